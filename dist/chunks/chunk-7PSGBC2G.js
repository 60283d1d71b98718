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
} from "./chunk-UJU243QB.js";
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
var DERIVED = `{"prefilter":{"key":"rules 287\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,157,166,200,212,213,239,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,458,460,461,462,463,464,465,466,469,470,471,473],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13027,"states":14724,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADnEQcABgAAABc8AgAHAAAAAfcHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABRpQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAAnoDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAPQoOACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAAZECwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAADLeRAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAyag4APwAAAPGsDABAAAAAkbcMAEEAAAAnHhAAQgAAAHgkDgBDAAAAAAAAAEQAAADJKA4ARQAAAAAAAABGAAAAp0oOAEcAAACiTw4ASAAAAAOVEgBJAAAAe3YOAEoAAABZmA4ASwAAAK6YDgBMAAAAA5kOAE0AAACbqw4ATgAAAJevDgBPAAAAaN4OAFAAAAA9Xg8AUQAAAJJeDwBSAAAA42IPAFMAAAAheRAAVAAAAHZ5EABXAAAAqgAAAFgAAADvDAQAWgAAABoxCgBbAAAAuEYBAF4AAAALnwAAYAAAAIrACgBhAAAAtewIAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAHdcLAAIBAABf5RAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAtOUQAP4IAAAJ5hAATgkAAP6dDgBUCQAAoQkAAGEJAACXsgsAZQkAAFiZDgBoCQAAxS8LAKgJAAD2CQAArgkAAIXECwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAABe5hAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAFbyDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAx38OAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAyH4OAKIOAADxDgAAqw4AAB8tCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAs+YQAD4YAABKpRAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAADuswgAmRgAAK3yCgCaGAAA5xgAAJwYAAARQwEAnRgAAH94CACfGAAAim4HAKEYAACDGwwAoxgAADAeBwCoGAAArk8CAKsYAACIxgYA6BgAADwZAADqGAAAv48GAO0YAAACRwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAAjnEACSHgAA4R4AAJYeAACEGA4Aox4AAHCDDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAn1oGAOgfAAA1IAAAOCAAANN7BgA8IAAAiiAAAEAgAADYIgUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAXecQANsmAAA5xQEA3iYAAC/EDADiJgAAwC8QAOUmAAAuJwAA5yYAADcVCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACy5xAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAAAH6BAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAABc6BAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACx6BAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAFvpEAAzPgAAbD4AAHQ+AACw6RAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAAXqEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAABa6hAAvEgAAMQ5AgC9SAAA/VIFAL5IAADK2AcAwkgAAAxJAADDSAAAt+gKAMVIAAB5KwYAy0gAABBDAgASSQAAgRkQABhJAABhSQAAZ0kAAMaLAwBpSQAAr+oQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAATrEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAWesQAEthAACeYQAAoWEAAPNhAAD2YQAArusQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAAAD7BAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAFjsEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AACt7BAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAAC7RAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAFftEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAKztEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAAe4QAM6HAACZrA8A0IcAAJLBAQDThwAAOW8CANSHAAAuygcA1YcAADB0BgDWhwAAOMcAANeHAACySwIA2ocAAC5tDwDchwAAIogAAN6HAAC/jQgA44cAAAWfBgDkhwAAJc0NACyIAADZcgkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAVu4QAOWOAACr7hAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAA8K0MAHyPAAAd4QEAf48AAKGnDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAB30woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAADvEABxlAAAwJQAAHOUAABN9RIAepQAAJuzBgB8lAAAngUHAH6UAACrUwEAg5QAAEZYDACHlAAAspUNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAKrvEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAAD/7xAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAABU8BAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAKnwEABQsQAAPr8CAFOxAADNhgEAV7EAAByIBgBZsQAAskUIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAAODBCABasgAAorIAAKyyAAD3sgAA+LIAAFqVEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAAD+8BAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAFPxEAA6zgAAhs4AAJDOAADbzgAA5s4AAKjxEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAAD98RAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAADfEBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAFLyEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAACn8hAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAPzyEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAABR8xAAG+kAAMLlAgAe6QAAa+kAACPpAACj/QkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAApvMQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AAD78xAAX/YAANRyDgBg9gAAs/YAAGH2AAAoywwAaPYAACd1DgBp9gAAgSQFAG32AACWEgIAbvYAAJ1WDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAFD0EABf/AAApfQQALX8AAD69BAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQBP9RAAAwMBAKT1EABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEA+fUQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQCkqQcAXgUBAJAVBQCtBQEA+QUBALMFAQBHWQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEATvYQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQCj9hAA+A4BAPpWBAD6DgEAxIEPAP0OAQDuWQ0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEA+PYQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEATfcQAJgYAQCi9xAA6BgBAKmmBQDrGAEAOxkBAO8YAQDQ2AEA8hgBAKf7BwD0GAEATLIBAPoYAQBvNgUAQhkBALaTCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQCXYgYAVhoBADdtBgCUGgEAkmcGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAEz4EADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQBL+RAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAoPkQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAPX5EADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAPT6EADWLwEASfsQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAnvsQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEA8/sQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQBI/BAAvUYBAA1HAQAORwEAvYkOABxHAQCz6gwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAJ38EAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEA8vwQAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQBH/RAArFMBAPcGAgC1UwEAFzIMALdTAQBw1BAAuVMBALDtDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAS/0MALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQCc/RAAAFYBAD22DAAMVgEAn6kMACFWAQDx/RAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBAEb+EACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAm/4QAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQDw/hAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQBF/xAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAJr/EABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQDv/xAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEARAARAJRxAQCZABEA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAEMBEQBAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQCYAREA2H0BACt+AQA5fgEAgH4BAJF+AQDtAREA3H4BAEICEQBJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQCXAhEA2oABAOwCEQAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAJYDEQAohgEAeIYBAICGAQDrAxEA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBADMUDgDjhgEAf9QBAC6HAQB3hwEAf4cBANxmEgCThwEABpUPAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BAEAEEQAdjwEAxOIDACSPAQA8EwYAJ48BAG+PAQAqjwEAGi4NACuPAQBjmgIAMI8BABQ9BAB2jwEAnWACAHmPAQDvYgMAfo8BAJlXDwCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAJUEEQDWlAEAFJUBABaVAQBqiQwAF5UBAGuIDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEAEY0MAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEA6gQRABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAD8FEQC8nAEADJ0BAMOcAQAA8g0AxZwBAGRCBAAOnQEAUasDABGdAQD1/woAG50BAP1MCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQD+pAcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAJQFEQC7nwEA6QURAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAkwYRAAijAQBbowEAaaMBALCjAQDBowEA6AYRAAykAQA9BxEAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAOcHEQCvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAPAgRAAOtAQCRCBEAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEA5ggRAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQA7CREAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQCQCREARbwBAJe8AQBGvAEAfc4JAE68AQA4vgkAULwBAH4dDwBVvAEAUkkPAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQDlCREA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAOgoRAJXBAQDnwQEApsEBAIElBADzwQEAPMIBAELCAQCRwgEAm8IBAI8KEQDrwgEAO8MBAEjDAQCQwwEAmMMBADISEQCcwwEA5cMBAKDDAQCJygEArMMBAF2VDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEA5AoRAEPFAQBpigwAR8UBAI7FAQCfxQEAOQsRAOrFAQCOCxEAQMYBAOMLEQCbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBADgMEQCLygEA3soBAOzKAQAzywEARMsBAI0MEQCPywEA4gwRAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQA3DREAM80BAIbNAQA6zQEAru0OAD3NAQDL2QUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BAHnSCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEARa0NAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBAIwNEQAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEA4Q0RAIDUAQDU1AEAldQBAKMCBQDW1AEAKdUBAOLUAQAM8QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQA2DhEALNgBAHvYAQCH2AEAiw4RAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQDgDhEAKNwBAHfcAQCD3AEANQ8RANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQDfDxEAKN4BAHXeAQB/3gEADDoPAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABADQQEQAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAiRARAHbjAQB8IQ0Ag+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAMxERACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAiBERACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BAIcSEQBr7wEA3BIRAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQAxExEAEfQBAIYTEQBh9AEAtPQBAML0AQAJ9QEAGvUBANsTEQBl9QEAMBQRALv1AQCFFBEAEPYBANoUEQAk9gEA8lcLAF/2AQCy9gEAwPYBAAf3AQAY9wEALxURAGL3AQCx9wEAvfcBAIQVEQAP+AEAW/gBAGj4AQCw+AEAvvgBAAX5AQAP+QEAWvkBAHT5AQCv+QEAsvkBAAT6AQAL+gEAWfoBAHn6AQCu+gEAyPoBANkVEQAQ+wEAWPsBABT7AQAAUwIAGfsBAKiqAgBm+wEArfsBALf7AQAC/AEAHPwBAFf8AQBn/AEArPwBALL8AQAB/QEAA/0BAFb9AQBs/QEAq/0BALf9AQAA/gEABP4BAFX+AQBa/gEAqv4BALD+AQD//gEAH/8BAFT/AQBu/wEAqf8BAKv/AQD+/wEAAQACAFMAAgBWAAIAqAACALQAAgD9AAIAAwECAFIBAgBcAQIALhYRAKwBAgD8AQIACQICAFECAgBdAgIApgICALkCAgD7AgIACgMCAFADAgBcAwIApQMCAKYDAgD6AwIABAQCAE8EAgBdBAIApAQCAKkEAgD5BAIABgUCAIMWEQBPBQIAd9ILAFAFAgDWxwwAUQUCAOa8BwBTBQIA1HEPAFQFAgBqjAkAVQUCAJC4DABYBQIA0SAOAFkFAgCLvQwAWgUCAGg3CwBbBQIAxywMAFwFAgD3/AsAXQUCAFyeBQBeBQIAowUCAGYFAgDAghIAaAUCANjDDgBqBQIA2BcQAHEFAgCRsRIAdgUCAMzPDgCRBQIAzSQOAJYFAgCjnxIApQUCAPgFAgC0BQIACpIOAAYGAgBNBgIAXgYCANgWEQCpBgIALRcRAAMHAgBMBwIAWwcCAKEHAgCrBwIA9gcCAAIIAgBLCAIAGQgCAMWBDgBSCAIA1xcRAKIIAgD1CAIABgkCAEoJAgBTCQIAnwkCAKsJAgD0CQIA9wkCAEkKAgBRCgIAngoCAKgKAgDzCgIA+AoCAEgLAgBQCwIAnQsCALYLAgDyCwIA/gsCAEcMAgBPDAIAgRgRAKQMAgDWGBEA9AwCAEYNAgBJDQIAmw0CAKcNAgDwDQIA9g0CAEUOAgBPDgIAKxkRAJ8OAgDvDgIA/A4CAEQPAgBMDwIAgBkRAJ8PAgDuDwIA9A8CAEMQAgBIEAIAmBACAJ4QAgDVGREA9RACACoaEQBEEQIAZuQKAEcRAgCXEQIAThECAAOdCgChEQIA7BECAKYRAgB7fAgA9BECAHUoDQAIEgIAQRICAEkSAgB/GhEAmxICAOsSAgABEwIAQBMCAEETAgCVEwIAlxMCAOoTAgDwEwIAPxQCAEsUAgCUFAIAmxQCAOkUAgDxFAIAPhUCAEcVAgCTFQIAlhUCAOgVAgD2FQIAPRYCAEoWAgCSFgIAqRYCAOcWAgDvFgIAPBcCAEgXAgA7GAIAZBcCAJEXAgC5FwIA5hcCAAoYAgDUGhEAWBgCAJAYAgCZGAIAjxkCAKEYAgDlGAIAFRkCADoZAgBeGQIAKRsRAJEZAgDkGQIA9RkCADkaAgBpGgIAjhoCALIaAgB+GxEA6BoCALToDQDpGgIAqqQGAOwaAgA4GwIA7xoCAKidDwBCGwIAjRsCAEUbAgCirAYARhsCAGA7DwCVGwIA4hsCAOYbAgA3HAIAORwCAIwcAgCPHAIA4RwCAP0cAgDTGxEAOx0CAFSfDABAHQIANRMNAEIdAgCLHQIARh0CAHEuCwCoHQIA4B0CAOkdAgA1HgIANx4CAIoeAgCbHgIAKBwRAOQeAgA0HwIAPR8CAIkfAgCaHwIA3h8CAOUfAgAzIAIAOyACAIggAgBNIAIAZ0ECAJUgAgAyIQIAlyACAIYiAgChIAIA3SACAOkgAgB9HBEANyECAIchAgCRIQIA3CECAOQhAgDSHBEAPSICACcdEQCLIgIA2yICAOgiAgAwIwIAOiMCAIUjAgCHIwIA2iMCAOgjAgAvJAIAPCQCAHwdEQCJJAIA2SQCAOYkAgAuJQIAOCUCAIMlAgCFJQIA2CUCAOYlAgAtJgIAOiYCANEdEQCFJgIAMBYPAIgmAgCv7Q0AjyYCANcmAgDhJgIAJh4RADQnAgCBJwIAgycCAOtaDwCOJwIAyoUFAJgnAgDWJwIAmicCAMCRAwDbJwIAKygCADUoAgCAKAIAiCgCAHseEQDfKAIAKikCADYpAgB/KQIAgikCANQpAgDeKQIAKSoCAEMqAgB+KgIAlSoCANMqAgDYKgIAKCsCAEQrAgDQHhEAhysCANIrAgCOKwIAHy4IAN4rAgAnLAIAKiwCAHwsAgCGLAIA0SwCAOssAgAmLQIALC0CAHstAgB9LQIA0C0CAN4tAgAlLgIAKC4CAHouAgCGLgIAzy4CANIuAgAkLwIARy8CACUfEQB7LwIAzi8CANwvAgAjMAIAJjACAHgwAgCEMAIAzTACANAwAgB6HxEALTECAHcxAgB9MQIAzDECANExAgAhMgIAJTICAHYyAgB5MgIAzx8RAMwyAgDE2A0AzjICAD8GEADRMgIAIDMCANQyAgDx/g8A1TICAMY3AgDXMgIAr+sPANkyAgAM5A8A2jICAFPyDwDbMgIAiw8QAOIyAgCqngwA5TICAIPDDgAsMwIAdTMCAKEzAgDKMwIA1jMCAB80AgAuNAIAdDQCAH40AgDJNAIAzDQCAB41AgA4NQIAczUCAH01AgDINQIAzTUCAB02AgAnNgIAcjYCAH02AgDHNgIAzTYCABw3AgAhNwIAcTcCAHU3AgAkIBEAyzcCABs4AgDUNwIATPkPACU4AgBwOAIAezgCAMU4AgDLOAIAGjkCAB85AgBvOQIAczkCAHkgEQDJOQIAJdgCAMs5AgByfw4AzDkCANgaDQDOOQIA+E0PAN45AgAZOgIAIzoCAG46AgB5OgIAwzoCAMk6AgAYOwIAHTsCAG07AgBxOwIAwjsCAOU7AgDOIBEAGTwCAGw8AgAaPAIASVUMABw8AgBGWwkAIDwCAAHzCwAjPAIAY0UCACU8AgDnXg8AeTwCAOZsAgB6PAIAwTwCAMQ8AgAWPQIAIj0CAGs9AgCDPQIAwD0CAMw9AgAVPgIAGz4CAGo+AgBwPgIAvz4CAMQ+AgAUPwIAGj8CACMhEQBzPwIAvj8CAMk/AgATQAIAGUACAGhAAgBtQAIAvUACAMFAAgASQQIAFUECAHghEQBxQQIAvEECAMdBAgARQgIAF0ICAGZCAgBrQgIAu0ICAL9CAgDNIREAEUMCAGVDAgBxQwIAukMCAMZDAgAPRAIAFUQCAGREAgBqRAIAuUQCAL5EAgAORQIAFEUCACIiEQBlRQIAP7sFAGpFAgDaygUAckUCAM+DAgBzRQIAuEUCAMRFAgANRgIAE0YCAGJGAgBuRgIAt0YCAMRGAgAMRwIAG0cCAGFHAgBtRwIAtkcCAMJHAgALSAIAEUgCAGBIAgBmSAIAtUgCALpIAgAKSQIAEEkCAHciEQBpSQIA+qcIAHVJAgC0SQIAeEkCALiTCQDASQIACUoCABFKAgBG/REAFUoCAF5KAgBkSgIAs0oCALlKAgAISwIADUsCAF1LAgBjSwIAzCIRALpLAgBsgRIAvEsCAAdMAgANTAIAXEwCABNMAgA2xwIAakwCALFMAgDKTAIABk0CAA9NAgBbTQIAZU0CALBNAgC8TQIABU4CABFOAgBaTgIAYE4CAK9OAgC1TgIABE8CAAlPAgBZTwIAX08CACEjEQC6TwIAA1ACAA1QAgBYUAIAY1ACAK1QAgCyUAIAAlECAAlRAgBXUQIAY1ECAKxRAgCyUQIAAVICAAdSAgBWUgIAW1ICAKtSAgCxUgIAdiMRABFTAgBVUwIAVlMCAKpTAgBbUwIApVgCAK9TAgD/UwIADVQCAFRUAgBhVAIAqVQCALNUAgD+VAIAClUCAFNVAgBZVQIAqFUCALRVAgD9VQIAEFYCAFJWAgBhVgIAp1YCALNWAgD8VgIA/VYCAFFXAgBbVwIAplcCALRXAgD7VwIAAFgCAFBYAgBdWAIAyyMRALFYAgD6WAIAClkCAE9ZAgBbWQIApFkCAKpZAgD5WQIABVoCAE5aAgBbWgIAo1oCALJaAgD4WgIABFsCAE1bAgBZWwIAolsCALVbAgD3WwIABlwCAExcAgBYXAIAoVwCAKJcAgD2XAIAAF0CAEtdAgBZXQIAoF0CAKVdAgD1XQIAAl4CACAkEQBMXgIAg8sGAFZeAgCfXgIAV14CAA6SCgBYXgIAZI8MALNeAgD0XgIAAF8CAElfAgBPXwIAnl8CAKRfAgDzXwIA+F8CAEhgAgBOYAIAdSQRAKlgAgDyYAIA/2ACABPqAgAFYQIAR2ECAExhAgDgcgIAT2ECAHssAwBTYQIAnGECAKJhAgDxYQIA92ECAEZiAgBLYgIAm2ICAKFiAgDKJBEA/GICAEVjAgBLYwIAmmMCAJ9jAgDvYwIA9mMCAERkAgBSZAIAmWQCALRkAgDuZAIA/GQCAENlAgBGZQIAmGUCAKZlAgDtZQIA8mUCAEJmAgBPZgIAl2YCAKNmAgDsZgIA8mYCAEFnAgBHZwIAlmcCAJtnAgDrZwIA8WcCAB8lEQBFaAIAlWgCAJ5oAgDqaAIA92gCAD9pAgBGaQIAlGkCAKVpAgDpaQIA7mkCAD5qAgBNagIAk2oCAJVqAgDoagIA+WoCAD1rAgBJawIAkmsCAJhrAgDnawIA7WsCADxsAgBBbAIAkWwCAJdsAgB0JREA/WwCADttAgBHbQIAkG0CAJxtAgDlbQIA620CADpuAgBAbgIAj24CAJRuAgDkbgIA6m4CAMklEQA/bwIAsaECAFBvAgCObwIAl28CAONvAgD5bwIAOHACAERwAgCNcAIAmnACAOJwAgDscAIAN3ECAENxAgCMcQIAknECAOFxAgDncQIANnICADtyAgCLcgIAkXICAB4mEQDpcgIANXMCAD9zAgCKcwIAj3MCAN9zAgDvcwIANHQCAE10AgCJdAIAjnQCAN50AgDndAIAM3UCAEB1AgCIdQIAj3UCAN11AgDgdQIAMnYCAD52AgCHdgIAmnYCANx2AgDrdgIAMXcCAD13AgCGdwIAh3cCANt3AgDldwIAMHgCAD54AgCFeAIAingCANp4AgDneAIAcyYRADJ5AgCEeQIAh3kCANl5AgDmeQIAMxYMAOh5AgAuegIAMHoCAIN6AgCGegIA2HoCAOJ6AgAtewIAOXsCAIJ7AgCVewIA13sCAOZ7AgAsfAIAOHwCAIF8AgCCfAIA1nwCAOB8AgArfQIAOX0CAIB9AgCFfQIA1X0CAOJ9AgDIJhEAK34CAH9+AgCLfgIA1H4CANp+AgApfwIAK38CAH5/AgCIfwIA038CAOF/AgAogAIALYACAH2AAgCKgAIA0oACAN6AAgAngQIAOoECAHyBAgCLgQIA0YECAN2BAgAmggIAJ4ICAHuCAgCFggIA0IICAN6CAgAlgwIAKoMCAHqDAgCHgwIAHScRANiDAgAkhAIA24MCAHsiDQAqhAIAeYQCAHyEAgDOhAIA3IQCACOFAgAohQIAeIUCAIWFAgDNhQIA2YUCACKGAgAohgIAd4YCAH2GAgDMhgIA0YYCACGHAgAnhwIAcicRAHiHAgDLhwIAfYcCAABHDgDahwIAIIgCAECIAgB1iAIAeogCAMqIAgDliAIAH4kCACuJAgB0iQIAeokCAMmJAgDZiQIAHooCAC+KAgBzigIAeIoCAMiKAgDMigIAHYsCACmLAgByiwIAeIsCAMeLAgDNiwIAHIwCACGMAgBxjAIAd4wCAMcnEQDVjAIAjmIPANyMAgAbjQIAHI0CAHCNAgCBjQIAxY0CANGNAgAajgIAMI4CAG+OAgB7jgIAxI4CANGOAgAZjwIAI48CAG6PAgB6jwIAw48CAMqPAgAYkAIAJJACAG2QAgBzkAIAwpACAMiQAgAXkQIAHJECAGyRAgBykQIAHCgRAMORAgD3ow8AypECABaSAgAXkgIAa5ICAGySAgDAkgIAxZICABWTAgAbkwIAapMCAHSTAgC/kwIAy5MCABSUAgAblAIAaZQCAG6UAgC+lAIAv5QCABOVAgAflQIAaJUCAG6VAgC9lQIAv5UCABKWAgAclgIAZ5YCAHWWAgC8lgIAwZYCABGXAgAelwIAZpcCAHKXAgC7lwIAzpcCABCYAgAfmAIAZZgCAHGYAgC6mAIAu5gCAA+ZAgAZmQIAZJkCAHKZAgC5mQIAvpkCAA6aAgAbmgIAcSgRAHSaAgC4mgIAxJoCAA2bAgAkmwIAYpsCAGSbAgC3mwIAyJsCAAycAgAOnAIAYZwCAGecAgC2nAIAzZwCAAudAgAUnQIAYJ0CAHadAgC1nQIAwZ0CAAqeAgAXngIAX54CAGmeAgC0ngIAwJ4CAAmfAgAcnwIAXp8CAG2fAgCznwIAv58CAAigAgAJoAIAXaACAGegAgCyoAIAwKACAAehAgAMoQIAXKECAGmhAgDGKBEAs6ECAAaiAgAaogIAW6ICAGmiAgCwogIAvaICAAWjAgAMowIAWqMCAGajAgCvowIAwqMCAASkAgAJpAIAWaQCAGKkAgCupAIAuKQCAAOlAgAIpQIAWKUCAGilAgCtpQIAxqUCAAKmAgAHpgIAV6YCAGCmAgCspgIAuaYCAAGnAgAIpwIAVqcCAFmnAgCrpwIAt6cCAACoAgATqAIAVagCAGSoAgCqqAIAtqgCAP+oAgAAqQIAVKkCAF6pAgCpqQIAt6kCAP6pAgADqgIAU6oCAGCqAgAbKREAwaoCAP2qAgAJqwIAUqsCAFirAgCnqwIAr6sCAB1+DwC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACAHApEQClsAIAHCsOAKywAgAsxA8ArrACAFrxCQCvsAIAOcMDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgDFKREA8LkCAEO6AgD6uQIADekJAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgAvaRIATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAGioRAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgBvKhEAR78CAF48EABLvwIAHOECAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgDhZg0AR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIAKtMCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAMQqEQBMxwIAi8cCAIzHAgDgxwIA6scCADXIAgA9yAIAisgCAJTIAgDfyAIA5MgCADTJAgA8yQIAickCAIvJAgAvzgIAjMkCABs3AwCPyQIA3skCAJDJAgANRQMAn8kCABQ+AwDqyQIAM8oCADXKAgCIygIAj8oCAN3KAgDlygIAMssCADPLAgCHywIAjcsCANzLAgDhywIAMcwCADLMAgCGzAIAkswCANvMAgDhzAIAMM0CADrNAgCFzQIAmc0CANrNAgDizQIAGSsRADLOAgCEzgIANs4CACAyAwCHzgIA2c4CAOfOAgAuzwIARc8CAIPPAgCQzwIA2M8CAODPAgAt0AIALtACAILQAgCI0AIA19ACANzQAgAs0QIALdECAIHRAgCN0QIA1tECANzRAgAr0gIANdICAIDSAgCU0gIA1dICAN3SAgDDKxEAN9MCAH/TAgCG0wIA1NMCAODTAgAp1AIAOdQCAH7UAgCM1AIA09QCAODUAgAo1QIANNUCAH3VAgCE1QIA0tUCANrVAgBtLBEAM9YCAHzWAgCG1gIA0dYCANzWAgAm1wIAK9cCAHvXAgCC1wIA0NcCANjXAgDCLBEALdgCAHrYAgCK2AIAz9gCANvYAgAk2QIAKNkCAHnZAgCB2QIAztkCANDZAgAj2gIAKdoCAHjaAgCP2gIAzdoCANbaAgAi2wIAONsCAHfbAgCD2wIAzNsCANnbAgAh3AIAK9wCAHbcAgB53AIAy9wCANPcAgAg3QIAKt0CAHXdAgB63QIAyt0CANLdAgAf3gIAL94CAHTeAgB93gIAyd4CANbeAgAe3wIALd8CAHPfAgB93wIAyN8CANbfAgAd4AIAIuACAHLgAgB/4AIAx+ACAM/gAgAXLREAKeECAHHhAgA74QIA0X8EAHbhAgDG4QIA0OECABviAgAj4gIAcOICADLiAgC/2w8AduICAMXiAgB+4gIAKnMNAH/iAgBv3QgAgOICALrtAgCB4gIAU/YLANHiAgAa4wIAHOMCAKdLDQAh4wIAb+MCAHvjAgDE4wIA0+MCABnkAgAq5AIAbuQCAHDkAgDD5AIAyeQCABjlAgAk5QIAbeUCAHXlAgBsLREAyOUCAMEtEQAj5gIAFi4RAG/mAgDALhEAxOYCABUvEQDG5gIAMcoEABnnAgDIgAwAI+cCAGvnAgB15wIAwOcCAMLnAgAV6AIAKOgCAGroAgBy6AIAB5YNAHboAgC/6AIAxegCABTpAgAa6QIAaekCAG7pAgC+6QIAxOkCAGovEQAd6gIAaOoCAGrqAgC96gIAx+oCABLrAgAg6wIAZ+sCAGzrAgC86wIAyesCABHsAgAd7AIAZuwCAGzsAgC77AIAwewCABDtAgAV7QIAZe0CAGvtAgC/LxEAyO0CAA/uAgAc7gIAZO4CAGvuAgC57gIAwe4CAA7vAgAP7wIAUaMLABHvAgBj7wIAJO8CAFOhCwB37wIAuO8CAM7vAgAN8AIAJvACAGLwAgBn8AIAt/ACAMjwAgAUMBEAHfECAGHxAgBj8QIAtvECAMDxAgAL8gIAGfICAGDyAgBl8gIAtfICAMLyAgAK8wIAEvMCAF/zAgBr8wIAtPMCAG/zAgAI9QIAuvMCAAn0AgAP9AIAXvQCAGP0AgCz9AIAufQCAGkwEQAK9QIAXfUCAGv1AgCy9QIAw/UCAL4wEQAO9gIAEzERAGT2AgCx9gIAZvYCAJqzBwCk9gIA47QSAL/2AgAG9wIAwPYCAFb8AgDB9gIA6QwKABP3AgBb9wIAavcCALD3AgC19wIABfgCABv4AgBa+AIAW/gCAK/4AgCx+AIABPkCAA75AgBZ+QIAZ/kCAK75AgDH+QIAA/oCABT6AgBY+gIAZPoCAK36AgC1+gIAEjIRABb7AgBX+wIAWPsCAKz7AgC4+wIAAfwCAAT8AgBnMhEAWPwCAKv8AgC4/AIAAP0CAA39AgBV/QIAWv0CAKr9AgC0/QIA//0CAAf+AgBU/gIAZP4CAKn+AgC3/gIA/v4CAAv/AgBT/wIAWv8CAKj/AgCw/wIA/f8CAAAAAwBSAAMAZgADAKcAAwC9AAMA/AADABUBAwBRAQMAVgEDAKYBAwC3AQMAvDIRAAMCAwARMxEABwIDAEkCCgAXAgMAovUSAF0CAwClAgMArAIDAPoCAwAGAwMATwMDAF8DAwCkAwMAsgMDAPkDAwAGBAMATgQDAFoEAwCjBAMAqgQDAGYzEQD6BAMATQUDAP0EAwCGIAQAWgUDAKIFAwCvBQMA9wUDAPwFAwBMBgMAVgYDAKEGAwCpBgMA9gYDAPsGAwBeSAQA/wYDAEsHAwBOBwMAoAcDAKwHAwC7MxEA+gcDAEoIAwABCAMAlrQKAE8IAwCfCAMApwgDAPQIAwAKCQMASQkDAEsJAwCeCQMAqwkDAPMJAwAHCgMAEDQRAE0KAwCdCgMApQoDAEmsCgCnCgMA8goDAPoKAwBHCwMAUwsDAJwLAwCpCwMA8QsDAPYLAwBGDAMATwwDAJsMAwCyDAMA8AwDAPsMAwBlNBEAUw0DAJoNAwCdDQMA7w0DAPINAwBEDgMAUg4DAJkOAwCmDgMA7g4DAAUPAwBDDwMASw8DAJgPAwCeDwMA7Q8DAPkPAwBCEAMATBADAJcQAwCgEAMA7BADAPIQAwBBEQMAThEDALo0EQCiEQMA6xEDAKQRAwA8uQoA+hEDAEASAwBREgMAlRIDAJcSAwDqEgMA8BIDAD8TAwBLEwMAlBMDAJsTAwDpEwMA8RMDAD4UAwBAFAMAkxQDAKAUAwDoFAMA7xQDAD0VAwBFFQMAkhUDAJ8VAwDnFQMA7BUDADwWAwBGFgMAkRYDAJkWAwDmFgMA7xYDADsXAwA+FwMAkBcDAJwXAwDlFwMA7BcDAA81EQBHGAMAjxgDAFAYAwCKHQMAchgDAI29CgCqGAMA5BgDAOYYAwA5GQMAShkDAI4ZAwCcGQMA4xkDAOoZAwA4GgMAQBoDAI0aAwCSGgMA4hoDAOMaAwA3GwMAQxsDAIwbAwCSGwMA4RsDAOMbAwA2HAMAQBwDAIscAwCZHAMA4BwDAOUcAwA1HQMAQh0DAGQ1EQCLHQMA3x0DAOQdAwA0HgMAOh4DAIkeAwCTHgMA3h4DAOoeAwAzHwMAOh8DAIgfAwCQHwMA3R8DAN8fAwAyIAMAPyADAIcgAwCOIAMA3CADAOQgAwAxIQMAPiEDAIYhAwCLIQMA2yEDAOUhAwAwIgMAOCIDAIUiAwCOIgMA2iIDAN0iAwAvIwMAOyMDAIQjAwCLIwMAuTURAOUjAwBGrwoA7SMDAC4kAwA7JAMAgyQDAI0kAwDYJAMA2iQDAC0lAwBAJQMAgiUDAIolAwDXJQMA4yUDACwmAwAyJgMAgSYDAIcmAwDWJgMA2yYDACsnAwAxJwMADjYRAI4nAwDVJwMA5CcDACooAwBGKAMAfygDAEooAwDpaAMAhygDAGM2EQDdKAMAKSkDADYpAwB+KQMAiCkDANMpAwDhKQMAKCoDAD4qAwB9KgMAiSoDANIqAwDaKgMAuDYRAC0rAwB8KwMAgisDANErAwDWKwMAJiwDACwsAwANNxEAgCwDANAsAwDZLAMAJS0DAC8tAwB6LQMAgi0DAM8tAwDULQMAJC4DADQuAwB5LgMAgS4DAM4uAwDULgMAzDADAOcuAwAjLwMAKC8DAHgvAwCBLwMAzS8DANovAwAiMAMAKTADAHcwAwB6MAMAYjcRAM4wAwAhMQMALjEDAHYxAwCNMQMAyzEDANcxAwC3NxEAJzIDAHUyAwB9MgMAyjIDAM4yAwAfMwMALTMDAHQzAwB+MwMAyTMDANQzAwAeNAMAJjQDAHM0AwB4NAMAyDQDAOM0AwAdNQMAKTUDAHI1AwB4NQMAxzUDANc1AwAcNgMALTYDAHE2AwB2NgMAxjYDAMo2AwAMOBEAJDcDAHA3AwCJNwMAxTcDAM83AwAaOAMAIDgDAG84AwBxOAMAxDgDANM4AwAZOQMAIzkDAG45AwB2OQMAwzkDAMc5AwAYOgMAJjoDAG06AwB3OgMAwjoDAM06AwAXOwMAHzsDAGw7AwBxOwMAwTsDANw7AwAWPAMAIjwDAGs8AwBxPAMAwDwDANA8AwAVPQMAJj0DAGo9AwBvPQMAvz0DAMM9AwBhOBEAHT4DAGk+AwB6PgMAvj4DAMg+AwATPwMAIT8DAGg/AwBpPwMAvT8DAM4/AwASQAMAJkADAGdAAwBvQAMAvEADAMBAAwARQQMAH0EDAGZBAwBwQQMAu0EDAMZBAwAQQgMAGEIDAGVCAwBqQgMAukIDANVCAwAPQwMAG0MDAGRDAwBqQwMAuUMDAMlDAwAORAMAH0QDAGNEAwBoRAMAuEQDALxEAwC2OBEAG0UDAGJFAwB9RQMAt0UDAMVFAwAMRgMAE0YDAGFGAwBtRgMAtkYDAL5GAwALOREAGUcDAGBHAwBqRwMAtUcDAMBHAwAKSAMAEkgDAF9IAwBkSAMAtEgDAM9IAwAJSQMAFUkDAF5JAwBkSQMAs0kDAMNJAwAISgMAGUoDAF1KAwBiSgMAskoDALZKAwBgOREAGEsDAFxLAwBkSwMAsUsDALJLAwAGTAMAC0wDAFtMAwBpTAMAsEwDAL1MAwAFTQMAD00DAFpNAwBmTQMAr00DALVNAwAETgMADE4DAFlOAwBgTgMArk4DALpOAwADTwMACU8DAFhPAwBkTwMArU8DAL1PAwACUAMADlADAFdQAwBdUAMArFADALhQAwABUQMADlEDAFZRAwBlUQMAq1EDALdRAwC1OREAA1IDAFVSAwBYUgMAqlIDALhSAwD/UgMAFlMDAFRTAwBhUwMAqVMDAL9TAwD+UwMAClQDAFNUAwBgVAMAqFQDALJUAwD9VAMABVUDAFJVAwBcVQMAp1UDAKxVAwD8VQMABFYDAFFWAwBdVgMAplYDALNWAwD7VgMABVcDAFBXAwBWVwMApVcDALlXAwD6VwMAAlgDAE9YAwBdWAMApFgDALFYAwD5WAMAAVkDAE5ZAwBbWQMAo1kDALFZAwD4WQMACVoDAE1aAwBVWgMAoloDALhaAwD3WgMA+VoDAExbAwBNWwMACjoRAKZbAwDy/w0Ar1sDAPZbAwAFXAMAS1wDAFdcAwCgXAMAqFwDAF86EQD6XAMASl0DAFNdAwCfXQMArF0DAPRdAwD7XQMASV4DAExeAwCeXgMApl4DAPNeAwD4XgMASF8DAFFfAwCdXwMAp18DAPJfAwD6XwMAR2ADAExgAwCcYAMArGADAPFgAwD5YAMARmEDAExhAwCbYQMAnWEDAPBhAwD9YQMARWIDAFxiAwCaYgMApmIDALQ6EQD7YgMARGMDAFtjAwCZYwMApWMDAO5jAwD0YwMAQ2QDAEtkAwCYZAMAn2QDAO1kAwD7ZAMAQmUDAF1lAwCXZQMApWUDAOxlAwDzZQMAQWYDAE1mAwCWZgMAnmYDAAk7EQD/ZgMAQGcDAEhnAwCVZwMAxmcDAOpnAwD2ZwMAP2gDAEVoAwCUaAMAmWgDAF47EQD1aAMAPmkDAEVpAwCTaQMAm2kDAOhpAwDqaQMAPWoDAEdqAwCSagMAmmoDALM7EQD1agMA2XgDAPZqAwA8awMAPmsDAJFrAwCiawMA5msDAPdrAwA7bAMAR2wDAJBsAwCXbAMA5WwDAO1sAwA6bQMAZ20DAI9tAwCUbQMA5G0DAOVtAwA5bgMAQ24DAI5uAwCcbgMA424DAOhuAwA4bwMARW8DAI1vAwCpbwMA4m8DAP5vAwAIPBEARHADAIxwAwCQcAMA4XADAOdwAwA2cQMAOHEDAItxAwCMcQMA4HEDAANyAwA1cgMAWXIDAIpyAwC3cgMA33IDAOdyAwA0cwMAOXMDAIlzAwCWcwMA3nMDAOZzAwAzdAMANXQDAIh0AwCQdAMA3XQDAAp1AwAydQMAP3UDAId1AwCMdQMA3HUDAOl1AwAxdgMAPXYDAIZ2AwCzdgMA23YDAON2AwAwdwMAS3cDAIV3AwCHdwMA2ncDAOt3AwAveAMAOHgDAIR4AwCQeAMAXTwRAOZ4AwAueQMANXkDAIN5AwCPeQMA2HkDAOt5AwAtegMANXoDAIJ6AwCHegMA13oDAOB6AwAsewMANnsDAIF7AwCJewMA1nsDANt7AwArfAMAO3wDAIB8AwCIfAMA1XwDAO58AwAqfQMAL30DAH99AwCIfQMA1H0DAOF9AwApfgMAMH4DAH5+AwCBfgMAsjwRANh+AwAofwMA4H4DADLBDAAxfwMAfX8DAIV/AwDSfwMA3X8DACeAAwApgAMAfIADAJeAAwDRgAMA3YADACaBAwAugQMABz0RAIiBAwDQgQMA2IEDACWCAwAxggMAeoIDAICCAwDPggMA1YIDACSDAwApgwMAeYMDAH+DAwBcPREA24MDACOEAwArhAMAeIQDAIyEAwDNhAMA0oQDACKFAwArhQMAd4UDAH2FAwDMhQMA1IUDACGGAwAkhgMAdoYDAJOGAwDLhgMA3IYDACCHAwAohwMAdYcDAHiHAwDKhwMA3ocDAB+IAwAsiAMAdIgDAH6IAwDJiAMAy4gDAB6JAwAxiQMABj4RAHiJAwDIiQMA2YkDAB2KAwAmigMAcooDAIiKAwDHigMA1IoDAByLAwAkiwMAcYsDAJCLAwBbPhEA0osDABuMAwAjjAMAsD4RAHOMAwDFjAMAzYwDABqNAwAnjQMAb40DAHSNAwDEjQMAzI0DABmOAwAajgMAbo4DAHCOAwDDjgMAyY4DABiPAwAajwMAbY8DAIOPAwDCjwMAzo8DABeQAwAhkAMAbJADAHiQAwDBkAMAx5ADABaRAwAekQMAa5EDAJ2RAwAFPxEAyZEDABWSAwAfkgMAapIDAHKSAwC/kgMAwJIDABSTAwAakwMAaZMDAHWTAwC+kwMAv5MDABOUAwAVlAMAaJQDAG6UAwC9lAMAyZQDABKVAwAZlQMAZ5UDAG+VAwC8lQMAv5UDABGWAwAblgMAZpYDAGiWAwC7lgMAxZYDABCXAwAclwMAZZcDAHuXAwC6lwMAxpcDAA+YAwAcmAMAZJgDAG6YAwC5mAMAwZgDAA6ZAwAgmQMAWj8RAGWZAwC4mQMAwpkDAA2aAwAPmgMAYpoDAHuaAwC3mgMAuZoDAAybAwAPmwMAYZsDAG2bAwC2mwMAvpsDAK8/EQAfnAMAYJwDAGOcAwC1nAMAv5wDAAqdAwAWnQMAX50DAHWdAwC0nQMAvJ0DAAmeAwAXngMAXp4DAGGeAwCzngMAu54DAAifAwALnwMAXZ8DABafAwBWpgMAZ58DALKfAwBonwMAr6IDALSfAwAHoAMADaADAFygAwBmoAMAsaADAL+gAwAGoQMAE6EDAFuhAwByoQMAsKEDALihAwAFogMADqIDAFqiAwBbogMABEARALiiAwAEowMADqMDAFmjAwBjowMArqMDALyjAwADpAMAEKQDAFikAwBvpAMAraQDALWkAwACpQMACaUDAFelAwBcpQMArKUDALClAwABpgMADqYDAFlAEQBjpgMAq6YDALOmAwAApwMABqcDAFWnAwBhpwMAqqcDALmnAwD/pwMABKgDAFSoAwBvqAMAqagDALWoAwD+qAMABKkDAFOpAwBnqQMAqKkDALCpAwD9qQMAE6oDAFKqAwBXqgMAp6oDAK6qAwD8qgMACKsDAK5AEQBYqwMApqsDALSrAwD7qwMACKwDAFCsAwBnrAMApawDAK2sAwD6rAMAAK0DAE+tAwBbrQMApK0DAKutAwD5rQMAB64DAE6uAwBRrgMAo64DAKuuAwD4rgMABq8DAE2vAwBQrwMAoq8DAKqvAwD3rwMACLADAEywAwBRsAMAobADAKOwAwD2sAMA/bADAEuxAwBZsQMAoLEDAK2xAwD1sQMADLIDAEqyAwBSsgMAn7IDAKmyAwD0sgMA/7IDAEmzAwBVswMAnrMDAKazAwADQREA9bMDAEi0AwBStAMAnbQDAJ+0AwDytAMA9bQDAEe1AwBTtQMAnLUDAKa1AwDxtQMA+bUDAEa2AwBUtgMAm7YDAKi2AwDwtgMA+LYDAEW3AwBbtwMAmrcDAKa3AwDvtwMABbgDAES4AwBJuAMAmbgDAJ+4AwDuuAMAArkDAFhBEQBGuQMAmLkDAKC5AwDtuQMA+7kDAEK6AwADugMA2h0IAE+6AwCXugMAn7oDAOy6AwD2ugMAQbsDAEy7AwCWuwMAorsDAOu7AwDzuwMArUERAEa8AwCVvAMAmrwDAOq8AwD5vAMAP70DAEu9AwCUvQMAl70DAOm9AwDsvQMAPr4DAEa+AwCTvgMAmL4DAOi+AwD4vgMAPb8DAEW/AwCSvwMAlb8DAOe/AwDxvwMAPMADAD7AAwCRwAMAl8ADAObAAwDwwAMAO8EDAEnBAwCQwQMAncEDAOXBAwD8wQMAOsIDAELCAwCPwgMAmMIDAOTCAwDlwgMAAkIRAEXDAwCOwwMAkcMDAKv1CQCdwwMA48MDAKHDAwBm5QkA7cMDADjEAwBAxAMAwjkEAETEAwCEwQ8ARsQDAI3EAwBUxAMAJtEIAJLEAwDixAMAmsQDALOcBQDvxAMAN8UDADrFAwDacAoAPcUDAOa6CQA/xQMAjMUDAEHFAwAxdQQAQ8UDAG03BgCPxQMAX0MIAJLFAwDttgYAlsUDAOHFAwCaxQMACkEKAJzFAwAxHAgA5sUDADbGAwDtxQMAQrkEAO/FAwDfFgoAPsYDAIvGAwCOxgMA4MYDAOzGAwA1xwMAO8cDAIrHAwClxwMA38cDAOvHAwA0yAMAOsgDAInIAwCRyAMA3sgDAODIAwAzyQMA48gDAN3JAwA9yQMAiMkDAJDJAwBXQhEA6skDADLKAwA6ygMAh8oDAIrKAwDcygMA4coDADHLAwBAywMAhssDAKbLAwDbywMA58sDADDMAwA6zAMAhcwDAI3MAwDazAMA7MwDAAFDEQA5zQMAhM0DAJLNAwDZzQMA5s0DAC7OAwBFzgMAg84DAIvOAwDYzgMA584DAC3PAwAyzwMAgs8DAI/PAwDXzwMA5M8DACzQAwA40AMAgdADAJDQAwDW0AMA4NADACvRAwA50QMAgNEDAIXRAwDV0QMA4tEDACrSAwAt0gMAf9IDAIfSAwDU0gMA2dIDACnTAwA20wMAftMDAIbTAwDT0wMA3NMDACjUAwA11AMAfdQDAIvUAwDS1AMA5dQDACfVAwAv1QMAfNUDAIPVAwDR1QMA1tUDACbWAwA81gMAe9YDAH3WAwDQ1gMA3tYDACXXAwAy1wMAetcDAILXAwDP1wMA0tcDACTYAwAp2AMAedgDAIjYAwDO2AMA7tgDACPZAwAv2QMAeNkDAILZAwDN2QMA1dkDACLaAwA02gMAVkMRAIjaAwDM2gMA09oDACHbAwAp2wMAdtsDAIPbAwDL2wMA0NsDACDcAwAq3AMAddwDAH3cAwDK3AMAzNwDAHSBCgDP3AMAZD4IANTcAwBPpgoA2dwDAB/dAwDa3AMAwzMJACTdAwB03QMAgd0DAMndAwDW3QMAHt4DACreAwBz3gMAgt4DAMjeAwDS3gMAHd8DACXfAwBy3wMAfN8DAMffAwDM3wMAHOADACTgAwCrQxEAfeADAMbgAwDM4AMAG+EDADbhAwBw4QMAfOEDAMXhAwDL4QMAGuIDADbiAwBv4gMAd+IDAABEEQDM4gMAGeMDACPjAwBu4wMAeeMDAMPjAwDP4wMAGOQDACDkAwBVRBEAeeQDAMLkAwDI5AMAF+UDADLlAwBs5QMAeOUDAMHlAwDH5QMAFuYDAB7mAwBr5gMAceYDAMDmAwDJ5gMAFecDACLnAwBq5wMAd+cDAL/nAwDN5wMAFOgDACHoAwBp6AMAgOgDAL7oAwDG6AMAE+kDABjpAwBo6QMAJOkDAGbrAwB16QMAvekDAMXpAwAS6gMAHeoDAGfqAwBs6gMAvOoDAL/qAwAR6wMAG+sDAKpEEQBr6wMAu+sDAMrrAwAQ7AMAEuwDAGXsAwB27AMAuuwDAMvsAwAP7QMAI+0DAP9EEQB17QMAue0DALztAwAO7gMAwe0DABLmBwDG7QMA5rQPABjuAwBj7gMAZe4DALjuAwDC7gMADe8DABnvAwBi7wMAjO8DALfvAwDC7wMADO8EAN3vAwAM8AMAP/ADAGHwAwCH8AMAtvADANzwAwAL8QMAP/EDAGDxAwCL8QMAtfEDAL3xAwAK8gMANPIDAF/yAwCU8gMAtPIDAN/yAwAJ8wMAEfMDAF7zAwBt8wMAs/MDALjzAwAI9AMAEfQDAF30AwAV9AMAAPwDAG70AwCy9AMAufQDAAf1AwAP9QMAXPUDAGn1AwCx9QMAtvUDAAb2AwAQ9gMAW/YDAGP2AwCw9gMAuvYDAKQCBAC/9gMABfcDAAr3AwBa9wMAZ/cDAK/3AwC89wMABPgDABD4AwBZ+AMAaPgDAK74AwC4+AMAA/kDAAv5AwBY+QMAYvkDAK35AwCy+QMAAvoDAAr6AwBURREAY/oDAKz6AwCy+gMAAfsDABz7AwBW+wMAYvsDAKv7AwCx+wMAqUURAA38AwBV/AMAYfwDAKr8AwC5/AMA//wDAAn9AwBU/QMAYv0DAKn9AwCu/QMA/v0DAAv+AwBT/gMAW/4DAKj+AwCy/gMA/f4DAAL/AwBS/wMAWv8DAKf/AwCq/wMA/P8DAAgABABRAAQAVwAEAKYABADBAAQA+wAEAAcBBABQAQQAVgEEAKUBBACtAQQA+gEEAPwBBABPAgQAWQIEAP5FEQCqAgQA+QIEAPsCBABOAwQAWwMEAKMDBACmAwQA+AMEAAkEBABNBAQATwQEAKIEBACsBAQA9wQEAAMFBABMBQQAVAUEAFNGEQCmBQQA9gUEAPkFBABLBgQAVQYEAKAGBACoBgQA9QYEAAIHBABKBwQATAcEAJ8HBAC1BwQA9AcEAAAIBACoRhEAZQgEAJ4IBAC6CAQA/UYRAPgIBABICQQAVQkEAJ0JBACqCQQA8gkEAP4JBABHCgQAVgoEAJwKBACmCgQA8QoEAP8KBABGCwQASwsEAJsLBACoCwQA8AsEAAkMBABFDAQARwwEAJoMBAChDAQAUkcRAAwNBABEDQQAVQ0EAJkNBAClDQQA7g0EAAEOBABDDgQAUg4EAJgOBACkDgQA7Q4EAO4OBABCDwQATA8EAJcPBAClDwQA7A8EAPEPBABBEAQAThAEAKdHEQCbEAQA6xAEAPgQBABAEQQATREEAJURBAChEQQA6hEEAPkRBAA/EgQASRIEAJQSBACiEgQA6RIEAO4SBAA+EwQASxMEAJMTBACbEwQApkgRAO0TBAA9FAQARRQEAPtIEQCUFAQA5xQEAPUUBAA8FQQATRUEAFBJEQCYFQQApUkRAOsVBAA7FgQAQxYEAJAWBACfFgQA5RYEAOoWBAA6FwQARxcEAI8XBACcFwQA5BcEAPAXBAA5GAQASBgEAI4YBACYGAQAT0oRAOUYBAAb1g4A6RgEADPADAD2GAQAOBkEAEcZBACNGQQAmRkEAOIZBADjGQQANxoEAEEaBACMGgQAmhoEAOEaBADmGgQANhsEAEMbBACkShEAjxsEAOAbBADrGwQANRwEAEMcBACKHAQAmxwEAN8cBADrHAQANB0EADwdBAD5ShEAjh0EAN4dBADrHQQAMx4EAEAeBACIHgQAlB4EAN0eBADsHgQAMh8EADwfBACHHwQAlR8EANwfBADpHwQAMSAEAEggBABOSxEAkyAEANsgBADoIAQAMCEEADwhBACFIQQAlCEEANohBADkIQQALyIEAD0iBACEIgQASyIEAMWGCQCJIgQA2SIEAOYiBAAuIwQANiMEAKNLEQCPIwQA2CMEAOgjBAAtJAQANiQEAIIkBACFJAQA1yQEAOMkBAAsJQQAMyUEAPhLEQCOJQQA1iUEAOUlBAArJgQALCYEAIAmBACXJgQA1SYEAO8mBAAqJwQANicEAH8nBACSJwQA1CcEAOMnBAApKAQANSgEAH4oBAB/KAQA0ygEAN0oBAAoKQQANikEAH0pBACCKQQA0ikEAN8pBABNTBEAQSoEAHwqBACLKgQA0SoEANMqBAAmKwQA1ioEAHUxBAAzKwQAeysEAIgrBADQKwQA1SsEACUsBAAvLAQAeiwEAIksBADPLAQA1CwEACQtBAAxLQQAeS0EAIYtBADOLQQA2i0EACMuBAAyLgQAeC4EAIIuBADNLgQA2i4EACIvBAAnLwQAdy8EAHsvBADMLwQA2C8EACEwBAAnMAQAdjAEAHwwBADLMAQA0DAEACAxBAAmMQQAokwRAIIxBADKMQQA1zEEAB8yBAArMgQAdDIEAIMyBADJMgQA0zIEAB4zBAAsMwQAczMEAHgzBADIMwQA1TMEAB00BAAkNAQAcjQEAHc0BADHNAQA0zQEABw1BAAfNQQAcTUEAH41BADGNQQAyzUEABs2BAAlNgQAcDYEAHw2BADFNgQA2DYEABo3BAAoNwQAbzcEAHI3BADENwQAzjcEABk4BAAlOAQAbjgEAHQ4BADDOAQAyTgEABg5BAAdOQQAbTkEAHM5BAD3TBEAzDkEAMTfBgDOOQQAJyUJANE5BAAXOgQAGToEAGw6BAB9OgQAwToEANI6BAAWOwQAHjsEAGs7BAB7OwQAwDsEAMI7BAAVPAQAIzwEAGo8BAB7PAQATE0RAMY8BAChTREAFT0EAGk9BABuPQQAvj0EAG89BAA9aQQAxD0EABM+BAAdPgQAaD4EAHQ+BAC9PgQAwz4EABI/BAAYPwQAZz8EAGw/BAC8PwQAwj8EAPZNEQAfQAQAZkAEAH9ABAC7QAQAvEAEABBBBAAtQQQAZUEEAG1BBACYYwQAf0EEALpBBAC9QQQAD0IEABRCBAD1ThEAfUIEALlCBAC/QgQADkMEAM9CBACo/QQAEEMEAGNDBABpQwQAuEMEAMxDBAANRAQAFUQEAGJEBABvRAQAt0QEALxEBAAMRQQAFkUEAGFFBABpRQQAtkUEAMdFBAALRgQAEEYEAGBGBABiRgQAtUYEALxGBAAKRwQAFkcEAF9HBABmRwQAtEcEANBHBAAJSAQAEUgEAEpPEQBfSAQAs0gEAL9IBAAISQQAFUkEAF1JBABlSQQAskkEALVJBAAHSgQAEkoEAFxKBABeSgQAsUoEALdKBAAGSwQAEksEAFtLBABiSwQAsEsEALhLBAAFTAQACkwEAFpMBABzTAQAr0wEANtMBAAETQQAEE0EAFlNBABoTQQArk0EALhNBAADTgQAC04EAFhOBABoTgQArU4EALtOBAACTwQAE08EAFdPBABjTwQAn08RALFPBAABUAQACVAEAFZQBABXUAQAq1AEAGxQBACsnQsAyFAEAABRBAAIUQQAVVEEAFlRBACqUQQAsFEEAP9RBAABUgQAVFIEAFVSBACpUgQAqlIEAP5SBAAKUwQAU1MEAFlTBACoUwQAsFMEAP1TBAD/UwQAUlQEAG1UBACnVAQAqVQEAPxUBAAKVQQAUVUEAGJVBACmVQQAqFUEAPtVBAAUVgQAUFYEAGFWBAClVgQAsVYEAPRPEQAIVwQAT1cEABZXBACw8gcAZVcEAKRXBAClVwQA+VcEAApYBABOWAQAWlgEAKNYBAC5WAQA+FgEAARZBABNWQQAWlkEAKJZBACsWQQA91kEAPlZBABMWgQAVloEAKFaBACvWgQA9loEAPtaBABLWwQAWFsEAKBbBAC8WwQA9VsEAP1bBABJUBEAWFwEAJ9cBAC4XAQA9FwEAPVcBABJXQQAZl0EAJ5dBACmXQQA810EAAReBABIXgQAVl4EAJ1eBAC2XgQA8l4EAPheBABHXwQASV8EAJxfBACiXwQA8V8EAAVgBABGYAQATmAEAJtgBACoYAQA8GAEAPVgBABFYQQAT2EEAJphBACiYQQA72EEAP9hBABEYgQASWIEAJliBACiYgQA7mIEAPtiBABDYwQASmMEAJ5QEQCpYwQA7WMEAPtjBABCZAQAW2QEAJdkBACdZAQA7GQEAO5kBABBZQQAR2UEAJZlBACqZQQA62UEAPNlBABAZgQATWYEAJVmBACaZgQA6mYEAPRmBAA/ZwQAR2cEAJRnBACkZwQA6WcEAO5nBAA+aAQAR2gEAJNoBACgaAQA6GgEAO9oBADzUBEAQmkEAJJpBACTaQQA52kEAPNpBAA8agQAQmoEAJFqBACiagQA5moEAPpqBAA7awQASmsEAJBrBACVawQA5WsEAPJrBAA6bAQASmwEAI9sBACdbAQA5GwEAPtsBAA5bQQAQm0EAI5tBACUbQQA420EAO9tBAA4bgQAP24EAI1uBACpbgQA4m4EAOpuBABIUREAPW8EAIxvBACSbwQA4W8EAOZvBAA2cAQAPHAEAJ1REQCQcAQA4HAEAOJwBAA1cQQAPHEEAIpxBACYcQQA33EEAOxxBAA0cgQAS3IEAIlyBACRcgQA3nIEAN9yBAAzcwQANnMEAIhzBACccwQA3XMEAOxzBAAydAQAN3QEAId0BACIdAQA3HQEAPN0BABHUhEAP3UEAIZ1BACcdQQA23UEAOd1BAAwdgQANXYEAIV2BACOdgQA2nYEAOR2BAAvdwQAO3cEAPtTBgBLdwQAhHcEAIx3BACcUhEA3ncEAC54BAA7eAQAg3gEAJB4BADYeAQA5HgEAC15BAA8eQQAgnkEAIx5BADXeQQA5XkEACx6BAAxegQAgXoEAI56BADWegQA3noEAPFSEQA5ewQAgHsEAJZ7BADVewQA4XsEACp8BAAvfAQAf3wEAIh8BADUfAQA3nwEACl9BAAxfQQAfn0EAIp9BADTfQQA5n0EACh+BAApfgQAfX4EAIt+BADSfgQA2H4EACd/BAAzfwQAfH8EAIN/BABGUxEA238EACaABAAugAQAe4AEAIGABABJrQkAioAEANCABADVgAQAD+wEANaABAAlgQQAMYEEAHqBBAB8gQQAz4EEANmBBAAkggQAMIIEAHmCBACBggQAm1MRANaCBAAjgwQAMoMEAHiDBAB9gwQAzYMEANqDBAAihAQAL4QEAHeEBACDhAQAzIQEANuEBAAhhQQAK4UEAHaFBACEhQQAy4UEANCFBAAghgQALYYEAHWGBAB9hgQAyoYEANSGBAAfhwQAJIcEAHSHBAB8hwQAyYcEANSHBAAeiAQAI4gEAHOIBAB2iAQAyIgEANKIBAAdiQQAJYkEAPBTEQB3iQQAx4kEANaJBAAcigQAHooEAHGKBACCigQAxooEANGKBAAbiwQAIIsEAHCLBABziwQAxYsEAM+LBAAajAQAIowEAG+MBABxjAQAxIwEANGMBAAZjQQAII0EAG6NBAB2jQQAw40EAMSNBAAYjgQAHY4EAG2OBABzjgQAwo4EAMyOBAAXjwQAH48EAEVUEQCijwQAwY8EAPaPBAAWkAQAMJAEAGuQBACRkAQAwJAEANqQBAAVkQQAO5EEAGqRBACEkQQAv5EEAOiRBAAUkgQAHJIEAGmSBABrkgQAvpIEAMuSBAATkwQAGpMEAGiTBABwkwQAvZMEAL6TBAASlAQAF5QEAGeUBABtlAQAvJQEAMaUBAARlQQAGZUEAJpUEQCClQQA71QRAMOVBAAQlgQAEpYEAGWWBABylgQAupYEAMGWBAAPlwQAF5cEAGSXBABllwQAuZcEAL6XBAAOmAQAFJgEAGOYBABtmAQAuJgEAMCYBABEVREAEpkEAGKZBABkmQQAt5kEAL6ZBAAMmgQAGpoEAGGaBABumgQAtpoEAM2aBAALmwQAE5sEAGCbBABqmwQAtZsEAHabBABX+QQAwJsEAAqcBAAWnAQAX5wEAGecBACZVREAtZwEAAmdBAC+nAQAM3IFAMqcBADxXgUADp0EAF6dBABhnQQAs50EAL2dBAAIngQAH54EAF2eBABjngQAsp4EAL6eBAAHnwQACp8EAFyfBAB5nwQAsZ8EAMKfBAAGoAQAJaAEAFugBABjoAQAsKAEALKgBAAFoQQAFKEEAFqhBABkoQQAr6EEAL2hBAAEogQAH6IEAFmiBABlogQArqIEALaiBADuVREAD6MEAFijBABnowQAraMEALKjBAACpAQACKQEAFekBABepAQArKQEALSkBAABpQQAA6UEAFalBABdpQQAq6UEAK2lBAAApgQAAaYEAFWmBABfpgQAqqYEALamBAD/pgQABacEAFSnBABupwQAqacEALGnBAD+pwQAFKgEAFOoBABhqAQAqKgEAKuoBAD9qAQAAKkEAFKpBABgqQQAp6kEALSpBAD8qQQAE6oEAFGqBABZqgQApqoEAKiqBAD7qgQAA6sEAFCrBABnqwQApasEALGrBAD6qwQAEKwEAE+sBABXrAQApKwEALKsBAD5rAQAA60EAE6tBABWrQQAo60EAKqtBAD4rQQABK4EAE2uBABOrgQAoq4EAK6uBAD3rgQABK8EAEyvBABTrwQAoa8EAKSvBAD2rwQA/q8EAEuwBABQsAQAoLAEAK2wBAD1sAQAJbEEAEqxBABSsQQAQ1YRAKexBABfjxEAu7EEAPSxBAD8sQQAmFYRAFeyBACesgQAoLIEAPOyBAAEswQASLMEAFCzBACdswQAqbMEAPKzBAD4swQAR7QEAE20BACctAQAobQEAPG0BAD3tAQA7VYRAEu1BACbtQQAUrUEAAzmDQCjtQQA8LUEAPW1BADrXwoA9rUEAEyoCwD8tQQALhwLAP+1BABFtgQAAbYEAKSlCwBKtgQAmrYEAEu2BAD3VAkAp7YEAO+2BAD8tgQARLcEAFC3BACZtwQAqLcEAO63BAD4twQAQVgRAE24BACYuAQAnbgEAO24BAD1uAQAllgRAEi5BACXuQQArbkEAOy5BAD6uQQAQboEAE66BACWugQAmLoEAOu6BAD1ugQAQLsEAEy7BACVuwQAnLsEAOq7BADyuwQAP7wEAEa8BACUvAQAnbwEAOm8BAD1vAQAPr0EAEa9BABAWREAmL0EAOi9BADwvQQAPb4EAEy+BACSvgQAl74EAOe+BAD0vgQAPL8EAEm/BACRvwQAnb8EAOa/BAD1vwQAO8AEAEXABACQwAQAnsAEAOXABADqwAQAOsEEAEfBBACPwQQAl8EEAOTBBADuwQQAOcIEAEfCBACOwgQApMIEAOPCBADvwgQAOMMEAD3DBACNwwQAlsMEAOLDBADswwQAlVkRAEHEBACMxAQAmMQEAOHEBADpxAQA6lkRADvFBACLxQQAmMUEAODFBADtxQQANcYEAEHGBACKxgQAmcYEAN/GBADpxgQANMcEAEzHBACJxwQAk8cEAN7HBADsxwQAM8gEAEnIBACIyAQAlMgEAN3IBADiyAQAMskEADvJBACHyQQAkckEANzJBADkyQQAP1oRAD7KBACGygQAR8oEAPKnEACTygQA28oEAOfKBAAwywQAP8sEAIXLBACPywQA2ssEAOjLBAAvzAQAPMwEAITMBACbzAQA2cwEAOHMBAAuzQQAOM0EAIPNBACIzQQA2M0EAODNBACUWhEAOc4EAILOBACIzgQA184EAPLOBAAszwQAOM8EAIHPBACHzwQA6VoRAN7PBAA+WxEAMNAEAIDQBACN0AQA1dAEAOLQBAAq0QQANtEEAH/RBACO0QQA1NEEAN7RBAAp0gQAN9IEAH7SBACD0gQA09IEAODSBAAo0wQAMNMEAJNbEQCJ0wQA0tMEAOLTBAAn1AQAMNQEAHzUBAB/1AQA0dQEAN3UBAAm1QQALdUEAOhbEQCJ1QQA0NUEAObVBAAl1gQAMdYEAHrWBACB1gQAz9YEANfWBAAk1wQAKdcEAHnXBACC1wQAztcEANjXBAA9XBEAKNgEAHjYBAAv2AQAydwEAIDYBADN2AQA09gEACLZBAAn2QQAd9kEAIDZBADM2QQA1tkEACHaBAAt2gQAdtoEAH7aBACSXBEA0NoEACDbBAAo2wQAddsEAIDbBADK2wQAz9sEAB/cBAAi3AQAdNwEAH7cBADnXBEA09wEAB7dBAAi3QQAc90EAHjdBADI3QQAzt0EAB3eBAA93gQAct4EAHreBADH3gQA1d4EABzfBAAf3wQAcd8EAHnfBADG3wQAz98EABvgBAAo4AQAcOAEAHbgBADF4AQA0eAEABrhBAAc4QQAb+EEAH7hBADE4QQAz+EEABniBAAb4gQAbuIEAIfiBADD4gQA1OIEABjjBAAk4wQAPF0RAHXjBADC4wQA4uMEABfkBAAl5AQAbOQEAHnkBADB5AQAyOQEABblBAAy5QQAa+UEAHPlBACRXREAxeUEABXmBAAi5gQAauYEAHfmBAC/5gQAy+YEABTnBAAj5wQAaecEAHPnBAC+5wQA0+cEABPoBAAb6AQAaOgEAHfoBAC96AQAv+gEABLpBAAb6QQAZ+kEAGrpBAC86QQAyOkEABHqBAAt6gQAZuoEAG7qBADmXREAwOoEABDrBAAm6wQAZesEAHHrBAC66wQA3esEADteEQAc7AQAZOwEAHHsBAC57AQAxewEAA7tBAAd7QQAY+0EAG3tBAC47QQAwO0EAA3uBAAX7gQAYu4EAGfuBAC37gQAv+4EAJBeEQAg7wQAYe8EAIfvBAC27wQA3O8EAAvwBAAx8AQAYPAEAIvwBAC18AQAvfAEAArxBAA08QQAX/EEAJXxBAC08QQA2vEEAAnyBAAv8gQAXvIEAJTyBACz8gQA3vIEAAjzBAAQ8wQAXfMEAGLzBAADTQUAbPMEALLzBAC38wQAB/QEABT0BABc9AQAafQEALH0BAC99AQABvUEABX1BABb9QQAZfUEALD1BAC+9QQABfYEAAr2BABa9gQAZ/YEAK/2BAC39gQABPcEAAr3BABZ9wQADvcEAFtKBQBl9wQArvcEAL73BAAD+AQADPgEAFj4BABb+AQArfgEALn4BAAC+QQACfkEAOVeEQBr+QQArPkEAK/5BAAB+gQAHvoEAFb6BABn+gQAq/oEALL6BAAA+wQAGfsEAFX7BABd+wQAqvsEAMD7BAD/+wQABPwEAFT8BABb/AQAqfwEALL8BAD+/AQAD/0EAFP9BABf/QQAOl8RAKr9BAD6AAUAvP0EAP39BAAA/gQAUv4EAG/+BACn/gQAuP4EAPz+BAAL/wQAUf8EAGL/BACm/wQAtP8EAPv/BAAHAAUAUAAFAF0ABQClAAUArwAFAI9fEQAAAQUATwEFAF0BBQCkAQUApgEFAPkBBQAAAgUATgIFAGcCBQDkXxEArAIFAPgCBQAFAwUATQMFAFsDBQCiAwUAsQMFAPcDBQD5AwUATAQFAFYEBQChBAUArwQFAPYEBQD7BAUASwUFAFgFBQCgBQUAowUFAPUFBQABBgUASgYFAF0GBQCfBgUArgYFAPQGBQAABwUASQcFAEoHBQCeBwUAqAcFAPMHBQABCAUASAgFAE0IBQCdCAUAqggFADlgEQD3CAUARwkFAF0JBQCcCQUAsgkFAPEJBQD6CQUARgoFAFMKBQCbCgUAqQoFAPAKBQD/CgUARQsFAEcLBQCaCwUApAsFAO8LBQD9CwUARAwFAEkMBQCZDAUApgwFAO4MBQDxDAUAQw0FAEsNBQCYDQUAqQ0FAO0NBQD7DQUAQg4FAE8OBQCXDgUAtw4FAOwOBQD0DgUAQQ8FAFEPBQCWDwUAmA8FAOsPBQD5DwUAQBAFAFEQBQA4YREAmxAFAOoQBQD2EAUAjWERAEYRBQCUEQUATBEFAPr+BgCbEQUA6REFAO8RBQA+EgUAShIFAJMSBQCWEgUA6BIFAOsSBQA9EwUAZRMFAJITBQC1EwUA5xMFAPITBQA8FAUAQRQFAJEUBQCUFAUA5hQFAPAUBQA7FQUAYxUFAOJhEQCVFQUA5RUFAPIVBQA6FgUARxYFAI8WBQCbFgUA5BYFAPMWBQA5FwUAQxcFAI4XBQCWFwUA4xcFAO0XBQA4GAUAPRgFAI0YBQCVGAUAN2IRAO8YBQA3GQUASxkFAIwZBQCUGQUA4RkFAOYZBQA2GgUARhoFAIsaBQCTGgUA4BoFAOoaBQA1GwUAQBsFAIobBQCWGwUA3xsFAOcbBQCMYhEANRwFAIkcBQCVHAUA3hwFAO0cBQAzHQUAQR0FAIgdBQCYHQUA3R0FAOsdBQAyHgUAPh4FAIceBQCOHgUA3B4FAOQeBQAxHwUARx8FAIYfBQCaHwUA2x8FAN4fBQAwIAUATSAFAIUgBQCWIAUA2iAFAOIgBQAvIQUAOiEFAIQhBQCJIQUA2SEFANwhBQAuIgUAOCIFAIMiBQCGIgUA4WIRANoiBQAsIQgA3SIFAC0jBQAwIwUAgiMFAIwjBQDXIwUA3yMFACwkBQBLJAUANmMRAJUkBQDWJAUA/CQFACslBQBRJQUAgCUFAKYlBQDVJQUADSYFAComBQBgJgUAfyYFAKUmBQDUJgUA+iYFACknBQBfJwUAficFAKInBQDTJwUA7ycFACgoBQAwKAUAi2MRAIIoBQDSKAUA3ygFACcpBQA0KQUAfCkFAIgpBQDRKQUA4CkFACYqBQAwKgUAeyoFAIkqBQDQKgUA1SoFACUrBQAyKwUAeisFAIIrBQDgYxEA2ysFACQsBQA0LAUAeSwFAIIsBQDOLAUA0SwFACMtBQAvLQUAeC0FAH8tBQA1ZBEA2y0FACIuBQA4LgUAdy4FAIMuBQDMLgUA0y4FACEvBQApLwUAdi8FAHsvBQDLLwUA1C8FACAwBQAqMAUAimQRAHYwBQDKMAUA1jAFAB8xBQAlMQUAdDEFAHYxBQDJMQUA0zEFAB4yBQAsMgUAczIFAHgyBQDIMgUA1TIFAB0zBQAlMwUAcjMFAHwzBQDHMwUA1TMFABw0BQAyNAUAcTQFAH00BQDGNAUAzTQFABs1BQAjNQUAcDUFAHU1BQDFNQUAzjUFABo2BQAkNgUA32QRAHI2BQDENgUA4TYFABk3BQAqNwUAbjcFAHw3BQDDNwUA2zcFABg4BQAbOAUAbTgFAIo4BQDCOAUA0zgFABc5BQAvOQUAbDkFAHg5BQDBOQUA1DkFABY6BQAlOgUAazoFAHc6BQDAOgUAwToFABU7BQAfOwUAajsFAHg7BQC/OwUAxDsFABQ8BQAhPAUANGURAG48BQC+PAUAyzwFABM9BQAgPQUAaD0FAHQ9BQC9PQUAzD0FABI+BQAcPgUAZz4FAHU+BQC8PgUAwT4FABE/BQAePwUAZj8FAG4/BQAzZhEAxz8FABBABQAgQAUAZUAFAG5ABQC6QAUAvUAFAA9BBQAbQQUAZEEFAGtBBQCIZhEAx0EFAA5CBQAkQgUAY0IFAG9CBQC4QgUAv0IFAA1DBQAVQwUAYkMFAGdDBQC3QwUAwEMFAAxEBQAWRAUA3WYRAGJEBQC2RAUAwkQFAAtFBQARRQUAYEUFAGJFBQC1RQUAv0UFAApGBQAYRgUAX0YFAGRGBQC0RgUAwUYFAAlHBQARRwUAXkcFAGhHBQCzRwUAwUcFAAhIBQAeSAUAXUgFAGlIBQCySAUAuUgFAAdJBQAPSQUAXEkFAGFJBQCxSQUAukkFAAZKBQAQSgUAMmcRAGlKBQCwSgUAxkoFAAVLBQARSwUAWksFAGFLBQCvSwUAt0sFAARMBQAJTAUAWUwFAGJMBQCuTAUAuEwFAIdnEQAETQUAWE0FAGRNBQCtTQUAs00FAAJOBQAETgUAV04FAGFOBQCsTgUAuk4FAAFPBQAGTwUAVk8FAGNPBQCrTwUAs08FAABQBQAKUAUAVVAFAGNQBQCqUAUAwFAFAP9QBQALUQUAVFEFAFtRBQCpUQUAsVEFAP5RBQADUgUAU1IFAFxSBQCoUgUAslIFANxnEQD/UgUAx9YMAAtTBQBSUwUAY1MFAKdTBQCsUwUA/FMFABNUBQBRVAUAZVQFAKZUBQC+VAUA+1QFAApVBQBQVQUAVVUFAKVVBQCyVQUA+lUFAAdWBQBPVgUAW1YFAKRWBQCzVgUA+VYFAANXBQBOVwUAVlcFAKNXBQDBVwUA+FcFAABYBQBNWAUAVlgFAKJYBQCvWAUA91gFAPlYBQBMWQUAZVkFAKFZBQCyWQUA9lkFAAJaBQBLWgUAU1oFADFoEQClWgUA9VoFAP1aBQBKWwUAWVsFAJ9bBQCkWwUA9FsFAAFcBQBJXAUAVlwFAJ5cBQCqXAUA81wFAAJdBQBIXQUAUl0FAJ1dBQClXQUA8l0FAPxdBQBHXgUATF4FAJxeBQCkXgUAhmgRAAVfBQBGXwUASV8FAJtfBQC4XwUA8F8FAAFgBQBFYAUAe2AFAJpgBQC5YAUA72AFAPdgBQBEYQUARmEFAJlhBQCoYQUA7mEFAPhhBQBDYgUAUWIFAJhiBQCzYgUA7WIFAPliBQBCYwUASmMFANtoEQCjYwUA7GMFAPtjBQBBZAUARmQFAJZkBQCcZAUA62QFAPJkBQBAZQUASGUFAJVlBQCXZQUA6mUFAPFlBQA/ZgUAQWYFAJRmBQCVZgUA6WYFAPNmBQA+ZwUASmcFAJNnBQCZZwUA6GcFAAJoBQA9aAUARWgFAJJoBQCoaAUA52gFAPVoBQA8aQUAP2kFAJFpBQCUaQUA5mkFAPRpBQA7agUASGoFAJBqBQCnagUA5WoFAO1qBQA6awUAPGsFAI9rBQCXawUA5GsFAPtrBQA5bAUARWwFAI5sBQCkbAUA42wFAOtsBQA4bQUARm0FAI1tBQCXbQUA4m0FAOptBQA3bgUAPm4FAIxuBQCYbgUA4W4FAOJuBQA2bwUAQm8FAItvBQCYbwUA4G8FAOdvBQA1cAUAOHAFAIpwBQCScAUA33AFAORwBQA0cQUAQXEFAIlxBQC5cQUA3nEFAOZxBQAwaREAOXIFAIhyBQCWcgUA3XIFAO5yBQAycwUAN3MFAIdzBQCecwUA3HMFAPBzBQAxdAUAUHQFAIZ0BQCOdAUA23QFAN10BQAwdQUAP3UFAIV1BQCPdQUA2nUFAOh1BQAvdgUASnYFAIR2BQCQdgUA2XYFAOF2BQCFaREAOncFAIN3BQCSdwUA2HcFAN13BQAteAUAM3gFAIJ4BQCJeAUA13gFAN94BQAseQUALnkFAIF5BQCIeQUA1nkFANh5BQAregUALHoFAIB6BQCKegUA1XoFAOF6BQAqewUAMHsFAH97BQCZewUA1HsFANx7BQApfAUAP3wFAH58BQCMfAUA03wFANZ8BQAofQUAK30FAH19BQCLfQUA0n0FAN99BQAnfgUAPn4FAHx+BQCEfgUA0X4FANN+BQAmfwUALn8FAHt/BQCSfwUA0H8FANx/BQAlgAUAO4AFAHqABQCCgAUAz4AFAN2ABQAkgQUALoEFAHmBBQCBgQUAzoEFANWBBQAjggUAL4IFAHiCBQB5ggUAzYIFANmCBQAigwUAL4MFAHeDBQB+gwUAzIMFAM+DBQAhhAUAKYQFAHaEBQB7hAUAy4QFANiEBQAghQUAUIUFAHWFBQB9hQUA2mkRAM+FBQAfhgUAO4YFAHSGBQB8hgUAL2oRAAKHBQAehwUARIcFAHOHBQCchwUAyIcFAP6HBQAdiAUAMogFAHKIBQB6iAUAx4gFAMqIBQAciQUAOYkFAHGJBQCCiQUAxokFAMmJBQAbigUAJYoFAHCKBQByigUAxYoFAM+KBQAaiwUAJosFAG+LBQCLiwUAxIsFAMyLBQCEahEATIwFAG6MBQBxjAUAw4wFAOmMBQAYjQUAQY0FAG2NBQCRjQUAwo0FAMqNBQDZahEAHI4FAGyOBQB5jgUAwY4FAM6OBQAWjwUAIo8FAGuPBQB6jwUAwI8FAMqPBQAVkAUAI5AFAGqQBQBvkAUAv5AFAMyQBQAUkQUAHJEFAGmRBQBzkQUAvpEFAMyRBQATkgUAKZIFAGiSBQB0kgUAvZIFAMKSBQASkwUAG5MFAGeTBQBxkwUAvJMFANiTBQARlAUAGZQFAC5rEQBolAUAu5QFAMmUBQAQlQUAIZUFAINrEQBslQUA2GsRAL+VBQAPlgUAF5YFAGSWBQBzlgUAuZYFAL+WBQAOlwUAGpcFAGOXBQBllwUAuJcFAMKXBQANmAUAGZgFAGKYBQBqmAUAgmwRALyYBQAMmQUAG5kFAGGZBQCBmQUAtpkFAMKZBQALmgUAFZoFAGCaBQBomgUAtZoFALeaBQAKmwUAGpsFAF+bBQBpmwUAtJsFAMCbBQAJnAUAD5wFAF6cBQBmnAUA12wRAMqcBQAInQUAEJ0FAF2dBQBnnQUAsp0FALedBQAHngUAD54FACxtEQBhngUAsZ4FALqeBQB4JgwAvp4FAAafBQDHngUADjgPABCfBQBI/g4AE58FAFufBQBnnwUAsJ8FAL+fBQAFoAUAD6AFAFqgBQBioAUAci0LAGigBQCvoAUAvKAFAAShBQAboQUAWaEFAGGhBQCuoQUAuKEFAAOiBQAIogUAWKIFAGCiBQCBbREAuqIFAAKjBQAQowUAV6MFAGqjBQCsowUAtKMFAAGkBQAEpAUAVqQFAFukBQCrpAUAuqQFAAClBQAgpQUAVaUFAGGlBQCqpQUAtKUFAP+lBQAbpgUAVKYFAFymBQDWbREAvKYFAP6mBQAEpwUAU6cFAF+nBQCopwUAsqcFAP2nBQADqAUAUqgFAGCoBQCnqAUAs6gFAPyoBQD/qAUAUakFAFKpBQCmqQUAsqkFAPupBQABqgUAUKoFAFaqBQClqgUAsaoFAPqqBQAXqwUAT6sFAFirBQCkqwUAsKsFAPmrBQD8qwUATqwFAFisBQCjrAUAr6wFAPisBQD+rAUATa0FAFOtBQCirQUAp60FAPetBQD9rQUAK24RAFiuBQChrgUAo64FAPauBQAFrwUAS68FAFavBQCgrwUArK8FAPWvBQD8rwUASrAFAFKwBQCfsAUAqbAFAPSwBQD/sAUASbEFAFWxBQCesQUAprEFACpvEQD1sQUASLIFAFuyBQCdsgUApbIFAPKyBQD4sgUAR7MFAFOzBQCcswUAprMFAPGzBQD3swUARrQFAFS0BQCbtAUAp7QFAPC0BQDztAUARbUFAE21BQCatQUAm7UFAO+1BQD7tQUARLYFAEq2BQCZtgUAobYFAO62BQD0tgUAQ7cFAE+3BQCYtwUAtbcFAO23BQD2twUAQrgFAE64BQCXuAUAmrgFAOy4BQD2uAUAQbkFAEm5BQCWuQUAp7kFAOu5BQD5uQUAQLoFAFa6BQCVugUAo7oFAOq6BQD0ugUAf28RAE67BQCUuwUAn7sFAOm7BQD1uwUAPrwFAEW8BQCTvAUAm7wFAOi8BQDyvAUAPb0FAEi9BQCSvQUAnr0FAOe9BQDvvQUA1G8RAD6+BQCRvgUApL4FAOa+BQDuvgUAO78FAEG/BQCQvwUAnL8FAOW/BQDvvwUAOsAFAEDABQCPwAUAncAFAOTABQDwwAUAOcEFADzBBQCOwQUAlsEFAOPBBQDkwQUAOMIFAETCBQCNwgUAk8IFAOLCBQDqwgUAN8MFAD3DBQCMwwUAmMMFAOHDBQD+wwUANsQFAD/EBQCLxAUAl8QFAODEBQDjxAUANcUFAD/FBQCKxQUAksUFAN/FBQDwxQUANMYFAELGBQCJxgUAn8YFAN7GBQDsxgUAM8cFAD3HBQCIxwUAkMcFAN3HBQAAyAUAKXARAD3IBQCHyAUAlcgFANzIBQDryAUAMckFADzJBQCGyQUAjskFANvJBQDpyQUAMMoFADPKBQCFygUAjcoFAH5wEQDoygUAL8sFADLLBQCEywUAjMsFACwjBgCQywUAAvgFAJPLBQDT0QUAoMsFANnLBQD1ywUA03ARADDMBQCDzAUAkMwFANjMBQDlzAUALc0FADLNBQCCzQUAjM0FANfNBQDmzQUALM4FADHOBQCBzgUAjs4FANbOBQDjzgUAK88FADfPBQCAzwUAj88FANXPBQDfzwUAKtAFADbQBQB/0AUAhdAFANTQBQDa0AUAKdEFAC7RBQB+0QUAhNEFAChxEQDY0QUAYu0FAOTRBQAo0gUANtIFAH3SBQCJ0gUA0tIFAN/SBQAn0wUAMdMFAHzTBQCY0wUA0dMFAO3TBQB9cREAKNQFAHvUBQCI1AUA0NQFAN3UBQAl1QUAKtUFAHrVBQCE1QUAz9UFAN7VBQAk1gUAKdYFAHnWBQCG1gUAztYFANvWBQAj1wUAL9cFAHjXBQCH1wUAzdcFANfXBQAi2AUALtgFAHfYBQB92AUAzNgFANLYBQAh2QUAJtkFAHbZBQB82QUA0nERANLZBQAg2gUALtoFAHXaBQB42gUAytoFANnaBQAf2wUAJNsFAHTbBQCB2wUAydsFANbbBQAe3AUAKtwFAHPcBQCC3AUAyNwFANLcBQAd3QUAK90FAHLdBQB33QUAx90FANTdBQAc3gUAKN4FAHHeBQCE3gUAxt4FANXeBQAb3wUAJ98FAHDfBQBx3wUAxd8FAM/fBQAa4AUAKOAFAG/gBQB04AUAxOAFANHgBQAnchEAG+EFAG7hBQB84QUAw+EFANThBQAmcxEAH+IFAHtzEQBy4gUAwuIFAMriBQAX4wUAJuMFAGzjBQBx4wUAweMFAM7jBQAW5AUAI+QFAGvkBQB35AUAwOQFAM/kBQAV5QUAH+UFACV0EQBs5QUAv+UFANrlBQAU5gUAFuYFAGnmBQCD5gUAvuYFAMvmBQAT5wUAH+cFAGjnBQBy5wUAvecFANfnBQAS6AUAIegFAGfoBQBs6AUAvOgFAMnoBQAR6QUAHukFAGbpBQBy6QUAu+kFAMrpBQAQ6gUAGuoFAGXqBQBx6gUAuuoFAM3qBQAP6wUAHusFAGTrBQBw6wUAuesFALrrBQAO7AUAGOwFAGPsBQBx7AUAuOwFAL3sBQAN7QUAGu0FAHp0EQBv7QUAt+0FAMTtBQAM7gUAGO4FAGHuBQBw7gUAtu4FAMDuBQAL7wUAGe8FAGDvBQBl7wUAte8FAMLvBQAK8AUAFvAFAF/wBQBy8AUAtPAFAMPwBQAJ8QUAFfEFAF7xBQBf8QUAs/EFAL3xBQAI8gUAFvIFAF3yBQBi8gUAsvIFAL/yBQDPdBEAFPMFAFzzBQBe8wUAsfMFAMrzBQAG9AUAF/QFAFv0BQBn9AUAsPQFALj0BQDOdREACvUFAFr1BQBi9QUAr/UFAL71BQAE9gUACfYFAFn2BQBm9gUArvYFALv2BQAD9wUAD/cFAFj3BQBn9wUArfcFALf3BQAjdhEAFfgFAFf4BQBm+AUArPgFALj4BQAB+QUAAvkFAFb5BQBg+QUAq/kFALn5BQAA+gUABfoFAFX6BQBi+gUAeHYRAK/6BQD/+gUADPsFAFT7BQBh+wUAqfsFALX7BQD++wUADfwFAFP8BQBd/AUAqPwFALb8BQD9/AUAAv0FAFL9BQBf/QUAp/0FAK/9BQB3dxEACP4FAFH+BQBh/gUApv4FAK/+BQD7/gUA/v4FAFD/BQBc/wUApf8FAKz/BQDMdxEABQAGAE8ABgBQAAYApAAGALwABgD5AAYABgEGAE4BBgBaAQYAowEGAK0BBgD4AQYA/AEGAE0CBgBSAgYAogIGAKgCBgD3AgYAFwMGAEwDBgBkAwYAoQMGALgDBgD2AwYAAgQGAEsEBgBVBAYAoAQGAKIEBgD1BAYA/AQGAEoFBgBRBQYAnwUGAKUFBgD0BQYAAAYGAEkGBgBMBgYAngYGAKEGBgDzBgYA/wYGAEgHBgBLBwYAIXgRAKIHBgDyBwYA+gcGAEcIBgBNCAYAnAgGAKEIBgDxCAYA+ggGAEYJBgBQCQYAmwkGAKcJBgDwCQYA+AkGAHZ4EQBKCgYAmgoGAKIKBgDvCgYA+goGAEQLBgBJCwYAmQsGAJwLBgDuCwYA+AsGAMt4EQBPDAYAmAwGAJ8MBgDtDAYA+wwGAEINBgBFDQYAlw0GAJ8NBgDsDQYA7w0GAEEOBgBNDgYAlg4GAJwOBgDrDgYABg8GAEAPBgBMDwYAlQ8GAJsPBgDqDwYA8g8GAD8QBgBDEAYAlBAGAKAQBgDpEAYA9hAGAD4RBgBIEQYAkxEGAJsRBgDoEQYA6hEGAD0SBgBBEgYAkhIGAJQSBgDnEgYA+xIGACB5EQBEEwYAkRMGAJUTBgDmEwYA6BMGADsUBgA+FAYAkBQGAJgUBgDlFAYA8hQGADoVBgA/FQYAjxUGAJkVBgDkFQYA7BUGADkWBgA6FgYAjhYGAJMWBgDjFgYA5hYGADgXBgA7FwYAjRcGAJsXBgDiFwYA+xcGADcYBgBIGAYAjBgGAJgYBgDhGAYA6RgGAHV5EQA7GQYAixkGAJMZBgDgGQYA7xkGADUaBgA6GgYAihoGAJcaBgDfGgYA7BoGADQbBgBAGwYAiRsGAJgbBgDeGwYA6BsGADMcBgA7HAYAiBwGAJIcBgDdHAYA4hwGADIdBgA6HQYAynkRAJIdBgDcHQYA6B0GADEeBgA5HgYAH3oRAJIeBgDbHgYA4h4GADAfBgA+HwYAhR8GAIgfBgDaHwYA4h8GAC8gBgAyIAYAhCAGAJAgBgDZIAYA3yAGAC4hBgBJIQYAgyEGAI8hBgDYIQYA3iEGAC0iBgBQIgYAgiIGAIUiBgDXIgYA+yIGAHR6EQA7IwYAgSMGAIYjBgDWIwYA4yMGACskBgA4JAYAgCQGAIwkBgDVJAYA5CQGAColBgA0JQYAfyUGAI0lBgDUJQYA2SUGACkmBgA2JgYAfiYGAIYmBgDJehEA4CYGACgnBgAwJwYAfScGAJYnBgDSJwYA2CcGACcoBgAsKAYAfCgGAJwoBgDRKAYA3SgGACYpBgAzKQYAeykGAIMpBgDQKQYA0ykGACUqBgAvKgYAeioGAHwqBgDPKgYA2SoGACQrBgAwKwYAHnsRAI8rBgDOKwYA2isGACMsBgAoLAYAeCwGACssBgDPcxIAgSwGAM0sBgDXLAYAIi0GACotBgAyGQoALi0GAHctBgBFLQYAoFUKAH0tBgDMLQYAii0GADkPDQDSLQYAIS4GACYuBgB2LgYAfC4GAHN7EQDZLgYAIC8GADYvBgB1LwYAgS8GAMovBgDPLwYAHzAGACgwBgB0MAYAfjAGAMkwBgDRMAYAHjEGAC0xBgBzMQYAeDEGAMgxBgDVMQYAHTIGACoyBgByMgYAfjIGAMcyBgDWMgYAHDMGACYzBgBxMwYAfzMGAMYzBgDTMwYAGzQGADI0BgBwNAYAeDQGAMU0BgDPNAYAGjUGAB81BgBvNQYAdzUGAHJ8EQDQNQYAGTYGAB82BgBuNgYAiTYGAMM2BgDPNgYAGDcGAB43BgDHfBEAczcGADa8DQCANwYAwjcGANE3BgAXOAYAIzgGAGw4BgBtOAYAwTgGAMs4BgAWOQYAJDkGAGs5BgBwOQYAwDkGAM05BgAcfREAGjoGAGo6BgByOgYAvzoGAMI6BgAUOwYAHTsGAGk7BgB4OwYAvjsGAMk7BgATPAYAGzwGAGg8BgB4PAYAvTwGAMs8BgASPQYAIz0GAGc9BgBzPQYAvD0GAMQ9BgAbfhEAFz4GAGY+BgBuPgYAuz4GAMI+BgAQPwYAHj8GAGU/BgBrPwYAuj8GAMY/BgAPQAYAHkAGAGRABgBuQAYAuUAGAL5ABgAOQQYAFEEGAGNBBgB3QQYAuEEGAMBBBgANQgYAN0IGAGJCBgBrQgYAt0IGAMRCBgAMQwYAGkMGAGFDBgB0QwYAtkMGANJDBgBwfhEAEEQGAGBEBgBtRAYAtUQGAMJEBgAKRQYAFkUGAF9FBgBuRQYAtEUGAL5FBgAJRgYAF0YGAF5GBgBjRgYAs0YGAMBGBgAIRwYAEEcGAMV+EQBpRwYAskcGAMJHBgAHSAYAEEgGAFxIBgBfSAYAsUgGAL1IBgAGSQYADUkGABp/EQCFSQYAsEkGALlJBgAFSgYAEkoGAFpKBgBoSgYAr0oGAMJKBgAESwYAIEsGAG9/EQBnSwYArksGAMRLBgADTAYAD0wGAFhMBgBfTAYArUwGALVMBgACTQYAB00GAFdNBgBgTQYArE0GALZNBgDEfxEAAk4GAFZOBgBiTgYAq04GALFOBgAATwYAAk8GAFVPBgBfTwYAqk8GALhPBgD/TwYABFAGAFRQBgBhUAYAqVAGALFQBgD+UAYACFEGAFNRBgBhUQYAqFEGAL5RBgD9UQYACVIGAFJSBgBZUgYAp1IGAK9SBgD8UgYAAVMGAFFTBgBaUwYAplMGALBTBgAZgBEAAVQGAFBUBgBWVAYApVQGAKpUBgD6VAYAAFUGAG6AEQBUVQYApFUGALFVBgD5VQYABlYGAE5WBgBaVgYAo1YGALJWBgD4VgYAAlcGAE1XBgBbVwYAolcGAKdXBgD3VwYABFgGAExYBgBUWAYAbYERAK9YBgD2WAYADFkGAEtZBgBXWQYAoFkGAKVZBgD1WQYA/lkGAEpaBgBUWgYAwoERAKtaBgD0WgYABVsGAElbBgBVWwYAnlsGAK1bBgDzWwYA/VsGAEhcBgBWXAYAnVwGAKJcBgDyXAYA/1wGAEddBgBRXQYAnF0GAFNdBgBDYQYAql0GAPFdBgAHXgYARl4GAFJeBgCbXgYAoF4GAPBeBgD5XgYARV8GAE9fBgCaXwYApl8GAO9fBgD1XwYARGAGAEpgBgCZYAYAnmAGAO5gBgD0YAYAF4IRAElhBgCYYQYAnmEGAO1hBgDyYQYAQmIGAEhiBgBsghEApWIGAOxiBgACYwYAQWMGAE1jBgCWYwYAm2MGAOtjBgD0YwYAQGQGAEpkBgCVZAYAoWQGAOpkBgD9ZAYAP2UGAE5lBgCUZQYAoGUGAOllBgDqZQYAPmYGAEhmBgCTZgYAoWYGAOhmBgDtZgYAPWcGAEpnBgDBghEAoWcGAOdnBgAHaAYAPGgGAEhoBgCRaAYAm2gGAOZoBgDraAYAO2kGADxpBgCQaQYAnGkGAOVpBgDyaQYAOmoGAEZqBgCPagYAomoGAORqBgDzagYAOWsGAEVrBgCOawYAj2sGAONrBgDtawYAOGwGAEZsBgCNbAYAkmwGAOJsBgDvbAYAFoMRAFNtBgBrgxEAkm0GAOFtBgDnbQYANm4GADtuBgCLbgYAkW4GAMCDEQDlbgYANW8GADhvBgCKbwYAlm8GAN9vBgDlbwYANHAGAE9wBgCJcAYAlXAGAN5wBgDkcAYAM3EGADVxBgCIcQYAo3EGAN1xBgDfcQYAMnIGAEByBgCHcgYAmHIGANxyBgDecgYAMXMGAEpzBgCGcwYAl3MGANtzBgDncwYAv4QRADp0BgCFdAYAk3QGANp0BgDwdAYAL3UGADt1BgCEdQYAiXUGANl1BgDidQYALnYGADh2BgCDdgYAi3YGANh2BgDddgYALXcGADx3BgCCdwYAkXcGANd3BgDgdwYALHgGADJ4BgCBeAYAh3gGANZ4BgDieAYAK3kGADJ5BgCAeQYAiHkGANV5BgDXeQYAKnoGADp6BgB/egYAiXoGANR6BgDgegYAKXsGAC97BgB+ewYAhnsGABSFEQDfewYAKHwGADl8BgB9fAYAiXwGANJ8BgDhfAYAJ30GADF9BgB8fQYAin0GANF9BgDWfQYAJn4GADN+BgB7fgYAg34GANB+BgDafgYAY5YGANx+BgAlfwYAK38GAHp/BgCAfwYAz38GANR/BgAkgAYAKoAGAGmFEQCFgAYAzoAGANSABgAjgQYAPoEGAHiBBgCEgQYAzYEGANOBBgAiggYAKoIGAHeCBgB6ggYAzIIGANiCBgAhgwYAMoMGAHaDBgCCgwYAy4MGANqDBgAghAYAKoQGAHWEBgCDhAYAyoQGAM+EBgAfhQYALIUGAHSFBgB8hQYAyYUGANOFBgAehgYALIYGAHOGBgCJhgYAyIYGANSGBgAdhwYAIocGAHKHBgB7hwYAx4cGANGHBgBohhEAIogGAHGIBgB3iAYAxogGANKIBgAbiQYAKIkGAHCJBgB6iQYAxYkGAM2JBgAaigYAJIoGAG+KBgB0igYAxIoGAMWKBgAZiwYAHosGAG6LBgB/iwYAw4sGAMiLBgAYjAYAL4wGAG2MBgCBjAYAwowGAN6MBgAXjQYAH40GAL2GEQB0jQYAwY0GAMuNBgAWjgYAKo4GAGuOBgBsjgYAwI4GAMyOBgAVjwYAMY8GAGqPBgByjwYAEocRAMiPBgAUkAYAIpAGAGmQBgAjkAYA+voKAHOQBgC+kAYAwJAGABORBgAskQYAaJEGAHmRBgC9kQYAyZEGABKSBgAakgYAZ4cRAHOSBgC8kgYAwpIGABGTBgAskwYAZpMGAHKTBgC7kwYAwZMGABCUBgATlAYAZZQGAG2UBgC6lAYAypQGAA+VBgAUlQYAZJUGAG2VBgC5lQYAxpUGAA6WBgAVlgYAvIcRAHGWBgC4lgYAzpYGAA2XBgAZlwYAYpcGAGeXBgC3lwYAwJcGAAyYBgAWmAYAYZgGAH2YBgC2mAYAvpgGABGIEQAQmQYAYJkGAGiZBgC1mQYAt5kGAAqaBgAlmgYAX5oGAGGaBgC0mgYAwpoGAAmbBgAamwYAXpsGAGCbBgCzmwYAzJsGAAicBgAZnAYAXZwGAGmcBgCynAYAupwGAGaIEQATnQYAXJ0GAGKdBgCxnQYAzJ0GAAaeBgASngYAW54GAGGeBgCwngYAs54GALuIEQAinwYAWp8GAFufBgCvnwYAvp8GAASgBgAJoAYAWaAGAGagBgCuoAYAu6AGAAOhBgAPoQYAWKEGAGehBgCtoQYAt6EGAAKiBgAQogYAV6IGAFyiBgCsogYAuaIGAAGjBgANowYAVqMGAFyjBgCrowYAaaMGAOu4BgCxowYAAKQGAAWkBgBVpAYAW6QGABCJEQCvpAYA/6QGAB+lBgBUpQYAYKUGAKmlBgCvpQYA/qUGAAamBgAn0gYAB6YGAFOmBgBgpgYAqKYGAK6mBgD9pgYACacGAFKnBgBUpwYAp6cGALanBgD8pwYAB6gGAFGoBgBTqAYApqgGAL+oBgD7qAYADKkGAFCpBgBcqQYApakGALGpBgD6qQYADaoGAE+qBgBeqgYApKoGALCqBgD5qgYA+qoGAE6rBgBYqwYAo6sGALGrBgD4qwYA/asGAE2sBgBarAYAZYkRAK+sBgD3rAYAC60GAEytBgBorQYAoa0GAL2tBgC6iREABa4GAEuuBgBMrgYAoK4GAK+uBgD1rgYA+q4GAEqvBgBXrwYAn68GAKyvBgD0rwYAALAGAEmwBgBYsAYAnrAGAKiwBgDzsAYAAbEGAEixBgBNsQYAnbEGAKqxBgDysQYAArIGAEeyBgBJsgYAnLIGAKqyBgDxsgYAArMGAA+KEQBNswYAZIoRAKCzBgDwswYA/bMGAEW0BgBStAYAmrQGAKC0BgDvtAYA+7QGAES1BgBUtQYAmbUGAKK1BgDutQYA8bUGAEO2BgBPtgYAmLYGAJ+2BgC5ihEA+bYGAEK3BgBStwYAl7cGAKC3BgDstwYA77cGAEG4BgBNuAYAlrgGAJ24BgAOixEA+rgGAEC5BgBMuQYAlbkGAJa5BgDquQYA9LkGAD+6BgBNugYAlLoGAJm6BgDpugYA9roGAGOLEQBDuwYAk7sGAKK7BgDouwYACLwGAD28BgBJvAYAkrwGAJy8BgDnvAYA77wGADy9BgBIvQYAkb0GAJe9BgDmvQYA7L0GADu+BgBAvgYAkL4GAJa+BgBijBEA6r4GADq/BgBDvwYAj78GAKC/BgDkvwYA678GADnABgBBwAYAjsAGAJvABgDjwAYA6MAGADjBBgBCwQYAjcEGAJXBBgDiwQYA8cEGADfCBgA8wgYAjMIGAJnCBgDhwgYA7sIGADbDBgBCwwYAi8MGAJrDBgDgwwYA6sMGADXEBgA9xAYAisQGAJTEBgDfxAYA5MQGADTFBgA8xQYAYY0RAI7FBgDexQYA4cUGADPGBgA9xgYAto0RAI7GBgDdxgYA4sYGADLHBgBSxwYAh8cGAJPHBgDcxwYA4scGADHIBgA0yAYAhsgGAIjIBgDbyAYA9sgGADDJBgAyyQYAhckGAJPJBgDayQYA68kGAC/KBgAxygYAhMoGAJ3KBgDZygYA6soGAC7LBgA6ywYAC44RAJPLBgDYywYA+MsGAC3MBgAvzAYAgswGAI7MBgDcvg8AkcwGAG3hBgCezAYAte4GAK7MBgDXzAYA2swGACzNBgA7zQYAgc0GAIbNBgDWzQYA480GACvOBgA4zgYAgM4GAIzOBgDVzgYA5M4GACrPBgA0zwYAf88GAI3PBgDUzwYA2c8GACnQBgA20AYAftAGAIrQBgDT0AYA2dAGACjRBgAu0QYAfdEGAILRBgDS0QYA2NEGAGCOEQA90gYAfNIGAH7SBgDR0gYA5dIGACbTBgAu0wYAe9MGAIjTBgDQ0wYA1dMGACXUBgAv1AYAetQGAILUBgDP1AYA6NQGACTVBgAw1QYAedUGAIHVBgC1jhEA6dUGACPWBgAl1gYAeNYGAIbWBgDN1gYA3tYGACLXBgAk1wYAd9cGAJDXBgDM1wYA3dcGACHYBgAt2AYACo8RAHvYBgDL2AYA1NgGACDZBgAx2QYAddkGAHzZBgDK2QYA0tkGAB/aBgAs2gYAdNoGAHnaBgDJ2gYA09oGAB7bBgAm2wYAc9sGAIzbBgDI2wYA1NsGAB3cBgAl3AYAtI8RAHXcBgDH3AYA0dwGABzdBgAe3QYAcd0GAIrdBgDG3QYA190GABveBgAp3gYAcN4GAHPeBgDF3gYA0N4GABrfBgAm3wYAb98GAHbfBgAJkBEAyd8GABngBgAh4AYAbuAGAHzgBgDD4AYAxOAGABjhBgAz4QYAXpARAHLhBgDC4QYAz+EGABfiBgAk4gYAbOIGAHjiBgDB4gYA0OIGABbjBgAg4wYAa+MGAHnjBgDA4wYAxeMGABXkBgAi5AYAauQGAHbkBgC/5AYAxeQGABTlBgAa5QYAaeUGAG7lBgC+5QYAxOUGALOQEQAg5gYAaOYGAGrmBgC95gYA1uYGABLnBgAj5wYAZ+cGAHPnBgC85wYAxOcGALKREQAW6AYAZugGAG7oBgC76AYA1OgGABDpBgAV6QYAZekGAGrpBgC66QYAxOkGAA/qBgAS6gYAZOoGAG7qBgC56gYAv+oGAA7rBgAQ6wYAY+sGAGTrBgC46wYAwOsGAA3sBgAd7AYAYuwGAGjsBgC37AYAvOwGAAztBgAi7QYAYe0GAGntBgC27QYA4O0GAAvuBgAu7gYAYO4GAH/uBgAHkhEAve4GAFySEQAb7wYAX+8GAG3vBgC07wYAwO8GAAnwBgAW8AYAXvAGAGjwBgCz8AYAu/AGAAjxBgAT8QYAXfEGAF/xBgCy8QYAtfEGAAfyBgAP8gYAXPIGAGLyBgCx8gYAuvIGAAbzBgAT8wYAW/MGAGPzBgCw8wYAtfMGAAX0BgAO9AYAWvQGAGT0BgCv9AYAt/QGAAT1BgAJ9QYAWfUGAGn1BgCu9QYAtvUGAAP2BgAF9gYAWPYGAHP2BgCt9gYAr/YGAAL3BgAQ9wYAV/cGAGj3BgCs9wYArvcGAAH4BgAa+AYAVvgGAGf4BgCr+AYAt/gGAAD5BgAI+QYAsZIRAFv5BgCq+QYAr/kGAP/5BgAf+gYAVPoGAGD6BgCp+gYAr/oGAP76BgAB+wYAU/sGAFv7BgCo+wYAsvsGAP37BgAC/AYAUvwGAFr8BgCn/AYAsfwGAPz8BgD+/AYAUf0GAGL9BgCm/QYAxv0GAPv9BgAD/gYAUP4GAFr+BgCl/gYAqv4GAAaTEQAO/wYAT/8GAFf/BgCk/wYAqf8GAPn/BgAJAAcATgAHAFYABwCjAAcArQAHAPgABwADAQcATQEHAFkBBwCiAQcAqgEHAFuTEQADAgcATAIHAFgCBwChAgcAqAIHAPYCBwD+AgcASwMHAGQDBwCgAwcApgMHAPUDBwD6AwcASgQHAGoEBwCfBAcAqwQHAPQEBwD6BAcASQUHAEwFBwCwkxEAoAUHAPMFBwCsBQcAN7gQAPYFBwBIBgcAUgYHAJ0GBwCrBgcA8gYHAAEHBwBHBwcASgcHAJwHBwBfBwcAskYHAGMHBwApJQcAqAcHAPEHBwDzBwcARggHAEwIBwCbCAcAqggHAPAIBwD7CAcARQkHAE0JBwByhgcAXwkHAJoJBwCmCQcA7wkHAAIKBwBECgcAUwoHAJkKBwClCgcA7goHAO8KBwBDCwcATQsHAJgLBwCmCwcA7QsHAPILBwBCDAcATwwHAAWUEQCxDAcA7AwHAPsMBwBBDQcARg0HAJYNBwCjDQcA6w0HAPgNBwBADgcATA4HAJUOBwCkDgcA6g4HAPQOBwA/DwcATQ8HAJQPBwCZDwcA6Q8HAPYPBwA+EAcAShAHAJMQBwCZEAcA6BAHAO4QBwA9EQcAQhEHAJIRBwCYEQcAWpQRAOgRBwA8EgcA8BEHAOy0CQD0EQcArp0JAPYRBwDDigcABxIHAEKvDgBIEgcAkRIHAJcSBwCeWQgAnhIHAOYSBwDpEgcAOxMHAEcTBwCQEwcAkhMHAOUTBwDrEwcAOhQHAEkUBwCPFAcAmhQHAOQUBwDlFAcAORUHAE0VBwCOFQcAqBUHAOMVBwDvFQcAOBYHAEsWBwCNFgcAnBYHAOIWBwDuFgcANxcHADgXBwCMFwcAlhcHAOEXBwDvFwcANhgHADsYBwCLGAcAmBgHAK+UEQD6GAcANRkHAEQZBwCKGQcAjxkHAN8ZBwDsGQcANBoHAEEaBwCJGgcAlRoHAN4aBwDtGgcAMxsHAD0bBwCIGwcAlhsHAN0bBwDiGwcAMhwHAD8cBwCHHAcAkxwHANwcBwDiHAcAMR0HADcdBwCGHQcAix0HANsdBwDhHQcABJURAD4eBwCFHgcAoB4HANoeBwDoHgcALx8HADwfBwCEHwcAmx8HANkfBwDoHwcALiAHADMgBwCDIAcAkCAHANggBwDlIAcALSEHADkhBwCCIQcAkSEHANchBwDhIQcALCIHADoiBwCBIgcAhiIHANYiBwDjIgcAKyMHAC4jBwCAIwcAjCMHANUjBwDbIwcAKiQHADAkBwB/JAcAhCQHANQkBwDaJAcAWZURAEUlBwCulREAhCUHANMlBwDVJQcAKCYHADUmBwB9JgcAgCYHANImBwDTJgcAJycHACwnBwB8JwcAgicHANEnBwDbJwcAJigHAEIoBwB7KAcAlygHAAOWEQDWKAcAJSkHACcpBwB6KQcAhykHAM8pBwDSKQcAJCoHACUqBwB5KgcAfioHAM4qBwDUKgcAIysHAC0rBwB4KwcAlCsHAM0rBwDpKwcAWJYRACgsBwB3LAcAfSwHAMwsBwDRLAcAIS0HACctBwCtlhEAeC0HAMstBwDZLQcAIC4HADEuBwCslxEAfC4HAAGYEQDPLgcAHy8HACcvBwB0LwcAeS8HAMkvBwCDLwcAtUMHAMovBwAeMAcAKjAHAHMwBwCAMAcAyDAHANAwBwAdMQcAJzEHAHIxBwCBMQcAxzEHAMgxBwAcMgcAJDIHAHEyBwCAMgcAxjIHAMsyBwAbMwcAKDMHAHAzBwB9MwcAxTMHANEzBwAaNAcAKTQHAG80BwB5NAcAxDQHANI0BwAZNQcAHjUHAG41BwB7NQcAwzUHAMs1BwAYNgcAIjYHAG02BwByNgcAwjYHAMo2BwCrmBEAHDcHAGw3BwB1NwcAZzwHAHk3BwDBNwcAzjcHABY4BwAiOAcAazgHAHo4BwDAOAcAyjgHABU5BwAjOQcAajkHAG85BwC/OQcAzDkHABQ6BwAcOgcAAJkRAHU6BwC+OgcAzjoHABM7BwAcOwcAaDsHAGs7BwC9OwcAyTsHABI8BwAZPAcAVZkRAHg8BwC8PAcAwzwHABE9BwAePQcAZj0HAIU9BwC7PQcAxT0HABA+BwAYPgcAZT4HAHQ+BwC6PgcAvz4HAA8/BwAcPwcAZD8HAHE/BwC5PwcAxT8HAA5ABwAdQAcAY0AHAG1ABwC4QAcAwEAHAA1BBwAXQQcAYkEHAGdBBwC3QQcAv0EHAKqZEQAYQgcAYUIHAGdCBwC2QgcA0UIHAAtDBwAXQwcAYEMHAGZDBwD/mREAukMHAApEBwAXRAcAX0QHAGxEBwC0RAcAwEQHAAlFBwAYRQcAXkUHAGhFBwBUmhEAvUUHAAhGBwANRgcAXUYHAGVGBwCpmhEAvEYHAAdHBwANRwcAXEcHAF5HBwCxRwcAvkcHAAZIBwAJSAcAW0gHAFxIBwCwSAcAtUgHAAVJBwALSQcAWkkHAGRJBwCvSQcAyUkHAARKBwATSgcAWUoHAF5KBwCuSgcAu0oHAANLBwAQSwcAWEsHAGRLBwCtSwcAvEsHAAJMBwAMTAcAV0wHAGVMBwCsTAcAsUwHAAFNBwAOTQcAVk0HAGBNBwD3VgcAYk0HAKtNBwCxTQcAAE4HAAZOBwBVTgcAWk4HAKpOBwCwTgcA/poRAARPBwBUTwcAYU8HAKlPBwC2TwcA/k8HAApQBwBTUAcAYlAHAKhQBwCyUAcA/VAHAAtRBwBSUQcAV1EHAKdRBwC0UQcA/FEHAARSBwD9mxEAV1IHAKZSBwCsUgcA+1IHAABTBwBQUwcAVlMHAFKcEQCnUwcA+lMHAANUBwBPVAcAUlQHAKRUBwCwVAcA+VQHAABVBwBOVQcAVlUHAKNVBwC8VQcA+FUHAAxWBwBNVgcAaVYHAKJWBwCqVgcA/JwRAAVXBwBMVwcAYlcHAKFXBwCtVwcA9lcHAPtXBwBLWAcAVFgHAKBYBwCqWAcA9VgHABFZBwBKWQcAUlkHAFGdEQCkWQcA9FkHAAFaBwBJWgcAVloHAJ5aBwCqWgcA81oHAAJbBwBIWwcAUlsHAJ1bBwCrWwcA8lsHAPdbBwBHXAcAVFwHAJxcBwCkXAcApp0RAP9cBwBGXQcAXF0HAJtdBwCnXQcA8F0HAPVdBwBFXgcATl4HAJpeBwCkXgcA714HAPdeBwBEXwcAU18HAJlfBwCbXwcA7l8HAPdfBwBDYAcARmAHAJhgBwCkYAcA7WAHAPRgBwBCYQcASmEHAJdhBwCwYQcA7GEHAABiBwBBYgcAXWIHAJZiBwCeYgcA+50RAPBiBwBAYwcATWMHAJVjBwCiYwcA6mMHAPZjBwA/ZAcATmQHAJRkBwCeZAcA6WQHAPNkBwA+ZQcATGUHAJNlBwCpZQcA6GUHAPRlBwA9ZgcAQmYHAJJmBwCbZgcA52YHAPFmBwA8ZwcASGcHAJFnBwCXZwcA5mcHAOxnBwA7aAcAQGgHAJBoBwCWaAcAUJ4RAPFoBwA6aQcAPmkHAI9pBwCeaQcA5GkHAOlpBwA5agcARmoHAI5qBwCbagcA42oHAO9qBwA4awcAR2sHAI1rBwCXawcA4msHAPBrBwA3bAcAPGwHAIxsBwCZbAcA4WwHAO1sBwA2bQcAPG0HAIttBwCRbQcA4G0HAOVtBwA1bgcAO24HAKWeEQCPbgcA324HAOZuBwA0bwcAQG8HAIlvBwCLbwcA3m8HAIxvBwCDdQcA+W8HADNwBwA1cAcAiHAHAJZwBwDdcAcA7nAHADJxBwA0cQcAh3EHAKBxBwDccQcA7XEHADFyBwA9cgcAhnIHAJJyBwDbcgcA7nIHADBzBwA/cwcAhXMHAJFzBwDacwcA23MHAC90BwA5dAcAhHQHAJJ0BwDZdAcA3nQHAC51BwA7dQcA+p4RAIV1BwDYdQcA83UHAC12BwAvdgcAgnYHAJB2BwDXdgcA6HYHACx3BwAudwcAgXcHAJp3BwDWdwcA53cHACt4BwA3eAcAgHgHAIx4BwDVeAcA6HgHACp5BwA5eQcAf3kHAIt5BwDUeQcA1XkHACl6BwAzegcAfnoHAIx6BwDTegcA2HoHACh7BwA1ewcA+Z8RAIJ7BwDSewcA2nsHACd8BwApfAcAfHwHAI18BwDRfAcA33wHACZ9BwBBfQcAe30HAId9BwDQfQcA2H0HAPigEQAqfgcAen4HAIF+BwDPfgcA234HACR/BwAnfwcAeX8HAIF/BwDOfwcA3n8HACOABwAogAcAeIAHAIGABwDNgAcA2oAHACKBBwApgQcAd4EHAH+BBwBNoREA2YEHACGCBwApggcAdoIHAIqCBwDLggcA0IIHACCDBwApgwcAdYMHAHuDBwDKgwcA0oMHAB+EBwAuhAcAdIQHAIWEBwDJhAcA0oQHAB6FBwAhhQcAc4UHAH2FBwDIhQcA1IUHAB2GBwAjhgcAoqERAH+GBwDHhgcAzIYHAByHBwAjhwcAcYcHAH2HBwDGhwcAzocHAPehEQA2iAcAcIgHAHKIBwDFiAcA04gHABqJBwAriQcAb4kHAHGJBwDEiQcA3YkHABmKBwAqigcAbooHAHqKBwBMohEA0ooHABiLBwAhiwcAbYsHAHOLBwDCiwcAyIsHABeMBwAjjAcAbIwHAHOMBwDBjAcAyYwHABaNBwAajQcAa40HAHaNBwDAjQcAzo0HABWOBwAmjgcAao4HAHaOBwC/jgcAx44HAKGiEQAXjwcAaY8HAHOPBwC+jwcAwI8HABOQBwAskAcAaJAHAHmQBwC9kAcAy5AHABKRBwAVkQcAZ5EHAHKRBwC8kQcAypEHABGSBwAekgcAZpIHAH2SBwC7kgcAw5IHABCTBwASkwcAZZMHAG2TBwC6kwcAyZMHAA+UBwAUlAcAZJQHAHGUBwC5lAcAxpQHAA6VBwAalQcAY5UHAHKVBwC4lQcAwpUHAA2WBwAblgcAYpYHAGeWBwC3lgcAxJYHAAyXBwAUlwcAYZcHAGuXBwC2lwcAu5cHAAuYBwATmAcAYJgHAGOYBwC1mAcA0pgHAAqZBwAbmQcAX5kHAGeZBwC0mQcAt5kHAAmaBwAVmgcAXpoHAGSaBwCzmgcAzpoHAAibBwAUmwcAXZsHAGObBwD2ohEAwZsHAAecBwAInAcAXJwHAJScBwCxnAcAv5wHAAadBwAHnQcAW50HAGOdBwCwnQcAv50HAAWeBwAKngcAWp4HAGeeBwCvngcAvJ4HAASfBwAQnwcAWZ8HAGifBwCunwcAuJ8HAAOgBwARoAcAWKAHAF2gBwCtoAcAuqAHAAKhBwAKoQcAV6EHAGGhBwCsoQcAsaEHAAGiBwAJogcAVqIHAGCiBwCrogcAtqIHAACjBwAMowcAVaMHAF2jBwBLoxEAr6MHAP+jBwACpAcAVKQHAF6kBwCppAcAsaQHAKCjEQAMpQcAU6UHAGmlBwCopQcAtKUHAP2lBwACpgcAUqYHAFumBwCnpgcAsaYHAPymBwAEpwcAUacHAF2nBwCmpwcAuacHAPunBwD8pwcAUKgHAF6oBwClqAcAq6gHAPqoBwAGqQcAT6kHAFapBwD1oxEApakHAPmpBwAFqgcATqoHAFuqBwCjqgcAq6oHAPiqBwACqwcATasHAFyrBwCiqwcAo6sHAPerBwD/qwcATKwHAFusBwChrAcApqwHAPasBwADrQcAS60HAFitBwCgrQcArK0HAPWtBwAErgcASq4HAFSuBwCfrgcAra4HAPSuBwD5rgcASa8HAFavBwCerwcApq8HAPOvBwD3rwcASLAHAFawBwCdsAcAp7AHAPKwBwD9sAcAR7EHAE+xBwCcsQcAp7EHAPGxBwD2sQcARrIHAEmyBwCbsgcApbIHAPCyBwD4sgcARbMHAGSzBwBKpBEAqbMHAO+zBwDwswcARLQHAEy0BwCZtAcAmrQHAO60BwD0tAcAQ7UHAEi1BwCYtQcAs7UHAO21BwD7tQcAQrYHAEm2BwCXtgcAo7YHAOy2BwDytgcAQbcHAF23BwCWtwcAnrcHAJ+kEQDxtwcAQLgHAEa4BwCVuAcAmrgHAOq4BwDwuAcA9KQRAES5BwCUuQcAm7kHAOm5BwD1uQcAProHAEa6BwCepREAproHAOi6BwAeuwcAPbsHAD+7BwA8vAcAcrsHAJK7BwC3uwcA57sHAO67BwBIphEAIbwHAPOlEQBMvAcAkbwHAMu8BwCdphEA77wHAP31DADwvAcAaDMPAAO9BwA7vQcABr0HAN9nDgBMvQcAkL0HAJi9BwDlvQcA6L0HADq+BwBGvgcAj74HAJW+BwDkvgcA/74HADm/BwBFvwcAjr8HAJS/BwDjvwcA678HADjABwBUwAcAjcAHAJXABwDyphEA8cAHADfBBwA4wQcAjMEHAJTBBwDhwQcA4sEHADbCBwA8wgcAi8IHAJDCBwDgwgcA+8IHADXDBwBDwwcAisMHAJHDBwDfwwcA68MHADTEBwA6xAcAicQHAKXEBwDexAcA5sQHAEenEQA5xQcAiMUHAI7FBwDdxQcA4sUHADLGBwA4xgcAnKcRAIzGBwDcxgcA48YHADHHBwA9xwcAhscHAI7HBwBGqBEA7scHADDIBwBmyAcAhcgHAIfIBwCEyQcAusgHANrIBwD/yAcAL8kHADbJBwDwqBEAackHAJuoEQCUyQcA2ckHABPKBwBFqREAMMoHAIPKBwCEygcA2MoHAOLKBwAtywcAO8sHAILLBwCdywcA18sHAOPLBwAszAcANMwHAJqpEQCNzAcA1swHANzMBwArzQcARs0HAIDNBwCMzQcA1c0HANvNBwAqzgcAMs4HAH/OBwCNzgcA1M4HANfOBwApzwcAMc8HAH7PBwCHzwcA088HAODPBwAo0AcAKtAHAH3QBwCY0AcA0tAHANTQBwAn0QcANdEHAHzRBwCN0QcA0dEHANPRBwAm0gcAP9IHAHvSBwCM0gcA0NIHANzSBwAl0wcALdMHAO+pEQCA0wcAz9MHANfTBwAk1AcAK9QHAHnUBwB+1AcAztQHANrUBwAj1QcAJtUHAHjVBwCA1QcAzdUHANrVBwAi1gcAJ9YHAHfWBwCB1gcAzNYHANTWBwAh1wcALdcHAHbXBwCJ1wcAy9cHANnXBwAg2AcAI9gHAHXYBwB/2AcARKoRAM3YBwAf2QcAJ9kHAHTZBwB32QcAydkHANXZBwAe2gcAJNoHAHPaBwCO2gcAyNoHANTaBwAd2wcAI9sHAHLbBwB62wcAx9sHANXbBwAc3AcAH9wHAHHcBwB53AcAxtwHAM/cBwAb3QcAKN0HAHDdBwBy3QcAxd0HAODdBwAa3gcAHN4HAG/eBwB93gcAxN4HANXeBwAZ3wcAG98HAG7fBwCH3wcAw98HANTfBwAY4AcAJOAHAG3gBwB14AcAmaoRAMjgBwAX4QcAH+EHAGzhBwBz4QcAweEHAMbhBwAW4gcAIuIHAGviBwBu4gcAwOIHAMjiBwAV4wcAIuMHAGrjBwBv4wcAv+MHAMnjBwAU5AcAHOQHAGnkBwB15AcAvuQHANHkBwAT5QcAIeUHAGjlBwBr5QcAveUHAMflBwDuqhEAFeYHAGfmBwBz5gcAvOYHAMLmBwAR5wcALOcHAGbnBwBy5wcAu+cHAMHnBwAQ6AcAGOgHAGXoBwBz6AcAuugHAL3oBwAP6QcAF+kHAGTpBwBt6QcAuekHAMbpBwAO6gcAEOoHAGPqBwB+6gcAuOoHALrqBwAN6wcAG+sHAGLrBwBz6wcAt+sHALnrBwAM7AcAJewHAGHsBwBy7AcAtuwHAMLsBwAL7QcAE+0HAEOrEQBm7QcAte0HAL3tBwAK7gcAEe4HAF/uBwBk7gcAtO4HAMDuBwAJ7wcADO8HAF7vBwBm7wcAs+8HAMDvBwAI8AcADfAHAF3wBwBn8AcAsvAHALrwBwAH8QcAE/EHAFzxBwBv8QcAsfEHAL/xBwAG8gcACfIHAFvyBwBl8gcAmKsRALjyBwDtqxEAE/MHAFrzBwBr8wcAr/MHALvzBwAE9AcADPQHAEKsEQBe9AcArvQHALj0BwAD9QcAC/UHAFj1BwBo9QcArfUHALL1BwAC9gcAC/YHAFf2BwBk9gcArPYHALP2BwCXrBEAA/cHAFb3BwAG9wcAnQQJAAr3BwA3YxAADfcHAOZfDwAP9wcA4WoJAGD3BwAe0g8AZ/cHAKv3BwC89wcAAPgHAA74BwBV+AcAcfgHAKr4BwDG+AcA7KwRAA35BwBU+QcAYfkHAKn5BwDA+QcA/vkHAAr6BwBT+gcAWfoHAKj6BwCu+gcA/foHAAL7BwBS+wcAWPsHAEGtEQC9+wcA/PsHAAv8BwBR/AcAKPwHAEwBCABT/AcApvwHALX8BwD7/AcABv0HAFD9BwBc/QcApf0HAKj9BwD6/QcArP0HAO0KCADB/QcAngQIAAb+BwBP/gcAVf4HAKT+BwC//gcA+f4HAAX/BwBO/wcAVP8HAKP/BwCv/wcA+P8HAP7/BwBNAAgAUwAIAKIACACnAAgA9wAIAP0ACACWrREATwEIAKEBCAC9AQgA9gEIAP4BCACVrhEAVwIIAKACCACmAggA9QIIABADCABKAwgAVgMIAJ8DCAClAwgA9AMIAPwDCABJBAgAagQIAOquEQCmBAgAP68RAPgECABIBQgAVQUIAJ0FCACqBQgA8gUIAP4FCABHBggAVgYIAJwGCACmBggA8QYIAPkGCABGBwgAUAcIAJsHCACpBwgA8AcIAAYICABFCAgAUQgIAJoICACfCAgA7wgIAPgICABECQgATgkIAJkJCAChCQgA7gkIAPgJCABDCggASAoIAJgKCACgCggAlK8RAPkKCABCCwgAVQsIAJcLCACmCwgA7AsIAPgLCABBDAgAQgwIAJYMCACgDAgA6wwIAPkMCABADQgARQ0IAJUNCACiDQgA6a8RAPUNCAA/DggASw4IAJQOCACaDggA6Q4IAPUOCAA+DwgARg8IAOiwEQCWDwgA6A8IAPAPCAA9EAgAShAIAJIQCACXEAgA5xAIAO8QCAA8EQgAPhEIAJERCACsEQgA5hEIAOgRCAA7EggASRIIAJASCAChEggA5RIIAOcSCAA6EwgAUxMIAI8TCACgEwgA5BMIAPATCAA5FAgAQRQIAD2xEQCTFAgA4xQIAPAUCAA4FQgARRUIAI0VCACZFQgA4hUIAPEVCAA3FggAQRYIAIwWCACaFggA4RYIAOYWCAA2FwgAQxcIAIsXCACTFwgA4BcIAOIXCAA1GAgAPxgIAIoYCACSGAgAkrERAOoYCAA0GQgAQhkIAIkZCACMGQgA3hkIAOYZCAAzGggASRoIAIgaCACNGggA3RoIAPMaCAAyGwgAPhsIAIcbCACUGwgA3BsIAOYbCADnsREAMxwIAIYcCACUHAgA2xwIAOwcCAA8shEANh0IAIUdCACRHQgAkbIRANwdCAAvHggANR4IAIQeCACkHggA2R4IAOUeCAAuHwgANR8IAIMfCACLHwgA2B8IAN8fCAAtIAgAOSAIAIIgCACEIAgA1yAIAN4gCADmshEALyEIAIEhCACJIQgA1iEIAOYhCAArIggALSIIAIAiCACOIggA1SIIAOYiCAA7sxEAMSMIAJCzEQCMIwgA1CMIANsjCAApJAgAMSQIAH4kCACMJAgA0yQIANYkCAAoJQgAMCUIAH0lCACEJQgA0iUIAOAlCAAnJggAKiYIAHwmCAB+JggA0SYIAOomCAAmJwgANycIAHsnCACHJwgA0CcIANcnCAAlKAgALSgIAHooCACDKAgAzygIANwoCAAkKQgALikIAHkpCACHKQgAzikIAN8pCAAjKggAKyoIAHgqCACCKggAzSoIANsqCAAiKwgAOCsIAHcrCACDKwgAzCsIANMrCAAhLAgAKSwIAHYsCAB8LAgAyywIANcsCAAgLQgAKi0IAHUtCAB7LQgAyi0IAN4tCAA6tBEALS4IAHQuCACNLggAyS4IAN8uCAAeLwgALS8IAHMvCACNLwgAyC8IAMsvCADDNAgA0y8IAL45CADXLwgAHTAIACIwCAByMAgAfzAIAMcwCADUMAgAHDEIACgxCABxMQgAgDEIAMYxCADQMQgAGzIIACkyCABwMggAdTIIAMUyCADSMggAGjMIACYzCABvMwgAdTMIAMQzCADKMwgAGTQIAB40CABuNAgAdDQIAI+0EQDPNAgAGDUIAB41CABtNQgAiDUIAMI1CADONQgAFzYIAB02CABsNggAczYIAME2CADGNggAajgIAM02CAAWNwgAGDcIAGs3CAByNwgAwDcIANw3CAAVOAgAHTgIAI61EQBuOAgAvzgIAMw4CAAUOQgAMDkIAGk5CABxOQgA47URAMM5CAATOggAFjoIAGg6CAByOggAvToIAM46CAASOwgAFzsIAGc7CABsOwgAvDsIANw7CAARPAgAGjwIAGY8CABnPAgAuzwIAMc8CAAQPQgAFj0IAGU9CABrPQgAuj0IAL89CAAPPggAFT4IADi2EQBlPggAuT4IAMU+CAAOPwgAGz8IAGM/CABrPwgAuD8IAME/CAANQAgAGkAIAGJACABwQAgAt0AIAMpACAAMQQgAFEEIAGFBCABkQQgAtkEIALtBCAALQggAGkIIAGBCCACAQggAtUIIAMFCCAAKQwgAFEMIADe3EQBpQwgAtEMIALZDCAAJRAgAE0QIAF5ECABnRAgAs0QIALZECAAIRQgAEEUIAF1FCACURQgAjLcRAL5FCAAHRggAFkYIAFxGCAB8RggAsUYIAL1GCAAGRwgADUcIAFtHCABgRwgAsEcIALFHCAAFSAgAEUgIAFpICABgSAgAr0gIALFICAAESQgADkkIAFlJCABnSQgArkkIALNJCAADSggAEEoIAFhKCABiSggArUoIALtKCAACSwgAGEsIAFdLCABjSwgArEsIALFLCAABTAgACkwIAFZMCABgTAgAq0wIALdMCAAATQgAE00IAFVNCABkTQgAqk0IALZNCAD/TQgAAE4IAFROCABeTggAqU4IALdOCAD+TggAA08IAFNPCABgTwgA4bcRALZPCAD9TwgAE1AIAFJQCABeUAgAp1AIAK5QCAD8UAgABFEIAFFRCABWUQgAplEIAK9RCAD7UQgABVIIAFBSCABYUggApVIIAKlSCAD6UggA/FIIAE9TCABdUwgApFMIAK5TCAD5UwgAB1QIAE5UCABbVAgAo1QIALpUCAD4VAgAAFUIAE1VCABdVQgAolUIAKdVCAD3VQgA/VUIAExWCABUVggAoVYIAKZWCAD2VggA91YIAEtXCABXVwgAoFcIAKZXCAD1VwgA91cIAEpYCABUWAgAn1gIAK1YCAD0WAgA+VgIAElZCABWWQgA4LgRAKBZCADzWQgA/VkIAEhaCABWWggAnVoIAKJaCADyWggA/1oIAEdbCABJWwgAHC8KAFFbCACcWwgAqlsIAPFbCAAHXAgARlwIAFJcCACbXAgAoFwIAPBcCAD5XAgARV0IAE9dCACaXQgApl0IAO9dCAACXggARF4IAFNeCACZXggApV4IAO5eCADvXggAQ18IAE1fCACYXwgApl8IAO1fCADyXwgAQmAIAE9gCAA1uREAoGAIAOxgCAD2YAgAQWEIAENhCACWYQgAoGEIAOthCAD3YQgAQGIIAEhiCAA0uhEAlmIIAOpiCAD2YggAP2MIAEVjCACUYwgAlmMIAOljCADzYwgAPmQIAExkCACTZAgAmGQIAOhkCAD1ZAgAPWUIAEVlCACSZQgAnGUIAOdlCAD1ZQgAPGYIAFJmCACRZggAnWYIAOZmCADtZggAO2cIAENnCACQZwgAlWcIAOVnCADuZwgAOmgIAERoCACPaAgApGgIAORoCADtaAgAOWkIAEZpCACOaQgAkGkIAONpCAD8aQgAOGoIAElqCACNaggAmWoIAOJqCADqaggAiboRADxrCACMawgAlGsIAOFrCAD3awgANmwIADtsCACLbAgAkmwIAOBsCADubAgANW0IAEVtCACKbQgAnm0IAN9tCADnbQgANG4IAENuCACJbggAjm4IAN5uCADnbggAM28IAEBvCACIbwgAkm8IAN1vCADpbwgAMnAIADhwCADeuhEAlXAIANxwCADycAgAMXEIAD1xCACGcQgAi3EIANtxCADkcQgAMHIIADpyCACFcggAjXIIANpyCADecggAL3MIADFzCACEcwgAknMIANlzCADjcwgALnQIADx0CACDdAgAkHQIANh0CADvdAgALXUIADV1CACCdQgAknUIANd1CADcdQgALHYIADJ2CACBdggAiXYIANZ2CADxdggAK3cIAC13CACAdwgAkXcIANV3CADedwgAKngIADZ4CAAzuxEAhHgIANR4CADXeAgAKXkIADN5CAB+eQgAgHkIANN5CADueQgAKHoIACp6CAB9eggAi3oIANJ6CADjeggAJ3sIACl7CAB8ewgAlXsIANF7CADiewgAJnwIADJ8CACIuxEAmHwIANB8CADhfAgAJX0IAEF9CAB6fQgAgn0IAN27EQDUfQgAJH4IACx+CAB5fggAhH4IAM5+CADTfggAI38IACZ/CAB4fwgAgn8IAM1/CADQfwgAIoAIACqACAB3gAgAeYAIAMyACADngAgAIYEIACOBCAB2gQgAhIEIAMuBCADcgQgAIIIIACKCCAB1gggAjoIIAMqCCADbgggAH4MIACuDCAB0gwgAfIMIADK8EQDWgwgAHoQIACaECABzhAgAfYQIAMiECADThAgAHYUIACmFCAByhQgAeoUIAIe8EQDMhQgAHIYIACGGCABxhggAgoYIANy8EQDThggAG4cIAB2HCABwhwgAiYcIAMWHCADWhwgAGogIACaICABviAgAd4gIADG9EQDJiAgAGYkIACGJCABuiQgAfYkIAMOJCADJiQgAGIoIACSKCABtiggAb4oIAMKKCADMiggAF4sIACOLCABsiwgAdIsIAIa9EQDNiwgAFowIABmMCABrjAgAbowIAMCMCADOjAgAFY0IABqNCABqjQgAd40IANu9EQDQjQgAFI4IAByOCABpjggAIY4IALWXCAB0jggAvo4IAMOOCAATjwgAFo8IAGiPCAByjwgAvY8IAOCPCAASkAgAFZAIAGeQCACLkAgAvJAIAMSQCAAwvhEAF5EIAGaRCAB0kQgAu5EIAMeRCAAQkggAF5IIAGWSCABtkggAupIIAMqSCAAPkwgAFJMIAGSTCABqkwgAuZMIAMGTCAAOlAgAK5QIAGOUCABslAgAuJQIAMSUCAANlQgAE5UIAGKVCAB2lQgAt5UIAL+VCAAMlggAHJYIAGGWCABjlggAtpYIAMSWCAALlwgAHJcIAIW+EQBnlwgA2r4RALqXCAAKmAgAEZgIAF+YCABrmAgAtJgIALeYCAAJmQgAGZkIAF6ZCABgmQgAs5kIAMGZCAAImggAGZoIAC+/EQBkmggAhL8RAMWaCAAHmwgAFpsIAFybCABomwgAsZsIALKbCAAGnAgAEJwIAFucCABpnAgAsJwIALWcCAAFnQgAEp0IANm/EQBfnQgAr50IALidCAAEnggAFZ4IAFmeCABgnggArp4IALaeCAADnwgAEJ8IAFifCABdnwgArZ8IALefCAACoAgACqAIAFegCABdoAgArKAIALigCAABoQgAA6EIAFahCABloQgAq6EIALahCAAAoggACKIIAFWiCABXoggAqqIIALeiCAD/oggAE6MIAFSjCABcowgAqaMIALijCAD+owgAA6QIAFOkCABgpAgAqKQIALKkCAD9pAgA/6QIAFKlCABhpQgAp6UIALGlCAD8pQgABKYIAFGmCABSpggApqYIAKumCAD7pggACacIAFCnCABdpwgApacIAK+nCADYwBEA/acIAE+oCABbqAgAlbcIAGuoCACkqAgArKgIAC3BEQD+qAgATqkIAFapCACjqQgApqkIAPipCAAEqggATaoIAFOqCACiqggAvaoIAPeqCAADqwgATKsIAFKrCAChqwgApKsIAParCAD+qwgAS6wIAE2sCACgrAgAu6wIAPWsCAD3rAgASq0IAFitCACfrQgAsK0IAPStCAD2rQgASa4IAGKuCACerggAr64IAPOuCAD/rggASK8IAFCvCACCwREAoq8IAPKvCAD4rwgAR7AIAE+wCACcsAgAq7AIAPGwCAD2sAgARrEIAFOxCACbsQgAqLEIAPCxCAD8sQgARbIIAFSyCACasggApLIIAO+yCAD9sggARLMIAEmzCACZswgAprMIANfBEQD6swgAQ7QIAEm0CACYtAgAs7QIAO20CAD5tAgAQrUIAEi1CACXtQgAmrUIAOy1CAD4tQgAQbYIAEe2CACWtggAnLYIAOu2CADwtggAQLcIAEa3CAAswhEAm7cIAOq3CADwtwgAP7gIAES4CACUuAgAmrgIAIHCEQDuuAgAPrkIAEu5CACTuQgAoLkIAOi5CAD0uQgAPboIAEy6CACSuggAnLoIAOe6CAD1uggAPLsIAEG7CACRuwgAnrsIAOa7CAD+uwgAO7wIAEG8CACQvAgAnLwIAOW8CAD1vAgAOr0IAEO9CACPvQgAkr0IAOS9CADwvQgAOb4IAEC+CACAwxEAkL4IAOO+CADtvggAOL8IADu/CACNvwgAlb8IAOK/CADlvwgAN8AIAEPACACMwAgAksAIAOHACAD8wAgANsEIAELBCACLwQgAkcEIANXDEQAAwggANcIIAEDCCACKwggAj8IIAN/CCADowggANMMIADfDCACJwwgAlcMIAN7DCADqwwgAfs4IAPbDCAAzxAgAOsQIAIjECACOxAgA3cQIAOvECAAyxQgATcUIAIfFCACTxQgA3MUIAOLFCAAxxggAS8YIAIbGCACSxggA28YIAOHGCAAwxwgANscIAIXHCACKxwgA2scIAODHCAAqxBEAPMgIAITICACQyAgA2cgIAOPICAAuyQgAMskIAIPJCACIyQgA2MkIAN7JCAAtyggATcoIAILKCACOyggA18oIAN3KCAAsywgAMssIAIHLCACGywgA1ssIANzLCADUxBEAMMwIAIDMCACHzAgA1cwIAOHMCAAqzQgARs0IAH/NCACHzQgA08URAP3NCAApzggAT84IACjGEQCRzggA084IAOLOCAAozwgANM8IAH3PCAB+zwgA0s8IANzPCAAn0AgANdAIAHzQCACB0AgA0dAIAN7QCAB9xhEALtEIAHzHEQCA0QgA0NEIAN3RCAAl0ggAMtIIAHrSCACG0ggAz9IIAN7SCAAk0wgALtMIAHnTCACH0wgAztMIANPTCAAj1AgAMNQIAHjUCACA1AgA0ccRANnUCAAi1QgAMtUIAHfVCACA1QgAzNUIAM/VCAAh1ggALdYIAHbWCAB91ggAJsgRANbWCAAg1wgALNcIAHXXCAB91wgAe8gRANfXCAAf2AgAJtgIAHTYCAB12AgAydgIAM7YCAAe2QgALNkIAHPZCACA2QgAyNkIANLZCAAd2ggAJdoIAHLaCAB72ggAx9oIAM3aCAAc2wgALdsIAHHbCACN2wgAxtsIAM7bCADQyBEAJtwIAHDcCAB63AgAxdwIAM/cCAAa3QgAG90IACXJEQB03QgAxN0IANHdCAAZ3ggAJt4IAG7eCAB63ggAw94IANLeCAAY3wgAIt8IAG3fCAB13wgAwt8IAMzfCAAX4AgAHOAIAGzgCAB04AgAeskRAMzgCAAW4QgAIuEIAGvhCABz4QgAz8kRAMXhCAAV4ggAJOIIAGriCACK4ggAv+IIAMviCAAU4wgAGuMIAGnjCABx4wgAvuMIAMXjCAAT5AgAFeQIAGjkCAB05AgAveQIANPkCAAS5QgAF+UIAGflCAB05QgAJMoRAMHlCAAR5ggAIOYIAGbmCACG5ggAu+YIAMfmCAAQ5wgAFucIAGXnCABt5wgAuucIAMHnCAAP6AgAEegIAGToCABw6AgAuegIAM/oCAAO6QgAE+kIAGPpCABw6QgAuOkIAMDpCAAN6ggAE+oIAGLqCABr6ggAt+oIAMTqCAAM6wgAGesIAGHrCABv6wgAtusIAMPrCAAL7AgAIuwIAGDsCACQ7AgAecoRALvsCAAK7QgAwuwIACZ1DwAg7QgAX+0IAG3tCAC07QgAt+0IAAnuCAAM7ggAXu4IAGzuCACz7ggAuO4IAAjvCAAV7wgAXe8IAGXvCACy7wgAue8IAAfwCAAT8AgAXPAIAGnwCACx8AgAv/AIAAbxCAAS8QgAW/EIAGLxCACw8QgAuPEIAAXyCAAJ8ggAWvIIAGXyCACv8ggAvfIIAATzCAAV8wgAWfMIAGXzCACu8wgAtvMIAM7KEQAJ9AgAWPQIAGz0CACt9AgAu/QIAAL1CAAP9QgAV/UIAG71CACs9QgAtPUIAAH2CAAL9ggAVvYIAFv2CACr9ggAs/YIAAD3CAAP9wgAVfcIAFr3CACq9wgAt/cIAP/3CAAM+AgAVPgIAGD4CACp+AgAuPgIAP74CAAI+QgAU/kIAFv5CACo+QgAsvkIAP35CAAC+ggAUvoIAFr6CAAjyxEAsvoIAPz6CAAI+wgAUfsIAFn7CAB4yxEAq/sIAPv7CAAK/AgAUPwIAHD8CACl/AgAsfwIAPr8CAAA/QgAT/0IAFf9CACk/QgAq/0IAPn9CAD7/QgATv4IAFr+CACj/ggAuf4IAPj+CAD9/ggATf8IAFr/CADNyxEAq/8IAPf/CAD9/wgATAAJAFoACQChAAkArgAJAPYACQANAQkASwEJAFMBCQCgAQkArwEJAPUBCQD6AQkASgIJAFcCCQCfAgkArAIJAPQCCQAAAwkASQMJAFgDCQCeAwkAqAMJAPMDCQAPBAkASAQJAFAECQAizBEAqgQJAOQNDgCsBAkA8gQJAPwECQBpiA4AEgUJAEcFCQBTBQkAnAUJAKIFCQDxBQkA+QUJAFlICQD9BQkARgYJAAsGCQBvMgkAWQYJAJsGCQCqBgkA8AYJAPwGCQBFBwkARgcJAJoHCQCkBwkA7wcJAP0HCQBECAkASQgJAJkICQCmCAkAd8wRAPQICQBDCQkASQkJAJgJCQCdCQkA7QkJAPMJCQB2zREATQoJAJcKCQClCgkA7AoJAP0KCQBBCwkATQsJAJYLCQCeCwkAIM4RAPcLCQBADAkASgwJAJUMCQCkDAkA6gwJAPUMCQA/DQkATQ0JAJQNCQChDQkA6Q0JAAAOCQA+DgkARg4JAJMOCQCWDgkA6A4JAPQOCQA9DwkAQw8JAJIPCQCtDwkA5w8JAPMPCQA8EAkAQhAJAJEQCQCZEAkA5hAJAOgQCQA7EQkAPBEJAJARCQCeEQkA5REJAO0RCQA6EgkAVRIJAI8SCQCbEgkA5BIJAOoSCQA5EwkAPBMJAI4TCQCcEwkA4xMJAOgTCQA4FAkARRQJAI0UCQCpFAkA4hQJAOoUCQB1zhEARBUJAGyFDgBIFQkAjBUJAEoVCQC93g4AmBUJAOEVCQDuFQkANhYJADsWCQCLFgkAlRYJAOAWCQDwFgkANRcJADoXCQCKFwkAkxcJAN8XCQDsFwkANBgJADsYCQCJGAkAlRgJAN4YCQDkGAkAMxkJADkZCQCIGQkAjRkJAN0ZCQDjGQkAys4RAD4aCQCHGgkAjRoJANwaCQDiGgkAMRsJAD4bCQCGGwkAixsJANsbCQDjGwkAMBwJAGYcCQCFHAkAsBwJANocCQDiHAkALx0JADwdCQCEHQkAiR0JANkdCQDhHQkALh4JADEeCQCDHgkAjB4JANgeCQDnHgkALR8JADgfCQCCHwkAih8JANcfCQDnHwkALCAJADogCQCBIAkAkiAJANYgCQDiIAkAKyEJADMhCQDJzxEAhiEJANUhCQDdIQkAKiIJADEiCQB/IgkAjSIJANQiCQDaIgkAKSMJADUjCQB+IwkAjSMJANMjCQDdIwkAKCQJAC0kCQB9JAkAgyQJANIkCQDmJAkAHtARADElCQD+ogkANCUJAHwlCQA2JQkAj2cJAIElCQDRJQkA3SUJACYmCQAzJgkAeyYJAIUmCQBz0BEA6yYJACUnCQAnJwkAeicJAIAnCQDPJwkABygJACQoCQAqKAkAeSgJAIIoCQDOKAkA2ygJACMpCQBbKQkAeCkJAH8pCQDNKQkA0ikJACIqCQAxKgkAdyoJAJcqCQDMKgkA2CoJACErCQAnKwkAdisJAJArCQDLKwkAzisJACAsCQAlLAkAdSwJAIQsCQDKLAkA6iwJAB3REQA/LQkAdC0JAIAtCQDJLQkA0y0JAB4uCQAqLgkAauEJACsuCQBzLgkAeC4JAMguCQDSLgkAHS8JAC0vCQByLwkAdy8JAMcvCQDQLwkAHDAJACkwCQBxMAkAeDAJAMYwCQDSMAkAGzEJACExCQBwMQkAdjEJAMUxCQDKMQkAGjIJACAyCQBy0REAcjIJAMQyCQDJMgkAGTMJACgzCQBuMwkAjjMJABzSEQDRMwkAGDQJACU0CQBtNAkAdDQJAMI0CQDKNAkAFzUJABk1CQBsNQkAHjUJALk6DAAuNQkAo/sLAHI1CQAoIQwAdDUJAME1CQDFNQkAuT0JANc1CQCNvAsA3DUJABY2CQAYNgkAazYJAHw2CQDANgkAzjYJABU3CQAcNwkAajcJAHI3CQC/NwkAxjcJABQ4CQAZOAkAaTgJAHg4CQC+OAkA3jgJABM5CQAfOQkAaDkJAG45CQC9OQkAxTkJABI6CQAeOgkAZzoJAHQ6CQC8OgkA1zoJABE7CQAfOwkAZjsJAGw7CQC7OwkAwDsJABA8CQAdPAkAZTwJAHs8CQC6PAkAxjwJAA89CQAcPQkAZD0JAG49CQBx0hEAvj0JAA4+CQAUPgkAYz4JAIM+CQC4PgkAxj4JAA0/CQAaPwkAYj8JAHk/CQC3PwkAvz8JAAxACQAbQAkAYUAJAGZACQC2QAkAw0AJAAtBCQAVQQkAYEEJAGJBCQC1QQkAw0EJAApCCQAXQgkAX0IJAGtCCQC0QgkAukIJAAlDCQARQwkAXkMJAGRDCQCzQwkAvEMJAAhECQAVRAkAXUQJAGdECQCyRAkAwEQJAAdFCQAdRQkAXEUJAGhFCQCxRQkAuUUJAMbSEQAQRgkAW0YJAGFGCQCwRgkAskYJAAVHCQAPRwkAWkcJAGZHCQCvRwkAxkcJAARICQAYSAkAG9MRAGdICQCuSAkAsUgJAANJCQALSQkAWEkJAGRJCQCtSQkAu0kJAAJKCQAMSgkAV0oJAGJKCQCsSgkAuEoJAAFLCQAHSwkAVksJAF5LCQCrSwkAuEsJAABMCQAFTAkAVUwJAF9MCQCqTAkAskwJAP9MCQAFTQkAVE0JAF1NCQCpTQkAtk0JAP5NCQALTgkAU04JAGFOCQCoTgkAtU4JAP1OCQAUTwkAUk8JAFpPCQCnTwkArE8JAPxPCQACUAkAUVAJAFlQCQCmUAkAvFAJAPtQCQAJUQkAUFEJAFNRCQClUQkAtFEJAPpRCQD/UQkAT1IJAFxSCQCkUgkAtFIJAPlSCQAHUwkATlMJAGVTCQCjUwkArFMJAPhTCQD+UwkATVQJAFlUCQCiVAkAqVQJAHDTEQADVQkATFUJAE5VCQChVQkAq1UJAPZVCQACVgkAS1YJAFNWCQDF0xEApVYJAPVWCQAEVwkASlcJAGpXCQCfVwkAq1cJAPRXCQD6VwkASVgJAFFYCQCeWAkAn1gJAPNYCQD5WAkASFkJAE1ZCQCdWQkAuFkJAPJZCQAAWgkAR1oJAE5aCQCcWgkAqFoJAPFaCQD3WgkAGtQRAEtbCQCbWwkApVsJAPBbCQABXAkARVwJAFFcCQCaXAkAnVwJAO9cCQDyXAkARF0JAExdCQCZXQkAoF0JAO5dCQDzXQkAQ14JAFJeCQCYXgkAuF4JAO1eCQD5XgkAQl8JAEhfCQCXXwkAn18JAOxfCQD5XwkAQWAJAEZgCQCWYAkAoGAJAOtgCQDzYAkAQGEJAFBhCQCVYQkAmmEJAOphCQDzYQkAP2IJAExiCQCUYgkAm2IJAG/UEQDuYgkAPmMJAE1jCQCTYwkAs2MJAOhjCQD0YwkAPWQJAENkCQCSZAkAmmQJAOdkCQDzZAkAPGUJAEllCQCRZQkAmGUJAOZlCQDnZQkAO2YJAEBmCQCQZgkAnmYJAOVmCQDyZgkAOmcJAERnCQDE1BEAlGcJAORnCQDxZwkAOWgJAEZoCQCOaAkAlGgJAONoCQDvaAkAOGkJAEhpCQCNaQkAlmkJAOJpCQDlaQkAN2oJAENqCQCMagkAk2oJABnVEQDjagkANmsJAOhqCQBtMA0A8WoJABuCDQBHawkAi2sJAJNrCQDgawkA6msJADVsCQBEbAkAimwJAItsCQDfbAkA52wJAMPVEQA8bQkAGNYRAKdtCQDebQkArG0JALTkEQCzbQkAaI4JAOZtCQAzbgkAQm4JAIhuCQCNbgkA3W4JAOpuCQAybwkAP28JAIdvCQCTbwkA3G8JAOtvCQAxcAkAO3AJAIZwCQCpcAkA23AJABFxCQAwcQkAVHEJAIVxCQCNcQkAbNcRAN9xCQAvcgkANXIJAIRyCQCMcgkAwdcRAOdyCQAucwkASXMJAINzCQCPcwkA2HMJAOlzCQAtdAkAQXQJAIJ0CQCKdAkA13QJAN10CQAsdQkAOHUJAIF1CQCRdQkA1nUJAN91CQArdgkALnYJAIB2CQCMdgkA1XYJANx2CQAW2BEAOHcJAH93CQCJdwkAa9gRANl3CQApeAkANngJAH54CQCLeAkA03gJAN94CQAoeQkAN3kJAH15CQCHeQkA0nkJAOB5CQAnegkALHoJAHx6CQCJegkA0XoJANl6CQDA2BEAMnsJAHt7CQCLewkA0HsJANl7CQAlfAkAKHwJAHp8CQCGfAkAz3wJANZ8CQAV2REAM30JAHl9CQB+fQkAzn0JANt9CQAjfgkAMH4JAHh+CQB+fgkAzX4JANl+CQAifwkAMn8JAHd/CQCAfwkAzH8JAM9/CQAhgAkALYAJAHaACQB9gAkAatkRANCACQAggQkALYEJAHWBCQCTgQkAyoEJANaBCQAfggkAMoIJAHSCCQCCggkAyYIJAMyCCQAegwkAKIMJAHODCQCBgwkAyIMJANWDCQAdhAkANIQJAHKECQB6hAkAx4QJAM6ECQAchQkAIYUJAHGFCQCHhQkAxoUJAMiFCQAbhgkAKYYJAHCGCQB9hgkAv9kRAM2GCQAU2hEAH4cJAG+HCQB8hwkAxIcJANGHCQAZiAkAJYgJAG6ICQB9iAkAw4gJAM2ICQAYiQkAJokJAG2JCQByiQkAwokJAM+JCQAXigkAH4oJAGnaEQB4igkAwYoJANGKCQAWiwkAH4sJAGuLCQBuiwkAwIsJAMyLCQAVjAkAHIwJAL7aEQB2jAkAv4wJAM+MCQAUjQkA1YwJAI1kDgAdjQkAaY0JAGyNCQC+jQkAyo0JABOOCQAajgkAE9sRAHGOCQC6kQkAco4JAL2OCQDMjgkAEo8JAM6OCQBmkAkAE48JAGePCQCDjwkAvI8JAPSPCQARkAkASZAJAGjbEQBpkAkAu5AJANeQCQAQkQkASJEJAGWRCQCdkQkAvdsRAMeRCQAPkgkAHZIJAGSSCQB3kgkAuZIJANWSCQAOkwkARpMJAGOTCQCbkwkAEtwRAMmTCQANlAkAGZQJAGKUCQBqlAkAZ9wRALyUCQAMlQkAFJUJAGGVCQBwlQkAtpUJALuVCQALlgkAGJYJAGCWCQBtlgkAtZYJAMGWCQAKlwkAGZcJAF+XCQBplwkAtJcJALyXCQAJmAkAE5gJAF6YCQBjmAkAs5gJALuYCQC83BEAF5kJAF2ZCQAZmQkAsZoJAF6ZCQCymQkAzpkJAAeaCQA/mgkAXJoJAJSaCQAR3REAtJoJAAabCQAimwkAW5sJAJObCQCwmwkA6JsJAGbdEQAInAkAWpwJAGucCQCvnAkAy5wJAASdCQA8nQkAWZ0JAJGdCQC73REAu50JAAOeCQAPngkAWJ4JAGeeCQCtngkAt54JAAKfCQAKnwkA4hMKABCfCQBXnwkAXJ8JAKyfCQC5nwkAAaAJAAmgCQBWoAkAXKAJAKugCQBmoAkA8AUKALegCQAAoQkAEKEJAFWhCQBeoQkAqqEJAK2hCQD/oQkAC6IJAFSiCQBbogkAEN4RAMyiCQBl3hEADKMJAFOjCQBpowkAqKMJALSjCQD9owkABKQJAFKkCQBXpAkAp6QJALCkCQD8pAkABqUJALreEQBWpQkApvcMAFulCQCmpQkAXaUJALiQDACwpQkA+6UJAPylCQBQpgkAX6YJAKWmCQCqpgkA+qYJAAenCQBPpwkAXKcJAKSnCQCwpwkA+acJAAioCQBOqAkAWKgJAKOoCQCxqAkA+KgJAP2oCQBNqQkAWqkJAKKpCQCjqQkA96kJAPypCQBMqgkAUaoJAKGqCQCyqgkA9qoJABmrCQBLqwkAVqsJAKCrCQClqwkA9asJAPirCQBKrAkAVKwJAJ+sCQDHrAkA9KwJABOtCQBk3xEAVa0JAJ6tCQCgrQkA860JAAKuCQBIrgkAU64JAJ2uCQClrgkA8q4JAPmuCQBHrwkASa8JAJyvCQCmrwkA8a8JAPOvCQBGsAkAX7AJAJuwCQCdsAkA8LAJAPOwCQBFsQkAUbEJAJqxCQCisQkAud8RAPuxCQBEsgkASrIJAJmyCQC0sgkA7rIJAPqyCQBDswkASbMJAJizCQCgswkA7bMJAO+zCQBCtAkATLQJAJe0CQCftAkADuARAP20CQBBtQkASLUJAJa1CQCetQkA67UJAPi1CQBAtgkARbYJAJW2CQCftgkA6rYJAPK2CQA/twkATrcJAJS3CQCZtwkA6bcJAPa3CQA+uAkAS7gJAJO4CQCfuAkA6LgJAPe4CQA9uQkAR7kJAJK5CQCauQkA57kJAPG5CQA8ugkAQboJAJG6CQCZugkAY+ARAPK6CQA7uwkAS7sJAJC7CQCZuwkA5bsJAOi7CQA6vAkARrwJAI+8CQCWvAkAuOARAOq8CQA5vQkAP70JAI69CQCTvQkA470JAOm9CQAN4REAPr4JAI2+CQCTvgkA4r4JAOe+CQDSHg8A774JADe/CQA8vwkAjL8JAJS/CQDhvwkACsAJADbACQAVwAkAhMcJAF/ACQCLwAkAtMAJAODACQALwQkANcEJAD3BCQCKwQkAmcEJAN/BCQDkwQkANMIJAEHCCQCJwgkAlsIJAN7CCQDqwgkAM8MJAELDCQCIwwkAksMJAN3DCQDrwwkAMsQJADfECQCHxAkAlMQJANzECQDkxAkAMcUJADfFCQCGxQkAksUJANvFCQDrxQkAMMYJADnGCQCFxgkAiMYJANrGCQDmxgkAL8cJADbHCQBi4REArccJANnHCQAEyAkALsgJADbICQCDyAkAksgJANjICQDdyAkALckJADrJCQCCyQkAj8kJANfJCQDjyQkALMoJADvKCQCBygkAi8oJANbKCQDkygkAK8sJADDLCQCAywkAjcsJANXLCQDdywkAKswJADDMCQB/zAkAi8wJANTMCQDkzAkAKc0JADLNCQB+zQkAgc0JANPNCQDfzQkAKM4JAC/OCQC34REAf84JAG0uDwCLzgkA0s4JAN/OCQAnzwkAM88JAHzPCQCCzwkA0c8JANfPCQAm0AkAK9AJAHvQCQCB0AkADOIRAPbQCQAl0QkAS9EJAHrRCQCu0QkAz9EJAPjRCQAk0gkAT9IJALbiEQCF0gkAztIJAIfSCQCcAwsA2NIJACPTCQA90wkAeNMJAHvTCQDYHQoAh9MJAM3TCQDS0wkAItQJAC/UCQB31AkAhNQJAMzUCQDY1AkAIdUJADDVCQB21QkAgNUJAMvVCQDX1QkAINYJADPWCQB11gkAhNYJAMrWCQDW1gkAH9cJACDXCQB01wkAftcJAMnXCQDX1wkAHtgJACPYCQBz2AkAgNgJAAvjEQDN2AkAHdkJACrZCQBy2QkAf9kJAMfZCQDT2QkAHNoJACvaCQBx2gkAe9oJAMbaCQDU2gkAG9sJACDbCQBw2wkAfdsJAMXbCQDN2wkACuQRACbcCQBv3AkAf9wJAMTcCQDN3AkAGd0JABzdCQBu3QkAet0JAMPdCQDK3QkAX+QRABveCQBt3gkAdd4JAMLeCQDO3gkAF98JAB3fCQBs3wkAct8JAMHfCQDG3wkAFuAJABzgCQAJ5REAlOAJAMDgCQDp4AkAFeEJADnhCQCz5REAcOEJAC8bCwB94QkAv+EJAM7hCQAU4gkAIOIJAGniCQBq4gkAvuIJAMjiCQAT4wkAIeMJAGjjCQBt4wkAveMJAMrjCQAI5hEANeQJAF3mEQCQ5AkAvOQJAOXkCQAR5QkANeUJALLmEQB05QkAu+UJAMDlCQAQ5gkAHeYJAGXmCQBt5gkAuuYJAMDmCQAP5wkAG+cJAGTnCQB05wkAuecJAMLnCQAO6AkAEegJAGPoCQCe6AkAuOgJAMToCQAH5xEAE+kJAGLpCQB76QkAt+kJAMXpCQAM6gkAGeoJAGHqCQBo6gkAtuoJAL/qCQAL6wkAGOsJAGDrCQB36wkAtesJALjrCQAK7AkADOwJAF/sCQBo7AkAtOwJAMTsCQAJ7QkAIu0JAF7tCQBg7QkAs+0JALztCQAI7gkAEO4JAF3uCQBf7gkAsu4JAMvuCQAH7wkAHu8JAFzvCQBo7wkAse8JAMLvCQAG8AkAEvAJAFvwCQBm8AkAsPAJAL3wCQAF8QkAD/EJAFznEQBt8QkAr/EJAL3xCQAE8gkA7PEJAFH6CQBA8gkAWfIJAGbyCQCu8gkAtvIJAAPzCQAJ8wkAWPMJAGTzCQCt8wkAuPMJAAL0CQAL9AkAV/QJAFr0CQCs9AkArvQJAAH1CQAI9QkAVvUJAFj1CQCx5xEArvUJAAD2CQAO9gkAVfYJAFr2CQCq9gkAt/YJAP/2CQAL9wkAVPcJAFz3CQAG6BEAt/cJAP73CQAO+AkAU/gJAGH4CQCo+AkAsfgJAP34CQAH+QkAUvkJAFT5CQCn+QkAsfkJAPz5CQD++QkAW+gRAFb6CQCm+gkArvoJAPv6CQAB+wkAUPsJAFz7CQCl+wkAtPsJAPr7CQAD/AkAT/wJAFL8CQCk/AkApvwJAPn8CQAA/QkATv0JAFD9CQCw6BEAqP0JAPj9CQAU/gkATf4JAGn+CQAF6REAr/4JABE5CwCx/gkA9/4JAPz+CQBM/wkAWf8JAKH/CQCu/wkA9v8JAPz/CQBLAAoAVwAKAKAACgCwAAoA9QAKAP4ACgBKAQoATQEKAJ8BCgCrAQoA9AEKAPsBCgBa6REAWAIKAJ4CCgCjAgoA8wIKAAADCgBIAwoAVQMKAJ0DCgCjAwoA8gMKAP4DCgBHBAoAVwQKAJwECgClBAoA8QQKAPQECgBGBQoAUgUKAJsFCgCiBQoAr+kRAPIFCgBFBgoAUwYKAJoGCgCrBgoABOoRAPYGCgBZ6hEATAcKAK7qEQCeBwoA7gcKAPsHCgBDCAoAUAgKAJgICgCkCAoA7QgKAPwICgBCCQoATAkKAJcJCgClCQoA7AkKAPEJCgBBCgoATgoKAJYKCgCeCgoAA+sRAPcKCgBACwoAUAsKAJULCgCeCwoA6gsKAO0LCgA/DAoASwwKAJQMCgCbDAoAWOsRAOsMCgA+DQoATA0KAJMNCgCkDQoAresRAO8NCgAC7BEARQ4KAFfsEQCXDgoA5w4KAPQOCgA8DwoASQ8KAJEPCgCdDwoA5g8KAPUPCgA7EAoARRAKAJAQCgCeEAoA5RAKAOoQCgA6EQoARxEKAI8RCgCXEQoArOwRAPARCgA5EgoASRIKAI4SCgCXEgoA4xIKAOYSCgA4EwoARBMKAI0TCgCUEwoAAe0RAOwTCgA3FAoARRQKAIwUCgCiFAoA4RQKAO0UCgA2FQoAPRUKAIsVCgCTFQoA4BUKAOUVCgA1FgoAPhYKAIoWCgCUFgoAVu0RAPUWCgA0FwoAQBcKAIkXCgCQFwoA3hcKAOYXCgAzGAoAOBgKAIgYCgCRGAoA3RgKAOcYCgCr7REANxkKAKH8DAA+GQoA5GYKAEEZCgCHGQoAXBkKACDNEgCMGQoA3BkKAOkZCgAxGgoAPhoKAIYaCgCSGgoA2xoKAOoaCgAwGwoAOhsKAIUbCgCTGwoA2hsKAOcbCgAvHAoARhwKAIQcCgCMHAoA2RwKAOMcCgAuHQoAMx0KAIMdCgCLHQoAAO4RAN0dCgAtHgoAPB4KAIIeCgCiHgoA1x4KAOMeCgAsHwoANh8KAIEfCgCLHwoA1h8KAOQfCgArIAoAQSAKAIAgCgCMIAoA1SAKANogCgAqIQoAMyEKAH8hCgCJIQoA1CEKAOAhCgApIgoAPCIKAH4iCgCNIgoA0yIKAN8iCgAoIwoAKSMKAH0jCgCHIwoA0iMKAOAjCgAnJAoALCQKAHwkCgCJJAoAqu4RAN8kCgAmJQoAPCUKAHslCgCHJQoA0CUKANclCgAlJgoALSYKAHomCgB/JgoAzyYKANgmCgAkJwoALicKAKnvEQB+JwoAzicKANYnCgAjKAoAJigKAHgoCgCBKAoAzSgKANwoCgAiKQoALSkKAHcpCgB/KQoAzCkKANwpCgAhKgoALyoKAHYqCgCHKgoAyyoKANcqCgAgKwoAKCsKAP7vEQB7KwoAyisKANIrCgAfLAoAJiwKAHQsCgCCLAoAySwKAM8sCgAeLQoAKi0KAHMtCgCCLQoAyC0KANItCgAdLgoAIi4KAHIuCgB4LgoAxy4KANsuCgBT8BEALS8KAHEvCgB9LwoAxi8KAMwvCgAbMAoAITAKAHAwCgB1MAoAxTAKAMswCgCo8BEAHzEKAG8xCgCAMQoAxDEKAMwxCgAZMgoA0DEKAFJOCgDSMQoA0MoPACMyCgBuMgoAfDIKAMMyCgDZMgoAGDMKACQzCgBtMwoAdDMKAMIzCgDKMwoAFzQKABw0CgBsNAoAdTQKAME0CgDLNAoAFjUKAB41CgBrNQoAbzUKAMA1CgDLNQoAFTYKACM2CgBqNgoAezYKAL82CgDLNgoAFDcKABw3CgD98BEAazcKAL43CgDMNwoAEzgKAB04CgBoOAoAdjgKAL04CgDKOAoAEjkKACk5CgBnOQoAbzkKALw5CgDMOQoAEToKABY6CgBmOgoAbDoKALs6CgDDOgoAEDsKABI7CgBlOwoAcjsKALo7CgDCOwoADzwKABQ8CgBkPAoAZTwKALk8CgDFPAoADj0KABs9CgBjPQoAaz0KALg9CgDHPQoADT4KABI+CgBiPgoAbz4KALc+CgDEPgoADD8KABg/CgBhPwoAcD8KALY/CgDAPwoAC0AKABlACgBgQAoAZUAKALVACgDCQAoAUvERAA1BCgBfQQoAZ0EKALRBCgDBQQoACUIKAA5CCgBeQgoAaEIKALNCCgC7QgoACEMKAApDCgBdQwoAeEMKALJDCgC0QwoAB0QKABVECgBcRAoAbUQKALFECgCzRAoABkUKAB9FCgBbRQoAbEUKALBFCgC8RQoAp/ERAA1GCgBaRgoAYEYKAK9GCgC7RgoABEcKACFHCgBZRwoAYkcKAK5HCgC6RwoAA0gKAAZICgBYSAoAYkgKAK1ICgC1SAoAAkkKAAxJCgBXSQoAZUkKAKxJCgDCSQoAAUoKAA1KCgBWSgoAXUoKAKtKCgCzSgoAAEsKAAVLCgBVSwoAXksKAKpLCgC0SwoA/0sKAAdMCgBUTAoAVkwKAKlMCgC5TAoA/kwKAAhNCgBTTQoAX00KAKhNCgCuTQoA/U0KAAVOCgD88REAWE4KAKdOCgCtTgoA/E4KAAFPCgBRTwoAV08KAFHyEQC0TwoA+08KABFQCgBQUAoAXFAKAKVQCgCqUAoA+lAKAANRCgBPUQoAWVEKAKRRCgDHUQoA+VEKAP1RCgBOUgoACFIKAKJTCgBQUgoAo1IKALFSCgD4UgoAAlMKAE1TCgBxUwoAUPMRAKhTCgD3UwoAA1QKAExUCgBOVAoAoVQKAKtUCgD2VAoAAlUKAEtVCgBvVQoApfMRAKRVCgD1VQoAr1UKAElXCgD3VQoASlYKAFhWCgCfVgoAqVYKAPRWCgAYVwoA+vMRAE9XCgCeVwoAqlcKAPNXCgD1VwoASFgKAFJYCgCdWAoAqVgKAPJYCgAWWQoAT/QRAGRZCgCcWQoApVkKAPFZCgD/WQoARloKAExaCgCbWgoAp1oKAPBaCgD4WgoApPQRAExbCgCaWwoAs1sKAO9bCgD+WwoARFwKAExcCgCZXAoAqFwKAO5cCgDzXAoAQ10KAFBdCgCYXQoApV0KAO1dCgD5XQoAQl4KAFFeCgCXXgoAoV4KAOxeCgD6XgoAQV8KAEZfCgCWXwoAo18KAPn0EQDsXwoAbd0KAARgCgBAYAoASmAKAJVgCgCXYAoA6mAKAPhgCgA/YQoATGEKAJRhCgCcYQoA6WEKABViCgA+YgoARWIKAJNiCgCsYgoA6GIKAPdiCgA9YwoARWMKAJJjCgChYwoA52MKAOxjCgA8ZAoASWQKAJFkCgCeZAoA5mQKAPJkCgA7ZQoASmUKAJBlCgCaZQoA5WUKAPNlCgA6ZgoAP2YKAI9mCgCcZgoATvURAPdmCgA5ZwoASGcKAI5nCgCaZwoA42cKAO9nCgA4aAoAP2gKAI1oCgCZaAoA4mgKAOloCgA3aQoAP2kKAIxpCgCQaQoA4WkKAOxpCgA2agoAQmoKAItqCgCYagoA4GoKAOhqCgA1awoAP2sKAIprCgCQawoA32sKAPNrCgA0bAoAQmwKAIlsCgCWbAoA3mwKAPVsCgAzbQoAO20KAIhtCgCSbQoA3W0KAOJtCgAybgoAOm4KAIduCgCWbgoA3G4KAOFuCgAxbwoAPm8KAIZvCgCTbwoA228KAOdvCgAwcAoAP3AKAIVwCgCPcAoAo/URAOJwCgAvcQoAPnEKAIRxCgCJcQoA2XEKAOJxCgAucgoAP3IKAINyCgCKcgoA2HIKAOByCgAtcwoAOnMKAIJzCgCHcwoA13MKAOFzCgAsdAoANHQKAIF0CgCadAoA1nQKAOJ0CgArdQoAM3UKAPj1EQCPdQoA1XUKAPJ1CgAqdgoAM3YKAH92CgCNdgoA1HYKANp2CgApdwoANXcKAH53CgCFdwoA03cKANt3CgAoeAoAOHgKAH14CgCDeAoA0ngKANd4CgAneQoAPXkKAHx5CgCEeQoA0XkKANt5CgAmegoAMXoKAHt6CgCHegoA0HoKANh6CgBN9hEAMnsKAHp7CgCBewoAz3sKANt7CgAkfAoAKnwKAHl8CgCKfAoAznwKAOJ8CgAjfQoAMX0KAHh9CgCFfQoAzX0KAOR9CgAifgoAKn4KAHd+CgB+fgoAzH4KAM5+CgAhfwoAK38KAHZ/CgB4fwoAy38KAOR/CgAggAoAIoAKAHWACgB4gAoAyoAKANaACgAfgQoATYEKAKL2EQCDgQoAyYEKAOaBCgAeggoAJ4IKAHOCCgCBggoAyIIKAM6CCgAdgwoAKYMKAHKDCgB6gwoA9/YRAM+DCgAchAoAIoQKAHGECgB9hAoAxoQKAMmECgAbhQoAIIUKAHCFCgB5hQoAxYUKAMuFCgAahgoAKYYKAG+GCgB7hgoAxIYKAMyGCgBM9xEAH4cKAG6HCgBzhwoAw4cKANmHCgAYiAoAIIgKAG2ICgB7iAoAwogKAMyICgAXiQoAGokKAGyJCgB0iQoAwYkKAMKJCgAWigoAHIoKAGuKCgB5igoAwIoKANaKCgAViwoAF4sKAGqLCgBwiwoAv4sKANOLCgAUjAoAHIwKAGmMCgB5jAoAvowKAMCMCgATjQoAIo0KAGiNCgByjQoAvY0KAMKNCgASjgoAGI4KAGeOCgB7jgoAvI4KAMSOCgARjwoAFo8KAGaPCgBsjwoAu48KAMOPCgAQkAoAE5AKAGWQCgBqkAoAupAKAMOQCgAPkQoAFZEKAGSRCgBzkQoAuZEKAMWRCgCh9xEAGpIKAGOSCgB2kgoAuJIKANSSCgANkwoAFZMKAPb3EQBwkwoAt5MKAM2TCgAMlAoAGJQKAGGUCgBmlAoAtpQKAL+UCgALlQoAFZUKAGCVCgBolQoAtZUKALeVCgAKlgoAGZYKAF+WCgB8lgoAtJYKAL2WCgAJlwoAF5cKAF6XCgBklwoAs5cKAMGXCgAImAoAFZgKAF2YCgB0mAoAspgKALqYCgAHmQoACZkKAFyZCgBkmQoAsZkKAMCZCgAGmgoAC5oKAFuaCgBomgoAsJoKAL2aCgAFmwoAEZsKAFqbCgBpmwoAr5sKALmbCgAEnAoAEpwKAFmcCgBenAoArpwKALucCgBL+BEADZ0KAFidCgBanQoArZ0KALSdCgACngoACZ4KAFeeCgBdngoArJ4KALqeCgABnwoADp8KAFafCgBmnwoAq58KALCfCgAAoAoACKAKAFWgCgAcoAoA5Q8LAGGgCgCqoAoArKAKAKejCgC3oAoA/6AKAAShCgBUoQoAXqEKAKmhCgC5oQoA/qEKAAOiCgBTogoAXKIKAKiiCgC1ogoA/aIKAASjCgBSowoAWqMKAKD4EQC1owoA/KMKABSkCgBRpAoAU6QKAKakCgC9pAoA+6QKAP2kCgBQpQoAXqUKAKWlCgCypQoA+qUKAAKmCgD1+BEAVaYKAKSmCgCmpgoA+aYKAAanCgBOpwoAUacKAKOnCgC0pwoA+KcKAPqnCgBNqAoAV6gKAKKoCgCuqAoA96gKAP+oCgBK+REAUakKAKGpCgCkqQoA9qkKAACqCgBLqgoAU6oKAKCqCgCtqgoA9aoKAPeqCgBKqwoAYKsKAJ+rCgCrqwoA9KsKAPyrCgCf+REATKwKAJ6sCgBgrAoATVEMAKesCgDzrAoAAa0KAHPXCgACrQoASK0KAFOtCgCdrQoApa0KAPKtCgD9rQoAR64KAEyuCgCcrgoAn64KAPGuCgD7rgoASfoRAEyvCgCbrwoAUK8KAHbQDgC2rwoA8K8KAPyvCgBFsAoAS7AKAJqwCgCisAoA77AKAAWxCgBEsQoAUrEKAJmxCgCcsQoA7rEKAAeyCgBDsgoAT7IKAJiyCgCjsgoA7bIKAO+yCgBCswoAXbMKAJezCgClswoA7LMKAPmzCgBBtAoAWLQKAJ76EQCYtAoAydIOAKy0CgDrtAoA7LQKAEC1CgBFtQoAlbUKAJu1CgDqtQoA7LUKAD+2CgBFtgoAlLYKAKi2CgDptgoA8bYKAD63CgBOtwoAk7cKAJW3CgDotwoA9rcKAD24CgBOuAoA8/oRAJi4CgDnuAoA87gKAEj7EQA+uQoAkbkKAKK5CgDmuQoA7rkKADu6CgBEugoAkLoKAJe6CgDlugoA5roKAJ37EQBGuwoAj7sKAJG7CgDkuwoA67sKADm8CgBBvAoAjrwKAJe8CgDjvAoA6rwKADi9CgA5vQoA8vsRAJK9CgDivQoA6r0KADe+CgBBvgoAjL4KAJq+CgDhvgoA974KADa/CgBCvwoAi78KAJC/CgDgvwoA6b8KADXACgA/wAoAR/wRAIvACgDfwAoA58AKAGc3DAD3wAoANMEKAEHBCgCJwQoAlcEKAN7BCgDowQoAM8IKADfCCgCIwgoAjcIKAN3CCgDjwgoAMsMKAFLDCgCHwwoAn8MKANzDCgDzwwoAMcQKAD3ECgCGxAoAkMQKANvECgDdxAoAMMUKADfFCgCFxQoAjMUKANrFCgDgxQoAL8YKADvGCgCExgoAh8YKANnGCgDcxgoALscKADrHCgCDxwoAhscKANjHCgD0xwoALcgKADXICgCc/BEAjsgKANfICgDhyAoALMkKAC7JCgCByQoAiMkKANbJCgDdyQoAK8oKADHKCgCAygoAjsoKANXKCgDiygoAKssKADrLCgB/ywoAhMsKANTLCgDcywoAKcwKADnMCgB+zAoAg8wKANPMCgDZzAoAKM0KADDNCgDx/BEAg80KANLNCgDazQoAJ84KACrOCgB8zgoAiM4KANHOCgDXzgoAJs8KAEHPCgB7zwoAic8KANDPCgDfzwoAJdAKADHQCgB60AoAgtAKAJv9EQDU0AoAJNEKAC7RCgB50QoAgdEKAM7RCgDu0QoAI9IKADDSCgB40goAfdIKAM3SCgDR0goAItMKAC/TCgDw/REAfNMKAMzTCgDP0woAIdQKACvUCgB21AoAgtQKAMvUCgDe1AoAINUKAC/VCgB11QoAgdUKAMrVCgDL1QoAH9YKACnWCgB01goAgtYKAMnWCgDO1goAHtcKACvXCgBF/hEAfdcKAMjXCgDK1woAHdgKADbYCgBy2AoAg9gKAMfYCgDT2AoAHNkKACTZCgBE/xEAeNkKAMbZCgDN2QoAG9oKACHaCgBw2goAfNoKAMXaCgDI2goAGtsKAB3bCgBv2woAd9sKAMTbCgDU2woAGdwKAB7cCgBu3AoAd9wKAMPcCgDQ3AoAGN0KAB/dCgCZ/xEAed0KAMLdCgDP3QoAF94KAB/eCgBs3goAdt4KAMHeCgDQ3goAFt8KABffCgBr3woAc98KAMDfCgDP3woAFeAKABrgCgBq4AoAd+AKAL/gCgDM4AoAFOEKACDhCgBp4QoAeOEKAL7hCgDI4QoAE+IKACHiCgBo4goAbeIKAL3iCgDK4goAEuMKABrjCgBn4woAceMKALzjCgDB4woAEeQKABnkCgDu/xEAdOQKALvkCgDH5AoAEOUKABblCgBl5QoAa+UKALrlCgC/5QoAD+YKABXmCgBDABIAcOYKALnmCgC/5goADucKABTnCgBj5woAcOcKALjnCgC95woADegKABXoCgBi6AoAgOgKAEIBEgC56AoAKh0OALroCgBGAg0AvegKAAiWDADN6AoADOkKAA3pCgBh6QoAZukKALbpCgC86QoAC+oKAA3qCgBg6goAZuoKALXqCgDJ6goACusKABLrCgBf6woAb+sKALTrCgC26woACewKABfsCgBe7AoAb+wKAJcBEgC57AoACO0KABTtCgDsARIAau0KALLtCgC67QoAB+4KABTuCgBc7goAXu4KALHuCgDH7goABu8KABLvCgBb7woAY+8KAJYCEgC87woABfAKAAjwCgBa8AoAX/AKAK/wCgDA8AoABPEKAA3xCgBZ8QoAY/EKAK7xCgC88QoAA/IKAAjyCgBY8goAZfIKAOsCEgC58goAAvMKAA/zCgBX8woAWfMKAKzzCgDC8woAAfQKAA30CgBW9AoAXvQKAEADEgCw9AoAAPUKAAb1CgBV9QoAXfUKAKr1CgCt9QoA//UKAAv2CgBU9goAWvYKAKn2CgDE9goA/vYKAAv3CgBT9woAVfcKAKj3CgC+9woA/fcKAAn4CgBS+AoAWvgKAJUDEgCt+AoA/PgKAAH5CgBR+QoAbPkKAKb5CgC0+QoA+/kKAAL6CgBQ+goAXPoKAKX6CgCs+goA6gMSAAX7CgBP+woAV/sKAKT7CgCv+woA+fsKAP77CgBO/AoAUfwKAKP8CgCt/AoA+PwKAAD9CgBN/QoAW/0KAKL9CgCl/QoA9/0KAP/9CgBM/goAbP4KAKH+CgCu/goA9v4KAPv+CgBL/woAT/8KAKD/CgCt/woAPwQSABUACwBKAAsAUwALAJ8ACwCgAAsA9AALAPwACwBJAQsAWQELAJ4BCwCgAQsA8wELAAECCwBIAgsAWQILAJQEEgCjAgsA8gILAP4CCwDpBBIATgMLAD4FEgChAwsA8QMLAAsECwBGBAsAVQQLAJsECwCmBAsA8AQLAPIECwBFBQsAUgULAJoFCwCnBQsA7wULAPsFCwBEBgsAVQYLAJkGCwCcBgsA7gYLAAgHCwBDBwsATAcLAJgHCwClBwsA7QcLAPMHCwBCCAsATggLAJcICwCaCAsA7AgLAPEICwBBCQsAUgkLAJYJCwCxCQsA6wkLAPcJCwBACgsARwoLAJUKCwCXCgsA6goLAPEKCwA/CwsARgsLAJQLCwCaCwsA6QsLAPULCwA+DAsAQQwLAJMMCwCWDAsA6AwLAPQMCwA9DQsAUA0LAJINCwChDQsA5w0LAPMNCwA8DgsAPQ4LAJEOCwCbDgsA5g4LAPQOCwA7DwsAQA8LAJAPCwCdDwsAkwUSAO0PCwDoBRIAPBALAI8QCwClEAsA5BALAPAQCwA5EQsAQRELAD0GEgCUEQsA4xELAOsRCwA4EgsAOxILAI0SCwCZEgsA4hILAOgSCwA3EwsAUhMLAIwTCwCaEwsA4RMLAPATCwA2FAsAQhQLAIsUCwCTFAsAkgYSAOUUCwA1FQsAPxULAIoVCwCSFQsA3xULAP8VCwA0FgsAQRYLAIkWCwCOFgsA3hYLAOIWCwAzFwsAQBcLAOcGEgCrFwsAPAcSAOIXCwAyGAsAQRgLAIcYCwCnGAsA3BgLAOgYCwAxGQsAOxkLAIYZCwCSGQsA2xkLAOEZCwAwGgsANhoLAIUaCwCKGgsA2hoLAOAaCwCRBxIANRsLAIQbCwCJGwsA2RsLAN8bCwA7CBIAMRwLAIMcCwCNHAsA2BwLANocCwAtHQsARh0LAIIdCwCTHQsA1x0LAOUdCwAsHgsALx4LAIEeCwCMHgsA1h4LAN4eCwArHwsALR8LAIAfCwCIHwsA1R8LAOIfCwAqIAsANiALAH8gCwCDIAsA1CALANwgCwApIQsAOCELAH4hCwCDIQsA0yELAOAhCwAoIgsANSILAH0iCwCJIgsA0iILAOEiCwAnIwsAMSMLAHwjCwCKIwsA0SMLANYjCwAmJAsAMyQLAJAIEgCDJAsA5QgSANQkCwAhKQsA3CQLACUlCwArJQsAeiULAIAlCwDPJQsA3CULACQmCwApJgsAeSYLAIEmCwDOJgsA9yYLACMnCwACJwsAzScLAEknCwAiKAsATCcLAHgnCwChJwsAOgkSAPYnCwCPCRIASCgLAHcoCwCrKAsAzCgLAPUoCwDkCRIALykLAHYpCwCDKQsAyykLANcpCwAgKgsAJioLAHUqCwB7KgsAyioLAM8qCwAfKwsAJSsLADkKEgCaKwsAcywLAJ0rCwDJKwsA8isLAOMKEgBHLAsAOAsSAJksCwDILAsA/CwLAB0tCwBGLQsAjQsSAHwtCwDHLQsAzC0LABwuCwAkLgsA4gsSAHYuCwDGLgsAzy4LABsvCwAoLwsAcC8LAHcvCwA3DBIAzS8LAIwMEgAtMAsAbzALAHswCwDEMAsA0zALABkxCwAiMQsAbjELAHgxCwDDMQsAxTELABgyCwAxMgsAbTILAH4yCwDCMgsAzjILABczCwAfMwsA4QwSAHozCwDBMwsA0jMLABY0CwAiNAsAazQLAHM0CwA2DRIAxTQLABU1CwAfNQsAajULAHI1CwC/NQsAzzULABQ2CwAZNgsAaTYLAHI2CwC+NgsAyzYLABM3CwAaNwsAiw0SAG43CwBwgA8AdTcLAL03CwB7NwsA7VkOAMI3CwASOAsAHjgLAGc4CwB0OAsAvDgLAMY4CwDgDRIAFjkLAGY5CwByOQsAuzkLAMg5CwAQOgsAGjoLAGU6CwCBOgsAujoLAMI6CwA1DhIAFDsLAGQ7CwBsOwsAuTsLALw7CwAOPAsAFzwLAGM8CwByPAsAuDwLAMM8CwANPQsAFT0LAGI9CwByPQsAtz0LAMU9CwAMPgsAHT4LAGE+CwBtPgsAtj4LAL4+CwCKDhIAET8LAGA/CwBoPwsAtT8LALw/CwAKQAsAGEALAF9ACwBlQAsAtEALAMBACwAJQQsAGEELAF5BCwBoQQsAs0ELALhBCwAIQgsADkILAF1CCwBxQgsAskILALpCCwAHQwsAJUMLAFxDCwBkQwsA3w4SALlDCwA0DxIADkQLAFtECwB0RAsAsEQLALlECwAFRQsAFUULAFpFCwBqRQsAr0ULALtFCwAERgsACkYLAFlGCwBnRgsArkYLALtGCwADRwsAGkcLAFhHCwBgRwsArUcLALdHCwACSAsAEEgLAFdICwBtSAsArEgLALhICwABSQsACEkLAFZJCwBeSQsAq0kLALBJCwAASgsACUoLAFVKCwBfSgsAqkoLALJKCwD/SgsAAUsLAFRLCwBkSwsAqUsLALNLCwD+SwsACkwLAFNMCwBZTAsAqEwLALBMCwDeDxIA/0wLAFJNCwBjTQsAp00LAMNNCwD8TQsABE4LADMQEgBiTgsApk4LALdOCwD7TgsAA08LAFBPCwBpTwsApU8LAKtPCwD6TwsA/08LAE9QCwBvUAsApFALALBQCwD5UAsA/1ALAE5RCwBWUQsAo1ELALJRCwD4UQsA/VELAE1SCwBaUgsAolILAK9SCwD3UgsAA1MLAExTCwBbUwsAoVMLAKtTCwD2UwsABFQLAEtUCwBQVAsAoFQLAK1UCwD1VAsA+FQLAEpVCwBSVQsAn1ULAKFVCwD0VQsA+lULAElWCwBVVgsAnlYLAKZWCwCIEBIA+FYLAEhXCwBMVwsAnVcLAKpXCwDdEBIA+lcLADIREgBNWAsAnFgLALNYCwDxWAsA+lgLAEZZCwBcWQsAm1kLAKdZCwDwWQsA/VkLAEVaCwBPWgsAmloLAKJaCwDvWgsALVsLAERbCwBtWwsAmVsLAKFbCwDuWwsAEVwLAIcREgBSXAsAmFwLAFlcCwAmeQsAnVwLAO1cCwD6XAsAQl0LAE9dCwCXXQsAo10LAOxdCwD7XQsAQV4LAEteCwCWXgsApF4LAOteCwDwXgsAQF8LAE1fCwCVXwsAuV8LAOpfCwDyXwsA3BESAEhgCwCUYAsAl2ALAOlgCwDzYAsAPmELAEZhCwCTYQsArGELAOhhCwD0YQsAPWILAEViCwAxEhIAomILAOdiCwDvYgsAPGMLAEZjCwCRYwsApWMLAOZjCwDnYwsAO2QLAEdkCwCQZAsAmGQLAIYSEgD4ZAsAOmULADtlCwCPZQsAm2ULAORlCwDzZQsAOWYLAENmCwCOZgsAkWYLAONmCwDrZgsAOGcLADlnCwCNZwsAj2cLAOJnCwDoZwsAN2gLADloCwCMaAsAomgLAOFoCwDtaAsANmkLAEBpCwCLaQsAl2kLAOBpCwDmaQsANWoLAD1qCwCKagsAs2oLAN9qCwDnagsANGsLAD5rCwCJawsAjmsLAN5rCwDmawsAM2wLAExsCwCIbAsAlGwLAN1sCwDlbAsA2xISAD5tCwCHbQsAim0LANxtCwDhbQsAMW4LADpuCwCGbgsAjG4LANtuCwDqbgsAMG8LADxvCwCFbwsAmm8LANpvCwDibwsAL3ALADxwCwApdgsASHALAIRwCwCJcAsA2XALAN5wCwAucQsAP3ELAINxCwCLcQsA2HELAI9xCwCBcwsA73ELAC1yCwA7cgsAgnILAJ1yCwDXcgsA43ILACxzCwA5cwsAMBMSAINzCwDWcwsA43MLACt0CwAzdAsAgHQLAJd0CwDVdAsA43QLACp1CwBFdQsAf3ULAIt1CwDUdQsA4XULAIUTEgAydgsAfnYLAI92CwDTdgsA5HYLACh3CwAwdwsAfXcLAJR3CwDSdwsA4HcLACd4CwBCeAsAfHgLAIh4CwDReAsA3ngLANoTEgA6eQsAe3kLAH55CwDQeQsA7XkLACV6CwA2egsAenoLAJ56CwDPegsA13oLAC8UEgAtewsAeXsLAHx7CwDOewsA2HsLACN8CwArfAsAeHwLAJF8CwDNfAsA2XwLACJ9CwAqfQsAhBQSAId9CwDMfQsA1H0LACF+CwArfgsAdn4LAIp+CwDLfgsAzH4LACB/CwAsfwsAdX8LAH1/CwDZFBIA3n8LAB+ACwAigAsAdIALAJGACwDJgAsA2oALAB6BCwAsgQsAc4ELAIiBCwDIgQsA0IELAB2CCwAqggsAb4ULADaCCwByggsAd4ILAMeCCwDMggsAHIMLAC2DCwBxgwsAeYMLAMaDCwDdgwsAG4QLACmECwBwhAsAi4QLAMWECwDRhAsAGoULACeFCwAuFRIAeIULAMSFCwDVhQsAGYYLACqGCwBuhgsAdoYLAMOGCwDahgsAGIcLACaHCwBthwsAiIcLAMKHCwDOhwsAF4gLACSICwCDFRIAgIgLAMGICwDEiAsAFokLADOJCwBriQsAfIkLAMCJCwDOiQsAFYoLACqKCwBqigsAcooLAL+KCwDMigsAuZALANiKCwAUiwsAGYsLAGmLCwBuiwsAvosLAM+LCwATjAsAG4wLAGiMCwAfjAsAEY4LAH+MCwC9jAsAy4wLABKNCwAtjQsAZ40LAHONCwC8jQsAyY0LANgVEgATjgsAZo4LAHOOCwC7jgsAw44LABCPCwAnjwsAZY8LAHOPCwC6jwsA1Y8LAA+QCwAbkAsAZJALAHGQCwAtFhIAwpALAA6RCwAfkQsAY5ELAHSRCwC4kQsAwJELAA2SCwAkkgsAYpILAHCSCwC3kgsA0pILAAyTCwAYkwsAYZMLAG6TCwCCFhIAv5MLAAuUCwAclAsAYJQLAGyUCwC1lAsAwpQLAAqVCwAPlQsAX5ULAGmVCwC0lQsAxJULAAmWCwAOlgsAXpYLAGeWCwCzlgsAwJYLAAiXCwAPlwsAXZcLAGmXCwCylwsAuJcLAAeYCwANmAsAXJgLAGGYCwCxmAsAt5gLANcWEgALmQsAW5kLAGOZCwCwmQsAxpkLAAWaCwAKmgsAWpoLAGGaCwCvmgsAuJoLAASbCwAVmwsAWZsLAGWbCwCumwsAtpsLANYXEgAFnAsAWJwLAG6cCwCtnAsAuZwLAAKdCwAJnQsAV50LAF+dCwArGBIAsZ0LAAGeCwAIngsAVp4LAF+eCwCrngsAvJ4LAACfCwAMnwsAVZ8LAF2fCwCAGBIArJ8LAP+fCwAVoAsAVKALAGCgCwCpoAsAsKALAP6gCwAGoQsA1RgSAFihCwCooQsAr6ELAP2hCwAGogsAUqILAGOiCwCnogsAs6ILAPyiCwAEowsAKhkSAFOjCwCmowsAtaMLAPujCwAbpAsAUKQLAFKkCwClpAsAvKQLAPqkCwAGpQsAT6ULAFelCwDUGRIAqaULAPmlCwD7pQsATqYLAFWmCwCjpgsAq6YLAPimCwABpwsATacLAFOnCwCipwsAs6cLAPenCwD/pwsAfhoSAFioCwChqAsApKgLAPaoCwD7qAsAS6kLAFypCwCgqQsAu6kLAPWpCwABqgsASqoLAFKqCwDTGhIAtaoLAPSqCwD1qgsASasLAE6rCwCeqwsApKsLAPOrCwD9qwsASKwLAFCsCwCdrAsAr6wLACgbEgD/rAsAR60LAFGtCwCcrQsAoq0LAPGtCwAFrgsARq4LAE6uCwCbrgsAq64LAPCuCwD1rgsARa8LAEuvCwCarwsAoq8LAO+vCwDwrwsARLALAEawCwCZsAsAqLALAO6wCwAOsQsAQ7ELAEWxCwCYsQsAr7ELAO2xCwD5sQsAQrILAEqyCwB9GxIAn7ILAOyyCwAFswsAQbMLAEqzCwCWswsAoLMLAOuzCwDzswsAQLQLAFC0CwCVtAsAmrQLAOq0CwDztAsAP7ULAEy1CwCUtQsAm7ULAOm1CwDxtQsAJxwSAEi2CwCTtgsAm7YLAOi2CwD2tgsAPbcLAEq3CwCStwsAmrcLAOe3CwDptwsAPLgLAES4CwCRuAsAkrgLAOa4CwDouAsAO7kLAEq5CwCQuQsAsLkLAOW5CwDnuQsAOroLAFG6CwCPugsAm7oLAOS6CwD+ugsAObsLAGW7CwCOuwsAkbsLAOO7CwDouwsAOLwLAEW8CwB8HBIAj7wLAOK8CwDsvAsAN70LAEa9CwCMvQsAl70LAOG9CwDvvQsANr4LAEO+CwCLvgsAor4LAOC+CwDovgsANb8LADa/CwCKvwsAjL8LAN+/CwDuvwsANMALAFTACwCJwAsAi8ALAN7ACwD1wAsAM8ELAD/BCwCIwQsAkMELANEcEgDiwQsAMsILADjCCwCHwgsAj8ILANzCCwD7wgsAMcMLAD7DCwCGwwsAh8MLANvDCwDxwwsAMMQLAEzECwAmHRIAisQLANrECwDkxAsAL8ULADfFCwCExQsAhcULANnFCwCGxQsA0M4LAN/FCwAuxgsAOsYLAIPGCwCTxgsA2MYLAObGCwAtxwsAQMcLAILHCwCOxwsA18cLAN7HCwAsyAsANMgLAIHICwCFyAsA1sgLAOTICwAryQsANckLAIDJCwCLyQsA1ckLAN3JCwAqygsAYsoLAH/KCwCHygsA1MoLANnKCwApywsAL8sLAH7LCwCGywsA08sLAO3LCwAozAsAYMwLAH3MCwCFzAsA0swLANfMCwAnzQsALc0LAHzNCwCEzQsA0c0LAOvNCwAmzgsAQM4LAHvOCwCzzgsAex0SANjOCwAlzwsALM8LAHrPCwCGzwsAz88LANDPCwAk0AsAMNALAHnQCwCG0AsAztALANXQCwAj0QsAL9ELAHjRCwCF0QsAzdELANzRCwAi0gsANtILANAdEgB50gsAzNILAIPSCwDyqQ4Az9ILAIYWDgDZ0gsAlbMMANvSCwAh0wsAQdMLAHbTCwB40wsAy9MLAOLTCwAg1AsALNQLAHXUCwB91AsAJR4SAMzUCwAf1QsALNULAHTVCwB91QsAydULAMvVCwAe1gsAL9YLAHPWCwCE1gsAyNYLANzWCwB6HhIAPdcLAHLXCwB01wsAx9cLAN7XCwAc2AsAKNgLAHHYCwB52AsAzx4SAMjYCwAb2QsAHtkLAHDZCwB42QsAxdkLANLZCwAa2gsAH9oLAG/aCwB52gsAxNoLAMzaCwAZ2wsAMtsLAG7bCwB62wsAw9sLAM/bCwAY3AsAJdwLAG3cCwB13AsAwtwLANLcCwAX3QsAHN0LAGzdCwB13QsAwd0LAM7dCwAW3gsAHd4LAGveCwBz3gsAJB8SAM3eCwAV3wsAGN8LAGrfCwB03wsAv98LAMHfCwAU4AsAJeALAGngCwB64AsAvuALAMrgCwAT4QsAGuELAGjhCwCC4QsAveELAMXhCwAS4gsAE+ILALPrCwAc4gsAZ+ILAG3iCwC84gsA0OILABHjCwAZ4wsAZuMLAHDjCwC74wsAwOMLABDkCwAY5AsAZeQLAHPkCwC65AsAx+QLAA/lCwAS5QsAZOULAG7lCwC55QsAu+ULAA7mCwAf5gsAY+YLAHTmCwC45gsAwOYLAHkfEgAX5wsAYucLAH7nCwC35wsAv+cLAM4fEgAN6AsAYegLAHfoCwC26AsAvugLAAvpCwAZ6QsAYOkLAG3pCwC16QsAuOkLAArqCwAU6gsAX+oLAGHqCwC06gsAxeoLAAnrCwAa6wsAXusLAGbrCwAjIBIAxOsLAAjsCwAU7AsAXewLAF/sCwCy7AsAtewLAAftCwAT7QsAXO0LAGTtCwB4IBIAuu0LAAbuCwAT7gsAW+4LAGPuCwCw7gsAwu4LAAXvCwAS7wsAWu8LAFvvCwCv7wsAxe8LAATwCwAM8AsAWfALAGfwCwCu8AsAu/ALAAPxCwAG8QsAWPELAGLxCwCt8QsAr/ELAALyCwAT8gsAV/ILAGjyCwCs8gsAtPILAM0gEgAO8wsAVvMLAGDzCwCr8wsAY/MLACHRDQC58wsAAPQLABb0CwBV9AsAYfQLAKr0CwC29AsA//QLAAX1CwBU9QsAWvULAKn1CwCu9QsA/vULAAT2CwAiIRIAWPYLAKj2CwCq9gsA/fYLAAT3CwBS9wsAWvcLAKf3CwCq9wsA/PcLAAX4CwBR+AsAYPgLAKb4CwCx+AsA+/gLAAP5CwBQ+QsAYPkLAKX5CwCz+QsA+vkLAAv6CwBP+gsAW/oLAKT6CwCs+gsAISISABf7CwBO+wsAVvsLAHYiEgCv+wsA+PsLAA78CwBN/AsAVfwLAKL8CwDB/AsAyyISAPr8CwBqNAwABP0LAEz9CwBP/QsAvoYQAFT9CwCh/QsAVv0LALGVDgCj/QsA9v0LAKv9CwA/CgwAsv0LAEYDDAAD/gsAS/4LAF/+CwCg/gsAqP4LAPX+CwD6/gsASv8LAFr/CwCf/wsAp/8LAPT/CwD+/wsASQAMAFQADACeAAwAqgAMAPMADAD7AAwAICMSAE0BDACdAQwApgEMAPIBDAD4AQwARwIMAFYCDACcAgwAqAIMAPECDAD0AgwAdSMSAEsDDACbAwwAqgMMAPADDADyAwwARQQMAFYEDACaBAwAqwQMAO8EDAADBQwARAUMAEwFDACZBQwApwUMAO4FDAD7BQwAQwYMAEYGDACYBgwAogYMAO0GDADvBgwAQgcMAFMHDACXBwwAqAcMAOwHDAD4BwwAQQgMAEgIDACWCAwAnggMAOsIDAACCQwAQAkMAEwJDACVCQwAqwkMAOoJDADtCQwAyiMSAEoKDACUCgwAoAoMAOkKDADxCgwAHyQSAEoLDACTCwwAqQsMAOgLDADrCwwAPQwMAEUMDACSDAwAlAwMAOcMDAACDQwAPA0MAD4NDACRDQwAnw0MAOYNDAD3DQwAOw4MAD0ODACQDgwAqQ4MAOUODAD2DgwAOg8MAEYPDAB0JBIAlQ8MAOQPDADyDwwAORAMAFQQDACOEAwAmhAMAOMQDADpEAwAOBEMAEARDACNEQwAnREMAOIRDADnEQwANxIMAEASDACMEgwAmRIMAOESDADoEgwANhMMAD4TDADJJBIAkBMMAOATDADmEwwANRQMAD0UDACKFAwAthQMAN8UDADmFAwANBUMAE0VDACJFQwAmBUMAN4VDAD6FQwAHiUSADgWDACIFgwAkhYMAN0WDADtFgwAMhcMADcXDACHFwwAkBcMANwXDADpFwwAMRgMADgYDACGGAwAkhgMANsYDADuGAwAMBkMAD8ZDACFGQwAkRkMANoZDADbGQwALxoMADkaDACEGgwAkhoMANkaDADeGgwALhsMADsbDABzJRIAlBsMANgbDADaGwwALRwMADAcDACCHAwAhRwMANccDADeHAwALB0MADgdDACBHQwAkR0MANYdDADmHQwAKx4MADAeDACAHgwAiR4MANUeDADiHgwAKh8MADEfDAB/HwwAix8MANQfDADaHwwAKSAMAC8gDAB+IAwAgyAMANMgDADZIAwAciYSADIhDAB9IQwAiyEMANIhDADiIQwAJyIMACkiDAB8IgwAiyIMANEiDADbIgwAJiMMAC4jDABxJxIAgSMMANAjDADcIwwAxicSACokDAB6JAwAgiQMAM8kDADfJAwAJCUMADIlDAB5JQwAhiUMAM4lDADVJQwAIyYMACsmDABwKBIAiSYMAM0mDADUJgwAIicMAConDAB3JwwAhCcMAMwnDADRJwwAISgMACsoDAB2KAwAfigMAMsoDADkKAwAICkMACwpDAB1KQwAfSkMAMUoEgDWKQwAHyoMACIqDAB0KgwAeSoMAMkqDADaKgwAHisMADkrDABzKwwAfysMAMgrDADPKwwAHSwMADksDAByLAwAeiwMABopEgDMLAwAHC0MACYtDABxLQwAeS0MAMYtDADILQwAnaoNANYtDAAbLgwAIC4MAHAuDAB5LgwAxS4MANIuDAAaLwwAIS8MAG8pEgB4LwwAxC8MANEvDAAZMAwAKDAMAG4wDAB4MAwAwzAMANEwDAAYMQwAHTEMAG0xDAB6MQwAwjEMAMoxDADEKRIAIzIMAGwyDAB5MgwAwTIMAMQyDAAWMwwAJDMMAGszDABwMwwAwDMMAM0zDAAVNAwAHTQMABkqEgByNAwAvzQMAMU0DAAUNQwAxjQMAIPFDAAgNQwAaTUMAIY1DAC+NQwAxzUMABM2DAAhNgwAaDYMAG42DAC9NgwAyTYMABI3DAAZNwwAbioSAGg3DACkpAwAczcMALw3DAB3NwwAUqEMAM83DAAROAwAGzgMAGY4DAByOAwAuzgMAMg4DAAQOQwAEzkMAGU5DABzOQwAujkMAL85DAAPOgwAHDoMAGQ6DABsOgwAwyoSAL86DAAOOwwAHDsMAGM7DAB+OwwAuDsMAMQ7DAANPAwAEzwMAG0rEgCFPAwAwisSALw8DAAMPQwAGT0MAGE9DABuPQwAtj0MAMI9DAALPgwAGj4MAGA+DABqPgwAtT4MAMM+DAAKPwwADz8MAF8/DABsPwwAtD8MANA/DAAJQAwAEUAMABcsEgBjQAwAs0AMALlADAAIQQwAEEEMAF1BDABeQQwAskEMALlBDAAHQgwADEIMAFxCDABkQgwAsUIMAL9CDAAGQwwACUMMAFtDDABjQwwAsEMMAL1DDAAFRAwACkQMAFpEDABkRAwAr0QMALdEDAAERQwAFUUMAFlFDABeRQwArkUMALBFDAADRgwACkYMAFhGDABkRgwArUYMALRGDABsLBIADkcMAFdHDAB0RwwArEcMALVHDAABSAwAD0gMAFZIDABcSAwAq0gMALdIDAAASQwAB0kMAFVJDABdSQwAqkkMAMBJDAD/SQwABEoMAFRKDABbSgwAqUoMALJKDAD+SgwAD0sMAFNLDABfSwwAqEsMALBLDAAWLRIAA0wMAFJMDABXTAwAp0wMAMJMDAD8TAwACk0MAFFNDABYTQwApk0MALJNDAD7TQwA/k0MAFBODABYTgwApU4MAKZODAD6TgwA/E4MAE9PDABeTwwApE8MAMRPDAD5TwwA+08MAE5QDABlUAwAo1AMAK9QDAD4UAwAAFEMAGstEgBSUQwAolEMAKpRDAD3UQwAB1IMAExSDABaUgwAoVIMALJSDAD2UgwAAlMMAEtTDABOUwwAoFMMAKhTDAD1UwwAA1QMAEpUDABXVAwAn1QMAKdUDAD0VAwALFUMAMAtEgBKVQwAnlUMAKpVDADzVQwAAlYMAEhWDABQVgwAFS4SAJ9WDADyVgwAAFcMAEdXDABYVwwAai4SAKNXDAC/LhIA+VcMAGkvEgBHWAwAKnQMAElYDACSYQwASlgMAO9ZDABMWAwA5WMMAE1YDABAXgwAT1gMACh2DABSWAwAm1gMAFNYDABCXAwAVVgMADVpDAChWAwA8FgMAPZYDABFWQwASlkMAJpZDACgWQwAvi8SAPFZDABEWgwASloMAJlaDACmWgwAvTASAPtaDABDWwwAWlsMAJhbDAC0WwwA7VsMAPVbDAASMRIAR1wMAJdcDAChXAwA7FwMAPpcDABBXQwAUF0MAJZdDACiXQwAZzESAPNdDAC8MRIATF4MAJVeDACWXgwA6l4MAPBeDAA/XwwAS18MAJRfDACjXwwA6V8MAOtfDAA+YAwASGAMAJNgDACfYAwA6GAMAO9gDAARMhIARWEMAGYyEgCcYQwA52EMAO1hDAA8YgwASmIMAJFiDACgYgwA5mIMAPBiDAA7YwwAV2MMAJBjDACYYwwAuzISAPFjDAA6ZAwASWQMAI9kDACUZAwA5GQMAP9kDAA5ZQwARWUMAI5lDACUZQwA42UMAOVlDAA4ZgwAUWYMAI1mDACeZgwA4mYMAO5mDAA3ZwwAT2cMAIxnDACYZwwA4WcMAOdnDAA2aAwAPGgMAItoDACQaAwA4GgMAOZoDAAQMxIAOmkMAIppDACQaQwA32kMAKBpDACFbgwA62kMADRqDABMagwAiWoMAI1qDAAybAwAlWoMAN5qDADkagwAM2sMADlrDACIawwAjWsMAN1rDADjawwADzQSADRsDACHbAwAjWwMANxsDADpbAwADjUSAD5tDACGbQwAnW0MANttDAD3bQwAMG4MADhuDABjNRIAhm4MANpuDADobgwAL28MAEBvDACEbwwAkG8MANlvDADxbwwALnAMADJwDADXcQwAOnAMAINwDACJcAwA2HAMAN5wDAAtcQwAMnEMAIJxDACIcQwAuDUSANlxDAAscgwAMnIMAIFyDACOcgwAtzYSAONyDAArcwwAQnMMAIBzDACccwwA1XMMAN1zDAAMNxIALHQMAH90DACFdAwA1HQMANd0DAApdQwANXUMAH51DACadQwA03UMANt1DABhNxIAK3YMAH12DACJdgwA0nYMANh2DAAndwwAP3cMAHx3DACAdwwAJXkMAIN3DAB2fQwAiHcMANF3DACJdwwAeHsMANd3DAAmeAwALHgMAHt4DACAeAwA0HgMANZ4DAC2NxIAJ3kMAHp5DACAeQwAz3kMANx5DAC1OBIAMXoMAHl6DACQegwAznoMAOp6DAAjewwAK3sMAAo5EgB9ewwAzXsMANd7DAAifAwAMHwMAHd8DACGfAwAzHwMANh8DABfORIAKX0MALQ5EgCCfQwAy30MAMx9DAAgfgwAJn4MAHV+DACBfgwAyn4MANl+DAAffwwAIX8MAHR/DAB+fwwAyX8MANV/DAAegAwAJYAMAAk6EgB7gAwAXjoSANKADAAdgQwAKYEMAHKBDACIgQwAx4EMANOBDAAcggwAL4IMAHGCDAB/ggwAxoIMANCCDACzOhIAI4MMAAg7EgCGgwwAxYMMANGDDAAahAwAJ4QMAG+EDAB5hAwAxIQMAMaEDAAZhQwAI4UMAG6FDAB8hQwAw4UMAMiFDAAYhgwAJYYMAG2GDAB1hgwAwoYMANKGDAAXhwwAGYcMAGyHDAB1hwwAwYcMANKHDAAWiAwAIIgMAF07EgB3iAwAwIgMANeIDAAViQwAMIkMALI7EgCDiQwAv4kMAMWJDAAUigwAHooMAAc8EgBrigwAvooMAM+KDAATiwwAG4sMAGiLDAAviwwAQLMMAHSLDAC9iwwAw4sMABKMDAAYjAwAZ4wMAGyMDAC8jAwAwowMAFw8EgAtjQwAZo0MAG6NDABbPRIAyY0MABCODAAhjgwAZY4MAHaODAC6jgwAxo4MAA+PDAAWjwwAsD0SAHWPDAC5jwwAyo8MAA6QDAAakAwAY5AMAGqQDAAFPhIAupAMAA2RDAAOkQwAYpEMAGqRDAC3kQwAvJEMAAySDAAVkgwAYZIMAGuSDAC2kgwAvpIMAAuTDAAQkwwAYJMMAHCTDAC1kwwAvZMMAAqUDAAglAwAX5QMAGuUDAC0lAwAypQMAAmVDAAOlQwAXpUMAGSVDACzlQwAx5UMAFo+EgAelgwAXZYMAGuWDACylgwAv5YMAAeXDAAJlwwAXJcMAGaXDACxlwwAvZcMAAaYDAANmAwAW5gMAGOYDACwmAwAyZgMAAWZDAAZmQwAWpkMAGKZDACvmQwAsZkMAASaDAARmgwAWZoMAF6aDACumgwAuJoMAAObDAAOmwwAWJsMAGSbDACtmwwAs5sMAAKcDAAKnAwAV5wMAFicDACsnAwAspwMAAGdDAAGnQwAVp0MAGWdDACrnQwAt50MAACeDAADngwAVZ4MAFieDACvPhIAr54MAP+eDAAbnwwABD8SAHSfDACpnwwAsZ8MAFk/EgAEoAwAU6AMAF+gDACuPxIArqAMAP2gDAAJoQwAAUISAFShDACnoQwAsaEMAPyhDAD+oQwAUaIMAGKiDACmogwArqIMAPuiDAAHowwAUKMMAFajDAClowwAq6MMAPqjDAD/owwAT6QMAFWkDABWQhIApqQMAPmkDAD/pAwATqUMAFGlDACjpQwAr6UMAPilDAAApgwAVUMSAFOmDACipgwAqKYMAPemDAD8pgwATKcMAFKnDACqQxIAo6cMAPanDAD/pwwAS6gMAGKoDACgqAwAq6gMAPWoDAD/qAwASqkMAFKpDACpRBIArKkMAPSpDAD8qQwASaoMAFOqDACeqgwAqaoMAPOqDAD5qgwASKsMAFSrDACdqwwAn6sMAPKrDAD5qwwAR6wMAE+sDACcrAwArqwMAP5EEgAwrQwARq0MAE6tDACbrQwAvq0MAP1FEgDyrQwARa4MAFKuDACargwAoa4MAO+uDAAArwwARK8MAFCvDACZrwwAoK8MAO6vDADvrwwAeNAMAPavDABSRhIAVrAMAJiwDACnsAwA7bAMAPmwDABCsQwAQ7EMAJexDAChsQwA7LEMAPqxDABBsgwARrIMAJayDACjsgwAp0YSAPOyDAD8RhIASLMMAFFHEgCjswwA6rMMAPmzDAA/tAwAX7QMAJS0DACgtAwA6bQMAPC0DAA+tQwARrUMAJO1DACVtQwA6LUMAPK1DABQSBIAR7YMAJK2DACatgwApUgSAPG2DAA8twwARLcMAPpIEgDRtwwA5rcMAO63DAA7uAwAWbgMAE9JEgCVuAwAVJ4NAJ64DADluAwA7LgMAAmTDgD1uAwAOrkMAEq5DACPuQwAm7kMAOS5DADquQwAOboMAFW6DACOugwAlroMAKRJEgD3ugwAOLsMAEK7DACNuwwAmbsMAOK7DADquwwA+UkSAEK8DACMvAwAjrwMAOG8DADnvAwANr0MAD69DABOShIAjb0MAOC9DADjvQwANb4MAD2+DACKvgwAmr4MAN++DADhvgwANL8MAEK/DACJvwwAmr8MAKNKEgDlvwwA+EoSADnADACIwAwAjcAMAN3ADADjwAwATUsSADzBDACHwQwAicEMANzBDADvwQwAMcIMADnCDACGwgwAksIMANvCDADhwgwAMMMMADbDDACFwwwAisMMANrDDADgwwwATEwSADjEDACExAwAkcQMANnEDADgxAwALsUMADbFDAChTBIAj8UMANjFDADixQwALcYMADnGDACCxgwAkcYMANfGDADhxgwALMcMADjHDACBxwwAiMcMAPZMEgDZxwwAMWoPANzHDAAryAwA5ccMAMODDgDnxwwAoaYNADfIDACAyAwAiMgMAEtNEgDhyAwAKskMADTJDAB/yQwAi8kMANTJDADjyQwAKcoMADPKDAB+ygwAisoMANPKDADaygwAoE0SADbLDAB9ywwASMsMACh0DgCUywwA0ssMAN/LDAAnzAwAKcwMAHzMDACNzAwA0cwMAO3MDAAmzQwALs0MAPVNEgCUzQwA0M0MAOTNDAAlzgwALc4MAHrODAB9zgwAz84MAN3ODAAkzwwAO88MAHnPDACGzwwAzs8MANDPDAAj0AwANNAMAEpOEgB+0AwAzdAMANLQDAAi0QwAONEMAHfRDACF0QwAzNEMAM/RDAAh0gwALdIMAHbSDAB80gwAy9IMANfSDAAg0wwATNMMAHXTDACB0wwAytMMANnTDAAf1AwAKdQMAHTUDACC1AwAydQMAM7UDAAe1QwAK9UMAJ9OEgB11QwAyNUMANbVDAAd1gwAKtYMAHLWDACE1gwA9E4SANbWDAAc1wwAKNcMAHHXDACK1wwAxtcMAMjXDAAb2AwAKtgMAHDYDACQ2AwAxdgMAM3YDAAa2QwAPdkMAElPEgB02QwAxNkMAMfZDAAZ2gwAI9oMAG7aDAB22gwAw9oMAMnaDAAY2wwAJNsMAG3bDAB82wwAwtsMAM7bDAAX3AwAJNwMAGzcDAB23AwAwdwMAMncDAAW3QwAJd0MAGvdDABt3QwAwN0MANHdDAAV3gwAJt4MAGreDABy3gwAv94MANDeDAAU3wwAFt8MAGnfDABs3wwAvt8MAMjfDAAT4AwAN+AMAGjgDACE4AwAnk8SAMPgDAAS4QwAF+EMAGfhDAB24QwAvOEMAMjhDAAR4gwAFOIMAGbiDABp4gwAu+IMAMPiDAAQ4wwAH+MMAGXjDABq4wwAuuMMANDjDAAP5AwAEOQMAGTkDAB15AwAueQMAMXkDAAO5QwAGOUMAGPlDABv5QwAuOUMAL/lDADzTxIAEeYMAGLmDABw5gwAt+YMAMHmDAAM5wwAF+cMAGHnDABp5wwAtucMAMLnDAAL6AwAHugMAGDoDABu6AwAtegMAL/oDAAK6QwAEukMAF/pDABu6QwAtOkMALnpDAAJ6gwAEOoMAF7qDABq6gwASFASAL/qDAAI6wwAC+sMAF3rDABg6wwAsusMAMzrDAAH7AwAE+wMAFzsDABv7AwAsewMAL/sDAAG7QwAEO0MAFvtDAB+7QwAnVASALrtDAAF7gwAEe4MAFruDABh7gwAr+4MALfuDAAE7wwACO8MAFnvDABn7wwAru8MALjvDAAD8AwADvAMAFjwDABg8AwArfAMALzwDAAC8QwAB/EMAFfxDABe8QwArPEMALjxDAAB8gwACfIMAPJQEgBs8gwAVEcPAG/yDACr8gwAtfIMAADzDAAM8wwAVfMMAFjzDACq8wwAtPMMAP/zDAAC9AwAVPQMAGT0DACp9AwAq/QMAP70DAAM9QwAU/UMAGT1DABHURIAr/UMAJxREgAW9gwAUvYMAFz2DACn9gwAs/YMAPz2DAD/9gwAUfcMAFv3DADxURIAq/cMAPv3DAAb+AwAUPgMAFj4DABGUhIAs/gMAPr4DAAQ+QwAT/kMAFv5DACk+QwAq/kMAPn5DAAB+gwATvoMAFP6DACj+gwArPoMAPj6DAAC+wwATfsMAFX7DACi+wwAsPsMAPf7DAAE/AwATPwMAFT8DACbUhIAsfwMAPb8DAD+/AwA8FISAFL9DACg/QwArP0MAPX9DAD8/QwASv4MAFL+DACf/gwAqf4MAPT+DAAC/wwASf8MAF//DACe/wwAqv8MAPP/DAD4/wwASAANAFEADQCdAA0ApwANAPIADQD6AA0ARwENAEwBDQCcAQ0ArAENAPEBDQD5AQ0ARVMSAFACDQCbAg0AngINAO4DDgCjAg0AmlMSAP4CDQBFAw0AWwMNAJoDDQCmAw0A7wMNAPYDDQBEBA0ATAQNAJkEDQCeBA0A7gQNAPcEDQBDBQ0ATQUNAJgFDQCgBQ0A7QUNAO8FDQCMEQ0A+wUNAEIGDQBPBg0AlwYNAJ8GDQDvUxIA+AYNAEEHDQBEBw0AlgcNAKAHDQBEVBIA+QcNAEAIDQBWCA0AlQgNAKEIDQDqCA0A8QgNAD8JDQBHCQ0AlAkNAJkJDQDpCQ0A8gkNAD4KDQBICg0AkwoNAJsKDQDoCg0A6goNAD0LDQBNCw0AkgsNAJwLDQDnCw0A8wsNADwMDQBCDA0A7lQSAJ8MDQDmDA0A/AwNADsNDQBHDQ0AkA0NAJUNDQDlDQ0A7g0NADoODQBEDg0Ajw4NAJcODQDkDg0ABg8NAENVEgBIDw0Ajg8NAJoPDQDjDw0A5A8NADgQDQBCEA0AjRANAJsQDQDiEA0A5xANADcRDQBEEQ0AmFUSAJwRDQDhEQ0A6xENADYSDQBCEg0AixINAJESDQDgEg0A6BINAJdWEgA6Ew0AihMNAJITDQDfEw0A6xMNANUdDQD4Ew0ANBQNAEAUDQCJFA0AkRQNAOxWEgDrFA0AMxUNADsVDQCIFQ0AlhUNAN0VDQDqFQ0AMhYNADUWDQCHFg0AkRYNANwWDQDeFg0AMRcNAD4XDQCGFw0AlRcNANsXDQDnFw0AMBgNADgYDQBBVxIAlRgNANoYDQDiGA0ALxkNADsZDQCEGQ0AihkNANkZDQDfGQ0ALhoNADMaDQCDGg0AiRoNAJZXEgDlGg0ALRsNADIbDQCCGw0AjBsNANcbDQDfGw0ALBwNADgcDQCBHA0AlBwNANYcDQDkHA0AKx0NAC4dDQCAHQ0Aih0NAOtXEgDoHQ0AKh4NADgeDQB/Hg0Agh4NANQeDQDeHg0AQFgSAC4fDQB+Hw0ANx8NAAo+DQCGHw0A0x8NAN8fDQAoIA0ALiANAH0gDQA7IA0AtzsNAIMgDQDSIA0A1yANACchDQAtIQ0AlVgSAIIhDQDRIQ0A1iENACYiDQAsIg0A6lgSAIkiDQDQIg0A6yINACUjDQAxIw0AeiMNAIEjDQA/WRIA2CMNACQkDQAxJA0AeSQNAIUkDQDOJA0A4SQNACMlDQAkJQ0AeCUNAIQlDQDNJQ0A3CUNACImDQAsJg0AdyYNAIMmDQDMJg0A0yYNAJRZEgAnJw0AdicNAHwnDQDLJw0A0CcNACAoDQAmKA0APloSAH4oDQDKKA0A1ygNAB8pDQAjKQ0AdCkNAHYpDQDJKQ0A1ikNAB4qDQAoKg0Ak1oSAHoqDQDIKg0A0CoNAB0rDQApKw0AcisNAIUrDQDHKw0A1isNABwsDQAoLA0AcSwNAHIsDQDGLA0A0CwNABstDQApLQ0AcC0NAHUtDQDFLQ0A0i0NAOhaEgAmLg0Aby4NAHUuDQDELg0Ayi4NABkvDQAeLw0Abi8NAHQvDQA9WxIAyC8NABgwDQAiMA0A51sSAHUwDQDCMA0AzzANABcxDQAcMQ0AbDENAHYxDQDBMQ0AyTENABYyDQAiMg0AazINAH4yDQDAMg0AwTINABUzDQAhMw0AajMNAHkzDQC/Mw0AyTMNABQ0DQAcNA0AaTQNAGs0DQA8XBIAxzQNABM1DQAiNQ0AaDUNAHc1DQC9NQ0AyTUNABI2DQAVNg0AZzYNAGo2DQCRXBIAvjYNABE3DQAUNw0AZjcNAG43DQC7Nw0AyDcNABA4DQAVOA0AZTgNAG84DQC6OA0AwjgNAA85DQAbOQ0AZDkNAHc5DQC5OQ0AujkNAA46DQAaOg0AYzoNAHI6DQC4Og0AwjoNAA07DQAZOw0AYjsNAGk7DQDmXBIAxjsNAAw8DQAYPA0AYTwNAGI8DQC2PA0AwDwNAAs9DQAZPQ0AYD0NAGU9DQC1PQ0Awj0NADtdEgAbPg0AkF0SAGw+DQC0Pg0Awj4NAAk/DQAaPw0AXj8NAIA/DQDlXRIAuD8NAAhADQC5Pw0AfHYNABBADQBdQA0AXkANAK5EDQBgQA0ArUUNAGJADQCvQw0AY0ANAAFHDQBkQA0AsEINAGxADQCyQA0AdkANAP5JDQC3QA0AB0ENABRBDQBcQQ0AaUENALFBDQC9QQ0ABkINABVCDQBbQg0AZUINADpeEgC+Qg0ABUMNAAdDDQBaQw0Aa0MNAI9eEgCwQw0ABEQNABBEDQBZRA0AZkQNAOReEgC8RA0AA0UNABBFDQBYRQ0Ab0UNADlfEgC2RQ0AVUgNALdFDQACRg0ABEYNAFdGDQBdRg0ArEYNALZGDQCOXxIADUcNAFZHDQBYRw0Aq0cNALpHDQAASA0AC0gNAONfEgBkSA0AqkgNALlIDQD/SA0AC0kNAFRJDQBgSQ0AqUkNALBJDQA4YBIACkoNAFNKDQBbSg0AjWASAMFKDQD9Sg0ADksNAFJLDQBeSw0A4mASAK5LDQD8Sw0ABEwNAFFMDQBSTA0ApkwNAKxMDQD7TA0AAE0NAFBNDQBRTQ0ApU0NALFNDQD6TQ0AAE4NAE9ODQBZTg0ApE4NALJODQD0Uw0AuE4NAPlODQABTw0AN2ESAF5PDQCjTw0Aq08NAPhPDQABUA0ATVANAAVQDQD1Ug0AWlANAKJQDQCpUA0A91ANAANRDQBMUQ0AXFENAKFRDQCvUQ0A9lENAANSDQBLUg0AV1INAKBSDQCnUg0AjGESAP5SDQBKUw0AW1MNAJ9TDQCwUw0A4WESAABUDQBJVA0ATFQNAJ5UDQCmVA0A81QNAPhUDQBIVQ0AWFUNAJ1VDQClVQ0A8lUNAPtVDQBHVg0A/1UNAO9YDQBUVg0AnFYNAKNWDQDxVg0A/VYNAEZXDQBWVw0Am1cNAKlXDQDwVw0A/VcNAEVYDQBRWA0AmlgNAKFYDQA2YhIA+FgNAERZDQBVWQ0AmVkNAKpZDQCLYhIA81kNAENaDQBQWg0AmFoNAKRaDQDtWg0A91oNAEJbDQBWWw0Al1sNAJhbDQDsWw0A+FsNAEFcDQBgXA0AllwNAJ5cDQDrXA0A8FwNAEBdDQBZXQ0AlV0NAMFdDQDqXQ0A9l0NAD9eDQBOXg0AlF4NAJ5eDQDpXg0A8V4NAD5fDQBJXw0Ak18NAJVfDQDoXw0A618NAD1gDQBFYA0AkmANAJ9gDQDnYA0A7GANADxhDQBEYQ0AkWENAJNhDQDmYQ0A8GENADtiDQBFYg0AkGINAJZiDQDlYg0A82INADpjDQBTYw0Aj2MNAJhjDQDkYw0A7mMNADlkDQBFZA0A4GISAJpkDQDjZA0A7WQNADhlDQBDZQ0AjWUNAJJlDQDiZQ0A6WUNADdmDQA/Zg0AjGYNALlmDQA1YxIA6GYNADZnDQA+Zw0Ai2cNALhnDQDgZw0A5WcNADVoDQA2aA0AimgNAJRoDQDfaA0A7WgNADRpDQA5aQ0AiWkNAJZpDQDeaQ0A+mkNADNqDQBPag0AimMSAJVqDQDdag0A4WoNADJrDQA4aw0Ah2sNAIlrDQDcaw0A3WsNADFsDQBUbA0AhmwNAKpsDQDbbA0ACG0NADBtDQA4bQ0AhW0NAIptDQDabQ0A520NAC9uDQA3bg0AhG4NAIZuDQDZbg0A4W4NAC5vDQBbbw0Ag28NAJBvDQDYbw0A3W8NAC1wDQA6cA0AgnANAI5wDQDXcA0ABHENACxxDQA0cQ0AgXENAJxxDQDWcQ0A2HENACtyDQA8cg0AgHINAIlyDQDVcg0A4XINAN9jEgA3cw0Af3MNAJpzDQDUcw0A2XMNACl0DQBJdA0AfnQNAIp0DQDTdA0A23QNADRkEgA2dQ0AfXUNAId1DQDSdQ0A3XUNACd2DQAvdg0A3mQSAIV2DQDRdg0A23YNACZ3DQAxdw0Ae3cNAI93DQDQdw0A5XcNACV4DQAteA0AengNAJF4DQDPeA0A1HgNACR5DQAueQ0AeXkNAIF5DQAzZRIA0HkNACN6DQA0eg0AeHoNAHt6DQDNeg0A2XoNAIhlEgAwew0Ad3sNAIh7DQDdZRIAz3sNACF8DQAkfA0AdnwNAIJ8DQDLfA0A0XwNACB9DQAqfQ0AMmYSAIJ9DQDKfQ0A4X0NAB9+DQAnfg0Ah2YSAHp+DQDJfg0Az34NAB5/DQA2fw0Ac38NAHV/DQDIfw0Ay38NAB2ADQAggA0AcoANAH6ADQDHgA0AzYANAByBDQAmgQ0AMWcSAHaBDQDGgQ0A04ENAIZnEgArgg0AcIINAHyCDQDFgg0Ay4INABqDDQAmgw0Ab4MNACiDDQBoMhAAfIMNAMSDDQDTgw0AGYQNACWEDQBuhA0AdoQNANtnEgDLhA0AGIUNABqFDQBthQ0AfIUNAMKFDQDMhQ0AF4YNACCGDQBshg0AboYNAMGGDQDShg0AFocNACuHDQBrhw0Ac4cNAMCHDQABiA0AFYgNAB2IDQBqiA0AdogNAL+IDQDSiA0AFIkNABWJDQBpiQ0AdYkNAL6JDQDNiQ0AE4oNAB2KDQBoig0AdIoNAL2KDQDEig0AhWgSAC6LDQDaaBIAaosNALyLDQDEiw0AEYwNAB6MDQBmjA0Aa4wNALuMDQDFjA0AEI0NABiNDQBljQ0Ab40NALaRDQB1jQ0AtJMNAJKNDQC6jQ0AxI0NAA+ODQDKjQ0AuI8NABWODQBkjg0AbY4NALmODQDFjg0ADo8NADuPDQBjjw0Af48NAIRpEgC6jw0ADZANAB6QDQBikA0AZZANALeQDQDDkA0ADJENADmRDQBhkQ0AfZENANlpEgC8kQ0AC5INABSSDQBgkg0AapINALWSDQDAkg0ACpMNAB6TDQBfkw0Ae5MNAC5qEgC2kw0ACZQNABqUDQBelA0AYZQNALOUDQDHlA0ACJUNACSVDQCDahIAZZUNANhqEgC6lQ0ALWsSABOWDQBclg0AYpYNALGWDQC3lg0ABpcNAAuXDQBblw0AYZcNAIJrEgC6lw0ABZgNAA2YDQAsbBIAYJgNAK+YDQC3mA0ABJkNABGZDQBZmQ0AZZkNAK6ZDQCwmQ0AA5oNAAmaDQBYmg0AYJoNAIFsEgC6mg0AApsNAAmbDQBXmw0AX5sNAKybDQCxmw0AAZwNABGcDQBWnA0AXpwNAKucDQC5nA0AAJ0NAA2dDQBVnQ0AVp0NAKqdDQCznQ0A/50NAAmeDQDWbBIAYJ4NAKmeDQCsng0A/p4NAAafDQBTnw0AYJ8NAKifDQCtnw0A/Z8NAAegDQBSoA0AWqANAKegDQCzoA0A/KANAA+hDQBRoQ0AX6ENAKahDQCpoQ0A+6ENAAWiDQArbRIAVaINAKWiDQCxog0A+qINAP2iDQBPow0AV6MNAKSjDQCxow0A+aMNAP6jDQBOpA0AWKQNAKOkDQCrpA0A+KQNAASlDQBNpQ0AYKUNAKKlDQCwpQ0A96UNAPqlDQBMpg0AVqYNAIBtEgCnpg0A9qYNAAKnDQBLpw0ATacNAKCnDQCnpw0A9acNAAmoDQBKqA0AUqgNAJ+oDQCrqA0A9KgNAAepDQBJqQ0AV6kNAJ6pDQChqQ0A86kNAP2pDQBIqg0AS6oNANVtEgC4qg0A8qoNAPSqDQBHqw0AVasNAJyrDQCtqw0A8asNAPOrDQBGrA0AX6wNAJusDQCsrA0A8KwNAPysDQAqbhIATq0NAJqtDQCnrQ0A760NAPmtDQBErg0AUq4NAJmuDQCvrg0A7q4NAPquDQBDrw0AT68NAJivDQCrrw0A7a8NAPyvDQBCsA0ATrANAJewDQCYsA0A7LANAPawDQBBsQ0AT7ENAJaxDQCbsQ0A67ENAPixDQB/bhIATrINAJWyDQCrsg0A6rINAPayDQA/sw0ARrMNAJSzDQCcsw0A6bMNAO6zDQA+tA0AR7QNAJO0DQCdtA0A6LQNAPC0DQA9tQ0AQbUNAJK1DQCUtQ0A57UNAPW1DQA8tg0ARrYNAJG2DQCftg0A5rYNAPO2DQA7tw0AUrcNAJC3DQCYtw0A5bcNAPW3DQA6uA0AP7gNAI+4DQCVuA0A5LgNAOy4DQA5uQ0APrkNAI65DQCPuQ0A47kNAO+5DQA4ug0AProNAI26DQCPug0A4roNAOy6DQA3uw0ARbsNAIy7DQCRuw0A4bsNAO67DQB+bxIAPLwNAIu8DQCQvA0A4LwNAOa8DQDTbxIAOr0NAIq9DQCXvQ0A370NAOy9DQA0vg0AQL4NAIm+DQCYvg0A3r4NAOi+DQAzvw0AQb8NAIi/DQCNvw0A3b8NAOq/DQAywA0AOsANANJwEgCTwA0A3MANAOzADQAxwQ0AOsENAIbBDQCJwQ0A28ENAOfBDQAwwg0AN8INACdxEgCKwg0A2sINAOfCDQAvww0APMMNAITDDQCQww0A2cMNAOjDDQAuxA0AOMQNAIPEDQCRxA0A2MQNAN3EDQAtxQ0AOsUNAILFDQCKxQ0AfHESAOPFDQAsxg0APMYNAIHGDQCKxg0A1sYNANnGDQArxw0AN8cNAIDHDQCHxw0A0XESANrHDQAqyA0AM8gNAGTgEAA3yA0Af8gNAIzIDQDUyA0A4MgNACnJDQA4yQ0AfskNAIjJDQDTyQ0A4ckNACjKDQAtyg0AfcoNAIrKDQDSyg0A2soNACZyEgAzyw0AfMsNAIzLDQDRyw0A2ssNACbMDQApzA0Ae8wNAIfMDQDQzA0A18wNAHtyEgA8zQ0Aes0NAIDNDQDPzQ0A280NACTODQA7zg0Aec4NAHvODQDOzg0A2M4NACPPDQAvzw0AeM8NAITPDQDNzw0A088NACLQDQAo0A0Ad9ANAHzQDQDM0A0A0tANANByEgAv0Q0AdtENAIPRDQDL0Q0A4tENACDSDQAo0g0AddINAHjSDQDK0g0A1tINAB/TDQAw0w0AdNMNAIDTDQDJ0w0A2NMNAB7UDQAo1A0Ac9QNAH/UDQDI1A0Az9QNAB3VDQAl1Q0ActUNAHzVDQDH1Q0A09UNABzWDQAf1g0AcdYNAHvWDQAlcxIA4NYNAHpzEgAl1w0AcNcNAHLXDQDF1w0Ay9cNABrYDQAk2A0Ab9gNAHfYDQAkdBIAx9gNAOUKEADP2A0AGdkNABrZDQBu2Q0AeNkNAMPZDQDu2Q0AeXQSAB7aDQBt2g0AedoNAMLaDQDE2g0AF9sNABrbDQBs2w0AcdsNAMHbDQDO2w0AFtwNADLcDQBr3A0Ac9wNAM50EgDN3A0AFd0NADDdDQBq3Q0AbN0NAL/dDQDQ3Q0AFN4NACLeDQBp3g0AcN4NAL7eDQDG3g0AE98NABjfDQBo3w0Acd8NAL3fDQDH3w0AEuANABPgDQBn4A0AcOANALzgDQDG4A0AEeENABnhDQBm4Q0AduENALvhDQDB4Q0AEOINABXiDQBl4g0Ae+INALriDQDC4g0AD+MNABLjDQBk4w0AHuMNALjkDQCE4w0AueMNAMfjDQAO5A0AD+QNACN1EgBz5A0AeHUSAMnkDQAN5Q0AGeUNAGLlDQBk5Q0At+UNAMTlDQDNdRIAD+YNAGHmDQBr5g0AInYSAL/mDQAL5w0AIecNAGDnDQB25w0AtecNALfnDQAK6A0AEOgNAF/oDQBz6A0AzHYSALroDQAJ6Q0AKekNAF7pDQBq6Q0As+kNALrpDQAI6g0AEOoNAF3qDQBn6g0AsuoNAL7qDQAH6w0ACusNAFzrDQBm6w0AIXcSALrrDQAG7A0AHOwNAFvsDQBx7A0AsOwNALLsDQAF7Q0AC+0NAFrtDQBu7Q0Ay3cSALztDQAgeBIAC+4NAFnuDQBh7g0Aru4NALjuDQAD7w0AD+8NAFjvDQBb7w0Are8NALfvDQB1eBIAC/ANAFfwDQBt8A0ArPANAMLwDQAB8Q0AA/ENAFbxDQBc8Q0Aq/ENAL/xDQAfeRIAAvINAFXyDQAQ8g0AZTUQAHXyDQCq8g0AtvINAP/yDQAG8w0AVPMNAFzzDQCp8w0As/MNAP7zDQAK9A0AU/QNAFb0DQCo9A0AsvQNAHR5EgAG9Q0AUvUNAGj1DQCn9Q0AvfUNAPz1DQD+9Q0AUfYNAFf2DQCm9g0AuvYNAB56EgD99g0AUPcNAF73DQCl9w0AtvcNAHN6EgAB+A0AyHoSAFv4DQCk+A0Ap/gNAPn4DQAD+Q0AcnsSAFf5DQCj+Q0AufkNAPj5DQAO+g0ATfoNAE/6DQCi+g0AqPoNAPf6DQAL+w0AHHwSAFj7DQCh+w0Ao/sNAPb7DQAW/A0AS/wNAFP8DQCg/A0AqvwNAPX8DQAB/Q0ASv0NAE39DQCf/Q0Aqf0NAHF8EgD9/Q0ASf4NAF/+DQCe/g0AtP4NAPP+DQD1/g0ASP8NAE7/DQCd/w0Asf8NABt9EgD2/w0ARwAOAE8ADgCcAA4ApgAOAPEADgD9AA4ARgEOAEkBDgCbAQ4ApQEOAHB9EgD5AQ4ARQIOAFsCDgCaAg4AsAIOAO8CDgDxAg4ARAMOAEoDDgCZAw4ArQMOABp+EgD2Aw4AQwQOAAoEDgC/2BIASQQOAIIZDwBTBA4AmAQOAFQEDgB0fA8AXAQOAMt6DwCaBA4A7QQOAPsEDgBCBQ4AUwUOAG9+EgCeBQ4AxH4SAPUFDgCj+A4A+AUOAEEGDgBEBg4AlgYOAJ8GDgDrBg4A/AYOAEAHDgBKBw4AlQcOAJ0HDgDqBw4AsQcOAP9GDwDtBw4APwgOAEgIDgCUCA4AqggOAOkIDgD/CA4APgkOAEAJDgCTCQ4AmQkOAOgJDgD8CQ4AGX8SAGUKDgCSCg4AugoOAG5/EgDtCg4AYeUOAPMKDgCQDA4A9AoOAArnDgD2Cg4AC+YOAPcKDgA8Cw4APgsOAJELDgCfCw4A5gsOAPcLDgDDfxIAQwwOABiAEgCWDA4A5QwOAOsMDgA6DQ4APw0OAI8NDgCVDQ4AbYASAPANDgA5Dg4AQQ4OABeBEgCaDg4A4w4OAO0ODgA4Dw4AQQ8OAI0PDgCODw4A4g8OAOoPDgA3EA4APBAOAIwQDgCcEA4AwYESAO0QDgA2EQ4AOBEOAIsRDgCREQ4A4BEOAOcRDgA1Eg4AOhIOAIoSDgCOEg4A3xIOAOwSDgA0Ew4APBMOAIkTDgCOEw4A3hMOAO4TDgAWghIARBQOAIgUDgCUFA4A3RQOAOwUDgAyFQ4APBUOAIcVDgCVFQ4A3BUOAOkVDgAxFg4ASBYOAGuCEgCJFg4AFYMSAN4WDgAwFw4A4hYOAK2VEgA4Fw4AhRcOAK0XDgDaFw4AAhgOAC8YDgBXGA4AaoMSAI0YDgDZGA4A2hgOAC4ZDgA9GQ4AgxkOAEQZDgAsGw4AlBkOANgZDgDaGQ4ALRoOADAaDgCCGg4AhRoOANcaDgDfGg4AaYQSADEbDgCBGw4AiBsOANYbDgDfGw4AKxwOADwcDgCAHA4AjBwOANUcDgDdHA4AvoQSADAdDgB/HQ4Ahh0OANQdDgDZHQ4AKR4OAC0eDgB+Hg4Aix4OANMeDgDiHg4AKB8OADkfDgB9Hw4Afx8OANIfDgDVHw4AJyAOACogDgB8IA4AhCAOABOFEgDWIA4AM2kOANwgDgAtGBAA3SAOACYhDgApIQ4AeyEOAIUhDgBohRIA2SEOACUiDgA0Ig4AeiIOAIkiDgDPIg4A2yIOACQjDgAnIw4AeSMOAHwjDgC9hRIA0SMOACMkDgBLJA4AEoYSAIAkDgBnhhIA1SQOALyGEgAwJQ4AdyUOAIglDgDMJQ4A2CUOACEmDgBEJg4AdiYOAHkmDgDLJg4A7yYOACAnDgAoJw4AZocSAHcnDgDKJw4A2CcOAB8oDgAwKA4Au4cSAHsoDgAQiBIA0SgOALqIEgAjKQ4AcykOAIApDgDIKQ4AyykOAB0qDgAiKg4AcioOAIMqDgDHKg4A0yoOAA+JEgAhKw4AcSsOAIIrDgDGKw4A0isOABssDgA1LA4AcCwOAHQsDgBuLg4AdywOAMEwDgB6LA4AFTIOAHwsDgBtLw4AfiwOAG8tDgCBLA4AxSwOAMosDgAaLQ4AMS0OAGSJEgB8LQ4AxC0OANQtDgAZLg4AHi4OALmJEgBwLg4Awy4OAMkuDgAYLw4AJS8OAA6KEgBzLw4Awi8OAMgvDgAXMA4AHDAOAGwwDgByMA4AY4oSAM0wDgAWMQ4ALzEOAGsxDgB0MQ4AwDEOANcxDgC4ihIAGzIOAGoyDgBsMg4AvzIOAM4yDgAUMw4AIDMOAA2LEgBrMw4AvjMOAM8zDgATNA4AITQOAGg0DgBvNA4AvTQOAL80DgASNQ4AHDUOAGc1DgB1NQ4AvDUOAME1DgARNg4AHjYOAGY2DgBuNg4AuzYOAL82DgAQNw4AEjcOAGU3DgBrNw4AujcOAMc3DgBiixIAHDgOAGQ4DgB7OA4AuTgOANU4DgC3ixIAGjkOAGM5DgBkOQ4AuDkOAL45DgANOg4AGToOAGI6DgBxOg4AtzoOALk6DgAMOw4AFjsOAGE7DgBvOw4AtjsOALs7DgALPA4AGDwOAGA8DgBoPA4AtTwOALk8DgAKPQ4ADD0OAF89DgBlPQ4AtD0OAME9DgAMjBIAFj4OAF4+DgB1Pg4Asz4OAM8+DgBhjBIAET8OAF0/DgBrPw4Asj8OALw/DgAHQA4AE0AOAFxADgBfQA4AsUAOAM1ADgAGQQ4ADkEOALaMEgBnQQ4AsEEOALNBDgAFQg4AD0IOALWNEgBjQg4Ar0IOAL1CDgAEQw4ADkMOAFlDDgBlQw4ArkMOALZDDgBfjhIABUQOAFhEDgBmRA4ArUQOAL5EDgC0jhIACUUOAAmPEgBcRQ4ArEUOALRFDgABRg4AB0YOAFZGDgBfRg4Aq0YOALhGDgCzjxIABUcOAFVHDgAMRw4A/kgOAF5HDgCqRw4AtEcOAP9HDgAHSA4AVEgOAJlIDgCpSA4AsUgOAAiQEgAESQ4AU0kOAFlJDgCoSQ4AsEkOAP1JDgBCSg4AUkoOAFpKDgBdkBIAr0oOALKQEgAFSw4AUUsOAF9LDgCmSw4AsEsOAPtLDgAHTA4AUEwOAFNMDgClTA4ArUwOAFyREgAGTQ4AT00OAFJNDgCkTQ4Ark0OALGREgABTg4ABpISAFxODgCjTg4AtE4OAPhODgAETw4ATU8OAFBPDgBbkhIA6U8OAPdPDgA+UA4AsJISAFxQDgChUA4Ao1AOAPZQDgAEUQ4AS1EOAFxRDgAFkxIAvFEOAPVRDgD9UQ4AWpMSAFBSDgArxg4AXVIOAJ9SDgCuUg4A9FIOAABTDgBJUw4ASlMOAJ5TDgCoUw4A81MOAAFUDgBIVA4ATVQOAJ1UDgCqVA4Ar5MSAABVDgBHVQ4AVFUOAJxVDgCkVQ4ABJQSAP1VDgBGVg4AclYOAJtWDgCnVg4A8FYOAP9WDgBFVw4AT1cOAJpXDgCoVw4A71cOAPRXDgBEWA4AUVgOAJlYDgChWA4A7lgOAPxYDgBDWQ4AUFkOAJhZDgCgWQ4AWZQSAO9ZDgB3eQ8A+1kOAEJaDgBMWg4Al1oOAKNaDgDsWg4A81oOAEFbDgBJWw4AllsOAJpbDgDrWw4A+VsOAEBcDgBKXA4AlVwOAKBcDgDqXA4A8lwOAD9dDgBBXQ4AlF0OAJxdDgDpXQ4A9l0OAD5eDgBDXg4Ak14OAKBeDgDoXg4ABl8OAD1fDgBuXw4Akl8OAJ5fDgDnXw4A7V8OADxgDgBBYA4AkWAOAJlgDgDmYA4A8mAOADthDgBOYQ4AkGEOAJ5hDgDlYQ4A72EOADpiDgBCYg4Aj2IOAJ5iDgDkYg4A6WIOADljDgBAYw4AjmMOAJpjDgDjYw4A/2MOADhkDgBAZA4ArpQSAI9kDgDiZA4A8GQOADdlDgBEZQ4AjGUOAJplDgDhZQ4A7mUOADZmDgBNZg4Ai2YOAJNmDgDgZg4A7mYOADVnDgBCZw4AimcOAJJnDgBYlRIA7WcOADRoDgA1aA4AApYSAJVoDgDeaA4A5WgOAFeWEgA6aQ4AiGkOAI1pDgCslhIA5WkOAAGXEgA6ag4Ah2oOAHBqDgCUsBAAiGoOAIe/DgCKag4AhcEOAJBqDgDcag4AkWoOADO+DgCXag4AhsAOAKVqDgD6ShAA6WoOADFrDgA8aw4AhmsOAIhrDgDbaw4A6GsOADBsDgA3bA4AhWwOAJZsDgDabA4A5mwOAC9tDgA2bQ4AhG0OAIxtDgBWlxIA320OAC5uDgA0bg4Ag24OAIhuDgDYbg4A3m4OAKuXEgA5bw4Agm8OAIxvDgDXbw4A228OACxwDgA4cA4AgXAOAI1wDgDWcA4A43AOACtxDgAzcQ4AgHEOAIpxDgDVcQ4A4XEOACpyDgAtcg4Af3IOAIlyDgBVmBIA1nIOAClzDgAscw4AfnMOAIFzDgD/mBIA23MOAFSZEgA2dA4AfXQOAH50DgCpmRIA2nQOAP6ZEgAsdQ4AfHUOAIN1DgDRdQ4A1nUOAFOaEgAudg4AqJoSAIN2DgDQdg4A2nYOACV3DgAwdw4AencOAIh3DgDPdw4A0ncOACR4DgAseA4AeXgOAIN4DgDOeA4A2ngOACN5DgAmeQ4AeHkOAIJ5DgD9mhIA23kOACJ6DgA4eg4Ad3oOAIN6DgDMeg4A03oOACF7DgApew4AdnsOAHt7DgDLew4A1HsOACB8DgAqfA4AdXwOAH18DgDKfA4AzHwOAB99DgAvfQ4AdH0OAH59DgDJfQ4A1X0OAB5+DgAkfg4Ac34OAHt+DgCnmxIA1n4OAB1/DgAefw4A/JsSAHd/DgBRnBIAyX8OAByADgAdgA4AcYAOAHSADgDGgA4A0YAOABuBDgAggQ4AcIEOAHqBDgCmnBIA6YEOABqCDgAigg4A+5wSAHGCDgDEgg4A1YIOABmDDgAqgw4AboMOAHGDDgBQnRIAyYMOABiEDgAdhA4AbYQOAHCEDgDChA4AxYQOABeFDgAfhQ4ApZ0SAHqFDgDBhQ4AxIUOABaGDgAhhg4Aa4YOAHeGDgDAhg4Ax4YOABWHDgAdhw4AaocOAHiHDgC/hw4AzIcOABSIDgAciA4A+p0SAHWIDgC+iA4AwYgOABOJDgAdiQ4AaIkOAHCJDgBPnhIAyYkOABKKDgAYig4AZ4oOAHGKDgC8ig4A0IoOABGLDgAZiw4ApJ4SAHOLDgC7iw4Aw4sOABCMDgATjA4AZYwOAHGMDgC6jA4AxIwOAA+NDgAYjQ4AZI0OAGWNDgC5jQ4A0Y0OAA6ODgAQjg4AY44OAHSODgC4jg4AyY4OAA2PDgAVjw4AYo8OAHGPDgC3jw4AuY8OAAyQDgAdkA4AYZAOAHKQDgC2kA4Az5AOAAuRDgANkQ4AYJEOAG+RDgC1kQ4A1ZEOAE6fEgAMkg4AX5IOAH+SDgC0kg4AyJIOAKKgEgARkw4AXpMOAGuTDgCzkw4AuJMOAAiUDgASlA4AXZQOAGWUDgCylA4AuJQOAAeVDgAQlQ4AXJUOAGmVDgD3oBIAvZUOAAaWDgAMlg4AW5YOAGGWDgCwlg4AuZYOAAWXDgAGlw4AWpcOAGSXDgCvlw4Au5cOAASYDgALmA4ATKESAGGYDgChoRIAtpgOAPahEgALmQ4AS6ISAGSZDgCtmQ4AvZkOAAKaDgAHmg4AV5oOAF2aDgCsmg4AuJoOAAGbDgAJmw4AoKISAGebDgCrmw4AvJsOAACcDgASnA4AVZwOAF2cDgCqnA4AtZwOAP+cDgAEnQ4AVJ0OAFmdDgCpnQ4AyZ0OAPWiEgAOng4AU54OAF2eDgCong4AtJ4OAP2eDgADnw4AUp8OAFqfDgCnnw4AqZ8OAPyfDgCznw4AoaUOAA2gDgBRoA4AYqAOAKagDgC4oA4A+6AOAAOhDgBQoQ4AW6EOAKWhDgCqoQ4A+qEOAP+hDgBPog4Ab6IOAEqjEgCmog4A+aIOAAijDgBOow4AWaMOAKOjDgC1ow4A+KMOAACkDgBNpA4AWKQOAKKkDgCnpA4A96QOAPykDgBMpQ4AbKUOAJ+jEgCjpQ4A9qUOAAWmDgBLpg4AVqYOAKCmDgCypg4A9aYOAP2mDgBKpw4AVacOAJ+nDgCkpw4A9KcOAPmnDgBJqA4AaagOAPSjEgCrqA4A86gOAAqpDgBJpBIAVakOAJ2pDgC0qQ4AnqQSAP+pDgBHqg4ATqoOAJyqDgCqqg4A8aoOAP6qDgBGqw4AXasOAPOkEgCjqw4ASKUSAPKrDgBFrA4AU6wOAJqsDgCrrA4AnaUSAPysDgBErQ4AW60OAPKlEgCjrQ4A7q0OAPqtDgBDrg4ARq4OAJiuDgCirg4AR6YSAAmvDgCcphIASq8OAPGmEgCfrw4A7K8OAO2vDgCTsw4A768OAJWxDgDzrw4AjLoOAPavDgBBsA4A+68OAJG1DgD8rw4AkrQOAEawDgDiuQ4ATbAOAJawDgCZsA4A67AOAPWwDgBGpxIASLEOAJunEgCesQ4A6rEOALWxDgCOuA4A+LEOAD+yDgBJsg4AlLIOAKCyDgDpsg4A7LIOAD6zDgBGsw4A8KcSAJWzDgDosw4A67MOAD20DgBAtA4ARagSAJS0DgDntA4A9bQOADy1DgBNtQ4A76gSAJO1DgDmtQ4A87UOADu2DgBKtg4AkLYOAJy2DgDltg4A9rYOADq3DgBLtw4Aj7cOAJu3DgDktw4A67cOADm4DgBBuA4AmakSAJy4DgDjuA4A5LgOAO6pEgBEuQ4AjbkOAJS5DgBDqhIA6bkOADe6DgA8ug4A7aoSAJW6DgDhug4A57oOADa7DgA4uw4Ai7sOAJW7DgDguw4A7rsOADW8DgA6vA4AirwOAJe8DgDfvA4A97wOADS9DgBKvQ4Aib0OAIy9DgDevQ4A5r0OAJerEgA/vg4AiL4OAIu+DgDdvg4A574OAOyrEgA6vw4AQawSAIm/DgDcvw4A378OADHADgA0wA4AlqwSAIjADgDbwA4A6cAOADDBDgBBwQ4AQK0SAI7BDgDawQ4A6MEOAC/CDgDzwQ4AeHcQADnCDgCEwg4AkMIOANnCDgDcwg4ALsMOADbDDgDqrRIAncMOAD+uEgDyww4ALcQOAEfEDgCUrhIAh8QOAH7IDgCQxA4AKMkOAJLEDgDXxA4A2cQOACzFDgA6xQ4AgcUOAJLFDgDprhIA3cUOAD6vEgAxxg4AgMYOAIXGDgDVxg4A28YOAJOvEgAwxw4Af8cOAITHDgDUxw4A6scOACnIDgAxyA4APbASAJ7IDgDTyA4A28gOAJKwEgA/yQ4AfckOAIrJDgDSyQ4A18kOACfKDgAtyg4AfMoOAIjKDgDRyg4A2MoOACbLDgAuyw4Ae8sOAJ7LDgA8sRIA3csOACXMDgA0zA4AeswOAHzMDgDPzA4A2MwOACTNDgA7zQ4Aec0OAITNDgDOzQ4A2M0OACPODgArzg4A5rESAH7ODgDNzg4A084OACLPDgAnzw4Ad88OAH3PDgA7shIA7s8OACHQDgAp0A4A5bISAH/QDgDL0A4AzNAOACDRDgAo0Q4AddEOAIDRDgDK0Q4Az9EOAB/SDgAk0g4AdNIOAJTSDgA6sxIAz9IOAB7TDgAl0w4Ac9MOAHjTDgDI0w4AzNMOAB3UDgAq1A4ActQOAHrUDgDH1A4A0tQOABzVDgAh1Q4AcdUOAHbVDgDG1Q4A5tUOAI+zEgAq1g4AcNYOAHvWDgDF1g4AzdYOABrXDgAd1w4Ab9cOACTXDgBs2g4Ae9cOAMTXDgDO1w4AGdgOACLYDgBu2A4Ab9gOAMPYDgDL2A4AGNkOACPZDgBt2Q4ActkOAMLZDgDH2Q4AF9oOADfaDgDksxIAeNoOAMHaDgDD2g4AFtsOABzbDgBr2w4ActsOAMDbDgDF2w4AFdwOABncDgBq3A4Ad9wOAL/cDgDH3A4AFN0OAB/dDgBp3Q4Abt0OAL7dDgDD3Q4AE94OADPeDgA5tBIAcN4OAI60EgDH3g4AEt8OABvfDgBn3w4Abd8OALzfDgDI3w4AEeAOAC/gDgBm4A4AZ+AOALvgDgC94A4AEOEOAB3hDgBl4Q4Ac+EOALrhDgDJ4Q4AD+IOACviDgBk4g4AbOIOADi1EgDM4g4ADuMOAA/jDgBj4w4Ab+MOALjjDgDH4w4ADeQOABfkDgBi5A4AbuQOALfkDgC+5A4AjbUSABTlDgDitRIAauUOALblDgDD5Q4AN7YSABDmDgBg5g4AbeYOALXmDgC/5g4AjLYSAAznDgBf5w4AdecOALTnDgDA5w4A4bYSABHoDgB/GxAAJ+gOAF7oDgBm6A4AOGMPAHzoDgCz6A4Au+gOAAjpDgDV6A4ABj8QAAnpDgCx6g4AC+kOAAXsDgAU6Q4AWz8QABjpDgBd6Q4AX+kOALLpDgDA6Q4AB+oOABjqDgA2txIAZOoOAIu3EgCz6g4ABusOAAnrDgBb6w4AXusOAOC3EgC46w4ANbgSAA/sDgCtQw8AJewOAFrsDgBo7A4Ar+wOALDsDgCKuBIADO0OAN+4EgB87Q4ANLkSALvtDgAD7g4AEe4OAFjuDgBi7g4Are4OALXuDgAC7w4AA+8OAP3zDgAd7w4AqvEOAC7vDgBX7w4AYO8OAKzvDgCt7w4AAfAOAA/wDgBW8A4AYPAOAKvwDgC38A4AAPEOAAbxDgBV8Q4AcfEOAIm5EgC48Q4A//EOAAzyDgBU8g4AXvIOAKnyDgCr8g4A/vIOABXzDgBT8w4AX/MOAKjzDgDE8w4A3rkSAA70DgBS9A4AVPQOAKf0DgCx9A4A/PQOAAz1DgBR9Q4AVvUOAKb1DgCs9Q4A+/UOABH2DgBQ9g4AWPYOAKX2DgCo9g4A+vYOAAP3DgBP9w4AXfcOAKT3DgCu9w4A+fcOAAX4DgBO+A4AavgOADO6EgCw+A4A+PgOAAD5DgBN+Q4AUPkOAJ9RDwBd+Q4AovkOAKT5DgCgUA8AsPkOAPf5DgAE+g4ATPoOAFr6DgCh+g4ApPoOAPb6DgAB+w4AS/sOAFf7DgCg+w4Ap/sOAPX7DgD9+w4ASvwOAEz8DgCf/A4Ar/wOAPT8DgD+/A4ASf0OAFX9DgCe/Q4ApP0OAPP9DgD7/Q4AiLoSAEr+DgCd/g4Aq/4OAPL+DgD//g4AR/8OAFP/DgCc/w4Aov8OAPH/DgD0/w4ARgAPAE4ADwCbAA8AnQAPAJYFDwCeAA8ARAIPAKsADwDwAA8A8gAPADwKDwD1AA8ARQEPAE4BDwCaAQ8ApwEPAO8BDwD2AQ8A3boSAE0CDwCUBw8ATgIPAO0DDwBkAg8AmQIPAKcCDwDuAg8A7wIPADK7EgBPAw8AmAMPAJ8DDwCHuxIA7wMPAEIEDwBIBA8AlwQPAKEEDwDsBA8A+AQPAEEFDwBIBQ8A3LsSAK8FDwDrBQ8A8AUPAEAGDwBGBg8AlQYPAJ8GDwDqBg8A9gYPAD8HDwBGBw8AMbwSAKMHDwDpBw8A+AcPAD4IDwBKCA8AkwgPAJYIDwDoCA8A6wgPAD0JDwBNCQ8AkgkPAJsJDwDnCQ8A+AkPAIa8EgBKCg8AkQoPAKIKDwDbvBIA7QoPADC9EgBDCw8AkAsPAJILDwCLEA8AkwsPADkNDwCgCw8A5QsPAOcLDwAxFQ8A6gsPADoMDwBDDA8AjwwPAJwMDwDkDA8A6wwPAIW9EgBCDQ8AiRIPAEMNDwDiDg8AWQ0PAI4NDwCcDQ8A4w0PAOQNDwDavRIARA4PAI0ODwCUDg8AL74SAOQODwA3Dw8APQ8PAIwPDwCWDw8A4Q8PAO0PDwA2EA8APRAPAIS+EgCkEA8A4BAPAOUQDwA1EQ8AOxEPAIoRDwCUEQ8A3xEPAOsRDwA0Eg8AOxIPANm+EgCYEg8A3hIPAO0SDwAzEw8APxMPAIgTDwCLEw8A3RMPAOATDwAyFA8AQhQPAIcUDwCQFA8A3BQPAO0UDwAuvxIAPxUPAIYVDwCXFQ8Ag78SAOIVDwDYvxIAOBYPAIUWDwCuFg8A2hYPAOIWDwAvFw8APxcPAIQXDwCGFw8A2RcPAOcXDwAuGA8APxgPAC3AEgCJGA8A2BgPAOQYDwCCwBIAWxkPACzBEgCLGQ8A1xkPAOQZDwAsGg8ASBoPAIEaDwCJGg8AgcESAOcaDwArGw8ALRsPAIAbDwCBGw8A1RsPANgbDwAqHA8ANhwPAH8cDwCGHA8A1BwPAPAcDwApHQ8AMR0PANbBEgCLHQ8A0x0PAOMdDwAoHg8ALR4PAH0eDwCoHg8AK8ISANgeDwCAwhIALx8PAHwfDwB9Hw8AyCgPAIIfDwAkyxAAhh8PANEfDwCIHw8AIiQPAIwfDwB5Ig8Amh8PABosDwDWHw8AgcMQANwfDwCGvhAA3R8PACYgDwApIA8AeyAPAIUgDwDVwhIA2CAPACUhDwArIQ8AeiEPAIMhDwDPIQ8A3CEPACQiDwBAIg8AKsMSAHsiDwDOIg8AfiIPAMvOEADcIg8AIyMPADQjDwB/wxIAfiMPAM0jDwDZIw8A1MMSACgkDwB3JA8AfSQPAMwkDwDRJA8AISUPACclDwDTxBIAfSUPANLFEgDQJQ8AICYPACgmDwB1Jg8AgSYPAMomDwDdJg8AHycPACsnDwB0Jw8AgycPAMknDwDSJw8AHigPACgoDwBzKA8AfygPAHzGEgDZKA8AHSkPACkpDwByKQ8AdCkPAMcpDwDKKQ8AHCoPACgqDwBxKg8AeSoPANHGEgDSKg8AGysPACsrDwBwKw8AfCsPAMUrDwDLKw8AJscSADwsDwBvLA8AdywPAMQsDwDuLA8AGS0PACQtDwBuLQ8Aei0PAMMtDwDULQ8AGC4PABkuDwB7xxIAcy4PAMIuDwDPLg8A0McSACQvDwBsLw8Agy8PAMEvDwDsLw8AFjAPAB4wDwBrMA8AdTAPAMAwDwDMMA8AFTEPABgxDwBqMQ8AdDEPACXIEgDHMQ8AFDIPABoyDwBpMg8AcjIPAL4yDwDLMg8AEzMPAC8zDwB6yBIAajMPAL0zDwBvMw8ABUEPAMozDwASNA8AGTQPAGc0DwBpNA8AvDQPAMI0DwARNQ8AGDUPAGY1DwB+NQ8AuzUPAMA1DwAQNg8AxzUPALo2DwAZNg8AZTYPAG82DwDPyBIAwDYPAA83DwAVNw8AZDcPAGk3DwC5Nw8AvzcPACTJEgAPOA8AYzgPAHQ4DwC4OA8AxDgPAA05DwAXOQ8AYjkPAG45DwC3OQ8AvjkPAHnJEgAOOg8AYToPABc6DwC/2hAAZDoPALY6DwDWOg8ACzsPABM7DwDOyRIAcTsPALU7DwC8Ow8ACjwPABI8DwBfPA8AYjwPAAg+DwBvPA8AtDwPALY8DwAJPQ8AFz0PAF49DwBvPQ8AI8oSALo9DwB4yhIAET4PAF0+DwBsPg8Asj4PAME+DwAHPw8AEz8PAFw/DwBfPw8AsT8PALQ/DwAGQA8AFkAPAFtADwBkQA8AsEAPAMFADwDNyhIACkEPAFpBDwBjQQ8Ar0EPALlBDwAEQg8ADEIPAFlCDwB3Qg8ArkIPAMxCDwADQw8AIUMPAFhDDwB2Qw8AIssSALRDDwACRA8AB0QPAFdEDwAORA8AVkUPAGBEDwCsRA8AtkQPAAFFDwAdRQ8Ad8sSAFxFDwCrRQ8AsUUPAABGDwAcRg8AzMsSAH9GDwB2zBIA1EYPAMvMEgAHRw8Ays0SAGpHDwCpRw8Aq0cPAP5HDwAESA8AU0gPAGdIDwCoSA8AsEgPAP1IDwAnSQ8AH84SAFtJDwCnSQ8AtEkPAPxJDwAKSg8AUUoPAFtKDwCmSg8AwEoPAPtKDwAISw8AUEsPAFxLDwClSw8Ar0sPAPpLDwACTA8AdM4SAFZMDwCkTA8ArEwPAMnOEgDSTA8AyM8SAAVNDwBOTQ8AVU0PAKNNDwCrTQ8AHs8SAPpNDwBNTg8AXk4PAKJODwCqTg8A904PAAFPDwBMTw8AWE8PAKFPDwCkTw8A9k8PAABQDwAd0BIAZ1APAHLQEgCuUA8A9VAPAAZRDwDH0BIAUVEPABzREgCoUQ8A9FEPAANSDwBJUg8AWFIPAJ5SDwCqUg8A81IPAPZSDwBIUw8AS1MPAJ1TDwCtUw8A8lMPAPtTDwBHVA8AWFQPAHHREgCeVA8A8VQPAKhUDwCbVQ8A9FQPAEZVDwBOVQ8AxtESAKFVDwDwVQ8A/FUPAEVWDwBNVg8AG9ISAKZWDwDvVg8A8lYPAERXDwBOVw8AcNISAJ5XDwDuVw8ABFgPAENYDwBEWA8AmFgPAKlYDwDtWA8A+VgPAEJZDwBMWQ8Al1kPAKNZDwDF0hIA+FkPAEFaDwBEWg8AlloPAKBaDwBv0xIA7loPAEBbDwBDWw8AlVsPAKFbDwDqWw8A8FsPAD9cDwBJXA8AxNMSAJlcDwDpXA8A9lwPAD5dDwBBXQ8Ak10PAK9dDwDoXQ8A8F0PABnUEgBFXg8AbtQSAJpeDwDD1BIA6l4PADxfDwD+Xg8AtzgQAFxfDwCRXw8ApV8PABjVEgDnXw8AO2APAEFgDwCQYA8AnGAPAOVgDwD0YA8AOmEPADxhDwCPYQ8AmWEPAORhDwDwYQ8AOWIPAEBiDwBt1RIAmmIPAMLVEgDrYg8AF9YSADtjDwA2ZQ8ASGMPAI1jDwCPYw8A4mMPAPBjDwA3ZA8ASGQPABTZEgCTZA8AadkSAOlkDwC+2RIAVmUPAItlDwCZZQ8A4GUPAOFlDwAT2hIAQWYPAIpmDwCRZg8AaNoSAOdmDwC92hIANmcPAIlnDwCXZw8A3mcPAO9nDwAS2xIAOWgPAIhoDwCUaA8AZ9sSAONoDwAyaQ8AOGkPAIdpDwCMaQ8A3GkPAOJpDwAR3BIANGoPAIZqDwCSag8A22oPAOFqDwAwaw8AOmsPALvcEgCKaw8A2msPAOdrDwAvbA8AMmwPAIRsDwCZbA8A2WwPAOFsDwAQ3RIANm0PAINtDwCPbQ8A2G0PAN5tDwAtbg8AM24PAIJuDwCHbg8A124PAN1uDwAO3xIAO28PAIFvDwCQbw8A1m8PAN9vDwArcA8AMXAPAIBwDwCGcA8A1XAPAOFwDwAqcQ8AMXEPAH9xDwCHcQ8AuN8SAN5xDwApcg8ANHIPAH5yDwCKcg8A03IPANlyDwAocw8AMHMPAH1zDwCJcw8A0nMPANhzDwAndA8ALXQPAHx0DwCBdA8A0XQPANd0DwAN4BIALXUPAHt1DwCJdQ8A0HUPAN11DwAldg8APHYPAHp2DwCWdg8Az3YPANd2DwBi4BIAN3cPAHl3DwB7dw8AzncPAOR3DwAjeA8AJHgPAHh4DwCJeA8AzXgPANl4DwC34BIAPnkPAAzhEgCNeQ8AzHkPAM15DwAheg8AMnoPAHZ6DwCCeg8AYeESANB6DwAgew8AJnsPAHV7DwCVew8AynsPANZ7DwAffA8AJnwPALbhEgCAfA8AyXwPAMt8DwAefQ8APn0PAHN9DwB/fQ8AyH0PAM99DwAL4hIAIn4PAHJ+DwCCfg8Ax34PAM9+DwAcfw8AJn8PAHF/DwB9fw8Axn8PAMl/DwAbgA8AJYAPAGDiEgB2gA8AxYAPAMqADwAagQ8AIIEPAArjEgB3gQ8AtOMSANCBDwAZgg8AHIIPAG6CDwB4gg8Aw4IPAMuCDwBe5BIAJoMPAG2DDwB0gw8AwoMPAMqDDwAXhA8AJIQPAGyEDwBxhA8AwYQPAMuEDwAWhQ8AHoUPAGuFDwB7hQ8AwIUPAM6FDwAVhg8AIoYPAGqGDwB4hg8Av4YPAMKGDwAUhw8AH4cPAGmHDwBxhw8AvocPANeHDwATiA8AH4gPAGiIDwB4iA8AvYgPAMKIDwASiQ8AGIkPAGeJDwBziQ8AvIkPAMSJDwCz5BIAG4oPAGaKDwBpig8Au4oPAMOKDwAQiw8AEYsPAGWLDwBniw8AuosPAMCLDwAPjA8AG4wPAGSMDwBxjA8AuYwPAMOMDwAOjQ8AFo0PAGONDwBljQ8AuI0PAMWNDwANjg8AFI4PAGKODwBqjg8At44PALuODwAMjw8ADo8PAGGPDwBkjw8Ato8PAL6PDwALkA8AGpAPAGCQDwBikA8AtZAPAMKQDwAKkQ8AGZEPAF+RDwBrkQ8AtJEPAMWRDwAJkg8AGpIPAF6SDwBqkg8As5IPALqSDwAIkw8AJ5MPAAjlEgBxkw8AspMPALOTDwAHlA8AE5QPAFyUDwB4lA8AsZQPALmUDwBd5RIADpUPAAfmEgBnlQ8AsJUPALaVDwAFlg8AC5YPAFqWDwBylg8Ar5YPALmWDwAElw8AEJcPAFmXDwBclw8ArpcPALiXDwADmA8AG5gPAFiYDwBomA8ArZgPAK+YDwACmQ8AEJkPAFeZDwBomQ8AXOYSALKZDwABmg8ADZoPALHmEgBemg8AW+cSALeaDwAAmw8AA5sPAFWbDwBfmw8AsOcSAKybDwD/mw8ADZwPAFScDwBlnA8AWugSALCcDwCv6BIABp0PAATpEgBbnQ8AA+oSAKqdDwD9nQ8ACp4PAFKeDwBhng8Ap54PAK2eDwD8ng8ACJ8PAFGfDwBTnw8App8PALCfDwD7nw8ACaAPAFCgDwBVoA8ApaAPALKgDwD6oA8ABqEPAE+hDwBioQ8ApKEPALOhDwD5oQ8ABaIPAE6iDwBPog8Ao6IPAK2iDwD4og8ABqMPAE2jDwBSow8AoqMPAK+jDwBY6hIAAaQPAEykDwBapA8AoaQPAKSkDwD2pA8ABqUPAEulDwBZpQ8AoKUPAKylDwD1pQ8A/KUPAEqmDwBRpg8An6YPAKumDwD0pg8A9aYPAEmnDwBVpw8AnqcPAKunDwDzpw8A+qcPAEioDwBUqA8AnagPAKqoDwDyqA8AAakPAEepDwBbqQ8AnKkPAKipDwDxqQ8ABKoPAEaqDwBVqg8Am6oPAKeqDwDwqg8A8aoPAEWrDwBPqw8AmqsPAKirDwDvqw8A9KsPAESsDwBRrA8AreoSAJqsDwDurA8A/6wPAEOtDwBRrQ8AmK0PAKetDwDtrQ8A760PAEKuDwBMrg8Al64PAKWuDwDsrg8A8a4PAEGvDwBOrw8Alq8PAKWvDwDrrw8A8K8PAECwDwBNsA8AlbAPAJ+wDwDqsA8A9rAPAD+xDwBSsQ8AlLEPAJ6xDwDpsQ8A9bEPAD6yDwBRsg8Ak7IPAKKyDwDosg8A9LIPAD2zDwA+sw8AkrMPAJyzDwDnsw8A9bMPADy0DwBBtA8AkbQPAJ60DwAC6xIA67QPADu1DwBItQ8AkLUPAJq1DwDltQ8A67UPADq2DwA8tg8Aj7YPAJy2DwDktg8A57YPADm3DwBHtw8AjrcPAJq3DwDjtw8A8LcPADi4DwBCuA8AjbgPAJy4DwDiuA8A57gPADe5DwBEuQ8AjLkPAJm5DwDhuQ8A7bkPADa6DwBFug8Ai7oPAJW6DwDgug8A7roPADW7DwA6uw8AirsPAJe7DwDfuw8A67sPADS8DwBHvA8AibwPAJi8DwDevA8A6rwPADO9DwA0vQ8AiL0PAJK9DwDdvQ8A670PADK+DwA3vg8Ah74PAJS+DwBX6xIA774PADG/DwBAvw8Ahr8PAJK/DwDbvw8A3L8PADDADwA6wA8AhcAPAJPADwDawA8A38APAC/BDwA8wQ8ArOsSAJfBDwDZwQ8A6MEPAC7CDwA6wg8Ag8IPAITCDwDYwg8A4sIPAC3DDwA7ww8AgsMPAIfDDwDXww8A5MMPAAHsEgAuxA8AgcQPAI/EDwDWxA8A48QPACvFDwA3xQ8AgMUPAIbFDwDVxQ8A5sUPACrGDwAsxg8Af8YPAIjGDwDUxg8A4cYPACnHDwA4xw8AfscPAInHDwDTxw8A38cPACjIDwA7yA8AfcgPAIzIDwDSyA8A3sgPACfJDwAoyQ8AfMkPAIbJDwDRyQ8A38kPACbKDwAryg8Ae8oPAIjKDwBW7BIA3coPACXLDwAzyw8AessPAITLDwDPyw8A3csPACTMDwAmzA8AecwPAIrMDwDOzA8A3MwPACPNDwBUzQ8AeM0PAHrNDwDNzQ8A180PACLODwAwzg8Ad84PAHzODwDMzg8A2c4PACHPDwAtzw8Ads8PAInPDwDLzw8A2s8PACDQDwAs0A8AddAPAHbQDwDK0A8A1NAPAB/RDwAt0Q8AdNEPAHnRDwDJ0Q8A1tEPAKvsEgAg0g8Ac9IPAHXSDwDI0g8A19IPAB3TDwAs0w8ActMPAH7TDwDH0w8AytMPABzUDwAf1A8AcdQPAHfUDwDG1A8A0tQPABvVDwAe1Q8AcNUPAHXVDwDF1Q8AztUPABrWDwAg1g8Ab9YPAH7WDwDE1g8A0NYPABnXDwAp1w8AbtcPAHDXDwDD1w8A0dcPABjYDwAp2A8AAO0SAHPYDwDC2A8AztgPAFXtEgAq2Q8AbNkPAHvZDwDB2Q8AzdkPABbaDwAX2g8Aa9oPAHXaDwDA2g8AztoPABXbDwAa2w8AatsPAHfbDwCq7RIAy9sPABTcDwAe3A8AadwPAJXcDwC+3A8AxdwPABPdDwAs3Q8AaN0PAHfdDwC93Q8AzN0PABLeDwAX3g8AZ94PAHTeDwC83g8Ayd4PABHfDwAd3w8AZt8PAHXfDwC73w8Axd8PABDgDwAe4A8AZeAPAGrgDwC64A8Ax+APAA/hDwAb4Q8AZOEPAHfhDwC54Q8AyOEPAA7iDwAa4g8AY+IPAGTiDwC44g8AwuIPAA3jDwAb4w8AYuMPAGfjDwC34w8AxOMPAP/tEgAd5A8AYeQPAHLkDwC25A8AwuQPAAvlDwAi5Q8AYOUPAGLlDwC15Q8AxuUPAArmDwAN5g8AX+YPAGnmDwC05g8AtuYPAAnnDwAT5w8AXucPAGrnDwCz5w8Av+cPAAjoDwAb6A8AXegPAGzoDwCy6A8AvugPAAfpDwAI6Q8AXOkPAGbpDwCx6Q8Av+kPAAbqDwAL6g8AW+oPAGjqDwBU7hIAsuoPAAXrDwAP6w8AWusPAGLrDwCp7hIAwusPAATsDwAQ7A8AWewPAGjsDwCu7A8At+wPAAPtDwAN7Q8AWO0PAGbtDwCt7Q8Asu0PAALuDwAP7g8AV+4PAGPuDwCs7g8Av+4PAAHvDwAQ7w8AVu8PAGLvDwCr7w8ArO8PAADwDwAK8A8AVfAPAGPwDwCq8A8Ar/APAP/wDwAM8Q8A/u4SAFbxDwCp8Q8As/EPAP7xDwAG8g8AU+8SAFjyDwCo8g8AvvIPAP3yDwD+8g8AUvMPAGPzDwCn8w8As/MPAPzzDwAG9A8AUfQPAF/0DwCm9A8Aq/QPAPv0DwAI9Q8AUPUPAFz1DwCl9Q8AuPUPAPr1DwAJ9g8AT/YPAFv2DwCk9g8ApfYPAPn2DwAD9w8ATvcPAFz3DwCj9w8AqPcPAPj3DwAF+A8AqO8SAE/4DwCi+A8ArPgPAPf4DwD/+A8A/e8SAGL5DwCh+Q8ArfkPAPb5DwD7+Q8AS/oPAFT6DwCg+g8AqvoPAPX6DwAB+w8ASvsPAF37DwCf+w8ArvsPAPT7DwAA/A8ASfwPAEr8DwCe/A8AqPwPAPP8DwAB/Q8ASP0PAE39DwCd/Q8Aqv0PAFLwEgD0/Q8AR/4PAFH+DwCc/g8ApP4PAKfwEgD+/g8ARv8PAFX/DwCb/w8Apv8PAPD/DwD8/w8ARQAQAFQAEACaABAAugAQAO8AEAD7ABAARAEQAEsBEACZARAApwEQAO4BEADzARAAQwIQAE8CEACYAhAAqwIQAO0CEAD8AhAAQgMQAE4DEACXAxAAmAMQAOwDEAD2AxAAQQQQAE8EEACWBBAAmwQQAOsEEAD4BBAA/PASAEIFEACVBRAAnwUQAOoFEADyBRAAUfESAFwGEACUBhAApQYQAOkGEAD1BhAAPgcQAFEHEACTBxAAogcQAOgHEAD0BxAAPQgQAD4IEACSCBAAnAgQAOcIEAD1CBAAPAkQAEEJEACRCRAAngkQAKbxEgDoCRAAOwoQAEUKEACQChAAmAoQAPvxEgACCxAAOgsQAEsLEACPCxAAmwsQAOQLEAD3CxAAOQwQAEgMEACODBAAmgwQAOMMEADkDBAAOA0QAEINEACNDRAAmw0QAOINEADnDRAANw4QAEQOEABQ8hIAjg4QAOEOEADrDhAANg8QAD4PEACl8hIAnA8QAOAPEAD0DxAANRAQADkQEACKEBAAjBAQAN8QEADzEBAANBEQADcREACJERAAphEQAN4READvERAAMxIQAD8SEACIEhAAmxIQAN0SEADsEhAAMhMQAD4TEACHExAAiBMQANwTEADmExAAMRQQAD8UEACGFBAAixQQANsUEADoFBAA+vISADIVEACFFRAAjxUQANoVEADiFRAAT/MSADEWEACEFhAAkhYQANkWEADqFhAApPMSADUXEAD58xIAphcQAPj0EgDgFxAA9/USADMYEACCGBAAhxgQANcYEADbGBAALBkQADkZEABM9hIAhhkQANYZEADaGRAAKxoQAC0aEACAGhAAmRoQANUaEADmGhAAKhsQADYbEACh9hIAghsQACQhEACLGxAA1BsQAOcbEAApHBAAKhwQAH4cEACKHBAA0xwQAOIcEAAoHRAAMh0QAH0dEACJHRAA0h0QANkdEAD29hIALx4QAHweEAB+HhAAcCoQAH8eEAB3IxAAgh4QANEeEACIHhAAyiUQAIkeEACzkRAA3R4QACYfEAA1HxAAex8QAIcfEADQHxAA3h8QACUgEABAIBAAeiAQAIYgEADPIBAA1iAQAEv3EgAxIRAAeSEQAHshEADOIRAAzyEQACMiEAAmIhAAeCIQAIMiEADNIhAA0iIQACIjEAAsIxAAoPcSAIQjEADMIxAAziMQACEkEAAiJBAAdiQQAHkkEADLJBAA1iQQACAlEAAlJRAAdSUQAH8lEAD19xIA3SUQAB8mEAAgJhAAdCYQAIAmEADJJhAA2CYQAB4nEAAoJxAAcycQAH8nEADIJxAAzycQAEr4EgAlKBAAcigQAHQoEADHKBAA1igQABwpEAAmKRAAcSkQAHopEADGKRAAyCkQABsqEAAsKhAA9PgSAH8qEADFKhAAzyoQABorEAAjKxAAbysQAHErEADEKxAA1SsQABksEAAhLBAAbiwQAIwsEADDLBAAyywQABgtEAAkLRAAbS0QAIAtEADCLRAAwy0QABcuEAAjLhAAbC4QAHsuEADBLhAAyy4QABYvEAAiLxAAay8QAHIvEABJ+RIA0S8QABUwEAAmMBAAajAQAHIwEAC/MBAAxjAQABQxEAAiMRAAaTEQAHkxEAC+MRAAzjEQABMyEAAvMhAAnvkSAHUyEAC9MhAA1DIQABIzEAAaMxAAZzMQAHUzEAC8MxAAxjMQABE0EAAdNBAAZjQQAHw0EAC7NBAAvjQQABA1EAAsNRAA8/kSAG81EAC6NRAAwjUQAA82EAAeNhAAZDYQAGk2EAC5NhAAxjYQAA43EAAYNxAAYzcQAGU3EAC4NxAAxjcQAA04EAAaOBAAYjgQAGU4EABI+hIAwjgQAAw5EAAWORAAYTkQAGk5EAC2ORAAxTkQAAs6EAAQOhAAYDoQAG06EAC1OhAAvzoQAAo7EAAMOxAAXzsQAG07EAC0OxAAwTsQAAk8EAAMPBAAnfoSAGE8EACzPBAAvzwQAAg9EAAPPRAAXT0QAGU9EACyPRAAyz0QAAc+EAAbPhAAXD4QAHg+EACxPhAAuT4QAEf7EgAOPxAAnPsSAGg/EACwPxAAtz8QAAVAEAANQBAAWkAQAF9AEACvQBAAv0AQAARBEAAMQRAAWUEQAGdBEACuQRAAu0EQAANCEAAQQhAAWEIQAGRCEACtQhAAs0IQAAJDEAAKQxAAV0MQAGNDEACsQxAAv0MQAAFEEAAQRBAAVkQQAGJEEACrRBAArEQQAABFEAAKRRAAVUUQAGNFEACqRRAAr0UQAP9FEAAMRhAA8fsSAFdGEACpRhAAs0YQAP5GEAAARxAAU0cQAGJHEACoRxAAyEcQAP1HEAAFSBAAUkgQAFxIEACnSBAArUgQAPxIEAD+SBAAUUkQAGBJEACmSRAAskkQAPtJEAADShAARvwSAG5KEAClShAAw0oQAJv8EgAYSxAAT0sQAG1LEACkSxAArEsQAPlLEAAITBAATkwQAFBMEACjTBAArEwQAPhMEAD7TBAATU0QAFlNEACiTRAAqU0QAPdNEAD/TRAATE4QAGVOEAChThAAtU4QAPZOEAASTxAAS08QAFNPEADw/BIAvk8QAPVPEAATUBAARf0SAGNQEACfUBAApFAQAPRQEAAPURAASVEQAFVREACeURAAplEQAJr9EgAGUhAASFIQAFdSEACdUhAAqVIQAPJSEADzUhAAR1MQAFFTEACcUxAAqlMQAPFTEAD2UxAARlQQAFNUEADv/RIAn1QQAPBUEADyVBAARVUQAEhVEACaVRAAolUQAO9VEAD5VRAARFYQAE9WEACZVhAApVYQAO5WEAD2VhAARP4SAFFXEACYVxAAnlcQAO1XEAD5VxAAQlgQAFFYEACXWBAAoVgQAOxYEAD0WBAAQVkQAFBZEACWWRAAmFkQAOtZEAD0WRAAQFoQAENaEACVWhAAoVoQAOpaEADyWhAAmf4SAE9bEACUWxAAnFsQAOlbEADzWxAAPlwQAElcEACTXBAAn1wQAOhcEADwXBAA7v4SAEJdEACSXRAAo10QAOddEAD4XRAAPF4QAEFeEACRXhAAlV4QAOZeEAD0XhAAO18QAEhfEACQXxAAp18QAOVfEADtXxAAOmAQAEZgEACPYBAAomAQAORgEADzYBAAOWEQAEVhEACOYRAAj2EQAONhEADtYRAAOGIQAEZiEACNYhAAkmIQAOJiEADvYhAAQ/8SAD1jEACMYxAAmmMQAOFjEADuYxAANmQQAE1kEACLZBAAk2QQAOBkEADrZBAANWUQADdlEACKZRAAl2UQAN9lEADmZRAANGYQAEVmEACJZhAAl2YQAN5mEADrZhAAM2cQAEpnEACIZxAAkGcQAN1nEADiZxAAMmgQAEJoEACHaBAAj2gQANxoEADmaBAAMWkQADxpEACGaRAAkmkQANtpEADjaRAA7f8SAElqEACFahAAimoQANpqEAD1ahAAL2sQADtrEACEaxAAjGsQAEIAEwDsaxAALmwQAD1sEACDbBAAj2wQANhsEADZbBAALW0QADdtEACCbRAAkG0QANdtEADcbRAALG4QADluEACXABMAiW4QANZuEADYbhAAK28QADhvEACAbxAAhW8QANVvEADfbxAAKnAQADVwEAB/cBAAi3AQANRwEADacBAAKXEQADFxEAB+cRAAinEQANNxEADmcRAAKHIQADdyEAB9chAAiXIQANJyEADTchAAJ3MQADFzEAB8cxAAinMQANFzEADWcxAAJnQQADN0EADsABMAgHQQANB0EADfdBAAJXUQADR1EAB6dRAAg3UQAM91EADVdRAAJHYQACp2EAB5dhAAhXYQAM52EADVdhAAI3cQAD93EABBARMAgncQAM13EADZdxAAIngQACV4EAB3eBAAgXgQAJYBEwDUeBAA6wETACl5EABAAhMAfnkQAJUCEwDTeRAAIHoQACF6EADDgRAALXoQAHV6EAA0ehAAG38QADd6EABniBAAOXoQAA6MEAB2ehAAynoQAOB6EAAfexAAJ3sQAHR7EAB2exAAHH4QAIJ7EADJexAA0XsQAOoCEwDWexAAHnwQACF8EABzfBAAfXwQAMh8EADKfBAAHX0QAC59EAByfRAAg30QAMd9EADPfRAAPwMTACN+EABxfhAAeH4QAMZ+EADOfhAAlAMTAB1/EABwfxAAdn8QAMV/EADSfxAAGoAQACKAEABvgBAAcYAQAMSAEADLgBAAGYEQACCBEABugRAAdoEQAOkDEwDQgRAAGIIQABmCEABtghAAg4IQAMKCEADKghAAF4MQABmDEAC/hRAAJYMQAGyDEAB0gxAAPgQTAHmDEADBgxAAxIMQABaEEAAghBAAa4QQAG2EEADAhBAA0YQQABWFEAAmhRAAaoUQAHKFEACTBBMAxoUQABSGEAAbhhAAaYYQAHGGEADoBBMAyIYQABOHEAAVhxAAaIcQAHmHEAC9hxAAzocQABKIEAAaiBAAPQUTAGyIEAAKkBAAc4gQALyIEADSiBAAEYkQABmJEABmiRAAdIkQALuJEADIiRAAEIoQABOKEABlihAAb4oQALqKEAC8ihAAD4sQACCLEABkixAAdYsQALmLEADBixAAkgUTABeMEABjjBAAcIwQALiMEAC/jBAADY0QAB6NEABijRAAbo0QALeNEAC/jRAA5wUTABmOEABhjhAAZI4QALaOEADAjhAAC48QAA2PEABgjxAAcY8QALWPEADGjxAAPAYTABKQEABfkBAAdpAQALSQEADAkBAACZEQABOREABekRAAZpEQAJEGEwC0kRAACJIQAB6SEABdkhAAZZIQALKSEADAkhAAB5MQAA+TEADmBhMAFJMQAFyTEABfkxAAsZMQALuTEAAGlBAACJQQAFuUEABslBAAsJQQAMGUEAAFlRAADZUQADsHEwBglRAAr5UQALSVEAAElhAAH5YQAFmWEABnlhAArpYQALWWEAADlxAAD5cQAFiXEABelxAArZcQALCXEAACmBAADJgQAFeYEABdmBAArJgQAK6YEAABmRAAC5kQAFaZEABimRAAq5kQAMKZEAAAmhAAFJoQAFWaEABxmhAAqpoQALKaEACQBxMAAZsQAFSbEABimxAAqZsQALqbEADlBxMABZwQADoIEwBhnBAAqJwQALKcEAD9nBAACJ0QAFKdEABanRAAp50QALOdEAD8nRAAD54QAFGeEABgnhAApp4QALKeEAD7nhAA/J4QAFCfEABanxAApZ8QALOfEAD6nxAA/58QAE+gEABcoBAA5AgTAKygEAD5oBAAA6EQAE6hEABToRAAo6EQAKuhEAD4oRAA/qEQAE2iEABZohAAoqIQAKiiEAD3ohAAAKMQAEyjEABZoxAAoaMQAKmjEAD2oxAA96MQAEukEABNpBAAoKQQAKOkEAD1pBAA+KQQAI4JEwBgpRAAn6UQAKelEAD0pRAAAKYQAEmmEABPphAAnqYQAKSmEADzphAA+KYQAJ2nEAAhpxAASKcQAFCnEAA4ChMAo6cQAI0KEwAIqBAAR6gQAEmoEACcqBAAqagQAPGoEAD4qBAARqkQAE6pEACbqRAAq6kQAPCpEADyqRAARaoQAFOqEACaqhAAq6oQADcLEwD2qhAAjAsTAFKrEACZqxAAo6sQAO6rEAD5qxAAQ6wQAEusEACYrBAApKwQAO2sEAAArRAAQq0QAFCtEACXrRAAoa0QAOytEAD0rRAAQa4QAFCuEACWrhAAm64QAOuuEADyrhAAQK8QAEyvEAA2DBMA1K8QAOqvEAApsBAAP7AQAEewEACLDBMAvrAQAOmwEAD1sBAAPrEQAESxEACTsRAAmbEQAOixEADtsRAAPbIQAEOyEADgDBMAk7IQAOeyEADtshAAPLMQAEGzEACRsxAAoLMQAOazEADysxAAO7QQAD60EACQtBAAk7QQAOW0EADttBAAOrUQAEm1EACPtRAAlLUQAOS1EAD6tRAAObYQADq2EACOthAAn7YQAOO2EADvthAAOLcQAEK3EACNtxAAmbcQAOK3EADptxAANQ0TAEe4EACMuBAAmLgQAOG4EADwuBAANrkQAEq5EACLuRAAmrkQAOC5EADxuRAANboQAEG6EACKDRMAjLoQAN+6EADtuhAANLsQAEW7EADfDRMAj7sQAN67EADquxAANA4TADm8EACIvBAAjrwQAN28EADivBAAMr0QADi9EAAzDxMAjL0QANy9EADevRAAMb4QAEK+EACHEBMAkr4QANu+EADhvhAAML8QADy/EACFvxAAjb8QANwQEwDgvxAAL8AQADvAEACEwBAAjMAQADEREwDlwBAALsEQADHBEACDwRAAjcEQAIYREwDawRAALcIQADvCEACCwhAAk8IQADASEwDdwhAALMMQADjDEACFEhMAicMQANbDEADZwxAAK8QQADfEEACAxBAAjMQQANXEEADdxBAALxMTADXFEAB/xRAAi8UQANTFEADcxRAAhBMTADLGEAB+xhAAj8YQANPGEADkxhAAKMcQADDHEAB9xxAAgMcQANLHEADcxxAAJ8gQACnIEAB8yBAAi8gQANHIEADxyBAAJskQAC7JEAB7yRAAhckQANDJEADWyRAAJcoQACfKEAB6yhAAicoQAM/KEADbyhAA2RMTADDLEAB5yxAAl8sQAM7LEADUyxAAI8wQACzMEAB4zBAAhcwQAM3MEADVzBAAIs0QADjNEAB3zRAAec0QAMzNEADnzRAAIc4QAC3OEAB2zhAAg84QAC4UEwDRzhAAIM8QACjPEAB1zxAAi88QAMrPEADPzxAAH9AQACXQEAB00BAAgNAQAMnQEADR0BAAgxQTACvREABz0RAAg9EQAMjREADN0RAAHdIQACPSEABy0hAAiNIQAMfSEADJ0hAAHNMQACbTEABx0xAAf9MQAMbTEADL0xAAG9QQACjUEADYFBMAf9QQAMXUEADO1BAAGtUQACTVEABv1RAAfdUQAMTVEADJ1RAAGdYQACbWEABu1hAAdtYQAMPWEADT1hAAGNcQABrXEABt1xAAe9cQAMLXEADT1xAALRUTAB7YEACCFRMAcdgQAMHYEADH2BAAFtkQAB7ZEABr2RAAddkQAMDZEADC2RAAFdoQABjaEABq2hAAitoQACwWEwDL2hAAFNsQABrbEABp2xAAddsQAL7bEADG2xAAgRYTAB/cEABo3BAAbtwQAL3cEADJ3BAAEt0QABrdEADWFhMAad0QALzdEADK3RAAEd4QACLeEAArFxMAc94QALveEADS3hAAgBcTABrfEABl3xAAcd8QALrfEAC93xAAD+AQABngEADVFxMAdeAQALngEADA4BAADuEQABbhEABj4RAAcOEQALjhEAC94RAADeIQABfiEABi4hAAauIQALfiEADG4hAADOMQABHjEABh4xAAd+MQALbjEAC34xAAC+QQABnkEABg5BAAceQQALXkEADB5BAACuUQABLlEAB/GBMAY+UQAFQBAABn5RAAC40SAGvlEABPTA8AwOUQAPcIAAAR5hAABukQAL/nEADVKgAAC+gQANMsAAAW6RAAxDsAALPpEADBPgAACOoQAA5HAACx6hAASlAQALLqEAC2SQAAtuoQAGOZAwC56hAAspsHAAjrEAD5WwAAsusQAEhiAAAH7BAAkW4AALDsEAA1dQAAEe0QACx+AABb7RAAfoEAAK7tEAB6hQAAXu4QAMaOAAAf7xAAVe8QALDxEAAwzwAAq/IQACTbAAAA8xAAcOQAAKrzEAAM8wAAXPQQAFj8AADJ9BAArfwAAPz0EAAC/QAAW/UQAPwCAQAD9hAApQQBAFf2EACgCQEAF/cQAJcSAQBZ9xAAkRgBAMH3EAD39xAAaPgQAKH4EACp+BAA9vgQAAL5EADfHwEAU/kQAIciAQAR+hAASvoQAFL6EACf+hAAofoQANUpAQAA+xAAzy8BAKb7EAAbOQEA/vwQAFdSAQCk/RAA/lUBALj9EACmRxIAwP0QAKhFEgAW/hAAU1YBAEz+EACnVwEArf4QAPpZAQD1/hAA91wBAEn/EAD1XgEAUAARAI1xAQCzABEA7gARAPYAEQDicQEAUgERADV0AQD5AREA1X4BAGUCEQAqfwEAowIRANOAAQD0AhEAQQMRAEsDEQAogQEAoAMRACOGAQCgBREAtJ8BAPEFEQA+BhEATgYRAAmgAQD0BhEABaQBAEUHEQCSBxEAogcRAFqkAQBICBEA/KwBAJUKEQB5LwIAmQoRACIxAgCdChEA5sIBAKkKEQBpPwIAQQsRAGCNEgBCCxEAeyMMAEULEQDjxQEAVQsRABuDDACWCxEA7FcRAKoLEQA4xgEAvAsRAHPPEgDqCxEAjcYBAO0LEQCRDA0AmQwRAIjLAQDuDBEA3csBAJoNEQAs0gEAPw4RACbYAQDpDhEAItwBADgPEQCKDxEAlg8RAMzcAQCREBEA3hARAOEQEQDQIQ4A6hARAHDjAQBIEREAGOYBAKkREQDdEREANhIRACh1DQBCEhEAX/QBAF8SEQAV6QEAkxIRAGTvAQA9ExEACvQBAOcTEQBe9QEATBQRALP1AQDmFBEA5WQLAOoUEQBd9gEAOBURAFz3AQA8FhEApwECAOEWEQCooAwA5BYRAKIGAgDmFhEAnqgOADUXEQAHkRIARxcRAIIXEQDfFxEALBgRAPMXEQDtEAIALxgRAL40DQA2GBEAsz8NADkYEQApHw0APBgRAPv2DQA9GBEATPsNAEcYEQCgCAIATRgRAF8+DQDYGBEA8QwCAAAZEQBMUA4AORkRAJoOAgCMGREAmQ8CAOscEQAxIgIAhSoRAI5kDQArKxEAbisRANUrEQAYLBEAfSwRAG8vDACDLBEAJ9YCAMQtEQBXQRIAyS0RAGsuEQDdLREAaDERAOUtEQBTRRIA6y0RABfmAgBtLhEA57YMAG8uEQC8Ng0Aci4RAKL/CAB1LhEAbOYCAHouEQDB5gIAfC4RAA2ZBACiLhEAbeMEAMowEQAH9gIAcDERAL0xEQC+MREAveAMAMcxEQCrmg8AzDERANXHDQDcMREACeQSABwyEQAC+wIAFDMRANkjAwAXMxEAOrsKABgzEQCWEQMAGjMRAFACAwAbMxEA9QcDAB0zEQDjGAQAHjMRAEgKAwAfMxEAOhgDACAzEQD4BAMAITMRAJIUBAAnMxEARQ0DAFAzEQCVrxAAZTYRAABSAwBpNhEA1CgDAG02EQDsBg0AxDYRACcrAwAPOREAC0cDAHg6EQD1XAMAIjsRAOtmAwDSOxEA52oDABE8EQA3cAMACT0RAHuBAwBkPREAsT0RAL89EQDOgwMAtD4RAJxUDwC+PhEAcIwDALI/EQALnAMACkERAPOzAwCuQREAQLwDAGlCEQCsQhEArUMRAD8RBQCuQxEAceADALVDEQDL1ggAWEQRAG3kAwBcRBEAvOUIAFdFEQBX+gMAXkYRAKEFBAAMRxEA8wgEAMNHEQD8RxEABEgRAFFIEQBgSBEAlhAEALBIEQDoEwQAWUkRAP6fDABcSREAkRUEAK1JEQD6SREAwUkRAANAEgAEShEA5hUEAKxKEQCLGwQACEsRAIkdBACpSxEAgyMEAABMEQCpogkAUEwRACcqBABYTREAvzwEAKlNEQBt1hEAEk4RAEtOEQBTThEAoE4RAK1OEQCsTwQAsU4RABFABABaUBEASlwEAFRREQA3bwQApVERAPJREQADUhEAi3AEAKtSEQDZdwQA+1IRACt7BACdUxEAzoIEAAFUEQByiQQADFQRAGaVBAAZVBEAbI8EABhVEQC7lQQAuFURALScBAD0VREAA6MEAJ9WEQBJsgQApFYRACR9CQClVhEAy4AJAKdWEQDUdwkACVcRAEJXEQBKVxEAl1cRAO5XEQDMew0A9FcRAFhAEgD2VxEARrUEAPhXEQAkdw8AD1gRAF/jEgAxWBEAVpoPAElYEQBDuAQAw1gRAOtYEQBKWREAk70EAPlZEQA2xQQAl1oRAC3OBAAFWxEA1s8EAEtbEQAj2AQATVsRACvQBACZWxEAfdMEAJ1bEQB71QQAnFwRAMvaBACgXREAwOUEAOldEQC76gQAVWARAI5gEQCWYBEA42ARAPJgEQDyCAUAQWERAJUQBQA5YhEA4hgFAERiEQCOvggAj2IRADQcBQCQYxEAdTAFAJpjEQB9KAUA5mMRAM8rBQDqYxEAzS0FAFBlEQCJZREAkWURAN5lEQDjZREAYUQFAO1lEQBpPAUAOWYRALs/BQA9ZhEAuUEFADtoEQCgWgUA4WgRAJdjBQCLaREALncFAFRqEQDJhgUAqmoRABmMBQDoahEAF44FAD5rEQBmlAUAj2sRAGWVBQDgaxEALWwRADdsEQC6lQUAhWwRALeYBQCKbREAraIFAEduEQCAbhEAiG4RANVuEQDbbhEATK4FAEBvEQDzsQUA6m8RADy+BQAtcBEAMsgFAOJwEQAuzAUAjHERACbUBQBDchEAfHIRAIRyEQDRchEA4XIRABnhBQD9chEAauUFADJzEQAY4gUAg3MRANBzEQDacxEAbeIFAOt0EQAkdREALHURAHl1EQCCdREAB/MFANh1EQAF9QUAlHYRAM12EQDVdhEAIncRACN3EQD6/wUAJ3cRAAFOBgAodxEAQwwGAC93EQCdBwYAMXcRAKr6BQB9dxEA/P0FAIF3EQBZSwYAgHgRAEUKBgB/eREANhkGANR5EQCHHQYAJXoRAIYeBgDXehEA0yYGAI97EQDIexEA0HsRAB18EQAnfBEAyy4GAHV8EQDENQYAOH0RAHF9EQB5fREAxn0RANN9EQAVOgYA1X0RAAtEBgAgfhEAET4GAMt+EQBdRwYAIn8RAFtJBgCKgBEAw4ARAMuAEQAYgREAJ4ERAE9VBgB3gREAoVgGAHeDEQCMbQYA3IMRABWEEQAxhBEAaoQRAHeEEQDgbgYAhYURAL6FEQDGhREAE4YRABaGEQB5gAYA9IYRAGyNBgBqhxEAZ5IGAG6HEQCPDwwAHogRAAuZBgBpiBEAB50GAMSJEQD2rQYAG4oRAEazBgAWixEAiW0JACqLEQA0bQkAf4sRALiLEQDAixEADYwRABCMEQA+uwYAfowRALeMEQC/jBEADI0RABuNEQDlvgYAbI0RAInFBgC3jhEAztUGAGaPEQBQog0Aa48RAN1oDwBujxEAdtgGAG+PEQA0Zw8AwI8RAHLcBgDPkBEACJERABCREQBdkREAZpERABPmBgC8kREAEegGAGuSEQAK7wYAypIRAFX5BgBekxEA9wEHAAiUEQCXDAcAspQRAOAYBwC4lREAfiUHAA2WEQDQKAcAZJYRACIsBwDJlhEAApcRAAqXEQBXlxEAZpcRABc3BwBnlxEAdi0HALiXEQB1LgcACZgRAFaYEQBgmBEAyi4HAAaZEQBpOgcArZkRAAxCBwBcmhEAs0UHABqbEQBTmxEAW5sRAKibEQC3mxEA/04HAAmcEQBRUgcAWpwRAKecEQC2nBEApVMHAGCdEQCfWQcAsJ0RAPFcBwAInhEA5WgHAAqeEQDrYgcAFp8RAE+fEQBXnxEApJ8RABWgEQBOoBEAVqARAKOgEQCwoBEAfXsHAAWhEQAlfgcAW6ERAMyBBwD5oREAG4gHAK2iEQAUjwcAVqMRAKqjBwCrpBEA67cHAPykEQBJpREAWKURAD+5BwDEpREAk7oHAPymEQDiwAcAU6cRADPFBwCkpxEA8acRAACoEQCHxgcAbKgRANvHBwCdqREAgcwHAPSpEQB60wcAnqoRAMLgBwBIqxEAYO0HAP2rEQAF8wcAT6wRAFn0BwDyrBEA//gHALKtEQDrrREA860RAECuEQCYrhEASwIIAE6vEQDzBAgABbARAD6wEQBGsBEAk7ARAJ2wEQDqDQgA9rARAJMPCABMsREAjhQIAJyxEQDfGAgARbIRADAdCABHsxEAKiMIAJizEQDlsxEA57MRAH8jCACrtBEA5LQRAOy0EQA5tREAVLYRAI22EQCVthEA4rYRAP23EQA2uBEAPrgRAIu4EQCVuBEAqE8IAFG5EQCKuREAkrkRAN+5EQDpuREAh3AIAPW5EQCXYAgAOboRAJViCACTuhEAN2sIAOa7EQDGhggA6rsRAM99CABAvBEAyYMIAIi8EQDHhQgAO70RAMSICACJvREAwYsIADq+EQARkQgAkb4RAGCXCAA7vxEAXZoIAJC/EQCymggA9b8RAC7AEQA2wBEAg8ARAJLAEQBanQgAOsERAPmoCACSwREAna8IAJ3CEQDWwhEA3sIRACvDEQA6wxEA6bgIAC3EEQB/xBEAmcQRAC/ICADwxBEAKcURADHFEQB+xREAjcURACvMCAAJxhEA1M0IAJnGEQDSxhEA2sYRACfHEQCLxxEAe9EIANfHEQDN1AgAh8gRAMrXCADiyBEAG9wIAIHJEQDpYgkAhMkRAMHgCADWyREAwOEIANjKEQAD9AgALcsRAKf6CAB/yxEApvsIAJPMEQDMzBEA1MwRACHNEQAtzREA7ggJAH7NEQDLzREAz80RAEIKCQAwzhEA6wsJAObOEQAfzxEAJ88RAHTPEQCezxEAMhoJAM7PEQCAIQkAOtARALFDCwB70BEAyNARAADREQDQJgkAldERAMfREQDJ0hEABkYJAMzTEQCgVgkAIdURAG7VEQCQ1hEAwtYRAOHWEQAX1xEAfNcRANpxCQAe2BEAKncJAMbYEQAmewkAIdoRAHknCgAj2hEAGocJAG/aEQBsigkAcdwRALeUCQC/3BEABZwJAMbcEQAImQkAwt4RAA/fEQC83xEA77EJAMTgEQDkvAkAFOIRAGHiEQCK4hEA0NAJACfjEQBg4xEAaOMRALXjEQDE4xEAyNgJABDkEQAa3AkAFOQRANEkCgC55BEAGN4JABHlEQBe5REAh+URAGvgCQAQ5hEAEuQJAIbmEQBn5AkADOgRAKn3CQAR6REAov4JABDqEQDvBgoAdeoRAEQHCgC96hEAmQcKAAnrEQDrCgoAuesRAOgNCgAe7BEAPQ4KAGbsEQCSDgoAsuwRAOQRCgAq7hEAVe4RAMbuEQD/7hEAB+8RAFTvEQAD8BEAdSsKAAHxEQBpNwoAvPERAAVGCgBt8hEApvIRAK7yEQD78hEABfMRAKZPCgDQ9BEARVsKAPr1EQCAdQoAVvYRACV7CgD59hEAx4MKAFz3EQAZhwoAAPgRAGKTCgBV+REATKkKALH5EQD0+REA/PoRAJK4CgCz/BEAgsgKAEv9EQB9zQoAqP0RAM/QCgBh/hEAmv4RAKL+EQDv/hEARv8RAHHZCgBfABIAmAASAKAAEgDtABIAFwESAGTmCgCgARIAs+wKAPQBEgBBAhIATwISAF3tCgCcAhIAsO8KAE0DEgCr9AoAlgMSAKf4CgCdBBIAnQILAKAEEgBHAwsA9QUSADoQCwBCBhIAjhELAJ8GEgDgFAsA7wYSAIgXCwA/BxIA3RcLALUHEgDmBxIArAgSAHskCwAPCRIA0CQLAEEKEgCOChIAtwoSAHQrCwDCChIAHiwLAJgMEgAaMAsA8QwSAGwzCwBDDRIAwDQLAEIOEgAPOwsAjw4SAAs/CwBTDxIAiQ8SADUQEgBRTgsAjxASAPNWCwA0ERIAR1gLALkREgBDXAsA8hESAD9gCwA2EhIAkmILAOESEgAybQsA8RISAGyICwBFFBIAJHsLAIkUEgB3fQsA7xQSAMp/CwDzFhIALBcSADQXEgCBFxIAjhcSAAaZCwDjFxIAA5wLAI0YEgCqnwsASRkSAH8ZEgDmGRIAwSwSAPMZEgApGhIA3xoSAPKsCwDhGhIAn6oLAI8bEgDSGxIANRwSAD62CwDhHBIA3cELADseEgDK1AsA2h4SAMbYCwAyHxIAwN4LAIcfEgAN5wsA2x8SAAzoCwB+IBIAse0LAD4hEgB3IRIAfyESAMwhEgA/IhIA+foLACMjEgBIAQwANiQSAD4LDADZJBIAixMMAI8lEgDIJRIA0CUSAB0mEgCOJhIAxyYSAM8mEgAcJxIAyScSAK1AEgDOJxIAGygSANAnEgBdkw8A4icSAL+DEgAlKBIAJSQMAMsoEgDKKQwA0yoSAF5ADADiKhIAGCsSAHUrEgBiPAwA0SsSALc8DAAXLRIA/UsMAHYuEgCcVwwAji4SAN1pDgDHLhIAFC8SADIvEgDxVwwA2i8SABMwEgAbMBIAaDASAMswEgDuWgwAgzESAOtdDAAtMhIAPWEMACwzEgBlMxIAbTMSALozEgArNBIAZDQSAGw0EgC5NBIAHDUSADFtDADUNRIADTYSABU2EgBiNhIAxTYSANZyDADSNxIACzgSABM4EgBgOBIAwzgSACR6DAB7ORIAIX0MACU6EgBzgAwAujsSAFVGDwAPPBIAqkYPAHg8EgCxPBIAuTwSAAY9EgB7PRIAu40MAA0+EgB7zQwAtj8SAPmeEgC1QBIAWe0OAMlAEgB1zRIA20ASAAJBEgAKQRIAgxcQADBBEgAtGQ8AhUESAKxBEgAEQhIA18ASAHJCEgCrQhIAs0ISAABDEgBhQxIATaYMAMZDEgD/QxIAB0QSAFREEgC1RBIASlIOABRFEgBz1QwAWEYSAPFVDgBeRhIAQ7AMAMFGEgDrsgwArkcSAPtHEgAKSBIAhcINAFhIEgDy+hIAs0kSADe8DAC9SRIA47oMAK9KEgDevwwAaUsSAKJLEgCqSxIA90sSAFJNEgDVyAwAX08SAG/ZDAD7TxIADeYMAFNREgCo9QwAUFISAKX4DACdUxIACD8OAKBTEgDsBQ4ApFMSAPACDQCqUxIATk4OAExUEgCZVBIAo1QSAOsHDQC0VRIA7VUSAPVVEgBCVhIA7lYSAN4UDQBGVxIAhRgNAEdZEgDPIw0AnFkSAOlZEgD1WRIAIScNAJ9aEgBzKg0ARVsSAJJbEgCpWxIAwy8NAI9gEgCoSg0APGESAE5PDQCTYxIAiGoNAEZkEgCJZBIAQGUSACJ7DQBDZRIAznkNAEBmEgB1fQ0A6GYSAHR+DQA/ZxIAcYENAP5nEgAwaBIATmgSAMOEDQCpaBIAEosNAD1pEgBniw0AimsSANdrEgDZaxIAsJcNADFsEgBamA0AOGwSAK2aDQCbbhIA1G4SANxuEgApbxIAM28SAECyDQDvbxIAKHASADBwEgB9cBIAjHASADW9DQDYcBIAh8ANAIJxEgDXxQ0ALHISACfLDQAocxIAxtYNANJzEgAb1w0A23MSANYaDwCBdBIAGNoNANx0EgDA3A0AMXUSAGPkDQAqdhIAd3YSAHp2EgC25g0AKXcSAHZ3EgB5dxIAsesNACx4EgAE7g0AfXgSAMp4EgDNeBIAAvANAHx5EgDJeRIAzHkSAP30DQB/ehIA+vcNANB6EgAdexIAJ3sSAE/4DQB6exIAx3sSAMp7EgBO+Q0AeXwSAMZ8EgDJfBIA9P0NAHh9EgDFfRIAyH0SAPABDgB7fhIAlwUOAHZ/EgDnCg4Aln8SAGXdEgDffxIAOwwOAHCAEgDCgBIAb4ESAI4ODgB2gRIA4RAOACGDEgDbFg4AI4MSAEipDgDHgxIAFIQSAGuFEgA7Cw8AcIUSABGHEgDJhRIAziMOACGHEgAiJQ4AdocSAHUnDgDHhxIAdCgOACyIEgBliBIAwYgSAA45DgDEiBIAW0EOAMmIEgAeKQ4A1YgSAGkzDgBwixIADzgOABqMEgAJPg4AbI0SALniDgCKjRIAIcwSAKONEgBvgQ8AvY0SAAqOEgANjhIAWkIOAG+OEgADRA4AwI4SAAJFDgARjxIAXo8SAGiPEgBXRQ4ACpESAPxKDgARkRIA+kwOALSREgD5TQ4AMJMSAKBRDgC3kxIA8lQOAEuVEgBs1hIAwpUSAP6cDwADlhIAiWgOAGKXEgDZbQ4As5cSAACYEgAZmBIALW8OAFiYEgCqmBIAI5kSANNzDgDNmRIA0nQOAHeaEgAmdg4ABZsSAFKbEgBcmxIAzXkOAP2bEgD5TA8ACp0SAG+CDgD+nhIAZosOAOufEgD4nxIAQKASAE2gEgCiohIAVpsOAKyiEgCkog4AWKUSAPCrDgCrpRIA76wOAPqlEgCZrQ4ASqYSAO2uDgBJpxIAQLEOAE2oEgCaqBIA96gSAESpEgDvqRIAOLkOAEuqEgCYqhIA9aoSAEKrEgDvqxIAMr8OAJ6sEgDrrBIASK0SAJWtEgCcrhIAgsQOAPWuEgDWxQ4Am68SAOivEgD4rxIAKscOALWwEgDnsBIAmrESANDLDgDysRIAeM4OAF+yEgCQshIAqbUSAAzlDgBStxIAXOoOAPy3EgCw6w4AprgSAATtDgAzuxIAQwMPAOe8EgDmCg8A270SADgODwCPvxIA2xUPADbAEgCDGA8Aq8ISACcfDwDYwhIA0CAPADLDEgBZ6RIAiMMSAHgjDwCLwxIAdiUPANfDEgApxBIARcQSAH7EEgDWxBIAKMUSAETFEgB9xRIA2sUSACfGEgAxxhIAyyUPAITGEgAyEBMA18YSAMYqDwDexxIAFy8PACjIEgC/MQ8AgsgSAK7pEgCOyRIAU50PAC/KEgCzPQ8A2s0SAC8WEAAozxIAmlYPACDQEgBLUA8A09ASAEpRDwDN0hIAGtMSACTTEgDsWQ8A0tMSAJRcDwC01hIAwdYSAAnXEgAW1xIAXtcSAGvXEgCz1xIAwNcSAAjYEgAV2BIAXdgSAGrYEgAg2RIAjGQPAIXZEgDhZA8AFNoSADVmDwCE2hIA32YPABvbEgAzaA8Ag9sSALzbEgAt3BIAZtwSAMncEgCFaw8Ajd0SALrdEgDi3RIAD94SADfeEgBk3hIAjN4SALneEgAW3xIAY98SAGjfEgAsbw8AuuASACJ5DwBj4hIAteISAGvjEgAzvBAAb+MSAIq6EABl5BIAGIMPAMHkEgARig8AfOUSALLlEgAm5hIAW5UPAGXmEgCsmQ8A0OYSAAbnEgC45xIABegSABXoEgCqmw8AZugSAKmcDwDE6BIApKAQAAntEgBt2A8AYe0SABfZDwBc7hIAsOoPAAbvEgBU8Q8AsO8SAE34DwBa8BIA8v0PAATxEgBABRAArvESAOYJEABY8hIAjA4QAALzEgAwFRAAsPMSAC4XEAAT9BIATvQSAFb0EgCj9BIAUvgSAJ/4EgC9+BIAHSgQAPn7EgBURhAAZPwSAFBKEAAO/RIAoE8QAKb9EgDzURAA9/0SAJtUEABL/hIAQ1cQAJ7+EgA/WxAA/v4SAD1dEABf/xIAmP8SAO//EgAwahAATgATANlrEACsABMAgW4QAPQAEwB7dBAAsgETAMx4EAD1BRMADI4QAKAHEwD/mhAA8QcTAP6bEABCCBMAjwgTAJMIEwBTnBAA7AgTADkJEwCWCRMA4wkTAJUKEwDiChMAQwsTAO+qEACUCxMA4QsTAOULEwBEqxAACw0TAJKyEADoDRMAibsQADcOEwCJDhMAsQ4TAN4OEwA2DxMAiA8TALAPEwDdDxMASRATAIe9EADeEBMA2r8QADsREwDZwBAAjhETANsREwDrERMA2MEQADkSEwDXwhAAiBITANoSEwA5ExMAKsUQAJQTEwApxhAAkRQTAB7REAA5FRMAF9gQAIoVEwDXFRMA5xUTAGzYEACFFhMAE9wQAOYWEwBn3RAAORcTAGbeEACIFxMAEN8QANgXEwAqGBMA","fail":"AAAAAAAAAADNhwAAksEBANPWAADnEQcAFzwCAAH3BwBOBQIA1scMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAkLgMAFSeDQCpng0A/p4NAFOfDQConw0A/Z8NAFKgDQCnoA0A/KANAFGhDQCmoQ0A+6ENAAAAAADnEQcAFzwCABc8AgDTfgMALCcCAIEnAgDRIA4AM2kOACXYAgB62AIA5hgBAKmmBQAubQ8A034DAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCANbHDAChpg0A9qYNAEunDQCgpw0A9acNAAAAAADnEQcATgUCAHfSCwBJCAQA1SgCAFGlCQDjGgIAzYcAAMsyAgBT8g8AqPIPAKKwAgDZJgAATgUCAGg3CwC9NwsAt0gAAP1SBQBrlAAAwJQAAO65AgAN6QkAYukJAE4FAgCQuAwAVJ4NAKmeDQD+ng0AU58NAKifDQD9nw0AUqANAKegDQDmvAcA/fUMAFUAAABVAAAAGjEKABc8AgC3SAAATgUCAOa8BwDrvQEAAAAAAGuUAABGWAwAkmEMAIweAAA9GAAAAfcHAFb3BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwBJrAoAPBkAAMzSCwCGFg4AVAEAAKkBAAD+AQAAUwIAAKgCAADmvAcA/fUMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIABZ8GAE4FAgDWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABqjAkAv4wJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BAPf8CwBqNAwAvzQMAMcsDAAcLQwAcS0MAMYtDACLHQIAvTcLAF9JAgC4kwkADZQJAGKUCQAB9wcATgUCANRxDwCunQkATgUCANEgDgAtGBAAYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFGlCQC4kAwA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgC36AoAAfcHAE4FAgDmvAcAzzAAACQxAAB5MQAAzjEAAAnoDgDjGgIAzYcAAJLBAQCMHgAAAfcHAE4FAgDWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAMcsDAAcLQwA5xgAADwZAADM0gsAhhYOAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgAwFg8AhRYPAHfSCwC4RgEADUcBAO65AgAajwEAAfcHAOZfDwB30gsAzNILAIYWDgBUAQAAqQEAAP4BAABTAgAACegOAOMaAgDNhwAAksEBAIweAAAB9wcATgUCANbHDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAxywMABwtDADnGAAAPBkAAMzSCwCGFg4AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCADAWDwCFFg8Ad9ILALhGAQANRwEA7rkCABqPAQAB9wcA5l8PAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAAnoDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAAAJ6A4A2SYAADcVCQAXPAIASVUMAHaHAgAJ6A4A5hgBAKf7BwBHDgAA670BAOFzAAAlzQ0AA50KALKVDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAd9ILAMzSCwCGFg4AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgConQ8A1scMADB0BgDmvAcAaDMPAP1SBQBSUwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgCQuAwA5l8PAD0YAAAHSwMAa5QAAAH3BwBOBQIAowUCAC/EDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAOkgoAkhgAANPWAAA9GAAATgUCAJC4DABW9wcAHtIPAHPSDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAH3BwDmXw8APRgAAAdLAwBrlAAAAfcHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAAAuygcA1SgCAAH3BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAaowJAL+MCQC3SAAA/VIFAFJTBQBrlAAA7rkCAEO6AgCYugIATgUCAPf8CwBqNAwAvzQMAMcsDAAcLQwAcS0MAMYtDACdqg0AoaYNABSOCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAFbyDABVAAAAVQAAABoxCgAXPAIAt0gAALfoCgAB9wcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQC2kwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAJC4DABUng0AqZ4NAP6eDQBTnw0AqJ8NAP2fDQBSoA0Ap6ANAOa8BwD99QwAVQAAAFUAAAAaMQoAFzwCALdIAABOBQIA1scMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDDigcAzYYBADMUDgBOBQIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCALfoCgAB9wcATgUCAOMaAgDTfgMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAeSsGAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE4FAgB30gsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAANbHDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAEZbCQCunQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAXJ4FAD6/AgCTvwIA6L8CAOFmDQA2Zw0Ai2cNANPWAAAajwEAPBMGAAxJAACm9wwA7LQJALdIAABOBQIA1scMAC5tDwDTfgMATgUCAHfSCwDM0gsAhhYOAFQBAACpAQAA/gEAAFMCAACoAgAAXJ4FALGeBQAGnwUA2SYAADcVCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABMswAA5rwHAIweAAA9GAAAt0gAAE4FAgDWxwwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAxywMABwtDADnGAAAPBkAAMzSCwCGFg4AVAEAAKkBAAD+AQAAUwIAAKgCAAD3/AsAajQMAL80DADmvAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQA1scMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQDWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAp/sHAJuzBgCyRQgAzYcAAC5tDwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAOcRBwCunQkAQhECAJcRAgBHDgAAjB4AAJuzBgAciAYAcYgGAOdeDwA8EwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAPbYMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIA1scMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgDALxAARw4AAIweAAAB9wcATgUCAAnoDgB/GxAAt5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgAwFg8AhRYPAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAp/sHAJuzBgCyRQgAzYcAAC5tDwAHSwMAxOIDALdIAADVKAIAzYcAAL+NCAAUjggADJ0BANPWAABrlAAAAfcHAE4FAgAJ6A4AFzwCAEZbCQDjGgIAzYcAAOMaAgC3nAEAAPINAFXyDQA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQDmXw8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAB5KwYA5xEHAE4FAgAAAAAAAAAAAAAAAACfsQQAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAH3NCgDSzQoAJ84KAHfSCwDM0gsAhhYOAFQBAACpAQAA/gEAAFMCAACoAgAAxywMABwtDABxLQwAxi0MAJ2qDQChpg0AFI4IAAydAQDT1gAAa5QAAAH3BwA9GAAAkhgAAOcYAADWxwwAw4MOAHeIAADMiAAAIYkAAHaJAADLiQAA0SAOADNpDgDYGg0A0SAOAC0YEAAajwEAxOIDABnjAwDuuQIAUaUJAKb3DABHDgAAdocCANPWAAAajwEAPBMGAAxJAABOBQIAaowJAGw8AgDjGgIA4xoCABqPAQA8EwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgB30gsAt5wBAADyDQBV8g0AksEBAIweAABcngUAskUIAAdGCABcRggAsUYIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMAX0MIAIweAACEGA4At0gAAHkrBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BADWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgDRIA4AM2kOAOcRBwAB9wcA5l8PAD0KDgAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAC7KBwBOBQIAXJ4FABc8AgBjRQIA2soFAOZfDwA9GAAAt0gAAHkrBgDNhwAAv40IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBAAB9wcAVvcHACKIAAB3iAAAzIgAACGJAAB2iQAAyH4OAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgD6pwgAG48AABc8AgBjRQIA2soFAJ0ECQBrlAAARw4AAMd/DgCSGAAAEUMBAOYYAQCppgUAsksCAE6xAAAB9wcA5l8PAD0YAAAHSwMAa5QAAAAAAADnEQcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAL8QMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAC/EDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgDWxwwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIADekJAGLpCQBJVQwAv5QBAOcRBwCunQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCAOa8BwD99QwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAE4FAgDWxwwAmawPABqPAQBOBQIA7rkCAA3pCQBi6QkASVUMAL+UAQDnEQcArp0JAE4FAgD3/AsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgBqjAkARlsJAOy0CQC3SAAAeSsGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAB5KwYA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQAA8g0A+wEDAJYRAwA8uQoACZMOAF6TDgCzkw4ACJQOAF2UDgCylA4AB5UOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQDmXw8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAC5tDwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgDnXg8APF8PAJwOAACunQkA2SYAADnFAQCOxQEAeyMMANAjDAAbjwAAt5wBALdIAAB5KwYAVQAAALecAQAA8g0AZTUQADnFAQCOxQEAeyMMANAjDACMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAGg3CwDtWQ4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBoNwsA7VkOAPcGAgBMBwIAoQcCAPYHAgBLCAIABkQLALecAQAA8g0AZTUQALo1EAAPNhAAzM8OAJIKDgBOBQIAaowJAOdeDwC3OBAADDkQAGE5EAAGRAsAW0QLAKMFAgD4BQIATQYCAKIGAgAAAAAAPQoOAE4FAgBqjAkA514PALc4EAAMORAAYTkQAAZECwBbRAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEADRnDwCJZw8A3mcPADNoDwCIaA8AAAAAABuPAABwjwAAB0sDADwTBgDLMgIAPwYQAAH3BwBKXgIAG48AAHCPAAAHSwMAPBMGAMsyAgCLDxAAFzwCAGw8AgAFnwYAp/sHANPWAADnEQcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAALXsCACbswYAt0gAALfoCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIA0SAOADNpDgDYGg0A4xoCAKidDwAAAAAA1scMADFqDwCGag8A22oPADBrDwCFaw8A2msPAC9sDwBoNwsAcIAPAMWADwAagQ8A+wEDAAAAAADnEQcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA2soFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDMzw4AkgoOAGg3CwAAAAAAt5wBAAAAAAAbjwAAzYcAAL+NCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAMBYPAE4FAgBoNwsAAAAAABuPAADNhwAAUaUJAKb3DADstAkAQbUJAJa1CQDrtQkA4xoCAEC2CQCVtgkA6rYJAOMaAgBcngUAsZ4FAAafBQBI/g4Anf4OAPL+DgBcngUAsZ4FAAafBQBI/g4Anf4OAPL+DgDNhwAALm0PAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAC36AoARgINAJsCDQDLMgIAqp4MAP+eDADTfgMAt0gAALfoCgBGAg0AmwINAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAD9UgUAx9YMAME8AgAWPQIAaz0CALdIAAAMSQAAgRkQANYZEAArGhAAAAAAABc8AgBjRQIAMc0BAMvZBQCbswYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgD4TQ8ADEkAAIEZEADWGRAA5xEHAMsyAgDGNwIADEkAAIEZEADWGRAAKxoQAAAAAADNhwAAGo8BAMTiAwCMHgAARlgMAJtYDADwWAwARVkMAJpZDADLMgIAxjcCAAxJAACBGRAA1hkQACsaEADLMgIAxjcCAAxJAACBGRAA1hkQANN+AwBVAAAAtewIAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAABZ8GAKf7BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAAD9UgUAUlMFAOMaAgA4GwIAjRsCALfoCgBrlAAAwJQAABbpAADC5QIA5hgBAKf7BwC3SAAADEkAAKb3DAAB9wcA5l8PAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAABoxCgAajwEAb48BAO9iAwBEYwMACJYMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAAfcHAOZfDwCrUwEAcNQQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAEZbCQAB9wcA4WoJAO65AgAajwEAxOIDAL+UAQDnEQcArp0JAGuUAADAlAAAFukAAMLlAgDjGgIAtOgNAOy0CQBwjwAA67wCALecAQAMnQEA/UwLAFJNCwCnTQsAAPINAMCUAAAW6QAAwuUCAC5tDwBCEQIAA50KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEAp/sHAD0YAAC3SAAAt+gKAAiWDAAW6QAAwuUCAOcRBwDstAkAt0gAAMQ5AgDZJgAA4xoCALToDQDstAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCdBAkAPBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJuzBgAciAYAcYgGAElVDAC/lAEA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CAOcRBwDuuQIADekJAGLpCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAHkrBgDOKwYAaT0EALecAQAA8g0A5hgBAKf7BwA9GAAAt0gAALfoCgAB9wcA5l8PAMCUAAAW6QAAwuUCAEcOAABW8gwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAJ0ECQA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQAA8g0AQhECAGbkCgC/jQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAqJ0PAMCUAADZJgAAL8QMABc8AgDmGAEAqaYFALJLAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAK6dCQBOsQAAHIgGAHGIBgDGiAYAG4kGAHCJBgDFiQYA5hgBADsZAQC2kwsA4WoJABuCDQA3FQkATrEAAD6/AgCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAL+NCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgAB9wcA5l8PANkmAAA3FQkAbIUOAGuUAAAB9wcAzYcAAL+NCAAUjggAaY4IANEgDgAzaQ4A2BoNANbHDAAwdAYA5hgBAKf7BwD8+wcA4xoCAKidDwDAlAAATgUCAKMFAgDALxAAcI8AAKGnDAC3SAAAeSsGAOcRBwCunQkAt+gKAAzpCgBh6QoAt0gAAE4FAgDRIA4AM2kOANgaDQBqjAkAv4wJAD+7BQAuygcATgUCAHfSCwC4RgEADUcBAL2JDgASig4AZ4oOALyKDgARiw4A1scMADFqDwCGag8Av5QBABSVAQBplQEATgUCAHfSCwC4RgEADUcBAL2JDgASig4AZ4oOALyKDgARiw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAjmQNAONkDQA4ZQ0AjWUNAOJlDQA3Zg0A5xEHAE4FAgCjBQIALicAANPWAABOBQIA1scMACvIDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCANEgDgAzaQ4A2BoNAKMFAgDALxAAcI8AAKGnDAC3SAAAeSsGAOcRBwCunQkALm0PAD0YAACSGAAAEUMBADYdAgBqjAkAv4wJANrKBQDmXw8Am7MGAKOxAAAveQIAOW8CAGNFAgBGWwkAQrwBANEgDgBcngUA034DADLBDACHwQwA3MEMADHCDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAGuUAADAlAAAFukAAMLlAgBxLgsANxUJAGyFDgCdYAIATgUCAOa8BwAW5wIA5hgBAOMaAgC06A0AGo8BAGOaAgDNhwAAsksCAHkrBgDnEQcArp0JAE4FAgBoNwsAcIAPAMWADwAagQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIA9/wLAEz9CwCZVw8A7lcPAENYDwCYWA8AKdUBALJLAgB5KwYA4xoCALecAQAA8g0A0SAOABBDAgBlQwIAukMCAFyeBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAXJ4FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAA0SAOADNpDgAl2AIAetgCAOYYAQCppgUALm0PAMcsDAAcLQwAcS0MAMYtDACLHQIAvTcLABI4CwDstAkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAaowJAL+MCQC3SAAAG48AABc8AgCQuAwA5l8PAJuzBgCjsQAAL3kCADlvAgBjRQIA2soFAE4FAgDWxwwALm0PAAH3BwBOBQIAxywMABwtDABxLQwAxi0MABuPAABHDgAAjB4AAPf8CwBM/QsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEA1HEPADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAAB9wcATgUCANbHDAAubQ8AAfcHAE4FAgDHLAwAHC0MAHEtDADGLQwAG48AAEcOAACMHgAA5rwHABbnAgBr5wIAwOcCABXoAgBq6AIAB5YNAFyWDQCxlg0ABpcNAFuXDQAubQ8AB0sDAE6xAAD7AQMAOrsKAAHzCwBW8wsAq/MLAAD0CwBV9AsAqvQLANYaDwBwgA8AxYAPABqBDwBOBQIA1HEPAOy0CQC3SAAATgUCANRxDwDZJgAATgUCAOMaAgC06A0A7LQJAHCPAADrvAIAaowJAGw8AgDmbAIAO20CAC7KBwAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIA1HEPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOa8BwD99QwAUvYMAKf2DAD9UgUAx9YMABzXDADZcgkATgUCANPWAAAajwEAPBMGAAxJAABOBQIA1HEPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAPBMGAAxJAABOBQIA1HEPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAJC4DADluAwA7rkCABqPAQAB9wcA5l8PANPWAAAajwEAPBMGAAxJAABOBQIA1HEPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCAHfSCwAaMQoAGo8BAG+PAQDvYgMARGMDAAiWDABOBQIAkLgMAOZfDwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCANbHDAAxag8AhmoPAL+UAQAUlQEAaZUBAOYYAQCn+wcAPRgAALdIAABOBQIA0SAOADNpDgDYGg0AaDcLAL03CwC3SAAA/VIFANN+AwBOBQIA9/wLAEz9CwCh/QsAxywMAAdLAwBcSwMAsUsDAOYYAQCppgUAt5wBAGRCBABOsQAAa5QAAOMaAgC06A0A7LQJAHCPAADrvAIARw4AAE4FAgDUcQ8A7LQJALdIAABOBQIA1HEPANkmAABOBQIAaowJAGw8AgDmbAIAO20CALdIAAC36AoAQhECAAOdCgDAlAAATgUCAJC4DADluAwA7rkCABqPAQAB9wcA5l8PAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAAfcHAE4FAgDWxwwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIA4WYNADZnDQCLZw0A4GcNADVoDQCKaA0A32gNADRpDQCJaQ0A3mkNADNqDQCIag0A3WoNADJrDQCHaw0A3GsNADFsDQCGbA0A22wNADBtDQCFbQ0A2m0NAC9uDQCEbg0A2W4NAC5vDQCDbw0A2G8NAC1wDQCCcA0A13ANACxxDQCBcQ0A1nENACtyDQCAcg0A1XINABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAADnEQcA7LQJAE4FAgCLvQwA4L0MAO65AgAN6QkA1scMAC5tDwCDbQ8A2G0PAC1uDwCCbg8A124PAPf8CwBM/QsAof0LANN+AwAofwMAfX8DABc8AgBOBQIA5rwHADu9BwCQvQcA5b0HADq+BwAW5wIAa+cCAMDnAgAV6AIAXJ4FALGeBQAzFA4AG48AAOYYAQA9GAAATgUCAMCUAABjRQIA9/wLAGo0DAC/NAwAxywMABwtDADnGAAAPBkAAMzSCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgAIlgwATgUCAOMaAgA4GwIAjRsCAOIbAgB30gsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA2soFAE4FAgDmvAcAaDMPAL0zDwCySwIAt+gKAAzpCgCn+wcAPRgAALdIAABOBQIAkLgMAFb3BwAe0g8Ac9IPAOMaAgDNhwAAksEBAIweAADmvAcAFucCAMiADAAdgQwAcoEMAMeBDABOBQIA9/wLAGo0DAC/NAwA5rwHAGgzDwC9Mw8AOW8CALdIAAB5KwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAB5KwYAb48BAEIRAgBOBQIAkLgMAFSeDQDT1gAA9/wLAEz9CwCh/QsAaowJAL+MCQDPgwIA8LMGAO65AgAN6QkAYukJANN+AwBOBQIA5hgBADsZAQC2kwsAzYcAAC7KBwDhagkAb48BAEIRAgBOBQIAaowJAL+MCQDaygUAL8sFAITLBQAsIwYA9/wLAGo0DAC/NAwAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwDRIA4ALRgQAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAACEGA4ATgUCAPf8CwBM/QsAof0LAOYYAQCn+wcA/PsHADsZAQAXPAIA9/wLAGo0DAC/NAwA9/wLAEz9CwCh/QsAPwoMAJQKDADpCgwAd9ILALhGAQANRwEAs+oMAAjrDABd6wwAsusMAE4FAgDUcQ8A2SYAAE4FAgDmvAcAaDMPAL0zDwA5bwIAt0gAAHkrBgBvjwEAQhECAE4FAgAbjwAAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQDRIA4AM2kOANgaDQDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA1scMALJLAgDUcQ8Arp0JAE4FAgDmvAcAnA4AAB8tCQB0LQkAyS0JAB4uCQBOBQIAVQAAALdIAAB5KwYAb48BAEIRAgBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDANpwCgAvcQoA1HEPAK6dCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgCQuAwAVJ4NAOYYAQCppgUAGo8BAG+PAQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAOy0CQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQA/twkAlLcJAOm3CQA+uAkAk7gJAOi4CQA9uQkAkrkJAOe5CQA8ugkAkboJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCANEgDgAtGBAAYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAAfMLAFbzCwAh0Q0AdtENAMvRDQAg0g0AddINANRxDwCunQkATgUCAIu9DACm9wwARw4AALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCALfoCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIAsZ4FAHgmDADNJgwAIicMAHcnDADMJwwAISgMAHYoDADLKAwAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgBNqAoAoqgKAPeoCgBMqQoAoakKAPapCgBLqgoAoKoKAPWqCgBKqwoAn6sKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMAAPINAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCFwg0A2sINAC/DDQCEww0A2cMNAC7EDQCDxA0A2MQNAC3FDQCCxQ0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIA+kwOAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAaDcLAO1ZDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFGlCQAajwEAY5oCAADyDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDttgYAQrcGAJe3BgDstwYAQbgGAJa4BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgCv6w8ABOwPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAU/IPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgCo8g8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAB9wcAnQQJAGuUAABHDgAAx38OAJIYAAARQwEAt+gKAKtTAQCw7QwAxOIDAHaHAgC36AoACJYMABbpAADC5QIA4hMKAFyeBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAGjEKABc8AgC3SAAAt+gKAAiWDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAD8GEAAajwEA4xoCAKqkBgBsPAIAOW8CANN+AwBOBQIAxywMABwtDABxLQwAxi0MALecAQAMnQEAUasDAKarAwDmXw8AAfcHAPsBAwBUnwwAPBIHAJESBwDmEgcATgUCAOa8BwDfHgIAzYcAADlvAgBjRQIA2soFAE4FAgDUcQ8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAowUCADcVCQCMFQkASAoDAJ0KAwBJrAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAmawPAO6sDwC17AgACu0IAE4FAgDWxwwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgD3/AsAFD0EAGk9BAC3nAEAAPINAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBAAbLgwAcC4MAMUuDAAaLwwATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEABsuDABwLgwAxS4MABovDAC4RgEADUcBAL2JDgASig4AZ4oOALecAQDTfgMATrEAAM2GAQCisAIA2SYAADcVCQBCEQIAG48AABc8AgBjRQIA2soFAPsBAwDjGAQAM8AMAIjADADdwAwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBAB30gsA7wwEABbnAgBOsQAAzYYBADwSBwC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMA3xYKADQXCgCJFwoAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAPAOAQDEgQ8ATgUCAFyeBQAXPAIAY0UCAD+7BQCySwIAt+gKANbHDAAwdAYAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwCLvQwApvcMAEcOAAB2hwIAt5wBAAydAQD9TAsAUk0LAKdNCwBRpQkApvcMAEcOAAB2hwIATgUCANbHDAAubQ8AAfcHAE4FAgB30gsAGjEKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCANbHDAAubQ8AAfcHAE4FAgB30gsAGjEKABc8AgC3SAAA2BcQAAAAAABOBQIA1scMAC5tDwAB9wcATgUCAHfSCwAaMQoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDANEgDgAtGBAAYUkAAPAOAQBVAAAAGjEKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBADWxwwAw4MOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIA1scMAC7KBwCDygcA2MoHAC3LBwC36AoACJYMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgDWxwwAMHQGAEIRAgADnQoA5hgBAE4FAgD3/AsAPBMGAJETBgCQuAwA5l8PADtgDwC17AgAJnUPAHt1DwBHDgAATgUCANRxDwCunQkAAAAAAAAAAAD7AQMAlhEDADy5CgCRuQoA5rkKADu6CgBoNwsAcIAPAMWADwAagQ8A0SAOADNpDgDYGg0AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAci0LAMctCwAcLgsAJiEOAAiWDABdlgwAspYMAAeXDABclwwAsZcMAAaYDABbmAwAsJgMAJC4DAA3YxAAa5QAANEgDgAzaQ4A2BoNAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYA514PADwTBgC36AoAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFANUoAgAqKQIAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA5rwHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwDfFgoANBcKAIkXCgDeFwoAMxgKAIgYCgDdGAoASAoDAJ0KAwBJrAoAAkcMAEZbCQDstAkAt0gAALfoCgDRIA4AM2kOANgaDQCLvQwApvcMAEcOAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgBOBQIA9/wLAGo0DAC/NAwAG48AAHCPAAAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAGSPDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgBcngUAPr8CAF48EACzPBAACD0QALKVDQDZIwMAnA4AAOYYAQCn+wcAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAci0LAMctCwAcLgsAUaUJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAOYYAQBvNgUAxDYFABk3BQBuNwUAAfcHAOMaAgBOBQIA5hgBADsZAQC2kwsAC5QLAGCUCwDmGAEAbzYFAMQ2BQAZNwUAbjcFAE6xAACjsQAA+LEAAE2yAACisgAAqaYFADlvAgDnXg8AzYcAAC7KBwDmGAEA0NgBAHCPAAAHSwMATrEAAD6/AgCySwIAeSsGAOcRBwCunQkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAhcINANrCDQAOOA8AowIFAPgCBQBNAwUAogMFAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBOBQIAt5wBAGRCBABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgCooAwA/aAMANbHDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQA9Cg4AXvYAAIEkBQCm9wwARw4AAHaHAgC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkA1scMAC5tDwDTfgMATgUCANRxDwDZJgAATgUCANEgDgAtGBAAYUkAALZJAABVAAAAtewIAJuzBgAajwEAGi4NADcVCQBrlAAAAfcHAE4FAgDmGAEAbzYFAMQ2BQAZNwUAbjcFABLmBwCLvQwApvcMAEcOAAB2hwIAi70MAKb3DABHDgAAdocCAE4FAgBRpQkA034DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn7EEAPSxBADUdwkAKXgJAH54CQDTeAkAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgDUcQ8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIA0SAOAHkrBgDOKwYAIywGAAH3BwBOBQIA1HEPAOy0CQDTfgMARw4AAGTtAwC57QMAZEIEANUoAgBHDgAAZO0DALntAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCFwg0A2sINAC/DDQCEww0A2cMNAC7EDQCDxA0A2MQNAC3FDQCCxQ0A18UNACzGDQCBxg0A1sYNACvHDQCAxw0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgDUcQ8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIA0SAOAHkrBgDOKwYAIywGAAH3BwBOBQIA1HEPAOy0CQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKANRxDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgDRIA4AeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJABc8AgDnXg8AY5oCAAydAQBhnQEA034DANUoAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAwjkEAAnoDgB/GxAAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOYYAQBvNgUAxDYFABk3BQBuNwUAAAAAAPAOAQD6VgQA1scMAMODDgDZcgkALnMJAINzCQDYcwkAaowJAL+MCQDPgwIA8LMGABc8AgAB9wcATgUCANbHDAAuygcAg8oHANjKBwAtywcAt+gKAAiWDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIA1scMADB0BgBCEQIAA50KAOYYAQBOBQIA9/wLADwTBgCREwYAkLgMAOZfDwA7YA8AtewIACZ1DwB7dQ8ARw4AAE4FAgDUcQ8Arp0JAAAAAADEgQ8A/VIFAFJTBQCnUwUA/FMFAFFUBQCmVAUA8A4BAPpWBADWxwwAw4MOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIA1scMAC7KBwCDygcA2MoHAC3LBwC36AoACJYMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgDWxwwAMHQGAEIRAgADnQoA5hgBAE4FAgD3/AsAPBMGAJETBgCQuAwA5l8PADtgDwC17AgAJnUPAHt1DwBHDgAATgUCANRxDwCunQkAAAAAAMcsDAAcLQwA+wEDAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDmvAcAO70HAJC9BwAO7gMAY+4DALjuAwAN7wMAYu8DALKVDQAAAAAAAAAAAEcOAAAAAAAAAAAAAJ+xBAB22AYAy9gGAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwDfFgoANBcKAIkXCgB4LAYAzSwGACItBgD7AQMAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAD3VAkATFUJAKFVCQD2VQkAS1YJAOa8BwCcDgAAHy0JAHQtCQDJLQkAHi4JAE4FAgDWxwwA2SYAALdIAAC36AoACJYMAG+PAQBCEQIATgUCANEgDgAzaQ4ATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwCznAUACJ0FAF2dBQCynQUAB54FABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkA+wEDAM2HAAAG+AEAFzwCAGNFAgC3SAAA/VIFAFJTBQBrlAAARw4AAFUAAAC17AgACu0IABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgC36AoACJYMABbpAADC5QIAOrsKAI+7CgDkuwoAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAzYcAACKIAACyRQgAB0YIAAH3BwBOBQIA0SAOAC0YEABhSQAA5hgBAKmmBQD+pgUATgUCAGqMCQC/jAkAt0gAAP1SBQBSUwUAa5QAAEcOAABOBQIAd9ILAPKpDgAK7QgATgUCAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAGRCBAAUPQQATLIBADwTBgCREwYA09YAAFGlCQAajwEATrEAALJFCABOBQIA9/wLAGo0DAAB9wcA4WoJAMTiAwD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAITBDwAIlgwAFukAAMLlAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAITBDwAIlgwAFukAAMLlAgBrlAAAAfcHAOFqCQDE4gMAzzAAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEADHNAQCGzQEA280BADDOAQCFzgEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCFwg0A2sINAC/DDQCEww0A2cMNAC7EDQCDxA0A2MQNAC3FDQCCxQ0A18UNACzGDQCBxg0A1sYNACvHDQCAxw0Ad9ILAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgBICgMAnQoDAEmsCgACRwwARlsJAOy0CQC3SAAAt+gKANEgDgAzaQ4A2BoNAIu9DACm9wwARw4AADq7CgCPuwoA2soFAC/LBQCEywUALCMGAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCANbHDADT1gAAgiYCALdIAABOBQIA09YAAIImAgAwFg8AhRYPAMcsDAAcLQwAcS0MAMYtDAB30gsAGjEKAEcOAADrvQEAv5QBAOMaAgC3nAEAAPINANEgDgAzaQ4A2BoNAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDRIA4ALRgQAGFJAABqjAkAv4wJANrKBQAvywUAhMsFACwjBgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAAKMsMABnjAwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMACkEKAEz9CwCh/QsA4xoCAKqkBgD/pAYAVKUGAKmlBgA9GAAATgUCAOa8BwBoMw8AvTMPALJLAgAajwEAFD0EAKf7BwDnEQcA7LQJALdIAAC36AoACJYMABbpAADC5QIAq5oPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCHGQoA3BkKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA5rwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJANRxDwAXPAIATgUCAJC4DADluAwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBCvAEAG48AAHCPAAAHSwMABvgBAIXCDQDawg0AL8MNAITDDQDZww0ALsQNAIPEDQDYxA0ALcUNAILFDQDXxQ0ALMYNAIHGDQDWxg0AK8cNAIDHDQCpogkAaI4JALqRCQAPkgkAZJIJALmSCQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKANRxDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgDRIA4AeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJAHctBgDMLQYAIS4GAHYuBgDVxw0AKsgNAH/IDQDUyA0AKckNAH7JDQDTyQ0AKMoNAH3KDQDSyg0A4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYASVUMAIweAACeBQcAAPINAJuzBgC3SAAAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgBrlAAAwJQAABbpAADC5QIA7BECAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgA5Dw0Ajg8NAOMPDQA4EA0AjRANAOIQDQA3EQ0AnA4AAB8tCQB0LQkAyS0JAB4uCQDEOQIAPBIHAJESBwDmEgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD7AQMASQIKAMCUAAAW6QAAwuUCAD0YAACSGAAA7rMIAEO0CACYtAgA7bQIAEK1CACXtQgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIA0SAOAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCh/AwAw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHABaNBwDWxwwA2SYAALdIAAC36AoACJYMAOa8BwCMHgAAngUHAADyDQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgBoNwsAcIAPAMWADwAagQ8A2SMDAEavCgCbrwoA8K8KAEWwCgCasAoA77AKANN7BgAofAYAfXwGANJ8BgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgBjlgYAuJYGAA2XBgBilwYAt5cGAAyYBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIA0SAOADNpDgA8EgcAGjEKALecAQAMnQEAYZ0BANN+AwD7AQMAAAAAAE4FAgDRIA4AEEMCAGVDAgC6QwIAspUNAOa8BwD99QwAGo8BADwTBgDNhwAA4xoCALecAQAA8g0A5rwHAIweAADhHgAANh8AAIsfAADgHwAAn1oGAE4FAgCjBQIAL8QMAITEDADZxAwA0SAOAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAPsBAwBICgMAnQoDAEmsCgDWxwwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAADyDQDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGADa8DQCLvA0A4LwNABc8AgBGWwkAQq8OAJ9eAgDAlAAAAfMLAFbzCwAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAADyDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA034DAPsBAwC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACADnDAwAXPAIAY0UCALhFAgDALxAARw4AAIweAACroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYA2SMDAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAGg3CwBwgA8AxYAPABqBDwDVxw0AKsgNAGTgEAC54BAADuEQAGPhEAC44RAADeIQAGLiEAC34hAADOMQAGHjEADJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAIu9DACm9wwARw4AAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAElVDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIPLBgAxzQEARw4AAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYANrwNAIu8DQDgvA0ATgUCAOYYAQCppgUA034DAE4FAgDHLAwAHC0MAHEtDADGLQwA4xoCAKidDwDWxwwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAFyeBQCxngUAeCYMAM0mDAAiJwwAdycMAMwnDAAhKAwAdigMAMsoDAAgKQwAdSkMAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CALiQDAA3FAoAM2kOANgaDQD3/AsAVQAAACKIAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYANrwNAIu8DQDgvA0AUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCALToDQDnEQcAt0gAAEcOAAB2hwIA/VIFAMfWDACZrA8ATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIAQrwBAF72AAD7AQMA+AQDAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAAIu9DADgvQwANb4MAIq+DABqjAkAAfMLAFbzCwBOBQIA1HEPAOy0CQC3SAAATgUCANRxDwDZJgAATgUCANbHDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAElVDABOBQIA0SAOADNpDgDYGg0A0SAOAM2HAAC/jQgASl4CAE4FAgDRIA4ALm0PANN+AwBOBQIA1HEPANkmAABOBQIA0SAOAC0YEABhSQAAtkkAAAtKAABrlAAAAfcHAE4FAgDjGgIAqqQGAP+kBgBUpQYAqaUGAP6lBgC3nAEAzYcAAJLBAQB2hwIAeSsGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALJFCADLMgIAr+sPAATsDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICAFPyDwCo8g8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYANrwNAIu8DQDgvA0AAAAAAFUAAAC17AgAJnUPAEcOAACMHgAAzYcAADlvAgBOsQAAskUIAFUAAAB9KwIAyzICAK/rDwAE7A8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgBT8g8AqPIPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGADa8DQCLvA0A4LwNALecAQBkQgQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDacAoAjB4AAOEeAAAW6QAAwuUCAPsBAwC3SAAA/VIFAMfWDADmbAIARw4AAFUAAAAaMQoAFzwCALdIAAD7AQMAt0gAAP1SBQDH1gwA5mwCAEcOAABVAAAAGjEKABc8AgC3SAAA+wEDAEkCCgDAlAAAFukAAMLlAgCSFAQA5xQEADwVBACRFQQA5hUEADsWBACQFgQA618KAG3dCgDC3QoAF94KAGzeCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKANXHDQAqyA0Af8gNANTIDQApyQ0AfskNANPJDQAoyg0AfcoNANLKDQAnyw0AfMsNANHLDQAmzA0Ae8wNANDMDQBk4BAAueAQAA7hEAA9GAAA8A4BAMSBDwBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAHItCwDHLQsAHC4LAOa8BwCMHgAA4R4AADYfAACLHwAA5RYEADoXBACPFwQA5BcEADkYBACOGAQAQ7gEAJi4BADtuAQA1SgCACopAgD9UgUAx9YMAOZsAgBHDgAAVQAAABoxCgAXPAIAt0gAAMsyAgBT8g8AqPIPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGADa8DQCLvA0A4LwNADW9DQCKvQ0A370NADS+DQCJvg0A3r4NADO/DQCIvw0A3b8NADLADQBoNwsAcIAPAMWADwAagQ8AweYCAD6/AgBePBAAszwQAAg9EABdPRAAsj0QAAc+EABcPhAAsT4QADF1BACGdQQA23UEADB2BACFdgQA2nYEAC93BACEdwQA2XcEAC54BACDeAQA2HgEAC15BACCeQQA13kEACx6BACBegQA1noEACt7BACAewQA1XsEACp8BAB/fAQA1HwEACl9BAB+fQQAhxkKAD6/AgBePBAAszwQAAg9EABdPRAAsj0QAAc+EABcPhAAsT4QAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBAC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAEgKAwBrlAAA09YAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYANrwNAIu8DQDgvA0Arp0JAJIYAACt8goAAvMKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEASAoDAJ0KAwBJrAoA1scMAKGmDQBkQgQA7rkCAA3pCQDHLAwAHC0MAK3yCgAC8woARw4AAE4FAgCjBQIAL8QMAITEDADZxAwALsUMAPf8CwBM/QsAof0LANN+AwAofwMAfX8DABc8AgBOBQIAXJ4FAKOxAAAbjwAARw4AAHaHAgC36AoATgUCAMcsDAAcLQwArfIKAALzCgDWxwwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAHIgGAHGIBgDGiAYAG4kGANrKBQBOBQIA09YAAFGlCQAajwEAY5oCAADyDQBoNwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgAajwEAb48BAEIRAgBOBQIA1scMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA7vQcAkL0HAOW9BwA6vgcAj74HAOS+BwA5vwcAjr8HANEgDgBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDANEgDgAtGBAAYUkAAIu9DACm9wwARw4AAHaHAgDRIA4AeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCANRxDwA8EgcAkRIHAOYSBwBOBQIA0SAOAE6xAABVAAAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA09YAABqPAQA8EwYADEkAAE4FAgCLvQwApvcMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgB30gsAuEYBAA1HAQDuuQIAGo8BAAH3BwDmXw8AwJQAAPsBAwDjGAQAM8AMAIjADADdwAwAweYCADHKBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAZO0DALntAwAS5gcAZ+YHALzmBwAR5wcAZucHALvnBwAQ6AcAZegHANgXEAD1BwMATrEAAFUAAABOBQIAd9ILALhGAQANRwEA7rkCABqPAQAB9wcA5l8PAMCUAAD7AQMA4xgEADPADACIwAwA3cAMAMHmAgAxygQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAAAfcHAFb3BwCZrA8At0gAAHkrBgDuuQIADekJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINANRxDwAXPAIATgUCAJC4DABUng0AqZ4NAP6eDQBTnw0AqJ8NAP2fDQBSoA0Ap6ANAPygDQBRoQ0ApqENAPuhDQAB9wcARw4AAE4FAgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAADyDQDUcQ8AFzwCAE4FAgCQuAwAVJ4NAKmeDQD+ng0AU58NAKifDQD9nw0AUqANAKegDQD8oA0AUaENAKahDQD7oQ0ATgUCAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINANRxDwAXPAIATgUCAJC4DABUng0AqZ4NAP6eDQBTnw0AqJ8NAP2fDQBSoA0Ap6ANAPygDQBRoQ0ApqENAPuhDQDYFxAAkhQEADcVCQCMFQkA4RUJAMcsDAAcLQwAcS0MAMYtDAAbLgwAcC4MAMUuDAAaLwwAAAAAAM2HAAC/jQgAFI4IAGRCBAD7AQMAFzwCAOdeDwBvjwEAQhECAAOdCgDAlAAAFukAAMLlAgBrlAAA5hgBAE6xAAA+vwIAIogAALJFCAAHRggARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAwuUCADHNAQBHDgAA+wEDANkjAwBGrwoAm68KAPCvCgBFsAoAmrAKAO+wCgCylQ0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAHItCwDHLQsAjBQKAOEUCgA2FQoAeCwGAM0sBgAiLQYAMhkKANEgDgAzaQ4AAfcHAOZfDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAC0YEABhSQAAxosDABuMAwBwjAMAxYwDABqNAwBvjQMAxI0DABmOAwDWxwwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAADyDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDANbHDACySwIA4RAOAC0YEAAajwEAxOIDABnjAwDmGAEAOxkBAOYYAQCn+wcAPRgAAPAFCgBFBgoAmgYKAKigDAD9oAwA5hgBAKmmBQA5bwIASl4CAJ9eAgAB9wcATgUCAJC4DADmXw8AzYcAAOC9DAA1vgwAir4MAN++DAA0vwwAib8MAN6/DADMew0ALm0PAAH3BwBOBQIA9/wLAGo0DAC/NAwAg8UMAOW4DADE4gMA4XMAAOMaAgC3nAEAAPINAAH3BwBOBQIAG48AAHCPAAC3SAAAeSsGAGOaAgBOBQIA0SAOAHkrBgDOKwYAIywGAAH3BwBOBQIAaowJAL+MCQC3SAAA/VIFALecAQBkQgQAuUIEAKj9BABOsQAAyzICAFPyDwCo8g8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYANrwNAIu8DQDgvA0APwYQAIweAADhHgAANh8AAIsfAADgHwAAAfcHAOZfDwDNhwAALsoHAPsBAwCdBAkA09YAAD0YAAD7AQMAUaUJAKb3DABHDgAAdocCALecAQAMnQEA9f8KAEoACwCfAAsA9AALALXsCAAK7QgAFukAAMLlAgBUnwwAPBIHAJESBwDmEgcATgUCABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQDmvAcAaDMPAL0zDwCySwIAG48AAEcOAABOBQIAUaUJALiQDACbswYASl4CAJ9eAgAB9wcAnQQJADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAh3AIANxwCAAxcQgAhnEIAAH3BwBOBQIA1HEPAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAC/EDAAXPAIATgUCANRxDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggACu0IAGw8AgCySwIAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgA5Dw0Ajg8NAOMPDQA4EA0AjRANAOIQDQA3EQ0ARQ0DANDYAQC3SAAAzYcAALJLAgC36AoA1HEPADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgATgUCANEgDgB5KwYAzisGACMsBgAB9wcATgUCANRxDwDstAkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBALaTCwDhagkAG4INANN+AwBOBQIAXJ4FALGeBQB4JgwAcI8AALdIAAC36AoA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgAvxAwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAUaUJAKb3DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAw4oHAAAAAAC3nAEA+wEDAEgKAwCdCgMASawKAIu9DACm9wwARw4AAHaHAgBHDgAATgUCANbHDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINAPf8CwBM/QsAof0LAD8KDACUCgwA6QoMAHfSCwAaMQoAbzEKAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJAVBQAXPAIAY0UCAD+7BQCySwIAt+gKAOa8BwCMHgAARw4AAOu9AQC/lAEA5xEHALecAQC3nAEATgUCAIu9DACm9wwARw4AAHaHAgBe9gAAKMsMAJ+xBADRIA4A/VIFAFJTBQBrlAAAAfcHAE4FAgCjBQIAL8QMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANN+AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAArfIKAALzCgBHDgAA2SYAADnFAQCOxQEA48UBAOZfDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAhcINANrCDQB4JgwAzSYMACInDAB3JwwAzCcMACEoDAB2KAwAyygMAGqMCQC/jAkAP7sFAJS7BQDpuwUATgUCANbHDAAubQ8A034DAE4FAgBcngUAsZ4FAAafBQBI/g4Anf4OACKIAADZcgkATgUCAHfSCwAaMQoAGo8BAG+PAQCySwIARw4AAPsBAwBICgMAnQoDAEmsCgCerAoAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYATgUCANbHDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAAPINAKMFAgAvxAwAFzwCAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYA9FoGAOEeAAAW6QAAwuUCAIweAADhHgAAFukAAMLlAgDVxw0AKsgNAH/IDQDUyA0AKckNAH7JDQDTyQ0AKMoNAH3KDQDSyg0A1SgCABc8AgBjRQIAuEUCAMAvEABHDgAAjB4AAC0bDQBfSQIA+qcIAE+oCABOBQIA5rwHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFGlCQCm9wwA7LQJAEcOAACMHgAARlgMAEBeDAAXPAIA514PAO65AgAN6QkAYukJAMsyAgCv6w8AwJQAABbpAADC5QIAyzICAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgCfXgIAwJQAABbpAADC5QIA1ccNACrIDQAihwEAd4cBAAaVDwAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADRIA4ALRgQAGFJAABoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEA72IDAE4FAgAbjwAAFzwCALecAQD7AQMATAkAAFGlCQCmpQkA+6UJAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDRIA4ALRgQAGFJAABjmQMAVJ4NAPIECQBHBQkAnAUJAPEFCQBZSAkAkLgMAFb3BwBrlAAA5hgBADsZAQBjmQMAVJ4NAPIECQBHBQkAnAUJAPEFCQBZSAkAkLgMAFb3BwBrlAAA5hgBADsZAQCQGQEATgUCAGqMCQAB8wsAVvMLACHRDQB20Q0Ay9ENACDSDQBrlAAAwJQAAOYYAQBMsgEAxOIDAOu9AQC/lAEA5xEHAK6dCQBOBQIAkLgMAOZfDwA9GAAAB0sDAGuUAAAB9wcATgUCANPWAABRpQkAGo8BAGOaAgAA8g0A0SAOAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCANEgDgAzaQ4A2BoNAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDRIA4ALRgQAGFJAABjmQMAVJ4NAPIECQBHBQkAnAUJAPEFCQBZSAkAkLgMAFb3BwBrlAAA5hgBADsZAQCQuAwAN2MQAIxjEADhYxAANmQQAItkEADgZBAAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFACbRCADnEQcAw4oHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADPADACIwAwA3cAMALw2DQBRpQkAGo8BAGOaAgAA8g0AowUCAC4nAAC3SAAATrEAALJFCAAajwEAb48BAEIRAgBOBQIA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAANbHDACZrA8AGo8BAE4FAgDuuQIADekJAGLpCQBJVQwAv5QBAOcRBwCunQkA+wEDABqPAQBjmgIAAPINAD0YAACSGAAAEUMBANkmAAAvxAwAhMQMANnEDAAuxQwAQL0CAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQAAAAAAXPYCALH2AgDHLAwAHC0MAOcYAAC/jwYAFJAGAPr6CgBP+woApPsKAKMFAgA3FQkAjBUJAOEVCQDUcQ8AFzwCAE4FAgCQuAwA5bgMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAGg3CwC9NwsAEjgLAGc4CwC8OAsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIAAfMLAFbzCwAAAAAAAfcHAJ0ECQDyBAkARwUJAJwFCQDxBQkAbzIJAMQyCQAZMwkAbjMJAMOKBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAL8QMAITEDADZxAwALsUMAEC9AgDAlAAAFukAAMLlAgDLMgIAPwYQAJwOAAAfLQkAGy4MADcVCQBshQ4AnWACAE4FAgDWxwwAMHQGAO65AgBDugIAmLoCAGRCBAAB9wcATgUCAJC4DABUng0A8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAO65AgAajwEAFzwCAEZbCQCunQkA5hgBAKf7BwA9GAAA09YAAOcRBwAXPAIASl4CAGSPDABvjwEAQhECAE4FAgBcngUAsZ4FAAafBQBI/g4Anf4OAPL+DgBH/w4AnP8OAPH/DgBOBQIAaowJAAHzCwBW8wsAq/MLAAD0CwBV9AsAqvQLABvXDQBw1w0A/VIFAMfWDACySwIAt+gKAEIRAgBOBQIA9/wLAGo0DAC/NAwAaDcLABqPAQA8EwYADEkAAGFJAADGiwMATgUCAMcsDAAcLQwAcS0MAMYtDABqjAkAAfMLAFbzCwAh0Q0AdtENAMvRDQAg0g0AddINANRxDwAXPAIATgUCAOYYAQBMsgEAxOIDAM8wAADNhgEAorACANkmAAA3FQkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIAP7sFALJLAgC36AoAkLgMAFSeDQDyBAkARwUJAJwFCQDxBQkAWUgJAHfSCwC4RgEADUcBAO65AgAajwEAAfcHAOZfDwDnEQcA5xEHALdIAAC3nAEAAPINAEcOAADrvQEATgUCAJC4DABUng0A8gQJAEcFCQCcBQkA8QUJAFlICQDHLAwAHC0MAHEtDADGLQwAGy4MAHAuDADFLgwAGi8MAJC4DABUng0A8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGABqPAQDNhwAAv40IAE4FAgDRIA4ATrEAAFUAAAD7AQMATgUCAAnoDgB/GxAAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAF72AAAAAAAAn7EEADRnDwAvxAwAFzwCALdIAAB5KwYA7rkCAA3pCQCeBQcA034DAE4FAgBqjAkAv4wJABSNCQBpjQkAvo0JABOOCQBOBQIA9/wLAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADjGAQAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAEgKAwCdCgMAim4HAAnoDgBrlAAAq1MBALDtDADE4gMAdocCAHkrBgBvjwEAQhECAE4FAgCQuAwAVJ4NAOYYAQCppgUAGo8BACbRCAB70QgA0NEIACXSCAB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAFzwCAGNFAgC4RQIAwC8QAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAPsBAwAAAAAAt5wBAEcOAAD7AQMAAAAAABuPAABwjwAAB0sDAAb4AQD7AQMAAAAAAOMaAgC3nAEAAPINANEgDgAzaQ4A2BoNAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDRIA4ATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAADmvAcA670BAEC+AQD7AQMAAAAAAD0YAAA9GAAAa5QAAJuzBgC3SAAAeSsGAOcRBwCunQkATgUCAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAIltCQC3SAAAeSsGAM4rBgAjLAYAAfcHAJ0ECQDstAkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBKpRAAGjEKAG8xCgDEMQoAXvYAAIEkBQCm9wwARw4AAHaHAgA9Cg4AaowJAL+MCQA/uwUAlLsFAOm7BQBOBQIAkLgMAFb3BwAe0g8Ac9IPAOMaAgDNhwAAksEBAIweAADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA1scMALJLAgAbjwAAt5wBAAH3BwBOBQIAxywMABwtDABxLQwAxi0MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwAXPAIAY0UCALhFAgDALxAARw4AAIweAADmXw8AwJQAABbpAADC5QIAa5QAAMCUAAAW6QAAo/0JAPj9CQDnGAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGANPWAAAajwEAb48BAGuUAADAlAAAFukAAMLlAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgBT8g8AqPIPAKKwAgA5wwMAjsMDAOPDAwA4xAMAhMEPANnBDwAuwg8Ag8IPANjCDwAtww8AgsMPANfDDwCFwg0A2sINAC/DDQCEww0A2cMNAC7EDQCDxA0A2MQNAC3FDQCCxQ0A18UNACzGDQCBxg0A1sYNACvHDQCAxw0A5xEHAEcOAABOBQIAaDcLAHCADwDFgA8AGoEPAAAAAAAAAAAAAAAAALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQCw7QwA5xEHAK6dCQBOBQIAaowJAL+MCQAUjQkAaY0JAL6NCQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIAN2MQAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgDWxwwA4xoCAEIRAgADnQoAngUHAADyDQBRpQkAPRgAAGuUAACrUwEAsO0MAAAAAAA9GAAATgUCAGqMCQC/jAkAUaUJABuPAABHDgAA4XMAAC7KBwBHDgAA670BAL+UAQDnEQcArp0JAGuUAABqjAkA514PABouDQA3FQkAG48AALdIAADNhwAAsksCAAAAAADnEQcATgUCAGqMCQC/jAkAz4MCACSEAgBHDgAA4XMAAC7KBwA9GAAAkhgAAPsBAwBJAgoAngIKAPMCCgBIAwoAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAGuUAACbswYA8LMGAEW0BgCatAYA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQATgUCANEgDgB5KwYAzisGACMsBgAB9wcATgUCANRxDwDstAkAeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAPwYQAJwOAAAfLQkAdC0JAMktCQAeLgkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgA5Dw0Ajg8NAOMPDQA4EA0AjRANAOIQDQA3EQ0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBICgMAnQoDAEmsCgCerAoA86wKAEitCgCdrQoA8q0KAKMFAgA3FQkAjBUJAOEVCQDUcQ8AFzwCAE4FAgCQuAwA5bgMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgC/jQgAAPINAMCUAAAW6QAAwuUCAOcRBwDnEQcAt5wBAE4FAgDRIA4AeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJALdIAABOBQIA09YAAFGlCQAajwEAY5oCAADyDQDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgAvxAwAFzwCAE4FAgDWxwwALm0PAINtDwDUcQ8APBIHAJESBwDmEgcATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAPf8CwBqNAwAvzQMAMcsDAAcLQwAcS0MAMYtDACdqg0A8qoNAEerDQCcqw0A8asNAEasDQCbrA0A8KwNACwnAgCBJwIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgDRIA4AeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJALdIAABOBQIA1scMANkmAAC3SAAAt+gKAAiWDAAA8g0AwJQAABbpAADC5QIAq5oPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAKBVCgD1VQoASlYKAJ9WCgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAXvYAANPWAACCJgIAGo8BADwTBgCWEgIAFzwCAGNFAgA/uwUAsksCALfoCgDDgw4AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDANRxDwDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAGg3CwDtWQ4AAFQBAFVUAQBL/QwAoP0MAPX9DABK/gwAn/4MANPWAABRpQkAuJAMAD0YAABOBQIA0SAOAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCANEgDgAzaQ4A2BoNAFyeBQCxngUABp8FAFufBQCwnwUABaAFAEcOAABOBQIAXJ4FALGeBQB4JgwAzSYMACInDAB3JwwAzCcMACEoDAB2KAwAyygMACApDAB1KQwA1scMAMODDgAAAAAAG48AABqPAQAXPAIAY0UCANrKBQBOBQIAowUCABc8AgBGWwkA5hgBAE4FAgDRIA4ALRgQAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDTfgMAGo8BAG+PAQBCEQIATgUCAJC4DABW9wcAHtIPAHPSDwDjGgIAzYcAAJLBAQCMHgAAnaoNAMODDgAAAAAAG48AABqPAQAXPAIAY0UCANbHDAAwdAYAaowJAL+MCQBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAACjBQIAFzwCAEZbCQDmGAEATgUCAPf8CwA8EwYARw4AAE4FAgB30gsAuEYBAOdeDwAUPQQAqaYFADlvAgDTfgMATgUCAKMFAgD4BQIAIogAANlyCQDEOQIAFzwCANN+AwBOBQIA1HEPABc8AgBOBQIA5rwHAJwOAADstAkAFzwCAE6xAAA9GAAAa5QAAKtTAQD7AQMA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDWxwwAw4MOAAAAAAAbjwAAGo8BABc8AgDnXg8Ab48BAEIRAgBOBQIA1scMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBrlAAAt0gAAM2HAAAuygcAAfcHABc8AgDnXg8Ab48BANkmAAAvxAwATgUCAGg3CwC9NwsAEjgLABFDAQDZJgAAL8QMAITEDADZxAwALsUMAM2HAAAajwEA1SgCAM2HAAAlzQ0AZuQKALvkCgBvjwEANRMNAP1SBQDH1gwA5mwCAEcOAAChWwMAzYcAALJLAgC36AoAi70MAKb3DABHDgAAdocCAE4FAgDHLAwAX0kCALRJAgAJSgIA5xgAAL+PBgAUkAYA+voKAE/7CgCk+woA+fsKAE78CgCj/AoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDE4gMA4xoCAKidDwBRpQkAzYcAAO65AgAajwEAb48BACYhDgAM6QoAYekKALbpCgAL6goAYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoA5bgMADZrCQCLawkA4GsJABuPAAAB9wcAaowJAL+MCQA/uwUALsoHAE4FAgAbjwAAAfcHAAAAAADnEQcATgUCANEgDgB5KwYAzisGACMsBgB4LAYAzSwGAFGlCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgDVKAIAQhECAAOdCgBYnQoArZ0KAAKeCgBXngoArJ4KAGNFAgBHDgAA670BAIweAABHDgAA+wEDAEIRAgADnQoAWJ0KAK2dCgACngoAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKMFAgAvxAwAFzwCANRxDwAXPAIATgUCAOa8BwCMHgAA4R4AADYfAAAajwEATrEAAGuUAADHLAwAHC0MAHEtDADGLQwASl4CAA6SCgCSGAAA09YAAFGlCQCm9wwARw4AAHaHAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGmQBgC+kAYAE5EGAGiRBgC9kQYAEpIGANbHDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAC/EDACExAwA2cQMADwSBwCREgcA5hIHAE4FAgDRIA4ATrEAAFUAAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAM2HAAAajwEAa5QAAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQBrlAAA5hgBAFUAAAAaMQoAFzwCAGw8AgA5bwIA034DAE4FAgCjBQIA+AUCAE0GAgCooAwA/aAMAPf8CwBM/QsAof0LAMcsDABfSQIAtEkCAAlKAgBqjAkAv4wJAEcOAACcDgAAt5wBABuPAAC3SAAAeSsGAOcRBwAB9wcA5l8PAD0YAABfSQIAtEkCAAlKAgDHLAwAHC0MABc8AgBOBQIA5rwHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgB30gsAuEYBAA1HAQDuuQIAGo8BAAH3BwDmXw8ATrEAALJFCABOBQIAi70MAKb3DABHDgAAdocCAE4FAgD3/AsAajQMAL80DABKXgIADpIKAJIYAADT1gAA5xEHAEKvDgAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgCooAwA/aAMAKIGAgAHSwMA5xEHAMsyAgBT8g8AskUIAM2HAAAubQ8APRgAAGuUAACeBQcARw4AAMsyAgDx/g8ARv8PABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCAA3pCQAB9wcAVvcHAC7KBwAB9wcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAEgKAwBfSQIAtEkCAAlKAgB9zQoA0s0KACfOCgB8zgoA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgBOBQIAKMsMAJwOAAAfLQkAdC0JAMktCQAeLgkAauEJAC8bCwCEGwsA2RsLAAiWDAAW6QAAwuUCAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAE4FAgDWxwwAMHQGAMcsDABrlAAA09YAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwD7AQMAQrwBADi+CQCNvgkA4r4JADe/CQCMvwkA4b8JADbACQCLwAkAhMcJAAAAAAAAAAAAAAAAAH3OCQDSzgkAJ88JAHzPCQDRzwkAJtAJAHvQCQDQ0AkAAAAAAAAAAAAl0QkAetEJAM/RCQDCOQQAxN8GABngBgCjBQIAL8QMAITEDADZxAwA+wEDAOMYBAA4GQQAcNQQAMXUEAAa1RAAb9UQAM2HAADjGgIAt5wBAADyDQCjBQIANxUJAIwVCQDhFQkAxywMABwtDABxLQwAxi0MABsuDABwLgwAxS4MABovDABrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAA+wEDAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJANRxDwAXPAIATgUCAJC4DADluAwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgAJ6A4A+wEDAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAA514PAG+PAQBCEQIATgUCANEgDgB5KwYAzisGACMsBgAB9wcATgUCANRxDwDstAkAt0gAAE4FAgDWxwwA2SYAALdIAAC36AoACJYMAMOKBwA+vwIAk78CAPsBAwDWxwwAoaYNABSOCABpjggA4xoCAKqkBgD/pAYAVKUGAKmlBgD+pQYAJ9IGAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDacAoAL3EKANbHDAAryAwAgMgMANXIDABUng0A09YAAPSxBADWxwwAK8gMAI5vAgDjbwIAOHACAI1wAgDicAIAN3ECAE4FAgAyag4AAAAAAE4FAgDLeRAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAJ+xBADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgConQ8A1HEPANkmAABOBQIA0SAOABBDAgBlQwIAukMCAN1oDwDtWQ4A9wYCAEwHAgChBwIA9gcCAEcOAABOBQIAd9ILAMzSCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgAIlgwATgUCAAAAAABOBQIA0SAOADNpDgDYGg0A4xoCAKidDwBqjAkAv4wJAEcOAACcDgAA7LQJABc8AgBOsQAAa5QAACwnAgCBJwIAwJEDALToDQDnEQcAt5wBAE4FAgBCEQIAGo8BAO65AgAN6QkAAPINAFXyDQAubQ8Ag20PAEIRAgAajwEA7rkCAA3pCQDKhQUAA/sBAABTAgBVUwIATgUCAEIRAgAajwEA7rkCAA3pCQDmGAEAbzYFAMQ2BQAZNwUAbjcFAJ+xBADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgConQ8A1HEPANkmAABOBQIA0SAOABBDAgBlQwIAukMCAOYYAQBvNgUAxDYFABk3BQBuNwUAwzcFACwnAgCBJwIAwJEDALToDQDnEQcAt5wBAE4FAgBCEQIAGo8BAO65AgAN6QkAyoUFAAP7AQAAUwIAVVMCAE4FAgBCEQIAGo8BAO65AgAN6QkA5hgBAG82BQDENgUAGTcFAG43BQDDNwUALCcCAIEnAgDAkQMAtOgNAOcRBwC3nAEATgUCAEIRAgAajwEA7rkCAA3pCQAA8g0AVfINAC5tDwCDbQ8AQhECABqPAQDuuQIADekJAMqFBQAD+wEAAFMCAFVTAgBOBQIAQhECABqPAQDuuQIADekJAAH3BwA3YxAAt5wBAADyDQA9GAAAkhgAABFDAQDZJgAAL8QMAITEDADZxAwALsUMAEC9AgDAlAAAFukAAMLlAgBICgMAnQoDAEmsCgDmGAEAOxkBALaTCwALlAsAYJQLALWUCwDHLAwAX0kCALRJAgAJSgIAAfcHAOYYAQA7GQEAtpMLAAuUCwBglAsAtZQLAMcsDABfSQIAtEkCAAlKAgAB9wcA5hgBADsZAQC2kwsAC5QLAGCUCwC1lAsAd9ILAMzSCwAh0wsAdtMLAMvTCwAg1AsAddQLALecAQAMnQEAUasDAKarAwBOBQIAG48AABc8AgC3nAEAaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAPf8CwAUPQQAaT0EAL49BAATPgQAaD4EAE4FAgBoNwsAvTcLALdIAAD9UgUA034DAE4FAgCjBQIAL8QMABc8AgBOBQIAd9ILAMzSCwAh0wsAdtMLAMvTCwAg1AsAddQLACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAKMFAgAvxAwAhMQMANnEDAAuxQwA9/wLADwTBgCREwYA9/wLAEz9CwCh/QsA9v0LADB0BgB30gsAzNILACHTCwB20wsAy9MLACDUCwB11AsAyzICADHNAQBHDgAAnA4AAOYYAQCppgUAsksCAE6xAACyRQgAGo8BAG+PAQBCEQIATgUCAHfSCwDM0gsAIdMLAHbTCwDL0wsAINQLAHXUCwCjBQIAL8QMABc8AgBOBQIA8A4BAO5ZDQBKpRAAn6UQAMcsDAAcLQwAcS0MAMYtDAB30gsAuEYBAGNFAgC4RQIANxUJAL3eDgBrlAAAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAAAAAABOBQIA1HEPABc8AgBOBQIA2MMOAAAAAABOBQIA1HEPABc8AgBOBQIA2MMOAC3EDgCdqg0AMHQGAJC4DADmXw8AO2APALXsCAAmdQ8Ae3UPAOZfDwA9GAAATrEAAFUAAACqAAAAHdcLAHLXCwDH1wsAHNgLAHHYCwDmGAEAqaYFAC5tDwAD+wEAzYcAAL+NCAAUjggAIogAAEpeAgCDywYAJc0NAAOdCgCLvQwA4L0MADW+DACKvgwAxywMABwtDABxLQwAxi0MAOMaAgConQ8Aa5QAAD0YAABOBQIAowUCAC/EDACExAwA2cQMAC7FDAD3/AsATP0LAL6GEAAThxAAaIcQAL2HEAASiBAAAPINAAH3BwDLMgIATgUCANEgDgD9UgUA034DAE4FAgDRIA4AM2kOANgaDQD3/AsATP0LAL6GEAAThxAAaIcQAL2HEAASiBAA9/wLADwTBgD7AQMASAoDAEqlEACfpRAA9KUQAPf8CwBM/QsAvoYQABOHEABohxAAvYcQABKIEAB30gsAt5wBAADyDQBV8g0AksEBAIweAABqjAkAAfMLAFbzCwBOBQIATAkAAD0YAABKpRAAn6UQAPSlEAD3/AsATP0LAL6GEAAThxAAaIcQAL2HEAASiBAAG48AAHCPAAC3SAAAeSsGAM4rBgAjLAYAa5QAAMCUAAAW6QAAwuUCALecAQAMnQEAUasDAKarAwBOBQIA5rwHAP31DABOsQAAskUIAE4FAgCjBQIANxUJAIwVCQDhFQkACegOAF7oDgBCEQIAA50KAOYYAQBOBQIAGo8BAG+PAQBOBQIA1scMAC5tDwDTfgMATgUCANRxDwDZJgAATgUCANEgDgAtGBAAYUkAALZJAACcDgAA7LQJABc8AgBOsQAAa5QAALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CANN+AwBOBQIA9/wLAEz9CwC+hhAAE4cQAGiHEAC9hxAAEogQAADyDQAB9wcATgUCAEIRAgADnQoA5hgBANEgDgAtGBAAYUkAAEIRAgADnQoA5hgBAEcOAABOBQIA1scMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCQuAwAFzwCAOdeDwDuuQIADekJAGLpCQBOBQIAowUCAC/EDACExAwA2cQMAC7FDACjBQIAL8QMABc8AgBOBQIAMc0BAAH3BwDjGgIATrEAAMd/DgCSGAAAEUMBANkmAAAvxAwAhMQMANnEDAAuxQwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDDigcAo7EAAC95AgCEeQIA2XkCAAH3BwDmXw8A2SYAANkmAAAvxAwAhMQMANnEDAAuxQwAQL0CAMCUAAAW6QAAwuUCACvIDAC3SAAAeSsGABouDQA5xQEAIogAANlyCQAbjwAAFzwCANEgDgAzaQ4A2BoNAKMFAgA3FQkAbIUOAJ1gAgB32gMAzNoDACHbAwB22wMAy9sDACDcAwB13AMAytwDAOMaAgConQ8AaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAAH3BwD7AQMAPRgAAJIYAAARQwEANh0CAHEuCwDGLgsAGy8LAHAvCwCjBQIAwC8QAHCPAAChpwwAt0gAAHkrBgDnEQcArp0JALdIAAC36AoAPRgAAEcOAAC/lAEA5xEHAK6dCQDE4gMAGeMDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgBOBQIAaDcLAO1ZDgAXMgwAbDIMAMEyDAAWMwwAazMMAMAzDAAVNAwAkLgMABc8AgDnXg8A7rkCAA3pCQBOBQIAlhICAOsSAgCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAPsBAwCjBQIAL8QMABc8AgBOBQIAd9ILAAH3BwCdBAkATgUCAPf8CwBqNAwAvzQMAMcsDAAcLQwAcS0MAMYtDAC3nAEADJ0BAFGrAwCmqwMA5l8PAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgDaygUATgUCAOYYAQA7GQEAtpMLAAuUCwBglAsAtZQLAHfSCwC4RgEADUcBAO65AgAajwEAAfcHAOZfDwBHDgAATgUCAHfSCwDM0gsAIdMLAHbTCwDL0wsAINQLAHXUCwBCEQIAlxECAE4FAgCjBQIANxUJAIwVCQDhFQkARw4AAE4FAgD3/AsATP0LAKH9CwBHDgAAVQAAALXsCACbswYA2SYAADnFAQCOxQEA48UBAAnoDgDVKAIAa5QAAMCUAAAW6QAAwuUCANPWAACCJgIAr+0NAAdLAwBvjwEAQhECAPsBAwA9GAAAkhgAABFDAQDGjAIAjmIPALKVDQAB9wcA5l8PADtgDwCQYA8A5WAPADphDwCPYQ8A5GEPADliDwD7AQMARw4AAHaHAgD9UgUAUlMFAE6xAAC3SAAA+wEDABc8AgBjRQIAz4MCAPCzBgDuuQIADekJAGLpCQBsPAIA4xoCALecAQAA8g0ARlgMAJtYDADwWAwARVkMAJpZDABOsQAAzYYBABc8AgBjRQIARlgMAJtYDADwWAwARVkMAJpZDADvWQwARFoMAJlaDADuWgwAQ1sMAJhbDADtWwwAf9QBANTUAQAM8QIAYfECAADyDQBGWAwAm1gMAPBYDABFWQwAmlkMAO9ZDABEWgwAmVoMAO5aDABDWwwAmFsMAO1bDABVAAAAqgAAADlvAgBJVQwAjB4AALKVDQAbjwAARw4AAIweAADhHgAAFZUAAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAK/tDQAHSwMAb48BAEIRAgD7AQMAAKoAAFWqAACqqgAAxowCAI5iDwCylQ0AAfcHAOZfDwA7YA8AkGAPAOVgDwA6YQ8Aj2EPAORhDwA5Yg8A+wEDAEcOAAB2hwIAt+gKAAzpCgCn+wcAq1MBALDtDAD7AQMAQhECAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCADjHAAC3nAEARw4AAIweAABwgwwAZuQKAOMaAgCqpAYAsksCAM2HAAC/jQgATgUCAGg3CwBwgA8AxYAPABqBDwC/jQgA+wEDAEpeAgBkjwwAuY8MAA6QDABjkAwAGo8BAGOaAgC4mgIADZsCAGuUAADNhwAAmawPAE4FAgDUcQ8A7LQJALdIAABOBQIA1HEPANkmAABOBQIA5hgBAKf7BwD8+wcAOxkBABc8AgDAlAAA5hgBAEyyAQChsgEAX0kCAPqnCAC36AoAAfcHAE4FAgDjGgIA034DAE4FAgDWxwwALm0PAJIYAAARQwEADEkAAGFJAADGiwMATgUCAHfSCwC4RgEADUcBALPqDAAI6wwAXesMAEIRAgCXEQIA1HEPAEKvDgCooAwA/aAMAHsjDADQIwwAowUCAPgFAgBpigwAvooMABOLDABoiwwAvYsMABKMDABnjAwAvIwMAHfSCwDM0gsAOW8CAElVDACMHgAAaDcLAHCADwDFgA8AGoEPAE6xAAA+vwIAXjwQAEIRAgBRpQkApqUJAPf8CwBM/QsAof0LAD8KDACUCgwAghgQAGNFAgA/uwUALsoHAE4FAgAAAAAA8awMAE4FAgBRpQkAzYcAAC5tDwAB9wcAt5wBAADyDQAB9wcAaDcLAO1ZDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIA+wEDAIAnAwDVJwMAKigDAOloAwA+aQMAk2kDAOhpAwA9agMA1scMALJLAgDWxwwAsksCAAAAAACRtwwATgUCAAH3BwDhagkAG4INAHCCDQDFgg0AGoMNAPsBAwDjGgIA034DALdIAAC36AoA+AQDALJFCADNhwAAOW8CAFGlCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIAcIAPAMWADwAagQ8APRgAALdIAADNhwAABvgBAE4FAgBoNwsAcIAPAMWADwAagQ8A5xEHAOy0CQBwjwAA67wCAJC4DADmXw8At0gAALfoCgCbswYAt0gAALfoCgDNhwAAOW8CAGNFAgCQuAwA5l8PALdIAAC36AoAm7MGALdIAAC36AoARw4AAL+UAQAUlQEAaZUBAL6VAQARjQwAZo0MAE4FAgDjGgIA034DAE4FAgDmvAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAxOIDAIweAADhHgAAY0UCADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAOYYAQCppgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIAaowJAL+MCQDPgwIAeyINAD0YAAC3SAAATgUCAFyeBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAJ+xBAB30gsAuEYBAA1HAQCz6gwACOsMAF3rDACy6wwATgUCAFyeBQCxngUADjgPAGM4DwC4OA8ADTkPAGI5DwC3OQ8ATgUCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAO1ZDgBCWg4Al1oOAJETBgBcngUAsZ4FACKHAQDDigcAa5QAAEcOAADrvQEAyzICAK/rDwAE7A8AsO0MAAXuDAAajwEAPBMGALfoCgAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAXJ4FALGeBQAihwEAd4cBABuPAADjGgIAt0gAALfoCgBGAg0AmwINAO4DDgDZJgAAOcUBAI7FAQDjxQEAVvIMAKvyDAAA8wwAVfMMAKrzDADnEQcA5xEHAEKvDgDRIA4AeSsGAM4rBgAjLAYAAfcHAE4FAgDUcQ8A7LQJALdIAABOBQIA9/wLAEz9CwDUcQ8A2SYAAGuUAAAB9wcA5l8PAAH3BwBOBQIA0SAOAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCh/AwA9vwMAEcOAAB2hwIA0SAOAHkrBgDOKwYAIywGAAH3BwBOBQIA1HEPAOy0CQC3SAAATgUCAPf8CwBM/QsA9QcDAJa0CgB7IQ4A8AINAEUDDQCaAw0A7wMNAEQEDQCZBA0A7gQNAEMFDQCYBQ0A7QUNAIwRDQDhEQ0ANhINAIsSDQD1BwMAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDWxwwA2SYAALdIAAC36AoACJYMANEgDgAzaQ4A2BoNAOMaAgConQ8A1scMAC5tDwCDbQ8A9/wLAEz9CwC+hhAAE4cQAGiHEAAubQ8ATrEAAGuUAADUcQ8A2SYAAE4FAgBoNwsAcIAPAMWADwAagQ8ATgUCAMcsDAAcLQwAcS0MAMYtDACLHQIA7VkOAEJaDgDE4gMAaDcLAO1ZDgBCWg4AxOIDAMcsDAAcLQwA5xgAAGg3CwBwgA8AxYAPABqBDwBwgA8AxYAPABqBDwBrlAAAGo8BAO65AgAN6QkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQB8IQ0A0SENACYiDQBOBQIAG48AAHCPAADT1gAAgiYCANcmAgC36AoAAfcHAE4FAgBoNwsA7VkOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADC5QIAQhECAJcRAgAB9wcATgUCAMcsDAAcLQwAcS0MAMYtDACLHQIA7VkOAPcGAgBMBwIAoQcCAPYHAgBOBQIA5rwHAP31DABOsQAATrEAAGuUAABHDgAA09YAAIImAgAwFg8AhRYPAMcsDAAcLQwAcS0MAMYtDACLHQIA7VkOAPcGAgBMBwIAoQcCAPYHAgBLCAIA7VkOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAdLAwAAAAAAPRgAAAdLAwBcSwMA0SAOADNpDgDYGg0AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAkLgMAOW4DAA2awkA1HEPADwSBwCREgcAd9ILABqPAQBvjwEA5rwHAGgzDwC9Mw8AOW8CAGqMCQC/jAkAP7sFAJS7BQD99QwATrEAAE6xAABrlAAAa5QAAOMaAgConQ8A1scMAOMaAgC3nAEAP7sFAC7KBwBOBQIAd9ILALhGAQANRwEAvYkOABKKDgBnig4AvIoOABGLDgDUcQ8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAMcsDAAD+wEAAFMCAHkrBgBrlAAARw4AAE4FAgDUcQ8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAMcsDAAD+wEAAFMCAD0YAACSGAAAim4HAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAPpWBADUcQ8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAi70MAOC9DAA1vgwAir4MAMcsDAAcLQwA5xgAANbHDACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBAKf7BwC3SAAADEkAAKb3DAAB9wcATgUCAADyDQAB9wcATgUCAAZECwDnEQcAPBIHALdIAAB5KwYA5xEHAK6dCQD7AQMAG48AAHCPAADT1gAAKNcAAGw8AgCZrA8AXvYAAAj2AQAGRAsAW0QLANRxDwCunQkATgUCANbHDAAwdAYABkQLAD0YAACSGAAAim4HAGuUAAAGRAsAW0QLAO65AgBDugIAmLoCAO26AgD3/AsATP0LAMSPAQDnEQcAQq8OAJ9eAgDT1gAAGo8BADwTBgAMSQAA/VIFAAHzCwC3SAAADEkAANN+AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIAv40IAEcOAADHLAwAB0sDANbHDAAxag8AhmoPANtqDwAwaw8AhWsPAG+PAQBCEQIAaDcLAHCADwDFgA8A1SgCAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQAaLg0A2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAAnoDgB/GxAA1scMAMODDgDZcgkAG48AAM2HAAC/jQgALCcCAIEnAgAnHhAAfB4QAMolEAAfJhAAdCYQAMkmEAAeJxAAcycQAMgnEACfsQQA9/wLAGo0DAC/NAwAxywMABwtDABxLQwAxi0MAAZECwC3SAAA/VIFAAHzCwBrlAAABkQLANkmAAA5xQEAv40IAEcOAACMHgAABkQLADUTDQD9UgUAAfMLALdIAAAMSQAA034DABsuDAD4BQIAv40IAEcOAAAW5wIA+wEDAPsBAwCGwgwA28IMADDDDACFwwwA2sMMAOe2DAA8twwA1HEPABc8AgBOBQIAxywMAGuUAADNhwAAOW8CAGg3CwC9NwsAAfcHAE4FAgDUcQ8A2SYAAE4FAgD3/AsATP0LAEqlEAALnwAAnQQJAGuUAABHDgAATgUCAMcsDAAcLQwAcS0MAMYtDACLHQIA7VkOAEJaDgDE4gMAkLgMAFSeDQCpng0A/p4NAFOfDQConw0A/Z8NAFKgDQCnoA0A/KANAFGhDQCmoQ0A+6ENAL+NCAAXPAIAY0UCAD+7BQAuygcA034DAE4FAgBoNwsA7VkOAEJaDgDE4gMAdocCANbHDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIDMCAAHzCwBW8wsAq/MLAAD0CwBV9AsAqvQLAP/0CwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAHkrBgDOKwYAIywGAAH3BwBOBQIA1HEPAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAC/EDAAXPAIATgUCANRxDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAwJQAABbpAADC5QIA1ccNACrIDQB/yA0A1MgNACnJDQB+yQ0A08kNACjKDQB9yg0A0soNACfLDQB8yw0A0csNACbMDQB7zA0A0MwNAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAQhECAEIRAgAXPAIAY0UCAEIRAgBm5AoAsksCALfoCgBrlAAAwJQAABbpAADC5QIAPRgAAAdLAwBvjwEAQhECAE4FAgDmvAcAjB4AAJ4FBwAA8g0Am7MGALdIAAC36AoAAfcHAE4FAgDRIA4AJiEOAHshDgA7Cw8A5rwHAGgzDwC9Mw8AOW8CALdIAABVAAAAisAKAN/ACgC3SAAAsfYCAGqMCQC/jAkAP7sFAJLBAQCcDgAArp0JAPsBAwA6GAMAjxgDAOQYAwA5GQMAjhkDAOMZAwA4GgMAjRoDAOIaAwDstAkAt0gAAFUAAAALnwAAt0gAAE4FAgCjBQIAFzwCAEZbCQDmGAEATgUCAOa8BwDfZw4ANGgOABqPAQBcngUAo7EAAADyDQBV8g0AJiEOAHshDgAIPw4AXT8OAFRHDwCpRw8A/kcPAFNIDwDnEQcAFzwCAEpeAgCfXgIAAfcHAE4FAgDRIA4AJiEOAHshDgAIPw4AXT8OAFRHDwCpRw8A/kcPAFNIDwA5bwIAa5QAAAH3BwBOBQIA0SAOACYhDgB7IQ4ACD8OAF0/DgBURw8AqUcPAP5HDwBTSA8Aa5QAAM2HAABKXgIAn14CAAH3BwBOBQIA0SAOACYhDgB7IQ4ACD8OAF0/DgBURw8AqUcPAP5HDwBTSA8AowUCAPgFAgBNBgIAogYCAPpMDgBPTQ4ApE0OALbmDQAL5w0AYOcNALXnDQAK6A0AX+gNALecAQAA8g0AVfINAKryDQBOBQIA0SAOACYhDgB7IQ4ACD8OAF0/DgBURw8AqUcPAP5HDwBTSA8ADJ0BANPWAABOBQIA0SAOACYhDgB7IQ4ACD8OAF0/DgBURw8AqUcPAP5HDwBTSA8ARw4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAaowJAL+MCQBHDgAAVvIMALecAQC3SAAATgUCAOa8BwD99QwAVEcPAKlHDwD+Rw8AU0gPAAAAAAA9Cg4ATgUCAKMFAgD4BQIATQYCABuDDABoNwsAcIAPAMWADwAagQ8Arp0JAGuUAADmvAcAjB4AAIQYDgDZGA4ALhkOAE4FAgDUcQ8A0SAOACYhDgAqHQ4Afx0OANQdDgApHg4Afh4OANMeDgBOBQIA1HEPALecAQC3nAEAAPINAJuzBgC3SAAAeSsGAG+PAQD/AAAAT0wPAEcOAABOBQIAzM8OAJIKDgC3SAAAG48AAFUAAABOsQAAo7EAAC95AgCEeQIA2XkCAOYYAQA7GQEAtpMLAAuUCwBglAsAtZQLAM2HAAA5bwIAAfcHAJ0ECQDT1gAAPRgAAE6xAACjsQAAL3kCAIR5AgDZeQIAt0gAALfoCgBGAg0AvjQNABM1DQBoNQ0AvTUNABI2DQBnNg0AjB4AAEcOAAAAAAAAAAAAAE5ODgCjTg4A+E4OAE1PDgBe9gAAKMsMAJ+xBAA0Zw8AiWcPAN5nDwCiBgIAAAAAAFyeBQCxngUABp8FABwrDgBxKw4AxisOAEcOAACcDgAAt5wBAADyDQDLMgIAt5wBAAydAQAM5A8Ab48BANkmAADT1gAAgiYCAK/tDQCv6w8AwJQAABbpAADC5QIAAfcHAOZfDwDjGgIAOBsCAMY3AgD9UgUAx9YMABzXDADuuQIAQ7oCAJi6AgBkQgQAAfcHAFb3BwAe0g8AeSsGAOcRBwCunQkATgUCANPWAACCJgIAr+0NAAdLAwBvjwEAQhECAJC4DADmXw8AO2APAJBgDwDlYA8AOmEPAI9hDwDkYQ8AeSsGAOcRBwCunQkATgUCANPWAACCJgIAr+0NAAdLAwBvjwEAQhECAOa8BwD99QwAGo8BADwTBgC36AoARgINAPsBAwDRIA4AJiEOAHshDgAIPw4AXT8OALI/DgAHQA4AXEAOAKMFAgD4BQIATQYCAKIGAgD6TA4Am7UEAPC1BABMqAsAAfMLAMrYBwCdBAkA7LQJALdIAABOBQIAAAAAAOZfDwDAlAAAFukAAGvpAAAAAAAAAAAAAOa8BwD99QwAGo8BADwTBgC36AoARgINAEa1BAAM5g0AYeYNADsLDwCjBQIANxUJAIwVCQDhFQkAAAAAAKJPDgBCvAEA2SYAADnFAQCOxQEAXPYCAPsBAwBoNwsA7VkOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQCfqQwA9KkMAGqMCQC/jAkAMc0BAMvZBQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgD3/AsATP0LAKtTAQCw7QwABe4MAFruDACv7gwABO8MAFnvDACu7wwAA/AMAFjwDACt8AwA1scMADB0BgDHLAwAHC0MAIpuBwAJ6A4A8GICAEVjAgCaYwIA72MCAE4FAgBoNwsA7VkOAEJaDgCXWg4AkRMGAFyeBQCxngUAIocBAHeHAQAGlQ8A5hgBAKmmBQAajwEAb48BAAdLAwBvjwEAQhECAE4FAgD3/AsATP0LAMh+DgAdfw4A+UwPAE5NDwDEOQIAcn8OAJ+xBAAAAAAATgUCABuPAABwjwAA8K0MAEWuDACargwA764MAESvDACZrwwA7q8MAEOwDABwgA8AxYAPABqBDwDjGgIAqJ0PALdIAADT1gAAa5QAAGuUAAA9GAAATgUCANEgDgAmIQ4AeyEOAFUAAACqAAAA/wAAAJ+xBADIfg4AHX8OAJ+xBAC3SAAAxDkCAHJ/DgCfsQQAAAAAAE4FAgDRIA4ALRgQABqPAQDE4gMAGeMDAG7jAwAmIQ4AeyEOAPACDQBFAw0AmgMNAO8DDQBEBA0AmQQNAO4EDQBDBQ0AmAUNAO0FDQCMEQ0A4RENADYSDQCLEg0A4BINAEpeAgBkjwwAAfcHAD0YAABfSQIAmawPAO8MBADfHgIANB8CAF72AAAI9gEAdtgGAD6/AgCTvwIA6L8CACKIAAAXPAIARlsJAEcOAADrvQEAb48BAAdLAwDE4gMA3x4CALiQDAAB9wcATgUCAPf8CwBM/QsAt0gAALfoCgBGAg0AmwINADwSBwCREgcAnlkIALdIAAAQQwIA1HEPAK6dCQBOBQIA5rwHAIweAACEGA4A2RgOAC4ZDgDVKAIAzYcAAL+NCAAUjggAaY4IAFyeBQA+vwIAk78CAOi/AgDjGgIAzYcAACKIAAC3nAEAzYcAAEpeAgBtMA0AwjANABcxDQBsMQ0AwTENABYyDQBqjAkAAfMLAO9iAwBEYwMACJYMABbpAAAB8wsAVQAAALdIAAC36AoAAAAAAAAAAAAAAAAA4xoCAKidDwDZJgAAL8QMABc8AgBjRQIA1scMAKGmDQAUjggATAkAAKEJAACLvQwApvcMAPv3DADNhwAA2SYAALdIAAC36AoACJYMAE4FAgDWxwwAoaYNABSOCABMCQAAoQkAAIu9DACm9wwA+/cMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAIu9DACm9wwA+/cMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAIu9DACm9wwA+/cMAGRCBABvjwEAv5QBAG+PAQC17AgAJnUPAHt1DwDQdQ8AJXYPAAAAAACjBQIA+AUCAE0GAgCeqA4A86gOAE4FAgDRIA4AJiEOAHshDgA7Cw8ASl4CAAAAAABOBQIA0SAOACYhDgB7IQ4AOwsPAOa8BwD99QwAGo8BADwTBgC36AoARgINAHfSCwDM0gsAhhYOAKMFAgD4BQIATQYCAFyeBQA+vwIAHOECAE6xAABrlAAAngUHALecAQAA8g0AAfcHAN9nDgA0aA4AiWgOAN5oDgAzaQ4AiGkOAJC4DAA3YxAAjGMQAGw8AgCySwIAeSsGAOcRBwCunQkA1SgCAOYYAQBHDgAA0SAOACYhDgB7IQ4AOwsPAHfSCwDM0gsAhhYOAKMFAgD4BQIATQYCAOa8BwD99QwAGo8BADwTBgC36AoARgINAMsyAgDLMgIAg8MOAE4FAgCjBQIA+AUCAE0GAgCiBgIAcIAPAMWADwAagQ8AowUCABc8AgBGWwkA5hgBANRxDwBCrw4A9/wLAEIRAgA9GAAAkhgAABc8AgBjRQIA2soFAE4FAgAbjwAAcI8AAKGnDAD2pwwAS6gMAKCoDAD1qAwASqkMAEpSDgArxg4AgMYOANXGDgA9Cg4AIN4BAIQYDgDZGA4ALhkOAE4FAgCLvQwApvcMAPv3DAAqHQ4Afx0OANQdDgApHg4Afh4OANMeDgBOBQIAi70MAKb3DAD79wwAzYcAACKIAACyRQgATgUCAOa8BwCMHgAAhBgOANkYDgAuGQ4ATgUCAIu9DACm9wwA+/cMANEgDgAmIQ4AKh0OAH8dDgDUHQ4AKR4OAH4eDgDTHg4ATgUCAIu9DACm9wwA+/cMAAAAAAAG+AEAt0gAABuPAAAXPAIAY0UCAAnoDgBVAAAAqgAAAIAnAwDVJwMAKigDAH8oAwBoNwsA7VkOAPcGAgBMBwIAoQcCAPYHAgBLCAIA7RACAGqMCQAB8wsAXJ4FALGeBQAGnwUAxywMAF9JAgC0SQIAAAAAAAnoDgBe6A4AOGMPAI1jDwDiYw8AN2QPABuDDAB30gsAzNILAIYWDgD7AQMANmUPAItlDwDgZQ8A+wEDAE4FAgAbjwAAcI8AAAdLAwA8EwYAkRMGADHNAQCu7Q4AVQAAABqPAQA8EwYAt+gKAAiWDADuuQIAGo8BAG+PAQDvYgMAzYcAACXNDQADnQoAd9ILALecAQDNhwAAsksCANkmAAAvxAwAFzwCAOYYAQBOBQIA5rwHAP31DAAajwEAPBMGALfoCgAB8wsAVvMLAE4FAgCjBQIANxUJAGyFDgDBhQ4AFoYOAGuGDgDAhg4AFYcOAGqHDgDWxwwA2SYAALdIAAC36AoACJYMACzEDwCBxA8A1sQPACvFDwCAxQ8A1cUPAElVDABOBQIAowUCAC/EDACExAwA2cQMAOa8BwDfZw4ANGgOAIloDgDeaA4AaDMPAL0zDwA5bwIAt0gAALfoCgDWxwwA4xoCALToDQAJ6Q0At0gAALfoCgD99QwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAwC8QAPgFAgBNBgIAogYCAO4DDgBDBA4AmAQOAC/EDACExAwA2cQMAOa8BwDfZw4ANGgOAIloDgDeaA4AaDMPAL0zDwA5bwIAt0gAALfoCgDWxwwA4xoCALToDQAJ6Q0At0gAALfoCgD99QwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAwC8QAO0EDgBCBQ4AlwUOAJLBAQBOBQIAAAAAAE4FAgCjBQIA+AUCAE0GAgCooAwA/aAMAAAAAABqjAkAAfMLAFbzCwD7AQMAaDcLAJ4FBwDzBQcAmawPAO8MBACMHgAAAfcHAPsBAwAajwEAb48BANkmAAAvxAwAwuUCAFz2AgCx9gIA0SAOACYhDgB7IQ4AOwsPAJALDwCCGQ8A1xkPACwaDwDpDAoAPg0KAJMNCgCooAwA/aAMAGg3CwBwgA8AxYAPABqBDwDoDQoA+kwOAJu1BADwtQQALhwLAO1ZDgBw1BAAxdQQABrVEABv1RAAd9ILALecAQAA8g0AVfINAJLBAQCMHgAAaowJAL+MCQAUjQkADUYCAAnoDgAg3gEAdd4BAEK8AQBRpQkAuJAMAJ4FBwCCJgIAr+0NAAdLAwBvjwEAQhECAFz2AgCx9gIA0SAOACYhDgB7IQ4AOwsPAJALDwCCGQ8A1xkPACwaDwB2hwIAy4cCAC5tDwAB9wcAVvcHADlvAgAB9wcA1SgCAOcRBwDstAkAa5QAAMCUAAAW6QAAwuUCAH/UAQDU1AEAt5wBAADyDQC3SAAAt+gKANEgDgDNhwAAksEBAMh+DgAajwEAY5oCAAH3BwBOBQIAowUCAPgFAgBNBgIAogYCAOa8BwD99QwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAwC8QAABHDgBVRw4AqkcOAP9HDgBUSA4ACegOAF7oDgCz6A4AaDMPAAVBDwBaQQ8Ar0EPAARCDwD+SA4AU0kOAKhJDgBOBQIATgUCAPsBAwDmGAEA5hgBAKmmBQA5bwIA034DAE4FAgAG+AEAW/gBALD4AQAF+QEAWvkBAK/5AQA9GAAAa5QAALdIAAA8wgEAAfcHAFUAAAC17AgAAfcHALdIAADNhwAAv40IAE4FAgDRIA4AJiEOAHshDgA7Cw8A+AUCAE0GAgCiBgIA5rwHAP31DABOsQAATrEAAGuUAABHDgAA670BANkmAADALxAA09YAAIImAgAwFg8Aa5QAAMCUAABjRQIA0SAOACYhDgB7IQ4ATrEAAM2GAQB/1AEA1NQBALecAQAA8g0At0gAANEgDgAmIQ4AeyEOANbHDAAxag8AhmoPANtqDwAwaw8AhWsPANprDwAvbA8AhGwPAPsBAwAAAAAAAAAAABqPAQDE4gMAyH4OAGuUAABVAAAAuEYBAGNFAgDPgwIAPr8CALJLAgC36AoATrEAAAAAAAB/GxAAowUCAPgFAgBNBgIAogYCADjGAQAkIRAA32cOADRoDgCJaA4A3mgOAPsBAwCjBQIA+AUCAE0GAgCooAwA/aAMAGg3CwBwgA8AxYAPABqBDwCSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEARw4AACwnAgA9GAAATgUCAGg3CwBwgA8AxYAPABqBDwDUcQ8Aw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHAOcRBwC3SAAADEkAAGFJAADGiwMATgUCAGg3CwBwgA8AxYAPABqBDwA9GAAAAfcHAOFqCQBvjwEAQhECAPsBAwBoNwsA7VkOAHd5DwDMeQ8AIXoPAHZ6DwBHDgAAzYcAAAWfBgBVAAAAt5wBAOMaAgC06A0ACekNAF7pDQCz6Q0At5wBAADyDQBV8g0AqvINAP/yDQBOBQIA1HEPANkmAABOBQIA0SAOACYhDgB7IQ4AwJQAABbpAADC5QIAzSQOALdIAAC36AoARgINAJsCDQCQuAwA5bgMAAmTDgBekw4As5MOAAiUDgBdlA4AspQOABsuDAA3FQkAbIUOAMGFDgAWhg4Aa4YOAE4FAgDjGgIAqJ0PANkmAAAvxAwAFzwCAGNFAgD3/AsAPBMGAEcOAABOBQIAd9ILAMzSCwA5bwIAY0UCAD0YAAC3SAAATgUCANbHDAAubQ8AAfcHAE4FAgDT1gAAgiYCADAWDwCFFg8AXJ4FAD6/AgAc4QIATrEAAGuUAACeBQcAt5wBAADyDQAB9wcAt0gAABBDAgBlQwIAukMCALKVDQCylQ0A8A4BAGuUAADAlAAAFukAANUoAgAqKQIAfykCANQpAgApKgIA1SgCANkmAAA5xQEAjsUBAHsjDADQIwwAAAAAAPUHAwCWtAoAeyEOACIlDgD4BQIATQYCAKIGAgAsJwIALCcCAGuUAADNhwAALm0PAE6xAAAXPAIAY0UCAD+7BQCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDhcwAAsksCAHkrBgDE4gMA2SYAADcVCQBrlAAAAfcHAAH3BwDmXw8AO2APALXsCAAmdQ8Ae3UPAOZfDwA9GAAATrEAANN+AwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFUAAABVAAAAt5wBAGRCBABOsQAAPr8CALJLAgB5KwYA5xEHAK6dCQBOsQAAzYYBAKKwAgAsxA8At+gKAKtTAQAXMgwAbDIMAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQA9GAAAkhgAAIpuBwC3SAAA/VIFAMfWDADmbAIARw4AAL+UAQBrlAAAPRgAALdIAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAMI3BgAXOAYAbDgGAME4BgAWOQYAazkGAMA5BgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt0gAAM2HAAAajwEAb48BAGuUAADAlAAAt5wBAM2HAAA4xwAAcI8AAKGnDACyRQgAB0YIAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBkQgQAb48BAAdLAwA8EwYAeSsGAM2HAAC/jQgAZEIEAPBiAgDNhwAAsksCAHkrBgDnEQcArp0JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAsksCAM2HAADNhwAAIogAAHeIAADMiAAAIYkAAHaJAAAXPAIAY0UCAEcOAACcDgAA7LQJABc8AgBOsQAAa5QAANkmAAA5xQEAjsUBAHsjDADQIwwAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBCEQIAA50KAFidCgAxzQEAAfcHAOMaAgBOsQAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAGo8BAGOaAgC4mgIADZsCAGKbAgC3mwIADJwCAEcOAAB2hwIAy4cCALJLAgC36AoAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAPbYMAJK2DABrlAAAq1MBAHDUEADF1BAAGtUQAG/VEADE1RAAGdYQAG7WEABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQA9tgwAkrYMAE6xAADNhgEAf9QBANTUAQC3nAEAAPINALdIAAB5KwYA5xEHAK6dCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQA9tgwAkrYMAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgA5Dw0Ajg8NAOMPDQA4EA0AjRANAOIQDQA3EQ0A/lUBAD22DACStgwAG48AAHCPAAChpwwAskUIAAdGCABcRggAsUYIAAZHCABbRwgA4WoJAOcRBwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQA9tgwAkrYMAEcOAABk7QMAue0DAADyDQCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAD22DACStgwA7wwEAEQNBACZDQQA7g0EAEMOBACYDgQA7Q4EAEIPBACXDwQA7A8EAEEQBAD+VQEAPbYMAJK2DADZJgAAt5wBANN+AwDT1gAAgiYCANN+AwBHDgAAZO0DALntAwAA8g0Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQA9tgwAkrYMAJIUBADnFAQAPBUEAJEVBABOBQIA+wEDAAxJAACBGRAA1hkQACsaEAAXPAIARlsJANPWAACCJgIA4xoCALecAQBOBQIAaDcLAO1ZDgD3BgIATAcCAKEHAgD2BwIASwgCAAAAAABOBQIAaowJAL+MCQDPgwIAeyINANAiDQAlIw0AeiMNAOa8BwDHfw4AHIAOAHGADgDGgA4AG4EOAHCBDgDmvAcAx38OAByADgBxgA4AxoAOABuBDgBwgQ4AaDcLAO1ZDgD3BgIATAcCAKEHAgD2BwIASwgCAAnoDgB/GxAA1scMAMODDgDZcgkAG48AAM2HAADWxwwAw4MOANlyCQAbjwAAzYcAAL+NCABOBQIACegOAH8bEADUGxAAKRwQAH4cEADTHBAAKB0QAH0dEADSHRAAG48AALecAQC3nAEATgUCAJC4DADluAwAOrkMAI+5DADnXg8Ab48BAEIRAgBOBQIA9/wLADwTBgC36AoADOkKAEcOAADZJgAAt0gAAE4FAgBcngUAsZ4FAAafBQBI/g4Anf4OAPL+DgBH/w4AQhECAFGlCQCmpQkATgUCAFyeBQCxngUABp8FAEj+DgCd/g4A8v4OAEf/DgA4xwAARw4AAIweAAAB9wcATgUCAOMaAgDTfgMA+wEDACDeAQDUGxAAvTcLAAH3BwBOBQIA1HEPANkmAABOBQIA9/wLAEz9CwA9GAAAa5QAAMCUAABOBQIAaDcLAO1ZDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA5rwHAGgzDwC9Mw8AIIgCAHWIAgBOBQIA0SAOAP1SBQDH1gwAHNcMAHHXDAAJ6A4AXugOAAnoDgBe6A4As+gOAAjpDgBcngUAPr8CAF48EACzPBAACD0QAF09EACyPRAABz4QAFw+EACxPhAACegOAF7oDgDWxwwA4xoCALToDQDuuQIADekJAGg3CwDtWQ4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANPWAACCJgIAMBYPAIUWDwDRIA4ALRgQAGFJAABjmQMA5bgMABc8AgBjRQIAz4MCALdIAABOBQIAXJ4FAD6/AgBePBAAszwQAAg9EADUcQ8A2SYAAE4FAgDRIA4ALRgQAGFJAACjBQIAL8QMALecAQC3nAEADJ0BANPWAAAajwEAb48BAEIRAgBOBQIAaDcLAO1ZDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAbjwAAFzwCAOdeDwBvjwEAQhECAE4FAgCLvQwA4L0MAC5tDwAB9wcAt5wBAGRCBABvjwEAQhECAE4FAgDUcQ8A2SYAAE4FAgDRIA4ALRgQAGFJAABKUBAAn1AQAPRQEABJURAAnlEQAPNREABIUhAAnVIQAPJSEABHUxAAnFMQAPFTEABGVBAALCcCAIEnAgDrWg8ALm0PAJIYAAARQwEADEkAAGFJAADGiwMATgUCAGg3CwDtWQ4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANRxDwDDigcAGIsHAG2LBwDCiwcAF4wHAGyMBwDBjAcAUvYMAKf2DAD89gwAUfcMAPsBAwAAAAAAAAAAAAAAAABOBQIAxywMAEqlEACfpRAA9KUQAPf8CwBM/QsAvoYQABOHEABohxAAvYcQABKIEADWxwwALsoHAAH3BwDTfgMAzYcAADlvAgA9GAAATgUCANbHDAAuygcAAfcHAHfSCwA9GAAASqUQAJ+lEAD0pRAA9/wLAEz9CwC+hhAAE4cQAGiHEAC9hxAAEogQANbHDAAuygcAAfcHAEcOAAB2hwIAy4cCAL+NCAAUjggAQhECAAOdCgDmGAEATgUCAPf8CwBM/QsAvoYQABOHEABohxAAvYcQABKIEADjGgIAOBsCAKKsBgDrvAIAt5wBAADyDQD3/AsATP0LAL6GEAAThxAAaIcQAL2HEACXEQIATgUCAEIRAgADnQoAWJ0KAMcsDABKpRAAn6UQAPSlEAD3/AsATP0LAL6GEAAThxAAaIcQAL2HEAASiBAAVQAAALhGAQANRwEA7rkCABqPAQAB9wcA5l8PAMCUAABJVQwAdocCAP1SBQDH1gwAsksCALfoCgBCEQIA034DAPsBAwCSFAQA5xQEADwVBACRFQQA09YAABqPAQA8EwYADEkAAE4FAgBoNwsA7VkOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBACwnAgCBJwIA0SAOADNpDgDYGg0AaowJAL+MCQDAlAAAAfMLAFbzCwBOBQIAd9ILAMzSCwCGFg4AVQAAAOYYAQBOBQIAaDcLAHCADwDFgA8AAAAAABqBDwAOOA8AowIFAKmmBQAubQ8AAfcHAE4FAgCjBQIA+AUCAE0GAgCiBgIA09YAABqPAQA8EwYADEkAAE4FAgBoNwsA7VkOAEJaDgCXWg4AkRMGAFyeBQCxngUAIocBAPGsDABGrQwARq0MADJqDgBCvAEAOL4JAI2+CQDivgkA0h4PACcfDwBVAAAAuEYBAA1HAQCz6gwACOsMAF3rDACy6wwATgUCAFyeBQCxngUADjgPAGM4DwC4OA8ADTkPAGI5DwC3OQ8AZEIEABouDQBvLg0Am7MGANN+AwBOsQAAo7EAAJ1WDADyVgwAR1cMAHsjDADQIwwAa5QAAMCUAAAW6QAAwuUCAEIRAgCXEQIAzYcAAC0YEABhSQAAxosDABuMAwDWxwwAK8gMAIDIDADRIA4AJiEOAHshDgAiJQ4A+AUCAE0GAgCooAwA/aAMADNpDgDYGg0A5rwHAIweAABrlAAA0SAOAC0YEABhSQAAowUCAMAvEAAVMBAAajAQAL8wEADmvAcAaDMPAL0zDwAgiAIAdYgCAE4FAgDRIA4A/VIFAMfWDAAc1wwAaowJAL+MCQAJ6A4AFzwCAAHzCwBW8wsATgUCAOYYAQCppgUA7rkCAA3pCQAvxAwAFzwCAE4FAgDmGAEAOxkBABc8AgBjRQIA9/wLAEz9CwDZJgAAL8QMABc8AgDmGAEAqaYFALJLAgB5KwYA5xEHAGuUAACbswYAHIgGALdIAAB5KwYA5xEHAK6dCQBOBQIAowUCAPgFAgBNBgIAogYCAKMFAgAvxAwAFzwCAE4FAgDRIA4AzYcAAJLBAQAtGBAAYUkAAMaLAwAbjAMAnFQPAJtVDwDwVQ8ARVYPAKMFAgD4BQIATQYCAJ6oDgDzqA4ATgUCANEgDgAmIQ4AeyEOAHgmDADNJgwAIicMAHcnDADMJwwAISgMAHYoDADLKAwAH90DAHTdAwAOOA8AYzgPAAzxAgBh8QIAAPINAOfBAQDoBhEAPQcRACttEgBKqA0A034DAEC+AQARMxEAFYMSAAH3BwAXPgAAkgcRAOcHEQARMxEAr+oQAF9LAABN9RIAFYMSAAH3BwAVgxIAFYMSAAH3BwARMxEALWsSABWDEgBN9RIAQhECAOEeAADwDgEATfUSAPAOAQDBLREAwS0RAAH3BwDmXw8A4B8AAPAOAQDixwAA2soFAF/lEABf5RAAFYMSANrKBQAVgxIAhBgOAO0BEQBCAhEAX48RAOgGEQA9BxEAZ9wRAE31EgBMCQAAETMRAO0BEQBCAhEA8A4BAJz9EACmRxIA+0cSAKRKEQBCEQIAwS0RAGgxEQC9MREA6AYRAD0HEQAT2xEA5hgBAH8bEADBLREAPwURAMEtEQCunQkAkbESAF+PEQARMxEARv0RABWDEgBMCQAATAkAANgWEQAtFxEAghcRAE31EgBHDgAAOQsRAI4LEQA5CxEAjgsRAOxXEQBN9RIA2BoNAFz2AgAB9wcAskUIAAH3BwDYFhEALRcRAAeREgDwDgEA2BYRAC0XEQAHkRIA4R4AAOgGEQA9BxEACUoCAE4FAgBqNAwAETMRAPsBAwC3SAAAwS0RAGOaAgAB9wcAETMRAGs9AgA5CxEAjgsRAMEtEQCPChEA5AoRADkLEQDGJxIAOQsRAMYnEgCtQBIAwS0RANMbEQDXFxEALBgRAJz9EADXFxEAAAAAAE4FAgDYFhEALRcRANgWEQAtFxEA2BYRAC0XEQDjCxEAX48RABLbEgBn2xIAyzICAI8KEQCc/RAAOQsRAI4LEQDLMgIAAfcHAE4FAgBN9RIATgUCALvcEgAyEhEACuMSABEzEQARMxEAn7EEAJ+xBACfsQQA+wEDAL+NCAConQ8AP7cJAKidDwBH/w4AR/8OALdIAAB1KA0ABD8SAF72AABHDgAARw4AAHkgEQArGhAAXvYAAL4vEgBHDgAAKxoQAMEtEQDBLREAwS0RAMEtEQDBLREAnP0QAJz9EADBLREAwS0RAMEtEQDBLREAwS0RAMEtEQCc/RAAnP0QAJz9EADBLREAwS0RAMEtEQCc/RAAnP0QAHMmEQCc/RAAnP0QAMEtEQBOBQIATgUCAKSeEgBMCQAApJ4SAEwJAABvKhEAjGYNAE4FAgBN9RIAFzwCADi+CQBOBQIARw4AAEcOAADBLREAwS0RALecAQAK4xIA2BYRAC0XEQD7AQMAETMRAE31EgBHDgAAFDARAE4FAgDpvgIAjB4AANN+AwBRpQkAPRgAAAH3BwBHWwgAAfcHAIJrEgARMxEAz3MSAArjEgBHDgAAkG0CANPWAADT1gAA09YAAE31EgDT1gAAtkcCAJmsDwBN9RIAkG0CAE31EgDvYwIAbIESAIpjEgDfYxIAYjcRAE31EgAO3xIAY98SAGroAgDwDgEATfUSAMt5EABMCQAATfUSAFUAAAA9GAAA5l8PAK/qEADTfgMAHyQSAFUAAABsgRIATAkAAEwJAABMCQAAY+ARABEzEQCv6hAAdocCANN+AwCrQxEAGuIDAIjJAwBK+REA9KsKAKL1EgAuygcAnP0QAKZHEgD7RxIAfHESAIvGAwDYFhEALRcRAAeREgBBWBEAnP0QAE31EgBZoQUAjMUDAA6LEQCc/RAAwS0RAMEtEQDYFhEALRcRAMEtEQBoMREAvTERAJwOAAARMxEA4RUJAADyDQARMxEAbykSAG8pEgARMxEATUsSAGsuEQBJCAQAETMRAKNLEQDaygUATfUSAE4FAgBOBQIATgUCAKL1EgBOBQIAr+oQAE31EgBOBQIAETMRAArjEgBoMREAvTERAE4FAgBaoAUA4gsSAAZECwBN9RIAIi0GAE31EgAyGQoAgW0RAOAfAAARMxEAo0sRAPhLEQCr7REATfUSAHaHAgAA8g0AETMRAC1rEgBe9gAA4gsSAA6LEQC1lAsA97IAAOMaAgCc/RAApkcSAPtHEgDYFhEAAUISAD0KDgC83BEAr+oQAEcOAADwDgEAmFYRAMDYEQAV2REAq+0RALdIAACc/RAApkcSAPtHEgB8cRIA0XESAKvtEQC3SAAAq+0RALdIAAD59RAAN2IRAE31EgBOBQIATfUSAE4FAgARMxEALWsSAF+PEQARMxEAUEkRAKVJEQD6SREAxdMRAE4FAgDYGg0ALG0RABEzEQDBLREAaDERAL0xEQDUbxEAiMcFAK/qEACRsRIAvzQMAKL1EgDBLREAovUSAMEtEQAcfREAcX0RAMZ9EQBQSREApUkRAPpJEQBPShEAC+MRABx9EQBxfREAxn0RAPn1EACOFwUAnP0QAKZHEgD7RxIAfHESANFxEgDYxwoATfUSAHaHAgDTfgMATfUSAOILEgCv6hAAn7EEAIzFAwC36AoAwS0RAGgxEQC9MREAAO4RAOAfAACc/RAApkcSAPtHEgBN9RIA+wEDAHxxEgDRcRIADpMJAKvtEQC3SAAAc3sRAMh7EQAdfBEAJnISACItBgBzexEAwS0RAJhVEgCc/RAAovUSAMEtEQBoMREAovUSAADyDQBOBQIACuMSAGgxEQC9MREAYZgGABEzEQAtaxIATfUSAC7FDAARMxEATfUSAJ9aBgDTbxIAnP0QAKL1EgA5CxEAjgsRAAH3BwAQ3hEAHH0RAHF9EQDGfREACuMSAGgxEQC9MREAq0MRAHaHAgAA8g0A028SAE31EgAA8g0ATgUCAMUoEgAB9wcA7rkCANNvEgAocBIAfXASAPn1EADwDgEAETMRAE31EgAzaQ4Ar+oQAElVDACc/RAA028SAJz9EADTbxIAwS0RAKL1EgCi9RIAovUSAMEtEQBoMREAvTERAFBJEQClSREA+kkRAO7/EQAmchIAe3ISAOILEgDgHwAAT0oRAJZYEQDTbxIAKHASAH1wEgDScBIACuMSAGsuEQBH+xIAnFIRAPFSEQBH+xIAc3sRANNvEgCc/RAApkcSAPtHEgCc/RAApkcSAPtHEgBN9RIAoUwSAAiWDABN9RIAAPINAE31EgDjvwcAr+oQAE4FAgDaygUA8A4BABEzEQBNSxIAay4RANxmEgAAAAAAAfcHAAAAAAD39RIAETMRAE1LEgBrLhEA3GYSAAAAAAAB9wcAAAAAAE31EgBN9RIAK20SAE31EgArbRIATfUSACttEgD39RIATfUSAG8pEgCi9RIAwS0RAMEtEQBoMREAvTERABEzEQAAAAAALWsSANgaDQCc/RAApkcSAPtHEgCwPhEATfUSAGyBEgC3SAAABOoRAAFCEgAuygcAo0oSAPhKEgAHkRIA034DANNvEgAocBIAfXASABEzEQARMxEAwS0RAGgxEQC9MREAHi4JAAAAAAA1uREAirkRAN+5EQBHWwgAmFUSAO1VEgBCVhIATfUSAPn1EAAIlgwAQrsCAADyDQARMxEATfUSAB8kEgDEMQoA+fUQAE31EgCunQkAX48RANgWEQAtFxEAOQsRAI4LEQCc/RAApkcSAPtHEgDvYgMAETMRAE31EgA3xQMAwS0RAMEtEQBoMREAvTERAAH3BwDgHwAAwS0RAFdBEgDBLREAaDERAL0xEQAH5hIAAAAAAJz9EACmRxIA+0cSABEzEQCjSxEA+EsRAK/qEAARMxEAUKYJAOILEgCv6hAAkBkBAAAAAABN9RIA4gsSAK/qEACQGQEAfMcRAJz9EACmRxIA+0cSAE1LEgBrLhEATfUSABEzEQDBLREAaDERAL0xEQBN9RIA034DAOANEgBOBQIAHNIRAMEtEQBe9gAAdC0JALdIAADPcxIA034DANrKBQBN9RIAwJQAAG8pEgDvYgMAuYoRAE4FAgBOBQIAETMRAAeREgBf4xIA8A4BAF+PEQBOBQIAE9sRADwTBgCjSxEA+EsRALmKEQBvjwEAfMcRANHHEQAmyBEAAfcHAAAAAAAAAAAAAAAAAE31EgDiCxIAAAAAAAAAAAAAAAAAE9sRALTkEQC3SAAATgUCAPAOAQBN9RIAbIESAOILEgAB9wcAwS0RAA6LEQAOixEAwS0RAGsuEQBc9gIAAewSAKZHEgD7RxIAfHESANFxEgCRsRIACuMSAGsuEQCfsQQAnP0QAPH9EACfsQQAa5QAALdIAACDygcATfUSAM2HAACDygcAovUSAK/pEQC5ihEA2BYRAC0XEQDjCxEAo0sRAPhLEQDYFhEALRcRAOMLEQCjSxEA+EsRALdIAAC3SAAAgW0RAEK8AQCYVRIA7VUSAEJWEgCr7REATfUSANN+AwDBLREATfUSADfFAwAqbhIATgUCAMEtEQBoMREAvTERAPrzEQBP9BEAn7EEAJ+xBABN9RIAN8UDADfFAwBaoAUAxSgSAK/qEAAAAAAATfUSAE31EgBrlAAAETMRADfFAwChTBIATgUCAE31EgBG/REATAkAAPj8CgBCEQIAlwESAOwBEgBVAAAAVQAAACItBgARMxEATgUCAE31EgBN9RIAPRgAAJz9EACmRxIA+0cSAGeHEQAuxQwAi8YDAMEtEQBoMREAvTERAAnoDgDYFhEAAUISABsoEgBG/REArp0JAEb9EQBG/REAAfcHAD0YAADYFhEAAUISAC0XEQCc/RAAETMRAEb9EQCb/REA8P0RAJGxEgA7CBIAU0USAMEtEQA3xQMAETMRAODACQDZxwkAAAAAAAziEQBh4hEAAAAAAAAAAAAk0gkAbuAGAC7FDAARMxEATfUSAE31EgBvKRIAt0gAABEzEQBN9RIAfxsQABEzEQDwDgEATgUCABEzEQBLTRIAPRgAAJhWEQCRsRIAX48RAE31EgBN9RIATfUSAD0YAAA9GAAAPRgAAF+PEQBN9RIATfUSAD0YAAA9GAAAPRgAAD0YAAA9GAAAwS0RAGgxEQC9MREATfUSAE4FAgBN9RIATgUCAE31EgDwDgEAJR4SAPAOAQBOBQIATfUSAEwJAAAlHhIATAkAAKFMEgCunQkAJR4SAPsBAwAAAAAA034DAM8eEgDTfgMATfUSAKFMEgA9BRMAETMRAD0FEwBN9RIAPQUTAMEtEQBoMREAvTERAE31EgA4Yw8A8A4BAK/qEABHDgAARw4AAK/qEAAA8g0AoUwSAPsBAwCc/RAApkcSAPtHEgDBLREAaDERAL0xEQBOBQIAY0UCAE31EgBOBQIATfUSABEzEQA3DBIATgUCAE4FAgDaygUAGSoSAPAOAQBi6QkAkbESABEzEQAB9wcATAkAAE31EgAlHhIAAAAAAE4FAgA5CxEAjgsRAOxXEQB/GxAAwS0RAGgxEQC9MREAIHgSABEzEQDC1RIALWsSAG3VEgARMxEAETMRAL4vEgATMBIAaDASAL4vEgATMBIAaDASAL0wEgASMRIAvi8SABMwEgBoMBIAvTASABIxEgAtaxIAwS0RAGgxEQC9MREAIHgSABEzEQDC1RIALWsSAG3VEgARMxEABe4MABEzEQC3SAAA7rkCALdIAAAK4xIAaDERAL0xEQARMxEABT4SAAH3BwDTfgMAsusMAPsBAwDxphIAAUISADjGAQBOBQIARw4AAAAAAABJVQwAAAAAAMYnEgBcPBIAsTwSAAY9EgBN9RIACuMSAGgxEQC9MREATgUCAEwJAACfsQQAn7EEAJGxEgBOBQIAnP0QAE4FAgARMxEA+wEDABEzEQCSagMAbIESAGyBEgAJ6A4AETMRAE31EgBOBQIA2BYRAC0XEQAK4xIAaDERAL0xEQAK4xIATgUCAAH3BwBN9RIAAfcHAFs9EgARjQwArp0JAEwJAACRsRIA9LEEAHnJEgB3hwEAXvYAANxmEgA5CxEAjgsRAP/zDADxphIAof0LAE4FAgDwUhIATgUCAKH9CwBohRIAEYcSAOASDQAg3gEAnP0QAKZHEgD7RxIATgUCAE31EgBN9RIACuMSAHaHAgB2hwIACuMSAArjEgAB9wcAiRARAN4QEQDqWBIAJh4RAJz9EADBLREAay4RAOwRAgDWxwwA670BANcXEQCc/RAAXEsDACDeAQBaoAUAi2sJAOYSBwBCEQIAt0gAAOm7BQAB9wcATfUSAADyDQCknhIA6b4CAFVTAgDpvgIAVVMCAAVOAgAGRAsAovUSAEK7AgBN9RIATAkAAE4FAgB7HhEAjB4AAFxLAwC73BIATgUCAE31EgCPChEAkMMBAE31EgCRsRIASvgSAPSxBABN9RIA+wEDAPsBAwD7AQMA+wEDABEzEQARMxEATEwSAGsuEQD6SBIATgUCALdIAAB2hwIAK20SAEcOAAAA8g0AnP0QAKZHEgD7RxIAR1sIAMEtEQBoMREAvTERACZyEgB7chIAo0sRAPhLEQCjSxEA+EsRAMEtEQBohRIAyzICAE31EgBOBQIAXPYCABEzEQAClhIAGi4NAC5tDwBohRIAEYcSAKhIDwBohRIAEYcSAKhIDwA9GAAAaIUSABGHEgCoSA8AaIUSABGHEgCoSA8A2BYRAC0XEQAHkRIAsZESAHd2EgDMdhIAaIUSABGHEgCoSA8AaIUSABGHEgCoSA8A2BYRAC0XEQCoSA8AkgoOANgWEQAIOxIACuMSAFdBEgBN9RIATgUCANkmAADZJgAAQhECANUoAgBf5RAAbn8SALKVDQAtaxIATgUCAE31EgBOBQIAmwINAJFcEgA9Cg4ATgUCAE4FAgCaUxIAX48RABLbEgAtFxEAOMYBAE4FAgAbLA4AYZ0BAC/EDAAgeBIAwS0RAEIRAgBx1wwAIHgSAPsBAwAgeBIA+wEDABEzEQBOBQIATgUCAGiFEgARhxIATfUSANgWEQAtFxEAB5ESAFbzCwBOBQIATgUCAE4FAgDsVxEATgUCACJ2EgCQCw8ARw4AAPdPDgA5CxEAETMRAJz9EABJqgwAof0LAAfmEgAAAAAAof0LAKRMDwD8mxIAo00PAFGcEgBfjxEAUkYSAArjEgBrLhEAaIUSADsLDwBf5RAAX48RAPybEgBfjxEAUZwSAF+PEQBohRIAEYcSAJdWEgBVAAAAnQQJALdIAADaFBEARw4AAE4FAgCh/QsAmlMSAE4FAgAbKBIASl4CAAOVEgBs1hIAwdYSANN+AwBW8wsAAfcHAE4FAgBOBQIATgUCAE31EgBQ+AwAUPgMAFD4DABQ+AwAQhECAEIRAgB6dg8ATgUCANgWEQBJpBIAaIUSAL/YEgBOBQIAaIUSAJALDwBOBQIAFYMSAAuNEgDYFhEAYI0SAE4FAgAClhIAV5YSAB7PEgCslhIATgUCAE4FAgBohRIAkAsPABWDEgALjRIA2BYRAGCNEgBOBQIAg8MOAD+uEgDYFhEALRcRAArjEgBrLhEATgUCAPGmEgCRsRIAkbESAF72AACpRBIAk68SAFNFEgB13gEAUPgMAFD4DABQ+AwAUPgMAE4FAgADlRIAYzYRANcXEQAqGhEAVvMLAEj+DgAJSgIAFNkSAAg7EgAVgxIAETMRABPaEgARMxEAkbESAPsBAwCylQ0AspUNAE4FAgAuxQwAApYSAFeWEgAB9wcAAfcHABUwEADYFhEALRcRAC7FDAAClhIAV5YSAAH3BwAB9wcAFTAQAG9+EgDEfhIA2BYRAAFCEgCtQBIAAAAAABEzEQARMxEAXPYCAMEtEQBohRIAgRoPAK3rEQABQhIA18ASAHXNEgAK4xIAV0ESAPsBAwAC7BEAB5ESALfoCgBN9RIAYkYCAFUAAAAgeBIAaIUSAIEaDwC3SAAAwS0RAAH3BwBOBQIA2BYRAC0XEQAVMBAAs+gOAPsBAwD7AQMAQrwBAEK8AQBCvAEAQrwBAPsBAwARMxEAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAAaIUSAL/YEgDYFhEALRcRABUwEACFFg8ATfUSAGiFEgC36AoATfUSAGiFEgC73BIAETMRAE4FAgBOBQIA034DAAH3BwBrlAAATgUCAAOVEgBs1hIAwdYSABbXEgBr1xIAwNcSABXYEgD7AQMA2BYRAC0XEQDjCxEAApYSAFeWEgARMxEA2BYRAAFCEgC/gxIACuMSAGgxEQCPChEAgScCAG5/EgBl3RIAut0SAA/eEgBk3hIACuMSAGsuEQAWjQcACuMSABEzEQBh4RIA+wEDAADyDQAI6g0AVPMNAGiFEgA7Cw8AwS0RAJGxEgC8hhIA8A4BAJpTEgBN9RIA8A4BAC1rEgDwDgEALWsSADkLEQDGJxIA8A4BAE4FAgBohRIAEYcSANgWEQAtFxEAgScCAIHBEgCBwRIAgScCAJz9EACc/RAAnP0QABx9EQCc/RAAnP0QAJz9EACc/RAAOQsRAMYnEgCc/RAAHH0RAJz9EAClSBIAnP0QAKVIEgCc/RAApUgSAJhVEgClSBIAnP0QAKVIEgCc/RAApUgSAKdHEQClSBIAnP0QAKVIEgBQSREApUkRAIIXEQBOBQIAkbESAE4FAgD7AQMAETMRAD0YAAAA8g0A1xcRAD9ZEgCmnBIAppwSANcXEQAsGBEAv40IAPb2EgD7AQMA+wEDAEcOAABHDgAAszsRABEzEQB13gEAnP0QAE31EgCz6A4AR/sSALPoDgBN9RIAnP0QAK/qEABN9RIAr+oQAJz9EACmRxIAr+oQAJr9EgDv/RIAnP0QAPsBAwDxURIAETMRAE4FAgBOBQIATgUCAD0FEwBOBQIATgUCAE4FAgA9BRMATgUCAGmOCAA9BRMATfUSABKIEABOBQIATgUCAD0FEwARMxEAUEkRAKVJEQD6SREAnP0QAP5VAQAVgxIAC40SAE4FAgAK4xIAay4RANgWEQAtFxEAB5ESAHeHAQCbrQwAgMISAHnJEgAA8g0Aai4SAMYnEgCtQBIAPQoOAMEtEQBXQRIAPQoOAE31EgC/jQgAsD4RAEtNEgBohRIAEYcSANgWEQABQhIA18ASAE31EgCv6hAAcdcMAD0YAABN9RIArp0JANgWEQAtFxEAB5ESAMh+DgCwPhEAG9ISANgWEQBJpBIAaIUSADsLDwBN9RIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAgAAAAAAAAgABAAAGAAAIAAAAAQAAkSMQgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAoIAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAIGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAIAAAAAAAAAABIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGgAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAgAAAAAAAAgABAAAGgAAIAAAAAQAAkSNQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAACIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAgAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAEAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAEAEgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAYAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAwAAAMAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMYgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgA"},"index":{"lists":[[13,14,15,28,105,107,108,109],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,28,47,48,49,50,51,52,53,56,57,58,59,62,63,64,65,66,67,68,69,70,71,72,73,77,82,83,85,86,87,88,89,90,91,92,93,94,95,96,100,101,102,103,105,107,108,109,113,118,119,146,149,150,152,163,164,165,168,169,170,171,176,177,185,188,198,200,201,205,206,209,218,219,223,228,230,231,232,233,235,237,238,240,241,244,245,246,247,248,262],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,28,47,48,49,50,51,52,53,55,56,57,58,59,62,63,64,65,66,67,68,69,70,71,72,73,77,78,82,83,85,86,87,88,89,90,91,92,93,94,95,96,99,100,101,102,103,105,107,108,109,113,118,119,125,146,149,150,152,163,164,165,168,169,170,171,176,177,185,188,198,200,201,202,205,206,209,218,219,223,228,230,231,232,233,235,237,238,240,241,244,245,246,247,248,251,252,253,262],[5,13,14,15,20,28,47,48,75,98,105,107,108,109,208,248,251,268],[13,14,15,20,28,105,107,108,109,137,138,139,254,255,256,257,258,259,260],[6,7,13,14,15,28,105,107,108,109,209],[13,14,15,28,74,76,105,107,108,109],[13,14,15,28,105,107,108,109,241,261],[10,13,14,15,28,87,105,107,108,109,118,119,144,145,172,173,241,246,247],[10,13,14,15,28,105,107,108,109,137,138,139],[10,13,14,15,28,50,73,80,85,88,92,93,105,107,108,109,129,137,138,139,140,157,176,177,179,183,191,194,201,203,204,205,206,217,225,226,227,234,262],[13,14,15,28,33,34,35,41,42,105,107,108,109,117,182,196,240],[13,14,15,28,105,107,108,109,141,274],[12,13,14,15,28,105,107,108,109],[1,10,13,14,15,20,21,28,105,107,108,109,137,138,139,166,167,184,228,232,233,262],[10,13,14,15,20,27,28,30,105,107,108,109,137,138,139,143,166,167,228,232,233,262],[4,10,13,14,15,18,19,20,28,52,105,107,108,109,137,138,139,166,167,209,228,232,233,245,262],[6,10,13,14,15,20,28,36,105,107,108,109,137,138,139,166,167,168,195,228,232,233,250,262],[0,2,9,10,11,13,14,15,16,18,20,28,30,39,40,43,44,102,105,107,108,109,137,138,139,160,166,167,168,178,181,209,211,228,229,232,233,236,239,242,262,263,266,269,270,273,275],[3,5,10,13,14,15,20,25,28,30,39,43,44,46,55,58,59,81,84,103,104,105,107,108,109,113,115,121,122,124,130,137,138,139,142,147,150,153,160,166,167,168,175,180,187,189,190,197,198,209,210,221,224,228,232,233,262,271,276],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,17,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,25,26,28,30,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262,267],[10,13,14,15,20,28,101,105,107,108,109,137,138,139,166,167,168,174,193,228,232,233,252,262,264,265],[10,13,14,15,20,28,96,104,105,107,108,109,116,120,131,137,138,139,162,166,167,175,213,228,232,233,252,262],[10,13,14,15,20,28,29,55,105,107,108,109,115,123,137,138,139,152,153,166,167,186,198,228,232,233,262],[9,10,13,14,15,20,22,28,45,79,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,16,20,28,29,30,61,105,107,108,109,137,138,139,152,166,167,228,232,233,262],[10,13,14,15,20,23,24,28,31,32,54,66,105,107,108,109,114,126,128,132,137,138,139,148,154,155,156,158,159,161,166,167,171,192,199,200,212,215,220,222,223,228,232,233,243,249,262],[10,13,14,15,19,20,21,28,69,105,106,107,108,109,137,138,139,166,167,228,232,233,262],[7,10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,25,28,29,30,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,20,25,28,29,105,107,108,109,137,138,139,166,167,228,232,233,262],[13,14,15,28,105,107,108,109,112,127,133,134,135,136,151,214,216,272],[13,14,15,28,77,105,107,108,109],[10,13,14,15,20,28,37,38,105,107,108,109,137,138,139,228,232,233,262],[13,14,15,28,47,105,107,108,109],[13,14,15,28,48,51,53,56,57,105,107,108,109],[13,14,15,28,49,105,107,108,109],[13,14,15,28,60,64,65,67,105,107,108,109],[13,14,15,28,63,86,105,107,108,109],[13,14,15,28,63,105,107,108,109,110,111],[13,14,15,28,63,87,89,105,107,108,109],[13,14,15,28,63,105,107,108,109],[13,14,15,28,68,70,72,86,105,107,108,109,235],[13,14,15,28,71,105,107,108,109,170],[13,14,15,28,86,105,107,108,109,235],[13,14,15,28,87,89,95,105,107,108,109,253],[13,14,15,28,89,105,107,108,109],[13,14,15,28,94,100,105,107,108,109,235,253],[13,14,15,28,97,105,107,108,109,207],[13,14,15,28,105,107,108,109,169],[13,14,15,28,105,107,108,109,235],[13,14,15,28,105,107,108,109,253],[13,14,15,28,91,105,107,108,109,238],[5,13,14,15,20,28,47,48,91,105,107,108,109,238,248,251],[13,14,15,20,28,91,105,107,108,109,218,219,238],[6,7,13,14,15,28,91,105,107,108,109,209,238],[13,14,15,28,91,105,107,108,109,238,241],[10,13,14,15,28,87,91,105,107,108,109,118,119,238,241,246,247],[10,13,14,15,28,91,99,105,107,108,109,218,219,238],[10,13,14,15,28,50,73,78,82,83,85,88,90,91,92,93,105,107,108,109,176,177,188,201,202,205,206,218,219,238,262],[13,14,15,28,91,105,107,108,109,238,240],[1,8,10,13,14,15,20,21,28,91,105,107,108,109,218,219,228,230,231,232,233,238,244,262],[10,13,14,15,20,28,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[4,10,13,14,15,18,19,20,28,52,91,105,107,108,109,209,218,219,228,230,231,232,233,238,245,262],[6,10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[2,9,10,13,14,15,16,18,20,28,91,102,105,107,108,109,168,209,218,219,228,230,231,232,233,237,238,262],[5,10,13,14,15,20,28,55,58,59,91,103,105,107,108,109,113,146,150,168,198,209,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,105,107,108,109,185,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[10,13,14,15,17,20,28,91,105,107,108,109,125,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,101,105,107,108,109,168,218,219,228,230,231,232,233,238,252,262],[10,13,14,15,20,28,91,96,105,107,108,109,218,219,228,230,231,232,233,238,252,262],[10,13,14,15,20,28,55,91,105,107,108,109,152,198,218,219,228,230,231,232,233,238,262],[9,10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[10,13,14,15,16,20,28,91,105,107,108,109,146,149,152,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,66,91,105,107,108,109,146,171,200,218,219,223,228,230,231,232,233,238,262],[10,13,14,15,19,20,21,28,69,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[7,10,13,14,15,20,28,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[13,14,15,28,77,91,105,107,108,109,238],[10,13,14,15,20,28,91,105,107,108,109,218,219,228,232,233,238,262],[13,14,15,28,47,91,105,107,108,109,238],[13,14,15,28,48,51,53,56,57,91,105,107,108,109,238],[13,14,15,28,49,91,105,107,108,109,238],[13,14,15,28,64,65,67,91,105,107,108,109,238],[13,14,15,28,62,63,86,91,105,107,108,109,238],[13,14,15,28,63,91,105,107,108,109,238],[13,14,15,28,63,87,89,91,105,107,108,109,238],[13,14,15,28,68,70,72,86,91,105,107,108,109,163,235,238],[13,14,15,28,71,91,105,107,108,109,170,238],[13,14,15,28,86,91,105,107,108,109,235,238],[13,14,15,28,87,89,91,95,105,107,108,109,165,238,253],[13,14,15,28,89,91,105,107,108,109,238],[13,14,15,28,91,94,100,105,107,108,109,235,238,253],[13,14,15,28,91,105,107,108,109,164,238],[13,14,15,28,91,105,107,108,109,165,238],[13,14,15,28,91,105,107,108,109,169,238],[13,14,15,28,91,105,107,108,109,235,238],[13,14,15,28,91,105,107,108,109,238,253]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,71,73,74,75],[5,22,23,24,25,26,27,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,52,53,55,56,57,58,59,60,61,62,63,64,65,67,68,69,70,71,73,74,75,78,82,83,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,24,25,26,27,29,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,50,52,53,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,78,82,83,88,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,47,66,71,73,74,75],[5,71,73,74,75,95,96,97],[5,46,48,71,73,74,75],[5,57,71,73,74,75,82,83,99,100,118,119],[5,25,45,51,55,58,62,63,71,73,74,75,91,95,96,97,98,106,122,123,125,128,134],[5,9,10,16,17,71,73,74,75,81,128],[5,71,73,74,75,98],[5,71,73,74,75,95,96,97,113,114,129],[4,5,7,71,73,74,75,95,96,97,98,113,114],[5,71,73,74,75,95,96,97,113,114],[5,11,71,73,74,75,95,96,97,113,114,115],[5,7,14,15,18,19,69,71,73,74,75,95,96,97,109,113,114,115,124,127],[2,5,7,14,18,19,21,29,32,33,51,54,70,71,73,74,75,78,79,85,86,87,92,95,96,97,98,103,104,109,113,114,115,121,126,132,134],[5,71,73,74,75,95,96,97,113,114,115],[2,3,5,7,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,80,92,95,96,97,109,113,114,121],[5,6,29,71,73,74,75,79,86,95,96,97,104,113,114,131],[0,5,20,50,71,73,74,75,95,96,97,113,114,115],[5,6,7,71,73,74,75,95,96,97,104,113,114],[0,1,5,8,28,38,71,73,74,75,78,89,90,92,95,96,97,104,105,107,108,109,113,114,117],[5,41,71,72,73,74,75,95,96,97,113,114],[2,5,6,7,71,73,74,75,95,96,97,113,114,115],[2,5,6,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,78,89,93,94,103],[5,49,71,73,74,75],[5,12,13,71,73,74,75,95,96,97],[5,26,71,73,74,75,95,96,97],[5,71,73,74,75,95,96,97,102],[5,68,71,73,74,75,95,96,97,120],[5,65,70,71,73,74,75,84,95,96,97],[5,34,71,73,74,75,95,96,97],[5,22,71,73,74,75],[5,23,26,27,30,31,71,73,74,75],[5,24,71,73,74,75],[5,33,37,38,39,71,73,74,75],[5,36,56,71,73,74,75],[5,36,71,73,74,75,76,77],[5,36,57,59,71,73,74,75],[5,36,71,73,74,75],[5,40,42,44,56,71,73,74,75],[5,43,71,73,74,75,117],[5,56,71,73,74,75],[5,57,59,65,71,73,74,75],[5,59,71,73,74,75],[5,64,67,71,73,74,75],[5,66,71,73,74,75],[5,71,73,74,75,116],[5,61,71,73,74,75],[5,22,23,61,66,71,73,74,75],[5,57,61,71,73,74,75,82,83],[5,61,66,71,73,74,75],[5,25,45,50,52,53,55,58,60,61,62,63,71,73,74,75,122,123,133],[5,61,71,73,74,75,115],[5,61,69,71,73,74,75,115],[5,29,32,33,61,70,71,73,74,75,78,101,103,104,115],[5,61,71,73,74,75,130],[5,61,71,73,74,75,88],[5,29,61,71,73,74,75,104],[5,50,61,71,73,74,75,115],[5,61,71,73,74,75,101,102,104],[5,38,61,71,73,74,75,78,101,104,117],[5,41,61,71,73,74,75],[5,61,71,73,74,75,78,103],[5,49,61,71,73,74,75],[5,26,61,71,73,74,75],[5,61,71,73,74,75,102],[5,61,68,71,73,74,75],[5,61,65,70,71,73,74,75],[5,22,61,71,73,74,75],[5,23,26,27,30,31,61,71,73,74,75],[5,24,61,71,73,74,75],[5,33,37,38,39,61,71,73,74,75],[5,35,36,56,61,71,73,74,75],[5,36,61,71,73,74,75],[5,36,57,59,61,71,73,74,75],[5,40,42,44,56,61,71,73,74,75,110],[5,43,61,71,73,74,75,117],[5,56,61,71,73,74,75],[5,57,59,61,65,71,73,74,75,112],[5,59,61,71,73,74,75],[5,61,64,67,71,73,74,75],[5,61,71,73,74,75,111],[5,61,71,73,74,75,112],[5,61,71,73,74,75,116]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut || unit.settledLinks > 0 || unit.wrapperHeadlines > 0);
    const hostOfAnother = unit.driver !== void 0 && unit.evidence.some((f) => f.kind === "infrastructure" && f.ruleId.startsWith("network.dns.") && f.service !== "" && f.service !== unit.driver);
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || likelyTeardown || twinExcused || hostOfAnother ? "ambiguous" : "high";
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
