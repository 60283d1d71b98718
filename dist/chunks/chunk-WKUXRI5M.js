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
} from "./chunk-QOR6KLMV.js";
import {
  clip
} from "./chunk-3S6MWH67.js";
import {
  MATCH_WINDOW,
  normaliseLine
} from "./chunk-WCU7C2YG.js";
import {
  SERVICE_WORDS,
  driverFrameService,
  mentionedService,
  mentionedServices,
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
} from "./chunk-UG5ACT6N.js";
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
var reportedAs = (service) => serviceDefinition(service)?.reportsAs ?? service;
var sameService = (a, b) => reportedAs(a) === reportedAs(b);
function interpret(match, line = "") {
  const { rule, groups } = match;
  switch (rule.interpret) {
    case "endpoint": {
      const read = interpretEndpoint(match, line);
      return read.kind === "infrastructure" && rule.confidence === "ambiguous" ? { ...read, confidence: "ambiguous" } : read;
    }
    case "dns": {
      const read = interpretDns(groups.host, line);
      if (rule.service !== "" && read.kind === "infrastructure" && read.service !== "" && !sameService(read.service, rule.service)) {
        return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ""}, ${read.service}'s host name: a setting copied from another service, or that service missing` };
      }
      return read;
    }
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
  if (rule.service !== "") {
    const hostService = host === "" ? void 0 : serviceForHost(host);
    if (hostService && !sameService(hostService, rule.service)) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, note: `the ${rule.service} client dialled ${host}, ${hostService}'s host name: a setting copied from another service, or that service missing` };
    return namedServicePort(rule.service, port);
  }
  if (/^\[?::1\]?$/.test(host) && /connect ECONNREFUSED /.test(line) && !/127\.0\.0\.1/.test(line)) {
    return { kind: "infrastructure", confidence: "ambiguous", service: port === void 0 ? "" : serviceForPort(port) ?? "", weak: true, note: "refused on ::1: the server may be listening on 127.0.0.1 only (localhost resolved to IPv6)" };
  }
  const byHost = host === "" ? void 0 : serviceForHost(host);
  const byPort = port === void 0 ? void 0 : serviceForPort(port);
  const viaHttp = rule.httpClient === true || /\bhttps?:\/\/|Failed to open TCP connection to /.test(line);
  if (byPort && viaHttp && !speaksHttp(byPort)) {
    return { kind: "code", confidence: "high", service: "", note: `an HTTP client was refused on port ${port}, and ${byPort} speaks no HTTP: the project's own server was not listening` };
  }
  if (byPort && viaHttp && speaksHttp(byPort) === "shared") {
    return { kind: "infrastructure", confidence: "ambiguous", service: byPort, note: `an HTTP client was refused on port ${port}, ${byPort}'s HTTP port, which other servers use too: it may be the project's own server` };
  }
  if (byPort && byHost && !sameService(byPort, byHost)) return { kind: "infrastructure", confidence: "ambiguous", service: byPort, note: `${host} is ${byHost}'s host name and ${port} ${byPort}'s port: one of them was set for the other service` };
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
  if (httpTo && speaksHttp(httpTo) === false) return { kind: "code", confidence: "high", service: "", note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` };
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const service = serviceForHost(host);
  const client = service ? mentionedServices(line.split(host).join(" ")).find((s) => !sameService(s, service)) : void 0;
  if (service && client) return { kind: "infrastructure", confidence: "ambiguous", service: client, note: `the ${client} client dialled ${host}, ${service}'s host name: a setting copied from another service, or that service missing` };
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
  const entryPoint = root !== raw ? serviceForClient(kind === "module:npm" ? "npm" : "ruby", raw) : void 0;
  if (entryPoint !== void 0) return { kind: "infrastructure", confidence: "high", service: entryPoint };
  if (root !== raw) {
    if (kind === "module:ruby" && client !== void 0) return { kind: "infrastructure", confidence: "ambiguous", service: client, note: `${raw} is a file under ${root}'s name: the ${root} gem may be missing, or the project's own ${root}/ may lack it` };
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
  reportedFailures: /^\[\s{1,20}(\d{1,6}) tests failed\s{0,20}\]$/,
  // The path is display names (MutableTestExecutionSummary.describeTest): a class's simple name, so
  // `a.StoreTest` and `b.StoreTest` print alike; the source below it (printSource) tells them apart.
  unitIdentity: /^\s{2,8}((?:MethodSource|ClassSource) \[className = '[^'\n]{1,300}'[^\n]{0,500})$/
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
    { event: "run", pattern: /^(?:# )?\s*◌ (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^(?:# )?\s*● (?<name>[^\n]{1,500}?) › [\d.]{1,20} ?ms$/ },
    { event: "start", pattern: /^\s{0,4}› (?<name>\S[^\n]{0,500}?) › [\d.]{1,20} ?ms$/ },
    { event: "details", pattern: /^\s{0,4}\d{1,6} test file\(s\) failed:$/ }
  ],
  // onExit: ` PASS › n   FAIL › m ` on one line, or `FAIL › m` alone when skips and todos are shown. Files, not tests.
  reportedFailures: /^\s{0,4}(?:PASS › \d{1,6}\s{1,8})?FAIL › (\d{1,6})\s*$/
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
  reportedFailures: /^Tests:\s+(\d{1,6}) failed\b/,
  // jest-message-util's formatResultsErrors prints one `● ancestors › title` a failure under the file's header.
  repeatsInFileAreFailures: true
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
    // A hook's inline line (`  1) "before each" hook for "x"`) comes after what the hook printed, as a test's does.
    { event: "outside", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/, afterOutput: true },
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
  // The TAP reporter's YAML block names where the test is (`location: '/x/test/a.test.js:19:3'`):
  // a title in two suites or files is two tests.
  unitIdentity: /^\s*location: '([^'\n]{1,500})'\s*$/,
  // A subtest cancelled by its parent's end says only that (rules/signs.ts CANCELLED_BY_PARENT): why is its parent's.
  uninformative: /^\s*(?:error: '(?:test failed|\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$/
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
    // The name is the method's, prettified (NamePrettifier::prettifyTestMethod drops a leading `test`), so a
    // method named `test` prints an empty name: ` ✘ ` alone, or ` ✘  [1.20 ms]` with the runtime.
    { event: "start", pattern: /^\s{1,8}✘ (?:(?<name>\S[^\n]{0,500}?))?(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: "start", pattern: /^\s{1,8}(?:☢|⚠) (?:(?<name>\S[^\n]{0,500}?))?(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] (?:\S|$)/ },
    // A class's header (`Fetch Empty (Doctrine\DBAL\Tests\Functional\Connection\FetchEmpty)`): the tests below are
    // its own, so two classes' `✘ Fetch associative` are two failures, as PHPUnit counts them.
    { event: "end", pattern: /^(?<name>[A-Z][\w ]{0,300} \([A-Za-z_][\w\\]{0,600}\\\w{1,200}\))\s*$/, contains: "\\", namesFile: true, afterItsTests: true },
    // A class outside any namespace is headed by its name alone, prettified (PHPUnit 9's NamePrettifier::
    // prettifyTestClass: `CredisStandaloneTest` → `Credis Standalone`): two such classes' `✘ Ping` are two failures.
    // Words only, one lowercase letter at least, so a runner's `FAIL` or `OK` is never read as one.
    { event: "end", pattern: /^(?<name>(?=[A-Z][\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\s*$/, namesFile: true, afterItsTests: true }
  ]
  // Not `repeatsInFileAreFailures`: two tests that print one name under one header (data-provider errors, methods
  // differing only by trailing digits, a shared @testdox) are one unit, and a twin that failed with no message of its
  // own would be excused by the other's refusal (attack 28e); PHPUnit's count then says one failure was not printed.
};
var PHPT_FILE = /\[([^\]\n]{1,300}\.phpt)\][^[\]]{0,600}$/;
var phptKey = (name) => `phpt:${PHPT_FILE.exec(name)?.[1] ?? name}`;
var PHPT = {
  id: "phpt",
  markers: [
    // The tests begin after its header (`Running selected tests.`; `TIME START ...` for all of php-src's):
    // what came before (a build, a setup script) is no test's output.
    { event: "end", pattern: /^Running selected tests\.$|^TIME START \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/ },
    { event: "run", pattern: /^TEST \d{1,6}\/\d{1,6} \[(?<name>[^\]\n]{1,300}\.phpt)\]\s*$/, keyFromName: phptKey },
    // show_result()'s types joined by `&` (LEAK&FAIL, WARN&FAIL), then `(info: ...)`/`(warn: ...)` from the SKIPIF.
    // A leak fails the run as a failure does (exit status: FAILED, BORKED or LEAKED).
    // run-tests.php counts a test by its first type (`return $restype[0] . 'ED'`, restype ordered [X]LEAK, WARN,
    // FAIL): FAIL and LEAK&... under `Tests failed`/`Tests leaked`, WARN&FAIL and XLEAK&FAIL under `Tests warned` and
    // `Expected leak`, which its count of failures (and its exit status) leaves out: failed tests counted apart.
    { event: "start", pattern: /^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])(?: {1,2}\((?:info|warn): [^\n]{0,500}\))?\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    { event: "start", pattern: /^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])(?: {1,2}\((?:info|warn): [^\n]{0,500}\))?\s*$/, afterOutput: true, closes: true, countedApart: true, keyFromName: phptKey },
    { event: "start", pattern: /^LEAK(?:&WARN)? (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])(?: {1,2}\((?:info|warn): [^\n]{0,500}\))?\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    // BORK: the test could not be run as written. show_result("BORK", $output, $file, 'reason: invalid
    // output from SKIPIF') puts what the SKIPIF printed (a fatal error over several lines) where a
    // title goes: its first line starts `BORK `, its last ends `[tests/x.phpt] reason: invalid output
    // from SKIPIF` (CLEAN's alike), and every line between is that BORK's. An unknown section is one
    // line (`BORK Unknown section "EXPCET" [tests/x.phpt] `). A failure no rule explains, unless a
    // rule reads a sure outage in what it printed.
    { event: "start", pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    { event: "start", pattern: /^[^\n]{0,3000}?(?<name>\[[^[\]\n]{1,300}\.phpt\] reason: invalid output from SKIPIF)\s*$/, contains: "] reason: invalid output from SKIPIF", afterOutput: true, closes: true, keyFromName: phptKey },
    // A CLEAN section that printed anything borks a test that PASSED (run_test(): `if ($passed) ... if
    // ($clean_output) show_result("BORK", $output, ...)`): the title lines are the passing test's own output,
    // data that never explains the BORK, and what the CLEAN printed is only in BORKED TEST SUMMARY below.
    { event: "start", pattern: /^[^\n]{0,3000}?(?<name>\[[^[\]\n]{1,300}\.phpt\] reason: invalid output from CLEAN)\s*$/, contains: "] reason: invalid output from CLEAN", afterOutput: true, closes: true, dropsOutput: true, keyFromName: phptKey },
    // A BORK's first line when its title spans lines (it names no test): the lines up to its last are
    // the BORK's, whatever test was announced before them; its own text after `BORK ` is read as theirs.
    { event: "end", pattern: /^BORK (?<reason>(?![^\n]{0,3000}\.phpt\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\s*$)\S[^\n]{0,3000})$/ },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\n]{0,500}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true, keyFromName: phptKey },
    // The closing lists repeat each failure's title: names, not events.
    { event: "quiet", pattern: /^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/ },
    // BORKED TEST SUMMARY prints each BORK's `info`, "$output [$file]" (the full path): for a SKIPIF's the
    // SKIPIF's output again, for a CLEAN's what the CLEAN printed ("$clean_output [$file]"), printed nowhere
    // else. Each entry's lines, up to the one that names the test, are that BORK's; a line of `=` ends the list.
    { event: "end", pattern: /^BORKED TEST SUMMARY$/, entries: { last: /^(?<reason>[^\n]{0,3000}?)\s?(?<name>\[[^[\]\n]{1,300}\.phpt\])\s*$/, end: /^={20,}\s*$/, keyFromName: phptKey } },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  // get_summary() prints `Tests borked : 1` (when any), `Tests failed : 2`, `Tests leaked` (under
  // valgrind) on lines of their own, below `Number of tests :`: each is a failure the run exits 1 for.
  reportedFailures: /^Tests (?:failed|borked|leaked)\s{0,20}:\s{0,20}(\d{1,6})/,
  reportedSumFrom: /^Number of tests\s{0,20}:/,
  // Its result lines name a test by `$tested_file`, the path without TEST_PHP_SRCDIR; BORKED TEST SUMMARY by `$file`, whole.
  pathKeys: true,
  // show_file_block('diff', ...) runs only `if (!$passed)`: the pending test that prints it failed (or is an
  // XFAIL, whose result line says so), even when its result line is not read (hidden by `-g`, wrapped).
  failedBlock: /^========DIFF========$/,
  // show_result() prints "$result $tested [$tested_file] $extra", $tested being the --TEST-- section, trimmed:
  // a title of two lines gives a result of two (`FAIL Price: exactly the threshold,` / `one cent below [x.phpt] `).
  // The types are restype's ([X]LEAK, WARN, then FAIL, XFAIL or XLEAK, joined by `&`), PASS and SKIP;
  // a BORK's lines are read by its own markers above.
  wrappedResults: {
    first: /^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\S[^\n]{0,400})$/,
    last: /^(?<name>[^\n]{0,400}?\[[^\]\n]{1,300}\.phpt\])(?: [^[\]\n]{0,600})?$/,
    failing: /^(?:LEAK(?:&|$)|(?:[^\n]*&)?FAIL$)/,
    countedApart: /^(?:WARN|XLEAK)&/,
    lines: 8,
    after: /^========DONE========$/,
    keyFromName: phptKey
  },
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
var NETTE_TESTER = {
  id: "nette-tester",
  markers: [
    { event: "start", pattern: /^-- FAILED: (?<name>\S[^\n]{0,600})$/ },
    { event: "pass", pattern: /^-- Skipped: \S/ },
    { event: "start", pattern: /^not ok (?<name>[^\s#][^\n#]{0,400}\.phpt\b[^\n]{0,400})$/ },
    { event: "end", pattern: /^(?:FAILURES!|OK) \(\d{1,9} tests?, / }
  ],
  reportedFailures: /^FAILURES! \(\d{1,9} tests?, (\d{1,6}) failures?, /
};

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 291\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,161,170,204,216,217,243,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,469,470,472,474,475,476,477,478,479,480,483,484,485,487],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13129,"states":14850,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAB4SgcABgAAANJCAgAHAAAARDIIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAACk5QkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAADAkQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAAcBMDAB0AAAAAAAAAHgAAANQyDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAFziBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAbFIOACkAAAAAAAAAKgAAAHzBAQArAAAArgcDACwAAACe0gEALQAAAC6DCwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAACuzRAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACCsw4APwAAAFjwDABAAAAAGPsMAEEAAAD2cBAAQgAAAAohDgBDAAAA9mwOAEQAAAAAAAAARQAAAFRxDgBGAAAAAAAAAEcAAACYkw4ASAAAAKKYDgBJAAAAmvISAEoAAADwvw4ASwAAADTiDgBMAAAAiuIOAE0AAADg4g4ATgAAALD1DgBPAAAAuPkOAFAAAAAWKQ8AUQAAAGyqDwBSAAAAwqoPAFMAAAAgrw8AVAAAAALNEABVAAAAWM0QAFgAAACsAAAAWQAAAPguBABbAAAAEnMKAFwAAACQSgEAXwAAAOqgAABhAAAAJv4KAGIAAADcKgkAagAAAAYyAgBtAAAARCoEAHMAAADSPgAArwAAAAIBAAC5AAAAZjkDALsAAAAAGAwABQEAAIY6EQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAADcOhEAGQkAADI7EQBqCQAA6ucOAHAJAAC+CQAAfQkAAAzzCwCBCQAANuMOAIQJAACwbgsAxQkAABQKAADLCQAAMAUMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAIg7EQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAjjYNAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAABYyQ4AgA4AAIKZAQCBDgAAYjEAAIMOAAAkbgMAhg4AADr4AgCPDgAADg8EAJIOAABWyA4Azg4AAB4PAADXDgAACGwJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAADeOxEAhxgAALD5EACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAAWF0DAN4YAACe0AAA3xgAAGrxCADjGAAA4DALAOQYAAAyGQAA5hgAAN5GAQDnGAAASLUIAOkYAAAyqAcA6xgAADRdDADtGAAA5lYHAPIYAACkVgIA9RgAADb+BgAzGQAAiBkAADUZAADIxgYAOBkAADaJDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAANDwRAO4eAAA+HwAA8h4AAN5gDgD/HgAAWsYMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAAAIkQYASCAAAJYgAACZIAAAoLIGAJ0gAADsIAAAoSAAAKRcBQCkIAAA4MwDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAACKPBEAUCcAAI7KAQBTJwAA3AcNAFcnAADEghAAWicAAKQnAABcJwAA2FMJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAOA8EQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AADY9EQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAIw9EQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAOI9EQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAjj4RAO4+AAAoPwAAMD8AAOQ+EQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAOj8RAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAJA/EQCXSQAAeEACAJhJAABajQUAmUkAALITCACdSQAA6EkAAJ5JAADMJgsAoEkAAFRhBgCmSQAA4EkCAO5JAABCbBAA9EkAAD5KAABESgAA2p4DAEZKAADmPxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAPEARABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAACSQBEAcGIAAMRiAADHYgAAGmMAAB1jAADoQBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAD5BEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAlEERAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAOpBEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAEBCEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAlkIRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAA7EIRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAABCQxEAZ4kAABL+DwBpiQAA3MYBAGyJAACOdgIAbYkAAOoECABuiQAA5qoGAG+JAACQyQAAcIkAAJxSAgBziQAAirkPAHWJAAC8iQAAd4kAAMjKCAB8iQAAPNYGAH2JAADwEw4AxokAAJSyCQDLiQAAEooAAB6KAABoigAAaYoAACjxAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAACYQxEAk5AAAO5DEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAkM0CACuRAABa8QwALJEAAMbmAQAukQAAKsUCAC+RAAD46gwAOZEAAIBvAgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAATBELACuTAAB6kwAAM5MAAICcAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAABERBEAMJYAAICWAAAylgAAulgTADmWAAAQ6wYAO5YAAAo+BwA9lgAAqlcBAEKWAACumgwARpYAANbbDQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAADwRBEAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAARkURAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAAnEURAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAADyRREAZrMAAOrPAgBpswAAZosBAG2zAAAOvwYAb7MAAOKBCAB1swAAurMAALyzAACigAIAyLMAABC0AAActAAAZrQAAB+0AACG/wgAc7QAALy0AADGtAAAErUAABO1AACQ6RAAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAASEYRAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAACeRhEAp9AAAPTQAAD+0AAAStEAAFXRAAD0RhEAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAASkcRAFzZAAD8LAIAYNkAALDZAAC12QAABtoAAL7ZAACE9gQAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAACgRxEAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAA9kcRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAABMSBEAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAAokgRANnrAADi9gIA3OsAACrsAADh6wAAAD8KADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAAPhIEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAATkkRAEX5AAA+vA4ARvkAAJr5AABH+QAA6g4NAE75AACYvg4AT/kAAFJeBQBT+QAA1BgCAFT5AAAAmQwAaPkAAPD7AQCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AACkSREAV/8AAPpJEQCu/wAAUEoRAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEApkoRAA8GAQD8ShEAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBAFJLEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEA/uMHAHEIAQA0TwUAwQgBAA4JAQDHCAEAuJsKABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBAKhLEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEA/ksRACgSAQDieQQAKhIBALzSDwAtEgEAXp8NAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBAFRMEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBAKpMEQDlGwEAAE0RADYcAQAC4gUAORwBAIocAQA9HAEAYN4BAEAcAQD4NggAQhwBAGi3AQBIHAEAdnAFAJEcAQDO0wsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAGJkGAKgdAQDYowYA5x0BACKeBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQCsTREAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEArk4RAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBAARPEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQBaTxEAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQBcUBEAaTMBALJQEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBAAhREQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBAF5REQDmRgEAlCMCAOxGAQB0lAIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEAtFERAJVKAQDmSgEA50oBAGzTDgD1SgEA1C4NAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQAKUhEABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBAGBSEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEAtlIRAKtXAQASDQIAtFcBAAx0DAC2VwEAZCkRALhXAQDaMQ0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBAKRBDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEADFMRAAZaAQDA+QwAEloBAPzsDAAnWgEAYlMRAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQC4UxEAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BAA5UEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEAZFQRABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEAulQRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQAQVREAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEAZlURAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBALxVEQDtdQEAElYRAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQC+VhEAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEAFFcRAFaCAQCqggEAuIIBAACDAQARgwEAalcRAF2DAQDAVxEAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEAFlgRAGGFAQBsWBEAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQAYWREAv4oBABCLAQAYiwEAblkRAG2LAQC8iwEAb4sBAKzdAwBziwEAvLgCAHeLAQCAXA4AfIsBAALaAQDIiwEAEowBABqMAQA6whIALowBADjmDwA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQDEWREAz5MBAE4EBADWkwEAzkgGANmTAQAilAEA3JMBAAZzDQDdkwEAOqICAOKTAQCuXwQAKZQBAMZnAgAslAEAiHUDADGUAQC0ow8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBAKyFAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQAaWhEAmZkBANiZAQDamQEAZswMANuZAQBkywwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBABjQDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAHBaEQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQDGWhEAl6EBAOihAQCeoQEAijYOAKChAQAOZQQA6qEBAMS+AwDtoQEAUD4LAPehAQBAjAsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEASt8HAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQAcWxEAn6QBAHJbEQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBAB5cEQD2pwEASqgBAFioAQCgqAEAsagBAHRcEQD9qAEAylwRAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQB2XREAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAMxdEQAPsgEAIl4RAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAHheEQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEAzl4RAHW3AQC+twEAzLcBABS4AQAquAEAargBAHO4AQDAuAEA1rgBABa5AQAeuQEAbLkBAG+5AQDCuQEAy7kBABi6AQAZugEAbroBAG+6AQDEugEAyboBABq7AQAguwEAcLsBAHq7AQDGuwEA0rsBABy8AQAjvAEAcrwBAHq8AQDIvAEAyrwBAB69AQAfvQEAdL0BAIK9AQDKvQEA0r0BACC+AQA7vgEAdr4BAIK+AQDMvgEA0r4BACK/AQAlvwEAeL8BAIa/AQDOvwEA078BACTAAQAxwAEAesABAILAAQDQwAEA3sABACbBAQApwQEAJF8RAH/BAQDSwQEAgMEBAEwPCgCIwQEA1v4JAIrBAQDqaA8Aj8EBAEKVDwDVwQEAKMIBADnCAQB+wgEAmsIBANTCAQDcwgEAel8RADvDAQCAwwEAiMMBANbDAQDcwwEALMQBADHEAQCCxAEAi8QBANjEAQDixAEALsUBADzFAQCExQEAkcUBANrFAQDmxQEAMMYBADPGAQCGxgEAosYBANBfEQDfxgEAMscBAPDGAQDURwQAPscBAIjHAQCOxwEA3scBAOjHAQAmYBEAOcgBAIrIAQCXyAEA4MgBAOjIAQDgZxEA7MgBADbJAQDwyAEA7s8BAPzIAQCA2w0APMkBAIzJAQCSyQEA4skBAOfJAQA4ygEAPsoBAHxgEQCYygEAaM0MAJzKAQDkygEA9coBANJgEQBBywEAKGERAJjLAQB+YREA9MsBADzMAQBDzAEAkswBAJrMAQDozAEA9cwBAD7NAQBDzQEAlM0BAJ7NAQDqzQEA8s0BAEDOAQBGzgEAls4BAJjOAQDszgEA+s4BAELPAQBFzwEAmM8BAKTPAQDUYREA8M8BAETQAQBS0AEAmtABAKvQAQAqYhEA99ABAIBiEQBM0QEAnNEBAKLRAQDy0QEA99EBAEjSAQBO0gEA1mIRAKDSAQD00gEAp9IBAIo4DwCq0gEAvhUGAA/TAQBK0wEATNMBAKDTAQC60wEA9tMBAAPUAQBUEwoAB9QBAEzUAQBO1AEAotQBAK/UAQD41AEAD9UBAE7VAQBo1QEApNUBAKbVAQD61QEAqtUBALDzDQD91QEAUNYBAFPWAQCm1gEAstYBAPzWAQAC1wEAUtcBAFzXAQAsYxEArdcBAP7XAQAL2AEAVNgBAGDYAQCq2AEAsNgBAADZAQAG2QEAVtkBAFvZAQCs2QEAstkBAIJjEQAD2gEAWNoBABjaAQAOPAUAWtoBAK7aAQBm2gEATgIDALTaAQAE2wEAEtsBAFrbAQBd2wEAsNsBALXbAQAG3AEAE9wBAFzcAQBs3AEAstwBALTcAQAI3QEAFt0BAF7dAQBv3QEA2GMRALrdAQAK3gEAFt4BAC5kEQBx3gEAtt4BAMDeAQAM3wEAGt8BAGLfAQBj3wEAuN8BAMnfAQAO4AEAGuABAGTgAQB04AEAuuABALzgAQAQ4QEAHuEBAGbhAQB34QEAhGQRAMLhAQAS4gEAHuIBANpkEQBu4gEAvuIBAMTiAQAU4wEAGeMBAGrjAQBw4wEAhmURAMjjAQAW5AEAIOQBAM6FDwAv5AEAbOQBAHXkAQDC5AEAzOQBABjlAQAg5QEAbuUBAHLlAQDE5QEAxuUBABrmAQAd5gEAcOYBAIzmAQDcZREA2eYBABznAQAd5wEAcucBAH7nAQDI5wEA1+cBAB7oAQAo6AEAdOgBAIDoAQDK6AEA0egBADJmEQAm6QEAQmYNADPpAQB26QEAhekBAMzpAQDY6QEAIuoBACPqAQB46gEAguoBAM7qAQDc6gEAJOsBACnrAQB66wEAh+sBAN5mEQDY6wEAJuwBADLsAQB87AEAj+wBANLsAQDT7AEAKO0BADTtAQB+7QEAje0BANTtAQDe7QEAKu4BADbuAQCA7gEAh+4BADRnEQDn7gEALO8BADjvAQCC7wEAku8BANjvAQDi7wEALvABADbwAQCE8AEArPABANrwAQCy8AEAjvUBAALxAQAw8QEAOPEBAIbxAQCM8QEA3PEBAOrxAQAy8gEASfIBAIjyAQCT8gEA3vIBAOjyAQA08wEAYfMBAIrzAQCS8wEA4PMBAPDzAQA29AEAOPQBAIz0AQCa9AEA4vQBAPP0AQA2aBEAP/UBAIxoEQC29QEA5PUBAOz1AQA69gEAQPYBAJD2AQCe9gEA5vYBAP32AQA89wEAR/cBAJL3AQCc9wEA6PcBABX4AQA++AEARvgBAJT4AQCk+AEA6vgBAOz4AQBA+QEATvkBAJb5AQCn+QEA4mgRAPP5AQA4aREARPoBAJj6AQCm+gEA7voBAP/6AQCOaREAS/sBAORpEQCi+wEAOmoRAPj7AQCQahEADPwBAFaXCwBI/AEAnPwBAKr8AQDy/AEAA/0BAOZqEQBO/QEAnv0BAKr9AQA8axEA/f0BAEr+AQAF/gEAtM4PAFf+AQCg/gEArv4BAPb+AQAA/wEATP8BAGb/AQCi/wEApf8BAPj/AQD//wEATgACAG4AAgCkAAIAvgACAJJrEQAHAQIAUAECAAsBAgAAWgIAEAECALCyAgBeAQIApgECALABAgD8AQIAFgICAFICAgBiAgIAqAICAK4CAgD+AgIAAAMCAFQDAgBqAwIAqgMCALYDAgAABAIABAQCAFYEAgBbBAIArAQCALIEAgACBQIAIgUCAFgFAgByBQIArgUCALAFAgAEBgIABwYCAFoGAgBdBgIAsAYCALwGAgAGBwIADAcCAFwHAgBmBwIA6GsRALcHAgAICAIAFQgCAF4IAgBqCAIAtAgCAMcIAgAKCQIAGQkCAGAJAgBsCQIAtgkCALcJAgAMCgIAFgoCAGIKAgBwCgIAuAoCAL0KAgAOCwIAGwsCAD5sEQBlCwIATBMMAGYLAgCOCw0AZwsCAHr3BwBpCwIAPr4PAGoLAgByzAkAawsCABr8DABuCwIARGkOAG8LAgAkAQ0AcAsCAGp2CwBxCwIArG4MAHILAgBMPgwAcwsCAJzZBQB0CwIAugsCAHwLAgAg4BIAfgsCADYODwCACwIAlGoQAIcLAgB+DxMAjAsCAE4aDwCoCwIATG0OAK0LAgBa/RIAvAsCABAMAgDLCwIA0tsOAB4MAgBmDAIAdwwCAJRsEQDDDAIA6mwRAB4NAgBoDQIAdw0CAL4NAgDIDQIAFA4CACAOAgBqDgIANw4CAFzLDgBxDgIAlm0RAMIOAgAWDwIAJw8CAGwPAgB1DwIAwg8CAM4PAgAYEAIAGxACAG4QAgB2EAIAxBACAM4QAgAaEQIAHxECAHARAgB4EQIAxhECAN8RAgAcEgIAKBICAHISAgB6EgIAQm4RANASAgCYbhEAIRMCAHQTAgB3EwIAyhMCANYTAgAgFAIAJhQCAHYUAgCAFAIA7m4RANEUAgAiFQIALxUCAHgVAgCAFQIARG8RANQVAgAkFgIAKhYCAHoWAgB/FgIA0BYCANYWAgCabxEALhcCAPBvEQB+FwIAbiILAIEXAgDSFwIAiBcCAEDgCgDcFwIAKBgCAOEXAgBQuQgAMBgCAFBtDQBEGAIAfhgCAIYYAgBGcBEA2RgCACoZAgBAGQIAgBkCAIEZAgDWGQIA2BkCACwaAgAyGgIAghoCAI4aAgDYGgIA3xoCAC4bAgA2GwIAhBsCAI0bAgDaGwIA3RsCADAcAgA+HAIAhhwCAJMcAgDcHAIA8xwCADIdAgA6HQIAiB0CAJQdAgCKHgIAsB0CAN4dAgAGHgIANB4CAFgeAgCccBEApx4CAOAeAgDpHgIA4h8CAPEeAgA2HwIAZh8CAIwfAgCwHwIA8nARAOQfAgA4IAIASSACAI4gAgC+IAIA5CACAAghAgBIcREAPyECAHouDgBAIQIA8tsGAEMhAgCQIQIARiECAPTuDwCaIQIA5iECAJ0hAgAC5AYAniECACaHDwDuIQIAPCICAEAiAgCSIgIAlCICAOgiAgDrIgIAPiMCAFojAgCecREAmSMCAJLiDACeIwIA0FcNAKAjAgDqIwIApCMCAFhtCwAHJAIAQCQCAEkkAgCWJAIAmCQCAOwkAgD9JAIA9HERAEclAgCYJQIAoSUCAO4lAgD/JQIARCYCAEsmAgCaJgIAoiYCAPAmAgC0JgIAMkgCAP0mAgCcJwIA/yYCAPQoAgAJJwIARicCAFInAgBKchEAoScCAPInAgD8JwIASCgCAFAoAgCgchEAqigCAPZyEQD5KAIASikCAFcpAgCgKQIAqikCAPYpAgD4KQIATCoCAFoqAgCiKgIAryoCAExzEQD9KgIATisCAFsrAgCkKwIArisCAPorAgD8KwIAUCwCAF4sAgCmLAIAsywCAKJzEQD/LAIAhmEPAAItAgAsMg4ACS0CAFItAgBcLQIA+HMRALAtAgD+LQIAAC4CABCnDwALLgIAwMAFABUuAgBULgIAFy4CAOakAwBZLgIAqi4CALQuAgAALwIACC8CAE50EQBgLwIArC8CALgvAgACMAIABTACAFgwAgBiMAIArjACAMgwAgAEMQIAGzECAFoxAgBfMQIAsDECAMwxAgCkdBEAEDICAFwyAgAXMgIACGoIAGgyAgCyMgIAtTICAAgzAgASMwIAXjMCAHgzAgC0MwIAujMCAAo0AgAMNAIAYDQCAG40AgC2NAIAuTQCAAw1AgAYNQIAYjUCAGU1AgC4NQIA2zUCAPp0EQAQNgIAZDYCAHI2AgC6NgIAvTYCABA3AgAcNwIAZjcCAGk3AgBQdREAxzcCABI4AgAYOAIAaDgCAG04AgC+OAIAwjgCABQ5AgAXOQIApnURAGs5AgCyHw4AbTkCAMZYEABwOQIAwDkCAHM5AgBiURAAdDkCAHQ+AgB2OQIA5j0QAHg5AgAsNhAAeTkCAJ5EEAB6OQIALmIQAIE5AgDm4QwAhDkCAOANDwDMOQIAFjoCAEI6AgBsOgIAeDoCAMI6AgDROgIAGDsCACI7AgBuOwIAcTsCAMQ7AgDeOwIAGjwCACQ8AgBwPAIAdTwCAMY8AgDQPAIAHD0CACc9AgByPQIAeD0CAMg9AgDNPQIAHj4CACI+AgD8dREAeT4CAMo+AgCCPgIArEsQANQ+AgAgPwIAKz8CAHY/AgB8PwIAzD8CANE/AgAiQAIAJkACAFJ2EQB9QAIAHOkCAH9AAgACyQ4AgEACAIpfDQCCQAIA9pkPAJJAAgDOQAIA2EACACRBAgAvQQIAekECAIBBAgDQQQIA1UECACZCAgAqQgIAfEICAJ9CAgCodhEA1EICAChDAgDVQgIAqJcMANdCAgC6mgkA20ICADg0DADeQgIAOkwCAOBCAgAYqw8ANUMCADR0AgA2QwIAfkMCAIFDAgDUQwIA4EMCACpEAgBCRAIAgEQCAIxEAgDWRAIA3EQCACxFAgAyRQIAgkUCAIdFAgDYRQIA3kUCAP52EQA4RgIAhEYCAI9GAgDaRgIA4EYCADBHAgA1RwIAhkcCAIpHAgDcRwIA30cCAFR3EQA8SAIAiEgCAJNIAgDeSAIA5EgCADRJAgA5SQIAikkCAI5JAgCqdxEA4UkCADZKAgBCSgIAjEoCAJhKAgDiSgIA6EoCADhLAgA+SwIAjksCAJNLAgDkSwIA6ksCAAB4EQA8TAIA1vYFAEFMAgCgBgYASUwCAGKLAgBKTAIAkEwCAJxMAgDmTAIA7EwCADxNAgBITQIAkk0CAJ9NAgDoTQIA900CAD5OAgBKTgIAlE4CAKBOAgDqTgIA8E4CAEBPAgBGTwIAlk8CAJtPAgDsTwIA8k8CAFZ4EQBMUAIAUuUIAFhQAgCYUAIAW1ACANbTCQCkUAIA7lACAPZQAgBmVxIA+lACAERRAgBKUQIAmlECAKBRAgDwUQIA9VECAEZSAgBMUgIArHgRAKRSAgDI3hIAplICAPJSAgD4UgIASFMCAP5SAgD61wIAVlMCAJ5TAgC3UwIA9FMCAP1TAgBKVAIAVFQCAKBUAgCsVAIA9lQCAAJVAgBMVQIAUlUCAKJVAgCoVQIA+FUCAP1VAgBOVgIAVFYCAAJ5EQCwVgIA+lYCAARXAgBQVwIAW1cCAKZXAgCrVwIA/FcCAANYAgBSWAIAXlgCAKhYAgCuWAIA/lgCAARZAgBUWQIAWVkCAKpZAgCwWQIAWHkRABFaAgBWWgIAV1oCAKxaAgBcWgIAtl8CALFaAgACWwIAEFsCAFhbAgBlWwIArlsCALhbAgAEXAIAEFwCAFpcAgBgXAIAsFwCALxcAgAGXQIAGV0CAFxdAgBrXQIAsl0CAL5dAgAIXgIACV4CAF5eAgBoXgIAtF4CAMJeAgAKXwIAD18CAGBfAgBtXwIArnkRAMJfAgAMYAIAHGACAGJgAgBuYAIAuGACAL5gAgAOYQIAGmECAGRhAgBxYQIAumECAMlhAgAQYgIAHGICAGZiAgByYgIAvGICAM9iAgASYwIAIWMCAGhjAgB0YwIAvmMCAL9jAgAUZAIAHmQCAGpkAgB4ZAIAwGQCAMVkAgAWZQIAI2UCAAR6EQBuZQIAQAMHAHhlAgDCZQIAeWUCACrVCgB6ZQIActIMANZlAgAYZgIAJGYCAG5mAgB0ZgIAxGYCAMpmAgAaZwIAH2cCAHBnAgB2ZwIAWnoRANJnAgAcaAIAKWgCAED7AgAvaAIAcmgCAHdoAgBAegIAemgCAHA+AwB+aAIAyGgCAM5oAgAeaQIAJGkCAHRpAgB5aQIAymkCANBpAgCwehEALGoCAHZqAgB8agIAzGoCANFqAgAiawIAKWsCAHhrAgCGawIAzmsCAOlrAgAkbAIAMmwCAHpsAgB9bAIA0GwCAN5sAgAmbQIAK20CAHxtAgCJbQIA0m0CAN5tAgAobgIALm4CAH5uAgCEbgIA1G4CANluAgAqbwIAMG8CAAZ7EQCFbwIA1m8CAN9vAgAscAIAOXACAIJwAgCJcAIA2HACAOlwAgAucQIAM3ECAIRxAgCTcQIA2nECANxxAgAwcgIAQXICAIZyAgCScgIA3HICAOJyAgAycwIAOHMCAIhzAgCNcwIA3nMCAORzAgBcexEAS3QCAIp0AgCWdAIA4HQCAOx0AgA2dQIAPHUCAIx1AgCSdQIA4nUCAOd1AgA4dgIAPnYCALJ7EQCUdgIAnqkCAKV2AgDkdgIA7XYCADp3AgBQdwIAkHcCAJx3AgDmdwIA83cCADx4AgBGeAIAkngCAJ54AgDoeAIA7ngCAD55AgBEeQIAlHkCAJl5AgDqeQIA8HkCAAh8EQBJegIAlnoCAKB6AgDsegIA8XoCAEJ7AgBSewIAmHsCALF7AgDuewIA83sCAER8AgBNfAIAmnwCAKd8AgDwfAIA93wCAEZ9AgBJfQIAnH0CAKh9AgDyfQIABX4CAEh+AgBXfgIAnn4CAKp+AgD0fgIA9X4CAEp/AgBUfwIAoH8CAK5/AgD2fwIA+38CAEyAAgBZgAIAXnwRAKWAAgD4gAIA+4ACAE6BAgBbgQIA1FcMAF2BAgCkgQIApoECAPqBAgD9gQIAUIICAFqCAgCmggIAsoICAPyCAgAPgwIAUoMCAGGDAgCogwIAtIMCAP6DAgD/gwIAVIQCAF6EAgCqhAIAuIQCAACFAgAFhQIAVoUCAGOFAgC0fBEArYUCAAKGAgAOhgIAWIYCAF6GAgCuhgIAsIYCAASHAgAOhwIAWocCAGiHAgCwhwIAtYcCAAaIAgATiAIAXIgCAGiIAgCyiAIAxYgCAAiJAgAXiQIAXokCAGqJAgC0iQIAtYkCAAqKAgAUigIAYIoCAG6KAgC2igIAu4oCAAyLAgAZiwIACn0RAGuLAgC4iwIAbosCAERnDQC+iwIADowCABGMAgBkjAIAcowCALqMAgC/jAIAEI0CAB2NAgBmjQIAco0CALyNAgDCjQIAEo4CABiOAgBojgIAbY4CAL6OAgDEjgIAYH0RABaPAgBqjwIAG48CAOaPDgB5jwIAwI8CAOCPAgAWkAIAG5ACAGyQAgCHkAIAwpACAM6QAgAYkQIAHpECAG6RAgB+kQIAxJECANWRAgAakgIAH5ICAHCSAgB0kgIAxpICANKSAgAckwIAIpMCAHKTAgB4kwIAyJMCAM2TAgAelAIAJJQCALZ9EQCDlAIAyq4PAIqUAgDKlAIAy5QCACCVAgAxlQIAdpUCAIKVAgDMlQIA4pUCACKWAgAulgIAeJYCAIWWAgDOlgIA2JYCACSXAgAwlwIAepcCAIGXAgDQlwIA3JcCACaYAgAsmAIAfJgCAIKYAgDSmAIA15gCACiZAgAumQIADH4RAICZAgBW9Q8Ah5kCANSZAgDVmQIAKpoCACuaAgCAmgIAhZoCANaaAgDcmgIALJsCADabAgCCmwIAjpsCANibAgDfmwIALpwCADOcAgCEnAIAhZwCANqcAgDmnAIAMJ0CADadAgCGnQIAiJ0CANydAgDmnQIAMp4CAECeAgCIngIAjZ4CAN6eAgDrngIANJ8CAECfAgCKnwIAnZ8CAOCfAgDvnwIANqACAEKgAgCMoAIAjaACAOKgAgDsoAIAOKECAEahAgCOoQIAk6ECAOShAgDxoQIAYn4RAEuiAgCQogIAnKICAOaiAgD9ogIAPKMCAD6jAgCSowIAo6MCAOijAgDqowIAPqQCAESkAgCUpAIAq6QCAOqkAgDzpAIAQKUCAFalAgCWpQIAoqUCAOylAgD5pQIAQqYCAEymAgCYpgIApKYCAO6mAgABpwIARKcCAFOnAgCapwIApqcCAPCnAgDxpwIARqgCAFCoAgCcqAIAqqgCAPKoAgD3qAIASKkCAFWpAgC4fhEAoKkCAPSpAgAIqgIASqoCAFiqAgCgqgIAraoCAPaqAgD9qgIATKsCAFirAgCiqwIAtasCAPirAgD9qwIATqwCAFesAgCkrAIArqwCAPqsAgD/rAIAUK0CAGCtAgCmrQIAv60CAPytAgABrgIAUq4CAFuuAgCorgIAta4CAP6uAgAFrwIAVK8CAFevAgCqrwIAtq8CAACwAgATsAIAVrACAGWwAgCssAIAuLACAAKxAgADsQIAWLECAGKxAgCusQIAvLECAASyAgAJsgIAWrICAGeyAgAOfxEAybICAAazAgASswIAXLMCAGKzAgCyswIAurMCAFbKDwDCswIACLQCAA20AgBetAIAZLQCALS0AgDKtAIACrUCAAy1AgBgtQIAarUCALa1AgDCtQIADLYCAB+2AgBitgIAcbYCALi2AgDEtgIADrcCAA+3AgBktwIAbrcCALq3AgDItwIAELgCABW4AgBmuAIAc7gCAGR/EQC/uAIArnMOAMa4AgDsFRAAyLgCAJIyCgDJuAIA9NYDAMu4AgASuQIAG7kCAGi5AgBuuQIAvrkCAMS5AgAUugIAILoCAGq6AgB3ugIAwLoCAMq6AgAWuwIALLsCAGy7AgBxuwIAwrsCAMm7AgAYvAIAJrwCAG68AgB+vAIAxLwCANK8AgAavQIAKb0CAHC9AgByvQIAxr0CANC9AgAcvgIAKr4CAHK+AgB3vgIAyL4CANW+AgAevwIAKr8CAHS/AgCHvwIAyr8CANm/AgAgwAIALMACAHbAAgB3wAIAzMACANbAAgAiwQIAMMECAHjBAgB9wQIAzsECANvBAgC6fxEAJsICAHrCAgAwwgIALCoKAIvCAgDQwgIA2cICACbDAgAywwIAfMMCAITDAgCUxBIAiMMCANLDAgDYwwIAKMQCAC7EAgB+xAIAg8QCANTEAgDaxAIAEIARADnFAgCAxQIAhcUCANbFAgDdxQIALMYCADjGAgCCxgIAicYCADTKAgCOxgIA2MYCAOXGAgAuxwIAPccCAITHAgCJxwIA2scCAOHHAgAwyAIAPMgCAIbIAgCSyAIA3MgCAOLIAgAyyQIAOMkCAIjJAgCNyQIA3skCAOTJAgBmgBEAQMoCAIrKAgCZygIA4MoCAOXKAgA2ywIAPcsCAIzLAgCYywIA4ssCAO7LAgA4zAIAPswCAI7MAgCUzAIA5MwCAOnMAgA6zQIAQM0CALyAEQCczQIA5s0CAPbNAgA8zgIASs4CAJLOAgCfzgIA6M4CAPTOAgA+zwIARc8CAJTPAgCczwIAEoERAPPPAgCIjxAA988CAC7yAgD7zwIAQNACAFHQAgCW0AIAntACAOzQAgCi0AIAeKwNAPbQAgBC0QIAR9ECAJjRAgCg0QIA7tECAPDRAgBE0gIA99ECABLkAgBM0gIAmtICALDSAgDw0gIA/NICAEbTAgBc0wIAnNMCALXTAgDy0wIA/tMCAEjUAgBO1AIAntQCAKbUAgD01AIABNUCAErVAgBT1QIAoNUCAK3VAgD21QIABdYCAEzWAgBW1gIAotYCALDWAgD41gIA/dYCAE7XAgBb1wIApNcCAKzXAgBogREAENgCAFDYAgBR2AIAptgCALDYAgD82AIABNkCAFLZAgBc2QIAqNkCAK3ZAgD+2QIABtoCAFTaAgBW2gIACN8CAFfaAgAwSQMAWtoCAKraAgBb2gIATFcDAGraAgA+UAMAttoCAADbAgAC2wIAVtsCAF3bAgCs2wIAtNsCAALcAgAD3AIAWNwCAF7cAgCu3AIAs9wCAATdAgAF3QIAWt0CAGbdAgCw3QIAtt0CAAbeAgAQ3gIAXN4CAHDeAgCy3gIAut4CAL6BEQAL3wIAXt8CAA/fAgAmRAMAYd8CALTfAgDC3wIACuACACHgAgBg4AIAbeACALbgAgC+4AIADOECAA3hAgBi4QIAaOECALjhAgC94QIADuICAA/iAgBk4gIAcOICALriAgDA4gIAEOMCABrjAgBm4wIAeuMCALzjAgDE4wIAaoIRAB/kAgBo5AIAb+QCAL7kAgDK5AIAFOUCACTlAgBq5QIAeOUCAMDlAgDN5QIAFuYCACLmAgBs5gIAc+YCAMLmAgDK5gIAFoMRACTnAgBu5wIAeOcCAMTnAgDP5wIAGugCAB/oAgBw6AIAd+gCAMboAgDO6AIAbIMRACTpAgBy6QIAgukCAMjpAgDU6QIAHuoCACLqAgB06gIAfOoCAMrqAgDM6gIAIOsCACbrAgB26wIAjesCAMzrAgDV6wIAIuwCADjsAgB47AIAhOwCAM7sAgDb7AIAJO0CAC7tAgB67QIAfe0CANDtAgDY7QIAJu4CADDuAgB87gIAge4CANLuAgDa7gIAKO8CADjvAgB+7wIAh+8CANTvAgDh7wIAKvACADnwAgCA8AIAivACANbwAgDk8AIALPECADHxAgCC8QIAj/ECANjxAgDg8QIAwoMRADvyAgCE8gIATfICAPivBACJ8gIA2vICAOTyAgAw8wIAOPMCAIbzAgBH8wIAxi0QAIzzAgDc8wIAlPMCAOa4DQCV8wIAaBsJAJbzAgDy/gIAl/MCAJQ3DADo8wIAMvQCADT0AgDskA0AOfQCAIj0AgCU9AIA3vQCAO30AgA09QIARfUCAIr1AgCM9QIA4PUCAOb1AgA29gIAQvYCAIz2AgCU9gIAGIQRAOj2AgBuhBEARPcCAMSEEQCR9wIAcIURAOf3AgDGhREA6fcCAJD8BAA9+AIAqsMMAEf4AgCQ+AIAmvgCAOb4AgDo+AIAPPkCAE/5AgCS+QIAmvkCACzcDQCe+QIA6PkCAO75AgA++gIARPoCAJT6AgCZ+gIA6voCAPD6AgAchhEASvsCAJb7AgCY+wIA7PsCAPb7AgBC/AIAUPwCAJj8AgCd/AIA7vwCAPv8AgBE/QIAUP0CAJr9AgCg/QIA8P0CAPb9AgBG/gIAS/4CAJz+AgCi/gIAcoYRAAD/AgBI/wIAVf8CAJ7/AgCl/wIA9P8CAPz/AgBKAAMASwADAJjjCwBNAAMAoAADAGAAAwCU4QsAtAADAPYAAwAMAQMATAEDAGUBAwCiAQMApwEDAPgBAwAJAgMAyIYRAF8CAwCkAgMApgIDAPoCAwAEAwMAUAMDAF4DAwCmAwMAqwMDAPwDAwAJBAMAUgQDAFoEAwCoBAMAtAQDAP4EAwC4BAMAVgYDAAQFAwBUBQMAWgUDAKoFAwCvBQMAAAYDAAYGAwAehxEAWAYDAKwGAwC6BgMAAgcDABMHAwB0hxEAXwcDAMqHEQC2BwMABAgDALgHAwAS7gcA9wcDANoSEwASCAMAWggDABMIAwC6DQMAFAgDAHROCgBnCAMAsAgDAL8IAwAGCQMACwkDAFwJAwByCQMAsgkDALMJAwAICgMACgoDAF4KAwBoCgMAtAoDAMIKAwAKCwMAIwsDAGALAwBxCwMAtgsDAMILAwAMDAMAFAwDAMyIEQB2DAMAuAwDALkMAwAODQMAGg0DAGQNAwBnDQMAIokRALwNAwAQDgMAHQ4DAGYOAwBzDgMAvA4DAMEOAwASDwMAHA8DAGgPAwBwDwMAvg8DAM4PAwAUEAMAIhADAGoQAwB3EAMAwBADAMcQAwAWEQMAHhEDAGwRAwBvEQMAwhEDANYRAwAYEgMALhIDAG4SAwCHEgMAxBIDAMkSAwAaEwMAKxMDAHiJEQB4EwMAzokRAHwTAwC0QwoAjBMDABBZEwDTEwMAHBQDACMUAwByFAMAfhQDAMgUAwDYFAMAHhUDACwVAwB0FQMAgRUDAMoVAwDWFQMAIBYDACcWAwAkihEAeBYDAMwWAwB7FgMAykIEANkWAwAiFwMALxcDAHgXAwB9FwMAzhcDANgXAwAkGAMALBgDAHoYAwB/GAMAGmsEAIMYAwDQGAMA0xgDACYZAwAyGQMAeooRAIEZAwDSGQMAiBkDAA7yCgDXGQMAKBoDADAaAwB+GgMAlBoDANQaAwDWGgMAKhsDADcbAwCAGwMAlBsDANCKEQDbGwMALBwDADQcAwCo6QoANhwDAIIcAwCKHAMA2BwDAOQcAwAuHQMAOx0DAIQdAwCJHQMA2h0DAOMdAwAwHgMARx4DAIYeAwCRHgMAJosRAOoeAwAyHwMANR8DAIgfAwCLHwMA3h8DAOwfAwA0IAMAQSADAIogAwChIAMA4CADAOggAwA2IQMAPCEDAIwhAwCYIQMA4iEDAOwhAwA4IgMAQSIDAI4iAwCUIgMA5CIDAPEiAwB8ixEARiMDAJAjAwBIIwMAwvYKAJ8jAwDmIwMA9yMDADwkAwA+JAMAkiQDAJgkAwDoJAMA9CQDAD4lAwBFJQMAlCUDAJwlAwDqJQMA7CUDAEAmAwBNJgMAliYDAJ0mAwDsJgMA9CYDAEInAwBPJwMAmCcDAJ0nAwDuJwMA+CcDAEQoAwBMKAMAmigDAKMoAwDwKAMA8ygDAEYpAwBSKQMAnCkDAKMpAwDSixEA/ykDAEgqAwAIKgMAUi8DACoqAwAg+woAYyoDAJ4qAwCgKgMA9CoDAAUrAwBKKwMAWCsDAKArAwCnKwMA9isDAP4rAwBMLAMAUSwDAKIsAwCjLAMA+CwDAAQtAwBOLQMAVC0DAKQtAwCmLQMA+i0DAAQuAwBQLgMAXi4DAKYuAwCrLgMA/C4DAAkvAwAojBEAUy8DAKgvAwCtLwMA/i8DAAQwAwBUMAMAXjADAKowAwC2MAMAADEDAAcxAwBWMQMAXjEDAKwxAwCuMQMAAjIDAA8yAwBYMgMAXzIDAK4yAwC2MgMABDMDABEzAwBaMwMAXzMDALAzAwC6MwMABjQDAA40AwBcNAMAZTQDALI0AwC1NAMACDUDABQ1AwBeNQMAZTUDAH6MEQDANQMAruwKAMg1AwAKNgMAFzYDAGA2AwBqNgMAtjYDALg2AwAMNwMAHzcDAGI3AwBqNwMAuDcDAMQ3AwAOOAMAFDgDAGQ4AwBqOAMAujgDAL84AwAQOQMAFjkDANSMEQB0OQMAvDkDAMs5AwASOgMALjoDAGg6AwAyOgMAlHsDAHA6AwAqjREAxzoDABQ7AwAhOwMAajsDAHQ7AwDAOwMAzjsDABY8AwAsPAMAbDwDAHg8AwDCPAMAyjwDAICNEQAePQMAbj0DAHQ9AwDEPQMAyT0DABo+AwAgPgMA1o0RAHU+AwDGPgMAzz4DABw/AwAmPwMAcj8DAHo/AwDIPwMAzT8DAB5AAwAuQAMAdEADAHxAAwDKQAMA0EADAM5CAwDjQAMAIEEDACVBAwB2QQMAf0EDAMxBAwDZQQMAIkIDAClCAwB4QgMAe0IDACyOEQDQQgMAJEMDADFDAwB6QwMAkUMDANBDAwDcQwMAgo4RAC1EAwB8RAMAhEQDANJEAwDWRAMAKEUDADZFAwB+RQMAiEUDANRFAwDfRQMAKkYDADJGAwCARgMAhUYDANZGAwDxRgMALEcDADhHAwCCRwMAiEcDANhHAwDoRwMALkgDAD9IAwCESAMAiUgDANpIAwDeSAMA2I4RADlJAwCGSQMAn0kDANxJAwDmSQMAMkoDADhKAwCISgMAikoDAN5KAwDtSgMANEsDAD5LAwCKSwMAkksDAOBLAwDkSwMANkwDAERMAwCMTAMAlkwDAOJMAwDtTAMAOE0DAEBNAwCOTQMAk00DAORNAwD/TQMAOk4DAEZOAwCQTgMAlk4DAOZOAwD2TgMAPE8DAE1PAwCSTwMAl08DAOhPAwDsTwMALo8RAEdQAwCUUAMApVADAOpQAwD0UAMAQFEDAE5RAwCWUQMAl1EDAOxRAwD9UQMAQlIDAFZSAwCYUgMAoFIDAO5SAwDyUgMARFMDAFJTAwCaUwMApFMDAPBTAwD7UwMARlQDAE5UAwCcVAMAoVQDAPJUAwANVQMASFUDAFRVAwCeVQMApFUDAPRVAwAEVgMASlYDAFtWAwCgVgMApVYDAPZWAwD6VgMAhI8RAFpXAwCiVwMAvVcDAPhXAwAGWAMATlgDAFVYAwCkWAMAsFgDAPpYAwACWQMA2o8RAF5ZAwCmWQMAsFkDAPxZAwAHWgMAUloDAFpaAwCoWgMArVoDAP5aAwAZWwMAVFsDAGBbAwCqWwMAsFsDAABcAwAQXAMAVlwDAGdcAwCsXAMAsVwDAAJdAwAGXQMAMJARAGldAwCuXQMAtl0DAAReAwAFXgMAWl4DAF9eAwCwXgMAvl4DAAZfAwATXwMAXF8DAGZfAwCyXwMAvl8DAAhgAwAOYAMAXmADAGZgAwC0YAMAu2ADAAphAwAWYQMAYGEDAGZhAwC2YQMAwmEDAAxiAwAcYgMAYmIDAG5iAwC4YgMAvmIDAA5jAwAaYwMAZGMDAHFjAwC6YwMAyWMDABBkAwAcZAMAhpARAGlkAwC8ZAMAv2QDABJlAwAgZQMAaGUDAH9lAwC+ZQMAy2UDABRmAwAqZgMAamYDAHZmAwDAZgMAzWYDABZnAwAgZwMAbGcDAHRnAwDCZwMAzGcDABhoAwAdaAMAbmgDAHZoAwDEaAMA0GgDABppAwAnaQMAcGkDAHppAwDGaQMAzGkDABxqAwAwagMAcmoDAHpqAwDIagMA1moDAB5rAwArawMAdGsDAHxrAwDKawMA12sDACBsAwAubAMAdmwDAIdsAwDMbAMA1GwDACJtAwA4bQMAeG0DAHptAwDObQMAz20DANyQEQApbgMA+kMOADJuAwB6bgMAiW4DANBuAwDcbgMAJm8DAC5vAwAykREAgW8DANJvAwDbbwMAKHADADVwAwB+cAMAhXADANRwAwDXcAMAKnEDADJxAwCAcQMAhXEDANZxAwDfcQMALHIDADZyAwCCcgMAinIDANhyAwDdcgMALnMDAD5zAwCEcwMAjHMDANpzAwDgcwMAMHQDADJ0AwCGdAMAk3QDANx0AwDzdAMAMnUDAD51AwCIkREAlHUDAN51AwD1dQMANHYDAEB2AwCKdgMAkHYDAOB2AwDodgMANncDAD13AwCMdwMAmncDAOJ3AwD9dwMAOHgDAEZ4AwCOeAMAlXgDAOR4AwDweAMAOnkDAEJ5AwDekREApHkDAOZ5AwDueQMAPHoDAG16AwCSegMAnnoDAOh6AwDuegMAPnsDAEN7AwA0khEAoHsDAOp7AwDxewMAQHwDAEh8AwCWfAMAmHwDAOx8AwD2fAMAQn0DAEp9AwCKkhEApn0DALSLAwCnfQMA7n0DAPB9AwBEfgMAVX4DAJp+AwCrfgMA8H4DAPx+AwBGfwMATX8DAJx/AwCkfwMA8n8DAB+AAwBIgAMATYADAJ6AAwCfgAMA9IADAP6AAwBKgQMAWIEDAKCBAwClgQMA9oEDAAOCAwBMggMAaIIDAKKCAwC+ggMA4JIRAAWDAwBOgwMAUoMDAKSDAwCqgwMA+oMDAPyDAwBQhAMAUYQDAKaEAwDJhAMA/IQDACCFAwBShQMAf4UDAKiFAwCwhQMA/oUDAAOGAwBUhgMAYYYDAKqGAwCyhgMAAIcDAAKHAwBWhwMAXocDAKyHAwDZhwMAAogDAA+IAwBYiAMAXYgDAK6IAwC7iAMABIkDABCJAwBaiQMAh4kDALCJAwC4iQMABooDACGKAwBcigMAXooDALKKAwDDigMACIsDABGLAwBeiwMAaosDADaTEQDBiwMACowDABGMAwBgjAMAbIwDALaMAwDJjAMADI0DABSNAwBijQMAZ40DALiNAwDBjQMADo4DABiOAwBkjgMAbI4DALqOAwC/jgMAEI8DACCPAwBmjwMAbo8DALyPAwDVjwMAEpADABeQAwBokAMAcZADAL6QAwDLkAMAFJEDABuRAwBqkQMAbZEDAIyTEQDFkQMAFpIDAM2RAwDWBA0AH5IDAGySAwB0kgMAwpIDAM2SAwAYkwMAGpMDAG6TAwCJkwMAxJMDANCTAwAalAMAIpQDAOKTEQB9lAMAxpQDAM6UAwAclQMAKJUDAHKVAwB4lQMAyJUDAM6VAwAelgMAI5YDAHSWAwB6lgMAOJQRANeWAwAglwMAKJcDAHaXAwCKlwMAzJcDANGXAwAimAMAK5gDAHiYAwB+mAMAzpgDANaYAwAkmQMAJ5kDAHqZAwCXmQMA0JkDAOGZAwAmmgMALpoDAHyaAwB/mgMA0poDAOaaAwAomwMANZsDAH6bAwCImwMA1JsDANabAwAqnAMAPZwDAOSUEQCFnAMA1pwDAOecAwAsnQMANZ0DAIKdAwCYnQMA2J0DAOWdAwAungMANp4DAISeAwCjngMAOpURAOaeAwAwnwMAOJ8DAJCVEQCJnwMA3J8DAOSfAwAyoAMAP6ADAIigAwCNoAMA3qADAOagAwA0oQMANaEDAIqhAwCMoQMA4KEDAOahAwA2ogMAOKIDAIyiAwCiogMA4qIDAO6iAwA4owMAQqMDAI6jAwCaowMA5KMDAOqjAwA6pAMAQqQDAJCkAwDCpAMA5pURAO+kAwA8pQMARqUDAJKlAwCapQMA6KUDAOmlAwA+pgMARKYDAJSmAwCgpgMA6qYDAOumAwBApwMAQqcDAJanAwCcpwMA7KcDAPinAwBCqAMASagDAJioAwCgqAMA7qgDAPGoAwBEqQMATqkDAJqpAwCcqQMA8KkDAPqpAwBGqgMAUqoDAJyqAwCyqgMA8qoDAP6qAwBIqwMAVasDAJ6rAwCoqwMA9KsDAPyrAwBKrAMAXKwDADyWEQCirAMA9qwDAACtAwBMrQMATq0DAKKtAwC7rQMA+K0DAPqtAwBOrgMAUa4DAKSuAwCwrgMA+q4DAAKvAwCSlhEAZK8DAKavAwCprwMA/K8DAAawAwBSsAMAXrADAKiwAwC+sAMA/rADAAaxAwBUsQMAYrEDAKqxAwCtsQMAALIDAAiyAwBWsgMAWbIDAKyyAwBksgMAurkDALayAwACswMAt7IDAAi2AwAEswMAWLMDAF6zAwCuswMAuLMDAAS0AwAStAMAWrQDAGe0AwCwtAMAx7QDAAa1AwAOtQMAXLUDAGW1AwCytQMAs7UDAOiWEQARtgMAXrYDAGi2AwC0tgMAvrYDAAq3AwAYtwMAYLcDAG23AwC2twMAzbcDAAy4AwAUuAMAYrgDAGm4AwC4uAMAvbgDAA65AwASuQMAZLkDAHG5AwA+lxEAx7kDABC6AwAYugMAZroDAGy6AwC8ugMAyLoDABK7AwAhuwMAaLsDAG27AwC+uwMA2bsDABS8AwAgvAMAarwDAHC8AwDAvAMA1LwDABa9AwAevQMAbL0DAIK9AwDCvQMAx70DABi+AwAfvgMAbr4DAHq+AwCUlxEAy74DABq/AwAovwMAcL8DAH2/AwDGvwMA3b8DABzAAwAkwAMAcsADAHjAAwDIwAMA1MADAB7BAwAlwQMAdMEDAILBAwDKwQMAzcEDACDCAwAowgMAdsIDAITCAwDMwgMAz8IDACLDAwAqwwMAeMMDAInDAwDOwwMA08MDACTEAwAmxAMAesQDAIHEAwDQxAMA3sQDACbFAwAzxQMAfMUDAJPFAwDSxQMA2sUDACjGAwAyxgMAfsYDAInGAwDUxgMA4MYDACrHAwAyxwMA6pcRAILHAwDWxwMA4McDACzIAwAuyAMAgsgDAIXIAwDYyAMA5MgDAC7JAwA4yQMAhMkDAIzJAwDayQMA6MkDADDKAwA9ygMAhsoDAI7KAwDcygMA8soDADLLAwA+ywMAiMsDAJ7LAwDeywMA48sDADTMAwA6zAMAiswDAJ7MAwBAmBEA48wDADbNAwA+zQMAjM0DAJrNAwDizQMAos0DAJJZCADvzQMAOM4DAEDOAwCOzgMAmM4DAOTOAwDvzgMAOs8DAEbPAwCQzwMAmM8DAJaYEQDszwMAPNADAEHQAwCS0AMAodADAOjQAwD00AMAPtEDAEHRAwCU0QMAl9EDAOrRAwDy0QMAQNIDAEXSAwCW0gMAptIDAOzSAwD00gMAQtMDAEXTAwCY0wMAotMDAO7TAwDw0wMARNQDAErUAwCa1AMApNQDAPDUAwD+1AMARtUDAFPVAwCc1QMAs9UDAPLVAwD61QMASNYDAFHWAwCe1gMAn9YDAOyYEQAA1wMAStcDAE3XAwDwNgoAWdcDAKDXAwBd1wMAeiYKAKrXAwD21wMA/tcDAFJcBAAC2AMAPBMQAATYAwBM2AMAEtgDAPoOCQBR2AMAotgDAFnYAwDu1wUAr9gDAPjYAwD72AMAkrMKAP7YAwB6+wkAANkDAE7ZAwAC2QMAOKUEAATZAwBsbQYAUdkDAIh/CABU2QMAbO4GAFjZAwCk2QMAXNkDADKDCgBe2QMA5FcIAKnZAwD62QMAsNkDAG7rBACy2QMAiFgKAALaAwBQ2gMAU9oDAKbaAwCy2gMA/NoDAALbAwBS2wMAbdsDAKjbAwC02wMA/tsDAATcAwBU3AMAXNwDAKrcAwCs3AMAAN0DAK/cAwDM7QMACt0DAFbdAwBe3QMAQpkRAL3dAwAC3gMACd4DAFjeAwBg3gMArt4DALveAwAE3wMACd8DAFrfAwBk3wMAsN8DALjfAwAG4AMACOADAF7ECgAL4AMAfnoIABDgAwBc4AMAFeADAJj+AwAW4AMAwHIJAGLgAwCy4AMAtOADAAjhAwAV4QMAXuEDAGHhAwC04QMAxeEDAAriAwAM4gMAYOIDAGriAwC24gMAwuIDAAzjAwAU4wMA7pkRAGfjAwC44wMAu+MDAA7kAwAY5AMAZOQDAGzkAwC65AMAx+QDABDlAwAS5QMAZuUDAHzlAwC85QMAyOUDABLmAwAa5gMARJoRAG3mAwC+5gMAzeYDABTnAwAW5wMAaucDAHvnAwDA5wMAy+cDABboAwAb6AMAbOgDAG/oAwDC6AMAzOgDABjpAwAq6QMAbukDAHbpAwDE6QMAzukDABrqAwAf6gMAcOoDAHjqAwDG6gMAyOoDABzrAwAj6wMAcusDAHnrAwDI6wMAzusDAB7sAwAq7AMAdOwDAHfsAwDK7AMAzewDACDtAwA87QMAdu0DAH7tAwDwmhEA2e0DACLuAwAq7gMAeO4DAHvuAwDO7gMA0+4DACTvAwAz7wMAeu8DAJrvAwDQ7wMA3O8DACbwAwAw8AMAfPADAITwAwDS8AMA5PADAEabEQAy8QMAfvEDAIzxAwDU8QMA4fEDACryAwBB8gMAgPIDAIjyAwDW8gMA5fIDACzzAwAx8wMAgvMDAI/zAwDY8wMA5fMDAC70AwA69AMAhPQDAJP0AwDa9AMA5PQDADD1AwA+9QMAhvUDAIv1AwDc9QMA6fUDADL2AwA19gMAiPYDAJD2AwDe9gMA4/YDADT3AwBB9wMAivcDAJL3AwDg9wMA6fcDADb4AwBD+AMAjPgDAJr4AwDi+AMA9fgDADj5AwBA+QMAjvkDAJX5AwDk+QMA6fkDADr6AwBQ+gMAkPoDAJL6AwDm+gMA9PoDADz7AwBJ+wMAkvsDAJr7AwDo+wMA6/sDAD78AwBD/AMAlPwDAKP8AwDq/AMACv0DAED9AwBM/QMAlv0DAKD9AwDs/QMA9P0DAEL+AwBU/gMAnJsRAJ3+AwDu/gMA+/4DAET/AwBR/wMAmv8DAKb/AwDw/wMA//8DAEYABABQAAQAnAAEAKQABADyAAQA/AAEAEgBBABNAQQAngEEAKYBBADymxEAAAIEAEoCBABQAgQAoAIEALsCBAD2AgQAAgMEAEwDBABSAwQAogMEAL4DBAD4AwQAAAQEAEicEQBWBAQApAQEAK4EBAD6BAQABQUEAFAFBABcBQQApgUEAK4FBACenBEACAYEAFIGBABYBgQAqAYEAMMGBAD+BgQACgcEAFQHBABaBwQAqgcEALIHBAAACAQABggEAFYIBABfCAQArAgEALkIBAACCQQADwkEAFgJBABmCQQArgkEALsJBAAECgQAGwoEAFoKBABiCgQAsAoEALUKBAAGCwQAwQoEAAoNBAATCwQAXAsEAGQLBACyCwQAvQsEAAgMBAANDAQAXgwEAGEMBAC0DAQAvgwEAPScEQAPDQQAYA0EAG8NBAC2DQQAuA0EAAwOBAAdDgQAYg4EAHMOBAC4DgQAzA4EAEqdEQAfDwQAZA8EAGcPBAC6DwQAbA8EACIhCABxDwQAeAYQAMQPBAAQEAQAEhAEAGYQBABwEAQAvBAEAMgQBAASEQQAPBEEAGgRBABzEQQA2iEFAI4RBAC+EQQA8REEABQSBAA6EgQAahIEAJASBADAEgQA9BIEABYTBABBEwQAbBMEAHQTBADCEwQA7BMEABgUBABNFAQAbhQEAJkUBADEFAQAzBQEABoVBAApFQQAcBUEAHUVBADGFQQAzxUEABwWBADTFQQA1h0EAC0WBAByFgQAeRYEAMgWBADQFgQAHhcEACsXBAB0FwQAeRcEAMoXBADUFwQAIBgEACgYBAB2GAQAgBgEAI4kBACFGAQAzBgEANEYBAAiGQQALxkEAHgZBACFGQQAzhkEANoZBAAkGgQAMxoEAHoaBACEGgQA0BoEANgaBAAmGwQAMBsEAHwbBACBGwQA0hsEANobBACgnREANBwEAH4cBACEHAQA1BwEAO8cBAAqHQQANh0EAIAdBACGHQQA9p0RAOMdBAAsHgQAOB4EAIIeBACRHgQA2B4EAOIeBAAuHwQAPB8EAIQfBACJHwQA2h8EAOcfBAAwIAQAOCAEAIYgBACQIAQA3CAEAOEgBAAyIQQAOiEEAIghBACLIQQA3iEEAOohBAA0IgQAOiIEAIoiBAClIgQA4CIEAOwiBAA2IwQAPCMEAIwjBACUIwQA4iMEAOQjBAA4JAQAQiQEAEyeEQCUJAQA5CQEAOYkBAA6JQQARyUEAJAlBACTJQQA5iUEAPclBAA8JgQAPiYEAJImBACcJgQA6CYEAPQmBAA+JwQARicEAKKeEQCZJwQA6icEAO0nBABAKAQASigEAJYoBACeKAQA7CgEAPkoBABCKQQARCkEAJgpBACuKQQA7ikEAPopBAD4nhEAYCoEAJoqBAC2KgQATp8RAPUqBABGKwQAUysEAJwrBACpKwQA8isEAP4rBABILAQAVywEAJ4sBACoLAQA9CwEAAItBABKLQQATy0EAKAtBACtLQQA9i0EAA8uBABMLgQATi4EAKIuBACpLgQApJ8RABUvBABOLwQAXy8EAKQvBACwLwQA+i8EAA0wBABQMAQAXzAEAKYwBACyMAQA/DAEAP0wBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAPqfEQCvMgQAADMEAA0zBABWMwQAYzMEAKwzBAC4MwQAAjQEABE0BABYNAQAYjQEAK40BAC8NAQABDUEAAk1BABaNQQAZzUEALA1BAC4NQQA/KARAAs2BABcNgQAZDYEAFKhEQC0NgQACDcEABY3BABeNwQAbzcEAKihEQC7NwQA/qERAA84BABgOAQAaDgEALY4BADFOAQADDkEABE5BABiOQQAbzkEALg5BADFOQQADjoEABo6BABkOgQAczoEALo6BADEOgQAqqIRABI7BACwIA8AFjsEANQDDQAjOwQAZjsEAHU7BAC8OwQAyDsEABI8BAATPAQAaDwEAHI8BAC+PAQAzDwEABQ9BAAZPQQAaj0EAHc9BAAAoxEAxD0EABY+BAAhPgQAbD4EAHo+BADCPgQA0z4EABg/BAAkPwQAbj8EAHY/BABWoxEAyT8EABpABAAnQAQAcEAEAH1ABADGQAQA0kAEABxBBAArQQQAckEEAHxBBADIQQQA1kEEAB5CBAArQgQAdEIEAItCBACsoxEA10IEACBDBAAtQwQAdkMEAIJDBADMQwQA20MEACJEBAAsRAQAeEQEAIZEBADORAQAlEQEALzGCQDTRAQAJEUEADFFBAB6RQQAgkUEAAKkEQDcRQQAJkYEADZGBAB8RgQAhUYEANJGBADVRgQAKEcEADRHBAB+RwQAhUcEAFikEQDhRwQAKkgEADlIBACASAQAgUgEANZIBADtSAQALEkEAEZJBACCSQQAjkkEANhJBADrSQQALkoEAD1KBACESgQAkEoEANpKBADbSgQAMEsEADpLBACGSwQAlEsEANxLBADhSwQAMkwEAD9MBACupBEAokwEAN5MBADtTAQANE0EADZNBACKTQQAOU0EAOxTBACXTQQA4E0EAO1NBAA2TgQAO04EAIxOBACWTgQA4k4EAPFOBAA4TwQAPU8EAI5PBACbTwQA5E8EAPFPBAA6UAQARlAEAJBQBACfUAQA5lAEAPBQBAA8UQQASVEEAJJRBACXUQQA6FEEAOxRBAA+UgQASlIEAJRSBACaUgQA6lIEAPBSBABAUwQARVMEAJZTBACcUwQABKURAPlTBABCVAQAT1QEAJhUBACkVAQA7lQEAP1UBABEVQQATlUEAJpVBACoVQQA8FUEAPVVBABGVgQAU1YEAJxWBACjVgQA8lYEAPdWBABIVwQAVFcEAJ5XBAChVwQA9FcEAAFYBABKWAQAT1gEAKBYBACqWAQA9lgEAAJZBABMWQQAX1kEAKJZBACwWQQA+FkEAPtZBABOWgQAWFoEAKRaBACwWgQA+loEAABbBABQWwQAVlsEAKZbBACrWwQA/FsEAAJcBABapREAXFwEAL4XBwBeXAQA+GMJAGFcBACoXAQAqlwEAP5cBAAPXQQAVF0EAGVdBACqXQQAsl0EAABeBAAQXgQAVl4EAFheBACsXgQAul4EAAJfBAATXwQAsKURAF9fBAAGphEAr18EAARgBAAJYAQAWmAEAApgBABcjAQAYGAEALBgBAC6YAQABmEEABJhBABcYQQAYmEEALJhBAC4YQQACGIEAA1iBABeYgQAZGIEAFymEQDCYgQACmMEACNjBABgYwQAYWMEALZjBADTYwQADGQEABRkBACmhgQAJmQEAGJkBABlZAQAuGQEAL1kBABepxEAJ2UEAGRlBABqZQQAumUEAHplBACiMAUAvGUEABBmBAAWZgQAZmYEAHpmBAC8ZgQAxGYEABJnBAAfZwQAaGcEAG1nBAC+ZwQAyGcEABRoBAAcaAQAamgEAHtoBADAaAQAxWgEABZpBAAYaQQAbGkEAHNpBADCaQQAzmkEABhqBAAfagQAbmoEAIpqBADEagQAzGoEALSnEQAbawQAcGsEAHxrBADGawQA02sEABxsBAAkbAQAcmwEAHVsBADIbAQA02wEAB5tBAAgbQQAdG0EAHptBADKbQQA1m0EACBuBAAnbgQAdm4EAH5uBADMbgQA0W4EACJvBAA7bwQAeG8EAKRvBADObwQA2m8EACRwBAAzcAQAenAEAIRwBADQcAQA2HAEACZxBAA2cQQAfHEEAIpxBADScQQA43EEAChyBAA0cgQACqgRAINyBADUcgQA3HIEACpzBAArcwQAgHMEAEBzBADi3QsAnXMEANZzBADecwQALHQEADB0BACCdAQAiHQEANh0BADadAQALnUEAC91BACEdQQAhXUEANp1BADmdQQAMHYEADZ2BACGdgQAjnYEANx2BADedgQAMncEAE13BACIdwQAincEAN53BADsdwQANHgEAEV4BACKeAQAjHgEAOB4BAD5eAQANnkEAEd5BACMeQQAmHkEAGCoEQDweQQAOHoEAP55BADmLQgATnoEAI56BACPegQA5HoEAPV6BAA6ewQARnsEAJB7BACmewQA5nsEAPJ7BAA8fAQASXwEAJJ8BACcfAQA6HwEAOp8BAA+fQQASH0EAJR9BACifQQA6n0EAO99BABAfgQATX4EAJZ+BACyfgQA7H4EAPR+BAC2qBEAUH8EAJh/BACxfwQA7n8EAO9/BABEgAQAYYAEAJqABACigAQA8IAEAAGBBABGgQQAVIEEAJyBBAC1gQQA8oEEAPiBBABIggQASoIEAJ6CBACkggQA9IIEAAiDBABKgwQAUoMEAKCDBACtgwQA9oMEAPuDBABMhAQAVoQEAKKEBACqhAQA+IQEAAiFBABOhQQAU4UEAKSFBACthQQA+oUEAAeGBABQhgQAV4YEAAypEQC3hgQA/IYEAAqHBABShwQAa4cEAKiHBACuhwQA/ocEAACIBABUiAQAWogEAKqIBAC+iAQAAIkEAAiJBABWiQQAY4kEAKyJBACxiQQAAooEAAyKBABYigQAYIoEAK6KBAC+igQABIsEAAmLBABaiwQAY4sEALCLBAC9iwQABowEAA2MBABiqREAYYwEALKMBACzjAQACI0EABSNBABejQQAZI0EALSNBADFjQQACo4EAB6OBABgjgQAb44EALaOBAC7jgQADI8EABmPBABijwQAco8EALiPBADGjwQADpAEACWQBABkkAQAbZAEALqQBADAkAQAEJEEAByRBABmkQQAbZEEALyRBADYkQQAEpIEABqSBAC4qREAbpIEAL6SBADEkgQAFJMEABmTBABqkwQAcJMEAA6qEQDFkwQAFpQEABiUBABslAQAc5QEAMKUBADQlAQAGJUEACWVBABulQQAhZUEAMSVBADMlQQAGpYEABuWBABwlgQAc5YEAMaWBADalgQAHJcEACuXBABylwQAd5cEAMiXBADJlwQAHpgEADWYBAC6qhEAdpgEAMqYBADXmAQAIJkEAC2ZBAB2mQQAe5kEAMyZBADWmQQAIpoEACqaBAB4mgQAiJoEAM6aBADcmgQAJJsEADGbBAB6mwQAgZsEANCbBADYmwQAJpwEACicBAB8nAQAhJwEANKcBADTnAQAKJ0EAOicBACsNQUALZ0EAH6dBACBnQQA1J0EAN6dBAAqngQAQZ4EAICeBACGngQA1p4EAOKeBAAsnwQAL58EAIKfBACfnwQA2J8EAOmfBAAuoAQANqAEAISgBACLoAQA2qAEAOCgBAAwoQQAPqEEAIahBAChoQQA3KEEAOihBAAyogQAOKIEAIiiBACdogQA3qIEAOaiBAA0owQAPqMEAIqjBACQowQA4KMEAO6jBAA2pAQAQqQEAIykBACTpAQA4qQEAOqkBAAQqxEARqUEAI6lBACkpQQA5KUEAPClBAA6pgQAP6YEAJCmBACZpgQA5qYEAPCmBAA8pwQASKcEAFCKBgBYpwQAkqcEAJqnBABmqxEA7acEAD6oBABLqAQAlKgEAKGoBADqqAQA9qgEAECpBABPqQQAlqkEAKCpBADsqQQA+qkEAEKqBABHqgQAmKoEAKWqBADuqgQA9qoEALyrEQBSqwQAmqsEALCrBADwqwQA/KsEAEasBABLrAQAnKwEAKWsBADyrAQA/KwEAEitBABQrQQAnq0EAKqtBAD0rQQAB64EAEquBABLrgQAoK4EAK6uBAD2rgQA/K4EAEyvBABYrwQAoq8EAKmvBAASrBEAArAEAE6wBABWsAQApLAEAKqwBAC07QkAs7AEAPqwBAD/sAQA1B4FAACxBABQsQQAXLEEAKaxBACosQQA/LEEAAayBABSsgQAXrIEAKiyBACwsgQAaKwRAAazBABUswQAY7MEAKqzBACvswQAALQEAA20BABWtAQAY7QEAKy0BAC4tAQAArUEABG1BABYtQQAYrUEAK61BAC8tQQABLYEAAm2BABatgQAZ7YEALC2BAC4tgQABrcEABC3BABctwQAYbcEALK3BAC6twQACLgEABO4BABeuAQAY7gEALS4BAC3uAQACrkEABS5BABguQQAaLkEAL6sEQC7uQQADLoEABu6BABiugQAZLoEALi6BADJugQADrsEABm7BABkuwQAabsEALq7BAC9uwQAELwEABq8BABmvAQAbrwEALy8BAC+vAQAEr0EAB+9BABovQQAb70EAL69BADGvQQAFL4EABW+BABqvgQAb74EAMC+BADGvgQAFr8EACC/BABsvwQAdL8EABStEQD4vwQAGMAEAE3ABABuwAQAiMAEAMTABADqwAQAGsEEADTBBABwwQQAlsEEAMbBBADgwQQAHMIEAEXCBABywgQAesIEAMjCBADKwgQAHsMEACvDBAB0wwQAe8MEAMrDBADSwwQAIMQEACHEBAB2xAQAe8QEAMzEBADSxAQAIsUEACzFBAB4xQQAgMUEAGqtEQDqxQQAwK0RACzGBAB6xgQAfMYEANDGBADdxgQAJscEAC3HBAB8xwQAhMcEANLHBADTxwQAKMgEAC3IBAB+yAQAhMgEANTIBADeyAQAKskEADLJBAAWrhEAhckEANbJBADYyQQALMoEADPKBACCygQAkMoEANjKBADlygQALssEAEXLBACEywQAjMsEANrLBADkywQAMMwEAPDLBABELAUAO8wEAIbMBACSzAQA3MwEAOTMBABsrhEAM80EAIjNBAA8zQQA7qwFAEjNBABymQUAjc0EAN7NBADhzQQANM4EAD7OBACKzgQAoc4EAODOBADmzgQANs8EAELPBACMzwQAj88EAOLPBAD/zwQAONAEAEnQBACO0AQArdAEAOTQBADs0AQAOtEEADzRBACQ0QQAn9EEAObRBADw0QQAPNIEAErSBACS0gQArdIEAOjSBAD00gQAPtMEAEbTBADCrhEAoNMEAOrTBAD50wQAQNQEAEXUBACW1AQAnNQEAOzUBADz1AQAQtUEAErVBACY1QQAmtUEAO7VBAD11QQARNYEAEbWBACa1gQAm9YEAPDWBAD61gQARtcEAFLXBACc1wQAotcEAPLXBAAM2AQASNgEAFDYBACe2AQAtNgEAPTYBAAC2QQAStkEAE3ZBACg2QQAo9kEAPbZBAAE2gQATNoEAFnaBACi2gQAudoEAPjaBAAA2wQATtsEAFDbBACk2wQArNsEAPrbBAAR3AQAUNwEAFzcBACm3AQAvNwEAPzcBAAE3QQAUt0EAGDdBACo3QQAst0EAP7dBAAG3gQAVN4EAFveBACq3gQAtt4EAADfBAAB3wQAVt8EAGLfBACs3wQAud8EAALgBAAJ4AQAWOAEAFvgBACu4AQAtuAEAAThBAAJ4QQAWuEEAGfhBACw4QQA4OEEAAbiBAAO4gQAGK8RAGTiBAA26REAeOIEALLiBAC64gQAbq8RABbjBABe4wQAYOMEALTjBADF4wQACuQEABLkBABg5AQAbOQEALbkBAC85AQADOUEABLlBABi5QQAZ+UEALjlBAC+5QQAxK8RABPmBABk5gQAGuYEAHwvDgBs5gQAuuYEAL/mBABwogoAwOYEAKLoCwDG5gQA3loLAMnmBAAQ5wQAy+YEAPLlCwAV5wQAZucEABbnBABYlAkAc+cEALznBADJ5wQAEugEAB7oBABo6AQAd+gEAL7oBADI6AQAHLERAB7pBABq6QQAb+kEAMDpBADI6QQAcrERABvqBABs6gQAb+oEAMLqBADM6gQAGOsEAEDrBAAeshEAdOsEAMTrBADa6wQAGuwEACjsBABw7AQAfewEAMbsBADI7AQAHO0EACbtBABy7QQAfu0EAMjtBADP7QQAHu4EACbuBAB07gQAe+4EAMruBADT7gQAIO8EACzvBAB27wQAfu8EAHSyEQDR7wQAIvAEACrwBAB48AQAh/AEAM7wBADT8AQAJPEEADHxBAB68QQAh/EEANDxBADc8QQAJvIEADXyBAB88gQAhvIEANLyBADg8gQAKPMEAC3zBAB+8wQAi/MEANTzBADc8wQAKvQEADT0BACA9AQAjvQEANb0BADs9AQALPUEADj1BACC9QQAh/UEANj1BADh9QQALvYEADj2BADKshEAjvYEANr2BADm9gQAMPcEADj3BAAgsxEAi/cEANz3BADp9wQAMvgEAD/4BACI+AQAlPgEAN74BADt+AQANPkEAD75BACK+QQAovkEAOD5BADq+QQANvoEAET6BACM+gQAovoEAOL6BADu+gQAOPsEAD37BACO+wQAl/sEAOT7BADu+wQAOvwEAEL8BAB2sxEAnfwEAOb8BACm/AQAYPwQAPP8BAA8/QQASP0EAJL9BACh/QQA6P0EAPL9BAA+/gQATP4EAJT+BACh/gQA6v4EAAH/BABA/wQASP8EAJb/BACg/wQA7P8EAPH/BABCAAUASgAFAMyzEQCkAAUA7gAFAPQABQBEAQUAXwEFAJoBBQCmAQUA8AEFAPYBBQAitBEATgIFAHi0EQChAgUA8gIFAP8CBQBIAwUAVQMFAJ4DBQCqAwUA9AMFAAMEBQBKBAUAVAQFAKAEBQCuBAUA9gQFAPsEBQBMBQUAWQUFAKIFBQCqBQUAzrQRAAQGBQBOBgUAXgYFAKQGBQCtBgUA+gYFAP0GBQBQBwUAXAcFAKYHBQCtBwUAJLURAAoIBQBSCAUAaAgFAKgIBQC0CAUA/ggFAAUJBQBUCQUAXAkFAKoJBQCvCQUAAAoFAAkKBQBWCgUAYAoFAHq1EQCxCgUAAgsFALgKBQBgDwUACgsFAFgLBQBeCwUArgsFALMLBQAEDAUADQwFAFoMBQBkDAUAsAwFALwMBQAGDQUADg0FANC1EQBhDQUAsg0FALoNBQAIDgUAEw4FAF4OBQBjDgUAtA4FALcOBQAKDwUAFA8FACa2EQBqDwUAtg8FALoPBQAMEAUAERAFAGIQBQBoEAUAuBAFANgQBQAOEQUAFhEFAGQRBQByEQUAuhEFAL0RBQAQEgUAGBIFAGYSBQBvEgUAvBIFAMkSBQASEwUAGBMFAGgTBQB0EwUAvhMFAMATBQAUFAUAIxQFAGoUBQB1FAUAwBQFAMIUBQAWFQUALxUFAGwVBQB9FQUAwhUFAM4VBQB8thEAIBYFAG4WBQCOFgUAxBYFANIWBQAaFwUAJxcFAHAXBQB3FwUAxhcFAOIXBQAcGAUAJBgFANK2EQB3GAUAyBgFANUYBQAeGQUAKxkFAHQZBQCAGQUAyhkFANkZBQAgGgUAKhoFAHYaBQCLGgUAzBoFANQaBQAiGwUAMRsFAHgbBQB6GwUAzhsFANcbBQAkHAUAJxwFAHocBQCGHAUA0BwFAOwcBQAmHQUALh0FACi3EQCBHQUA0h0FAOgdBQAoHgUANB4FAH4eBQChHgUAfrcRAOEeBQAqHwUANx8FAIAfBQCMHwUA1h8FAOUfBQAsIAUANiAFAIIgBQCKIAUA2CAFAOIgBQAuIQUAMyEFAIQhBQCMIQUA1LcRAO4hBQAwIgUAViIFAIYiBQCsIgUA3CIFAAIjBQAyIwUAXSMFAIgjBQCQIwUA3iMFAAgkBQA0JAUAaiQFAIokBQCwJAUA4CQFAAYlBQA2JQUAbCUFAIwlBQC3JQUA4iUFAOolBQA4JgUAPSYFAE6HBQBHJgUAjiYFAJMmBQDkJgUA8SYFADonBQBHJwUAkCcFAJwnBQDmJwUA9ScFADwoBQBGKAUAkigFAKAoBQDoKAUA7SgFAD4pBQBLKQUAlCkFAJwpBQDqKQUA8CkFAEAqBQD0KQUAnoQFAEwqBQCWKgUApioFAOwqBQD1KgUAQisFAEUrBQCYKwUApCsFAO4rBQD1KwUAKrgRAFgsBQCaLAUAnSwFAPAsBQANLQUARi0FAFctBQCcLQUAoy0FAPItBQALLgUASC4FAFAuBQCeLgUAtC4FAPQuBQD5LgUASi8FAFEvBQCgLwUAqS8FAPYvBQAHMAUATDAFAFgwBQCAuBEApDAFAP4zBQC2MAUA+DAFAPswBQBOMQUAazEFAKQxBQC1MQUA+jEFAAkyBQBQMgUAYTIFAKYyBQC0MgUA/DIFAAgzBQBSMwUAXzMFAKgzBQCyMwUA1rgRAAQ0BQBUNAUAYjQFAKo0BQCsNAUAADUFAAc1BQBWNQUAbzUFACy5EQDANQUAAjYFAAU2BQBYNgUAdTYFAK42BQC/NgUABDcFAAw3BQBaNwUAYTcFALA3BQC2NwUABjgFABQ4BQBcOAUAdzgFALI4BQC+OAUACDkFAA45BQBeOQUAczkFALQ5BQC8OQUACjoFABQ6BQBgOgUAZjoFALY6BQDEOgUADDsFABg7BQBiOwUAaTsFALg7BQDAOwUAgrkRABc8BQBkPAUAcTwFALo8BQDIPAUAED0FAB89BQBmPQUAaD0FALw9BQDGPQUAEj4FACA+BQBoPgUAbT4FAL4+BQDLPgUAFD8FABc/BQBqPwUAdj8FAMA/BQDTPwUAFkAFACVABQBsQAUAeEAFAMJABQDDQAUAGEEFACJBBQBuQQUAfEEFAMRBBQDJQQUAGkIFACdCBQDYuREAdUIFAMZCBQDcQgUAHEMFADJDBQByQwUAe0MFAMhDBQDVQwUAHkQFACxEBQB0RAUAg0QFAMpEBQDMRAUAIEUFACpFBQB2RQUAhEUFAMxFBQDRRQUAIkYFAC9GBQB4RgUAe0YFAM5GBQDWRgUAJEcFADVHBQB6RwUAiEcFANBHBQDdRwUAJkgFAEZIBQB8SAUAhEgFANJIBQDiSAUAKEkFACpJBQB+SQUAjEkFANRJBQDlSQUA2roRADBKBQCASgUAjEoFADC7EQDdSgUALEsFAONKBQBSNwcAM0sFAIJLBQCISwUA2EsFAORLBQAuTAUAMUwFAIRMBQCHTAUA2kwFAAJNBQAwTQUAU00FAIZNBQCRTQUA3E0FAOFNBQAyTgUANU4FAIhOBQCSTgUA3k4FAAZPBQCGuxEAOU8FAIpPBQCXTwUA4E8FAO1PBQA2UAUAQlAFAIxQBQCbUAUA4lAFAOxQBQA4UQUAQFEFAI5RBQCYUQUA5FEFAOlRBQA6UgUAQlIFANy7EQCdUgUA5lIFAPpSBQA8UwUARFMFAJJTBQCXUwUA6FMFAPhTBQA+VAUARlQFAJRUBQCeVAUA6lQFAPVUBQBAVQUATFUFAJZVBQCeVQUAMrwRAO1VBQBCVgUATlYFAJhWBQCnVgUA7lYFAPxWBQBEVwUAVFcFAJpXBQCoVwUA8FcFAPxXBQBGWAUATVgFAJxYBQCkWAUA8lgFAAhZBQBIWQUAXFkFAJ5ZBQChWQUA9FkFABFaBQBKWgUAW1oFAKBaBQCoWgUA9loFAAFbBQBMWwUAUVsFAKJbBQClWwUA+FsFAAJcBQBOXAUAUVwFAIi8EQCmXAUA7lwIAKlcBQD6XAUA/VwFAFBdBQBaXQUApl0FAK5dBQD8XQUAG14FAN68EQBmXgUAqF4FAM5eBQD+XgUAJF8FAFRfBQB6XwUAql8FAOJfBQAAYAUANmAFAFZgBQB8YAUArGAFANJgBQACYQUAOGEFAFhhBQB8YQUArmEFAMphBQAEYgUADGIFADS9EQBfYgUAsGIFAL1iBQAGYwUAE2MFAFxjBQBoYwUAsmMFAMFjBQAIZAUAEmQFAF5kBQBsZAUAtGQFALlkBQAKZQUAF2UFAGBlBQBoZQUAir0RAMJlBQAMZgUAHGYFAGJmBQBrZgUAuGYFALtmBQAOZwUAGmcFAGRnBQBrZwUA4L0RAMhnBQAQaAUAJmgFAGZoBQByaAUAvGgFAMNoBQASaQUAGmkFAGhpBQBtaQUAvmkFAMdpBQAUagUAHmoFADa+EQBragUAwGoFAMxqBQAWawUAHGsFAGxrBQBuawUAwmsFAMxrBQAYbAUAJmwFAG5sBQBzbAUAxGwFANFsBQAabQUAIm0FAHBtBQB6bQUAxm0FANRtBQAcbgUAMm4FAHJuBQB+bgUAyG4FAM9uBQAebwUAJm8FAHRvBQB5bwUAym8FANNvBQAgcAUAKnAFAIy+EQB5cAUAzHAFAOlwBQAicQUAM3EFAHhxBQCGcQUAznEFAOZxBQAkcgUAJ3IFAHpyBQCXcgUA0HIFAOFyBQAmcwUAPnMFAHxzBQCIcwUA0nMFAOVzBQAodAUAN3QFAH50BQCKdAUA1HQFANV0BQAqdQUANHUFAIB1BQCOdQUA1nUFANt1BQAsdgUAOXYFAOK+EQCHdgUA2HYFAOV2BQAudwUAO3cFAIR3BQCQdwUA2ncFAOl3BQAweAUAOngFAIZ4BQCUeAUA3HgFAOF4BQAyeQUAP3kFAIh5BQCQeQUA5L8RAOp5BQA0egUARHoFAIp6BQCTegUA4HoFAON6BQA2ewUAQnsFAIx7BQCTewUAOsARAPB7BQA4fAUATnwFAI58BQCafAUA5HwFAOt8BQA6fQUAQn0FAJB9BQCVfQUA5n0FAO99BQA8fgUARn4FAJDAEQCTfgUA6H4FAPR+BQA+fwUARH8FAJR/BQCWfwUA6n8FAPR/BQBAgAUAToAFAJaABQCbgAUA7IAFAPmABQBCgQUASoEFAJiBBQCigQUA7oEFAPyBBQBEggUAWoIFAJqCBQCmggUA8IIFAPeCBQBGgwUAToMFAJyDBQChgwUA8oMFAPuDBQBIhAUAUoQFAObAEQCshAUA9IQFAAqFBQBKhQUAVoUFAKCFBQCnhQUA9oUFAP6FBQBMhgUAUYYFAKKGBQCrhgUA+IYFAAKHBQA8wREAT4cFAKSHBQCwhwUA+ocFAACIBQBQiAUAUogFAKaIBQCwiAUA/IgFAAqJBQBSiQUAV4kFAKiJBQC1iQUA/okFAAaKBQBUigUAXooFAKqKBQC4igUAAIsFABaLBQBWiwUAYosFAKyLBQCziwUAAowFAAqMBQBYjAUAXYwFAK6MBQC3jAUABI0FAA6NBQCSwREAXI0FAKwaDQBojQUAsI0FAMGNBQAGjgUAC44FAFyOBQBzjgUAso4FAMaOBQAIjwUAII8FAF6PBQBtjwUAtI8FALmPBQAKkAUAF5AFAGCQBQBtkAUAtpAFAMKQBQAMkQUAG5EFAGKRBQBskQUAuJEFAMCRBQAOkgUALJIFAGSSBQBskgUAupIFAMOSBQAQkwUAHZMFAGaTBQBokwUAvJMFANWTBQASlAUAI5QFAGiUBQB0lAUAvpQFAMaUBQDowREAGZUFAGqVBQBylQUAwJUFAM+VBQAWlgUAG5YFAGyWBQB5lgUAwpYFAM+WBQAYlwUAJJcFAG6XBQB9lwUAxJcFAM6XBQAamAUAIpgFAHCYBQB6mAUAxpgFAMuYBQAcmQUAJJkFAD7CEQCGmQUAyJkFAMuZBQAemgUAO5oFAHSaBQCFmgUAypoFAACbBQAgmwUAP5sFAHabBQB+mwUAzJsFAM6bBQAinAUAMZwFAHicBQCCnAUAzpwFANycBQAknQUAP50FAHqdBQCGnQUA0J0FANidBQCUwhEAMp4FAHyeBQCLngUA0p4FANeeBQAonwUALp8FAH6fBQCFnwUA1J8FANyfBQAqoAUALKAFAICgBQCHoAUA1qAFANigBQAsoQUALaEFAIKhBQCMoQUA2KEFAOShBQAuogUANKIFAISiBQCeogUA2qIFAOKiBQAwowUARqMFAIajBQCUowUA3KMFAN+jBQAypAUANaQFAIikBQCWpAUA3qQFAOukBQA0pQUAS6UFAIqlBQCSpQUA4KUFAOKlBQA2pgUAPqYFAIymBQCjpgUA4qYFAO6mBQA4pwUATqcFAI6nBQCWpwUA5KcFAPKnBQA6qAUARKgFAJCoBQCYqAUA5qgFAO2oBQA8qQUASKkFAJKpBQCTqQUA6KkFAPSpBQA+qgUAS6oFAJSqBQCbqgUA6qoFAO2qBQBAqwUASKsFAJarBQCbqwUA7KsFAPmrBQBCrAUAcqwFAJisBQCgrAUA6sIRAPSsBQBErQUAUq0FAJqtBQCrrQUA8K0FAPWtBQBGrgUAXa4FAJyuBQCwrgUA8q4FABGvBQBIrwUAUK8FAJ6vBQCgrwUA9K8FAAOwBQBKsAUAVLAFAKCwBQCusAUA9rAFABGxBQBMsQUAWLEFAKKxBQCqsQUAQMMRAASyBQBOsgUAXbIFAKSyBQCpsgUA+rIFAACzBQBQswUAV7MFAKazBQCuswUA/LMFAP6zBQBStAUAWbQFAKi0BQCqtAUA/rQFAP+0BQBUtQUAXrUFAKq1BQC2tQUAALYFAAa2BQBWtgUAcLYFAKy2BQC0tgUAArcFABi3BQBYtwUAZrcFAK63BQCxtwUABLgFAAe4BQBauAUAaLgFALC4BQC9uAUABrkFAB25BQBcuQUAZLkFALK5BQC0uQUACLoFABC6BQBeugUAdboFALS6BQDAugUACrsFACC7BQBguwUAaLsFALa7BQDEuwUADLwFABa8BQBivAUAarwFALi8BQC/vAUADr0FABq9BQBkvQUAZb0FALq9BQDGvQUAEL4FAB2+BQBmvgUAbb4FALy+BQC/vgUAEr8FABq/BQBovwUAbb8FAL6/BQDLvwUAFMAFAETABQBqwAUAcsAFAJbDEQDFwAUAFsEFADLBBQBswQUAdMEFAOzDEQD7wQUAGMIFAD7CBQBuwgUAl8IFAMTCBQD6wgUAGsMFAC/DBQBwwwUAeMMFAMbDBQDJwwUAHMQFADnEBQByxAUAg8QFAMjEBQDLxAUAHsUFACjFBQB0xQUAdsUFAMrFBQDUxQUAIMYFACzGBQB2xgUAksYFAMzGBQDUxgUAQsQRAFXHBQB4xwUAe8cFAM7HBQD0xwUAJMgFAE3IBQB6yAUAnsgFANDIBQDYyAUAmMQRACvJBQB8yQUAickFANLJBQDfyQUAKMoFADTKBQB+ygUAjcoFANTKBQDeygUAKssFADjLBQCAywUAhcsFANbLBQDjywUALMwFADTMBQCCzAUAjMwFANjMBQDmzAUALs0FAETNBQCEzQUAkM0FANrNBQDfzQUAMM4FADnOBQCGzgUAkM4FANzOBQD4zgUAMs8FADrPBQDuxBEAis8FAN7PBQDszwUANNAFAEXQBQBExREAkdAFAJrFEQDl0AUANtEFAD7RBQCM0QUAm9EFAOLRBQDo0QUAONIFAETSBQCO0gUAkNIFAOTSBQDu0gUAOtMFAEbTBQCQ0wUAmNMFAEbGEQDr0wUAPNQFAEvUBQCS1AUAstQFAOjUBQD01AUAPtUFAEjVBQCU1QUAnNUFAOrVBQDs1QUAQNYFAFDWBQCW1gUAoNYFAOzWBQD41gUAQtcFAEjXBQCY1wUAoNcFAJzGEQAF2AUARNgFAEzYBQCa2AUApNgFAPDYBQD12AUARtkFAE7ZBQDyxhEAodkFAPLZBQD72QUASmgMAP/ZBQBI2gUACNoFAMqDDwBS2gUAVkkPAFXaBQCe2gUAqtoFAPTaBQAD2wUAStsFAFTbBQCg2wUAqNsFAFZsCwCu2wUA9tsFAAPcBQBM3AUAY9wFAKLcBQCq3AUA+NwFAALdBQBO3QUAU90FAKTdBQCs3QUASMcRAAfeBQBQ3gUAXt4FAKbeBQC53gUA/N4FAATfBQBS3wUAVd8FAKjfBQCt3wUA/t8FAA3gBQBU4AUAdOAFAKrgBQC24AUAAOEFAArhBQBW4QUAcuEFAKzhBQC04QUAnscRABXiBQBY4gUAXuIFAK7iBQC64gUABOMFAA7jBQBa4wUAYOMFALDjBQC+4wUABuQFABLkBQBc5AUAX+QFALLkBQCz5AUACOUFABTlBQBe5QUAZOUFALTlBQC65QUACuYFABbmBQBg5gUAfeYFALbmBQC/5gUADOcFABjnBQBi5wUAZecFALjnBQDC5wUADugFABroBQBk6AUAaugFALroBQDA6AUAEOkFABXpBQBm6QUAbOkFAPTHEQDI6QUAEuoFABTqBQBo6gUAd+oFAL7qBQDJ6gUAFOsFACDrBQBq6wUAcesFAMDrBQDI6wUAFuwFACDsBQBs7AUAd+wFAMLsBQDO7AUAGO0FACDtBQD2yBEAcO0FAMTtBQDX7QUAGu4FACLuBQBw7gUAdu4FAMbuBQDS7gUAHO8FACbvBQBy7wUAeO8FAMjvBQDW7wUAHvAFACrwBQB08AUAd/AFAMrwBQDS8AUAIPEFACHxBQB28QUAgvEFAMzxBQDS8QUAIvIFACryBQB48gUAfvIFAM7yBQDa8gUAJPMFAEHzBQB68wUAg/MFANDzBQDc8wUAJvQFACn0BQB89AUAhvQFANL0BQDa9AUAKPUFADn1BQB+9QUAjPUFANT1BQDq9QUAKvYFADj2BQCA9gUAivYFAEzJEQDl9gUALPcFADf3BQCC9wUAjvcFANj3BQDf9wUALvgFADb4BQCE+AUAjvgFANr4BQDl+AUAMPkFADz5BQCG+QUAjvkFAKLJEQDe+QUAMvoFAEX6BQCI+gUAkPoFAN76BQDk+gUANPsFAED7BQCK+wUAlPsFAOD7BQDm+wUANvwFAET8BQCM/AUAmPwFAOL8BQDl/AUAOP0FAED9BQCO/QUAj/0FAOT9BQDw/QUAOv4FAED+BQCQ/gUAmP4FAOb+BQDs/gUAPP8FAEj/BQCS/wUAr/8FAOj/BQDx/wUAPgAGAEoABgCUAAYAlwAGAOoABgD0AAYAQAEGAEgBBgCWAQYApwEGAOwBBgD6AQYAQgIGAFgCBgCYAgYApgIGAO4CBgD4AgYARAMGAEwDBgCaAwYAvQMGAPjJEQD7AwYARgQGAFQEBgCcBAYAqwQGAPIEBgD9BAYASAUGAFAFBgCeBQYArAUGAPQFBgD3BQYASgYGAFIGBgBOyhEArgYGAPYGBgD5BgYATAcGAFQHBgDuWAYAWAcGAFA0BgBbBwYArg0GAGgHBgCiBwYAvgcGAKTKEQD6BwYATggGAFsIBgCkCAYAsQgGAPoIBgD/CAYAUAkGAFoJBgCmCQYAtQkGAPwJBgABCgYAUgoGAF8KBgCoCgYAtQoGAP4KBgAKCwYAVAsGAGMLBgCqCwYAtAsGAAAMBgAMDAYAVgwGAFwMBgCsDAYAsgwGAAINBgAHDQYAWA0GAF4NBgD6yhEAsw0GAJApBgC/DQYABA4GABIOBgBaDgYAZg4GALAOBgC9DgYABg8GABAPBgBcDwYAeA8GALIPBgDODwYAUMsRAAoQBgBeEAYAaxAGALQQBgDBEAYAChEGAA8RBgBgEQYAahEGALYRBgDFEQYADBIGABESBgBiEgYAbxIGALgSBgDFEgYADhMGABoTBgBkEwYAcxMGALoTBgDEEwYAEBQGABwUBgBmFAYAbBQGALwUBgDCFAYAEhUGABcVBgBoFQYAbhUGAKbLEQDFFQYAFBYGACIWBgBqFgYAbRYGAMAWBgDPFgYAFhcGABsXBgBsFwYAeRcGAMIXBgDPFwYAGBgGACQYBgBuGAYAfRgGAMQYBgDOGAYAGhkGACgZBgBwGQYAdRkGAMYZBgDTGQYAHBoGACgaBgByGgYAhRoGAMgaBgDXGgYAHhsGACobBgB0GwYAdRsGAMobBgDUGwYAIBwGAC4cBgB2HAYAexwGAMwcBgDZHAYA/MsRACQdBgB4HQYAhh0GAM4dBgDfHQYA/swRACseBgBUzREAfx4GANAeBgDYHgYAJh8GADUfBgB8HwYAgR8GANIfBgDfHwYAKCAGADUgBgB+IAYAiiAGANQgBgDjIAYAKiEGADQhBgAAzhEAgiEGANYhBgDxIQYALCIGAC4iBgCCIgYAnCIGANgiBgDlIgYALiMGADojBgCEIwYAjiMGANojBgD0IwYAMCQGAD8kBgCGJAYAiyQGANwkBgDpJAYAMiUGAD8lBgCIJQYAlCUGAN4lBgDtJQYANCYGAD4mBgCKJgYAliYGAOAmBgDzJgYANicGAEUnBgCMJwYAmCcGAOInBgDjJwYAOCgGAEIoBgCOKAYAnCgGAOQoBgDpKAYAOikGAEcpBgBWzhEAnSkGAOYpBgDzKQYAPCoGAEgqBgCSKgYAoSoGAOgqBgDyKgYAPisGAEwrBgCUKwYAmSsGAOorBgD3KwYAQCwGAEwsBgCWLAYAqSwGAOwsBgD7LAYAQi0GAE4tBgCYLQYAmS0GAO4tBgD4LQYARC4GAFIuBgCaLgYAny4GAPAuBgD9LgYArM4RAFMvBgCcLwYAni8GAPIvBgALMAYASDAGAFkwBgCeMAYAqjAGAPQwBgD8MAYArs8RAE8xBgCgMQYAqDEGAPYxBgAFMgYATDIGAFEyBgCiMgYArzIGAPgyBgAFMwYATjMGAFozBgCkMwYAszMGAPozBgAENAYABNARAGM0BgCmNAYAtTQGAPw0BgAINQYAUjUGAFM1BgCoNQYAsjUGAP41BgAMNgYAVDYGAFk2BgCqNgYAtzYGAFrQEQAFNwYAVjcGAGM3BgCsNwYAuTcGAAI4BgAOOAYAWDgGAGc4BgCuOAYAuDgGAAQ5BgASOQYAWjkGAF85BgCwOQYAvTkGAAY6BgAOOgYAXNERAGg6BgCyOgYAwjoGAAg7BgAROwYAXjsGAGE7BgC0OwYAwDsGAAo8BgARPAYAstERAGs8BgC2PAYAtzwGAAw9BgAkPQYAYj0GAG89BgC4PQYAxD0GAA4+BgAYPgYAZD4GAGg+BgC6PgYAvz4GABA/BgAWPwYAZj8GAIY/BgC8PwYA1D8GABJABgApQAYAaEAGAHRABgC+QAYAyEAGABRBBgAWQQYAakEGAHFBBgDAQQYAx0EGABZCBgAcQgYAbEIGAHhCBgDCQgYAxUIGABhDBgAbQwYAbkMGAHpDBgDEQwYAx0MGAAjSEQAfRAYAcEQGAHhEBgDGRAYAzEQGABxFBgAhRQYAckUGAHtFBgDIRQYA0kUGAB5GBgAqRgYAdEYGAHxGBgBe0hEAz0YGACBHBgAoRwYAdkcGAIFHBgDMRwYA0UcGACJIBgAlSAYAeEgGAIJIBgC00hEA1kgGACRJBgAoSQYAekkGAHxJBgDQSQYA00kGACZKBgAuSgYAfEoGAIlKBgDSSgYA10oGAChLBgAySwYAfksGAIZLBgDUSwYA1UsGACpMBgAvTAYAgEwGAINMBgDWTAYA2UwGACxNBgA6TQYAgk0GAJtNBgDYTQYA6U0GAC5OBgA6TgYAhE4GAIxOBgAK0xEA304GADBPBgA4TwYAhk8GAJVPBgDcTwYA4U8GADJQBgA/UAYAiFAGAJVQBgDeUAYA6lAGADRRBgBDUQYAilEGAJRRBgDgUQYA6FEGADZSBgBAUgYAjFIGAJFSBgDiUgYA6lIGAGDTEQBDUwYAjlMGAJpTBgDkUwYA7FMGALbTEQBGVAYAkFQGAJdUBgDmVAYA9FQGADxVBgA/VQYAklUGAJpVBgDoVQYA61UGAD5WBgBKVgYAlFYGAJpWBgDqVgYABVcGAEBXBgBMVwYAllcGAJxXBgDsVwYAD1gGAEJYBgBFWAYAmFgGALxYBgAM1BEA/VgGAERZBgBJWQYAmlkGAKdZBgDwWQYA/VkGAEZaBgBSWgYAnFoGAKtaBgDyWgYA/FoGAEhbBgBWWwYAnlsGAKNbBgD0WwYAAVwGAEpcBgBSXAYAYtQRAK1cBgD2XAYA/lwGAExdBgBlXQYAol0GAKhdBgD4XQYA/V0GAE5eBgBuXgYApF4GALBeBgD6XgYAB18GAFBfBgBYXwYApl8GAKlfBgD8XwYABmAGAFJgBgBUYAYAqGAGALJgBgD+YAYACmEGALjUEQBqYQYAqmEGALZhBgAAYgYABWIGAFZiBgAIYgYAVM8SAF9iBgCsYgYAtmIGAAJjBgAKYwYA4loKAA5jBgBYYwYAJWMGAAaYCgBeYwYArmMGAGtjBgDIUw0AtGMGAARkBgAJZAYAWmQGAGBkBgAO1REAvmQGAAZlBgAcZQYAXGUGAGhlBgCyZQYAt2UGAAhmBgARZgYAXmYGAGhmBgC0ZgYAvGYGAApnBgAZZwYAYGcGAGVnBgC2ZwYAw2cGAAxoBgAZaAYAYmgGAG5oBgC4aAYAx2gGAA5pBgAYaQYAZGkGAHJpBgC6aQYAx2kGABBqBgAnagYAZmoGAG5qBgC8agYAxmoGABJrBgAXawYAaGsGAHBrBgAQ1hEAymsGABRsBgAabAYAamwGAIVsBgDAbAYAzGwGABZtBgAcbQYAZtYRAHJtBgDOAg4Af20GAMJtBgDRbQYAGG4GACRuBgBubgYAb24GAMRuBgDObgYAGm8GAChvBgBwbwYAdW8GAMZvBgDTbwYAvNYRACFwBgBycAYAenAGAMhwBgDLcAYAHnEGACdxBgB0cQYAg3EGAMpxBgDVcQYAIHIGAChyBgB2cgYAhnIGAMxyBgDacgYAInMGADNzBgB4cwYAhHMGAM5zBgDWcwYAvtcRACp0BgB6dAYAgnQGANB0BgDXdAYAJnUGADR1BgB8dQYAgnUGANJ1BgDedQYAKHYGADd2BgB+dgYAiHYGANR2BgDZdgYAKncGADB3BgCAdwYAlHcGANZ3BgDedwYALHgGAFZ4BgCCeAYAi3gGANh4BgDleAYALnkGADx5BgCEeQYAl3kGANp5BgD2eQYAFNgRADV6BgCGegYAk3oGANx6BgDpegYAMnsGAD57BgCIewYAl3sGAN57BgDoewYANHwGAEJ8BgCKfAYAj3wGAOB8BgDtfAYANn0GAD59BgBq2BEAmH0GAOJ9BgDyfQYAOH4GAEF+BgCOfgYAkX4GAOR+BgDwfgYAOn8GAEF/BgDA2BEAun8GAOZ/BgDvfwYAPIAGAEmABgCSgAYAoIAGAOiABgD7gAYAPoEGAFqBBgAW2REAooEGAOqBBgAAggYAQIIGAEyCBgCWggYAnYIGAOyCBgD0ggYAQoMGAEeDBgCYgwYAoYMGAO6DBgD4gwYAbNkRAEWEBgCahAYApoQGAPCEBgD2hAYARoUGAEiFBgCchQYApoUGAPKFBgAAhgYASIYGAE2GBgCehgYAq4YGAPSGBgD8hgYASocGAFSHBgCghwYArocGAPaHBgAMiAYATIgGAFiIBgCiiAYAqYgGAPiIBgAAiQYATokGAFOJBgCkiQYArYkGAPqJBgAEigYAwtkRAFaKBgCmigYArIoGAPyKBgABiwYAUosGAFiLBgAY2hEArYsGAP6LBgALjAYAVIwGAGGMBgCqjAYAtowGAACNBgAPjQYAVo0GAGCNBgCsjQYAuo0GAAKOBgAHjgYAWI4GAGWOBgCujgYAto4GABrbEQASjwYAWo8GAHCPBgCwjwYAvI8GAAaQBgALkAYAXJAGAGWQBgCykAYAvJAGAHDbEQAUkQYAXpEGAG+RBgC0kQYAwJEGAAqSBgAZkgYAYJIGAGqSBgC2kgYAxJIGAAyTBgARkwYAYpMGAG+TBgC4kwYAwpMGAA6UBgDEkwYAwJcGAByUBgBklAYAepQGALqUBgDGlAYAEJUGABWVBgBmlQYAb5UGALyVBgDGlQYAEpYGAB6WBgBolgYAbpYGAL6WBgDElgYAFJcGABmXBgBqlwYAcJcGAMbbEQDGlwYAFpgGAByYBgBsmAYAcZgGAMKYBgDImAYAHNwRACaZBgBumQYAhJkGAMSZBgDQmQYAGpoGAB+aBgBwmgYAeZoGAMaaBgDQmgYAHJsGACibBgBymwYAhZsGAMibBgDXmwYAHpwGACqcBgB0nAYAdZwGAMqcBgDUnAYAIJ0GAC6dBgB2nQYAe50GAMydBgDZnQYActwRADGeBgB4ngYAmJ4GAM6eBgDangYAJJ8GAC6fBgB6nwYAf58GANCfBgDRnwYAJqAGADKgBgB8oAYAiaAGANKgBgDeoAYAKKEGADuhBgB+oQYAjaEGANShBgDgoQYAKqIGACuiBgCAogYAiqIGANaiBgDkogYALKMGADGjBgCCowYAj6MGAMjcEQD0owYAHt0RADSkBgCEpAYAiqQGANqkBgDfpAYAMKUGADalBgB03REAi6UGANylBgDfpQYAMqYGAD6mBgCIpgYAjqYGAN6mBgD5pgYANKcGAECnBgCKpwYAkKcGAOCnBgDipwYANqgGAFGoBgCMqAYAjqgGAOKoBgDwqAYAOKkGAEmpBgCOqQYAkKkGAOSpBgD9qQYAOqoGAEuqBgCQqgYAnKoGAHbeEQDwqgYAPKsGAEqrBgCSqwYAqKsGAOirBgD0qwYAPqwGAEOsBgCUrAYAnawGAOqsBgD0rAYAQK0GAEitBgCWrQYAm60GAOytBgD7rQYAQq4GAFGuBgCYrgYAoa4GAO6uBgD0rgYARK8GAEqvBgCarwYApq8GAPCvBgD3rwYARrAGAE6wBgCcsAYAnrAGAPKwBgACsQYASLEGAFKxBgCesQYAqrEGAPSxBgD6sQYASrIGAFKyBgDM3hEArLIGAPayBgAHswYATLMGAFizBgCiswYAsbMGAPizBgACtAYATrQGAFy0BgCktAYAqbQGAPq0BgAHtQYAULUGAFi1BgCmtQYAsLUGAIDNBgCytQYA/LUGAAK2BgBStgYAWLYGAKi2BgCttgYA/rYGAAS3BgAi3xEAYLcGAKq3BgCwtwYAALgGABu4BgBWuAYAYrgGAKy4BgCyuAYAArkGAAq5BgBYuQYAW7kGAK65BgC6uQYABLoGABW6BgBaugYAZroGALC6BgC/ugYABrsGABC7BgBcuwYAarsGALK7BgC3uwYACLwGABW8BgBevAYAZrwGALS8BgC+vAYACr0GABi9BgBgvQYAdr0GALa9BgDCvQYADL4GABG+BgBivgYAa74GALi+BgDCvgYAJOARABS/BgBkvwYAar8GALq/BgDGvwYAEMAGAB3ABgBmwAYAcMAGALzABgDEwAYAEsEGABzBBgBowQYAbcEGAL7BBgC/wQYAFMIGABnCBgBqwgYAe8IGAMDCBgDFwgYAFsMGAC3DBgBswwYAgMMGAMLDBgDewwYAGMQGACDEBgB64BEAdsQGAMTEBgDOxAYAGsUGAC7FBgBwxQYAccUGAMbFBgDSxQYAHMYGADjGBgByxgYAesYGANDgEQDRxgYAHscGACzHBgB0xwYALccGAEY5CwB+xwYAyscGAMzHBgAgyAYAOcgGAHbIBgCHyAYAzMgGANjIBgAiyQYAKskGACbhEQCEyQYAzskGANTJBgAkygYAP8oGAHrKBgCGygYA0MoGANbKBgAmywYAKcsGAHzLBgCEywYA0ssGAOLLBgAozAYALcwGAH7MBgCHzAYA1MwGAOHMBgAqzQYAMc0GAHzhEQCOzQYA1s0GAOzNBgAszgYAOM4GAILOBgCHzgYA2M4GAOHOBgAuzwYAOM8GAITPBgCgzwYA2s8GAOLPBgDS4REANdAGAIbQBgCO0AYA3NAGAN7QBgAy0QYATdEGAIjRBgCK0QYA3tEGAOzRBgA00gYARdIGAIrSBgCM0gYA4NIGAPnSBgA20wYAR9MGAIzTBgCY0wYA4tMGAOrTBgAo4hEARNQGAI7UBgCU1AYA5NQGAP/UBgA61QYARtUGAJDVBgCW1QYA5tUGAOnVBgB+4hEAWdYGAJLWBgCT1gYA6NYGAPfWBgA+1wYAQ9cGAJTXBgCh1wYA6tcGAPfXBgBA2AYATNgGAJbYBgCl2AYA7NgGAPbYBgBC2QYAUNkGAJjZBgCd2QYA7tkGAPvZBgBE2gYAUNoGAJraBgCg2gYA8NoGAK3aBgBw8AYA9toGAEbbBgBL2wYAnNsGAKLbBgDU4hEA99sGAEjcBgBo3AYAntwGAKrcBgD03AYA+twGAErdBgBS3QYA+AkHAFPdBgCg3QYArd0GAPbdBgD83QYATN4GAFjeBgCi3gYApN4GAPjeBgAH3wYATt8GAFnfBgCk3wYApt8GAPrfBgAT4AYAUOAGAGHgBgCm4AYAsuAGAPzgBgAI4QYAUuEGAGXhBgCo4QYAt+EGAP7hBgAK4gYAVOIGAFXiBgCq4gYAtOIGAADjBgAO4wYAVuMGAFvjBgCs4wYAueMGACrjEQAP5AYAWOQGAGzkBgCu5AYAyuQGAATlBgAg5QYAgOMRAGnlBgCw5QYAseUGAAbmBgAV5gYAXOYGAGHmBgCy5gYAv+YGAAjnBgAV5wYAXucGAGrnBgC05wYAw+cGAAroBgAU6AYAYOgGAG7oBgC26AYAu+gGAAzpBgAZ6QYAYukGAHLpBgC46QYAuukGAA7qBgAc6gYAZOoGAHXqBgDW4xEAweoGACzkEQAV6wYAZusGAHPrBgC86wYAyesGABLsBgAY7AYAaOwGAHTsBgC+7AYAzuwGABTtBgAd7QYAau0GAG3tBgDA7QYAzO0GABbuBgAd7gYAguQRAHjuBgDC7gYA0u4GABjvBgAh7wYAbu8GAHHvBgDE7wYA0O8GABrwBgAh8AYA2OQRAH/wBgDG8AYA0vAGABzxBgAd8QYAcvEGAHzxBgDI8QYA1vEGAB7yBgAj8gYAdPIGAIHyBgAu5REAz/IGACDzBgAv8wYAdvMGAJbzBgDM8wYA2PMGACL0BgAs9AYAePQGAID0BgDO9AYA2vQGACT1BgAq9QYAevUGAID1BgDQ9QYA1fUGACb2BgAs9gYAMOYRAIH2BgDS9gYA2/YGACj3BgA59wYAfvcGAIX3BgDU9wYA3PcGACr4BgA3+AYAgPgGAIX4BgDW+AYA4PgGACz5BgA0+QYAgvkGAJH5BgDY+QYA3fkGAC76BgA7+gYAhPoGAJH6BgDa+gYA5voGADD7BgA/+wYAhvsGAJD7BgDc+wYA5PsGADL8BgA8/AYAiPwGAI38BgDe/AYA5vwGADLnEQA5/QYAiv0GAI39BgDg/QYA6v0GAIjnEQA8/gYAjP4GAJH+BgDi/gYAAv8GADj/BgBE/wYAjv8GAJT/BgDk/wYA5/8GADoABwA8AAcAkAAHAKsABwDmAAcA6AAHADwBBwBKAQcAkgEHAKMBBwDoAQcA6gEHAD4CBwBXAgcAlAIHAKUCBwDqAgcA9gIHAN7nEQBQAwcAlgMHALYDBwDsAwcA7gMHAEIEBwBOBAcAjBAQAFEEBwBsGQcAXgQHANwmBwBuBAcAmAQHAJsEBwDuBAcA/QQHAEQFBwBJBQcAmgUHAKcFBwDwBQcA/QUHAEYGBwBSBgcAnAYHAKsGBwDyBgcA/AYHAEgHBwBWBwcAngcHAKMHBwD0BwcAAQgHAEoIBwBWCAcAoAgHAKYIBwD2CAcA/AgHAEwJBwBRCQcAogkHAKgJBwA06BEADgoHAE4KBwBQCgcApAoHALgKBwD6CgcAAgsHAFALBwBdCwcApgsHAKsLBwD8CwcABgwHAFIMBwBaDAcAqAwHAMEMBwD+DAcACg0HAFQNBwBcDQcAiugRAMUNBwAADgcAAg4HAFYOBwBkDgcArA4HAL0OBwACDwcABA8HAFgPBwBxDwcArg8HAL8PBwAEEAcAEBAHAODoEQBfEAcAsBAHALkQBwAGEQcAFxEHAFwRBwBjEQcAshEHALoRBwAIEgcAFRIHAF4SBwBjEgcAtBIHAL4SBwAKEwcAEhMHAGATBwB5EwcAthMHAMITBwAMFAcAFBQHAIzpEQBlFAcAuBQHAMIUBwAOFQcAEBUHAGQVBwB9FQcAuhUHAMsVBwAQFgcAHhYHAGYWBwBpFgcAvBYHAMcWBwASFwcAHhcHAGgXBwBvFwcA4ukRAMMXBwAUGAcAHBgHAGoYBwB4GAcAwBgHAMEYBwAWGQcAMRkHADjqEQBxGQcAwhkHAM8ZBwAYGgcAJRoHAG4aBwB6GgcAxBoHANMaBwAaGwcAJBsHAHAbBwB+GwcAxhsHAMsbBwAcHAcAKRwHAHIcBwB+HAcAyBwHAM4cBwAeHQcAJB0HAHQdBwB5HQcAyh0HANAdBwCO6hEALR4HAHYeBwB4HgcAzB4HAOUeBwAiHwcAMx8HAHgfBwCEHwcAzh8HANYfBwCQ6xEAKSAHAHogBwCCIAcA0CAHAOkgBwAmIQcAKyEHAHwhBwCBIQcA0iEHANwhBwAoIgcAKyIHAH4iBwCIIgcA1CIHANoiBwAqIwcALCMHAIAjBwCBIwcA1iMHAN4jBwAsJAcAPCQHAIIkBwCIJAcA2CQHAN0kBwAuJQcARCUHAIQlBwCMJQcA2iUHAAQmBwAwJgcAUyYHAIYmBwClJgcA5usRAOQmBwA87BEAQycHAIgnBwCWJwcA3icHAOonBwA0KAcAQSgHAIooBwCUKAcA4CgHAOgoBwA2KQcAQSkHAIwpBwCOKQcA4ikHAOUpBwA4KgcAQCoHAI4qBwCUKgcA5CoHAO0qBwA6KwcARysHAJArBwCYKwcA5isHAOsrBwA8LAcARSwHAJIsBwCcLAcA6CwHAPAsBwA+LQcAQy0HAJQtBwCkLQcA6i0HAPItBwBALgcAQi4HAJYuBwCxLgcA7C4HAO4uBwBCLwcAUC8HAJgvBwCpLwcA7i8HAPAvBwBEMAcAXTAHAJowBwCrMAcA8DAHAPwwBwBGMQcATjEHAJLsEQCiMQcA8jEHAPcxBwBIMgcAaDIHAJ4yBwCqMgcA9DIHAPoyBwBKMwcATTMHAKAzBwCoMwcA9jMHAAA0BwBMNAcAUTQHAKI0BwCqNAcA+DQHAAI1BwBONQcAUDUHAKQ1BwC1NQcA+jUHABo2BwBQNgcAWDYHAKY2BwCwNgcA/DYHAAE3BwDo7BEAZjcHAKg3BwCwNwcA/jcHAAM4BwBUOAcAZDgHAKo4BwCyOAcAADkHAAo5BwBWOQcAYTkHAKw5BwC4OQcAAjoHAAo6BwA+7REAZDoHAK46BwC6OgcABDsHAAs7BwBaOwcAYjsHALA7BwDJOwcABjwHAAw8BwBcPAcAYTwHALI8BwDSPAcACD0HABQ9BwBePQcAZD0HALQ9BwC3PQcAlO0RAAw+BwBgPgcAGD4HANYMEQBjPgcAtj4HAMA+BwAMPwcAGj8HAGI/BwBxPwcAuD8HALs/BwAOQAcA0D8HAOJ/BwDUPwcA9F0HABpABwBkQAcAZkAHALpABwDAQAcAEEEHAB9BBwBmQQcAcUEHALxBBwDEQQcAYsAHANZBBwASQgcAHkIHAGhCBwB7QgcAvkIHAM1CBwAUQwcAIEMHAGpDBwBrQwcAwEMHAMpDBwAWRAcAJEQHAGxEBwBxRAcAwkQHAM9EBwDq7REAMkUHAG5FBwB9RQcAxEUHAMlFBwAaRgcAJ0YHAHBGBwB9RgcAxkYHANJGBwAcRwcAK0cHAHJHBwB8RwcAyEcHANZHBwAeSAcAI0gHAHRIBwCBSAcAykgHANZIBwAgSQcAJkkHAHZJBwB8SQcAzEkHANFJBwAiSgcAKEoHAEDuEQB5SgcAzkoHAIFKBwBu9QkAhUoHAOrdCQCHSgcAwMQHAJhKBwBi+Q4A2koHACRLBwAqSwcACpYIADFLBwB6SwcAfUsHANBLBwDcSwcAJkwHAChMBwB8TAcAgkwHANJMBwDhTAcAKE0HADNNBwB+TQcAf00HANRNBwDoTQcAKk4HAEROBwCATgcAjE4HANZOBwDpTgcALE8HADtPBwCCTwcAjk8HANhPBwDZTwcALlAHADhQBwCEUAcAklAHANpQBwDfUAcAMFEHAD1RBwCW7hEAoFEHANxRBwDrUQcAMlIHADdSBwCIUgcAlVIHAN5SBwDrUgcANFMHAEBTBwCKUwcAmVMHAOBTBwDqUwcANlQHAERUBwCMVAcAkVQHAOJUBwDvVAcAOFUHAERVBwCOVQcAlFUHAORVBwDqVQcAOlYHAD9WBwCQVgcAllYHAOzuEQD0VgcAPFcHAFdXBwCSVwcAoFcHAOhXBwD1VwcAPlgHAFVYBwCUWAcAo1gHAOpYBwDvWAcAQFkHAE1ZBwCWWQcAo1kHAOxZBwD4WQcAQloHAFFaBwCYWgcAoloHAO5aBwD8WgcARFsHAElbBwCaWwcAp1sHAPBbBwDzWwcARlwHAFJcBwCcXAcAolwHAPJcBwD4XAcASF0HAE1dBwCeXQcApF0HAELvEQAQXgcAmO8RAFBeBwCgXgcAol4HAPZeBwADXwcATF8HAE9fBwCiXwcAo18HAPhfBwD9XwcATmAHAFRgBwCkYAcArmAHAPpgBwAWYQcAUGEHAGxhBwDu7xEArGEHAPxhBwD+YQcAUmIHAF9iBwCoYgcAq2IHAP5iBwD/YgcAVGMHAFljBwCqYwcAsGMHAABkBwAKZAcAVmQHAHJkBwCsZAcAyGQHAETwEQAIZQcAWGUHAF5lBwCuZQcAs2UHAARmBwAKZgcAmvARAFxmBwCwZgcAvmYHAAZnBwAXZwcAnPERAGNnBwDy8REAt2cHAAhoBwAQaAcAXmgHAGNoBwC0aAcAbWgHANx8BwC1aAcACmkHABZpBwBgaQcAbWkHALZpBwC+aQcADGoHABZqBwBiagcAcWoHALhqBwC5agcADmsHABZrBwBkawcAc2sHALprBwC/awcAEGwHAB1sBwBmbAcAc2wHALxsBwDIbAcAEm0HACFtBwBobQcAcm0HAL5tBwDMbQcAFG4HABluBwBqbgcAd24HAMBuBwDIbgcAFm8HACBvBwBsbwcAcW8HAMJvBwDKbwcAnvIRAB1wBwBucAcAd3AHAHh1BwB7cAcAxHAHANFwBwAacQcAJnEHAHBxBwB/cQcAxnEHANBxBwAccgcAKnIHAHJyBwB3cgcAyHIHANVyBwAecwcAJnMHAPTyEQCAcwcAynMHANpzBwAgdAcAKXQHAHZ0BwB5dAcAzHQHANh0BwAidQcAKXUHAErzEQCJdQcAznUHANV1BwAkdgcAMXYHAHp2BwCZdgcA0HYHANp2BwAmdwcALncHAHx3BwCLdwcA0ncHANd3BwAoeAcANXgHAH54BwCLeAcA1HgHAOB4BwAqeQcAOXkHAIB5BwCKeQcA1nkHAN55BwAsegcANnoHAIJ6BwCHegcA2HoHAOB6BwCg8xEAOnsHAIR7BwCKewcA2nsHAPV7BwAwfAcAPHwHAIZ8BwCMfAcA9vMRAOF8BwAyfQcAP30HAIh9BwCVfQcA3n0HAOp9BwA0fgcAQ34HAIp+BwCUfgcATPQRAOp+BwA2fwcAO38HAIx/BwCUfwcAovQRAOx/BwA4gAcAPoAHAI6ABwCQgAcA5IAHAPGABwA6gQcAPYEHAJCBBwCRgQcA5oEHAOuBBwA8ggcAQoIHAJKCBwCcggcA6IIHAAKDBwA+gwcATYMHAJSDBwCZgwcA6oMHAPeDBwBAhAcATYQHAJaEBwCihAcA7IQHAPuEBwBChQcATIUHAJiFBwCmhQcA7oUHAPOFBwBEhgcAUYYHAJqGBwCkhgcAWJAHAKaGBwDwhgcA9oYHAEaHBwBMhwcAnIcHAKGHBwDyhwcA+IcHAPj0EQBNiAcAnogHAKuIBwD0iAcAAYkHAEqJBwBWiQcAoIkHAK+JBwD2iQcAAIoHAEyKBwBaigcAoooHAKeKBwD4igcABYsHAE6LBwBWiwcA+vURAKqLBwD6iwcAAIwHAFCMBwBVjAcApowHAKyMBwBQ9hEA/owHAFKNBwBbjQcAqI0HAKuNBwD+jQcACo4HAFSOBwBbjgcAqo4HALKOBwAAjwcAGY8HAFaPBwBqjwcArI8HAMiPBwACkAcACpAHAPz2EQBmkAcArpAHAMSQBwAEkQcAEJEHAFqRBwBfkQcAsJEHALmRBwAGkgcAEJIHAFySBwB4kgcAspIHALqSBwBS9xEADZMHAF6TBwBrkwcAtJMHAMGTBwAKlAcAFpQHAGCUBwBvlAcAtpQHAMCUBwAMlQcAGpUHAGKVBwBnlQcAuJUHAMWVBwAOlgcAFpYHAKj3EQBylgcAupYHANCWBwAQlwcAHJcHAGaXBwBrlwcAvJcHAMWXBwASmAcAHJgHAGiYBwBwmAcAvpgHAM2YBwAUmQcAFpkHAGqZBwBzmQcAwJkHAMOZBwAWmgcAIpoHAGyaBwBzmgcAwpoHAMqaBwAYmwcAMZsHAG6bBwCCmwcAxJsHAOCbBwAanAcAIpwHAP73EQB1nAcAxpwHANOcBwAcnQcAKZ0HAHKdBwB+nQcAyJ0HANedBwAengcAKJ4HAHSeBwB+ngcAyp4HANieBwAgnwcANp8HAHafBwCCnwcAzJ8HANGfBwAioAcAK6AHAHigBwCCoAcAzqAHANqgBwAkoQcAKqEHAHqhBwCAoQcA0KEHANWhBwAmogcALKIHAFT4EQCIogcA0qIHANaiBwAoowcAN6MHAH6jBwCDowcA1KMHAOGjBwAqpAcAN6QHAICkBwCMpAcA1qQHAOWkBwAspQcANqUHAIKlBwCQpQcA2KUHAN2lBwAupgcAO6YHAISmBwCQpgcA2qYHAOCmBwAwpwcANqcHAIanBwCLpwcA3KcHAOKnBwCq+BEAN6gHAIioBwCPqAcA3qgHAOqoBwA0qQcANqkHAIqpBwA3qQcAQK8HAKWpBwDgqQcA4qkHADaqBwBEqgcAjKoHAJ2qBwDiqgcA5KoHADirBwBRqwcAjqsHAJ+rBwDkqwcA8KsHADqsBwBGrAcAkKwHAKOsBwDmrAcA9awHADytBwBIrQcAkq0HAJOtBwDorQcA8q0HAD6uBwBMrgcAlK4HAJmuBwDqrgcA964HAAD5EQBCrwcAlq8HALGvBwDsrwcA7q8HAEKwBwBQsAcAmLAHAKmwBwDusAcA8LAHAESxBwBdsQcAmrEHAKuxBwDwsQcA/LEHAEayBwBSsgcAnLIHAK+yBwDysgcAAbMHAEizBwBUswcAnrMHAJ+zBwD0swcA/rMHAEq0BwBYtAcAoLQHAKW0BwD2tAcAA7UHAAL6EQBRtQcAorUHAKq1BwD4tQcA+rUHAE62BwBftgcApLYHALK2BwD6tgcAFbcHAFC3BwBctwcAprcHAK63BwAE+xEAAbgHAFK4BwBZuAcAqLgHALS4BwD+uAcAAbkHAFS5BwBcuQcAqrkHALq5BwAAugcABboHAFa6BwBfugcArLoHALm6BwACuwcACbsHAFi7BwBguwcAWvsRALu7BwAEvAcADLwHAFq8BwBuvAcAsLwHALW8BwAGvQcAD70HAFy9BwBivQcAsr0HALq9BwAIvgcAF74HAF6+BwBvvgcAtL4HAL2+BwAKvwcADb8HAGC/BwBqvwcAtr8HAMK/BwAMwAcAEsAHALD7EQBvwAcAuMAHAL3ABwAOwQcAFcEHAGTBBwBwwQcAusEHAMLBBwAG/BEAK8IHAGbCBwBowgcAvMIHAMrCBwASwwcAI8MHAGjDBwBqwwcAvsMHANfDBwAUxAcAJcQHAGrEBwB2xAcAXPwRAM/EBwAWxQcAH8UHAGzFBwByxQcAwsUHAMjFBwAYxgcAJMYHAG7GBwB1xgcAxMYHAMzGBwAaxwcAHscHAHDHBwB7xwcAxscHANTHBwAcyAcALcgHAHLIBwB+yAcAyMgHANDIBwCy/BEAIckHAHTJBwB+yQcAyskHAMzJBwAgygcAOcoHAHbKBwCHygcAzMoHANrKBwAiywcAJcsHAHjLBwCDywcAzssHANzLBwAkzAcAMcwHAHrMBwCRzAcA0MwHANjMBwAmzQcAKM0HAHzNBwCEzQcA0s0HAOHNBwAozgcALc4HAH7OBwCLzgcA1M4HAOHOBwAqzwcANs8HAIDPBwCPzwcA1s8HAODPBwAs0AcAOtAHAILQBwCH0AcA2NAHAOXQBwAu0QcANtEHAITRBwCO0QcA2tEHAN/RBwAw0gcAONIHAIbSBwCJ0gcA3NIHAPnSBwAy0wcAQ9MHAIjTBwCQ0wcA3tMHAOHTBwA01AcAQNQHAIrUBwCQ1AcA4NQHAPvUBwA21QcAQtUHAIzVBwCS1QcACP0RAPHVBwA41gcAOdYHAI7WBwDG1gcA5NYHAPLWBwA61wcAO9cHAJDXBwCY1wcA5tcHAPXXBwA82AcAQdgHAJLYBwCf2AcA6NgHAPXYBwA+2QcAStkHAJTZBwCj2QcA6tkHAPTZBwBA2gcATtoHAJbaBwCb2gcA7NoHAPnaBwBC2wcAStsHAJjbBwCi2wcA7tsHAPPbBwBE3AcATNwHAJrcBwCk3AcA8NwHAPvcBwBG3QcAUt0HAJzdBwCk3QcAXv0RAPfdBwBI3gcAS94HAJ7eBwCo3gcA9N4HAPzeBwC0/REAWN8HAKDfBwC23wcA9t8HAALgBwBM4AcAUeAHAKLgBwCr4AcA+OAHAALhBwBO4QcAVuEHAKThBwCw4QcA+uEHAA3iBwBQ4gcAUeIHAKbiBwC04gcA/OIHAALjBwBS4wcAXuMHAKjjBwCv4wcACv4RAP/jBwBU5AcAYOQHAKrkBwC35AcAAOUHAAjlBwBW5QcAYOUHAKzlBwC75QcAAuYHAAPmBwBY5gcAYOYHAK7mBwC95gcABOcHAAnnBwBa5wcAZ+cHALDnBwC95wcABugHABLoBwBc6AcAa+gHALLoBwC86AcACOkHABbpBwBe6QcAY+kHALTpBwDB6QcACuoHABLqBwBg6gcAZOoHALbqBwDE6gcADOsHABbrBwBi6wcAbesHALjrBwDA6wcADuwHABnsBwBk7AcAaewHALrsBwC97AcAEO0HABrtBwBm7QcAbu0HALztBwDb7QcAYP4RACHuBwBo7gcAae4HAL7uBwDG7gcAFO8HABXvBwBq7wcAcO8HAMDvBwDF7wcAFvAHADHwBwBs8AcAevAHAMLwBwDJ8AcAGPEHACTxBwBu8QcAdPEHAMTxBwDg8QcAGvIHACLyBwC2/hEAdvIHAMbyBwDM8gcAHPMHACHzBwBy8wcAePMHAAz/EQDN8wcAHvQHACX0BwB09AcAgPQHAMr0BwDS9AcAuP8RADP1BwB29QcArPUHAMz1BwDO9QcAzvYHAAH2BwAi9gcAR/YHAHj2BwB/9gcAZAASALL2BwAOABIA3vYHACT3BwBe9wcAugASAIP3BwBAOg0AhPcHABZ/DwCX9wcA0PcHAJr3BwAosQ4A4fcHACb4BwAu+AcAfPgHAH/4BwDS+AcA3vgHACj5BwAu+QcAfvkHAJn5BwDU+QcA4PkHACr6BwAw+gcAgPoHAIj6BwDW+gcA8voHACz7BwA0+wcAEAESAJH7BwDY+wcA2fsHAC78BwA2/AcAhPwHAIX8BwDa/AcA4PwHADD9BwA1/QcAhv0HAKH9BwDc/QcA6v0HADL+BwA5/gcAiP4HAJT+BwDe/gcA5P4HADT/BwBQ/wcAiv8HAJL/BwBmARIA5v8HADYACAA8AAgAjAAIAJEACADiAAgA6AAIALwBEgA9AQgAjgEIAJUBCADkAQgA8AEIADoCCABCAggAaAISAKMCCADmAggAHAMIADwDCAA+AwgAPgQIAHEDCACSAwgAtwMIAOgDCADvAwgAFAMSACIECAC+AhIATgQIAJQECADOBAgAagMSAOwECABABQgAQQUIAJYFCACgBQgA7AUIAPoFCABCBggAXQYIAJgGCACkBggA7gYIAPYGCADAAxIAUAcIAJoHCACgBwgA8AcIAAsICABGCAgAUggIAJwICACiCAgA8ggIAPoICABICQgAVgkIAJ4JCAChCQgA9AkIAPwJCABKCggAUwoIAKAKCACtCggA9goIAPgKCABMCwgAZwsIAKILCACkCwgA+AsIAAYMCABODAgAXwwIAKQMCACmDAgA+gwIABMNCABQDQgAYQ0IAKYNCACyDQgA/A0IAAQOCAAWBBIAWA4IAKgOCACwDggA/g4IAAUPCABUDwgAWQ8IAKoPCAC2DwgAABAIAAMQCABWEAgAXhAIAKwQCAC5EAgAAhEIAAcRCABYEQgAYhEIAK4RCAC2EQgABBIIABASCABaEggAbRIIALASCAC+EggABhMIAAkTCABcEwgAZhMIAGwEEgC1EwgACBQIABAUCABeFAgAYRQIALQUCADAFAgAChUIABAVCABgFQgAexUIALYVCADCFQgADBYIABIWCABiFggAahYIALgWCADGFggADhcIABEXCABkFwgAbBcIALoXCADDFwgAEBgIAB0YCABmGAgAaBgIALwYCADXGAgAEhkIABQZCABoGQgAdhkIAL4ZCADPGQgAFBoIABYaCABqGggAgxoIAMAaCADRGggAFhsIACIbCABsGwgAdBsIAMIEEgDIGwgAGBwIACAcCABuHAgAdRwIAMQcCADJHAgAGh0IACYdCABwHQgAcx0IAMYdCADOHQgAHB4IACkeCAByHggAdx4IAMgeCADSHggAHh8IACYfCAB0HwgAgB8IAMofCADdHwgAICAIAC4gCAB2IAgAeSAIAMwgCADWIAgAGAUSACUhCAB4IQgAhCEIAM4hCADUIQgAJCIIAD8iCAB6IggAhiIIANAiCADWIggAJiMIAC4jCAB8IwgAiiMIANIjCADVIwgAKCQIADAkCAB+JAgAhyQIANQkCADhJAgAKiUIACwlCACAJQgAmyUIANYlCADYJQgALCYIADomCACCJggAkyYIANgmCADaJggALicIAEcnCACEJwgAlScIANonCADmJwgAMCgIADgoCABuBRIAjCgIANwoCADkKAgAMikIADkpCACIKQgAjSkIAN4pCADqKQgANCoIADcqCACKKggAkioIAOAqCADtKggANisIADsrCACMKwgAlisIAOIrCADqKwgAOCwIAEQsCACOLAgAoSwIAOQsCADyLAgAOi0IAD0tCACQLQgAmi0IAMQFEgDuLQgAGgYSAEouCACSLggAoy4IAOguCAD0LggAPi8IAEYvCABwBhIAmS8IAOovCAD0LwgAQDAIAEgwCACWMAgApjAIAOwwCADxMAgAQjEIAEsxCACYMQgApTEIAO4xCAD1MQgAxgYSAEYyCACaMggASTIIAAxDCQBNMggA1rYQAFAyCAAarA8AUjIIAISqCQCkMggACCQQAKsyCADwMggAATMIAEYzCABUMwgAnDMIALgzCADyMwgADjQIABwHEgBWNAgAnjQIAKs0CAD0NAgACzUIAEo1CABWNQgAoDUIAKY1CAD2NQgA/DUIAEw2CABRNggAojYIAKg2CAByBxIADjcIAE43CABdNwgApDcIAHo3CACuPAgApjcIAPo3CAAJOAgAUDgIAFs4CACmOAgAsjgIAPw4CAD/OAgAUjkIAAM5CABsRggAGDkIAApACABeOQgAqDkIAK45CAD+OQgAGToIAFQ6CABgOggAqjoIALA6CAAAOwgADDsIAFY7CABcOwgArDsIALI7CAACPAgABzwIAFg8CABePAgAyAcSALE8CAAEPQgAID0IAFo9CABiPQgAyggSALw9CAAGPggADD4IAFw+CAB3PggAsj4IAL4+CAAIPwgADj8IAF4/CABmPwgAtD8IANU/CAAgCRIAEkAIAHYJEgBlQAgAtkAIAMNACAAMQQgAGUEIAGJBCABuQQgAuEEIAMdBCAAOQggAGEIIAGRCCABsQggAukIIAMRCCAAQQwgAHkMIAGZDCAB8QwgAvEMIAMhDCAASRAgAF0QIAGhECABxRAgAvkQIAMhECAAURQgAHEUIAGpFCAB0RQgAwEUIAMVFCAAWRggAHkYIAMwJEgB4RggAwkYIANVGCAAYRwgAJ0cIAG5HCAB6RwgAxEcIAMVHCAAaSAgAJEgIAHBICAB+SAgAxkgIAMtICAAcSQgAKUkIACIKEgB9SQgAyEkIANRJCAAeSggAJEoIAHRKCACASggAykoIANJKCAAkCxIAI0sIAHZLCAB+SwgAzEsIANlLCAAiTAgAJ0wIAHhMCACATAgAzkwIANBMCAAkTQgAP00IAHpNCAB8TQgA0E0IAN5NCAAmTggAN04IAHxOCAB+TggA0k4IAOtOCAAoTwgAOU8IAH5PCACKTwgA1E8IANxPCAB6CxIAL1AIAIBQCACNUAgA1lAIAONQCAAsUQgAOFEIAIJRCACRUQgA2FEIAOJRCAAuUggAPFIIAIRSCACJUggA2lIIAOdSCAAwUwgAOFMIAIZTCACIUwgA3FMIAOZTCAAyVAgAOlQIANALEgCTVAgA3lQIAOxUCAA0VQgAN1UIAIpVCACSVQgA4FUIAPZVCAA2VggAO1YIAIxWCACiVggA4lYIAO5WCAA4VwgARVcIAI5XCACYVwgAJgwSAOZXCAA6WAgASFgIAJBYCAChWAgAfAwSAOxYCAA8WQgASFkIANIMEgCUWQgA6FkIAO5ZCAA+WggAXloIAJRaCACgWggA6loIAPFaCABAWwgASFsIAJZbCACdWwgA7FsIAPhbCABCXAgARFwIAJhcCACfXAgAKA0SAPFcCABEXQgATF0IAJpdCACqXQgA8F0IAPJdCABGXggAVF4IAJxeCACtXggAfg0SAPleCADUDRIAVV8IAJ5fCAClXwgA9F8IAPxfCABKYAgAWGAIAKBgCACjYAgA9mAIAP5gCABMYQgAU2EIAKJhCACwYQgA+GEIAPthCABOYggAUGIIAKRiCAC9YggA+mIIAAtjCABQYwgAXGMIAKZjCACtYwgA/GMIAARkCABSZAgAW2QIAKhkCAC1ZAgA/mQIAAhlCABUZQgAYmUIAKplCAC7ZQgAAGYIAAhmCABWZggAYGYIAKxmCAC6ZggAAmcIABhnCABYZwgAZGcIAK5nCAC1ZwgABGgIAAxoCABaaAgAYGgIALBoCAC8aAgABmkIABBpCABcaQgAYmkIALJpCADGaQgAgA4SABZqCABeaggAd2oIALRqCADKaggACmsIABlrCABgawgAemsIALZrCAC5awgAwHAIAMFrCADKdQgAxWsIAAxsCAARbAgAYmwIAG9sCAC4bAgAxWwIAA5tCAAabQgAZG0IAHNtCAC6bQgAxG0IABBuCAAebggAZm4IAGtuCAC8bggAyW4IABJvCAAebwgAaG8IAG5vCAC+bwgAxG8IABRwCAAZcAgAanAIAHBwCADWDhIAzHAIABZxCAAccQgAbHEIAIdxCADCcQgAznEIABhyCAAecggAbnIIAHVyCADEcggAyXIIAHJ0CADQcggAGnMIABxzCABwcwgAd3MIAMZzCADicwgAHHQIACR0CADYDxIAdnQIAMh0CADVdAgAHnUIADp1CAB0dQgAfHUIAC4QEgDPdQgAIHYIACN2CAB2dggAgHYIAMx2CADddggAIncIACd3CAB4dwgAfXcIAM53CADudwgAJHgIAC14CAB6eAgAe3gIANB4CADceAgAJnkIACx5CAB8eQgAgnkIANJ5CADXeQgAKHoIAC56CACEEBIAf3oIANR6CADgeggAKnsIADd7CACAewgAiHsIANZ7CADfewgALHwIADl8CACCfAgAkHwIANh8CADrfAgALn0IADZ9CACEfQgAh30IANp9CADffQgAMH4IAD9+CACGfggApn4IANx+CADofggAMn8IADx/CACGERIAkn8IAN5/CADgfwgANIAIAD6ACACKgAgAk4AIAOCACADjgAgANoEIAD6BCACMgQgAw4EIANwREgDugQgAOIIIAEeCCACOgggAroIIAOSCCADwgggAOoMIAEGDCACQgwgAlYMIAOaDCADngwgAPIQIAEiECACShAgAmIQIAOiECADqhAgAPoUIAEiFCACUhQgAooUIAOqFCADvhQgAQIYIAE2GCACWhggAoIYIAOyGCAD6hggAQocIAFiHCACYhwgApIcIAO6HCADzhwgARIgIAE2ICACaiAgApIgIAPCICAD8iAgARokIAFmJCACciQgAq4kIAPKJCAD+iQgASIoIAEmKCACeiggAqIoIAPSKCAACiwgASosIAE+LCACgiwgArYsIADISEgAEjAgATIwIAGKMCACijAgArowIAPiMCAD/jAgATo0IAFaNCACkjQgAqY0IAPqNCAADjggAUI4IAFqOCACmjggAro4IAPyOCAAAjwgAUo8IAFSPCACojwgAto8IAP6PCAAIkAgAVJAIAGKQCACqkAgAt5AIAACRCAAXkQgAVpEIAF6RCACskQgAvJEIAAKSCAAHkggAWJIIAF6SCACukggAtpIIAASTCAAJkwgAWpMIAFuTCACwkwgAvJMIAAaUCAAMlAgAXJQIAF6UCACylAgAvJQIAAiVCAAWlQgAXpUIAGOVCAC0lQgAwZUIADQTEgAMlggAYJYIAGqWCAC2lggAxJYIAAyXCAARlwgAYpcIAG+XCAC4lwgAupcIAA5xCgDClwgADpgIAByYCABkmAgAepgIALqYCADGmAgAEJkIABWZCABmmQgAb5kIALyZCADGmQgAEpoIAB6aCABomggAe5oIAL6aCADNmggAFJsIACCbCABqmwgAa5sIAMCbCADKmwgAFpwIACScCABsnAgAcZwIAMKcCADPnAgAihMSACGdCABunQgAeJ0IAMSdCADGnQgAGp4IACSeCABwnggAfJ4IAMaeCADOnggAjBQSAB2fCABynwgAfp8IAMifCADOnwgAHqAIACCgCAB0oAgAfqAIAMqgCADYoAgAIKEIACWhCAB2oQgAg6EIAMyhCADUoQgAIqIIACyiCAB4oggAhqIIAM6iCADkoggAJKMIADCjCAB6owgAgaMIANCjCADYowgAJqQIACukCAB8pAgAhaQIANKkCADcpAgAKKUIAD2lCAB+pQgAh6UIANSlCADhpQgAKqYIACymCACApggAmaYIANamCADnpggALKcIADinCACCpwgAiqcIAOIUEgDdpwgALqgIADaoCACEqAgAmqgIANqoCADfqAgAMKkIADepCACGqQgAlKkIANypCADsqQgAMqoIAEaqCACIqggAkKoIAN6qCADtqggANKsIADmrCACKqwgAk6sIAOCrCADtqwgANqwIAECsCACMrAgAmKwIAOKsCADorAgAOBUSAEatCACOrQgApK0IAOStCADwrQgAOq4IAD+uCACQrggAma4IAOauCADwrggAPK8IAESvCACSrwgAlq8IAOivCADqrwgAPrAIAEywCACUsAgAnrAIAOqwCAD4sAgAQLEIAE2xCACWsQgArbEIAOyxCAD0sQgAQrIIAFKyCACYsggAnbIIAO6yCAD0sggARLMIAEyzCACaswgAtbMIAPCzCADyswgARrQIAFe0CACctAgApbQIAPK0CAD+tAgAjhUSAE21CACetQgAobUIAPS1CAD+tQgASrYIAEy2CACgtggAu7YIAPa2CAD4tggATLcIAFq3CACitwgAs7cIAPi3CAD6twgATrgIAGe4CACkuAgAtbgIAPq4CAAGuQgA5BUSAG25CACmuQgAt7kIAPy5CAAYuggAUroIAFq6CAA6FhIArboIAP66CAAGuwgAVLsIAF+7CACquwgAr7sIAAC8CAADvAgAVrwIAGC8CACsvAgAr7wIAAK9CAAKvQgAWL0IAFq9CACuvQgAyb0IAAS+CAAGvggAWr4IAGi+CACwvggAwb4IAAa/CAAIvwgAXL8IAHW/CACyvwgAw78IAAjACAAUwAgAXsAIAGbACACQFhIAwcAIAArBCAASwQgAYMEIAGrBCAC2wQgAwcEIAAzCCAAYwggAYsIIAGrCCADmFhIAvcIIAA7DCAATwwgAZMMIAHXDCAA8FxIAx8MIABDECAASxAgAZsQIAH/ECAC8xAgAzcQIABLFCAAexQgAaMUIAHDFCACSFxIAw8UIABTGCAAcxggAasYIAHnGCADAxggAxsYIABbHCAAixwgAbMcIAG7HCADCxwgAzMcIABjICAAkyAgAbsgIAHbICADoFxIA0MgIABrJCAAdyQgAcMkIAHPJCADGyQgA1MkIABzKCAAhyggAcsoIAH/KCAA+GBIA2coIAB7LCAAmywgAdMsIACvLCADc1AgAf8sIAMrLCADPywgAIMwIACPMCAB2zAgAgMwIAMzMCADvzAgAIs0IACXNCAB4zQgAnM0IAM7NCADWzQgAlBgSACrOCAB6zggAiM4IANDOCADczggAJs8IAC3PCAB8zwgAhM8IANLPCADizwgAKNAIAC3QCAB+0AgAhNAIANTQCADc0AgAKtEIAEfRCACA0QgAidEIANbRCADi0QgALNIIADLSCACC0ggAltIIANjSCADg0ggALtMIAD7TCACE0wgAhtMIANrTCADo0wgAMNQIAEHUCADqGBIAjdQIAEAZEgDh1AgAMtUIADnVCACI1QgAlNUIAN7VCADh1QgANNYIAETWCACK1ggAjNYIAODWCADu1ggANtcIAEfXCACWGRIAk9cIAOwZEgD11wgAONgIAEfYCACO2AgAmtgIAOTYCADl2AgAOtkIAETZCACQ2QgAntkIAObZCADr2QgAPNoIAEnaCABCGhIAl9oIAOjaCADx2ggAPtsIAE/bCACU2wgAm9sIAOrbCADy2wgAQNwIAE3cCACW3AgAm9wIAOzcCAD23AgAQt0IAErdCACY3QgAnt0IAO7dCAD63QgARN4IAEbeCACa3ggAqd4IAPDeCAD73ggARt8IAE7fCACc3wgAnt8IAPLfCAD/3wgASOAIAFzgCACe4AgApuAIAPTgCAAD4QgASuEIAE/hCACg4QgAreEIAPbhCAAA4ggATOIIAE7iCACi4ggAseIIAPjiCAAC4wgATuMIAFbjCACk4wgApeMIAPrjCAD/4wgAUOQIAF7kCACm5AgAs+QIAPzkCAAG5QgARBsSAFXlCACo5QgAtOUIABz1CADE5QgA/uUIAAbmCACaGxIAWeYIAKrmCACy5ggAAOcIAAPnCABW5wgAYucIAKznCACy5wgAAugIAB3oCABY6AgAZOgIAK7oCAC06AgABOkIAAfpCABa6QgAYukIALDpCACy6QgABuoIACHqCABc6ggAXuoIALLqCADA6ggACOsIABnrCABe6wgAYOsIALTrCADN6wgACuwIABvsCABg7AgAbOwIALbsCAC+7AgA8BsSABHtCABi7QgAaO0IALjtCADA7QgADu4IAB3uCABk7ggAae4IALruCADH7ggAEO8IAB3vCABm7wgAcu8IALzvCADL7wgAEvAIABzwCABo8AgAdvAIAL7wCADD8AgAFPEIACHxCABGHBIAdvEIAMDxCADG8QgAFvIIADHyCABs8ggAePIIAMLyCADI8ggAGPMIABvzCABu8wgAevMIAMTzCADK8wgAGvQIACD0CABw9AgAdfQIAMb0CADM9AgAnBwSACL1CABy9QgAePUIAMj1CADN9QgAHvYIACT2CADyHBIAefYIAMr2CADX9ggAIPcIAC33CAB29wgAgvcIAMz3CADb9wgAIvgIACz4CAB4+AgAhvgIAM74CADT+AgAJPkIADH5CAB6+QgAkvkIAND5CADW+QgAJvoIADL6CAB8+ggAjPoIANL6CADb+ggAKPsIACv7CAB++wgAivsIANT7CADb+wgA9B0SACz8CACA/AgAivwIANb8CADZ/AgALP0IADT9CACC/QgAhf0IANj9CADk/QgALv4IADT+CACE/ggAn/4IANr+CADm/ggAMP8IADb/CABKHhIApv8IANz/CADn/wgAMgAJADcACQCIAAkAkQAJAN4ACQDhAAkANAEJAEABCQCKAQkAlgEJAEoMCQCiAQkA4AEJAOcBCQA2AgkAPAIJAIwCCQCaAgkA4gIJAP0CCQA4AwkARAMJAI4DCQCUAwkA5AMJAP4DCQA6BAkARgQJAJAECQCWBAkA5gQJAOwECQA8BQkAQQUJAJIFCQCYBQkAoB4SAPUFCQA+BgkASgYJAJQGCQCeBgkA6gYJAO4GCQBABwkARQcJAJYHCQCcBwkA7AcJAAwICQBCCAkATggJAJgICQCeCAkA7ggJAPQICQBECQkASQkJAJoJCQCgCQkATB8SAPUJCQBGCgkATQoJAJwKCQCoCgkA8goJAA4LCQBICwkAUAsJAE4gEgDHCwkA9AsJABoMCQCkIBIAXQwJAKAMCQCvDAkA9gwJAAINCQBMDQkATQ0JAKINCQCsDQkA+A0JAAYOCQBODgkAUw4JAKQOCQCxDgkA+iASAAIPCQD8IRIAVQ8JAKYPCQCzDwkA/A8JAAkQCQBSEAkAXhAJAKgQCQC3EAkA/hAJAAgRCQBUEQkAYhEJAKoRCQCvEQkAABIJAA0SCQBWEgkAXhIJAFIiEgC4EgkAAhMJABITCQBYEwkAYRMJAK4TCQCxEwkABBQJABAUCQBaFAkAYRQJAKgiEgC7FAkABhUJABIVCQBcFQkAZBUJAP4iEgC/FQkACBYJAA8WCQBeFgkAXxYJALQWCQC5FgkAChcJABgXCQBgFwkAbRcJALYXCQDAFwkADBgJABQYCQBiGAkAaxgJALgYCQC+GAkADhkJAB8ZCQBkGQkAgBkJALoZCQDCGQkAVCMSABsaCQBmGgkAcBoJALwaCQDGGgkAEhsJABMbCQCqIxIAbRsJAL4bCQDLGwkAFBwJACEcCQBqHAkAdhwJAMAcCQDPHAkAFh0JACAdCQBsHQkAdB0JAMIdCQDMHQkAGB4JAB0eCQBuHgkAdh4JAAAkEgDPHgkAGh8JACYfCQBwHwkAeB8JAFYkEgDLHwkAHCAJACsgCQByIAkAkiAJAMggCQDUIAkAHiEJACQhCQB0IQkAfCEJAMohCQDRIQkAICIJACIiCQB2IgkAgiIJAMwiCQDiIgkAIiMJACcjCQB4IwkAhSMJAKwkEgDTIwkAJCQJADMkCQB6JAkAmiQJANAkCQDcJAkAJiUJACwlCQB8JQkAhCUJANIlCQDZJQkAKCYJAComCQB+JgkAiiYJANQmCQDqJgkAKicJAC8nCQCAJwkAjScJANYnCQDeJwkALCgJADIoCQCCKAkAiygJANgoCQDlKAkALikJADspCQCEKQkAkikJANopCQDnKQkAMCoJAEcqCQCGKgkAtioJAAIlEgDiKgkAMisJAOkqCQCawQ8ASCsJAIgrCQCWKwkA3isJAOErCQA0LAkANywJAIosCQCYLAkA4CwJAOUsCQA2LQkAQy0JAIwtCQCULQkA4i0JAOktCQA4LgkARC4JAI4uCQCbLgkA5C4JAPIuCQA6LwkARi8JAJAvCQCXLwkA5i8JAO4vCQA8MAkAQDAJAJIwCQCdMAkA6DAJAPYwCQA+MQkATzEJAJQxCQCgMQkA6jEJAPIxCQBYJRIARjIJAJYyCQCqMgkA7DIJAPoyCQBCMwkATzMJAJgzCQCvMwkA7jMJAPYzCQBENAkATjQJAJo0CQCfNAkA8DQJAPg0CQBGNQkAVTUJAJw1CQChNQkA8jUJAP81CQBINgkAVTYJAJ42CQCqNgkA9DYJAAM3CQBKNwkAVDcJAKA3CQCoNwkA9jcJAAA4CQBMOAkAUTgJAKI4CQCqOAkAriUSAAM5CQBOOQkAWjkJAKQ5CQCsOQkABCYSAP85CQBQOgkAXzoJAKY6CQDGOgkA/DoJAAg7CQBSOwkAWDsJAKg7CQCwOwkA/jsJAAU8CQBUPAkAVjwJAKo8CQC2PAkAAD0JABY9CQBWPQkAWz0JAKw9CQC5PQkAWiYSAAs+CQBYPgkAXj4JAK4+CQC8PgkABD8JABE/CQBaPwkAcT8JALA/CQC4PwkABkAJABVACQBcQAkAYUAJALJACQC/QAkACEEJABVBCQBeQQkAakEJALRBCQDDQQkACkIJABRCCQBgQgkAfEIJALZCCQC+QgkAsCYSABlDCQAeVg4AG0MJAGJDCQBsQwkAFNIOAIJDCQC4QwkAxEMJAA5ECQAURAkAZEQJAGxECQCUhwkAcEQJALpECQB+RAkAaHEJAM1ECQAQRQkAH0UJAGZFCQByRQkAvEUJAL1FCQASRgkAHEYJAGhGCQB2RgkAvkYJAMNGCQAURwkAIUcJAAYnEgBwRwkAwEcJAMZHCQAWSAkAG0gJAGxICQBySAkACCgSAM1ICQAYSQkAJkkJAG5JCQB/SQkAxEkJANBJCQAaSgkAIkoJALQoEgB8SgkAxkoJANBKCQAcSwkAK0sJAHJLCQB9SwkAyEsJANZLCQAeTAkAK0wJAHRMCQCLTAkAykwJANJMCQAgTQkAI00JAHZNCQCCTQkAzE0JANJNCQAiTgkAPU4JAHhOCQCETgkAzk4JANROCQAkTwkALE8JAHpPCQB8TwkA0E8JANFPCQAmUAkANFAJAHxQCQCEUAkA0lAJAO1QCQAoUQkANFEJAH5RCQCEUQkA1FEJANdRCQAqUgkAOFIJAIBSCQCFUgkA1lIJAONSCQAsUwkASFMJAIJTCQCKUwkACikSAOVTCQAOzw4A6VMJAC5UCQDrUwkAbCkPADpUCQCEVAkAkVQJANpUCQDfVAkAMFUJADpVCQCGVQkAllUJANxVCQDhVQkAMlYJADtWCQCIVgkAlVYJAN5WCQDlVgkANFcJAEBXCQCKVwkAkFcJAOBXCQDmVwkANlgJADtYCQCMWAkAklgJAGApEgDuWAkAOFkJAD5ZCQCOWQkAlFkJAORZCQDxWQkAOloJAD9aCQCQWgkAmFoJAOZaCQAcWwkAPFsJAGdbCQCSWwkAmlsJAOhbCQD1WwkAPlwJAENcCQCUXAkAnFwJAOpcCQDtXAkAQF0JAEldCQCWXQkApV0JAOxdCQD3XQkAQl4JAEpeCQCYXgkAqF4JAO5eCQD8XgkARF8JAFVfCQCaXwkApl8JAPBfCQD4XwkAYioSAExgCQCcYAkApGAJAPJgCQD5YAkASGEJAFZhCQCeYQkApGEJAPRhCQAAYgkASmIJAFliCQCgYgkAqmIJAPZiCQD7YgkATGMJAFJjCQCiYwkAtmMJALgqEgACZAkASuMJAAVkCQBOZAkAB2QJACinCQBTZAkApGQJALBkCQD6ZAkAB2UJAFBlCQBaZQkADisSAMFlCQD8ZQkA/mUJAFJmCQBYZgkAqGYJAOBmCQD+ZgkABGcJAFRnCQBdZwkAqmcJALdnCQAAaAkAOGgJAFZoCQBdaAkArGgJALFoCQACaQkAEWkJAFhpCQB4aQkArmkJALppCQAEagkACmoJAFpqCQB0agkAsGoJALNqCQAGawkAC2sJAFxrCQBrawkAsmsJANJrCQC6KxIAKGwJAF5sCQBqbAkAtGwJAL5sCQAKbQkAFm0JAHIiCgAXbQkAYG0JAGVtCQC2bQkAwG0JAAxuCQAcbgkAYm4JAGduCQC4bgkAwW4JAA5vCQAbbwkAZG8JAGtvCQC6bwkAxm8JABBwCQAWcAkAZnAJAGxwCQC8cAkAwXAJABJxCQAYcQkAECwSAGtxCQC+cQkAw3EJABRyCQAjcgkAanIJAIpyCQC8LBIAznIJABZzCQAjcwkAbHMJAHNzCQDCcwkAynMJABh0CQAadAkAbnQJAB90CQDIfAwAL3QJAPQ8DAB0dAkA6mIMAHZ0CQDEdAkAyHQJANR8CQDadAkAIP0LAN90CQAadQkAHHUJAHB1CQCBdQkAxnUJANR1CQAcdgkAI3YJAHJ2CQB6dgkAyHYJAM92CQAedwkAI3cJAHR3CQCDdwkAyncJAOp3CQAgeAkALHgJAHZ4CQB8eAkAzHgJANR4CQAieQkALnkJAHh5CQCFeQkAznkJAOl5CQAkegkAMnoJAHp6CQCAegkA0HoJANV6CQAmewkAM3sJAHx7CQCSewkA0nsJAN57CQAofAkANXwJAH58CQCIfAkAEi0SANl8CQAqfQkAMH0JAIB9CQCgfQkA1n0JAOR9CQAsfgkAOX4JAIJ+CQCZfgkA2H4JAOB+CQAufwkAPX8JAIR/CQCJfwkA2n8JAOd/CQAwgAkAOoAJAIaACQCIgAkA3IAJAOqACQAygQkAP4EJAIiBCQCUgQkA3oEJAOSBCQA0ggkAPIIJAIqCCQCQggkA4IIJAOmCCQA2gwkAQ4MJAIyDCQCWgwkA4oMJAPCDCQA4hAkAToQJAI6ECQCahAkA5IQJAOyECQBoLRIARIUJAJCFCQCWhQkA5oUJAOiFCQA8hgkARoYJAJKGCQCehgkA6IYJAP+GCQA+hwkAUocJAL4tEgCihwkA6ocJAO2HCQBAiAkASIgJAJaICQCiiAkA7IgJAPqICQBCiQkATIkJAJiJCQCjiQkA7okJAPqJCQBEigkASooJAJqKCQCiigkA8IoJAP2KCQBGiwkAS4sJAJyLCQCmiwkA8osJAPqLCQBIjAkATowJAJ6MCQCnjAkA9IwJAAGNCQBKjQkAV40JAKCNCQCujQkA9o0JAAOOCQBMjgkAY44JAKKOCQCqjgkA+I4JAP2OCQBOjwkAVI8JAKSPCQCsjwkA+o8JABCQCQBQkAkAXpAJAKaQCQCpkAkA/JAJAAuRCQBSkQkAV5EJAKiRCQC1kQkA/pEJAA6SCQBUkgkAYpIJAKqSCQDBkgkAAJMJAAmTCQBWkwkAXJMJAKyTCQC4kwkAApQJAAmUCQAULhIAZJQJAK6UCQCwlAkABJUJAA6VCQBalQkAZpUJALCVCQC4lQkAai4SAAuWCQBclgkAa5YJALKWCQDSlgkACJcJABSXCQBelwkAZJcJALSXCQC8lwkACpgJAAuYCQBgmAkAZpgJALaYCQC7mAkADJkJACeZCQBimQkAcJkJALiZCQC/mQkADpoJABqaCQBkmgkAapoJAMAuEgC/mgkAEJsJABqbCQBmmwkAd5sJALybCQDImwkAEpwJABWcCQBonAkAa5wJAL6cCQDGnAkAFJ0JABudCQBqnQkAb50JAMCdCQDPnQkAFp4JADaeCQBsngkAeJ4JAMKeCQDIngkAGJ8JACCfCQBunwkAe58JAMSfCQDJnwkAGqAJACSgCQBwoAkAeKAJAMagCQDWoAkAHKEJACGhCQByoQkAe6EJAMihCQDVoQkAHqIJACWiCQAWLxIAeaIJAMqiCQDZogkAIKMJAECjCQB2owkAgqMJAMyjCQDSowkAIqQJACqkCQB4pAkAhKQJAM6kCQDbpAkAJKUJACulCQB6pQkAe6UJANClCQDVpQkAJqYJADSmCQB8pgkAiaYJANKmCQDcpgkAbC8SAC2nCQB+pwkAi6cJANSnCQDhpwkAKqgJADCoCQCAqAkAjKgJANaoCQDmqAkALKkJADWpCQCCqQkAhakJANipCQDkqQkALqoJADWqCQDCLxIAhqoJANqqCQCLqgkAYHUNAJSqCQAEyA0A66oJADCrCQA4qwkAhqsJAJCrCQDcqwkA66sJADKsCQAzrAkAiKwJAJCsCQBuMBIA5qwJAMQwEgBSrQkAiq0JAFetCQCMPxIAXq0JAHbOCQCSrQkA4K0JAO+tCQA2rgkAO64JAIyuCQCZrgkA4q4JAO+uCQA4rwkARK8JAI6vCQCdrwkA5K8JAO6vCQA6sAkAXbAJAJCwCQDGsAkA5rAJAAqxCQA8sQkARLEJABwyEgCXsQkA6LEJAO6xCQA+sgkARrIJAHIyEgCisgkA6rIJAAWzCQBAswkATLMJAJazCQCnswkA7LMJAAC0CQBCtAkASrQJAJi0CQCetAkA7rQJAPq0CQBEtQkAVLUJAJq1CQCjtQkA8LUJAPO1CQBGtgkAUrYJAJy2CQCjtgkAyDISAAC3CQBItwkAUrcJAB4zEgCjtwkA9LcJAAG4CQBKuAkAV7gJAKC4CQCsuAkA9rgJAAW5CQBMuQkAVrkJAKK5CQCwuQkA+LkJAP25CQBOugkAW7oJAKS6CQCsugkAdDMSAAa7CQBQuwkAYLsJAKa7CQCvuwkA/LsJAP+7CQBSvAkAXrwJAKi8CQCvvAkAyjMSAA29CQBUvQkAWb0JAKq9CQC3vQkAAL4JAA2+CQBWvgkAXL4JAKy+CQC4vgkAAr8JABK/CQBYvwkAYb8JAK6/CQCxvwkABMAJABDACQBawAkAYcAJACA0EgC1wAkABsEJABPBCQBcwQkAesEJALLBCQC+wQkACMIJABvCCQBewgkAbMIJALTCCQC3wgkACsMJABTDCQBgwwkAbsMJALbDCQDDwwkADMQJACPECQBixAkAasQJALjECQC/xAkADsUJABPFCQBkxQkAesUJALrFCQC8xQkAEMYJAB7GCQBmxgkAc8YJAHY0EgDExgkAzDQSABfHCQBoxwkAdccJAL7HCQDLxwkAFMgJACDICQBqyAkAecgJAMDICQDKyAkAFskJACTJCQBsyQkAcckJAMLJCQDPyQkAGMoJACDKCQAiNRIAesoJAMTKCQDUygkAGssJACPLCQBwywkAc8sJAMbLCQDSywkAHMwJACPMCQB4NRIAfswJAMjMCQDYzAkAHs0JAN7MCQDMrQ4AJ80JAHTNCQB3zQkAys0JANbNCQAgzgkAJ84JAM41EgB/zgkA0tEJAIDOCQDMzgkA284JACLPCQDdzgkAetAJACPPCQB4zwkAlM8JAM7PCQAG0AkAJNAJAFzQCQAkNhIAfdAJANDQCQDs0AkAJtEJAF7RCQB80QkAtNEJAHo2EgDf0QkAKNIJADbSCQB+0gkAkdIJANTSCQDw0gkAKtMJAGLTCQCA0wkAuNMJANA2EgDn0wkALNQJADjUCQCC1AkAitQJACY3EgDd1AkALtUJADbVCQCE1QkAk9UJANrVCQDf1QkAMNYJAD3WCQCG1gkAk9YJANzWCQDo1gkAMtcJAEHXCQCI1wkAktcJAN7XCQDm1wkANNgJAD7YCQCK2AkAj9gJAODYCQDo2AkAfDcSAEXZCQCM2QkAR9kJAOTaCQCN2QkA4tkJAP7ZCQA42gkAcNoJAI7aCQDG2gkA0jcSAOfaCQA62wkAVtsJAJDbCQDI2wkA5tsJAB7cCQAoOBIAP9wJAJLcCQCj3AkA6NwJAATdCQA+3QkAdt0JAJTdCQDM3QkAfjgSAPfdCQBA3gkATN4JAJbeCQCl3gkA7N4JAPbeCQBC3wkASt8JAIJVCgBQ3wkAmN8JAJ3fCQDu3wkA+98JAETgCQBM4AkAmuAJAKDgCQDw4AkAquAJAGZHCgD84AkARuEJAFbhCQCc4QkApeEJAPLhCQD14QkASOIJAFTiCQCe4gkApeIJANQ4EgAX4wkAKjkSAFjjCQCg4wkAtuMJAPbjCQAC5AkATOQJAFPkCQCi5AkAp+QJAPjkCQAB5QkATuUJAFjlCQCAORIAqeUJAO47DQCu5QkA+uUJALDlCQDK0wwABOYJAFDmCQBR5gkApuYJALXmCQD85gkAAecJAFLnCQBf5wkAqOcJALXnCQD+5wkACugJAFToCQBj6AkAqugJALToCQAA6QkADukJAFbpCQBb6QkArOkJALnpCQAC6gkAA+oJAFjqCQBd6gkAruoJALPqCQAE6wkAFesJAFrrCQB96wkAsOsJALvrCQAG7AkAC+wJAFzsCQBf7AkAsuwJALzsCQAI7QkAMO0JAF7tCQB97QkALDoSAMDtCQAK7gkADO4JAGDuCQBv7gkAtu4JAMHuCQAM7wkAFO8JAGLvCQBp7wkAuO8JALrvCQAO8AkAGPAJAGTwCQBm8AkAuvAJANPwCQAQ8QkAEvEJAGbxCQBp8QkAvPEJAMjxCQAS8gkAGvIJAII6EgB08gkAvvIJAMTyCQAU8wkAL/MJAGrzCQB28wkAwPMJAMbzCQAW9AkAHvQJAGz0CQBu9AkAwvQJAMz0CQAY9QkAIPUJANg6EgB/9QkAxPUJAMv1CQAa9gkAIvYJAHD2CQB99gkAxvYJAMv2CQAc9wkAJvcJAHL3CQB69wkAyPcJANf3CQAe+AkAI/gJAHT4CQCB+AkAyvgJANf4CQAg+QkALPkJAHb5CQCF+QkAzPkJANb5CQAi+gkAKvoJAHj6CQCC+gkAzvoJANP6CQAk+wkALPsJAC47EgCG+wkA0PsJAOD7CQAm/AkAL/wJAHz8CQB//AkA0vwJAN78CQAo/QkAL/0JAIQ7EgCE/QkA1P0JANr9CQAq/gkAL/4JAID+CQCG/gkA2jsSANz+CQAs/wkAMv8JAIL/CQCH/wkAQmoPAI//CQDY/wkA3f8JAC4ACgA2AAoAhAAKAK0ACgDaAAoAuAAKAD4ICgADAQoAMAEKAFkBCgCGAQoAsQEKANwBCgDkAQoAMgIKAEECCgCIAgoAjQIKAN4CCgDrAgoANAMKAEEDCgCKAwoAlgMKAOADCgDvAwoANgQKAEAECgCMBAoAmgQKAOIECgDnBAoAOAUKAEUFCgCOBQoAlgUKAOQFCgDqBQoAOgYKAEYGCgCQBgoAoAYKAOYGCgDvBgoAPAcKAD8HCgCSBwoAngcKAOgHCgDvBwoAMDwSAGcICgCUCAoAvwgKAOoICgDyCAoAQAkKAE8JCgCWCQoAmwkKAOwJCgD5CQoAQgoKAE8KCgCYCgoApAoKAO4KCgD9CgoARAsKAE4LCgCaCwoAqAsKAPALCgD1CwoARgwKAFMMCgCcDAoApAwKAPIMCgD4DAoASA0KAFQNCgCeDQoArg0KAPQNCgD9DQoASg4KAE0OCgCgDgoArA4KAPYOCgD9DgoAhjwSAE4PCgAMeg8AWg8KAKIPCgCvDwoA+A8KAAQQCgBOEAoAVBAKAKQQCgCqEAoA+hAKAP8QCgBQEQoAVhEKANw8EgDMEQoA/BEKACISCgBSEgoAhhIKAKgSCgDREgoA/hIKACkTCgCIPRIAYBMKAKoTCgBiEwoAAkILALQTCgAAFAoAGhQKAFYUCgBZFAoAll8KAGUUCgCsFAoAsRQKAAIVCgAPFQoAWBUKAGUVCgCuFQoAuhUKAAQWCgATFgoAWhYKAGQWCgCwFgoAvBYKAAYXCgAZFwoAXBcKAGsXCgCyFwoAvhcKAAgYCgAJGAoAXhgKAGgYCgC0GAoAwhgKAAoZCgAPGQoAYBkKAG0ZCgDePRIAuxkKAAwaCgAZGgoAYhoKAG8aCgC4GgoAxBoKAA4bCgAdGwoAZBsKAG4bCgC6GwoAyBsKABAcCgAVHAoAZhwKAHMcCgC8HAoAxBwKAOA+EgAeHQoAaB0KAHgdCgC+HQoAxx0KABQeCgAXHgoAah4KAHYeCgDAHgoAxx4KADY/EgAZHwoAbB8KAHQfCgDCHwoAzh8KABggCgAeIAoAbiAKAHQgCgDEIAoAySAKABohCgAgIQoA4j8SAJkhCgDGIQoA7yEKABwiCgBAIgoAjkASAHgiCgDcWQsAhSIKAMgiCgDXIgoAHiMKACojCgB0IwoAdSMKAMojCgDUIwoAICQKAC4kCgB2JAoAeyQKAMwkCgDZJAoA5EASAEUlCgA6QRIAoSUKAM4lCgD3JQoAJCYKAEgmCgCQQRIAiCYKANAmCgDVJgoAJicKADMnCgB8JwoAhCcKANInCgDYJwoAKCgKADQoCgB+KAoAjigKANQoCgDdKAoAKikKAC0pCgCAKQoAuykKANYpCgDiKQoA5kESADIqCgCCKgoAmyoKANgqCgDmKgoALisKADsrCgCEKwoAiysKANorCgDjKwoAMCwKAD0sCgCGLAoAnSwKANwsCgDfLAoAMi0KADQtCgCILQoAkS0KAN4tCgDuLQoANC4KAE0uCgCKLgoAjC4KAOAuCgDpLgoANi8KAD4vCgCMLwoAji8KAOIvCgD7LwoAODAKAE8wCgCOMAoAmjAKAOQwCgD1MAoAOjEKAEYxCgCQMQoAmzEKAOYxCgDzMQoAPDIKAEYyCgA8QhIApTIKAOgyCgD2MgoAPjMKACUzCgCkOwoAejMKAJQzCgChMwoA6jMKAPIzCgBANAoARjQKAJY0CgCiNAoA7DQKAPc0CgBCNQoASzUKAJg1CgCbNQoA7jUKAPA1CgBENgoASzYKAJo2CgCcNgoAkkISAPM2CgBGNwoAVDcKAJw3CgChNwoA8jcKAP83CgBIOAoAVDgKAJ44CgCmOAoA6EISAAI5CgBKOQoAWjkKAKA5CgCuOQoA9jkKAP85CgBMOgoAVjoKAKI6CgCkOgoA+DoKAAI7CgBOOwoAUDsKAD5DEgCpOwoA+jsKAAI8CgBQPAoAVjwKAKY8CgCyPAoA/DwKAAs9CgBSPQoAWz0KAKg9CgCrPQoA/j0KAAA+CgBUPgoAWz4KAKo+CgCsPgoAlEMSAAU/CgBWPwoAcj8KAKw/CgDIPwoA6kMSAA9ACgAYeAsAEUAKAFhACgBdQAoArkAKALtACgAEQQoAEUEKAFpBCgBgQQoAsEEKALxBCgAGQgoAFkIKAFxCCgBlQgoAskIKALVCCgAIQwoAFEMKAF5DCgBlQwoAQEQSAMNDCgAKRAoAD0QKAGBECgBtRAoAtkQKAMNECgAMRQoAEkUKAGJFCgBuRQoAuEUKAMhFCgAORgoAF0YKAGRGCgBnRgoAukYKAMZGCgAQRwoAF0cKAJZEEgBoRwoAvEcKAMpHCgASSAoAI0gKAOxEEgBvSAoAQkUSAMZICgCYRRIAGUkKAGpJCgB3SQoAwEkKAM1JCgAWSgoAIkoKAGxKCgB7SgoAwkoKAMxKCgAYSwoAJksKAG5LCgBzSwoAxEsKANFLCgAaTAoAIkwKAO5FEgB8TAoAxkwKANZMCgAcTQoAJU0KAHJNCgB1TQoAyE0KANRNCgAeTgoAJU4KAERGEgB2TgoAyk4KANhOCgAgTwoAMU8KAJpGEgB9TwoA8EYSANRPCgBGRxIAJ1AKAHhQCgCFUAoAzlAKANtQCgAkUQoAMFEKAHpRCgCJUQoA0FEKANpRCgAmUgoANFIKAHxSCgCBUgoA0lIKAN9SCgAoUwoAMFMKAJxHEgCKUwoA1FMKAORTCgAqVAoAM1QKAIBUCgCDVAoA1lQKAOJUCgAsVQoAM1UKAPJHEgCMVQoA2FUKAOZVCgAuVgoARFYKAIRWCgCQVgoA2lYKAOFWCgAwVwoAOFcKAIZXCgCLVwoA3FcKAOVXCgAyWAoAPFgKAEhIEgCeWAoA3lgKAOpYCgA0WQoAO1kKAIpZCgCSWQoA4FkKAOVZCgA2WgoAP1oKAIxaCgCWWgoAnkgSAOdaCgD4QA0A7loKAH6pCgDxWgoAOFsKAAxbCgBgKxMAPVsKAI5bCgCbWwoA5FsKAPFbCgA6XAoARlwKAJBcCgCfXAoA5lwKAPBcCgA8XQoASl0KAJJdCgCfXQoA6F0KAP9dCgA+XgoARl4KAJReCgCeXgoA6l4KAO9eCgBAXwoASF8KAPRIEgCbXwoA7F8KAPtfCgBCYAoAYmAKAJhgCgCkYAoA7mAKAPhgCgBEYQoATmEKAJphCgCoYQoA8GEKAAZiCgBGYgoAUmIKAJxiCgChYgoA8mIKAPtiCgBIYwoAUmMKAJ5jCgCqYwoA9GMKAAdkCgBKZAoAWWQKAKBkCgCsZAoA9mQKAPdkCgBMZQoAVmUKAKJlCgCwZQoA+GUKAP1lCgBOZgoAW2YKAKBJEgCyZgoA+mYKABBnCgBQZwoAXGcKAKZnCgCtZwoA/GcKAARoCgBSaAoAV2gKAKhoCgCxaAoA/mgKAAhpCgCiShIAWWkKAKppCgCyaQoAAGoKAANqCgBWagoAX2oKAKxqCgC7agoAAmsKAA1rCgBYawoAYGsKAK5rCgC+awoABGwKABJsCgBabAoAa2wKALBsCgC8bAoABm0KAA5tCgD4ShIAYm0KALJtCgC6bQoACG4KAA9uCgBebgoAbG4KALRuCgC6bgoACm8KABZvCgBgbwoAb28KALZvCgDAbwoADHAKABFwCgBicAoAaHAKALhwCgDMcAoATksSAB9xCgBkcQoAcHEKALpxCgDAcQoAEHIKABZyCgBmcgoAa3IKALxyCgDCcgoApEsSABdzCgBocwoAeXMKAL5zCgDGcwoAFHQKAMpzCgCikAoAzHMKAKQcEAAedAoAanQKAHh0CgDAdAoA1nQKABZ1CgAidQoAbHUKAHN1CgDCdQoAynUKABh2CgAddgoAbnYKAHd2CgDEdgoAznYKABp3CgAidwoAcHcKAHR3CgDGdwoA0XcKABx4CgAqeAoAcngKAIN4CgDIeAoA1HgKAB55CgAmeQoA+ksSAHZ5CgDKeQoA2HkKACB6CgAqegoAdnoKAIR6CgDMegoA2XoKACJ7CgA5ewoAeHsKAIB7CgDOewoA3nsKACR8CgApfAoAenwKAIB8CgDQfAoA2HwKACZ9CgAofQoAfH0KAIl9CgDSfQoA2n0KACh+CgAtfgoAfn4KAH9+CgDUfgoA4H4KACp/CgA3fwoAgH8KAIh/CgDWfwoA5X8KACyACgAxgAoAgoAKAI+ACgDYgAoA5YAKAC6BCgA6gQoAhIEKAJOBCgDagQoA5IEKADCCCgA+ggoAhoIKAIuCCgDcggoA6YIKAFBMEgA1gwoAiIMKAJCDCgDegwoA64MKADSECgA5hAoAioQKAJSECgDghAoA6IQKADaFCgA4hQoAjIUKAKeFCgDihQoA5IUKADiGCgBGhgoAjoYKAJ+GCgDkhgoA5oYKADqHCgBThwoAkIcKAKGHCgDmhwoA8ocKAKZMEgBEiAoAkogKAJiICgDoiAoA9IgKAD6JCgBbiQoAlIkKAJ2JCgDqiQoA9okKAECKCgBDigoAlooKAKCKCgDsigoA9IoKAEKLCgBMiwoAmIsKAKaLCgDuiwoABIwKAESMCgBQjAoAmowKAKGMCgDwjAoA+IwKAEaNCgBLjQoAnI0KAKWNCgDyjQoA/I0KAEiOCgBQjgoAno4KAKCOCgD0jgoABI8KAEqPCgBUjwoAoI8KAKyPCgD2jwoA/I8KAEyQCgBUkAoA/EwSAKiQCgD4kAoA/pAKAE6RCgBTkQoApJEKAKqRCgBSTRIACJIKAFCSCgBmkgoAppIKALKSCgD8kgoAAZMKAFKTCgBbkwoAqJMKALKTCgD+kwoAIZQKAFSUCgBYlAoAqpQKAGOUCgAClgoArJQKAACVCgAOlQoAVpUKAGCVCgCslQoA0JUKAFROEgAIlgoAWJYKAGSWCgCulgoAsJYKAASXCgAOlwoAWpcKAGaXCgCwlwoA1JcKAKpOEgAKmAoAXJgKABWYCgC0mQoAXpgKALKYCgDAmAoACJkKABKZCgBemQoAgpkKAABPEgC6mQoACpoKABaaCgBgmgoAYpoKALaaCgDAmgoADJsKABibCgBimwoAhpsKAFZPEgDVmwoADpwKABecCgBknAoAcpwKALqcCgDAnAoAEJ0KABydCgBmnQoAbp0KAKxPEgDDnQoAEp4KACueCgBongoAd54KAL6eCgDGngoAFJ8KACOfCgBqnwoAb58KAMCfCgDNnwoAFqAKACOgCgBsoAoAeKAKAMKgCgDRoAoAGKEKACKhCgBuoQoAfKEKAMShCgDJoQoAGqIKACeiCgACUBIAcaIKAGAbCwCJogoAxqIKANCiCgAcowoAHqMKAHKjCgCAowoAyKMKANWjCgAepAoAJqQKAHSkCgCgpAoAyqQKANGkCgAgpQoAOaUKAHalCgCFpQoAzKUKANSlCgAipgoAMaYKAHimCgB9pgoAzqYKANumCgAkpwoAMacKAHqnCgCGpwoA0KcKAN+nCgAmqAoAMKgKAHyoCgCKqAoA0qgKANeoCgAoqQoANakKAFhQEgCRqQoA1KkKAOOpCgAqqgoANqoKAICqCgCMqgoA1qoKAN2qCgAsqwoAOKsKAIKrCgCJqwoA2KsKAOCrCgAurAoAMqwKAISsCgCPrAoA2qwKAOasCgAwrQoAPa0KAIatCgCOrQoA3K0KAOatCgAyrgoAOK4KAIiuCgCcrgoA3q4KAOyuCgA0rwoAQa8KAIqvCgChrwoA4K8KAOivCgA2sAoAQLAKAIywCgCRsAoA4rAKAOqwCgA4sQoAR7EKAI6xCgCTsQoA5LEKAPGxCgA6sgoAR7IKAJCyCgCcsgoA5rIKAPWyCgA8swoARrMKAK5QEgCaswoA6LMKAPezCgA+tAoAQ7QKAJS0CgCdtAoA6rQKAPu0CgBAtQoAR7UKAJa1CgCetQoA7LUKAPm1CgBCtgoAR7YKAJi2CgCitgoA7rYKAPa2CgBEtwoAXbcKAJq3CgCmtwoA8LcKAPi3CgAEURIAVbgKAJy4CgC5uAoA8rgKAPu4CgBIuQoAVrkKAJ65CgCkuQoA9LkKAAC6CgBKugoAUboKAKC6CgCougoA9roKAAa7CgBMuwoAUrsKAKK7CgCnuwoA+LsKAA68CgBOvAoAVrwKAKS8CgCuvAoA+rwKAAW9CgBQvQoAXL0KAKa9CgCuvQoAWlESAAm+CgBSvgoAWb4KAKi+CgC0vgoA/r4KAAS/CgBUvwoAZb8KAKq/CgC+vwoAAMAKAA7ACgBWwAoAY8AKAKzACgDDwAoAAsEKAArBCgBYwQoAX8EKAK7BCgCwwQoABMIKAA7CCgBawgoAXMIKALDCCgDJwgoABsMKAAjDCgBcwwoAX8MKALLDCgC+wwoACMQKADbECgCwURIAbcQKALTECgDRxAoACsUKABPFCgBgxQoAbsUKALbFCgC8xQoADMYKABjGCgBixgoAasYKAAZSEgDAxgoADscKABTHCgBkxwoAcMcKALrHCgC9xwoAEMgKABXICgBmyAoAb8gKALzICgDCyAoAEskKACHJCgBoyQoAdMkKAL7JCgDGyQoAXFISABrKCgBqygoAb8oKAMDKCgDWygoAFssKAB7LCgBsywoAessKAMLLCgDMywoAGMwKABvMCgBuzAoAdswKAMTMCgDFzAoAGs0KACDNCgBwzQoAfs0KAMbNCgDczQoAHM4KAB7OCgByzgoAeM4KAMjOCgDczgoAHs8KACbPCgB0zwoAhM8KAMrPCgDMzwoAINAKAC/QCgB20AoAgNAKAMzQCgDR0AoAItEKACjRCgB40QoAjNEKAM7RCgDW0QoAJNIKACnSCgB60goAgNIKANDSCgDY0goAJtMKACnTCgB80woAgdMKANLTCgDb0woAKNQKAC7UCgB+1AoAjdQKANTUCgDg1AoAslISADbVCgCA1QoAk9UKANbVCgDy1QoALNYKADTWCgAIUxIAkNYKANjWCgDu1goALtcKADrXCgCE1woAidcKANrXCgDj1woAMNgKADrYCgCG2AoAjtgKANzYCgDe2AoAMtkKAEHZCgCI2QoApdkKAN7ZCgDn2QoANNoKAELaCgCK2goAkNoKAODaCgDu2goANtsKAEPbCgCM2woAo9sKAOLbCgDq2woAONwKADrcCgCO3AoAltwKAOTcCgDz3AoAOt0KAD/dCgCQ3QoAnd0KAObdCgDz3QoAPN4KAEjeCgCS3goAod4KAOjeCgDy3goAPt8KAEzfCgCU3woAmd8KAOrfCgD33woAXlMSAErgCgCW4AoAmOAKAOzgCgDz4AoAQuEKAEnhCgCY4QoAnuEKAO7hCgD84QoAROIKAFHiCgCa4goAquIKAPDiCgD14goARuMKAE7jCgCc4woAYuMKAHBOCwCo4woA8uMKAPTjCgD45goA/+MKAEjkCgBN5AoAnuQKAKjkCgD05AoABOUKAErlCgBP5QoAoOUKAKnlCgD25QoAA+YKAEzmCgBT5goAouYKAKrmCgC0UxIABucKAE7nCgBm5woApOcKAKbnCgD65woAEegKAFDoCgBS6AoApugKALToCgD86AoACekKAFLpCgBa6QoAClQSAKvpCgD+6QoAv+kKAKCTDAAH6goAVOoKAGLqCgBUFQsAY+oKAKrqCgC16goAAOsKAAjrCgBW6woAYesKAKzrCgCx6woAAuwKAAXsCgBY7AoAYuwKAGBUEgC07AoABO0KALjsCgD6Gg8AH+0KAFrtCgBm7QoAsO0KALbtCgAG7goADu4KAFzuCgBy7goAsu4KAMDuCgAI7woAC+8KAF7vCgB37woAtO8KAMDvCgAK8AoAFfAKAGDwCgBi8AoAtvAKANHwCgAM8QoAGvEKAGLxCgBv8QoAuPEKAM/xCgC2VBIAEPIKAFQdDwAk8goAZPIKAGXyCgC68goAv/IKABDzCgAW8woAZvMKAGjzCgC88woAwvMKABL0CgAm9AoAaPQKAHD0CgC+9AoAzvQKABT1CgAW9QoAavUKAHj1CgDA9QoA0fUKAAxVEgAc9goAbPYKAHj2CgBiVRIAxPYKABj3CgAp9woAbvcKAHb3CgDE9woAzfcKABr4CgAh+AoAcPgKAHH4CgC4VRIA0vgKABz5CgAe+QoAcvkKAHn5CgDI+QoA0PkKAB76CgAn+goAdPoKAHv6CgDK+goAy/oKAA5WEgAl+woAdvsKAH77CgDM+woA1vsKACL8CgAw/AoAePwKAI78CgDO/AoA2vwKACT9CgAp/QoAev0KAIP9CgDQ/QoA2v0KAGRWEgAn/goAfP4KAIT+CgBseQwAlP4KANL+CgDf/goAKP8KADT/CgB+/woAiP8KANT/CgDY/woAKgALAC8ACwCAAAsAhgALANYACwD2AAsALAELAEQBCwCCAQsAmQELANgBCwDkAQsALgILADgCCwCEAgsAhgILANoCCwDhAgsAMAMLADcDCwCGAwsAjAMLANwDCwDoAwsAMgQLADUECwCIBAsAiwQLAN4ECwDqBAsANAULADcFCwCKBQsApgULAOAFCwDoBQsAulYSAEIGCwCMBgsAlgYLAOIGCwDkBgsAOAcLAD8HCwCOBwsAlQcLAOQHCwDqBwsAOggLAEgICwCQCAsAnQgLAOYICwD2CAsAPAkLAEEJCwCSCQsAmgkLAOgJCwD4CQsAPgoLAEMKCwCUCgsAmgoLAOoKCwDyCgsAEFcSAEYLCwCWCwsAngsLAOwLCwDvCwsAQgwLAE4MCwCYDAsAngwLAO4MCwAJDQsARA0LAFINCwCaDQsAqQ0LAPANCwD8DQsARg4LAE4OCwC8VxIAoQ4LAPIOCwD8DgsASA8LAFAPCwCeDwsAvg8LAPQPCwABEAsAShALAE8QCwCgEAsApBALAPYQCwADEQsAElgSAFERCwCiEQsApRELAPgRCwACEgsAThILAFoSCwCkEgsAtxILAPoSCwAJEwsAUBMLAFwTCwCmEwsApxMLAPwTCwAGFAsAUhQLAGAUCwCoFAsArRQLAP4UCwALFQsAaFgSAF4VCwCqFQsArBULAAAWCwAZFgsAVhYLAGcWCwCsFgsAuBYLAAIXCwAKFwsAalkSAF8XCwCuFwsAtRcLAAQYCwAKGAsAWhgLAGYYCwCwGAsAsxgLAAYZCwAJGQsAXBkLAGQZCwCyGQsAwhkLAAgaCwANGgsAXhoLAGcaCwC0GgsAwRoLAAobCwARGwsAwFkSAGwbCwC2GwsAwxsLAAwcCwAUHAsAYhwLAGwcCwC4HAsAxxwLAA4dCwAPHQsAZB0LAGwdCwC6HQsAyR0LABAeCwAVHgsAZh4LAHMeCwC8HgsAyR4LABIfCwAeHwsAaB8LAHcfCwC+HwsAyB8LABQgCwAiIAsAaiALAG8gCwDAIAsAzSALABYhCwAeIQsAbCELAHYhCwDCIQsAxyELABgiCwAgIgsAFloSAHwiCwDEIgsA0CILABojCwAgIwsAcCMLAHYjCwDGIwsAyyMLABwkCwAiJAsAbFoSAH4kCwDIJAsAziQLAB4lCwAkJQsAdCULAIElCwDKJQsAzyULACAmCwAoJgsAdiYLAJQmCwBuWxIAziYLAJJlDgDPJgsArkYNANImCwAq2QwA4iYLACInCwAjJwsAeCcLAH0nCwDOJwsA1CcLACQoCwAmKAsAeigLAIAoCwDQKAsA5CgLACYpCwAuKQsAfCkLAIwpCwDSKQsA1CkLACgqCwA2KgsAfioLAI8qCwDEWxIA2ioLACorCwA2KwsAGlwSAI0rCwDWKwsA3isLACwsCwA5LAsAgiwLAIQsCwDYLAsA7iwLAC4tCwA6LQsAhC0LAIwtCwDGXBIA5i0LADAuCwAzLgsAhi4LAIsuCwDcLgsA7S4LADIvCwA7LwsAiC8LAJIvCwDeLwsA7C8LADQwCwA5MAsAijALAJcwCwAcXRIA7DALADYxCwBDMQsAjDELAI4xCwDiMQsA+DELADgyCwBEMgsAjjILAJYyCwByXRIA6TILADozCwBAMwsAkDMLAJgzCwDmMwsA6TMLADw0CwBINAsAkjQLAJg0CwDoNAsAAzULAD41CwBLNQsAlDULAJY1CwDqNQsAADYLAEA2CwBMNgsAljYLAJ42CwDIXRIA8jYLAEI3CwBHNwsAmDcLALM3CwDuNwsA/DcLAEQ4CwBLOAsAmjgLAKY4CwDwOAsA9zgLAB5eEgBROQsAnDkLAKQ5CwDyOQsA/TkLAEg6CwBNOgsAnjoLAKE6CwD0OgsA/joLAEo7CwBSOwsAoDsLAK47CwD2OwsA+TsLAEw8CwBUPAsAojwLAMI8CwD4PAsABT0LAE49CwBTPQsApD0LAKg9CwD6PQsABz4LAHReEgBwPgsApj4LAK8+CwD8PgsA/T4LAFI/CwBaPwsAqD8LALg/CwD+PwsAAEALAFRACwBiQAsAqkALALtACwDKXhIABkELAFZBCwBiQQsAIF8SALNBCwB2XxIAB0ILAFhCCwByQgsArkILAL1CCwAEQwsAD0MLAFpDCwBcQwsAsEMLAL1DCwAGRAsAE0QLAFxECwBoRAsAskQLAMNECwAIRQsAC0ULAF5FCwB4RQsAtEULAL1FCwAKRgsAF0YLAGBGCwBmRgsAtkYLAMJGCwAMRwsAD0cLAGJHCwBnRwsAuEcLAMlHCwAOSAsAKUgLAGRICwBwSAsAukgLAMFICwAQSQsAEkkLAGZJCwBtSQsAvEkLAMNJCwASSgsAGEoLAGhKCwB0SgsAvkoLAMFKCwAUSwsAF0sLAGpLCwB2SwsAwEsLANNLCwAWTAsAJUwLAGxMCwB4TAsAwkwLAMNMCwAYTQsAIk0LAG5NCwB8TQsAxE0LAMlNCwAaTgsAJ04LAMxfEgB4TgsAImASAMhOCwAcTwsAMk8LAHJPCwB+TwsAyE8LANBPCwB4YBIAJFALAHRQCwB8UAsAylALAM1QCwAgUQsALFELAHZRCwB8UQsAzFELAOdRCwAiUgsAMFILAHhSCwCHUgsAzlILANpSCwAkUwsALFMLAM5gEgB/UwsA0FMLANpTCwAmVAsALlQLAHxUCwCcVAsA0lQLAN9UCwAoVQsALVULAH5VCwCCVQsA1FULAOFVCwAkYRIATVYLAHphEgCFVgsA1lYLAOVWCwAsVwsATFcLAIJXCwCOVwsA2FcLAOJXCwAuWAsAOlgLAIRYCwCKWAsA2lgLAOBYCwAwWQsANVkLAIZZCwCMWQsA0GESAOJZCwAyWgsAN1oLAIhaCwCOWgsAfGISAOFaCwA0WwsAPlsLAIpbCwCMWwsA4FsLAPlbCwA2XAsAR1wLAIxcCwCaXAsA4lwLAOVcCwA4XQsAQ10LAI5dCwCWXQsA5F0LAOZdCwA6XgsAQl4LAJBeCwCdXgsA5l4LAPJeCwA8XwsAQF8LAJJfCwCaXwsA6F8LAPdfCwA+YAsAQ2ALAJRgCwChYAsA6mALAPdgCwBAYQsATGELAJZhCwClYQsA7GELAPZhCwBCYgsAUGILAJhiCwCdYgsA7mILAPtiCwDSYhIATGMLAChjEgCeYwsA+GcLAKZjCwDwYwsA9mMLAEZkCwBMZAsAnGQLAKlkCwDyZAsA92QLAEhlCwBQZQsAnmULAMdlCwD0ZQsA0mULAKBmCwAaZgsA9mYLAB1mCwBKZgsAc2YLAH5jEgDJZgsA1GMSABxnCwBMZwsAgGcLAKJnCwDLZwsAKmQSAAZoCwBOaAsAW2gLAKRoCwCwaAsA+mgLAABpCwBQaQsAVmkLAKZpCwCraQsA/GkLAAJqCwCAZBIAeGoLAFRrCwB7agsAqGoLANFqCwAsZRIAJ2sLAIJlEgB6awsAqmsLAN5rCwAAbAsAKWwLANhlEgBgbAsArGwLALFsCwACbQsACm0LAC5mEgBdbQsArm0LALdtCwAEbgsAEW4LAFpuCwBhbgsAhGYSALhuCwDaZhIAGW8LAFxvCwBobwsAsm8LAMFvCwAIcAsAEXALAF5wCwBocAsAtHALALZwCwAKcQsAI3ELAGBxCwBxcQsAtnELAMJxCwAMcgsAFHILADBnEgBwcgsAuHILAMlyCwAOcwsAGnMLAGRzCwBscwsAhmcSAL9zCwAQdAsAGnQLAGZ0CwBudAsAvHQLAMx0CwASdQsAF3ULAGh1CwBxdQsAvnULAMt1CwAUdgsAG3YLANxnEgBwdgsAZNEPAHd2CwDAdgsAfXYLAAyjDgDFdgsAFncLACJ3CwBsdwsAeXcLAMJ3CwDMdwsAMmgSAB14CwBueAsAengLAMR4CwDReAsAGnkLACR5CwBweQsAjHkLAMZ5CwDOeQsAiGgSACF6CwByegsAenoLAMh6CwDLegsAHnsLACd7CwB0ewsAg3sLAMp7CwDVewsAIHwLACh8CwB2fAsAhnwLAMx8CwDafAsAIn0LADN9CwB4fQsAhH0LAM59CwDWfQsA3mgSACp+CwB6fgsAgn4LANB+CwDXfgsAJn8LADR/CwB8fwsAgn8LANJ/CwDefwsAKIALADeACwB+gAsAiIALANSACwDZgAsAKoELADCBCwCAgQsAlIELANaBCwDegQsALIILAEqCCwCCggsAioILADRpEgDgggsAimkSADaDCwCEgwsAnYMLANqDCwDjgwsAMIQLAECECwCGhAsAloQLANyECwDohAsAMoULADiFCwCIhQsAloULAN6FCwDrhQsANIYLAEuGCwCKhgsAkoYLAOCGCwDqhgsANocLAESHCwCMhwsAoocLAOKHCwDuhwsAOIgLAD+ICwCOiAsAlogLAOSICwDpiAsAOokLAEOJCwCQiQsAmokLAOaJCwDuiQsAPIoLAD6KCwCSigsAoooLAOiKCwDyigsAPosLAEqLCwCUiwsAmosLAOqLCwDyiwsANmoSAEKMCwCWjAsAp4wLAOyMCwAIjQsAQo0LAEqNCwCMahIAqY0LAO6NCwD/jQsARI4LAEyOCwCajgsAs44LAPCOCwD2jgsARo8LAEuPCwCcjwsAvI8LAPKPCwD+jwsASJALAE6QCwCekAsAppALAPSQCwADkQsASpELAE+RCwCgkQsArZELAPaRCwADkgsATJILAFiSCwCikgsAsZILAPiSCwACkwsATpMLAFyTCwCkkwsAqZMLAPqTCwAHlAsAUJQLAFOUCwCmlAsArpQLAPyUCwD+lAsAUpULAFiVCwColQsAtJULAP6VCwAGlgsA4moSAFmWCwCqlgsArpYLAACXCwANlwsAOGsSAF6XCwCOaxIAspcLAAKYCwAZmAsAWJgLAGGYCwCumAsAxJgLAASZCwAQmQsAWpkLAGeZCwCwmQsAupkLAAaaCwAOmgsAXJoLAJqaCwCymgsA25oLAAibCwAQmwsAXpsLAIGbCwDkaxIAw5sLAAqcCwDKmwsA7rgLAA+cCwBgnAsAbZwLALacCwDDnAsADJ0LABidCwBinQsAcZ0LALidCwDCnQsADp4LAByeCwBkngsAaZ4LALqeCwDHngsAEJ8LADSfCwBmnwsAbp8LADpsEgDFnwsAEqALABWgCwBooAsAcqALAL6gCwDGoAsAFKELAC2hCwBqoQsAdqELAMChCwDIoQsAkGwSACaiCwBsogsAdKILAMKiCwDMogsAGKMLACyjCwBuowsAb6MLAMSjCwDQowsAGqQLACKkCwDmbBIAg6QLAMakCwDHpAsAHKULACilCwBypQsAgaULAMilCwDSpQsAHqYLACGmCwB0pgsAfKYLAMqmCwDLpgsAIKcLACKnCwB2pwsAfKcLAMynCwDOpwsAIqgLADioCwB4qAsAhKgLAM6oCwDYqAsAJKkLADCpCwB6qQsAgKkLANCpCwDYqQsAJqoLAE+qCwB8qgsAhKoLANKqCwDcqgsAKKsLAC2rCwB+qwsAhqsLANSrCwDtqwsAKqwLADasCwCArAsAiKwLADxtEgDirAsALK0LAC+tCwCCrQsAh60LANitCwDhrQsALq4LADSuCwCErgsAk64LANquCwDmrgsAMK8LAEWvCwCGrwsAjq8LANyvCwDprwsA6LULAPWvCwAysAsAN7ALAIiwCwCNsAsA3rALAO+wCwA0sQsAPLELAIqxCwBAsQsAOLMLAKGxCwDgsQsA7rELADayCwBRsgsAjLILAJiyCwDisgsA77ILAJJtEgA6swsAjrMLAJuzCwDkswsA7LMLADq0CwBRtAsAkLQLAJ60CwDmtAsAAbULADy1CwBItQsAkrULAJ+1CwDobRIA8bULAD62CwBPtgsAlLYLAKW2CwDqtgsA8rYLAEC3CwBXtwsAlrcLAKS3CwDstwsAB7gLAEK4CwBOuAsAmLgLAKW4CwA+bhIAArkLAES5CwBHuQsAmrkLALe5CwDwuQsAAboLAEa6CwBqugsAnLoLAKS6CwCUbhIA+7oLAEi7CwBLuwsAnrsLAKi7CwD0uwsA/LsLAEq8CwBjvAsAoLwLAKy8CwD2vAsA/rwLAOpuEgBcvQsAor0LAKq9CwD4vQsAAr4LAE6+CwBivgsApL4LAKW+CwD6vgsABr8LAFC/CwBYvwsAQG8SALq/CwD8vwsA/78LAFLACwBvwAsAqMALALnACwD+wAsADMELAFTBCwBpwQsAqsELALLBCwAAwgsADcILAFzFCwAZwgsAVsILAFvCCwCswgsAscILAALDCwATwwsAWMMLAGDDCwCuwwsAxcMLAATECwASxAsAWsQLAHXECwCwxAsAvMQLAAbFCwATxQsAlm8SAGXFCwCyxQsAw8ULAAjGCwAZxgsAXsYLAGbGCwC0xgsAy8YLAArHCwAYxwsAYMcLAHvHCwC2xwsAwscLAAzICwAZyAsA7G8SAHbICwC4yAsAu8gLAA7JCwAryQsAZMkLAHXJCwC6yQsAyMkLABDKCwAlygsAZsoLAG7KCwC8ygsAycoLAMjQCwDVygsAEssLABfLCwBoywsAbcsLAL7LCwDPywsAFMwLABzMCwBqzAsAIMwLABjOCwCBzAsAwMwLAM7MCwAWzQsAMc0LAGzNCwB4zQsAws0LAM/NCwBCcBIAGs4LAG7OCwB7zgsAxM4LAMzOCwAazwsAMc8LAHDPCwB+zwsAxs8LAOHPCwAc0AsAKNALAHLQCwB/0AsAmHASANHQCwAe0QsAL9ELAHTRCwCF0QsAytELANLRCwAg0gsAN9ILAHbSCwCE0gsAzNILAOfSCwAi0wsALtMLAHjTCwCF0wsA7nASANfTCwAk1AsANdQLAHrUCwCG1AsA0NQLAN3UCwAm1QsAK9ULAHzVCwCG1QsA0tULAOLVCwAo1gsALdYLAH7WCwCH1gsA1NYLAOHWCwAq1wsAMdcLAIDXCwCM1wsA1tcLANzXCwAs2AsAMtgLAILYCwCH2AsA2NgLAN7YCwBEcRIAM9kLAITZCwCM2QsA2tkLAPDZCwAw2gsANdoLAIbaCwCN2gsA3NoLAOXaCwAy2wsAQ9sLAIjbCwCU2wsA3tsLAObbCwBGchIANtwLAIrcCwCg3AsA4NwLAOzcCwA23QsAPd0LAIzdCwCU3QsAnHISAOfdCwA43gsAP94LAI7eCwCX3gsA5N4LAPXeCwA63wsARt8LAJDfCwCY3wsA8nISAOjfCwA84AsAUuALAJLgCwCe4AsA6OALAO/gCwA+4QsARuELAEhzEgCZ4QsA6uELAPHhCwBA4gsASeILAJbiCwCn4gsA7OILAPjiCwBC4wsASuMLAJ5zEgCa4wsA7uMLAP3jCwBE5AsAZOQLAJrkCwCc5AsA8OQLAAflCwBG5QsAUuULAJzlCwCk5QsASnQSAPflCwBI5gsASuYLAJ7mCwCl5gsA9OYLAPzmCwBK5wsAU+cLAKDnCwCm5wsA9ucLAAfoCwBM6AsAVOgLAPZ0EgCu6AsA+OgLAPvoCwBO6QsAU+kLAKTpCwC16QsA+ukLABXqCwBQ6gsAXOoLAKbqCwCu6gsATHUSABLrCwBS6wsAU+sLAKjrCwCt6wsA/usLAATsCwBU7AsAXuwLAKrsCwCy7AsAAO0LABLtCwCidRIAY+0LAKztCwC27QsAAu4LAAjuCwBY7gsAbO4LAK7uCwC27gsABO8LABTvCwBa7wsAX+8LALDvCwC27wsABvALAA7wCwBc8AsAXfALALLwCwC08AsACPELABfxCwBe8QsAfvELALTxCwC28QsACvILACHyCwBg8gsAbPILALbyCwC+8gsA+HUSABTzCwBi8wsAe/MLALjzCwDB8wsADvQLABj0CwBk9AsAbPQLALr0CwDK9AsAEPULABX1CwBm9QsAb/ULALz1CwDJ9QsAEvYLABn2CwBo9gsAcPYLAKR2EgDI9gsAFPcLABz3CwBq9wsAePcLAMD3CwDN9wsAFvgLAB74CwBs+AsAbvgLAML4CwDK+AsAGPkLABn5CwBu+QsAcPkLAMT5CwDT+QsAGvoLADr6CwBw+gsAcvoLAMb6CwDd+gsAHPsLACj7CwBy+wsAjPsLAMj7CwD0+wsAHvwLACH8CwB0/AsAefwLAMr8CwDX/AsA+nYSACL9CwB2/QsAgP0LAMz9CwDb/QsAIv4LAC3+CwB4/gsAhv4LAM7+CwDb/gsAJP8LADv/CwB6/wsAgv8LAND/CwDR/wsAJgAMACgADAB8AAwAiwAMANIADADyAAwAKAEMACoBDAB+AQwAlQEMANQBDADgAQwAKgIMADICDABQdxIAhQIMANYCDADcAgwALAMMADQDDACCAwwAoQMMANgDDADlAwwALgQMAC8EDACEBAwAmgQMANoEDAD2BAwApncSADUFDACGBQwAkAUMANwFDADkBQwAMgYMADMGDACIBgwANAYMAJoPDACOBgwA3gYMAOoGDAA0BwwARAcMAIoHDACYBwwA4AcMAPMHDAA2CAwAQggMAIwIDACTCAwA4ggMAOoIDAA4CQwAPAkMAI4JDACcCQwA5AkMAO4JDAA6CgwARQoMAJAKDACYCgwA5goMAB4LDAA8CwwARAsMAJILDACXCwwA6AsMAO4LDAA+DAwARgwMAJQMDACuDAwA6gwMACINDABADQwASA0MAJYNDACbDQwA7A0MAPINDABCDgwASg4MAJgODACyDgwA7g4MAAgPDABEDwwAfA8MAPx3EgCiDwwA8A8MAPcPDABGEAwAUhAMAJwQDACdEAwA8hAMAP4QDABIEQwAVREMAJ4RDAClEQwA9BEMAAASDABKEgwAVxIMAKASDACvEgwA9hIMAAoTDABSeBIAThMMAKITDABYEwwAAvQOAKUTDADaXg4ArxMMABD3DACxEwwA+BMMABgUDABOFAwAUBQMAKQUDAC7FAwA+hQMAAYVDABQFQwAWBUMAKh4EgCoFQwA/BUMAAkWDABSFgwAWxYMAKgWDACqFgwA/hYMAA8XDABUFwwAZRcMAKoXDAC+FwwA/ngSACAYDABWGAwAWBgMAKwYDADDGAwAAhkMAA4ZDABYGQwAYBkMAFR5EgCwGQwABBoMAAcaDABaGgwAYhoMALAaDAC9GgwABhsMAAsbDABcGwwAZhsMALIbDAC6GwwACBwMACEcDABeHAwAahwMALQcDADAHAwACh0MABcdDABgHQwAaB0MALYdDADGHQwADB4MABEeDABiHgwAax4MALgeDADFHgwADh8MABUfDABkHwwAbB8MAKp5EgDHHwwAECAMABMgDABmIAwAcCAMALwgDAC+IAwAEiEMACMhDABoIQwAeSEMAL4hDADKIQwAFCIMABsiDABqIgwAhCIMAMAiDADIIgwAFiMMABcjDADULAwAICMMAGwjDAByIwwAwiMMANYjDAAYJAwAICQMAG4kDAB4JAwAxCQMAMkkDAAaJQwAIiUMAHAlDAB+JQwAxiUMANMlDAAcJgwAHyYMAHImDAB8JgwAyCYMAMomDAAeJwwALycMAHQnDACFJwwAyicMANInDAAAehIAKigMAHYoDACSKAwAzCgMANQoDABWehIAIykMAHgpDACOKQwAzikMANYpDAAkKgwAMioMAHoqDACHKgwA0CoMANMqDAAmKwwAMCsMAHwrDAB+KwwA0isMAOMrDAAoLAwAOSwMAH4sDACGLAwArHoSAOUsDAAqLQwANi0MAIAtDACCLQwA1i0MANktDAAsLgwAOC4MAIIuDACKLgwAAnsSAOEuDAAuLwwAOy8MAIQvDACMLwwA2i8MAOwvDAAwMAwAPTAMAIYwDACHMAwA3DAMAPIwDAAyMQwAOjEMAIgxDACWMQwA3jEMAOsxDAA0MgwANzIMAIoyDACUMgwA4DIMAOIyDAA2MwwARzMMAIwzDACdMwwA4jMMAOozDABYexIARTQMAI40DACYNAwA5DQMAJs0DAD4Fw4A8jQMADo1DABQNQwAkDUMAJw1DADmNQwA8jUMADw2DABCNgwAkjYMAJg2DADoNgwA7TYMAD43DABENwwArnsSAJk3DADqNwwA7DcMAEA4DABHOAwAljgMAJ44DADsOAwA7zgMAEI5DABLOQwAmDkMAKc5DADuOQwA+TkMAEQ6DABMOgwAmjoMAKo6DADwOgwA/joMAEY7DABXOwwAnDsMAKg7DADyOwwA+jsMALB8EgBmPAwAnjwMAKY8DAAGfRIAAD0MAEo9DABgPQwAoD0MAKg9DAD2PQwAFT4MAFx9EgBPPgwAZnYMAFk+DACiPgwApT4MAMjaEACqPgwA+D4MAKw+DACE3w4A+j4MAE4/DAACPwwAvEsMAAk/DACuRAwAWz8MAKQ/DAC4PwwA+j8MAAJADABQQAwAVUAMAKZADAC2QAwA/EAMAARBDABSQQwAXEEMAKhBDACzQQwA/kEMAApCDABUQgwAXEIMALJ9EgCvQgwAAEMMAAlDDABWQwwAXEMMAKxDDAC7QwwAAkQMAA5EDABYRAwAW0QMAAh+EgCzRAwABEUMABNFDABaRQwAXEUMALBFDADBRQwABkYMABdGDABcRgwAcEYMALJGDAC6RgwACEcMABZHDABeRwwAa0cMALRHDAC3RwwACkgMABRIDABgSAwAYkgMALZIDADHSAwADEkMAB1JDABiSQwAbkkMALhJDAC/SQwADkoMABZKDABkSgwAe0oMALpKDADGSgwAEEsMACZLDABmSwwAaUsMAF5+EgDHSwwAEkwMAB5MDABoTAwAcEwMALR+EgDKTAwAFE0MACpNDABqTQwAbU0MAMBNDADITQwAFk4MABhODABsTgwAh04MAMJODADETgwAGE8MACZPDABuTwwAf08MAMRPDADGTwwAGlAMADNQDABwUAwAgVAMAMZQDADSUAwACn8SACJRDAByUQwAgFEMAMhRDADjUQwAHlIMACpSDAB0UgwAelIMAMpSDADSUgwAIFMMADBTDAB2UwwAe1MMAMxTDADVUwwAIlQMAC9UDAB4VAwAf1QMAM5UDADWVAwAYH8SAClVDAB6VQwAgFUMANBVDADYVQwAJlYMAFJWDAB8VgwAg1YMANJWDADrVgwAKFcMADdXDAB+VwwAmlcMALZ/EgDZVwwAKlgMADRYDACAWAwAkFgMANZYDADbWAwALFkMADVZDACCWQwAj1kMANhZDADfWQwALloMADpaDACEWgwAl1oMANpaDADpWgwAMFsMADxbDACGWwwAh1sMANxbDADmWwwAMlwMAEBcDACIXAwAjVwMAN5cDADrXAwADIASAEVdDACKXQwAjF0MAOBdDADjXQwANl4MADleDACMXgwAk14MAOJeDADuXgwAOF8MAEhfDACOXwwAnl8MAORfDADpXwwAOmAMAENgDACQYAwAnWAMAOZgDADtYAwAPGEMAEhhDACSYQwAmGEMAOhhDADuYQwAPmIMAENiDACUYgwAmmIMAA6BEgD0YgwAQGMMAE5jDACWYwwApmMMAOxjDADuYwwAQmQMAFFkDACYZAwAomQMAO5kDAD2ZAwAEIISAEplDACaZQwApmUMAGaCEgD1ZQwARmYMAE5mDACcZgwArGYMAPJmDAAAZwwASGcMAFVnDACeZwwApWcMAPRnDAD8ZwwAEoMSAFtoDACgaAwAp2gMAPZoDAD+aAwATGkMAFlpDACiaQwAp2kMAPhpDAACagwATmoMAFZqDACkagwAvWoMAPpqDAAGawwAUGsMAFhrDABogxIAsmsMAPxrDAD/awwAUmwMAFdsDACobAwAuWwMAP5sDAAZbQwAVG0MAGBtDACqbQwAsW0MAABuDAAcbgwAVm4MAF5uDAC+gxIAsW4MAAJvDAAMbwwAWG8MAGBvDACubwwAsG8MAADxDQC+bwwABHAMAAlwDABacAwAY3AMALBwDAC9cAwABnEMAA1xDAAUhBIAZXEMALJxDAC/cQwACHIMABdyDABecgwAaHIMALRyDADCcgwACnMMAA9zDABgcwwAbXMMALZzDAC+cwwAaoQSABh0DABidAwAb3QMALh0DAC7dAwADnUMABx1DABkdQwAaXUMALp1DADHdQwAEHYMABh2DADAhBIAbnYMALx2DADCdgwAEncMAMN2DAA0CQ0AHncMAGh3DACFdwwAvncMAMd3DAAUeAwAIngMAGp4DABweAwAwHgMAMx4DAAWeQwAHXkMABaFEgBteQwA8ucMAHh5DADCeQwAfHkMAJbkDADVeQwAGHoMACJ6DABuegwAenoMAMR6DADRegwAGnsMAB17DABwewwAfnsMAMZ7DADLewwAHHwMACl8DAByfAwAenwMAGyFEgDOfAwAHn0MACx9DAB0fQwAj30MAMp9DADWfQwAIH4MACZ+DAAYhhIAmX4MAG6GEgDRfgwAIn8MAC9/DAB4fwwAhX8MAM5/DADafwwAJIAMADOADAB6gAwAhIAMANCADADegAwAJoEMACuBDAB8gQwAiYEMANKBDADugQwAKIIMADCCDADEhhIAg4IMANSCDADaggwAKoMMADKDDACAgwwAgYMMANaDDADdgwwALIQMADGEDACChAwAioQMANiEDADmhAwALoUMADGFDACEhQwAjIUMANqFDADnhQwAMIYMADWGDACGhgwAkIYMANyGDADkhgwAMocMAEOHDACIhwwAjYcMAN6HDADghwwANIgMADuIDACKiAwAlogMAOCIDADniAwAGocSAEKJDACMiQwAqYkMAOKJDADriQwAOIoMAEaKDACOigwAlIoMAOSKDADwigwAOosMAEGLDACQiwwAmIsMAOaLDAD8iwwAPIwMAEGMDACSjAwAmYwMAOiMDADxjAwAPo0MAE+NDACUjQwAoI0MAOqNDADyjQwAxocSAEaODACWjgwAm44MAOyODAAHjwwAQo8MAFCPDACYjwwAn48MAO6PDAD6jwwARJAMAEeQDACakAwAopAMAPCQDADxkAwARpEMAEiRDACckQwAq5EMAPKRDAASkgwASJIMAEqSDACekgwAtZIMAPSSDAAAkwwASpMMAFKTDAAciBIApZMMAPaTDAD+kwwATJQMAFyUDACilAwAsJQMAPiUDAAJlQwATpUMAFqVDACklQwAp5UMAPqVDAAClgwAUJYMAF6WDACmlgwAs5YMAPyWDAAElwwAUpcMAIqXDAByiBIAqZcMAP6XDAAKmAwAVJgMAGOYDACqmAwAspgMAMiIEgACmQwAVpkMAGSZDACsmQwAvZkMAB6JEgAJmgwAdIkSAGCaDAAgihIAr5oMAOa2DACxmgwAFqQMALKaDABcnAwAtJoMAHCmDAC1mgwAuqAMALeaDADquAwAupoMAASbDAC7mgwAtp4MAL2aDADQqwwACpsMAFqbDABgmwwAsJsMALWbDAAGnAwADJwMAHaKEgBenAwAspwMALicDAAInQwAFZ0MAHiLEgBrnQwAtJ0MAMudDAAKngwAJp4MAGCeDABongwAzosSALueDAAMnwwAFp8MAGKfDABwnwwAuJ8MAMefDAAOoAwAGqAMACSMEgBsoAwAeowSAMagDAAQoQwAEaEMAGahDABsoQwAvKEMAMihDAASogwAIaIMAGiiDABqogwAvqIMAMiiDAAUowwAIKMMAGqjDABxowwA0IwSAMijDAAmjRIAIKQMAGykDABypAwAwqQMANCkDAAYpQwAJ6UMAG6lDAB4pQwAxKUMAOClDAAapgwAIqYMAHyNEgB8pgwAxqYMANWmDAAcpwwAIacMAHKnDACNpwwAyKcMANSnDAAeqAwAJKgMAHSoDAB2qAwAyqgMAOOoDAAgqQwAMakMAHapDACCqQwAzKkMAOSpDAAiqgwALqoMAHiqDAB+qgwAzqoMANSqDAAkqwwAKasMAHqrDACAqwwA0o0SANWrDAAmrAwALKwMAHysDAA8rAwAMLEMAIisDADSrAwA6qwMACitDAAsrQwA1q4MADStDAB+rQwAhK0MANStDADarQwAKq4MAC+uDACArgwAhq4MANSOEgDYrgwALK8MADKvDACCrwwAj68MANaPEgDlrwwALrAMAEWwDACEsAwAoLAMANqwDADisAwALJASADGxDACGsQwAlLEMANyxDADtsQwAMrIMAD6yDACIsgwAoLIMAN6yDADisgwAjLQMAOqyDAA0swwAOrMMAIqzDACQswwA4LMMAOWzDAA2tAwAPLQMAIKQEgCOtAwA4rQMAOi0DAA4tQwARbUMAISREgCbtQwA5LUMAPu1DAA6tgwAVrYMAJC2DACYtgwA2pESAOi2DAA8twwAQrcMAJK3DACVtwwA6LcMAPS3DAA+uAwAWrgMAJS4DACcuAwAMJISAO24DABAuQwATLkMAJa5DACcuQwA7LkMAAS6DABCugwARroMAPC7DABJugwATsAMAE66DACYugwAT7oMAEq+DACeugwA7roMAPS6DABEuwwASbsMAJq7DACguwwAhpISAPK7DABGvAwATLwMAJy8DACpvAwAiJMSAP+8DABIvQwAX70MAJ69DAC6vQwA9L0MAPy9DADekxIAT74MAKC+DACqvgwA9r4MAAS/DABMvwwAW78MAKK/DACuvwwANJQSAADADACKlBIAWsAMAKTADAClwAwA+sAMAADBDABQwQwAXMEMAKbBDAC1wQwA/MEMAP7BDABSwgwAXMIMAKjCDAC0wgwA/sIMAAXDDADglBIAXMMMADaVEgC0wwwAAMQMAAzEDABWxAwAbMQMAKzEDAC4xAwAAsUMABXFDABYxQwAZsUMAK7FDAC4xQwAjJUSAAzGDADilRIAcMYMALDGDAC8xgwABscMABPHDABcxwwAZscMALLHDAC0xwwACMgMABLIDABeyAwAbMgMALTIDAC5yAwACskMABfJDABgyQwAaMkMALbJDADGyQwADMoMAA7KDABiygwAa8oMALjKDADJygwADssMABjLDAA4lhIAcMsMALrLDADRywwAEMwMACvMDACOlhIAf8wMALzMDADCzAwAEs0MABzNDADklhIAas0MAL7NDADPzQwAFM4MABzODABqzgwAMM4MALr2DAB2zgwAwM4MAMbODAAWzwwAHM8MAGzPDABxzwwAws8MAMjPDAA6lxIANNAMAG7QDAB20AwAPJgSANLQDAAa0QwAK9EMAHDRDACB0QwAxtEMANLRDAAc0gwAI9IMAJKYEgCD0gwAyNIMANnSDAAe0wwAKtMMAHTTDAB70wwA6JgSAMzTDAAg1AwAIdQMAHbUDAB+1AwAzNQMANHUDAAi1QwAK9UMAHjVDACC1QwAztUMANbVDAAk1gwAKdYMAHrWDACK1gwA0NYMANjWDAAm1wwAPNcMAHzXDACI1wwA0tcMAOjXDAAo2AwALdgMAH7YDACE2AwA1NgMAOjYDAA+mRIAQNkMAIDZDACO2QwA1tkMAOPZDAAs2gwALtoMAILaDACM2gwA2NoMAOTaDAAu2wwANdsMAITbDACM2wwA2tsMAPPbDAAw3AwARNwMAIbcDACO3AwA3NwMAN7cDAAy3QwAP90MAIjdDACN3QwA3t0MAOjdDAA03gwAP94MAIreDACW3gwA4N4MAObeDAA23wwAPt8MAIzfDACN3wwA4t8MAOjfDAA44AwAPeAMAI7gDACd4AwA5OAMAPDgDAA64QwAPeEMAJDhDACT4QwAlJkSAOvhDAA84gwAWOIMAOqZEgCy4gwA6OIMAPDiDABAmhIAROMMAJTjDACg4wwAlpoSAPDjDABA5AwATOQMAPCcEgCY5AwA7OQMAPbkDABC5QwAROUMAJjlDACp5QwA7uUMAPblDABE5gwAUOYMAJrmDACg5gwA8OYMAPbmDABG5wwAS+cMAJznDACi5wwARp0SAPTnDABI6AwATugMAJ7oDACh6AwA9OgMAADpDABK6QwAUukMAEieEgCm6QwA9ukMAPzpDABM6gwAUeoMAKLqDACo6gwAnp4SAPrqDABO6wwAV+sMAKTrDAC76wwA+usMAAXsDABQ7AwAWuwMAKbsDACu7AwAoJ8SAAntDABS7QwAWu0MAKjtDACy7QwA/u0MAAnuDABU7gwAWu4MAKruDAC27gwAAO8MAALvDABW7wwAXe8MAKzvDAC07wwAAvAMABTwDAD2nxIAl/AMAK7wDAC28AwABPEMACfxDAD4oBIAXPEMALDxDAC98QwABvIMAA3yDABc8gwAbfIMALLyDAC+8gwACPMMAA/zDABe8wwAX/MMAEoUDQBm8wwATqESAMfzDAAK9AwAGfQMAGD0DABs9AwAtvQMALf0DAAM9QwAFvUMAGL1DABw9QwAuPUMAL31DAAO9gwAG/YMAKShEgBs9gwA+qESAML2DABQohIAHvcMAGb3DAB19wwAvPcMANz3DAAS+AwAHvgMAGj4DABv+AwAvvgMAMb4DAAU+QwAFvkMAGr5DAB0+QwAUqMSAMr5DAAW+gwAHvoMAKijEgB2+gwAwvoMAMr6DAD+oxIAWPsMAG77DAB2+wwAxPsMAOL7DABUpBIAH/wMAJLkDQAo/AwAcPwMAHf8DADU3A4AgPwMAMb8DADW/AwAHP0MACj9DABy/QwAeP0MAMj9DADk/QwAHv4MACb+DACqpBIAiP4MAMr+DADU/gwAIP8MACz/DAB2/wwAfv8MAAClEgDX/wwAIgANACQADQB4AA0AfgANAM4ADQDWAA0AVqUSACYBDQB6AQ0AfQENANABDQDYAQ0AJgINADYCDQB8Ag0AfgINANICDQDgAg0AKAMNADkDDQCspRIAhQMNAAKmEgDaAw0AKgQNAC8EDQCABA0AhgQNAFimEgDgBA0ALAUNAC4FDQCCBQ0AlQUNANgFDQDgBQ0ALgYNADoGDQCEBg0AigYNANoGDQDgBg0AMAcNADUHDQCGBw0AjAcNAFqnEgDlBw0AMggNAD8IDQCICA0AjwgNAN4IDQDmCA0AsKcSAEAJDQCKCQ0AlAkNAOAJDQDsCQ0ANgoNAEUKDQCMCg0AlgoNAOIKDQDuCg0AOAsNAD8LDQAGqBIAkQsNAIS2DwCUCw0A5AsNAJ0LDQBgzQ4AnwsNAPjsDQDwCw0AOgwNAEIMDQBcqBIAnAwNAOYMDQDwDA0APA0NAEgNDQCSDQ0AoQ0NAOgNDQDyDQ0APg4NAEoODQCUDg0Amw4NALKoEgD4Dg0AQA8NAAoPDQCWvQ4AVw8NAJYPDQCjDw0A7A8NAO4PDQBCEA0AUxANAJgQDQC0EA0A7hANAPYQDQAIqRIAXRENAJoRDQCuEQ0A8BENAPgRDQBGEg0ASRINAJwSDQCqEg0A8hINAAkTDQBIEw0AVRMNAJ4TDQCgEw0A9BMNAAUUDQBeqRIAUBQNAKAUDQClFA0A9hQNAAwVDQBMFQ0AWhUNAKIVDQClFQ0A+BUNAAQWDQBOFg0AVBYNAKQWDQCwFg0A+hYNACYXDQBQFw0AXBcNAKYXDQC1Fw0A/BcNAAYYDQBSGA0AYBgNAKgYDQCtGA0A/hgNAAsZDQC0qRIAVhkNAKoZDQC4GQ0AABoNAA0aDQBWGg0AaBoNAAqqEgC7Gg0AAhsNAA4bDQBYGw0AcRsNAK4bDQCwGw0ABBwNABMcDQBaHA0AehwNALAcDQC4HA0ABh0NACkdDQBgqhIAYR0NALIdDQC1HQ0ACB4NABIeDQBeHg0AZh4NALQeDQC6Hg0ACh8NABYfDQBgHw0Abx8NALYfDQDCHw0ADCANABkgDQBiIA0AbCANALggDQDAIA0ADiENAB0hDQBkIQ0AZiENALohDQDLIQ0AECINACEiDQBmIg0AbiINALwiDQDNIg0AEiMNABQjDQBoIw0AayMNAL4jDQDIIw0AFCQNADgkDQBqJA0AhiQNALaqEgDGJA0AFiUNABslDQBsJQ0AeyUNAMIlDQDOJQ0AGCYNABsmDQBuJg0AcSYNAMQmDQDMJg0AGicNACknDQBwJw0AdScNAMYnDQDcJw0AHCgNAB0oDQByKA0AgygNAMgoDQDUKA0AHikNACgpDQB0KQ0AgCkNAMopDQDRKQ0ADKsSACQqDQB2Kg0AhCoNAMwqDQDWKg0AIisNAC0rDQB4Kw0AgCsNAM4rDQDaKw0AJCwNADcsDQB6LA0AiCwNANAsDQDaLA0AJi0NAC4tDQB8LQ0Aiy0NANItDQDXLQ0AKC4NAC8uDQB+Lg0Aii4NAGKrEgDgLg0AKi8NAC0vDQCALw0Agy8NANYvDQDwLw0ALDANADgwDQCCMA0AlTANANgwDQDmMA0ALjENADgxDQCEMQ0ApzENALirEgDkMQ0AMDINADwyDQCGMg0AjTINANwyDQDkMg0AMjMNADYzDQCIMw0AljMNAN4zDQDoMw0ANDQNAD80DQCKNA0AkjQNAOA0DQDvNA0ANjUNADs1DQCMNQ0AkzUNAOI1DQDuNQ0AODYNAEA2DQAOrBIApDYNAD6TDwCnNg0A5DYNAO42DQA6Nw0ARjcNAJA3DQCTNw0A5jcNAPA3DQA8OA0APzgNAJI4DQCiOA0A6DgNAOo4DQA+OQ0ATDkNAJQ5DQClOQ0AZKwSAPE5DQC6rBIAWToNAJY6DQCgOg0A7DoNAPg6DQBCOw0ARTsNAJg7DQCiOw0AEK0SAPM7DQBEPA0AZDwNAJo8DQCiPA0AZq0SAP48DQBGPQ0AXD0NAJw9DQCoPQ0A8j0NAPk9DQBIPg0AUD4NAJ4+DQCjPg0A9D4NAP0+DQBKPw0AVD8NAKA/DQCoPw0A9j8NAARADQBMQA0AWUANAKJADQCqQA0AvK0SAAhBDQBOQQ0AVkENABKuEgCrQQ0A+kENAAZCDQBQQg0AV0INAKZCDQCuQg0A/EINAAZDDQBSQw0AYEMNAKhDDQC+Qw0A/kMNAApEDQBURA0AWUQNAKpEDQCzRA0AAEUNAApFDQBWRQ0AXkUNAKxFDQCxRQ0AAkYNABJGDQBYRg0AYEYNAGiuEgC4Rg0ABEcNAAdHDQAKTA4ADEcNAL6uEgBoRw0AsEcNAMZHDQAGSA0AEkgNAFxIDQBjSA0AskgNALpIDQAISQ0ADUkNAF5JDQBnSQ0AtEkNAL5JDQAKSg0AEkoNAGBKDQBiSg0AIlYNAG5KDQC2Sg0Aw0oNAAxLDQAUSw0AFK8SAG5LDQC4Sw0Au0sNAA5MDQAYTA0Aaq8SAHJMDQC6TA0A0EwNABBNDQAcTQ0AZk0NAG1NDQC8TQ0AxE0NABJODQAXTg0AaE4NAHFODQC+Tg0AyE4NABRPDQAcTw0Aak8NAGxPDQDATw0A0E8NABZQDQAgUA0AbFANAHhQDQDCUA0AyFANABawEgAmUQ0AblENAIRRDQDEUQ0A0FENABpSDQAfUg0AcFINAHlSDQDGUg0A0FINABxTDQAkUw0AclMNAJRTDQBssBIA11MNAB5UDQAqVA0AdFQNAHVUDQDKVA0A1FQNACBVDQAuVQ0AdlUNAHtVDQDMVQ0A2VUNAMKwEgAyVg0AeFYNAIJWDQDOVg0A2lYNACRXDQAqVw0AelcNAIJXDQDEsRIA1VcNACZYDQAuWA0AfFgNAIhYDQCQYg0AlVgNANJYDQDeWA0AKFkNADBZDQAashIAi1kNANRZDQDcWQ0AKloNADhaDQCAWg0AjVoNANZaDQDZWg0ALFsNADZbDQCCWw0AhFsNANhbDQDlWw0ALlwNAD1cDQCEXA0AkFwNANpcDQDiXA0AcLISAEBdDQCGXQ0Ajl0NANxdDQDoXQ0AMl4NADheDQCIXg0Ajl4NAN5eDQDjXg0ANF8NADpfDQDGshIAl18NAOBfDQDlXw0ANmANAEBgDQCMYA0AlGANAOJgDQDuYA0AOGENAEthDQCOYQ0AnGENAORhDQDnYQ0AOmINAERiDQAcsxIAo2INAOZiDQD0Yg0APGMNAD9jDQCSYw0AnGMNAHKzEgDtYw0APmQNAPZjDQAmgw0ARmQNAJRkDQCgZA0A6mQNAPBkDQBAZQ0A/WQNAMyADQBGZQ0AlmUNAJtlDQDsZQ0A8mUNAMizEgBIZg0AmGYNAJ1mDQDuZg0A9GYNAB60EgBSZw0AmmcNALVnDQDwZw0A/GcNAEZoDQBNaA0AdLQSAKVoDQDyaA0A/2gNAEhpDQBUaQ0AnmkNALFpDQD0aQ0A9WkNAEpqDQBWag0AoGoNAK9qDQD2ag0AAGsNAExrDQBYaw0AomsNAKlrDQDKtBIA/msNAE5sDQBUbA0ApGwNAKlsDQD6bA0AAG0NAHa1EgBZbQ0Apm0NALNtDQD8bQ0AAG4NAFJuDQBUbg0AqG4NALVuDQD+bg0ACG8NAMy1EgBbbw0Aqm8NALJvDQAAcA0ADHANAFZwDQBpcA0ArHANALtwDQACcQ0ADnENAFhxDQBZcQ0ArnENALhxDQAEcg0AEnINAFpyDQBfcg0AsHINAL1yDQAithIAEnMNAFxzDQBicw0AsnMNALhzDQAIdA0ADXQNAF50DQBkdA0AeLYSALl0DQAKdQ0AFHUNACS3EgBodQ0AtnUNAMN1DQAMdg0AEXYNAGJ2DQBsdg0AuHYNAMB2DQAOdw0AGncNAGR3DQB3dw0AuncNALt3DQAQeA0AHHgNAGZ4DQB1eA0AvHgNAMZ4DQASeQ0AGnkNAGh5DQBqeQ0AercSAMd5DQAUeg0AI3oNAGp6DQB5eg0AwHoNAMx6DQAWew0AGXsNAGx7DQBvew0A0LcSAMR7DQAYfA0AG3wNAG58DQB2fA0AxHwNANF8DQAafQ0AH30NAHB9DQB6fQ0Axn0NAM59DQAcfg0AKH4NAHJ+DQCFfg0AyH4NAMl+DQAefw0AKn8NAHR/DQCDfw0Ayn8NANR/DQAggA0ALIANAHaADQB9gA0AJrgSANuADQAigQ0ALoENAHiBDQB5gQ0AzoENANiBDQAkgg0AMoINAHqCDQB/gg0A0IINAN2CDQB8uBIAN4MNANK4EgCJgw0A0oMNAOCDDQAohA0AOYQNAH6EDQCghA0AKLkSANmEDQAqhQ0A2oQNAEK8DQAyhQ0AgIUNAIGFDQDeiQ0Ag4UNAOCKDQCFhQ0A3IgNAIaFDQA4jA0Ah4UNANqHDQCPhQ0A1oUNAJmFDQA+jw0A24UNACyGDQA5hg0AgoYNAI+GDQDYhg0A5IYNAC6HDQA9hw0AhIcNAI6HDQB+uRIA6IcNADCIDQAyiA0AhogNAJeIDQDUuRIA3YgNADKJDQA+iQ0AiIkNAJWJDQAquhIA7IkNADSKDQBBig0AiooNAKGKDQCAuhIA6YoNAJCNDQDqig0ANosNADiLDQCMiw0AkosNAOKLDQDsiw0A1roSAESMDQCOjA0AkIwNAOSMDQDzjA0AOo0NAEWNDQAsuxIAn40NAOaNDQD1jQ0API4NAEiODQCSjg0Ano4NAOiODQDvjg0AgrsSAEqPDQCUjw0AnI8NANi7EgADkA0AQJANAFGQDQCWkA0AopANAC68EgDzkA0AQpENAEqRDQCYkQ0AmZENAO6RDQD0kQ0ARJINAEmSDQCakg0Am5INAPCSDQD8kg0ARpMNAEyTDQCckw0AppMNAPKTDQAAlA0AUpkNAAaUDQBIlA0AUJQNAIS8EgCulA0A9JQNAPyUDQBKlQ0AU5UNAKCVDQBXlQ0AUJgNAK2VDQD2lQ0A/ZUNAEyWDQBYlg0AopYNALKWDQD4lg0ABpcNAE6XDQBblw0ApJcNALCXDQD6lw0AAZgNANq8EgBZmA0AppgNALeYDQD8mA0ADZkNADC9EgBemQ0AqJkNAKuZDQD+mQ0ABpoNAFSaDQBZmg0AqpoNALqaDQAAmw0ACJsNAFabDQBfmw0ArJsNAGObDQBcng0AuZsNAAKcDQAJnA0AWJwNAGScDQCunA0AvpwNAASdDQASnQ0AWp0NAGedDQCwnQ0AvJ0NAAaeDQANng0Ahr0SAGWeDQCyng0Aw54NAAifDQAZnw0A3L0SAGOfDQC0nw0AwZ8NAAqgDQAWoA0AYKANAGqgDQC2oA0AyqANAAyhDQANoQ0AYqENAG6hDQC4oQ0A16ENAA6iDQAWog0AZKINAGmiDQC6og0A06INABCjDQA8ow0AZqMNAHKjDQC8ow0Ay6MNABKkDQAcpA0AaKQNAHCkDQC+pA0AyaQNABSlDQAWpQ0AaqUNAG2lDQDApQ0AyKUNABamDQAjpg0AbKYNAHGmDQDCpg0AyqYNABinDQAapw0AbqcNAHinDQDEpw0AzqcNABqoDQAgqA0AcKgNAH6oDQDGqA0A36gNABypDQAlqQ0AcqkNAHypDQDIqQ0A1KkNADK+EgAqqg0AdKoNAH6qDQDKqg0A1aoNACCrDQAlqw0AdqsNAH2rDQDMqw0A1KsNACKsDQBPrA0AiL4SAH+sDQDOrA0A1qwNACStDQBRrQ0Aeq0NAH+tDQDQrQ0A0a0NACauDQAwrg0AfK4NAIquDQDSrg0A164NACivDQA1rw0Afq8NAJqvDQDUrw0A8K8NAN6+EgA3sA0AgLANAISwDQDWsA0A3LANACyxDQAusQ0AgrENAIOxDQDYsQ0A+7ENAC6yDQBSsg0AhLINALGyDQDasg0A4rINADCzDQA1sw0AhrMNAJOzDQDcsw0A5LMNADK0DQA0tA0AiLQNAJC0DQDetA0AC7UNADS1DQBBtQ0AirUNAI+1DQDgtQ0A7bUNADa2DQBCtg0AjLYNALm2DQDitg0A6rYNADi3DQBTtw0AjrcNAJC3DQDktw0A9bcNADq4DQBDuA0AkLgNAJy4DQA0vxIA87gNADy5DQBXuQ0AkrkNAJe5DQDouQ0ACLoNAD66DQBKug0AlLoNAJy6DQCKvxIA+LoNAEC7DQBKuw0AlrsNAKG7DQDsuw0A9LsNADbAEgBLvA0AmLwNAKK8DQDuvA0A+bwNAES9DQBYvQ0Amr0NAK+9DQDwvQ0A+L0NAEa+DQBdvg0AnL4NAKG+DQDyvg0A/L4NAEi/DQBQvw0AjMASAKC/DQD0vw0ABcANAErADQBNwA0AoMANAKzADQDiwBIABMENAEzBDQBdwQ0AOMESAKXBDQD4wQ0A+8ENAE7CDQBawg0ApMINAKrCDQD6wg0ABMMNAI7BEgBdww0ApsMNAL3DDQD8ww0ABMQNAOTBEgBYxA0AqMQNAK7EDQD+xA0AFsUNAFTFDQBWxQ0AqsUNAK3FDQAAxg0AA8YNAFbGDQBixg0ArMYNALLGDQACxw0ADMcNAJDCEgBdxw0ArscNALvHDQDmwhIAFMgNAFrIDQBmyA0AsMgNALbIDQAGyQ0AEskNAFzJDQAUyQ0AdIUQAGnJDQCyyQ0AwckNAAjKDQAUyg0AXsoNAGbKDQA8wxIAvMoNAArLDQAMyw0AYMsNAG/LDQC2yw0AwMsNAAzMDQAVzA0AYswNAGTMDQC4zA0AycwNAA7NDQAjzQ0AZM0NAGzNDQC6zQ0A+80NABDODQAYzg0AZs4NAHLODQC8zg0Az84NABLPDQATzw0AaM8NAHTPDQC+zw0Azc8NABTQDQAe0A0AatANAHbQDQDA0A0Ax9ANAOjDEgAy0Q0APsQSAG/RDQDC0Q0AytENABjSDQAl0g0AbtINAHPSDQDE0g0AztINABrTDQAi0w0AcNMNAHrTDQDO1w0AgNMNANLZDQCd0w0AxtMNANDTDQAc1A0A1tMNAMrVDQAi1A0ActQNAHvUDQDI1A0A1NQNAB7VDQBL1Q0AdNUNAJDVDQDqxBIAzNUNACDWDQAx1g0AdtYNAHnWDQDM1g0A2NYNACLXDQBP1w0AeNcNAJTXDQBAxRIA1NcNACTYDQAt2A0AetgNAITYDQDQ2A0A29gNACbZDQA62Q0AfNkNAJjZDQCWxRIA1NkNACjaDQA52g0AftoNAIHaDQDU2g0A6NoNACrbDQBG2w0A7MUSAIjbDQBCxhIA3tsNAJjGEgA43A0AgtwNAIjcDQDY3A0A3twNAC7dDQAz3Q0AhN0NAIrdDQDuxhIA5N0NADDeDQA43g0AmscSAIzeDQDc3g0A5N4NADLfDQA/3w0AiN8NAJTfDQDe3w0A4N8NADTgDQA64A0AiuANAJLgDQDwxxIA7eANADbhDQA94Q0AjOENAJThDQDi4Q0A5+ENADjiDQBI4g0AjuINAJbiDQDk4g0A8uINADrjDQBH4w0AkOMNAJHjDQDm4w0A7+MNADzkDQBG5A0ARsgSAJ7kDQDo5A0A6+QNAD7lDQBG5Q0AlOUNAKHlDQDq5Q0A7+UNAEDmDQBK5g0AluYNAJ7mDQDs5g0A+OYNAELnDQBV5w0AmOcNAKbnDQDu5w0A8ecNAEToDQBO6A0AnMgSAJ/oDQDw6A0A/OgNAEbpDQBJ6Q0AnOkNAKTpDQDy6Q0A/+kNAEjqDQBN6g0AnuoNAKjqDQD06g0A/OoNAErrDQBW6w0AoOsNALPrDQD26w0ABOwNAEzsDQBP7A0AouwNAKzsDQDyyBIA/uwNAE7tDQBa7Q0ApO0NAKbtDQD67Q0AAe4NAFDuDQBk7g0Apu4NAK7uDQD87g0ACO8NAFLvDQBl7w0AqO8NALbvDQD+7w0AAfANAFTwDQBe8A0AqvANAK3wDQBIyRIAG/ENAFbxDQBY8Q0ArPENALrxDQAC8g0AE/INAFjyDQBa8g0ArvINAMfyDQAE8w0AFfMNAFrzDQBm8w0AnskSALnzDQAG9A0AE/QNAFz0DQBm9A0AsvQNAMD0DQAI9Q0AHvUNAF71DQBq9Q0AtPUNAMD1DQAK9g0AHfYNAGD2DQBv9g0AtvYNAML2DQAM9w0ADfcNAGL3DQBs9w0AuPcNAMb3DQAO+A0AE/gNAGT4DQBx+A0A9MkSAMj4DQAQ+Q0AJvkNAGb5DQBy+Q0AvPkNAMP5DQAS+g0AGvoNAGj6DQBt+g0AvvoNAMf6DQAU+w0AHvsNAGr7DQBy+w0AwPsNAMT7DQAW/A0AGPwNAGz8DQB6/A0AwvwNAMz8DQAY/Q0AJv0NAG79DQB7/Q0AxP0NANv9DQAa/g0AIv4NAHD+DQCA/g0Axv4NAMv+DQAc/w0AIv8NAHL/DQB6/w0AyP8NAM3/DQAeAA4AHwAOAHQADgCAAA4AygAOANAADgAgAQ4AIgEOAHYBDgCAAQ4AzAEOANoBDgAiAg4AJwIOAHgCDgCFAg4A9soSANQCDgAkAw4AKQMOAHoDDgCAAw4ATMsSANUDDgAmBA4AMwQOAHwEDgCJBA4A0gQOAN4EDgAoBQ4ANwUOAH4FDgCIBQ4A1AUOAOIFDgAqBg4ALwYOAIAGDgCNBg4A1gYOAN4GDgBOzBIAOAcOAIIHDgCSBw4A2AcOAOEHDgAuCA4AMQgOAIQIDgCQCA4A2ggOAOEIDgCkzBIANQkOAIYJDgCTCQ4A3AkOAOkJDgAyCg4APgoOAIgKDgCXCg4A3goOAOgKDgA0Cw4AQgsOAIoLDgCPCw4A4AsOAO0LDgA2DA4APgwOAPrMEgCYDA4A4gwOAPIMDgA4DQ4AQQ0OAI4NDgCRDQ4A5A0OAPANDgA6Dg4AQQ4OAFDNEgCVDg4A5g4OAO8ODgB8NREA8w4OADwPDgBJDw4Akg8OAJ4PDgDoDw4A9w8OAD4QDgBIEA4AlBAOAKIQDgDqEA4A7xAOAEARDgBNEQ4AlhEOAJ4RDgCmzRIA+BEOAEISDgBSEg4AmBIOAKESDgDuEg4A8RIOAEQTDgBQEw4AmhMOAKETDgD8zRIABxQOAEYUDgBMFA4AnBQOAKgUDgDyFA4ACRUOAEgVDgBKFQ4AnhUOAKgVDgD0FQ4AABYOAEoWDgBWFg4AoBYOAKYWDgD2Fg4A/BYOAEwXDgBRFw4AohcOAKgXDgBSzhIABhgOAE4YDgBbGA4ApBgOALsYDgD6GA4AAhkOAFAZDgBTGQ4AphkOALIZDgD8GQ4ADRoOAFIaDgBeGg4AqBoOALcaDgD+Gg4ACBsOAFQbDgBgGw4AqhsOALEbDgAAHA4ACBwOAFYcDgBgHA4ArBwOALgcDgACHQ4ABR0OAFgdDgBiHQ4AqM4SAMgdDgD+zhIADh4OAFoeDgBcHg4AsB4OALYeDgAGHw4AEB8OAFwfDgBkHw4Aqs8SALUfDgB6XRAAvR8OAAggDgAJIA4AXiAOAGggDgC0IA4A3yAOAADQEgAaIQ4AYCEOAGIhDgC2IQ4AxCEOAAwiDgAdIg4AVtASAGgiDgC4Ig4AxCIOAA4jDgAQIw4AZCMOAGcjDgC6Iw4AvyMOABAkDgAdJA4AZiQOAIIkDgC8JA4AxCQOAALREgAfJQ4AaCUOAIMlDgC+JQ4AwCUOABQmDgAlJg4AaiYOAHgmDgDAJg4AxyYOABYnDgAeJw4AbCcOAHEnDgDCJw4AyycOABgoDgAiKA4AbigOAG8oDgDEKA4AzSgOABopDgAkKQ4AcCkOAHgpDgDGKQ4A1ikOABwqDgAiKg4AcioOAHcqDgDIKg4A3ioOAB4rDgAmKw4AdCsOAHcrDgDKKw4AgysOACItDgDqKw4AICwOAC4sDgB2LA4AdywOAFjREgDcLA4ArtESADMtDgB4LQ4AhC0OAM4tDgDQLQ4AJC4OADEuDgAE0hIAgC4OANAuDgDwLg4AJi8OAC4vDgBa0hIAMi8OAAJIDgB/Lw4A0i8OANwvDgCw0hIAMTAOAH4wDgCUMA4A1DAOAOowDgAqMQ4ALDEOAIAxDgCGMQ4A1jEOAOoxDgBc0xIAOTIOALLTEgCJMg4A2DIOAOAyDgAuMw4AODMOAIQzDgCQMw4A2jMOAN0zDgAwNA4AOjQOAAjUEgCPNA4A3DQOAPI0DgAyNQ4ASDUOAIg1DgCKNQ4A3jUOAOQ1DgA0Ng4ASDYOALTUEgCMNg4A4DYOAJo2DgB6iBAAADcOAArVEgA9Nw4AjDcOAJQ3DgDiNw4A7DcOADg4DgBEOA4AjjgOAJE4DgDkOA4A7jgOAGDVEgBDOQ4AkDkOAKY5DgDmOQ4A/DkOADw6DgA+Og4AkjoOAJg6DgDoOg4A/DoOAAzWEgBAOw4AlDsOAKI7DgDqOw4A+zsOAGLWEgBHPA4AuNYSAKI8DgDsPA4A7zwOAEI9DgBMPQ4AZNcSAKE9DgDuPQ4ABD4OAEQ+DgBaPg4Amj4OAJw+DgDwPg4A9j4OAEY/DgBaPw4AENgSAKg/DgDyPw4A9D8OAEhADgBoQA4AZtgSAKhADgD0QA4AAEEOAEpBDgBNQQ4AoEEOAKpBDgC82BIA/0EOAExCDgBiQg4AokIOALhCDgD4Qg4A+kIOAE5DDgBUQw4ApEMOALhDDgBo2RIA/kMOAFBEDgBYRA4ApkQOALBEDgD8RA4ACEUOAFJFDgBVRQ4AqEUOALJFDgC+2RIAB0YOAFRGDgBqRg4AqkYOAMBGDgAARw4AAkcOAFZHDgBcRw4ArEcOAMBHDgBq2hIACUgOAFhIDgBgSA4ArkgOALhIDgAESQ4AEEkOAFpJDgBdSQ4AsEkOALpJDgDA2hIAD0oOAFxKDgBySg4AskoOAMhKDgAISw4ACksOAF5LDgBkSw4AtEsOAMhLDgBs2xIAEkwOAGBMDgAmTA4AIjcTAGZMDgDiZA8AcEwOALZMDgBxTA4A/sgPAHlMDgBQxw8AuEwOAAxNDgAaTQ4AYk0OAHNNDgDC2xIAv00OABjcEgAXTg4AoEMPABpODgBkTg4AZ04OALpODgDDTg4AEE8OACFPDgBmTw4AcE8OALxPDgDETw4AElAOANhPDgDokg8AFVAOAGhQDgBxUA4AvlAOANRQDgAUUQ4AKlEOAGpRDgBsUQ4AwFEOAMZRDgAWUg4AKlIOAG7cEgCUUg4AwlIOAOpSDgDE3BIAHlMOACQwDwAkUw4AxlQOACVTDgDSMQ8AJ1MOANAwDwAoUw4AblMOAHBTDgDEUw4A0lMOABpUDgArVA4AGt0SAHhUDgBw3RIAzFQOABxVDgAiVQ4AclUOAHdVDgDIVQ4AzlUOAMbdEgAqVg4AdFYOAHxWDgBy3hIA1lYOACBXDgAqVw4AdlcOAH9XDgDMVw4AzVcOACJYDgAqWA4AeFgOAH1YDgDOWA4A3lgOAB7fEgAwWQ4AelkOAHxZDgDQWQ4A1lkOACZaDgAtWg4AfFoOAIFaDgDSWg4A1loOAChbDgA1Ww4AflsOAIZbDgDUWw4A2VsOACpcDgA6XA4AdN8SAJFcDgDWXA4A4lwOACxdDgA7XQ4Agl0OAIxdDgDYXQ4A5l0OAC5eDgA7Xg4AhF4OAJteDgDK3xIA3V4OAHbgEgAzXw4Ahl8OADdfDgBG8xIAjl8OANxfDgAEYA4AMmAOAFpgDgCIYA4AsGAOAMzgEgDnYA4ANGEOADVhDgCKYQ4AmWEOAOBhDgCgYQ4AjmMOAPFhDgA2Yg4AOGIOAIxiDgCPYg4A4mIOAOViDgA4Yw4AQGMOAM7hEgCTYw4A5GMOAOtjDgA6ZA4AQ2QOAJBkDgChZA4A5mQOAPJkDgA8ZQ4ARGUOACTiEgCYZQ4A6GUOAO9lDgA+Zg4AQ2YOAJRmDgCYZg4A6mYOAPdmDgBAZw4AT2cOAJZnDgCnZw4A7GcOAO5nDgBCaA4ARWgOAJhoDgCbaA4A7mgOAPZoDgB64hIASWkOAICyDgBPaQ4A6moQAFBpDgCaaQ4AnWkOAPBpDgD6aQ4A0OISAE9qDgCcag4Aq2oOAPJqDgABaw4ASGsOAFRrDgCeaw4AoWsOAPRrDgD3aw4AJuMSAE1sDgCgbA4AyGwOAHzjEgD+bA4A0uMSAFRtDgAo5BIAsG0OAPhtDgAJbg4ATm4OAFpuDgCkbg4Ax24OAPpuDgD9bg4AUG8OAHRvDgCmbw4Arm8OANTkEgD+bw4AUnAOAGBwDgCocA4AuXAOACrlEgAFcQ4AgOUSAFxxDgAs5hIAr3EOAAByDgANcg4AVnIOAFlyDgCscg4AsXIOAAJzDgATcw4AWHMOAGRzDgCC5hIAs3MOAAR0DgAVdA4AWnQOAGZ0DgCwdA4AynQOAAZ1DgAKdQ4ACncOAA11DgBkeQ4AEHUOALx6DgASdQ4ADHgOABR1DgAIdg4AF3UOAFx1DgBhdQ4AsnUOAMl1DgDY5hIAFXYOAF52DgBudg4AtHYOALl2DgAu5xIADHcOAGB3DgBmdw4AtncOAMN3DgCE5xIAEngOAGJ4DgBoeA4AuHgOAL14DgAOeQ4AFHkOANrnEgBweQ4AunkOANN5DgAQeg4AGXoOAGZ6DgB9eg4AMOgSAMJ6DgASew4AFHsOAGh7DgB3ew4AvnsOAMp7DgCG6BIAFnwOAGp8DgB7fA4AwHwOAM58DgAWfQ4AHX0OAGx9DgBufQ4Awn0OAMx9DgAYfg4AJn4OAG5+DgBzfg4AxH4OANF+DgAafw4AIn8OAHB/DgB0fw4Axn8OAMh/DgAcgA4AIoAOAHKADgB/gA4A3OgSANWADgAegQ4ANYEOAHSBDgCQgQ4AMukSANaBDgAggg4AIYIOAHaCDgB8gg4AzIIOANiCDgAigw4AMYMOAHiDDgB6gw4AzoMOANiDDgAkhA4AMoQOAHqEDgB/hA4A0IQOAN2EDgAmhQ4ALoUOAHyFDgCAhQ4A0oUOANSFDgAohg4ALoYOAH6GDgCLhg4AiOkSAOGGDgAqhw4AQYcOAICHDgCchw4A3ukSAN+HDgAsiA4AOogOAIKIDgCMiA4A2IgOAOSIDgAuiQ4AMYkOAISJDgCgiQ4A2okOAOKJDgA06hIAPIoOAIaKDgCJig4A3IoOAOaKDgA26xIAO4sOAIiLDgCWiw4A3osOAOiLDgA0jA4AQIwOAIqMDgCSjA4A4usSAOKMDgA2jQ4ARI0OAIyNDgCdjQ4AOOwSAOmNDgCO7BIAPY4OAI6ODgCWjg4A5I4OAOqODgA6jw4AQ48OAJCPDgCdjw4AOu0SAOuPDgA8kA4A8o8OAOqRDgBFkA4AkpAOAJyQDgDokA4A8JAOAD6RDgCEkQ4AlJEOAJyRDgCQ7RIA8JEOAECSDgBGkg4AlpIOAJ6SDgDskg4AMpMOAEKTDgBKkw4A5u0SAKCTDgA87hIA95MOAESUDgBSlA4AmpQOAKSUDgDwlA4A/JQOAEaVDgBJlQ4AnJUOAKSVDgDo7hIA/pUOAEiWDgBLlg4AnpYOAKiWDgA+7xIA/JYOAJTvEgBYlw4AoJcOALGXDgD2lw4AApgOAEyYDgBPmA4A6u8SAOqYDgD4mA4AQJkOAEDwEgBemQ4ApJkOAKaZDgD6mQ4ACJoOAFCaDgBhmg4AlvASAMKaDgD8mg4ABJsOAOzwEgBYmw4AkBAPAGWbDgComw4At5sOAP6bDgAKnA4AVJwOAFWcDgCqnA4AtJwOAACdDgAOnQ4AVp0OAFudDgCsnQ4AuZ0OAELxEgAQng4AWJ4OAGWeDgCung4Atp4OAJjxEgAQnw4AWp8OAIafDgCwnw4AvJ8OAAagDgAVoA4AXKAOAGagDgCyoA4AwKAOAAihDgANoQ4AXqEOAGuhDgC0oQ4AvKEOAAqiDgAYog4AYKIOAG2iDgC2og4AvqIOAO7xEgAOow4A+MUPABqjDgBiow4AbKMOALijDgDEow4ADqQOABWkDgBkpA4AbKQOALqkDgC+pA4AEKUOAB6lDgBmpQ4AcKUOALylDgDHpQ4AEqYOABqmDgBopg4AaqYOAL6mDgDGpg4AFKcOACGnDgBqpw4Ab6cOAMCnDgDNpw4AFqgOADSoDgBsqA4AnagOAMKoDgDOqA4AGKkOAB6pDgBuqQ4Ac6kOAMSpDgDMqQ4AGqoOACaqDgBwqg4Ag6oOAMaqDgDUqg4AHKsOACarDgByqw4AeqsOAMirDgDXqw4AHqwOACOsDgB0rA4Ae6wOAMqsDgDWrA4AIK0OADytDgB2rQ4Afq0OAETyEgDOrQ4AIq4OADCuDgB4rg4Aha4OAM6uDgDcrg4AJK8OADGvDgB6rw4Aka8OANCvDgDYrw4AJrAOADSwDgB8sA4AibAOANKwDgDasA4A8PISADaxDgB+sQ4Af7EOAJzzEgDgsQ4AKrIOADGyDgDy8xIAh7IOANayDgDbsg4ASPQSADSzDgCe9BIAirMOANizDgDAsw4AHAURANmzDgDYCQ8A27MOANwLDwDhsw4ALrQOAOKzDgCACA8A6LMOANoKDwD2sw4AUJ4QADu0DgCEtA4Aj7QOANq0DgDctA4AMLUOAD21DgCGtQ4AjbUOANy1DgDttQ4AMrYOAD62DgCItg4Aj7YOAN62DgDmtg4A9PQSADq3DgCKtw4AkLcOAOC3DgDltw4ANrgOADy4DgBK9RIAmLgOAOK4DgDsuA4AOLkOADy5DgCOuQ4AmrkOAOS5DgDwuQ4AOroOAEe6DgCQug4AmLoOAOa6DgDwug4APLsOAEi7DgCSuw4AlbsOAOi7DgDyuw4A9vUSAEC8DgCUvA4Al7wOAOq8DgDtvA4AovYSAEi9DgD49hIApL0OAOy9DgDtvQ4ATvcSAEq+DgCk9xIAnb4OAO6+DgD1vg4ARL8OAEm/DgD69xIAor8OAFD4EgD4vw4ARsAOAFDADgCcwA4Ap8AOAPLADgAAwQ4ASMEOAEvBDgCewQ4ApsEOAPTBDgD+wQ4ASsIOAFbCDgCgwg4Ao8IOAPbCDgAAww4ApvgSAFrDDgCiww4AuMMOAPjDDgAExA4ATsQOAFXEDgCkxA4ArMQOAPrEDgD/xA4AUMUOAFnFDgCmxQ4AsMUOAPzFDgAExg4AUsYOAFTGDgCoxg4AuMYOAP7GDgAIxw4AVMcOAGDHDgCqxw4AsMcOAADIDgAIyA4AUvkSAGTIDgCsyA4ArcgOAKj5EgAHyQ4A/vkSAFrJDgCuyQ4Ar8kOAATKDgAHyg4AWsoOAGXKDgCwyg4AtcoOAAbLDgAQyw4AVPoSAIDLDgCyyw4AussOAKr6EgAKzA4AXswOAG/MDgC0zA4AxcwOAArNDgANzQ4AAPsSAGbNDgC2zQ4Au80OAAzODgAPzg4AYs4OAGXODgC4zg4AwM4OAFb7EgAczw4AZM8OAGfPDgC6zw4Axc8OABDQDgAc0A4AZtAOAG3QDgC80A4AxNAOABLRDgAg0Q4AaNEOAHXRDgC+0Q4AxtEOAKz7EgAg0g4AatIOAG3SDgDA0g4AytIOABbTDgAe0w4AAvwSAHjTDgDC0w4AyNMOABjUDgAi1A4AbtQOAILUDgDE1A4AzNQOAFj8EgAn1Q4AcNUOAHjVDgDG1Q4AydUOABzWDgAo1g4ActYOAHzWDgDI1g4A0dYOAB7XDgAf1w4AdNcOAIzXDgDK1w4AzNcOACDYDgAx2A4AdtgOAIfYDgDM2A4A1NgOACLZDgAx2Q4AeNkOAHrZDgDO2Q4A39kOACTaDgA12g4AetoOAJPaDgDQ2g4A0toOACbbDgA12w4AfNsOAJzbDgAE/RIA1NsOACjcDgBI3A4AftwOAJLcDgBc/hIA3NwOACrdDgA33Q4AgN0OAIXdDgDW3Q4A4N0OACzeDgA03g4Agt4OAIjeDgDY3g4A4d4OAC7fDgA73w4Asv4SAJDfDgDa3w4A4N8OADDgDgA24A4AhuAOAI/gDgDc4A4A3eAOADLhDgA84Q4AiOEOAJThDgDe4Q4A5eEOAAj/EgA84g4AXv8SAJLiDgC0/xIA6OIOAAoAEwBC4w4AjOMOAJzjDgDi4w4A5+MOADjkDgA+5A4AjuQOAJrkDgDk5A4A7OQOAGAAEwBL5Q4AkOUOAKHlDgDm5Q4A+OUOADzmDgBE5g4AkuYOAJ3mDgDo5g4A7eYOAD7nDgBD5w4AlOcOALTnDgC2ABMA+ucOAEDoDgBK6A4AlugOAKLoDgDs6A4A8ugOAELpDgBK6Q4AmOkOAJrpDgDu6Q4ApOkOAKTvDgD/6Q4AROoOAFXqDgCa6g4ArOoOAPDqDgD46g4ARusOAFHrDgCc6w4AoesOAPLrDgD36w4ASOwOAGjsDgAMARMAoOwOAPTsDgAD7Q4ASu0OAFXtDgCg7Q4Asu0OAPbtDgD+7Q4ATO4OAFfuDgCi7g4Ap+4OAPjuDgD97g4ATu8OAG7vDgBiARMApu8OAPrvDgAJ8A4AUPAOAFvwDgCm8A4AuPAOAPzwDgAE8Q4AUvEOAF3xDgCo8Q4ArfEOAP7xDgAD8g4AVPIOAHTyDgC4ARMAt/IOAADzDgAX8w4ADgITAGPzDgCs8w4Aw/MOAGQCEwAP9A4AWPQOAF/0DgCu9A4AvPQOAAT1DgAR9Q4AWvUOAHH1DgC6AhMAuPUOABADEwAI9g4AXPYOAGr2DgCy9g4Aw/YOAGYDEwAV9w4AXvcOAHX3DgC8AxMAvvcOAAr4DgAW+A4AYPgOAGP4DgC2+A4AwPgOABIEEwAo+Q4AaAQTAGr5DgC+BBMAwPkOAA76DgAP+g4AwP0OABH6DgC8+w4AFfoOAM4EDwAY+g4AZPoOAB36DgDE/w4AHvoOAML+DgBp+g4AIgQPAHD6DgC6+g4AvfoOABD7DgAa+w4AFAUTAG77DgBqBRMAxfsOABL8DgDc+w4AygIPACD8DgBo/A4AcvwOAL78DgDK/A4AFP0OABf9DgBq/Q4Acv0OAMAFEwDC/Q4AFv4OABn+DgBs/g4Ab/4OABYGEwDE/g4AGP8OACb/DgBu/w4Af/8OAMIGEwDG/w4AGgAPACcADwBwAA8AfwAPAMYADwDSAA8AHAEPAC0BDwByAQ8AgwEPAMgBDwDUAQ8AHgIPACUCDwB0Ag8AfAIPAG4HEwDYAg8AIAMPACEDDwDEBxMAggMPAMwDDwDTAw8AGggTACkEDwB4BA8AfQQPAMYIEwDXBA8AJAUPACoFDwB6BQ8AfAUPANAFDwDaBQ8AJgYPADQGDwB8Bg8AgQYPANIGDwDfBg8AKAcPAEAHDwB+Bw8AlAcPANQHDwDXBw8AKggPADIIDwByCRMAjAgPANYIDwDZCA8ALAkPADYJDwDICRMAigkPAB4KEwDaCQ8ALgoPADEKDwCECg8AhwoPAHQKEwDcCg8AMAsPAD4LDwCGCw8AlwsPACALEwDlCw8AMgwPAEAMDwCIDA8ASwwPAFTLEACSDA8A3gwPAOoMDwA0DQ8ANw0PAIoNDwCSDQ8AzAsTAPoNDwAiDBMAUA4PAIwODwCmDg8AeAwTAOcODwDqEg8A8A4PAJYTDwDyDg8AOA8PADoPDwCODw8AnA8PAOQPDwD1Dw8AzgwTAEEQDwAkDRMAlhAPAOYQDwDrEA8APBEPAEIRDwB6DRMAmBEPAOgRDwDtEQ8APhIPAFQSDwCUEg8AnBIPACYOEwAKEw8AQBMPAEgTDwB8DhMArRMPAOwTDwD5Ew8AQhQPAEcUDwCYFA8AnhQPAO4UDwD6FA8ARBUPAEsVDwCaFQ8AohUPAPAVDwATFg8AKA8TAFMWDwCcFg8AqxYPAPIWDwD0Fg8ASBcPAFEXDwCeFw8AtRcPAPQXDwD/Fw8AShgPAFQYDwCgGA8AqBgPANQPEwD8GA8ATBkPAFIZDwCiGQ8ApxkPAPgZDwD+GQ8AKhATAHAaDwCkGg8ArBoPANYQEwADGw8AUBsPAFEbDwCmGw8ArhsPAPwbDwAHHA8AUhwPAFccDwCoHA8ArRwPAP4cDwAeHQ8ALBETAFodDwCqHQ8AsR0PAAAeDwAFHg8AVh4PAFoeDwCsHg8AuR4PAAIfDwAKHw8AWB8PAGMfDwCuHw8Asx8PAAQgDwAJIA8AWiAPAHogDwCCERMAvyAPAAYhDwARIQ8AXCEPAGQhDwCyIQ8AtSEPAAgiDwC8IQ8ADiUPABQiDwBeIg8AaCIPALQiDwC9Ig8ACiMPAAsjDwBgIw8AaCMPALYjDwDBIw8ADCQPABEkDwBiJA8AZyQPALgkDwDYJA8A2BETABolDwBkJQ8AZiUPALolDwDAJQ8AECYPABcmDwBmJg8AayYPALwmDwDAJg8AEicPAB8nDwBoJw8AcCcPAL4nDwDJJw8AFCgPABkoDwBqKA8AbygPAMAoDwDgKA8ALhITAB4pDwCEEhMAdikPAMIpDwDLKQ8AGCoPAB4qDwBuKg8AeioPAMQqDwDiKg8AGisPABsrDwBwKw8AcisPAMYrDwDTKw8AHCwPACosDwByLA8AgSwPAMgsDwDkLA8AHi0PACYtDwAwExMAhy0PAMotDwDLLQ8AIC4PACwuDwB2Lg8AhS4PAMwuDwDWLg8AIi8PAC4vDwB4Lw8Afy8PAIYTEwDWLw8A3BMTAC0wDwB6MA8AhzAPADIUEwDVMA8AJjEPADMxDwB8MQ8AhjEPAIgUEwDUMQ8AKDIPAD4yDwB+Mg8AijIPAN4UEwDcMg8ARm4QAPIyDwAqMw8AMjMPAHavDwBIMw8AgDMPAIgzDwDWMw8AojMPADiSEADXMw8AhDUPANkzDwDcNg8A4jMPAI6SEADmMw8ALDQPAC40DwCCNA8AkDQPANg0DwDpNA8ANBUTADY1DwCKFRMAhjUPANo1DwDdNQ8AMDYPADM2DwDgFRMAjjYPADYWEwDmNg8AjI8PAPw2DwAyNw8AQDcPAIg3DwCJNw8AjBYTAOY3DwDiFhMAVzgPADgXEwCXOA8A4DgPAO44DwA2OQ8AQDkPAIw5DwCUOQ8A4jkPAOM5DwDsPg8A/TkPAJI8DwAOOg8AODoPAEE6DwCOOg8AjzoPAOQ6DwDyOg8AOjsPAEQ7DwCQOw8AnDsPAOY7DwDsOw8APDwPAFg8DwCOFxMAoDwPAOg8DwD1PA8APj0PAEg9DwCUPQ8Alj0PAOo9DwABPg8AQD4PAEw+DwCWPg8Asj4PAOQXEwD9Pg8AQj8PAEQ/DwCYPw8Aoj8PAO4/DwD+Pw8AREAPAElADwCaQA8AoEAPAPBADwAGQQ8ARkEPAE5BDwCcQQ8An0EPAPJBDwD7QQ8ASEIPAFZCDwCeQg8AqEIPAPRCDwAAQw8ASkMPAGZDDwA6GBMArUMPAPZDDwD+Qw8ATEQPAE9EDwConQ8AXEQPAKJEDwCkRA8AppwPALBEDwD4RA8ABUUPAE5FDwBcRQ8ApEUPAKdFDwD6RQ8ABUYPAFBGDwBcRg8ApkYPAK1GDwD8Rg8ABEcPAFJHDwBURw8AqEcPALhHDwD+Rw8ACEgPAFRIDwBgSA8AqkgPALBIDwAASQ8ACEkPAJAYEwBYSQ8ArEkPALpJDwACSg8AD0oPAFhKDwBkSg8ArkoPALRKDwAESw8AB0sPAFpLDwBiSw8AsEsPALJLDwC6UA8As0sPAF5NDwDASw8ABkwPAAhMDwBuVQ8AC0wPAFxMDwBlTA8AskwPAL9MDwAITQ8AD00PAOYYEwBnTQ8AvlIPAGhNDwAMTw8Afk0PALRNDwDCTQ8ACk4PAAtODwA8GRMAbE4PALZODwC9Tg8AkhkTAA5PDwBiTw8AaE8PALhPDwDCTw8ADlAPABpQDwBkUA8Aa1APAOgZEwDTUA8AEFEPABVRDwBmUQ8AbFEPALxRDwDGUQ8AElIPAB5SDwBoUg8Ab1IPAD4aEwDNUg8AFFMPACNTDwBqUw8AdlMPAMBTDwDDUw8AFlQPABlUDwBsVA8AfFQPAMJUDwDLVA8AGFUPAClVDwCUGhMAfFUPAMRVDwDVVQ8A6hoTACFWDwBAGxMAeFYPAMZWDwDIVg8A0FsPAMlWDwB0WA8A1lYPABxXDwAeVw8AhGAPACFXDwByVw8Ae1cPAMhXDwDVVw8AHlgPACVYDwCWGxMAfVgPANRdDwB+WA8AIloPAJRYDwDKWA8A2FgPACBZDwAhWQ8A7BsTAIJZDwDMWQ8A01kPAEIcEwAkWg8AeFoPAH5aDwDOWg8A2FoPACRbDwAwWw8AelsPAIFbDwCYHBMA6VsPACZcDwArXA8AfFwPAIJcDwDSXA8A3FwPAChdDwA0XQ8Afl0PAIVdDwDuHBMA410PACpeDwA5Xg8AgF4PAIxeDwDWXg8A2V4PACxfDwAvXw8Agl8PAJJfDwDYXw8A4V8PAC5gDwA/YA8ARB0TAJJgDwDaYA8A62APAJodEwA3YQ8A8B0TAI5hDwDcYQ8ABWIPADJiDwA6Yg8AiGIPAJhiDwDeYg8A4GIPADRjDwBCYw8AimMPAJtjDwBGHhMA5mMPADZkDwBCZA8AnB4TALpkDwBIHxMA62QPADhlDwBFZQ8AjmUPAKplDwDkZQ8A7GUPAJ4fEwBLZg8AkGYPAJJmDwDmZg8A52YPADxnDwA/Zw8AkmcPAJ5nDwDoZw8A72cPAD5oDwBaaA8AlGgPAJxoDwD0HxMA92gPAEBpDwBQaQ8AlmkPAJtpDwDsaQ8AF2oPAEogEwBIag8AoCATAKBqDwDuag8A72oPAFZ0DwD0ag8A/B8RAPhqDwBEaw8A+moPAKJvDwD+ag8A9G0PAAxrDwCydw8ASWsPAEIYEQBPaw8AOBMRAFBrDwCaaw8AnWsPAPBrDwD6aw8A9iATAE5sDwCcbA8AomwPAPJsDwD7bA8ASG0PAFVtDwCebQ8Aum0PAEwhEwD2bQ8ASm4PAPltDwCuIxEAWG4PAKBuDwCxbg8AoiETAPxuDwBMbw8AWG8PAPghEwCobw8A+G8PAP5vDwBOcA8AU3APAKRwDwCqcA8A+iITAAFxDwD8IxMAVXEPAKZxDwCucQ8A/HEPAAhyDwBScg8AZXIPAKhyDwC0cg8A/nIPAA1zDwBUcw8AXXMPAKpzDwC0cw8AAHQPAAx0DwCoJBMAZ3QPAKx0DwC4dA8AAnUPAAR1DwBYdQ8AW3UPAK51DwC6dQ8ABHYPAAx2DwD+JBMAZnYPALB2DwDAdg8ABncPABJ3DwBcdw8AYncPAFQlEwDUdw8ACHgPABB4DwBeeA8AiHgPALR4DwC/eA8ACnkPABZ5DwBgeQ8AcXkPALZ5DwC3eQ8AqiUTABJ6DwBieg8Ab3oPAAAmEwDFeg8ADnsPACV7DwBkew8Aj3sPALp7DwDCew8AEHwPABp8DwBmfA8AcnwPALx8DwC/fA8AEn0PABx9DwBWJhMAcH0PAL59DwDEfQ8AFH4PAB1+DwBqfg8Ad34PAMB+DwDcfg8ArCYTABh/DwBsfw8AHX8PANyMDwB5fw8Awn8PAMl/DwAYgA8AGoAPAG6ADwB0gA8AxIAPAMuADwAagQ8AMoEPAHCBDwB1gQ8AxoEPAHyBDwBygg8Az4EPAByCDwAmgg8AAicTAHiCDwDIgg8AzoIPAB6DDwAjgw8AdIMPAHqDDwBYJxMAy4MPACCEDwAxhA8AdoQPAIKEDwDMhA8A1oQPACKFDwAuhQ8AeIUPAH+FDwCuJxMA0IUPACSGDwDZhQ8Axi8RACeGDwB6hg8AmoYPANCGDwDYhg8ABCgTADeHDwB8hw8Ag4cPANKHDwDahw8AKIgPACuIDwDWiQ8AOIgPAH6IDwCAiA8A1IgPAOKIDwAqiQ8AO4kPAFooEwCHiQ8AsCgTAN+JDwAsig8AO4oPAIKKDwCRig8A2IoPAOSKDwAuiw8AMYsPAISLDwCHiw8A2osPAOqLDwAwjA8AOYwPAIaMDwCXjA8ABikTAOGMDwAyjQ8AO40PAIiNDwCSjQ8A3o0PAOaNDwA0jg8AUo4PAIqODwCojg8A4I4PAP6ODwA2jw8AVI8PAFwpEwCTjw8A4o8PAOePDwA4kA8A7o8PADqRDwBBkA8AjpAPAJiQDwDkkA8AAJEPALIpEwBAkQ8AkJEPAJaRDwDmkQ8AApIPAAgqEwBmkg8AtCoTALySDwAKKxMA8JIPAAwsEwBUkw8AlJMPAJaTDwDqkw8A8JMPAECUDwBUlA8AlpQPAJ6UDwDslA8AFpUPAGIsEwBLlQ8AmJUPAKWVDwDulQ8A/JUPAESWDwBOlg8AmpYPALSWDwDwlg8A/ZYPAEaXDwBSlw8AnJcPAKaXDwDylw8A+pcPALgsEwBPmA8AnpgPAKaYDwAOLRMAzJgPABAuEwAAmQ8ASpkPAFGZDwCgmQ8AqJkPAGQtEwD4mQ8ATJoPAF2aDwCimg8AqpoPAPiaDwACmw8ATpsPAFqbDwCkmw8Ap5sPAPqbDwAEnA8AZi4TAGycDwC8LhMAtJwPAPycDwANnQ8AEi8TAFmdDwBoLxMAsZ0PAP6dDwANng8AVJ4PAGOeDwCqng8Atp4PAACfDwADnw8AVp8PAFmfDwCsnw8AvJ8PAAKgDwALoA8AWKAPAGmgDwC+LxMAsKAPAAShDwC6oA8AsKEPAAehDwBaoQ8AYqEPABQwEwC2oQ8ABqIPABKiDwBcog8AZKIPAGowEwC+og8ACKMPAAujDwBeow8AaKMPAMAwEwC5ow8ACqQPACCkDwBgpA8AYaQPALakDwDHpA8ADKUPABilDwBipQ8AbKUPALilDwDEpQ8AFjETABqmDwBkpg8AZ6YPALqmDwDEpg8AwjETABOnDwBmpw8AaacPALynDwDIpw8AEqgPABioDwBoqA8AcqgPABgyEwDDqA8AFKkPACGpDwBqqQ8AbakPAMCpDwDcqQ8AFqoPAB6qDwBuMhMAdKoPAMQyEwDKqg8AGjMTABurDwBuqw8AL6sPANaLEACOqw8AxKsPANirDwBwMxMAG6wPAHCsDwB2rA8AxqwPANKsDwAcrQ8AK60PAHKtDwB0rQ8AyK0PANKtDwAerg8AKq4PAHSuDwB7rg8AxjMTANauDwAcNBMAKK8PAHI0EwB5rw8AerEPAIavDwDMrw8Azq8PACKwDwAwsA8AeLAPAImwDwB4NxMA1bAPAM43EwAssQ8AJDgTAJqxDwDQsQ8A3rEPACayDwAnsg8AejgTAIiyDwDSsg8A2bIPANA4EwAwsw8AJjkTAICzDwDUsw8A4rMPACq0DwA7tA8AfDkTAIa0DwDWtA8A4rQPANI5EwAytQ8AgrUPAIi1DwDYtQ8A3bUPAC62DwA0tg8AfjoTAIe2DwDatg8A5rYPADC3DwA2tw8AhrcPAJC3DwAqOxMA4bcPADK4DwA/uA8AiLgPAIu4DwDeuA8A87gPADS5DwA8uQ8AgDsTAJK5DwDguQ8A7LkPADa6DwA8ug8AjLoPAJK6DwDiug8A57oPADi7DwA+uw8AhD0TAJ27DwDkuw8A87sPADq8DwBDvA8AkLwPAJa8DwDmvA8A7LwPADy9DwBIvQ8Akr0PAJm9DwDovQ8A8L0PADA+EwBIvg8AlL4PAJ++DwDqvg8A9r4PAEC/DwBGvw8Alr8PAJ6/DwDsvw8A+L8PAELADwBIwA8AmMAPAJ7ADwDuwA8A88APAETBDwBKwQ8Ahj4TAKHBDwDwwQ8A/sEPAEbCDwBTwg8AnMIPALPCDwDywg8ADsMPAEjDDwBQww8A3D4TALHDDwD0ww8A9sMPAErEDwBgxA8AoMQPAKHEDwD2xA8AB8UPAEzFDwBYxQ8AMj8TAL7FDwCIPxMADsYPAE7GDwBPxg8ApMYPALXGDwD6xg8ABscPAN4/EwBVxw8ApscPAKzHDwD8xw8AHMgPAFLIDwBeyA8AqMgPAK/IDwA0QBMACskPAFTJDwBWyQ8AqskPAMrJDwCKQBMAB8oPAOBAEwBbyg8ArMoPALzKDwACyw8ACssPAFjLDwBiyw8ArssPALrLDwAEzA8AB8wPAFrMDwBkzA8ANkETALXMDwC2zw8AvswPAAbNDwAWzQ8AXM0PAGzNDwCyzQ8A2s0PAAjODwAwzg8AXs4PAIbODwDiQRMAwM4PAArPDwAMzw8AYM8PAIDPDwDmQxMAw88PAAzQDwAY0A8AYtAPAIrQDwC40A8A4NAPAA7RDwA20Q8APEQTAGrRDwC60Q8Av9EPABDSDwAW0g8AQEYTAG7SDwDsRhMAyNIPABLTDwAV0w8AaNMPAHLTDwC+0w8AxtMPAJhHEwAi1A8AatQPAHHUDwDA1A8AyNQPABbVDwAj1Q8AbNUPAHHVDwDC1Q8AzNUPABjWDwAg1g8AbtYPAH7WDwDE1g8A0tYPABrXDwAn1w8AcNcPAH7XDwDG1w8AydcPABzYDwAn2A8ActgPAHrYDwDI2A8A4dgPAB7ZDwAq2Q8AdNkPAITZDwDK2Q8Az9kPACDaDwAm2g8AdtoPAILaDwDM2g8A1NoPAO5HEwAs2w8AeNsPAHvbDwDO2w8A1tsPACTcDwAl3A8AetwPAHzcDwDQ3A8A1twPACbdDwAy3Q8AfN0PAIndDwDS3Q8A3N0PACjeDwAw3g8Aft4PAIDeDwDU3g8A4d4PACrfDwAx3w8AgN8PAIjfDwDW3w8A2t8PACzgDwAu4A8AguAPAIXgDwDY4A8A4OAPAC7hDwA94Q8AhOEPAIbhDwDa4Q8A5+EPADDiDwA/4g8AhuIPAJLiDwDc4g8A7eIPADLjDwBD4w8AiOMPAJTjDwDe4w8A5eMPADTkDwBT5A8AREgTAJ7kDwDg5A8A4eQPADblDwBC5Q8AjOUPAKjlDwDi5Q8A6uUPAJpIEwBA5g8ARkkTAJrmDwDk5g8A6uYPADrnDwBA5w8AkOcPAKjnDwDm5w8A8OcPADzoDwBI6A8AkugPAJXoDwDo6A8A8ugPAD7pDwBW6Q8AlOkPAKTpDwDq6Q8A7OkPAEDqDwBO6g8AluoPAKfqDwCcSRMA8uoPAELrDwBO6w8A8kkTAKDrDwCeShMA+usPAETsDwBH7A8AmuwPAKTsDwD0ShMA8uwPAEbtDwBU7Q8AnO0PAK3tDwCgSxMA+e0PAPZLEwBQ7g8ATEwTAKbuDwBOTRMA9u4PAErvDwBX7w8AoO8PAK/vDwD27w8A/O8PAEzwDwBY8A8AovAPAKTwDwD48A8AAvEPAE7xDwBc8Q8ApPEPAKnxDwD68Q8AB/IPAFDyDwBc8g8ApvIPALnyDwD88g8AC/MPAFLzDwBe8w8AqPMPAKnzDwD+8w8ACPQPAFT0DwBi9A8AqvQPAK/0DwAA9Q8ADfUPAKRNEwBg9Q8ArPUPALr1DwAC9g8ABfYPAFj2DwBo9g8ArvYPALz2DwAE9w8AEPcPAFr3DwBh9w8AsPcPALf3DwAG+A8AEvgPAFz4DwBd+A8AsvgPAL74DwAI+Q8AFfkPAF75DwBl+Q8AtPkPAMD5DwAK+g8AF/oPAGD6DwBv+g8AtvoPAMr6DwAM+w8AGPsPAGL7DwB1+w8AuPsPAMf7DwAO/A8AGvwPAGT8DwBl/A8AuvwPAMT8DwAQ/Q8AHv0PAGb9DwBr/Q8AvP0PAMn9DwD6TRMAE/4PAGj+DwB5/g8Avv4PAMz+DwAU/w8AI/8PAGr/DwBs/w8AwP8PAMr/DwAWABAAJAAQAGwAEABxABAAwgAQAM8AEAAYARAAJwEQAG4BEABzARAAxAEQANEBEAAaAhAAJAIQAHACEAB8AhAAxgIQANkCEAAcAxAAJgMQAHIDEAB+AxAAyAMQANsDEAAeBBAALQQQAHQEEACABBAAygQQAMsEEAAgBRAAKgUQAHYFEACEBRAAzAUQANEFEAAiBhAALwYQAFBOEwB9BhAAzgYQANsGEAAkBxAALgcQAHoHEACABxAA0AcQANIHEAAmCBAAMwgQAHwIEAB/CBAA0ggQAOAIEAAoCRAANAkQAH4JEACLCRAA1AkQAN4JEAAqChAAOQoQAIAKEACFChAA1goQAOMKEAAsCxAAOQsQAIILEACOCxAA2AsQAOcLEAAuDBAAOAwQAIQMEACSDBAA2gwQAN8MEAAwDRAAPQ0QAIYNEACSDRAA3A0QAO8NEAAyDhAAQQ4QAIgOEACUDhAA3g4QAN8OEAA0DxAAPg8QAIoPEACYDxAA4A8QAOUPEAA2EBAAQxAQAKZOEwCfEBAA4hAQAPEQEAA4ERAARBEQAI4REACPERAA5BEQAO4REAA6EhAASBIQAJASEACVEhAA5hIQAPMSEAD8ThMATxMQAJITEAChExAA6BMQAPQTEAA+FBAAPxQQAJQUEACeFBAA6hQQAPgUEABAFRAARRUQAJYVEACjFRAAUk8TAO4VEABCFhAAUBYQAJgWEAClFhAA7hYQAPoWEABEFxAAShcQAJoXEACrFxAA8BcQAPIXEABGGBAATxgQAJwYEACpGBAA8hgQAAEZEABIGRAAUxkQAJ4ZEACqGRAA9BkQAAcaEABKGhAAWRoQAKAaEACsGhAA9hoQAPcaEABMGxAAVhsQAKIbEACwGxAA+BsQAP0bEABOHBAAWxwQAKhPEwCxHBAA+hwQAAgdEABQHRAAWh0QAKYdEAC0HRAA/B0QAP4dEABSHhAAYx4QAKgeEAC2HhAA/h4QAC8fEABUHxAAVh8QAKofEAC0HxAAACAQAA4gEABWIBAAWyAQAKwgEAC5IBAAAiEQAA4hEABYIRAAayEQAK4hEAC9IRAABCIQABAiEABaIhAAWyIQALAiEAC6IhAABiMQABQjEABcIxAAYSMQALIjEAC/IxAA/k8TAAokEABeJBAAYCQQALQkEADDJBAACiUQABklEABgJRAAbCUQALYlEAC5JRAADCYQAA8mEABiJhAAaCYQALgmEADEJhAADicQABEnEABkJxAAaScQALonEADDJxAAECgQABYoEABmKBAAdSgQALwoEADIKBAAEikQACIpEABoKRAAaikQAL4pEADMKRAAFCoQACUqEABUUBMAcCoQAMAqEADMKhAAqlATACkrEABsKxAAeysQAMIrEADOKxAAGCwQABksEABuLBAAeCwQAMQsEADSLBAAGi0QAB8tEABwLRAAfS0QAABREwDSLRAAHC4QACYuEAByLhAAni4QAMguEADPLhAAHi8QADcvEAB0LxAAgy8QAMovEADZLxAAIDAQACUwEAB2MBAAgzAQAMwwEADZMBAAIjEQAC4xEAB4MRAAhzEQAM4xEADYMRAAJDIQADIyEAB6MhAAfzIQANAyEADdMhAAJjMQADIzEAB8MxAAjzMQANIzEADhMxAAKDQQADQ0EAB+NBAAfzQQANQ0EADeNBAAKjUQADg1EACANRAAhTUQANY1EADjNRAAVlETAD02EACCNhAAkzYQANg2EADkNhAALjcQAEU3EACENxAAhjcQANo3EADrNxAAMDgQADM4EACGOBAAkDgQANw4EADeOBAAMjkQADw5EACIORAAlDkQAN45EADqORAANDoQAEc6EACKOhAAmToQAOA6EADsOhAANjsQADc7EACMOxAAljsQAOI7EADwOxAAODwQAD08EACOPBAAmzwQAKxREwDmPBAAOj0QAEQ9EACQPRAAmD0QAAJSEwD5PRAAPD4QAEg+EACSPhAAoT4QAOg+EADxPhAAPj8QAEg/EACUPxAAoj8QAOo/EADvPxAAQEAQAE1AEACWQBAAokAQAOxAEAD/QBAAQkEQAFFBEACYQRAApEEQAO5BEADvQRAAREIQAE5CEACaQhAAqEIQAPBCEAD1QhAARkMQAFNDEABYUhMAnkMQAPJDEAD8QxAASEQQAFBEEACuUhMAo0QQAPREEAAKRRAASkUQAEtFEACgRRAAsUUQAPZFEAACRhAATEYQAFZGEACiRhAAsEYQAPhGEAD9RhAATkcQAFtHEACkRxAAsEcQAPpHEAANSBAAUEgQAF9IEACmSBAAskgQAPxIEAD9SBAAUkkQAFxJEACoSRAAtkkQAP5JEAADShAAVEoQAGFKEAAEUxMArEoQAABLEAAKSxAAVksQAF5LEABaUxMAwksQAAJMEAAOTBAAWEwQAF1MEACuTBAAt0wQAARNEAAOTRAAWk0QAGZNEACwTRAAw00QAAZOEAAVThAAXE4QAGhOEACyThAAs04QAAhPEAASTxAAXk8QAGxPEAC0TxAAuU8QAApQEAAXUBAAsFMTAGJQEAC2UBAAwFAQAAxREAAUURAABlQTAG9REAC4URAAx1EQAA5SEAAZUhAAZFIQAHBSEAC6UhAAyVIQABBTEAAwUxAAZlMQAHJTEAC8UxAAw1MQABJUEAAgVBAAaFQQAG1UEAC+VBAAylQQABRVEAAnVRAAalUQAHlVEADAVRAAzFUQABZWEAAXVhAAbFYQAHZWEADCVhAA0FYQABhXEAAdVxAAblcQAHtXEABcVBMAxlcQABpYEAAkWBAAcFgQAHhYEACyVBMA41gQABxZEAAtWRAAclkQAH5ZEADIWRAA21kQAB5aEAAtWhAAdFoQAIBaEADKWhAAy1oQACBbEAAqWxAAdlsQAIRbEADMWxAA0VsQACJcEAAvXBAACFUTAHpcEADOXBAA2FwQACRdEAAsXRAAXlUTAJddEADQXRAA4V0QACZeEAAyXhAAfF4QAI9eEADSXhAA4V4QAChfEAA0XxAAfl8QAH9fEADUXxAA3l8QACpgEAA4YBAAgGAQAIVgEADWYBAA42AQALRVEwAuYRAAgmEQAIxhEADYYRAA4GEQAApWEwA/YhAAhGIQAJhiEADaYhAA3mIQADBjEAAyYxAAhmMQAJpjEADcYxAA32MQADJkEABPZBAAiGQQAJlkEADeZBAA6mQQADRlEABHZRAAimUQAJllEADgZRAA7GUQADZmEAA3ZhAAjGYQAJZmEADiZhAA8GYQADhnEAA9ZxAAjmcQAJtnEABgVhMA5mcQADpoEABEaBAAkGgQAJhoEAC2VhMA6GgQADxpEABKaRAAkmkQAKNpEAAMVxMA72kQAGJXEwBhahAAZFgTAJxqEABmWRMA8GoQAEBrEABFaxAAlmsQAJprEADsaxAA+WsQALxZEwBHbBAAmGwQAJxsEADubBAA8GwQAERtEABdbRAAmm0QAKttEADwbRAA/G0QABJaEwBJbhAA/HMQAFJuEACcbhAAr24QAPJuEADzbhAASG8QAFRvEACebxAArW8QAPRvEAD+bxAASnAQAFZwEACgcBAAp3AQAGhaEwD+cBAATHEQAE5xEABkfRAAT3EQAFZ2EABScRAAonEQAFhxEACweBAAWXEQAN7lEACucRAA+HEQAAdyEABOchAAWnIQAKRyEACychAA+nIQABVzEABQcxAAXHMQAKZzEACtcxAAvloTAAl0EABSdBAAVHQQAKh0EACpdBAA/nQQAAF1EABUdRAAX3UQAKp1EACvdRAAAHYQAAp2EAAUWxMAY3YQAKx2EACudhAAAncQAAN3EABYdxAAW3cQAK53EAC5dxAABHgQAAl4EABaeBAAZHgQAGpbEwDDeBAABnkQAAd5EABceRAAaHkQALJ5EADBeRAACHoQABJ6EABeehAAanoQALR6EAC7ehAAwFsTABJ7EABgexAAYnsQALZ7EADFexAADHwQABZ8EABifBAAa3wQALh8EAC6fBAADn0QAB99EABsXBMAc30QALp9EADEfRAAEH4QABl+EABmfhAAaH4QALx+EADNfhAAEn8QABp/EABofxAAhn8QAL5/EADGfxAAFIAQACCAEABqgBAAfYAQAMCAEADBgBAAFoEQACKBEABsgRAAe4EQAMKBEADMgRAAGIIQACSCEABughAAdYIQAMJcEwDVghAAGoMQACuDEABwgxAAeIMQAMaDEADNgxAAHIQQACqEEAByhBAAgoQQAMiEEADYhBAAHoUQADqFEAAYXRMAgYUQAMqFEADhhRAAIIYQACiGEAB2hhAAhIYQAMyGEADWhhAAIocQAC6HEAB4hxAAjocQAM6HEADRhxAAJIgQAECIEABuXRMAhIgQANCIEADYiBAAJokQADWJEAB8iRAAgYkQANKJEADfiRAAKIoQADKKEAB+ihAAgIoQANSKEADiihAAKosQADeLEACAixAAg4sQAMRdEwDhixAALIwQADaMEACCjBAAiowQANiMEADnjBAALo0QADONEACEjRAAkY0QANqNEADkjRAAMI4QADKOEACGjhAAlI4QANyOEADpjhAAMo8QADWPEAAaXhMAi48QAN6PEADqjxAANJAQADuQEACKkBAAkpAQAOCQEAD5kBAANpEQAEqREACMkRAAqJEQAOKREADqkRAAxl4TAECSEAAcXxMAm5IQAOSSEADrkhAAOpMQAEKTEACQkxAAlZMQAOaTEAD2kxAAPJQQAESUEACSlBAAoJQQAOiUEAD1lBAAPpUQAEuVEACUlRAAoJUQAOqVEADwlRAAQJYQAEiWEACWlhAAopYQAOyWEAD/lhAAQpcQAFGXEACYlxAApJcQAO6XEADvlxAARJgQAE6YEACamBAAqJgQAPCYEAD1mBAARpkQAFOZEAByXxMAn5kQAPKZEAD8mRAASJoQAEqaEACemhAArZoQAPSaEAAUmxAASpsQAFKbEACgmxAAqpsQAPabEAD8mxAATJwQAE6cEACinBAAsZwQAPicEAAEnRAATp0QAFadEADIXxMAwp0QAPqdEAAYnhAAHmATAG6eEACmnhAAxJ4QAPyeEAAEnxAAUp8QAGGfEAConxAAqp8QAP6fEAAHoBAAVKAQAFegEACqoBAAtqAQAAChEAAHoRAAVqEQAF6hEACsoRAAxaEQAAKiEAAWohAAWKIQAHSiEACuohAAtqIQAHRgEwAioxAAWqMQAHijEADKYBMAyaMQAAakEAALpBAAXKQQAHekEACypBAAvqQQAAilEAAQpRAAIGETAHGlEAC0pRAAw6UQAAqmEAAWphAAYKYQAGGmEAC2phAAwKYQAAynEAAapxAAYqcQAGenEAC4pxAAxacQAHZhEwASqBAAZKgQAGaoEAC6qBAAvagQABCpEAAYqRAAZqkQAHCpEAC8qRAAx6kQABKqEAAeqhAAaKoQAHCqEADMYRMAzKoQABSrEAAaqxAAaqsQAHarEADAqxAAz6sQABasEAAgrBAAbKwQAHSsEADCrBAA0awQABitEAAarRAAbq0QAHetEADErRAAx60QABquEAAmrhAAcK4QAHiuEAAiYhMA1q4QAByvEAAkrxAAcq8QAHyvEADIrxAA068QAB6wEAAqsBAAdLAQAHywEAB4YhMAz7AQACCxEAAxsRAAdrEQAIexEADMsRAA0bEQACKyEAAmshAAeLIQAIayEADOshAA27IQACSzEAA7sxAAerMQAIKzEADQsxAA3LMQACa0EAA5tBAAfLQQAIu0EADStBAA3rQQACi1EAAptRAAfrUQAIi1EADUtRAA4rUQACq2EAAvthAAgLYQAI22EADOYhMA3LYQACy3EAA6txAAgrcQAI+3EADYtxAA77cQAC64EAA2uBAAhLgQAI+4EADauBAA3LgQADC5EAA9uRAAhrkQAI25EADcuRAA7bkQADK6EABAuhAAiLoQAJW6EADeuhAA9boQADS7EAA8uxAAirsQAI+7EADguxAA8LsQADa8EAA+vBAAjLwQAJa8EADivBAA7bwQADi9EABEvRAAjr0QAJa9EAB6YxMA/b0QADq+EAA/vhAAkL4QAKu+EADmvhAA8r4QADy/EABEvxAA0GMTAKW/EADovxAA978QAD7AEABKwBAAlMAQAJXAEADqwBAA9MAQAEDBEABOwRAAlsEQAJvBEADswRAA+cEQACZkEwBKwhAAmMIQAJrCEADuwhAA+8IQAETDEABJwxAAmsMQAKTDEADwwxAA+8MQAEbEEABSxBAAnMQQAKLEEADyxBAA+sQQAEjFEABUxRAAnsUQALHFEAD0xRAAA8YQAErGEABWxhAAoMYQAKHGEAD2xhAAAMcQAEzHEABaxxAAoscQAKfHEAD4xxAABcgQAHxkEwBTyBAApMgQALPIEAD6yBAACckQAFDJEABZyRAApskQAKzJEAD8yRAAAsoQAFLKEABeyhAAqMoQAK/KEAD+yhAAGssQANJkEwBeyxAAqssQALbLEAAAzBAAA8wQAFbMEABgzBAAKGUTALTMEAB+ZRMACs0QANRlEwBgzRAAKmYTALbNEAAEzhAABc4QAL7VEAARzhAAWs4QABjOEAAO0xAAG84QAHbcEAAdzhAAKOAQAFvOEACwzhAAxs4QAAbPEAAOzxAAXM8QAF7PEAAM0hAAas8QALLPEAC6zxAAgGYTAL/PEAAI0BAAC9AQAF7QEABo0BAAtNAQALbQEAAK0RAAG9EQAGDREABx0RAAttEQAL7READWZhMAE9IQAGLSEABp0hAAuNIQAMDSEAAsZxMAENMQAGTTEABq0xAAutMQAMfTEAAQ1BAAGNQQAGbUEABo1BAAvNQQAMPUEAAS1RAAGdUQAGjVEABw1RAAgmcTAMvVEAAU1hAAFdYQAGrWEACA1hAAwNYQAMjWEAAW1xAAGNcQAMbZEAAk1xAAbNcQAHTXEADYZxMAedcQAMLXEADF1xAAGNgQACLYEABu2BAAcNgQAMTYEADV2BAAGtkQACvZEABw2RAAeNkQAC5oEwDN2RAAHNoQACPaEABy2hAAetoQAIRoEwDS2hAAHtsQACDbEAB02xAAhdsQAMrbEADb2xAAINwQACjcEADaaBMAe9wQADDkEACC3BAAzNwQAOLcEAAi3RAAKt0QAHjdEACG3RAAzt0QANvdEAAk3hAAJ94QAHreEACE3hAA0N4QANLeEAAm3xAAN98QAHzfEACN3xAA0t8QANrfEAAwaRMAMeAQAH7gEACL4BAA1OAQANvgEAAq4RAAO+EQAIDhEACM4RAA1uEQAN7hEACGaRMAOeIQAILiEACF4hAA2OIQAOLiEAAu4xAAMOMQAITjEACV4xAA2uMQAOvjEADcaRMAOOQQAIbkEACd5BAA3OQQAOjkEAAy5RAAPOUQAIjlEACQ5RAAMmoTAN/lEAA05hAASuYQAIrmEACS5hAA4OYQAO7mEAA25xAAPucQAIhqEwBD5xAAjOcQAI/nEADi5xAA7OcQADjoEAA66BAAjugQAJ/oEADk6BAA9egQADrpEABC6RAA3moTAJbpEADm6RAA6+kQADzqEABX6hAAkuoQAKDqEADo6hAA7+oQAD7rEABK6xAAlOsQAJrrEADq6xAA7esQAEDsEABK7BAAluwQAJzsEADs7BAA7uwQAELtEABM7RAAmO0QAKTtEADu7RAABe4QAETuEABY7hAAmu4QALbuEADw7hAA+O4QADRrEwBI7xAAnO8QAKrvEADy7xAAA/AQAIprEwBP8BAA4GsTAKzwEAD08BAA/vAQAErxEABV8RAAoPEQAKjxEAD28RAAAvIQAEzyEABf8hAAovIQALHyEAD48hAABPMQAE7zEABP8xAApPMQAK7zEAD68xAACPQQAFD0EABV9BAApvQQALP0EACMbBMABPUQAFL1EABc9RAAqPUQAK31EAD+9RAABvYQAFT2EABa9hAAqvYQALb2EAAA9xAABvcQAFb3EABf9xAArPcQALn3EAAC+BAACvgQAFj4EABZ+BAArvgQALD4EAAE+RAAB/kQAFr5EABd+RAAOG0TAMb5EAAG+hAADvoQAFz6EABo+hAAsvoQALj6EAAI+xAADvsQAF77EABj+xAACvwQAIz7EAC0+xAAvPsQAORtEwAQ/BAAOm4TAHb8EAC2/BAAuPwQAAz9EAAZ/RAAYv0QAGn9EAC4/RAAwP0QAA7+EAAe/hAAZP4QAGb+EAC6/hAAyP4QABD/EAAh/xAA5m4TAG3/EAA8bxMAyv8QABIAEQAcABEAaAARAHMAEQC+ABEAxgARABQBEQAgAREAagERAH0BEQDAAREAzgERABYCEQAgAhEAbAIRAHQCEQDCAhEA0QIRABgDEQAdAxEAbgMRAHUDEQDEAxEA0AMRAOhvEwBZBBEAcAQRAK8EEQDGBBEAzgQRAD5wEwBGBREAcgURAH4FEQDIBREAzgURAB4GEQAkBhEAdAYRAHkGEQDKBhEA0AYRAJRwEwAhBxEAdgcRAHwHEQDMBxEA0QcRACIIEQAxCBEAeAgRAIQIEQDOCBEA0QgRACQJEQAnCREAegkRAIIJEQDQCREA3wkRACYKEQArChEAfAoRAJIKEQDSChEA0woRACgLEQA5CxEAfgsRAIoLEQDUCxEA3gsRACoMEQA2DBEAgAwRAIcMEQDqcBMA5gwRACwNEQA4DREAgg0RAJENEQDYDREA7A0RAC4OEQA9DhEAhA4RAJUOEQDaDhEA5g4RAEBxEwAyDxEAhg8RAJQPEQDcDxEA7Q8RAJZxEwA4EBEAiBARAJQQEQDscRMA5BARADQREQA6EREAihERAI8REQDgEREA5hERAO5yEwA7EhEAjBIRAI4SEQDiEhEA8xIRAEZ0EwBEExEAjhMRAJQTEQDkExEA8BMRADoUEQBCFBEAnHQTAJYUEQDmFBEA8hQRADwVEQBEFREA8nQTAJ4VEQDoFREA6xURAD4WEQBIFhEASHUTAJYWEQDqFhEA+BYRAEAXEQBRFxEA9HUTAJwXEQDsFxEA+BcRAEp2EwBKGBEAmBgRAJsYEQDuGBEA+hgRAEQZEQBQGREAmhkRAKIZEQD2dhMA+xkRAEYaEQBSGhEAnBoRAKQaEQBMdxMA+xoRAEgbEQBZGxEAnhsRAK8bEQD0GxEA/BsRAEocEQBNHBEAoBwRAKocEQD2HBEA+BwRAEwdEQBbHREAoh0RAMIdEQD4HREAAB4RAE4eEQBYHhEApB4RAKoeEQD6HhEA/B4RAFAfEQBfHxEAph8RALIfEQCidxMACCARAFIgEQBwIBEAqCARAK4gEQD+IBEAByERAFQhEQBhIREAqiERALIhEQAAIhEAFiIRAFYiEQBYIhEArCIRAMciEQACIxEADiMRAFgjEQBlIxEA+HcTALQjEQAEJBEADCQRAFokEQBwJBEAsCQRALUkEQAGJREADCURAFwlEQBoJREAsiURALolEQBOeBMAFSYRAF4mEQBuJhEAtCYRALkmEQAKJxEAECcRAGAnEQB2JxEAticRALgnEQAMKBEAFigRAGIoEQBwKBEAuCgRAL0oEQAOKREAGykRAKR4EwBzKREAuikRAMMpEQAQKhEAGioRAGYqEQB0KhEAvCoRAMEqEQASKxEAHysRAGgrEQBwKxEAvisRAM4rEQAULBEAFiwRAGosEQB4LBEAwCwRANEsEQD6eBMAHS0RAFB5EwBxLREAwi0RAMgtEQAYLhEAIC4RAG4uEQB4LhEAxC4RAMYuEQAaLxEAHS8RAHAvEQCQLxEA/HkTANIvEQAcMBEAIjARAHIwEQB+MBEAyDARANAwEQBSehMAKjERAHQxEQB6MREAyjERANYxEQAgMhEAKDIRAKh6EwB4MhEAzDIRANoyEQAiMxEAMzMRAP56EwCFMxEAzjMRAOUzEQBUexMALjQRAHo0EQCGNBEA0DQRANM0EQAmNREAMDURAKp7EwCNNREA0jURANk1EQAoNhEAMDYRAH42EQCLNhEA1DYRANk2EQAqNxEANDcRAIA3EQCINxEA1jcRAOU3EQAsOBEAMTgRAII4EQCYOBEA2DgRANk4EQAuOREAPDkRAIQ5EQCVOREA2jkRAOY5EQAwOhEAODoRAFZ8EwCKOhEAWAEAAI46EQCK6hIAkjoRAEiYDwDoOhEAEgkAADo7EQA4PhEA7TwRAFYrAAA6PREAWi0AAEg+EQB4PAAA5z4RAH4/AAA9PxEA5EcAAOg/EQCwoxAA6T8RAJRKAADtPxEAoKwDAPA/EQDi1QcAQEARAA5dAADsQBEAcGMAAEJBEQDebwAA7UERAJZ2AABPQhEAqH8AAJpCEQAEgwAA7kIRAAyHAACgQxEAdJAAAGNEEQCaRBEA/EYRAKDRAAD6RxEAuN0AAFBIEQAg5wAA/EgRAOj1AACwSREAUP8AAB5KEQCm/wAAUkoRAPz/AACyShEACAYBAFxLEQC2BwEAsUsRAMAMAQBzTBEA0hUBALZMEQDeGwEAH00RAFZNEQDITREAAk4RAApOEQBYThEAZE4RAEIjAQC2ThEA8iUBAHZPEQCwTxEAuE8RAAZQEQAIUBEAVi0BAGhQEQBiMwEAEFERAMo8AQBsUhEAUlYBABRTEQAEWgEAKFMRAKaiEgAwUxEAoqASAIdTEQBaWgEAvlMRALJbAQAgVBEADF4BAGlUEQASYQEAvlQRABZjAQDIVREA5nUBACxWEQBoVhEAcFYRADx2AQDNVhEAlngBAHZXEQBWgwEA41cRAKyDAQAiWBEAWoUBAHRYEQDCWBEAzFgRALCFAQAiWREAuooBAChbEQCYpAEAelsRAMhbEQDYWxEA7qQBAIBcEQD2qAEA0lwRACBdEQAwXREATKkBANhdEQAIsgEALGARAA42AgAwYBEAvDcCADRgEQA0yAEAQGARAC5GAgDaYBEA4OoSANtgEQBEZQwA3mARADrLAQDuYBEABMYMADBhEQDGsBEARGERAJDLAQBWYREAui0TAIVhEQDmywEAiGERABhRDQA2YhEA8NABAIxiEQBG0QEAOmMRAKjXAQDhYxEAtN0BAI1kEQC84QEA3WQRADBlEQA8ZREAaOIBADpmEQCIZhEAi2YRAEZqDgCUZhEAIOkBAPNmEQDQ6wEAVWcRAIpnEQDkZxEA6roNAPBnEQBC+gEADWgRANbuAQBCaBEAOPUBAO5oEQDs+QEAmmkRAET7AQAAahEAmvsBAJxqEQBwpAsAoGoRAEb8AQDvahEASP0BAPZrEQCyBwIAnWwRAOrjDACgbBEAvAwCAKJsEQCq8g4A8mwRAJLuEgAEbREAQG0RAJ5tEQDsbREAsm0RACYXAgDvbREAvnkNAPZtEQDUhA0A+W0RAOhjDQD8bREAPjsOAP1tEQCcPw4AB24RAMAOAgANbhEAfIMNAJpuEQAeEwIAwm4RAE6ZDgD8bhEAzBQCAFBvEQDOFQIAuXIRAJ4oAgAogREAHqoNANCBEQAUghEAfIIRAMCCEQAmgxEAXHEMACyDEQAY5wIAcYQRAEScEgB2hBEAGoURAIqEEQAgiBEAkoQRAEygEgCYhBEAOPcCAByFEQBs+gwAHoURAMJ7DQAhhREAAj4JACSFEQCO9wIAKYURAOT3AgArhREAgMkEAFGFEQAYFgUAgIcRAFgHAwAoiBEAdogRAHeIEQDAJA0AgIgRAO7rDwCFiBEAkA4OAJWIEQBCRxMA1ogRAGIMAwDRiREAtDUDANSJEQDG+AoA1YkRADojAwDXiREAxhMDANiJEQB8GQMA2okRABA7BADbiREA1hsDANyJEQDyKQMA3YkRAHYWAwDeiREAsjYEAOSJEQDcHgMADYoRABoEEQAsjREAZmQDADCNEQC+OgMANI0RAGJLDQCMjREAGD0DAN6PEQBQWQMAS5ERAHxvAwD3kREAkHkDAKmSEQCYfQMA6ZIRAPiCAwDkkxEAcJQDAECUEQCOlBEAnJQRAMqWAwCUlREArqAPAJ6VEQCGnwMAlZYRAFCvAwDxlxEAgMcDAJeYEQDmzwMAVJkRAJiZEQD5mREAYuMDAFaaEQCamhEAq5oRAGjmAwD0mxEA1koFAPWbEQD0AQQA/JsRALAUCQChnBEA/AUEAKWcEQDOIwkAo50RACgcBACtnhEAlCcEAF2fEQDwKgQAFqARAFCgEQBYoBEApqARALWgEQCqMgQABqERAAY2BACxoREAPuMMALShEQC0NwQABqIRAFSiEQAaohEA7JoSAF6iEQAKOAQACKMRAMA9BABloxEAxD8EAAikEQDQRQQAYKQRAPTiCQCxpBEAiEwEALylEQBYXwQADqYRABoxEgB4phEAsqYRALqmEQAIpxEAFacRAH5yBAAXpxEAdJgEABmnEQC0YgQAx6gRAEJ/BADEqREAaJIEABaqEQBkqhEAdaoRAMCTBAB1qxEA6KcEAMarEQBEqwQAaqwRAP6yBADPrBEAtrkEANqsEQDOxQQA56wRAMK/BADprREAJMYEAIuuEQAyzQQAyK4RAJTTBAB1rxEACOMEAHqvEQD+vAkAe68RALDACQB9rxEAnrcJAOCvEQAasBEAIrARAHCwEQDIsBEAosENAM6wEQBCmxIA0LARAA7mBADSsBEAnsMPAOmwEQCWRhMADLERAJjrDwAksREAFOkEAJ+xEQDIsREA07ERABbqBAB+shEAzO8EAC+zEQCG9wQAz7MRAJgABQA+tBEARgIFAIW0EQCsCgUAh7QRAJwCBQDUtBEA+AUFANi0EQD8BwUA2rURAFwNBQDhthEAchgFACu3EQB8HQUA9LkRAC66EQA2uhEAhLoRAJO6EQBwQgUA47oRACpKBQDeuxEAkFIFAOm7EQAq/AgANbwRAOxVBQA5vREAamoFAEO9EQBaYgUAkL0RALZlBQCUvREAumcFAP6+EQA4vxEAQL8RAI6/EQCTvxEAkn4FAJ2/EQCCdgUA6r8RAN55BQDuvxEA4nsFAPLBEQAUlQUAmsIRACaeBQBGwxEA+LEFABHEEQDCwQUAaMQRACLHBQCnxBEAJskFAP7EEQCIzwUAUMURAIrQBQCixREA8MURAPrFEQDg0AUAScYRAObTBQBRxxEA+t0FABDIEQBKyBEAUsgRAKDIEQCmyBEAvOkFAAzJEQBu7QUAuMkRANz5BQD8yREA8AMGALPKEQD4BwYAX8sRAAgQBgAYzBEAUswRAFrMEQCozBEAuMwRACIdBgDUzBEAgCEGAArNEQAkHgYAXM0RAKrNEQC0zREAeh4GAMjOEQACzxEACs8RAFjPEQBhzxEARi8GALjPEQBKMQYAdtARALDQEQC40BEABtERAAfREQBgPAYAC9ERAESEBgAT0REAGkQGABXREQAANwYAYtERAFw6BgBm0REAlIEGAGjSEQDKRgYAFNMRANpOBgBq0xEAOFMGALzTEQA6VAYAcNQRAKBcBgAq1REAZNURAGzVEQC61REAxNURALBkBgAT1hEAvmsGANjWEQAS1xEAGtcRAGjXEQB11xEAHHAGAHfXEQAwegYAw9cRACR0BgBw2BEAjH0GAMjYEQCQfwYANNoRAG7aEQB22hEAxNoRANPaEQCoiwYAJNsRAASPBgAq3REALqQGAJDdEQDK3REA5t0RACDeEQAt3hEAhqUGAD7fEQB43xEAgN8RAM7fEQDR3xEAVLcGALHgEQBuxAYAKeERAHjJBgAt4REAHFEMAN/hEQAw0AYAK+IRADjUBgCK4xEAWuUGAOLjEQC66gYA4OQRADStCQD05BEA3qwJAErlEQCE5REAjOURANrlEQDd5REAyvIGAEzmEQCG5hEAjuYRANzmEQDr5hEAfPYGAD3nEQA0/QYAjOgRAKoNBwA96REAmugNAELpEQAstQ8ARekRAFoQBwBG6REAfrMPAJjpEQBiFAcAquoRAOTqEQDs6hEAOusRAEPrEQAgHgcAmusRACQgBwBL7BEAMicHAKvsEQCcMQcAQe0RAFg6BwDt7REAGEUHAJnuEQCGUQcAou8RAEpeBwD47xEApmEHAFDwEQACZQcAtvARAPDwEQD48BEARvERAFXxEQAYcAcAVvERAFpmBwCo8REAXGcHAPrxEQBI8hEAUvIRALJnBwD68hEAdHMHAKPzEQAuewcAVPQRAOB+BwAU9REATvURAFb1EQCk9REAs/URAEiIBwAG9hEApIsHAFj2EQCm9hEAtfYRAPyMBwBh9xEACJMHALL3EQBklgcAC/gRAHyiBwAN+BEAcJwHABz5EQBW+REAXvkRAKz5EQAe+hEAWPoRAGD6EQCu+hEAu/oRAEy1BwAR+xEA/LcHAGj7EQCuuwcACPwRABDCBwC+/BEAHskHAGn9EQDy3QcAwv4RAHDyBwAU/xEAYv8RAHH/EQDI8wcA3v8RACD1BwAaARIAgvsHAHIBEgDg/wcAxAESABICEgAhAhIAOAEIAI4CEgCQAggAwwMSAEQHCAAbBBIAUg4IAMcEEgDCGwgAcwUSAIYoCAAqBhIAPC4IAH0GEgCULwgAIgcSAEg0CADkBxIAHggSACYIEgB0CBIAzQgSALA9CACFCRIAYEAIAD4KEgB4ChIAgAoSAM4KEgDYChIAckkIADILEgAgSwgAiQsSACpQCADaCxIAiFQIAIUMEgDmWAgAig0SAPJeCADcDRIAKg4SACwOEgBIXwgA8g4SACwPEgA0DxIAgg8SAKAQEgDaEBIA4hASADAREgBOEhIAiBISAJASEgDeEhIA6BISAPaLCACmExIA4BMSAOgTEgA2FBIAQBQSADitCABMFBIAGJ0IAJEUEgAcnwgA7BQSANinCABDFhIAusMIAEcWEgCouggAnhYSALTACADnFhIAuMIIAJwXEgC+xQgA6xcSAMTICACeGBIAJM4IAPYYEgCG1AgAohkSAIzXCAD4GRIA4tcIAF4aEgCYGhIAoBoSAO4aEgD9GhIAktoIAKcbEgBU5ggAABwSAAztCAAOHRIASB0SAFAdEgCeHRIArR0SAHT2CACjHhIA9h4SABAfEgDoBQkAaB8SAKIfEgCqHxIA+B8SAAcgEgDwCQkAhCASAJ4LCQAWIRIAUCESAFghEgCmIRIACyISAFAPCQBYIhIArBIJAAojEgCyFQkAZiMSABAaCQAHJBIAdKIJAAokEgDEHgkAXSQSAMYfCQBiJRIAQDIJALglEgD4OAkACyYSAPo5CQAiJxIAXCcSAGQnEgCyJxIAvicSAGpHCQAQKBIAXigSAGIoEgDCSAkAxCgSAHBKCQB8KRIAtikSAL4pEgAMKhIANioSAOJYCQBnKhIARmAJANQqEgDYggsAFisSAGQrEgCcKxIApmUJADMsEgBmLBIAay0SADqFCQBxLhIABpYJAMovEgAYMBIAPTESAHAxEgCPMRIAxjESACwyEgCSsQkA0DISAPK2CQB6MxIA+roJANk0EgBUaQoA2zQSABLHCQAoNRIAbsoJADA3EgDY1AkAfzcSADzcCQCGNxIANtkJAIg5EgDWORIAhToSAGjyCQCQOxIAfv0JAOQ8EgAyPRIAWz0SAKYRCgD6PRIAND4SADw+EgCKPhIAmT4SALYZCgDmPhIAEh0KAOo+EgCkZgoAkT8SABYfCgDqPxIAOEASAGFAEgBwIQoA7EASACIlCgBjQRIAeCUKAO5CEgD0OAoA9kMSAAJACgD4RBIAaEgKAF5FEgC+SAoAp0USABRJCgD0RRIAcEwKAKZGEgB2TwoADEcSAMxPCgBVRxIAIlAKAKJHEgB+UwoAHkkSAEpJEgC8SRIA9kkSAP5JEgBMShIA/UoSAFxtCgD+SxIAdHkKALtMEgA8iAoAbk0SAKhNEgCwTRIA/k0SAAhOEgD6kQoA2E8SALydCgAGURIARrgKAGNREgD8vQoACFISALjGCgBsUhIAFMoKABJTEgCC1goAFVUSABb2CgDRVhIANgYLAGtXEgBACwsAyVcSAJwOCwCEWBIAvlgSAMZYEgAUWRIAbFkSAFgXCwCIWhIAwloSAMpaEgAYWxIAQlsSAHIkCwDNWxIA1CoLACJcEgBwXBIAflwSAIArCwDMXBIA2i0LAH9dEgDkMgsAyV0SAOw2CwDTXhIAAEELANZeEgCsQQsAL2ASAMZOCwB9YBIAHlALANtgEgB6UwsALGESACpWCwB9YRIAgFYLAPRhEgAmYhIA7mISAERjCwBSYxIAmmMLAIhkEgDWZBIA/2QSAFJqCwAKZRIA/moLAOZmEgAGbwsAQGcSAGJyCwCTZxIAunMLAJVoEgAcegsA42gSACR+CwCpaRIA4GkSAI5qEgCYjQsA6WoSAFSWCwCQaxIArJcLABZsEgC0mwsAUGwSALyfCwCVbBIAFqILAEJtEgDWrAsAUm0SAGLICwCqbhIA8roLAO9uEgBMvQsAVm8SAKa/CwBgcRIAmnESAKJxEgDwcRIA/XESAC7ZCwBTchIANNwLAP9yEgDm3wsAvXMSAPRzEgBcdBIAcIcSAGl0EgCgdBIAWHUSAFbtCwBadRIA/OoLAAp2EgBOdhIAsnYSAL72CwBgdxIAgAIMAL54EgCmFQwAX3kSAK4ZDAC4eRIAuh8MAA56EgAgKAwAY3oSACIpDAAIexIA2C4MAMp7EgAEfBIADHwSAFp8EgDOfBIASDwMALV9EgCqQgwAy34SAL5MDABwfxIAJFUMACiAEgBigBIAaoASALiAEgAqgRIAZIESAGyBEgC6gRIAaYISAJibEgBughIAvIISAHCCEgCK5A8AgoISACLhEgDGghIA8GUMAG6DEgCmawwAfIUSAH6CDACLhRIAwoUSACCGEgB2fgwAfYYSAMx+DADHhxIAQI4MACqJEgACmgwAQokSACyzDgB8iRIAyokSAOiJEgBYmgwAkooSAMyKEgDUihIAIosSAIaLEgBenQwAQIwSAGSgDADsjBIAwKMMAO6NEgAojhIAMI4SAH6OEgDwjhIAKo8SADKPEgCAjxIA5I8SANivDACekBIA2JASAOCQEgAukRIAkpESAI61DACikhIA3JISAOSSEgAykxIAlpMSAPK8DABQlBIA+L8MAPyUEgBUwwwAlpYSADySDwDslhIAkpIPAFaXEgCQlxIAmJcSAOaXEgBcmBIAxNAMAPCYEgBEEQ0AnpoSAK78EgCgmxIANDgPALSbEgC2KxMAxpsSAO6bEgD2mxIAPmoQABycEgCMZA8AcpwSAJqcEgDznBIA8h4TAGKdEgCcnRIApJ0SAPKdEgBUnhIAoOkMALqeEgD0nhIA/J4SAEqfEgCsnxIAUpsOAAygEgBUGQ0AVKESAASfDgBaoRIAtPMMAL6hEgBk9gwArqISAPyiEgALoxIAMAkOAFqjEgBwXhMAuaQSAMz/DADDpBIAdP4MALilEgB+Aw0AdKYSAK6mEgC2phIABKcSAGOoEgCQDA0AdqoSAFwdDQAUqxIAICoNAHCsEgDqOQ0AcK0SAPA8DQDBrhIA1ocOAMSuEgAOTg4AyK4SAFpHDQDOrhIASpcOAHKvEgDArxIAyq8SAGRMDQDesBIAGLESACCxEgBusRIAHLISAH5ZDQB1shIAMF0NAHy0EgCcaA0A0rQSACC1EgAstRIA+GsNANi1EgBUbw0AgLYSAM62EgDlthIAtHQNANq7EgDqjw0AibwSAJ6UDQDnvhIAKrANAJy/EgDgvxIAmcASAPbADQCcwBIAnr8NAJzBEgBQww0ARsISAFLEDQCewhIAWMcNAF/DEgCSwxIAsMMSALTKDQAMxBIAFtENAKLEEgBs0Q0A9sYSAETHEgBGxxIA2t0NAJ/HEgCG3g0ApscSAODgDQAQyhIASsoSAFLKEgCgyhIAqsoSALr4DQBoyxIAossSAKrLEgD4yxIAB8wSANADDgBUzBIALAcOAADNEgCMDA4ArM0SAOwRDgCrzhIArh0OAFfPEgAEHg4AYM8SADpmDwAI0BIAYiIOAF7QEgCs0BIAENESABIlDgBm0RIAzCwOALjSEgAG0xIACdMSACgwDgC+0xIAgjIOABDUEgBe1BIAYdQSAIY0DgAW1RIANjcOAGjVEgC21RIAudUSADo5DgBu1hIAQDwOAMDWEgAO1xIAGNcSAJY8DgBs1xIAutcSAL3XEgCYPQ4AbtgSAJ5ADgDE2BIAEtkSABXZEgD2QQ4AxtkSABTaEgAX2hIA/kUOAMjaEgAW2xIAGdsSAAZKDgDO2xIAuE0OAMzcEgAYUw4A7NwSANY7EwA23RIAcFQOAMndEgAc3hIAy94SAMpWDgDS3hIAJFkOAILgEgAwXw4AhOASAFbzDgAq4RIAeOESANPiEgBwVg8A2OISAH7kEgAy4xIASmwOAI7kEgCibQ4A5OQSAPxvDgA25RIA/nAOAJzlEgDW5RIAM+YSAMqBDgA25hIAMIoOADvmEgCqcQ4AR+YSABR8DgDq6BIAyIAOAJbpEgDUhg4A7OoSAHQtDwAK6xIAXioTACTrEgBm0g8APusSAIzrEgCP6xIAMosOAPLrEgDgjA4AROwSAOKNDgCW7BIA5OwSAO7sEgA4jg4Ale4SAO6TDgCc7hIA8pUOAEHvEgD0lg4AwfASAKaaDgBK8RIAAp4OAOPyEgDINBMAW/MSAEjuDwCd8xIA1LEOAAD1EgA0tw4AUvUSAKD1EgC59RIAjLgOAPn1EgBM9hIAxvYSAEC9DgBy9xIAQr4OAB74EgCavw4ArvgSAPz4EgAG+RIATMMOAKn5EgD0mA8AufoSAAjMDgCz/BIAGtUOAKP9EgCw/RIA+f0SAAb+EgBiABMAOuUOAGwAEwCe7A4AIAMTAAb2DgB0AxMACPcOAMQDEwC09w4AFQQTAAz5DgAXBRMAZvsOAB4GEwBsBhMAygYTABgHEwDFBxMAdgMPACIIEwBwCBMAzggTABwJEwDLCRMAggkPAHwKEwDKChMAKAsTAHYLEwCADBMA4g4PANoMEwA6EA8Agg0TANANEwDgDRMAkhEPAJ8OEwDSDhMAhw8TAEYWDwDgDxMA9hgPAE4QEwCAEBMAohMTAM4vDwBQFRMALjUPAPwVEwCGNg8AqBYTAN43DwA9GRMAYE4PAPYaEwAaVg8A7RsTAHZZDwCmHRMAMGEPAE8eEwDgYw8AyyATAJhqDwD5IBMARmwPAFQhEwCiTBMAqyETAPZuDwCuIRMA+nAPAPshEwBOIhMAaiITAKQiEwD9IhMAUCMTAGwjEwCmIxMABCQTAFIkEwBcJBMAUHEPALAkEwDwcxMABCUTAFp2DwAOJhMAuHoPAFkmEwBofQ8AtCYTAPhMEwDDJxMAnu4PAGYoEwCAiQ8AHCwTAOZoEABuLRMAsqIPAGkuEwBQnA8AHi8TAFKdDwAeMRMAbDETAHYxEwAOpg8AJjITAL6oDwARNRMAHjUTAGc1EwB0NRMAvTUTAMo1EwATNhMAIDYTAGk2EwB2NhMAvzYTAMw2EwCENxMAzrAPAOo3EwAksQ8AezgTAHyyDwDsOBMAKLMPAIU5EwCAtA8A7jkTACg6EwCaOhMA1DoTADg7EwDctw8A/jsTACw8EwBUPBMAgjwTAKo8EwDYPBMAAD0TAC49EwA1PRMAsMwPAIw9EwDaPRMA3z0TAI67DwA1PxMAosUPAJZAEwAAyg8AOUETAIxBEwAKQhMAOEITAGBCEwCOQhMAtkITAORCEwAMQxMAOkMTAGJDEwCQQxMAZEQTAJJEEwC6RBMA6EQTABBFEwA+RRMAZkUTAJRFEwC8RRMA6kUTAKJGEwDeEBEApkYTADAPEQCfRxMAFNQPAPxHEwAi2w8AuUgTAPBIEwBlSRMAjuYPAKVJEwDs6g8AEUoTAEhKEwD8ShMASksTAFpLEwDw7A8ArEsTAPLtDwALTBMA/PQQAF1QEwBqKhAAtlATABYrEAC0URMA5DwQAGBSEwCcQxAADFMTAKpKEAC4UxMAYFAQAGRUEwDEVxAAEFUTAHhcEAC8VRMALGEQAGhWEwDkZxAAGFcTAOhpEAB8VxMAuFcTAMBXEwAOWBMAyFsTABZcEwA0XBMACnsQAHpfEwCcmRAA5l8TAKSdEACSYBMABKMQACxhEwBepRAAfmETAA6oEADTYRMAvqoQACdiEwDGrhAAiGITAMqwEADqYhMAJGMTAHxjEwDkvRAA3GMTAJK/EAA7ZBMAQsIQAIRkEwBOyBAARGUTAKzMEACUaRMALOIQAERrEwBG7xAAlmsTAEjwEADoaxMANmwTADpsEwCe8BAAlGwTAOJsEwBAbRMAjm0TAEJuEwCQbhMA8m4TAGb/EABEbxMAkm8TAJZvEwC8/xAAv3ATACAHEQCfcRMAMhARAO9xEwBCchMAanITAJhyEwDxchMARHMTAGxzEwCacxMAB3QTADYSEQCedBMAkBQRAPx0EwCSFREAUHUTAJ51EwCudRMAlBYRAP11EwCWFxEATXYTAKB2EwAAdxMA8BkRAFx3EwDyGhEAXHgTAAgmEQAGeRMAFi0RAFh5EwCmeRMAtnkTAGwtEQBWehMAHjERALh6EwB2MhEADHsTAHgzEQBcexMAJDQRAK17EwAAfBMA","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAB4SgcA0kICAEQyCABkCwIAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAGvwMAJLkDQDo5A0APuUNAJTlDQDq5Q0AQOYNAJbmDQDs5g0AQucNAJjnDQDu5w0AROgNAAAAAAB4SgcA0kICANJCAgDAkQMAqC0CAP4tAgBEaQ4AgLIOABzpAgBy6QIANBwBAALiBQCKuQ8AwJEDAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAI4LDQD47A0ATu0NAKTtDQD67Q0AUO4NAAAAAAB4SgcAZAsCAEwTDABEKgQAVi8CAKTlCQA6IQIAZokAAGo5AgCeRBAA9EQQALy4AgBOJwAAZAsCAGp2CwDAdgsAkkkAAFqNBQAqlgAAgJYAACTCAgAsKgoAgioKAGQLAgAa/AwAkuQNAOjkDQA+5Q0AlOUNAOrlDQBA5g0AluYNAOzmDQB69wcAQDoNAFYAAABWAAAAEnMKANJCAgCSSQAAZAsCAHr3BwAqwwEAAAAAACqWAACumgwAFqQMAOgeAACGGAAARDIIAJoyCACQyQAA5skAADzKAABwEwMA1hsDACwcAwCo6QoAiBkAAKITDADaXg4AWAEAAK4BAAAEAgAAWgIAALACAAB69wcAQDoNAFYAAABWAAAAkqEBAA5lBAAqlgAAZLMAANJCAgAoQwIAPNYGAGQLAgCOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAByzAkAyMwJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEADmUEAGRlBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAABwEwMAtDUDACrDAQCAwwEA1sMBAEw+DABmdgwAvHYMAKxuDAACbwwAWG8MAK5vDADqIwIAwHYLAEJQAgDW0wkALNQJAILUCQBEMggAZAsCAD6+DwDq3QkAZAsCAERpDgDqahAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAKTlCQDK0wwAevcHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHLMCQDIzAkAAAAAAMqQAAAqlgAAcg4AABSPAgDMJgsARDIIAGQLAgB69wcAYjEAALgxAAAOMgAAZDIAANQyDwA6IQIAZokAANzGAQDoHgAARDIIAGQLAgCOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIA5qQDADylAwCSpQMA6KUDAKxuDAACbwwAMhkAAIgZAACiEwwA2l4OAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgCGYQ8A3GEPAEwTDACQSgEA5koBACTCAgDMkwEARDIIABqsDwBMEwwAohMMANpeDgBYAQAArgEAAAQCAABaAgAA1DIPADohAgBmiQAA3MYBAOgeAABEMggAZAsCAI4LDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMArG4MAAJvDAAyGQAAiBkAAKITDADaXg4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAIZhDwDcYQ8ATBMMAJBKAQDmSgEAJMICAMyTAQBEMggAGqwPAGaJAADcxgEAJG4DAHATAwC0NQMAYjEAALgxAAAOMgAAZDIAANQyDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAADUMg8ATicAANhTCQDSQgIAqJcMABSPAgDUMg8ANBwBAPg2CAByDgAAKsMBAD51AADwEw4AQOAKANbbDQB2FgMAurMAABC0AABmtAAAvLQAABK1AABotQAATBMMAKITDADaXg4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgD07g8AjgsNAOaqBgB69wcAFn8PAFqNBQCwjQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgAa/AwAGqwPAIYYAABYXQMAKpYAAEQyCABkCwIAugsCANwHDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgAq1QoA3BgAAFrZAACGGAAAZAsCABr8DACaMggACCQQAF4kEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAEQyCAAarA8AhhgAAFhdAwAqlgAARDIIAFYvAgAqlgAAgJYAANTrAADi9gIAOiECAGaJAADqBAgAVi8CAEQyCAA6IQIAVi8CACqWAACAlgAA1OsAAOL2AgDKkAAAOiECAJKhAQAOZQQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAcswJAMjMCQCSSQAAWo0FALCNBQAqlgAAJMICAHrCAgDQwgIAZAsCAEw+DABmdgwAvHYMAKxuDAACbwwAWG8MAK5vDAAA8Q0A+OwNAB7LCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAI42DQBWAAAAVgAAABJzCgDSQgIAkkkAAMwmCwBEMggAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQDO0wsAAAAAAJKhAQAOZQQAKpYAAIYYAACSSQAAZAsCABr8DACS5A0A6OQNAD7lDQCU5Q0A6uUNAEDmDQCW5g0A7OYNAHr3BwBAOg0AVgAAAFYAAAAScwoA0kICAJJJAABkCwIAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgDAxAcAZosBAIBcDgBkCwIAcswJAMjMCQAAAAAAypAAACqWAAByDgAAFI8CAMwmCwBEMggAZAsCADohAgDAkQMAZAsCAHr3BwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAVGEGAGSzAADqzwIAnFICAFRhBgB4SgcA6t0JAGQLAgBMEwwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAI4LDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAHLMCQDIzAkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICALqaCQDq3QkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAnNkFAOrPAgBA0AIAltACAHisDQDOrA0AJK0NAFrZAADMkwEAzkgGAOhJAADuOw0AbvUJAJJJAABkCwIAjgsNAIq5DwDAkQMAZAsCAEwTDACiEwwA2l4OAFgBAACuAQAABAIAAFoCAACwAgAAnNkFAPLZBQBI2gUATicAANhTCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AABotQAAevcHAOgeAACGGAAAkkkAAGQLAgCOCw0AkMkAAObJAAA8ygAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMArG4MAAJvDAAyGQAAiBkAAKITDADaXg4AWAEAAK4BAAAEAgAAWgIAALACAABMPgwAZnYMALx2DAB69wcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQBc4gQAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgDW0wkALNQJAILUCQDY1AkALtUJAITVCQCOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAMwmCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEA+DYIABDrBgDigQgAZokAAIq5DwBYXQMATgQEADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAHATAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAHhKBwDq3QkAfBcCANIXAgByDgAA6B4AABDrBgAOvwYAZL8GABirDwDOSAYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAwPkMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAADi9gIAjgsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgDEghAAcg4AAOgeAABEMggAZAsCANQyDwBGbhAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgCGYQ8A3GEPAHLMCQDIzAkAHs0JAHTNCQDKzQkAIM4JAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgCOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEA+DYIABDrBgDigQgAZokAAIq5DwBYXQMATgQEAJJJAABWLwIAZokAAMjKCAAeywgA6KEBAFrZAAAqlgAARDIIAGQLAgDUMg8A0kICALqaCQA6IQIAZokAADohAgCSoQEAijYOAOA2DgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAA4vYCALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQAarA8AgJYAANTrAADi9gIA9P0BAGSzAAAqlgAAVgAAAJJJAABUYQYAeEoHAGQLAgAAAAAAAAAAAAAAAABc4gQAcswJAMjMCQDW9gUA3MYBAMgOAADq3QkAcBMDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAEALCwCWCwsA7AsLAEwTDACiEwwA2l4OAFgBAACuAQAABAIAAFoCAACwAgAArG4MAAJvDABYbwwArm8MAADxDQD47A0AHssIAOihAQBa2QAAKpYAAEQyCACGGAAA3BgAADIZAACOCw0AYM0OABKKAABoigAAvooAABSLAABqiwAARGkOAICyDgCKXw0ARGkOAOpqEADMkwEATgQEAKQEBAAkwgIApOUJAO47DQByDgAAFI8CAFrZAADMkwEAzkgGAOhJAABkCwIAcswJAChDAgA6IQIAOiECAMyTAQDOSAYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgBMEwwAkqEBAIo2DgDgNg4A3MYBAOgeAACc2QUA4oEIADiCCACOgggA5IIIAGQLAgDAkQMAFpIDAGySAwDSQgIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAiH8IAOgeAADeYA4AkkkAAFRhBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQAO5gQAZOYEALrmBACOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAMwmCwBEaQ4AgLIOAHhKBwBEMggAGqwPAGxSDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAOoECABkCwIAnNkFANJCAgA6TAIAoAYGABqsDwCGGAAAkkkAAFRhBgBmiQAAyMoIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAA5lBABEMggAmjIIALyJAAASigAAaIoAAL6KAAAUiwAAVsgOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgBS5QgAypAAANJCAgA6TAIAoAYGAAxDCQAqlgAAcg4AAFjJDgDcGAAA3kYBADQcAQAC4gUAnFICAGSzAABEMggAGqwPAIYYAABYXQMAKpYAAAAAAAB4SgcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIA3AcNANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCANwHDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgCOCw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIALCoKAIIqCgColwwAgpkBAHhKBwDq3QkAzJMBACKUAQBYXQMArl8EAGDeAQA0HAEAZAsCAHr3BwBAOg0AVgAAAFYAAAAScwoA0kICAJJJAADMJgsARDIIAGQLAgCOCw0AEv4PAMyTAQBkCwIAJMICACwqCgCCKgoAqJcMAIKZAQB4SgcA6t0JAGQLAgBMPgwAAAAAAHIOAAAqwwEAgMMBAHATAwByDgAAJG4DAGQLAgByzAkAupoJAG71CQCSSQAAVGEGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAABUYQYAeEoHAOrdCQAqlgAAgJYAANTrAADi9gIAZokAAMyTAQCKNg4AcBMDADojAwDC9goA1NwOACrdDgCA3Q4A1t0OACzeDgCC3g4A2N4OAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQAarA8AgJYAANTrAADi9gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAIq5DwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgAYqw8AbqsPAMgOAADq3QkATicAAI7KAQDkygEARGUMAJplDADKkAAAkqEBAJJJAABUYQYAVgAAAJKhAQCKNg4AeogQAI7KAQDkygEARGUMAJplDADoHgAAPh8AANTrAADi9gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAGp2CwAMow4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgBqdgsADKMOABINAgBoDQIAvg0CABQOAgBqDgIALoMLAJKhAQCKNg4AeogQANCIEAAmiRAAThoPAMJSDgBkCwIAcswJABirDwDWixAALIwQAIKMEAAugwsAhIMLALoLAgAQDAIAZgwCALwMAgAAAAAAbFIOAGQLAgByzAkAGKsPANaLEAAsjBAAgowQAC6DCwCEgwsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAXOIEAH6zDwDUsw8AKrQPAIC0DwDWtA8AAAAAAMqQAAAgkQAAKsUCAM5IBgBqOQIAxlgQAEQyCABsZQIAypAAACCRAAAqxQIAzkgGAGo5AgAuYhAA0kICAChDAgA81gYA+DYIAFrZAAB4SgcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAANwqCQAQ6wYAkkkAAMwmCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIARGkOAICyDgCKXw0AOiECAPTuDwAAAAAAjgsNAIS2DwDatg8AMLcPAIa3DwDctw8AMrgPAIi4DwBqdgsAZNEPALrRDwAQ0g8AcBMDAAAAAAB4SgcAkkkAAHATAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAoAYGAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgBOGg8AwlIOAGp2CwAAAAAAkqEBAAAAAADKkAAAZokAAMjKCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIAhmEPAGQLAgBqdgsAAAAAAMqQAABmiQAApOUJAO47DQBu9QkAxPUJABr2CQBw9gkAOiECAMb2CQAc9wkAcvcJADohAgCc2QUA8tkFAEjaBQBWSQ8ArEkPAAJKDwCc2QUA8tkFAEjaBQBWSQ8ArEkPAAJKDwBmiQAAirkPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAADMJgsArkYNAARHDQBqOQIA5uEMADziDADAkQMAkkkAAMwmCwCuRg0ABEcNAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAABajQUArBoNAH5DAgDUQwIAKkQCAJJJAADoSQAAQmwQAJhsEADubBAAAAAAANJCAgA6TAIAntIBAL4VBgAQ6wYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgD2mQ8A6EkAAEJsEACYbBAAeEoHAGo5AgB0PgIA6EkAAEJsEACYbBAA7mwQAAAAAABmiQAAzJMBAE4EBADoHgAArpoMAASbDABamwwAsJsMAAacDABqOQIAdD4CAOhJAABCbBAAmGwQAO5sEABqOQIAdD4CAOhJAABCbBAAmGwQAMCRAwBWAAAA3CoJACqWAACAlgAA1OsAAOL2AgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAOL2AgBmiQAAPNYGAPg2CAAqlgAAgJYAANTrAADi9gIAkkkAAJJJAABajQUAsI0FADohAgCQIQIA5iECAMwmCwAqlgAAgJYAANTrAADi9gIANBwBAPg2CACSSQAA6EkAAO47DQBEMggAGqwPAICWAADU6wAA4vYCAJKhAQCSoQEAVgAAABJzCgDMkwEAIpQBAIh1AwDedQMAKtkMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAMCRAwAqlgAAgJYAANTrAADi9gIARDIIABqsDwCqVwEAZCkRAICWAADU6wAA4vYCAAAAAAAqlgAAgJYAALqaCQBEMggAhKoJACTCAgDMkwEATgQEAIKZAQB4SgcA6t0JACqWAACAlgAA1OsAAOL2AgA6IQIAei4OAG71CQAgkQAAkM0CAJKhAQDooQEAQIwLAJaMCwDsjAsAijYOAICWAADU6wAA4vYCAIq5DwB8FwIAQOAKACqWAACAlgAA1OsAAOL2AgDSQgIAfBcCAMqQAAA0HAEA+DYIAIYYAACSSQAAzCYLACrZDADU6wAA4vYCAHhKBwBu9QkAkkkAAHhAAgBOJwAAOiECAHouDgBu9QkAIJEAAJDNAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAA6s8CANzGAQAUjwIAzCYLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAMQwkAzkoHACRLBwAKlggAYJYIALaWCAAMlwgAYpcIALiXCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABDrBgAOvwYAZL8GAKiXDACCmQEAeEoHAOrdCQAqlgAAgJYAANTrAADi9gIAkkkAAGaJAAC8iQAAbGUCAHhKBwAkwgIALCoKAIIqCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAA4vYCAFRhBgCqYQYABGAEAJKhAQCKNg4ANBwBAPg2CACGGAAAkkkAAMwmCwBEMggAGqwPAICWAADU6wAA4vYCAHIOAACONg0AVgAAAFYAAAAScwoA0kICAJJJAADMJgsARDIIAAxDCQDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgAuJcIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQCKNg4AfBcCAG4iCwDIyggAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAwJEDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIA9O4PAICWAABOJwAA3AcNANJCAgA0HAEAAuIFAJxSAgDMJgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAOrdCQBkswAADr8GAGS/BgC6vwYAEMAGAGbABgC8wAYANBwBAIocAQDO0wsAhKoJAATIDQDYUwkAZLMAAOrPAgCcUgIAVGEGAHhKBwDq3QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAMjKCADKkAAAKpYAACqWAACAlgAA1OsAAOL2AgBYXQMAZLMAAGaLAQC8iwEAEowBACqWAACGGAAAZLMAAGaLAQC8iwEAEowBACqWAACAlgAA1OsAAOL2AgBEMggAGqwPABDrBgBm6wYAvIsBABKMAQAqlgAAgJYAANTrAADi9gIARDIIABqsDwBOJwAA2FMJAA7PDgAqlgAARDIIAGaJAADIyggAHssIAHTLCABEaQ4AgLIOAIpfDQCOCw0A5qoGADQcAQD4NggATjcIADohAgD07g8AgJYAAGQLAgC6CwIAxIIQACCRAAD46gwAkkkAAFRhBgB4SgcA6t0JAMwmCwAiJwsAeCcLAJJJAABkCwIARGkOAICyDgCKXw0AcswJAMjMCQDW9gUA6gQIAGQLAgBMEwwAkEoBAOZKAQBs0w4AwtMOABjUDgBu1A4AxNQOAI4LDQCEtg8A2rYPAIKZAQDYmQEALpoBAGQLAgBMEwwAkEoBAOZKAQBs0w4AwtMOABjUDgBu1A4AxNQOAMqQAAAgkQAAkM0CAObNAgA8zgIAks4CAOjOAgA+zwIAlM8CAB6qDQB0qg0AyqoNACCrDQB2qw0AzKsNAHhKBwBkCwIAugsCAKQnAABa2QAAZAsCAI4LDQDkCw0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAcg4AAGQLAgBEaQ4AgLIOAIpfDQC6CwIAxIIQACCRAAD46gwAkkkAAFRhBgB4SgcA6t0JAIq5DwCGGAAA3BgAAN5GAQCUIwIAcswJAMjMCQCgBgYAGqwPABDrBgC6swAAooACAI52AgA6TAIAupoJAHzBAQBEaQ4AnNkFAMCRAwDWBA0ALAUNAIIFDQDYBQ0AKpYAAICWAADU6wAA4vYCAIYYAACSSQAAZokAAJxSAgBUYQYAeEoHAOrdCQAqlgAAgJYAANTrAADi9gIAWG0LANhTCQAOzw4AxmcCAGQLAgB69wcAOvgCADQcAQA6IQIAei4OAMyTAQA6ogIAZokAAJxSAgBUYQYAeEoHAOrdCQBkCwIAanYLAGTRDwC60Q8AENIPALoLAgAQDAIAZgwCALwMAgAAAAAAZAsCAEw+DACiPgwAtKMPAAqkDwBgpA8AtqQPAK7aAQCcUgIAVGEGADohAgCSoQEAijYOAERpDgDgSQIANkoCAIxKAgCc2QUA6s8CAC7yAgCE8gIA2vICADDzAgCG8wIA8v4CAEj/AgCe/wIA9P8CAEoAAwCgAAMA9gADAEwBAwCiAQMA+AEDAAAAAADKkAAAIJEAAJDNAgDmzQIAPM4CAJLOAgDozgIAPs8CAJzZBQDqzwIALvICAITyAgDa8gIAMPMCAIbzAgDKkAAAcg4AAERpDgCAsg4AHOkCAHLpAgA0HAEAAuIFAIq5DwCsbgwAAm8MAFhvDACubwwA6iMCAMB2CwAWdwsAbvUJAHwXAgA0HAEAaLcBAE4EBAAqwwEAgpkBACKUAQB8FwIAZAsCAHLMCQDIzAkAkkkAAMqQAADSQgIAGvwMABqsDwAQ6wYAurMAAKKAAgCOdgIAOkwCAKAGBgBkCwIAjgsNAIq5DwBEMggAZAsCAKxuDAACbwwAWG8MAK5vDADKkAAAcg4AAOgeAABMPgwAoj4MAHiUAQDOlAEAJJUBAHqVAQDQlQEAXrIBAD6+DwDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgArl8EAARgBABaYAQAsGAEAAZhBABcYQQARDIIAGQLAgCOCw0AirkPAEQyCABkCwIArG4MAAJvDABYbwwArm8MAMqQAAByDgAA6B4AAHr3BwA6+AIAkPgCAOb4AgA8+QIAkvkCACzcDQCC3A0A2NwNAC7dDQCE3Q0AirkPAFhdAwBkswAAcBMDAMb4CgA4NAwAjjQMAOQ0DAA6NQwAkDUMAOY1DAA6Zg8AZNEPALrRDwAQ0g8AZAsCAD6+DwBu9QkAkkkAAGQLAgA+vg8ATicAAGQLAgA6IQIAei4OAG71CQAgkQAAkM0CAHLMCQAoQwIANHQCAIp0AgDqBAgARDIIAGQLAgBa2QAAzJMBAM5IBgDoSQAAZAsCAD6+DwAkwgIALCoKAIIqCgBOJwAAkqEBAOihAQB69wcAQDoNAJY6DQDsOg0AWo0FAKwaDQACGw0AlLIJAGQLAgBa2QAAzJMBAM5IBgDoSQAAZAsCAD6+DwAkwgIALCoKAIIqCgBOJwAAkqEBAOihAQA0HAEAYN4BALbeAQAM3wEAYt8BALjfAQAO4AEAwJEDAGQLAgBa2QAAzJMBAM5IBgDoSQAAZAsCAD6+DwAkwgIALCoKAIIqCgBOJwAAkqEBAOihAQAa/AwAcPwMACTCAgDMkwEARDIIABqsDwBa2QAAzJMBAM5IBgDoSQAAZAsCAD6+DwAkwgIALCoKAIIqCgBOJwAAkqEBAOihAQDMkwEAOqICAGQLAgBMEwwAEnMKAMyTAQAilAEAiHUDAN51AwAq2QwAZAsCABr8DAAarA8AgJYAADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCOCw0AhLYPANq2DwCCmQEA2JkBAC6aAQA0HAEA+DYIAIYYAACSSQAAZAsCAERpDgCAsg4Ail8NAGp2CwDAdgsAkkkAAFqNBQDAkQMAZAsCAEw+DACiPgwA+D4MAKxuDABYXQMArl0DAAReAwA0HAEAAuIFAJKhAQAOZQQAZLMAACqWAAA6IQIAei4OAG71CQAgkQAAkM0CAHIOAABkCwIAPr4PAG71CQCSSQAAZAsCAD6+DwBOJwAAZAsCAHLMCQAoQwIANHQCAIp0AgCSSQAAzCYLAHwXAgBA4AoAgJYAAGQLAgAa/AwAcPwMACTCAgDMkwEARDIIABqsDwA6IQIAwJEDAGQLAgAgagIAdmoCAMxqAgBsZQIAwmUCAEQyCABkCwIAjgsNAJxSAgAgEgEAdhIBAOrPAgBA0AIAltACAHisDQDOrA0AJK0NAHqtDQDQrQ0AJq4NAHyuDQDSrg0AKK8NAH6vDQDUrw0AKrANAICwDQDWsA0ALLENAIKxDQDYsQ0ALrINAISyDQDasg0AMLMNAIazDQDcsw0AMrQNAIi0DQDetA0ANLUNAIq1DQDgtQ0ANrYNAIy2DQDitg0AOLcNAI63DQDktw0AOrgNAJC4DQDMkwEAIpQBAMZnAgAcaAIAcmgCAHA+AwDGPgMAHD8DAHI/AwDIPwMAHkADAHRAAwDKQAMAIEEDAHZBAwDMQQMAIkIDAHhCAwAAAAAAeEoHAG71CQBkCwIAJAENAHoBDQAkwgIALCoKAI4LDQCKuQ8A4LkPADa6DwCMug8A4roPADi7DwBMPgwAoj4MAPg+DADAkQMAFpIDAGySAwDSQgIAZAsCAHr3BwDQ9wcAJvgHAHz4BwDS+AcAOvgCAJD4AgDm+AIAPPkCAJzZBQDy2QUAgFwOAMqQAAA0HAEAhhgAAGQLAgCAlgAAOkwCAEw+DABmdgwAvHYMAKxuDAACbwwAMhkAAIgZAACiEwwAjnYCAChDAgA81gYA+DYIAJJJAADMJgsAKtkMAGQLAgA6IQIAkCECAOYhAgA8IgIATBMMAJBKAQA6TAIAVgAAAKwAAACOdgIAOkwCAKAGBgBkCwIAevcHABZ/DwBsfw8AnFICAMwmCwAiJwsA+DYIAIYYAACSSQAAZAsCABr8DACaMggACCQQAF4kEAA6IQIAZokAANzGAQDoHgAAevcHADr4AgCqwwwAAMQMAFbEDACsxAwAZAsCAEw+DABmdgwAvHYMAHr3BwAWfw8AbH8PAI52AgCSSQAAVGEGACKUAQB8FwIAZAsCAMqQAABCJQIAypAAAJJJAACSSQAAVGEGACKUAQB8FwIAZAsCABr8DACS5A0AWtkAAEw+DACiPgwA+D4MAHLMCQDIzAkAYosCAGbrBgAkwgIALCoKAIIqCgDAkQMAZAsCADQcAQCKHAEAztMLAGaJAADqBAgAhKoJACKUAQB8FwIAZAsCAHLMCQDIzAkAoAYGAPYGBgBMBwYA7lgGAEw+DABmdgwAvHYMAJKhAQDooQEAxL4DABq/AwBwvwMAxr8DABzAAwBywAMARGkOAOpqEAA+SgAAoKwDAPasAwBMrQMAoq0DANzGAQDoHgAA3mAOAGQLAgBMPgwAoj4MAPg+DAA0HAEA+DYIAE43CACKHAEA0kICAEw+DABmdgwAvHYMAEw+DACiPgwA+D4MALxLDAASTAwAaEwMAEwTDACQSgEA5koBANQuDQAqLw0AgC8NANYvDQBkCwIAPr4PAE4nAABkCwIAevcHABZ/DwBsfw8AjnYCAJJJAABUYQYAIpQBAHwXAgBkCwIAypAAAEDeCQCW3gkA7N4JAELfCQCY3wkA7t8JAETgCQCa4AkARGkOAICyDgCKXw0AevcHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAI4LDQCcUgIAbvUJAMT1CQAa9gkAcPYJAMb2CQAc9wkAcvcJAMj3CQDQVw0AWo0FAKwaDQA0dAIAcg4AACRuAwBmiQAAnFICAMwmCwAkAQ0A7jsNAHIOAAAUjwIAZAsCAKxuDABCUAIAmFACAO5QAgCSoQEA6KEBAECMCwCWjAsA7IwLAKTlCQDuOw0Acg4AABSPAgBoCQAAvgkAAERpDgCAsg4Ail8NAI4LDQDqBAgARDIIANJCAgA6TAIAcg4AACrDAQBwEwMAPr4PAOrdCQBkCwIAevcHAMgOAAAIbAkAXmwJALRsCQAKbQkAZAsCAFYAAACSSQAAVGEGACKUAQB8FwIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwCSswoA6LMKAD6+DwDq3QkAZAsCAMqQAAAgkQAAKsUCAPT9AQBkCwIAGvwMAJLkDQA0HAEAAuIFAMyTAQAilAEAZAsCAHr3BwDIDgAACGwJAF5sCQC0bAkACm0JAGQLAgAe+AkAdPgJAMr4CQAg+QkAdvkJAMz5CQAi+gkAePoJAM76CQAk+wkAevcHAOgeAAA+HwAAlB8AAOofAABAIAAAcBMDAHIOAABkCwIARGkOAOpqEAA+SgAAlEoAAOpKAABASwAAlksAAOxLAABCTAAAmEwAAO5MAAA4NAwAjjQMAPgXDgBOGA4ApBgOAPoYDgBQGQ4APr4PAOrdCQBkCwIAJAENAO47DQByDgAAkqEBAOihAQBAjAsAlowLAOyMCwCW0AIAAAAAAJKhAQByDgAAFI8CAGqPAgCcUgIAzCYLAHzBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAACuBwMABAgDALoNAwDy2QUASmgMAKBoDAD2aAwATGkMAKJpDAD4aQwATmoMAKRqDACY/gMA7v4DAET/AwCa/wMA8P8DAEYABACcAAQA8gAEAEgBBACeAQQA9AEEAEoCBACgAgQA9gIEAEwDBABI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFzgAwCy4AMACOEDAF7hAwC04QMACuIDAGDiAwC24gMADOMDAGLjAwC44wMADuQDAGTkAwC65AMAEOUDAGblAwC85QMAfBcCAHATAwBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAOiECAGaJAAByDgAADg8EAGQPBACKNg4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADAJDgCGCQ4A3AkOADIKDgCICg4A3goOADQLDgCKCw4A4AsOADYMDgCk2QMA+tkDALoLAgAQDAIAZgwCALwMAgDylQ4AZOYEALrmBAAQ5wQAZucEALznBAAS6AQAaOgEAL7oBABqdgsADKMOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAApOUJAMyTAQA6ogIAijYOAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAGzuBgDC7gYAGO8GAG7vBgDE7wYAGvAGADr4AgCQ+AIAZLMAAFYAAABEKgQAajkCAOY9EAA8PhAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgCeRBAA6s8CAC7yAgCE8gIA2vICADDzAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAhhgAANwYAABa2QAAKpYAAICWAADU6wAA4vYCAPREEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAEQyCAAMQwkAKpYAAHIOAABYyQ4A3BgAAN5GAQDMJgsAqlcBANoxDQBOBAQAFI8CAMwmCwAq2QwA1OsAAOL2AgCCVQoAnNkFAOrPAgBA0AIAltACAOzQAgC6CwIAEAwCAGYMAgC8DAIANBwBAFYAAAAScwoA0kICAJJJAADMJgsAKtkMANTrAADi9gIAkqEBAA5lBABkZQQAVgAAANI+AABqOQIAxlgQAMyTAQA6IQIA8tsGAChDAgCOdgIAwJEDAGQLAgCsbgwAAm8MAFhvDACubwwAkqEBAOihAQDEvgMAGr8DABqsDwBEMggAcBMDAJLiDADOSgcAJEsHAHpLBwBkCwIAevcHAEIlAgBmiQAAjnYCADpMAgCgBgYAZAsCAD6+DwA6IQIAntIBAL4VBgAQ6wYAkkkAAGQLAgC6CwIA2FMJAC5UCQDWGwMALBwDAKjpCgCIGQAA0j4AAGQLAgBa2QAAsNkAAChDAgAS/g8AaP4PANwqCQAyKwkAZAsCAI4LDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAEw+DACuXwQABGAEAJKhAQCKNg4ANBwBAPg2CACGGAAAkkkAAGaJAACcUgIAVGEGAHhKBwDq3QkAcBMDAJKhAQAOZQQAZGUEAFYAAADSPgAAZAsCAJKhAQAOZQQAZGUEALplBAAQZgQAZmYEALxmBAASZwQAaGcEAL5nBAAUaAQAamgEAARwDABacAwAsHAMAAZxDABkCwIAkqEBAA5lBABkZQQAumUEABBmBABmZgQAvGYEABJnBABoZwQAvmcEABRoBABqaAQABHAMAFpwDACwcAwABnEMAJBKAQDmSgEAbNMOAMLTDgAY1A4AkqEBAMCRAwBkswAAZosBALy4AgBOJwAA2FMJAHwXAgDKkAAA0kICADpMAgCgBgYAcBMDABA7BADUAw0AKgQNAIAEDQCAyQQA1skEACzKBACCygQA2MoEAC7LBACEywQA2ssEAEwTDAD4LgQAOvgCAGSzAABmiwEAzkoHAJAODgDMFgMAIhcDAHgXAwDOFwMAJBgDAHoYAwDy/gIASP8CAJ7/AgD0/wIASgADAI4LDQDmqgYATBMMABJzCgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EACIhCAAa/AwA0kICABirDwAkwgIALCoKAIIqCgCoLQIA/i0CAERpDgBajQUAsI0FACqWAABEMggAkkkAAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQApNkDAIhYCgDeWAoANFkKAFZiBgCsYgYAAmMGAOJaCgB+qQoA1KkKABINAgDMkwEA0kICADpMAgAgEgEAvNIPAGQLAgCc2QUA0kICADpMAgDW9gUAnFICAMwmCwCOCw0A5qoGAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAJAENAO47DQByDgAAFI8CAJKhAQDooQEAQIwLAJaMCwDsjAsApOUJAO47DQByDgAAFI8CAGQLAgCOCw0AirkPAEQyCABkCwIATBMMABJzCgDSQgIAkkkAAAAAAAAAAAAAAAAAAGo5AgAAAAAAajkCAAAAAABqOQIAAAAAAGQLAgCOCw0AirkPAEQyCABkCwIATBMMABJzCgDSQgIAkkkAAJRqEAAAAAAAZAsCAI4LDQCKuQ8ARDIIAGQLAgBMEwwAEnMKANJCAgCSSQAAkqEBAOihAQDEvgMAGr8DAHC/AwDGvwMAHMADAHLAAwBEaQ4A6moQAD5KAAAgEgEAVgAAABJzCgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EACASAQDieQQAjgsNAGDNDgCUsgkA6rIJAECzCQCWswkAcswJAMjMCQBiiwIAZusGANJCAgBEMggAZAsCAI4LDQDqBAgAQAUIAJYFCADsBQgAzCYLACrZDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIAjgsNAOaqBgB8FwIAQOAKADQcAQBkCwIATD4MAM5IBgAkSQYAGvwMABqsDwBwrA8A3CoJAJrBDwDwwQ8Acg4AAGQLAgA+vg8A6t0JAAAAAAAAAAAAcBMDADojAwDC9goAGPcKAG73CgDE9woAanYLAGTRDwC60Q8AENIPAERpDgCAsg4Ail8NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAFZsCwCsbAsAAm0LAKTlCQDuOw0Acg4AABSPAgCaaQ4AKtkMAIDZDADW2QwALNoMAILaDADY2gwALtsMAITbDADa2wwAGvwMANa2EAAqlgAARGkOAICyDgCKXw0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMAiFgKAN5YCgA0WQoAVmIGAKxiBgAYqw8AzkgGAMwmCwCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUAVi8CAKwvAgBUYQYAqmEGAABiBgBWYgYArGIGAAJjBgDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAKLcBQD43AUATt0FAKTdBQB69wcA6B4AAD4fAACUHwAA6h8AAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQApNkDAIhYCgDeWAoANFkKAIpZCgDgWQoANloKAIxaCgDWGwMALBwDAKjpCgA2iQwAupoJAG71CQCSSQAAzCYLAERpDgCAsg4Ail8NACQBDQDuOw0Acg4AACqWAACSSQAAWtkAAHhKBwDSQgIAbGUCAGQLAgBMPgwAZnYMALx2DADKkAAAIJEAANJCAgA6TAIA1vYFACz3BQCC9wUAZokAADohAgCSoQEAAAAAAGQLAgBsZQIActIMACKUAQDGZwIAcBMDAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBACoLQIA/i0CAJzZBQDqzwIAiI8QAN6PEAA0kBAA1tsNALQ1AwDIDgAANBwBAPg2CADy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwCk5QkAwJEDAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAAAAAAAAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAbO4GAMLuBgAY7wYAbu8GAMTvBgAa8AYANBwBAHZwBQDMcAUAInEFAHhxBQBEMggAOiECAGQLAgA0HAEAihwBAM7TCwAk1AsAetQLADQcAQB2cAUAzHAFACJxBQB4cQUAZLMAALqzAAAQtAAAZrQAALy0AAAC4gUAjnYCABirDwBmiQAA6gQIADQcAQB2cAUAzHAFACJxBQB4cQUAIiEIABr8DADSQgIAGKsPACTCAgAsKgoAgioKAKgtAgD+LQIARGkOAFqNBQCwjQUAKpYAAEQyCAA0HAEAYN4BACCRAAAqxQIAgMUCAOrPAgCcUgIAVGEGAHhKBwDq3QkAcg4AAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAMAkOAIYJDgDKgw8ADjwFAGQ8BQC6PAUAED0FAGY9BQC8PQUAEj4FAGg+BQC+PgUAFD8FAGo/BQBkCwIAkqEBAA5lBAAilAEAbGUCAGQLAgC6CwIAEAwCAGYMAgDq4wwAQOQMAI4LDQDqBAgARDIIANJCAgA6TAIAcg4AACrDAQBsUg4ARPkAAFJeBQDuOw0Acg4AABSPAgDa1QkAMNYJAIbWCQDc1gkAMtcJAIjXCQDe1wkANNgJAIrYCQDg2AkAjgsNAIq5DwDAkQMAZAsCAD6+DwBOJwAAZAsCAERpDgDqahAAPkoAAJRKAABWAAAA3CoJABDrBgDMkwEABnMNANhTCQAqlgAARDIIAGQLAgA0HAEAdnAFAMxwBQAicQUAeHEFACIhCAAkAQ0A7jsNAHIOAAAUjwIAJAENAO47DQByDgAAFI8CAGQLAgCk5QkAwJEDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXOIEALLiBACetwkA9LcJAEq4CQCguAkA9rgJAEy5CQCiuQkA+LkJAE66CQCkugkA+roJAFC7CQCmuwkA/LsJAFK8CQCovAkApNkDAIhYCgDeWAoANFkKAIpZCgDgWQoANloKAIxaCgA+vg8AzkoHACRLBwAKlggAYJYIALaWCAAMlwgAYpcIALiXCABkCwIARGkOAFRhBgCqYQYAAGIGAEQyCABkCwIAPr4PAG71CQDAkQMAcg4AAA4PBABkDwQADmUEAFYvAgByDgAADg8EAGQPBABWLwIAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgA0Cw4AigsOAOALDgA2DA4AjAwOAOIMDgA4DQ4Ajg0OAOQNDgA6Dg4ApNkDAIhYCgDeWAoANFkKAIpZCgDgWQoANloKAIxaCgA+vg8AzkoHACRLBwAKlggAYJYIALaWCAAMlwgAYpcIALiXCABkCwIARGkOAFRhBgCqYQYAAGIGAEQyCABkCwIAPr4PAG71CQCk2QMAiFgKAN5YCgA0WQoAilkKAOBZCgA2WgoAjFoKAD6+DwDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgAuJcIAGQLAgBEaQ4AVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJANJCAgAYqw8AOqICAOihAQA+ogEAwJEDAFYvAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAUlwEANQyDwBGbhAAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FAIpPBQDgTwUANlAFAIxQBQDiUAUAOFEFAI5RBQDkUQUAOlIFADQcAQB2cAUAzHAFACJxBQB4cQUAAAAAACASAQDieQQAjgsNAGDNDgCUsgkA6rIJAECzCQCWswkAcswJAMjMCQBiiwIAZusGANJCAgBEMggAZAsCAI4LDQDqBAgAQAUIAJYFCADsBQgAzCYLACrZDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIAjgsNAOaqBgB8FwIAQOAKADQcAQBkCwIATD4MAM5IBgAkSQYAGvwMABqsDwBwrA8A3CoJAJrBDwDwwQ8Acg4AAGQLAgA+vg8A6t0JAAAAAAC80g8AWo0FALCNBQAGjgUAXI4FALKOBQAIjwUAIBIBAOJ5BACOCw0AYM0OAJSyCQDqsgkAQLMJAJazCQByzAkAyMwJAGKLAgBm6wYA0kICAEQyCABkCwIAjgsNAOoECABABQgAlgUIAOwFCADMJgsAKtkMAGo5AgBkCwIANBwBAGi3AQBOBAQAKsMBAIKZAQAilAEAfBcCAGQLAgCOCw0A5qoGAHwXAgBA4AoANBwBAGQLAgBMPgwAzkgGACRJBgAa/AwAGqwPAHCsDwDcKgkAmsEPAPDBDwByDgAAZAsCAD6+DwDq3QkAAAAAAKxuDAACbwwAcBMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAqC0CAP4tAgB69wcA0PcHACb4BwC6DwQAEBAEAGYQBAC8EAQAEhEEANbbDQAAAAAAAAAAAHIOAAAAAAAAAAAAAFziBABaEAcAsBAHAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwCIWAoA3lgKADRZCgBWYgYArGIGAAJjBgBwEwMAsjYEAAg3BABeNwQAtDcEAAo4BABgOAQAtjgEAAw5BABYlAkArpQJAASVCQBalQkAsJUJAHr3BwDIDgAACGwJAF5sCQC0bAkACm0JAGQLAgCOCw0ATicAAJJJAADMJgsAKtkMACKUAQB8FwIAZAsCAERpDgCAsg4AZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwDu1wUARNgFAJrYBQDw2AUARtkFAMqQAAAgkQAAKsUCAPT9AQBkCwIAevcHAMgOAAAIbAkAXmwJALRsCQAKbQkAcBMDAGaJAAD0/QEA0kICADpMAgCSSQAAWo0FALCNBQAqlgAAcg4AAFYAAADcKgkAMisJANTrAAA6TAIAAAAAAMqQAAAqlgAAcg4AABSPAgDMJgsAKtkMANTrAADi9gIAxvgKABz5CgBy+QoALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQDe+gUANPsFAIr7BQDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYAZokAALyJAADigQgAOIIIAEQyCABkCwIARGkOAOpqEAA+SgAANBwBAALiBQBY4gUAZAsCAHLMCQDIzAkAkkkAAFqNBQCwjQUAKpYAAHIOAABkCwIATBMMAAL0DgAyKwkAZAsCAHLMCQDIzAkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAkqEBAA5lBACuXwQAaLcBAM5IBgAkSQYAWtkAAKTlCQDMkwEAZLMAAOKBCABkCwIATD4MAGZ2DABEMggAhKoJAE4EBABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDADwTEAAq2QwA1OsAAOL2AgBiMQAAurMAABC0AABmtAAAvLQAABK1AABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDADwTEAAq2QwA1OsAAOL2AgAqlgAARDIIAISqCQBOBAQAYjEAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAHBvBgDGbwYAsjYEAAg3BABeNwQAtDcEAAo4BABgOAQAtjgEAAw5BABiOQQAuDkEAA46BABkOgQAujoEAJ7SAQD00gEAStMBAKDTAQD20wEAVBMKAKoTCgAAFAoAVhQKAKwUCgACFQoAWBUKAK4VCgAEFgoAWhYKALAWCgAGFwoAXBcKALIXCgAIGAoAXhgKALQYCgAKGQoAYBkKAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAHBvBgDGbwYAxhMDABwUAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FAIpPBQDgTwUANlAFAIxQBQDiUAUA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgA0Cw4AigsOAOALDgA2DA4AjAwOAOIMDgA4DQ4Ajg0OAOQNDgA6Dg4ATBMMACb+CgB8/goA0v4KACj/CgB+/woA1P8KACoACwCAAAsA1gALACwBCwCCAQsA2AELAC4CCwCEAgsA2gILADADCwCGAwsA3AMLADIECwCIBAsA3gQLADQFCwDWGwMALBwDAKjpCgA2iQwAupoJAG71CQCSSQAAzCYLAERpDgCAsg4Ail8NACQBDQDuOw0Acg4AAJJJAABkCwIAWtkAAPwsAgCGYQ8A3GEPAKxuDAACbwwAWG8MAK5vDABMEwwAEnMKAHIOAAAqwwEAgpkBADohAgCSoQEAijYOAERpDgCAsg4Ail8NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwBEaQ4A6moQAD5KAAByzAkAyMwJAKAGBgD2BgYATAcGAO5YBgB69wcA6B4AAD4fAACUHwAA6h8AAEAgAABE+QAA6g4NAKQEBACc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMAMoMKAKI+DAD4PgwAOiECAPLbBgBI3AYAntwGAPTcBgCGGAAAZAsCAHr3BwAWfw8AbH8PAJxSAgDMkwEArl8EAPg2CAB4SgcAbvUJAJJJAADMJgsAKtkMANTrAADi9gIA7usPAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAOJaCgA4WwoAjlsKAORbCgA6XAoAkFwKAOZcCgA8XQoAkl0KAOhdCgA+XgoAlF4KAOpeCgBAXwoAevcHAOgeAAA+HwAAlB8AAOofAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANYbAwAsHAMAqOkKAP7pCgBU6goAquoKAADrCgBW6woAugsCANhTCQAuVAkAhFQJAD6+DwDSQgIAZAsCABr8DABw/AwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAwJEDAGQLAgB8wQEAypAAACCRAAAqxQIA9P0BADAJDgCGCQ4A3AkOADIKDgCICg4A3goOADQLDgCKCw4A4AsOADYMDgCMDA4A4gwOADgNDgCODQ4A5A0OADoODgD04gkAds4JANLRCQAo0gkAftIJANTSCQCk2QMAiFgKAN5YCgA0WQoAilkKAOBZCgA2WgoAjFoKAD6+DwDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgAuJcIAGQLAgBEaQ4AVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJAFhjBgCuYwYABGQGAFpkBgCQDg4A5g4OADwPDgCSDw4A6A8OAD4QDgCUEA4A6hAOAEARDgCWEQ4ApNkDAIhYCgDeWAoANFkKAFZiBgCsYgYAqJcMAOgeAAAKPgcAijYOABDrBgCSSQAAVGEGAHhKBwDq3QkAkkkAAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAFhjBgCuYwYABGQGAFpkBgAqlgAAgJYAANTrAADi9gIAKBgCAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAFhjBgDIUw0AHlQNAHRUDQDKVA0AIFUNAHZVDQDMVQ0AyA4AAAhsCQBebAkAtGwJAAptCQB4QAIAzkoHACRLBwB6SwcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAtEMKAICWAADU6wAA4vYCAIYYAADcGAAAavEIAMDxCAAW8ggAbPIIAMLyCAAY8wgAKEMCACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIARGkOAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAOJaCgD4QA0AwMQHABbFBwBsxQcAwsUHABjGBwBuxgcAxMYHABrHBwCOCw0ATicAAJJJAADMJgsAKtkMAHr3BwDoHgAACj4HAIo2DgAQ6wYAkkkAAFRhBgB4SgcA6t0JAGQLAgBqdgsAZNEPALrRDwAQ0g8AtDUDAK7sCgAE7QoAWu0KALDtCgAG7goAXO4KAKCyBgD2sgYATLMGAKKzBgD4swYATrQGAKS0BgD6tAYAULUGAKa1BgCAzQYA1s0GACzOBgCCzgYA2M4GAC7PBgDKkAAA0kICANJCAgA6TAIAhhgAAJJJAABkCwIARGkOAICyDgDOSgcAEnMKAJKhAQDooQEAPqIBAMCRAwBwEwMAAAAAAGQLAgBEaQ4A4EkCADZKAgCMSgIA1tsNAHr3BwBAOg0AzJMBAM5IBgBmiQAAOiECAJKhAQCKNg4AevcHAOgeAAA+HwAAlB8AAOofAABAIAAACJEGAGQLAgC6CwIA3AcNADIIDQCICA0ARGkOAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAHATAwDWGwMALBwDAKjpCgCOCw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAIo2DgB69wcA6B4AAD4fAACUHwAA6h8AAEAgAAA0HAEAAAAAAFYAAABkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAbG0GAM4CDgAkAw4AegMOANJCAgC6mgkAYvkOAMJlAgCAlgAAODQMAI40DADSQgIAOkwCANb2BQAs9wUAgvcFAGaJAAA6IQIAkqEBAIo2DgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACCRAACGGAAAwJEDAHATAwCSSQAAZLMAAFYAAABkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMATicAAI7KAQDkygEAOssBAGSzAABmiwEAvLgCAPTWAwDSQgIAOkwCAJBMAgDEghAAcg4AAOgeAADw4AkARuEJAJzhCQDy4QkASOIJAJ7iCQDCbQYAGG4GAG5uBgDEbgYAGm8GAHBvBgDGbwYAtDUDAMgOAAAIbAkAXmwJALRsCQAKbQkAZAsCAGp2CwBk0Q8AutEPABDSDwCQDg4A5g4OAHw1EQDSNREAKDYRAH42EQDUNhEAKjcRAIA3EQDWNxEALDgRAII4EQBE/wMAmv8DAPD/AwBGAAQAnAAEAPIABABIAQQAngEEACQBDQDuOw0Acg4AADohAgDy2wYASNwGAJ7cBgD03AYASt0GAKiXDAA+dQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGaJAABOJwAAbGUCAEADBwCe0gEAcg4AAGIxAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBsbQYAzgIOACQDDgB6Aw4AZAsCADQcAQAC4gUAwJEDAGQLAgCsbgwAAm8MAFhvDACubwwAOiECAPTuDwCOCw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzZBQDy2QUASmgMAKBoDAD2aAwATGkMAKJpDAD4aQwATmoMAKRqDAD6agwAUGsMAGp2CwByDgAAFI8CAGqPAgA6IQIAkqEBAA5lBABOBAQAQiUCAMrTDADYVQoAgLIOAIpfDQBMPgwAVgAAALyJAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBsbQYAzgIOACQDDgB6Aw4AxhMDABwUAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEAOiECAHouDgB4SgcAkkkAAHIOAAAUjwIAWo0FAKwaDQAS/g8AZAsCALoLAgDSQgIAupoJADQcAQBkCwIAfMEBAET5AABwEwMAdhYDALqzAAAQtAAAZrQAALy0AAAStQAAaLUAACQBDQB6AQ0A0AENACYCDQByzAkAODQMAI40DABkCwIAPr4PAG71CQCSSQAAZAsCAD6+DwBOJwAAZAsCAI4LDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOADohAgDy2wYASNwGAJ7cBgD03AYASt0GAKiXDABkCwIARGkOAICyDgCKXw0ARGkOAGaJAADIyggAbGUCAGQLAgBEaQ4AirkPAMCRAwBkCwIAPr4PAE4nAABkCwIARGkOAOpqEAA+SgAAlEoAAOpKAAAqlgAARDIIAGQLAgA6IQIA8tsGAEjcBgCe3AYA9NwGAErdBgCSoQEAZokAANzGAQAUjwIAVGEGAGSzAAByDgAA6B4AAGaJAACOdgIAZLMAAOKBCABqOQIA5j0QADw+EAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAJ5EEAD0RBAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBsbQYAzgIOACQDDgB6Aw4AAAAAAFYAAADcKgkAmsEPAHIOAADoHgAAZokAAI52AgBkswAA4oEIAFYAAAAGMgIAajkCAOY9EAA8PhAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgCeRBAA9EQQALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAbG0GAM4CDgAkAw4AegMOAJKhAQAOZQQAJMICAMyTAQAilAEAfBcCAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwCSswoA6B4AAD4fAADU6wAA4vYCAHATAwCSSQAAWo0FAKwaDQA0dAIAcg4AAFYAAAAScwoA0kICAJJJAABwEwMAkkkAAFqNBQCsGg0ANHQCAHIOAABWAAAAEnMKANJCAgCSSQAAcBMDALRDCgCAlgAA1OsAAOL2AgCyNgQACDcEAF43BAC0NwQACjgEAGA4BAC2OAQAcKIKAGAbCwC2GwsADBwLAGIcCwC4HAsADh0LAGQdCwC6HQsAEB4LAGYeCwC8HgsAEh8LAGgfCwC+HwsAFCALAGogCwDAIAsAFiELAGwhCwDCIQsAGCILAJAODgDmDg4APA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgDsEQ4AQhIOAJgSDgDuEg4ARBMOAJoTDgB8NREA0jURACg2EQCGGAAAIBIBALzSDwBkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAFZsCwCsbAsAAm0LAHr3BwDoHgAAPh8AAJQfAADqHwAADDkEAGI5BAC4OQQADjoEAGQ6BAC6OgQAFOkEAGrpBADA6QQAVi8CAKwvAgBajQUArBoNADR0AgByDgAAVgAAABJzCgDSQgIAkkkAAGo5AgCeRBAA9EQQALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAbG0GAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgAqBg4AgAYOANYGDgBqdgsAZNEPALrRDwAQ0g8A5PcCAOrPAgCIjxAA3o8QADSQEACKkBAA4JAQADaREACMkRAA4pEQADilBACOpQQA5KUEADqmBACQpgQA5qYEADynBACSpwQA6KcEAD6oBACUqAQA6qgEAECpBACWqQQA7KkEAEKqBACYqgQA7qoEAESrBACaqwQA8KsEAEasBACcrAQA8qwEAEitBACerQQAOFsKAOrPAgCIjxAA3o8QADSQEACKkBAA4JAQADaREACMkRAA4pEQAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBACSSQAAVGEGAKphBgAAYgYAVmIGAKxiBgACYwYAWGMGAK5jBgAEZAYAWmQGANYbAwAqlgAAWtkAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBsbQYAzgIOACQDDgB6Aw4A6t0JANwYAADgMAsANjELAGaJAAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA1hsDACwcAwCo6QoAjgsNAPjsDQAOZQQAJMICACwqCgCsbgwAAm8MAOAwCwA2MQsAcg4AAGQLAgC6CwIA3AcNADIIDQCICA0A3ggNAEw+DACiPgwA+D4MAMCRAwAWkgMAbJIDANJCAgBkCwIAnNkFALqzAADKkAAAcg4AABSPAgDMJgsAZAsCAKxuDAACbwwA4DALADYxCwCOCw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGSzAABkswAADr8GAGS/BgC6vwYAEMAGAKAGBgBkCwIAWtkAAKTlCQDMkwEAOqICAIo2DgBqdgsAcg4AABSPAgBqjwIAOiECAJKhAQAOZQQATgQEAEIlAgDMkwEAIpQBAHwXAgBkCwIAjgsNAOaqBgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwD62QMAUNoDAKbaAwDQ9wcAJvgHAHz4BwDS+AcAKPkHAH75BwDU+QcAKvoHAERpDgBkswAAVgAAAAAAAADMkwEAVgAAAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwD62QMAUNoDAERpDgDqahAAPkoAACQBDQDuOw0Acg4AABSPAgBEaQ4AVGEGAKphBgAAYgYAVmIGAKxiBgACYwYA4loKAH6pCgDUqQoAEg0CAMyTAQDSQgIAOkwCAD6+DwDOSgcAJEsHAHpLBwBkCwIARGkOAGSzAABWAAAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAWtkAAMyTAQDOSAYA6EkAAGQLAgAkAQ0A7jsNAHIOAAAUjwIAZAsCAJJJAABkswAAVgAAAGQLAgBMEwwAkEoBAOZKAQAkwgIAzJMBAEQyCAAarA8AgJYAAHATAwAQOwQA1AMNACoEDQCABA0A5PcCAJD8BAC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAAByDgAADg8EAGQPBAAiIQgAeCEIAM4hCAAkIggAeiIIANAiCAAmIwgAfCMIAJRqEAB8GQMAZLMAAFYAAABkCwIATBMMAJBKAQDmSgEAJMICAMyTAQBEMggAGqwPAICWAABwEwMAEDsEANQDDQAqBA0AgAQNAOT3AgCQ/AQAvIsBABKMAQAAAAAA9P0BAAAAAAAAAAAAAAAAAGaJAABOJwAARDIIAJoyCAAS/g8AkkkAAFRhBgAkwgIALCoKAHr3BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADgzAMANs0DAIzNAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOAD6+DwDSQgIAZAsCABr8DACS5A0A6OQNAD7lDQCU5Q0A6uUNAEDmDQCW5g0A7OYNAELnDQCY5w0A7ucNAEToDQBEMggAcg4AAGQLAgB69wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAA4MwDADbNAwCMzQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAIo2DgA+vg8A0kICAGQLAgAa/AwAkuQNAOjkDQA+5Q0AlOUNAOrlDQBA5g0AluYNAOzmDQBC5w0AmOcNAO7nDQBE6A0AZAsCAHr3BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADgzAMANs0DAIzNAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOAD6+DwDSQgIAZAsCABr8DACS5A0A6OQNAD7lDQCU5Q0A6uUNAEDmDQCW5g0A7OYNAELnDQCY5w0A7ucNAEToDQCUahAAsjYEANhTCQAuVAkAhFQJAKxuDAACbwwAWG8MAK5vDAAEcAwAWnAMALBwDAAGcQwAAAAAAGaJAADIyggAHssIAA5lBABwEwMA0kICABirDwAilAEAfBcCAEDgCgCAlgAA1OsAAOL2AgAqlgAANBwBAGSzAADqzwIAvIkAAOKBCAA4gggAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAOkwCAICWAADU6wAA4vYCAJ7SAQByDgAAcBMDALQ1AwCu7AoABO0KAFrtCgCw7QoABu4KAFzuCgDW2w0AdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAFZsCwCsbAsALlYKAIRWCgDaVgoAVmIGAKxiBgACYwYA4loKAERpDgCAsg4ARDIIABqsDwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBkDAOpqEAA+SgAA2p4DADCfAwCGnwMA3J8DADKgAwCIoAMA3qADADShAwCOCw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAIo2DgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAI4LDQCcUgIAJFkOAOpqEADMkwEATgQEAKQEBAA0HAEAihwBADQcAQD4NggAhhgAAGZHCgC8RwoAEkgKAOrjDABA5AwANBwBAALiBQCOdgIAbGUCAMJlAgBEMggAZAsCABr8DAAarA8AZokAAHoBDQDQAQ0AJgINAHwCDQDSAg0AKAMNAH4DDQCiwQ0AirkPAEQyCABkCwIATD4MAGZ2DAC8dgwANAkNAHD8DABOBAQAPnUAADohAgCSoQEAijYOAEQyCABkCwIAypAAACCRAACSSQAAVGEGADqiAgBkCwIARGkOAFRhBgCqYQYAAGIGAEQyCABkCwIAcswJAMjMCQCSSQAAWo0FAJKhAQAOZQQAZGUEAKIwBQBkswAAajkCAJ5EEAD0RBAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBsbQYAzgIOACQDDgB6Aw4AxlgQAOgeAAA+HwAAlB8AAOofAABAIAAARDIIABqsDwBmiQAA6gQIAHATAwAMQwkAWtkAAIYYAABwEwMApOUJAO47DQByDgAAFI8CAJKhAQDooQEAUD4LAKY+CwD8PgsAUj8LANwqCQAyKwkA1OsAAOL2AgCS4gwAzkoHACRLBwB6SwcAZAsCAMqQAAAgkQAAKsUCAPT9AQBkCwIAevcHAMgOAAAIbAkAXmwJALRsCQB69wcAFn8PAGx/DwCcUgIAypAAAHIOAABkCwIApOUJAMrTDAAQ6wYAbGUCAMJlAgBEMggADEMJAM5KBwAkSwcACpYIAGCWCAC2lggADJcIAGKXCAC4lwgADpgIAGSYCAC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCAC+mggAFJsIAGqbCADAmwgAFpwIAGycCADCnAgAOK0IAI6tCADkrQgAOq4IAEQyCABkCwIAPr4PAG71CQCSSQAAZAsCAFrZAAD8LAIAzJMBAM5IBgBUYQYAIpQBAHwXAgBkCwIAugsCANwHDQDSQgIAZAsCAD6+DwDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgAMisJAChDAgCcUgIAVGEGAHhKBwDq3QkAkkkAAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAFhjBgDIUw0AHlQNAHRUDQDKVA0AIFUNAHZVDQDMVQ0A3B4DAGDeAQCSSQAAZokAAJxSAgDMJgsAPr4PAM5KBwAkSwcACpYIAGCWCAC2lggADJcIAGKXCAC4lwgAZAsCAERpDgBUYQYAqmEGAABiBgBEMggAZAsCAD6+DwBu9QkAkkkAAKgtAgDKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA0HAEAihwBAM7TCwCEqgkABMgNAMCRAwBkCwIAnNkFAPLZBQBKaAwAIJEAAJJJAADMJgsAfBkDAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAOJaCgBa2QAA/CwCAMyTAQDOSAYAVGEGACKUAQB8FwIAZAsCALoLAgDcBw0A0kICAGQLAgAkwgIAesICANDCAgAmwwIApOUJAO47DQByDgAAFI8CAGqPAgAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAwMQHAAAAAACSoQEAcBMDANYbAwAsHAMAqOkKACQBDQDuOw0Acg4AABSPAgByDgAAZAsCAI4LDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOAEw+DACiPgwA+D4MALxLDAASTAwAaEwMAEwTDAAScwoAaHMKAMYTAwAcFAMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADRPBQDSQgIAOkwCANb2BQCcUgIAzCYLAHr3BwDoHgAAcg4AACrDAQCCmQEAeEoHAJKhAQCSoQEAZAsCACQBDQDuOw0Acg4AABSPAgBE+QAA6g4NAFziBABEaQ4AWo0FALCNBQAqlgAARDIIAGQLAgC6CwIA3AcNANJCAgBkCwIAAAAAAMqQAAAqlgAAgJYAAMCRAwBkCwIAugsCABAMAgBmDAIAvAwCAIYYAADcGAAA4DALADYxCwByDgAATicAAI7KAQDkygEAOssBABqsDwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAMAkOAIYJDgBKaAwAoGgMAPZoDABMaQwAomkMAPhpDABOagwApGoMAHLMCQDIzAkA1vYFACz3BQCC9wUAZAsCAI4LDQCKuQ8AwJEDAGQLAgCc2QUA8tkFAEjaBQBWSQ8ArEkPALyJAACUsgkAZAsCAEwTDAAScwoAzJMBACKUAQCcUgIAcg4AAHATAwDWGwMALBwDAKjpCgD+6QoA6B4AAD4fAACUHwAA6h8AAEAgAAAIkQYAZAsCAI4LDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAijYOALoLAgDcBw0A0kICAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAIkQYAXpEGAD4fAADU6wAA4vYCAOgeAAA+HwAA1OsAAOL2AgCQDg4A5g4OADwPDgCSDw4A6A8OAD4QDgCUEA4A6hAOAEARDgCWEQ4AVi8CANJCAgA6TAIAkEwCAMSCEAByDgAA6B4AAOBfDQBCUAIAUuUIAKjlCABkCwIAevcHAOgeAAA+HwAAlB8AAOofAABkswAAbGUCAKTlCQDuOw0AbvUJAHIOAADoHgAArpoMALqgDADSQgIAGKsPACTCAgAsKgoAgioKAGo5AgDmPRAAgJYAANTrAADi9gIAajkCAIYYAAAqlgAAkkkAAFrZAAB4SgcA0kICAGxlAgDCZQIAgJYAANTrAADi9gIAkA4OAOYODgC8iwEAEowBADjmDwAAAAAAAAAAACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcBMDAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBABEaQ4A6moQAD5KAABqdgsAwHYLAEQyCABWAAAAEnMKAMyTAQAilAEAiHUDAGQLAgDKkAAA0kICAJKhAQBwEwMAaAkAAKTlCQD65QkAUOYJAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwBEaQ4A6moQAD5KAACgrAMAkuQNAGJDCQC4QwkADkQJAGRECQCUhwkAGvwMAJoyCAAqlgAANBwBAIocAQCgrAMAkuQNAGJDCQC4QwkADkQJAGRECQCUhwkAGvwMAJoyCAAqlgAANBwBAIocAQDgHAEAZAsCAHLMCQA4NAwAjjQMAPgXDgBOGA4ApBgOAPoYDgAqlgAAgJYAADQcAQBotwEATgQEACrDAQCCmQEAeEoHAOrdCQBkCwIAGvwMABqsDwCGGAAAWF0DACqWAABEMggAZAsCAFrZAACk5QkAzJMBADqiAgCKNg4ARGkOAFqNBQDAkQMAzJMBACKUAQB8FwIAZAsCAERpDgCAsg4Ail8NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwBEaQ4A6moQAD5KAACgrAMAkuQNAGJDCQC4QwkADkQJAGRECQCUhwkAGvwMAJoyCAAqlgAANBwBAIocAQAa/AwA1rYQACy3EACCtxAA2LcQAC64EACEuBAAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPoOCQB4SgcAwMQHAGxlAgDCZQIAgJYAADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAEDsEANQDDQAqBA0AgAQNAMJ7DQCk5QkAzJMBADqiAgCKNg4AugsCAKQnAACSSQAAZLMAAOKBCADMkwEAIpQBAHwXAgBkCwIAevcHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAI4LDQAS/g8AzJMBAGQLAgAkwgIALCoKAIIqCgColwwAgpkBAHhKBwDq3QkAcBMDAMyTAQA6ogIAijYOAIYYAADcGAAA3kYBAE4nAADcBw0AMggNAIgIDQDeCA0A5s0CAICWAADU6wAA4vYCAHzBAQDW/gkALP8JAIL/CQDY/wkALgAKAIQACgAAAAAArgcDAAQIAwCsbgwAAm8MADIZAADIxgYAHscGAEY5CwCcOQsA8jkLALoLAgDYUwkALlQJAIRUCQA+vg8A0kICAGQLAgAa/AwAcPwMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAGp2CwDAdgsAFncLAGx3CwDCdwsAAAAAACTCAgB6wgIAjnYCAAAAAADSQgIAODQMAI40DAAAAAAARDIIAAxDCQBiQwkAuEMJAA5ECQBkRAkAaHEJAL5xCQAUcgkAanIJAMDEBwBsZQIAwmUCAJJJAACGGAAA3BgAAN5GAQBOJwAA3AcNADIIDQCICA0A3ggNAObNAgCAlgAA1OsAAOL2AgBqOQIAxlgQAMgOAAAIbAkABHAMANhTCQAOzw4AxmcCAGQLAgCOCw0A5qoGACTCAgB6wgIA0MICAA5lBABEMggAZAsCABr8DACS5A0AYkMJALhDCQAORAkAZEQJAJSHCQBqdgsAwHYLACTCAgDMkwEA0kICALqaCQDq3QkANBwBAPg2CACGGAAAWtkAAHhKBwDSQgIAbGUCAHLSDAAilAEAfBcCAGQLAgCc2QUA8tkFAEjaBQBWSQ8ArEkPAAJKDwBYSg8ArkoPAARLDwBkCwIAcswJADg0DACONAwA5DQMADo1DACQNQwA5jUMAAQeDgBaHg4AWo0FAKwaDQCcUgIAzCYLAHwXAgBkCwIATD4MAGZ2DAC8dgwAanYLAMyTAQDOSAYA6EkAAD5KAADangMAZAsCAKxuDAACbwwAWG8MAK5vDAByzAkAODQMAI40DAD4Fw4AThgOAKQYDgD6GA4AUBkOAD6+DwDSQgIAZAsCADQcAQBotwEATgQEAGIxAABmiwEAvLgCAE4nAADYUwkAfBcCAMqQAADSQgIAOkwCANJCAgA6TAIA1vYFAJxSAgDMJgsAGvwMAJLkDQBiQwkAuEMJAA5ECQBkRAkAlIcJAEwTDACQSgEA5koBACTCAgDMkwEARDIIABqsDwB4SgcAeEoHAJJJAACSoQEAijYOAHIOAAAqwwEAZAsCABr8DACS5A0AYkMJALhDCQAORAkAZEQJAJSHCQCsbgwAAm8MAFhvDACubwwABHAMAFpwDACwcAwABnEMABr8DACS5A0AYkMJALhDCQAORAkAZEQJAJSHCQBqdgsAwHYLAEQyCABWAAAAEnMKAMyTAQAilAEAEOsGAGbrBgC86wYAEuwGAGjsBgC+7AYAFO0GAGrtBgDA7QYAFu4GAMyTAQBmiQAAyMoIAGQLAgBEaQ4AZLMAAFYAAABwEwMAZAsCANQyDwBGbhAAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAET5AAAAAAAAXOIEAH6zDwDcBw0A0kICAJJJAABUYQYAJMICACwqCgAKPgcAwJEDAGQLAgByzAkAyMwJAB7NCQB0zQkAys0JACDOCQBkCwIATD4MAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBAAQOwQAEOsGAGbrBgC86wYAEuwGAGjsBgC+7AYAFO0GAGrtBgDA7QYAFu4GANYbAwAsHAMAMqgHANQyDwAqlgAAqlcBANoxDQBOBAQAFI8CAFRhBgAilAEAfBcCAGQLAgAa/AwAkuQNADQcAQAC4gUAzJMBAPoOCQBQDwkApg8JAPwPCQBSEAkAqBAJAP4QCQBUEQkAqhEJAAASCQBWEgkArBIJAAITCQBYEwkArhMJAAQUCQBaFAkA0kICADpMAgCQTAIAxIIQAHIOAADoHgAAfMEBAJJJAABkswAAVgAAAHATAwAAAAAAkqEBAHIOAABwEwMAAAAAAMqQAAAgkQAAKsUCAPT9AQBwEwMAAAAAADohAgCSoQEAijYOAERpDgCAsg4Ail8NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwBEaQ4AZLMAAFYAAABwEwMAAAAAAJKhAQByDgAAcBMDAAAAAAB69wcAKsMBAIDDAQBwEwMAAAAAAIYYAACGGAAAKpYAABDrBgCSSQAAVGEGAHhKBwDq3QkAZAsCAHLMCQDIzAkAHs0JAHTNCQDKzQkAIM4JADStCQCSSQAAVGEGAKphBgAAYgYARDIIAAxDCQBu9QkAAAAAAJJJAACSSQAAVgAAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwCw+RAAEnMKAGhzCgC+cwoARPkAAFJeBQDuOw0Acg4AABSPAgBsUg4AcswJAMjMCQDW9gUALPcFAIL3BQBkCwIAGvwMAJoyCAAIJBAAXiQQADohAgBmiQAA3MYBAOgeAAB69wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAjgsNAJxSAgDKkAAAkqEBAEQyCABkCwIArG4MAAJvDABYbwwArm8MAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQBWbAsArGwLAAJtCwDSQgIAOkwCAJBMAgDEghAAcg4AAOgeAAAarA8AgJYAANTrAADi9gIAKpYAAICWAADU6wAAAD8KAFY/CgAyGQAAAAAAAAAAAAAAAAAArgcDAAQIAwC6DQMA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAGzuBgDC7gYAGO8GAG7vBgDE7wYAGvAGAAAAAAAAAAAArgcDAAQIAwC6DQMA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAGzuBgDC7gYAGO8GAG7vBgDE7wYAGvAGAFrZAADMkwEAIpQBACqWAACAlgAA1OsAAOL2AgAAAAAAAAAAAAAAAAAAAAAAAAAAAIYYAAAqlgAAkkkAAGo5AgCeRBAA9EQQALy4AgD01gMAStcDAKDXAwD21wMAPBMQAJITEADoExAAPhQQAJQUEADqFBAAQBUQAJYVEAAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgA0Cw4AigsOAOALDgA2DA4AjAwOAOIMDgA4DQ4Ajg0OAOQNDgA6Dg4AeEoHAHIOAABkCwIAanYLAGTRDwC60Q8AENIPAAAAAAAAAAAAAAAAAMwmCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAAAAAAAAAAAAAAAAKpXAQDaMQ0AeEoHAOrdCQBkCwIAcswJAMjMCQAezQkAdM0JAMrNCQAAAAAAKpYAAICWAAA6IQIAzJMBACKUAQDGZwIA1rYQACCRAAB8FwIAcg4AAD51AACQyQAATicAADohAgBmiQAAkMkAAGQLAgCOCw0AOiECAHwXAgBA4AoACj4HAIo2DgCk5QkAhhgAACqWAACqVwEA2jENAAAAAACGGAAAZAsCAHLMCQDIzAkApOUJAMqQAAByDgAAPnUAAOoECAByDgAAKsMBAIKZAQB4SgcA6t0JACqWAAByzAkAGKsPAAZzDQDYUwkAypAAAJJJAABmiQAAnFICAAAAAAB4SgcAZAsCAHLMCQDIzAkAYosCALiLAgByDgAAPnUAAOoECACGGAAA3BgAAHATAwC0QwoACkQKAGBECgC2RAoADEUKAGJFCgC4RQoADkYKAGRGCgC6RgoAEEcKACqWAAAQ6wYAZusGALzrBgAS7AYAaOwGAL7sBgAU7QYAau0GAMDtBgAW7gYAugsCABAMAgBmDAIAvAwCAJDLAQB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQAugsCABAMAgBmDAIAvAwCAJDLAQB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQAZAsCAERpDgBUYQYAqmEGAABiBgBEMggAZAsCAD6+DwBu9QkAVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAEzcBQCi3AUA+NwFAE7dBQCk3QUAxlgQAMgOAAAIbAkAXmwJALRsCQAKbQkAkkkAAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAFhjBgDIUw0AHlQNAHRUDQDKVA0AIFUNAHZVDQDMVQ0ApNkDAIhYCgDeWAoANFkKAIpZCgDgWQoANloKAIxaCgDWGwMALBwDAKjpCgD+6QoAVOoKAKrqCgAA6woAVusKALoLAgDYUwkALlQJAIRUCQA+vg8A0kICAGQLAgAa/AwAcPwMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAEJQAgDIyggAijYOAICWAADU6wAA4vYCAHhKBwB4SgcAkqEBAGQLAgBEaQ4AVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJAJJJAABkCwIAWtkAAKTlCQDMkwEAOqICAIo2DgBa2QAA/CwCAMyTAQDOSAYAVGEGACKUAQB8FwIAZAsCALoLAgDcBw0A0kICAGQLAgCOCw0AirkPAOC5DwA+vg8AzkoHACRLBwB6SwcAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAEw+DABmdgwAvHYMAKxuDAACbwwAWG8MAK5vDAAA8Q0AVvENAKzxDQAC8g0AWPINAK7yDQAE8w0AWvMNAKgtAgD+LQIAcswJAMjMCQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgBEaQ4AVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJAJJJAABkCwIAjgsNAE4nAACSSQAAzCYLACrZDACKNg4AgJYAANTrAADi9gIA7usPAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAAaYCgBcmAoAspgKAAiZCgBemQoAtJkKAAqaCgBgmgoAtpoKAAybCgBimwoARPkAAFrZAAD8LAIAzJMBAM5IBgDUGAIA0kICADpMAgDW9gUAnFICAMwmCwBgzQ4AAAAAAMqQAADMkwEA0kICADpMAgCe0gEARDIIADohAgBkswAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAD6+DwA6IQIAkkkAAGaJAADMkwEAIpQBAGQLAgCe0gEARDIIADohAgBkswAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAGp2CwAMow4AAFgBAFZYAQCkQQ0A+kENAFBCDQCmQg0A/EINAFrZAACk5QkAytMMAIYYAABkCwIARGkOAFqNBQDAkQMAzJMBACKUAQB8FwIAZAsCAERpDgCAsg4Ail8NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAHIOAABkCwIAnNkFAPLZBQBKaAwAoGgMAPZoDABMaQwAomkMAPhpDABOagwApGoMAPpqDABQawwAjgsNAGDNDgAAAAAAypAAAMyTAQDSQgIAOkwCAKAGBgBkCwIAugsCANJCAgC6mgkANBwBAGQLAgBEaQ4A6moQAD5KAADKkAAAIJEAAJDNAgDmzQIAgJYAAJKhAQDAkQMAzJMBACKUAQB8FwIAZAsCABr8DACaMggACCQQAF4kEAA6IQIAZokAANzGAQDoHgAAAPENAGDNDgAAAAAAypAAAMyTAQDSQgIAOkwCAI4LDQDmqgYAcswJAMjMCQByDgAAyA4AAG71CQDSQgIAZLMAACqWAAC6CwIA0kICALqaCQA0HAEAZAsCAEw+DADOSAYAcg4AAGQLAgBMEwwAkEoBABirDwCuXwQAAuIFAI52AgDAkQMAZAsCALoLAgAQDAIAvIkAAJSyCQB4QAIA0kICAMCRAwBkCwIAPr4PANJCAgBkCwIAevcHAMgOAABu9QkA0kICAGSzAACGGAAAKpYAAKpXAQBwEwMAfBkDAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAOJaCgCOCw0AYM0OAAAAAADKkAAAzJMBANJCAgAYqw8AIpQBAHwXAgBkCwIAjgsNAOaqBgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwAqlgAAkkkAAGaJAADqBAgARDIIANJCAgAYqw8AIpQBAE4nAADcBw0AZAsCAGp2CwDAdgsAFncLAN5GAQBOJwAA3AcNADIIDQCICA0A3ggNAGaJAADMkwEAVi8CAGaJAADwEw4AbiILAMQiCwAilAEAMhkAAMjGBgAexwYARjkLAJw5CwDyOQsASDoLAJ46CwD0OgsA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAANBwBAGi3AQBOBAQAOiECAPTuDwCk5QkAZokAACTCAgDMkwEAIpQBAJppDgAiJwsAeCcLAM4nCwAkKAsAeigLANAoCwAmKQsAfCkLANIpCwAoKgsAfioLANQqCwAqKwsAcPwMANqqCQAwqwkAhqsJAMqQAABEMggAcswJAMjMCQDW9gUA6gQIAGQLAgDKkAAARDIIAAAAAAB4SgcAZAsCAERpDgBUYQYAqmEGAABiBgBWYgYArGIGAKTlCQBWAAAAVi8CAIYYAAAqlgAAkkkAAFrZAAB4SgcA0kICAGxlAgBWLwIAfBcCAEDgCgCW4AoA7OAKAELhCgCY4QoA7uEKADpMAgByDgAAKsMBAOgeAAByDgAAcBMDAHwXAgBA4AoAluAKAOzgCgBC4QoAmOEKAO7hCgBE4goAmuIKAPDiCgBG4woAnOMKALoLAgDcBw0A0kICAD6+DwDSQgIAZAsCAHr3BwDoHgAAPh8AAJQfAADMkwEAZLMAACqWAACsbgwAAm8MAFhvDACubwwAbGUCACrVCgDcGAAAWtkAAKTlCQDuOw0Acg4AABSPAgDMJgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHTHBgDKxwYAIMgGAHbIBgDMyAYAIskGAI4LDQDqBAgARDIIANJCAgA6TAIAcg4AACrDAQBkCwIAugsCANwHDQAyCA0AiAgNAM5KBwAkSwcAeksHAGQLAgBEaQ4AZLMAAFYAAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMA+tkDAGaJAADMkwEAKpYAAICWAADU6wAA4vYCAHzBAQDW/gkALP8JAIL/CQDY/wkALgAKAIQACgAqlgAANBwBAFYAAAAScwoA0kICAChDAgCOdgIAwJEDAGQLAgC6CwIAEAwCAGYMAgDq4wwAQOQMAEw+DACiPgwA+D4MAKxuDABCUAIAmFACAO5QAgByzAkAyMwJAHIOAADIDgAAkqEBAMqQAACSSQAAVGEGAHhKBwBEMggAGqwPAIYYAABCUAIAmFACAO5QAgCsbgwAAm8MANJCAgBkCwIAevcHAOgeAAA+HwAAlB8AAIYYAABCUAIAmFACAO5QAgBMEwwAkEoBAOZKAQAkwgIAzJMBAEQyCAAarA8AZLMAAOKBCABkCwIAJAENAO47DQByDgAAFI8CAGQLAgBMPgwAZnYMALx2DABsZQIAKtUKANwYAABa2QAAeEoHAGL5DgDKkAAAVgAAAGQLAgC6CwIAEAwCAGYMAgDq4wwAQOQMALwMAgBYXQMAeEoHAGo5AgCeRBAA4oEIAGaJAACKuQ8AhhgAACqWAAAKPgcAcg4AAGo5AgBiURAAuFEQANJCAgA6TAIAcg4AAMgOAACSoQEAJMICACwqCgBEMggAmjIIAOoECABEMggA0kICADpMAgByDgAAKsMBAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcBMDANYbAwBCUAIAmFACAO5QAgBACwsAlgsLAOwLCwBCDAsAmAwLAO4MCwBEDQsAmg0LAPANCwBGDgsAnA4LAPIOCwBIDwsAng8LAPQPCwBKEAsAoBALAPYQCwBkCwIA6g4NAMgOAAAIbAkAXmwJALRsCQAKbQkAciIKANxZCwAyWgsAiFoLACrZDADU6wAA4vYCAGp2CwByDgAAFI8CAGqPAgA6IQIAkqEBAA5lBABOBAQAQiUCAGQLAgCOCw0A5qoGAKxuDAAqlgAAWtkAAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwBwEwMAfMEBANb+CQAs/wkAgv8JANj/CQAuAAoAhAAKANoACgAwAQoAPggKAAAAAAAAAAAAAAAAAEwPCgCiDwoA+A8KAE4QCgCkEAoA+hAKAFARCgCmEQoAAAAAAAAAAAD8EQoAUhIKAKgSCgBSXAQAvhcHABQYBwC6CwIA3AcNADIIDQCICA0AcBMDABA7BABmOwQAZCkRALopEQAQKhEAZioRAGaJAAA6IQIAkqEBAIo2DgC6CwIA2FMJAC5UCQCEVAkArG4MAAJvDABYbwwArm8MAARwDABacAwAsHAMAAZxDAAqlgAAhhgAANwYAAAqlgAAhhgAAIYYAADcGAAAKpYAAIYYAACSSQAAcBMDANYbAwAsHAMAqOkKAP7pCgBU6goAquoKAADrCgBW6woAugsCANhTCQAuVAkAhFQJAD6+DwDSQgIAZAsCABr8DABw/AwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAwJEDAGQLAgDUMg8AcBMDAAAAAABkCwIAOiECAJAhAgBOJwAATicAAKQnAACAlgAAGKsPACKUAQB8FwIAZAsCAERpDgBUYQYAqmEGAABiBgBEMggAZAsCAD6+DwBu9QkAkkkAAGQLAgCOCw0ATicAAJJJAADMJgsAKtkMAMDEBwDqzwIAQNACAHATAwCOCw0A+OwNAB7LCAB0ywgAOiECAPLbBgBI3AYAntwGAPTcBgBK3QYA+AkHAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwCSswoA6LMKAI4LDQDkCw0AOgwNAJAMDQCS5A0AWtkAALLiBACOCw0A5AsNAOR2AgA6dwIAkHcCAOZ3AgA8eAIAkngCAGQLAgCCsw4AAAAAAGQLAgCuzRAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAFziBAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgD07g8APr4PAE4nAABkCwIARGkOAOBJAgA2SgIAjEoCACy1DwAMow4AEg0CAGgNAgC+DQIAFA4CAHIOAABkCwIATBMMAKITDACOdgIAKEMCADzWBgD4NggAkkkAAMwmCwAq2QwAZAsCAAAAAABkCwIARGkOAICyDgCKXw0AOiECAPTuDwByzAkAyMwJAHIOAADIDgAAbvUJANJCAgBkswAAKpYAAKgtAgD+LQIA5qQDAHouDgB4SgcAkqEBAGQLAgB8FwIAzJMBACTCAgAsKgoAijYOAOA2DgCKuQ8A4LkPAHwXAgDMkwEAJMICACwqCgDAwAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICACwqCgA0HAEAdnAFAMxwBQAicQUAeHEFAFziBAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgD07g8APr4PAE4nAABkCwIARGkOAOBJAgA2SgIAjEoCADQcAQB2cAUAzHAFACJxBQB4cQUAznEFAKgtAgD+LQIA5qQDAHouDgB4SgcAkqEBAGQLAgB8FwIAzJMBACTCAgAsKgoAwMAFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgAsKgoANBwBAHZwBQDMcAUAInEFAHhxBQDOcQUAqC0CAP4tAgDmpAMAei4OAHhKBwCSoQEAZAsCAHwXAgDMkwEAJMICACwqCgCKNg4A4DYOAIq5DwDguQ8AfBcCAMyTAQAkwgIALCoKAMDABQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIALCoKAEQyCADWthAAkqEBAIo2DgCGGAAA3BgAAN5GAQBOJwAA3AcNADIIDQCICA0A3ggNAObNAgCAlgAA1OsAAOL2AgDWGwMALBwDAKjpCgA0HAEAihwBAM7TCwAk1AsAetQLANDUCwCsbgwAQlACAJhQAgDuUAIARDIIADQcAQCKHAEAztMLACTUCwB61AsA0NQLAKxuDABCUAIAmFACAO5QAgBEMggANBwBAIocAQDO0wsAJNQLAHrUCwDQ1AsATBMMAKITDAD4EwwAThQMAKQUDAD6FAwAUBUMAJKhAQDooQEAxL4DABq/AwBkCwIAypAAANJCAgCSoQEAcswJAMjMCQByDgAAyA4AAJKhAQAkwgIALCoKAEw+DACuXwQABGAEAFpgBACwYAQABmEEAGQLAgBqdgsAwHYLAJJJAABajQUAwJEDAGQLAgC6CwIA3AcNANJCAgBkCwIATBMMAKITDAD4EwwAThQMAKQUDAD6FAwAUBUMAKgtAgD+LQIA5qQDADylAwCSpQMA6KUDALoLAgDcBw0AMggNAIgIDQDeCA0ATD4MAM5IBgAkSQYATD4MAKI+DAD4PgwATj8MAOaqBgBMEwwAohMMAPgTDABOFAwApBQMAPoUDABQFQwAajkCAJ7SAQByDgAAyA4AADQcAQAC4gUAnFICAGSzAADigQgAzJMBACKUAQB8FwIAZAsCAEwTDACiEwwA+BMMAE4UDACkFAwA+hQMAFAVDAC6CwIA3AcNANJCAgBkCwIAIBIBAF6fDQCw+RAABvoQAKxuDAACbwwAWG8MAK5vDABMEwwAkEoBADpMAgCQTAIA2FMJAGwpDwAqlgAARDIIAGQLAgBa2QAAzJMBAM5IBgDoSQAAZAsCAAAAAABkCwIAPr4PANJCAgBkCwIANg4PAAAAAABkCwIAPr4PANJCAgBkCwIANg4PAIwODwAA8Q0A5qoGABr8DAAarA8AcKwPANwqCQCawQ8A8MEPABqsDwCGGAAAZLMAAFYAAACsAAAAABgMAFYYDACsGAwAAhkMAFgZDAA0HAEAAuIFAIq5DwD6AAIAZokAAMjKCAAeywgAvIkAAGxlAgBAAwcA8BMOAEDgCgAkAQ0AegENANABDQAmAg0ArG4MAAJvDABYbwwArm8MADohAgD07g8AKpYAAIYYAABkCwIAugsCANwHDQAyCA0AiAgNAN4IDQBMPgwAoj4MAMjaEAAe2xAAdNsQAMrbEAAg3BAAijYOAEQyCABqOQIAZAsCAERpDgBajQUAwJEDAGQLAgBEaQ4AgLIOAIpfDQBMPgwAoj4MAMjaEAAe2xAAdNsQAMrbEAAg3BAATD4MAM5IBgBwEwMA1hsDALD5EAAG+hAAXPoQAEw+DACiPgwAyNoQAB7bEAB02xAAytsQACDcEABMEwwAkqEBAIo2DgDgNg4A3MYBAOgeAAByzAkAODQMAI40DABkCwIAaAkAAIYYAACw+RAABvoQAFz6EABMPgwAoj4MAMjaEAAe2xAAdNsQAMrbEAAg3BAAypAAACCRAACSSQAAVGEGAKphBgAAYgYAKpYAAICWAADU6wAA4vYCAJKhAQDooQEAxL4DABq/AwBkCwIAevcHAEA6DQBkswAA4oEIAGQLAgC6CwIA2FMJAC5UCQCEVAkA1DIPACozDwB8FwIAQOAKADQcAQBkCwIAzJMBACKUAQBkCwIAjgsNAIq5DwDAkQMAZAsCAD6+DwBOJwAAZAsCAERpDgDqahAAPkoAAJRKAADIDgAAbvUJANJCAgBkswAAKpYAAJKhAQDooQEAQIwLAJaMCwDsjAsAltACAMCRAwBkCwIATD4MAKI+DADI2hAAHtsQAHTbEADK2xAAINwQAIo2DgBEMggAZAsCAHwXAgBA4AoANBwBAERpDgDqahAAPkoAAHwXAgBA4AoANBwBAHIOAABkCwIAjgsNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAa/AwA0kICABirDwAkwgIALCoKAIIqCgBkCwIAugsCANwHDQAyCA0AiAgNAN4IDQC6CwIA3AcNANJCAgBkCwIAntIBAEQyCAA6IQIAZLMAAFjJDgDcGAAA3kYBAE4nAADcBw0AMggNAIgIDQDeCA0A5s0CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDAxAcAurMAAKKAAgD4gAIAToECAEQyCAAarA8ATicAAE4nAADcBw0AMggNAIgIDQDeCA0A5s0CAICWAADU6wAA4vYCAOQLDQCSSQAAVGEGAAZzDQCOygEAvIkAAJSyCQDKkAAA0kICAERpDgCAsg4Ail8NALoLAgDYUwkADs8OAMZnAgCs3QMAAt4DAFjeAwCu3gMABN8DAFrfAwCw3wMABuADADohAgD07g8AcswJAMjMCQByDgAAyA4AAJKhAQAkwgIALCoKAEQyCABwEwMAhhgAANwYAADeRgEAlCMCAFhtCwCubQsABG4LAFpuCwC6CwIAxIIQACCRAAD46gwAkkkAAFRhBgB4SgcA6t0JAJJJAADMJgsAhhgAAHIOAACCmQEAeEoHAOrdCQBOBAQApAQEAHLMCQDIzAkAAAAAAMqQAADMkwEA0kICADpMAgBkCwIAanYLAAyjDgAMdAwAYnQMALh0DAAOdQwAZHUMALp1DAAQdgwAGvwMANJCAgAYqw8AJMICACwqCgBkCwIA1BgCACoZAgC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAHATAwC6CwIA3AcNANJCAgBkCwIATBMMAEQyCAAMQwkAZAsCAEw+DABmdgwAvHYMAKxuDAACbwwAWG8MAK5vDACSoQEA6KEBAMS+AwAavwMAGqwPAHLMCQDIzAkAAAAAAMqQAADMkwEA0kICADpMAgCgBgYAZAsCADQcAQCKHAEAztMLACTUCwB61AsA0NQLAEwTDACQSgEA5koBACTCAgDMkwEARDIIABqsDwByDgAAZAsCAEwTDACiEwwA+BMMAE4UDACkFAwA+hQMAFAVDAB8FwIA0hcCAGQLAgC6CwIA2FMJAC5UCQCEVAkAcg4AAGQLAgBMPgwAoj4MAPg+DAByDgAAVgAAANwqCQAQ6wYATicAAI7KAQDkygEAOssBANQyDwBWLwIAKpYAAICWAADU6wAA4vYCAFrZAAD8LAIALDIOAFhdAwAilAEAfBcCAHATAwCGGAAA3BgAAN5GAQB0lAIAyq4PANbbDQBEMggAGqwPAHCsDwDGrA8AHK0PAHKtDwDIrQ8AHq4PAHSuDwBwEwMAcg4AABSPAgBajQUAsI0FAGSzAACSSQAAcBMDANJCAgA6TAIAYosCAGbrBgAkwgIALCoKAIIqCgAoQwIAOiECAJKhAQCKNg4ArpoMAASbDABamwwAsJsMAAacDABkswAAZosBANJCAgA6TAIArpoMAASbDABamwwAsJsMAAacDABcnAwAspwMAAidDABenQwAtJ0MAAqeDABgngwAAtoBAFjaAQBOAgMApAIDAIo2DgCumgwABJsMAFqbDACwmwwABpwMAFycDACynAwACJ0MAF6dDAC0nQwACp4MAGCeDABWAAAArAAAAI52AgColwwA6B4AANbbDQDKkAAAcg4AAOgeAAA+HwAA1pYAACqWAACAlgAA1OsAAOL2AgBa2QAA/CwCACwyDgBYXQMAIpQBAHwXAgBwEwMAAKwAAFasAACsrAAAdJQCAMquDwDW2w0ARDIIABqsDwBwrA8AxqwPABytDwByrQ8AyK0PAB6uDwB0rg8AcBMDAHIOAAAUjwIAzCYLACInCwD4NggAqlcBANoxDQBwEwMAfBcCADQcAQD4NggAhhgAAJJJAABmiQAAnFICAFRhBgB4SgcA6t0JAGQLAgC6CwIAEAwCAJDJAACSoQEAcg4AAOgeAABaxgwAbiILADohAgDy2wYAnFICAGaJAADIyggAZAsCAGp2CwBk0Q8AutEPABDSDwDIyggAcBMDAGxlAgBy0gwAyNIMAB7TDAB00wwAzJMBADqiAgCQogIA5qICACqWAABmiQAAEv4PAGQLAgA+vg8AbvUJAJJJAABkCwIAPr4PAE4nAABkCwIANBwBAPg2CABONwgAihwBANJCAgCAlgAANBwBAGi3AQC+twEAQlACAFLlCADMJgsARDIIAGQLAgA6IQIAwJEDAGQLAgCOCw0AirkPANwYAADeRgEA6EkAAD5KAADangMAZAsCAEwTDACQSgEA5koBANQuDQAqLw0AgC8NAHwXAgDSFwIAPr4PAGL5DgDq4wwAQOQMAERlDACaZQwAugsCABAMAgBozQwAvs0MABTODABqzgwAwM4MABbPDABszwwAws8MAEwTDACiEwwAjnYCAKiXDADoHgAAanYLAGTRDwC60Q8AENIPAGSzAADqzwIAiI8QAHwXAgCk5QkA+uUJAEw+DACiPgwA+D4MALxLDAASTAwAQGsQADpMAgDW9gUA6gQIAGQLAgAAAAAAWPAMAGQLAgCk5QkAZokAAIq5DwBEMggAkqEBAIo2DgBEMggAanYLAAyjDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBqOQIAcBMDAGY5AwC8OQMAEjoDAJR7AwDqewMAQHwDAJZ8AwDsfAMAjgsNAJxSAgCOCw0AnFICAAAAAAAY+wwAZAsCAEQyCACEqgkABMgNAFrIDQCwyA0ABskNAHATAwA6IQIAwJEDAJJJAADMJgsAdhYDAOKBCABmiQAAjnYCAKTlCQBmiQAA3MYBAGQLAgC6CwIAEAwCAGYMAgC8DAIAZNEPALrRDwAQ0g8AhhgAAJJJAABmiQAA9P0BAGQLAgBqdgsAZNEPALrRDwAQ0g8AeEoHAG71CQAgkQAAkM0CABr8DAAarA8AkkkAAMwmCwAQ6wYAkkkAAMwmCwBmiQAAjnYCADpMAgAa/AwAGqwPAJJJAADMJgsAEOsGAJJJAADMJgsAcg4AAIKZAQDYmQEALpoBAISaAQAY0AwAbtAMAGQLAgA6IQIAwJEDAGQLAgB69wcAgpkBANiZAQAumgEAhJoBAFYAAACQSgEA5koBADQcAQBotwEATgQEAOgeAAA+HwAAOkwCAJ7SAQC+FQYAEOsGAJJJAABUYQYAeEoHADQcAQAC4gUAzJMBACKUAQAoQwIAvIkAACqWAAA6IQIAZokAALyJAABsZQIAZAsCADQcAQCKHAEAcg4AABSPAgBkCwIAcswJAMjMCQBiiwIARGcNAIYYAACSSQAAZAsCAJzZBQDqzwIAQNACAJbQAgDs0AIAkqEBAGaJAADcxgEAFI8CAFziBABMEwwAkEoBAOZKAQDULg0AKi8NAIAvDQDWLw0AZAsCAJzZBQDy2QUAyoMPACCEDwB2hA8AzIQPACKFDwB4hQ8AZAsCAFrZAADMkwEAzkgGAOhJAABkCwIAanYLAAyjDgBiow4AuKMOACRJBgCc2QUA8tkFALyLAQDAxAcAKpYAAHIOAAAqwwEAajkCAOY9EAA8PhAA2jENADAyDQDMkwEAzkgGAMwmCwBEMggAZAsCAFrZAADMkwEAzkgGAOhJAABkCwIAnNkFAPLZBQC8iwEAEowBAMqQAAA6IQIAkkkAAMwmCwCuRg0ABEcNAApMDgBOJwAAjsoBAOTKAQA6ywEAjjYNAOQ2DQA6Nw0AkDcNAOY3DQB4SgcAeEoHAGL5DgBEaQ4AVGEGAKphBgAAYgYARDIIAGQLAgA+vg8AbvUJAJJJAABkCwIATD4MAKI+DAA+vg8ATicAACqWAABEMggAGqwPAEQyCABkCwIARGkOAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAOJaCgD4QA0ATkENAHIOAAAUjwIARGkOAFRhBgCqYQYAAGIGAEQyCABkCwIAPr4PAG71CQCSSQAAZAsCAEw+DACiPgwAfBkDAA7yCgDwaQ4AWkcNALBHDQAGSA0AXEgNALJIDQAISQ0AXkkNALRJDQAKSg0AYEoNACJWDQB4Vg0AzlYNACRXDQB8GQMAVGEGAKphBgAAYgYAVmIGAKxiBgACYwYA4loKAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCOCw0ATicAAJJJAADMJgsAKtkMAERpDgCAsg4Ail8NADohAgD07g8AjgsNAIq5DwDguQ8ATD4MAKI+DADI2hAAHtsQAHTbEACKuQ8AZLMAACqWAAA+vg8ATicAAGQLAgBqdgsAZNEPALrRDwAQ0g8AZAsCAKxuDAACbwwAWG8MAK5vDADqIwIADKMOAGKjDgBOBAQAanYLAAyjDgBiow4ATgQEAKxuDAACbwwAMhkAAGp2CwBk0Q8AutEPABDSDwBk0Q8AutEPABDSDwAqlgAAzJMBACTCAgAsKgoAZAsCAMqQAAAgkQAAxuYBABznAQBy5wEAyOcBAB7oAQB06AEAyugBACDpAQBCZg0AmGYNAO5mDQBkCwIAypAAACCRAABa2QAA/CwCAFItAgDMJgsARDIIAGQLAgBqdgsADKMOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAE4nAACkJwAAgJYAANTrAADi9gIAfBcCANIXAgBEMggAZAsCAKxuDAACbwwAWG8MAK5vDADqIwIADKMOABINAgBoDQIAvg0CABQOAgBkCwIAevcHAEA6DQBkswAAZLMAACqWAAByDgAAWtkAAPwsAgCGYQ8A3GEPAKxuDAACbwwAWG8MAK5vDADqIwIADKMOABINAgBoDQIAvg0CABQOAgBqDgIADKMOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFhdAwAAAAAAhhgAAFhdAwCuXQMARGkOAICyDgCKXw0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAGvwMAHD8DADaqgkAPr4PAM5KBwAkSwcATBMMAMyTAQAilAEAevcHABZ/DwBsfw8AjnYCAHLMCQDIzAkA1vYFACz3BQBAOg0AZLMAAGSzAAAqlgAAKpYAADohAgD07g8AjgsNADohAgCSoQEA1vYFAOoECABkCwIATBMMAJBKAQDmSgEAbNMOAMLTDgAY1A4AbtQOAMTUDgA+vg8ATicAAGQLAgDKkAAAIJEAAJDNAgDmzQIAPM4CAJLOAgDozgIAPs8CAKxuDAD6AAIAAFoCAFRhBgAqlgAAcg4AAGQLAgA+vg8ATicAAGQLAgDKkAAAIJEAAJDNAgDmzQIAPM4CAJLOAgDozgIAPs8CAKxuDAD6AAIAAFoCAIYYAADcGAAAMqgHACqWAACSSQAA4EkCADZKAgCMSgIAIBIBAOJ5BAA+vg8AOiECAJ7SAQC+FQYAEOsGAJJJAABkCwIAJAENAHoBDQDQAQ0AJgINAKxuDAACbwwAMhkAAI4LDQCcUgIA8lICAEhTAgCeUwIA9FMCAEpUAgCgVAIANBwBAPg2CACSSQAA6EkAAO47DQBEMggAZAsCAIo2DgBEMggAZAsCAC6DCwB4SgcAzkoHAJJJAABUYQYAeEoHAOrdCQBwEwMAypAAACCRAABa2QAAsNkAAChDAgAS/g8ARPkAAPD7AQAugwsAhIMLAD6+DwDq3QkAZAsCAI4LDQDmqgYALoMLAIYYAADcGAAAMqgHACqWAAAugwsAhIMLACTCAgB6wgIA0MICACbDAgBMPgwAoj4MAHiUAQB4SgcAYvkOAMJlAgBa2QAAzJMBAM5IBgDoSQAAWo0FADg0DACSSQAA6EkAAMCRAwCoLQIA/i0CAFQuAgCqLgIAAC8CALoLAgAQDAIAyMoIAHIOAACsbgwAWF0DAI4LDQCEtg8A2rYPADC3DwCGtw8A3LcPACKUAQB8FwIAanYLAGTRDwC60Q8AVi8CAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQAGcw0ATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAANQyDwBGbhAAjgsNAGDNDgCUsgkAypAAAGaJAADIyggAqC0CAP4tAgD2cBAATHEQALB4EAAGeRAAXHkQALJ5EAAIehAAXnoQALR6EABc4gQATD4MAGZ2DAC8dgwArG4MAAJvDABYbwwArm8MAC6DCwCSSQAAWo0FADg0DAAqlgAALoMLAE4nAACOygEAyMoIAHIOAADoHgAALoMLANBXDQBajQUAODQMAJJJAADoSQAAwJEDAARwDAAQDAIAyMoIAHIOAAA6+AIAcBMDAHATAwAuBg0AhAYNANoGDQAwBw0AhgcNAGz6DADC+gwAPr4PANJCAgBkCwIArG4MACqWAABmiQAAjnYCAGp2CwDAdgsARDIIAGQLAgA+vg8ATicAAGQLAgBMPgwAoj4MALD5EADqoAAADEMJACqWAAByDgAAZAsCAKxuDAACbwwAWG8MAK5vDADqIwIADKMOAGKjDgBOBAQAGvwMAJLkDQDo5A0APuUNAJTlDQDq5Q0AQOYNAJbmDQDs5g0AQucNAJjnDQDu5w0AROgNAMjKCADSQgIAOkwCANb2BQDqBAgAwJEDAGQLAgBqdgsADKMOAGKjDgBOBAQAFI8CAI4LDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAwDkCADg0DACONAwA5DQMADo1DACQNQwA5jUMADw2DACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBkDAFRhBgCqYQYAAGIGAEQyCABkCwIAPr4PAG71CQCSSQAAZAsCAFrZAAD8LAIAzJMBAM5IBgBUYQYAIpQBAHwXAgBkCwIAugsCANwHDQDSQgIAZAsCAD6+DwDOSgcAJEsHAAqWCABglggAtpYIAAyXCABilwgAgJYAANTrAADi9gIAkA4OAOYODgA8Dw4Akg8OAOgPDgA+EA4AlBAOAOoQDgBAEQ4AlhEOAOwRDgBCEg4AmBIOAO4SDgBEEw4AmhMOAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBAB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQAfBcCAHwXAgDSQgIAOkwCAHwXAgBuIgsAnFICAMwmCwAqlgAAgJYAANTrAADi9gIAhhgAAFhdAwAilAEAfBcCAGQLAgB69wcA6B4AAAo+BwCKNg4AEOsGAJJJAADMJgsARDIIAGQLAgBEaQ4AmmkOAPBpDgBwVg8AevcHABZ/DwBsfw8AjnYCAJJJAABWAAAAJv4KAHz+CgCSSQAAAAAAAE4nAACOygEA5MoBAAQIAwByzAkAyMwJANb2BQDcxgEAyA4AAOrdCQBwEwMA8ikDAEgqAwCeKgMA9CoDAEorAwCgKwMA9isDAEwsAwCiLAMAbvUJAJJJAABWAAAA6qAAAJJJAABkCwIAugsCANJCAgC6mgkANBwBAGQLAgB69wcAKLEOAH6xDgDMkwEAnNkFALqzAACKNg4A4DYOAHhKBwDSQgIAbGUCAJppDgDwaQ4A1ocOACyIDgA+kw8AlJMPAOqTDwBAlA8AjnYCACqWAABEMggAZAsCAERpDgCaaQ4A8GkOANaHDgAsiA4APpMPAJSTDwDqkw8AQJQPACqWAABmiQAAwmUCAEQyCABkCwIARGkOAJppDgDwaQ4A1ocOACyIDgA+kw8AlJMPAOqTDwBAlA8AugsCABAMAgBmDAIAvAwCAPKVDgBIlg4AnpYOACgwDgB+MA4A1DAOACoxDgCAMQ4A1jEOAJKhAQCKNg4A4DYOAGQLAgBEaQ4AmmkOAPBpDgDWhw4ALIgOAD6TDwCUkw8A6pMPAECUDwDooQEAWtkAAGQLAgBEaQ4AmmkOAPBpDgDWhw4ALIgOAD6TDwCUkw8A6pMPAECUDwDCZQIARDIIAGQLAgBEaQ4AmmkOAPBpDgDWhw4ALIgOAD6TDwCUkw8A6pMPAECUDwByDgAAZAsCALoLAgAQDAIAZgwCALwMAgByzAkAyMwJAHIOAACONg0AkqEBAJJJAABkCwIAevcHAEA6DQA+kw8AlJMPAOqTDwBAlA8AAAAAAGxSDgBkCwIAugsCABAMAgBmDAIABMYMAGp2CwBk0Q8AutEPABDSDwDq3QkAKpYAAHr3BwDoHgAA3mAOADRhDgCKYQ4AZAsCAD6+DwBEaQ4AmmkOAJJlDgDoZQ4APmYOAJRmDgDqZg4AQGcOAGQLAgA+vg8AkqEBAJKhAQCKNg4AEOsGAJJJAABUYQYAIpQBAAIBAABImA8Acg4AAGQLAgBOGg8AwlIOAJJJAADKkAAAVgAAAGSzAAC6swAAooACAPiAAgBOgQIANBwBAIocAQDO0wsAJNQLAHrUCwDQ1AsAZokAAI52AgBEMggADEMJAFrZAACGGAAAZLMAALqzAACigAIA+IACAE6BAgCSSQAAzCYLAK5GDQC+eQ0AFHoNAGp6DQDAeg0AFnsNAGx7DQDoHgAAcg4AAAAAAAAAAAAASpcOAKCXDgD2lw4ATJgOAET5AADqDg0AXOIEAH6zDwDUsw8AKrQPALwMAgAAAAAAnNkFAPLZBQBI2gUArnMOAAR0DgBadA4Acg4AAMgOAACSoQEAijYOAGo5AgCSoQEA6KEBACw2EAAilAEATicAAFrZAAD8LAIALDIOAOY9EACAlgAA1OsAAOL2AgBEMggAGqwPADohAgCQIQIAdD4CAFqNBQCsGg0AAhsNACTCAgB6wgIA0MICAA5lBABEMggAmjIIAAgkEABUYQYAeEoHAOrdCQBkCwIAWtkAAPwsAgAsMg4AWF0DACKUAQB8FwIAGvwMABqsDwBwrA8AxqwPABytDwByrQ8AyK0PAB6uDwBUYQYAeEoHAOrdCQBkCwIAWtkAAPwsAgAsMg4AWF0DACKUAQB8FwIAevcHAEA6DQDMkwEAzkgGAMwmCwCuRg0AcBMDAERpDgCaaQ4A8GkOANaHDgAsiA4AgogOANiIDgAuiQ4AugsCABAMAgBmDAIAvAwCAPKVDgBk5gQAuuYEAKLoCwA4NAwAshMIAAxDCQBu9QkAkkkAAGQLAgAAAAAAGqwPAICWAADU6wAAKuwAAAAAAAAAAAAAevcHAEA6DQDMkwEAzkgGAMwmCwCuRg0ADuYEAHwvDgDSLw4AcFYPALoLAgDYUwkALlQJAIRUCQAAAAAAopgOAHzBAQBOJwAAjsoBAOTKAQCuBwMAcBMDAGp2CwAMow4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAPzsDABS7QwAcswJAMjMCQCe0gEAvhUGABDrBgCSSQAAVGEGAHhKBwDq3QkAZAsCAEw+DACiPgwAqlcBANoxDQAwMg0AhjINANwyDQAyMw0AiDMNAN4zDQA0NA0AijQNAOA0DQCOCw0A5qoGAKxuDAACbwwAMqgHANQyDwAgagIAdmoCAMxqAgAiawIAZAsCAGp2CwAMow4AYqMOALijDgAkSQYAnNkFAPLZBQC8iwEAEowBADjmDwA0HAEAAuIFAMyTAQAilAEAWF0DACKUAQB8FwIAZAsCAEw+DACiPgwAVsgOAKzIDgD0mA8ASpkPAHhAAgACyQ4AXOIEAAAAAABkCwIAypAAACCRAABa8QwAsPEMAAbyDABc8gwAsvIMAAjzDABe8wwAtPMMAGTRDwC60Q8AENIPADohAgD07g8AkkkAAFrZAAAqlgAAKpYAAIYYAABkCwIARGkOAJppDgDwaQ4AVgAAAKwAAAACAQAAXOIEAFbIDgCsyA4AXOIEAJJJAAB4QAIAAskOAFziBAAAAAAAZAsCAERpDgDqahAAzJMBAE4EBACkBAQA+gQEAJppDgDwaQ4AWkcNALBHDQAGSA0AXEgNALJIDQAISQ0AXkkNALRJDQAKSg0AYEoNACJWDQB4Vg0AzlYNACRXDQB6Vw0AbGUCAHLSDABEMggAhhgAAEJQAgAS/g8A+C4EAEIlAgCYJQIARPkAAPD7AQBaEAcA6s8CAEDQAgCW0AIAvIkAANJCAgC6mgkAcg4AACrDAQAilAEAWF0DAE4EBABCJQIAytMMAEQyCABkCwIATD4MAKI+DACSSQAAzCYLAK5GDQAERw0AzkoHACRLBwAKlggAkkkAAOBJAgA+vg8A6t0JAGQLAgB69wcA6B4AAN5gDgA0YQ4AimEOAFYvAgBmiQAAyMoIAB7LCAB0ywgAnNkFAOrPAgBA0AIAltACADohAgBmiQAAvIkAAJKhAQBmiQAAbGUCAGB1DQC2dQ0ADHYNAGJ2DQC4dg0ADncNAHLMCQA4NAwAiHUDAN51AwAq2QwA1OsAADg0DABWAAAAkkkAAMwmCwAAAAAAAAAAAAAAAAA6IQIA9O4PAE4nAADcBw0A0kICADpMAgCOCw0A+OwNAB7LCABoCQAAvgkAACQBDQDuOw0ARDwNAGaJAABOJwAAkkkAAMwmCwAq2QwAZAsCAI4LDQD47A0AHssIAGgJAAC+CQAAJAENAO47DQBEPA0AanYLAGaJAAC8iQAA4oEIAGgJAAC+CQAAJAENAO47DQBEPA0AanYLAGaJAAC8iQAA4oEIAGgJAAC+CQAAJAENAO47DQBEPA0ADmUEACKUAQCCmQEAIpQBANwqCQCawQ8A8MEPAEbCDwCcwg8AAAAAALoLAgAQDAIAZgwCAKryDgAA8w4AZAsCAERpDgCaaQ4A8GkOAHBWDwBsZQIAAAAAAGQLAgBEaQ4AmmkOAPBpDgBwVg8AevcHAEA6DQDMkwEAzkgGAMwmCwCuRg0ATBMMAKITDADaXg4AugsCABAMAgBmDAIAnNkFAOrPAgAu8gIAZLMAACqWAAAKPgcAkqEBAIo2DgBEMggAKLEOAH6xDgDUsQ4AKrIOAICyDgDWsg4AGvwMANa2EAAstxAAKEMCAJxSAgBUYQYAeEoHAOrdCQBWLwIANBwBAHIOAABEaQ4AmmkOAPBpDgBwVg8ATBMMAKITDADaXg4AugsCABAMAgBmDAIAevcHAEA6DQDMkwEAzkgGAMwmCwCuRg0AajkCAGo5AgDgDQ8AZAsCALoLAgAQDAIAZgwCALwMAgBk0Q8AutEPABDSDwC6CwIA0kICALqaCQA0HAEAPr4PAGL5DgBMPgwAfBcCAIYYAADcGAAA0kICADpMAgCgBgYAZAsCAMqQAAAgkQAA+OoMAE7rDACk6wwA+usMAFDsDACm7AwAUpsOAJAQDwDmEA8APBEPAGxSDgDA4wEA3mAOADRhDgCKYQ4AZAsCACQBDQDuOw0ARDwNAJJlDgDoZQ4APmYOAJRmDgDqZg4AQGcOAGQLAgAkAQ0A7jsNAEQ8DQBmiQAAvIkAAOKBCABkCwIAevcHAOgeAADeYA4ANGEOAIphDgBkCwIAJAENAO47DQBEPA0ARGkOAJppDgCSZQ4A6GUOAD5mDgCUZg4A6mYOAEBnDgBkCwIAJAENAO47DQBEPA0AAAAAAPT9AQCSSQAAypAAANJCAgA6TAIA1DIPAFYAAACsAAAAZjkDALw5AwASOgMAaDoDAGp2CwAMow4AEg0CAGgNAgC+DQIAFA4CAGoOAgAmFwIAcswJADg0DACc2QUA8tkFAEjaBQCsbgwAQlACAJhQAgAAAAAA1DIPACozDwB2rw8AzK8PACKwDwB4sA8ABMYMAEwTDACiEwwA2l4OAHATAwB6sQ8A0LEPACayDwBwEwMAZAsCAMqQAAAgkQAAKsUCAM5IBgAkSQYAntIBAIo4DwBWAAAAzJMBAM5IBgDMJgsAKtkMACTCAgDMkwEAIpQBAIh1AwBmiQAA8BMOAEDgCgBMEwwAkqEBAGaJAACcUgIATicAANwHDQDSQgIANBwBAGQLAgB69wcAQDoNAMyTAQDOSAYAzCYLADg0DACONAwAZAsCALoLAgDYUwkADs8OAGTPDgC6zw4AENAOAGbQDgC80A4AEtEOAI4LDQBOJwAAkkkAAMwmCwAq2QwA7BUQAEIWEACYFhAA7hYQAEQXEACaFxAAqJcMAGQLAgC6CwIA3AcNADIIDQCICA0AevcHACixDgB+sQ4A1LEOACqyDgAWfw8AbH8PAI52AgCSSQAAzCYLAI4LDQA6IQIAei4OANAuDgCSSQAAzCYLAEA6DQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADEghAAEAwCAGYMAgC8DAIACkwOAGBMDgC2TA4A3AcNADIIDQCICA0AevcHACixDgB+sQ4A1LEOACqyDgAWfw8AbH8PAI52AgCSSQAAzCYLAI4LDQA6IQIAei4OANAuDgCSSQAAzCYLAEA6DQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADEghAADE0OAGJNDgC4TQ4A3MYBAGQLAgAAAAAAZAsCALoLAgAQDAIAZgwCAOrjDABA5AwAAAAAAHLMCQA4NAwAjjQMAHATAwBqdgsACj4HAGA+BwAS/g8A+C4EAOgeAABEMggAcBMDAMyTAQAilAEATicAANwHDQDi9gIArgcDAAQIAwBEaQ4AmmkOAPBpDgBwVg8AxlYPAOJkDwA4ZQ8AjmUPAHROCgDKTgoAIE8KAOrjDABA5AwAanYLAGTRDwC60Q8AENIPAHZPCgDylQ4AZOYEALrmBADeWgsADKMOAGQpEQC6KREAECoRAGYqEQBMEwwAkqEBAIo2DgDgNg4A3MYBAOgeAAByzAkAyMwJAB7NCQDmTAIA1DIPAMDjAQAW5AEAfMEBAKTlCQDK0wwACj4HAPwsAgAsMg4AWF0DACKUAQB8FwIArgcDAAQIAwBEaQ4AmmkOAPBpDgBwVg8AxlYPAOJkDwA4ZQ8AjmUPABSPAgBqjwIAirkPAEQyCACaMggAjnYCAEQyCABWLwIAeEoHAG71CQAqlgAAgJYAANTrAADi9gIAAtoBAFjaAQCSoQEAijYOAJJJAADMJgsARGkOAGaJAADcxgEAVsgOAMyTAQA6ogIARDIIAGQLAgC6CwIAEAwCAGYMAgC8DAIAevcHAEA6DQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADEghAA5o8OADyQDgCSkA4A6JAOAD6RDgDUMg8AKjMPAIAzDwAWfw8A3IwPADKNDwCIjQ8A3o0PAOqRDgBAkg4AlpIOAGQLAgBkCwIAcBMDADQcAQA0HAEAAuIFAI52AgDAkQMAZAsCAPT9AQBK/gEAoP4BAPb+AQBM/wEAov8BAIYYAAAqlgAAkkkAAIjHAQBEMggAVgAAANwqCQBEMggAkkkAAGaJAADIyggAZAsCAERpDgCaaQ4A8GkOAHBWDwAQDAIAZgwCALwMAgB69wcAQDoNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAMSCEABa2QAA/CwCAIZhDwAqlgAAgJYAADpMAgBEaQ4AmmkOAPBpDgBkswAAZosBAALaAQBY2gEAkqEBAIo2DgCSSQAARGkOAJppDgDwaQ4AjgsNAIS2DwDatg8AMLcPAIa3DwDctw8AMrgPAIi4DwDeuA8AcBMDAAAAAAAAAAAAzJMBAE4EBABWyA4AKpYAAFYAAACQSgEAOkwCAGKLAgDqzwIAnFICAMwmCwBkswAAAAAAAEZuEAC6CwIAEAwCAGYMAgC8DAIAkMsBAPxzEAAosQ4AfrEOANSxDgAqsg4AcBMDALoLAgAQDAIAZgwCAOrjDABA5AwAanYLAGTRDwC60Q8AENIPANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQByDgAAqC0CAIYYAABkCwIAanYLAGTRDwC60Q8AENIPAD6+DwDAxAcAFsUHAGzFBwDCxQcAGMYHAG7GBwDExgcAeEoHAJJJAADoSQAAPkoAANqeAwBkCwIAanYLAGTRDwC60Q8AENIPAIYYAABEMggAhKoJACKUAQB8FwIAcBMDAGp2CwAMow4A+MUPAE7GDwCkxg8A+sYPAHIOAABmiQAAPNYGAFYAAACSoQEAOiECAHouDgDQLg4AJi8OAAJIDgCSoQEAijYOAOA2DgA2Nw4AZAsCAD6+DwBOJwAAZAsCAERpDgCaaQ4A8GkOAEQyCACEqgkABMgNAFrIDQBsUg4AwlIOAJKhAQCKNg4A4DYOAAxDCQAeVg4AdFYOAGxSDgDCUg4AgJYAANTrAADi9gIATG0OAJJJAADMJgsArkYNAARHDQAa/AwAcPwMANTcDgAq3Q4AgN0OANbdDgAs3g4Agt4OAARwDADYUwkADs8OAGTPDgC6zw4AENAOAGQLAgA6IQIA9O4PAE4nAADcBw0A0kICADpMAgBMPgwAzkgGAHIOAABkCwIATBMMAKITDACOdgIAOkwCAIYYAACSSQAAZAsCAI4LDQCKuQ8ARDIIAGQLAgBa2QAA/CwCAIZhDwDcYQ8AnNkFAOrPAgAu8gIAZLMAACqWAAAKPgcAkqEBAIo2DgBEMggAkkkAAOBJAgA2SgIAjEoCANbbDQDW2w0AIBIBACqWAACAlgAA1OsAAFYvAgCsLwIAAjACAFgwAgCuMAIAVi8CAE4nAACOygEA5MoBAERlDACaZQwAAAAAAHwZAwAO8goA8GkOAKJtDgAQDAIAZgwCALwMAgCoLQIAqC0CACqWAABmiQAAirkPAGSzAADSQgIAOkwCANb2BQCcUgIAVGEGAHhKBwDq3QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQA+dQAAnFICAFRhBgBOBAQATicAANhTCQAqlgAARDIIAEQyCAAarA8AcKwPANwqCQCawQ8A8MEPABqsDwCGGAAAZLMAAMCRAwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFYAAABWAAAAkqEBAA5lBABkswAA6s8CAJxSAgBUYQYAeEoHAOrdCQBkswAAZosBALy4AgDsFRAAzCYLAKpXAQAMdAwAYnQMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCGGAAA3BgAADKoBwCSSQAAWo0FAKwaDQA0dAIAcg4AAIKZAQAqlgAAhhgAAJJJAABkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAbG0GAMJtBgAYbgYAbm4GAMRuBgAabwYAcG8GAMZvBgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMwmCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkkkAAGaJAADMkwEAIpQBACqWAACAlgAAkqEBAGaJAACQyQAAIJEAAPjqDADigQgAOIIIAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAOZQQAIpQBAFhdAwDOSAYAVGEGAGaJAADIyggADmUEACBqAgBmiQAAnFICAFRhBgB4SgcA6t0JACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAnFICAGaJAABmiQAAvIkAABKKAABoigAAvooAABSLAADSQgIAOkwCAHIOAADIDgAAbvUJANJCAgBkswAAKpYAAE4nAACOygEA5MoBAERlDACaZQwAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB8FwIAQOAKAJbgCgCe0gEARDIIADohAgBkswAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAHBvBgDGbwYAzJMBADqiAgCQogIA5qICADyjAgCSowIA6KMCAHIOAAAUjwIAao8CAJxSAgDMJgsAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAwPkMABb6DAAqlgAAqlcBAGQpEQC6KREAECoRAGYqEQC8KhEAEisRAGgrEQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDA+QwAFvoMAGSzAABmiwEAAtoBAFjaAQCSoQEAijYOAJJJAABUYQYAeEoHAOrdCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDA+QwAFvoMAFRhBgCqYQYAAGIGAFZiBgCsYgYAAmMGAFhjBgDIUw0AHlQNAHRUDQDKVA0AIFUNAHZVDQDMVQ0ABFoBAMD5DAAW+gwAypAAACCRAAD46gwA4oEIADiCCACOgggA5IIIADqDCACQgwgAhKoJAHhKBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDA+QwAFvoMAHIOAAAODwQAZA8EAIo2DgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAMD5DAAW+gwA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQA/jEEAFQyBAAEWgEAwPkMABb6DABOJwAAkqEBAMCRAwBa2QAA/CwCAMCRAwByDgAADg8EAGQPBACKNg4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDA+QwAFvoMALI2BAAINwQAXjcEALQ3BABkCwIAcBMDAOhJAABCbBAAmGwQAO5sEADSQgIAupoJAFrZAAD8LAIAOiECAJKhAQBkCwIAanYLAAyjDgASDQIAaA0CAL4NAgAUDgIAag4CAAAAAABkCwIAcswJAMjMCQBiiwIARGcNAJpnDQDwZw0ARmgNAHr3BwBYyQ4ArskOAATKDgBayg4AsMoOAAbLDgB69wcAWMkOAK7JDgAEyg4AWsoOALDKDgAGyw4AanYLAAyjDgASDQIAaA0CAL4NAgAUDgIAag4CANQyDwBGbhAAjgsNAGDNDgCUsgkAypAAAGaJAACOCw0AYM0OAJSyCQDKkAAAZokAAMjKCABkCwIA1DIPAEZuEACcbhAA8m4QAEhvEACebxAA9G8QAEpwEACgcBAAypAAAJKhAQCSoQEAZAsCABr8DABw/AwAxvwMABz9DAAYqw8AIpQBAHwXAgBkCwIATD4MAM5IBgDMJgsAIicLAHIOAABOJwAAkkkAAGQLAgCc2QUA8tkFAEjaBQBWSQ8ArEkPAAJKDwBYSg8AfBcCAKTlCQD65QkAZAsCAJzZBQDy2QUASNoFAFZJDwCsSQ8AAkoPAFhKDwCQyQAAcg4AAOgeAABEMggAZAsCADohAgDAkQMAcBMDAMDjAQCcbhAAwHYLAEQyCABkCwIAPr4PAE4nAABkCwIATD4MAKI+DACGGAAAKpYAAICWAABkCwIAanYLAAyjDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAevcHABZ/DwBsfw8AwI8CABaQAgBkCwIARGkOAFqNBQCsGg0AAhsNAFgbDQDUMg8AKjMPANQyDwAqMw8AgDMPANYzDwCc2QUA6s8CAIiPEADejxAANJAQAIqQEADgkBAANpEQAIyREADikRAA1DIPACozDwCOCw0AOiECAHouDgAkwgIALCoKAGp2CwAMow4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAAD8LAIAhmEPANxhDwBEaQ4A6moQAD5KAACgrAMAcPwMANJCAgA6TAIAYosCAJJJAABkCwIAnNkFAOrPAgCIjxAA3o8QADSQEAA+vg8ATicAAGQLAgBEaQ4A6moQAD5KAAC6CwIA3AcNAJKhAQCSoQEA6KEBAFrZAADMkwEAIpQBAHwXAgBkCwIAanYLAAyjDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDKkAAA0kICABirDwAilAEAfBcCAGQLAgAkAQ0AegENAIq5DwBEMggAkqEBAA5lBAAilAEAfBcCAGQLAgA+vg8ATicAAGQLAgBEaQ4A6moQAD5KAACwoxAABqQQAFykEACypBAACKUQAF6lEAC0pRAACqYQAGCmEAC2phAADKcQAGKnEAC4pxAAqC0CAP4tAgAQpw8AirkPANwYAADeRgEA6EkAAD5KAADangMAZAsCAGp2CwAMow4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAD6+DwDAxAcAFsUHAGzFBwDCxQcAGMYHAG7GBwDExgcAljoNAOw6DQBCOw0AmDsNAHATAwAAAAAAAAAAAAAAAABkCwIArG4MALD5EAAG+hAAXPoQAEw+DACiPgwAyNoQAB7bEAB02xAAytsQACDcEACOCw0A6gQIAEQyCADAkQMAZokAAI52AgCGGAAAZAsCAI4LDQDqBAgARDIIAEwTDACGGAAAsPkQAAb6EABc+hAATD4MAKI+DADI2hAAHtsQAHTbEADK2xAAINwQAI4LDQDqBAgARDIIAHIOAAAUjwIAao8CAMjKCAAeywgAfBcCAEDgCgA0HAEAZAsCAEw+DACiPgwAyNoQAB7bEAB02xAAytsQACDcEAA6IQIAkCECAALkBgCQzQIAkqEBAIo2DgBMPgwAoj4MAMjaEAAe2xAAdNsQAMrbEADSFwIAZAsCAHwXAgBA4AoAluAKAKxuDACw+RAABvoQAFz6EABMPgwAoj4MAMjaEAAe2xAAdNsQAMrbEAAg3BAAVgAAAJBKAQDmSgEAJMICAMyTAQBEMggAGqwPAICWAAColwwAFI8CAFqNBQCsGg0AnFICAMwmCwB8FwIAwJEDAHATAwCyNgQACDcEAF43BAC0NwQAWtkAAMyTAQDOSAYA6EkAAGQLAgBqdgsADKMOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKgtAgD+LQIARGkOAICyDgCKXw0AcswJAMjMCQCAlgAAODQMAI40DABkCwIATBMMAKITDADaXg4AVgAAADQcAQBkCwIAanYLAGTRDwC60Q8AAAAAABDSDwDKgw8ADjwFAALiBQCKuQ8ARDIIAGQLAgC6CwIAEAwCAGYMAgC8DAIAWtkAAMyTAQDOSAYA6EkAAGQLAgBqdgsADKMOAGKjDgC4ow4AJEkGAJzZBQDy2QUAvIsBAFjwDACu8AwArvAMAIKzDgB8wQEA1v4JACz/CQCC/wkAQmoPAJhqDwBWAAAAkEoBAOZKAQDULg0AKi8NAIAvDQDWLw0AZAsCAJzZBQDy2QUAyoMPACCEDwB2hA8AzIQPACKFDwB4hQ8ADmUEAAZzDQBccw0AEOsGAMCRAwBkswAAurMAAACZDABWmQwArJkMAERlDACaZQwAKpYAAICWAADU6wAA4vYCAHwXAgDSFwIAZokAAOpqEAA+SgAA2p4DADCfAwCOCw0A5AsNADoMDQBEaQ4AmmkOAPBpDgCibQ4AEAwCAGYMAgDq4wwAQOQMAICyDgCKXw0AevcHAOgeAAAqlgAARGkOAOpqEAA+SgAAugsCAMSCEAAagxAAcIMQAMaDEAB69wcAFn8PAGx/DwDAjwIAFpACAGQLAgBEaQ4AWo0FAKwaDQACGw0AcswJAMjMCQDUMg8A0kICADg0DACONAwAZAsCADQcAQAC4gUAJMICACwqCgDcBw0A0kICAGQLAgA0HAEAihwBANJCAgA6TAIATD4MAKI+DABOJwAA3AcNANJCAgA0HAEAAuIFAJxSAgBUYQYAeEoHACqWAAAQ6wYADr8GAJJJAABUYQYAeEoHAOrdCQBkCwIAugsCABAMAgBmDAIAvAwCALoLAgDcBw0A0kICAGQLAgBEaQ4AZokAANzGAQDqahAAPkoAANqeAwAwnwMArqAPALChDwAGog8AXKIPALoLAgAQDAIAZgwCAKryDgAA8w4AZAsCAERpDgCaaQ4A8GkOAEpoDACgaAwA9mgMAExpDACiaQwA+GkMAE5qDACkagwAmP4DAO7+AwDKgw8AIIQPAE4CAwCkAgMAijYOADLHAQB0XBEAylwRAJzIEgCm7g0AwJEDAIDDAQDOiREAduASAEQyCADSPgAAIF0RAHZdEQDOiREA5j8RAEJMAAC6WBMAduASAEQyCAB24BIAduASAEQyCADOiREAmMYSAHbgEgC6WBMAfBcCAD4fAAAgEgEAulgTACASAQBuhBEAboQRAEQyCAAarA8AQCAAACASAQA8ygAAoAYGAIY6EQCGOhEAduASAKAGBgB24BIA3mAOAGpXEQDAVxEANukRAHRcEQDKXBEAJjcSALpYEwBoCQAAzokRAGpXEQDAVxEAIBIBAAxTEQCmohIA/KISAACjEQB8FwIAboQRACCIEQB2iBEAdFwRAMpcEQDONRIANBwBAEZuEABuhBEAxloRAG6EEQDq3QkAfg8TADbpEQDOiREAZlcSAHbgEgBoCQAAaAkAAJRsEQDqbBEAQG0RALpYEwByDgAA0mARAChhEQDSYBEAKGERAMawEQC6WBMAil8NAK4HAwBEMggA4oEIAEQyCACUbBEA6mwRAJLuEgAgEgEAlGwRAOpsEQCS7hIAPh8AAHRcEQDKXBEA7lACAGQLAgBmdgwAzokRAHATAwCSSQAAboQRADqiAgBEMggAzokRACpEAgDSYBEAKGERAG6EEQAmYBEAfGARANJgEQBmghIA0mARAGaCEgCYmxIAboQRAJ5xEQCWbREA7G0RAAxTEQCWbREAAAAAAGQLAgCUbBEA6mwRAJRsEQDqbBEAlGwRAOpsEQB+YREANukRAHw5EwDSORMAajkCACZgEQAMUxEA0mARAChhEQBqOQIARDIIAGQLAgC6WBMAZAsCACo7EwDgZxEAQEYTAM6JEQDOiREAXOIEAFziBABc4gQAcBMDAMjKCAD07g8AyPcJAPTuDwBYSg8AWEoPAJJJAABQbQ0A6pkSAET5AAByDgAAcg4AAFJ2EQDubBAARPkAAHaKEgByDgAA7mwQAG6EEQBuhBEAboQRAG6EEQBuhBEADFMRAAxTEQBuhBEAboQRAG6EEQBuhBEAboQRAG6EEQAMUxEADFMRAAxTEQBuhBEAboQRAG6EEQAMUxEADFMRAF58EQAMUxEADFMRAG6EEQBuhBEAboQRAGQLAgBkCwIAWPwSAGgJAABY/BIAaAkAABKBEQAirA0AZAsCALpYEwDSQgIA1v4JAGQLAgByDgAAcg4AAG6EEQBuhBEAkqEBAEBGEwCUbBEA6mwRAHATAwDOiREAulgTAHIOAADIhhEAZAsCAJTPAgDoHgAAwJEDAKTlCQCGGAAARDIIALiXCABEMggA7sYSAM6JEQBUzxIAQEYTAHIOAADgdAIAWtkAAFrZAABa2QAAulgTAFrZAACUTgIAEv4PALpYEwDgdAIAulgTACJrAgDI3hIA3r4SADS/EgAsjhEAulgTAIQ9EwDaPRMAkvkCACASAQC6WBMArs0QAGgJAAC6WBMAVgAAAIYYAAAarA8A5j8RAMCRAwC0fhIAVgAAAMjeEgBoCQAAulgTAGZXEgBoCQAAzokRAGgJAABoCQAALjsSAM6JEQDmPxEAFI8CAMCRAwDymxEAogMEAFbdAwDumREAEuYDABBZEwDqBAgADFMRAKaiEgD8ohIA+swSAFDaAwCUbBEA6mwRAJLuEgAcsREADFMRALpYEwCi3AUATtkDANjkEQAMUxEAboQRAG6EEQCUbBEA6mwRAG6EEQAgiBEAdogRAMgOAADOiREAhFQJAIo2DgDOiREAFIQSABSEEgDOiREAWKYSABqFEQBEKgQAZAsCAM6JEQACpBEAoAYGALpYEwBkCwIAZAsCAGQLAgAQWRMAZAsCAOY/EQC6WBMAZAsCAM6JEQBARhMAIIgRAHaIEQBkCwIAoNsFAC5mEgAugwsAbFIOALpYEwACYwYAulgTAOJaCgBIxxEAQCAAAM6JEQACpBEAWKQRAJ5IEgC6WBMAFI8CAIo2DgDOiREAmMYSAET5AAAuZhIA2OQRANDUCwAStQAAOiECAGQLAgAMUxEApqISAPyiEgCUbBEA8JwSAGxSDgB8NxIA5j8RAHIOAAAgEgEAbq8RAHQzEgDKMxIAnkgSAJJJAAAMUxEApqISAPyiEgD6zBIAUM0SAJ5IEgCSSQAAnkgSAJJJAABSSxEA3LsRALpYEwBkCwIAulgTAGQLAgDOiREAmMYSADbpEQDOiREAqKERAP6hEQBUohEAai4SAGQLAgCKXw0A8sYRAM6JEQBuhBEAIIgRAHaIEQCiyREARAMGAOY/EQB+DxMAvHYMABBZEwBuhBEAEFkTAG6EEQC81hEAEtcRAGjXEQCooREA/qERAFSiEQCqohEA3j0SALzWEQAS1xEAaNcRAFJLEQA4UQUADFMRAKaiEgD8ohIA+swSAFDNEgCKBQsAulgTABSPAgC6WBMALmYSAOY/EQBc4gQATtkDAMwmCwBuhBEAIIgRAHaIEQD0SBIAQCAAAAxTEQCmohIA/KISALpYEwBwEwMA+swSAFDNEgAq0wkAnkgSAJJJAAAO1REAZNURALrVEQCmzRIAAmMGAA7VEQBuhBEAwrASAAxTEQAQWRMAboQRACCIEQAQWRMAijYOAGQLAgBARhMAIIgRAHaIEQCEzwYAzokRAJjGEgC6WBMA3ggNAM6JEQC6WBMACJEGAEzLEgAMUxEAEFkTANJgEQAoYREARDIIANQ4EgC81hEAEtcRAGjXEQBARhMAIIgRAHaIEQDymxEAFI8CAIo2DgBMyxIAulgTAIo2DgBkCwIAaIMSAEQyCAAkwgIATMsSAKLLEgD4yxIAUksRACASAQDOiREAulgTAICyDgDmPxEAqJcMAAxTEQBMyxIADFMRAEzLEgBuhBEAEFkTABBZEwAQWRMAboQRACCIEQB2iBEAqKERAP6hEQBUohEAFloSAKbNEgD8zRIALmYSAEAgAACqohEAcrERAEzLEgCiyxIA+MsSAE7MEgBARhMAGoURAMZeEwBmqxEAvKsRAMZeEwAO1REATMsSAAxTEQCmohIA/KISAAxTEQCmohIA/KISALpYEwCwpxIAKtkMALpYEwCKNg4AulgTAID6BwDmPxEAZAsCAKAGBgAgEgEAzokRAFimEgAahREAOsISAAAAAABEMggAAAAAAGZZEwDOiREAWKYSABqFEQA6whIAAAAAAEQyCAAAAAAAulgTALpYEwCcyBIAulgTAJzIEgC6WBMAnMgSAGZZEwC6WBMAFIQSABBZEwBuhBEAboQRACCIEQB2iBEAzokRAAAAAACYxhIAil8NAAxTEQCmohIA/KISAJCVEQC6WBMAyN4SAJJJAADsRBIA8JwSAOoECACspRIAAqYSAJLuEgDAkQMATMsSAKLLEgD4yxIAzokRAM6JEQBuhBEAIIgRAHaIEQAKbQkAAAAAAIoTEgDgExIANhQSALiXCADCsBIAGLESAG6xEgC6WBMAUksRACrZDAB8wwIAijYOAM6JEQC6WBMAtH4SAL5zCgBSSxEAulgTAOrdCQA26REAlGwRAOpsEQDSYBEAKGERAAxTEQCmohIA/KISAIh1AwDOiREAulgTAPjYAwBuhBEAboQRACCIEQB2iBEARDIIAEAgAABuhBEARJwSAG6EEQAgiBEAdogRAEZJEwAAAAAADFMRAKaiEgD8ohIAzokRAAKkEQBYpBEA5j8RAM6JEQCm5gkALmYSAOY/EQDgHAEAAAAAALpYEwAuZhIA5j8RAOAcAQD8IRIADFMRAKaiEgD8ohIAWKYSABqFEQC6WBMAzokRAG6EEQAgiBEAdogRALpYEwDAkQMAMmgSAGQLAgC8LBIAboQRAET5AABebAkAkkkAAFTPEgDAkQMAoAYGALpYEwCAlgAAFIQSAIh1AwCC5BEAZAsCAGQLAgDOiREAku4SAJZGEwAgEgEANukRAGQLAgDONRIAzkgGAAKkEQBYpBEAguQRACKUAQD8IRIAUiISAKgiEgBEMggAAAAAAAAAAAAAAAAAulgTAC5mEgAAAAAAAAAAAAAAAADONRIAjD8SAJJJAABkCwIAIBIBALpYEwDI3hIALmYSAEQyCABuhBEA2OQRANjkEQBuhBEAGoURAK4HAwBSTxMApqISAPyiEgD6zBIAUM0SAH4PEwBARhMAGoURAFziBAAMUxEAYlMRAFziBAAqlgAAkkkAAEAFCAC6WBMAZokAAEAFCAAQWRMAlkQSAILkEQCUbBEA6mwRAH5hEQACpBEAWKQRAJRsEQDqbBEAfmERAAKkEQBYpBEAkkkAAJJJAABIxxEAfMEBAMKwEgAYsRIAbrESAJ5IEgC6WBMAwJEDAG6EEQC6WBMA+NgDAJ7JEgBkCwIAboQRACCIEQB2iBEAAE8SAFZPEgBc4gQAXOIEALpYEwD42AMA+NgDAKDbBQBogxIA5j8RAAAAAAC6WBMAulgTACqWAADOiREA+NgDALCnEgBkCwIASjsLAHwXAgDEWxIAGlwSAFYAAABWAAAAAmMGAM6JEQBkCwIAulgTALpYEwCGGAAADFMRAKaiEgD8ohIAJuERAN4IDQBQ2gMAboQRACCIEQB2iBEA1DIPAJRsEQDwnBIAvIISAGZXEgDq3QkAZlcSAGZXEgBEMggAhhgAAJRsEQDwnBIA6mwRAAxTEQDOiREAZlcSALxXEgASWBIAfg8TAHxiEgBMoBIAboQRAPjYAwDOiREAhgEKAJQICgAAAAAA3DwSADI9EgAAAAAAAAAAAP4SCgBqGAcA3ggNAM6JEQC6WBMAulgTABSEEgCSSQAAzokRALpYEwBGbhAAzokRACASAQBkCwIAzokRAFyoEgCGGAAAbq8RAH4PEwA26REAulgTALpYEwC6WBMAhhgAAIYYAACGGAAANukRALpYEwC6WBMAhhgAAIYYAACGGAAAhhgAAIYYAABuhBEAIIgRAHaIEQC6WBMAZAsCALpYEwBkCwIAulgTACASAQCoeBIAIBIBAGQLAgC6WBMAaAkAAKh4EgBoCQAAsKcSAOrdCQCoeBIAcBMDAAAAAADAkQMAVHkSAMCRAwC6WBMAsKcSANpoEwDOiREA2mgTALpYEwDaaBMAboQRACCIEQB2iBEAulgTAHavDwAgEgEA5j8RAHIOAAByDgAA5j8RAIo2DgCwpxIAcBMDAAxTEQCmohIA/KISAG6EEQAgiBEAdogRAGQLAgA6TAIAulgTAGQLAgC6WBMAzokRAIRmEgBkCwIAZAsCAKAGBgDAhBIAIBIBAIIqCgB+DxMAzokRAEQyCABoCQAAulgTAKh4EgAAAAAAZAsCANJgEQAoYREAxrARAEZuEABuhBEAIIgRAHaIEQCy0xIAzokRABw0EwCYxhIAxjMTAM6JEQDOiREAdooSAMyKEgAiixIAdooSAMyKEgAiixIAeIsSAM6LEgB2ihIAzIoSACKLEgB4ixIAzosSAJjGEgBuhBEAIIgRAHaIEQCy0xIAzokRABw0EwCYxhIAxjMTAM6JEQAwMg0AzokRAJJJAAAkwgIAkkkAAEBGEwAgiBEAdogRAM6JEQDomBIARDIIAMCRAwDWLw0AcBMDAL4EEwDwnBIAkMsBAGQLAgByDgAAAAAAAKiXDAAAAAAAZoISADqXEgCQlxIA5pcSALpYEwBARhMAIIgRAHaIEQBkCwIAaAkAAFziBABc4gQAfg8TAGQLAgAMUxEAZAsCAM6JEQBwEwMAzokRAEJ9AwDI3hIAyN4SANQyDwDOiREAulgTAGQLAgCUbBEA6mwRAEBGEwAgiBEAdogRAEBGEwBkCwIARDIIALpYEwBEMggAPJgSABjQDADq3QkAaAkAAH4PEwCy4gQAricTABKMAQBE+QAAOsISANJgEQAoYREAPDgNAL4EEwD4PgwAZAsCABKuEgBkCwIA+D4MANDiEgB+5BIAelcNAMDjAQAMUxEApqISAPyiEgBkCwIAulgTALpYEwBARhMAFI8CABSPAgBARhMAQEYTAEQyCAAyZhEAiGYRAB60EgD4cxEADFMRAG6EEQAahREAKBgCAI4LDQAqwwEAlm0RAAxTEQCuXQMAwOMBAKDbBQAwqwkAeksHAHwXAgCSSQAAgvcFAEQyCAC6WBMAijYOAFj8EgCUzwIAVloCAJTPAgBWWgIA9lQCAC6DCwAQWRMAfMMCALpYEwBoCQAAZAsCAE50EQDoHgAArl0DACo7EwBkCwIAulgTACZgEQDgyAEAulgTAH4PEwDAWxMAsuIEALpYEwBwEwMAcBMDAHATAwBwEwMAzokRAM6JEQBapxIAGoURAP6jEgBkCwIAkkkAABSPAgCcyBIAcg4AAIo2DgAMUxEApqISAPyiEgC4lwgAboQRACCIEQB2iBEAps0SAPzNEgACpBEAWKQRAAKkEQBYpBEAboQRANDiEgBqOQIAulgTAGQLAgCuBwMA0mARAODqEgDOiREAnPMSAAZzDQCKuQ8AZAsCANDiEgB+5BIAlpQPAIYYAADQ4hIAfuQSAJaUDwBsZQIA0OISAH7kEgCWlA8AlGwRAOpsEQCS7hIAPu8SAAbTEgBc0xIACtUSANDiEgB+5BIAlpQPANDiEgB+5BIAlpQPANDiEgB+5BIAlpQPAJRsEQDqbBEAlpQPAMJSDgCUbBEA4pUSAEBGEwBEnBIAulgTAGQLAgBOJwAATicAAHwXAgBWLwIAhjoRAMTcEgDW2w0AmMYSAGQLAgC6WBMAZAsCAARHDQDQtxIAbFIOAGQLAgBkCwIAvq4SADbpEQB8ORMA6mwRAJDLAQBkCwIAsHQOAD6iAQDcBw0AstMSAG6EEQB8FwIAWBsNALLTEgBwEwMAstMSAHATAwDOiREAZAsCAGQLAgDQ4hIAfuQSALpYEwCUbBEA6mwRAJLuEgCONAwAZAsCAGQLAgBkCwIAxrARAGQLAgCw0hIAxlYPAHIOAAD4mA4A0mARAM6JEQAMUxEAqO0MAPg+DABGSRMAAAAAAPg+DACemA8AqPkSAKCZDwD++RIANukRAE6hEgBARhMAGoURANDiEgBwVg8AhjoRADbpEQCo+RIANukRAP75EgA26REA0OISAH7kEgDEsRIAVgAAAAxDCQCSSQAAkGoRAHIOAABkCwIA+D4MAL6uEgBkCwIAvIISAGxlAgCa8hIAyDQTAB41EwDAkQMAjjQMAEQyCABkCwIAZAsCAGQLAgC6WBMAmjwNAJo8DQCaPA0AmjwNAHwXAgB8FwIA8sIPAGQLAgCUbBEADgITANDiEgAiNxMAZAsCANDiEgDGVg8AZAsCAHbgEgCK6hIAlGwRAODqEgBkCwIAnPMSAPLzEgBkLRMASPQSAGQLAgBkCwIA0OISAMZWDwB24BIAiuoSAJRsEQDg6hIAZAsCAOANDwAiDBMAlGwRAOpsEQBARhMAGoURAGQLAgC+BBMAfg8TAH4PEwBE+QAAoJ8SAHoNEwBMoBIAFuQBAJo8DQCaPA0AmjwNAJo8DQBkCwIAmvISACqNEQCWbREA8G8RAI40DABWSQ8A7lACAHg3EwDilRIAduASAM6JEQB6OBMAzokRAH4PEwBwEwMA1tsNANbbDQBkCwIA3ggNAJzzEgDy8xIARDIIAEQyCAAagxAAlGwRAOpsEQDeCA0AnPMSAPLzEgBEMggARDIIABqDEADC2xIAGNwSAJRsEQDwnBIAmJsSAAAAAADOiREAzokRAK4HAwBuhBEA0OISAORlDwCaRhIA8JwSAPIeEwC2KxMAQEYTAEScEgBwEwMA8EYSAJLuEgDMJgsAulgTADxNAgBWAAAAstMSANDiEgDkZQ8AkkkAAG6EEQBEMggAZAsCAJRsEQDqbBEAGoMQAIAzDwBwEwMAcBMDAHzBAQB8wQEAfMEBAHzBAQBwEwMAzokRAHzBAQBkCwIAZAsCAGQLAgAAAAAAAAAAANDiEgAiNxMAlGwRAOpsEQAagxAA3GEPALpYEwDQ4hIAzCYLALpYEwDQ4hIAKjsTAM6JEQBkCwIAZAsCAMCRAwBEMggAKpYAAGQLAgCa8hIAyDQTAB41EwB0NRMAyjUTACA2EwB2NhMAcBMDAJRsEQDqbBEAfmERAJzzEgDy8xIAzokRAJRsEQDwnBIAIuESAEBGEwAgiBEAJmARAP4tAgDE3BIA1jsTACw8EwCCPBMA2DwTAEBGEwAahREAGscHAEBGEwDOiREA3j8TAHATAwCKNg4AWEgOAArVEgCMNw4A0OISAHBWDwDE3BIA1jsTACw8EwCCPBMA2DwTAC49EwAK1RIAxNwSANY7EwAsPBMAgjwTANg8EwAuPRMAboQRAH4PEwAo5BIAIBIBAL6uEgC6WBMAIBIBAJjGEgAgEgEAmMYSANJgEQBmghIAIBIBAGQLAgDQ4hIAfuQSAJRsEQDqbBEA/i0CAJ4fEwCeHxMA/i0CAAxTEQAMUxEADFMRALzWEQAMUxEADFMRAAxTEQAMUxEA0mARAGaCEgAMUxEAvNYRAAxTEQCooxIADFMRAKijEgAMUxEAqKMSAMKwEgCooxIADFMRAKijEgAMUxEAqKMSAPqfEQCooxIADFMRAKijEgCooREA/qERAEBtEQBkCwIAfg8TAGQLAgBwEwMAzokRAIYYAACKNg4Alm0RAHS0EgBU+hIAVPoSAJZtEQDsbREAyMoIAGhaEwBwEwMAcBMDAHIOAAByDgAAipIRAM6JEQAW5AEADFMRALpYEwCAMw8Axl4TAIAzDwC6WBMADFMRAOY/EQC6WBMA5j8RAAxTEQCmohIA5j8RACBhEwB2YRMADFMRAHATAwAQrRIAzokRAGQLAgBkCwIAZAsCANpoEwBkCwIAZAsCAGQLAgDaaBMAZAsCAHTLCADaaBMAulgTACDcEABkCwIAZAsCANpoEwDOiREAqKERAP6hEQBUohEADFMRAARaAQB24BIAiuoSAGQLAgBARhMAGoURAJRsEQDqbBEAku4SABKMAQAE8QwAoCATAK4nEwCKNg4AHokSAGaCEgCYmxIAbFIOAG6EEQBEnBIAbFIOALpYEwDIyggAkJURAFyoEgDQ4hIAfuQSAJRsEQDwnBIA8h4TALpYEwDmPxEAWBsNAIYYAAC6WBMA6t0JAJRsEQDqbBEAku4SAFbIDgCQlREAajATAJRsEQAOAhMA0OISAHBWDwC6WBMA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAgAAgAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var HITS = 8192;
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
  /**
   * The transitions again, as a scan reads them: the states renumbered breadth first from the
   * root (the shallow states a line of chatter keeps to sit together in memory), a row of `width`
   * per state. An entry is the target's row offset doubled, plus 1 when the target has an output
   * (so a step is one load and a shift); -1 until a scan first needs it (then from `delta`).
   */
  table;
  /** Each state's number in `table`'s order, by its number in `delta`, and back. */
  rankOf;
  stateOf;
  /** The outputs of each state, in `table`'s order (0: none). */
  rankOut;
  /** Words of tag bits of each state, in `table`'s order. */
  rankTags;
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
      ({ table: this.table, rankOf: this.rankOf, stateOf: this.stateOf, rankOut: this.rankOut, rankTags: this.rankTags } = this.scanLayout());
      this.makeRun();
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
    ({ table: this.table, rankOf: this.rankOf, stateOf: this.stateOf, rankOut: this.rankOut, rankTags: this.rankTags } = this.scanLayout());
    this.makeRun();
  }
  /**
   * `table`'s order (breadth first over the trie's edges, the only transitions `delta` holds
   * before any scan) and each state's outputs in it; the table itself is filled as scans go.
   */
  scanLayout() {
    const { delta, width, words: words2, firstOutput } = this;
    const states = delta.length / width;
    const rankOf = new Int32Array(states).fill(-1);
    const stateOf = new Int32Array(states);
    rankOf[0] = 0;
    let ranked = 1;
    for (let head = 0; head < ranked; head++) {
      const row = stateOf[head] * width;
      for (let cls = 0; cls < width; cls++) {
        const next = delta[row + cls];
        if (next < 0 || rankOf[next / width] !== -1) continue;
        rankOf[next / width] = ranked;
        stateOf[ranked++] = next / width;
      }
    }
    const rankOut = new Int32Array(states);
    const rankTags = new Int32Array(states * words2);
    for (let n = 0; n < states; n++) {
      const k = (stateOf[n] * width - firstOutput) / width;
      if (k < 0) continue;
      rankOut[n] = this.out[k];
      for (let w = 0; w < words2; w++) rankTags[n * words2 + w] = this.tagWords[k * words2 + w];
    }
    return { table: new Int32Array(states * width).fill(-1), rankOf, stateOf, rankOut, rankTags };
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
  /** The entry of `table` at `row` (a state's row offset there) on the character `c`, the first time it is needed: from `delta`, remembered. */
  step(row, c) {
    const cls = this.classOf_(c);
    const known2 = this.table[row + cls];
    if (known2 >= 0) return known2;
    const { width } = this;
    const from = this.stateOf[row / width] * width;
    const next = this.delta[from + cls];
    const target = this.rankOf[(next >= 0 ? next : this.follow(from, cls)) / width];
    const entry = target * width << 1 | (this.rankOut[target] !== 0 ? 1 : 0);
    this.table[row + cls] = entry;
    return entry;
  }
  /** The rows (in `table`) of the output states the last scan passed, in order: its tags are read from them only when asked. */
  hits = new Int32Array(HITS);
  hitCount = 0;
  /** The tags of a line too long for `hits`, gathered as it was scanned. */
  longTags;
  run = () => 0;
  /**
   * The bits of every anchor `line` holds; with `tags`, the tags of those anchors (the array is
   * cleared first, `words` long), else `tagsOfLastScan` gives them later.
   */
  scan(line, tags) {
    let found = 0;
    if (line.length > HITS) {
      found = this.scanLong(line);
    } else {
      const h = this.run(line);
      this.hitCount = h;
      this.longTags = void 0;
      const { hits, rankOut, width } = this;
      for (let k = 0; k < h; k++) found |= rankOut[hits[k] / width];
    }
    if (tags) this.tagsOfLastScan(tags);
    return found;
  }
  /**
   * The scan's loop, made once per automaton as a closure over its tables (measured about 15%
   * faster than the same loop as a method reading them from `this`). Notes each output's row in
   * `hits` (a line no longer than `hits`), and returns how many.
   */
  makeRun() {
    const { table, classOf, hits } = this;
    const step = (row, c) => this.step(row, c);
    this.run = (line) => {
      let h = 0;
      let s = 0;
      for (let i = 0, n = line.length; i < n; i++) {
        const c = line.charCodeAt(i);
        const cls = classOf[c];
        let entry = cls === UNKNOWN ? -1 : table[s + cls];
        if (entry < 0) entry = step(s, c);
        s = entry >> 1;
        if ((entry & 1) !== 0) hits[h++] = s;
      }
      return h;
    };
  }
  /** A line longer than `hits`: its outputs and tags gathered as it is scanned. */
  scanLong(line) {
    const { rankOut, rankTags, words: words2, width } = this;
    const tags = this.longTags = new Int32Array(words2);
    let s = 0;
    let found = 0;
    for (let i = 0, n = line.length; i < n; i++) {
      const c = line.charCodeAt(i);
      const cls = this.classOf[c];
      let entry = cls === UNKNOWN ? -1 : this.table[s + cls];
      if (entry < 0) entry = this.step(s, c);
      s = entry >> 1;
      if ((entry & 1) === 0) continue;
      const k = s / width;
      found |= rankOut[k];
      for (let w = 0; w < words2; w++) tags[w] = tags[w] | rankTags[k * words2 + w];
    }
    return found;
  }
  /** The tags of the anchors the last scan found, into `tags` (cleared first, `words` long). */
  tagsOfLastScan(tags) {
    const { hits, hitCount, rankOut, rankTags, words: words2, width } = this;
    if (this.longTags) {
      tags.set(this.longTags);
      return;
    }
    tags.fill(0);
    for (let k = 0; k < hitCount; k++) {
      const n = hits[k] / width;
      if ((rankOut[n] & TAGGED) === 0) continue;
      for (let w = 0; w < words2; w++) tags[w] = tags[w] | rankTags[n * words2 + w];
    }
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
var REPORTED_SUM_FROM = DIALECTS.filter((d) => d.reportedFailures !== void 0).map((d) => d.reportedSumFrom);
var index;
function markerOf(line, seen) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`;
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...marker.dropsOutput ? { dropsOutput: true } : {}, ...marker.countedApart ? { countedApart: true } : {}, ...marker.entries ? { entries: marker.entries } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
var ERROR_HEADLINE = /^\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \S|^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
var DOTTED_HEADLINE = /^(?:E {1,8})?\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^E {1,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}\s*$|^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$|^\s{2,}[A-Z]\w{0,80}(?:Error|Exception|Failure):\s*$|^\s*(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80} : \S|^\s{0,8}(?:[a-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}(?:Exception|Error)\s*$/;
var FATAL = /^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\w{0,60}(?:Error|Exception))|^Exception in thread "main"|^Traceback \(most recent call last\):|^Error: Process completed with exit code|process\.exit\(|exited with code [1-9]/i;
var HEADLINE_CLASS = /([A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Failure))(?: \[\w{1,40}\])?: /;
var WRAPPER_CLASS = /(?:Connect|Connection|Timeout|TimedOut|Pool|Context|Bean|Dependency|Execution|Completion|Container|Jdbc|JDBC|DataAccess|Socket|Unavailable|Refused|Jedis|Redis|Mongo|Kafka|Amqp|AMQP|SQL|Sql|Operational|Interface|Aggregate|Transport|Network|Docker|NoHostAvailable|Nats)\w{0,80}(?:Error|Exception|Failure)$/;
var WRAPPER_MESSAGE = new RegExp(String.raw`\b(?:container|docker|dial|connect|connecting|connection|database|broker|${SERVICE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\b`, "i");
var CONNECTION_WORDS = /connect|refus|unreachable|unavailable|timed? ?out|docker|container|pool|bean|context|abgelehnt|rehusada|rifiutata|recusada|отказ|отклон/i;
var INSTALL_HINT = /:\s{0,4}run\s{0,4}$|\bplease install (?:the )?[\w@/.-]{1,100}(?: package| module)?(?: manually)?\b|\b(?:npm|yarn|pnpm) (?:i|install|add) [\w@/.-]{1,100}\s{0,4}$/i;
var CARRIES_TRACEBACK = /: Traceback \(most recent call last\):\s*$/;
var EF_TRANSIENT_WRAPPER = /An exception has been raised that is likely due to a transient failure\./;
function isOwnWordsWrapper(line) {
  const named = HEADLINE_CLASS.exec(line)?.[1];
  if (named === void 0 || !named.includes(".")) return true;
  return serviceForClient("java", named) === void 0 && serviceForClient("python", named.split(".")[0]) === void 0;
}
function isWrapperHeadline(line) {
  if (INSTALL_HINT.test(line)) return true;
  if (EF_TRANSIENT_WRAPPER.test(line)) return true;
  if (line.includes("Failed to import test module")) return true;
  if (CARRIES_TRACEBACK.test(line)) return true;
  const named = HEADLINE_CLASS.exec(line);
  if (named) return WRAPPER_CLASS.test(named[1]) && CONNECTION_WORDS.test(line);
  return WRAPPER_MESSAGE.test(line);
}
var UNINFORMATIVE = /^\$ npm (?:i|install|add) |^\$ yarn add |^\$ pnpm (?:i|install|add) |^\$ pip3? install |^\$ gem install |^\$ bundle install|^\$ go get |^\+ npm (?:i|install) |^\s*\w{1,80}ClientProviderStrategy: failed with exception (?![^\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\[\d+\])?: \*\*\* |^##\[error\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \((?:failures|errors)=|^\[ERROR\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \d+ previous error|^FAIL\s*$/;
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|(?<!\b(?:seems?|appears?) )\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
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
var CANCELLED_BY_PARENT = /^\s*(?:error: )?'test did not finish before its parent and was cancelled'\s*$|^\s*failureType: 'cancelledByParent'\s*$/;
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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after].filter((p) => p !== void 0)),
    ...DIALECTS.flatMap((d) => d.markers.flatMap((m) => m.entries ? [m.entries.last, m.entries.end] : [])),
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
    return { open: list.filter((n) => gated[n] !== true), gated: list.some((n) => gated[n] === true), gatedBits };
  });
  const matchesAt = (n, line, at) => {
    const pattern = sticky[n];
    pattern.lastIndex = at;
    return pattern.test(line);
  };
  const lineStartAt = (line, at) => {
    const { open, gated: anyGated, gatedBits } = splits[index3.listId(line, at)];
    for (let k = 0; k < open.length; k++) if (matchesAt(open[k], line, at)) return true;
    if (!anyGated) return false;
    const lineTags = tagsOf(line);
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
    if (lineStartAt(raw, at)) return true;
    const bar = raw.indexOf("| ", at);
    if (bar > at && bar <= at + 101 || raw.startsWith("##[", at)) {
      PREFIX.lastIndex = at;
      if (PREFIX.test(raw) && lineStartAt(raw, PREFIX.lastIndex)) return true;
    }
    return false;
  };
  let lastLine2;
  let lastBits = 0;
  let tagsRead = false;
  const lastTags = new Int32Array(scanner.words);
  const scan = (line) => {
    if (line !== lastLine2) {
      lastBits = scanner.scan(line);
      lastLine2 = line;
      tagsRead = false;
    }
    return lastBits;
  };
  const tagsOf = (line) => {
    scan(line);
    if (!tagsRead) {
      scanner.tagsOfLastScan(lastTags);
      tagsRead = true;
    }
    return lastTags;
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
      return (bits & ANCHOR) !== 0 || lineStartAt(line, 0);
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
    identities: /* @__PURE__ */ new Set(),
    summaryKinds: /* @__PURE__ */ new Set(),
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
    settledLinks: 0,
    wrapperHeadlines: 0,
    ownWordsWrappers: 0,
    lastUnexplained: void 0,
    wrapsNext: false,
    awaitingError: void 0,
    evidence: [],
    sharesDetailsOf: void 0,
    cancelledBy: void 0,
    hookFailed: false,
    suite: false,
    failedBlock: false
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
  unit.settledLinks += unit.chain.length;
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
  into.settledLinks += from.settledLinks;
  into.wrapperHeadlines += from.wrapperHeadlines;
  into.ownWordsWrappers += from.ownWordsWrappers;
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
    const loggedBesideOwnError = (unit.consequences > 0 || unit.ownWordsWrappers > 0 && unit.runner !== "log") && unit.high <= unit.highFromOutput;
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut || unit.settledLinks > 0 || unit.wrapperHeadlines > 0);
    const hostOfAnother = unit.driver !== void 0 && unit.evidence.some((f) => f.kind === "infrastructure" && f.ruleId.startsWith("network.dns.") && f.service !== "" && f.service !== unit.driver);
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || loggedBesideOwnError || likelyTeardown || twinExcused || hostOfAnother ? "ambiguous" : "high";
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
  const verdict = decideFromUnits(inputs);
  if (inputs.silentFailures === void 0 || verdict.classification !== "infrastructure" || verdict.confidence !== "high") return verdict;
  return { ...verdict, confidence: "ambiguous", explanation: `${verdict.explanation.replace(/\.$/, "")}; but ${inputs.silentFailures}: not every failure can be shown to be a missing service.` };
}
function decideFromUnits(inputs) {
  const failing = failingUnits(inputs.units);
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all));
  const judged = withCancelledByParent(withLoggedClientTimeouts(withHandleConsequences(failing.map((u) => ({ unit: u, outcome: unitOutcome(detailsOf(u)) }))), inputs.logged));
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
  const printed = failing.reduce((n, u) => n + Math.max(u.phases, u.identities.size, u.summaryKinds.size), 0);
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
function withCancelledByParent(judged) {
  return judged.map((j) => {
    const u = j.unit;
    const by = u.cancelledBy;
    if (by === void 0 || u.conflated || u.timedOut || j.outcome.kind !== "unexplained" || u.code + u.high + u.ambiguous + u.continuing + u.unexplained > 0) return j;
    const parent = judged.find((o) => o.unit === by);
    if (!parent || !parent.unit.suite || !parent.unit.hookFailed || parent.unit.conflated || parent.unit.cancelledBy !== void 0 || !refusedForSure(parent)) return j;
    return { unit: u, outcome: parent.outcome };
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
var HOOK_FAILED = /^\s{0,40}failureType: 'hookFailed'\s*$/;
var TAP_SUITE = /^\s{0,40}type: 'suite'\s*$/;
var BOX_MARK = /[│┐├┊╵┴]/;
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
var RUBY_CLASS = String.raw`(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$`;
var RUBY_CLASS_HEADER = new RegExp(String.raw`^\s{2,}${RUBY_CLASS}`);
var RUBY_CLASS_ALONE = new RegExp(String.raw`^\s*${RUBY_CLASS}`);
var RSPEC_CAUSE = /^\s{0,12}# --- Caused by: ---\s*$/;
var RUBY_CONNECTION_WRAPPER = /^\s*(?:ActiveRecord::(?:ConnectionNotEstablished|DatabaseConnectionError)|Sequel::DatabaseConnectionError|Faraday::ConnectionFailed|Redis(?:Client)?::CannotConnectError|Mongo::Error::(?:NoServerAvailable|SocketError)|Bunny::TCPConnectionFailed(?:ForAllHosts)?|Dalli::RingError|Trilogy::(?:BaseConnectionError|ConnectionError)|Mysql2::Error::ConnectionError):\s*$/;
var NAMES_ANOTHER_EXCEPTION = /\b(?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Exception|Error)\b|\b(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}\b/;
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
var POKU_DEPTH_MAX = 64;
var POKU_MARK_COLOUR = /^[^●›\n]{0,300}?((?:\u001b\[[\d;]{0,20}m){1,8})[●›](?: |\u001b\[0m )/;
var POKU_ASSERTION = /^(?:# )?\s{0,40}([✔✘]) \S/;
var POKU_OWN_MARK = /^(?:# )?[^\S\n]{0,40}\u001b\[(?:32|91)m\u001b\[1m[✔✘] /;
var NODE_FILE_PASS = /^\s*✔ \S[^\n]{0,500}? \([\d.]{1,20}m?s\)$|^\s*ok \d{1,6} - /;
function pokuColourOf(raw) {
  const codes = POKU_MARK_COLOUR.exec(raw)?.[1];
  if (codes === void 0) return void 0;
  if (/\u001b\[91m/.test(codes)) return "red";
  if (/\u001b\[32m/.test(codes)) return "green";
  return void 0;
}
var TITLED_LOOKUP_MAX = 2e3;
var SUITE_DEPTH_MAX = 16;
var MOCHA_TITLE_INDENT = 7;
var CANCELLED_MAX = 4096;
function indentOf(line) {
  return line.length - line.trimStart().length;
}
var IDENTITY_LINES = 6;
var UNIT_FILE = new Map(DIALECTS.flatMap((d) => d.unitFile ? [[d.id, d.unitFile]] : []));
var ENDS_RUN_UNSEEN = new Set(DIALECTS.filter((d) => d.markers.some((m) => m.event === "details") && !d.markers.some((m) => m.event === "pass")));
var HOOK_TITLE = /^"(?:before|after) (?:all|each)" hook[^\n]{0,500}:$/;
var SPEC_MARKS = new Set(["\u25B6", "\u2716", "\u2714", "\uFE63"].map((c) => c.charCodeAt(0)));
function firstMark(line) {
  let i = 0;
  while (i < 65 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}
var SUMMED = REPORTED_SUM_FROM.flatMap((from, n) => from === void 0 ? [] : [[n, from]]);
var HOLDERS = new Map(DIALECTS.flatMap((d) => d.holdsOutputOf ? [[d.id, d.holdsOutputOf]] : []));
var HOOK_TIMEOUT = /\bHook timed out\b|\bfor a hook\b|" hook\b/i;
var BARE_ASSERTION = /^\s*(?:[\w$]{1,100}\.){0,8}(?:AssertionFailedError|AssertionError|AssertionFailure): (.{1,600})$/;
var EXPECTATION_WORDS = /\b(?:expected|expect|should|must|to be|to equal|but (?:was|got)|instead|not thrown|to throw|to raise)\b/i;
var RECENT_OUTSIDE = 4096;
var TB_LINE_SECTION = /^=+ FAILURES =+$/;
var TB_LINE_SECTION_END = /^={3,}/;
var TB_CRASH_LINE = /^(?:[A-Za-z]:)?[^\s:][^:\n]{0,300}:\d{1,6}: \S/;
var TB_LISTED_FAILED = /^FAILED [^\s:]{1,300}::/;
var PYTEST_SESSION_BOUNDARY = /^=+ test session starts =+$|^(?:=+ )?\d{1,7} (?:failed|passed|errors?|skipped|xfailed|xpassed|warnings?|deselected|rerun)\b[^=\n]{0,300}? in \d{1,7}(?:\.\d{1,4})?s(?: \([\d:]{1,12}\))?(?: =+)?$/;
var tally = (unit) => unit.high + unit.ambiguous + unit.code + unit.unexplained + unit.continuing;
var RUN_EVIDENCE = 12;
var CONCLUDING_RUNNERS = new Set(DIALECTS.filter((d) => d.concludesEveryTest).map((d) => d.id));
var FAILED_BLOCKS = new Map(DIALECTS.flatMap((d) => d.failedBlock ? [[d.id, d.failedBlock]] : []));
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
  /** Inside a closing list whose entries are accounts (dialect.ts `entries`): its dialect and patterns. */
  entries;
  /** A result line whose title goes on below (dialect.ts `wrappedResults`): its first line, and how many more it may take. */
  wrapped;
  /** The last marker's dialect and line (a wrapped result's first line follows one of them). */
  lastMarker;
  /** The line a wrapped result may follow (WrappedResults `after`) was the one before this. */
  resultMayFollow = 0;
  /** The counts read so far below a summary's first line, by reported pattern (dialect.ts `reportedSumFrom`). */
  summed = /* @__PURE__ */ new Map();
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
  /** Open TAP subtests by indentation, whether a deeper `not ok` came inside each, and its subtests cancelled by its end. */
  tapScopes = [];
  /** Open node:test spec suites (`▶ suite`) by indentation, whether a deeper `✖` came inside each, and its subtests cancelled by its end. */
  specScopes = [];
  /** The line of a failing TAP or spec result that closed a scope whose subtests its end cancelled, and those subtests. */
  cancelParent;
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
  /**
   * pytest's `--tb=line` FAILURES section: one crash line a failed test (terminal.py
   * summary_failures writes `_getcrashline(rep)` for each, `path:lineno: message` cut at the
   * message's first newline), no test names. What each line was judged, and whether any line
   * was something else (a blank, a line of another shape, one no rule read as a sure refusal).
   */
  tbLines;
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
    if (this.pokuStack.length > 0) this.pokuEndFile(false);
    for (const unit of this.units.values()) this.conclude(unit);
    for (const unit of this.units.values()) if (unit.state === "pending" && unit.failedBlock) unit.state = "failing";
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
      // poku prints nothing for a test that failed on node:assert (its ● line's colour alone says so), and a
      // neighbour's unawaited output lands in any test's span (attacks 28c, 28e): its logs prove no outage alone.
      silentFailures: this.pokuSeen ? "poku prints no node:assert failure (only its \u25CF line's colour says a test failed), so no test's lines can show all it failed on" : void 0,
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !interesting(lines[i])) continue;
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
    this.rawText = rawLine;
    this.pokuColour = rawLine.includes("\u25CF") || rawLine.includes("\u203A") ? pokuColourOf(rawLine) : void 0;
    if (this.tbLines?.open && TB_LINE_SECTION_END.test(line)) this.tbLines.open = false;
    if (this.tbLines && PYTEST_SESSION_BOUNDARY.test(line)) this.tbLines = void 0;
    if (this.tbLines?.open && this.readTbLine(line)) return;
    if (TB_LINE_SECTION.test(line)) this.tbLines = { open: true, spoiled: false, findings: [], listed: 0 };
    if (line === "") return;
    if (this.current !== void 0 && HOOK_FAILED.test(line)) this.current.hookFailed = true;
    if (this.current !== void 0 && TAP_SUITE.test(line)) this.current.suite = true;
    this.behindBar = BOX_MARK.test(rawLine);
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
    if (this.identityWatch) {
      const watch = this.identityWatch;
      const identity = watch.pattern.exec(line)?.[1];
      if (identity !== void 0 || --watch.lines <= 0 || watch.unit !== this.current) this.identityWatch = void 0;
      if (identity !== void 0 && watch.unit === this.current) {
        watch.unit.identities.add(identity);
        if (watch.unit.identities.size > 1) watch.unit.conflated = true;
      }
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
      if (!this.explainedByRule) this.record(RUBY_CLASS_ALONE.test(header.text) ? { ...header, note: `its message: ${clip2(line.trim())}` } : header);
      return;
    }
    this.judgeLine(line);
  }
  /** Set when a rule explained the line being judged. */
  explainedByRule = false;
  /**
   * pytest's short summary line being read (`FAILED x::t - reason`): its kind of report counts as one of
   * the unit's failures (verdict.ts `printed`) only when the log holds an account of that report, so a
   * call whose failure no line explains is never vouched for by the teardown's refusal.
   */
  summaryReport;
  judgeLine(line) {
    this.summaryReport = void 0;
    this.judgeOneLine(line);
    const report = this.summaryReport;
    if (report !== void 0 && (report.kind === "ERROR" ? report.unit.holdsHooks : tally(report.unit) > report.tally)) report.unit.summaryKinds.add(report.kind);
    this.summaryReport = void 0;
  }
  judgeOneLine(line) {
    this.lineText = line;
    if (this.pokuRepeat && POKU.reportedFailures?.test(line)) {
      this.pokuRepeat = false;
      this.quiet = false;
    }
    if (!this.reportMode && !this.pokuRepeat && this.pokuAssertion(line, this.rawText)) return;
    let marker = this.reportMode || this.pokuRepeat ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen);
    if (!this.reportMode && !this.pokuRepeat) {
      const current = this.current;
      if (current?.state === "pending" && FAILED_BLOCKS.get(current.runner)?.test(line) === true) current.failedBlock = true;
      const own = this.statefulMarker(line, marker);
      if (own === "data") {
        this.handledLine = this.lineNumber;
        return;
      }
      marker = own;
    }
    if (marker) {
      this.handledLine = this.lineNumber;
      if (marker.dialect === PYTEST && this.tbLines && !this.tbLines.open && TB_LISTED_FAILED.test(line)) this.tbLines.listed++;
      this.onMarker(marker);
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const [n, from] of SUMMED) if (from.test(line)) this.summed.set(n, 0);
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (!found) continue;
      let count2 = found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0);
      const below = this.summed.get(n);
      if (below !== void 0) {
        count2 += below;
        this.summed.set(n, count2);
      }
      this.reportedFailures = Math.max(this.reportedFailures, count2);
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
      if (link === "caused-by" && RSPEC_CAUSE.test(line)) linkChain(target, "handling", (f) => RUBY_CONNECTION_WRAPPER.test(f.text) && !NAMES_ANOTHER_EXCEPTION.test(f.note ?? ""));
      else if (link) linkChain(target, link, (f) => IO_ERROR.test(f.text));
    }
    const echo = GATED.WRAPPER_ECHOES.some((p) => p.test(line));
    if (echo && unit && !marker) unit.wrapped = true;
    const uninformative = echo || GATED.UNINFORMATIVE.test(line) || GATED.DIALECT_UNINFORMATIVE.some((p) => p.test(line)) || EXPECTED_NOTHING.test(line);
    if (unit && (!marker || marker.event === "note")) {
      if (PARENT_MARKER.test(line)) unit.parent = true;
      if (unit.runner === NODE_TEST.id && CANCELLED_BY_PARENT.test(line)) this.noteCancelled(unit);
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
    if (text === void 0) {
      if (marker?.dialect === PYTEST && this.current && TB_LISTED_FAILED.test(line)) this.explainByTbLines(this.current);
      return;
    }
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
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && (isWrapperHeadline(text) || TEST_TIMEOUT.test(text))) {
      this.handledLine = this.lineNumber;
      const target2 = this.target();
      if (target2 && isWrapperHeadline(text)) {
        target2.wrapperHeadlines++;
        if (isOwnWordsWrapper(text)) target2.ownWordsWrappers++;
      }
    }
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
   * The lines a dialect's markers read only with what came before (dialect.ts `entries`, `wrappedResults`):
   * a closing list's entry's last line, or a wrapped result's last line, as the marker it is; `data` for
   * a line that is neither event nor finding (a wrapped result's title, a list's end).
   */
  statefulMarker(line, marker) {
    const wrapped = this.wrapped;
    if (wrapped !== void 0) {
      this.wrapped = void 0;
      if (marker === void 0 || marker.dialect !== wrapped.dialect) {
        const last = wrapped.spec.last.exec(line);
        if (last?.groups?.name !== void 0) {
          const name = `${wrapped.title} ${last.groups.name.trim()}`;
          const key = wrapped.spec.keyFromName ? wrapped.spec.keyFromName(name) : `${wrapped.dialect.id}:${name}`;
          const failing = wrapped.spec.failing.test(wrapped.type);
          return { ...this.synthetic(wrapped.dialect, failing ? "start" : "pass", name, key, failing), ...failing && wrapped.spec.countedApart.test(wrapped.type) ? { countedApart: true } : {} };
        }
        if (wrapped.lines > 1 && marker === void 0) {
          wrapped.lines--;
          this.wrapped = wrapped;
          return "data";
        }
      }
      this.record(this.unexplained(wrapped.text, "runner.unended-result", "A result line whose title never ended (its lines went unread)"));
    }
    const spec = this.lastMarker?.dialect.wrappedResults;
    const follows = spec !== void 0 && (this.lastMarker?.line === this.lineNumber - 1 || this.resultMayFollow === this.lineNumber - 1);
    if (spec?.after.test(line) === true) this.resultMayFollow = this.lineNumber;
    if (marker !== void 0 && (!follows || marker.dialect === this.lastMarker?.dialect)) return marker;
    const list = marker === void 0 ? this.entries : void 0;
    if (list !== void 0) {
      if (list.list.end.test(line)) {
        this.entries = void 0;
        this.current = void 0;
        this.quiet = true;
        return "data";
      }
      const last = list.list.last.exec(line);
      const name = last?.groups?.name;
      if (last && name !== void 0) {
        const key = list.list.keyFromName ? list.list.keyFromName(name) : `${list.dialect.id}:${name}`;
        const reason = last.groups?.reason?.trim();
        return { ...this.synthetic(list.dialect, "start", name, key, true), listEntry: true, ...reason ? { reason } : {} };
      }
      return void 0;
    }
    if (spec === void 0 || !follows || this.lastMarker === void 0) return marker;
    const first = spec.first.exec(line);
    const type = first?.groups?.type;
    const title = first?.groups?.name;
    if (type === void 0 || title === void 0) return marker;
    this.wrapped = { dialect: this.lastMarker.dialect, spec, type, title: title.trim(), text: line, lines: spec.lines };
    return "data";
  }
  /** A marker read by the classifier's state (statefulMarker): a test's line that comes after its output and ends it. */
  synthetic(dialect, event, name, key, closes) {
    return { dialect, event, name, key, afterOutput: true, closes, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 };
  }
  /** The known unit whose key's path the given key's path ends with, after a `/` (dialect.ts `pathKeys`): the longest. */
  knownPathKey(key) {
    const colon = key.indexOf(":");
    const prefix = key.slice(0, colon + 1);
    const path = key.slice(colon + 1);
    let best;
    if (this.units.size > TITLED_LOOKUP_MAX) return void 0;
    for (const known2 of this.units.keys()) {
      if (!known2.startsWith(prefix) || known2.length <= prefix.length) continue;
      const tail = known2.slice(prefix.length);
      if (path.endsWith(`/${tail}`) && (best === void 0 || known2.length > best.length)) best = known2;
    }
    return best;
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
  /** The line being judged was printed behind testdox's bar (processLine). */
  behindBar = false;
  /** The dialects whose test lines have been seen (dialect.ts, `afterItsTests`). */
  dialectsSeen = /* @__PURE__ */ new Set();
  onMarker(marker) {
    if (marker.dialect === POKU) {
      this.onPoku(marker);
      return;
    }
    const pokuFailed = marker.dialect === NODE_TEST && (marker.event === "start" || marker.event === "pass") ? this.pokuEndFile(marker.event === "pass" && NODE_FILE_PASS.test(this.lineText)) : false;
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    if ((marker.event === "start" || marker.event === "pass") && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect);
    this.lastMarker = { dialect: marker.dialect, line: this.lineNumber };
    if (marker.listEntry !== true) this.entries = marker.entries !== void 0 ? { dialect: marker.dialect, list: marker.entries } : void 0;
    this.markerRunner = marker.dialect.id;
    this.afterTests = marker.event === "end" ? marker.dialect.ownLinesAfterTests : void 0;
    this.logScope = marker.event === "quiet" && marker.name !== "" ? this.loggedFor(marker.name) : void 0;
    this.logScopeLine = this.lineNumber;
    try {
      this.handleMarker(marker);
      if (pokuFailed && marker.event === "start" && this.current !== void 0) this.current.parent = true;
    } finally {
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.event === "end" && ENDS_RUN_UNSEEN.has(marker.dialect) ? void 0 : marker.dialect.id;
      this.markerRunner = void 0;
    }
  }
  /** The normalised line being judged (judgeLine), for a marker's handler that needs its text. */
  lineText = "";
  /** The raw line being read (processLine): poku says with colours what its text does not. */
  rawText = "";
  /** The colour of poku's `●` or `›` on the raw line being read (pokuColourOf); undefined without one. */
  pokuColour;
  /** poku's open groups (describe, it), outermost first, and whether a group inside each failed. */
  pokuStack = [];
  /** A poku group failed (or closed without a colour) since the last file result. */
  pokuFailedInFile = false;
  /** poku groups closed without a colour since the last file result: their outcome is the file's. */
  pokuUnknown = [];
  /** poku's CLI: the file whose line (`› path › 12ms`) came last, and whether it passed. */
  pokuFile;
  pokuFilePassed = false;
  /** After poku's `N test file(s) failed:`, every failed file's output again: a repeat. */
  pokuRepeat = false;
  /** A poku group or assertion was seen in this log. */
  pokuSeen = false;
  /**
   * poku's own lines (dialects/javascript.ts POKU). `◌ title` opens a group (describe or it) and
   * `● title › Nms` closes it; only the `●`'s colour says how it ended. Red: the group failed, and
   * what it printed between the two is its failure's only account (a group holding a failed group
   * is that group's parent, no failure of its own unless it printed one). Green: it passed, and
   * what it printed explains nothing. No colour (stripped, or a reporter without it): the group
   * may have failed, so it must account for itself like a failed one, unless its file passed.
   */
  onPoku(marker) {
    this.contextFloor = this.lineNumber - 1;
    this.inData = false;
    this.detailsIndent = void 0;
    this.closedUnit = void 0;
    if (this.pokuRepeat) return;
    this.pokuSeen = true;
    switch (marker.event) {
      case "details":
        this.pokuEndFile(false);
        this.pokuRepeat = true;
        this.current = void 0;
        this.quiet = true;
        return;
      case "start": {
        this.pokuEndFile(false);
        const passed = this.pokuColour === "green";
        this.pokuFilePassed = passed;
        this.pokuFile = passed ? void 0 : this.openUnit(`poku-file:${marker.name}@${this.lineNumber}`, marker.name, POKU.id, "outside", "failing");
        this.current = this.pokuFile;
        this.quiet = passed;
        return;
      }
      case "run": {
        if (this.pokuStack.length >= POKU_DEPTH_MAX) return;
        const unit = this.openUnit(`poku:${marker.name}@${this.lineNumber}`, marker.name, POKU.id, "test", "pending");
        this.pokuStack.push({ unit, failedInside: false });
        this.current = unit;
        this.quiet = false;
        return;
      }
      default: {
        let at = this.pokuStack.length - 1;
        while (at >= 0 && this.pokuStack[at].unit.name !== marker.name) at--;
        if (at < 0) return;
        while (this.pokuStack.length > at + 1) this.pokuClose(void 0, true);
        this.pokuClose(this.pokuColour, false);
        this.current = this.pokuStack.at(-1)?.unit ?? this.pokuFile;
        this.quiet = this.pokuStack.length === 0 && this.pokuFilePassed;
      }
    }
  }
  /** Closes the innermost open poku group with the colour of its `●` line (or as one that never ended). */
  pokuClose(colour, unconcluded) {
    const entry = this.pokuStack.pop();
    if (entry === void 0) return;
    const unit = entry.unit;
    if (colour === "green" && !entry.failedInside) {
      this.units.delete(unit.key);
      return;
    }
    unit.state = "failing";
    if (unconcluded) unit.unconcluded = true;
    if (entry.failedInside) unit.parent = true;
    if (colour === void 0 && !unconcluded) this.pokuUnknown.push(unit);
    const outer = this.pokuStack.at(-1);
    if (outer !== void 0) outer.failedInside = true;
    else if (this.pokuFile !== void 0) this.pokuFile.parent = true;
    this.pokuFailedInFile = true;
  }
  /**
   * A file's result (node:test's `not ok N - path` or `✔ path (12ms)`, poku's next file line or
   * its summary): the poku groups still open never ended (the process died inside them). Groups
   * closed without a colour passed if the file passed, and are the file's failures if it did not.
   * Returns whether a group of the file failed, so that the file's result only reports them.
   */
  pokuEndFile(filePassed) {
    while (this.pokuStack.length > 0) this.pokuClose(void 0, true);
    if (filePassed) for (const unit of this.pokuUnknown) this.units.delete(unit.key);
    this.pokuUnknown.length = 0;
    const failed = this.pokuFailedInFile && !filePassed;
    this.pokuFailedInFile = false;
    this.pokuFile = void 0;
    this.pokuFilePassed = false;
    return failed;
  }
  /**
   * poku's assertion lines (src/services/reporters/poku.ts onAssertionSuccess, onAssertionFailure):
   * `✔ message` in green and `✘ message` in red, in bold, inside a group or at a file's top level,
   * never another runner's passing or failing test. A failed one is the unit's assertion; its
   * `File`, `Code`, `Operator`, `Actual:` and `Expected:` lines below are the compared values.
   * Returns whether the line was one.
   */
  pokuAssertion(line, rawLine) {
    const mark = POKU_ASSERTION.exec(line)?.[1];
    if (mark === void 0) return false;
    const own = this.pokuStack.length > 0 && !this.pokuRepeat ? !SPEC_DURATION_END.test(line) : this.pokuSeen && POKU_OWN_MARK.test(rawLine);
    if (!own) return false;
    this.handledLine = this.lineNumber;
    if (mark === "\u2718") {
      this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: "poku reports this as a failed assertion" });
      this.inData = true;
    }
    return true;
  }
  /** The source lines printed around an error: what a teardown closed, what a refused setup assigned (source-lines.ts). */
  source = new SourceLines({ lineNumber: () => this.lineNumber, previousLine: (back) => this.previousLine(back) });
  /** The file whose results a runner that reports by file (jest's `FAIL path`) prints now. */
  file;
  /** The failed test whose details are the lines indented under it (dialect.ts, `detailsIndented`). */
  detailsIndent;
  /** A unit whose name is the next line (dialect.ts, `namedBelow`). */
  nameBelow;
  /** A failure's marker whose dialect says which test it is on a line just below (dialect.ts `unitIdentity`). */
  identityWatch;
  /** How often each failure's title was printed under the current file's header (dialect.ts `repeatsInFileAreFailures`). */
  fileRepeats = /* @__PURE__ */ new Map();
  /** vitest's count of failed suites, and the units its `Failed Suites` printed: fewer names than suites means two suites share one. */
  suitesReported = 0;
  suiteUnits = /* @__PURE__ */ new Set();
  /** The failures printed now are suites' (vitest's `Failed Suites`). */
  suiteSection = false;
  /** A hook's details whose suite titles are still being printed (mocha's nested suites, one a line). */
  suiteTitles;
  /**
   * mocha's base reporter (lib/reporters/base.js, Base.list) prints a failure's title path one element a
   * line under `1) outer`, element i indented 5 + 2i spaces, the last ending in `:`, then the error's message
   * at 5. Returns true for a title's line, which is a title and nothing else; the message ends the titles
   * (a first line ending in `:` with the message below it was the whole title: `Uncaught error outside test suite:`).
   */
  takeSuiteTitle(line) {
    const titles = this.suiteTitles;
    const title = line.trim();
    const indent = line.length - line.trimStart().length;
    const pathEnded = (titles.last ?? titles.first).endsWith(":");
    if (title === "" || indent < MOCHA_TITLE_INDENT && pathEnded || titles.lines >= SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = void 0;
      if (titles.lines === 0 && titles.named && titles.first.endsWith(":")) titles.unit.name = titles.first.slice(0, -1);
      return false;
    }
    titles.lines++;
    titles.last = title;
    if (titles.rename && titles.held !== void 0) titles.unit.suitePath = `${titles.unit.suitePath ?? ""} > ${titles.held}`;
    titles.held = void 0;
    if (titles.named && HOOK_TITLE.test(title)) titles.unit.name = title.slice(0, -1);
    else titles.held = title;
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
        if (marker.namesFile) {
          this.file = { dialect: marker.dialect, name: marker.name };
          this.fileRepeats.clear();
        }
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
        if (this.detailsDialect === MOCHA) {
          const rename = known2 === void 0 || known2.scope === "outside" && marker.name !== known2.name;
          if (rename) unit.suitePath = marker.name;
          this.suiteTitles = { unit, lines: 0, named: known2 === void 0, rename, first: marker.name };
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
        let markerKey = file === void 0 ? marker.key : `${marker.key}\0${file}`;
        if (marker.dialect.pathKeys && !this.units.has(markerKey)) markerKey = this.knownPathKey(markerKey) ?? markerKey;
        if (marker.dropsOutput && this.units.get(markerKey)?.state === "pending") this.units.delete(markerKey);
        const known2 = this.units.get(markerKey);
        const again = known2 !== void 0 && marker.dialect.repeatsAreFailures === true && marker.event === "start" && known2.state === "failing";
        const unit = known2 && !again ? known2 : this.openUnit(again ? `${markerKey}@${this.lineNumber}` : markerKey, marker.name || marker.dialect.id, runner, scope, state);
        if (known2 !== void 0 && !again && known2.state === "pending" && marker.event === "start" && marker.name !== "" && marker.name !== known2.name) {
          known2.name = marker.name;
          known2.mention = mentionedService(marker.name);
        }
        unit.file ??= file;
        if (marker.path !== void 0) {
          if (unit.path !== void 0 && unit.path !== marker.path) unit.conflated = true;
          unit.path ??= marker.path;
          unit.identities.add(`path:${marker.path}`);
        }
        if (marker.dialect.repeatsInFileAreFailures && file !== void 0 && marker.event === "start") {
          const seen = (this.fileRepeats.get(markerKey) ?? 0) + 1;
          this.fileRepeats.set(markerKey, seen);
          unit.identities.add(`#${seen}`);
          if (seen > 1) unit.conflated = true;
        }
        this.identityWatch = marker.dialect.unitIdentity !== void 0 ? { unit, pattern: marker.dialect.unitIdentity, lines: IDENTITY_LINES } : void 0;
        if (marker.namedBelow) this.nameBelow = unit;
        this.detailsIndent = marker.detailsIndented ? { unit, indent: marker.indent } : void 0;
        if (this.suiteSection || scope === "outside") unit.holdsHooks = true;
        if (this.suiteSection && this.suiteUnits.size < MAX_UNITS) this.suiteUnits.add(unit);
        if (known2 && !again && known2.line !== this.lineNumber && (known2.holdsHooks || marker.event === "outside")) {
          if (marker.dialect.countsPhases && marker.path === void 0 && (marker.event === "outside" || known2.holdsHooks)) known2.phases++;
          known2.phaseStart = this.lineNumber;
        }
        if (marker.dialect.countsPhases && marker.path !== void 0 && marker.event === "start") {
          const kind = /^(FAILED|ERROR) /.exec(this.lineText)?.[1];
          if (kind !== void 0) this.summaryReport = { unit, kind, tally: tally(unit) };
        }
        if (state === "failing") unit.state = "failing";
        if (marker.countedApart) unit.phases = 0;
        if (this.tapParentAt === this.lineNumber) unit.parent = true;
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some((u) => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true;
        if (this.specParentAt === this.lineNumber) this.specParents.add(unit);
        if (this.cancelParent?.line === this.lineNumber && marker.dialect === NODE_TEST) {
          for (const child of this.cancelParent.children) if (child !== unit) child.cancelledBy = unit;
          this.cancelParent = void 0;
        }
        if (marker.event === "fail" && marker.dialect === GO && afterInnerRunner) unit.parent = true;
        const above = this.lastStart;
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit;
        this.lastStart = marker.event === "start" ? { unit, line: this.lineNumber } : void 0;
        if (marker.afterOutput) this.settlePreceding(marker.dropsOutput ? this.provablyOf(marker) : unit);
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
      if (this.tapScopes.length < TAP_DEPTH_MAX) this.tapScopes.push({ indent: subtest[1].length, failedInside: false, cancelled: [] });
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
    if (scope && scope.cancelled.length > 0) this.cancelParent = { line: this.lineNumber, children: scope.cancelled };
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
      if (this.specScopes.length < TAP_DEPTH_MAX) this.specScopes.push({ indent, failedInside: false, cancelled: [] });
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
    if (scope && scope.cancelled.length > 0) this.cancelParent = { line: this.lineNumber, children: scope.cancelled };
    if (scope?.failedInside) {
      this.tapParentAt = this.lineNumber;
      this.specParentAt = this.lineNumber;
    }
  }
  /**
   * A subtest node:test cancelled when its parent's run ended: held by the scope it is nested in
   * (TAP's `# Subtest:`, the spec reporter's `▶ suite`), whose failing result line, printed after its
   * subtests, is the parent's. Only one reporter's nesting is open, or none is read.
   */
  noteCancelled(unit) {
    if (this.tapScopes.length > 0 === this.specScopes.length > 0) return;
    const scope = (this.tapScopes.length > 0 ? this.tapScopes : this.specScopes).at(-1);
    if (!scope.cancelled.includes(unit) && scope.cancelled.length < CANCELLED_MAX) scope.cancelled.push(unit);
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
    if (!unit) return;
    if (prefix.length < 5) {
      this.explainByTbLines(unit, prefix);
      return;
    }
    for (let i = this.recentOutside.length - 1; i >= 0; i--) {
      const finding = this.recentOutside[i];
      const error = finding.text.replace(/^\S{1,300}:\d{1,6}: /, "");
      if (!(prefix.length >= 12 ? error.includes(prefix) : error.startsWith(prefix))) continue;
      count(unit, { ...finding });
      return;
    }
    this.explainByTbLines(unit, prefix);
  }
  /**
   * A line of pytest's FAILURES section while it may be `--tb=line`'s: a crash line, judged here,
   * that a rule reads as a sure outage. Any other line (a test's `____ header ____` of another
   * `--tb` style, a blank crash line, a message's second line) ends the reading, and the section
   * proves nothing; that line is read as any other (false).
   */
  readTbLine(line) {
    const section = this.tbLines;
    if (!TB_CRASH_LINE.test(line) || this.current !== void 0) {
      section.open = false;
      section.spoiled = true;
      return false;
    }
    this.judgeLine(line);
    const finding = this.recentOutside.at(-1);
    if (this.current !== void 0 || finding === void 0 || finding.line !== this.lineNumber || finding.kind !== "infrastructure" || finding.confidence !== "high" || finding.continuing) section.spoiled = true;
    else section.findings.push(finding);
    return true;
  }
  /**
   * A failed test in pytest's short summary whose reason was cut too short to tell which crash
   * line is its own (`FAILED x::test_long_name - M...`), or left out (`FAILED x::test_longer_name`):
   * the FAILURES section printed one crash line for each failed test, in the summary's order
   * (both list the `failed` reports). When every line there is a sure outage of one service,
   * its own is one of them, whichever it is. Any other line (an assertion, a blank crash line,
   * a message's second line) proves nothing, and the unit stays as it was.
   */
  explainByTbLines(unit, prefix = "") {
    const section = this.tbLines;
    if (!section || section.open || section.spoiled || section.findings.length === 0) return;
    const callOfHookedTest = unit.holdsHooks && TB_LISTED_FAILED.test(this.lineText);
    if (!callOfHookedTest && unit.high + unit.ambiguous + unit.code + unit.unexplained > 0) return;
    const index3 = section.listed - 1;
    const finding = section.findings[index3];
    if (finding === void 0) return;
    if (!finding.text.replace(/^\S{1,300}:\d{1,6}: /, "").startsWith(prefix)) return;
    const services = new Set(section.findings.map((f) => f.service));
    if (services.size !== 1) return;
    count(unit, { ...finding, note: "pytest --tb=line printed one crash line for each failed test, in this order, and every one of them is this outage" });
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
