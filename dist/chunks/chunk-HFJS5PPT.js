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
} from "./chunk-4YEXCTX3.js";
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
} from "./chunk-O24SURXN.js";
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
var DERIVED = `{"prefilter":{"key":"rules 283\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"(?:localhost|localhost\\\\.localdomain|localhost6)\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,157,166,200,212,213,239,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,454,456,457,458,459,460,461,462,465,466,467,469],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,54,56,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12885,"states":14566,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAAAiLAcABgAAABc8AgAHAAAAPBEIAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAACMvwkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAOO4DgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAANrLBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAF9sNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAEdYCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAAClShAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABuhQwAPwAAAA6QDABAAAAAAe8PAEEAAABS9Q0AQgAAAAAAAABDAAAAo/kNAEQAAAAAAAAARQAAAIEbDgBGAAAAfCAOAEcAAACNYBIASAAAAAw7DgBJAAAAVUcOAEoAAAAzaQ4ASwAAAIhpDgBMAAAA3WkOAE0AAAB1fA4ATgAAAHGADgBPAAAAQq8OAFAAAAAXLw8AUQAAAGwvDwBSAAAAvTMPAFMAAAD7SRAAVAAAAFBKEABXAAAAqgAAAFgAAAAqJwQAWgAAAFVLCgBbAAAAuEYBAF4AAAALnwAAYAAAAMvUCgBhAAAA8AYJAGkAAAB9KwIAbAAAAIQiBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAmq8LAAIBAAA5thAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAjrYQAP4IAADjthAATgkAANhuDgBUCQAAoQkAAGEJAAAUiwsAZQkAADJqDgBoCQAABkQLAKgJAAD2CQAArgkAAAKdCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAA4txAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AANPKDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAoVAOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAJ8HBABnDgAAok8OAKIOAADxDgAAqw4AAFpHCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAjbcQAD4YAAAkdhAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAAApzggAmRgAAO4GCwCaGAAA5xgAAJwYAAARQwEAnRgAALqSCACfGAAAxYgHAKEYAAAA9AsAoxgAAGs4BwCoGAAArk8CAKsYAADD4AYA6BgAADwZAADqGAAA+qkGAO0YAAB/HwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAOK3EACSHgAA4R4AAJYeAABe6Q0Aox4AAO1bDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAA2nQGAOgfAAA1IAAAOCAAAA6WBgA8IAAAiiAAAEAgAAATPQUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAN7gQANsmAAA5xQEA3iYAAKycDADiJgAAmgAQAOUmAAAuJwAA5yYAAHIvCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACMuBAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAADhuBAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAA2uRAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACLuRAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AADW6EAAzPgAAbD4AAHQ+AACKuhAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAN+6EAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAA0uxAAvEgAAMQ5AgC9SAAAOG0FAL5IAAAF8wcAwkgAAAxJAADDSAAA+PwKAMVIAAC0RQYAy0gAABBDAgASSQAAW+oPABhJAABhSQAAZ0kAAMaLAwBpSQAAibsQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAN67EAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAM7wQAEthAACeYQAAoWEAAPNhAAD2YQAAiLwQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAADdvBAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAADK9EADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AACHvRAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AADcvRAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAADG+EACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAIa+EACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAA274QAM6HAABzfQ8A0IcAAJLBAQDThwAAOW8CANSHAABp5AcA1YcAAGuOBgDWhwAAOMcAANeHAACySwIA2ocAAAg+DwDchwAAIogAAN6HAAD6pwgA44cAAEC5BgDkhwAA/50NACyIAAAUjQkAMYgAAHeIAACDiAAAzIgAAM2IAAAS6gMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAML8QAOWOAACFvxAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAbYYMAHyPAAAd4QEAf48AAB6ADACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAC45woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAANq/EABxlAAAwJQAAHOUAADXwBIAepQAANbNBgB8lAAA2R8HAH6UAACrUwEAg5QAAMMwDACHlAAAL24NAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAITAEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAADZwBAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAAAuwRAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAIPBEABQsQAAPr8CAFOxAADNhgEAV7EAAFeiBgBZsQAA7V8IAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAABvcCABasgAAorIAAKyyAAD3sgAA+LIAADRmEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAADYwRAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAC3CEAA6zgAAhs4AAJDOAADbzgAA5s4AAILCEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAADXwhAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAAHLeBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAACzDEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAACBwxAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAANbDEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAAArxBAAG+kAAMLlAgAe6QAAa+kAACPpAADeFwoAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAgMQQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AADVxBAAX/YAAK5DDgBg9gAAs/YAAGH2AAClowwAaPYAAAFGDgBp9gAAvD4FAG32AACWEgIAbvYAABovDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAACrFEABf/AAAf8UQALX8AADUxRAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQApxhAAAwMBAH7GEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEA08YQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQDfwwcAXgUBAMsvBQCtBQEA+QUBALMFAQCCcwoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAKMcQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQB9xxAA+A4BADVxBAD6DgEAnlIPAP0OAQBrMg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEA0scQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAJ8gQAJgYAQB8yBAA6BgBAOTABQDrGAEAOxkBAO8YAQDQ2AEA8hgBAOIVCAD0GAEATLIBAPoYAQCqUAUAQhkBADNsCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQDSfAYAVhoBAHKHBgCUGgEAzYEGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BACbJEADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQAlyhAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAesoQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAM/KEADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAM7LEADWLwEAI8wQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAeMwQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAzcwQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQAizRAAvUYBAA1HAQAORwEAl1oOABxHAQAwwwwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAHfNEAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAzM0QAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQAhzhAArFMBAPcGAgC1UwEAlAoMALdTAQBKpRAAuVMBAC3GDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAyNUMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQB2zhAAAFYBALqODAAMVgEAHIIMACFWAQDLzhAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBACDPEACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAdc8QAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQDKzxAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQAf0BAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAHTQEABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQDJ0BAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAHtEQAJRxAQBz0RAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAB3SEABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQBy0hAA2H0BACt+AQA5fgEAgH4BAJF+AQDH0hAA3H4BABzTEABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQBx0xAA2oABAMbTEAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAHDUEAAohgEAeIYBAICGAQDF1BAA1IYBACKHAQDWhgEA3ckDANqGAQCisAIA3oYBAA3lDQDjhgEAf9QBAC6HAQB3hwEAf4cBABAzEgCThwEA4GUPAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BABrVEAAdjwEA//wDACSPAQB3LQYAJ48BAG+PAQAqjwEAlwYNACuPAQBjmgIAMI8BAE9XBAB2jwEAnWACAHmPAQDvYgMAfo8BAHMoDwCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAG/VEADWlAEAFJUBABaVAQDnYQwAF5UBAOhgDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEAjmUMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAxNUQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBABnWEAC8nAEADJ0BAMOcAQDawg0AxZwBAJ9cBAAOnQEAUasDABGdAQA2FAsAG50BAD5hCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQA5vwcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAG7WEAC7nwEAw9YQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAbdcQAAijAQBbowEAaaMBALCjAQDBowEAwtcQAAykAQAX2BAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAMHYEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAFtkQAAOtAQBr2RAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAwNkQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQAV2hAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQBq2hAARbwBAJe8AQBGvAEAuOgJAE68AQBz2AkAULwBAFjuDgBVvAEALBoPAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQC/2hAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAFNsQAJXBAQDnwQEApsEBALw/BADzwQEAPMIBAELCAQCRwgEAm8IBAGnbEADrwgEAO8MBAEjDAQCQwwEAmMMBAAzjEACcwwEA5cMBAKDDAQCJygEArMMBANptDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAvtsQAEPFAQDmYgwAR8UBAI7FAQCfxQEAE9wQAOrFAQBo3BAAQMYBAL3cEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBABLdEACLygEA3soBAOzKAQAzywEARMsBAGfdEACPywEAvN0QAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQAR3hAAM80BAIbNAQA6zQEAiL4OAD3NAQAG9AUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BALTsCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAH34NAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBAGbeEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAu94QAIDUAQDU1AEAldQBAN4cBQDW1AEAKdUBAOLUAQAM8QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQAQ3xAALNgBAHvYAQCH2AEAZd8QAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQC63xAAKNwBAHfcAQCD3AEAD+AQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQC54BAAKN4BAHXeAQB/3gEA5goPAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAA7hEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAY+EQAHbjAQD5+QwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEADeIQACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAYuIQACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BAGHjEABr7wEAtuMQAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQAL5BAAEfQBAGDkEABh9AEAtPQBAML0AQAJ9QEAGvUBALXkEABl9QEACuUQALv1AQBf5RAAEPYBALTlEABf9gEAsvYBAMD2AQAH9wEAGPcBAAnmEABi9wEAsfcBAL33AQBe5hAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQCz5hAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAAjnEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgBd5xAATwUCAPSqCwBQBQIAU6AMAFEFAgAh1wcAUwUCAK5CDwBUBQIApaYJAFUFAgANkQwAWAUCAKvxDQBZBQIACJYMAFoFAgCpSwsAWwUCAEQFDABcBQIAdNULAF0FAgCXuAUAXgUCAKMFAgBmBQIASk4SAGgFAgCylA4AagUCALLoDwBxBQIAG30SAHYFAgCmoA4AkAUCAKf1DQCVBQIALWsSAKUFAgD4BQIAtAUCAORiDgAGBgIATQYCAF4GAgCy5xAAqQYCAAfoEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgCfUg4AUggCALHoEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCAFvpEACkDAIAsOkQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CAAXqEACfDgIA7w4CAPwOAgBEDwIATA8CAFrqEACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAr+oQAPUQAgAE6xAARBECAKf4CgBHEQIAlxECAE4RAgA+twoAoRECAOwRAgCmEQIAtpYIAPQRAgDyAA0ACBICAEESAgBJEgIAWesQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIArusQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCAAPsEACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIAWOwQAOgaAgCOuQ0A6RoCAOW+BgDsGgIAOBsCAO8aAgCCbg8AQhsCAI0bAgBFGwIA3cYGAEYbAgA6DA8AlRsCAOIbAgDmGwIANxwCADkcAgCMHAIAjxwCAOEcAgD9HAIArewQADsdAgDRdwwAQB0CALLrDABCHQIAix0CAEYdAgCyQgsAqB0CAOAdAgDpHQIANR4CADceAgCKHgIAmx4CAALtEADkHgIANB8CAD0fAgCJHwIAmh8CAN4fAgDlHwIAMyACADsgAgCIIAIATSACAGdBAgCVIAIAMiECAJcgAgCGIgIAoSACAN0gAgDpIAIAV+0QADchAgCHIQIAkSECANwhAgDkIQIArO0QAD0iAgAB7hAAiyICANsiAgDoIgIAMCMCADojAgCFIwIAhyMCANojAgDoIwIALyQCADwkAgBW7hAAiSQCANkkAgDmJAIALiUCADglAgCDJQIAhSUCANglAgDmJQIALSYCADomAgCr7hAAhSYCAArnDgCIJgIAib4NAI8mAgDXJgIA4SYCAADvEAA0JwIAgScCAIMnAgDFKw8AjicCAAWgBQCYJwIA1icCAJonAgDAkQMA2ycCACsoAgA1KAIAgCgCAIgoAgBV7xAA3ygCACopAgA2KQIAfykCAIIpAgDUKQIA3ikCACkqAgBDKgIAfioCAJUqAgDTKgIA2CoCACgrAgBEKwIAqu8QAIcrAgDSKwIAjisCAFpICADeKwIAJywCACosAgB8LAIAhiwCANEsAgDrLAIAJi0CACwtAgB7LQIAfS0CANAtAgDeLQIAJS4CACguAgB6LgIAhi4CAM8uAgDSLgIAJC8CAEcvAgD/7xAAey8CAM4vAgDcLwIAIzACACYwAgB4MAIAhDACAM0wAgDQMAIAVPAQAC0xAgB3MQIAfTECAMwxAgDRMQIAITICACUyAgB2MgIAeTICAKnwEADMMgIAnqkNAM4yAgAZ1w8A0TICACAzAgDUMgIAy88PANUyAgDGNwIA1zICAIm8DwDZMgIA5rQPANoyAgAtww8A2zICAGXgDwDiMgIAJ3cMAOUyAgBdlA4ALDMCAHUzAgChMwIAyjMCANYzAgAfNAIALjQCAHQ0AgB+NAIAyTQCAMw0AgAeNQIAODUCAHM1AgB9NQIAyDUCAM01AgAdNgIAJzYCAHI2AgB9NgIAxzYCAM02AgAcNwIAITcCAHE3AgB1NwIA/vAQAMs3AgAbOAIA1DcCACbKDwAlOAIAcDgCAHs4AgDFOAIAyzgCABo5AgAfOQIAbzkCAHM5AgBT8RAAyTkCACXYAgDLOQIATFAOAMw5AgBV8wwAzjkCANIeDwDeOQIAGToCACM6AgBuOgIAeToCAMM6AgDJOgIAGDsCAB07AgBtOwIAcTsCAMI7AgDlOwIAqPEQABk8AgBsPAIAGjwCAMYtDAAcPAIAgXUJACA8AgB+ywsAIzwCAGNFAgAlPAIAwS8PAHk8AgDmbAIAejwCAME8AgDEPAIAFj0CACI9AgBrPQIAgz0CAMA9AgDMPQIAFT4CABs+AgBqPgIAcD4CAL8+AgDEPgIAFD8CABo/AgD98RAAcz8CAL4/AgDJPwIAE0ACABlAAgBoQAIAbUACAL1AAgDBQAIAEkECABVBAgBS8hAAcUECALxBAgDHQQIAEUICABdCAgBmQgIAa0ICALtCAgC/QgIAp/IQABFDAgBlQwIAcUMCALpDAgDGQwIAD0QCABVEAgBkRAIAakQCALlEAgC+RAIADkUCABRFAgD88hAAZUUCAHrVBQBqRQIAFeUFAHJFAgDPgwIAc0UCALhFAgDERQIADUYCABNGAgBiRgIAbkYCALdGAgDERgIADEcCABtHAgBhRwIAbUcCALZHAgDCRwIAC0gCABFIAgBgSAIAZkgCALVIAgC6SAIACkkCABBJAgBR8xAAaUkCADXCCAB1SQIAtEkCAHhJAgDzrQkAwEkCAAlKAgARSgIAH88RABVKAgBeSgIAZEoCALNKAgC5SgIACEsCAA1LAgBdSwIAY0sCAKbzEAC6SwIA9kwSALxLAgAHTAIADUwCAFxMAgATTAIANscCAGpMAgCxTAIAykwCAAZNAgAPTQIAW00CAGVNAgCwTQIAvE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgD78xAAuk8CAANQAgANUAIAWFACAGNQAgCtUAIAslACAAJRAgAJUQIAV1ECAGNRAgCsUQIAslECAAFSAgAHUgIAVlICAFtSAgCrUgIAsVICAFD0EAARUwIAVVMCAFZTAgCqUwIAW1MCAKVYAgCvUwIA/1MCAA1UAgBUVAIAYVQCAKlUAgCzVAIA/lQCAApVAgBTVQIAWVUCAKhVAgC0VQIA/VUCABBWAgBSVgIAYVYCAKdWAgCzVgIA/FYCAP1WAgBRVwIAW1cCAKZXAgC0VwIA+1cCAABYAgBQWAIAXVgCAKX0EACxWAIA+lgCAApZAgBPWQIAW1kCAKRZAgCqWQIA+VkCAAVaAgBOWgIAW1oCAKNaAgCyWgIA+FoCAARbAgBNWwIAWVsCAKJbAgC1WwIA91sCAAZcAgBMXAIAWFwCAKFcAgCiXAIA9lwCAABdAgBLXQIAWV0CAKBdAgClXQIA9V0CAAJeAgD69BAATF4CAL7lBgBWXgIAn14CAFdeAgBJrAoAWF4CAOFnDACzXgIA9F4CAABfAgBJXwIAT18CAJ5fAgCkXwIA818CAPhfAgBIYAIATmACAE/1EACpYAIA8mACAP9gAgAT6gIABWECAEdhAgBMYQIA4HICAE9hAgB7LAMAU2ECAJxhAgCiYQIA8WECAPdhAgBGYgIAS2ICAJtiAgChYgIApPUQAPxiAgBFYwIAS2MCAJpjAgCfYwIA72MCAPZjAgBEZAIAUmQCAJlkAgC0ZAIA7mQCAPxkAgBDZQIARmUCAJhlAgCmZQIA7WUCAPJlAgBCZgIAT2YCAJdmAgCjZgIA7GYCAPJmAgBBZwIAR2cCAJZnAgCbZwIA62cCAPFnAgD59RAARWgCAJVoAgCeaAIA6mgCAPdoAgA/aQIARmkCAJRpAgClaQIA6WkCAO5pAgA+agIATWoCAJNqAgCVagIA6GoCAPlqAgA9awIASWsCAJJrAgCYawIA52sCAO1rAgA8bAIAQWwCAJFsAgCXbAIATvYQAP1sAgA7bQIAR20CAJBtAgCcbQIA5W0CAOttAgA6bgIAQG4CAI9uAgCUbgIA5G4CAOpuAgCj9hAAP28CALGhAgBQbwIAjm8CAJdvAgDjbwIA+W8CADhwAgBEcAIAjXACAJpwAgDicAIA7HACADdxAgBDcQIAjHECAJJxAgDhcQIA53ECADZyAgA7cgIAi3ICAJFyAgD49hAA6XICADVzAgA/cwIAinMCAI9zAgDfcwIA73MCADR0AgBNdAIAiXQCAI50AgDedAIA53QCADN1AgBAdQIAiHUCAI91AgDddQIA4HUCADJ2AgA+dgIAh3YCAJp2AgDcdgIA63YCADF3AgA9dwIAhncCAId3AgDbdwIA5XcCADB4AgA+eAIAhXgCAIp4AgDaeAIA53gCAE33EAAyeQIAhHkCAId5AgDZeQIA5nkCALDuCwDoeQIALnoCADB6AgCDegIAhnoCANh6AgDiegIALXsCADl7AgCCewIAlXsCANd7AgDmewIALHwCADh8AgCBfAIAgnwCANZ8AgDgfAIAK30CADl9AgCAfQIAhX0CANV9AgDifQIAovcQACt+AgB/fgIAi34CANR+AgDafgIAKX8CACt/AgB+fwIAiH8CANN/AgDhfwIAKIACAC2AAgB9gAIAioACANKAAgDegAIAJ4ECADqBAgB8gQIAi4ECANGBAgDdgQIAJoICACeCAgB7ggIAhYICANCCAgDeggIAJYMCACqDAgB6gwIAh4MCAPf3EADYgwIAJIQCANuDAgD4+gwAKoQCAHmEAgB8hAIAzoQCANyEAgAjhQIAKIUCAHiFAgCFhQIAzYUCANmFAgAihgIAKIYCAHeGAgB9hgIAzIYCANGGAgAhhwIAJ4cCAEz4EAB4hwIAy4cCAH2HAgDaFw4A2ocCACCIAgBAiAIAdYgCAHqIAgDKiAIA5YgCAB+JAgAriQIAdIkCAHqJAgDJiQIA2YkCAB6KAgAvigIAc4oCAHiKAgDIigIAzIoCAB2LAgApiwIAcosCAHiLAgDHiwIAzYsCAByMAgAhjAIAcYwCAHeMAgCh+BAA1YwCAGgzDwDcjAIAG40CAByNAgBwjQIAgY0CAMWNAgDRjQIAGo4CADCOAgBvjgIAe44CAMSOAgDRjgIAGY8CACOPAgBujwIAeo8CAMOPAgDKjwIAGJACACSQAgBtkAIAc5ACAMKQAgDIkAIAF5ECAByRAgBskQIAcpECAPb4EADDkQIA0XQPAMqRAgAWkgIAF5ICAGuSAgBskgIAwJICAMWSAgAVkwIAG5MCAGqTAgB0kwIAv5MCAMuTAgAUlAIAG5QCAGmUAgBulAIAvpQCAL+UAgATlQIAH5UCAGiVAgBulQIAvZUCAL+VAgASlgIAHJYCAGeWAgB1lgIAvJYCAMGWAgARlwIAHpcCAGaXAgBylwIAu5cCAM6XAgAQmAIAH5gCAGWYAgBxmAIAupgCALuYAgAPmQIAGZkCAGSZAgBymQIAuZkCAL6ZAgAOmgIAG5oCAEv5EAB0mgIAuJoCAMSaAgANmwIAJJsCAGKbAgBkmwIAt5sCAMibAgAMnAIADpwCAGGcAgBnnAIAtpwCAM2cAgALnQIAFJ0CAGCdAgB2nQIAtZ0CAMGdAgAKngIAF54CAF+eAgBpngIAtJ4CAMCeAgAJnwIAHJ8CAF6fAgBtnwIAs58CAL+fAgAIoAIACaACAF2gAgBnoAIAsqACAMCgAgAHoQIADKECAFyhAgBpoQIAoPkQALOhAgAGogIAGqICAFuiAgBpogIAsKICAL2iAgAFowIADKMCAFqjAgBmowIAr6MCAMKjAgAEpAIACaQCAFmkAgBipAIArqQCALikAgADpQIACKUCAFilAgBopQIAraUCAMalAgACpgIAB6YCAFemAgBgpgIArKYCALmmAgABpwIACKcCAFanAgBZpwIAq6cCALenAgAAqAIAE6gCAFWoAgBkqAIAqqgCALaoAgD/qAIAAKkCAFSpAgBeqQIAqakCALepAgD+qQIAA6oCAFOqAgBgqgIA9fkQAMGqAgD9qgIACasCAFKrAgBYqwIAp6sCAK+rAgD3Tg8At6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgBK+hAApbACAPb7DQCssAIABpUPAK6wAgCVCwoAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIAn/oQAPC5AgBDugIA+rkCAEgDCgBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIAYzUSAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCAPT6EAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIASfsQAEe/AgA4DRAAS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAXj8NAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgCe+xAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CAPP7EAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIAnfwQADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIAR/0QADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIAnP0QAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIA8f0QACnhAgBx4QIAO+ECAAyaBAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAmawPAHbiAgDF4gIAfuICAKdLDQB/4gIAqvcIAIDiAgC67QIAgeICANDOCwDR4gIAGuMCABzjAgAkJA0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIARv4QAMjlAgCb/hAAI+YCAPD+EABv5gIAmv8QAMTmAgDv/xAAxuYCAGzkBAAZ5wIARVkMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCAIRuDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgBEABEAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIAmQARAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAM57CwAR7wIAY+8CACTvAgDQeQsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIA7gARAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgBDAREACvUCAF31AgBr9QIAsvUCAMP1AgCYAREADvYCAO0BEQBk9gIAsfYCAGb2AgDVzQcAo/YCAG2AEgC/9gIABvcCAMD2AgBW/AIAwfYCACQnCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCAOwCEQAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAQQMRAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAJYDEQADAgMA6wMRAAcCAwCEHAoAFwIDACzBEgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwBABBEA+gQDAE0FAwD9BAMAwToEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAmWIEAP8GAwBLBwMATgcDAKAHAwCsBwMAlQQRAPoHAwBKCAMAAQgDANfICgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDAOoEEQBNCgMAnQoDAKUKAwCKwAoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMAPwURAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwCUBREAohEDAOsRAwCkEQMAfc0KAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwDpBREARxgDAI8YAwBQGAMAih0DAHIYAwDO0QoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwA+BhEAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDAJMGEQDlIwMAh8MKAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDAOgGEQCOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwA9BxEA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDAJIHEQAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMA5wcRAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADADwIEQDOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMAkQgRACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMA5ggRACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMAOwkRAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMAkAkRABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMA5QkRABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMAOgoRABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMAjwoRAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDAOQKEQCmWwMAzNANAK9bAwD2WwMABVwDAEtcAwBXXAMAoFwDAKhcAwA5CxEA+lwDAEpdAwBTXQMAn10DAKxdAwD0XQMA+10DAEleAwBMXgMAnl4DAKZeAwDzXgMA+F4DAEhfAwBRXwMAnV8DAKdfAwDyXwMA+l8DAEdgAwBMYAMAnGADAKxgAwDxYAMA+WADAEZhAwBMYQMAm2EDAJ1hAwDwYQMA/WEDAEViAwBcYgMAmmIDAKZiAwCOCxEA+2IDAERjAwBbYwMAmWMDAKVjAwDuYwMA9GMDAENkAwBLZAMAmGQDAJ9kAwDtZAMA+2QDAEJlAwBdZQMAl2UDAKVlAwDsZQMA82UDAEFmAwBNZgMAlmYDAJ5mAwDjCxEA/2YDAEBnAwBIZwMAlWcDAMZnAwDqZwMA9mcDAD9oAwBFaAMAlGgDAJloAwA4DBEA9WgDAD5pAwBFaQMAk2kDAJtpAwDoaQMA6mkDAD1qAwBHagMAkmoDAJpqAwCNDBEA9WoDANl4AwD2agMAPGsDAD5rAwCRawMAomsDAOZrAwD3awMAO2wDAEdsAwCQbAMAl2wDAOVsAwDtbAMAOm0DAGdtAwCPbQMAlG0DAORtAwDlbQMAOW4DAENuAwCObgMAnG4DAONuAwDobgMAOG8DAEVvAwCNbwMAqW8DAOJvAwD+bwMA4gwRAERwAwCMcAMAkHADAOFwAwDncAMANnEDADhxAwCLcQMAjHEDAOBxAwADcgMANXIDAFlyAwCKcgMAt3IDAN9yAwDncgMANHMDADlzAwCJcwMAlnMDAN5zAwDmcwMAM3QDADV0AwCIdAMAkHQDAN10AwAKdQMAMnUDAD91AwCHdQMAjHUDANx1AwDpdQMAMXYDAD12AwCGdgMAs3YDANt2AwDjdgMAMHcDAEt3AwCFdwMAh3cDANp3AwDrdwMAL3gDADh4AwCEeAMAkHgDADcNEQDmeAMALnkDADV5AwCDeQMAj3kDANh5AwDreQMALXoDADV6AwCCegMAh3oDANd6AwDgegMALHsDADZ7AwCBewMAiXsDANZ7AwDbewMAK3wDADt8AwCAfAMAiHwDANV8AwDufAMAKn0DAC99AwB/fQMAiH0DANR9AwDhfQMAKX4DADB+AwB+fgMAgX4DAIwNEQDYfgMAKH8DAOB+AwCvmQwAMX8DAH1/AwCFfwMA0n8DAN1/AwAngAMAKYADAHyAAwCXgAMA0YADAN2AAwAmgQMALoEDAOENEQCIgQMA0IEDANiBAwAlggMAMYIDAHqCAwCAggMAz4IDANWCAwAkgwMAKYMDAHmDAwB/gwMANg4RANuDAwAjhAMAK4QDAHiEAwCMhAMAzYQDANKEAwAihQMAK4UDAHeFAwB9hQMAzIUDANSFAwAhhgMAJIYDAHaGAwCThgMAy4YDANyGAwAghwMAKIcDAHWHAwB4hwMAyocDAN6HAwAfiAMALIgDAHSIAwB+iAMAyYgDAMuIAwAeiQMAMYkDAOAOEQB4iQMAyIkDANmJAwAdigMAJooDAHKKAwCIigMAx4oDANSKAwAciwMAJIsDAHGLAwCQiwMANQ8RANKLAwAbjAMAI4wDAIoPEQBzjAMAxYwDAM2MAwAajQMAJ40DAG+NAwB0jQMAxI0DAMyNAwAZjgMAGo4DAG6OAwBwjgMAw44DAMmOAwAYjwMAGo8DAG2PAwCDjwMAwo8DAM6PAwAXkAMAIZADAGyQAwB4kAMAwZADAMeQAwAWkQMAHpEDAGuRAwCdkQMA3w8RAMmRAwAVkgMAH5IDAGqSAwBykgMAv5IDAMCSAwAUkwMAGpMDAGmTAwB1kwMAvpMDAL+TAwATlAMAFZQDAGiUAwBulAMAvZQDAMmUAwASlQMAGZUDAGeVAwBvlQMAvJUDAL+VAwARlgMAG5YDAGaWAwBolgMAu5YDAMWWAwAQlwMAHJcDAGWXAwB7lwMAupcDAMaXAwAPmAMAHJgDAGSYAwBumAMAuZgDAMGYAwAOmQMAIJkDADQQEQBlmQMAuJkDAMKZAwANmgMAD5oDAGKaAwB7mgMAt5oDALmaAwAMmwMAD5sDAGGbAwBtmwMAtpsDAL6bAwCJEBEAH5wDAGCcAwBjnAMAtZwDAL+cAwAKnQMAFp0DAF+dAwB1nQMAtJ0DALydAwAJngMAF54DAF6eAwBhngMAs54DALueAwAInwMAC58DAF2fAwAWnwMAVqYDAGefAwCynwMAaJ8DAK+iAwC0nwMAB6ADAA2gAwBcoAMAZqADALGgAwC/oAMABqEDABOhAwBboQMAcqEDALChAwC4oQMABaIDAA6iAwBaogMAW6IDAN4QEQC4ogMABKMDAA6jAwBZowMAY6MDAK6jAwC8owMAA6QDABCkAwBYpAMAb6QDAK2kAwC1pAMAAqUDAAmlAwBXpQMAXKUDAKylAwCwpQMAAaYDAA6mAwAzEREAY6YDAKumAwCzpgMAAKcDAAanAwBVpwMAYacDAKqnAwC5pwMA/6cDAASoAwBUqAMAb6gDAKmoAwC1qAMA/qgDAASpAwBTqQMAZ6kDAKipAwCwqQMA/akDABOqAwBSqgMAV6oDAKeqAwCuqgMA/KoDAAirAwCIEREAWKsDAKarAwC0qwMA+6sDAAisAwBQrAMAZ6wDAKWsAwCtrAMA+qwDAACtAwBPrQMAW60DAKStAwCrrQMA+a0DAAeuAwBOrgMAUa4DAKOuAwCrrgMA+K4DAAavAwBNrwMAUK8DAKKvAwCqrwMA968DAAiwAwBMsAMAUbADAKGwAwCjsAMA9rADAP2wAwBLsQMAWbEDAKCxAwCtsQMA9bEDAAyyAwBKsgMAUrIDAJ+yAwCpsgMA9LIDAP+yAwBJswMAVbMDAJ6zAwCmswMA3RERAPWzAwBItAMAUrQDAJ20AwCftAMA8rQDAPW0AwBHtQMAU7UDAJy1AwCmtQMA8bUDAPm1AwBGtgMAVLYDAJu2AwCotgMA8LYDAPi2AwBFtwMAW7cDAJq3AwCmtwMA77cDAAW4AwBEuAMASbgDAJm4AwCfuAMA7rgDAAK5AwAyEhEARrkDAJi5AwCguQMA7bkDAPu5AwBCugMAA7oDABU4CABPugMAl7oDAJ+6AwDsugMA9roDAEG7AwBMuwMAlrsDAKK7AwDruwMA87sDAIcSEQBGvAMAlbwDAJq8AwDqvAMA+bwDAD+9AwBLvQMAlL0DAJe9AwDpvQMA7L0DAD6+AwBGvgMAk74DAJi+AwDovgMA+L4DAD2/AwBFvwMAkr8DAJW/AwDnvwMA8b8DADzAAwA+wAMAkcADAJfAAwDmwAMA8MADADvBAwBJwQMAkMEDAJ3BAwDlwQMA/MEDADrCAwBCwgMAj8IDAJjCAwDkwgMA5cIDANwSEQBFwwMAjsMDAJHDAwDmDwoAncMDAOPDAwChwwMAof8JAO3DAwA4xAMAQMQDAP1TBABExAMAXpIPAEbEAwCNxAMAVMQDAGHrCACSxAMA4sQDAJrEAwDutgUA78QDADfFAwA6xQMAFYsKAD3FAwAh1QkAP8UDAIzFAwBBxQMAbI8EAEPFAwCoUQYAj8UDAJpdCACSxQMAKNEGAJbFAwDhxQMAmsUDAEVbCgCcxQMAbDYIAObFAwA2xgMA7cUDAH3TBADvxQMAGjEKAD7GAwCLxgMAjsYDAODGAwDsxgMANccDADvHAwCKxwMApccDAN/HAwDrxwMANMgDADrIAwCJyAMAkcgDAN7IAwDgyAMAM8kDAOPIAwDA5gMAPckDAIjJAwCQyQMAMRMRAO7JAwAyygMAOcoDAIfKAwCPygMA3MoDAOnKAwAxywMANssDAIbLAwCQywMA28sDAOPLAwAwzAMAMswDAK+bCgA1zAMAn1gIADrMAwCFzAMAP8wDAFr3AwBAzAMA/k0JAIvMAwDazAMA3MwDAC/NAwA8zQMAhM0DAIfNAwDZzQMA6s0DAC7OAwAwzgMAg84DAI3OAwDYzgMA5M4DAC3PAwA1zwMA2xMRAIfPAwDXzwMA2s8DACzQAwA20AMAgdADAInQAwDW0AMA49ADACvRAwAt0QMAgNEDAJbRAwDV0QMA4dEDACrSAwAy0gMAMBQRAITSAwDU0gMA49IDACnTAwAr0wMAftMDAI/TAwDT0wMA3tMDACjUAwAt1AMAfdQDAIDUAwDS1AMA3NQDACfVAwA51QMAfNUDAEHVAwDN2QMAWtUDABriAwCE1QMA0dUDANvVAwAm1gMAK9YDAHvWAwCD1gMA0NYDANLWAwAl1wMALNcDAHrXAwCB1wMAz9cDANXXAwAk2AMAMNgDAHnYAwB82AMAztgDANHYAwAj2QMAP9kDAHjZAwCA2QMA2hQRAN7ZAwAi2gMAJ9oDAHfaAwCG2gMAzNoDAM7aAwAh2wMAMtsDAHbbAwB92wMAy9sDANDbAwAg3AMANtwDAHXcAwB33AMAytwDANjcAwAf3QMALN0DAHTdAwCG3QMAyd0DANHdAwAe3gMAKN4DAHPeAwB43gMAyN4DANDeAwAd3wMAH98DAHLfAwB53wMAx98DAM7fAwAc4AMAIuADAHHgAwB94AMAxuADAMngAwAb4QMAHuEDAHDhAwCM4QMAxeEDAM3hAwAvFREALOIDAG/iAwB34gMAxOIDAM7iAwAZ4wMAHuMDAG7jAwB24wMAw+MDAMXjAwAY5AMAH+QDAG3kAwB05AMAwuQDAMjkAwAX5QMAI+UDAGzlAwBv5QMAweUDAMTlAwAW5gMAMuYDAGvmAwBz5gMAhBURAM3mAwAV5wMAHecDAGrnAwBt5wMAv+cDAMTnAwAU6AMAI+gDAGnoAwCJ6AMAvugDAMroAwAT6QMAHekDAGjpAwBw6QMAvekDAM/pAwDZFREAHOoDAGfqAwB16gMAvOoDAMnqAwAR6wMAKOsDAGbrAwBu6wMAu+sDAMrrAwAQ7AMAFewDAGXsAwBy7AMAuuwDAMfsAwAP7QMAG+0DAGTtAwBz7QMAue0DAMPtAwAO7gMAHO4DAGPuAwBo7gMAuO4DAMXuAwAN7wMAEO8DAGLvAwBq7wMAt+8DALzvAwAM8AMAGfADAGHwAwBp8AMAtvADAL/wAwAL8QMAGPEDAGDxAwBu8QMAtfEDAMjxAwAK8gMAEvIDAF/yAwBm8gMAtPIDALnyAwAJ8wMAH/MDAF7zAwBg8wMAs/MDAMHzAwAI9AMAFfQDAF30AwBl9AMAsvQDALX0AwAH9QMADPUDAFz1AwBr9QMAsfUDANH1AwAG9gMAEvYDAFv2AwBl9gMAsPYDALj2AwAF9wMAF/cDAC4WEQBf9wMAr/cDALz3AwAE+AMAEfgDAFn4AwBl+AMArvgDAL34AwAD+QMADfkDAFj5AwBg+QMArfkDALf5AwAC+gMAB/oDAFf6AwBf+gMAgxYRALj6AwAB+wMAB/sDAFb7AwBx+wMAq/sDALf7AwAA/AMABvwDAFX8AwBx/AMAqvwDALL8AwDYFhEAB/0DAFT9AwBe/QMAqf0DALT9AwD+/QMACv4DAFP+AwBb/gMALRcRALT+AwD9/gMAA/8DAFL/AwBt/wMAp/8DALP/AwD8/wMAAgAEAFEABABZAAQApgAEAKwABAD7AAQABAEEAFABBABdAQQApQEEALIBBAD6AQQACAIEAE8CBABcAgQApAIEALsCBAD5AgQAAQMEAE4DBABTAwQAowMEAF8DBAChBQQAsAMEAPgDBAAABAQATQQEAFgEBACiBAQApwQEAPcEBAD6BAQATAUEAFYFBACCFxEApgUEAPYFBAAFBgQASwYEAE0GBACgBgQAsQYEAPUGBAAGBwQASgcEAF4HBADXFxEAsAcEAPQHBAD3BwQASQgEAPwHBABNAAgAAQgEAMCFDwBTCAQAnggEAKAIBADzCAQA/QgEAEgJBABUCQQAnQkEAMcJBADyCQQA/QkEAEcJBQAYCgQARwoEAHsKBACcCgQAwgoEAPEKBAAXCwQARgsEAHkLBACbCwQAxgsEAPALBAD4CwQARQwEAG8MBACaDAQAzwwEAO8MBAAaDQQARA0EAEwNBACZDQQAqA0EAO4NBADzDQQAQw4EAEwOBACYDgQAUA4EADsWBACpDgQA7Q4EAPQOBABCDwQASg8EAJcPBACkDwQA7A8EAPEPBABBEAQASxAEAJYQBACeEAQA6xAEAPUQBADfHAQA+hAEAEARBABFEQQAlREEAKIRBADqEQQA9xEEAD8SBABLEgQAlBIEAKMSBADpEgQA8xIEAD4TBABGEwQAkxMEAJ0TBADoEwQA7RMEAD0UBABFFAQALBgRAJ4UBADnFAQA7RQEADwVBABXFQQAkRUEAJ0VBADmFQQA7BUEAIEYEQBIFgQAkBYEAJwWBADlFgQA9BYEADoXBABEFwQAjxcEAJ0XBADkFwQA6RcEADkYBABGGAQAjhgEAJYYBADjGAQA7RgEADgZBAA9GQQAjRkEAJUZBADiGQQA5RkEADcaBABDGgQAjBoEAJIaBADhGgQA/BoEADYbBABCGwQAixsEAJEbBADgGwQA6BsEADUcBAA3HAQAihwEAJQcBADWGBEA5RwEADQdBAA2HQQAiR0EAJYdBADeHQQA4R0EADMeBABEHgQAiB4EAIoeBADdHgQA5x4EADIfBAA+HwQAhx8EAI8fBAArGREA4R8EADEgBAA0IAQAhiAEAJAgBADbIAQA4yAEADAhBAA9IQQAhSEEAIchBADaIQQA8CEEAC8iBAA7IgQAgBkRAKAiBADZIgQA9SIEANUZEQAzIwQAgyMEAJAjBADYIwQA5SMEAC0kBAA5JAQAgiQEAJEkBADXJAQA4SQEACwlBAA6JQQAgSUEAIYlBADWJQQA4yUEACsmBABEJgQAgCYEAIImBADVJgQA3CYEACoaEQBHJwQAfycEAJAnBADUJwQA4CcEACkoBAA8KAQAfigEAI0oBADTKAQA3ygEACgpBAApKQQAfSkEAIcpBADSKQQA4CkEACcqBAAsKgQAfCoEAIkqBAB/GhEA1ioEACYrBAAzKwQAeysEAIgrBADQKwQA3CsEACUsBAA0LAQAeiwEAIQsBADPLAQA3SwEACQtBAApLQQAeS0EAIYtBADOLQQA1i0EAH4bEQAoLgQAeC4EAIAuBADTGxEAzy4EACIvBAAwLwQAdy8EAIgvBAAoHBEA0y8EAH0cEQAmMAQAdjAEAH4wBADLMAQA2jAEACAxBAAlMQQAdTEEAIIxBADKMQQA1zEEAB8yBAArMgQAdDIEAIMyBADJMgQA0zIEACcdEQAgMwQA9aYOACQzBACwmAwAMTMEAHMzBACCMwQAyDMEANQzBAAdNAQAHjQEAHI0BAB8NAQAxzQEANU0BAAcNQQAITUEAHE1BAB+NQQAfB0RAMo1BAAbNgQAJjYEAHA2BAB+NgQAxTYEANY2BAAaNwQAJjcEAG83BAB3NwQA0R0RAMk3BAAZOAQAJjgEAG44BAB7OAQAwzgEAM84BAAYOQQAJzkEAG05BAB3OQQAwjkEANA5BAAXOgQAJDoEAGw6BACDOgQAJh4RAM46BAAWOwQAIzsEAGs7BAB3OwQAwDsEAM87BAAVPAQAHzwEAGo8BAB4PAQAvzwEAIY8BAAAoQkAxDwEABQ9BAAhPQQAaT0EAHE9BAB7HhEAyj0EABM+BAAjPgQAaD4EAHE+BAC9PgQAwD4EABI/BAAePwQAZz8EAG4/BADQHhEAyT8EABFABAAgQAQAZkAEAGdABAC7QAQA0kAEABBBBAAqQQQAZUEEAHFBBAC6QQQAzUEEAA9CBAAeQgQAZEIEAHBCBAC5QgQAukIEAA5DBAAYQwQAY0MEAHFDBAC4QwQAvUMEAA1EBAAaRAQAJR8RAHxEBAC3RAQAxkQEAAxFBAAORQQAYUUEABFFBACwSwQAbkUEALZFBADDRQQAC0YEABBGBABgRgQAakYEALVGBADERgQACkcEAA9HBABfRwQAbEcEALRHBADBRwQACUgEABVIBABeSAQAbUgEALNIBAC9SAQACEkEABVJBABdSQQAYkkEALJJBAC2SQQAB0oEABNKBABcSgQAYkoEALFKBAC3SgQABksEAAtLBABbSwQAYUsEAHofEQC9SwQABUwEABJMBABaTAQAZkwEAK9MBAC+TAQABE0EAA5NBABZTQQAZ00EAK5NBACzTQQAA04EABBOBABYTgQAX04EAK1OBACyTgQAAk8EAA5PBABXTwQAWk8EAKxPBAC5TwQAAVAEAAZQBABWUAQAYFAEAKtQBAC3UAQAAFEEABNRBABVUQQAY1EEAKpRBACtUQQA/1EEAAlSBABUUgQAYFIEAKlSBACvUgQA/lIEAARTBABTUwQAWFMEAKhTBACuUwQAzx8RAAdUBAD/+QYACVQEAGI/CQAMVAQAUlQEAFRUBACnVAQAuFQEAPxUBAANVQQAUVUEAFlVBACmVQQAtlUEAPtVBAD9VQQAUFYEAF5WBAClVgQAtlYEACQgEQABVwQAeSARAFBXBACkVwQAqVcEAPlXBACqVwQAeIMEAP9XBABOWAQAWFgEAKNYBACvWAQA+FgEAP5YBABNWQQAU1kEAKJZBACnWQQA91kEAP1ZBADOIBEAWloEAKFaBAC6WgQA9loEAPdaBABLWwQAaFsEAKBbBACoWwQA030EALpbBAD1WwQA+FsEAEpcBABPXAQAzSERALhcBAD0XAQA+lwEAEldBAAKXQQA4xcFAEtdBACeXQQApF0EAPNdBAAHXgQASF4EAFBeBACdXgQAql4EAPJeBAD3XgQAR18EAFFfBACcXwQApF8EAPFfBAACYAQARmAEAEtgBACbYAQAnWAEAPBgBAD3YAQARWEEAFFhBACaYQQAoWEEAO9hBAALYgQARGIEAExiBAAiIhEAmmIEAO5iBAD6YgQAQ2MEAFBjBACYYwQAoGMEAO1jBADwYwQAQmQEAE1kBACXZAQAmWQEAOxkBADyZAQAQWUEAE1lBACWZQQAnWUEAOtlBADzZQQAQGYEAEVmBACVZgQArmYEAOpmBAAWZwQAP2cEAEtnBACUZwQAo2cEAOlnBADzZwQAPmgEAEZoBACTaAQAo2gEAOhoBAD2aAQAPWkEAE5pBACSaQQAnmkEAHciEQDsaQQAPGoEAERqBACRagQAkmoEAOZqBACnagQAKXYLAANrBAA7awQAQ2sEAJBrBACUawQA5WsEAOtrBAA6bAQAPGwEAI9sBACQbAQA5GwEAOVsBAA5bQQARW0EAI5tBACUbQQA420EAOttBAA4bgQAOm4EAI1uBACobgQA4m4EAORuBAA3bwQARW8EAIxvBACdbwQA4W8EAONvBAA2cAQAT3AEAItwBACccAQA4HAEAOxwBADMIhEAQ3EEAIpxBABRcQQA6wwIAKBxBADfcQQA4HEEADRyBABFcgQAiXIEAJVyBADecgQA9HIEADNzBAA/cwQAiHMEAJVzBADdcwQA53MEADJ0BAA0dAQAh3QEAJF0BADcdAQA6nQEADF1BAA2dQQAhnUEAJN1BADbdQQA93UEADB2BAA4dgQAISMRAJN2BADadgQA83YEAC93BAAwdwQAhHcEAKF3BADZdwQA4XcEAC54BAA/eAQAg3gEAJF4BADYeAQA8XgEAC15BAAzeQQAgnkEAIR5BADXeQQA3XkEACx6BABAegQAgXoEAIl6BADWegQA43oEACt7BAAwewQAgHsEAIp7BADVewQA3XsEACp8BAA6fAQAf3wEAIR8BADUfAQA3XwEACl9BAA2fQQAfn0EAIV9BAB2IxEA5H0EACh+BAA2fgQAfX4EAJZ+BADSfgQA2H4EACd/BAApfwQAfH8EAIJ/BADRfwQA5X8EACaABAAugAQAe4AEAIiABADQgAQA1YAEACWBBAAvgQQAeoEEAIKBBADPgQQA34EEACSCBAApggQAeYIEAIKCBADOggQA24IEACODBAAqgwQAyyMRAH2DBADNgwQAzoMEACKEBAAuhAQAd4QEAH2EBADMhAQA3YQEACGFBAA1hQQAdoUEAIWFBADLhQQA0IUEACCGBAAthgQAdYYEAIWGBADKhgQA2IYEAB+HBAA2hwQAdIcEAH2HBADJhwQAz4cEAB6IBAAqiAQAc4gEAHqIBADIiAQA5IgEAB2JBAAliQQAICQRAHiJBADHiQQAzYkEAByKBAAhigQAcYoEAHeKBAB1JBEAy4oEABuLBAAdiwQAcIsEAHeLBADFiwQA04sEABqMBAAnjAQAb4wEAIaMBADEjAQAzIwEABmNBAAajQQAbo0EAHGNBADDjQQA140EABiOBAAnjgQAbY4EAHKOBADCjgQAw44EABePBAAujwQAHyURAHqPBADBjwQA148EABaQBAAikAQAa5AEAHCQBADAkAQAyZAEABWRBAAfkQQAapEEAHaRBAA2bgYAhpEEAL+RBADHkQQAdCURABmSBABpkgQAdpIEAL6SBADLkgQAE5MEAB+TBABokwQAd5MEAL2TBADHkwQAEpQEACCUBABnlAQAbJQEALyUBADJlAQAEZUEABmVBADJJREAdJUEALuVBADRlQQAEJYEAByWBABllgQAapYEALqWBADDlgQAD5cEABmXBABklwQAbJcEALmXBADFlwQADpgEACGYBABjmAQAZJgEALiYBADGmAQADZkEABOZBABimQQAbpkEALeZBAC+mQQAHiYRABaaBABhmgQAaZoEALaaBAC8mgQAhMcJAMWaBAALmwQAEJsEAEoGBQARmwQAYJsEAGybBAC1mwQAt5sEAAqcBAAUnAQAX5wEAGucBAC0nAQAvJwEAHMmEQARnQQAXp0EAG2dBACznQQAuJ0EAAieBAAVngQAXZ4EAGqeBACyngQAvp4EAAefBAAWnwQAXJ8EAGafBACxnwQAv58EAAagBAALoAQAW6AEAGigBACwoAQAuKAEAAWhBAAPoQQAWqEEAF+hBACvoQQAt6EEAASiBAAPogQAWaIEAF6iBACuogQAsaIEAAOjBAANowQAWKMEAGCjBADIJhEAsqMEAAKkBAARpAQAV6QEAFmkBACspAQAvaQEAAGlBAAMpQQAVqUEAFulBACrpQQArqUEAACmBAAKpgQAVaYEAF2mBACqpgQArKYEAP+mBAAMpwQAVKcEAFunBACppwQAsacEAP6nBAD/pwQAU6gEAFioBACoqAQArqgEAP2oBAAHqQQAUqkEAFqpBAAdJxEA3akEAPypBAAxqgQAUaoEAGuqBACmqgQAzKoEAPuqBAAVqwQAUKsEAHarBAClqwQAv6sEAPqrBAAjrAQAT6wEAFesBACkrAQApqwEAPmsBAAGrQQATq0EAFWtBACjrQQAq60EAPitBAD5rQQATa4EAFKuBACirgQAqK4EAPeuBAABrwQATK8EAFSvBAByJxEAva8EAMcnEQD+rwQAS7AEAE2wBACgsAQArbAEAPWwBAD8sAQASrEEAFKxBACfsQQAoLEEAPSxBAD5sQQASbIEAE+yBACesgQAqLIEAPOyBAD7sgQAHCgRAE2zBACdswQAn7MEAPKzBAD5swQAR7QEAFW0BACctAQAqbQEAPG0BAAItQQARrUEAE61BACbtQQApbUEAPC1BACxtQQAkhMFAPu1BABFtgQAUbYEAJq2BACitgQAcSgRAPC2BABEtwQA+bYEAG6MBQAFtwQALHkFAEm3BACZtwQAnLcEAO63BAD4twQAQ7gEAFq4BACYuAQAnrgEAO24BAD5uAQAQrkEAEW5BACXuQQAtLkEAOy5BAD9uQQAQboEAGC6BACWugQAnroEAOu6BADtugQAQLsEAE+7BACVuwQAn7sEAOq7BAD4uwQAP7wEAFq8BACUvAQAoLwEAOm8BADxvAQAxigRAEq9BACTvQQAor0EAOi9BADtvQQAPb4EAEO+BACSvgQAmb4EAOe+BADvvgQAPL8EAD6/BACRvwQAmL8EAOa/BADovwQAO8AEADzABACQwAQAmsAEAOXABADxwAQAOsEEAEDBBACPwQQAqcEEAOTBBADswQQAOcIEAE/CBACOwgQAnMIEAOPCBADmwgQAOMMEADvDBACNwwQAm8MEAOLDBADvwwQAN8QEAE7EBACMxAQAlMQEAOHEBADjxAQANsUEAD7FBACLxQQAosUEAODFBADsxQQANcYEAEvGBACKxgQAksYEAN/GBADtxgQANMcEAD7HBACJxwQAkccEAN7HBADlxwQAM8gEAD/IBACIyAQAicgEAN3IBADpyAQAMskEAD/JBACHyQQAjskEANzJBADfyQQAMcoEADnKBACGygQAi8oEANvKBADoygQAMMsEAGDLBACFywQAjcsEABspEQDiywQAN2IRAPbLBAAvzAQAN8wEAHApEQCSzAQA2cwEANvMBAAuzQQAP80EAIPNBACLzQQA2M0EAOTNBAAtzgQAM84EAILOBACIzgQA184EANzOBAAszwQAMs8EAMUpEQCGzwQA1s8EAI3PBADmtg0A3s8EACvQBAAw0AQAJnoKADHQBADJgAsAN9AEAG8wCwA60AQAgNAEADzQBAAhfgsAhdAEANXQBACG0AQAMm8JAOLQBAAq0QQAN9EEAH/RBACL0QQA1NEEAOPRBAAp0gQAM9IEABkrEQCI0gQA09IEANjSBAAo0wQAMNMEAG4rEQCD0wQA0tMEAOjTBAAn1AQANdQEAHzUBACJ1AQA0dQEANPUBAAm1QQAMNUEAHvVBACH1QQA0NUEANfVBAAl1gQALdYEAHrWBACB1gQAz9YEANjWBAAk1wQAMNcEAHnXBACB1wQAGCwRANPXBAAj2AQAK9gEAHjYBACH2AQAzdgEANLYBAAi2QQAL9kEAHfZBACE2QQAzNkEANjZBAAh2gQAMNoEAHbaBACA2gQAy9oEANnaBAAg2wQAJdsEAHXbBACC2wQAytsEANLbBAAf3AQAKdwEAHTcBACC3AQAydwEAN/cBAAe3QQAKt0EAHPdBAB43QQAyN0EANHdBAAd3gQAJ94EAG0sEQB83gQAx94EANPeBAAc3wQAJN8EAMIsEQB23wQAxt8EANPfBAAb4AQAKOAEAHDgBAB84AQAxeAEANTgBAAa4QQAJOEEAG/hBACH4QQAxOEEAM7hBAAZ4gQAJ+IEAG7iBACE4gQAw+IEAM/iBAAY4wQAHeMEAG3jBAB24wQAwuMEAMzjBAAX5AQAH+QEABctEQB55AQAweQEAILkBADMeBAAzuQEABblBAAi5QQAa+UEAHrlBADA5QQAyuUEABXmBAAj5gQAauYEAHfmBAC/5gQA1uYEABTnBAAc5wQAaecEAHPnBAC+5wQAw+cEABPoBAAb6AQAbC0RAHToBAC96AQAw+gEABLpBAAt6QQAZ+kEAHPpBAC86QQAwukEAMEtEQAZ6gQAFi4RAGvqBAC76gQAyOoEABDrBAAd6wQAZesEAHHrBAC66wQAyesEAA/sBAAZ7AQAZOwEAHLsBAC57AQAvuwEAA7tBAAb7QQAY+0EAGvtBABrLhEAxO0EAA3uBAAd7gQAYu4EAGvuBAC37gQAuu4EAAzvBAAY7wQAYe8EAGjvBADALhEAxO8EAAvwBAAh8AQAYPAEAGzwBAC18AQAvPAEAArxBAAS8QQAX/EEAGTxBAC08QQAvfEEAAnyBAAT8gQAFS8RAGPyBACz8gQAavIEAAT3BAC78gQACPMEAA7zBABd8wQAYvMEALLzBAC78wQAB/QEABH0BABc9AQAaPQEALH0BAC59AQAai8RAAv1BABb9QQAY/UEALD1BAC79QQABfYEAAr2BABa9gQAXfYEAK/2BAC59gQAvy8RAA73BABZ9wQAXfcEAK73BACz9wQAA/gEAAn4BABY+AQAePgEAK34BAC1+AQAAvkEABD5BABX+QQAWvkEAKz5BAC0+QQAAfoEAAr6BABW+gQAY/oEAKv6BACx+gQAAPsEAAz7BABV+wQAV/sEAKr7BAC5+wQA//sEAAr8BABU/AQAVvwEAKn8BADC/AQA/vwEAA/9BABT/QQAX/0EABQwEQCw/QQA/f0EAB3+BABS/gQAYP4EAKf+BAC0/gQA/P4EAAP/BABR/wQAbf8EAKb/BACu/wQAaTARAAAABQBQAAUAXQAFAKUABQCyAAUA+gAFAAYBBQBPAQUAXgEFAKQBBQCuAQUA+QEFAA4CBQBOAgUAVgIFAKMCBQCyAgUA+AIFAPoCBQBNAwUAVgMFAKIDBQClAwUA9wMFAAMEBQBMBAUAaAQFAKEEBQCpBAUAvjARAPsEBQBLBQUAYQUFAKAFBQCsBQUA9QUFABgGBQATMREAVwYFAJ8GBQCsBgUA9AYFAAAHBQBJBwUAWAcFAJ4HBQCoBwUA8wcFAPsHBQBICAUAUggFAJ0IBQCiCAUA8ggFAPoIBQBoMREAWwkFAJwJBQDCCQUA8QkFABcKBQBGCgUAbAoFAJsKBQDGCgUA8AoFAPgKBQBFCwUAbwsFAJoLBQDQCwUA7wsFABUMBQBEDAUAagwFAJkMBQDPDAUA7gwFABkNBQBDDQUASw0FAJgNBQCdDQUAPmcFAKcNBQDtDQUA8g0FAEIOBQBPDgUAlw4FAKQOBQDsDgUA+A4FAEEPBQBQDwUAlg8FAKAPBQDrDwUA+Q8FAEAQBQBFEAUAlRAFAKIQBQDqEAUA8hAFAD8RBQBFEQUAlBEFAEkRBQCWZAUAoBEFAOkRBQD5EQUAPhIFAEcSBQCTEgUAlhIFAOgSBQD0EgUAPRMFAEQTBQC9MREAphMFAOcTBQDqEwUAPBQFAFkUBQCRFAUAohQFAOYUBQDtFAUAOxUFAFQVBQCQFQUAmBUFAOUVBQD7FQUAOhYFAD8WBQCPFgUAlhYFAOQWBQDtFgUAORcFAEoXBQCOFwUAmhcFABIyEQDlFwUANRsFAPcXBQA4GAUAOxgFAI0YBQCqGAUA4hgFAPMYBQA3GQUARhkFAIwZBQCdGQUA4RkFAO8ZBQA2GgUAQhoFAIsaBQCYGgUA4BoFAOoaBQBnMhEAOxsFAIobBQCYGwUA3xsFAOEbBQA0HAUAOxwFAIkcBQCiHAUAvDIRAOccBQAzHQUAQB0FAIgdBQCWHQUA3R0FAOwdBQAyHgUANB4FAIceBQCRHgUA3B4FAOoeBQAxHwUANh8FAIYfBQCTHwUA2x8FAN4fBQAwIAUAPCAFAIUgBQCYIAUA2iAFAOkgBQAvIQUAOyEFAIQhBQCFIQUA2SEFAOMhBQAuIgUAPCIFAIMiBQCIIgUA2CIFAOUiBQARMxEAMiMFAIIjBQCYIwUA1yMFAO0jBQAsJAUANSQFAIEkBQCOJAUA1iQFAOQkBQArJQUAOiUFAIAlBQCCJQUA1SUFAN8lBQAqJgUAOCYFAH8mBQCEJgUA1CYFAOEmBQApJwUALCcFAH4nBQCGJwUA0ycFAOQnBQAoKAUANigFAH0oBQCKKAUA0igFAPIoBQAnKQUALykFAHwpBQCMKQUA0SkFANMpBQAmKgUANCoFAHsqBQCMKgUAEDQRANYqBQAlKwUAMSsFAGU0EQCBKwUAzysFAIcrBQA1GQcA1isFACQsBQAqLAUAeSwFAIUsBQDOLAUA0SwFACMtBQAmLQUAeC0FAKAtBQDNLQUA8C0FACIuBQAtLgUAdy4FAHwuBQDMLgUAzy4FACEvBQArLwUAdi8FAJ4vBQC6NBEA0C8FACAwBQAtMAUAdTAFAIIwBQDKMAUA1jAFAB8xBQAuMQUAdDEFAH4xBQDJMQUA0TEFAB4yBQAoMgUAczIFAHgyBQDIMgUA0DIFAA81EQAqMwUAcjMFAIYzBQDHMwUAzzMFABw0BQAhNAUAcTQFAIE0BQDGNAUAzjQFABs1BQAlNQUAcDUFAHs1BQDFNQUA0TUFABo2BQAiNgUAZDURAHA2BQDENgUA0DYFABk3BQAoNwUAbjcFAHw3BQDDNwUA0zcFABg4BQAmOAUAbTgFAHk4BQDCOAUAyTgFABc5BQAfOQUAbDkFAII5BQDBOQUA1TkFABY6BQAZOgUAazoFAIg6BQDAOgUA0ToFABU7BQAdOwUAajsFAHU7BQC/OwUAxDsFABQ8BQAXPAUAaTwFAHM8BQC+PAUAwTwFALk1EQAVPQUAZzsIABg9BQBoPQUAaz0FAL09BQDHPQUAEj4FABo+BQBnPgUAhj4FAA42EQDQPgUAET8FADc/BQBmPwUAjD8FALs/BQDhPwUAEEAFAEhABQBlQAUAm0AFALpABQDgQAUAD0EFADVBBQBkQQUAmkEFALlBBQDdQQUADkIFACpCBQBjQgUAa0IFAGM2EQC9QgUADUMFABpDBQBiQwUAb0MFALdDBQDDQwUADEQFABtEBQBhRAUAa0QFALZEBQDERAUAC0UFABBFBQBgRQUAbUUFALVFBQC9RQUAuDYRABZGBQBfRgUAb0YFALRGBQC9RgUACUcFAAxHBQBeRwUAakcFALNHBQC6RwUADTcRABZIBQBdSAUAc0gFALJIBQC+SAUAB0kFAA5JBQBcSQUAZEkFALFJBQC2SQUABkoFAA9KBQBbSgUAZUoFAGI3EQCxSgUABUsFABFLBQBaSwUAYEsFAK9LBQCxSwUABEwFAA5MBQBZTAUAZ0wFAK5MBQCzTAUAA00FABBNBQBYTQUAYE0FAK1NBQC3TQUAAk4FABBOBQBXTgUAbU4FAKxOBQC4TgUAAU8FAAhPBQBWTwUAXk8FAKtPBQCwTwUAAFAFAAlQBQBVUAUAX1AFALc3EQCtUAUA/1AFABxRBQBUUQUAZVEFAKlRBQC3UQUA/lEFABZSBQBTUgUAVlIFAKhSBQDFUgUA/VIFAA5TBQBSUwUAalMFAKdTBQCzUwUA/FMFAA9UBQBRVAUAYFQFAKZUBQCyVAUA+1QFAPxUBQBQVQUAWlUFAKVVBQCzVQUA+lUFAP9VBQBPVgUAXFYFAAw4EQCpVgUA+VYFAAZXBQBOVwUAW1cFAKNXBQCvVwUA+FcFAAdYBQBNWAUAV1gFAKJYBQCwWAUA91gFAPxYBQBMWQUAWVkFAKFZBQCpWQUACzkRAAJaBQBLWgUAW1oFAKBaBQCpWgUA9VoFAPhaBQBKWwUAVlsFAJ9bBQCmWwUAYDkRAAJcBQBJXAUAX1wFAJ5cBQCqXAUA81wFAPpcBQBIXQUAUF0FAJ1dBQCiXQUA8l0FAPtdBQBHXgUAUV4FALU5EQCdXgUA8V4FAP1eBQBGXwUATF8FAJtfBQCdXwUA8F8FAPpfBQBFYAUAU2AFAJpgBQCfYAUA72AFAPxgBQBEYQUATGEFAJlhBQCjYQUA7mEFAPxhBQBDYgUAWWIFAJhiBQCkYgUA7WIFAPRiBQBCYwUASmMFAJdjBQCcYwUA7GMFAPVjBQBBZAUAS2QFAAo6EQCkZAUA62QFAAFlBQBAZQUATGUFAJVlBQCcZQUA6mUFAPJlBQA/ZgUARGYFAJRmBQCdZgUA6WYFAPNmBQBfOhEAP2cFAJNnBQCfZwUA6GcFAO5nBQA9aAUAP2gFAJJoBQCcaAUA52gFAPVoBQA8aQUAQWkFAJFpBQCeaQUA5mkFAO5pBQA7agUARWoFAJBqBQCeagUA5WoFAPtqBQA6awUARmsFAI9rBQCWawUA5GsFAOxrBQA5bAUAPmwFAI5sBQCXbAUA42wFAO1sBQC0OhEAOm0FAESvDABGbQUAjW0FAJ5tBQDibQUA520FADduBQBObgUAjG4FAKBuBQDhbgUA+W4FADZvBQBFbwUAi28FAJBvBQDgbwUA7W8FADVwBQBCcAUAinAFAJZwBQDfcAUA7nAFADRxBQA+cQUAiXEFAJFxBQDecQUA/HEFADNyBQA7cgUAiHIFAJFyBQDdcgUA6nIFADJzBQA0cwUAh3MFAKBzBQDccwUA7XMFADF0BQA9dAUAhnQFAI50BQAJOxEA4HQFADB1BQA4dQUAhXUFAJR1BQDadQUA33UFAC92BQA8dgUAhHYFAJF2BQDZdgUA5XYFAC53BQA9dwUAg3cFAI13BQDYdwUA4HcFAC14BQA3eAUAgngFAId4BQDXeAUA33gFAF47EQBAeQUAgXkFAIR5BQDWeQUA83kFACt6BQA8egUAgHoFALZ6BQDVegUA9HoFACp7BQAyewUAf3sFAIF7BQDUewUA43sFACl8BQAzfAUAfnwFAIx8BQDTfAUA7nwFACh9BQA0fQUAfX0FAIV9BQCzOxEA3n0FACd+BQA2fgUAfH4FAIF+BQDRfgUA134FACZ/BQAtfwUAe38FAIN/BQDQfwUA0n8FACWABQAsgAUAeoAFAHyABQDPgAUA0IAFACSBBQAugQUAeYEFAIWBBQDOgQUA1IEFACOCBQA9ggUAeIIFAICCBQDNggUA44IFACKDBQAwgwUAd4MFAHqDBQDMgwUAz4MFACGEBQAvhAUAdoQFAIOEBQDLhAUA4oQFACCFBQAohQUAdYUFAHeFBQDKhQUA0oUFAB+GBQA2hgUAdIYFAICGBQDJhgUA34YFAB6HBQAmhwUAc4cFAIGHBQDIhwUA0ocFAB2IBQAliAUAcogFAHmIBQDHiAUA04gFAByJBQAdiQUAcYkFAH2JBQDGiQUA04kFABuKBQAiigUAcIoFAHOKBQDFigUAzYoFABqLBQAfiwUAb4sFAHyLBQDEiwUA9IsFABmMBQAhjAUACDwRAHSMBQDDjAUA0YwFABiNBQApjQUAbY0FAHKNBQDCjQUA2Y0FABeOBQArjgUAbI4FAIuOBQDBjgUAyY4FABaPBQAYjwUAa48FAHqPBQDAjwUAyo8FABWQBQAjkAUAapAFAIWQBQC/kAUAy5AFABSRBQAckQUAXTwRAHWRBQC+kQUAzZEFABOSBQAYkgUAaJIFAG6SBQC9kgUAxJIFABKTBQAakwUAZ5MFAGmTBQC8kwUAw5MFABGUBQATlAUAZpQFAGeUBQC7lAUAxZQFABCVBQAclQUAZZUFAGuVBQC6lQUA1JUFAA+WBQAXlgUAZJYFAHqWBQC5lgUAx5YFAA6XBQARlwUAY5cFAGaXBQC4lwUAxpcFAA2YBQAamAUAYpgFAHmYBQC3mAUAv5gFAAyZBQAOmQUAYZkFAGmZBQC2mQUAzZkFAAuaBQAXmgUAYJoFAHaaBQC1mgUAvZoFAAqbBQAYmwUAX5sFAGmbBQC0mwUAvJsFAAmcBQAQnAUAXpwFAGqcBQCznAUAtJwFAAidBQAUnQUAXZ0FAGqdBQCynQUAuZ0FAAeeBQAKngUAXJ4FAGSeBQCxngUAtp4FAAafBQATnwUAW58FAIufBQCwnwUAuJ8FALI8EQAKoAUAWqAFAHagBQCvoAUAt6AFAAc9EQA9oQUAWaEFAH+hBQCuoQUA16EFAAOiBQA5ogUAWKIFAG2iBQCtogUAtaIFAAKjBQAFowUAV6MFAHSjBQCsowUAvaMFAAGkBQAEpAUAVqQFAGCkBQCrpAUAraQFAAClBQAKpQUAVaUFAGGlBQCqpQUAxqUFAP+lBQAHpgUAXD0RAIimBQCppgUArKYFAP6mBQAkpwUAU6cFAHynBQCopwUAzKcFAP2nBQAFqAUAsT0RAFeoBQCnqAUAtKgFAPyoBQAJqQUAUakFAF2pBQCmqQUAtakFAPupBQAFqgUAUKoFAF6qBQClqgUAqqoFAPqqBQAHqwUAT6sFAFerBQCkqwUArqsFAPmrBQAHrAUATqwFAGSsBQCjrAUAr6wFAPisBQD9rAUATa0FAFatBQCirQUArK0FAPetBQATrgUATK4FAFSuBQAGPhEAo64FAPauBQAErwUAS68FAFyvBQBbPhEAp68FALA+EQD6rwUASrAFAFKwBQCfsAUArrAFAPSwBQD6sAUASbEFAFWxBQCesQUAoLEFAPOxBQD9sQUASLIFAFSyBQCdsgUApbIFAFo/EQD3sgUAR7MFAFazBQCcswUAvLMFAPGzBQD9swUARrQFAFC0BQCbtAUAo7QFAPC0BQDytAUARbUFAFW1BQCatQUApLUFAO+1BQD7tQUARLYFAEq2BQCZtgUAobYFAK8/EQAFtwUAQ7cFAEu3BQCYtwUAorcFAO23BQDytwUAQrgFAEq4BQAEQBEAnLgFAOy4BQD1uAUA9f4LAPm4BQBBuQUAArkFAOgIDwBLuQUAIs8OAE65BQCWuQUAorkFAOu5BQD6uQUAQLoFAEq6BQCVugUAnboFALNBCwCjugUA6roFAPe6BQA/uwUAVrsFAJS7BQCcuwUA6bsFAPO7BQA+vAUAQ7wFAJO8BQCbvAUAWUARAPW8BQA9vQUAS70FAJK9BQClvQUA570FAO+9BQA8vgUAP74FAJG+BQCWvgUA5r4FAPW+BQA7vwUAW78FAJC/BQCcvwUA5b8FAO+/BQA6wAUAVsAFAI/ABQCXwAUArkARAPfABQA5wQUAP8EFAI7BBQCawQUA48EFAO3BBQA4wgUAPsIFAI3CBQCbwgUA4sIFAO7CBQA3wwUAOsMFAIzDBQCNwwUA4cMFAO3DBQA2xAUAPMQFAIvEBQCRxAUA4MQFAOzEBQA1xQUAUsUFAIrFBQCTxQUA38UFAOvFBQA0xgUAN8YFAInGBQCTxgUA3sYFAOrGBQAzxwUAOccFAIjHBQCOxwUA3ccFAOLHBQAyyAUAOMgFAANBEQCTyAUA3MgFAN7IBQAxyQUAQMkFAIbJBQCRyQUA28kFAOfJBQAwygUAN8oFAIXKBQCNygUA2soFAOTKBQAvywUAOssFAITLBQCQywUA2csFAOHLBQACQhEAMMwFAIPMBQCWzAUA2MwFAODMBQAtzQUAM80FAILNBQCOzQUA180FAOHNBQAszgUAMs4FAIHOBQCPzgUA1s4FAOLOBQArzwUALs8FAIDPBQCIzwUA1c8FANbPBQAq0AUANtAFAH/QBQCF0AUA1NAFANzQBQAp0QUAL9EFAH7RBQCK0QUA09EFAPDRBQAo0gUAMdIFAH3SBQCJ0gUA0tIFANXSBQAn0wUAMdMFAHzTBQCE0wUA0dMFAOLTBQAm1AUANNQFAHvUBQCR1AUA0NQFAN7UBQAl1QUAL9UFAFdCEQCJ1QUAz9UFANrVBQAk1gUAMNYFAHnWBQCA1gUAztYFANbWBQAj1wUALdcFAHjXBQCD1wUAzdcFANnXBQAi2AUAKtgFAKxCEQB52AUAzNgFAN/YBQAh2QUAKdkFAHbZBQB82QUAy9kFANfZBQAg2gUAKtoFAHXaBQB72gUAytoFANjaBQAf2wUAK9sFAHTbBQB32wUAydsFANHbBQAe3AUAH9wFAHPcBQB/3AUAyNwFAM7cBQAd3QUAJd0FAHLdBQB43QUAx90FANPdBQAc3gUAOd4FAHHeBQB63gUAxt4FANLeBQAb3wUAHt8FAHDfBQB63wUAxd8FAM3fBQAa4AUAK+AFAG/gBQB94AUAxOAFANrgBQAZ4QUAJ+EFAG7hBQB44QUAw+EFAMvhBQAY4gUAO+IFAAFDEQB44gUAwuIFANDiBQAX4wUAJuMFAGzjBQB34wUAweMFAMnjBQAW5AUAJOQFAGvkBQBu5AUAwOQFAMjkBQBWQxEAI+UFAGrlBQBt5QUAv+UFAMflBQBnPQYAy+UFAD0SBgDO5QUADuwFANvlBQAU5gUAMOYFAKtDEQBr5gUAvuYFAMvmBQAT5wUAIOcFAGjnBQBt5wUAvecFAMfnBQAS6AUAIegFAGfoBQBs6AUAvOgFAMnoBQAR6QUAHukFAGbpBQBy6QUAu+kFAMrpBQAQ6gUAGuoFAGXqBQBx6gUAuuoFAMDqBQAP6wUAFesFAGTrBQBp6wUAuesFAL/rBQAARBEAE+wFAJ0HBgAf7AUAY+wFAHHsBQC47AUAxOwFAA3tBQAa7QUAYu0FAGztBQC37QUA0+0FAAzuBQAo7gUAVUQRAGPuBQC27gUAw+4FAAvvBQAY7wUAYO8FAGXvBQC17wUAv+8FAArwBQAZ8AUAX/AFAGTwBQC08AUAwfAFAAnxBQAW8QUAXvEFAGrxBQCz8QUAwvEFAAjyBQAS8gUAXfIFAGnyBQCy8gUAuPIFAAfzBQAN8wUAXPMFAGHzBQCx8wUAt/MFAKpEEQAN9AUAW/QFAGn0BQCw9AUAs/QFAAX1BQAU9QUAWvUFAF/1BQCv9QUAvPUFAAT2BQAR9gUAWfYFAGX2BQCu9gUAvfYFAAP3BQAN9wUAWPcFAGb3BQCt9wUAsvcFAAL4BQAP+AUAV/gFAGP4BQCs+AUAv/gFAAH5BQAQ+QUAVvkFAGL5BQCr+QUArPkFAAD6BQAK+gUAVfoFAGP6BQCq+gUAr/oFAP/6BQAM+wUA/0QRAFb7BQCp+wUAt/sFAP77BQAP/AUA/kURAFr8BQBTRhEArfwFAP38BQAF/QUAUv0FAGH9BQCn/QUArP0FAPz9BQAJ/gUAUf4FAF7+BQCm/gUAsv4FAPv+BQAK/wUAUP8FAFr/BQD9RhEAp/8FAPr/BQAVAAYATwAGAFEABgCkAAYAvgAGAPkABgAGAQYATgEGAFoBBgCjAQYArQEGAPgBBgASAgYATQIGAFwCBgCiAgYApwIGAPcCBgAEAwYATAMGAFkDBgChAwYArQMGAPYDBgAFBAYASwQGAFUEBgCgBAYArAQGAPUEBgAIBQYASgUGAFkFBgCfBQYAqwUGAPQFBgD1BQYASQYGAFMGBgCeBgYArAYGAPMGBgD4BgYASAcGAFUHBgBSRxEAqgcGAPIHBgD/BwYARwgGAFMIBgCcCAYAqwgGAPEIBgD7CAYARgkGAFQJBgCbCQYAoAkGAPAJBgD9CQYARQoGAFEKBgCaCgYArQoGAO8KBgD+CgYARAsGAFALBgCZCwYAmgsGAO4LBgD4CwYAQwwGAFEMBgCYDAYAnQwGAO0MBgD6DAYAp0cRAE8NBgCXDQYAmQ0GAOwNBgAFDgYAQQ4GAFIOBgCWDgYAog4GAOsOBgDzDgYApkgRAEUPBgCVDwYAnQ8GAOoPBgD5DwYAPxAGAEQQBgCUEAYAoRAGAOkQBgD2EAYAPhEGAEoRBgCTEQYAohEGAOgRBgDyEQYA+0gRAFASBgCSEgYAoRIGAOcSBgDzEgYAPBMGAD0TBgCREwYAmxMGAOYTBgD0EwYAOxQGAEAUBgCQFAYAnRQGAFBJEQDqFAYAOhUGAEcVBgCPFQYAnBUGAOQVBgDwFQYAORYGAEgWBgCOFgYAmBYGAOMWBgDxFgYAOBcGAD0XBgCNFwYAmhcGAOIXBgDqFwYAT0oRAEMYBgCMGAYAnBgGAOEYBgDqGAYANhkGADkZBgCLGQYAlxkGAOAZBgDnGQYApEoRAEAaBgCKGgYAixoGAN8aBgD3GgYANBsGAEEbBgCJGwYAlRsGAN4bBgDoGwYAMxwGADccBgCIHAYAjRwGAN0cBgDjHAYAMh0GAFIdBgCHHQYAnx0GANwdBgDzHQYAMR4GAD0eBgCGHgYAkB4GANseBgDdHgYAMB8GADcfBgCFHwYAjB8GANofBgDgHwYALyAGADsgBgCEIAYAhyAGANkgBgDcIAYALiEGADohBgCDIQYAhiEGAPlKEQDdIQYALSIGADUiBgCCIgYAiCIGANciBgDcIgYALCMGADUjBgCBIwYAiyMGANYjBgDiIwYAKyQGADMkBgBOSxEAhSQGANUkBgDdJAYAKiUGADUlBgB/JQYAhCUGANQlBgDXJQYAKSYGADMmBgCjSxEAiiYGANMmBgDaJgYAKCcGADYnBgB9JwYAgCcGANInBgDaJwYAJygGACooBgB8KAYAiCgGANEoBgDXKAYAJikGAEEpBgB7KQYAhykGANApBgDWKQYAJSoGAC0qBgB6KgYAfioGAM8qBgDbKgYAJCsGADErBgB5KwYAgysGAM4rBgDWKwYAIywGACUsBgB4LAYAfCwGAM0sBgDPLAYAIi0GADYtBgD4SxEAfy0GAMwtBgDQLQYAIS4GACMuBgB2LgYAeS4GAMsuBgDTLgYAIC8GAC0vBgB1LwYAei8GAMovBgDULwYAHzAGACcwBgB0MAYAdTAGAMkwBgDOMAYAHjEGACExBgBzMQYAdjEGAMgxBgDWMQYAHTIGADYyBgByMgYAgzIGAMcyBgDTMgYAHDMGACQzBgBNTBEAdjMGAMYzBgDOMwYAGzQGACo0BgBwNAYAdTQGAMU0BgDSNAYAGjUGACc1BgBvNQYAezUGAMQ1BgDTNQYAGTYGACM2BgBuNgYAdjYGAMM2BgDNNgYAGDcGAB03BgBtNwYAdTcGAKJMEQDNNwYAFzgGACM4BgBsOAYAdDgGAPdMEQDNOAYAFjkGAB05BgBrOQYAeTkGAMA5BgDDOQYAFToGAB06BgBqOgYAbToGAL86BgDLOgYAFDsGABo7BgBpOwYAhDsGAL47BgDKOwYAEzwGABk8BgBoPAYAizwGAL08BgDAPAYAEj0GADY9BgBMTREAdj0GALw9BgDBPQYAET4GAB4+BgBmPgYAcz4GALs+BgDHPgYAED8GAB8/BgBlPwYAbz8GALo/BgDIPwYAD0AGABRABgBkQAYAcUAGALlABgDBQAYAoU0RABtBBgBjQQYAa0EGALhBBgDRQQYADUIGABNCBgBiQgYAZ0IGALdCBgDXQgYADEMGABhDBgBhQwYAbkMGALZDBgC+QwYAC0QGAA5EBgBgRAYAakQGALVEBgC3RAYACkUGABRFBgBfRQYAa0UGAPZNEQDKRQYACUYGABVGBgBeRgYAY0YGALNGBgBmRgYAWT8SALxGBgAIRwYAEkcGAF1HBgBlRwYAbTMKAGlHBgCyRwYAgEcGANtvCgC4RwYAB0gGAMVHBgC25wwADUgGAFxIBgBhSAYAsUgGALdIBgBLThEAFEkGAFtJBgBxSQYAsEkGALxJBgAFSgYACkoGAFpKBgBjSgYAr0oGALlKBgAESwYADEsGAFlLBgBoSwYArksGALNLBgADTAYAEEwGAFhMBgBlTAYArUwGALlMBgACTQYAEU0GAFdNBgBhTQYArE0GALpNBgABTgYADk4GAFZOBgBtTgYAq04GALNOBgAATwYACk8GAFVPBgBaTwYAqk8GALJPBgBKTxEAC1AGAFRQBgBaUAYAqVAGAMRQBgD+UAYAClEGAFNRBgBZUQYAn08RAK5RBgAQjQ0Au1EGAP1RBgAMUgYAUlIGAF5SBgCnUgYAqFIGAPxSBgAGUwYAUVMGAF9TBgCmUwYAq1MGAPtTBgAIVAYA9E8RAFVUBgClVAYArVQGAPpUBgD9VAYAT1UGAFhVBgCkVQYAs1UGAPlVBgAEVgYATlYGAFZWBgCjVgYAs1YGAPhWBgAGVwYATVcGAF5XBgCiVwYArlcGAPdXBgD/VwYA81ARAFJYBgChWAYAqVgGAPZYBgD9WAYAS1kGAFlZBgCgWQYAplkGAPVZBgABWgYASloGAFlaBgCfWgYAqVoGAPRaBgD5WgYASVsGAE9bBgCeWwYAslsGAPNbBgD7WwYASFwGAHJcBgCdXAYAplwGAPJcBgD/XAYAR10GAFVdBgCcXQYAr10GAPFdBgANXgYASFERAEteBgCbXgYAqF4GAPBeBgD9XgYARV8GAFFfBgCaXwYAqV8GAO9fBgD5XwYARGAGAFJgBgCZYAYAnmAGAO5gBgD7YAYAQ2EGAEthBgCdUREApGEGAO1hBgD9YQYAQmIGAEtiBgCXYgYAmmIGAOxiBgD4YgYAQWMGAEhjBgDyUREAwGMGAOtjBgD0YwYAQGQGAE1kBgCVZAYAo2QGAOpkBgD9ZAYAP2UGAFtlBgBHUhEAomUGAOllBgD/ZQYAPmYGAEpmBgCTZgYAmmYGAOhmBgDwZgYAPWcGAEJnBgCSZwYAm2cGAOdnBgDxZwYAnFIRAD1oBgCRaAYAnWgGAOZoBgDsaAYAO2kGAD1pBgCQaQYAmmkGAOVpBgDzaQYAOmoGAD9qBgCPagYAnGoGAORqBgDsagYAOWsGAENrBgCOawYAnGsGAONrBgD5awYAOGwGAERsBgCNbAYAlGwGAOJsBgDqbAYAN20GADxtBgCMbQYAlW0GAOFtBgDrbQYA8VIRADxuBgCLbgYAkW4GAOBuBgDlbgYANW8GADtvBgBGUxEAj28GAN9vBgDsbwYANHAGAEFwBgCJcAYAlXAGAN5wBgDtcAYAM3EGAD1xBgCIcQYAlnEGAN1xBgDicQYAMnIGAD9yBgCHcgYAj3IGAEVUEQDqcgYAMXMGAEdzBgCGcwYAknMGANtzBgDgcwYAMHQGADl0BgCFdAYAj3QGAJpUEQDmdAYAL3UGAEB1BgCEdQYAkHUGANl1BgDodQYALnYGADh2BgCDdgYAkXYGANh2BgDddgYALXcGADp3BgCCdwYAjHcGANd3BgCOdwYAfnsGAOV3BgAseAYAQngGAIF4BgCNeAYA1ngGANt4BgAreQYANHkGAIB5BgCKeQYA1XkGAOF5BgAqegYAMHoGAH96BgCFegYA1HoGANl6BgApewYAL3sGAO9UEQCEewYA03sGANl7BgAofAYALXwGAH18BgCDfAYARFURAOB8BgAnfQYAPX0GAHx9BgCIfQYA0X0GANZ9BgAmfgYAL34GAHt+BgCFfgYA0H4GANx+BgAlfwYAOH8GAHp/BgCJfwYAz38GANt/BgAkgAYAJYAGAHmABgCDgAYAzoAGANyABgAjgQYAKIEGAHiBBgCFgQYAmVURANyBBgAiggYAQoIGAHeCBgCDggYAzIIGANaCBgAhgwYAJoMGAHaDBgB3gwYAy4MGANeDBgAghAYALYQGAHWEBgCBhAYAyoQGAN2EBgAfhQYALoUGAHSFBgCAhQYAyYUGAMqFBgAehgYAKIYGAHOGBgCBhgYAyIYGAM2GBgAdhwYAKocGAO5VEQCOhwYAQ1YRAM2HBgAciAYAIogGAHGIBgB2iAYAxogGAMyIBgCYVhEAIIkGAHCJBgBziQYAxYkGANGJBgAaigYAIIoGAG+KBgCKigYAxIoGANCKBgAZiwYAH4sGAG6LBgBwiwYAw4sGAN6LBgAYjAYAGowGAG2MBgB7jAYAwowGANOMBgAXjQYAGY0GAGyNBgCFjQYAwY0GANKNBgAWjgYAIo4GAJdXEQB1jgYAwI4GAM6OBgAVjwYAK48GAGqPBgB2jwYAv48GAMSPBgAUkAYAHZAGAGmQBgBzkAYAvpAGAMaQBgATkQYAGJEGAGiRBgB3kQYAvZEGAMyRBgASkgYAG5IGAGeSBgBtkgYAvJIGAMKSBgARkwYAHZMGAGaTBgBtkwYAu5MGAMOTBgAQlAYAEpQGAGWUBgB1lAYAupQGAMSUBgAPlQYAG5UGAGSVBgBqlQYAuZUGAMGVBgDsVxEAGpYGAGOWBgB0lgYAuJYGAMSWBgANlwYAHJcGAGKXBgBslwYAt5cGAMWXBgAMmAYAEZgGAGGYBgBumAYAtpgGAL6YBgALmQYAFZkGAJ6wBgAXmQYAYJkGAGaZBgC1mQYAu5kGAAqaBgAPmgYAX5oGAGWaBgBBWBEAwJoGAAmbBgAPmwYAXpsGAHmbBgCzmwYAv5sGAAicBgAOnAYAXZwGAGWcBgCynAYAtZwGAAedBgATnQYAXJ0GAG2dBgCxnQYAvZ0GAAaeBgAVngYAW54GAGWeBgCwngYAvp4GAAWfBgAKnwYAWp8GAGefBgCvnwYAt58GAASgBgAOoAYAWaAGAGegBgCuoAYAxKAGAAOhBgAPoQYAWKEGAF2hBgCtoQYAtqEGAAKiBgAMogYAQFkRAF2iBgCsogYAsqIGAAGjBgANowYAVqMGAGOjBgCrowYAtaMGAACkBgAIpAYAVaQGAF+kBgCqpAYAr6QGAP+kBgAApQYAVKUGAFmlBgCppQYAuqUGAP6lBgADpgYAU6YGAGqmBgCopgYAvKYGAP2mBgAZpwYAUqcGAFqnBgCVWREAr6cGAPynBgAGqAYAUagGAGWoBgCmqAYAp6gGAPuoBgAHqQYAUKkGAGypBgClqQYArakGAOpZEQADqgYAT6oGAF2qBgCkqgYAXqoGADsPCwCuqgYA+aoGAPuqBgBOqwYAZ6sGAKOrBgC0qwYA+KsGAASsBgBNrAYAVawGAD9aEQCurAYA96wGAP2sBgBMrQYAZ60GAKGtBgCtrQYA9q0GAPytBgBLrgYATq4GAKCuBgCorgYA9a4GAAWvBgBKrwYAT68GAJ+vBgCorwYA9K8GAAGwBgBJsAYAULAGAJRaEQCssAYA87AGAAmxBgBIsQYAVLEGAJ2xBgCisQYA8rEGAPuxBgBHsgYAUbIGAJyyBgC4sgYA8bIGAPmyBgDpWhEAS7MGAJuzBgCjswYA8LMGAPKzBgBFtAYAYLQGAJq0BgCctAYA77QGAP20BgBEtQYAVbUGAJm1BgCbtQYA7rUGAAe2BgBDtgYAVLYGAJi2BgCktgYA7bYGAPW2BgA+WxEATrcGAJe3BgCdtwYA7LcGAAe4BgBBuAYATbgGAJa4BgCcuAYA67gGAO64BgCTWxEAXbkGAJW5BgCWuQYA6rkGAPm5BgA/ugYARLoGAJS6BgChugYA6boGAPa6BgA+uwYASrsGAJO7BgCiuwYA6LsGAPK7BgA9vAYAS7wGAJK8BgCXvAYA57wGAPS8BgA8vQYASL0GAJG9BgCXvQYA5r0GAKS9BgAm0wYA7L0GADu+BgBAvgYAkL4GAJa+BgDoWxEA6r4GADq/BgBavwYAj78GAJu/BgDkvwYA6r8GADnABgBBwAYAYuwGAELABgCOwAYAm8AGAOPABgDpwAYAOMEGAETBBgCNwQYAj8EGAOLBBgDxwQYAN8IGAELCBgCMwgYAjsIGAOHCBgD6wgYANsMGAEfDBgCLwwYAl8MGAODDBgDswwYANcQGAEjEBgCKxAYAmcQGAN/EBgDrxAYANMUGADXFBgCJxQYAk8UGAN7FBgDsxQYAM8YGADjGBgCIxgYAlcYGAD1cEQDqxgYAMscGAEbHBgCHxwYAo8cGANzHBgD4xwYAklwRAEDIBgCGyAYAh8gGANvIBgDqyAYAMMkGADXJBgCFyQYAkskGANrJBgDnyQYAL8oGADvKBgCEygYAk8oGANnKBgDjygYALssGADzLBgCDywYAiMsGANjLBgDlywYALcwGAD3MBgCCzAYAhMwGANfMBgDlzAYALM0GAD3NBgDnXBEAiM0GADxdEQDbzQYAK84GADjOBgCAzgYAjc4GANXOBgDbzgYAKs8GADbPBgB/zwYAj88GANTPBgDdzwYAKdAGACzQBgB+0AYAitAGANPQBgDa0AYAkV0RADTRBgB90QYAjdEGANLRBgDb0QYAJ9IGACrSBgB80gYAiNIGANHSBgDY0gYA5l0RADXTBgB70wYAh9MGANDTBgDR0wYAJdQGAC/UBgB61AYAiNQGAM/UBgDU1AYAJNUGADHVBgA7XhEAftUGAM7VBgDd1QYAI9YGAEPWBgB41gYAhNYGAM3WBgDX1gYAItcGACrXBgB31wYAg9cGAMzXBgDS1wYAIdgGACfYBgB22AYAe9gGAMvYBgDR2AYAOl8RACXZBgB12QYAftkGAMrZBgDb2QYAH9oGACbaBgB02gYAfNoGAMnaBgDW2gYAHtsGACPbBgBz2wYAfdsGAMjbBgDQ2wYAHdwGACzcBgBy3AYAd9wGAMfcBgDU3AYAHN0GACndBgBx3QYAfd0GAMbdBgDV3QYAG94GACXeBgBw3gYAeN4GAMXeBgDP3gYAGt8GAB/fBgBv3wYAd98GADlgEQDJ3wYAGeAGABzgBgBu4AYAeOAGAI5gEQDJ4AYAGOEGAB3hBgBt4QYAjeEGAMLhBgDO4QYAF+IGAB3iBgBs4gYAb+IGAMHiBgDD4gYAFuMGADHjBgBr4wYAbeMGAMDjBgDO4wYAFeQGACbkBgBq5AYAbOQGAL/kBgDY5AYAFOUGACXlBgBp5QYAdeUGAONgEQDO5QYAE+YGADPmBgBo5gYAauYGAL3mBgDJ5gYAto8PAMzmBgCo+wYA2eYGAPAIBwDp5gYAEucGABXnBgBn5wYAducGALznBgDB5wYAEegGAB7oBgBm6AYAc+gGALvoBgDH6AYAEOkGAB/pBgBl6QYAb+kGALrpBgDI6QYAD+oGABTqBgBk6gYAceoGALnqBgDF6gYADusGABTrBgBj6wYAaesGALjrBgC96wYADewGABPsBgA4YREAeOwGALfsBgC57AYADO0GACDtBgBh7QYAae0GALbtBgDD7QYAC+4GABDuBgBg7gYAau4GALXuBgC97gYACu8GACPvBgBf7wYAa+8GALTvBgC87wYAjWERACTwBgBe8AYAYPAGALPwBgDB8AYACPEGABnxBgBd8QYAX/EGALLxBgDL8QYAB/IGABjyBgBc8gYAaPIGAOJhEQC28gYABvMGAA/zBgBb8wYAbPMGALDzBgC38wYABfQGAA30BgBa9AYAZ/QGAK/0BgC09AYABPUGAA71BgBZ9QYAYfUGAK71BgDH9QYAA/YGAA/2BgBY9gYAYPYGAIxiEQCw9gYAAvcGAAz3BgBX9wYAWfcGAKz3BgDF9wYAAfgGABL4BgBW+AYAZPgGAKv4BgCu+AYAAPkGAAv5BgBV+QYAYfkGAKr5BgCx+QYA4WIRAAT6BgBU+gYAXPoGAKn6BgC3+gYA/voGAP/6BgBT+wYAbvsGADZjEQCt+wYA/fsGAAr8BgBS/AYAX/wGAKf8BgCz/AYA/PwGAAv9BgBR/QYAW/0GAKb9BgC0/QYA+/0GAAD+BgBQ/gYAXf4GAKX+BgCx/gYA+v4GAAD/BgBP/wYAVf8GAKT/BgCp/wYA+f8GAP//BgCLYxEAWwAHAKMABwClAAcA+AAHABEBBwBNAQcAXgEHAKIBBwCuAQcA9wEHAP8BBwCKZBEAUQIHAKECBwCpAgcA9gIHAA8DBwBLAwcAUAMHAKADBwClAwcA9QMHAP8DBwBKBAcATQQHAJ8EBwCpBAcA9AQHAPoEBwBJBQcASwUHAJ4FBwCfBQcA8wUHAPsFBwBIBgcAWAYHAJ0GBwCjBgcA8gYHAPcGBwBHBwcAXQcHAJwHBwCkBwcA8QcHABsIBwBGCAcAaQgHAJsIBwC6CAcA32QRAPgIBwA0ZREAVgkHAJoJBwCoCQcA7wkHAPsJBwBECgcAUQoHAJkKBwCjCgcA7goHAPYKBwBDCwcATgsHAJgLBwCaCwcA7QsHAPALBwBCDAcASgwHAJcMBwCdDAcA7AwHAPUMBwBBDQcATg0HAJYNBwCeDQcA6w0HAPANBwBADgcASQ4HAJUOBwCfDgcA6g4HAPIOBwA/DwcARA8HAJQPBwCkDwcA6Q8HAPEPBwA+EAcAQBAHAJMQBwCuEAcA6BAHAOoQBwA9EQcASxEHAJIRBwCjEQcA5xEHAOkRBwA8EgcAVRIHAJESBwCiEgcA5hIHAPISBwA7EwcAQxMHAIllEQCWEwcA5RMHAOoTBwA6FAcAWhQHAI8UBwCbFAcA5BQHAOoUBwA5FQcAPBUHAI4VBwCWFQcA4xUHAO0VBwA4FgcAPRYHAI0WBwCVFgcA4hYHAOwWBwA3FwcAORcHAIwXBwCdFwcA4RcHAAEYBwA2GAcAPhgHAIsYBwCVGAcA4BgHAOUYBwDeZREASRkHAIoZBwCSGQcA3xkHAOQZBwA0GgcARBoHAIkaBwCRGgcA3hoHAOgaBwAzGwcAPhsHAIgbBwCUGwcA3RsHAOUbBwAzZhEAPhwHAIccBwCTHAcA3BwHAOMcBwAxHQcAOR0HAIYdBwCfHQcA2x0HAOEdBwAwHgcANR4HAIUeBwClHgcA2h4HAOYeBwAvHwcANR8HAIQfBwCHHwcAiGYRANsfBwAuIAcA5x8HABGJEAAxIAcAgyAHAI0gBwDYIAcA5iAHAC0hBwA8IQcAgiEHAIUhBwDXIQcAmiEHAO1gBwCeIQcAZD8HAOMhBwAsIgcALiIHAIEiBwCHIgcA1iIHAOUiBwArIwcANiMHAIAjBwCIIwcAraAHAJojBwDVIwcA4SMHACokBwA9JAcAfyQHAI4kBwDUJAcA4CQHACklBwAqJQcAfiUHAIglBwDTJQcA4SUHACgmBwAtJgcAfSYHAIomBwDdZhEA7CYHACcnBwA2JwcAfCcHAIEnBwDRJwcA3icHACYoBwAzKAcAeygHAIcoBwDQKAcA3ygHACUpBwAvKQcAeikHAIgpBwDPKQcA1CkHACQqBwAxKgcAeSoHAIUqBwDOKgcA1CoHACMrBwApKwcAeCsHAH0rBwDNKwcA0ysHADJnEQAjLAcAdywHACssBwAnzwkALywHAOm3CQAxLAcA/qQHAEIsBwAcgA4AgywHAMwsBwDSLAcA2XMIANksBwAhLQcAJC0HAHYtBwCCLQcAyy0HAM0tBwAgLgcAJi4HAHUuBwCELgcAyi4HANUuBwAfLwcAIC8HAHQvBwCILwcAyS8HAOMvBwAeMAcAKjAHAHMwBwCGMAcAyDAHANcwBwAdMQcAKTEHAHIxBwBzMQcAxzEHANExBwAcMgcAKjIHAHEyBwB2MgcAxjIHANMyBwCHZxEANTMHAHAzBwB/MwcAxTMHAMozBwAaNAcAJzQHAG80BwB8NAcAxDQHANA0BwAZNQcAKDUHAG41BwB4NQcAwzUHANE1BwAYNgcAHTYHAG02BwB6NgcAwjYHAM42BwAXNwcAHTcHAGw3BwByNwcAwTcHAMY3BwAWOAcAHDgHANxnEQB5OAcAwDgHANs4BwAVOQcAIzkHAGo5BwB3OQcAvzkHANY5BwAUOgcAIzoHAGk6BwBuOgcAvjoHAMs6BwATOwcAIDsHAGg7BwB0OwcAvTsHAMw7BwASPAcAHDwHAGc8BwB1PAcAvDwHAME8BwARPQcAHj0HAGY9BwBpPQcAuz0HAMc9BwAQPgcAFj4HAGU+BwBrPgcAuj4HAL8+BwAPPwcAFT8HADFoEQCAPwcAhmgRAL8/BwAOQAcAEEAHAGNABwBwQAcAuEAHALtABwANQQcADkEHAGJBBwBnQQcAt0EHAL1BBwAMQgcAFkIHAGFCBwB9QgcAtkIHANJCBwDbaBEAEUMHAGBDBwBiQwcAtUMHAMJDBwAKRAcADUQHAF9EBwBgRAcAtEQHALlEBwAJRQcAD0UHAF5FBwBoRQcAs0UHAM9FBwAIRgcAJEYHADBpEQBjRgcAskYHALhGBwAHRwcADEcHAFxHBwBiRwcAhWkRALNHBwAGSAcAFEgHAFtIBwBsSAcAhGoRALdIBwDZahEACkkHAFpJBwBiSQcAr0kHALRJBwAESgcAvkkHAPBdBwAFSgcAWUoHAGVKBwCuSgcAu0oHAANLBwALSwcAWEsHAGJLBwCtSwcAvEsHAAJMBwADTAcAV0wHAF9MBwCsTAcAu0wHAAFNBwAGTQcAVk0HAGNNBwCrTQcAuE0HAABOBwAMTgcAVU4HAGROBwCqTgcAtE4HAP9OBwANTwcAVE8HAFlPBwCpTwcAtk8HAP5PBwAGUAcAU1AHAF1QBwCoUAcArVAHAP1QBwAFUQcAg2sRAFdRBwCnUQcAsFEHAKJWBwC0UQcA/FEHAAlSBwBRUgcAXVIHAKZSBwC1UgcA+1IHAAVTBwBQUwcAXlMHAKVTBwCqUwcA+lMHAAdUBwBPVAcAV1QHANhrEQCwVAcA+VQHAAlVBwBOVQcAV1UHAKNVBwCmVQcA+FUHAARWBwBNVgcAVFYHAC1sEQCzVgcA91YHAP5WBwBMVwcAWVcHAKFXBwDAVwcA9lcHAABYBwBLWAcAU1gHAKBYBwCvWAcA9VgHAPpYBwBKWQcAV1kHAJ9ZBwCsWQcA9FkHAABaBwBJWgcAWFoHAJ5aBwCoWgcA81oHAPtaBwBIWwcAUlsHAJ1bBwCiWwcA8lsHAPpbBwCCbBEAU1wHAJxcBwCiXAcA8VwHAAxdBwBGXQcAUl0HAJtdBwChXQcA12wRAPVdBwBFXgcAUl4HAJpeBwCnXgcA714HAPteBwBEXwcAU18HAJlfBwCjXwcALG0RAPhfBwBDYAcASGAHAJhgBwCgYAcAgW0RAPdgBwBCYQcASGEHAJdhBwCZYQcA7GEHAPlhBwBBYgcARGIHAJZiBwCXYgcA62IHAPBiBwBAYwcARmMHAJVjBwCfYwcA6mMHAARkBwA/ZAcATmQHAJRkBwCZZAcA6WQHAPZkBwA+ZQcAS2UHAJNlBwCfZQcA6GUHAPdlBwA9ZgcAR2YHAJJmBwCgZgcA52YHAOxmBwA8ZwcASWcHAJFnBwCbZwcAMnEHAJ1nBwDmZwcA7GcHADtoBwBBaAcAkGgHAJVoBwDlaAcA62gHANZtEQA/aQcAj2kHAJxpBwDkaQcA8WkHADlqBwBFagcAjmoHAJ1qBwDjagcA7WoHADhrBwBGawcAjWsHAJJrBwDiawcA72sHADdsBwA/bAcA1W4RAJJsBwDhbAcA52wHADZtBwA7bQcAi20HAJFtBwAqbxEA4m0HADVuBwA+bgcAim4HAI1uBwDfbgcA624HADRvBwA7bwcAiW8HAJFvBwDebwcA928HADNwBwBHcAcAiHAHAKRwBwDdcAcA5XAHANRvEQBAcQcAh3EHAJ1xBwDccQcA6HEHADFyBwA2cgcAhnIHAI9yBwDbcgcA5XIHADBzBwBMcwcAhXMHAI1zBwApcBEA33MHAC90BwA8dAcAhHQHAJF0BwDZdAcA5XQHAC51BwA9dQcAg3UHAI11BwDYdQcA5nUHAC12BwAydgcAgnYHAI92BwDXdgcA33YHAH5wEQA6dwcAgXcHAJd3BwDWdwcA4ncHACt4BwAweAcAgHgHAIl4BwDVeAcA33gHACp5BwAyeQcAf3kHAI55BwDUeQcA1nkHACl6BwAyegcAfnoHAIF6BwDTegcA33oHACh7BwAvewcAfXsHAIV7BwDSewcA63sHACd8BwA7fAcAfHwHAJh8BwDRfAcA2XwHANNwEQArfQcAe30HAIh9BwDQfQcA3X0HACV+BwAxfgcAen4HAIl+BwDPfgcA2X4HACR/BwAufwcAeX8HAId/BwDOfwcA5H8HACOABwAvgAcAeIAHAH2ABwDNgAcA1oAHACKBBwAsgQcAd4EHAIOBBwDMgQcA0oEHACGCBwAnggcAdoIHAHuCBwDLggcA0YIHAChxEQAsgwcAdYMHAHmDBwDKgwcA2YMHAB+EBwAkhAcAdIQHAIGEBwDJhAcA1oQHAB6FBwAqhQcAc4UHAIKFBwDIhQcA0oUHAB2GBwArhgcAcoYHAHeGBwDHhgcA1IYHAByHBwAohwcAcYcHAHeHBwDGhwcAzIcHABuIBwAgiAcAcIgHAHaIBwB9cREAyogHABqJBwAhiQcAb4kHAHuJBwDEiQcAxokHABmKBwDHiQcAvo8HADSKBwBuigcAcIoHAMOKBwDRigcAGIsHACmLBwBtiwcAb4sHAMKLBwDbiwcAF4wHACiMBwBsjAcAeIwHAMGMBwDNjAcAFo0HACmNBwBrjQcAeo0HAMCNBwDMjQcAFY4HABaOBwBqjgcAdI4HAL+OBwDNjgcAFI8HABmPBwBpjwcAdo8HANJxEQDAjwcAE5AHAC6QBwBokAcAapAHAL2QBwDLkAcAEpEHACORBwBnkQcAaZEHALyRBwDVkQcAEZIHACKSBwBmkgcAcpIHALuSBwDHkgcAEJMHACOTBwBlkwcAdJMHALqTBwDGkwcAD5QHABCUBwBklAcAbpQHALmUBwDHlAcADpUHABOVBwBjlQcAcJUHANFyEQC9lQcADZYHABWWBwBilgcAZJYHALeWBwDIlgcADJcHABqXBwBhlwcAfJcHALaXBwDClwcAC5gHABOYBwDQcxEAZZgHALWYBwC8mAcACpkHABaZBwBfmQcAYpkHALSZBwC8mQcACZoHABmaBwBemgcAY5oHALOaBwC8mgcACJsHABWbBwBdmwcAZJsHALKbBwC6mwcAJXQRABScBwBcnAcAZJwHALGcBwDFnAcABp0HAAudBwBbnQcAZJ0HALCdBwC2nQcABZ4HAA2eBwBangcAaZ4HAK+eBwDAngcABJ8HAA2fBwBZnwcAXJ8HAK6fBwC4nwcAA6AHAA+gBwBYoAcAXqAHAHp0EQC6oAcAAqEHAAehBwBXoQcAXqEHAKyhBwC4oQcAAaIHAAmiBwDPdBEAcaIHAKuiBwCtogcAAKMHAA6jBwBVowcAZqMHAKqjBwCsowcA/6MHABikBwBUpAcAZaQHAKmkBwC1pAcAJHURAA2lBwBTpQcAXKUHAKilBwCupQcA/aUHAAOmBwBSpgcAXqYHAKemBwCupgcA/KYHAASnBwBRpwcAVacHAKanBwCxpwcA+6cHAAmoBwBQqAcAYagHAKWoBwCxqAcA+qgHAAKpBwB5dREAUqkHAKSpBwCuqQcA+akHAPupBwBOqgcAZ6oHAKOqBwC0qgcA+KoHAAarBwBNqwcAUKsHAKKrBwCtqwcA96sHAAWsBwBMrAcAWawHAKGsBwC4rAcA9qwHAP6sBwBLrQcATa0HAKCtBwCorQcA9a0HAASuBwBKrgcAT64HAJ+uBwCsrgcA9K4HAAGvBwBJrwcAVa8HAJ6vBwCtrwcA868HAP2vBwBIsAcAVrAHAJ2wBwCisAcA8rAHAP+wBwBHsQcAT7EHAJyxBwCmsQcA8bEHAPaxBwBGsgcATrIHAJuyBwCesgcA8LIHAA2zBwBFswcAVrMHAJqzBwCiswcA77MHAPKzBwBEtAcAULQHAJm0BwCftAcA7rQHAAm1BwBDtQcAT7UHAJi1BwCetQcAznURAPy1BwBCtgcAQ7YHAJe2BwDPtgcA7LYHAPq2BwBBtwcAQrcHAJa3BwCetwcA67cHAPq3BwBAuAcARbgHAJW4BwCiuAcA6rgHAPe4BwA/uQcAS7kHAJS5BwCjuQcA6bkHAPO5BwA+ugcATLoHAJO6BwCYugcA6LoHAPW6BwA9uwcARbsHAJK7BwCcuwcA57sHAOy7BwA8vAcARLwHAJG8BwCbvAcA5rwHAPG8BwA7vQcAR70HAJC9BwCYvQcAI3YRAOq9BwA6vgcAPb4HAI++BwCZvgcA5L4HAOy+BwB4dhEAR78HAI6/BwCkvwcA478HAO+/BwA4wAcAPcAHAI3ABwCWwAcA4sAHAOzABwA3wQcAP8EHAIzBBwCYwQcA4cEHAPTBBwA2wgcAN8IHAIvCBwCZwgcA4MIHAObCBwA1wwcAQcMHAIrDBwCRwwcAzXYRAODDBwA0xAcAQMQHAInEBwCWxAcA3sQHAObEBwAzxQcAPcUHAIjFBwCXxQcA3cUHAN7FBwAyxgcAOsYHAIfGBwCWxgcA3MYHAOHGBwAxxwcAPscHAIbHBwCTxwcA28cHAOfHBwAwyAcAP8gHAIXIBwCPyAcA2sgHAOjIBwAvyQcANMkHAITJBwCRyQcA2ckHAOHJBwAuygcAMsoHAIPKBwCRygcA2MoHAOLKBwAtywcAOMsHAILLBwCKywcA18sHAOLLBwAszAcAMcwHAIHMBwCEzAcA1swHAODMBwArzQcAM80HAIDNBwCfzQcAIncRAOTNBwAqzgcAK84HAH/OBwCHzgcA1M4HANXOBwApzwcAL88HAH7PBwCDzwcA088HAO7PBwAo0AcANtAHAH3QBwCE0AcA0tAHAN7QBwAn0QcALdEHAHzRBwCY0QcA0dEHANnRBwB3dxEALNIHAHvSBwCB0gcA0NIHANXSBwAl0wcAK9MHAMx3EQB/0wcAz9MHANbTBwAk1AcAMNQHAHnUBwCB1AcAdngRAOHUBwAj1QcAWdUHAHjVBwB61QcAd9YHAK3VBwDN1QcA8tUHACLWBwAp1gcAIHkRAFzWBwDLeBEAh9YHAMzWBwAG1wcAdXkRACrXBwB6zgwAK9cHAEIEDwA+1wcAdtcHAEHXBwC5OA4Ah9cHAMvXBwDT1wcAINgHACPYBwB12AcAgdgHAMrYBwDQ2AcAH9kHADrZBwB02QcAgNkHAMnZBwDP2QcAHtoHACbaBwBz2gcAj9oHAMjaBwDQ2gcAynkRACzbBwBy2wcAc9sHAMfbBwDP2wcAHNwHAB3cBwBx3AcAd9wHAMbcBwDL3AcAG90HADbdBwBw3QcAft0HAMXdBwDM3QcAGt4HACbeBwBv3gcAdd4HAMTeBwDg3gcAGd8HACHfBwAfehEAdN8HAMPfBwDJ3wcAGOAHAB3gBwBt4AcAc+AHAHR6EQDH4AcAF+EHAB7hBwBs4QcAeOEHAMHhBwDJ4QcAHnsRACniBwBr4gcAoeIHAMDiBwDC4gcAv+MHAPXiBwAV4wcAOuMHAGrjBwBx4wcAyHsRAKTjBwBzexEAz+MHABTkBwBO5AcAHXwRAGvkBwC+5AcAv+QHABPlBwAd5QcAaOUHAHblBwC95QcA2OUHABLmBwAe5gcAZ+YHAG/mBwByfBEAyOYHABHnBwAX5wcAZucHAIHnBwC75wcAx+cHABDoBwAW6AcAZegHAG3oBwC66AcAyOgHAA/pBwAS6QcAZOkHAGzpBwC56QcAwukHAA7qBwAb6gcAY+oHAGXqBwC46gcA0+oHAA3rBwAP6wcAYusHAHDrBwC36wcAyOsHAAzsBwAO7AcAYewHAHrsBwC27AcAx+wHAAvtBwAX7QcAYO0HAGjtBwDHfBEAu+0HAAruBwAS7gcAX+4HAGbuBwC07gcAue4HAAnvBwAV7wcAXu8HAGHvBwCz7wcAu+8HAAjwBwAV8AcAXfAHAGLwBwCy8AcAvPAHAAfxBwAP8QcAXPEHAGjxBwCx8QcAxPEHAAbyBwAU8gcAW/IHAF7yBwCw8gcAuvIHABx9EQAI8wcAWvMHAGLzBwCv8wcAsvMHAAT0BwAQ9AcAWfQHAF/0BwCu9AcAyfQHAAP1BwAP9QcAWPUHAF71BwCt9QcAtfUHAAL2BwAQ9gcAV/YHAFr2BwCs9gcAtPYHAAH3BwAK9wcAVvcHAGP3BwCr9wcArfcHAAD4BwAb+AcAVfgHAFf4BwCq+AcAuPgHAP/4BwAQ+QcAVPkHAFb5BwCp+QcAwvkHAP75BwAP+gcAU/oHAF/6BwCo+gcAsPoHAHF9EQAD+wcAUvsHAFr7BwCn+wcArvsHAPz7BwAB/AcAUfwHAF38BwCm/AcAqfwHAPv8BwAD/QcAUP0HAF39BwCl/QcAqv0HAPr9BwAE/gcAT/4HAFf+BwCk/gcAsP4HAPn+BwAM/wcATv8HAFz/BwCj/wcApv8HAPj/BwACAAgAxn0RAFAACACiAAgArgAIAPcACAD9AAgATAEIAGcBCAChAQgArQEIAPYBCAD8AQgASwIIAFMCCACgAggArgIIAPUCCAD4AggASgMIAFIDCACfAwgAqAMIAPQDCAABBAgASQQIAEsECACeBAgAuQQIAPMECAD1BAgASAUIAFYFCACdBQgArgUIAPIFCAD0BQgARwYIAGAGCACcBggArQYIAPEGCAD9BggARgcIAE4HCAAbfhEAoQcIAPAHCAD4BwgARQgIAEwICACaCAgAnwgIAO8ICAD7CAgARAkIAEcJCACZCQgAoQkIAO4JCAD7CQgAQwoIAEgKCACYCggAogoIAO0KCAD1CggAQgsIAE4LCACXCwgAqgsIAOwLCAD6CwgAQQwIAEQMCACWDAgAoAwIAHB+EQDzDAgAxX4RAE4NCACVDQgApg0IAOoNCAD2DQgAPw4IAEcOCAAafxEAmQ4IAOkOCADzDggAPg8IAEYPCACTDwgAow8IAOgPCADtDwgAPRAIAEYQCACSEAgAnxAIAOcQCADuEAgAb38RAD4RCACREQgAQREIANgeCQBFEQgAETQQAEgRCADAMA8AShEIAByFCQCbEQgA+KIPAKIRCADmEQgA9xEIADsSCABJEggAkBIIAKwSCADlEggAARMIAMR/EQBIEwgAjxMIAJwTCADkEwgA+xMIADkUCABFFAgAjhQIAJQUCADjFAgA6RQIADgVCAA9FQgAjRUIAJMVCAAZgBEA+BUIADcWCABGFggAjBYIAGMWCACHGwgAjhYIAOEWCADwFggANhcIAEEXCACLFwgAlxcIAOAXCADjFwgANRgIAOcXCAAoJQgA/BcIANkeCABBGAgAihgIAJAYCADfGAgA+hgIADQZCABAGQgAiRkIAI8ZCADeGQgA6hkIADMaCAA5GggAiBoIAI4aCADdGggA4hoIADIbCAA4GwgAboARAIobCADcGwgA+BsIADEcCAA5HAgAbYERAJIcCADbHAgA4RwIADAdCABLHQgAhR0IAJEdCADaHQgA4B0IAC8eCAA3HggAhB4IAKUeCADCgREA4R4IABeCEQAzHwgAgx8IAJAfCADYHwgA5R8IAC0gCAA5IAgAgiAIAJEgCADXIAgA4SAIACwhCAA0IQgAgSEIAIshCADWIQgA5CEIACsiCABBIggAgCIIAIwiCADVIggA2iIIACojCAAzIwgAfyMIAIkjCADUIwgA3CMIACkkCAAzJAgAfiQIAIMkCADTJAgA2yQIAGyCEQA0JQgAfSUIAJAlCADSJQgA4SUIACcmCAAzJggAfCYIAH0mCADRJggA2yYIACYnCAA0JwgAeycIAIAnCADQJwgA3ScIAMGCEQAwKAgAeigIAIYoCADPKAgA1SgIACQpCAAwKQgAeSkIAIEpCADAgxEA0SkIACMqCAArKggAeCoIAIUqCADNKggA0ioIACIrCAAqKwgAdysIAHkrCADMKwgA5ysIACEsCAAjLAgAdiwIAIQsCADLLAgA3CwIACAtCAAiLQgAdS0IAI4tCADKLQgA2y0IAB8uCAArLggAdC4IAHwuCAAVhBEAzi4IAB4vCAArLwgAcy8IAIAvCADILwgA1C8IAB0wCAAsMAgAcjAIAHwwCADHMAgA1TAIABwxCAAhMQgAcTEIAH4xCADGMQgAzjEIABsyCAAdMggAcDIIAHoyCADFMggAzTIIAGqEEQAlMwgAbzMIAH0zCADEMwgAxzMIABk0CAAhNAgAbjQIAIQ0CADDNAgAyDQIABg1CAAuNQgAbTUIAHk1CADCNQgAzzUIABc2CAAhNggAv4QRAG42CADBNggAzzYIABY3CAAnNwgAFIURAHE3CADANwgAzDcIAGmFEQAXOAgAajgIAHA4CAC/OAgA3zgIABQ5CAAgOQgAaTkIAHA5CAC+OQgAxjkIABM6CAAaOggAaDoIAHQ6CAC9OggAvzoIABI7CAAZOwgAvoURAGo7CAC8OwgAxDsIABE8CAAhPAgAZjwIAGg8CAC7PAgAyTwIABA9CAAhPQgAE4YRAGw9CABohhEAxz0IAA8+CAAWPggAZD4IAGw+CAC5PggAxz4IAA4/CAARPwgAYz8IAGs/CAC4PwgAvz8IAA1ACAAbQAgAYkAIAGVACAC3QAgAuUAIAAxBCAAlQQgAYUEIAHJBCAC2QQgAwkEIAAtCCAASQggAYEIIAGhCCAC1QggAvkIIAApDCAAXQwgAX0MIAGlDCAC0QwgAwkMIAAlECAAaRAgAXkQIAGZECACzRAgAvUQIAAhFCAAWRQgAXUUIAHNFCACyRQgAvkUIAAdGCAAORggAXEYIAGRGCACxRggAt0YIAAZHCAASRwgAW0cIAGVHCACwRwgAtkcIAAVICAAZSAgAEocRAGhICACvSAgAyEgIAARJCAAaSQgAWUkIAGhJCACuSQgAyEkIAANKCAAGSggA/k4IAA5KCAD5UwgAEkoIAFhKCABdSggArUoIALpKCAACSwgAD0sIAFdLCABjSwgArEsIALtLCAABTAgAC0wIAFZMCABkTAgAq0wIALBMCAAATQgADU0IAFVNCABhTQgAqk0IALBNCAD/TQgABU4IAFROCABZTggAqU4IAK9OCABnhxEACk8IAFNPCABZTwgAqE8IAMNPCAD9TwgACVAIAFJQCABYUAgAp1AIAK5QCAD8UAgAAVEIAKVSCAAIUQgAUVEIAFNRCACmUQgArVEIAPtRCAAXUggAUFIIAFhSCABmiBEAqVIIAPpSCAAHUwgAT1MIAGtTCACkUwgArFMIALuIEQD+UwgATlQIAFFUCACjVAgArVQIAPhUCAAJVQgATVUIAFJVCACiVQgAp1UIAPdVCAAXVggATFYIAFVWCAChVggAolYIAPZWCAACVwgAS1cIAFFXCACgVwgAplcIAPVXCAD6VwgASlgIAFBYCAAQiREAoFgIAPRYCAAAWQgASVkIAFZZCACeWQgAplkIAPNZCAD8WQgASFoIAFVaCACdWggAq1oIAPJaCAAFWwgAR1sIAE9bCACcWwgAn1sIAPFbCAD2WwgARlwIAFVcCACbXAgAu1wIAPBcCAD8XAgARV0IAE9dCAAPihEApF0IAO9dCADxXQgARF4IAE5eCACZXggAol4IAO5eCADxXggAQ18IAEtfCACYXwgAz18IAGSKEQD5XwgAQmAIAFFgCACXYAgAt2AIAOxgCAD4YAgAQWEIAEhhCACWYQgAm2EIAOthCADsYQgAQGIIAExiCACVYggAm2IIAOpiCADsYggAP2MIAEljCACUYwgAomMIAOljCADuYwgAPmQIAEtkCACTZAgAnWQIAOhkCAD2ZAgAPWUIAFNlCACSZQgAnmUIAOdlCADsZQgAPGYIAEVmCACRZggAm2YIAOZmCADyZggAO2cIAE5nCACQZwgAn2cIAOVnCADxZwgAOmgIADtoCACPaAgAmWgIAORoCADyaAgAOWkIAD5pCACOaQgAm2kIALmKEQDxaQgAOGoIAE5qCACNaggAmWoIAOJqCADpaggAN2sIAD9rCACMawgAkWsIAOFrCADqawgANmwIAEBsCACLbAgAk2wIAOBsCADkbAgANW0IADdtCACKbQgAmG0IAN9tCADpbQgANG4IAEJuCACJbggAlm4IAN5uCAD1bggAM28IADtvCACIbwgAmG8IAN1vCADibwgAMnAIADhwCACHcAgAj3AIANxwCADhcAgAMXEIADJxCACGcQgAknEIANtxCADhcQgAMHIIADJyCACFcggAj3IIANpyCADocggAL3MIADRzCACEcwgAkXMIALiLEQDbcwgALnQIADh0CACDdAgAkXQIANh0CADddAgALXUIADp1CACCdQgAhHUIAFdJCgCMdQgA13UIAOV1CAAsdggAQnYIAIF2CACNdggA1nYIANt2CAArdwgANHcIAIB3CACKdwgA1XcIAOF3CAAqeAgAPXgIAH94CACOeAgA1HgIAOB4CAApeQgAKnkIAH55CACIeQgA03kIAOF5CAAoeggALXoIAH16CACKeggADYwRANt6CAAnewgAMXsIAHx7CAB+ewgA0XsIANt7CAAmfAgAMnwIAHt8CACDfAgADI0RANF8CAAlfQgAMX0IAHp9CACAfQgAz30IANF9CAAkfggALn4IAHl+CACHfggAzn4IANN+CAAjfwgAMH8IAHh/CACAfwgAzX8IANd/CAAigAgAMIAIAHeACACNgAgAzIAIANiACAAhgQgAKIEIAHaBCAB+gQgAy4EIANCBCAAggggAKYIIAHWCCAB/gggAyoIIAN+CCAAfgwgAKIMIAHSDCACBgwgAyYMIAMuDCAAehAgAN4QIAHOECACEhAgAyIQIANSECAAdhQgAJYUIAGGNEQB3hQgAx4UIAM+FCAAchggAMoYIAHGGCAB2hggAxoYIAM2GCAAbhwgAKYcIAHCHCACAhwgAxYcIANmHCAAaiAgAIogIAG+ICAB+iAgAxIgIAMmICAAZiQgAIokIAG6JCAB7iQgAw4kIAM2JCAAYiggAJIoIAG2KCABziggAto0RANCKCAAXiwgALYsIAGyLCAB4iwgAwYsIAMaLCAAWjAgAH4wIAGuMCAB1jAgAwIwIAMiMCAAVjQgAGY0IAGqNCABsjQgAv40IAM2NCAAUjggAHo4IAGmOCAB3jggAvo4IAMuOCAATjwgAKo8IAGiPCABwjwgAvY8IAM2PCAASkAgAF5AIAGeQCABtkAgAvJAIAMSQCAARkQgALJEIAGaRCABokQgAu5EIAMyRCAAQkggAGZIIAGWSCABxkggAC44RAL+SCAAPkwgAEpMIAGSTCABukwgAuZMIALuTCAAOlAgAKZQIAGOUCABllAgAuJQIAMaUCAANlQgAHpUIAGKVCABklQgAt5UIANCVCAAMlggAHZYIAGGWCABtlggAYI4RANOWCAALlwgAHJcIAGCXCAB8lwgAtZcIAL2XCAC1jhEAD5gIAF+YCABnmAgAtJgIAL+YCAAJmQgADpkIAF6ZCABhmQgAs5kIAL2ZCAAImggAC5oIAF2aCABlmggAspoIALSaCAAHmwgAIpsIAFybCABemwgAsZsIAL+bCAAGnAgAF5wIAFucCABdnAgAsJwIAMmcCAAFnQgAFp0IAFqdCABmnQgAr50IALedCAAKjxEAEZ4IAFmeCABhnggArp4IALieCAADnwgADp8IAFifCABknwgArZ8IALWfCABfjxEAB6AIAFegCABcoAgArKAIAL2gCAC0jxEADqEIAFahCABYoQgAq6EIAMShCAAAoggAEaIIAFWiCABhoggAqqIIALKiCAAJkBEABKMIAFSjCABcowgAqaMIALijCAD+owgABKQIAFOkCABfpAgAqKQIAKqkCAD9pAgAB6UIAFKlCABepQgAp6UIAK+lCABekBEACKYIAFGmCABUpggApqYIAKmmCAD7pggACacIAFCnCABVpwgApacIALKnCACzkBEAC6gIAE+oCABXqAgApKgIAFyoCADwsQgAr6gIAPmoCAD+qAgATqkIAFGpCACjqQgArakIAPipCAAbqggATaoIAFCqCACiqggAxqoIAPeqCAD/qggACJERAFKrCAChqwgAr6sIAParCAACrAgAS6wIAFKsCACgrAgAqKwIAPWsCAAFrQgASq0IAE+tCACfrQgApa0IAPStCAD8rQgASa4IAGauCACerggAp64IAPOuCAD/rggASK8IAE6vCACdrwgAsa8IAPKvCAD6rwgAR7AIAFewCACcsAgAnrAIAPGwCAD/sAgARrEIAFexCABdkREAorEIALKREQD1sQgARbIIAEyyCACasggAprIIAO+yCADysggARLMIAFSzCACZswgAm7MIAO6zCAD8swgAQ7QIAFS0CAAHkhEAn7QIAFySEQAAtQgAQrUIAFG1CACXtQgAo7UIAOy1CADttQgAQbYIAEu2CACWtggApLYIAOu2CADwtggAQLcIAE23CACxkhEAmrcIAOq3CADztwgAP7gIAFC4CACUuAgAm7gIAOm4CADxuAgAPrkIAEu5CACTuQgAmLkIAOi5CADyuQgAPboIAEW6CACSuggAmLoIAOe6CADzuggAPLsIAD67CACRuwgAoLsIAOa7CADxuwgAO7wIAEO8CACQvAgAkrwIAOW8CADyvAgAOr0IAE69CACPvQgAl70IAOS9CADzvQgAOb4IAD6+CACOvggAm74IAOO+CADtvggAOL8IADq/CACNvwgAnL8IAOK/CADsvwgAN8AIAD/ACACMwAgAjcAIAOHACADmwAgANsEIAETBCACLwQgAmMEIAODBCADqwQgAsJMRADjCCACKwggAlsIIANDRCACmwggA38IIAOfCCAAFlBEAOcMIAInDCACRwwgA3sMIAOHDCAAzxAgAP8QIAIjECACOxAgA3cQIAPjECAAyxQgAPsUIAIfFCACNxQgA3MUIAN/FCAAxxggAOcYIAIbGCACIxggA28YIAPbGCAAwxwgAMscIAIXHCACTxwgA2scIAOvHCAAvyAgAMcgIAITICACdyAgA2cgIAOrICAAuyQgAOskIAIPJCACLyQgAWpQRAN3JCAAtyggAM8oIAILKCACKyggA18oIAObKCAAsywgAMcsIAIHLCACOywgA1ssIAOPLCAArzAgAN8wIAIDMCACPzAgA1cwIAN/MCAAqzQgAOM0IAH/NCACEzQgA1M0IAOHNCACvlBEANc4IAH7OCACEzggA084IAO7OCAAozwgANM8IAH3PCACDzwgA0s8IANXPCAAn0AgAM9AIAHzQCACC0AgA0dAIANfQCAAm0QgAK9EIAHvRCACB0QgABJURANbRCAAl0ggAK9IIAHrSCAB/0ggAz9IIANXSCABZlREAKdMIAHnTCACG0wgAztMIANvTCAAj1AgAL9QIAHjUCACH1AgAzdQIANfUCAAi1QgAMNUIAHfVCAB81QgAzNUIANnVCAAh1ggAOdYIAHbWCAB81ggAy9YIANfWCAAg1wgAMNcIAHXXCAB+1wgAytcIAM3XCAAf2AgAK9gIAHTYCAB72AgAWJYRAMvYCAAe2QgAKNkIAHPZCAB22QgAyNkIANDZCAAd2ggAINoIAHLaCAB+2ggAx9oIAM3aCAAc2wgAN9sIAHHbCAB92wgAxtsIAMzbCACtlhEAO9wIAHDcCAB73AgAxdwIAMrcCAAa3QgAI90IAG/dCABy3QgAxN0IANDdCAAZ3ggAJd4IALnoCAAx3ggAbt4IAHXeCADD3ggAyd4IABjfCAAm3wgAbd8IAIjfCADC3wgAzt8IABfgCAAd4AgAbOAIAIbgCADB4AgAzeAIABbhCAAc4QgAa+EIAHHhCADA4QgAxeEIABXiCAAb4ggAApcRAHfiCAC/4ggAy+IIABTjCAAe4wgAaeMIAG3jCAC+4wgAw+MIABPkCAAZ5AgAaOQIAIjkCAC95AgAyeQIABLlCAAY5QgAZ+UIAG3lCAC85QgAweUIABHmCAAX5ggArJcRAGvmCAC75ggAwuYIABDnCAAc5wgAZecIAIHnCAC65wgAwucIAKuYEQA46AgAZOgIAIroCAAAmREAzOgIAA7pCAAd6QgAY+kIAG/pCAC46QgAuekIAA3qCAAX6ggAYuoIAHDqCAC36ggAvOoIAAzrCAAZ6wgAVZkRAGnrCABUmhEAu+sIAAvsCAAY7AgAYOwIAG3sCAC17AgAwewIAArtCAAZ7QgAX+0IAGntCAC07QgAwu0IAAnuCAAO7ggAXu4IAGvuCACz7ggAu+4IAKmaEQAU7wgAXe8IAG3vCACy7wgAu+8IAAfwCAAK8AgAXPAIAGjwCACx8AgAuPAIAP6aEQAR8QgAW/EIAGfxCACw8QgAuPEIAFObEQAS8ggAWvIIAGHyCACv8ggAsPIIAATzCAAJ8wgAWfMIAGfzCACu8wgAu/MIAAP0CAAN9AgAWPQIAGD0CACt9AgAtvQIAAL1CAAI9QgAV/UIAGj1CACs9QgAyPUIAAH2CAAJ9ggAqJsRAGH2CACr9ggAtfYIAAD3CAAK9wgAVfcIAFb3CAD9mxEAr/cIAP/3CAAM+AgAVPgIAGH4CACp+AgAtfgIAP74CAAN+QgAU/kIAF35CACo+QgAsPkIAP35CAAH+ggAUvoIAFf6CACn+ggAr/oIAFKcEQAH+wgAUfsIAF37CACm+wgArvsIAKecEQAA/AgAUPwIAF/8CACl/AgAxfwIAPr8CAAG/QgAT/0IAFX9CACk/QgArP0IAPn9CAAA/ggATv4IAFD+CACj/ggAr/4IAPj+CAAO/wgATf8IAFL/CACi/wgAr/8IAPycEQD8/wgATAAJAFsACQChAAkAwQAJAPYACQACAQkASwEJAFEBCQCgAQkAqAEJAPUBCQD8AQkASgIJAEwCCQCfAgkAqwIJAPQCCQAKAwkASQMJAE4DCQCeAwkAqwMJAPMDCQD7AwkASAQJAE4ECQCdBAkApgQJAPIECQD/BAkARwUJAFQFCQCcBQkAqgUJAPEFCQD+BQkARgYJAF0GCQCbBgkAywYJAFGdEQD2BgkARQcJAP0GCQAARg8AWwcJAJoHCQCoBwkA7wcJAPIHCQBECAkARwgJAJkICQCnCAkA7ggJAPMICQBDCQkAUAkJAJgJCQCgCQkA7QkJAPQJCQBCCgkATgoJAJcKCQCkCgkA7AoJAPoKCQBBCwkATQsJAJYLCQCdCwkA6wsJAPMLCQBADAkARAwJAJUMCQCgDAkA6gwJAPgMCQA/DQkAUA0JAJQNCQCgDQkA6Q0JAPENCQCmnREARA4JAJMOCQCnDgkA6A4JAPYOCQA9DwkASg8JAJIPCQCpDwkA5w8JAO8PCQA8EAkARhAJAJEQCQCWEAkA5hAJAO4QCQA7EQkAShEJAJARCQCVEQkA5REJAPIRCQA6EgkARxIJAI8SCQCbEgkA5BIJAPMSCQA5EwkAQxMJAI4TCQCWEwkA4xMJAO0TCQA4FAkAPRQJAI0UCQCVFAkA+50RAO0UCQA3FQkAQxUJAIwVCQCUFQkAUJ4RAOYVCQA2FgkARRYJAIsWCQCrFgkA4BYJAOwWCQA1FwkAOxcJAIoXCQCSFwkA3xcJAOYXCQA0GAkANhgJAIkYCQCVGAkA3hgJAPQYCQAzGQkAOBkJAIgZCQCVGQkApZ4RAOYZCQAyGgkAOBoJAIcaCQCVGgkA3BoJAOkaCQAxGwkASBsJAIYbCQCOGwkA2xsJAOobCQAwHAkANRwJAIUcCQCSHAkA2hwJAOccCQAvHQkAOx0JAIQdCQCTHQkA2R0JAOMdCQAuHgkASh4JAIMeCQCLHgkA+p4RAOUeCQC+3g0A5x4JAC0fCQA3HwkAQ1kOAE0fCQCCHwkAjh8JANcfCQDdHwkALCAJADQgCQCUYgkAOCAJAIEgCQBGIAkAqkwJAJQgCQDWIAkA5SAJACshCQA3IQkAgCEJAIEhCQDVIQkA3yEJACoiCQA4IgkAfyIJAIQiCQDUIgkA4SIJAE+fEQAvIwkAfiMJAIQjCQDTIwkA2CMJACgkCQAuJAkATqARAIgkCQDSJAkA4CQJACclCQA4JQkAfCUJAIglCQDRJQkA2SUJAPigEQAyJgkAeyYJAIUmCQDQJgkA3yYJACUnCQAwJwkAeicJAIgnCQDPJwkA3CcJACQoCQA7KAkAeSgJAIEoCQDOKAkA0SgJACMpCQAvKQkAeCkJAH4pCQDNKQkA6CkJACIqCQAuKgkAdyoJAH0qCQDMKgkA1CoJACErCQAjKwkAdisJAHcrCQDLKwkA2SsJACAsCQAoLAkAdSwJAJAsCQDKLAkA1iwJAB8tCQAlLQkAdC0JAHctCQDJLQkA1y0JAB4uCQAjLgkAcy4JAIAuCQDILgkA5C4JAB0vCQAlLwkATaERAH8vCQBGVg4Agy8JAMcvCQCFLwkAl68OANMvCQAcMAkAKTAJAHEwCQB2MAkAxjAJANAwCQAbMQkAKzEJAHAxCQB1MQkAxTEJAM4xCQAaMgkAJzIJAG8yCQB2MgkAxDIJANAyCQAZMwkAHzMJAG4zCQB0MwkAwzMJAMgzCQAYNAkAHjQJAKKhEQB5NAkAwjQJAMg0CQAXNQkAHTUJAGw1CQB5NQkAwTUJAMY1CQAWNgkAHjYJAGs2CQChNgkAwDYJAOs2CQAVNwkAHTcJAGo3CQB3NwkAvzcJAMQ3CQAUOAkAHDgJAGk4CQBsOAkAvjgJAMc4CQATOQkAIjkJAGg5CQBzOQkAvTkJAMU5CQASOgkAIjoJAGc6CQB1OgkAvDoJAM06CQAROwkAHTsJAGY7CQBuOwkAoaIRAME7CQAQPAkAGDwJAGU8CQBsPAkAujwJAMg8CQAPPQkAFT0JAGQ9CQBwPQkAuT0JAMg9CQAOPgkAGD4JAGM+CQBoPgkAuD4JAL4+CQANPwkAIT8JAPaiEQBsPwkAOb0JAG8/CQC3PwkAcT8JAMqBCQC8PwkADEAJABhACQBhQAkAbkAJALZACQDAQAkAS6MRACZBCQBgQQkAYkEJALVBCQC7QQkACkIJAEJCCQBfQgkAZUIJALRCCQC9QgkACUMJABZDCQBeQwkAlkMJALNDCQC6QwkACEQJAA1ECQBdRAkAbEQJALJECQDSRAkAB0UJABNFCQBcRQkAYkUJALFFCQDLRQkABkYJAAlGCQBbRgkAYEYJALBGCQC/RgkABUcJACVHCQD1oxEAekcJAK9HCQC7RwkABEgJAA5ICQBZSAkAZUgJAKX7CQBmSAkArkgJALNICQADSQkADUkJAFhJCQBoSQkArUkJALJJCQACSgkAC0oJAFdKCQBkSgkArEoJALNKCQABSwkADUsJAFZLCQBcSwkAq0sJALFLCQAATAkABUwJAFVMCQBbTAkASqQRAK1MCQD/TAkABE0JAFRNCQBjTQkAqU0JAMlNCQD0pBEADE4JAFNOCQBgTgkAqE4JAK9OCQD9TgkABU8JAFJPCQBUTwkAp08JAFlPCQA2EwwAaU8JACDUCwCtTwkApfkLAK9PCQD8TwkAAFAJAPRXCQASUAkACpULABdQCQBRUAkAU1AJAKZQCQC3UAkA+1AJAAlRCQBQUQkAV1EJAKVRCQCtUQkA+lEJAAFSCQBPUgkAVFIJAKRSCQCzUgkA+VIJABlTCQBOUwkAWlMJAKNTCQCpUwkA+FMJAABUCQBNVAkAWVQJAKJUCQCvVAkA91QJABJVCQBMVQkAWlUJAKFVCQCnVQkA9lUJAPtVCQBLVgkAWFYJAKBWCQC2VgkA9VYJAAFXCQBKVwkAV1cJAJ9XCQCpVwkASaURAPlXCQBJWAkAT1gJAJ5YCQC+WAkA81gJAAFZCQBIWQkAVVkJAJ1ZCQC0WQkA8lkJAPpZCQBHWgkAVloJAJxaCQChWgkA8VoJAP5aCQBGWwkAUFsJAJtbCQCdWwkA8FsJAP5bCQBFXAkAUlwJAJpcCQCmXAkA71wJAPVcCQBEXQkATF0JAJldCQCfXQkA7l0JAPddCQBDXgkAUF4JAJheCQCiXgkA7V4JAPteCQBCXwkAWF8JAJdfCQCjXwkA7F8JAPRfCQCepREAS2AJAJZgCQCcYAkA62AJAO1gCQBAYQkASmEJAJVhCQChYQkA6mEJAAFiCQA/YgkAU2IJAPOlEQCiYgkA6WIJAOxiCQA+YwkARmMJAJNjCQCfYwkA6GMJAPZjCQA9ZAkAR2QJAJJkCQCdZAkA52QJAPNkCQA8ZQkAQmUJAJFlCQCZZQkA5mUJAPNlCQA7ZgkAQGYJAJBmCQCaZgkA5WYJAO1mCQA6ZwkAQGcJAI9nCQCYZwkA5GcJAPFnCQA5aAkARmgJAI5oCQCcaAkA42gJAPBoCQA4aQkAT2kJAI1pCQCVaQkA4mkJAOdpCQA3agkAPWoJAIxqCQCUagkA4WoJAPdqCQA2awkARGsJAItrCQCOawkA4GsJAO9rCQA1bAkAOmwJAIpsCQCXbAkA32wJAO9sCQA0bQkAQm0JAIltCQCgbQkA3m0JAOdtCQAzbgkAOW4JAIhuCQCUbgkA3W4JAORuCQBIphEAPm8JAIdvCQCJbwkA3G8JAOZvCQAxcAkAPXAJAIZwCQCOcAkAnaYRAOBwCQAwcQkAP3EJAIVxCQClcQkA2nEJAOZxCQAvcgkANXIJAIRyCQCMcgkA2XIJANpyCQAucwkANHMJAINzCQCIcwkA2HMJAPNzCQAtdAkAO3QJAIJ0CQCJdAkA13QJAON0CQAsdQkAMnUJAPKmEQCGdQkA1nUJAOB1CQArdgkAPHYJAIB2CQCMdgkA1XYJANh2CQAqdwkALXcJAH93CQCHdwkA1HcJANt3CQApeAkALngJAH54CQCNeAkA03gJAPN4CQAoeQkANHkJAH15CQCDeQkA0nkJANp5CQAnegkANHoJAHx6CQCBegkA0XoJANt6CQAmewkALnsJAHt7CQCLewkA0HsJANV7CQAlfAkALnwJAHp8CQCHfAkAz3wJANZ8CQBHpxEAKX0JAHl9CQCIfQkAzn0JAO59CQAjfgkAL34JAHh+CQB+fgkAzX4JANV+CQAifwkALn8JAHd/CQCEfwkAzH8JANN/CQAhgAkAIoAJAHaACQB7gAkAy4AJANmACQAggQkALYEJAHWBCQB/gQkAnKcRAM+BCQAfggkALIIJAHSCCQCBggkAyYIJAM+CCQAegwkAKoMJAHODCQCDgwkAyIMJANGDCQAdhAkAIIQJAHKECQB+hAkAx4QJAM6ECQDxpxEAHoUJAHGFCQAjhQkA6ggNACyFCQCYWg0AgoUJAMaFCQDOhQkAG4YJACWGCQBwhgkAf4YJAMWGCQDGhgkAGocJACKHCQCbqBEAd4cJAPCoEQDihwkAGYgJAOeHCQCMtxEA7ocJAKOoCQAhiAkAbogJAH2ICQDDiAkAyIgJABiJCQAliQkAbYkJAHqJCQDCiQkAzokJABeKCQAmigkAbIoJAHaKCQDBigkA5IoJABaLCQBMiwkAa4sJAI+LCQDAiwkAyIsJAESqEQAajAkAaowJAHCMCQC/jAkAx4wJAJmqEQAijQkAaY0JAISNCQC+jQkAyo0JABOOCQAkjgkAaI4JAHyOCQC9jgkAxY4JABKPCQAYjwkAZ48JAHOPCQC8jwkAzI8JABGQCQAakAkAZpAJAGmQCQC7kAkAx5AJABCRCQAXkQkA7qoRAHORCQC6kQkAxJEJAEOrEQAUkgkAZJIJAHGSCQC5kgkAxpIJAA6TCQAakwkAY5MJAHKTCQC4kwkAwpMJAA2UCQAblAkAYpQJAGeUCQC3lAkAxJQJAAyVCQAUlQkAmKsRAG2VCQC2lQkAxpUJAAuWCQAUlgkAYJYJAGOWCQC1lgkAwZYJAAqXCQARlwkA7asRAG6XCQC0lwkAuZcJAAmYCQAWmAkAXpgJAGuYCQCzmAkAuZgJAAiZCQAUmQkAXZkJAG2ZCQCymQkAu5kJAAeaCQAKmgkAXJoJAGiaCQCxmgkAuJoJAEKsEQALmwkAW5sJAGibCQCwmwkAzpsJAAWcCQARnAkAWpwJAG2cCQCvnAkAvZwJAASdCQAHnQkAWZ0JAGOdCQCunQkAvJ0JAAOeCQAQngkAWJ4JAG+eCQCtngkAtZ4JAAKfCQAJnwkAV58JAFyfCQCsnwkAwp8JAAGgCQADoAkAVqAJAGSgCQCroAkAuKAJAJesEQAIoQkA7KwRAFqhCQCqoQkAt6EJAP+hCQAMogkAVKIJAGCiCQCpogkAuKIJAP6iCQAIowkAU6MJAGGjCQCoowkAraMJAP2jCQAKpAkAUqQJAFqkCQBBrREAs6QJAPykCQAMpQkAUaUJAFqlCQCmpQkAqaUJAPulCQAHpgkAUKYJAFemCQCWrREAsaYJAPqmCQAKpwkAT6cJABCnCQBnNQ4AWKcJAKSnCQCnpwkA+acJAAWoCQBOqAkAVagJAOutEQCsqAkA9asJAK2oCQD4qAkAB6kJAE2pCQAJqQkAoaoJAE6pCQCiqQkAvqkJAPepCQAvqgkATKoJAISqCQBArhEApKoJAPaqCQASqwkAS6sJAIOrCQCgqwkA2KsJAJWuEQACrAkASqwJAFisCQCfrAkAsqwJAPSsCQAQrQkASa0JAIGtCQCerQkA1q0JAOquEQAErgkASK4JAFSuCQCdrgkApa4JAD+vEQD3rgkAR68JAE+vCQCcrwkAq68JAPGvCQD2rwkARrAJAFOwCQCbsAkAqLAJAPCwCQD8sAkARbEJAFSxCQCasQkApLEJAO+xCQD3sQkARLIJAE6yCQCZsgkAnrIJAO6yCQD2sgkAlK8RAFKzCQCYswkAVLMJAOy0CQCZswkA7bMJAAm0CQBCtAkAerQJAJe0CQDPtAkA6a8RAO+0CQBBtQkAXbUJAJa1CQDOtQkA67UJACO2CQA+sBEAQ7YJAJW2CQCmtgkA6rYJAAa3CQA/twkAd7cJAJS3CQDMtwkAk7ARAPa3CQA+uAkASrgJAJO4CQCiuAkA6LgJAPK4CQA9uQkARbkJAB0uCgBLuQkAkrkJAJe5CQDnuQkA9LkJADy6CQBEugkAkboJAJe6CQDmugkAoboJACsgCgDyugkAO7sJAEu7CQCQuwkAmbsJAOW7CQDouwkAOrwJAEa8CQCPvAkAlrwJAOiwEQAHvQkAPbERAEe9CQCOvQkApL0JAOO9CQDvvQkAOL4JAD++CQCNvgkAkr4JAOK+CQDrvgkAN78JAEG/CQCSsREAkb8JACPQDACWvwkA4b8JAJi/CQA1aQwA678JADbACQA3wAkAi8AJAJrACQDgwAkA5cAJADXBCQBCwQkAisEJAJfBCQDfwQkA68EJADTCCQBDwgkAicIJAJPCCQDewgkA7MIJADPDCQA4wwkAiMMJAJXDCQDdwwkA3sMJADLECQA3xAkAh8QJAIzECQDcxAkA7cQJADHFCQBUxQkAhsUJAJHFCQDbxQkA4MUJADDGCQAzxgkAhcYJAI/GCQDaxgkAAscJAC/HCQBOxwkAPLIRAJDHCQDZxwkA28cJAC7ICQA9yAkAg8gJAI7ICQDYyAkA4MgJAC3JCQA0yQkAgskJAITJCQDXyQkA4ckJACzKCQAuygkAgcoJAJrKCQDWygkA2MoJACvLCQAuywkAgMsJAIzLCQDVywkA3csJAJGyEQA2zAkAf8wJAIXMCQDUzAkA78wJACnNCQA1zQkAfs0JAITNCQDTzQkA280JACjOCQAqzgkAfc4JAIfOCQDSzgkA2s4JAOayEQA4zwkAfM8JAIPPCQDRzwkA2c8JACbQCQAz0AkAe9AJAIDQCQDQ0AkA2tAJACXRCQAt0QkAetEJAInRCQDP0QkA1NEJACTSCQAx0gkAedIJAIbSCQDO0gkA2tIJACPTCQAy0wkAeNMJAILTCQDN0wkA1dMJACLUCQAs1AkAd9QJAHzUCQDM1AkA1NQJADuzEQAt1QkAdtUJAIbVCQDL1QkA1NUJACDWCQAj1gkAddYJAIHWCQDK1gkA0dYJAJCzEQAl1wkAdNcJAHrXCQDJ1wkAztcJAB7YCQAk2AkA5bMRAHnYCQDI2AkAztgJAB3ZCQAi2QkArO8OACrZCQBy2QkAd9kJAMfZCQDP2QkAHNoJAEXaCQBx2gkAT9oJAL/hCQCa2gkAxtoJAO/aCQAb2wkARtsJAHDbCQB42wkAxdsJANTbCQAa3AkAH9wJAG/cCQB83AkAxNwJANHcCQAZ3QkAJd0JAG7dCQB93QkAw90JAM3dCQAY3gkAJt4JAG3eCQBy3gkAwt4JAM/eCQAX3wkAH98JAGzfCQBy3wkAwd8JAM3fCQAW4AkAJuAJAGvgCQB04AkAwOAJAMPgCQAV4QkAIeEJAGrhCQBx4QkAOrQRAOjhCQAU4gkAP+IJAGniCQBx4gkAvuIJAM3iCQAT4wkAGOMJAGjjCQB14wkAveMJAMrjCQAS5AkAHuQJAGfkCQB25AkAvOQJAMbkCQAR5QkAH+UJAGblCQBr5QkAu+UJAMjlCQAQ5gkAGOYJAGXmCQBr5gkAuuYJAMbmCQAP5wkAH+cJAGTnCQBt5wkAuecJALznCQAO6AkAGugJAGPoCQBq6AkAj7QRALroCQBH/w4AxugJAA3pCQAa6QkAYukJAG7pCQC36QkAvekJAAzqCQAS6gkAYeoJAGbqCQC26gkAvOoJAOS0EQAx6wkAYOsJAIbrCQC16wkA6OsJAArsCQAz7AkAX+wJAIrsCQCOtREAwOwJAAntCQDC7AkA3RcLABPtCQBe7QkAeO0JALPtCQC27QkAEzgKAMLtCQAI7gkADe4JAF3uCQBq7gkAsu4JAL/uCQAH7wkAE+8JAFzvCQBr7wkAse8JALvvCQAG8AkAEvAJAFvwCQBu8AkAsPAJAL/wCQAF8QkAEfEJAFrxCQBb8QkAr/EJALnxCQAE8gkAEvIJAFnyCQBe8gkArvIJALvyCQDjtREACPMJAFjzCQBl8wkArfMJALrzCQAC9AkADvQJAFf0CQBm9AkArPQJALb0CQAB9QkAD/UJAFb1CQBb9QkAq/UJALj1CQAA9gkACPYJAOK2EQBh9gkAqvYJALr2CQD/9gkACPcJAFT3CQBX9wkAqfcJALX3CQD+9wkABfgJADe3EQBW+AkAqPgJALD4CQD9+AkACfkJAFL5CQBY+QkAp/kJAK35CQD8+QkAAfoJAFH6CQBX+gkA4bcRAM/6CQD7+gkAJPsJAFD7CQB0+wkAi7gRAKv7CQBwLwsAuPsJAPr7CQAJ/AkAT/wJAFv8CQCk/AkApfwJAPn8CQAD/QkATv0JAFz9CQCj/QkAqP0JAPj9CQAF/gkA4LgRAHD+CQA1uREAy/4JAPf+CQAg/wkATP8JAHD/CQCKuREAr/8JAPb/CQD7/wkASwAKAFgACgCgAAoAqAAKAPUACgD7AAoASgEKAFYBCgCfAQoArwEKAPQBCgD9AQoASQIKAEwCCgCeAgoA2QIKAPMCCgD/AgoA37kRAE4DCgCdAwoAtgMKAPIDCgAABAoARwQKAFQECgCcBAoAowQKAPEECgD6BAoARgUKAFMFCgCbBQoAsgUKAPAFCgDzBQoARQYKAEcGCgCaBgoAowYKAO8GCgD/BgoARAcKAF0HCgCZBwoAmwcKAO4HCgD3BwoAQwgKAEsICgCYCAoAmggKAO0ICgAGCQoAQgkKAFkJCgCXCQoAowkKAOwJCgD9CQoAQQoKAE0KCgCWCgoAoQoKAOsKCgD4CgoAQAsKAEoLCgA0uhEAqAsKAOoLCgD4CwoAPwwKACcMCgCMFAoAewwKAJQMCgChDAoA6QwKAPEMCgA+DQoARA0KAJMNCgCfDQoA6A0KAPMNCgA9DgoARg4KAJIOCgCVDgoA5w4KAOkOCgA8DwoAQw8KAJEPCgCTDwoAiboRAOkPCgA7EAoASRAKAJAQCgCVEAoA5RAKAPIQCgA6EQoARhEKAI8RCgCXEQoA3roRAPIRCgA5EgoASRIKAI4SCgCcEgoA4xIKAOwSCgA4EwoAQhMKAI0TCgCPEwoA4hMKAOwTCgA3FAoAORQKADO7EQCRFAoA4RQKAOkUCgA2FQoAPBUKAIsVCgCXFQoA4BUKAO8VCgA1FgoAPhYKAIoWCgCNFgoA3xYKAOEWCgA0FwoAOxcKAIkXCgCLFwoAiLsRAOMXCgAzGAoATxgKAIgYCgCkGAoA3bsRAOoYCgBSTQsA7BgKADIZCgA3GQoAhxkKAJQZCgDcGQoA6RkKADEaCgA3GgoAhhoKAJIaCgDbGgoA6xoKADAbCgA5GwoAhRsKAIgbCgDaGwoA5hsKAC8cCgA2HAoAMrwRAJMcCgDZHAoA3hwKAC4dCgA7HQoAgx0KAJAdCgDYHQoA3h0KAC0eCgA5HgoAgh4KAJIeCgDXHgoA4B4KACwfCgAvHwoAgR8KAI0fCgDWHwoA3R8KAIe8EQAtIAoAgCAKAI4gCgDVIAoA5iAKANy8EQAxIQoAMb0RAIchCgCGvREA2SEKACkiCgA2IgoAfiIKAIsiCgDTIgoA3yIKACgjCgA3IwoAfSMKAIcjCgDSIwoA4CMKACckCgAsJAoAfCQKAIkkCgDRJAoA2SQKANu9EQAyJQoAeyUKAIslCgDQJQoA2SUKACUmCgAoJgoAeiYKAIYmCgDPJgoA1iYKADC+EQAmJwoAeScKAIcnCgDOJwoA3ycKAIW+EQAqKAoA2r4RAIAoCgAvvxEA0igKACIpCgAvKQoAdykKAIQpCgDMKQoA2CkKACEqCgAwKgoAdioKAIAqCgDLKgoA2SoKACArCgAlKwoAdSsKAIIrCgDKKwoA0isKAIS/EQArLAoAdCwKAIQsCgDJLAoA0iwKAB4tCgAhLQoAcy0KAH8tCgDILQoAzy0KANm/EQAnLgoAci4KAIAuCgDHLgoA3S4KABwvCgAoLwoAcS8KAHgvCgDGLwoAzi8KABswCgAgMAoAcDAKAHkwCgDFMAoAzzAKAC7AEQAwMQoAbzEKAHsxCgDEMQoAyzEKABkyCgAhMgoAbjIKAHMyCgDDMgoAzDIKABgzCgAiMwoAg8ARAHIzCgAe1QwAeTMKAB+BCgB8MwoAwjMKAJczCgCqmBIAxzMKABc0CgAkNAoAbDQKAHk0CgDBNAoAzTQKABY1CgAlNQoAazUKAHU1CgDANQoAzjUKABU2CgAiNgoAajYKAIE2CgC/NgoAxzYKABQ3CgAeNwoAaTcKAG43CgC+NwoAxjcKANjAEQAYOAoAaDgKAHc4CgC9OAoA3TgKABI5CgAeOQoAZzkKAHE5CgC8OQoAxjkKABE6CgAfOgoAZjoKAHw6CgC7OgoAxzoKABA7CgAVOwoAZTsKAG47CgC6OwoAxDsKAA88CgAbPAoAZDwKAHc8CgC5PAoAyDwKAA49CgAaPQoAYz0KAGQ9CgC4PQoAwj0KAA0+CgAbPgoAYj4KAGc+CgC3PgoAxD4KAILBEQAaPwoAYT8KAHc/CgC2PwoAwj8KAAtACgASQAoAYEAKAGhACgC1QAoAukAKAApBCgATQQoAX0EKAGlBCgCBwhEAuUEKAAlCCgARQgoAXkIKAGFCCgCzQgoAvEIKAAhDCgAXQwoAXUMKAGhDCgCyQwoAukMKAAdECgAXRAoAXEQKAGpECgCxRAoAwkQKAAZFCgASRQoAW0UKAGNFCgDWwhEAtkUKAAVGCgANRgoAWkYKAGFGCgCvRgoAvUYKAARHCgAKRwoAWUcKAGVHCgCuRwoAvUcKAANICgANSAoAWEgKAF1ICgCtSAoAs0gKAAJJCgAWSQoAK8MRAGhJCgCsSQoAuEkKAAFKCgAHSgoAVkoKAFxKCgCrSgoAsEoKAABLCgAGSwoAgMMRAFpLCgCqSwoAu0sKAP9LCgAHTAoAVEwKAAtMCgCNaAoADUwKAKqbDwBeTAoAqUwKALdMCgD+TAoAFE0KAFNNCgBfTQoAqE0KAK9NCgD9TQoABU4KAFJOCgBXTgoAp04KALBOCgD8TgoABk8KAFFPCgBZTwoApk8KAKpPCgD7TwoABlAKAFBQCgBeUAoApVAKALZQCgD6UAoABlEKAE9RCgBXUQoA1cMRAKZRCgD5UQoAB1IKAE5SCgBYUgoAo1IKALFSCgD4UgoABVMKAE1TCgBkUwoAolMKAKpTCgD3UwoAB1QKAExUCgBRVAoAoVQKAKdUCgD2VAoA/lQKAEtVCgBNVQoAoFUKAK1VCgD1VQoA/VUKAEpWCgBPVgoAn1YKAKBWCgD0VgoAAFcKAElXCgBWVwoAnlcKAKZXCgDzVwoAAlgKAEhYCgBNWAoAnVgKAKpYCgDyWAoA/1gKAEdZCgBTWQoAnFkKAKtZCgDxWQoA+1kKAEZaCgBUWgoAm1oKAKBaCgDwWgoA/VoKACrEEQBIWwoAmlsKAKJbCgDvWwoA/FsKAERcCgBJXAoAmVwKAKNcCgDuXAoA9lwKAENdCgBFXQoAmF0KALNdCgDtXQoA710KAEJeCgBQXgoAl14KAKheCgDsXgoA7l4KAEFfCgBaXwoAll8KAKdfCgDrXwoA918KAH/EEQBIYAoAlWAKAJtgCgDqYAoA9mAKAD9hCgBcYQoAlGEKAJ1hCgDpYQoA9WEKAD5iCgBBYgoAk2IKAJ1iCgDoYgoA8GIKAD1jCgBHYwoAkmMKAKBjCgDnYwoA/WMKADxkCgBIZAoAkWQKAJhkCgDmZAoA7mQKADtlCgBAZQoAkGUKAJllCgDlZQoA72UKADpmCgBCZgoAj2YKAJFmCgDkZgoA9GYKADlnCgBDZwoAjmcKAJpnCgDjZwoA6WcKADhoCgBAaAoA1MQRAJNoCgDiaAoA6GgKADdpCgA8aQoAjGkKAJJpCgApxREA72kKADZqCgBMagoAi2oKAJdqCgDgagoA5WoKADVrCgA+awoAimsKAJRrCgDfawoAAmwKADRsCgA4bAoAiWwKAENsCgDdbQoAi2wKAN5sCgDsbAoAM20KAD1tCgCIbQoArG0KACjGEQDjbQoAMm4KAD5uCgCHbgoAiW4KANxuCgDmbgoAMW8KAD1vCgCGbwoAqm8KAH3GEQDfbwoAMHAKAOpvCgCEcQoAMnAKAIVwCgCTcAoA2nAKAORwCgAvcQoAU3EKANLGEQCKcQoA2XEKAOVxCgAucgoAMHIKAINyCgCNcgoA2HIKAORyCgAtcwoAUXMKACfHEQCfcwoA13MKAOBzCgAsdAoAOnQKAIF0CgCHdAoA1nQKAOJ0CgArdQoAM3UKAHzHEQCHdQoA1XUKAO51CgAqdgoAOXYKAH92CgCHdgoA1HYKAON2CgApdwoALncKAH53CgCLdwoA03cKAOB3CgAoeAoANHgKAH14CgCMeAoA0ngKANx4CgAneQoANXkKAHx5CgCBeQoA0XkKAN55CgDRxxEAJ3oKAK7xCgA/egoAe3oKAIV6CgDQegoA0noKACV7CgAzewoAensKAId7CgDPewoA13sKACR8CgBQfAoAeXwKAIB8CgDOfAoA53wKACN9CgAyfQoAeH0KAIB9CgDNfQoA3H0KACJ+CgAnfgoAd34KAIR+CgDMfgoA2X4KACF/CgAtfwoAdn8KAIV/CgDLfwoA1X8KACCACgAugAoAdYAKAHqACgDKgAoA14AKACbIEQAygQoAdIEKAIOBCgDJgQoA1YEKAB6CCgAqggoAc4IKAHqCCgDIggoA1IIKAB2DCgAkgwoAcoMKAHqDCgDHgwoAy4MKAByECgAnhAoAcYQKAH2ECgDGhAoA04QKABuFCgAjhQoAcIUKAHqFCgDFhQoAy4UKABqGCgAuhgoAb4YKAH2GCgDEhgoA0YYKABmHCgAwhwoAbocKAHaHCgDDhwoAzYcKABiICgAdiAoAbYgKAHWICgDCiAoA0YgKABeJCgAciQoAbIkKAHmJCgDBiQoAzokKABaKCgAiigoAa4oKAHqKCgDAigoAyooKAHvIEQAdiwoAaosKAHmLCgC/iwoAxIsKABSMCgAdjAoAaYwKAHqMCgC+jAoAxYwKABONCgAbjQoAaI0KAHWNCgC9jQoAwo0KABKOCgAcjgoAZ44KAG+OCgC8jgoA1Y4KABGPCgAdjwoAZo8KAG6PCgDQyBEAyo8KABCQCgAtkAoAZZAKAG6QCgC6kAoAyJAKAA+RCgAVkQoAZJEKAHCRCgC5kQoAwJEKAA6SCgAWkgoAY5IKAHOSCgC4kgoAvpIKAA2TCgASkwoAYpMKAHiTCgC3kwoAv5MKAAyUCgAWlAoAYZQKAGyUCgC2lAoAwpQKAAuVCgATlQoAJckRAG2VCgC1lQoAvJUKAAqWCgAWlgoAX5YKAGWWCgC0lgoAxZYKAAmXCgAdlwoAXpcKAGyXCgCzlwoAwJcKAAiYCgAfmAoAXZgKAGWYCgCymAoAuZgKAAeZCgAJmQoAXJkKAGaZCgCxmQoAs5kKAAaaCgAfmgoAW5oKAF2aCgCwmgoAs5oKAAWbCgARmwoAWpsKAIibCgB6yREAvpsKAAScCgAhnAoAWZwKAGKcCgCunAoAvJwKAAOdCgAJnQoAWJ0KAGSdCgCtnQoAtZ0KAM/JEQAKngoAV54KAF2eCgCsngoAuJ4KAAGfCgAEnwoAVp8KAFufCgCrnwoAtJ8KAACgCgAGoAoAVaAKAGSgCgCqoAoAtqAKAP+gCgAHoQoAJMoRAFqhCgCpoQoArqEKAP6hCgAUogoAU6IKAFuiCgCoogoAtqIKAP2iCgAHowoAUqMKAFWjCgCnowoAr6MKAPyjCgD9owoAUaQKAFekCgCmpAoAtKQKAPukCgARpQoAUKUKAFKlCgClpQoAq6UKAPqlCgAOpgoAT6YKAFemCgCkpgoAtKYKAPmmCgD7pgoATqcKAF2nCgCjpwoAracKAPinCgD9pwoATagKAFOoCgCiqAoAtqgKAPeoCgD/qAoATKkKAFGpCgChqQoAp6kKAPapCgD+qQoAS6oKAE6qCgCgqgoApaoKAPWqCgD+qgoASqsKAFCrCgCfqwoArqsKAPSrCgAArAoAecoRAFWsCgCerAoAsawKAPOsCgAPrQoASK0KAFCtCgDOyhEAq60KAPKtCgAIrgoAR64KAFOuCgCcrgoAoa4KAPGuCgD6rgoARq8KAFCvCgCbrwoAo68KAPCvCgDyrwoARbAKAFSwCgCasAoAt7AKAO+wCgD4sAoARLEKAFKxCgCZsQoAn7EKAO6xCgD8sQoAQ7IKAFCyCgCYsgoAr7IKAO2yCgD1sgoAQrMKAESzCgCXswoAn7MKAOyzCgD7swoAQbQKAEa0CgCWtAoAo7QKAOu0CgD4tAoAQLUKAEy1CgCVtQoApLUKAOq1CgD0tQoAP7YKAE22CgCUtgoAmbYKAOm2CgD2tgoAI8sRAEi3CgCTtwoAlbcKAOi3CgDvtwoAPbgKAES4CgCSuAoAmLgKAOe4CgD1uAoAPLkKAEm5CgCRuQoAobkKAOa5CgDruQoAO7oKAEO6CgCQugoAV7oKACYkCwCcugoA5boKAOe6CgDivQoA8roKADq7CgA/uwoAj7sKAJm7CgDkuwoA9LsKADm8CgA+vAoAjrwKAJe8CgDjvAoA8LwKADi9CgA/vQoAjb0KAJW9CgB4yxEA8L0KADe+CgBPvgoAjL4KAI6+CgDhvgoA+L4KADa/CgA4vwoAi78KAJm/CgDgvwoA7b8KADXACgA9wAoAzcsRAI3ACgDfwAoAocAKAMopDADowAoANMEKAELBCgC06woAQ8EKAInBCgCUwQoA3sEKAObBCgAzwgoAPsIKAIjCCgCNwgoA3cIKAODCCgAywwoAPMMKACLMEQCNwwoA3MMKAJHDCgBQoQ4A98MKADHECgA9xAoAhsQKAIzECgDbxAoA48QKADDFCgBGxQoAhcUKAJPFCgDaxQoA3cUKAC/GCgBIxgoAhMYKAJDGCgDZxgoA5MYKAC7HCgAwxwoAg8cKAJ7HCgDYxwoA5scKAC3ICgA6yAoAgsgKAJnICgB3zBEA2cgKAKOjDgDtyAoALMkKAC3JCgCByQoAhskKANbJCgDcyQoAK8oKAC3KCgCAygoAhsoKANXKCgDpygoAKssKADLLCgB/ywoAj8sKANTLCgDWywoAKcwKADfMCgB+zAoAj8wKAMzMEQDZzAoAKM0KADTNCgAhzREAf80KANLNCgDjzQoAJ84KAC/OCgB8zgoAhc4KANHOCgDYzgoAJs8KACfPCgB2zREAh88KANDPCgDSzwoAJdAKACzQCgB60AoAgtAKAM/QCgDY0AoAJNEKACvRCgB50QoAetEKAMvNEQDT0QoAI9IKACvSCgB40goAgtIKAM3SCgDb0goAItMKADjTCgB30woAg9MKAMzTCgDR0woAIdQKACrUCgB21AoAgNQKACDOEQDM1AoAINUKACjVCgDkDwwAONUKAHXVCgCC1QoAytUKANbVCgAf1goAKdYKAHTWCgB41goAydYKAM7WCgAe1woAJNcKAHPXCgCT1woAyNcKAODXCgAd2AoANNgKAHLYCgB+2AoAx9gKANHYCgAc2QoAHtkKAHHZCgB42QoAxtkKAM3ZCgAb2goAIdoKAHDaCgB82goAxdoKAMjaCgAa2woAHdsKAG/bCgB72woAxNsKAMfbCgAZ3AoANdwKAG7cCgB23AoAdc4RAM/cCgAY3QoAIt0KAG3dCgBv3QoAwt0KAMndCgAX3goAHt4KAGzeCgBy3goAwd4KAM/eCgAW3woAI98KAGvfCgB73woAwN8KAMXfCgAV4AoAHeAKAGrgCgB64AoAv+AKAMTgCgAU4QoAGuEKAGnhCgBx4QoAys4RAMThCgAT4goAG+IKAGjiCgBr4goAveIKAMniCgAS4woAGOMKAGfjCgCC4woAvOMKAMrjCgAR5AoAIOQKAGbkCgBy5AoAu+QKAMPkCgB0zxEAFeUKAGXlCgBv5QoAuuUKAMLlCgAP5goAL+YKAGTmCgBx5goAueYKAL7mCgAO5woAEucKAGPnCgBw5woAyc8RAL3nCgAN6AoAEOgKAGLoCgBs6AoAt+gKAMPoCgAM6QoAH+kKAGHpCgBw6QoAtukKAMLpCgAL6goADOoKAGDqCgBq6goAteoKAMPqCgAK6woAD+sKAF/rCgBs6woAHtARAL7rCgAJ7AoAC+wKAF7sCgB37AoAs+wKAMTsCgAI7QoAFO0KAF3tCgBl7QoAHdERALntCgAH7goADu4KAFzuCgBi7goAse4KAL3uCgAG7woACe8KAFvvCgBe7woAsO8KALjvCgAF8AoAFfAKAFrwCgBf8AoAr/AKALjwCgAE8QoAEfEKAFnxCgBg8QoActERALrxCgAD8goAEPIKAFjyCgBg8goArfIKALfyCgAC8woAEfMKAFfzCgBY8woArPMKALTzCgAB9AoAEPQKAFb0CgBb9AoAq/QKALj0CgAA9QoADfUKAFX1CgBh9QoAqvUKALn1CgD/9QoACfYKAFT2CgBi9goAqfYKAK72CgD+9goAC/cKAFP3CgBb9woAqPcKALL3CgD99woAAvgKAFL4CgBa+AoAx9ERALX4CgD8+AoACPkKAFH5CgBX+QoApvkKAKz5CgD7+QoAAPoKAFD6CgBW+goAHNIRALH6CgD6+goAAPsKAE/7CgBV+woApPsKALH7CgD5+woA/vsKAE78CgBW/AoAo/wKAMH8CgAb0xEA+vwKAATuDQD7/AoAw9oMAP78CgCFbgwADv0KAE39CgBO/QoAov0KAKf9CgD3/QoA/f0KAEz+CgBO/goAof4KAKf+CgD2/goACv8KAEv/CgBT/woAoP8KALD/CgD1/woA9/8KAEoACwBYAAsAnwALALAACwBw0xEA+gALAEkBCwBVAQsAxdMRAKsBCwDzAQsA+wELAEgCCwBVAgsAnQILAJ8CCwDyAgsACAMLAEcDCwBTAwsAnAMLAKQDCwBv1BEA/QMLAEYECwBJBAsAmwQLAKAECwDwBAsAAQULAEUFCwBOBQsAmgULAKQFCwDvBQsA/QULAEQGCwBJBgsAmQYLAKYGCwDE1BEA+gYLAEMHCwBQBwsAmAcLAJoHCwDtBwsAAwgLAEIICwBOCAsAlwgLAJ8ICwAZ1REA8QgLAEEJCwBHCQsAlgkLAJ4JCwDrCQsA7gkLAEAKCwBMCgsAlQoLAJsKCwDqCgsABQsLAD8LCwBMCwsAlAsLAJYLCwDpCwsA/wsLAD4MCwBKDAsAkwwLAJsMCwBu1REA7gwLAD0NCwBCDQsAkg0LAK0NCwDnDQsA9Q0LADwOCwBDDgsAkQ4LAJ0OCwDmDgsA7Q4LAMPVEQBGDwsAkA8LAJgPCwDlDwsA8A8LADoQCwA/EAsAjxALAJIQCwDkEAsA7hALADkRCwBBEQsAjhELAJwRCwDjEQsA5hELADgSCwBAEgsAjRILAK0SCwDiEgsA7xILADcTCwA8EwsAjBMLAJATCwDhEwsA7hMLABjWEQBWFAsAixQLAJQUCwDgFAsA4RQLADUVCwA9FQsAihULAJoVCwDfFQsA4RULADQWCwBCFgsAiRYLAJoWCwBt1hEA5BYLADMXCwA/FwsAwtYRAI8XCwAX1xEA4hcLADIYCwBMGAsAhxgLAJYYCwDcGAsA5xgLADEZCwAzGQsAhhkLAJMZCwDbGQsA6BkLADAaCwA8GgsAhRoLAJYaCwDaGgsA3RoLAC8bCwBJGwsAhBsLAI0bCwDZGwsA5hsLAC4cCwA0HAsAgxwLAI8cCwDYHAsA2xwLAC0dCwAyHQsAgh0LAJMdCwDXHQsA8h0LACweCwA4HgsAgR4LAIgeCwDWHgsA2B4LACsfCwAyHwsAgB8LAIcfCwDVHwsA2x8LACogCwA2IAsAfyALAIIgCwDUIAsA1yALACkhCwA1IQsAfiELAJEhCwDTIQsA4iELACgiCwA0IgsAfSILAH4iCwDSIgsA3CILACcjCwA1IwsAfCMLAIEjCwDRIwsA3iMLAGzXEQAuJAsAwdcRAH0kCwDQJAsA5iQLACUlCwAxJQsAeiULAIIlCwAW2BEA1SULACQmCwAsJgsAeSYLAHwmCwDOJgsA2iYLACMnCwApJwsAeCcLAJMnCwDNJwsA2ycLACIoCwAxKAsAdygLAIMoCwDMKAsA1CgLAGvYEQAmKQsAdikLAIApCwDLKQsA0ykLACAqCwBAKgsAdSoLAIIqCwDKKgsAzyoLAB8rCwAjKwsAdCsLAIErCwDA2BEA7CsLABXZEQAjLAsAcywLAIIsCwDILAsA6CwLAB0tCwApLQsAci0LAHwtCwDHLQsA0y0LABwuCwAiLgsAcS4LAHcuCwDGLgsAyy4LABsvCwAhLwsAatkRAHYvCwDFLwsAyi8LABowCwAgMAsAFNoRAHIwCwDEMAsAzjALABkxCwAbMQsAbjELAIcxCwDDMQsA1DELABgyCwAmMgsAbTILAHAyCwDCMgsAzTILABczCwAfMwsAbDMLAG4zCwDBMwsAyTMLABY0CwAjNAsAazQLAHc0CwDANAsAxDQLABU1CwAdNQsAajULAHk1CwC/NQsAxDULABQ2CwAhNgsAaTYLAHY2CwC+NgsAyjYLABM3CwAiNwsAaDcLAHI3CwC9NwsAyzcLABI4CwAXOAsAZzgLAHQ4CwBp2hEAxDgLAL7aEQAVOQsAYj0LAB05CwBmOQsAbDkLALs5CwDBOQsAEDoLAB06CwBlOgsAajoLALo6CwDCOgsADzsLADg7CwBkOwsAQjsLAA48CwCKOwsAYzwLAI07CwC5OwsA4jsLABPbEQA3PAsAaNsRAIk8CwC4PAsA6zwLAA09CwA2PQsAvdsRAHA9CwC3PQsAxD0LAAw+CwAYPgsAYT4LAGc+CwC2PgsAvD4LAAs/CwAQPwsAYD8LAGY/CwAS3BEA2z8LALRACwDePwsACkALADNACwC83BEAiEALABHdEQDaQAsACUELADxBCwBeQQsAh0ELAGbdEQC9QQsACEILAA1CCwBdQgsAZUILALvdEQC3QgsAB0MLABBDCwBcQwsAaUMLALFDCwC4QwsAEN4RAA5ECwBl3hEAbkQLALBECwC8RAsABUULABRFCwBaRQsAY0ULAK9FCwC5RQsABEYLAAZGCwBZRgsAckYLAK5GCwC/RgsAA0cLAA9HCwBYRwsAYEcLALreEQC7RwsAAkgLABNICwBXSAsAY0gLAKxICwC0SAsAD98RAAZJCwBWSQsAYEkLAKtJCwCzSQsAAEoLABBKCwBVSgsAWkoLAKpKCwCzSgsA/0oLAAxLCwBUSwsAW0sLAGTfEQCvSwsASlEPALZLCwD+SwsAvEsLAMcqDgADTAsAU0wLAF9MCwCoTAsAtUwLAP1MCwAHTQsAud8RAFdNCwCnTQsAs00LAPxNCwAJTgsAUU4LAFtOCwCmTgsAwk4LAPtOCwADTwsADuARAFVPCwClTwsArU8LAPpPCwD9TwsAT1ALAFhQCwCkUAsAs1ALAPlQCwAEUQsATlELAFZRCwCjUQsAs1ELAPhRCwAGUgsATVILAF5SCwCiUgsArlILAPdSCwD/UgsAY+ARAFJTCwChUwsAqVMLAPZTCwD9UwsAS1QLAFlUCwCgVAsAplQLAPVUCwABVQsASlULAFlVCwCfVQsAqVULAPRVCwD5VQsASVYLAE9WCwCeVgsAslYLAPNWCwD7VgsASFcLAGZXCwCdVwsApVcLALjgEQD6VwsADeERAE9YCwCcWAsAtVgLAPFYCwD6WAsARlkLAFZZCwCbWQsAq1kLAPBZCwD8WQsARVoLAEtaCwCaWgsAqFoLAO9aCwD8WgsARFsLAFtbCwCZWwsAoVsLAO5bCwD4WwsAQ1wLAFFcCwCYXAsArlwLAO1cCwD5XAsAQl0LAEldCwCXXQsAn10LAOxdCwDxXQsAQV4LAEpeCwCWXgsAoF4LAOteCwDzXgsAQF8LAEJfCwCVXwsApV8LAOpfCwD0XwsAP2ALAEtgCwCUYAsAmmALAOlgCwDxYAsAt+ERAEBhCwCTYQsApGELAOhhCwAEYgsAPWILAEViCwAM4hEAo2ILAOdiCwD4YgsAPGMLAERjCwCRYwsAqmMLAOZjCwDsYwsAO2QLAEBkCwCQZAsAsGQLAOVkCwDxZAsAOmULAEBlCwCPZQsAl2ULAORlCwDzZQsAOWYLAD5mCwCOZgsAm2YLAONmCwDwZgsAOGcLAERnCwCNZwsAnGcLAOJnCwDsZwsAN2gLAEVoCwCMaAsAkWgLAOFoCwDuaAsANmkLADlpCwCLaQsAk2kLAOBpCwDiaQsANWoLADtqCwCKagsAlmoLAN9qCwDnagsAYeIRADlrCwCJawsAjWsLAN5rCwDrawsAtuIRADxsCwCIbAsAmWwLAN1sCwDpbAsAMm0LAD9tCwCHbQsAjG0LANxtCwDmbQsAMW4LAEFuCwCGbgsAi24LANtuCwDkbgsAMG8LAD1vCwCFbwsAjG8LANpvCwDmbwsAL3ALADVwCwCEcAsAinALANlwCwDecAsALnELADRxCwAL4xEAiHELANhxCwDgcQsALXILAENyCwCCcgsAh3ILANdyCwDecgsALHMLADVzCwCBcwsAknMLANZzCwDicwsAK3QLADN0CwAK5BEAgnQLANV0CwDrdAsAKnULADZ1CwB/dQsAhnULANR1CwDcdQsAX+QRAC52CwB+dgsAhXYLANN2CwDcdgsAKHcLADl3CwB9dwsAiXcLANJ3CwDadwsAtOQRACl4CwB8eAsAkngLANF4CwDdeAsAJnkLAC15CwB7eQsAg3kLAAnlEQDVeQsAJXoLACx6CwB6egsAg3oLAM96CwDgegsAJHsLADB7CwB5ewsAgXsLAF7lEQDQewsAI3wLADJ8CwB4fAsAmHwLAM18CwDPfAsAIn0LADl9CwB3fQsAg30LAMx9CwDUfQsACOYRACZ+CwB2fgsAeH4LAMt+CwDSfgsAIH8LACh/CwB1fwsAfn8LAMp/CwDQfwsAH4ALADCACwB0gAsAfIALALLmEQDVgAsAHoELACGBCwBzgQsAeIELAMiBCwDZgQsAHYILADiCCwByggsAfoILAMeCCwDPggsAB+cRADKDCwBxgwsAcoMLAMaDCwDLgwsAG4QLACGECwBwhAsAeoQLAMWECwDNhAsAGoULACyFCwBc5xEAfIULAMSFCwDOhQsAGYYLAB+GCwBuhgsAgoYLAMOGCwDLhgsAGIcLACiHCwBthwsAcocLAMKHCwDIhwsAF4gLAB+ICwBsiAsAbYgLAMGICwDDiAsAFokLACWJCwBriQsAi4kLAMCJCwDCiQsAFYoLACyKCwBqigsAdooLAL+KCwDHigsAsecRAByLCwBpiwsAgosLAL6LCwDHiwsAE4wLAB2MCwBojAsAcIwLAL2MCwDNjAsAEo0LABeNCwBnjQsAcI0LALyNCwDJjQsAEY4LABiOCwBmjgsAbo4LAFvoEQDFjgsAEI8LABiPCwBljwsAc48LALqPCwDHjwsAD5ALABeQCwBkkAsAZpALALmQCwDBkAsADpELAA+RCwBjkQsAZZELALiRCwDHkQsADZILAC2SCwBikgsAZJILALeSCwDOkgsADJMLABiTCwBhkwsAe5MLALaTCwDikwsAC5QLAA6UCwBglAsAZZQLALWUCwDClAsAsOgRAAyVCwBflQsAaZULALSVCwDDlQsACZYLABSWCwBelgsAbJYLALOWCwDAlgsACJcLAB+XCwBdlwsAZZcLALKXCwCzlwsAB5gLAAmYCwBcmAsAa5gLALGYCwDRmAsABpkLAAiZCwBbmQsAcpkLALCZCwC8mQsABZoLAA2aCwAF6REAX5oLAK+aCwC1mgsABJsLAAybCwBZmwsAeJsLAK6bCwC7mwsAA5wLAAScCwBYnAsAbpwLAK2cCwDJnAsAWukRAAedCwBXnQsAYZ0LAKydCwC0nQsAAZ4LAAKeCwBWngsAA54LAE2nCwBcngsAq54LALeeCwAAnwsAEJ8LAFWfCwBjnwsAqp8LAL2fCwD/nwsAC6ALAFSgCwBboAsAqaALALGgCwD+oAsAAqELAFOhCwBhoQsAqKELALKhCwD9oQsACKILAFKiCwBaogsAp6ILAN+iCwD8ogsABKMLAFGjCwBWowsApqMLAKyjCwD7owsAA6QLAFCkCwBqpAsApaQLAN2kCwD6pAsAAqULAE+lCwBUpQsApKULAKqlCwD5pQsAAaYLAE6mCwBopgsAo6YLAL2mCwD4pgsAMKcLAK/pEQBVpwsAoqcLAKmnCwD3pwsAA6gLAEyoCwBNqAsAoagLAK2oCwD2qAsAA6kLAEupCwBSqQsAoKkLAKypCwD1qQsAAqoLAEqqCwBZqgsAn6oLALOqCwAE6hEA9qoLAEmrCwAAqwsAzHoOAEyrCwBg5w0AVqsLABKMDABYqwsAnqsLAL6rCwDzqwsA9asLAEisCwBfrAsAnawLAKmsCwDyrAsA+qwLAFnqEQBJrQsAnK0LAKmtCwDxrQsA+q0LAEauCwBIrgsAm64LAKyuCwDwrgsAAa8LAEWvCwBZrwsAruoRALqvCwDvrwsA8a8LAESwCwBbsAsAmbALAKWwCwDusAsA9rALAAPrEQBFsQsAmLELAJuxCwDtsQsA9bELAEKyCwBPsgsAl7ILAJyyCwDssgsA9rILAEGzCwBJswsAlrMLAK+zCwDrswsA97MLAEC0CwBMtAsAlbQLAKK0CwDqtAsA8rQLAD+1CwBPtQsAlLULAJm1CwDptQsA8rULAD62CwBLtgsAk7YLAJq2CwDotgsA8LYLAFjrEQBKtwsAkrcLAJW3CwDntwsA8bcLADy4CwA+uAsAkbgLAKK4CwDmuAsA97gLADu5CwBHuQsAkLkLAJe5CwDluQsA/7kLADq6CwBCugsAj7oLAJC6CwAwxAsAmboLAOS6CwDqugsAObsLAE27CwCOuwsAlrsLAOO7CwDtuwsAOLwLAD28CwCNvAsAlbwLAOK8CwDwvAsAN70LAES9CwCMvQsAj70LAOG9CwDrvQsANr4LADi+CwCLvgsAnL4LAOC+CwDxvgsANb8LAD2/CwCt6xEAlL8LAN+/CwD7vwsANMALADzACwAC7BEAisALAN7ACwD0wAsAM8ELADvBCwCIwQsAlsELAN3BCwDqwQsAMsILADXCCwCHwgsAkcILANzCCwDewgsAMcMLAELDCwCGwwsAl8MLANvDCwDjwwsAV+wRAEHECwCFxAsAkcQLANrECwDcxAsAL8ULADLFCwCExQsAkMULANnFCwDhxQsArOwRADfGCwCDxgsAkMYLANjGCwDgxgsALccLAD/HCwCCxwsAj8cLANfHCwDYxwsALMgLAELICwCByAsAicgLANbICwDkyAsAK8kLADjJCwCAyQsAg8kLANXJCwDfyQsAKsoLACzKCwB/ygsAkMoLANTKCwDlygsAKcsLADHLCwAB7REAi8sLANPLCwDdywsAKMwLAODLCwD7oQ0ANswLAH3MCwCTzAsA0swLAN7MCwAnzQsAM80LAHzNCwCCzQsA0c0LANfNCwAmzgsAK84LAHvOCwCBzgsAVu0RANXOCwAlzwsAJ88LAHrPCwCBzwsAz88LANfPCwAk0AsAJ9ALAHnQCwCC0AsAztALAN3QCwAj0QsALtELAHjRCwCA0QsAzdELAN3RCwAi0gsAMNILAHfSCwCI0gsAzNILANjSCwAh0wsAKdMLAFXuEQCU0wsAy9MLANPTCwCq7hEALNQLAHXUCwCL1AsAytQLANLUCwAf1QsAPtULAP/uEQB31QsA5wwMAIHVCwDJ1QsAzNULAJhXEADR1QsAHtYLANPVCwCLZg4AINYLAHPWCwAo1gsAvOILAC/WCwDD2wsAgNYLAMjWCwDc1gsAHdcLACXXCwBy1wsAd9cLAMfXCwDX1wsAHNgLACTYCwBx2AsAe9gLAMbYCwDR2AsAG9kLACfZCwBw2QsAeNkLAFTvEQDK2QsAGtoLACPaCwBv2gsAddoLAMTaCwDT2gsAGdsLACXbCwBu2wsAcdsLAKnvEQDI2wsAGNwLACfcCwBt3AsAb9wLAMLcCwDT3AsAF90LACjdCwBs3QsAgN0LAMHdCwDJ3QsAFt4LACTeCwBr3gsAeN4LAMDeCwDD3gsAFd8LAB/fCwBq3wsAbN8LAL/fCwDQ3wsAFOALACXgCwBp4AsAdeALAL7gCwDF4AsAE+ELABvhCwBo4QsAf+ELAL3hCwDJ4QsAEuILACjiCwBn4gsAauILAP7vEQDH4gsAEeMLAB3jCwBm4wsAbuMLAFPwEQDH4wsAEOQLACbkCwBl5AsAaOQLALrkCwDC5AsAD+ULABHlCwBk5QsAf+ULALnlCwC75QsADuYLABzmCwBj5gsAdOYLALjmCwC65gsADecLACbnCwBi5wsAc+cLALfnCwDD5wsAqPARABLoCwBh6AsAb+gLALboCwDR6AsAC+kLABfpCwBg6QsAZukLALXpCwC96QsACuoLABrqCwBf6gsAZOoLALTqCwC96gsACesLABbrCwBe6wsAZesLALPrCwC76wsA/fARAA3sCwBd7AsAY+wLALLsCwC67AsAB+0LADPtCwBc7QsAY+0LALHtCwDK7QsABu4LABXuCwBb7gsAd+4LAFLxEQC17gsABe8LAA/vCwBa7wsAau8LAK/vCwC07wsABPALAA3wCwBZ8AsAZvALAK7wCwC18AsAA/ELAA/xCwBY8QsAa/ELAK3xCwC88QsAAvILAA7yCwBX8gsAWPILAKzyCwC28gsAAfMLAA/zCwBW8wsAW/MLAKvzCwC48wsAp/ERABH0CwBV9AsAV/QLAKr0CwCt9AsA//QLAAL1CwBU9QsAW/ULAKn1CwC19QsA/vULAA72CwBT9gsAY/YLAKj2CwCt9gsA/fYLAAb3CwBS9wsAX/cLAKf3CwCu9wsA/PcLAAj4CwBR+AsAV/gLAKb4CwCs+AsA+/gLAAD5CwBQ+QsAVvkLAKbyEQCv+QsA+vkLAAj6CwBP+gsAX/oLAKT6CwCm+gsA+foLAAj7CwBO+wsAWPsLAKP7CwCr+wsApfMRAP77CwBN/AsAWfwLAPrzEQCn/AsA9/wLAP/8CwBM/QsAXP0LAKH9CwCv/QsA9v0LAAP+CwBL/gsAUv4LAKD+CwCo/gsApPQRAAb/CwBK/wsAUf8LAJ//CwCn/wsA9P8LAAEADABJAAwATgAMAJ4ADACoAAwA8wAMAPsADABIAQwAYQEMAJ0BDACpAQwA8gEMAPoBDAD59BEAUwIMAJwCDACfAgwA8QIMAPYCDABGAwwAVwMMAJsDDAC2AwwA8AMMAPwDDABFBAwATAQMAJoEDAC2BAwA7wQMAPcEDABO9REASQUMAJkFDACjBQwA7gUMAPYFDABDBgwARQYMAHd7DQBTBgwAmAYMAJ0GDADtBgwA9gYMAEIHDABPBwwAlwcMAJ4HDACj9REA9QcMAEEIDABOCAwAlggMAKUIDADrCAwA9QgMAEAJDABOCQwAlQkMAJoJDADqCQwA9wkMAD8KDABHCgwA+PURAKAKDADpCgwA9goMAD4LDABBCwwAkwsMAKELDADoCwwA7QsMAD0MDABKDAwAkgwMAJoMDABN9hEA7wwMADwNDABCDQwAkQ0MAEMNDAAAngwAnQ0MAOYNDAADDgwAOw4MAEQODACQDgwAng4MAOUODADrDgwAOg8MAEYPDACPDwwAlg8MAKL2EQDlDwwAIX0MAPAPDAA5EAwA9A8MAM95DABMEAwAjhAMAJgQDADjEAwA7xAMADgRDABFEQwAjREMAJARDADiEQwA8BEMADcSDAA8EgwAjBIMAJkSDADhEgwA6RIMAPf2EQA8EwwAixMMAJkTDADgEwwA+xMMADUUDABBFAwAihQMAJAUDACh9xEAAhUMAPb3EQA5FQwAiRUMAJYVDADeFQwA6xUMADMWDAA/FgwAiBYMAJcWDADdFgwA5xYMADIXDABAFwwAhxcMAIwXDADcFwwA6RcMADEYDABNGAwAhhgMAI4YDABL+BEA4BgMADAZDAA2GQwAhRkMAI0ZDADaGQwA2xkMAC8aDAA2GgwAhBoMAIkaDADZGgwA4RoMAC4bDAA8GwwAgxsMAIYbDADYGwwA4BsMAC0cDAA6HAwAghwMAIccDADXHAwA4RwMACwdDAA0HQwAgR0MAJIdDADWHQwA2x0MACseDAAtHgwAgB4MAIceDADVHgwA4R4MACofDAAxHwwAoPgRAIsfDADUHwwA8R8MACkgDAAyIAwAfiAMAIwgDADTIAwA2SAMACghDAA0IQwAfSEMAIQhDADSIQwA2iEMACciDAA9IgwAfCIMAIEiDADRIgwA2CIMACYjDAAvIwwAeyMMAIwjDADQIwwA3CMMACUkDAAtJAwASvkRAIAkDADPJAwA1CQMACQlDAA/JQwAeSUMAIclDADOJQwA1SUMACMmDAAvJgwAeCYMAHsmDADNJgwA1SYMACInDAAjJwwAdycMAHknDADMJwwA2ycMACEoDABBKAwAdigMAHgoDADLKAwA4igMACApDAAsKQwAdSkMAH0pDACf+REAzykMAB8qDAAnKgwAdCoMAIQqDADJKgwA1yoMAB4rDAAvKwwAcysMAH8rDADIKwwAyysMAB0sDAAlLAwAciwMAIAsDADHLAwA1CwMABwtDAAkLQwAcS0MAKktDAD0+REAxy0MABsuDAAnLgwAcC4MAH8uDADFLgwAzS4MAEn6EQAcLwwAby8MAH0vDADELwwA1S8MAJ76EQAgMAwA8/oRAHYwDACd+xEAxDAMAKdMDADGMAwADzoMAMcwDABsMgwAyTAMAGI8DADKMAwAvTYMAMwwDAClTgwAzzAMABgxDADQMAwAvzQMANIwDACyQQwAHjEMAG0xDABzMQwAwjEMAMcxDAAXMgwAHTIMAPL7EQBuMgwAwTIMAMcyDAAWMwwAIzMMAPH8EQB4MwwAwDMMANczDAAVNAwAMTQMAGo0DAByNAwARv0RAMQ0DAAUNQwAHjUMAGk1DAB3NQwAvjUMAM01DAATNgwAHzYMAJv9EQBwNgwA8P0RAMk2DAASNwwAEzcMAGc3DABtNwwAvDcMAMg3DAAROAwAIDgMAGY4DABoOAwAuzgMAMU4DAAQOQwAHDkMAGU5DABsOQwARf4RAMI5DACa/hEAGToMAGQ6DABqOgwAuToMAMc6DAAOOwwAHTsMAGM7DABtOwwAuDsMANQ7DAANPAwAFTwMAO/+EQBuPAwAtzwMAMY8DAAMPQwAET0MAGE9DAB8PQwAtj0MAMI9DAALPgwAET4MAGA+DABiPgwAtT4MAM4+DAAKPwwAGz8MAF8/DABrPwwAtD8MAMw/DAAJQAwAFUAMAF5ADABkQAwAs0AMALlADAAIQQwADUEMAF1BDABjQQwARP8RALdBDAAHQgwADUIMAFxCDAAdQgwAAkcMAGhCDACxQgwAyUIMAAZDDAAKQwwAr0QMABJDDABbQwwAYUMMALBDDAC2QwwABUQMAApEDABaRAwAYEQMAEMAEgCxRAwABEUMAApFDABZRQwAZkUMAEIBEgC7RQwAA0YMABpGDABYRgwAdEYMAK1GDAC1RgwAlwESAANHDABXRwwAZUcMAKxHDAC9RwwAAUgMAA1IDABWSAwAbkgMAKtIDACvSAwAVEoMALdIDAAASQwABkkMAFVJDABbSQwAqkkMAK9JDAD/SQwABUoMAOwBEgBWSgwAqUoMAK9KDAD+SgwAC0sMAOsCEgBgSwwAqEsMAL9LDAD9SwwAGUwMAFJMDABaTAwAQAMSAKlMDAD8TAwAAk0MAFFNDABUTQwApk0MALJNDAD7TQwAF04MAFBODABYTgwAlQMSAKhODAD6TgwABk8MAE9PDABVTwwApE8MALxPDAD5TwwA/U8MAKJRDAAAUAwA81UMAAVQDABOUAwABlAMAPVTDABUUAwAo1AMAKlQDAD4UAwA/VAMAE1RDABTUQwA6gMSAKRRDAD3UQwA/VEMAExSDABZUgwA6QQSAK5SDAD2UgwADVMMAEtTDABnUwwAoFMMAKhTDAA+BRIA+lMMAEpUDABUVAwAn1QMAK1UDAD0VAwAA1UMAElVDABVVQwAkwUSAKZVDADoBRIA/1UMAEhWDABJVgwAnVYMAKNWDADyVgwA/lYMAEdXDABWVwwAnFcMAJ5XDADxVwwA+1cMAEZYDABSWAwAm1gMAKJYDAA9BhIA+FgMAJIGEgBPWQwAmlkMAKZZDADvWQwABVoMAERaDABQWgwAmVoMAKxaDADuWgwA/FoMAENbDABNWwwA5wYSAKBbDAA8BxIAA1wMAEJcDABOXAwAl1wMAKRcDADsXAwA9lwMAEFdDABDXQwAll0MAKBdDADrXQwA+V0MAEBeDABFXgwAlV4MAKJeDADqXgwA8l4MAD9fDABPXwwAlF8MAJZfDADpXwwA8l8MAD5gDABPYAwAk2AMAJ1gDACRBxIA9GAMAD1hDABUYQwAkmEMAK1hDADmBxIAAGIMADxiDABCYgwAkWIMAJtiDAA7CBIA6GIMADtjDABMYwwAkGMMAJhjDADlYwwArGMMAL2LDADxYwwAOmQMAEBkDACPZAwAlWQMAORkDADpZAwAOWUMAD9lDACQCBIAqmUMAONlDADrZQwAjwkSAEZmDACNZgwAnmYMAOJmDADzZgwAN2cMAENnDACMZwwAk2cMAOQJEgDyZwwANmgMAEdoDACLaAwAl2gMAOBoDADnaAwAOQoSADdpDACKaQwAi2kMAN9pDADnaQwANGoMADlqDACJagwAkmoMAN5qDADoagwAM2sMADtrDACIawwAjWsMAN1rDADtawwAMmwMADpsDACHbAwAnWwMANxsDADobAwAMW0MAEdtDACGbQwAi20MANttDADhbQwAMG4MAERuDACOChIAm24MANpuDADobgwAL28MADxvDACEbwwAhm8MANlvDADjbwwALnAMADpwDACDcAwAinAMANhwDADgcAwALXEMAEZxDACCcQwAlnEMANdxDADfcQwALHIMAC5yDACBcgwAjnIMANZyDADbcgwAK3MMADVzDACAcwwAi3MMANVzDADhcwwAKnQMADB0DAB/dAwAh3QMANR0DADVdAwAKXUMAC91DAB+dQwAg3UMANN1DADidQwAKHYMADR2DAB9dgwAgHYMANJ2DADVdgwA4woSACx3DAB8dwwAmHcMADgLEgDxdwwAJngMAC54DACNCxIAgXgMANB4DADceAwA4gsSACt5DAB6eQwAhnkMADUOEgDReQwAJHoMAC56DAB5egwAe3oMAM56DADfegwAI3sMACt7DAB4ewwAhHsMAM17DADTewwAInwMACh8DAB3fAwAfHwMAMx8DADSfAwAig4SACN9DAB2fQwAfH0MAMt9DADOfQwAIH4MACx+DAB1fgwAfX4MAIkPEgDQfgwAH38MACV/DAB0fwwAeX8MAMl/DADPfwwA3g8SACCADABzgAwAfIAMAMiADADfgAwAHYEMACiBDABygQwAfIEMAMeBDADPgQwA3RASACmCDABxggwAeYIMAMaCDADQggwAG4MMACaDDABwgwwAdoMMAMWDDADRgwwAGoQMAByEDABvhAwAdoQMAMSEDADMhAwAGYUMACuFDAAyERIArIUMAMOFDADLhQwAGIYMADuGDAAxEhIAb4YMAMKGDADPhgwAF4cMAB6HDABshwwAfYcMAMGHDADNhwwAFogMAB2IDABriAwAbIgMAPWoDABziAwAhhISANOIDAAViQwAJIkMAGqJDAB2iQwAv4kMAMCJDAAUigwAHooMAGmKDAB3igwAvooMAMOKDAATiwwAIIsMANsSEgBwiwwAMBMSAMWLDACFExIAIIwMAGeMDAB2jAwAvIwMANyMDAARjQwAHY0MAGaNDABtjQwAu40MAMONDAAQjgwAEo4MAGWODABvjgwAhBQSAMSODAAPjwwAF48MANkUEgBujwwAuY8MAMGPDAAuFRIATZAMAGOQDABrkAwAuJAMANaQDACDFRIAG5EMAGKRDABpkQwA42MOAHKRDAC3kQwAx5EMAAySDAAYkgwAYZIMAGeSDAC2kgwA0pIMAAuTDAATkwwA2BUSAHSTDAC1kwwAv5MMAAqUDAAWlAwAX5QMAGeUDAAtFhIAv5QMAAmVDAALlQwAXpUMAGSVDACzlQwAu5UMAIIWEgAKlgwAXZYMAGCWDACylgwAupYMAAeXDAAXlwwAXJcMAF6XDACxlwwAv5cMAAaYDAAXmAwA1xYSAGKYDAAsFxIAtpgMAAWZDAAKmQwAWpkMAGCZDACBFxIAuZkMAASaDAAGmgwAWZoMAGyaDACumgwAtpoMAAObDAAPmwwAWJsMAF6bDACtmwwAs5sMAAKcDAAHnAwAV5wMAF2cDACAGBIAtZwMAAGdDAAOnQwAVp0MAF2dDACrnQwAs50MANUYEgAMngwAVZ4MAF+eDACqngwAtp4MAP+eDAAOnwwAVJ8MAF6fDACpnwwAtZ8MAP6fDAAFoAwAKhkSAFagDAALOw8AWaAMAKigDABioAwAnVQOALSgDAD9oAwABaEMAH8ZEgBeoQwAp6EMALGhDAD8oQwACKIMAFGiDABgogwApqIMALCiDAD7ogwAB6MMAFCjDABXowwA1BkSALOjDAD6owwAxaMMAAJFDgARpAwAT6QMAFykDACkpAwApqQMAPmkDAAKpQwATqUMAGqlDACjpQwAq6UMACkaEgARpgwATaYMAGGmDACipgwAqqYMAPemDAD6pgwATKcMAFqnDAChpwwAuKcMAPanDAADqAwAS6gMAE2oDACgqAwAsagMAH4aEgD7qAwASqkMAE+pDACfqQwAtakMAPSpDAACqgwASaoMAEyqDACeqgwAqqoMAPOqDAD5qgwASKsMAFSrDACdqwwAyasMAPKrDAD+qwwAR6wMAFasDACcrAwApqwMAPGsDAD/rAwARq0MAEutDACbrQwAqK0MANMaEgDyrQwARa4MAFOuDACargwAp64MAO+uDAABrwwAKBsSAFOvDACZrwwApa8MAO6vDAAHsAwAQ7AMAEWwDACYsAwAp7AMAO2wDAANsQwAQrEMAEqxDACXsQwAurEMAH0bEgDxsQwAQbIMAESyDACWsgwAoLIMAOuyDADzsgwAQLMMAEazDACVswwAobMMAOqzDAD5swwAP7QMAEu0DACUtAwAobQMAOm0DADztAwAPrUMAEa1DACTtQwAorUMAOi1DADqtQwAPbYMAE62DACStgwAo7YMAOe2DADvtgwAPLcMAE23DACRtwwAk7cMAOa3DADptwwAO7gMAEW4DACQuAwAtLgMAOW4DAABuQwA0hsSAEC5DACPuQwAlLkMAOS5DADzuQwAOboMAEW6DACOugwAkboMAOO6DADmugwAOLsMAEC7DACNuwwAnLsMAOK7DADnuwwAN7wMAE28DACMvAwAjbwMAOG8DADyvAwANr0MAEK9DACLvQwAlb0MAOC9DADsvQwANb4MADy+DAAnHBIAjr4MAN++DADtvgwANL8MAD6/DACJvwwAlL8MAN6/DADmvwwAM8AMAD/ADACIwAwAm8AMAN3ADADrwAwAMsEMADzBDACHwQwAj8EMANzBDADrwQwAMcIMADbCDACGwgwAjcIMANvCDADnwgwAfBwSADzDDACFwwwAiMMMANrDDADdwwwAL8QMAEnEDACExAwAkMQMANnEDADsxAwALsUMADzFDACDxQwAjcUMANjFDAD7xQwA0RwSADfGDACCxgwAjsYMANfGDADexgwALMcMADTHDACBxwwAhccMANbHDADkxwwAK8gMADXIDACAyAwAi8gMANXIDADdyAwAKskMADnJDAB/yQwAhMkMANTJDADbyQwAKcoMADXKDAB+ygwAhsoMACYdEgDpygwALhgPAOzKDAAoywwAMssMAH3LDACJywwA0ssMANXLDAAnzAwAMcwMAHzMDAB/zAwA0cwMAOHMDAAmzQwAKM0MAHvNDACJzQwA0M0MAOHNDAB7HRIALM4MANAdEgCTzgwAz84MANnODAAkzwwAMM8MAHnPDAB8zwwAzs8MANjPDAAlHhIAKNAMAHjQDACY0AwAzdAMANXQDAB6HhIAMNEMAHfRDACN0QwAzNEMANjRDAAh0gwAKNIMAHbSDAB+0gwAy9IMANDSDAAg0wwAKdMMAHXTDAB/0wwAytMMANLTDAAf1AwALdQMAHTUDACB1AwAydQMANHUDADPHhIALtUMAHPVDAB71QwAJB8SAM/VDAAd1gwAKdYMAHLWDAB51gwAx9YMAM/WDAAc1wwAJtcMAHHXDAB/1wwAxtcMANzXDAAb2AwAJ9gMAHDYDAB12AwAxdgMAM7YDAAa2QwAJNkMAG/ZDAB32QwAxNkMAMnZDAAZ2gwAKdoMAG7aDAB22gwAeR8SAM3aDAAY2wwAG9sMAMjUDQAg2wwAzh8SAHvbDADC2wwA2NsMABfcDAAj3AwAbNwMAHPcDADB3AwAydwMABbdDAAb3QwAa90MAHTdDADA3QwAyt0MABXeDAAd3gwAat4MAGzeDAAJ6gwAeN4MAL/eDADM3gwAFN8MABzfDAAjIBIAdd8MAL7fDADB3wwAE+AMAB3gDAB4IBIAduAMAL3gDADT4AwAEuEMAB7hDABn4QwAbuEMALzhDADE4QwAEeIMABbiDABm4gwAb+IMALviDADF4gwAEOMMABjjDABl4wwAZ+MMALrjDADK4wwAD+QMABnkDABk5AwAcOQMALnkDAC/5AwAIiESABzlDABj5QwAeeUMALjlDADE5QwADeYMABLmDABi5gwAa+YMALfmDADB5gwADOcMABTnDABh5wwAg+cMAHchEgDF5wwAC+gMABfoDABg6AwAYegMALXoDAC/6AwACukMABjpDABf6QwAZOkMALTpDADB6QwAzCESABnqDABe6gwAaOoMALPqDAC/6gwACOsMAA7rDABd6wwAZesMAMsiEgC36wwAB+wMAA/sDABc7AwAaOwMAFL2DAB17AwAsewMAL3sDAAG7QwADu0MACAjEgBo7QwAsO0MALjtDAAF7gwAE+4MAFruDABn7gwAr+4MALLuDAAE7wwADu8MAFnvDABb7wwAru8MALvvDAAD8AwAEvAMAFjwDABk8AwArfAMALXwDAB1IxIAEvEMAFfxDABf8QwArPEMALjxDAAB8gwAB/IMAFbyDABc8gwAq/IMALDyDAAA8wwABvMMAMojEgBi8wwAqvMMAK/zDAD/8wwACfQMAFT0DABc9AwAqfQMALX0DAD+9AwAEfUMAFP1DABh9QwAqPUMAKv1DAD99QwAB/YMAB8kEgBl9gwAp/YMALX2DAD89gwA//YMAFH3DABb9wwAdCQSAKv3DAD79wwAtPcMAIcWDQAD+AwAUPgMAFz4DACl+AwAq/gMAPr4DAC4+AwANBQNAAD5DABP+QwAVPkMAKT5DACq+QwAySQSAP/5DABO+gwAU/oMAKP6DACp+gwAHiUSAAb7DABN+wwAaPsMAKL7DACu+wwA9/sMAP77DABzJRIAVfwMAKH8DACu/AwA9vwMAAL9DABL/QwAXv0MAKD9DACh/QwA9f0MAAH+DABK/gwAWf4MAJ/+DACp/gwA9P4MAAD/DABJ/wwAUP8MAMglEgCk/wwA8/8MAPn/DABIAA0ATQANAJ0ADQCjAA0AciYSAPsADQBHAQ0AVAENAJwBDQCgAQ0A8QENAPMBDQBGAg0AUwINAJsCDQClAg0AxyYSAPcCDQBFAw0ATQMNAJoDDQCmAw0A7wMNAAIEDQBEBA0AUwQNAJkEDQClBA0A7gQNAO8EDQBDBQ0ATQUNAJgFDQCmBQ0A7QUNAPIFDQBCBg0ATwYNABwnEgCjBg0A7AYNAPIGDQBBBw0ARwcNAJYHDQCbBw0A6wcNAPEHDQBxJxIARQgNAJUIDQCfCA0AGygSAPIIDQA/CQ0ATAkNAJQJDQCZCQ0A6QkNAPMJDQA+Cg0ARgoNAJMKDQCfCg0A6AoNAPsKDQA9Cw0APgsNAJILDQCeCw0A5wsNAPYLDQA8DA0ARgwNAJEMDQCZDA0A5gwNAOgMDQBwKBIARA0NAJANDQCfDQ0A5Q0NAPQNDQA6Dg0ARg4NAI8ODQCSDg0A5A4NAOcODQDFKBIAOw8NAI4PDQCRDw0A4w8NAOsPDQA4EA0ARRANAI0QDQCSEA0A4hANAOwQDQA3EQ0APxENAIwRDQCYEQ0A4RENAPQRDQA2Eg0ANxINAIsSDQCXEg0A4BINAO8SDQA1Ew0APxMNAIoTDQCWEw0A3xMNAOYTDQAaKRIAQxQNAIkUDQCVFA0A3hQNAN8UDQAzFQ0APRUNAIgVDQCWFQ0A3RUNAOIVDQAyFg0APxYNAG8pEgCYFg0AxCkSAOkWDQAxFw0APxcNAIYXDQCXFw0A2xcNAP0XDQAZKhIANRgNAIUYDQA2GA0A+U4NAI0YDQDaGA0A2xgNACsdDQDdGA0AKh4NAN8YDQAsHA0A4BgNAH4fDQDhGA0ALRsNAOkYDQAvGQ0A8xgNAHsiDQA0GQ0AhBkNAJEZDQDZGQ0A5hkNAC4aDQA6Gg0AgxoNAJIaDQDYGg0A4hoNAG4qEgA7Gw0AghsNAIQbDQDXGw0A6BsNAMMqEgAtHA0AgRwNAI0cDQDWHA0A4xwNABgrEgA5HQ0AgB0NAI0dDQDVHQ0A7B0NAG0rEgAzHg0A0iANADQeDQB/Hg0AgR4NANQeDQDaHg0AKR8NADMfDQDCKxIAih8NANMfDQDVHw0AKCANADcgDQB9IA0AiCANABcsEgDhIA0AJyENADYhDQB8IQ0AiCENANEhDQDdIQ0AJiINAC0iDQBsLBIAhyINANAiDQDYIg0AwSwSAD4jDQB6Iw0AiyMNAM8jDQDbIw0AFi0SACskDQB5JA0AgSQNAM4kDQDPJA0AIyUNACklDQB4JQ0AfSUNAM0lDQDOJQ0AIiYNAC4mDQB3Jg0AfSYNAMwmDQDWJg0AIScNAC8nDQBxLA0ANScNAHYnDQB+Jw0Aay0SANsnDQAgKA0AKCgNAHUoDQB+KA0AyigNAIIoDQByKw0A1ygNAB8pDQAmKQ0AdCkNAIApDQDJKQ0A2SkNAB4qDQAsKg0AcyoNAIAqDQDIKg0A1CoNAB0rDQAkKw0AwC0SAHsrDQDHKw0A2CsNABwsDQAtLA0AFS4SAH0sDQDGLA0AySwNABstDQAjLQ0AcC0NAHUtDQDFLQ0A1S0NABouDQAiLg0Aby4NAHguDQDELg0AfC4NAGwxDQDRLg0AGS8NACAvDQBuLw0Aei8NAMMvDQDTLw0AGDANACYwDQBtMA0AejANAMIwDQDOMA0AFzENAB4xDQBqLhIAdTENAMExDQDSMQ0AFjINACcyDQC/LhIAcDINAMAyDQDNMg0AFTMNACEzDQBqMw0AdDMNAL8zDQDTMw0AFDQNABU0DQBpNA0AdTQNAL40DQDdNA0AEzUNABs1DQBoNQ0AbTUNAL01DQDWNQ0AEjYNAD42DQBnNg0AczYNALw2DQDLNg0AETcNABs3DQBmNw0AbjcNALs3DQDGNw0AEDgNABI4DQBlOA0AaDgNALo4DQDCOA0ADzkNABw5DQBkOQ0AaTkNALk5DQDBOQ0ADjoNABA6DQBjOg0AbToNALg6DQDCOg0ADTsNABM7DQBiOw0AcDsNALc7DQDQOw0ADDwNABU8DQBhPA0AazwNALY8DQDCPA0AFC8SABc9DQBgPQ0Aaj0NALU9DQDAPQ0ACj4NAA8+DQBfPg0AZj4NALQ+DQC8Pg0ACT8NADY/DQBpLxIAZT8NALM/DQC7Pw0ACEANADVADQBdQA0AYkANALJADQCzQA0AB0ENABFBDQBcQQ0AakENALFBDQC2QQ0ABkINABNCDQBbQg0Ad0INALBCDQDMQg0Avi8SABJDDQBaQw0AXkMNAK9DDQC1Qw0ABEQNAAZEDQBZRA0AWkQNAK5EDQDRRA0AA0UNACdFDQBYRQ0AhUUNAK1FDQC1RQ0AAkYNAAdGDQBXRg0AZEYNAKxGDQC0Rg0AAUcNAANHDQBWRw0AXkcNAKtHDQDYRw0AAEgNAA1IDQBVSA0AWkgNAKpIDQC3SA0A/0gNAAtJDQBUSQ0AgUkNAKlJDQCxSQ0A/kkNABlKDQBTSg0AVUoNAKhKDQC5Sg0A/UoNAAZLDQBSSw0AXksNABMwEgC0Sw0A/EsNABdMDQBRTA0AVkwNAKZMDQDGTA0A+0wNAAdNDQBQTQ0AWE0NAGgwEgCzTQ0A+k0NAARODQBPTg0AWk4NAKRODQCsTg0AEjESAAJPDQBOTw0AWE8NAKNPDQCuTw0A+E8NAAxQDQBNUA0AYlANAKJQDQCqUA0A91ANAA5RDQBMUQ0AUVENAKFRDQCrUQ0A9lENAP5RDQBnMRIATVINAKBSDQCxUg0A9VINAPhSDQBKUw0AVlMNALwxEgCtUw0A9FMNAAVUDQARMhIATFQNAJ5UDQChVA0A81QNAP9UDQBIVQ0ATlUNAJ1VDQCnVQ0AZjISAP9VDQBHVg0AXlYNAJxWDQCkVg0AuzISAPdWDQBGVw0ATFcNAJtXDQCzVw0A8FcNAPJXDQBFWA0ASFgNAJpYDQCdWA0A71gNAPtYDQBEWQ0ASlkNAJlZDQCjWQ0AZTMSAPNZDQBDWg0AUFoNALozEgCoWg0A7VoNAPlaDQBCWw0ASFsNAJdbDQCjWw0A7FsNAKVbDQBCAxAA+VsNAEFcDQBQXA0AllwNAKJcDQDrXA0A81wNAA80EgBIXQ0AlV0NAJddDQDqXQ0A+V0NAD9eDQBJXg0AlF4NAJ1eDQDpXg0A614NAD5fDQBPXw0Ak18NAKhfDQDoXw0A8F8NAD1gDQB9YA0AkmANAJpgDQDnYA0A82ANADxhDQBPYQ0AkWENAJJhDQDmYQ0A8mENADtiDQBKYg0AkGINAJpiDQDlYg0A8WINADpjDQBBYw0AuTQSAKtjDQAONRIA52MNADlkDQBBZA0AjmQNAJtkDQDjZA0A6GQNADhlDQBCZQ0AjWUNAJVlDQDiZQ0A7GUNADNqDQDyZQ0AMWwNAA9mDQA3Zg0AQWYNAIxmDQBHZg0ANWgNAJJmDQDhZg0A6mYNADZnDQBCZw0Ai2cNALhnDQDgZw0A/GcNALg1EgA3aA0AimgNAJtoDQDfaA0A4mgNADRpDQBAaQ0AiWkNALZpDQDeaQ0A+mkNAA02EgA5ag0AiGoNAJFqDQDdag0A52oNADJrDQA9aw0Ah2sNAJtrDQDcaw0A+GsNAGI2EgAzbA0AhmwNAJdsDQDbbA0A3mwNADBtDQBEbQ0AhW0NAKFtDQC3NhIA4m0NAAw3EgA3bg0AYTcSAJBuDQDZbg0A324NAC5vDQA0bw0Ag28NAIhvDQDYbw0A3m8NALY3EgA3cA0AgnANAIpwDQBgOBIA3XANACxxDQA0cQ0AgXENAI5xDQDWcQ0A4nENACtyDQAtcg0AgHINAIZyDQDVcg0A3XINACpzDQA8cw0AtTgSAIxzDQDUcw0A23MNACl0DQAxdA0AfnQNAIN0DQDTdA0A43QNACh1DQAwdQ0AfXUNAIt1DQDSdQ0A33UNACd2DQAodg0AfHYNAIV2DQDRdg0A23YNAAo5EgArdw0Ae3cNAId3DQDQdw0A03cNACV4DQAteA0AengNAId4DQDPeA0A1HgNACR5DQAueQ0AeXkNAIF5DQDOeQ0A2nkNACN6DQA2eg0AeHoNAIZ6DQDNeg0A0HoNACJ7DQAsew0AXzkSAJJ7DQDMew0AznsNACF8DQAvfA0AdnwNAId8DQDLfA0AzXwNACB9DQA5fQ0AdX0NAIZ9DQDKfQ0A1n0NALQ5EgAofg0AdH4NAIF+DQDJfg0A034NAB5/DQAsfw0Ac38NAIl/DQDIfw0A1H8NAB2ADQApgA0AcoANAIWADQDHgA0A1oANAByBDQAogQ0AcYENAHKBDQDGgQ0A0IENABuCDQApgg0AcIINAHWCDQDFgg0A0oINAAk6EgAogw0Ab4MNAIWDDQDEgw0A0IMNABmEDQAghA0AboQNAHaEDQDDhA0AyIQNABiFDQAhhQ0AbYUNAHeFDQDChQ0AyoUNABeGDQAbhg0AbIYNAG6GDQDBhg0Az4YNABaHDQAghw0Aa4cNAHmHDQDAhw0AzYcNABWIDQAsiA0AaogNAHKIDQC/iA0Az4gNABSJDQAZiQ0AaYkNAG+JDQC+iQ0AxokNABOKDQAYig0AaIoNAGmKDQC9ig0AyYoNABKLDQAYiw0AZ4sNAGmLDQC8iw0AxosNABGMDQAfjA0AZowNAGuMDQC7jA0AyIwNAAg7EgAWjQ0AZY0NAGqNDQC6jQ0AwI0NAF07EgAUjg0AZI4NAHGODQC5jg0Axo4NAA6PDQAajw0AY48NAHKPDQC4jw0Awo8NAA2QDQAbkA0AYpANAGeQDQC3kA0AxJANAAyRDQAUkQ0AXDwSAG2RDQC2kQ0AxpENAAuSDQAUkg0AYJINAGOSDQC1kg0AwZINAAqTDQARkw0AsTwSAGSTDQC0kw0AwZMNAAmUDQAWlA0AXpQNAGqUDQCzlA0AwpQNAAiVDQASlQ0AXZUNAGuVDQCylQ0At5UNAAeWDQAUlg0AXJYNAGSWDQAGPRIAvZYNAAaXDQAWlw0AW5cNAGSXDQCwlw0As5cNAAWYDQARmA0AWpgNAGGYDQBbPRIAtJgNAASZDQANmQ0APrEQABGZDQBZmQ0AZpkNAK6ZDQC6mQ0AA5oNABKaDQBYmg0AYpoNAK2aDQC7mg0AApsNAAebDQBXmw0AZJsNAKybDQC0mw0AsD0SAA2cDQBWnA0AZpwNAKucDQC0nA0AAJ0NAAOdDQBVnQ0AYZ0NAKqdDQCxnQ0ABT4SABaeDQBUng0AWp4NAKmeDQC1ng0A/p4NABWfDQBTnw0AVZ8NAKifDQCynw0A/Z8NAAmgDQBSoA0AXqANAKegDQCtoA0A/KANAAKhDQBRoQ0AVqENAKahDQCsoQ0AWj4SAAmiDQBQog0AXaINAKWiDQC8og0A+qINAAKjDQBPow0AUqMNAKSjDQCwow0A+aMNAAqkDQBOpA0AWqQNAKOkDQCypA0A+KQNAAKlDQBNpQ0AWaUNAKKlDQCppQ0A96UNAP+lDQBMpg0AVqYNAKGmDQCtpg0A9qYNAPmmDQBLpw0AVacNAK8+EgC6pw0ABD8SAP+nDQBKqA0ATKgNAJ+oDQClqA0A9KgNAP6oDQBJqQ0AUakNAK4/EgChqQ0Av9sPAKmpDQDzqQ0A9KkNAEiqDQBSqg0AnaoNAMiqDQADQBIA+KoNAEerDQBTqw0AnKsNAJ6rDQDxqw0A9KsNAEasDQBLrA0Am6wNAKisDQDwrA0ADK0NAEWtDQBNrQ0AWEASAKetDQDvrQ0ACq4NAESuDQBGrg0Ama4NAKquDQDurg0A/K4NAEOvDQBKrw0AmK8NAKCvDQDtrw0A8q8NAEKwDQBLsA0Al7ANAKGwDQDssA0A7bANAEGxDQBKsQ0AlrENAKCxDQDrsQ0A87ENAECyDQBQsg0AlbINAJuyDQDqsg0A77INAD+zDQBVsw0AlLMNAJyzDQDpsw0A7LMNAD60DQD4sw0AkrUNAF60DQCTtA0AobQNAOi0DQDptA0ArUASAE21DQACQRIAo7UNAOe1DQDztQ0APLYNAD62DQCRtg0AnrYNAFdBEgDptg0AO7cNAEW3DQCsQRIAmbcNAOW3DQD7tw0AOrgNAFC4DQCPuA0AkbgNAOS4DQDquA0AObkNAE25DQBWQhIAlLkNAOO5DQADug0AOLoNAES6DQCNug0AlLoNAOK6DQDqug0AN7sNAEG7DQCMuw0AmLsNAOG7DQDkuw0ANrwNAEC8DQCrQhIAlLwNAOC8DQD2vA0ANb0NAEu9DQCKvQ0AjL0NAN+9DQDlvQ0ANL4NAEi+DQBVQxIAlr4NAKpDEgDlvg0AM78NADu/DQCIvw0Akr8NAN2/DQDpvw0AMsANADXADQCHwA0AkcANAP9DEgDlwA0AMcENAEfBDQCGwQ0AnMENANvBDQDdwQ0AMMINADbCDQCFwg0AmcINAKlEEgDcwg0AL8MNAOrCDQA/BhAAT8MNAITDDQCQww0A2cMNAODDDQAuxA0ANsQNAIPEDQCNxA0A2MQNAOTEDQAtxQ0AMMUNAILFDQCMxQ0A/kQSAODFDQAsxg0AQsYNAIHGDQCXxg0A1sYNANjGDQArxw0AMccNAIDHDQCUxw0AqEUSANfHDQAqyA0AOMgNAH/IDQCQyA0A/UUSANvIDQBSRhIANckNAH7JDQCByQ0A08kNAN3JDQD8RhIAMcoNAH3KDQCTyg0A0soNAOjKDQAnyw0AKcsNAHzLDQCCyw0A0csNAOXLDQCmRxIAMswNAHvMDQB9zA0A0MwNAPDMDQAlzQ0ALc0NAHrNDQCEzQ0Az80NANvNDQAkzg0AJ84NAHnODQCDzg0A+0cSANfODQAjzw0AOc8NAHjPDQCOzw0Azc8NAM/PDQAi0A0AKNANAHfQDQCL0A0ApUgSANDQDQAh0Q0AKdENAHbRDQCA0Q0Ay9ENANfRDQAg0g0AI9INAHXSDQB/0g0A+kgSANPSDQAf0w0ANdMNAHTTDQCK0w0AydMNAMvTDQAe1A0AJNQNAHPUDQCH1A0ApEkSANDUDQAd1Q0A5NQNAEmkEgAj1Q0AXOoOAC3VDQBy1Q0ALtUNAE5NDwA21Q0ApUsPAHTVDQDH1Q0A1dUNABzWDQAt1g0A+UkSAHjWDQBOShIAz9YNAH3JDgDS1g0AG9cNAB7XDQBw1w0AedcNAMXXDQDW1w0AGtgNACTYDQBv2A0Ad9gNAMTYDQCL2A0A2RcPAMfYDQAZ2Q0AItkNAG7ZDQCE2Q0Aw9kNANnZDQAY2g0AGtoNAG3aDQBz2g0AwtoNANbaDQCjShIAP9sNAGzbDQCU2w0A+EoSAMfbDQA7tg4AzdsNAGrdDQDO2w0A5LcOANDbDQDltg4A0dsNABbcDQAY3A0Aa9wNAHncDQDA3A0A0dwNAE1LEgAd3Q0AoksSAHDdDQC/3Q0Axd0NABTeDQAZ3g0Aad4NAG/eDQD3SxIAyt4NABPfDQAb3w0AoUwSAHTfDQC93w0Ax98NABLgDQAb4A0AZ+ANAGjgDQC84A0AxOANABHhDQAW4Q0AZuENAHbhDQBLTRIAx+ENABDiDQAS4g0AZeINAGviDQC64g0AweINAA/jDQAU4w0AZOMNAGjjDQC54w0AxuMNAA7kDQAW5A0AY+QNAGjkDQC45A0AyOQNAKBNEgAe5Q0AYuUNAG7lDQC35Q0AxuUNAAzmDQAW5g0AYeYNAG/mDQC25g0Aw+YNAAvnDQAi5w0A9U0SAGPnDQCfThIAuOcNAAroDQC85w0AN2ESABLoDQBf6A0Ah+gNALToDQDc6A0ACekNADHpDQD0ThIAZ+kNALPpDQC06Q0ACOoNABfqDQBd6g0AHuoNAAbsDQBu6g0AsuoNALTqDQAH6w0ACusNAFzrDQBf6w0AsesNALnrDQDzTxIAC+wNAFvsDQBi7A0AsOwNALnsDQAF7Q0AFu0NAFrtDQBm7Q0Ar+0NALftDQBIUBIACu4NAFnuDQBg7g0Aru4NALPuDQAD7w0AB+8NAFjvDQBl7w0Are8NALzvDQAC8A0AE/ANAFfwDQBZ8A0ArPANAK/wDQAB8Q0ABPENAFbxDQBe8Q0AnVASALDxDQANOg4AtvENAAfpDwC38Q0AAPINAAPyDQBV8g0AX/INAPJQEgCz8g0A//INAA7zDQBU8w0AY/MNAKnzDQC18w0A/vMNAAH0DQBT9A0AVvQNAEdREgCr9A0A/fQNACX1DQCcURIAWvUNAPFREgCv9Q0ARlISAAr2DQBR9g0AYvYNAKb2DQCy9g0A+/YNAB73DQBQ9w0AU/cNAKX3DQDJ9w0A+vcNAAL4DQDwUhIAUfgNAKT4DQCy+A0A+fgNAAr5DQBFUxIAVfkNAJpTEgCr+Q0ARFQSAP35DQBN+g0AWvoNAKL6DQCl+g0A9/oNAPz6DQBM+w0AXfsNAKH7DQCt+w0AmVQSAPv7DQBL/A0AXPwNAKD8DQCs/A0A9fwNAA/9DQBK/Q0ATv0NAEj/DQBR/Q0AmwEOAFT9DQDvAg4AVv0NAEcADgBY/Q0ASf4NAFv9DQCf/Q0ApP0NAPT9DQAL/g0A7lQSAFb+DQCe/g0Arv4NAPP+DQD4/g0AQ1USAEr/DQCd/w0Ao/8NAPL/DQD//w0AmFUSAE0ADgCcAA4AogAOAPEADgD2AA4ARgEOAEwBDgDtVRIApwEOAPABDgAJAg4ARQIOAE4CDgCaAg4AsQIOAEJWEgD1Ag4ARAMOAEYDDgCZAw4AqAMOAO4DDgD6Aw4Al1YSAEUEDgCYBA4AqQQOAO0EDgD7BA4AQgUOAEkFDgCXBQ4AmQUOAOwFDgD2BQ4AQQYOAE8GDgCWBg4AmwYOAOsGDgD4Bg4AQAcOAEgHDgCVBw4AmQcOAOoHDgDsBw4APwgOAEUIDgCUCA4AoQgOAOxWEgD2CA4APgkOAFUJDgCTCQ4ArwkOAEFXEgD0CQ4APQoOAD4KDgCSCg4AmAoOAOcKDgDzCg4APAsOAEsLDgCRCw4AkwsOAOYLDgDwCw4AOwwOAEkMDgCQDA4AlQwOAOUMDgDyDA4AOg0OAEINDgCPDQ4Akw0OAOQNDgDmDQ4AOQ4OAD8ODgCODg4Amw4OAJZXEgDwDg4AOA8OAE8PDgCNDw4AqQ8OAOtXEgDrDw4ANxAOAEUQDgCMEA4AlhAOAOEQDgDtEA4ANhEOADkRDgCLEQ4ApxEOAOARDgDoEQ4AQFgSAEESDgCKEg4AjRIOAN8SDgDpEg4AP1kSAD0TDgCJEw4AlxMOAN4TDgDoEw4AMxQOAD8UDgCIFA4AkBQOAOlZEgDfFA4AMhUOAEAVDgCHFQ4AmBUOAD5aEgDjFQ4Ak1oSADYWDgCGFg4AjhYOANsWDgDhFg4AMBcOADkXDgCFFw4AkhcOAD1bEgDfFw4ALxgOAOYXDgDYGQ4AOBgOAIQYDgCOGA4A2RgOAOEYDgAuGQ4AchkOAIMZDgCLGQ4AklsSAN4ZDgAtGg4AMxoOAIIaDgCKGg4A1xoOABsbDgAsGw4ANBsOAOdbEgCJGw4APFwSAN8bDgArHA4AORwOAIAcDgCKHA4A1RwOAOEcDgAqHQ4ALR0OAH8dDgCHHQ4A5lwSAOAdDgApHg4ALB4OAH4eDgCIHg4AO10SANseDgCQXRIANh8OAH0fDgCOHw4A0h8OAN4fDgAnIA4AKiAOAOVdEgDCIA4A0SAOABchDgA6XhIANiEOAHshDgB9IQ4A0CEOAN4hDgAlIg4ANiIOAI9eEgCWIg4AzyIOANciDgDkXhIAKiMOAAWXDgA3Iw4AeSMOAIgjDgDOIw4A2iMOACMkDgAkJA4AeCQOAIIkDgDNJA4A2yQOACIlDgAnJQ4AdyUOAIQlDgA5XxIA2iUOACEmDgAuJg4AdiYOAH4mDgCOXxIA1yYOACAnDgBMJw4AdScOAIEnDgDKJw4A2ScOAB8oDgApKA4AdCgOAIIoDgDJKA4AzigOAB4pDgArKQ4AcykOAHspDgDIKQ4A1ikOAB0qDgAqKg4AcioOAHoqDgDjXxIAySoOAFFKDwDVKg4AHCsOACYrDgBxKw4AfSsOAMYrDgDNKw4AGywOACMsDgBwLA4AdCwOAMUsDgDTLA4AGi0OACQtDgBvLQ4Aei0OAMQtDgDMLQ4AGS4OABsuDgBuLg4Adi4OAMMuDgDQLg4AGC8OAB0vDgBtLw4Aei8OAMIvDgDgLw4AFzAOAEgwDgBsMA4AeDAOAMEwDgDHMA4AFjEOABsxDgBrMQ4AczEOAMAxDgDMMQ4AFTIOACgyDgBqMg4AeDIOAL8yDgDJMg4AFDMOABwzDgBpMw4AeDMOAL4zDgDDMw4AEzQOABo0DgBoNA4AdDQOAL00DgDZNA4AEjUOABo1DgA4YBIAaTUOALw1DgDKNQ4AETYOAB42DgBmNg4AdDYOALs2DgDINg4AEDcOACc3DgBlNw4AbTcOALo3DgDINw4ADzgOABw4DgBkOA4AbDgOAOJgEgDHOA4ADjkOAA85DgCMYRIAbzkOALg5DgC/OQ4A4WESABQ6DgBiOg4AZzoOADZiEgC/Og4Ai2ISABQ7DgBhOw4AVDsOAG6BEABiOw4AYZAOAGQ7DgBfkg4AajsOALY7DgBrOw4ADY8OAHE7DgBgkQ4AfzsOANQbEADDOw4ACzwOABY8DgBgPA4AYjwOALU8DgDCPA4ACj0OABE9DgBfPQ4AcD0OALQ9DgDAPQ4ACT4OABA+DgBePg4AZj4OAOBiEgC5Pg4ACD8OAA4/DgBdPw4AYj8OALI/DgC4Pw4ANWMSABNADgBcQA4AZkAOALFADgC1QA4ABkEOABJBDgBbQQ4AZ0EOALBBDgC9QQ4ABUIOAA1CDgBaQg4AZEIOAK9CDgC7Qg4ABEMOAAdDDgBZQw4AY0MOAN9jEgCwQw4AA0QOAAZEDgBYRA4AW0QOAIlkEgC1RA4A3mQSABBFDgBXRQ4AWEUOADNlEgC0RQ4AiGUSAAZGDgBWRg4AXUYOAKtGDgCwRg4A3WUSAAhHDgAyZhIAXUcOAKpHDgC0Rw4A/0cOAApIDgBUSA4AYkgOAKlIDgCsSA4A/kgOAAZJDgBTSQ4AXUkOAKhJDgC0SQ4A/UkOAABKDgBSSg4AXEoOAIdmEgC1Sg4A/EoOABJLDgBRSw4AXUsOAKZLDgCtSw4A+0sOAANMDgBQTA4AVUwOAKVMDgCuTA4A+kwOAARNDgBPTQ4AV00OAKRNDgCmTQ4A+U0OAAlODgBOTg4AWE4OAKNODgCvTg4A+E4OAP5ODgBNTw4AVU8OADFnEgCwTw4A908OAPhPDgCGZxIAUVAOANtnEgCjUA4A9lAOAPdQDgBLUQ4ATlEOAKBRDgCrUQ4A9VEOAPpRDgBKUg4AVFIOADBoEgDDUg4A9FIOAPxSDgCFaBIAS1MOAJ5TDgCvUw4A81MOAARUDgBIVA4AS1QOANpoEgCjVA4A8lQOAPdUDgBHVQ4ASlUOAJxVDgCfVQ4A8VUOAPlVDgAvaRIAVFYOAJtWDgCeVg4A8FYOAPtWDgBFVw4AUVcOAJpXDgChVw4A71cOAPdXDgBEWA4AUlgOAJlYDgCmWA4A7lgOAPZYDgCEaRIAT1kOAJhZDgCbWQ4A7VkOAPdZDgBCWg4ASloOANlpEgCjWg4A7FoOAPJaDgBBWw4AS1sOAJZbDgCqWw4A61sOAPNbDgAuahIATVwOAJVcDgCdXA4A6lwOAO1cDgA/XQ4AS10OAJRdDgCeXQ4A6V0OAPJdDgA+Xg4AP14OAJNeDgCrXg4A6F4OAOpeDgA9Xw4ATl8OAJJfDgCjXw4A518OAO9fDgA8YA4AS2AOAJFgDgCTYA4A5mAOAPdgDgA7YQ4ATGEOAJBhDgCpYQ4A5WEOAOdhDgA6Yg4ASWIOAI9iDgCvYg4A2GoSAOZiDgA5Yw4AWWMOAI5jDgCiYw4ALGwSAOtjDgA4ZA4ARWQOAI1kDgCSZA4A4mQOAOxkDgA3ZQ4AP2UOAIxlDgCSZQ4A4WUOAOplDgA2Zg4AQ2YOAIFsEgCXZg4A4GYOAOZmDgA1Zw4AO2cOAIpnDgCTZw4A32cOAOBnDgA0aA4APmgOAIloDgCVaA4A3mgOAOVoDgDWbBIAO2kOACttEgCQaQ4AgG0SAOVpDgDVbRIAPmoOAIdqDgCXag4A3GoOAOFqDgAxaw4AN2sOAIZrDgCSaw4A22sOAONrDgAqbhIAQWwOAIVsDgCWbA4A2mwOAOxsDgAvbQ4AN20OAIRtDgCPbQ4A2W0OAN5tDgAubg4AM24OAINuDgCjbg4Af24SAOhuDgAtbw4AN28OAIJvDgCObw4A128OAN1vDgAscA4ANHAOAIFwDgCDcA4A1nAOAI1wDgB7dg4A53AOACtxDgA8cQ4AgHEOAJJxDgDVcQ4A3XEOACpyDgA1cg4Af3IOAIRyDgDUcg4A2XIOAClzDgBJcw4A1G4SAIBzDgDTcw4A4nMOACh0DgAzdA4AfXQOAI90DgDSdA4A2nQOACd1DgAydQ4AfHUOAIF1DgDRdQ4A1nUOACZ2DgBGdg4AKW8SAH12DgDQdg4A33YOACV3DgAwdw4AencOAIx3DgDPdw4A13cOACR4DgAveA4AeXgOAH54DgDOeA4A03gOACN5DgBDeQ4Afm8SAIV5DgDNeQ4A5HkOANNvEgAveg4Ad3oOAI56DgAocBIA2XoOACF7DgAoew4AdnsOAIR7DgDLew4A2HsOACB8DgA3fA4AfXASAH18DgDScBIAzHwOAB99DgAtfQ4AdH0OAIV9DgAncRIA1n0OAB5+DgA1fg4AfHESAH1+DgDIfg4A1H4OAB1/DgAgfw4Acn8OAHx/DgDRcRIA438OACZyEgAkgA4Ae3ISAHmADgDGgA4Ax4AOAG2EDgDJgA4Ab4IOAM2ADgBmiw4A0IAOABuBDgDVgA4Aa4YOANaADgBshQ4AIIEOALyKDgAngQ4AcIEOAHOBDgDFgQ4Az4EOANByEgAigg4AJXMSAHiCDgDEgg4Aj4IOAGiJDgDSgg4AGYMOACODDgBugw4AeoMOAMODDgDGgw4AGIQOACCEDgB6cxIAb4QOAMKEDgDFhA4AF4UOABqFDgDPcxIAboUOAMGFDgDPhQ4AFoYOACeGDgB5dBIAbYYOAMCGDgDNhg4AFYcOACSHDgBqhw4AdocOAL+HDgDQhw4AFIgOACWIDgBpiA4AdYgOAL6IDgDFiA4AE4kOABuJDgAjdRIAdokOAL2JDgC+iQ4AeHUSAB6KDgBnig4AbooOAM11EgDDig4AEYsOABaLDgB3dhIAb4sOALuLDgDBiw4AEIwOABKMDgBljA4Ab4wOALqMDgDIjA4AD40OABSNDgBkjQ4AcY0OALmNDgDRjQ4ADo4OACSODgBjjg4AZo4OALiODgDAjg4AIXcSABmPDgBijw4AZY8OALePDgDBjw4AdncSABSQDgDLdxIAY5AOALaQDgC5kA4AC5EOAA6RDgAgeBIAYpEOALWRDgDDkQ4ACpIOABuSDgDKeBIAaJIOALSSDgDCkg4ACZMOAM2SDgBSSBAAE5MOAF6TDgBqkw4As5MOALaTDgAIlA4AEJQOAHR5EgB3lA4AyXkSAMyUDgAHlQ4AIZUOAB56EgBhlQ4AWJkOAGqVDgACmg4AbJUOALGVDgCzlQ4ABpYOABSWDgBblg4AbJYOAHN6EgC3lg4AyHoSAAuXDgBalw4AX5cOAK+XDgC1lw4AHXsSAAqYDgBZmA4AXpgOAK6YDgDEmA4AA5kOAAuZDgDHexIAeJkOAK2ZDgC1mQ4AHHwSABmaDgBXmg4AZJoOAKyaDgCxmg4AAZsOAAebDgBWmw4AYpsOAKubDgCymw4AAJwOAAicDgBVnA4AeJwOAMZ8EgC3nA4A/5wOAA6dDgBUnQ4AVp0OAKmdDgCynQ4A/p0OABWeDgBTng4AXp4OAKieDgCyng4A/Z4OAAWfDgBwfRIAWJ8OAKefDgCtnw4A/J8OAAGgDgBRoA4AV6AOAMV9EgDIoA4A+6AOAAOhDgBvfhIAWaEOAKWhDgCmoQ4A+qEOAAKiDgBPog4AWqIOAKSiDgCpog4A+aIOAP6iDgBOow4AbqMOAMR+EgCpow4A+KMOAP+jDgBNpA4AUqQOAKKkDgCmpA4A96QOAASlDgBMpQ4AVKUOAKGlDgCspQ4A9qUOAPulDgBLpg4AUKYOAKCmDgDApg4AGX8SAASnDgBKpw4AVacOAJ+nDgCnpw4A9KcOAPenDgBJqA4A/qcOAEarDgBVqA4AnqgOAKioDgDzqA4A/KgOAEipDgBJqQ4AnakOAKWpDgDyqQ4A/akOAEeqDgBMqg4AnKoOAKGqDgDxqg4AEasOAG5/EgBSqw4Am6sOAJ2rDgDwqw4A9qsOAEWsDgBMrA4AmqwOAJ+sDgDvrA4A86wOAEStDgBRrQ4Ama0OAKGtDgDurQ4A+a0OAEOuDgBIrg4AmK4OAJ2uDgDtrg4ADa8OAMN/EgBKrw4AGIASAKGvDgDsrw4A9a8OAEGwDgBHsA4AlrAOAKKwDgDrsA4ACbEOAECxDgBBsQ4AlbEOAJexDgDqsQ4A97EOAD+yDgBNsg4AlLIOAKOyDgDpsg4ABbMOAD6zDgBGsw4AwoASAKazDgDosw4A6bMOAD20DgBJtA4AkrQOAKG0DgDntA4A8bQOADy1DgBItQ4AkbUOAJi1DgAXgRIA7rUOAGyBEgBEtg4AkLYOAJ22DgDBgRIA6rYOADq3DgBHtw4Aj7cOAJm3DgAWghIA5rcOADm4DgBPuA4AjrgOAJq4DgBrghIA67gOAFnsDwABuQ4AOLkOAEC5DgASNA8AVrkOAI25DgCVuQ4A4rkOAK+5DgDgDxAA47kOAIu7DgDluQ4A37wOAO65DgA1EBAA8rkOADe6DgA5ug4AjLoOAJq6DgDhug4A8roOAMCCEgA+uw4AFYMSAI27DgDguw4A47sOADW8DgA4vA4AaoMSAJK8DgC/gxIA6bwOAIcUDwD/vA4ANL0OAEK9DgCJvQ4Air0OABSEEgDmvQ4AaYQSAFa+DgC+hBIAlb4OAN2+DgDrvg4AMr8OADy/DgCHvw4Aj78OANy/DgDdvw4A18QOAPe/DgCEwg4ACMAOADHADgA6wA4AhsAOAIfADgDbwA4A6cAOADDBDgA6wQ4AhcEOAJHBDgDawQ4A4MEOAC/CDgBLwg4AE4USAJLCDgDZwg4A5sIOAC7DDgA4ww4Ag8MOAIXDDgDYww4A78MOAC3EDgA5xA4AgsQOAJ7EDgBohRIA6MQOACzFDgAuxQ4AgcUOAIvFDgDWxQ4A5sUOACvGDgAwxg4AgMYOAIbGDgDVxg4A68YOACrHDgAyxw4Af8cOAILHDgDUxw4A3ccOACnIDgA3yA4AfsgOAIjIDgDTyA4A38gOACjJDgBEyQ4AvYUSAIrJDgDSyQ4A2skOACfKDgAqyg4AeSIPADfKDgB8yg4AfsoOAHohDwCKyg4A0coOAN7KDgAmyw4ANMsOAHvLDgB+yw4A0MsOANvLDgAlzA4AMcwOAHrMDgCBzA4Az8wOANfMDgAkzQ4AJs0OAHnNDgCJzQ4Azs0OANjNDgAjzg4AL84OAHjODgB+zg4Azc4OANXODgAShhIAJM8OAHfPDgCFzw4AzM8OANnPDgAh0A4ALdAOAHbQDgB80A4Ay9AOAM7QDgAg0Q4AKNEOAHXRDgB30Q4AcNYOAHjRDgAe0w4AhdEOAMrRDgDM0Q4AFtsOAM/RDgAf0g4AKNIOAHTSDgCB0g4AydIOANDSDgBnhhIAJ9MOAG7YDgAo0w4Ax9QOAD7TDgBz0w4AgdMOAMjTDgDJ0w4AvIYSACnUDgBy1A4AedQOABGHEgDJ1A4AHNUOACLVDgBx1Q4Ae9UOAMbVDgDS1Q4AG9YOACLWDgBmhxIAidYOAMXWDgDK1g4AGtcOACDXDgBv1w4AedcOAMTXDgDQ1w4AGdgOACDYDgC7hxIAfdgOAMPYDgDS2A4AGNkOACTZDgBt2Q4AcNkOAMLZDgDF2Q4AF9oOACfaDgBs2g4AddoOAMHaDgDS2g4AEIgSACTbDgBr2w4AfNsOAGWIEgDH2w4AuogSAB3cDgBq3A4AbNwOAGXhDgBt3A4AE94OAHrcDgC/3A4AwdwOAAvmDgDE3A4AFN0OAB3dDgBp3Q4Adt0OAL7dDgDF3Q4AD4kSABzeDgBj4w4AHd4OALzfDgAz3g4AaN4OAHbeDgC93g4Avt4OAGSJEgAe3w4AZ98OAG7fDgC5iRIAvt8OABHgDgAX4A4AZuAOAHDgDgC74A4Ax+AOABDhDgAX4Q4ADooSAH7hDgC64Q4Av+EOAA/iDgAV4g4AZOIOAG7iDgC54g4AxeIOAA7jDgAV4w4AY4oSAHLjDgC44w4Ax+MOAA3kDgAZ5A4AYuQOAGXkDgC35A4AuuQOAAzlDgAc5Q4AYeUOAGrlDgC25Q4Ax+UOALiKEgAZ5g4AYOYOAHHmDgANixIAvOYOAGKLEgAS5w4AX+cOAIjnDgC05w4AvOcOAAnoDgAZ6A4AXugOAGDoDgCz6A4AwegOAAjpDgAZ6Q4At4sSAGPpDgCy6Q4AvukOAAyMEgA16g4AtowSAGXqDgCx6g4AvuoOAAbrDgAi6w4AW+sOAGPrDgALjRIAwesOAAXsDgAH7A4AWuwOAFvsDgCv7A4AsuwOAATtDgAQ7Q4AWe0OAGDtDgCu7Q4Ayu0OAAPuDgAL7g4AYI0SAGXuDgCt7g4Ave4OAALvDgAH7w4AV+8OAILvDgC1jRIAsu8OAAqOEgAJ8A4AVvAOAFfwDgCi+Q4AXPAOAP6bEABg8A4Aq/AOAGLwDgD89A4AZvAOAFPzDgB08A4A9PwOALDwDgBblBAAtvAOAGCPEAC38A4AAPEOAAPxDgBV8Q4AX/EOAF+OEgCy8Q4A//EOAAXyDgBU8g4AXfIOAKnyDgC28g4A/vIOABrzDgC0jhIAVfMOAKjzDgBY8w4ApZ8QALbzDgD98w4ADvQOAAmPEgBY9A4Ap/QOALP0DgBejxIAAvUOAFH1DgBX9Q4ApvUOAKv1DgD79Q4AAfYOAF2QEgBX9g4AXJESAKr2DgD69g4AAvcOAE/3DgBb9w4ApPcOALf3DgD59w4ABfgOAE74DgBd+A4Ao/gOAKz4DgD4+A4AAvkOAE35DgBZ+Q4ABpISALP5DgD3+Q4AA/oOAEz6DgBO+g4AofoOAKT6DgD2+g4AAvsOAEv7DgBT+w4AW5ISAKz7DgD1+w4ABfwOAEr8DgBW/A4An/wOAKX8DgCwkhIAFv0OAEn9DgBR/Q4Anv0OAMj9DgDz/Q4A/v0OAEj+DgBU/g4Anf4OAK7+DgDy/g4A8/4OAAWTEgBN/w4AnP8OAKn/DgBakxIA/v8OAEYADwBdAA8AmwAPAMYADwDwAA8A+AAPAEUBDwBPAQ8AmgEPAKYBDwDvAQ8A8gEPAEQCDwBOAg8Ar5MSAKECDwDuAg8A9AIPAEMDDwBMAw8AmAMPAKUDDwDtAw8ACQQPAASUEgBEBA8AlwQPAEkEDwDfEQ8ApAQPAOwEDwDzBA8AQQUPAEMFDwCWBQ8AnAUPAOsFDwDyBQ8AQAYPAFgGDwCVBg8AmgYPAOoGDwChBg8AlAcPAPMGDwA/Bw8ASQcPAFmUEgCaBw8A6QcPAO8HDwA+CA8AQwgPAJMIDwCZCA8ArpQSAOkIDwA9CQ8ATgkPAJIJDwCeCQ8A5wkPAPEJDwA8Cg8ASAoPAJEKDwCYCg8AA5USAOgKDwA7Cw8A8QoPAJmrEAA+Cw8AkAsPALALDwDlCw8A7QsPAFiVEgBLDA8AjwwPAJYMDwDkDA8A7AwPADkNDwA8DQ8A4g4PAEkNDwCODQ8AkA0PAOMNDwDxDQ8AOA4PAEkODwCtlRIAlA4PAAKWEgDrDg8ANw8PAEYPDwCMDw8Amw8PAOEPDwDtDw8ANhAPADkQDwCLEA8AjhAPAOAQDwDwEA8ANREPAD4RDwCKEQ8AmxEPAFeWEgDkEQ8ANBIPAD0SDwCJEg8AkxIPAN4SDwDmEg8AMxMPAFETDwCIEw8AphMPAN0TDwD7Ew8AMhQPAFAUDwCslhIAjhQPANwUDwDhFA8AMRUPAOgUDwAwFg8AOhUPAIYVDwCQFQ8A2xUPAPcVDwABlxIANhYPAIUWDwCLFg8A2hYPAPYWDwBWlxIAWRcPAACYEgCuFw8AVZgSAOEXDwBUmRIARBgPAIMYDwCFGA8A2BgPAN4YDwAtGQ8AQRkPAIIZDwCKGQ8A1xkPAAEaDwCpmRIANRoPAIEaDwCOGg8A1hoPAOQaDwArGw8ANRsPAIAbDwCaGw8A1RsPAOIbDwAqHA8ANhwPAH8cDwCJHA8A1BwPANwcDwD+mRIAMB0PAH4dDwCGHQ8AU5oSAKwdDwBSmxIA3x0PACgeDwAvHg8AfR4PAIUeDwComhIA1B4PACcfDwA4Hw8AfB8PAIQfDwDRHw8A2x8PACYgDwAyIA8AeyAPAH4gDwDQIA8A2iAPAKebEgBBIQ8A/JsSAIghDwDPIQ8A4CEPAFGcEgArIg8AppwSAIIiDwDOIg8A3SIPACMjDwAyIw8AeCMPAIQjDwDNIw8A0CMPACIkDwAlJA8AdyQPAIckDwDMJA8A1SQPACElDwAyJQ8A+5wSAHglDwDLJQ8AgiUPAHUmDwDOJQ8AICYPACgmDwBQnRIAeyYPAMomDwDWJg8AHycPACcnDwClnRIAgCcPAMknDwDMJw8AHigPACgoDwD6nRIAeCgPAMgoDwDeKA8AHSkPAB4pDwByKQ8AgykPAMcpDwDTKQ8AHCoPACYqDwBxKg8AfSoPAE+eEgDSKg8AGysPAB4rDwBwKw8AeisPAPmeEgDIKw8AGiwPAB0sDwBvLA8AeywPAMQsDwDKLA8AGS0PACMtDwBOnxIAcy0PAMMtDwDQLQ8AGC4PABsuDwBtLg8AiS4PAMIuDwDKLg8Ao58SAB8vDwD4nxIAdC8PAE2gEgDELw8AFjAPANgvDwCRCRAANjAPAGswDwB/MA8AoqASAMEwDwAVMQ8AGzEPAGoxDwB2MQ8AvzEPAM4xDwAUMg8AFjIPAGkyDwBzMg8AvjIPAMoyDwATMw8AGjMPAPegEgB0Mw8ATKESAMUzDwChoRIAFTQPABA2DwAiNA8AZzQPAGk0DwC8NA8AyjQPABE1DwAiNQ8AnqQSAG01DwDzpBIAwzUPAEilEgAwNg8AZTYPAHM2DwC6Ng8AuzYPAJ2lEgAbNw8AZDcPAGs3DwDypRIAwTcPAEemEgAQOA8AYzgPAHE4DwC4OA8AyTgPAJymEgATOQ8AYjkPAG45DwDxphIAvTkPAAw6DwASOg8AYToPAGY6DwC2Og8AvDoPAJunEgAOOw8AYDsPAGw7DwC1Ow8AuzsPAAo8DwAUPA8ARagSAGQ8DwC0PA8AwTwPAAk9DwAMPQ8AXj0PAHM9DwCzPQ8Auz0PAJqoEgAQPg8AXT4PAGk+DwCyPg8AuD4PAAc/DwANPw8AXD8PAGE/DwCxPw8Atz8PAJiqEgAVQA8AW0APAGpADwCwQA8AuUAPAAVBDwALQQ8AWkEPAGBBDwCvQQ8Au0EPAARCDwALQg8AWUIPAGFCDwBCqxIAuEIPAANDDwAOQw8AWEMPAGRDDwCtQw8As0MPAAJEDwAKRA8AV0QPAGNEDwCsRA8AskQPAAFFDwAHRQ8AVkUPAFtFDwCrRQ8AsUUPAJerEgAHRg8AVUYPAGNGDwCqRg8At0YPAP9GDwAWRw8AVEcPAHBHDwCpRw8AsUcPAOyrEgARSA8AU0gPAFVIDwCoSA8AvkgPAP1IDwD+SA8AUkkPAGNJDwCnSQ8As0kPAEGsEgAYSg8AlqwSAGdKDwCmSg8Ap0oPAPtKDwAMSw8AUEsPAFxLDwDrrBIAqksPAPpLDwAATA8AT0wPAG9MDwCkTA8AsEwPAPlMDwAATQ8AQK0SAFpNDwCjTQ8ApU0PAPhNDwAYTg8ATU4PAFlODwCiTg8AqU4PAJWtEgD8Tg8ATE8PAFxPDwChTw8AqU8PAPZPDwAAUA8AS1APAFdQDwCgUA8Ao1APAPVQDwD/UA8A6q0SAFBRDwCfUQ8ApFEPAPRRDwD6UQ8AlK4SAFFSDwA+rxIAqlIPAPNSDwD2Ug8ASFMPAFJTDwCdUw8ApVMPAOivEgAAVA8AR1QPAE5UDwCcVA8ApFQPAPFUDwD+VA8ARlUPAEtVDwCbVQ8ApVUPAPBVDwD4VQ8ARVYPAFVWDwCaVg8AqFYPAO9WDwD8Vg8ARFcPAFJXDwCZVw8AnFcPAO5XDwD5Vw8AQ1gPAEtYDwCYWA8AsVgPAO1YDwD5WA8AQlkPAFJZDwCXWQ8AnFkPAOxZDwDyWQ8AQVoPAE1aDwCWWg8AnloPAD2wEgD1Wg8AQFsPAENbDwCVWw8AnVsPAOpbDwDrWw8AP1wPAEFcDwCUXA8AmlwPAOlcDwD1XA8APl0PAEtdDwCTXQ8AnV0PAOhdDwDwXQ8APV4PAD9eDwCSXg8An14PAOdeDwDuXg8APF8PAERfDwCRXw8AlV8PAOZfDwDoXw8AO2APAD5gDwCQYA8AmGAPAOVgDwD0YA8AOmEPADxhDwCPYQ8AnGEPAORhDwDzYQ8AOWIPAEViDwCOYg8An2IPAONiDwD0Yg8AOGMPAERjDwCNYw8AlGMPAOJjDwABZA8AkrASAEtkDwCMZA8AjWQPAOFkDwDtZA8ANmUPAFJlDwCLZQ8Ak2UPAOewEgDoZQ8AkbESAEFmDwCKZg8AkGYPAN9mDwDlZg8ANGcPAExnDwCJZw8Ak2cPAN5nDwDqZw8AM2gPADZoDwCIaA8AkmgPAN1oDwD1aA8AMmkPAEJpDwCHaQ8AiWkPANxpDwDqaQ8AMWoPAEJqDwDmsRIAjGoPANtqDwDnag8AO7ISADhrDwDlshIAkWsPANprDwDdaw8AL2wPADlsDwA6sxIAhmwPANlsDwDnbA8ALm0PAD9tDwDksxIAim0PADm0EgDgbQ8AjrQSADVuDwCNtRIAhG4PANduDwDkbg8ALG8PADtvDwCBbw8Ah28PANZvDwDibw8AK3APAC1wDwCAcA8AinAPANVwDwDjcA8AKnEPAC9xDwB/cQ8AjHEPANRxDwDgcQ8AKXIPADxyDwB+cg8AjXIPANNyDwDfcg8AKHMPAClzDwB9cw8Ah3MPANJzDwDgcw8AJ3QPACx0DwB8dA8AiXQPAOK1EgDbdA8AJnUPADR1DwB7dQ8AfnUPANB1DwDgdQ8AJXYPADN2DwB6dg8AhnYPAM92DwDWdg8AJHcPACt3DwB5dw8AhXcPAM53DwDPdw8AI3gPAC94DwB4eA8AhXgPAM14DwDUeA8AInkPAC55DwB3eQ8AhHkPAMx5DwDbeQ8AIXoPADV6DwB2eg8AgnoPAMt6DwDeeg8AIHsPAC97DwB1ew8AgXsPAMp7DwDLew8AH3wPACl8DwB0fA8AgnwPAMl8DwDOfA8AHn0PACt9DwA3thIAdH0PAMh9DwDZfQ8AHX4PACt+DwByfg8AgX4PAMd+DwDJfg8AHH8PACZ/DwBxfw8Af38PAMZ/DwDLfw8AG4APACiADwBwgA8Af4APAMWADwDKgA8AGoEPACeBDwBvgQ8AeYEPAMSBDwDQgQ8AGYIPACyCDwBugg8AeIIPAMOCDwDPgg8AGIMPACuDDwBtgw8AfIMPAMKDDwDOgw8AF4QPABiEDwBshA8AdoQPAMGEDwDPhA8AFoUPABuFDwBrhQ8AeIUPAIy2EgDFhQ8AFYYPACKGDwBqhg8AdIYPAL+GDwDFhg8AFIcPABaHDwBphw8AdocPAL6HDwDBhw8AE4gPACGIDwBoiA8AdIgPAL2IDwDKiA8AEokPAByJDwBniQ8AdokPALyJDwDBiQ8AEYoPAB6KDwBmig8Ac4oPALuKDwDHig8AEIsPAB+LDwBliw8Ab4sPALqLDwDIiw8AD4wPABSMDwBkjA8AcYwPALmMDwDFjA8ADo0PACGNDwBjjQ8Aco0PALiNDwDEjQ8ADY4PAA6ODwBijg8AbI4PALeODwDFjg8ADI8PABGPDwBhjw8Abo8PAOG2EgDJjw8AC5APABqQDwBgkA8AbJAPALWQDwC2kA8ACpEPABSRDwBfkQ8AbZEPALSRDwC5kQ8ACZIPABaSDwA2txIAcZIPALOSDwDCkg8ACJMPABSTDwBdkw8AXpMPALKTDwC8kw8AB5QPABWUDwBclA8AYZQPALGUDwC+lA8Ai7cSAAiVDwBblQ8AaZUPALCVDwC9lQ8ABZYPABGWDwBalg8AYJYPAK+WDwDAlg8ABJcPAAaXDwBZlw8AYpcPAK6XDwC7lw8AA5gPABKYDwBYmA8AY5gPAK2YDwC5mA8AApkPABWZDwBXmQ8AZpkPAKyZDwC4mQ8AAZoPAAKaDwBWmg8AYJoPAKuaDwC5mg8AAJsPAAWbDwBVmw8AYpsPAOC3EgC3mw8A/5sPAA2cDwBUnA8AXpwPAKmcDwC3nA8A/pwPAACdDwBTnQ8AZJ0PAKidDwC2nQ8A/Z0PAC6eDwBSng8AVJ4PAKeeDwCxng8A/J4PAAqfDwBRnw8AVp8PAKafDwCznw8A+58PAAegDwBQoA8AY6APAKWgDwC0oA8A+qAPAAahDwBPoQ8AUKEPAKShDwCuoQ8A+aEPAAeiDwBOog8AU6IPAKOiDwCwog8ANbgSAPqiDwBNow8AT6MPAKKjDwCxow8A96MPAAakDwBMpA8AWKQPAKGkDwCkpA8A9qQPAPmkDwBLpQ8AUaUPAKClDwCspQ8A9aUPAPilDwBKpg8AT6YPAJ+mDwCopg8A9KYPAPqmDwBJpw8AWKcPAJ6nDwCqpw8A86cPAAOoDwBIqA8ASqgPAJ2oDwCrqA8A8qgPAAOpDwCKuBIATakPAJypDwCoqQ8A37gSAASqDwBGqg8AVaoPAJuqDwCnqg8A8KoPAPGqDwBFqw8AT6sPAJqrDwCoqw8A76sPAPSrDwBErA8AUawPADS5EgClrA8A7qwPAPisDwBDrQ8Ab60PAJitDwCfrQ8A7a0PAAauDwBCrg8AUa4PAJeuDwCmrg8A7K4PAPGuDwBBrw8ATq8PAJavDwCjrw8A668PAPevDwBAsA8AT7APAJWwDwCfsA8A6rAPAPiwDwA/sQ8ARLEPAJSxDwChsQ8A6bEPAPWxDwA+sg8AUbIPAJOyDwCisg8A6LIPAPSyDwA9sw8APrMPAJKzDwCcsw8A57MPAPWzDwA8tA8AQbQPAJG0DwCetA8AibkSAPe0DwA7tQ8ATLUPAJC1DwCctQ8A5bUPAPy1DwA6tg8APLYPAI+2DwCgtg8A5LYPAOe2DwA5tw8AQ7cPAI63DwCQtw8A47cPAO23DwA4uA8ARLgPAI24DwCZuA8A4rgPAPW4DwA3uQ8ARrkPAIy5DwCYuQ8A4bkPAOK5DwA2ug8AQLoPAIu6DwCZug8A4LoPAOW6DwA1uw8AQrsPAN65EgCMuw8A37sPAOm7DwA0vA8APLwPADO6EgCcvA8A3rwPAOq8DwAzvQ8AQr0PAIi9DwCRvQ8A3b0PAOe9DwAyvg8AQL4PAIe+DwCMvg8A3L4PAOm+DwAxvw8APb8PAIa/DwCZvw8A278PAOq/DwAwwA8APMAPAIXADwCGwA8A2sAPAOTADwAvwQ8APcEPAITBDwCJwQ8A2cEPAObBDwCIuhIAMMIPAIPCDwCNwg8A2MIPAODCDwDduhIAMsMPAILDDwCYww8A18MPANjDDwAsxA8APcQPAIHEDwCNxA8A1sQPAODEDwArxQ8AOcUPAIDFDwCFxQ8A1cUPAOLFDwAqxg8ANsYPAH/GDwCSxg8A1MYPAOPGDwApxw8ANccPAH7HDwB/xw8A08cPAN3HDwAoyA8ANsgPAH3IDwCCyA8A0sgPAN/IDwAyuxIAKckPAHzJDwCGyQ8A0ckPANnJDwCHuxIAPMoPAHvKDwCHyg8A0MoPANXKDwAlyw8ALssPAHrLDwCEyw8Az8sPANvLDwAkzA8AN8wPAHnMDwCIzA8AzswPANrMDwAjzQ8AJM0PAHjNDwCCzQ8Azc0PANvNDwAizg8AJ84PAHfODwCEzg8A3LsSAM7ODwAhzw8AK88PAHbPDwB+zw8AMbwSANjPDwAg0A8AL9APAHXQDwCA0A8AytAPANbQDwAf0Q8ALtEPAHTRDwCU0Q8AydEPANXRDwAe0g8AJdIPAHPSDwCB0g8AyNIPAM3SDwAd0w8AKdMPAHLTDwCF0w8Ax9MPANbTDwAc1A8AKNQPAHHUDwBy1A8AxtQPANDUDwAb1Q8AKdUPAHDVDwB11Q8AxdUPANLVDwCGvBIAHNYPAG/WDwB51g8AxNYPAMzWDwDbvBIANtcPAG7XDwB/1w8Aw9cPAM/XDwAY2A8AK9gPAG3YDwB82A8AwtgPAM7YDwAX2Q8AGNkPAGzZDwB22Q8AwdkPAM/ZDwAW2g8AG9oPAGvaDwB42g8AML0SAMLaDwAV2w8AH9sPAGrbDwBy2w8Ahb0SANzbDwAU3A8AJdwPAGncDwB13A8AvtwPANHcDwAT3Q8AIt0PAGjdDwB03Q8Avd0PAL7dDwAS3g8AHN4PAGfeDwB13g8AvN4PAMHeDwAR3w8AHt8PANq9EgBo3w8Au98PAMXfDwAQ4A8AGOAPAC++EgB24A8AuuAPAM7gDwAP4Q8AE+EPAGThDwBm4Q8AueEPAM3hDwAO4g8AEeIPAGPiDwCA4g8AuOIPAMniDwAN4w8AGeMPAGLjDwB14w8At+MPAMbjDwAM5A8AGOQPAGHkDwBi5A8AtuQPAMDkDwAL5Q8AGeUPAGDlDwBl5Q8AteUPAMLlDwCEvhIADOYPAF/mDwBp5g8AtOYPALzmDwDZvhIAC+cPAF7nDwBs5w8As+cPAMTnDwAuvxIAD+gPAIO/EgCA6A8AgsASALroDwCBwRIADekPAFzpDwBh6Q8AsekPALXpDwAG6g8AE+oPANbBEgBg6g8AsOoPALTqDwAF6w8AB+sPAFrrDwBz6w8Ar+sPAMDrDwAE7A8AEOwPACvCEgBc7A8A/vEPAGXsDwCu7A8AwewPAAPtDwAE7Q8AWO0PAGTtDwCt7Q8AvO0PAALuDwAM7g8AV+4PAGPuDwCs7g8As+4PAIDCEgAJ7w8AVu8PAFjvDwBK+w8AWe8PAFH0DwBc7w8Aq+8PAGLvDwCk9g8AY+8PAI1iEAC37w8AAPAPAA/wDwBV8A8AYfAPAKrwDwC48A8A//APABrxDwBU8Q8AYPEPAKnxDwCw8Q8A1cISAAvyDwBT8g8AVfIPAKjyDwCp8g8A/fIPAADzDwBS8w8AXfMPAKfzDwCs8w8A/PMPAAb0DwAqwxIAXvQPAKb0DwCo9A8A+/QPAPz0DwBQ9Q8AU/UPAKX1DwCw9Q8A+vUPAP/1DwBP9g8AWfYPAH/DEgC39g8A+fYPAPr2DwBO9w8AWvcPAKP3DwCy9w8A+PcPAAL4DwBN+A8AWfgPAKL4DwCp+A8A1MMSAP/4DwBM+Q8ATvkPAKH5DwCw+Q8A9vkPAAD6DwBL+g8AVPoPAKD6DwCi+g8A9foPAAb7DwB+xBIAWfsPAJ/7DwCp+w8A9PsPAP37DwBJ/A8AS/wPAJ78DwCv/A8A8/wPAPv8DwBI/Q8AZv0PAJ39DwCl/Q8A8v0PAP79DwBH/g8AWv4PAJz+DwCd/g8A8f4PAP3+DwBG/w8AVf8PAJv/DwCl/w8A8P8PAPz/DwBFABAATAAQANPEEgCrABAA7wAQAAABEABEARAATAEQAJkBEACgARAA7gEQAPwBEABDAhAAUwIQAJgCEACoAhAA7QIQAAkDEAAoxRIATwMQAJcDEACuAxAA7AMQAPQDEABBBBAATwQQAJYEEACgBBAA6wQQAPcEEABABRAAVgUQAJUFEACYBRAA6gUQAAYGEAB9xRIASQYQAJQGEACcBhAA6QYQAPgGEAA+BxAAQwcQAJMHEACgBxAA6AcQAPIHEAA9CBAAPwgQAJIIEACgCBAA5wgQAPQIEAA8CRAAPwkQANLFEgCcCRAA5gkQAPAJEAA7ChAAQwoQAJAKEACfChAA5QoQAOoKEAA6CxAARwsQAI8LEACZCxAA5AsQAOYLEAA5DBAARwwQAI4MEACbDBAA4wwQAOYMEAAnxhIAOw0QAI0NEACZDRAA4g0QAOkNEAA3DhAAPw4QAIwOEAClDhAA4Q4QAPUOEAA2DxAAUg8QAIsPEACTDxAA0cYSAOgPEAAmxxIAQhAQAIoQEACREBAA3xAQAOcQEAA0ERAAOREQAIkREACZERAA3hEQAOYREAAzEhAAQRIQAIgSEACVEhAA3RIQAOoSEAAyExAAPhMQAIcTEACNExAA3BMQAOQTEAAxFBAAPRQQAIYUEACZFBAA2xQQAOoUEAAwFRAAPBUQAIUVEACGFRAA2hUQAOQVEAAvFhAAPRYQAIQWEACJFhAA2RYQAOYWEAB7xxIAMRcQAIMXEACNFxAA2BcQANoXEAAtGBAAPBgQAIIYEACiGBAA1xgQAN8YEAAsGRAANhkQAIEZEACHGRAA1hkQANgZEAArGhAAOhoQAIAaEACMGhAA1RoQAN0aEADQxxIASBsQAH8bEACdGxAAJcgSAPIbEAApHBAARxwQAH4cEACGHBAA0xwQAOIcEAAoHRAAKh0QAH0dEACGHRAA0h0QANUdEAAnHhAAMx4QAHweEACDHhAA0R4QANkeEAAmHxAAPx8QAHsfEACPHxAA0B8QAOwfEAAlIBAALSAQAHrIEgCYIBAAzyAQAO0gEADPyBIAPSEQAHkhEAB+IRAAziEQAOkhEAAjIhAALyIQAHgiEACAIhAAJMkSAOAiEAAiIxAAMSMQAHcjEACDIxAAzCMQAM0jEAAhJBAAKyQQAHYkEACEJBAAyyQQANAkEAAgJRAALSUQAHnJEgB5JRAAyiUQAMwlEAAfJhAAIiYQAHQmEAB8JhAAySYQANMmEAAeJxAAKScQAHMnEAB/JxAAyCcQANAnEADOyRIAKygQAHIoEAB4KBAAxygQANMoEAAcKRAAKykQAHEpEAB7KRAAxikQAM4pEAAbKhAAKioQAHAqEAByKhAAxSoQAM4qEAAaKxAAHSsQAG8rEAB7KxAAxCsQAMwrEAAjyhIAKSwQAG4sEAB2LBAAwywQAM0sEAAYLRAAIy0QAG0tEAB5LRAAwi0QAMotEAB4yhIAHC4QAGwuEAB9LhAAwS4QANIuEAAWLxAAGy8QAGsvEABvLxAAwC8QAM4vEAAVMBAAIjAQAGowEACBMBAAvzAQAMcwEAAUMRAAIDEQAGkxEAB8MRAAvjEQAM0xEAATMhAAHzIQAGgyEABpMhAAvTIQAMcyEAASMxAAIDMQAGczEABsMxAAvDMQAMkzEADNyhIAFzQQAGY0EAB0NBAAuzQQAMg0EAAQNRAAJzUQAGU1EABtNRAAujUQAMU1EAAPNhAAETYQAGQ2EABxNhAAuTYQAMA2EAAONxAAHzcQAGM3EABxNxAAuDcQAMU3EAANOBAAJDgQAGI4EABqOBAAtzgQALw4EAAMORAAHDkQAGE5EABpORAAtjkQAMA5EAALOhAAFjoQAGA6EABsOhAAtToQAL06EAB3yxIAIzsQAF87EABkOxAAtDsQAM87EAAJPBAAFTwQAF48EABmPBAAzMsSAMY8EAAIPRAAFz0QAF09EABpPRAAsj0QALM9EAAHPhAAET4QAFw+EABqPhAAsT4QALY+EAAGPxAAEz8QACHMEgBjPxAAsD8QALI/EAAFQBAAEkAQAFpAEABfQBAAr0AQALlAEAAEQRAAD0EQAFlBEABlQRAArkEQALRBEAADQhAAC0IQAFhCEABkQhAArUIQAMBCEAACQxAAEUMQAFdDEABjQxAArEMQAK1DEAABRBAAC0QQAFZEEABkRBAAq0QQALBEEAAARRAADUUQAHbMEgBaRRAAqkUQALlFEAD/RRAADkYQAFRGEABdRhAAqUYQAK9GEAD+RhAABEcQAFNHEABfRxAAqEcQAK9HEAD9RxAAGUgQAMvMEgBcSBAAp0gQALNIEAD8SBAA/0gQAFFJEABbSRAAIM0SAK5JEAB1zRIAA0oQAMrNEgBYShAAH84SAK1KEAD6ShAA+0oQAJ1SEAAHSxAAT0sQAA5LEAD1TxAAEUsQAEFZEAATSxAA6FwQAFBLEACkSxAAuksQAPlLEAABTBAATkwQAFBMEAD2ThAAXEwQAKNMEACrTBAAdM4SALBMEAD4TBAA+0wQAE1NEABXTRAAok0QAKRNEAD3TRAACE4QAExOEABdThAAoU4QAKlOEADJzhIA/U4QAEtPEABSTxAAoE8QAKhPEAAezxIA908QAEpQEABQUBAAn1AQAKxQEAD0UBAA/FAQAElREABLURAAnlEQAKVREADzURAA+lEQAEhSEABQUhAAc88SAKpSEADyUhAA81IQAEdTEABdUxAAnFMQAKRTEADxUxAA81MQAJlWEAD/UxAARlQQAE5UEADIzxIAU1QQAJtUEACeVBAA8FQQAPpUEABFVRAAR1UQAJpVEACrVRAA71UQAABWEABEVhAATFYQAB3QEgCgVhAA7lYQAPVWEABDVxAAS1cQAHLQEgCiVxAA7VcQAO9XEABCWBAAU1gQAJdYEACoWBAA7FgQAPRYEADH0BIARlkQAORgEABNWRAAllkQAKxZEADrWRAA81kQAEBaEABOWhAAlVoQAKJaEADqWhAA7VoQAD9bEABJWxAAlFsQAJZbEADpWxAA+lsQAD5cEABPXBAAk1wQAJtcEAAc0RIA8VwQAD1dEABKXRAAkl0QAJldEADnXRAA+F0QADxeEABIXhAAkV4QAJleEABx0RIA814QADtfEAA+XxAAkF8QAJpfEADlXxAA518QADpgEABLYBAAj2AQAKBgEADG0RIA7GAQADlhEABQYRAAjmEQAJphEADjYRAA7WEQADhiEABAYhAAG9ISAI5iEADiYhAA+GIQADdjEAA/YxAAjGMQAJpjEADhYxAA6WMQAHDSEgDuYxAANmQQADlkEACLZBAAlWQQAOBkEADiZBAANWUQAEZlEACKZRAAm2UQAN9lEADnZRAAxdISADpmEACJZhAAjmYQAN5mEAD5ZhAAM2cQAEFnEACIZxAAj2cQAN1nEADpZxAAMmgQADhoEACHaBAAimgQANxoEADmaBAAMWkQADdpEACGaRAAiGkQANtpEADlaRAAMGoQADxqEACFahAAnGoQANpqEADuahAAL2sQAEtrEACEaxAAjGsQABrTEgDbaxAALmwQADxsEACDbBAAlGwQAG/TEgDfbBAAxNMSADttEACCbRAAjG0QANdtEADibRAALG4QADRuEACBbhAAjW4QANZuEADpbhAAK28QADpvEACAbxAAjG8QANVvEADWbxAAKnAQADRwEAB/cBAAjXAQANRwEADZcBAAKXEQADZxEABu1BIAhnEQANNxEADdcRAAKHIQAC1yEAB9chAAhXIQANJyEADYchAAJ3MQADNzEAB8cxAAgnMQANFzEADacxAAJnQQADN0EAB7dBAAg3QQANB0EADRdBAAJXUQACd1EAB6dRAAfXUQAM91EADSdRAAGNUSADp2EAB5dhAAgXYQAM52EADadhAAI3cQACl3EAB4dxAAfncQAM13EADSdxAAd3gQAPt3EAAieBAAKngQAMLVEgB9eBAAF9YSAOJ4EAAheRAAI3kQAHZ5EACDeRAAy3kQANJ5EAAgehAAKHoQAHV6EACFehAAynoQAMx6EAAfexAALXsQAHR7EACFexAAwdYSANB7EAAW1xIALHwQAHN8EAB9fBAAyHwQANN8EAAdfRAAJX0QAHJ9EAB+fRAAx30QANp9EAAcfhAAKn4QAHF+EAB7fhAAxn4QAM5+EAAbfxAAKn8QAHB/EAB1fxAAxX8QAMx/EAAagBAAJoAQAMDXEgCtgBAAxIAQAAKBEAAZgRAAIYEQABXYEgCYgRAAw4EQAM+BEAAYghAAHoIQAG2CEABzghAAwoIQAMeCEAAXgxAAHYMQAGrYEgBtgxAAwYMQAMeDEAAWhBAAG4QQAGuEEAB6hBAAwIQQAMyEEAAVhRAAGIUQAGqFEABthRAAv4UQAMeFEAAUhhAAI4YQAGmGEABuhhAAvoYQANSGEAAThxAAFIcQAGiHEAB5hxAAvYcQAMmHEAASiBAAHIgQAGeIEABziBAAvIgQAMOIEAC/2BIAIYkQAGaJEAByiRAAu4kQAMqJEAAQihAAJIoQAGWKEAB0ihAAuooQAMuKEAAPixAAG4sQABTZEgBmixAAuYsQAMeLEAAOjBAAH4wQAGnZEgBpjBAAuIwQAMSMEAC+2RIAE40QAGKNEABojRAAt40QALyNEAAMjhAAEo4QAL3aEgBmjhAAto4QALiOEAALjxAAHI8QABHcEgBsjxAAtY8QALuPEAAKkBAAFpAQAF+QEABnkBAAZtwSALqQEAAJkRAAFZEQAF6REABmkRAAu9wSAL+REAAIkhAAC5IQAF2SEABnkhAAEN0SALSSEAAHkxAAFZMQAFyTEABtkxAAut0SALeTEAAGlBAAEpQQAA/eEgBjlBAAsJQQALOUEAAFlRAAEZUQAFqVEABmlRAAr5UQALeVEAC53hIAD5YQAFmWEABllhAArpYQALaWEAAO3xIADJcQAFiXEABplxAArZcQAL6XEAACmBAACpgQAFeYEABamBAArJgQALaYEAABmRAAA5kQAFaZEABlmRAAq5kQAMuZEAAAmhAACJoQAFWaEABfmhAAqpoQALCaEAD/mhAAAZsQAFSbEABjmxAAqZsQALWbEABj3xIACpwQAFOcEABxnBAAqJwQAK6cEAD9nBAABp0QAFKdEABfnRAAp50QAK+dEAD8nRAAEp4QAFGeEABTnhAApp4QAMGeEAD7nhAAB58QAFCfEABdnxAAuN8SAKufEAD6nxAAAqAQAE+gEABloBAApKAQAKmgEAD5oBAA/6AQAE6hEABaoRAAo6EQAKuhEAAN4BIABaIQAE2iEABdohAAoqIQAKeiEAD3ohAA/aIQAEyjEABioxAAoaMQAKOjEAD2oxAAAKQQAEukEABZpBAAoKQQAKWkEAD1pBAAAqUQAGLgEgBZpRAAn6UQAKilEAD0pRAA/qUQAEmmEABXphAAnqYQAKOmEADzphAAAKcQAEinEABQpxAAnacQAK2nEADypxAA9KcQAEeoEABVqBAAnKgQAK2oEAC34BIA+KgQAAzhEgBLqRAAm6kQAKGpEADwqRAA+KkQAEWqEABPqhAAmqoQAJyqEADvqhAA8qoQAESrEABkqxAAtuESAKWrEADuqxAA9KsQAEOsEABPrBAAmKwQAKCsEAAL4hIA+awQAEKtEABIrRAAl60QAKOtEADsrRAA9K0QAGDiEgBDrhAAlq4QAKSuEADrrhAA/K4QALXiEgBNrxAAla8QAKyvEAAK4xIA9K8QAD+wEABLsBAAlLAQAJewEADpsBAA87AQAF/jEgBPsRAAk7EQAJqxEADosRAA8LEQAD2yEABKshAAkrIQAJeyEADnshAA8bIQADyzEABEsxAAkbMQAKCzEADmsxAA67MQADu0EABRtBAAkLQQAJG0EADltBAA87QQADq1EABLtRAAj7UQAJu1EADktRAA7LUQAAnkEgA9thAAVAEAAEG2EACVWBIARbYQACkdDwCathAA9wgAAOu2EADguRAAmbgQANUqAADluBAA0ywAAPC5EADEOwAAjboQAME+AADiuhAADkcAAIu7EAAkIRAAjLsQALZJAACQuxAAY5kDAJO7EADttQcA4rsQAPlbAACMvBAASGIAAOG8EACRbgAAir0QADV1AADrvRAALH4AADW+EAB+gQAAiL4QAHqFAAA4vxAAxo4AAPm/EAAvwBAAisIQADDPAACFwxAAJNsAANrDEABw5AAAhMQQAAzzAAA2xRAAWPwAAKPFEACt/AAA1sUQAAL9AAA1xhAA/AIBAN3GEAClBAEAMccQAKAJAQDxxxAAlxIBADPIEACRGAEAm8gQANHIEABCyRAAe8kQAIPJEADQyRAA3MkQAN8fAQAtyhAAhyIBAOvKEAAkyxAALMsQAHnLEAB7yxAA1SkBANrLEADPLwEAgMwQABs5AQDYzRAAV1IBAH7OEAD+VQEAks4QANoTEgCazhAA3BESAPDOEABTVgEAJs8QAKdXAQCHzxAA+lkBAM/PEAD3XAEAI9AQAPVeAQAq0RAAjXEBAI3READI0RAA0NEQAOJxAQAs0hAANXQBANPSEADVfgEAP9MQACp/AQB90xAA04ABAM7TEAAb1BAAJdQQACiBAQB61BAAI4YBAHrWEAC0nwEAy9YQABjXEAAo1xAACaABAM7XEAAFpAEAH9gQAGzYEAB82BAAWqQBACLZEAD8rAEAb9sQAHkvAgBz2xAAIjECAHfbEADmwgEAg9sQAGk/AgAb3BAA6lgSABzcEAD4+wsAH9wQAOPFAQAv3BAAmFsMAHDcEADEKhEAhNwQADjGAQCW3BAA/ZoSAMTcEACNxgEAx9wQAA7lDABz3RAAiMsBAMjdEADdywEAdN4QACzSAQAZ3xAAJtgBAMPfEAAi3AEAEuAQAGTgEABw4BAAzNwBAGvhEAC44RAAu+EQAKryDQDE4RAAcOMBACLiEAAY5gEAg+IQALfiEAAQ4xAApU0NABzjEABf9AEAOeMQABXpAQBt4xAAZO8BABfkEAAK9AEAweQQAF71AQAm5RAAs/UBAMTlEABd9gEAEuYQAFz3AQAW5xAApwECALvnEAAleQwAvucQAKIGAgDA5xAAeHkOAA/oEACRXBIAIegQAFzoEAC56BAABukQAM3oEADtEAIACekQADsNDQAQ6RAAMBgNABPpEACm9wwAFukQANXHDQAX6RAAJswNACHpEACgCAIAJ+kQANwWDQCy6RAA8QwCANrpEAAmIQ4AE+oQAJoOAgBm6hAAmQ8CAMXtEAAxIgIAX/sQAAs9DQAF/BAASPwQAK/8EADy/BAAV/0QAOwHDABd/RAAJ9YCAJ7+EACLDRIAo/4QAEX/EAC3/hAAQgIRAL/+EACHERIAxf4QABfmAgBH/xAAZI8MAEn/EAA5Dw0ATP8QAN0ZCQBP/xAAbOYCAFT/EADB5gIAVv8QAEizBAB8/xAAqP0EAKQBEQAH9gIASgIRAJcCEQCYAhEAOrkMAKECEQCFaw8ApgIRAK+YDQC2AhEAk68SAPYCEQAC+wIA7gMRANkjAwDxAxEAe88KAPIDEQCWEQMA9AMRAFACAwD1AxEA9QcDAPcDEQAeMwQA+AMRAEgKAwD5AxEAOhgDAPoDEQD4BAMA+wMRAM0uBAABBBEARQ0DACkEEQBvgBAAPwcRAABSAwBDBxEA1CgDAEcHEQBp3wwAngcRACcrAwDpCREAC0cDAFILEQD1XAMA/AsRAOtmAwCsDBEA52oDAOsMEQA3cAMA4w0RAHuBAwA+DhEAiw4RAJkOEQDOgwMAjg8RAHYlDwCYDxEAcIwDAIwQEQALnAMA5BERAPOzAwCIEhEAQLwDAEMTEQCGExEA5hMRAILPAwBCFBEAhRQRAJYUEQB/0gMAhRYRAHorBQCGFhEArPoDAI0WEQAG8QgAMBcRAKj+AwA0FxEA9/8IAC8YEQCSFAQANhkRANwfBADkGREALiMEAJsaEQDUGhEA3BoRACkbEQA4GxEA0SoEAIgbEQAjLgQAMRwRAHt4DAA0HBEAzC8EAIUcEQDSHBEAmRwRADcMEgDcHBEAITAEAIQdEQDGNQQA4B0RAMQ3BACBHhEAvj0EANgeEQDkvAkAKB8RAGJEBAAwIBEA+lYEAIEgEQBFqREA6iARACMhEQArIREAeCERAIUhEQDnaQQAiSERAExaBAAyIxEAhXYEACwkEQByiQQAfSQRAMokEQDbJBEAxooEAIMlEQAUkgQA0yURAGaVBAB1JhEACZ0EANkmEQCtowQA5CYRAKGvBADxJhEAp6kEAPAnEQD2rwQAkCgRAO+2BADMKBEAPr0EAHcpEQCEzAQAfCkRAF+XCQB9KREABpsJAH8pEQAPkgkA4SkRABoqEQAiKhEAbyoRAMYqEQBJVA0AzCoRAIwMEgDOKhEAgc8EANAqEQD+Rw8A5yoRAOmuEgAIKxEAMGsPACErEQB+0gQAmysRAMMrEQAiLBEAztcEANEsEQBx3wQAby0RAGjoBADdLREAEeoEACMuEQBe8gQAJS4RAGbqBABxLhEAuO0EAHUuEQC27wQAdC8RAAb1BAB4MBEA+/8EAMEwEQD2BAUALTMRAGYzEQBuMxEAuzMRAMozEQAtIwUAGTQRANAqBQARNREAHTMFABw1EQDJ2AgAZzURAG82BQBoNhEAsEoFAHI2EQC4QgUAvjYRAApGBQDCNhEACEgFACg4EQBhOBEAaTgRALY4EQC7OBEAnF4FAMU4EQCkVgUAETkRAPZZBQAVOREA9FsFABM7EQDbdAUAuTsRANJ9BQBjPBEAaZEFACw9EQAEoQUAgj0RAFSmBQDAPREAUqgFABY+EQChrgUAZz4RAKCvBQC4PhEABT8RAA8/EQD1rwUAXT8RAPKyBQBiQBEA6LwFAB9BEQBYQREAYEERAK1BEQCzQREAh8gFABhCEQAuzAUAwkIRAHfYBQAFQxEAbeIFALpDEQBp5gUAZEQRAGHuBQAbRREAVEURAFxFEQCpRREAuUURAFT7BQDVRREApf8FAApGEQBT/AUAW0YRAKhGEQCyRhEAqPwFAMNHEQD8RxEABEgRAFFIEQBaSBEAQg0GALBIEQBADwYAbEkRAKVJEQCtSREA+kkRAPtJEQA1GgYA/0kRADxoBgAAShEAfiYGAAdKEQDYIQYACUoRAOUUBgBVShEANxgGAFlKEQCUZQYAWEsRAIAkBgBXTBEAcTMGAKxMEQDCNwYA/UwRAME4BgCvTREADkEGAGdOEQCgThEAqE4RAPVOEQD/ThEABkkGAE1PEQD/TwYAEFARAElQEQBRUBEAnlARAKtQEQBQVAYArVARAEZeBgD4UBEATFgGAKNREQCYYQYA+lERAJZjBgBiUxEAm1MRAKNTEQDwUxEA/1MRAIpvBgBPVBEA3HIGAE9WEQDHhwYAtFYRAO1WEQAJVxEAQlcRAE9XEQAbiQYAXVgRAJZYEQCeWBEA61gRAO5YEQC0mgYAzFkRAKenBgBCWhEAoqwGAEZaEQAM6AsA9loRAEazBgBBWxEAQrcGAJxcEQAxyAYA81wRAIHNBgDuXREAxIcJAAJeEQBvhwkAV14RAJBeEQCYXhEA5V4RAOheEQB51QYAVl8RAI9fEQCXXxEA5F8RAPNfEQAg2QYARGARAMTfBgCPYREACfAGAD5iEQAmdw0AQ2IRALc5DwBGYhEAsfIGAEdiEQAOOA8AmGIRAK32BgCnYxEA4GMRAOhjEQA1ZBEAPmQRAE4ABwCUZBEATAIHAENlEQBFCQcAomURAJATBwA2ZhEAMhwHAOBmEQDSJgcAimcRABszBwCQaBEAuT8HAOVoEQALQwcAPGkRAF1GBwChaREA2mkRAOJpEQAvahEAPmoRAFJRBwA/ahEAsUcHAJBqEQCwSAcA4WoRAC5rEQA4axEABUkHAN5rEQCkVAcAhWwRAEdcBwA0bREA7l8HAPJtEQArbhEAM24RAIBuEQCPbhEAOmkHAOFuEQCMbAcAMm8RAH9vEQCObxEA4G0HADhwEQDacwcAiHARACx3BwDgcBEAIIMHAOJwEQAmfQcA7nERACdyEQAvchEAfHIRAO1yEQAmcxEALnMRAHtzEQCIcxEAuJUHAN1zEQBgmAcAM3QRAAecBwDRdBEAVqIHAIV1EQBPqQcALnYRAOW9BwCDdxEAJtIHANR3EQAheBEAMHgRAHrTBwCceBEAztQHANR5EQAd2wcAK3oRAG7fBwB8ehEAyXoRANh6EQDC4AcARHsRABbiBwB1fBEAvOYHAMx8EQC17QcAdn0RAP36BwAgfhEAmwcIANV+EQBADQgAJ38RAJQOCADKfxEAOhMIAIqAEQDDgBEAy4ARABiBEQBwgREAhhwIACaCEQAuHwgA3YIRABaDEQAegxEAa4MRAHWDEQAlKAgAzoMRAM4pCAAkhBEAyS4IAHSEEQAaMwgAHYURAGs3CAAfhhEAZT0IAHCGEQC9hhEAv4YRALo9CACDhxEAvIcRAMSHEQARiBEALIkRAGWJEQBtiREAuokRANWKEQAOixEAFosRAGOLEQBtixEA42kIACmMEQBijBEAaowRALeMEQDBjBEAwooIAM2MEQDSeggAEY0RANB8CABrjREAcoUIAL6OEQABoQgAwo4RAAqYCAAYjxEABJ4IAGCPEQACoAgAE5ARAP+iCABhkBEA/KUIABKREQBMqwgAaZERAJuxCAATkhEAmLQIAGiSEQDttAgAzZIRAAaTEQAOkxEAW5MRAGqTEQCVtwgAEpQRADTDCABqlBEA2MkIAHWVEQCulREAtpURAAOWEQASlhEAJNMIAAWXEQBXlxEAcZcRAGriCADIlxEAAZgRAAmYEQBWmBEAZZgRAGbmCADhmBEAD+gIAHGZEQCqmREAspkRAP+ZEQBjmhEAtusIAK+aEQAI7wgAX5sRAAXyCAC6mxEAVvYIAFmcEQAkfQkAXJwRAPz6CACunBEA+/sIALCdEQA+DgkABZ4RAOIUCQBXnhEA4RUJAGufEQCknxEArJ8RAPmfEQAFoBEAKSMJAFagEQCjoBEAp6ARAH0kCQAIoREAJiYJAL6hEQD3oREA/6ERAEyiEQB2ohEAbTQJAKaiEQC7OwkAEqMRAPJXCwBToxEAoKMRANijEQALQQkAbaQRAJ+kEQChpREAQWAJAKSmEQDbcAkA+acRAEaoEQBoqREAmqkRALmpEQDvqREAVKoRABWMCQD2qhEAZZEJAJ6rEQBhlQkA+awRALRBCgD7rBEAVaEJAEetEQCnpAkASa8RAPKuCQCXrxEAQLYJAJ6vEQBDswkAmrERAOexEQCUshEAKswJAJyzEQAf1wkA7LQRADm1EQBitREAC+sJAP+1EQA4thEAQLYRAI22EQCcthEAA/MJAOi2EQBV9gkA7LYRAAw/CgCRtxEAU/gJAOm3EQA2uBEAX7gRAKb6CQDouBEATf4JAF65EQCi/gkA5LoRAOQRCgDpuxEA3RgKAOi8EQAqIQoATb0RAH8hCgCVvREA1CEKAOG9EQAmJQoAkb4RACMoCgD2vhEAeCgKAD6/EQDNKAoAir8RAB8sCgACwREALcERAJ7BEQDXwREA38ERACzCEQDbwhEAsEUKANnDEQCkUQoAlMQRAEBgCgBFxREAfsURAIbFEQDTxREA3cURAOFpCgCoxxEAgHUKANLIEQC7jwoALskRAGCVCgDRyREAAp4KADTKEQBUoQoA2MoRAJ2tCgDVzBEA08wKAIzOEQDD3AoAJM8RAL7hCgCBzxEAEOUKADrQEQBz0BEAe9ARAMjQEQAf0REAsu0KADjSEQBx0hEAedIRAMbSEQDw0hEApfoKAHnTEQD0AAsAzdMRABrUEQAo1BEAngELAHXUEQDxAwsAJtURAOwICwBv1REA6AwLAHbWEQDeFgsAedYRAIgXCwDO1xEAeyQLABvYEQDPJQsAeNgRACEpCwDI2BEAySsLABjZEQAeLAsAjtkRAL/ZEQCF2hEAvDgLAOjaEQAROQsAGtwRAGfcEQCQ3BEAtT8LAJrcEQBfQAsAcd4RAFtECwDK3hEArUcLABzfEQABSQsAG+ARAFBPCwBo4BEATFMLACzhEQBi4READuIRAJJiCwBo4hEANGsLACfjEQBg4xEAaOMRALXjEQDC4xEAg3ELABfkEQCAdAsAweQRACd4CwB95REAs+URABrmEQD1+BEAJ+YRAF3mEQAT5xEAb4ULABXnEQAcgwsAw+cRAAboEQBp6BEAu44LABXpEQBamgsAb+oRAEetCwAO6xEAQ7ELAGbrEQA9twsAu+sRAIq/CwAP7BEAicALALLsEQAuxgsAcu0RAKvtEQCz7REAAO4RAHPuEQB20wsAV+8RAMXZCwBq8BEAu+MLAA3xEQAI7AsAw/ERAPzxEQAE8hEAUfIRAMLyEQD78hEAA/MRAFDzEQD98xEA4QwSAAL0EQBP9BEABPQRADdkDwAW9BEASU8SAFn0EQCi/AsA//QRAEcCDAAH9xEA2xgMABb3EQBM9xEAqfcRAN8UDAAF+BEANBUMAEv5EQB6JAwAqvoRABkwDADC+hEAtzoOAPv6EQBI+xEAZvsRAG4wDAAO/BEAR/wRAE/8EQCc/BEA//wRAGszDAC3/REAaDYMAGH+EQC6OQwAYP8RAJn/EQCh/xEA7v8RAF8AEgCYABIAoAASAO0AEgBQARIArkUMAAgCEgBBAhIASQISAJYCEgD5AhIAU0sMAAYEEgA/BBIARwQSAJQEEgD3BBIAoVIMAK8FEgCeVQwAWQYSAPBYDADuBxIALxcPAEMIEgCEFw8ArAgSAOUIEgDtCBIAOgkSAK8JEgA4ZgwAQQoSAPilDADqCxIAg2oSAOkMEgAzvg4A/QwSAP+YEgAPDRIANg0SAD4NEgBd6A8AZA0SAAfqDgC5DRIA4A0SADgOEgBhjBIApg4SAN8OEgDnDhIANA8SAJUPEgDKfgwA+g8SADMQEgA7EBIAiBASAOkQEgAkIw4ASBESAPCtDACMEhIAyyYOAJISEgDAiAwA9RISAGiLDADiExIALxQSAD4UEgBfkw0AjBQSAHzGEgDnFRIAtJQMAPEVEgBgkwwA4xYSAFuYDACdFxIA1hcSAN4XEgArGBIAhhkSAFKhDACTGxIA7LEMAC8cEgCKvgwAhx0SACXODACEHhIAItEMANEfEgDiDw4A1B8SAMbWDQDYHxIAbdsMAN4fEgAoHw4AgCASAM0gEgDXIBIAaOAMAOghEgAhIhIAKSISAHYiEgAiIxIAW+0MAHojEgAC8QwAeyUSAEz8DADQJRIAHSYSACkmEgCe/wwA0yYSAPACDQB5JxIAxicSAN0nEgBACA0AwywSACUjDQBwLRIAyycNAMcvEgAFQw0AejASAL0wEgB0MRIAn1MNAHcxEgBLUg0AdDISAPJVDQAcMxIA8VYNAHMzEgDuWQ0AMjQSAGQ0EgCCNBIAQF0NAN00EgCPYw0AcTUSAORjDQC+NxIACzgSAA04EgAtcA0AZTgSANdwDQBsOBIAf3MNACU6EgBeOhIAZjoSALM6EgC9OhIAGoMNAHk7EgCyOxIAujsSAAc8EgAWPBIAD44NAGI8EgBhkQ0ADD0SALGWDQC2PRIAAZwNALI+EgCgpw0AXD8SAPWnDQBlPxIAsOsOAAtAEgDyqg0AZkASAJqtDQC7QBIAPbUNALRBEgABQhIABEISAJC3DQCzQhIAAEMSAANDEgCLvA0AtkMSAN6+DQAHRBIAVEQSAFdEEgDcwA0ABkUSAFNFEgBWRRIA18UNAAlGEgDUyA0AWkYSAKdGEgCxRhIAKckNAARHEgBRRxIAVEcSACjKDQADSBIAUEgSAFNIEgDOzg0AAkkSAE9JEgBSSRIAytINAAVKEgBx1g0AAEsSAMHbDQAgSxIA76gSAGlLEgAV3Q0A+ksSAExMEgD5TBIAaN8NAABNEgC74Q0Aq04SALXnDQCtThIAInoOAFFPEgCeTxIA9VASABXcDgD6UBIAm1ISAFNREgCo9A0Aq1ISAPz1DQAAUxIAT/gNAFFTEgBO+Q0AtlMSAO9TEgBLVBIA6AkOAE5UEgA1Eg4AU1QSAPj5DQBfVBIAQwQOAPpWEgDpCA4ApFcSAOMODgD2WBIAk7MOABRZEgCrlxIALFkSAElSDwBHWRIAlFkSAJdZEgA0Ew4A+VkSAN0UDgBKWhIA3BUOAJtaEgDoWhIA8loSADEWDgCUXBIA1hsOAJtcEgDUHQ4APl0SANMeDgC6XhIAeiIOAEFfEgDMJQ4A1GASAPahEgBMYRIA2G0PAI1hEgBjOQ4A7GISALM+DgA9YxIAimMSAKNjEgAHQA4A4mMSADRkEgCtZBIArUQOAFdlEgCsRQ4AAWYSAABHDgCPZhIA3GYSAOZmEgCnSg4Ah2cSANMdDwCUaBIASVMOAIhqEgBAXA4AdGsSAIJrEgDJaxIA12sSACxuEgAwbA4ANm4SAH5zDgDicBIAynwOADVxEgDJfQ4AhHESAHN+DgDUcRIAx38OANNyEgAagg4A13MSACR0EgCBdBIAznQSAHl1EgASig4A1XUSACJ2EgB/dhIAzHYSAHl3EgAMkA4AKHgSAHV4EgDSeBIAH3kSACZ6EgBclQ4Af3oSALCWDgAlexIAcnsSAIJ7EgAEmA4AP3wSAHF8EgAkfRIAqpwOAHx9EgBSnw4A6X0SABp+EgAzgRIA5rUOANyCEgA2uw4AhoMSAIq8DgAwhBIA3r0OAL2GEgAd1A4AcYgSAMDbDgBliRIAEt8OABmLEgC15g4AwIsSAF3pDgA1jhIAAfAOAGKOEgCq8Q4AvI4SAOO0EgASjxIAUvQOABWPEgBQ9g4AYY8SALOPEgDPjxIACJASAGCQEgCykBIAzpASAAeREgBkkRIAsZESALuREgCl9g4ADpISALzbEgBhkhIAoPsOAGiTEgDx/w4AspMSAJkCDwAMlBIAOLUSABiVEgAtbg8AuZUSAI0ODwBkmRIACecPALKaEgB0Jw8AqpsSACUhDwBdnBIAJCIPAFeeEgCknhIArp4SAMYqDwBcnxIAbi0PAD2iEgBLohIAkqISAKCiEgDnohIA9aISADyjEgBKoxIAkaMSAJ+jEgDmoxIA9KMSAKqkEgBmNQ8AD6USALs1DwCepRIADzcPAA6mEgC5Nw8ApaYSAA05DwANpxIARqcSALenEgDwpxIAU6gSAF88DwAXqRIARKkSAGypEgCZqRIAwakSAO6pEgAWqhIAQ6oSAKCqEgDtqhIA8qoSAAZADwBErBIA/EkPAO2tEgA/rhIA9a4SAA2NEAD5rhIAZIsQAO+vEgDyUw8AS7ASAOtaDwAGsRIAPLESALCxEgA1Zg8A77ESAIZqDwBashIAkLISAEKzEgCPsxIAn7MSAIRsDwDwsxIAg20PAE60EgB+cRAAk7gSAEepDwDruBIA8akPAOa5EgCKuw8AkLoSAC7CDwA6uxIAJ8kPAOS7EgDMzg8AjrwSABrWDwA4vRIAwNoPAOK9EgBm3w8AjL4SAArmDwA6vxIACOgPAJ2/EgDYvxIA4L8SAC3AEgDcwxIAKcQSAEfEEgD3+A8Ag8cSAC4XEADuxxIAKhsQAJjIEgB6IBAAMMkSAM0iEACByRIAdSUQANXJEgAdKBAAKMoSABksEACIyhIAFy4QAOnKEgAiyxIAecsSAAo7EADYyxIAszwQADbMEgBbPxAAfswSAFVFEAA8zRIApkkQAH/REgDmXhAAKtMSANlrEAB70xIA2GwQAMzTEgAZ1BIAHdQSAC1tEAB21BIAw9QSACDVEgBt1RIAH9YSAGzWEgDN1hIAyXsQAB7XEgBr1xIAb9cSAB58EACV2BIAbIMQAHLZEgBjjBAAwdkSABPaEgA72hIAaNoSAMDaEgAS2xIAOtsSAGfbEgDT2xIAYY4QAGjcEgC0kBAAxdwSALOREAAY3RIAZd0SAHXdEgCykhAAw90SALGTEAAS3hIAZN4SAMPeEgAElhAAHt8SAAOXEAAb4BIA+KEQAMPgEgDxqBAAFOESAGHhEgBx4RIARqkQAA/iEgDtrBAAcOISAEGuEADD4hIAQK8QABLjEgDqrxAAYuMSALTjEgA=","fail":"AAAAAAAAAADNhwAAksEBANPWAAAiLAcAFzwCADwRCABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIADZEMANgeCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4A//wDAAAAAAAiLAcAFzwCABc8AgDTfgMALCcCAIEnAgCr8Q0ADToOACXYAgB62AIA5hgBAOTABQAIPg8A034DAE4FAgCXuAUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAFOgDAD6pwgAFzwCAGNFAgB61QUAaeQHAAAAAAAiLAcATgUCAPSqCwCEIgQA1SgCAIy/CQDjGgIAzYcAAMsyAgAtww8AgsMPAKKwAgDZJgAATgUCAKlLCwD+SwsAt0gAADhtBQBrlAAAwJQAAO65AgBIAwoAnQMKAE4FAgANkQwA2B4JAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDAAh1wcAes4MAFUAAABVAAAAVUsKABc8AgC3SAAATgUCACHXBwDrvQEAAAAAAGuUAADDMAwADzoMAIweAAA9GAAAPBEIAJERCAA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwCKwAoAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAAAh1wcAes4MAFUAAABVAAAAt5wBAJ9cBABrlAAATrEAABc8AgBsPAIAQLkGAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAClpgkA+qYJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAn1wEAPRcBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAF9JAgDzrQkASK4JAJ2uCQA8EQgATgUCAK5CDwDptwkATgUCAKvxDQAH6Q8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAIy/CQA1aQwAIdcHAIweAADhHgAANh8AAIsfAADgHwAANSAAAKWmCQD6pgkAAAAAABuPAABrlAAARw4AAHaHAgD4/AoAPBEIAE4FAgAh1wcAzzAAACQxAAB5MQAAzjEAAOO4DgDjGgIAzYcAAJLBAQCMHgAAPBEIAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAEQFDACZBQwA5xgAADwZAABJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgAK5w4AX+cOAPSqCwC4RgEADUcBAO65AgAajwEAPBEIAMAwDwD0qgsASasLAGDnDQBUAQAAqQEAAP4BAABTAgAA47gOAOMaAgDNhwAAksEBAIweAAA8EQgATgUCAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAArnDgBf5w4A9KoLALhGAQANRwEA7rkCABqPAQA8EQgAwDAPAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAOO4DgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADjuA4A2SYAAHIvCQAXPAIAxi0MAHaHAgDjuA4A5hgBAOIVCABHDgAA670BAOFzAAD/nQ0APrcKAC9uDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAA9KoLAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgCCbg8AU6AMAGuOBgAh1wcAQgQPADhtBQCNbQUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgANkQwAwDAPAD0YAAAHSwMAa5QAADwRCABOBQIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgBJrAoAkhgAANPWAAA9GAAATgUCAA2RDACREQgA+KIPAE2jDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABADwRCADAMA8APRgAAAdLAwBrlAAAPBEIANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAABp5AcA1SgCADwRCADjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQCfXAQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIApaYJAPqmCQC3SAAAOG0FAI1tBQBrlAAA7rkCAEO6AgCYugIATgUCAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDAB3ew0A+qcIAE+oCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AANPKDABVAAAAVQAAAFVLCgAXPAIAt0gAAPj8CgA8EQgA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQAzbAsAAAAAALecAQCfXAQAa5QAAD0YAAC3SAAATgUCAA2RDADYHgkAa5QAAEcOAABOBQIARAUMAJkFDADuBQwAQwYMACHXBwB6zgwAVQAAAFUAAABVSwoAFzwCALdIAABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgD+pAcAzYYBAA3lDQBOBQIApaYJAPqmCQAAAAAAG48AAGuUAABHDgAAdocCAPj8CgA8EQgATgUCAOMaAgDTfgMATgUCACHXBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAtEUGAE6xAAA+vwIAsksCALRFBgAiLAcA6bcJAE4FAgD0qgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAKWmCQD6pgkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAIF1CQDptwkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAl7gFAD6/AgCTvwIA6L8CAF4/DQCzPw0ACEANANPWAAAajwEAdy0GAAxJAAAj0AwAJ88JALdIAABOBQIAU6AMAAg+DwDTfgMATgUCAPSqCwBJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAAl7gFAOy4BQBBuQUA2SYAAHIvCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgCXuAUAo7EAAPixAABNsgAAorIAAPeyAABMswAAIdcHAIweAAA9GAAAt0gAAE4FAgBToAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAAB01QsA5wwMADwNDAAh1wcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQDaywQAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgDzrQkASK4JAJ2uCQDyrgkAR68JAJyvCQBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEA4hUIANbNBgDtXwgAzYcAAAg+DwAHSwMA//wDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAACIsBwDptwkAQhECAJcRAgBHDgAAjB4AANbNBgBXogYArKIGAMEvDwB3LQYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAHjMEAHMzBADIMwQAHTQEAHI0BADHNAQAHDUEAHE1BADGNQQAuo4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgCaABAARw4AAIweAAA8EQgATgUCAOO4DgBZ7A8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgAK5w4AX+cOAKWmCQD6pgkAT6cJAKSnCQD5pwkATqgJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA4hUIANbNBgDtXwgAzYcAAAg+DwAHSwMA//wDALdIAADVKAIAzYcAAPqnCABPqAgADJ0BANPWAABrlAAAPBEIAE4FAgDjuA4AFzwCAIF1CQDjGgIAzYcAAOMaAgC3nAEA2sINAC/DDQA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQDAMA8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAC0RQYAIiwHAE4FAgAAAAAAAAAAAAAAAADaywQApaYJAPqmCQB61QUAksEBAJwOAADptwkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAL7hCgAT4goAaOIKAPSqCwBJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAARAUMAJkFDADuBQwAQwYMAHd7DQD6pwgAT6gIAAydAQDT1gAAa5QAADwRCAA9GAAAkhgAAOcYAABToAwAnVQOAHeIAADMiAAAIYkAAHaJAADLiQAAq/ENAA06DgBV8wwAq/ENAAfpDwAajwEA//wDAFT9AwDuuQIAjL8JACPQDABHDgAAdocCANPWAAAajwEAdy0GAAxJAABOBQIApaYJAGw8AgDjGgIA4xoCABqPAQB3LQYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgD0qgsAt5wBANrCDQAvww0AksEBAIweAACXuAUA7V8IAEJgCACXYAgA7GAIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQDqugUA4sQDADfFAwCMxQMAml0IAIweAABe6Q0At0gAALRFBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQCBzwQA1s8EACvQBABToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgCr8Q0ADToOACIsBwA8EQgAwDAPABfbDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAGnkBwBOBQIAl7gFABc8AgBjRQIAFeUFAMAwDwA9GAAAt0gAALRFBgDNhwAA+qcIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAJ9cBAA8EQgAkREIACKIAAB3iAAAzIgAACGJAAB2iQAAok8OAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgA1wggAG48AABc8AgBjRQIAFeUFANgeCQBrlAAARw4AAKFQDgCSGAAAEUMBAOYYAQDkwAUAsksCAE6xAAA8EQgAwDAPAD0YAAAHSwMAa5QAAAAAAAAiLAcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIArJwMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIASAMKAJ0DCgDGLQwAv5QBACIsBwDptwkAGo8BAG+PAQAHSwMAT1cEANDYAQDmGAEATgUCACHXBwB6zgwAVQAAAFUAAABVSwoAFzwCALdIAAD4/AoAPBEIAE4FAgBToAwAc30PABqPAQBOBQIA7rkCAEgDCgCdAwoAxi0MAL+UAQAiLAcA6bcJAE4FAgB01QsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgClpgkAgXUJACfPCQC3SAAAtEUGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAC0RQYAIiwHAOm3CQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQDawg0A+wEDAJYRAwB9zQoA42MOADhkDgCNZA4A4mQOADdlDgCMZQ4A4WUOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQDAMA8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAAg+DwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgDBLw8AFjAPAJwOAADptwkA2SYAADnFAQCOxQEA+PsLAE38CwAbjwAAt5wBALdIAAC0RQYAVQAAALecAQDawg0APwYQADnFAQCOxQEA+PsLAE38CwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIAR1gLALecAQDawg0APwYQAJQGEADpBhAApqAOAGzbDQBOBQIApaYJAMEvDwCRCRAA5gkQADsKEABHWAsAnFgLAKMFAgD4BQIATQYCAKIGAgAAAAAAF9sNAE4FAgClpgkAwS8PAJEJEADmCRAAOwoQAEdYCwCcWAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEA2ssEAA44DwBjOA8AuDgPAA05DwBiOQ8AAAAAABuPAABwjwAAB0sDAHctBgDLMgIAGdcPADwRCABKXgIAG48AAHCPAAAHSwMAdy0GAMsyAgBl4A8AFzwCAGw8AgBAuQYA4hUIANPWAAAiLAcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAPAGCQDWzQYAt0gAAPj8CgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAq/ENAA06DgBV8wwA4xoCAIJuDwAAAAAAU6AMAAs7DwBgOw8AtTsPAAo8DwBfPA8AtDwPAAk9DwCpSwsASlEPAJ9RDwD0UQ8A+wEDAAAAAAAiLAcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIAFeUFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCmoA4AbNsNAKlLCwAAAAAAt5wBAAAAAAAbjwAAzYcAAPqnCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIACucOAE4FAgCpSwsAAAAAABuPAADNhwAAjL8JACPQDAAnzwkAfM8JANHPCQAm0AkA4xoCAHvQCQDQ0AkAJdEJAOMaAgCXuAUA7LgFAEG5BQAizw4Ad88OAMzPDgCXuAUA7LgFAEG5BQAizw4Ad88OAMzPDgDNhwAACD4PAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAD4/AoAw9oMABjbDADLMgIAJ3cMAHx3DADTfgMAt0gAAPj8CgDD2gwAGNsMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAA4bQUARK8MAME8AgAWPQIAaz0CALdIAAAMSQAAW+oPALDqDwAF6w8AAAAAABc8AgBjRQIAMc0BAAb0BQDWzQYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDSHg8ADEkAAFvqDwCw6g8AIiwHAMsyAgDGNwIADEkAAFvqDwCw6g8ABesPAAAAAADNhwAAGo8BAP/8AwCMHgAAwzAMABgxDABtMQwAwjEMABcyDADLMgIAxjcCAAxJAABb6g8AsOoPAAXrDwDLMgIAxjcCAAxJAABb6g8AsOoPANN+AwBVAAAA8AYJAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAAQLkGAOIVCABrlAAAwJQAABbpAADC5QIAt0gAALdIAAA4bQUAjW0FAOMaAgA4GwIAjRsCAPj8CgBrlAAAwJQAABbpAADC5QIA5hgBAOIVCAC3SAAADEkAACPQDAA8EQgAwDAPAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAAFVLCgAajwEAb48BAO9iAwBEYwMAhW4MAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAPBEIAMAwDwCrUwEASqUQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAIF1CQA8EQgAHIUJAO65AgAajwEA//wDAL+UAQAiLAcA6bcJAGuUAADAlAAAFukAAMLlAgDjGgIAjrkNACfPCQBwjwAA67wCALecAQAMnQEAPmELAJNhCwDoYQsA2sINAMCUAAAW6QAAwuUCAAg+DwBCEQIAPrcKAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEA4hUIAD0YAAC3SAAA+PwKAIVuDAAW6QAAwuUCACIsBwAnzwkAt0gAAMQ5AgDZJgAA4xoCAI65DQAnzwkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDYHgkAdywHAMwsBwDZcwgALnQIAIN0CADYdAgALXUIAIJ1CABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANbNBgBXogYArKIGAMYtDAC/lAEAIiwHAOm3CQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CACIsBwDuuQIASAMKAJ0DCgDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCALRFBgAJRgYApFcEALecAQDawg0A5hgBAOIVCAA9GAAAt0gAAPj8CgA8EQgAwDAPAMCUAAAW6QAAwuUCAEcOAADTygwAVQAAAFUAAABVSwoAFzwCALdIAAD4/AoAPBEIANgeCQB3LAcAzCwHANlzCAAudAgAg3QIANh0CAAtdQgAgnUIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQDawg0AQhECAKf4CgD6pwgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAgm4PAMCUAADZJgAArJwMABc8AgDmGAEA5MAFALJLAgD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOm3CQBOsQAAV6IGAKyiBgABowYAVqMGAKujBgAApAYA5hgBADsZAQAzbAsAHIUJAJhaDQByLwkATrEAAD6/AgCySwIAtEUGACIsBwDptwkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAPqnCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgA8EQgAwDAPANkmAAByLwkARlYOAGuUAAA8EQgAzYcAAPqnCABPqAgApKgIAKvxDQANOg4AVfMMAFOgDABrjgYA5hgBAOIVCAA3FggA4xoCAIJuDwDAlAAATgUCAKMFAgCaABAAcI8AAB6ADAC3SAAAtEUGACIsBwDptwkA+PwKAE39CgCi/QoAt0gAAE4FAgCr8Q0ADToOAFXzDAClpgkA+qYJAHrVBQBp5AcATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4AU6AMAAs7DwBgOw8Av5QBABSVAQBplQEATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIACz0NAGA9DQC1PQ0ACj4NAF8+DQC0Pg0AIiwHAE4FAgCjBQIALicAANPWAABOBQIAU6AMAKigDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAKvxDQANOg4AVfMMAKMFAgCaABAAcI8AAB6ADAC3SAAAtEUGACIsBwDptwkACD4PAD0YAACSGAAAEUMBADYdAgClpgkA+qYJABXlBQDAMA8A1s0GAKOxAAAveQIAOW8CAGNFAgCBdQkAQrwBAKvxDQCXuAUA034DAK+ZDAAEmgwAWZoMAK6aDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCALRFBgAiLAcA6bcJAGuUAADAlAAAFukAAMLlAgCyQgsAci8JAEZWDgCdYAIATgUCACHXBwAW5wIA5hgBAOMaAgCOuQ0AGo8BAGOaAgDNhwAAsksCALRFBgAiLAcA6bcJAE4FAgCpSwsASlEPAJ9RDwD0UQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAdNULAMnVCwBzKA8AyCgPAB0pDwByKQ8AKdUBALJLAgC0RQYA4xoCALecAQDawg0Aq/ENABBDAgBlQwIAukMCAJe4BQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAl7gFAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAq/ENAA06DgAl2AIAetgCAOYYAQDkwAUACD4PAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAFNMCwAnzwkAQhECAOYYAQBMsgEA//wDAOu9AQC/lAEAb48BAEIRAgBOBQIApaYJAPqmCQC3SAAAG48AABc8AgANkQwAwDAPANbNBgCjsQAAL3kCADlvAgBjRQIAFeUFAE4FAgBToAwACD4PADwRCABOBQIARAUMAJkFDADuBQwAQwYMABuPAABHDgAAjB4AAHTVCwDJ1QsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEArkIPAHcsBwDMLAcA2XMIAC50CACDdAgA2HQIAC11CABPVwQApFcEAPlXBABOWAQAo1gEAPhYBAA8EQgATgUCAFOgDAAIPg8APBEIAE4FAgBEBQwAmQUMAO4FDABDBgwAG48AAEcOAACMHgAAIdcHABbnAgBr5wIAwOcCABXoAgBq6AIAhG4NANluDQAubw0Ag28NANhvDQAIPg8AB0sDAE6xAAD7AQMAe88KAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LALDrDgBKUQ8An1EPAPRRDwBOBQIArkIPACfPCQC3SAAATgUCAK5CDwDZJgAATgUCAOMaAgCOuQ0AJ88JAHCPAADrvAIApaYJAGw8AgDmbAIAO20CAGnkBwA8EQgATgUCANPWAAAajwEAdy0GAAxJAABOBQIArkIPAO65AgBIAwoAnQMKANkmAAC3nAEADJ0BACHXBwB6zgwAz84MACTPDAA4bQUARK8MAJmvDAAUjQkATgUCANPWAAAajwEAdy0GAAxJAABOBQIArkIPAO65AgBIAwoAnQMKANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAdy0GAAxJAABOBQIArkIPAO65AgBIAwoAnQMKANkmAAC3nAEADJ0BAA2RDABikQwA7rkCABqPAQA8EQgAwDAPANPWAAAajwEAdy0GAAxJAABOBQIArkIPAO65AgBIAwoAnQMKANkmAAC3nAEADJ0BABqPAQBjmgIATgUCAPSqCwBVSwoAGo8BAG+PAQDvYgMARGMDAIVuDABOBQIADZEMAMAwDwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAFOgDAALOw8AYDsPAL+UAQAUlQEAaZUBAOYYAQDiFQgAPRgAALdIAABOBQIAq/ENAA06DgBV8wwAqUsLAP5LCwC3SAAAOG0FANN+AwBOBQIAdNULAMnVCwAe1gsARAUMAAdLAwBcSwMAsUsDAOYYAQDkwAUAt5wBAJ9cBABOsQAAa5QAAOMaAgCOuQ0AJ88JAHCPAADrvAIARw4AAE4FAgCuQg8AJ88JALdIAABOBQIArkIPANkmAABOBQIApaYJAGw8AgDmbAIAO20CALdIAAD4/AoAQhECAD63CgDAlAAATgUCAA2RDABikQwA7rkCABqPAQA8EQgAwDAPAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAPBEIAE4FAgBToAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAXj8NALM/DQAIQA0AXUANALJADQAHQQ0AXEENALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQABRw0AVkcNAKtHDQAASA0AVUgNAKpIDQD/SA0AVEkNAKlJDQD+SQ0AU0oNAKhKDQD9Sg0AUksNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAAAiLAcAJ88JAE4FAgAIlgwAXZYMAO65AgBIAwoAU6AMAAg+DwBdPg8Asj4PAAc/DwBcPw8AsT8PAHTVCwDJ1QsAHtYLANN+AwAofwMAfX8DABc8AgBOBQIAIdcHAHbXBwDL1wcAINgHAHXYBwAW5wIAa+cCAMDnAgAV6AIAl7gFAOy4BQAN5Q0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAdNULAOcMDAA8DQwARAUMAJkFDADnGAAAPBkAAEmrCwA5bwIAbDwCAEC5BgDiFQgAt0gAAPj8CgCFbgwATgUCAOMaAgA4GwIAjRsCAOIbAgD0qgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIAFeUFAE4FAgAh1wcAQgQPAJcEDwCySwIA+PwKAE39CgDiFQgAPRgAALdIAABOBQIADZEMAJERCAD4og8ATaMPAOMaAgDNhwAAksEBAIweAAAh1wcAFucCAEVZDACaWQwA71kMAERaDABOBQIAdNULAOcMDAA8DQwAIdcHAEIEDwCXBA8AOW8CALdIAAC0RQYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAC0RQYAb48BAEIRAgBOBQIADZEMANgeCQDT1gAAdNULAMnVCwAe1gsApaYJAPqmCQDPgwIAK84GAO65AgBIAwoAnQMKANN+AwBOBQIA5hgBADsZAQAzbAsAzYcAAGnkBwAchQkAb48BAEIRAgBOBQIApaYJAPqmCQAV5QUAauUFAL/lBQBnPQYAdNULAOcMDAA8DQwAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwCr8Q0AB+kPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAABe6Q0ATgUCAHTVCwDJ1QsAHtYLAOYYAQDiFQgANxYIADsZAQAXPAIAdNULAOcMDAA8DQwAdNULAMnVCwAe1gsAvOILABHjCwBm4wsA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgCuQg8A2SYAAE4FAgAh1wcAQgQPAJcEDwA5bwIAt0gAALRFBgBvjwEAQhECAE4FAgAbjwAAPrgJAJO4CQDouAkAPbkJAJK5CQDnuQkAPLoJAJG6CQCr8Q0ADToOAFXzDAAh1wcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAU6AMALJLAgAnzwkAfM8JANHPCQAm0AkAe9AJANDQCQAl0QkAetEJALLrDAA4bQUARK8MAOZsAgBHDgAAoVsDAM2HAACySwIA+PwKAAiWDAAj0AwARw4AAHaHAgBOBQIARAUMAF9JAgC0SQIACUoCALecAQAMnQEAPmELAJNhCwDoYQsAjL8JACPQDABHDgAAdocCAEwJAAChCQAAq/ENAA06DgBV8wwAU6AMAGnkBwA8EQgAFzwCAGNFAgBHDgAA670BAPsBAwDLMgIAt5wBAAydAQA+YQsAk2ELAOhhCwA8EQgA2B4JAOYYAQDkwAUAGo8BAG+PAQBMCQAAoQkAAKvxDQANOg4AVfMMAFOgDABp5AcAPBEIABc8AgBjRQIARw4AAOu9AQD7AQMAAAAAAEwJAAChCQAAq/ENAA06DgBV8wwAU6AMAGnkBwA8EQgAFzwCAGNFAgBHDgAA670BAPsBAwCuQg8A6bcJAE4FAgAh1wcAnA4AAFpHCQCvRwkABEgJAFlICQBOBQIAVQAAALdIAAC0RQYAb48BAEIRAgBOBQIAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDABWLCgBqiwoArkIPAOm3CQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgANkQwA2B4JAOYYAQDkwAUAGo8BAG+PAQBOBQIAIdcHAJwOAABaRwkAr0cJAARICQBZSAkATgUCAM/RCQAk0gkAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1wcAjB4AAOEeAAA2HwAAix8AAOAfAAD7AQMARw4AAE4FAgCr8Q0AB+kPAGFJAAC2SQAAC0oAAGBKAAC1SgAACksAAF9LAAC0SwAACUwAAH7LCwDTywsA+6ENAFCiDQClog0A+qINAE+jDQCuQg8A6bcJAE4FAgAIlgwAI9AMAEcOAAC3nAEADJ0BAD5hCwCTYQsA6GELAOi/AgAAAAAAt5wBAEcOAAB2hwIAy4cCALJLAgD4/AoAQrwBAAAAAAAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBCvAEAAAAAAFz2AgCx9gIAVvwCAOy4BQD1/gsASv8LAJ//CwD0/wsASQAMAJ4ADADzAAwASAEMAFr3AwCv9wMABPgDAFn4AwCu+AMAA/kDAFj5AwCt+QMAAvoDAFf6AwCs+gMAAfsDAFb7AwCr+wMAAPwDAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA1xwMAiscDAN/HAwA0yAMAicgDAN7IAwAzyQMAhcwDANrMAwAvzQMAhM0DANnNAwAuzgMAg84DANjOAwAtzwMAgs8DANfPAwAs0AMAgdADANbQAwAr0QMAgNEDANXRAwBCEQIA+wEDAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDjGgIAzYcAAEcOAACfBwQA9AcEANrCDQCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNAOHFAwA2xgMAowUCAPgFAgBNBgIAogYCANQdDgDWzwQAK9AEAIDQBADV0AQAKtEEAH/RBADU0QQAKdIEAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBANPWAACMvwkAGo8BAGOaAgDawg0Al7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQA/uwUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwA3xQMAKNEGAH3RBgDS0QYAJ9IGAHzSBgDR0gYAFucCAGvnAgBOsQAAVQAAAIQiBADLMgIAibwPAN68DwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICAC3DDwA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwA9GAAAkhgAANPWAABrlAAAwJQAABbpAADC5QIAgsMPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAPBEIANgeCQBrlAAARw4AAKFQDgCSGAAAEUMBAPj8CgCrUwEALcYMAP/8AwB2hwIA+PwKAIVuDAAW6QAAwuUCAB0uCgCXuAUAPr8CAJO/AgDovwIAPcACAKMFAgD4BQIATQYCAKIGAgDmGAEAVQAAAFVLCgAXPAIAt0gAAPj8CgCFbgwAFukAAMLlAgC3nAEAn1wEAPRcBABVAAAAFz4AAMsyAgAZ1w8AGo8BAOMaAgDlvgYAbDwCADlvAgDTfgMATgUCAEQFDACZBQwA7gUMAEMGDAC3nAEADJ0BAFGrAwCmqwMAwDAPADwRCAD7AQMA0XcMAHcsBwDMLAcAIS0HAE4FAgAh1wcA3x4CAM2HAAA5bwIAY0UCABXlBQBOBQIArkIPAOMaAgAxzQEABvQFANbNBgC3SAAATgUCAKMFAgByLwkAxy8JAEgKAwCdCgMAisAKADwZAAAXPgAATgUCANPWAAAo1wAAbDwCAHN9DwDIfQ8A8AYJAEUHCQBOBQIAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIAdNULAE9XBACkVwQAt5wBANrCDQDmGAEA4hUIAD0YAAC3SAAAzYcAALJLAgC0RQYAIiwHAOm3CQD7AQMAt5wBAJ9cBAD0XAQAVQAAABc+AABOBQIAt5wBAJ9cBAD0XAQASV0EAJ5dBADzXQQASF4EAJ1eBADyXgQAR18EAJxfBADxXwQAmAYMAO0GDABCBwwAlwcMAE4FAgC3nAEAn1wEAPRcBABJXQQAnl0EAPNdBABIXgQAnV4EAPJeBABHXwQAnF8EAPFfBACYBgwA7QYMAEIHDACXBwwAuEYBAA1HAQCXWg4A7FoOAEFbDgC3nAEA034DAE6xAADNhgEAorACANkmAAByLwkAQhECABuPAAAXPAIAY0UCABXlBQD7AQMAHjMEALCYDAAFmQwAWpkMAEizBACdswQA8rMEAEe0BACctAQA8bQEAEa1BACbtQQA9KoLAConBAAW5wIATrEAAM2GAQB3LAcAt0gAALRFBgAJRgYAXkYGALNGBgAIRwYAXUcGAPsBAwD4BAMAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEABQ9BABpPQQA4cUDABoxCgBvMQoAxDEKALNGBgAIRwYAXUcGAG0zCgAfgQoAdIEKAPcGAgAajwEAFzwCAGNFAgDwDgEAnlIPAE4FAgCXuAUAFzwCAGNFAgB61QUAsksCAPj8CgBToAwAa44GAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQDqugUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMACJYMACPQDABHDgAAdocCALecAQAMnQEAPmELAJNhCwDoYQsAjL8JACPQDABHDgAAdocCAE4FAgBToAwACD4PADwRCABOBQIA9KoLAFVLCgAXPAIAt0gAAAAAAAAAAAAAAAAAAMsyAgAAAAAAyzICAAAAAADLMgIAAAAAAE4FAgBToAwACD4PADwRCABOBQIA9KoLAFVLCgAXPAIAt0gAALLoDwAAAAAATgUCAFOgDAAIPg8APBEIAE4FAgD0qgsAVUsKABc8AgC3SAAAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwCr8Q0AB+kPAGFJAADwDgEAVQAAAFVLCgBHDgAAdocCAEIRAgAXPAIAY0UCAEcOAACfBwQA9AcEAPAOAQA1cQQAU6AMAJ1UDgAUjQkAaY0JAL6NCQATjgkApaYJAPqmCQDPgwIAK84GABc8AgA8EQgATgUCAFOgDABp5AcAvuQHABPlBwBo5QcA+PwKAIVuDADLMgIATgUCAOYYAQBMsgEA//wDAOu9AQC/lAEAb48BAEIRAgBOBQIAU6AMAGuOBgBCEQIAPrcKAOYYAQBOBQIAdNULAHctBgDMLQYADZEMAMAwDwAVMQ8A8AYJAABGDwBVRg8ARw4AAE4FAgCuQg8A6bcJAAAAAAAAAAAA+wEDAJYRAwB9zQoA0s0KACfOCgB8zgoAqUsLAEpRDwCfUQ8A9FEPAKvxDQANOg4AVfMMAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFALNBCwAIQgsAXUILAADyDQCFbgwA2m4MAC9vDACEbwwA2W8MAC5wDACDcAwA2HAMAC1xDAANkQwAETQQAGuUAACr8Q0ADToOAFXzDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwA3xQMAjMUDAOHFAwAaMQoAbzEKAMQxCgCzRgYACEcGAMEvDwB3LQYA+PwKAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQDVKAIAKikCALRFBgAJRgYAXkYGALNGBgAIRwYAXUcGAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQA/uwUAlLsFAOm7BQA+vAUAk7wFACHXBwCMHgAA4R4AADYfAACLHwAA+wEDAPgEAwDBOgQAFjsEAGs7BADAOwQAFTwEAGo8BAC/PAQAFD0EAGk9BAC+PQQAEz4EAGg+BAC9PgQAEj8EAGc/BADhxQMAGjEKAG8xCgDEMQoAGTIKAG4yCgDDMgoAGDMKAEgKAwCdCgMAisAKAH8fDACBdQkAJ88JALdIAAD4/AoAq/ENAA06DgBV8wwACJYMACPQDABHDgAAa5QAALdIAADT1gAAIiwHABc8AgBKXgIATgUCAHTVCwDnDAwAPA0MABuPAABwjwAAFzwCAGNFAgB61QUAz9UFACTWBQDNhwAA4xoCALecAQAAAAAATgUCAEpeAgDhZwwAb48BAJ1gAgD7AQMA+AQDAME6BAAWOwQAazsEAMA7BAAVPAQAajwEACwnAgCBJwIAl7gFAD6/AgA4DRAAjQ0QAOINEAAvbg0A2SMDAJwOAADmGAEA4hUIAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFALNBCwAIQgsAXUILAIy/CQDTfgMAAAAAAAAAAAAAAAAAXPYCALH2AgBCvAEAAAAAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwAo0QYAfdEGANLRBgAn0gYAfNIGANHSBgDmGAEAqlAFAP9QBQBUUQUAqVEFADwRCADjGgIATgUCAOYYAQA7GQEAM2wLAIhsCwDdbAsA5hgBAKpQBQD/UAUAVFEFAKlRBQBOsQAAo7EAAPixAABNsgAAorIAAOTABQA5bwIAwS8PAM2HAABp5AcA5hgBANDYAQBwjwAAB0sDAE6xAAA+vwIAsksCALRFBgAiLAcA6bcJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAF+TDQC0kw0A6AgPAN4cBQAzHQUAiB0FAN0dBQAyHgUAhx4FANweBQAxHwUAhh8FANsfBQAwIAUATgUCALecAQCfXAQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DABToAwAaeQHADwRCAAXPAIAY0UCAEcOAADrvQEAF9sNAF72AAC8PgUAI9AMAEcOAAB2hwIA8a8JAEawCQCbsAkA8LAJAEWxCQCasQkA77EJAESyCQCZsgkA7rIJAFOgDAAIPg8A034DAE4FAgCuQg8A2SYAAE4FAgCr8Q0AB+kPAGFJAAC2SQAAVQAAAPAGCQDWzQYAGo8BAJcGDQByLwkAa5QAADwRCABOBQIA5hgBAKpQBQD/UAUAVFEFAKlRBQBNAAgACJYMACPQDABHDgAAdocCAAiWDAAj0AwARw4AAHaHAgBOBQIAjL8JANN+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANrLBAAvzAQAD5IJAGSSCQC5kgkADpMJAGOTCQC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQC2lQkAC5YJAGCWCQC1lgkACpcJAOHFAwAaMQoAbzEKAMQxCgAZMgoAbjIKAMMyCgAYMwoArkIPAHcsBwDMLAcA2XMIAC50CACDdAgA2HQIAC11CACCdQgATgUCAKvxDQC0RQYACUYGAF5GBgA8EQgATgUCAK5CDwAnzwkA034DAEcOAACfBwQA9AcEAJ9cBADVKAIARw4AAJ8HBAD0BwQA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNAOHFAwAaMQoAbzEKAMQxCgAZMgoAbjIKAMMyCgAYMwoArkIPAHcsBwDMLAcA2XMIAC50CACDdAgA2HQIAC11CACCdQgATgUCAKvxDQC0RQYACUYGAF5GBgA8EQgATgUCAK5CDwAnzwkA4cUDABoxCgBvMQoAxDEKABkyCgBuMgoAwzIKABgzCgCuQg8AdywHAMwsBwDZcwgALnQIAIN0CADYdAgALXUIAIJ1CABOBQIAq/ENALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQAXPAIAwS8PAGOaAgAMnQEAYZ0BANN+AwDVKAIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAP1TBADjuA4AWewPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAMsvBQAgMAUAdTAFAMowBQAfMQUAdDEFAMkxBQAeMgUAczIFAMgyBQDmGAEAqlAFAP9QBQBUUQUAqVEFAAAAAADwDgEANXEEAFOgDACdVA4AFI0JAGmNCQC+jQkAE44JAKWmCQD6pgkAz4MCACvOBgAXPAIAPBEIAE4FAgBToAwAaeQHAL7kBwAT5QcAaOUHAPj8CgCFbgwAyzICAE4FAgDmGAEATLIBAP/8AwDrvQEAv5QBAG+PAQBCEQIATgUCAFOgDABrjgYAQhECAD63CgDmGAEATgUCAHTVCwB3LQYAzC0GAA2RDADAMA8AFTEPAPAGCQAARg8AVUYPAEcOAABOBQIArkIPAOm3CQAAAAAAnlIPADhtBQCNbQUA4m0FADduBQCMbgUA4W4FAPAOAQA1cQQAU6AMAJ1UDgAUjQkAaY0JAL6NCQATjgkApaYJAPqmCQDPgwIAK84GABc8AgA8EQgATgUCAFOgDABp5AcAvuQHABPlBwBo5QcA+PwKAIVuDADLMgIATgUCAOYYAQBMsgEA//wDAOu9AQC/lAEAb48BAEIRAgBOBQIAU6AMAGuOBgBCEQIAPrcKAOYYAQBOBQIAdNULAHctBgDMLQYADZEMAMAwDwAVMQ8A8AYJAABGDwBVRg8ARw4AAE4FAgCuQg8A6bcJAAAAAABEBQwAmQUMAPsBAwAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAIdcHAHbXBwDL1wcASQgEAJ4IBADzCAQASAkEAJ0JBAAvbg0AAAAAAAAAAABHDgAAAAAAAAAAAADaywQAsfIGAAbzBgBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwDhxQMAGjEKAG8xCgDEMQoAs0YGAAhHBgBdRwYA+wEDAM0uBAAiLwQAdy8EAMwvBAAhMAQAdjAEAMswBAAgMQQAMm8JAIdvCQDcbwkAMXAJAIZwCQAh1wcAnA4AAFpHCQCvRwkABEgJAFlICQBOBQIAU6AMANkmAAC3SAAA+PwKAIVuDABvjwEAQhECAE4FAgCr8Q0ADToOAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA7rYFAEO3BQCYtwUA7bcFAEK4BQAbjwAAcI8AAAdLAwAG+AEATgUCACHXBwCcDgAAWkcJAK9HCQAESAkAWUgJAPsBAwDNhwAABvgBABc8AgBjRQIAt0gAADhtBQCNbQUAa5QAAEcOAABVAAAA8AYJAEUHCQAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIA+PwKAIVuDAAW6QAAwuUCAHvPCgDQzwoAJdAKAM/VBQAk1gUAedYFAM7WBQAj1wUAeNcFAM3XBQAi2AUAd9gFAMzYBQAh2QUAdtkFAMvZBQAg2gUAddoFAMraBQAf2wUAdNsFAMnbBQAe3AUAc9wFAMjcBQAd3QUAct0FAMfdBQAc3gUAcd4FAMbeBQAb3wUAcN8FAMXfBQAa4AUAb+AFAMTgBQAZ4QUAbuEFAM2HAAAiiAAA7V8IAEJgCAA8EQgATgUCAKvxDQAH6Q8AYUkAAOYYAQDkwAUAOcEFAE4FAgClpgkA+qYJALdIAAA4bQUAjW0FAGuUAABHDgAATgUCAPSqCwDMeg4ARQcJAE4FAgClpgkA+qYJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQCfXAQAT1cEAEyyAQB3LQYAzC0GANPWAACMvwkAGo8BAE6xAADtXwgATgUCAHTVCwDnDAwAPBEIAByFCQD//AMA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBekg8AhW4MABbpAADC5QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBekg8AhW4MABbpAADC5QIAa5QAADwRCAAchQkA//wDAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCoUQYA/VEGAFJSBgCnUgYA/FIGAFFTBgCmUwYA+1MGAM0uBAAiLwQAdy8EAMwvBAAhMAQAdjAEAMswBAAgMQQAdTEEAMoxBAAfMgQAdDIEAMkyBAAxzQEAhs0BANvNAQAwzgEAhc4BALTsCQAJ7QkAXu0JALPtCQAI7gkAXe4JALLuCQAH7wkAXO8JALHvCQAG8AkAW/AJALDwCQAF8QkAWvEJAK/xCQAE8gkAWfIJAK7yCQDNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCoUQYA/VEGAFJSBgCnUgYA/FIGAFFTBgCmUwYA+1MGAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAMsvBQAgMAUAdTAFAMowBQAfMQUAdDEFAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNAPSqCwDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKAG/bCgDE2woASAoDAJ0KAwCKwAoAfx8MAIF1CQAnzwkAt0gAAPj8CgCr8Q0ADToOAFXzDAAIlgwAI9AMAEcOAAB7zwoA0M8KABXlBQBq5QUAv+UFAGc9BgAh1wcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBToAwA09YAAIImAgC3SAAATgUCANPWAACCJgIACucOAF/nDgBEBQwAmQUMAO4FDABDBgwA9KoLAFVLCgBHDgAA670BAL+UAQDjGgIAt5wBANrCDQCr8Q0ADToOAFXzDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAApaYJAPqmCQAV5QUAauUFAL/lBQBnPQYAIdcHAIweAADhHgAANh8AAIsfAADgHwAAXvYAAKWjDABU/QMAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAEVbCgDJ1QsAHtYLAOMaAgDlvgYAOr8GAI+/BgDkvwYAPRgAAE4FAgAh1wcAQgQPAJcEDwCySwIAGo8BAE9XBADiFQgAIiwHACfPCQC3SAAA+PwKAIVuDAAW6QAAwuUCAIVrDwC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgBtMwoAwjMKABc0CgBsNAoAwTQKABY1CgBrNQoAwDUKABU2CgBqNgoAvzYKABQ3CgBpNwoAvjcKACHXBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgByLwkAxy8JABwwCQCuQg8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAQrwBABuPAABwjwAAB0sDAAb4AQBfkw0AtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0AsZYNAAaXDQBblw0AsJcNAAWYDQBamA0A5LwJAKOoCQD1qwkASqwJAJ+sCQD0rAkA4cUDABoxCgBvMQoAxDEKABkyCgBuMgoAwzIKABgzCgCuQg8AdywHAMwsBwDZcwgALnQIAIN0CADYdAgALXUIAIJ1CABOBQIAq/ENALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQCyRwYAB0gGAFxIBgCxSAYAr5gNAASZDQBZmQ0ArpkNAAOaDQBYmg0ArZoNAAKbDQBXmw0ArJsNAOHFAwAaMQoAbzEKAMQxCgCzRgYACEcGAMYtDACMHgAA2R8HANrCDQDWzQYAt0gAALRFBgAiLAcA6bcJALdIAAC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgCyRwYAB0gGAFxIBgCxSAYAa5QAAMCUAAAW6QAAwuUCAOwRAgC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgCyRwYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAJwOAABaRwkAr0cJAARICQBZSAkAxDkCAHcsBwDMLAcAIS0HAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAIQcCgDAlAAAFukAAMLlAgA9GAAAkhgAACnOCAB+zggA084IACjPCAB9zwgA0s8IAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAKvxDQC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgBtMwoAHtUMAP6kBwBTpQcAqKUHAP2lBwBSpgcAp6YHAPymBwBRpwcAU6AMANkmAAC3SAAA+PwKAIVuDAAh1wcAjB4AANkfBwDawg0A1s0GALdIAAC0RQYAIiwHAOm3CQBOBQIAqUsLAEpRDwCfUQ8A9FEPANkjAwCHwwoA3MMKADHECgCGxAoA28QKADDFCgAOlgYAY5YGALiWBgANlwYAYpcGALeXBgAMmAYAYZgGALaYBgALmQYAnrAGAPOwBgBIsQYAnbEGAPKxBgBHsgYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAKvxDQANOg4AdywHAFVLCgC3nAEADJ0BAGGdAQDTfgMA+wEDAAAAAABOBQIAq/ENABBDAgBlQwIAukMCAC9uDQAh1wcAes4MABqPAQB3LQYAzYcAAOMaAgC3nAEA2sINACHXBwCMHgAA4R4AADYfAACLHwAA4B8AANp0BgBOBQIAowUCAKycDAABnQwAVp0MAKvxDQC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgD7AQMASAoDAJ0KAwCKwAoAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0AIdcHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAKhRBgAQjQ0AZY0NALqNDQAXPAIAgXUJAByADgCfXgIAwJQAAH7LCwDTywsAFzwCAGNFAgB61QUAz9UFACTWBQDNhwAA4xoCALecAQDawg0Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANN+AwD7AQMAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgA5wwMAFzwCAGNFAgC4RQIAmgAQAEcOAACMHgAA5roJADu7CQCQuwkA5bsJADq8CQCPvAkA/VEGAFJSBgCnUgYA/FIGAFFTBgCmUwYA+1MGANkjAwCcDgAAWkcJAK9HCQAESAkAWUgJAE4FAgCpSwsASlEPAJ9RDwD0UQ8Ar5gNAASZDQA+sRAAk7EQAOixEAA9shAAkrIQAOeyEAA8sxAAkbMQAOazEAA7tBAABPgDAFn4AwCu+AMAA/kDAFj5AwCt+QMAAvoDAFf6AwAIlgwAI9AMAEcOAADjGgIA5b4GADq/BgCPvwYA5L8GADnABgDGLQwA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgC+5QYAMc0BAEcOAADPMAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGABCNDQBljQ0Auo0NAE4FAgDmGAEA5MAFANN+AwBOBQIARAUMAJkFDADuBQwAQwYMAOMaAgCCbg8AU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCXuAUA7LgFAPX+CwBK/wsAn/8LAPT/CwBJAAwAngAMAPMADABIAQwAnQEMAPIBDACpSwsARw4AAHaHAgDLhwIA4xoCALecAQCfXAQA//wDAN8eAgA1aQwAci4KAA06DgBV8wwAdNULAFUAAAAiiAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGABCNDQBljQ0Auo0NAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgCOuQ0AIiwHALdIAABHDgAAdocCADhtBQBErwwAc30PAE4FAgCjBQIAFzwCAIF1CQDmGAEATgUCAEK8AQBe9gAA+wEDAPgEAwCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAIlgwAXZYMALKWDAAHlwwApaYJAH7LCwDTywsATgUCAK5CDwAnzwkAt0gAAE4FAgCuQg8A2SYAAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQDjGgIA5b4GADq/BgCPvwYA5L8GADnABgDGLQwATgUCAKvxDQANOg4AVfMMAKvxDQDNhwAA+qcIAEpeAgBOBQIAq/ENAAg+DwDTfgMATgUCAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAALZJAAALSgAAa5QAADwRCABOBQIA4xoCAOW+BgA6vwYAj78GAOS/BgA5wAYAt5wBAM2HAACSwQEAdocCALRFBgBOsQAARw4AAIweAADNhwAAOW8CAE6xAADtXwgAyzICAIm8DwDevA8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgAtww8AgsMPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGABCNDQBljQ0Auo0NAAAAAABVAAAA8AYJAABGDwBHDgAAjB4AAM2HAAA5bwIATrEAAO1fCABVAAAAfSsCAMsyAgCJvA8A3rwPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAKhRBgAQjQ0AZY0NALqNDQC3nAEAn1wEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAFYsKAIweAADhHgAAFukAAMLlAgD7AQMAt0gAADhtBQBErwwA5mwCAEcOAABVAAAAVUsKABc8AgC3SAAA+wEDALdIAAA4bQUARK8MAOZsAgBHDgAAVQAAAFVLCgAXPAIAt0gAAPsBAwCEHAoAwJQAABbpAADC5QIAzS4EACIvBAB3LwQAzC8EACEwBAB2MAQAyzAEACZ6CgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAAfQKAFb0CgCr9AoAAPUKAFX1CgCq9QoA//UKAFT2CgCp9goA/vYKAFP3CgCo9woA/fcKAFL4CgCvmA0ABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAFacDQCrnA0AAJ0NAFWdDQCqnQ0APrEQAJOxEADosRAAPRgAAPAOAQCeUg8ATgUCAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQCzQQsACEILAF1CCwAh1wcAjB4AAOEeAAA2HwAAix8AACAxBAB1MQQAyjEEAB8yBAB0MgQAyTIEAH7SBADT0gQAKNMEANUoAgAqKQIAOG0FAESvDADmbAIARw4AAFUAAABVSwoAFzwCALdIAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAKhRBgAQjQ0AZY0NALqNDQAPjg0AZI4NALmODQAOjw0AY48NALiPDQANkA0AYpANALeQDQAMkQ0AqUsLAEpRDwCfUQ8A9FEPAMHmAgA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEABsjwQAwY8EABaQBABrkAQAwJAEABWRBABqkQQAv5EEABSSBABpkgQAvpIEABOTBABokwQAvZMEABKUBABnlAQAvJQEABGVBABmlQQAu5UEABCWBABllgQAupYEAA+XBABklwQAuZcEAMIzCgA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEAD4BAMAwToEABY7BABrOwQAwDsEABU8BABqPAQAt0gAALRFBgAJRgYAXkYGALNGBgAIRwYAXUcGALJHBgAHSAYAXEgGALFIBgBICgMAa5QAANPWAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGABCNDQBljQ0Auo0NAOm3CQCSGAAA7gYLAEMHCwDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMAisAKAFOgDAD6pwgAn1wEAO65AgBIAwoARAUMAJkFDADuBgsAQwcLAEcOAABOBQIAowUCAKycDAABnQwAVp0MAKudDAB01QsAydULAB7WCwDTfgMAKH8DAH1/AwAXPAIATgUCAJe4BQCjsQAAG48AAEcOAAB2hwIA+PwKAE4FAgBEBQwAmQUMAO4GCwBDBwsAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAFeiBgCsogYAAaMGAFajBgAV5QUATgUCANPWAACMvwkAGo8BAGOaAgDawg0AqUsLAEcOAAB2hwIAy4cCAOMaAgC3nAEAn1wEAP/8AwDfHgIAGo8BAG+PAQBCEQIATgUCAFOgDABrjgYAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMAdtcHAMvXBwAg2AcAddgHAMrYBwAf2QcAdNkHAMnZBwCr8Q0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwCr8Q0AB+kPAGFJAAAIlgwAI9AMAEcOAAB2hwIAq/ENALRFBgAJRgYAXkYGALNGBgAIRwYAXUcGAG0zCgAfgQoAdIEKAPcGAgAajwEAFzwCAGNFAgCuQg8AdywHAMwsBwAhLQcATgUCAKvxDQBOsQAAVQAAAE4FAgCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwA3xQMAjMUDANPWAAAajwEAdy0GAAxJAABOBQIACJYMACPQDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIA9KoLALhGAQANRwEA7rkCABqPAQA8EQgAwDAPAMCUAAD7AQMAHjMEALCYDAAFmQwAWpkMAMHmAgBs5AQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAJ8HBAD0BwQATQAIAKIACAD3AAgATAEIAKEBCAD2AQgASwIIAKACCACy6A8A9QcDAE6xAABVAAAATgUCAPSqCwC4RgEADUcBAO65AgAajwEAPBEIAMAwDwDAlAAA+wEDAB4zBACwmAwABZkMAFqZDADB5gIAbOQEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAADwRCACREQgAc30PALdIAAC0RQYA7rkCAEgDCgAh1wcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCuQg8AFzwCAE4FAgANkQwA2B4JAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgD//AMAPBEIAEcOAABOBQIAIdcHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEO5AwCYuQMA7bkDABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0ArkIPABc8AgBOBQIADZEMANgeCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4A//wDAE4FAgAh1wcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCuQg8AFzwCAE4FAgANkQwA2B4JAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgD//AMAsugPAM0uBAByLwkAxy8JABwwCQBEBQwAmQUMAO4FDABDBgwAmAYMAO0GDABCBwwAlwcMAAAAAADNhwAA+qcIAE+oCACfXAQA+wEDABc8AgDBLw8Ab48BAEIRAgA+twoAwJQAABbpAADC5QIAa5QAAOYYAQBOsQAAPr8CACKIAADtXwgAQmAIAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAMLlAgAxzQEARw4AAPsBAwDZIwMAh8MKANzDCgAxxAoAhsQKANvECgAwxQoAL24NAPgEAwDBOgQAFjsEAGs7BADAOwQAFTwEAGo8BACzQQsACEILAMcuCgAcLwoAcS8KALNGBgAIRwYAXUcGAG0zCgCr8Q0ADToOADwRCADAMA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwAH6Q8AYUkAAMaLAwAbjAMAcIwDAMWMAwAajQMAb40DAMSNAwAZjgMAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0Al7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwBToAwAsksCALvhDQAH6Q8AGo8BAP/8AwBU/QMA5hgBADsZAQDmGAEA4hUIAD0YAAArIAoAgCAKANUgCgAleQwAenkMAOYYAQDkwAUAOW8CAEpeAgCfXgIAPBEIAE4FAgANkQwAwDAPAM2HAABdlgwAspYMAAeXDABclwwAsZcMAAaYDABbmAwASVQNAAg+DwA8EQgATgUCAHTVCwDnDAwAPA0MAACeDABikQwA//wDAOFzAADjGgIAt5wBANrCDQA8EQgATgUCABuPAABwjwAAt0gAALRFBgBjmgIATgUCAKvxDQC0RQYACUYGAF5GBgA8EQgATgUCAKWmCQD6pgkAt0gAADhtBQC3nAEAn1wEAPRcBADjFwUATrEAAMsyAgAtww8AgsMPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGABCNDQBljQ0Auo0NABnXDwCMHgAA4R4AADYfAACLHwAA4B8AADwRCADAMA8AzYcAAGnkBwD7AQMA2B4JANPWAAA9GAAA+wEDAIy/CQAj0AwARw4AAHaHAgC3nAEADJ0BADYUCwCLFAsA4BQLADUVCwDwBgkARQcJABbpAADC5QIA0XcMAHcsBwDMLAcAIS0HAE4FAgAbjwAAcI8AAAdLAwAG+AEATgUCACHXBwCcDgAAWkcJAK9HCQAESAkAIdcHAEIEDwCXBA8AsksCABuPAABHDgAATgUCAIy/CQA1aQwA1s0GAEpeAgCfXgIAPBEIANgeCQB3LAcAzCwHANlzCAAudAgAg3QIANh0CAAtdQgAgnUIANd1CAAsdggAgXYIANZ2CAArdwgAgHcIANV3CAAqeAgAf3gIANR4CAApeQgAfnkIANN5CAAoeggAfXoIAMKKCAAXiwgAbIsIAMGLCAA8EQgATgUCAK5CDwAnzwkAt0gAAE4FAgDT1gAAgiYCABqPAQB3LQYAtEUGAG+PAQBCEQIATgUCAKMFAgCsnAwAFzwCAE4FAgCuQg8AdywHAMwsBwDZcwgALnQIAIN0CADYdAgALXUIAEUHCQBsPAIAsksCALRFBgAiLAcA6bcJALdIAAC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgCyRwYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAEUNAwDQ2AEAt0gAAM2HAACySwIA+PwKAK5CDwB3LAcAzCwHANlzCAAudAgAg3QIANh0CAAtdQgAgnUIAE4FAgCr8Q0AtEUGAAlGBgBeRgYAPBEIAE4FAgCuQg8AJ88JALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQAzbAsAHIUJAJhaDQDTfgMATgUCAJe4BQDsuAUA9f4LAHCPAAC3SAAA+PwKAPUHAwC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgBtMwoA09YAAIImAgAajwEAdy0GALRFBgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAIy/CQAj0AwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAP6kBwAAAAAAt5wBAPsBAwBICgMAnQoDAIrACgAIlgwAI9AMAEcOAAB2hwIARw4AAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQB01QsAydULAB7WCwC84gsAEeMLAGbjCwD0qgsAVUsKAKpLCgBQAgMApQIDAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDLLwUAFzwCAGNFAgB61QUAsksCAPj8CgAh1wcAjB4AAEcOAADrvQEAv5QBACIsBwC3nAEAt5wBAE4FAgAIlgwAI9AMAEcOAAB2hwIAXvYAAKWjDADaywQAq/ENADhtBQCNbQUAa5QAADwRCABOBQIAowUCAKycDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADTfgMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAAO4GCwBDBwsARw4AANkmAAA5xQEAjsUBAOPFAQDAMA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAF+TDQC0kw0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDAClpgkA+qYJAHrVBQDP1QUAJNYFAE4FAgBToAwACD4PANN+AwBOBQIAl7gFAOy4BQBBuQUAIs8OAHfPDgAiiAAAFI0JAE4FAgD0qgsAVUsKABqPAQBvjwEAsksCAEcOAAD7AQMASAoDAJ0KAwCKwAoA38AKAIweAADhHgAANh8AAIsfAADgHwAA2nQGAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCjBQIArJwMABc8AgBOBQIAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMARw4AAIweAADhHgAANh8AAIsfAADgHwAA2nQGAC91BgDhHgAAFukAAMLlAgCMHgAA4R4AABbpAADC5QIAr5gNAASZDQBZmQ0ArpkNAAOaDQBYmg0ArZoNAAKbDQBXmw0ArJsNANUoAgAXPAIAY0UCALhFAgCaABAARw4AAIweAACq8wwAX0kCADXCCACKwggATgUCACHXBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgCMvwkAI9AMACfPCQBHDgAAjB4AAMMwDAC9NgwAFzwCAMEvDwDuuQIASAMKAJ0DCgDLMgIAibwPAMCUAAAW6QAAwuUCAMsyAgA9GAAAa5QAALdIAADT1gAAIiwHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCAK+YDQAEmQ0AIocBAHeHAQDgZQ8AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwD4BAMAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEABQ9BABpPQQAvj0EABM+BABoPgQAvT4EABI/BABnPwQAq/ENAAfpDwBhSQAAqUsLAP5LCwA8EQgAVQAAAFVLCgAajwEAb48BAO9iAwBOBQIAG48AABc8AgC3nAEA+wEDAEwJAACMvwkA4b8JADbACQCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAAY5kDANgeCQAtHwkAgh8JANcfCQAsIAkAlGIJAA2RDACREQgAa5QAAOYYAQA7GQEAY5kDANgeCQAtHwkAgh8JANcfCQAsIAkAlGIJAA2RDACREQgAa5QAAOYYAQA7GQEAkBkBAE4FAgClpgkAfssLANPLCwD7oQ0AUKINAKWiDQD6og0Aa5QAAMCUAADmGAEATLIBAP/8AwDrvQEAv5QBACIsBwDptwkATgUCAA2RDADAMA8APRgAAAdLAwBrlAAAPBEIAE4FAgDT1gAAjL8JABqPAQBjmgIA2sINAKvxDQA4bQUA034DABqPAQBvjwEAQhECAE4FAgCr8Q0ADToOAFXzDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAAY5kDANgeCQAtHwkAgh8JANcfCQAsIAkAlGIJAA2RDACREQgAa5QAAOYYAQA7GQEADZEMABE0EABmNBAAuzQQABA1EABlNRAAujUQAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQBh6wgAIiwHAP6kBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAB4zBACwmAwABZkMAFqZDAA5Dw0AjL8JABqPAQBjmgIA2sINAKMFAgAuJwAAt0gAAE6xAADtXwgAGo8BAG+PAQBCEQIATgUCACHXBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABToAwAc30PABqPAQBOBQIA7rkCAEgDCgCdAwoAxi0MAL+UAQAiLAcA6bcJAPsBAwAajwEAY5oCANrCDQA9GAAAkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgBCvAEAc9gJAMjYCQAd2QkActkJAMfZCQAc2gkAAAAAAFz2AgCx9gIARAUMAJkFDADnGAAA+qkGAE+qBgA7DwsAkA8LAOUPCwCjBQIAci8JAMcvCQAcMAkArkIPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgCpSwsA/ksLAFNMCwCoTAsA/UwLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAH7LCwDTywsAAAAAADwRCADYHgkALR8JAIIfCQDXHwkALCAJAKpMCQD/TAkAVE0JAKlNCQD+pAcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIAyzICABnXDwCcDgAAWkcJAJgGDAByLwkARlYOAJ1gAgBOBQIAU6AMAGuOBgDuuQIAQ7oCAJi6AgCfXAQAPBEIAE4FAgANkQwA2B4JAC0fCQCCHwkA1x8JACwgCQCUYgkAqUsLAP5LCwDuuQIAGo8BABc8AgCBdQkA6bcJAOYYAQDiFQgAPRgAANPWAAAiLAcAFzwCAEpeAgDhZwwAb48BAEIRAgBOBQIAl7gFAOy4BQBBuQUAIs8OAHfPDgDMzw4AIdAOAHbQDgDL0A4ATgUCAKWmCQB+ywsA08sLACjMCwB9zAsA0swLACfNCwD1pw0ASqgNADhtBQBErwwAsksCAPj8CgBCEQIATgUCAHTVCwDnDAwAPA0MAKlLCwAajwEAdy0GAAxJAABhSQAAxosDAE4FAgBEBQwAmQUMAO4FDABDBgwApaYJAH7LCwDTywsA+6ENAFCiDQClog0A+qINAE+jDQCuQg8AFzwCAE4FAgDmGAEATLIBAP/8AwDPMAAAzYYBAKKwAgDZJgAAci8JAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAHrVBQCySwIA+PwKAA2RDADYHgkALR8JAIIfCQDXHwkALCAJAJRiCQD0qgsAuEYBAA1HAQDuuQIAGo8BADwRCADAMA8AIiwHACIsBwC3SAAAt5wBANrCDQBHDgAA670BAE4FAgANkQwA2B4JAC0fCQCCHwkA1x8JACwgCQCUYgkARAUMAJkFDADuBQwAQwYMAJgGDADtBgwAQgcMAJcHDAANkQwA2B4JAC0fCQCCHwkA1x8JACwgCQCUYgkAqUsLAP5LCwA8EQgAVQAAAFVLCgAajwEAb48BANbNBgArzgYAgM4GANXOBgAqzwYAf88GANTPBgAp0AYAftAGANPQBgAajwEAzYcAAPqnCABOBQIAq/ENAE6xAABVAAAA+wEDAE4FAgDjuA4AWewPAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQBe9gAAAAAAANrLBAAOOA8ArJwMABc8AgC3SAAAtEUGAO65AgBIAwoA2R8HANN+AwBOBQIApaYJAPqmCQBPpwkApKcJAPmnCQBOqAkATgUCAHTVCwD4BAMAwToEABY7BABrOwQAwDsEABU8BABqPAQAvzwEABQ9BABpPQQAvj0EABM+BABoPgQAvT4EABI/BABnPwQAHjMEANbNBgArzgYAgM4GANXOBgAqzwYAf88GANTPBgAp0AYAftAGANPQBgBICgMAnQoDAMWIBwDjuA4Aa5QAAKtTAQAtxgwA//wDAHaHAgC0RQYAb48BAEIRAgBOBQIADZEMANgeCQDmGAEA5MAFABqPAQBh6wgAtusIAAvsCABg7AgAtewIAArtCABf7QgAtO0IAAnuCABe7ggAs+4IAAjvCABd7wgAsu8IAAfwCABc8AgAsfAIABc8AgBjRQIAuEUCAJoAEABHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAAAbjwAAcI8AAAdLAwAG+AEA+wEDAAAAAADjGgIAt5wBANrCDQCr8Q0ADToOAFXzDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUAs0ELAAhCCwBdQgsAq/ENAE6xAABVAAAA+wEDAAAAAAC3nAEARw4AAPsBAwAAAAAAIdcHAOu9AQBAvgEA+wEDAAAAAAA9GAAAPRgAAGuUAADWzQYAt0gAALRFBgAiLAcA6bcJAE4FAgClpgkA+qYJAE+nCQCkpwkA+acJAE6oCQDEhwkAt0gAALRFBgAJRgYAXkYGADwRCADYHgkAJ88JAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAJHYQAFVLCgCqSwoA/0sKAF72AAC8PgUAI9AMAEcOAAB2hwIAF9sNAKWmCQD6pgkAetUFAM/VBQAk1gUATgUCAA2RDACREQgA+KIPAE2jDwDjGgIAzYcAAJLBAQCMHgAAIdcHAIweAADhHgAANh8AAIsfAADgHwAANSAAAFOgDACySwIAG48AALecAQA8EQgATgUCAEQFDACZBQwA7gUMAEMGDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUAs0ELAAhCCwBdQgsAFzwCAGNFAgC4RQIAmgAQAEcOAACMHgAAwDAPAMCUAAAW6QAAwuUCAGuUAADAlAAAFukAAN4XCgAzGAoA5xgAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwAo0QYAfdEGANLRBgAn0gYAfNIGANHSBgAAAAAAAAAAAFz2AgCx9gIAVvwCAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAN8UDAIzFAwAo0QYAfdEGANLRBgAn0gYAfNIGANHSBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADC5QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAF6SDwCzkg8ACJMPAF2TDwCykw8AB5QPAFyUDwCxlA8AX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNACIsBwBHDgAATgUCAKlLCwBKUQ8An1EPAPRRDwAAAAAAAAAAAAAAAAD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEALcYMACIsBwDptwkATgUCAKWmCQD6pgkAT6cJAKSnCQD5pwkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACABE0EABwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAU6AMAOMaAgBCEQIAPrcKANkfBwDawg0AjL8JAD0YAABrlAAAq1MBAC3GDAAAAAAAPRgAAE4FAgClpgkA+qYJAIy/CQAbjwAARw4AAOFzAABp5AcARw4AAOu9AQC/lAEAIiwHAOm3CQBrlAAApaYJAMEvDwCXBg0Aci8JABuPAAC3SAAAzYcAALJLAgAAAAAAIiwHAE4FAgClpgkA+qYJAM+DAgAkhAIARw4AAOFzAABp5AcAPRgAAJIYAAD7AQMAhBwKANkcCgAuHQoAgx0KANgdCgAtHgoAgh4KANceCgAsHwoAgR8KANYfCgBrlAAA1s0GACvOBgCAzgYA1c4GACrPBgB/zwYA1M8GACnQBgB+0AYA09AGAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAASPwQAZz8EAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAASPwQAZz8EAE4FAgCr8Q0AtEUGAAlGBgBeRgYAPBEIAE4FAgCuQg8AJ88JALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQBOBQIAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQA/uwUAlLsFAOm7BQA+vAUAk7wFABnXDwCcDgAAWkcJAK9HCQAESAkAWUgJALdIAAC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgCyRwYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAOHFAwAaMQoAbzEKAMQxCgAZMgoAbjIKAMMyCgAYMwoASAoDAJ0KAwCKwAoA38AKADTBCgCJwQoA3sEKADPCCgCjBQIAci8JAMcvCQAcMAkArkIPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIA+qcIANrCDQDAlAAAFukAAMLlAgAiLAcAIiwHALecAQBOBQIAq/ENALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQC3SAAATgUCANPWAACMvwkAGo8BAGOaAgDawg0A09YAAIImAgAajwEAdy0GALRFBgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIAU6AMAAg+DwBdPg8ArkIPAHcsBwDMLAcAIS0HAE4FAgCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAd3sNAMx7DQAhfA0AdnwNAMt8DQAgfQ0AdX0NAMp9DQAsJwIAgScCAKWmCQD6pgkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAq/ENALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQC3SAAATgUCAFOgDADZJgAAt0gAAPj8CgCFbgwA2sINAMCUAAAW6QAAwuUCAIVrDwC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgDbbwoAMHAKAIVwCgDacAoAL3EKAIRxCgDZcQoALnIKAINyCgDYcgoALXMKAF72AADT1gAAgiYCABqPAQB3LQYAlhICABc8AgBjRQIAetUFALJLAgD4/AoAnVQOAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BADwRCADjGgIATrEAAE4FAgCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwCuQg8A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BADwRCADjGgIATrEAAE4FAgCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwCpSwsAxyoOAABUAQBVVAEAyNUMAB3WDABy1gwAx9YMABzXDADT1gAAjL8JADVpDAA9GAAATgUCAKvxDQA4bQUA034DABqPAQBvjwEAQhECAE4FAgCr8Q0ADToOAFXzDACXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQBHDgAATgUCAJe4BQDsuAUA9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACdAQwA8gEMAFOgDACdVA4AAAAAABuPAAAajwEAFzwCAGNFAgAV5QUATgUCAKMFAgAXPAIAgXUJAOYYAQBOBQIAq/ENAAfpDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA034DABqPAQBvjwEAQhECAE4FAgANkQwAkREIAPiiDwBNow8A4xoCAM2HAACSwQEAjB4AAHd7DQCdVA4AAAAAABuPAAAajwEAFzwCAGNFAgBToAwAa44GAKWmCQD6pgkARw4AAJwOAAAnzwkAFzwCAE6xAABrlAAAowUCABc8AgCBdQkA5hgBAE4FAgB01QsAdy0GAEcOAABOBQIA9KoLALhGAQDBLw8AT1cEAOTABQA5bwIA034DAE4FAgCjBQIA+AUCACKIAAAUjQkAxDkCABc8AgDTfgMATgUCAK5CDwAXPAIATgUCACHXBwCcDgAAJ88JABc8AgBOsQAAPRgAAGuUAACrUwEA+wEDAPUHAwC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgBtMwoAU6AMAJ1UDgAAAAAAG48AABqPAQAXPAIAwS8PAG+PAQBCEQIATgUCAFOgDABrjgYAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMAa5QAALdIAADNhwAAaeQHADwRCAAXPAIAwS8PAG+PAQDZJgAArJwMAE4FAgCpSwsA/ksLAFNMCwARQwEA2SYAAKycDAABnQwAVp0MAKudDADNhwAAGo8BANUoAgDNhwAA/50NAKf4CgD8+AoAb48BAOcYAAD6qQYAT6oGADsPCwCQDwsA5Q8LADoQCwCPEAsA5BALAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEA//wDAOMaAgCCbg8AjL8JAM2HAADuuQIAGo8BAG+PAQAA8g0ATf0KAKL9CgD3/QoATP4KAKH+CgD2/goAS/8KAKD/CgD1/woASgALAJ8ACwD0AAsASQELAGKRDABxhQkAxoUJABuGCQAbjwAAPBEIAKWmCQD6pgkAetUFAGnkBwBOBQIAG48AADwRCAAAAAAAIiwHAE4FAgCr8Q0AtEUGAAlGBgBeRgYAs0YGAAhHBgCMvwkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAIiwHABc8AgBKXgIA1SgCAEIRAgA+twoAk7cKAOi3CgA9uAoAkrgKAOe4CgBjRQIARw4AAOu9AQCMHgAARw4AAPsBAwBCEQIAPrcKAJO3CgDotwoAPbgKAJK4CgDnuAoAPLkKAJG5CgDmuQoAO7oKAJC6CgCjBQIArJwMABc8AgCuQg8AFzwCAE4FAgAh1wcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAARAUMAJkFDADuBQwAQwYMAEpeAgBJrAoAkhgAANPWAACMvwkAI9AMAEcOAAB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCkqgYA+aoGAE6rBgCjqwYA+KsGAE2sBgBToAwAaeQHADwRCAAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgCsnAwAAZ0MAFadDAB3LAcAzCwHACEtBwBOBQIAq/ENAE6xAABVAAAATgUCAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAJW6BQDqugUA4sQDADfFAwCMxQMA4cUDADbGAwDNhwAAGo8BAGuUAADAlAAAFukAAMLlAgBCvAEAc9gJAMjYCQAd2QkActkJAMfZCQAc2gkAa5QAAOYYAQBVAAAAVUsKABc8AgBsPAIAOW8CANN+AwBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DAB01QsAydULAB7WCwBEBQwAX0kCALRJAgAJSgIApaYJAPqmCQBHDgAAnA4AALecAQAbjwAAt0gAALRFBgAiLAcAPBEIAMAwDwA9GAAAX0kCALRJAgAJSgIARAUMAJkFDAAXPAIATgUCACHXBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIA9KoLALhGAQANRwEA7rkCABqPAQA8EQgAwDAPAE6xAADtXwgATgUCAAiWDAAj0AwARw4AAHaHAgBOBQIAdNULAOcMDAA8DQwASl4CAEmsCgCSGAAA09YAACIsBwAcgA4AG48AAFUAAABOBQIAowUCAPgFAgBNBgIAJXkMAHp5DACiBgIAB0sDACIsBwDLMgIALcMPAO1fCADNhwAACD4PAD0YAABrlAAA2R8HAEcOAADLMgIAy88PACDQDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgBIAwoAPBEIAJERCABp5AcAPBEIABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwBICgMAX0kCALRJAgAJSgIAvuEKABPiCgBo4goAveIKABLjCgBn4woAvOMKABHkCgBm5AoAu+QKABDlCgBl5QoAuuUKAA/mCgBk5goAueYKAA7nCgBj5woATgUCAKWjDACcDgAAWkcJAK9HCQAESAkAWUgJAKX7CQBwLwsAxS8LABowCwCFbgwAFukAAMLlAgCpSwsARw4AAHaHAgDLhwIA4xoCALecAQCfXAQA//wDAN8eAgBOBQIAU6AMAGuOBgBEBQwAa5QAANPWAABOBQIAl7gFAOy4BQBBuQUAlrkFAOu5BQBAugUAlboFAOq6BQDixAMA+wEDAEK8AQBz2AkAyNgJAB3ZCQBy2QkAx9kJABzaCQBx2gkAxtoJAL/hCQAAAAAAAAAAAAAAAAC46AkADekJAGLpCQC36QkADOoJAGHqCQC26gkAC+sJAAAAAAAAAAAAYOsJALXrCQAK7AkA/VMEAP/5BgBU+gYAowUCAKycDAABnQwAVp0MAPsBAwAeMwQAczMEAEqlEACfpRAA9KUQAEmmEADNhwAA4xoCALecAQDawg0AowUCAHIvCQDHLwkAHDAJAEQFDACZBQwA7gUMAEMGDACYBgwA7QYMAEIHDACXBwwAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAPsBAwBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgByLwkAxy8JABwwCQCuQg8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIA47gOAPsBAwAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAAMEvDwBvjwEAQhECAE4FAgCr8Q0AtEUGAAlGBgBeRgYAPBEIAE4FAgCuQg8AJ88JALdIAABOBQIAU6AMANkmAAC3SAAA+PwKAIVuDAD+pAcAPr8CAJO/AgD7AQMAU6AMAPqnCABPqAgApKgIAOMaAgDlvgYAOr8GAI+/BgDkvwYAOcAGAGLsBgCXuAUA7LgFAEG5BQCWuQUA67kFAEC6BQCVugUA6roFAOLEAwA3xQMAFYsKAGqLCgBToAwAqKAMAP2gDABSoQwA2B4JANPWAAA8EQgAETQQALecAQDawg0APRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIASAoDAJ0KAwCKwAoA5hgBADsZAQAzbAsAiGwLAN1sCwAybQsARAUMAF9JAgC0SQIACUoCADwRCADmGAEAOxkBADNsCwCIbAsA3WwLADJtCwBEBQwAX0kCALRJAgAJSgIAPBEIAOYYAQA7GQEAM2wLAIhsCwDdbAsAMm0LAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwC3nAEADJ0BAFGrAwCmqwMATgUCABuPAAAXPAIAt5wBAKWmCQD6pgkARw4AAJwOAAC3nAEA7rkCAEgDCgB01QsAT1cEAKRXBAD5VwQATlgEAKNYBABOBQIAqUsLAP5LCwC3SAAAOG0FANN+AwBOBQIAowUCAKycDAAXPAIATgUCAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwAsJwIAgScCAMCRAwAVkgMAapIDAL+SAwCjBQIArJwMAAGdDABWnQwAq50MAHTVCwB3LQYAzC0GAHTVCwDJ1QsAHtYLAHPWCwBrjgYA9KoLAEmrCwCeqwsA86sLAEisCwCdrAsA8qwLAMsyAgAxzQEARw4AAJwOAADmGAEA5MAFALJLAgBOsQAA7V8IABqPAQBvjwEAQhECAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAowUCAKycDAAXPAIATgUCAPAOAQBrMg0AJHYQAHl2EABEBQwAmQUMAO4FDABDBgwA9KoLALhGAQBjRQIAuEUCAHIvCQCXrw4Aa5QAADwRCABOBQIA09YAABqPAQB3LQYADEkAAE4FAgAAAAAATgUCAK5CDwAXPAIATgUCALKUDgAAAAAATgUCAK5CDwAXPAIATgUCALKUDgAHlQ4Ad3sNAGuOBgANkQwAwDAPABUxDwDwBgkAAEYPAFVGDwDAMA8APRgAAE6xAABVAAAAqgAAAJqvCwDvrwsARLALAJmwCwDusAsA5hgBAOTABQAIPg8AA/sBAM2HAAD6pwgAT6gIACKIAABKXgIAvuUGAP+dDQA+twoACJYMAF2WDACylgwAB5cMAEQFDACZBQwA7gUMAEMGDADjGgIAgm4PAGuUAAA9GAAATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQANrCDQA8EQgAyzICAE4FAgCr8Q0AOG0FANN+AwBOBQIAq/ENAA06DgBV8wwAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAHTVCwB3LQYA+wEDAEgKAwAkdhAAeXYQAM52EAB01QsAydULAJhXEADtVxAAQlgQAJdYEADsWBAA9KoLALecAQDawg0AL8MNAJLBAQCMHgAApaYJAH7LCwDTywsATgUCAEwJAAA9GAAAJHYQAHl2EADOdhAAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQABuPAABwjwAAt0gAALRFBgAJRgYAXkYGAGuUAADAlAAAFukAAMLlAgC3nAEADJ0BAFGrAwCmqwMATgUCACHXBwB6zgwATrEAAO1fCABOBQIAowUCAHIvCQDHLwkAHDAJAOO4DgA4uQ4AQhECAD63CgDmGAEATgUCABqPAQBvjwEATgUCAFOgDAAIPg8A034DAE4FAgCuQg8A2SYAAE4FAgCr8Q0AB+kPAGFJAAC2SQAAnA4AACfPCQAXPAIATrEAAGuUAAC3nAEADJ0BAD5hCwCTYQsA6GELAOi/AgDTfgMATgUCAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAOxYEADawg0APBEIAE4FAgBCEQIAPrcKAOYYAQCr8Q0AB+kPAGFJAABCEQIAPrcKAOYYAQBHDgAATgUCAFOgDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEADZEMABc8AgDBLw8A7rkCAEgDCgCdAwoATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAowUCAKycDAAXPAIATgUCADHNAQA8EQgA4xoCAE6xAAChUA4AkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/qQHAKOxAAAveQIAhHkCANl5AgA8EQgAwDAPANkmAADZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgCooAwAt0gAALRFBgCXBg0AOcUBACKIAAAUjQkAG48AABc8AgCr8Q0ADToOAFXzDACjBQIAci8JAEZWDgCdYAIA3ckDADLKAwCHygMA3MoDADHLAwCGywMA28sDADDMAwDjGgIAgm4PAKWmCQD6pgkARw4AAJwOAAC3nAEA7rkCAEgDCgA8EQgA+wEDAD0YAACSGAAAEUMBADYdAgCyQgsAB0MLAFxDCwCxQwsAowUCAJoAEABwjwAAHoAMALdIAAC0RQYAIiwHAOm3CQC3SAAA+PwKAD0YAABHDgAAv5QBACIsBwDptwkA//wDAFT9AwClpgkA+qYJAAAAAAAbjwAAGo8BABc8AgBjRQIATgUCAKlLCwDHKg4AlAoMAOkKDAA+CwwAkwsMAOgLDAA9DAwAkgwMAA2RDAAXPAIAwS8PAO65AgBIAwoATgUCAJYSAgDrEgIAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwD7AQMAowUCAKycDAAXPAIATgUCAPSqCwA8EQgA2B4JAE4FAgB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAt5wBAAydAQBRqwMApqsDAMAwDwClpgkA+qYJAAAAAAAbjwAAGo8BABc8AgBjRQIAFeUFAE4FAgDmGAEAOxkBADNsCwCIbAsA3WwLADJtCwD0qgsAuEYBAA1HAQDuuQIAGo8BADwRCADAMA8ARw4AAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAQhECAJcRAgBOBQIAowUCAHIvCQDHLwkAHDAJAEcOAABOBQIAdNULAMnVCwAe1gsARw4AAFUAAADwBgkA1s0GANkmAAA5xQEAjsUBAOPFAQDjuA4A1SgCAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAIm+DQAHSwMAb48BAEIRAgD7AQMAPRgAAJIYAAARQwEAxowCAGgzDwAvbg0APBEIAMAwDwAVMQ8AajEPAL8xDwAUMg8AaTIPAL4yDwATMw8A+wEDAEcOAAB2hwIAOG0FAI1tBQBOsQAAt0gAAPsBAwAXPAIAY0UCAM+DAgArzgYA7rkCAEgDCgCdAwoAbDwCAOMaAgC3nAEA2sINAMMwDAAYMQwAbTEMAMIxDAAXMgwATrEAAM2GAQAXPAIAY0UCAMMwDAAYMQwAbTEMAMIxDAAXMgwAbDIMAMEyDAAWMwwAazMMAMAzDAAVNAwAajQMAH/UAQDU1AEADPECAGHxAgDawg0AwzAMABgxDABtMQwAwjEMABcyDABsMgwAwTIMABYzDABrMwwAwDMMABU0DABqNAwAVQAAAKoAAAA5bwIAxi0MAIweAAAvbg0AG48AAEcOAACMHgAA4R4AABWVAABrlAAAwJQAABbpAADC5QIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIA+wEDAACqAABVqgAAqqoAAMaMAgBoMw8AL24NADwRCADAMA8AFTEPAGoxDwC/MQ8AFDIPAGkyDwC+Mg8AEzMPAPsBAwBHDgAAdocCAPj8CgBN/QoA4hUIAKtTAQAtxgwA+wEDAEIRAgDmGAEA4hUIAD0YAAC3SAAAzYcAALJLAgC0RQYAIiwHAOm3CQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAA7VsMAKf4CgDjGgIA5b4GALJLAgDNhwAA+qcIAE4FAgCpSwsASlEPAJ9RDwD0UQ8A+qcIAPsBAwBKXgIA4WcMADZoDACLaAwA4GgMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAHN9DwBOBQIArkIPACfPCQC3SAAATgUCAK5CDwDZJgAATgUCAOYYAQDiFQgANxYIADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgA1wggA+PwKADwRCABOBQIA4xoCANN+AwBOBQIAU6AMAAg+DwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgD0qgsAuEYBAA1HAQAwwwwAhcMMANrDDABCEQIAlxECAK5CDwAcgA4AJXkMAHp5DAD4+wsATfwLAKMFAgD4BQIA5mIMADtjDACQYwwA5WMMADpkDACPZAwA5GQMADllDAD0qgsASasLADlvAgDGLQwAjB4AAKlLCwBKUQ8An1EPAPRRDwBOsQAAPr8CADgNEABCEQIAjL8JAOG/CQB01QsAydULAB7WCwC84gsAEeMLAFzpDwBjRQIAetUFAGnkBwBOBQIAAAAAAG6FDABOBQIAjL8JAM2HAAAIPg8APBEIALecAQDawg0APBEIAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDAFOgDACySwIAU6AMALJLAgAAAAAADpAMAE4FAgA8EQgAHIUJAJhaDQDtWg0AQlsNAJdbDQD7AQMA4xoCANN+AwC3SAAA+PwKAPgEAwDtXwgAzYcAADlvAgCMvwkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCAEpRDwCfUQ8A9FEPAD0YAAC3SAAAzYcAAAb4AQBOBQIAqUsLAEpRDwCfUQ8A9FEPACIsBwAnzwkAcI8AAOu8AgANkQwAwDAPALdIAAD4/AoA1s0GALdIAAD4/AoAzYcAADlvAgBjRQIADZEMAMAwDwC3SAAA+PwKANbNBgC3SAAA+PwKAEcOAAC/lAEAFJUBAGmVAQC+lQEAjmUMAONlDABOBQIA4xoCANN+AwBOBQIAIdcHAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAP/8AwCMHgAA4R4AAGNFAgAxzQEABvQFANbNBgC3SAAAtEUGACIsBwDmGAEA5MAFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAKWmCQD6pgkAz4MCAPj6DAA9GAAAt0gAAE4FAgCXuAUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgDaywQA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgCXuAUA7LgFAOgIDwA9CQ8AkgkPAOcJDwA8Cg8AkQoPAE4FAgDT1gAAGo8BAHctBgAMSQAATgUCAKlLCwDHKg4AHCsOAHErDgDMLQYAl7gFAOy4BQAihwEA/qQHAGuUAABHDgAA670BAMsyAgCJvA8A3rwPAC3GDACCxgwAGo8BAHctBgD4/AoAPBEIAE4FAgDT1gAAGo8BAHctBgAMSQAATgUCAJe4BQDsuAUAIocBAHeHAQAbjwAA4xoCALdIAAD4/AoAw9oMABjbDADI1A0A2SYAADnFAQCOxQEA48UBANPKDAAoywwAfcsMANLLDAAnzAwAIiwHACIsBwAcgA4Aq/ENALRFBgAJRgYAXkYGADwRCABOBQIArkIPACfPCQC3SAAATgUCAHTVCwDJ1QsArkIPANkmAABrlAAAPBEIAMAwDwA8EQgATgUCAKvxDQC0RQYACUYGAF5GBgCzRgYACEcGAF1HBgBtMwoAHtUMAHPVDABHDgAAdocCAKvxDQC0RQYACUYGAF5GBgA8EQgATgUCAK5CDwAnzwkAt0gAAE4FAgB01QsAydULAPUHAwDXyAoAVfINAG3bDADC2wwAF9wMAGzcDADB3AwAFt0MAGvdDADA3QwAFd4MAGreDAAJ6gwAXuoMALPqDAAI6wwA9QcDALRFBgAJRgYAXkYGALNGBgAIRwYAXUcGAG0zCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAU6AMANkmAAC3SAAA+PwKAIVuDACr8Q0ADToOAFXzDADjGgIAgm4PAFOgDAAIPg8AXT4PAHTVCwDJ1QsAmFcQAO1XEABCWBAACD4PAE6xAABrlAAArkIPANkmAABOBQIAqUsLAEpRDwCfUQ8A9FEPAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4A//wDAKlLCwDHKg4AHCsOAP/8AwBEBQwAmQUMAOcYAACpSwsASlEPAJ9RDwD0UQ8ASlEPAJ9RDwD0UQ8Aa5QAABqPAQDuuQIASAMKAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEA+fkMAE76DACj+gwATgUCABuPAABwjwAA09YAAIImAgDXJgIA+PwKADwRCABOBQIAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAPBEIAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgD3BgIATAcCAKEHAgD2BwIATgUCACHXBwB6zgwATrEAAE6xAABrlAAARw4AANPWAACCJgIACucOAF/nDgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgD3BgIATAcCAKEHAgD2BwIASwgCAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAAAAAAD0YAAAHSwMAXEsDAKvxDQANOg4AVfMMAJe4BQDsuAUAQbkFAJa5BQDruQUAQLoFAA2RDABikQwAcYUJAK5CDwB3LAcAzCwHAPSqCwAajwEAb48BACHXBwBCBA8AlwQPADlvAgClpgkA+qYJAHrVBQDP1QUAes4MAE6xAABOsQAAa5QAAGuUAADjGgIAgm4PAFOgDADjGgIAt5wBAHrVBQBp5AcATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4ArkIPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgC0RQYAa5QAAEcOAABOBQIArkIPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgA9GAAAkhgAAMWIBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQA1cQQArkIPAOMaAgAxzQEABvQFANbNBgC3SAAATgUCAAiWDABdlgwAspYMAAeXDABEBQwAmQUMAOcYAABToAwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQDiFQgAt0gAAAxJAAAj0AwAPBEIAE4FAgDawg0APBEIAE4FAgBHWAsAIiwHAHcsBwC3SAAAtEUGACIsBwDptwkA+wEDABuPAABwjwAA09YAACjXAABsPAIAc30PAF72AAAI9gEAR1gLAJxYCwCuQg8A6bcJAE4FAgBToAwAa44GAEdYCwA9GAAAkhgAAMWIBwBrlAAAR1gLAJxYCwDuuQIAQ7oCAJi6AgDtugIAdNULAMnVCwDEjwEAIiwHAByADgCfXgIA09YAABqPAQB3LQYADEkAADhtBQB+ywsAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCAPqnCABHDgAARAUMAAdLAwBToAwACzsPAGA7DwC1Ow8ACjwPAF88DwBvjwEAQhECAKlLCwBKUQ8An1EPANUoAgDNhwAAksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAlwYNANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAADjuA4AWewPAFOgDACdVA4AFI0JABuPAADNhwAA+qcIACwnAgCBJwIAAe8PAFbvDwCk9g8A+fYPAE73DwCj9w8A+PcPAE34DwCi+A8A2ssEAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDABHWAsAt0gAADhtBQB+ywsAa5QAAEdYCwDZJgAAOcUBAPqnCABHDgAAjB4AAEdYCwCy6wwAOG0FAH7LCwC3SAAADEkAANN+AwCYBgwA+AUCAPqnCABHDgAAFucCAPsBAwD7AQMAA5sMAFibDACtmwwAApwMAFecDABkjwwAuY8MAK5CDwAXPAIATgUCAEQFDABrlAAAzYcAADlvAgBOBQIAqUsLAP5LCwA8EQgATgUCAK5CDwDZJgAATgUCAHTVCwDJ1QsAJHYQAAufAAANkQwA2B4JAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgD//AMAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAfssLANPLCwAozAsAfcwLANLMCwAnzQsAfM0LAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD1BwMAtEUGAAlGBgBeRgYAPBEIAE4FAgCuQg8AJ88JALdIAABOBQIA09YAAIImAgAajwEAdy0GALRFBgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIArkIPAHcsBwDMLAcA2XMIAC50CACDdAgA2HQIAC11CADAlAAAFukAAMLlAgCvmA0ABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAFacDQCrnA0AAJ0NAFWdDQCqnQ0A+AQDAME6BAAWOwQAazsEAMA7BAAVPAQAajwEAL88BAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAASPwQAZz8EAPgEAwDBOgQAFjsEAGs7BADAOwQAFTwEAGo8BAC/PAQAFD0EAGk9BAC+PQQAEz4EAGg+BAC9PgQAEj8EAGc/BABCEQIAQhECABc8AgBjRQIAQhECAKf4CgCySwIA+PwKAGuUAADAlAAAFukAAMLlAgA9GAAAB0sDAG+PAQBCEQIATgUCACHXBwCMHgAA2R8HANrCDQDWzQYAt0gAAPj8CgA8EQgATgUCAKvxDQAA8g0AVfINABXcDgAh1wcAQgQPAJcEDwA5bwIAt0gAAFUAAADL1AoAINUKALdIAACx9gIApaYJAPqmCQB61QUAksEBAJwOAADptwkA+wEDADoYAwCPGAMA5BgDADkZAwCOGQMA4xkDADgaAwCNGgMA4hoDACfPCQC3SAAAVQAAAAufAAC3SAAATgUCAKMFAgAXPAIAgXUJAOYYAQBOBQIAIdcHALk4DgAOOQ4AGo8BAJe4BQCjsQAA2sINAC/DDQAA8g0AVfINAOIPDgA3EA4ALhgPAIMYDwDYGA8ALRkPACIsBwAXPAIASl4CAJ9eAgA8EQgATgUCAKvxDQAA8g0AVfINAOIPDgA3EA4ALhgPAIMYDwDYGA8ALRkPADlvAgBrlAAAPBEIAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwBrlAAAzYcAAEpeAgCfXgIAPBEIAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwCjBQIA+AUCAE0GAgCiBgIA1B0OACkeDgB+Hg4AkLcNAOW3DQA6uA0Aj7gNAOS4DQA5uQ0At5wBANrCDQAvww0AhMMNAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwAMnQEA09YAAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgClpgkA+qYJAEcOAADTygwAt5wBALdIAABOBQIAIdcHAHrODAAuGA8AgxgPANgYDwAtGQ8AAAAAABfbDQBOBQIAowUCAPgFAgBNBgIAmFsMAKlLCwBKUQ8An1EPAPRRDwDptwkAa5QAACHXBwCMHgAAXukNALPpDQAI6g0ATgUCAK5CDwCr8Q0AAPINAATuDQBZ7g0Aru4NAAPvDQBY7w0Are8NAE4FAgCuQg8At5wBALecAQDawg0A1s0GALdIAAC0RQYAb48BAP8AAAApHQ8ARw4AAE4FAgCmoA4AbNsNALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQAzbAsAiGwLAN1sCwAybQsAzYcAADlvAgA8EQgA2B4JANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAA+PwKAMPaDAA7DQ0AkA0NAOUNDQA6Dg0Ajw4NAOQODQCMHgAARw4AAAAAAAAAAAAAKB8OAH0fDgDSHw4AJyAOAF72AAClowwA2ssEAA44DwBjOA8AuDgPAKIGAgAAAAAAl7gFAOy4BQBBuQUA9vsNAEv8DQCg/A0ARw4AAJwOAAC3nAEA2sINAMsyAgC3nAEADJ0BAOa0DwBvjwEA2SYAANPWAACCJgIAib4NAIm8DwDAlAAAFukAAMLlAgA8EQgAwDAPAOMaAgA4GwIAxjcCADhtBQBErwwAma8MAO65AgBDugIAmLoCAJ9cBAA8EQgAkREIAPiiDwC0RQYAIiwHAOm3CQBOBQIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIADZEMAMAwDwAVMQ8AajEPAL8xDwAUMg8AaTIPAL4yDwC0RQYAIiwHAOm3CQBOBQIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIAIdcHAHrODAAajwEAdy0GAPj8CgDD2gwA+wEDAKvxDQAA8g0AVfINAOIPDgA3EA4AjBAOAOEQDgA2EQ4AowUCAPgFAgBNBgIAogYCANQdDgDWzwQAK9AEAMmACwB+ywsABfMHANgeCQAnzwkAt0gAAE4FAgAAAAAAwDAPAMCUAAAW6QAAa+kAAAAAAAAAAAAAIdcHAHrODAAajwEAdy0GAPj8CgDD2gwAgc8EAOa2DQA7tw0AFdwOAKMFAgByLwkAxy8JABwwCQAAAAAAfCAOAEK8AQDZJgAAOcUBAI7FAQBc9gIA+wEDAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAByCDABxggwApaYJAPqmCQAxzQEABvQFANbNBgC3SAAAtEUGACIsBwDptwkATgUCAHTVCwDJ1QsAq1MBAC3GDACCxgwA18YMACzHDACBxwwA1scMACvIDACAyAwA1cgMACrJDABToAwAa44GAEQFDACZBQwAxYgHAOO4DgDwYgIARWMCAJpjAgDvYwIATgUCAKlLCwDHKg4AHCsOAHErDgDMLQYAl7gFAOy4BQAihwEAd4cBAOBlDwDmGAEA5MAFABqPAQBvjwEAB0sDAG+PAQBCEQIATgUCAHTVCwDJ1QsAok8OAPdPDgDTHQ8AKB4PAMQ5AgBMUA4A2ssEAAAAAABOBQIAG48AAHCPAABthgwAwoYMABeHDABshwwAwYcMABaIDABriAwAwIgMAEpRDwCfUQ8A9FEPAOMaAgCCbg8At0gAANPWAABrlAAAa5QAAD0YAABOBQIAq/ENAADyDQBV8g0AVQAAAKoAAAD/AAAA2ssEAKJPDgD3Tw4A2ssEALdIAADEOQIATFAOANrLBAAAAAAATgUCAKvxDQAH6Q8AGo8BAP/8AwBU/QMAqf0DAADyDQBV8g0AbdsMAMLbDAAX3AwAbNwMAMHcDAAW3QwAa90MAMDdDAAV3gwAat4MAAnqDABe6gwAs+oMAAjrDABd6wwASl4CAOFnDAA8EQgAPRgAAF9JAgBzfQ8AKicEAN8eAgA0HwIAXvYAAAj2AQCx8gYAPr8CAJO/AgDovwIAIogAABc8AgCBdQkARw4AAOu9AQBvjwEAB0sDAP/8AwDfHgIANWkMADwRCABOBQIAdNULAMnVCwC3SAAA+PwKAMPaDAAY2wwAdywHAMwsBwDZcwgAt0gAABBDAgCuQg8A6bcJAE4FAgAh1wcAjB4AAF7pDQCz6Q0ACOoNANUoAgDNhwAA+qcIAE+oCACkqAgAl7gFAD6/AgCTvwIA6L8CAOMaAgDNhwAAIogAALecAQDNhwAASl4CAOoIDQA/CQ0AlAkNAOkJDQA+Cg0AkwoNAKWmCQB+ywsA72IDAERjAwCFbgwAFukAAH7LCwBVAAAAt0gAAPj8CgAAAAAAAAAAAAAAAADjGgIAgm4PANkmAACsnAwAFzwCAGNFAgBToAwA+qcIAE+oCABMCQAAoQkAAAiWDAAj0AwAeNAMAM2HAADZJgAAt0gAAPj8CgCFbgwATgUCAFOgDAD6pwgAT6gIAEwJAAChCQAACJYMACPQDAB40AwAqUsLAM2HAAAiiAAA7V8IAEwJAAChCQAACJYMACPQDAB40AwAqUsLAM2HAAAiiAAA7V8IAEwJAAChCQAACJYMACPQDAB40AwAn1wEAG+PAQC/lAEAb48BAPAGCQAARg8AVUYPAKpGDwD/Rg8AAAAAAKMFAgD4BQIATQYCAHh5DgDNeQ4ATgUCAKvxDQAA8g0AVfINABXcDgBKXgIAAAAAAE4FAgCr8Q0AAPINAFXyDQAV3A4AIdcHAHrODAAajwEAdy0GAPj8CgDD2gwA9KoLAEmrCwBg5w0AowUCAPgFAgBNBgIAl7gFAD6/AgAc4QIATrEAAGuUAADZHwcAt5wBANrCDQA8EQgAuTgOAA45DgBjOQ4AuDkOAA06DgBiOg4ADZEMABE0EABmNBAAbDwCALJLAgC0RQYAIiwHAOm3CQDVKAIA5hgBAEcOAACr8Q0AAPINAFXyDQAV3A4A9KoLAEmrCwBg5w0AowUCAPgFAgBNBgIAIdcHAHrODAAajwEAdy0GAPj8CgDD2gwAyzICAMsyAgBdlA4ATgUCAKMFAgD4BQIATQYCAKIGAgBKUQ8An1EPAPRRDwCjBQIAFzwCAIF1CQDmGAEArkIPAByADgB01QsAQhECAD0YAACSGAAAFzwCAGNFAgAV5QUATgUCABuPAABwjwAAHoAMAHOADADIgAwAHYEMAHKBDADHgQwAJCMOAAWXDgBalw4Ar5cOABfbDQAg3gEAXukNALPpDQAI6g0ATgUCAAiWDAAj0AwAeNAMAATuDQBZ7g0Aru4NAAPvDQBY7w0Are8NAE4FAgAIlgwAI9AMAHjQDADNhwAAIogAAO1fCABOBQIAIdcHAIweAABe6Q0As+kNAAjqDQBOBQIACJYMACPQDAB40AwAq/ENAADyDQAE7g0AWe4NAK7uDQAD7w0AWO8NAK3vDQBOBQIACJYMACPQDAB40AwAAAAAAAb4AQC3SAAAG48AABc8AgBjRQIA47gOAFUAAACqAAAAgCcDANUnAwAqKAMAfygDAKlLCwDHKg4A9wYCAEwHAgChBwIA9gcCAEsIAgDtEAIApaYJAH7LCwCXuAUA7LgFAEG5BQBEBQwAX0kCALRJAgAAAAAA47gOADi5DgASNA8AZzQPALw0DwARNQ8AmFsMAPSqCwBJqwsAYOcNAPsBAwAQNg8AZTYPALo2DwD7AQMATgUCABuPAABwjwAAB0sDAHctBgDMLQYAMc0BAIi+DgBVAAAAGo8BAHctBgD4/AoAhW4MAO65AgAajwEAb48BAO9iAwDNhwAA/50NAD63CgD0qgsAt5wBAM2HAACySwIA2SYAAKycDAAXPAIA5hgBAE4FAgAh1wcAes4MABqPAQB3LQYA+PwKAH7LCwDTywsATgUCAKMFAgByLwkARlYOAJtWDgDwVg4ARVcOAJpXDgDvVw4ARFgOAFOgDADZJgAAt0gAAPj8CgCFbgwABpUPAFuVDwCwlQ8ABZYPAFqWDwCvlg8Axi0MAE4FAgCjBQIArJwMAAGdDABWnQwAIdcHALk4DgAOOQ4AYzkOALg5DgBCBA8AlwQPADlvAgC3SAAA+PwKAFOgDADjGgIAjrkNAOO5DQC3SAAA+PwKAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAA+AUCAE0GAgCiBgIAyNQNAB3VDQBy1Q0ArJwMAAGdDABWnQwAIdcHALk4DgAOOQ4AYzkOALg5DgBCBA8AlwQPADlvAgC3SAAA+PwKAFOgDADjGgIAjrkNAOO5DQC3SAAA+PwKAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAAx9UNABzWDQBx1g0AksEBAE4FAgAAAAAATgUCAKMFAgD4BQIATQYCACV5DAB6eQwAAAAAAKWmCQB+ywsA08sLAPsBAwCpSwsA2R8HAC4gBwBzfQ8AKicEAIweAAA8EQgA+wEDABqPAQBvjwEA2SYAAKycDADC5QIAXPYCALH2AgCr8Q0AAPINAFXyDQAV3A4AatwOAFzqDgCx6g4ABusOACQnCgB5JwoAzicKACV5DAB6eQwAqUsLAEpRDwCfUQ8A9FEPACMoCgDUHQ4A1s8EACvQBABvMAsAxyoOAEqlEACfpRAA9KUQAEmmEAD0qgsAt5wBANrCDQAvww0AksEBAIweAAClpgkA+qYJAE+nCQANRgIA47gOACDeAQB13gEAQrwBAIy/CQA1aQwA2R8HAIImAgCJvg0AB0sDAG+PAQBCEQIAXPYCALH2AgCr8Q0AAPINAFXyDQAV3A4AatwOAFzqDgCx6g4ABusOAHaHAgDLhwIACD4PADwRCACREQgAOW8CADwRCADVKAIAIiwHACfPCQBrlAAAwJQAABbpAADC5QIAf9QBANTUAQC3nAEA2sINALdIAAD4/AoAq/ENAM2HAACSwQEAok8OABqPAQBjmgIAPBEIAE4FAgCjBQIA+AUCAE0GAgCiBgIAIdcHAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAA2hcOAC8YDgCEGA4A2RgOAC4ZDgDjuA4AOLkOAI25DgBCBA8A3xEPADQSDwCJEg8A3hIPANgZDgAtGg4AghoOAE4FAgBOBQIA+wEDAOYYAQDmGAEA5MAFADlvAgDTfgMATgUCAAb4AQBb+AEAsPgBAAX5AQBa+QEAr/kBAD0YAABrlAAAt0gAADzCAQA8EQgAVQAAAPAGCQA8EQgAt0gAAM2HAAD6pwgATgUCAKvxDQAA8g0AVfINABXcDgD4BQIATQYCAKIGAgAh1wcAes4MAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAJoAEADT1gAAgiYCAArnDgBrlAAAwJQAAGNFAgCr8Q0AAPINAFXyDQBOsQAAzYYBAH/UAQDU1AEAt5wBANrCDQC3SAAAq/ENAADyDQBV8g0AU6AMAAs7DwBgOw8AtTsPAAo8DwBfPA8AtDwPAAk9DwBePQ8A+wEDAAAAAAAAAAAAGo8BAP/8AwCiTw4Aa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCAPj8CgBOsQAAAAAAAFnsDwCjBQIA+AUCAE0GAgCiBgIAOMYBAP7xDwC5OA4ADjkOAGM5DgC4OQ4A+wEDAKMFAgD4BQIATQYCACV5DAB6eQwAqUsLAEpRDwCfUQ8A9FEPAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIAqUsLAEpRDwCfUQ8A9FEPAK5CDwD+pAcAU6UHAKilBwD9pQcAUqYHAKemBwD8pgcAIiwHALdIAAAMSQAAYUkAAMaLAwBOBQIAqUsLAEpRDwCfUQ8A9FEPAD0YAAA8EQgAHIUJAG+PAQBCEQIA+wEDAKlLCwDHKg4AUUoPAKZKDwD7Sg8AUEsPAEcOAADNhwAAQLkGAFUAAAC3nAEA4xoCAI65DQDjuQ0AOLoNAI26DQC3nAEA2sINAC/DDQCEww0A2cMNAE4FAgCuQg8A2SYAAE4FAgCr8Q0AAPINAFXyDQDAlAAAFukAAMLlAgCn9Q0At0gAAPj8CgDD2gwAGNsMAA2RDABikQwA42MOADhkDgCNZA4A4mQOADdlDgCMZQ4AmAYMAHIvCQBGVg4Am1YOAPBWDgBFVw4ATgUCAOMaAgCCbg8A2SYAAKycDAAXPAIAY0UCAHTVCwB3LQYARw4AAE4FAgD0qgsASasLADlvAgBjRQIAPRgAALdIAABOBQIAU6AMAAg+DwA8EQgATgUCANPWAACCJgIACucOAF/nDgCXuAUAPr8CABzhAgBOsQAAa5QAANkfBwC3nAEA2sINADwRCAC3SAAAEEMCAGVDAgC6QwIAL24NAC9uDQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEA+PsLAE38CwAAAAAA9QcDANfICgBV8g0A/PUNAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAAAIPg8ATrEAABc8AgBjRQIAetUFALJLAgC0RQYAIiwHAOm3CQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIAtEUGAP/8AwDZJgAAci8JAGuUAAA8EQgAPBEIAMAwDwAVMQ8A8AYJAABGDwBVRg8AwDAPAD0YAABOsQAA034DAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAn1wEAE6xAAA+vwIAsksCALRFBgAiLAcA6bcJAE6xAADNhgEAorACAAaVDwD4/AoAq1MBAJQKDADpCgwAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAAxYgHALdIAAA4bQUARK8MAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCoUQYA/VEGAFJSBgCnUgYA/FIGAFFTBgCmUwYA+1MGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAAHoAMAO1fCABCYAgAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJ9cBABvjwEAB0sDAHctBgC0RQYAzYcAAPqnCACfXAQA8GICAM2HAACySwIAtEUGACIsBwDptwkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAAAnzwkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEA+PsLAE38CwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgA+twoAk7cKADHNAQA8EQgA4xoCAE6xAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAqFEGAP1RBgBSUgYAp1IGAPxSBgBRUwYAplMGAPtTBgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCAPj8CgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQC6jgwAD48MAGuUAACrUwEASqUQAJ+lEAD0pRAASaYQAJ6mEADzphAASKcQAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwATrEAAM2GAQB/1AEA1NQBALecAQDawg0At0gAALRFBgAiLAcA6bcJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwAtEUGAAlGBgBeRgYAs0YGAAhHBgBdRwYAskcGALbnDAAL6AwAYOgMALXoDAAK6QwAX+kMALTpDAD+VQEAuo4MAA+PDAAbjwAAcI8AAB6ADADtXwgAQmAIAJdgCADsYAgAQWEIAJZhCAAchQkAIiwHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwARw4AAJ8HBAD0BwQA2sINAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDAAqJwQAfycEANQnBAApKAQAfigEANMoBAAoKQQAfSkEANIpBAAnKgQAfCoEAP5VAQC6jgwAD48MANkmAAC3nAEA034DANPWAACCJgIA034DAEcOAACfBwQA9AcEANrCDQCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwAzS4EACIvBAB3LwQAzC8EAE4FAgD7AQMADEkAAFvqDwCw6g8ABesPABc8AgCBdQkA09YAAIImAgDjGgIAt5wBAE4FAgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIAAAAAAE4FAgClpgkA+qYJAM+DAgD4+gwATfsMAKL7DAD3+wwAIdcHAKFQDgD2UA4AS1EOAKBRDgD1UQ4ASlIOACHXBwChUA4A9lAOAEtRDgCgUQ4A9VEOAEpSDgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIA47gOAFnsDwBToAwAnVQOABSNCQAbjwAAzYcAAFOgDACdVA4AFI0JABuPAADNhwAA+qcIAE4FAgDjuA4AWewPAK7sDwAD7Q8AWO0PAK3tDwAC7g8AV+4PAKzuDwAbjwAAt5wBALecAQBOBQIADZEMAGKRDAC3kQwADJIMAMEvDwBvjwEAQhECAE4FAgB01QsAdy0GAPj8CgBN/QoARw4AANkmAAC3SAAATgUCAJe4BQDsuAUAQbkFACLPDgB3zw4AzM8OACHQDgBCEQIAjL8JAOG/CQBOBQIAl7gFAOy4BQBBuQUAIs8OAHfPDgDMzw4AIdAOADjHAABHDgAAjB4AADwRCABOBQIA4xoCANN+AwD7AQMAIN4BAK7sDwD+SwsAPBEIAE4FAgCuQg8A2SYAAE4FAgB01QsAydULAD0YAABrlAAAwJQAAE4FAgCpSwsAxyoOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAh1wcAQgQPAJcEDwAgiAIAdYgCAE4FAgCr8Q0AOG0FAESvDACZrwwA7q8MAOO4DgA4uQ4A47gOADi5DgCNuQ4A4rkOAJe4BQA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEADjuA4AOLkOAFOgDADjGgIAjrkNAO65AgBIAwoAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgAK5w4AX+cOAKvxDQAH6Q8AYUkAAGOZAwBikQwAFzwCAGNFAgDPgwIAt0gAAE4FAgCXuAUAPr8CADgNEACNDRAA4g0QAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAAKMFAgCsnAwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgCpSwsAxyoOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAwS8PAG+PAQBCEQIATgUCAAiWDABdlgwACD4PADwRCAC3nAEAn1wEAG+PAQBCEQIATgUCAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAACQhEAB5IRAAziEQACMiEAB4IhAAzSIQACIjEAB3IxAAzCMQACEkEAB2JBAAyyQQACAlEAAsJwIAgScCAMUrDwAIPg8AkhgAABFDAQAMSQAAYUkAAMaLAwBOBQIAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEArkIPAP6kBwBTpQcAqKUHAP2lBwBSpgcAp6YHAPymBwDPzgwAJM8MAHnPDADOzwwA+wEDAAAAAAAAAAAAAAAAAE4FAgBEBQwAJHYQAHl2EADOdhAAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAFOgDABp5AcAPBEIANN+AwDNhwAAOW8CAD0YAABOBQIAU6AMAGnkBwA8EQgA9KoLAD0YAAAkdhAAeXYQAM52EAB01QsAydULAJhXEADtVxAAQlgQAJdYEADsWBAAU6AMAGnkBwA8EQgARw4AAHaHAgDLhwIA+qcIAE+oCABCEQIAPrcKAOYYAQBOBQIAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAOMaAgA4GwIA3cYGAOu8AgC3nAEA2sINAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAJcRAgBOBQIAQhECAD63CgCTtwoARAUMACR2EAB5dhAAznYQAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAOxYEABVAAAAuEYBAA1HAQDuuQIAGo8BADwRCADAMA8AwJQAAMYtDAB2hwIAOG0FAESvDACySwIA+PwKAEIRAgDTfgMA+wEDAM0uBAAiLwQAdy8EAMwvBADT1gAAGo8BAHctBgAMSQAATgUCAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCr8Q0ADToOAFXzDAClpgkA+qYJAMCUAAB+ywsA08sLAE4FAgD0qgsASasLAGDnDQBVAAAA5hgBAE4FAgCpSwsASlEPAJ9RDwAAAAAA9FEPAOgIDwDeHAUA5MAFAAg+DwA8EQgATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAHctBgAMSQAATgUCAKlLCwDHKg4AHCsOAHErDgDMLQYAl7gFAOy4BQAihwEAboUMAMOFDADDhQwADDsOAEK8AQBz2AkAyNgJAB3ZCQCs7w4AAfAOAFUAAAC4RgEADUcBADDDDACFwwwA2sMMAC/EDABOBQIAl7gFAOy4BQDoCA8APQkPAJIJDwDnCQ8APAoPAJEKDwCfXAQAlwYNAOwGDQDWzQYA034DAE6xAACjsQAAGi8MAG8vDADELwwA+PsLAE38CwBrlAAAwJQAABbpAADC5QIAQhECAJcRAgDNhwAAB+kPAGFJAADGiwMAG4wDAFOgDACooAwA/aAMAKvxDQAA8g0AVfINAPz1DQD4BQIATQYCACV5DAB6eQwADToOAFXzDAAh1wcAjB4AAGuUAACr8Q0AB+kPAGFJAACjBQIAmgAQAO8AEABEARAAmQEQACHXBwBCBA8AlwQPACCIAgB1iAIATgUCAKvxDQA4bQUARK8MAJmvDAClpgkA+qYJAOO4DgAXPAIAfssLANPLCwBOBQIA5hgBAOTABQDuuQIASAMKAKycDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgB01QsAydULANkmAACsnAwAFzwCAOYYAQDkwAUAsksCALRFBgAiLAcAa5QAANbNBgBXogYAt0gAALRFBgAiLAcA6bcJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCAKvxDQDNhwAAksEBAAfpDwBhSQAAxosDABuMAwB2JQ8AdSYPAMomDwAfJw8AowUCAPgFAgBNBgIAeHkOAM15DgBOBQIAq/ENAADyDQBV8g0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDABa9wMAr/cDAOgIDwA9CQ8ADPECAGHxAgDawg0A58EBAMLXEAAX2BAAdocCANN+AwDTfgMAQL4BAOsDEQCfThIAPBEIABc+AABs2BAAwdgQAOsDEQCJuxAAX0sAANfAEgCfThIAPBEIAJ9OEgCfThIAPBEIAOsDEQBhNxIAn04SANfAEgBCEQIA4R4AAPAOAQDXwBIA8A4BAJv+EACb/hAAPBEIAMAwDwDgHwAA8A4BAOLHAAAV5QUAObYQADm2EACfThIAFeUFAJ9OEgBe6Q0Ax9IQABzTEAA3YhEAwtcQABfYEAA/rxEA18ASAEwJAADrAxEAx9IQABzTEADwDgEAds4QANoTEgAvFBIAfB0RAEIRAgCb/hAAQgIRAJcCEQDC1xAAF9gQAOutEQDmGAEAWewPAJv+EAAZ1hAAm/4QAOm3CQAbfRIAN2IRAOsDEQAfzxEAn04SAEwJAABMCQAAsucQAAfoEABc6BAA18ASAEcOAAAT3BAAaNwQABPcEABo3BAAxCoRANfAEgBV8wwAXPYCADwRCADtXwgAPBEIALLnEAAH6BAAkVwSAPAOAQCy5xAAB+gQAJFcEgDhHgAAwtcQABfYEAAJSgIATgUCAOcMDADrAxEA+wEDALdIAACb/hAAY5oCADwRCADrAxEAaz0CABPcEABo3BAAm/4QAGnbEAC+2xAAE9wQAPrzEQAT3BAA+vMRAOEMEgCb/hAArewQALHoEAAG6RAAds4QALHoEAAAAAAATgUCALLnEAAH6BAAsucQAAfoEACy5xAAB+gQAL3cEAA3YhEAnKYSAPGmEgDLMgIAadsQAHbOEAAT3BAAaNwQAMsyAgA8EQgATgUCANfAEgBOBQIARagSAAzjEACUrhIA6wMRAOsDEQDaywQA2ssEANrLBAD7AQMA+qcIAIJuDwB60QkAgm4PACHQDgAh0A4At0gAAPIADQA4CxIAXvYAAEcOAABHDgAAU/EQAAXrDwBe9gAA8vsRAEcOAAAF6w8Am/4QAJv+EACb/hAAm/4QAJv+EAB2zhAAds4QAJv+EACb/hAAm/4QAJv+EACb/hAAm/4QAHbOEAB2zhAAds4QAJv+EACb/hAAm/4QAHbOEAB2zhAATfcQAHbOEAB2zhAAm/4QAE4FAgBOBQIALmoSAEwJAAAuahIATAkAAEn7EAAJPw0ATgUCANfAEgAXPAIAc9gJAE4FAgBHDgAARw4AAJv+EACb/hAAt5wBAJSuEgCy5xAAB+gQAPsBAwDrAxEA18ASAEcOAADuABEATgUCAOm+AgCMHgAA034DAIy/CQA9GAAAPBEIAIJ1CAA8EQgAtjcSAOsDEQBZPxIAlK4SAEcOAACQbQIA09YAANPWAADT1gAA18ASANPWAAC2RwIAc30PANfAEgCQbQIA18ASAO9jAgD2TBIAvi8SABMwEgA8CBEA18ASAJiqEgDtqhIAaugCAPAOAQDXwBIApUoQAEwJAADXwBIAVQAAAD0YAADAMA8AibsQANN+AwBT8BEAVQAAAPZMEgBMCQAA18ASAB/PEQBMCQAA6wMRAOsDEQDrAxEATAkAAEwJAAA7sxEA6wMRAIm7EAB2hwIA034DAIMWEQBV/AMAiMkDANsTEQAq0gMALMESAGnkBwB2zhAA2hMSAC8UEgAGPRIAi8YDALLnEAAH6BAAkVwSABkrEQB2zhAA18ASAJS7BQCMxQMA5l0RAHbOEACb/hAAm/4QALLnEAAH6BAAm/4QAEICEQCXAhEAnA4AAOsDEQAcMAkA2sINAOsDEQCj9REAo/URAOsDEQCBFxIARf8QAIQiBADrAxEAex4RABXlBQDXwBIATgUCAE4FAgBOBQIALMESAE4FAgCJuxAA18ASAE4FAgDrAxEAlK4SAEICEQCXAhEATgUCAJW6BQC73REAR1gLANfAEgBdRwYA18ASAG0zCgBZQBEA4B8AAOsDEQB7HhEA0B4RAIPAEQDXwBIAdocCANrCDQDrAxEAYTcSAF72AAC73REA5l0RADJtCwD3sgAA4xoCAHbOEADaExIALxQSALLnEAA1DhIAF9sNAJSvEQCJuxAARw4AAPAOAQBwKREAmKsRAO2rEQCDwBEAt0gAAHbOEADaExIALxQSAAY9EgBbPRIAg8ARALdIAACDwBEAt0gAANPGEAAPNREA18ASAE4FAgDXwBIATgUCAOsDEQBhNxIAN2IRAOsDEQAoHBEAfRwRANIcEQCdphEATgUCAFXzDAAEQBEA6wMRAJv+EABCAhEAlwIRAKxCEQDD4QUAibsQABt9EgA8DQwALMESAJv+EAAswRIAm/4QAPRPEQBJUBEAnlARACgcEQB9HBEA0hwRACcdEQDjtREA9E8RAElQEQCeUBEA08YQAMkxBQB2zhAA2hMSAC8UEgAGPRIAWz0SABncCgDXwBIAdocCANN+AwDXwBIAu90RAIm7EADaywQAjMUDAPj8CgCb/hAAQgIRAJcCEQDYwBEA4B8AAHbOEADaExIALxQSANfAEgD7AQMABj0SAFs9EgBJrQkAg8ARALdIAABLThEAoE4RAPVOEQCwPRIAXUcGAEtOEQCb/hAAzCESAHbOEAAswRIAm/4QAEICEQAswRIA2sINAE4FAgCUrhIAQgIRAJcCEQCcsgYA6wMRAGE3EgDXwBIAq50MAOsDEQDXwBIA2nQGAF07EgB2zhAALMESABPcEABo3BAAPBEIAOiwEQD0TxEASVARAJ5QEQCUrhIAQgIRAJcCEQCDFhEAdocCANrCDQBdOxIA18ASANrCDQBOBQIA+fQRADwRCADuuQIAXTsSALI7EgAHPBIA08YQAPAOAQDrAxEA18ASAA06DgCJuxAAxi0MAHbOEABdOxIAds4QAF07EgCb/hAALMESACzBEgAswRIAm/4QAEICEQCXAhEAKBwRAH0cEQDSHBEAx9ERALA9EgAFPhIAu90RAOAfAAAnHREAbisRAF07EgCyOxIABzwSAFw8EgCUrhIARf8QANHGEgB0JREAySURANHGEgBLThEAXTsSAHbOEADaExIALxQSAHbOEADaExIALxQSANfAEgDVGBIAhW4MANfAEgDawg0A18ASAB7aBwCJuxAATgUCABXlBQDwDgEA6wMRAIEXEgBF/xAAEDMSAAAAAAA8EQgAAAAAAIHBEgDrAxEAgRcSAEX/EAAQMxIAAAAAADwRCAAAAAAA18ASANfAEgB2hwIA18ASAHaHAgDXwBIAdocCAIHBEgDXwBIAo/URACzBEgCb/hAAm/4QAEICEQCXAhEA6wMRAAAAAABhNxIAVfMMAHbOEADaExIALxQSAIoPEQDXwBIA9kwSALdIAADcvBEANQ4SAGnkBwDXFhIALBcSAJFcEgDTfgMAXTsSALI7EgAHPBIA6wMRAOsDEQCb/hAAQgIRAJcCEQBZSAkAAAAAAA2MEQBijBEAt4wRAIJ1CADMIRIAISISAHYiEgDXwBIA08YQAIVuDABCuwIA2sINAOsDEQDXwBIAU/ARAP9LCgDTxhAA18ASAOm3CQA3YhEAsucQAAfoEAAT3BAAaNwQAHbOEADaExIALxQSAO9iAwDrAxEA18ASADfFAwCb/hAAm/4QAEICEQCXAhEAPBEIAOAfAACb/hAAiw0SAJv+EABCAhEAlwIRAJGxEgAAAAAAds4QANoTEgAvFBIA6wMRAHseEQDQHhEAibsQAOsDEQCLwAkAu90RAIm7EACQGQEAAAAAANfAEgC73REAibsQAJAZAQBUmhEAds4QANoTEgAvFBIAgRcSAEX/EADXwBIA6wMRAJv+EABCAhEAlwIRANfAEgDTfgMAud8RAE4FAgD0pBEAm/4QAF72AACvRwkAt0gAAFk/EgDTfgMAFeUFANfAEgDAlAAAo/URAO9iAwCRXREATgUCAE4FAgDrAxEAkVwSAOmuEgDwDgEAN2IRAE4FAgDrrREAdy0GAHseEQDQHhEAkV0RAG+PAQBUmhEAqZoRAP6aEQA8EQgAAAAAAAAAAAAAAAAA18ASALvdEQAAAAAAAAAAAAAAAADrrREAjLcRALdIAABOBQIA8A4BANfAEgD2TBIAu90RADwRCACb/hAA5l0RAOZdEQCb/hAARf8QAFz2AgCLtxIA2hMSAC8UEgAGPRIAWz0SABt9EgCUrhIARf8QANrLBAB2zhAAy84QANrLBABrlAAAt0gAAL7kBwDXwBIAzYcAAL7kBwAswRIAh7wRAJFdEQCy5xAAB+gQAL3cEAB7HhEA0B4RALLnEAAH6BAAvdwQAHseEQDQHhEAt0gAALdIAABZQBEAQrwBAMwhEgAhIhIAdiISAIPAEQDXwBIA034DAJv+EADXwBIAN8UDALQ5EgBOBQIAm/4QAEICEQCXAhEA0sYRACfHEQDaywQA2ssEANfAEgA3xQMAN8UDAJW6BQD59BEAibsQAAAAAADXwBIA18ASAGuUAADrAxEAN8UDANUYEgBOBQIAORELAEIRAgBw0xEAxdMRAFUAAABVAAAAXUcGAOsDEQBOBQIA18ASANfAEgA9GAAAds4QANoTEgAvFBIAP1oRAKudDACLxgMAm/4QAEICEQCXAhEA47gOALLnEAA1DhIAT/QRAB/PEQDptwkAH88RAB/PEQA8EQgAPRgAALLnEAA1DhIAB+gQAHbOEADrAxEAH88RAHTPEQDJzxEAG30SABTaEQCHERIAm/4QADfFAwDrAxEAG9sJABTiCQAAAAAA5LQRADm1EQAAAAAAAAAAAF/sCQCp+gYAq50MAOsDEQDXwBIA18ASAKP1EQC3SAAA6wMRANfAEgBZ7A8A6wMRAPAOAQBOBQIA6wMRAH8ZEgA9GAAAm/4QAEICEQCXAhEA18ASAE4FAgDXwBIATgUCANfAEgDwDgEAWeoRAPAOAQBOBQIA18ASAEwJAABZ6hEATAkAANUYEgDptwkAWeoRAPsBAwAAAAAA034DAAPrEQDTfgMA18ASANUYEgDH0BIA6wMRAMfQEgDXwBIAx9ASAJv+EABCAhEAlwIRANfAEgASNA8A8A4BAIm7EABHDgAARw4AAIm7EADawg0A1RgSAPsBAwB2zhAA2hMSAC8UEgCb/hAAQgIRAJcCEQBOBQIAY0UCANfAEgBOBQIA18ASAOsDEQAQ3hEATgUCAE4FAgAV5QUATfYRAPAOAQCdAwoAG30SAOsDEQA8EQgATAkAANfAEgBZ6hEAAAAAAE4FAgAT3BAAaNwQAMQqEQBZ7A8Am/4QAEICEQCXAhEAqkMSAOsDEQBMoRIAYTcSAPegEgDrAxEA6wMRAPL7EQBH/BEAnPwRAPL7EQBH/BEAnPwRAPH8EQBG/REA8vsRAEf8EQCc/BEA8fwRAEb9EQBhNxIAm/4QAEICEQCXAhEAqkMSAOsDEQBMoRIAYTcSAPegEgDrAxEAgsYMAOsDEQC3SAAA7rkCALdIAACUrhIAQgIRAJcCEQDrAxEAOQoSADwRCADTfgMAL8QMAPsBAwB7chIANQ4SADjGAQBOBQIARw4AAAAAAADGLQwAAAAAAPrzEQCQCBIA5QgSADoJEgDXwBIAlK4SAEICEQCXAhEATgUCAEwJAADaywQA2ssEABt9EgBOBQIAds4QAE4FAgDrAxEA+wEDAOsDEQCSagMA9kwSAPZMEgDjuA4A6wMRANfAEgBOBQIAsucQAAfoEACUrhIAQgIRAJcCEQCUrhIATgUCADwRCADXwBIAPBEIAI8JEgCOZQwA6bcJAEwJAAAbfRIAL8wEAAOVEgB3hwEAXvYAABAzEgAT3BAAaNwQAHzMDAB7chIAHtYLAE4FAgAkHxIATgUCAB7WCwDyUBIAm1ISAF3rDAAg3gEAds4QANoTEgAvFBIATgUCANfAEgDXwBIAlK4SAHaHAgB2hwIAlK4SAJSuEgA8EQgAY+EQALjhEAAeJRIAAO8QAHbOEACb/hAARf8QAOwRAgBToAwA670BALHoEAB2zhAAXEsDACDeAQCVugUAxoUJACEtBwBCEQIAt0gAACTWBQA8EQgA18ASANrCDQAuahIA6b4CAFVTAgDpvgIAVVMCAAVOAgBHWAsALMESAEK7AgDXwBIATAkAAE4FAgBV7xAAjB4AAFxLAwBFqBIATgUCANfAEgBp2xAAkMMBANfAEgAbfRIA1MMSAC/MBADXwBIA+wEDAPsBAwD7AQMA+wEDAOsDEQDrAxEAgBgSAEX/EAAuFRIATAkAALdIAAB2hwIA2sINAHbOEADaExIALxQSAIJ1CACb/hAAQgIRAJcCEQCwPRIABT4SAHseEQDQHhEAex4RANAeEQCb/hAA8lASAMsyAgDXwBIATgUCAFz2AgDrAxEAjGESAJcGDQAIPg8A8lASAJtSEgCCGQ8A8lASAJtSEgCCGQ8APRgAAPJQEgCbUhIAghkPAPJQEgCbUhIAghkPALLnEAAH6BAAkVwSADtdEgABQhIAVkISAPJQEgCbUhIAghkPAPJQEgCbUhIAghkPALLnEAAH6BAAghkPAGzbDQCy5xAAPAcSAJSuEgCLDRIA18ASAE4FAgDZJgAA2SYAAEIRAgDVKAIAObYQAPhKEgAvbg0AYTcSAE4FAgDXwBIATgUCABjbDADFKBIAF9sNAE4FAgBOBQIAzh8SADdiEQCcphIAB+gQADjGAQBOBQIA9fwNAGGdAQCsnAwAqkMSAJv+EABCEQIA7q8MAKpDEgD7AQMAqkMSAPsBAwDrAxEATgUCAE4FAgDyUBIAm1ISANfAEgCy5xAAB+gQAJFcEgDTywsATgUCAE4FAgBOBQIAxCoRAE4FAgCsQRIAatwOAEcOAADRIA4AE9wQAOsDEQB2zhAAxoIMAB7WCwCRsRIAAAAAAB7WCwB+HQ8AhmcSAH0eDwDbZxIAN2IRAIYSEgCUrhIARf8QAPJQEgAV3A4AObYQADdiEQCGZxIAN2IRANtnEgA3YhEA8lASAJtSEgDLIhIAVQAAANgeCQC3SAAAtOUQAEcOAABOBQIAHtYLAM4fEgBOBQIAT/QRAEpeAgCNYBIA9qESAEuiEgDTfgMA08sLADwRCABOBQIATgUCAE4FAgDXwBIAzdAMAM3QDADN0AwAzdAMAEIRAgBCEQIAVEcPAE4FAgCy5xAA028SAPJQEgBJpBIATgUCAPJQEgBq3A4ATgUCAJ9OEgCVWBIAsucQAOpYEgBOBQIAjGESAOFhEgComhIANmISAE4FAgBOBQIA8lASAGrcDgCfThIAlVgSALLnEADqWBIATgUCAF2UDgDJeRIAsucQAAfoEACUrhIARf8QAE4FAgB7chIAG30SABt9EgBe9gAA3RASAB17EgCHERIAdd4BAM3QDADN0AwAzdAMAM3QDABOBQIAjWASAD0HEQCx6BAABOsQANPLCwAizw4ACUoCAJ6kEgA8BxIAn04SAOsDEQCdpRIA6wMRABt9EgD7AQMAL24NAC9uDQBOBQIAq50MAIxhEgDhYRIAPBEIADwRCADvABAAsucQAAfoEACrnQwAjGESAOFhEgA8EQgAPBEIAO8AEAD5SRIATkoSALLnEAA1DhIA4QwSAAAAAADrAxEA6wMRAFz2AgCb/hAA8lASAFvrDgCFvhEANQ4SAGGMEgD/mBIAlK4SAIsNEgD7AQMA2r4RAJFcEgD4/AoA18ASAGJGAgBVAAAAqkMSAPJQEgBb6w4At0gAAJv+EAA8EQgATgUCALLnEAAH6BAA7wAQAI25DgD7AQMA+wEDAEK8AQBCvAEAQrwBAEK8AQD7AQMA6wMRAEK8AQBOBQIATgUCAE4FAgAAAAAAAAAAAPJQEgBJpBIAsucQAAfoEADvABAAX+cOANfAEgDyUBIA+PwKANfAEgDyUBIARagSAOsDEQBOBQIATgUCANN+AwA8EQgAa5QAAE4FAgCNYBIA9qESAEuiEgCgohIA9aISAEqjEgCfoxIA+wEDALLnEAAH6BAAvdwQAIxhEgDhYRIA6wMRALLnEAA1DhIASU8SAJSuEgBCAhEAadsQAIEnAgD4ShIA76gSAESpEgCZqRIA7qkSAJSuEgBF/xAAUacHAJSuEgDrAxEA66wSAPsBAwDawg0A4roNAC7EDQDyUBIAFdwOAJv+EAAbfRIARlISAPAOAQDOHxIA18ASAPAOAQBhNxIA8A4BAGE3EgAT3BAA+vMRAPAOAQBOBQIA8lASAJtSEgCy5xAAB+gQAIEnAgALjRIAC40SAIEnAgB2zhAAds4QAHbOEAD0TxEAds4QAHbOEAB2zhAAds4QABPcEAD68xEAds4QAPRPEQB2zhAA2RQSAHbOEADZFBIAds4QANkUEgDMIRIA2RQSAHbOEADZFBIAds4QANkUEgB/GhEA2RQSAHbOEADZFBIAKBwRAH0cEQBc6BAATgUCABt9EgBOBQIA+wEDAOsDEQA9GAAA2sINALHoEABzJRIAMGgSADBoEgCx6BAABukQAPqnCACAwhIA+wEDAPsBAwBHDgAARw4AAI0MEQDrAxEAdd4BAHbOEADXwBIAjbkOANHGEgCNuQ4A18ASAHbOEACJuxAA18ASAIm7EAB2zhAA2hMSAIm7EAAkyRIAeckSAHbOEAD7AQMAJR4SAOsDEQBOBQIATgUCAE4FAgDH0BIATgUCAE4FAgBOBQIAx9ASAE4FAgCkqAgAx9ASANfAEgDsWBAATgUCAE4FAgDH0BIA6wMRACgcEQB9HBEA0hwRAHbOEAD+VQEAn04SAJVYEgBOBQIAlK4SAEX/EACy5xAAB+gQAJFcEgB3hwEAGIYMAAqOEgADlRIA2sINAJ76EQD68xEA4QwSABfbDQCb/hAAiw0SABfbDQDXwBIA+qcIAIoPEQB/GRIA8lASAJtSEgCy5xAANQ4SAGGMEgDXwBIAibsQAO6vDAA9GAAA18ASAOm3CQCy5xAAB+gQAJFcEgCiTw4Aig8RAKWdEgCy5xAA028SAPJQEgAV3A4A18ASAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADAAAEAACAAACAyBEIQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAUEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAKAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAEDAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADQAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADQAAEAACAAACAyBEoQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAABEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAASAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAMAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABCAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQA"},"index":{"lists":[[13,14,27,104,106,107,108],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,81,82,84,85,86,87,88,89,90,91,92,93,94,95,99,100,101,102,104,106,107,108,112,117,118,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,261],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,54,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,77,81,82,84,85,86,87,88,89,90,91,92,93,94,95,98,99,100,101,102,104,106,107,108,112,117,118,124,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,201,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,250,251,252,261],[5,13,14,19,27,46,47,74,97,104,106,107,108,207,247,250,267],[13,14,19,27,104,106,107,108,136,137,138,253,254,255,256,257,258,259],[6,7,13,14,27,104,106,107,108,208],[13,14,27,73,75,104,106,107,108],[13,14,27,104,106,107,108,240,260],[10,13,14,27,86,104,106,107,108,117,118,143,144,171,172,240,245,246],[10,13,14,27,104,106,107,108,136,137,138],[10,13,14,27,49,72,79,84,87,91,92,104,106,107,108,128,136,137,138,139,156,175,176,178,182,190,193,200,202,203,204,205,216,224,225,226,233,261],[13,14,27,32,33,34,40,41,104,106,107,108,116,181,195,239],[13,14,27,104,106,107,108,140,273],[12,13,14,27,104,106,107,108],[1,10,13,14,19,20,27,104,106,107,108,136,137,138,165,166,183,227,231,232,261],[10,13,14,19,26,27,29,104,106,107,108,136,137,138,142,165,166,227,231,232,261],[4,10,13,14,17,18,19,27,51,104,106,107,108,136,137,138,165,166,208,227,231,232,244,261],[6,10,13,14,19,27,35,104,106,107,108,136,137,138,165,166,167,194,227,231,232,249,261],[0,2,9,10,11,13,14,15,17,19,27,29,38,39,42,43,101,104,106,107,108,136,137,138,159,165,166,167,177,180,208,210,227,228,231,232,235,238,241,261,262,265,268,269,272,274],[3,5,10,13,14,19,24,27,29,38,42,43,45,54,57,58,80,83,102,103,104,106,107,108,112,114,120,121,123,129,136,137,138,141,146,149,152,159,165,166,167,174,179,186,188,189,196,197,208,209,220,223,227,231,232,261,270,275],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,16,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,25,27,29,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261,266],[10,13,14,19,27,100,104,106,107,108,136,137,138,165,166,167,173,192,227,231,232,251,261,263,264],[10,13,14,19,27,95,103,104,106,107,108,115,119,130,136,137,138,161,165,166,174,212,227,231,232,251,261],[10,13,14,19,27,28,54,104,106,107,108,114,122,136,137,138,151,152,165,166,185,197,227,231,232,261],[9,10,13,14,19,21,27,44,78,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,15,19,27,28,29,60,104,106,107,108,136,137,138,151,165,166,227,231,232,261],[10,13,14,19,22,23,27,30,31,53,65,104,106,107,108,113,125,127,131,136,137,138,147,153,154,155,157,158,160,165,166,170,191,198,199,211,214,219,221,222,227,231,232,242,248,261],[10,13,14,18,19,20,27,68,104,105,106,107,108,136,137,138,165,166,227,231,232,261],[7,10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,27,28,29,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,19,24,27,28,104,106,107,108,136,137,138,165,166,227,231,232,261],[13,14,27,104,106,107,108,111,126,132,133,134,135,150,213,215,271],[13,14,27,76,104,106,107,108],[10,13,14,19,27,36,37,104,106,107,108,136,137,138,227,231,232,261],[13,14,27,46,104,106,107,108],[13,14,27,47,50,52,55,56,104,106,107,108],[13,14,27,48,104,106,107,108],[13,14,27,59,63,64,66,104,106,107,108],[13,14,27,62,85,104,106,107,108],[13,14,27,62,104,106,107,108,109,110],[13,14,27,62,86,88,104,106,107,108],[13,14,27,62,104,106,107,108],[13,14,27,67,69,71,85,104,106,107,108,234],[13,14,27,70,104,106,107,108,169],[13,14,27,85,104,106,107,108,234],[13,14,27,86,88,94,104,106,107,108,252],[13,14,27,88,104,106,107,108],[13,14,27,93,99,104,106,107,108,234,252],[13,14,27,96,104,106,107,108,206],[13,14,27,104,106,107,108,168],[13,14,27,104,106,107,108,234],[13,14,27,104,106,107,108,252],[13,14,27,90,104,106,107,108,237],[5,13,14,19,27,46,47,90,104,106,107,108,237,247,250],[13,14,19,27,90,104,106,107,108,217,218,237],[6,7,13,14,27,90,104,106,107,108,208,237],[13,14,27,90,104,106,107,108,237,240],[10,13,14,27,86,90,104,106,107,108,117,118,237,240,245,246],[10,13,14,27,90,98,104,106,107,108,217,218,237],[10,13,14,27,49,72,77,81,82,84,87,89,90,91,92,104,106,107,108,175,176,187,200,201,204,205,217,218,237,261],[13,14,27,90,104,106,107,108,237,239],[1,8,10,13,14,19,20,27,90,104,106,107,108,217,218,227,229,230,231,232,237,243,261],[10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[4,10,13,14,17,18,19,27,51,90,104,106,107,108,208,217,218,227,229,230,231,232,237,244,261],[6,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[2,9,10,13,14,15,17,19,27,90,101,104,106,107,108,167,208,217,218,227,229,230,231,232,236,237,261],[5,10,13,14,19,27,54,57,58,90,102,104,106,107,108,112,145,149,167,197,208,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,184,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,16,19,27,90,104,106,107,108,124,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,100,104,106,107,108,167,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,90,95,104,106,107,108,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,54,90,104,106,107,108,151,197,217,218,227,229,230,231,232,237,261],[9,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,15,19,27,90,104,106,107,108,145,148,151,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,65,90,104,106,107,108,145,170,199,217,218,222,227,229,230,231,232,237,261],[10,13,14,18,19,20,27,68,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[7,10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[13,14,27,76,90,104,106,107,108,237],[10,13,14,19,27,90,104,106,107,108,217,218,227,231,232,237,261],[13,14,27,46,90,104,106,107,108,237],[13,14,27,47,50,52,55,56,90,104,106,107,108,237],[13,14,27,48,90,104,106,107,108,237],[13,14,27,63,64,66,90,104,106,107,108,237],[13,14,27,61,62,85,90,104,106,107,108,237],[13,14,27,62,90,104,106,107,108,237],[13,14,27,62,86,88,90,104,106,107,108,237],[13,14,27,67,69,71,85,90,104,106,107,108,162,234,237],[13,14,27,70,90,104,106,107,108,169,237],[13,14,27,85,90,104,106,107,108,234,237],[13,14,27,86,88,90,94,104,106,107,108,164,237,252],[13,14,27,88,90,104,106,107,108,237],[13,14,27,90,93,99,104,106,107,108,234,237,252],[13,14,27,90,104,106,107,108,163,237],[13,14,27,90,104,106,107,108,164,237],[13,14,27,90,104,106,107,108,168,237],[13,14,27,90,104,106,107,108,234,237],[13,14,27,90,104,106,107,108,237,252]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,71,73,74,75],[5,22,23,24,25,26,27,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,52,53,55,56,57,58,59,60,61,62,63,64,65,67,68,69,70,71,73,74,75,78,82,83,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,24,25,26,27,29,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,50,52,53,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,78,82,83,88,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,47,66,71,73,74,75],[5,71,73,74,75,95,96,97],[5,46,48,71,73,74,75],[5,57,71,73,74,75,82,83,99,100,118,119],[5,25,45,51,55,58,62,63,71,73,74,75,91,95,96,97,98,106,122,123,125,128,134],[5,9,10,16,17,71,73,74,75,81,128],[5,71,73,74,75,98],[5,71,73,74,75,95,96,97,113,114,129],[4,5,7,71,73,74,75,95,96,97,98,113,114],[5,71,73,74,75,95,96,97,113,114],[5,11,71,73,74,75,95,96,97,113,114,115],[5,7,14,15,18,19,69,71,73,74,75,95,96,97,109,113,114,115,124,127],[2,5,7,14,18,19,21,29,32,33,51,54,70,71,73,74,75,78,79,85,86,87,92,95,96,97,98,103,104,109,113,114,115,121,126,132,134],[5,71,73,74,75,95,96,97,113,114,115],[2,3,5,7,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,80,92,95,96,97,109,113,114,121],[5,6,29,71,73,74,75,79,86,95,96,97,104,113,114,131],[0,5,20,50,71,73,74,75,95,96,97,113,114,115],[5,6,7,71,73,74,75,95,96,97,104,113,114],[0,1,5,8,28,38,71,73,74,75,78,89,90,92,95,96,97,104,105,107,108,109,113,114,117],[5,41,71,72,73,74,75,95,96,97,113,114],[2,5,6,7,71,73,74,75,95,96,97,113,114,115],[2,5,6,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,78,89,93,94,103],[5,49,71,73,74,75],[5,12,13,71,73,74,75,95,96,97],[5,26,71,73,74,75,95,96,97],[5,71,73,74,75,95,96,97,102],[5,68,71,73,74,75,95,96,97,120],[5,65,70,71,73,74,75,84,95,96,97],[5,34,71,73,74,75,95,96,97],[5,22,71,73,74,75],[5,23,26,27,30,31,71,73,74,75],[5,24,71,73,74,75],[5,33,37,38,39,71,73,74,75],[5,36,56,71,73,74,75],[5,36,71,73,74,75,76,77],[5,36,57,59,71,73,74,75],[5,36,71,73,74,75],[5,40,42,44,56,71,73,74,75],[5,43,71,73,74,75,117],[5,56,71,73,74,75],[5,57,59,65,71,73,74,75],[5,59,71,73,74,75],[5,64,67,71,73,74,75],[5,66,71,73,74,75],[5,71,73,74,75,116],[5,61,71,73,74,75],[5,22,23,61,66,71,73,74,75],[5,57,61,71,73,74,75,82,83],[5,61,66,71,73,74,75],[5,25,45,50,52,53,55,58,60,61,62,63,71,73,74,75,122,123,133],[5,61,71,73,74,75,115],[5,61,69,71,73,74,75,115],[5,29,32,33,61,70,71,73,74,75,78,101,103,104,115],[5,61,71,73,74,75,130],[5,61,71,73,74,75,88],[5,29,61,71,73,74,75,104],[5,50,61,71,73,74,75,115],[5,61,71,73,74,75,101,102,104],[5,38,61,71,73,74,75,78,101,104,117],[5,41,61,71,73,74,75],[5,61,71,73,74,75,78,103],[5,49,61,71,73,74,75],[5,26,61,71,73,74,75],[5,61,71,73,74,75,102],[5,61,68,71,73,74,75],[5,61,65,70,71,73,74,75],[5,22,61,71,73,74,75],[5,23,26,27,30,31,61,71,73,74,75],[5,24,61,71,73,74,75],[5,33,37,38,39,61,71,73,74,75],[5,35,36,56,61,71,73,74,75],[5,36,61,71,73,74,75],[5,36,57,59,61,71,73,74,75],[5,40,42,44,56,61,71,73,74,75,110],[5,43,61,71,73,74,75,117],[5,56,61,71,73,74,75],[5,57,59,61,65,71,73,74,75,112],[5,59,61,71,73,74,75],[5,61,64,67,71,73,74,75],[5,61,71,73,74,75,111],[5,61,71,73,74,75,112],[5,61,71,73,74,75,116]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
        if (marker.dialect.countsPhases && marker.path !== void 0 && marker.event === "start") {
          const kind = /^(FAILED|ERROR) /.exec(this.lineText)?.[1];
          if (kind !== void 0) this.summaryReport = { unit, kind, tally: tally(unit) };
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
