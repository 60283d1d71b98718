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
} from "./chunk-3EJWWA7H.js";
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
} from "./chunk-4QZDKSVZ.js";
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
var DERIVED = `{"prefilter":{"key":"rules 291\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"(?:localhost|localhost\\\\.localdomain|localhost6)\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,161,170,204,216,217,243,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,469,470,472,474,475,476,477,478,479,480,483,484,485,487],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,54,56,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13164,"states":14886,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAA6VgcABgAAANJCAgAHAAAABj4IAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAABm8QkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAAJY+DwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAABDnBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAALl4OACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAPCOCwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAABw2RAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABEvw4APwAAABr8DABAAAAA2gYNAEEAAAC4fBAAQgAAAMwsDgBDAAAAuHgOAEQAAAAAAAAARQAAABZ9DgBGAAAAAAAAAEcAAABanw4ASAAAAGSkDgBJAAAAsv4SAEoAAACyyw4ASwAAAPbtDgBMAAAATO4OAE0AAACi7g4ATgAAAHIBDwBPAAAAegUPAFAAAADYNA8AUQAAAC62DwBSAAAAhLYPAFMAAADiug8AVAAAAMTYEABVAAAAGtkQAFgAAACsAAAAWQAAAKwzBABbAAAA1H4KAFwAAACQSgEAXwAAAOqgAABhAAAA6AkLAGIAAACeNgkAagAAAAYyAgBtAAAA+C4EAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAADCIwwABQEAAEhGEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAACeRhEAGQkAAPRGEQBqCQAArPMOAHAJAAC+CQAAfQkAAM7+CwCBCQAA+O4OAIQJAAByegsAxQkAABQKAADLCQAA8hAMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAEpHEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAUEINAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAAAa1Q4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAwhMEAJIOAAAY1A4Azg4AAB4PAADXDgAAyncJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAACgRxEAhxgAAHIFEQCIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAACz9CADjGAAAojwLAOQYAAAyGQAA5hgAAN5GAQDnGAAACsEIAOkYAAD0swcA6xgAAPZoDADtGAAAqGIHAPIYAACkVgIA9RgAAPgJBwAzGQAAiBkAADUZAACK0gYAOBkAAPiUDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAA9kcRAO4eAAA+HwAA8h4AAKBsDgD/HgAAHNIMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAADKnAYASCAAAJYgAACZIAAAYr4GAJ0gAADsIAAAoSAAAFhhBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAABMSBEAUCcAAI7KAQBTJwAAnhMNAFcnAACGjhAAWicAAKQnAABcJwAAml8JALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAKJIEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAPhIEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAE5JEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAKRJEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAUEoRAO4+AAAoPwAAMD8AAKZKEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAA/EoRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAFJLEQCXSQAAeEACAJhJAAAOkgUAmUkAAHQfCACdSQAA6EkAAJ5JAACOMgsAoEkAABZtBgCmSQAA4EkCAO5JAAAEeBAA9EkAAD5KAABESgAAdJYDAEZKAACoSxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAA/ksRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAABUTBEAcGIAAMRiAADHYgAAGmMAAB1jAACqTBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAABNEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAVk0RAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAKxNEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAAJOEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAWE4RAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAArk4RABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAAAETxEAZ4kAANQJEABpiQAA3MYBAGyJAACOdgIAbYkAAKwQCABuiQAAqLYGAG+JAACQyQAAcIkAAJxSAgBziQAATMUPAHWJAAC8iQAAd4kAAIrWCAB8iQAA/uEGAH2JAACyHw4AxokAAFa+CQDLiQAAEooAAB6KAABoigAAaYoAANz1AwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAABaTxEAk5AAALBPEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAAAc/QwALJEAAMbmAQAvkQAAuvYMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAA4dCwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAABlARADCWAACAlgAAMpYAANJkEwA5lgAA0vYGADuWAADMSQcAPZYAAKpXAQBClgAAcKYMAEaWAACY5w0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAAslARADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAAhREQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAF5REQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAAtFERAGazAACExwIAabMAAGaLAQBtswAA0MoGAG+zAACkjQgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAASAsJAHO0AAC8tAAAxrQAABK1AAATtQAAUvUQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAApSEQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAAYFIRAKfQAAD00AAA/tAAAErRAABV0QAAtlIRAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAAxTEQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAOPsEABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAAYlMRACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AALhTEQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAADlQRACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAAGRUEQDZ6wAAfO4CANzrAAAq7AAA4esAAMJKCgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AAC6VBEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAABBVEQBF+QAAAMgOAEb5AACa+QAAR/kAAKwaDQBO+QAAWsoOAE/5AAAGYwUAU/kAANQYAgBU+QAAwqQMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAAZlURAFf/AAC8VREArv8AABJWEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBAGhWEQAPBgEAvlYRAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQAUVxEAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBAMDvBwBxCAEA6FMFAMEIAQAOCQEAxwgBAHqnCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQBqVxEAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAMBXEQAoEgEAln4EACoSAQB+3g8ALRIBACCrDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQAWWBEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQBsWBEA5RsBAMJYEQA2HAEAtuYFADkcAQCKHAEAPRwBAGDeAQBAHAEAukIIAEIcAQBotwEASBwBACp1BQCRHAEAkN8LAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BANqkBgCoHQEAmq8GAOcdAQDkqQYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEAblkRAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAHBaEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQDGWhEAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEAHFsRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEAHlwRAGkzAQB0XBEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQDKXBEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQAgXREA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAHZdEQCVSgEA5koBAOdKAQAu3w4A9UoBAJY6DQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEAzF0RAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQAiXhEAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAHheEQCrVwEAEg0CALRXAQDOfwwAtlcBACY1EQC4VwEAnD0NALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQBmTQ0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAM5eEQAGWgEAggUNABJaAQC++AwAJ1oBACRfEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAel8RAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQDQXxEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABACZgEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAHxgEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEA0mARAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAChhEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQB+YREA7XUBANRhEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEAgGIRAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBANZiEQBWggEAqoIBALiCAQAAgwEAEYMBACxjEQBdgwEAgmMRAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBANhjEQBhhQEALmQRALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEA2mQRAL+KAQAQiwEAGIsBADBlEQBtiwEAvIsBAG+LAQBG1QMAc4sBALy4AgB3iwEAQmgOAHyLAQAC2gEAyIsBABKMAQAajAEAUs4SAC6MAQD68Q8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEAhmURAM+TAQACCQQA1pMBAJBUBgDZkwEAIpQBANyTAQDIfg0A3ZMBADqiAgDikwEAYmQEACmUAQDGZwIALJQBACJtAwAxlAEAdq8PAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEA3GURAJmZAQDYmQEA2pkBACjYDADbmQEAJtcMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQDa2wwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQAyZhEA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEAiGYRAJehAQDooQEAnqEBAExCDgCgoQEAwmkEAOqhAQBetgMA7aEBABJKCwD3oQEAApgLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAAzrBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEA3mYRAJ+kAQA0ZxEA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQDgZxEA9qcBAEqoAQBYqAEAoKgBALGoAQA2aBEA/agBAIxoEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAOGkRAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQCOaREAD7IBAORpEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQA6ahEAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBAJBqEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAOZqEQB/wQEA0sEBAIDBAQAOGwoAiMEBAJgKCgCKwQEArHQPAI/BAQAEoQ8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBADxrEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQCSaxEA38YBADLHAQDwxgEAiEwEAD7HAQCIxwEAjscBAN7HAQDoxwEA6GsRADnIAQCKyAEAl8gBAODIAQDoyAEAonMRAOzIAQA2yQEA8MgBAO7PAQD8yAEAQucNADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQA+bBEAmMoBACrZDACcygEA5MoBAPXKAQCUbBEAQcsBAOpsEQCYywEAQG0RAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEAlm0RAPDPAQBE0AEAUtABAJrQAQCr0AEA7G0RAPfQAQBCbhEATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBAJhuEQCg0gEA9NIBAKfSAQBMRA8AqtIBAHIaBgAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEAFh8KAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQBy/w0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEA7m4RAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQBEbxEAA9oBAFjaAQAY2gEAwkAFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BAJpvEQC63QEACt4BABbeAQDwbxEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAEZwEQDC4QEAEuIBAB7iAQCccBEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBAEhxEQDI4wEAFuQBACDkAQCQkQ8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEAnnERANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQD0cREAJukBAARyDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQCgchEA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQD2chEA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEA+HMRAD/1AQBOdBEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBAKR0EQDz+QEA+nQRAET6AQCY+gEApvoBAO76AQD/+gEAUHURAEv7AQCmdREAovsBAPx1EQD4+wEAUnYRAAz8AQAYowsASPwBAJz8AQCq/AEA8vwBAAP9AQCodhEATv0BAJ79AQCq/QEA/nYRAP39AQBK/gEABf4BAHbaDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgBUdxEABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCAKp3EQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgAAeBEAZQsCAA4fDABmCwIAUBcNAGcLAgA8AwgAaQsCAADKDwBqCwIANNgJAGsLAgDcBw0AbgsCAAZ1DgBvCwIA5gwNAHALAgAsggsAcQsCAG56DAByCwIADkoMAHMLAgBQ3gUAdAsCALoLAgB8CwIAOOwSAH4LAgD4GQ8AgAsCAFZ2EACHCwIAlhsTAIwLAgAQJg8AqAsCAA55DgCtCwIAcgkTALwLAgAQDAIAywsCAJTnDgAeDAIAZgwCAHcMAgBWeBEAwwwCAKx4EQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgAe1w4AcQ4CAFh5EQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICAAR6EQDQEgIAWnoRACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCALB6EQDRFAIAIhUCAC8VAgB4FQIAgBUCAAZ7EQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIAXHsRAC4XAgCyexEAfhcCADAuCwCBFwIA0hcCAIgXAgAC7AoA3BcCACgYAgDhFwIAEsUIADAYAgASeQ0ARBgCAH4YAgCGGAIACHwRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIAXnwRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CALR8EQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIACn0RAD8hAgA8Og4AQCECALTnBgBDIQIAkCECAEYhAgC2+g8AmiECAOYhAgCdIQIAxO8GAJ4hAgDokg8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIAYH0RAJkjAgBU7gwAniMCAJJjDQCgIwIA6iMCAKQjAgAaeQsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCALZ9EQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIADH4RAKEnAgDyJwIA/CcCAEgoAgBQKAIAYn4RAKooAgC4fhEA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgAOfxEA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgBkfxEA/ywCAEhtDwACLQIA7j0OAAktAgBSLQIAXC0CALp/EQCwLQIA/i0CAAAuAgDSsg8ACy4CAHTFBQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgAQgBEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIAZoARABAyAgBcMgIAFzICAMp1CABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgC8gBEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIAEoERAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCAGiBEQBrOQIAdCsOAG05AgCIZBAAcDkCAMA5AgBzOQIAJF0QAHQ5AgB0PgIAdjkCAKhJEAB4OQIA7kEQAHk5AgBgUBAAejkCAPBtEACBOQIAqO0MAIQ5AgCiGQ8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIAvoERAHk+AgDKPgIAgj4CAG5XEADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgAUghEAfUACALbgAgB/QAIAxNQOAIBAAgBMaw0AgkACALilDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIAaoIRANRCAgAoQwIA1UICAGqjDADXQgIAfKYJANtCAgD6PwwA3kICADpMAgDgQgIA2rYPADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgDAghEAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgAWgxEAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIAbIMRAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgDCgxEAPEwCAIr7BQBBTAIAVAsGAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgAYhBEATFACABTxCABYUAIAmFACAFtQAgCY3wkApFACAO5QAgD2UAIAfmMSAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICAG6EEQCkUgIA4OoSAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgDEhBEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCABqFEQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CAHCFEQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgDGhREAbmUCAAIPBwB4ZQIAwmUCAHllAgDs4AoAemUCADTeDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCAByGEQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIAcoYRACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgDIhhEAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIAHocRAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgB0hxEAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgDKhxEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACACCIEQClgAIA+IACAPuAAgBOgQIAW4ECAJZjDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIAdogRAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCAMyIEQBriwIAuIsCAG6LAgAGcw0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CACKJEQAWjwIAao8CABuPAgComw4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgB4iREAg5QCAIy6DwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCAM6JEQCAmQIAGAEQAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECACSKEQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIAeooRAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIA0IoRAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgAY1g8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgAmixEAv7gCAHB/DgDGuAIAriEQAMi4AgBUPgoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIAfIsRACbCAgB6wgIAMMICAO41CgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIArNASAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCANKLEQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAKIwRAI3HAgBKmxAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIAOrgNAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgB+jBEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCANSMEQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIAgI0RALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIALI4RAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIAgo4RAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIA2I4RANXpAgAe6gIA5+kCAKy0BAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIAiDkQACbrAgB26wIALusCAKjEDQAv6wIAKicJADDrAgCM9gIAMesCAFZDDACC6wIAzOsCAM7rAgCunA0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIALo8RAILuAgCEjxEA3u4CANqPEQAr7wIAhpARAIHvAgDckBEAg+8CAEQBBQDX7wIAbM8MAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECAO7nDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgAykREA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIAiJERAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCAFrvCwDn9wIAOvgCAPr3AgBW7QsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIA3pERAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgA0khEA8v0CAEb+AgBU/gIAnP4CAK3+AgCKkhEA+f4CAOCSEQBQ/wIAnv8CAFL/AgDU+QcAkf8CAPIeEwCs/wIA9P8CAK3/AgBUBQMArv8CADZaCgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDAOKTEQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMAOJQRAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDAI6UEQASCwMA5JQRABYLAwB2TwoAJgsDAChlEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwA6lREAEg4DAGYOAwAVDgMAfkcEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMAzm8EAB0QAwBqEAMAbRADAMAQAwDMEAMAkJURABsRAwBsEQMAIhEDAND9CgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDAOaVEQB1EwMAxhMDAM4TAwBq9QoA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMAPJYRAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwCSlhEA4BoDACobAwDiGgMAhAILADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwDolhEAmSEDAOIhAwCiIQMA7CYDAMQhAwDiBgsA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwA+lxEA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDAJSXEQBaLQMAcPgKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADAOqXEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwBAmBEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDAJaYEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMA7JgRAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDAEKZEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMAmJkRAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMA7pkRANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMARJoRAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMAmpoRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMA8JoRAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMARpsRAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMAnJsRAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDAPKbEQDDZQMAvE8OAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwBInBEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwCenBEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwD0nBEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwBKnREAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwCgnREAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMA9p0RAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDAEyeEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDAKKeEQBfiQMAsIkDAGeJAwCYEA0AuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDAPieEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMATp8RAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDAPqfEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMAUKARAICWAwDKlgMA0pYDAKagEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMA/KARAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDAFKhEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwCooREA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DAP6hEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwBUohEAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwCqohEAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMAAKMRABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwBWoxEAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDAFRlCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDAKyjEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DAAKkEQCazgMA5M4DAOfOAwCyQgoA884DADrPAwD3zgMAPDIKAETPAwCQzwMAmM8DAAZhBACczwMA/h4QAJ7PAwDmzwMArM8DALwaCQDrzwMAPNADAPPPAwCi3AUASdADAJLQAwCV0AMAVL8KAJjQAwA8BwoAmtADAOjQAwCc0AMA7KkEAJ7QAwAueQYA69ADAEqLCADu0AMALvoGAPLQAwA+0QMA9tADAPSOCgD40AMApmMIAEPRAwCU0QMAStEDACLwBABM0QMASmQKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwCA8gMApNQDAPDUAwD41AMAWKQRAFfVAwCc1QMAo9UDAPLVAwD61QMASNYDAFXWAwCe1gMAo9YDAPTWAwD+1gMAStcDAFLXAwCg1wMAotcDACDQCgCl1wMAQIYIAKrXAwD21wMAr9cDAEwDBACw1wMAgn4JAPzXAwBM2AMATtgDAKLYAwCv2AMA+NgDAPvYAwBO2QMAX9kDAKTZAwCm2QMA+tkDAATaAwBQ2gMAXNoDAKbaAwCu2gMABKURAAHbAwBS2wMAVdsDAKjbAwCy2wMA/tsDAAbcAwBU3AMAYdwDAKrcAwCs3AMAAN0DABbdAwBW3QMAYt0DAKzdAwC03QMAWqURAAfeAwBY3gMAZ94DAK7eAwCw3gMABN8DABXfAwBa3wMAZd8DALDfAwC13wMABuADAAngAwBc4AMAZuADALLgAwDE4AMACOEDAMzgAwBm5QMA5eADAMztAwAQ4QMAXuEDAGjhAwC04QMAueEDAAriAwAS4gMAYOIDAGLiAwC24gMAveIDAAzjAwAT4wMAYuMDAGjjAwC44wMAxOMDAA7kAwAR5AMAZOQDAGfkAwC65AMA1uQDABDlAwAY5QMABqYRAHflAwC85QMAweUDABLmAwAh5gMAaOYDAGrmAwC+5gMAz+YDABTnAwAb5wMAaucDAG/nAwDA5wMA1ucDABboAwAY6AMAbOgDAHroAwDC6AMAz+gDABjpAwAq6QMAbukDAHbpAwDE6QMAzukDABrqAwAf6gMAcOoDAHjqAwDG6gMAyOoDABzrAwAj6wMAcusDAHnrAwDI6wMAzusDAB7sAwAq7AMAdOwDAHfsAwDK7AMAzewDACDtAwA87QMAdu0DAH7tAwBcphEA3u0DACLuAwAq7gMAeO4DAILuAwDO7gMA0+4DACTvAwAs7wMAeu8DAHzvAwDQ7wMA1+8DACbwAwAt8AMAfPADAILwAwDS8AMA3vADACjxAwAr8QMAfvEDAIHxAwDU8QMA8PEDACryAwAy8gMAsqYRAI3yAwDW8gMA3vIDACzzAwAv8wMAgvMDAIfzAwDY8wMA5/MDAC70AwBO9AMAhPQDAJD0AwDa9AMA5PQDADD1AwA49QMAhvUDAJj1AwAIpxEA5vUDADL2AwBA9gMAiPYDAJX2AwDe9gMA9fYDADT3AwA89wMAivcDAJn3AwDg9wMA5fcDADb4AwBD+AMAjPgDAJn4AwDi+AMA7vgDADj5AwBH+QMAjvkDAJj5AwDk+QMA8vkDADr6AwA/+gMAkPoDAJ36AwDm+gMA6foDADz7AwBE+wMAkvsDAJf7AwDo+wMA9fsDAD78AwBG/AMAlPwDAJ38AwDq/AMA9/wDAED9AwBO/QMAlv0DAKn9AwDs/QMA9P0DAEL+AwBJ/gMAmP4DAJ3+AwDu/gMABP8DAET/AwBG/wMAmv8DAKj/AwDw/wMA/f8DAEYABABOAAQAnAAEAJ8ABADyAAQA9wAEAEgBBABXAQQAngEEAL4BBAD0AQQAAAIEAEoCBABUAgQAoAIEAKgCBAD2AgQACAMEAF6nEQBRAwQAogMEAK8DBAD4AwQABQQEAE4EBABaBAQApAQEALMEBAD6BAQABAUEAFAFBABYBQQApgUEALAFBAD8BQQAAQYEAFIGBABaBgQAtKcRALQGBAD+BgQABAcEAFQHBABvBwQAqgcEALYHBAAACAQABggEAFYIBAByCAQArAgEALQIBAAKqBEACgkEAFgJBABiCQQArgkEALkJBAAECgQAEAoEAFoKBABiCgQAYKgRALwKBAAGCwQADAsEAFwLBAB3CwQAsgsEAL4LBAAIDAQADgwEAF4MBABmDAQAtAwEALoMBAAKDQQAEw0EAGANBABtDQQAtg0EAMMNBAAMDgQAGg4EAGIOBABvDgQAuA4EAM8OBAAODwQAFg8EAGQPBABpDwQAug8EAHUPBAC+EQQAxw8EABAQBAAYEAQAZhAEAHEQBAC8EAQAwRAEABIRBAAVEQQAaBEEAHIRBAC2qBEAwxEEABQSBAAjEgQAahIEAGwSBADAEgQA0RIEABYTBAAnEwQAbBMEAIATBAAMqREA0xMEABgUBAAbFAQAbhQEACAUBADkLAgAJRQEADoSEAB4FAQAxBQEAMYUBAAaFQQAJBUEAHAVBAB8FQQAxhUEAPAVBAAcFgQAJxYEAI4mBQBCFgQAchYEAKYWBADIFgQA7hYEAB4XBABEFwQAdBcEAKcXBADKFwQA9RcEACAYBAAoGAQAdhgEAKAYBADMGAQAARkEACIZBABNGQQAeBkEAIAZBADOGQQA3RkEACQaBAApGgQAehoEAIMaBADQGgQAhxoEAIoiBADhGgQAJhsEAC0bBAB8GwQAhBsEANIbBADfGwQAKBwEAC0cBAB+HAQAiBwEANQcBADcHAQAKh0EADQdBABCKQQAOR0EAIAdBACFHQQA1h0EAOMdBAAsHgQAOR4EAIIeBACOHgQA2B4EAOceBAAuHwQAOB8EAIQfBACMHwQA2h8EAOQfBAAwIAQANSAEAIYgBACOIAQAYqkRAOggBAAyIQQAOCEEAIghBACjIQQA3iEEAOohBAA0IgQAOiIEALipEQCXIgQA4CIEAOwiBAA2IwQARSMEAIwjBACWIwQA4iMEAPAjBAA4JAQAPSQEAI4kBACbJAQA5CQEAOwkBAA6JQQARCUEAJAlBACVJQQA5iUEAO4lBAA8JgQAPyYEAJImBACeJgQA6CYEAO4mBAA+JwQAWScEAJQnBACgJwQA6icEAPAnBABAKAQASCgEAJYoBACYKAQA7CgEAPYoBAAOqhEASCkEAJgpBACaKQQA7ikEAPspBABEKgQARyoEAJoqBACrKgQA8CoEAPIqBABGKwQAUCsEAJwrBACoKwQA8isEAPorBABkqhEATSwEAJ4sBAChLAQA9CwEAP4sBABKLQQAUi0EAKAtBACtLQQA9i0EAPgtBABMLgQAYi4EAKIuBACuLgQAuqoRABQvBABOLwQAai8EABCrEQCpLwQA+i8EAAcwBABQMAQAXTAEAKYwBACyMAQA/DAEAAsxBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAKoyBADDMgQAADMEAAIzBABWMwQAXTMEAGarEQDJMwQAAjQEABM0BABYNAQAZDQEAK40BADBNAQABDUEABM1BABaNQQAZjUEALA1BACxNQQABjYEABA2BABcNgQAajYEALI2BAC3NgQACDcEABU3BAC8qxEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BAC9OQQADjoEABs6BABkOgQAbDoEAL6sEQC/OgQAEDsEABg7BAAUrREAaDsEALw7BADKOwQAEjwEACM8BABqrREAbzwEAMCtEQDDPAQAFD0EABw9BABqPQQAeT0EAMA9BADFPQQAFj4EACM+BABsPgQAeT4EAMI+BADOPgQAGD8EACc/BABuPwQAeD8EAGyuEQDGPwQAciwPAMo/BACWDw0A1z8EABpABAApQAQAcEAEAHxABADGQAQAx0AEABxBBAAmQQQAckEEAIBBBADIQQQAzUEEAB5CBAArQgQAwq4RAHhCBADKQgQA1UIEACBDBAAuQwQAdkMEAIdDBADMQwQA2EMEACJEBAAqRAQAGK8RAH1EBADORAQA20QEACRFBAAxRQQAekUEAIZFBADQRQQA30UEACZGBAAwRgQAfEYEAIpGBADSRgQA30YEAChHBAA/RwQAbq8RAItHBADURwQA4UcEACpIBAA2SAQAgEgEAI9IBADWSAQA4EgEACxJBAA6SQQAgkkEAEhJBAB+0gkAh0kEANhJBADlSQQALkoEADZKBADErxEAkEoEANpKBADqSgQAMEsEADlLBACGSwQAiUsEANxLBADoSwQAMkwEADlMBAAasBEAlUwEAN5MBADtTAQANE0EADVNBACKTQQAoU0EAOBNBAD6TQQANk4EAEJOBACMTgQAn04EAOJOBADxTgQAOE8EAERPBACOTwQAj08EAORPBADuTwQAOlAEAEhQBACQUAQAlVAEAOZQBADzUAQAcLARAFZRBACSUQQAoVEEAOhRBADqUQQAPlIEAO1RBACgWAQAS1IEAJRSBAChUgQA6lIEAO9SBABAUwQASlMEAJZTBAClUwQA7FMEAPFTBABCVAQAT1QEAJhUBAClVAQA7lQEAPpUBABEVQQAU1UEAJpVBACkVQQA8FUEAP1VBABGVgQAS1YEAJxWBACgVgQA8lYEAP5WBABIVwQATlcEAJ5XBACkVwQA9FcEAPlXBABKWAQAUFgEAMawEQCtWAQA9lgEAANZBABMWQQAWFkEAKJZBACxWQQA+FkEAAJaBABOWgQAXFoEAKRaBACpWgQA+loEAAdbBABQWwQAV1sEAKZbBACrWwQA/FsEAAhcBABSXAQAVVwEAKhcBAC1XAQA/lwEAANdBABUXQQAXl0EAKpdBAC2XQQAAF4EABNeBABWXgQAZF4EAKxeBACvXgQAAl8EAAxfBABYXwQAZF8EAK5fBAC0XwQABGAEAApgBABaYAQAX2AEALBgBAC2YAQAHLERABBhBACAIwcAEmEEALpvCQAVYQQAXGEEAF5hBACyYQQAw2EEAAhiBAAZYgQAXmIEAGZiBAC0YgQAxGIEAApjBAAMYwQAYGMEAG5jBAC2YwQAx2MEAHKxEQATZAQAyLERAGNkBAC4ZAQAvWQEAA5lBAC+ZAQAEJEEABRlBABkZQQAbmUEALplBADGZQQAEGYEABZmBABmZgQAbGYEALxmBADBZgQAEmcEABhnBAAeshEAdmcEAL5nBADXZwQAFGgEABVoBABqaAQAh2gEAMBoBADIaAQAWosEANpoBAAWaQQAGWkEAGxpBABxaQQAILMRANtpBAAYagQAHmoEAG5qBAAuagQAVjUFAHBqBADEagQAymoEABprBAAuawQAcGsEAHhrBADGawQA02sEABxsBAAhbAQAcmwEAHxsBADIbAQA0GwEAB5tBAAvbQQAdG0EAHltBADKbQQAzG0EACBuBAAnbgQAdm4EAIJuBADMbgQA024EACJvBAA+bwQAeG8EAIBvBAB2sxEAz28EACRwBAAwcAQAenAEAIdwBADQcAQA2HAEACZxBAApcQQAfHEEAIdxBADScQQA1HEEAChyBAAucgQAfnIEAIpyBADUcgQA23IEACpzBAAycwQAgHMEAIVzBADWcwQA73MEACx0BABYdAQAgnQEAI50BADYdAQA53QEAC51BAA4dQQAhHUEAIx1BADadQQA6nUEADB2BAA+dgQAhnYEAJd2BADcdgQA6HYEAMyzEQA3dwQAiHcEAJB3BADedwQA33cEADR4BAD0dwQApOkLAFF4BACKeAQAkngEAOB4BADkeAQANnkEADx5BACMeQQAjnkEAOJ5BADjeQQAOHoEADl6BACOegQAmnoEAOR6BADqegQAOnsEAEJ7BACQewQAknsEAOZ7BAABfAQAPHwEAD58BACSfAQAoHwEAOh8BAD5fAQAPn0EAEB9BACUfQQArX0EAOp9BAD7fQQAQH4EAEx+BAAitBEApH4EAOx+BACyfgQAqDkIAAJ/BABCfwQAQ38EAJh/BACpfwQA7n8EAPp/BABEgAQAWoAEAJqABACmgAQA8IAEAP2ABABGgQQAUIEEAJyBBACegQQA8oEEAPyBBABIggQAVoIEAJ6CBACjggQA9IIEAAGDBABKgwQAZoMEAKCDBACogwQAeLQRAASEBABMhAQAZYQEAKKEBACjhAQA+IQEABWFBABOhQQAVoUEAKSFBAC1hQQA+oUEAAiGBABQhgQAaYYEAKaGBACshgQA/IYEAP6GBABShwQAWIcEAKiHBAC8hwQA/ocEAAaIBABUiAQAYYgEAKqIBACviAQAAIkEAAqJBABWiQQAXokEAKyJBAC8iQQAAooEAAeKBABYigQAYYoEAK6KBAC7igQABIsEAAuLBADOtBEAa4sEALCLBAC+iwQABowEAB+MBABcjAQAYowEALKMBAC0jAQACI0EAA6NBABejQQAco0EALSNBAC8jQQACo4EABeOBABgjgQAZY4EALaOBADAjgQADI8EABSPBABijwQAco8EALiPBAC9jwQADpAEABeQBABkkAQAcZAEALqQBADBkAQAJLURABWRBABmkQQAZ5EEALyRBADIkQQAEpIEABiSBABokgQAeZIEAL6SBADSkgQAFJMEACOTBABqkwQAb5MEAMCTBADNkwQAFpQEACaUBABslAQAepQEAMKUBADZlAQAGJUEACGVBABulQQAdJUEAMSVBADQlQQAGpYEACGWBABwlgQAjJYEAMaWBADOlgQAerURACKXBABylwQAeJcEAMiXBADNlwQAHpgEACSYBADQtREAeZgEAMqYBADMmAQAIJkEACeZBAB2mQQAhJkEAMyZBADZmQQAIpoEADmaBAB4mgQAgJoEAM6aBADPmgQAJJsEACebBAB6mwQAjpsEANCbBADfmwQAJpwEACucBAB8nAQAfZwEANKcBADpnAQAfLYRACqdBAB+nQQAi50EANSdBADhnQQAKp4EAC+eBACAngQAip4EANaeBADengQALJ8EADyfBACCnwQAkJ8EANifBADlnwQALqAEADWgBACEoAQAjKAEANqgBADcoAQAMKEEADihBACGoQQAh6EEANyhBACcoQQAYDoFAOGhBAAyogQANaIEAIiiBACSogQA3qIEAPWiBAA0owQAOqMEAIqjBACWowQA4KMEAOOjBAA2pAQAU6QEAIykBACdpAQA4qQEAOqkBAA4pQQAP6UEAI6lBACUpQQA5KUEAPKlBAA6pgQAVaYEAJCmBACcpgQA5qYEAOymBAA8pwQAUacEAJKnBACapwQA6KcEAPKnBAA+qAQARKgEAJSoBACiqAQA6qgEAPaoBABAqQQAR6kEAJapBACeqQQA0rYRAPqpBABCqgQAWKoEAJiqBACkqgQA7qoEAPOqBABEqwQATasEAJqrBACkqwQA8KsEAPyrBAASlgYADKwEAEasBABOrAQAKLcRAKGsBADyrAQA/6wEAEitBABVrQQAnq0EAKqtBAD0rQQAA64EAEquBABUrgQAoK4EAK6uBAD2rgQA+64EAEyvBABZrwQAoq8EAKqvBAB+txEABrAEAE6wBABksAQApLAEALCwBAD6sAQA/7AEAFCxBABZsQQAprEEALCxBAD8sQQABLIEAFKyBABesgQAqLIEALuyBAD+sgQA/7IEAFSzBABiswQAqrMEALCzBAAAtAQADLQEAFa0BABdtAQA1LcRALa0BAACtQQACrUEAFi1BABetQQAdvkJAGe1BACutQQAs7UEAIgjBQC0tQQABLYEABC2BABatgQAXLYEALC2BAC6tgQABrcEABK3BABctwQAZLcEACq4EQC6twQACLgEABe4BABeuAQAY7gEALS4BADBuAQACrkEABe5BABguQQAbLkEALa5BADFuQQADLoEABa6BABiugQAcLoEALi6BAC9ugQADrsEABu7BABkuwQAbLsEALq7BADEuwQAELwEABW8BABmvAQAbrwEALy8BADHvAQAEr0EABe9BABovQQAa70EAL69BADIvQQAFL4EABy+BACAuBEAb74EAMC+BADPvgQAFr8EABi/BABsvwQAfb8EAMK/BADNvwQAGMAEAB3ABABuwAQAccAEAMTABADOwAQAGsEEACLBBABwwQQAcsEEAMbBBADTwQQAHMIEACPCBABywgQAesIEAMjCBADJwgQAHsMEACPDBAB0wwQAesMEAMrDBADUwwQAIMQEACjEBADWuBEArMQEAMzEBAABxQQAIsUEADzFBAB4xQQAnsUEAM7FBADoxQQAJMYEAErGBAB6xgQAlMYEANDGBAD5xgQAJscEAC7HBAB8xwQAfscEANLHBADfxwQAKMgEAC/IBAB+yAQAhsgEANTIBADVyAQAKskEAC/JBACAyQQAhskEANbJBADgyQQALMoEADTKBAAsuREAnsoEAIK5EQDgygQALssEADDLBACEywQAkcsEANrLBADhywQAMMwEADjMBACGzAQAh8wEANzMBADhzAQAMs0EADjNBACIzQQAks0EAN7NBADmzQQA2LkRADnOBACKzgQAjM4EAODOBADnzgQANs8EAETPBACMzwQAmc8EAOLPBAD5zwQAONAEAEDQBACO0AQAmNAEAOTQBACk0AQA+DAFAO/QBAA60QQARtEEAJDRBACY0QQALroRAOfRBAA80gQA8NEEAKKxBQD80QQAJp4FAEHSBACS0gQAldIEAOjSBADy0gQAPtMEAFXTBACU0wQAmtMEAOrTBAD20wQAQNQEAEPUBACW1AQAs9QEAOzUBAD91AQAQtUEAGHVBACY1QQAoNUEAO7VBADw1QQARNYEAFPWBACa1gQApNYEAPDWBAD+1gQARtcEAGHXBACc1wQAqNcEAPLXBAD61wQAhLoRAFTYBACe2AQArdgEAPTYBAD52AQAStkEAFDZBACg2QQAp9kEAPbZBAD+2QQATNoEAE7aBACi2gQAqdoEAPjaBAD62gQATtsEAE/bBACk2wQArtsEAPrbBAAG3AQAUNwEAFbcBACm3AQAwNwEAPzcBAAE3QQAUt0EAGjdBACo3QQAtt0EAP7dBAAB3gQAVN4EAFfeBACq3gQAuN4EAADfBAAN3wQAVt8EAG3fBACs3wQAtN8EAALgBAAE4AQAWOAEAGDgBACu4AQAxeAEAAThBAAQ4QQAWuEEAHDhBACw4QQAuOEEAAbiBAAU4gQAXOIEAGbiBACy4gQAuuIEAAjjBAAP4wQAXuMEAGrjBAC04wQAteMEAArkBAAW5AQAYOQEAG3kBAC25AQAveQEAAzlBAAP5QQAYuUEAGrlBAC45QQAveUEAA7mBAAb5gQAZOYEAJTmBAC65gQAwuYEANq6EQAY5wQATvURACznBABm5wQAbucEADC7EQDK5wQAEugEABToBABo6AQAeegEAL7oBADG6AQAFOkEACDpBABq6QQAcOkEAMDpBADG6QQAFuoEABvqBABs6gQAcuoEAIa7EQDH6gQAGOsEAM7qBAA+Ow4AIOsEAG7rBABz6wQAMq4KAHTrBABk9AsAeusEAKBmCwB96wQAxOsEAH/rBAC08QsAyesEABrsBADK6wQAGqAJACfsBABw7AQAfewEAMbsBADS7AQAHO0EACvtBABy7QQAfO0EAN68EQDS7QQAHu4EACPuBAB07gQAfO4EADS9EQDP7gQAIO8EACPvBAB27wQAgO8EAMzvBAD07wQA4L0RACjwBAB48AQAjvAEAM7wBADc8AQAJPEEADHxBAB68QQAfPEEANDxBADa8QQAJvIEADLyBAB88gQAg/IEANLyBADa8gQAKPMEAC/zBAB+8wQAh/MEANTzBADg8wQAKvQEADL0BAA2vhEAhfQEANb0BADe9AQALPUEADv1BACC9QQAh/UEANj1BADl9QQALvYEADv2BACE9gQAkPYEANr2BADp9gQAMPcEADr3BACG9wQAlPcEANz3BADh9wQAMvgEAD/4BACI+AQAkPgEAN74BADo+AQANPkEAEL5BACK+QQAoPkEAOD5BADs+QQANvoEADv6BACM+gQAlfoEAOL6BADs+gQAjL4RAEL7BACO+wQAmvsEAOT7BADs+wQA4r4RAD/8BACQ/AQAnfwEAOb8BADz/AQAPP0EAEj9BACS/QQAof0EAOj9BADy/QQAPv4EAFb+BACU/gQAnv4EAOr+BAD4/gQAQP8EAFb/BACW/wQAov8EAOz/BADx/wQAQgAFAEsABQCYAAUAogAFAO4ABQD2AAUAOL8RAFEBBQCaAQUAWgEFACIIEQCnAQUA8AEFAPwBBQBGAgUAVQIFAJwCBQCmAgUA8gIFAAADBQBIAwUAVQMFAJ4DBQC1AwUA9AMFAPwDBQBKBAUAVAQFAKAEBQClBAUA9gQFAP4EBQCOvxEAWAUFAKIFBQCoBQUA+AUFABMGBQBOBgUAWgYFAKQGBQCqBgUA5L8RAAIHBQA6wBEAVQcFAKYHBQCzBwUA/AcFAAkIBQBSCAUAXggFAKgIBQC3CAUA/ggFAAgJBQBUCQUAYgkFAKoJBQCvCQUAAAoFAA0KBQBWCgUAXgoFAJDAEQC4CgUAAgsFABILBQBYCwUAYQsFAK4LBQCxCwUABAwFABAMBQBaDAUAYQwFAObAEQC+DAUABg0FABwNBQBcDQUAaA0FALINBQC5DQUACA4FABAOBQBeDgUAYw4FALQOBQC9DgUACg8FABQPBQA8wREAZQ8FALYPBQBsDwUAFBQFAL4PBQAMEAUAEhAFAGIQBQBnEAUAuBAFAMEQBQAOEQUAGBEFAGQRBQBwEQUAuhEFAMIRBQCSwREAFRIFAGYSBQBuEgUAvBIFAMcSBQASEwUAFxMFAGgTBQBrEwUAvhMFAMgTBQDowREAHhQFAGoUBQBuFAUAwBQFAMUUBQAWFQUAHBUFAGwVBQCMFQUAwhUFAMoVBQAYFgUAJhYFAG4WBQBxFgUAxBYFAMwWBQAaFwUAIxcFAHAXBQB9FwUAxhcFAMwXBQAcGAUAKBgFAHIYBQB0GAUAyBgFANcYBQAeGQUAKRkFAHQZBQB2GQUAyhkFAOMZBQAgGgUAMRoFAHYaBQCCGgUAPsIRANQaBQAiGwUAQhsFAHgbBQCGGwUAzhsFANsbBQAkHAUAKxwFAHocBQCWHAUA0BwFANgcBQCUwhEAKx0FAHwdBQCJHQUA0h0FAN8dBQAoHgUANB4FAH4eBQCNHgUA1B4FAN4eBQAqHwUAPx8FAIAfBQCIHwUA1h8FAOUfBQAsIAUALiAFAIIgBQCLIAUA2CAFANsgBQAuIQUAOiEFAIQhBQCgIQUA2iEFAOIhBQDqwhEANSIFAIYiBQCcIgUA3CIFAOgiBQAyIwUAVSMFAEDDEQCVIwUA3iMFAOsjBQA0JAUAQCQFAIokBQCZJAUA4CQFAOokBQA2JQUAPiUFAIwlBQCWJQUA4iUFAOclBQA4JgUAQCYFAJbDEQCiJgUA5CYFAAonBQA6JwUAYCcFAJAnBQC2JwUA5icFABEoBQA8KAUARCgFAJIoBQC8KAUA6CgFAB4pBQA+KQUAZCkFAJQpBQC6KQUA6ikFACAqBQBAKgUAayoFAJYqBQCeKgUA7CoFAPEqBQACjAUA+yoFAEIrBQBHKwUAmCsFAKUrBQDuKwUA+ysFAEQsBQBQLAUAmiwFAKksBQDwLAUA+iwFAEYtBQBULQUAnC0FAKEtBQDyLQUA/y0FAEguBQBQLgUAni4FAKQuBQD0LgUAqC4FAFKJBQAALwUASi8FAFovBQCgLwUAqS8FAPYvBQD5LwUATDAFAFgwBQCiMAUAqTAFAOzDEQAMMQUATjEFAFExBQCkMQUAwTEFAPoxBQALMgUAUDIFAFcyBQCmMgUAvzIFAPwyBQAEMwUAUjMFAGgzBQCoMwUArTMFAP4zBQAFNAUAVDQFAF00BQCqNAUAuzQFAAA1BQAMNQUAQsQRAFg1BQCyOAUAajUFAKw1BQCvNQUAAjYFAB82BQBYNgUAaTYFAK42BQC9NgUABDcFABU3BQBaNwUAaDcFALA3BQC8NwUABjgFABM4BQBcOAUAZjgFAJjEEQC4OAUACDkFABY5BQBeOQUAYDkFALQ5BQC7OQUACjoFACM6BQDuxBEAdDoFALY6BQC5OgUADDsFACk7BQBiOwUAczsFALg7BQDAOwUADjwFABU8BQBkPAUAajwFALo8BQDIPAUAED0FACs9BQBmPQUAcj0FALw9BQDCPQUAEj4FACc+BQBoPgUAcD4FAL4+BQDIPgUAFD8FABo/BQBqPwUAeD8FAMA/BQDMPwUAFkAFAB1ABQBsQAUAdEAFAETFEQDLQAUAGEEFACVBBQBuQQUAfEEFAMRBBQDTQQUAGkIFABxCBQBwQgUAekIFAMZCBQDUQgUAHEMFACFDBQByQwUAf0MFAMhDBQDLQwUAHkQFACpEBQB0RAUAh0QFAMpEBQDZRAUAIEUFACxFBQB2RQUAd0UFAMxFBQDWRQUAIkYFADBGBQB4RgUAfUYFAM5GBQDbRgUAmsURAClHBQB6RwUAkEcFANBHBQDmRwUAJkgFAC9IBQB8SAUAiUgFANJIBQDgSAUAKEkFADdJBQB+SQUAgEkFANRJBQDeSQUAKkoFADhKBQCASgUAhUoFANZKBQDjSgUALEsFAC9LBQCCSwUAiksFANhLBQDpSwUALkwFADxMBQCETAUAkUwFANpMBQD6TAUAME0FADhNBQCGTQUAlk0FANxNBQDeTQUAMk4FAEBOBQCITgUAmU4FAJzGEQDkTgUANE8FAEBPBQDyxhEAkU8FAOBPBQCXTwUAFEMHAOdPBQA2UAUAPFAFAIxQBQCYUAUA4lAFAOVQBQA4UQUAO1EFAI5RBQC2UQUA5FEFAAdSBQA6UgUARVIFAJBSBQCVUgUA5lIFAOlSBQA8UwUARlMFAJJTBQC6UwUASMcRAO1TBQA+VAUAS1QFAJRUBQChVAUA6lQFAPZUBQBAVQUAT1UFAJZVBQCgVQUA7FUFAPRVBQBCVgUATFYFAJhWBQCdVgUA7lYFAPZWBQCexxEAUVcFAJpXBQCuVwUA8FcFAPhXBQBGWAUAS1gFAJxYBQCsWAUA8lgFAPpYBQBIWQUAUlkFAJ5ZBQCpWQUA9FkFAABaBQBKWgUAUloFAPTHEQChWgUA9loFAAJbBQBMWwUAW1sFAKJbBQCwWwUA+FsFAAhcBQBOXAUAXFwFAKRcBQCwXAUA+lwFAAFdBQBQXQUAWF0FAKZdBQC8XQUA/F0FABBeBQBSXgUAVV4FAKheBQDFXgUA/l4FAA9fBQBUXwUAXF8FAKpfBQC1XwUAAGAFAAVgBQBWYAUAWWAFAKxgBQC2YAUAAmEFAAVhBQBKyBEAWmEFALBoCABdYQUArmEFALFhBQAEYgUADmIFAFpiBQBiYgUAsGIFAM9iBQCgyBEAGmMFAFxjBQCCYwUAsmMFANhjBQAIZAUALmQFAF5kBQCWZAUAtGQFAOpkBQAKZQUAMGUFAGBlBQCGZQUAtmUFAOxlBQAMZgUAMGYFAGJmBQB+ZgUAuGYFAMBmBQD2yBEAE2cFAGRnBQBxZwUAumcFAMdnBQAQaAUAHGgFAGZoBQB1aAUAvGgFAMZoBQASaQUAIGkFAGhpBQBtaQUAvmkFAMtpBQAUagUAHGoFAEzJEQB2agUAwGoFANBqBQAWawUAH2sFAGxrBQBvawUAwmsFAM5rBQAYbAUAH2wFAKLJEQB8bAUAxGwFANpsBQAabQUAJm0FAHBtBQB3bQUAxm0FAM5tBQAcbgUAIW4FAHJuBQB7bgUAyG4FANJuBQD4yREAH28FAHRvBQCAbwUAym8FANBvBQAgcAUAInAFAHZwBQCAcAUAzHAFANpwBQAicQUAJ3EFAHhxBQCFcQUAznEFANZxBQAkcgUALnIFAHpyBQCIcgUA0HIFAOZyBQAmcwUAMnMFAHxzBQCDcwUA0nMFANpzBQAodAUALXQFAH50BQCHdAUA1HQFAN50BQBOyhEALXUFAIB1BQCddQUA1nUFAOd1BQAsdgUAOnYFAIJ2BQCadgUA2HYFANt2BQAudwUAS3cFAIR3BQCVdwUA2ncFAPJ3BQAweAUAPHgFAIZ4BQCZeAUA3HgFAOt4BQAyeQUAPnkFAIh5BQCJeQUA3nkFAOh5BQA0egUAQnoFAIp6BQCPegUA4HoFAO16BQCkyhEAO3sFAIx7BQCZewUA4nsFAO97BQA4fAUARHwFAI58BQCdfAUA5HwFAO58BQA6fQUASH0FAJB9BQCVfQUA5n0FAPN9BQA8fgUARH4FAKbLEQCefgUA6H4FAPh+BQA+fwUAR38FAJR/BQCXfwUA6n8FAPZ/BQBAgAUAR4AFAPzLEQCkgAUA7IAFAAKBBQBCgQUAToEFAJiBBQCfgQUA7oEFAPaBBQBEggUASYIFAJqCBQCjggUA8IIFAPqCBQBSzBEAR4MFAJyDBQCogwUA8oMFAPiDBQBIhAUASoQFAJ6EBQCohAUA9IQFAAKFBQBKhQUAT4UFAKCFBQCthQUA9oUFAP6FBQBMhgUAVoYFAKKGBQCwhgUA+IYFAA6HBQBOhwUAWocFAKSHBQCrhwUA+ocFAAKIBQBQiAUAVYgFAKaIBQCviAUA/IgFAAaJBQCozBEAYIkFAKiJBQC+iQUA/okFAAqKBQBUigUAW4oFAKqKBQCyigUAAIsFAAWLBQBWiwUAX4sFAKyLBQC2iwUA/swRAAOMBQBYjAUAZIwFAK6MBQC0jAUABI0FAAaNBQBajQUAZI0FALCNBQC+jQUABo4FAAuOBQBcjgUAaY4FALKOBQC6jgUACI8FABKPBQBejwUAbI8FALSPBQDKjwUACpAFABaQBQBgkAUAZ5AFALaQBQC+kAUADJEFABGRBQBikQUAa5EFALiRBQDCkQUAVM0RABCSBQBuJg0AHJIFAGSSBQB1kgUAupIFAL+SBQAQkwUAJ5MFAGaTBQB6kwUAvJMFANSTBQASlAUAIZQFAGiUBQBtlAUAvpQFAMuUBQAUlQUAIZUFAGqVBQB2lQUAwJUFAM+VBQAWlgUAIJYFAGyWBQB0lgUAwpYFAOCWBQAYlwUAIJcFAG6XBQB3lwUAxJcFANGXBQAamAUAHJgFAHCYBQCJmAUAxpgFANeYBQAcmQUAKJkFAHKZBQB6mQUAqs0RAM2ZBQAemgUAJpoFAHSaBQCDmgUAypoFAM+aBQAgmwUALZsFAHabBQCDmwUAzJsFANibBQAinAUAMZwFAHicBQCCnAUAzpwFANacBQAknQUALp0FAHqdBQB/nQUA0J0FANidBQAAzhEAOp4FAHyeBQB/ngUA0p4FAO+eBQAonwUAOZ8FAH6fBQC0nwUA1J8FAPOfBQAqoAUAMqAFAICgBQCCoAUA1qAFAOWgBQAsoQUANqEFAIKhBQCQoQUA2KEFAPOhBQAuogUAOqIFAISiBQCMogUAVs4RAOaiBQAwowUAP6MFAIajBQCLowUA3KMFAOKjBQAypAUAOaQFAIikBQCQpAUA3qQFAOCkBQA0pQUAO6UFAIqlBQCMpQUA4KUFAOGlBQA2pgUAQKYFAIymBQCYpgUA4qYFAOimBQA4pwUAUqcFAI6nBQCWpwUA5KcFAPqnBQA6qAUASKgFAJCoBQCTqAUA5qgFAOmoBQA8qQUASqkFAJKpBQCfqQUA6KkFAP+pBQA+qgUARqoFAJSqBQCWqgUA6qoFAPKqBQBAqwUAV6sFAJarBQCiqwUA7KsFAAKsBQBCrAUASqwFAJisBQCmrAUA7qwFAPisBQBErQUATK0FAJqtBQChrQUA8K0FAPytBQBGrgUAR64FAJyuBQCorgUA8q4FAP+uBQBIrwUAT68FAJ6vBQChrwUA9K8FAPyvBQBKsAUAT7AFAKCwBQCtsAUA9rAFACaxBQBMsQUAVLEFAKzOEQCosQUA+LEFAAayBQBOsgUAX7IFAKSyBQCpsgUA+rIFABGzBQBQswUAZLMFAKazBQDFswUA/LMFAAS0BQBStAUAVLQFAKi0BQC3tAUA/rQFAAi1BQBUtQUAYrUFAKq1BQDFtQUAALYFAAy2BQBWtgUAXrYFAALPEQC4tgUAArcFABG3BQBYtwUAXbcFAK63BQC0twUABLgFAAu4BQBauAUAYrgFALC4BQCyuAUABrkFAA25BQBcuQUAXrkFALK5BQCzuQUACLoFABK6BQBeugUAaroFALS6BQC6ugUACrsFACS7BQBguwUAaLsFALa7BQDMuwUADLwFABq8BQBivAUAZbwFALi8BQC7vAUADr0FABy9BQBkvQUAcb0FALq9BQDRvQUAEL4FABi+BQBmvgUAaL4FALy+BQDEvgUAEr8FACm/BQBovwUAdL8FAL6/BQDUvwUAFMAFABzABQBqwAUAeMAFAMDABQDKwAUAFsEFAB7BBQBswQUAc8EFAMLBBQDOwQUAGMIFABnCBQBuwgUAesIFAMTCBQDRwgUAGsMFACHDBQBwwwUAc8MFAMbDBQDOwwUAHMQFACHEBQByxAUAf8QFAMjEBQD4xAUAHsUFACbFBQBYzxEAecUFAMrFBQDmxQUAIMYFACjGBQCuzxEAr8YFAMzGBQDyxgUAIscFAEvHBQB4xwUArscFAM7HBQDjxwUAJMgFACzIBQB6yAUAfcgFANDIBQDtyAUAJskFADfJBQB8yQUAf8kFANLJBQDcyQUAKMoFACrKBQB+ygUAiMoFANTKBQDgygUAKssFAEbLBQCAywUAiMsFAATQEQAKzAUALMwFAC/MBQCCzAUAqMwFANjMBQABzQUALs0FAFLNBQCEzQUAjM0FAFrQEQDfzQUAMM4FAD3OBQCGzgUAk84FANzOBQDozgUAMs8FAEHPBQCIzwUAks8FAN7PBQDszwUANNAFADnQBQCK0AUAl9AFAODQBQDo0AUANtEFAEDRBQCM0QUAmtEFAOLRBQD40QUAONIFAETSBQCO0gUAk9IFAOTSBQDt0gUAOtMFAETTBQCQ0wUArNMFAObTBQDu0wUAsNARAD7UBQCS1AUAoNQFAOjUBQD51AUABtERAEXVBQBc0REAmdUFAOrVBQDy1QUAQNYFAE/WBQCW1gUAnNYFAOzWBQD41gUAQtcFAETXBQCY1wUAotcFAO7XBQD61wUARNgFAEzYBQAI0hEAn9gFAPDYBQD/2AUARtkFAGbZBQCc2QUAqNkFAPLZBQD82QUASNoFAFDaBQCe2gUAoNoFAPTaBQAE2wUAStsFAFTbBQCg2wUArNsFAPbbBQD82wUATNwFAFTcBQBe0hEAudwFAPjcBQAA3QUATt0FAFjdBQCk3QUAqd0FAPrdBQAC3gUAtNIRAFXeBQCm3gUAr94FAAx0DACz3gUA/N4FALzeBQCMjw8ABt8FABhVDwAJ3wUAUt8FAF7fBQCo3wUAt98FAP7fBQAI4AUAVOAFAFzgBQAYeAsAYuAFAKrgBQC34AUAAOEFABfhBQBW4QUAXuEFAKzhBQC24QUAAuIFAAfiBQBY4gUAYOIFAArTEQC74gUABOMFABLjBQBa4wUAbeMFALDjBQC44wUABuQFAAnkBQBc5AUAYeQFALLkBQDB5AUACOUFACjlBQBe5QUAauUFALTlBQC+5QUACuYFACbmBQBg5gUAaOYFAGDTEQDJ5gUADOcFABLnBQBi5wUAbucFALjnBQDC5wUADugFABToBQBk6AUAcugFALroBQDG6AUAEOkFABPpBQBm6QUAZ+kFALzpBQDI6QUAEuoFABjqBQBo6gUAbuoFAL7qBQDK6gUAFOsFADHrBQBq6wUAc+sFAMDrBQDM6wUAFuwFABnsBQBs7AUAduwFAMLsBQDO7AUAGO0FAB7tBQBu7QUAdO0FAMTtBQDJ7QUAGu4FACDuBQC20xEAfO4FAMbuBQDI7gUAHO8FACvvBQBy7wUAfe8FAMjvBQDU7wUAHvAFACXwBQB08AUAfPAFAMrwBQDU8AUAIPEFACvxBQB28QUAgvEFAMzxBQDU8QUAuNQRACTyBQB48gUAi/IFAM7yBQDW8gUAJPMFACrzBQB68wUAhvMFANDzBQDa8wUAJvQFACz0BQB89AUAivQFANL0BQDe9AUAKPUFACv1BQB+9QUAhvUFANT1BQDV9QUAKvYFADb2BQCA9gUAhvYFANb2BQDe9gUALPcFADL3BQCC9wUAjvcFANj3BQD19wUALvgFADf4BQCE+AUAkPgFANr4BQDd+AUAMPkFADr5BQCG+QUAjvkFANz5BQDt+QUAMvoFAED6BQCI+gUAnvoFAN76BQDs+gUANPsFAD77BQAO1REAmfsFAOD7BQDr+wUANvwFAEL8BQCM/AUAk/wFAOL8BQDq/AUAOP0FAEL9BQCO/QUAmf0FAOT9BQDw/QUAOv4FAEL+BQBk1REAkv4FAOb+BQD5/gUAPP8FAET/BQCS/wUAmP8FAOj/BQD0/wUAPgAGAEgABgCUAAYAmgAGAOoABgD4AAYAQAEGAEwBBgCWAQYAmQEGAOwBBgD0AQYAQgIGAEMCBgCYAgYApAIGAO4CBgD0AgYARAMGAEwDBgCaAwYAoAMGAPADBgD8AwYARgQGAGMEBgCcBAYApQQGAPIEBgD+BAYASAUGAEsFBgCeBQYAqAUGAPQFBgD8BQYASgYGAFsGBgCgBgYArgYGAPYGBgAMBwYATAcGAFoHBgCiBwYArAcGAPgHBgAACAYATggGAHEIBgC61REArwgGAPoIBgAICQYAUAkGAF8JBgCmCQYAsQkGAPwJBgAECgYAUgoGAGAKBgCoCgYAqwoGAP4KBgAGCwYAENYRAGILBgCqCwYArQsGAAAMBgAIDAYAsGQGAAwMBgAEOQYADwwGAGISBgAcDAYAVgwGAHIMBgBm1hEArgwGAAINBgAPDQYAWA0GAGUNBgCuDQYAsw0GAAQOBgAODgYAWg4GAGkOBgCwDgYAtQ4GAAYPBgATDwYAXA8GAGkPBgCyDwYAvg8GAAgQBgAXEAYAXhAGAGgQBgC0EAYAwBAGAAoRBgAQEQYAYBEGAGYRBgC2EQYAuxEGAAwSBgASEgYAvNYRAGcSBgBELgYAcxIGALgSBgDGEgYADhMGABoTBgBkEwYAcRMGALoTBgDEEwYAEBQGACwUBgBmFAYAghQGABLXEQC+FAYAEhUGAB8VBgBoFQYAdRUGAL4VBgDDFQYAFBYGAB4WBgBqFgYAeRYGAMAWBgDFFgYAFhcGACMXBgBsFwYAeRcGAMIXBgDOFwYAGBgGACcYBgBuGAYAeBgGAMQYBgDQGAYAGhkGACAZBgBwGQYAdhkGAMYZBgDLGQYAHBoGACIaBgBo1xEAeRoGAMgaBgDWGgYAHhsGACEbBgB0GwYAgxsGAMobBgDPGwYAIBwGAC0cBgB2HAYAgxwGAMwcBgDYHAYAIh0GADEdBgB4HQYAgh0GAM4dBgDcHQYAJB4GACkeBgB6HgYAhx4GANAeBgDcHgYAJh8GADkfBgB8HwYAix8GANIfBgDeHwYAKCAGACkgBgB+IAYAiCAGANQgBgDiIAYAKiEGAC8hBgCAIQYAjSEGAL7XEQDYIQYALCIGADoiBgCCIgYAkyIGAMDYEQDfIgYAFtkRADMjBgCEIwYAjCMGANojBgDpIwYAMCQGADUkBgCGJAYAkyQGANwkBgDpJAYAMiUGAD4lBgCIJQYAlyUGAN4lBgDoJQYAwtkRADYmBgCKJgYApSYGAOAmBgDiJgYANicGAFAnBgCMJwYAmScGAOInBgDuJwYAOCgGAEIoBgCOKAYAqCgGAOQoBgDzKAYAOikGAD8pBgCQKQYAnSkGAOYpBgDzKQYAPCoGAEgqBgCSKgYAoSoGAOgqBgDyKgYAPisGAEorBgCUKwYApysGAOorBgD5KwYAQCwGAEwsBgCWLAYAlywGAOwsBgD2LAYAQi0GAFAtBgCYLQYAnS0GAO4tBgD7LQYAGNoRAFEuBgCaLgYApy4GAPAuBgD8LgYARi8GAFUvBgCcLwYApi8GAPIvBgAAMAYASDAGAE0wBgCeMAYAqzAGAPQwBgAAMQYASjEGAF0xBgCgMQYArzEGAPYxBgACMgYATDIGAE0yBgCiMgYArDIGAPgyBgAGMwYATjMGAFMzBgCkMwYAsTMGAG7aEQAHNAYAUDQGAFI0BgCmNAYAvzQGAPw0BgANNQYAUjUGAF41BgCoNQYAsDUGAHDbEQADNgYAVDYGAFw2BgCqNgYAuTYGAAA3BgAFNwYAVjcGAGM3BgCsNwYAuTcGAAI4BgAOOAYAWDgGAGc4BgCuOAYAuDgGAMbbEQAXOQYAWjkGAGk5BgCwOQYAvDkGAAY6BgAHOgYAXDoGAGY6BgCyOgYAwDoGAAg7BgANOwYAXjsGAGs7BgAc3BEAuTsGAAo8BgAXPAYAYDwGAG08BgC2PAYAwjwGAAw9BgAbPQYAYj0GAGw9BgC4PQYAxj0GAA4+BgATPgYAZD4GAHE+BgC6PgYAwj4GAB7dEQAcPwYAZj8GAHY/BgC8PwYAxT8GABJABgAVQAYAaEAGAHRABgC+QAYAxUAGAHTdEQAfQQYAakEGAGtBBgDAQQYA2EEGABZCBgAjQgYAbEIGAHhCBgDCQgYAzEIGABhDBgAcQwYAbkMGAHNDBgDEQwYAykMGABpEBgA6RAYAcEQGAIhEBgDGRAYA3UQGABxFBgAoRQYAckUGAHxFBgDIRQYAykUGAB5GBgAlRgYAdEYGAHtGBgDKRgYA0EYGACBHBgAsRwYAdkcGAHlHBgDMRwYAz0cGACJIBgAuSAYAeEgGAHtIBgDK3REA00gGACRJBgAsSQYAekkGAIBJBgDQSQYA1UkGACZKBgAvSgYAfEoGAIZKBgDSSgYA3koGAChLBgAwSwYAIN4RAINLBgDUSwYA3EsGACpMBgA1TAYAgEwGAIVMBgDWTAYA2UwGACxNBgA2TQYAdt4RAI5NBgDYTQYA300GAC5OBgA8TgYAhE4GAIdOBgDaTgYA4k4GADBPBgAzTwYAhk8GAJJPBgDcTwYA4k8GADJQBgBNUAYAiFAGAJRQBgDeUAYA5FAGADRRBgA8UQYAilEGAI5RBgDgUQYA7FEGADZSBgBDUgYAjFIGAJZSBgDiUgYA6lIGADhTBgA6UwYAjlMGAJJTBgDkUwYA5lMGADpUBgBOVAYAzN4RAJhUBgDmVAYA6lQGADxVBgA+VQYAklUGAJVVBgDoVQYA8FUGAD5WBgBLVgYAlFYGAJlWBgDqVgYA9FYGAEBXBgBIVwYAllcGAJdXBgDsVwYA8VcGAEJYBgBFWAYAmFgGAJtYBgDuWAYA/FgGAERZBgBdWQYAmlkGAKtZBgDwWQYA/FkGAEZaBgBOWgYAIt8RAKFaBgDyWgYA+loGAEhbBgBXWwYAnlsGAKNbBgD0WwYAAVwGAEpcBgBXXAYAoFwGAKxcBgD2XAYABV0GAExdBgBWXQYAol0GAKpdBgD4XQYAAl4GAE5eBgBTXgYApF4GAKxeBgB43xEABV8GAFBfBgBcXwYApl8GAK5fBgDO3xEACGAGAFJgBgBZYAYAqGAGALZgBgD+YAYAAWEGAFRhBgBcYQYAqmEGAK1hBgAAYgYADGIGAFZiBgBcYgYArGIGAMdiBgACYwYADmMGAFhjBgBeYwYArmMGANFjBgAEZAYAB2QGAFpkBgB+ZAYAJOARAL9kBgAGZQYAC2UGAFxlBgBpZQYAsmUGAL9lBgAIZgYAFGYGAF5mBgBtZgYAtGYGAL5mBgAKZwYAGGcGAGBnBgBlZwYAtmcGAMNnBgAMaAYAFGgGAHrgEQBvaAYAuGgGAMBoBgAOaQYAJ2kGAGRpBgBqaQYAumkGAL9pBgAQagYAMGoGAGZqBgByagYAvGoGAMlqBgASawYAGmsGAGhrBgBrawYAvmsGAMhrBgAUbAYAFmwGAGpsBgB0bAYAwGwGAMxsBgDQ4BEALG0GAGxtBgB4bQYAwm0GAMdtBgAYbgYAym0GAGzbEgAhbgYAbm4GAHhuBgDEbgYAzG4GAKRmCgDQbgYAGm8GAOduBgDIowoAIG8GAHBvBgAtbwYAil8NAHZvBgDGbwYAy28GABxwBgAicAYAJuERAIBwBgDIcAYA3nAGAB5xBgAqcQYAdHEGAHlxBgDKcQYA03EGACByBgAqcgYAdnIGAH5yBgDMcgYA23IGACJzBgAncwYAeHMGAIVzBgDOcwYA23MGACR0BgAwdAYAenQGAIl0BgDQdAYA2nQGACZ1BgA0dQYAfHUGAIl1BgDSdQYA6XUGACh2BgAwdgYAfnYGAIh2BgDUdgYA2XYGACp3BgAydwYAKOIRAIx3BgDWdwYA3HcGACx4BgBHeAYAgngGAI54BgDYeAYA3ngGAH7iEQA0eQYAkA4OAEF5BgCEeQYAk3kGANp5BgDmeQYAMHoGADF6BgCGegYAkHoGANx6BgDqegYAMnsGADd7BgCIewYAlXsGANTiEQDjewYANHwGADx8BgCKfAYAjXwGAOB8BgDpfAYANn0GAEV9BgCMfQYAl30GAOJ9BgDqfQYAOH4GAEh+BgCOfgYAnH4GAOR+BgD1fgYAOn8GAEZ/BgCQfwYAmH8GANbjEQDsfwYAPIAGAESABgCSgAYAmYAGAOiABgD2gAYAPoEGAESBBgCUgQYAoIEGAOqBBgD5gQYAQIIGAEqCBgCWggYAm4IGAOyCBgDyggYAQoMGAFaDBgCYgwYAoIMGAO6DBgAYhAYARIQGAE2EBgCahAYAp4QGAPCEBgD+hAYARoUGAFmFBgCchQYAuIUGACzkEQD3hQYASIYGAFWGBgCehgYAq4YGAPSGBgAAhwYASocGAFmHBgCghwYAqocGAPaHBgAEiAYATIgGAFGIBgCiiAYAr4gGAPiIBgAAiQYAguQRAFqJBgCkiQYAtIkGAPqJBgADigYAUIoGAFOKBgCmigYAsooGAPyKBgADiwYA2OQRAHyLBgCoiwYAsYsGAP6LBgALjAYAVIwGAGKMBgCqjAYAvYwGAACNBgAcjQYALuURAGSNBgCsjQYAwo0GAAKOBgAOjgYAWI4GAF+OBgCujgYAto4GAASPBgAJjwYAWo8GAGOPBgCwjwYAuo8GAITlEQAHkAYAXJAGAGiQBgCykAYAuJAGAAiRBgAKkQYAXpEGAGiRBgC0kQYAwpEGAAqSBgAPkgYAYJIGAG2SBgC2kgYAvpIGAAyTBgAWkwYAYpMGAHCTBgC4kwYAzpMGAA6UBgAalAYAZJQGAGuUBgC6lAYAwpQGABCVBgAVlQYAZpUGAG+VBgC8lQYAxpUGANrlEQAYlgYAaJYGAG6WBgC+lgYAw5YGABSXBgAalwYAMOYRAG+XBgDAlwYAzZcGABaYBgAjmAYAbJgGAHiYBgDCmAYA0ZgGABiZBgAimQYAbpkGAHyZBgDEmQYAyZkGABqaBgAnmgYAcJoGAHiaBgAy5xEA1JoGABybBgAymwYAcpsGAH6bBgDImwYAzZsGAB6cBgAnnAYAdJwGAH6cBgCI5xEA1pwGACCdBgAxnQYAdp0GAIKdBgDMnQYA250GACKeBgAsngYAeJ4GAIaeBgDOngYA054GACSfBgAxnwYAep8GAISfBgDQnwYAhp8GAIKjBgDenwYAJqAGADygBgB8oAYAiKAGANKgBgDXoAYAKKEGADGhBgB+oQYAiKEGANShBgDgoQYAKqIGADCiBgCAogYAhqIGANaiBgDbogYALKMGADKjBgDe5xEAiKMGANijBgDeowYALqQGADOkBgCEpAYAiqQGADToEQDopAYAMKUGAEalBgCGpQYAkqUGANylBgDhpQYAMqYGADumBgCIpgYAkqYGAN6mBgDqpgYANKcGAEenBgCKpwYAmacGAOCnBgDspwYANqgGADeoBgCMqAYAlqgGAOKoBgDwqAYAOKkGAD2pBgCOqQYAm6kGAIroEQDzqQYAOqoGAFqqBgCQqgYAnKoGAOaqBgDwqgYAPKsGAEGrBgCSqwYAk6sGAOirBgD0qwYAPqwGAEusBgCUrAYAoKwGAOqsBgD9rAYAQK0GAE+tBgCWrQYAoq0GAOytBgDtrQYAQq4GAEyuBgCYrgYApq4GAO6uBgDzrgYARK8GAFGvBgDg6BEAtq8GADbpEQD2rwYARrAGAEywBgCcsAYAobAGAPKwBgD4sAYAjOkRAE2xBgCesQYAobEGAPSxBgAAsgYASrIGAFCyBgCgsgYAu7IGAPayBgACswYATLMGAFKzBgCiswYApLMGAPizBgATtAYATrQGAFC0BgCktAYAsrQGAPq0BgALtQYAULUGAFK1BgCmtQYAv7UGAPy1BgANtgYAUrYGAF62BgCO6hEAsrYGAP62BgAMtwYAVLcGAGq3BgCqtwYAtrcGAAC4BgAFuAYAVrgGAF+4BgCsuAYAtrgGAAK5BgAKuQYAWLkGAF25BgCuuQYAvbkGAAS6BgATugYAWroGAGO6BgCwugYAtroGAAa7BgAMuwYAXLsGAGi7BgCyuwYAubsGAAi8BgAQvAYAXrwGAGC8BgC0vAYAxLwGAAq9BgAUvQYAYL0GAGy9BgC2vQYAvL0GAAy+BgAUvgYA5OoRAG6+BgC4vgYAyb4GAA6/BgAavwYAZL8GAHO/BgC6vwYAxL8GABDABgAewAYAZsAGAGvABgC8wAYAycAGABLBBgAawQYAaMEGAHLBBgBC2QYAdMEGAL7BBgDEwQYAFMIGABrCBgBqwgYAb8IGAMDCBgDGwgYAOusRACLDBgBswwYAcsMGAMLDBgDdwwYAGMQGACTEBgBuxAYAdMQGAMTEBgDMxAYAGsUGAB3FBgBwxQYAfMUGAMbFBgDXxQYAHMYGACjGBgByxgYAgcYGAMjGBgDSxgYAHscGACzHBgB0xwYAeccGAMrHBgDXxwYAIMgGACjIBgB2yAYAgMgGAMzIBgDayAYAIskGADjJBgB4yQYAhMkGAM7JBgDTyQYAJMoGAC3KBgB6ygYAhMoGADzsEQDWygYAJssGACzLBgB8ywYAiMsGANLLBgDfywYAKMwGADLMBgB+zAYAhswGANTMBgDezAYAKs0GAC/NBgCAzQYAgc0GANbNBgDbzQYALM4GAD3OBgCCzgYAh84GANjOBgDvzgYALs8GAELPBgCEzwYAoM8GANrPBgDizwYAkuwRADjQBgCG0AYAkNAGANzQBgDw0AYAMtEGADPRBgCI0QYAlNEGAN7RBgD60QYANNIGADzSBgDo7BEAk9IGAODSBgDu0gYANtMGAO/SBgAIRQsAQNMGAIzTBgCO0wYA4tMGAPvTBgA41AYASdQGAI7UBgCa1AYA5NQGAOzUBgA+7REARtUGAJDVBgCW1QYA5tUGAAHWBgA81gYASNYGAJLWBgCY1gYA6NYGAOvWBgA+1wYARtcGAJTXBgCk1wYA6tcGAO/XBgBA2AYASdgGAJbYBgCj2AYA7NgGAPPYBgCU7REAUNkGAJjZBgCu2QYA7tkGAPrZBgBE2gYASdoGAJraBgCj2gYA8NoGAPraBgBG2wYAYtsGAJzbBgCk2wYA6u0RAPfbBgBI3AYAUNwGAJ7cBgCg3AYA9NwGAA/dBgBK3QYATN0GAKDdBgCu3QYA9t0GAAfeBgBM3gYATt4GAKLeBgC73gYA+N4GAAnfBgBO3wYAWt8GAKTfBgCs3wYAQO4RAAbgBgBQ4AYAVuAGAKbgBgDB4AYA/OAGAAjhBgBS4QYAWOEGAKjhBgCr4QYAlu4RABviBgBU4gYAVeIGAKriBgC54gYAAOMGAAXjBgBW4wYAY+MGAKzjBgC54wYAAuQGAA7kBgBY5AYAZ+QGAK7kBgC45AYABOUGABLlBgBa5QYAX+UGALDlBgC95QYABuYGABLmBgBc5gYAYuYGALLmBgBv5gYAMvwGALjmBgAI5wYADecGAF7nBgBk5wYA7O4RALnnBgAK6AYAKugGAGDoBgBs6AYAtugGALzoBgAM6QYAFOkGALoVBwAV6QYAYukGAG/pBgC46QYAvukGAA7qBgAa6gYAZOoGAGbqBgC66gYAyeoGABDrBgAb6wYAZusGAGjrBgC86wYA1esGABLsBgAj7AYAaOwGAHTsBgC+7AYAyuwGABTtBgAn7QYAau0GAHntBgDA7QYAzO0GABbuBgAX7gYAbO4GAHbuBgDC7gYA0O4GABjvBgAd7wYAbu8GAHvvBgBC7xEA0e8GABrwBgAu8AYAcPAGAIzwBgDG8AYA4vAGAJjvEQAr8QYAcvEGAHPxBgDI8QYA1/EGAB7yBgAj8gYAdPIGAIHyBgDK8gYA1/IGACDzBgAs8wYAdvMGAIXzBgDM8wYA1vMGACL0BgAw9AYAePQGAH30BgDO9AYA2/QGACT1BgA09QYAevUGAHz1BgDQ9QYA3vUGACb2BgA39gYA7u8RAIP2BgBE8BEA1/YGACj3BgA19wYAfvcGAIv3BgDU9wYA2vcGACr4BgA2+AYAgPgGAJD4BgDW+AYA3/gGACz5BgAv+QYAgvkGAI75BgDY+QYA3/kGAJrwEQA6+gYAhPoGAJT6BgDa+gYA4/oGADD7BgAz+wYAhvsGAJL7BgDc+wYA4/sGAPDwEQBB/AYAiPwGAJT8BgDe/AYA3/wGADT9BgA+/QYAiv0GAJj9BgDg/QYA5f0GADb+BgBD/gYARvERAJH+BgDi/gYA8f4GADj/BgBY/wYAjv8GAJr/BgDk/wYA7v8GADoABwBCAAcAkAAHAJwABwDmAAcA7AAHADwBBwBCAQcAkgEHAJcBBwDoAQcA7gEHAEjyEQBDAgcAlAIHAJ0CBwDqAgcA+wIHAEADBwBHAwcAlgMHAJ4DBwDsAwcA+QMHAEIEBwBHBAcAmAQHAKIEBwDuBAcA9gQHAEQFBwBTBQcAmgUHAJ8FBwDwBQcA/QUHAEYGBwBTBgcAnAYHAKgGBwDyBgcAAQcHAEgHBwBSBwcAngcHAKYHBwD0BwcA/gcHAEoIBwBPCAcAoAgHAKgIBwBK8xEA+wgHAEwJBwBPCQcAogkHAKwJBwCg8xEA/gkHAE4KBwBTCgcApAoHAMQKBwD6CgcABgsHAFALBwBWCwcApgsHAKkLBwD8CwcA/gsHAFIMBwBtDAcAqAwHAKoMBwD+DAcADA0HAFQNBwBlDQcAqg0HAKwNBwAADgcAGQ4HAFYOBwBnDgcArA4HALgOBwD28xEAEg8HAFgPBwB4DwcArg8HALAPBwAEEAcAEBAHAE4cEAATEAcALiUHACAQBwCeMgcAMBAHAFoQBwBdEAcAsBAHAL8QBwAGEQcACxEHAFwRBwBpEQcAshEHAL8RBwAIEgcAFBIHAF4SBwBtEgcAtBIHAL4SBwAKEwcAGBMHAGATBwBlEwcAthMHAMMTBwAMFAcAGBQHAGIUBwBoFAcAuBQHAL4UBwAOFQcAExUHAGQVBwBqFQcATPQRANAVBwAQFgcAEhYHAGYWBwB6FgcAvBYHAMQWBwASFwcAHxcHAGgXBwBtFwcAvhcHAMgXBwAUGAcAHBgHAGoYBwCDGAcAwBgHAMwYBwAWGQcAHhkHAKL0EQCHGQcAwhkHAMQZBwAYGgcAJhoHAG4aBwB/GgcAxBoHAMYaBwAaGwcAMxsHAHAbBwCBGwcAxhsHANIbBwD49BEAIRwHAHIcBwB7HAcAyBwHANkcBwAeHQcAJR0HAHQdBwB8HQcAyh0HANcdBwAgHgcAJR4HAHYeBwCAHgcAzB4HANQeBwAiHwcAOx8HAHgfBwCEHwcAzh8HANYfBwCk9REAJyAHAHogBwCEIAcA0CAHANIgBwAmIQcAPyEHAHwhBwCNIQcA0iEHAOAhBwAoIgcAKyIHAH4iBwCJIgcA1CIHAOAiBwAqIwcAMSMHAPr1EQCFIwcA1iMHAN4jBwAsJAcAOiQHAIIkBwCDJAcA2CQHAPMkBwBQ9hEAMyUHAIQlBwCRJQcA2iUHAOclBwAwJgcAPCYHAIYmBwCVJgcA3CYHAOYmBwAyJwcAQCcHAIgnBwCNJwcA3icHAOsnBwA0KAcAQCgHAIooBwCQKAcA4CgHAOYoBwA2KQcAOykHAIwpBwCSKQcApvYRAO8pBwA4KgcAOioHAI4qBwCnKgcA5CoHAPUqBwA6KwcARisHAJArBwCYKwcAqPcRAOsrBwA8LAcARCwHAJIsBwCrLAcA6CwHAO0sBwA+LQcAQy0HAJQtBwCeLQcA6i0HAO0tBwBALgcASi4HAJYuBwCcLgcA7C4HAO4uBwBCLwcAQy8HAJgvBwCgLwcA7i8HAP4vBwBEMAcASjAHAJowBwCfMAcA8DAHAAYxBwBGMQcATjEHAJwxBwDGMQcA8jEHABUyBwBIMgcAZzIHAP73EQCmMgcAVPgRAAUzBwBKMwcAWDMHAKAzBwCsMwcA9jMHAAM0BwBMNAcAVjQHAKI0BwCqNAcA+DQHAAM1BwBONQcAUDUHAKQ1BwCnNQcA+jUHAAI2BwBQNgcAVjYHAKY2BwCvNgcA/DYHAAk3BwBSNwcAWjcHAKg3BwCtNwcA/jcHAAc4BwBUOAcAXjgHAKo4BwCyOAcAADkHAAU5BwBWOQcAZjkHAKw5BwC0OQcAAjoHAAQ6BwBYOgcAczoHAK46BwCwOgcABDsHABI7BwBaOwcAazsHALA7BwCyOwcABjwHAB88BwBcPAcAbTwHALI8BwC+PAcACD0HABA9BwCq+BEAZD0HALQ9BwC5PQcACj4HACo+BwBgPgcAbD4HALY+BwC8PgcADD8HAA8/BwBiPwcAaj8HALg/BwDCPwcADkAHABNABwBkQAcAbEAHALpABwDEQAcAEEEHABJBBwBmQQcAd0EHALxBBwDcQQcAEkIHABpCBwBoQgcAckIHAL5CBwDDQgcAAPkRAChDBwBqQwcAckMHAMBDBwDFQwcAFkQHACZEBwBsRAcAdEQHAMJEBwDMRAcAGEUHACNFBwBuRQcAekUHAMRFBwDMRQcAVvkRACZGBwBwRgcAfEYHAMZGBwDNRgcAHEcHACRHBwByRwcAi0cHAMhHBwDORwcAHkgHACNIBwB0SAcAlEgHAMpIBwDWSAcAIEkHACZJBwB2SQcAeUkHAKz5EQDOSQcAIkoHANpJBwCYGBEAJUoHAHhKBwCCSgcAzkoHANxKBwAkSwcAM0sHAHpLBwB9SwcA0EsHAJJLBwCkiwcAlksHALZpBwDcSwcAJkwHAChMBwB8TAcAgkwHANJMBwDhTAcAKE0HADNNBwB+TQcAhk0HACTMBwCYTQcA1E0HAOBNBwAqTgcAPU4HAIBOBwCPTgcA1k4HAOJOBwAsTwcALU8HAIJPBwCMTwcA2E8HAOZPBwAuUAcAM1AHAIRQBwCRUAcAAvoRAPRQBwAwUQcAP1EHAIZRBwCLUQcA3FEHAOlRBwAyUgcAP1IHAIhSBwCUUgcA3lIHAO1SBwA0UwcAPlMHAIpTBwCYUwcA4FMHAOVTBwA2VAcAQ1QHAIxUBwCYVAcA4lQHAOhUBwA4VQcAPlUHAI5VBwCTVQcA5FUHAOpVBwBY+hEAO1YHAJBWBwBDVgcAMAEKAEdWBwCs6QkASVYHAILQBwBaVgcAJAUPAJxWBwDmVgcA7FYHAMyhCADzVgcAPFcHAD9XBwCSVwcAnlcHAOhXBwDqVwcAPlgHAERYBwCUWAcAo1gHAOpYBwD1WAcAQFkHAEFZBwCWWQcAqlkHAOxZBwAGWgcAQloHAE5aBwCYWgcAq1oHAO5aBwD9WgcARFsHAFBbBwCaWwcAm1sHAPBbBwD6WwcARlwHAFRcBwCcXAcAoVwHAPJcBwD/XAcArvoRAGJdBwCeXQcArV0HAPRdBwD5XQcASl4HAFdeBwCgXgcArV4HAPZeBwACXwcATF8HAFtfBwCiXwcArF8HAPhfBwAGYAcATmAHAFNgBwCkYAcAsWAHAPpgBwAGYQcAUGEHAFZhBwCmYQcArGEHAPxhBwABYgcAUmIHAFhiBwAE+xEAtmIHAP5iBwAZYwcAVGMHAGJjBwCqYwcAt2MHAABkBwAXZAcAVmQHAGVkBwCsZAcAsWQHAAJlBwAPZQcAWGUHAGVlBwCuZQcAumUHAARmBwATZgcAWmYHAGRmBwCwZgcAvmYHAAZnBwALZwcAXGcHAGlnBwCyZwcAtWcHAAhoBwAUaAcAXmgHAGRoBwC0aAcAumgHAAppBwAPaQcAYGkHAGZpBwBa+xEA0mkHALD7EQASagcAYmoHAGRqBwC4agcAxWoHAA5rBwARawcAZGsHAGVrBwC6awcAv2sHABBsBwAWbAcAZmwHAHBsBwC8bAcA2GwHABJtBwAubQcABvwRAG5tBwC+bQcAwG0HABRuBwAhbgcAam4HAG1uBwDAbgcAwW4HABZvBwAbbwcAbG8HAHJvBwDCbwcAzG8HABhwBwA0cAcAbnAHAIpwBwBc/BEAynAHABpxBwAgcQcAcHEHAHVxBwDGcQcAzHEHALL8EQAecgcAcnIHAIByBwDIcgcA2XIHALT9EQAlcwcACv4RAHlzBwDKcwcA0nMHACB0BwAldAcAdnQHAC90BwCeiAcAd3QHAMx0BwDYdAcAInUHAC91BwB4dQcAgHUHAM51BwDYdQcAJHYHADN2BwB6dgcAe3YHANB2BwDYdgcAJncHADV3BwB8dwcAgXcHANJ3BwDfdwcAKHgHADV4BwB+eAcAingHANR4BwDjeAcAKnkHADR5BwCAeQcAjnkHANZ5BwDbeQcALHoHADl6BwCCegcAinoHANh6BwDiegcALnsHADN7BwCEewcAjHsHALb+EQDfewcAMHwHADl8BwA6gQcAPXwHAIZ8BwCTfAcA3HwHAOh8BwAyfQcAQX0HAIh9BwCSfQcA3n0HAOx9BwA0fgcAOX4HAIp+BwCXfgcA4H4HAOh+BwAM/xEAQn8HAIx/BwCcfwcA4n8HAOt/BwA4gAcAO4AHAI6ABwCagAcA5IAHAOuABwBi/xEAS4EHAJCBBwCXgQcA5oEHAPOBBwA8ggcAW4IHAJKCBwCcggcA6IIHAPCCBwA+gwcATYMHAJSDBwCZgwcA6oMHAPeDBwBAhAcATYQHAJaEBwCihAcA7IQHAPuEBwBChQcATIUHAJiFBwCghQcA7oUHAPiFBwBEhgcASYYHAJqGBwCihgcAuP8RAPyGBwBGhwcATIcHAJyHBwC3hwcA8ocHAP6HBwBIiAcATogHAA4AEgCjiAcA9IgHAAGJBwBKiQcAV4kHAKCJBwCsiQcA9okHAAWKBwBMigcAVooHAGQAEgCsigcA+IoHAP2KBwBOiwcAVosHALoAEgCuiwcA+osHAACMBwBQjAcAUowHAKaMBwCzjAcA/IwHAP+MBwBSjQcAU40HAKiNBwCtjQcA/o0HAASOBwBUjgcAXo4HAKqOBwDEjgcAAI8HAA+PBwBWjwcAW48HAKyPBwC5jwcAApAHAA+QBwBYkAcAZJAHAK6QBwC9kAcABJEHAA6RBwBakQcAaJEHALCRBwC1kQcABpIHABOSBwBckgcAZpIHABqcBwBokgcAspIHALiSBwAIkwcADpMHAF6TBwBjkwcAtJMHALqTBwAQARIAD5QHAGCUBwBtlAcAtpQHAMOUBwAMlQcAGJUHAGKVBwBxlQcAuJUHAMKVBwAOlgcAHJYHAGSWBwBplgcAupYHAMeWBwAQlwcAGJcHABICEgBslwcAvJcHAMKXBwASmAcAF5gHAGiYBwBumAcAaAISAMCYBwAUmQcAHZkHAGqZBwBtmQcAwJkHAMyZBwAWmgcAHZoHAGyaBwB0mgcAwpoHANuaBwAYmwcALJsHAG6bBwCKmwcAxJsHAMybBwAUAxIAKJwHAHCcBwCGnAcAxpwHANKcBwAcnQcAIZ0HAHKdBwB7nQcAyJ0HANKdBwAengcAOp4HAHSeBwB8ngcAagMSAM+eBwAgnwcALZ8HAHafBwCDnwcAzJ8HANifBwAioAcAMaAHAHigBwCCoAcAzqAHANygBwAkoQcAKaEHAHqhBwCHoQcA0KEHANihBwDAAxIANKIHAHyiBwCSogcA0qIHAN6iBwAoowcALaMHAH6jBwCHowcA1KMHAN6jBwAqpAcAMqQHAICkBwCPpAcA1qQHANikBwAspQcANaUHAIKlBwCFpQcA2KUHAOSlBwAupgcANaYHAISmBwCMpgcA2qYHAPOmBwAwpwcARKcHAIanBwCipwcA3KcHAOSnBwAWBBIAN6gHAIioBwCVqAcA3qgHAOuoBwA0qQcAQKkHAIqpBwCZqQcA4KkHAOqpBwA2qgcAQKoHAIyqBwCaqgcA4qoHAPiqBwA4qwcARKsHAI6rBwCTqwcA5KsHAO2rBwA6rAcARKwHAJCsBwCcrAcA5qwHAOysBwA8rQcAQq0HAJKtBwCXrQcA6K0HAO6tBwBsBBIASq4HAJSuBwCYrgcA6q4HAPmuBwBArwcARa8HAJavBwCjrwcA7K8HAPmvBwBCsAcATrAHAJiwBwCnsAcA7rAHAPiwBwBEsQcAUrEHAJqxBwCfsQcA8LEHAP2xBwBGsgcAUrIHAJyyBwCisgcA8rIHAPiyBwBIswcATbMHAJ6zBwCkswcAwgQSAPmzBwBKtAcAUbQHAKC0BwCstAcA9rQHAPi0BwBMtQcA+bQHAAK7BwBntQcAorUHAKS1BwD4tQcABrYHAE62BwBftgcApLYHAKa2BwD6tgcAE7cHAFC3BwBhtwcAprcHALK3BwD8twcACLgHAFK4BwBluAcAqLgHALe4BwD+uAcACrkHAFS5BwBVuQcAqrkHALS5BwAAugcADroHAFa6BwBbugcArLoHALm6BwAYBRIABLsHAFi7BwBzuwcArrsHALC7BwAEvAcAErwHAFq8BwBrvAcAsLwHALK8BwAGvQcAH70HAFy9BwBtvQcAsr0HAL69BwAIvgcAFL4HAF6+BwBxvgcAtL4HAMO+BwAKvwcAFr8HAGC/BwBhvwcAtr8HAMC/BwAMwAcAGsAHAGLABwBnwAcAuMAHAMXABwAaBhIAE8EHAGTBBwBswQcAusEHALzBBwAQwgcAIcIHAGbCBwB0wgcAvMIHANfCBwASwwcAHsMHAGjDBwBwwwcAHAcSAMPDBwAUxAcAG8QHAGrEBwB2xAcAwMQHAMPEBwAWxQcAHsUHAGzFBwB8xQcAwsUHAMfFBwAYxgcAIcYHAG7GBwB7xgcAxMYHAMvGBwAaxwcAIscHAHIHEgB9xwcAxscHAM7HBwAcyAcAMMgHAHLIBwB3yAcAyMgHANHIBwAeyQcAJMkHAHTJBwB8yQcAyskHANnJBwAgygcAMcoHAHbKBwB/ygcAzMoHAM/KBwAiywcALMsHAHjLBwCEywcAzssHANTLBwDIBxIAMcwHAHrMBwB/zAcA0MwHANfMBwAmzQcAMs0HAHzNBwCEzQcAHggSAO3NBwAozgcAKs4HAH7OBwCMzgcA1M4HAOXOBwAqzwcALM8HAIDPBwCZzwcA1s8HAOfPBwAs0AcAONAHAHQIEgCR0AcA2NAHAOHQBwAu0QcANNEHAITRBwCK0QcA2tEHAObRBwAw0gcAN9IHAIbSBwCO0gcA3NIHAODSBwAy0wcAPdMHAIjTBwCW0wcA3tMHAO/TBwA01AcAQNQHAIrUBwCS1AcAyggSAOPUBwA21QcAQNUHAIzVBwCO1QcA4tUHAPvVBwA41gcASdYHAI7WBwCc1gcA5NYHAOfWBwA61wcARdcHAJDXBwCe1wcA5tcHAPPXBwA82AcAU9gHAJLYBwCa2AcA6NgHAOrYBwA+2QcARtkHAJTZBwCj2QcA6tkHAO/ZBwBA2gcATdoHAJbaBwCj2gcA7NoHAPjaBwBC2wcAUdsHAJjbBwCi2wcA7tsHAPzbBwBE3AcASdwHAJrcBwCn3AcA8NwHAPjcBwBG3QcAUN0HAJzdBwCh3QcA8t0HAPrdBwBI3gcAS94HAJ7eBwC73gcA9N4HAAXfBwBK3wcAUt8HAKDfBwCj3wcA9t8HAALgBwBM4AcAUuAHAKLgBwC94AcA+OAHAAThBwBO4QcAVOEHACAJEgCz4QcA+uEHAPvhBwBQ4gcAiOIHAKbiBwC04gcA/OIHAP3iBwBS4wcAWuMHAKjjBwC34wcA/uMHAAPkBwBU5AcAYeQHAKrkBwC35AcAAOUHAAzlBwBW5QcAZeUHAKzlBwC25QcAAuYHABDmBwBY5gcAXeYHAK7mBwC75gcABOcHAAznBwBa5wcAZOcHALDnBwC15wcABugHAA7oBwBc6AcAZugHALLoBwC96AcACOkHABTpBwBe6QcAZukHAHYJEgC56QcACuoHAA3qBwBg6gcAauoHALbqBwC+6gcAzAkSABrrBwBi6wcAeOsHALjrBwDE6wcADuwHABPsBwBk7AcAbewHALrsBwDE7AcAEO0HABjtBwBm7QcAcu0HALztBwDP7QcAEu4HABPuBwBo7gcAdu4HAL7uBwDE7gcAFO8HACDvBwBq7wcAce8HACIKEgDB7wcAFvAHACLwBwBs8AcAefAHAMLwBwDK8AcAGPEHACLxBwBu8QcAffEHAMTxBwDF8QcAGvIHACLyBwBw8gcAf/IHAMbyBwDL8gcAHPMHACnzBwBy8wcAf/MHAMjzBwDU8wcAHvQHAC30BwB09AcAfvQHAMr0BwDY9AcAIPUHACX1BwB29QcAg/UHAMz1BwDU9QcAIvYHACb2BwB49gcAhvYHAM72BwDY9gcAJPcHAC/3BwB69wcAgvcHAND3BwDb9wcAJvgHACv4BwB8+AcAf/gHANL4BwDc+AcAKPkHADD5BwB++QcAnfkHAHgKEgDj+QcAKvoHACv6BwCA+gcAiPoHANb6BwDX+gcALPsHADL7BwCC+wcAh/sHANj7BwDz+wcALvwHADz8BwCE/AcAi/wHANr8BwDm/AcAMP0HADb9BwCG/QcAov0HANz9BwDk/QcAzgoSADj+BwCI/gcAjv4HAN7+BwDj/gcANP8HADr/BwAkCxIAj/8HAOD/BwDn/wcANgAIAEIACACMAAgAlAAIANALEgD1AAgAOAEIAG4BCACOAQgAkAEIAJACCADDAQgA5AEIAAkCCAA6AggAQQIIAHwMEgB0AggAJgwSAKACCADmAggAIAMIANIMEgBFAwgAAkYNAEYDCADYig8AWQMIAJIDCABcAwgA6rwOAKMDCADoAwgA8AMIAD4ECABBBAgAlAQIAKAECADqBAgA8AQIAEAFCABbBQgAlgUIAKIFCADsBQgA8gUIAEIGCABKBggAmAYIALQGCADuBggA9gYIACgNEgBTBwgAmgcIAJsHCADwBwgA+AcIAEYICABHCAgAnAgIAKIICADyCAgA9wgIAEgJCABjCQgAngkIAKwJCAD0CQgA+wkIAEoKCABWCggAoAoIAKYKCAD2CggAEgsIAEwLCABUCwgAfg0SAKgLCAD4CwgA/gsIAE4MCABTDAgApAwIAKoMCADUDRIA/wwIAFANCABXDQgApg0IALINCAD8DQgABA4IAIAOEgBlDggAqA4IAN4OCAD+DggAAA8IAAAQCAAzDwgAVA8IAHkPCACqDwgAsQ8IACwPEgDkDwgA1g4SABAQCABWEAgAkBAIAIIPEgCuEAgAAhEIAAMRCABYEQgAYhEIAK4RCAC8EQgABBIIAB8SCABaEggAZhIIALASCAC4EggA2A8SABITCABcEwgAYhMIALITCADNEwgACBQIABQUCABeFAgAZBQIALQUCAC8FAgAChUIABgVCABgFQgAYxUIALYVCAC+FQgADBYIABUWCABiFggAbxYIALgWCAC6FggADhcIACkXCABkFwgAZhcIALoXCADIFwgAEBgIACEYCABmGAgAaBgIALwYCADVGAgAEhkIACMZCABoGQgAdBkIAL4ZCADGGQgALhASABoaCABqGggAchoIAMAaCADHGggAFhsIABsbCABsGwgAeBsIAMIbCADFGwgAGBwIACAcCABuHAgAexwIAMQcCADJHAgAGh0IACQdCABwHQgAeB0IAMYdCADSHQgAHB4IAC8eCAByHggAgB4IAMgeCADLHggAHh8IACgfCACEEBIAdx8IAMofCADSHwgAICAIACMgCAB2IAgAgiAIAMwgCADSIAgAIiEIAD0hCAB4IQgAhCEIAM4hCADUIQgAJCIIACwiCAB6IggAiCIIANAiCADTIggAJiMIAC4jCAB8IwgAhSMIANIjCADfIwgAKCQIACokCAB+JAgAmSQIANQkCADWJAgAKiUIADglCACAJQgAkSUIANYlCADYJQgALCYIAEUmCACCJggAkyYIANgmCADkJggALicIADYnCADaEBIAiicIANonCADiJwgAMCgIADcoCACGKAgAiygIANwoCADoKAgAMikIADUpCACIKQgAkCkIAN4pCADrKQgANCoIADkqCACKKggAlCoIAOAqCADoKggANisIAEIrCACMKwgAnysIAOIrCADwKwgAOCwIADssCACOLAgAmCwIADAREgDnLAgAOi0IAEYtCACQLQgAli0IAOYtCAABLggAPC4IAEguCACSLggAmC4IAOguCADwLggAPi8IAEwvCACULwgAly8IAOovCADyLwgAQDAIAEkwCACWMAgAozAIAOwwCADuMAgAQjEIAF0xCACYMQgAmjEIAO4xCAD8MQgARDIIAFUyCACaMggAnDIIAPAyCAAJMwgARjMIAFczCACcMwgAqDMIAPIzCAD6MwgAhhESAE40CACeNAgApjQIAPQ0CAD7NAgASjUIAE81CACgNQgArDUIAPY1CAD5NQgATDYIAFQ2CACiNggArzYIAPg2CAD9NggATjcIAFg3CACkNwgArDcIAPo3CAAGOAgAUDgIAGM4CACmOAgAtDgIAPw4CAD/OAgAUjkIAFw5CADcERIAsDkIADISEgAMOggAVDoIAGU6CACqOggAtjoIAAA7CAAIOwgAiBISAFs7CACsOwgAtjsIAAI8CAAKPAgAWDwIAGg8CACuPAgAszwIAAQ9CAANPQgAWj0IAGc9CACwPQgAtz0IAN4SEgAIPggAXD4IAAs+CADOTgkADz4IAJjCEAASPggA3LcPABQ+CABGtgkAZj4IAMovEABtPggAsj4IAMM+CAAIPwgAFj8IAF4/CAB6PwgAtD8IANA/CAA0ExIAGEAIAGBACABtQAgAtkAIAM1ACAAMQQgAGEEIAGJBCABoQQgAuEEIAL5BCAAOQggAE0IIAGRCCABqQggAihMSANBCCAAQQwgAH0MIAGZDCAA8QwgAcEgIAGhDCAC8QwgAy0MIABJECAAdRAgAaEQIAHRECAC+RAgAwUQIABRFCADFRAgALlIIANpECADMSwgAIEUIAGpFCABwRQgAwEUIANtFCAAWRggAIkYIAGxGCAByRggAwkYIAM5GCAAYRwgAHkcIAG5HCAB0RwgAxEcIAMlHCAAaSAgAIEgIAOATEgBzSAgAxkgIAOJICAAcSQgAJEkIAOIUEgB+SQgAyEkIAM5JCAAeSggAOUoIAHRKCACASggAykoIANBKCAAgSwgAKEsIAHZLCACXSwgAOBUSANRLCACOFRIAJ0wIAHhMCACFTAgAzkwIANtMCAAkTQgAME0IAHpNCACJTQgA0E0IANpNCAAmTggALk4IAHxOCACGTggA0k4IAOBOCAAoTwgAPk8IAH5PCACKTwgA1E8IANlPCAAqUAgAM1AIAIBQCACKUAgA1lAIAN5QCAAsUQgANlEIAIJRCACHUQgA2FEIAOBRCADkFRIAOlIIAIRSCACXUggA2lIIAOlSCAAwUwgAPFMIAIZTCACHUwgA3FMIAOZTCAAyVAgAQFQIAIhUCACNVAgA3lQIAOtUCAA6FhIAP1UIAIpVCACWVQgA4FUIAOZVCAA2VggAQlYIAIxWCACUVggAPBcSAOVWCAA4VwgAQFcIAI5XCACbVwgA5FcIAOlXCAA6WAgAQlgIAJBYCACSWAgA5lgIAAFZCAA8WQgAPlkIAJJZCACgWQgA6FkIAPlZCAA+WggAQFoIAJRaCACtWggA6loIAPtaCABAWwgATFsIAJZbCACeWwgAkhcSAPFbCABCXAgAT1wIAJhcCAClXAgA7lwIAPpcCABEXQgAU10IAJpdCACkXQgA8F0IAP5dCABGXggAS14IAJxeCACpXggA8l4IAPpeCABIXwgASl8IAJ5fCACoXwgA9F8IAPxfCADoFxIAVWAIAKBgCACuYAgA9mAIAPlgCABMYQgAVGEIAKJhCAC4YQgA+GEIAP1hCABOYggAZGIIAKRiCACwYggA+mIIAAdjCABQYwgAWmMIAD4YEgCoYwgA/GMIAApkCABSZAgAY2QIAJQYEgCuZAgA/mQIAAplCADqGBIAVmUIAKplCACwZQgAAGYIACBmCABWZggAYmYIAKxmCACzZggAAmcIAApnCABYZwgAX2cIAK5nCAC6ZwgABGgIAAZoCABaaAgAYWgIAEAZEgCzaAgABmkIAA5pCABcaQgAbGkIALJpCAC0aQgACGoIABZqCABeaggAb2oIAJYZEgC7aggA7BkSABdrCABgawgAZ2sIALZrCAC+awgADGwIABpsCABibAgAZWwIALhsCADAbAgADm0IABVtCABkbQgAcm0IALptCAC9bQgAEG4IABJuCABmbggAf24IALxuCADNbggAEm8IAB5vCABobwgAb28IAL5vCADGbwgAFHAIAB1wCABqcAgAd3AIAMBwCADKcAgAFnEIACRxCABscQgAfXEIAMJxCADKcQgAGHIIACJyCABucggAfHIIAMRyCADacggAGnMIACZzCABwcwgAd3MIAMZzCADOcwgAHHQIACJ0CABydAgAfnQIAMh0CADSdAgAHnUIACR1CAB0dQgAiHUIAJgaEgDYdQgAIHYIADl2CAB2dggAjHYIAMx2CADbdggAIncIADx3CAB4dwgAe3cIAIJ8CACDdwgAjIEIAId3CADOdwgA03cIACR4CAAxeAgAengIAId4CADQeAgA3HgIACZ5CAA1eQgAfHkIAIZ5CADSeQgA4HkIACh6CAAteggAfnoIAIt6CADUeggA4HoIACp7CAAwewgAgHsIAIZ7CADWewgA23sIACx8CAAyfAgA7hoSAI58CADYfAgA3nwIAC59CABJfQgAhH0IAJB9CADafQgA4H0IADB+CAA3fggAhn4IAIt+CAA0gAgAkn4IANx+CADefggAMn8IADl/CACIfwgApH8IAN5/CADmfwgA8BsSADiACACKgAgAl4AIAOCACAD8gAgANoEIAD6BCABGHBIAkYEIAOKBCADlgQgAOIIIAEKCCACOgggAn4IIAOSCCADpgggAOoMIAD+DCACQgwgAsIMIAOaDCADvgwgAPIQIAD2ECACShAgAnoQIAOiECADuhAgAPoUIAESFCACUhQgAmYUIAOqFCADwhQgAnBwSAEGGCACWhggAooYIAOyGCAD5hggAQocIAEqHCACYhwgAoYcIAO6HCAD7hwgARIgIAFKICACaiAgArYgIAPCICAD4iAgARokIAEmJCACciQgAoYkIAPKJCAABiggASIoIAGiKCACeiggAqooIAPSKCAD+iggAnh0SAFSLCACgiwgAoosIAPaLCAAAjAgATIwIAFWMCACijAgApYwIAPiMCAAAjQgATo0IAIWNCAD0HRIAsI0IAPqNCAAJjggAUI4IAHCOCACmjggAso4IAPyOCAADjwgAUo8IAFePCACojwgAqY8IAP6PCAAKkAgAVJAIAFqQCACqkAgArJAIAACRCAAKkQgAVpEIAGSRCACskQgAsZEIAAKSCAAPkggAWJIIAGKSCACukggAvJIIAASTCAAakwgAWpMIAGaTCACwkwgAtZMIAAaUCAAPlAgAXJQIAGaUCACylAgAvpQIAAiVCAAblQgAXpUIAG2VCAC0lQgAwJUIAAqWCAALlggAYJYIAGqWCAC2lggAxJYIAAyXCAARlwgAYpcIAG+XCABKHhIAxpcIAA6YCAAkmAgAZJgIAHCYCAC6mAgAwZgIABCZCAAYmQgAZpkIAGuZCAC8mQgAxZkIABKaCAAcmggAaJoIAHCaCAC+mggAwpoIABSbCAAWmwgAapsIAHibCADAmwgAypsIABacCAAknAgAbJwIAHmcCADCnAgA2ZwIABidCAAgnQgAbp0IAH6dCADEnQgAyZ0IABqeCAAgnggAcJ4IAHieCADGnggAy54IAByfCAAdnwgAcp8IAH6fCADInwgAzp8IAB6gCAAgoAgAdKAIAH6gCADKoAgA2KAIACChCAAloQgAdqEIAIOhCABMHxIAzqEIACKiCAAsoggAeKIIAIaiCADOoggA06IIACSjCAAxowgAeqMIAHyjCADQfAoAhKMIANCjCADeowgAJqQIADykCAB8pAgAiKQIANKkCADXpAgAKKUIADGlCAB+pQgAiKUIANSlCADgpQgAKqYIAD2mCACApggAj6YIANamCADipggALKcIAC2nCACCpwgAjKcIANinCADmpwgALqgIADOoCACEqAgAkagIAKIfEgDjqAgAMKkIADqpCACGqQgAiKkIANypCADmqQgAMqoIAD6qCACIqggAkKoIAKQgEgDfqggANKsIAECrCACKqwgAkKsIAOCrCADiqwgANqwIAECsCACMrAgAmqwIAOKsCADnrAgAOK0IAEWtCACOrQgAlq0IAOStCADurQgAOq4IAEiuCACQrggApq4IAOauCADyrggAPK8IAEOvCACSrwgAmq8IAOivCADtrwgAPrAIAEewCACUsAgAnrAIAOqwCAD/sAgAQLEIAEmxCACWsQgAo7EIAOyxCADusQgAQrIIAFuyCACYsggAqbIIAO6yCAD6sggARLMIAEyzCAD6IBIAn7MIAPCzCAD4swgARrQIAFy0CACctAgAobQIAPK0CAD5tAgASLUIAFa1CACetQgArrUIAPS1CAAItggASrYIAFK2CACgtggAr7YIAPa2CAD7tggATLcIAFW3CACitwgAr7cIAPi3CAACuAgATrgIAFq4CACkuAgAqrgIAFAhEgAIuQgAULkIAGa5CACmuQgAsrkIAPy5CAABuggAUroIAFu6CACouggAsroIAP66CAAGuwgAVLsIAFi7CACquwgArLsIAAC8CAAOvAgAVrwIAGC8CACsvAgAurwIAAK9CAAPvQgAWL0IAG+9CACuvQgAtr0IAAS+CAAUvggAWr4IAF++CACwvggAtr4IAAa/CAAOvwgAXL8IAHe/CACyvwgAtL8IAAjACAAZwAgAXsAIAGfACAC0wAgAwMAIAKYhEgAPwQgAYMEIAGPBCAC2wQgAwMEIAAzCCAAOwggAYsIIAH3CCAC4wggAusIIAA7DCAAcwwgAZMMIAHXDCAC6wwgAvMMIABDECAApxAgAZsQIAHfECAC8xAgAyMQIAPwhEgAvxQgAaMUIAHnFCAC+xQgA2sUIABTGCAAcxggAUiISAG/GCADAxggAyMYIABbHCAAhxwgAbMcIAHHHCADCxwgAxccIABjICAAiyAgAbsgIAHHICADEyAgAzMgIABrJCAAcyQgAcMkIAIvJCADGyQgAyMkIABzKCAAqyggAcsoIAIPKCADIyggAysoIAB7LCAA3ywgAdMsIAIXLCADKywgA1ssIACDMCAAozAgAqCISAIPMCADMzAgA1MwIACLNCAAszQgAeM0IAIPNCADOzQgA2s0IACTOCAAszggA/iISAH/OCADQzggA1c4IACbPCAA3zwgAVCMSAInPCADSzwgA1M8IACjQCABB0AgAftAIAI/QCADU0AgA4NAIACrRCAAy0QgAqiMSAIXRCADW0QgA3tEIACzSCAA70ggAgtIIAIjSCADY0ggA5NIIAC7TCAAw0wgAhNMIAI7TCADa0wgA5tMIADDUCAA41AgAACQSAJLUCADc1AgA39QIADLVCAA11QgAiNUIAJbVCADe1QgA49UIADTWCABB1ggAViQSAJvWCADg1ggA6NYIADbXCADt1ggAnuAIAEHXCACM1wgAkdcIAOLXCADl1wgAONgIAELYCACO2AgAsdgIAOTYCADn2AgAOtkIAF7ZCACQ2QgAmNkIAKwkEgDs2QgAPNoIAEraCACS2ggAntoIAOjaCADv2ggAPtsIAEbbCACU2wgApNsIAOrbCADv2wgAQNwIAEbcCACW3AgAntwIAOzcCAAJ3QgAQt0IAEvdCACY3QgApN0IAO7dCAD03QgARN4IAFjeCACa3ggAot4IAPDeCAAA3wgARt8IAEjfCACc3wgAqt8IAPLfCAAD4AgAAiUSAE/gCABYJRIAo+AIAPTgCAD74AgASuEIAFbhCACg4QgAo+EIAPbhCAAG4ggATOIIAE7iCACi4ggAsOIIAPjiCAAJ4wgAriUSAFXjCAAEJhIAt+MIAPrjCAAJ5AgAUOQIAFzkCACm5AgAp+QIAPzkCAAG5QgAUuUIAGDlCACo5QgAreUIAP7lCAAL5ggAWiYSAFnmCACq5ggAs+YIAADnCAAR5wgAVucIAF3nCACs5wgAtOcIAALoCAAP6AgAWOgIAF3oCACu6AgAuOgIAATpCAAM6QgAWukIAGDpCACw6QgAvOkIAAbqCAAI6ggAXOoIAGvqCACy6ggAveoIAAjrCAAQ6wgAXusIAGDrCAC06wgAwesIAArsCAAe7AgAYOwIAGjsCAC27AgAxewIAAztCAAR7QgAYu0IAG/tCAC47QgAwu0IAA7uCAAQ7ggAZO4IAHPuCAC67ggAxO4IABDvCAAY7wgAZu8IAGfvCAC87wgAwe8IABLwCAAg8AgAaPAIAHXwCAC+8AgAyPAIAFwnEgAX8QgAavEIAHbxCADeAAkAhvEIAMDxCADI8QgAsicSABvyCABs8ggAdPIIAMLyCADF8ggAGPMIACTzCABu8wgAdPMIAMTzCADf8wgAGvQIACb0CABw9AgAdvQIAMb0CADJ9AgAHPUIACT1CABy9QgAdPUIAMj1CADj9QgAHvYIACD2CAB09ggAgvYIAMr2CADb9ggAIPcIACL3CAB29wgAj/cIAMz3CADd9wgAIvgIAC74CAB4+AgAgPgIAAgoEgDT+AgAJPkIACr5CAB6+QgAgvkIAND5CADf+QgAJvoIACv6CAB8+ggAifoIANL6CADf+ggAKPsIADT7CAB++wgAjfsIANT7CADe+wgAKvwIADj8CACA/AgAhfwIANb8CADj/AgAXigSADj9CACC/QgAiP0IANj9CADz/QgALv4IADr+CACE/ggAiv4IANr+CADd/ggAMP8IADz/CACG/wgAjP8IANz/CADi/wgAMgAJADcACQCIAAkAjgAJALQoEgDkAAkANAEJADoBCQCKAQkAjwEJAOABCQDmAQkACikSADsCCQCMAgkAmQIJAOICCQDvAgkAOAMJAEQDCQCOAwkAnQMJAOQDCQDuAwkAOgQJAEgECQCQBAkAlQQJAOYECQDzBAkAPAUJAFQFCQCSBQkAmAUJAOgFCQD0BQkAPgYJAE4GCQCUBgkAnQYJAOoGCQDtBgkAQAcJAEwHCQCWBwkAnQcJAAwqEgDuBwkAQggJAEwICQCYCAkAmwgJAO4ICQD2CAkARAkJAEcJCQCaCQkApgkJAPAJCQD2CQkARgoJAGEKCQCcCgkAqAoJAPIKCQD4CgkAYioSAGgLCQCeCwkAqQsJAPQLCQD5CwkASgwJAFMMCQCgDAkAowwJAPYMCQACDQkATA0JAFgNCQAMGAkAZA0JAKINCQCpDQkA+A0JAP4NCQBODgkAXA4JAKQOCQC/DgkA+g4JAAYPCQBQDwkAVg8JAKYPCQDADwkA/A8JAAgQCQBSEAkAWBAJAKgQCQCuEAkA/hAJAAMRCQBUEQkAWhEJALgqEgC3EQkAABIJAAwSCQBWEgkAYBIJAKwSCQCwEgkAAhMJAAcTCQBYEwkAXhMJAK4TCQDOEwkABBQJABAUCQBaFAkAYBQJALAUCQC2FAkABhUJAAsVCQBcFQkAYhUJAGQrEgC3FQkACBYJAA8WCQBeFgkAahYJALQWCQDQFgkAChcJABIXCQBmLBIAiRcJALYXCQDcFwkAvCwSAB8YCQBiGAkAcRgJALgYCQDEGAkADhkJAA8ZCQBkGQkAbhkJALoZCQDIGQkAEBoJABUaCQBmGgkAcxoJABItEgDEGgkAFC4SABcbCQBoGwkAdRsJAL4bCQDLGwkAFBwJACAcCQBqHAkAeRwJAMAcCQDKHAkAFh0JACQdCQBsHQkAcR0JAMIdCQDPHQkAGB4JACAeCQBqLhIAeh4JAMQeCQDUHgkAGh8JACMfCQBwHwkAcx8JAMYfCQDSHwkAHCAJACMgCQDALhIAfSAJAMggCQDUIAkAHiEJACYhCQAWLxIAgSEJAMohCQDRIQkAICIJACEiCQB2IgkAeyIJAMwiCQDaIgkAIiMJAC8jCQB4IwkAgiMJAM4jCQDWIwkAJCQJAC0kCQB6JAkAgCQJANAkCQDhJAkAJiUJAEIlCQB8JQkAhCUJAGwvEgDdJQkAKCYJADImCQB+JgkAiCYJANQmCQDVJgkAwi8SAC8nCQCAJwkAjScJANYnCQDjJwkALCgJADgoCQCCKAkAkSgJANgoCQDiKAkALikJADYpCQCEKQkAjikJANopCQDfKQkAMCoJADgqCQAYMBIAkSoJANwqCQDoKgkAMisJADorCQBuMBIAjSsJAN4rCQDtKwkANCwJAFQsCQCKLAkAliwJAOAsCQDmLAkANi0JAD4tCQCMLQkAky0JAOItCQDkLQkAOC4JAEQuCQCOLgkApC4JAOQuCQDpLgkAOi8JAEcvCQDEMBIAlS8JAOYvCQD1LwkAPDAJAFwwCQCSMAkAnjAJAOgwCQDuMAkAPjEJAEYxCQCUMQkAmzEJAOoxCQDsMQkAQDIJAEwyCQCWMgkArDIJAOwyCQDxMgkAQjMJAE8zCQCYMwkAoDMJAO4zCQD0MwkARDQJAE00CQCaNAkApzQJAPA0CQD9NAkARjUJAFQ1CQCcNQkAqTUJAPI1CQAJNgkASDYJAHg2CQAaMRIApDYJAPQ2CQCrNgkAXM0PAAo3CQBKNwkAWDcJAKA3CQCjNwkA9jcJAPk3CQBMOAkAWjgJAKI4CQCnOAkA+DgJAAU5CQBOOQkAVjkJAKQ5CQCrOQkA+jkJAAY6CQBQOgkAXToJAKY6CQC0OgkA/DoJAAg7CQBSOwkAWTsJAKg7CQCwOwkA/jsJAAI8CQBUPAkAXzwJAKo8CQC4PAkAAD0JABE9CQBWPQkAYj0JAKw9CQC0PQkAcDESAAg+CQBYPgkAbD4JAK4+CQC8PgkABD8JABE/CQBaPwkAcT8JALA/CQC4PwkABkAJABBACQBcQAkAYUAJALJACQC6QAkACEEJABdBCQBeQQkAY0EJALRBCQDBQQkACkIJABdCCQBgQgkAbEIJALZCCQDFQgkADEMJABZDCQBiQwkAakMJALhDCQDCQwkADkQJABNECQBkRAkAbEQJAMYxEgDFRAkAEEUJABxFCQBmRQkAbkUJABwyEgDBRQkAEkYJACFGCQBoRgkAiEYJAL5GCQDKRgkAFEcJABpHCQBqRwkAckcJAMBHCQDHRwkAFkgJABhICQBsSAkAeEgJAMJICQDYSAkAGEkJAB1JCQBuSQkAe0kJAHIyEgDNSQkAGkoJACBKCQBwSgkAfkoJAMZKCQDTSgkAHEsJADNLCQBySwkAeksJAMhLCQDXSwkAHkwJACNMCQB0TAkAgUwJAMpMCQDXTAkAIE0JACxNCQB2TQkAhU0JAMxNCQDWTQkAIk4JAD5OCQB4TgkAgE4JAMgyEgDbTgkA4GEOAN1OCQAkTwkALk8JANbdDgBETwkAek8JAIZPCQDQTwkA1k8JACZQCQAuUAkAVpMJADJQCQB8UAkAQFAJACp9CQCPUAkA0lAJAOFQCQAoUQkANFEJAH5RCQB/UQkA1FEJAN5RCQAqUgkAOFIJAIBSCQCFUgkA1lIJAONSCQAeMxIAMlMJAIJTCQCIUwkA2FMJAN1TCQAuVAkANFQJACA0EgCPVAkA2lQJAOhUCQAwVQkAQVUJAIZVCQCSVQkA3FUJAORVCQDMNBIAPlYJAIhWCQCSVgkA3lYJAO1WCQA0VwkAP1cJAIpXCQCYVwkA4FcJAO1XCQA2WAkATVgJAIxYCQCUWAkA4lgJAOVYCQA4WQkARFkJAI5ZCQCUWQkA5FkJAP9ZCQA6WgkARloJAJBaCQCWWgkA5loJAO5aCQA8WwkAPlsJAJJbCQCTWwkA6FsJAPZbCQA+XAkARlwJAJRcCQCvXAkA6lwJAPZcCQBAXQkARl0JAJZdCQCZXQkA7F0JAPpdCQBCXgkAR14JAJheCQClXgkA7l4JAApfCQBEXwkATF8JACI1EgCnXwkA0NoOAKtfCQDwXwkArV8JAC41DwD8XwkARmAJAFNgCQCcYAkAoWAJAPJgCQD8YAkASGEJAFhhCQCeYQkAo2EJAPRhCQD9YQkASmIJAFdiCQCgYgkAp2IJAPZiCQACYwkATGMJAFJjCQCiYwkAqGMJAPhjCQD9YwkATmQJAFRkCQB4NRIAsGQJAPpkCQAAZQkAUGUJAFZlCQCmZQkAs2UJAPxlCQABZgkAUmYJAFpmCQCoZgkA3mYJAP5mCQApZwkAVGcJAFxnCQCqZwkAt2cJAABoCQAFaAkAVmgJAF5oCQCsaAkAr2gJAAJpCQALaQkAWGkJAGdpCQCuaQkAuWkJAARqCQAMagkAWmoJAGpqCQCwagkAvmoJAAZrCQAXawkAXGsJAGhrCQCyawkAumsJAHo2EgAObAkAXmwJAGZsCQC0bAkAu2wJAAptCQAYbQkAYG0JAGZtCQC2bQkAwm0JAAxuCQAbbgkAYm4JAGxuCQC4bgkAvW4JAA5vCQAUbwkAZG8JAHhvCQDQNhIAxG8JAAzvCQDHbwkAEHAJAMlvCQDqsgkAFXAJAGZwCQBycAkAvHAJAMlwCQAScQkAHHEJACY3EgCDcQkAvnEJAMBxCQAUcgkAGnIJAGpyCQCicgkAwHIJAMZyCQAWcwkAH3MJAGxzCQB5cwkAwnMJAPpzCQAYdAkAH3QJAG50CQBzdAkAxHQJANN0CQAadQkAOnUJAHB1CQB8dQkAxnUJAMx1CQAcdgkANnYJAHJ2CQB1dgkAyHYJAM12CQAedwkALXcJAHR3CQCUdwkA0jcSAOp3CQAgeAkALHgJAHZ4CQCAeAkAzHgJANh4CQA0LgoA2XgJACJ5CQAneQkAeHkJAIJ5CQDOeQkA3nkJACR6CQApegkAenoJAIN6CQDQegkA3XoJACZ7CQAtewkAfHsJAIh7CQDSewkA2HsJACh8CQAufAkAfnwJAIN8CQDUfAkA2nwJACg4EgAtfQkAgH0JAIV9CQDWfQkA5X0JACx+CQBMfgkA1DgSAJB+CQDYfgkA5X4JAC5/CQA1fwkAhH8JAIx/CQDafwkA3H8JADCACQDhfwkAiogMAPF/CQC2SAwANoAJAKxuDAA4gAkAhoAJAIqACQCWiAkAnIAJAOIIDAChgAkA3IAJAN6ACQAygQkAQ4EJAIiBCQCWgQkA3oEJAOWBCQA0ggkAPIIJAIqCCQCRggkA4IIJAOWCCQA2gwkARYMJAIyDCQCsgwkA4oMJAO6DCQA4hAkAPoQJAI6ECQCWhAkA5IQJAPCECQA6hQkAR4UJAJCFCQCrhQkA5oUJAPSFCQA8hgkAQoYJAJKGCQCXhgkA6IYJAPWGCQA+hwkAVIcJAJSHCQCghwkA6ocJAPeHCQBAiAkASogJACo5EgCbiAkA7IgJAPKICQBCiQkAYokJAJiJCQCmiQkA7okJAPuJCQBEigkAW4oJAJqKCQCiigkA8IoJAP+KCQBGiwkAS4sJAJyLCQCpiwkA8osJAPyLCQBIjAkASowJAJ6MCQCsjAkA9IwJAAGNCQBKjQkAVo0JAKCNCQCmjQkA9o0JAP6NCQBMjgkAUo4JAKKOCQCrjgkA+I4JAAWPCQBOjwkAWI8JAKSPCQCyjwkA+o8JABCQCQBQkAkAXJAJAKaQCQCukAkAgDkSAAaRCQBSkQkAWJEJAKiRCQCqkQkA/pEJAAiSCQBUkgkAYJIJAKqSCQDBkgkAAJMJABSTCQDWORIAZJMJAKyTCQCvkwkAApQJAAqUCQBYlAkAZJQJAK6UCQC8lAkABJUJAA6VCQBalQkAZZUJALCVCQC8lQkABpYJAAyWCQBclgkAZJYJALKWCQC/lgkACJcJAA2XCQBelwkAaJcJALSXCQC8lwkACpgJABCYCQBgmAkAaZgJALaYCQDDmAkADJkJABmZCQBimQkAcJkJALiZCQDFmQkADpoJACWaCQBkmgkAbJoJALqaCQC/mgkAEJsJABabCQBmmwkAbpsJALybCQDSmwkAEpwJACCcCQBonAkAa5wJAL6cCQDNnAkAFJ0JABmdCQBqnQkAd50JAMCdCQDQnQkAFp4JACSeCQBsngkAg54JAMKeCQDLngkAGJ8JAB6fCQBunwkAep8JAMSfCQDLnwkALDoSACagCQBwoAkAcqAJAMagCQDQoAkAHKEJACihCQByoQkAeqEJAII6EgDNoQkAHqIJAC2iCQB0ogkAlKIJAMqiCQDWogkAIKMJACajCQB2owkAfqMJAMyjCQDNowkAIqQJACikCQB4pAkAfaQJAM6kCQDppAkAJKUJADKlCQB6pQkAgaUJANClCQDcpQkAJqYJACymCQDYOhIAgaYJANKmCQDcpgkAKKcJADmnCQB+pwkAiqcJANSnCQDXpwkAKqgJAC2oCQCAqAkAiKgJANaoCQDdqAkALKkJADGpCQCCqQkAkakJANipCQD4qQkALqoJADqqCQCEqgkAiqoJANqqCQDiqgkAMKsJAD2rCQCGqwkAi6sJANyrCQDmqwkAMqwJADqsCQCIrAkAmKwJAN6sCQDjrAkANK0JAD2tCQCKrQkAl60JAOCtCQDnrQkALjsSADuuCQCMrgkAm64JAOKuCQACrwkAOK8JAESvCQCOrwkAlK8JAOSvCQDsrwkAOrAJAEawCQCQsAkAnbAJAOawCQDtsAkAPLEJAD2xCQCSsQkAl7EJAOixCQD2sQkAPrIJAEuyCQCUsgkAnrIJAIQ7EgDvsgkAQLMJAE2zCQCWswkAo7MJAOyzCQDyswkAQrQJAE60CQCYtAkAqLQJAO60CQD3tAkARLUJAEe1CQCatQkAprUJAPC1CQD3tQkA2jsSAEi2CQCctgkATbYJACKBDQBWtgkAxtMNAK22CQDytgkA+rYJAEi3CQBStwkAnrcJAK23CQD0twkA9bcJAEq4CQBSuAkAhjwSAKi4CQDcPBIAFLkJAEy5CQAZuQkApEsSACC5CQA42gkAVLkJAKK5CQCxuQkA+LkJAP25CQBOugkAW7oJAKS6CQCxugkA+roJAAa7CQBQuwkAX7sJAKa7CQCwuwkA/LsJAB+8CQBSvAkAiLwJAKi8CQDMvAkA/rwJAAa9CQA0PhIAWb0JAKq9CQCwvQkAAL4JAAi+CQCKPhIAZL4JAKy+CQDHvgkAAr8JAA6/CQBYvwkAab8JAK6/CQDCvwkABMAJAAzACQBawAkAYMAJALDACQC8wAkABsEJABbBCQBcwQkAZcEJALLBCQC1wQkACMIJABTCCQBewgkAZcIJAOA+EgDCwgkACsMJABTDCQA2PxIAZcMJALbDCQDDwwkADMQJABnECQBixAkAbsQJALjECQDHxAkADsUJABjFCQBkxQkAcsUJALrFCQC/xQkAEMYJAB3GCQBmxgkAbsYJAIw/EgDIxgkAEscJACLHCQBoxwkAcccJAL7HCQDBxwkAFMgJACDICQBqyAkAccgJAOI/EgDPyAkAFskJABvJCQBsyQkAeckJAMLJCQDPyQkAGMoJAB7KCQBuygkAesoJAMTKCQDUygkAGssJACPLCQBwywkAc8sJAMbLCQDSywkAHMwJACPMCQA4QBIAd8wJAMjMCQDVzAkAHs0JADzNCQB0zQkAgM0JAMrNCQDdzQkAIM4JAC7OCQB2zgkAec4JAMzOCQDWzgkAIs8JADDPCQB4zwkAhc8JAM7PCQDlzwkAJNAJACzQCQB60AkAgdAJANDQCQDV0AkAJtEJADzRCQB80QkAftEJANLRCQDg0QkAKNIJADXSCQCOQBIAhtIJAORAEgDZ0gkAKtMJADfTCQCA0wkAjdMJANbTCQDi0wkALNQJADvUCQCC1AkAjNQJANjUCQDm1AkALtUJADPVCQCE1QkAkdUJANrVCQDi1QkAOkESADzWCQCG1gkAltYJANzWCQDl1gkAMtcJADXXCQCI1wkAlNcJAN7XCQDl1wkAkEESAEDYCQCK2AkAmtgJAODYCQCg2AkAjrkOAOnYCQA22QkAOdkJAIzZCQCY2QkA4tkJAOnZCQDmQRIAQdoJAJTdCQBC2gkAjtoJAJ3aCQDk2gkAn9oJADzcCQDl2gkAOtsJAFbbCQCQ2wkAyNsJAObbCQAe3AkAPEISAD/cCQCS3AkArtwJAOjcCQAg3QkAPt0JAHbdCQCSQhIAod0JAOrdCQD43QkAQN4JAFPeCQCW3gkAst4JAOzeCQAk3wkAQt8JAHrfCQDoQhIAqd8JAO7fCQD63wkAROAJAEzgCQA+QxIAn+AJAPDgCQD44AkARuEJAFXhCQCc4QkAoeEJAPLhCQD/4QkASOIJAFXiCQCe4gkAquIJAPTiCQAD4wkASuMJAFTjCQCg4wkAqOMJAPbjCQAA5AkATOQJAFHkCQCi5AkAquQJAJRDEgAH5QkATuUJAAnlCQCm5gkAT+UJAKTlCQDA5QkA+uUJADLmCQBQ5gkAiOYJAOpDEgCp5gkA/OYJABjnCQBS5wkAiucJAKjnCQDg5wkAQEQSAAHoCQBU6AkAZegJAKroCQDG6AkAAOkJADjpCQBW6QkAjukJAJZEEgC56QkAAuoJAA7qCQBY6gkAZ+oJAK7qCQC46gkABOsJAAzrCQBEYQoAEusJAFrrCQBf6wkAsOsJAL3rCQAG7AkADuwJAFzsCQBi7AkAsuwJAGzsCQAoUwoAvuwJAAjtCQAY7QkAXu0JAGftCQC07QkAt+0JAAruCQAW7gkAYO4JAGfuCQDsRBIA2e4JAEJFEgAa7wkAYu8JAHjvCQC47wkAxO8JAA7wCQAV8AkAZPAJAGnwCQC68AkAw/AJABDxCQAa8QkAmEUSAGvxCQCwRw0AcPEJALzxCQBy8QkAjN8MAMbxCQAS8gkAE/IJAGjyCQB38gkAvvIJAMPyCQAU8wkAIfMJAGrzCQB38wkAwPMJAMzzCQAW9AkAJfQJAGz0CQB29AkAwvQJAND0CQAY9QkAHfUJAG71CQB79QkAxPUJAMX1CQAa9gkAH/YJAHD2CQB19gkAxvYJANf2CQAc9wkAP/cJAHL3CQB99wkAyPcJAM33CQAe+AkAIfgJAHT4CQB++AkAyvgJAPL4CQAg+QkAP/kJAERGEgCC+QkAzPkJAM75CQAi+gkAMfoJAHj6CQCD+gkAzvoJANb6CQAk+wkAK/sJAHr7CQB8+wkA0PsJANr7CQAm/AkAKPwJAHz8CQCV/AkA0vwJANT8CQAo/QkAK/0JAH79CQCK/QkA1P0JANz9CQCaRhIANv4JAID+CQCG/gkA1v4JAPH+CQAs/wkAOP8JAIL/CQCI/wkA2P8JAOD/CQAuAAoAMAAKAIQACgCOAAoA2gAKAOIACgDwRhIAQQEKAIYBCgCNAQoA3AEKAOQBCgAyAgoAPwIKAIgCCgCNAgoA3gIKAOgCCgA0AwoAPAMKAIoDCgCZAwoA4AMKAOUDCgA2BAoAQwQKAIwECgCZBAoA4gQKAO4ECgA4BQoARwUKAI4FCgCYBQoA5AUKAOwFCgA6BgoARAYKAJAGCgCVBgoA5gYKAO4GCgBGRxIASAcKAJIHCgCiBwoA6AcKAPEHCgA+CAoAQQgKAJQICgCgCAoA6ggKAPEICgCcRxIARgkKAJYJCgCcCQoA7AkKAPEJCgBCCgoASAoKAPJHEgCeCgoA7goKAPQKCgBECwoASQsKAAR2DwBRCwoAmgsKAJ8LCgDwCwoA+AsKAEYMCgBvDAoAnAwKAHkMCgAAFAoAxQwKAPIMCgAbDQoASA0KAHMNCgCeDQoApg0KAPQNCgADDgoASg4KAE8OCgCgDgoArQ4KAPYOCgADDwoATA8KAFgPCgCiDwoAsQ8KAPgPCgACEAoAThAKAFwQCgCkEAoAqRAKAPoQCgAHEQoAUBEKAFgRCgCmEQoArBEKAPwRCgAIEgoAUhIKAGISCgCoEgoAsRIKAP4SCgABEwoAVBMKAGATCgCqEwoAsRMKAEhIEgApFAoAVhQKAIEUCgCsFAoAtBQKAAIVCgARFQoAWBUKAF0VCgCuFQoAuxUKAAQWCgARFgoAWhYKAGYWCgCwFgoAvxYKAAYXCgAQFwoAXBcKAGoXCgCyFwoAtxcKAAgYCgAVGAoAXhgKAGYYCgC0GAoAuhgKAAoZCgAWGQoAYBkKAHAZCgC2GQoAvxkKAAwaCgAPGgoAYhoKAG4aCgC4GgoAvxoKAJ5IEgAQGwoAzoUPABwbCgBkGwoAcRsKALobCgDGGwoAEBwKABYcCgBmHAoAbBwKALwcCgDBHAoAEh0KABgdCgD0SBIAjh0KAL4dCgDkHQoAFB4KAEceCgBqHgoAkx4KAMAeCgDrHgoAoEkSACIfCgBsHwoAJB8KAMRNCwB2HwoAwh8KANwfCgAYIAoAGyAKAFhrCgAnIAoAbiAKAHMgCgDEIAoA0SAKABohCgAnIQoAcCEKAHwhCgDGIQoA1SEKABwiCgAmIgoAciIKAH4iCgDIIgoA2yIKAB4jCgAtIwoAdCMKAIAjCgDKIwoAyyMKACAkCgAqJAoAdiQKAIQkCgDMJAoA0SQKACIlCgAvJQoA9kkSAH0lCgDOJQoA2yUKACQmCgAxJgoAeiYKAIYmCgDQJgoA3yYKACYnCgAwJwoAfCcKAIonCgDSJwoA1ycKACgoCgA1KAoAfigKAIYoCgD4ShIA4CgKACopCgA6KQoAgCkKAIkpCgDWKQoA2SkKACwqCgA4KgoAgioKAIkqCgBOSxIA2yoKAC4rCgA2KwoAhCsKAJArCgDaKwoA4CsKADAsCgA2LAoAhiwKAIssCgDcLAoA4iwKAPpLEgBbLQoAiC0KALEtCgDeLQoAAi4KAKZMEgA6LgoAnmULAEcuCgCKLgoAmS4KAOAuCgDsLgoANi8KADcvCgCMLwoAli8KAOIvCgDwLwoAODAKAD0wCgCOMAoAmzAKAPxMEgAHMQoAUk0SAGMxCgCQMQoAuTEKAOYxCgAKMgoAqE0SAEoyCgCSMgoAlzIKAOgyCgD1MgoAPjMKAEYzCgCUMwoAmjMKAOozCgD2MwoAQDQKAFA0CgCWNAoAnzQKAOw0CgDvNAoAQjUKAH01CgCYNQoApDUKAP5NEgD0NQoARDYKAF02CgCaNgoAqDYKAPA2CgD9NgoARjcKAE03CgCcNwoApTcKAPI3CgD/NwoASDgKAF84CgCeOAoAoTgKAPQ4CgD2OAoASjkKAFM5CgCgOQoAsDkKAPY5CgAPOgoATDoKAE46CgCiOgoAqzoKAPg6CgAAOwoATjsKAFA7CgCkOwoAvTsKAPo7CgARPAoAUDwKAFw8CgCmPAoAtzwKAPw8CgAIPQoAUj0KAF09CgCoPQoAtT0KAP49CgAIPgoAVE4SAGc+CgCqPgoAuD4KAAA/CgDnPgoAZkcKADw/CgBWPwoAYz8KAKw/CgC0PwoAAkAKAAhACgBYQAoAZEAKAK5ACgC5QAoABEEKAA1BCgBaQQoAXUEKALBBCgCyQQoABkIKAA1CCgBcQgoAXkIKAKpOEgC1QgoACEMKABZDCgBeQwoAY0MKALRDCgDBQwoACkQKABZECgBgRAoAaEQKAABPEgDERAoADEUKABxFCgBiRQoAcEUKALhFCgDBRQoADkYKABhGCgBkRgoAZkYKALpGCgDERgoAEEcKABJHCgBWTxIAa0cKALxHCgDERwoAEkgKABhICgBoSAoAdEgKAL5ICgDNSAoAFEkKAB1JCgBqSQoAbUkKAMBJCgDCSQoAFkoKAB1KCgBsSgoAbkoKAKxPEgDHSgoAGEsKADRLCgBuSwoAiksKAAJQEgDRSwoA2oMLANNLCgAaTAoAH0wKAHBMCgB9TAoAxkwKANNMCgAcTQoAIk0KAHJNCgB+TQoAyE0KANhNCgAeTgoAJ04KAHROCgB3TgoAyk4KANZOCgAgTwoAJ08KAFhQEgCFTwoAzE8KANFPCgAiUAoAL1AKAHhQCgCFUAoAzlAKANRQCgAkUQoAMFEKAHpRCgCKUQoA0FEKANlRCgAmUgoAKVIKAHxSCgCIUgoA0lIKANlSCgCuUBIAKlMKAH5TCgCMUwoA1FMKAOVTCgAEURIAMVQKAFpREgCIVAoAsFESANtUCgAsVQoAOVUKAIJVCgCPVQoA2FUKAORVCgAuVgoAPVYKAIRWCgCOVgoA2lYKAOhWCgAwVwoANVcKAIZXCgCTVwoA3FcKAORXCgAGUhIAPlgKAIhYCgCYWAoA3lgKAOdYCgA0WQoAN1kKAIpZCgCWWQoA4FkKAOdZCgBcUhIAOFoKAIxaCgCaWgoA4loKAPNaCgCyUhIAP1sKAAhTEgCWWwoAXlMSAOlbCgA6XAoAR1wKAJBcCgCdXAoA5lwKAPJcCgA8XQoAS10KAJJdCgCcXQoA6F0KAPZdCgA+XgoAQ14KAJReCgChXgoA6l4KAPJeCgC0UxIATF8KAJZfCgCmXwoA7F8KAPVfCgBCYAoARWAKAJhgCgCkYAoA7mAKAPVgCgAKVBIATmEKAJphCgCoYQoA8GEKAAZiCgBGYgoAUmIKAJxiCgCjYgoA8mIKAPpiCgBIYwoATWMKAJ5jCgCnYwoA9GMKAP5jCgBgVBIAYGQKAKBkCgCsZAoA9mQKAP1kCgBMZQoAVGUKAKJlCgCnZQoA+GUKAAFmCgBOZgoAWGYKALZUEgCpZgoAukwNALBmCgBAtQoAs2YKAPpmCgDOZgoAeDcTAP9mCgBQZwoAXWcKAKZnCgCzZwoA/GcKAAhoCgBSaAoAYWgKAKhoCgCyaAoA/mgKAAxpCgBUaQoAYWkKAKppCgDBaQoAAGoKAAhqCgBWagoAYGoKAKxqCgCxagoAAmsKAAprCgAMVRIAXWsKAK5rCgC9awoABGwKACRsCgBabAoAZmwKALBsCgC6bAoABm0KABBtCgBcbQoAam0KALJtCgDIbQoACG4KABRuCgBebgoAY24KALRuCgC9bgoACm8KABRvCgBgbwoAbG8KALZvCgDJbwoADHAKABtwCgBicAoAbnAKALhwCgC5cAoADnEKABhxCgBkcQoAcnEKALpxCgC/cQoAEHIKAB1yCgC4VRIAdHIKALxyCgDScgoAEnMKAB5zCgBocwoAb3MKAL5zCgDGcwoAFHQKABl0CgBqdAoAc3QKAMB0CgDKdAoAulYSABt1CgBsdQoAdHUKAMJ1CgDFdQoAGHYKACF2CgBudgoAfXYKAMR2CgDPdgoAGncKACJ3CgBwdwoAgHcKAMZ3CgDUdwoAHHgKAC14CgByeAoAfngKAMh4CgDQeAoAEFcSACR5CgB0eQoAfHkKAMp5CgDReQoAIHoKAC56CgB2egoAfHoKAMx6CgDYegoAInsKADF7CgB4ewoAgnsKAM57CgDTewoAJHwKACp8CgB6fAoAjnwKAGZXEgDhfAoAJn0KADJ9CgB8fQoAgn0KANJ9CgDYfQoAKH4KAC1+CgB+fgoAhH4KALxXEgDZfgoAKn8KADt/CgCAfwoAiH8KANZ/CgCMfwoAZJwKAI5/CgBmKBAA4H8KACyACgA6gAoAgoAKAJiACgDYgAoA5IAKAC6BCgA1gQoAhIEKAIyBCgDagQoA34EKADCCCgA5ggoAhoIKAJCCCgDcggoA5IIKADKDCgA2gwoAiIMKAJODCgDegwoA7IMKADSECgBFhAoAioQKAJaECgDghAoA6IQKABJYEgA4hQoAjIUKAJqFCgDihQoA7IUKADiGCgBGhgoAjoYKAJuGCgDkhgoA+4YKADqHCgBChwoAkIcKAKCHCgDmhwoA64cKADyICgBCiAoAkogKAJqICgDoiAoA6ogKAD6JCgBLiQoAlIkKAJyJCgDqiQoA74kKAECKCgBBigoAlooKAKKKCgDsigoA+YoKAEKLCgBKiwoAmIsKAKeLCgDuiwoA84sKAESMCgBRjAoAmowKAKeMCgDwjAoA/IwKAEaNCgBVjQoAnI0KAKaNCgDyjQoAAI4KAEiOCgBNjgoAno4KAKuOCgBoWBIA944KAEqPCgBSjwoAoI8KAK2PCgD2jwoA+48KAEyQCgBWkAoAopAKAKqQCgD4kAoA+pAKAE6RCgBpkQoApJEKAKaRCgD6kQoACJIKAFCSCgBhkgoAppIKAKiSCgD8kgoAFZMKAFKTCgBjkwoAqJMKALSTCgC+WBIABpQKAFSUCgBalAoAqpQKALaUCgAAlQoAHZUKAFaVCgBflQoArJUKALiVCgAClgoABZYKAFiWCgBilgoArpYKALaWCgAElwoADpcKAFqXCgBolwoAsJcKAMaXCgAGmAoAEpgKAFyYCgBjmAoAspgKALqYCgAImQoADZkKAF6ZCgBnmQoAtJkKAL6ZCgAKmgoAEpoKAGCaCgBimgoAtpoKAMaaCgAMmwoAFpsKAGKbCgBumwoAuJsKAL6bCgAOnAoAFpwKABRZEgBqnAoAupwKAMCcCgAQnQoAFZ0KAGadCgBsnQoAalkSAMqdCgASngoAKJ4KAGieCgB0ngoAvp4KAMOeCgAUnwoAHZ8KAGqfCgB0nwoAwJ8KAOOfCgAWoAoAGqAKAGygCgAloAoAxKEKAG6gCgDCoAoA0KAKABihCgAioQoAbqEKAJKhCgBsWhIAyqEKABqiCgAmogoAcKIKAHKiCgDGogoA0KIKAByjCgAoowoAcqMKAJajCgDCWhIAzKMKAB6kCgDXowoAdqUKACCkCgB0pAoAgqQKAMqkCgDUpAoAIKUKAESlCgAYWxIAfKUKAMylCgDYpQoAIqYKACSmCgB4pgoAgqYKAM6mCgDapgoAJKcKAEinCgBuWxIAl6cKANCnCgDZpwoAJqgKADSoCgB8qAoAgqgKANKoCgDeqAoAKKkKADCpCgDEWxIAhakKANSpCgDtqQoAKqoKADmqCgCAqgoAiKoKANaqCgDlqgoALKsKADGrCgCCqwoAj6sKANirCgDlqwoALqwKADqsCgCErAoAk6wKANqsCgDkrAoAMK0KAD6tCgCGrQoAi60KANytCgDprQoAGlwSADOuCgAiJwsAS64KAIiuCgCSrgoA3q4KAOCuCgA0rwoAQq8KAIqvCgCXrwoA4K8KAOivCgA2sAoAYrAKAIywCgCTsAoA4rAKAPuwCgA4sQoAR7EKAI6xCgCWsQoA5LEKAPOxCgA6sgoAP7IKAJCyCgCdsgoA5rIKAPOyCgA8swoASLMKAJKzCgChswoA6LMKAPKzCgA+tAoATLQKAJS0CgCZtAoA6rQKAPe0CgBwXBIAU7UKAJa1CgCltQoA7LUKAPi1CgBCtgoATrYKAJi2CgCftgoA7rYKAPq2CgBEtwoAS7cKAJq3CgCitwoA8LcKAPS3CgBGuAoAUbgKAJy4CgCouAoA8rgKAP+4CgBIuQoAULkKAJ65CgCouQoA9LkKAPq5CgBKugoAXroKAKC6CgCuugoA9roKAAO7CgBMuwoAY7sKAKK7CgCquwoA+LsKAAK8CgBOvAoAU7wKAKS8CgCsvAoA+rwKAAm9CgBQvQoAVb0KAKa9CgCzvQoA/L0KAAm+CgBSvgoAXr4KAKi+CgC3vgoA/r4KAAi/CgDGXBIAXL8KAKq/CgC5vwoAAMAKAAXACgBWwAoAX8AKAKzACgC9wAoAAsEKAAnBCgBYwQoAYMEKAK7BCgC7wQoABMIKAAnCCgBawgoAZMIKALDCCgC4wgoABsMKAB/DCgBcwwoAaMMKALLDCgC6wwoAHF0SABfECgBexAoAe8QKALTECgC9xAoACsUKABjFCgBgxQoAZsUKALbFCgDCxQoADMYKABPGCgBixgoAasYKALjGCgDIxgoADscKABTHCgBkxwoAaccKALrHCgDQxwoAEMgKABjICgBmyAoAcMgKALzICgDHyAoAEskKAB7JCgBoyQoAcMkKAHJdEgDLyQoAFMoKABvKCgBqygoAdsoKAMDKCgDGygoAFssKACfLCgBsywoAgMsKAMLLCgDQywoAGMwKACXMCgBuzAoAhcwKAMTMCgDMzAoAGs0KACHNCgBwzQoAcs0KAMbNCgDQzQoAHM4KAB7OCgByzgoAi84KAMjOCgDKzgoAHs8KACHPCgB0zwoAgM8KAMrPCgD4zwoAyF0SAC/QCgB20AoAk9AKAMzQCgDV0AoAItEKADDRCgB40QoAftEKAM7RCgDa0QoAJNIKACzSCgAeXhIAgtIKANDSCgDW0goAJtMKADLTCgB80woAf9MKANLTCgDX0woAKNQKADHUCgB+1AoAhNQKANTUCgDj1AoAKtUKADbVCgCA1QoAiNUKAHReEgDc1QoALNYKADHWCgCC1goAmNYKANjWCgDg1goALtcKADzXCgCE1woAjtcKANrXCgDd1woAMNgKADjYCgCG2AoAh9gKANzYCgDi2AoAMtkKAEDZCgCI2QoAntkKAN7ZCgDg2QoANNoKADraCgCK2goAntoKAODaCgDo2goANtsKAEbbCgCM2woAjtsKAOLbCgDx2woAONwKAELcCgCO3AoAk9wKAOTcCgDq3AoAOt0KAE7dCgCQ3QoAmN0KAObdCgDr3QoAPN4KAELeCgCS3goAmt4KAOjeCgDr3goAPt8KAEPfCgCU3woAnd8KAOrfCgDw3woAQOAKAE/gCgCW4AoAouAKAMpeEgD44AoAQuEKAFXhCgCY4QoAtOEKAO7hCgD24QoAIF8SAFLiCgCa4goAsOIKAPDiCgD84goARuMKAEvjCgCc4woApeMKAPLjCgD84woASOQKAFDkCgCe5AoAoOQKAPTkCgAD5QoASuUKAGflCgCg5QoAqeUKAPblCgAE5goATOYKAFLmCgCi5goAsOYKAPjmCgAF5woATucKAGXnCgCk5woArOcKAPrnCgD85woAUOgKAFjoCgCm6AoAtegKAPzoCgAB6QoAUukKAF/pCgCo6QoAtekKAP7pCgAK6goAVOoKAGPqCgCq6goAtOoKAADrCgAO6woAVusKAFvrCgCs6woAuesKAHZfEgAM7AoAWOwKAFrsCgCu7AoAtewKAATtCgAL7QoAWu0KAGDtCgCw7QoAvu0KAAbuCgAT7goAXO4KAGzuCgCy7goAt+4KAAjvCgAQ7woAXu8KACTvCgAyWgsAau8KALTvCgC27woAuvIKAMHvCgAK8AoAD/AKAGDwCgBq8AoAtvAKAMbwCgAM8QoAEfEKAGLxCgBr8QoAuPEKAMXxCgAO8goAFfIKAGTyCgBs8goAzF8SAMjyCgAQ8woAKPMKAGbzCgBo8woAvPMKANPzCgAS9AoAFPQKAGj0CgB29AoAvvQKAMv0CgAU9QoAHPUKACJgEgBt9QoAwPUKAIH1CgBinwwAyfUKABb2CgAk9goAFiELACX2CgBs9goAd/YKAML2CgDK9goAGPcKACP3CgBu9woAc/cKAMT3CgDH9woAGvgKACT4CgB4YBIAdvgKAMb4CgB6+AoAvCYPAOH4CgAc+QoAKPkKAHL5CgB4+QoAyPkKAND5CgAe+goANPoKAHT6CgCC+goAyvoKAM36CgAg+woAOfsKAHb7CgCC+woAzPsKANf7CgAi/AoAJPwKAHj8CgCT/AoAzvwKANz8CgAk/QoAMf0KAHr9CgCR/QoAzmASANL9CgAWKQ8A5v0KACb+CgAn/goAfP4KAIH+CgDS/goA2P4KACj/CgAq/woAfv8KAIT/CgDU/woA6P8KACoACwAyAAsAgAALAJAACwDWAAsA2AALACwBCwA6AQsAggELAJMBCwAkYRIA3gELAC4CCwA6AgsAemESAIYCCwDaAgsA6wILADADCwA4AwsAhgMLAI8DCwDcAwsA4wMLADIECwAzBAsA0GESAJQECwDeBAsA4AQLADQFCwA7BQsAigULAJIFCwDgBQsA6QULADYGCwA9BgsAjAYLAI0GCwAmYhIA5wYLADgHCwBABwsAjgcLAJgHCwDkBwsA8gcLADoICwBQCAsAkAgLAJwICwDmCAsA6wgLADwJCwBFCQsAkgkLAJwJCwB8YhIA6QkLAD4KCwBGCgsALoUMAFYKCwCUCgsAoQoLAOoKCwD2CgsAQAsLAEoLCwCWCwsAmgsLAOwLCwDxCwsAQgwLAEgMCwCYDAsAuAwLAO4MCwAGDQsARA0LAFsNCwCaDQsApg0LAPANCwD6DQsARg4LAEgOCwCcDgsAow4LAPIOCwD5DgsASA8LAE4PCwCeDwsAqg8LAPQPCwD3DwsAShALAE0QCwCgEAsArBALAPYQCwD5EAsATBELAGgRCwCiEQsAqhELANJiEgAEEgsAThILAFgSCwCkEgsAphILAPoSCwABEwsAUBMLAFcTCwCmEwsArBMLAPwTCwAKFAsAUhQLAF8UCwCoFAsAuBQLAP4UCwADFQsAVBULAFwVCwCqFQsAuhULAAAWCwAFFgsAVhYLAFwWCwCsFgsAtBYLAChjEgAIFwsAWBcLAGAXCwCuFwsAsRcLAAQYCwAQGAsAWhgLAGAYCwCwGAsAyxgLAAYZCwAUGQsAXBkLAGsZCwCyGQsAvhkLAAgaCwAQGgsA1GMSAGMaCwC0GgsAvhoLAAobCwASGwsAYBsLAIAbCwC2GwsAwxsLAAwcCwARHAsAYhwLAGYcCwC4HAsAxRwLACpkEgATHQsAZB0LAGcdCwC6HQsAxB0LABAeCwAcHgsAZh4LAHkeCwC8HgsAyx4LABIfCwAeHwsAaB8LAGkfCwC+HwsAyB8LABQgCwAiIAsAaiALAG8gCwDAIAsAzSALAIBkEgAgIQsAbCELAG4hCwDCIQsA2yELABgiCwApIgsAbiILAHoiCwDEIgsAzCILAIJlEgAhIwsAcCMLAHcjCwDGIwsAzCMLABwkCwAoJAsAciQLAHUkCwDIJAsAyyQLAB4lCwAmJQsAdCULAIQlCwDKJQsAzyULACAmCwApJgsAdiYLAIMmCwDMJgsA0yYLANhlEgAuJwsAeCcLAIUnCwDOJwsA1icLACQoCwAuKAsAeigLAIkoCwDQKAsA0SgLACYpCwAuKQsAfCkLAIspCwDSKQsA1ykLACgqCwA1KgsAfioLAIsqCwDUKgsA4CoLACorCwA5KwsAgCsLAIorCwDWKwsA5CsLACwsCwAxLAsAgiwLAI8sCwDYLAsA4CwLAC4tCwA4LQsAhC0LAIktCwDaLQsA4i0LAC5mEgA+LgsAhi4LAJIuCwDcLgsA4i4LADIvCwA4LwsAiC8LAI0vCwDeLwsA5C8LAIRmEgBAMAsAijALAJAwCwDgMAsA5jALADYxCwBDMQsAjDELAJExCwDiMQsA6jELADgyCwBWMgsAhmcSAJAyCwBUcQ4AkTILAHBSDQCUMgsA7OQMAKQyCwDkMgsA5TILADozCwA/MwsAkDMLAJYzCwDmMwsA6DMLADw0CwBCNAsAkjQLAKY0CwDoNAsA8DQLAD41CwBONQsAlDULAJY1CwDqNQsA+DULAEA2CwBRNgsA3GcSAJw2CwDsNgsA+DYLADJoEgBPNwsAmDcLAKA3CwDuNwsA+zcLAEQ4CwBGOAsAmjgLALA4CwDwOAsA/DgLAEY5CwBOOQsA3mgSAKg5CwDyOQsA9TkLAEg6CwBNOgsAnjoLAK86CwD0OgsA/ToLAEo7CwBUOwsAoDsLAK47CwD2OwsA+zsLAEw8CwBZPAsANGkSAK48CwD4PAsABT0LAE49CwBQPQsApD0LALo9CwD6PQsABj4LAFA+CwBYPgsAimkSAKs+CwD8PgsAAj8LAFI/CwBaPwsAqD8LAKs/CwD+PwsACkALAFRACwBaQAsAqkALAMVACwAAQQsADUELAFZBCwBYQQsArEELAMJBCwACQgsADkILAFhCCwBgQgsA4GkSALRCCwAEQwsACUMLAFpDCwB1QwsAsEMLAL5DCwAGRAsADUQLAFxECwBoRAsAskQLALlECwA2ahIAE0ULAF5FCwBmRQsAtEULAL9FCwAKRgsAD0YLAGBGCwBjRgsAtkYLAMBGCwAMRwsAFEcLAGJHCwBwRwsAuEcLALtHCwAOSAsAFkgLAGRICwCESAsAukgLAMdICwAQSQsAFUkLAGZJCwBqSQsAvEkLAMlJCwCMahIAMkoLAGhKCwBxSgsAvkoLAL9KCwAUSwsAHEsLAGpLCwB6SwsAwEsLAMJLCwAWTAsAJEwLAGxMCwB9TAsA4moSAMhMCwAYTQsAJE0LADhrEgB1TQsAjmsSAMlNCwAaTgsANE4LAHBOCwB/TgsAxk4LANFOCwAcTwsAHk8LAHJPCwB/TwsAyE8LANVPCwAeUAsAKlALAHRQCwCFUAsAylALAM1QCwAgUQsAOlELAHZRCwB/UQsAzFELANlRCwAiUgsAKFILAHhSCwCEUgsAzlILANFSCwAkUwsAKVMLAHpTCwCLUwsA0FMLAOtTCwAmVAsAMlQLAHxUCwCDVAsA0lQLANRUCwAoVQsAL1ULAH5VCwCFVQsA1FULANpVCwAqVgsANlYLAIBWCwCDVgsA1lYLANlWCwAsVwsAOFcLAIJXCwCVVwsA2FcLAOdXCwAuWAsAOlgLAIRYCwCFWAsA2lgLAORYCwAwWQsAPlkLAIZZCwCLWQsA3FkLAOlZCwDkaxIAOloLADpsEgCKWgsA3loLAPRaCwA0WwsAQFsLAIpbCwCSWwsAkGwSAOZbCwA2XAsAPlwLAIxcCwCPXAsA4lwLAO5cCwA4XQsAPl0LAI5dCwCpXQsA5F0LAPJdCwA6XgsASV4LAJBeCwCcXgsA5l4LAO5eCwDmbBIAQV8LAJJfCwCcXwsA6F8LAPBfCwA+YAsAXmALAJRgCwChYAsA6mALAO9gCwBAYQsARGELAJZhCwCjYQsAPG0SAA9iCwCSbRIAR2ILAJhiCwCnYgsA7mILAA5jCwBEYwsAUGMLAJpjCwCkYwsA8GMLAPxjCwBGZAsATGQLAJxkCwCiZAsA8mQLAPdkCwBIZQsATmULAOhtEgCkZQsA9GULAPllCwBKZgsAUGYLAJRuEgCjZgsA9mYLAABnCwBMZwsATmcLAKJnCwC7ZwsA+GcLAAloCwBOaAsAXGgLAKRoCwCnaAsA+mgLAAVpCwBQaQsAWGkLAKZpCwCoaQsA/GkLAARqCwBSagsAX2oLAKhqCwC0agsA/moLAAJrCwBUawsAXGsLAKprCwC5awsAAGwLAAVsCwBWbAsAY2wLAKxsCwC5bAsAAm0LAA5tCwBYbQsAZ20LAK5tCwC4bQsABG4LABJuCwBabgsAX24LALBuCwC9bgsA6m4SAA5vCwBAbxIAYG8LALpzCwBobwsAsm8LALhvCwAIcAsADnALAF5wCwBrcAsAtHALALlwCwAKcQsAEnELAGBxCwCJcQsAtnELAJNxCwBicgsA3HELALhyCwDfcQsADHILADVyCwCWbxIAi3ILAOxvEgDecgsADnMLAEFzCwBkcwsAjXMLAEJwEgDIcwsAEHQLAB10CwBmdAsAcnQLALx0CwDCdAsAEnULABh1CwBodQsAbXULAL51CwDEdQsAmHASADp2CwAWdwsAPXYLAGp2CwCTdgsARHESAOl2CwCacRIAPHcLAGx3CwCfdwsAwncLAOt3CwDwcRIAIngLAG54CwBzeAsAxHgLAMx4CwBGchIAH3kLAHB5CwB5eQsAxnkLANN5CwAcegsAI3oLAJxyEgB6egsA8nISANt6CwAeewsAKnsLAHR7CwCDewsAynsLANN7CwAgfAsAKnwLAHZ8CwB4fAsAzHwLAOV8CwAifQsAM30LAHh9CwCEfQsAzn0LANZ9CwBIcxIAMn4LAHp+CwCLfgsA0H4LANx+CwAmfwsALn8LAJ5zEgCBfwsA0n8LANx/CwAogAsAMIALAH6ACwCOgAsA1IALANmACwAqgQsAM4ELAICBCwCNgQsA1oELAN2BCwD0cxIAMoILACbdDwA5ggsAgoILAD+CCwDOrg4Ah4ILANiCCwDkggsALoMLADuDCwCEgwsAjoMLAEp0EgDfgwsAMIQLADyECwCGhAsAk4QLANyECwDmhAsAMoULAE6FCwCIhQsAkIULAKB0EgDjhQsANIYLADyGCwCKhgsAjYYLAOCGCwDphgsANocLAEWHCwCMhwsAl4cLAOKHCwDqhwsAOIgLAEiICwCOiAsAnIgLAOSICwD1iAsAOokLAEaJCwCQiQsAmIkLAPZ0EgDsiQsAPIoLAESKCwCSigsAmYoLAOiKCwD2igsAPosLAESLCwCUiwsAoIsLAOqLCwD5iwsAQIwLAEqMCwCWjAsAm4wLAOyMCwDyjAsAQo0LAFaNCwCYjQsAoI0LAO6NCwAMjgsARI4LAEyOCwBMdRIAoo4LAKJ1EgD4jgsARo8LAF+PCwCcjwsApY8LAPKPCwACkAsASJALAFiQCwCekAsAqpALAPSQCwD6kAsASpELAFiRCwCgkQsArZELAPaRCwANkgsATJILAFSSCwCikgsArJILAPiSCwAGkwsATpMLAGSTCwCkkwsAsJMLAPqTCwABlAsAUJQLAFiUCwCmlAsAq5QLAPyUCwAFlQsAUpULAFyVCwColQsAsJULAP6VCwAAlgsAVJYLAGSWCwCqlgsAtJYLAACXCwAMlwsAVpcLAFyXCwCslwsAtJcLAE52EgAEmAsAWJgLAGmYCwCumAsAypgLAASZCwAMmQsApHYSAGuZCwCwmQsAwZkLAAaaCwAOmgsAXJoLAHWaCwCymgsAuJoLAAibCwANmwsAXpsLAH6bCwC0mwsAwJsLAAqcCwAQnAsAYJwLAGicCwC2nAsAxZwLAAydCwARnQsAYp0LAG+dCwC4nQsAxZ0LAA6eCwAangsAZJ4LAHOeCwC6ngsAxJ4LABCfCwAenwsAZp8LAGufCwC8nwsAyZ8LABKgCwAVoAsAaKALAHCgCwC+oAsAwKALABShCwAaoQsAaqELAHahCwDAoQsAyKELAPp2EgAbogsAbKILAHCiCwDCogsAz6ILAFB3EgAgowsApncSAHSjCwDEowsA26MLABqkCwAjpAsAcKQLAIakCwDGpAsA0qQLABylCwAppQsAcqULAHylCwDIpQsA0KULAB6mCwBcpgsAdKYLAJ2mCwDKpgsA0qYLACCnCwBDpwsA/HcSAIWnCwDMpwsAjKcLALDECwDRpwsAIqgLAC+oCwB4qAsAhagLAM6oCwDaqAsAJKkLADOpCwB6qQsAhKkLANCpCwDeqQsAJqoLACuqCwB8qgsAiaoLANKqCwD2qgsAKKsLADCrCwBSeBIAh6sLANSrCwDXqwsAKqwLADSsCwCArAsAiKwLANasCwDvrAsALK0LADitCwCCrQsAiq0LAKh4EgDorQsALq4LADauCwCErgsAjq4LANquCwDurgsAMK8LADGvCwCGrwsAkq8LANyvCwDkrwsA/ngSAEWwCwCIsAsAibALAN6wCwDqsAsANLELAEOxCwCKsQsAlLELAOCxCwDjsQsANrILAD6yCwCMsgsAjbILAOKyCwDksgsAOLMLAD6zCwCOswsAkLMLAOSzCwD6swsAOrQLAEa0CwCQtAsAmrQLAOa0CwDytAsAPLULAEK1CwCStQsAmrULAOi1CwARtgsAPrYLAEa2CwCUtgsAnrYLAOq2CwDvtgsAQLcLAEi3CwCWtwsAr7cLAOy3CwD4twsAQrgLAEq4CwBUeRIApLgLAO64CwDxuAsARLkLAEm5CwCauQsAo7kLAPC5CwD2uQsARroLAFW6CwCcugsAqLoLAPK6CwAHuwsASLsLAFC7CwCeuwsAq7sLAKrBCwC3uwsA9LsLAPm7CwBKvAsAT7wLAKC8CwCxvAsA9rwLAP68CwBMvQsAAr0LAPq+CwBjvQsAor0LALC9CwD4vQsAE74LAE6+CwBavgsApL4LALG+CwCqeRIA/L4LAFC/CwBdvwsApr8LAK6/CwD8vwsAE8ALAFLACwBgwAsAqMALAMPACwD+wAsACsELAFTBCwBhwQsAAHoSALPBCwAAwgsAEcILAFbCCwBnwgsArMILALTCCwACwwsAGcMLAFjDCwBmwwsArsMLAMnDCwAExAsAEMQLAFrECwBnxAsAVnoSAMTECwAGxQsACcULAFzFCwB5xQsAssULAMPFCwAIxgsALMYLAF7GCwBmxgsArHoSAL3GCwAKxwsADccLAGDHCwBqxwsAtscLAL7HCwAMyAsAJcgLAGLICwBuyAsAuMgLAMDICwACexIAHskLAGTJCwBsyQsAuskLAMTJCwAQygsAJMoLAGbKCwBnygsAvMoLAMjKCwASywsAGssLAFh7EgB8ywsAvssLAMHLCwAUzAsAMcwLAGrMCwB7zAsAwMwLAM7MCwAWzQsAK80LAGzNCwB0zQsAws0LAM/NCwAe0QsA280LABjOCwAdzgsAbs4LAHPOCwDEzgsA1c4LABrPCwAizwsAcM8LAIfPCwDGzwsA1M8LABzQCwA30AsActALAH7QCwDI0AsA1dALAK57EgAn0QsAdNELAIXRCwDK0QsA29ELACDSCwAo0gsAdtILAI3SCwDM0gsA2tILACLTCwA90wsAeNMLAITTCwDO0wsA29MLAAR8EgA41AsAetQLAH3UCwDQ1AsA7dQLACbVCwA31QsAfNULAIrVCwDS1QsA59ULACjWCwAw1gsAftYLAIvWCwCK3AsAl9YLANTWCwDZ1gsAKtcLAC/XCwCA1wsAkdcLANbXCwDe1wsALNgLAOLXCwDa2QsAQ9gLAILYCwCQ2AsA2NgLAPPYCwAu2QsAOtkLAITZCwCR2QsAWnwSANzZCwAw2gsAPdoLAIbaCwCO2gsA3NoLAPPaCwAy2wsAQNsLAIjbCwCj2wsA3tsLAOrbCwA03AsAQdwLALB8EgCT3AsA4NwLAPHcCwA23QsAR90LAIzdCwCU3QsA4t0LAPndCwA43gsARt4LAI7eCwCp3gsA5N4LAPDeCwA63wsAR98LAAZ9EgCZ3wsA5t8LAPffCwA84AsASOALAJLgCwCf4AsA6OALAO3gCwA+4QsASOELAJThCwCk4QsA6uELAO/hCwBA4gsASeILAJbiCwCj4gsA7OILAPPiCwBC4wsATuMLAJjjCwCe4wsA7uMLAPTjCwBE5AsASeQLAJrkCwCg5AsAXH0SAPXkCwBG5QsATuULAJzlCwCy5QsA8uULAPflCwBI5gsAT+YLAJ7mCwCn5gsA9OYLAAXnCwBK5wsAVucLAKDnCwCo5wsAXn4SAPjnCwBM6AsAYugLAKLoCwCu6AsA+OgLAP/oCwBO6QsAVukLALR+EgCp6QsA+ukLAAHqCwBQ6gsAWeoLAKbqCwC36gsA/OoLAAjrCwBS6wsAWusLAAp/EgCq6wsA/usLABTsCwBU7AsAYOwLAKrsCwCx7AsAAO0LAAjtCwBgfxIAW+0LAKztCwCz7QsAAu4LAAvuCwBY7gsAae4LAK7uCwC67gsABO8LAAzvCwC2fxIAXO8LALDvCwC/7wsABvALACbwCwBc8AsAXvALALLwCwDJ8AsACPELABTxCwBe8QsAZvELAGKAEgC58QsACvILAAzyCwBg8gsAZ/ILALbyCwC+8gsADPMLABXzCwBi8wsAaPMLALjzCwDJ8wsADvQLABb0CwAOgRIAcPQLALr0CwC99AsAEPULABX1CwBm9QsAd/ULALz1CwDX9QsAEvYLAB72CwBo9gsAcPYLAGSBEgDU9gsAFPcLABX3CwBq9wsAb/cLAMD3CwDG9wsAFvgLACD4CwBs+AsAdPgLAML4CwDU+AsAuoESACX5CwBu+QsAePkLAMT5CwDK+QsAGvoLAC76CwBw+gsAePoLAMb6CwDW+gsAHPsLACH7CwBy+wsAePsLAMj7CwDQ+wsAHvwLAB/8CwB0/AsAdvwLAMr8CwDZ/AsAIP0LAED9CwB2/QsAeP0LAMz9CwDj/QsAIv4LAC7+CwB4/gsAgP4LABCCEgDW/gsAJP8LAD3/CwB6/wsAg/8LAND/CwDa/wsAJgAMAC4ADAB8AAwAjAAMANIADADXAAwAKAEMADEBDAB+AQwAiwEMANQBDADbAQwAKgIMADICDAC8ghIAigIMANYCDADeAgwALAMMADoDDACCAwwAjwMMANgDDADgAwwALgQMADAEDACEBAwAjAQMANoEDADbBAwAMAUMADIFDACGBQwAlQUMANwFDAD8BQwAMgYMADQGDACIBgwAnwYMAN4GDADqBgwANAcMAE4HDACKBwwAtgcMAOAHDADjBwwANggMADsIDACMCAwAmQgMABKDEgDkCAwAOAkMAEIJDACOCQwAnQkMAOQJDADvCQwAOgoMAEgKDACQCgwAnQoMAOYKDAD9CgwAPAsMAEQLDACSCwwAkwsMAOgLDADqCwwAPgwMAE0MDACUDAwAtAwMAOoMDADsDAwAQA0MAFcNDACWDQwAog0MAOwNDAD0DQwAaIMSAEcODACYDgwAng4MAO4ODAD2DgwARA8MAGMPDACaDwwApw8MAPAPDADxDwwARhAMAFwQDACcEAwAuBAMAL6DEgD3EAwASBEMAFIRDACeEQwAphEMAPQRDAD1EQwAShIMAPYRDABcGwwAUBIMAKASDACsEgwA9hIMAAYTDABMEwwAWhMMAKITDAC1EwwA+BMMAAQUDABOFAwAVRQMAKQUDACsFAwA+hQMAP4UDABQFQwAXhUMAKYVDACwFQwA/BUMAAcWDABSFgwAWhYMAKgWDADgFgwA/hYMAAYXDABUFwwAWRcMAKoXDACwFwwAABgMAAgYDABWGAwAcBgMAKwYDADkGAwAAhkMAAoZDABYGQwAXRkMAK4ZDAC0GQwABBoMAAwaDABaGgwAdBoMALAaDADKGgwABhsMAD4bDAAUhBIAZBsMALIbDAC5GwwACBwMABQcDABeHAwAXxwMALQcDADAHAwACh0MABcdDABgHQwAZx0MALYdDADCHQwADB4MABkeDABiHgwAcR4MALgeDADMHgwAaoQSABAfDABkHwwAGh8MAMT/DgBnHwwAnGoOAHEfDADSAg0Acx8MALofDADaHwwAECAMABIgDABmIAwAfSAMALwgDADIIAwAEiEMABohDADAhBIAaiEMAL4hDADLIQwAFCIMAB0iDABqIgwAbCIMAMAiDADRIgwAFiMMACcjDABsIwwAgCMMABaFEgDiIwwAGCQMABokDABuJAwAhSQMAMQkDADQJAwAGiUMACIlDABshRIAciUMAMYlDADJJQwAHCYMACQmDAByJgwAfyYMAMgmDADNJgwAHicMACgnDAB0JwwAfCcMAMonDADjJwwAICgMACwoDAB2KAwAgigMAMwoDADZKAwAIikMACopDAB4KQwAiCkMAM4pDADTKQwAJCoMAC0qDAB6KgwAhyoMANAqDADXKgwAJisMAC4rDADChRIAiSsMANIrDADVKwwAKCwMADIsDAB+LAwAgCwMANQsDADlLAwAKi0MADstDACALQwAjC0MANYtDADdLQwALC4MAEYuDACCLgwAii4MANguDADZLgwAljgMAOIuDAAuLwwANC8MAIQvDACYLwwA2i8MAOIvDAAwMAwAOjAMAIYwDACLMAwA3DAMAOQwDAAyMQwAQDEMAIgxDACVMQwA3jEMAOExDAA0MgwAPjIMAIoyDACMMgwA4DIMAPEyDAA2MwwARzMMAIwzDACUMwwAGIYSAOwzDAA4NAwAVDQMAI40DACWNAwAboYSAOU0DAA6NQwAUDUMAJA1DACYNQwA5jUMAPQ1DAA8NgwASTYMAJI2DACVNgwA6DYMAPI2DAA+NwwAQDcMAJQ3DAClNwwA6jcMAPs3DABAOAwASDgMAMSGEgCnOAwA7DgMAPg4DABCOQwARDkMAJg5DACbOQwA7jkMAPo5DABEOgwATDoMABqHEgCjOgwA8DoMAP06DABGOwwATjsMAJw7DACuOwwA8jsMAP87DABIPAwASTwMAJ48DAC0PAwA9DwMAPw8DABKPQwAWD0MAKA9DACtPQwA9j0MAPk9DABMPgwAVj4MAKI+DACkPgwA+D4MAAk/DABOPwwAXz8MAKQ/DACsPwwAcIcSAAdADABQQAwAWkAMAKZADABdQAwAuiMOALRADAD8QAwAEkEMAFJBDABeQQwAqEEMALRBDAD+QQwABEIMAFRCDABaQgwAqkIMAK9CDAAAQwwABkMMAMaHEgBbQwwArEMMAK5DDAACRAwACUQMAFhEDABgRAwArkQMALFEDAAERQwADUUMAFpFDABpRQwAsEUMALtFDAAGRgwADkYMAFxGDABsRgwAskYMAMBGDAAIRwwAGUcMAF5HDABqRwwAtEcMALxHDADIiBIAKEgMAGBIDABoSAwAHokSAMJIDAAMSQwAIkkMAGJJDABqSQwAuEkMANdJDAB0iRIAEUoMACiCDAAbSgwAZEoMAGdKDACK5hAAbEoMALpKDABuSgwARusOALxKDAAQSwwAxEoMAH5XDADLSgwAcFAMAB1LDABmSwwAeksMALxLDADESwwAEkwMABdMDABoTAwAeEwMAL5MDADGTAwAFE0MAB5NDABqTQwAdU0MAMBNDADMTQwAFk4MAB5ODADKiRIAcU4MAMJODADLTgwAGE8MAB5PDABuTwwAfU8MAMRPDADQTwwAGlAMAB1QDAAgihIAdVAMAMZQDADVUAwAHFEMAB5RDAByUQwAg1EMAMhRDADZUQwAHlIMADJSDAB0UgwAfFIMAMpSDADYUgwAIFMMAC1TDAB2UwwAeVMMAMxTDADWUwwAIlQMACRUDAB4VAwAiVQMAM5UDADfVAwAJFUMADBVDAB6VQwAgVUMANBVDADYVQwAJlYMAD1WDAB8VgwAiFYMANJWDADoVgwAKFcMACtXDAB2ihIAiVcMANRXDADgVwwAKlgMADJYDADMihIAjFgMANZYDADsWAwALFkMAC9ZDACCWQwAilkMANhZDADaWQwALloMAElaDACEWgwAhloMANpaDADoWgwAMFsMAEFbDACGWwwAiFsMANxbDAD1WwwAMlwMAENcDACIXAwAlFwMACKLEgDkXAwANF0MAEJdDACKXQwApV0MAOBdDADsXQwANl4MADxeDACMXgwAlF4MAOJeDADyXgwAOF8MAD1fDACOXwwAl18MAORfDADxXwwAOmAMAEFgDACQYAwAmGAMAHiLEgDrYAwAPGEMAEJhDACSYQwAmmEMAOhhDAAUYgwAPmIMAEViDACUYgwArWIMAOpiDAD5YgwAQGMMAFxjDADOixIAm2MMAOxjDAD2YwwAQmQMAFJkDACYZAwAnWQMAO5kDAD3ZAwARGUMAFFlDACaZQwAoWUMAPBlDAD8ZQwARmYMAFlmDACcZgwAq2YMAPJmDAD+ZgwASGcMAElnDACeZwwAqGcMAPRnDAACaAwASmgMAE9oDACgaAwArWgMACSMEgAHaQwATGkMAE5pDACiaQwApWkMAPhpDAD7aQwATmoMAFVqDACkagwAsGoMAPpqDAAKawwAUGsMAGBrDACmawwAq2sMAPxrDAAFbAwAUmwMAF9sDACobAwAr2wMAP5sDAAKbQwAVG0MAFptDACqbQwAsG0MAABuDAAFbgwAVm4MAFxuDAAmjRIAtm4MAAJvDAAQbwwAWG8MAGhvDACubwwAsG8MAARwDAATcAwAWnAMAGRwDACwcAwAuHAMACiOEgAMcQwAXHEMAGhxDAB+jhIAt3EMAAhyDAAQcgwAXnIMAG5yDAC0cgwAwnIMAApzDAAXcwwAYHMMAGdzDAC2cwwAvnMMACqPEgAddAwAYnQMAGl0DAC4dAwAwHQMAA51DAAbdQwAZHUMAGl1DAC6dQwAxHUMABB2DAAYdgwAZnYMAH92DAC8dgwAyHYMABJ3DAAadwwAgI8SAHR3DAC+dwwAwXcMABR4DAAZeAwAangMAHt4DADAeAwA23gMABZ5DAAieQwAbHkMAHN5DADCeQwA3nkMABh6DAAgegwA1o8SAHN6DADEegwAznoMABp7DAAiewwAcHsMAHJ7DADC/A0AgHsMAMZ7DADLewwAHHwMACV8DAByfAwAf3wMAMh8DADPfAwALJASACd9DAB0fQwAgX0MAMp9DADZfQwAIH4MACp+DAB2fgwAhH4MAMx+DADRfgwAIn8MAC9/DAB4fwwAgH8MAIKQEgDafwwAJIAMADGADAB6gAwAfYAMANCADADegAwAJoEMACuBDAB8gQwAiYEMANKBDADagQwA2JASADCCDAB+ggwAhIIMANSCDACFggwA9hQNAOCCDAAqgwwAR4MMAICDDACJgwwA1oMMAOSDDAAshAwAMoQMAIKEDACOhAwA2IQMAN+EDAAukRIAL4UMALTzDAA6hQwAhIUMAD6FDABY8AwAl4UMANqFDADkhQwAMIYMADyGDACGhgwAk4YMANyGDADfhgwAMocMAECHDACIhwwAjYcMAN6HDADrhwwANIgMADyIDACEkRIAkIgMAOCIDADuiAwANokMAFGJDACMiQwAmIkMAOKJDADoiQwAMJISAFuKDACGkhIAk4oMAOSKDADxigwAOosMAEeLDACQiwwAnIsMAOaLDAD1iwwAPIwMAEaMDACSjAwAoIwMAOiMDADtjAwAPo0MAEuNDACUjQwAsI0MAOqNDADyjQwA3JISAEWODACWjgwAnI4MAOyODAD0jgwAQo8MAEOPDACYjwwAn48MAO6PDADzjwwARJAMAEyQDACakAwAqJAMAPCQDADzkAwARpEMAE6RDACckQwAqZEMAPKRDAD3kQwASJIMAFKSDACekgwAppIMAPSSDAAFkwwASpMMAE+TDACgkwwAopMMAPaTDAD9kwwATJQMAFiUDACilAwAqZQMADKTEgAElQwATpUMAGuVDACklQwArZUMAPqVDAAIlgwAUJYMAFaWDACmlgwAspYMAPyWDAADlwwAUpcMAFqXDAColwwAvpcMAP6XDAADmAwAVJgMAFuYDACqmAwAs5gMAACZDAARmQwAVpkMAGKZDACsmQwAtJkMAN6TEgAImgwAWJoMAF2aDACumgwAyZoMAASbDAASmwwAWpsMAGGbDACwmwwAvJsMAAacDAAJnAwAXJwMAGScDACynAwAs5wMAAidDAAKnQwAXp0MAG2dDAC0nQwA1J0MAAqeDAAMngwAYJ4MAHeeDAC2ngwAwp4MAAyfDAAUnwwANJQSAGefDAC4nwwAwJ8MAA6gDAAeoAwAZKAMAHKgDAC6oAwAy6AMABChDAAcoQwAZqEMAGmhDAC8oQwAxKEMABKiDAAgogwAaKIMAHWiDAC+ogwAxqIMABSjDABMowwAipQSAGujDADAowwAzKMMABakDAAlpAwAbKQMAHSkDADglBIAxKQMABilDAAmpQwAbqUMAH+lDAA2lRIAy6UMAIyVEgAipgwAOJYSAHGmDACowgwAc6YMANivDAB0pgwAHqgMAHamDAAysgwAd6YMAHysDAB5pgwArMQMAHymDADGpgwAfaYMAHiqDAB/pgwAkrcMAMymDAAcpwwAIqcMAHKnDAB3pwwAyKcMAM6nDACOlhIAIKgMAHSoDAB6qAwAyqgMANeoDACQlxIALakMAHapDACNqQwAzKkMAOipDAAiqgwAKqoMAOaXEgB9qgwAzqoMANiqDAAkqwwAMqsMAHqrDACJqwwA0KsMANyrDAA8mBIALqwMAJKYEgCIrAwA0qwMANOsDAAorQwALq0MAH6tDACKrQwA1K0MAOOtDAAqrgwALK4MAICuDACKrgwA1q4MAOKuDAAsrwwAM68MAOiYEgCKrwwAPpkSAOKvDAAusAwANLAMAISwDACSsAwA2rAMAOmwDAAwsQwAOrEMAIaxDACisQwA3LEMAOSxDACUmRIAPrIMAIiyDACXsgwA3rIMAOOyDAA0swwAT7MMAIqzDACWswwA4LMMAOazDAA2tAwAOLQMAIy0DACltAwA4rQMAPO0DAA4tQwARLUMAI61DACmtQwA5LUMAPC1DAA6tgwAQLYMAJC2DACWtgwA5rYMAOu2DAA8twwAQrcMAOqZEgCXtwwA6LcMAO63DAA+uAwA/rcMAPK8DABKuAwAlLgMAKy4DADquAwA7rgMAJi6DAD2uAwAQLkMAEa5DACWuQwAnLkMAOy5DADxuQwAQroMAEi6DADsmhIAmroMAO66DAD0ugwARLsMAFG7DADumxIAp7sMAPC7DAAHvAwARrwMAGK8DACcvAwApLwMAEScEgDzvAwASL0MAFa9DACevQwAr70MAPS9DAAAvgwASr4MAGK+DACgvgwApL4MAE7ADACsvgwA9r4MAPy+DABMvwwAUr8MAKK/DACnvwwA+L8MAP6/DACanBIAUMAMAKTADACqwAwA+sAMAAfBDACcnRIAXcEMAKbBDAC9wQwA/MEMABjCDABSwgwAWsIMAPKdEgCqwgwA/sIMAATDDABUwwwAV8MMAKrDDAC2wwwAAMQMABzEDABWxAwAXsQMAEieEgCvxAwAAsUMAA7FDABYxQwAXsUMAK7FDADGxQwABMYMAAjGDACyxwwAC8YMABDMDAAQxgwAWsYMABHGDAAMygwAYMYMALDGDAC2xgwABscMAAvHDABcxwwAYscMAJ6eEgC0xwwACMgMAA7IDABeyAwAa8gMAKCfEgDByAwACskMACHJDABgyQwAfMkMALbJDAC+yQwA9p8SABHKDABiygwAbMoMALjKDADGygwADssMAB3LDABkywwAcMsMAEygEgDCywwAoqASABzMDABmzAwAZ8wMALzMDADCzAwAEs0MAB7NDABozQwAd80MAL7NDADAzQwAFM4MAB7ODABqzgwAds4MAMDODADHzgwA+KASAB7PDABOoRIAds8MAMLPDADOzwwAGNAMAC7QDABu0AwAetAMAMTQDADX0AwAGtEMACjRDABw0QwAetEMAKShEgDO0QwA+qESADLSDABy0gwAftIMAMjSDADV0gwAHtMMACjTDAB00wwAdtMMAMrTDADU0wwAINQMAC7UDAB21AwAe9QMAMzUDADZ1AwAItUMACrVDAB41QwAiNUMAM7VDADQ1QwAJNYMAC3WDAB61gwAi9YMANDWDADa1gwAUKISADLXDAB81wwAk9cMANLXDADt1wwApqISAEHYDAB+2AwAhNgMANTYDADe2AwA/KISACzZDACA2QwAkdkMANbZDADe2QwALNoMAPLZDAB8Ag0AONoMAILaDACI2gwA2NoMAN7aDAAu2wwAM9sMAITbDACK2wwAUqMSAPbbDAAw3AwAONwMAFSkEgCU3AwA3NwMAO3cDAAy3QwAQ90MAIjdDACU3QwA3t0MAOXdDACqpBIARd4MAIreDACb3gwA4N4MAOzeDAA23wwAPd8MAAClEgCO3wwA4t8MAOPfDAA44AwAQOAMAI7gDACT4AwA5OAMAO3gDAA64QwAROEMAJDhDACY4QwA5uEMAOvhDAA84gwATOIMAJLiDACa4gwA6OIMAP7iDAA+4wwASuMMAJTjDACq4wwA6uMMAO/jDABA5AwARuQMAJbkDACq5AwAVqUSAALlDABC5QwAUOUMAJjlDACl5QwA7uUMAPDlDABE5gwATuYMAJrmDACm5gwA8OYMAPfmDABG5wwATucMAJznDAC15wwA8ucMAAboDABI6AwAUOgMAJ7oDACg6AwA9OgMAAHpDABK6QwAT+kMAKDpDACq6QwA9ukMAAHqDABM6gwAWOoMAKLqDACo6gwA+OoMAADrDABO6wwAT+sMAKTrDACq6wwA+usMAP/rDABQ7AwAX+wMAKbsDACy7AwA/OwMAP/sDABS7QwAVe0MAKylEgCt7QwA/u0MABruDAACphIAdO4MAKruDACy7gwAWKYSAAbvDABW7wwAYu8MAK6mEgCy7wwAAvAMAA7wDAAIqRIAWvAMAK7wDAC48AwABPEMAAbxDABa8QwAa/EMALDxDAC48QwABvIMABLyDABc8gwAYvIMALLyDAC48gwACPMMAA3zDABe8wwAZPMMAF6pEgC28wwACvQMABD0DABg9AwAY/QMALb0DADC9AwADPUMABT1DABgqhIAaPUMALj1DAC+9QwADvYMABP2DABk9gwAavYMALaqEgC89gwAEPcMABn3DABm9wwAffcMALz3DADH9wwAEvgMABz4DABo+AwAcPgMALirEgDL+AwAFPkMABz5DABq+QwAdPkMAMD5DADL+QwAFvoMABz6DABs+gwAePoMAML6DADE+gwAGPsMAB/7DABu+wwAdvsMAMT7DADW+wwADqwSAFn8DABw/AwAePwMAMb8DADp/AwAEK0SAB79DABy/QwAf/0MAMj9DADP/QwAHv4MAC/+DAB0/gwAgP4MAMr+DADR/gwAIP8MACH/DAAMIA0AKP8MAGatEgCJ/wwAzP8MANv/DAAiAA0ALgANAHgADQB5AA0AzgANANgADQAkAQ0AMgENAHoBDQB/AQ0A0AENAN0BDQC8rRIALgINABKuEgCEAg0AaK4SAOACDQAoAw0ANwMNAH4DDQCeAw0A1AMNAOADDQAqBA0AMQQNAIAEDQCIBA0A1gQNANgEDQAsBQ0ANgUNAGqvEgCMBQ0A2AUNAOAFDQDArxIAOAYNAIQGDQCMBg0AFrASABoHDQAwBw0AOAcNAIYHDQCkBw0AbLASAOEHDQBU8A0A6gcNADIIDQA5CA0AlugOAEIIDQCICA0AmAgNAN4IDQDqCA0ANAkNADoJDQCKCQ0ApgkNAOAJDQDoCQ0AwrASAEoKDQCMCg0AlgoNAOIKDQDuCg0AOAsNAEALDQAYsRIAmQsNAOQLDQDmCw0AOgwNAEAMDQCQDA0AmAwNAG6xEgDoDA0APA0NAD8NDQCSDQ0Amg0NAOgNDQD4DQ0APg4NAEAODQCUDg0Aog4NAOoODQD7Dg0AxLESAEcPDQAashIAnA8NAOwPDQDxDw0AQhANAEgQDQBwshIAohANAO4QDQDwEA0ARBENAFcRDQCaEQ0AohENAPARDQD8EQ0ARhINAEwSDQCcEg0AohINAPISDQD3Eg0ASBMNAE4TDQBysxIApxMNAPQTDQABFA0AShQNAFEUDQCgFA0AqBQNAMizEgACFQ0ATBUNAFYVDQCiFQ0ArhUNAPgVDQAHFg0AThYNAFgWDQCkFg0AsBYNAPoWDQABFw0AHrQSAFMXDQBGwg8AVhcNAKYXDQBfFw0AItkOAGEXDQC6+A0AshcNAPwXDQAEGA0AdLQSAF4YDQCoGA0AshgNAP4YDQAKGQ0AVBkNAGMZDQCqGQ0AtBkNAAAaDQAMGg0AVhoNAF0aDQDKtBIAuhoNAAIbDQDMGg0AWMkOABkbDQBYGw0AZRsNAK4bDQCwGw0ABBwNABUcDQBaHA0AdhwNALAcDQC4HA0AILUSAB8dDQBcHQ0AcB0NALIdDQC6HQ0ACB4NAAseDQBeHg0AbB4NALQeDQDLHg0ACh8NABcfDQBgHw0AYh8NALYfDQDHHw0AdrUSABIgDQBiIA0AZyANALggDQDOIA0ADiENABwhDQBkIQ0AZyENALohDQDGIQ0AECINABYiDQBmIg0AciINALwiDQDoIg0AEiMNAB4jDQBoIw0AdyMNAL4jDQDIIw0AFCQNACIkDQBqJA0AbyQNAMAkDQDNJA0AzLUSABglDQBsJQ0AeiUNAMIlDQDPJQ0AGCYNAComDQAithIAfSYNAMQmDQDQJg0AGicNADMnDQBwJw0AcicNAMYnDQDVJw0AHCgNADwoDQByKA0AeigNAMgoDQDrKA0AeLYSACMpDQB0KQ0AdykNAMopDQDUKQ0AICoNACgqDQB2Kg0AfCoNAMwqDQDYKg0AIisNADErDQB4Kw0AhCsNAM4rDQDbKw0AJCwNAC4sDQB6LA0AgiwNANAsDQDfLA0AJi0NACgtDQB8LQ0AjS0NANItDQDjLQ0AKC4NADAuDQB+Lg0Ajy4NANQuDQDWLg0AKi8NAC0vDQCALw0Aii8NANYvDQD6Lw0ALDANAEgwDQDOthIAiDANANgwDQDdMA0ALjENAD0xDQCEMQ0AkDENANoxDQDdMQ0AMDINADMyDQCGMg0AjjINANwyDQDrMg0AMjMNADczDQCIMw0AnjMNAN4zDQDfMw0ANDQNAEU0DQCKNA0AljQNAOA0DQDqNA0ANjUNAEI1DQCMNQ0AkzUNACS3EgDmNQ0AODYNAEY2DQCONg0AmDYNAOQ2DQDvNg0AOjcNAEI3DQCQNw0AnDcNAOY3DQD5Nw0APDgNAEo4DQCSOA0AnDgNAOg4DQDwOA0APjkNAE05DQCUOQ0AmTkNAOo5DQDxOQ0AQDoNAEw6DQB6txIAojoNAOw6DQDvOg0AQjsNAEU7DQCYOw0AsjsNAO47DQD6Ow0ARDwNAFc8DQCaPA0AqDwNAPA8DQD6PA0ARj0NAGk9DQDQtxIApj0NAPI9DQD+PQ0ASD4NAE8+DQCePg0Apj4NAPQ+DQD4Pg0ASj8NAFg/DQCgPw0Aqj8NAPY/DQABQA0ATEANAFRADQCiQA0AsUANAPhADQD9QA0ATkENAFVBDQCkQQ0AsEENAPpBDQACQg0AJrgSAGZCDQAAnw8AaUINAKZCDQCwQg0A/EINAAhDDQBSQw0AVUMNAKhDDQCyQw0A/kMNAAFEDQBURA0AZEQNAKpEDQCsRA0AAEUNAA5FDQBWRQ0AZ0UNAHy4EgCzRQ0A0rgSABtGDQBYRg0AYkYNAK5GDQC6Rg0ABEcNAAdHDQBaRw0AZEcNACi5EgC1Rw0ABkgNACZIDQBcSA0AZEgNAH65EgDASA0ACEkNAB5JDQBeSQ0AakkNALRJDQC7SQ0ACkoNABJKDQBgSg0AZUoNALZKDQC/Sg0ADEsNABZLDQBiSw0AaksNALhLDQDGSw0ADkwNABtMDQBkTA0AbEwNANS5EgDKTA0AEE0NABhNDQAquhIAbU0NALxNDQDITQ0AEk4NABlODQBoTg0AcE4NAL5ODQDITg0AFE8NACJPDQBqTw0AgE8NAMBPDQDMTw0AFlANABtQDQBsUA0AdVANAMJQDQDMUA0AGFENACBRDQBuUQ0Ac1ENAMRRDQDUUQ0AGlINACJSDQCAuhIAelINAMZSDQDJUg0AzFcOAM5SDQDWuhIAKlMNAHJTDQCIUw0AyFMNANRTDQAeVA0AJVQNAHRUDQB8VA0AylQNAM9UDQAgVQ0AKVUNAHZVDQCAVQ0AzFUNANRVDQAiVg0AJFYNAORhDQAwVg0AeFYNAIVWDQDOVg0A1lYNACy7EgAwVw0AelcNAH1XDQDQVw0A2lcNAIK7EgA0WA0AfFgNAJJYDQDSWA0A3lgNAChZDQAvWQ0AflkNAIZZDQDUWQ0A2VkNACpaDQAzWg0AgFoNAIpaDQDWWg0A3loNACxbDQAuWw0AglsNAJJbDQDYWw0A4lsNAC5cDQA6XA0AhFwNAIpcDQAuvBIA6FwNADBdDQBGXQ0Ahl0NAJJdDQDcXQ0A4V0NADJeDQA7Xg0AiF4NAJJeDQDeXg0A5l4NADRfDQBWXw0AhLwSAJlfDQDgXw0A7F8NADZgDQA3YA0AjGANAJZgDQDiYA0A8GANADhhDQA9YQ0AjmENAJthDQDavBIA9GENADpiDQBEYg0AkGINAJxiDQDmYg0A7GINADxjDQBEYw0A3L0SAJdjDQDoYw0A8GMNAD5kDQBKZA0AUm4NAFdkDQCUZA0AoGQNAOpkDQDyZA0AMr4SAE1lDQCWZQ0AnmUNAOxlDQD6ZQ0AQmYNAE9mDQCYZg0Am2YNAO5mDQD4Zg0ARGcNAEZnDQCaZw0Ap2cNAPBnDQD/Zw0ARmgNAFJoDQCcaA0ApGgNAIi+EgACaQ0ASGkNAFBpDQCeaQ0AqmkNAPRpDQD6aQ0ASmoNAFBqDQCgag0ApWoNAPZqDQD8ag0A3r4SAFlrDQCiaw0Ap2sNAPhrDQACbA0ATmwNAFZsDQCkbA0AsGwNAPpsDQANbQ0AUG0NAF5tDQCmbQ0AqW0NAPxtDQAGbg0ANL8SAGVuDQCobg0Atm4NAP5uDQABbw0AVG8NAF5vDQCKvxIAr28NAABwDQC4bw0A6I4NAAhwDQBWcA0AYnANAKxwDQCycA0AAnENAL9wDQCOjA0ACHENAFhxDQBdcQ0ArnENALRxDQDgvxIACnINAFpyDQBfcg0AsHINALZyDQA2wBIAFHMNAFxzDQB3cw0AsnMNAL5zDQAIdA0AD3QNAIzAEgBndA0AtHQNAMF0DQAKdQ0AFnUNAGB1DQBzdQ0AtnUNALd1DQAMdg0AGHYNAGJ2DQBxdg0AuHYNAMJ2DQAOdw0AGncNAGR3DQBrdw0A4sASAMB3DQAQeA0AFngNAGZ4DQBreA0AvHgNAMJ4DQCOwRIAG3kNAGh5DQB1eQ0AvnkNAMJ5DQAUeg0AFnoNAGp6DQB3eg0AwHoNAMp6DQDkwRIAHXsNAGx7DQB0ew0AwnsNAM57DQAYfA0AK3wNAG58DQB9fA0AxHwNANB8DQAafQ0AG30NAHB9DQB6fQ0Axn0NANR9DQAcfg0AIX4NAHJ+DQB/fg0AOsISANR+DQAefw0AJH8NAHR/DQB6fw0Ayn8NAM9/DQAggA0AJoANAJDCEgB7gA0AzIANANaADQA8wxIAKoENAHiBDQCFgQ0AzoENANOBDQAkgg0ALoINAHqCDQCCgg0A0IINANyCDQAmgw0AOYMNAHyDDQB9gw0A0oMNAN6DDQAohA0AN4QNAH6EDQCIhA0A1IQNANyEDQAqhQ0ALIUNAJLDEgCJhQ0A1oUNAOWFDQAshg0AO4YNAIKGDQCOhg0A2IYNANuGDQAuhw0AMYcNAOjDEgCGhw0A2ocNAN2HDQAwiA0AOIgNAIaIDQCTiA0A3IgNAOGIDQAyiQ0APIkNAIiJDQCQiQ0A3okNAOqJDQA0ig0AR4oNAIqKDQCLig0A4IoNAOyKDQA2iw0ARYsNAIyLDQCWiw0A4osNAO6LDQA4jA0AP4wNAD7EEgCdjA0A5IwNAPCMDQA6jQ0AO40NAJCNDQCajQ0A5o0NAPSNDQA8jg0AQY4NAJKODQCfjg0AlMQSAPmODQDqxBIAS48NAJSPDQCijw0A6o8NAPuPDQBAkA0AYpANAEDFEgCbkA0A7JANAJyQDQAEyA0A9JANAEKRDQBDkQ0AoJUNAEWRDQCilg0AR5ENAJ6UDQBIkQ0A+pcNAEmRDQCckw0AUZENAJiRDQBbkQ0AAJsNAJ2RDQDukQ0A+5ENAESSDQBRkg0AmpINAKaSDQDwkg0A/5INAEaTDQBQkw0AlsUSAKqTDQDykw0A9JMNAEiUDQBZlA0A7MUSAJ+UDQD0lA0AAJUNAEqVDQBXlQ0AQsYSAK6VDQD2lQ0AA5YNAEyWDQBjlg0AmMYSAKuWDQBSmQ0ArJYNAPiWDQD6lg0ATpcNAFSXDQCklw0ArpcNAO7GEgAGmA0AUJgNAFKYDQCmmA0AtZgNAPyYDQAHmQ0ARMcSAGGZDQComQ0At5kNAP6ZDQAKmg0AVJoNAGCaDQCqmg0AsZoNAJrHEgAMmw0AVpsNAF6bDQDwxxIAxZsNAAKcDQATnA0AWJwNAGScDQBGyBIAtZwNAASdDQAMnQ0AWp0NAFudDQCwnQ0Atp0NAAaeDQALng0AXJ4NAF2eDQCyng0Avp4NAAifDQAOnw0AXp8NAGifDQC0nw0Awp8NABSlDQDInw0ACqANABKgDQCcyBIAcKANALagDQC+oA0ADKENABWhDQBioQ0AGaENABKkDQBvoQ0AuKENAL+hDQAOog0AGqINAGSiDQB0og0AuqINAMiiDQAQow0AHaMNAGajDQByow0AvKMNAMOjDQDyyBIAG6QNAGikDQB5pA0AvqQNAM+kDQBIyRIAIKUNAGqlDQBtpQ0AwKUNAMilDQAWpg0AG6YNAGymDQB8pg0AwqYNAMqmDQAYpw0AIacNAG6nDQAlpw0AHqoNAHunDQDEpw0Ay6cNABqoDQAmqA0AcKgNAICoDQDGqA0A1KgNABypDQApqQ0AcqkNAH6pDQDIqQ0Az6kNAJ7JEgAnqg0AdKoNAIWqDQDKqg0A26oNAPTJEgAlqw0AdqsNAIOrDQDMqw0A2KsNACKsDQAsrA0AeKwNAIysDQDOrA0Az6wNACStDQAwrQ0Aeq0NAJmtDQDQrQ0A2K0NACauDQArrg0AfK4NAJWuDQDSrg0A/q4NACivDQA0rw0Afq8NAI2vDQDUrw0A3q8NACqwDQAysA0AgLANAIuwDQDWsA0A2LANACyxDQAvsQ0AgrENAIqxDQDYsQ0A5bENAC6yDQAzsg0AhLINAIyyDQDasg0A3LINADCzDQA6sw0AhrMNAJCzDQDcsw0A4rMNADK0DQBAtA0AiLQNAKG0DQDetA0A57QNADS1DQA+tQ0AirUNAJa1DQBKyhIA7LUNADa2DQBAtg0AjLYNAJe2DQDitg0A57YNADi3DQA/tw0AjrcNAJa3DQDktw0AEbgNAKDKEgBBuA0AkLgNAJi4DQDmuA0AE7kNADy5DQBBuQ0AkrkNAJO5DQDouQ0A8rkNAD66DQBMug0AlLoNAJm6DQDqug0A97oNAEC7DQBcuw0AlrsNALK7DQD2yhIA+bsNAEK8DQBGvA0AmLwNAJ68DQDuvA0A8LwNAES9DQBFvQ0Amr0NAL29DQDwvQ0AFL4NAEa+DQBzvg0AnL4NAKS+DQDyvg0A974NAEi/DQBVvw0Anr8NAKa/DQD0vw0A9r8NAErADQBSwA0AoMANAM3ADQD2wA0AA8ENAEzBDQBRwQ0AosENAK/BDQD4wQ0ABMINAE7CDQB7wg0ApMINAKzCDQD6wg0AFcMNAFDDDQBSww0ApsMNALfDDQD8ww0ABcQNAFLEDQBexA0ATMsSALXEDQD+xA0AGcUNAFTFDQBZxQ0AqsUNAMrFDQAAxg0ADMYNAFbGDQBexg0AossSALrGDQACxw0ADMcNAFjHDQBjxw0ArscNALbHDQBOzBIADcgNAFrIDQBkyA0AsMgNALvIDQAGyQ0AGskNAFzJDQBxyQ0AsskNALrJDQAIyg0AH8oNAF7KDQBjyg0AtMoNAL7KDQAKyw0AEssNAKTMEgBiyw0AtssNAMfLDQAMzA0AD8wNAGLMDQBuzA0A+swSAMbMDQAOzQ0AH80NAFDNEgBnzQ0Aus0NAL3NDQAQzg0AHM4NAGbODQBszg0AvM4NAMbODQCmzRIAH88NAGjPDQB/zw0Avs8NAMbPDQD8zRIAGtANAGrQDQBw0A0AwNANANjQDQAW0Q0AGNENAGzRDQBv0Q0AwtENAMXRDQAY0g0AJNINAG7SDQB00g0AxNINAM7SDQCozhIAH9MNAHDTDQB90w0A/s4SANbTDQAc1A0AKNQNAHLUDQB41A0AyNQNANTUDQAe1Q0A1tQNADaREAAr1Q0AdNUNAIPVDQDK1Q0A1tUNACDWDQAo1g0AVM8SAH7WDQDM1g0AztYNACLXDQAx1w0AeNcNAILXDQDO1w0A19cNACTYDQAm2A0AetgNAIvYDQDQ2A0A5dgNACbZDQAu2Q0AfNkNAL3ZDQDS2Q0A2tkNACjaDQA02g0AftoNAJHaDQDU2g0A1doNACrbDQA22w0AgNsNAI/bDQDW2w0A4NsNACzcDQA43A0AgtwNAIncDQAA0BIA9NwNAFbQEgAx3Q0AhN0NAIzdDQDa3Q0A590NADDeDQA13g0Aht4NAJDeDQDc3g0A5N4NADLfDQA83w0AkOMNAELfDQCU5Q0AX98NAIjfDQCS3w0A3t8NAJjfDQCM4Q0A5N8NADTgDQA94A0AiuANAJbgDQDg4A0ADeENADbhDQBS4Q0AAtESAI7hDQDi4Q0A8+ENADjiDQA74g0AjuINAJriDQDk4g0AEeMNADrjDQBW4w0AWNESAJbjDQDm4w0A7+MNADzkDQBG5A0AkuQNAJ3kDQDo5A0A/OQNAD7lDQBa5Q0ArtESAJblDQDq5Q0A++UNAEDmDQBD5g0AluYNAKrmDQDs5g0ACOcNAATSEgBK5w0AWtISAKDnDQCw0hIA+ucNAEToDQBK6A0AmugNAKDoDQDw6A0A9egNAEbpDQBM6Q0ABtMSAKbpDQDy6Q0A+ukNALLTEgBO6g0AnuoNAKbqDQD06g0AAesNAErrDQBW6w0AoOsNAKLrDQD26w0A/OsNAEzsDQBU7A0ACNQSAK/sDQD47A0A/+wNAE7tDQBW7Q0ApO0NAKntDQD67Q0ACu4NAFDuDQBY7g0Apu4NALTuDQD87g0ACe8NAFLvDQBT7w0AqO8NALHvDQD+7w0ACPANAF7UEgBg8A0AqvANAK3wDQAA8Q0ACPENAFbxDQBj8Q0ArPENALHxDQAC8g0ADPINAFjyDQBg8g0ArvINALryDQAE8w0AF/MNAFrzDQBo8w0AsPMNALPzDQAG9A0AEPQNALTUEgBh9A0AsvQNAL70DQAI9Q0AC/UNAF71DQBm9Q0AtPUNAMH1DQAK9g0AD/YNAGD2DQBq9g0AtvYNAL72DQAM9w0AGPcNAGL3DQB19w0AuPcNAMb3DQAO+A0AEfgNAGT4DQBu+A0ACtUSAMD4DQAQ+Q0AHPkNAGb5DQBo+Q0AvPkNAMP5DQAS+g0AJvoNAGj6DQBw+g0AvvoNAMr6DQAU+w0AJ/sNAGr7DQB4+w0AwPsNAMP7DQAW/A0AIPwNAGz8DQBv/A0AYNUSAN38DQAY/Q0AGv0NAG79DQB8/Q0AxP0NANX9DQAa/g0AHP4NAHD+DQCJ/g0Axv4NANf+DQAc/w0AKP8NALbVEgB7/w0AyP8NANX/DQAeAA4AKAAOAHQADgCCAA4AygAOAOAADgAgAQ4ALAEOAHYBDgCCAQ4AzAEOAN8BDgAiAg4AMQIOAHgCDgCEAg4AzgIOAM8CDgAkAw4ALgMOAHoDDgCIAw4A0AMOANUDDgAmBA4AMwQOAAzWEgCKBA4A0gQOAOgEDgAoBQ4ANAUOAH4FDgCFBQ4A1AUOANwFDgAqBg4ALwYOAIAGDgCJBg4A1gYOAOAGDgAsBw4ANAcOAIIHDgCGBw4A2AcOANoHDgAuCA4APAgOAIQIDgCOCA4A2ggOAOgIDgAwCQ4APQkOAIYJDgCdCQ4A3AkOAOQJDgAyCg4AQgoOAIgKDgCNCg4A3goOAOQKDgA0Cw4APAsOAIoLDgCPCw4A4AsOAOELDgA2DA4AQgwOAIwMDgCSDA4A4gwOAOQMDgA4DQ4AQg0OAI4NDgCcDQ4A5A0OAOkNDgA6Dg4ARw4OAA7XEgCWDg4A5g4OAOsODgA8Dw4AQg8OAGTXEgCXDw4A6A8OAPUPDgA+EA4ASxAOAJQQDgCgEA4A6hAOAPkQDgBAEQ4AShEOAJYRDgCkEQ4A7BEOAPERDgBCEg4ATxIOAJgSDgCgEg4AZtgSAPoSDgBEEw4AVBMOAJoTDgCjEw4A8BMOAPMTDgBGFA4AUhQOAJwUDgCjFA4AvNgSAPcUDgBIFQ4AVRUOAJ4VDgCrFQ4A9BUOAAAWDgBKFg4AWRYOAKAWDgCqFg4A9hYOAAQXDgBMFw4AURcOAKIXDgCvFw4A+BcOAAAYDgAS2RIAWhgOAKQYDgC0GA4A+hgOAAMZDgBQGQ4AUxkOAKYZDgCyGQ4A/BkOAAMaDgBo2RIAVxoOAKgaDgCxGg4APkERALUaDgD+Gg4ACxsOAFQbDgBgGw4AqhsOALkbDgAAHA4AChwOAFYcDgBkHA4ArBwOALEcDgACHQ4ADx0OAFgdDgBgHQ4AvtkSALodDgAEHg4AFB4OAFoeDgBjHg4AsB4OALMeDgAGHw4AEh8OAFwfDgBjHw4AFNoSAMkfDgAIIA4ADiAOAF4gDgBqIA4AtCAOAMsgDgAKIQ4ADCEOAGAhDgBqIQ4AtiEOAMIhDgAMIg4AGCIOAGIiDgBoIg4AuCIOAL4iDgAOIw4AEyMOAGQjDgBqIw4AatoSAMgjDgAQJA4AHSQOAGYkDgB9JA4AvCQOAMQkDgASJQ4AFSUOAGglDgB0JQ4AviUOAM8lDgAUJg4AICYOAGomDgB5Jg4AwCYOAMomDgAWJw4AIicOAGwnDgBzJw4AwicOAMonDgAYKA4AIigOAG4oDgB6KA4AxCgOAMcoDgAaKQ4AJCkOAMDaEgCKKQ4AFtsSANApDgAcKg4AHioOAHIqDgB4Kg4AyCoOANIqDgAeKw4AJisOAMLbEgB3Kw4APGkQAH8rDgDKKw4AyysOACAsDgAqLA4AdiwOAKEsDgAY3BIA3CwOACItDgAkLQ4AeC0OAIYtDgDOLQ4A3y0OAG7cEgAqLg4Aei4OAIYuDgDQLg4A0i4OACYvDgApLw4AfC8OAIEvDgDSLw4A3y8OACgwDgBEMA4AfjAOAIYwDgAa3RIA4TAOACoxDgBFMQ4AgDEOAIIxDgDWMQ4A5zEOACwyDgA6Mg4AgjIOAIkyDgDYMg4A4DIOAC4zDgAzMw4AhDMOAI0zDgDaMw4A5DMOADA0DgAxNA4AhjQOAI80DgDcNA4A5jQOADI1DgA6NQ4AiDUOAJg1DgDeNQ4A5DUOADQ2DgA5Ng4AijYOAKA2DgDgNg4A6DYOADY3DgA5Nw4AjDcOAEU3DgDkOA4ArDcOAOI3DgDwNw4AODgOADk4DgBw3RIAnjgOAMbdEgD1OA4AOjkOAEY5DgCQOQ4AkjkOAOY5DgDzOQ4AHN4SAEI6DgCSOg4AsjoOAOg6DgDwOg4Act4SAPQ6DgDEUw4AQTsOAJQ7DgCeOw4AyN4SAPM7DgBAPA4AVjwOAJY8DgCsPA4A7DwOAO48DgBCPQ4ASD0OAJg9DgCsPQ4AdN8SAPs9DgDK3xIASz4OAJo+DgCiPg4A8D4OAPo+DgBGPw4AUj8OAJw/DgCfPw4A8j8OAPw/DgAg4BIAUUAOAJ5ADgC0QA4A9EAOAApBDgBKQQ4ATEEOAKBBDgCmQQ4A9kEOAApCDgDM4BIATkIOAKJCDgBcQg4APJQQAMJCDgAi4RIA/0IOAE5DDgBWQw4ApEMOAK5DDgD6Qw4ABkQOAFBEDgBTRA4ApkQOALBEDgB44RIABUUOAFJFDgBoRQ4AqEUOAL5FDgD+RQ4AAEYOAFRGDgBaRg4AqkYOAL5GDgAk4hIAAkcOAFZHDgBkRw4ArEcOAL1HDgB64hIACUgOANDiEgBkSA4ArkgOALFIDgAESQ4ADkkOAHzjEgBjSQ4AsEkOAMZJDgAGSg4AHEoOAFxKDgBeSg4AskoOALhKDgAISw4AHEsOACjkEgBqSw4AtEsOALZLDgAKTA4AKkwOAH7kEgBqTA4AtkwOAMJMDgAMTQ4AD00OAGJNDgBsTQ4A1OQSAMFNDgAOTg4AJE4OAGRODgB6Tg4Auk4OALxODgAQTw4AFk8OAGZPDgB6Tw4AgOUSAMBPDgASUA4AGlAOAGhQDgByUA4AvlAOAMpQDgAUUQ4AF1EOAGpRDgB0UQ4A1uUSAMlRDgAWUg4ALFIOAGxSDgCCUg4AwlIOAMRSDgAYUw4AHlMOAG5TDgCCUw4AguYSAMtTDgAaVA4AIlQOAHBUDgB6VA4AxlQOANJUDgAcVQ4AH1UOAHJVDgB8VQ4A2OYSANFVDgAeVg4ANFYOAHRWDgCKVg4AylYOAMxWDgAgVw4AJlcOAHZXDgCKVw4AhOcSANRXDgAiWA4A6FcOADpDEwAoWA4ApHAPADJYDgB4WA4AM1gOAMDUDwA7WA4AEtMPAHpYDgDOWA4A3FgOACRZDgA1WQ4A2ucSAIFZDgAw6BIA2VkOAGJPDwDcWQ4AJloOAClaDgB8Wg4AhVoOANJaDgDjWg4AKFsOADJbDgB+Ww4AhlsOANRbDgCaWw4Aqp4PANdbDgAqXA4AM1wOAIBcDgCWXA4A1lwOAOxcDgAsXQ4ALl0OAIJdDgCIXQ4A2F0OAOxdDgCG6BIAVl4OAIReDgCsXg4A3OgSAOBeDgDmOw8A5l4OAIhgDgDnXg4AlD0PAOleDgCSPA8A6l4OADBfDgAyXw4Ahl8OAJRfDgDcXw4A7V8OADLpEgA6YA4AiOkSAI5gDgDeYA4A5GAOADRhDgA5YQ4AimEOAJBhDgDe6RIA7GEOADZiDgA+Yg4AiuoSAJhiDgDiYg4A7GIOADhjDgBBYw4AjmMOAI9jDgDkYw4A7GMOADpkDgA/ZA4AkGQOAKBkDgA26xIA8mQOADxlDgA+ZQ4AkmUOAJhlDgDoZQ4A72UOAD5mDgBDZg4AlGYOAJhmDgDqZg4A92YOAEBnDgBIZw4AlmcOAJtnDgDsZw4A/GcOAIzrEgBTaA4AmGgOAKRoDgDuaA4A/WgOAERpDgBOaQ4AmmkOAKhpDgDwaQ4A/WkOAEZqDgBdag4A4usSAJ9qDgCO7BIA9WoOAEhrDgD5ag4AXv8SAFBrDgCeaw4AxmsOAPRrDgAcbA4ASmwOAHJsDgDk7BIAqWwOAPZsDgD3bA4ATG0OAFttDgCibQ4AYm0OAFBvDgCzbQ4A+G0OAPptDgBObg4AUW4OAKRuDgCnbg4A+m4OAAJvDgDm7RIAVW8OAKZvDgCtbw4A/G8OAAVwDgBScA4AY3AOAKhwDgC0cA4A/nAOAAZxDgA87hIAWnEOAKpxDgCxcQ4AAHIOAAVyDgBWcg4AWnIOAKxyDgC5cg4AAnMOABFzDgBYcw4AaXMOAK5zDgCwcw4ABHQOAAd0DgBadA4AXXQOALB0DgC4dA4Aku4SAAt1DgBCvg4AEXUOAKx2EAASdQ4AXHUOAF91DgCydQ4AvHUOAOjuEgARdg4AXnYOAG12DgC0dg4Aw3YOAAp3DgAWdw4AYHcOAGN3DgC2dw4AuXcOAD7vEgAPeA4AYngOAIp4DgCU7xIAwHgOAOrvEgAWeQ4AQPASAHJ5DgC6eQ4Ay3kOABB6DgAceg4AZnoOAIl6DgC8eg4Av3oOABJ7DgA2ew4AaHsOAHB7DgDs8BIAwHsOABR8DgAifA4AanwOAHt8DgBC8RIAx3wOAJjxEgAefQ4ARPISAHF9DgDCfQ4Az30OABh+DgAbfg4Abn4OAHN+DgDEfg4A1X4OABp/DgAmfw4AmvISAHV/DgDGfw4A138OAByADgAogA4AcoAOAIyADgDIgA4AzIAOAMyCDgDPgA4AJoUOANKADgB+hg4A1IAOAM6DDgDWgA4AyoEOANmADgAegQ4AI4EOAHSBDgCLgQ4A8PISANeBDgAggg4AMIIOAHaCDgB7gg4ARvMSAM6CDgAigw4AKIMOAHiDDgCFgw4AnPMSANSDDgAkhA4AKoQOAHqEDgB/hA4A0IQOANaEDgDy8xIAMoUOAHyFDgCVhQ4A0oUOANuFDgAohg4AP4YOAEj0EgCEhg4A1IYOANaGDgAqhw4AOYcOAICHDgCMhw4AnvQSANiHDgAsiA4APYgOAIKIDgCQiA4A2IgOAN+IDgAuiQ4AMIkOAISJDgCOiQ4A2okOAOiJDgAwig4ANYoOAIaKDgCTig4A3IoOAOSKDgAyiw4ANosOAIiLDgCKiw4A3osOAOSLDgA0jA4AQYwOAPT0EgCXjA4A4IwOAPeMDgA2jQ4AUo0OAEr1EgCYjQ4A4o0OAOONDgA4jg4APo4OAI6ODgCajg4A5I4OAPOODgA6jw4API8OAJCPDgCajw4A5o8OAPSPDgA8kA4AQZAOAJKQDgCfkA4A6JAOAPCQDgA+kQ4AQpEOAJSRDgCWkQ4A6pEOAPCRDgBAkg4ATZIOAKD1EgCjkg4A7JIOAAOTDgBCkw4AXpMOAPb1EgChkw4A7pMOAPyTDgBElA4ATpQOAJqUDgCmlA4A8JQOAPOUDgBGlQ4AYpUOAJyVDgCklQ4ATPYSAP6VDgBIlg4AS5YOAJ6WDgColg4ATvcSAP2WDgBKlw4AWJcOAKCXDgCqlw4A9pcOAAKYDgBMmA4AVJgOAPr3EgCkmA4A+JgOAAaZDgBOmQ4AX5kOAFD4EgCrmQ4ApvgSAP+ZDgBQmg4AWJoOAKaaDgCsmg4A/JoOAAWbDgBSmw4AX5sOAFL5EgCtmw4A/psOALSbDgCsnQ4AB5wOAFScDgBenA4AqpwOALKcDgAAnQ4ARp0OAFadDgBenQ4AqPkSALKdDgACng4ACJ4OAFieDgBgng4Arp4OAPSeDgAEnw4ADJ8OAP75EgBinw4AVPoSALmfDgAGoA4AFKAOAFygDgBmoA4AsqAOAL6gDgAIoQ4AC6EOAF6hDgBmoQ4AAPsSAMChDgAKog4ADaIOAGCiDgBqog4AVvsSAL6iDgCs+xIAGqMOAGKjDgBzow4AuKMOAMSjDgAOpA4AEaQOAAL8EgCspA4AuqQOAAKlDgBY/BIAIKUOAGalDgBopQ4AvKUOAMqlDgASpg4AI6YOAK78EgCEpg4AvqYOAMamDgAE/RIAGqcOAFIcDwAnpw4AaqcOAHmnDgDApw4AzKcOABaoDgAXqA4AbKgOAHaoDgDCqA4A0KgOABipDgAdqQ4AbqkOAHupDgBa/RIA0qkOABqqDgAnqg4AcKoOAHiqDgCw/RIA0qoOAByrDgBIqw4AcqsOAH6rDgDIqw4A16sOAB6sDgAorA4AdKwOAIKsDgDKrA4Az6wOACCtDgAtrQ4Adq0OAH6tDgDMrQ4A2q0OACKuDgAvrg4AeK4OAICuDgAG/hIA0K4OALrRDwDcrg4AJK8OAC6vDgB6rw4Ahq8OANCvDgDXrw4AJrAOAC6wDgB8sA4AgLAOANKwDgDgsA4AKLEOADKxDgB+sQ4AibEOANSxDgDcsQ4AKrIOACyyDgCAsg4AiLIOANayDgDjsg4ALLMOADGzDgCCsw4Aj7MOANizDgD2sw4ALrQOAF+0DgCEtA4AkLQOANq0DgDgtA4AMLUOADW1DgCGtQ4AjrUOANy1DgDotQ4AMrYOAEW2DgCItg4AlrYOAN62DgDotg4ANLcOADy3DgCKtw4AmbcOAOC3DgDltw4ANrgOAD24DgCMuA4AmLgOAOK4DgD+uA4AOLkOAEC5DgBc/hIAkLkOAOS5DgDyuQ4AOroOAEe6DgCQug4AnroOAOa6DgDzug4APLsOAFO7DgCSuw4AmrsOAOi7DgD2uw4APrwOAEu8DgCUvA4AnLwOAAj/EgD4vA4AQL0OAEG9DgC0/xIAor0OAOy9DgDzvQ4ACgATAEm+DgCYvg4Anb4OAGAAEwD2vg4AtgATAEy/DgCavw4Agr8OAN4QEQCbvw4AmhUPAJ2/DgCeFw8Ao78OAPC/DgCkvw4AQhQPAKq/DgCcFg8AuL8OABKqEAD9vw4ARsAOAFHADgCcwA4AnsAOAPLADgD/wA4ASMEOAE/BDgCewQ4Ar8EOAPTBDgAAwg4ASsIOAFHCDgCgwg4AqMIOAAwBEwD8wg4ATMMOAFLDDgCiww4Ap8MOAPjDDgD+ww4AYgETAFrEDgCkxA4ArsQOAPrEDgD+xA4AUMUOAFzFDgCmxQ4AssUOAPzFDgAJxg4AUsYOAFrGDgCoxg4AssYOAP7GDgAKxw4AVMcOAFfHDgCqxw4AtMcOAA4CEwACyA4AVsgOAFnIDgCsyA4Ar8gOALoCEwAKyQ4AEAMTAGbJDgCuyQ4Ar8kOAGYDEwAMyg4AvAMTAF/KDgCwyg4At8oOAAbLDgALyw4AEgQTAGTLDgBoBBMAussOAAjMDgASzA4AXswOAGnMDgC0zA4AwswOAArNDgANzQ4AYM0OAGjNDgC2zQ4AwM0OAAzODgAYzg4AYs4OAGXODgC4zg4Aws4OAL4EEwAczw4AZM8OAHrPDgC6zw4Axs8OABDQDgAX0A4AZtAOAG7QDgC80A4AwdAOABLRDgAb0Q4AaNEOAHLRDgC+0Q4AxtEOABTSDgAW0g4AatIOAHrSDgDA0g4AytIOABbTDgAi0w4AbNMOAHLTDgDC0w4AytMOAGoFEwAm1A4AbtQOAG/UDgDABRMAydQOABYGEwAc1Q4AcNUOAHHVDgDG1Q4AydUOABzWDgAn1g4ActYOAHfWDgDI1g4A0tYOAGwGEwBC1w4AdNcOAHzXDgDCBhMAzNcOACDYDgAx2A4AdtgOAIfYDgDM2A4Az9gOABgHEwAo2Q4AeNkOAH3ZDgDO2Q4A0dkOACTaDgAn2g4AetoOAILaDgBuBxMA3toOACbbDgAp2w4AfNsOAIfbDgDS2w4A3tsOACjcDgAv3A4AftwOAIbcDgDU3A4A4twOACrdDgA33Q4AgN0OAIjdDgDEBxMA4t0OACzeDgAv3g4Agt4OAIzeDgDY3g4A4N4OABoIEwA63w4AhN8OAIrfDgDa3w4A5N8OADDgDgBE4A4AhuAOAI7gDgBwCBMA6eAOADLhDgA64Q4AiOEOAIvhDgDe4Q4A6uEOADTiDgA+4g4AiuIOAJPiDgDg4g4A4eIOADbjDgBO4w4AjOMOAI7jDgDi4w4A8+MOADjkDgBJ5A4AjuQOAJbkDgDk5A4A8+QOADrlDgA85Q4AkOUOAKHlDgDm5Q4A9+UOADzmDgBV5g4AkuYOAJTmDgDo5g4A9+YOAD7nDgBe5w4AHAkTAJbnDgDq5w4ACugOAEDoDgBU6A4AdAoTAJ7oDgDs6A4A+egOAELpDgBH6Q4AmOkOAKLpDgDu6Q4A9ukOAETqDgBK6g4AmuoOAKPqDgDw6g4A/eoOAMoKEwBS6w4AnOsOAKLrDgDy6w4A+OsOAEjsDgBR7A4AnuwOAJ/sDgD07A4A/uwOAErtDgBW7Q4AoO0OAKftDgAgCxMA/u0OAHYLEwBU7g4AzAsTAKruDgAiDBMABO8OAE7vDgBe7w4ApO8OAKnvDgD67w4AAPAOAFDwDgBc8A4ApvAOAK7wDgB4DBMADfEOAFLxDgBj8Q4AqPEOALrxDgD+8Q4ABvIOAFTyDgBf8g4AqvIOAK/yDgAA8w4ABfMOAFbzDgB28w4AzgwTALzzDgAC9A4ADPQOAFj0DgBk9A4ArvQOALT0DgAE9Q4ADPUOAFr1DgBc9Q4AsPUOAGb1DgBm+w4AwfUOAAb2DgAX9g4AXPYOAG72DgCy9g4AuvYOAAj3DgAT9w4AXvcOAGP3DgC09w4AufcOAAr4DgAq+A4AJA0TAGL4DgC2+A4AxfgOAAz5DgAX+Q4AYvkOAHT5DgC4+Q4AwPkOAA76DgAZ+g4AZPoOAGn6DgC6+g4Av/oOABD7DgAw+w4Aeg0TAGj7DgC8+w4Ay/sOABL8DgAd/A4AaPwOAHr8DgC+/A4AxvwOABT9DgAf/Q4Aav0OAG/9DgDA/Q4Axf0OABb+DgA2/g4A0A0TAHn+DgDC/g4A2f4OACYOEwAl/w4Abv8OAIX/DgB8DhMA0f8OABoADwAhAA8AcAAPAH4ADwDGAA8A0wAPABwBDwAzAQ8A0g4TAHoBDwAoDxMAygEPAB4CDwAsAg8AdAIPAIUCDwB+DxMA1wIPACADDwA3Aw8A1A8TAIADDwDMAw8A2AMPACIEDwAlBA8AeAQPAIIEDwAqEBMA6gQPAIAQEwAsBQ8A1hATAIIFDwDQBQ8A0QUPAIIJDwDTBQ8AfgcPANcFDwCQEA8A2gUPACYGDwDfBQ8AhgsPAOAFDwCECg8AKwYPAOQPDwAyBg8AfAYPAH8GDwDSBg8A3AYPACwREwAwBw8AghETAIcHDwDUBw8AngcPAIwODwDiBw8AKggPADQIDwCACA8AjAgPANYIDwDZCA8ALAkPADQJDwDYERMAhAkPANgJDwDbCQ8ALgoPADEKDwAuEhMAhgoPANoKDwDoCg8AMAsPAEELDwDaEhMAiAsPANwLDwDpCw8AMgwPAEEMDwCIDA8AlAwPAN4MDwDvDA8ANA0PAEUNDwCKDQ8Alg0PAOANDwDnDQ8ANg4PAD4ODwCGExMAmg4PAOIODwDjDg8A3BMTAEQPDwCODw8AlQ8PADIUEwDrDw8AOhAPAD8QDwDeFBMAmRAPAOYQDwDsEA8APBEPAD4RDwCSEQ8AnBEPAOgRDwD2EQ8APhIPAEMSDwCUEg8AoRIPAOoSDwACEw8AQBMPAFYTDwCWEw8AmRMPAOwTDwD0Ew8AihUTAE4UDwCYFA8AmxQPAO4UDwD4FA8A4BUTAEwVDwA2FhMAnBUPAPAVDwDzFQ8ARhYPAEkWDwCMFhMAnhYPAPIWDwAAFw8ASBcPAFkXDwA4FxMApxcPAPQXDwACGA8AShgPAA0YDwAW1xAAVBgPAKAYDwCsGA8A9hgPAPkYDwBMGQ8AVBkPAOQXEwC8GQ8AOhgTABIaDwBOGg8AaBoPAJAYEwCpGg8ArB4PALIaDwBYHw8AtBoPAPoaDwD8Gg8AUBsPAF4bDwCmGw8AtxsPAOYYEwADHA8APBkTAFgcDwCoHA8ArRwPAP4cDwAEHQ8AkhkTAFodDwCqHQ8Arx0PAAAeDwAWHg8AVh4PAF4eDwA+GhMAzB4PAAIfDwAKHw8AlBoTAG8fDwCuHw8Aux8PAAQgDwAJIA8AWiAPAGAgDwCwIA8AvCAPAAYhDwANIQ8AXCEPAGQhDwCyIQ8A1SEPAEAbEwAVIg8AXiIPAG0iDwC0Ig8AtiIPAAojDwATIw8AYCMPAHcjDwC2Iw8AwSMPAAwkDwAWJA8AYiQPAGokDwDsGxMAviQPAA4lDwAUJQ8AZCUPAGklDwC6JQ8AwCUPAEIcEwAyJg8AZiYPAG4mDwDuHBMAxSYPABInDwATJw8AaCcPAHAnDwC+Jw8AyScPABQoDwAZKA8AaigPAG8oDwDAKA8A4CgPAEQdEwAcKQ8AbCkPAHMpDwDCKQ8AxykPABgqDwAcKg8AbioPAHsqDwDEKg8AzCoPABorDwAlKw8AcCsPAHUrDwDGKw8AyysPABwsDwA8LA8Amh0TAIEsDwDILA8A0ywPAB4tDwAmLQ8AdC0PAHctDwDKLQ8Afi0PANAwDwDWLQ8AIC4PACouDwB2Lg8Afy4PAMwuDwDNLg8AIi8PACovDwB4Lw8Agy8PAM4vDwDTLw8AJDAPACkwDwB6MA8AmjAPAPAdEwDcMA8AJjEPACgxDwB8MQ8AgjEPANIxDwDZMQ8AKDIPAC0yDwB+Mg8AgjIPANQyDwDhMg8AKjMPADIzDwCAMw8AizMPANYzDwDbMw8ALDQPADE0DwCCNA8AojQPAEYeEwDgNA8AnB4TADg1DwCENQ8AjTUPANo1DwDgNQ8AMDYPADw2DwCGNg8ApDYPANw2DwDdNg8AMjcPADQ3DwCINw8AlTcPAN43DwDsNw8ANDgPAEM4DwCKOA8ApjgPAOA4DwDoOA8ASB8TAEk5DwCMOQ8AjTkPAOI5DwDuOQ8AODoPAEc6DwCOOg8AmDoPAOQ6DwDwOg8AOjsPAEE7DwCeHxMAmDsPAPQfEwDvOw8APDwPAEk8DwBKIBMAlzwPAOg8DwD1PA8APj0PAEg9DwCgIBMAlj0PAOo9DwAAPg8AQD4PAEw+DwD2IBMAnj4PAAh6EAC0Pg8A7D4PAPQ+DwA4uw8ACj8PAEI/DwBKPw8AmD8PAGQ/DwD6nRAAmT8PAEZBDwCbPw8AnkIPAKQ/DwBQnhAAqD8PAO4/DwDwPw8AREAPAFJADwCaQA8Aq0APAEwhEwD4QA8AoiETAEhBDwCcQQ8An0EPAPJBDwD1QQ8A+CETAFBCDwBOIhMAqEIPAE6bDwC+Qg8A9EIPAAJDDwBKQw8AS0MPAKQiEwCoQw8A+iITABlEDwBQIxMAWUQPAKJEDwCwRA8A+EQPAAJFDwBORQ8AVkUPAKRFDwClRQ8ArkoPAL9FDwBUSA8A0EUPAPpFDwADRg8AUEYPAFFGDwCmRg8AtEYPAPxGDwAGRw8AUkcPAF5HDwCoRw8ArkcPAP5HDwAaSA8ApiMTAGJIDwCqSA8At0gPAABJDwAKSQ8AVkkPAFhJDwCsSQ8Aw0kPAAJKDwAOSg8AWEoPAHRKDwD8IxMAv0oPAARLDwAGSw8AWksPAGRLDwCwSw8AwEsPAAZMDwALTA8AXEwPAGJMDwCyTA8AyEwPAAhNDwAQTQ8AXk0PAGFNDwC0TQ8AvU0PAApODwAYTg8AYE4PAGpODwC2Tg8Awk4PAAxPDwAoTw8AUiQTAG9PDwC4Tw8AwE8PAA5QDwARUA8AaqkPAB5QDwBkUA8AZlAPAGioDwByUA8AulAPAMdQDwAQUQ8AHlEPAGZRDwBpUQ8AvFEPAMdRDwASUg8AHlIPAGhSDwBvUg8AvlIPAMZSDwAUUw8AFlMPAGpTDwB6Uw8AwFMPAMpTDwAWVA8AIlQPAGxUDwByVA8AwlQPAMpUDwCoJBMAGlUPAG5VDwB8VQ8AxFUPANFVDwAaVg8AJlYPAHBWDwB2Vg8AxlYPAMlWDwAcVw8AJFcPAHJXDwB0Vw8AfFwPAHVXDwAgWQ8AglcPAMhXDwDKVw8AMGEPAM1XDwAeWA8AJ1gPAHRYDwCBWA8AylgPANFYDwD+JBMAKVkPAIBeDwAqWQ8AzloPAEBZDwB2WQ8AhFkPAMxZDwDNWQ8AVCUTAC5aDwB4Wg8Af1oPAKolEwDQWg8AJFsPACpbDwB6Ww8AhFsPANBbDwDcWw8AJlwPAC1cDwAAJhMAlVwPANJcDwDXXA8AKF0PAC5dDwB+XQ8AiF0PANRdDwDgXQ8AKl4PADFeDwBWJhMAj14PANZeDwDlXg8ALF8PADhfDwCCXw8AhV8PANhfDwDbXw8ALmAPAD5gDwCEYA8AjWAPANpgDwDrYA8ArCYTAD5hDwCGYQ8Al2EPAAInEwDjYQ8AWCcTADpiDwCIYg8AimIPAJJnDwCLYg8ANmQPAJhiDwDeYg8A4GIPAEZsDwDjYg8ANGMPAD1jDwCKYw8Al2MPAOBjDwDnYw8AricTAD9kDwCWaQ8AQGQPAORlDwBWZA8AjGQPAJpkDwDiZA8A42QPAAQoEwBEZQ8AjmUPAJVlDwBaKBMA5mUPADpmDwBAZg8AkGYPAJpmDwDmZg8A8mYPADxnDwBDZw8AsCgTAKtnDwDoZw8A7WcPAD5oDwBEaA8AlGgPAJ5oDwDqaA8A9mgPAEBpDwBHaQ8ABikTAKVpDwDsaQ8A+2kPAEJqDwBOag8AmGoPAJtqDwDuag8A8WoPAERrDwBUaw8AmmsPAKNrDwDwaw8AAWwPAFwpEwBUbA8AnGwPAK1sDwCyKRMA+WwPAAgqEwBQbQ8Anm0PAMdtDwD0bQ8A/G0PAEpuDwBabg8AoG4PAKJuDwD2bg8ABG8PAExvDwBdbw8AXioTAKhvDwD4bw8ABHAPALQqEwB8cA8AYCsTAK1wDwD6cA8AB3EPAFBxDwBscQ8ApnEPAK5xDwC2KxMADXIPAFJyDwBUcg8AqHIPAKlyDwD+cg8AAXMPAFRzDwBgcw8AqnMPALFzDwAAdA8AHHQPAFZ0DwBedA8ADCwTALl0DwACdQ8AEnUPAFh1DwBddQ8ArnUPANl1DwBiLBMACnYPALgsEwBidg8AsHYPALF2DwAYgA8AtnYPAL4rEQC6dg8ABncPALx2DwBkew8AwHYPALZ5DwDOdg8AdIMPAAt3DwAEJBEAEXcPAPoeEQASdw8AXHcPAF93DwCydw8AvHcPAA4tEwAQeA8AXngPAGR4DwC0eA8AvXgPAAp5DwAXeQ8AYHkPAHx5DwBkLRMAuHkPAAx6DwC7eQ8AcC8RABp6DwBieg8Ac3oPALotEwC+eg8ADnsPABp7DwAQLhMAansPALp7DwDAew8AEHwPABV8DwBmfA8AbHwPABIvEwDDfA8AFDATABd9DwBofQ8AcH0PAL59DwDKfQ8AFH4PACd+DwBqfg8Adn4PAMB+DwDPfg8AFn8PAB9/DwBsfw8Adn8PAMJ/DwDOfw8AwDATACmADwBugA8AeoAPAMSADwDGgA8AGoEPAB2BDwBwgQ8AfIEPAMaBDwDOgQ8AFjETACiCDwBygg8AgoIPAMiCDwDUgg8AHoMPACSDDwBsMRMAloMPAMqDDwDSgw8AIIQPAEqEDwB2hA8AgYQPAMyEDwDYhA8AIoUPADOFDwB4hQ8AeYUPAMIxEwDUhQ8AJIYPADGGDwAYMhMAh4YPANCGDwDnhg8AJocPAFGHDwB8hw8AhIcPANKHDwDchw8AKIgPADSIDwB+iA8AgYgPANSIDwDeiA8AbjITADKJDwCAiQ8AhokPANaJDwDfiQ8ALIoPADmKDwCCig8AnooPAMQyEwDaig8ALosPAN+KDwCemA8AO4sPAISLDwCLiw8A2osPANyLDwAwjA8ANowPAIaMDwCNjA8A3IwPAPSMDwAyjQ8AN40PAIiNDwA+jQ8ANI4PAJGNDwDejQ8A6I0PABozEwA6jg8Aio4PAJCODwDgjg8A5Y4PADaPDwA8jw8AcDMTAI2PDwDijw8A848PADiQDwBEkA8AjpAPAJiQDwDkkA8A8JAPADqRDwBBkQ8AxjMTAJKRDwDmkQ8Am5EPAIg7EQDpkQ8APJIPAFySDwCSkg8AmpIPABw0EwD5kg8APpMPAEWTDwCUkw8AnJMPAOqTDwDtkw8AmJUPAPqTDwBAlA8AQpQPAJaUDwCklA8A7JQPAP2UDwByNBMASZUPAMg0EwChlQ8A7pUPAP2VDwBElg8AU5YPAJqWDwCmlg8A8JYPAPOWDwBGlw8ASZcPAJyXDwCslw8A8pcPAPuXDwBImA8AWZgPAB41EwCjmA8A9JgPAP2YDwBKmQ8AVJkPAKCZDwComQ8A9pkPABSaDwBMmg8AapoPAKKaDwDAmg8A+JoPABabDwB0NRMAVZsPAKSbDwCpmw8A+psPALCbDwD8nA8AA5wPAFCcDwBanA8AppwPAMKcDwDKNRMAAp0PAFKdDwBYnQ8AqJ0PAMSdDwAgNhMAKJ4PAMw2EwB+ng8AIjcTALKeDwAkOBMAFp8PAFafDwBYnw8ArJ8PALKfDwACoA8AFqAPAFigDwBgoA8ArqAPANigDwB6OBMADaEPAFqhDwBnoQ8AsKEPAL6hDwAGog8AEKIPAFyiDwB2og8AsqIPAL+iDwAIow8AFKMPAF6jDwBoow8AtKMPALyjDwDQOBMAEaQPAGCkDwBopA8AJjkTAI6kDwAoOhMAwqQPAAylDwATpQ8AYqUPAGqlDwB8ORMAuqUPAA6mDwAfpg8AZKYPAGymDwC6pg8AxKYPABCnDwAcpw8AZqcPAGmnDwC8pw8AxqcPAH46EwAuqA8A1DoTAHaoDwC+qA8Az6gPACo7EwAbqQ8AgDsTAHOpDwDAqQ8Az6kPABaqDwAlqg8AbKoPAHiqDwDCqg8AxaoPABirDwAbqw8AbqsPAH6rDwDEqw8AzasPABqsDwArrA8A1jsTAHKsDwDGrA8AfKwPAHKtDwDJrA8AHK0PACStDwAsPBMAeK0PAMitDwDUrQ8AHq4PACauDwCCPBMAgK4PAMquDwDNrg8AIK8PACqvDwDYPBMAe68PAMyvDwDirw8AIrAPACOwDwB4sA8AibAPAM6wDwDasA8AJLEPAC6xDwB6sQ8AhrEPAC49EwDcsQ8AJrIPACmyDwB8sg8AhrIPANo9EwDVsg8AKLMPACuzDwB+sw8AirMPANSzDwDasw8AKrQPADS0DwAwPhMAhbQPANa0DwDjtA8ALLUPAC+1DwCCtQ8AnrUPANi1DwDgtQ8Ahj4TADa2DwDcPhMAjLYPADI/EwDdtg8AMLcPAPG2DwCYlxAAULcPAIa3DwCatw8AiD8TAN23DwAyuA8AOLgPAIi4DwCUuA8A3rgPAO24DwA0uQ8ANrkPAIq5DwCUuQ8A4LkPAOy5DwA2ug8APboPAN4/EwCYug8ANEATAOq6DwCKQBMAO7sPADy9DwBIuw8AjrsPAJC7DwDkuw8A8rsPADq8DwBLvA8AkEMTAJe8DwDmQxMA7rwPADxEEwBcvQ8Akr0PAKC9DwDovQ8A6b0PAJJEEwBKvg8AlL4PAJu+DwDoRBMA8r4PAD5FEwBCvw8Alr8PAKS/DwDsvw8A/b8PAJRFEwBIwA8AmMAPAKTADwDqRRMA9MAPAETBDwBKwQ8AmsEPAJ/BDwDwwQ8A9sEPAJZGEwBJwg8AnMIPAKjCDwDywg8A+MIPAEjDDwBSww8AQkcTAKPDDwD0ww8AAcQPAErEDwBNxA8AoMQPALXEDwD2xA8A/sQPAJhHEwBUxQ8AosUPAK7FDwD4xQ8A/sUPAE7GDwBUxg8ApMYPAKnGDwD6xg8AAMcPAJxJEwBfxw8ApscPALXHDwD8xw8ABcgPAFLIDwBYyA8AqMgPAK7IDwD+yA8ACskPAFTJDwBbyQ8AqskPALLJDwBIShMACsoPAFbKDwBhyg8ArMoPALjKDwACyw8ACMsPAFjLDwBgyw8ArssPALrLDwAEzA8ACswPAFrMDwBgzA8AsMwPALXMDwAGzQ8ADM0PAJ5KEwBjzQ8Ass0PAMDNDwAIzg8AFc4PAF7ODwB1zg8AtM4PANDODwAKzw8AEs8PAPRKEwBzzw8Ats8PALjPDwAM0A8AItAPAGLQDwBj0A8AuNAPAMnQDwAO0Q8AGtEPAEpLEwCA0Q8AoEsTANDRDwAQ0g8AEdIPAGbSDwB30g8AvNIPAMjSDwD2SxMAF9MPAGjTDwBu0w8AvtMPAN7TDwAU1A8AINQPAGrUDwBx1A8ATEwTAMzUDwAW1Q8AGNUPAGzVDwCM1Q8AokwTAMnVDwD4TBMAHdYPAG7WDwB+1g8AxNYPAMzWDwAa1w8AJNcPAHDXDwB81w8AxtcPAMnXDwAc2A8AJtgPAE5NEwB32A8AeNsPAIDYDwDI2A8A2NgPAB7ZDwAu2Q8AdNkPAJzZDwDK2Q8A8tkPACDaDwBI2g8A+k0TAILaDwDM2g8AztoPACLbDwBC2w8A/k8TAIXbDwDO2w8A2tsPACTcDwBM3A8AetwPAKLcDwDQ3A8A+NwPAFRQEwAs3Q8AfN0PAIHdDwDS3Q8A2N0PAFhSEwAw3g8ABFMTAIreDwDU3g8A194PACrfDwA03w8AgN8PAIjfDwCwUxMA5N8PACzgDwAz4A8AguAPAIrgDwDY4A8A5eAPAC7hDwAz4Q8AhOEPAI7hDwDa4Q8A4uEPADDiDwBA4g8AhuIPAJTiDwDc4g8A6eIPADLjDwBA4w8AiOMPAIvjDwDe4w8A6eMPADTkDwA85A8AiuQPAKPkDwDg5A8A7OQPADblDwBG5Q8AjOUPAJHlDwDi5Q8A6OUPADjmDwBE5g8AjuYPAJbmDwAGVBMA7uYPADrnDwA95w8AkOcPAJjnDwDm5w8A5+cPADzoDwA+6A8AkugPAJjoDwDo6A8A9OgPAD7pDwBL6Q8AlOkPAJ7pDwDq6Q8A8ukPAEDqDwBC6g8AluoPAKPqDwDs6g8A8+oPAELrDwBK6w8AmOsPAJzrDwDu6w8A8OsPAETsDwBH7A8AmuwPAKLsDwDw7A8A/+wPAEbtDwBI7Q8AnO0PAKntDwDy7Q8AAe4PAEjuDwBU7g8Anu4PAK/uDwD07g8ABe8PAErvDwBW7w8AoO8PAKfvDwD27w8AFfAPAFxUEwBg8A8AovAPAKPwDwD48A8ABPEPAE7xDwBq8Q8ApPEPAKzxDwCyVBMAAvIPAF5VEwBc8g8ApvIPAKzyDwD88g8AAvMPAFLzDwBq8w8AqPMPALLzDwD+8w8ACvQPAFT0DwBX9A8AqvQPALT0DwAA9Q8AGPUPAFb1DwBm9Q8ArPUPAK71DwAC9g8AEPYPAFj2DwBp9g8AtFUTALT2DwAE9w8AEPcPAApWEwBi9w8AtlYTALz3DwAG+A8ACfgPAFz4DwBm+A8ADFcTALT4DwAI+Q8AFvkPAF75DwBv+Q8AuFcTALv5DwAOWBMAEvoPAGRYEwBo+g8AZlkTALj6DwAM+w8AGfsPAGL7DwBx+w8AuPsPAL77DwAO/A8AGvwPAGT8DwBm/A8AuvwPAMT8DwAQ/Q8AHv0PAGb9DwBr/Q8AvP0PAMn9DwAS/g8AHv4PAGj+DwB7/g8Avv4PAM3+DwAU/w8AIP8PAGr/DwBr/w8AwP8PAMr/DwAWABAAJAAQAGwAEABxABAAwgAQAM8AEAC8WRMAIgEQAG4BEAB8ARAAxAEQAMcBEAAaAhAAKgIQAHACEAB+AhAAxgIQANICEAAcAxAAIwMQAHIDEAB5AxAAyAMQANQDEAAeBBAAHwQQAHQEEACABBAAygQQANcEEAAgBRAAJwUQAHYFEACCBRAAzAUQANkFEAAiBhAAMQYQAHgGEACMBhAAzgYQANoGEAAkBxAANwcQAHoHEACJBxAA0AcQANwHEAAmCBAAJwgQAHwIEACGCBAA0ggQAOAIEAAoCRAALQkQAH4JEACLCRAAEloTANUJEAAqChAAOwoQAIAKEACOChAA1goQAOUKEAAsCxAALgsQAIILEACMCxAA2AsQAOYLEAAuDBAAMwwQAIQMEACRDBAA2gwQAOkMEAAwDRAANQ0QAIYNEACTDRAA3A0QAOYNEAAyDhAAPg4QAIgOEACbDhAA3g4QAOgOEAA0DxAAQA8QAIoPEACdDxAA4A8QAO8PEAA2EBAAQhAQAIwQEACNEBAA4hAQAOwQEAA4ERAARhEQAI4REACTERAA5BEQAPEREABoWhMAPxIQAJASEACdEhAA5hIQAPASEAA8ExAAQhMQAJITEACUExAA6BMQAPUTEAA+FBAAQRQQAJQUEACiFBAA6hQQAPYUEABAFRAATRUQAJYVEACgFRAA7BUQAPsVEABCFhAARxYQAJgWEAClFhAA7hYQAPsWEABEFxAAUBcQAJoXEACpFxAA8BcQAPoXEABGGBAAVBgQAJwYEAChGBAA8hgQAP8YEABIGRAAVBkQAJ4ZEACxGRAA9BkQAAMaEABKGhAAVhoQAKAaEAChGhAA9hoQAAAbEABMGxAAWhsQAKIbEACnGxAA+BsQAAUcEAC+WhMAYRwQAKQcEACzHBAA+hwQAAYdEABQHRAAUR0QAKYdEACwHRAA/B0QAAoeEABSHhAAVx4QAKgeEAC1HhAAFFsTABEfEABUHxAAYx8QAKofEAC2HxAAACAQAAEgEABWIBAAYCAQAKwgEAC6IBAAAiEQAAchEABYIRAAZSEQAGpbEwCwIRAABCIQABIiEABaIhAAZyIQALAiEAC8IhAABiMQAAwjEABcIxAAbSMQALIjEAC0IxAACCQQABEkEABeJBAAayQQALQkEADDJBAACiUQABUlEABgJRAAbCUQALYlEADJJRAADCYQABsmEABiJhAAbiYQALgmEAC5JhAADicQABgnEABkJxAAcicQALonEAC/JxAAECgQAB0oEADAWxMAcygQALwoEADKKBAAEikQABwpEABoKRAAdikQAL4pEADAKRAAFCoQACUqEABqKhAAeCoQAMAqEADxKhAAFisQABgrEABsKxAAdisQAMIrEADQKxAAGCwQAB0sEABuLBAAeywQAMQsEADQLBAAGi0QAC0tEABwLRAAfy0QAMYtEADSLRAAHC4QAB0uEAByLhAAfC4QAMguEADWLhAAHi8QACMvEAB0LxAAgS8QABZcEwDMLxAAIDAQACIwEAB2MBAAhTAQAMwwEADbMBAAIjEQAC4xEAB4MRAAezEQAM4xEADRMRAAJDIQACoyEAB6MhAAhjIQANAyEADTMhAAJjMQACszEAB8MxAAhTMQANIzEADYMxAAKDQQADc0EAB+NBAAijQQANQ0EADkNBAAKjUQACw1EACANRAAjjUQANY1EADnNRAAbFwTADI2EACCNhAAjjYQAMJcEwDrNhAALjcQAD03EACENxAAkDcQANo3EADbNxAAMDgQADo4EACGOBAAlDgQANw4EADhOBAAMjkQAD85EAAYXRMAlDkQAN45EADoORAANDoQAGA6EACKOhAAkToQAOA6EAD5OhAANjsQAEU7EACMOxAAmzsQAOI7EADnOxAAODwQAEU8EACOPBAAmzwQAOQ8EADwPBAAOj0QAEk9EACQPRAAmj0QAOY9EAD0PRAAPD4QAEE+EACSPhAAnz4QAOg+EAD0PhAAPj8QAFE/EACUPxAAoz8QAOo/EAD2PxAAQEAQAEFAEACWQBAAoEAQAOxAEAD6QBAAQkEQAEdBEACYQRAApUEQAG5dEwD/QRAAREIQAFVCEACaQhAApkIQAPBCEAAHQxAARkMQAEhDEACcQxAArUMQAPJDEAD1QxAASEQQAFJEEACeRBAAoEQQAPREEAD+RBAASkUQAFZFEACgRRAArEUQAPZFEAAJRhAATEYQAFtGEACiRhAArkYQAPhGEAD5RhAATkcQAFhHEACkRxAAskcQAPpHEAD/RxAAUEgQAF1IEADEXRMAqEgQAPxIEAAGSRAAUkkQAFpJEAAaXhMAu0kQAP5JEAAKShAAVEoQAGNKEACqShAAs0oQAABLEAAKSxAAVksQAGRLEACsSxAAsUsQAAJMEAAPTBAAWEwQAGRMEACuTBAAwUwQAARNEAATTRAAWk0QAGZNEACwTRAAsU0QAAZOEAAQThAAXE4QAGpOEACyThAAt04QAAhPEAAVTxAAcF4TAGBPEAC0TxAAvk8QAApQEAASUBAAxl4TAGVQEAC2UBAAzFAQAAxREAANURAAYlEQAHNREAC4URAAxFEQAA5SEAAYUhAAZFIQAHJSEAC6UhAAv1IQABBTEAAdUxAAZlMQAHJTEAC8UxAAz1MQABJUEAAhVBAAaFQQAHRUEAC+VBAAv1QQABRVEAAeVRAAalUQAHhVEADAVRAAxVUQABZWEAAjVhAAHF8TAG5WEADCVhAAzFYQABhXEAAgVxAAcl8TAIRXEADEVxAA0FcQABpYEAAfWBAAcFgQAHlYEADGWBAA0FgQABxZEAAoWRAAclkQAIVZEADIWRAA11kQAB5aEAAqWhAAdFoQAHVaEADKWhAA1FoQACBbEAAuWxAAdlsQAHtbEADMWxAA2VsQAMhfEwAkXBAAeFwQAIJcEADOXBAA1lwQAB5gEwAxXRAAel0QAIldEADQXRAA210QACZeEAAyXhAAfF4QAIteEADSXhAA8l4QAChfEAA0XxAAfl8QAIVfEADUXxAA4l8QACpgEAAvYBAAgGAQAIxgEADWYBAA6WAQACxhEAA7YRAAgmEQAI5hEADYYRAA2WEQAC5iEAA4YhAAhGIQAJJiEADaYhAA32IQADBjEAA9YxAAdGATAIhjEADcYxAA5mMQADJkEAA6ZBAAymATAKVkEADeZBAA72QQADRlEABAZRAAimUQAJ1lEADgZRAA72UQADZmEABCZhAAjGYQAI1mEADiZhAA7GYQADhnEABGZxAAjmcQAJNnEADkZxAA8WcQACBhEwA8aBAAkGgQAJpoEADmaBAA7mgQAHZhEwBZaRAAkmkQAKNpEADoaRAA9GkQAD5qEABRahAAlGoQAKNqEADqahAA9moQAEBrEABBaxAAlmsQAKBrEADsaxAA+msQAEJsEABHbBAAmGwQAKVsEADMYRMA8GwQAERtEABObRAAmm0QAKJtEAAiYhMAAW4QAEZuEABabhAAnG4QAKBuEADybhAA9G4QAEhvEABcbxAAnm8QAKFvEAD0bxAAEXAQAEpwEABbcBAAoHAQAKxwEAD2cBAACXEQAExxEABbcRAAonEQAK5xEAD4cRAA+XEQAE5yEABYchAApHIQALJyEAD6chAA/3IQAFBzEABdcxAAeGITAKhzEAD8cxAABnQQAFJ0EABadBAAzmITAKp0EAD+dBAADHUQAFR1EABldRAAJGMTALF1EAB6YxMAI3YQAHxkEwBedhAAfmUTALJ2EAACdxAAB3cQAFh3EABcdxAArncQALt3EADUZRMACXgQAFp4EABeeBAAsHgQALJ4EAAGeRAAH3kQAFx5EABteRAAsnkQAL55EAAqZhMAC3oQAL5/EAAUehAAXnoQAHF6EAC0ehAAtXoQAAp7EAAWexAAYHsQAG97EAC2exAAwHsQAAx8EAAYfBAAYnwQAGl8EACAZhMAwHwQAA59EAAQfRAAJokQABF9EAAYghAAFH0QAGR9EAAafRAAcoQQABt9EACg8RAAcH0QALp9EADJfRAAEH4QABx+EABmfhAAdH4QALx+EADXfhAAEn8QAB5/EABofxAAb38QANZmEwDLfxAAFIAQABaAEABqgBAAa4AQAMCAEADDgBAAFoEQACGBEABsgRAAcYEQAMKBEADMgRAALGcTACWCEABughAAcIIQAMSCEADFghAAGoMQAB2DEABwgxAAe4MQAMaDEADLgxAAHIQQACaEEACCZxMAhYQQAMiEEADJhBAAHoUQACqFEAB0hRAAg4UQAMqFEADUhRAAIIYQACyGEAB2hhAAfYYQANhnEwDUhhAAIocQACSHEAB4hxAAh4cQAM6HEADYhxAAJIgQAC2IEAB6iBAAfIgQANCIEADhiBAAhGgTADWJEAB8iRAAhokQANKJEADbiRAAKIoQACqKEAB+ihAAj4oQANSKEADcihAAKosQAEiLEACAixAAiIsQANaLEADiixAALIwQAD+MEACCjBAAg4wQANiMEADkjBAALo0QAD2NEACEjRAAjo0QANqNEADmjRAAMI4QADeOEADaaBMAl44QANyOEADtjhAAMo8QADqPEACIjxAAj48QAN6PEADsjxAANJAQAESQEACKkBAAmpAQAOCQEAD8kBAAMGkTAEOREACMkRAAo5EQAOKREADqkRAAOJIQAEaSEACOkhAAmJIQAOSSEADwkhAAOpMQAFCTEACQkxAAk5MQAOaTEAAClBAAhmkTAEaUEACSlBAAmpQQAOiUEAD3lBAAPpUQAEOVEACUlRAAoZUQAOqVEAD0lRAAQJYQAEKWEACWlhAApJYQAOyWEAD5lhAAQpcQAEWXEADcaRMAo5cQAO6XEAD4lxAARJgQAEyYEACamBAAqZgQAPCYEAD1mBAARpkQAFOZEACcmRAAppkQAPKZEAD0mRAASJoQAFaaEACemhAAq5oQAPSaEAD3mhAAMmoTAE2bEACgmxAArJsQAPabEAD9mxAATJwQAFScEACinBAAu5wQAPicEAAMnRAATp0QAGqdEACknRAArJ0QAN5qEwACnhAANGsTAF2eEACmnhAArZ4QAPyeEAAEnxAAUp8QAFefEAConxAAuJ8QAP6fEAAGoBAAVKAQAGKgEACqoBAAt6AQAAChEAANoRAAVqEQAGKhEACsoRAAsqEQAAKiEAAKohAAWKIQAGSiEACuohAAwaIQAASjEAAToxAAWqMQAGajEACwoxAAsaMQAAakEAAQpBAAXKQQAGqkEACypBAAt6QQAAilEAAVpRAAimsTAGGlEAC0pRAAvqUQAAqmEAAMphAAYKYQAG+mEAC2phAA1qYQAAynEAAUpxAAYqcQAGynEAC4pxAAvqcQAA6oEAAQqBAAZKgQAHOoEAC6qBAAxqgQABCpEAAYqRAA4GsTAISpEAC8qRAA2qkQADZsEwAwqhAAaKoQAIaqEAC+qhAAxqoQABSrEAAjqxAAaqsQAGyrEADAqxAAyasQABasEAAZrBAAbKwQAHisEADCrBAAyawQABitEAAgrRAAbq0QAIetEADErRAA2K0QABquEAA2rhAAcK4QAHiuEACMbBMA5K4QAByvEAA6rxAA4mwTAIuvEADIrxAAza8QAB6wEAA5sBAAdLAQAICwEADKsBAA0rAQADhtEwAzsRAAdrEQAIWxEADMsRAA2LEQACKyEAAjshAAeLIQAIKyEADOshAA3LIQACSzEAApsxAAerMQAIezEACObRMA1LMQACa0EAAotBAAfLQQAH+0EADStBAA2rQQACi1EAAytRAAfrUQAIm1EADUtRAA4LUQACq2EAAythAA5G0TAI62EADWthAA3LYQACy3EAA4txAAgrcQAJG3EADYtxAA4rcQAC64EAA2uBAAhLgQAJO4EADauBAA3LgQADC5EAA5uRAAhrkQAIm5EADcuRAA6LkQADK6EAA6uhAAOm4TAJi6EADeuhAA5roQADS7EAA+uxAAirsQAJW7EADguxAA7LsQADa8EAA+vBAAkG4TAJG8EADivBAA87wQADi9EABJvRAAjr0QAJO9EADkvRAA6L0QADq+EABIvhAAkL4QAJ2+EADmvhAA/b4QADy/EABEvxAAkr8QAJ6/EADovxAA+78QAD7AEABNwBAAlMAQAKDAEADqwBAA68AQAEDBEABKwRAAlsEQAKTBEADswRAA8cEQAELCEABPwhAA5m4TAJ7CEADuwhAA/MIQAETDEABRwxAAmsMQALHDEADwwxAA+MMQAEbEEABRxBAAnMQQAJ7EEADyxBAA/8QQAEjFEABPxRAAnsUQAK/FEAD0xRAAAsYQAErGEABXxhAAoMYQALfGEAD2xhAA/sYQAEzHEABRxxAAoscQALLHEAD4xxAAAMgQAE7IEABYyBAApMgQAK/IEAD6yBAABskQAFDJEABYyRAAkm8TAL/JEAD8yRAAAcoQAFLKEABtyhAAqMoQALTKEAD+yhAABssQAOhvEwBnyxAAqssQALnLEAAAzBAADMwQAFbMEABXzBAArMwQALbMEAACzRAAEM0QAFjNEABdzRAArs0QALvNEAA+cBMADM4QAFrOEABczhAAsM4QAL3OEAAGzxAAC88QAFzPEABmzxAAss8QAL3PEAAI0BAAFNAQAF7QEABk0BAAtNAQALzQEAAK0RAAFtEQAGDREABz0RAAttEQAMXREAAM0hAAGNIQAGLSEABj0hAAuNIQAMLSEAAO0xAAHNMQAGTTEABp0xAAutMQAMfTEACUcBMAFdQQAGbUEAB11BAAvNQQAMvUEAAS1RAAG9UQAGjVEABu1RAAvtUQAMTVEAAU1hAAINYQAGrWEABx1hAAwNYQANzWEADqcBMAINcQAGzXEAB41xAAwtcQAMXXEAAY2BAAItgQAEBxEwB22BAAlnETAMzYEADscRMAItkQAEJyEwB42RAAxtkQAMfZEACA4RAA09kQABzaEADa2RAA0N4QAN3ZEAA46BAA39kQAOrrEAAd2hAActoQAIjaEADI2hAA0NoQAB7bEAAg2xAAzt0QACzbEAB02xAAfNsQAJhyEwCB2xAAytsQAM3bEAAg3BAAKtwQAHbcEAB43BAAzNwQAN3cEAAi3RAAM90QAHjdEACA3RAA7nITANXdEAAk3hAAK94QAHreEACC3hAARHMTANLeEAAm3xAALN8QAHzfEACJ3xAA0t8QANrfEAAo4BAAKuAQAH7gEACF4BAA1OAQANvgEAAq4RAAMuEQAJpzEwCN4RAA1uEQANfhEAAs4hAAQuIQAILiEACK4hAA2OIQANriEACI5RAA5uIQAC7jEAA24xAA8HMTADvjEACE4xAAh+MQANrjEADk4xAAMOQQADLkEACG5BAAl+QQANzkEADt5BAAMuUQADrlEABGdBMAj+UQAN7lEADl5RAANOYQADzmEACcdBMAlOYQAODmEADi5hAANucQAEfnEACM5xAAnecQAOLnEADq5xAA8nQTAD3oEADy7xAAROgQAI7oEACk6BAA5OgQAOzoEAA66RAASOkQAJDpEACd6RAA5ukQAOnpEAA86hAARuoQAJLqEACU6hAA6OoQAPnqEAA+6xAAT+sQAJTrEACc6xAASHUTAPPrEABA7BAATewQAJbsEACd7BAA7OwQAP3sEABC7RAATu0QAJjtEACg7RAAnnUTAPvtEABE7hAAR+4QAJruEACk7hAA8O4QAPLuEABG7xAAV+8QAJzvEACt7xAA9HUTAPrvEABI8BAAX/AQAJ7wEACq8BAA9PAQAP7wEABK8RAAUvEQAEp2EwCh8RAA9vEQAAzyEABM8hAAVPIQAKLyEACw8hAA+PIQAADzEACgdhMABfMQAE7zEABR8xAApPMQAK7zEAD68xAA/PMQAFD0EABh9BAApvQQALf0EAD89BAABPUQAPZ2EwBY9RAAqPUQAK31EAD+9RAAGfYQAFT2EABi9hAAqvYQALH2EAAA9xAADPcQAFb3EABc9xAArPcQAK/3EAAC+BAADPgQAFj4EABe+BAArvgQALD4EAAE+RAADvkQAFr5EABm+RAAsPkQAMf5EAAG+hAAGvoQAFz6EAB4+hAAsvoQALr6EABMdxMACvsQAF77EABs+xAAtPsQAMX7EACidxMAEfwQAPh3EwBu/BAAtvwQAMD8EAAM/RAAF/0QAGL9EABq/RAAuP0QAMT9EAAO/hAAIf4QAGT+EABz/hAAuv4QAMb+EAAQ/xAAEf8QAGb/EABw/xAAvP8QAMr/EAASABEAFwARAGgAEQB1ABEApHgTAMYAEQAUAREAHgERAGoBEQBvAREAwAERAMgBEQAWAhEAHAIRAGwCEQB4AhEAwgIRAMgCEQAYAxEAIQMRAG4DEQB7AxEAxAMRAMwDEQAaBBEAGwQRAHAEEQByBBEAxgQRAMkEEQAcBREAHwURAFB5EwCIBREAyAURANAFEQAeBhEAKgYRAHQGEQB6BhEAygYRANAGEQAgBxEAJQcRAMwHEQBOBxEAdgcRAH4HEQD8eRMA0gcRAFJ6EwA4CBEAeAgRAHoIEQDOCBEA2wgRACQJEQArCREAegkRAIIJEQDQCREA4AkRACYKEQAoChEAfAoRAIoKEQDSChEA4woRAP56EwAvCxEAVHsTAIwLEQDUCxEA3gsRACoMEQA1DBEAgAwRAIgMEQDWDBEA4gwRACwNEQA/DREAgg0RAJANEQDYDREA4g0RAC4OEQA2DhEAhA4RAJMOEQDaDhEA3w4RADAPEQA3DxEAhg8RAJIPEQAAfBMAGxARADIQEQBxEBEAiBARAJAQEQBWfBMACBERADQREQBAEREAihERAJAREQDgEREA5hERADYSEQA7EhEAjBIRAJISEQCsfBMA4xIRADgTEQA+ExEAjhMRAJMTEQDkExEA8xMRADoUEQBGFBEAkBQRAJMUEQDmFBEA6RQRADwVEQBEFREAkhURAKEVEQDoFREA7RURAD4WEQBUFhEAlBYRAJUWEQDqFhEA+xYRAEAXEQBMFxEAlhcRAKAXEQDsFxEA+BcRAEIYEQBJGBEAAn0TAKgYEQDuGBEA+hgRAEQZEQBTGREAmhkRAK4ZEQDwGREA/xkRAEYaEQBXGhEAnBoRAKgaEQBYfRMA9BoRAEgbEQBWGxEAnhsRAK8bEQCufRMA+hsRAEocEQBWHBEABH4TAKYcEQD2HBEA/BwRAEwdEQBRHREAoh0RAKgdEQAGfxMA/R0RAE4eEQBQHhEApB4RALUeEQBegBMABh8RAFAfEQBWHxEAph8RALIfEQD8HxEABCARALSAEwBYIBEAqCARALQgEQD+IBEABiERAAqBEwBgIREAqiERAK0hEQAAIhEACiIRAGCBEwBYIhEArCIRALoiEQACIxEAEyMRAAyCEwBeIxEAriMRALojEQBighMADCQRAFokEQBdJBEAsCQRALwkEQAGJREAEiURAFwlEQBkJREADoMTAL0lEQAIJhEAFCYRAF4mEQBmJhEAZIMTAL0mEQAKJxEAGycRAGAnEQBxJxEAticRAL4nEQAMKBEADygRAGIoEQBsKBEAuCgRALooEQAOKREAHSkRAGQpEQCEKREAuikRAMIpEQAQKhEAGioRAGYqEQBsKhEAvCoRAL4qEQASKxEAISsRAGgrEQB0KxEAuoMTAMorEQAULBEAMiwRAGosEQBwLBEAwCwRAMksEQAWLREAIy0RAGwtEQB0LREAwi0RANgtEQAYLhEAGi4RAG4uEQCJLhEAxC4RANAuEQAaLxEAJy8RABCEEwB2LxEAxi8RAM4vEQAcMBEAMjARAHIwEQB3MBEAyDARAM4wEQAeMREAKjERAHQxEQB8MREAZoQTANcxEQAgMhEAMDIRAHYyEQB7MhEAzDIRANIyEQAiMxEAODMRAHgzEQB6MxEAzjMRANgzEQAkNBEAMjQRAHo0EQB/NBEA0DQRAN00EQC8hBMANTURAHw1EQCFNREA0jURANw1EQAoNhEANjYRAH42EQCDNhEA1DYRAOE2EQAqNxEAMjcRAIA3EQCQNxEA1jcRANg3EQAsOBEAOjgRAII4EQCTOBEAEoUTAN84EQBohRMAMzkRAIQ5EQCKOREA2jkRAOI5EQAwOhEAOjoRAIY6EQCIOhEA3DoRAN86EQAyOxEAUjsRABSGEwCUOxEA3jsRAOQ7EQA0PBEAQDwRAIo8EQCSPBEAaoYTAOw8EQA2PREAPD0RAIw9EQCYPREA4j0RAOo9EQDAhhMAOj4RAI4+EQCcPhEA5D4RAPU+EQAWhxMARz8RAJA/EQCnPxEAbIcTAPA/EQA8QBEASEARAJJAEQCVQBEA6EARAPJAEQDChxMAT0ERAJRBEQCbQREA6kERAPJBEQBAQhEATUIRAJZCEQCbQhEA7EIRAPZCEQBCQxEASkMRAJhDEQCnQxEA7kMRAPNDEQBERBEAWkQRAJpEEQCbRBEA8EQRAP5EEQBGRREAV0URAJxFEQCoRREA8kURAPpFEQBuiBMATEYRAFgBAABQRhEAovYSAFRGEQAKpA8AqkYRABIJAAD8RhEA+kkRAK9IEQBWKwAA/EgRAFotAAAKShEAeDwAAKlKEQB+PwAA/0oRAORHAACqSxEAcq8QAKtLEQCUSgAAr0sRADqkAwCySxEApOEHAAJMEQAOXQAArkwRAHBjAAAETREA3m8AAK9NEQCWdgAAEU4RAKh/AABcThEABIMAALBOEQAMhwAAYk8RAHSQAAAlUBEAXFARAL5SEQCg0QAAvFMRALjdAAASVBEAIOcAAL5UEQDo9QAAclURAFD/AADgVREApv8AABRWEQD8/wAAdFYRAAgGAQAeVxEAtgcBAHNXEQDADAEANVgRANIVAQB4WBEA3hsBAOFYEQAYWREAilkRAMRZEQDMWREAGloRACZaEQBCIwEAeFoRAPIlAQA4WxEAclsRAHpbEQDIWxEAylsRAFYtAQAqXBEAYjMBANJcEQDKPAEALl4RAFJWAQDWXhEABFoBAOpeEQC+rhIA8l4RALqsEgBJXxEAWloBAIBfEQCyWwEA4l8RAAxeAQArYBEAEmEBAIBgEQAWYwEAimERAOZ1AQDuYREAKmIRADJiEQA8dgEAj2IRAJZ4AQA4YxEAVoMBAKVjEQCsgwEA5GMRAFqFAQA2ZBEAhGQRAI5kEQCwhQEA5GQRALqKAQDqZhEAmKQBADxnEQCKZxEAmmcRAO6kAQBCaBEA9qgBAJRoEQDiaBEA8mgRAEypAQCaaREACLIBAO5rEQAONgIA8msRALw3AgD2axEANMgBAAJsEQAuRgIAnGwRAPj2EgCdbBEABnEMAKBsEQA6ywEAsGwRAMbRDADybBEAiLwRAAZtEQCQywEAGG0RANI5EwBHbREA5ssBAEptEQDaXA0A+G0RAPDQAQBObhEARtEBAPxuEQCo1wEAo28RALTdAQBPcBEAvOEBAJ9wEQDycBEA/nARAGjiAQD8cREASnIRAE1yEQAIdg4AVnIRACDpAQC1chEA0OsBABdzEQBMcxEApnMRAKzGDQCycxEAQvoBAM9zEQDW7gEABHQRADj1AQCwdBEA7PkBAFx1EQBE+wEAwnURAJr7AQBedhEAMrALAGJ2EQBG/AEAsXYRAEj9AQC4dxEAsgcCAF94EQCs7wwAYngRALwMAgBkeBEAbP4OALR4EQCq+hIAxngRAAJ5EQBgeREArnkRAHR5EQAmFwIAsXkRAICFDQC4eREAlpANALt5EQCqbw0AvnkRAABHDgC/eREAXksOAMl5EQDADgIAz3kRAD6PDQBcehEAHhMCAIR6EQAQpQ4AvnoRAMwUAgASexEAzhUCAHt+EQCeKAIAPowRAOC1DQDmjBEAKo0RAJKNEQDWjREAPI4RAB59DABCjhEAst4CAIePEQBcqBIAjI8RADCQEQCgjxEANpMRAKiPEQBkrBIAro8RANLuAgAykBEALgYNADSQEQCEhw0AN5ARAMRJCQA6kBEAKO8CAD+QEQB+7wIAQZARADTOBABnkBEAzBoFAJaSEQDy/gIAPpMRAIyTEQCNkxEAgjANAJaTEQCw9w8Am5MRAFIaDgCrkxEAWlMTAOyTEQD8AwMA55QRAE4tAwDqlBEAiAQLAOuUEQDUGgMA7ZQRAGALAwDulBEAFhEDAPCUEQDEPwQA8ZQRAHATAwDylBEAjCEDAPOUEQAQDgMA9JQRAGY7BAD6lBEAdhYDACOVEQDcDxEAQpgRAABcAwBGmBEAWDIDAEqYEQAkVw0AopgRALI0AwD0mhEA6lADAGGcEQAWZwMADZ0RACpxAwC/nREAMnUDAP+dEQCSegMA+p4RAAqMAwBWnxEApJ8RALKfEQBkjgMAqqARAHCsDwC0oBEAIJcDAKuhEQDqpgMAB6MRABq/AwCtoxEAgMcDAGqkEQCupBEAD6URAPzaAwBspREAsKURAMGlEQAC3gMAtqcRAIpPBQC3pxEAqAYEAL6nEQByIAkAY6gRALAKBABnqBEAkC8JAGWpEQDcIAQAb6oRAEgsBAAfqxEApC8EANirEQASrBEAGqwRAGisEQB3rBEAXjcEAMisEQC6OgQAc60RAADvDAB2rREAaDwEAMitEQAWrhEA3K0RAASnEgAgrhEAvjwEAMquEQB0QgQAJ68RAHhEBADKrxEAhEoEACKwEQC27gkAc7ARADxRBAB+sREADGQEANCxEQAyPRIAOrIRAHSyEQB8shEAyrIRANeyEQAydwQA2bIRACidBADbshEAaGcEAIm0EQD2gwQAhrURAByXBADYtREAJrYRADe2EQB0mAQAN7cRAJysBACItxEA+K8EACy4EQCytwQAkbgRAGq+BACcuBEAgsoEAKm4EQB2xAQAq7kRANjKBABNuhEA5tEEAIq6EQBI2AQAN7sRALznBAA8uxEAwMgJAD27EQByzAkAP7sRAGDDCQCiuxEA3LsRAOS7EQAyvBEAirwRAGTNDQCQvBEAWqcSAJK8EQDC6gQAlLwRAGDPDwCrvBEArlITAM68EQBa9w8A5rwRAMjtBABhvREAir0RAJW9EQDK7gQAQL4RAID0BADxvhEAOvwEAJG/EQBMBQUAAMARAPoGBQBHwBEAYA8FAEnAEQBQBwUAlsARAKwKBQCawBEAsAwFAJzBEQAQEgUAo8IRACYdBQDtwhEAMCIFALbFEQDwxREA+MURAEbGEQBVxhEAJEcFAKXGEQDeTgUAoMcRAERXBQCrxxEA7AcJAPfHEQCgWgUA+8gRAB5vBQAFyREADmcFAFLJEQBqagUAVskRAG5sBQDAyhEA+soRAALLEQBQyxEAVcsRAEaDBQBfyxEANnsFAKzLEQCSfgUAsMsRAJaABQC0zREAyJkFAFzOEQDaogUACM8RAKy2BQDTzxEAdsYFACrQEQDWywUAadARANrNBQDA0BEAPNQFABLREQA+1QUAZNERALLREQC80REAlNUFAAvSEQCa2AUAE9MRAK7iBQDS0xEADNQRABTUEQBi1BEAaNQRAHDuBQDO1BEAIvIFAHrVEQCQ/gUAvtURAKQIBgB11hEArAwGACHXEQC8FAYA2tcRABTYEQAc2BEAatgRAHrYEQDWIQYAltgRADQmBgDM2BEA2CIGAB7ZEQBs2REAdtkRAC4jBgCK2hEAxNoRAMzaEQAa2xEAI9sRAPozBgB62xEA/jUGADjcEQBy3BEAetwRAMjcEQDJ3BEAFEEGAM3cEQAGkAYAztwRAIJNBgDV3BEAzkgGANfcEQC0OwYAJN0RABA/BgAo3REAVo0GACreEQB+SwYALN8RAJxaBgCC3xEA+l4GANTfEQD8XwYAiOARAGJoBgBC4REAfOERAIThEQDS4REA3OERAHJwBgAr4hEAgHcGAPDiEQAq4xEAMuMRAIDjEQCN4xEA3nsGAI/jEQDyhQYA2+MRAOZ/BgCI5BEATokGAODkEQBSiwYATOYRAIbmEQCO5hEA3OYRAOvmEQBqlwYAPOcRAMaaBgBC6REA8K8GAKjpEQDi6REA/ukRADjqEQBF6hEASLEGAFbrEQCQ6xEAmOsRAObrEQDp6xEAFsMGAMnsEQAw0AYAQe0RADrVBgBF7REA3lwMAPftEQDy2wYAQ+4RAPrfBgCi7xEAHPEGAPrvEQB89gYA+PARAPa4CQAM8REAoLgJAGLxEQCc8REApPERAPLxEQD18REAjP4GAGTyEQCe8hEApvIRAPTyEQAD8xEAPgIHAFXzEQD2CAcApPQRAGwZBwBV9REAXPQNAFr1EQDuwA8AXfURABwcBwBe9REAQL8PALD1EQAkIAcAwvYRAPz2EQAE9xEAUvcRAFv3EQDiKQcAsvcRAOYrBwBj+BEA9DIHAMP4EQBePQcAWfkRABpGBwAF+hEA2lAHALH6EQBIXQcAuvsRAAxqBwAQ/BEAaG0HAGj8EQDEcAcAzvwRAAj9EQAQ/REAXv0RAG39EQDaewcAbv0RABxyBwDA/REAHnMHABL+EQBg/hEAav4RAHRzBwAS/xEANn8HALv/EQDwhgcAbAASAKKKBwAsARIAZgESAG4BEgC8ARIAywESAAqUBwAeAhIAZpcHAHACEgC+AhIAzQISAL6YBwB5AxIAyp4HAMoDEgAmogcAIwQSAD6uBwAlBBIAMqgHADQFEgBuBRIAdgUSAMQFEgA2BhIAcAYSAHgGEgDGBhIA0wYSAA7BBwApBxIAvsMHAIAHEgBwxwcAIAgSANLNBwDWCBIA4NQHAIEJEgC06QcA2goSADL+BwAsCxIAegsSAIkLEgCK/wcA9gsSAOIACAAyDRIARAcIAIoNEgCiCwgA3A0SACoOEgA5DhIA+gwIAKYOEgBSDggA2w8SAAYTCAAzEBIAFBoIAN8QEgCEJwgAixESAEg0CABCEhIA/jkIAJUSEgBWOwgAOhMSAApACAD8ExIANhQSAD4UEgCMFBIA5RQSAHJJCACdFRIAIkwIAFYWEgCQFhIAmBYSAOYWEgDwFhIANFUIAEoXEgDiVggAoRcSAOxbCADyFxIASmAIAJ0YEgCoZAgAohkSALRqCAD0GRIAQhoSAEQaEgAKawgAChsSAEQbEgBMGxIAmhsSALgcEgDyHBIA+hwSAEgdEgBmHhIAoB4SAKgeEgD2HhIAAB8SALiXCAC+HxIA+B8SAAAgEgBOIBIAWCASAPq4CABkIBIA2qgIAKkgEgDeqggABCESAJqzCABbIhIAfM8IAF8iEgBqxggAtiISAHbMCAD/IhIAes4IALQjEgCA0QgAAyQSAIbUCAC2JBIA5tkIAA4lEgBI4AgAuiUSAE7jCAAQJhIApOMIAHYmEgCwJhIAuCYSAAYnEgAVJxIAVOYIAL8nEgAW8ggAGCgSAM74CAAmKRIAYCkSAGgpEgC2KRIAxSkSADYCCQC7KhIADisSACgrEgCqEQkAgCsSALorEgDCKxIAECwSAB8sEgCyFQkAnCwSAGAXCQAuLRIAaC0SAHAtEgC+LRIAIy4SABIbCQBwLhIAbh4JACIvEgB0IQkAfi8SANIlCQAfMBIANq4JACIwEgCGKgkAdTASAIgrCQB6MRIAAj4JANAxEgC6RAkAIzISALxFCQA6MxIAdDMSAHwzEgDKMxIA1jMSACxTCQAoNBIAdjQSAHo0EgCEVAkA3DQSADJWCQCUNRIAzjUSANY1EgAkNhIATjYSAKRkCQB/NhIACGwJAOw2EgCajgsALjcSAHw3EgC0NxIAaHEJAEs4EgB+OBIAgzkSAPyQCQCJOhIAyKEJAOI7EgAwPBIAVT0SAIg9EgCnPRIA3j0SAEQ+EgBUvQkA6D4SALTCCQCSPxIAvMYJAPFAEgAWdQoA80ASANTSCQBAQRIAMNYJAEhDEgCa4AkAl0MSAP7nCQCeQxIA+OQJAKBFEgDuRRIAnUYSACr+CQCoRxIAQAkKAPxIEgBKSRIAc0kSAGgdCgASShIATEoSAFRKEgCiShIAsUoSAHglCgD+ShIA1CgKAAJLEgBmcgoAqUsSANgqCgACTBIAUEwSAHlMEgAyLQoABE0SAOQwCgB7TRIAOjEKAAZPEgC2RAoADlASAMRLCgAQURIAKlQKAHZREgCAVAoAv1ESANZUCgAMUhIAMlgKAL5SEgA4WwoAJFMSAI5bCgBtUxIA5FsKALpTEgBAXwoANlUSAGJVEgDUVRIADlYSABZWEgBkVhIAFVcSAB55CgAWWBIANoUKANNYEgD+kwoAhlkSAMBZEgDIWRIAFloSACBaEgC8nQoA8FsSAH6pCgAeXRIACMQKAHtdEgC+yQoAIF4SAHrSCgCEXhIA1tUKACpfEgBE4goALWESANgBCwDpYhIA+BELAINjEgACFwsA4WMSAF4aCwCcZBIA1mQSAN5kEgAsZRIAhGUSABojCwCgZhIA2mYSAOJmEgAwZxIAWmcSADQwCwDlZxIAljYLADpoEgCIaBIAlmgSAEI3CwDkaBIAnDkLAJdpEgCmPgsA4WkSAK5CCwDrahIAwkwLAO5qEgBuTQsAR2wSAIhaCwCVbBIA4FsLAPNsEgA8XwsARG0SAOxhCwCVbRIAQmILAAxuEgA+bhIABm8SAAZvCwBqbxIAXG8LAKBwEgDucBIAF3ESABR2CwAhcRIAwHYLAP5yEgDIegsAWHMSACR+CwCrcxIAfH8LAK10EgDehQsA+3QSAOaJCwDBdRIA+HUSAKZ2EgBamQsAAXcSABaiCwCodxIAbqMLAC54EgB2pwsAaHgSAH6rCwCteBIA2K0LAFp5EgCYuAsAankSACTUCwDCehIAtMYLAAd7EgAOyQsAbnsSAGjLCwB4fRIAsn0SALp9EgAIfhIAFX4SAPDkCwBrfhIA9ucLABd/EgCo6wsA1X8SAAyAEgB0gBIAiJMSAIGAEgC4gBIAcIESABj5CwBygRIAvvYLACKCEgBmghIAyoISAIACDAB4gxIAQg4MANaEEgBoIQwAd4USAHAlDADQhRIAfCsMACaGEgDiMwwAe4YSAOQ0DAAghxIAmjoMAOKHEgAciBIAJIgSAHKIEgDmiBIACkgMAM2JEgBsTgwA44oSAIBYDACIixIA5mAMAECMEgB6jBIAgowSANCMEgBCjRIAfI0SAISNEgDSjRIAgY4SALCnEgCGjhIA1I4SAIiOEgBM8A8Amo4SADrtEgDejhIAsnEMAIaPEgBodwwAlJESAECODACjkRIA2pESADiSEgA4igwAlZISAI6KDADfkxIAApoMAEKVEgDEpQwAWpUSAO6+DgCUlRIA4pUSAACWEgAapgwAqpYSAOSWEgDslhIAOpcSAJ6XEgAgqQwAWJgSACasDAAEmRIAgq8MAAaaEgBAmhIASJoSAJaaEgAImxIAQpsSAEqbEgCYmxIA/JsSAJq7DAC2nBIA8JwSAPicEgBGnRIAqp0SAFDBDAC6nhIA9J4SAPyeEgBKnxIArp8SALTIDABooBIAussMABShEgAWzwwArqISAP6dDwAEoxIAVJ4PAG6jEgCooxIAsKMSAP6jEgB0pBIAhtwMAAilEgAGHQ0AtqYSAMYIEwC4pxIA9kMPAMynEgDONxMA3qcSAAaoEgAOqBIAAHYQADSoEgBOcA8AiqgSALKoEgALqRIACisTAHqpEgC0qRIAvKkSAAqqEgBsqhIAYvUMANKqEgAMqxIAFKsSAGKrEgDEqxIAFKcOACSsEgAWJQ0AbK0SAMaqDgByrRIAdv8MANatEgAmAg0Axq4SABSvEgAjrxIA8hQOAHKvEgCIahMA0bASAI4LDQDbsBIANgoNANCxEgBADw0AjLISAMayEgDOshIAHLMSAHu0EgBSGA0AjrYSAB4pDQAstxIA4jUNAIi4EgCsRQ0AiLkSALJIDQDZuhIAmJMOANy6EgDQWQ4A4LoSABxTDQDmuhIADKMOAIq7EgDYuxIA4rsSACZYDQD2vBIAML0SADi9EgCGvRIANL4SAEBlDQCNvhIA8mgNAJTAEgBedA0A6sASADjBEgBEwRIAuncNAPDBEgAWew0AmMISAObCEgD9whIAdoANAPLHEgCsmw0AocgSAGCgDQD/yhIA7LsNALTLEgD4yxIAscwSALjMDQC0zBIAYMsNALTNEgASzw0AXs4SABTQDQC2zhIAGtMNAHfPEgCqzxIAyM8SAHbWDQAk0BIA2NwNALrQEgAu3Q0ADtMSAFzTEgBe0xIAnOkNALfTEgBI6g0AvtMSAKLsDQAo1hIAYtYSAGrWEgC41hIAwtYSAHwEDgCA1xIAutcSAMLXEgAQ2BIAH9gSAJIPDgBs2BIA7hIOABjZEgBOGA4AxNkSAK4dDgDD2hIAcCkOAG/bEgDGKQ4AeNsSAPxxDwAg3BIAJC4OAHbcEgDE3BIAKN0SANQwDgB+3RIAjjgOANDeEgAe3xIAId8SAOo7DgDW3xIARD4OACjgEgB24BIAeeASAEhADgAu4RIA+EIOAIDhEgDO4RIA0eESAPxEDgCG4hIAAkgOANjiEgAm4xIAMOMSAFhIDgCE4xIA0uMSANXjEgBaSQ4AhuQSAGBMDgDc5BIAKuUSAC3lEgC4TQ4A3uUSACzmEgAv5hIAwFEOAODmEgAu5xIAMecSAMhVDgDm5xIAelkOAOToEgDaXg4ABOkSAO5HEwBO6RIAMmAOAOHpEgA06hIA4+oSAIxiDgDq6hIA5mQOAJrsEgDyag4AnOwSABj/DgBC7RIAkO0SAOvuEgAyYg8A8O4SAJbwEgBK7xIADHgOAKbwEgBkeQ4A/PASAL57DgBO8RIAwHwOALTxEgDu8RIAS/ISAIyNDgBO8hIA8pUOAFPyEgBsfQ4AX/ISANaHDgAC9RIAiowOAK71EgCWkg4ABPcSADY5DwAi9xIAdjYTADz3EgAo3g8AVvcSAKT3EgCn9xIA9JYOAAr4EgCimA4AXPgSAKSZDgCu+BIA/PgSAAb5EgD6mQ4ArfoSALCfDgC0+hIAtKEOAFn7EgC2og4A2fwSAGimDgBi/RIAxKkOAPv+EgDgQBMAc/8SAAr6DwC1/xIAlr0OABgBEwD2wg4AagETALgBEwDRARMATsQOABECEwBkAhMA3gITAALJDgCKAxMABMoOADYEEwBcyw4AxgQTABQFEwAeBRMADs8OAMEFEwC2pA8A0QYTAMrXDgDLCBMA3OAOALsJEwDICRMAEQoTAB4KEwB6DBMA/PAOAIQMEwBg+A4AOA8TAMgBDwCMDxMAygIPANwPEwB2Aw8ALRATAM4EDwAvERMAKAcPADYSEwCEEhMA4hITADATEwDdExMAOA8PADoUEwCIFBMA5hQTADQVEwDjFRMARBUPAJQWEwDiFhMAQBcTAI4XEwCYGBMApBoPAPIYEwD8Gw8AmhkTAOgZEwD4GRMAVB0PALcaEwDqGhMAnxsTAAgiDwD4GxMAuCQPAGYcEwCYHBMAuh8TAJA7DwBoIRMA8EAPABQiEwBIQg8AwCITAKBDDwBVJRMAIloPAA4nEwDcYQ8ABSgTADhlDwC+KRMA8mwPAGcqEwCibw8A4ywTAFp2DwARLRMACHgPAGwtEwC6WBMAwy0TALh6DwDGLRMAvHwPABMuEwBmLhMAgi4TALwuEwAVLxMAaC8TAIQvEwC+LxMAHDATAGowEwB0MBMAEn0PAMgwEwAIgBMAHDETAByCDwAmMhMAeoYPAHEyEwAqiQ8AzDITABBZEwDbMxMAYPoPAH40EwBClQ8ANDgTAKh0EACGORMAdK4PAIE6EwASqA8ANjsTABSpDwA2PRMAhD0TAI49EwDQsQ8APj4TAIC0DwApQRMANkETAH9BEwCMQRMA1UETAOJBEwArQhMAOEITAIFCEwCOQhMA10ITAORCEwCcQxMAkLwPAAJEEwDmvA8Ak0QTAD6+DwAERRMA6r4PAJ1FEwBCwA8ABkYTAEBGEwCyRhMA7EYTAFBHEwCeww8AFkgTAERIEwBsSBMAmkgTAMJIEwDwSBMAGEkTAEZJEwBNSRMActgPAKRJEwDySRMA90kTAFDHDwBNSxMAZNEPAK5MEwDC1Q8AUU0TAKRNEwAiThMAUE4TAHhOEwCmThMAzk4TAPxOEwAkTxMAUk8TAHpPEwCoTxMAfFATAKpQEwDSUBMAAFETAChREwBWURMAflETAKxREwDUURMAAlITALpSEwCgHBEAvlITAPIaEQC3UxMA1t8PABRUEwDk5g8A0VQTAAhVEwB9VRMAUPIPAL1VEwCu9g8AKVYTAGBWEwAUVxMAYlcTAHJXEwCy+A8AxFcTALT5DwAjWBMAvgARAHVcEwAsNhAAzlwTANg2EADMXRMApkgQAHheEwBeTxAAJF8TAGxWEADQXxMAIlwQAHxgEwCGYxAAKGETADpoEADUYRMA7mwQAIBiEwCmcxAAMGMTAKp1EACUYxMA0GMTANhjEwAmZBMA4GcTAC5oEwBMaBMAzIYQAJJrEwBepRAA/msTAGapEACqbBMAxq4QAERtEwAgsRAAlm0TANCzEADrbRMAgLYQAD9uEwCIuhAAoG4TAIy8EAACbxMAPG8TAJRvEwCmyRAA9G8TAFTLEABTcBMABM4QAJxwEwAQ1BAAXHETAG7YEACsdRMA7u0QAFx3EwAI+xAArncTAAr8EAAAeBMATngTAFJ4EwBg/BAArHgTAPp4EwBYeRMApnkTAFp6EwCoehMACnsTACgLEQBcexMAqnsTAK57EwB+CxEA13wTAOISEQC3fRMA9BsRAAd+EwBafhMAgn4TALB+EwAJfxMAXH8TAIR/EwCyfxMAH4ATAPgdEQC2gBMAUiARABSBEwBUIREAaIETALaBEwDGgRMAViIRABWCEwBYIxEAZYITALiCEwAYgxMAsiURAHSDEwC0JhEAdIQTAMoxEQAehRMA2DgRAHCFEwC+hRMAzoUTAC45EQBuhhMA4DwRANCGEwA4PhEAJIcTADo/EQB0hxMA5j8RAMWHEwAYiBMA","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAA6VgcA0kICAAY+CABkCwIAUBcNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIA3AcNAFTwDQCq8A0AAPENAFbxDQCs8Q0AAvINAFjyDQCu8g0ABPMNAFrzDQCw8w0ABvQNAAAAAAA6VgcA0kICANJCAgBaiQMAqC0CAP4tAgAGdQ4AQr4OALbgAgAM4QIANBwBALbmBQBMxQ8AWokDAGQLAgBQ3gUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAFAXDQC6+A0AEPkNAGb5DQC8+Q0AEvoNAAAAAAA6VgcAZAsCAA4fDAD4LgQAVi8CAGbxCQA6IQIAZokAAGo5AgBgUBAAtlAQALy4AgBOJwAAZAsCACyCCwCCggsAkkkAAA6SBQAqlgAAgJYAACTCAgDuNQoARDYKAGQLAgDcBw0AVPANAKrwDQAA8Q0AVvENAKzxDQAC8g0AWPINAK7yDQA8AwgAAkYNAFYAAABWAAAA1H4KANJCAgCSSQAAZAsCADwDCAAqwwEAAAAAACqWAABwpgwA2K8MAOgeAACGGAAABj4IAFw+CACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwBq9QoAiBkAAGQfDACcag4AWAEAAK4BAAAEAgAAWgIAALACAAA8AwgAAkYNAFYAAABWAAAAkqEBAMJpBAAqlgAAZLMAANJCAgAoQwIA/uEGAGQLAgBQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA02AkAitgJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAwmkEABhqBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAA5KDAAoggwAfoIMAG56DADEegwAGnsMAHB7DADqIwIAgoILAEJQAgCY3wkA7t8JAETgCQAGPggAZAsCAADKDwCs6QkAZAsCAAZ1DgCsdhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAGbxCQCM3wwAPAMIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADTYCQCK2AkAAAAAAMqQAAAqlgAAcg4AABSPAgCOMgsABj4IAGQLAgA8AwgAYjEAALgxAAAOMgAAZDIAAJY+DwA6IQIAZokAANzGAQDoHgAABj4IAGQLAgBQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAG56DADEegwAMhkAAIgZAABkHwwAnGoOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgBIbQ8Anm0PAA4fDACQSgEA5koBACTCAgDMkwEABj4IANy3DwAOHwwAZB8MAJxqDgBYAQAArgEAAAQCAABaAgAAlj4PADohAgBmiQAA3MYBAOgeAAAGPggAZAsCAFAXDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAbnoMAMR6DAAyGQAAiBkAAGQfDACcag4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAEhtDwCebQ8ADh8MAJBKAQDmSgEAJMICAMyTAQAGPggA3LcPAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAAJY+DwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAACWPg8ATicAAJpfCQDSQgIAaqMMABSPAgCWPg8ANBwBALpCCAByDgAAKsMBAD51AACyHw4AAuwKAJjnDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAADh8MAGQfDACcag4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgC2+g8AUBcNAKi2BgA8AwgA2IoPAA6SBQBkkgUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgDcBw0A3LcPAIYYAADyVAMAKpYAAAY+CABkCwIAugsCAJ4TDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgDs4AoA3BgAAFrZAACGGAAAZAsCANwHDQBcPggAyi8QACAwEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAAY+CADctw8AhhgAAPJUAwAqlgAABj4IAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAACsEAgAVi8CAAY+CAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQDCaQQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIANNgJAIrYCQCSSQAADpIFAGSSBQAqlgAAJMICAHrCAgDQwgIAZAsCAA5KDAAoggwAfoIMAG56DADEegwAGnsMAHB7DADC/A0AuvgNAODWCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAFBCDQBWAAAAVgAAANR+CgDSQgIAkkkAAI4yCwAGPggAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQCQ3wsAAAAAAJKhAQDCaQQAKpYAAIYYAACSSQAAZAsCANwHDQBU8A0AqvANAADxDQBW8Q0ArPENAALyDQBY8g0ArvINADwDCAACRg0AVgAAAFYAAADUfgoA0kICAJJJAABkCwIAUBcNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgCC0AcAZosBAEJoDgBkCwIANNgJAIrYCQAAAAAAypAAACqWAAByDgAAFI8CAI4yCwAGPggAZAsCADohAgBaiQMAZAsCADwDCADoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAFm0GAGSzAACExwIAnFICABZtBgA6VgcArOkJAGQLAgAOHwwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAFAXDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AADTYCQCK2AkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAHymCQCs6QkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAUN4FAITHAgDaxwIAMMgCADq4DQCQuA0A5rgNAFrZAADMkwEAkFQGAOhJAACwRw0AMAEKAJJJAABkCwIAUBcNAEzFDwBaiQMAZAsCAA4fDABkHwwAnGoOAFgBAACuAQAABAIAAFoCAACwAgAAUN4FAKbeBQD83gUATicAAJpfCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgBQ3gUAurMAABC0AABmtAAAvLQAABK1AABotQAAPAMIAOgeAACGGAAAkkkAAGQLAgBQFw0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAbnoMAMR6DAAyGQAAiBkAAGQfDACcag4AWAEAAK4BAAAEAgAAWgIAALACAAAOSgwAKIIMAH6CDAA8AwgA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQAQ5wQAUBcNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgCY3wkA7t8JAETgCQCa4AkA8OAJAEbhCQBQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAI4yCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAukIIANL2BgCkjQgAZokAAEzFDwDyVAMAAgkEADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAADpWBwCs6QkAfBcCANIXAgByDgAA6B4AANL2BgDQygYAJssGANq2DwCQVAYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAxD8EABpABABwQAQAxkAEABxBBAByQQQAyEEEAB5CBAB0QgQAggUNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAUBcNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgCGjhAAcg4AAOgeAAAGPggAZAsCAJY+DwAIehAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgBIbQ8Anm0PADTYCQCK2AkA4NgJADbZCQCM2QkA4tkJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgBQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAukIIANL2BgCkjQgAZokAAEzFDwDyVAMAAgkEAJJJAABWLwIAZokAAIrWCADg1ggA6KEBAFrZAAAqlgAABj4IAGQLAgCWPg8A0kICAHymCQA6IQIAZokAADohAgCSoQEATEIOAKJCDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQDctw8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAAAWbQYAOlYHAGQLAgAAAAAAAAAAAAAAAAAQ5wQANNgJAIrYCQCK+wUA3MYBAMgOAACs6QkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAAIXCwBYFwsArhcLAA4fDABkHwwAnGoOAFgBAACuAQAABAIAAFoCAACwAgAAbnoMAMR6DAAaewwAcHsMAML8DQC6+A0A4NYIAOihAQBa2QAAKpYAAAY+CACGGAAA3BgAADIZAABQFw0AItkOABKKAABoigAAvooAABSLAABqiwAABnUOAEK+DgBMaw0ABnUOAKx2EADMkwEAAgkEAFgJBAAkwgIAZvEJALBHDQByDgAAFI8CAFrZAADMkwEAkFQGAOhJAABkCwIANNgJAChDAgA6IQIAOiECAMyTAQCQVAYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgAOHwwAkqEBAExCDgCiQg4A3MYBAOgeAABQ3gUApI0IAPqNCABQjggApo4IAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMASosIAOgeAACgbA4AkkkAABZtBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQDC6gQAGOsEAG7rBABQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAI4yCwAGdQ4AQr4OADpWBwAGPggA3LcPAC5eDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAKwQCABkCwIAUN4FANJCAgA6TAIAVAsGANy3DwCGGAAAkkkAABZtBgBmiQAAitYIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAMJpBAAGPggAXD4IALyJAAASigAAaIoAAL6KAAAUiwAAGNQOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgAU8QgAypAAANJCAgA6TAIAVAsGAM5OCQAqlgAAcg4AABrVDgDcGAAA3kYBADQcAQC25gUAnFICAGSzAAAGPggA3LcPAIYYAADyVAMAKpYAAAAAAAA6VgcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAnhMNANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAJ4TDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgBQFw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIA7jUKAEQ2CgBqowwAgpkBADpWBwCs6QkAzJMBACKUAQDyVAMAYmQEAGDeAQA0HAEAZAsCADwDCAACRg0AVgAAAFYAAADUfgoA0kICAJJJAACOMgsABj4IAGQLAgBQFw0A1AkQAMyTAQBkCwIAJMICAO41CgBENgoAaqMMAIKZAQA6VgcArOkJAGQLAgAOSgwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgA02AkAfKYJADABCgCSSQAAFm0GACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAAAWbQYAOlYHAKzpCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQBMQg4ACgsDANQaAwCEAgsAlugOAOzoDgBC6Q4AmOkOAO7pDgBE6g4AmuoOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQDctw8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAEzFDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgDatg8AMLcPAMgOAACs6QkATicAAI7KAQDkygEABnEMAFxxDADKkAAAkqEBAJJJAAAWbQYAVgAAAJKhAQBMQg4APJQQAI7KAQDkygEABnEMAFxxDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CACyCCwDOrg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgAsggsAzq4OABINAgBoDQIAvg0CABQOAgBqDgIA8I4LAJKhAQBMQg4APJQQAJKUEADolBAAECYPAIReDgBkCwIANNgJANq2DwCYlxAA7pcQAESYEADwjgsARo8LALoLAgAQDAIAZgwCALwMAgAAAAAALl4OAGQLAgA02AkA2rYPAJiXEADulxAARJgQAPCOCwBGjwsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAEOcEAEC/DwCWvw8A7L8PAELADwCYwA8AAAAAAMqQAAAgkQAA8lQDAJBUBgBqOQIAiGQQAAY+CABsZQIAypAAACCRAADyVAMAkFQGAGo5AgDwbRAA0kICAChDAgD+4QYAukIIAFrZAAA6VgcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAAJ42CQDS9gYAkkkAAI4yCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIABnUOAEK+DgBMaw0AOiECALb6DwAAAAAAUBcNAEbCDwCcwg8A8sIPAEjDDwCeww8A9MMPAErEDwAsggsAJt0PAHzdDwDS3Q8ACgsDAAAAAAA6VgcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAVAsGAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgAQJg8AhF4OACyCCwAAAAAAkqEBAAAAAADKkAAAZokAAIrWCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIASG0PAGQLAgAsggsAAAAAAMqQAABmiQAAZvEJALBHDQAwAQoAhgEKANwBCgAyAgoAOiECAIgCCgDeAgoANAMKADohAgBQ3gUApt4FAPzeBQAYVQ8AblUPAMRVDwBQ3gUApt4FAPzeBQAYVQ8AblUPAMRVDwBmiQAATMUPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAACOMgsAcFINAMZSDQBqOQIAqO0MAP7tDABaiQMAkkkAAI4yCwBwUg0AxlINAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAAAOkgUAbiYNAH5DAgDUQwIAKkQCAJJJAADoSQAABHgQAFp4EACweBAAAAAAANJCAgA6TAIAntIBAHIaBgDS9gYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgC4pQ8A6EkAAAR4EABaeBAAOlYHAGo5AgB0PgIA6EkAAAR4EABaeBAAsHgQAAAAAABmiQAAzJMBAAIJBADoHgAAcKYMAMamDAAcpwwAcqcMAMinDABqOQIAdD4CAOhJAAAEeBAAWngQALB4EABqOQIAdD4CAOhJAAAEeBAAWngQAFqJAwBWAAAAnjYJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAA/uEGALpCCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAAAOkgUAZJIFADohAgCQIQIA5iECAI4yCwAqlgAAgJYAANTrAAB87gIANBwBALpCCACSSQAA6EkAALBHDQAGPggA3LcPAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAANR+CgDMkwEAIpQBACJtAwB4bQMA7OQMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIABj4IANy3DwCqVwEAJjURAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAHymCQAGPggARrYJACTCAgDMkwEAAgkEAIKZAQA6VgcArOkJACqWAACAlgAA1OsAAHzuAgA6IQIAPDoOADABCgAgkQAAKsUCAJKhAQDooQEAApgLAFiYCwCumAsATEIOAICWAADU6wAAfO4CAEzFDwB8FwIAAuwKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAukIIAIYYAACSSQAAjjILAOzkDADU6wAAfO4CADpWBwAwAQoAkkkAAHhAAgBOJwAAOiECADw6DgAwAQoAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAjjILAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDOTgkAkFYHAOZWBwDMoQgAIqIIAHiiCADOoggAJKMIAHqjCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANL2BgDQygYAJssGAGqjDACCmQEAOlYHAKzpCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCADpWBwAkwgIA7jUKAEQ2CgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CABZtBgBsbQYAuGQEAJKhAQBMQg4ANBwBALpCCACGGAAAkkkAAI4yCwAGPggA3LcPAICWAADU6wAAfO4CAHIOAABQQg0AVgAAAFYAAADUfgoA0kICAJJJAACOMgsABj4IAM5OCQCQVgcA5lYHAMyhCAAioggAeKIIAM6iCAAkowgAeqMIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQBMQg4AfBcCADAuCwCK1ggAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAtvoPAICWAABOJwAAnhMNANJCAgA0HAEAtuYFAJxSAgCOMgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKzpCQBkswAA0MoGACbLBgB8ywYA0ssGACjMBgB+zAYANBwBAIocAQCQ3wsARrYJAMbTDQCaXwkAZLMAAITHAgCcUgIAFm0GADpWBwCs6QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAIrWCADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgAGPggA3LcPAE4nAACaXwkA0NoOACqWAAAGPggAZokAAIrWCADg1ggANtcIAAZ1DgBCvg4ATGsNAFAXDQCotgYANBwBALpCCAAQQwgAOiECALb6DwCAlgAAZAsCALoLAgCGjhAAIJEAALr2DACSSQAAFm0GADpWBwCs6QkAjjILAOQyCwA6MwsAkkkAAGQLAgAGdQ4AQr4OAExrDQA02AkAitgJAIr7BQCsEAgAZAsCAA4fDACQSgEA5koBAC7fDgCE3w4A2t8OADDgDgCG4A4AUBcNAEbCDwCcwg8AgpkBANiZAQAumgEAZAsCAA4fDACQSgEA5koBAC7fDgCE3w4A2t8OADDgDgCG4A4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIA4LUNADa2DQCMtg0A4rYNADi3DQCOtw0AOlYHAGQLAgC6CwIApCcAAFrZAABkCwIAUBcNAKYXDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAAZ1DgBCvg4ATGsNALoLAgCGjhAAIJEAALr2DACSSQAAFm0GADpWBwCs6QkATMUPAIYYAADcGAAA3kYBAJQjAgA02AkAitgJAFQLBgDctw8A0vYGALqzAACigAIAjnYCADpMAgB8pgkAfMEBAAZ1DgBQ3gUAWokDAJgQDQDuEA0ARBENAJoRDQAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICABZtBgA6VgcArOkJACqWAACAlgAA1OsAAHzuAgAaeQsAml8JANDaDgDGZwIAZAsCADwDCADU7wIANBwBADohAgA8Og4AzJMBADqiAgBmiQAAnFICABZtBgA6VgcArOkJAGQLAgAsggsAJt0PAHzdDwDS3Q8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIADkoMAGRKDAB2rw8AzK8PACKwDwB4sA8ArtoBAJxSAgAWbQYAOiECAJKhAQBMQg4ABnUOAOBJAgA2SgIAjEoCAFDeBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIAUN4FAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAABnUOAEK+DgC24AIADOECADQcAQC25gUATMUPAG56DADEegwAGnsMAHB7DADqIwIAgoILANiCCwAwAQoAfBcCADQcAQBotwEAAgkEACrDAQCCmQEAIpQBAHwXAgBkCwIANNgJAIrYCQCSSQAAypAAANJCAgDcBw0A3LcPANL2BgC6swAAooACAI52AgA6TAIAVAsGAGQLAgBQFw0ATMUPAAY+CABkCwIAbnoMAMR6DAAaewwAcHsMAMqQAAByDgAA6B4AAA5KDABkSgwAeJQBAM6UAQAklQEAepUBANCVAQBesgEAAMoPAJBWBwDmVgcAzKEIACKiCAB4oggAzqIIACSjCABiZAQAuGQEAA5lBABkZQQAumUEABBmBAAGPggAZAsCAFAXDQBMxQ8ABj4IAGQLAgBuegwAxHoMABp7DABwewwAypAAAHIOAADoHgAAPAMIANTvAgAq8AIAgPACANbwAgAs8QIA7ucNAEToDQCa6A0A8OgNAEbpDQBMxQ8A8lQDAGSzAAAKCwMAiAQLAPo/DABQQAwApkAMAPxADABSQQwAqEEMAPxxDwAm3Q8AfN0PANLdDwBkCwIAAMoPADABCgCSSQAAZAsCAADKDwBOJwAAZAsCADohAgA8Og4AMAEKACCRAAAqxQIANNgJAChDAgA0dAIAinQCAKwQCAAGPggAZAsCAFrZAADMkwEAkFQGAOhJAABkCwIAAMoPACTCAgDuNQoARDYKAE4nAACSoQEA6KEBADwDCAACRg0AWEYNAK5GDQAOkgUAbiYNAMQmDQBWvgkAZAsCAFrZAADMkwEAkFQGAOhJAABkCwIAAMoPACTCAgDuNQoARDYKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEAkFQGAOhJAABkCwIAAMoPACTCAgDuNQoARDYKAE4nAACSoQEA6KEBANwHDQAyCA0AJMICAMyTAQAGPggA3LcPAFrZAADMkwEAkFQGAOhJAABkCwIAAMoPACTCAgDuNQoARDYKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAA4fDADUfgoAzJMBACKUAQAibQMAeG0DAOzkDABkCwIA3AcNANy3DwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CAFAXDQBGwg8AnMIPAIKZAQDYmQEALpoBADQcAQC6QggAhhgAAJJJAABkCwIABnUOAEK+DgBMaw0ALIILAIKCCwCSSQAADpIFAFqJAwBkCwIADkoMAGRKDAC6SgwAbnoMAPJUAwBIVQMAnlUDADQcAQC25gUAkqEBAMJpBABkswAAKpYAADohAgA8Og4AMAEKACCRAAAqxQIAcg4AAGQLAgAAyg8AMAEKAJJJAABkCwIAAMoPAE4nAABkCwIANNgJAChDAgA0dAIAinQCAJJJAACOMgsAfBcCAALsCgCAlgAAZAsCANwHDQAyCA0AJMICAMyTAQAGPggA3LcPADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIABj4IAGQLAgBQFw0AnFICACASAQB2EgEAhMcCANrHAgAwyAIAOrgNAJC4DQDmuA0APLkNAJK5DQDouQ0AProNAJS6DQDqug0AQLsNAJa7DQDsuw0AQrwNAJi8DQDuvA0ARL0NAJq9DQDwvQ0ARr4NAJy+DQDyvg0ASL8NAJ6/DQD0vw0ASsANAKDADQD2wA0ATMENAKLBDQD4wQ0ATsINAKTCDQD6wg0AUMMNAKbDDQD8ww0AUsQNAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAAA6VgcAMAEKAGQLAgDmDA0APA0NACTCAgDuNQoAUBcNAEzFDwCixQ8A+MUPAE7GDwCkxg8A+sYPAA5KDABkSgwAukoMAFqJAwCwiQMABooDANJCAgBkCwIAPAMIAJIDCADoAwgAPgQIAJQECADU7wIAKvACAIDwAgDW8AIAUN4FAKbeBQBCaA4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIADkoMACiCDAB+ggwAbnoMAMR6DAAyGQAAiBkAAGQfDACOdgIAKEMCAP7hBgC6QggAkkkAAI4yCwDs5AwAZAsCADohAgCQIQIA5iECADwiAgAOHwwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAVAsGAGQLAgA8AwgA2IoPAC6LDwCcUgIAjjILAOQyCwC6QggAhhgAAJJJAABkCwIA3AcNAFw+CADKLxAAIDAQADohAgBmiQAA3MYBAOgeAAA8AwgA1O8CAGzPDADCzwwAGNAMAG7QDABkCwIADkoMACiCDAB+ggwAPAMIANiKDwAuiw8AjnYCAJJJAAAWbQYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAAAWbQYAIpQBAHwXAgBkCwIA3AcNAFTwDQBa2QAADkoMAGRKDAC6SgwANNgJAIrYCQBiiwIAKPcGACTCAgDuNQoARDYKAFqJAwBkCwIANBwBAIocAQCQ3wsAZokAAKwQCABGtgkAIpQBAHwXAgBkCwIANNgJAIrYCQBUCwYAqgsGAAAMBgCwZAYADkoMACiCDAB+ggwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwAGdQ4ArHYQAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAACgbA4AZAsCAA5KDABkSgwAukoMADQcAQC6QggAEEMIAIocAQDSQgIADkoMACiCDAB+ggwADkoMAGRKDAC6SgwAflcMANRXDAAqWAwADh8MAJBKAQDmSgEAljoNAOw6DQBCOw0AmDsNAGQLAgAAyg8ATicAAGQLAgA8AwgA2IoPAC6LDwCOdgIAkkkAABZtBgAilAEAfBcCAGQLAgDKkAAAAuoJAFjqCQCu6gkABOsJAFrrCQCw6wkABuwJAFzsCQAGdQ4AQr4OAExrDQA8AwgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAUBcNAJxSAgAwAQoAhgEKANwBCgAyAgoAiAIKAN4CCgA0AwoAigMKAJJjDQAOkgUAbiYNADR0AgByDgAAvmUDAGaJAACcUgIAjjILAOYMDQCwRw0Acg4AABSPAgBkCwIAbnoMAEJQAgCYUAIA7lACAJKhAQDooQEAApgLAFiYCwCumAsAZvEJALBHDQByDgAAFI8CAGgJAAC+CQAABnUOAEK+DgBMaw0AUBcNAKwQCAAGPggA0kICADpMAgByDgAAKsMBAAoLAwBqOQIAkqEBAOihAQACmAsAWJgLAK6YCwAGPggAzk4JADQcAQC25gUAzJMBACKUAQBoCQAAvgkAAAZ1DgBCvg4ATGsNAFAXDQCsEAgABj4IANJCAgA6TAIAcg4AACrDAQAKCwMAAAAAAGgJAAC+CQAABnUOAEK+DgBMaw0AUBcNAKwQCAAGPggA0kICADpMAgByDgAAKsMBAAoLAwAAyg8ArOkJAGQLAgA8AwgAyA4AAMp3CQAgeAkAdngJAMx4CQBkCwIAVgAAAJJJAAAWbQYAIpQBAHwXAgBkCwIAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAktADAFS/CgCqvwoAAMoPAKzpCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgDcBw0AVPANADQcAQC25gUAzJMBACKUAQBkCwIAPAMIAMgOAADKdwkAIHgJAHZ4CQDMeAkAZAsCAOADCgA2BAoAjAQKAOIECgA4BQoAjgUKAOQFCgA6BgoAkAYKAOYGCgA8AwgA6B4AAD4fAACUHwAA6h8AAEAgAAAKCwMAcg4AAGQLAgAGdQ4ArHYQAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAAPo/DABQQAwAuiMOABAkDgBmJA4AvCQOABIlDgAAyg8ArOkJAGQLAgDmDA0AsEcNAHIOAACSoQEA6KEBAAKYCwBYmAsArpgLADDIAgAAAAAAkqEBAHIOAAAUjwIAao8CAJxSAgCOMgsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAEj/AgCe/wIAVAUDAKbeBQAMdAwAYnQMALh0DAAOdQwAZHUMALp1DAAQdgwAZnYMAEwDBACiAwQA+AMEAE4EBACkBAQA+gQEAFAFBACmBQQA/AUEAFIGBACoBgQA/gYEAFQHBACqBwQAAAgEAPzeBQBS3wUAqN8FAP7fBQBU4AUAquAFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCY0wMA7tMDAETUAwCa1AMA9tcDAEzYAwCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFbdAwB8FwIACgsDAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwA6IQIAZokAAHIOAADCEwQAGBQEAExCDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA8hQOAEgVDgCeFQ4A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAD7RAwCU0QMAugsCABAMAgBmDAIAvAwCALShDgAY6wQAbusEAMTrBAAa7AQAcOwEAMbsBAAc7QQAcu0EACyCCwDOrg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAABm8QkAzJMBADqiAgBMQg4AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQAA4QUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAquAFADzQAwCS0AMALvoGAIT6BgDa+gYAMPsGAIb7BgDc+wYA1O8CACrwAgBkswAAVgAAAPguBABqOQIAqEkQAP5JEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAGBQEACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAAB87gIAtlAQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABj4IAM5OCQAqlgAAcg4AABrVDgDcGAAA3kYBAI4yCwCqVwEAnD0NAAIJBAAUjwIAjjILAOzkDADU6wAAfO4CAERhCgBQ3gUAhMcCANrHAgAwyAIAhsgCALoLAgAQDAIAZgwCALwMAgA0HAEAVgAAANR+CgDSQgIAkkkAAI4yCwDs5AwA1OsAAHzuAgCSoQEAwmkEABhqBABWAAAA0j4AAGo5AgCIZBAAzJMBADohAgC05wYAKEMCAI52AgBaiQMAZAsCAG56DADEegwAGnsMAHB7DACSoQEA6KEBAF62AwC0tgMA3LcPAAY+CAAKCwMAVO4MAJBWBwDmVgcAPFcHAGQLAgA8AwgAQiUCAGaJAACOdgIAOkwCAFQLBgBkCwIAAMoPADohAgCe0gEAchoGANL2BgCSSQAAZAsCALoLAgCaXwkA8F8JAHATAwDGEwMAavUKAIgZAADSPgAAZAsCAFrZAACw2QAAKEMCANQJEAAqChAAnjYJAPQ2CQBkCwIAUBcNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIADkoMAGJkBAC4ZAQAkqEBAExCDgA0HAEAukIIAIYYAACSSQAAZokAAJxSAgAWbQYAOlYHAKzpCQAKCwMAkqEBAMJpBAAYagQAVgAAANI+AABkCwIAkqEBAMJpBAAYagQAbmoEAMRqBAAaawQAcGsEAMZrBAAcbAQAcmwEAMhsBAAebQQAxnsMABx8DAByfAwAyHwMAGQLAgCSoQEAwmkEABhqBABuagQAxGoEABprBABwawQAxmsEABxsBABybAQAyGwEAB5tBADGewwAHHwMAHJ8DADIfAwAkEoBAOZKAQAu3w4AhN8OANrfDgCSoQEAWokDAGSzAABmiwEAvLgCAE4nAACaXwkAfBcCAMqQAADSQgIAOkwCAFQLBgAKCwMAxD8EAJYPDQDsDw0AQhANADTOBACKzgQA4M4EADbPBACMzwQA4s8EADjQBACO0AQADh8MAKwzBADU7wIAZLMAAGaLAQCQVgcAUhoOAGYOAwC8DgMAEg8DAGgPAwC+DwMAFBADAIz2AgDi9gIAOPcCAI73AgDk9wIAUBcNAKi2BgAOHwwA1H4KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAMITBAAYFAQA5CwIANwHDQDSQgIA2rYPACTCAgDuNQoARDYKAKgtAgD+LQIABnUOAA6SBQBkkgUAKpYAAAY+CACSSQAAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYACgsDABAOAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBAA+0QMASmQKAKBkCgD2ZAoAGG4GAG5uBgDEbgYApGYKAEC1CgCWtQoAEg0CAMyTAQDSQgIAOkwCACASAQB+3g8AZAsCAFDeBQDSQgIAOkwCAIr7BQCcUgIAjjILAFAXDQCotgYAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwDmDA0AsEcNAHIOAAAUjwIAkqEBAOihAQACmAsAWJgLAK6YCwBm8QkAsEcNAHIOAAAUjwIAZAsCAFAXDQBMxQ8ABj4IAGQLAgAOHwwA1H4KANJCAgCSSQAAAAAAAAAAAAAAAAAAajkCAAAAAABqOQIAAAAAAGo5AgAAAAAAZAsCAFAXDQBMxQ8ABj4IAGQLAgAOHwwA1H4KANJCAgCSSQAAVnYQAAAAAABkCwIAUBcNAEzFDwAGPggAZAsCAA4fDADUfgoA0kICAJJJAACSoQEA6KEBAF62AwC0tgMACrcDAGC3AwC2twMADLgDAAZ1DgCsdhAAPkoAACASAQBWAAAA1H4KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAMITBAAYFAQAIBIBAJZ+BABQFw0AItkOAFa+CQCsvgkAAr8JAFi/CQA02AkAitgJAGKLAgAo9wYA0kICAAY+CABkCwIAUBcNAKwQCAACEQgAWBEIAK4RCACOMgsA7OQMAGo5AgBkCwIANBwBAGi3AQACCQQAKsMBAIKZAQAilAEAfBcCAGQLAgBQFw0AqLYGAHwXAgAC7AoANBwBAGQLAgAOSgwAkFQGAOZUBgDcBw0A3LcPADK4DwCeNgkAXM0PALLNDwByDgAAZAsCAADKDwCs6QkAAAAAAAAAAAAKCwMA1BoDAIQCCwDaAgsAMAMLAIYDCwAsggsAJt0PAHzdDwDS3Q8ABnUOAEK+DgBMaw0AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAGHgLAG54CwDEeAsAZvEJALBHDQByDgAAFI8CAFx1DgDs5AwAQuUMAJjlDADu5QwAROYMAJrmDADw5gwARucMAJznDADcBw0AmMIQACqWAAAGdQ4AQr4OAExrDQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAquAFADzQAwCS0AMA6NADAD7RAwBKZAoAoGQKAPZkCgAYbgYAbm4GANq2DwCQVAYAjjILAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQBWLwIArC8CABZtBgBsbQYAwm0GABhuBgBubgYAxG4GAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQAA4QUAVuEFAKzhBQAC4gUAWOIFADwDCADoHgAAPh8AAJQfAADqHwAACgsDABAOAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBAA+0QMASmQKAKBkCgD2ZAoATGUKAKJlCgD4ZQoATmYKAHATAwDGEwMAavUKAPiUDAB8pgkAMAEKAJJJAACOMgsABnUOAEK+DgBMaw0A5gwNALBHDQByDgAAKpYAAJJJAABa2QAAOlYHANJCAgBsZQIAZAsCAA5KDAAoggwAfoIMAMqQAAAgkQAA0kICADpMAgCK+wUA4PsFADb8BQBmiQAAOiECAJKhAQAAAAAAZAsCAGxlAgA03gwAIpQBAMZnAgAKCwMAEA4DAH5HBADURwQAKkgEAIBIBADWSAQALEkEAKgtAgD+LQIAUN4FAITHAgBKmxAAoJsQAPabEACY5w0ATi0DAMgOAAA0HAEAukIIAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLAGbxCQBaiQMAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAktADAOjQAwAu+gYAhPoGANr6BgAw+wYAhvsGANz7BgA0HAEAKnUFAIB1BQDWdQUALHYFAAY+CAA6IQIAZAsCADQcAQCKHAEAkN8LAObfCwA84AsANBwBACp1BQCAdQUA1nUFACx2BQBkswAAurMAABC0AABmtAAAvLQAALbmBQCOdgIA2rYPAGaJAACsEAgANBwBACp1BQCAdQUA1nUFACx2BQDkLAgA3AcNANJCAgDatg8AJMICAO41CgBENgoAqC0CAP4tAgAGdQ4ADpIFAGSSBQAqlgAABj4IADQcAQBg3gEAIJEAAPJUAwBkswAAhMcCAJxSAgAWbQYAOlYHAKzpCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyFA4ASBUOAIyPDwDCQAUAGEEFAG5BBQDEQQUAGkIFAHBCBQDGQgUAHEMFAHJDBQDIQwUAHkQFAGQLAgCSoQEAwmkEACKUAQBsZQIAZAsCALoLAgAQDAIAZgwCAKzvDAAC8AwAUBcNAKwQCAAGPggA0kICADpMAgByDgAAKsMBAC5eDgBE+QAABmMFALBHDQByDgAAFI8CAJzhCQDy4QkASOIJAJ7iCQD04gkASuMJAKDjCQD24wkATOQJAKLkCQBQFw0ATMUPAFqJAwBkCwIAAMoPAE4nAABkCwIABnUOAKx2EAA+SgAAlEoAAFYAAACeNgkA0vYGAMyTAQDIfg0Aml8JACqWAAAGPggAZAsCADQcAQAqdQUAgHUFANZ1BQAsdgUA5CwIAOYMDQCwRw0Acg4AABSPAgDmDA0AsEcNAHIOAAAUjwIAZAsCAGbxCQBaiQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQ5wQAZucEAGDDCQC2wwkADMQJAGLECQC4xAkADsUJAGTFCQC6xQkAEMYJAGbGCQC8xgkAEscJAGjHCQC+xwkAFMgJAGrICQA+0QMASmQKAKBkCgD2ZAoATGUKAKJlCgD4ZQoATmYKAADKDwCQVgcA5lYHAMyhCAAioggAeKIIAM6iCAAkowgAeqMIAGQLAgAGdQ4AFm0GAGxtBgDCbQYABj4IAGQLAgAAyg8AMAEKAFqJAwByDgAAwhMEABgUBADCaQQAVi8CAHIOAADCEwQAGBQEAFYvAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAPwZDgA+0QMASmQKAKBkCgD2ZAoATGUKAKJlCgD4ZQoATmYKAADKDwCQVgcA5lYHAMyhCAAioggAeKIIAM6iCAAkowgAeqMIAGQLAgAGdQ4AFm0GAGxtBgDCbQYABj4IAGQLAgAAyg8AMAEKAD7RAwBKZAoAoGQKAPZkCgBMZQoAomUKAPhlCgBOZgoAAMoPAJBWBwDmVgcAzKEIACKiCAB4oggAzqIIACSjCAB6owgAZAsCAAZ1DgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoA0kICANq2DwA6ogIA6KEBAD6iAQBaiQMAVi8CAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwAGYQQAlj4PAAh6EADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDoUwUAPlQFAJRUBQDqVAUAQFUFAJZVBQDsVQUAQlYFAJhWBQDuVgUANBwBACp1BQCAdQUA1nUFACx2BQAAAAAAIBIBAJZ+BABQFw0AItkOAFa+CQCsvgkAAr8JAFi/CQA02AkAitgJAGKLAgAo9wYA0kICAAY+CABkCwIAUBcNAKwQCAACEQgAWBEIAK4RCACOMgsA7OQMAGo5AgBkCwIANBwBAGi3AQACCQQAKsMBAIKZAQAilAEAfBcCAGQLAgBQFw0AqLYGAHwXAgAC7AoANBwBAGQLAgAOSgwAkFQGAOZUBgDcBw0A3LcPADK4DwCeNgkAXM0PALLNDwByDgAAZAsCAADKDwCs6QkAAAAAAH7eDwAOkgUAZJIFALqSBQAQkwUAZpMFALyTBQAgEgEAln4EAFAXDQAi2Q4AVr4JAKy+CQACvwkAWL8JADTYCQCK2AkAYosCACj3BgDSQgIABj4IAGQLAgBQFw0ArBAIAAIRCABYEQgArhEIAI4yCwDs5AwAajkCAGQLAgA0HAEAaLcBAAIJBAAqwwEAgpkBACKUAQB8FwIAZAsCAFAXDQCotgYAfBcCAALsCgA0HAEAZAsCAA5KDACQVAYA5lQGANwHDQDctw8AMrgPAJ42CQBczQ8Ass0PAHIOAABkCwIAAMoPAKzpCQAAAAAAbnoMAMR6DAAKCwMAAAAAAAAAAAAAAAAAAAAAAAAAAACoLQIA/i0CADwDCACSAwgA6AMIAG4UBADEFAQAGhUEAHAVBADGFQQAmOcNAAAAAAAAAAAAcg4AAAAAAAAAAAAAEOcEABwcBwByHAcA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMAPtEDAEpkCgCgZAoA9mQKABhuBgBubgYAxG4GAAoLAwBmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABqgCQBwoAkAxqAJAByhCQByoQkAPAMIAMgOAADKdwkAIHgJAHZ4CQDMeAkAZAsCAFAXDQBOJwAAkkkAAI4yCwDs5AwAIpQBAHwXAgBkCwIABnUOAEK+DgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DAKLcBQD43AUATt0FAKTdBQD63QUAypAAACCRAADyVAMA9P0BAGQLAgA8AwgAyA4AAMp3CQAgeAkAdngJAMx4CQAKCwMAZokAAPT9AQDSQgIAOkwCAJJJAAAOkgUAZJIFACqWAAByDgAAVgAAAJ42CQD0NgkA1OsAADpMAgAAAAAAypAAACqWAAByDgAAFI8CAI4yCwDs5AwA1OsAAHzuAgCIBAsA3gQLADQFCwDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYARAMGAJoDBgDwAwYARgQGAJwEBgDyBAYASAUGAJ4FBgD0BQYASgYGAKAGBgD2BgYATAcGAKIHBgBmiQAAvIkAAKSNCAD6jQgABj4IAGQLAgAGdQ4ArHYQAD5KAAA0HAEAtuYFAAznBQBkCwIANNgJAIrYCQCSSQAADpIFAGSSBQAqlgAAcg4AAGQLAgAOHwwAxP8OAPQ2CQBkCwIANNgJAIrYCQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgCSoQEAwmkEAGJkBABotwEAkFQGAOZUBgBa2QAAZvEJAMyTAQBkswAApI0IAGQLAgAOSgwAKIIMAAY+CABGtgkAAgkEAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA/h4QAOzkDADU6wAAfO4CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA/h4QAOzkDADU6wAAfO4CACqWAAAGPggARrYJAAIJBABiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMALnkGAIR5BgDaeQYAMHoGAIZ6BgDcegYAMnsGAIh7BgBmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BABuPwQAntIBAPTSAQBK0wEAoNMBAPbTAQAWHwoAbB8KAMIfCgAYIAoAbiAKAMQgCgAaIQoAcCEKAMYhCgAcIgoAciIKAMgiCgAeIwoAdCMKAMojCgAgJAoAdiQKAMwkCgAiJQoAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMALnkGAIR5BgDaeQYAMHoGAIZ6BgDcegYAMnsGAIh7BgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDoUwUAPlQFAJRUBQDqVAUAQFUFAJZVBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAPwZDgAOHwwA6AkLAD4KCwCUCgsA6goLAEALCwCWCwsA7AsLAEIMCwCYDAsA7gwLAEQNCwCaDQsA8A0LAEYOCwCcDgsA8g4LAEgPCwCeDwsA9A8LAEoQCwCgEAsA9hALAHATAwDGEwMAavUKAPiUDAB8pgkAMAEKAJJJAACOMgsABnUOAEK+DgBMaw0A5gwNALBHDQByDgAAiAQLAN4ECwBUCwYAqgsGAAAMBgCwZAYAPAMIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAFrZAAAqlgAAhhgAAJJJAABkCwIAUBcNAFrZAAD8LAIAkkkAAGQLAgBa2QAA/CwCAEhtDwCebQ8AbnoMAMR6DAAaewwAcHsMAA4fDADUfgoAcg4AACrDAQCCmQEAOiECAJKhAQBMQg4ABnUOAEK+DgBMaw0AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLAAZ1DgCsdhAAPkoAADTYCQCK2AkAVAsGAKoLBgAADAYAsGQGADwDCADoHgAAPh8AAJQfAADqHwAAQCAAAET5AACsGg0AWAkEAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwD0jgoAZEoMALpKDAA6IQIAtOcGAAroBgBg6AYAtugGAIYYAABkCwIAPAMIANiKDwAuiw8AnFICAMyTAQBiZAQAukIIADpWBwAwAQoAkkkAAI4yCwDs5AwA1OsAAHzuAgCw9w8AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYApGYKAPpmCgBQZwoApmcKAPxnCgBSaAoAqGgKAP5oCgBUaQoAqmkKAABqCgBWagoArGoKAAJrCgA8AwgA6B4AAD4fAACUHwAA6h8AACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcBMDAMYTAwBq9QoAwPUKABb2CgBs9goAwvYKABj3CgC6CwIAml8JAPBfCQBGYAkAAMoPANJCAgBkCwIA3AcNADIIDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCAHzBAQDKkAAAIJEAAPJUAwD0/QEA8hQOAEgVDgCeFQ4A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAE4YDgCkGA4A+hgOAFAZDgCmGQ4A/BkOALbuCQA42gkAlN0JAOrdCQBA3gkAlt4JAD7RAwBKZAoAoGQKAPZkCgBMZQoAomUKAPhlCgBOZgoAAMoPAJBWBwDmVgcAzKEIACKiCAB4oggAzqIIACSjCAB6owgAZAsCAAZ1DgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoAGm8GAHBvBgDGbwYAHHAGAFIaDgCoGg4A/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgA+0QMASmQKAKBkCgD2ZAoAGG4GAG5uBgBqowwA6B4AAMxJBwBMQg4A0vYGAJJJAAAWbQYAOlYHAKzpCQCSSQAAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAHBvBgDGbwYAHHAGACqWAACAlgAA1OsAAHzuAgAoGAIAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAIpfDQDgXw0ANmANAIxgDQDiYA0AOGENAI5hDQDIDgAAyncJACB4CQB2eAkAzHgJAHhAAgCQVgcA5lYHADxXBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwB2TwoAgJYAANTrAAB87gIAhhgAANwYAAAs/QgAgv0IANj9CAAu/ggAhP4IANr+CAAoQwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgAGdQ4AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYApGYKALpMDQCC0AcA2NAHAC7RBwCE0QcA2tEHADDSBwCG0gcA3NIHAFAXDQBOJwAAkkkAAI4yCwDs5AwAPAMIAOgeAADMSQcATEIOANL2BgCSSQAAFm0GADpWBwCs6QkAZAsCACyCCwAm3Q8AfN0PANLdDwBOLQMAcPgKAMb4CgAc+QoAcvkKAMj5CgAe+goAYr4GALi+BgAOvwYAZL8GALq/BgAQwAYAZsAGALzABgASwQYAaMEGAELZBgCY2QYA7tkGAETaBgCa2gYA8NoGAMqQAADSQgIA0kICADpMAgCGGAAAkkkAAGQLAgAGdQ4AQr4OAJBWBwDUfgoAkqEBAOihAQA+ogEAWokDAAoLAwAAAAAAZAsCAAZ1DgDgSQIANkoCAIxKAgCY5w0APAMIAAJGDQDMkwEAkFQGAGaJAAA6IQIAkqEBAExCDgA8AwgA6B4AAD4fAACUHwAA6h8AAEAgAADKnAYAZAsCALoLAgCeEw0A9BMNAEoUDQAGdQ4AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYACgsDAHATAwDGEwMAavUKAFAXDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEATEIOADwDCADoHgAAPh8AAJQfAADqHwAAQCAAADQcAQAAAAAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAueQYAkA4OAOYODgA8Dw4A0kICAHymCQAkBQ8AwmUCAICWAAD6PwwAUEAMANJCAgA6TAIAivsFAOD7BQA2/AUAZokAADohAgCSoQEATEIOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAIJEAAIYYAABaiQMACgsDAJJJAABkswAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwBOJwAAjsoBAOTKAQA6ywEAZLMAAGaLAQC8uAIAjs4DANJCAgA6TAIAkEwCAIaOEAByDgAA6B4AALLsCQAI7QkAXu0JALTtCQAK7gkAYO4JAIR5BgDaeQYAMHoGAIZ6BgDcegYAMnsGAIh7BgBOLQMAyA4AAMp3CQAgeAkAdngJAMx4CQBkCwIALIILACbdDwB83Q8A0t0PAFIaDgCoGg4APkERAJRBEQDqQREAQEIRAJZCEQDsQhEAQkMRAJhDEQDuQxEAREQRAPgDBABOBAQApAQEAPoEBABQBQQApgUEAPwFBABSBgQA5gwNALBHDQByDgAAOiECALTnBgAK6AYAYOgGALboBgAM6QYAaqMMAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZokAAE4nAABsZQIAAg8HAJ7SAQByDgAAYjEAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAC55BgCQDg4A5g4OADwPDgBkCwIANBwBALbmBQBaiQMAZAsCAG56DADEegwAGnsMAHB7DAA6IQIAtvoPAFAXDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAUN4FAKbeBQAMdAwAYnQMALh0DAAOdQwAZHUMALp1DAAQdgwAZnYMALx2DAASdwwALIILAHIOAAAUjwIAao8CADohAgCSoQEAwmkEAAIJBABCJQIAjN8MAJphCgBCvg4ATGsNAA5KDABWAAAAvIkAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAC55BgCQDg4A5g4OADwPDgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA6IQIAPDoOADpWBwCSSQAAcg4AABSPAgAOkgUAbiYNANQJEABkCwIAugsCANJCAgB8pgkANBwBAGQLAgB8wQEARPkAAAoLAwAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAA5gwNADwNDQCSDQ0A6A0NADTYCQD6PwwAUEAMAGQLAgAAyg8AMAEKAJJJAABkCwIAAMoPAE4nAABkCwIAUBcNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AOiECALTnBgAK6AYAYOgGALboBgAM6QYAaqMMAGQLAgAGdQ4AQr4OAExrDQAGdQ4AZokAAIrWCABsZQIAZAsCAAZ1DgBMxQ8AWokDAGQLAgAAyg8ATicAAGQLAgAGdQ4ArHYQAD5KAACUSgAA6koAACqWAAAGPggAZAsCADohAgC05wYACugGAGDoBgC26AYADOkGAJKhAQBmiQAA3MYBABSPAgAWbQYAZLMAAHIOAADoHgAAZokAAI52AgBkswAApI0IAGo5AgCoSRAA/kkQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAYFAQALZQEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAC55BgCQDg4A5g4OADwPDgAAAAAAVgAAAJ42CQBczQ8Acg4AAOgeAABmiQAAjnYCAGSzAACkjQgAVgAAAAYyAgBqOQIAqEkQAP5JEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAGBQEAC2UBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAueQYAkA4OAOYODgA8Dw4AkqEBAMJpBAAkwgIAzJMBACKUAQB8FwIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAFS/CgDoHgAAPh8AANTrAAB87gIACgsDAJJJAAAOkgUAbiYNADR0AgByDgAAVgAAANR+CgDSQgIAkkkAAAoLAwCSSQAADpIFAG4mDQA0dAIAcg4AAFYAAADUfgoA0kICAJJJAAAKCwMAdk8KAICWAADU6wAAfO4CAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BAAyrgoAIicLAHgnCwDOJwsAJCgLAHooCwDQKAsAJikLAHwpCwDSKQsAKCoLAH4qCwDUKgsAKisLAIArCwDWKwsALCwLAIIsCwDYLAsALi0LAIQtCwDaLQsAUhoOAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgAEHg4AWh4OALAeDgAGHw4AXB8OAD5BEQCUQREA6kERAIYYAAAgEgEAft4PAGQLAgBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAGHgLAG54CwDEeAsAPAMIAOgeAAA+HwAAlB8AAOofAADAPQQAFj4EAGw+BADCPgQAGD8EAG4/BADI7QQAHu4EAHTuBABWLwIArC8CAA6SBQBuJg0ANHQCAHIOAABWAAAA1H4KANJCAgCSSQAAajkCAGBQEAC2UBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAueQYAkA4OAOYODgA8Dw4Akg8OAOgPDgA+EA4AlBAOAOoQDgBAEQ4AlhEOAOwRDgBCEg4AmBIOACyCCwAm3Q8AfN0PANLdDwB+7wIAhMcCAEqbEACgmxAA9psQAEycEACinBAA+JwQAE6dEACknRAA7KkEAEKqBACYqgQA7qoEAESrBACaqwQA8KsEAEasBACcrAQA8qwEAEitBACerQQA9K0EAEquBACgrgQA9q4EAEyvBACirwQA+K8EAE6wBACksAQA+rAEAFCxBACmsQQA/LEEAFKyBAD6ZgoAhMcCAEqbEACgmxAA9psQAEycEACinBAA+JwQAE6dEACknRAAEA4DAH5HBADURwQAKkgEAIBIBADWSAQALEkEAJJJAAAWbQYAbG0GAMJtBgAYbgYAbm4GAMRuBgAabwYAcG8GAMZvBgAccAYAcBMDACqWAABa2QAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAC55BgCQDg4A5g4OADwPDgCs6QkA3BgAAKI8CwD4PAsAZokAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAGr1CgBQFw0AuvgNAMJpBAAkwgIA7jUKAG56DADEegwAojwLAPg8CwByDgAAZAsCALoLAgCeEw0A9BMNAEoUDQCgFA0ADkoMAGRKDAC6SgwAWokDALCJAwAGigMA0kICAGQLAgBQ3gUAurMAAMqQAAByDgAAFI8CAI4yCwBkCwIAbnoMAMR6DACiPAsA+DwLAFAXDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZLMAAGSzAADQygYAJssGAHzLBgDSywYAVAsGAGQLAgBa2QAAZvEJAMyTAQA6ogIATEIOACyCCwByDgAAFI8CAGqPAgA6IQIAkqEBAMJpBAACCQQAQiUCAMyTAQAilAEAfBcCAGQLAgBQFw0AqLYGAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAQNIDAJIDCADoAwgAPgQIAJQECADqBAgAQAUIAJYFCADsBQgABnUOAGSzAABWAAAAAAAAAMyTAQBWAAAAZAsCAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMABnUOAKx2EAA+SgAA5gwNALBHDQByDgAAFI8CAAZ1DgAWbQYAbG0GAMJtBgAYbgYAbm4GAMRuBgCkZgoAQLUKAJa1CgASDQIAzJMBANJCAgA6TAIAAMoPAJBWBwDmVgcAPFcHAGQLAgAGdQ4AZLMAAFYAAABkCwIAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAktADAOjQAwBa2QAAzJMBAJBUBgDoSQAAZAsCAOYMDQCwRw0Acg4AABSPAgBkCwIAkkkAAGSzAABWAAAAZAsCAA4fDACQSgEA5koBACTCAgDMkwEABj4IANy3DwCAlgAACgsDAMQ/BACWDw0A7A8NAEIQDQB+7wIARAEFALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHIOAADCEwQAGBQEAOQsCAA6LQgAkC0IAOYtCAA8LggAki4IAOguCAA+LwgAVnYQABYRAwBkswAAVgAAAGQLAgAOHwwAkEoBAOZKAQAkwgIAzJMBAAY+CADctw8AgJYAAAoLAwDEPwQAlg8NAOwPDQBCEA0Afu8CAEQBBQC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAAAGPggAXD4IANQJEACSSQAAFm0GACTCAgDuNQoAPAMIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AAMoPANJCAgBkCwIA3AcNAFTwDQCq8A0AAPENAFbxDQCs8Q0AAvINAFjyDQCu8g0ABPMNAFrzDQCw8w0ABvQNAAY+CAByDgAAZAsCADwDCADoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAB6xAMA0MQDACbFAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEATEIOAADKDwDSQgIAZAsCANwHDQBU8A0AqvANAADxDQBW8Q0ArPENAALyDQBY8g0ArvINAATzDQBa8w0AsPMNAAb0DQBkCwIAPAMIAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AAMoPANJCAgBkCwIA3AcNAFTwDQCq8A0AAPENAFbxDQCs8Q0AAvINAFjyDQCu8g0ABPMNAFrzDQCw8w0ABvQNAFZ2EABmOwQAml8JAPBfCQBGYAkAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAMh8DAAAAAAAZokAAIrWCADg1ggAwmkEAAoLAwDSQgIA2rYPACKUAQB8FwIAAuwKAICWAADU6wAAfO4CACqWAAA0HAEAZLMAAITHAgC8iQAApI0IAPqNCAByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAntIBAHIOAAAKCwMATi0DAHD4CgDG+AoAHPkKAHL5CgDI+QoAHvoKAJjnDQAQDgMAfkcEANRHBAAqSAQAgEgEANZIBAAsSQQAGHgLAG54CwDwYQoARmIKAJxiCgAYbgYAbm4GAMRuBgCkZgoABnUOAEK+DgAGPggA3LcPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMArHYQAD5KAAB0lgMAypYDACCXAwB2lwMAzJcDACKYAwB4mAMAzpgDAFAXDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEATEIOAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMAUBcNAJxSAgDmZA4ArHYQAMyTAQACCQQAWAkEADQcAQCKHAEANBwBALpCCACGGAAAKFMKAH5TCgDUUwoArO8MAALwDAA0HAEAtuYFAI52AgBsZQIAwmUCAAY+CABkCwIA3AcNANy3DwBmiQAAPA0NAJINDQDoDQ0APg4NAJQODQDqDg0AQA8NAGTNDQBMxQ8ABj4IAGQLAgAOSgwAKIIMAH6CDAD2FA0AMggNAAIJBAA+dQAAOiECAJKhAQBMQg4ABj4IAGQLAgDKkAAAIJEAAJJJAAAWbQYAOqICAGQLAgAGdQ4AFm0GAGxtBgDCbQYABj4IAGQLAgA02AkAitgJAJJJAAAOkgUAkqEBAMJpBAAYagQAVjUFAGSzAABqOQIAYFAQALZQEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAC55BgCQDg4A5g4OADwPDgCIZBAA6B4AAD4fAACUHwAA6h8AAEAgAAAGPggA3LcPAGaJAACsEAgACgsDAM5OCQBa2QAAhhgAAAoLAwBm8QkAsEcNAHIOAAAUjwIAkqEBAOihAQASSgsAaEoLAL5KCwAUSwsAnjYJAPQ2CQDU6wAAfO4CAFTuDACQVgcA5lYHADxXBwBkCwIAypAAACCRAADyVAMA9P0BAGQLAgA8AwgAyA4AAMp3CQAgeAkAdngJADwDCADYig8ALosPAJxSAgDKkAAAcg4AAGQLAgBm8QkAjN8MANL2BgBsZQIAwmUCAAY+CADOTgkAkFYHAOZWBwDMoQgAIqIIAHiiCADOoggAJKMIAHqjCADQowgAJqQIAHykCADSpAgAKKUIAH6lCADUpQgAKqYIAICmCADWpggALKcIAIKnCADYpwgALqgIAISoCAD6uAgAULkIAKa5CAD8uQgABj4IAGQLAgAAyg8AMAEKAJJJAABkCwIAWtkAAPwsAgDMkwEAkFQGABZtBgAilAEAfBcCAGQLAgC6CwIAnhMNANJCAgBkCwIAAMoPAJBWBwDmVgcAzKEIACKiCAB4oggAzqIIACSjCAD0NgkAKEMCAJxSAgAWbQYAOlYHAKzpCQCSSQAAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAIpfDQDgXw0ANmANAIxgDQDiYA0AOGENAI5hDQB2FgMAYN4BAJJJAABmiQAAnFICAI4yCwAAyg8AkFYHAOZWBwDMoQgAIqIIAHiiCADOoggAJKMIAHqjCABkCwIABnUOABZtBgBsbQYAwm0GAAY+CABkCwIAAMoPADABCgCSSQAAqC0CAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADQcAQCKHAEAkN8LAEa2CQDG0w0AWokDAGQLAgBQ3gUApt4FAAx0DAAgkQAAkkkAAI4yCwAWEQMAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYApGYKAFrZAAD8LAIAzJMBAJBUBgAWbQYAIpQBAHwXAgBkCwIAugsCAJ4TDQDSQgIAZAsCACTCAgB6wgIA0MICACbDAgBm8QkAsEcNAHIOAAAUjwIAao8CACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCC0AcAAAAAAJKhAQAKCwMAcBMDAMYTAwBq9QoA5gwNALBHDQByDgAAFI8CAHIOAABkCwIAUBcNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4ADkoMAGRKDAC6SgwAflcMANRXDAAqWAwADh8MANR+CgAqfwoAYAsDALYLAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEA6FMFANJCAgA6TAIAivsFAJxSAgCOMgsAPAMIAOgeAAByDgAAKsMBAIKZAQA6VgcAkqEBAJKhAQBkCwIA5gwNALBHDQByDgAAFI8CAET5AACsGg0AEOcEAAZ1DgAOkgUAZJIFACqWAAAGPggAZAsCALoLAgCeEw0A0kICAGQLAgAAAAAAypAAACqWAACAlgAAWokDAGQLAgC6CwIAEAwCAGYMAgC8DAIAhhgAANwYAACiPAsA+DwLAHIOAABOJwAAjsoBAOTKAQA6ywEA3LcPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyFA4ASBUOAAx0DABidAwAuHQMAA51DABkdQwAunUMABB2DABmdgwANNgJAIrYCQCK+wUA4PsFADb8BQBkCwIAUBcNAEzFDwBaiQMAZAsCAFDeBQCm3gUA/N4FABhVDwBuVQ8AvIkAAFa+CQBkCwIADh8MANR+CgDMkwEAIpQBAJxSAgByDgAACgsDAHATAwDGEwMAavUKAMD1CgDoHgAAPh8AAJQfAADqHwAAQCAAAMqcBgBkCwIAUBcNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBMQg4AugsCAJ4TDQDSQgIAZAsCAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAMqcBgAgnQYAPh8AANTrAAB87gIA6B4AAD4fAADU6wAAfO4CAFIaDgCoGg4A/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgBWLwIA0kICADpMAgCQTAIAho4QAHIOAADoHgAAomsNAEJQAgAU8QgAavEIAGQLAgA8AwgA6B4AAD4fAACUHwAA6h8AAGSzAABsZQIAZvEJALBHDQAwAQoAcg4AAOgeAABwpgwAfKwMANJCAgDatg8AJMICAO41CgBENgoAajkCAKhJEACAlgAA1OsAAHzuAgBqOQIAhhgAACqWAACSSQAAWtkAADpWBwDSQgIAbGUCAMJlAgCAlgAA1OsAAHzuAgBSGg4AqBoOALyLAQASjAEA+vEPAAAAAAAAAAAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAEA4DAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEAAZ1DgCsdhAAPkoAACyCCwCCggsABj4IAFYAAADUfgoAzJMBACKUAQAibQMAZAsCAMqQAADSQgIAkqEBAAoLAwBoCQAAZvEJALzxCQAS8gkAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLAAZ1DgCsdhAAPkoAADqkAwBU8A0AJE8JAHpPCQDQTwkAJlAJAFaTCQDcBw0AXD4IACqWAAA0HAEAihwBADqkAwBU8A0AJE8JAHpPCQDQTwkAJlAJAFaTCQDcBw0AXD4IACqWAAA0HAEAihwBAOAcAQBkCwIANNgJAPo/DABQQAwAuiMOABAkDgBmJA4AvCQOACqWAACAlgAANBwBAGi3AQACCQQAKsMBAIKZAQA6VgcArOkJAGQLAgDcBw0A3LcPAIYYAADyVAMAKpYAAAY+CABkCwIAWtkAAGbxCQDMkwEAOqICAExCDgAGdQ4ADpIFAFqJAwDMkwEAIpQBAHwXAgBkCwIABnUOAEK+DgBMaw0AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLAAZ1DgCsdhAAPkoAADqkAwBU8A0AJE8JAHpPCQDQTwkAJlAJAFaTCQDcBw0AXD4IACqWAAA0HAEAihwBANwHDQCYwhAA7sIQAETDEACawxAA8MMQAEbEEABQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAvBoJADpWBwCC0AcAbGUCAMJlAgCAlgAAOkwCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDEPwQAlg8NAOwPDQBCEA0AhIcNAGbxCQDMkwEAOqICAExCDgC6CwIApCcAAJJJAABkswAApI0IAMyTAQAilAEAfBcCAGQLAgA8AwgA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAUBcNANQJEADMkwEAZAsCACTCAgDuNQoARDYKAGqjDACCmQEAOlYHAKzpCQAKCwMAzJMBADqiAgBMQg4AhhgAANwYAADeRgEATicAAJ4TDQD0Ew0AShQNAKAUDQCAxQIAgJYAANTrAAB87gIAfMEBAJgKCgDuCgoARAsKAJoLCgDwCwoARgwKAAAAAABI/wIAnv8CAG56DADEegwAMhkAAIrSBgDg0gYACEULAF5FCwC0RQsAugsCAJpfCQDwXwkARmAJAADKDwDSQgIAZAsCANwHDQAyCA0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIALIILAIKCCwDYggsALoMLAISDCwAAAAAAJMICAHrCAgCOdgIAAAAAANJCAgD6PwwAUEAMAAAAAAAGPggAzk4JACRPCQB6TwkA0E8JACZQCQAqfQkAgH0JANZ9CQAsfgkAgtAHAGxlAgDCZQIAkkkAAIYYAADcGAAA3kYBAE4nAACeEw0A9BMNAEoUDQCgFA0AgMUCAICWAADU6wAAfO4CAGo5AgCIZBAAyA4AAMp3CQDGewwAml8JANDaDgDGZwIAZAsCAFAXDQCotgYAJMICAHrCAgDQwgIAwmkEAAY+CABkCwIA3AcNAFTwDQAkTwkAek8JANBPCQAmUAkAVpMJACyCCwCCggsAJMICAMyTAQDSQgIAfKYJAKzpCQA0HAEAukIIAIYYAABa2QAAOlYHANJCAgBsZQIANN4MACKUAQB8FwIAZAsCAFDeBQCm3gUA/N4FABhVDwBuVQ8AxFUPABpWDwBwVg8AxlYPAGQLAgA02AkA+j8MAFBADACmQAwA/EAMAFJBDACoQQwAxikOABwqDgAOkgUAbiYNAJxSAgCOMgsAfBcCAGQLAgAOSgwAKIIMAH6CDAAsggsAzJMBAJBUBgDoSQAAPkoAAHSWAwBkCwIAbnoMAMR6DAAaewwAcHsMADTYCQD6PwwAUEAMALojDgAQJA4AZiQOALwkDgASJQ4AAMoPANJCAgBkCwIANBwBAGi3AQACCQQAYjEAAGaLAQC8uAIATicAAJpfCQB8FwIAypAAANJCAgA6TAIA0kICADpMAgCK+wUAnFICAI4yCwDcBw0AVPANACRPCQB6TwkA0E8JACZQCQBWkwkADh8MAJBKAQDmSgEAJMICAMyTAQAGPggA3LcPADpWBwA6VgcAkkkAAJKhAQBMQg4Acg4AACrDAQBkCwIA3AcNAFTwDQAkTwkAek8JANBPCQAmUAkAVpMJAG56DADEegwAGnsMAHB7DADGewwAHHwMAHJ8DADIfAwA3AcNAFTwDQAkTwkAek8JANBPCQAmUAkAVpMJACyCCwCCggsABj4IAFYAAADUfgoAzJMBACKUAQDS9gYAKPcGAH73BgDU9wYAKvgGAID4BgDW+AYALPkGAIL5BgDY+QYAzJMBAGaJAACK1ggAZAsCAAZ1DgBkswAAVgAAAAoLAwBkCwIAlj4PAAh6EABQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUARPkAAAAAAAAQ5wQAQL8PAJ4TDQDSQgIAkkkAABZtBgAkwgIA7jUKAMxJBwBaiQMAZAsCADTYCQCK2AkA4NgJADbZCQCM2QkA4tkJAGQLAgAOSgwAEA4DAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEAMQ/BADS9gYAKPcGAH73BgDU9wYAKvgGAID4BgDW+AYALPkGAIL5BgDY+QYAcBMDAMYTAwD0swcAlj4PACqWAACqVwEAnD0NAAIJBAAUjwIAFm0GACKUAQB8FwIAZAsCANwHDQBU8A0ANBwBALbmBQDMkwEAvBoJABIbCQBoGwkAvhsJABQcCQBqHAkAwBwJABYdCQBsHQkAwh0JABgeCQBuHgkAxB4JABofCQBwHwkAxh8JABwgCQDSQgIAOkwCAJBMAgCGjhAAcg4AAOgeAAB8wQEAkkkAAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAypAAACCRAADyVAMA9P0BAAoLAwAAAAAAOiECAJKhAQBMQg4ABnUOAEK+DgBMaw0AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLAAZ1DgBkswAAVgAAAAoLAwAAAAAAkqEBAHIOAAAKCwMAAAAAADwDCAAqwwEAgMMBAAoLAwAAAAAAhhgAAIYYAAAqlgAA0vYGAJJJAAAWbQYAOlYHAKzpCQBkCwIANNgJAIrYCQDg2AkANtkJAIzZCQDi2QkA9rgJAJJJAAAWbQYAbG0GAMJtBgAGPggAzk4JADABCgAAAAAAkkkAAJJJAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAHIFEQDUfgoAKn8KAIB/CgBE+QAABmMFALBHDQByDgAAFI8CAC5eDgA02AkAitgJAIr7BQDg+wUANvwFAGQLAgDcBw0AXD4IAMovEAAgMBAAOiECAGaJAADcxgEA6B4AADwDCADoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABQFw0AnFICAMqQAACSoQEABj4IAGQLAgBuegwAxHoMABp7DABwewwAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFABh4CwBueAsAxHgLANJCAgA6TAIAkEwCAIaOEAByDgAA6B4AANy3DwCAlgAA1OsAAHzuAgAqlgAAgJYAANTrAADCSgoAGEsKADIZAAAAAAAAAAAAAAAAAABI/wIAnv8CAFQFAwCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMALvoGAIT6BgDa+gYAMPsGAIb7BgDc+wYAAAAAAAAAAABI/wIAnv8CAFQFAwCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAJLQAwDo0AMALvoGAIT6BgDa+gYAMPsGAIb7BgDc+wYAWtkAAMyTAQAilAEAKpYAAICWAADU6wAAfO4CAAAAAAAAAAAAAAAAAAAAAAAAAAAAhhgAACqWAACSSQAAajkCAGBQEAC2UBAAvLgCAI7OAwDkzgMAOs8DAJDPAwD+HhAAVB8QAKofEAAAIBAAViAQAKwgEAACIRAAWCEQAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAPwZDgA6VgcAcg4AAGQLAgAsggsAJt0PAHzdDwDS3Q8AAAAAAAAAAAAAAAAAjjILAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAAAAAAAAAAAAAAAAqlcBAJw9DQA6VgcArOkJAGQLAgA02AkAitgJAODYCQA22QkAjNkJAAAAAAAqlgAAgJYAADohAgDMkwEAIpQBAMZnAgCYwhAAIJEAAHwXAgByDgAAPnUAAJDJAABOJwAAOiECAGaJAACQyQAAZAsCAFAXDQA6IQIAfBcCAALsCgDMSQcATEIOAGbxCQCGGAAAKpYAAKpXAQCcPQ0AAAAAAIYYAABkCwIANNgJAIrYCQBm8QkAypAAAHIOAAA+dQAArBAIAHIOAAAqwwEAgpkBADpWBwCs6QkAKpYAADTYCQDatg8AyH4NAJpfCQDKkAAAkkkAAGaJAACcUgIAAAAAADpWBwBkCwIANNgJAIrYCQBiiwIAuIsCAHIOAAA+dQAArBAIAIYYAADcGAAACgsDAHZPCgDMTwoAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAHxSCgDSUgoAKpYAANL2BgAo9wYAfvcGANT3BgAq+AYAgPgGANb4BgAs+QYAgvkGANj5BgC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBAC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBABkCwIABnUOABZtBgBsbQYAwm0GAAY+CABkCwIAAMoPADABCgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoAZAsCAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAAOEFAFbhBQCs4QUAAuIFAFjiBQCIZBAAyA4AAMp3CQAgeAkAdngJAMx4CQCSSQAAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAIpfDQDgXw0ANmANAIxgDQDiYA0AOGENAI5hDQA+0QMASmQKAKBkCgD2ZAoATGUKAKJlCgD4ZQoATmYKAHATAwDGEwMAavUKAMD1CgAW9goAbPYKAML2CgAY9woAugsCAJpfCQDwXwkARmAJAADKDwDSQgIAZAsCANwHDQAyCA0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAQlACAIrWCABMQg4AgJYAANTrAAB87gIAOlYHADpWBwCSoQEAZAsCAAZ1DgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoAkkkAAGQLAgBa2QAAZvEJAMyTAQA6ogIATEIOAFrZAAD8LAIAzJMBAJBUBgAWbQYAIpQBAHwXAgBkCwIAugsCAJ4TDQDSQgIAZAsCAFAXDQBMxQ8AosUPAADKDwCQVgcA5lYHADxXBwBkCwIAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMADkoMACiCDAB+ggwAbnoMAMR6DAAaewwAcHsMAML8DQAY/Q0Abv0NAMT9DQAa/g0AcP4NAMb+DQAc/w0AqC0CAP4tAgA02AkAitgJAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCAAZ1DgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoAkkkAAGQLAgBQFw0ATicAAJJJAACOMgsA7OQMAExCDgCAlgAA1OsAAHzuAgCw9w8AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAyKMKAB6kCgB0pAoAyqQKACClCgB2pQoAzKUKACKmCgB4pgoAzqYKACSnCgBE+QAAWtkAAPwsAgDMkwEAkFQGANQYAgDSQgIAOkwCAIr7BQCcUgIAjjILACLZDgAAAAAAypAAAMyTAQDSQgIAOkwCAJ7SAQAGPggAOiECAGSzAABkCwIAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAAMoPADohAgCSSQAAZokAAMyTAQAilAEAZAsCAJ7SAQAGPggAOiECAGSzAABkCwIAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMALIILAM6uDgAAWAEAVlgBAGZNDQC8TQ0AEk4NAGhODQC+Tg0AWtkAAGbxCQCM3wwAhhgAAGQLAgAGdQ4ADpIFAFqJAwDMkwEAIpQBAHwXAgBkCwIABnUOAEK+DgBMaw0AUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAcg4AAGQLAgBQ3gUApt4FAAx0DABidAwAuHQMAA51DABkdQwAunUMABB2DABmdgwAvHYMABJ3DABQFw0AItkOAAAAAADKkAAAzJMBANJCAgA6TAIAVAsGAGQLAgC6CwIA0kICAHymCQA0HAEAZAsCAAZ1DgCsdhAAPkoAAMqQAAAgkQAAKsUCAIDFAgCAlgAAkqEBAFqJAwDMkwEAIpQBAHwXAgBkCwIA3AcNAFw+CADKLxAAIDAQADohAgBmiQAA3MYBAOgeAADC/A0AItkOAAAAAADKkAAAzJMBANJCAgA6TAIAUBcNAKi2BgA02AkAitgJAHIOAADIDgAAMAEKANJCAgBkswAAKpYAALoLAgDSQgIAfKYJADQcAQBkCwIADkoMAJBUBgByDgAAZAsCAA4fDACQSgEA2rYPAGJkBAC25gUAjnYCAFqJAwBkCwIAugsCABAMAgC8iQAAVr4JAHhAAgDSQgIAWokDAGQLAgAAyg8A0kICAGQLAgA8AwgAyA4AADABCgDSQgIAZLMAAIYYAAAqlgAAqlcBAAoLAwAWEQMAFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYApGYKAFAXDQAi2Q4AAAAAAMqQAADMkwEA0kICANq2DwAilAEAfBcCAGQLAgBQFw0AqLYGAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADACqWAACSSQAAZokAAKwQCAAGPggA0kICANq2DwAilAEATicAAJ4TDQBkCwIALIILAIKCCwDYggsA3kYBAE4nAACeEw0A9BMNAEoUDQCgFA0AZokAAMyTAQBWLwIAZokAALIfDgAwLgsAhi4LACKUAQAyGQAAitIGAODSBgAIRQsAXkULALRFCwAKRgsAYEYLALZGCwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAA0HAEAaLcBAAIJBAA6IQIAtvoPAGbxCQBmiQAAJMICAMyTAQAilAEAXHUOAOQyCwA6MwsAkDMLAOYzCwA8NAsAkjQLAOg0CwA+NQsAlDULAOo1CwBANgsAljYLAOw2CwAyCA0AnLYJAPK2CQBItwkAypAAAAY+CAA02AkAitgJAIr7BQCsEAgAZAsCAMqQAAAGPggAAAAAADpWBwBkCwIABnUOABZtBgBsbQYAwm0GABhuBgBubgYAZvEJAFYAAABWLwIAhhgAACqWAACSSQAAWtkAADpWBwDSQgIAbGUCAFYvAgB8FwIAAuwKAFjsCgCu7AoABO0KAFrtCgCw7QoAOkwCAHIOAAAqwwEA6B4AAHIOAAAKCwMAfBcCAALsCgBY7AoAruwKAATtCgBa7QoAsO0KAAbuCgBc7goAsu4KAAjvCgBe7woAugsCAJ4TDQDSQgIAAMoPANJCAgBkCwIAPAMIAOgeAAA+HwAAlB8AAMyTAQBkswAAKpYAAG56DADEegwAGnsMAHB7DABsZQIA7OAKANwYAABa2QAAZvEJALBHDQByDgAAFI8CAI4yCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEANtMGAIzTBgDi0wYAONQGAI7UBgDk1AYAUBcNAKwQCAAGPggA0kICADpMAgByDgAAKsMBAGQLAgC6CwIAnhMNAPQTDQBKFA0AkFYHAOZWBwA8VwcAZAsCAAZ1DgBkswAAVgAAAGQLAgBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQBU4AUAquAFADzQAwCS0AMA6NADAD7RAwCU0QMAZokAAMyTAQAqlgAAgJYAANTrAAB87gIAfMEBAJgKCgDuCgoARAsKAJoLCgDwCwoARgwKACqWAAA0HAEAVgAAANR+CgDSQgIAKEMCAI52AgBaiQMAZAsCALoLAgAQDAIAZgwCAKzvDAAC8AwADkoMAGRKDAC6SgwAbnoMAEJQAgCYUAIA7lACADTYCQCK2AkAcg4AAMgOAACSoQEAypAAAJJJAAAWbQYAOlYHAAY+CADctw8AhhgAAEJQAgCYUAIA7lACAG56DADEegwA0kICAGQLAgA8AwgA6B4AAD4fAACUHwAAhhgAAEJQAgCYUAIA7lACAA4fDACQSgEA5koBACTCAgDMkwEABj4IANy3DwBkswAApI0IAGQLAgDmDA0AsEcNAHIOAAAUjwIAZAsCAA5KDAAoggwAfoIMAGxlAgDs4AoA3BgAAFrZAAA6VgcAJAUPAMqQAABWAAAAZAsCALoLAgAQDAIAZgwCAKzvDAAC8AwAvAwCAPJUAwA6VgcAajkCAGBQEACkjQgAZokAAEzFDwCGGAAAKpYAAMxJBwByDgAAajkCACRdEAB6XRAA0kICADpMAgByDgAAyA4AAJKhAQAkwgIA7jUKAAY+CABcPggArBAIAAY+CADSQgIAOkwCAHIOAAAqwwEA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAcBMDAEJQAgCYUAIA7lACAAIXCwBYFwsArhcLAAQYCwBaGAsAsBgLAAYZCwBcGQsAshkLAAgaCwBeGgsAtBoLAAobCwBgGwsAthsLAAwcCwBiHAsAuBwLAGQLAgCsGg0AyA4AAMp3CQAgeAkAdngJAMx4CQA0LgoAnmULAPRlCwBKZgsA7OQMANTrAAB87gIALIILAHIOAAAUjwIAao8CADohAgCSoQEAwmkEAAIJBABCJQIAZAsCAFAXDQCotgYAbnoMACqWAABa2QAAZAsCAFDeBQCm3gUA/N4FAFLfBQCo3wUA/t8FAFTgBQCq4AUAPNADAAoLAwB8wQEAmAoKAO4KCgBECwoAmgsKAPALCgBGDAoAnAwKAPIMCgAAFAoAAAAAAAAAAAAAAAAADhsKAGQbCgC6GwoAEBwKAGYcCgC8HAoAEh0KAGgdCgAAAAAAAAAAAL4dCgAUHgoAah4KAAZhBACAIwcA1iMHALoLAgCeEw0A9BMNAEoUDQAKCwMAxD8EABpABAAmNREAfDURANI1EQAoNhEAZokAADohAgCSoQEATEIOALoLAgCaXwkA8F8JAEZgCQBuegwAxHoMABp7DABwewwAxnsMABx8DAByfAwAyHwMACqWAACGGAAA3BgAACqWAACGGAAAhhgAANwYAAAqlgAAhhgAAJJJAAAKCwMAcBMDAMYTAwBq9QoAwPUKABb2CgBs9goAwvYKABj3CgC6CwIAml8JAPBfCQBGYAkAAMoPANJCAgBkCwIA3AcNADIIDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCAJY+DwAKCwMAAAAAAGQLAgA6IQIAkCECAE4nAABOJwAApCcAAICWAADatg8AIpQBAHwXAgBkCwIABnUOABZtBgBsbQYAwm0GAAY+CABkCwIAAMoPADABCgCSSQAAZAsCAFAXDQBOJwAAkkkAAI4yCwDs5AwAgtAHAITHAgDaxwIACgsDAFAXDQC6+A0A4NYIADbXCAA6IQIAtOcGAAroBgBg6AYAtugGAAzpBgC6FQcAUN4FAKbeBQD83gUAUt8FAKjfBQD+3wUAVOAFAKrgBQA80AMAktADAFS/CgCqvwoAUBcNAKYXDQD8Fw0AUhgNAFTwDQBa2QAAZucEAFAXDQCmFw0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAZAsCAES/DgAAAAAAZAsCAHDZEABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAEOcEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECALb6DwAAyg8ATicAAGQLAgAGdQ4A4EkCADZKAgCMSgIA7sAPAM6uDgASDQIAaA0CAL4NAgAUDgIAcg4AAGQLAgAOHwwAZB8MAI52AgAoQwIA/uEGALpCCACSSQAAjjILAOzkDABkCwIAAAAAAGQLAgAGdQ4AQr4OAExrDQA6IQIAtvoPADTYCQCK2AkAcg4AAMgOAAAwAQoA0kICAGSzAAAqlgAAqC0CAP4tAgCAnAMAPDoOADpWBwCSoQEAZAsCAHwXAgDMkwEAJMICAO41CgBMQg4AokIOAEzFDwCixQ8AfBcCAMyTAQAkwgIA7jUKAHTFBQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIA7jUKADQcAQAqdQUAgHUFANZ1BQAsdgUAEOcEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECALb6DwAAyg8ATicAAGQLAgAGdQ4A4EkCADZKAgCMSgIANBwBACp1BQCAdQUA1nUFACx2BQCCdgUAqC0CAP4tAgCAnAMAPDoOADpWBwCSoQEAZAsCAHwXAgDMkwEAJMICAO41CgB0xQUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAO41CgA0HAEAKnUFAIB1BQDWdQUALHYFAIJ2BQCoLQIA/i0CAICcAwA8Og4AOlYHAJKhAQBkCwIAfBcCAMyTAQAkwgIA7jUKAExCDgCiQg4ATMUPAKLFDwB8FwIAzJMBACTCAgDuNQoAdMUFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgDuNQoABj4IAJjCEACSoQEATEIOAIYYAADcGAAA3kYBAE4nAACeEw0A9BMNAEoUDQCgFA0AgMUCAICWAADU6wAAfO4CAHATAwDGEwMAavUKADQcAQCKHAEAkN8LAObfCwA84AsAkuALAG56DABCUAIAmFACAO5QAgAGPggANBwBAIocAQCQ3wsA5t8LADzgCwCS4AsAbnoMAEJQAgCYUAIA7lACAAY+CAA0HAEAihwBAJDfCwDm3wsAPOALAJLgCwAOHwwAZB8MALofDAAQIAwAZiAMALwgDAASIQwAkqEBAOihAQBetgMAtLYDAGQLAgDKkAAA0kICAJKhAQA02AkAitgJAHIOAADIDgAAkqEBACTCAgDuNQoADkoMAGJkBAC4ZAQADmUEAGRlBAC6ZQQAZAsCACyCCwCCggsAkkkAAA6SBQBaiQMAZAsCALoLAgCeEw0A0kICAGQLAgAOHwwAZB8MALofDAAQIAwAZiAMALwgDAASIQwAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAugsCAJ4TDQD0Ew0AShQNAKAUDQAOSgwAkFQGAOZUBgAOSgwAZEoMALpKDAAQSwwAqLYGAA4fDABkHwwAuh8MABAgDABmIAwAvCAMABIhDABqOQIAntIBAHIOAADIDgAANBwBALbmBQCcUgIAZLMAAKSNCADMkwEAIpQBAHwXAgBkCwIADh8MAGQfDAC6HwwAECAMAGYgDAC8IAwAEiEMALoLAgCeEw0A0kICAGQLAgAgEgEAIKsNAHIFEQDIBREAbnoMAMR6DAAaewwAcHsMAA4fDACQSgEAOkwCAJBMAgCaXwkALjUPACqWAAAGPggAZAsCAFrZAADMkwEAkFQGAOhJAABkCwIAAAAAAGQLAgAAyg8A0kICAGQLAgD4GQ8AAAAAAGQLAgAAyg8A0kICAGQLAgD4GQ8AThoPAML8DQCotgYA3AcNANy3DwAyuA8AnjYJAFzNDwCyzQ8A3LcPAIYYAABkswAAVgAAAKwAAADCIwwAGCQMAG4kDADEJAwAGiUMADQcAQC25gUATMUPAPoAAgBmiQAAitYIAODWCAC8iQAAbGUCAAIPBwCyHw4AAuwKAOYMDQA8DQ0Akg0NAOgNDQBuegwAxHoMABp7DABwewwAOiECALb6DwAqlgAAhhgAAGQLAgC6CwIAnhMNAPQTDQBKFA0AoBQNAA5KDABkSgwAiuYQAODmEAA25xAAjOcQAOLnEABMQg4ABj4IAGo5AgBkCwIABnUOAA6SBQBaiQMAZAsCAAZ1DgBCvg4ATGsNAA5KDABkSgwAiuYQAODmEAA25xAAjOcQAOLnEAAOSgwAkFQGAAoLAwBwEwMAcgURAMgFEQAeBhEADkoMAGRKDACK5hAA4OYQADbnEACM5xAA4ucQAA4fDACSoQEATEIOAKJCDgDcxgEA6B4AADTYCQD6PwwAUEAMAGQLAgBoCQAAhhgAAHIFEQDIBREAHgYRAA5KDABkSgwAiuYQAODmEAA25xAAjOcQAOLnEADKkAAAIJEAAJJJAAAWbQYAbG0GAMJtBgAqlgAAgJYAANTrAAB87gIAkqEBAOihAQBetgMAtLYDAGQLAgA8AwgAAkYNAGSzAACkjQgAZAsCALoLAgCaXwkA8F8JAEZgCQCWPg8A7D4PAHwXAgAC7AoANBwBAGQLAgDMkwEAIpQBAGQLAgBQFw0ATMUPAFqJAwBkCwIAAMoPAE4nAABkCwIABnUOAKx2EAA+SgAAlEoAAMgOAAAwAQoA0kICAGSzAAAqlgAAkqEBAOihAQACmAsAWJgLAK6YCwAwyAIAWokDAGQLAgAOSgwAZEoMAIrmEADg5hAANucQAIznEADi5xAATEIOAAY+CABkCwIAfBcCAALsCgA0HAEABnUOAKx2EAA+SgAAfBcCAALsCgA0HAEAcg4AAGQLAgBQFw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANwHDQDSQgIA2rYPACTCAgDuNQoARDYKAGQLAgC6CwIAnhMNAPQTDQBKFA0AoBQNALoLAgCeEw0A0kICAGQLAgCe0gEABj4IADohAgBkswAAGtUOANwYAADeRgEATicAAJ4TDQD0Ew0AShQNAKAUDQCAxQIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAILQBwC6swAAooACAPiAAgBOgQIABj4IANy3DwBOJwAATicAAJ4TDQD0Ew0AShQNAKAUDQCAxQIAgJYAANTrAAB87gIAphcNAJJJAAAWbQYAyH4NAI7KAQC8iQAAVr4JAMqQAADSQgIABnUOAEK+DgBMaw0AugsCAJpfCQDQ2g4AxmcCAEbVAwCc1QMA8tUDAEjWAwCe1gMA9NYDAErXAwCg1wMAOiECALb6DwA02AkAitgJAHIOAADIDgAAkqEBACTCAgDuNQoABj4IAAoLAwCGGAAA3BgAAN5GAQCUIwIAGnkLAHB5CwDGeQsAHHoLALoLAgCGjhAAIJEAALr2DACSSQAAFm0GADpWBwCs6QkAkkkAAI4yCwCGGAAAcg4AAIKZAQA6VgcArOkJAAIJBABYCQQANNgJAIrYCQAAAAAAypAAAMyTAQDSQgIAOkwCAGQLAgAsggsAzq4OAM5/DAAkgAwAeoAMANCADAAmgQwAfIEMANKBDADcBw0A0kICANq2DwAkwgIA7jUKAGQLAgDUGAIAKhkCALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMACgsDALoLAgCeEw0A0kICAGQLAgAOHwwABj4IAM5OCQBkCwIADkoMACiCDAB+ggwAbnoMAMR6DAAaewwAcHsMAJKhAQDooQEAXrYDALS2AwDctw8ANNgJAIrYCQAAAAAAypAAAMyTAQDSQgIAOkwCAFQLBgBkCwIANBwBAIocAQCQ3wsA5t8LADzgCwCS4AsADh8MAJBKAQDmSgEAJMICAMyTAQAGPggA3LcPAHIOAABkCwIADh8MAGQfDAC6HwwAECAMAGYgDAC8IAwAEiEMAHwXAgDSFwIAZAsCALoLAgCaXwkA8F8JAEZgCQByDgAAZAsCAA5KDABkSgwAukoMAHIOAABWAAAAnjYJANL2BgBOJwAAjsoBAOTKAQA6ywEAlj4PAFYvAgAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgDuPQ4A8lQDACKUAQB8FwIACgsDAIYYAADcGAAA3kYBAHSUAgCMug8AmOcNAAY+CADctw8AMrgPAIi4DwDeuA8ANLkPAIq5DwDguQ8ANroPAAoLAwByDgAAFI8CAA6SBQBkkgUAZLMAAJJJAAAKCwMA0kICADpMAgBiiwIAKPcGACTCAgDuNQoARDYKAChDAgA6IQIAkqEBAExCDgBwpgwAxqYMABynDABypwwAyKcMAGSzAABmiwEA0kICADpMAgBwpgwAxqYMABynDABypwwAyKcMAB6oDAB0qAwAyqgMACCpDAB2qQwAzKkMACKqDAAC2gEAWNoBAOj5AgA++gIATEIOAHCmDADGpgwAHKcMAHKnDADIpwwAHqgMAHSoDADKqAwAIKkMAHapDADMqQwAIqoMAFYAAACsAAAAjnYCAGqjDADoHgAAmOcNAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAAfO4CAFrZAAD8LAIA7j0OAPJUAwAilAEAfBcCAAoLAwAArAAAVqwAAKysAAB0lAIAjLoPAJjnDQAGPggA3LcPADK4DwCIuA8A3rgPADS5DwCKuQ8A4LkPADa6DwAKCwMAcg4AABSPAgCOMgsA5DILALpCCACqVwEAnD0NAAoLAwB8FwIANBwBALpCCACGGAAAkkkAAGaJAACcUgIAFm0GADpWBwCs6QkAZAsCALoLAgAQDAIAkMkAAJKhAQByDgAA6B4AABzSDAAwLgsAOiECALTnBgCcUgIAZokAAIrWCABkCwIALIILACbdDwB83Q8A0t0PAIrWCAAKCwMAbGUCADTeDACK3gwA4N4MADbfDADMkwEAOqICAJCiAgDmogIAKpYAAGaJAADUCRAAZAsCAADKDwAwAQoAkkkAAGQLAgAAyg8ATicAAGQLAgA0HAEAukIIABBDCACKHAEA0kICAICWAAA0HAEAaLcBAL63AQBCUAIAFPEIAI4yCwAGPggAZAsCADohAgBaiQMAZAsCAFAXDQBMxQ8A3BgAAN5GAQDoSQAAPkoAAHSWAwBkCwIADh8MAJBKAQDmSgEAljoNAOw6DQBCOw0AfBcCANIXAgAAyg8AJAUPAKzvDAAC8AwABnEMAFxxDAC6CwIAEAwCACrZDACA2QwA1tkMACzaDACC2gwA2NoMAC7bDACE2wwADh8MAGQfDACOdgIAaqMMAOgeAAAsggsAJt0PAHzdDwDS3Q8AZLMAAITHAgBKmxAAfBcCAGbxCQC88QkADkoMAGRKDAC6SgwAflcMANRXDAACdxAAOkwCAIr7BQCsEAgAZAsCAAAAAAAa/AwAZAsCAGbxCQBmiQAATMUPAAY+CACSoQEATEIOAAY+CAAsggsAzq4OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGo5AgAKCwMAADEDAFYxAwCsMQMALnMDAIRzAwDacwMAMHQDAIZ0AwBQFw0AnFICAFAXDQCcUgIAAAAAANoGDQBkCwIABj4IAEa2CQDG0w0AHNQNAHLUDQDI1A0ACgsDADohAgBaiQMAkkkAAI4yCwAQDgMApI0IAGaJAACOdgIAZvEJAGaJAADcxgEAZAsCALoLAgAQDAIAZgwCALwMAgAm3Q8AfN0PANLdDwCGGAAAkkkAAGaJAAD0/QEAZAsCACyCCwAm3Q8AfN0PANLdDwA6VgcAMAEKACCRAAAqxQIA3AcNANy3DwCSSQAAjjILANL2BgCSSQAAjjILAGaJAACOdgIAOkwCANwHDQDctw8AkkkAAI4yCwDS9gYAkkkAAI4yCwByDgAAgpkBANiZAQAumgEAhJoBANrbDAAw3AwAZAsCADohAgBaiQMAZAsCADwDCACCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQACCQQA6B4AAD4fAAA6TAIAntIBAHIaBgDS9gYAkkkAABZtBgA6VgcANBwBALbmBQDMkwEAIpQBAChDAgC8iQAAKpYAADohAgBmiQAAvIkAAGxlAgBkCwIANBwBAIocAQByDgAAFI8CAGQLAgA02AkAitgJAGKLAgAGcw0AhhgAAJJJAABkCwIAUN4FAITHAgDaxwIAMMgCAIbIAgCSoQEAZokAANzGAQAUjwIAEOcEAA4fDACQSgEA5koBAJY6DQDsOg0AQjsNAJg7DQBkCwIAUN4FAKbeBQCMjw8A4o8PADiQDwCOkA8A5JAPADqRDwBkCwIAWtkAAMyTAQCQVAYA6EkAAGQLAgAsggsAzq4OACSvDgB6rw4A5lQGAFDeBQCm3gUAvIsBAILQBwAqlgAAcg4AACrDAQBqOQIAqEkQAP5JEACcPQ0A8j0NAMyTAQCQVAYAjjILAAY+CABkCwIAWtkAAMyTAQCQVAYA6EkAAGQLAgBQ3gUApt4FALyLAQASjAEAypAAADohAgCSSQAAjjILAHBSDQDGUg0AzFcOAE4nAACOygEA5MoBADrLAQBQQg0ApkINAPxCDQBSQw0AqEMNADpWBwA6VgcAJAUPAAZ1DgAWbQYAbG0GAMJtBgAGPggAZAsCAADKDwAwAQoAkkkAAGQLAgAOSgwAZEoMAADKDwBOJwAAKpYAAAY+CADctw8ABj4IAGQLAgAGdQ4AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYApGYKALpMDQAQTQ0Acg4AABSPAgAGdQ4AFm0GAGxtBgDCbQYABj4IAGQLAgAAyg8AMAEKAJJJAABkCwIADkoMAGRKDAAWEQMA0P0KALJ1DgAcUw0AclMNAMhTDQAeVA0AdFQNAMpUDQAgVQ0AdlUNAMxVDQAiVg0A5GENADpiDQCQYg0A5mINABYRAwAWbQYAbG0GAMJtBgAYbgYAbm4GAMRuBgCkZgoAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFAXDQBOJwAAkkkAAI4yCwDs5AwABnUOAEK+DgBMaw0AOiECALb6DwBQFw0ATMUPAKLFDwAOSgwAZEoMAIrmEADg5hAANucQAEzFDwBkswAAKpYAAADKDwBOJwAAZAsCACyCCwAm3Q8AfN0PANLdDwBkCwIAbnoMAMR6DAAaewwAcHsMAOojAgDOrg4AJK8OAAIJBAAsggsAzq4OACSvDgACCQQAbnoMAMR6DAAyGQAALIILACbdDwB83Q8A0t0PACbdDwB83Q8A0t0PACqWAADMkwEAJMICAO41CgBkCwIAypAAACCRAADG5gEAHOcBAHLnAQDI5wEAHugBAHToAQDK6AEAIOkBAARyDQBacg0AsHINAGQLAgDKkAAAIJEAAFrZAAD8LAIAUi0CAI4yCwAGPggAZAsCACyCCwDOrg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATicAAKQnAACAlgAA1OsAAHzuAgB8FwIA0hcCAAY+CABkCwIAbnoMAMR6DAAaewwAcHsMAOojAgDOrg4AEg0CAGgNAgC+DQIAFA4CAGQLAgA8AwgAAkYNAGSzAABkswAAKpYAAHIOAABa2QAA/CwCAEhtDwCebQ8AbnoMAMR6DAAaewwAcHsMAOojAgDOrg4AEg0CAGgNAgC+DQIAFA4CAGoOAgDOrg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA8lQDAAAAAACGGAAA8lQDAEhVAwAGdQ4AQr4OAExrDQBQ3gUApt4FAPzeBQBS3wUAqN8FAP7fBQDcBw0AMggNAJy2CQAAyg8AkFYHAOZWBwAOHwwAzJMBACKUAQA8AwgA2IoPAC6LDwCOdgIANNgJAIrYCQCK+wUA4PsFAAJGDQBkswAAZLMAACqWAAAqlgAAOiECALb6DwBQFw0AOiECAJKhAQCK+wUArBAIAGQLAgAOHwwAkEoBAOZKAQAu3w4AhN8OANrfDgAw4A4AhuAOAADKDwBOJwAAZAsCAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIAbnoMAPoAAgAAWgIAFm0GACqWAAByDgAAZAsCAADKDwBOJwAAZAsCAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIAbnoMAPoAAgAAWgIAhhgAANwYAAD0swcAKpYAAJJJAADgSQIANkoCAIxKAgAgEgEAln4EAADKDwA6IQIAntIBAHIaBgDS9gYAkkkAAGQLAgDmDA0APA0NAJINDQDoDQ0AbnoMAMR6DAAyGQAAUBcNAJxSAgDyUgIASFMCAJ5TAgD0UwIASlQCAKBUAgA0HAEAukIIAJJJAADoSQAAsEcNAAY+CABkCwIATEIOAAY+CABkCwIA8I4LADpWBwCQVgcAkkkAABZtBgA6VgcArOkJAAoLAwDKkAAAIJEAAFrZAACw2QAAKEMCANQJEABE+QAA8PsBAPCOCwBGjwsAAMoPAKzpCQBkCwIAUBcNAKi2BgDwjgsAhhgAANwYAAD0swcAKpYAAPCOCwBGjwsAJMICAHrCAgDQwgIAJsMCAA5KDABkSgwAeJQBADpWBwAkBQ8AwmUCAFrZAADMkwEAkFQGAOhJAAAOkgUA+j8MAJJJAADoSQAAWokDAKgtAgD+LQIAVC4CAKouAgAALwIAugsCABAMAgCK1ggAcg4AAG56DADyVAMAUBcNAEbCDwCcwg8A8sIPAEjDDwCeww8AIpQBAHwXAgAsggsAJt0PAHzdDwBWLwIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAMh+DQBOJwAApCcAAICWAAA6TAIAhhgAAGSzAAAqlgAAlj4PAAh6EABQFw0AItkOAFa+CQDKkAAAZokAAIrWCACoLQIA/i0CALh8EAAOfRAAcoQQAMiEEAAehRAAdIUQAMqFEAAghhAAdoYQABDnBAAOSgwAKIIMAH6CDABuegwAxHoMABp7DABwewwA8I4LAJJJAAAOkgUA+j8MACqWAADwjgsATicAAI7KAQCK1ggAcg4AAOgeAADwjgsAkmMNAA6SBQD6PwwAkkkAAOhJAABaiQMAxnsMABAMAgCK1ggAcg4AANTvAgAKCwMACgsDAPARDQBGEg0AnBINAPISDQBIEw0ALgYNAIQGDQAAyg8A0kICAGQLAgBuegwAKpYAAGaJAACOdgIALIILAIKCCwAGPggAZAsCAADKDwBOJwAAZAsCAA5KDABkSgwAcgURAOqgAADOTgkAKpYAAHIOAABkCwIAbnoMAMR6DAAaewwAcHsMAOojAgDOrg4AJK8OAAIJBADcBw0AVPANAKrwDQAA8Q0AVvENAKzxDQAC8g0AWPINAK7yDQAE8w0AWvMNALDzDQAG9A0AitYIANJCAgA6TAIAivsFAKwQCABaiQMAZAsCACyCCwDOrg4AJK8OAAIJBAAUjwIAUBcNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDAOQIA+j8MAFBADACmQAwA/EAMAFJBDACoQQwA/kEMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMAFm0GAGxtBgDCbQYABj4IAGQLAgAAyg8AMAEKAJJJAABkCwIAWtkAAPwsAgDMkwEAkFQGABZtBgAilAEAfBcCAGQLAgC6CwIAnhMNANJCAgBkCwIAAMoPAJBWBwDmVgcAzKEIACKiCAB4oggAzqIIACSjCACAlgAA1OsAAHzuAgBSGg4AqBoOAP4aDgBUGw4AqhsOAAAcDgBWHA4ArBwOAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4AEA4DAH5HBADURwQAKkgEAIBIBADWSAQALEkEAIJJBADYSQQALkoEAIRKBADaSgQAMEsEAIZLBADcSwQAMkwEABAOAwB+RwQA1EcEACpIBACASAQA1kgEACxJBACCSQQA2EkEAC5KBACESgQA2koEADBLBACGSwQA3EsEADJMBAB8FwIAfBcCANJCAgA6TAIAfBcCADAuCwCcUgIAjjILACqWAACAlgAA1OsAAHzuAgCGGAAA8lQDACKUAQB8FwIAZAsCADwDCADoHgAAzEkHAExCDgDS9gYAkkkAAI4yCwAGPggAZAsCAAZ1DgBcdQ4AsnUOADJiDwA8AwgA2IoPAC6LDwCOdgIAkkkAAFYAAADoCQsAPgoLAJJJAAAAAAAATicAAI7KAQDkygEAnv8CADTYCQCK2AkAivsFANzGAQDIDgAArOkJAAoLAwCMIQMA4iEDADgiAwCOIgMA5CIDADojAwCQIwMA5iMDADwkAwAwAQoAkkkAAFYAAADqoAAAkkkAAGQLAgC6CwIA0kICAHymCQA0HAEAZAsCADwDCADqvA4AQL0OAMyTAQBQ3gUAurMAAExCDgCiQg4AOlYHANJCAgBsZQIAXHUOALJ1DgCYkw4A7pMOAACfDwBWnw8ArJ8PAAKgDwCOdgIAKpYAAAY+CABkCwIABnUOAFx1DgCydQ4AmJMOAO6TDgAAnw8AVp8PAKyfDwACoA8AKpYAAGaJAADCZQIABj4IAGQLAgAGdQ4AXHUOALJ1DgCYkw4A7pMOAACfDwBWnw8ArJ8PAAKgDwC6CwIAEAwCAGYMAgC8DAIAtKEOAAqiDgBgog4A6jsOAEA8DgCWPA4A7DwOAEI9DgCYPQ4AkqEBAExCDgCiQg4AZAsCAAZ1DgBcdQ4AsnUOAJiTDgDukw4AAJ8PAFafDwCsnw8AAqAPAOihAQBa2QAAZAsCAAZ1DgBcdQ4AsnUOAJiTDgDukw4AAJ8PAFafDwCsnw8AAqAPAMJlAgAGPggAZAsCAAZ1DgBcdQ4AsnUOAJiTDgDukw4AAJ8PAFafDwCsnw8AAqAPAHIOAABkCwIAugsCABAMAgBmDAIAvAwCADTYCQCK2AkAcg4AAFBCDQCSoQEAkkkAAGQLAgA8AwgAAkYNAACfDwBWnw8ArJ8PAAKgDwAAAAAALl4OAGQLAgC6CwIAEAwCAGYMAgDG0QwALIILACbdDwB83Q8A0t0PAKzpCQAqlgAAPAMIAOgeAACgbA4A9mwOAExtDgBkCwIAAMoPAAZ1DgBcdQ4AVHEOAKpxDgAAcg4AVnIOAKxyDgACcw4AZAsCAADKDwCSoQEAkqEBAExCDgDS9gYAkkkAABZtBgAilAEAAgEAAAqkDwByDgAAZAsCABAmDwCEXg4AkkkAAMqQAABWAAAAZLMAALqzAACigAIA+IACAE6BAgA0HAEAihwBAJDfCwDm3wsAPOALAJLgCwBmiQAAjnYCAAY+CADOTgkAWtkAAIYYAABkswAAurMAAKKAAgD4gAIAToECAJJJAACOMgsAcFINAICFDQDWhQ0ALIYNAIKGDQDYhg0ALocNAOgeAAByDgAAAAAAAAAAAAAMow4AYqMOALijDgAOpA4ARPkAAKwaDQAQ5wQAQL8PAJa/DwDsvw8AvAwCAAAAAABQ3gUApt4FAPzeBQBwfw4Axn8OAByADgByDgAAyA4AAJKhAQBMQg4AajkCAJKhAQDooQEA7kEQACKUAQBOJwAAWtkAAPwsAgDuPQ4AqEkQAICWAADU6wAAfO4CAAY+CADctw8AOiECAJAhAgB0PgIADpIFAG4mDQDEJg0AJMICAHrCAgDQwgIAwmkEAAY+CABcPggAyi8QABZtBgA6VgcArOkJAGQLAgBa2QAA/CwCAO49DgDyVAMAIpQBAHwXAgDcBw0A3LcPADK4DwCIuA8A3rgPADS5DwCKuQ8A4LkPABZtBgA6VgcArOkJAGQLAgBa2QAA/CwCAO49DgDyVAMAIpQBAHwXAgA8AwgAAkYNAMyTAQCQVAYAjjILAHBSDQAKCwMABnUOAFx1DgCydQ4AmJMOAO6TDgBElA4AmpQOAPCUDgC6CwIAEAwCAGYMAgC8DAIAtKEOABjrBABu6wQAZPQLAPo/DAB0HwgAzk4JADABCgCSSQAAZAsCAAAAAADctw8AgJYAANTrAAAq7AAAAAAAAAAAAAA8AwgAAkYNAMyTAQCQVAYAjjILAHBSDQDC6gQAPjsOAJQ7DgAyYg8AugsCAJpfCQDwXwkARmAJAAAAAABkpA4AfMEBAE4nAACOygEA5MoBAEj/AgAKCwMALIILAM6uDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAvvgMABT5DAA02AkAitgJAJ7SAQByGgYA0vYGAJJJAAAWbQYAOlYHAKzpCQBkCwIADkoMAGRKDACqVwEAnD0NAPI9DQBIPg0Anj4NAPQ+DQBKPw0AoD8NAPY/DQBMQA0AokANAFAXDQCotgYAbnoMAMR6DAD0swcAlj4PACBqAgB2agIAzGoCACJrAgBkCwIALIILAM6uDgAkrw4Aeq8OAOZUBgBQ3gUApt4FALyLAQASjAEA+vEPADQcAQC25gUAzJMBACKUAQDyVAMAIpQBAHwXAgBkCwIADkoMAGRKDAAY1A4AbtQOALakDwAMpQ8AeEACAMTUDgAQ5wQAAAAAAGQLAgDKkAAAIJEAABz9DABy/QwAyP0MAB7+DAB0/gwAyv4MACD/DAB2/wwAJt0PAHzdDwDS3Q8AOiECALb6DwCSSQAAWtkAACqWAAAqlgAAhhgAAGQLAgAGdQ4AXHUOALJ1DgBWAAAArAAAAAIBAAAQ5wQAGNQOAG7UDgAQ5wQAkkkAAHhAAgDE1A4AEOcEAAAAAABkCwIABnUOAKx2EADMkwEAAgkEAFgJBACuCQQAXHUOALJ1DgAcUw0AclMNAMhTDQAeVA0AdFQNAMpUDQAgVQ0AdlUNAMxVDQAiVg0A5GENADpiDQCQYg0A5mINADxjDQBsZQIANN4MAAY+CACGGAAAQlACANQJEACsMwQAQiUCAJglAgBE+QAA8PsBABwcBwCExwIA2scCADDIAgC8iQAA0kICAHymCQByDgAAKsMBACKUAQDyVAMAAgkEAEIlAgCM3wwABj4IAGQLAgAOSgwAZEoMAJJJAACOMgsAcFINAMZSDQCQVgcA5lYHAMyhCACSSQAA4EkCAADKDwCs6QkAZAsCADwDCADoHgAAoGwOAPZsDgBMbQ4AVi8CAGaJAACK1ggA4NYIADbXCABQ3gUAhMcCANrHAgAwyAIAOiECAGaJAAC8iQAAkqEBAGaJAABsZQIAIoENAHiBDQDOgQ0AJIINAHqCDQDQgg0ANNgJAPo/DAAibQMAeG0DAOzkDADU6wAA+j8MAFYAAACSSQAAjjILAAAAAAAAAAAAAAAAADohAgC2+g8ATicAAJ4TDQDSQgIAOkwCAFAXDQC6+A0A4NYIAGgJAAC+CQAA5gwNALBHDQAGSA0AZokAAE4nAACSSQAAjjILAOzkDABkCwIAUBcNALr4DQDg1ggAaAkAAL4JAADmDA0AsEcNAAZIDQAsggsAZokAALyJAACkjQgAaAkAAL4JAADmDA0AsEcNAAZIDQAsggsAZokAALyJAACkjQgAaAkAAL4JAADmDA0AsEcNAAZIDQDCaQQAIpQBAIKZAQAilAEAnjYJAFzNDwCyzQ8ACM4PAF7ODwAAAAAAugsCABAMAgBmDAIAbP4OAML+DgBkCwIABnUOAFx1DgCydQ4AMmIPAGxlAgAAAAAAZAsCAAZ1DgBcdQ4AsnUOADJiDwA8AwgAAkYNAMyTAQCQVAYAjjILAHBSDQAOHwwAZB8MAJxqDgC6CwIAEAwCAGYMAgBQ3gUAhMcCAMjpAgBkswAAKpYAAMxJBwCSoQEATEIOAAY+CADqvA4AQL0OAJa9DgDsvQ4AQr4OAJi+DgDcBw0AmMIQAO7CEAAoQwIAnFICABZtBgA6VgcArOkJAFYvAgA0HAEAcg4AAAZ1DgBcdQ4AsnUOADJiDwAOHwwAZB8MAJxqDgC6CwIAEAwCAGYMAgA8AwgAAkYNAMyTAQCQVAYAjjILAHBSDQBqOQIAajkCAKIZDwBkCwIAugsCABAMAgBmDAIAvAwCACbdDwB83Q8A0t0PALoLAgDSQgIAfKYJADQcAQAAyg8AJAUPAA5KDAB8FwIAhhgAANwYAADSQgIAOkwCAFQLBgBkCwIAypAAACCRAAC69gwAEPcMAGb3DAC89wwAEvgMAGj4DAAUpw4AUhwPAKgcDwD+HA8ALl4OAMDjAQCgbA4A9mwOAExtDgBkCwIA5gwNALBHDQAGSA0AVHEOAKpxDgAAcg4AVnIOAKxyDgACcw4AZAsCAOYMDQCwRw0ABkgNAGaJAAC8iQAApI0IAGQLAgA8AwgA6B4AAKBsDgD2bA4ATG0OAGQLAgDmDA0AsEcNAAZIDQAGdQ4AXHUOAFRxDgCqcQ4AAHIOAFZyDgCscg4AAnMOAGQLAgDmDA0AsEcNAAZIDQAAAAAA9P0BAJJJAADKkAAA0kICADpMAgCWPg8AVgAAAKwAAAAAMQMAVjEDAKwxAwACMgMALIILAM6uDgASDQIAaA0CAL4NAgAUDgIAag4CACYXAgA02AkA+j8MAFDeBQCm3gUA/N4FAG56DABCUAIAmFACAAAAAACWPg8A7D4PADi7DwCOuw8A5LsPADq8DwDG0QwADh8MAGQfDACcag4ACgsDADy9DwCSvQ8A6L0PAAoLAwBkCwIAypAAACCRAADyVAMAkFQGAOZUBgCe0gEATEQPAFYAAADMkwEAkFQGAI4yCwDs5AwAJMICAMyTAQAilAEAIm0DAGaJAACyHw4AAuwKAA4fDACSoQEAZokAAJxSAgBOJwAAnhMNANJCAgA0HAEAZAsCADwDCAACRg0AzJMBAJBUBgCOMgsA+j8MAFBADABkCwIAugsCAJpfCQDQ2g4AJtsOAHzbDgDS2w4AKNwOAH7cDgDU3A4AUBcNAE4nAACSSQAAjjILAOzkDACuIRAABCIQAFoiEACwIhAABiMQAFwjEABqowwAZAsCALoLAgCeEw0A9BMNAEoUDQA8AwgA6rwOAEC9DgCWvQ4A7L0OANiKDwAuiw8AjnYCAJJJAACOMgsAUBcNADohAgA8Og4AkjoOAJJJAACOMgsAAkYNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAIaOEAAQDAIAZgwCALwMAgDMVw4AIlgOAHhYDgCeEw0A9BMNAEoUDQA8AwgA6rwOAEC9DgCWvQ4A7L0OANiKDwAuiw8AjnYCAJJJAACOMgsAUBcNADohAgA8Og4AkjoOAJJJAACOMgsAAkYNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAIaOEADOWA4AJFkOAHpZDgDcxgEAZAsCAAAAAABkCwIAugsCABAMAgBmDAIArO8MAALwDAAAAAAANNgJAPo/DABQQAwACgsDACyCCwDMSQcAIkoHANQJEACsMwQA6B4AAAY+CAAKCwMAzJMBACKUAQBOJwAAnhMNAHzuAgBI/wIAnv8CAAZ1DgBcdQ4AsnUOADJiDwCIYg8ApHAPAPpwDwBQcQ8ANloKAIxaCgDiWgoArO8MAALwDAAsggsAJt0PAHzdDwDS3Q8AOFsKALShDgAY6wQAbusEAKBmCwDOrg4AJjURAHw1EQDSNREAKDYRAA4fDACSoQEATEIOAKJCDgDcxgEA6B4AADTYCQCK2AkA4NgJAOZMAgCWPg8AwOMBABbkAQB8wQEAZvEJAIzfDADMSQcA/CwCAO49DgDyVAMAIpQBAHwXAgBI/wIAnv8CAAZ1DgBcdQ4AsnUOADJiDwCIYg8ApHAPAPpwDwBQcQ8AFI8CAGqPAgBMxQ8ABj4IAFw+CACOdgIABj4IAFYvAgA6VgcAMAEKACqWAACAlgAA1OsAAHzuAgAC2gEAWNoBAJKhAQBMQg4AkkkAAI4yCwAGdQ4AZokAANzGAQAY1A4AzJMBADqiAgAGPggAZAsCALoLAgAQDAIAZgwCALwMAgA8AwgAAkYNAGSzAABkswAAKpYAAHIOAAAqwwEATicAAIaOEAComw4A/psOAFScDgCqnA4AAJ0OAJY+DwDsPg8AQj8PANiKDwCemA8A9JgPAEqZDwCgmQ8ArJ0OAAKeDgBYng4AZAsCAGQLAgAKCwMANBwBADQcAQC25gUAjnYCAFqJAwBkCwIA9P0BAEr+AQCg/gEA9v4BAEz/AQCi/wEAhhgAACqWAACSSQAAiMcBAAY+CABWAAAAnjYJAAY+CACSSQAAZokAAIrWCABkCwIABnUOAFx1DgCydQ4AMmIPABAMAgBmDAIAvAwCADwDCAACRg0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAho4QAFrZAAD8LAIASG0PACqWAACAlgAAOkwCAAZ1DgBcdQ4AsnUOAGSzAABmiwEAAtoBAFjaAQCSoQEATEIOAJJJAAAGdQ4AXHUOALJ1DgBQFw0ARsIPAJzCDwDywg8ASMMPAJ7DDwD0ww8ASsQPAKDEDwAKCwMAAAAAAAAAAADMkwEAAgkEABjUDgAqlgAAVgAAAJBKAQA6TAIAYosCAITHAgCcUgIAjjILAGSzAAAAAAAACHoQALoLAgAQDAIAZgwCALwMAgCQywEAvn8QAOq8DgBAvQ4Alr0OAOy9DgAKCwMAugsCABAMAgBmDAIArO8MAALwDAAsggsAJt0PAHzdDwDS3Q8A3MYBADLHAQCIxwEA3scBADTIAQCKyAEA4MgBAHIOAACoLQIAhhgAAGQLAgAsggsAJt0PAHzdDwDS3Q8AAMoPAILQBwDY0AcALtEHAITRBwDa0QcAMNIHAIbSBwA6VgcAkkkAAOhJAAA+SgAAdJYDAGQLAgAsggsAJt0PAHzdDwDS3Q8AhhgAAAY+CABGtgkAIpQBAHwXAgAKCwMALIILAM6uDgC60Q8AENIPAGbSDwC80g8Acg4AAGaJAAD+4QYAVgAAAJKhAQA6IQIAPDoOAJI6DgDoOg4AxFMOAJKhAQBMQg4AokIOAPhCDgBkCwIAAMoPAE4nAABkCwIABnUOAFx1DgCydQ4ABj4IAEa2CQDG0w0AHNQNAC5eDgCEXg4AkqEBAExCDgCiQg4Azk4JAOBhDgA2Yg4ALl4OAIReDgCAlgAA1OsAAHzuAgAOeQ4AkkkAAI4yCwBwUg0AxlINANwHDQAyCA0AlugOAOzoDgBC6Q4AmOkOAO7pDgBE6g4AxnsMAJpfCQDQ2g4AJtsOAHzbDgDS2w4AZAsCADohAgC2+g8ATicAAJ4TDQDSQgIAOkwCAA5KDACQVAYAcg4AAGQLAgAOHwwAZB8MAI52AgA6TAIAhhgAAJJJAABkCwIAUBcNAEzFDwAGPggAZAsCAFrZAAD8LAIASG0PAJ5tDwBQ3gUAhMcCAMjpAgBkswAAKpYAAMxJBwCSoQEATEIOAAY+CACSSQAA4EkCADZKAgCMSgIAmOcNAJjnDQAgEgEAKpYAAICWAADU6wAAVi8CAKwvAgACMAIAWDACAK4wAgBWLwIATicAAI7KAQDkygEABnEMAFxxDAAAAAAAFhEDAND9CgCydQ4AZHkOABAMAgBmDAIAvAwCAKgtAgCoLQIAKpYAAGaJAABMxQ8AZLMAANJCAgA6TAIAivsFAJxSAgAWbQYAOlYHAKzpCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAD51AACcUgIAFm0GAAIJBABOJwAAml8JACqWAAAGPggABj4IANy3DwAyuA8AnjYJAFzNDwCyzQ8A3LcPAIYYAABkswAAWokDACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAVgAAAFYAAACSoQEAwmkEAGSzAACExwIAnFICABZtBgA6VgcArOkJAGSzAABmiwEAvLgCAK4hEACOMgsAqlcBAM5/DAAkgAwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIYYAADcGAAA9LMHAJJJAAAOkgUAbiYNADR0AgByDgAAgpkBACqWAACGGAAAkkkAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAueQYAhHkGANp5BgAwegYAhnoGANx6BgAyewYAiHsGACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAjjILAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSSQAAZokAAMyTAQAilAEAKpYAAICWAACSoQEAZokAAJDJAAAgkQAAuvYMAKSNCAD6jQgAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMJpBAAilAEA8lQDAJBUBgAWbQYAZokAAIrWCADCaQQAIGoCAGaJAACcUgIAFm0GADpWBwCs6QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCcUgIAZokAAGaJAAC8iQAAEooAAGiKAAC+igAAFIsAANJCAgA6TAIAcg4AAMgOAAAwAQoA0kICAGSzAAAqlgAATicAAI7KAQDkygEABnEMAFxxDAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHwXAgAC7AoAWOwKAJ7SAQAGPggAOiECAGSzAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMALnkGAIR5BgDaeQYAMHoGAIZ6BgDcegYAMnsGAIh7BgDMkwEAOqICAJCiAgDmogIAPKMCAJKjAgDoowIAcg4AABSPAgBqjwIAnFICAI4yCwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCCBQ0A2AUNACqWAACqVwEAJjURAHw1EQDSNREAKDYRAH42EQDUNhEAKjcRACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIIFDQDYBQ0AZLMAAGaLAQAC2gEAWNoBAJKhAQBMQg4AkkkAABZtBgA6VgcArOkJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIIFDQDYBQ0AFm0GAGxtBgDCbQYAGG4GAG5uBgDEbgYAGm8GAIpfDQDgXw0ANmANAIxgDQDiYA0AOGENAI5hDQAEWgEAggUNANgFDQDKkAAAIJEAALr2DACkjQgA+o0IAFCOCACmjggA/I4IAFKPCABGtgkAOlYHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIIFDQDYBQ0Acg4AAMITBAAYFAQATEIOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAggUNANgFDQCsMwQAAjQEAFg0BACuNAQABDUEAFo1BACwNQQABjYEAFw2BACyNgQACDcEAARaAQCCBQ0A2AUNAE4nAACSoQEAWokDAFrZAAD8LAIAWokDAHIOAADCEwQAGBQEAExCDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIIFDQDYBQ0AZjsEALw7BAASPAQAaDwEAGQLAgAKCwMA6EkAAAR4EABaeBAAsHgQANJCAgB8pgkAWtkAAPwsAgA6IQIAkqEBAGQLAgAsggsAzq4OABINAgBoDQIAvg0CABQOAgBqDgIAAAAAAGQLAgA02AkAitgJAGKLAgAGcw0AXHMNALJzDQAIdA0APAMIABrVDgBw1Q4AxtUOABzWDgBy1g4AyNYOADwDCAAa1Q4AcNUOAMbVDgAc1g4ActYOAMjWDgAsggsAzq4OABINAgBoDQIAvg0CABQOAgBqDgIAlj4PAAh6EABQFw0AItkOAFa+CQDKkAAAZokAAFAXDQAi2Q4AVr4JAMqQAABmiQAAitYIAGQLAgCWPg8ACHoQAF56EAC0ehAACnsQAGB7EAC2exAADHwQAGJ8EADKkAAAkqEBAJKhAQBkCwIA3AcNADIIDQCICA0A3ggNANq2DwAilAEAfBcCAGQLAgAOSgwAkFQGAI4yCwDkMgsAcg4AAE4nAACSSQAAZAsCAFDeBQCm3gUA/N4FABhVDwBuVQ8AxFUPABpWDwB8FwIAZvEJALzxCQBkCwIAUN4FAKbeBQD83gUAGFUPAG5VDwDEVQ8AGlYPAJDJAAByDgAA6B4AAAY+CABkCwIAOiECAFqJAwAKCwMAwOMBAF56EACCggsABj4IAGQLAgAAyg8ATicAAGQLAgAOSgwAZEoMAIYYAAAqlgAAgJYAAGQLAgAsggsAzq4OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQA8AwgA2IoPAC6LDwDAjwIAFpACAGQLAgAGdQ4ADpIFAG4mDQDEJg0AGicNAJY+DwDsPg8Alj4PAOw+DwBCPw8AmD8PAFDeBQCExwIASpsQAKCbEAD2mxAATJwQAKKcEAD4nBAATp0QAKSdEACWPg8A7D4PAFAXDQA6IQIAPDoOACTCAgDuNQoALIILAM6uDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAAPwsAgBIbQ8Anm0PAAZ1DgCsdhAAPkoAADqkAwAyCA0A0kICADpMAgBiiwIAkkkAAGQLAgBQ3gUAhMcCAEqbEACgmxAA9psQAADKDwBOJwAAZAsCAAZ1DgCsdhAAPkoAALoLAgCeEw0AkqEBAJKhAQDooQEAWtkAAMyTAQAilAEAfBcCAGQLAgAsggsAzq4OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMqQAADSQgIA2rYPACKUAQB8FwIAZAsCAOYMDQA8DQ0ATMUPAAY+CACSoQEAwmkEACKUAQB8FwIAZAsCAADKDwBOJwAAZAsCAAZ1DgCsdhAAPkoAAHKvEADIrxAAHrAQAHSwEADKsBAAILEQAHaxEADMsRAAIrIQAHiyEADOshAAJLMQAHqzEACoLQIA/i0CANKyDwBMxQ8A3BgAAN5GAQDoSQAAPkoAAHSWAwBkCwIALIILAM6uDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAMoPAILQBwDY0AcALtEHAITRBwDa0QcAMNIHAIbSBwBYRg0ArkYNAARHDQBaRw0ACgsDAAAAAAAAAAAAAAAAAGQLAgBuegwAcgURAMgFEQAeBhEADkoMAGRKDACK5hAA4OYQADbnEACM5xAA4ucQAFAXDQCsEAgABj4IAFqJAwBmiQAAjnYCAIYYAABkCwIAUBcNAKwQCAAGPggADh8MAIYYAAByBREAyAURAB4GEQAOSgwAZEoMAIrmEADg5hAANucQAIznEADi5xAAUBcNAKwQCAAGPggAcg4AABSPAgBqjwIAitYIAODWCAB8FwIAAuwKADQcAQBkCwIADkoMAGRKDACK5hAA4OYQADbnEACM5xAA4ucQADohAgCQIQIAxO8GACrFAgCSoQEATEIOAA5KDABkSgwAiuYQAODmEAA25xAAjOcQANIXAgBkCwIAfBcCAALsCgBY7AoAbnoMAHIFEQDIBREAHgYRAA5KDABkSgwAiuYQAODmEAA25xAAjOcQAOLnEABWAAAAkEoBAOZKAQAkwgIAzJMBAAY+CADctw8AgJYAAGqjDAAUjwIADpIFAG4mDQCcUgIAjjILAHwXAgBaiQMACgsDAGY7BAC8OwQAEjwEAGg8BABa2QAAzJMBAJBUBgDoSQAAZAsCACyCCwDOrg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgAGdQ4AQr4OAExrDQA02AkAitgJAICWAAD6PwwAUEAMAGQLAgAOHwwAZB8MAJxqDgBWAAAANBwBAGQLAgAsggsAJt0PAHzdDwAAAAAA0t0PAIyPDwDCQAUAtuYFAEzFDwAGPggAZAsCALoLAgAQDAIAZgwCALwMAgBa2QAAzJMBAJBUBgDoSQAAZAsCACyCCwDOrg4AJK8OAHqvDgDmVAYAUN4FAKbeBQC8iwEAGvwMAHD8DABw/AwARL8OAHzBAQCYCgoA7goKAEQLCgAEdg8AWnYPAFYAAACQSgEA5koBAJY6DQDsOg0AQjsNAJg7DQBkCwIAUN4FAKbeBQCMjw8A4o8PADiQDwCOkA8A5JAPADqRDwDCaQQAyH4NAB5/DQDS9gYAWokDAGSzAAC6swAAwqQMABilDABupQwABnEMAFxxDAAqlgAAgJYAANTrAAB87gIAfBcCANIXAgBmiQAArHYQAD5KAAB0lgMAypYDAFAXDQCmFw0A/BcNAAZ1DgBcdQ4AsnUOAGR5DgAQDAIAZgwCAKzvDAAC8AwAQr4OAExrDQA8AwgA6B4AACqWAAAGdQ4ArHYQAD5KAAC6CwIAho4QANyOEAAyjxAAiI8QADwDCADYig8ALosPAMCPAgAWkAIAZAsCAAZ1DgAOkgUAbiYNAMQmDQA02AkAitgJAJY+DwDSQgIA+j8MAFBADABkCwIANBwBALbmBQAkwgIA7jUKAJ4TDQDSQgIAZAsCADQcAQCKHAEA0kICADpMAgAOSgwAZEoMAE4nAACeEw0A0kICADQcAQC25gUAnFICABZtBgA6VgcAKpYAANL2BgDQygYAkkkAABZtBgA6VgcArOkJAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAJ4TDQDSQgIAZAsCAAZ1DgBmiQAA3MYBAKx2EAA+SgAAdJYDAMqWAwBwrA8Acq0PAMitDwAerg8AugsCABAMAgBmDAIAbP4OAML+DgBkCwIABnUOAFx1DgCydQ4ADHQMAGJ0DAC4dAwADnUMAGR1DAC6dQwAEHYMAGZ2DABMAwQAogMEAIyPDwDijw8A6PkCAD76AgBMQg4AMscBADZoEQCMaBEAtNQSAGj6DQBaiQMAgMMBAOSUEQCO7BIABj4IANI+AADiaBEAOGkRAOSUEQCoSxEAQkwAANJkEwCO7BIABj4IAI7sEgCO7BIABj4IAOSUEQCw0hIAjuwSANJkEwB8FwIAPh8AACASAQDSZBMAIBIBAISPEQCEjxEABj4IANy3DwBAIAAAIBIBADzKAABUCwYASEYRAEhGEQCO7BIAVAsGAI7sEgCgbA4ALGMRAIJjEQBO9REANmgRAIxoEQA+QxIA0mQTAGgJAADklBEALGMRAIJjEQAgEgEAzl4RAL6uEgAUrxIAwq4RAHwXAgCEjxEANpMRAIyTEQA2aBEAjGgRAOZBEgA0HAEACHoQAISPEQCIZhEAhI8RAKzpCQCWGxMATvURAOSUEQB+YxIAjuwSAGgJAABoCQAAVngRAKx4EQACeREA0mQTAHIOAACUbBEA6mwRAJRsEQDqbBEAiLwRANJkEwBMaw0ASP8CAAY+CACkjQgABj4IAFZ4EQCseBEAqvoSACASAQBWeBEArHgRAKr6EgA+HwAANmgRAIxoEQDuUAIAZAsCACiCDADklBEACgsDAJJJAACEjxEAOqICAAY+CADklBEAKkQCAJRsEQDqbBEAhI8RAOhrEQA+bBEAlGwRAH6OEgCUbBEAfo4SALCnEgCEjxEAYH0RAFh5EQCueREAzl4RAFh5EQAAAAAAZAsCAFZ4EQCseBEAVngRAKx4EQBWeBEArHgRAEBtEQBO9REAlEUTAOpFEwBqOQIA6GsRAM5eEQCUbBEA6mwRAGo5AgAGPggAZAsCANJkEwBkCwIAQkcTAKJzEQBYUhMA5JQRAOSUEQAQ5wQAEOcEABDnBAAKCwMAitYIALb6DwCKAwoAtvoPABpWDwAaVg8AkkkAABJ5DQACphIARPkAAHIOAAByDgAAFIIRALB4EABE+QAAjpYSAHIOAACweBAAhI8RAISPEQCEjxEAhI8RAISPEQDOXhEAzl4RAISPEQCEjxEAhI8RAISPEQCEjxEAhI8RAM5eEQDOXhEAzl4RAISPEQCEjxEAhI8RAM5eEQDOXhEAIIgRAM5eEQDOXhEAhI8RAGQLAgBkCwIAcAgTAGgJAABwCBMAaAkAACiMEQDktw0AZAsCANJkEwDSQgIAmAoKAGQLAgByDgAAcg4AAISPEQCEjxEAkqEBAFhSEwBWeBEArHgRAAoLAwDklBEA0mQTAHIOAADekREAZAsCAC7HAgDoHgAAWokDAGbxCQCGGAAABj4IAHqjCAAGPggABtMSAOSUEQBs2xIAWFITAHIOAADgdAIAWtkAAFrZAABa2QAA0mQTAFrZAACUTgIA1AkQANJkEwDgdAIA0mQTACJrAgDg6hIA9soSAEzLEgBCmREA0mQTAJxJEwDySRMALPECACASAQDSZBMAcNkQAGgJAADSZBMAVgAAAIYYAADctw8AqEsRAFqJAwDMihIAVgAAAODqEgBoCQAA0mQTAH5jEgBoCQAA5JQRAOSUEQDklBEAaAkAAGgJAABGRxIA5JQRAKhLEQAUjwIAWokDALSnEQBWCAQA8NQDAASlEQCs3QMAKGUTAKwQCADOXhEAvq4SABSvEgAS2RIA6tEDAFZ4EQCseBEAqvoSAN68EQDOXhEA0mQTAFbhBQDo0AMA8PARAM5eEQCEjxEAhI8RAFZ4EQCseBEAhI8RADaTEQCMkxEAyA4AAOSUEQBGYAkATEIOAOSUEQAskBIALJASAOSUEQBwshIAMJARAPguBABkCwIA5JQRAMSvEQBUCwYA0mQTAGQLAgBkCwIAZAsCAChlEwBkCwIAqEsRANJkEwBkCwIA5JQRAFhSEwA2kxEAjJMRAGQLAgBU4AUARnISAPCOCwAuXg4A0mQTAMRuBgDSZBMApGYKAArTEQBAIAAA5JQRAMSvEQAasBEAtlQSANJkEwAUjwIATEIOAOSUEQCw0hIARPkAAEZyEgDw8BEAkuALABK1AAA6IQIAZAsCAM5eEQC+rhIAFK8SAFZ4EQAIqRIALl4OAJRDEgCoSxEAcg4AACASAQAwuxEAjD8SAOI/EgC2VBIAkkkAAM5eEQC+rhIAFK8SABLZEgBo2RIAtlQSAJJJAAC2VBIAkkkAABRXEQCexxEA0mQTAGQLAgDSZBMAZAsCAOSUEQCw0hIATvURAOSUEQBqrREAwK0RABauEQCCOhIAZAsCAExrDQC00hEA5JQRAISPEQA2kxEAjJMRAGTVEQD4BwYAqEsRAJYbEwB+ggwAKGUTAISPEQAoZRMAhI8RANTiEQAq4xEAgOMRAGqtEQDArREAFq4RAGyuEQD2SRIA1OIRACrjEQCA4xEAFFcRAOxVBQDOXhEAvq4SABSvEgAS2RIAaNkSAEwRCwDSZBMAFI8CAFqJAwDSZBMARnISAKhLEQAQ5wQA6NADAI4yCwCEjxEANpMRAIyTEQAMVRIAQCAAAM5eEQC+rhIAFK8SANJkEwAKCwMAEtkSAGjZEgDs3gkAtlQSAJJJAAAm4REAfOERANLhEQC+2RIAxG4GACbhEQCEjxEA2rwSAM5eEQAoZRMAhI8RADaTEQAoZRMATEIOAGQLAgBYUhMANpMRAIyTEQBG2wYA5JQRALDSEgDSZBMAoBQNAOSUEQDSZBMAypwGAGTXEgDOXhEAKGUTAJRsEQDqbBEABj4IAOxEEgDU4hEAKuMRAIDjEQBYUhMANpMRAIyTEQC0pxEAFI8CAExCDgBk1xIA0mQTAExCDgBkCwIAgI8SAAY+CAAkwgIAZNcSALrXEgAQ2BIAFFcRACASAQDklBEA0mQTAEK+DgCoSxEAaqMMAM5eEQBk1xIAzl4RAGTXEgCEjxEAKGUTAChlEwAoZRMAhI8RADaTEQCMkxEAaq0RAMCtEQAWrhEALmYSAL7ZEgAU2hIARnISAEAgAABsrhEANL0RAGTXEgC61xIAENgSAGbYEgBYUhMAMJARAN5qEwAotxEAfrcRAN5qEwAm4REAZNcSAM5eEQC+rhIAFK8SAM5eEQC+rhIAFK8SANJkEwDIsxIA7OQMANJkEwBMQg4A0mQTAEIGCACoSxEAZAsCAFQLBgAgEgEA5JQRAHCyEgAwkBEAUs4SAAAAAAAGPggAAAAAAH5lEwDklBEAcLISADCQEQBSzhIAAAAAAAY+CAAAAAAA0mQTANJkEwC01BIA0mQTALTUEgDSZBMAtNQSAH5lEwDSZBMALJASAChlEwCEjxEAhI8RADaTEQCMkxEA5JQRAAAAAACw0hIATGsNAM5eEQC+rhIAFK8SAKagEQDSZBMA4OoSAJJJAAAEURIACKkSAKwQCADEsRIAGrISAKr6EgBaiQMAZNcSALrXEgAQ2BIA5JQRAOSUEQCEjxEANpMRAIyTEQDMeAkAAAAAAKIfEgD4HxIATiASAHqjCADavBIAML0SAIa9EgDSZBMAFFcRAOzkDAB8wwIATEIOAOSUEQDSZBMAzIoSAIB/CgAUVxEA0mQTAKzpCQBO9REAVngRAKx4EQCUbBEA6mwRAM5eEQC+rhIAFK8SACJtAwDklBEA0mQTAJLQAwCEjxEAhI8RADaTEQCMkxEABj4IAEAgAACEjxEAXKgSAISPEQA2kxEAjJMRAF5VEwAAAAAAzl4RAL6uEgAUrxIA5JQRAMSvEQAasBEAqEsRAOSUEQBo8gkARnISAKhLEQDgHAEAAAAAANJkEwBGchIAqEsRAOAcAQAULhIAzl4RAL6uEgAUrxIAcLISADCQEQDSZBMA5JQRAISPEQA2kxEAjJMRANJkEwBaiQMASnQSAGQLAgDUOBIAhI8RAET5AAAgeAkAkkkAAGzbEgBaiQMAVAsGANJkEwCAlgAALJASACJtAwCa8BEAZAsCAGQLAgDklBEAqvoSAK5SEwAgEgEATvURAGQLAgDmQRIAkFQGAMSvEQAasBEAmvARACKUAQAULhIAai4SAMAuEgAGPggAAAAAAAAAAAAAAAAA0mQTAEZyEgAAAAAAAAAAAAAAAADmQRIApEsSAJJJAABkCwIAIBIBANJkEwDg6hIARnISAAY+CACEjxEA8PARAPDwEQCEjxEAMJARAEj/AgBqWxMAvq4SABSvEgAS2RIAaNkSAJYbEwBYUhMAMJARABDnBADOXhEAJF8RABDnBAAqlgAAkkkAAAIRCADSZBMAZokAAAIRCAAoZRMArlASAJrwEQBWeBEArHgRAEBtEQDErxEAGrARAFZ4EQCseBEAQG0RAMSvEQAasBEAkkkAAJJJAAAK0xEAfMEBANq8EgAwvRIAhr0SALZUEgDSZBMAWokDAISPEQDSZBMAktADALbVEgBkCwIAhI8RADaTEQCMkxEAGFsSAG5bEgAQ5wQAEOcEANJkEwCS0AMAktADAFTgBQCAjxIAqEsRAAAAAADSZBMA0mQTACqWAADklBEAktADAMizEgBkCwIADEcLAHwXAgDcZxIAMmgSAFYAAABWAAAAxG4GAOSUEQBkCwIA0mQTANJkEwCGGAAAzl4RAL6uEgAUrxIAPu0RAKAUDQDq0QMAhI8RADaTEQCMkxEAlj4PAFZ4EQAIqRIA1I4SAH5jEgCs6QkAfmMSAH5jEgAGPggAhhgAAFZ4EQAIqRIArHgRAM5eEQDklBEAfmMSANRjEgAqZBIAlhsTAJRuEgBkrBIAhI8RAJLQAwDklBEASA0KAFYUCgAAAAAA9EgSAEpJEgAAAAAAAAAAAMAeCgAsJAcAoBQNAOSUEQDSZBMA0mQTACyQEgCSSQAA5JQRANJkEwAIehAA5JQRACASAQBkCwIA5JQRAHS0EgCGGAAAMLsRAJYbEwBO9REA0mQTANJkEwDSZBMAhhgAAIYYAACGGAAATvURANJkEwDSZBMAhhgAAIYYAACGGAAAhhgAAIYYAACEjxEANpMRAIyTEQDSZBMAZAsCANJkEwBkCwIA0mQTACASAQDAhBIAIBIBAGQLAgDSZBMAaAkAAMCEEgBoCQAAyLMSAKzpCQDAhBIACgsDAAAAAABaiQMAbIUSAFqJAwDSZBMAyLMSAPJ0EwDklBEA8nQTANJkEwDydBMAhI8RADaTEQCMkxEA0mQTADi7DwAgEgEAqEsRAHIOAAByDgAAqEsRAExCDgDIsxIACgsDAM5eEQC+rhIAFK8SAISPEQA2kxEAjJMRAGQLAgA6TAIA0mQTAGQLAgDSZBMA5JQRAJxyEgBkCwIAZAsCAFQLBgDYkBIAIBIBAEQ2CgCWGxMA5JQRAAY+CABoCQAA0mQTAMCEEgAAAAAAZAsCAJRsEQDqbBEAiLwRAAh6EACEjxEANpMRAIyTEQDK3xIA5JQRADRAEwCw0hIA3j8TAOSUEQDklBEAjpYSAOSWEgA6lxIAjpYSAOSWEgA6lxIAkJcSAOaXEgCOlhIA5JYSADqXEgCQlxIA5pcSALDSEgCEjxEANpMRAIyTEQDK3xIA5JQRADRAEwCw0hIA3j8TAOSUEQDyPQ0A5JQRAJJJAAAkwgIAkkkAAFhSEwA2kxEAjJMRAOSUEQAApRIABj4IAFqJAwCYOw0ACgsDANYQEwAIqRIAkMsBAGQLAgByDgAAAAAAAGqjDAAAAAAAfo4SAFKjEgCooxIA/qMSANJkEwBYUhMANpMRAIyTEQBkCwIAaAkAABDnBAAQ5wQAlhsTAGQLAgDOXhEAZAsCAOSUEQAKCwMA5JQRANx0AwDg6hIA4OoSAJY+DwDklBEA0mQTAGQLAgBWeBEArHgRAFhSEwA2kxEAjJMRAFhSEwBkCwIABj4IANJkEwAGPggAVKQSANrbDACs6QkAaAkAAJYbEwBm5wQAxjMTABKMAQBE+QAAUs4SAJRsEQDqbBEA/kMNANYQEwC6SgwAZAsCACq6EgBkCwIAukoMAOjuEgCW8BIAPGMNAMDjAQDOXhEAvq4SABSvEgBkCwIA0mQTANJkEwBYUhMAFI8CABSPAgBYUhMAWFITAAY+CAD0cREASnIRADbAEgC6fxEAzl4RAISPEQAwkBEAKBgCAFAXDQAqwwEAWHkRAM5eEQBIVQMAwOMBAFTgBQDytgkAPFcHAHwXAgCSSQAANvwFAAY+CADSZBMATEIOAHAIEwAuxwIAVloCAC7HAgBWWgIA9lQCAPCOCwAoZRMAfMMCANJkEwBoCQAAZAsCABCAEQDoHgAASFUDAEJHEwBkCwIA0mQTAOhrEQDgyAEA0mQTAJYbEwDYZxMAZucEANJkEwAKCwMACgsDAAoLAwAKCwMA5JQRAOSUEQBysxIAMJARABawEgBkCwIAkkkAABSPAgC01BIAcg4AAExCDgDOXhEAvq4SABSvEgB6owgAhI8RADaTEQCMkxEAvtkSABTaEgDErxEAGrARAMSvEQAasBEAhI8RAOjuEgBqOQIA0mQTAGQLAgBI/wIAlGwRAPj2EgDklBEAtP8SAMh+DQBMxQ8AZAsCAOjuEgCW8BIAWKAPAIYYAADo7hIAlvASAFigDwBsZQIA6O4SAJbwEgBYoA8AVngRAKx4EQCq+hIAVvsSAB7fEgB03xIAIuESAOjuEgCW8BIAWKAPAOjuEgCW8BIAWKAPAOjuEgCW8BIAWKAPAFZ4EQCseBEAWKAPAIReDgBWeBEA+qESAFhSEwBcqBIA0mQTAGQLAgBOJwAATicAAHwXAgBWLwIASEYRANzoEgCY5w0AsNISAGQLAgDSZBMAZAsCAMZSDQDowxIALl4OAGQLAgBkCwIA1roSAE71EQCURRMArHgRAJDLAQBkCwIAcoAOAD6iAQCeEw0Ayt8SAISPEQB8FwIAGicNAMrfEgAKCwMAyt8SAAoLAwDklBEAZAsCAGQLAgDo7hIAlvASANJkEwBWeBEArHgRAKr6EgBQQAwAZAsCAGQLAgBkCwIAiLwRAGQLAgDI3hIAiGIPAHIOAAC6pA4AlGwRAOSUEQDOXhEAavkMALpKDABeVRMAAAAAALpKDABgpA8AwAUTAGKlDwAWBhMATvURAGatEgBYUhMAMJARAOjuEgAyYg8ASEYRAE71EQDABRMATvURABYGEwBO9REA6O4SAJbwEgDcvRIAVgAAAM5OCQCSSQAAUnYRAHIOAABkCwIAukoMANa6EgBkCwIA1I4SAGxlAgCy/hIA4EATADZBEwBaiQMAUEAMAAY+CABkCwIAZAsCAGQLAgDSZBMAXEgNAFxIDQBcSA0AXEgNAHwXAgB8FwIAtM4PAGQLAgBWeBEAJg4TAOjuEgA6QxMAZAsCAOjuEgCIYg8AZAsCAI7sEgCi9hIAVngRAPj2EgBkCwIAtP8SAAoAEwB8ORMAYAATAGQLAgBkCwIA6O4SAIhiDwCO7BIAovYSAFZ4EQD49hIAZAsCAKIZDwA6GBMAVngRAKx4EQBYUhMAMJARAGQLAgDWEBMAlhsTAJYbEwBE+QAAuKsSAJIZEwBkrBIAFuQBAFxIDQBcSA0AXEgNAFxIDQBkCwIAsv4SAECYEQBYeREAsnsRAFBADAAYVQ8A7lACAJBDEwD6oRIAjuwSAOSUEQCSRBMA5JQRAJYbEwAKCwMAmOcNAJjnDQBkCwIAoBQNALT/EgAKABMABj4IAAY+CADcjhAAVngRAKx4EQCgFA0AtP8SAAoAEwAGPggABj4IANyOEADa5xIAMOgSAFZ4EQAIqRIAsKcSAAAAAADklBEA5JQRAEj/AgCEjxEA6O4SAKZxDwCyUhIACKkSAAorEwDONxMAWFITAFyoEgAKCwMACFMSAKr6EgCOMgsA0mQTADxNAgBWAAAAyt8SAOjuEgCmcQ8AkkkAAISPEQAGPggAZAsCAFZ4EQCseBEA3I4QAEI/DwAKCwMACgsDAHzBAQB8wQEAfMEBAHzBAQAKCwMA5JQRAHzBAQBkCwIAZAsCAGQLAgAAAAAAAAAAAOjuEgA6QxMAVngRAKx4EQDcjhAAnm0PANJkEwDo7hIAjjILANJkEwDo7hIAQkcTAOSUEQBkCwIAZAsCAFqJAwAGPggAKpYAAGQLAgCy/hIA4EATADZBEwCMQRMA4kETADhCEwCOQhMACgsDAFZ4EQCseBEAQG0RALT/EgAKABMA5JQRAFZ4EQAIqRIAOu0SAFhSEwA2kxEA6GsRAP4tAgDc6BIA7kcTAERIEwCaSBMA8EgTAFhSEwAwkBEA3NIHAFhSEwDklBEA9ksTAAoLAwBMQg4AGlQOACLhEgBOQw4A6O4SADJiDwDc6BIA7kcTAERIEwCaSBMA8EgTAEZJEwAi4RIA3OgSAO5HEwBESBMAmkgTAPBIEwBGSRMAhI8RAJYbEwBA8BIAIBIBANa6EgDSZBMAIBIBALDSEgAgEgEAsNISAJRsEQB+jhIAIBIBAGQLAgDo7hIAlvASAFZ4EQCseBEA/i0CALYrEwC2KxMA/i0CAM5eEQDOXhEAzl4RANTiEQDOXhEAzl4RAM5eEQDOXhEAlGwRAH6OEgDOXhEA1OIRAM5eEQDArxIAzl4RAMCvEgDOXhEAwK8SANq8EgDArxIAzl4RAMCvEgDOXhEAwK8SALyrEQDArxIAzl4RAMCvEgBqrREAwK0RAAJ5EQBkCwIAlhsTAGQLAgAKCwMA5JQRAIYYAABMQg4AWHkRAIzAEgBsBhMAbAYTAFh5EQCueREAitYIAIBmEwAKCwMACgsDAHIOAAByDgAAoJ0RAOSUEQAW5AEAzl4RANJkEwBCPw8A3moTAEI/DwDSZBMAzl4RAKhLEQDSZBMAqEsRAM5eEQC+rhIAqEsRADhtEwCObRMAzl4RAAoLAwAouRIA5JQRAGQLAgBkCwIAZAsCAPJ0EwBkCwIAZAsCAGQLAgDydBMAZAsCADbXCADydBMA0mQTAOLnEABkCwIAZAsCAPJ0EwDklBEAaq0RAMCtEQAWrhEAzl4RAARaAQCO7BIAovYSAGQLAgBYUhMAMJARAFZ4EQCseBEAqvoSABKMAQDG/AwAuCwTAMYzEwBMQg4ANpUSAH6OEgCwpxIALl4OAISPEQBcqBIALl4OANJkEwCK1ggApqARAHS0EgDo7hIAlvASAFZ4EQAIqRIACisTANJkEwCoSxEAGicNAIYYAADSZBMArOkJAFZ4EQCseBEAqvoSABjUDgCmoBEAgjwTAFZ4EQAmDhMA6O4SADJiDwDSZBMA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    if (title === "" || indent < MOCHA_TITLE_INDENT || titles.lines >= SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = void 0;
      if (titles.lines === 0 && titles.named && titles.first.endsWith(":")) titles.unit.name = titles.first.slice(0, -1);
      return false;
    }
    titles.lines++;
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
