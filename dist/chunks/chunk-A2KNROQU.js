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
} from "./chunk-44I3L6PF.js";
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
} from "./chunk-DC3RI37S.js";
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
  ],
  // Under a class's header each test's result is printed once (CliTestDoxPrinter::writeTestResult), yet two tests
  // may print one name: the data-provider errors PHPUnit reports as `PHPUnit\Framework\ErrorTestCase` (all `✘ Error`
  // under `Error Test Case`), methods that differ only by trailing digits (prettifyTestMethod strips them). The
  // `Summary of non-successful tests` prints the class header again before repeating them.
  repeatsInFileAreFailures: true
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
    { event: "start", pattern: /^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])(?: {1,2}\((?:info|warn): [^\n]{0,500}\))?\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    { event: "start", pattern: /^LEAK(?:&WARN)? (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])(?: {1,2}\((?:info|warn): [^\n]{0,500}\))?\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    // BORK: the test could not be run as written. show_result("BORK", $output, $file, 'reason: invalid
    // output from SKIPIF') puts what the SKIPIF printed (a fatal error over several lines) where a
    // title goes: its first line starts `BORK `, its last ends `[tests/x.phpt] reason: invalid output
    // from SKIPIF` (CLEAN's alike), and every line between is that BORK's. An unknown section is one
    // line (`BORK Unknown section "EXPCET" [tests/x.phpt] `). A failure no rule explains, unless a
    // rule reads a sure outage in what it printed.
    { event: "start", pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true, closes: true, keyFromName: phptKey },
    { event: "start", pattern: /^[^\n]{0,3000}?(?<name>\[[^[\]\n]{1,300}\.phpt\] reason: invalid output from (?:SKIPIF|CLEAN))\s*$/, contains: "] reason: invalid output from ", afterOutput: true, closes: true, keyFromName: phptKey },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\n]{0,500}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true, keyFromName: phptKey },
    // The closing lists repeat each failure's title or, for a BORK, what it printed: names, not events.
    { event: "quiet", pattern: /^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/ },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  // get_summary() prints `Tests borked : 1` (when any), `Tests failed : 2`, `Tests leaked` (under
  // valgrind) on lines of their own, below `Number of tests :`: each is a failure the run exits 1 for.
  reportedFailures: /^Tests (?:failed|borked|leaked)\s{0,20}:\s{0,20}(\d{1,6})/,
  reportedSumFrom: /^Number of tests\s{0,20}:/,
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
var DERIVED = `{"prefilter":{"key":"rules 282\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,156,165,199,211,212,238,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,453,455,456,457,458,459,460,461,464,465,466,468],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12824,"states":14502,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADnEQcABgAAABc8AgAHAAAAAfcHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABRpQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAKKkDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA1sYNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAAZECwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAABkNhAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAtcQwAPwAAAM17DABAAAAAwNoPAEEAAAAR4Q0AQgAAAAAAAABDAAAAYuUNAEQAAAAAAAAARQAAAEAHDgBGAAAAOwwOAEcAAABNSxIASAAAAMsmDgBJAAAAFDMOAEoAAADyVA4ASwAAAEdVDgBMAAAAnFUOAE0AAAA0aA4ATgAAADBsDgBPAAAAAZsOAFAAAADWGg8AUQAAACsbDwBSAAAAfB8PAFMAAAC6NRAAVAAAAA82EABXAAAAqgAAAFgAAADvDAQAWgAAABoxCgBbAAAAuEYBAF4AAAALnwAAYAAAAIrACgBhAAAAtewIAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAWZsLAAIBAAD4oRAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAATaIQAP4IAACiohAATgkAAJdaDgBUCQAAoQkAAGEJAADTdgsAZQkAAPFVDgBoCQAAxS8LAKgJAAD2CQAArgkAAMGICwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAD3ohAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAJK2DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAYDwOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAYTsOAKIOAADxDgAAqw4AAB8tCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAATKMQAD4YAADjYRAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAADuswgAmRgAAK3yCgCaGAAA5xgAAJwYAAARQwEAnRgAAH94CACfGAAAim4HAKEYAAC/3wsAoxgAADAeBwCoGAAArk8CAKsYAACIxgYA6BgAADwZAADqGAAAv48GAO0YAAA+CwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAKGjEACSHgAA4R4AAJYeAAAd1Q0Aox4AAKxHDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAn1oGAOgfAAA1IAAAOCAAANN7BgA8IAAAiiAAAEAgAADYIgUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAA9qMQANsmAAA5xQEA3iYAAGuIDADiJgAAWewPAOUmAAAuJwAA5yYAADcVCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAABLpBAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAACgpBAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAD1pBAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AABKpRAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAPSlEAAzPgAAbD4AAHQ+AABJphAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAJ6mEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAADzphAAvEgAAMQ5AgC9SAAA/VIFAL5IAADK2AcAwkgAAAxJAADDSAAAt+gKAMVIAAB5KwYAy0gAABBDAgASSQAAGtYPABhJAABhSQAAZ0kAAMaLAwBpSQAASKcQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAJ2nEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAA8qcQAEthAACeYQAAoWEAAPNhAAD2YQAAR6gQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAACcqBAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAPGoEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AABGqRAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AACbqRAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAPCpEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAEWqEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAmqoQAM6HAAAyaQ8A0IcAAJLBAQDThwAAOW8CANSHAAAuygcA1YcAADB0BgDWhwAAOMcAANeHAACySwIA2ocAAMcpDwDchwAAIogAAN6HAAC/jQgA44cAAAWfBgDkhwAAvokNACyIAADZcgkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAA76oQAOWOAABEqxAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAALHIMAHyPAAAd4QEAf48AAN1rDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAB30woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAJmrEABxlAAAwJQAAHOUAACXqxIAepQAAJuzBgB8lAAAngUHAH6UAACrUwEAg5QAAIIcDACHlAAA7lkNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAEOsEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAACYrBAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAADtrBAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAEKtEABQsQAAPr8CAFOxAADNhgEAV7EAAByIBgBZsQAAskUIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAAODBCABasgAAorIAAKyyAAD3sgAA+LIAAPNREAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAACXrRAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAOytEAA6zgAAhs4AAJDOAADbzgAA5s4AAEGuEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAACWrhAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAADfEBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAOuuEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAABArxAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAJWvEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAADqrxAAG+kAAMLlAgAe6QAAa+kAACPpAACj/QkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAP7AQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AACUsBAAX/YAAG0vDgBg9gAAs/YAAGH2AABkjwwAaPYAAMAxDgBp9gAAgSQFAG32AACWEgIAbvYAANkaDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAOmwEABf/AAAPrEQALX8AACTsRAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQDosRAAAwMBAD2yEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEAkrIQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQCkqQcAXgUBAJAVBQCtBQEA+QUBALMFAQBHWQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEA57IQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQA8sxAA+A4BAPpWBAD6DgEAXT4PAP0OAQAqHg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEAkbMQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEA5rMQAJgYAQA7tBAA6BgBAKmmBQDrGAEAOxkBAO8YAQDQ2AEA8hgBAKf7BwD0GAEATLIBAPoYAQBvNgUAQhkBAPJXCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQCXYgYAVhoBADdtBgCUGgEAkmcGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAOW0EADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQDktRAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAObYQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAI62EADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAI23EADWLwEA4rcQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAN7gQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAjLgQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQDhuBAAvUYBAA1HAQAORwEAVkYOABxHAQDvrgwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BADa5EAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAi7kQAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQDguRAArFMBAPcGAgC1UwEAU/YLALdTAQAJkRAAuVMBAOyxDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAh8EMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQA1uhAAAFYBAHl6DAAMVgEA220MACFWAQCKuhAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBAN+6EACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEANLsQAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQCJuxAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQDeuxAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBADO8EABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQCIvBAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEA3bwQAJRxAQAyvRAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBANy9EABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQAxvhAA2H0BACt+AQA5fgEAgH4BAJF+AQCGvhAA3H4BANu+EABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQAwvxAA2oABAIW/EAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAC/AEAAohgEAeIYBAICGAQCEwBAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAMzQDQDjhgEAf9QBAC6HAQB3hwEAf4cBANAdEgCThwEAn1EPAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BANnAEAAdjwEAxOIDACSPAQA8EwYAJ48BAG+PAQAqjwEAVvIMACuPAQBjmgIAMI8BABQ9BAB2jwEAnWACAHmPAQDvYgMAfo8BADIUDwCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAC7BEADWlAEAFJUBABaVAQCmTQwAF5UBAKdMDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEATVEMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAg8EQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBANjBEAC8nAEADJ0BAMOcAQCZrg0AxZwBAGRCBAAOnQEAUasDABGdAQD1/woAG50BAP1MCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQD+pAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAC3CEAC7nwEAgsIQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEALMMQAAijAQBbowEAaaMBALCjAQDBowEAgcMQAAykAQDWwxAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAIDEEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEA1cQQAAOtAQAqxRAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAf8UQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQDUxRAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQApxhAARbwBAJe8AQBGvAEAfc4JAE68AQA4vgkAULwBABfaDgBVvAEA6wUPAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQB+xhAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEA08YQAJXBAQDnwQEApsEBAIElBADzwQEAPMIBAELCAQCRwgEAm8IBACjHEADrwgEAO8MBAEjDAQCQwwEAmMMBAMvOEACcwwEA5cMBAKDDAQCJygEArMMBAJlZDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAfccQAEPFAQClTgwAR8UBAI7FAQCfxQEA0scQAOrFAQAnyBAAQMYBAHzIEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBANHIEACLygEA3soBAOzKAQAzywEARMsBACbJEACPywEAe8kQAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQDQyRAAM80BAIbNAQA6zQEAR6oOAD3NAQDL2QUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAHnSCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEA3mkNAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBACXKEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAesoQAIDUAQDU1AEAldQBAKMCBQDW1AEAKdUBAOLUAQAM8QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQDPyhAALNgBAHvYAQCH2AEAJMsQAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQB5yxAAKNwBAHfcAQCD3AEAzssQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQB4zBAAKN4BAHXeAQB/3gEApfYOAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAM3MEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAIs0QAHbjAQC45QwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAzM0QACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAIc4QACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BACDPEABr7wEAdc8QAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQDKzxAAEfQBAB/QEABh9AEAtPQBAML0AQAJ9QEAGvUBAHTQEABl9QEAydAQALv1AQAe0RAAEPYBAHPREABf9gEAsvYBAMD2AQAH9wEAGPcBAMjREABi9wEAsfcBAL33AQAd0hAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQBy0hAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAMfSEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgAc0xAATwUCALOWCwBQBQIAEowMAFEFAgDmvAcAUwUCAG0uDwBUBQIAaowJAFUFAgDMfAwAWAUCAGrdDQBZBQIAx4EMAFoFAgBoNwsAWwUCAAPxCwBcBQIAM8ELAF0FAgBcngUAXgUCAKMFAgBmBQIACjkSAGgFAgBxgA4AagUCAHHUDwBxBQIA22cSAHYFAgBljA4AkAUCAGbhDQCVBQIA7VUSAKUFAgD4BQIAtAUCAKNODgAGBgIATQYCAF4GAgBx0xAAqQYCAMbTEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgBePg4AUggCAHDUEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCABrVEACkDAIAb9UQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CAMTVEACfDgIA7w4CAPwOAgBEDwIATA8CABnWEACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAbtYQAPUQAgDD1hAARBECAGbkCgBHEQIAlxECAE4RAgADnQoAoRECAOwRAgCmEQIAe3wIAPQRAgCx7AwACBICAEESAgBJEgIAGNcQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIAbdcQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCAMLXEACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIAF9gQAOgaAgBNpQ0A6RoCAKqkBgDsGgIAOBsCAO8aAgBBWg8AQhsCAI0bAgBFGwIAoqwGAEYbAgD59w4AlRsCAOIbAgDmGwIANxwCADkcAgCMHAIAjxwCAOEcAgD9HAIAbNgQADsdAgCQYwwAQB0CAHHXDABCHQIAix0CAEYdAgBxLgsAqB0CAOAdAgDpHQIANR4CADceAgCKHgIAmx4CAMHYEADkHgIANB8CAD0fAgCJHwIAmh8CAN4fAgDlHwIAMyACADsgAgCIIAIATSACAGdBAgCVIAIAMiECAJcgAgCGIgIAoSACAN0gAgDpIAIAFtkQADchAgCHIQIAkSECANwhAgDkIQIAa9kQAD0iAgDA2RAAiyICANsiAgDoIgIAMCMCADojAgCFIwIAhyMCANojAgDoIwIALyQCADwkAgAV2hAAiSQCANkkAgDmJAIALiUCADglAgCDJQIAhSUCANglAgDmJQIALSYCADomAgBq2hAAhSYCAMnSDgCIJgIASKoNAI8mAgDXJgIA4SYCAL/aEAA0JwIAgScCAIMnAgCEFw8AjicCAMqFBQCYJwIA1icCAJonAgDAkQMA2ycCACsoAgA1KAIAgCgCAIgoAgAU2xAA3ygCACopAgA2KQIAfykCAIIpAgDUKQIA3ikCACkqAgBDKgIAfioCAJUqAgDTKgIA2CoCACgrAgBEKwIAadsQAIcrAgDSKwIAjisCAB8uCADeKwIAJywCACosAgB8LAIAhiwCANEsAgDrLAIAJi0CACwtAgB7LQIAfS0CANAtAgDeLQIAJS4CACguAgB6LgIAhi4CAM8uAgDSLgIAJC8CAEcvAgC+2xAAey8CAM4vAgDcLwIAIzACACYwAgB4MAIAhDACAM0wAgDQMAIAE9wQAC0xAgB3MQIAfTECAMwxAgDRMQIAITICACUyAgB2MgIAeTICAGjcEADMMgIAXZUNAM4yAgDYwg8A0TICACAzAgDUMgIAirsPANUyAgDGNwIA1zICAEioDwDZMgIApaAPANoyAgDsrg8A2zICACTMDwDiMgIA5mIMAOUyAgAcgA4ALDMCAHUzAgChMwIAyjMCANYzAgAfNAIALjQCAHQ0AgB+NAIAyTQCAMw0AgAeNQIAODUCAHM1AgB9NQIAyDUCAM01AgAdNgIAJzYCAHI2AgB9NgIAxzYCAM02AgAcNwIAITcCAHE3AgB1NwIAvdwQAMs3AgAbOAIA1DcCAOW1DwAlOAIAcDgCAHs4AgDFOAIAyzgCABo5AgAfOQIAbzkCAHM5AgAS3RAAyTkCACXYAgDLOQIACzwOAMw5AgAU3wwAzjkCAJEKDwDeOQIAGToCACM6AgBuOgIAeToCAMM6AgDJOgIAGDsCAB07AgBtOwIAcTsCAMI7AgDlOwIAZ90QABk8AgBsPAIAGjwCAIUZDAAcPAIARlsJACA8AgA9twsAIzwCAGNFAgAlPAIAgBsPAHk8AgDmbAIAejwCAME8AgDEPAIAFj0CACI9AgBrPQIAgz0CAMA9AgDMPQIAFT4CABs+AgBqPgIAcD4CAL8+AgDEPgIAFD8CABo/AgC83RAAcz8CAL4/AgDJPwIAE0ACABlAAgBoQAIAbUACAL1AAgDBQAIAEkECABVBAgAR3hAAcUECALxBAgDHQQIAEUICABdCAgBmQgIAa0ICALtCAgC/QgIAZt4QABFDAgBlQwIAcUMCALpDAgDGQwIAD0QCABVEAgBkRAIAakQCALlEAgC+RAIADkUCABRFAgC73hAAZUUCAD+7BQBqRQIA2soFAHJFAgDPgwIAc0UCALhFAgDERQIADUYCABNGAgBiRgIAbkYCALdGAgDERgIADEcCABtHAgBhRwIAbUcCALZHAgDCRwIAC0gCABFIAgBgSAIAZkgCALVIAgC6SAIACkkCABBJAgAQ3xAAaUkCAPqnCAB1SQIAtEkCAHhJAgC4kwkAwEkCAAlKAgARSgIA37kRABVKAgBeSgIAZEoCALNKAgC5SgIACEsCAA1LAgBdSwIAY0sCAGXfEAC6SwIAtjcSALxLAgAHTAIADUwCAFxMAgATTAIANscCAGpMAgCxTAIAykwCAAZNAgAPTQIAW00CAGVNAgCwTQIAvE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgC63xAAuk8CAANQAgANUAIAWFACAGNQAgCtUAIAslACAAJRAgAJUQIAV1ECAGNRAgCsUQIAslECAAFSAgAHUgIAVlICAFtSAgCrUgIAsVICAA/gEAARUwIAVVMCAFZTAgCqUwIAW1MCAKVYAgCvUwIA/1MCAA1UAgBUVAIAYVQCAKlUAgCzVAIA/lQCAApVAgBTVQIAWVUCAKhVAgC0VQIA/VUCABBWAgBSVgIAYVYCAKdWAgCzVgIA/FYCAP1WAgBRVwIAW1cCAKZXAgC0VwIA+1cCAABYAgBQWAIAXVgCAGTgEACxWAIA+lgCAApZAgBPWQIAW1kCAKRZAgCqWQIA+VkCAAVaAgBOWgIAW1oCAKNaAgCyWgIA+FoCAARbAgBNWwIAWVsCAKJbAgC1WwIA91sCAAZcAgBMXAIAWFwCAKFcAgCiXAIA9lwCAABdAgBLXQIAWV0CAKBdAgClXQIA9V0CAAJeAgC54BAATF4CAIPLBgBWXgIAn14CAFdeAgAOkgoAWF4CAKBTDACzXgIA9F4CAABfAgBJXwIAT18CAJ5fAgCkXwIA818CAPhfAgBIYAIATmACAA7hEACpYAIA8mACAP9gAgAT6gIABWECAEdhAgBMYQIA4HICAE9hAgB7LAMAU2ECAJxhAgCiYQIA8WECAPdhAgBGYgIAS2ICAJtiAgChYgIAY+EQAPxiAgBFYwIAS2MCAJpjAgCfYwIA72MCAPZjAgBEZAIAUmQCAJlkAgC0ZAIA7mQCAPxkAgBDZQIARmUCAJhlAgCmZQIA7WUCAPJlAgBCZgIAT2YCAJdmAgCjZgIA7GYCAPJmAgBBZwIAR2cCAJZnAgCbZwIA62cCAPFnAgC44RAARWgCAJVoAgCeaAIA6mgCAPdoAgA/aQIARmkCAJRpAgClaQIA6WkCAO5pAgA+agIATWoCAJNqAgCVagIA6GoCAPlqAgA9awIASWsCAJJrAgCYawIA52sCAO1rAgA8bAIAQWwCAJFsAgCXbAIADeIQAP1sAgA7bQIAR20CAJBtAgCcbQIA5W0CAOttAgA6bgIAQG4CAI9uAgCUbgIA5G4CAOpuAgBi4hAAP28CALGhAgBQbwIAjm8CAJdvAgDjbwIA+W8CADhwAgBEcAIAjXACAJpwAgDicAIA7HACADdxAgBDcQIAjHECAJJxAgDhcQIA53ECADZyAgA7cgIAi3ICAJFyAgC34hAA6XICADVzAgA/cwIAinMCAI9zAgDfcwIA73MCADR0AgBNdAIAiXQCAI50AgDedAIA53QCADN1AgBAdQIAiHUCAI91AgDddQIA4HUCADJ2AgA+dgIAh3YCAJp2AgDcdgIA63YCADF3AgA9dwIAhncCAId3AgDbdwIA5XcCADB4AgA+eAIAhXgCAIp4AgDaeAIA53gCAAzjEAAyeQIAhHkCAId5AgDZeQIA5nkCAG/aCwDoeQIALnoCADB6AgCDegIAhnoCANh6AgDiegIALXsCADl7AgCCewIAlXsCANd7AgDmewIALHwCADh8AgCBfAIAgnwCANZ8AgDgfAIAK30CADl9AgCAfQIAhX0CANV9AgDifQIAYeMQACt+AgB/fgIAi34CANR+AgDafgIAKX8CACt/AgB+fwIAiH8CANN/AgDhfwIAKIACAC2AAgB9gAIAioACANKAAgDegAIAJ4ECADqBAgB8gQIAi4ECANGBAgDdgQIAJoICACeCAgB7ggIAhYICANCCAgDeggIAJYMCACqDAgB6gwIAh4MCALbjEADYgwIAJIQCANuDAgC35gwAKoQCAHmEAgB8hAIAzoQCANyEAgAjhQIAKIUCAHiFAgCFhQIAzYUCANmFAgAihgIAKIYCAHeGAgB9hgIAzIYCANGGAgAhhwIAJ4cCAAvkEAB4hwIAy4cCAH2HAgCZAw4A2ocCACCIAgBAiAIAdYgCAHqIAgDKiAIA5YgCAB+JAgAriQIAdIkCAHqJAgDJiQIA2YkCAB6KAgAvigIAc4oCAHiKAgDIigIAzIoCAB2LAgApiwIAcosCAHiLAgDHiwIAzYsCAByMAgAhjAIAcYwCAHeMAgBg5BAA1YwCACcfDwDcjAIAG40CAByNAgBwjQIAgY0CAMWNAgDRjQIAGo4CADCOAgBvjgIAe44CAMSOAgDRjgIAGY8CACOPAgBujwIAeo8CAMOPAgDKjwIAGJACACSQAgBtkAIAc5ACAMKQAgDIkAIAF5ECAByRAgBskQIAcpECALXkEADDkQIAkGAPAMqRAgAWkgIAF5ICAGuSAgBskgIAwJICAMWSAgAVkwIAG5MCAGqTAgB0kwIAv5MCAMuTAgAUlAIAG5QCAGmUAgBulAIAvpQCAL+UAgATlQIAH5UCAGiVAgBulQIAvZUCAL+VAgASlgIAHJYCAGeWAgB1lgIAvJYCAMGWAgARlwIAHpcCAGaXAgBylwIAu5cCAM6XAgAQmAIAH5gCAGWYAgBxmAIAupgCALuYAgAPmQIAGZkCAGSZAgBymQIAuZkCAL6ZAgAOmgIAG5oCAArlEAB0mgIAuJoCAMSaAgANmwIAJJsCAGKbAgBkmwIAt5sCAMibAgAMnAIADpwCAGGcAgBnnAIAtpwCAM2cAgALnQIAFJ0CAGCdAgB2nQIAtZ0CAMGdAgAKngIAF54CAF+eAgBpngIAtJ4CAMCeAgAJnwIAHJ8CAF6fAgBtnwIAs58CAL+fAgAIoAIACaACAF2gAgBnoAIAsqACAMCgAgAHoQIADKECAFyhAgBpoQIAX+UQALOhAgAGogIAGqICAFuiAgBpogIAsKICAL2iAgAFowIADKMCAFqjAgBmowIAr6MCAMKjAgAEpAIACaQCAFmkAgBipAIArqQCALikAgADpQIACKUCAFilAgBopQIAraUCAMalAgACpgIAB6YCAFemAgBgpgIArKYCALmmAgABpwIACKcCAFanAgBZpwIAq6cCALenAgAAqAIAE6gCAFWoAgBkqAIAqqgCALaoAgD/qAIAAKkCAFSpAgBeqQIAqakCALepAgD+qQIAA6oCAFOqAgBgqgIAtOUQAMGqAgD9qgIACasCAFKrAgBYqwIAp6sCAK+rAgC2Og8At6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgAJ5hAApbACALXnDQCssAIAxYAPAK6wAgBa8QkAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIAXuYQAPC5AgBDugIA+rkCAA3pCQBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIAIyASAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCALPmEAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIACOcQAEe/AgD3+A8AS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAHSsNAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgBd5xAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CALLnEAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIAXOgQADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIABukQADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIAW+kQAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIAsOkQACnhAgBx4QIAO+ECANF/BAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAWJgPAHbiAgDF4gIAfuICAGY3DQB/4gIAb90IAIDiAgC67QIAgeICAI+6CwDR4gIAGuMCABzjAgDjDw0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIABeoQAMjlAgBa6hAAI+YCAK/qEABv5gIAWesQAMTmAgCu6xAAxuYCADHKBAAZ5wIABEUMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCAENaDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgAD7BAAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIAWOwQAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAI1nCwAR7wIAY+8CACTvAgCPZQsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIArewQAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgAC7RAACvUCAF31AgBr9QIAsvUCAMP1AgBX7RAADvYCAKztEABk9gIAsfYCAGb2AgCaswcAo/YCAC1rEgC/9gIABvcCAMD2AgBW/AIAwfYCAOkMCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCAKvuEAAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAAO8QAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAFXvEAADAgMAqu8QAAcCAwBJAgoAFwIDAOyrEgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwD/7xAA+gQDAE0FAwD9BAMAhiAEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAXkgEAP8GAwBLBwMATgcDAKAHAwCsBwMAVPAQAPoHAwBKCAMAAQgDAJa0CgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDAKnwEABNCgMAnQoDAKUKAwBJrAoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMA/vAQAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwBT8RAAohEDAOsRAwCkEQMAPLkKAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwCo8RAARxgDAI8YAwBQGAMAih0DAHIYAwCNvQoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwD98RAAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDAFLyEADlIwMARq8KAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDAKfyEACOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwD88hAA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDAFHzEAAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMApvMQAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADAPvzEADOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMAUPQQACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMApfQQACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMA+vQQAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMAT/UQABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMApPUQABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMA+fUQABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMATvYQAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDAKP2EACmWwMAi7wNAK9bAwD2WwMABVwDAEtcAwBXXAMAoFwDAKhcAwD49hAA+lwDAEpdAwBTXQMAn10DAKxdAwD0XQMA+10DAEleAwBMXgMAnl4DAKZeAwDzXgMA+F4DAEhfAwBRXwMAnV8DAKdfAwDyXwMA+l8DAEdgAwBMYAMAnGADAKxgAwDxYAMA+WADAEZhAwBMYQMAm2EDAJ1hAwDwYQMA/WEDAEViAwBcYgMAmmIDAKZiAwBN9xAA+2IDAERjAwBbYwMAmWMDAKVjAwDuYwMA9GMDAENkAwBLZAMAmGQDAJ9kAwDtZAMA+2QDAEJlAwBdZQMAl2UDAKVlAwDsZQMA82UDAEFmAwBNZgMAlmYDAJ5mAwCi9xAA/2YDAEBnAwBIZwMAlWcDAMZnAwDqZwMA9mcDAD9oAwBFaAMAlGgDAJloAwD39xAA9WgDAD5pAwBFaQMAk2kDAJtpAwDoaQMA6mkDAD1qAwBHagMAkmoDAJpqAwBM+BAA9WoDANl4AwD2agMAPGsDAD5rAwCRawMAomsDAOZrAwD3awMAO2wDAEdsAwCQbAMAl2wDAOVsAwDtbAMAOm0DAGdtAwCPbQMAlG0DAORtAwDlbQMAOW4DAENuAwCObgMAnG4DAONuAwDobgMAOG8DAEVvAwCNbwMAqW8DAOJvAwD+bwMAofgQAERwAwCMcAMAkHADAOFwAwDncAMANnEDADhxAwCLcQMAjHEDAOBxAwADcgMANXIDAFlyAwCKcgMAt3IDAN9yAwDncgMANHMDADlzAwCJcwMAlnMDAN5zAwDmcwMAM3QDADV0AwCIdAMAkHQDAN10AwAKdQMAMnUDAD91AwCHdQMAjHUDANx1AwDpdQMAMXYDAD12AwCGdgMAs3YDANt2AwDjdgMAMHcDAEt3AwCFdwMAh3cDANp3AwDrdwMAL3gDADh4AwCEeAMAkHgDAPb4EADmeAMALnkDADV5AwCDeQMAj3kDANh5AwDreQMALXoDADV6AwCCegMAh3oDANd6AwDgegMALHsDADZ7AwCBewMAiXsDANZ7AwDbewMAK3wDADt8AwCAfAMAiHwDANV8AwDufAMAKn0DAC99AwB/fQMAiH0DANR9AwDhfQMAKX4DADB+AwB+fgMAgX4DAEv5EADYfgMAKH8DAOB+AwBuhQwAMX8DAH1/AwCFfwMA0n8DAN1/AwAngAMAKYADAHyAAwCXgAMA0YADAN2AAwAmgQMALoEDAKD5EACIgQMA0IEDANiBAwAlggMAMYIDAHqCAwCAggMAz4IDANWCAwAkgwMAKYMDAHmDAwB/gwMA9fkQANuDAwAjhAMAK4QDAHiEAwCMhAMAzYQDANKEAwAihQMAK4UDAHeFAwB9hQMAzIUDANSFAwAhhgMAJIYDAHaGAwCThgMAy4YDANyGAwAghwMAKIcDAHWHAwB4hwMAyocDAN6HAwAfiAMALIgDAHSIAwB+iAMAyYgDAMuIAwAeiQMAMYkDAJ/6EAB4iQMAyIkDANmJAwAdigMAJooDAHKKAwCIigMAx4oDANSKAwAciwMAJIsDAHGLAwCQiwMA9PoQANKLAwAbjAMAI4wDAEn7EABzjAMAxYwDAM2MAwAajQMAJ40DAG+NAwB0jQMAxI0DAMyNAwAZjgMAGo4DAG6OAwBwjgMAw44DAMmOAwAYjwMAGo8DAG2PAwCDjwMAwo8DAM6PAwAXkAMAIZADAGyQAwB4kAMAwZADAMeQAwAWkQMAHpEDAGuRAwCdkQMAnvsQAMmRAwAVkgMAH5IDAGqSAwBykgMAv5IDAMCSAwAUkwMAGpMDAGmTAwB1kwMAvpMDAL+TAwATlAMAFZQDAGiUAwBulAMAvZQDAMmUAwASlQMAGZUDAGeVAwBvlQMAvJUDAL+VAwARlgMAG5YDAGaWAwBolgMAu5YDAMWWAwAQlwMAHJcDAGWXAwB7lwMAupcDAMaXAwAPmAMAHJgDAGSYAwBumAMAuZgDAMGYAwAOmQMAIJkDAPP7EABlmQMAuJkDAMKZAwANmgMAD5oDAGKaAwB7mgMAt5oDALmaAwAMmwMAD5sDAGGbAwBtmwMAtpsDAL6bAwBI/BAAH5wDAGCcAwBjnAMAtZwDAL+cAwAKnQMAFp0DAF+dAwB1nQMAtJ0DALydAwAJngMAF54DAF6eAwBhngMAs54DALueAwAInwMAC58DAF2fAwAWnwMAVqYDAGefAwCynwMAaJ8DAK+iAwC0nwMAB6ADAA2gAwBcoAMAZqADALGgAwC/oAMABqEDABOhAwBboQMAcqEDALChAwC4oQMABaIDAA6iAwBaogMAW6IDAJ38EAC4ogMABKMDAA6jAwBZowMAY6MDAK6jAwC8owMAA6QDABCkAwBYpAMAb6QDAK2kAwC1pAMAAqUDAAmlAwBXpQMAXKUDAKylAwCwpQMAAaYDAA6mAwDy/BAAY6YDAKumAwCzpgMAAKcDAAanAwBVpwMAYacDAKqnAwC5pwMA/6cDAASoAwBUqAMAb6gDAKmoAwC1qAMA/qgDAASpAwBTqQMAZ6kDAKipAwCwqQMA/akDABOqAwBSqgMAV6oDAKeqAwCuqgMA/KoDAAirAwBH/RAAWKsDAKarAwC0qwMA+6sDAAisAwBQrAMAZ6wDAKWsAwCtrAMA+qwDAACtAwBPrQMAW60DAKStAwCrrQMA+a0DAAeuAwBOrgMAUa4DAKOuAwCrrgMA+K4DAAavAwBNrwMAUK8DAKKvAwCqrwMA968DAAiwAwBMsAMAUbADAKGwAwCjsAMA9rADAP2wAwBLsQMAWbEDAKCxAwCtsQMA9bEDAAyyAwBKsgMAUrIDAJ+yAwCpsgMA9LIDAP+yAwBJswMAVbMDAJ6zAwCmswMAnP0QAPWzAwBItAMAUrQDAJ20AwCftAMA8rQDAPW0AwBHtQMAU7UDAJy1AwCmtQMA8bUDAPm1AwBGtgMAVLYDAJu2AwCotgMA8LYDAPi2AwBFtwMAW7cDAJq3AwCmtwMA77cDAAW4AwBEuAMASbgDAJm4AwCfuAMA7rgDAAK5AwDx/RAARrkDAJi5AwCguQMA7bkDAPu5AwBCugMAA7oDANodCABPugMAl7oDAJ+6AwDsugMA9roDAEG7AwBMuwMAlrsDAKK7AwDruwMA87sDAEb+EABGvAMAlbwDAJq8AwDqvAMA+bwDAD+9AwBLvQMAlL0DAJe9AwDpvQMA7L0DAD6+AwBGvgMAk74DAJi+AwDovgMA+L4DAD2/AwBFvwMAkr8DAJW/AwDnvwMA8b8DADzAAwA+wAMAkcADAJfAAwDmwAMA8MADADvBAwBJwQMAkMEDAJ3BAwDlwQMA/MEDADrCAwBCwgMAj8IDAJjCAwDkwgMA5cIDAJv+EABFwwMAjsMDAJHDAwCr9QkAncMDAOPDAwChwwMAZuUJAO3DAwA4xAMAQMQDAMI5BABExAMAHX4PAEbEAwCNxAMAVMQDACbRCACSxAMA4sQDAJrEAwCznAUA78QDADfFAwA6xQMA2nAKAD3FAwDmugkAP8UDAIzFAwBBxQMAMXUEAEPFAwBtNwYAj8UDAF9DCACSxQMA7bYGAJbFAwDhxQMAmsUDAApBCgCcxQMAMRwIAObFAwA2xgMA7cUDAEK5BADvxQMA3xYKAD7GAwCLxgMAjsYDAODGAwDsxgMANccDADvHAwCKxwMApccDAN/HAwDrxwMANMgDADrIAwCJyAMAkcgDAN7IAwDgyAMAM8kDAOPIAwDdyQMAPckDAIjJAwCQyQMA8P4QAOrJAwAyygMAOsoDAIfKAwCKygMA3MoDAOHKAwAxywMAQMsDAIbLAwCmywMA28sDAOfLAwAwzAMAOswDAIXMAwCNzAMA2swDAOzMAwCa/xAAOc0DAITNAwCSzQMA2c0DAObNAwAuzgMARc4DAIPOAwCLzgMA2M4DAOfOAwAtzwMAMs8DAILPAwCPzwMA188DAOTPAwAs0AMAONADAIHQAwCQ0AMA1tADAODQAwAr0QMAOdEDAIDRAwCF0QMA1dEDAOLRAwAq0gMALdIDAH/SAwCH0gMA1NIDANnSAwAp0wMANtMDAH7TAwCG0wMA09MDANzTAwAo1AMANdQDAH3UAwCL1AMA0tQDAOXUAwAn1QMAL9UDAHzVAwCD1QMA0dUDANbVAwAm1gMAPNYDAHvWAwB91gMA0NYDAN7WAwAl1wMAMtcDAHrXAwCC1wMAz9cDANLXAwAk2AMAKdgDAHnYAwCI2AMAztgDAO7YAwAj2QMAL9kDAHjZAwCC2QMAzdkDANXZAwAi2gMANNoDAO//EACI2gMAzNoDANPaAwAh2wMAKdsDAHbbAwCD2wMAy9sDANDbAwAg3AMAKtwDAHXcAwB93AMAytwDAMzcAwB0gQoAz9wDAGQ+CADU3AMAT6YKANncAwAf3QMA2twDAMMzCQAk3QMAdN0DAIHdAwDJ3QMA1t0DAB7eAwAq3gMAc94DAILeAwDI3gMA0t4DAB3fAwAl3wMAct8DAHzfAwDH3wMAzN8DABzgAwAk4AMARAARAH3gAwDG4AMAzOADABvhAwA24QMAcOEDAHzhAwDF4QMAy+EDABriAwA24gMAb+IDAHfiAwCZABEAzOIDABnjAwAj4wMAbuMDAHnjAwDD4wMAz+MDABjkAwAg5AMA7gARAHnkAwDC5AMAyOQDABflAwAy5QMAbOUDAHjlAwDB5QMAx+UDABbmAwAe5gMAa+YDAHHmAwDA5gMAyeYDABXnAwAi5wMAaucDAHfnAwC/5wMAzecDABToAwAh6AMAaegDAIDoAwC+6AMAxugDABPpAwAY6QMAaOkDACTpAwBm6wMAdekDAL3pAwDF6QMAEuoDAB3qAwBn6gMAbOoDALzqAwC/6gMAEesDABvrAwBDAREAa+sDALvrAwDK6wMAEOwDABLsAwBl7AMAduwDALrsAwDL7AMAD+0DACPtAwCYAREAde0DALntAwC87QMADu4DAMHtAwAS5gcAxu0DAH9xDwAY7gMAY+4DAGXuAwC47gMAwu4DAA3vAwAZ7wMAYu8DAIzvAwC37wMAwu8DAAzvBADd7wMADPADAD/wAwBh8AMAh/ADALbwAwDc8AMAC/EDAD/xAwBg8QMAi/EDALXxAwC98QMACvIDADTyAwBf8gMAlPIDALTyAwDf8gMACfMDABHzAwBe8wMAbfMDALPzAwC48wMACPQDABH0AwBd9AMAFfQDAAD8AwBu9AMAsvQDALn0AwAH9QMAD/UDAFz1AwBp9QMAsfUDALb1AwAG9gMAEPYDAFv2AwBj9gMAsPYDALr2AwCkAgQAv/YDAAX3AwAK9wMAWvcDAGf3AwCv9wMAvPcDAAT4AwAQ+AMAWfgDAGj4AwCu+AMAuPgDAAP5AwAL+QMAWPkDAGL5AwCt+QMAsvkDAAL6AwAK+gMA7QERAGP6AwCs+gMAsvoDAAH7AwAc+wMAVvsDAGL7AwCr+wMAsfsDAEICEQAN/AMAVfwDAGH8AwCq/AMAufwDAP/8AwAJ/QMAVP0DAGL9AwCp/QMArv0DAP79AwAL/gMAU/4DAFv+AwCo/gMAsv4DAP3+AwAC/wMAUv8DAFr/AwCn/wMAqv8DAPz/AwAIAAQAUQAEAFcABACmAAQAwQAEAPsABAAHAQQAUAEEAFYBBAClAQQArQEEAPoBBAD8AQQATwIEAFkCBACXAhEAqgIEAPkCBAD7AgQATgMEAFsDBACjAwQApgMEAPgDBAAJBAQATQQEAE8EBACiBAQArAQEAPcEBAADBQQATAUEAFQFBADsAhEApgUEAPYFBAD5BQQASwYEAFUGBACgBgQAqAYEAPUGBAACBwQASgcEAEwHBACfBwQAtQcEAPQHBAAACAQAQQMRAGUIBACeCAQAuggEAJYDEQD4CAQASAkEAFUJBACdCQQAqgkEAPIJBAD+CQQARwoEAFYKBACcCgQApgoEAPEKBAD/CgQARgsEAEsLBACbCwQAqAsEAPALBAAJDAQARQwEAEcMBACaDAQAoQwEAOsDEQAMDQQARA0EAFUNBACZDQQApQ0EAO4NBAABDgQAQw4EAFIOBACYDgQApA4EAO0OBADuDgQAQg8EAEwPBACXDwQApQ8EAOwPBADxDwQAQRAEAE4QBABABBEAmxAEAOsQBAD4EAQAQBEEAE0RBACVEQQAoREEAOoRBAD5EQQAPxIEAEkSBACUEgQAohIEAOkSBADuEgQAPhMEAEsTBACTEwQAmxMEAD8FEQDtEwQAPRQEAEUUBACUBREAlBQEAOcUBAD1FAQAPBUEAE0VBADpBREAmBUEAD4GEQDrFQQAOxYEAEMWBACQFgQAnxYEAOUWBADqFgQAOhcEAEcXBACPFwQAnBcEAOQXBADwFwQAORgEAEgYBACOGAQAmBgEAOgGEQDlGAQAtJIOAOkYBABvhAwA9hgEADgZBABHGQQAjRkEAJkZBADiGQQA4xkEADcaBABBGgQAjBoEAJoaBADhGgQA5hoEADYbBABDGwQAPQcRAI8bBADgGwQA6xsEADUcBABDHAQAihwEAJscBADfHAQA6xwEADQdBAA8HQQAkgcRAI4dBADeHQQA6x0EADMeBABAHgQAiB4EAJQeBADdHgQA7B4EADIfBAA8HwQAhx8EAJUfBADcHwQA6R8EADEgBABIIAQA5wcRAJMgBADbIAQA6CAEADAhBAA8IQQAhSEEAJQhBADaIQQA5CEEAC8iBAA9IgQAhCIEAEsiBADFhgkAiSIEANkiBADmIgQALiMEADYjBAA8CBEAjyMEANgjBADoIwQALSQEADYkBACCJAQAhSQEANckBADjJAQALCUEADMlBACRCBEAjiUEANYlBADlJQQAKyYEACwmBACAJgQAlyYEANUmBADvJgQAKicEADYnBAB/JwQAkicEANQnBADjJwQAKSgEADUoBAB+KAQAfygEANMoBADdKAQAKCkEADYpBAB9KQQAgikEANIpBADfKQQA5ggRAEEqBAB8KgQAiyoEANEqBADTKgQAJisEANYqBAB1MQQAMysEAHsrBACIKwQA0CsEANUrBAAlLAQALywEAHosBACJLAQAzywEANQsBAAkLQQAMS0EAHktBACGLQQAzi0EANotBAAjLgQAMi4EAHguBACCLgQAzS4EANouBAAiLwQAJy8EAHcvBAB7LwQAzC8EANgvBAAhMAQAJzAEAHYwBAB8MAQAyzAEANAwBAAgMQQAJjEEADsJEQCCMQQAyjEEANcxBAAfMgQAKzIEAHQyBACDMgQAyTIEANMyBAAeMwQALDMEAHMzBAB4MwQAyDMEANUzBAAdNAQAJDQEAHI0BAB3NAQAxzQEANM0BAAcNQQAHzUEAHE1BAB+NQQAxjUEAMs1BAAbNgQAJTYEAHA2BAB8NgQAxTYEANg2BAAaNwQAKDcEAG83BAByNwQAxDcEAM43BAAZOAQAJTgEAG44BAB0OAQAwzgEAMk4BAAYOQQAHTkEAG05BABzOQQAkAkRAMw5BADE3wYAzjkEACclCQDROQQAFzoEABk6BABsOgQAfToEAME6BADSOgQAFjsEAB47BABrOwQAezsEAMA7BADCOwQAFTwEACM8BABqPAQAezwEAOUJEQDGPAQAOgoRABU9BABpPQQAbj0EAL49BABvPQQAPWkEAMQ9BAATPgQAHT4EAGg+BAB0PgQAvT4EAMM+BAASPwQAGD8EAGc/BABsPwQAvD8EAMI/BACPChEAH0AEAGZABAB/QAQAu0AEALxABAAQQQQALUEEAGVBBABtQQQAmGMEAH9BBAC6QQQAvUEEAA9CBAAUQgQAjgsRAH1CBAC5QgQAv0IEAA5DBADPQgQAqP0EABBDBABjQwQAaUMEALhDBADMQwQADUQEABVEBABiRAQAb0QEALdEBAC8RAQADEUEABZFBABhRQQAaUUEALZFBADHRQQAC0YEABBGBABgRgQAYkYEALVGBAC8RgQACkcEABZHBABfRwQAZkcEALRHBADQRwQACUgEABFIBADjCxEAX0gEALNIBAC/SAQACEkEABVJBABdSQQAZUkEALJJBAC1SQQAB0oEABJKBABcSgQAXkoEALFKBAC3SgQABksEABJLBABbSwQAYksEALBLBAC4SwQABUwEAApMBABaTAQAc0wEAK9MBADbTAQABE0EABBNBABZTQQAaE0EAK5NBAC4TQQAA04EAAtOBABYTgQAaE4EAK1OBAC7TgQAAk8EABNPBABXTwQAY08EADgMEQCxTwQAAVAEAAlQBABWUAQAV1AEAKtQBABsUAQA6GELAMhQBAAAUQQACFEEAFVRBABZUQQAqlEEALBRBAD/UQQAAVIEAFRSBABVUgQAqVIEAKpSBAD+UgQAClMEAFNTBABZUwQAqFMEALBTBAD9UwQA/1MEAFJUBABtVAQAp1QEAKlUBAD8VAQAClUEAFFVBABiVQQAplUEAKhVBAD7VQQAFFYEAFBWBABhVgQApVYEALFWBACNDBEACFcEAE9XBAAWVwQAsPIHAGVXBACkVwQApVcEAPlXBAAKWAQATlgEAFpYBACjWAQAuVgEAPhYBAAEWQQATVkEAFpZBACiWQQArFkEAPdZBAD5WQQATFoEAFZaBAChWgQAr1oEAPZaBAD7WgQAS1sEAFhbBACgWwQAvFsEAPVbBAD9WwQA4gwRAFhcBACfXAQAuFwEAPRcBAD1XAQASV0EAGZdBACeXQQApl0EAPNdBAAEXgQASF4EAFZeBACdXgQAtl4EAPJeBAD4XgQAR18EAElfBACcXwQAol8EAPFfBAAFYAQARmAEAE5gBACbYAQAqGAEAPBgBAD1YAQARWEEAE9hBACaYQQAomEEAO9hBAD/YQQARGIEAEliBACZYgQAomIEAO5iBAD7YgQAQ2MEAEpjBAA3DREAqWMEAO1jBAD7YwQAQmQEAFtkBACXZAQAnWQEAOxkBADuZAQAQWUEAEdlBACWZQQAqmUEAOtlBADzZQQAQGYEAE1mBACVZgQAmmYEAOpmBAD0ZgQAP2cEAEdnBACUZwQApGcEAOlnBADuZwQAPmgEAEdoBACTaAQAoGgEAOhoBADvaAQAjA0RAEJpBACSaQQAk2kEAOdpBADzaQQAPGoEAEJqBACRagQAomoEAOZqBAD6agQAO2sEAEprBACQawQAlWsEAOVrBADyawQAOmwEAEpsBACPbAQAnWwEAORsBAD7bAQAOW0EAEJtBACObQQAlG0EAONtBADvbQQAOG4EAD9uBACNbgQAqW4EAOJuBADqbgQA4Q0RAD1vBACMbwQAkm8EAOFvBADmbwQANnAEADxwBAA2DhEAkHAEAOBwBADicAQANXEEADxxBACKcQQAmHEEAN9xBADscQQANHIEAEtyBACJcgQAkXIEAN5yBADfcgQAM3MEADZzBACIcwQAnHMEAN1zBADscwQAMnQEADd0BACHdAQAiHQEANx0BADzdAQA4A4RAD91BACGdQQAnHUEANt1BADndQQAMHYEADV2BACFdgQAjnYEANp2BADkdgQAL3cEADt3BAD7UwYAS3cEAIR3BACMdwQANQ8RAN53BAAueAQAO3gEAIN4BACQeAQA2HgEAOR4BAAteQQAPHkEAIJ5BACMeQQA13kEAOV5BAAsegQAMXoEAIF6BACOegQA1noEAN56BACKDxEAOXsEAIB7BACWewQA1XsEAOF7BAAqfAQAL3wEAH98BACIfAQA1HwEAN58BAApfQQAMX0EAH59BACKfQQA030EAOZ9BAAofgQAKX4EAH1+BACLfgQA0n4EANh+BAAnfwQAM38EAHx/BACDfwQA3w8RANt/BAAmgAQALoAEAHuABACBgAQASa0JAIqABADQgAQA1YAEAA/sBADWgAQAJYEEADGBBAB6gQQAfIEEAM+BBADZgQQAJIIEADCCBAB5ggQAgYIEADQQEQDWggQAI4MEADKDBAB4gwQAfYMEAM2DBADagwQAIoQEAC+EBAB3hAQAg4QEAMyEBADbhAQAIYUEACuFBAB2hQQAhIUEAMuFBADQhQQAIIYEAC2GBAB1hgQAfYYEAMqGBADUhgQAH4cEACSHBAB0hwQAfIcEAMmHBADUhwQAHogEACOIBABziAQAdogEAMiIBADSiAQAHYkEACWJBACJEBEAd4kEAMeJBADWiQQAHIoEAB6KBABxigQAgooEAMaKBADRigQAG4sEACCLBABwiwQAc4sEAMWLBADPiwQAGowEACKMBABvjAQAcYwEAMSMBADRjAQAGY0EACCNBABujQQAdo0EAMONBADEjQQAGI4EAB2OBABtjgQAc44EAMKOBADMjgQAF48EAB+PBADeEBEAoo8EAMGPBAD2jwQAFpAEADCQBABrkAQAkZAEAMCQBADakAQAFZEEADuRBABqkQQAhJEEAL+RBADokQQAFJIEABySBABpkgQAa5IEAL6SBADLkgQAE5MEABqTBABokwQAcJMEAL2TBAC+kwQAEpQEABeUBABnlAQAbZQEALyUBADGlAQAEZUEABmVBAAzEREAgpUEAIgREQDDlQQAEJYEABKWBABllgQAcpYEALqWBADBlgQAD5cEABeXBABklwQAZZcEALmXBAC+lwQADpgEABSYBABjmAQAbZgEALiYBADAmAQA3RERABKZBABimQQAZJkEALeZBAC+mQQADJoEABqaBABhmgQAbpoEALaaBADNmgQAC5sEABObBABgmwQAapsEALWbBAB2mwQAV/kEAMCbBAAKnAQAFpwEAF+cBABnnAQAMhIRALWcBAAJnQQAvpwEADNyBQDKnAQA8V4FAA6dBABenQQAYZ0EALOdBAC9nQQACJ4EAB+eBABdngQAY54EALKeBAC+ngQAB58EAAqfBABcnwQAeZ8EALGfBADCnwQABqAEACWgBABboAQAY6AEALCgBACyoAQABaEEABShBABaoQQAZKEEAK+hBAC9oQQABKIEAB+iBABZogQAZaIEAK6iBAC2ogQAhxIRAA+jBABYowQAZ6MEAK2jBACyowQAAqQEAAikBABXpAQAXqQEAKykBAC0pAQAAaUEAAOlBABWpQQAXaUEAKulBACtpQQAAKYEAAGmBABVpgQAX6YEAKqmBAC2pgQA/6YEAAWnBABUpwQAbqcEAKmnBACxpwQA/qcEABSoBABTqAQAYagEAKioBACrqAQA/agEAACpBABSqQQAYKkEAKepBAC0qQQA/KkEABOqBABRqgQAWaoEAKaqBACoqgQA+6oEAAOrBABQqwQAZ6sEAKWrBACxqwQA+qsEABCsBABPrAQAV6wEAKSsBACyrAQA+awEAAOtBABOrQQAVq0EAKOtBACqrQQA+K0EAASuBABNrgQATq4EAKKuBACurgQA964EAASvBABMrwQAU68EAKGvBACkrwQA9q8EAP6vBABLsAQAULAEAKCwBACtsAQA9bAEACWxBABKsQQAUrEEANwSEQCnsQQA+EsRALuxBAD0sQQA/LEEADETEQBXsgQAnrIEAKCyBADzsgQABLMEAEizBABQswQAnbMEAKmzBADyswQA+LMEAEe0BABNtAQAnLQEAKG0BADxtAQA97QEAIYTEQBLtQQAm7UEAFK1BAClog0Ao7UEAPC1BAD1tQQA618KAPa1BACIbAsA/LUEAC4cCwD/tQQARbYEAAG2BADgaQsASrYEAJq2BABLtgQA91QJAKe2BADvtgQA/LYEAES3BABQtwQAmbcEAKi3BADutwQA+LcEANoUEQBNuAQAmLgEAJ24BADtuAQA9bgEAC8VEQBIuQQAl7kEAK25BADsuQQA+rkEAEG6BABOugQAlroEAJi6BADrugQA9boEAEC7BABMuwQAlbsEAJy7BADquwQA8rsEAD+8BABGvAQAlLwEAJ28BADpvAQA9bwEAD69BABGvQQA2RURAJi9BADovQQA8L0EAD2+BABMvgQAkr4EAJe+BADnvgQA9L4EADy/BABJvwQAkb8EAJ2/BADmvwQA9b8EADvABABFwAQAkMAEAJ7ABADlwAQA6sAEADrBBABHwQQAj8EEAJfBBADkwQQA7sEEADnCBABHwgQAjsIEAKTCBADjwgQA78IEADjDBAA9wwQAjcMEAJbDBADiwwQA7MMEAC4WEQBBxAQAjMQEAJjEBADhxAQA6cQEAIMWEQA7xQQAi8UEAJjFBADgxQQA7cUEADXGBABBxgQAisYEAJnGBADfxgQA6cYEADTHBABMxwQAiccEAJPHBADexwQA7McEADPIBABJyAQAiMgEAJTIBADdyAQA4sgEADLJBAA7yQQAh8kEAJHJBADcyQQA5MkEANgWEQA+ygQAhsoEAEfKBACLZBAAk8oEANvKBADnygQAMMsEAD/LBACFywQAj8sEANrLBADoywQAL8wEADzMBACEzAQAm8wEANnMBADhzAQALs0EADjNBACDzQQAiM0EANjNBADgzQQALRcRADnOBACCzgQAiM4EANfOBADyzgQALM8EADjPBACBzwQAh88EAIIXEQDezwQA1xcRADDQBACA0AQAjdAEANXQBADi0AQAKtEEADbRBAB/0QQAjtEEANTRBADe0QQAKdIEADfSBAB+0gQAg9IEANPSBADg0gQAKNMEADDTBAAsGBEAidMEANLTBADi0wQAJ9QEADDUBAB81AQAf9QEANHUBADd1AQAJtUEAC3VBACBGBEAidUEANDVBADm1QQAJdYEADHWBAB61gQAgdYEAM/WBADX1gQAJNcEACnXBAB51wQAgtcEAM7XBADY1wQA1hgRACjYBAB42AQAL9gEAMncBACA2AQAzdgEANPYBAAi2QQAJ9kEAHfZBACA2QQAzNkEANbZBAAh2gQALdoEAHbaBAB+2gQAKxkRANDaBAAg2wQAKNsEAHXbBACA2wQAytsEAM/bBAAf3AQAItwEAHTcBAB+3AQAgBkRANPcBAAe3QQAIt0EAHPdBAB43QQAyN0EAM7dBAAd3gQAPd4EAHLeBAB63gQAx94EANXeBAAc3wQAH98EAHHfBAB53wQAxt8EAM/fBAAb4AQAKOAEAHDgBAB24AQAxeAEANHgBAAa4QQAHOEEAG/hBAB+4QQAxOEEAM/hBAAZ4gQAG+IEAG7iBACH4gQAw+IEANTiBAAY4wQAJOMEANUZEQB14wQAwuMEAOLjBAAX5AQAJeQEAGzkBAB55AQAweQEAMjkBAAW5QQAMuUEAGvlBABz5QQAKhoRAMXlBAAV5gQAIuYEAGrmBAB35gQAv+YEAMvmBAAU5wQAI+cEAGnnBABz5wQAvucEANPnBAAT6AQAG+gEAGjoBAB36AQAvegEAL/oBAAS6QQAG+kEAGfpBABq6QQAvOkEAMjpBAAR6gQALeoEAGbqBABu6gQAfxoRAMDqBAAQ6wQAJusEAGXrBABx6wQAuusEAN3rBADUGhEAHOwEAGTsBABx7AQAuewEAMXsBAAO7QQAHe0EAGPtBABt7QQAuO0EAMDtBAAN7gQAF+4EAGLuBABn7gQAt+4EAL/uBAApGxEAIO8EAGHvBACH7wQAtu8EANzvBAAL8AQAMfAEAGDwBACL8AQAtfAEAL3wBAAK8QQANPEEAF/xBACV8QQAtPEEANrxBAAJ8gQAL/IEAF7yBACU8gQAs/IEAN7yBAAI8wQAEPMEAF3zBABi8wQAA00FAGzzBACy8wQAt/MEAAf0BAAU9AQAXPQEAGn0BACx9AQAvfQEAAb1BAAV9QQAW/UEAGX1BACw9QQAvvUEAAX2BAAK9gQAWvYEAGf2BACv9gQAt/YEAAT3BAAK9wQAWfcEAA73BABbSgUAZfcEAK73BAC+9wQAA/gEAAz4BABY+AQAW/gEAK34BAC5+AQAAvkEAAn5BAB+GxEAa/kEAKz5BACv+QQAAfoEAB76BABW+gQAZ/oEAKv6BACy+gQAAPsEABn7BABV+wQAXfsEAKr7BADA+wQA//sEAAT8BABU/AQAW/wEAKn8BACy/AQA/vwEAA/9BABT/QQAX/0EANMbEQCq/QQA+gAFALz9BAD9/QQAAP4EAFL+BABv/gQAp/4EALj+BAD8/gQAC/8EAFH/BABi/wQApv8EALT/BAD7/wQABwAFAFAABQBdAAUApQAFAK8ABQAoHBEAAAEFAE8BBQBdAQUApAEFAKYBBQD5AQUAAAIFAE4CBQBnAgUAfRwRAKwCBQD4AgUABQMFAE0DBQBbAwUAogMFALEDBQD3AwUA+QMFAEwEBQBWBAUAoQQFAK8EBQD2BAUA+wQFAEsFBQBYBQUAoAUFAKMFBQD1BQUAAQYFAEoGBQBdBgUAnwYFAK4GBQD0BgUAAAcFAEkHBQBKBwUAngcFAKgHBQDzBwUAAQgFAEgIBQBNCAUAnQgFAKoIBQDSHBEA9wgFAEcJBQBdCQUAnAkFALIJBQDxCQUA+gkFAEYKBQBTCgUAmwoFAKkKBQDwCgUA/woFAEULBQBHCwUAmgsFAKQLBQDvCwUA/QsFAEQMBQBJDAUAmQwFAKYMBQDuDAUA8QwFAEMNBQBLDQUAmA0FAKkNBQDtDQUA+w0FAEIOBQBPDgUAlw4FALcOBQDsDgUA9A4FAEEPBQBRDwUAlg8FAJgPBQDrDwUA+Q8FAEAQBQBREAUA0R0RAJsQBQDqEAUA9hAFACYeEQBGEQUAlBEFAEwRBQD6/gYAmxEFAOkRBQDvEQUAPhIFAEoSBQCTEgUAlhIFAOgSBQDrEgUAPRMFAGUTBQCSEwUAtRMFAOcTBQDyEwUAPBQFAEEUBQCRFAUAlBQFAOYUBQDwFAUAOxUFAGMVBQB7HhEAlRUFAOUVBQDyFQUAOhYFAEcWBQCPFgUAmxYFAOQWBQDzFgUAORcFAEMXBQCOFwUAlhcFAOMXBQDtFwUAOBgFAD0YBQCNGAUAlRgFANAeEQDvGAUANxkFAEsZBQCMGQUAlBkFAOEZBQDmGQUANhoFAEYaBQCLGgUAkxoFAOAaBQDqGgUANRsFAEAbBQCKGwUAlhsFAN8bBQDnGwUAJR8RADUcBQCJHAUAlRwFAN4cBQDtHAUAMx0FAEEdBQCIHQUAmB0FAN0dBQDrHQUAMh4FAD4eBQCHHgUAjh4FANweBQDkHgUAMR8FAEcfBQCGHwUAmh8FANsfBQDeHwUAMCAFAE0gBQCFIAUAliAFANogBQDiIAUALyEFADohBQCEIQUAiSEFANkhBQDcIQUALiIFADgiBQCDIgUAhiIFAHofEQDaIgUALCEIAN0iBQAtIwUAMCMFAIIjBQCMIwUA1yMFAN8jBQAsJAUASyQFAM8fEQCVJAUA1iQFAPwkBQArJQUAUSUFAIAlBQCmJQUA1SUFAA0mBQAqJgUAYCYFAH8mBQClJgUA1CYFAPomBQApJwUAXycFAH4nBQCiJwUA0ycFAO8nBQAoKAUAMCgFACQgEQCCKAUA0igFAN8oBQAnKQUANCkFAHwpBQCIKQUA0SkFAOApBQAmKgUAMCoFAHsqBQCJKgUA0CoFANUqBQAlKwUAMisFAHorBQCCKwUAeSARANsrBQAkLAUANCwFAHksBQCCLAUAziwFANEsBQAjLQUALy0FAHgtBQB/LQUAziARANstBQAiLgUAOC4FAHcuBQCDLgUAzC4FANMuBQAhLwUAKS8FAHYvBQB7LwUAyy8FANQvBQAgMAUAKjAFACMhEQB2MAUAyjAFANYwBQAfMQUAJTEFAHQxBQB2MQUAyTEFANMxBQAeMgUALDIFAHMyBQB4MgUAyDIFANUyBQAdMwUAJTMFAHIzBQB8MwUAxzMFANUzBQAcNAUAMjQFAHE0BQB9NAUAxjQFAM00BQAbNQUAIzUFAHA1BQB1NQUAxTUFAM41BQAaNgUAJDYFAHghEQByNgUAxDYFAOE2BQAZNwUAKjcFAG43BQB8NwUAwzcFANs3BQAYOAUAGzgFAG04BQCKOAUAwjgFANM4BQAXOQUALzkFAGw5BQB4OQUAwTkFANQ5BQAWOgUAJToFAGs6BQB3OgUAwDoFAME6BQAVOwUAHzsFAGo7BQB4OwUAvzsFAMQ7BQAUPAUAITwFAM0hEQBuPAUAvjwFAMs8BQATPQUAID0FAGg9BQB0PQUAvT0FAMw9BQASPgUAHD4FAGc+BQB1PgUAvD4FAME+BQARPwUAHj8FAGY/BQBuPwUAzCIRAMc/BQAQQAUAIEAFAGVABQBuQAUAukAFAL1ABQAPQQUAG0EFAGRBBQBrQQUAISMRAMdBBQAOQgUAJEIFAGNCBQBvQgUAuEIFAL9CBQANQwUAFUMFAGJDBQBnQwUAt0MFAMBDBQAMRAUAFkQFAHYjEQBiRAUAtkQFAMJEBQALRQUAEUUFAGBFBQBiRQUAtUUFAL9FBQAKRgUAGEYFAF9GBQBkRgUAtEYFAMFGBQAJRwUAEUcFAF5HBQBoRwUAs0cFAMFHBQAISAUAHkgFAF1IBQBpSAUAskgFALlIBQAHSQUAD0kFAFxJBQBhSQUAsUkFALpJBQAGSgUAEEoFAMsjEQBpSgUAsEoFAMZKBQAFSwUAEUsFAFpLBQBhSwUAr0sFALdLBQAETAUACUwFAFlMBQBiTAUArkwFALhMBQAgJBEABE0FAFhNBQBkTQUArU0FALNNBQACTgUABE4FAFdOBQBhTgUArE4FALpOBQABTwUABk8FAFZPBQBjTwUAq08FALNPBQAAUAUAClAFAFVQBQBjUAUAqlAFAMBQBQD/UAUAC1EFAFRRBQBbUQUAqVEFALFRBQD+UQUAA1IFAFNSBQBcUgUAqFIFALJSBQB1JBEA/1IFAAObDAALUwUAUlMFAGNTBQCnUwUArFMFAPxTBQATVAUAUVQFAGVUBQCmVAUAvlQFAPtUBQAKVQUAUFUFAFVVBQClVQUAslUFAPpVBQAHVgUAT1YFAFtWBQCkVgUAs1YFAPlWBQADVwUATlcFAFZXBQCjVwUAwVcFAPhXBQAAWAUATVgFAFZYBQCiWAUAr1gFAPdYBQD5WAUATFkFAGVZBQChWQUAslkFAPZZBQACWgUAS1oFAFNaBQDKJBEApVoFAPVaBQD9WgUASlsFAFlbBQCfWwUApFsFAPRbBQABXAUASVwFAFZcBQCeXAUAqlwFAPNcBQACXQUASF0FAFJdBQCdXQUApV0FAPJdBQD8XQUAR14FAExeBQCcXgUApF4FAB8lEQAFXwUARl8FAElfBQCbXwUAuF8FAPBfBQABYAUARWAFAHtgBQCaYAUAuWAFAO9gBQD3YAUARGEFAEZhBQCZYQUAqGEFAO5hBQD4YQUAQ2IFAFFiBQCYYgUAs2IFAO1iBQD5YgUAQmMFAEpjBQB0JREAo2MFAOxjBQD7YwUAQWQFAEZkBQCWZAUAnGQFAOtkBQDyZAUAQGUFAEhlBQCVZQUAl2UFAOplBQDxZQUAP2YFAEFmBQCUZgUAlWYFAOlmBQDzZgUAPmcFAEpnBQCTZwUAmWcFAOhnBQACaAUAPWgFAEVoBQCSaAUAqGgFAOdoBQD1aAUAPGkFAD9pBQCRaQUAlGkFAOZpBQD0aQUAO2oFAEhqBQCQagUAp2oFAOVqBQDtagUAOmsFADxrBQCPawUAl2sFAORrBQD7awUAOWwFAEVsBQCObAUApGwFAONsBQDrbAUAOG0FAEZtBQCNbQUAl20FAOJtBQDqbQUAN24FAD5uBQCMbgUAmG4FAOFuBQDibgUANm8FAEJvBQCLbwUAmG8FAOBvBQDnbwUANXAFADhwBQCKcAUAknAFAN9wBQDkcAUANHEFAEFxBQCJcQUAuXEFAN5xBQDmcQUAySURADlyBQCIcgUAlnIFAN1yBQDucgUAMnMFADdzBQCHcwUAnnMFANxzBQDwcwUAMXQFAFB0BQCGdAUAjnQFANt0BQDddAUAMHUFAD91BQCFdQUAj3UFANp1BQDodQUAL3YFAEp2BQCEdgUAkHYFANl2BQDhdgUAHiYRADp3BQCDdwUAkncFANh3BQDddwUALXgFADN4BQCCeAUAiXgFANd4BQDfeAUALHkFAC55BQCBeQUAiHkFANZ5BQDYeQUAK3oFACx6BQCAegUAinoFANV6BQDhegUAKnsFADB7BQB/ewUAmXsFANR7BQDcewUAKXwFAD98BQB+fAUAjHwFANN8BQDWfAUAKH0FACt9BQB9fQUAi30FANJ9BQDffQUAJ34FAD5+BQB8fgUAhH4FANF+BQDTfgUAJn8FAC5/BQB7fwUAkn8FANB/BQDcfwUAJYAFADuABQB6gAUAgoAFAM+ABQDdgAUAJIEFAC6BBQB5gQUAgYEFAM6BBQDVgQUAI4IFAC+CBQB4ggUAeYIFAM2CBQDZggUAIoMFAC+DBQB3gwUAfoMFAMyDBQDPgwUAIYQFACmEBQB2hAUAe4QFAMuEBQDYhAUAIIUFAFCFBQB1hQUAfYUFAHMmEQDPhQUAH4YFADuGBQB0hgUAfIYFAMgmEQAChwUAHocFAESHBQBzhwUAnIcFAMiHBQD+hwUAHYgFADKIBQByiAUAeogFAMeIBQDKiAUAHIkFADmJBQBxiQUAgokFAMaJBQDJiQUAG4oFACWKBQBwigUAcooFAMWKBQDPigUAGosFACaLBQBviwUAi4sFAMSLBQDMiwUAHScRAEyMBQBujAUAcYwFAMOMBQDpjAUAGI0FAEGNBQBtjQUAkY0FAMKNBQDKjQUAcicRAByOBQBsjgUAeY4FAMGOBQDOjgUAFo8FACKPBQBrjwUAeo8FAMCPBQDKjwUAFZAFACOQBQBqkAUAb5AFAL+QBQDMkAUAFJEFAByRBQBpkQUAc5EFAL6RBQDMkQUAE5IFACmSBQBokgUAdJIFAL2SBQDCkgUAEpMFABuTBQBnkwUAcZMFALyTBQDYkwUAEZQFABmUBQDHJxEAaJQFALuUBQDJlAUAEJUFACGVBQAcKBEAbJUFAHEoEQC/lQUAD5YFABeWBQBklgUAc5YFALmWBQC/lgUADpcFABqXBQBjlwUAZZcFALiXBQDClwUADZgFABmYBQBimAUAapgFABspEQC8mAUADJkFABuZBQBhmQUAgZkFALaZBQDCmQUAC5oFABWaBQBgmgUAaJoFALWaBQC3mgUACpsFABqbBQBfmwUAaZsFALSbBQDAmwUACZwFAA+cBQBenAUAZpwFAHApEQDKnAUACJ0FABCdBQBdnQUAZ50FALKdBQC3nQUAB54FAA+eBQDFKREAYZ4FALGeBQC6ngUAtOoLAL6eBQAGnwUAx54FAKf0DgAQnwUA4boOABOfBQBbnwUAZ58FALCfBQC/nwUABaAFAA+gBQBaoAUAYqAFAHItCwBooAUAr6AFALygBQAEoQUAG6EFAFmhBQBhoQUArqEFALihBQADogUACKIFAFiiBQBgogUAGioRALqiBQACowUAEKMFAFejBQBqowUArKMFALSjBQABpAUABKQFAFakBQBbpAUAq6QFALqkBQAApQUAIKUFAFWlBQBhpQUAqqUFALSlBQD/pQUAG6YFAFSmBQBcpgUAbyoRALymBQD+pgUABKcFAFOnBQBfpwUAqKcFALKnBQD9pwUAA6gFAFKoBQBgqAUAp6gFALOoBQD8qAUA/6gFAFGpBQBSqQUApqkFALKpBQD7qQUAAaoFAFCqBQBWqgUApaoFALGqBQD6qgUAF6sFAE+rBQBYqwUApKsFALCrBQD5qwUA/KsFAE6sBQBYrAUAo6wFAK+sBQD4rAUA/qwFAE2tBQBTrQUAoq0FAKetBQD3rQUA/a0FAMQqEQBYrgUAoa4FAKOuBQD2rgUABa8FAEuvBQBWrwUAoK8FAKyvBQD1rwUA/K8FAEqwBQBSsAUAn7AFAKmwBQD0sAUA/7AFAEmxBQBVsQUAnrEFAKaxBQDDKxEA9bEFAEiyBQBbsgUAnbIFAKWyBQDysgUA+LIFAEezBQBTswUAnLMFAKazBQDxswUA97MFAEa0BQBUtAUAm7QFAKe0BQDwtAUA87QFAEW1BQBNtQUAmrUFAJu1BQDvtQUA+7UFAES2BQBKtgUAmbYFAKG2BQDutgUA9LYFAEO3BQBPtwUAmLcFALW3BQDttwUA9rcFAEK4BQBOuAUAl7gFAJq4BQDsuAUA9rgFAEG5BQBJuQUAlrkFAKe5BQDruQUA+bkFAEC6BQBWugUAlboFAKO6BQDqugUA9LoFABgsEQBOuwUAlLsFAJ+7BQDpuwUA9bsFAD68BQBFvAUAk7wFAJu8BQDovAUA8rwFAD29BQBIvQUAkr0FAJ69BQDnvQUA770FAG0sEQA+vgUAkb4FAKS+BQDmvgUA7r4FADu/BQBBvwUAkL8FAJy/BQDlvwUA778FADrABQBAwAUAj8AFAJ3ABQDkwAUA8MAFADnBBQA8wQUAjsEFAJbBBQDjwQUA5MEFADjCBQBEwgUAjcIFAJPCBQDiwgUA6sIFADfDBQA9wwUAjMMFAJjDBQDhwwUA/sMFADbEBQA/xAUAi8QFAJfEBQDgxAUA48QFADXFBQA/xQUAisUFAJLFBQDfxQUA8MUFADTGBQBCxgUAicYFAJ/GBQDexgUA7MYFADPHBQA9xwUAiMcFAJDHBQDdxwUAAMgFAMIsEQA9yAUAh8gFAJXIBQDcyAUA68gFADHJBQA8yQUAhskFAI7JBQDbyQUA6ckFADDKBQAzygUAhcoFAI3KBQAXLREA6MoFAC/LBQAyywUAhMsFAIzLBQAsIwYAkMsFAAL4BQCTywUA09EFAKDLBQDZywUA9csFAGwtEQAwzAUAg8wFAJDMBQDYzAUA5cwFAC3NBQAyzQUAgs0FAIzNBQDXzQUA5s0FACzOBQAxzgUAgc4FAI7OBQDWzgUA484FACvPBQA3zwUAgM8FAI/PBQDVzwUA388FACrQBQA20AUAf9AFAIXQBQDU0AUA2tAFACnRBQAu0QUAftEFAITRBQDBLREA2NEFAGLtBQDk0QUAKNIFADbSBQB90gUAidIFANLSBQDf0gUAJ9MFADHTBQB80wUAmNMFANHTBQDt0wUAFi4RACjUBQB71AUAiNQFANDUBQDd1AUAJdUFACrVBQB61QUAhNUFAM/VBQDe1QUAJNYFACnWBQB51gUAhtYFAM7WBQDb1gUAI9cFAC/XBQB41wUAh9cFAM3XBQDX1wUAItgFAC7YBQB32AUAfdgFAMzYBQDS2AUAIdkFACbZBQB22QUAfNkFAGsuEQDS2QUAINoFAC7aBQB12gUAeNoFAMraBQDZ2gUAH9sFACTbBQB02wUAgdsFAMnbBQDW2wUAHtwFACrcBQBz3AUAgtwFAMjcBQDS3AUAHd0FACvdBQBy3QUAd90FAMfdBQDU3QUAHN4FACjeBQBx3gUAhN4FAMbeBQDV3gUAG98FACffBQBw3wUAcd8FAMXfBQDP3wUAGuAFACjgBQBv4AUAdOAFAMTgBQDR4AUAwC4RABvhBQBu4QUAfOEFAMPhBQDU4QUAvy8RAB/iBQAUMBEAcuIFAMLiBQDK4gUAF+MFACbjBQBs4wUAceMFAMHjBQDO4wUAFuQFACPkBQBr5AUAd+QFAMDkBQDP5AUAFeUFAB/lBQC+MBEAbOUFAL/lBQDa5QUAFOYFABbmBQBp5gUAg+YFAL7mBQDL5gUAE+cFAB/nBQBo5wUAcucFAL3nBQDX5wUAEugFACHoBQBn6AUAbOgFALzoBQDJ6AUAEekFAB7pBQBm6QUAcukFALvpBQDK6QUAEOoFABrqBQBl6gUAceoFALrqBQDN6gUAD+sFAB7rBQBk6wUAcOsFALnrBQC66wUADuwFABjsBQBj7AUAcewFALjsBQC97AUADe0FABrtBQATMREAb+0FALftBQDE7QUADO4FABjuBQBh7gUAcO4FALbuBQDA7gUAC+8FABnvBQBg7wUAZe8FALXvBQDC7wUACvAFABbwBQBf8AUAcvAFALTwBQDD8AUACfEFABXxBQBe8QUAX/EFALPxBQC98QUACPIFABbyBQBd8gUAYvIFALLyBQC/8gUAaDERABTzBQBc8wUAXvMFALHzBQDK8wUABvQFABf0BQBb9AUAZ/QFALD0BQC49AUAZzIRAAr1BQBa9QUAYvUFAK/1BQC+9QUABPYFAAn2BQBZ9gUAZvYFAK72BQC79gUAA/cFAA/3BQBY9wUAZ/cFAK33BQC39wUAvDIRABX4BQBX+AUAZvgFAKz4BQC4+AUAAfkFAAL5BQBW+QUAYPkFAKv5BQC5+QUAAPoFAAX6BQBV+gUAYvoFABEzEQCv+gUA//oFAAz7BQBU+wUAYfsFAKn7BQC1+wUA/vsFAA38BQBT/AUAXfwFAKj8BQC2/AUA/fwFAAL9BQBS/QUAX/0FAKf9BQCv/QUAEDQRAAj+BQBR/gUAYf4FAKb+BQCv/gUA+/4FAP7+BQBQ/wUAXP8FAKX/BQCs/wUAZTQRAAUABgBPAAYAUAAGAKQABgC8AAYA+QAGAAYBBgBOAQYAWgEGAKMBBgCtAQYA+AEGAPwBBgBNAgYAUgIGAKICBgCoAgYA9wIGABcDBgBMAwYAZAMGAKEDBgC4AwYA9gMGAAIEBgBLBAYAVQQGAKAEBgCiBAYA9QQGAPwEBgBKBQYAUQUGAJ8FBgClBQYA9AUGAAAGBgBJBgYATAYGAJ4GBgChBgYA8wYGAP8GBgBIBwYASwcGALo0EQCiBwYA8gcGAPoHBgBHCAYATQgGAJwIBgChCAYA8QgGAPoIBgBGCQYAUAkGAJsJBgCnCQYA8AkGAPgJBgAPNREASgoGAJoKBgCiCgYA7woGAPoKBgBECwYASQsGAJkLBgCcCwYA7gsGAPgLBgBkNREATwwGAJgMBgCfDAYA7QwGAPsMBgBCDQYARQ0GAJcNBgCfDQYA7A0GAO8NBgBBDgYATQ4GAJYOBgCcDgYA6w4GAAYPBgBADwYATA8GAJUPBgCbDwYA6g8GAPIPBgA/EAYAQxAGAJQQBgCgEAYA6RAGAPYQBgA+EQYASBEGAJMRBgCbEQYA6BEGAOoRBgA9EgYAQRIGAJISBgCUEgYA5xIGAPsSBgC5NREARBMGAJETBgCVEwYA5hMGAOgTBgA7FAYAPhQGAJAUBgCYFAYA5RQGAPIUBgA6FQYAPxUGAI8VBgCZFQYA5BUGAOwVBgA5FgYAOhYGAI4WBgCTFgYA4xYGAOYWBgA4FwYAOxcGAI0XBgCbFwYA4hcGAPsXBgA3GAYASBgGAIwYBgCYGAYA4RgGAOkYBgAONhEAOxkGAIsZBgCTGQYA4BkGAO8ZBgA1GgYAOhoGAIoaBgCXGgYA3xoGAOwaBgA0GwYAQBsGAIkbBgCYGwYA3hsGAOgbBgAzHAYAOxwGAIgcBgCSHAYA3RwGAOIcBgAyHQYAOh0GAGM2EQCSHQYA3B0GAOgdBgAxHgYAOR4GALg2EQCSHgYA2x4GAOIeBgAwHwYAPh8GAIUfBgCIHwYA2h8GAOIfBgAvIAYAMiAGAIQgBgCQIAYA2SAGAN8gBgAuIQYASSEGAIMhBgCPIQYA2CEGAN4hBgAtIgYAUCIGAIIiBgCFIgYA1yIGAPsiBgANNxEAOyMGAIEjBgCGIwYA1iMGAOMjBgArJAYAOCQGAIAkBgCMJAYA1SQGAOQkBgAqJQYANCUGAH8lBgCNJQYA1CUGANklBgApJgYANiYGAH4mBgCGJgYAYjcRAOAmBgAoJwYAMCcGAH0nBgCWJwYA0icGANgnBgAnKAYALCgGAHwoBgCcKAYA0SgGAN0oBgAmKQYAMykGAHspBgCDKQYA0CkGANMpBgAlKgYALyoGAHoqBgB8KgYAzyoGANkqBgAkKwYAMCsGALc3EQCPKwYAzisGANorBgAjLAYAKCwGAHgsBgArLAYAGSoSAIEsBgDNLAYA1ywGACItBgAqLQYAMhkKAC4tBgB3LQYARS0GAKBVCgB9LQYAzC0GAIotBgB10wwA0i0GACEuBgAmLgYAdi4GAHwuBgAMOBEA2S4GACAvBgA2LwYAdS8GAIEvBgDKLwYAzy8GAB8wBgAoMAYAdDAGAH4wBgDJMAYA0TAGAB4xBgAtMQYAczEGAHgxBgDIMQYA1TEGAB0yBgAqMgYAcjIGAH4yBgDHMgYA1jIGABwzBgAmMwYAcTMGAH8zBgDGMwYA0zMGABs0BgAyNAYAcDQGAHg0BgDFNAYAzzQGABo1BgAfNQYAbzUGAHc1BgALOREA0DUGABk2BgAfNgYAbjYGAIk2BgDDNgYAzzYGABg3BgAeNwYAYDkRAHM3BgDPeA0AgDcGAMI3BgDRNwYAFzgGACM4BgBsOAYAbTgGAME4BgDLOAYAFjkGACQ5BgBrOQYAcDkGAMA5BgDNOQYAtTkRABo6BgBqOgYAcjoGAL86BgDCOgYAFDsGAB07BgBpOwYAeDsGAL47BgDJOwYAEzwGABs8BgBoPAYAeDwGAL08BgDLPAYAEj0GACM9BgBnPQYAcz0GALw9BgDEPQYAtDoRABc+BgBmPgYAbj4GALs+BgDCPgYAED8GAB4/BgBlPwYAaz8GALo/BgDGPwYAD0AGAB5ABgBkQAYAbkAGALlABgC+QAYADkEGABRBBgBjQQYAd0EGALhBBgDAQQYADUIGADdCBgBiQgYAa0IGALdCBgDEQgYADEMGABpDBgBhQwYAdEMGALZDBgDSQwYACTsRABBEBgBgRAYAbUQGALVEBgDCRAYACkUGABZFBgBfRQYAbkUGALRFBgC+RQYACUYGABdGBgBeRgYAY0YGALNGBgDARgYACEcGABBHBgBeOxEAaUcGALJHBgDCRwYAB0gGABBIBgBcSAYAX0gGALFIBgC9SAYABkkGAA1JBgCzOxEAhUkGALBJBgC5SQYABUoGABJKBgBaSgYAaEoGAK9KBgDCSgYABEsGACBLBgAIPBEAZ0sGAK5LBgDESwYAA0wGAA9MBgBYTAYAX0wGAK1MBgC1TAYAAk0GAAdNBgBXTQYAYE0GAKxNBgC2TQYAXTwRAAJOBgBWTgYAYk4GAKtOBgCxTgYAAE8GAAJPBgBVTwYAX08GAKpPBgC4TwYA/08GAARQBgBUUAYAYVAGAKlQBgCxUAYA/lAGAAhRBgBTUQYAYVEGAKhRBgC+UQYA/VEGAAlSBgBSUgYAWVIGAKdSBgCvUgYA/FIGAAFTBgBRUwYAWlMGAKZTBgCwUwYAsjwRAAFUBgBQVAYAVlQGAKVUBgCqVAYA+lQGAABVBgAHPREAVFUGAKRVBgCxVQYA+VUGAAZWBgBOVgYAWlYGAKNWBgCyVgYA+FYGAAJXBgBNVwYAW1cGAKJXBgCnVwYA91cGAARYBgBMWAYAVFgGAAY+EQCvWAYA9lgGAAxZBgBLWQYAV1kGAKBZBgClWQYA9VkGAP5ZBgBKWgYAVFoGAFs+EQCrWgYA9FoGAAVbBgBJWwYAVVsGAJ5bBgCtWwYA81sGAP1bBgBIXAYAVlwGAJ1cBgCiXAYA8lwGAP9cBgBHXQYAUV0GAJxdBgBTXQYAQ2EGAKpdBgDxXQYAB14GAEZeBgBSXgYAm14GAKBeBgDwXgYA+V4GAEVfBgBPXwYAml8GAKZfBgDvXwYA9V8GAERgBgBKYAYAmWAGAJ5gBgDuYAYA9GAGALA+EQBJYQYAmGEGAJ5hBgDtYQYA8mEGAEJiBgBIYgYABT8RAKViBgDsYgYAAmMGAEFjBgBNYwYAlmMGAJtjBgDrYwYA9GMGAEBkBgBKZAYAlWQGAKFkBgDqZAYA/WQGAD9lBgBOZQYAlGUGAKBlBgDpZQYA6mUGAD5mBgBIZgYAk2YGAKFmBgDoZgYA7WYGAD1nBgBKZwYAWj8RAKFnBgDnZwYAB2gGADxoBgBIaAYAkWgGAJtoBgDmaAYA62gGADtpBgA8aQYAkGkGAJxpBgDlaQYA8mkGADpqBgBGagYAj2oGAKJqBgDkagYA82oGADlrBgBFawYAjmsGAI9rBgDjawYA7WsGADhsBgBGbAYAjWwGAJJsBgDibAYA72wGAK8/EQBTbQYABEARAJJtBgDhbQYA520GADZuBgA7bgYAi24GAJFuBgBZQBEA5W4GADVvBgA4bwYAim8GAJZvBgDfbwYA5W8GADRwBgBPcAYAiXAGAJVwBgDecAYA5HAGADNxBgA1cQYAiHEGAKNxBgDdcQYA33EGADJyBgBAcgYAh3IGAJhyBgDccgYA3nIGADFzBgBKcwYAhnMGAJdzBgDbcwYA53MGAFhBEQA6dAYAhXQGAJN0BgDadAYA8HQGAC91BgA7dQYAhHUGAIl1BgDZdQYA4nUGAC52BgA4dgYAg3YGAIt2BgDYdgYA3XYGAC13BgA8dwYAgncGAJF3BgDXdwYA4HcGACx4BgAyeAYAgXgGAId4BgDWeAYA4ngGACt5BgAyeQYAgHkGAIh5BgDVeQYA13kGACp6BgA6egYAf3oGAIl6BgDUegYA4HoGACl7BgAvewYAfnsGAIZ7BgCtQREA33sGACh8BgA5fAYAfXwGAIl8BgDSfAYA4XwGACd9BgAxfQYAfH0GAIp9BgDRfQYA1n0GACZ+BgAzfgYAe34GAIN+BgDQfgYA2n4GAGOWBgDcfgYAJX8GACt/BgB6fwYAgH8GAM9/BgDUfwYAJIAGACqABgACQhEAhYAGAM6ABgDUgAYAI4EGAD6BBgB4gQYAhIEGAM2BBgDTgQYAIoIGACqCBgB3ggYAeoIGAMyCBgDYggYAIYMGADKDBgB2gwYAgoMGAMuDBgDagwYAIIQGACqEBgB1hAYAg4QGAMqEBgDPhAYAH4UGACyFBgB0hQYAfIUGAMmFBgDThQYAHoYGACyGBgBzhgYAiYYGAMiGBgDUhgYAHYcGACKHBgByhwYAe4cGAMeHBgDRhwYAAUMRACKIBgBxiAYAd4gGAMaIBgDSiAYAG4kGACiJBgBwiQYAeokGAMWJBgDNiQYAGooGACSKBgBvigYAdIoGAMSKBgDFigYAGYsGAB6LBgBuiwYAf4sGAMOLBgDIiwYAGIwGAC+MBgBtjAYAgYwGAMKMBgDejAYAF40GAB+NBgBWQxEAdI0GAMGNBgDLjQYAFo4GACqOBgBrjgYAbI4GAMCOBgDMjgYAFY8GADGPBgBqjwYAco8GAKtDEQDIjwYAFJAGACKQBgBpkAYAI5AGAPr6CgBzkAYAvpAGAMCQBgATkQYALJEGAGiRBgB5kQYAvZEGAMmRBgASkgYAGpIGAABEEQBzkgYAvJIGAMKSBgARkwYALJMGAGaTBgBykwYAu5MGAMGTBgAQlAYAE5QGAGWUBgBtlAYAupQGAMqUBgAPlQYAFJUGAGSVBgBtlQYAuZUGAMaVBgAOlgYAFZYGAFVEEQBxlgYAuJYGAM6WBgANlwYAGZcGAGKXBgBnlwYAt5cGAMCXBgAMmAYAFpgGAGGYBgB9mAYAtpgGAL6YBgCqRBEAEJkGAGCZBgBomQYAtZkGALeZBgAKmgYAJZoGAF+aBgBhmgYAtJoGAMKaBgAJmwYAGpsGAF6bBgBgmwYAs5sGAMybBgAInAYAGZwGAF2cBgBpnAYAspwGALqcBgD/RBEAE50GAFydBgBinQYAsZ0GAMydBgAGngYAEp4GAFueBgBhngYAsJ4GALOeBgBURREAIp8GAFqfBgBbnwYAr58GAL6fBgAEoAYACaAGAFmgBgBmoAYArqAGALugBgADoQYAD6EGAFihBgBnoQYAraEGALehBgACogYAEKIGAFeiBgBcogYArKIGALmiBgABowYADaMGAFajBgBcowYAq6MGAGmjBgDruAYAsaMGAACkBgAFpAYAVaQGAFukBgCpRREAr6QGAP+kBgAfpQYAVKUGAGClBgCppQYAr6UGAP6lBgAGpgYAJ9IGAAemBgBTpgYAYKYGAKimBgCupgYA/aYGAAmnBgBSpwYAVKcGAKenBgC2pwYA/KcGAAeoBgBRqAYAU6gGAKaoBgC/qAYA+6gGAAypBgBQqQYAXKkGAKWpBgCxqQYA+qkGAA2qBgBPqgYAXqoGAKSqBgCwqgYA+aoGAPqqBgBOqwYAWKsGAKOrBgCxqwYA+KsGAP2rBgBNrAYAWqwGAP5FEQCvrAYA96wGAAutBgBMrQYAaK0GAKGtBgC9rQYAU0YRAAWuBgBLrgYATK4GAKCuBgCvrgYA9a4GAPquBgBKrwYAV68GAJ+vBgCsrwYA9K8GAACwBgBJsAYAWLAGAJ6wBgCosAYA87AGAAGxBgBIsQYATbEGAJ2xBgCqsQYA8rEGAAKyBgBHsgYASbIGAJyyBgCqsgYA8bIGAAKzBgCoRhEATbMGAP1GEQCgswYA8LMGAP2zBgBFtAYAUrQGAJq0BgCgtAYA77QGAPu0BgBEtQYAVLUGAJm1BgCitQYA7rUGAPG1BgBDtgYAT7YGAJi2BgCftgYAUkcRAPm2BgBCtwYAUrcGAJe3BgCgtwYA7LcGAO+3BgBBuAYATbgGAJa4BgCduAYAp0cRAPq4BgBAuQYATLkGAJW5BgCWuQYA6rkGAPS5BgA/ugYATboGAJS6BgCZugYA6boGAPa6BgD8RxEAQ7sGAJO7BgCiuwYA6LsGAAi8BgA9vAYASbwGAJK8BgCcvAYA57wGAO+8BgA8vQYASL0GAJG9BgCXvQYA5r0GAOy9BgA7vgYAQL4GAJC+BgCWvgYA+0gRAOq+BgA6vwYAQ78GAI+/BgCgvwYA5L8GAOu/BgA5wAYAQcAGAI7ABgCbwAYA48AGAOjABgA4wQYAQsEGAI3BBgCVwQYA4sEGAPHBBgA3wgYAPMIGAIzCBgCZwgYA4cIGAO7CBgA2wwYAQsMGAIvDBgCawwYA4MMGAOrDBgA1xAYAPcQGAIrEBgCUxAYA38QGAOTEBgA0xQYAPMUGAPpJEQCOxQYA3sUGAOHFBgAzxgYAPcYGAE9KEQCOxgYA3cYGAOLGBgAyxwYAUscGAIfHBgCTxwYA3McGAOLHBgAxyAYANMgGAIbIBgCIyAYA28gGAPbIBgAwyQYAMskGAIXJBgCTyQYA2skGAOvJBgAvygYAMcoGAITKBgCdygYA2coGAOrKBgAuywYAOssGAKRKEQCTywYA2MsGAPjLBgAtzAYAL8wGAILMBgCOzAYAdXsPAJHMBgBt4QYAnswGALXuBgCuzAYA18wGANrMBgAszQYAO80GAIHNBgCGzQYA1s0GAOPNBgArzgYAOM4GAIDOBgCMzgYA1c4GAOTOBgAqzwYANM8GAH/PBgCNzwYA1M8GANnPBgAp0AYANtAGAH7QBgCK0AYA09AGANnQBgAo0QYALtEGAH3RBgCC0QYA0tEGANjRBgD5ShEAPdIGAHzSBgB+0gYA0dIGAOXSBgAm0wYALtMGAHvTBgCI0wYA0NMGANXTBgAl1AYAL9QGAHrUBgCC1AYAz9QGAOjUBgAk1QYAMNUGAHnVBgCB1QYATksRAOnVBgAj1gYAJdYGAHjWBgCG1gYAzdYGAN7WBgAi1wYAJNcGAHfXBgCQ1wYAzNcGAN3XBgAh2AYALdgGAKNLEQB72AYAy9gGANTYBgAg2QYAMdkGAHXZBgB82QYAytkGANLZBgAf2gYALNoGAHTaBgB52gYAydoGANPaBgAe2wYAJtsGAHPbBgCM2wYAyNsGANTbBgAd3AYAJdwGAE1MEQB13AYAx9wGANHcBgAc3QYAHt0GAHHdBgCK3QYAxt0GANfdBgAb3gYAKd4GAHDeBgBz3gYAxd4GANDeBgAa3wYAJt8GAG/fBgB23wYAokwRAMnfBgAZ4AYAIeAGAG7gBgB84AYAw+AGAMTgBgAY4QYAM+EGAPdMEQBy4QYAwuEGAM/hBgAX4gYAJOIGAGziBgB44gYAweIGANDiBgAW4wYAIOMGAGvjBgB54wYAwOMGAMXjBgAV5AYAIuQGAGrkBgB25AYAv+QGAMXkBgAU5QYAGuUGAGnlBgBu5QYAvuUGAMTlBgBMTREAIOYGAGjmBgBq5gYAveYGANbmBgAS5wYAI+cGAGfnBgBz5wYAvOcGAMTnBgBLThEAFugGAGboBgBu6AYAu+gGANToBgAQ6QYAFekGAGXpBgBq6QYAuukGAMTpBgAP6gYAEuoGAGTqBgBu6gYAueoGAL/qBgAO6wYAEOsGAGPrBgBk6wYAuOsGAMDrBgAN7AYAHewGAGLsBgBo7AYAt+wGALzsBgAM7QYAIu0GAGHtBgBp7QYAtu0GAODtBgAL7gYALu4GAGDuBgB/7gYAoE4RAL3uBgD1ThEAG+8GAF/vBgBt7wYAtO8GAMDvBgAJ8AYAFvAGAF7wBgBo8AYAs/AGALvwBgAI8QYAE/EGAF3xBgBf8QYAsvEGALXxBgAH8gYAD/IGAFzyBgBi8gYAsfIGALryBgAG8wYAE/MGAFvzBgBj8wYAsPMGALXzBgAF9AYADvQGAFr0BgBk9AYAr/QGALf0BgAE9QYACfUGAFn1BgBp9QYArvUGALb1BgAD9gYABfYGAFj2BgBz9gYArfYGAK/2BgAC9wYAEPcGAFf3BgBo9wYArPcGAK73BgAB+AYAGvgGAFb4BgBn+AYAq/gGALf4BgAA+QYACPkGAEpPEQBb+QYAqvkGAK/5BgD/+QYAH/oGAFT6BgBg+gYAqfoGAK/6BgD++gYAAfsGAFP7BgBb+wYAqPsGALL7BgD9+wYAAvwGAFL8BgBa/AYAp/wGALH8BgD8/AYA/vwGAFH9BgBi/QYApv0GAMb9BgD7/QYAA/4GAFD+BgBa/gYApf4GAKr+BgCfTxEADv8GAE//BgBX/wYApP8GAKn/BgD5/wYACQAHAE4ABwBWAAcAowAHAK0ABwD4AAcAAwEHAE0BBwBZAQcAogEHAKoBBwD0TxEAAwIHAEwCBwBYAgcAoQIHAKgCBwD2AgcA/gIHAEsDBwBkAwcAoAMHAKYDBwD1AwcA+gMHAEoEBwBqBAcAnwQHAKsEBwD0BAcA+gQHAEkFBwBMBQcASVARAKAFBwDzBQcArAUHANB0EAD2BQcASAYHAFIGBwCdBgcAqwYHAPIGBwABBwcARwcHAEoHBwCcBwcAXwcHALJGBwBjBwcAKSUHAKgHBwDxBwcA8wcHAEYIBwBMCAcAmwgHAKoIBwDwCAcA+wgHAEUJBwBNCQcAcoYHAF8JBwCaCQcApgkHAO8JBwACCgcARAoHAFMKBwCZCgcApQoHAO4KBwDvCgcAQwsHAE0LBwCYCwcApgsHAO0LBwDyCwcAQgwHAE8MBwCeUBEAsQwHAOwMBwD7DAcAQQ0HAEYNBwCWDQcAow0HAOsNBwD4DQcAQA4HAEwOBwCVDgcApA4HAOoOBwD0DgcAPw8HAE0PBwCUDwcAmQ8HAOkPBwD2DwcAPhAHAEoQBwCTEAcAmRAHAOgQBwDuEAcAPREHAEIRBwCSEQcAmBEHAPNQEQDoEQcAPBIHAPARBwDstAkA9BEHAK6dCQD2EQcAw4oHAAcSBwDbaw4ASBIHAJESBwCXEgcAnlkIAJ4SBwDmEgcA6RIHADsTBwBHEwcAkBMHAJITBwDlEwcA6xMHADoUBwBJFAcAjxQHAJoUBwDkFAcA5RQHADkVBwBNFQcAjhUHAKgVBwDjFQcA7xUHADgWBwBLFgcAjRYHAJwWBwDiFgcA7hYHADcXBwA4FwcAjBcHAJYXBwDhFwcA7xcHADYYBwA7GAcAixgHAJgYBwBIUREA+hgHADUZBwBEGQcAihkHAI8ZBwDfGQcA7BkHADQaBwBBGgcAiRoHAJUaBwDeGgcA7RoHADMbBwA9GwcAiBsHAJYbBwDdGwcA4hsHADIcBwA/HAcAhxwHAJMcBwDcHAcA4hwHADEdBwA3HQcAhh0HAIsdBwDbHQcA4R0HAJ1REQA+HgcAhR4HAKAeBwDaHgcA6B4HAC8fBwA8HwcAhB8HAJsfBwDZHwcA6B8HAC4gBwAzIAcAgyAHAJAgBwDYIAcA5SAHAC0hBwA5IQcAgiEHAJEhBwDXIQcA4SEHACwiBwA6IgcAgSIHAIYiBwDWIgcA4yIHACsjBwAuIwcAgCMHAIwjBwDVIwcA2yMHACokBwAwJAcAfyQHAIQkBwDUJAcA2iQHAPJREQBFJQcAR1IRAIQlBwDTJQcA1SUHACgmBwA1JgcAfSYHAIAmBwDSJgcA0yYHACcnBwAsJwcAfCcHAIInBwDRJwcA2ycHACYoBwBCKAcAeygHAJcoBwCcUhEA1igHACUpBwAnKQcAeikHAIcpBwDPKQcA0ikHACQqBwAlKgcAeSoHAH4qBwDOKgcA1CoHACMrBwAtKwcAeCsHAJQrBwDNKwcA6SsHAPFSEQAoLAcAdywHAH0sBwDMLAcA0SwHACEtBwAnLQcARlMRAHgtBwDLLQcA2S0HACAuBwAxLgcARVQRAHwuBwCaVBEAzy4HAB8vBwAnLwcAdC8HAHkvBwDJLwcAgy8HALVDBwDKLwcAHjAHACowBwBzMAcAgDAHAMgwBwDQMAcAHTEHACcxBwByMQcAgTEHAMcxBwDIMQcAHDIHACQyBwBxMgcAgDIHAMYyBwDLMgcAGzMHACgzBwBwMwcAfTMHAMUzBwDRMwcAGjQHACk0BwBvNAcAeTQHAMQ0BwDSNAcAGTUHAB41BwBuNQcAezUHAMM1BwDLNQcAGDYHACI2BwBtNgcAcjYHAMI2BwDKNgcARFURABw3BwBsNwcAdTcHAGc8BwB5NwcAwTcHAM43BwAWOAcAIjgHAGs4BwB6OAcAwDgHAMo4BwAVOQcAIzkHAGo5BwBvOQcAvzkHAMw5BwAUOgcAHDoHAJlVEQB1OgcAvjoHAM46BwATOwcAHDsHAGg7BwBrOwcAvTsHAMk7BwASPAcAGTwHAO5VEQB4PAcAvDwHAMM8BwARPQcAHj0HAGY9BwCFPQcAuz0HAMU9BwAQPgcAGD4HAGU+BwB0PgcAuj4HAL8+BwAPPwcAHD8HAGQ/BwBxPwcAuT8HAMU/BwAOQAcAHUAHAGNABwBtQAcAuEAHAMBABwANQQcAF0EHAGJBBwBnQQcAt0EHAL9BBwBDVhEAGEIHAGFCBwBnQgcAtkIHANFCBwALQwcAF0MHAGBDBwBmQwcAmFYRALpDBwAKRAcAF0QHAF9EBwBsRAcAtEQHAMBEBwAJRQcAGEUHAF5FBwBoRQcA7VYRAL1FBwAIRgcADUYHAF1GBwBlRgcAQlcRALxGBwAHRwcADUcHAFxHBwBeRwcAsUcHAL5HBwAGSAcACUgHAFtIBwBcSAcAsEgHALVIBwAFSQcAC0kHAFpJBwBkSQcAr0kHAMlJBwAESgcAE0oHAFlKBwBeSgcArkoHALtKBwADSwcAEEsHAFhLBwBkSwcArUsHALxLBwACTAcADEwHAFdMBwBlTAcArEwHALFMBwABTQcADk0HAFZNBwBgTQcA91YHAGJNBwCrTQcAsU0HAABOBwAGTgcAVU4HAFpOBwCqTgcAsE4HAJdXEQAETwcAVE8HAGFPBwCpTwcAtk8HAP5PBwAKUAcAU1AHAGJQBwCoUAcAslAHAP1QBwALUQcAUlEHAFdRBwCnUQcAtFEHAPxRBwAEUgcAllgRAFdSBwCmUgcArFIHAPtSBwAAUwcAUFMHAFZTBwDrWBEAp1MHAPpTBwADVAcAT1QHAFJUBwCkVAcAsFQHAPlUBwAAVQcATlUHAFZVBwCjVQcAvFUHAPhVBwAMVgcATVYHAGlWBwCiVgcAqlYHAJVZEQAFVwcATFcHAGJXBwChVwcArVcHAPZXBwD7VwcAS1gHAFRYBwCgWAcAqlgHAPVYBwARWQcASlkHAFJZBwDqWREApFkHAPRZBwABWgcASVoHAFZaBwCeWgcAqloHAPNaBwACWwcASFsHAFJbBwCdWwcAq1sHAPJbBwD3WwcAR1wHAFRcBwCcXAcApFwHAD9aEQD/XAcARl0HAFxdBwCbXQcAp10HAPBdBwD1XQcARV4HAE5eBwCaXgcApF4HAO9eBwD3XgcARF8HAFNfBwCZXwcAm18HAO5fBwD3XwcAQ2AHAEZgBwCYYAcApGAHAO1gBwD0YAcAQmEHAEphBwCXYQcAsGEHAOxhBwAAYgcAQWIHAF1iBwCWYgcAnmIHAJRaEQDwYgcAQGMHAE1jBwCVYwcAomMHAOpjBwD2YwcAP2QHAE5kBwCUZAcAnmQHAOlkBwDzZAcAPmUHAExlBwCTZQcAqWUHAOhlBwD0ZQcAPWYHAEJmBwCSZgcAm2YHAOdmBwDxZgcAPGcHAEhnBwCRZwcAl2cHAOZnBwDsZwcAO2gHAEBoBwCQaAcAlmgHAOlaEQDxaAcAOmkHAD5pBwCPaQcAnmkHAORpBwDpaQcAOWoHAEZqBwCOagcAm2oHAONqBwDvagcAOGsHAEdrBwCNawcAl2sHAOJrBwDwawcAN2wHADxsBwCMbAcAmWwHAOFsBwDtbAcANm0HADxtBwCLbQcAkW0HAOBtBwDlbQcANW4HADtuBwA+WxEAj24HAN9uBwDmbgcANG8HAEBvBwCJbwcAi28HAN5vBwCMbwcAg3UHAPlvBwAzcAcANXAHAIhwBwCWcAcA3XAHAO5wBwAycQcANHEHAIdxBwCgcQcA3HEHAO1xBwAxcgcAPXIHAIZyBwCScgcA23IHAO5yBwAwcwcAP3MHAIVzBwCRcwcA2nMHANtzBwAvdAcAOXQHAIR0BwCSdAcA2XQHAN50BwAudQcAO3UHAJNbEQCFdQcA2HUHAPN1BwAtdgcAL3YHAIJ2BwCQdgcA13YHAOh2BwAsdwcALncHAIF3BwCadwcA1ncHAOd3BwAreAcAN3gHAIB4BwCMeAcA1XgHAOh4BwAqeQcAOXkHAH95BwCLeQcA1HkHANV5BwApegcAM3oHAH56BwCMegcA03oHANh6BwAoewcANXsHAJJcEQCCewcA0nsHANp7BwAnfAcAKXwHAHx8BwCNfAcA0XwHAN98BwAmfQcAQX0HAHt9BwCHfQcA0H0HANh9BwCRXREAKn4HAHp+BwCBfgcAz34HANt+BwAkfwcAJ38HAHl/BwCBfwcAzn8HAN5/BwAjgAcAKIAHAHiABwCBgAcAzYAHANqABwAigQcAKYEHAHeBBwB/gQcA5l0RANmBBwAhggcAKYIHAHaCBwCKggcAy4IHANCCBwAggwcAKYMHAHWDBwB7gwcAyoMHANKDBwAfhAcALoQHAHSEBwCFhAcAyYQHANKEBwAehQcAIYUHAHOFBwB9hQcAyIUHANSFBwAdhgcAI4YHADteEQB/hgcAx4YHAMyGBwAchwcAI4cHAHGHBwB9hwcAxocHAM6HBwCQXhEANogHAHCIBwByiAcAxYgHANOIBwAaiQcAK4kHAG+JBwBxiQcAxIkHAN2JBwAZigcAKooHAG6KBwB6igcA5V4RANKKBwAYiwcAIYsHAG2LBwBziwcAwosHAMiLBwAXjAcAI4wHAGyMBwBzjAcAwYwHAMmMBwAWjQcAGo0HAGuNBwB2jQcAwI0HAM6NBwAVjgcAJo4HAGqOBwB2jgcAv44HAMeOBwA6XxEAF48HAGmPBwBzjwcAvo8HAMCPBwATkAcALJAHAGiQBwB5kAcAvZAHAMuQBwASkQcAFZEHAGeRBwBykQcAvJEHAMqRBwARkgcAHpIHAGaSBwB9kgcAu5IHAMOSBwAQkwcAEpMHAGWTBwBtkwcAupMHAMmTBwAPlAcAFJQHAGSUBwBxlAcAuZQHAMaUBwAOlQcAGpUHAGOVBwBylQcAuJUHAMKVBwANlgcAG5YHAGKWBwBnlgcAt5YHAMSWBwAMlwcAFJcHAGGXBwBrlwcAtpcHALuXBwALmAcAE5gHAGCYBwBjmAcAtZgHANKYBwAKmQcAG5kHAF+ZBwBnmQcAtJkHALeZBwAJmgcAFZoHAF6aBwBkmgcAs5oHAM6aBwAImwcAFJsHAF2bBwBjmwcAj18RAMGbBwAHnAcACJwHAFycBwCUnAcAsZwHAL+cBwAGnQcAB50HAFudBwBjnQcAsJ0HAL+dBwAFngcACp4HAFqeBwBnngcAr54HALyeBwAEnwcAEJ8HAFmfBwBonwcArp8HALifBwADoAcAEaAHAFigBwBdoAcAraAHALqgBwACoQcACqEHAFehBwBhoQcArKEHALGhBwABogcACaIHAFaiBwBgogcAq6IHALaiBwAAowcADKMHAFWjBwBdowcA5F8RAK+jBwD/owcAAqQHAFSkBwBepAcAqaQHALGkBwA5YBEADKUHAFOlBwBppQcAqKUHALSlBwD9pQcAAqYHAFKmBwBbpgcAp6YHALGmBwD8pgcABKcHAFGnBwBdpwcApqcHALmnBwD7pwcA/KcHAFCoBwBeqAcApagHAKuoBwD6qAcABqkHAE+pBwBWqQcAjmARAKWpBwD5qQcABaoHAE6qBwBbqgcAo6oHAKuqBwD4qgcAAqsHAE2rBwBcqwcAoqsHAKOrBwD3qwcA/6sHAEysBwBbrAcAoawHAKasBwD2rAcAA60HAEutBwBYrQcAoK0HAKytBwD1rQcABK4HAEquBwBUrgcAn64HAK2uBwD0rgcA+a4HAEmvBwBWrwcAnq8HAKavBwDzrwcA968HAEiwBwBWsAcAnbAHAKewBwDysAcA/bAHAEexBwBPsQcAnLEHAKexBwDxsQcA9rEHAEayBwBJsgcAm7IHAKWyBwDwsgcA+LIHAEWzBwBkswcA42ARAKmzBwDvswcA8LMHAES0BwBMtAcAmbQHAJq0BwDutAcA9LQHAEO1BwBItQcAmLUHALO1BwDttQcA+7UHAEK2BwBJtgcAl7YHAKO2BwDstgcA8rYHAEG3BwBdtwcAlrcHAJ63BwA4YREA8bcHAEC4BwBGuAcAlbgHAJq4BwDquAcA8LgHAI1hEQBEuQcAlLkHAJu5BwDpuQcA9bkHAD66BwBGugcAN2IRAKa6BwDougcAHrsHAD27BwA/uwcAPLwHAHK7BwCSuwcAt7sHAOe7BwDuuwcA4WIRACG8BwCMYhEATLwHAJG8BwDLvAcANmMRAO+8BwA5ugwA8LwHAAHwDgADvQcAO70HAAa9BwB4JA4ATL0HAJC9BwCYvQcA5b0HAOi9BwA6vgcARr4HAI++BwCVvgcA5L4HAP++BwA5vwcARb8HAI6/BwCUvwcA478HAOu/BwA4wAcAVMAHAI3ABwCVwAcAi2MRAPHABwA3wQcAOMEHAIzBBwCUwQcA4cEHAOLBBwA2wgcAPMIHAIvCBwCQwgcA4MIHAPvCBwA1wwcAQ8MHAIrDBwCRwwcA38MHAOvDBwA0xAcAOsQHAInEBwClxAcA3sQHAObEBwDgYxEAOcUHAIjFBwCOxQcA3cUHAOLFBwAyxgcAOMYHADVkEQCMxgcA3MYHAOPGBwAxxwcAPccHAIbHBwCOxwcA32QRAO7HBwAwyAcAZsgHAIXIBwCHyAcAhMkHALrIBwDayAcA/8gHAC/JBwA2yQcAiWURAGnJBwA0ZREAlMkHANnJBwATygcA3mURADDKBwCDygcAhMoHANjKBwDiygcALcsHADvLBwCCywcAncsHANfLBwDjywcALMwHADTMBwAzZhEAjcwHANbMBwDczAcAK80HAEbNBwCAzQcAjM0HANXNBwDbzQcAKs4HADLOBwB/zgcAjc4HANTOBwDXzgcAKc8HADHPBwB+zwcAh88HANPPBwDgzwcAKNAHACrQBwB90AcAmNAHANLQBwDU0AcAJ9EHADXRBwB80QcAjdEHANHRBwDT0QcAJtIHAD/SBwB70gcAjNIHANDSBwDc0gcAJdMHAC3TBwCIZhEAgNMHAM/TBwDX0wcAJNQHACvUBwB51AcAftQHAM7UBwDa1AcAI9UHACbVBwB41QcAgNUHAM3VBwDa1QcAItYHACfWBwB31gcAgdYHAMzWBwDU1gcAIdcHAC3XBwB21wcAidcHAMvXBwDZ1wcAINgHACPYBwB12AcAf9gHAN1mEQDN2AcAH9kHACfZBwB02QcAd9kHAMnZBwDV2QcAHtoHACTaBwBz2gcAjtoHAMjaBwDU2gcAHdsHACPbBwBy2wcAetsHAMfbBwDV2wcAHNwHAB/cBwBx3AcAedwHAMbcBwDP3AcAG90HACjdBwBw3QcAct0HAMXdBwDg3QcAGt4HABzeBwBv3gcAfd4HAMTeBwDV3gcAGd8HABvfBwBu3wcAh98HAMPfBwDU3wcAGOAHACTgBwBt4AcAdeAHADJnEQDI4AcAF+EHAB/hBwBs4QcAc+EHAMHhBwDG4QcAFuIHACLiBwBr4gcAbuIHAMDiBwDI4gcAFeMHACLjBwBq4wcAb+MHAL/jBwDJ4wcAFOQHABzkBwBp5AcAdeQHAL7kBwDR5AcAE+UHACHlBwBo5QcAa+UHAL3lBwDH5QcAh2cRABXmBwBn5gcAc+YHALzmBwDC5gcAEecHACznBwBm5wcAcucHALvnBwDB5wcAEOgHABjoBwBl6AcAc+gHALroBwC96AcAD+kHABfpBwBk6QcAbekHALnpBwDG6QcADuoHABDqBwBj6gcAfuoHALjqBwC66gcADesHABvrBwBi6wcAc+sHALfrBwC56wcADOwHACXsBwBh7AcAcuwHALbsBwDC7AcAC+0HABPtBwDcZxEAZu0HALXtBwC97QcACu4HABHuBwBf7gcAZO4HALTuBwDA7gcACe8HAAzvBwBe7wcAZu8HALPvBwDA7wcACPAHAA3wBwBd8AcAZ/AHALLwBwC68AcAB/EHABPxBwBc8QcAb/EHALHxBwC/8QcABvIHAAnyBwBb8gcAZfIHADFoEQC48gcAhmgRABPzBwBa8wcAa/MHAK/zBwC78wcABPQHAAz0BwDbaBEAXvQHAK70BwC49AcAA/UHAAv1BwBY9QcAaPUHAK31BwCy9QcAAvYHAAv2BwBX9gcAZPYHAKz2BwCz9gcAMGkRAAP3BwBW9wcABvcHAJ0ECQAK9wcA0B8QAA33BwB/HA8AD/cHAOFqCQBg9wcAt44PAGf3BwCr9wcAvPcHAAD4BwAO+AcAVfgHAHH4BwCq+AcAxvgHAIVpEQAN+QcAVPkHAGH5BwCp+QcAwPkHAP75BwAK+gcAU/oHAFn6BwCo+gcArvoHAP36BwAC+wcAUvsHAFj7BwDaaREAvfsHAPz7BwAL/AcAUfwHACj8BwBMAQgAU/wHAKb8BwC1/AcA+/wHAAb9BwBQ/QcAXP0HAKX9BwCo/QcA+v0HAKz9BwDtCggAwf0HAJ4ECAAG/gcAT/4HAFX+BwCk/gcAv/4HAPn+BwAF/wcATv8HAFT/BwCj/wcAr/8HAPj/BwD+/wcATQAIAFMACACiAAgApwAIAPcACAD9AAgAL2oRAE8BCAChAQgAvQEIAPYBCAD+AQgALmsRAFcCCACgAggApgIIAPUCCAAQAwgASgMIAFYDCACfAwgApQMIAPQDCAD8AwgASQQIAGoECACDaxEApgQIANhrEQD4BAgASAUIAFUFCACdBQgAqgUIAPIFCAD+BQgARwYIAFYGCACcBggApgYIAPEGCAD5BggARgcIAFAHCACbBwgAqQcIAPAHCAAGCAgARQgIAFEICACaCAgAnwgIAO8ICAD4CAgARAkIAE4JCACZCQgAoQkIAO4JCAD4CQgAQwoIAEgKCACYCggAoAoIAC1sEQD5CggAQgsIAFULCACXCwgApgsIAOwLCAD4CwgAQQwIAEIMCACWDAgAoAwIAOsMCAD5DAgAQA0IAEUNCACVDQgAog0IAIJsEQD1DQgAPw4IAEsOCACUDggAmg4IAOkOCAD1DggAPg8IAEYPCACBbREAlg8IAOgPCADwDwgAPRAIAEoQCACSEAgAlxAIAOcQCADvEAgAPBEIAD4RCACREQgArBEIAOYRCADoEQgAOxIIAEkSCACQEggAoRIIAOUSCADnEggAOhMIAFMTCACPEwgAoBMIAOQTCADwEwgAORQIAEEUCADWbREAkxQIAOMUCADwFAgAOBUIAEUVCACNFQgAmRUIAOIVCADxFQgANxYIAEEWCACMFggAmhYIAOEWCADmFggANhcIAEMXCACLFwgAkxcIAOAXCADiFwgANRgIAD8YCACKGAgAkhgIACtuEQDqGAgANBkIAEIZCACJGQgAjBkIAN4ZCADmGQgAMxoIAEkaCACIGggAjRoIAN0aCADzGggAMhsIAD4bCACHGwgAlBsIANwbCADmGwgAgG4RADMcCACGHAgAlBwIANscCADsHAgA1W4RADYdCACFHQgAkR0IACpvEQDcHQgALx4IADUeCACEHggApB4IANkeCADlHggALh8IADUfCACDHwgAix8IANgfCADfHwgALSAIADkgCACCIAgAhCAIANcgCADeIAgAf28RAC8hCACBIQgAiSEIANYhCADmIQgAKyIIAC0iCACAIggAjiIIANUiCADmIggA1G8RADEjCAApcBEAjCMIANQjCADbIwgAKSQIADEkCAB+JAgAjCQIANMkCADWJAgAKCUIADAlCAB9JQgAhCUIANIlCADgJQgAJyYIAComCAB8JggAfiYIANEmCADqJggAJicIADcnCAB7JwgAhycIANAnCADXJwgAJSgIAC0oCAB6KAgAgygIAM8oCADcKAgAJCkIAC4pCAB5KQgAhykIAM4pCADfKQgAIyoIACsqCAB4KggAgioIAM0qCADbKggAIisIADgrCAB3KwgAgysIAMwrCADTKwgAISwIACksCAB2LAgAfCwIAMssCADXLAgAIC0IACotCAB1LQgAey0IAMotCADeLQgA03ARAC0uCAB0LggAjS4IAMkuCADfLggAHi8IAC0vCABzLwgAjS8IAMgvCADLLwgAwzQIANMvCAC+OQgA1y8IAB0wCAAiMAgAcjAIAH8wCADHMAgA1DAIABwxCAAoMQgAcTEIAIAxCADGMQgA0DEIABsyCAApMggAcDIIAHUyCADFMggA0jIIABozCAAmMwgAbzMIAHUzCADEMwgAyjMIABk0CAAeNAgAbjQIAHQ0CAAocREAzzQIABg1CAAeNQgAbTUIAIg1CADCNQgAzjUIABc2CAAdNggAbDYIAHM2CADBNggAxjYIAGo4CADNNggAFjcIABg3CABrNwgAcjcIAMA3CADcNwgAFTgIAB04CAAnchEAbjgIAL84CADMOAgAFDkIADA5CABpOQgAcTkIAHxyEQDDOQgAEzoIABY6CABoOggAcjoIAL06CADOOggAEjsIABc7CABnOwgAbDsIALw7CADcOwgAETwIABo8CABmPAgAZzwIALs8CADHPAgAED0IABY9CABlPQgAaz0IALo9CAC/PQgADz4IABU+CADRchEAZT4IALk+CADFPggADj8IABs/CABjPwgAaz8IALg/CADBPwgADUAIABpACABiQAgAcEAIALdACADKQAgADEEIABRBCABhQQgAZEEIALZBCAC7QQgAC0IIABpCCABgQggAgEIIALVCCADBQggACkMIABRDCADQcxEAaUMIALRDCAC2QwgACUQIABNECABeRAgAZ0QIALNECAC2RAgACEUIABBFCABdRQgAlEUIACV0EQC+RQgAB0YIABZGCABcRggAfEYIALFGCAC9RggABkcIAA1HCABbRwgAYEcIALBHCACxRwgABUgIABFICABaSAgAYEgIAK9ICACxSAgABEkIAA5JCABZSQgAZ0kIAK5JCACzSQgAA0oIABBKCABYSggAYkoIAK1KCAC7SggAAksIABhLCABXSwgAY0sIAKxLCACxSwgAAUwIAApMCABWTAgAYEwIAKtMCAC3TAgAAE0IABNNCABVTQgAZE0IAKpNCAC2TQgA/00IAABOCABUTggAXk4IAKlOCAC3TggA/k4IAANPCABTTwgAYE8IAHp0EQC2TwgA/U8IABNQCABSUAgAXlAIAKdQCACuUAgA/FAIAARRCABRUQgAVlEIAKZRCACvUQgA+1EIAAVSCABQUggAWFIIAKVSCACpUggA+lIIAPxSCABPUwgAXVMIAKRTCACuUwgA+VMIAAdUCABOVAgAW1QIAKNUCAC6VAgA+FQIAABVCABNVQgAXVUIAKJVCACnVQgA91UIAP1VCABMVggAVFYIAKFWCACmVggA9lYIAPdWCABLVwgAV1cIAKBXCACmVwgA9VcIAPdXCABKWAgAVFgIAJ9YCACtWAgA9FgIAPlYCABJWQgAVlkIAHl1EQCgWQgA81kIAP1ZCABIWggAVloIAJ1aCACiWggA8loIAP9aCABHWwgASVsIABwvCgBRWwgAnFsIAKpbCADxWwgAB1wIAEZcCABSXAgAm1wIAKBcCADwXAgA+VwIAEVdCABPXQgAml0IAKZdCADvXQgAAl4IAEReCABTXggAmV4IAKVeCADuXggA714IAENfCABNXwgAmF8IAKZfCADtXwgA8l8IAEJgCABPYAgAznURAKBgCADsYAgA9mAIAEFhCABDYQgAlmEIAKBhCADrYQgA92EIAEBiCABIYggAzXYRAJZiCADqYggA9mIIAD9jCABFYwgAlGMIAJZjCADpYwgA82MIAD5kCABMZAgAk2QIAJhkCADoZAgA9WQIAD1lCABFZQgAkmUIAJxlCADnZQgA9WUIADxmCABSZggAkWYIAJ1mCADmZggA7WYIADtnCABDZwgAkGcIAJVnCADlZwgA7mcIADpoCABEaAgAj2gIAKRoCADkaAgA7WgIADlpCABGaQgAjmkIAJBpCADjaQgA/GkIADhqCABJaggAjWoIAJlqCADiaggA6moIACJ3EQA8awgAjGsIAJRrCADhawgA92sIADZsCAA7bAgAi2wIAJJsCADgbAgA7mwIADVtCABFbQgAim0IAJ5tCADfbQgA520IADRuCABDbggAiW4IAI5uCADebggA524IADNvCABAbwgAiG8IAJJvCADdbwgA6W8IADJwCAA4cAgAd3cRAJVwCADccAgA8nAIADFxCAA9cQgAhnEIAItxCADbcQgA5HEIADByCAA6cggAhXIIAI1yCADacggA3nIIAC9zCAAxcwgAhHMIAJJzCADZcwgA43MIAC50CAA8dAgAg3QIAJB0CADYdAgA73QIAC11CAA1dQgAgnUIAJJ1CADXdQgA3HUIACx2CAAydggAgXYIAIl2CADWdggA8XYIACt3CAAtdwgAgHcIAJF3CADVdwgA3ncIACp4CAA2eAgAzHcRAIR4CADUeAgA13gIACl5CAAzeQgAfnkIAIB5CADTeQgA7nkIACh6CAAqeggAfXoIAIt6CADSeggA43oIACd7CAApewgAfHsIAJV7CADRewgA4nsIACZ8CAAyfAgAIXgRAJh8CADQfAgA4XwIACV9CABBfQgAen0IAIJ9CAB2eBEA1H0IACR+CAAsfggAeX4IAIR+CADOfggA034IACN/CAAmfwgAeH8IAIJ/CADNfwgA0H8IACKACAAqgAgAd4AIAHmACADMgAgA54AIACGBCAAjgQgAdoEIAISBCADLgQgA3IEIACCCCAAigggAdYIIAI6CCADKgggA24IIAB+DCAArgwgAdIMIAHyDCADLeBEA1oMIAB6ECAAmhAgAc4QIAH2ECADIhAgA04QIAB2FCAAphQgAcoUIAHqFCAAgeREAzIUIAByGCAAhhggAcYYIAIKGCAB1eREA04YIABuHCAAdhwgAcIcIAImHCADFhwgA1ocIABqICAAmiAgAb4gIAHeICADKeREAyYgIABmJCAAhiQgAbokIAH2JCADDiQgAyYkIABiKCAAkiggAbYoIAG+KCADCiggAzIoIABeLCAAjiwgAbIsIAHSLCAAfehEAzYsIABaMCAAZjAgAa4wIAG6MCADAjAgAzowIABWNCAAajQgAao0IAHeNCAB0ehEA0I0IABSOCAAcjggAaY4IACGOCAC1lwgAdI4IAL6OCADDjggAE48IABaPCABojwgAco8IAL2PCADgjwgAEpAIABWQCABnkAgAi5AIALyQCADEkAgAyXoRABeRCABmkQgAdJEIALuRCADHkQgAEJIIABeSCABlkggAbZIIALqSCADKkggAD5MIABSTCABkkwgAapMIALmTCADBkwgADpQIACuUCABjlAgAbJQIALiUCADElAgADZUIABOVCABilQgAdpUIALeVCAC/lQgADJYIAByWCABhlggAY5YIALaWCADElggAC5cIAByXCAAeexEAZ5cIAHN7EQC6lwgACpgIABGYCABfmAgAa5gIALSYCAC3mAgACZkIABmZCABemQgAYJkIALOZCADBmQgACJoIABmaCADIexEAZJoIAB18EQDFmggAB5sIABabCABcmwgAaJsIALGbCACymwgABpwIABCcCABbnAgAaZwIALCcCAC1nAgABZ0IABKdCAByfBEAX50IAK+dCAC4nQgABJ4IABWeCABZnggAYJ4IAK6eCAC2nggAA58IABCfCABYnwgAXZ8IAK2fCAC3nwgAAqAIAAqgCABXoAgAXaAIAKygCAC4oAgAAaEIAAOhCABWoQgAZaEIAKuhCAC2oQgAAKIIAAiiCABVoggAV6IIAKqiCAC3oggA/6IIABOjCABUowgAXKMIAKmjCAC4owgA/qMIAAOkCABTpAgAYKQIAKikCACypAgA/aQIAP+kCABSpQgAYaUIAKelCACxpQgA/KUIAASmCABRpggAUqYIAKamCACrpggA+6YIAAmnCABQpwgAXacIAKWnCACvpwgAcX0RAP2nCABPqAgAW6gIAJW3CABrqAgApKgIAKyoCADGfREA/qgIAE6pCABWqQgAo6kIAKapCAD4qQgABKoIAE2qCABTqggAoqoIAL2qCAD3qggAA6sIAEyrCABSqwgAoasIAKSrCAD2qwgA/qsIAEusCABNrAgAoKwIALusCAD1rAgA96wIAEqtCABYrQgAn60IALCtCAD0rQgA9q0IAEmuCABirggAnq4IAK+uCADzrggA/64IAEivCABQrwgAG34RAKKvCADyrwgA+K8IAEewCABPsAgAnLAIAKuwCADxsAgA9rAIAEaxCABTsQgAm7EIAKixCADwsQgA/LEIAEWyCABUsggAmrIIAKSyCADvsggA/bIIAESzCABJswgAmbMIAKazCABwfhEA+rMIAEO0CABJtAgAmLQIALO0CADttAgA+bQIAEK1CABItQgAl7UIAJq1CADstQgA+LUIAEG2CABHtggAlrYIAJy2CADrtggA8LYIAEC3CABGtwgAxX4RAJu3CADqtwgA8LcIAD+4CABEuAgAlLgIAJq4CAAafxEA7rgIAD65CABLuQgAk7kIAKC5CADouQgA9LkIAD26CABMuggAkroIAJy6CADnuggA9boIADy7CABBuwgAkbsIAJ67CADmuwgA/rsIADu8CABBvAgAkLwIAJy8CADlvAgA9bwIADq9CABDvQgAj70IAJK9CADkvQgA8L0IADm+CABAvggAGYARAJC+CADjvggA7b4IADi/CAA7vwgAjb8IAJW/CADivwgA5b8IADfACABDwAgAjMAIAJLACADhwAgA/MAIADbBCABCwQgAi8EIAJHBCABugBEAAMIIADXCCABAwggAisIIAI/CCADfwggA6MIIADTDCAA3wwgAicMIAJXDCADewwgA6sMIAH7OCAD2wwgAM8QIADrECACIxAgAjsQIAN3ECADrxAgAMsUIAE3FCACHxQgAk8UIANzFCADixQgAMcYIAEvGCACGxggAksYIANvGCADhxggAMMcIADbHCACFxwgAiscIANrHCADgxwgAw4ARADzICACEyAgAkMgIANnICADjyAgALskIADLJCACDyQgAiMkIANjJCADeyQgALcoIAE3KCACCyggAjsoIANfKCADdyggALMsIADLLCACBywgAhssIANbLCADcywgAbYERADDMCACAzAgAh8wIANXMCADhzAgAKs0IAEbNCAB/zQgAh80IAGyCEQD9zQgAKc4IAE/OCADBghEAkc4IANPOCADizggAKM8IADTPCAB9zwgAfs8IANLPCADczwgAJ9AIADXQCAB80AgAgdAIANHQCADe0AgAFoMRAC7RCAAVhBEAgNEIANDRCADd0QgAJdIIADLSCAB60ggAhtIIAM/SCADe0ggAJNMIAC7TCAB50wgAh9MIAM7TCADT0wgAI9QIADDUCAB41AgAgNQIAGqEEQDZ1AgAItUIADLVCAB31QgAgNUIAMzVCADP1QgAIdYIAC3WCAB21ggAfdYIAL+EEQDW1ggAINcIACzXCAB11wgAfdcIABSFEQDX1wgAH9gIACbYCAB02AgAddgIAMnYCADO2AgAHtkIACzZCABz2QgAgNkIAMjZCADS2QgAHdoIACXaCABy2ggAe9oIAMfaCADN2ggAHNsIAC3bCABx2wgAjdsIAMbbCADO2wgAaYURACbcCABw3AgAetwIAMXcCADP3AgAGt0IABvdCAC+hREAdN0IAMTdCADR3QgAGd4IACbeCABu3ggAet4IAMPeCADS3ggAGN8IACLfCABt3wgAdd8IAMLfCADM3wgAF+AIABzgCABs4AgAdOAIABOGEQDM4AgAFuEIACLhCABr4QgAc+EIAGiGEQDF4QgAFeIIACTiCABq4ggAiuIIAL/iCADL4ggAFOMIABrjCABp4wgAceMIAL7jCADF4wgAE+QIABXkCABo5AgAdOQIAL3kCADT5AgAEuUIABflCABn5QgAdOUIAL2GEQDB5QgAEeYIACDmCABm5ggAhuYIALvmCADH5ggAEOcIABbnCABl5wgAbecIALrnCADB5wgAD+gIABHoCABk6AgAcOgIALnoCADP6AgADukIABPpCABj6QgAcOkIALjpCADA6QgADeoIABPqCABi6ggAa+oIALfqCADE6ggADOsIABnrCABh6wgAb+sIALbrCADD6wgAC+wIACLsCABg7AgAkOwIABKHEQC77AgACu0IAMLsCAC/MQ8AIO0IAF/tCABt7QgAtO0IALftCAAJ7ggADO4IAF7uCABs7ggAs+4IALjuCAAI7wgAFe8IAF3vCABl7wgAsu8IALnvCAAH8AgAE/AIAFzwCABp8AgAsfAIAL/wCAAG8QgAEvEIAFvxCABi8QgAsPEIALjxCAAF8ggACfIIAFryCABl8ggAr/IIAL3yCAAE8wgAFfMIAFnzCABl8wgArvMIALbzCABnhxEACfQIAFj0CABs9AgArfQIALv0CAAC9QgAD/UIAFf1CABu9QgArPUIALT1CAAB9ggAC/YIAFb2CABb9ggAq/YIALP2CAAA9wgAD/cIAFX3CABa9wgAqvcIALf3CAD/9wgADPgIAFT4CABg+AgAqfgIALj4CAD++AgACPkIAFP5CABb+QgAqPkIALL5CAD9+QgAAvoIAFL6CABa+ggAvIcRALL6CAD8+ggACPsIAFH7CABZ+wgAEYgRAKv7CAD7+wgACvwIAFD8CABw/AgApfwIALH8CAD6/AgAAP0IAE/9CABX/QgApP0IAKv9CAD5/QgA+/0IAE7+CABa/ggAo/4IALn+CAD4/ggA/f4IAE3/CABa/wgAZogRAKv/CAD3/wgA/f8IAEwACQBaAAkAoQAJAK4ACQD2AAkADQEJAEsBCQBTAQkAoAEJAK8BCQD1AQkA+gEJAEoCCQBXAgkAnwIJAKwCCQD0AgkAAAMJAEkDCQBYAwkAngMJAKgDCQDzAwkADwQJAEgECQBQBAkAu4gRAKoECQB9yg0ArAQJAPIECQD8BAkAAkUOABIFCQBHBQkAUwUJAJwFCQCiBQkA8QUJAPkFCQBZSAkA/QUJAEYGCQALBgkAbzIJAFkGCQCbBgkAqgYJAPAGCQD8BgkARQcJAEYHCQCaBwkApAcJAO8HCQD9BwkARAgJAEkICQCZCAkApggJABCJEQD0CAkAQwkJAEkJCQCYCQkAnQkJAO0JCQDzCQkAD4oRAE0KCQCXCgkApQoJAOwKCQD9CgkAQQsJAE0LCQCWCwkAngsJALmKEQD3CwkAQAwJAEoMCQCVDAkApAwJAOoMCQD1DAkAPw0JAE0NCQCUDQkAoQ0JAOkNCQAADgkAPg4JAEYOCQCTDgkAlg4JAOgOCQD0DgkAPQ8JAEMPCQCSDwkArQ8JAOcPCQDzDwkAPBAJAEIQCQCREAkAmRAJAOYQCQDoEAkAOxEJADwRCQCQEQkAnhEJAOURCQDtEQkAOhIJAFUSCQCPEgkAmxIJAOQSCQDqEgkAORMJADwTCQCOEwkAnBMJAOMTCQDoEwkAOBQJAEUUCQCNFAkAqRQJAOIUCQDqFAkADosRAEQVCQAFQg4ASBUJAIwVCQBKFQkAVpsOAJgVCQDhFQkA7hUJADYWCQA7FgkAixYJAJUWCQDgFgkA8BYJADUXCQA6FwkAihcJAJMXCQDfFwkA7BcJADQYCQA7GAkAiRgJAJUYCQDeGAkA5BgJADMZCQA5GQkAiBkJAI0ZCQDdGQkA4xkJAGOLEQA+GgkAhxoJAI0aCQDcGgkA4hoJADEbCQA+GwkAhhsJAIsbCQDbGwkA4xsJADAcCQBmHAkAhRwJALAcCQDaHAkA4hwJAC8dCQA8HQkAhB0JAIkdCQDZHQkA4R0JAC4eCQAxHgkAgx4JAIweCQDYHgkA5x4JAC0fCQA4HwkAgh8JAIofCQDXHwkA5x8JACwgCQA6IAkAgSAJAJIgCQDWIAkA4iAJACshCQAzIQkAYowRAIYhCQDVIQkA3SEJACoiCQAxIgkAfyIJAI0iCQDUIgkA2iIJACkjCQA1IwkAfiMJAI0jCQDTIwkA3SMJACgkCQAtJAkAfSQJAIMkCQDSJAkA5iQJALeMEQAxJQkA/qIJADQlCQB8JQkANiUJAI9nCQCBJQkA0SUJAN0lCQAmJgkAMyYJAHsmCQCFJgkADI0RAOsmCQAlJwkAJycJAHonCQCAJwkAzycJAAcoCQAkKAkAKigJAHkoCQCCKAkAzigJANsoCQAjKQkAWykJAHgpCQB/KQkAzSkJANIpCQAiKgkAMSoJAHcqCQCXKgkAzCoJANgqCQAhKwkAJysJAHYrCQCQKwkAyysJAM4rCQAgLAkAJSwJAHUsCQCELAkAyiwJAOosCQC2jREAPy0JAHQtCQCALQkAyS0JANMtCQAeLgkAKi4JAGrhCQArLgkAcy4JAHguCQDILgkA0i4JAB0vCQAtLwkAci8JAHcvCQDHLwkA0C8JABwwCQApMAkAcTAJAHgwCQDGMAkA0jAJABsxCQAhMQkAcDEJAHYxCQDFMQkAyjEJABoyCQAgMgkAC44RAHIyCQDEMgkAyTIJABkzCQAoMwkAbjMJAI4zCQC1jhEA0TMJABg0CQAlNAkAbTQJAHQ0CQDCNAkAyjQJABc1CQAZNQkAbDUJAB41CQD1/gsALjUJAN+/CwByNQkAZOULAHQ1CQDBNQkAxTUJALk9CQDXNQkAyYALANw1CQAWNgkAGDYJAGs2CQB8NgkAwDYJAM42CQAVNwkAHDcJAGo3CQByNwkAvzcJAMY3CQAUOAkAGTgJAGk4CQB4OAkAvjgJAN44CQATOQkAHzkJAGg5CQBuOQkAvTkJAMU5CQASOgkAHjoJAGc6CQB0OgkAvDoJANc6CQAROwkAHzsJAGY7CQBsOwkAuzsJAMA7CQAQPAkAHTwJAGU8CQB7PAkAujwJAMY8CQAPPQkAHD0JAGQ9CQBuPQkACo8RAL49CQAOPgkAFD4JAGM+CQCDPgkAuD4JAMY+CQANPwkAGj8JAGI/CQB5PwkAtz8JAL8/CQAMQAkAG0AJAGFACQBmQAkAtkAJAMNACQALQQkAFUEJAGBBCQBiQQkAtUEJAMNBCQAKQgkAF0IJAF9CCQBrQgkAtEIJALpCCQAJQwkAEUMJAF5DCQBkQwkAs0MJALxDCQAIRAkAFUQJAF1ECQBnRAkAskQJAMBECQAHRQkAHUUJAFxFCQBoRQkAsUUJALlFCQBfjxEAEEYJAFtGCQBhRgkAsEYJALJGCQAFRwkAD0cJAFpHCQBmRwkAr0cJAMZHCQAESAkAGEgJALSPEQBnSAkArkgJALFICQADSQkAC0kJAFhJCQBkSQkArUkJALtJCQACSgkADEoJAFdKCQBiSgkArEoJALhKCQABSwkAB0sJAFZLCQBeSwkAq0sJALhLCQAATAkABUwJAFVMCQBfTAkAqkwJALJMCQD/TAkABU0JAFRNCQBdTQkAqU0JALZNCQD+TQkAC04JAFNOCQBhTgkAqE4JALVOCQD9TgkAFE8JAFJPCQBaTwkAp08JAKxPCQD8TwkAAlAJAFFQCQBZUAkAplAJALxQCQD7UAkACVEJAFBRCQBTUQkApVEJALRRCQD6UQkA/1EJAE9SCQBcUgkApFIJALRSCQD5UgkAB1MJAE5TCQBlUwkAo1MJAKxTCQD4UwkA/lMJAE1UCQBZVAkAolQJAKlUCQAJkBEAA1UJAExVCQBOVQkAoVUJAKtVCQD2VQkAAlYJAEtWCQBTVgkAXpARAKVWCQD1VgkABFcJAEpXCQBqVwkAn1cJAKtXCQD0VwkA+lcJAElYCQBRWAkAnlgJAJ9YCQDzWAkA+VgJAEhZCQBNWQkAnVkJALhZCQDyWQkAAFoJAEdaCQBOWgkAnFoJAKhaCQDxWgkA91oJALOQEQBLWwkAm1sJAKVbCQDwWwkAAVwJAEVcCQBRXAkAmlwJAJ1cCQDvXAkA8lwJAERdCQBMXQkAmV0JAKBdCQDuXQkA810JAENeCQBSXgkAmF4JALheCQDtXgkA+V4JAEJfCQBIXwkAl18JAJ9fCQDsXwkA+V8JAEFgCQBGYAkAlmAJAKBgCQDrYAkA82AJAEBhCQBQYQkAlWEJAJphCQDqYQkA82EJAD9iCQBMYgkAlGIJAJtiCQAIkREA7mIJAD5jCQBNYwkAk2MJALNjCQDoYwkA9GMJAD1kCQBDZAkAkmQJAJpkCQDnZAkA82QJADxlCQBJZQkAkWUJAJhlCQDmZQkA52UJADtmCQBAZgkAkGYJAJ5mCQDlZgkA8mYJADpnCQBEZwkAXZERAJRnCQDkZwkA8WcJADloCQBGaAkAjmgJAJRoCQDjaAkA72gJADhpCQBIaQkAjWkJAJZpCQDiaQkA5WkJADdqCQBDagkAjGoJAJNqCQCykREA42oJADZrCQDoagkAqfQMAPFqCQBXRg0AR2sJAItrCQCTawkA4GsJAOprCQA1bAkARGwJAIpsCQCLbAkA32wJAOdsCQBckhEAPG0JALGSEQCnbQkA3m0JAKxtCQBNoREAs20JAGiOCQDmbQkAM24JAEJuCQCIbgkAjW4JAN1uCQDqbgkAMm8JAD9vCQCHbwkAk28JANxvCQDrbwkAMXAJADtwCQCGcAkAqXAJANtwCQARcQkAMHEJAFRxCQCFcQkAjXEJAAWUEQDfcQkAL3IJADVyCQCEcgkAjHIJAFqUEQDncgkALnMJAElzCQCDcwkAj3MJANhzCQDpcwkALXQJAEF0CQCCdAkAinQJANd0CQDddAkALHUJADh1CQCBdQkAkXUJANZ1CQDfdQkAK3YJAC52CQCAdgkAjHYJANV2CQDcdgkAr5QRADh3CQB/dwkAiXcJAASVEQDZdwkAKXgJADZ4CQB+eAkAi3gJANN4CQDfeAkAKHkJADd5CQB9eQkAh3kJANJ5CQDgeQkAJ3oJACx6CQB8egkAiXoJANF6CQDZegkAWZURADJ7CQB7ewkAi3sJANB7CQDZewkAJXwJACh8CQB6fAkAhnwJAM98CQDWfAkArpURADN9CQB5fQkAfn0JAM59CQDbfQkAI34JADB+CQB4fgkAfn4JAM1+CQDZfgkAIn8JADJ/CQB3fwkAgH8JAMx/CQDPfwkAIYAJAC2ACQB2gAkAfYAJAAOWEQDQgAkAIIEJAC2BCQB1gQkAk4EJAMqBCQDWgQkAH4IJADKCCQB0ggkAgoIJAMmCCQDMggkAHoMJACiDCQBzgwkAgYMJAMiDCQDVgwkAHYQJADSECQByhAkAeoQJAMeECQDOhAkAHIUJACGFCQBxhQkAh4UJAMaFCQDIhQkAG4YJACmGCQBwhgkAfYYJAFiWEQDNhgkArZYRAB+HCQBvhwkAfIcJAMSHCQDRhwkAGYgJACWICQBuiAkAfYgJAMOICQDNiAkAGIkJACaJCQBtiQkAcokJAMKJCQDPiQkAF4oJAB+KCQAClxEAeIoJAMGKCQDRigkAFosJAB+LCQBriwkAbosJAMCLCQDMiwkAFYwJAByMCQBXlxEAdowJAL+MCQDPjAkAFI0JANWMCQAmIQ4AHY0JAGmNCQBsjQkAvo0JAMqNCQATjgkAGo4JAKyXEQBxjgkAupEJAHKOCQC9jgkAzI4JABKPCQDOjgkAZpAJABOPCQBnjwkAg48JALyPCQD0jwkAEZAJAEmQCQABmBEAaZAJALuQCQDXkAkAEJEJAEiRCQBlkQkAnZEJAFaYEQDHkQkAD5IJAB2SCQBkkgkAd5IJALmSCQDVkgkADpMJAEaTCQBjkwkAm5MJAKuYEQDJkwkADZQJABmUCQBilAkAapQJAACZEQC8lAkADJUJABSVCQBhlQkAcJUJALaVCQC7lQkAC5YJABiWCQBglgkAbZYJALWWCQDBlgkACpcJABmXCQBflwkAaZcJALSXCQC8lwkACZgJABOYCQBemAkAY5gJALOYCQC7mAkAVZkRABeZCQBdmQkAGZkJALGaCQBemQkAspkJAM6ZCQAHmgkAP5oJAFyaCQCUmgkAqpkRALSaCQAGmwkAIpsJAFubCQCTmwkAsJsJAOibCQD/mREACJwJAFqcCQBrnAkAr5wJAMucCQAEnQkAPJ0JAFmdCQCRnQkAVJoRALudCQADngkAD54JAFieCQBnngkArZ4JALeeCQACnwkACp8JAOITCgAQnwkAV58JAFyfCQCsnwkAuZ8JAAGgCQAJoAkAVqAJAFygCQCroAkAZqAJAPAFCgC3oAkAAKEJABChCQBVoQkAXqEJAKqhCQCtoQkA/6EJAAuiCQBUogkAW6IJAKmaEQDMogkA/poRAAyjCQBTowkAaaMJAKijCQC0owkA/aMJAASkCQBSpAkAV6QJAKekCQCwpAkA/KQJAAalCQBTmxEAVqUJAOK7DABbpQkApqUJAF2lCQD0VAwAsKUJAPulCQD8pQkAUKYJAF+mCQClpgkAqqYJAPqmCQAHpwkAT6cJAFynCQCkpwkAsKcJAPmnCQAIqAkATqgJAFioCQCjqAkAsagJAPioCQD9qAkATakJAFqpCQCiqQkAo6kJAPepCQD8qQkATKoJAFGqCQChqgkAsqoJAPaqCQAZqwkAS6sJAFarCQCgqwkApasJAPWrCQD4qwkASqwJAFSsCQCfrAkAx6wJAPSsCQATrQkA/ZsRAFWtCQCerQkAoK0JAPOtCQACrgkASK4JAFOuCQCdrgkApa4JAPKuCQD5rgkAR68JAEmvCQCcrwkApq8JAPGvCQDzrwkARrAJAF+wCQCbsAkAnbAJAPCwCQDzsAkARbEJAFGxCQCasQkAorEJAFKcEQD7sQkARLIJAEqyCQCZsgkAtLIJAO6yCQD6sgkAQ7MJAEmzCQCYswkAoLMJAO2zCQDvswkAQrQJAEy0CQCXtAkAn7QJAKecEQD9tAkAQbUJAEi1CQCWtQkAnrUJAOu1CQD4tQkAQLYJAEW2CQCVtgkAn7YJAOq2CQDytgkAP7cJAE63CQCUtwkAmbcJAOm3CQD2twkAPrgJAEu4CQCTuAkAn7gJAOi4CQD3uAkAPbkJAEe5CQCSuQkAmrkJAOe5CQDxuQkAPLoJAEG6CQCRugkAmboJAPycEQDyugkAO7sJAEu7CQCQuwkAmbsJAOW7CQDouwkAOrwJAEa8CQCPvAkAlrwJAFGdEQDqvAkAOb0JAD+9CQCOvQkAk70JAOO9CQDpvQkApp0RAD6+CQCNvgkAk74JAOK+CQDnvgkAa9sOAO++CQA3vwkAPL8JAIy/CQCUvwkA4b8JAArACQA2wAkAFcAJAITHCQBfwAkAi8AJALTACQDgwAkAC8EJADXBCQA9wQkAisEJAJnBCQDfwQkA5MEJADTCCQBBwgkAicIJAJbCCQDewgkA6sIJADPDCQBCwwkAiMMJAJLDCQDdwwkA68MJADLECQA3xAkAh8QJAJTECQDcxAkA5MQJADHFCQA3xQkAhsUJAJLFCQDbxQkA68UJADDGCQA5xgkAhcYJAIjGCQDaxgkA5sYJAC/HCQA2xwkA+50RAK3HCQDZxwkABMgJAC7ICQA2yAkAg8gJAJLICQDYyAkA3cgJAC3JCQA6yQkAgskJAI/JCQDXyQkA48kJACzKCQA7ygkAgcoJAIvKCQDWygkA5MoJACvLCQAwywkAgMsJAI3LCQDVywkA3csJACrMCQAwzAkAf8wJAIvMCQDUzAkA5MwJACnNCQAyzQkAfs0JAIHNCQDTzQkA380JACjOCQAvzgkAUJ4RAH/OCQAG6w4Ai84JANLOCQDfzgkAJ88JADPPCQB8zwkAgs8JANHPCQDXzwkAJtAJACvQCQB70AkAgdAJAKWeEQD20AkAJdEJAEvRCQB60QkArtEJAM/RCQD40QkAJNIJAE/SCQBPnxEAhdIJAM7SCQCH0gkAnAMLANjSCQAj0wkAPdMJAHjTCQB70wkA2B0KAIfTCQDN0wkA0tMJACLUCQAv1AkAd9QJAITUCQDM1AkA2NQJACHVCQAw1QkAdtUJAIDVCQDL1QkA19UJACDWCQAz1gkAddYJAITWCQDK1gkA1tYJAB/XCQAg1wkAdNcJAH7XCQDJ1wkA19cJAB7YCQAj2AkAc9gJAIDYCQCknxEAzdgJAB3ZCQAq2QkActkJAH/ZCQDH2QkA09kJABzaCQAr2gkAcdoJAHvaCQDG2gkA1NoJABvbCQAg2wkAcNsJAH3bCQDF2wkAzdsJAKOgEQAm3AkAb9wJAH/cCQDE3AkAzdwJABndCQAc3QkAbt0JAHrdCQDD3QkAyt0JAPigEQAb3gkAbd4JAHXeCQDC3gkAzt4JABffCQAd3wkAbN8JAHLfCQDB3wkAxt8JABbgCQAc4AkAoqERAJTgCQDA4AkA6eAJABXhCQA54QkATKIRAHDhCQAvGwsAfeEJAL/hCQDO4QkAFOIJACDiCQBp4gkAauIJAL7iCQDI4gkAE+MJACHjCQBo4wkAbeMJAL3jCQDK4wkAoaIRADXkCQD2ohEAkOQJALzkCQDl5AkAEeUJADXlCQBLoxEAdOUJALvlCQDA5QkAEOYJAB3mCQBl5gkAbeYJALrmCQDA5gkAD+cJABvnCQBk5wkAdOcJALnnCQDC5wkADugJABHoCQBj6AkAnugJALjoCQDE6AkAoKMRABPpCQBi6QkAe+kJALfpCQDF6QkADOoJABnqCQBh6gkAaOoJALbqCQC/6gkAC+sJABjrCQBg6wkAd+sJALXrCQC46wkACuwJAAzsCQBf7AkAaOwJALTsCQDE7AkACe0JACLtCQBe7QkAYO0JALPtCQC87QkACO4JABDuCQBd7gkAX+4JALLuCQDL7gkAB+8JAB7vCQBc7wkAaO8JALHvCQDC7wkABvAJABLwCQBb8AkAZvAJALDwCQC98AkABfEJAA/xCQD1oxEAbfEJAK/xCQC98QkABPIJAOzxCQBR+gkAQPIJAFnyCQBm8gkArvIJALbyCQAD8wkACfMJAFjzCQBk8wkArfMJALjzCQAC9AkAC/QJAFf0CQBa9AkArPQJAK70CQAB9QkACPUJAFb1CQBY9QkASqQRAK71CQAA9gkADvYJAFX2CQBa9gkAqvYJALf2CQD/9gkAC/cJAFT3CQBc9wkAn6QRALf3CQD+9wkADvgJAFP4CQBh+AkAqPgJALH4CQD9+AkAB/kJAFL5CQBU+QkAp/kJALH5CQD8+QkA/vkJAPSkEQBW+gkApvoJAK76CQD7+gkAAfsJAFD7CQBc+wkApfsJALT7CQD6+wkAA/wJAE/8CQBS/AkApPwJAKb8CQD5/AkAAP0JAE79CQBQ/QkASaURAKj9CQD4/QkAFP4JAE3+CQBp/gkAnqURAK/+CQAROQsAsf4JAPf+CQD8/gkATP8JAFn/CQCh/wkArv8JAPb/CQD8/wkASwAKAFcACgCgAAoAsAAKAPUACgD+AAoASgEKAE0BCgCfAQoAqwEKAPQBCgD7AQoA86URAFgCCgCeAgoAowIKAPMCCgAAAwoASAMKAFUDCgCdAwoAowMKAPIDCgD+AwoARwQKAFcECgCcBAoApQQKAPEECgD0BAoARgUKAFIFCgCbBQoAogUKAEimEQDyBQoARQYKAFMGCgCaBgoAqwYKAJ2mEQD2BgoA8qYRAEwHCgBHpxEAngcKAO4HCgD7BwoAQwgKAFAICgCYCAoApAgKAO0ICgD8CAoAQgkKAEwJCgCXCQoApQkKAOwJCgDxCQoAQQoKAE4KCgCWCgoAngoKAJynEQD3CgoAQAsKAFALCgCVCwoAngsKAOoLCgDtCwoAPwwKAEsMCgCUDAoAmwwKAPGnEQDrDAoAPg0KAEwNCgCTDQoApA0KAEaoEQDvDQoAm6gRAEUOCgDwqBEAlw4KAOcOCgD0DgoAPA8KAEkPCgCRDwoAnQ8KAOYPCgD1DwoAOxAKAEUQCgCQEAoAnhAKAOUQCgDqEAoAOhEKAEcRCgCPEQoAlxEKAEWpEQDwEQoAORIKAEkSCgCOEgoAlxIKAOMSCgDmEgoAOBMKAEQTCgCNEwoAlBMKAJqpEQDsEwoANxQKAEUUCgCMFAoAohQKAOEUCgDtFAoANhUKAD0VCgCLFQoAkxUKAOAVCgDlFQoANRYKAD4WCgCKFgoAlBYKAO+pEQD1FgoANBcKAEAXCgCJFwoAkBcKAN4XCgDmFwoAMxgKADgYCgCIGAoAkRgKAN0YCgDnGAoARKoRADcZCgDdwAwAPhkKAORmCgBBGQoAhxkKAFwZCgBqgxIAjBkKANwZCgDpGQoAMRoKAD4aCgCGGgoAkhoKANsaCgDqGgoAMBsKADobCgCFGwoAkxsKANobCgDnGwoALxwKAEYcCgCEHAoAjBwKANkcCgDjHAoALh0KADMdCgCDHQoAix0KAJmqEQDdHQoALR4KADweCgCCHgoAoh4KANceCgDjHgoALB8KADYfCgCBHwoAix8KANYfCgDkHwoAKyAKAEEgCgCAIAoAjCAKANUgCgDaIAoAKiEKADMhCgB/IQoAiSEKANQhCgDgIQoAKSIKADwiCgB+IgoAjSIKANMiCgDfIgoAKCMKACkjCgB9IwoAhyMKANIjCgDgIwoAJyQKACwkCgB8JAoAiSQKAEOrEQDfJAoAJiUKADwlCgB7JQoAhyUKANAlCgDXJQoAJSYKAC0mCgB6JgoAfyYKAM8mCgDYJgoAJCcKAC4nCgBCrBEAficKAM4nCgDWJwoAIygKACYoCgB4KAoAgSgKAM0oCgDcKAoAIikKAC0pCgB3KQoAfykKAMwpCgDcKQoAISoKAC8qCgB2KgoAhyoKAMsqCgDXKgoAICsKACgrCgCXrBEAeysKAMorCgDSKwoAHywKACYsCgB0LAoAgiwKAMksCgDPLAoAHi0KACotCgBzLQoAgi0KAMgtCgDSLQoAHS4KACIuCgByLgoAeC4KAMcuCgDbLgoA7KwRAC0vCgBxLwoAfS8KAMYvCgDMLwoAGzAKACEwCgBwMAoAdTAKAMUwCgDLMAoAQa0RAB8xCgBvMQoAgDEKAMQxCgDMMQoAGTIKANAxCgBSTgoA0jEKAGmHDwAjMgoAbjIKAHwyCgDDMgoA2TIKABgzCgAkMwoAbTMKAHQzCgDCMwoAyjMKABc0CgAcNAoAbDQKAHU0CgDBNAoAyzQKABY1CgAeNQoAazUKAG81CgDANQoAyzUKABU2CgAjNgoAajYKAHs2CgC/NgoAyzYKABQ3CgAcNwoAlq0RAGs3CgC+NwoAzDcKABM4CgAdOAoAaDgKAHY4CgC9OAoAyjgKABI5CgApOQoAZzkKAG85CgC8OQoAzDkKABE6CgAWOgoAZjoKAGw6CgC7OgoAwzoKABA7CgASOwoAZTsKAHI7CgC6OwoAwjsKAA88CgAUPAoAZDwKAGU8CgC5PAoAxTwKAA49CgAbPQoAYz0KAGs9CgC4PQoAxz0KAA0+CgASPgoAYj4KAG8+CgC3PgoAxD4KAAw/CgAYPwoAYT8KAHA/CgC2PwoAwD8KAAtACgAZQAoAYEAKAGVACgC1QAoAwkAKAOutEQANQQoAX0EKAGdBCgC0QQoAwUEKAAlCCgAOQgoAXkIKAGhCCgCzQgoAu0IKAAhDCgAKQwoAXUMKAHhDCgCyQwoAtEMKAAdECgAVRAoAXEQKAG1ECgCxRAoAs0QKAAZFCgAfRQoAW0UKAGxFCgCwRQoAvEUKAECuEQANRgoAWkYKAGBGCgCvRgoAu0YKAARHCgAhRwoAWUcKAGJHCgCuRwoAukcKAANICgAGSAoAWEgKAGJICgCtSAoAtUgKAAJJCgAMSQoAV0kKAGVJCgCsSQoAwkkKAAFKCgANSgoAVkoKAF1KCgCrSgoAs0oKAABLCgAFSwoAVUsKAF5LCgCqSwoAtEsKAP9LCgAHTAoAVEwKAFZMCgCpTAoAuUwKAP5MCgAITQoAU00KAF9NCgCoTQoArk0KAP1NCgAFTgoAla4RAFhOCgCnTgoArU4KAPxOCgABTwoAUU8KAFdPCgDqrhEAtE8KAPtPCgARUAoAUFAKAFxQCgClUAoAqlAKAPpQCgADUQoAT1EKAFlRCgCkUQoAx1EKAPlRCgD9UQoATlIKAAhSCgCiUwoAUFIKAKNSCgCxUgoA+FIKAAJTCgBNUwoAcVMKAOmvEQCoUwoA91MKAANUCgBMVAoATlQKAKFUCgCrVAoA9lQKAAJVCgBLVQoAb1UKAD6wEQCkVQoA9VUKAK9VCgBJVwoA91UKAEpWCgBYVgoAn1YKAKlWCgD0VgoAGFcKAJOwEQBPVwoAnlcKAKpXCgDzVwoA9VcKAEhYCgBSWAoAnVgKAKlYCgDyWAoAFlkKAOiwEQBkWQoAnFkKAKVZCgDxWQoA/1kKAEZaCgBMWgoAm1oKAKdaCgDwWgoA+FoKAD2xEQBMWwoAmlsKALNbCgDvWwoA/lsKAERcCgBMXAoAmVwKAKhcCgDuXAoA81wKAENdCgBQXQoAmF0KAKVdCgDtXQoA+V0KAEJeCgBRXgoAl14KAKFeCgDsXgoA+l4KAEFfCgBGXwoAll8KAKNfCgCSsREA7F8KAG3dCgAEYAoAQGAKAEpgCgCVYAoAl2AKAOpgCgD4YAoAP2EKAExhCgCUYQoAnGEKAOlhCgAVYgoAPmIKAEViCgCTYgoArGIKAOhiCgD3YgoAPWMKAEVjCgCSYwoAoWMKAOdjCgDsYwoAPGQKAElkCgCRZAoAnmQKAOZkCgDyZAoAO2UKAEplCgCQZQoAmmUKAOVlCgDzZQoAOmYKAD9mCgCPZgoAnGYKAOexEQD3ZgoAOWcKAEhnCgCOZwoAmmcKAONnCgDvZwoAOGgKAD9oCgCNaAoAmWgKAOJoCgDpaAoAN2kKAD9pCgCMaQoAkGkKAOFpCgDsaQoANmoKAEJqCgCLagoAmGoKAOBqCgDoagoANWsKAD9rCgCKawoAkGsKAN9rCgDzawoANGwKAEJsCgCJbAoAlmwKAN5sCgD1bAoAM20KADttCgCIbQoAkm0KAN1tCgDibQoAMm4KADpuCgCHbgoAlm4KANxuCgDhbgoAMW8KAD5vCgCGbwoAk28KANtvCgDnbwoAMHAKAD9wCgCFcAoAj3AKADyyEQDicAoAL3EKAD5xCgCEcQoAiXEKANlxCgDicQoALnIKAD9yCgCDcgoAinIKANhyCgDgcgoALXMKADpzCgCCcwoAh3MKANdzCgDhcwoALHQKADR0CgCBdAoAmnQKANZ0CgDidAoAK3UKADN1CgCRshEAj3UKANV1CgDydQoAKnYKADN2CgB/dgoAjXYKANR2CgDadgoAKXcKADV3CgB+dwoAhXcKANN3CgDbdwoAKHgKADh4CgB9eAoAg3gKANJ4CgDXeAoAJ3kKAD15CgB8eQoAhHkKANF5CgDbeQoAJnoKADF6CgB7egoAh3oKANB6CgDYegoA5rIRADJ7CgB6ewoAgXsKAM97CgDbewoAJHwKACp8CgB5fAoAinwKAM58CgDifAoAI30KADF9CgB4fQoAhX0KAM19CgDkfQoAIn4KACp+CgB3fgoAfn4KAMx+CgDOfgoAIX8KACt/CgB2fwoAeH8KAMt/CgDkfwoAIIAKACKACgB1gAoAeIAKAMqACgDWgAoAH4EKAE2BCgA7sxEAg4EKAMmBCgDmgQoAHoIKACeCCgBzggoAgYIKAMiCCgDOggoAHYMKACmDCgBygwoAeoMKAJCzEQDPgwoAHIQKACKECgBxhAoAfYQKAMaECgDJhAoAG4UKACCFCgBwhQoAeYUKAMWFCgDLhQoAGoYKACmGCgBvhgoAe4YKAMSGCgDMhgoA5bMRAB+HCgBuhwoAc4cKAMOHCgDZhwoAGIgKACCICgBtiAoAe4gKAMKICgDMiAoAF4kKABqJCgBsiQoAdIkKAMGJCgDCiQoAFooKAByKCgBrigoAeYoKAMCKCgDWigoAFYsKABeLCgBqiwoAcIsKAL+LCgDTiwoAFIwKAByMCgBpjAoAeYwKAL6MCgDAjAoAE40KACKNCgBojQoAco0KAL2NCgDCjQoAEo4KABiOCgBnjgoAe44KALyOCgDEjgoAEY8KABaPCgBmjwoAbI8KALuPCgDDjwoAEJAKABOQCgBlkAoAapAKALqQCgDDkAoAD5EKABWRCgBkkQoAc5EKALmRCgDFkQoAOrQRABqSCgBjkgoAdpIKALiSCgDUkgoADZMKABWTCgCPtBEAcJMKALeTCgDNkwoADJQKABiUCgBhlAoAZpQKALaUCgC/lAoAC5UKABWVCgBglQoAaJUKALWVCgC3lQoACpYKABmWCgBflgoAfJYKALSWCgC9lgoACZcKABeXCgBelwoAZJcKALOXCgDBlwoACJgKABWYCgBdmAoAdJgKALKYCgC6mAoAB5kKAAmZCgBcmQoAZJkKALGZCgDAmQoABpoKAAuaCgBbmgoAaJoKALCaCgC9mgoABZsKABGbCgBamwoAaZsKAK+bCgC5mwoABJwKABKcCgBZnAoAXpwKAK6cCgC7nAoA5LQRAA2dCgBYnQoAWp0KAK2dCgC0nQoAAp4KAAmeCgBXngoAXZ4KAKyeCgC6ngoAAZ8KAA6fCgBWnwoAZp8KAKufCgCwnwoAAKAKAAigCgBVoAoAHKAKAOUPCwBhoAoAqqAKAKygCgCnowoAt6AKAP+gCgAEoQoAVKEKAF6hCgCpoQoAuaEKAP6hCgADogoAU6IKAFyiCgCoogoAtaIKAP2iCgAEowoAUqMKAFqjCgA5tREAtaMKAPyjCgAUpAoAUaQKAFOkCgCmpAoAvaQKAPukCgD9pAoAUKUKAF6lCgClpQoAsqUKAPqlCgACpgoAjrURAFWmCgCkpgoApqYKAPmmCgAGpwoATqcKAFGnCgCjpwoAtKcKAPinCgD6pwoATagKAFeoCgCiqAoArqgKAPeoCgD/qAoA47URAFGpCgChqQoApKkKAPapCgAAqgoAS6oKAFOqCgCgqgoAraoKAPWqCgD3qgoASqsKAGCrCgCfqwoAq6sKAPSrCgD8qwoAOLYRAEysCgCerAoAYKwKAIkVDACnrAoA86wKAAGtCgBz1woAAq0KAEitCgBTrQoAna0KAKWtCgDyrQoA/a0KAEeuCgBMrgoAnK4KAJ+uCgDxrgoA+64KAOK2EQBMrwoAm68KAFCvCgAPjQ4Atq8KAPCvCgD8rwoARbAKAEuwCgCasAoAorAKAO+wCgAFsQoARLEKAFKxCgCZsQoAnLEKAO6xCgAHsgoAQ7IKAE+yCgCYsgoAo7IKAO2yCgDvsgoAQrMKAF2zCgCXswoApbMKAOyzCgD5swoAQbQKAFi0CgA3txEAmLQKAGKPDgCstAoA67QKAOy0CgBAtQoARbUKAJW1CgCbtQoA6rUKAOy1CgA/tgoARbYKAJS2CgCotgoA6bYKAPG2CgA+twoATrcKAJO3CgCVtwoA6LcKAPa3CgA9uAoATrgKAIy3EQCYuAoA57gKAPO4CgDhtxEAPrkKAJG5CgCiuQoA5rkKAO65CgA7ugoARLoKAJC6CgCXugoA5boKAOa6CgA2uBEARrsKAI+7CgCRuwoA5LsKAOu7CgA5vAoAQbwKAI68CgCXvAoA47wKAOq8CgA4vQoAOb0KAIu4EQCSvQoA4r0KAOq9CgA3vgoAQb4KAIy+CgCavgoA4b4KAPe+CgA2vwoAQr8KAIu/CgCQvwoA4L8KAOm/CgA1wAoAP8AKAOC4EQCLwAoA38AKAOfACgCj+wsA98AKADTBCgBBwQoAicEKAJXBCgDewQoA6MEKADPCCgA3wgoAiMIKAI3CCgDdwgoA48IKADLDCgBSwwoAh8MKAJ/DCgDcwwoA88MKADHECgA9xAoAhsQKAJDECgDbxAoA3cQKADDFCgA3xQoAhcUKAIzFCgDaxQoA4MUKAC/GCgA7xgoAhMYKAIfGCgDZxgoA3MYKAC7HCgA6xwoAg8cKAIbHCgDYxwoA9McKAC3ICgA1yAoANbkRAI7ICgDXyAoA4cgKACzJCgAuyQoAgckKAIjJCgDWyQoA3ckKACvKCgAxygoAgMoKAI7KCgDVygoA4soKACrLCgA6ywoAf8sKAITLCgDUywoA3MsKACnMCgA5zAoAfswKAIPMCgDTzAoA2cwKACjNCgAwzQoAirkRAIPNCgDSzQoA2s0KACfOCgAqzgoAfM4KAIjOCgDRzgoA184KACbPCgBBzwoAe88KAInPCgDQzwoA388KACXQCgAx0AoAetAKAILQCgA0uhEA1NAKACTRCgAu0QoAedEKAIHRCgDO0QoA7tEKACPSCgAw0goAeNIKAH3SCgDN0goA0dIKACLTCgAv0woAiboRAHzTCgDM0woAz9MKACHUCgAr1AoAdtQKAILUCgDL1AoA3tQKACDVCgAv1QoAddUKAIHVCgDK1QoAy9UKAB/WCgAp1goAdNYKAILWCgDJ1goAztYKAB7XCgAr1woA3roRAH3XCgDI1woAytcKAB3YCgA22AoActgKAIPYCgDH2AoA09gKABzZCgAk2QoA3bsRAHjZCgDG2QoAzdkKABvaCgAh2goAcNoKAHzaCgDF2goAyNoKABrbCgAd2woAb9sKAHfbCgDE2woA1NsKABncCgAe3AoAbtwKAHfcCgDD3AoA0NwKABjdCgAf3QoAMrwRAHndCgDC3QoAz90KABfeCgAf3goAbN4KAHbeCgDB3goA0N4KABbfCgAX3woAa98KAHPfCgDA3woAz98KABXgCgAa4AoAauAKAHfgCgC/4AoAzOAKABThCgAg4QoAaeEKAHjhCgC+4QoAyOEKABPiCgAh4goAaOIKAG3iCgC94goAyuIKABLjCgAa4woAZ+MKAHHjCgC84woAweMKABHkCgAZ5AoAh7wRAHTkCgC75AoAx+QKABDlCgAW5QoAZeUKAGvlCgC65QoAv+UKAA/mCgAV5goA3LwRAHDmCgC55goAv+YKAA7nCgAU5woAY+cKAHDnCgC45woAvecKAA3oCgAV6AoAYugKAIDoCgDbvREAuegKAMPZDQC66AoAgsYMAL3oCgBEWgwAzegKAAzpCgAN6QoAYekKAGbpCgC26QoAvOkKAAvqCgAN6goAYOoKAGbqCgC16goAyeoKAArrCgAS6woAX+sKAG/rCgC06woAtusKAAnsCgAX7AoAXuwKAG/sCgAwvhEAuewKAAjtCgAU7QoAhb4RAGrtCgCy7QoAuu0KAAfuCgAU7goAXO4KAF7uCgCx7goAx+4KAAbvCgAS7woAW+8KAGPvCgAvvxEAvO8KAAXwCgAI8AoAWvAKAF/wCgCv8AoAwPAKAATxCgAN8QoAWfEKAGPxCgCu8QoAvPEKAAPyCgAI8goAWPIKAGXyCgCEvxEAufIKAALzCgAP8woAV/MKAFnzCgCs8woAwvMKAAH0CgAN9AoAVvQKAF70CgDZvxEAsPQKAAD1CgAG9QoAVfUKAF31CgCq9QoArfUKAP/1CgAL9goAVPYKAFr2CgCp9goAxPYKAP72CgAL9woAU/cKAFX3CgCo9woAvvcKAP33CgAJ+AoAUvgKAFr4CgAuwBEArfgKAPz4CgAB+QoAUfkKAGz5CgCm+QoAtPkKAPv5CgAC+goAUPoKAFz6CgCl+goArPoKAIPAEQAF+woAT/sKAFf7CgCk+woAr/sKAPn7CgD++woATvwKAFH8CgCj/AoArfwKAPj8CgAA/QoATf0KAFv9CgCi/QoApf0KAPf9CgD//QoATP4KAGz+CgCh/goArv4KAPb+CgD7/goAS/8KAE//CgCg/woArf8KANjAEQAVAAsASgALAFMACwCfAAsAoAALAPQACwD8AAsASQELAFkBCwCeAQsAoAELAPMBCwABAgsASAILAFkCCwAtwREAowILAPICCwD+AgsAgsERAE4DCwDXwREAoQMLAPEDCwALBAsARgQLAFUECwCbBAsApgQLAPAECwDyBAsARQULAFIFCwCaBQsApwULAO8FCwD7BQsARAYLAFUGCwCZBgsAnAYLAO4GCwAIBwsAQwcLAEwHCwCYBwsApQcLAO0HCwDzBwsAQggLAE4ICwCXCAsAmggLAOwICwDxCAsAQQkLAFIJCwCWCQsAsQkLAOsJCwD3CQsAQAoLAEcKCwCVCgsAlwoLAOoKCwDxCgsAPwsLAEYLCwCUCwsAmgsLAOkLCwD1CwsAPgwLAEEMCwCTDAsAlgwLAOgMCwD0DAsAPQ0LAFANCwCSDQsAoQ0LAOcNCwDzDQsAPA4LAD0OCwCRDgsAmw4LAOYOCwD0DgsAOw8LAEAPCwCQDwsAnQ8LACzCEQDtDwsAgcIRADwQCwCPEAsApRALAOQQCwDwEAsAORELAEERCwDWwhEAlBELAOMRCwDrEQsAOBILADsSCwCNEgsAmRILAOISCwDoEgsANxMLAFITCwCMEwsAmhMLAOETCwDwEwsANhQLAEIUCwCLFAsAkxQLACvDEQDlFAsANRULAD8VCwCKFQsAkhULAN8VCwD/FQsANBYLAEEWCwCJFgsAjhYLAN4WCwDiFgsAMxcLAEAXCwCAwxEAqxcLANXDEQDiFwsAMhgLAEEYCwCHGAsApxgLANwYCwDoGAsAMRkLADsZCwCGGQsAkhkLANsZCwDhGQsAMBoLADYaCwCFGgsAihoLANoaCwDgGgsAKsQRADUbCwCEGwsAiRsLANkbCwDfGwsA1MQRADEcCwCDHAsAjRwLANgcCwDaHAsALR0LAEYdCwCCHQsAkx0LANcdCwDlHQsALB4LAC8eCwCBHgsAjB4LANYeCwDeHgsAKx8LAC0fCwCAHwsAiB8LANUfCwDiHwsAKiALADYgCwB/IAsAgyALANQgCwDcIAsAKSELADghCwB+IQsAgyELANMhCwDgIQsAKCILADUiCwB9IgsAiSILANIiCwDhIgsAJyMLADEjCwB8IwsAiiMLANEjCwDWIwsAJiQLADMkCwApxREAgyQLAH7FEQDUJAsAISkLANwkCwAlJQsAKyULAHolCwCAJQsAzyULANwlCwAkJgsAKSYLAHkmCwCBJgsAziYLAPcmCwAjJwsAAicLAM0nCwBJJwsAIigLAEwnCwB4JwsAoScLANPFEQD2JwsAKMYRAEgoCwB3KAsAqygLAMwoCwD1KAsAfcYRAC8pCwB2KQsAgykLAMspCwDXKQsAICoLACYqCwB1KgsAeyoLAMoqCwDPKgsAHysLACUrCwDSxhEAmisLAHMsCwCdKwsAySsLAPIrCwB8xxEARywLANHHEQCZLAsAyCwLAPwsCwAdLQsARi0LACbIEQB8LQsAxy0LAMwtCwAcLgsAJC4LAHvIEQB2LgsAxi4LAM8uCwAbLwsAKC8LAHAvCwB3LwsA0MgRAM0vCwAlyREALTALAG8wCwB7MAsAxDALANMwCwAZMQsAIjELAG4xCwB4MQsAwzELAMUxCwAYMgsAMTILAG0yCwB+MgsAwjILAM4yCwAXMwsAHzMLAHrJEQB6MwsAwTMLANIzCwAWNAsAIjQLAGs0CwBzNAsAz8kRAMU0CwAVNQsAHzULAGo1CwByNQsAvzULAM81CwAUNgsAGTYLAGk2CwByNgsAvjYLAMs2CwATNwsAGjcLACTKEQBuNwsACT0PAHU3CwC9NwsAezcLAIYWDgDCNwsAEjgLAB44CwBnOAsAdDgLALw4CwDGOAsAecoRABY5CwBmOQsAcjkLALs5CwDIOQsAEDoLABo6CwBlOgsAgToLALo6CwDCOgsAzsoRABQ7CwBkOwsAbDsLALk7CwC8OwsADjwLABc8CwBjPAsAcjwLALg8CwDDPAsADT0LABU9CwBiPQsAcj0LALc9CwDFPQsADD4LAB0+CwBhPgsAbT4LALY+CwC+PgsAI8sRABE/CwBgPwsAaD8LALU/CwC8PwsACkALABhACwBfQAsAZUALALRACwDAQAsACUELABhBCwBeQQsAaEELALNBCwC4QQsACEILAA5CCwBdQgsAcUILALJCCwC6QgsAB0MLACVDCwBcQwsAZEMLAHjLEQC5QwsAzcsRAA5ECwBbRAsAdEQLALBECwC5RAsABUULABVFCwBaRQsAakULAK9FCwC7RQsABEYLAApGCwBZRgsAZ0YLAK5GCwC7RgsAA0cLABpHCwBYRwsAYEcLAK1HCwC3RwsAAkgLABBICwBXSAsAbUgLAKxICwC4SAsAAUkLAAhJCwBWSQsAXkkLAKtJCwCwSQsAAEoLAAlKCwBVSgsAX0oLAKpKCwCySgsA/0oLAAFLCwBUSwsAZEsLAKlLCwCzSwsA/ksLAApMCwBTTAsAWUwLAKhMCwCwTAsAd8wRAP9MCwBSTQsAY00LAKdNCwDDTQsA/E0LAAROCwDMzBEAYk4LAKZOCwC3TgsA+04LAANPCwBQTwsAaU8LAKVPCwCrTwsA+k8LAP9PCwBPUAsAb1ALAKRQCwCwUAsA+VALAP9QCwBOUQsAVlELAKNRCwCyUQsA+FELAP1RCwBNUgsAWlILAKJSCwCvUgsA91ILAANTCwBMUwsAW1MLAKFTCwCrUwsA9lMLAARUCwBLVAsAUFQLAKBUCwCtVAsA9VQLAPhUCwBKVQsAUlULAJ9VCwChVQsA9FULAPpVCwBJVgsAVVYLAJ5WCwCmVgsAIc0RAPhWCwBIVwsATFcLAJ1XCwCqVwsAds0RAPtXCwBHWAsAWFgLAJxYCwCoWAsA8VgLAP5YCwBGWQsAS1kLAJtZCwClWQsA8FkLAABaCwBFWgsASloLAJpaCwCjWgsA71oLAPxaCwBEWwsAS1sLAJlbCwClWwsA7lsLAPRbCwBDXAsASVwLAJhcCwCdXAsA7VwLAPNcCwDLzREAR10LAJddCwCfXQsA7F0LAAJeCwBBXgsARl4LAJZeCwCdXgsA614LAPReCwBAXwsAUV8LAJVfCwChXwsA6l8LAPJfCwDKzhEAQWALAJRgCwCqYAsA6WALAPVgCwA+YQsARWELAJNhCwCbYQsAH88RAO1hCwA9YgsARGILAJJiCwCbYgsA52ILAPhiCwA8YwsASGMLAJFjCwCZYwsAdM8RAOhjCwA7ZAsAUWQLAJBkCwCcZAsA5WQLAOxkCwA6ZQsAQmULAMnPEQCUZQsA5GULAOtlCwA5ZgsAQmYLAI5mCwCfZgsA42YLAO9mCwA4ZwsAQGcLAB7QEQCPZwsA4mcLAPFnCwA3aAsAV2gLAIxoCwCOaAsA4WgLAPhoCwA2aQsAQmkLAItpCwCTaQsAyNARAOVpCwA1agsAN2oLAIpqCwCRagsA32oLAOdqCwA0awsAPWsLAIlrCwCPawsA3msLAO9rCwAzbAsAO2wLAHLREQCUbAsA3WwLAOBsCwAybQsAN20LAIdtCwCYbQsA3G0LAPdtCwAxbgsAPW4LAIZuCwCObgsAx9ERAPFuCwAwbwsAMW8LAIVvCwCKbwsA2m8LAOBvCwAvcAsAOXALAIRwCwCMcAsA2XALAOtwCwAc0hEAO3ELAINxCwCNcQsA2HELAN5xCwAtcgsAQXILAIJyCwCKcgsA13ILAOdyCwAscwsAMXMLAIFzCwCHcwsA1nMLAN5zCwArdAsALHQLAIB0CwCCdAsA1XQLAOR0CwAqdQsASnULAH91CwCBdQsA1HULAOt1CwApdgsANXYLAH52CwCGdgsAcdIRANt2CwAodwsAQXcLAH13CwCGdwsA0ncLANx3CwAneAsAL3gLAHx4CwCMeAsA0XgLANZ4CwAmeQsAL3kLAHt5CwCIeQsA0HkLANd5CwAlegsALXoLABvTEQCEegsAz3oLANd6CwAkewsAMnsLAHl7CwCGewsAznsLANZ7CwAjfAsAJXwLAHh8CwCAfAsAzXwLAM58CwAifQsAJH0LAHd9CwCGfQsAzH0LAOx9CwAhfgsAI34LAHZ+CwCNfgsAy34LANd+CwAgfwsAOn8LAHV/CwChfwsAyn8LAM1/CwAfgAsAJIALAHSACwCBgAsAcNMRAMuACwAegQsAKIELAHOBCwCCgQsAyIELANOBCwAdggsAK4ILAHKCCwB/ggsAx4ILAN6CCwAcgwsAJIMLAHGDCwBygwsAxoMLAMiDCwAbhAsAKoQLAHCECwCQhAsAxYQLAMeECwAahQsAMYULAG+FCwB7hQsAxIULAMyFCwDF0xEAHoYLAG6GCwB0hgsAw4YLAMuGCwAYhwsAN4cLAG2HCwB6hwsAwocLAMOHCwAXiAsALYgLAGyICwCIiAsAGtQRAMaICwAWiQsAIIkLAGuJCwBziQsAwIkLAMGJCwAVigsAwokLAAyTCwAbigsAaooLAHaKCwC/igsAz4oLABSLCwAiiwsAaYsLAHyLCwC+iwsAyosLABOMCwAajAsAaIwLAHCMCwC9jAsAwYwLABKNCwAgjQsAZ40LAHGNCwC8jQsAx40LABGOCwAZjgsAZo4LAJ6OCwC7jgsAw44LABCPCwAVjwsAZY8LAGuPCwC6jwsAwo8LAA+QCwApkAsAZJALAJyQCwC5kAsAwZALAA6RCwATkQsAY5ELAGmRCwC4kQsAwJELAA2SCwAnkgsAYpILAHySCwC3kgsA75ILAG/UEQAUkwsAYZMLAGiTCwC2kwsAwpMLAAuUCwAMlAsAYJQLAGyUCwC1lAsAwpQLAAqVCwARlQsAX5ULAGuVCwC0lQsAwZULAAmWCwAYlgsAXpYLAHKWCwDE1BEAtZYLAAiXCwC/lgsAi2YOAAuXCwAf0w0AFZcLANF3DAAXlwsAXZcLAH2XCwCylwsAtJcLAAeYCwAemAsAXJgLAGiYCwCxmAsAuZgLABnVEQAImQsAW5kLAGiZCwCwmQsAuZkLAAWaCwAHmgsAWpoLAGuaCwCvmgsAwJoLAASbCwAYmwsAbtURAHmbCwCumwsAsJsLAAOcCwAanAsAWJwLAGScCwCtnAsAtZwLAMPVEQAEnQsAV50LAFqdCwCsnQsAtJ0LAAGeCwAOngsAVp4LAFueCwCrngsAtZ4LAACfCwAInwsAVZ8LAG6fCwCqnwsAtp8LAP+fCwALoAsAVKALAGGgCwCpoAsAsaALAP6gCwAOoQsAU6ELAFihCwCooQsAsaELAP2hCwAKogsAUqILAFmiCwCnogsAr6ILABjWEQAJowsAUaMLAFSjCwCmowsAsKMLAPujCwD9owsAUKQLAGGkCwClpAsAtqQLAPqkCwAGpQsAT6ULAFalCwCkpQsAvqULAPmlCwABpgsATqYLAE+mCwDvrwsAWKYLAKOmCwCppgsA+KYLAAynCwBNpwsAVacLAKKnCwCspwsA96cLAPynCwBMqAsAVKgLAKGoCwCvqAsA9qgLAAOpCwBLqQsATqkLAKCpCwCqqQsA9akLAPepCwBKqgsAW6oLAJ+qCwCwqgsA9KoLAPyqCwBt1hEAU6sLAJ6rCwC6qwsA86sLAPurCwDC1hEASawLAJ2sCwCzrAsA8qwLAPqsCwBHrQsAVa0LAJytCwCprQsA8a0LAPStCwBGrgsAUK4LAJuuCwCdrgsA8K4LAAGvCwBFrwsAVq8LAJqvCwCirwsAF9cRAACwCwBEsAsAULALAJmwCwCbsAsA7rALAPGwCwBDsQsAT7ELAJixCwCgsQsAbNcRAPaxCwBCsgsAT7ILAJeyCwCfsgsA7LILAP6yCwBBswsATrMLAJazCwCXswsA67MLAAG0CwBAtAsASLQLAJW0CwCjtAsA6rQLAPe0CwA/tQsAQrULAJS1CwCetQsA6bULAOu1CwA+tgsAT7YLAJO2CwCktgsA6LYLAPC2CwDB1xEASrcLAJK3CwCctwsA57cLAJ+3CwC6jQ0A9bcLADy4CwBSuAsAkbgLAJ24CwDmuAsA8rgLADu5CwBBuQsAkLkLAJa5CwDluQsA6rkLADq6CwBAugsAFtgRAJS6CwDkugsA5roLADm7CwBAuwsAjrsLAJa7CwDjuwsA5rsLADi8CwBBvAsAjbwLAJy8CwDivAsA7bwLADe9CwA/vQsAjL0LAJy9CwDhvQsA770LADa+CwBHvgsAi74LAJe+CwDgvgsA6L4LABXZEQBTvwsAir8LAJK/CwBq2REA678LADTACwBKwAsAicALAJHACwDewAsA/cALAL/ZEQA2wQsApvgLAEDBCwCIwQsAi8ELAFdDEACQwQsA3cELAJLBCwBKUg4A38ELADLCCwDnwQsAe84LAO7BCwCCxwsAP8ILAIfCCwCbwgsA3MILAOTCCwAxwwsANsMLAIbDCwCWwwsA28MLAOPDCwAwxAsAOsQLAIXECwCQxAsA2sQLAObECwAvxQsAN8ULABTaEQCJxQsA2cULAOLFCwAuxgsANMYLAIPGCwCSxgsA2MYLAOTGCwAtxwsAMMcLAGnaEQCHxwsA18cLAObHCwAsyAsALsgLAIHICwCSyAsA1sgLAOfICwAryQsAP8kLAIDJCwCIyQsA1ckLAOPJCwAqygsAN8oLAH/KCwCCygsA1MoLAN7KCwApywsAK8sLAH7LCwCPywsA08sLAOTLCwAozAsANMwLAH3MCwCEzAsA0swLANrMCwAnzQsAPs0LAHzNCwCIzQsA0c0LAOfNCwAmzgsAKc4LAL7aEQCGzgsA0M4LANzOCwAlzwsALc8LABPbEQCGzwsAz88LAOXPCwAk0AsAJ9ALAHnQCwCB0AsAztALANDQCwAj0QsAPtELAHjRCwB60QsAzdELANvRCwAi0gsAM9ILAHfSCwB50gsAzNILAOXSCwAh0wsAMtMLAHbTCwCC0wsAaNsRANHTCwAg1AsALtQLAHXUCwCQ1AsAytQLANbUCwAf1QsAJdULAHTVCwB81QsAydULANnVCwAe1gsAI9YLAHPWCwB81gsAyNYLANXWCwAd1wsAJNcLAHLXCwB61wsAvdsRAMzXCwAc2AsAItgLAHHYCwB52AsAxtgLAPLYCwAb2QsAItkLAHDZCwCJ2QsAxdkLANTZCwAa2gsANtoLABLcEQB02gsAxNoLAM7aCwAZ2wsAKdsLAG7bCwBz2wsAw9sLAMzbCwAY3AsAJdwLAG3cCwB03AsAwtwLAM7cCwAX3QsAKt0LAGzdCwB73QsAwd0LAM3dCwAW3gsAF94LAGveCwB13gsAwN4LAM7eCwAV3wsAGt8LAGrfCwB33wsAZ9wRANDfCwAU4AsAFuALAGngCwBs4AsAvuALAMHgCwAT4QsAGuELAGjhCwB04QsAveELAM3hCwAS4gsAIuILAGfiCwBs4gsAvOILAMXiCwAR4wsAHuMLAGbjCwBt4wsAu+MLAMfjCwAQ5AsAFuQLAGXkCwBr5AsAuuQLAL/kCwAP5QsAFeULAGbdEQBu5QsAueULAMflCwAO5gsAHuYLAGPmCwBl5gsAuOYLAMfmCwAN5wsAF+cLAGLnCwBq5wsAZd4RAL3nCwAM6AsAGOgLALreEQBm6AsAtugLAL7oCwAL6QsAG+kLAGDpCwBu6QsAtekLAMLpCwAK6gsAEeoLAF/qCwBn6gsAZN8RAMXqCwAJ6wsAEOsLAF7rCwBm6wsAs+sLAMDrCwAI7AsADewLAF3sCwBn7AsAsuwLALrsCwAH7QsAIO0LAFztCwBo7QsAse0LALntCwC53xEAEu4LAFvuCwBe7gsAsO4LALXuCwAF7wsAFu8LAFrvCwB17wsAr+8LALvvCwAE8AsAC/ALAFnwCwB18AsArvALALbwCwAO4BEACPELAFjxCwBi8QsArfELALXxCwAC8gsABPILADZnDQAS8gsAV/ILAFzyCwCs8gsAtfILAAHzCwAO8wsAVvMLAF3zCwBj4BEAtPMLAAD0CwAN9AsAVfQLAGT0CwCq9AsAtPQLAP/0CwAN9QsAVPULAFn1CwCp9QsAtvULAP71CwAG9gsAuOARAF/2CwCo9gsAtfYLAP32CwAA9wsAUvcLAGD3CwCn9wsArPcLAPz3CwAJ+AsAUfgLAFn4CwAN4REArvgLAPv4CwAB+QsAUPkLAAL5CwC/iQwAXPkLAKX5CwDC+QsA+vkLAAP6CwBP+gsAXfoLAKT6CwCq+gsA+foLAAX7CwBO+wsAVfsLAGLhEQCk+wsA4GgMAK/7CwD4+wsAs/sLAI5lDAAL/AsATfwLAFf8CwCi/AsArvwLAPf8CwAE/QsATP0LAE/9CwCh/QsAr/0LAPb9CwD7/QsAS/4LAFj+CwCg/gsAqP4LALfhEQD7/gsASv8LAFj/CwCf/wsAuv8LAPT/CwAAAAwASQAMAE8ADABh4hEAwQAMALbiEQD4AAwASAEMAFUBDACdAQwAqgEMAPIBDAD+AQwARwIMAFYCDACcAgwApgIMAPECDAD/AgwARgMMAEsDDACbAwwAqAMMAPADDAAMBAwARQQMAE0EDAAL4xEAnwQMAO8EDAD1BAwARAUMAEwFDACZBQwAmgUMAO4FDAD1BQwAQwYMAEgGDACYBgwAoAYMAO0GDAD7BgwAQgcMAEUHDACXBwwAnwcMAOwHDAD5BwwAQQgMAEYIDACWCAwAoAgMAOsIDADzCAwAQAkMAFEJDACVCQwAmgkMAOoJDADsCQwAPwoMAEYKDACUCgwAoAoMAOkKDADwCgwAYOMRAEoLDACTCwwAsAsMAOgLDADxCwwAPQwMAEsMDACSDAwAmAwMAOcMDADzDAwAPA0MAEMNDACRDQwAmQ0MAOYNDAD8DQwAOw4MAEAODACQDgwAlw4MAOUODADuDgwAOg8MAEsPDACPDwwAmw8MAOQPDADsDwwACuQRAD8QDACOEAwAkxAMAOMQDAD+EAwAOBEMAEYRDACNEQwAlBEMAOIRDADuEQwANxIMADoSDACMEgwAlBIMAOESDADiEgwANhMMADgTDACLEwwAmhMMAOATDAAAFAwANRQMADcUDACKFAwAoRQMAN8UDADrFAwANBUMADwVDABf5BEAjhUMAN4VDADmFQwAMxYMAEMWDACIFgwAlhYMAN0WDADuFgwAMhcMAD4XDACHFwwAihcMANwXDADkFwwAMRgMAD8YDACGGAwAkxgMANsYDADjGAwAMBkMAGgZDAC05BEAhhkMANoZDADmGQwALxoMAD4aDACEGgwAjBoMAAnlEQDbGgwALhsMADwbDACDGwwAlBsMAF7lEQDfGwwAs+URADUcDABd5hEAgxwMAGY4DACFHAwAziUMAIYcDAArHgwAiBwMACEoDACJHAwAfCIMAIscDABkOgwAjhwMANccDACPHAwAfiAMAJEcDABxLQwA3RwMACwdDAAyHQwAgR0MAIYdDADWHQwA3B0MALLmEQAtHgwAgB4MAIYeDADVHgwA4h4MALHnEQA3HwwAfx8MAJYfDADUHwwA8B8MACkgDAAxIAwABugRAIMgDADTIAwA3SAMACghDAA2IQwAfSEMAIwhDADSIQwA3iEMAFvoEQAvIgwAsOgRAIgiDADRIgwA0iIMACYjDAAsIwwAeyMMAIcjDADQIwwA3yMMACUkDAAnJAwAeiQMAIQkDADPJAwA2yQMACQlDAArJQwABekRAIElDABa6REA2CUMACMmDAApJgwAeCYMAIYmDADNJgwA3CYMACInDAAsJwwAdycMAJMnDADMJwwA1CcMAK/pEQAtKAwAdigMAIUoDADLKAwA0CgMACApDAA7KQwAdSkMAIEpDADKKQwA0CkMAB8qDAAhKgwAdCoMAI0qDADJKgwA2ioMAB4rDAAqKwwAcysMAIsrDADIKwwA1CsMAB0sDAAjLAwAciwMAHgsDADHLAwAzCwMABwtDAAiLQwABOoRAHYtDADGLQwAzC0MABsuDADcLQwAwTIMACcuDABwLgwAiC4MAMUuDADJLgwAbjAMANEuDAAaLwwAIC8MAG8vDAB1LwwAxC8MAMkvDAAZMAwAHzAMAAPrEQBwMAwAwzAMAMkwDAAYMQwAJTEMAALsEQB6MQwAwjEMANkxDAAXMgwAMzIMAGwyDAB0MgwAV+wRAMIyDAAWMwwAJDMMAGszDAB8MwwAwDMMAMwzDAAVNAwALTQMAGo0DABuNAwAEzYMAHY0DAC/NAwAxTQMABQ1DAAaNQwAaTUMAG41DAC+NQwAxDUMAKzsEQAVNgwAaDYMAG42DAC9NgwAyjYMAKvtEQAfNwwAZzcMAH43DAC8NwwA2DcMABE4DAAZOAwAAO4RAGg4DAC7OAwAwTgMABA5DAATOQwAZTkMAHE5DAC6OQwA1jkMAA86DAAXOgwAVe4RAGc6DAC5OgwAxToMAA47DAAUOwwAYzsMAHs7DAC4OwwAvDsMAGE9DAC/OwwAskEMAMQ7DAANPAwAxTsMALQ/DAATPAwAYjwMAGg8DAC3PAwAvDwMAAw9DAASPQwAqu4RAGM9DAC2PQwAvD0MAAs+DAAYPgwAqe8RAG0+DAC1PgwAzD4MAAo/DAAmPwwAXz8MAGc/DAD+7xEAuT8MAAlADAATQAwAXkAMAGxADACzQAwAwkAMAAhBDAAUQQwAU/ARAGVBDACo8BEAvkEMAAdCDAAIQgwAXEIMAGJCDACxQgwAvUIMAAZDDAAVQwwAW0MMAF1DDACwQwwAukMMAAVEDAARRAwAWkQMAGFEDAD98BEAt0QMAFLxEQAORQwAWUUMAGVFDACuRQwAxEUMAANGDAAPRgwAWEYMAGtGDACtRgwAu0YMAAJHDAAMRwwAp/ERAF9HDAD88REAwkcMAAFIDAANSAwAVkgMAGNIDACrSAwAtUgMAABJDAACSQwAVUkMAF9JDACqSQwAuEkMAP9JDAAESgwAVEoMAGFKDACpSgwAsUoMAP5KDAAOSwwAU0sMAFVLDACoSwwAsUsMAP1LDAAOTAwAUkwMAFxMDABR8hEAs0wMAPxMDAATTQwAUU0MAGxNDACm8hEAv00MAPtNDAABTgwAUE4MAFpODAD78hEAp04MAPpODAALTwwAT08MAFdPDACkTwwAa08MAHx3DACwTwwA+U8MAP9PDABOUAwAVFAMAKNQDACoUAwA+FAMAP5QDABQ8xEAaVEMAKJRDACqUQwAT/QRAAVSDABMUgwAXVIMAKFSDACyUgwA9lIMAAJTDABLUwwAUlMMAKT0EQCxUwwA9VMMAAZUDABKVAwAVlQMAJ9UDACmVAwA+fQRAPZUDABJVQwASlUMAJ5VDACmVQwA81UMAPhVDABIVgwAUVYMAJ1WDACnVgwA8lYMAPpWDABHVwwATFcMAJxXDACsVwwA8VcMAPlXDABGWAwAXFgMAJtYDACnWAwA8FgMAAZZDABFWQwASlkMAJpZDACgWQwA71kMAANaDABO9REAWloMAJlaDACnWgwA7loMAPtaDABDWwwARVsMAJhbDACiWwwA7VsMAPlbDABCXAwASVwMAJdcDACfXAwA7FwMAAVdDABBXQwAVV0MAJZdDACeXQwA610MAO1dDABAXgwATV4MAJVeDACaXgwA6l4MAPReDAA/XwwASl8MAJRfDACgXwwA6V8MAO9fDAA+YAwARmAMAJNgDACUYAwA6GAMAO5gDAA9YQwAQmEMAJJhDAChYQwA52EMAPNhDAA8YgwAP2IMAJFiDACUYgwAo/URAOtiDAA7YwwAV2MMAPj1EQCwYwwA5WMMAO1jDABN9hEAQGQMAI9kDACbZAwAovYRAOpkDAA5ZQwARWUMAPX4EQCQZQwA42UMAO1lDAA4ZgwAOmYMAI1mDACeZgwA4mYMAOpmDAA3ZwwAQ2cMAIxnDACSZwwA4WcMAOdnDAA2aAwAO2gMAItoDACRaAwASvkRAOJoDAA1aQwAO2kMAIppDACNaQwA32kMAOtpDAA0agwAPGoMAEn6EQCPagwA3moMAORqDAAzawwAOGsMAIhrDACOawwAnvoRAN9rDAAybAwAO2wMAIdsDACebAwA3GwMAOdsDAAxbQwAO20MAIZtDACObQwAnfsRAOhtDAAwbgwAOG4MAIVuDACPbgwA2m4MAOVuDAAvbwwANW8MAIRvDACQbwwA2W8MANtvDAAucAwANXAMAINwDACLcAwA2HAMAOpwDADy+xEAa3EMAIJxDACKcQwA13EMAPpxDADx/BEALnIMAIFyDACOcgwA1nIMAN1yDAArcwwAPHMMAIBzDACMcwwA1XMMANxzDAAqdAwAK3QMALSUDAAydAwARv0RAJJ0DADUdAwA43QMACl1DAA1dQwAfnUMAH91DADTdQwA3XUMACh2DAA2dgwAfXYMAIJ2DADSdgwA33YMAJv9EQAvdwwA8P0RAIR3DABF/hEA33cMACZ4DAA1eAwAe3gMAJt4DADQeAwA3HgMACV5DAAseQwAenkMAIJ5DADPeQwA0XkMACR6DAAuegwARP8RAIN6DADOegwA1noMAJn/EQAtewwAeHsMAIB7DADu/xEADHwMACJ8DAAqfAwAd3wMAJV8DABDABIA2nwMACF9DAAofQwAok8OADF9DAB2fQwAhn0MAMt9DADXfQwAIH4MACZ+DAB1fgwAkX4MAMp+DADSfgwAmAASADN/DAB0fwwAfn8MAMl/DADVfwwAHoAMACaADADtABIAfoAMAMiADADKgAwAHYEMACOBDABygQwAeoEMAEIBEgDJgQwAHIIMAB+CDABxggwAeYIMAMaCDADWggwAG4MMAB2DDABwgwwAfoMMAMWDDADWgwwAlwESACGEDADsARIAdYQMAMSEDADJhAwAGYUMAB+FDABBAhIAeIUMAMOFDADFhQwAGIYMACuGDABthgwAdYYMAMKGDADOhgwAF4cMAB2HDABshwwAcocMAMGHDADGhwwAFogMAByIDABAAxIAdIgMAMCIDADNiAwAFYkMAByJDABqiQwAcokMAJUDEgDLiQwAFIoMAB6KDABpigwAdYoMAL6KDADNigwAE4sMAB2LDABoiwwAdIsMAL2LDADEiwwA6gMSABWMDADKJg8AGIwMAGeMDAAhjAwAXEAOAHOMDAC8jAwAxIwMAD8EEgAdjQwAZo0MAHCNDAC7jQwAx40MABCODAAfjgwAZY4MAG+ODAC6jgwAxo4MAA+PDAAWjwwAlAQSAHKPDAC5jwwAhI8MAMEwDgDQjwwADpAMABuQDABjkAwAZZAMALiQDADJkAwADZEMACmRDABikQwAapEMAOkEEgDQkQwADJIMACCSDABhkgwAaZIMALaSDAC5kgwAC5MMABmTDABgkwwAd5MMALWTDADCkwwACpQMAAyUDABflAwAcJQMAD4FEgC6lAwACZUMAA6VDABelQwAdJUMALOVDADBlQwACJYMAAuWDABdlgwAaZYMALKWDAC4lgwAB5cMABOXDABclwwAiJcMALGXDAC9lwwABpgMABWYDABbmAwAZZgMALCYDAC+mAwABZkMAAqZDABamQwAZ5kMAJMFEgCxmQwABJoMABKaDABZmgwAZpoMAK6aDADAmgwA6AUSABKbDABYmwwAZJsMAK2bDADGmwwAApwMAAScDABXnAwAZpwMAKycDADMnAwAAZ0MAAmdDABWnQwAeZ0MAD0GEgCwnQwAAJ4MAAOeDABVngwAX54MAKqeDACyngwA/54MAAWfDABUnwwAYJ8MAKmfDAC4nwwA/p8MAAqgDABToAwAYKAMAKigDACyoAwA/aAMAAWhDABSoQwAYaEMAKehDACpoQwA/KEMAA2iDABRogwAYqIMAKaiDACuogwA+6IMAAyjDABQowwAUqMMAKWjDACoowwA+qMMAASkDABPpAwAc6QMAKSkDADApAwAkgYSAP+kDABOpQwAU6UMAKOlDACypQwA+KUMAASmDABNpgwAUKYMAKKmDAClpgwA96YMAP+mDABMpwwAW6cMAKGnDACmpwwA9qcMAAyoDABLqAwATKgMAKCoDACxqAwA9agMAAGpDABKqQwAVKkMAJ+pDACrqQwA9KkMAPupDADnBhIATaoMAJ6qDACsqgwA86oMAP2qDABIqwwAU6sMAJ2rDAClqwwA8qsMAP6rDABHrAwAWqwMAJysDACqrAwA8awMAPusDABGrQwATq0MAJutDACqrQwA8K0MAPWtDABFrgwATK4MAJquDACmrgwAPAcSAPuuDABErwwAR68MAJmvDACcrwwA7q8MAAiwDABDsAwAT7AMAJiwDACrsAwA7bAMAPuwDABCsQwATLEMAJexDAC6sQwAkQcSAPaxDABBsgwATbIMAJayDACdsgwA67IMAPOyDABAswwARLMMAJWzDACjswwA6rMMAPSzDAA/tAwASrQMAJS0DACctAwA6bQMAPi0DAA+tQwAQ7UMAJO1DACatQwA6LUMAPS1DAA9tgwARbYMAOYHEgCotgwA7QMPAKu2DADntgwA8bYMADy3DABItwwAkbcMAJS3DADmtwwA8LcMADu4DAA+uAwAkLgMAKC4DADluAwA57gMADq5DABIuQwAj7kMAKC5DAA7CBIA67kMAJAIEgBSugwAjroMAJi6DADjugwA77oMADi7DAA7uwwAjbsMAJe7DADlCBIA57sMADe8DABXvAwAjLwMAJS8DAA6CRIA77wMADa9DABMvQwAi70MAJe9DADgvQwA570MADW+DAA9vgwAir4MAI++DADfvgwA6L4MADS/DAA+vwwAib8MAJG/DADevwwA7L8MADPADABAwAwAiMAMAJDADACPCRIA7cAMADLBDAA6wQwA5AkSAI7BDADcwQwA6MEMADHCDAA4wgwAhsIMAI7CDADbwgwA5cIMADDDDAA+wwwAhcMMAJvDDADawwwA5sMMAC/EDAA0xAwAhMQMAI3EDADZxAwA48QMAC7FDAA2xQwAg8UMAIjFDADYxQwA6MUMAC3GDAA1xgwAOQoSAIzGDADXxgwA2sYMAIfADQDfxgwAjgoSADrHDACBxwwAl8cMANbHDADixwwAK8gMADLIDACAyAwAiMgMANXIDADayAwAKskMADPJDAB/yQwAickMANTJDADcyQwAKcoMACvKDADI1QwAN8oMAH7KDACLygwA08oMANvKDADjChIANMsMAH3LDACAywwA0ssMANzLDAA4CxIANcwMAHzMDACSzAwA0cwMAN3MDAAmzQwALc0MAHvNDACDzQwA0M0MANXNDAAlzgwALs4MAHrODACEzgwAz84MANfODAAkzwwAJs8MAHnPDACJzwwAzs8MANjPDAAj0AwAL9AMAHjQDAB+0AwA4gsSANvQDAAi0QwAONEMAHfRDACD0QwAzNEMANHRDAAh0gwAKtIMAHbSDACA0gwAy9IMANPSDAAg0wwAQtMMADcMEgCE0wwAytMMANbTDAAf1AwAINQMAHTUDAB+1AwAydQMANfUDAAe1QwAI9UMAHPVDACA1QwAjAwSANjVDAAd1gwAJ9YMAHLWDAB+1gwAx9YMAM3WDAAc1wwAJNcMAIsNEgB21wwAxtcMAM7XDAAb2AwAJ9gMABHiDAA02AwAcNgMAHzYDADF2AwAzdgMAOANEgAn2QwAb9kMAHfZDADE2QwA0tkMABnaDAAm2gwAbtoMAHHaDADD2gwAzdoMABjbDAAa2wwAbdsMAHrbDADC2wwA0dsMABfcDAAj3AwAbNwMAHTcDAA1DhIA0dwMABbdDAAe3QwAa90MAHfdDADA3QwAxt0MABXeDAAb3gwAat4MAG/eDAC/3gwAxd4MAIoOEgAh3wwAad8MAG7fDAC+3wwAyN8MABPgDAAb4AwAaOAMAHTgDAC94AwA0OAMABLhDAAg4QwAZ+EMAGrhDAC84QwAxuEMAN8OEgAk4gwAZuIMAHTiDAC74gwAvuIMABDjDAAa4wwANA8SAGrjDAC64wwAc+MMAEYCDQDC4wwAD+QMABvkDABk5AwAauQMALnkDAB35AwA8/8MAL/kDAAO5QwAE+UMAGPlDABp5QwAiQ8SAL7lDAAN5gwAEuYMAGLmDABo5gwA3g8SAMXmDAAM5wwAJ+cMAGHnDABt5wwAtucMAL3nDAAzEBIAFOgMAGDoDABt6AwAtegMAMHoDAAK6QwAHekMAF/pDABg6QwAtOkMAMDpDAAJ6gwAGOoMAF7qDABo6gwAs+oMAL/qDAAI6wwAD+sMAIgQEgBj6wwAsusMALjrDAAH7AwADOwMAFzsDABi7AwAMhESALrsDAAG7QwAE+0MAFvtDABf7QwAsO0MALLtDAAF7gwAEu4MAFruDABk7gwAhxESALbuDAAE7wwADO8MAFnvDABl7wwAru8MAMHvDAAD8AwAEvAMAFjwDABk8AwArfAMAK7wDAAC8QwADPEMAFfxDABl8QwArPEMALHxDAAB8gwADvIMANwREgBi8gwAq/IMALHyDAAA8wwABvMMAFXzDABa8wwAqvMMALDzDAAxEhIABPQMAFT0DABe9AwA2xISALH0DAD+9AwAC/UMAFP1DABY9QwAqPUMALL1DAD99QwABfYMAFL2DABe9gwAp/YMALr2DAD89gwA/fYMAFH3DABd9wwApvcMALX3DAD79wwABfgMAFD4DABY+AwApfgMAKf4DAAwExIAA/kMAE/5DABe+QwApPkMALP5DAD5+QwABfoMAE76DABR+gwAo/oMAKb6DACFExIA+voMAE37DABQ+wwAovsMAKr7DAD3+wwABPwMAEz8DABR/AwAofwMAKv8DAD2/AwA/vwMAEv9DABX/QwAoP0MALP9DAD1/QwA9v0MAEr+DABW/gwAn/4MAK7+DAD0/gwA/v4MAEn/DABV/wwAnv8MAKX/DADaExIAAgANAEgADQBUAA0AnQANAJ4ADQDyAA0A/AANAEcBDQBVAQ0AnAENAKEBDQDxAQ0A/gENAC8UEgBXAg0AhBQSAKgCDQDwAg0A/gINAEUDDQBWAw0AmgMNALwDDQDZFBIA9AMNAEQEDQD1Aw0AuDoNAEwEDQCZBA0AmgQNAOoIDQCcBA0A6QkNAJ4EDQDrBw0AnwQNAD0LDQCgBA0A7AYNAKgEDQDuBA0AsgQNADoODQDzBA0AQwUNAFAFDQCYBQ0ApQUNAO0FDQD5BQ0AQgYNAFEGDQCXBg0AoQYNAC4VEgD6Bg0AQQcNAEMHDQCWBw0ApwcNAIMVEgDsBw0AQAgNAEwIDQCVCA0AoggNANgVEgD4CA0APwkNAEwJDQCUCQ0AqwkNAC0WEgDyCQ0AkQwNAPMJDQA+Cg0AQAoNAJMKDQCZCg0A6AoNAPIKDQCCFhIASQsNAJILDQCUCw0A5wsNAPYLDQA8DA0ARwwNANcWEgCgDA0A5gwNAPUMDQA7DQ0ARw0NAJANDQCcDQ0A5Q0NAOwNDQAsFxIARg4NAI8ODQCXDg0AgRcSAP0ODQA5Dw0ASg8NAI4PDQCaDw0A1hcSAOoPDQA4EA0AQBANAI0QDQCOEA0A4hANAOgQDQA3EQ0APBENAIwRDQCNEQ0A4RENAO0RDQA2Eg0APBINAIsSDQCVEg0A4BINAO4SDQAwGA0A9BINADUTDQA9Ew0AKxgSAJoTDQDfEw0A5xMNADQUDQA9FA0AiRQNAEEUDQAxFw0AlhQNAN4UDQDlFA0AMxUNAD8VDQCIFQ0AmBUNAN0VDQDrFQ0AMhYNAD8WDQCHFg0AkxYNANwWDQDjFg0AgBgSADoXDQCGFw0AlxcNANsXDQDsFw0A1RgSADwYDQCFGA0AiBgNANoYDQDiGA0ALxkNADQZDQCEGQ0AlBkNANkZDQDhGQ0ALhoNADcaDQCDGg0AOxoNACsdDQCQGg0A2BoNAN8aDQAtGw0AORsNAIIbDQCSGw0A1xsNAOUbDQAsHA0AORwNAIEcDQCNHA0A1hwNAN0cDQAqGRIANB0NAIAdDQCRHQ0A1R0NAOYdDQB/GRIALx4NAH8eDQCMHg0A1B4NAOAeDQApHw0AMx8NAH4fDQCSHw0A0x8NANQfDQAoIA0ANCANAH0gDQCcIA0A0iANANogDQAnIQ0ALCENAHwhDQCVIQ0A0SENAP0hDQAmIg0AMiINAHsiDQCKIg0A0CINANoiDQAlIw0ALSMNAHojDQCFIw0AzyMNANEjDQAkJA0AJyQNAHkkDQCBJA0AziQNANskDQAjJQ0AKCUNAHglDQCAJQ0AzSUNAM8lDQAiJg0ALCYNAHcmDQCBJg0AzCYNANImDQAhJw0ALycNAHYnDQCPJw0AyycNANQnDQAgKA0AKigNAHUoDQCBKA0A1BkSANYoDQAfKQ0AKSkNAHQpDQB/KQ0AySkNAM4pDQAeKg0AJSoNAHMqDQB7Kg0AyCoNAPUqDQApGhIAJCsNAHIrDQB6Kw0AxysNAPQrDQAcLA0AISwNAHEsDQByLA0AxiwNANAsDQAbLQ0AKS0NAHAtDQB1LQ0AxS0NANItDQAaLg0ANi4NAG8uDQCLLg0AfhoSANEuDQAZLw0AHS8NAG4vDQB0Lw0Awy8NAMUvDQAYMA0AGTANAG0wDQCQMA0AwjANAOYwDQAXMQ0ARDENAGwxDQB0MQ0AwTENAMYxDQAWMg0AIzINAGsyDQBzMg0AwDINAMIyDQAVMw0AHTMNAGozDQCXMw0AvzMNAMwzDQAUNA0AGTQNAGk0DQB2NA0AvjQNAMo0DQATNQ0AQDUNAGg1DQBwNQ0AvTUNANg1DQASNg0AFDYNAGc2DQB4Ng0AvDYNAMU2DQARNw0AHTcNANMaEgBzNw0AuzcNANY3DQAQOA0AFTgNAGU4DQCFOA0AujgNAMY4DQAPOQ0AFzkNACgbEgByOQ0AuTkNAMM5DQAOOg0AGToNAGM6DQBrOg0A0hsSAME6DQANOw0AFzsNAGI7DQBtOw0AtzsNAMs7DQAMPA0AITwNAGE8DQBpPA0AtjwNAM08DQALPQ0AED0NAGA9DQBqPQ0AtT0NAL09DQAnHBIADD4NAF8+DQBwPg0AtD4NALc+DQAJPw0AFT8NAHwcEgBsPw0Asz8NAMQ/DQDRHBIAC0ANAF1ADQBgQA0AskANAL5ADQAHQQ0ADUENAFxBDQBmQQ0AJh0SAL5BDQAGQg0AHUINAFtCDQBjQg0Aex0SALZCDQAFQw0AC0MNAFpDDQByQw0Ar0MNALFDDQAERA0AB0QNAFlEDQBcRA0ArkQNALpEDQADRQ0ACUUNAFhFDQBiRQ0AJR4SALJFDQACRg0AD0YNAHoeEgBnRg0ArEYNALhGDQABRw0AB0cNAFZHDQBiRw0Aq0cNAGRHDQAB7w8AuEcNAABIDQAPSA0AVUgNAGFIDQCqSA0AskgNAM8eEgAHSQ0AVEkNAFZJDQCpSQ0AuEkNAP5JDQAISg0AU0oNAFxKDQCoSg0AqkoNAP1KDQAOSw0AUksNAGdLDQCnSw0Ar0sNAPxLDQA8TA0AUUwNAFlMDQCmTA0AskwNAPtMDQAOTQ0AUE0NAFFNDQClTQ0AsU0NAPpNDQAJTg0AT04NAFlODQCkTg0AsE4NAPlODQAATw0AeR8SAGpPDQDOHxIApk8NAPhPDQAAUA0ATVANAFpQDQCiUA0Ap1ANAPdQDQABUQ0ATFENAFRRDQChUQ0Aq1ENAPJVDQCxUQ0A8FcNAM5RDQD2UQ0AAFINAEtSDQAGUg0A9FMNAFFSDQCgUg0AqVINAPVSDQABUw0ASlMNAHdTDQCfUw0Au1MNAHggEgD2Uw0ASVQNAFpUDQCeVA0AoVQNAPNUDQD/VA0ASFUNAHVVDQCdVQ0AuVUNAM0gEgD4VQ0AR1YNAFBWDQCcVg0AplYNAPFWDQD8Vg0ARlcNAFpXDQCbVw0At1cNACIhEgDyVw0ARVgNAFZYDQCaWA0AnVgNAO9YDQADWQ0ARFkNAGBZDQB3IRIAoVkNAMwhEgD2WQ0AISISAE9aDQCYWg0AnloNAO1aDQDzWg0AQlsNAEdbDQCXWw0AnVsNAHYiEgD2Ww0AQVwNAElcDQAgIxIAnFwNAOtcDQDzXA0AQF0NAE1dDQCVXQ0AoV0NAOpdDQDsXQ0AP14NAEVeDQCUXg0AnF4NAOleDQD7Xg0AdSMSAEtfDQCTXw0Aml8NAOhfDQDwXw0APWANAEJgDQCSYA0AomANAOdgDQDvYA0APGENAEphDQCRYQ0AnmENAOZhDQDnYQ0AO2INAERiDQCQYg0AmmINAMojEgDqYg0AOmMNAEZjDQCPYw0AkmMNAORjDQDsYw0AOWQNAEZkDQCOZA0Ak2QNAONkDQDtZA0AOGUNAEBlDQCNZQ0AmWUNAOJlDQD1ZQ0AN2YNAEVmDQCMZg0Aj2YNAOFmDQDrZg0AHyQSAFFnDQCLZw0AjWcNAOBnDQDuZw0ANWgNAEZoDQCKaA0AjGgNAN9oDQD4aA0ANGkNAEVpDQCJaQ0AlWkNAHQkEgDnaQ0AM2oNAEBqDQCIag0AkmoNAN1qDQDrag0AMmsNAEhrDQCHaw0Ak2sNANxrDQDoaw0AMWwNAERsDQCGbA0AlWwNANtsDQDnbA0AMG0NADFtDQCFbQ0Aj20NANptDQDobQ0AL24NADRuDQCEbg0AkW4NAMkkEgDnbg0ALm8NAERvDQCDbw0Aj28NANhvDQDfbw0ALXANADVwDQCCcA0Ah3ANANdwDQDgcA0ALHENADZxDQCBcQ0AiXENANZxDQDacQ0AK3INAC1yDQCAcg0AjnINANVyDQDfcg0AKnMNADhzDQB/cw0AjHMNANRzDQDrcw0AKXQNADF0DQB+dA0AjnQNANN0DQDYdA0AKHUNAC51DQB9dQ0AhXUNANJ1DQDXdQ0AJ3YNACh2DQB8dg0AiHYNANF2DQDXdg0AJncNACh3DQB7dw0AhXcNANB3DQDedw0AJXgNACp4DQB6eA0Ah3gNAMglEgDVeA0AJHkNACl5DQB5eQ0Af3kNAB0mEgDTeQ0AI3oNADB6DQB4eg0AhXoNAM16DQDZeg0AInsNADF7DQB3ew0AgXsNAMx7DQDaew0AIXwNACZ8DQB2fA0Ag3wNAMt8DQDTfA0AHCcSACx9DQB1fQ0AhX0NAMp9DQDTfQ0AH34NACJ+DQB0fg0AgH4NAMl+DQDQfg0AcScSACN/DQBzfw0AgH8NAMh/DQDVfw0AHYANACmADQBygA0AgYANAMeADQDRgA0AHIENACqBDQBxgQ0AdoENAMaBDQDTgQ0AG4INACOCDQDGJxIAfIINAMWCDQDVgg0AGoMNACODDQBvgw0AcoMNAMSDDQDQgw0AGYQNACCEDQAbKBIAc4QNAMOEDQDMhA0A/ZwQANCEDQAYhQ0AJYUNAG2FDQB5hQ0AwoUNANGFDQAXhg0AIYYNAGyGDQB6hg0AwYYNAMaGDQAWhw0AI4cNAGuHDQBzhw0AcCgSAMyHDQAViA0AJYgNAGqIDQBziA0Av4gNAMKIDQAUiQ0AIIkNAGmJDQBwiQ0AxSgSANWJDQATig0AGYoNAGiKDQB0ig0AvYoNANSKDQASiw0AFIsNAGeLDQBxiw0AvIsNAMiLDQARjA0AHYwNAGaMDQBsjA0Au4wNAMGMDQAQjQ0AFY0NAGWNDQBrjQ0AGikSAMiNDQAPjg0AHI4NAGSODQB7jg0AuY4NAMGODQAOjw0AEY8NAGOPDQBvjw0AuI8NAMmPDQANkA0AGZANAGKQDQBxkA0At5ANAMGQDQAMkQ0AGJENAGGRDQBokQ0AtpENAL6RDQALkg0AFZINAGCSDQBskg0AtZINALiSDQAKkw0AFJMNAG8pEgB5kw0AxCkSAL6TDQAJlA0AC5QNAF6UDQBklA0As5QNAL2UDQAIlQ0AEJUNAG4qEgBglQ0AfscPAGiVDQCylQ0As5UNAAeWDQARlg0AXJYNAIeWDQDDKhIAt5YNAAaXDQASlw0AW5cNAF2XDQCwlw0As5cNAAWYDQAKmA0AWpgNAGeYDQCvmA0Ay5gNAASZDQAMmQ0AGCsSAGaZDQCumQ0AyZkNAAOaDQAFmg0AWJoNAGmaDQCtmg0Au5oNAAKbDQAJmw0AV5sNAF+bDQCsmw0AsZsNAAGcDQAKnA0AVpwNAGCcDQCrnA0ArJwNAACdDQAJnQ0AVZ0NAF+dDQCqnQ0Asp0NAP+dDQAPng0AVJ4NAFqeDQCpng0Arp4NAP6eDQAUnw0AU58NAFufDQConw0Aq58NAP2fDQC3nw0AUaENAB2gDQBSoA0AYKANAKegDQCooA0AbSsSAAyhDQDCKxIAYqENAKahDQCyoQ0A+6ENAP2hDQBQog0AXaINABcsEgCoog0A+qINAASjDQBsLBIAWKMNAKSjDQC6ow0A+aMNAA+kDQBOpA0AUKQNAKOkDQCppA0A+KQNAAylDQAWLRIAU6UNAKKlDQDCpQ0A96UNAAOmDQBMpg0AU6YNAKGmDQCppg0A9qYNAACnDQBLpw0AV6cNAKCnDQCjpw0A9acNAP+nDQBrLRIAU6gNAJ+oDQC1qA0A9KgNAAqpDQBJqQ0AS6kNAJ6pDQCkqQ0A86kNAAeqDQAVLhIAVaoNAGouEgCkqg0A8qoNAPqqDQBHqw0AUasNAJyrDQCoqw0A8asNAPSrDQBGrA0AUKwNAL8uEgCkrA0A8KwNAAatDQBFrQ0AW60NAJqtDQCcrQ0A760NAPWtDQBErg0AWK4NAGkvEgCbrg0A7q4NAKmuDQD+8Q8ADq8NAEOvDQBPrw0AmK8NAJ+vDQDtrw0A9a8NAEKwDQBMsA0Al7ANAKOwDQDssA0A77ANAEGxDQBLsQ0Avi8SAJ+xDQDrsQ0AAbINAECyDQBWsg0AlbINAJeyDQDqsg0A8LINAD+zDQBTsw0AaDASAJazDQDpsw0A97MNAD60DQBPtA0AvTASAJq0DQASMRIA9LQNAD21DQBAtQ0AkrUNAJy1DQC8MRIA8LUNADy2DQBStg0AkbYNAKe2DQDmtg0A6LYNADu3DQBBtw0AkLcNAKS3DQBmMhIA8bcNADq4DQA8uA0Aj7gNAK+4DQDkuA0A7LgNADm5DQBDuQ0AjrkNAJq5DQDjuQ0A5rkNADi6DQBCug0AuzISAJa6DQDiug0A+LoNADe7DQBNuw0AjLsNAI67DQDhuw0A57sNADa8DQBKvA0AZTMSAI+8DQDgvA0A6LwNADW9DQA/vQ0Air0NAJa9DQDfvQ0A4r0NADS+DQA+vg0AujMSAJK+DQDevg0A9L4NADO/DQBJvw0AiL8NAIq/DQDdvw0A478NADLADQBGwA0AZDQSAI/ADQDcwA0Ao8ANAAmPEgDiwA0AG9YOAOzADQAxwQ0A7cANAA05DwD1wA0AZDcPADPBDQCGwQ0AlMENANvBDQDswQ0AuTQSADfCDQAONRIAjsINADy1DgCRwg0A2sINAN3CDQAvww0AOMMNAITDDQCVww0A2cMNAOPDDQAuxA0ANsQNAIPEDQBKxA0AmAMPAIbEDQDYxA0A4cQNAC3FDQBDxQ0AgsUNAJjFDQDXxQ0A2cUNACzGDQAyxg0AgcYNAJXGDQBjNRIA/sYNACvHDQBTxw0AuDUSAIbHDQD6oQ4AjMcNACnJDQCNxw0Ao6MOAI/HDQCkog4AkMcNANXHDQDXxw0AKsgNADjIDQB/yA0AkMgNAA02EgDcyA0AYjYSAC/JDQB+yQ0AhMkNANPJDQDYyQ0AKMoNAC7KDQC3NhIAicoNANLKDQDayg0AYTcSADPLDQB8yw0AhssNANHLDQDayw0AJswNACfMDQB7zA0Ag8wNANDMDQDVzA0AJc0NADXNDQALOBIAhs0NAM/NDQDRzQ0AJM4NACrODQB5zg0AgM4NAM7ODQDTzg0AI88NACfPDQB4zw0Ahc8NAM3PDQDVzw0AItANACfQDQB30A0Ah9ANAGA4EgDd0A0AIdENAC3RDQB20Q0AhdENAMvRDQDV0Q0AININAC7SDQB10g0AgtINAMrSDQDh0g0AtTgSACLTDQBfORIAd9MNAMnTDQB70w0A90sSANHTDQAe1A0ARtQNAHPUDQCb1A0AyNQNAPDUDQC0ORIAJtUNAHLVDQBz1Q0Ax9UNANbVDQAc1g0A3dUNAMXXDQAt1g0AcdYNAHPWDQDG1g0AydYNABvXDQAe1w0AcNcNAHjXDQCzOhIAytcNABrYDQAh2A0Ab9gNAHjYDQDE2A0A1dgNABnZDQAl2Q0AbtkNAHbZDQAIOxIAydkNABjaDQAf2g0AbdoNAHLaDQDC2g0AxtoNABfbDQAk2w0AbNsNAHvbDQDB2w0A0tsNABbcDQAY3A0Aa9wNAG7cDQDA3A0Aw9wNABXdDQAd3Q0AXTsSAG/dDQDMJQ4Add0NAMbUDwB23Q0Av90NAMLdDQAU3g0AHt4NALI7EgBy3g0Avt4NAM3eDQAT3w0AIt8NAGjfDQB03w0Avd8NAMDfDQAS4A0AFeANAAc8EgBq4A0AvOANAOTgDQBcPBIAGeENALE8EgBu4Q0ABj0SAMnhDQAQ4g0AIeINAGXiDQBx4g0AuuINAN3iDQAP4w0AEuMNAGTjDQCI4w0AueMNAMHjDQCwPRIAEOQNAGPkDQBx5A0AuOQNAMnkDQAFPhIAFOUNAFo+EgBq5Q0ABD8SALzlDQAM5g0AGeYNAGHmDQBk5g0AtuYNALvmDQAL5w0AHOcNAGDnDQBs5w0AWT8SALrnDQAK6A0AG+gNAF/oDQBr6A0AtOgNAM7oDQAJ6Q0ADekNAAfrDQAQ6Q0AWu0NABPpDQCu7g0AFekNAAbsDQAX6Q0ACOoNABrpDQBe6Q0AY+kNALPpDQDK6Q0Arj8SABXqDQBd6g0AbeoNALLqDQC36g0AA0ASAAnrDQBc6w0AYusNALHrDQC+6w0AWEASAAzsDQBb7A0AYewNALDsDQC17A0ABe0NAAvtDQCtQBIAZu0NAK/tDQDI7Q0ABO4NAA3uDQBZ7g0AcO4NAAJBEgC07g0AA+8NAAXvDQBY7w0AZ+8NAK3vDQC57w0AV0ESAATwDQBX8A0AaPANAKzwDQC68A0AAfENAAjxDQBW8Q0AWPENAKvxDQC18Q0AAPINAA7yDQBV8g0AWvINAKryDQC38g0A//INAAfzDQBU8w0AWPMNAKnzDQCr8w0A/vMNAAT0DQBT9A0AYPQNAKxBEgC19A0A/fQNABT1DQBS9Q0AbvUNAAFCEgCz9Q0A/PUNAP31DQBR9g0AV/YNAKb2DQCy9g0A+/YNAAr3DQBQ9w0AUvcNAKX3DQCv9w0A+vcNAAj4DQBP+A0AVPgNAKT4DQCx+A0A+fgNAAH5DQBO+Q0AUvkNAKP5DQCl+Q0A+PkNAP75DQBN+g0AWvoNAFZCEgCv+g0A9/oNAA77DQBM+w0AaPsNAKtCEgCq+w0A9vsNAAT8DQBL/A0AVfwNAKD8DQCs/A0A9fwNAPj8DQBK/Q0AZv0NAJ/9DQCn/Q0AAEMSAAD+DQBJ/g0ATP4NAJ7+DQCo/g0A/0MSAPz+DQBI/w0AVv8NAJ3/DQCn/w0A8v8NAP7/DQBHAA4ATwAOAKlEEgCeAA4A8QAOAP8ADgBGAQ4AVwEOAP5EEgCiAQ4AU0USAPUBDgBFAg4ATQIOAJoCDgCgAg4A7wIOAPgCDgBEAw4AUQMOAP1FEgCeAw4A7gMOAKUDDgCXBQ4A9wMOAEMEDgBNBA4AmAQOAKAEDgDtBA4AMQUOAEIFDgBKBQ4AUkYSAJ0FDgDsBQ4A8gUOAEEGDgBJBg4AlgYOANoGDgDrBg4A8wYOAKdGEgBIBw4A/EYSAJ4HDgDqBw4A+AcOAD8IDgBJCA4AlAgOAKAIDgDpCA4A7AgOAD4JDgBGCQ4ApkcSAJ8JDgDoCQ4A6wkOAD0KDgBHCg4A+0cSAJoKDgBQSBIA9QoOADwLDgBNCw4AkQsOAJ0LDgDmCw4A6QsOAKVIEgCBDA4AkAwOANYMDgD6SBIA9QwOADoNDgA8DQ4Ajw0OAJ0NDgDkDQ4A9Q0OAE9JEgBVDg4Ajg4OAJYODgCkSRIA6Q4OAMSCDgD2Dg4AOA8OAEcPDgCNDw4AmQ8OAOIPDgDjDw4ANxAOAEEQDgCMEA4AmhAOAOEQDgDmEA4ANhEOAEMRDgD5SRIAmREOAOARDgDtEQ4ANRIOAD0SDgBOShIAlhIOAN8SDgALEw4ANBMOAEATDgCJEw4AmBMOAN4TDgDoEw4AMxQOAEEUDgCIFA4AjRQOAN0UDgDqFA4AMhUOADoVDgCHFQ4AlRUOANwVDgDpFQ4AMRYOADkWDgCjShIAiBYOABA2DwCUFg4A2xYOAOUWDgAwFw4APBcOAIUXDgCMFw4A2hcOAOIXDgAvGA4AMxgOAIQYDgCSGA4A2RgOAOMYDgAuGQ4AORkOAIMZDgCLGQ4A2BkOANoZDgAtGg4ANRoOAIIaDgCPGg4A1xoOANwaDgAsGw4AORsOAIEbDgCfGw4A1hsOAAccDgArHA4ANxwOAIAcDgCGHA4A1RwOANocDgAqHQ4AMh0OAH8dDgCLHQ4A1B0OAOcdDgApHg4ANx4OAH4eDgCIHg4A0x4OANseDgAoHw4ANx8OAH0fDgCCHw4A0h8OANkfDgAnIA4AMyAOAHwgDgCYIA4A0SAOANkgDgD4ShIAKCEOAHshDgCJIQ4A0CEOAN0hDgAlIg4AMyIOAHoiDgCHIg4AzyIOAOYiDgAkIw4ALCMOAHkjDgCHIw4AziMOANsjDgAjJA4AKyQOAKJLEgCGJA4AzSQOAM4kDgBMTBIALiUOAHclDgB+JQ4AoUwSANMlDgAhJg4AJiYOAPZMEgB+Jg4AS00SANMmDgAgJw4AEycOAC1tEAAhJw4AIHwOACMnDgAefg4AKScOAHUnDgAqJw4AzHoOADAnDgAffQ4APicOAJMHEACCJw4AyicOANUnDgAfKA4AISgOAHQoDgCBKA4AySgOANAoDgAeKQ4ALykOAHMpDgB/KQ4AyCkOAM8pDgAdKg4AJSoOAKBNEgB4Kg4AxyoOAM0qDgAcKw4AISsOAHErDgB3Kw4A9U0SANIrDgAbLA4AJSwOAHAsDgB0LA4AxSwOANEsDgAaLQ4AJi0OAG8tDgB8LQ4AxC0OAMwtDgAZLg4AIy4OAG4uDgB6Lg4Awy4OAMYuDgAYLw4AIi8OAJ9OEgBvLw4Awi8OAMUvDgAXMA4AGjAOAElPEgB0MA4Ank8SAM8wDgAWMQ4AFzEOAPNPEgBzMQ4ASFASAMUxDgAVMg4AHDIOAGoyDgBvMg4AnVASAMcyDgDyUBIAHDMOAGkzDgBzMw4AvjMOAMkzDgATNA4AITQOAGg0DgBrNA4AvTQOAMU0DgASNQ4AHDUOAGc1DgBzNQ4AvDUOAL81DgARNg4AGzYOAEdREgB0Ng4AuzYOANE2DgAQNw4AHDcOAGU3DgBsNw4AujcOAMI3DgAPOA4AFDgOAGQ4DgBtOA4AuTgOAMM4DgAOOQ4AFjkOAGM5DgBlOQ4AuDkOAMg5DgANOg4AFzoOAGI6DgBuOg4AtzoOAL06DgAMOw4AFDsOAPFREgBvOw4AtjsOALc7DgBGUhIAEDwOAJtSEgBiPA4AtTwOALY8DgAKPQ4ADT0OAF89DgBqPQ4AtD0OALk9DgAJPg4AEz4OAPBSEgCCPg4Asz4OALs+DgBFUxIACj8OAF0/DgBuPw4Asj8OAMM/DgAHQA4ACkAOAJpTEgBiQA4AsUAOALZADgAGQQ4ACUEOAFtBDgBeQQ4AsEEOALhBDgDvUxIAE0IOAFpCDgBdQg4Ar0IOALpCDgAEQw4AEEMOAFlDDgBgQw4ArkMOALZDDgADRA4AEUQOAFhEDgBlRA4ArUQOALVEDgBEVBIADkUOAFdFDgBaRQ4ArEUOALZFDgABRg4ACUYOAJlUEgBiRg4Aq0YOALFGDgAARw4ACkcOAFVHDgBpRw4AqkcOALJHDgDuVBIADEgOAFRIDgBcSA4AqUgOAKxIDgD+SA4ACkkOAFNJDgBdSQ4AqEkOALFJDgD9SQ4A/kkOAFJKDgBqSg4Ap0oOAKlKDgD8Sg4ADUsOAFFLDgBiSw4ApksOAK5LDgD7Sw4ACkwOAFBMDgBSTA4ApUwOALZMDgD6TA4AC00OAE9NDgBoTQ4ApE0OAKZNDgD5TQ4ACE4OAE5ODgBuTg4AmFUSAKVODgD4Tg4AGE8OAE1PDgBhTw4A7FYSAKpPDgD3Tw4ABFAOAExQDgBRUA4AoVAOAKtQDgD2UA4A/lAOAEtRDgBRUQ4AoFEOAKlRDgD1UQ4AAlIOAEFXEgBWUg4An1IOAKVSDgD0Ug4A+lIOAElTDgBSUw4AnlMOAJ9TDgDzUw4A/VMOAEhUDgBUVA4AnVQOAKRUDgCWVxIA+lQOAOtXEgBPVQ4AQFgSAKRVDgCVWBIA/VUOAEZWDgBWVg4Am1YOAKBWDgDwVg4A9lYOAEVXDgBRVw4AmlcOAKJXDgDqWBIAAFgOAERYDgBVWA4AmVgOAKtYDgDuWA4A9lgOAENZDgBOWQ4AmFkOAJ1ZDgDtWQ4A8lkOAEJaDgBiWg4AP1kSAKdaDgDsWg4A9loOAEFbDgBNWw4AllsOAJxbDgDrWw4A81sOAEBcDgBCXA4AlVwOAExcDgA6Yg4AplwOAOpcDgD7XA4AP10OAFFdDgCUXQ4AnF0OAOldDgD0XQ4APl4OAENeDgCTXg4AmF4OAOheDgAIXw4AlFkSAD9fDgCSXw4AoV8OAOdfDgDyXw4APGAOAE5gDgCRYA4AmWAOAOZgDgDxYA4AO2EOAEBhDgCQYQ4AlWEOAOVhDgAFYg4A6VkSADxiDgCPYg4AnmIOAORiDgDvYg4AOWMOAEtjDgCOYw4AlmMOAONjDgDuYw4AOGQOAD1kDgCNZA4AkmQOAOJkDgACZQ4APloSAERlDgCMZQ4Ao2UOAJNaEgDuZQ4ANmYOAE1mDgDoWhIAmGYOAOBmDgDnZg4ANWcOAENnDgCKZw4Al2cOAN9nDgD2Zw4APVsSADxoDgCSWxIAi2gOAN5oDgDsaA4AM2kOAERpDgDnWxIAlWkOAN1pDgD0aQ4APFwSADxqDgCHag4Ak2oOANxqDgDfag4AMWsOADtrDgCRXBIAomsOAOZcEgDjaw4AO10SADhsDgCFbA4AhmwOACxwDgCIbA4ALm4OAIxsDgAldw4Aj2wOANpsDgCUbA4AKnIOAJVsDgArcQ4A32wOAHt2DgDmbA4AL20OADJtDgCEbQ4Ajm0OAJBdEgDhbQ4A5V0SADduDgCDbg4ATm4OACd1DgCRbg4A2G4OAOJuDgAtbw4AOW8OAIJvDgCFbw4A128OAN9vDgA6XhIALnAOAIFwDgCEcA4A1nAOANlwDgCPXhIALXEOAIBxDgCOcQ4A1XEOAOZxDgA5XxIALHIOAH9yDgCMcg4A1HIOAONyDgApcw4ANXMOAH5zDgCPcw4A03MOAORzDgAodA4ANHQOAH10DgCEdA4A0nQOANp0DgDjXxIANXUOAHx1DgB9dQ4AOGASAN11DgAmdg4ALXYOAI1gEgCCdg4A0HYOANV2DgA3YRIALncOAHp3DgCAdw4Az3cOANF3DgAkeA4ALngOAHl4DgCHeA4AzngOANN4DgAjeQ4AMHkOAHh5DgCQeQ4AzXkOAON5DgAieg4AJXoOAHd6DgB/eg4A4WESANh6DgAhew4AJHsOAHZ7DgCAew4ANmISANN7DgCLYhIAInwOAHV8DgB4fA4AynwOAM18DgDgYhIAIX0OAHR9DgCCfQ4AyX0OANp9DgCKYxIAJ34OAHN+DgCBfg4AyH4OAIx+DgARNBAA0n4OAB1/DgApfw4Acn8OAHV/DgDHfw4Az38OADRkEgA2gA4AiWQSAIuADgDGgA4A4IAOAN5kEgAggQ4AF4UOACmBDgDBhQ4AK4EOAHCBDgBygQ4AxYEOANOBDgAagg4AK4IOADNlEgB2gg4AiGUSAMqCDgAZgw4AHoMOAG6DDgB0gw4A3WUSAMmDDgAYhA4AHYQOAG2EDgCDhA4AwoQOAMqEDgCHZhIAN4UOAGyFDgB0hQ4A3GYSANiFDgAWhg4AI4YOAGuGDgBwhg4AwIYOAMaGDgAVhw4AIYcOAGqHDgBxhw4Av4cOAMeHDgAUiA4AN4gOAIZnEgB2iA4AvogOAM2IDgATiQ4AFYkOAGiJDgBxiQ4AvYkOANSJDgASig4AHYoOAGeKDgBxig4AvIoOAMSKDgAwaBIAF4sOAGaLDgBsiw4Au4sOAMCLDgAQjA4AFowOAIVoEgCHjA4AuowOAMKMDgAvaRIAGI0OAGSNDgBljQ4AuY0OAMGNDgAOjg4AGY4OAGOODgBojg4AuI4OAL2ODgANjw4ALY8OAIRpEgBojw4At48OAL6PDgAMkA4AEZAOAGGQDgBlkA4AtpAOAMOQDgALkQ4AE5EOAGCRDgBrkQ4AtZEOALqRDgAKkg4AD5IOAF+SDgB/kg4A2WkSAMOSDgAJkw4AFJMOAF6TDgBmkw4As5MOALaTDgAIlA4AvZMOAAWXDgAUlA4AXZQOAGeUDgCylA4Au5QOAAeVDgAIlQ4AXJUOAGSVDgCxlQ4AvJUOAAaWDgALlg4AW5YOAGCWDgCwlg4A0JYOAC5qEgARlw4AWpcOAFyXDgCvlw4AtZcOAASYDgALmA4AWZgOAF6YDgCumA4AspgOAAOZDgAQmQ4AWJkOAGCZDgCtmQ4AuJkOAAKaDgAHmg4AV5oOAFyaDgCsmg4AzJoOAINqEgAJmw4A2GoSAGCbDgCrmw4AtJsOAACcDgAGnA4AVZwOAGGcDgCqnA4AyJwOAP+cDgAAnQ4AVJ0OAFadDgCpnQ4Atp0OAP6dDgAMng4AU54OAGKeDgCong4AxJ4OAP2eDgAFnw4AgmsSAGWfDgCnnw4AqJ8OAPyfDgAIoA4AUaAOAGCgDgCmoA4AsKAOAPugDgAHoQ4AUKEOAFehDgDXaxIAraEOACxsEgADog4AT6IOAFyiDgCBbBIAqaIOAPmiDgAGow4ATqMOAFijDgDWbBIApaMOAPijDgAOpA4ATaQOAFmkDgArbRIAqqQOABjYDwDApA4A96QOAP+kDgDRHw8AFaUOAEylDgBUpQ4AoaUOAG6lDgCf+w8AoqUOAEqnDgCkpQ4AnqgOAK2lDgD0+w8AsaUOAPalDgD4pQ4AS6YOAFmmDgCgpg4AsaYOAIBtEgD9pg4A1W0SAEynDgCfpw4AoqcOAPSnDgD3pw4AKm4SAFGoDgB/bhIAqKgOAEYADwC+qA4A86gOAAGpDgBIqQ4ASakOANRuEgClqQ4AKW8SABWqDgB+bxIAVKoOAJyqDgCqqg4A8aoOAPuqDgBGqw4ATqsOAJurDgCcqw4AlrAOALarDgBDrg4Ax6sOAPCrDgD5qw4ARawOAEasDgCarA4AqKwOAO+sDgD5rA4ARK0OAFCtDgCZrQ4An60OAO6tDgAKrg4A028SAFGuDgCYrg4Apa4OAO2uDgD3rg4AQq8OAESvDgCXrw4Arq8OAOyvDgD4rw4AQbAOAF2wDgAocBIAp7AOAOuwDgDtsA4AQLEOAEqxDgCVsQ4ApbEOAOqxDgDvsQ4AP7IOAEWyDgCUsg4AqrIOAOmyDgDxsg4APrMOAEGzDgCTsw4AnLMOAOizDgD2sw4APbQOAEe0DgCStA4AnrQOAOe0DgADtQ4AfXASAEm1DgCRtQ4AmbUOAOa1DgDptQ4AOA4PAPa1DgA7tg4APbYOADkNDwBJtg4AkLYOAJ22DgDltg4A87YOADq3DgA9tw4Aj7cOAJq3DgDktw4A8LcOADm4DgBAuA4AjrgOAJa4DgDjuA4A5bgOADi5DgBIuQ4AjbkOAJe5DgDiuQ4A7rkOADe6DgA9ug4AjLoOAJS6DgDScBIA47oOADa7DgBEuw4Ai7sOAJi7DgDguw4A7LsOADW8DgA7vA4AirwOAI28DgDfvA4A57wOADS9DgA2vQ4AL8IOADe9DgDdvg4ARL0OAIm9DgCLvQ4A1cYOAI69DgDevQ4A570OADO+DgBAvg4AiL4OAI++DgAncRIA5r4OAC3EDgDnvg4AhsAOAP2+DgAyvw4AQL8OAIe/DgCIvw4AfHESAOi/DgAxwA4AOMAOANFxEgCIwA4A28AOAOHADgAwwQ4AOsEOAIXBDgCRwQ4A2sEOAOHBDgAmchIASMIOAITCDgCJwg4A2cIOAN/CDgAuww4AOMMOAIPDDgCPww4A2MMOAN/DDgB7chIAPMQOAILEDgCRxA4A18QOAOPEDgAsxQ4AL8UOAIHFDgCExQ4A1sUOAObFDgArxg4ANMYOAIDGDgCRxg4A0HISAOPGDgAqxw4AO8cOACVzEgCGxw4AenMSANzHDgApyA4AK8gOACTNDgAsyA4A0skOADnIDgB+yA4AgMgOAMrRDgCDyA4A08gOANzIDgAoyQ4ANckOAH3JDgCEyQ4Az3MSANvJDgAizw4A3MkOAHvLDgDyyQ4AJ8oOADXKDgB8yg4AfcoOACR0EgDdyg4AJssOAC3LDgB5dBIAfcsOANDLDgDWyw4AJcwOAC/MDgB6zA4AhswOAM/MDgDWzA4AznQSAD3NDgB5zQ4Afs0OAM7NDgDUzQ4AI84OAC3ODgB4zg4AhM4OAM3ODgDUzg4AI3USADHPDgB3zw4Ahs8OAMzPDgDYzw4AIdAOACTQDgB20A4AedAOAMvQDgDb0A4AINEOACnRDgB10Q4AhtEOAHh1EgDY0Q4AH9IOADDSDgDNdRIAe9IOACJ2EgDR0g4AHtMOAEfTDgBz0w4Ae9MOAMjTDgDY0w4AHdQOAB/UDgBy1A4AgNQOAMfUDgDY1A4Ad3YSACLVDgBx1Q4AfdUOAMx2EgD01Q4AdncSACTWDgBw1g4AfdYOAMXWDgDh1g4AGtcOACLXDgDLdxIAgNcOAMTXDgDG1w4AGdgOABrYDgBu2A4AcdgOAMPYDgDP2A4AGNkOAB/ZDgBt2Q4AidkOAMLZDgDK2Q4AIHgSACTaDgBs2g4AfNoOAMHaDgDG2g4AFtsOAEHbDgB1eBIAcdsOAMp4EgDI2w4AFdwOABbcDgBh5Q4AG9wOAL2HEAAf3A4AatwOACHcDgC74A4AJdwOABLfDgAz3A4As+gOAG/cDgAagBAAddwOAB97EAB23A4Av9wOAMLcDgAU3Q4AHt0OAB95EgBx3Q4Avt0OAMTdDgAT3g4AHN4OAGjeDgB13g4Avd4OANneDgB0eRIAFN8OAGffDgAX3w4AZIsQAHXfDgC83w4Azd8OAMl5EgAX4A4AZuAOAHLgDgAeehIAweAOABDhDgAW4Q4AZeEOAGrhDgC64Q4AwOEOAB17EgAW4g4AHHwSAGniDgC54g4AweIOAA7jDgAa4w4AY+MOAHbjDgC44w4AxOMOAA3kDgAc5A4AYuQOAGvkDgC35A4AweQOAAzlDgAY5Q4AxnwSAHLlDgC25Q4AwuUOAAvmDgAN5g4AYOYOAGPmDgC15g4AweYOAArnDgAS5w4AG30SAGvnDgC05w4AxOcOAAnoDgAV6A4AXugOAGToDgBwfRIA1egOAAjpDgAQ6Q4AXekOAIfpDgCy6Q4AvekOAAfqDgAT6g4AXOoOAG3qDgCx6g4AsuoOAMV9EgAM6w4AW+sOAGjrDgAafhIAvesOAAXsDgAc7A4AWuwOAIXsDgCv7A4At+wOAATtDgAO7Q4AWe0OAGXtDgCu7Q4Ase0OAAPuDgAN7g4Ab34SAGDuDgCt7g4As+4OAALvDgAL7w4AV+8OAGTvDgCs7w4AyO8OAMR+EgAD8A4AVvAOAAjwDgCe/Q4AY/AOAKvwDgCy8A4AAPEOAALxDgBV8Q4AW/EOAKrxDgCx8Q4A//EOABfyDgBU8g4AWfIOAKnyDgBg8g4AU/MOALLyDgD+8g4ACPMOABl/EgBZ8w4AqPMOAK7zDgD98w4AAvQOAFL0DgBY9A4Abn8SAKj0DgD89A4ADfUOAFH1DgBd9Q4ApvUOALD1DgD79Q4AB/YOAFD2DgBX9g4Aw38SAKf2DgD69g4AsPYOAFiXEAD99g4AT/cOAG/3DgCk9w4ArPcOABiAEgAK+A4ATvgOAFX4DgCj+A4Aq/gOAPj4DgD7+A4AofoOAAj5DgBN+Q4AT/kOAKL5DgCw+Q4A9/kOAAj6DgBtgBIAU/oOAMKAEgCq+g4A9voOAAX7DgBL+w4AWvsOAKD7DgCs+w4A9fsOAPj7DgBK/A4ATfwOAJ/8DgCv/A4A9PwOAP38DgBJ/Q4AWv0OABeBEgCj/Q4A8/0OAPz9DgBI/g4AUv4OAJ3+DgCl/g4A8v4OABD/DgBH/w4AZf8OAJz/DgC6/w4A8f8OAA8ADwBsgRIATQAPAJsADwCgAA8A8AAPAKcADwDvAQ8A+QAPAEUBDwBPAQ8AmgEPALYBDwDBgRIA9QEPAEQCDwBKAg8AmQIPALUCDwAWghIAGAMPAMCCEgBtAw8AFYMSAKADDwAUhBIAAwQPAEIEDwBEBA8AlwQPAJ0EDwDsBA8AAAUPAEEFDwBJBQ8AlgUPAMAFDwBphBIA9AUPAEAGDwBNBg8AlQYPAKMGDwDqBg8A9AYPAD8HDwBZBw8AlAcPAKEHDwDpBw8A9QcPAD4IDwBICA8AkwgPAJsIDwC+hBIA7wgPAD0JDwBFCQ8AE4USAGsJDwAShhIAngkPAOcJDwDuCQ8APAoPAEQKDwBohRIAkwoPAOYKDwD3Cg8AOwsPAEMLDwCQCw8AmgsPAOULDwDxCw8AOgwPAD0MDwCPDA8AmQwPAGeGEgAADQ8AvIYSAEcNDwCODQ8Anw0PABGHEgDqDQ8AZocSAEEODwCNDg8AnA4PAOIODwDxDg8ANw8PAEMPDwCMDw8Ajw8PAOEPDwDkDw8ANhAPAEYQDwCLEA8AlBAPAOAQDwDxEA8Au4cSADcRDwCKEQ8AQREPADQSDwCNEQ8A3xEPAOcRDwAQiBIAOhIPAIkSDwCVEg8A3hIPAOYSDwBliBIAPxMPAIgTDwCLEw8A3RMPAOcTDwC6iBIANxQPAIcUDwCdFA8A3BQPAN0UDwAxFQ8AQhUPAIYVDwCSFQ8A2xUPAOUVDwAwFg8APBYPAA+JEgCRFg8A2hYPAN0WDwAvFw8AORcPALmJEgCHFw8A2RcPANwXDwAuGA8AOhgPAIMYDwCJGA8A2BgPAOIYDwAOihIAMhkPAIIZDwCPGQ8A1xkPANoZDwAsGg8ASBoPAIEaDwCJGg8AY4oSAN4aDwC4ihIAMxsPAA2LEgCDGw8A1RsPAJcbDwBQ9Q8A9RsPACocDwA+HA8AYosSAIAcDwDUHA8A2hwPACkdDwA1HQ8Afh0PAI0dDwDTHQ8A1R0PACgeDwAyHg8AfR4PAIkeDwDSHg8A2R4PALeLEgAzHw8ADIwSAIQfDwBhjBIA1B8PAM8hDwDhHw8AJiAPACggDwB7IA8AiSAPANAgDwDhIA8AXo8SACwhDwCzjxIAgiEPAAiQEgDvIQ8AJCIPADIiDwB5Ig8AeiIPAF2QEgDaIg8AIyMPACojDwCykBIAgCMPAAeREgDPIw8AIiQPADAkDwB3JA8AiCQPAFyREgDSJA8AISUPAC0lDwCxkRIAfCUPAMslDwDRJQ8AICYPACUmDwB1Jg8AeyYPAFuSEgDNJg8AHycPACsnDwB0Jw8AeicPAMknDwDTJw8ABZMSACMoDwBzKA8AgCgPAMgoDwDLKA8AHSkPADIpDwByKQ8AeikPAFqTEgDPKQ8AHCoPACgqDwBxKg8AdyoPAMYqDwDMKg8AGysPACArDwBwKw8AdisPAFiVEgDUKw8AGiwPACksDwBvLA8AeCwPAMQsDwDKLA8AGS0PAB8tDwBuLQ8Aei0PAMMtDwDKLQ8AGC4PACAuDwAClhIAdy4PAMIuDwDNLg8AFy8PACMvDwBsLw8Aci8PAMEvDwDJLw8AFjAPACIwDwBrMA8AcTAPAMAwDwDGMA8AFTEPABoxDwBqMQ8AcDEPAFeWEgDGMQ8AFDIPACIyDwBpMg8AdjIPAL4yDwDVMg8AEzMPAC8zDwBoMw8AcDMPAKyWEgDQMw8AEjQPABQ0DwBnNA8AfTQPALw0DwC9NA8AETUPACI1DwBmNQ8AcjUPAAGXEgDXNQ8AVpcSACY2DwBlNg8AZjYPALo2DwDLNg8ADzcPABs3DwCrlxIAaTcPALk3DwC/Nw8ADjgPAC44DwBjOA8AbzgPALg4DwC/OA8AAJgSABk5DwBiOQ8AZDkPALc5DwDXOQ8ADDoPABg6DwBhOg8AaDoPAFWYEgC7Og8ACzsPABs7DwBgOw8AaDsPALU7DwC/Ow8ACjwPABY8DwBfPA8AYjwPALQ8DwC+PA8AqpgSAA89DwBePQ8AYz0PALM9DwC5PQ8AVJkSABA+DwD+mRIAaT4PALI+DwC1Pg8ABz8PABE/DwBcPw8AZD8PAKiaEgC/Pw8ABkAPAA1ADwBbQA8AY0APALBADwC9QA8ABUEPAApBDwBaQQ8AZEEPAK9BDwC3QQ8ABEIPABRCDwBZQg8AZ0IPAK5CDwC7Qg8AA0MPABFDDwBYQw8AW0MPAK1DDwC4Qw8AAkQPAApEDwBXRA8AcEQPAKxEDwC4RA8AAUUPABFFDwBWRQ8AW0UPAKtFDwCxRQ8AAEYPAAxGDwBVRg8AXUYPAP2aEgC0Rg8A/0YPAAJHDwBURw8AXEcPAKlHDwCqRw8A/kcPAABIDwBTSA8AWUgPAKhIDwC0SA8A/UgPAApJDwBSSQ8AXEkPAKdJDwCvSQ8A/EkPAP5JDwBRSg8AXkoPAKZKDwCtSg8A+0oPAANLDwBQSw8AVEsPAKVLDwCnSw8A+ksPAP1LDwBPTA8AV0wPAKRMDwCzTA8A+UwPAPtMDwBOTQ8AW00PAKNNDwCyTQ8A+E0PAARODwBNTg8AXk4PAKJODwCzTg8A904PAANPDwBMTw8AU08PAKFPDwDATw8AUpsSAApQDwBLUA8ATFAPAKBQDwCsUA8A9VAPABFRDwBKUQ8AUlEPAKebEgCnUQ8AUZwSAABSDwBJUg8AT1IPAJ5SDwCkUg8A81IPAAtTDwBIUw8AUlMPAJ1TDwCpUw8A8lMPAPVTDwBHVA8AUVQPAJxUDwC0VA8A8VQPAAFVDwBGVQ8ASFUPAJtVDwCpVQ8A8FUPAAFWDwCmnBIAS1YPAJpWDwCmVg8A+5wSAPdWDwClnRIAUFcPAJlXDwCcVw8A7lcPAPhXDwD6nRIARVgPAJhYDwCmWA8A7VgPAP5YDwCknhIASVkPAPmeEgCfWQ8ATp8SAPRZDwBNoBIAQ1oPAJZaDwCjWg8A61oPAPpaDwBAWw8ARlsPAJVbDwChWw8A6lsPAOxbDwA/XA8ASVwPAJRcDwCiXA8A6VwPAO5cDwA+XQ8AS10PAJNdDwCfXQ8A6F0PAPtdDwA9Xg8ATF4PAJJeDwCeXg8A514PAOheDwA8Xw8ARl8PAJFfDwCfXw8A5l8PAOtfDwA7YA8ASGAPAKKgEgCaYA8A5WAPAPNgDwA6YQ8APWEPAI9hDwCfYQ8A5GEPAPJhDwA5Yg8ARWIPAI5iDwCVYg8A42IPAOpiDwA4Yw8ARGMPAI1jDwCOYw8A4mMPAO5jDwA3ZA8ARGQPAIxkDwCTZA8A4WQPAO1kDwA2ZQ8AQ2UPAItlDwCaZQ8A4GUPAPRlDwA1Zg8AQWYPAIpmDwCdZg8A32YPAO5mDwA0Zw8AQGcPAIlnDwCKZw8A3mcPAOhnDwAzaA8AQWgPAIhoDwCNaA8A3WgPAOpoDwD3oBIAM2kPAIdpDwCYaQ8A3GkPAOppDwAxag8AQGoPAIZqDwCIag8A22oPAOVqDwAwaw8APmsPAIVrDwCKaw8A2msPAOdrDwAvbA8APmwPAIRsDwCJbA8A2WwPAOZsDwAubQ8AOG0PAINtDwCPbQ8A2G0PAOttDwAtbg8AN24PAIJuDwCObg8A124PAOpuDwAsbw8AO28PAIFvDwCNbw8A1m8PANdvDwArcA8ANXAPAIBwDwCOcA8A1XAPANpwDwAqcQ8AN3EPAEyhEgCEcQ8A1HEPAOFxDwApcg8AM3IPAH5yDwCEcg8A03IPANVyDwAocw8ANXMPAH1zDwCAcw8A0nMPAOBzDwAndA8AM3QPAHx0DwCJdA8A0XQPANt0DwAmdQ8ANXUPAHt1DwCAdQ8A0HUPAN11DwAldg8AMnYPAHp2DwCGdg8Az3YPAN52DwAkdw8ALncPAHl3DwCHdw8AzncPANN3DwAjeA8AMHgPAHh4DwCEeA8AzXgPAOB4DwAieQ8AMXkPAHd5DwCDeQ8AzHkPAM15DwAheg8AK3oPAHZ6DwCEeg8Ay3oPANB6DwAgew8ALXsPAKGhEgCIew8AynsPANl7DwAffA8AK3wPAHR8DwB1fA8AyXwPANN8DwAefQ8ALH0PAHN9DwB4fQ8AyH0PANV9DwD2oRIAMH4PAHJ+DwCBfg8Ax34PANN+DwAcfw8AHX8PAHF/DwB7fw8Axn8PANR/DwAbgA8AIIAPAHCADwB9gA8AS6ISAMeADwAagQ8AKIEPAG+BDwB8gQ8AxIEPANCBDwAZgg8AH4IPAG6CDwB/gg8Aw4IPAMWCDwAYgw8AIYMPAG2DDwB6gw8AwoMPANGDDwAXhA8AIoQPAGyEDwB4hA8AwYQPANSEDwAWhQ8AJYUPAGuFDwB3hQ8AwIUPAMGFDwAVhg8AH4YPAGqGDwB4hg8Av4YPAMSGDwAUhw8AIYcPAKCiEgB2hw8AvocPAMyHDwATiA8AHYgPAGiIDwB2iA8AvYgPAL+IDwASiQ8AI4kPAGeJDwB1iQ8AvIkPAO2JDwARig8AE4oPAGaKDwBwig8Au4oPAMmKDwAQiw8AFYsPAGWLDwByiw8AuosPAMaLDwAPjA8AIowPAGSMDwBzjA8AuYwPAMWMDwAOjQ8AD40PAGONDwBtjQ8AuI0PAMaNDwANjg8AEo4PAGKODwBvjg8A9aISALmODwAMjw8ADo8PAGGPDwBwjw8Ato8PAMWPDwALkA8AF5APAGCQDwBjkA8AtZAPALiQDwAKkQ8AEJEPAF+RDwBrkQ8AtJEPALeRDwAJkg8ADpIPAF6SDwBnkg8As5IPALmSDwAIkw8AF5MPAF2TDwBpkw8AspMPAMKTDwAHlA8ACZQPAFyUDwBqlA8AsZQPAMKUDwBKoxIADJUPAFuVDwBnlQ8An6MSAMOVDwAFlg8AFJYPAFqWDwBmlg8Ar5YPALCWDwAElw8ADpcPAFmXDwBnlw8ArpcPALOXDwADmA8AEJgPAPSjEgBkmA8ArZgPALeYDwACmQ8ALpkPAFeZDwBemQ8ArJkPAMWZDwABmg8AEJoPAFaaDwBlmg8Aq5oPALCaDwAAmw8ADZsPAFWbDwBimw8AqpsPALabDwD/mw8ADpwPAFScDwBenA8AqZwPALecDwD+nA8AA50PAFOdDwBgnQ8AqJ0PALSdDwD9nQ8AEJ4PAFKeDwBhng8Ap54PALOeDwD8ng8A/Z4PAFGfDwBbnw8App8PALSfDwD7nw8AAKAPAFCgDwBdoA8ASaQSALagDwD6oA8AC6EPAE+hDwBboQ8ApKEPALuhDwD5oQ8A+6EPAE6iDwBfog8Ao6IPAKaiDwD4og8AAqMPAE2jDwBPow8AoqMPAKyjDwD3ow8AA6QPAEykDwBYpA8AoaQPALSkDwD2pA8ABaUPAEulDwBXpQ8AoKUPAKGlDwD1pQ8A/6UPAEqmDwBYpg8An6YPAKSmDwD0pg8AAacPAJ6kEgBLpw8AnqcPAKinDwDzpw8A+6cPAPOkEgBbqA8AnagPAKmoDwDyqA8AAakPAEepDwBQqQ8AnKkPAKapDwDxqQ8A/6kPAEaqDwBLqg8Am6oPAKiqDwDwqg8A/KoPAEWrDwBYqw8AmqsPAKmrDwDvqw8A+6sPAESsDwBFrA8AmawPAKOsDwDurA8A/KwPAEOtDwBIrQ8AmK0PAKWtDwBIpRIA760PAEKuDwBMrg8Al64PAJ+uDwCdpRIA8a4PAEGvDwBXrw8Alq8PAJevDwDrrw8A/K8PAECwDwBMsA8AlbAPAJ+wDwDqsA8A+LAPAD+xDwBEsQ8AlLEPAKGxDwDpsQ8A9bEPAD6yDwBRsg8Ak7IPAKKyDwDosg8A9LIPAD2zDwA+sw8AkrMPAJyzDwDnsw8A9bMPADy0DwBBtA8AkbQPAJ60DwDypRIA6LQPADu1DwBFtQ8AkLUPAJi1DwBHphIA+7UPADq2DwBGtg8Aj7YPAJS2DwDktg8A7bYPADm3DwBDtw8AjrcPAJq3DwDjtw8A9rcPADi4DwBHuA8AjbgPAJm4DwDiuA8A47gPADe5DwBBuQ8AjLkPAJq5DwDhuQ8A5rkPADa6DwBDug8AnKYSAI26DwDgug8A6roPADW7DwA9uw8A8aYSAJe7DwDfuw8A7rsPADS8DwA/vA8AibwPAJW8DwDevA8A7bwPADO9DwBTvQ8AiL0PAJS9DwDdvQ8A5L0PADK+DwBAvg8Ah74PAIy+DwDcvg8A6L4PADG/DwBEvw8Ahr8PAJW/DwDbvw8A578PADDADwAxwA8AhcAPAI/ADwDawA8A6MAPAC/BDwA0wQ8AhMEPAJHBDwBGpxIA28EPAC7CDwA4wg8Ag8IPAIvCDwCbpxIA9cIPAC3DDwA+ww8AgsMPAI7DDwDXww8A6sMPACzEDwA7xA8AgcQPAI3EDwDWxA8A18QPACvFDwA1xQ8AgMUPAI7FDwDVxQ8A2sUPACrGDwA3xg8A8KcSAIHGDwDUxg8A3sYPACnHDwAxxw8ARagSAJvHDwDTxw8A5McPACjIDwA0yA8AfcgPAJDIDwDSyA8A4cgPACfJDwAzyQ8AfMkPAH3JDwDRyQ8A28kPACbKDwA0yg8Ae8oPAIDKDwDQyg8A3coPAJqoEgAnyw8AessPAITLDwDPyw8A18sPAO+oEgA1zA8AecwPAI3MDwDOzA8A0swPACPNDwAlzQ8AeM0PAIzNDwDNzQ8A0M0PACLODwA/zg8Ad84PAIjODwDMzg8A2M4PACHPDwA0zw8Ads8PAIXPDwDLzw8A188PACDQDwAh0A8AddAPAH/QDwDK0A8A2NAPAB/RDwAk0Q8AdNEPAIHRDwBEqRIAy9EPAB7SDwAo0g8Ac9IPAHvSDwCZqRIAytIPAB3TDwAr0w8ActMPAIPTDwDuqRIAztMPAEOqEgA/1A8AQqsSAHnUDwBBrBIAzNQPABvVDwAg1Q8AcNUPAHTVDwDF1Q8A0tUPAJasEgAf1g8Ab9YPAHPWDwDE1g8AxtYPABnXDwAy1w8AbtcPAH/XDwDD1w8Az9cPAOusEgAb2A8Avd0PACTYDwBt2A8AgNgPAMLYDwDD2A8AF9kPACPZDwBs2Q8Ae9kPAMHZDwDL2Q8AFtoPACLaDwBr2g8ActoPAECtEgDI2g8AFdsPABfbDwAJ5w8AGNsPABDgDwAb2w8AatsPACHbDwBj4g8AItsPAExOEAB22w8Av9sPAM7bDwAU3A8AINwPAGncDwB33A8AvtwPANncDwAT3Q8AH90PAGjdDwBv3Q8Ala0SAMrdDwAS3g8AFN4PAGfeDwBo3g8AvN4PAL/eDwAR3w8AHN8PAGbfDwBr3w8Au98PAMXfDwDqrRIAHeAPAGXgDwBn4A8AuuAPALvgDwAP4Q8AEuEPAGThDwBv4Q8AueEPAL7hDwAO4g8AGOIPAD+uEgB24g8AuOIPALniDwAN4w8AGeMPAGLjDwBx4w8At+MPAMHjDwAM5A8AGOQPAGHkDwBo5A8AlK4SAL7kDwAL5Q8ADeUPAGDlDwBv5Q8AteUPAL/lDwAK5g8AE+YPAF/mDwBh5g8AtOYPAMXmDwA+rxIAGOcPAF7nDwBo5w8As+cPALznDwAI6A8ACugPAF3oDwBu6A8AsugPALroDwAH6Q8AJekPAFzpDwBk6Q8AsekPAL3pDwAG6g8AGeoPAFvqDwBc6g8AsOoPALzqDwAF6w8AFOsPAFrrDwBk6w8Ar+sPALvrDwAE7A8AC+wPAJOvEgBq7A8AruwPAL/sDwAD7Q8AC+0PAFjtDwBf7Q8Are0PALvtDwAC7g8AEu4PAFfuDwBn7g8ArO4PAMjuDwDorxIADu8PAFbvDwBt7w8Aq+8PALPvDwAA8A8ADvAPAFXwDwBf8A8AqvAPALbwDwD/8A8AFfEPAFTxDwBX8Q8AqfEPAMXxDwA9sBIACPIPAFPyDwBb8g8AqPIPALfyDwD98g8AAvMPAFLzDwBf8w8Ap/MPALHzDwD88w8A/vMPAFH0DwBf9A8ApvQPALP0DwD79A8A/vQPAJKwEgBb9Q8ApfUPAK/1DwD69Q8AAvYPAE/2DwBe9g8ApPYPAKn2DwD59g8ABvcPAE73DwBY9w8Ao/cPAKX3DwD49w8ABvgPAE34DwBa+A8AovgPAKX4DwDnsBIA+vgPAEz5DwBY+Q8AofkPAKj5DwD2+Q8A/vkPAEv6DwBk+g8AoPoPALT6DwD1+g8AEfsPAEr7DwBS+w8AkbESAKf7DwDmsRIAAfwPAEn8DwBQ/A8AnvwPAKb8DwDz/A8A+PwPAEj9DwBY/Q8Anf0PAKX9DwDy/Q8AAP4PAEf+DwBU/g8AnP4PAKn+DwDx/g8A/f4PAEb/DwBM/w8Am/8PAKP/DwDw/w8A/P8PAEUAEABYABAAmgAQAKkAEADvABAA+wAQAEQBEABFARAAmQEQAKMBEADuARAA/AEQAEMCEABIAhAAmAIQAKUCEAA7shIA8AIQAEIDEABMAxAAlwMQAJkDEADsAxAA+wMQAEEEEABhBBAAlgQQAJ4EEADrBBAA9QQQAEAFEABGBRAAlQUQAJcFEADqBRAA+QUQAD8GEABLBhAAlAYQAJwGEACQshIABwcQAD4HEABcBxAA5bISALEHEADoBxAABggQAD0IEABFCBAAkggQAKEIEADnCBAA6QgQADwJEABFCRAAkQkQAJQJEADmCRAA8gkQADsKEABCChAAkAoQAJgKEADlChAA/goQADoLEABOCxAAjwsQAKsLEADkCxAA7AsQADqzEgBXDBAAjgwQAKwMEACPsxIA/AwQADgNEAA9DRAAjQ0QAKgNEADiDRAA7g0QADcOEAA/DhAA5LMSAJ8OEADhDhAA8A4QADYPEABCDxAAiw8QAIwPEADgDxAA6g8QADUQEABDEBAAihAQAI8QEADfEBAA7BAQADm0EgA4ERAAiREQAIsREADeERAA4REQADMSEAA7EhAAiBIQAJISEADdEhAA6BIQADITEAA+ExAAhxMQAI8TEACOtBIA6hMQADEUEAA3FBAAhhQQAJIUEADbFBAA6hQQADAVEAA6FRAAhRUQAI0VEADaFRAA6RUQAC8WEAAxFhAAhBYQAI0WEADZFhAA3BYQAC4XEAA6FxAAgxcQAIsXEADjtBIA6BcQAC0YEAA1GBAAghgQAIwYEADXGBAA4hgQACwZEAA4GRAAgRkQAIkZEAA4tRIA2xkQACsaEAA8GhAAgBoQAJEaEADVGhAA2hoQACobEAAuGxAAfxsQAI0bEADUGxAA4RsQACkcEABAHBAAfhwQAIYcEADTHBAA3xwQACgdEAA7HRAAfR0QAIwdEADSHRAA3h0QACceEAAoHhAAfB4QAIYeEADRHhAA3x4QACYfEAArHxAAex8QAIgfEACNtRIA1h8QACUgEAAzIBAAeiAQAIcgEADPIBAA5iAQACQhEAAsIRAAeSEQAIQhEADOIRAA0CEQACMiEAAwIhAAeCIQAH8iEADNIhAA3iIQACIjEAAwIxAAdyMQAIQjEADMIxAA4yMQACEkEAApJBAAdiQQAHskEADLJBAA2yQQACAlEAAoJRAAdSUQAH8lEADKJRAA1SUQAB8mEAArJhAAdCYQAHwmEAA3thIA4iYQAB4nEAAjJxAAcycQAI4nEADIJxAA1CcQAB0oEAAlKBAAjLYSAIUoEADHKBAA1igQABwpEAAoKRAAcSkQAHIpEADGKRAA0CkQABsqEAApKhAAcCoQAHUqEADFKhAA0ioQAOG2EgAiKxAAbysQAHErEADEKxAA0SsQABksEAAeLBAAbiwQAHgsEADDLBAAziwQABgtEAAkLRAAbS0QAHMtEADCLRAAyi0QABcuEAAjLhAAbC4QAH8uEADBLhAA0C4QABYvEAAiLxAAay8QAGwvEADALxAAyi8QABUwEAAjMBAAajAQAG8wEAC/MBAAzDAQADa3EgAZMRAAaTEQAHgxEAC+MRAAzTEQABMyEAAcMhAAaDIQAG4yEAC9MhAAwzIQABIzEAAeMxAAZzMQAG4zEAC8MxAA2DMQAIu3EgAbNBAAZjQQAHI0EAC7NBAAvjQQABA1EAAaNRAA4LcSAG01EAA1uBIAwjUQAIq4EgAXNhAA37gSAGw2EAC5NhAAujYQAFw+EADGNhAADjcQAM02EAC0OxAA0DYQAABFEADSNhAAp0gQAA83EABjNxAAeTcQALg3EADANxAADTgQAA84EAC1OhAAGzgQAGI4EABqOBAANLkSAG84EAC3OBAAujgQAAw5EAAWORAAYTkQAGM5EAC2ORAAxzkQAAs6EAAcOhAAYDoQAGg6EACJuRIAvDoQAAo7EAAROxAAXzsQAGc7EADeuRIAtjsQAAk8EAAPPBAAXjwQAGs8EACzPBAAuzwQAAg9EAAKPRAAXT0QAGQ9EACyPRAAuT0QAAc+EAAPPhAAM7oSAGk+EACxPhAAsj4QAAY/EAAcPxAAWz8QAGM/EACwPxAAsj8QAFhCEAC+PxAABUAQAA1AEACIuhIAEkAQAFpAEABdQBAAr0AQALlAEAAEQRAABkEQAFlBEABqQRAArkEQAL9BEAADQhAAC0IQAN26EgBfQhAArUIQALRCEAACQxAACkMQADK7EgBhQxAArEMQAK5DEAABRBAAEkQQAFZEEABnRBAAq0QQALNEEACHuxIABUUQAKNMEAAMRRAAVUUQAGtFEACqRRAAskUQAP9FEAANRhAAVEYQAGFGEACpRhAArEYQAP5GEAAIRxAAU0cQAFVHEACoRxAAuUcQAP1HEAAOSBAAUkgQAFpIEADcuxIAsEgQAPxIEAAJSRAAUUkQAFhJEACmSRAAt0kQAPtJEAAHShAAUEoQAFhKEAAxvBIAskoQAPpKEAD9ShAAT0sQAFlLEACkSxAApksQAPlLEAAKTBAATkwQAF9MEACGvBIAq0wQAPhMEAAPTRAATU0QAFlNEACiTRAArE0QAPdNEAD/TRAA27wSAE1OEAChThAAt04QAPZOEAD+ThAAS08QAFlPEACgTxAAqE8QADC9EgCtTxAA9U8QAPhPEABKUBAAVFAQAJ9QEAChUBAA9FAQAAVREABJURAAWlEQAJ5REACmURAAhb0SAPlREABIUhAATVIQAJ1SEAC4UhAA8lIQAABTEABHUxAATlMQAJxTEACoUxAA8VMQAPdTEABGVBAASVQQAJtUEAClVBAA8FQQAPZUEABFVRAAR1UQAJpVEACkVRAA71UQAPtVEABEVhAAW1YQAJlWEACtVhAA7lYQAApXEABDVxAAS1cQANq9EgCaVxAA7VcQAPtXEABCWBAAU1gQAC++EgCeWBAAhL4SAPpYEABBWRAAS1kQAJZZEAChWRAA61kQAPNZEABAWhAATFoQAJVaEACoWhAA6loQAPlaEAA/WxAAS1sQAJRbEACVWxAA6VsQAPNbEAA+XBAATFwQAJNcEACYXBAA6FwQAPVcEAAuvxIARV0QAJJdEACcXRAA510QAOxdEAA8XhAARF4QAJFeEACXXhAA5l4QAPJeEAA7XxAAQV8QAJBfEACZXxAA5V8QAPJfEAA6YBAAQmAQAI9gEACQYBAA5GAQAOZgEAA5YRAAPGEQAI5hEACRYRAA2L8SAPlhEAA4YhAAQGIQAI1iEACZYhAA4mIQAOhiEAA3YxAAPWMQAIxjEACRYxAANmQQALpjEADhYxAA6WMQAILAEgA8ZBAA18ASAKFkEADgZBAA4mQQADVlEABCZRAAimUQAJFlEADfZRAA52UQADRmEABEZhAAiWYQAItmEADeZhAA7GYQADNnEABEZxAAgcESAI9nEADWwRIA62cQADJoEAA8aBAAh2gQAJJoEADcaBAA5GgQADFpEAA9aRAAhmkQAJlpEADbaRAA6WkQADBqEAA6ahAAhWoQAI1qEADaahAA6WoQAC9rEAA0axAAhGsQAItrEADZaxAA5WsQAIDCEgBsbBAAg2wQAMFsEADYbBAA4GwQANXCEgBXbRAAgm0QAI5tEADXbRAA3W0QACxuEAAybhAAgW4QAIZuEADWbhAA3G4QACrDEgAsbxAAgG8QAIZvEADVbxAA2m8QACpwEAA5cBAAf3AQAItwEADUcBAA13AQAClxEAAscRAAfnEQAIZxEADTcRAA4nEQAChyEAAtchAAfXIQAJNyEADSchAA03IQACdzEAA4cxAAfHMQAIhzEADRcxAA23MQACZ0EAAydBAAe3QQAIJ0EAB/wxIA4HQQACV1EAAxdRAAenUQAIl1EADPdRAA43UQACR2EAAzdhAAeXYQAIp2EADOdhAA2nYQANTDEgAldxAAeHcQAIZ3EADNdxAA3ncQACnEEgAoeBAAd3gQAIN4EAB+xBIA0ngQACF5EAAneRAAdnkQAHt5EADLeRAA0XkQAH3FEgAlehAAdXoQAHd6EADKehAA23oQANHGEgArexAAdHsQAHp7EADJexAA1XsQAB58EAAmfBAAJscSAHl8EADIfBAA1HwQAB19EAAlfRAAe8cSAH59EADHfRAAyn0QABx+EAAmfhAA0McSAHN+EADGfhAA1H4QABt/EAAsfxAAesgSAHZ/EADFfxAA0X8QAM/IEgAigBAAb4AQAHKAEADEgBAA0IAQABmBEAAlgRAAboEQAHaBEAB5yRIAzoEQABiCEAAkghAAbYIQAHWCEADOyRIAy4IQABeDEAAogxAAbIMQAH2DEADBgxAAyYMQABaEEAAZhBAAa4QQAHWEEADAhBAAwoQQABWFEAAkhRAAaoUQAIqFEAC/hRAAx4UQABSGEAAehhAAaYYQAG+GEAC+hhAAwIYQABOHEAAihxAAaIcQAHSHEAAjyhIAyYcQABKIEAAwiBAAZ4gQAG2IEAC8iBAAxYgQABGJEAAeiRAAZokQAG6JEAC7iRAA0YkQABCKEAASihAAZYoQAICKEAC6ihAAxooQAA+LEAAcixAAeMoSAGqLEAC5ixAAwYsQAA6MEAAkjBAAY4wQAGiMEAC4jBAAvowQAA2NEAAZjRAAYo0QAGqNEADNyhIAxI0QAAyOEAAcjhAAYY4QAGaOEAC2jhAAvI4QAAuPEAAhjxAAYI8QAGKPEAC1jxAAv48QAAqQEAAYkBAAX5AQAGSQEAC0kBAAwZAQACLLEgAYkRAAXpEQAGeREACzkRAAvZEQAAiSEAAWkhAAXZIQAGKSEACykhAAv5IQAAeTEAAPkxAAXJMQAGyTEACxkxAAs5MQAAaUEAAUlBAAW5QQAGyUEAB3yxIAt5QQAMzLEgAKlRAAWpUQAGCVEACvlRAAt5UQAASWEAAOlhAAWZYQAFuWEACulhAAsZYQAAOXEAAjlxAAdswSAGSXEACtlxAAs5cQAAKYEAAOmBAAV5gQAF+YEADLzBIAuJgQAAGZEAAHmRAAVpkQAGKZEACrmRAAs5kQACDNEgACmhAAVZoQAGOaEACqmhAAu5oQAHXNEgAMmxAAVJsQAGubEADKzRIAs5sQAP6bEAAKnBAAU5wQAFacEAConBAAspwQAB/OEgAOnRAAUp0QAFmdEACnnRAAr50QAPydEAAJnhAAUZ4QAFaeEACmnhAAsJ4QAPueEAADnxAAUJ8QAF+fEAClnxAAqp8QAPqfEAAQoBAAT6AQAFCgEACkoBAAsqAQAPmgEAAKoRAATqEQAFqhEACjoRAAq6EQAMnOEgD8oRAAVAEAAACiEABVQxIABKIQAOgIDwBZohAA9wgAAKqiEACfpRAAWKQQANUqAACkpBAA0ywAAK+lEADEOwAATKYQAME+AAChphAADkcAAEqnEADjDBAAS6cQALZJAABPpxAAY5kDAFKnEACymwcAoacQAPlbAABLqBAASGIAAKCoEACRbgAASakQADV1AACqqRAALH4AAPSpEAB+gQAAR6oQAHqFAAD3qhAAxo4AALirEADuqxAASa4QADDPAABErxAAJNsAAJmvEABw5AAAQ7AQAAzzAAD1sBAAWPwAAGKxEACt/AAAlbEQAAL9AAD0sRAA/AIBAJyyEAClBAEA8LIQAKAJAQCwsxAAlxIBAPKzEACRGAEAWrQQAJC0EAABtRAAOrUQAEK1EACPtRAAm7UQAN8fAQDstRAAhyIBAKq2EADjthAA67YQADi3EAA6txAA1SkBAJm3EADPLwEAP7gQABs5AQCXuRAAV1IBAD26EAD+VQEAUboQAJr+EQBZuhAAnPwRAK+6EABTVgEA5boQAKdXAQBGuxAA+lkBAI67EAD3XAEA4rsQAPVeAQDpvBAAjXEBAEy9EACHvRAAj70QAOJxAQDrvRAANXQBAJK+EADVfgEA/r4QACp/AQA8vxAA04ABAI2/EADavxAA5L8QACiBAQA5wBAAI4YBADnCEAC0nwEAisIQANfCEADnwhAACaABAI3DEAAFpAEA3sMQACvEEAA7xBAAWqQBAOHEEAD8rAEALscQAHkvAgAyxxAAIjECADbHEADmwgEAQscQAGk/AgDaxxAAqkMSANvHEAC35wsA3scQAOPFAQDuxxAAV0cMAC/IEACFFBEAQ8gQADjGAQBVyBAAvYUSAIPIEACNxgEAhsgQAM3QDAAyyRAAiMsBAIfJEADdywEAM8oQACzSAQDYyhAAJtgBAILLEAAi3AEA0csQACPMEAAvzBAAzNwBACrNEAB3zRAAes0QAGneDQCDzRAAcOMBAOHNEAAY5gEAQs4QAHbOEADPzhAAZDkNANvOEABf9AEA+M4QABXpAQAszxAAZO8BANbPEAAK9AEAgNAQAF71AQDl0BAAs/UBAIPREABd9gEA0dEQAFz3AQDV0hAApwECAHrTEADkZAwAfdMQAKIGAgB/0xAAN2UOAM7TEABRRxIA4NMQABvUEAB41BAAxdQQAIzUEADtEAIAyNQQAPr4DADP1BAA7wMNANLUEABl4wwA1dQQAJSzDQDW1BAA5bcNAODUEACgCAIA5tQQAJsCDQBx1RAA8QwCAJnVEADlDA4A0tUQAJoOAgAl1hAAmQ8CAITZEAAxIgIAHucQAMooDQDE5xAAB+gQAG7oEACx6BAAFukQAKvzCwAc6RAAJ9YCAF3qEABL+BEAYuoQAATrEAB26hAAAe4QAH7qEABH/BEAhOoQABfmAgAG6xAAI3sMAAjrEAD4+gwAC+sQAKL/CAAO6xAAbOYCABPrEADB5gIAFesQAA2ZBAA76xAAbeMEAGPtEAAH9gIACe4QAFbuEABX7hAA+aQMAGDuEABEVw8AZe4QAG6EDQB17hAAU5oSALXuEAAC+wIAre8QANkjAwCw7xAAOrsKALHvEACWEQMAs+8QAFACAwC07xAA9QcDALbvEADjGAQAt+8QAEgKAwC47xAAOhgDALnvEAD4BAMAuu8QAJIUBADA7xAARQ0DAOjvEAAubBAA/vIQAABSAwAC8xAA1CgDAAbzEAAoywwAXfMQACcrAwCo9RAAC0cDABH3EAD1XAMAu/cQAOtmAwBr+BAA52oDAKr4EAA3cAMAovkQAHuBAwD9+RAASvoQAFj6EADOgwMATfsQADURDwBX+xAAcIwDAEv8EAALnAMAo/0QAPOzAwBH/hAAQLwDAAL/EABF/xAARgARAD8RBQBHABEAceADAE4AEQDL1ggA8QARAG3kAwD1ABEAvOUIAPABEQBX+gMA9wIRAKEFBAClAxEA8wgEAFwEEQCVBBEAnQQRAOoEEQD5BBEAlhAEAEkFEQDoEwQA8gURADpkDAD1BREAkRUEAEYGEQCTBhEAWgYRAPf2EQCdBhEA5hUEAEUHEQCLGwQAoQcRAIkdBABCCBEAgyMEAJkIEQCpogkA6QgRACcqBADxCREAvzwEAEIKEQAGkxEAqwoRAOQKEQDsChEAOQsRAEYLEQCsTwQASgsRABFABADzDBEASlwEAO0NEQA3bwQAPg4RAIsOEQCcDhEAi3AEAEQPEQDZdwQAlA8RACt7BAA2EBEAzoIEAJoQEQByiQQApRARAGaVBACyEBEAbI8EALEREQC7lQQAURIRALScBACNEhEAA6MEADgTEQBJsgQAPRMRACR9CQA+ExEAy4AJAEATEQDUdwkAohMRANsTEQDjExEAMBQRAIcUEQAIQA0AjRQRAEz3EQCPFBEARrUEAJEUEQC9Mw8AqBQRAKmZEgDJFBEA71YPAOIUEQBDuAQAXBURAIQVEQDjFREAk70EAJIWEQA2xQQAMBcRAC3OBACeFxEA1s8EAOQXEQAj2AQA5hcRACvQBAAyGBEAfdMEADYYEQB71QQANRkRAMvaBAA5GhEAwOUEAIIaEQC76gQA7hwRACcdEQAvHREAfB0RAIsdEQDyCAUA2h0RAJUQBQDSHhEA4hgFAN0eEQCOvggAKB8RADQcBQApIBEAdTAFADMgEQB9KAUAfyARAM8rBQCDIBEAzS0FAOkhEQAiIhEAKiIRAHciEQB8IhEAYUQFAIYiEQBpPAUA0iIRALs/BQDWIhEAuUEFANQkEQCgWgUAeiURAJdjBQAkJhEALncFAO0mEQDJhgUAQycRABmMBQCBJxEAF44FANcnEQBmlAUAKCgRAGWVBQB5KBEAxigRANAoEQC6lQUAHikRALeYBQAjKhEAraIFAOAqEQAZKxEAISsRAG4rEQB0KxEATK4FANkrEQDzsQUAgywRADy+BQDGLBEAMsgFAHstEQAuzAUAJS4RACbUBQDcLhEAFS8RAB0vEQBqLxEAei8RABnhBQCWLxEAauUFAMsvEQAY4gUAHDARAGkwEQBzMBEAbeIFAIQxEQC9MREAxTERABIyEQAbMhEAB/MFAHEyEQAF9QUALTMRAGYzEQBuMxEAuzMRALwzEQD6/wUAwDMRAAFOBgDBMxEAQwwGAMgzEQCdBwYAyjMRAKr6BQAWNBEA/P0FABo0EQBZSwYAGTURAEUKBgAYNhEANhkGAG02EQCHHQYAvjYRAIYeBgBwNxEA0yYGACg4EQBhOBEAaTgRALY4EQDAOBEAyy4GAA45EQDENQYA0TkRAAo6EQASOhEAXzoRAGw6EQAVOgYAbjoRAAtEBgC5OhEAET4GAGQ7EQBdRwYAuzsRAFtJBgAjPREAXD0RAGQ9EQCxPREAwD0RAE9VBgAQPhEAoVgGABBAEQCMbQYAdUARAK5AEQDKQBEAA0ERABBBEQDgbgYAHkIRAFdCEQBfQhEArEIRAK9CEQB5gAYAjUMRAGyNBgADRBEAZ5IGAAdEEQDL0wsAt0QRAAuZBgACRREAB50GAF1GEQD2rQYAtEYRAEazBgCvRxEAiW0JAMNHEQA0bQkAGEgRAFFIEQBZSBEApkgRAKlIEQA+uwYAF0kRAFBJEQBYSREApUkRALRJEQDlvgYABUoRAInFBgBQSxEAztUGAP9LEQDlYg0ABEwRAHYlDwAHTBEAdtgGAAhMEQDNIw8AWUwRAHLcBgBoTREAoU0RAKlNEQD2TREA/00RABPmBgBVThEAEegGAARPEQAK7wYAY08RAFX5BgD3TxEA9wEHAKFQEQCXDAcAS1ERAOAYBwBRUhEAfiUHAKZSEQDQKAcA/VIRACIsBwBiUxEAm1MRAKNTEQDwUxEA/1MRABc3BwAAVBEAdi0HAFFUEQB1LgcAolQRAO9UEQD5VBEAyi4HAJ9VEQBpOgcARlYRAAxCBwD1VhEAs0UHALNXEQDsVxEA9FcRAEFYEQBQWBEA/04HAKJYEQBRUgcA81gRAEBZEQBPWREApVMHAPlZEQCfWQcASVoRAPFcBwChWhEA5WgHAKNaEQDrYgcAr1sRAOhbEQDwWxEAPVwRAK5cEQDnXBEA71wRADxdEQBJXREAfXsHAJ5dEQAlfgcA9F0RAMyBBwCSXhEAG4gHAEZfEQAUjwcA718RAKqjBwBEYREA67cHAJVhEQDiYREA8WERAD+5BwBdYhEAk7oHAJVjEQDiwAcA7GMRADPFBwA9ZBEAimQRAJlkEQCHxgcABWURANvHBwA2ZhEAgcwHAI1mEQB60wcAN2cRAMLgBwDhZxEAYO0HAJZoEQAF8wcA6GgRAFn0BwCLaREA//gHAEtqEQCEahEAjGoRANlqEQAxaxEASwIIAOdrEQDzBAgAnmwRANdsEQDfbBEALG0RADZtEQDqDQgAj20RAJMPCADlbREAjhQIADVuEQDfGAgA3m4RADAdCADgbxEAKiMIADFwEQB+cBEAgHARAH8jCABEcREAfXERAIVxEQDScREA7XIRACZzEQAucxEAe3MRAJZ0EQDPdBEA13QRACR1EQAudREAqE8IAOp1EQAjdhEAK3YRAHh2EQCCdhEAh3AIAI52EQCXYAgA0nYRAJViCAAsdxEAN2sIAH94EQDGhggAg3gRAM99CADZeBEAyYMIACF5EQDHhQgA1HkRAMSICAAiehEAwYsIANN6EQARkQgAKnsRAGCXCADUexEAXZoIACl8EQCymggAjnwRAMd8EQDPfBEAHH0RACt9EQBanQgA030RAPmoCAArfhEAna8IADZ/EQBvfxEAd38RAMR/EQDTfxEA6bgIAMaAEQAYgREAMoERAC/ICACJgREAwoERAMqBEQAXghEAJoIRACvMCACighEA1M0IADKDEQBrgxEAc4MRAMCDEQAkhBEAe9EIAHCEEQDN1AgAIIURAMrXCAB7hREAG9wIABqGEQDpYgkAHYYRAMHgCABvhhEAwOEIAHGHEQAD9AgAxocRAKf6CAAYiBEApvsIACyJEQBliREAbYkRALqJEQDGiREA7ggJABeKEQBkihEAaIoRAEIKCQDJihEA6wsJAH+LEQC4ixEAwIsRAA2MEQA3jBEAMhoJAGeMEQCAIQkA04wRALFDCwAUjREAYY0RAJmNEQDQJgkALo4RAGCOEQBijxEABkYJAGWQEQCgVgkAupERAAeSEQApkxEAW5MRAHqTEQCwkxEAFZQRANpxCQC3lBEAKncJAF+VEQAmewkAupYRAHknCgC8lhEAGocJAAiXEQBsigkACpkRALeUCQBYmREABZwJAF+ZEQAImQkAW5sRAKibEQBVnBEA77EJAF2dEQDkvAkArZ4RAPqeEQAjnxEA0NAJAMCfEQD5nxEAAaARAE6gEQBdoBEAyNgJAKmgEQAa3AkAraARANEkCgBSoREAGN4JAKqhEQD3oREAIKIRAGvgCQCpohEAEuQJAB+jEQBn5AkApaQRAKn3CQCqpREAov4JAKmmEQDvBgoADqcRAEQHCgBWpxEAmQcKAKKnEQDrCgoAUqgRAOgNCgC3qBEAPQ4KAP+oEQCSDgoAS6kRAOQRCgDDqhEA7qoRAF+rEQCYqxEAoKsRAO2rEQCcrBEAdSsKAJqtEQBpNwoAVa4RAAVGCgAGrxEAP68RAEevEQCUrxEAnq8RAKZPCgBpsREARVsKAJOyEQCAdQoA77IRACV7CgCSsxEAx4MKAPWzEQAZhwoAmbQRAGKTCgDutREATKkKAEq2EQCNthEAlbcRAJK4CgBMuREAgsgKAOS5EQB9zQoAQboRAM/QCgD6uhEAM7sRADu7EQCIuxEA37sRAHHZCgD4vBEAMb0RADm9EQCGvREAsL0RAGTmCgA5vhEAs+wKAI2+EQDavhEA6L4RAF3tCgA1vxEAsO8KAOa/EQCr9AoAL8ARAKf4CgA2wREAnQILADnBEQBHAwsAjsIRADoQCwDbwhEAjhELADjDEQDgFAsAiMMRAIgXCwDYwxEA3RcLAE7EEQB/xBEARcURAHskCwCoxREA0CQLANrGEQAnxxEAUMcRAHQrCwBbxxEAHiwLADHJEQAaMAsAiskRAGwzCwDcyREAwDQLANvKEQAPOwsAKMsRAAs/CwDsyxEAIswRAM7MEQBRTgsAKM0RAPNWCwDnzREAIM4RACjOEQB1zhEAgs4RAEJdCwDXzhEAP2ALAIHPEQDmYwsAPdARAHPQEQDa0BEAteMRAOfQEQAd0REA09ERAC5xCwDV0REA224LAIPSEQDG0hEAKdMRAHp6CwDV0xEAGYYLAC/VEQAGmQsAztURAAKdCwAm1hEA/KILAHvWEQBJqwsAz9YRAEisCwBy1xEA7bELADLYEQBr2BEAc9gRAMDYEQAz2REANb8LABfaEQCExQsAKtsRAHrPCwDN2xEAx9cLAIPcEQC83BEAxNwRABHdEQCC3REAu90RAMPdEQAQ3hEAvd4RAKH3EQDC3hEAD98RAMTeEQD2Tw8A1t4RAAk6EgAZ3xEAYegLAL/fEQAG7gsAx+ERAJoEDADW4READOIRAGniEQCeAAwAxeIRAPMADAAL5BEAORAMAGrlEQDYGwwAguURAHYmDgC75REACOYRACbmEQAtHAwAzuYRAAfnEQAP5xEAXOcRAL/nEQAqHwwAd+gRACciDAAh6REAeSUMACDqEQBZ6hEAYeoRAK7qEQAf6xEAWOsRAGDrEQCt6xEAEOwRAG0xDADI7BEAAe0RAAntEQBW7REAue0RABI3DADG7hEA/+4RAAfvEQBU7xEAt+8RAGA+DABv8BEAXUEMABnxEQCvRAwArvIRAO4CDwAD8xEAQwMPAGzzEQCl8xEArfMRAPrzEQBv9BEA91EMAAH1EQC3kQwAqvYRAENVEgCp9xEA8qkOAL33EQC/gxIAz/cRAPb3EQD+9xEAHNQPACT4EQDG1Q4AefgRAKD4EQD4+BEAIXcSAGb5EQCf+REAp/kRAPT5EQBV+hEAiWoMALr6EQDz+hEA+/oRAEj7EQCp+xEA4w4OAAj8EQCvmQwATP0RAIoSDgBS/REAf3QMALX9EQAndwwAov4RAO/+EQD+/hEAHn8NAEz/EQA8sRIApwASAHOADACxABIAH38MAKMBEgAahAwAXQISAJYCEgCeAhIA6wISAEYEEgARjQwAUwYSAKudDADvBhIASaoMAEcIEgDkuQwARAkSAOG8DACRChIAofsNAJQKEgCFwg0AmAoSACzHDACeChIA5woOAEALEgCNCxIAlwsSACfMDACoDBIA4QwSAOkMEgA2DRIA4g0SABrZDAA6DhIAwdwMADsQEgAL6AwAkBASAN0QEgDpEBIAXesMAJMREgCv7gwAORISAIYSEgCdEhIA//MMAIMXEgDkDg0AMBgSAIoTDQCHGhIAxC4NADobEgB9GxIANBwSAF4/DQA3HBIACj4NADQdEgCxQQ0A3B0SALBCDQAzHhIArUUNAPIeEgAkHxIAQh8SAP9IDQCdHxIATk8NADEgEgCjTw0AfiISAMsiEgDNIhIA7FsNACUjEgCWXA0ALCMSAD5fDQDlJBIAHiUSACYlEgBzJRIAfSUSANluDQA5JhIAciYSAHomEgDHJhIA1iYSAM55DQAiJxIAIH0NAMwnEgBwgg0AdigSAMCHDQByKRIAX5MNABwqEgC0kw0AJSoSAG/XDgDLKhIAsZYNACYrEgBZmQ0AeysSAPygDQB0LBIAwSwSAMQsEgBPow0Acy0SAMAtEgDDLRIASqgNAHYuEgCdqg0Axy4SABQvEgAXLxIAm6wNAMYvEgATMBIAFjASAJaxDQDJMBIAk7QNABoxEgBnMRIAcTESAOi0DQDEMRIAETISABQyEgDntQ0AwzISABAzEgATMxIAjboNAMIzEgAPNBIAEjQSAIm+DQDFNBIAMMINAMA1EgCAxw0A4DUSAK+TEgApNhIA1MgNALo2EgAMNxIAuTcSACfLDQDANxIAes0NAGs5EgB00w0AbTkSAOFlDgAROhIAXjoSALU7EgDUxw4AujsSAFs9EgATPBIAZ+ANAGs9EgC74Q0AwD0SAA7kDQARPhIADeUNAHY+EgCvPhIACz8SAKf1DQAOPxIA9P0NABM/EgC35Q0AHz8SAALwDQC6QRIAqPQNAGRCEgCi+g0AtkMSAFKfDgDUQxIAa4ISAOxDEgAIPg8AB0QSAFREEgBXRBIA8/4NALlEEgCcAA4ACkUSAJsBDgBbRRIAqEUSALJFEgDwAQ4AVEcSAJUHDgBbRxIAkwkOAP5HEgCSCg4AekkSADkODgABShIAixEOAJRLEgC2jBIADEwSAJdZDwBNTBIAIiUOAKxNEgByKg4A/U0SAEpOEgBjThIAxisOAKJOEgD0ThIAbU8SAGwwDgAXUBIAazEOAMFQEgC/Mg4AT1ESAJxREgCmURIAZjYOAEdSEgCSCQ8AVFMSAAg/DgBIVRIA/0cOADRWEgBCVhIAiVYSAJdWEgDsWBIA71cOAPZYEgA9Xw4AolsSAIloDgD1WxIAiGkOAERcEgAyag4AlFwSAIZrDgCTXRIA2W0OAJdeEgDkXhIAQV8SAI5fEgA5YBIA0XUOAJVgEgDiYBIAP2ESAIxhEgA5YhIAy3sOAOhiEgA1YxIAkmMSAN9jEgDmZBIAG4EOAD9lEgBvgg4A5WUSADJmEgBCZhIAw4MOAP9mEgAxZxIA5GcSAGmIDgA8aBIAEYsOAKloEgDaaBIA82sSAKWhDgCcbRIA9aYOAEZuEgBJqA4A8G4SAJ2pDgB9cRIA3L8OADFzEgB/xw4AJXQSANHKDgDZdRIAdNIOAIB2EgAc1Q4A9XgSAMDbDgAieRIAad0OAHx5EgCjnxIA0nkSABHgDgDVeRIAD+IOACF6EgBzehIAj3oSAMh6EgAgexIAcnsSAI57EgDHexIAJHwSAHF8EgB7fBIAZOIOAM58EgB8xhIAIX0SAF/nDgAofhIAsOsOAHJ+EgBY7g4AzH4SAPifEgDYfxIA7FkPAHmAEgBM+g4AJIQSAMjSDwByhRIAMxMPAGqGEgDkDA8AHYcSAOMNDwAXiRIAZIkSAG6JEgCFFg8AHIoSAC0ZDwD9jBIAC40SAFKNEgBgjRIAp40SALWNEgD8jRIACo4SAFGOEgBfjhIApo4SALSOEgBqjxIAJSEPAM+PEgB6IQ8AXpASAM4iDwDOkBIAeCMPAGWREgDMJA8AzZESAAaSEgB3khIAsJISABOTEgAeKA8A15MSAASUEgAslBIAWZQSAIGUEgCulBIA1pQSAAOVEgBglRIArZUSALKVEgDFKw8ABJcSALs1DwCtmBIA/5gSALWZEgDMeBAAuZkSACN3EACvmhIAsT8PAAubEgCqRg8AxpsSAPybEgBwnBIA9FEPAK+cEgBFVg8AGp0SAFCdEgACnhIAT54SAF+eEgBDWA8AsJ4SAEJZDwAOnxIAPV0QAFOjEgAGlQ8Aq6MSALCVDwCmpBIASacPAFClEgDtrQ8A+qUSAOa0DwCkphIAi7oPAE6nEgDZwQ8A+KcSAH/GDwCiqBIAJcsPAEypEgDJ0Q8A+qkSAMfTDwBdqhIAmKoSAKCqEgDtqhIAnK4SAOmuEgAHrxIAtuQPAEOyEgDtAhAArrISAOkGEABYsxIAOQwQAPCzEgCMDhAAQbQSADQREACVtBIA3BMQAOi0EgDYFxAASLUSANYZEACptRIA4rUSADm2EgDJJhAAmLYSAHIoEAD2thIAGisQAD63EgAUMRAA/LcSAGU1EAA/vBIApUoQAOq9EgCYVxAAO74SAJdYEACMvhIA2b4SAN2+EgDsWBAANr8SAIO/EgDgvxIALcASAN/AEgAswRIAjcESAIhnEADewRIAK8ISAC/CEgDdZxAAVcMSACtvEAAyxBIAIngQAIHEEgDTxBIA+8QSACjFEgCAxRIA0sUSAPrFEgAnxhIAk8YSACB6EAAoxxIAc3wQAIXHEgByfRAA2McSACXIEgA1yBIAcX4QAIPIEgBwfxAA0sgSACTJEgCDyRIAw4EQAN7JEgDCghAA28oSALeNEACDyxIAsJQQANTLEgAhzBIAMcwSAAWVEADPzBIArJgQADDNEgAAmhAAg80SAP+aEADSzRIAqZsQACLOEgB0zhIA","fail":"AAAAAAAAAADNhwAAksEBANPWAADnEQcAFzwCAAH3BwBOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAzHwMAJ0ECQBrlAAARw4AAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAIYWDgDbFg4AxOIDAAAAAADnEQcAFzwCABc8AgDTfgMALCcCAIEnAgBq3Q0AzCUOACXYAgB62AIA5hgBAKmmBQDHKQ8A034DAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCABKMDAC/jQgAFzwCAGNFAgA/uwUALsoHAAAAAADnEQcATgUCALOWCwBJCAQA1SgCAFGlCQDjGgIAzYcAAMsyAgDsrg8AQa8PAKKwAgDZJgAATgUCAGg3CwC9NwsAt0gAAP1SBQBrlAAAwJQAAO65AgAN6QkAYukJAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwDmvAcAOboMAFUAAABVAAAAGjEKABc8AgC3SAAATgUCAOa8BwDrvQEAAAAAAGuUAACCHAwAziUMAIweAAA9GAAAAfcHAFb3BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwBJrAoAPBkAAAiXCwAf0w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmvAcAOboMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIABZ8GAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABqjAkAv4wJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLHQIAvTcLAF9JAgC4kwkADZQJAGKUCQAB9wcATgUCAG0uDwCunQkATgUCAGrdDQDG1A8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFGlCQD0VAwA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgC36AoAAfcHAE4FAgDmvAcAzzAAACQxAAB5MQAAzjEAAKKkDgDjGgIAzYcAAJLBAQCMHgAAAfcHAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAAPxCwBY8QsA5xgAADwZAAAIlwsAH9MNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgDJ0g4AHtMOALOWCwC4RgEADUcBAO65AgAajwEAAfcHAH8cDwCzlgsACJcLAB/TDQBUAQAAqQEAAP4BAABTAgAAoqQOAOMaAgDNhwAAksEBAIweAAAB9wcATgUCABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwAf0w0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAMnSDgAe0w4As5YLALhGAQANRwEA7rkCABqPAQAB9wcAfxwPAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAKKkDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACipA4A2SYAADcVCQAXPAIAhRkMAHaHAgCipA4A5hgBAKf7BwBHDgAA670BAOFzAAC+iQ0AA50KAO5ZDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAs5YLAAiXCwAf0w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgBBWg8AEowMADB0BgDmvAcAAfAOAP1SBQBSUwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgDMfAwAfxwPAD0YAAAHSwMAa5QAAAH3BwBOBQIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAOkgoAkhgAANPWAAA9GAAATgUCAMx8DABW9wcAt44PAAyPDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAH3BwB/HA8APRgAAAdLAwBrlAAAAfcHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAAAuygcA1SgCAAH3BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAaowJAL+MCQC3SAAA/VIFAFJTBQBrlAAA7rkCAEO6AgCYugIATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwA2Zw0Av40IABSOCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAJK2DABVAAAAVQAAABoxCgAXPAIAt0gAALfoCgAB9wcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQDyVwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAABOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDDigcAzYYBAMzQDQBOBQIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCALfoCgAB9wcATgUCAOMaAgDTfgMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAeSsGAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE4FAgCzlgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAEZbCQCunQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAXJ4FAD6/AgCTvwIA6L8CAB0rDQByKw0AxysNANPWAAAajwEAPBMGAAxJAADiuwwA7LQJALdIAABOBQIAEowMAMcpDwDTfgMATgUCALOWCwAIlwsAH9MNAFQBAACpAQAA/gEAAFMCAACoAgAAXJ4FALGeBQAGnwUA2SYAADcVCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABMswAA5rwHAIweAAA9GAAAt0gAAE4FAgASjAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwAf0w0AVAEAAKkBAAD+AQAAUwIAAKgCAAAzwQsApvgLAPv4CwDmvAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAp/sHAJuzBgCyRQgAzYcAAMcpDwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAOcRBwCunQkAQhECAJcRAgBHDgAAjB4AAJuzBgAciAYAcYgGAIAbDwA8EwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAeXoMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgBZ7A8ARw4AAIweAAAB9wcATgUCAKKkDgAY2A8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgDJ0g4AHtMOAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAp/sHAJuzBgCyRQgAzYcAAMcpDwAHSwMAxOIDALdIAADVKAIAzYcAAL+NCAAUjggADJ0BANPWAABrlAAAAfcHAE4FAgCipA4AFzwCAEZbCQDjGgIAzYcAAOMaAgC3nAEAma4NAO6uDQA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQB/HA8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAB5KwYA5xEHAE4FAgAAAAAAAAAAAAAAAACfsQQAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAH3NCgDSzQoAJ84KALOWCwAIlwsAH9MNAFQBAACpAQAA/gEAAFMCAACoAgAAA/ELAFjxCwCt8QsAAvILADZnDQC/jQgAFI4IAAydAQDT1gAAa5QAAAH3BwA9GAAAkhgAAOcYAAASjAwAXEAOAHeIAADMiAAAIYkAAHaJAADLiQAAat0NAMwlDgAU3wwAat0NAMbUDwAajwEAxOIDABnjAwDuuQIAUaUJAOK7DABHDgAAdocCANPWAAAajwEAPBMGAAxJAABOBQIAaowJAGw8AgDjGgIA4xoCABqPAQA8EwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgCzlgsAt5wBAJmuDQDurg0AksEBAIweAABcngUAskUIAAdGCABcRggAsUYIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMAX0MIAIweAAAd1Q0At0gAAHkrBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BAASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgBq3Q0AzCUOAOcRBwAB9wcAfxwPANbGDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAC7KBwBOBQIAXJ4FABc8AgBjRQIA2soFAH8cDwA9GAAAt0gAAHkrBgDNhwAAv40IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBAAB9wcAVvcHACKIAAB3iAAAzIgAACGJAAB2iQAAYTsOAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgD6pwgAG48AABc8AgBjRQIA2soFAJ0ECQBrlAAARw4AAGA8DgCSGAAAEUMBAOYYAQCppgUAsksCAE6xAAAB9wcAfxwPAD0YAAAHSwMAa5QAAAAAAADnEQcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAa4gMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAE4FAgASjAwAMmkPABqPAQBOBQIA7rkCAA3pCQBi6QkAhRkMAL+UAQDnEQcArp0JAE4FAgAzwQsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgBqjAkARlsJAOy0CQC3SAAAeSsGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAB5KwYA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQCZrg0A+wEDAJYRAwA8uQoAok8OAPdPDgBMUA4AoVAOAPZQDgBLUQ4AoFEOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQB/HA8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAMcpDwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgCAGw8A1RsPAJwOAACunQkA2SYAADnFAQCOxQEAt+cLAAzoCwAbjwAAt5wBALdIAAB5KwYAVQAAALecAQCZrg0A/vEPADnFAQCOxQEAt+cLAAzoCwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAGg3CwCGFg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBoNwsAhhYOAPcGAgBMBwIAoQcCAPYHAgBLCAIABkQLALecAQCZrg0A/vEPAFPyDwCo8g8AZYwOACvHDQBOBQIAaowJAIAbDwBQ9Q8ApfUPAPr1DwAGRAsAW0QLAKMFAgD4BQIATQYCAKIGAgAAAAAA1sYNAE4FAgBqjAkAgBsPAFD1DwCl9Q8A+vUPAAZECwBbRAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEAM0jDwAiJA8AdyQPAMwkDwAhJQ8AAAAAABuPAABwjwAAB0sDADwTBgDLMgIA2MIPAAH3BwBKXgIAG48AAHCPAAAHSwMAPBMGAMsyAgAkzA8AFzwCAGw8AgAFnwYAp/sHANPWAADnEQcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAALXsCACbswYAt0gAALfoCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAat0NAMwlDgAU3wwA4xoCAEFaDwAAAAAAEowMAMomDwAfJw8AdCcPAMknDwAeKA8AcygPAMgoDwBoNwsACT0PAF49DwCzPQ8A+wEDAAAAAADnEQcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA2soFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBljA4AK8cNAGg3CwAAAAAAt5wBAAAAAAAbjwAAzYcAAL+NCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAydIOAE4FAgBoNwsAAAAAABuPAADNhwAAUaUJAOK7DADstAkAQbUJAJa1CQDrtQkA4xoCAEC2CQCVtgkA6rYJAOMaAgBcngUAsZ4FAAafBQDhug4ANrsOAIu7DgBcngUAsZ4FAAafBQDhug4ANrsOAIu7DgDNhwAAxykPAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAC36AoAgsYMANfGDADLMgIA5mIMADtjDADTfgMAt0gAALfoCgCCxgwA18YMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAD9UgUAA5sMAME8AgAWPQIAaz0CALdIAAAMSQAAGtYPAG/WDwDE1g8AAAAAABc8AgBjRQIAMc0BAMvZBQCbswYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgCRCg8ADEkAABrWDwBv1g8A5xEHAMsyAgDGNwIADEkAABrWDwBv1g8AxNYPAAAAAADNhwAAGo8BAMTiAwCMHgAAghwMANccDAAsHQwAgR0MANYdDADLMgIAxjcCAAxJAAAa1g8Ab9YPAMTWDwDLMgIAxjcCAAxJAAAa1g8Ab9YPANN+AwBVAAAAtewIAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAABZ8GAKf7BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAAD9UgUAUlMFAOMaAgA4GwIAjRsCALfoCgBrlAAAwJQAABbpAADC5QIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcAfxwPAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAABoxCgAajwEAb48BAO9iAwBEYwMARFoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAAfcHAH8cDwCrUwEACZEQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAEZbCQAB9wcA4WoJAO65AgAajwEAxOIDAL+UAQDnEQcArp0JAGuUAADAlAAAFukAAMLlAgDjGgIATaUNAOy0CQBwjwAA67wCALecAQAMnQEA/UwLAFJNCwCnTQsAma4NAMCUAAAW6QAAwuUCAMcpDwBCEQIAA50KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEAp/sHAD0YAAC3SAAAt+gKAERaDAAW6QAAwuUCAOcRBwDstAkAt0gAAMQ5AgDZJgAA4xoCAE2lDQDstAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCdBAkAPBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJuzBgAciAYAcYgGAIUZDAC/lAEA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CAOcRBwDuuQIADekJAGLpCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAHkrBgDOKwYAaT0EALecAQCZrg0A5hgBAKf7BwA9GAAAt0gAALfoCgAB9wcAfxwPAMCUAAAW6QAAwuUCAEcOAACStgwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAJ0ECQA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQCZrg0AQhECAGbkCgC/jQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAQVoPAMCUAADZJgAAa4gMABc8AgDmGAEAqaYFALJLAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAK6dCQBOsQAAHIgGAHGIBgDGiAYAG4kGAHCJBgDFiQYA5hgBADsZAQDyVwsA4WoJAFdGDQA3FQkATrEAAD6/AgCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAL+NCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgAB9wcAfxwPANkmAAA3FQkABUIOAGuUAAAB9wcAzYcAAL+NCAAUjggAaY4IAGrdDQDMJQ4AFN8MABKMDAAwdAYA5hgBAKf7BwD8+wcA4xoCAEFaDwDAlAAATgUCAKMFAgBZ7A8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkAt+gKAAzpCgBh6QoAt0gAAE4FAgBq3Q0AzCUOABTfDABqjAkAv4wJAD+7BQAuygcATgUCALOWCwC4RgEADUcBAFZGDgCrRg4AAEcOAFVHDgCqRw4AEowMAMomDwAfJw8Av5QBABSVAQBplQEATgUCALOWCwC4RgEADUcBAFZGDgCrRg4AAEcOAFVHDgCqRw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0A5xEHAE4FAgCjBQIALicAANPWAABOBQIAEowMAGeMDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAGrdDQDMJQ4AFN8MAKMFAgBZ7A8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkAxykPAD0YAACSGAAAEUMBADYdAgBqjAkAv4wJANrKBQB/HA8Am7MGAKOxAAAveQIAOW8CAGNFAgBGWwkAQrwBAGrdDQBcngUA034DAG6FDADDhQwAGIYMAG2GDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAGuUAADAlAAAFukAAMLlAgBxLgsANxUJAAVCDgCdYAIATgUCAOa8BwAW5wIA5hgBAOMaAgBNpQ0AGo8BAGOaAgDNhwAAsksCAHkrBgDnEQcArp0JAE4FAgBoNwsACT0PAF49DwCzPQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAM8ELAIjBCwAyFA8AhxQPANwUDwAxFQ8AKdUBALJLAgB5KwYA4xoCALecAQCZrg0Aat0NABBDAgBlQwIAukMCAFyeBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAXJ4FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAat0NAMwlDgAl2AIAetgCAOYYAQCppgUAxykPAAPxCwBY8QsArfELAALyCwCLHQIAvTcLABI4CwDstAkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAaowJAL+MCQC3SAAAG48AABc8AgDMfAwAfxwPAJuzBgCjsQAAL3kCADlvAgBjRQIA2soFAE4FAgASjAwAxykPAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILABuPAABHDgAAjB4AADPBCwCIwQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAbS4PADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAAB9wcATgUCABKMDADHKQ8AAfcHAE4FAgAD8QsAWPELAK3xCwAC8gsAG48AAEcOAACMHgAA5rwHABbnAgBr5wIAwOcCABXoAgBq6AIAQ1oNAJhaDQDtWg0AQlsNAJdbDQDHKQ8AB0sDAE6xAAD7AQMAOrsKAD23CwCStwsA57cLADy4CwCRuAsA5rgLAG/XDgAJPQ8AXj0PALM9DwBOBQIAbS4PAOy0CQC3SAAATgUCAG0uDwDZJgAATgUCAOMaAgBNpQ0A7LQJAHCPAADrvAIAaowJAGw8AgDmbAIAO20CAC7KBwAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAbS4PAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOa8BwA5ugwAjroMAOO6DAD9UgUAA5sMAFibDADZcgkATgUCANPWAAAajwEAPBMGAAxJAABOBQIAbS4PAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAPBMGAAxJAABOBQIAbS4PAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAMx8DAAhfQwA7rkCABqPAQAB9wcAfxwPANPWAAAajwEAPBMGAAxJAABOBQIAbS4PAO65AgAN6QkAYukJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALOWCwAaMQoAGo8BAG+PAQDvYgMARGMDAERaDABOBQIAzHwMAH8cDwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCABKMDADKJg8AHycPAL+UAQAUlQEAaZUBAOYYAQCn+wcAPRgAALdIAABOBQIAat0NAMwlDgAU3wwAaDcLAL03CwC3SAAA/VIFANN+AwBOBQIAM8ELAIjBCwDdwQsAA/ELAAdLAwBcSwMAsUsDAOYYAQCppgUAt5wBAGRCBABOsQAAa5QAAOMaAgBNpQ0A7LQJAHCPAADrvAIARw4AAE4FAgBtLg8A7LQJALdIAABOBQIAbS4PANkmAABOBQIAaowJAGw8AgDmbAIAO20CALdIAAC36AoAQhECAAOdCgDAlAAATgUCAMx8DAAhfQwA7rkCABqPAQAB9wcAfxwPAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAAfcHAE4FAgASjAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAHSsNAHIrDQDHKw0AHCwNAHEsDQDGLA0AGy0NAHAtDQDFLQ0AGi4NAG8uDQDELg0AGS8NAG4vDQDDLw0AGDANAG0wDQDCMA0AFzENAGwxDQDBMQ0AFjINAGsyDQDAMg0AFTMNAGozDQC/Mw0AFDQNAGk0DQC+NA0AEzUNAGg1DQC9NQ0AEjYNAGc2DQC8Ng0AETcNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAADnEQcA7LQJAE4FAgDHgQwAHIIMAO65AgAN6QkAEowMAMcpDwAcKg8AcSoPAMYqDwAbKw8AcCsPADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIA5rwHADu9BwCQvQcA5b0HADq+BwAW5wIAa+cCAMDnAgAV6AIAXJ4FALGeBQDM0A0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAM8ELAKb4CwD7+AsAA/ELAFjxCwDnGAAAPBkAAAiXCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgBEWgwATgUCAOMaAgA4GwIAjRsCAOIbAgCzlgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA2soFAE4FAgDmvAcAAfAOAFbwDgCySwIAt+gKAAzpCgCn+wcAPRgAALdIAABOBQIAzHwMAFb3BwC3jg8ADI8PAOMaAgDNhwAAksEBAIweAADmvAcAFucCAARFDABZRQwArkUMAANGDABOBQIAM8ELAKb4CwD7+AsA5rwHAAHwDgBW8A4AOW8CALdIAAB5KwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAB5KwYAb48BAEIRAgBOBQIAzHwMAJ0ECQDT1gAAM8ELAIjBCwDdwQsAaowJAL+MCQDPgwIA8LMGAO65AgAN6QkAYukJANN+AwBOBQIA5hgBADsZAQDyVwsAzYcAAC7KBwDhagkAb48BAEIRAgBOBQIAaowJAL+MCQDaygUAL8sFAITLBQAsIwYAM8ELAKb4CwD7+AsAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwBq3Q0AxtQPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAAAd1Q0ATgUCADPBCwCIwQsA3cELAOYYAQCn+wcA/PsHADsZAQAXPAIAM8ELAKb4CwD7+AsAM8ELAIjBCwDdwQsAe84LANDOCwAlzwsAs5YLALhGAQANRwEA764MAESvDACZrwwA7q8MAE4FAgBtLg8A2SYAAE4FAgDmvAcAAfAOAFbwDgA5bwIAt0gAAHkrBgBvjwEAQhECAE4FAgAbjwAAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQBq3Q0AzCUOABTfDADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgBtLg8Arp0JAE4FAgDmvAcAnA4AAB8tCQB0LQkAyS0JAB4uCQBOBQIAVQAAALdIAAB5KwYAb48BAEIRAgBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDANpwCgAvcQoAbS4PAK6dCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BAG+PAQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAOy0CQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQA/twkAlLcJAOm3CQA+uAkAk7gJAOi4CQA9uQkAkrkJAOe5CQA8ugkAkboJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAGrdDQDG1A8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAPbcLAJK3CwC6jQ0AD44NAGSODQC5jg0ADo8NAG0uDwCunQkATgUCAMeBDADiuwwARw4AALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCALfoCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIAsZ4FALTqCwAJ6wsAXusLALPrCwAI7AsAXewLALLsCwAH7QsAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgBNqAoAoqgKAPeoCgBMqQoAoakKAPapCgBLqgoAoKoKAPWqCgBKqwoAn6sKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMAma4NAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAefw0Ac38NAMh/DQAdgA0AcoANAMeADQAcgQ0AcYENAMaBDQAbgg0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAkwkOAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAaDcLAIYWDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFGlCQAajwEAY5oCAJmuDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDttgYAQrcGAJe3BgDstwYAQbgGAJa4BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgBIqA8AnagPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIA7K4PAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgBBrw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAB9wcAnQQJAGuUAABHDgAAYDwOAJIYAAARQwEAt+gKAKtTAQDssQwAxOIDAHaHAgC36AoARFoMABbpAADC5QIA4hMKAFyeBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAGjEKABc8AgC3SAAAt+gKAERaDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICANjCDwAajwEA4xoCAKqkBgBsPAIAOW8CANN+AwBOBQIAA/ELAFjxCwCt8QsAAvILALecAQAMnQEAUasDAKarAwB/HA8AAfcHAPsBAwCQYwwAPBIHAJESBwDmEgcATgUCAOa8BwDfHgIAzYcAADlvAgBjRQIA2soFAE4FAgBtLg8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAowUCADcVCQCMFQkASAoDAJ0KAwBJrAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAMmkPAIdpDwC17AgACu0IAE4FAgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgAzwQsAFD0EAGk9BAC3nAEAma4NAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBABX8gsArPILAAHzCwBW8wsATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAFfyCwCs8gsAAfMLAFbzCwC4RgEADUcBAFZGDgCrRg4AAEcOALecAQDTfgMATrEAAM2GAQCisAIA2SYAADcVCQBCEQIAG48AABc8AgBjRQIA2soFAPsBAwDjGAQAb4QMAMSEDAAZhQwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBACzlgsA7wwEABbnAgBOsQAAzYYBADwSBwC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMA3xYKADQXCgCJFwoAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAPAOAQBdPg8ATgUCAFyeBQAXPAIAY0UCAD+7BQCySwIAt+gKABKMDAAwdAYAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDHgQwA4rsMAEcOAAB2hwIAt5wBAAydAQD9TAsAUk0LAKdNCwBRpQkA4rsMAEcOAAB2hwIATgUCABKMDADHKQ8AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCABKMDADHKQ8AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAcdQPAAAAAABOBQIAEowMAMcpDwAB9wcATgUCALOWCwAaMQoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAGrdDQDG1A8AYUkAAPAOAQBVAAAAGjEKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBAASjAwAXEAOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwAfxwPANQcDwC17AgAvzEPABQyDwBHDgAATgUCAG0uDwCunQkAAAAAAAAAAAD7AQMAlhEDADy5CgCRuQoA5rkKADu6CgBoNwsACT0PAF49DwCzPQ8Aat0NAMwlDgAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAci0LAMctCwAcLgsAv90NAERaDACZWgwA7loMAENbDACYWwwA7VsMAEJcDACXXAwA7FwMAMx8DADQHxAAa5QAAGrdDQDMJQ4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAgBsPADwTBgC36AoAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFANUoAgAqKQIAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA5rwHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwDfFgoANBcKAIkXCgDeFwoAMxgKAIgYCgDdGAoASAoDAJ0KAwBJrAoAPgsMAEZbCQDstAkAt0gAALfoCgBq3Q0AzCUOABTfDADHgQwA4rsMAEcOAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgBOBQIAM8ELAKb4CwD7+AsAG48AAHCPAAAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAKBTDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgBcngUAPr8CAPf4DwBM+Q8AofkPAO5ZDQDZIwMAnA4AAOYYAQCn+wcAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAci0LAMctCwAcLgsAUaUJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAOYYAQBvNgUAxDYFABk3BQBuNwUAAfcHAOMaAgBOBQIA5hgBADsZAQDyVwsAR1gLAJxYCwDmGAEAbzYFAMQ2BQAZNwUAbjcFAE6xAACjsQAA+LEAAE2yAACisgAAqaYFADlvAgCAGw8AzYcAAC7KBwDmGAEA0NgBAHCPAAAHSwMATrEAAD6/AgCySwIAeSsGAOcRBwCunQkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAHn8NAHN/DQCn9A4AowIFAPgCBQBNAwUAogMFAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBOBQIAt5wBAGRCBABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQDWxg0AXvYAAIEkBQDiuwwARw4AAHaHAgC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkAEowMAMcpDwDTfgMATgUCAG0uDwDZJgAATgUCAGrdDQDG1A8AYUkAALZJAABVAAAAtewIAJuzBgAajwEAVvIMADcVCQBrlAAAAfcHAE4FAgDmGAEAbzYFAMQ2BQAZNwUAbjcFABLmBwDHgQwA4rsMAEcOAAB2hwIAx4EMAOK7DABHDgAAdocCAE4FAgBRpQkA034DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn7EEAPSxBADUdwkAKXgJAH54CQDTeAkAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBtLg8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAat0NAHkrBgDOKwYAIywGAAH3BwBOBQIAbS4PAOy0CQDTfgMARw4AAGTtAwC57QMAZEIEANUoAgBHDgAAZO0DALntAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAefw0Ac38NAMh/DQAdgA0AcoANAMeADQAcgQ0AcYENAMaBDQAbgg0AcIINAMWCDQAagw0Ab4MNAMSDDQAZhA0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBtLg8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAat0NAHkrBgDOKwYAIywGAAH3BwBOBQIAbS4PAOy0CQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAG0uDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgBq3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJABc8AgCAGw8AY5oCAAydAQBhnQEA034DANUoAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAwjkEAKKkDgAY2A8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOYYAQBvNgUAxDYFABk3BQBuNwUAAAAAAPAOAQD6VgQAEowMAFxADgDZcgkALnMJAINzCQDYcwkAaowJAL+MCQDPgwIA8LMGABc8AgAB9wcATgUCABKMDAAuygcAg8oHANjKBwAtywcAt+gKAERaDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAEowMADB0BgBCEQIAA50KAOYYAQBOBQIAM8ELADwTBgCREwYAzHwMAH8cDwDUHA8AtewIAL8xDwAUMg8ARw4AAE4FAgBtLg8Arp0JAAAAAABdPg8A/VIFAFJTBQCnUwUA/FMFAFFUBQCmVAUA8A4BAPpWBAASjAwAXEAOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwAfxwPANQcDwC17AgAvzEPABQyDwBHDgAATgUCAG0uDwCunQkAAAAAAAPxCwBY8QsA+wEDAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDmvAcAO70HAJC9BwAO7gMAY+4DALjuAwAN7wMAYu8DAO5ZDQAAAAAAAAAAAEcOAAAAAAAAAAAAAJ+xBAB22AYAy9gGAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwDfFgoANBcKAIkXCgB4LAYAzSwGACItBgD7AQMAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAD3VAkATFUJAKFVCQD2VQkAS1YJAOa8BwCcDgAAHy0JAHQtCQDJLQkAHi4JAE4FAgASjAwA2SYAALdIAAC36AoARFoMAG+PAQBCEQIATgUCAGrdDQDMJQ4ATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwCznAUACJ0FAF2dBQCynQUAB54FABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkA+wEDAM2HAAAG+AEAFzwCAGNFAgC3SAAA/VIFAFJTBQBrlAAARw4AAFUAAAC17AgACu0IABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgC36AoARFoMABbpAADC5QIAOrsKAI+7CgDkuwoAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAzYcAACKIAACyRQgAB0YIAAH3BwBOBQIAat0NAMbUDwBhSQAA5hgBAKmmBQD+pgUATgUCAGqMCQC/jAkAt0gAAP1SBQBSUwUAa5QAAEcOAABOBQIAs5YLAItmDgAK7QgATgUCAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAGRCBAAUPQQATLIBADwTBgCREwYA09YAAFGlCQAajwEATrEAALJFCABOBQIAM8ELAKb4CwAB9wcA4WoJAMTiAwD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAB1+DwBEWgwAFukAAMLlAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAB1+DwBEWgwAFukAAMLlAgBrlAAAAfcHAOFqCQDE4gMAzzAAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEADHNAQCGzQEA280BADDOAQCFzgEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAefw0Ac38NAMh/DQAdgA0AcoANAMeADQAcgQ0AcYENAMaBDQAbgg0AcIINAMWCDQAagw0Ab4MNAMSDDQAZhA0As5YLAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgBICgMAnQoDAEmsCgA+CwwARlsJAOy0CQC3SAAAt+gKAGrdDQDMJQ4AFN8MAMeBDADiuwwARw4AADq7CgCPuwoA2soFAC/LBQCEywUALCMGAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCABKMDADT1gAAgiYCALdIAABOBQIA09YAAIImAgDJ0g4AHtMOAAPxCwBY8QsArfELAALyCwCzlgsAGjEKAEcOAADrvQEAv5QBAOMaAgC3nAEAma4NAGrdDQDMJQ4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBq3Q0AxtQPAGFJAABqjAkAv4wJANrKBQAvywUAhMsFACwjBgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAAZI8MABnjAwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMACkEKAIjBCwDdwQsA4xoCAKqkBgD/pAYAVKUGAKmlBgA9GAAATgUCAOa8BwAB8A4AVvAOALJLAgAajwEAFD0EAKf7BwDnEQcA7LQJALdIAAC36AoARFoMABbpAADC5QIARFcPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCHGQoA3BkKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA5rwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAG0uDwAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBCvAEAG48AAHCPAAAHSwMABvgBAB5/DQBzfw0AyH8NAB2ADQBygA0Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQCpogkAaI4JALqRCQAPkgkAZJIJALmSCQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAG0uDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgBq3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJAHctBgDMLQYAIS4GAHYuBgBuhA0Aw4QNABiFDQBthQ0AwoUNABeGDQBshg0AwYYNABaHDQBrhw0A4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAhRkMAIweAACeBQcAma4NAJuzBgC3SAAAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgBrlAAAwJQAABbpAADC5QIA7BECAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwAnA4AAB8tCQB0LQkAyS0JAB4uCQDEOQIAPBIHAJESBwDmEgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD7AQMASQIKAMCUAAAW6QAAwuUCAD0YAACSGAAA7rMIAEO0CACYtAgA7bQIAEK1CACXtQgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIAat0NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHABaNBwASjAwA2SYAALdIAAC36AoARFoMAOa8BwCMHgAAngUHAJmuDQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgBoNwsACT0PAF49DwCzPQ8A2SMDAEavCgCbrwoA8K8KAEWwCgCasAoA77AKANN7BgAofAYAfXwGANJ8BgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgBjlgYAuJYGAA2XBgBilwYAt5cGAAyYBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIAat0NAMwlDgA8EgcAGjEKALecAQAMnQEAYZ0BANN+AwD7AQMAAAAAAE4FAgBq3Q0AEEMCAGVDAgC6QwIA7lkNAOa8BwA5ugwAGo8BADwTBgDNhwAA4xoCALecAQCZrg0A5rwHAIweAADhHgAANh8AAIsfAADgHwAAn1oGAE4FAgCjBQIAa4gMAMCIDAAViQwAat0NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAPsBAwBICgMAnQoDAEmsCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJmuDQDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAM94DQAkeQ0AeXkNABc8AgBGWwkA22sOAJ9eAgDAlAAAPbcLAJK3CwAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAJmuDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA034DAPsBAwC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACADnDAwAXPAIAY0UCALhFAgBZ7A8ARw4AAIweAACroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYA2SMDAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAGg3CwAJPQ8AXj0PALM9DwBuhA0Aw4QNAP2cEABSnRAAp50QAPydEABRnhAApp4QAPueEABQnxAApZ8QAPqfEADJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAMeBDADiuwwARw4AAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIPLBgAxzQEARw4AAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAz3gNACR5DQB5eQ0ATgUCAOYYAQCppgUA034DAE4FAgAD8QsAWPELAK3xCwAC8gsA4xoCAEFaDwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAFyeBQCxngUAtOoLAAnrCwBe6wsAs+sLAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAPRUDAA3FAoAzCUOABTfDAAzwQsAVQAAACKIAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAz3gNACR5DQB5eQ0AUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAE2lDQDnEQcAt0gAAEcOAAB2hwIA/VIFAAObDAAyaQ8ATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIAQrwBAF72AAD7AQMA+AQDAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAAMeBDAAcggwAcYIMAMaCDABqjAkAPbcLAJK3CwBOBQIAbS4PAOy0CQC3SAAATgUCAG0uDwDZJgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDABOBQIAat0NAMwlDgAU3wwAat0NAM2HAAC/jQgASl4CAE4FAgBq3Q0AxykPANN+AwBOBQIAbS4PANkmAABOBQIAat0NAMbUDwBhSQAAtkkAAAtKAABrlAAAAfcHAE4FAgDjGgIAqqQGAP+kBgBUpQYAqaUGAP6lBgC3nAEAzYcAAJLBAQB2hwIAeSsGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALJFCADLMgIASKgPAJ2oDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICAOyuDwBBrw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAz3gNACR5DQB5eQ0AAAAAAFUAAAC17AgAvzEPAEcOAACMHgAAzYcAADlvAgBOsQAAskUIAFUAAAB9KwIAyzICAEioDwCdqA8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgDsrg8AQa8PAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAM94DQAkeQ0AeXkNALecAQBkQgQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDacAoAjB4AAOEeAAAW6QAAwuUCAPsBAwC3SAAA/VIFAAObDADmbAIARw4AAFUAAAAaMQoAFzwCALdIAAD7AQMAt0gAAP1SBQADmwwA5mwCAEcOAABVAAAAGjEKABc8AgC3SAAA+wEDAEkCCgDAlAAAFukAAMLlAgCSFAQA5xQEADwVBACRFQQA5hUEADsWBACQFgQA618KAG3dCgDC3QoAF94KAGzeCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKAG6EDQDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNAGmJDQD9nBAAUp0QAKedEAA9GAAA8A4BAF0+DwBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAHItCwDHLQsAHC4LAOa8BwCMHgAA4R4AADYfAACLHwAA5RYEADoXBACPFwQA5BcEADkYBACOGAQAQ7gEAJi4BADtuAQA1SgCACopAgD9UgUAA5sMAOZsAgBHDgAAVQAAABoxCgAXPAIAt0gAAMsyAgDsrg8AQa8PAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAM94DQAkeQ0AeXkNAM55DQAjeg0AeHoNAM16DQAiew0Ad3sNAMx7DQAhfA0AdnwNAMt8DQBoNwsACT0PAF49DwCzPQ8AweYCAD6/AgD3+A8ATPkPAKH5DwD2+Q8AS/oPAKD6DwD1+g8ASvsPADF1BACGdQQA23UEADB2BACFdgQA2nYEAC93BACEdwQA2XcEAC54BACDeAQA2HgEAC15BACCeQQA13kEACx6BACBegQA1noEACt7BACAewQA1XsEACp8BAB/fAQA1HwEACl9BAB+fQQAhxkKAD6/AgD3+A8ATPkPAKH5DwD2+Q8AS/oPAKD6DwD1+g8ASvsPAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBAC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAEgKAwBrlAAA09YAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAz3gNACR5DQB5eQ0Arp0JAJIYAACt8goAAvMKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEASAoDAJ0KAwBJrAoAEowMAL+NCABkQgQA7rkCAA3pCQAD8QsAWPELAK3yCgAC8woARw4AAE4FAgCjBQIAa4gMAMCIDAAViQwAaokMADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIAXJ4FAKOxAAAbjwAARw4AAHaHAgC36AoATgUCAAPxCwBY8QsArfIKAALzCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAHIgGAHGIBgDGiAYAG4kGANrKBQBOBQIA09YAAFGlCQAajwEAY5oCAJmuDQBoNwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgAajwEAb48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA7vQcAkL0HAOW9BwA6vgcAj74HAOS+BwA5vwcAjr8HAGrdDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAGrdDQDG1A8AYUkAAMeBDADiuwwARw4AAHaHAgBq3Q0AeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAG0uDwA8EgcAkRIHAOYSBwBOBQIAat0NAE6xAABVAAAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA09YAABqPAQA8EwYADEkAAE4FAgDHgQwA4rsMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwB/HA8AwJQAAPsBAwDjGAQAb4QMAMSEDAAZhQwAweYCADHKBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAZO0DALntAwAS5gcAZ+YHALzmBwAR5wcAZucHALvnBwAQ6AcAZegHAHHUDwD1BwMATrEAAFUAAABOBQIAs5YLALhGAQANRwEA7rkCABqPAQAB9wcAfxwPAMCUAAD7AQMA4xgEAG+EDADEhAwAGYUMAMHmAgAxygQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAAAfcHAFb3BwAyaQ8At0gAAHkrBgDuuQIADekJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAG0uDwAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgCGFg4A2xYOAMTiAwAB9wcARw4AAE4FAgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJmuDQBtLg8AFzwCAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIAhhYOANsWDgDE4gMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAG0uDwAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgCGFg4A2xYOAMTiAwBx1A8AkhQEADcVCQCMFQkA4RUJAAPxCwBY8QsArfELAALyCwBX8gsArPILAAHzCwBW8wsAAAAAAM2HAAC/jQgAFI4IAGRCBAD7AQMAFzwCAIAbDwBvjwEAQhECAAOdCgDAlAAAFukAAMLlAgBrlAAA5hgBAE6xAAA+vwIAIogAALJFCAAHRggARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAwuUCADHNAQBHDgAA+wEDANkjAwBGrwoAm68KAPCvCgBFsAoAmrAKAO+wCgDuWQ0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAHItCwDHLQsAjBQKAOEUCgA2FQoAeCwGAM0sBgAiLQYAMhkKAGrdDQDMJQ4AAfcHAH8cDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAMbUDwBhSQAAxosDABuMAwBwjAMAxYwDABqNAwBvjQMAxI0DABmOAwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAJmuDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDABKMDACySwIAes0NAMbUDwAajwEAxOIDABnjAwDmGAEAOxkBAOYYAQCn+wcAPRgAAPAFCgBFBgoAmgYKAORkDAA5ZQwA5hgBAKmmBQA5bwIASl4CAJ9eAgAB9wcATgUCAMx8DAB/HA8AzYcAAByCDABxggwAxoIMABuDDABwgwwAxYMMABqEDAAIQA0AxykPAAH3BwBOBQIAM8ELAKb4CwD7+AsAv4kMACF9DADE4gMA4XMAAOMaAgC3nAEAma4NAAH3BwBOBQIAG48AAHCPAAC3SAAAeSsGAGOaAgBOBQIAat0NAHkrBgDOKwYAIywGAAH3BwBOBQIAaowJAL+MCQC3SAAA/VIFALecAQBkQgQAuUIEAKj9BABOsQAAyzICAOyuDwBBrw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAz3gNACR5DQB5eQ0A2MIPAIweAADhHgAANh8AAIsfAADgHwAAAfcHAH8cDwDNhwAALsoHAPsBAwCdBAkA09YAAD0YAAD7AQMAUaUJAOK7DABHDgAAdocCALecAQAMnQEA9f8KAEoACwCfAAsA9AALALXsCAAK7QgAFukAAMLlAgCQYwwAPBIHAJESBwDmEgcATgUCABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQDmvAcAAfAOAFbwDgCySwIAG48AAEcOAABOBQIAUaUJAPRUDACbswYASl4CAJ9eAgAB9wcAnQQJADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAh3AIANxwCAAxcQgAhnEIAAH3BwBOBQIAbS4PAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAGuIDAAXPAIATgUCAG0uDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggACu0IAGw8AgCySwIAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwARQ0DANDYAQC3SAAAzYcAALJLAgC36AoAbS4PADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgATgUCAGrdDQB5KwYAzisGACMsBgAB9wcATgUCAG0uDwDstAkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPJXCwDhagkAV0YNANN+AwBOBQIAXJ4FALGeBQC06gsAcI8AALdIAAC36AoA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAUaUJAOK7DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAw4oHAAAAAAC3nAEA+wEDAEgKAwCdCgMASawKAMeBDADiuwwARw4AAHaHAgBHDgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NADPBCwCIwQsA3cELAHvOCwDQzgsAJc8LALOWCwAaMQoAbzEKAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJAVBQAXPAIAY0UCAD+7BQCySwIAt+gKAOa8BwCMHgAARw4AAOu9AQC/lAEA5xEHALecAQC3nAEATgUCAMeBDADiuwwARw4AAHaHAgBe9gAAZI8MAJ+xBABq3Q0A/VIFAFJTBQBrlAAAAfcHAE4FAgCjBQIAa4gMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANN+AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAArfIKAALzCgBHDgAA2SYAADnFAQCOxQEA48UBAH8cDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAHn8NAHN/DQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAGqMCQC/jAkAP7sFAJS7BQDpuwUATgUCABKMDADHKQ8A034DAE4FAgBcngUAsZ4FAAafBQDhug4ANrsOACKIAADZcgkATgUCALOWCwAaMQoAGo8BAG+PAQCySwIARw4AAPsBAwBICgMAnQoDAEmsCgCerAoAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAma4NAKMFAgBriAwAFzwCAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYA9FoGAOEeAAAW6QAAwuUCAIweAADhHgAAFukAAMLlAgBuhA0Aw4QNABiFDQBthQ0AwoUNABeGDQBshg0AwYYNABaHDQBrhw0A1SgCABc8AgBjRQIAuEUCAFnsDwBHDgAAjB4AAGnfDABfSQIA+qcIAE+oCABOBQIA5rwHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFGlCQDiuwwA7LQJAEcOAACMHgAAghwMAHwiDAAXPAIAgBsPAO65AgAN6QkAYukJAMsyAgBIqA8AwJQAABbpAADC5QIAyzICAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgCfXgIAwJQAABbpAADC5QIAboQNAMOEDQAihwEAd4cBAJ9RDwAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBABq3Q0AxtQPAGFJAABoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEA72IDAE4FAgAbjwAAFzwCALecAQD7AQMATAkAAFGlCQCmpQkA+6UJAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBq3Q0AxtQPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQBjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQCQGQEATgUCAGqMCQA9twsAkrcLALqNDQAPjg0AZI4NALmODQBrlAAAwJQAAOYYAQBMsgEAxOIDAOu9AQC/lAEA5xEHAK6dCQBOBQIAzHwMAH8cDwA9GAAAB0sDAGuUAAAB9wcATgUCANPWAABRpQkAGo8BAGOaAgCZrg0Aat0NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAGrdDQDMJQ4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBq3Q0AxtQPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQDMfAwA0B8QACUgEAB6IBAAzyAQACQhEAB5IRAAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFACbRCADnEQcAw4oHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEAG+EDADEhAwAGYUMAPj6DABRpQkAGo8BAGOaAgCZrg0AowUCAC4nAAC3SAAATrEAALJFCAAajwEAb48BAEIRAgBOBQIA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAABKMDAAyaQ8AGo8BAE4FAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkA+wEDABqPAQBjmgIAma4NAD0YAACSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQAAAAAAXPYCALH2AgAD8QsAWPELAOcYAAC/jwYAFJAGAPr6CgBP+woApPsKAKMFAgA3FQkAjBUJAOEVCQBtLg8AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAGg3CwC9NwsAEjgLAGc4CwC8OAsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIAPbcLAJK3CwAAAAAAAfcHAJ0ECQDyBAkARwUJAJwFCQDxBQkAbzIJAMQyCQAZMwkAbjMJAMOKBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgDLMgIA2MIPAJwOAAAfLQkAV/ILADcVCQAFQg4AnWACAE4FAgASjAwAMHQGAO65AgBDugIAmLoCAGRCBAAB9wcATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAO65AgAajwEAFzwCAEZbCQCunQkA5hgBAKf7BwA9GAAA09YAAOcRBwAXPAIASl4CAKBTDABvjwEAQhECAE4FAgBcngUAsZ4FAAafBQDhug4ANrsOAIu7DgDguw4ANbwOAIq8DgBOBQIAaowJAD23CwCStwsA57cLADy4CwCRuAsA5rgLALSTDQAJlA0A/VIFAAObDACySwIAt+gKAEIRAgBOBQIAM8ELAKb4CwD7+AsAaDcLABqPAQA8EwYADEkAAGFJAADGiwMATgUCAAPxCwBY8QsArfELAALyCwBqjAkAPbcLAJK3CwC6jQ0AD44NAGSODQC5jg0ADo8NAG0uDwAXPAIATgUCAOYYAQBMsgEAxOIDAM8wAADNhgEAorACANkmAAA3FQkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIAP7sFALJLAgC36AoAzHwMAJ0ECQDyBAkARwUJAJwFCQDxBQkAWUgJALOWCwC4RgEADUcBAO65AgAajwEAAfcHAH8cDwDnEQcA5xEHALdIAAC3nAEAma4NAEcOAADrvQEATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQAD8QsAWPELAK3xCwAC8gsAV/ILAKzyCwAB8wsAVvMLAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGABqPAQDNhwAAv40IAE4FAgBq3Q0ATrEAAFUAAAD7AQMATgUCAKKkDgAY2A8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAF72AAAAAAAAn7EEAM0jDwBriAwAFzwCALdIAAB5KwYA7rkCAA3pCQCeBQcA034DAE4FAgBqjAkAv4wJABSNCQBpjQkAvo0JABOOCQBOBQIAM8ELAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADjGAQAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAEgKAwCdCgMAim4HAKKkDgBrlAAAq1MBAOyxDADE4gMAdocCAHkrBgBvjwEAQhECAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BACbRCAB70QgA0NEIACXSCAB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAFzwCAGNFAgC4RQIAWewPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAPsBAwAAAAAAt5wBAEcOAAD7AQMAAAAAABuPAABwjwAAB0sDAAb4AQD7AQMAAAAAAOMaAgC3nAEAma4NAGrdDQDMJQ4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwBq3Q0ATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAADmvAcA670BAEC+AQD7AQMAAAAAAD0YAAA9GAAAa5QAAJuzBgC3SAAAeSsGAOcRBwCunQkATgUCAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAIltCQC3SAAAeSsGAM4rBgAjLAYAAfcHAJ0ECQDstAkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDjYRAAGjEKAG8xCgDEMQoAXvYAAIEkBQDiuwwARw4AAHaHAgDWxg0AaowJAL+MCQA/uwUAlLsFAOm7BQBOBQIAzHwMAFb3BwC3jg8ADI8PAOMaAgDNhwAAksEBAIweAADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgAbjwAAt5wBAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwAXPAIAY0UCALhFAgBZ7A8ARw4AAIweAAB/HA8AwJQAABbpAADC5QIAa5QAAMCUAAAW6QAAo/0JAPj9CQDnGAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGANPWAAAajwEAb48BAGuUAADAlAAAFukAAMLlAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgDsrg8AQa8PAKKwAgA5wwMAjsMDAOPDAwA4xAMAHX4PAHJ+DwDHfg8AHH8PAHF/DwDGfw8AG4APAHCADwAefw0Ac38NAMh/DQAdgA0AcoANAMeADQAcgQ0AcYENAMaBDQAbgg0AcIINAMWCDQAagw0Ab4MNAMSDDQAZhA0A5xEHAEcOAABOBQIAaDcLAAk9DwBePQ8Asz0PAAAAAAAAAAAAAAAAALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQDssQwA5xEHAK6dCQBOBQIAaowJAL+MCQAUjQkAaY0JAL6NCQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIA0B8QAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgASjAwA4xoCAEIRAgADnQoAngUHAJmuDQBRpQkAPRgAAGuUAACrUwEA7LEMAAAAAAA9GAAATgUCAGqMCQC/jAkAUaUJABuPAABHDgAA4XMAAC7KBwBHDgAA670BAL+UAQDnEQcArp0JAGuUAABqjAkAgBsPAFbyDAA3FQkAG48AALdIAADNhwAAsksCAAAAAADnEQcATgUCAGqMCQC/jAkAz4MCACSEAgBHDgAA4XMAAC7KBwA9GAAAkhgAAPsBAwBJAgoAngIKAPMCCgBIAwoAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAGuUAACbswYA8LMGAEW0BgCatAYA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQATgUCAGrdDQB5KwYAzisGACMsBgAB9wcATgUCAG0uDwDstAkAeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA2MIPAJwOAAAfLQkAdC0JAMktCQAeLgkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBICgMAnQoDAEmsCgCerAoA86wKAEitCgCdrQoA8q0KAKMFAgA3FQkAjBUJAOEVCQBtLg8AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgC/jQgAma4NAMCUAAAW6QAAwuUCAOcRBwDnEQcAt5wBAE4FAgBq3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJALdIAABOBQIA09YAAFGlCQAajwEAY5oCAJmuDQDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgASjAwAxykPABwqDwBtLg8APBIHAJESBwDmEgcATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwA2Zw0Ai2cNAOBnDQA1aA0AimgNAN9oDQA0aQ0AiWkNACwnAgCBJwIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgBq3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJALdIAABOBQIAEowMANkmAAC3SAAAt+gKAERaDACZrg0AwJQAABbpAADC5QIARFcPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAKBVCgD1VQoASlYKAJ9WCgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAXvYAANPWAACCJgIAGo8BADwTBgCWEgIAFzwCAGNFAgA/uwUAsksCALfoCgBcQA4AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAG0uDwDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAGg3CwCGFg4AAFQBAFVUAQCHwQwA3MEMADHCDACGwgwA28IMANPWAABRpQkA9FQMAD0YAABOBQIAat0NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAGrdDQDMJQ4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAEcOAABOBQIAXJ4FALGeBQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsAEowMAFxADgAAAAAAG48AABqPAQAXPAIAY0UCANrKBQBOBQIAowUCABc8AgBGWwkA5hgBAE4FAgBq3Q0AxtQPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDTfgMAGo8BAG+PAQBCEQIATgUCAMx8DABW9wcAt44PAAyPDwDjGgIAzYcAAJLBAQCMHgAANmcNAFxADgAAAAAAG48AABqPAQAXPAIAY0UCABKMDAAwdAYAaowJAL+MCQBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAACjBQIAFzwCAEZbCQDmGAEATgUCADPBCwA8EwYARw4AAE4FAgCzlgsAuEYBAIAbDwAUPQQAqaYFADlvAgDTfgMATgUCAKMFAgD4BQIAIogAANlyCQDEOQIAFzwCANN+AwBOBQIAbS4PABc8AgBOBQIA5rwHAJwOAADstAkAFzwCAE6xAAA9GAAAa5QAAKtTAQD7AQMA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgASjAwAXEAOAAAAAAAbjwAAGo8BABc8AgCAGw8Ab48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBrlAAAt0gAAM2HAAAuygcAAfcHABc8AgCAGw8Ab48BANkmAABriAwATgUCAGg3CwC9NwsAEjgLABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAM2HAAAajwEA1SgCAM2HAAC+iQ0AZuQKALvkCgBvjwEAcdcMAP1SBQADmwwA5mwCAEcOAAChWwMAzYcAALJLAgC36AoAx4EMAOK7DABHDgAAdocCAE4FAgAD8QsAX0kCALRJAgAJSgIA5xgAAL+PBgAUkAYA+voKAE/7CgCk+woA+fsKAE78CgCj/AoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDE4gMA4xoCAEFaDwBRpQkAzYcAAO65AgAajwEAb48BAL/dDQAM6QoAYekKALbpCgAL6goAYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoAIX0MADZrCQCLawkA4GsJABuPAAAB9wcAaowJAL+MCQA/uwUALsoHAE4FAgAbjwAAAfcHAAAAAADnEQcATgUCAGrdDQB5KwYAzisGACMsBgB4LAYAzSwGAFGlCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgDVKAIAQhECAAOdCgBYnQoArZ0KAAKeCgBXngoArJ4KAGNFAgBHDgAA670BAIweAABHDgAA+wEDAEIRAgADnQoAWJ0KAK2dCgACngoAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKMFAgBriAwAFzwCAG0uDwAXPAIATgUCAOa8BwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAD8QsAWPELAK3xCwAC8gsASl4CAA6SCgCSGAAA09YAAFGlCQDiuwwARw4AAHaHAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGmQBgC+kAYAE5EGAGiRBgC9kQYAEpIGABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAGuIDADAiAwAFYkMADwSBwCREgcA5hIHAE4FAgBq3Q0ATrEAAFUAAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAM2HAAAajwEAa5QAAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQBrlAAA5hgBAFUAAAAaMQoAFzwCAGw8AgA5bwIA034DAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMADPBCwCIwQsA3cELAAPxCwBfSQIAtEkCAAlKAgBqjAkAv4wJAEcOAACcDgAAt5wBABuPAAC3SAAAeSsGAOcRBwAB9wcAfxwPAD0YAABfSQIAtEkCAAlKAgAD8QsAWPELABc8AgBOBQIA5rwHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwB/HA8ATrEAALJFCABOBQIAx4EMAOK7DABHDgAAdocCAE4FAgAzwQsApvgLAPv4CwBKXgIADpIKAJIYAADT1gAA5xEHANtrDgAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMAKIGAgAHSwMA5xEHAMsyAgDsrg8AskUIAM2HAADHKQ8APRgAAGuUAACeBQcARw4AAMsyAgCKuw8A37sPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCAA3pCQAB9wcAVvcHAC7KBwAB9wcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAEgKAwBfSQIAtEkCAAlKAgB9zQoA0s0KACfOCgB8zgoA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgBOBQIAZI8MAJwOAAAfLQkAdC0JAMktCQAeLgkAauEJAC8bCwCEGwsA2RsLAERaDAAW6QAAwuUCAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAE4FAgASjAwAMHQGAAPxCwBrlAAA09YAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwD7AQMAQrwBADi+CQCNvgkA4r4JADe/CQCMvwkA4b8JADbACQCLwAkAhMcJAAAAAAAAAAAAAAAAAH3OCQDSzgkAJ88JAHzPCQDRzwkAJtAJAHvQCQDQ0AkAAAAAAAAAAAAl0QkAetEJAM/RCQDCOQQAxN8GABngBgCjBQIAa4gMAMCIDAAViQwA+wEDAOMYBAA4GQQACZEQAF6REACzkRAACJIQAM2HAADjGgIAt5wBAJmuDQCjBQIANxUJAIwVCQDhFQkAA/ELAFjxCwCt8QsAAvILAFfyCwCs8gsAAfMLAFbzCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAA+wEDAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAG0uDwAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgCipA4A+wEDAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAAgBsPAG+PAQBCEQIATgUCAGrdDQB5KwYAzisGACMsBgAB9wcATgUCAG0uDwDstAkAt0gAAE4FAgASjAwA2SYAALdIAAC36AoARFoMAMOKBwA+vwIAk78CAPsBAwASjAwAv40IABSOCABpjggA4xoCAKqkBgD/pAYAVKUGAKmlBgD+pQYAJ9IGAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDacAoAL3EKABKMDABnjAwAvIwMABGNDACdBAkA09YAAAH3BwDQHxAAt5wBAJmuDQA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgBICgMAnQoDAEmsCgDmGAEAOxkBAPJXCwBHWAsAnFgLAPFYCwAD8QsAX0kCALRJAgAJSgIAAfcHAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLAAPxCwBfSQIAtEkCAAlKAgAB9wcA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLALecAQAMnQEAUasDAKarAwBOBQIAG48AABc8AgC3nAEAaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJADPBCwAUPQQAaT0EAL49BAATPgQAaD4EAE4FAgBoNwsAvTcLALdIAAD9UgUA034DAE4FAgCjBQIAa4gMABc8AgBOBQIAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAKMFAgBriAwAwIgMABWJDABqiQwAM8ELADwTBgCREwYAM8ELAIjBCwDdwQsAMsILADB0BgCzlgsACJcLAF2XCwCylwsAB5gLAFyYCwCxmAsAyzICADHNAQBHDgAAnA4AAOYYAQCppgUAsksCAE6xAACyRQgAGo8BAG+PAQBCEQIATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwCjBQIAa4gMABc8AgBOBQIA8A4BACoeDQDjYRAAOGIQAAPxCwBY8QsArfELAALyCwCzlgsAuEYBAGNFAgC4RQIANxUJAFabDgBrlAAAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAAAAAABOBQIAbS4PABc8AgBOBQIAcYAOAAAAAABOBQIAbS4PABc8AgBOBQIAcYAOAMaADgA2Zw0AMHQGAMx8DAB/HA8A1BwPALXsCAC/MQ8AFDIPAH8cDwA9GAAATrEAAFUAAACqAAAAWZsLAK6bCwADnAsAWJwLAK2cCwDmGAEAqaYFAMcpDwAD+wEAzYcAAL+NCAAUjggAIogAAEpeAgCDywYAvokNAAOdCgDHgQwAHIIMAHGCDADGggwAA/ELAFjxCwCt8QsAAvILAOMaAgBBWg8Aa5QAAD0YAABOBQIAowUCAGuIDADAiAwAFYkMAGqJDAAzwQsAiMELAFdDEACsQxAAAUQQAFZEEACrRBAAma4NAAH3BwDLMgIATgUCAGrdDQD9UgUA034DAE4FAgBq3Q0AzCUOABTfDAAzwQsAiMELAFdDEACsQxAAAUQQAFZEEACrRBAAM8ELADwTBgD7AQMASAoDAONhEAA4YhAAjWIQADPBCwCIwQsAV0MQAKxDEAABRBAAVkQQAKtEEACzlgsAt5wBAJmuDQDurg0AksEBAIweAABqjAkAPbcLAJK3CwBOBQIATAkAAD0YAADjYRAAOGIQAI1iEAAzwQsAiMELAFdDEACsQxAAAUQQAFZEEACrRBAAG48AAHCPAAC3SAAAeSsGAM4rBgAjLAYAa5QAAMCUAAAW6QAAwuUCALecAQAMnQEAUasDAKarAwBOBQIA5rwHADm6DABOsQAAskUIAE4FAgCjBQIANxUJAIwVCQDhFQkAoqQOAPekDgBCEQIAA50KAOYYAQBOBQIAGo8BAG+PAQBOBQIAEowMAMcpDwDTfgMATgUCAG0uDwDZJgAATgUCAGrdDQDG1A8AYUkAALZJAACcDgAA7LQJABc8AgBOsQAAa5QAALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CANN+AwBOBQIAM8ELAIjBCwBXQxAArEMQAAFEEABWRBAAq0QQAJmuDQAB9wcATgUCAEIRAgADnQoA5hgBAGrdDQDG1A8AYUkAAEIRAgADnQoA5hgBAEcOAABOBQIAEowMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDMfAwAFzwCAIAbDwDuuQIADekJAGLpCQBOBQIAowUCAGuIDADAiAwAFYkMAGqJDACjBQIAa4gMABc8AgBOBQIAMc0BAAH3BwDjGgIATrEAAGA8DgCSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDDigcAo7EAAC95AgCEeQIA2XkCAAH3BwB/HA8A2SYAANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAGeMDAC3SAAAeSsGAFbyDAA5xQEAIogAANlyCQAbjwAAFzwCAGrdDQDMJQ4AFN8MAKMFAgA3FQkABUIOAJ1gAgB32gMAzNoDACHbAwB22wMAy9sDACDcAwB13AMAytwDAOMaAgBBWg8AaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAAH3BwD7AQMAPRgAAJIYAAARQwEANh0CAHEuCwDGLgsAGy8LAHAvCwCjBQIAWewPAHCPAADdawwAt0gAAHkrBgDnEQcArp0JALdIAAC36AoAPRgAAEcOAAC/lAEA5xEHAK6dCQDE4gMAGeMDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgBOBQIAaDcLAIYWDgBT9gsAqPYLAP32CwBS9wsAp/cLAPz3CwBR+AsAzHwMABc8AgCAGw8A7rkCAA3pCQBOBQIAlhICAOsSAgCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAPsBAwCjBQIAa4gMABc8AgBOBQIAs5YLAAH3BwCdBAkATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwC3nAEADJ0BAFGrAwCmqwMAfxwPAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgDaygUATgUCAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLALOWCwC4RgEADUcBAO65AgAajwEAAfcHAH8cDwBHDgAATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwBCEQIAlxECAE4FAgCjBQIANxUJAIwVCQDhFQkARw4AAE4FAgAzwQsAiMELAN3BCwBHDgAAVQAAALXsCACbswYA2SYAADnFAQCOxQEA48UBAKKkDgDVKAIAa5QAAMCUAAAW6QAAwuUCANPWAACCJgIASKoNAAdLAwBvjwEAQhECAPsBAwA9GAAAkhgAABFDAQDGjAIAJx8PAO5ZDQAB9wcAfxwPANQcDwApHQ8Afh0PANMdDwAoHg8AfR4PANIeDwD7AQMARw4AAHaHAgD9UgUAUlMFAE6xAAC3SAAA+wEDABc8AgBjRQIAz4MCAPCzBgDuuQIADekJAGLpCQBsPAIA4xoCALecAQCZrg0AghwMANccDAAsHQwAgR0MANYdDABOsQAAzYYBABc8AgBjRQIAghwMANccDAAsHQwAgR0MANYdDAArHgwAgB4MANUeDAAqHwwAfx8MANQfDAApIAwAf9QBANTUAQAM8QIAYfECAJmuDQCCHAwA1xwMACwdDACBHQwA1h0MACseDACAHgwA1R4MACofDAB/HwwA1B8MACkgDABVAAAAqgAAADlvAgCFGQwAjB4AAO5ZDQAbjwAARw4AAIweAADhHgAAFZUAAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAEiqDQAHSwMAb48BAEIRAgD7AQMAAKoAAFWqAACqqgAAxowCACcfDwDuWQ0AAfcHAH8cDwDUHA8AKR0PAH4dDwDTHQ8AKB4PAH0eDwDSHg8A+wEDAEcOAAB2hwIAt+gKAAzpCgCn+wcAq1MBAOyxDAD7AQMAQhECAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCADjHAAC3nAEARw4AAIweAACsRwwAZuQKAOMaAgCqpAYAsksCAM2HAAC/jQgATgUCAGg3CwAJPQ8AXj0PALM9DwC/jQgA+wEDAEpeAgCgUwwA9VMMAEpUDACfVAwAGo8BAGOaAgC4mgIADZsCAGuUAADNhwAAMmkPAE4FAgBtLg8A7LQJALdIAABOBQIAbS4PANkmAABOBQIA5hgBAKf7BwD8+wcAOxkBABc8AgDAlAAA5hgBAEyyAQChsgEAX0kCAPqnCAC36AoAAfcHAE4FAgDjGgIA034DAE4FAgASjAwAxykPAJIYAAARQwEADEkAAGFJAADGiwMATgUCALOWCwC4RgEADUcBAO+uDABErwwAma8MAEIRAgCXEQIAbS4PANtrDgDkZAwAOWUMALfnCwAM6AsAowUCAPgFAgClTgwA+k4MAE9PDACkTwwA+U8MAE5QDACjUAwA+FAMALOWCwAIlwsAOW8CAIUZDACMHgAAaDcLAAk9DwBePQ8Asz0PAE6xAAA+vwIA9/gPAEIRAgBRpQkApqUJADPBCwCIwQsA3cELAHvOCwDQzgsAG9UPAGNFAgA/uwUALsoHAE4FAgAAAAAALXEMAE4FAgBRpQkAzYcAAMcpDwAB9wcAt5wBAJmuDQAB9wcAaDcLAIYWDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIA+wEDAIAnAwDVJwMAKigDAOloAwA+aQMAk2kDAOhpAwA9agMAEowMALJLAgASjAwAsksCAAAAAADNewwATgUCAAH3BwDhagkAV0YNAKxGDQABRw0AVkcNAPsBAwDjGgIA034DALdIAAC36AoA+AQDALJFCADNhwAAOW8CAFGlCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIACT0PAF49DwCzPQ8APRgAALdIAADNhwAABvgBAE4FAgBoNwsACT0PAF49DwCzPQ8A5xEHAOy0CQBwjwAA67wCAMx8DAB/HA8At0gAALfoCgCbswYAt0gAALfoCgDNhwAAOW8CAGNFAgDMfAwAfxwPALdIAAC36AoAm7MGALdIAAC36AoARw4AAL+UAQAUlQEAaZUBAL6VAQBNUQwAolEMAE4FAgDjGgIA034DAE4FAgDmvAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAxOIDAIweAADhHgAAY0UCADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAOYYAQCppgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIAaowJAL+MCQDPgwIAt+YMAD0YAAC3SAAATgUCAFyeBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAJ+xBACzlgsAuEYBAA1HAQDvrgwARK8MAJmvDADurwwATgUCAFyeBQCxngUAp/QOAPz0DgBR9Q4ApvUOAPv1DgBQ9g4ATgUCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAIYWDgDbFg4AMBcOAJETBgBcngUAsZ4FACKHAQDDigcAa5QAAEcOAADrvQEAyzICAEioDwCdqA8A7LEMAEGyDAAajwEAPBMGALfoCgAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAXJ4FALGeBQAihwEAd4cBABuPAADjGgIAt0gAALfoCgCCxgwA18YMAIfADQDZJgAAOcUBAI7FAQDjxQEAkrYMAOe2DAA8twwAkbcMAOa3DADnEQcA5xEHANtrDgBq3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgBtLg8A7LQJALdIAABOBQIAM8ELAIjBCwBtLg8A2SYAAGuUAAAB9wcAfxwPAAH3BwBOBQIAat0NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAMsEMAEcOAAB2hwIAat0NAHkrBgDOKwYAIywGAAH3BwBOBQIAbS4PAOy0CQC3SAAATgUCADPBCwCIwQsA9QcDAJa0CgAU3g0ALMcMAIHHDADWxwwAK8gMAIDIDADVyAwAKskMAH/JDADUyQwAKcoMAMjVDAAd1gwActYMAMfWDAD1BwMAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQASjAwA2SYAALdIAAC36AoARFoMAGrdDQDMJQ4AFN8MAOMaAgBBWg8AEowMAMcpDwAcKg8AM8ELAIjBCwBXQxAArEMQAAFEEADHKQ8ATrEAAGuUAABtLg8A2SYAAE4FAgBoNwsACT0PAF49DwCzPQ8ATgUCAAPxCwBY8QsArfELAALyCwCLHQIAhhYOANsWDgDE4gMAaDcLAIYWDgDbFg4AxOIDAAPxCwBY8QsA5xgAAGg3CwAJPQ8AXj0PALM9DwAJPQ8AXj0PALM9DwBrlAAAGo8BAO65AgAN6QkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQC45QwADeYMAGLmDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgC36AoAAfcHAE4FAgBoNwsAhhYOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADC5QIAQhECAJcRAgAB9wcATgUCAAPxCwBY8QsArfELAALyCwCLHQIAhhYOAPcGAgBMBwIAoQcCAPYHAgBOBQIA5rwHADm6DABOsQAATrEAAGuUAABHDgAA09YAAIImAgDJ0g4AHtMOAAPxCwBY8QsArfELAALyCwCLHQIAhhYOAPcGAgBMBwIAoQcCAPYHAgBLCAIAhhYOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAdLAwAAAAAAPRgAAAdLAwBcSwMAat0NAMwlDgAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAzHwMACF9DAA2awkAbS4PADwSBwCREgcAs5YLABqPAQBvjwEA5rwHAAHwDgBW8A4AOW8CAGqMCQC/jAkAP7sFAJS7BQA5ugwATrEAAE6xAABrlAAAa5QAAOMaAgBBWg8AEowMAOMaAgC3nAEAP7sFAC7KBwBOBQIAs5YLALhGAQANRwEAVkYOAKtGDgAARw4AVUcOAKpHDgBtLg8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAHkrBgBrlAAARw4AAE4FAgBtLg8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAD0YAACSGAAAim4HAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAPpWBABtLg8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAx4EMAByCDABxggwAxoIMAAPxCwBY8QsA5xgAABKMDACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcATgUCAJmuDQAB9wcATgUCAAZECwDnEQcAPBIHALdIAAB5KwYA5xEHAK6dCQD7AQMAG48AAHCPAADT1gAAKNcAAGw8AgAyaQ8AXvYAAAj2AQAGRAsAW0QLAG0uDwCunQkATgUCABKMDAAwdAYABkQLAD0YAACSGAAAim4HAGuUAAAGRAsAW0QLAO65AgBDugIAmLoCAO26AgAzwQsAiMELAMSPAQDnEQcA22sOAJ9eAgDT1gAAGo8BADwTBgAMSQAA/VIFAD23CwC3SAAADEkAANN+AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIAv40IAEcOAAAD8QsAB0sDABKMDADKJg8AHycPAHQnDwDJJw8AHigPAG+PAQBCEQIAaDcLAAk9DwBePQ8A1SgCAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQBW8gwA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAKKkDgAY2A8AEowMAFxADgDZcgkAG48AAM2HAAC/jQgALCcCAIEnAgDA2g8AFdsPAGPiDwC44g8ADeMPAGLjDwC34w8ADOQPAGHkDwCfsQQAM8ELAKb4CwD7+AsAA/ELAFjxCwCt8QsAAvILAAZECwC3SAAA/VIFAD23CwBrlAAABkQLANkmAAA5xQEAv40IAEcOAACMHgAABkQLAHHXDAD9UgUAPbcLALdIAAAMSQAA034DAFfyCwD4BQIAv40IAEcOAAAW5wIA+wEDAPsBAwDChgwAF4cMAGyHDADBhwwAFogMACN7DAB4ewwAbS4PABc8AgBOBQIAA/ELAGuUAADNhwAAOW8CAE4FAgBoNwsAvTcLAAH3BwBOBQIAbS4PANkmAABOBQIAM8ELAIjBCwDjYRAAC58AAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgCGFg4A2xYOAMTiAwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACAzAgA9twsAkrcLAOe3CwA8uAsAkbgLAOa4CwA7uQsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwB5KwYAzisGACMsBgAB9wcATgUCAG0uDwDstAkAt0gAAE4FAgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgBtLg8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAMCUAAAW6QAAwuUCAG6EDQDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNAGmJDQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAEIRAgBCEQIAFzwCAGNFAgBCEQIAZuQKALJLAgC36AoAa5QAAMCUAAAW6QAAwuUCAD0YAAAHSwMAb48BAEIRAgBOBQIA5rwHAIweAACeBQcAma4NAJuzBgC3SAAAt+gKAAH3BwBOBQIAat0NAL/dDQAU3g0A1McOAOa8BwAB8A4AVvAOADlvAgC3SAAAVQAAAIrACgDfwAoAt0gAALH2AgBqjAkAv4wJAD+7BQCSwQEAnA4AAK6dCQD7AQMAOhgDAI8YAwDkGAMAORkDAI4ZAwDjGQMAOBoDAI0aAwDiGgMA7LQJALdIAABVAAAAC58AALdIAABOBQIAowUCABc8AgBGWwkA5hgBAE4FAgDmvAcAeCQOAM0kDgAajwEAXJ4FAKOxAACZrg0A7q4NAL/dDQAU3g0AofsNAPb7DQDtAw8AQgQPAJcEDwDsBA8A5xEHABc8AgBKXgIAn14CAAH3BwBOBQIAat0NAL/dDQAU3g0AofsNAPb7DQDtAw8AQgQPAJcEDwDsBA8AOW8CAGuUAAAB9wcATgUCAGrdDQC/3Q0AFN4NAKH7DQD2+w0A7QMPAEIEDwCXBA8A7AQPAGuUAADNhwAASl4CAJ9eAgAB9wcATgUCAGrdDQC/3Q0AFN4NAKH7DQD2+w0A7QMPAEIEDwCXBA8A7AQPAKMFAgD4BQIATQYCAKIGAgCTCQ4A6AkOAD0KDgBPow0ApKMNAPmjDQBOpA0Ao6QNAPikDQC3nAEAma4NAO6uDQBDrw0ATgUCAGrdDQC/3Q0AFN4NAKH7DQD2+w0A7QMPAEIEDwCXBA8A7AQPAAydAQDT1gAATgUCAGrdDQC/3Q0AFN4NAKH7DQD2+w0A7QMPAEIEDwCXBA8A7AQPAEcOAABOBQIAowUCAPgFAgBNBgIAogYCAGqMCQC/jAkARw4AAJK2DAC3nAEAt0gAAE4FAgDmvAcAOboMAO0DDwBCBA8AlwQPAOwEDwAAAAAA1sYNAE4FAgCjBQIA+AUCAE0GAgBXRwwAaDcLAAk9DwBePQ8Asz0PAK6dCQBrlAAA5rwHAIweAAAd1Q0ActUNAMfVDQBOBQIAbS4PAGrdDQC/3Q0Aw9kNABjaDQBt2g0AwtoNABfbDQBs2w0ATgUCAG0uDwC3nAEAt5wBAJmuDQCbswYAt0gAAHkrBgBvjwEA/wAAAOgIDwBHDgAATgUCAGWMDgArxw0At0gAABuPAABVAAAATrEAAKOxAAAveQIAhHkCANl5AgDmGAEAOxkBAPJXCwBHWAsAnFgLAPFYCwDNhwAAOW8CAAH3BwCdBAkA09YAAD0YAABOsQAAo7EAAC95AgCEeQIA2XkCALdIAAC36AoAgsYMAPr4DABP+QwApPkMAPn5DABO+gwAo/oMAIweAABHDgAAAAAAAAAAAADnCg4APAsOAJELDgDmCw4AXvYAAGSPDACfsQQAzSMPACIkDwB3JA8AogYCAAAAAABcngUAsZ4FAAafBQC15w0ACugNAF/oDQBHDgAAnA4AALecAQCZrg0AyzICALecAQAMnQEApaAPAG+PAQDZJgAA09YAAIImAgBIqg0ASKgPAMCUAAAW6QAAwuUCAAH3BwB/HA8A4xoCADgbAgDGNwIA/VIFAAObDABYmwwA7rkCAEO6AgCYugIAZEIEAAH3BwBW9wcAt44PAHkrBgDnEQcArp0JAE4FAgDT1gAAgiYCAEiqDQAHSwMAb48BAEIRAgDMfAwAfxwPANQcDwApHQ8Afh0PANMdDwAoHg8AfR4PAHkrBgDnEQcArp0JAE4FAgDT1gAAgiYCAEiqDQAHSwMAb48BAEIRAgDmvAcAOboMABqPAQA8EwYAt+gKAILGDAD7AQMAat0NAL/dDQAU3g0AofsNAPb7DQBL/A0AoPwNAPX8DQCjBQIA+AUCAE0GAgCiBgIAkwkOAJu1BADwtQQAiGwLAD23CwDK2AcAnQQJAOy0CQC3SAAATgUCAAAAAAB/HA8AwJQAABbpAABr6QAAAAAAAAAAAADmvAcAOboMABqPAQA8EwYAt+gKAILGDABGtQQApaINAPqiDQDUxw4AowUCADcVCQCMFQkA4RUJAAAAAAA7DA4AQrwBANkmAAA5xQEAjsUBAFz2AgD7AQMAaDcLAIYWDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA220MADBuDABqjAkAv4wJADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAK6dCQBOBQIAM8ELAIjBCwCrUwEA7LEMAEGyDACWsgwA67IMAECzDACVswwA6rMMAD+0DACUtAwA6bQMABKMDAAwdAYAA/ELAFjxCwCKbgcAoqQOAPBiAgBFYwIAmmMCAO9jAgBOBQIAaDcLAIYWDgDbFg4AMBcOAJETBgBcngUAsZ4FACKHAQB3hwEAn1EPAOYYAQCppgUAGo8BAG+PAQAHSwMAb48BAEIRAgBOBQIAM8ELAIjBCwBhOw4AtjsOAJIJDwDnCQ8AxDkCAAs8DgCfsQQAAAAAAE4FAgAbjwAAcI8AACxyDACBcgwA1nIMACtzDACAcwwA1XMMACp0DAB/dAwACT0PAF49DwCzPQ8A4xoCAEFaDwC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgBq3Q0Av90NABTeDQBVAAAAqgAAAP8AAACfsQQAYTsOALY7DgCfsQQAt0gAAMQ5AgALPA4An7EEAAAAAABOBQIAat0NAMbUDwAajwEAxOIDABnjAwBu4wMAv90NABTeDQAsxwwAgccMANbHDAAryAwAgMgMANXIDAAqyQwAf8kMANTJDAApygwAyNUMAB3WDABy1gwAx9YMABzXDABKXgIAoFMMAAH3BwA9GAAAX0kCADJpDwDvDAQA3x4CADQfAgBe9gAACPYBAHbYBgA+vwIAk78CAOi/AgAiiAAAFzwCAEZbCQBHDgAA670BAG+PAQAHSwMAxOIDAN8eAgD0VAwAAfcHAE4FAgAzwQsAiMELALdIAAC36AoAgsYMANfGDAA8EgcAkRIHAJ5ZCAC3SAAAEEMCAG0uDwCunQkATgUCAOa8BwCMHgAAHdUNAHLVDQDH1Q0A1SgCAM2HAAC/jQgAFI4IAGmOCABcngUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIAqfQMAP70DABT9QwAqPUMAP31DABS9gwAaowJAD23CwDvYgMARGMDAERaDAAW6QAAPbcLAFUAAAC3SAAAt+gKAAAAAAAAAAAAAAAAAOMaAgBBWg8A2SYAAGuIDAAXPAIAY0UCABKMDAC/jQgAFI4IAEwJAAChCQAAx4EMAOK7DAA3vAwAzYcAANkmAAC3SAAAt+gKAERaDABOBQIAEowMAL+NCAAUjggATAkAAKEJAADHgQwA4rsMADe8DABoNwsAzYcAACKIAACyRQgATAkAAKEJAADHgQwA4rsMADe8DABoNwsAzYcAACKIAACyRQgATAkAAKEJAADHgQwA4rsMADe8DABkQgQAb48BAL+UAQBvjwEAtewIAL8xDwAUMg8AaTIPAL4yDwAAAAAAowUCAPgFAgBNBgIAN2UOAIxlDgBOBQIAat0NAL/dDQAU3g0A1McOAEpeAgAAAAAATgUCAGrdDQC/3Q0AFN4NANTHDgDmvAcAOboMABqPAQA8EwYAt+gKAILGDACzlgsACJcLAB/TDQCjBQIA+AUCAE0GAgBcngUAPr8CABzhAgBOsQAAa5QAAJ4FBwC3nAEAma4NAAH3BwB4JA4AzSQOACIlDgB3JQ4AzCUOACEmDgDMfAwA0B8QACUgEABsPAIAsksCAHkrBgDnEQcArp0JANUoAgDmGAEARw4AAGrdDQC/3Q0AFN4NANTHDgCzlgsACJcLAB/TDQCjBQIA+AUCAE0GAgDmvAcAOboMABqPAQA8EwYAt+gKAILGDADLMgIAyzICAByADgBOBQIAowUCAPgFAgBNBgIAogYCAAk9DwBePQ8Asz0PAKMFAgAXPAIARlsJAOYYAQBtLg8A22sOADPBCwBCEQIAPRgAAJIYAAAXPAIAY0UCANrKBQBOBQIAG48AAHCPAADdawwAMmwMAIdsDADcbAwAMW0MAIZtDADjDg4AxIIOABmDDgBugw4A1sYNACDeAQAd1Q0ActUNAMfVDQBOBQIAx4EMAOK7DAA3vAwAw9kNABjaDQBt2g0AwtoNABfbDQBs2w0ATgUCAMeBDADiuwwAN7wMAM2HAAAiiAAAskUIAE4FAgDmvAcAjB4AAB3VDQBy1Q0Ax9UNAE4FAgDHgQwA4rsMADe8DABq3Q0Av90NAMPZDQAY2g0AbdoNAMLaDQAX2w0AbNsNAE4FAgDHgQwA4rsMADe8DAAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgCipA4AVQAAAKoAAACAJwMA1ScDACooAwB/KAMAaDcLAIYWDgD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgBqjAkAPbcLAFyeBQCxngUABp8FAAPxCwBfSQIAtEkCAAAAAACipA4A96QOANEfDwAmIA8AeyAPANAgDwBXRwwAs5YLAAiXCwAf0w0A+wEDAM8hDwAkIg8AeSIPAPsBAwBOBQIAG48AAHCPAAAHSwMAPBMGAJETBgAxzQEAR6oOAFUAAAAajwEAPBMGALfoCgBEWgwA7rkCABqPAQBvjwEA72IDAM2HAAC+iQ0AA50KALOWCwC3nAEAzYcAALJLAgDZJgAAa4gMABc8AgDmGAEATgUCAOa8BwA5ugwAGo8BADwTBgC36AoAPbcLAJK3CwBOBQIAowUCADcVCQAFQg4AWkIOAK9CDgAEQw4AWUMOAK5DDgADRA4AEowMANkmAAC3SAAAt+gKAERaDADFgA8AGoEPAG+BDwDEgQ8AGYIPAG6CDwCFGQwATgUCAKMFAgBriAwAwIgMABWJDADmvAcAeCQOAM0kDgAiJQ4AdyUOAAHwDgBW8A4AOW8CALdIAAC36AoAEowMAOMaAgBNpQ0AoqUNALdIAAC36AoAOboMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAFnsDwD4BQIATQYCAKIGAgCHwA0A3MANADHBDQBriAwAwIgMABWJDADmvAcAeCQOAM0kDgAiJQ4AdyUOAAHwDgBW8A4AOW8CALdIAAC36AoAEowMAOMaAgBNpQ0AoqUNALdIAAC36AoAOboMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAFnsDwCGwQ0A28ENADDCDQCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIA5GQMADllDAAAAAAAaowJAD23CwCStwsA+wEDAGg3CwCeBQcA8wUHADJpDwDvDAQAjB4AAAH3BwD7AQMAGo8BAG+PAQDZJgAAa4gMAMLlAgBc9gIAsfYCAGrdDQC/3Q0AFN4NANTHDgApyA4AG9YOAHDWDgDF1g4A6QwKAD4NCgCTDQoA5GQMADllDABoNwsACT0PAF49DwCzPQ8A6A0KAJMJDgCbtQQA8LUEAC4cCwCGFg4ACZEQAF6REACzkRAACJIQALOWCwC3nAEAma4NAO6uDQCSwQEAjB4AAGqMCQC/jAkAFI0JAA1GAgCipA4AIN4BAHXeAQBCvAEAUaUJAPRUDACeBQcAgiYCAEiqDQAHSwMAb48BAEIRAgBc9gIAsfYCAGrdDQC/3Q0AFN4NANTHDgApyA4AG9YOAHDWDgDF1g4AdocCAMuHAgDHKQ8AAfcHAFb3BwA5bwIAAfcHANUoAgDnEQcA7LQJAGuUAADAlAAAFukAAMLlAgB/1AEA1NQBALecAQCZrg0At0gAALfoCgBq3Q0AzYcAAJLBAQBhOw4AGo8BAGOaAgAB9wcATgUCAKMFAgD4BQIATQYCAKIGAgDmvAcAOboMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAFnsDwCZAw4A7gMOAEMEDgCYBA4A7QQOAKKkDgD3pA4ATKUOAAHwDgCe/Q4A8/0OAEj+DgCd/g4AlwUOAOwFDgBBBg4ATgUCAE4FAgD7AQMA5hgBAOYYAQCppgUAOW8CANN+AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAAH3BwBVAAAAtewIAAH3BwC3SAAAzYcAAL+NCABOBQIAat0NAL/dDQAU3g0A1McOAPgFAgBNBgIAogYCAOa8BwA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAWewPANPWAACCJgIAydIOAGuUAADAlAAAY0UCAGrdDQC/3Q0AFN4NAE6xAADNhgEAf9QBANTUAQC3nAEAma4NALdIAABq3Q0Av90NABTeDQASjAwAyiYPAB8nDwB0Jw8AyScPAB4oDwBzKA8AyCgPAB0pDwD7AQMAAAAAAAAAAAAajwEAxOIDAGE7DgBrlAAAVQAAALhGAQBjRQIAz4MCAD6/AgCySwIAt+gKAE6xAAAAAAAAGNgPAKMFAgD4BQIATQYCAKIGAgA4xgEAvd0PAHgkDgDNJA4AIiUOAHclDgD7AQMAowUCAPgFAgBNBgIA5GQMADllDABoNwsACT0PAF49DwCzPQ8AksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAkMMBAEcOAAAsJwIAPRgAAE4FAgBoNwsACT0PAF49DwCzPQ8AbS4PAMOKBwAYiwcAbYsHAMKLBwAXjAcAbIwHAMGMBwDnEQcAt0gAAAxJAABhSQAAxosDAE4FAgBoNwsACT0PAF49DwCzPQ8APRgAAAH3BwDhagkAb48BAEIRAgD7AQMAaDcLAIYWDgAQNg8AZTYPALo2DwAPNw8ARw4AAM2HAAAFnwYAVQAAALecAQDjGgIATaUNAKKlDQD3pQ0ATKYNALecAQCZrg0A7q4NAEOvDQCYrw0ATgUCAG0uDwDZJgAATgUCAGrdDQC/3Q0AFN4NAMCUAAAW6QAAwuUCAGbhDQC3SAAAt+gKAILGDADXxgwAzHwMACF9DACiTw4A908OAExQDgChUA4A9lAOAEtRDgBX8gsANxUJAAVCDgBaQg4Ar0IOAARDDgBOBQIA4xoCAEFaDwDZJgAAa4gMABc8AgBjRQIAM8ELADwTBgBHDgAATgUCALOWCwAIlwsAOW8CAGNFAgA9GAAAt0gAAE4FAgASjAwAxykPAAH3BwBOBQIA09YAAIImAgDJ0g4AHtMOAFyeBQA+vwIAHOECAE6xAABrlAAAngUHALecAQCZrg0AAfcHALdIAAAQQwIAZUMCALpDAgDuWQ0A7lkNAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQC35wsADOgLAAAAAAD1BwMAlrQKABTeDQC74Q0A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAAMcpDwBOsQAAFzwCAGNFAgA/uwUAsksCAHkrBgDnEQcArp0JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgB5KwYAxOIDANkmAAA3FQkAa5QAAAH3BwAB9wcAfxwPANQcDwC17AgAvzEPABQyDwB/HA8APRgAAE6xAADTfgMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBkQgQATrEAAD6/AgCySwIAeSsGAOcRBwCunQkATrEAAM2GAQCisAIAxYAPALfoCgCrUwEAU/YLAKj2CwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAACKbgcAt0gAAP1SBQADmwwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAADdawwAskUIAAdGCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZEIEAG+PAQAHSwMAPBMGAHkrBgDNhwAAv40IAGRCBADwYgIAzYcAALJLAgB5KwYA5xEHAK6dCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQC35wsADOgLAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAAOdCgBYnQoAMc0BAAH3BwDjGgIATrEAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAwjcGABc4BgBsOAYAwTgGABY5BgBrOQYAwDkGABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIAt+gKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwAa5QAAKtTAQAJkRAAXpEQALOREAAIkhAAXZIQALKSEAAHkxAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DABOsQAAzYYBAH/UAQDU1AEAt5wBAJmuDQC3SAAAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DAB5KwYAzisGACMsBgB4LAYAzSwGACItBgB3LQYAddMMAMrTDAAf1AwAdNQMAMnUDAAe1QwAc9UMAP5VAQB5egwAznoMABuPAABwjwAA3WsMALJFCAAHRggAXEYIALFGCAAGRwgAW0cIAOFqCQDnEQcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DABHDgAAZO0DALntAwCZrg0Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EAOwPBABBEAQA/lUBAHl6DADOegwA2SYAALecAQDTfgMA09YAAIImAgDTfgMARw4AAGTtAwC57QMAma4NAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DACSFAQA5xQEADwVBACRFQQATgUCAPsBAwAMSQAAGtYPAG/WDwDE1g8AFzwCAEZbCQDT1gAAgiYCAOMaAgC3nAEATgUCAGg3CwCGFg4A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCAGqMCQC/jAkAz4MCALfmDAAM5wwAYecMALbnDADmvAcAYDwOALU8DgAKPQ4AXz0OALQ9DgAJPg4A5rwHAGA8DgC1PA4ACj0OAF89DgC0PQ4ACT4OAGg3CwCGFg4A9wYCAEwHAgChBwIA9gcCAEsIAgCipA4AGNgPABKMDABcQA4A2XIJABuPAADNhwAAEowMAFxADgDZcgkAG48AAM2HAAC/jQgATgUCAKKkDgAY2A8AbdgPAMLYDwAX2Q8AbNkPAMHZDwAW2g8Aa9oPABuPAAC3nAEAt5wBAE4FAgDMfAwAIX0MAHZ9DADLfQwAgBsPAG+PAQBCEQIATgUCADPBCwA8EwYAt+gKAAzpCgBHDgAA2SYAALdIAABOBQIAXJ4FALGeBQAGnwUA4boOADa7DgCLuw4A4LsOAEIRAgBRpQkApqUJAE4FAgBcngUAsZ4FAAafBQDhug4ANrsOAIu7DgDguw4AOMcAAEcOAACMHgAAAfcHAE4FAgDjGgIA034DAPsBAwAg3gEAbdgPAL03CwAB9wcATgUCAG0uDwDZJgAATgUCADPBCwCIwQsAPRgAAGuUAADAlAAATgUCAGg3CwCGFg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAOa8BwAB8A4AVvAOACCIAgB1iAIATgUCAGrdDQD9UgUAA5sMAFibDACtmwwAoqQOAPekDgCipA4A96QOAEylDgChpQ4AXJ4FAD6/AgD3+A8ATPkPAKH5DwD2+Q8AS/oPAKD6DwD1+g8ASvsPAKKkDgD3pA4AEowMAOMaAgBNpQ0A7rkCAA3pCQBoNwsAhhYOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDT1gAAgiYCAMnSDgAe0w4Aat0NAMbUDwBhSQAAY5kDACF9DAAXPAIAY0UCAM+DAgC3SAAATgUCAFyeBQA+vwIA9/gPAEz5DwCh+Q8AbS4PANkmAABOBQIAat0NAMbUDwBhSQAAowUCAGuIDAC3nAEAt5wBAAydAQDT1gAAGo8BAG+PAQBCEQIATgUCAGg3CwCGFg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAG48AABc8AgCAGw8Ab48BAEIRAgBOBQIAx4EMAByCDADHKQ8AAfcHALecAQBkQgQAb48BAEIRAgBOBQIAbS4PANkmAABOBQIAat0NAMbUDwBhSQAA4wwQADgNEACNDRAA4g0QADcOEACMDhAA4Q4QADYPEACLDxAA4A8QADUQEACKEBAA3xAQACwnAgCBJwIAhBcPAMcpDwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgBoNwsAhhYOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQBtLg8Aw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHAI66DADjugwAOLsMAI27DAD7AQMAAAAAAAAAAAAAAAAATgUCAAPxCwDjYRAAOGIQAI1iEAAzwQsAiMELAFdDEACsQxAAAUQQAFZEEACrRBAAEowMAC7KBwAB9wcA034DAM2HAAA5bwIAPRgAAE4FAgASjAwALsoHAAH3BwCzlgsAPRgAAONhEAA4YhAAjWIQADPBCwCIwQsAV0MQAKxDEAABRBAAVkQQAKtEEAASjAwALsoHAAH3BwBHDgAAdocCAMuHAgC/jQgAFI4IAEIRAgADnQoA5hgBAE4FAgAzwQsAiMELAFdDEACsQxAAAUQQAFZEEACrRBAA4xoCADgbAgCirAYA67wCALecAQCZrg0AM8ELAIjBCwBXQxAArEMQAAFEEABWRBAAlxECAE4FAgBCEQIAA50KAFidCgAD8QsA42EQADhiEACNYhAAM8ELAIjBCwBXQxAArEMQAAFEEABWRBAAq0QQAFUAAAC4RgEADUcBAO65AgAajwEAAfcHAH8cDwDAlAAAhRkMAHaHAgD9UgUAA5sMALJLAgC36AoAQhECANN+AwD7AQMAkhQEAOcUBAA8FQQAkRUEANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAIYWDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAsJwIAgScCAGrdDQDMJQ4AFN8MAGqMCQC/jAkAwJQAAD23CwCStwsATgUCALOWCwAIlwsAH9MNAFUAAADmGAEATgUCAGg3CwAJPQ8AXj0PAAAAAACzPQ8Ap/QOAKMCBQCppgUAxykPAAH3BwBOBQIAowUCAPgFAgBNBgIAogYCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAIYWDgDbFg4AMBcOAJETBgBcngUAsZ4FACKHAQAtcQwAgnEMAIJxDADLJg4AQrwBADi+CQCNvgkA4r4JAGvbDgDA2w4AVQAAALhGAQANRwEA764MAESvDACZrwwA7q8MAE4FAgBcngUAsZ4FAKf0DgD89A4AUfUOAKb1DgD79Q4AUPYOAGRCBABW8gwAq/IMAJuzBgDTfgMATrEAAKOxAADZGgwALhsMAIMbDAC35wsADOgLAGuUAADAlAAAFukAAMLlAgBCEQIAlxECAM2HAADG1A8AYUkAAMaLAwAbjAMAEowMAGeMDAC8jAwAat0NAL/dDQAU3g0Au+ENAPgFAgBNBgIA5GQMADllDADMJQ4AFN8MAOa8BwCMHgAAa5QAAGrdDQDG1A8AYUkAAKMFAgBZ7A8AruwPAAPtDwBY7Q8A5rwHAAHwDgBW8A4AIIgCAHWIAgBOBQIAat0NAP1SBQADmwwAWJsMAGqMCQC/jAkAoqQOABc8AgA9twsAkrcLAE4FAgDmGAEAqaYFAO65AgAN6QkAa4gMABc8AgBOBQIA5hgBADsZAQAXPAIAY0UCADPBCwCIwQsA2SYAAGuIDAAXPAIA5hgBAKmmBQCySwIAeSsGAOcRBwBrlAAAm7MGAByIBgC3SAAAeSsGAOcRBwCunQkATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAa4gMABc8AgBOBQIAat0NAM2HAACSwQEAxtQPAGFJAADGiwMAG4wDADURDwA0Eg8AiRIPAN4SDwCjBQIA+AUCAE0GAgA3ZQ4AjGUOAE4FAgBq3Q0Av90NABTeDQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAB/dAwB03QMAp/QOAPz0DgAM8QIAYfECAJmuDQDnwQEAgcMQANbDEAB2hwIA034DANN+AwBAvgEAqu8QAF85EgAB9wcAFz4AACvEEACAxBAAqu8QAEinEABfSwAAl6sSAF85EgAB9wcAXzkSAF85EgAB9wcAqu8QACEiEgBfORIAl6sSAEIRAgDhHgAA8A4BAJerEgDwDgEAWuoQAFrqEAAB9wcAfxwPAOAfAADwDgEA4scAANrKBQD4oRAA+KEQAF85EgDaygUAXzkSAB3VDQCGvhAA274QAPhLEQCBwxAA1sMQAACZEQCXqxIATAkAAKrvEACGvhAA274QAPAOAQA1uhAAmv4RAO/+EQA9BxEAQhECAFrqEAAB7hAAVu4QAIHDEADWwxAArJcRAOYYAQAY2A8AWuoQANjBEABa6hAArp0JANtnEgD4SxEAqu8QAN+5EQBfORIATAkAAEwJAABx0xAAxtMQABvUEACXqxIARw4AANLHEAAnyBAA0scQACfIEACFFBEAl6sSABTfDABc9gIAAfcHALJFCAAB9wcAcdMQAMbTEABRRxIA8A4BAHHTEADG0xAAUUcSAOEeAACBwxAA1sMQAAlKAgBOBQIApvgLAKrvEAD7AQMAt0gAAFrqEABjmgIAAfcHAKrvEABrPQIA0scQACfIEABa6hAAKMcQAH3HEADSxxAAut4RANLHEAC63hEAofcRAFrqEABs2BAAcNQQAMXUEAA1uhAAcNQQAAAAAABOBQIAcdMQAMbTEABx0xAAxtMQAHHTEADG0xAAfMgQAPhLEQBckRIAsZESAMsyAgAoxxAANboQANLHEAAnyBAAyzICAAH3BwBOBQIAl6sSAE4FAgAFkxIAy84QAFSZEgCq7xAAqu8QAJ+xBACfsQQAn7EEAPsBAwC/jQgAQVoPAD+3CQBBWg8A4LsOAOC7DgC3SAAAsewMAPj1EQBe9gAARw4AAEcOAAAS3RAAxNYPAF72AACy5hEARw4AAMTWDwBa6hAAWuoQAFrqEABa6hAAWuoQADW6EAA1uhAAWuoQAFrqEABa6hAAWuoQAFrqEABa6hAANboQADW6EAA1uhAAWuoQAFrqEABa6hAANboQADW6EAAM4xAANboQADW6EABa6hAATgUCAE4FAgDuVBIATAkAAO5UEgBMCQAACOcQAMgqDQBOBQIAl6sSABc8AgA4vgkATgUCAEcOAABHDgAAWuoQAFrqEAC3nAEAVJkSAHHTEADG0xAA+wEDAKrvEACXqxIARw4AAK3sEABOBQIA6b4CAIweAADTfgMAUaUJAD0YAAAB9wcAR1sIAAH3BwB2IhIAqu8QABkqEgBUmRIARw4AAJBtAgDT1gAA09YAANPWAACXqxIA09YAALZHAgAyaQ8Al6sSAJBtAgCXqxIA72MCALY3EgB+GhIA0xoSAPvzEACXqxIAWJUSAK2VEgBq6AIA8A4BAJerEgBkNhAATAkAAJerEgBVAAAAPRgAAH8cDwBIpxAA034DABPbEQBVAAAAtjcSAEwJAABMCQAATAkAAPycEQCq7xAASKcQAHaHAgDTfgMARAARABriAwCIyQMA47URAPSrCgDsqxIALsoHADW6EACa/hEA7/4RAMYnEgCLxgMAcdMQAMbTEABRRxIA2hQRADW6EACXqxIAWaEFAIzFAwCnRxEANboQAFrqEABa6hAAcdMQAMbTEABa6hAAAe4QAFbuEACcDgAAqu8QAOEVCQCZrg0Aqu8QAGPgEQBj4BEAqu8QAEECEgAE6xAASQgEAKrvEAA8CBEA2soFAJerEgBOBQIATgUCAE4FAgDsqxIATgUCAEinEACXqxIATgUCAKrvEABUmRIAAe4QAFbuEABOBQIAWqAFAHvIEQAGRAsAl6sSACItBgCXqxIAMhkKABoqEQDgHwAAqu8QADwIEQCRCBEARKoRAJerEgB2hwIAma4NAKrvEAAhIhIAXvYAAHvIEQCnRxEA8VgLAPeyAADjGgIANboQAJr+EQDv/hEAcdMQAPX4EQDWxg0AVZkRAEinEABHDgAA8A4BADETEQBZlREArpURAESqEQC3SAAANboQAJr+EQDv/hEAxicSABsoEgBEqhEAt0gAAESqEQC3SAAAkrIQANAeEQCXqxIATgUCAJerEgBOBQIAqu8QACEiEgD4SxEAqu8QAOkFEQA+BhEAkwYRAF6QEQBOBQIAFN8MAMUpEQCq7xAAWuoQAAHuEABW7hAAbSwRAIjHBQBIpxAA22cSAPv4CwDsqxIAWuoQAOyrEgBa6hAAtTkRAAo6EQBfOhEA6QURAD4GEQCTBhEA6AYRAKSfEQC1OREACjoRAF86EQCSshAAjhcFADW6EACa/hEA7/4RAMYnEgAbKBIA2McKAJerEgB2hwIA034DAJerEgB7yBEASKcQAJ+xBACMxQMAt+gKAFrqEAAB7hAAVu4QAJmqEQDgHwAANboQAJr+EQDv/hEAl6sSAPsBAwDGJxIAGygSAA6TCQBEqhEAt0gAAAw4EQBhOBEAtjgRAHAoEgAiLQYADDgRAFrqEACMDBIANboQAOyrEgBa6hAAAe4QAOyrEgCZrg0ATgUCAFSZEgAB7hAAVu4QAGGYBgCq7xAAISISAJerEgBqiQwAqu8QAJerEgCfWgYAHSYSADW6EADsqxIA0scQACfIEAAB9wcAqZoRALU5EQAKOhEAXzoRAFSZEgAB7hAAVu4QAEQAEQB2hwIAma4NAB0mEgCXqxIAma4NAE4FAgC53xEAAfcHAO65AgAdJhIAciYSAMcmEgCSshAA8A4BAKrvEACXqxIAzCUOAEinEACFGQwANboQAB0mEgA1uhAAHSYSAFrqEADsqxIA7KsSAOyrEgBa6hAAAe4QAFbuEADpBREAPgYRAJMGEQCHvBEAcCgSAMUoEgB7yBEA4B8AAOgGEQAvFREAHSYSAHImEgDHJhIAHCcSAFSZEgAE6xAAkbESADUPEQCKDxEAkbESAAw4EQAdJhIANboQAJr+EQDv/hEANboQAJr+EQDv/hEAl6sSAJUDEgBEWgwAl6sSAJmuDQCXqxIA478HAEinEABOBQIA2soFAPAOAQCq7xAAQQISAATrEADQHRIAAAAAAAH3BwAAAAAAQawSAKrvEABBAhIABOsQANAdEgAAAAAAAfcHAAAAAACXqxIAl6sSAHaHAgCXqxIAdocCAJerEgB2hwIAQawSAJerEgBj4BEA7KsSAFrqEABa6hAAAe4QAFbuEACq7xAAAAAAACEiEgAU3wwANboQAJr+EQDv/hEASfsQAJerEgC2NxIAt0gAAJ2mEQD1+BEALsoHAJcBEgDsARIAUUcSANN+AwAdJhIAciYSAMcmEgCq7xAAqu8QAFrqEAAB7hAAVu4QAB4uCQAAAAAAznURACN2EQB4dhEAR1sIAIwMEgDhDBIANg0SAJerEgCSshAARFoMAEK7AgCZrg0Aqu8QAJerEgAT2xEAxDEKAJKyEACXqxIArp0JAPhLEQBx0xAAxtMQANLHEAAnyBAANboQAJr+EQDv/hEA72IDAKrvEACXqxIAN8UDAFrqEABa6hAAAe4QAFbuEAAB9wcA4B8AAFrqEABL+BEAWuoQAAHuEABW7hAAUZwSAAAAAAA1uhAAmv4RAO/+EQCq7xAAPAgRAJEIEQBIpxAAqu8QAFCmCQB7yBEASKcQAJAZAQAAAAAAl6sSAHvIEQBIpxAAkBkBABWEEQA1uhAAmv4RAO/+EQBBAhIABOsQAJerEgCq7xAAWuoQAAHuEABW7hAAl6sSANN+AwB5yhEATgUCALWOEQBa6hAAXvYAAHQtCQC3SAAAGSoSANN+AwDaygUAl6sSAMCUAABj4BEA72IDAFJHEQBOBQIATgUCAKrvEABRRxIAqZkSAPAOAQD4SxEATgUCAKyXEQA8EwYAPAgRAJEIEQBSRxEAb48BABWEEQBqhBEAv4QRAAH3BwAAAAAAAAAAAAAAAACXqxIAe8gRAAAAAAAAAAAAAAAAAKyXEQBNoREAt0gAAE4FAgDwDgEAl6sSALY3EgB7yBEAAfcHAFrqEACnRxEAp0cRAFrqEAAE6xAAXPYCAEuiEgCa/hEA7/4RAMYnEgAbKBIA22cSAFSZEgAE6xAAn7EEADW6EACKuhAAn7EEAGuUAAC3SAAAg8oHAJerEgDNhwAAg8oHAOyrEgBIphEAUkcRAHHTEADG0xAAfMgQADwIEQCRCBEAcdMQAMbTEAB8yBAAPAgRAJEIEQC3SAAAt0gAABoqEQBCvAEAjAwSAOEMEgA2DRIARKoRAJerEgDTfgMAWuoQAJerEgA3xQMAdCQSAE4FAgBa6hAAAe4QAFbuEACTsBEA6LARAJ+xBACfsQQAl6sSADfFAwA3xQMAWqAFALnfEQBIpxAAAAAAAJerEgCXqxIAa5QAAKrvEAA3xQMAlQMSAE4FAgCXqxIA37kRAEwJAAD4/AoAQhECADC+EQCFvhEAVQAAAFUAAAAiLQYAqu8QAE4FAgCXqxIAl6sSAD0YAAA1uhAAmv4RAO/+EQAARBEAaokMAIvGAwBa6hAAAe4QAFbuEACipA4AcdMQAPX4EQAP3xEA37kRAK6dCQDfuREA37kRAAH3BwA9GAAAcdMQAPX4EQDG0xAANboQAKrvEADfuREANLoRAIm6EQDbZxIA1MQRAEf8EQBa6hAAN8UDAKrvEADgwAkA2ccJAAAAAAClnhEA+p4RAAAAAAAAAAAAJNIJAG7gBgBqiQwAqu8QAJerEgCXqxIAY+ARALdIAACq7xAAl6sSABjYDwCq7xAA8A4BAE4FAgCq7xAAPwQSAD0YAABa6hAAAe4QAFbuEACXqxIATgUCAJerEgBOBQIAl6sSAPAOAQAZ1REA8A4BAE4FAgCXqxIATAkAABnVEQBMCQAAlQMSAK6dCQAZ1REA+wEDAAAAAADTfgMAw9URANN+AwCXqxIAlQMSAIe7EgCq7xAAh7sSAJerEgCHuxIAWuoQAAHuEABW7hAAl6sSANEfDwDwDgEASKcQAEcOAABHDgAASKcQAJmuDQCVAxIA+wEDADW6EACa/hEA7/4RAFrqEAAB7hAAVu4QAE4FAgBjRQIAl6sSAE4FAgCXqxIAqu8QANDIEQBOBQIATgUCANrKBQAN4REA8A4BAGLpCQDbZxIAqu8QAAH3BwBMCQAAl6sSABnVEQAAAAAATgUCANLHEAAnyBAAhRQRABjYDwBa6hAAAe4QAFbuEABqLhIAqu8QAAyMEgAhIhIAt4sSAKrvEACq7xAAsuYRAAfnEQBc5xEAsuYRAAfnEQBc5xEAsecRAAboEQCy5hEAB+cRAFznEQCx5xEABugRACEiEgBa6hAAAe4QAFbuEABqLhIAqu8QAAyMEgAhIhIAt4sSAKrvEABBsgwAqu8QALdIAADuuQIAt0gAAFSZEgAB7hAAVu4QAKrvEAD59BEAAfcHANN+AwDurwwA+wEDADtdEgD1+BEAOMYBAE4FAgBHDgAAAAAAAIUZDAAAAAAAut4RAFDzEQCl8xEA+vMRAJerEgBUmRIAAe4QAFbuEABOBQIATAkAAJ+xBACfsQQA22cSAE4FAgA1uhAATgUCAKrvEAD7AQMAqu8QAJJqAwC2NxIAtjcSAKKkDgCq7xAAl6sSAE4FAgBx0xAAxtMQAFSZEgAB7hAAVu4QAFSZEgBOBQIAAfcHAJerEgAB9wcAT/QRAE1RDACunQkATAkAANtnEgD0sQQAw38SAHeHAQBe9gAA0B0SANLHEAAnyBAAO7gMADtdEgDdwQsATgUCAOQJEgBOBQIA3cELALI7EgBbPRIAHNcMACDeAQA1uhAAmv4RAO/+EQBOBQIAl6sSAJerEgBUmRIAdocCAHaHAgBUmRIAVJkSAAH3BwAizRAAd80QAN4PEgC/2hAANboQAFrqEAAE6xAA7BECABKMDADrvQEAcNQQADW6EABcSwMAIN4BAFqgBQCLawkA5hIHAEIRAgC3SAAA6bsFAAH3BwCXqxIAma4NAO5UEgDpvgIAVVMCAOm+AgBVUwIABU4CAAZECwDsqxIAQrsCAJerEgBMCQAATgUCABTbEACMHgAAXEsDAAWTEgBOBQIAl6sSACjHEACQwwEAl6sSANtnEgCUrhIA9LEEAJerEgD7AQMA+wEDAPsBAwD7AQMAqu8QAKrvEABAAxIABOsQAO7/EQBMCQAAt0gAAHaHAgCZrg0ANboQAJr+EQDv/hEAR1sIAFrqEAAB7hAAVu4QAHAoEgDFKBIAPAgRAJEIEQA8CBEAkQgRAFrqEACyOxIAyzICAJerEgBOBQIAXPYCAKrvEABMTBIAVvIMAMcpDwCyOxIAWz0SAEEFDwCyOxIAWz0SAEEFDwA9GAAAsjsSAFs9EgBBBQ8AsjsSAFs9EgBBBQ8AcdMQAMbTEABRRxIA+0cSAMEsEgAWLRIAsjsSAFs9EgBBBQ8AsjsSAFs9EgBBBQ8AcdMQAMbTEABBBQ8AK8cNAHHTEAD88REAVJkSAEv4EQCXqxIATgUCANkmAADZJgAAQhECANUoAgD4oRAAuDUSAO5ZDQAhIhIATgUCAJerEgBOBQIA18YMAIUTEgDWxg0ATgUCAE4FAgCOChIA+EsRAFyREgDG0xAAOMYBAE4FAgC06A0AYZ0BAGuIDABqLhIAWuoQAEIRAgCtmwwAai4SAPsBAwBqLhIA+wEDAKrvEABOBQIATgUCALI7EgBbPRIAl6sSAHHTEADG0xAAUUcSAJK3CwBOBQIATgUCAE4FAgCFFBEATgUCAGwsEgApyA4ARw4AAJAMDgDSxxAAqu8QADW6EACFbgwA3cELAFGcEgAAAAAA3cELAD0JDwBGUhIAPAoPAJtSEgD4SxEARv0RAFSZEgAE6xAAsjsSANTHDgD4oRAA+EsRAEZSEgD4SxEAm1ISAPhLEQCyOxIAWz0SAIsNEgBVAAAAnQQJALdIAABz0RAARw4AAE4FAgDdwQsAjgoSAE4FAgAP3xEASl4CAE1LEgC2jBIAC40SANN+AwCStwsAAfcHAE4FAgBOBQIATgUCAJerEgCMvAwAjLwMAIy8DACMvAwAQhECAEIRAgATMw8ATgUCAHHTEACTWhIAsjsSAAmPEgBOBQIAsjsSACnIDgBOBQIAXzkSAFVDEgBx0xAAqkMSAE4FAgBMTBIAoUwSAGiFEgD2TBIATgUCAE4FAgCyOxIAKcgOAF85EgBVQxIAcdMQAKpDEgBOBQIAHIAOAIlkEgBx0xAAxtMQAFSZEgAE6xAATgUCADtdEgDbZxIA22cSAF72AACd+xEA3WUSAEf8EQB13gEAjLwMAIy8DACMvAwAjLwMAE4FAgBNSxIA/PIQAHDUEADD1hAAkrcLAOG6DgAJSgIAXo8SAPzxEQBfORIAqu8QAF2QEgCq7xAA22cSAPsBAwDuWQ0A7lkNAE4FAgBqiQwATEwSAKFMEgAB9wcAAfcHAK7sDwBx0xAAxtMQAGqJDABMTBIAoUwSAAH3BwAB9wcAruwPALk0EgAONRIAcdMQAPX4EQCh9xEAAAAAAKrvEACq7xAAXPYCAFrqEACyOxIAGtcOAEaoEQD1+BEAIXcSAL+DEgBUmRIAS/gRAPsBAwCbqBEAUUcSALfoCgCXqxIAYkYCAFUAAABqLhIAsjsSABrXDgC3SAAAWuoQAAH3BwBOBQIAcdMQAMbTEACu7A8ATKUOAPsBAwD7AQMAQrwBAEK8AQBCvAEAQrwBAPsBAwCq7xAAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAAsjsSAAmPEgBx0xAAxtMQAK7sDwAe0w4Al6sSALI7EgC36AoAl6sSALI7EgAFkxIAqu8QAE4FAgBOBQIA034DAAH3BwBrlAAATgUCAE1LEgC2jBIAC40SAGCNEgC1jRIACo4SAF+OEgD7AQMAcdMQAMbTEAB8yBAATEwSAKFMEgCq7xAAcdMQAPX4EQAJOhIAVJkSAAHuEAAoxxAAgScCALg1EgCvkxIABJQSAFmUEgCulBIAVJkSAATrEAAWjQcAVJkSAKrvEACrlxIA+wEDAJmuDQChpg0A7a8NALI7EgDUxw4AWuoQANtnEgAGPRIA8A4BAI4KEgCXqxIA8A4BACEiEgDwDgEAISISANLHEAC63hEA8A4BAE4FAgCyOxIAWz0SAHHTEADG0xAAgScCAMt3EgDLdxIAgScCADW6EAA1uhAANboQALU5EQA1uhAANboQADW6EAA1uhAA0scQALreEQA1uhAAtTkRADW6EACZ/xEANboQAJn/EQA1uhAAmf8RAIwMEgCZ/xEANboQAJn/EQA1uhAAmf8RAEAEEQCZ/xEANboQAJn/EQDpBREAPgYRABvUEABOBQIA22cSAE4FAgD7AQMAqu8QAD0YAACZrg0AcNQQADMQEgDwUhIA8FISAHDUEADF1BAAv40IAECtEgD7AQMA+wEDAEcOAABHDgAATPgQAKrvEAB13gEANboQAJerEgBMpQ4AkbESAEylDgCXqxIANboQAEinEACXqxIASKcQADW6EACa/hEASKcQAOSzEgA5tBIANboQAPsBAwDlCBIAqu8QAE4FAgBOBQIATgUCAIe7EgBOBQIATgUCAE4FAgCHuxIATgUCAGmOCACHuxIAl6sSAKtEEABOBQIATgUCAIe7EgCq7xAA6QURAD4GEQCTBhEANboQAP5VAQBfORIAVUMSAE4FAgBUmRIABOsQAHHTEADG0xAAUUcSAHeHAQDXcQwAyngSAMN/EgCZrg0AXuURALreEQCh9xEA1sYNAFrqEABL+BEA1sYNAJerEgC/jQgASfsQAD8EEgCyOxIAWz0SAHHTEAD1+BEAIXcSAJerEgBIpxAArZsMAD0YAACXqxIArp0JAHHTEADG0xAAUUcSAGE7DgBJ+xAAZYgSAHHTEACTWhIAsjsSANTHDgCXqxIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADAAAEAACAAACAyBEIQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAUEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAKAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAEDAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADQAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADQAAEAACAAACAyBEoQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAABEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAASAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAMAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABCAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQA"},"index":{"lists":[[13,14,27,104,106,107,108],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,81,82,84,85,86,87,88,89,90,91,92,93,94,95,99,100,101,102,104,106,107,108,112,117,118,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,261],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,54,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,77,81,82,84,85,86,87,88,89,90,91,92,93,94,95,98,99,100,101,102,104,106,107,108,112,117,118,124,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,201,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,250,251,252,261],[5,13,14,19,27,46,47,74,97,104,106,107,108,207,247,250,267],[13,14,19,27,104,106,107,108,136,137,138,253,254,255,256,257,258,259],[6,7,13,14,27,104,106,107,108,208],[13,14,27,73,75,104,106,107,108],[13,14,27,104,106,107,108,240,260],[10,13,14,27,86,104,106,107,108,117,118,143,144,171,172,240,245,246],[10,13,14,27,104,106,107,108,136,137,138],[10,13,14,27,49,72,79,84,87,91,92,104,106,107,108,128,136,137,138,139,156,175,176,178,182,190,193,200,202,203,204,205,216,224,225,226,233,261],[13,14,27,32,33,34,40,41,104,106,107,108,116,181,195,239],[13,14,27,104,106,107,108,140,273],[12,13,14,27,104,106,107,108],[1,10,13,14,19,20,27,104,106,107,108,136,137,138,165,166,183,227,231,232,261],[10,13,14,19,26,27,29,104,106,107,108,136,137,138,142,165,166,227,231,232,261],[4,10,13,14,17,18,19,27,51,104,106,107,108,136,137,138,165,166,208,227,231,232,244,261],[6,10,13,14,19,27,35,104,106,107,108,136,137,138,165,166,167,194,227,231,232,249,261],[0,2,9,10,11,13,14,15,17,19,27,29,38,39,42,43,101,104,106,107,108,136,137,138,159,165,166,167,177,180,208,210,227,228,231,232,235,238,241,261,262,265,268,269,272,274],[3,5,10,13,14,19,24,27,29,38,42,43,45,54,57,58,80,83,102,103,104,106,107,108,112,114,120,121,123,129,136,137,138,141,146,149,152,159,165,166,167,174,179,186,188,189,196,197,208,209,220,223,227,231,232,261,270,275],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,16,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,25,27,29,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261,266],[10,13,14,19,27,100,104,106,107,108,136,137,138,165,166,167,173,192,227,231,232,251,261,263,264],[10,13,14,19,27,95,103,104,106,107,108,115,119,130,136,137,138,161,165,166,174,212,227,231,232,251,261],[10,13,14,19,27,28,54,104,106,107,108,114,122,136,137,138,151,152,165,166,185,197,227,231,232,261],[9,10,13,14,19,21,27,44,78,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,15,19,27,28,29,60,104,106,107,108,136,137,138,151,165,166,227,231,232,261],[10,13,14,19,22,23,27,30,31,53,65,104,106,107,108,113,125,127,131,136,137,138,147,153,154,155,157,158,160,165,166,170,191,198,199,211,214,219,221,222,227,231,232,242,248,261],[10,13,14,18,19,20,27,68,104,105,106,107,108,136,137,138,165,166,227,231,232,261],[7,10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,27,28,29,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,19,24,27,28,104,106,107,108,136,137,138,165,166,227,231,232,261],[13,14,27,104,106,107,108,111,126,132,133,134,135,150,213,215,271],[13,14,27,76,104,106,107,108],[10,13,14,19,27,36,37,104,106,107,108,136,137,138,227,231,232,261],[13,14,27,46,104,106,107,108],[13,14,27,47,50,52,55,56,104,106,107,108],[13,14,27,48,104,106,107,108],[13,14,27,59,63,64,66,104,106,107,108],[13,14,27,62,85,104,106,107,108],[13,14,27,62,104,106,107,108,109,110],[13,14,27,62,86,88,104,106,107,108],[13,14,27,62,104,106,107,108],[13,14,27,67,69,71,85,104,106,107,108,234],[13,14,27,70,104,106,107,108,169],[13,14,27,85,104,106,107,108,234],[13,14,27,86,88,94,104,106,107,108,252],[13,14,27,88,104,106,107,108],[13,14,27,93,99,104,106,107,108,234,252],[13,14,27,96,104,106,107,108,206],[13,14,27,104,106,107,108,168],[13,14,27,104,106,107,108,234],[13,14,27,104,106,107,108,252],[13,14,27,90,104,106,107,108,237],[5,13,14,19,27,46,47,90,104,106,107,108,237,247,250],[13,14,19,27,90,104,106,107,108,217,218,237],[6,7,13,14,27,90,104,106,107,108,208,237],[13,14,27,90,104,106,107,108,237,240],[10,13,14,27,86,90,104,106,107,108,117,118,237,240,245,246],[10,13,14,27,90,98,104,106,107,108,217,218,237],[10,13,14,27,49,72,77,81,82,84,87,89,90,91,92,104,106,107,108,175,176,187,200,201,204,205,217,218,237,261],[13,14,27,90,104,106,107,108,237,239],[1,8,10,13,14,19,20,27,90,104,106,107,108,217,218,227,229,230,231,232,237,243,261],[10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[4,10,13,14,17,18,19,27,51,90,104,106,107,108,208,217,218,227,229,230,231,232,237,244,261],[6,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[2,9,10,13,14,15,17,19,27,90,101,104,106,107,108,167,208,217,218,227,229,230,231,232,236,237,261],[5,10,13,14,19,27,54,57,58,90,102,104,106,107,108,112,145,149,167,197,208,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,184,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,16,19,27,90,104,106,107,108,124,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,100,104,106,107,108,167,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,90,95,104,106,107,108,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,54,90,104,106,107,108,151,197,217,218,227,229,230,231,232,237,261],[9,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,15,19,27,90,104,106,107,108,145,148,151,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,65,90,104,106,107,108,145,170,199,217,218,222,227,229,230,231,232,237,261],[10,13,14,18,19,20,27,68,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[7,10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[13,14,27,76,90,104,106,107,108,237],[10,13,14,19,27,90,104,106,107,108,217,218,227,231,232,237,261],[13,14,27,46,90,104,106,107,108,237],[13,14,27,47,50,52,55,56,90,104,106,107,108,237],[13,14,27,48,90,104,106,107,108,237],[13,14,27,63,64,66,90,104,106,107,108,237],[13,14,27,61,62,85,90,104,106,107,108,237],[13,14,27,62,90,104,106,107,108,237],[13,14,27,62,86,88,90,104,106,107,108,237],[13,14,27,67,69,71,85,90,104,106,107,108,162,234,237],[13,14,27,70,90,104,106,107,108,169,237],[13,14,27,85,90,104,106,107,108,234,237],[13,14,27,86,88,90,94,104,106,107,108,164,237,252],[13,14,27,88,90,104,106,107,108,237],[13,14,27,90,93,99,104,106,107,108,234,237,252],[13,14,27,90,104,106,107,108,163,237],[13,14,27,90,104,106,107,108,164,237],[13,14,27,90,104,106,107,108,168,237],[13,14,27,90,104,106,107,108,234,237],[13,14,27,90,104,106,107,108,237,252]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,71,73,74,75],[5,22,23,24,25,26,27,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,52,53,55,56,57,58,59,60,61,62,63,64,65,67,68,69,70,71,73,74,75,78,82,83,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,24,25,26,27,29,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,50,52,53,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,78,82,83,88,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,47,66,71,73,74,75],[5,71,73,74,75,95,96,97],[5,46,48,71,73,74,75],[5,57,71,73,74,75,82,83,99,100,118,119],[5,25,45,51,55,58,62,63,71,73,74,75,91,95,96,97,98,106,122,123,125,128,134],[5,9,10,16,17,71,73,74,75,81,128],[5,71,73,74,75,98],[5,71,73,74,75,95,96,97,113,114,129],[4,5,7,71,73,74,75,95,96,97,98,113,114],[5,71,73,74,75,95,96,97,113,114],[5,11,71,73,74,75,95,96,97,113,114,115],[5,7,14,15,18,19,69,71,73,74,75,95,96,97,109,113,114,115,124,127],[2,5,7,14,18,19,21,29,32,33,51,54,70,71,73,74,75,78,79,85,86,87,92,95,96,97,98,103,104,109,113,114,115,121,126,132,134],[5,71,73,74,75,95,96,97,113,114,115],[2,3,5,7,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,80,92,95,96,97,109,113,114,121],[5,6,29,71,73,74,75,79,86,95,96,97,104,113,114,131],[0,5,20,50,71,73,74,75,95,96,97,113,114,115],[5,6,7,71,73,74,75,95,96,97,104,113,114],[0,1,5,8,28,38,71,73,74,75,78,89,90,92,95,96,97,104,105,107,108,109,113,114,117],[5,41,71,72,73,74,75,95,96,97,113,114],[2,5,6,7,71,73,74,75,95,96,97,113,114,115],[2,5,6,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,78,89,93,94,103],[5,49,71,73,74,75],[5,12,13,71,73,74,75,95,96,97],[5,26,71,73,74,75,95,96,97],[5,71,73,74,75,95,96,97,102],[5,68,71,73,74,75,95,96,97,120],[5,65,70,71,73,74,75,84,95,96,97],[5,34,71,73,74,75,95,96,97],[5,22,71,73,74,75],[5,23,26,27,30,31,71,73,74,75],[5,24,71,73,74,75],[5,33,37,38,39,71,73,74,75],[5,36,56,71,73,74,75],[5,36,71,73,74,75,76,77],[5,36,57,59,71,73,74,75],[5,36,71,73,74,75],[5,40,42,44,56,71,73,74,75],[5,43,71,73,74,75,117],[5,56,71,73,74,75],[5,57,59,65,71,73,74,75],[5,59,71,73,74,75],[5,64,67,71,73,74,75],[5,66,71,73,74,75],[5,71,73,74,75,116],[5,61,71,73,74,75],[5,22,23,61,66,71,73,74,75],[5,57,61,71,73,74,75,82,83],[5,61,66,71,73,74,75],[5,25,45,50,52,53,55,58,60,61,62,63,71,73,74,75,122,123,133],[5,61,71,73,74,75,115],[5,61,69,71,73,74,75,115],[5,29,32,33,61,70,71,73,74,75,78,101,103,104,115],[5,61,71,73,74,75,130],[5,61,71,73,74,75,88],[5,29,61,71,73,74,75,104],[5,50,61,71,73,74,75,115],[5,61,71,73,74,75,101,102,104],[5,38,61,71,73,74,75,78,101,104,117],[5,41,61,71,73,74,75],[5,61,71,73,74,75,78,103],[5,49,61,71,73,74,75],[5,26,61,71,73,74,75],[5,61,71,73,74,75,102],[5,61,68,71,73,74,75],[5,61,65,70,71,73,74,75],[5,22,61,71,73,74,75],[5,23,26,27,30,31,61,71,73,74,75],[5,24,61,71,73,74,75],[5,33,37,38,39,61,71,73,74,75],[5,35,36,56,61,71,73,74,75],[5,36,61,71,73,74,75],[5,36,57,59,61,71,73,74,75],[5,40,42,44,56,61,71,73,74,75,110],[5,43,61,71,73,74,75,117],[5,56,61,71,73,74,75],[5,57,59,61,65,71,73,74,75,112],[5,59,61,71,73,74,75],[5,61,64,67,71,73,74,75],[5,61,71,73,74,75,111],[5,61,71,73,74,75,112],[5,61,71,73,74,75,116]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.reportedSumFrom, d.uninformative, d.wrapperEcho].filter((p) => p !== void 0)),
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
    lastUnexplained: void 0,
    wrapsNext: false,
    awaitingError: void 0,
    evidence: [],
    sharesDetailsOf: void 0,
    cancelledBy: void 0,
    hookFailed: false,
    suite: false
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
    const nullBesideLogged = unit.consequences > 0 && unit.high <= unit.highFromOutput;
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut || unit.settledLinks > 0 || unit.wrapperHeadlines > 0);
    const hostOfAnother = unit.driver !== void 0 && unit.evidence.some((f) => f.kind === "infrastructure" && f.ruleId.startsWith("network.dns.") && f.service !== "" && f.service !== unit.driver);
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || nullBesideLogged || likelyTeardown || twinExcused || hostOfAnother ? "ambiguous" : "high";
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
  const printed = failing.reduce((n, u) => n + Math.max(u.phases, u.identities.size), 0);
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
  judgeLine(line) {
    this.lineText = line;
    if (this.pokuRepeat && POKU.reportedFailures?.test(line)) {
      this.pokuRepeat = false;
      this.quiet = false;
    }
    if (!this.reportMode && !this.pokuRepeat && this.pokuAssertion(line, this.rawText)) return;
    const marker = this.reportMode || this.pokuRepeat ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen);
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
      if (target2 && isWrapperHeadline(text)) target2.wrapperHeadlines++;
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
        const wholeTitle = this.detailsDialect === MOCHA && known2 === void 0 && marker.name.endsWith(":");
        if (wholeTitle) unit.name = marker.name.slice(0, -1);
        if (this.detailsDialect === MOCHA && !wholeTitle && (known2 === void 0 || known2.scope === "outside" && marker.name !== known2.name)) {
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
        if (state === "failing") unit.state = "failing";
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
    if (unit.high + unit.ambiguous + unit.code + unit.unexplained > 0) return;
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
