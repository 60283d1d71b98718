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
} from "./chunk-5VEZY6M4.js";
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
var DERIVED = `{"prefilter":{"key":"rules 292\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/Failed to get driver instance for jdbcUrl=jdbc:(?<protocol>\\\\w{1,40}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,161,170,204,216,217,243,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,470,471,473,475,476,477,478,479,480,481,484,485,486,488],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13139,"states":14860,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAASQgcABgAAANJCAgAHAAAA3ikIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAAA+3QkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAADA2DwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAPbZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAyFUOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAMh6CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAAAK0RAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADetg4APwAAALTzDABAAAAAdP4MAEEAAABSdBAAQgAAAGYkDgBDAAAAUnAOAEQAAAAAAAAARQAAALB0DgBGAAAAAAAAAEcAAAD0lg4ASAAAAP6bDgBJAAAA9vUSAEoAAABMww4ASwAAAJDlDgBMAAAA5uUOAE0AAAA85g4ATgAAAAz5DgBPAAAAFP0OAFAAAAByLA8AUQAAAMitDwBSAAAAHq4PAFMAAAB8sg8AVAAAAF7QEABVAAAAtNAQAFgAAACsAAAAWQAAAJImBABbAAAArGoKAFwAAACQSgEAXwAAAOqgAABhAAAAwPUKAGIAAAB2IgkAagAAAAYyAgBtAAAA3iEEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAACaDwwABQEAAOI9EQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAAA4PhEAGQkAAI4+EQBqCQAARusOAHAJAAC+CQAAfQkAAKbqCwCBCQAAkuYOAIQJAABKZgsAxQkAABQKAADLCQAAyvwLABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAOQ+EQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAA6jkNAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAAC0zA4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAqAYEAJIOAACyyw4Azg4AAB4PAADXDgAAomMJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAA6PxEAhxgAAAz9EACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAAATpCADjGAAAeigLAOQYAAAyGQAA5hgAAN5GAQDnGAAA4qwIAOkYAADMnwcA6xgAAJBgDADtGAAAgE4HAPIYAACkVgIA9RgAAND1BgAzGQAAiBkAADUZAABivgYAOBkAAJKMDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAkD8RAO4eAAA+HwAA8h4AADpkDgD/HgAAtskMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAACiiAYASCAAAJYgAACZIAAAOqoGAJ0gAADsIAAAoSAAAD5UBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAADmPxEAUCcAAI7KAQBTJwAAOAsNAFcnAAAghhAAWicAAKQnAABcJwAAcksJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAADxAEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAJJAEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAOhAEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAD5BEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAA6kERAO4+AAAoPwAAMD8AAEBCEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAlkIRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAOxCEQCXSQAAeEACAJhJAAD0hAUAmUkAAEwLCACdSQAA6EkAAJ5JAABmHgsAoEkAAO5YBgCmSQAA4EkCAO5JAACebxAA9EkAAD5KAABESgAAdJYDAEZKAABCQxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAmEMRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAADuQxEAcGIAAMRiAADHYgAAGmMAAB1jAABERBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAJpEEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAA8EQRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAEZFEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAJxFEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAA8kURAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAASEYRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAACeRhEAZ4kAAG4BEABpiQAA3MYBAGyJAACOdgIAbYkAAIT8BwBuiQAAgKIGAG+JAACQyQAAcIkAAJxSAgBziQAA5rwPAHWJAAC8iQAAd4kAAGLCCAB8iQAA1s0GAH2JAABMFw4AxokAAC6qCQDLiQAAEooAAB6KAABoigAAaYoAAMLoAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAAD0RhEAk5AAAEpHEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAAC29AwALJEAAMbmAQAvkQAAVO4MADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAOYICwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAAoEcRADCWAACAlgAAMpYAABZcEwA5lgAAquIGADuWAACkNQcAPZYAAKpXAQBClgAACp4MAEaWAAAy3w0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAATEgRADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAKJIEQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAPhIEQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAATkkRAGazAACExwIAabMAAGaLAQBtswAAqLYGAG+zAAB8eQgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAAIPcIAHO0AAC8tAAAxrQAABK1AAATtQAA7OwQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAKRJEQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAA+kkRAKfQAAD00AAA/tAAAErRAABV0QAAUEoRAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAKZKEQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAHu4EABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAA/EoRACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AAFJLEQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAAqEsRACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAAP5LEQDZ6wAAfO4CANzrAAAq7AAA4esAAJo2CgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AABUTBEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAKpMEQBF+QAAmr8OAEb5AACa+QAAR/kAAEYSDQBO+QAA9MEOAE/5AADsVQUAU/kAANQYAgBU+QAAXJwMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAAAE0RAFf/AABWTREArv8AAKxNEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBAAJOEQAPBgEAWE4RAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQCuThEAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBAJjbBwBxCAEAzkYFAMEIAQAOCQEAxwgBAFKTCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQAETxEAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAFpPEQAoEgEAfHEEACoSAQAY1g8ALRIBALqiDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQCwTxEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQAGUBEA5RsBAFxQEQA2HAEAnNkFADkcAQCKHAEAPRwBAGDeAQBAHAEAki4IAEIcAQBotwEASBwBABBoBQCRHAEAaMsLAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BALKQBgCoHQEAcpsGAOcdAQC8lQYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEACFERAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAApSEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQBgUhEAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEAtlIRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEAuFMRAGkzAQAOVBEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQBkVBEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQC6VBEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBABBVEQCVSgEA5koBAOdKAQDI1g4A9UoBADAyDQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEAZlURAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQC8VREAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBABJWEQCrVwEAEg0CALRXAQBodwwAtlcBAMAsEQC4VwEANjUNALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQAARQ0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAGhWEQAGWgEAHP0MABJaAQBY8AwAJ1oBAL5WEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAFFcRAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQBqVxEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAMBXEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBABZYEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAbFgRAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAMJYEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQAYWREA7XUBAG5ZEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEAGloRAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBAHBaEQBWggEAqoIBALiCAQAAgwEAEYMBAMZaEQBdgwEAHFsRAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBAHJbEQBhhQEAyFsRALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAdFwRAL+KAQAQiwEAGIsBAMpcEQBtiwEAvIsBAG+LAQBG1QMAc4sBALy4AgB3iwEA3F8OAHyLAQAC2gEAyIsBABKMAQAajAEAlsUSAC6MAQCU6Q8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEAIF0RAM+TAQDo+wMA1pMBAGhABgDZkwEAIpQBANyTAQBidg0A3ZMBADqiAgDikwEASFcEACmUAQDGZwIALJQBACJtAwAxlAEAEKcPAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEAdl0RAJmZAQDYmQEA2pkBAMLPDADbmQEAwM4MAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQB00wwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQDMXREA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEAIl4RAJehAQDooQEAnqEBAOY5DgCgoQEAqFwEAOqhAQBetgMA7aEBAOo1CwD3oQEA2oMLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAOTWBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEAeF4RAJ+kAQDOXhEA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQB6XxEA9qcBAEqoAQBYqAEAoKgBALGoAQDQXxEA/agBACZgEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEA0mARAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQAoYREAD7IBAH5hEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQDUYREAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBACpiEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAIBiEQB/wQEA0sEBAIDBAQDmBgoAiMEBAHD2CQCKwQEARmwPAI/BAQCemA8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBANZiEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQAsYxEA38YBADLHAQDwxgEAbj8EAD7HAQCIxwEAjscBAN7HAQDoxwEAgmMRADnIAQCKyAEAl8gBAODIAQDoyAEAPGsRAOzIAQA2yQEA8MgBAO7PAQD8yAEA3N4NADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQDYYxEAmMoBAMTQDACcygEA5MoBAPXKAQAuZBEAQcsBAIRkEQCYywEA2mQRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEAMGURAPDPAQBE0AEAUtABAJrQAQCr0AEAhmURAPfQAQDcZREATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBADJmEQCg0gEA9NIBAKfSAQDmOw8AqtIBAFgNBgAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEA7goKAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQAM9w0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAiGYRAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQDeZhEAA9oBAFjaAQAY2gEAqDMFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BADRnEQC63QEACt4BABbeAQCKZxEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAOBnEQDC4QEAEuIBAB7iAQA2aBEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBAOJoEQDI4wEAFuQBACDkAQAqiQ8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEAOGkRANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQCOaREAJukBAJ5pDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQA6ahEA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQCQahEA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEAkmsRAD/1AQDoaxEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBAD5sEQDz+QEAlGwRAET6AQCY+gEApvoBAO76AQD/+gEA6mwRAEv7AQBAbREAovsBAJZtEQD4+wEA7G0RAAz8AQDwjgsASPwBAJz8AQCq/AEA8vwBAAP9AQBCbhEATv0BAJ79AQCq/QEAmG4RAP39AQBK/gEABf4BABDSDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgDubhEABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCAERvEQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgCabxEAZQsCAOYKDABmCwIA6g4NAGcLAgAU7wcAaQsCAJrBDwBqCwIADMQJAGsLAgB2/wwAbgsCAKBsDgBvCwIAgAQNAHALAgAEbgsAcQsCAAhyDAByCwIA5jUMAHMLAgA20QUAdAsCALoLAgB8CwIAfOMSAH4LAgCSEQ8AgAsCAPBtEACHCwIA2hITAIwLAgCqHQ8AqAsCAKhwDgCtCwIAtgATALwLAgAQDAIAywsCAC7fDgAeDAIAZgwCAHcMAgDwbxEAwwwCAEZwEQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgC4zg4AcQ4CAPJwEQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICAJ5xEQDQEgIA9HERACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCAEpyEQDRFAIAIhUCAC8VAgB4FQIAgBUCAKByEQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIA9nIRAC4XAgBMcxEAfhcCAAgaCwCBFwIA0hcCAIgXAgDa1woA3BcCACgYAgDhFwIA6rAIADAYAgCscA0ARBgCAH4YAgCGGAIAonMRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIA+HMRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CAE50EQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIApHQRAD8hAgDWMQ4AQCECAIzTBgBDIQIAkCECAEYhAgBQ8g8AmiECAOYhAgCdIQIAnNsGAJ4hAgCCig8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIA+nQRAJkjAgDu5QwAniMCACxbDQCgIwIA6iMCAKQjAgDyZAsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCAFB1EQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIApnURAKEnAgDyJwIA/CcCAEgoAgBQKAIA/HURAKooAgBSdhEA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgCodhEA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgD+dhEA/ywCAOJkDwACLQIAiDUOAAktAgBSLQIAXC0CAFR3EQCwLQIA/i0CAAAuAgBsqg8ACy4CAFq4BQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgCqdxEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIAAHgRABAyAgBcMgIAFzICAKJhCABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgBWeBEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIArHgRAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCAAJ5EQBrOQIADiMOAG05AgAiXBAAcDkCAMA5AgBzOQIAvlQQAHQ5AgB0PgIAdjkCAEJBEAB4OQIAiDkQAHk5AgD6RxAAejkCAIplEACBOQIAQuUMAIQ5AgA8EQ8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIAWHkRAHk+AgDKPgIAgj4CAAhPEADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgCueREAfUACALbgAgB/QAIAXswOAIBAAgDmYg0AgkACAFKdDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIABHoRANRCAgAoQwIA1UICAASbDADXQgIAVJIJANtCAgDSKwwA3kICADpMAgDgQgIAdK4PADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgBaehEAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgCwehEAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIABnsRAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgBcexEAPEwCAHDuBQBBTAIAOv4FAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgCyexEATFACAOzcCABYUAIAmFACAFtQAgBwywkApFACAO5QAgD2UAIAFloSAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICAAh8EQCkUgIAJOISAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgBefBEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCALR8EQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CAAp9EQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgBgfREAbmUCANr6BgB4ZQIAwmUCAHllAgDEzAoAemUCAM7VDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCALZ9EQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIADH4RACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgBifhEAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIAuH4RAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgAOfxEAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgBkfxEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACALp/EQClgAIA+IACAPuAAgBOgQIAW4ECADBbDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIAEIARAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCAGaAEQBriwIAuIsCAG6LAgCgag0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CALyAEQAWjwIAao8CABuPAgBCkw4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgASgREAg5QCACayDwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCAGiBEQCAmQIAsvgPAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECAL6BEQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIAFIIRAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIAaoIRAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgCyzQ8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgDAghEAv7gCAAp3DgDGuAIASBkQAMi4AgAsKgoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIAFoMRACbCAgB6wgIAMMICAMYhCgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIA8McSAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCAGyDEQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAwoMRAI3HAgDkkhAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIA1K8NAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgAYhBEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCAG6EEQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIAGoURALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIAxoURAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIAHIYRAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIAcoYRANXpAgAe6gIA5+kCAJKnBAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIAIjEQACbrAgB26wIALusCAEK8DQAv6wIAAhMJADDrAgCM9gIAMesCAC4vDACC6wIAzOsCAM7rAgBIlA0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIAyIYRAILuAgAehxEA3u4CAHSHEQAr7wIAIIgRAIHvAgB2iBEAg+8CACr0BADX7wIABscMAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECAIjfDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgDMiBEA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIAIokRAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCADLbCwDn9wIAOvgCAPr3AgAu2QsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIAeIkRAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgDOiREA8v0CAEb+AgBU/gIAnP4CAK3+AgAkihEA+f4CAHqKEQBQ/wIAnv8CAFL/AgCs5QcAkf8CADYWEwCs/wIA9P8CAK3/AgBUBQMArv8CAA5GCgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDAHyLEQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMA0osRAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDACiMEQASCwMAfowRABYLAwBOOwoAJgsDAGxcEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwDUjBEAEg4DAGYOAwAVDgMAZDoEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMAtGIEAB0QAwBqEAMAbRADAMAQAwDMEAMAKo0RABsRAwBsEQMAIhEDAKjpCgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDAICNEQB1EwMAxhMDAM4TAwBC4QoA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMA1o0RAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwAsjhEA4BoDACobAwDiGgMAXO4KADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwCCjhEAmSEDAOIhAwCiIQMA7CYDAMQhAwC68goA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwDYjhEA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDAC6PEQBaLQMASOQKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADAISPEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwDajxEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDADCQEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMAhpARAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDANyQEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMAMpERAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMAiJERANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMA3pERAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMANJIRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMAipIRAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMA4JIRAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMANpMRAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDAIyTEQDDZQMAVkcOAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwDikxEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwA4lBEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwCOlBEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwDklBEAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwA6lREAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMAkJURAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDAOaVEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDADyWEQBfiQMAsIkDAGeJAwAyCA0AuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDAJKWEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMA6JYRAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDAJSXEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMA6pcRAICWAwDKlgMA0pYDAECYEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMAlpgRAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDAOyYEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwBCmREA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DAJiZEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwDumREAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwBEmhEAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMAmpoRABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwDwmhEAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDACxRCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDAEabEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DAJybEQCazgMA5M4DAOfOAwCKLgoA884DADrPAwD3zgMAFB4KAETPAwCQzwMAmM8DAOxTBACczwMAmBYQAJ7PAwDmzwMArM8DAJQGCQDrzwMAPNADAPPPAwCIzwUASdADAJLQAwCV0AMALKsKAJjQAwAU8wkAmtADAOjQAwCc0AMA0pwEAJ7QAwAGZQYA69ADACJ3CADu0AMABuYGAPLQAwA+0QMA9tADAMx6CgD40AMAfk8IAEPRAwCU0QMAStEDAAjjBABM0QMAIlAKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwBm5QMApNQDAPDUAwD41AMA8psRAFfVAwCc1QMAo9UDAPLVAwD61QMASNYDAFXWAwCe1gMAo9YDAPTWAwD+1gMAStcDAFLXAwCg1wMAotcDAPi7CgCl1wMAGHIIAKrXAwD21wMAr9cDADL2AwCw1wMAWmoJAPzXAwBM2AMATtgDAKLYAwCv2AMA+NgDAPvYAwBO2QMAX9kDAKTZAwCm2QMA+tkDAATaAwBQ2gMAXNoDAKbaAwCu2gMAnpwRAAHbAwBS2wMAVdsDAKjbAwCy2wMA/tsDAAbcAwBU3AMAYdwDAKrcAwCs3AMAAN0DABbdAwBW3QMAYt0DAKzdAwC03QMA9JwRAAfeAwBY3gMAZ94DAK7eAwCw3gMABN8DABXfAwBa3wMAZd8DALDfAwC13wMABuADAAngAwBc4AMAZuADALLgAwDE4AMACOEDABDhAwBe4QMAaOEDALThAwC54QMACuIDABLiAwBg4gMAYuIDALbiAwC94gMADOMDABPjAwBi4wMAaOMDALjjAwDE4wMADuQDABHkAwBk5AMAZ+QDALrkAwDW5AMAEOUDABjlAwCgnREAc+UDALzlAwDE5QMAEuYDABXmAwBo5gMAbeYDAL7mAwDN5gMAFOcDADTnAwBq5wMAducDAMDnAwDK5wMAFugDAB7oAwBs6AMAfugDAPadEQDM6AMAGOkDACbpAwBu6QMAe+kDAMTpAwDb6QMAGuoDACLqAwBw6gMAf+oDAMbqAwDL6gMAHOsDACnrAwBy6wMAf+sDAMjrAwDU6wMAHuwDAC3sAwB07AMAfuwDAMrsAwDY7AMAIO0DACXtAwB27QMAg+0DAMztAwDP7QMAIu4DACruAwB47gMAfe4DAM7uAwDb7gMAJO8DACzvAwB67wMAg+8DANDvAwDd7wMAJvADADTwAwB88AMAj/ADANLwAwDa8AMAKPEDAC/xAwB+8QMAg/EDANTxAwDq8QMAKvIDACzyAwCA8gMAjvIDANbyAwDj8gMALPMDADTzAwCC8wMAhfMDANjzAwDd8wMALvQDAD30AwCE9AMApPQDANr0AwDm9AMAMPUDADr1AwCG9QMAjvUDANz1AwDu9QMATJ4RADf2AwCI9gMAlfYDAN72AwDr9gMANPcDAED3AwCK9wMAmfcDAOD3AwDq9wMANvgDAD74AwCM+AMAlvgDAOL4AwDn+AMAOPkDAED5AwCinhEAmvkDAOT5AwDq+QMAOvoDAFX6AwCQ+gMAnPoDAOb6AwDs+gMAPPsDAFj7AwCS+wMAmvsDAPieEQDw+wMAPvwDAEj8AwCU/AMAn/wDAOr8AwD2/AMAQP0DAEj9AwBOnxEAov0DAOz9AwDy/QMAQv4DAF3+AwCY/gMApP4DAO7+AwD0/gMARP8DAEz/AwCa/wMAoP8DAPD/AwD5/wMARgAEAFMABACcAAQAqQAEAPIABAAAAQQASAEEAFUBBACeAQQAtQEEAPQBBAD8AQQASgIEAE8CBACgAgQAWwIEAKQEBACtAgQA9gIEAP4CBABMAwQAVwMEAKIDBACnAwQA+AMEAPsDBABOBAQAWAQEAKSfEQCpBAQA+gQEAAkFBABQBQQAUgUEAKYFBAC3BQQA/AUEAA0GBABSBgQAZgYEAPqfEQC5BgQA/gYEAAEHBABUBwQABgcEALwYCAALBwQA1AkQAF4HBACqBwQArAcEAAAIBAAKCAQAVggEAGIIBACsCAQA1ggEAAIJBAANCQQAdBkFACgJBABYCQQAiwkEAK4JBADUCQQABAoEACoKBABaCgQAjgoEALAKBADbCgQABgsEAA4LBABcCwQAhgsEALILBADnCwQACAwEADMMBABeDAQAZgwEALQMBADDDAQACg0EAA8NBABgDQQAaQ0EALYNBABtDQQAcBUEAMcNBAAMDgQAEw4EAGIOBABqDgQAuA4EAMUOBAAODwQAEw8EAGQPBABuDwQAug8EAMIPBAAQEAQAGhAEACgcBAAfEAQAZhAEAGsQBAC8EAQAyRAEABIRBAAfEQQAaBEEAHQRBAC+EQQAzREEABQSBAAeEgQAahIEAHISBADAEgQAyhIEABYTBAAbEwQAbBMEAHQTBABQoBEAzhMEABgUBAAeFAQAbhQEAIkUBADEFAQA0BQEABoVBAAgFQQApqARAH0VBADGFQQA0hUEABwWBAArFgQAchYEAHwWBADIFgQA1hYEAB4XBAAjFwQAdBcEAIEXBADKFwQA0hcEACAYBAAqGAQAdhgEAHsYBADMGAQA1BgEACIZBAAlGQQAeBkEAIQZBADOGQQA1BkEACQaBAA/GgQAehoEAIYaBADQGgQA1hoEACYbBAAuGwQAfBsEAH4bBADSGwQA3BsEAPygEQAuHAQAfhwEAIAcBADUHAQA4RwEACodBAAtHQQAgB0EAJEdBADWHQQA2B0EACweBAA2HgQAgh4EAI4eBADYHgQA4B4EAFKhEQAzHwQAhB8EAIcfBADaHwQA5B8EADAgBAA4IAQAhiAEAJMgBADcIAQA3iAEADIhBABIIQQAiCEEAJQhBACooREA+iEEADQiBABQIgQA/qERAI8iBADgIgQA7SIEADYjBABDIwQAjCMEAJgjBADiIwQA8SMEADgkBABCJAQAjiQEAJwkBADkJAQA6SQEADolBABHJQQAkCUEAKklBADmJQQA6CUEADwmBABDJgQAVKIRAK8mBADoJgQA+SYEAD4nBABKJwQAlCcEAKcnBADqJwQA+ScEAEAoBABMKAQAligEAJcoBADsKAQA9igEAEIpBABQKQQAmCkEAJ0pBADuKQQA+ykEAKqiEQBJKgQAmioEAKcqBADwKgQA/SoEAEYrBABSKwQAnCsEAKsrBADyKwQA/CsEAEgsBABWLAQAniwEAKMsBAD0LAQAAS0EAEotBABSLQQArKMRAKUtBAD2LQQA/i0EAAKkEQBOLgQAoi4EALAuBAD4LgQACS8EAFikEQBVLwQArqQRAKkvBAD6LwQAAjAEAFAwBABfMAQApjAEAKswBAD8MAQACTEEAFIxBABfMQQAqDEEALQxBAD+MQQADTIEAFQyBABeMgQAWqURAKwyBAAMJA8AsDIEADAHDQC9MgQAADMEAA8zBABWMwQAYjMEAKwzBACtMwQAAjQEAAw0BABYNAQAZjQEAK40BACzNAQABDUEABE1BACwpREAXjUEALA1BAC7NQQABjYEABQ2BABcNgQAbTYEALI2BAC+NgQACDcEABA3BAAGphEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BADFOQQADjoEACU6BABcphEAcToEALo6BADHOgQAEDsEABw7BABmOwQAdTsEALw7BADGOwQAEjwEACA8BABoPAQALjwEAFa+CQBtPAQAvjwEAMs8BAAUPQQAHD0EALKmEQB2PQQAwD0EANA9BAAWPgQAHz4EAGw+BABvPgQAwj4EAM4+BAAYPwQAHz8EAAinEQB7PwQAxD8EANM/BAAaQAQAG0AEAHBABACHQAQAxkAEAOBABAAcQQQAKEEEAHJBBACFQQQAyEEEANdBBAAeQgQAKkIEAHRCBAB1QgQAykIEANRCBAAgQwQALkMEAHZDBAB7QwQAzEMEANlDBABepxEAPEQEAHhEBACHRAQAzkQEANBEBAAkRQQA00QEAIZLBAAxRQQAekUEAIdFBADQRQQA1UUEACZGBAAwRgQAfEYEAItGBADSRgQA10YEAChHBAA1RwQAfkcEAItHBADURwQA4EcEACpIBAA5SAQAgEgEAIpIBADWSAQA40gEACxJBAAxSQQAgkkEAIZJBADYSQQA5EkEAC5KBAA0SgQAhEoEAIpKBADaSgQA30oEADBLBAA2SwQAtKcRAJNLBADcSwQA6UsEADJMBAA+TAQAiEwEAJdMBADeTAQA6EwEADRNBABCTQQAik0EAI9NBADgTQQA7U0EADZOBAA9TgQAjE4EAJFOBADiTgQA7k4EADhPBAA7TwQAjk8EAJtPBADkTwQA6U8EADpQBABEUAQAkFAEAJxQBADmUAQA+VAEADxRBABKUQQAklEEAJVRBADoUQQA8lEEAD5SBABKUgQAlFIEAJpSBADqUgQA8FIEAEBTBABFUwQAllMEAJxTBAAKqBEA9lMEAFgPBwD4UwQAklsJAPtTBABCVAQARFQEAJhUBACpVAQA7lQEAP9UBABEVQQATFUEAJpVBACqVQQA8FUEAPJVBABGVgQAVFYEAJxWBACtVgQAYKgRAPlWBAC2qBEASVcEAJ5XBACjVwQA9FcEAKRXBAD2gwQA+lcEAEpYBABUWAQAoFgEAKxYBAD2WAQA/FgEAExZBABSWQQAolkEAKdZBAD4WQQA/lkEAAypEQBcWgQApFoEAL1aBAD6WgQA+1oEAFBbBABtWwQAplsEAK5bBABAfgQAwFsEAPxbBAD/WwQAUlwEAFdcBAAOqhEAwVwEAP5cBAAEXQQAVF0EABRdBAA8KAUAVl0EAKpdBACwXQQAAF4EABReBABWXgQAXl4EAKxeBAC5XgQAAl8EAAdfBABYXwQAYl8EAK5fBAC2XwQABGAEABVgBABaYAQAX2AEALBgBACyYAQABmEEAA1hBABcYQQAaGEEALJhBAC5YQQACGIEACRiBABeYgQAZmIEAGSqEQC1YgQACmMEABZjBABgYwQAbWMEALZjBAC+YwQADGQEAA9kBABiZAQAbWQEALhkBAC6ZAQADmUEABRlBABkZQQAcGUEALplBADBZQQAEGYEABhmBABmZgQAa2YEALxmBADVZgQAEmcEAD5nBABoZwQAdGcEAL5nBADNZwQAFGgEAB5oBABqaAQAcmgEAMBoBADQaAQAFmkEACRpBABsaQQAfWkEAMJpBADOaQQAuqoRAB1qBABuagQAdmoEAMRqBADFagQAGmsEANpqBAB81QsAN2sEAHBrBAB4awQAxmsEAMprBAAcbAQAImwEAHJsBAB0bAQAyGwEAMlsBAAebQQAH20EAHRtBACAbQQAym0EANBtBAAgbgQAKG4EAHZuBAB4bgQAzG4EAOduBAAibwQAJG8EAHhvBACGbwQAzm8EAN9vBAAkcAQAJnAEAHpwBACTcAQA0HAEAOFwBAAmcQQAMnEEABCrEQCKcQQA0nEEAJhxBACAJQgA6HEEAChyBAApcgQAfnIEAI9yBADUcgQA4HIEACpzBABAcwQAgHMEAIxzBADWcwQA43MEACx0BAA2dAQAgnQEAIR0BADYdAQA4nQEAC51BAA8dQQAhHUEAIl1BADadQQA53UEADB2BABMdgQAhnYEAI52BABmqxEA6nYEADJ3BABLdwQAiHcEAIl3BADedwQA+3cEADR4BAA8eAQAingEAJt4BADgeAQA7ngEADZ5BABPeQQAjHkEAJJ5BADieQQA5HkEADh6BAA+egQAjnoEAKJ6BADkegQA7HoEADp7BABHewQAkHsEAJV7BADmewQA8HsEADx8BABEfAQAknwEAKJ8BADofAQA7XwEAD59BABHfQQAlH0EAKF9BADqfQQA8X0EALyrEQBRfgQAln4EAKR+BADsfgQABX8EAEJ/BABIfwQAmH8EAJp/BADufwQA9H8EAESABABYgAQAmoAEAKKABADwgAQA/YAEAEaBBABLgQQAnIEEAKaBBADygQQA+oEEAEiCBABYggQAnoIEAKOCBAD0ggQA/YIEAEqDBABXgwQAoIMEAKeDBAASrBEA+4MEAEyEBABNhAQAooQEAK6EBAD4hAQA/oQEAE6FBABfhQQApIUEALiFBAD6hQQACYYEAFCGBABVhgQApoYEALOGBAD8hgQADIcEAFKHBABghwQAqIcEAL+HBAD+hwQAB4gEAFSIBABaiAQAqogEALaIBAAAiQQAB4kEAFaJBAByiQQArIkEALSJBABorBEACIoEAFiKBABeigQArooEALOKBAAEiwQACosEAL6sEQBfiwQAsIsEALKLBAAGjAQADYwEAFyMBABqjAQAsowEAL+MBAAIjQQAH40EAF6NBABmjQQAtI0EALWNBAAKjgQADY4EAGCOBAB0jgQAto4EAMWOBAAMjwQAEY8EAGKPBABjjwQAuI8EAM+PBABqrREAEJAEAGSQBABxkAQAupAEAMeQBAAQkQQAFZEEAGaRBABwkQQAvJEEAMSRBAASkgQAIpIEAGiSBAB2kgQAvpIEAMuSBAAUkwQAG5MEAGqTBABykwQAwJMEAMKTBAAWlAQAHpQEAGyUBABtlAQAwpQEAIKUBABGLQUAx5QEABiVBAAblQQAbpUEAHiVBADElQQA25UEABqWBAAglgQAcJYEAHyWBADGlgQAyZYEAByXBAA5lwQAcpcEAIOXBADIlwQA0JcEAB6YBAAlmAQAdJgEAHqYBADKmAQA2JgEACCZBAA7mQQAdpkEAIKZBADMmQQA0pkEACKaBAA3mgQAeJoEAICaBADOmgQA2JoEACSbBAAqmwQAepsEAIibBADQmwQA3JsEACacBAAtnAQAfJwEAIScBADArREA4JwEACidBAA+nQQAfp0EAIqdBADUnQQA2Z0EACqeBAAzngQAgJ4EAIqeBADWngQA4p4EAOqBBgDyngQALJ8EADSfBAAWrhEAh58EANifBADlnwQALqAEADugBACEoAQAkKAEANqgBADpoAQAMKEEADqhBACGoQQAlKEEANyhBADhoQQAMqIEAD+iBACIogQAkKIEAGyuEQDsogQANKMEAEqjBACKowQAlqMEAOCjBADlowQANqQEAD+kBACMpAQAlqQEAOKkBADqpAQAOKUEAESlBACOpQQAoaUEAOSlBADlpQQAOqYEAEimBACQpgQAlqYEAOamBADypgQAPKcEAEOnBADCrhEAnKcEAOinBADwpwQAPqgEAESoBABO5QkATagEAJSoBACZqAQAbhYFAJqoBADqqAQA9qgEAECpBABCqQQAlqkEAKCpBADsqQQA+KkEAEKqBABKqgQAGK8RAKCqBADuqgQA/aoEAESrBABJqwQAmqsEAKerBADwqwQA/asEAEasBABSrAQAnKwEAKusBADyrAQA/KwEAEitBABWrQQAnq0EAKOtBAD0rQQAAa4EAEquBABSrgQAoK4EAKquBAD2rgQA+64EAEyvBABUrwQAoq8EAK2vBAD4rwQA/a8EAE6wBABRsAQApLAEAK6wBAD6sAQAArEEAG6vEQBVsQQAprEEALWxBAD8sQQA/rEEAFKyBABjsgQAqLIEALOyBAD+sgQAA7MEAFSzBABXswQAqrMEALSzBAAAtAQACLQEAFa0BABYtAQArLQEALm0BAACtQQACbUEAFi1BABgtQQArrUEAK+1BAAEtgQACbYEAFq2BABgtgQAsLYEALq2BAAGtwQADrcEAMSvEQCStwQAsrcEAOe3BAAIuAQAIrgEAF64BACEuAQAtLgEAM64BAAKuQQAMLkEAGC5BAB6uQQAtrkEAN+5BAAMugQAFLoEAGK6BABkugQAuLoEAMW6BAAOuwQAFbsEAGS7BABsuwQAursEALu7BAAQvAQAFbwEAGa8BABsvAQAvLwEAMa8BAASvQQAGr0EABqwEQCEvQQAcLARAMa9BAAUvgQAFr4EAGq+BAB3vgQAwL4EAMe+BAAWvwQAHr8EAGy/BABtvwQAwr8EAMe/BAAYwAQAHsAEAG7ABAB4wAQAxMAEAMzABADGsBEAH8EEAHDBBABywQQAxsEEAM3BBAAcwgQAKsIEAHLCBAB/wgQAyMIEAN/CBAAewwQAJsMEAHTDBAB+wwQAysMEAIrDBADeIwUA1cMEACDEBAAsxAQAdsQEAH7EBAAcsREAzcQEACLFBADWxAQAiKQFAOLEBAAMkQUAJ8UEAHjFBAB7xQQAzsUEANjFBAAkxgQAO8YEAHrGBACAxgQA0MYEANzGBAAmxwQAKccEAHzHBACZxwQA0scEAOPHBAAoyAQAR8gEAH7IBACGyAQA1MgEANbIBAAqyQQAOckEAIDJBACKyQQA1skEAOTJBAAsygQAR8oEAILKBACOygQA2MoEAODKBABysREAOssEAITLBACTywQA2ssEAN/LBAAwzAQANswEAIbMBACNzAQA3MwEAOTMBAAyzQQANM0EAIjNBACPzQQA3s0EAODNBAA0zgQANc4EAIrOBACUzgQA4M4EAOzOBAA2zwQAPM8EAIzPBACmzwQA4s8EAOrPBAA40AQATtAEAI7QBACc0AQA5NAEAOfQBAA60QQAPdEEAJDRBACe0QQA5tEEAPPRBAA80gQAU9IEAJLSBACa0gQA6NIEAOrSBAA+0wQARtMEAJTTBACr0wQA6tMEAPbTBABA1AQAVtQEAJbUBACe1AQA7NQEAPrUBABC1QQATNUEAJjVBACg1QQA7tUEAPXVBABE1gQAUNYEAJrWBACb1gQA8NYEAPzWBABG1wQAU9cEAJzXBACj1wQA8tcEAPXXBABI2AQAUNgEAJ7YBACj2AQA9NgEAAHZBABK2QQAetkEAKDZBACo2QQAyLERAP7ZBADm6xEAEtoEAEzaBABU2gQAHrIRALDaBAD42gQA+toEAE7bBABf2wQApNsEAKzbBAD62wQABtwEAFDcBABW3AQAptwEAKzcBAD83AQAAd0EAFLdBABY3QQAdLIRAK3dBAD+3QQAtN0EANgyDgAG3gQAVN4EAFneBAAKmgoAWt4EADzgCwBg3gQAeFILAGPeBACq3gQAZd4EAIzdCwBr3gQAbk8MAK/eBAAA3wQAsN4EAPKLCQAN3wQAVt8EAGPfBACs3wQAuN8EAALgBAAR4AQAWOAEAGLgBADMsxEAuOAEAAThBAAJ4QQAWuEEAGLhBAAitBEAteEEAAbiBAAJ4gQAXOIEAGbiBACy4gQA2uIEAM60EQAO4wQAXuMEAHTjBAC04wQAwuMEAArkBAAX5AQAYOQEAGLkBAC25AQAwOQEAAzlBAAY5QQAYuUEAGnlBAC45QQAwOUEAA7mBAAV5gQAZOYEAG3mBAC65gQAxuYEABDnBAAY5wQAJLURAGvnBAC85wQAxOcEABLoBAAh6AQAaOgEAG3oBAC+6AQAy+gEABTpBAAh6QQAaukEAHbpBADA6QQAz+kEABbqBAAg6gQAbOoEAHrqBADC6gQAx+oEABjrBAAl6wQAbusEAHbrBADE6wQAzusEABrsBAAo7AQAcOwEAIbsBADG7AQA0uwEABztBAAh7QQAcu0EAHvtBADI7QQA0u0EAHq1EQAo7gQAdO4EAIDuBADK7gQA0u4EANC1EQAl7wQAdu8EAIPvBADM7wQA2e8EACLwBAAu8AQAePAEAIfwBADO8AQA2PAEACTxBAA88QQAevEEAITxBADQ8QQA3vEEACbyBAA88gQAfPIEAIjyBADS8gQA1/IEACjzBAAx8wQAfvMEAIjzBADU8wQA3PMEACa2EQA39AQAgPQEAED0BAC8/xAAjfQEANb0BADi9AQALPUEADv1BACC9QQAjPUEANj1BADm9QQALvYEADv2BACE9gQAm/YEANr2BADi9gQAMPcEADr3BACG9wQAi/cEANz3BADk9wQAfLYRAD74BACI+AQAjvgEAN74BAD5+AQANPkEAED5BACK+QQAkPkEANK2EQDo+QQAKLcRADv6BACM+gQAmfoEAOL6BADv+gQAOPsEAET7BACO+wQAnfsEAOT7BADu+wQAOvwEAEj8BACQ/AQAlfwEAOb8BADz/AQAPP0EAET9BAB+txEAnv0EAOj9BAD4/QQAPv4EAEf+BACU/gQAl/4EAOr+BAD2/gQAQP8EAEf/BADUtxEApP8EAOz/BAACAAUAQgAFAE4ABQCYAAUAnwAFAO4ABQD2AAUARAEFAEkBBQCaAQUAowEFAPABBQD6AQUAKrgRAEsCBQCcAgUAUgIFAPoGBQCkAgUA8gIFAPgCBQBIAwUATQMFAJ4DBQCnAwUA9AMFAP4DBQBKBAUAVgQFAKAEBQCoBAUAgLgRAPsEBQBMBQUAVAUFAKIFBQCtBQUA+AUFAP0FBQBOBgUAUQYFAKQGBQCuBgUA1rgRAAQHBQBQBwUAVAcFAKYHBQCrBwUA/AcFAAIIBQBSCAUAcggFAKgIBQCwCAUA/ggFAAwJBQBUCQUAVwkFAKoJBQCyCQUAAAoFAAkKBQBWCgUAYwoFAKwKBQCyCgUAAgsFAA4LBQBYCwUAWgsFAK4LBQC9CwUABAwFAA8MBQBaDAUAXAwFALAMBQDJDAUABg0FABcNBQBcDQUAaA0FACy5EQC6DQUACA4FACgOBQBeDgUAbA4FALQOBQDBDgUACg8FABEPBQBgDwUAfA8FALYPBQC+DwUAgrkRABEQBQBiEAUAbxAFALgQBQDFEAUADhEFABoRBQBkEQUAcxEFALoRBQDEEQUAEBIFACUSBQBmEgUAbhIFALwSBQDLEgUAEhMFABQTBQBoEwUAcRMFAL4TBQDBEwUAFBQFACAUBQBqFAUAhhQFAMAUBQDIFAUA2LkRABsVBQBsFQUAghUFAMIVBQDOFQUAGBYFADsWBQAuuhEAexYFAMQWBQDRFgUAGhcFACYXBQBwFwUAfxcFAMYXBQDQFwUAHBgFACQYBQByGAUAfBgFAMgYBQDNGAUAHhkFACYZBQCEuhEAiBkFAMoZBQDwGQUAIBoFAEYaBQB2GgUAnBoFAMwaBQD3GgUAIhsFACobBQB4GwUAohsFAM4bBQAEHAUAJBwFAEocBQB6HAUAoBwFANAcBQAGHQUAJh0FAFEdBQB8HQUAhB0FANIdBQDXHQUA6H4FAOEdBQAoHgUALR4FAH4eBQCLHgUA1B4FAOEeBQAqHwUANh8FAIAfBQCPHwUA1h8FAOAfBQAsIAUAOiAFAIIgBQCHIAUA2CAFAOUgBQAuIQUANiEFAIQhBQCKIQUA2iEFAI4hBQA4fAUA5iEFADAiBQBAIgUAhiIFAI8iBQDcIgUA3yIFADIjBQA+IwUAiCMFAI8jBQDauhEA8iMFADQkBQA3JAUAiiQFAKckBQDgJAUA8SQFADYlBQA9JQUAjCUFAKUlBQDiJQUA6iUFADgmBQBOJgUAjiYFAJMmBQDkJgUA6yYFADonBQBDJwUAkCcFAKEnBQDmJwUA8icFADC7EQA+KAUAmCsFAFAoBQCSKAUAlSgFAOgoBQAFKQUAPikFAE8pBQCUKQUAoykFAOopBQD7KQUAQCoFAE4qBQCWKgUAoioFAOwqBQD5KgUAQisFAEwrBQCGuxEAnisFAO4rBQD8KwUARCwFAEYsBQCaLAUAoSwFAPAsBQAJLQUA3LsRAFotBQCcLQUAny0FAPItBQAPLgUASC4FAFkuBQCeLgUApi4FAPQuBQD7LgUASi8FAFAvBQCgLwUAri8FAPYvBQARMAUATDAFAFgwBQCiMAUAqDAFAPgwBQANMQUATjEFAFYxBQCkMQUArjEFAPoxBQAAMgUAUDIFAF4yBQCmMgUAsjIFAPwyBQADMwUAUjMFAFozBQAyvBEAsTMFAP4zBQALNAUAVDQFAGI0BQCqNAUAuTQFAAA1BQACNQUAVjUFAGA1BQCsNQUAujUFAAI2BQAHNgUAWDYFAGU2BQCuNgUAsTYFAAQ3BQAQNwUAWjcFAG03BQCwNwUAvzcFAAY4BQASOAUAXDgFAF04BQCyOAUAvDgFAAg5BQAWOQUAXjkFAGM5BQC0OQUAwTkFAIi8EQAPOgUAYDoFAHY6BQC2OgUAzDoFAAw7BQAVOwUAYjsFAG87BQC4OwUAxjsFAA48BQAdPAUAZDwFAGY8BQC6PAUAxDwFABA9BQAePQUAZj0FAGs9BQC8PQUAyT0FABI+BQAVPgUAaD4FAHA+BQC+PgUAzz4FABQ/BQAiPwUAaj8FAHc/BQDAPwUA4D8FABZABQAeQAUAbEAFAHxABQDCQAUAxEAFABhBBQAmQQUAbkEFAH9BBQCKvREAykEFABpCBQAmQgUA4L0RAHdCBQDGQgUAfUIFAOwuBwDNQgUAHEMFACJDBQByQwUAfkMFAMhDBQDLQwUAHkQFACFEBQB0RAUAnEQFAMpEBQDtRAUAIEUFACtFBQB2RQUAe0UFAMxFBQDPRQUAIkYFACxGBQB4RgUAoEYFADa+EQDTRgUAJEcFADFHBQB6RwUAh0cFANBHBQDcRwUAJkgFADVIBQB8SAUAhkgFANJIBQDaSAUAKEkFADJJBQB+SQUAg0kFANRJBQDcSQUAjL4RADdKBQCASgUAlEoFANZKBQDeSgUALEsFADFLBQCCSwUAkksFANhLBQDgSwUALkwFADhMBQCETAUAj0wFANpMBQDmTAUAME0FADhNBQDivhEAh00FANxNBQDoTQUAMk4FAEFOBQCITgUAlk4FAN5OBQDuTgUANE8FAEJPBQCKTwUAlk8FAOBPBQDnTwUANlAFAD5QBQCMUAUAolAFAOJQBQD2UAUAOFEFADtRBQCOUQUAq1EFAORRBQD1UQUAOlIFAEJSBQCQUgUAm1IFAOZSBQDrUgUAPFMFAD9TBQCSUwUAnFMFAOhTBQDrUwUAOL8RAEBUBQCIVAgAQ1QFAJRUBQCXVAUA6lQFAPRUBQBAVQUASFUFAJZVBQC1VQUAjr8RAABWBQBCVgUAaFYFAJhWBQC+VgUA7lYFABRXBQBEVwUAfFcFAJpXBQDQVwUA8FcFABZYBQBGWAUAbFgFAJxYBQDSWAUA8lgFABZZBQBIWQUAZFkFAJ5ZBQCmWQUA5L8RAPlZBQBKWgUAV1oFAKBaBQCtWgUA9loFAAJbBQBMWwUAW1sFAKJbBQCsWwUA+FsFAAZcBQBOXAUAU1wFAKRcBQCxXAUA+lwFAAJdBQA6wBEAXF0FAKZdBQC2XQUA/F0FAAVeBQBSXgUAVV4FAKheBQC0XgUA/l4FAAVfBQCQwBEAYl8FAKpfBQDAXwUAAGAFAAxgBQBWYAUAXWAFAKxgBQC0YAUAAmEFAAdhBQBYYQUAYWEFAK5hBQC4YQUA5sARAAViBQBaYgUAZmIFALBiBQC2YgUABmMFAAhjBQBcYwUAZmMFALJjBQDAYwUACGQFAA1kBQBeZAUAa2QFALRkBQC8ZAUACmUFABRlBQBgZQUAbmUFALZlBQDMZQUADGYFABhmBQBiZgUAaWYFALhmBQDAZgUADmcFABNnBQBkZwUAbWcFALpnBQDEZwUAPMERABNoBQBmaAUAg2gFALxoBQDNaAUAEmkFACBpBQBoaQUAgGkFAL5pBQDBaQUAFGoFADFqBQBqagUAe2oFAMBqBQDYagUAFmsFACJrBQBsawUAf2sFAMJrBQDRawUAGGwFACRsBQBubAUAb2wFAMRsBQDObAUAGm0FAChtBQBwbQUAdW0FAMZtBQDTbQUAksERACFuBQBybgUAf24FAMhuBQDVbgUAHm8FACpvBQB0bwUAg28FAMpvBQDUbwUAIHAFAC5wBQB2cAUAe3AFAMxwBQDZcAUAInEFACpxBQCUwhEAhHEFAM5xBQDecQUAJHIFAC1yBQB6cgUAfXIFANByBQDccgUAJnMFAC1zBQDqwhEAinMFANJzBQDocwUAKHQFADR0BQB+dAUAhXQFANR0BQDcdAUAKnUFAC91BQCAdQUAiXUFANZ1BQDgdQUAQMMRAC12BQCCdgUAjnYFANh2BQDedgUALncFADB3BQCEdwUAjncFANp3BQDodwUAMHgFADV4BQCGeAUAk3gFANx4BQDkeAUAMnkFADx5BQCIeQUAlnkFAN55BQD0eQUANHoFAEB6BQCKegUAkXoFAOB6BQDoegUANnsFADt7BQCMewUAlXsFAOJ7BQDsewUAlsMRAEZ8BQCOfAUApHwFAOR8BQDwfAUAOn0FAEF9BQCQfQUAmH0FAOZ9BQDrfQUAPH4FAEV+BQCSfgUAnH4FAOzDEQDpfgUAPn8FAEp/BQCUfwUAmn8FAOp/BQDsfwUAQIAFAEqABQCWgAUApIAFAOyABQDxgAUAQoEFAE+BBQCYgQUAoIEFAO6BBQD4gQUARIIFAFKCBQCaggUAsIIFAPCCBQD8ggUARoMFAE2DBQCcgwUApIMFAPKDBQD3gwUASIQFAFGEBQCehAUAqIQFAELEEQD2hAUACB4NAAKFBQBKhQUAW4UFAKCFBQClhQUA9oUFAA2GBQBMhgUAYIYFAKKGBQC6hgUA+IYFAAeHBQBOhwUAU4cFAKSHBQCxhwUA+ocFAAeIBQBQiAUAXIgFAKaIBQC1iAUA/IgFAAaJBQBSiQUAWokFAKiJBQDGiQUA/okFAAaKBQBUigUAXYoFAKqKBQC3igUAAIsFAAKLBQBWiwUAb4sFAKyLBQC9iwUAAowFAA6MBQBYjAUAYIwFAJjEEQCzjAUABI0FAAyNBQBajQUAaY0FALCNBQC1jQUABo4FABOOBQBcjgUAaY4FALKOBQC+jgUACI8FABePBQBejwUAaI8FALSPBQC8jwUACpAFABSQBQBgkAUAZZAFALaQBQC+kAUA7sQRACCRBQBikQUAZZEFALiRBQDVkQUADpIFAB+SBQBkkgUAmpIFALqSBQDZkgUAEJMFABiTBQBmkwUAaJMFALyTBQDLkwUAEpQFAByUBQBolAUAdpQFAL6UBQDZlAUAFJUFACCVBQBqlQUAcpUFAETFEQDMlQUAFpYFACWWBQBslgUAcZYFAMKWBQDIlgUAGJcFAB+XBQBulwUAdpcFAMSXBQDGlwUAGpgFACGYBQBwmAUAcpgFAMaYBQDHmAUAHJkFACaZBQBymQUAfpkFAMiZBQDOmQUAHpoFADiaBQB0mgUAfJoFAMqaBQDgmgUAIJsFAC6bBQB2mwUAeZsFAMybBQDPmwUAIpwFADCcBQB4nAUAhZwFAM6cBQDlnAUAJJ0FACydBQB6nQUAfJ0FANCdBQDYnQUAJp4FAD2eBQB8ngUAiJ4FANKeBQDongUAKJ8FADCfBQB+nwUAjJ8FANSfBQDenwUAKqAFADKgBQCAoAUAh6AFANagBQDioAUALKEFAC2hBQCCoQUAjqEFANihBQDloQUALqIFADWiBQCEogUAh6IFANqiBQDiogUAMKMFADWjBQCGowUAk6MFANyjBQAMpAUAMqQFADqkBQCaxREAjqQFAN6kBQDspAUANKUFAEWlBQCKpQUAj6UFAOClBQD3pQUANqYFAEqmBQCMpgUAq6YFAOKmBQDqpgUAOKcFADqnBQCOpwUAnacFAOSnBQDupwUAOqgFAEioBQCQqAUAq6gFAOaoBQDyqAUAPKkFAESpBQDwxREAnqkFAOipBQD3qQUAPqoFAEOqBQCUqgUAmqoFAOqqBQDxqgUAQKsFAEirBQCWqwUAmKsFAOyrBQDzqwUAQqwFAESsBQCYrAUAmawFAO6sBQD4rAUARK0FAFCtBQCarQUAoK0FAPCtBQAKrgUARq4FAE6uBQCcrgUAsq4FAPKuBQAArwUASK8FAEuvBQCerwUAoa8FAPSvBQACsAUASrAFAFewBQCgsAUAt7AFAPawBQD+sAUATLEFAE6xBQCisQUAqrEFAPixBQAPsgUATrIFAFqyBQCksgUAurIFAPqyBQACswUAULMFAF6zBQCmswUAsLMFAPyzBQAEtAUAUrQFAFm0BQCotAUAtLQFAP60BQD/tAUAVLUFAGC1BQCqtQUAt7UFAAC2BQAHtgUAVrYFAFm2BQCstgUAtLYFAAK3BQAHtwUAWLcFAGW3BQCutwUA3rcFAAS4BQAMuAUARsYRAF+4BQCwuAUAzLgFAAa5BQAOuQUAnMYRAJW5BQCyuQUA2LkFAAi6BQAxugUAXroFAJS6BQC0ugUAyboFAAq7BQASuwUAYLsFAGO7BQC2uwUA07sFAAy8BQAdvAUAYrwFAGW8BQC4vAUAwrwFAA69BQAQvQUAZL0FAG69BQC6vQUAxr0FABC+BQAsvgUAZr4FAG6+BQDyxhEA774FABK/BQAVvwUAaL8FAI6/BQC+vwUA578FABTABQA4wAUAasAFAHLABQBIxxEAxcAFABbBBQAjwQUAbMEFAHnBBQDCwQUAzsEFABjCBQAnwgUAbsIFAHjCBQDEwgUA0sIFABrDBQAfwwUAcMMFAH3DBQDGwwUAzsMFABzEBQAmxAUAcsQFAIDEBQDIxAUA3sQFAB7FBQAqxQUAdMUFAHnFBQDKxQUA08UFACDGBQAqxgUAdsYFAJLGBQDMxgUA1MYFAJ7HEQAkxwUAeMcFAIbHBQDOxwUA38cFAPTHEQAryAUASsgRAH/IBQDQyAUA2MgFACbJBQA1yQUAfMkFAILJBQDSyQUA3skFACjKBQAqygUAfsoFAIjKBQDUygUA4MoFACrLBQAyywUA9sgRAIXLBQDWywUA5csFACzMBQBMzAUAgswFAI7MBQDYzAUA4swFAC7NBQA2zQUAhM0FAIbNBQDazQUA6s0FADDOBQA6zgUAhs4FAJLOBQDczgUA4s4FADLPBQA6zwUATMkRAJ/PBQDezwUA5s8FADTQBQA+0AUAitAFAI/QBQDg0AUA6NAFAKLJEQA70QUAjNEFAJXRBQCmawwAmdEFAOLRBQCi0QUAJocPAOzRBQCyTA8A79EFADjSBQBE0gUAjtIFAJ3SBQDk0gUA7tIFADrTBQBC0wUA8GMLAEjTBQCQ0wUAndMFAObTBQD90wUAPNQFAETUBQCS1AUAnNQFAOjUBQDt1AUAPtUFAEbVBQD4yREAodUFAOrVBQD41QUAQNYFAFPWBQCW1gUAntYFAOzWBQDv1gUAQtcFAEfXBQCY1wUAp9cFAO7XBQAO2AUARNgFAFDYBQCa2AUApNgFAPDYBQAM2QUARtkFAE7ZBQBOyhEAr9kFAPLZBQD42QUASNoFAFTaBQCe2gUAqNoFAPTaBQD62gUAStsFAFjbBQCg2wUArNsFAPbbBQD52wUATNwFAE3cBQCi3AUArtwFAPjcBQD+3AUATt0FAFTdBQCk3QUAsN0FAPrdBQAX3gUAUN4FAFneBQCm3gUAst4FAPzeBQD/3gUAUt8FAFzfBQCo3wUAtN8FAP7fBQAE4AUAVOAFAFrgBQCq4AUAr+AFAADhBQAG4QUApMoRAGLhBQCs4QUAruEFAALiBQAR4gUAWOIFAGPiBQCu4gUAuuIFAATjBQAL4wUAWuMFAGLjBQCw4wUAuuMFAAbkBQAR5AUAXOQFAGjkBQCy5AUAuuQFAKbLEQAK5QUAXuUFAHHlBQC05QUAvOUFAArmBQAQ5gUAYOYFAGzmBQC25gUAwOYFAAznBQAS5wUAYucFAHDnBQC45wUAxOcFAA7oBQAR6AUAZOgFAGzoBQC66AUAu+gFABDpBQAc6QUAZukFAGzpBQC86QUAxOkFABLqBQAY6gUAaOoFAHTqBQC+6gUA2+oFABTrBQAd6wUAausFAHbrBQDA6wUAw+sFABbsBQAg7AUAbOwFAHTsBQDC7AUA0+wFABjtBQAm7QUAbu0FAITtBQDE7QUA0u0FABruBQAk7gUA/MsRAH/uBQDG7gUA0e4FABzvBQAo7wUAcu8FAHnvBQDI7wUA0O8FAB7wBQAo8AUAdPAFAH/wBQDK8AUA1vAFACDxBQAo8QUAUswRAHjxBQDM8QUA3/EFACLyBQAq8gUAePIFAH7yBQDO8gUA2vIFACTzBQAu8wUAevMFAIDzBQDQ8wUA3vMFACb0BQAy9AUAfPQFAH/0BQDS9AUA2vQFACj1BQAp9QUAfvUFAIr1BQDU9QUA2vUFACr2BQAy9gUAgPYFAIb2BQDW9gUA4vYFACz3BQBJ9wUAgvcFAIv3BQDY9wUA5PcFAC74BQAx+AUAhPgFAI74BQDa+AUA4vgFADD5BQBB+QUAhvkFAJT5BQDc+QUA8vkFADL6BQBA+gUAiPoFAJL6BQDe+gUA5voFADT7BQBX+wUAqMwRAJX7BQDg+wUA7vsFADb8BQBF/AUAjPwFAJf8BQDi/AUA6vwFADj9BQBG/QUAjv0FAJH9BQDk/QUA7P0FAP7MEQBI/gUAkP4FAJP+BQDm/gUA7v4FAIhQBgDy/gUA6isGAPX+BQBIBQYAAv8FADz/BQBY/wUAVM0RAJT/BQDo/wUA9f8FAD4ABgBLAAYAlAAGAJkABgDqAAYA9AAGAEABBgBPAQYAlgEGAJsBBgDsAQYA+QEGAEICBgBPAgYAmAIGAKQCBgDuAgYA/QIGAEQDBgBOAwYAmgMGAKYDBgDwAwYA9gMGAEYEBgBMBAYAnAQGAKEEBgDyBAYA+AQGAKrNEQBNBQYAKiEGAFkFBgCeBQYArAUGAPQFBgAABgYASgYGAFcGBgCgBgYAqgYGAPYGBgASBwYATAcGAGgHBgAAzhEApAcGAPgHBgAFCAYATggGAFsIBgCkCAYAqQgGAPoIBgAECQYAUAkGAF8JBgCmCQYAqwkGAPwJBgAJCgYAUgoGAF8KBgCoCgYAtAoGAP4KBgANCwYAVAsGAF4LBgCqCwYAtgsGAAAMBgAGDAYAVgwGAFwMBgCsDAYAsQwGAAINBgAIDQYAVs4RAF8NBgCuDQYAvA0GAAQOBgAHDgYAWg4GAGkOBgCwDgYAtQ4GAAYPBgATDwYAXA8GAGkPBgCyDwYAvg8GAAgQBgAXEAYAXhAGAGgQBgC0EAYAwhAGAAoRBgAPEQYAYBEGAG0RBgC2EQYAwhEGAAwSBgAfEgYAYhIGAHESBgC4EgYAxBIGAA4TBgAPEwYAZBMGAG4TBgC6EwYAyBMGABAUBgAVFAYAZhQGAHMUBgCszhEAvhQGABIVBgAgFQYAaBUGAHkVBgCuzxEAxRUGAATQEQAZFgYAahYGAHIWBgDAFgYAzxYGABYXBgAbFwYAbBcGAHkXBgDCFwYAzxcGABgYBgAkGAYAbhgGAH0YBgDEGAYAzhgGALDQEQAcGQYAcBkGAIsZBgDGGQYAyBkGABwaBgA2GgYAchoGAH8aBgDIGgYA1BoGAB4bBgAoGwYAdBsGAI4bBgDKGwYA2RsGACAcBgAlHAYAdhwGAIMcBgDMHAYA2RwGACIdBgAuHQYAeB0GAIcdBgDOHQYA2B0GACQeBgAwHgYAeh4GAI0eBgDQHgYA3x4GACYfBgAyHwYAfB8GAH0fBgDSHwYA3B8GACggBgA2IAYAfiAGAIMgBgDUIAYA4SAGAAbREQA3IQYAgCEGAI0hBgDWIQYA4iEGACwiBgA7IgYAgiIGAIwiBgDYIgYA5iIGAC4jBgAzIwYAhCMGAJEjBgDaIwYA5iMGADAkBgBDJAYAhiQGAJUkBgDcJAYA6CQGADIlBgAzJQYAiCUGAJIlBgDeJQYA7CUGADQmBgA5JgYAiiYGAJcmBgBc0REA7SYGADYnBgA4JwYAjCcGAKUnBgDiJwYA8ycGADgoBgBEKAYAjigGAJYoBgBe0hEA6SgGADopBgBCKQYAkCkGAJ8pBgDmKQYA6ykGADwqBgBJKgYAkioGAJ8qBgDoKgYA9CoGAD4rBgBNKwYAlCsGAJ4rBgC00hEA/SsGAEAsBgBPLAYAliwGAKIsBgDsLAYA7SwGAEItBgBMLQYAmC0GAKYtBgDuLQYA8y0GAEQuBgBRLgYACtMRAJ8uBgDwLgYA/S4GAEYvBgBTLwYAnC8GAKgvBgDyLwYAATAGAEgwBgBSMAYAnjAGAKwwBgD0MAYA+TAGAEoxBgBXMQYAoDEGAKgxBgAM1BEAAjIGAEwyBgBcMgYAojIGAKsyBgD4MgYA+zIGAE4zBgBaMwYApDMGAKszBgBi1BEABTQGAFA0BgBRNAYApjQGAL40BgD8NAYACTUGAFI1BgBeNQYAqDUGALI1BgD+NQYAAjYGAFQ2BgBZNgYAqjYGALA2BgAANwYAIDcGAFY3BgBuNwYArDcGAMM3BgACOAYADjgGAFg4BgBiOAYArjgGALA4BgAEOQYACzkGAFo5BgBhOQYAsDkGALY5BgAGOgYAEjoGAFw6BgBfOgYAsjoGALU6BgAIOwYAFDsGAF47BgBhOwYAuNQRALk7BgAKPAYAEjwGAGA8BgBmPAYAtjwGALs8BgAMPQYAFT0GAGI9BgBsPQYAuD0GAMQ9BgAOPgYAFj4GAA7VEQBpPgYAuj4GAMI+BgAQPwYAGz8GAGY/BgBrPwYAvD8GAL8/BgASQAYAHEAGAGTVEQBwQAYAvkAGAMJABgAUQQYAFkEGAGpBBgBtQQYAwEEGAMhBBgAWQgYAI0IGAGxCBgBxQgYAwkIGAMxCBgAYQwYAIEMGAG5DBgBvQwYAxEMGAMlDBgAaRAYAHUQGAHBEBgBzRAYAxkQGANREBgAcRQYANUUGAHJFBgCDRQYAyEUGANRFBgAeRgYAJkYGALrVEQB5RgYAykYGANJGBgAgRwYAL0cGAHZHBgB7RwYAzEcGANlHBgAiSAYAL0gGAHhIBgCESAYAzkgGAN1IBgAkSQYALkkGAHpJBgCCSQYA0EkGANpJBgAmSgYAK0oGAHxKBgCESgYAENYRAN1KBgAoSwYANEsGAH5LBgCGSwYAZtYRAOBLBgAqTAYAMUwGAIBMBgCOTAYA1kwGANlMBgAsTQYANE0GAIJNBgCFTQYA2E0GAORNBgAuTgYANE4GAIROBgCfTgYA2k4GAOZOBgAwTwYANk8GAIZPBgCpTwYA3E8GAN9PBgAyUAYAVlAGALzWEQCXUAYA3lAGAONQBgA0UQYAQVEGAIpRBgCXUQYA4FEGAOxRBgA2UgYARVIGAIxSBgCWUgYA4lIGAPBSBgA4UwYAPVMGAI5TBgCbUwYA5FMGAOxTBgAS1xEAR1QGAJBUBgCYVAYA5lQGAP9UBgA8VQYAQlUGAJJVBgCXVQYA6FUGAAhWBgA+VgYASlYGAJRWBgChVgYA6lYGAPJWBgBAVwYAQ1cGAJZXBgCgVwYA7FcGAO5XBgBCWAYATFgGAJhYBgCkWAYAaNcRAARZBgBEWQYAUFkGAJpZBgCfWQYA8FkGAKJZBgCw0hIA+VkGAEZaBgBQWgYAnFoGAKRaBgB8UgoAqFoGAPJaBgC/WgYAoI8KAPhaBgBIWwYABVsGACRXDQBOWwYAnlsGAKNbBgD0WwYA+lsGAL7XEQBYXAYAoFwGALZcBgD2XAYAAl0GAExdBgBRXQYAol0GAKtdBgD4XQYAAl4GAE5eBgBWXgYApF4GALNeBgD6XgYA/14GAFBfBgBdXwYApl8GALNfBgD8XwYACGAGAFJgBgBhYAYAqGAGALJgBgD+YAYADGEGAFRhBgBhYQYAqmEGAMFhBgAAYgYACGIGAFZiBgBgYgYArGIGALFiBgACYwYACmMGAMDYEQBkYwYArmMGALRjBgAEZAYAH2QGAFpkBgBmZAYAsGQGALZkBgAW2READGUGACoGDgAZZQYAXGUGAGtlBgCyZQYAvmUGAAhmBgAJZgYAXmYGAGhmBgC0ZgYAwmYGAApnBgAPZwYAYGcGAG1nBgBs2REAu2cGAAxoBgAUaAYAYmgGAGVoBgC4aAYAwWgGAA5pBgAdaQYAZGkGAG9pBgC6aQYAwmkGABBqBgAgagYAZmoGAHRqBgC8agYAzWoGABJrBgAeawYAaGsGAHBrBgBu2hEAxGsGABRsBgAcbAYAamwGAHFsBgDAbAYAzmwGABZtBgAcbQYAbG0GAHhtBgDCbQYA0W0GABhuBgAibgYAbm4GAHNuBgDEbgYAym4GABpvBgAubwYAcG8GAHhvBgDGbwYA8G8GABxwBgAlcAYAcnAGAH9wBgDIcAYA1nAGAB5xBgAxcQYAdHEGAJBxBgDE2hEAz3EGACByBgAtcgYAdnIGAINyBgDMcgYA2HIGACJzBgAxcwYAeHMGAIJzBgDOcwYA3HMGACR0BgApdAYAenQGAId0BgDQdAYA2HQGABrbEQAydQYAfHUGAIx1BgDSdQYA23UGACh2BgArdgYAfnYGAIp2BgDUdgYA23YGAHDbEQBUdwYAgHcGAIl3BgDWdwYA43cGACx4BgA6eAYAgngGAJV4BgDYeAYA9HgGAMbbEQA8eQYAhHkGAJp5BgDaeQYA5nkGADB6BgA3egYAhnoGAI56BgDcegYA4XoGADJ7BgA7ewYAiHsGAJJ7BgAc3BEA33sGADR8BgBAfAYAinwGAJB8BgDgfAYA4nwGADZ9BgBAfQYAjH0GAJp9BgDifQYA530GADh+BgBFfgYAjn4GAJZ+BgDkfgYA7n4GADp/BgBIfwYAkH8GAKZ/BgDmfwYA8n8GADyABgBDgAYAkoAGAJqABgDogAYA7YAGAD6BBgBHgQYAlIEGAJ6BBgBy3BEA8IEGAECCBgBGggYAloIGAJuCBgDsggYA8oIGAMjcEQBHgwYAmIMGAKWDBgDugwYA+4MGAESEBgBQhAYAmoQGAKmEBgDwhAYA+oQGAEaFBgBUhQYAnIUGAKGFBgDyhQYA/4UGAEiGBgBQhgYAyt0RAKyGBgD0hgYACocGAEqHBgBWhwYAoIcGAKWHBgD2hwYA/4cGAEyIBgBWiAYAIN4RAK6IBgD4iAYACYkGAE6JBgBaiQYApIkGALOJBgD6iQYABIoGAFCKBgBeigYApooGAKuKBgD8igYACYsGAFKLBgBciwYAqIsGAF6LBgBajwYAtosGAP6LBgAUjAYAVIwGAGCMBgCqjAYAr4wGAACNBgAJjQYAVo0GAGCNBgCsjQYAuI0GAAKOBgAIjgYAWI4GAF6OBgCujgYAs44GAASPBgAKjwYAdt4RAGCPBgCwjwYAto8GAAaQBgALkAYAXJAGAGKQBgDM3hEAwJAGAAiRBgAekQYAXpEGAGqRBgC0kQYAuZEGAAqSBgATkgYAYJIGAGqSBgC2kgYAwpIGAAyTBgAfkwYAYpMGAHGTBgC4kwYAxJMGAA6UBgAPlAYAZJQGAG6UBgC6lAYAyJQGABCVBgAVlQYAZpUGAHOVBgAi3xEAy5UGABKWBgAylgYAaJYGAHSWBgC+lgYAyJYGABSXBgAZlwYAapcGAGuXBgDAlwYAzJcGABaYBgAjmAYAbJgGAHiYBgDCmAYA1ZgGABiZBgAnmQYAbpkGAHqZBgDEmQYAxZkGABqaBgAkmgYAcJoGAH6aBgDGmgYAy5oGABybBgApmwYAeN8RAI6bBgDO3xEAzpsGAB6cBgAknAYAdJwGAHmcBgDKnAYA0JwGACTgEQAlnQYAdp0GAHmdBgDMnQYA2J0GACKeBgAongYAeJ4GAJOeBgDOngYA2p4GACSfBgAqnwYAep8GAHyfBgDQnwYA658GACagBgAooAYAfKAGAIqgBgDSoAYA46AGACihBgAqoQYAfqEGAJehBgDUoQYA5aEGACqiBgA2ogYAJuERAIqiBgDWogYA5KIGACyjBgBCowYAgqMGAI6jBgDYowYA3aMGAC6kBgA3pAYAhKQGAI6kBgDapAYA4qQGADClBgA1pQYAhqUGAJWlBgDcpQYA66UGADKmBgA7pgYAiKYGAI6mBgDepgYA5KYGADSnBgBApwYAiqcGAJGnBgDgpwYA6KcGADaoBgA4qAYAjKgGAJyoBgDiqAYA7KgGADipBgBEqQYAjqkGAJSpBgDkqQYA7KkGAHzhEQBGqgYAkKoGAKGqBgDmqgYA8qoGADyrBgBLqwYAkqsGAJyrBgDoqwYA9qsGAD6sBgBDrAYAlKwGAKGsBgDqrAYA8qwGAECtBgBKrQYAGsUGAEytBgCWrQYAnK0GAOytBgDyrQYAQq4GAEeuBgCYrgYAnq4GANLhEQD6rgYARK8GAEqvBgCarwYAta8GAPCvBgD8rwYARrAGAEywBgCcsAYApLAGAPKwBgD1sAYASLEGAFSxBgCesQYAr7EGAPSxBgAAsgYASrIGAFmyBgCgsgYAqrIGAPayBgAEswYATLMGAFGzBgCiswYAr7MGAPizBgAAtAYATrQGAFi0BgCktAYAsrQGAPq0BgAQtQYAULUGAFy1BgCmtQYAq7UGAPy1BgAFtgYAUrYGAFy2BgDU4hEArrYGAP62BgAEtwYAVLcGAGC3BgCqtwYAt7cGAAC4BgAKuAYAVrgGAF64BgCsuAYAtrgGAAK5BgAHuQYAWLkGAFm5BgCuuQYAs7kGAAS6BgAVugYAWroGAF+6BgCwugYAx7oGAAa7BgAauwYAXLsGAHi7BgCyuwYAursGACrjEQAQvAYAXrwGAGi8BgC0vAYAyLwGAAq9BgALvQYAYL0GAGy9BgC2vQYA0r0GAAy+BgAUvgYAgOMRAGu+BgC4vgYAxr4GAA6/BgDHvgYA4DALABi/BgBkvwYAZr8GALq/BgDTvwYAEMAGACHABgBmwAYAcsAGALzABgDEwAYA1uMRAB7BBgBowQYAbsEGAL7BBgDZwQYAFMIGACDCBgBqwgYAcMIGAMDCBgDDwgYAFsMGAB7DBgBswwYAfMMGAMLDBgDHwwYAGMQGACHEBgBuxAYAe8QGAMTEBgDLxAYALOQRACjFBgBwxQYAhsUGAMbFBgDSxQYAHMYGACHGBgByxgYAe8YGAMjGBgDSxgYAHscGADrHBgB0xwYAfMcGAILkEQDPxwYAIMgGACjIBgB2yAYAeMgGAMzIBgDnyAYAIskGACTJBgB4yQYAhskGAM7JBgDfyQYAJMoGACbKBgB6ygYAk8oGANDKBgDhygYAJssGADLLBgB8ywYAhMsGANjkEQDeywYAKMwGAC7MBgB+zAYAmcwGANTMBgDgzAYAKs0GADDNBgCAzQYAg80GAC7lEQDzzQYALM4GAC3OBgCCzgYAkc4GANjOBgDdzgYALs8GADvPBgCEzwYAkc8GANrPBgDmzwYAMNAGAD/QBgCG0AYAkNAGANzQBgDq0AYAMtEGADfRBgCI0QYAldEGAN7RBgDq0QYANNIGADrSBgCK0gYAR9IGAAroBgCQ0gYA4NIGAOXSBgA20wYAPNMGAITlEQCR0wYA4tMGAALUBgA41AYARNQGAI7UBgCU1AYA5NQGAOzUBgCSAQcA7dQGADrVBgBH1QYAkNUGAJbVBgDm1QYA8tUGADzWBgA+1gYAktYGAKHWBgDo1gYA89YGAD7XBgBA1wYAlNcGAK3XBgDq1wYA+9cGAEDYBgBM2AYAltgGAKLYBgDs2AYA/9gGAELZBgBR2QYAmNkGAKTZBgDu2QYA79kGAETaBgBO2gYAmtoGAKjaBgDw2gYA9doGAEbbBgBT2wYA2uURAKnbBgDy2wYABtwGAEjcBgBk3AYAntwGALrcBgAw5hEAA90GAErdBgBL3QYAoN0GAK/dBgD23QYA+90GAEzeBgBZ3gYAot4GAK/eBgD43gYABN8GAE7fBgBd3wYApN8GAK7fBgD63wYACOAGAFDgBgBV4AYApuAGALPgBgD84AYADOEGAFLhBgBU4QYAqOEGALbhBgD+4QYAD+IGAIbmEQBb4gYA3OYRAK/iBgAA4wYADeMGAFbjBgBj4wYArOMGALLjBgAC5AYADuQGAFjkBgBo5AYAruQGALfkBgAE5QYAB+UGAFrlBgBm5QYAsOUGALflBgAy5xEAEuYGAFzmBgBs5gYAsuYGALvmBgAI5wYAC+cGAF7nBgBq5wYAtOcGALvnBgCI5xEAGegGAGDoBgBs6AYAtugGALfoBgAM6QYAFukGAGLpBgBw6QYAuOkGAL3pBgAO6gYAG+oGAN7nEQBp6gYAuuoGAMnqBgAQ6wYAMOsGAGbrBgBy6wYAvOsGAMbrBgAS7AYAGuwGAGjsBgB07AYAvuwGAMTsBgAU7QYAGu0GAGrtBgBv7QYAwO0GAMbtBgDg6BEAG+4GAGzuBgB17gYAwu4GANPuBgAY7wYAH+8GAG7vBgB27wYAxO8GANHvBgAa8AYAH/AGAHDwBgB68AYAxvAGAM7wBgAc8QYAK/EGAHLxBgB38QYAyPEGANXxBgAe8gYAK/IGAHTyBgCA8gYAyvIGANnyBgAg8wYAKvMGAHbzBgB+8wYAzPMGANbzBgAi9AYAJ/QGAHj0BgCA9AYA4ukRANP0BgAk9QYAJ/UGAHr1BgCE9QYAOOoRANb1BgAm9gYAK/YGAHz2BgCc9gYA0vYGAN72BgAo9wYALvcGAH73BgCB9wYA1PcGANb3BgAq+AYARfgGAID4BgCC+AYA1vgGAOT4BgAs+QYAPfkGAIL5BgCE+QYA2PkGAPH5BgAu+gYAP/oGAIT6BgCQ+gYAjuoRAOr6BgAw+wYAUPsGAIb7BgCI+wYA3PsGAOj7BgDoExAA6/sGAAYRBwD4+wYAdh4HAAj8BgAy/AYANfwGAIj8BgCX/AYA3vwGAOP8BgA0/QYAQf0GAIr9BgCX/QYA4P0GAOz9BgA2/gYARf4GAIz+BgCW/gYA4v4GAPD+BgA4/wYAPf8GAI7/BgCb/wYA5P8GAPD/BgA6AAcAQAAHAJAABwCWAAcA5gAHAOsABwA8AQcAQgEHAOTqEQCoAQcA6AEHAOoBBwA+AgcAUgIHAJQCBwCcAgcA6gIHAPcCBwBAAwcARQMHAJYDBwCgAwcA7AMHAPQDBwBCBAcAWwQHAJgEBwCkBAcA7gQHAPYEBwA66xEAXwUHAJoFBwCcBQcA8AUHAP4FBwBGBgcAVwYHAJwGBwCeBgcA8gYHAAsHBwBIBwcAWQcHAJ4HBwCqBwcAkOsRAPkHBwBKCAcAUwgHAKAIBwCxCAcA9ggHAP0IBwBMCQcAVAkHAKIJBwCvCQcA+AkHAP0JBwBOCgcAWAoHAKQKBwCsCgcA+goHABMLBwBQCwcAXAsHAKYLBwCuCwcAPOwRAP8LBwBSDAcAXAwHAKgMBwCqDAcA/gwHABcNBwBUDQcAZQ0HAKoNBwC4DQcAAA4HAAMOBwBWDgcAYQ4HAKwOBwC4DgcAAg8HAAkPBwCS7BEAXQ8HAK4PBwC2DwcABBAHABIQBwBaEAcAWxAHALAQBwDLEAcA6OwRAAsRBwBcEQcAaREHALIRBwC/EQcACBIHABQSBwBeEgcAbRIHALQSBwC+EgcAChMHABgTBwBgEwcAZRMHALYTBwDDEwcADBQHABgUBwBiFAcAaBQHALgUBwC+FAcADhUHABMVBwBkFQcAahUHAD7tEQDHFQcAEBYHABIWBwBmFgcAfxYHALwWBwDNFgcAEhcHAB4XBwBoFwcAcBcHAEDuEQDDFwcAFBgHABwYBwBqGAcAgxgHAMAYBwDFGAcAFhkHABsZBwBsGQcAdhkHAMIZBwDFGQcAGBoHACIaBwBuGgcAdBoHAMQaBwDGGgcAGhsHABsbBwBwGwcAeBsHAMYbBwDWGwcAHBwHACIcBwByHAcAdxwHAMgcBwDeHAcAHh0HACYdBwB0HQcAnh0HAModBwDtHQcAIB4HAD8eBwCW7hEAfh4HAOzuEQDdHgcAIh8HADAfBwB4HwcAhB8HAM4fBwDbHwcAJCAHAC4gBwB6IAcAgiAHANAgBwDbIAcAJiEHACghBwB8IQcAfyEHANIhBwDaIQcAKCIHAC4iBwB+IgcAhyIHANQiBwDhIgcAKiMHADIjBwCAIwcAhSMHANYjBwDfIwcALCQHADYkBwCCJAcAiiQHANgkBwDdJAcALiUHAD4lBwCEJQcAjCUHANolBwDcJQcAMCYHAEsmBwCGJgcAiCYHANwmBwDqJgcAMicHAEMnBwCIJwcAiicHAN4nBwD3JwcANCgHAEUoBwCKKAcAligHAOAoBwDoKAcAQu8RADwpBwCMKQcAkSkHAOIpBwACKgcAOCoHAEQqBwCOKgcAlCoHAOQqBwDnKgcAOisHAEIrBwCQKwcAmisHAOYrBwDrKwcAPCwHAEQsBwCSLAcAnCwHAOgsBwDqLAcAPi0HAE8tBwCULQcAtC0HAOotBwDyLQcAQC4HAEouBwCWLgcAmy4HAJjvEQAALwcAQi8HAEovBwCYLwcAnS8HAO4vBwD+LwcARDAHAEwwBwCaMAcApDAHAPAwBwD7MAcARjEHAFIxBwCcMQcApDEHAO7vEQD+MQcASDIHAFQyBwCeMgcApTIHAPQyBwD8MgcASjMHAGMzBwCgMwcApjMHAPYzBwD7MwcATDQHAGw0BwCiNAcArjQHAPg0BwD+NAcATjUHAFE1BwBE8BEApjUHAPo1BwCyNQcAMhARAP01BwBQNgcAWjYHAKY2BwC0NgcA/DYHAAs3BwBSNwcAVTcHAKg3BwBqNwcAfHcHAG43BwCOVQcAtDcHAP43BwAAOAcAVDgHAFo4BwCqOAcAuTgHAAA5BwALOQcAVjkHAF45BwD8twcAcDkHAKw5BwC4OQcAAjoHABU6BwBYOgcAZzoHAK46BwC6OgcABDsHAAU7BwBaOwcAZDsHALA7BwC+OwcABjwHAAs8BwBcPAcAaTwHAJrwEQDMPAcACD0HABc9BwBePQcAYz0HALQ9BwDBPQcACj4HABc+BwBgPgcAbD4HALY+BwDFPgcADD8HABY/BwBiPwcAcD8HALg/BwC9PwcADkAHABtABwBkQAcAcEAHALpABwDAQAcAEEEHABZBBwBmQQcAa0EHALxBBwDCQQcA8PARABNCBwBoQgcAG0IHAAjtCQAfQgcAhNUJACFCBwBavAcAMkIHAL78DgB0QgcAvkIHAMRCBwCkjQgAy0IHABRDBwAXQwcAakMHAHZDBwDAQwcAwkMHABZEBwAcRAcAbEQHAHtEBwDCRAcAzUQHABhFBwAZRQcAbkUHAIJFBwDERQcA3kUHABpGBwAmRgcAcEYHAINGBwDGRgcA1UYHABxHBwAoRwcAckcHAHNHBwDIRwcA0kcHAB5IBwAsSAcAdEgHAHlIBwDKSAcA10gHAEbxEQA6SQcAdkkHAIVJBwDMSQcA0UkHACJKBwAvSgcAeEoHAIVKBwDOSgcA2koHACRLBwAzSwcAeksHAIRLBwDQSwcA3ksHACZMBwArTAcAfEwHAIlMBwDSTAcA3kwHAChNBwAuTQcAfk0HAIRNBwDUTQcA2U0HACpOBwAwTgcAnPERAI5OBwDWTgcA8U4HACxPBwA6TwcAgk8HAI9PBwDYTwcA708HAC5QBwA9UAcAhFAHAIlQBwDaUAcA51AHADBRBwA9UQcAhlEHAJJRBwDcUQcA61EHADJSBwA8UgcAiFIHAJZSBwDeUgcA41IHADRTBwBBUwcAilMHAI1TBwDgUwcA7FMHADZUBwA8VAcAjFQHAJJUBwDiVAcA51QHADhVBwA+VQcA8vERAKpVBwBI8hEA6lUHADpWBwA8VgcAkFYHAJ1WBwDmVgcA6VYHADxXBwA9VwcAklcHAJdXBwDoVwcA7lcHAD5YBwBIWAcAlFgHALBYBwDqWAcABlkHAJ7yEQBGWQcAllkHAJhZBwDsWQcA+VkHAEJaBwBFWgcAmFoHAJlaBwDuWgcA81oHAERbBwBKWwcAmlsHAKRbBwDwWwcADFwHAEZcBwBiXAcA9PIRAKJcBwDyXAcA+FwHAEhdBwBNXQcAnl0HAKRdBwBK8xEA9l0HAEpeBwBYXgcAoF4HALFeBwBM9BEA/V4HAKL0EQBRXwcAol8HAKpfBwD4XwcA/V8HAE5gBwAHYAcAdnQHAE9gBwCkYAcAsGAHAPpgBwAHYQcAUGEHAFhhBwCmYQcAsGEHAPxhBwALYgcAUmIHAFNiBwCoYgcAsGIHAP5iBwANYwcAVGMHAFljBwCqYwcAt2MHAABkBwANZAcAVmQHAGJkBwCsZAcAu2QHAAJlBwAMZQcAWGUHAGZlBwCuZQcAs2UHAARmBwARZgcAWmYHAGJmBwCwZgcAumYHAAZnBwALZwcAXGcHAGRnBwBO9REAt2cHAAhoBwARaAcAEm0HABVoBwBeaAcAa2gHALRoBwDAaAcACmkHABlpBwBgaQcAamkHALZpBwDEaQcADGoHABFqBwBiagcAb2oHALhqBwDAagcApPURABprBwBkawcAdGsHALprBwDDawcAEGwHABNsBwBmbAcAcmwHALxsBwDDbAcA+vURACNtBwBobQcAb20HAL5tBwDLbQcAFG4HADNuBwBqbgcAdG4HAMBuBwDIbgcAFm8HACVvBwBsbwcAcW8HAMJvBwDPbwcAGHAHACVwBwBucAcAenAHAMRwBwDTcAcAGnEHACRxBwBwcQcAeHEHAMZxBwDQcQcAHHIHACFyBwBycgcAenIHAFD2EQDUcgcAHnMHACRzBwB0cwcAj3MHAMpzBwDWcwcAIHQHACZ0BwCm9hEAe3QHAMx0BwDZdAcAInUHAC91BwB4dQcAhHUHAM51BwDddQcAJHYHAC52BwD89hEAhHYHANB2BwDVdgcAJncHAC53BwBS9xEAhncHANJ3BwDYdwcAKHgHACp4BwB+eAcAi3gHANR4BwDXeAcAKnkHACt5BwCAeQcAhXkHANZ5BwDceQcALHoHADZ6BwCCegcAnHoHANh6BwDnegcALnsHADN7BwCEewcAkXsHANp7BwDnewcAMHwHADx8BwCGfAcAlXwHANx8BwDmfAcAMn0HAEB9BwCIfQcAjX0HAN59BwDrfQcANH4HAD5+BwDyhwcAQH4HAIp+BwCQfgcA4H4HAOZ+BwA2fwcAO38HAIx/BwCSfwcAqPcRAOd/BwA4gAcARYAHAI6ABwCbgAcA5IAHAPCABwA6gQcASYEHAJCBBwCagQcA5oEHAPSBBwA8ggcAQYIHAJKCBwCfggcA6IIHAPCCBwCq+BEARIMHAJSDBwCagwcA6oMHAO+DBwBAhAcARoQHAAD5EQCYhAcA7IQHAPWEBwBChQcARYUHAJiFBwCkhQcA7oUHAPWFBwBEhgcATIYHAJqGBwCzhgcA8IYHAASHBwBGhwcAYocHAJyHBwCkhwcArPkRAACIBwBIiAcAXogHAJ6IBwCqiAcA9IgHAPmIBwBKiQcAU4kHAKCJBwCqiQcA9okHABKKBwBMigcAVIoHAAL6EQCnigcA+IoHAAWLBwBOiwcAW4sHAKSLBwCwiwcA+osHAAmMBwBQjAcAWowHAKaMBwC0jAcA/IwHAAGNBwBSjQcAX40HAKiNBwCwjQcAWPoRAAyOBwBUjgcAao4HAKqOBwC2jgcAAI8HAAWPBwBWjwcAX48HAKyPBwC2jwcAApAHAAqQBwBYkAcAZ5AHAK6QBwCwkAcABJEHAA2RBwBakQcAXZEHALCRBwC8kQcABpIHAA2SBwBckgcAZJIHALKSBwDLkgcACJMHAByTBwBekwcAepMHALSTBwC8kwcArvoRAA+UBwBglAcAbZQHALaUBwDDlAcADJUHABiVBwBilQcAcZUHALiVBwDClQcADpYHABiWBwBklgcAcpYHALqWBwDQlgcAEJcHAByXBwBmlwcAa5cHALyXBwDFlwcAEpgHAByYBwBomAcAdJgHAL6YBwDEmAcAFJkHABqZBwBqmQcAb5kHAMCZBwDGmQcABPsRACKaBwBsmgcAcJoHAMKaBwDRmgcAGJsHAB2bBwBumwcAe5sHAMSbBwDRmwcAGpwHACacBwBwnAcAf5wHAMacBwDQnAcAHJ0HACqdBwBynQcAd50HAMidBwDVnQcAHp4HACqeBwB0ngcAep4HAMqeBwDQngcAIJ8HACWfBwB2nwcAfJ8HAFr7EQDRnwcAIqAHACmgBwB4oAcAhKAHAM6gBwDQoAcAJKEHANGgBwDapgcAP6EHAHqhBwB8oQcA0KEHAN6hBwAmogcAN6IHAHyiBwB+ogcA0qIHAOuiBwAoowcAOaMHAH6jBwCKowcA1KMHAOCjBwAqpAcAPaQHAICkBwCPpAcA1qQHAOKkBwAspQcALaUHAIKlBwCMpQcA2KUHAOalBwAupgcAM6YHAISmBwCRpgcAsPsRANymBwAwpwcAS6cHAIanBwCIpwcA3KcHAOqnBwAyqAcAQ6gHAIioBwCKqAcA3qgHAPeoBwA0qQcARakHAIqpBwCWqQcA4KkHAOypBwA2qgcASaoHAIyqBwCbqgcA4qoHAO6qBwA4qwcAOasHAI6rBwCYqwcA5KsHAPKrBwA6rAcAP6wHAJCsBwCdrAcAsvwRAOusBwA8rQcARK0HAJKtBwCUrQcA6K0HAPmtBwA+rgcATK4HAJSuBwCvrgcA6q4HAPauBwBArwcASK8HALT9EQCbrwcA7K8HAPOvBwBCsAcATrAHAJiwBwCbsAcA7rAHAPawBwBEsQcAVLEHAJqxBwCfsQcA8LEHAPmxBwBGsgcAU7IHAJyyBwCjsgcA8rIHAPqyBwAK/hEAVbMHAJ6zBwCmswcA9LMHAAi0BwBKtAcAT7QHAKC0BwCptAcA9rQHAPy0BwBMtQcAVLUHAKK1BwCxtQcA+LUHAAm2BwBOtgcAV7YHAKS2BwCntgcA+rYHAAS3BwBQtwcAXLcHAKa3BwCstwcAYP4RAAm4BwBSuAcAV7gHAKi4BwCvuAcA/rgHAAq5BwBUuQcAXLkHALb+EQDFuQcAALoHAAK6BwBWugcAZLoHAKy6BwC9ugcAArsHAAS7BwBYuwcAcbsHAK67BwC/uwcABLwHABC8BwAM/xEAabwHALC8BwC5vAcABr0HAAy9BwBcvQcAYr0HALK9BwC+vQcACL4HAA++BwBevgcAZr4HALS+BwC4vgcACr8HABW/BwBgvwcAbr8HALa/BwDHvwcADMAHABjABwBiwAcAasAHAGL/EQC7wAcADsEHABjBBwBkwQcAZsEHALrBBwDTwQcAEMIHACHCBwBmwgcAdMIHALzCBwC/wgcAEsMHAB3DBwBowwcAdsMHAL7DBwDLwwcAFMQHACvEBwBqxAcAcsQHAMDEBwDCxAcAFsUHAB7FBwBsxQcAe8UHAMLFBwDHxQcAGMYHACXGBwBuxgcAe8YHAMTGBwDQxgcAGscHACnHBwBwxwcAescHAMbHBwDUxwcAHMgHACHIBwByyAcAf8gHAMjIBwDQyAcAHskHACjJBwB0yQcAeckHAMrJBwDSyQcAIMoHACPKBwB2ygcAk8oHAMzKBwDdygcAIssHACrLBwB4ywcAe8sHAM7LBwDaywcAJMwHACrMBwB6zAcAlcwHANDMBwDczAcAJs0HACzNBwC4/xEAi80HANLNBwDTzQcAKM4HAGDOBwB+zgcAjM4HANTOBwDVzgcAKs8HADLPBwCAzwcAj88HANbPBwDbzwcALNAHADnQBwCC0AcAj9AHANjQBwDk0AcALtEHAD3RBwCE0QcAjtEHANrRBwDo0QcAMNIHADXSBwCG0gcAk9IHANzSBwDk0gcAMtMHADzTBwCI0wcAjdMHAN7TBwDm0wcANNQHAD7UBwCK1AcAldQHAODUBwDs1AcANtUHAD7VBwAOABIAkdUHAOLVBwDl1QcAONYHAELWBwCO1gcAltYHAGQAEgDy1gcAOtcHAFDXBwCQ1wcAnNcHAObXBwDr1wcAPNgHAEXYBwCS2AcAnNgHAOjYBwDw2AcAPtkHAErZBwCU2QcAp9kHAOrZBwDr2QcAQNoHAE7aBwCW2gcAnNoHAOzaBwD42gcAQtsHAEnbBwC6ABIAmdsHAO7bBwD62wcARNwHAFHcBwCa3AcAotwHAPDcBwD63AcARt0HAFXdBwCc3QcAnd0HAPLdBwD63QcASN4HAFfeBwCe3gcAo94HAPTeBwAB3wcASt8HAFffBwCg3wcArN8HAPbfBwAF4AcATOAHAFbgBwCi4AcAsOAHAPjgBwD94AcATuEHAFvhBwCk4QcArOEHAPrhBwD+4QcAUOIHAF7iBwCm4gcAsOIHAPziBwAH4wcAUuMHAFrjBwCo4wcAs+MHAP7jBwAD5AcAVOQHAFfkBwCq5AcAtOQHAADlBwAI5QcAVuUHAHXlBwAQARIAu+UHAALmBwAD5gcAWOYHAGDmBwCu5gcAr+YHAATnBwAK5wcAWucHAF/nBwCw5wcAy+cHAAboBwAU6AcAXOgHAGPoBwCy6AcAvugHAAjpBwAO6QcAXukHAHrpBwC06QcAvOkHAGYBEgAQ6gcAYOoHAGbqBwC26gcAu+oHAAzrBwAS6wcAvAESAGfrBwC46wcAv+sHAA7sBwAa7AcAZOwHAGzsBwBoAhIAzewHABDtBwBG7QcAZu0HAGjtBwBo7gcAm+0HALztBwDh7QcAEu4HABnuBwAUAxIATO4HAL4CEgB47gcAvu4HAPjuBwBqAxIAHe8HAJw9DQAe7wcAcoIPADHvBwBq7wcANO8HAIS0DgB77wcAwO8HAMjvBwAW8AcAGfAHAGzwBwB48AcAwvAHAMjwBwAY8QcAM/EHAG7xBwB68QcAxPEHAMrxBwAa8gcAIvIHAHDyBwCM8gcAxvIHAM7yBwDAAxIAK/MHAHLzBwBz8wcAyPMHANDzBwAe9AcAH/QHAHT0BwB69AcAyvQHAM/0BwAg9QcAO/UHAHb1BwCE9QcAzPUHANP1BwAi9gcALvYHAHj2BwB+9gcAzvYHAOr2BwAk9wcALPcHABYEEgCA9wcA0PcHANb3BwAm+AcAK/gHAHz4BwCC+AcAbAQSANf4BwAo+QcAL/kHAH75BwCK+QcA1PkHANz5BwAYBRIAPfoHAID6BwC2+gcA1voHANj6BwDY+wcAC/sHACz7BwBR+wcAgvsHAIn7BwDEBRIAvPsHAG4FEgDo+wcALvwHAGj8BwAaBhIAhvwHANr8BwDb/AcAMP0HADr9BwCG/QcAlP0HANz9BwD3/QcAMv4HAD7+BwCI/gcAkP4HAHAGEgDq/gcANP8HADr/BwCK/wcApf8HAOD/BwDs/wcANgAIADwACACMAAgAlAAIAOIACADwAAgAOAEIADsBCACOAQgAlgEIAOQBCADtAQgAOgIIAEcCCACQAggAkgIIAOYCCAABAwgAPAMIAD4DCACSAwgAoAMIAOgDCAD5AwgAPgQIAEAECACUBAgArQQIAOoECAD7BAgAQAUIAEwFCACWBQgAngUIAMYGEgDyBQgAQgYIAEoGCACYBggAnwYIAO4GCADzBggARAcIAFAHCACaBwgAnQcIAPAHCAD4BwgARggIAFMICACcCAgAoQgIAPIICAD8CAgASAkIAFAJCACeCQgAqgkIAPQJCAAHCggASgoIAFgKCACgCggAowoIAPYKCAAACwgAHAcSAE8LCACiCwgAqgsIAPgLCAD7CwgATgwIAFoMCACkDAgAqgwIAPoMCAAVDQgAUA0IAFwNCACmDQgArA0IAPwNCAAEDggAUg4IAGAOCACoDggAqw4IAP4OCAAGDwgAVA8IAF0PCACqDwgAtw8IAAAQCAACEAgAVhAIAHEQCACsEAgArhAIAAIRCAAQEQgAWBEIAGkRCACuEQgAsBEIAAQSCAAdEggAWhIIAGsSCACwEggAvBIIAAYTCAAOEwgAcgcSAGITCACyEwgAuhMIAAgUCAAPFAgAXhQIAGMUCAC0FAgAwBQIAAoVCAANFQgAYBUIAGgVCAC2FQgAwxUIAAwWCAARFggAYhYIAGwWCAC4FggAwBYIAA4XCAAaFwgAZBcIAHcXCAC6FwgAyBcIABAYCAATGAgAZhgIAHAYCADIBxIAvxgIABIZCAAeGQgAaBkIAG4ZCAC+GQgA2RkIABQaCAAgGggAahoIAHAaCADAGggAyBoIABYbCAAkGwgAbBsIAG8bCADCGwgAyhsIABgcCAAhHAgAbhwIAHscCADEHAgAxhwIABodCAA1HQgAcB0IAHIdCADGHQgA1B0IABweCAAtHggAch4IAHQeCADIHggA4R4IAB4fCAAvHwgAdB8IAIAfCADKHwgA0h8IAB4IEgAmIAgAdiAIAH4gCADMIAgA0yAIACIhCAAnIQgAeCEIAIQhCADOIQgA0SEIACQiCAAsIggAeiIIAIciCADQIggA1SIIACYjCAAwIwgAfCMIAIQjCADSIwgA3iMIACgkCAA7JAgAfiQIAIwkCADUJAgA1yQIAColCAA0JQgAdAgSAIglCADKCBIA5CUIACwmCAA9JggAgiYIAI4mCADYJggA4CYIACAJEgAzJwgAhCcIAI4nCADaJwgA4icIADAoCABAKAgAhigIAIsoCADcKAgA5SgIADIpCAA/KQgAiCkIAI8pCAB2CRIA4CkIADQqCADjKQgApjoJAOcpCAAyuhAA6ikIAHavDwDsKQgAHqIJAD4qCABkJxAARSoIAIoqCACbKggA4CoIAO4qCAA2KwgAUisIAIwrCACoKwgAzAkSAPArCAA4LAgARSwIAI4sCAClLAgA5CwIAPAsCAA6LQgAQC0IAJAtCACWLQgA5i0IAOstCAA8LggAQi4IACIKEgCoLggA6C4IAPcuCAA+LwgAFC8IAEg0CABALwgAlC8IAKMvCADqLwgA9S8IAEAwCABMMAgAljAIAJkwCADsMAgAnTAIAAY+CACyMAgApDcIAPgwCABCMQgASDEIAJgxCACzMQgA7jEIAPoxCABEMggASjIIAJoyCACmMggA8DIIAPYyCABGMwgATDMIAJwzCAChMwgA8jMIAPgzCAB4ChIASzQIAJ40CAC6NAgA9DQIAPw0CAB6CxIAVjUIAKA1CACmNQgA9jUIABE2CABMNggAWDYIAKI2CACoNggA+DYIAAA3CABONwgAbzcIANALEgCsNwgAJgwSAP83CABQOAgAXTgIAKY4CACzOAgA/DgIAAg5CABSOQgAYTkIAKg5CACyOQgA/jkIAAY6CABUOggAXjoIAKo6CAC4OggAADsIABY7CABWOwgAYjsIAKw7CACxOwgAAjwIAAs8CABYPAgAYjwIAK48CAC2PAgABD0IAA49CABaPQgAXz0IALA9CAC4PQgAfAwSABI+CABcPggAbz4IALI+CADBPggACD8IABQ/CABePwgAXz8IALQ/CAC+PwgACkAIABhACABgQAgAZUAIALZACADDQAgA0gwSABdBCABiQQgAbkEIALhBCAC+QQgADkIIABpCCABkQggAbEIIANQNEgC9QggAEEMIABhDCABmQwgAc0MIALxDCADBQwgAEkQIABpECABoRAgAakQIAL5ECADZRAgAFEUIABZFCABqRQgAeEUIAMBFCADRRQgAFkYIABhGCABsRggAhUYIAMJGCADTRggAGEcIACRHCABuRwgAdkcIACoOEgDJRwgAGkgIACdICABwSAgAfUgIAMZICADSSAgAHEkIACtJCABySQgAfEkIAMhJCADWSQgAHkoIACNKCAB0SggAgUoIAMpKCADSSggAIEsIACJLCAB2SwgAgEsIAMxLCADUSwgAgA4SAC1MCAB4TAgAhkwIAM5MCADRTAgAJE0IACxNCAB6TQgAkE0IANBNCADVTQgAJk4IADxOCAB8TggAiE4IANJOCADfTggAKE8IADJPCADWDhIAgE8IANRPCADiTwgAKlAIADtQCAAsDxIAhlAIANZQCADiUAgAgg8SAC5RCACCUQgAiFEIANhRCAD4UQgALlIIADpSCACEUggAi1IIANpSCADiUggAMFMIADdTCACGUwgAklMIANxTCADeUwgAMlQIADlUCADYDxIAi1QIAN5UCADmVAgANFUIAERVCACKVQgAjFUIAOBVCADuVQgANlYIAEdWCAAuEBIAk1YIAIQQEgDvVggAOFcIAD9XCACOVwgAllcIAORXCADyVwgAOlgIAD1YCACQWAgAmFgIAOZYCADtWAgAPFkIAEpZCACSWQgAlVkIAOhZCADqWQgAPloIAFdaCACUWggApVoIAOpaCAD2WggAQFsIAEdbCACWWwgAnlsIAOxbCAD1WwgAQlwIAE9cCACYXAgAolwIAO5cCAD8XAgARF0IAFVdCACaXQgAol0IAPBdCAD6XQgARl4IAFReCACcXggAsl4IAPJeCAD+XggASF8IAE9fCACeXwgApl8IAPRfCAD6XwgASmAIAFZgCACgYAgAqmAIAPZgCAD8YAgATGEIAGBhCAAwERIAsGEIAPhhCAARYggATmIIAGRiCACkYggAs2IIAPpiCAAUYwgAUGMIAFNjCABaaAgAW2MIAGRtCABfYwgApmMIAKtjCAD8YwgACWQIAFJkCABfZAgAqGQIALRkCAD+ZAgADWUIAFRlCABeZQgAqmUIALhlCAAAZggABWYIAFZmCABjZggArGYIALhmCAACZwgACGcIAFhnCABeZwgArmcIALNnCAAEaAgACmgIAIYREgBmaAgAsGgIALZoCAAGaQgAIWkIAFxpCABoaQgAsmkIALhpCAAIaggAD2oIAF5qCABjaggADGwIAGpqCAC0aggAtmoIAAprCAARawgAYGsIAHxrCAC2awgAvmsIAIgSEgAQbAgAYmwIAG9sCAC4bAgA1GwIAA5tCAAWbQgA3hISAGltCAC6bQgAvW0IABBuCAAabggAZm4IAHduCAC8bggAwW4IABJvCAAXbwgAaG8IAIhvCAC+bwgAx28IABRwCAAVcAgAanAIAHZwCADAcAgAxnAIABZxCAAccQgAbHEIAHFxCADCcQgAyHEIADQTEgAZcggAbnIIAHpyCADEcggA0XIIABpzCAAicwgAcHMIAHlzCADGcwgA03MIABx0CAAqdAgAcnQIAIV0CADIdAgA0HQIAB51CAAhdQgAdHUIAHl1CADKdQgA2XUIACB2CABAdggAdnYIAIJ2CADMdggA1nYIADYUEgAsdwgAeHcIAHp3CADOdwgA2HcIACR4CAAteAgAengIAH14CADQeAgA2HgIACZ5CABdeQgAjBQSAIh5CADSeQgA4XkIACh6CABIeggAfnoIAIp6CADUeggA23oIACp7CAAvewgAgHsIAIF7CADWewgA4nsIACx8CAAyfAgAgnwIAIR8CADYfAgA4nwIAC59CAA8fQgAhH0IAIl9CADafQgA530IADB+CAA6fggAhn4IAJR+CADcfggA8n4IADJ/CAA+fwgAiH8IAI1/CADefwgA538IADSACAA+gAgAioAIAJaACADggAgA84AIADaBCABFgQgAjIEIAJiBCADigQgA44EIADiCCABCgggAjoIIAJyCCADkgggA6YIIADqDCABHgwgA4hQSAJ6DCADmgwgA/IMIADyECABIhAgAkoQIAJmECADohAgA8IQIAD6FCABDhQgAlIUIAJ2FCADqhQgA9IUIAECGCABIhggAloYIAJqGCADshggA7oYIAEKHCABQhwgAmIcIAKKHCADuhwgA/IcIAESICABRiAgAmogIALGICADwiAgA+IgIAEaJCABWiQgAnIkIAKGJCADyiQgA+IkIAEiKCABQiggAnooIAKOKCAD0iggA9YoIAEqLCABWiwgAoIsIAKaLCAD2iwgA+IsIAEyMCABWjAgAoowIALCMCAD4jAgA/YwIAE6NCABbjQgA5BUSAKaNCAD6jQgABI4IAFCOCABejggApo4IAKuOCAD8jggACY8IAFKPCABUjwgAqGgKAFyPCACojwgAto8IAP6PCAAUkAgAVJAIAGCQCACqkAgAr5AIAACRCAAJkQgAVpEIAGCRCACskQgAuJEIAAKSCAAVkggAWJIIAGeSCACukggAupIIAASTCAAFkwgAWpMIAGSTCACwkwgAvpMIAAaUCAALlAgAXJQIAGmUCAA6FhIAu5QIAAiVCAASlQgAXpUIAGCVCAC0lQgAvpUIAAqWCAAWlggAYJYIAGiWCAA8FxIAt5YIAAyXCAAYlwgAYpcIAGiXCAC4lwgAupcIAA6YCAAYmAgAZJgIAHKYCAC6mAgAv5gIABCZCAAdmQgAZpkIAG6ZCAC8mQgAxpkIABKaCAAgmggAaJoIAH6aCAC+mggAypoIABSbCAAbmwgAapsIAHKbCADAmwgAxZsIABacCAAfnAgAbJwIAHacCADCnAgA15wIABidCAAhnQgAbp0IAHudCADEnQgAxp0IABqeCAAznggAcJ4IAIGeCADGnggA0p4IAByfCAAknwgAkhcSAHefCADInwgA0J8IAB6gCAA0oAgAdKAIAHmgCADKoAgA0aAIACChCAAuoQgAdqEIAIahCADMoQgA4KEIACKiCAAqoggAeKIIAIeiCADOoggA06IIACSjCAAtowgAeqMIAIejCADQowgA2qMIACakCAAypAgAfKQIAIKkCADoFxIA4KQIACilCAA+pQgAfqUIAIqlCADUpQgA2aUIACqmCAAzpggAgKYIAIqmCADWpggA3qYIACynCAAwpwgAgqcIAISnCADYpwgA5qcIAC6oCAA4qAgAhKgIAJKoCADaqAgA56gIADCpCABHqQgAhqkIAI6pCADcqQgA7KkIADKqCAA3qggAiKoIAI6qCADeqggA5qoIADSrCABPqwgAiqsIAIyrCADgqwgA8asIADasCAA/rAgAjKwIAJisCAA+GBIA56wIADitCAA7rQgAjq0IAJitCADkrQgA5q0IADquCABVrggAkK4IAJKuCADmrggA9K4IADyvCABNrwgAkq8IAJSvCADorwgAAbAIAD6wCABPsAgAlLAIAKCwCACUGBIAB7EIAECxCABRsQgAlrEIALKxCADssQgA9LEIAOoYEgBHsggAmLIIAKCyCADusggA+bIIAESzCABJswgAmrMIAJ2zCADwswgA+rMIAEa0CABJtAgAnLQIAKS0CADytAgA9LQIAEi1CABjtQgAnrUIAKC1CAD0tQgAArYIAEq2CABbtggAoLYIAKK2CAD2tggAD7cIAEy3CABdtwgAorcIAK63CAD4twgAALgIAEAZEgBbuAgApLgIAKy4CAD6uAgABLkIAFC5CABbuQgAprkIALK5CAD8uQgABLoIAJYZEgBXuggAqLoIAK26CAD+uggAD7sIAOwZEgBhuwgAqrsIAKy7CAAAvAgAGbwIAFa8CABnvAgArLwIALi8CAACvQgACr0IAEIaEgBdvQgArr0IALa9CAAEvggAE74IAFq+CABgvggAsL4IALy+CAAGvwgACL8IAFy/CABmvwgAsr8IAL6/CAAIwAgAEMAIAJgaEgBqwAgAtMAIALfACAAKwQgADcEIAGDBCABuwQgAtsEIALvBCAAMwggAGcIIAO4aEgBzwggAuMIIAMDCCAAOwwgAxcIIAHbMCAAZwwgAZMMIAGnDCAC6wwgAvcMIABDECAAaxAgAZsQIAInECAC8xAgAv8QIABLFCAA2xQgAaMUIAHDFCABEGxIAxMUIABTGCAAixggAasYIAHbGCADAxggAx8YIABbHCAAexwgAbMcIAHzHCADCxwgAx8cIABjICAAeyAgAbsgIAHbICADEyAgA4cgIABrJCAAjyQgAcMkIAHzJCADGyQgAzMkIABzKCAAwyggAcsoIAHrKCADIyggA2MoIAB7LCAAgywgAdMsIAILLCADKywgA28sIAJobEgAnzAgA8BsSAHvMCADMzAgA08wIACLNCAAuzQgAeM0IAHvNCADOzQgA3s0IACTOCAAmzggAes4IAIjOCADQzggA4c4IAEYcEgAtzwgAnBwSAI/PCADSzwgA4c8IACjQCAA00AgAftAIAH/QCADU0AgA3tAIACrRCAA40QgAgNEIAIXRCADW0QgA49EIAPIcEgAx0ggAgtIIAIvSCADY0ggA6dIIAC7TCAA10wgAhNMIAIzTCADa0wgA59MIADDUCAA11AgAhtQIAJDUCADc1AgA5NQIADLVCAA41QgAiNUIAJTVCADe1QgA4NUIADTWCABD1ggAitYIAJXWCADg1ggA6NYIADbXCAA41wgAjNcIAJnXCADi1wgA9tcIADjYCABA2AgAjtgIAJ3YCADk2AgA6dgIADrZCABH2QgAkNkIAJrZCADm2QgA6NkIADzaCABL2ggAktoIAJzaCADo2ggA8NoIAD7bCAA/2wgAlNsIAJnbCADq2wgA+NsIAEDcCABN3AgAltwIAKDcCAD0HRIA79wIAELdCABO3QgAtuwIAF7dCACY3QgAoN0IAEoeEgDz3QgARN4IAEzeCACa3ggAnd4IAPDeCAD83ggARt8IAEzfCACc3wgAt98IAPLfCAD+3wgASOAIAE7gCACe4AgAoeAIAPTgCAD84AgASuEIAEzhCACg4QgAu+EIAPbhCAD44QgATOIIAFriCACi4ggAs+IIAPjiCAD64ggATuMIAGfjCACk4wgAteMIAPrjCAAG5AgAUOQIAFjkCACgHhIAq+QIAPzkCAAC5QgAUuUIAFrlCACo5QgAt+UIAP7lCAAD5ggAVOYIAGHmCACq5ggAt+YIAADnCAAM5wgAVucIAGXnCACs5wgAtucIAALoCAAQ6AgAWOgIAF3oCACu6AgAu+gIAPYeEgAQ6QgAWukIAGDpCACw6QgAy+kIAAbqCAAS6ggAXOoIAGLqCACy6ggAteoIAAjrCAAU6wgAXusIAGTrCAC06wgAuusIAArsCAAP7AgAYOwIAGbsCABMHxIAvOwIAAztCAAS7QgAYu0IAGftCAC47QgAvu0IAKIfEgAT7ggAZO4IAHHuCAC67ggAx+4IABDvCAAc7wgAZu8IAHXvCAC87wgAxu8IABLwCAAg8AgAaPAIAG3wCAC+8AgAy/AIABTxCAAs8QgAavEIAHDxCADA8QgAzPEIABbyCAAm8ggAbPIIAHXyCADC8ggAxfIIABjzCAAk8wgAbvMIAHXzCACkIBIAxvMIABr0CAAk9AgAcPQIAHP0CADG9AgAzvQIABz1CAAf9QgAcvUIAH71CADI9QgAzvUIAB72CAA59ggAdPYIAID2CADK9ggA0PYIAPogEgBA9wgAdvcIAIH3CADM9wgA0fcIACL4CAAr+AgAePgIAHv4CADO+AgA2vgIACT5CAAw+QgA5AMJADz5CAB6+QgAgfkIAND5CADW+QgAJvoIADT6CAB8+ggAl/oIANL6CADe+ggAKPsIAC77CAB++wgAmPsIANT7CADg+wgAKvwIADD8CACA/AgAhvwIANb8CADb/AgALP0IADL9CABQIRIAj/0IANj9CADk/QgALv4IADj+CACE/ggAiP4IANr+CADf/ggAMP8IADb/CACG/wgApv8IANz/CADo/wgAMgAJADgACQCIAAkAjgAJAN4ACQDjAAkANAEJADoBCQD8IRIAjwEJAOABCQDnAQkANgIJAEICCQCMAgkAqAIJAOICCQDqAgkA/iISAGEDCQCOAwkAtAMJAFQjEgD3AwkAOgQJAEkECQCQBAkAnAQJAOYECQDnBAkAPAUJAEYFCQCSBQkAoAUJAOgFCQDtBQkAPgYJAEsGCQCqIxIAnAYJAKwkEgDvBgkAQAcJAE0HCQCWBwkAowcJAOwHCQD4BwkAQggJAFEICQCYCAkAoggJAO4ICQD8CAkARAkJAEkJCQCaCQkApwkJAPAJCQD4CQkAAiUSAFIKCQCcCgkArAoJAPIKCQD7CgkASAsJAEsLCQCeCwkAqgsJAPQLCQD7CwkAWCUSAFUMCQCgDAkArAwJAPYMCQD+DAkAriUSAFkNCQCiDQkAqQ0JAPgNCQD5DQkATg4JAFMOCQCkDgkAsg4JAPoOCQAHDwkAUA8JAFoPCQCmDwkArg8JAPwPCQAFEAkAUhAJAFgQCQCoEAkAuRAJAP4QCQAaEQkAVBEJAFwRCQAEJhIAtREJAAASCQAKEgkAVhIJAGASCQCsEgkArRIJAFomEgAHEwkAWBMJAGUTCQCuEwkAuxMJAAQUCQAQFAkAWhQJAGkUCQCwFAkAuhQJAAYVCQAOFQkAXBUJAGYVCQCyFQkAtxUJAAgWCQAQFgkAsCYSAGkWCQC0FgkAwBYJAAoXCQASFwkABicSAGUXCQC2FwkAxRcJAAwYCQAsGAkAYhgJAG4YCQC4GAkAvhgJAA4ZCQAWGQkAZBkJAGsZCQC6GQkAvBkJABAaCQAcGgkAZhoJAHwaCQC8GgkAwRoJABIbCQAfGwkAXCcSAG0bCQC+GwkAzRsJABQcCQA0HAkAahwJAHYcCQDAHAkAxhwJABYdCQAeHQkAbB0JAHMdCQDCHQkAxB0JABgeCQAkHgkAbh4JAIQeCQDEHgkAyR4JABofCQAnHwkAcB8JAHgfCQDGHwkAzB8JABwgCQAlIAkAciAJAH8gCQDIIAkA1SAJAB4hCQAsIQkAdCEJAIEhCQDKIQkA4SEJACAiCQBQIgkAsicSAHwiCQDMIgkAgyIJAPbEDwDiIgkAIiMJADAjCQB4IwkAeyMJAM4jCQDRIwkAJCQJADIkCQB6JAkAfyQJANAkCQDdJAkAJiUJAC4lCQB8JQkAgyUJANIlCQDeJQkAKCYJADUmCQB+JgkAjCYJANQmCQDgJgkAKicJADEnCQCAJwkAiCcJANYnCQDaJwkALCgJADcoCQCCKAkAkCgJANgoCQDpKAkALikJADopCQCEKQkAjCkJAAgoEgDgKQkAMCoJAEQqCQCGKgkAlCoJANwqCQDpKgkAMisJAEkrCQCIKwkAkCsJAN4rCQDoKwkANCwJADksCQCKLAkAkiwJAOAsCQDvLAkANi0JADstCQCMLQkAmS0JAOItCQDvLQkAOC4JAEQuCQCOLgkAnS4JAOQuCQDuLgkAOi8JAEIvCQCQLwkAmi8JAOYvCQDrLwkAPDAJAEQwCQBeKBIAnTAJAOgwCQD0MAkAPjEJAEYxCQC0KBIAmTEJAOoxCQD5MQkAQDIJAGAyCQCWMgkAojIJAOwyCQDyMgkAQjMJAEozCQCYMwkAnzMJAO4zCQDwMwkARDQJAFA0CQCaNAkAsDQJAPA0CQD1NAkARjUJAFM1CQAKKRIApTUJAPI1CQD4NQkASDYJAFY2CQCeNgkAqzYJAPQ2CQALNwkASjcJAFI3CQCgNwkArzcJAPY3CQD7NwkATDgJAFk4CQCiOAkArzgJAPg4CQAEOQkATjkJAF05CQCkOQkArjkJAPo5CQAWOgkAUDoJAFg6CQBgKRIAszoJAHpZDgC1OgkA/DoJAAY7CQBw1Q4AHDsJAFI7CQBeOwkAqDsJAK47CQD+OwkABjwJAC5/CQAKPAkAVDwJABg8CQACaQkAZzwJAKo8CQC5PAkAAD0JAAw9CQBWPQkAVz0JAKw9CQC2PQkAAj4JABA+CQBYPgkAXT4JAK4+CQC7PgkAtikSAAo/CQBaPwkAYD8JALA/CQC1PwkABkAJAAxACQC4KhIAZ0AJALJACQDAQAkACEEJABlBCQBeQQkAakEJALRBCQC8QQkAZCsSABZCCQBgQgkAakIJALZCCQDFQgkADEMJABdDCQBiQwkAcEMJALhDCQDFQwkADkQJACVECQBkRAkAbEQJALpECQC9RAkAEEUJABxFCQBmRQkAbEUJALxFCQDXRQkAEkYJAB5GCQBoRgkAbkYJAL5GCQDGRgkAFEcJABZHCQBqRwkAa0cJAMBHCQDORwkAFkgJAB5ICQBsSAkAh0gJAMJICQDOSAkAGEkJAB5JCQBuSQkAcUkJAMRJCQDSSQkAGkoJAB9KCQBwSgkAfUoJAMZKCQDiSgkAHEsJACRLCQC6KxIAf0sJAGrSDgCDSwkAyEsJAIVLCQDILA8A1EsJAB5MCQArTAkAdEwJAHlMCQDKTAkA1EwJACBNCQAwTQkAdk0JAHtNCQDMTQkA1U0JACJOCQAvTgkAeE4JAH9OCQDOTgkA2k4JACRPCQAqTwkAek8JAIBPCQDQTwkA1U8JACZQCQAsUAkAECwSAIhQCQDSUAkA2FAJAChRCQAuUQkAflEJAItRCQDUUQkA2VEJACpSCQAyUgkAgFIJALZSCQDWUgkAAVMJACxTCQA0UwkAglMJAI9TCQDYUwkA3VMJAC5UCQA2VAkAhFQJAIdUCQDaVAkA41QJADBVCQA/VQkAhlUJAJFVCQDcVQkA5FUJADJWCQBCVgkAiFYJAJZWCQDeVgkA71YJADRXCQBAVwkAilcJAJJXCQASLRIA5lcJADZYCQA+WAkAjFgJAJNYCQDiWAkA8FgJADhZCQA+WQkAjlkJAJpZCQDkWQkA81kJADpaCQBEWgkAkFoJAJVaCQDmWgkA7FoJADxbCQBQWwkAaC0SAJxbCQDk2gkAn1sJAOhbCQChWwkAwp4JAO1bCQA+XAkASlwJAJRcCQChXAkA6lwJAPRcCQC+LRIAW10JAJZdCQCYXQkA7F0JAPJdCQBCXgkAel4JAJheCQCeXgkA7l4JAPdeCQBEXwkAUV8JAJpfCQDSXwkA8F8JAPdfCQBGYAkAS2AJAJxgCQCrYAkA8mAJABJhCQBIYQkAVGEJAJ5hCQCkYQkA9GEJAA5iCQBKYgkATWIJAKBiCQClYgkA9mIJAAVjCQBMYwkAbGMJAGouEgDCYwkA+GMJAARkCQBOZAkAWGQJAKRkCQCwZAkADBoKALFkCQD6ZAkA/2QJAFBlCQBaZQkApmUJALZlCQD8ZQkAAWYJAFJmCQBbZgkAqGYJALVmCQD+ZgkABWcJAFRnCQBgZwkAqmcJALBnCQAAaAkABmgJAFZoCQBbaAkArGgJALJoCQDALhIABWkJAFhpCQBdaQkArmkJAL1pCQAEagkAJGoJAGwvEgBoagkAsGoJAL1qCQAGawkADWsJAFxrCQBkawkAsmsJALRrCQAIbAkAuWsJACSADADJawkAjjQMAA5sCQBGZgwAEGwJAF5sCQBibAkAbnQJAHRsCQC69AsAeWwJALRsCQC2bAkACm0JABttCQBgbQkAbm0JALZtCQC9bQkADG4JABRuCQBibgkAaW4JALhuCQC9bgkADm8JAB1vCQBkbwkAhG8JALpvCQDGbwkAEHAJABZwCQBmcAkAbnAJALxwCQDIcAkAEnEJAB9xCQBocQkAg3EJAL5xCQDMcQkAFHIJABpyCQBqcgkAb3IJAMByCQDNcgkAFnMJACxzCQBscwkAeHMJAMJzCQDPcwkAGHQJACJ0CQDCLxIAc3QJAMR0CQDKdAkAGnUJADp1CQBwdQkAfnUJAMZ1CQDTdQkAHHYJADN2CQBydgkAenYJAMh2CQDXdgkAHncJACN3CQB0dwkAgXcJAMp3CQDUdwkAIHgJACJ4CQB2eAkAhHgJAMx4CQDZeAkAInkJAC55CQB4eQkAfnkJAM55CQDWeQkAJHoJACp6CQB6egkAg3oJANB6CQDdegkAJnsJADB7CQB8ewkAinsJANJ7CQDoewkAKHwJADR8CQB+fAkAhnwJABgwEgDefAkAKn0JADB9CQCAfQkAgn0JANZ9CQDgfQkALH4JADh+CQCCfgkAmX4JANh+CQDsfgkAbjASADx/CQCEfwkAh38JANp/CQDifwkAMIAJADyACQCGgAkAlIAJANyACQDmgAkAMoEJAD2BCQCIgQkAlIEJAN6BCQDkgQkANIIJADyCCQCKggkAl4IJAOCCCQDlggkANoMJAECDCQCMgwkAlIMJAOKDCQDogwkAOIQJAEGECQCOhAkAm4QJAOSECQDxhAkAOoUJAEiFCQCQhQkAnYUJAOaFCQD9hQkAPIYJAESGCQCShgkAl4YJAOiGCQDuhgkAPocJAEaHCQCUhwkAqocJAOqHCQD4hwkAQIgJAEOICQCWiAkApYgJAOyICQDxiAkAQokJAE+JCQCYiQkAqIkJAO6JCQD8iQkARIoJAFuKCQCaigkAo4oJAPCKCQD2igkARosJAFKLCQCciwkAo4sJAMQwEgD+iwkASIwJAEqMCQCejAkAqIwJAPSMCQAAjQkASo0JAFKNCQAaMRIApY0JAPaNCQAFjgkATI4JAGyOCQCijgkAro4JAPiOCQD+jgkATo8JAFaPCQCkjwkApY8JAPqPCQAAkAkAUJAJAFWQCQCmkAkAwZAJAPyQCQAKkQkAUpEJAFmRCQCokQkAtJEJAP6RCQAEkgkAcDESAFmSCQCqkgkAtJIJAACTCQARkwkAVpMJAGKTCQCskwkAr5MJAAKUCQAFlAkAWJQJAGCUCQCulAkAtZQJAASVCQAJlQkAWpUJAGmVCQCwlQkA0JUJAAaWCQASlgkAXJYJAGKWCQCylgkAupYJAAiXCQAVlwkAXpcJAGOXCQC0lwkAvpcJAAqYCQASmAkAYJgJAHCYCQC2mAkAu5gJAAyZCQAVmQkAYpkJAG+ZCQC4mQkAv5kJAMYxEgATmgkAZJoJAHOaCQC6mgkA2poJABCbCQAcmwkAZpsJAGybCQC8mwkAxJsJABKcCQAenAkAaJwJAHWcCQC+nAkAxZwJABSdCQAVnQkAap0JAG+dCQDAnQkAzp0JABaeCQAjngkAbJ4JAHaeCQAcMhIAx54JABifCQAlnwkAbp8JAHufCQDEnwkAyp8JABqgCQAmoAkAcKAJAICgCQDGoAkAz6AJAByhCQAfoQkAcqEJAH6hCQDIoQkAz6EJAHIyEgAgogkAdKIJACWiCQC8eA0ALqIJAGDLDQCFogkAyqIJANKiCQAgowkAKqMJAHajCQCFowkAzKMJAM2jCQAipAkAKqQJAB4zEgCApAkAdDMSAOykCQAkpQkA8aQJADxCEgD4pAkAEMYJACylCQB6pQkAiaUJANClCQDVpQkAJqYJADOmCQB8pgkAiaYJANKmCQDepgkAKKcJADenCQB+pwkAiKcJANSnCQD3pwkAKqgJAGCoCQCAqAkApKgJANaoCQDeqAkAzDQSADGpCQCCqQkAiKkJANipCQDgqQkAIjUSADyqCQCEqgkAn6oJANqqCQDmqgkAMKsJAEGrCQCGqwkAmqsJANyrCQDkqwkAMqwJADisCQCIrAkAlKwJAN6sCQDurAkANK0JAD2tCQCKrQkAja0JAOCtCQDsrQkANq4JAD2uCQB4NRIAmq4JAOKuCQDsrgkAzjUSAD2vCQCOrwkAm68JAOSvCQDxrwkAOrAJAEawCQCQsAkAn7AJAOawCQDwsAkAPLEJAEqxCQCSsQkAl7EJAOixCQD1sQkAPrIJAEayCQAkNhIAoLIJAOqyCQD6sgkAQLMJAEmzCQCWswkAmbMJAOyzCQD4swkAQrQJAEm0CQB6NhIAp7QJAO60CQDztAkARLUJAFG1CQCatQkAp7UJAPC1CQD2tQkARrYJAFK2CQCctgkArLYJAPK2CQD7tgkASLcJAEu3CQCetwkAqrcJAPS3CQD7twkA0DYSAE+4CQCguAkArbgJAPa4CQAUuQkATLkJAFi5CQCiuQkAtbkJAPi5CQAGugkATroJAFG6CQCkugkArroJAPq6CQAIuwkAULsJAF27CQCmuwkAvbsJAPy7CQAEvAkAUrwJAFm8CQCovAkArbwJAP68CQAUvQkAVL0JAFa9CQCqvQkAuL0JAAC+CQANvgkAJjcSAF6+CQB8NxIAsb4JAAK/CQAPvwkAWL8JAGW/CQCuvwkAur8JAATACQATwAkAWsAJAGTACQCwwAkAvsAJAAbBCQALwQkAXMEJAGnBCQCywQkAusEJANI3EgAUwgkAXsIJAG7CCQC0wgkAvcIJAArDCQANwwkAYMMJAGzDCQC2wwkAvcMJACg4EgAYxAkAYsQJAHLECQC4xAkAeMQJACixDgDBxAkADsUJABHFCQBkxQkAcMUJALrFCQDBxQkAfjgSABnGCQBsyQkAGsYJAGbGCQB1xgkAvMYJAHfGCQAUyAkAvcYJABLHCQAuxwkAaMcJAKDHCQC+xwkA9scJANQ4EgAXyAkAasgJAIbICQDAyAkA+MgJABbJCQBOyQkAKjkSAHnJCQDCyQkA0MkJABjKCQArygkAbsoJAIrKCQDEygkA/MoJABrLCQBSywkAgDkSAIHLCQDGywkA0ssJABzMCQAkzAkA1jkSAHfMCQDIzAkA0MwJAB7NCQAtzQkAdM0JAHnNCQDKzQkA180JACDOCQAtzgkAds4JAILOCQDMzgkA284JACLPCQAszwkAeM8JAIDPCQDOzwkA2M8JACTQCQAp0AkAetAJAILQCQAsOhIA39AJACbRCQDh0AkAftIJACfRCQB80QkAmNEJANLRCQAK0gkAKNIJAGDSCQCCOhIAgdIJANTSCQDw0gkAKtMJAGLTCQCA0wkAuNMJANg6EgDZ0wkALNQJAD3UCQCC1AkAntQJANjUCQAQ1QkALtUJAGbVCQAuOxIAkdUJANrVCQDm1QkAMNYJAD/WCQCG1gkAkNYJANzWCQDk1gkAHE0KAOrWCQAy1wkAN9cJAIjXCQCV1wkA3tcJAObXCQA02AkAOtgJAIrYCQBE2AkAAD8KAJbYCQDg2AkA8NgJADbZCQA/2QkAjNkJAI/ZCQDi2QkA7tkJADjaCQA/2gkAhDsSALHaCQDaOxIA8toJADrbCQBQ2wkAkNsJAJzbCQDm2wkA7dsJADzcCQBB3AkAktwJAJvcCQDo3AkA8twJADA8EgBD3QkASj8NAEjdCQCU3QkASt0JACbXDACe3QkA6t0JAOvdCQBA3gkAT94JAJbeCQCb3gkA7N4JAPneCQBC3wkAT98JAJjfCQCk3wkA7t8JAP3fCQBE4AkATuAJAJrgCQCo4AkA8OAJAPXgCQBG4QkAU+EJAJzhCQCd4QkA8uEJAPfhCQBI4gkATeIJAJ7iCQCv4gkA9OIJABfjCQBK4wkAVeMJAKDjCQCl4wkA9uMJAPnjCQBM5AkAVuQJAKLkCQDK5AkA+OQJABflCQDcPBIAWuUJAKTlCQCm5QkA+uUJAAnmCQBQ5gkAW+YJAKbmCQCu5gkA/OYJAAPnCQBS5wkAVOcJAKjnCQCy5wkA/ucJAADoCQBU6AkAbegJAKroCQCs6AkAAOkJAAPpCQBW6QkAYukJAKzpCQC06QkAMj0SAA7qCQBY6gkAXuoJAK7qCQDJ6gkABOsJABDrCQBa6wkAYOsJALDrCQC46wkABuwJAAjsCQBc7AkAZuwJALLsCQC67AkAiD0SABntCQBe7QkAZe0JALTtCQC87QkACu4JABfuCQBg7gkAZe4JALbuCQDA7gkADO8JABTvCQBi7wkAce8JALjvCQC97wkADvAJABvwCQBk8AkAcfAJALrwCQDG8AkAEPEJAB/xCQBm8QkAcPEJALzxCQDE8QkAEvIJABzyCQBo8gkAbfIJAL7yCQDG8gkA3j0SACDzCQBq8wkAevMJAMDzCQDJ8wkAFvQJABn0CQBs9AkAePQJAML0CQDJ9AkAND4SAB71CQBu9QkAdPUJAMT1CQDJ9QkAGvYJACD2CQCKPhIAdvYJAMb2CQDM9gkAHPcJACH3CQCebQ8AKfcJAHL3CQB39wkAyPcJAND3CQAe+AkAR/gJAHT4CQBS+AkA2P8JAJ34CQDK+AkA8/gJACD5CQBL+QkAdvkJAH75CQDM+QkA2/kJACL6CQAn+gkAePoJAIX6CQDO+gkA2/oJACT7CQAw+wkAevsJAIn7CQDQ+wkA2vsJACb8CQA0/AkAfPwJAIH8CQDS/AkA3/wJACj9CQAw/QkAfv0JAIT9CQDU/QkA4P0JACr+CQA6/gkAgP4JAIn+CQDW/gkA2f4JACz/CQA4/wkAgv8JAIn/CQDgPhIAAQAKAC4ACgBZAAoAhAAKAIwACgDaAAoA6QAKADABCgA1AQoAhgEKAJMBCgDcAQoA6QEKADICCgA+AgoAiAIKAJcCCgDeAgoA6AIKADQDCgBCAwoAigMKAI8DCgDgAwoA7QMKADYECgA+BAoAjAQKAJIECgDiBAoA7gQKADgFCgBIBQoAjgUKAJcFCgDkBQoA5wUKADoGCgBGBgoAkAYKAJcGCgA2PxIA6AYKAGh9DwD0BgoAPAcKAEkHCgCSBwoAngcKAOgHCgDuBwoAPggKAEQICgCUCAoAmQgKAOoICgDwCAoAjD8SAGYJCgCWCQoAvAkKAOwJCgAgCgoAQgoKAGsKCgCYCgoAwwoKADhAEgD6CgoARAsKAPwKCgCcOQsATgsKAJoLCgC0CwoA8AsKAPMLCgAwVwoA/wsKAEYMCgBLDAoAnAwKAKkMCgDyDAoA/wwKAEgNCgBUDQoAng0KAK0NCgD0DQoA/g0KAEoOCgBWDgoAoA4KALMOCgD2DgoABQ8KAEwPCgBYDwoAog8KAKMPCgD4DwoAAhAKAE4QCgBcEAoApBAKAKkQCgD6EAoABxEKAI5AEgBVEQoAphEKALMRCgD8EQoACRIKAFISCgBeEgoAqBIKALcSCgD+EgoACBMKAFQTCgBiEwoAqhMKAK8TCgAAFAoADRQKAFYUCgBeFAoAkEESALgUCgACFQoAEhUKAFgVCgBhFQoArhUKALEVCgAEFgoAEBYKAFoWCgBhFgoA5kESALMWCgAGFwoADhcKAFwXCgBoFwoAshcKALgXCgAIGAoADhgKAF4YCgBjGAoAtBgKALoYCgCSQhIAMxkKAGAZCgCJGQoAthkKANoZCgA+QxIAEhoKAHZRCwAfGgoAYhoKAHEaCgC4GgoAxBoKAA4bCgAPGwoAZBsKAG4bCgC6GwoAyBsKABAcCgAVHAoAZhwKAHMcCgCUQxIA3xwKAOpDEgA7HQoAaB0KAJEdCgC+HQoA4h0KAEBEEgAiHgoAah4KAG8eCgDAHgoAzR4KABYfCgAeHwoAbB8KAHIfCgDCHwoAzh8KABggCgAoIAoAbiAKAHcgCgDEIAoAxyAKABohCgBVIQoAcCEKAHwhCgCWRBIAzCEKABwiCgA1IgoAciIKAIAiCgDIIgoA1SIKAB4jCgAlIwoAdCMKAH0jCgDKIwoA1yMKACAkCgA3JAoAdiQKAHkkCgDMJAoAziQKACIlCgArJQoAeCUKAIglCgDOJQoA5yUKACQmCgAmJgoAeiYKAIMmCgDQJgoA2CYKACYnCgAoJwoAfCcKAJUnCgDSJwoA6ScKACgoCgA0KAoAfigKAI8oCgDUKAoA4CgKACopCgA1KQoAgCkKAI0pCgDWKQoA4CkKAOxEEgA/KgoAgioKAJAqCgDYKgoAvyoKAD4zCgAUKwoALisKADsrCgCEKwoAjCsKANorCgDgKwoAMCwKADwsCgCGLAoAkSwKANwsCgDlLAoAMi0KADUtCgCILQoAii0KAN4tCgDlLQoANC4KADYuCgBCRRIAjS4KAOAuCgDuLgoANi8KADsvCgCMLwoAmS8KAOIvCgDuLwoAODAKAEAwCgCYRRIAnDAKAOQwCgD0MAoAOjEKAEgxCgCQMQoAmTEKAOYxCgDwMQoAPDIKAD4yCgCSMgoAnDIKAOgyCgDqMgoA7kUSAEMzCgCUMwoAnDMKAOozCgDwMwoAQDQKAEw0CgCWNAoApTQKAOw0CgD1NAoAQjUKAEU1CgCYNQoAmjUKAO41CgD1NQoARDYKAEY2CgBERhIAnzYKAPA2CgAMNwoARjcKAGI3CgCaRhIAqTcKALJvCwCrNwoA8jcKAPc3CgBIOAoAVTgKAJ44CgCrOAoA9DgKAPo4CgBKOQoAVjkKAKA5CgCwOQoA9jkKAP85CgBMOgoATzoKAKI6CgCuOgoA+DoKAP86CgDwRhIAXTsKAKQ7CgCpOwoA+jsKAAc8CgBQPAoAXTwKAKY8CgCsPAoA/DwKAAg9CgBSPQoAYj0KAKg9CgCxPQoA/j0KAAE+CgBUPgoAYD4KAKo+CgCxPgoARkcSAAI/CgBWPwoAZD8KAKw/CgC9PwoAnEcSAAlACgDyRxIAYEAKAEhIEgCzQAoABEEKABFBCgBaQQoAZ0EKALBBCgC8QQoABkIKABVCCgBcQgoAZkIKALJCCgDAQgoACEMKAA1DCgBeQwoAa0MKALRDCgC8QwoAnkgSABZECgBgRAoAcEQKALZECgC/RAoADEUKAA9FCgBiRQoAbkUKALhFCgC/RQoA9EgSABBGCgBkRgoAckYKALpGCgDLRgoASkkSABdHCgCgSRIAbkcKAPZJEgDBRwoAEkgKAB9ICgBoSAoAdUgKAL5ICgDKSAoAFEkKACNJCgBqSQoAdEkKAMBJCgDOSQoAFkoKABtKCgBsSgoAeUoKAMJKCgDKSgoATEoSACRLCgBuSwoAfksKAMRLCgDNSwoAGkwKAB1MCgBwTAoAfEwKAMZMCgDNTAoAokoSACZNCgByTQoAgE0KAMhNCgDeTQoAHk4KACpOCgB0TgoAe04KAMpOCgDSTgoAIE8KACVPCgB2TwoAf08KAMxPCgDWTwoA+EoSADhQCgB4UAoAhFAKAM5QCgDVUAoAJFEKACxRCgB6UQoAf1EKANBRCgDZUQoAJlIKADBSCgBOSxIAgVIKAFREDQCIUgoAGKEKAItSCgDSUgoAplIKALwuEwDXUgoAKFMKADVTCgB+UwoAi1MKANRTCgDgUwoAKlQKADlUCgCAVAoAilQKANZUCgDkVAoALFUKADlVCgCCVQoAmVUKANhVCgDgVQoALlYKADhWCgCEVgoAiVYKANpWCgDiVgoApEsSADVXCgCGVwoAlVcKANxXCgD8VwoAMlgKAD5YCgCIWAoAklgKAN5YCgDoWAoANFkKAEJZCgCKWQoAoFkKAOBZCgDsWQoANloKADtaCgCMWgoAlVoKAOJaCgDsWgoAOFsKAERbCgCOWwoAoVsKAORbCgDzWwoAOlwKAEZcCgCQXAoAkVwKAOZcCgDwXAoAPF0KAEpdCgCSXQoAl10KAOhdCgD1XQoAUEwSAExeCgCUXgoAql4KAOpeCgD2XgoAQF8KAEdfCgCWXwoAnl8KAOxfCgDxXwoAQmAKAEtgCgCYYAoAomAKAFJNEgDzYAoARGEKAExhCgCaYQoAnWEKAPBhCgD5YQoARmIKAFViCgCcYgoAp2IKAPJiCgD6YgoASGMKAFhjCgCeYwoArGMKAPRjCgAFZAoASmQKAFZkCgCgZAoAqGQKAKhNEgD8ZAoATGUKAFRlCgCiZQoAqWUKAPhlCgAGZgoATmYKAFRmCgCkZgoAsGYKAPpmCgAJZwoAUGcKAFpnCgCmZwoAq2cKAPxnCgACaAoAUmgKAGZoCgD+TRIAuWgKAP5oCgAKaQoAVGkKAFppCgCqaQoAsGkKAABqCgAFagoAVmoKAFxqCgBUThIAsWoKAAJrCgATawoAWGsKAGBrCgCuawoAZGsKADyICgBmawoAACAQALhrCgAEbAoAEmwKAFpsCgBwbAoAsGwKALxsCgAGbQoADW0KAFxtCgBkbQoAsm0KALdtCgAIbgoAEW4KAF5uCgBobgoAtG4KALxuCgAKbwoADm8KAGBvCgBrbwoAtm8KAMRvCgAMcAoAHXAKAGJwCgBucAoAuHAKAMBwCgCqThIAEHEKAGRxCgBycQoAunEKAMRxCgAQcgoAHnIKAGZyCgBzcgoAvHIKANNyCgAScwoAGnMKAGhzCgB4cwoAvnMKAMNzCgAUdAoAGnQKAGp0CgBydAoAwHQKAMJ0CgAWdQoAI3UKAGx1CgB0dQoAwnUKAMd1CgAYdgoAGXYKAG52CgB6dgoAxHYKANF2CgAadwoAIncKAHB3CgB/dwoAxncKAMt3CgAceAoAKXgKAHJ4CgB/eAoAyHgKANR4CgAeeQoALXkKAHR5CgB+eQoAynkKANh5CgAgegoAJXoKAHZ6CgCDegoAAE8SAM96CgAiewoAKnsKAHh7CgCFewoAznsKANN7CgAkfAoALnwKAHp8CgCCfAoA0HwKANJ8CgAmfQoAQX0KAHx9CgB+fQoA0n0KAOB9CgAofgoAOX4KAH5+CgCAfgoA1H4KAO1+CgAqfwoAO38KAIB/CgCMfwoAVk8SAN5/CgAsgAoAMoAKAIKACgCOgAoA2IAKAPWACgAugQoAN4EKAISBCgCQgQoA2oEKAN2BCgAwggoAOoIKAIaCCgCOggoA3IIKAOaCCgAygwoAQIMKAIiDCgCegwoA3oMKAOqDCgA0hAoAO4QKAIqECgCShAoA4IQKAOWECgA2hQoAP4UKAIyFCgCWhQoA4oUKAOqFCgA4hgoAOoYKAI6GCgCehgoA5IYKAO6GCgA6hwoARocKAJCHCgCWhwoA5ocKAO6HCgCsTxIAQogKAJKICgCYiAoA6IgKAO2ICgA+iQoARIkKAAJQEgCiiQoA6okKAACKCgBAigoATIoKAJaKCgCbigoA7IoKAPWKCgBCiwoATIsKAJiLCgC7iwoA7osKAPKLCgBEjAoA/YsKAJyNCgBGjAoAmowKAKiMCgDwjAoA+owKAEaNCgBqjQoABFESAKKNCgDyjQoA/o0KAEiOCgBKjgoAno4KAKiOCgD0jgoAAI8KAEqPCgBujwoAWlESAKSPCgD2jwoAr48KAE6RCgD4jwoATJAKAFqQCgCikAoArJAKAPiQCgAckQoAsFESAFSRCgCkkQoAsJEKAPqRCgD8kQoAUJIKAFqSCgCmkgoAspIKAPySCgAgkwoABlISAG+TCgCokwoAsZMKAP6TCgAMlAoAVJQKAFqUCgCqlAoAtpQKAACVCgAIlQoAXFISAF2VCgCslQoAxZUKAAKWCgARlgoAWJYKAGCWCgCulgoAvZYKAASXCgAJlwoAWpcKAGeXCgCwlwoAvZcKAAaYCgASmAoAXJgKAGuYCgCymAoAvJgKAAiZCgAWmQoAXpkKAGOZCgC0mQoAwZkKALJSEgALmgoA+hILACOaCgBgmgoAapoKALaaCgC4mgoADJsKABqbCgBimwoAb5sKALibCgDAmwoADpwKADqcCgBknAoAa5wKALqcCgDTnAoAEJ0KAB+dCgBmnQoAbp0KALydCgDLnQoAEp4KABeeCgBongoAdZ4KAL6eCgDLngoAFJ8KACCfCgBqnwoAeZ8KAMCfCgDKnwoAFqAKACSgCgBsoAoAcaAKAMKgCgDPoAoACFMSACuhCgBuoQoAfaEKAMShCgDQoQoAGqIKACaiCgBwogoAd6IKAMaiCgDSogoAHKMKACOjCgByowoAeqMKAMijCgDMowoAHqQKACmkCgB0pAoAgKQKAMqkCgDXpAoAIKUKACilCgB2pQoAgKUKAMylCgDSpQoAIqYKADamCgB4pgoAhqYKAM6mCgDbpgoAJKcKADunCgB6pwoAgqcKANCnCgDapwoAJqgKACuoCgB8qAoAhKgKANKoCgDhqAoAKKkKAC2pCgB+qQoAi6kKANSpCgDhqQoAKqoKADaqCgCAqgoAj6oKANaqCgDgqgoAXlMSADSrCgCCqwoAkasKANirCgDdqwoALqwKADesCgCErAoAlawKANqsCgDhrAoAMK0KADitCgCGrQoAk60KANytCgDhrQoAMq4KADyuCgCIrgoAkK4KAN6uCgD3rgoANK8KAECvCgCKrwoAkq8KALRTEgDvrwoANrAKAFOwCgCMsAoAlbAKAOKwCgDwsAoAOLEKAD6xCgCOsQoAmrEKAOSxCgDrsQoAOrIKAEKyCgCQsgoAoLIKAOayCgDssgoAPLMKAEGzCgCSswoAqLMKAOizCgDwswoAPrQKAEi0CgCUtAoAn7QKAOq0CgD2tAoAQLUKAEi1CgAKVBIAo7UKAOy1CgDztQoAQrYKAE62CgCYtgoAnrYKAO62CgD/tgoARLcKAFi3CgCatwoAqLcKAPC3CgD9twoARrgKAF24CgCcuAoApLgKAPK4CgD5uAoASLkKAEq5CgCeuQoAqLkKAPS5CgD2uQoASroKAGO6CgCgugoAoroKAPa6CgD5ugoATLsKAFi7CgCiuwoA0LsKAGBUEgAHvAoATrwKAGu8CgCkvAoArbwKAPq8CgAIvQoAUL0KAFa9CgCmvQoAsr0KAPy9CgAEvgoAtlQSAFq+CgCovgoArr4KAP6+CgAKvwoAVL8KAFe/CgCqvwoAr78KAADACgAJwAoAVsAKAFzACgCswAoAu8AKAALBCgAOwQoAWMEKAGDBCgAMVRIAtMEKAATCCgAJwgoAWsIKAHDCCgCwwgoAuMIKAAbDCgAUwwoAXMMKAGbDCgCywwoAtcMKAAjECgAQxAoAXsQKAF/ECgC0xAoAusQKAArFCgAYxQoAYMUKAHbFCgC2xQoAuMUKAAzGCgASxgoAYsYKAHbGCgC4xgoAwMYKAA7HCgAexwoAZMcKAGbHCgC6xwoAyccKABDICgAayAoAZsgKAGvICgC8yAoAwsgKABLJCgAmyQoAaMkKAHDJCgC+yQoAw8kKABTKCgAaygoAasoKAHLKCgDAygoAw8oKABbLCgAbywoAbMsKAHXLCgDCywoAyMsKABjMCgAnzAoAbswKAHrMCgBiVRIA0MwKABrNCgAtzQoAcM0KAIzNCgDGzQoAzs0KALhVEgAqzgoAcs4KAIjOCgDIzgoA1M4KAB7PCgAjzwoAdM8KAH3PCgDKzwoA1M8KACDQCgAo0AoAdtAKAHjQCgDM0AoA29AKACLRCgA/0QoAeNEKAIHRCgDO0QoA3NEKACTSCgAq0goAetIKAIjSCgDQ0goA3dIKACbTCgA90woAfNMKAITTCgDS0woA1NMKACjUCgAw1AoAftQKAI3UCgDU1AoA2dQKACrVCgA31QoAgNUKAI3VCgDW1QoA4tUKACzWCgA71goAgtYKAIzWCgDY1goA5tYKAC7XCgAz1woAhNcKAJHXCgAOVhIA5NcKADDYCgAy2AoAhtgKAI3YCgDc2AoA49gKADLZCgA42QoAiNkKAJbZCgDe2QoA69kKADTaCgBE2goAitoKAI/aCgDg2goA6NoKADbbCgD82goACkYLAELbCgCM2woAjtsKAJLeCgCZ2woA4tsKAOfbCgA43AoAQtwKAI7cCgCe3AoA5NwKAOncCgA63QoAQ90KAJDdCgCd3QoA5t0KAO3dCgA83goARN4KAGRWEgCg3goA6N4KAADfCgA+3woAQN8KAJTfCgCr3woA6t8KAOzfCgBA4AoATuAKAJbgCgCj4AoA7OAKAPTgCgC6VhIAReEKAJjhCgBZ4QoA/JYMAKHhCgDu4QoA/OEKAO4MCwD94QoAROIKAE/iCgCa4goAouIKAPDiCgD74goARuMKAEvjCgCc4woAn+MKAPLjCgD84woAEFcSAE7kCgCe5AoAUuQKAFYeDwC55AoA9OQKAADlCgBK5QoAUOUKAKDlCgCo5QoA9uUKAAzmCgBM5goAWuYKAKLmCgCl5goA+OYKABHnCgBO5woAWucKAKTnCgCv5woA+ucKAPznCgBQ6AoAa+gKAKboCgC06AoA/OgKAAnpCgBS6QoAaekKAGZXEgCq6QoAsCAPAL7pCgD+6QoA/+kKAFTqCgBZ6goAquoKALDqCgAA6woAAusKAFbrCgBc6woArOsKAMDrCgAC7AoACuwKAFjsCgBo7AoAruwKALDsCgAE7QoAEu0KAFrtCgBr7QoAvFcSALbtCgAG7goAEu4KABJYEgBe7goAsu4KAMPuCgAI7woAEO8KAF7vCgBn7woAtO8KALvvCgAK8AoAC/AKAGhYEgBs8AoAtvAKALjwCgAM8QoAE/EKAGLxCgBq8QoAuPEKAMHxCgAO8goAFfIKAGTyCgBl8goAvlgSAL/yCgAQ8woAGPMKAGbzCgBw8woAvPMKAMrzCgAS9AoAKPQKAGj0CgB09AoAvvQKAMP0CgAU9QoAHfUKAGr1CgB09QoAFFkSAMH1CgAW9goAHvYKAMh8DAAu9goAbPYKAHn2CgDC9goAzvYKABj3CgAi9woAbvcKAHL3CgDE9woAyfcKABr4CgAg+AoAcPgKAJD4CgDG+AoA3vgKABz5CgAz+QoAcvkKAH75CgDI+QoA0vkKAB76CgAg+goAdPoKAHv6CgDK+goA0foKACD7CgAm+woAdvsKAIL7CgDM+woAz/sKACL8CgAl/AoAePwKAIT8CgDO/AoA0fwKACT9CgBA/QoAev0KAIL9CgBqWRIA3P0KACb+CgAw/goAfP4KAH7+CgDS/goA2f4KACj/CgAv/woAfv8KAIT/CgDU/woA4v8KACoACwA3AAsAgAALAJAACwDWAAsA2wALACwBCwA0AQsAggELAJIBCwDYAQsA3QELAC4CCwA0AgsAhAILAIwCCwDAWRIA4AILADADCwA4AwsAhgMLAIkDCwDcAwsA6AMLADIECwA4BAsAiAQLAKMECwDeBAsA7AQLADQFCwBDBQsAigULAJYFCwDgBQsA6AULAGxaEgA7BgsAjAYLAJYGCwDiBgsA6gYLADgHCwBYBwsAjgcLAJsHCwDkBwsA6QcLADoICwA+CAsAkAgLAJ0ICwDCWhIA6wgLADwJCwA/CQsAkgkLAJwJCwDoCQsA9AkLAD4KCwBRCgsAlAoLAKMKCwDqCgsA9goLAEALCwBBCwsAlgsLAKALCwDsCwsA+gsLAEIMCwBHDAsAmAwLAKUMCwAYWxIA+AwLAEQNCwBGDQsAmg0LALMNCwDwDQsAAQ4LAEYOCwBSDgsAnA4LAKQOCwAaXBIA+Q4LAEgPCwBPDwsAng8LAKQPCwD0DwsAABALAEoQCwBNEAsAoBALAKMQCwD2EAsA/hALAEwRCwBcEQsAohELAKcRCwD4EQsAARILAE4SCwBbEgsApBILAKsSCwBwXBIABhMLAFATCwBdEwsAphMLAK4TCwD8EwsABhQLAFIUCwBhFAsAqBQLAKkUCwD+FAsABhULAFQVCwBjFQsAqhULAK8VCwAAFgsADRYLAFYWCwBjFgsArBYLALgWCwACFwsAERcLAFgXCwBiFwsArhcLALwXCwAEGAsACRgLAFoYCwBnGAsAsBgLALgYCwAGGQsAEBkLAFwZCwBhGQsAshkLALoZCwDGXBIAFhoLAF4aCwBqGgsAtBoLALoaCwAKGwsAEBsLAGAbCwBlGwsAthsLALwbCwAcXRIAGBwLAGIcCwBoHAsAuBwLAL4cCwAOHQsAGx0LAGQdCwBpHQsAuh0LAMIdCwAQHgsALh4LAB5eEgBoHgsA7mgOAGkeCwAKSg0AbB4LAIbcDAB8HgsAvB4LAL0eCwASHwsAFx8LAGgfCwBuHwsAvh8LAMAfCwAUIAsAGiALAGogCwB+IAsAwCALAMggCwAWIQsAJiELAGwhCwBuIQsAwiELANAhCwAYIgsAKSILAHReEgB0IgsAxCILANAiCwDKXhIAJyMLAHAjCwB4IwsAxiMLANMjCwAcJAsAHiQLAHIkCwCIJAsAyCQLANQkCwAeJQsAJiULAHZfEgCAJQsAyiULAM0lCwAgJgsAJSYLAHYmCwCHJgsAzCYLANUmCwAiJwsALCcLAHgnCwCGJwsAzicLANMnCwAkKAsAMSgLAMxfEgCGKAsA0CgLAN0oCwAmKQsAKCkLAHwpCwCSKQsA0ikLAN4pCwAoKgsAMCoLACJgEgCDKgsA1CoLANoqCwAqKwsAMisLAIArCwCDKwsA1isLAOIrCwAsLAsAMiwLAIIsCwCdLAsA2CwLAOUsCwAuLQsAMC0LAIQtCwCaLQsA2i0LAOYtCwAwLgsAOC4LAHhgEgCMLgsA3C4LAOEuCwAyLwsATS8LAIgvCwCWLwsA3i8LAOUvCwA0MAsAQDALAIowCwCRMAsAzmASAOswCwA2MQsAPjELAIwxCwCXMQsA4jELAOcxCwA4MgsAOzILAI4yCwCYMgsA5DILAOwyCwA6MwsASDMLAJAzCwCTMwsA5jMLAO4zCwA8NAsAXDQLAJI0CwCfNAsA6DQLAO00CwA+NQsAQjULAJQ1CwChNQsAJGESAAo2CwBANgsASTYLAJY2CwCXNgsA7DYLAPQ2CwBCNwsAUjcLAJg3CwCaNwsA7jcLAPw3CwBEOAsAVTgLAHphEgCgOAsA8DgLAPw4CwDQYRIATTkLACZiEgChOQsA8jkLAAw6CwBIOgsAVzoLAJ46CwCpOgsA9DoLAPY6CwBKOwsAVzsLAKA7CwCtOwsA9jsLAAI8CwBMPAsAXTwLAKI8CwClPAsA+DwLABI9CwBOPQsAVz0LAKQ9CwCxPQsA+j0LAAA+CwBQPgsAXD4LAKY+CwCpPgsA/D4LAAE/CwBSPwsAYz8LAKg/CwDDPwsA/j8LAApACwBUQAsAW0ALAKpACwCsQAsAAEELAAdBCwBWQQsAXUELAKxBCwCyQQsAAkILAA5CCwBYQgsAW0ILAK5CCwCxQgsABEMLABBDCwBaQwsAbUMLALBDCwC/QwsABkQLABJECwBcRAsAXUQLALJECwC8RAsACEULABZFCwBeRQsAY0ULALRFCwDBRQsAfGISABJGCwDSYhIAYkYLALZGCwDMRgsADEcLABhHCwBiRwsAakcLAChjEgC+RwsADkgLABZICwBkSAsAZ0gLALpICwDGSAsAEEkLABZJCwBmSQsAgUkLALxJCwDKSQsAEkoLACFKCwBoSgsAdEoLAL5KCwDGSgsAfmMSABlLCwBqSwsAdEsLAMBLCwDISwsAFkwLADZMCwBsTAsAeUwLAMJMCwDHTAsAGE0LABxNCwBuTQsAe00LANRjEgDnTQsAKmQSAB9OCwBwTgsAf04LAMZOCwDmTgsAHE8LAChPCwByTwsAfE8LAMhPCwDUTwsAHlALACRQCwB0UAsAelALAMpQCwDPUAsAIFELACZRCwCAZBIAfFELAMxRCwDRUQsAIlILAChSCwAsZRIAe1ILAM5SCwDYUgsAJFMLACZTCwB6UwsAk1MLANBTCwDhUwsAJlQLADRUCwB8VAsAf1QLANJUCwDdVAsAKFULADBVCwB+VQsAgFULANRVCwDcVQsAKlYLADdWCwCAVgsAjFYLANZWCwDaVgsALFcLADRXCwCCVwsAkVcLANhXCwDdVwsALlgLADtYCwCEWAsAkVgLANpYCwDmWAsAMFkLAD9ZCwCGWQsAkFkLANxZCwDqWQsAMloLADdaCwCIWgsAlVoLAIJlEgDmWgsA2GUSADhbCwCSXwsAQFsLAIpbCwCQWwsA4FsLAOZbCwA2XAsAQ1wLAIxcCwCRXAsA4lwLAOpcCwA4XQsAYV0LAI5dCwBsXQsAOl4LALRdCwCQXgsAt10LAORdCwANXgsALmYSAGNeCwCEZhIAtl4LAOZeCwAaXwsAPF8LAGVfCwDaZhIAoF8LAOhfCwD1XwsAPmALAEpgCwCUYAsAmmALAOpgCwDwYAsAQGELAEVhCwCWYQsAnGELADBnEgASYgsA7mILABViCwBCYgsAa2ILANxnEgDBYgsAMmgSABRjCwBEYwsAeGMLAJpjCwDDYwsAiGgSAPpjCwBGZAsAS2QLAJxkCwCkZAsA3mgSAPdkCwBIZQsAUWULAJ5lCwCrZQsA9GULAPtlCwA0aRIAUmYLAIppEgCzZgsA9mYLAAJnCwBMZwsAW2cLAKJnCwCrZwsA+GcLAAJoCwBOaAsAUGgLAKRoCwC9aAsA+mgLAAtpCwBQaQsAXGkLAKZpCwCuaQsA4GkSAApqCwBSagsAY2oLAKhqCwC0agsA/moLAAZrCwA2ahIAWWsLAKprCwC0awsAAGwLAAhsCwBWbAsAZmwLAKxsCwCxbAsAAm0LAAttCwBYbQsAZW0LAK5tCwC1bQsAjGoSAApuCwDA1A8AEW4LAFpuCwAXbgsAaKYOAF9uCwCwbgsAvG4LAAZvCwATbwsAXG8LAGZvCwDiahIAt28LAAhwCwAUcAsAXnALAGtwCwC0cAsAvnALAApxCwAmcQsAYHELAGhxCwA4axIAu3ELAAxyCwAUcgsAYnILAGVyCwC4cgsAwXILAA5zCwAdcwsAZHMLAG9zCwC6cwsAwnMLABB0CwAgdAsAZnQLAHR0CwC8dAsAzXQLABJ1CwAedQsAaHULAHB1CwCOaxIAxHULABR2CwAcdgsAanYLAHF2CwDAdgsAznYLABZ3CwAcdwsAbHcLAHh3CwDCdwsA0XcLABh4CwAieAsAbngLAHN4CwDEeAsAyngLABp5CwAueQsAcHkLAHh5CwDGeQsA5HkLABx6CwAkegsA5GsSAHp6CwA6bBIA0HoLAB57CwA3ewsAdHsLAH17CwDKewsA2nsLACB8CwAwfAsAdnwLAIJ8CwDMfAsA0nwLACJ9CwAwfQsAeH0LAIV9CwDOfQsA5X0LACR+CwAsfgsAen4LAIR+CwDQfgsA3n4LACZ/CwA8fwsAfH8LAIh/CwDSfwsA2X8LACiACwAwgAsAfoALAIOACwDUgAsA3YALACqBCwA0gQsAgIELAIiBCwDWgQsA2IELACyCCwA8ggsAgoILAIyCCwDYggsA5IILAC6DCwA0gwsAhIMLAIyDCwDmbBIA3IMLADCECwBBhAsAhoQLAKKECwDchAsA5IQLADxtEgBDhQsAiIULAJmFCwDehQsA5oULADSGCwBNhgsAioYLAJCGCwDghgsA5YYLADaHCwBWhwsAjIcLAJiHCwDihwsA6IcLADiICwBAiAsAjogLAJ2ICwDkiAsA6YgLADqJCwBHiQsAkIkLAJ2JCwDmiQsA8okLADyKCwBLigsAkooLAJyKCwDoigsA9ooLAD6LCwBDiwsAlIsLAKGLCwDqiwsA7YsLAECMCwBIjAsAlowLAJiMCwDsjAsA8owLAEKNCwBOjQsAmI0LAKCNCwCSbRIA840LAESOCwBIjgsAmo4LAKeOCwDobRIA+I4LAD5uEgBMjwsAnI8LALOPCwDyjwsA+48LAEiQCwBekAsAnpALAKqQCwD0kAsAAZELAEqRCwBUkQsAoJELAKiRCwD2kQsANJILAEySCwB1kgsAopILAKqSCwD4kgsAG5MLAJRuEgBdkwsApJMLAGSTCwCIsAsAqZMLAPqTCwAHlAsAUJQLAF2UCwCmlAsAspQLAPyUCwALlQsAUpULAFyVCwColQsAtpULAP6VCwADlgsAVJYLAGGWCwCqlgsAzpYLAACXCwAIlwsA6m4SAF+XCwCslwsAr5cLAAKYCwAMmAsAWJgLAGCYCwCumAsAx5gLAASZCwAQmQsAWpkLAGKZCwBAbxIAwJkLAAaaCwAOmgsAXJoLAGaaCwCymgsAxpoLAAibCwAJmwsAXpsLAGqbCwC0mwsAvJsLAJZvEgAdnAsAYJwLAGGcCwC2nAsAwpwLAAydCwAbnQsAYp0LAGydCwC4nQsAu50LAA6eCwAWngsAZJ4LAGWeCwC6ngsAvJ4LABCfCwAWnwsAZp8LAGifCwC8nwsA0p8LABKgCwAeoAsAaKALAHKgCwC+oAsAyqALABShCwAaoQsAaqELAHKhCwDAoQsA6aELABaiCwAeogsAbKILAHaiCwDCogsAx6ILABijCwAgowsAbqMLAIejCwDEowsA0KMLABqkCwAipAsA7G8SAHykCwDGpAsAyaQLABylCwAhpQsAcqULAHulCwDIpQsAzqULAB6mCwAtpgsAdKYLAICmCwDKpgsA36YLACCnCwAopwsAdqcLAIOnCwCCrQsAj6cLAMynCwDRpwsAIqgLACeoCwB4qAsAiagLAM6oCwDWqAsAJKkLANqoCwDSqgsAO6kLAHqpCwCIqQsA0KkLAOupCwAmqgsAMqoLAHyqCwCJqgsAQnASANSqCwAoqwsANasLAH6rCwCGqwsA1KsLAOurCwAqrAsAOKwLAICsCwCbrAsA1qwLAOKsCwAsrQsAOa0LAJhwEgCLrQsA2K0LAOmtCwAurgsAP64LAISuCwCMrgsA2q4LAPGuCwAwrwsAPq8LAIavCwChrwsA3K8LAOivCwAysAsAP7ALAO5wEgCcsAsA3rALAOGwCwA0sQsAUbELAIqxCwCbsQsA4LELAASyCwA2sgsAPrILAERxEgCVsgsA4rILAOWyCwA4swsAQrMLAI6zCwCWswsA5LMLAP2zCwA6tAsARrQLAJC0CwCYtAsAmnESAPa0CwA8tQsARLULAJK1CwCctQsA6LULAPy1CwA+tgsAP7YLAJS2CwCgtgsA6rYLAPK2CwDwcRIAVLcLAJa3CwCZtwsA7LcLAAm4CwBCuAsAU7gLAJi4CwCmuAsA7rgLAAO5CwBEuQsATLkLAJq5CwCnuQsA9rwLALO5CwDwuQsA9bkLAEa6CwBLugsAnLoLAK26CwDyugsA+roLAEi7CwBfuwsAnrsLAKy7CwD0uwsAD7wLAEq8CwBWvAsAoLwLAK28CwBGchIA/7wLAEy9CwBdvQsAor0LALO9CwD4vQsAAL4LAE6+CwBlvgsApL4LALK+CwD6vgsAFb8LAFC/CwBcvwsApr8LALO/CwCcchIAEMALAFLACwBVwAsAqMALAMXACwD+wAsAD8ELAFTBCwBiwQsAqsELAL/BCwAAwgsACMILAFbCCwBjwgsAYsgLAG/CCwCswgsAscILAALDCwAHwwsAWMMLAGnDCwCuwwsAtsMLAATECwC6wwsAssULABvECwBaxAsAaMQLALDECwDLxAsABsULABLFCwBcxQsAacULAPJyEgC0xQsACMYLABXGCwBexgsAZsYLALTGCwDLxgsACscLABjHCwBgxwsAe8cLALbHCwDCxwsADMgLABnICwBIcxIAa8gLALjICwDJyAsADskLAB/JCwBkyQsAbMkLALrJCwDRyQsAEMoLAB7KCwBmygsAgcoLALzKCwDIygsAEssLAB/LCwCecxIAccsLAL7LCwDPywsAFMwLACDMCwBqzAsAd8wLAMDMCwDFzAsAFs0LACDNCwBszQsAfM0LAMLNCwDHzQsAGM4LACHOCwBuzgsAe84LAMTOCwDLzgsAGs8LACbPCwBwzwsAds8LAMbPCwDMzwsAHNALACHQCwBy0AsAeNALAPRzEgDN0AsAHtELACbRCwB00QsAitELAMrRCwDP0QsAINILACfSCwB20gsAf9ILAMzSCwDd0gsAItMLAC7TCwB40wsAgNMLAPZ0EgDQ0wsAJNQLADrUCwB61AsAhtQLANDUCwDX1AsAJtULAC7VCwBMdRIAgdULANLVCwDZ1QsAKNYLADHWCwB+1gsAj9YLANTWCwDg1gsAKtcLADLXCwCidRIAgtcLANbXCwDs1wsALNgLADjYCwCC2AsAidgLANjYCwDg2AsA+HUSADPZCwCE2QsAi9kLANrZCwDj2QsAMNoLAEHaCwCG2gsAktoLANzaCwDk2gsATnYSADTbCwCI2wsAl9sLAN7bCwD+2wsANNwLADbcCwCK3AsAodwLAODcCwDs3AsANt0LAD7dCwD6dhIAkd0LAOLdCwDk3QsAON4LAD/eCwCO3gsAlt4LAOTeCwDt3gsAOt8LAEDfCwCQ3wsAod8LAObfCwDu3wsApncSAEjgCwCS4AsAleALAOjgCwDt4AsAPuELAE/hCwCU4QsAr+ELAOrhCwD24QsAQOILAEjiCwD8dxIArOILAOziCwDt4gsAQuMLAEfjCwCY4wsAnuMLAO7jCwD44wsAROQLAEzkCwCa5AsArOQLAFJ4EgD95AsARuULAFDlCwCc5QsAouULAPLlCwAG5gsASOYLAFDmCwCe5gsAruYLAPTmCwD55gsASucLAFDnCwCg5wsAqOcLAPbnCwD35wsATOgLAE7oCwCi6AsAsegLAPjoCwAY6QsATukLAFDpCwCk6QsAu+kLAPrpCwAG6gsAUOoLAFjqCwCoeBIAruoLAPzqCwAV6wsAUusLAFvrCwCo6wsAsusLAP7rCwAG7AsAVOwLAGTsCwCq7AsAr+wLAADtCwAJ7QsAVu0LAGPtCwCs7QsAs+0LAALuCwAK7gsAVHkSAGLuCwCu7gsAtu4LAATvCwAS7wsAWu8LAGfvCwCw7wsAuO8LAAbwCwAI8AsAXPALAGTwCwCy8AsAs/ALAAjxCwAK8QsAXvELAG3xCwC08QsA1PELAAryCwAM8gsAYPILAHfyCwC28gsAwvILAAzzCwAm8wsAYvMLAI7zCwC48wsAu/MLAA70CwAT9AsAZPQLAHH0CwCqeRIAvPQLABD1CwAa9QsAZvULAHX1CwC89QsAx/ULABL2CwAg9gsAaPYLAHX2CwC+9gsA1fYLABT3CwAc9wsAavcLAGv3CwDA9wsAwvcLABb4CwAl+AsAbPgLAIz4CwDC+AsAxPgLABj5CwAv+QsAbvkLAHr5CwDE+QsAzPkLAAB6EgAf+gsAcPoLAHb6CwDG+gsAzvoLABz7CwA7+wsAcvsLAH/7CwDI+wsAyfsLAB78CwA0/AsAdPwLAJD8CwBWehIAz/wLACD9CwAq/QsAdv0LAH79CwDM/QsAzf0LACL+CwDO/QsANAcMACj+CwB4/gsAhP4LAM7+CwDe/gsAJP8LADL/CwB6/wsAjf8LAND/CwDc/wsAJgAMAC0ADAB8AAwAhAAMANIADADWAAwAKAEMADYBDAB+AQwAiAEMANQBDADfAQwAKgIMADICDACAAgwAuAIMANYCDADeAgwALAMMADEDDACCAwwAiAMMANgDDADgAwwALgQMAEgEDACEBAwAvAQMANoEDADiBAwAMAUMADUFDACGBQwAjAUMANwFDADkBQwAMgYMAEwGDACIBgwAogYMAN4GDAAWBwwArHoSADwHDACKBwwAkQcMAOAHDADsBwwANggMADcIDACMCAwAmAgMAOIIDADvCAwAOAkMAD8JDACOCQwAmgkMAOQJDADxCQwAOgoMAEkKDACQCgwApAoMAAJ7EgDoCgwAPAsMAPIKDABe9w4APwsMADZiDgBJCwwAbPoMAEsLDACSCwwAsgsMAOgLDADqCwwAPgwMAFUMDACUDAwAoAwMAOoMDADyDAwAWHsSAEINDACWDQwAow0MAOwNDAD1DQwAQg4MAEQODACYDgwAqQ4MAO4ODAD/DgwARA8MAFgPDACuexIAug8MAPAPDADyDwwARhAMAF0QDACcEAwAqBAMAPIQDAD6EAwABHwSAEoRDACeEQwAoREMAPQRDAD8EQwAShIMAFcSDACgEgwApRIMAPYSDAAAEwwATBMMAFQTDACiEwwAuxMMAPgTDAAEFAwAThQMAFoUDACkFAwAsRQMAPoUDAACFQwAUBUMAGAVDACmFQwAqxUMAPwVDAAFFgwAUhYMAF8WDACoFgwArxYMAP4WDAAGFwwAWnwSAGEXDACqFwwArRcMAAAYDAAKGAwAVhgMAFgYDACsGAwAvRgMAAIZDAATGQwAWBkMAGQZDACuGQwAtRkMAAQaDAAeGgwAWhoMAGIaDACwGgwAsRoMAG4kDAC6GgwABhsMAAwbDABcGwwAcBsMALIbDAC6GwwACBwMABIcDABeHAwAYxwMALQcDAC8HAwACh0MABgdDABgHQwAbR0MALYdDAC5HQwADB4MABYeDABiHgwAZB4MALgeDADJHgwADh8MAB8fDABkHwwAbB8MALB8EgDEHwwAECAMACwgDABmIAwAbiAMAAZ9EgC9IAwAEiEMACghDABoIQwAcCEMAL4hDADMIQwAFCIMACEiDABqIgwAbSIMAMAiDADKIgwAFiMMABgjDABsIwwAfSMMAMIjDADTIwwAGCQMACAkDABcfRIAfyQMAMQkDADQJAwAGiUMABwlDABwJQwAcyUMAMYlDADSJQwAHCYMACQmDACyfRIAeyYMAMgmDADVJgwAHicMACYnDAB0JwwAhicMAMonDADXJwwAICgMACEoDAB2KAwAjCgMAMwoDADUKAwAIikMADApDAB4KQwAhSkMAM4pDADRKQwAJCoMAC4qDAB6KgwAfCoMANAqDADhKgwAJisMADcrDAB8KwwAhCsMAAh+EgDfKwwAKCwMADIsDAB+LAwANSwMAFQbDgCMLAwA1CwMAOosDAAqLQwANi0MAIAtDACMLQwA1i0MANwtDAAsLgwAMi4MAIIuDACHLgwA2C4MAN4uDABefhIAMy8MAIQvDACGLwwA2i8MAOEvDAAwMAwAODAMAIYwDACJMAwA3DAMAOUwDAAyMQwAQTEMAIgxDACTMQwA3jEMAOYxDAA0MgwARDIMAIoyDACYMgwA4DIMAPEyDAA2MwwAQjMMAIwzDACUMwwAYH8SAAA0DAA4NAwAQDQMALZ/EgCaNAwA5DQMAPo0DAA6NQwAQjUMAJA1DACvNQwADIASAOk1DADCeQwA8zUMADw2DAA/NgwAJN4QAEQ2DACSNgwARjYMAODiDgCUNgwA6DYMAJw2DABWQwwAozYMAEg8DAD1NgwAPjcMAFI3DACUNwwAnDcMAOo3DADvNwwAQDgMAFA4DACWOAwAnjgMAOw4DAD2OAwAQjkMAE05DACYOQwApDkMAO45DAD2OQwAYoASAEk6DACaOgwAozoMAPA6DAD2OgwARjsMAFU7DACcOwwAqDsMAPI7DAD1OwwAuIASAE08DACePAwArTwMAPQ8DAD2PAwASj0MAFs9DACgPQwAsT0MAPY9DAAKPgwATD4MAFQ+DACiPgwAsD4MAPg+DAAFPwwATj8MAFE/DACkPwwArj8MAPo/DAD8PwwAUEAMAGFADACmQAwAt0AMAPxADAAIQQwAUkEMAFlBDACoQQwAsEEMAP5BDAAVQgwAVEIMAGBCDACqQgwAwEIMAABDDAADQwwADoESAGFDDACsQwwAuEMMAAJEDAAKRAwAZIESAGREDACuRAwAxEQMAARFDAAHRQwAWkUMAGJFDACwRQwAskUMAAZGDAAhRgwAXEYMAF5GDACyRgwAwEYMAAhHDAAZRwwAXkcMAGBHDAC0RwwAzUcMAApIDAAbSAwAYEgMAGxIDAC6gRIAvEgMAAxJDAAaSQwAYkkMAH1JDAC4SQwAxEkMAA5KDAAUSgwAZEoMAGxKDAC6SgwAykoMABBLDAAVSwwAZksMAG9LDAC8SwwAyUsMABJMDAAZTAwAaEwMAHBMDAAQghIAw0wMABRNDAAaTQwAak0MAHJNDADATQwA7E0MABZODAAdTgwAbE4MAIVODADCTgwA0U4MABhPDAA0TwwAZoISAHpPDADETwwAzk8MABpQDAAiUAwAcFAMAHdQDADGUAwAzFAMABxRDAAqUQwAclEMAI1RDADIUQwA1FEMAB5SDAAkUgwAdFIMAHxSDADKUgwA2FIMACBTDAAtUwwAdlMMAHlTDADMUwwA1lMMACJUDAAkVAwAeFQMAIVUDADOVAwA3VQMACRVDAAwVQwAelUMAIJVDAC8ghIA1VUMACZWDAAsVgwAfFYMAIRWDADSVgwA/lYMAChXDAAvVwwAflcMAJdXDADUVwwA41cMACpYDAAzWAwAgFgMAIZYDADWWAwA51gMACxZDABUWQwAglkMAK5ZDADYWQwA31kMAC5aDABHWgwAhFoMAJNaDADaWgwA9loMABKDEgA1WwwAhlsMAJBbDADcWwwA7FsMADJcDAA3XAwAiFwMAJFcDADeXAwA61wMADRdDAA7XQwAil0MAJZdDADgXQwA810MADZeDABFXgwAjF4MAJheDADiXgwA414MADhfDABCXwwAjl8MAJxfDADkXwwA6V8MADpgDABHYAwAaIMSAKFgDADmYAwA6GAMADxhDAA/YQwAkmEMAJVhDADoYQwA72EMAD5iDABKYgwAlGIMAKRiDADqYgwA+mIMAEBjDABFYwwAlmMMAJ9jDADsYwwA+WMMAEJkDABJZAwAmGQMAKRkDADuZAwA9GQMAERlDABKZQwAmmUMAJ9lDADwZQwA9mUMAGqEEgBQZgwAnGYMAKpmDADyZgwAAmcMAEhnDABKZwwAnmcMAK1nDAD0ZwwA/mcMAEpoDABSaAwAbIUSAKZoDAD2aAwAAmkMAMKFEgBRaQwAomkMAKppDAD4aQwACGoMAE5qDABcagwApGoMALFqDAD6agwAAWsMAFBrDABYawwAboYSALdrDAD8awwAA2wMAFJsDABabAwAqGwMALVsDAD+bAwAA20MAFRtDABebQwAqm0MALJtDAAAbgwAGW4MAFZuDABibgwArG4MALRuDADEhhIADm8MAFhvDABbbwwArm8MALNvDAAEcAwAFXAMAFpwDAB1cAwAsHAMALxwDAAGcQwADXEMAFxxDAB4cQwAsnEMALpxDAAahxIADXIMAF5yDABocgwAtHIMALxyDAAKcwwADHMMAFz0DQAacwwAYHMMAGVzDAC2cwwAv3MMAAx0DAAZdAwAYnQMAGl0DABwhxIAwXQMAA51DAAbdQwAZHUMAHN1DAC6dQwAxHUMABB2DAAedgwAZnYMAGt2DAC8dgwAyXYMABJ3DAAadwwAxocSAHR3DAC+dwwAy3cMABR4DAAXeAwAangMAHh4DADAeAwAxXgMABZ5DAAjeQwAbHkMAHR5DAAciBIAynkMABh6DAAeegwAbnoMAB96DACQDA0AenoMAMR6DADhegwAGnsMACN7DABwewwAfnsMAMZ7DADMewwAHHwMACh8DAByfAwAeXwMAHKIEgDJfAwATusMANR8DAAefQwA2HwMAPLnDAAxfQwAdH0MAH59DADKfQwA1n0MACB+DAAtfgwAdn4MAHl+DADMfgwA2n4MACJ/DAAnfwwAeH8MAIV/DADOfwwA1n8MAMiIEgAqgAwAeoAMAIiADADQgAwA64AMACaBDAAygQwAfIEMAIKBDAB0iRIA9YEMAMqJEgAtggwAfoIMAIuCDADUggwA4YIMACqDDAA2gwwAgIMMAI+DDADWgwwA4IMMACyEDAA6hAwAgoQMAIeEDADYhAwA5YQMAC6FDABKhQwAhIUMAIyFDAAgihIA34UMADCGDAA2hgwAhoYMAI6GDADchgwA3YYMADKHDAA5hwwAiIcMAI2HDADehwwA5ocMADSIDABCiAwAiogMAI2IDADgiAwA6IgMADaJDABDiQwAjIkMAJGJDADiiQwA7IkMADiKDABAigwAjooMAJ+KDADkigwA6YoMADqLDAA8iwwAkIsMAJeLDADmiwwA8osMADyMDABDjAwAdooSAJ6MDADojAwABY0MAD6NDABHjQwAlI0MAKKNDADqjQwA8I0MAECODABMjgwAlo4MAJ2ODADsjgwA9I4MAEKPDABYjwwAmI8MAJ2PDADujwwA9Y8MAESQDABNkAwAmpAMAKuQDADwkAwA/JAMAEaRDABOkQwAIosSAKKRDADykQwA95EMAEiSDABjkgwAnpIMAKySDAD0kgwA+5IMAEqTDABWkwwAoJMMAKOTDAD2kwwA/pMMAEyUDABNlAwAopQMAKSUDAD4lAwAB5UMAE6VDABulQwApJUMAKaVDAD6lQwAEZYMAFCWDABclgwAppYMAK6WDAB4ixIAAZcMAFKXDABalwwAqJcMALiXDAD+lwwADJgMAFSYDABlmAwAqpgMALaYDAAAmQwAA5kMAFaZDABemQwArJkMALqZDAACmgwAD5oMAFiaDABgmgwArpoMAOaaDADOixIABZsMAFqbDABmmwwAsJsMAL+bDAAGnAwADpwMACSMEgBenAwAspwMAMCcDAAInQwAGZ0MAHqMEgBlnQwA0IwSALydDAB8jRIAC54MAEK6DAANngwAcqcMAA6eDAC4nwwAEJ4MAMypDAARngwAFqQMABOeDABGvAwAFp4MAGCeDAAXngwAEqIMABmeDAAsrwwAZp4MALaeDAC8ngwADJ8MABGfDABinwwAaJ8MANKNEgC6nwwADqAMABSgDABkoAwAcaAMANSOEgDHoAwAEKEMACehDABmoQwAgqEMALyhDADEoQwAKo8SABeiDABoogwAcqIMAL6iDADMogwAFKMMACOjDABqowwAdqMMAICPEgDIowwA1o8SACKkDABspAwAbaQMAMKkDADIpAwAGKUMACSlDABupQwAfaUMAMSlDADGpQwAGqYMACSmDABwpgwAfKYMAMamDADNpgwALJASACSnDACCkBIAfKcMAMinDADOpwwAHqgMACyoDAB0qAwAg6gMAMqoDADUqAwAIKkMADypDAB2qQwAfqkMANiQEgDYqQwAIqoMADGqDAB4qgwAfaoMAM6qDADpqgwAJKsMADCrDAB6qwwAgKsMANCrDADSqwwAJqwMAD+sDAB8rAwAjawMANKsDADerAwAKK0MAECtDAB+rQwAiq0MANStDADarQwAKq4MADCuDACArgwAha4MANauDADcrgwALpESADGvDACCrwwAiK8MANivDACYrwwAjLQMAOSvDAAusAwARrAMAISwDACIsAwAMrIMAJCwDADasAwA4LAMADCxDAA2sQwAhrEMAIuxDADcsQwA4rEMADCSEgA0sgwAiLIMAI6yDADesgwA67IMADKTEgBBswwAirMMAKGzDADgswwA/LMMADa0DAA+tAwAiJMSAI20DADitAwA8LQMADi1DABJtQwAjrUMAJq1DADktQwA/LUMADq2DAA+tgwA6LcMAEa2DACQtgwAlrYMAOa2DADstgwAPLcMAEG3DACStwwAmLcMAN6TEgDqtwwAPrgMAES4DACUuAwAobgMAOCUEgD3uAwAQLkMAFe5DACWuQwAsrkMAOy5DAD0uQwANpUSAES6DACYugwAnroMAO66DADxugwARLsMAFC7DACauwwAtrsMAPC7DAD4uwwAjJUSAEm8DACcvAwAqLwMAPK8DAD4vAwASL0MAGC9DACevQwAor0MAEy/DAClvQwAqsMMAKq9DAD0vQwAq70MAKbBDAD6vQwASr4MAFC+DACgvgwApb4MAPa+DAD8vgwA4pUSAE6/DACivwwAqL8MAPi/DAAFwAwA5JYSAFvADACkwAwAu8AMAPrADAAWwQwAUMEMAFjBDAA6lxIAq8EMAPzBDAAGwgwAUsIMAGDCDACowgwAt8IMAP7CDAAKwwwAkJcSAFzDDADmlxIAtsMMAADEDAABxAwAVsQMAFzEDACsxAwAuMQMAALFDAARxQwAWMUMAFrFDACuxQwAuMUMAATGDAAQxgwAWsYMAGHGDAA8mBIAuMYMAJKYEgAQxwwAXMcMAGjHDACyxwwAyMcMAAjIDAAUyAwAXsgMAHHIDAC0yAwAwsgMAArJDAAUyQwA6JgSAGjJDAA+mRIAzMkMAAzKDAAYygwAYsoMAG/KDAC4ygwAwsoMAA7LDAAQywwAZMsMAG7LDAC6ywwAyMsMABDMDAAVzAwAZswMAHPMDAC8zAwAxMwMABLNDAAizQwAaM0MAGrNDAC+zQwAx80MABTODAAlzgwAas4MAHTODACUmRIAzM4MABbPDAAtzwwAbM8MAIfPDADqmRIA288MABjQDAAe0AwAbtAMAHjQDABAmhIAxtAMABrRDAAr0QwAcNEMAHjRDADG0QwAjNEMABb6DADS0QwAHNIMACLSDABy0gwAeNIMAMjSDADN0gwAHtMMACTTDACWmhIAkNMMAMrTDADS0wwAmJsSAC7UDAB21AwAh9QMAMzUDADd1AwAItUMAC7VDAB41QwAf9UMAO6bEgDf1QwAJNYMADXWDAB61gwAhtYMANDWDADX1gwARJwSACjXDAB81wwAfdcMANLXDADa1wwAKNgMAC3YDAB+2AwAh9gMANTYDADe2AwAKtkMADLZDACA2QwAhdkMANbZDADm2QwALNoMADTaDACC2gwAmNoMANjaDADk2gwALtsMAETbDACE2wwAidsMANrbDADg2wwAMNwMAETcDACanBIAnNwMANzcDADq3AwAMt0MAD/dDACI3QwAit0MAN7dDADo3QwANN4MAEDeDACK3gwAkd4MAODeDADo3gwANt8MAE/fDACM3wwAoN8MAOLfDADq3wwAOOAMADrgDACO4AwAm+AMAOTgDADp4AwAOuEMAEThDACQ4QwAm+EMAObhDADy4QwAPOIMAELiDACS4gwAmuIMAOjiDADp4gwAPuMMAETjDACU4wwAmeMMAOrjDAD54wwAQOQMAEzkDACW5AwAmeQMAOzkDADv5AwA8JwSAEflDACY5QwAtOUMAEadEgAO5gwAROYMAEzmDACcnRIAoOYMAPDmDAD85gwA8p0SAEznDACc5wwAqOcMAEygEgD05wwASOgMAFLoDACe6AwAoOgMAPToDAAF6QwASukMAFLpDACg6QwArOkMAPbpDAD86QwATOoMAFLqDACi6gwAp+oMAPjqDAD+6gwAoqASAFDrDACk6wwAqusMAPrrDAD96wwAUOwMAFzsDACm7AwAruwMAKShEgAC7QwAUu0MAFjtDACo7QwAre0MAP7tDAAE7gwA+qESAFbuDACq7gwAs+4MAADvDAAX7wwAVu8MAGHvDACs7wwAtu8MAALwDAAK8AwA/KISAGXwDACu8AwAtvAMAATxDAAO8QwAWvEMAGXxDACw8QwAtvEMAAbyDAAS8gwAXPIMAF7yDACy8gwAufIMAAjzDAAQ8wwAXvMMAHDzDABSoxIA8/MMAAr0DAAS9AwAYPQMAIP0DABUpBIAuPQMAAz1DAAZ9QwAYvUMAGn1DAC49QwAyfUMAA72DAAa9gwAZPYMAGv2DAC69gwAu/YMAKYXDQDC9gwAqqQSACP3DABm9wwAdfcMALz3DADI9wwAEvgMABP4DABo+AwAcvgMAL74DADM+AwAFPkMABn5DABq+QwAd/kMAAClEgDI+QwAVqUSAB76DACspRIAevoMAML6DADR+gwAGPsMADj7DABu+wwAevsMAMT7DADL+wwAGvwMACL8DABw/AwAcvwMAMb8DADQ/AwArqYSACb9DABy/QwAev0MAASnEgDS/QwAHv4MACb+DABapxIAtP4MAMr+DADS/gwAIP8MAD7/DACwpxIAe/8MAO7nDQCE/wwAzP8MANP/DAAw4A4A3P8MACIADQAyAA0AeAANAIQADQDOAA0A1AANACQBDQBAAQ0AegENAIIBDQAGqBIA5AENACYCDQAwAg0AfAINAIgCDQDSAg0A2gINAFyoEgAzAw0AfgMNAIADDQDUAw0A2gMNACoEDQAyBA0AsqgSAIIEDQDWBA0A2QQNACwFDQA0BQ0AggUNAJIFDQDYBQ0A2gUNAC4GDQA8Bg0AhAYNAJUGDQAIqRIA4QYNAF6pEgA2Bw0AhgcNAIsHDQDcBw0A4gcNALSpEgA8CA0AiAgNAIoIDQDeCA0A8QgNADQJDQA8CQ0AigkNAJYJDQDgCQ0A5gkNADYKDQA8Cg0AjAoNAJEKDQDiCg0A6AoNALaqEgBBCw0AjgsNAJsLDQDkCw0A6wsNADoMDQBCDA0ADKsSAJwMDQDmDA0A8AwNADwNDQBIDQ0Akg0NAKENDQDoDQ0A8g0NAD4ODQBKDg0AlA4NAJsODQBiqxIA7Q4NAOC5DwDwDg0AQA8NAPkODQC80A4A+w4NAFTwDQBMDw0Alg8NAJ4PDQC4qxIA+A8NAEIQDQBMEA0AmBANAKQQDQDuEA0A/RANAEQRDQBOEQ0AmhENAKYRDQDwEQ0A9xENAA6sEgBUEg0AnBINAGYSDQDywA4AsxINAPISDQD/Eg0ASBMNAEoTDQCeEw0ArxMNAPQTDQAQFA0AShQNAFIUDQBkrBIAuRQNAPYUDQAKFQ0ATBUNAFQVDQCiFQ0ApRUNAPgVDQAGFg0AThYNAGUWDQCkFg0AsRYNAPoWDQD8Fg0AUBcNAGEXDQC6rBIArBcNAPwXDQABGA0AUhgNAGgYDQCoGA0AthgNAP4YDQABGQ0AVBkNAGAZDQCqGQ0AsBkNAAAaDQAMGg0AVhoNAIIaDQCsGg0AuBoNAAIbDQARGw0AWBsNAGIbDQCuGw0AvBsNAAQcDQAJHA0AWhwNAGccDQAQrRIAshwNAAYdDQAUHQ0AXB0NAGkdDQCyHQ0AxB0NAGatEgAXHg0AXh4NAGoeDQC0Hg0AzR4NAAofDQAMHw0AYB8NAG8fDQC2Hw0A1h8NAAwgDQAUIA0AYiANAIUgDQC8rRIAvSANAA4hDQARIQ0AZCENAG4hDQC6IQ0AwiENABAiDQAWIg0AZiINAHIiDQC8Ig0AyyINABIjDQAeIw0AaCMNAHUjDQC+Iw0AyCMNABQkDQAcJA0AaiQNAHkkDQDAJA0AwiQNABYlDQAnJQ0AbCUNAH0lDQDCJQ0AyiUNABgmDQApJg0AbiYNAHAmDQDEJg0AxyYNABonDQAkJw0AcCcNAJQnDQDGJw0A4icNABKuEgAiKA0AcigNAHcoDQDIKA0A1ygNAB4pDQAqKQ0AdCkNAHcpDQDKKQ0AzSkNACAqDQAoKg0AdioNAIUqDQDMKg0A0SoNACIrDQA4Kw0AeCsNAHkrDQDOKw0A3ysNACQsDQAwLA0AeiwNAIQsDQDQLA0A3CwNACYtDQAtLQ0AaK4SAIAtDQDSLQ0A4C0NACguDQAyLg0Afi4NAIkuDQDULg0A3C4NACovDQA2Lw0AgC8NAJMvDQDWLw0A5C8NACwwDQA2MA0AgjANAIowDQDYMA0A5zANAC4xDQAzMQ0AhDENAIsxDQDaMQ0A5jENAL6uEgA8Mg0AhjINAIkyDQDcMg0A3zINADIzDQBMMw0AiDMNAJQzDQDeMw0A8TMNADQ0DQBCNA0AijQNAJQ0DQDgNA0AAzUNABSvEgBANQ0AjDUNAJg1DQDiNQ0A6TUNADg2DQBANg0AjjYNAJI2DQDkNg0A8jYNADo3DQBENw0AkDcNAJs3DQDmNw0A7jcNADw4DQBLOA0AkjgNAJc4DQDoOA0A7zgNAD45DQBKOQ0AlDkNAJw5DQBqrxIAADoNAJqWDwADOg0AQDoNAEo6DQCWOg0AojoNAOw6DQDvOg0AQjsNAEw7DQCYOw0AmzsNAO47DQD+Ow0ARDwNAEY8DQCaPA0AqDwNAPA8DQABPQ0AwK8SAE09DQAWsBIAtT0NAPI9DQD8PQ0ASD4NAFQ+DQCePg0AoT4NAPQ+DQD+Pg0AbLASAE8/DQCgPw0AwD8NAPY/DQD+Pw0AwrASAFpADQCiQA0AuEANAPhADQAEQQ0ATkENAFVBDQCkQQ0ArEENAPpBDQD/QQ0AUEINAFlCDQCmQg0AsEINAPxCDQAEQw0AUkMNAGBDDQCoQw0AtUMNAP5DDQAGRA0AGLESAGREDQCqRA0AskQNAG6xEgAHRQ0AVkUNAGJFDQCsRQ0As0UNAAJGDQAKRg0AWEYNAGJGDQCuRg0AvEYNAARHDQAaRw0AWkcNAGZHDQCwRw0AtUcNAAZIDQAPSA0AXEgNAGZIDQCySA0AukgNAAhJDQANSQ0AXkkNAG5JDQC0SQ0AvEkNAMSxEgAUSg0AYEoNAGNKDQBmTw4AaEoNABqyEgDESg0ADEsNACJLDQBiSw0AbksNALhLDQC/Sw0ADkwNABZMDQBkTA0AaUwNALpMDQDDTA0AEE0NABpNDQBmTQ0Abk0NALxNDQC+TQ0AflkNAMpNDQASTg0AH04NAGhODQBwTg0AcLISAMpODQAUTw0AF08NAGpPDQB0Tw0AxrISAM5PDQAWUA0ALFANAGxQDQB4UA0AwlANAMlQDQAYUQ0AIFENAG5RDQBzUQ0AxFENAM1RDQAaUg0AJFINAHBSDQB4Ug0AxlINAMhSDQAcUw0ALFMNAHJTDQB8Uw0AyFMNANRTDQAeVA0AJFQNAHKzEgCCVA0AylQNAOBUDQAgVQ0ALFUNAHZVDQB7VQ0AzFUNANVVDQAiVg0ALFYNAHhWDQCAVg0AzlYNAPBWDQDIsxIAM1cNAHpXDQCGVw0A0FcNANFXDQAmWA0AMFgNAHxYDQCKWA0A0lgNANdYDQAoWQ0ANVkNAB60EgCOWQ0A1FkNAN5ZDQAqWg0ANloNAIBaDQCGWg0A1loNAN5aDQAgtRIAMVsNAIJbDQCKWw0A2FsNAORbDQDsZQ0A8VsNAC5cDQA6XA0AhFwNAIxcDQB2tRIA51wNADBdDQA4XQ0Ahl0NAJRdDQDcXQ0A6V0NADJeDQA1Xg0AiF4NAJJeDQDeXg0A4F4NADRfDQBBXw0Ail8NAJlfDQDgXw0A7F8NADZgDQA+YA0AzLUSAJxgDQDiYA0A6mANADhhDQBEYQ0AjmENAJRhDQDkYQ0A6mENADpiDQA/Yg0AkGINAJZiDQAithIA82INADxjDQBBYw0AkmMNAJxjDQDoYw0A8GMNAD5kDQBKZA0AlGQNAKdkDQDqZA0A+GQNAEBlDQBDZQ0AlmUNAKBlDQB4thIA/2UNAEJmDQBQZg0AmGYNAJtmDQDuZg0A+GYNAM62EgBJZw0AmmcNAFJnDQCChg0AomcNAPBnDQD8Zw0ARmgNAExoDQCcaA0AWWgNACiEDQCiaA0A8mgNAPdoDQBIaQ0ATmkNACS3EgCkaQ0A9GkNAPlpDQBKag0AUGoNAHq3EgCuag0A9moNABFrDQBMaw0AWGsNAKJrDQCpaw0A0LcSAAFsDQBObA0AW2wNAKRsDQCwbA0A+mwNAA1tDQBQbQ0AUW0NAKZtDQCybQ0A/G0NAAtuDQBSbg0AXG4NAKhuDQC0bg0A/m4NAAVvDQAmuBIAWm8NAKpvDQCwbw0AAHANAAVwDQBWcA0AXHANANK4EgC1cA0AAnENAA9xDQBYcQ0AXHENAK5xDQCwcQ0ABHINABFyDQBacg0AZHINACi5EgC3cg0ABnMNAA5zDQBccw0AaHMNALJzDQDFcw0ACHQNABd0DQBedA0AanQNALR0DQC1dA0ACnUNABR1DQBgdQ0AbnUNALZ1DQC7dQ0ADHYNABl2DQB+uRIAbnYNALh2DQC+dg0ADncNABR3DQBkdw0AaXcNALp3DQDAdw0A1LkSABV4DQBmeA0AcHgNAIC6EgDEeA0AEnkNAB95DQBoeQ0AbXkNAL55DQDIeQ0AFHoNABx6DQBqeg0AdnoNAMB6DQDTeg0AFnsNABd7DQBsew0AeHsNAMJ7DQDRew0AGHwNACJ8DQBufA0AdnwNAMR8DQDGfA0A1roSACN9DQBwfQ0Af30NAMZ9DQDVfQ0AHH4NACh+DQByfg0AdX4NAMh+DQDLfg0ALLsSACB/DQB0fw0Ad38NAMp/DQDSfw0AIIANAC2ADQB2gA0Ae4ANAMyADQDWgA0AIoENACqBDQB4gQ0AhIENAM6BDQDhgQ0AJIINACWCDQB6gg0AhoINANCCDQDfgg0AJoMNADCDDQB8gw0AiIMNANKDDQDZgw0AgrsSADeEDQB+hA0AioQNANSEDQDVhA0AKoUNADSFDQCAhQ0AjoUNANaFDQDbhQ0ALIYNADmGDQDYuxIAk4YNAC68EgDlhg0ALocNADyHDQCEhw0AlYcNANqHDQD8hw0AhLwSADWIDQCGiA0ANogNAJ6/DQCOiA0A3IgNAN2IDQA6jQ0A34gNADyODQDhiA0AOIwNAOKIDQCUjw0A44gNADaLDQDriA0AMokNAPWIDQCakg0AN4kNAIiJDQCViQ0A3okNAOuJDQA0ig0AQIoNAIqKDQCZig0A4IoNAOqKDQDavBIARIsNAIyLDQCOiw0A4osNAPOLDQAwvRIAOYwNAI6MDQCajA0A5IwNAPGMDQCGvRIASI0NAJCNDQCdjQ0A5o0NAP2NDQDcvRIARY4NAOyQDQBGjg0Ako4NAJSODQDojg0A7o4NAD6PDQBIjw0AMr4SAKCPDQDqjw0A7I8NAECQDQBPkA0AlpANAKGQDQCIvhIA+5ANAEKRDQBRkQ0AmJENAKSRDQDukQ0A+pENAESSDQBLkg0A3r4SAKaSDQDwkg0A+JINADS/EgBfkw0AnJMNAK2TDQDykw0A/pMNAIq/EgBPlA0AnpQNAKaUDQD0lA0A9ZQNAEqVDQBQlQ0AoJUNAKWVDQD2lQ0A95UNAEyWDQBYlg0AopYNAKiWDQD4lg0AApcNAE6XDQBclw0ArpwNAGKXDQCklw0ArJcNAOC/EgAKmA0AUJgNAFiYDQCmmA0Ar5gNAPyYDQCzmA0ArJsNAAmZDQBSmQ0AWZkNAKiZDQC0mQ0A/pkNAA6aDQBUmg0AYpoNAKqaDQC3mg0AAJsNAAybDQBWmw0AXZsNADbAEgC1mw0AApwNABOcDQBYnA0AaZwNAIzAEgC6nA0ABJ0NAAedDQBanQ0AYp0NALCdDQC1nQ0ABp4NABaeDQBcng0AZJ4NALKeDQC7ng0ACJ8NAL+eDQC4oQ0AFZ8NAF6fDQBlnw0AtJ8NAMCfDQAKoA0AGqANAGCgDQBuoA0AtqANAMOgDQAMoQ0AGKENAGKhDQBpoQ0A4sASAMGhDQAOog0AH6INAGSiDQB1og0AOMESAL+iDQAQow0AHaMNAGajDQByow0AvKMNAMajDQASpA0AJqQNAGikDQBppA0AvqQNAMqkDQAUpQ0AM6UNAGqlDQBypQ0AwKUNAMWlDQAWpg0AL6YNAGymDQCYpg0AwqYNAM6mDQAYpw0AJ6cNAG6nDQB4pw0AxKcNAMynDQAaqA0AJagNAHCoDQByqA0AxqgNAMmoDQAcqQ0AJKkNAHKpDQB/qQ0AyKkNAM2pDQAeqg0AJqoNAHSqDQB2qg0AyqoNANSqDQAgqw0AKqsNAHarDQB8qw0AzKsNANqrDQAirA0AO6wNAHisDQCBrA0AzqwNANisDQAkrQ0AMK0NAI7BEgCGrQ0A0K0NANqtDQAmrg0AMa4NAHyuDQCBrg0A0q4NANmuDQAorw0AMK8NAH6vDQCrrw0A5MESANuvDQAqsA0AMrANAICwDQCtsA0A1rANANuwDQAssQ0ALbENAIKxDQCMsQ0A2LENAOaxDQAusg0AM7INAISyDQCRsg0A2rINAPayDQAwsw0ATLMNADrCEgCTsw0A3LMNAOCzDQAytA0AOLQNAIi0DQCKtA0A3rQNAN+0DQA0tQ0AV7UNAIq1DQCutQ0A4LUNAA22DQA2tg0APrYNAIy2DQCRtg0A4rYNAO+2DQA4tw0AQLcNAI63DQCQtw0A5LcNAOy3DQA6uA0AZ7gNAJC4DQCduA0A5rgNAOu4DQA8uQ0ASbkNAJK5DQCeuQ0A6LkNABW6DQA+ug0ARroNAJS6DQCvug0A6roNAOy6DQBAuw0AUbsNAJa7DQCfuw0A7LsNAPi7DQCQwhIAT7wNAJi8DQCzvA0A7rwNAPO8DQBEvQ0AZL0NAJq9DQCmvQ0A8L0NAPi9DQDmwhIAVL4NAJy+DQCmvg0A8r4NAP2+DQBIvw0AUL8NAJLDEgCnvw0A9L8NAP6/DQBKwA0AVcANAKDADQC0wA0A9sANAAvBDQBMwQ0AVMENAKLBDQC5wQ0A+MENAP3BDQBOwg0AWMINAKTCDQCswg0A6MMSAPzCDQBQww0AYcMNAKbDDQCpww0A/MMNAAjEDQA+xBIAYMQNAKjEDQC5xA0AlMQSAAHFDQBUxQ0AV8UNAKrFDQC2xQ0AAMYNAAbGDQBWxg0AYMYNAOrEEgC5xg0AAscNABnHDQBYxw0AYMcNAEDFEgC0xw0ABMgNAArIDQBayA0AcsgNALDIDQCyyA0ABskNAAnJDQBcyQ0AX8kNALLJDQC+yQ0ACMoNAA7KDQBeyg0AaMoNAOzFEgC5yg0ACssNABfLDQBCxhIAcMsNALbLDQDCyw0ADMwNABLMDQBizA0AbswNALjMDQBwzA0A0IgQAMXMDQAOzQ0AHc0NAGTNDQBwzQ0Aus0NAMLNDQCYxhIAGM4NAGbODQBozg0AvM4NAMvODQASzw0AHM8NAGjPDQBxzw0Avs8NAMDPDQAU0A0AJdANAGrQDQB/0A0AwNANAMjQDQAW0Q0AV9ENAGzRDQB00Q0AwtENAM7RDQAY0g0AK9INAG7SDQBv0g0AxNINANDSDQAa0w0AKdMNAHDTDQB60w0AxtMNANLTDQAc1A0AI9QNAETHEgCO1A0AmscSAMvUDQAe1Q0AJtUNAHTVDQCB1Q0AytUNAM/VDQAg1g0AKtYNAHbWDQB+1g0AzNYNANbWDQAq2w0A3NYNAC7dDQD51g0AItcNACzXDQB41w0AMtcNACbZDQB+1w0AztcNANfXDQAk2A0AMNgNAHrYDQCn2A0A0NgNAOzYDQBGyBIAKNkNAHzZDQCN2Q0A0tkNANXZDQAo2g0ANNoNAH7aDQCr2g0A1NoNAPDaDQCcyBIAMNsNAIDbDQCJ2w0A1tsNAODbDQAs3A0AN9wNAILcDQCW3A0A2NwNAPTcDQDyyBIAMN0NAITdDQCV3Q0A2t0NAN3dDQAw3g0ARN4NAIbeDQCi3g0ASMkSAOTeDQCeyRIAOt8NAPTJEgCU3w0A3t8NAOTfDQA04A0AOuANAIrgDQCP4A0A4OANAObgDQBKyhIAQOENAIzhDQCU4Q0A9soSAOjhDQA44g0AQOINAI7iDQCb4g0A5OINAPDiDQA64w0APOMNAJDjDQCW4w0A5uMNAO7jDQBMyxIASeQNAJLkDQCZ5A0A6OQNAPDkDQA+5Q0AQ+UNAJTlDQCk5Q0A6uUNAPLlDQBA5g0ATuYNAJbmDQCj5g0A7OYNAO3mDQBC5w0AS+cNAJjnDQCi5w0AossSAPrnDQBE6A0AR+gNAJroDQCi6A0A8OgNAP3oDQBG6Q0AS+kNAJzpDQCm6Q0A8ukNAPrpDQBI6g0AVOoNAJ7qDQCx6g0A9OoNAALrDQBK6w0ATesNAKDrDQCq6w0A+MsSAPvrDQBM7A0AWOwNAKLsDQCl7A0A+OwNAADtDQBO7Q0AW+0NAKTtDQCp7Q0A+u0NAATuDQBQ7g0AWO4NAKbuDQCy7g0A/O4NAA/vDQBS7w0AYO8NAKjvDQCr7w0A/u8NAAjwDQBOzBIAWvANAKrwDQC28A0AAPENAALxDQBW8Q0AXfENAKzxDQDA8Q0AAvINAAryDQBY8g0AZPINAK7yDQDB8g0ABPMNABLzDQBa8w0AXfMNALDzDQC68w0ABvQNAAn0DQCkzBIAd/QNALL0DQC09A0ACPUNABb1DQBe9Q0Ab/UNALT1DQC29Q0ACvYNACP2DQBg9g0AcfYNALb2DQDC9g0A+swSABX3DQBi9w0Ab/cNALj3DQDC9w0ADvgNABz4DQBk+A0AevgNALr4DQDG+A0AEPkNABz5DQBm+Q0AefkNALz5DQDL+Q0AEvoNAB76DQBo+g0AafoNAL76DQDI+g0AFPsNACL7DQBq+w0Ab/sNAMD7DQDN+w0AUM0SACT8DQBs/A0AgvwNAML8DQDO/A0AGP0NAB/9DQBu/Q0Adv0NAMT9DQDJ/Q0AGv4NACP+DQBw/g0Aev4NAMb+DQDO/g0AHP8NACD/DQBy/w0AdP8NAMj/DQDW/w0AHgAOACgADgB0AA4AggAOAMoADgDXAA4AIAEOADcBDgB2AQ4AfgEOAMwBDgDcAQ4AIgIOACcCDgB4Ag4AfgIOAM4CDgDWAg4AJAMOACkDDgB6Aw4AewMOANADDgDcAw4AJgQOACwEDgB8BA4AfgQOANIEDgDcBA4AKAUOADYFDgB+BQ4AgwUOANQFDgDhBQ4AUs4SADAGDgCABg4AhQYOANYGDgDcBg4AqM4SADEHDgCCBw4AjwcOANgHDgDlBw4ALggOADoIDgCECA4AkwgOANoIDgDkCA4AMAkOAD4JDgCGCQ4AiwkOANwJDgDpCQ4AMgoOADoKDgCqzxIAlAoOAN4KDgDuCg4ANAsOAD0LDgCKCw4AjQsOAOALDgDsCw4ANgwOAD0MDgAA0BIAkQwOAOIMDgDvDA4AOA0OAEUNDgCODQ4Amg0OAOQNDgDzDQ4AOg4OAEQODgCQDg4Ang4OAOYODgDrDg4APA8OAEkPDgCSDw4Amg8OAFbQEgD0Dw4APhAOAE4QDgCUEA4AnRAOAOoQDgDtEA4AQBEOAEwRDgCWEQ4AnREOAKzQEgDxEQ4AQhIOAEsSDgDYOBEATxIOAJgSDgClEg4A7hIOAPoSDgBEEw4AUxMOAJoTDgCkEw4A8BMOAP4TDgBGFA4ASxQOAJwUDgCpFA4A8hQOAPoUDgAC0RIAVBUOAJ4VDgCuFQ4A9BUOAP0VDgBKFg4ATRYOAKAWDgCsFg4A9hYOAP0WDgBY0RIAYxcOAKIXDgCoFw4A+BcOAAQYDgBOGA4AZRgOAKQYDgCmGA4A+hgOAAQZDgBQGQ4AXBkOAKYZDgCyGQ4A/BkOAAIaDgBSGg4AWBoOAKgaDgCtGg4A/hoOAAQbDgCu0RIAYhsOAKobDgC3Gw4AABwOABccDgBWHA4AXhwOAKwcDgCvHA4AAh0OAA4dDgBYHQ4AaR0OAK4dDgC6HQ4ABB4OABMeDgBaHg4AZB4OALAeDgC8Hg4ABh8OAA0fDgBcHw4AZB8OALIfDgC8Hw4ACCAOABQgDgBeIA4AYSAOALQgDgC+IA4ABNISACQhDgBa0hIAaiEOALYhDgC4IQ4ADCIOABIiDgBiIg4AbCIOALgiDgDAIg4ABtMSABEjDgDWYBAAGSMOAGQjDgBlIw4AuiMOAMQjDgAQJA4AOyQOAFzTEgB2JA4AvCQOAL4kDgASJQ4AICUOAGglDgB5JQ4AstMSAMQlDgAUJg4AICYOAGomDgBsJg4AwCYOAMMmDgAWJw4AGycOAGwnDgB5Jw4AwicOAN4nDgAYKA4AICgOAF7UEgB7KA4AxCgOAN8oDgAaKQ4AHCkOAHApDgCBKQ4AxikOANQpDgAcKg4AIyoOAHIqDgB6Kg4AyCoOAM0qDgAeKw4AJysOAHQrDgB+Kw4AyisOAMsrDgAgLA4AKSwOAHYsDgCALA4AzCwOANQsDgAiLQ4AMi0OAHgtDgB+LQ4Azi0OANMtDgAkLg4AOi4OAHouDgCCLg4A0C4OANMuDgAmLw4A3y4OAH4wDgBGLw4AfC8OAIovDgDSLw4A0y8OALTUEgA4MA4ACtUSAI8wDgDUMA4A4DAOACoxDgAsMQ4AgDEOAI0xDgBg1RIA3DEOACwyDgBMMg4AgjIOAIoyDgC21RIAjjIOAF5LDgDbMg4ALjMOADgzDgAM1hIAjTMOANozDgDwMw4AMDQOAEY0DgCGNA4AiDQOANw0DgDiNA4AMjUOAEY1DgC41hIAlTUOAA7XEgDlNQ4ANDYOADw2DgCKNg4AlDYOAOA2DgDsNg4ANjcOADk3DgCMNw4AljcOAGTXEgDrNw4AODgOAE44DgCOOA4ApDgOAOQ4DgDmOA4AOjkOAEA5DgCQOQ4ApDkOABDYEgDoOQ4APDoOAPY5DgDWixAAXDoOAGbYEgCZOg4A6DoOAPA6DgA+Ow4ASDsOAJQ7DgCgOw4A6jsOAO07DgBAPA4ASjwOALzYEgCfPA4A7DwOAAI9DgBCPQ4AWD0OAJg9DgCaPQ4A7j0OAPQ9DgBEPg4AWD4OAGjZEgCcPg4A8D4OAP4+DgBGPw4AVz8OAL7ZEgCjPw4AFNoSAP4/DgBIQA4AS0AOAJ5ADgCoQA4AwNoSAP1ADgBKQQ4AYEEOAKBBDgC2QQ4A9kEOAPhBDgBMQg4AUkIOAKJCDgC2Qg4AbNsSAARDDgBOQw4AUEMOAKRDDgDEQw4AwtsSAAREDgBQRA4AXEQOAKZEDgCpRA4A/EQOAAZFDgAY3BIAW0UOAKhFDgC+RQ4A/kUOABRGDgBURg4AVkYOAKpGDgCwRg4AAEcOABRHDgDE3BIAWkcOAKxHDgC0Rw4AAkgOAAxIDgBYSA4AZEgOAK5IDgCxSA4ABEkOAA5JDgAa3RIAY0kOALBJDgDGSQ4ABkoOABxKDgBcSg4AXkoOALJKDgC4Sg4ACEsOABxLDgDG3RIAZUsOALRLDgC8Sw4ACkwOABRMDgBgTA4AbEwOALZMDgC5TA4ADE0OABZNDgAc3hIAa00OALhNDgDOTQ4ADk4OACRODgBkTg4AZk4OALpODgDATg4AEE8OACRPDgDI3hIAbk8OALxPDgCCTw4AfjoTAMJPDgA+aA8AzE8OABJQDgDNTw4AWswPANVPDgCsyg8AFFAOAGhQDgB2UA4AvlAOAM9QDgAe3xIAG1EOAHTfEgBzUQ4A/EYPAHZRDgDAUQ4Aw1EOABZSDgAfUg4AbFIOAH1SDgDCUg4AzFIOABhTDgAgUw4AblMOADRTDgBElg8AcVMOAMRTDgDNUw4AGlQOADBUDgBwVA4AhlQOAMZUDgDIVA4AHFUOACJVDgByVQ4AhlUOAMrfEgDwVQ4AHlYOAEZWDgAg4BIAelYOAIAzDwCAVg4AIlgOAIFWDgAuNQ8Ag1YOACw0DwCEVg4AylYOAMxWDgAgVw4ALlcOAHZXDgCHVw4AduASANRXDgDM4BIAKFgOAHhYDgB+WA4AzlgOANNYDgAkWQ4AKlkOACLhEgCGWQ4A0FkOANhZDgDO4RIAMloOAHxaDgCGWg4A0loOANtaDgAoWw4AKVsOAH5bDgCGWw4A1FsOANlbDgAqXA4AOlwOAHriEgCMXA4A1lwOANhcDgAsXQ4AMl0OAIJdDgCJXQ4A2F0OAN1dDgAuXg4AMl4OAIReDgCRXg4A2l4OAOJeDgAwXw4ANV8OAIZfDgCWXw4A0OISAO1fDgAyYA4APmAOAIhgDgCXYA4A3mAOAOhgDgA0YQ4AQmEOAIphDgCXYQ4A4GEOAPdhDgAm4xIAOWIOANLjEgCPYg4A4mIOAJNiDgCi9hIA6mIOADhjDgBgYw4AjmMOALZjDgDkYw4ADGQOACjkEgBDZA4AkGQOAJFkDgDmZA4A9WQOADxlDgD8ZA4A6mYOAE1lDgCSZQ4AlGUOAOhlDgDrZQ4APmYOAEFmDgCUZg4AnGYOACrlEgDvZg4AQGcOAEdnDgCWZw4An2cOAOxnDgD9Zw4AQmgOAE5oDgCYaA4AoGgOAIDlEgD0aA4ARGkOAEtpDgCaaQ4An2kOAPBpDgD0aQ4ARmoOAFNqDgCcag4Aq2oOAPJqDgADaw4ASGsOAEprDgCeaw4AoWsOAPRrDgD3aw4ASmwOAFJsDgDW5RIApWwOANy1DgCrbA4ARm4QAKxsDgD2bA4A+WwOAExtDgBWbQ4ALOYSAKttDgD4bQ4AB24OAE5uDgBdbg4ApG4OALBuDgD6bg4A/W4OAFBvDgBTbw4AguYSAKlvDgD8bw4AJHAOANjmEgBacA4ALucSALBwDgCE5xIADHEOAFRxDgBlcQ4AqnEOALZxDgAAcg4AI3IOAFZyDgBZcg4ArHIOANByDgACcw4ACnMOADDoEgBacw4ArnMOALxzDgAEdA4AFXQOAIboEgBhdA4A3OgSALh0DgCI6RIAC3UOAFx1DgBpdQ4AsnUOALV1DgAIdg4ADXYOAF52DgBvdg4AtHYOAMB2DgDe6RIAD3cOAGB3DgBxdw4AtncOAMJ3DgAMeA4AJngOAGJ4DgBmeA4AZnoOAGl4DgDAfA4AbHgOABh+DgBueA4AaHsOAHB4DgBkeQ4Ac3gOALh4DgC9eA4ADnkOACV5DgA06hIAcXkOALp5DgDKeQ4AEHoOABV6DgCK6hIAaHoOALx6DgDCeg4AEnsOAB97DgDg6hIAbnsOAL57DgDEew4AFHwOABl8DgBqfA4AcHwOADbrEgDMfA4AFn0OAC99DgBsfQ4AdX0OAMJ9DgDZfQ4AjOsSAB5+DgBufg4AcH4OAMR+DgDTfg4AGn8OACZ/DgDi6xIAcn8OAMZ/DgDXfw4AHIAOACqADgBygA4AeYAOAMiADgDKgA4AHoEOACiBDgB0gQ4AgoEOAMqBDgDPgQ4AIIIOAC2CDgB2gg4AfoIOAMyCDgDQgg4AIoMOACSDDgB4gw4AfoMOAM6DDgDbgw4AOOwSADGEDgB6hA4AkYQOANCEDgDshA4AjuwSADKFDgB8hQ4AfYUOANKFDgDYhQ4AKIYOADSGDgB+hg4AjYYOANSGDgDWhg4AKocOADSHDgCAhw4AjocOANaHDgDbhw4ALIgOADmIDgCCiA4AiogOANiIDgDciA4ALokOADCJDgCEiQ4AiokOANqJDgDniQ4A5OwSAD2KDgCGig4AnYoOANyKDgD4ig4AOu0SADuLDgCIiw4AlosOAN6LDgDoiw4ANIwOAECMDgCKjA4AjYwOAOCMDgD8jA4ANo0OAD6NDgCQ7RIAmI0OAOKNDgDljQ4AOI4OAEKODgCS7hIAl44OAOSODgDyjg4AOo8OAESPDgCQjw4AnI8OAOaPDgDujw4APu8SAD6QDgCSkA4AoJAOAOiQDgD5kA4AlO8SAEWRDgDq7xIAmZEOAOqRDgDykQ4AQJIOAEaSDgCWkg4An5IOAOySDgD5kg4AlvASAEeTDgCYkw4ATpMOAEaVDgChkw4A7pMOAPiTDgBElA4ATJQOAJqUDgDglA4A8JQOAPiUDgDs8BIATJUOAJyVDgCilQ4A8pUOAPqVDgBIlg4AjpYOAJ6WDgCmlg4AQvESAPyWDgCY8RIAU5cOAKCXDgCulw4A9pcOAACYDgBMmA4AWJgOAKKYDgClmA4A+JgOAACZDgBE8hIAWpkOAKSZDgCnmQ4A+pkOAASaDgCa8hIAWJoOAPDyEgC0mg4A/JoOAA2bDgBSmw4AXpsOAKibDgCrmw4ARvMSAEacDgBUnA4AnJwOAJzzEgC6nA4AAJ0OAAKdDgBWnQ4AZJ0OAKydDgC9nQ4A8vMSAB6eDgBYng4AYJ4OAEj0EgC0ng4A7BMPAMGeDgAEnw4AE58OAFqfDgBmnw4AsJ8OALGfDgAGoA4AEKAOAFygDgBqoA4AsqAOALegDgAIoQ4AFaEOAJ70EgBsoQ4AtKEOAMGhDgAKog4AEqIOAPT0EgBsog4AtqIOAOKiDgAMow4AGKMOAGKjDgBxow4AuKMOAMKjDgAOpA4AHKQOAGSkDgBppA4AuqQOAMekDgAQpQ4AGKUOAGalDgB0pQ4AvKUOAMmlDgASpg4AGqYOAEr1EgBqpg4AVMkPAHamDgC+pg4AyKYOABSnDgAgpw4AaqcOAHGnDgDApw4AyKcOABaoDgAaqA4AbKgOAHqoDgDCqA4AzKgOABipDgAjqQ4AbqkOAHapDgDEqQ4AxqkOABqqDgAiqg4AcKoOAH2qDgDGqg4Ay6oOAByrDgApqw4AcqsOAJCrDgDIqw4A+asOAB6sDgAqrA4AdKwOAHqsDgDKrA4Az6wOACCtDgAorQ4Adq0OAIKtDgDMrQ4A360OACKuDgAwrg4AeK4OAIKuDgDOrg4A1q4OACSvDgAzrw4Aeq8OAH+vDgDQrw4A168OACawDgAysA4AfLAOAJiwDgDSsA4A2rAOAKD1EgAqsQ4AfrEOAIyxDgDUsQ4A4bEOACqyDgA4sg4AgLIOAI2yDgDWsg4A7bIOACyzDgA0sw4AgrMOAJCzDgDYsw4A5bMOAC60DgA2tA4ATPYSAJK0DgDatA4A27QOAPj2EgA8tQ4AhrUOAI21DgBO9xIA47UOADK2DgA3tg4ApPcSAJC2DgD69xIA5rYOADS3DgActw4AeAgRADW3DgA0DQ8AN7cOADgPDwA9tw4AircOAD63DgDcCw8ARLcOADYODwBStw4ArKEQAJe3DgDgtw4A67cOADa4DgA4uA4AjLgOAJm4DgDiuA4A6bgOADi5DgBJuQ4AjrkOAJq5DgDkuQ4A67kOADq6DgBCug4AUPgSAJa6DgDmug4A7LoOADy7DgBBuw4AkrsOAJi7DgCm+BIA9LsOAD68DgBIvA4AlLwOAJi8DgDqvA4A9rwOAEC9DgBMvQ4Alr0OAKO9DgDsvQ4A9L0OAEK+DgBMvg4AmL4OAKS+DgDuvg4A8b4OAES/DgBOvw4AUvkSAJy/DgDwvw4A878OAEbADgBJwA4A/vkSAKTADgBU+hIAAMEOAEjBDgBJwQ4AqvoSAKbBDgAA+xIA+cEOAErCDgBRwg4AoMIOAKXCDgBW+xIA/sIOAKz7EgBUww4AosMOAKzDDgD4ww4AA8QOAE7EDgBcxA4ApMQOAKfEDgD6xA4AAsUOAFDFDgBaxQ4ApsUOALLFDgD8xQ4A/8UOAFLGDgBcxg4AAvwSALbGDgD+xg4AFMcOAFTHDgBgxw4AqscOALHHDgAAyA4ACMgOAFbIDgBbyA4ArMgOALXIDgACyQ4ADMkOAFjJDgBgyQ4ArskOALDJDgAEyg4AFMoOAFrKDgBkyg4AsMoOALzKDgAGyw4ADMsOAFzLDgBkyw4ArvwSAMDLDgAIzA4ACcwOAAT9EgBjzA4AWv0SALbMDgAKzQ4AC80OAGDNDgBjzQ4Ats0OAMHNDgAMzg4AEc4OAGLODgBszg4AsP0SANzODgAOzw4AFs8OAAb+EgBmzw4Aus8OAMvPDgAQ0A4AIdAOAGbQDgBp0A4AXP4SAMLQDgAS0Q4AF9EOAGjRDgBr0Q4AvtEOAMHRDgAU0g4AHNIOALL+EgB40g4AwNIOAMPSDgAW0w4AIdMOAGzTDgB40w4AwtMOAMnTDgAY1A4AINQOAG7UDgB81A4AxNQOANHUDgAa1Q4AItUOAAj/EgB81Q4AxtUOAMnVDgAc1g4AJtYOAHLWDgB61g4AXv8SANTWDgAe1w4AJNcOAHTXDgB+1w4AytcOAN7XDgAg2A4AKNgOALT/EgCD2A4AzNgOANTYDgAi2Q4AJdkOAHjZDgCE2Q4AztkOANjZDgAk2g4ALdoOAHraDgB72g4A0NoOAOjaDgAm2w4AKNsOAHzbDgCN2w4A0tsOAOPbDgAo3A4AMNwOAH7cDgCN3A4A1NwOANbcDgAq3Q4AO90OAIDdDgCR3Q4A1t0OAO/dDgAs3g4ALt4OAILeDgCR3g4A2N4OAPjeDgBgABMAMN8OAITfDgCk3w4A2t8OAO7fDgC4ARMAOOAOAIbgDgCT4A4A3OAOAOHgDgAy4Q4APOEOAIjhDgCQ4Q4A3uEOAOThDgA04g4APeIOAIriDgCX4g4ADgITAOziDgA24w4APOMOAIzjDgCS4w4A4uMOAOvjDgA45A4AOeQOAI7kDgCY5A4A5OQOAPDkDgA65Q4AQeUOAGQCEwCY5Q4AugITAO7lDgAQAxMAROYOAGYDEwCe5g4A6OYOAPjmDgA+5w4AQ+cOAJTnDgCa5w4A6ucOAPbnDgBA6A4ASOgOALwDEwCn6A4A7OgOAP3oDgBC6Q4AVOkOAJjpDgCg6Q4A7ukOAPnpDgBE6g4ASeoOAJrqDgCf6g4A8OoOABDrDgASBBMAVusOAJzrDgCm6w4A8usOAP7rDgBI7A4ATuwOAJ7sDgCm7A4A9OwOAPbsDgBK7Q4AAO0OAADzDgBb7Q4AoO0OALHtDgD27Q4ACO4OAEzuDgBU7g4Aou4OAK3uDgD47g4A/e4OAE7vDgBT7w4ApO8OAMTvDgBoBBMA/O8OAFDwDgBf8A4ApvAOALHwDgD88A4ADvEOAFLxDgBa8Q4AqPEOALPxDgD+8Q4AA/IOAFTyDgBZ8g4AqvIOAMryDgC+BBMAAvMOAFbzDgBl8w4ArPMOALfzDgAC9A4AFPQOAFj0DgBg9A4ArvQOALn0DgAE9Q4ACfUOAFr1DgBf9Q4AsPUOAND1DgAUBRMAE/YOAFz2DgBz9g4AagUTAL/2DgAI9w4AH/cOAMAFEwBr9w4AtPcOALv3DgAK+A4AGPgOAGD4DgBt+A4AtvgOAM34DgAWBhMAFPkOAGwGEwBk+Q4AuPkOAMb5DgAO+g4AH/oOAMIGEwBx+g4AuvoOANH6DgAYBxMAGvsOAGb7DgBy+w4AvPsOAL/7DgAS/A4AHPwOAG4HEwCE/A4AxAcTAMb8DgAaCBMAHP0OAGr9DgBr/Q4AHAEPAG39DgAY/w4Acf0OACoIDwB0/Q4AwP0OAHn9DgAgAw8Aev0OAB4CDwDF/Q4AfgcPAMz9DgAW/g4AGf4OAGz+DgB2/g4AcAgTAMr+DgDGCBMAIf8OAG7/DgA4/w4AJgYPAHz/DgDE/w4Azv8OABoADwAmAA8AcAAPAHMADwDGAA8AzgAPABwJEwAeAQ8AcgEPAHUBDwDIAQ8AywEPAHIJEwAgAg8AdAIPAIICDwDKAg8A2wIPAB4KEwAiAw8AdgMPAIMDDwDMAw8A2wMPACIEDwAuBA8AeAQPAIkEDwDOBA8A3wQPACQFDwAwBQ8AegUPAIEFDwDQBQ8A2AUPAMoKEwA0Bg8AfAYPAH0GDwAgCxMA3gYPACgHDwAvBw8AdgsTAIUHDwDUBw8A2QcPACIMEwAzCA8AgAgPAIYIDwDWCA8A2AgPACwJDwA2CQ8AggkPAJAJDwDYCQ8A3QkPAC4KDwA7Cg8AhAoPAJwKDwDaCg8A8AoPADALDwAzCw8AhgsPAI4LDwDODBMA6AsPADIMDwA1DA8AiAwPAJIMDwAkDRMA5gwPAHoNEwA2DQ8Aig0PAI0NDwDgDQ8A4w0PANANEwA4Dg8AjA4PAJoODwDiDg8A8w4PAHwOEwBBDw8Ajg8PAJwPDwDkDw8Apw8PALDOEADuDw8AOhAPAEYQDwCQEA8AkxAPAOYQDwDuEA8AKA8TAFYRDwB+DxMArBEPAOgRDwACEg8A1A8TAEMSDwBGFg8ATBIPAPIWDwBOEg8AlBIPAJYSDwDqEg8A+BIPAEATDwBREw8AKhATAJ0TDwCAEBMA8hMPAEIUDwBHFA8AmBQPAJ4UDwDWEBMA9BQPAEQVDwBJFQ8AmhUPALAVDwDwFQ8A+BUPAIIREwBmFg8AnBYPAKQWDwDYERMACRcPAEgXDwBVFw8AnhcPAKMXDwD0Fw8A+hcPAEoYDwBWGA8AoBgPAKcYDwD2GA8A/hgPAEwZDwBvGQ8AhBITAK8ZDwD4GQ8ABxoPAE4aDwBQGg8ApBoPAK0aDwD6Gg8AERsPAFAbDwBbGw8AphsPALAbDwD8Gw8ABBwPADATEwBYHA8AqBwPAK4cDwD+HA8AAx0PAFQdDwBaHQ8AhhMTAMwdDwAAHg8ACB4PADIUEwBfHg8ArB4PAK0eDwACHw8ACh8PAFgfDwBjHw8Arh8PALMfDwAEIA8ACSAPAFogDwB6IA8AiBQTALYgDwAGIQ8ADSEPAFwhDwBhIQ8AsiEPALYhDwAIIg8AFSIPAF4iDwBmIg8AtCIPAL8iDwAKIw8ADyMPAGAjDwBlIw8AtiMPANYjDwDeFBMAGyQPAGIkDwBtJA8AuCQPAMAkDwAOJQ8AESUPAGQlDwAYJQ8AaigPAHAlDwC6JQ8AxCUPABAmDwAZJg8AZiYPAGcmDwC8Jg8AxCYPABInDwAdJw8AaCcPAG0nDwC+Jw8AwycPABQoDwA0KA8ANBUTAHYoDwDAKA8AwigPABYpDwAcKQ8AbCkPAHMpDwDCKQ8AxykPABgqDwAcKg8AbioPAHsqDwDEKg8AzCoPABorDwAlKw8AcCsPAHUrDwDGKw8AyysPABwsDwA8LA8AihUTAHosDwDgFRMA0iwPAB4tDwAnLQ8AdC0PAHotDwDKLQ8A1i0PACAuDwA+Lg8Adi4PAHcuDwDMLg8Azi4PACIvDwAvLw8AeC8PAIYvDwDOLw8A3S8PACQwDwBAMA8AejAPAIIwDwCMFhMA4zAPACYxDwAnMQ8AfDEPAIgxDwDSMQ8A4TEPACgyDwAyMg8AfjIPAIoyDwDUMg8A2zIPAOIWEwAyMw8AOBcTAIkzDwDWMw8A4zMPAI4XEwAxNA8AgjQPAI80DwDYNA8A4jQPAOQXEwAwNQ8AhDUPAJo1DwDaNQ8A5jUPADoYEwA4Ng8AonEQAE42DwCGNg8AjjYPANKyDwCkNg8A3DYPAOQ2DwAyNw8A/jYPAJSVEAAzNw8A4DgPADU3DwA4Og8APjcPAOqVEABCNw8AiDcPAIo3DwDeNw8A7DcPADQ4DwBFOA8AkBgTAJI4DwDmGBMA4jgPADY5DwA5OQ8AjDkPAI85DwA8GRMA6jkPAJIZEwBCOg8A6JIPAFg6DwCOOg8AnDoPAOQ6DwDlOg8A6BkTAEI7DwA+GhMAszsPAJQaEwDzOw8APDwPAEo8DwCSPA8AnDwPAOg8DwDwPA8APj0PAD89DwBIQg8AWT0PAO4/DwBqPQ8AlD0PAJ09DwDqPQ8A6z0PAEA+DwBOPg8Alj4PAKA+DwDsPg8A+D4PAEI/DwBIPw8AmD8PALQ/DwDqGhMA/D8PAERADwBRQA8AmkAPAKRADwDwQA8A8kAPAEZBDwBdQQ8AnEEPAKhBDwDyQQ8ADkIPAEAbEwBZQg8AnkIPAKBCDwD0Qg8A/kIPAEpDDwBaQw8AoEMPAKVDDwD2Qw8A/EMPAExEDwBiRA8AokQPAKpEDwD4RA8A+0QPAE5FDwBXRQ8ApEUPALJFDwD6RQ8ABEYPAFBGDwBcRg8ApkYPAMJGDwCWGxMACUcPAFJHDwBaRw8AqEcPAKtHDwAEoQ8AuEcPAP5HDwAASA8AAqAPAAxIDwBUSA8AYUgPAKpIDwC4SA8AAEkPAANJDwBWSQ8AYUkPAKxJDwC4SQ8AAkoPAAlKDwBYSg8AYEoPAK5KDwCwSg8ABEsPABRLDwBaSw8AZEsPALBLDwC8Sw8ABkwPAAxMDwBcTA8AZEwPAOwbEwC0TA8ACE0PABZNDwBeTQ8Aa00PALRNDwDATQ8ACk4PABBODwBgTg8AY04PALZODwC+Tg8ADE8PAA5PDwAWVA8AD08PALpQDwAcTw8AYk8PAGRPDwDKWA8AZ08PALhPDwDBTw8ADlAPABtQDwBkUA8Aa1APAEIcEwDDUA8AGlYPAMRQDwBoUg8A2lAPABBRDwAeUQ8AZlEPAGdRDwCYHBMAyFEPABJSDwAZUg8A7hwTAGpSDwC+Ug8AxFIPABRTDwAeUw8AalMPAHZTDwDAUw8Ax1MPAEQdEwAvVA8AbFQPAHFUDwDCVA8AyFQPABhVDwAiVQ8AblUPAHpVDwDEVQ8Ay1UPAJodEwApVg8AcFYPAH9WDwDGVg8A0lYPABxXDwAfVw8AclcPAHVXDwDIVw8A2FcPAB5YDwAnWA8AdFgPAIVYDwDwHRMA2FgPACBZDwAxWQ8ARh4TAH1ZDwCcHhMA1FkPACJaDwAkWg8ALF8PACVaDwDQWw8AMloPAHhaDwB6Wg8A4GMPAH1aDwDOWg8A11oPACRbDwAxWw8AelsPAIFbDwDyHhMA2VsPADBhDwDaWw8Afl0PAPBbDwAmXA8ANFwPAHxcDwB9XA8ASB8TAN5cDwAoXQ8AL10PAJ4fEwCAXQ8A1F0PANpdDwAqXg8ANF4PAIBeDwCMXg8A1l4PAN1eDwD0HxMARV8PAIJfDwCHXw8A2F8PAN5fDwAuYA8AOGAPAIRgDwCQYA8A2mAPAOFgDwBKIBMAP2EPAIZhDwCVYQ8A3GEPAOhhDwAyYg8ANWIPAIhiDwCLYg8A3mIPAO5iDwA0Yw8APWMPAIpjDwCbYw8AoCATAO5jDwA2ZA8AR2QPAPYgEwCTZA8ATCETAOpkDwA4ZQ8AYWUPAI5lDwCWZQ8A5GUPAPRlDwA6Zg8APGYPAJBmDwCeZg8A5mYPAPdmDwCiIRMAQmcPAJJnDwCeZw8A+CETABZoDwCkIhMAR2gPAJRoDwChaA8A6mgPAAZpDwBAaQ8ASGkPAPoiEwCnaQ8A7GkPAO5pDwBCag8AQ2oPAJhqDwCbag8A7moPAPpqDwBEaw8AS2sPAJprDwC2aw8A8GsPAPhrDwBQIxMAU2wPAJxsDwCsbA8A8mwPAPdsDwBIbQ8Ac20PAKYjEwCkbQ8A/CMTAPxtDwBKbg8AS24PALJ3DwBQbg8AWCMRAFRuDwCgbg8AVm4PAP5yDwBabg8AUHEPAGhuDwAOew8ApW4PAJ4bEQCrbg8AlBYRAKxuDwD2bg8A+W4PAExvDwBWbw8AUiQTAKpvDwD4bw8A/m8PAE5wDwBXcA8ApHAPALFwDwD6cA8AFnEPAKgkEwBScQ8ApnEPAFVxDwAKJxEAtHEPAPxxDwANcg8A/iQTAFhyDwCocg8AtHIPAFQlEwAEcw8AVHMPAFpzDwCqcw8Ar3MPAAB0DwAGdA8AViYTAF10DwBYJxMAsXQPAAJ1DwAKdQ8AWHUPAGR1DwCudQ8AwXUPAAR2DwAQdg8AWnYPAGl2DwCwdg8AuXYPAAZ3DwAQdw8AXHcPAGh3DwAEKBMAw3cPAAh4DwAUeA8AXngPAGB4DwC0eA8At3gPAAp5DwAWeQ8AYHkPAGh5DwBaKBMAwnkPAAx6DwAceg8AYnoPAG56DwC4eg8AvnoPALAoEwAwew8AZHsPAGx7DwC6ew8A5HsPABB8DwAbfA8AZnwPAHJ8DwC8fA8AzXwPABJ9DwATfQ8ABikTAG59DwC+fQ8Ay30PAFwpEwAhfg8Aan4PAIF+DwDAfg8A634PABZ/DwAefw8AbH8PAHZ/DwDCfw8Azn8PABiADwAbgA8AboAPAHiADwCyKRMAzIAPABqBDwAggQ8AcIEPAHmBDwDGgQ8A04EPAByCDwA4gg8ACCoTAHSCDwDIgg8AeYIPADiQDwDVgg8AHoMPACWDDwB0gw8AdoMPAMqDDwDQgw8AIIQPACeEDwB2hA8AjoQPAMyEDwDRhA8AIoUPANiEDwDOhQ8AK4UPAHiFDwCChQ8AXioTANSFDwAkhg8AKoYPAHqGDwB/hg8A0IYPANaGDwC0KhMAJ4cPAHyHDwCNhw8A0ocPAN6HDwAoiA8AMogPAH6IDwCKiA8A1IgPANuIDwAKKxMALIkPAICJDwA1iQ8AIjMRAIOJDwDWiQ8A9okPACyKDwA0ig8AYCsTAJOKDwDYig8A34oPAC6LDwA2iw8AhIsPAIeLDwAyjQ8AlIsPANqLDwDciw8AMIwPAD6MDwCGjA8Al4wPALYrEwDjjA8ADCwTADuNDwCIjQ8Al40PAN6NDwDtjQ8ANI4PAECODwCKjg8AjY4PAOCODwDjjg8ANo8PAEaPDwCMjw8AlY8PAOKPDwDzjw8AYiwTAD2QDwCOkA8Al5APAOSQDwDukA8AOpEPAEKRDwCQkQ8ArpEPAOaRDwAEkg8APJIPAFqSDwCSkg8AsJIPALgsEwDvkg8APpMPAEOTDwCUkw8ASpMPAJaUDwCdkw8A6pMPAPSTDwBAlA8AXJQPAA4tEwCclA8A7JQPAPKUDwBClQ8AXpUPAGQtEwDClQ8AEC4TABiWDwBmLhMATJYPAGgvEwCwlg8A8JYPAPKWDwBGlw8ATJcPAJyXDwCwlw8A8pcPAPqXDwBImA8AcpgPAL4vEwCnmA8A9JgPAAGZDwBKmQ8AWJkPAKCZDwCqmQ8A9pkPABCaDwBMmg8AWZoPAKKaDwCumg8A+JoPAAKbDwBOmw8AVpsPABQwEwCrmw8A+psPAAKcDwBqMBMAKJwPAGwxEwBcnA8AppwPAK2cDwD8nA8ABJ0PAMAwEwBUnQ8AqJ0PALmdDwD+nQ8ABp4PAFSeDwBeng8Aqp4PALaeDwAAnw8AA58PAFafDwBgnw8AwjETAMifDwAYMhMAEKAPAFigDwBpoA8AbjITALWgDwDEMhMADaEPAFqhDwBpoQ8AsKEPAL+hDwAGog8AEqIPAFyiDwBfog8AsqIPALWiDwAIow8AGKMPAF6jDwBnow8AtKMPAMWjDwAaMxMADKQPAGCkDwAWpA8ADKUPAGOkDwC2pA8AvqQPAHAzEwASpQ8AYqUPAG6lDwC4pQ8AwKUPAMYzEwAapg8AZKYPAGemDwC6pg8AxKYPABw0EwAVpw8AZqcPAHynDwC8pw8AvacPABKoDwAjqA8AaKgPAHSoDwC+qA8AyKgPABSpDwAgqQ8AcjQTAHapDwDAqQ8Aw6kPABaqDwAgqg8AHjUTAG+qDwDCqg8AxaoPABirDwAkqw8AbqsPAHSrDwDEqw8AzqsPAHQ1EwAfrA8AcKwPAH2sDwDGrA8AyawPABytDwA4rQ8Acq0PAHqtDwDKNRMA0K0PACA2EwAmrg8AdjYTAHeuDwDKrg8Ai64PADKPEADqrg8AIK8PADSvDwDMNhMAd68PAMyvDwDSrw8AIrAPAC6wDwB4sA8Ah7APAM6wDwDQsA8AJLEPAC6xDwB6sQ8AhrEPANCxDwDXsQ8AIjcTADKyDwB4NxMAhLIPAM43EwDVsg8A1rQPAOKyDwAosw8AKrMPAH6zDwCMsw8A1LMPAOWzDwDUOhMAMbQPACo7EwCItA8AgDsTAPa0DwAstQ8AOrUPAIK1DwCDtQ8A1jsTAOS1DwAutg8ANbYPACw8EwCMtg8AgjwTANy2DwAwtw8APrcPAIa3DwCXtw8A2DwTAOK3DwAyuA8APrgPAC49EwCOuA8A3rgPAOS4DwA0uQ8AObkPAIq5DwCQuQ8A2j0TAOO5DwA2ug8AQroPAIy6DwCSug8A4roPAOy6DwCGPhMAPbsPAI67DwCbuw8A5LsPAOe7DwA6vA8AT7wPAJC8DwCYvA8A3D4TAO68DwA8vQ8ASL0PAJK9DwCYvQ8A6L0PAO69DwA+vg8AQ74PAJS+DwCavg8A4EATAPm+DwBAvw8AT78PAJa/DwCfvw8A7L8PAPK/DwBCwA8ASMAPAJjADwCkwA8A7sAPAPXADwBEwQ8ATMEPAIxBEwCkwQ8A8MEPAPvBDwBGwg8AUsIPAJzCDwCiwg8A8sIPAPrCDwBIww8AVMMPAJ7DDwCkww8A9MMPAPrDDwBKxA8AT8QPAKDEDwCmxA8A4kETAP3EDwBMxQ8AWsUPAKLFDwCvxQ8A+MUPAA/GDwBOxg8AasYPAKTGDwCsxg8AOEITAA3HDwBQxw8AUscPAKbHDwC8xw8A/McPAP3HDwBSyA8AY8gPAKjIDwC0yA8AjkITABrJDwDkQhMAaskPAKrJDwCryQ8AAMoPABHKDwBWyg8AYsoPADpDEwCxyg8AAssPAAjLDwBYyw8AeMsPAK7LDwC6yw8ABMwPAAvMDwCQQxMAZswPALDMDwCyzA8ABs0PACbNDwDmQxMAY80PADxEEwC3zQ8ACM4PABjODwBezg8AZs4PALTODwC+zg8ACs8PABbPDwBgzw8AY88PALbPDwDAzw8AkkQTABHQDwAS0w8AGtAPAGLQDwBy0A8AuNAPAMjQDwAO0Q8ANtEPAGTRDwCM0Q8AutEPAOLRDwA+RRMAHNIPAGbSDwBo0g8AvNIPANzSDwBCRxMAH9MPAGjTDwB00w8AvtMPAObTDwAU1A8APNQPAGrUDwCS1A8AmEcTAMbUDwAW1Q8AG9UPAGzVDwBy1Q8AnEkTAMrVDwBIShMAJNYPAG7WDwBx1g8AxNYPAM7WDwAa1w8AItcPAPRKEwB+1w8AxtcPAM3XDwAc2A8AJNgPAHLYDwB/2A8AyNgPAM3YDwAe2Q8AKNkPAHTZDwB82Q8AytkPANrZDwAg2g8ALtoPAHbaDwCD2g8AzNoPANraDwAi2w8AJdsPAHjbDwCD2w8AztsPANbbDwAk3A8APdwPAHrcDwCG3A8A0NwPAODcDwAm3Q8AK90PAHzdDwCC3Q8A0t0PAN7dDwAo3g8AMN4PAEpLEwCI3g8A1N4PANfeDwAq3w8AMt8PAIDfDwCB3w8A1t8PANjfDwAs4A8AMuAPAILgDwCO4A8A2OAPAOXgDwAu4Q8AOOEPAIThDwCM4Q8A2uEPANzhDwAw4g8APeIPAIbiDwCN4g8A3OIPAOTiDwAy4w8ANuMPAIjjDwCK4w8A3uMPAOHjDwA05A8APOQPAIrkDwCZ5A8A4OQPAOLkDwA25Q8AQ+UPAIzlDwCb5Q8A4uUPAO7lDwA45g8ASeYPAI7mDwCf5g8A5OYPAPDmDwA65w8AQecPAJDnDwCv5w8AoEsTAPrnDwA86A8APegPAJLoDwCe6A8A6OgPAATpDwA+6Q8ARukPAPZLEwCc6Q8AokwTAPbpDwBA6g8ARuoPAJbqDwCc6g8A7OoPAATrDwBC6w8ATOsPAJjrDwCk6w8A7usPAPHrDwBE7A8ATuwPAJrsDwCy7A8A8OwPAADtDwBG7Q8ASO0PAJztDwCq7Q8A8u0PAAPuDwD4TBMATu4PAJ7uDwCq7g8ATk0TAPzuDwD6TRMAVu8PAKDvDwCj7w8A9u8PAADwDwBQThMATvAPAKLwDwCw8A8A+PAPAAnxDwD8ThMAVfEPAFJPEwCs8Q8AqE8TAALyDwCqUBMAUvIPAKbyDwCz8g8A/PIPAAvzDwBS8w8AWPMPAKjzDwC08w8A/vMPAAD0DwBU9A8AXvQPAKr0DwC49A8AAPUPAAX1DwBW9Q8AY/UPAKz1DwC49Q8AAvYPABX2DwBY9g8AZ/YPAK72DwC69g8ABPcPAAX3DwBa9w8AZPcPALD3DwC+9w8ABvgPAAv4DwBc+A8AafgPAABREwC8+A8ACPkPABb5DwBe+Q8AYfkPALT5DwDE+Q8ACvoPABj6DwBg+g8AbPoPALb6DwC9+g8ADPsPABP7DwBi+w8AbvsPALj7DwC5+w8ADvwPABr8DwBk/A8AcfwPALr8DwDB/A8AEP0PABz9DwBm/Q8Ac/0PALz9DwDL/Q8AEv4PACb+DwBo/g8AdP4PAL7+DwDR/g8AFP8PACP/DwBq/w8Adv8PAMD/DwDB/w8AFgAQACAAEABsABAAegAQAMIAEADHABAAGAEQACUBEABWURMAbwEQAMQBEADVARAAGgIQACgCEABwAhAAfwIQAMYCEADIAhAAHAMQACYDEAByAxAAgAMQAMgDEADNAxAAHgQQACsEEAB0BBAAgwQQAMoEEADPBBAAIAUQAC0FEAB2BRAAgAUQAMwFEADYBRAAIgYQADUGEAB4BhAAggYQAM4GEADaBhAAJAcQADcHEAB6BxAAiQcQANAHEADcBxAAJggQACcIEAB8CBAAhggQANIIEADgCBAAKAkQAC0JEAB+CRAAiwkQAKxREwDZCRAAKgoQADcKEACAChAAigoQANYKEADcChAALAsQAC4LEACCCxAAjwsQANgLEADbCxAALgwQADwMEACEDBAAkAwQANoMEADnDBAAMA0QADoNEACGDRAAlQ0QANwNEADhDRAAMg4QAD8OEACIDhAAlQ4QAN4OEADqDhAANA8QAEMPEACKDxAAlA8QAOAPEADuDxAANhAQADsQEACMEBAAmRAQAOIQEADuEBAAOBEQAEsREACOERAAnREQAOQREADwERAAOhIQADsSEACQEhAAmhIQAOYSEAD0EhAAPBMQAEETEACSExAAnxMQAAJSEwD7ExAAPhQQAE0UEACUFBAAoBQQAOoUEADrFBAAQBUQAEoVEACWFRAApBUQAOwVEADxFRAAQhYQAE8WEABYUhMAqxYQAO4WEAD9FhAARBcQAFAXEACaFxAAmxcQAPAXEAD6FxAARhgQAFQYEACcGBAAoRgQAPIYEAD/GBAArlITAEoZEACeGRAArBkQAPQZEAABGhAAShoQAFYaEACgGhAAphoQAPYaEAAHGxAATBsQAE4bEACiGxAAqxsQAPgbEAAFHBAAThwQAF0cEACkHBAArxwQAPocEAAGHRAAUB0QAGMdEACmHRAAtR0QAPwdEAAIHhAAUh4QAFMeEACoHhAAsh4QAP4eEAAMHxAAVB8QAFkfEACqHxAAtx8QAARTEwANIBAAViAQAGQgEACsIBAAtiAQAAIhEAAQIRAAWCEQAFohEACuIRAAvyEQAAQiEAASIhAAWiIQAIsiEACwIhAAsiIQAAYjEAAQIxAAXCMQAGojEACyIxAAtyMQAAgkEAAVJBAAXiQQAGokEAC0JBAAxyQQAAolEAAZJRAAYCUQAGwlEAC2JRAAtyUQAAwmEAAWJhAAYiYQAHAmEAC4JhAAvSYQAA4nEAAbJxAAWlMTAGYnEAC6JxAAvCcQABAoEAAfKBAAZigQAHUoEAC8KBAAyCgQABIpEAAVKRAAaCkQAGspEAC+KRAAxCkQABQqEAAgKhAAaioQAG0qEADAKhAAxSoQABYrEAAfKxAAbCsQAHIrEADCKxAA0SsQABgsEAAkLBAAbiwQAH4sEADELBAAxiwQABotEAAoLRAAcC0QAIEtEACwUxMAzC0QABwuEAAoLhAABlQTAIUuEADILhAA1y4QAB4vEAAqLxAAdC8QAHUvEADKLxAA1C8QACAwEAAuMBAAdjAQAHswEADMMBAA2TAQAFxUEwAuMRAAeDEQAIIxEADOMRAA+jEQACQyEAArMhAAejIQAJMyEADQMhAA3zIQACYzEAA1MxAAfDMQAIEzEADSMxAA3zMQACg0EAA1NBAAfjQQAIo0EADUNBAA4zQQACo1EAA0NRAAgDUQAI41EADWNRAA2zUQACw2EAA5NhAAgjYQAI42EADYNhAA6zYQAC43EAA9NxAAhDcQAJA3EADaNxAA2zcQADA4EAA6OBAAhjgQAJQ4EADcOBAA4TgQADI5EAA/ORAAslQTAJk5EADeORAA7zkQADQ6EABAOhAAijoQAKE6EADgOhAA4joQADY7EABHOxAAjDsQAI87EADiOxAA7DsQADg8EAA6PBAAjjwQAJg8EADkPBAA8DwQADo9EABGPRAAkD0QAKM9EADmPRAA9T0QADw+EABIPhAAkj4QAJM+EADoPhAA8j4QAD4/EABMPxAAlD8QAJk/EADqPxAA9z8QAAhVEwBCQBAAlkAQAKBAEADsQBAA9EAQAF5VEwBVQRAAmEEQAKRBEADuQRAA/UEQAERCEABNQhAAmkIQAKRCEADwQhAA/kIQAEZDEABLQxAAnEMQAKlDEADyQxAA/kMQAEhEEABbRBAAnkQQAK1EEAD0RBAAAEUQAEpFEABLRRAAoEUQAKpFEAD2RRAABEYQAExGEABRRhAAokYQAK9GEAC0VRMA+kYQAE5HEABYRxAApEcQAKxHEAAKVhMA/0cQAFBIEABmSBAApkgQAKdIEAD8SBAADUkQAFJJEABeSRAAqEkQALJJEAD+SRAADEoQAFRKEABZShAAqkoQALdKEAAASxAADEsQAFZLEABpSxAArEsQALtLEAACTBAADkwQAFhMEABZTBAArkwQALhMEAAETRAAEk0QAFpNEABfTRAAsE0QAL1NEABgVhMACE4QAFxOEABmThAAsk4QALpOEAC2VhMAHk8QAF5PEABqTxAAtE8QALlPEAAKUBAAE1AQAGBQEABqUBAAtlAQAMJQEAAMURAAH1EQAGJREABxURAAuFEQAMRREAAOUhAAD1IQAGRSEABuUhAAulIQAMhSEAAQUxAAFVMQAGZTEABzUxAADFcTAL5TEAASVBAAHFQQAGhUEABwVBAAYlcTAMtUEAAUVRAAI1UQAGpVEAB1VRAAwFUQAMxVEAAWVhAAJVYQAGxWEACMVhAAwlYQAM5WEAAYVxAAH1cQAG5XEAB8VxAAxFcQAMlXEAAaWBAAJlgQAHBYEACDWBAAxlgQANVYEAAcWRAAKFkQAHJZEABzWRAAyFkQANJZEAAeWhAALFoQAHRaEAB5WhAAyloQANdaEAC4VxMAIlsQAHZbEACAWxAAzFsQANRbEAAOWBMAP1wQAHhcEACJXBAAzlwQANpcEAAkXRAAN10QAHpdEACJXRAA0F0QANxdEAAmXhAAJ14QAHxeEACGXhAA0l4QAOBeEAAoXxAALV8QAH5fEACLXxAAZFgTANZfEAAqYBAANGAQAIBgEACIYBAAulgTAPNgEAAsYRAAPWEQAIJhEACOYRAA2GEQAOthEAAuYhAAPWIQAIRiEACQYhAA2mIQANtiEAAwYxAAOmMQAIZjEACUYxAA3GMQAOFjEAAyZBAAP2QQABBZEwCKZBAA3mQQAOhkEAA0ZRAAPGUQAGZZEwCbZRAA4GUQAPRlEAA2ZhAAOmYQAIxmEACOZhAA4mYQAPZmEAA4ZxAAO2cQAI5nEACrZxAA5GcQAPVnEAA6aBAARmgQAJBoEACjaBAA5mgQAPVoEAA8aRAASGkQAJJpEACTaRAA6GkQAPJpEAA+ahAATGoQAJRqEACZahAA6moQAPdqEAC8WRMAQmsQAJZrEACgaxAA7GsQAPRrEAASWhMARGwQAJhsEACmbBAA7mwQAP9sEABoWhMAS20QAL5aEwC9bRAAwFsTAPhtEADCXBMATG4QAJxuEAChbhAA8m4QAPZuEABIbxAAVW8QABhdEwCjbxAA9G8QAPhvEABKcBAATHAQAKBwEAC5cBAA9nAQAAdxEABMcRAAWHEQAG5dEwClcRAAWHcQAK5xEAD4cRAAC3IQAE5yEABPchAApHIQALByEAD6chAACXMQAFBzEABacxAApnMQALJzEAD8cxAAA3QQAMRdEwBadBAAqHQQAKp0EADAgBAAq3QQALJ5EACudBAA/nQQALR0EAAMfBAAtXQQADrpEAAKdRAAVHUQAGN1EACqdRAAtnUQAAB2EAAOdhAAVnYQAHF2EACsdhAAuHYQAAJ3EAAJdxAAGl4TAGV3EACudxAAsHcQAAR4EAAFeBAAWngQAF14EACweBAAu3gQAAZ5EAALeRAAXHkQAGZ5EABwXhMAv3kQAAh6EAAKehAAXnoQAF96EAC0ehAAt3oQAAp7EAAVexAAYHsQAGV7EAC2exAAwHsQAMZeEwAffBAAYnwQAGN8EAC4fBAAxHwQAA59EAAdfRAAZH0QAG59EAC6fRAAxn0QABB+EAAXfhAAHF8TAG5+EAC8fhAAvn4QABJ/EAAhfxAAaH8QAHJ/EAC+fxAAx38QABSAEAAWgBAAaoAQAHuAEADIXxMAz4AQABaBEAAggRAAbIEQAHWBEADCgRAAxIEQABiCEAApghAAboIQAHaCEADEghAA4oIQABqDEAAigxAAcIMQAHyDEADGgxAA2YMQAByEEAAdhBAAcoQQAH6EEADIhBAA14QQAB6FEAAohRAAdIUQAICFEADKhRAA0YUQAB5gEwAxhhAAdoYQAIeGEADMhhAA1IYQACKHEAAphxAAeIcQAIaHEADOhxAA3ocQACSIEAA0iBAAeogQAJaIEAB0YBMA3YgQACaJEAA9iRAAfIkQAISJEADSiRAA4IkQACiKEAAyihAAfooQAIqKEADUihAA6ooQACqLEAAtixAAgIsQAJyLEADKYBMA4IsQACyMEAA0jBAAgowQAJGMEADYjBAA3YwQAC6NEAA7jRAAhI0QAI6NEADajRAA3I0QADCOEAA+jhAAho4QAJOOEADcjhAA344QACBhEwA9jxAAiI8QAJKPEADejxAA5o8QADSQEABDkBAAipAQAI+QEADgkBAA7ZAQADaREABAkRAAjJEQAI6READikRAA8JEQADiSEABFkhAAjpIQAJGSEAB2YRMA55IQADqTEABGkxAAkJMQAJeTEADmkxAA7pMQADyUEABVlBAAkpQQAKaUEADolBAABJUQAD6VEABGlRAAImITAJyVEAB4YhMA95UQAECWEABHlhAAlpYQAJ6WEADslhAA8ZYQAEKXEABSlxAAmJcQAKCXEADulxAA/JcQAESYEABRmBAAmpgQAKeYEADwmBAA/JgQAEaZEABMmRAAnJkQAKSZEADymRAA/pkQAEiaEABbmhAAnpoQAK2aEAD0mhAAAJsQAEqbEABLmxAAoJsQAKqbEAD2mxAABJwQAEycEABRnBAAopwQAK+cEADOYhMA+5wQAE6dEABYnRAApJ0QAKadEAD6nRAACZ4QAFCeEABwnhAApp4QAK6eEAD8nhAABp8QAFKfEABYnxAAqJ8QAKqfEAD+nxAADaAQAFSgEABgoBAAqqAQALKgEAAkYxMAHqEQAFahEAB0oRAAemMTAMqhEAACohAAIKIQAFiiEABgohAArqIQAL2iEAAEoxAABqMQAFqjEABjoxAAsKMQALOjEAAGpBAAEqQQAFykEABjpBAAsqQQALqkEAAIpRAAIaUQAF6lEABypRAAtKUQANClEAAKphAAEqYQANBjEwB+phAAtqYQANSmEAAmZBMAJacQAGKnEABnpxAAuKcQANOnEAAOqBAAGqgQAGSoEABsqBAAfGQTAM2oEAAQqRAAH6kQAGapEAByqRAAvKkQAL2pEAASqhAAHKoQAGiqEAB2qhAAvqoQAMOqEAAUqxAAIasQANJkEwBuqxAAwKsQAMKrEAAWrBAAGawQAGysEAB0rBAAwqwQAMysEAAYrRAAI60QAG6tEAB6rRAAxK0QAMytEAAoZRMAKK4QAHCuEAB2rhAAxq4QANKuEAAcrxAAK68QAHKvEAB8rxAAyK8QANCvEAAesBAALbAQAHSwEAB2sBAAyrAQANOwEAAgsRAAI7EQAHaxEACCsRAAzLEQANSxEAB+ZRMAMrIQAHiyEACAshAAzrIQANiyEAAksxAAL7MQAHqzEACGsxAA0LMQANizEADUZRMAK7QQAHy0EACNtBAA0rQQAOO0EAAotRAALbUQAH61EACCtRAA1LUQAOK1EAAqthAAN7YQAIC2EACXthAA1rYQAN62EAAstxAAOLcQAIK3EACVtxAA2LcQAOe3EAAuuBAAOrgQAIS4EACFuBAA2rgQAOS4EAAwuRAAPrkQAIa5EACLuRAA3LkQAOm5EAAqZhMAOLoQAIi6EACWuhAA3roQAOu6EAA0uxAAS7sQAIq7EACSuxAA4LsQAOu7EAA2vBAAOLwQAIy8EACZvBAA4rwQAOm8EAA4vRAASb0QAI69EACcvRAA5L0QAPG9EAA6vhAAUb4QAJC+EACYvhAA5r4QAOu+EAA8vxAATL8QAJK/EACavxAA6L8QAPK/EAA+wBAAScAQAJTAEACgwBAA6sAQAPLAEADWZhMAWcEQAJbBEACbwRAA7MEQAAfCEABCwhAATsIQAJjCEACgwhAALGcTAAHDEABEwxAAU8MQAJrDEACmwxAA8MMQAPHDEABGxBAAUMQQAJzEEACqxBAA8sQQAPfEEABIxRAAVcUQAIJnEwCmxRAA9MUQAPbFEABKxhAAV8YQAKDGEAClxhAA9sYQAADHEABMxxAAV8cQAKLHEACuxxAA+McQAP7HEABOyBAAVsgQAKTIEACwyBAA+sgQAA3JEABQyRAAX8kQAKbJEACyyRAA/MkQAP3JEABSyhAAXMoQAKjKEAC2yhAA/soQAAPLEABUyxAAYcsQANhnEwCvyxAAAMwQAA/MEABWzBAAZcwQAKzMEAC1zBAAAs0QAAjNEABYzRAAXs0QAK7NEAC6zRAABM4QAAvOEABazhAAds4QAC5oEwC6zhAABs8QABLPEABczxAAX88QALLPEAC8zxAAhGgTABDQEADaaBMAZtAQADBpEwC80BAAhmkTABLREABg0RAAYdEQABrZEABt0RAAttEQAHTREABq1hAAd9EQANLfEAB50RAAhOMQALfREAAM0hAAItIQAGLSEABq0hAAuNIQALrSEABo1RAAxtIQAA7TEAAW0xAA3GkTABvTEABk0xAAZ9MQALrTEADE0xAAENQQABLUEABm1BAAd9QQALzUEADN1BAAEtUQABrVEAAyahMAb9UQAL7VEADF1RAAFNYQABzWEACIahMAbNYQAMDWEADG1hAAFtcQACPXEABs1xAAdNcQAMLXEADE1xAAGNgQAB/YEABu2BAAddgQAMTYEADM2BAA3moTACfZEABw2RAAcdkQAMbZEADc2RAAHNoQACTaEABy2hAAdNoQACLdEACA2hAAyNoQANDaEAA0axMA1doQAB7bEAAh2xAAdNsQAH7bEADK2xAAzNsQACDcEAAx3BAAdtwQAIfcEADM3BAA1NwQAIprEwAp3RAAeN0QAH/dEADO3RAA1t0QAOBrEwAu3hAAet4QAHzeEADQ3hAA4d4QACbfEAA33xAAfN8QAITfEAA2bBMA198QAIznEADe3xAAKOAQAD7gEAB+4BAAhuAQANTgEADi4BAAKuEQADfhEACA4RAAg+EQANbhEADg4RAALOIQAC7iEACC4hAAk+IQANjiEADp4hAALuMQADbjEACMbBMAjeMQANrjEADn4xAAMOQQADfkEACG5BAAl+QQANzkEADo5BAAMuUQADrlEADibBMAleUQAN7lEADh5RAANOYQAD7mEACK5hAAjOYQAODmEADx5hAANucQAEfnEAA4bRMAlOcQAOLnEAD55xAAOOgQAEToEACO6BAAmOgQAOToEADs6BAAjm0TADvpEACQ6RAApukQAObpEADu6RAAPOoQAErqEACS6hAAmuoQAORtEwCf6hAA6OoQAOvqEAA+6xAASOsQAJTrEACW6xAA6usQAPvrEABA7BAAUewQAJbsEACe7BAAOm4TAPLsEABC7RAAR+0QAJjtEACz7RAA7u0QAPztEABE7hAAS+4QAJruEACm7hAA8O4QAPbuEABG7xAASe8QAJzvEACm7xAA8u8QAPjvEABI8BAASvAQAJ7wEACo8BAA9PAQAADxEABK8RAAYfEQAKDxEAC08RAA9vEQABLyEABM8hAAVPIQAJBuEwCk8hAA+PIQAAbzEABO8xAAX/MQAOZuEwCr8xAAPG8TAAj0EABQ9BAAWvQQAKb0EACx9BAA/PQQAAT1EABS9RAAXvUQAKj1EAC79RAA/vUQAA32EABU9hAAYPYQAKr2EACr9hAAAPcQAAr3EABW9xAAZPcQAKz3EACx9xAAAvgQAA/4EADobxMAYPgQAK74EAC4+BAABPkQAAn5EABa+RAAYvkQALD5EAC2+RAABvoQABL6EABc+hAAYvoQALL6EAC7+hAACPsQABX7EABe+xAAZvsQALT7EAC1+xAACvwQAAz8EABg/BAAY/wQALb8EAC5/BAAlHATACL9EABi/RAAav0QALj9EADE/RAADv4QABT+EABk/hAAav4QALr+EAC//hAAZv8QAOj+EAAQ/xAAGP8QAEBxEwBs/xAAlnETANL/EAASABEAFAARAGgAEQB1ABEAvgARAMUAEQAUAREAHAERAGoBEQB6AREAwAERAMIBEQAWAhEAJAIRAGwCEQB9AhEAQnITAMkCEQCYchMAJgMRAG4DEQB4AxEAxAMRAM8DEQAaBBEAIgQRAHAEEQB8BBEAxgQRANkEEQAcBREAKgURAHIFEQB8BREAyAURANAFEQAeBhEALQYRAHQGEQB5BhEAygYRANEGEQAgBxEALAcRAERzEwC1BxEAzAcRAAsIEQAiCBEAKggRAJpzEwCiCBEAzggRANoIEQAkCREAKgkRAHoJEQCACREA0AkRANUJEQAmChEALAoRAPBzEwB9ChEA0goRANgKEQAoCxEALQsRAH4LEQCNCxEA1AsRAOALEQAqDBEALQwRAIAMEQCDDBEA1gwRAN4MEQAsDREAOw0RAIINEQCHDREA2A0RAO4NEQAuDhEALw4RAIQOEQCVDhEA2g4RAOYOEQAwDxEAOg8RAIYPEQCSDxEA3A8RAOMPEQBGdBMAQhARAIgQEQCUEBEA3hARAO0QEQA0EREASBERAIoREQCZEREA4BERAPEREQA2EhEAQhIRAJx0EwCOEhEA4hIRAPASEQA4ExEASRMRAPJ0EwCUExEA5BMRAPATEQBIdRMAQBQRAJAUEQCWFBEA5hQRAOsUEQA8FREAQhURAEp2EwCXFREA6BURAOoVEQA+FhEATxYRAKJ3EwCgFhEA6hYRAPAWEQBAFxEATBcRAJYXEQCeFxEA+HcTAPIXEQBCGBEAThgRAJgYEQCgGBEATngTAPoYEQBEGREARxkRAJoZEQCkGREApHgTAPIZEQBGGhEAVBoRAJwaEQCtGhEAUHkTAPgaEQBIGxEAVBsRAKZ5EwCmGxEA9BsRAPcbEQBKHBEAVhwRAKAcEQCsHBEA9hwRAP4cEQBSehMAVx0RAKIdEQCuHREA+B0RAAAeEQCoehMAVx4RAKQeEQC1HhEA+h4RAAsfEQBQHxEAWB8RAKYfEQCpHxEA/B8RAAYgEQBSIBEAVCARAKggEQC3IBEA/iARAB4hEQBUIREAXCERAKohEQC0IREAACIRAAYiEQBWIhEAWCIRAKwiEQC7IhEAAiMRAA4jEQD+ehMAZCMRAK4jEQDMIxEABCQRAAokEQBaJBEAYyQRALAkEQC9JBEABiURAA4lEQBcJREAciURALIlEQC0JREACCYRACMmEQBeJhEAaiYRALQmEQDBJhEAVHsTABAnEQBgJxEAaCcRALYnEQDMJxEADCgRABEoEQBiKBEAaCgRALgoEQDEKBEADikRABYpEQCqexMAcSkRALopEQDKKREAECoRABUqEQBmKhEAbCoRALwqEQDSKhEAEisRABQrEQBoKxEAcisRAL4rEQDMKxEAFCwRABksEQBqLBEAdywRAAB8EwDPLBEAFi0RAB8tEQBsLREAdi0RAMItEQDQLREAGC4RAB0uEQBuLhEAey4RAMQuEQDMLhEAGi8RACovEQBwLxEAci8RAMYvEQDULxEAHDARAC0wEQBWfBMAeTARAKx8EwDNMBEAHjERACQxEQB0MREAfDERAMoxEQDUMREAIDIRACIyEQB2MhEAeTIRAMwyEQDsMhEAWH0TAC4zEQB4MxEAfjMRAM4zEQDaMxEAJDQRACw0EQCufRMAhjQRANA0EQDWNBEAJjURADI1EQB8NREAhDURAAR+EwDUNREAKDYRADY2EQB+NhEAjzYRAFp+EwDhNhEAKjcRAEE3EQCwfhMAijcRANY3EQDiNxEALDgRAC84EQCCOBEAjDgRAAZ/EwDpOBEALjkRADU5EQCEOREAjDkRANo5EQDnOREAMDoRADU6EQCGOhEAkDoRANw6EQDkOhEAMjsRAEE7EQCIOxEAjTsRAN47EQD0OxEANDwRADU8EQCKPBEAmDwRAOA8EQDxPBEANj0RAEI9EQCMPREAlD0RALJ/EwDmPREAWAEAAOo9EQDm7RIA7j0RAKSbDwBEPhEAEgkAAJY+EQCUQREASUARAFYrAACWQBEAWi0AAKRBEQB4PAAAQ0IRAH4/AACZQhEA5EcAAERDEQAMpxAARUMRAJRKAABJQxEAOqQDAExDEQB8zQcAnEMRAA5dAABIRBEAcGMAAJ5EEQDebwAASUURAJZ2AACrRREAqH8AAPZFEQAEgwAASkYRAAyHAAD8RhEAdJAAAL9HEQD2RxEAWEoRAKDRAABWSxEAuN0AAKxLEQAg5wAAWEwRAOj1AAAMTREAUP8AAHpNEQCm/wAArk0RAPz/AAAOThEACAYBALhOEQC2BwEADU8RAMAMAQDPTxEA0hUBABJQEQDeGwEAe1ARALJQEQAkUREAXlERAGZREQC0UREAwFERAEIjAQASUhEA8iUBANJSEQAMUxEAFFMRAGJTEQBkUxEAVi0BAMRTEQBiMwEAbFQRAMo8AQDIVREAUlYBAHBWEQAEWgEAhFYRAAKmEgCMVhEA/qMSAONWEQBaWgEAGlcRALJbAQB8VxEADF4BAMVXEQASYQEAGlgRABZjAQAkWREA5nUBAIhZEQDEWREAzFkRADx2AQApWhEAlngBANJaEQBWgwEAP1sRAKyDAQB+WxEAWoUBANBbEQAeXBEAKFwRALCFAQB+XBEAuooBAIReEQCYpAEA1l4RACRfEQA0XxEA7qQBANxfEQD2qAEALmARAHxgEQCMYBEATKkBADRhEQAIsgEAiGMRAA42AgCMYxEAvDcCAJBjEQA0yAEAnGMRAC5GAgA2ZBEAPO4SADdkEQCgaAwAOmQRADrLAQBKZBEAYMkMAIxkEQB2sxEAoGQRAJDLAQCyZBEAFjETAOFkEQDmywEA5GQRAHRUDQCSZREA8NABAOhlEQBG0QEAlmYRAKjXAQA9ZxEAtN0BAOlnEQC84QEAOWgRAIxoEQCYaBEAaOIBAJZpEQDkaREA52kRAKJtDgDwaREAIOkBAE9qEQDQ6wEAsWoRAOZqEQBAaxEARr4NAExrEQBC+gEAaWsRANbuAQCeaxEAOPUBAEpsEQDs+QEA9mwRAET7AQBcbREAmvsBAPhtEQAKnAsA/G0RAEb8AQBLbhEASP0BAFJvEQCyBwIA+W8RAEbnDAD8bxEAvAwCAP5vEQAG9g4ATnARAO7xEgBgcBEAnHARAPpwEQBIcREADnERACYXAgBLcREAGn0NAFJxEQAwiA0AVXERAERnDQBYcREAmj4OAFlxEQD4Qg4AY3ERAMAOAgBpcREA2IYNAPZxEQAeEwIAHnIRAKqcDgBYchEAzBQCAKxyEQDOFQIAFXYRAJ4oAgDYgxEAeq0NAICEEQDEhBEALIURAHCFEQDWhREAuHQMANyFEQCy3gIAIYcRAKCfEgAmhxEAyocRADqHEQDQihEAQocRAKijEgBIhxEA0u4CAMyHEQDI/QwAzocRAB5/DQDRhxEAnDUJANSHEQAo7wIA2YcRAH7vAgDbhxEAGsEEAAGIEQCyDQUAMIoRAPL+AgDYihEAJosRACeLEQAcKA0AMIsRAErvDwA1ixEA7BEOAEWLEQCeShMAhosRAPwDAwCBjBEATi0DAISMEQBg8AoAhYwRANQaAwCHjBEAYAsDAIiMEQAWEQMAiowRAKoyBACLjBEAcBMDAIyMEQCMIQMAjYwRABAOAwCOjBEATC4EAJSMEQB2FgMAvYwRAHYHEQDcjxEAAFwDAOCPEQBYMgMA5I8RAL5ODQA8kBEAsjQDAI6SEQDqUAMA+5MRABZnAwCnlBEAKnEDAFmVEQAydQMAmZURAJJ6AwCUlhEACowDAPCWEQA+lxEATJcRAGSOAwBEmBEACqQPAE6YEQAglwMARZkRAOqmAwChmhEAGr8DAEebEQCAxwMABJwRAEicEQCpnBEA/NoDAAadEQBKnREAW50RAALeAwCknhEAcEIFAKWeEQCO+QMArJ4RAEoMCQBRnxEAlv0DAFWfEQBoGwkAU6ARAMITBABdoREALh8EAA2iEQCKIgQAxqIRAACjEQAIoxEAVqMRAGWjEQBEKgQAtqMRAKAtBABhpBEAmuYMAGSkEQBOLwQAtqQRAASlEQDKpBEASJ4SAA6lEQCkLwQAuKURAFo1BAAVphEAXjcEALimEQBqPQQAEKcRAI7aCQBhpxEAIkQEAGyoEQDyVgQAvqgRAMozEgAoqREAYqkRAGqpEQC4qREAxakRABhqBADHqREADpAEAMmpEQBOWgQAd6sRANx2BAB0rBEAAooEAMasEQAUrREAJa0RAFqLBAAlrhEAgp8EAHauEQDeogQAGq8RAJiqBAB/rxEAULEEAIqvEQBovQQAl68RAFy3BACZsBEAvr0EADuxEQDMxAQAeLERAC7LBAAlshEAotoEACqyEQCYtAkAK7IRAEq4CQAtshEAOK8JAJCyEQDKshEA0rIRACCzEQB4sxEA/sQNAH6zEQCenhIAgLMRAKjdBACCsxEA+sYPAJmzEQDySRMAvLMRAPTuDwDUsxEAruAEAE+0EQB4tBEAg7QRALDhBAAutREAZucEAN+1EQAg7wQAf7YRADL4BADuthEA4PkEADW3EQBGAgUAN7cRADb6BACEtxEAkv0EAIi3EQCW/wQAirgRAPYEBQCRuREADBAFANu5EQAWFQUApLwRAN68EQDmvBEANL0RAEO9EQAKOgUAk70RAMRBBQCOvhEAKkoFAJm+EQDE8wgA5b4RAIZNBQDpvxEABGIFAPO/EQD0WQUAQMARAFBdBQBEwBEAVF8FAK7BEQDowREA8MERAD7CEQBDwhEALHYFAE3CEQAcbgUAmsIRAHhxBQCewhEAfHMFAKLEEQCujAUASsURAMCVBQD2xREAkqkFAMHGEQBcuQUAGMcRALy+BQBXxxEAwMAFAK7HEQAixwUAAMgRACTIBQBSyBEAoMgRAKrIEQB6yAUA+cgRAIDLBQAByhEAlNUFAMDKEQD6yhEAAssRAFDLEQBWyxEAVuEFALzLEQAI5QUAaMwRAHbxBQCszBEAivsFAGPNEQCS/wUAD84RAKIHBgDIzhEAAs8RAArPEQBYzxEAaM8RALwUBgCEzxEAGhkGALrPEQC+FQYADNARAFrQEQBk0BEAFBYGAHjREQCy0REAutERAAjSEQAR0hEA4CYGAGjSEQDkKAYAJtMRAGDTEQBo0xEAttMRALfTEQD6MwYAu9MRAN57BgDD0xEAtDsGAMXTEQCaLgYAEtQRAPYxBgAW1BEALnkGABjVEQBkPgYAxNURAHRGBgAa1hEA0koGAGzWEQDUSwYAINcRADpUBgDa1xEAFNgRABzYEQBq2BEAdNgRAEpcBgDD2BEAWGMGAIjZEQDC2REAytkRABjaEQAl2hEAtmcGACfaEQDKcQYAc9oRAL5rBgAg2xEAJnUGAHjbEQAqdwYA5NwRAB7dEQAm3REAdN0RAIPdEQBCgwYA1N0RAJ6GBgDa3xEAyJsGAEDgEQB64BEAluARANDgEQDd4BEAIJ0GAO7hEQAo4hEAMOIRAH7iEQCB4hEA7q4GAGHjEQAIvAYA2eMRABLBBgDd4xEAtkgMAI/kEQDKxwYA2+QRANLLBgA65hEA9NwGAJLmEQBU4gYAkOcRAM6kCQCk5xEAeKQJAPrnEQA06BEAPOgRAIroEQCN6BEAZOoGAPzoEQA26REAPukRAIzpEQCb6REAFu4GAO3pEQDO9AYAPOsRAEQFBwDt6xEA9usNAPLrEQCIuA8A9esRAPQHBwD26xEA2rYPAEjsEQD8CwcAWu0RAJTtEQCc7REA6u0RAPPtEQC6FQcASu4RAL4XBwD77hEAzB4HAFvvEQA2KQcA8e8RAPIxBwCd8BEAsjwHAEnxEQAgSQcAUvIRAORVBwCo8hEAQFkHAADzEQCcXAcAZvMRAKDzEQCo8xEA9vMRAAX0EQCyZwcABvQRAPRdBwBY9BEA9l4HAKr0EQD49BEAAvURAExfBwCq9READmsHAFP2EQDIcgcABPcRAHp2BwDE9xEA/vcRAAb4EQBU+BEAY/gRAOJ/BwC2+BEAPoMHAAj5EQBW+REAZfkRAJaEBwAR+hEAoooHAGL6EQD+jQcAu/oRABaaBwC9+hEACpQHAMz7EQAG/BEADvwRAFz8EQDO/BEACP0RABD9EQBe/REAa/0RAOasBwDB/REAlq8HABj+EQBIswcAuP4RAKq5BwBu/xEAuMAHABkAEgCM1QcAcgESAArqBwDEARIAEgISACECEgBi6wcAjgISALrsBwDKAxIAHPMHACIEEgB69wcAdAQSAMIEEgDRBBIA0vgHAD4FEgAq+gcAcwYSAN7+BwDLBhIA7AUIAHcHEgBcEwgAIwgSACAgCADaCBIA1iUIAC0JEgAuJwgA0gkSAOIrCACUChIAzgoSANYKEgAkCxIAfQsSAEo1CAA1DBIA+jcIAO4MEgAoDRIAMA0SAH4NEgCIDRIADEEIAOINEgC6QggAOQ4SAMRHCACKDhIAIkwIADUPEgCAUAgAOhASAIxWCACMEBIA2hASANwQEgDiVggAohESANwREgDkERIAMhISAFATEgCKExIAkhMSAOATEgD+FBIAOBUSAEAVEgCOFRIAmBUSAJCDCABWFhIAkBYSAJgWEgDmFhIA8BYSANKkCAD8FhIAspQIAEEXEgC2lggAnBcSAHKfCADzGBIAVLsIAPcYEgBCsggAThkSAE64CACXGRIAUroIAEwaEgBYvQgAmxoSAF7ACABOGxIAvsUIAKYbEgAgzAgAUhwSACbPCACoHBIAfM8IAA4dEgBIHRIAUB0SAJ4dEgCtHRIALNIIAFceEgDu3QgAsB4SAKbkCAC+HxIA+B8SAAAgEgBOIBIAXSASAA7uCABTIRIApiESAMAhEgCC/QgAGCISAFIiEgBaIhIAqCISALciEgCKAQkANCMSADgDCQDGIxIAACQSAAgkEgBWJBIAuyQSAOoGCQAIJRIARgoJALolEgBMDQkAFiYSAKoRCQC3JhIADpoJALomEgBeFgkADScSAGAXCQASKBIA2ikJAGgoEgCSMAkAuygSAJQxCQDSKRIADCoSABQqEgBiKhIAbioSAAQ/CQDAKhIADisSABIrEgBcQAkAdCsSAApCCQAsLBIAZiwSAG4sEgC8LBIA5iwSAHxQCQAXLRIA4FcJAIQtEgByegsAxi0SABQuEgBMLhIAQF0JAOMuEgAWLxIAGzASANR8CQAhMRIAoI0JAHoyEgDIMhIA7TMSACA0EgA/NBIAdjQSANw0EgAsqQkAgDUSAIyuCQAqNhIAlLIJAIk3EgDuYAoAizcSAKy+CQDYNxIACMIJAOA5EgByzAkALzoSANbTCQA2OhIA0NAJADg8EgCGPBIANT0SAALqCQBAPhIAGPUJAJQ/EgDiPxIAC0ASAEAJCgCqQBIA5EASAOxAEgA6QRIASUESAFARCgCWQRIArBQKAJpBEgA+XgoAQUISALAWCgCaQhIA6EISABFDEgAKGQoAnEMSALwcCgATRBIAEh0KAJ5FEgCOMAoApkYSAJw3CgCoRxIAAkAKAA5IEgBYQAoAV0gSAK5ACgCkSBIACkQKAFZJEgAQRwoAvEkSAGZHCgAFShIAvEcKAFJKEgAYSwoAzksSAPpLEgBsTBIApkwSAK5MEgD8TBIArU0SAPZkCgCuThIADnEKAGtPEgDWfwoAHlASAFhQEgBgUBIArlASALhQEgCUiQoAiFISAFaVCgC2UxIA4K8KABNUEgCWtQoAuFQSAFK+CgAcVRIArsEKAMJVEgAczgoAxVcSALDtCgCBWRIA0P0KABtaEgDaAgsAeVoSADYGCwA0WxIAblsSAHZbEgDEWxIAHFwSAPIOCwA4XRIAcl0SAHpdEgDIXRIA8l0SAAwcCwB9XhIAbiILANJeEgAgXxIALl8SABojCwB8XxIAdCULAC9gEgB+KgsAeWASAIYuCwCDYRIAmjgLAIZhEgBGOQsA32ISAGBGCwAtYxIAuEcLAItjEgAUSwsA3GMSAMRNCwAtZBIAGk4LAKRkEgDWZBIAnmUSAN5aCwACZhIANFsLADhnEgCGZxIAr2cSAOxhCwC6ZxIAmGILAJZpEgCgZgsA8GkSAPxpCwBDahIAVGsLAEVrEgC2cQsAk2sSAL51CwBZbBIAkGwSAD5tEgAyhQsAmW0SAO6NCwBAbhIARo8LAMZuEgBOkwsAAG8SAFaXCwBFbxIAsJkLAPJvEgBwpAsAAnASAPy/CwBacRIAjLILAJ9xEgDmtAsABnISAEC3CwAQdBIASnQSAFJ0EgCgdBIArXQSAMjQCwADdRIAztMLAK91EgCA1wsAbXYSAKR2EgAMdxIAzIoSABl3EgBQdxIACHgSAPDkCwAKeBIAluILALp4EgD+eBIAYnkSAFjuCwAQehIAGvoLAG57EgBADQwAD3wSAEgRDABofBIAVBcMAL58EgC6HwwAE30SALwgDAC4fRIAciYMAHp+EgC0fhIAvH4SAAp/EgB+fxIA4jMMAGWAEgBEOgwAe4ESAFhEDAAgghIAvkwMAMyCEgDQVQwAhIMSAL6DEgDGgxIAFIQSAIaEEgDAhBIAyIQSABaFEgDFhRIA9J4SAMqFEgAYhhIAzIUSAObnDwDehRIAfuQSACKGEgBMaQwAyoYSAAJvDADYiBIA2oUMAOeIEgAeiRIAfIkSANKBDADZiRIAKIIMACOLEgCckQwAhowSAF6dDACejBIAiLYOANiMEgAmjRIARI0SALSdDADujRIAKI4SADCOEgB+jhIA4o4SALqgDACcjxIAwKMMAEiQEgAcpwwASpESAISREgCMkRIA2pESAEySEgCGkhIAjpISANySEgBAkxIANLMMAPqTEgA0lBIAPJQSAIqUEgDulBIA6rgMAP6VEgA4lhIAQJYSAI6WEgDylhIATsAMAKyXEgBUwwwAWJgSALDGDADymRIAmJUPAEiaEgDulQ8AspoSAOyaEgD0mhIAQpsSALibEgAg1AwATJwSAKAUDQD6nRIACgATAPyeEgCQOw8AEJ8SABIvEwAinxIASp8SAFKfEgCabRAAeJ8SAOhnDwDOnxIA9p8SAE+gEgBOIhMAvqASAPigEgAAoRIATqESALChEgD87AwAFqISAFCiEgBYohIApqISAAijEgCung4AaKMSALAcDQCwpBIAYKIOALakEgAQ9wwAGqUSAMD5DAAKphIAWKYSAGemEgCMDA4AtqYSAMxhEwAVqBIAKAMNAB+oEgDQAQ0AFKkSANoGDQDQqRIACqoSABKqEgBgqhIAv6sSAOwPDQDSrRIAuCANAHCuEgB8LQ0AzK8SAEY9DQDMsBIATEANAB2yEgAyiw4AILISAGpRDgAkshIAtkoNACqyEgCmmg4AzrISAByzEgAmsxIAwE8NADq0EgB0tBIAfLQSAMq0EgB4tRIA2lwNANG1EgCMYA0A2LcSAPhrDQAuuBIAfLgSAIi4EgBUbw0ANLkSALByDQDcuRIAKroSAEG6EgAQeA0ANr8SAEaTDQDlvxIA+pcNAEPCEgCGsw0A+MISADzDEgD1wxIAUsQNAPjDEgD6wg0A+MQSAKzGDQCixRIArscNAPrFEgC0yg0Au8YSAO7GEgAMxxIAEM4NAGjHEgBy1A0A/scSAMjUDQBSyhIAoMoSAKLKEgA24Q0A+8oSAOLhDQACyxIAPOQNAGzNEgCmzRIArs0SAPzNEgAGzhIAFvwNAMTOEgD+zhIABs8SAFTPEgBjzxIALAcOALDPEgCICg4AXNASAOgPDgAI0RIASBUOAAfSEgAKIQ4As9ISAGAhDgC80hIAlmkPAGTTEgC+JQ4AutMSAAjUEgBs1BIAbigOAMLUEgAoMA4AFNYSAGLWEgBl1hIAhDMOABrXEgDeNQ4AbNcSALrXEgC91xIA4jcOAHLYEgCSOg4AxNgSABLZEgAV2RIAljwOAMrZEgCcPw4AHNoSAGraEgB02hIA8j8OAMjaEgAW2xIAGdsSAPRADgDK2xIA+kMOACDcEgBu3BIAcdwSAFJFDgAi3RIAcN0SAHPdEgBaSQ4AJN4SAHLeEgB13hIAYk0OACrfEgAUUQ4AKOASAHRWDgBI4BIAMj8TAJLgEgDMVw4AJeESAHjhEgAn4hIAJloOAC7iEgCAXA4A3uMSAIxiDgDg4xIAsvYOAIbkEgDU5BIAL+YSAMxZDwA05hIA2ucSAI7mEgCmbw4A6ucSAP5wDgBA6BIAWHMOAJLoEgBadA4A+OgSADLpEgCP6RIAJoUOAJLpEgCMjQ4Al+kSAAZ1DgCj6RIAcH8OAEbsEgAkhA4A8uwSADCKDgBI7hIA0DAPAGbuEgC6LRMAgO4SAMLVDwCa7hIA6O4SAOvuEgCOjg4ATu8SADyQDgCg7xIAPpEOAPLvEgBA8BIASvASAJSRDgDx8RIASpcOAPjxEgBOmQ4AnfISAFCaDgAd9BIAAp4OAKb0EgBeoQ4AP/YSACQ4EwC39hIApPEPAPn2EgAwtQ4AXPgSAJC6DgCu+BIA/PgSABX5EgDouw4AVfkSAKj5EgAi+hIAnMAOAM76EgCewQ4AevsSAPbCDgAK/BIAWPwSAGL8EgCoxg4ABf0SAFCcDwAV/hIAZM8OAA8AEwB22A4A/wATAAwBEwBVARMAYgETAL4DEwCW6A4AyAMTAPrvDgB8BhMAYvkOANAGEwBk+g4AIAcTABD7DgBxBxMAaPwOAHMIEwDC/g4AegkTAMgJEwAmChMAdAoTACELEwDSBg8AfgsTAMwLEwAqDBMAeAwTACcNEwDeDA8A2A0TACYOEwCEDhMA0g4TANwPEwA+Eg8ANhATAJYTDwDeEBMALBETADwREwDuFA8A+xETAC4SEwDjEhMAohkPADwTEwBSHA8AqhMTANwTEwD+FhMAKjMPAKwYEwCKOA8AWBkTAOI5DwAEGhMAOjsPAJkcEwC8UQ8AUh4TAHZZDwBJHxMA0lwPAAIhEwCMZA8AqyETADxnDwAnJBMA9G0PAFUkEwCibw8AsCQTAP5PEwAHJRMAUnIPAAolEwBWdA8AVyUTAKolEwDGJRMAACYTAFkmEwCsJhMAyCYTAAInEwBgJxMAricTALgnEwCsdA8ADCgTAEx3EwBgKBMAtnkPAGopEwAUfg8AtSkTAMSADwAQKhMAVFATAB8rEwD68Q8AwisTANyMDwB4LxMAQmwQAMowEwAOpg8AxTETAKyfDwB6MhMArqAPAHo0EwDINBMA0jQTAGqpDwCCNRMAGqwPAG04EwB6OBMAwzgTANA4EwAZORMAJjkTAG85EwB8ORMAxTkTANI5EwAbOhMAKDoTAOA6EwAqtA8ARjsTAIC0DwDXOxMA2LUPAEg8EwCEtg8A4TwTANy3DwBKPRMAhD0TAPY9EwAwPhMAlD4TADi7DwBaPxMAiD8TALA/EwDePxMABkATADRAEwBcQBMAikATAJFAEwAM0A8A6EATADZBEwA7QRMA6r4PAJFCEwD+yA8A8kMTAFzNDwCVRBMA6EQTAGZFEwCURRMAvEUTAOpFEwASRhMAQEYTAGhGEwCWRhMAvkYTAOxGEwDARxMA7kcTABZIEwBESBMAbEgTAJpIEwDCSBMA8EgTABhJEwBGSRMA/kkTADoUEQACShMAjBIRAPtKEwBw1w8AWEsTAH7eDwAVTBMATEwTAMFMEwDq6Q8AAU0TAEjuDwBtTRMApE0TAFhOEwCmThMAtk4TAEzwDwAITxMATvEPAGdPEwBY+BAAuVMTAMYtEAASVBMAci4QABBVEwBAQBAAvFUTAPhGEABoVhMABk4QABRXEwC8UxAAwFcTACBbEABsWBMA1F8QABhZEwCIZBAAxFkTAEBrEAB0WhMARG0QANhaEwAUWxMAHFsTAGpbEwAkXxMAcl8TAJBfEwBmfhAA1mITAPicEABCYxMAAKEQAO5jEwBgphAAiGQTALqoEADaZBMAaqsQAC9lEwAarhAAg2UTACKyEADkZRMAJrQQAEZmEwCAZhMA2GYTAEDBEAA4ZxMA7sIQAJdnEwCexRAA4GcTAKrLEACgaBMACNAQAPBsEwCI5RAAoG4TAKLyEADybhMApPMQAERvEwCSbxMAlm8TAPrzEADwbxMAPnATAJxwEwDqcBMAnnETAOxxEwBOchMAwgIRAKByEwDuchMA8nITABgDEQAbdBMAfAoRAPt0EwCOExEAS3UTAJ51EwDGdRMA9HUTAE12EwCgdhMAyHYTAPZ2EwBjdxMAkhURAPp3EwDsFxEAWHgTAO4YEQCseBMA+ngTAAp5EwDwGREAWXkTAPIaEQCpeRMA/HkTAFx6EwBMHREAuHoTAE4eEQC4exMAZCkRAGJ8EwByMBEAtHwTAAJ9EwASfRMAyDARALJ9EwB6NBEAFH4TANI1EQBofhMA1DYRALh+EwCANxEACX8TAFx/EwA=","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAASQgcA0kICAN4pCABkCwIA6g4NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAdv8MAO7nDQBE6A0AmugNAPDoDQBG6Q0AnOkNAPLpDQBI6g0AnuoNAPTqDQBK6w0AoOsNAAAAAAASQgcA0kICANJCAgBaiQMAqC0CAP4tAgCgbA4A3LUOALbgAgAM4QIANBwBAJzZBQDmvA8AWokDAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAOoODQBU8A0AqvANAADxDQBW8Q0ArPENAAAAAAASQgcAZAsCAOYKDADeIQQAVi8CAD7dCQA6IQIAZokAAGo5AgD6RxAAUEgQALy4AgBOJwAAZAsCAARuCwBabgsAkkkAAPSEBQAqlgAAgJYAACTCAgDGIQoAHCIKAGQLAgB2/wwA7ucNAEToDQCa6A0A8OgNAEbpDQCc6Q0A8ukNAEjqDQAU7wcAnD0NAFYAAABWAAAArGoKANJCAgCSSQAAZAsCABTvBwAqwwEAAAAAACqWAAAKngwAcqcMAOgeAACGGAAA3ikIADQqCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwBC4QoAiBkAADwLDAA2Yg4AWAEAAK4BAAAEAgAAWgIAALACAAAU7wcAnD0NAFYAAABWAAAAkqEBAKhcBAAqlgAAZLMAANJCAgAoQwIA1s0GAGQLAgDqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAAMxAkAYsQJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAqFwEAP5cBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAOY1DADCeQwAGHoMAAhyDABecgwAtHIMAApzDADqIwIAWm4LAEJQAgBwywkAxssJABzMCQDeKQgAZAsCAJrBDwCE1QkAZAsCAKBsDgBGbhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAD7dCQAm1wwAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAAzECQBixAkAAAAAAMqQAAAqlgAAcg4AABSPAgBmHgsA3ikIAGQLAgAU7wcAYjEAALgxAAAOMgAAZDIAADA2DwA6IQIAZokAANzGAQDoHgAA3ikIAGQLAgDqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAAhyDABecgwAMhkAAIgZAAA8CwwANmIOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgDiZA8AOGUPAOYKDACQSgEA5koBACTCAgDMkwEA3ikIAHavDwDmCgwAPAsMADZiDgBYAQAArgEAAAQCAABaAgAAMDYPADohAgBmiQAA3MYBAOgeAADeKQgAZAsCAOoODQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMACHIMAF5yDAAyGQAAiBkAADwLDAA2Yg4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAOJkDwA4ZQ8A5goMAJBKAQDmSgEAJMICAMyTAQDeKQgAdq8PAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAADA2DwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAwNg8ATicAAHJLCQDSQgIABJsMABSPAgAwNg8ANBwBAJIuCAByDgAAKsMBAD51AABMFw4A2tcKADLfDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAA5goMADwLDAA2Yg4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgBQ8g8A6g4NAICiBgAU7wcAcoIPAPSEBQBKhQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgB2/wwAdq8PAIYYAADyVAMAKpYAAN4pCABkCwIAugsCADgLDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgDEzAoA3BgAAFrZAACGGAAAZAsCAHb/DAA0KggAZCcQALonEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAN4pCAB2rw8AhhgAAPJUAwAqlgAA3ikIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAACE/AcAVi8CAN4pCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQCoXAQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIADMQJAGLECQCSSQAA9IQFAEqFBQAqlgAAJMICAHrCAgDQwgIAZAsCAOY1DADCeQwAGHoMAAhyDABecgwAtHIMAApzDABc9A0AVPANALjCCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAOo5DQBWAAAAVgAAAKxqCgDSQgIAkkkAAGYeCwDeKQgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQBoywsAAAAAAJKhAQCoXAQAKpYAAIYYAACSSQAAZAsCAHb/DADu5w0AROgNAJroDQDw6A0ARukNAJzpDQDy6Q0ASOoNABTvBwCcPQ0AVgAAAFYAAACsagoA0kICAJJJAABkCwIA6g4NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgBavAcAZosBANxfDgBkCwIADMQJAGLECQAAAAAAypAAACqWAAByDgAAFI8CAGYeCwDeKQgAZAsCADohAgBaiQMAZAsCABTvBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAA7lgGAGSzAACExwIAnFICAO5YBgASQgcAhNUJAGQLAgDmCgwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAOoODQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAAzECQBixAkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAFSSCQCE1QkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEANtEFAITHAgDaxwIAMMgCANSvDQAqsA0AgLANAFrZAADMkwEAaEAGAOhJAABKPw0ACO0JAJJJAABkCwIA6g4NAOa8DwBaiQMAZAsCAOYKDAA8CwwANmIOAFgBAACuAQAABAIAAFoCAACwAgAANtEFAIzRBQDi0QUATicAAHJLCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AABotQAAFO8HAOgeAACGGAAAkkkAAGQLAgDqDg0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMACHIMAF5yDAAyGQAAiBkAADwLDAA2Yg4AWAEAAK4BAAAEAgAAWgIAALACAADmNQwAwnkMABh6DAAU7wcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQD22QQA6g4NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgBwywkAxssJABzMCQByzAkAyMwJAB7NCQDqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAGYeCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAki4IAKriBgB8eQgAZokAAOa8DwDyVAMA6PsDADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAABJCBwCE1QkAfBcCANIXAgByDgAA6B4AAKriBgCotgYA/rYGAHSuDwBoQAYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqjIEAAAzBABWMwQArDMEAAI0BABYNAQArjQEAAQ1BABaNQQAHP0MAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIA6g4NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgAghhAAcg4AAOgeAADeKQgAZAsCADA2DwCicRAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgDiZA8AOGUPAAzECQBixAkAuMQJAA7FCQBkxQkAusUJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAki4IAKriBgB8eQgAZokAAOa8DwDyVAMA6PsDAJJJAABWLwIAZokAAGLCCAC4wggA6KEBAFrZAAAqlgAA3ikIAGQLAgAwNg8A0kICAFSSCQA6IQIAZokAADohAgCSoQEA5jkOADw6DgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQB2rw8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAADuWAYAEkIHAGQLAgAAAAAAAAAAAAAAAAD22QQADMQJAGLECQBw7gUA3MYBAMgOAACE1QkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACANoCCwAwAwsAhgMLAOYKDAA8CwwANmIOAFgBAACuAQAABAIAAFoCAACwAgAACHIMAF5yDAC0cgwACnMMAFz0DQBU8A0AuMIIAOihAQBa2QAAKpYAAN4pCACGGAAA3BgAADIZAADqDg0AvNAOABKKAABoigAAvooAABSLAABqiwAAoGwOANy1DgDmYg0AoGwOAEZuEADMkwEA6PsDAD78AwAkwgIAPt0JAEo/DQByDgAAFI8CAFrZAADMkwEAaEAGAOhJAABkCwIADMQJAChDAgA6IQIAOiECAMyTAQBoQAYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgDmCgwAkqEBAOY5DgA8Og4A3MYBAOgeAAA20QUAfHkIANJ5CAAoeggAfnoIAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAIncIAOgeAAA6ZA4AkkkAAO5YBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQCo3QQA/t0EAFTeBADqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAGYeCwCgbA4A3LUOABJCBwDeKQgAdq8PAMhVDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAIT8BwBkCwIANtEFANJCAgA6TAIAOv4FAHavDwCGGAAAkkkAAO5YBgBmiQAAYsIIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAKhcBADeKQgANCoIALyJAAASigAAaIoAAL6KAAAUiwAAsssOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgDs3AgAypAAANJCAgA6TAIAOv4FAKY6CQAqlgAAcg4AALTMDgDcGAAA3kYBADQcAQCc2QUAnFICAGSzAADeKQgAdq8PAIYYAADyVAMAKpYAAAAAAAASQgcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAOAsNANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCADgLDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgDqDg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAxiEKABwiCgAEmwwAgpkBABJCBwCE1QkAzJMBACKUAQDyVAMASFcEAGDeAQA0HAEAZAsCABTvBwCcPQ0AVgAAAFYAAACsagoA0kICAJJJAABmHgsA3ikIAGQLAgDqDg0AbgEQAMyTAQBkCwIAJMICAMYhCgAcIgoABJsMAIKZAQASQgcAhNUJAGQLAgDmNQwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgAMxAkAVJIJAAjtCQCSSQAA7lgGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAADuWAYAEkIHAITVCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQDmOQ4ACgsDANQaAwBc7goAMOAOAIbgDgDc4A4AMuEOAIjhDgDe4Q4ANOIOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQB2rw8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAOa8DwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgB0rg8Ayq4PAMgOAACE1QkATicAAI7KAQDkygEAoGgMAPZoDADKkAAAkqEBAJJJAADuWAYAVgAAAJKhAQDmOQ4A1osQAI7KAQDkygEAoGgMAPZoDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAARuCwBopg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgAEbgsAaKYOABINAgBoDQIAvg0CABQOAgBqDgIAyHoLAJKhAQDmOQ4A1osQACyMEACCjBAAqh0PAB5WDgBkCwIADMQJAHSuDwAyjxAAiI8QAN6PEADIegsAHnsLALoLAgAQDAIAZgwCALwMAgAAAAAAyFUOAGQLAgAMxAkAdK4PADKPEACIjxAA3o8QAMh6CwAeewsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEA9tkEANq2DwAwtw8AhrcPANy3DwAyuA8AAAAAAMqQAAAgkQAA8lQDAGhABgBqOQIAIlwQAN4pCABsZQIAypAAACCRAADyVAMAaEAGAGo5AgCKZRAA0kICAChDAgDWzQYAki4IAFrZAAASQgcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAAHYiCQCq4gYAkkkAAGYeCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAoGwOANy1DgDmYg0AOiECAFDyDwAAAAAA6g4NAOC5DwA2ug8AjLoPAOK6DwA4uw8AjrsPAOS7DwAEbgsAwNQPABbVDwBs1Q8ACgsDAAAAAAASQgcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAOv4FAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgCqHQ8AHlYOAARuCwAAAAAAkqEBAAAAAADKkAAAZokAAGLCCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIA4mQPAGQLAgAEbgsAAAAAAMqQAABmiQAAPt0JAEo/DQAI7QkAXu0JALTtCQAK7gkAOiECAGDuCQC27gkADO8JADohAgA20QUAjNEFAOLRBQCyTA8ACE0PAF5NDwA20QUAjNEFAOLRBQCyTA8ACE0PAF5NDwBmiQAA5rwPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAABmHgsACkoNAGBKDQBqOQIAQuUMAJjlDABaiQMAkkkAAGYeCwAKSg0AYEoNAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAAD0hAUACB4NAH5DAgDUQwIAKkQCAJJJAADoSQAAnm8QAPRvEABKcBAAAAAAANJCAgA6TAIAntIBAFgNBgCq4gYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgBSnQ8A6EkAAJ5vEAD0bxAAEkIHAGo5AgB0PgIA6EkAAJ5vEAD0bxAASnAQAAAAAABmiQAAzJMBAOj7AwDoHgAACp4MAGCeDAC2ngwADJ8MAGKfDABqOQIAdD4CAOhJAACebxAA9G8QAEpwEABqOQIAdD4CAOhJAACebxAA9G8QAFqJAwBWAAAAdiIJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAA1s0GAJIuCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAAD0hAUASoUFADohAgCQIQIA5iECAGYeCwAqlgAAgJYAANTrAAB87gIANBwBAJIuCACSSQAA6EkAAEo/DQDeKQgAdq8PAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAKxqCgDMkwEAIpQBACJtAwB4bQMAhtwMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIA3ikIAHavDwCqVwEAwCwRAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAFSSCQDeKQgAHqIJACTCAgDMkwEA6PsDAIKZAQASQgcAhNUJACqWAACAlgAA1OsAAHzuAgA6IQIA1jEOAAjtCQAgkQAAKsUCAJKhAQDooQEA2oMLADCECwCGhAsA5jkOAICWAADU6wAAfO4CAOa8DwB8FwIA2tcKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAki4IAIYYAACSSQAAZh4LAIbcDADU6wAAfO4CABJCBwAI7QkAkkkAAHhAAgBOJwAAOiECANYxDgAI7QkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAZh4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCmOgkAaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKriBgCotgYA/rYGAASbDACCmQEAEkIHAITVCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCABJCBwAkwgIAxiEKABwiCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAO5YBgBEWQYAnlcEAJKhAQDmOQ4ANBwBAJIuCACGGAAAkkkAAGYeCwDeKQgAdq8PAICWAADU6wAAfO4CAHIOAADqOQ0AVgAAAFYAAACsagoA0kICAJJJAABmHgsA3ikIAKY6CQBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQDmOQ4AfBcCAAgaCwBiwggAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAUPIPAICWAABOJwAAOAsNANJCAgA0HAEAnNkFAJxSAgBmHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAITVCQBkswAAqLYGAP62BgBUtwYAqrcGAAC4BgBWuAYANBwBAIocAQBoywsAHqIJAGDLDQBySwkAZLMAAITHAgCcUgIA7lgGABJCBwCE1QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAGLCCADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgDeKQgAdq8PAE4nAABySwkAatIOACqWAADeKQgAZokAAGLCCAC4wggADsMIAKBsDgDctQ4A5mINAOoODQCAogYANBwBAJIuCADoLggAOiECAFDyDwCAlgAAZAsCALoLAgAghhAAIJEAAFTuDACSSQAA7lgGABJCBwCE1QkAZh4LALweCwASHwsAkkkAAGQLAgCgbA4A3LUOAOZiDQAMxAkAYsQJAHDuBQCE/AcAZAsCAOYKDACQSgEA5koBAMjWDgAe1w4AdNcOAMrXDgAg2A4A6g4NAOC5DwA2ug8AgpkBANiZAQAumgEAZAsCAOYKDACQSgEA5koBAMjWDgAe1w4AdNcOAMrXDgAg2A4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIAeq0NANCtDQAmrg0AfK4NANKuDQAorw0AEkIHAGQLAgC6CwIApCcAAFrZAABkCwIA6g4NAEAPDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAKBsDgDctQ4A5mINALoLAgAghhAAIJEAAFTuDACSSQAA7lgGABJCBwCE1QkA5rwPAIYYAADcGAAA3kYBAJQjAgAMxAkAYsQJADr+BQB2rw8AquIGALqzAACigAIAjnYCADpMAgBUkgkAfMEBAKBsDgA20QUAWokDADIIDQCICA0A3ggNADQJDQAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAO5YBgASQgcAhNUJACqWAACAlgAA1OsAAHzuAgDyZAsAcksJAGrSDgDGZwIAZAsCABTvBwDU7wIANBwBADohAgDWMQ4AzJMBADqiAgBmiQAAnFICAO5YBgASQgcAhNUJAGQLAgAEbgsAwNQPABbVDwBs1Q8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIA5jUMADw2DAAQpw8AZqcPALynDwASqA8ArtoBAJxSAgDuWAYAOiECAJKhAQDmOQ4AoGwOAOBJAgA2SgIAjEoCADbRBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIANtEFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAAoGwOANy1DgC24AIADOECADQcAQCc2QUA5rwPAAhyDABecgwAtHIMAApzDADqIwIAWm4LALBuCwAI7QkAfBcCADQcAQBotwEA6PsDACrDAQCCmQEAIpQBAHwXAgBkCwIADMQJAGLECQCSSQAAypAAANJCAgB2/wwAdq8PAKriBgC6swAAooACAI52AgA6TAIAOv4FAGQLAgDqDg0A5rwPAN4pCABkCwIACHIMAF5yDAC0cgwACnMMAMqQAAByDgAA6B4AAOY1DAA8NgwAeJQBAM6UAQAklQEAepUBANCVAQBesgEAmsEPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABIVwQAnlcEAPRXBABKWAQAoFgEAPZYBADeKQgAZAsCAOoODQDmvA8A3ikIAGQLAgAIcgwAXnIMALRyDAAKcwwAypAAAHIOAADoHgAAFO8HANTvAgAq8AIAgPACANbwAgAs8QIAiN8NAN7fDQA04A0AiuANAODgDQDmvA8A8lQDAGSzAAAKCwMAYPAKANIrDAAoLAwAfiwMANQsDAAqLQwAgC0MAJZpDwDA1A8AFtUPAGzVDwBkCwIAmsEPAAjtCQCSSQAAZAsCAJrBDwBOJwAAZAsCADohAgDWMQ4ACO0JACCRAAAqxQIADMQJAChDAgA0dAIAinQCAIT8BwDeKQgAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIAmsEPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBABTvBwCcPQ0A8j0NAEg+DQD0hAUACB4NAF4eDQAuqgkAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIAmsEPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIAmsEPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBAHb/DADM/wwAJMICAMyTAQDeKQgAdq8PAFrZAADMkwEAaEAGAOhJAABkCwIAmsEPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAOYKDACsagoAzJMBACKUAQAibQMAeG0DAIbcDABkCwIAdv8MAHavDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CAOoODQDguQ8ANroPAIKZAQDYmQEALpoBADQcAQCSLggAhhgAAJJJAABkCwIAoGwOANy1DgDmYg0ABG4LAFpuCwCSSQAA9IQFAFqJAwBkCwIA5jUMADw2DACSNgwACHIMAPJUAwBIVQMAnlUDADQcAQCc2QUAkqEBAKhcBABkswAAKpYAADohAgDWMQ4ACO0JACCRAAAqxQIAcg4AAGQLAgCawQ8ACO0JAJJJAABkCwIAmsEPAE4nAABkCwIADMQJAChDAgA0dAIAinQCAJJJAABmHgsAfBcCANrXCgCAlgAAZAsCAHb/DADM/wwAJMICAMyTAQDeKQgAdq8PADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIA3ikIAGQLAgDqDg0AnFICACASAQB2EgEAhMcCANrHAgAwyAIA1K8NACqwDQCAsA0A1rANACyxDQCCsQ0A2LENAC6yDQCEsg0A2rINADCzDQCGsw0A3LMNADK0DQCItA0A3rQNADS1DQCKtQ0A4LUNADa2DQCMtg0A4rYNADi3DQCOtw0A5LcNADq4DQCQuA0A5rgNADy5DQCSuQ0A6LkNAD66DQCUug0A6roNAEC7DQCWuw0A7LsNAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAAASQgcACO0JAGQLAgCABA0A1gQNACTCAgDGIQoA6g4NAOa8DwA8vQ8Akr0PAOi9DwA+vg8AlL4PAOY1DAA8NgwAkjYMAFqJAwCwiQMABooDANJCAgBkCwIAFO8HAGrvBwDA7wcAFvAHAGzwBwDU7wIAKvACAIDwAgDW8AIANtEFAIzRBQDcXw4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIA5jUMAMJ5DAAYegwACHIMAF5yDAAyGQAAiBkAADwLDACOdgIAKEMCANbNBgCSLggAkkkAAGYeCwCG3AwAZAsCADohAgCQIQIA5iECADwiAgDmCgwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAOv4FAGQLAgAU7wcAcoIPAMiCDwCcUgIAZh4LALweCwCSLggAhhgAAJJJAABkCwIAdv8MADQqCABkJxAAuicQADohAgBmiQAA3MYBAOgeAAAU7wcA1O8CAAbHDABcxwwAsscMAAjIDABkCwIA5jUMAMJ5DAAYegwAFO8HAHKCDwDIgg8AjnYCAJJJAADuWAYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAADuWAYAIpQBAHwXAgBkCwIAdv8MAO7nDQBa2QAA5jUMADw2DACSNgwADMQJAGLECQBiiwIAAOMGACTCAgDGIQoAHCIKAFqJAwBkCwIANBwBAIocAQBoywsAZokAAIT8BwAeogkAIpQBAHwXAgBkCwIADMQJAGLECQA6/gUAkP4FAOb+BQCIUAYA5jUMAMJ5DAAYegwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwCgbA4ARm4QAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAAA6ZA4AZAsCAOY1DAA8NgwAkjYMADQcAQCSLggA6C4IAIocAQDSQgIA5jUMAMJ5DAAYegwA5jUMADw2DACSNgwAVkMMAKxDDAACRAwA5goMAJBKAQDmSgEAMDINAIYyDQDcMg0AMjMNAGQLAgCawQ8ATicAAGQLAgAU7wcAcoIPAMiCDwCOdgIAkkkAAO5YBgAilAEAfBcCAGQLAgDKkAAA2tUJADDWCQCG1gkA3NYJADLXCQCI1wkA3tcJADTYCQCgbA4A3LUOAOZiDQAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAA6g4NAJxSAgAI7QkAXu0JALTtCQAK7gkAYO4JALbuCQAM7wkAYu8JACxbDQD0hAUACB4NADR0AgByDgAAvmUDAGaJAACcUgIAZh4LAIAEDQBKPw0Acg4AABSPAgBkCwIACHIMAEJQAgCYUAIA7lACAJKhAQDooQEA2oMLADCECwCGhAsAPt0JAEo/DQByDgAAFI8CAGgJAAC+CQAAoGwOANy1DgDmYg0A6g4NAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAAoLAwCawQ8AhNUJAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJAKRkCQBkCwIAVgAAAJJJAADuWAYAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADACyrCgCCqwoAmsEPAITVCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgB2/wwA7ucNADQcAQCc2QUAzJMBACKUAQBkCwIAFO8HAMgOAACiYwkA+GMJAE5kCQCkZAkAZAsCALjvCQAO8AkAZPAJALrwCQAQ8QkAZvEJALzxCQAS8gkAaPIJAL7yCQAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAAAKCwMAcg4AAGQLAgCgbA4ARm4QAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAANIrDAAoLAwAVBsOAKobDgAAHA4AVhwOAKwcDgCawQ8AhNUJAGQLAgCABA0ASj8NAHIOAACSoQEA6KEBANqDCwAwhAsAhoQLADDIAgAAAAAAkqEBAHIOAAAUjwIAao8CAJxSAgBmHgsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAEj/AgCe/wIAVAUDAIzRBQCmawwA/GsMAFJsDACobAwA/mwMAFRtDACqbQwAAG4MADL2AwCI9gMA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwCO+QMA5PkDADr6AwCQ+gMA5voDAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCY0wMA7tMDAETUAwCa1AMA9tcDAEzYAwCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFbdAwB8FwIACgsDAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwA6IQIAZokAAHIOAACoBgQA/gYEAOY5DgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAjAwOAOIMDgA4DQ4Ajg0OAOQNDgA6Dg4AkA4OAOYODgA8Dw4Akg8OAD7RAwCU0QMAugsCABAMAgBmDAIAvAwCAE6ZDgD+3QQAVN4EAKreBAAA3wQAVt8EAKzfBAAC4AQAWOAEAARuCwBopg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAAA+3QkAzJMBADqiAgDmOQ4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYA1O8CACrwAgBkswAAVgAAAN4hBABqOQIAQkEQAJhBEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAPpHEACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAAB87gIAUEgQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA3ikIAKY6CQAqlgAAcg4AALTMDgDcGAAA3kYBAGYeCwCqVwEANjUNAOj7AwAUjwIAZh4LAIbcDADU6wAAfO4CABxNCgA20QUAhMcCANrHAgAwyAIAhsgCALoLAgAQDAIAZgwCALwMAgA0HAEAVgAAAKxqCgDSQgIAkkkAAGYeCwCG3AwA1OsAAHzuAgCSoQEAqFwEAP5cBABWAAAA0j4AAGo5AgAiXBAAzJMBADohAgCM0wYAKEMCAI52AgBaiQMAZAsCAAhyDABecgwAtHIMAApzDACSoQEA6KEBAF62AwC0tgMAdq8PAN4pCAAKCwMA7uUMAGhCBwC+QgcAFEMHAGQLAgAU7wcAQiUCAGaJAACOdgIAOkwCADr+BQBkCwIAmsEPADohAgCe0gEAWA0GAKriBgCSSQAAZAsCALoLAgBySwkAyEsJAHATAwDGEwMAQuEKAIgZAADSPgAAZAsCAFrZAACw2QAAKEMCAG4BEADEARAAdiIJAMwiCQBkCwIA6g4NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIA5jUMAEhXBACeVwQAkqEBAOY5DgA0HAEAki4IAIYYAACSSQAAZokAAJxSAgDuWAYAEkIHAITVCQAKCwMAkqEBAKhcBAD+XAQAVgAAANI+AABkCwIAkqEBAKhcBAD+XAQAVF0EAKpdBAAAXgQAVl4EAKxeBAACXwQAWF8EAK5fBAAEYAQAYHMMALZzDAAMdAwAYnQMAGQLAgCSoQEAqFwEAP5cBABUXQQAql0EAABeBABWXgQArF4EAAJfBABYXwQArl8EAARgBABgcwwAtnMMAAx0DABidAwAkEoBAOZKAQDI1g4AHtcOAHTXDgCSoQEAWokDAGSzAABmiwEAvLgCAE4nAABySwkAfBcCAMqQAADSQgIAOkwCADr+BQAKCwMAqjIEADAHDQCGBw0A3AcNABrBBABwwQQAxsEEABzCBABywgQAyMIEAB7DBAB0wwQA5goMAJImBADU7wIAZLMAAGaLAQBoQgcA7BEOAGYOAwC8DgMAEg8DAGgPAwC+DwMAFBADAIz2AgDi9gIAOPcCAI73AgDk9wIA6g4NAICiBgDmCgwArGoKAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAvBgIAHb/DADSQgIAdK4PACTCAgDGIQoAHCIKAKgtAgD+LQIAoGwOAPSEBQBKhQUAKpYAAN4pCACSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BAA+0QMAIlAKAHhQCgDOUAoA8FkGAEZaBgCcWgYAfFIKABihCgBuoQoAEg0CAMyTAQDSQgIAOkwCACASAQAY1g8AZAsCADbRBQDSQgIAOkwCAHDuBQCcUgIAZh4LAOoODQCAogYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwCABA0ASj8NAHIOAAAUjwIAkqEBAOihAQDagwsAMIQLAIaECwA+3QkASj8NAHIOAAAUjwIAZAsCAOoODQDmvA8A3ikIAGQLAgDmCgwArGoKANJCAgCSSQAAAAAAAAAAAAAAAAAAajkCAAAAAABqOQIAAAAAAGo5AgAAAAAAZAsCAOoODQDmvA8A3ikIAGQLAgDmCgwArGoKANJCAgCSSQAA8G0QAAAAAABkCwIA6g4NAOa8DwDeKQgAZAsCAOYKDACsagoA0kICAJJJAACSoQEA6KEBAF62AwC0tgMACrcDAGC3AwC2twMADLgDAKBsDgBGbhAAPkoAACASAQBWAAAArGoKAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAIBIBAHxxBADqDg0AvNAOAC6qCQCEqgkA2qoJADCrCQAMxAkAYsQJAGKLAgAA4wYA0kICAN4pCABkCwIA6g4NAIT8BwDa/AcAMP0HAIb9BwBmHgsAhtwMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgDqDg0AgKIGAHwXAgDa1woANBwBAGQLAgDmNQwAaEAGAL5ABgB2/wwAdq8PAMyvDwB2IgkA9sQPAEzFDwByDgAAZAsCAJrBDwCE1QkAAAAAAAAAAAAKCwMA1BoDAFzuCgCy7goACO8KAF7vCgAEbgsAwNQPABbVDwBs1Q8AoGwOANy1DgDmYg0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUA8GMLAEZkCwCcZAsAPt0JAEo/DQByDgAAFI8CAPZsDgCG3AwA3NwMADLdDACI3QwA3t0MADTeDACK3gwA4N4MADbfDAB2/wwAMroQACqWAACgbA4A3LUOAOZiDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwAiUAoAeFAKAM5QCgDwWQYARloGAHSuDwBoQAYAZh4LADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBWLwIArC8CAO5YBgBEWQYAmlkGAPBZBgBGWgYAnFoGAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFABTvBwDoHgAAPh8AAJQfAADqHwAACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAHATAwDGEwMAQuEKAJKMDABUkgkACO0JAJJJAABmHgsAoGwOANy1DgDmYg0AgAQNAEo/DQByDgAAKpYAAJJJAABa2QAAEkIHANJCAgBsZQIAZAsCAOY1DADCeQwAGHoMAMqQAAAgkQAA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQAAAAAAZAsCAGxlAgDO1QwAIpQBAMZnAgAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAKgtAgD+LQIANtEFAITHAgDkkhAAOpMQAJCTEAAy3w0ATi0DAMgOAAA0HAEAki4IAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAD7dCQBaiQMAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwAG5gYAXOYGALLmBgAI5wYAXucGALTnBgA0HAEAEGgFAGZoBQC8aAUAEmkFAN4pCAA6IQIAZAsCADQcAQCKHAEAaMsLAL7LCwAUzAsANBwBABBoBQBmaAUAvGgFABJpBQBkswAAurMAABC0AABmtAAAvLQAAJzZBQCOdgIAdK4PAGaJAACE/AcANBwBABBoBQBmaAUAvGgFABJpBQC8GAgAdv8MANJCAgB0rg8AJMICAMYhCgAcIgoAqC0CAP4tAgCgbA4A9IQFAEqFBQAqlgAA3ikIADQcAQBg3gEAIJEAAPJUAwBkswAAhMcCAJxSAgDuWAYAEkIHAITVCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCMDA4A4gwOACaHDwCoMwUA/jMFAFQ0BQCqNAUAADUFAFY1BQCsNQUAAjYFAFg2BQCuNgUABDcFAGQLAgCSoQEAqFwEACKUAQBsZQIAZAsCALoLAgAQDAIAZgwCAEbnDACc5wwA6g4NAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAMhVDgBE+QAA7FUFAEo/DQByDgAAFI8CAHTNCQDKzQkAIM4JAHbOCQDMzgkAIs8JAHjPCQDOzwkAJNAJAHrQCQDqDg0A5rwPAFqJAwBkCwIAmsEPAE4nAABkCwIAoGwOAEZuEAA+SgAAlEoAAFYAAAB2IgkAquIGAMyTAQBidg0AcksJACqWAADeKQgAZAsCADQcAQAQaAUAZmgFALxoBQASaQUAvBgIAIAEDQBKPw0Acg4AABSPAgCABA0ASj8NAHIOAAAUjwIAZAsCAD7dCQBaiQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD22QQATNoEADivCQCOrwkA5K8JADqwCQCQsAkA5rAJADyxCQCSsQkA6LEJAD6yCQCUsgkA6rIJAECzCQCWswkA7LMJAEK0CQA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAJrBDwBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IAGQLAgCgbA4A7lgGAERZBgCaWQYA3ikIAGQLAgCawQ8ACO0JAFqJAwByDgAAqAYEAP4GBACoXAQAVi8CAHIOAACoBgQA/gYEAFYvAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIwMDgDiDA4AOA0OAI4NDgDkDQ4AOg4OAJAODgDmDg4APA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAJrBDwBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IAGQLAgCgbA4A7lgGAERZBgCaWQYA3ikIAGQLAgCawQ8ACO0JAD7RAwAiUAoAeFAKAM5QCgAkUQoAelEKANBRCgAmUgoAmsEPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABSjwgAZAsCAKBsDgDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkA0kICAHSuDwA6ogIA6KEBAD6iAQBaiQMAVi8CAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDsUwQAMDYPAKJxEADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDSSAUAKEkFAH5JBQDUSQUANBwBABBoBQBmaAUAvGgFABJpBQAAAAAAIBIBAHxxBADqDg0AvNAOAC6qCQCEqgkA2qoJADCrCQAMxAkAYsQJAGKLAgAA4wYA0kICAN4pCABkCwIA6g4NAIT8BwDa/AcAMP0HAIb9BwBmHgsAhtwMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgDqDg0AgKIGAHwXAgDa1woANBwBAGQLAgDmNQwAaEAGAL5ABgB2/wwAdq8PAMyvDwB2IgkA9sQPAEzFDwByDgAAZAsCAJrBDwCE1QkAAAAAABjWDwD0hAUASoUFAKCFBQD2hQUATIYFAKKGBQAgEgEAfHEEAOoODQC80A4ALqoJAISqCQDaqgkAMKsJAAzECQBixAkAYosCAADjBgDSQgIA3ikIAGQLAgDqDg0AhPwHANr8BwAw/QcAhv0HAGYeCwCG3AwAajkCAGQLAgA0HAEAaLcBAOj7AwAqwwEAgpkBACKUAQB8FwIAZAsCAOoODQCAogYAfBcCANrXCgA0HAEAZAsCAOY1DABoQAYAvkAGAHb/DAB2rw8AzK8PAHYiCQD2xA8ATMUPAHIOAABkCwIAmsEPAITVCQAAAAAACHIMAF5yDAAKCwMAAAAAAAAAAAAAAAAAAAAAAAAAAACoLQIA/i0CABTvBwBq7wcAwO8HAFQHBACqBwQAAAgEAFYIBACsCAQAMt8NAAAAAAAAAAAAcg4AAAAAAAAAAAAA9tkEAPQHBwBKCAcA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDACJQCgB4UAoAzlAKAPBZBgBGWgYAnFoGAAoLAwBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPKLCQBIjAkAnowJAPSMCQBKjQkAFO8HAMgOAACiYwkA+GMJAE5kCQCkZAkAZAsCAOoODQBOJwAAkkkAAGYeCwCG3AwAIpQBAHwXAgBkCwIAoGwOANy1DgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DAIjPBQDezwUANNAFAIrQBQDg0AUAypAAACCRAADyVAMA9P0BAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJAKRkCQAKCwMAZokAAPT9AQDSQgIAOkwCAJJJAAD0hAUASoUFACqWAAByDgAAVgAAAHYiCQDMIgkA1OsAADpMAgAAAAAAypAAACqWAAByDgAAFI8CAGYeCwCG3AwA1OsAAHzuAgBg8AoAtvAKAAzxCgDG7gUAHO8FAHLvBQDI7wUAHvAFAHTwBQDK8AUAIPEFAHbxBQDM8QUAIvIFAHjyBQDO8gUAJPMFAHrzBQDQ8wUAJvQFAHz0BQDS9AUAKPUFAH71BQDU9QUAKvYFAID2BQDW9gUALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQBmiQAAvIkAAHx5CADSeQgA3ikIAGQLAgCgbA4ARm4QAD5KAAA0HAEAnNkFAPLZBQBkCwIADMQJAGLECQCSSQAA9IQFAEqFBQAqlgAAcg4AAGQLAgDmCgwAXvcOAMwiCQBkCwIADMQJAGLECQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgCSoQEAqFwEAEhXBABotwEAaEAGAL5ABgBa2QAAPt0JAMyTAQBkswAAfHkIAGQLAgDmNQwAwnkMAN4pCAAeogkA6PsDAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMAmBYQAIbcDADU6wAAfO4CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMAmBYQAIbcDADU6wAAfO4CACqWAADeKQgAHqIJAOj7AwBiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAP4xBABUMgQAntIBAPTSAQBK0wEAoNMBAPbTAQDuCgoARAsKAJoLCgDwCwoARgwKAJwMCgDyDAoASA0KAJ4NCgD0DQoASg4KAKAOCgD2DgoATA8KAKIPCgD4DwoAThAKAKQQCgD6EAoAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIwMDgDiDA4AOA0OAI4NDgDkDQ4AOg4OAJAODgDmDg4APA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgDmCgwAwPUKABb2CgBs9goAwvYKABj3CgBu9woAxPcKABr4CgBw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAzvwKAHATAwDGEwMAQuEKAJKMDABUkgkACO0JAJJJAABmHgsAoGwOANy1DgDmYg0AgAQNAEo/DQByDgAAkkkAAGQLAgBa2QAA/CwCAOJkDwA4ZQ8ACHIMAF5yDAC0cgwACnMMAOYKDACsagoAcg4AACrDAQCCmQEAOiECAJKhAQDmOQ4AoGwOANy1DgDmYg0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAKBsDgBGbhAAPkoAAAzECQBixAkAOv4FAJD+BQDm/gUAiFAGABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAET5AABGEg0APvwDADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDMegoAPDYMAJI2DAA6IQIAjNMGAOLTBgA41AYAjtQGAIYYAABkCwIAFO8HAHKCDwDIgg8AnFICAMyTAQBIVwQAki4IABJCBwAI7QkAkkkAAGYeCwCG3AwA1OsAAHzuAgBK7w8A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKANJSCgAoUwoAflMKANRTCgAqVAoAgFQKANZUCgAsVQoAglUKANhVCgAuVgoAhFYKANpWCgAU7wcA6B4AAD4fAACUHwAA6h8AACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcBMDAMYTAwBC4QoAmOEKAO7hCgBE4goAmuIKAPDiCgC6CwIAcksJAMhLCQAeTAkAmsEPANJCAgBkCwIAdv8MAMz/DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCAHzBAQDKkAAAIJEAAPJUAwD0/QEAjAwOAOIMDgA4DQ4Ajg0OAOQNDgA6Dg4AkA4OAOYODgA8Dw4Akg8OAOgPDgA+EA4AlBAOAOoQDgBAEQ4AlhEOAI7aCQAQxgkAbMkJAMLJCQAYygkAbsoJAD7RAwAiUAoAeFAKAM5QCgAkUQoAelEKANBRCgAmUgoAmsEPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABSjwgAZAsCAKBsDgDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkA8loGAEhbBgCeWwYA9FsGAOwRDgBCEg4AmBIOAO4SDgBEEw4AmhMOAPATDgBGFA4AnBQOAPIUDgA+0QMAIlAKAHhQCgDOUAoA8FkGAEZaBgAEmwwA6B4AAKQ1BwDmOQ4AquIGAJJJAADuWAYAEkIHAITVCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAEhbBgCeWwYA9FsGACqWAACAlgAA1OsAAHzuAgAoGAIA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGACRXDQB6Vw0A0FcNACZYDQB8WA0A0lgNAChZDQDIDgAAomMJAPhjCQBOZAkApGQJAHhAAgBoQgcAvkIHABRDBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBOOwoAgJYAANTrAAB87gIAhhgAANwYAAAE6QgAWukIALDpCAAG6ggAXOoIALLqCAAoQwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgCgbA4A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAFREDQBavAcAsLwHAAa9BwBcvQcAsr0HAAi+BwBevgcAtL4HAOoODQBOJwAAkkkAAGYeCwCG3AwAFO8HAOgeAACkNQcA5jkOAKriBgCSSQAA7lgGABJCBwCE1QkAZAsCAARuCwDA1A8AFtUPAGzVDwBOLQMASOQKAJ7kCgD05AoASuUKAKDlCgD25QoAOqoGAJCqBgDmqgYAPKsGAJKrBgDoqwYAPqwGAJSsBgDqrAYAQK0GABrFBgBwxQYAxsUGABzGBgByxgYAyMYGAMqQAADSQgIA0kICADpMAgCGGAAAkkkAAGQLAgCgbA4A3LUOAGhCBwCsagoAkqEBAOihAQA+ogEAWokDAAoLAwAAAAAAZAsCAKBsDgDgSQIANkoCAIxKAgAy3w0AFO8HAJw9DQDMkwEAaEAGAGaJAAA6IQIAkqEBAOY5DgAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACiiAYAZAsCALoLAgA4Cw0AjgsNAOQLDQCgbA4A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYACgsDAHATAwDGEwMAQuEKAOoODQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA5jkOABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAADQcAQAAAAAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAKgYOAIAGDgDWBg4A0kICAFSSCQC+/A4AwmUCAICWAADSKwwAKCwMANJCAgA6TAIAcO4FAMbuBQAc7wUAZokAADohAgCSoQEA5jkOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAIJEAAIYYAABaiQMACgsDAJJJAABkswAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwBOJwAAjsoBAOTKAQA6ywEAZLMAAGaLAQC8uAIAjs4DANJCAgA6TAIAkEwCACCGEAByDgAA6B4AAIrYCQDg2AkANtkJAIzZCQDi2QkAONoJAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBOLQMAyA4AAKJjCQD4YwkATmQJAKRkCQBkCwIABG4LAMDUDwAW1Q8AbNUPAOwRDgBCEg4A2DgRAC45EQCEOREA2jkRADA6EQCGOhEA3DoRADI7EQCIOxEA3jsRAN72AwA09wMAivcDAOD3AwA2+AMAjPgDAOL4AwA4+QMAgAQNAEo/DQByDgAAOiECAIzTBgDi0wYAONQGAI7UBgDk1AYABJsMAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZokAAE4nAABsZQIA2voGAJ7SAQByDgAAYjEAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgAqBg4AgAYOANYGDgBkCwIANBwBAJzZBQBaiQMAZAsCAAhyDABecgwAtHIMAApzDAA6IQIAUPIPAOoODQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEANtEFAIzRBQCmawwA/GsMAFJsDACobAwA/mwMAFRtDACqbQwAAG4MAFZuDACsbgwABG4LAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAJtcMAHJNCgDctQ4A5mINAOY1DABWAAAAvIkAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgAqBg4AgAYOANYGDgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA6IQIA1jEOABJCBwCSSQAAcg4AABSPAgD0hAUACB4NAG4BEABkCwIAugsCANJCAgBUkgkANBwBAGQLAgB8wQEARPkAAAoLAwAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAgAQNANYEDQAsBQ0AggUNAAzECQDSKwwAKCwMAGQLAgCawQ8ACO0JAJJJAABkCwIAmsEPAE4nAABkCwIA6g4NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AOiECAIzTBgDi0wYAONQGAI7UBgDk1AYABJsMAGQLAgCgbA4A3LUOAOZiDQCgbA4AZokAAGLCCABsZQIAZAsCAKBsDgDmvA8AWokDAGQLAgCawQ8ATicAAGQLAgCgbA4ARm4QAD5KAACUSgAA6koAACqWAADeKQgAZAsCADohAgCM0wYA4tMGADjUBgCO1AYA5NQGAJKhAQBmiQAA3MYBABSPAgDuWAYAZLMAAHIOAADoHgAAZokAAI52AgBkswAAfHkIAGo5AgBCQRAAmEEQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIA+kcQAFBIEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgAqBg4AgAYOANYGDgAAAAAAVgAAAHYiCQD2xA8Acg4AAOgeAABmiQAAjnYCAGSzAAB8eQgAVgAAAAYyAgBqOQIAQkEQAJhBEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAPpHEABQSBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAKgYOAIAGDgDWBg4AkqEBAKhcBAAkwgIAzJMBACKUAQB8FwIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADACyrCgDoHgAAPh8AANTrAAB87gIACgsDAJJJAAD0hAUACB4NADR0AgByDgAAVgAAAKxqCgDSQgIAkkkAAAoLAwCSSQAA9IQFAAgeDQA0dAIAcg4AAFYAAACsagoA0kICAJJJAAAKCwMATjsKAICWAADU6wAAfO4CAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBAAKmgoA+hILAFATCwCmEwsA/BMLAFIUCwCoFAsA/hQLAFQVCwCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwCyGQsA7BEOAEISDgCYEg4A7hIOAEQTDgCaEw4A8BMOAEYUDgCcFA4A8hQOAEgVDgCeFQ4A9BUOAEoWDgCgFg4A9hYOANg4EQAuOREAhDkRAIYYAAAgEgEAGNYPAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUA8GMLAEZkCwCcZAsAFO8HAOgeAAA+HwAAlB8AAOofAACmMAQA/DAEAFIxBACoMQQA/jEEAFQyBACu4AQABOEEAFrhBABWLwIArC8CAPSEBQAIHg0ANHQCAHIOAABWAAAArGoKANJCAgCSSQAAajkCAPpHEABQSBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAKgYOAIAGDgDWBg4ALAcOAIIHDgDYBw4ALggOAIQIDgDaCA4AMAkOAIYJDgDcCQ4AMgoOAARuCwDA1A8AFtUPAGzVDwB+7wIAhMcCAOSSEAA6kxAAkJMQAOaTEAA8lBAAkpQQAOiUEAA+lRAA0pwEACidBAB+nQQA1J0EACqeBACAngQA1p4EACyfBACCnwQA2J8EAC6gBACEoAQA2qAEADChBACGoQQA3KEEADKiBACIogQA3qIEADSjBACKowQA4KMEADakBACMpAQA4qQEADilBADSUgoAhMcCAOSSEAA6kxAAkJMQAOaTEAA8lBAAkpQQAOiUEAA+lRAAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAJJJAADuWAYARFkGAJpZBgDwWQYARloGAJxaBgDyWgYASFsGAJ5bBgD0WwYAcBMDACqWAABa2QAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgAqBg4AgAYOANYGDgCE1QkA3BgAAHooCwDQKAsAZokAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAELhCgDqDg0AVPANAKhcBAAkwgIAxiEKAAhyDABecgwAeigLANAoCwByDgAAZAsCALoLAgA4Cw0AjgsNAOQLDQA6DA0A5jUMADw2DACSNgwAWokDALCJAwAGigMA0kICAGQLAgA20QUAurMAAMqQAAByDgAAFI8CAGYeCwBkCwIACHIMAF5yDAB6KAsA0CgLAOoODQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZLMAAGSzAACotgYA/rYGAFS3BgCqtwYAOv4FAGQLAgBa2QAAPt0JAMyTAQA6ogIA5jkOAARuCwByDgAAFI8CAGqPAgA6IQIAkqEBAKhcBADo+wMAQiUCAMyTAQAilAEAfBcCAGQLAgDqDg0AgKIGADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAQNIDAGrvBwDA7wcAFvAHAGzwBwDC8AcAGPEHAG7xBwDE8QcAoGwOAGSzAABWAAAAAAAAAMyTAQBWAAAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAoGwOAEZuEAA+SgAAgAQNAEo/DQByDgAAFI8CAKBsDgDuWAYARFkGAJpZBgDwWQYARloGAJxaBgB8UgoAGKEKAG6hCgASDQIAzJMBANJCAgA6TAIAmsEPAGhCBwC+QgcAFEMHAGQLAgCgbA4AZLMAAFYAAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwBa2QAAzJMBAGhABgDoSQAAZAsCAIAEDQBKPw0Acg4AABSPAgBkCwIAkkkAAGSzAABWAAAAZAsCAOYKDACQSgEA5koBACTCAgDMkwEA3ikIAHavDwCAlgAACgsDAKoyBAAwBw0AhgcNANwHDQB+7wIAKvQEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHIOAACoBgQA/gYEALwYCAASGQgAaBkIAL4ZCAAUGggAahoIAMAaCAAWGwgA8G0QABYRAwBkswAAVgAAAGQLAgDmCgwAkEoBAOZKAQAkwgIAzJMBAN4pCAB2rw8AgJYAAAoLAwCqMgQAMAcNAIYHDQDcBw0Afu8CACr0BAC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAADeKQgANCoIAG4BEACSSQAA7lgGACTCAgDGIQoAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AmsEPANJCAgBkCwIAdv8MAO7nDQBE6A0AmugNAPDoDQBG6Q0AnOkNAPLpDQBI6g0AnuoNAPTqDQBK6w0AoOsNAN4pCAByDgAAZAsCABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAB6xAMA0MQDACbFAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA5jkOAJrBDwDSQgIAZAsCAHb/DADu5w0AROgNAJroDQDw6A0ARukNAJzpDQDy6Q0ASOoNAJ7qDQD06g0ASusNAKDrDQBkCwIAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AmsEPANJCAgBkCwIAdv8MAO7nDQBE6A0AmugNAPDoDQBG6Q0AnOkNAPLpDQBI6g0AnuoNAPTqDQBK6w0AoOsNAPBtEABMLgQAcksJAMhLCQAeTAkACHIMAF5yDAC0cgwACnMMAGBzDAC2cwwADHQMAGJ0DAAAAAAAZokAAGLCCAC4wggAqFwEAAoLAwDSQgIAdK4PACKUAQB8FwIA2tcKAICWAADU6wAAfO4CACqWAAA0HAEAZLMAAITHAgC8iQAAfHkIANJ5CAByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAntIBAHIOAAAKCwMATi0DAEjkCgCe5AoA9OQKAErlCgCg5QoA9uUKADLfDQAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQA8GMLAEZkCwDITQoAHk4KAHROCgDwWQYARloGAJxaBgB8UgoAoGwOANy1DgDeKQgAdq8PAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMARm4QAD5KAAB0lgMAypYDACCXAwB2lwMAzJcDACKYAwB4mAMAzpgDAOoODQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA5jkOADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMA6g4NAJxSAgCAXA4ARm4QAMyTAQDo+wMAPvwDADQcAQCKHAEANBwBAJIuCACGGAAAAD8KAFY/CgCsPwoARucMAJznDAA0HAEAnNkFAI52AgBsZQIAwmUCAN4pCABkCwIAdv8MAHavDwBmiQAA1gQNACwFDQCCBQ0A2AUNAC4GDQCEBg0A2gYNAP7EDQDmvA8A3ikIAGQLAgDmNQwAwnkMABh6DACQDA0AzP8MAOj7AwA+dQAAOiECAJKhAQDmOQ4A3ikIAGQLAgDKkAAAIJEAAJJJAADuWAYAOqICAGQLAgCgbA4A7lgGAERZBgCaWQYA3ikIAGQLAgAMxAkAYsQJAJJJAAD0hAUAkqEBAKhcBAD+XAQAPCgFAGSzAABqOQIA+kcQAFBIEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgAqBg4AgAYOANYGDgAiXBAA6B4AAD4fAACUHwAA6h8AAEAgAADeKQgAdq8PAGaJAACE/AcACgsDAKY6CQBa2QAAhhgAAAoLAwA+3QkASj8NAHIOAAAUjwIAkqEBAOihAQDqNQsAQDYLAJY2CwDsNgsAdiIJAMwiCQDU6wAAfO4CAO7lDABoQgcAvkIHABRDBwBkCwIAypAAACCRAADyVAMA9P0BAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJABTvBwBygg8AyIIPAJxSAgDKkAAAcg4AAGQLAgA+3QkAJtcMAKriBgBsZQIAwmUCAN4pCACmOgkAaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCACojwgA/o8IAFSQCACqkAgAAJEIAFaRCACskQgAApIIAFiSCACukggABJMIAFqTCACwkwgABpQIAFyUCADSpAgAKKUIAH6lCADUpQgA3ikIAGQLAgCawQ8ACO0JAJJJAABkCwIAWtkAAPwsAgDMkwEAaEAGAO5YBgAilAEAfBcCAGQLAgC6CwIAOAsNANJCAgBkCwIAmsEPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCADMIgkAKEMCAJxSAgDuWAYAEkIHAITVCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGACRXDQB6Vw0A0FcNACZYDQB8WA0A0lgNAChZDQB2FgMAYN4BAJJJAABmiQAAnFICAGYeCwCawQ8AaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCABkCwIAoGwOAO5YBgBEWQYAmlkGAN4pCABkCwIAmsEPAAjtCQCSSQAAqC0CAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADQcAQCKHAEAaMsLAB6iCQBgyw0AWokDAGQLAgA20QUAjNEFAKZrDAAgkQAAkkkAAGYeCwAWEQMA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAFrZAAD8LAIAzJMBAGhABgDuWAYAIpQBAHwXAgBkCwIAugsCADgLDQDSQgIAZAsCACTCAgB6wgIA0MICACbDAgA+3QkASj8NAHIOAAAUjwIAao8CACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBavAcAAAAAAJKhAQAKCwMAcBMDAMYTAwBC4QoAgAQNAEo/DQByDgAAFI8CAHIOAABkCwIA6g4NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4A5jUMADw2DACSNgwAVkMMAKxDDAACRAwA5goMAKxqCgACawoAYAsDALYLAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEAzkYFANJCAgA6TAIAcO4FAJxSAgBmHgsAFO8HAOgeAAByDgAAKsMBAIKZAQASQgcAkqEBAJKhAQBkCwIAgAQNAEo/DQByDgAAFI8CAET5AABGEg0A9tkEAKBsDgD0hAUASoUFACqWAADeKQgAZAsCALoLAgA4Cw0A0kICAGQLAgAAAAAAypAAACqWAACAlgAAWokDAGQLAgC6CwIAEAwCAGYMAgC8DAIAhhgAANwYAAB6KAsA0CgLAHIOAABOJwAAjsoBAOTKAQA6ywEAdq8PAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCMDA4A4gwOAKZrDAD8awwAUmwMAKhsDAD+bAwAVG0MAKptDAAAbgwADMQJAGLECQBw7gUAxu4FABzvBQBkCwIA6g4NAOa8DwBaiQMAZAsCADbRBQCM0QUA4tEFALJMDwAITQ8AvIkAAC6qCQBkCwIA5goMAKxqCgDMkwEAIpQBAJxSAgByDgAACgsDAHATAwDGEwMAQuEKAJjhCgDoHgAAPh8AAJQfAADqHwAAQCAAAKKIBgBkCwIA6g4NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDmOQ4AugsCADgLDQDSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAKKIBgD4iAYAPh8AANTrAAB87gIA6B4AAD4fAADU6wAAfO4CAOwRDgBCEg4AmBIOAO4SDgBEEw4AmhMOAPATDgBGFA4AnBQOAPIUDgBWLwIA0kICADpMAgCQTAIAIIYQAHIOAADoHgAAPGMNAEJQAgDs3AgAQt0IAGQLAgAU7wcA6B4AAD4fAACUHwAA6h8AAGSzAABsZQIAPt0JAEo/DQAI7QkAcg4AAOgeAAAKngwAFqQMANJCAgB0rg8AJMICAMYhCgAcIgoAajkCAEJBEACAlgAA1OsAAHzuAgBqOQIAhhgAACqWAACSSQAAWtkAABJCBwDSQgIAbGUCAMJlAgCAlgAA1OsAAHzuAgDsEQ4AQhIOALyLAQASjAEAlOkPAAAAAAAAAAAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAKBsDgBGbhAAPkoAAARuCwBabgsA3ikIAFYAAACsagoAzJMBACKUAQAibQMAZAsCAMqQAADSQgIAkqEBAAoLAwBoCQAAPt0JAJTdCQDq3QkANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAKBsDgBGbhAAPkoAADqkAwDu5w0A/DoJAFI7CQCoOwkA/jsJAC5/CQB2/wwANCoIACqWAAA0HAEAihwBADqkAwDu5w0A/DoJAFI7CQCoOwkA/jsJAC5/CQB2/wwANCoIACqWAAA0HAEAihwBAOAcAQBkCwIADMQJANIrDAAoLAwAVBsOAKobDgAAHA4AVhwOACqWAACAlgAANBwBAGi3AQDo+wMAKsMBAIKZAQASQgcAhNUJAGQLAgB2/wwAdq8PAIYYAADyVAMAKpYAAN4pCABkCwIAWtkAAD7dCQDMkwEAOqICAOY5DgCgbA4A9IQFAFqJAwDMkwEAIpQBAHwXAgBkCwIAoGwOANy1DgDmYg0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAKBsDgBGbhAAPkoAADqkAwDu5w0A/DoJAFI7CQCoOwkA/jsJAC5/CQB2/wwANCoIACqWAAA0HAEAihwBAHb/DAAyuhAAiLoQAN66EAA0uxAAirsQAOC7EAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAlAYJABJCBwBavAcAbGUCAMJlAgCAlgAAOkwCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCqMgQAMAcNAIYHDQDcBw0AHn8NAD7dCQDMkwEAOqICAOY5DgC6CwIApCcAAJJJAABkswAAfHkIAMyTAQAilAEAfBcCAGQLAgAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAA6g4NAG4BEADMkwEAZAsCACTCAgDGIQoAHCIKAASbDACCmQEAEkIHAITVCQAKCwMAzJMBADqiAgDmOQ4AhhgAANwYAADeRgEATicAADgLDQCOCw0A5AsNADoMDQCAxQIAgJYAANTrAAB87gIAfMEBAHD2CQDG9gkAHPcJAHL3CQDI9wkAHvgJAAAAAABI/wIAnv8CAAhyDABecgwAMhkAAGK+BgC4vgYA4DALADYxCwCMMQsAugsCAHJLCQDISwkAHkwJAJrBDwDSQgIAZAsCAHb/DADM/wwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIABG4LAFpuCwCwbgsABm8LAFxvCwAAAAAAJMICAHrCAgCOdgIAAAAAANJCAgDSKwwAKCwMAAAAAADeKQgApjoJAPw6CQBSOwkAqDsJAP47CQACaQkAWGkJAK5pCQAEagkAWrwHAGxlAgDCZQIAkkkAAIYYAADcGAAA3kYBAE4nAAA4Cw0AjgsNAOQLDQA6DA0AgMUCAICWAADU6wAAfO4CAGo5AgAiXBAAyA4AAKJjCQBgcwwAcksJAGrSDgDGZwIAZAsCAOoODQCAogYAJMICAHrCAgDQwgIAqFwEAN4pCABkCwIAdv8MAO7nDQD8OgkAUjsJAKg7CQD+OwkALn8JAARuCwBabgsAJMICAMyTAQDSQgIAVJIJAITVCQA0HAEAki4IAIYYAABa2QAAEkIHANJCAgBsZQIAztUMACKUAQB8FwIAZAsCADbRBQCM0QUA4tEFALJMDwAITQ8AXk0PALRNDwAKTg8AYE4PAGQLAgAMxAkA0isMACgsDAB+LAwA1CwMACotDACALQwAYCEOALYhDgD0hAUACB4NAJxSAgBmHgsAfBcCAGQLAgDmNQwAwnkMABh6DAAEbgsAzJMBAGhABgDoSQAAPkoAAHSWAwBkCwIACHIMAF5yDAC0cgwACnMMAAzECQDSKwwAKCwMAFQbDgCqGw4AABwOAFYcDgCsHA4AmsEPANJCAgBkCwIANBwBAGi3AQDo+wMAYjEAAGaLAQC8uAIATicAAHJLCQB8FwIAypAAANJCAgA6TAIA0kICADpMAgBw7gUAnFICAGYeCwB2/wwA7ucNAPw6CQBSOwkAqDsJAP47CQAufwkA5goMAJBKAQDmSgEAJMICAMyTAQDeKQgAdq8PABJCBwASQgcAkkkAAJKhAQDmOQ4Acg4AACrDAQBkCwIAdv8MAO7nDQD8OgkAUjsJAKg7CQD+OwkALn8JAAhyDABecgwAtHIMAApzDABgcwwAtnMMAAx0DABidAwAdv8MAO7nDQD8OgkAUjsJAKg7CQD+OwkALn8JAARuCwBabgsA3ikIAFYAAACsagoAzJMBACKUAQCq4gYAAOMGAFbjBgCs4wYAAuQGAFjkBgCu5AYABOUGAFrlBgCw5QYAzJMBAGaJAABiwggAZAsCAKBsDgBkswAAVgAAAAoLAwBkCwIAMDYPAKJxEAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUARPkAAAAAAAD22QQA2rYPADgLDQDSQgIAkkkAAO5YBgAkwgIAxiEKAKQ1BwBaiQMAZAsCAAzECQBixAkAuMQJAA7FCQBkxQkAusUJAGQLAgDmNQwAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAKoyBACq4gYAAOMGAFbjBgCs4wYAAuQGAFjkBgCu5AYABOUGAFrlBgCw5QYAcBMDAMYTAwDMnwcAMDYPACqWAACqVwEANjUNAOj7AwAUjwIA7lgGACKUAQB8FwIAZAsCAHb/DADu5w0ANBwBAJzZBQDMkwEAlAYJAOoGCQBABwkAlgcJAOwHCQBCCAkAmAgJAO4ICQBECQkAmgkJAPAJCQBGCgkAnAoJAPIKCQBICwkAngsJAPQLCQDSQgIAOkwCAJBMAgAghhAAcg4AAOgeAAB8wQEAkkkAAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAypAAACCRAADyVAMA9P0BAAoLAwAAAAAAOiECAJKhAQDmOQ4AoGwOANy1DgDmYg0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAKBsDgBkswAAVgAAAAoLAwAAAAAAkqEBAHIOAAAKCwMAAAAAABTvBwAqwwEAgMMBAAoLAwAAAAAAhhgAAIYYAAAqlgAAquIGAJJJAADuWAYAEkIHAITVCQBkCwIADMQJAGLECQC4xAkADsUJAGTFCQC6xQkAzqQJAJJJAADuWAYARFkGAJpZBgDeKQgApjoJAAjtCQAAAAAAkkkAAJJJAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAz9EACsagoAAmsKAFhrCgBE+QAA7FUFAEo/DQByDgAAFI8CAMhVDgAMxAkAYsQJAHDuBQDG7gUAHO8FAGQLAgB2/wwANCoIAGQnEAC6JxAAOiECAGaJAADcxgEA6B4AABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADqDg0AnFICAMqQAACSoQEA3ikIAGQLAgAIcgwAXnIMALRyDAAKcwwANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLANJCAgA6TAIAkEwCACCGEAByDgAA6B4AAHavDwCAlgAA1OsAAHzuAgAqlgAAgJYAANTrAACaNgoA8DYKADIZAAAAAAAAAAAAAAAAAABI/wIAnv8CAFQFAwCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYAAAAAAAAAAABI/wIAnv8CAFQFAwCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYAWtkAAMyTAQAilAEAKpYAAICWAADU6wAAfO4CAAAAAAAAAAAAAAAAAAAAAAAAAAAAhhgAACqWAACSSQAAajkCAPpHEABQSBAAvLgCAI7OAwDkzgMAOs8DAJDPAwCYFhAA7hYQAEQXEACaFxAA8BcQAEYYEACcGBAA8hgQAIwMDgDiDA4AOA0OAI4NDgDkDQ4AOg4OAJAODgDmDg4APA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgASQgcAcg4AAGQLAgAEbgsAwNQPABbVDwBs1Q8AAAAAAAAAAAAAAAAAZh4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAAAAAAAAAAAAAAAAqlcBADY1DQASQgcAhNUJAGQLAgAMxAkAYsQJALjECQAOxQkAZMUJAAAAAAAqlgAAgJYAADohAgDMkwEAIpQBAMZnAgAyuhAAIJEAAHwXAgByDgAAPnUAAJDJAABOJwAAOiECAGaJAACQyQAAZAsCAOoODQA6IQIAfBcCANrXCgCkNQcA5jkOAD7dCQCGGAAAKpYAAKpXAQA2NQ0AAAAAAIYYAABkCwIADMQJAGLECQA+3QkAypAAAHIOAAA+dQAAhPwHAHIOAAAqwwEAgpkBABJCBwCE1QkAKpYAAAzECQB0rg8AYnYNAHJLCQDKkAAAkkkAAGaJAACcUgIAAAAAABJCBwBkCwIADMQJAGLECQBiiwIAuIsCAHIOAAA+dQAAhPwHAIYYAADcGAAACgsDAE47CgCkOwoA+jsKAFA8CgCmPAoA/DwKAFI9CgCoPQoA/j0KAFQ+CgCqPgoAKpYAAKriBgAA4wYAVuMGAKzjBgAC5AYAWOQGAK7kBgAE5QYAWuUGALDlBgC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BABkCwIAoGwOAO5YBgBEWQYAmlkGAN4pCABkCwIAmsEPAAjtCQDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUA5tMFADzUBQCS1AUA6NQFAD7VBQAiXBAAyA4AAKJjCQD4YwkATmQJAKRkCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGACRXDQB6Vw0A0FcNACZYDQB8WA0A0lgNAChZDQA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAHATAwDGEwMAQuEKAJjhCgDu4QoAROIKAJriCgDw4goAugsCAHJLCQDISwkAHkwJAJrBDwDSQgIAZAsCAHb/DADM/wwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAQlACAGLCCADmOQ4AgJYAANTrAAB87gIAEkIHABJCBwCSoQEAZAsCAKBsDgDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkAkkkAAGQLAgBa2QAAPt0JAMyTAQA6ogIA5jkOAFrZAAD8LAIAzJMBAGhABgDuWAYAIpQBAHwXAgBkCwIAugsCADgLDQDSQgIAZAsCAOoODQDmvA8APL0PAJrBDwBoQgcAvkIHABRDBwBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMA5jUMAMJ5DAAYegwACHIMAF5yDAC0cgwACnMMAFz0DQCy9A0ACPUNAF71DQC09Q0ACvYNAGD2DQC29g0AqC0CAP4tAgAMxAkAYsQJAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCAKBsDgDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkAkkkAAGQLAgDqDg0ATicAAJJJAABmHgsAhtwMAOY5DgCAlgAA1OsAAHzuAgBK7w8A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAoI8KAPaPCgBMkAoAopAKAPiQCgBOkQoApJEKAPqRCgBQkgoAppIKAPySCgBE+QAAWtkAAPwsAgDMkwEAaEAGANQYAgDSQgIAOkwCAHDuBQCcUgIAZh4LALzQDgAAAAAAypAAAMyTAQDSQgIAOkwCAJ7SAQDeKQgAOiECAGSzAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAmsEPADohAgCSSQAAZokAAMyTAQAilAEAZAsCAJ7SAQDeKQgAOiECAGSzAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMABG4LAGimDgAAWAEAVlgBAABFDQBWRQ0ArEUNAAJGDQBYRg0AWtkAAD7dCQAm1wwAhhgAAGQLAgCgbA4A9IQFAFqJAwDMkwEAIpQBAHwXAgBkCwIAoGwOANy1DgDmYg0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAcg4AAGQLAgA20QUAjNEFAKZrDAD8awwAUmwMAKhsDAD+bAwAVG0MAKptDAAAbgwAVm4MAKxuDADqDg0AvNAOAAAAAADKkAAAzJMBANJCAgA6TAIAOv4FAGQLAgC6CwIA0kICAFSSCQA0HAEAZAsCAKBsDgBGbhAAPkoAAMqQAAAgkQAAKsUCAIDFAgCAlgAAkqEBAFqJAwDMkwEAIpQBAHwXAgBkCwIAdv8MADQqCABkJxAAuicQADohAgBmiQAA3MYBAOgeAABc9A0AvNAOAAAAAADKkAAAzJMBANJCAgA6TAIA6g4NAICiBgAMxAkAYsQJAHIOAADIDgAACO0JANJCAgBkswAAKpYAALoLAgDSQgIAVJIJADQcAQBkCwIA5jUMAGhABgByDgAAZAsCAOYKDACQSgEAdK4PAEhXBACc2QUAjnYCAFqJAwBkCwIAugsCABAMAgC8iQAALqoJAHhAAgDSQgIAWokDAGQLAgCawQ8A0kICAGQLAgAU7wcAyA4AAAjtCQDSQgIAZLMAAIYYAAAqlgAAqlcBAAoLAwAWEQMA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAOoODQC80A4AAAAAAMqQAADMkwEA0kICAHSuDwAilAEAfBcCAGQLAgDqDg0AgKIGADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADACqWAACSSQAAZokAAIT8BwDeKQgA0kICAHSuDwAilAEATicAADgLDQBkCwIABG4LAFpuCwCwbgsA3kYBAE4nAAA4Cw0AjgsNAOQLDQA6DA0AZokAAMyTAQBWLwIAZokAAEwXDgAIGgsAXhoLACKUAQAyGQAAYr4GALi+BgDgMAsANjELAIwxCwDiMQsAODILAI4yCwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAA0HAEAaLcBAOj7AwA6IQIAUPIPAD7dCQBmiQAAJMICAMyTAQAilAEA9mwOALweCwASHwsAaB8LAL4fCwAUIAsAaiALAMAgCwAWIQsAbCELAMIhCwAYIgsAbiILAMQiCwDM/wwAdKIJAMqiCQAgowkAypAAAN4pCAAMxAkAYsQJAHDuBQCE/AcAZAsCAMqQAADeKQgAAAAAABJCBwBkCwIAoGwOAO5YBgBEWQYAmlkGAPBZBgBGWgYAPt0JAFYAAABWLwIAhhgAACqWAACSSQAAWtkAABJCBwDSQgIAbGUCAFYvAgB8FwIA2tcKADDYCgCG2AoA3NgKADLZCgCI2QoAOkwCAHIOAAAqwwEA6B4AAHIOAAAKCwMAfBcCANrXCgAw2AoAhtgKANzYCgAy2QoAiNkKAN7ZCgA02goAitoKAODaCgA22woAugsCADgLDQDSQgIAmsEPANJCAgBkCwIAFO8HAOgeAAA+HwAAlB8AAMyTAQBkswAAKpYAAAhyDABecgwAtHIMAApzDABsZQIAxMwKANwYAABa2QAAPt0JAEo/DQByDgAAFI8CAGYeCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEADr8GAGS/BgC6vwYAEMAGAGbABgC8wAYA6g4NAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAGQLAgC6CwIAOAsNAI4LDQDkCw0AaEIHAL5CBwAUQwcAZAsCAKBsDgBkswAAVgAAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMAZokAAMyTAQAqlgAAgJYAANTrAAB87gIAfMEBAHD2CQDG9gkAHPcJAHL3CQDI9wkAHvgJACqWAAA0HAEAVgAAAKxqCgDSQgIAKEMCAI52AgBaiQMAZAsCALoLAgAQDAIAZgwCAEbnDACc5wwA5jUMADw2DACSNgwACHIMAEJQAgCYUAIA7lACAAzECQBixAkAcg4AAMgOAACSoQEAypAAAJJJAADuWAYAEkIHAN4pCAB2rw8AhhgAAEJQAgCYUAIA7lACAAhyDABecgwA0kICAGQLAgAU7wcA6B4AAD4fAACUHwAAhhgAAEJQAgCYUAIA7lACAOYKDACQSgEA5koBACTCAgDMkwEA3ikIAHavDwBkswAAfHkIAGQLAgCABA0ASj8NAHIOAAAUjwIAZAsCAOY1DADCeQwAGHoMAGxlAgDEzAoA3BgAAFrZAAASQgcAvvwOAMqQAABWAAAAZAsCALoLAgAQDAIAZgwCAEbnDACc5wwAvAwCAPJUAwASQgcAajkCAPpHEAB8eQgAZokAAOa8DwCGGAAAKpYAAKQ1BwByDgAAajkCAL5UEAAUVRAA0kICADpMAgByDgAAyA4AAJKhAQAkwgIAxiEKAN4pCAA0KggAhPwHAN4pCADSQgIAOkwCAHIOAAAqwwEA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAcBMDAEJQAgCYUAIA7lACANoCCwAwAwsAhgMLANwDCwAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAGQLAgBGEg0AyA4AAKJjCQD4YwkATmQJAKRkCQAMGgoAdlELAMxRCwAiUgsAhtwMANTrAAB87gIABG4LAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAZAsCAOoODQCAogYACHIMACqWAABa2QAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAAoLAwB8wQEAcPYJAMb2CQAc9wkAcvcJAMj3CQAe+AkAdPgJAMr4CQDY/wkAAAAAAAAAAAAAAAAA5gYKADwHCgCSBwoA6AcKAD4ICgCUCAoA6ggKAEAJCgAAAAAAAAAAAJYJCgDsCQoAQgoKAOxTBABYDwcArg8HALoLAgA4Cw0AjgsNAOQLDQAKCwMAqjIEAAAzBADALBEAFi0RAGwtEQDCLREAZokAADohAgCSoQEA5jkOALoLAgBySwkAyEsJAB5MCQAIcgwAXnIMALRyDAAKcwwAYHMMALZzDAAMdAwAYnQMACqWAACGGAAA3BgAACqWAACGGAAAhhgAANwYAAAqlgAAhhgAAJJJAAAKCwMAcBMDAMYTAwBC4QoAmOEKAO7hCgBE4goAmuIKAPDiCgC6CwIAcksJAMhLCQAeTAkAmsEPANJCAgBkCwIAdv8MAMz/DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCADA2DwAKCwMAAAAAAGQLAgA6IQIAkCECAE4nAABOJwAApCcAAICWAAB0rg8AIpQBAHwXAgBkCwIAoGwOAO5YBgBEWQYAmlkGAN4pCABkCwIAmsEPAAjtCQCSSQAAZAsCAOoODQBOJwAAkkkAAGYeCwCG3AwAWrwHAITHAgDaxwIACgsDAOoODQBU8A0AuMIIAA7DCAA6IQIAjNMGAOLTBgA41AYAjtQGAOTUBgCSAQcANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADACyrCgCCqwoA6g4NAEAPDQCWDw0A7A8NAO7nDQBa2QAATNoEAOoODQBADw0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAZAsCAN62DgAAAAAAZAsCAArREABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA9tkEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAFDyDwCawQ8ATicAAGQLAgCgbA4A4EkCADZKAgCMSgIAiLgPAGimDgASDQIAaA0CAL4NAgAUDgIAcg4AAGQLAgDmCgwAPAsMAI52AgAoQwIA1s0GAJIuCACSSQAAZh4LAIbcDABkCwIAAAAAAGQLAgCgbA4A3LUOAOZiDQA6IQIAUPIPAAzECQBixAkAcg4AAMgOAAAI7QkA0kICAGSzAAAqlgAAqC0CAP4tAgCAnAMA1jEOABJCBwCSoQEAZAsCAHwXAgDMkwEAJMICAMYhCgDmOQ4APDoOAOa8DwA8vQ8AfBcCAMyTAQAkwgIAxiEKAFq4BQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIAxiEKADQcAQAQaAUAZmgFALxoBQASaQUA9tkEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAFDyDwCawQ8ATicAAGQLAgCgbA4A4EkCADZKAgCMSgIANBwBABBoBQBmaAUAvGgFABJpBQBoaQUAqC0CAP4tAgCAnAMA1jEOABJCBwCSoQEAZAsCAHwXAgDMkwEAJMICAMYhCgBauAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAMYhCgA0HAEAEGgFAGZoBQC8aAUAEmkFAGhpBQCoLQIA/i0CAICcAwDWMQ4AEkIHAJKhAQBkCwIAfBcCAMyTAQAkwgIAxiEKAOY5DgA8Og4A5rwPADy9DwB8FwIAzJMBACTCAgDGIQoAWrgFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgDGIQoA3ikIADK6EACSoQEA5jkOAIYYAADcGAAA3kYBAE4nAAA4Cw0AjgsNAOQLDQA6DA0AgMUCAICWAADU6wAAfO4CAHATAwDGEwMAQuEKADQcAQCKHAEAaMsLAL7LCwAUzAsAaswLAAhyDABCUAIAmFACAO5QAgDeKQgANBwBAIocAQBoywsAvssLABTMCwBqzAsACHIMAEJQAgCYUAIA7lACAN4pCAA0HAEAihwBAGjLCwC+ywsAFMwLAGrMCwDmCgwAPAsMAJILDADoCwwAPgwMAJQMDADqDAwAkqEBAOihAQBetgMAtLYDAGQLAgDKkAAA0kICAJKhAQAMxAkAYsQJAHIOAADIDgAAkqEBACTCAgDGIQoA5jUMAEhXBACeVwQA9FcEAEpYBACgWAQAZAsCAARuCwBabgsAkkkAAPSEBQBaiQMAZAsCALoLAgA4Cw0A0kICAGQLAgDmCgwAPAsMAJILDADoCwwAPgwMAJQMDADqDAwAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAugsCADgLDQCOCw0A5AsNADoMDQDmNQwAaEAGAL5ABgDmNQwAPDYMAJI2DADoNgwAgKIGAOYKDAA8CwwAkgsMAOgLDAA+DAwAlAwMAOoMDABqOQIAntIBAHIOAADIDgAANBwBAJzZBQCcUgIAZLMAAHx5CADMkwEAIpQBAHwXAgBkCwIA5goMADwLDACSCwwA6AsMAD4MDACUDAwA6gwMALoLAgA4Cw0A0kICAGQLAgAgEgEAuqINAAz9EABi/RAACHIMAF5yDAC0cgwACnMMAOYKDACQSgEAOkwCAJBMAgBySwkAyCwPACqWAADeKQgAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIAAAAAAGQLAgCawQ8A0kICAGQLAgCSEQ8AAAAAAGQLAgCawQ8A0kICAGQLAgCSEQ8A6BEPAFz0DQCAogYAdv8MAHavDwDMrw8AdiIJAPbEDwBMxQ8Adq8PAIYYAABkswAAVgAAAKwAAACaDwwA8A8MAEYQDACcEAwA8hAMADQcAQCc2QUA5rwPAPoAAgBmiQAAYsIIALjCCAC8iQAAbGUCANr6BgBMFw4A2tcKAIAEDQDWBA0ALAUNAIIFDQAIcgwAXnIMALRyDAAKcwwAOiECAFDyDwAqlgAAhhgAAGQLAgC6CwIAOAsNAI4LDQDkCw0AOgwNAOY1DAA8NgwAJN4QAHreEADQ3hAAJt8QAHzfEADmOQ4A3ikIAGo5AgBkCwIAoGwOAPSEBQBaiQMAZAsCAKBsDgDctQ4A5mINAOY1DAA8NgwAJN4QAHreEADQ3hAAJt8QAHzfEADmNQwAaEAGAAoLAwBwEwMADP0QAGL9EAC4/RAA5jUMADw2DAAk3hAAet4QANDeEAAm3xAAfN8QAOYKDACSoQEA5jkOADw6DgDcxgEA6B4AAAzECQDSKwwAKCwMAGQLAgBoCQAAhhgAAAz9EABi/RAAuP0QAOY1DAA8NgwAJN4QAHreEADQ3hAAJt8QAHzfEADKkAAAIJEAAJJJAADuWAYARFkGAJpZBgAqlgAAgJYAANTrAAB87gIAkqEBAOihAQBetgMAtLYDAGQLAgAU7wcAnD0NAGSzAAB8eQgAZAsCALoLAgBySwkAyEsJAB5MCQAwNg8AhjYPAHwXAgDa1woANBwBAGQLAgDMkwEAIpQBAGQLAgDqDg0A5rwPAFqJAwBkCwIAmsEPAE4nAABkCwIAoGwOAEZuEAA+SgAAlEoAAMgOAAAI7QkA0kICAGSzAAAqlgAAkqEBAOihAQDagwsAMIQLAIaECwAwyAIAWokDAGQLAgDmNQwAPDYMACTeEAB63hAA0N4QACbfEAB83xAA5jkOAN4pCABkCwIAfBcCANrXCgA0HAEAoGwOAEZuEAA+SgAAfBcCANrXCgA0HAEAcg4AAGQLAgDqDg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAHb/DADSQgIAdK4PACTCAgDGIQoAHCIKAGQLAgC6CwIAOAsNAI4LDQDkCw0AOgwNALoLAgA4Cw0A0kICAGQLAgCe0gEA3ikIADohAgBkswAAfBcCANrXCgAw2AoAZAsCAHb/DADSQgIAdK4PACTCAgDGIQoAHCIKAGQLAgDmNQwAPDYMACTeEAB63hAA0N4QAOa8DwBkswAAKpYAALoLAgA4Cw0A0kICAGQLAgCe0gEA3ikIADohAgBkswAAqLYGAP62BgCSoQEAyFUOAJ7SAQDeKQgAOiECAGSzAAC0zA4A3BgAAN5GAQBOJwAAOAsNAI4LDQDkCw0AOgwNAIDFAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAWrwHALqzAACigAIA+IACAE6BAgDeKQgAdq8PAE4nAABOJwAAOAsNAI4LDQDkCw0AOgwNAIDFAgCAlgAA1OsAAHzuAgBADw0AkkkAAO5YBgBidg0AjsoBALyJAAAuqgkAypAAANJCAgCgbA4A3LUOAOZiDQC6CwIAcksJAGrSDgDGZwIARtUDAJzVAwDy1QMASNYDAJ7WAwD01gMAStcDAKDXAwA6IQIAUPIPAAzECQBixAkAcg4AAMgOAACSoQEAJMICAMYhCgDeKQgACgsDAIYYAADcGAAA3kYBAJQjAgDyZAsASGULAJ5lCwD0ZQsAugsCACCGEAAgkQAAVO4MAJJJAADuWAYAEkIHAITVCQCSSQAAZh4LAIYYAAByDgAAgpkBABJCBwCE1QkA6PsDAD78AwAMxAkAYsQJAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCAARuCwBopg4AaHcMAL53DAAUeAwAangMAMB4DAAWeQwAbHkMAHb/DADSQgIAdK4PACTCAgDGIQoAZAsCANQYAgAqGQIAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAKCwMAugsCADgLDQDSQgIAZAsCAOYKDADeKQgApjoJAGQLAgDmNQwAwnkMABh6DAAIcgwAXnIMALRyDAAKcwwAkqEBAOihAQBetgMAtLYDAHavDwAMxAkAYsQJAAAAAADKkAAAzJMBANJCAgA6TAIAOv4FAGQLAgA0HAEAihwBAGjLCwC+ywsAFMwLAGrMCwDmCgwAkEoBAOZKAQAkwgIAzJMBAN4pCAB2rw8Acg4AAGQLAgDmCgwAPAsMAJILDADoCwwAPgwMAJQMDADqDAwAfBcCANIXAgBkCwIAugsCAHJLCQDISwkAHkwJAHIOAABkCwIA5jUMADw2DACSNgwAcg4AAFYAAAB2IgkAquIGAE4nAACOygEA5MoBADrLAQAwNg8AVi8CACqWAACAlgAA1OsAAHzuAgBa2QAA/CwCAIg1DgDyVAMAIpQBAHwXAgAKCwMAhhgAANwYAADeRgEAdJQCACayDwAy3w0A3ikIAHavDwDMrw8AIrAPAHiwDwDOsA8AJLEPAHqxDwDQsQ8ACgsDAHIOAAAUjwIA9IQFAEqFBQBkswAAkkkAAAoLAwDSQgIAOkwCAGKLAgAA4wYAJMICAMYhCgAcIgoAKEMCADohAgCSoQEA5jkOAAqeDABgngwAtp4MAAyfDABinwwAZLMAAGaLAQDSQgIAOkwCAAqeDABgngwAtp4MAAyfDABinwwAuJ8MAA6gDABkoAwAuqAMABChDABmoQwAvKEMAALaAQBY2gEA6PkCAD76AgDmOQ4ACp4MAGCeDAC2ngwADJ8MAGKfDAC4nwwADqAMAGSgDAC6oAwAEKEMAGahDAC8oQwAVgAAAKwAAACOdgIABJsMAOgeAAAy3w0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgCINQ4A8lQDACKUAQB8FwIACgsDAACsAABWrAAArKwAAHSUAgAmsg8AMt8NAN4pCAB2rw8AzK8PACKwDwB4sA8AzrAPACSxDwB6sQ8A0LEPAAoLAwByDgAAFI8CAGYeCwC8HgsAki4IAKpXAQA2NQ0ACgsDAHwXAgA0HAEAki4IAIYYAACSSQAAZokAAJxSAgDuWAYAEkIHAITVCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAAtskMAAgaCwA6IQIAjNMGAJxSAgBmiQAAYsIIAGQLAgAEbgsAwNQPABbVDwBs1Q8AYsIIAAoLAwBsZQIAztUMACTWDAB61gwA0NYMAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAAG4BEABkCwIAmsEPAAjtCQCSSQAAZAsCAJrBDwBOJwAAZAsCADQcAQCSLggA6C4IAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgDs3AgAZh4LAN4pCABkCwIAOiECAFqJAwBkCwIA6g4NAOa8DwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgDmCgwAkEoBAOZKAQAwMg0AhjINANwyDQB8FwIA0hcCAJrBDwC+/A4ARucMAJznDACgaAwA9mgMALoLAgAQDAIAxNAMABrRDABw0QwAxtEMABzSDABy0gwAyNIMAB7TDADmCgwAPAsMAI52AgAEmwwA6B4AAARuCwDA1A8AFtUPAGzVDwBkswAAhMcCAOSSEAB8FwIAPt0JAJTdCQDmNQwAPDYMAJI2DABWQwwArEMMAJxuEAA6TAIAcO4FAIT8BwBkCwIAAAAAALTzDABkCwIAPt0JAGaJAADmvA8A3ikIAJKhAQDmOQ4A3ikIAARuCwBopg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAAoLAwAAMQMAVjEDAKwxAwAucwMAhHMDANpzAwAwdAMAhnQDAOoODQCcUgIA6g4NAJxSAgAAAAAAdP4MAGQLAgDeKQgAHqIJAGDLDQC2yw0ADMwNAGLMDQAKCwMAOiECAFqJAwCSSQAAZh4LABAOAwB8eQgAZokAAI52AgA+3QkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCAMDUDwAW1Q8AbNUPAIYYAACSSQAAZokAAPT9AQBkCwIABG4LAMDUDwAW1Q8AbNUPABJCBwAI7QkAIJEAACrFAgB2/wwAdq8PAJJJAABmHgsAquIGAJJJAABmHgsAZokAAI52AgA6TAIAdv8MAHavDwCSSQAAZh4LAKriBgCSSQAAZh4LAHIOAACCmQEA2JkBAC6aAQCEmgEAdNMMAMrTDABkCwIAOiECAFqJAwBkCwIAFO8HAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAOj7AwDoHgAAPh8AADpMAgCe0gEAWA0GAKriBgCSSQAA7lgGABJCBwA0HAEAnNkFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCAAzECQBixAkAYosCAKBqDQCGGAAAkkkAAGQLAgA20QUAhMcCANrHAgAwyAIAhsgCAJKhAQBmiQAA3MYBABSPAgD22QQA5goMAJBKAQDmSgEAMDINAIYyDQDcMg0AMjMNAGQLAgA20QUAjNEFACaHDwB8hw8A0ocPACiIDwB+iA8A1IgPAGQLAgBa2QAAzJMBAGhABgDoSQAAZAsCAARuCwBopg4AvqYOABSnDgC+QAYANtEFAIzRBQC8iwEAWrwHACqWAAByDgAAKsMBAGo5AgBCQRAAmEEQADY1DQCMNQ0AzJMBAGhABgBmHgsA3ikIAGQLAgBa2QAAzJMBAGhABgDoSQAAZAsCADbRBQCM0QUAvIsBABKMAQDKkAAAOiECAJJJAABmHgsACkoNAGBKDQBmTw4ATicAAI7KAQDkygEAOssBAOo5DQBAOg0AljoNAOw6DQBCOw0AEkIHABJCBwC+/A4AoGwOAO5YBgBEWQYAmlkGAN4pCABkCwIAmsEPAAjtCQCSSQAAZAsCAOY1DAA8NgwAmsEPAE4nAAAqlgAA3ikIAHavDwDeKQgAZAsCAKBsDgDuWAYARFkGAJpZBgDwWQYARloGAJxaBgB8UgoAVEQNAKpEDQByDgAAFI8CAKBsDgDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkAkkkAAGQLAgDmNQwAPDYMABYRAwCo6QoATG0OALZKDQAMSw0AYksNALhLDQAOTA0AZEwNALpMDQAQTQ0AZk0NALxNDQB+WQ0A1FkNACpaDQCAWg0AFhEDAO5YBgBEWQYAmlkGAPBZBgBGWgYAnFoGAHxSCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA6g4NAE4nAACSSQAAZh4LAIbcDACgbA4A3LUOAOZiDQA6IQIAUPIPAOoODQDmvA8APL0PAOY1DAA8NgwAJN4QAHreEADQ3hAA5rwPAGSzAAAqlgAAmsEPAE4nAABkCwIABG4LAMDUDwAW1Q8AbNUPAGQLAgAIcgwAXnIMALRyDAAKcwwA6iMCAGimDgC+pg4A6PsDAARuCwBopg4AvqYOAOj7AwAIcgwAXnIMADIZAAAEbgsAwNQPABbVDwBs1Q8AwNQPABbVDwBs1Q8AKpYAAMyTAQAkwgIAxiEKAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEAnmkNAPRpDQBKag0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAZh4LAN4pCABkCwIABG4LAGimDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAAfO4CAHwXAgDSFwIA3ikIAGQLAgAIcgwAXnIMALRyDAAKcwwA6iMCAGimDgASDQIAaA0CAL4NAgAUDgIAZAsCABTvBwCcPQ0AZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIA4mQPADhlDwAIcgwAXnIMALRyDAAKcwwA6iMCAGimDgASDQIAaA0CAL4NAgAUDgIAag4CAGimDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyVAMAAAAAAIYYAADyVAMASFUDAKBsDgDctQ4A5mINADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFAHb/DADM/wwAdKIJAJrBDwBoQgcAvkIHAOYKDADMkwEAIpQBABTvBwBygg8AyIIPAI52AgAMxAkAYsQJAHDuBQDG7gUAnD0NAGSzAABkswAAKpYAACqWAAA6IQIAUPIPAOoODQA6IQIAkqEBAHDuBQCE/AcAZAsCAOYKDACQSgEA5koBAMjWDgAe1w4AdNcOAMrXDgAg2A4AmsEPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAIcgwA+gACAABaAgDuWAYAKpYAAHIOAABkCwIAmsEPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAIcgwA+gACAABaAgCGGAAA3BgAAMyfBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQB8cQQAmsEPADohAgCe0gEAWA0GAKriBgCSSQAAZAsCAIAEDQDWBA0ALAUNAIIFDQAIcgwAXnIMADIZAADqDg0AnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQCSLggAkkkAAOhJAABKPw0A3ikIAGQLAgDmOQ4A3ikIAGQLAgDIegsAEkIHAGhCBwCSSQAA7lgGABJCBwCE1QkACgsDAMqQAAAgkQAAWtkAALDZAAAoQwIAbgEQAET5AADw+wEAyHoLAB57CwCawQ8AhNUJAGQLAgDqDg0AgKIGAMh6CwCGGAAA3BgAAMyfBwAqlgAAyHoLAB57CwAkwgIAesICANDCAgAmwwIA5jUMADw2DAB4lAEAEkIHAL78DgDCZQIAWtkAAMyTAQBoQAYA6EkAAPSEBQDSKwwAkkkAAOhJAABaiQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCAGLCCAByDgAACHIMAPJUAwDqDg0A4LkPADa6DwCMug8A4roPADi7DwAilAEAfBcCAARuCwDA1A8AFtUPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAYnYNAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAAAwNg8AonEQAOoODQC80A4ALqoJAMqQAABmiQAAYsIIAKgtAgD+LQIAUnQQAKh0EAAMfBAAYnwQALh8EAAOfRAAZH0QALp9EAAQfhAA9tkEAOY1DADCeQwAGHoMAAhyDABecgwAtHIMAApzDADIegsAkkkAAPSEBQDSKwwAKpYAAMh6CwBOJwAAjsoBAGLCCAByDgAA6B4AAMh6CwAsWw0A9IQFANIrDACSSQAA6EkAAFqJAwBgcwwAEAwCAGLCCAByDgAA1O8CAAoLAwAKCwMAigkNAOAJDQA2Cg0AjAoNAOIKDQDI/QwAHv4MAJrBDwDSQgIAZAsCAAhyDAAqlgAAZokAAI52AgAEbgsAWm4LAN4pCABkCwIAmsEPAE4nAABkCwIA5jUMADw2DAAM/RAA6qAAAKY6CQAqlgAAcg4AAGQLAgAIcgwAXnIMALRyDAAKcwwA6iMCAGimDgC+pg4A6PsDAHb/DADu5w0AROgNAJroDQDw6A0ARukNAJzpDQDy6Q0ASOoNAJ7qDQD06g0ASusNAKDrDQBiwggA0kICADpMAgBw7gUAhPwHAFqJAwBkCwIABG4LAGimDgC+pg4A6PsDABSPAgDqDg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAMA5AgDSKwwAKCwMAH4sDADULAwAKi0MAIAtDADWLQwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwDuWAYARFkGAJpZBgDeKQgAZAsCAJrBDwAI7QkAkkkAAGQLAgBa2QAA/CwCAMyTAQBoQAYA7lgGACKUAQB8FwIAZAsCALoLAgA4Cw0A0kICAGQLAgCawQ8AaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAICWAADU6wAAfO4CAOwRDgBCEg4AmBIOAO4SDgBEEw4AmhMOAPATDgBGFA4AnBQOAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAHwXAgB8FwIA0kICADpMAgB8FwIACBoLAJxSAgBmHgsAKpYAAICWAADU6wAAfO4CAIYYAADyVAMAIpQBAHwXAgBkCwIAFO8HAOgeAACkNQcA5jkOAKriBgCSSQAAZh4LAN4pCABkCwIAoGwOAPZsDgBMbQ4AzFkPABTvBwBygg8AyIIPAI52AgCSSQAAVgAAAMD1CgAW9goAkkkAAAAAAABOJwAAjsoBAOTKAQCe/wIADMQJAGLECQBw7gUA3MYBAMgOAACE1QkACgsDAIwhAwDiIQMAOCIDAI4iAwDkIgMAOiMDAJAjAwDmIwMAPCQDAAjtCQCSSQAAVgAAAOqgAACSSQAAZAsCALoLAgDSQgIAVJIJADQcAQBkCwIAFO8HAIS0DgDatA4AzJMBADbRBQC6swAA5jkOADw6DgASQgcA0kICAGxlAgD2bA4ATG0OADKLDgCIiw4AmpYPAPCWDwBGlw8AnJcPAI52AgAqlgAA3ikIAGQLAgCgbA4A9mwOAExtDgAyiw4AiIsOAJqWDwDwlg8ARpcPAJyXDwAqlgAAZokAAMJlAgDeKQgAZAsCAKBsDgD2bA4ATG0OADKLDgCIiw4AmpYPAPCWDwBGlw8AnJcPALoLAgAQDAIAZgwCALwMAgBOmQ4ApJkOAPqZDgCEMw4A2jMOADA0DgCGNA4A3DQOADI1DgCSoQEA5jkOADw6DgBkCwIAoGwOAPZsDgBMbQ4AMosOAIiLDgCalg8A8JYPAEaXDwCclw8A6KEBAFrZAABkCwIAoGwOAPZsDgBMbQ4AMosOAIiLDgCalg8A8JYPAEaXDwCclw8AwmUCAN4pCABkCwIAoGwOAPZsDgBMbQ4AMosOAIiLDgCalg8A8JYPAEaXDwCclw8Acg4AAGQLAgC6CwIAEAwCAGYMAgC8DAIADMQJAGLECQByDgAA6jkNAJKhAQCSSQAAZAsCABTvBwCcPQ0AmpYPAPCWDwBGlw8AnJcPAAAAAADIVQ4AZAsCALoLAgAQDAIAZgwCAGDJDAAEbgsAwNQPABbVDwBs1Q8AhNUJACqWAAAU7wcA6B4AADpkDgCQZA4A5mQOAGQLAgCawQ8AoGwOAPZsDgDuaA4ARGkOAJppDgDwaQ4ARmoOAJxqDgBkCwIAmsEPAJKhAQCSoQEA5jkOAKriBgCSSQAA7lgGACKUAQACAQAApJsPAHIOAABkCwIAqh0PAB5WDgCSSQAAypAAAFYAAABkswAAurMAAKKAAgD4gAIAToECADQcAQCKHAEAaMsLAL7LCwAUzAsAaswLAGaJAACOdgIA3ikIAKY6CQBa2QAAhhgAAGSzAAC6swAAooACAPiAAgBOgQIAkkkAAGYeCwAKSg0AGn0NAHB9DQDGfQ0AHH4NAHJ+DQDIfg0A6B4AAHIOAAAAAAAAAAAAAKaaDgD8mg4AUpsOAKibDgBE+QAARhINAPbZBADatg8AMLcPAIa3DwC8DAIAAAAAADbRBQCM0QUA4tEFAAp3DgBgdw4AtncOAHIOAADIDgAAkqEBAOY5DgBqOQIAkqEBAOihAQCIORAAIpQBAE4nAABa2QAA/CwCAIg1DgBCQRAAgJYAANTrAAB87gIA3ikIAHavDwA6IQIAkCECAHQ+AgD0hAUACB4NAF4eDQAkwgIAesICANDCAgCoXAQA3ikIADQqCABkJxAA7lgGABJCBwCE1QkAZAsCAFrZAAD8LAIAiDUOAPJUAwAilAEAfBcCAHb/DAB2rw8AzK8PACKwDwB4sA8AzrAPACSxDwB6sQ8A7lgGABJCBwCE1QkAZAsCAFrZAAD8LAIAiDUOAPJUAwAilAEAfBcCABTvBwCcPQ0AzJMBAGhABgBmHgsACkoNAAoLAwCgbA4A9mwOAExtDgAyiw4AiIsOAN6LDgA0jA4AiowOALoLAgAQDAIAZgwCALwMAgBOmQ4A/t0EAFTeBAA84AsA0isMAEwLCACmOgkACO0JAJJJAABkCwIAAAAAAHavDwCAlgAA1OsAACrsAAAAAAAAAAAAABTvBwCcPQ0AzJMBAGhABgBmHgsACkoNAKjdBADYMg4ALjMOAMxZDwC6CwIAcksJAMhLCQAeTAkAAAAAAP6bDgB8wQEATicAAI7KAQDkygEASP8CAAoLAwAEbgsAaKYOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBY8AwArvAMAAzECQBixAkAntIBAFgNBgCq4gYAkkkAAO5YBgASQgcAhNUJAGQLAgDmNQwAPDYMAKpXAQA2NQ0AjDUNAOI1DQA4Ng0AjjYNAOQ2DQA6Nw0AkDcNAOY3DQA8OA0A6g4NAICiBgAIcgwAXnIMAMyfBwAwNg8AIGoCAHZqAgDMagIAImsCAGQLAgAEbgsAaKYOAL6mDgAUpw4AvkAGADbRBQCM0QUAvIsBABKMAQCU6Q8ANBwBAJzZBQDMkwEAIpQBAPJUAwAilAEAfBcCAGQLAgDmNQwAPDYMALLLDgAIzA4AUJwPAKacDwB4QAIAXswOAPbZBAAAAAAAZAsCAMqQAAAgkQAAtvQMAAz1DABi9QwAuPUMAA72DABk9gwAuvYMABD3DADA1A8AFtUPAGzVDwA6IQIAUPIPAJJJAABa2QAAKpYAACqWAACGGAAAZAsCAKBsDgD2bA4ATG0OAFYAAACsAAAAAgEAAPbZBACyyw4ACMwOAPbZBACSSQAAeEACAF7MDgD22QQAAAAAAGQLAgCgbA4ARm4QAMyTAQDo+wMAPvwDAJT8AwD2bA4ATG0OALZKDQAMSw0AYksNALhLDQAOTA0AZEwNALpMDQAQTQ0AZk0NALxNDQB+WQ0A1FkNACpaDQCAWg0A1loNAGxlAgDO1QwA3ikIAIYYAABCUAIAbgEQAJImBABCJQIAmCUCAET5AADw+wEA9AcHAITHAgDaxwIAMMgCALyJAADSQgIAVJIJAHIOAAAqwwEAIpQBAPJUAwDo+wMAQiUCACbXDADeKQgAZAsCAOY1DAA8NgwAkkkAAGYeCwAKSg0AYEoNAGhCBwC+QgcApI0IAJJJAADgSQIAmsEPAITVCQBkCwIAFO8HAOgeAAA6ZA4AkGQOAOZkDgBWLwIAZokAAGLCCAC4wggADsMIADbRBQCExwIA2scCADDIAgA6IQIAZokAALyJAACSoQEAZokAAGxlAgC8eA0AEnkNAGh5DQC+eQ0AFHoNAGp6DQAMxAkA0isMACJtAwB4bQMAhtwMANTrAADSKwwAVgAAAJJJAABmHgsAAAAAAAAAAAAAAAAAOiECAFDyDwBOJwAAOAsNANJCAgA6TAIA6g4NAFTwDQC4wggAaAkAAL4JAACABA0ASj8NAKA/DQBmiQAATicAAJJJAABmHgsAhtwMAGQLAgDqDg0AVPANALjCCABoCQAAvgkAAIAEDQBKPw0AoD8NAARuCwBmiQAAvIkAAHx5CABoCQAAvgkAAIAEDQBKPw0AoD8NAARuCwBmiQAAvIkAAHx5CABoCQAAvgkAAIAEDQBKPw0AoD8NAKhcBAAilAEAgpkBACKUAQB2IgkA9sQPAEzFDwCixQ8A+MUPAAAAAAC6CwIAEAwCAGYMAgAG9g4AXPYOAGQLAgCgbA4A9mwOAExtDgDMWQ8AbGUCAAAAAABkCwIAoGwOAPZsDgBMbQ4AzFkPABTvBwCcPQ0AzJMBAGhABgBmHgsACkoNAOYKDAA8CwwANmIOALoLAgAQDAIAZgwCADbRBQCExwIAyOkCAGSzAAAqlgAApDUHAJKhAQDmOQ4A3ikIAIS0DgDatA4AMLUOAIa1DgDctQ4AMrYOAHb/DAAyuhAAiLoQAChDAgCcUgIA7lgGABJCBwCE1QkAVi8CADQcAQByDgAAoGwOAPZsDgBMbQ4AzFkPAOYKDAA8CwwANmIOALoLAgAQDAIAZgwCABTvBwCcPQ0AzJMBAGhABgBmHgsACkoNAGo5AgBqOQIAPBEPAGQLAgC6CwIAEAwCAGYMAgC8DAIAwNQPABbVDwBs1Q8AugsCANJCAgBUkgkANBwBAJrBDwC+/A4A5jUMAHwXAgCGGAAA3BgAANJCAgA6TAIAOv4FAGQLAgDKkAAAIJEAAFTuDACq7gwAAO8MAFbvDACs7wwAAvAMAK6eDgDsEw8AQhQPAJgUDwDIVQ4AwOMBADpkDgCQZA4A5mQOAGQLAgCABA0ASj8NAKA/DQDuaA4ARGkOAJppDgDwaQ4ARmoOAJxqDgBkCwIAgAQNAEo/DQCgPw0AZokAALyJAAB8eQgAZAsCABTvBwDoHgAAOmQOAJBkDgDmZA4AZAsCAIAEDQBKPw0AoD8NAKBsDgD2bA4A7mgOAERpDgCaaQ4A8GkOAEZqDgCcag4AZAsCAIAEDQBKPw0AoD8NAAAAAAD0/QEAkkkAAMqQAADSQgIAOkwCADA2DwBWAAAArAAAAAAxAwBWMQMArDEDAAIyAwAEbgsAaKYOABINAgBoDQIAvg0CABQOAgBqDgIAJhcCAAzECQDSKwwANtEFAIzRBQDi0QUACHIMAEJQAgCYUAIAAAAAADA2DwCGNg8A0rIPACizDwB+sw8A1LMPAGDJDADmCgwAPAsMADZiDgAKCwMA1rQPACy1DwCCtQ8ACgsDAGQLAgDKkAAAIJEAAPJUAwBoQAYAvkAGAJ7SAQDmOw8AVgAAAMyTAQBoQAYAZh4LAIbcDAAkwgIAzJMBACKUAQAibQMAZokAAEwXDgDa1woA5goMAJKhAQBmiQAAnFICAE4nAAA4Cw0A0kICADQcAQBkCwIAFO8HAJw9DQDMkwEAaEAGAGYeCwDSKwwAKCwMAGQLAgC6CwIAcksJAGrSDgDA0g4AFtMOAGzTDgDC0w4AGNQOAG7UDgDqDg0ATicAAJJJAABmHgsAhtwMAEgZEACeGRAA9BkQAEoaEACgGhAA9hoQAASbDABkCwIAugsCADgLDQCOCw0A5AsNABTvBwCEtA4A2rQOADC1DgCGtQ4AcoIPAMiCDwCOdgIAkkkAAGYeCwDqDg0AOiECANYxDgAsMg4AkkkAAGYeCwCcPQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAIIYQABAMAgBmDAIAvAwCAGZPDgC8Tw4AElAOADgLDQCOCw0A5AsNABTvBwCEtA4A2rQOADC1DgCGtQ4AcoIPAMiCDwCOdgIAkkkAAGYeCwDqDg0AOiECANYxDgAsMg4AkkkAAGYeCwCcPQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAIIYQAGhQDgC+UA4AFFEOANzGAQBkCwIAAAAAAGQLAgC6CwIAEAwCAGYMAgBG5wwAnOcMAAAAAAAMxAkA0isMACgsDAAKCwMABG4LAKQ1BwD6NQcAbgEQAJImBADoHgAA3ikIAAoLAwDMkwEAIpQBAE4nAAA4Cw0AfO4CAEj/AgCe/wIAoGwOAPZsDgBMbQ4AzFkPACJaDwA+aA8AlGgPAOpoDwAORgoAZEYKALpGCgBG5wwAnOcMAARuCwDA1A8AFtUPAGzVDwAQRwoATpkOAP7dBABU3gQAeFILAGimDgDALBEAFi0RAGwtEQDCLREA5goMAJKhAQDmOQ4APDoOANzGAQDoHgAADMQJAGLECQC4xAkA5kwCADA2DwDA4wEAFuQBAHzBAQA+3QkAJtcMAKQ1BwD8LAIAiDUOAPJUAwAilAEAfBcCAEj/AgCe/wIAoGwOAPZsDgBMbQ4AzFkPACJaDwA+aA8AlGgPAOpoDwAUjwIAao8CAOa8DwDeKQgANCoIAI52AgDeKQgAVi8CABJCBwAI7QkAKpYAAICWAADU6wAAfO4CAALaAQBY2gEAkqEBAOY5DgCSSQAAZh4LAKBsDgBmiQAA3MYBALLLDgDMkwEAOqICAN4pCABkCwIAugsCABAMAgBmDAIAvAwCABTvBwCcPQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAIIYQAEKTDgCYkw4A7pMOAESUDgCalA4AMDYPAIY2DwDcNg8AcoIPADiQDwCOkA8A5JAPADqRDwBGlQ4AnJUOAPKVDgBkCwIAZAsCAAoLAwA0HAEANBwBAJzZBQCOdgIAWokDAGQLAgD0/QEASv4BAKD+AQD2/gEATP8BAKL/AQCGGAAAKpYAAJJJAACIxwEA3ikIAFYAAAB2IgkA3ikIAJJJAABmiQAAYsIIAGQLAgCgbA4A9mwOAExtDgDMWQ8AEAwCAGYMAgC8DAIAFO8HAJw9DQBkswAAZLMAACqWAAByDgAAKsMBAE4nAAAghhAAWtkAAPwsAgDiZA8AKpYAAICWAAA6TAIAoGwOAPZsDgBMbQ4AZLMAAGaLAQAC2gEAWNoBAJKhAQDmOQ4AkkkAAKBsDgD2bA4ATG0OAOoODQDguQ8ANroPAIy6DwDiug8AOLsPAI67DwDkuw8AOrwPAAoLAwAAAAAAAAAAAMyTAQDo+wMAsssOACqWAABWAAAAkEoBADpMAgBiiwIAhMcCAJxSAgBmHgsAZLMAAAAAAACicRAAugsCABAMAgBmDAIAvAwCAJDLAQBYdxAAhLQOANq0DgAwtQ4AhrUOAAoLAwC6CwIAEAwCAGYMAgBG5wwAnOcMAARuCwDA1A8AFtUPAGzVDwDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEAcg4AAKgtAgCGGAAAZAsCAARuCwDA1A8AFtUPAGzVDwCawQ8AWrwHALC8BwAGvQcAXL0HALK9BwAIvgcAXr4HABJCBwCSSQAA6EkAAD5KAAB0lgMAZAsCAARuCwDA1A8AFtUPAGzVDwCGGAAA3ikIAB6iCQAilAEAfBcCAAoLAwAEbgsAaKYOAFTJDwCqyQ8AAMoPAFbKDwByDgAAZokAANbNBgBWAAAAkqEBADohAgDWMQ4ALDIOAIIyDgBeSw4AkqEBAOY5DgA8Og4AkjoOAGQLAgCawQ8ATicAAGQLAgCgbA4A9mwOAExtDgDeKQgAHqIJAGDLDQC2yw0AyFUOAB5WDgCSoQEA5jkOADw6DgCmOgkAelkOANBZDgDIVQ4AHlYOAICWAADU6wAAfO4CAKhwDgCSSQAAZh4LAApKDQBgSg0Adv8MAMz/DAAw4A4AhuAOANzgDgAy4Q4AiOEOAN7hDgBgcwwAcksJAGrSDgDA0g4AFtMOAGzTDgBkCwIAOiECAFDyDwBOJwAAOAsNANJCAgA6TAIA5jUMAGhABgByDgAAZAsCAOYKDAA8CwwAjnYCADpMAgCGGAAAkkkAAGQLAgDqDg0A5rwPAN4pCABkCwIAWtkAAPwsAgDiZA8AOGUPADbRBQCExwIAyOkCAGSzAAAqlgAApDUHAJKhAQDmOQ4A3ikIAJJJAADgSQIANkoCAIxKAgAy3w0AMt8NACASAQAqlgAAgJYAANTrAABWLwIArC8CAAIwAgBYMAIArjACAFYvAgBOJwAAjsoBAOTKAQCgaAwA9mgMAAAAAAAWEQMAqOkKAExtDgD+cA4AEAwCAGYMAgC8DAIAqC0CAKgtAgAqlgAAZokAAOa8DwBkswAA0kICADpMAgBw7gUAnFICAO5YBgASQgcAhNUJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAJxSAgDuWAYA6PsDAE4nAABySwkAKpYAAN4pCADeKQgAdq8PAMyvDwB2IgkA9sQPAEzFDwB2rw8AhhgAAGSzAABaiQMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQCoXAQAZLMAAITHAgCcUgIA7lgGABJCBwCE1QkAZLMAAGaLAQC8uAIASBkQAGYeCwCqVwEAaHcMAL53DACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAADMnwcAkkkAAPSEBQAIHg0ANHQCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBcZQYAsmUGAAhmBgBeZgYAtGYGAApnBgBgZwYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAABU7gwAfHkIANJ5CACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqFwEACKUAQDyVAMAaEAGAO5YBgBmiQAAYsIIAKhcBAAgagIAZokAAJxSAgDuWAYAEkIHAITVCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJxSAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAA0kICADpMAgByDgAAyA4AAAjtCQDSQgIAZLMAACqWAABOJwAAjsoBAOTKAQCgaAwA9mgMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBcCANrXCgAw2AoAntIBAN4pCAA6IQIAZLMAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAXGUGALJlBgAIZgYAXmYGALRmBgAKZwYAYGcGAMyTAQA6ogIAkKICAOaiAgA8owIAkqMCAOijAgByDgAAFI8CAGqPAgCcUgIAZh4LACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBABz9DABy/QwAKpYAAKpXAQDALBEAFi0RAGwtEQDCLREAGC4RAG4uEQDELhEAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAHP0MAHL9DABkswAAZosBAALaAQBY2gEAkqEBAOY5DgCSSQAA7lgGABJCBwCE1QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAHP0MAHL9DADuWAYARFkGAJpZBgDwWQYARloGAJxaBgDyWgYAJFcNAHpXDQDQVw0AJlgNAHxYDQDSWA0AKFkNAARaAQAc/QwAcv0MAMqQAAAgkQAAVO4MAHx5CADSeQgAKHoIAH56CADUeggAKnsIAB6iCQASQgcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAHP0MAHL9DAByDgAAqAYEAP4GBADmOQ4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAc/QwAcv0MAJImBADoJgQAPicEAJQnBADqJwQAQCgEAJYoBADsKAQAQikEAJgpBADuKQQABFoBABz9DABy/QwATicAAJKhAQBaiQMAWtkAAPwsAgBaiQMAcg4AAKgGBAD+BgQA5jkOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAHP0MAHL9DABMLgQAoi4EAPguBABOLwQAZAsCAAoLAwDoSQAAnm8QAPRvEABKcBAA0kICAFSSCQBa2QAA/CwCADohAgCSoQEAZAsCAARuCwBopg4AEg0CAGgNAgC+DQIAFA4CAGoOAgAAAAAAZAsCAAzECQBixAkAYosCAKBqDQD2ag0ATGsNAKJrDQAU7wcAtMwOAArNDgBgzQ4Ats0OAAzODgBizg4AFO8HALTMDgAKzQ4AYM0OALbNDgAMzg4AYs4OAARuCwBopg4AEg0CAGgNAgC+DQIAFA4CAGoOAgAwNg8AonEQAOoODQC80A4ALqoJAMqQAABmiQAA6g4NALzQDgAuqgkAypAAAGaJAABiwggAZAsCADA2DwCicRAA+HEQAE5yEACkchAA+nIQAFBzEACmcxAA/HMQAMqQAACSoQEAkqEBAGQLAgB2/wwAzP8MACIADQB4AA0AdK4PACKUAQB8FwIAZAsCAOY1DABoQAYAZh4LALweCwByDgAATicAAJJJAABkCwIANtEFAIzRBQDi0QUAskwPAAhNDwBeTQ8AtE0PAHwXAgA+3QkAlN0JAGQLAgA20QUAjNEFAOLRBQCyTA8ACE0PAF5NDwC0TQ8AkMkAAHIOAADoHgAA3ikIAGQLAgA6IQIAWokDAAoLAwDA4wEA+HEQAFpuCwDeKQgAZAsCAJrBDwBOJwAAZAsCAOY1DAA8NgwAhhgAACqWAACAlgAAZAsCAARuCwBopg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBABTvBwBygg8AyIIPAMCPAgAWkAIAZAsCAKBsDgD0hAUACB4NAF4eDQC0Hg0AMDYPAIY2DwAwNg8AhjYPANw2DwAyNw8ANtEFAITHAgDkkhAAOpMQAJCTEADmkxAAPJQQAJKUEADolBAAPpUQADA2DwCGNg8A6g4NADohAgDWMQ4AJMICAMYhCgAEbgsAaKYOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAA/CwCAOJkDwA4ZQ8AoGwOAEZuEAA+SgAAOqQDAMz/DADSQgIAOkwCAGKLAgCSSQAAZAsCADbRBQCExwIA5JIQADqTEACQkxAAmsEPAE4nAABkCwIAoGwOAEZuEAA+SgAAugsCADgLDQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQB8FwIAZAsCAARuCwBopg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAANJCAgB0rg8AIpQBAHwXAgBkCwIAgAQNANYEDQDmvA8A3ikIAJKhAQCoXAQAIpQBAHwXAgBkCwIAmsEPAE4nAABkCwIAoGwOAEZuEAA+SgAADKcQAGKnEAC4pxAADqgQAGSoEAC6qBAAEKkQAGapEAC8qRAAEqoQAGiqEAC+qhAAFKsQAKgtAgD+LQIAbKoPAOa8DwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgAEbgsAaKYOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCawQ8AWrwHALC8BwAGvQcAXL0HALK9BwAIvgcAXr4HAPI9DQBIPg0Anj4NAPQ+DQAKCwMAAAAAAAAAAAAAAAAAZAsCAAhyDAAM/RAAYv0QALj9EADmNQwAPDYMACTeEAB63hAA0N4QACbfEAB83xAA6g4NAIT8BwDeKQgAWokDAGaJAACOdgIAhhgAAGQLAgDqDg0AhPwHAN4pCADmCgwAhhgAAAz9EABi/RAAuP0QAOY1DAA8NgwAJN4QAHreEADQ3hAAJt8QAHzfEADqDg0AhPwHAN4pCAByDgAAFI8CAGqPAgBiwggAuMIIAHwXAgDa1woANBwBAGQLAgDmNQwAPDYMACTeEAB63hAA0N4QACbfEAB83xAAOiECAJAhAgCc2wYAKsUCAJKhAQDmOQ4A5jUMADw2DAAk3hAAet4QANDeEAAm3xAA0hcCAGQLAgB8FwIA2tcKADDYCgAIcgwADP0QAGL9EAC4/RAA5jUMADw2DAAk3hAAet4QANDeEAAm3xAAfN8QAFYAAACQSgEA5koBACTCAgDMkwEA3ikIAHavDwCAlgAABJsMABSPAgD0hAUACB4NAJxSAgBmHgsAfBcCAFqJAwAKCwMATC4EAKIuBAD4LgQATi8EAFrZAADMkwEAaEAGAOhJAABkCwIABG4LAGimDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoLQIA/i0CAKBsDgDctQ4A5mINAAzECQBixAkAgJYAANIrDAAoLAwAZAsCAOYKDAA8CwwANmIOAFYAAAA0HAEAZAsCAARuCwDA1A8AFtUPAAAAAABs1Q8AJocPAKgzBQCc2QUA5rwPAN4pCABkCwIAugsCABAMAgBmDAIAvAwCAFrZAADMkwEAaEAGAOhJAABkCwIABG4LAGimDgC+pg4AFKcOAL5ABgA20QUAjNEFALyLAQC08wwACvQMAAr0DADetg4AfMEBAHD2CQDG9gkAHPcJAJ5tDwD0bQ8AVgAAAJBKAQDmSgEAMDINAIYyDQDcMg0AMjMNAGQLAgA20QUAjNEFACaHDwB8hw8A0ocPACiIDwB+iA8A1IgPAKhcBABidg0AuHYNAKriBgBaiQMAZLMAALqzAABcnAwAspwMAAidDACgaAwA9mgMACqWAACAlgAA1OsAAHzuAgB8FwIA0hcCAGaJAABGbhAAPkoAAHSWAwDKlgMA6g4NAEAPDQCWDw0AoGwOAPZsDgBMbQ4A/nAOABAMAgBmDAIARucMAJznDADctQ4A5mINABTvBwDoHgAAKpYAAKBsDgBGbhAAPkoAALoLAgAghhAAdoYQAMyGEAAihxAAFO8HAHKCDwDIgg8AwI8CABaQAgBkCwIAoGwOAPSEBQAIHg0AXh4NAAzECQBixAkAMDYPANJCAgDSKwwAKCwMAGQLAgA0HAEAnNkFACTCAgDGIQoAOAsNANJCAgBkCwIANBwBAIocAQDSQgIAOkwCAOY1DAA8NgwATicAADgLDQDSQgIANBwBAJzZBQCcUgIA7lgGABJCBwAqlgAAquIGAKi2BgCSSQAA7lgGABJCBwCE1QkAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAOAsNANJCAgBkCwIAoGwOAGaJAADcxgEARm4QAD5KAAB0lgMAypYDAAqkDwAMpQ8AYqUPALilDwC6CwIAEAwCAGYMAgAG9g4AXPYOAGQLAgCgbA4A9mwOAExtDgCmawwA/GsMAFJsDACobAwA/mwMAFRtDACqbQwAAG4MADL2AwCI9gMAJocPAHyHDwDo+QIAPvoCAOY5DgAyxwEA0F8RACZgEQD4yxIAAvINAFqJAwCAwwEAfowRANLjEgDeKQgA0j4AAHxgEQDSYBEAfowRAEJDEQBCTAAAFlwTANLjEgDeKQgA0uMSANLjEgDeKQgAfowRAPTJEgDS4xIAFlwTAHwXAgA+HwAAIBIBABZcEwAgEgEAHocRAB6HEQDeKQgAdq8PAEAgAAAgEgEAPMoAADr+BQDiPREA4j0RANLjEgA6/gUA0uMSADpkDgDGWhEAHFsRAObrEQDQXxEAJmARANY5EgAWXBMAaAkAAH6MEQDGWhEAHFsRACASAQBoVhEAAqYSAFimEgCwpREAfBcCAB6HEQDQihEAJosRANBfEQAmYBEAfjgSADQcAQCicRAAHocRACJeEQAehxEAhNUJANoSEwDm6xEAfowRABZaEgDS4xIAaAkAAGgJAADwbxEARnARAJxwEQAWXBMAcg4AAC5kEQCEZBEALmQRAIRkEQB2sxEAFlwTAOZiDQBI/wIA3ikIAHx5CADeKQgA8G8RAEZwEQDu8RIAIBIBAPBvEQBGcBEA7vESAD4fAADQXxEAJmARAO5QAgBkCwIAwnkMAH6MEQAKCwMAkkkAAB6HEQA6ogIA3ikIAH6MEQAqRAIALmQRAIRkEQAehxEAgmMRANhjEQAuZBEAwoUSAC5kEQDChRIA9J4SAB6HEQD6dBEA8nARAEhxEQBoVhEA8nARAAAAAABkCwIA8G8RAEZwEQDwbxEARnARAPBvEQBGcBEA2mQRAObrEQDYPBMALj0TAGo5AgCCYxEAaFYRAC5kEQCEZBEAajkCAN4pCABkCwIAFlwTAGQLAgCGPhMAPGsRAJxJEwB+jBEAfowRAPbZBAD22QQA9tkEAAoLAwBiwggAUPIPAGLvCQBQ8g8AtE0PALRNDwCSSQAArHANAEadEgBE+QAAcg4AAHIOAACueREASnAQAET5AADSjRIAcg4AAEpwEAAehxEAHocRAB6HEQAehxEAHocRAGhWEQBoVhEAHocRAB6HEQAehxEAHocRAB6HEQAehxEAaFYRAGhWEQBoVhEAHocRAB6HEQAehxEAaFYRAGhWEQC6fxEAaFYRAGhWEQAehxEAZAsCAGQLAgC0/xIAaAkAALT/EgBoCQAAwoMRAH6vDQBkCwIAFlwTANJCAgBw9gkAZAsCAHIOAAByDgAAHocRAB6HEQCSoQEAnEkTAPBvEQBGcBEACgsDAH6MEQAWXBMAcg4AAHiJEQBkCwIALscCAOgeAABaiQMAPt0JAIYYAADeKQgAUo8IAN4pCABKyhIAfowRALDSEgCcSRMAcg4AAOB0AgBa2QAAWtkAAFrZAAAWXBMAWtkAAJROAgBuARAAFlwTAOB0AgAWXBMAImsCACTiEgA6whIAkMISANyQEQAWXBMA4EATADZBEwAs8QIAIBIBABZcEwAK0RAAaAkAABZcEwBWAAAAhhgAAHavDwBCQxEAWokDAGSBEgBWAAAAJOISAGgJAAAWXBMAFloSAGgJAAB+jBEAaAkAAGgJAADePRIAfowRAEJDEQAUjwIAWokDAKKeEQA8+wMA8NQDAJ6cEQCs3QMAbFwTAIT8BwBoVhEAAqYSAFimEgBW0BIA6tEDAPBvEQBGcBEA7vESAMyzEQBoVhEAFlwTADzUBQDo0AMAiOcRAGhWEQAehxEAHocRAPBvEQBGcBEAHocRANCKEQAmixEAyA4AAH6MEQAeTAkA5jkOAH6MEQBwhxIAcIcSAH6MEQC0qRIAyocRAN4hBABkCwIAfowRALKmEQA6/gUAFlwTAGQLAgBkCwIAZAsCAGxcEwBkCwIAQkMRABZcEwBkCwIAfowRAJxJEwDQihEAJosRAGQLAgA60wUA3mgSAMh6CwDIVQ4AFlwTAJxaBgAWXBMAfFIKAPjJEQBAIAAAfowRALKmEQAIpxEATksSABZcEwAUjwIA5jkOAH6MEQD0yRIARPkAAN5oEgCI5xEAaswLABK1AAA6IQIAZAsCAGhWEQACphIAWKYSAPBvEQBMoBIAyFUOACw6EgBCQxEAcg4AACASAQAeshEAJDYSAHo2EgBOSxIAkkkAAGhWEQACphIAWKYSAFbQEgCs0BIATksSAJJJAABOSxIAkkkAAK5OEQCMvhEAFlwTAGQLAgAWXBMAZAsCAH6MEQD0yRIA5usRAH6MEQBYpBEArqQRAASlEQAaMRIAZAsCAOZiDQCiyREAfowRAB6HEQDQihEAJosRAFLMEQDe+gUAQkMRANoSEwAYegwAbFwTAB6HEQBsXBMAHocRAGzZEQDC2REAGNoRAFikEQCupBEABKURAFqlEQCOQBIAbNkRAMLZEQAY2hEArk4RANJIBQBoVhEAAqYSAFimEgBW0BIArNASACT9CgAWXBMAFI8CABZcEwDeaBIAQkMRAPbZBADo0AMAZh4LAB6HEQDQihEAJosRAKRLEgBAIAAAaFYRAAKmEgBYphIAFlwTAAoLAwBW0BIArNASAMTKCQBOSxIAkkkAAL7XEQAU2BEAatgRAALREgCcWgYAvtcRAB6HEQAetBIAaFYRAGxcEwAehxEA0IoRAGxcEwDmOQ4AZAsCAJxJEwDQihEAJosRAB7HBgB+jBEA9MkSABZcEwA6DA0AfowRABZcEwCiiAYAqM4SAGhWEQBsXBMALmQRAIRkEQDeKQgAhDsSAGzZEQDC2REAGNoRAJxJEwDQihEAJosRAKKeEQAUjwIA5jkOAKjOEgAWXBMA5jkOAGQLAgDEhhIA3ikIACTCAgCozhIA/s4SAFTPEgCuThEAIBIBAH6MEQAWXBMA3LUOAEJDEQAEmwwAaFYRAKjOEgBoVhEAqM4SAB6HEQBsXBMAbFwTAGxcEwAehxEA0IoRACaLEQBYpBEArqQRAASlEQDGXBIAAtESAFjREgDeaBIAQCAAAFqlEQAitBEAqM4SAP7OEgBUzxIAqs8SAJxJEwDKhxEAImITABauEQBsrhEAImITAL7XEQCozhIAaFYRAAKmEgBYphIAaFYRAAKmEgBYphIAFlwTAAyrEgCG3AwAFlwTAOY5DgAWXBMAGvIHAEJDEQBkCwIAOv4FACASAQB+jBEAtKkSAMqHEQCWxRIAAAAAAN4pCAAAAAAAwlwTAH6MEQC0qRIAyocRAJbFEgAAAAAA3ikIAAAAAAAWXBMAFlwTAPjLEgAWXBMA+MsSABZcEwD4yxIAwlwTABZcEwBwhxIAbFwTAB6HEQAehxEA0IoRACaLEQB+jBEAAAAAAPTJEgDmYg0AaFYRAAKmEgBYphIAQJgRABZcEwAk4hIAkkkAAJxHEgBMoBIAhPwHAAipEgBeqRIA7vESAFqJAwCozhIA/s4SAFTPEgB+jBEAfowRAB6HEQDQihEAJosRAKRkCQAAAAAAOhYSAJAWEgDmFhIAUo8IAB60EgB0tBIAyrQSABZcEwCuThEAhtwMAHzDAgDmOQ4AfowRABZcEwBkgRIAWGsKAK5OEQAWXBMAhNUJAObrEQDwbxEARnARAC5kEQCEZBEAaFYRAAKmEgBYphIAIm0DAH6MEQAWXBMAktADAB6HEQAehxEA0IoRACaLEQDeKQgAQCAAAB6HEQCgnxIAHocRANCKEQAmixEAokwTAAAAAABoVhEAAqYSAFimEgB+jBEAsqYRAAinEQBCQxEAfowRAEDeCQDeaBIAQkMRAOAcAQAAAAAAFlwTAN5oEgBCQxEA4BwBAKwkEgBoVhEAAqYSAFimEgC0qRIAyocRABZcEwB+jBEAHocRANCKEQAmixEAFlwTAFqJAwDiahIAZAsCAGwvEgAehxEARPkAAPhjCQCSSQAAsNISAFqJAwA6/gUAFlwTAICWAABwhxIAIm0DADLnEQBkCwIAZAsCAH6MEQDu8RIA8kkTACASAQDm6xEAZAsCAH44EgBoQAYAsqYRAAinEQAy5xEAIpQBAKwkEgACJRIAWCUSAN4pCAAAAAAAAAAAAAAAAAAWXBMA3mgSAAAAAAAAAAAAAAAAAH44EgA8QhIAkkkAAGQLAgAgEgEAFlwTACTiEgDeaBIA3ikIAB6HEQCI5xEAiOcRAB6HEQDKhxEASP8CAK5SEwACphIAWKYSAFbQEgCs0BIA2hITAJxJEwDKhxEA9tkEAGhWEQC+VhEA9tkEACqWAACSSQAA2vwHABZcEwBmiQAA2vwHAGxcEwBGRxIAMucRAPBvEQBGcBEA2mQRALKmEQAIpxEA8G8RAEZwEQDaZBEAsqYRAAinEQCSSQAAkkkAAPjJEQB8wQEAHrQSAHS0EgDKtBIATksSABZcEwBaiQMAHocRABZcEwCS0AMA+swSAGQLAgAehxEA0IoRACaLEQCwURIABlISAPbZBAD22QQAFlwTAJLQAwCS0AMAOtMFAMSGEgBCQxEAAAAAABZcEwAWXBMAKpYAAH6MEQCS0AMADKsSAGQLAgDkMgsAfBcCAHReEgDKXhIAVgAAAFYAAACcWgYAfowRAGQLAgAWXBMAFlwTAIYYAABoVhEAAqYSAFimEgDW4xEAOgwNAOrRAwAehxEA0IoRACaLEQAwNg8A8G8RAEygEgAYhhIAFloSAITVCQAWWhIAFloSAN4pCACGGAAA8G8RAEygEgBGcBEAaFYRAH6MEQAWWhIAbFoSAMJaEgDaEhMALGUSAKijEgAehxEAktADAH6MEQAg+QkALgAKAAAAAACMPxIA4j8SAAAAAAAAAAAAmAoKAAQQBwA6DA0AfowRABZcEwAWXBMAcIcSAJJJAAB+jBEAFlwTAKJxEAB+jBEAIBIBAGQLAgB+jBEAuKsSAIYYAAAeshEA2hITAObrEQAWXBMAFlwTABZcEwCGGAAAhhgAAIYYAADm6xEAFlwTABZcEwCGGAAAhhgAAIYYAACGGAAAhhgAAB6HEQDQihEAJosRABZcEwBkCwIAFlwTAGQLAgAWXBMAIBIBAFh7EgAgEgEAZAsCABZcEwBoCQAAWHsSAGgJAAAMqxIAhNUJAFh7EgAKCwMAAAAAAFqJAwAEfBIAWokDABZcEwAMqxIANmwTAH6MEQA2bBMAFlwTADZsEwAehxEA0IoRACaLEQAWXBMA0rIPACASAQBCQxEAcg4AAHIOAABCQxEA5jkOAAyrEgAKCwMAFlwTAAoLAwBoVhEAAqYSAFimEgAehxEA0IoRACaLEQBkCwIAOkwCABZcEwBkCwIAFlwTAH6MEQA0aRIAZAsCAGQLAgA6/gUAHIgSACASAQAcIgoA2hITAH6MEQDeKQgAaAkAABZcEwBYexIAAAAAAGQLAgAuZBEAhGQRAHazEQCicRAAHocRANCKEQAmixEADtcSAH6MEQB4NxMA9MkSACI3EwB+jBEAfowRANKNEgAojhIAfo4SANKNEgAojhIAfo4SANSOEgAqjxIA0o0SACiOEgB+jhIA1I4SACqPEgD0yRIAHocRANCKEQAmixEADtcSAH6MEQB4NxMA9MkSACI3EwB+jBEAjDUNAH6MEQCSSQAAJMICAJJJAACcSRMA0IoRACaLEQB+jBEARJwSAN4pCABaiQMAMjMNAAoLAwAaCBMATKASAJDLAQBkCwIAcg4AAAAAAAAEmwwAAAAAAMKFEgCWmhIA7JoSAEKbEgAWXBMAnEkTANCKEQAmixEAZAsCAGgJAAD22QQA9tkEANoSEwBkCwIAaFYRAGQLAgB+jBEACgsDAH6MEQDcdAMAJOISACTiEgAwNg8AfowRABZcEwBkCwIA8G8RAEZwEQCcSRMA0IoRACaLEQCcSRMAZAsCAN4pCAAWXBMA3ikIAJibEgB00wwAhNUJAGgJAADaEhMATNoEAAorEwASjAEARPkAAJbFEgAuZBEAhGQRAJg7DQAaCBMAkjYMAGQLAgBusRIAZAsCAJI2DAAs5hIA2ucSANZaDQDA4wEAaFYRAAKmEgBYphIAZAsCABZcEwAWXBMAnEkTABSPAgAUjwIAnEkTAJxJEwDeKQgAjmkRAORpEQB6txIAVHcRAGhWEQAehxEAyocRACgYAgDqDg0AKsMBAPJwEQBoVhEASFUDAMDjAQA60wUAyqIJABRDBwB8FwIAkkkAABzvBQDeKQgAFlwTAOY5DgC0/xIALscCAFZaAgAuxwIAVloCAPZUAgDIegsAbFwTAHzDAgAWXBMAaAkAAGQLAgCqdxEA6B4AAEhVAwCGPhMAZAsCABZcEwCCYxEA4MgBABZcEwDaEhMAHF8TAEzaBAAWXBMACgsDAAoLAwAKCwMACgsDAH6MEQB+jBEAtqoSAMqHEQBapxIAZAsCAJJJAAAUjwIA+MsSAHIOAADmOQ4AaFYRAAKmEgBYphIAUo8IAB6HEQDQihEAJosRAALREgBY0RIAsqYRAAinEQCyphEACKcRAB6HEQAs5hIAajkCABZcEwBkCwIASP8CAC5kEQA87hIAfowRAPj2EgBidg0A5rwPAGQLAgAs5hIA2ucSAPKXDwCGGAAALOYSANrnEgDylw8AbGUCACzmEgDa5xIA8pcPAPBvEQBGcBEA7vESAJryEgBi1hIAuNYSAGbYEgAs5hIA2ucSAPKXDwAs5hIA2ucSAPKXDwAs5hIA2ucSAPKXDwDwbxEARnARAPKXDwAeVg4A8G8RAD6ZEgCcSRMAoJ8SABZcEwBkCwIATicAAE4nAAB8FwIAVi8CAOI9EQAg4BIAMt8NAPTJEgBkCwIAFlwTAGQLAgBgSg0ALLsSAMhVDgBkCwIAZAsCABqyEgDm6xEA2DwTAEZwEQCQywEAZAsCAAx4DgA+ogEAOAsNAA7XEgAehxEAfBcCALQeDQAO1xIACgsDAA7XEgAKCwMAfowRAGQLAgBkCwIALOYSANrnEgAWXBMA8G8RAEZwEQDu8RIAKCwMAGQLAgBkCwIAZAsCAHazEQBkCwIADNYSACJaDwByDgAAVJwOAC5kEQB+jBEAaFYRAATxDACSNgwAokwTAAAAAACSNgwA+psPAAT9EgD8nA8AWv0SAObrEQCqpBIAnEkTAMqHEQAs5hIAzFkPAOI9EQDm6xEABP0SAObrEQBa/RIA5usRACzmEgDa5xIAILUSAFYAAACmOgkAkkkAAOxtEQByDgAAZAsCAJI2DAAashIAZAsCABiGEgBsZQIA9vUSACQ4EwB6OBMAWokDACgsDADeKQgAZAsCAGQLAgBkCwIAFlwTAPY/DQD2Pw0A9j8NAPY/DQB8FwIAfBcCAE7GDwBkCwIA8G8RAGoFEwAs5hIAfjoTAGQLAgAs5hIAIloPAGQLAgDS4xIA5u0SAPBvEQA87hIAZAsCAPj2EgBO9xIAwDATAKT3EgBkCwIAZAsCACzmEgAiWg8A0uMSAObtEgDwbxEAPO4SAGQLAgA8EQ8Afg8TAPBvEQBGcBEAnEkTAMqHEQBkCwIAGggTANoSEwDaEhMARPkAAPyiEgDWEBMAqKMSABbkAQD2Pw0A9j8NAPY/DQD2Pw0AZAsCAPb1EgDajxEA8nARAExzEQAoLAwAskwPAO5QAgDUOhMAPpkSANLjEgB+jBEA1jsTAH6MEQDaEhMACgsDADLfDQAy3w0AZAsCADoMDQD49hIATvcSAN4pCADeKQgAdoYQAPBvEQBGcBEAOgwNAPj2EgBO9xIA3ikIAN4pCAB2hhAAHt8SAHTfEgDwbxEATKASAPSeEgAAAAAAfowRAH6MEQBI/wIAHocRACzmEgBAaQ8ASkkSAEygEgBOIhMAEi8TAJxJEwCgnxIACgsDAKBJEgDu8RIAZh4LABZcEwA8TQIAVgAAAA7XEgAs5hIAQGkPAJJJAAAehxEA3ikIAGQLAgDwbxEARnARAHaGEADcNg8ACgsDAAoLAwB8wQEAfMEBAHzBAQB8wQEACgsDAH6MEQB8wQEAZAsCAGQLAgBkCwIAAAAAAAAAAAAs5hIAfjoTAPBvEQBGcBEAdoYQADhlDwAWXBMALOYSAGYeCwAWXBMALOYSAIY+EwB+jBEAZAsCAGQLAgBaiQMA3ikIACqWAABkCwIA9vUSACQ4EwB6OBMA0DgTACY5EwB8ORMA0jkTAAoLAwDwbxEARnARANpkEQD49hIATvcSAH6MEQDwbxEATKASAH7kEgCcSRMA0IoRAIJjEQD+LQIAIOASADI/EwCIPxMA3j8TADRAEwCcSRMAyocRALS+BwCcSRMAfowRADpDEwAKCwMA5jkOALRLDgBm2BIA6DoOACzmEgDMWQ8AIOASADI/EwCIPxMA3j8TADRAEwCKQBMAZtgSACDgEgAyPxMAiD8TAN4/EwA0QBMAikATAB6HEQDaEhMAhOcSACASAQAashIAFlwTACASAQD0yRIAIBIBAPTJEgAuZBEAwoUSACASAQBkCwIALOYSANrnEgDwbxEARnARAP4tAgD6IhMA+iITAP4tAgBoVhEAaFYRAGhWEQBs2REAaFYRAGhWEQBoVhEAaFYRAC5kEQDChRIAaFYRAGzZEQBoVhEABKcSAGhWEQAEpxIAaFYRAASnEgAetBIABKcSAGhWEQAEpxIAaFYRAASnEgCqohEABKcSAGhWEQAEpxIAWKQRAK6kEQCccBEAZAsCANoSEwBkCwIACgsDAH6MEQCGGAAA5jkOAPJwEQDQtxIAsP0SALD9EgDycBEASHERAGLCCADEXRMACgsDAAoLAwByDgAAcg4AADqVEQB+jBEAFuQBAGhWEQAWXBMA3DYPACJiEwDcNg8AFlwTAGhWEQBCQxEAFlwTAEJDEQBoVhEAAqYSAEJDEQB8ZBMA0mQTAGhWEQAKCwMAbLASAH6MEQBkCwIAZAsCAGQLAgA2bBMAZAsCAGQLAgBkCwIANmwTAGQLAgAOwwgANmwTABZcEwB83xAAZAsCAGQLAgA2bBMAfowRAFikEQCupBEABKURAGhWEQAEWgEA0uMSAObtEgBkCwIAnEkTAMqHEQDwbxEARnARAO7xEgASjAEAYPQMAPwjEwAKKxMA5jkOAHqMEgDChRIA9J4SAMhVDgAehxEAoJ8SAMhVDgAWXBMAYsIIAECYEQC4qxIALOYSANrnEgDwbxEATKASAE4iEwAWXBMAQkMRALQeDQCGGAAAFlwTAITVCQDwbxEARnARAO7xEgCyyw4AQJgRAMYzEwDwbxEAagUTACzmEgDMWQ8AFlwTAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
