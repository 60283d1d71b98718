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
} from "./chunk-TM7YNTA6.js";
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
} from "./chunk-FOVHUJFD.js";
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
var DERIVED = `{"prefilter":{"key":"rules 285\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,159,168,202,214,215,241,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,456,458,459,460,461,462,463,464,467,468,469,471],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12885,"states":14566,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAAAoJgcABgAAABc8AgAHAAAAQgsIAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAACSuQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAOO4DgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAD2+BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAF9sNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAEdYCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAAClShAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABuhQwAPwAAAA6QDABAAAAAAe8PAEEAAABS9Q0AQgAAAAAAAABDAAAAo/kNAEQAAAAAAAAARQAAAIEbDgBGAAAAfCAOAEcAAACNYBIASAAAAAw7DgBJAAAAVUcOAEoAAAAzaQ4ASwAAAIhpDgBMAAAA3WkOAE0AAAB1fA4ATgAAAHGADgBPAAAAQq8OAFAAAAAXLw8AUQAAAGwvDwBSAAAAvTMPAFMAAAD7SRAAVAAAAFBKEABXAAAAqgAAAFgAAADvDAQAWgAAAFtFCgBbAAAAuEYBAF4AAAALnwAAYAAAAMvUCgBhAAAA9gAJAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAmq8LAAIBAAA5thAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAjrYQAP4IAADjthAATgkAANhuDgBUCQAAoQkAAGEJAAAUiwsAZQkAADJqDgBoCQAABkQLAKgJAAD2CQAArgkAAAKdCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAA4txAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AANPKDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAoVAOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAok8OAKIOAADxDgAAqw4AAGBBCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAjbcQAD4YAAAkdhAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAAAvyAgAmRgAAO4GCwCaGAAA5xgAAJwYAAARQwEAnRgAAMCMCACfGAAAy4IHAKEYAAAA9AsAoxgAAHEyBwCoGAAArk8CAKsYAADJ2gYA6BgAADwZAADqGAAAAKQGAO0YAAB/HwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAOK3EACSHgAA4R4AAJYeAABe6Q0Aox4AAO1bDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAA4G4GAOgfAAA1IAAAOCAAABSQBgA8IAAAiiAAAEAgAAAZNwUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAN7gQANsmAAA5xQEA3iYAAKycDADiJgAAmgAQAOUmAAAuJwAA5yYAAHgpCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACMuBAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAADhuBAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAA2uRAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACLuRAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AADW6EAAzPgAAbD4AAHQ+AACKuhAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAN+6EAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAA0uxAAvEgAAMQ5AgC9SAAAPmcFAL5IAAAL7QcAwkgAAAxJAADDSAAA+PwKAMVIAAC6PwYAy0gAABBDAgASSQAAW+oPABhJAABhSQAAZ0kAAMaLAwBpSQAAibsQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAN67EAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAM7wQAEthAACeYQAAoWEAAPNhAAD2YQAAiLwQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAADdvBAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAADK9EADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AACHvRAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AADcvRAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAADG+EACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAIa+EACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAA274QAM6HAABzfQ8A0IcAAJLBAQDThwAAOW8CANSHAABv3gcA1YcAAHGIBgDWhwAAOMcAANeHAACySwIA2ocAAAg+DwDchwAAIogAAN6HAAAAoggA44cAAEazBgDkhwAA/50NACyIAAAahwkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAML8QAOWOAACFvxAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAbYYMAHyPAAAd4QEAf48AAB6ADACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAC45woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAANq/EABxlAAAwJQAAHOUAADXwBIAepQAANzHBgB8lAAA3xkHAH6UAACrUwEAg5QAAMMwDACHlAAAL24NAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAITAEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAADZwBAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAAAuwRAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAIPBEABQsQAAPr8CAFOxAADNhgEAV7EAAF2cBgBZsQAA81kIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAACHWCABasgAAorIAAKyyAAD3sgAA+LIAADRmEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAADYwRAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAC3CEAA6zgAAhs4AAJDOAADbzgAA5s4AAILCEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAADXwhAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAACnSBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAACzDEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAACBwxAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAANbDEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAAArxBAAG+kAAMLlAgAe6QAAa+kAACPpAADkEQoAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAgMQQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AADVxBAAX/YAAK5DDgBg9gAAs/YAAGH2AAClowwAaPYAAAFGDgBp9gAAwjgFAG32AACWEgIAbvYAABovDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAACrFEABf/AAAf8UQALX8AADUxRAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQApxhAAAwMBAH7GEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEA08YQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQDlvQcAXgUBANEpBQCtBQEA+QUBALMFAQCIbQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAKMcQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQB9xxAA+A4BAPpWBAD6DgEAnlIPAP0OAQBrMg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEA0scQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAJ8gQAJgYAQB8yBAA6BgBAOq6BQDrGAEAOxkBAO8YAQDQ2AEA8hgBAOgPCAD0GAEATLIBAPoYAQCwSgUAQhkBADNsCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQDYdgYAVhoBAHiBBgCUGgEA03sGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BACbJEADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQAlyhAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAesoQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAM/KEADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAM7LEADWLwEAI8wQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAeMwQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAzcwQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQAizRAAvUYBAA1HAQAORwEAl1oOABxHAQAwwwwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAHfNEAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAzM0QAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQAhzhAArFMBAPcGAgC1UwEAlAoMALdTAQBKpRAAuVMBAC3GDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAyNUMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQB2zhAAAFYBALqODAAMVgEAHIIMACFWAQDLzhAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBACDPEACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAdc8QAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQDKzxAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQAf0BAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAHTQEABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQDJ0BAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAHtEQAJRxAQBz0RAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAB3SEABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQBy0hAA2H0BACt+AQA5fgEAgH4BAJF+AQDH0hAA3H4BABzTEABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQBx0xAA2oABAMbTEAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAHDUEAAohgEAeIYBAICGAQDF1BAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAA3lDQDjhgEAf9QBAC6HAQB3hwEAf4cBABAzEgCThwEA4GUPAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BABrVEAAdjwEAxOIDACSPAQB9JwYAJ48BAG+PAQAqjwEAlwYNACuPAQBjmgIAMI8BABQ9BAB2jwEAnWACAHmPAQDvYgMAfo8BAHMoDwCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBAG/VEADWlAEAFJUBABaVAQDnYQwAF5UBAOhgDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEAjmUMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAxNUQABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBABnWEAC8nAEADJ0BAMOcAQDawg0AxZwBAGRCBAAOnQEAUasDABGdAQA2FAsAG50BAD5hCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQA/uQcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BAG7WEAC7nwEAw9YQAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEAbdcQAAijAQBbowEAaaMBALCjAQDBowEAwtcQAAykAQAX2BAAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBAMHYEACvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAFtkQAAOtAQBr2RAAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAwNkQAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQAV2hAAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQBq2hAARbwBAJe8AQBGvAEAvuIJAE68AQB50gkAULwBAFjuDgBVvAEALBoPAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQC/2hAA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAFNsQAJXBAQDnwQEApsEBAIElBADzwQEAPMIBAELCAQCRwgEAm8IBAGnbEADrwgEAO8MBAEjDAQCQwwEAmMMBAAzjEACcwwEA5cMBAKDDAQCJygEArMMBANptDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAvtsQAEPFAQDmYgwAR8UBAI7FAQCfxQEAE9wQAOrFAQBo3BAAQMYBAL3cEACbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBABLdEACLygEA3soBAOzKAQAzywEARMsBAGfdEACPywEAvN0QAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQAR3hAAM80BAIbNAQA6zQEAiL4OAD3NAQAM7gUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BALrmCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAH34NAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBAGbeEAAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAu94QAIDUAQDU1AEAldQBAOQWBQDW1AEAKdUBAOLUAQAM8QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQAQ3xAALNgBAHvYAQCH2AEAZd8QAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQC63xAAKNwBAHfcAQCD3AEAD+AQANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQC54BAAKN4BAHXeAQB/3gEA5goPAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAA7hEAAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAY+EQAHbjAQD5+QwAg+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEADeIQACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAYuIQACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BAGHjEABr7wEAtuMQAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQAL5BAAEfQBAGDkEABh9AEAtPQBAML0AQAJ9QEAGvUBALXkEABl9QEACuUQALv1AQBf5RAAEPYBALTlEABf9gEAsvYBAMD2AQAH9wEAGPcBAAnmEABi9wEAsfcBAL33AQBe5hAAD/gBAFv4AQBo+AEAsPgBAL74AQAF+QEAD/kBAFr5AQB0+QEAr/kBALL5AQAE+gEAC/oBAFn6AQB5+gEArvoBAMj6AQCz5hAAEPsBAFj7AQAU+wEAAFMCABn7AQCoqgIAZvsBAK37AQC3+wEAAvwBABz8AQBX/AEAZ/wBAKz8AQCy/AEAAf0BAAP9AQBW/QEAbP0BAKv9AQC3/QEAAP4BAAT+AQBV/gEAWv4BAKr+AQCw/gEA//4BAB//AQBU/wEAbv8BAKn/AQCr/wEA/v8BAAEAAgBTAAIAVgACAKgAAgC0AAIA/QACAAMBAgBSAQIAXAECAAjnEACsAQIA/AECAAkCAgBRAgIAXQICAKYCAgC5AgIA+wICAAoDAgBQAwIAXAMCAKUDAgCmAwIA+gMCAAQEAgBPBAIAXQQCAKQEAgCpBAIA+QQCAAYFAgBd5xAATwUCAPSqCwBQBQIAU6AMAFEFAgAn0QcAUwUCAK5CDwBUBQIAq6AJAFUFAgANkQwAWAUCAKvxDQBZBQIACJYMAFoFAgCpSwsAWwUCAEQFDABcBQIAdNULAF0FAgCdsgUAXgUCAKMFAgBmBQIASk4SAGgFAgCylA4AagUCALLoDwBxBQIAG30SAHYFAgCmoA4AkAUCAKf1DQCVBQIALWsSAKUFAgD4BQIAtAUCAORiDgAGBgIATQYCAF4GAgCy5xAAqQYCAAfoEAADBwIATAcCAFsHAgChBwIAqwcCAPYHAgACCAIASwgCABkIAgCfUg4AUggCALHoEACiCAIA9QgCAAYJAgBKCQIAUwkCAJ8JAgCrCQIA9AkCAPcJAgBJCgIAUQoCAJ4KAgCoCgIA8woCAPgKAgBICwIAUAsCAJ0LAgC2CwIA8gsCAP4LAgBHDAIATwwCAFvpEACkDAIAsOkQAPQMAgBGDQIASQ0CAJsNAgCnDQIA8A0CAPYNAgBFDgIATw4CAAXqEACfDgIA7w4CAPwOAgBEDwIATA8CAFrqEACfDwIA7g8CAPQPAgBDEAIASBACAJgQAgCeEAIAr+oQAPUQAgAE6xAARBECAKf4CgBHEQIAlxECAE4RAgBEsQoAoRECAOwRAgCmEQIAvJAIAPQRAgDyAA0ACBICAEESAgBJEgIAWesQAJsSAgDrEgIAARMCAEATAgBBEwIAlRMCAJcTAgDqEwIA8BMCAD8UAgBLFAIAlBQCAJsUAgDpFAIA8RQCAD4VAgBHFQIAkxUCAJYVAgDoFQIA9hUCAD0WAgBKFgIAkhYCAKkWAgDnFgIA7xYCADwXAgBIFwIAOxgCAGQXAgCRFwIAuRcCAOYXAgAKGAIArusQAFgYAgCQGAIAmRgCAI8ZAgChGAIA5RgCABUZAgA6GQIAXhkCAAPsEACRGQIA5BkCAPUZAgA5GgIAaRoCAI4aAgCyGgIAWOwQAOgaAgCOuQ0A6RoCAOu4BgDsGgIAOBsCAO8aAgCCbg8AQhsCAI0bAgBFGwIA48AGAEYbAgA6DA8AlRsCAOIbAgDmGwIANxwCADkcAgCMHAIAjxwCAOEcAgD9HAIArewQADsdAgDRdwwAQB0CALLrDABCHQIAix0CAEYdAgCyQgsAqB0CAOAdAgDpHQIANR4CADceAgCKHgIAmx4CAALtEADkHgIANB8CAD0fAgCJHwIAmh8CAN4fAgDlHwIAMyACADsgAgCIIAIATSACAGdBAgCVIAIAMiECAJcgAgCGIgIAoSACAN0gAgDpIAIAV+0QADchAgCHIQIAkSECANwhAgDkIQIArO0QAD0iAgAB7hAAiyICANsiAgDoIgIAMCMCADojAgCFIwIAhyMCANojAgDoIwIALyQCADwkAgBW7hAAiSQCANkkAgDmJAIALiUCADglAgCDJQIAhSUCANglAgDmJQIALSYCADomAgCr7hAAhSYCAArnDgCIJgIAib4NAI8mAgDXJgIA4SYCAADvEAA0JwIAgScCAIMnAgDFKw8AjicCAAuaBQCYJwIA1icCAJonAgDAkQMA2ycCACsoAgA1KAIAgCgCAIgoAgBV7xAA3ygCACopAgA2KQIAfykCAIIpAgDUKQIA3ikCACkqAgBDKgIAfioCAJUqAgDTKgIA2CoCACgrAgBEKwIAqu8QAIcrAgDSKwIAjisCAGBCCADeKwIAJywCACosAgB8LAIAhiwCANEsAgDrLAIAJi0CACwtAgB7LQIAfS0CANAtAgDeLQIAJS4CACguAgB6LgIAhi4CAM8uAgDSLgIAJC8CAEcvAgD/7xAAey8CAM4vAgDcLwIAIzACACYwAgB4MAIAhDACAM0wAgDQMAIAVPAQAC0xAgB3MQIAfTECAMwxAgDRMQIAITICACUyAgB2MgIAeTICAKnwEADMMgIAnqkNAM4yAgAZ1w8A0TICACAzAgDUMgIAy88PANUyAgDGNwIA1zICAIm8DwDZMgIA5rQPANoyAgAtww8A2zICAGXgDwDiMgIAJ3cMAOUyAgBdlA4ALDMCAHUzAgChMwIAyjMCANYzAgAfNAIALjQCAHQ0AgB+NAIAyTQCAMw0AgAeNQIAODUCAHM1AgB9NQIAyDUCAM01AgAdNgIAJzYCAHI2AgB9NgIAxzYCAM02AgAcNwIAITcCAHE3AgB1NwIA/vAQAMs3AgAbOAIA1DcCACbKDwAlOAIAcDgCAHs4AgDFOAIAyzgCABo5AgAfOQIAbzkCAHM5AgBT8RAAyTkCACXYAgDLOQIATFAOAMw5AgBV8wwAzjkCANIeDwDeOQIAGToCACM6AgBuOgIAeToCAMM6AgDJOgIAGDsCAB07AgBtOwIAcTsCAMI7AgDlOwIAqPEQABk8AgBsPAIAGjwCAMYtDAAcPAIAh28JACA8AgB+ywsAIzwCAGNFAgAlPAIAwS8PAHk8AgDmbAIAejwCAME8AgDEPAIAFj0CACI9AgBrPQIAgz0CAMA9AgDMPQIAFT4CABs+AgBqPgIAcD4CAL8+AgDEPgIAFD8CABo/AgD98RAAcz8CAL4/AgDJPwIAE0ACABlAAgBoQAIAbUACAL1AAgDBQAIAEkECABVBAgBS8hAAcUECALxBAgDHQQIAEUICABdCAgBmQgIAa0ICALtCAgC/QgIAp/IQABFDAgBlQwIAcUMCALpDAgDGQwIAD0QCABVEAgBkRAIAakQCALlEAgC+RAIADkUCABRFAgD88hAAZUUCAIDPBQBqRQIAG98FAHJFAgDPgwIAc0UCALhFAgDERQIADUYCABNGAgBiRgIAbkYCALdGAgDERgIADEcCABtHAgBhRwIAbUcCALZHAgDCRwIAC0gCABFIAgBgSAIAZkgCALVIAgC6SAIACkkCABBJAgBR8xAAaUkCADu8CAB1SQIAtEkCAHhJAgD5pwkAwEkCAAlKAgARSgIAH88RABVKAgBeSgIAZEoCALNKAgC5SgIACEsCAA1LAgBdSwIAY0sCAKbzEAC6SwIA9kwSALxLAgAHTAIADUwCAFxMAgATTAIANscCAGpMAgCxTAIAykwCAAZNAgAPTQIAW00CAGVNAgCwTQIAvE0CAAVOAgARTgIAWk4CAGBOAgCvTgIAtU4CAARPAgAJTwIAWU8CAF9PAgD78xAAuk8CAANQAgANUAIAWFACAGNQAgCtUAIAslACAAJRAgAJUQIAV1ECAGNRAgCsUQIAslECAAFSAgAHUgIAVlICAFtSAgCrUgIAsVICAFD0EAARUwIAVVMCAFZTAgCqUwIAW1MCAKVYAgCvUwIA/1MCAA1UAgBUVAIAYVQCAKlUAgCzVAIA/lQCAApVAgBTVQIAWVUCAKhVAgC0VQIA/VUCABBWAgBSVgIAYVYCAKdWAgCzVgIA/FYCAP1WAgBRVwIAW1cCAKZXAgC0VwIA+1cCAABYAgBQWAIAXVgCAKX0EACxWAIA+lgCAApZAgBPWQIAW1kCAKRZAgCqWQIA+VkCAAVaAgBOWgIAW1oCAKNaAgCyWgIA+FoCAARbAgBNWwIAWVsCAKJbAgC1WwIA91sCAAZcAgBMXAIAWFwCAKFcAgCiXAIA9lwCAABdAgBLXQIAWV0CAKBdAgClXQIA9V0CAAJeAgD69BAATF4CAMTfBgBWXgIAn14CAFdeAgBPpgoAWF4CAOFnDACzXgIA9F4CAABfAgBJXwIAT18CAJ5fAgCkXwIA818CAPhfAgBIYAIATmACAE/1EACpYAIA8mACAP9gAgAT6gIABWECAEdhAgBMYQIA4HICAE9hAgB7LAMAU2ECAJxhAgCiYQIA8WECAPdhAgBGYgIAS2ICAJtiAgChYgIApPUQAPxiAgBFYwIAS2MCAJpjAgCfYwIA72MCAPZjAgBEZAIAUmQCAJlkAgC0ZAIA7mQCAPxkAgBDZQIARmUCAJhlAgCmZQIA7WUCAPJlAgBCZgIAT2YCAJdmAgCjZgIA7GYCAPJmAgBBZwIAR2cCAJZnAgCbZwIA62cCAPFnAgD59RAARWgCAJVoAgCeaAIA6mgCAPdoAgA/aQIARmkCAJRpAgClaQIA6WkCAO5pAgA+agIATWoCAJNqAgCVagIA6GoCAPlqAgA9awIASWsCAJJrAgCYawIA52sCAO1rAgA8bAIAQWwCAJFsAgCXbAIATvYQAP1sAgA7bQIAR20CAJBtAgCcbQIA5W0CAOttAgA6bgIAQG4CAI9uAgCUbgIA5G4CAOpuAgCj9hAAP28CALGhAgBQbwIAjm8CAJdvAgDjbwIA+W8CADhwAgBEcAIAjXACAJpwAgDicAIA7HACADdxAgBDcQIAjHECAJJxAgDhcQIA53ECADZyAgA7cgIAi3ICAJFyAgD49hAA6XICADVzAgA/cwIAinMCAI9zAgDfcwIA73MCADR0AgBNdAIAiXQCAI50AgDedAIA53QCADN1AgBAdQIAiHUCAI91AgDddQIA4HUCADJ2AgA+dgIAh3YCAJp2AgDcdgIA63YCADF3AgA9dwIAhncCAId3AgDbdwIA5XcCADB4AgA+eAIAhXgCAIp4AgDaeAIA53gCAE33EAAyeQIAhHkCAId5AgDZeQIA5nkCALDuCwDoeQIALnoCADB6AgCDegIAhnoCANh6AgDiegIALXsCADl7AgCCewIAlXsCANd7AgDmewIALHwCADh8AgCBfAIAgnwCANZ8AgDgfAIAK30CADl9AgCAfQIAhX0CANV9AgDifQIAovcQACt+AgB/fgIAi34CANR+AgDafgIAKX8CACt/AgB+fwIAiH8CANN/AgDhfwIAKIACAC2AAgB9gAIAioACANKAAgDegAIAJ4ECADqBAgB8gQIAi4ECANGBAgDdgQIAJoICACeCAgB7ggIAhYICANCCAgDeggIAJYMCACqDAgB6gwIAh4MCAPf3EADYgwIAJIQCANuDAgD4+gwAKoQCAHmEAgB8hAIAzoQCANyEAgAjhQIAKIUCAHiFAgCFhQIAzYUCANmFAgAihgIAKIYCAHeGAgB9hgIAzIYCANGGAgAhhwIAJ4cCAEz4EAB4hwIAy4cCAH2HAgDaFw4A2ocCACCIAgBAiAIAdYgCAHqIAgDKiAIA5YgCAB+JAgAriQIAdIkCAHqJAgDJiQIA2YkCAB6KAgAvigIAc4oCAHiKAgDIigIAzIoCAB2LAgApiwIAcosCAHiLAgDHiwIAzYsCAByMAgAhjAIAcYwCAHeMAgCh+BAA1YwCAGgzDwDcjAIAG40CAByNAgBwjQIAgY0CAMWNAgDRjQIAGo4CADCOAgBvjgIAe44CAMSOAgDRjgIAGY8CACOPAgBujwIAeo8CAMOPAgDKjwIAGJACACSQAgBtkAIAc5ACAMKQAgDIkAIAF5ECAByRAgBskQIAcpECAPb4EADDkQIA0XQPAMqRAgAWkgIAF5ICAGuSAgBskgIAwJICAMWSAgAVkwIAG5MCAGqTAgB0kwIAv5MCAMuTAgAUlAIAG5QCAGmUAgBulAIAvpQCAL+UAgATlQIAH5UCAGiVAgBulQIAvZUCAL+VAgASlgIAHJYCAGeWAgB1lgIAvJYCAMGWAgARlwIAHpcCAGaXAgBylwIAu5cCAM6XAgAQmAIAH5gCAGWYAgBxmAIAupgCALuYAgAPmQIAGZkCAGSZAgBymQIAuZkCAL6ZAgAOmgIAG5oCAEv5EAB0mgIAuJoCAMSaAgANmwIAJJsCAGKbAgBkmwIAt5sCAMibAgAMnAIADpwCAGGcAgBnnAIAtpwCAM2cAgALnQIAFJ0CAGCdAgB2nQIAtZ0CAMGdAgAKngIAF54CAF+eAgBpngIAtJ4CAMCeAgAJnwIAHJ8CAF6fAgBtnwIAs58CAL+fAgAIoAIACaACAF2gAgBnoAIAsqACAMCgAgAHoQIADKECAFyhAgBpoQIAoPkQALOhAgAGogIAGqICAFuiAgBpogIAsKICAL2iAgAFowIADKMCAFqjAgBmowIAr6MCAMKjAgAEpAIACaQCAFmkAgBipAIArqQCALikAgADpQIACKUCAFilAgBopQIAraUCAMalAgACpgIAB6YCAFemAgBgpgIArKYCALmmAgABpwIACKcCAFanAgBZpwIAq6cCALenAgAAqAIAE6gCAFWoAgBkqAIAqqgCALaoAgD/qAIAAKkCAFSpAgBeqQIAqakCALepAgD+qQIAA6oCAFOqAgBgqgIA9fkQAMGqAgD9qgIACasCAFKrAgBYqwIAp6sCAK+rAgD3Tg8At6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgBK+hAApbACAPb7DQCssAIABpUPAK6wAgCbBQoAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIAn/oQAPC5AgBDugIA+rkCAE79CQBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIAYzUSAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCAPT6EAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIASfsQAEe/AgA4DRAAS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAXj8NAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgCe+xAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CAPP7EAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIAnfwQADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIAR/0QADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIAnP0QAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIA8f0QACnhAgBx4QIAO+ECAG+MBAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAmawPAHbiAgDF4gIAfuICAKdLDQB/4gIAsPEIAIDiAgC67QIAgeICANDOCwDR4gIAGuMCABzjAgAkJA0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIARv4QAMjlAgCb/hAAI+YCAPD+EABv5gIAmv8QAMTmAgDv/xAAxuYCACPYBAAZ5wIARVkMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCAIRuDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgBEABEAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIAmQARAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAM57CwAR7wIAY+8CACTvAgDQeQsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIA7gARAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgBDAREACvUCAF31AgBr9QIAsvUCAMP1AgCYAREADvYCAO0BEQBk9gIAsfYCAGb2AgDbxwcAo/YCAG2AEgC/9gIABvcCAMD2AgBW/AIAwfYCACohCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCAOwCEQAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAQQMRAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAJYDEQADAgMA6wMRAAcCAwCKFgoAFwIDACzBEgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwBABBEA+gQDAE0FAwD9BAMAhiAEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAXkgEAP8GAwBLBwMATgcDAKAHAwCsBwMAlQQRAPoHAwBKCAMAAQgDANfICgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDAOoEEQBNCgMAnQoDAKUKAwCKwAoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMAPwURAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwCUBREAohEDAOsRAwCkEQMAfc0KAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwDpBREARxgDAI8YAwBQGAMAih0DAHIYAwDO0QoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwA+BhEAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDAJMGEQDlIwMAh8MKAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDAOgGEQCOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwA9BxEA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDAJIHEQAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMA5wcRAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADADwIEQDOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMAkQgRACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMA5ggRACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMAOwkRAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMAkAkRABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMA5QkRABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMAOgoRABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMAjwoRAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDAOQKEQCmWwMAzNANAK9bAwD2WwMABVwDAEtcAwBXXAMAoFwDAKhcAwA5CxEA+lwDAEpdAwBTXQMAn10DAKxdAwD0XQMA+10DAEleAwBMXgMAnl4DAKZeAwDzXgMA+F4DAEhfAwBRXwMAnV8DAKdfAwDyXwMA+l8DAEdgAwBMYAMAnGADAKxgAwDxYAMA+WADAEZhAwBMYQMAm2EDAJ1hAwDwYQMA/WEDAEViAwBcYgMAmmIDAKZiAwCOCxEA+2IDAERjAwBbYwMAmWMDAKVjAwDuYwMA9GMDAENkAwBLZAMAmGQDAJ9kAwDtZAMA+2QDAEJlAwBdZQMAl2UDAKVlAwDsZQMA82UDAEFmAwBNZgMAlmYDAJ5mAwDjCxEA/2YDAEBnAwBIZwMAlWcDAMZnAwDqZwMA9mcDAD9oAwBFaAMAlGgDAJloAwA4DBEA9WgDAD5pAwBFaQMAk2kDAJtpAwDoaQMA6mkDAD1qAwBHagMAkmoDAJpqAwCNDBEA9WoDANl4AwD2agMAPGsDAD5rAwCRawMAomsDAOZrAwD3awMAO2wDAEdsAwCQbAMAl2wDAOVsAwDtbAMAOm0DAGdtAwCPbQMAlG0DAORtAwDlbQMAOW4DAENuAwCObgMAnG4DAONuAwDobgMAOG8DAEVvAwCNbwMAqW8DAOJvAwD+bwMA4gwRAERwAwCMcAMAkHADAOFwAwDncAMANnEDADhxAwCLcQMAjHEDAOBxAwADcgMANXIDAFlyAwCKcgMAt3IDAN9yAwDncgMANHMDADlzAwCJcwMAlnMDAN5zAwDmcwMAM3QDADV0AwCIdAMAkHQDAN10AwAKdQMAMnUDAD91AwCHdQMAjHUDANx1AwDpdQMAMXYDAD12AwCGdgMAs3YDANt2AwDjdgMAMHcDAEt3AwCFdwMAh3cDANp3AwDrdwMAL3gDADh4AwCEeAMAkHgDADcNEQDmeAMALnkDADV5AwCDeQMAj3kDANh5AwDreQMALXoDADV6AwCCegMAh3oDANd6AwDgegMALHsDADZ7AwCBewMAiXsDANZ7AwDbewMAK3wDADt8AwCAfAMAiHwDANV8AwDufAMAKn0DAC99AwB/fQMAiH0DANR9AwDhfQMAKX4DADB+AwB+fgMAgX4DAIwNEQDYfgMAKH8DAOB+AwCvmQwAMX8DAH1/AwCFfwMA0n8DAN1/AwAngAMAKYADAHyAAwCXgAMA0YADAN2AAwAmgQMALoEDAOENEQCIgQMA0IEDANiBAwAlggMAMYIDAHqCAwCAggMAz4IDANWCAwAkgwMAKYMDAHmDAwB/gwMANg4RANuDAwAjhAMAK4QDAHiEAwCMhAMAzYQDANKEAwAihQMAK4UDAHeFAwB9hQMAzIUDANSFAwAhhgMAJIYDAHaGAwCThgMAy4YDANyGAwAghwMAKIcDAHWHAwB4hwMAyocDAN6HAwAfiAMALIgDAHSIAwB+iAMAyYgDAMuIAwAeiQMAMYkDAOAOEQB4iQMAyIkDANmJAwAdigMAJooDAHKKAwCIigMAx4oDANSKAwAciwMAJIsDAHGLAwCQiwMANQ8RANKLAwAbjAMAI4wDAIoPEQBzjAMAxYwDAM2MAwAajQMAJ40DAG+NAwB0jQMAxI0DAMyNAwAZjgMAGo4DAG6OAwBwjgMAw44DAMmOAwAYjwMAGo8DAG2PAwCDjwMAwo8DAM6PAwAXkAMAIZADAGyQAwB4kAMAwZADAMeQAwAWkQMAHpEDAGuRAwCdkQMA3w8RAMmRAwAVkgMAH5IDAGqSAwBykgMAv5IDAMCSAwAUkwMAGpMDAGmTAwB1kwMAvpMDAL+TAwATlAMAFZQDAGiUAwBulAMAvZQDAMmUAwASlQMAGZUDAGeVAwBvlQMAvJUDAL+VAwARlgMAG5YDAGaWAwBolgMAu5YDAMWWAwAQlwMAHJcDAGWXAwB7lwMAupcDAMaXAwAPmAMAHJgDAGSYAwBumAMAuZgDAMGYAwAOmQMAIJkDADQQEQBlmQMAuJkDAMKZAwANmgMAD5oDAGKaAwB7mgMAt5oDALmaAwAMmwMAD5sDAGGbAwBtmwMAtpsDAL6bAwCJEBEAH5wDAGCcAwBjnAMAtZwDAL+cAwAKnQMAFp0DAF+dAwB1nQMAtJ0DALydAwAJngMAF54DAF6eAwBhngMAs54DALueAwAInwMAC58DAF2fAwAWnwMAVqYDAGefAwCynwMAaJ8DAK+iAwC0nwMAB6ADAA2gAwBcoAMAZqADALGgAwC/oAMABqEDABOhAwBboQMAcqEDALChAwC4oQMABaIDAA6iAwBaogMAW6IDAN4QEQC4ogMABKMDAA6jAwBZowMAY6MDAK6jAwC8owMAA6QDABCkAwBYpAMAb6QDAK2kAwC1pAMAAqUDAAmlAwBXpQMAXKUDAKylAwCwpQMAAaYDAA6mAwAzEREAY6YDAKumAwCzpgMAAKcDAAanAwBVpwMAYacDAKqnAwC5pwMA/6cDAASoAwBUqAMAb6gDAKmoAwC1qAMA/qgDAASpAwBTqQMAZ6kDAKipAwCwqQMA/akDABOqAwBSqgMAV6oDAKeqAwCuqgMA/KoDAAirAwCIEREAWKsDAKarAwC0qwMA+6sDAAisAwBQrAMAZ6wDAKWsAwCtrAMA+qwDAACtAwBPrQMAW60DAKStAwCrrQMA+a0DAAeuAwBOrgMAUa4DAKOuAwCrrgMA+K4DAAavAwBNrwMAUK8DAKKvAwCqrwMA968DAAiwAwBMsAMAUbADAKGwAwCjsAMA9rADAP2wAwBLsQMAWbEDAKCxAwCtsQMA9bEDAAyyAwBKsgMAUrIDAJ+yAwCpsgMA9LIDAP+yAwBJswMAVbMDAJ6zAwCmswMA3RERAPWzAwBItAMAUrQDAJ20AwCftAMA8rQDAPW0AwBHtQMAU7UDAJy1AwCmtQMA8bUDAPm1AwBGtgMAVLYDAJu2AwCotgMA8LYDAPi2AwBFtwMAW7cDAJq3AwCmtwMA77cDAAW4AwBEuAMASbgDAJm4AwCfuAMA7rgDAAK5AwAyEhEARrkDAJi5AwCguQMA7bkDAPu5AwBCugMAA7oDABsyCABPugMAl7oDAJ+6AwDsugMA9roDAEG7AwBMuwMAlrsDAKK7AwDruwMA87sDAIcSEQBGvAMAlbwDAJq8AwDqvAMA+bwDAD+9AwBLvQMAlL0DAJe9AwDpvQMA7L0DAD6+AwBGvgMAk74DAJi+AwDovgMA+L4DAD2/AwBFvwMAkr8DAJW/AwDnvwMA8b8DADzAAwA+wAMAkcADAJfAAwDmwAMA8MADADvBAwBJwQMAkMEDAJ3BAwDlwQMA/MEDADrCAwBCwgMAj8IDAJjCAwDkwgMA5cIDANwSEQBFwwMAjsMDAJHDAwDsCQoAncMDAOPDAwChwwMAp/kJAO3DAwA4xAMAQMQDAMI5BABExAMAXpIPAEbEAwCNxAMAVMQDAGflCACSxAMA4sQDAJrEAwD0sAUA78QDADfFAwA6xQMAG4UKAD3FAwAnzwkAP8UDAIzFAwBBxQMAz4EEAEPFAwCuSwYAj8UDAKBXCACSxQMALssGAJbFAwDhxQMAmsUDAEtVCgCcxQMAcjAIAObFAwA2xgMA7cUDADTHBADvxQMAICsKAD7GAwCLxgMAjsYDAODGAwDsxgMANccDADvHAwCKxwMApccDAN/HAwDrxwMANMgDADrIAwCJyAMAkcgDAN7IAwDgyAMAM8kDAOPIAwDdyQMAPckDAIjJAwCQyQMAMRMRAOrJAwAyygMAOsoDAIfKAwCKygMA3MoDAOHKAwAxywMAQMsDAIbLAwCmywMA28sDAOfLAwAwzAMAOswDAIXMAwCNzAMA2swDAOzMAwDbExEAOc0DAITNAwCSzQMA2c0DAObNAwAuzgMARc4DAIPOAwCLzgMA2M4DAOfOAwAtzwMAMs8DAILPAwCPzwMA188DAOTPAwAs0AMAONADAIHQAwCQ0AMA1tADAODQAwAr0QMAOdEDAIDRAwCF0QMA1dEDAOLRAwAq0gMALdIDAH/SAwCH0gMA1NIDANnSAwAp0wMANtMDAH7TAwCG0wMA09MDANzTAwAo1AMANdQDAH3UAwCL1AMA0tQDAOXUAwAn1QMAL9UDAHzVAwCD1QMA0dUDANbVAwAm1gMAPNYDAHvWAwB91gMA0NYDAN7WAwAl1wMAMtcDAHrXAwCC1wMAz9cDANLXAwAk2AMAKdgDAHnYAwCI2AMAztgDAO7YAwAj2QMAL9kDAHjZAwCC2QMAzdkDANXZAwAi2gMANNoDADAUEQCI2gMAzNoDANPaAwAh2wMAKdsDAHbbAwCD2wMAy9sDANDbAwAg3AMAKtwDAHXcAwB93AMAytwDAMzcAwC1lQoAz9wDAKVSCADU3AMAkLoKANncAwAf3QMA2twDAARICQAk3QMAdN0DAIHdAwDJ3QMA1t0DAB7eAwAq3gMAc94DAILeAwDI3gMA0t4DAB3fAwAl3wMAct8DAHzfAwDH3wMAzN8DABzgAwAk4AMAhRQRAH3gAwDG4AMAzOADABvhAwA24QMAcOEDAHzhAwDF4QMAy+EDABriAwA24gMAb+IDAHfiAwDaFBEAzOIDABnjAwAj4wMAbuMDAHnjAwDD4wMAz+MDABjkAwAg5AMALxURAHnkAwDC5AMAyOQDABflAwAy5QMAbOUDAHjlAwDB5QMAx+UDABbmAwAe5gMAa+YDAHHmAwDA5gMAyeYDABXnAwAi5wMAaucDAHfnAwC/5wMAzecDABToAwAh6AMAaegDAIDoAwC+6AMAxugDABPpAwAY6QMAaOkDACTpAwBm6wMAdekDAL3pAwDF6QMAEuoDAB3qAwBn6gMAbOoDALzqAwC/6gMAEesDABvrAwCEFREAa+sDALvrAwDK6wMAEOwDABLsAwBl7AMAduwDALrsAwDL7AMAD+0DACPtAwDZFREAde0DALntAwC87QMADu4DAMHtAwBT+gcAxu0DAMCFDwAY7gMAY+4DAGXuAwC47gMAwu4DAA3vAwAZ7wMAYu8DAIzvAwC37wMAwu8DAP78BADd7wMADPADAD/wAwBh8AMAh/ADALbwAwDc8AMAC/EDAD/xAwBg8QMAi/EDALXxAwC98QMACvIDADTyAwBf8gMAlPIDALTyAwDf8gMACfMDABHzAwBe8wMAbfMDALPzAwC48wMACPQDABH0AwBd9AMAFfQDAAD8AwBu9AMAsvQDALn0AwAH9QMAD/UDAFz1AwBp9QMAsfUDALb1AwAG9gMAEPYDAFv2AwBj9gMAsPYDALr2AwCkAgQAv/YDAAX3AwAK9wMAWvcDAGf3AwCv9wMAvPcDAAT4AwAQ+AMAWfgDAGj4AwCu+AMAuPgDAAP5AwAL+QMAWPkDAGL5AwCt+QMAsvkDAAL6AwAK+gMALhYRAGP6AwCs+gMAsvoDAAH7AwAc+wMAVvsDAGL7AwCr+wMAsfsDAIMWEQAN/AMAVfwDAGH8AwCq/AMAufwDAP/8AwAJ/QMAVP0DAGL9AwCp/QMArv0DAP79AwAL/gMAU/4DAFv+AwCo/gMAsv4DAP3+AwAC/wMAUv8DAFr/AwCn/wMAqv8DAPz/AwAIAAQAUQAEAFcABACmAAQAwQAEAPsABAAHAQQAUAEEAFYBBAClAQQArQEEAPoBBAD8AQQATwIEAFkCBADYFhEAqgIEAPkCBAD7AgQATgMEAFsDBACjAwQApgMEAPgDBAAJBAQATQQEAE8EBACiBAQArAQEAPcEBAADBQQATAUEAFQFBAAtFxEApgUEAPYFBAD5BQQASwYEAFUGBACgBgQAqAYEAPUGBAACBwQASgcEAEwHBACfBwQAtQcEAPQHBAAACAQAghcRAGUIBACeCAQAuggEANcXEQD4CAQASAkEAFUJBACdCQQAqgkEAPIJBAD+CQQARwoEAFYKBACcCgQApgoEAPEKBAD/CgQARgsEAEsLBACbCwQAqAsEAPALBAAJDAQARQwEAEcMBACaDAQAoQwEACwYEQAMDQQARA0EAFUNBACZDQQApQ0EAO4NBAABDgQAQw4EAFIOBACYDgQApA4EAO0OBADuDgQAQg8EAEwPBACXDwQApQ8EAOwPBADxDwQAQRAEAE4QBACBGBEAmxAEAOsQBAD4EAQAQBEEAE0RBACVEQQAoREEAOoRBAD5EQQAPxIEAEkSBACUEgQAohIEAOkSBADuEgQAPhMEAEsTBACTEwQAmxMEAIAZEQDtEwQAPRQEAEUUBADVGREAlBQEAOcUBAD1FAQAPBUEAE0VBAAqGhEAmBUEAH8aEQDrFQQAOxYEAEMWBACQFgQAnxYEAOUWBADqFgQAOhcEAEcXBACPFwQAnBcEAOQXBADwFwQAORgEAEgYBACOGAQAmBgEACkbEQDlGAQA9aYOAOkYBACwmAwA9hgEADgZBABHGQQAjRkEAJkZBADiGQQA4xkEADcaBABBGgQAjBoEAJoaBADhGgQA5hoEADYbBABDGwQAfhsRAI8bBADgGwQA6xsEADUcBABDHAQAihwEAJscBADfHAQA6xwEADQdBAA8HQQA0xsRAI4dBADeHQQA6x0EADMeBABAHgQAiB4EAJQeBADdHgQA7B4EADIfBAA8HwQAhx8EAJUfBADcHwQA6R8EADEgBABIIAQAKBwRAJMgBADbIAQA6CAEADAhBAA8IQQAhSEEAJQhBADaIQQA5CEEAC8iBAA9IgQAhCIEAEsiBAAGmwkAiSIEANkiBADmIgQALiMEADYjBAB9HBEAjyMEANgjBADoIwQALSQEADYkBACCJAQAhSQEANckBADjJAQALCUEADMlBADSHBEAjiUEANYlBADlJQQAKyYEACwmBACAJgQAlyYEANUmBADvJgQAKicEADYnBAB/JwQAkicEANQnBADjJwQAKSgEADUoBAB+KAQAfygEANMoBADdKAQAKCkEADYpBAB9KQQAgikEANIpBADfKQQAJx0RAEEqBAB8KgQAiyoEANEqBADTKgQAJisEANYqBAB1MQQAMysEAHsrBACIKwQA0CsEANUrBAAlLAQALywEAHosBACJLAQAzywEANQsBAAkLQQAMS0EAHktBACGLQQAzi0EANotBAAjLgQAMi4EAHguBACCLgQAzS4EANouBAAiLwQAJy8EAHcvBAB7LwQAzC8EANgvBAAhMAQAJzAEAHYwBAB8MAQAyzAEANAwBAAgMQQAJjEEAHwdEQCCMQQAyjEEANcxBAAfMgQAKzIEAHQyBACDMgQAyTIEANMyBAAeMwQALDMEAHMzBAB4MwQAyDMEANUzBAAdNAQAJDQEAHI0BAB3NAQAxzQEANM0BAAcNQQAHzUEAHE1BAB+NQQAxjUEAMs1BAAbNgQAJTYEAHA2BAB8NgQAxTYEANg2BAAaNwQAKDcEAG83BAByNwQAxDcEAM43BAAZOAQAJTgEAG44BAB0OAQAwzgEAMk4BAAYOQQAHTkEAG05BABzOQQA0R0RAMw5BAAF9AYAzjkEAGg5CQDROQQAFzoEABk6BABsOgQAfToEAME6BADSOgQAFjsEAB47BABrOwQAezsEAMA7BADCOwQAFTwEACM8BABqPAQAezwEACYeEQDGPAQAex4RABU9BABpPQQAbj0EAL49BABvPQQAPWkEAMQ9BAATPgQAHT4EAGg+BAB0PgQAvT4EAMM+BAASPwQAGD8EAGc/BABsPwQAvD8EAMI/BADQHhEAH0AEAGZABAB/QAQAu0AEALxABAAQQQQALUEEAGVBBABtQQQAmGMEAH9BBAC6QQQAvUEEAA9CBAAUQgQAzx8RAH1CBAC5QgQAv0IEAA5DBADPQgQAmgsFABBDBABjQwQAaUMEALhDBADMQwQADUQEABVEBABiRAQAb0QEALdEBAC8RAQADEUEABZFBABhRQQAaUUEALZFBADHRQQAC0YEABBGBABgRgQAYkYEALVGBAC8RgQACkcEABZHBABfRwQAZkcEALRHBADQRwQACUgEABFIBAAkIBEAX0gEALNIBAC/SAQACEkEABVJBABdSQQAZUkEALJJBAC1SQQAB0oEABJKBABcSgQAXkoEALFKBAC3SgQABksEABJLBABbSwQAYksEALBLBAC4SwQABUwEAApMBABaTAQAc0wEAK9MBADbTAQABE0EABBNBABZTQQAaE0EAK5NBAC4TQQAA04EAAtOBABYTgQAaE4EAK1OBAC7TgQAAk8EABNPBABXTwQAY08EAHkgEQCxTwQAAVAEAAlQBABWUAQAV1AEAKtQBABsUAQAKXYLAMhQBAAAUQQACFEEAFVRBABZUQQAqlEEALBRBAD/UQQAAVIEAFRSBABVUgQAqVIEAKpSBAD+UgQAClMEAFNTBABZUwQAqFMEALBTBAD9UwQA/1MEAFJUBABtVAQAp1QEAKlUBAD8VAQAClUEAFFVBABiVQQAplUEAKhVBAD7VQQAFFYEAFBWBABhVgQApVYEALFWBADOIBEACFcEAE9XBAAWVwQA8QYIAGVXBACkVwQApVcEAPlXBAAKWAQATlgEAFpYBACjWAQAuVgEAPhYBAAEWQQATVkEAFpZBACiWQQArFkEAPdZBAD5WQQATFoEAFZaBAChWgQAr1oEAPZaBAD7WgQAS1sEAFhbBACgWwQAvFsEAPVbBAD9WwQAIyERAFhcBACfXAQAuFwEAPRcBAD1XAQASV0EAGZdBACeXQQApl0EAPNdBAAEXgQASF4EAFZeBACdXgQAtl4EAPJeBAD4XgQAR18EAElfBACcXwQAol8EAPFfBAAFYAQARmAEAE5gBACbYAQAqGAEAPBgBAD1YAQARWEEAE9hBACaYQQAomEEAO9hBAD/YQQARGIEAEliBACZYgQAomIEAO5iBAD7YgQAQ2MEAEpjBAB4IREAqWMEAO1jBAD7YwQAQmQEAFtkBACXZAQAnWQEAOxkBADuZAQAQWUEAEdlBACWZQQAqmUEAOtlBADzZQQAQGYEAE1mBACVZgQAmmYEAOpmBAD0ZgQAP2cEAEdnBACUZwQApGcEAOlnBADuZwQAPmgEAEdoBACTaAQAoGgEAOhoBADvaAQAzSERAEJpBACSaQQAk2kEAOdpBADzaQQAPGoEAEJqBACRagQAomoEAOZqBAD6agQAO2sEAEprBACQawQAlWsEAOVrBADyawQAOmwEAEpsBACPbAQAnWwEAORsBAD7bAQAOW0EAEJtBACObQQAlG0EAONtBADvbQQAOG4EAD9uBACNbgQAqW4EAOJuBADqbgQAIiIRAD1vBACMbwQAkm8EAOFvBADmbwQANnAEADxwBAB3IhEAkHAEAOBwBADicAQANXEEADxxBACKcQQAmHEEAN9xBADscQQANHIEAEtyBACJcgQAkXIEAN5yBADfcgQAM3MEADZzBACIcwQAnHMEAN1zBADscwQAMnQEADd0BACHdAQAiHQEANx0BADzdAQAISMRADN1BACGdQQAk3UEANt1BADodQQAMHYEADV2BACFdgQAj3YEANp2BADidgQAL3cEAD93BACEdwQAkncEANl3BADmdwQALngEADV4BACDeAQAi3gEANh4BADaeAQALXkEADV5BACCeQQAg3kEANd5BACYeQQAlRAFANx5BAAsegQAL3oEAIF6BACLegQA1noEAO16BAArewQAMXsEAIB7BACMewQA1XsEANh7BAAqfAQAR3wEAH98BACQfAQA1HwEANx8BAApfQQAMH0EAH59BACEfQQA030EAOF9BAAofgQAQ34EAH1+BACJfgQA0n4EANh+BAAnfwQAPH8EAHx/BACEfwQA0X8EANt/BAAmgAQALIAEAHuABACJgAQA0IAEANyABAAlgQQALIEEAHqBBACCgQQAdiMRAN2BBAAkggQAOoIEAHmCBACFggQAzoIEANOCBAAjgwQALIMEAHiDBACCgwQAzYMEANmDBAA8aAYA6YMEACKEBAAqhAQAyyMRAHyEBADMhAQA2YQEACGFBAAuhQQAdoUEAIKFBADLhQQA2oUEACCGBAAqhgQAdYYEAIOGBADKhgQAz4YEAB+HBAAshwQAdIcEAHyHBAAgJBEA14cEAB6IBAA0iAQAc4gEAH+IBADIiAQAzYgEAB2JBAAmiQQAcokEAHyJBADHiQQAz4kEAByKBAAoigQAcYoEAISKBADGigQAx4oEABuLBAApiwQAcIsEAHaLBADFiwQA0YsEABqMBAAhjAQAdSQRAHmMBADEjAQAzIwEABmNBAAfjQQAisEJACiNBABujQQAc40EAAH6BAB0jQQAw40EAM+NBAAYjgQAGo4EAG2OBAB3jgQAwo4EAM6OBAAXjwQAH48EAMokEQB0jwQAwY8EANCPBAAWkAQAG5AEAGuQBAB4kAQAwJAEAM2QBAAVkQQAIZEEAGqRBAB5kQQAv5EEAMmRBAAUkgQAIpIEAGmSBABukgQAvpIEAMuSBAATkwQAG5MEAGiTBABykwQAvZMEAMKTBAASlAQAGpQEAGeUBABylAQAvJQEAMGUBAARlQQAFJUEAGaVBABwlQQAu5UEAMOVBAAfJREAFZYEAGWWBAB0lgQAupYEALyWBAAPlwQAIJcEAGSXBABvlwQAuZcEAL6XBAAOmAQAEZgEAGOYBABtmAQAuJgEAMCYBAANmQQAD5kEAGKZBABvmQQAt5kEAL6ZBAAMmgQAFJoEAGGaBABimgQAtpoEALuaBAALmwQAEZsEAGCbBABqmwQAtZsEAL2bBAB0JREAQJwEAF+cBACUnAQAtJwEAM6cBAAJnQQAL50EAF6dBAB4nQQAs50EANmdBAAIngQAIp4EAF2eBACGngQAsp4EALqeBAAHnwQACZ8EAFyfBABpnwQAsZ8EALifBAAGoAQADqAEAFugBABcoAQAsKAEALWgBAAFoQQAC6EEAFqhBABkoQQAr6EEALehBADJJREAIKIEAB4mEQBhogQArqIEALCiBAADowQAEKMEAFijBABfowQAraMEALWjBAACpAQAA6QEAFekBABcpAQArKQEALKkBAABpQQAC6UEAFalBABepQQAcyYRALClBAAApgQAAqYEAFWmBABcpgQAqqYEALimBAD/pgQADKcEAFSnBABrpwQAqacEALGnBAD+pwQACKgEAFOoBAAUqAQASQcFAF6oBACoqAQAtKgEAP2oBAAFqQQAyCYRAFOpBACnqQQAXKkEAHSGBQBoqQQAMnMFAKypBAD8qQQA/6kEAFGqBABbqgQApqoEAL2qBAD7qgQAAasEAFCrBABcqwQApasEAKirBAD6qwQAF6wEAE+sBABgrAQApKwEAMOsBAD5rAQAAa0EAE6tBABQrQQAo60EALKtBAD4rQQAAq4EAE2uBABbrgQAoq4EAL2uBAD3rgQAA68EAEyvBABUrwQAHScRAK2vBAD2rwQABbAEAEuwBABQsAQAoLAEAKawBAD1sAQA/LAEAEqxBABSsQQAn7EEAKGxBAD0sQQA+7EEAEmyBABLsgQAnrIEAJ+yBADzsgQA/bIEAEizBABUswQAnbMEAKOzBADyswQADLQEAEe0BABPtAQAnLQEALK0BADxtAQA/7QEAEa1BABJtQQAm7UEAJ61BADwtQQA/rUEAEW2BABStgQAmrYEALG2BADvtgQA97YEAES3BABGtwQAmbcEAKG3BADutwQABbgEAEO4BABPuAQAmLgEAK64BADtuAQA9bgEAEK5BABQuQQAl7kEAKG5BADsuQQA9LkEAEG6BABIugQAlroEAKK6BADrugQA7LoEAEC7BABMuwQAlbsEAKK7BADquwQA8bsEAD+8BABCvAQAlLwEAJy8BADpvAQA7rwEAD69BABLvQQAk70EAMO9BADovQQA8L0EAHInEQBFvgQAOGERAFm+BACSvgQAmr4EAMcnEQD1vgQAPL8EAD6/BACRvwQAor8EAOa/BADuvwQAO8AEAEfABACQwAQAlsAEAOXABADrwAQAOsEEAD/BBACPwQQAlcEEABwoEQDpwQQAOcIEAPDBBADmtg0AQcIEAI7CBACTwgQALHQKAJTCBADJgAsAmsIEAG8wCwCdwgQA48IEAJ/CBAAhfgsA6MIEADjDBADpwgQAOGkJAEXDBACNwwQAmsMEAOLDBADuwwQAN8QEAEbEBACMxAQAlsQEAHApEQDrxAQANsUEADvFBACLxQQAk8UEAMUpEQDlxQQANcYEADjGBACKxgQAlMYEAN/GBAAHxwQAbyoRADrHBACJxwQAn8cEAN7HBADsxwQAM8gEAEDIBACIyAQAisgEAN3IBADnyAQAMskEAD7JBACHyQQAjskEANzJBADkyQQAMcoEADjKBACGygQAj8oEANvKBADnygQAMMsEADjLBADEKhEAissEANrLBADiywQAL8wEAD7MBACEzAQAicwEANnMBADmzAQALs0EADvNBACDzQQAj80EANjNBADnzQQALc4EADfOBACCzgQAkM4EANfOBADczgQALM8EADnPBACBzwQAic8EANbPBADgzwQAK9AEADnQBACA0AQAltAEANXQBADh0AQAKtEEAC/RBAB/0QQAiNEEANTRBADe0QQAGSsRADPSBAB+0gQAitIEANPSBADb0gQAbisRAC3TBAB90wQAitMEANLTBADf0wQAJ9QEADPUBAB81AQAi9QEANHUBADb1AQAJtUEAD7VBAB71QQAhdUEANDVBADe1QQAJdYEADvWBAB61gQAhtYEAM/WBADU1gQAJNcEAC3XBAB51wQAg9cEAM7XBADW1wQAwysRADDYBAB42AQAOdgEAMx4EACF2AQAzdgEANnYBAAi2QQAMdkEAHfZBACB2QQAzNkEANrZBAAh2gQALtoEAHbaBACN2gQAy9oEANPaBAAg2wQAKtsEAHXbBAB62wQAytsEANLbBAAYLBEAK9wEAHTcBAB63AQAydwEAOTcBAAe3QQAKt0EAHPdBAB53QQAbSwRANDdBADCLBEAIt4EAHLeBAB/3gQAx94EANTeBAAc3wQAKN8EAHHfBACA3wQAxt8EANDfBAAb4AQAKeAEAHDgBAB14AQAxeAEANLgBAAa4QQAIuEEABctEQB74QQAxOEEANThBAAZ4gQAIuIEAG7iBABx4gQAw+IEAM/iBAAY4wQAH+MEAGwtEQB74wQAwuMEANjjBAAX5AQAI+QEAGzkBABz5AQAweQEAMnkBAAW5QQAG+UEAGvlBAB05QQAwOUEAMrlBADBLREAGuYEAGrmBAAh5gQAu+oEAHLmBAC/5gQAxeYEABTnBAAZ5wQAaecEAHLnBAC+5wQAyOcEABPoBAAf6AQAaOgEAHDoBAAWLhEAwugEABLpBAAa6QQAZ+kEAHLpBAC86QQAwekEABHqBAAU6gQAZuoEAHDqBABrLhEAxeoEABDrBAAU6wQAZesEAGrrBAC66wQAwOsEAA/sBAAv7AQAZOwEAGzsBAC57AQAx+wEAA7tBAAR7QQAY+0EAGvtBAC47QQAwe0EAA3uBAAa7gQAYu4EAGjuBAC37gQAw+4EAAzvBAAO7wQAYe8EAHDvBAC27wQAwe8EAAvwBAAN8AQAYPAEAHnwBAC18AQAxvAEAArxBAAW8QQAwC4RAGfxBAC08QQA1PEEAAnyBAAX8gQAXvIEAGvyBACz8gQAuvIEAAjzBAAk8wQAXfMEAGXzBAAVLxEAt/MEAAf0BAAU9AQAXPQEAGn0BACx9AQAvfQEAAb1BAAV9QQAW/UEAGX1BACw9QQAxfUEAAX2BAAN9gQAWvYEAGn2BACv9gQAsfYEAAT3BAAN9wQAWfcEAFz3BACu9wQAuvcEAAP4BAAf+AQAWPgEAGD4BABqLxEAsvgEAAL5BAAY+QQAV/kEAGP5BACs+QQAz/kEAL8vEQAO+gQAVvoEAGP6BACr+gQAt/oEAAD7BAAP+wQAVfsEAF/7BACq+wQAsvsEAP/7BAAJ/AQAVPwEAFn8BACp/AQAsfwEABQwEQAS/QQAU/0EAHn9BACo/QQAzv0EAP39BAAj/gQAUv4EAH3+BACn/gQAr/4EAPz+BAAm/wQAUf8EAIf/BACm/wQAzP8EAPv/BAAhAAUAUAAFAIYABQClAAUA0AAFAPoABQACAQUATwEFAFQBBQBEYQUAXgEFAKQBBQCpAQUA+QEFAAYCBQBOAgUAWwIFAKMCBQCvAgUA+AIFAAcDBQBNAwUAVwMFAKIDBQCwAwUA9wMFAPwDBQBMBAUAWQQFAKEEBQCpBAUA9gQFAPwEBQBLBQUAAAUFAJxeBQBXBQUAoAUFALAFBQD1BQUA/gUFAEoGBQBNBgUAnwYFAKsGBQD0BgUA+wYFAGkwEQBdBwUAngcFAKEHBQDzBwUAEAgFAEgIBQBZCAUAnQgFAKQIBQDyCAUACwkFAEcJBQBPCQUAnAkFALIJBQDxCQUA9gkFAEYKBQBNCgUAmwoFAKQKBQDwCgUAAQsFAEULBQBRCwUAvjARAJwLBQDsDgUArgsFAO8LBQDyCwUARAwFAGEMBQCZDAUAqgwFAO4MBQD9DAUAQw0FAFQNBQCYDQUApg0FAO0NBQD5DQUAQg4FAE8OBQCXDgUAoQ4FABMxEQDyDgUAQQ8FAE8PBQCWDwUAmA8FAOsPBQDyDwUAQBAFAFkQBQBoMREAqRAFAOoQBQDtEAUAPxEFAFwRBQCUEQUApREFAOkRBQDxEQUAPhIFAEUSBQCTEgUAmRIFAOgSBQD2EgUAPRMFAFgTBQCSEwUAnhMFAOcTBQDtEwUAPBQFAFEUBQCRFAUAmRQFAOYUBQDwFAUAOxUFAEEVBQCQFQUAnhUFAOUVBQDxFQUAOhYFAEEWBQCPFgUAlxYFAL0xEQDtFgUAORcFAEYXBQCOFwUAnBcFAOMXBQDyFwUAOBgFADoYBQCNGAUAlxgFAOIYBQDwGAUANxkFADwZBQCMGQUAmRkFAOEZBQDkGQUANhoFAEIaBQCLGgUAnhoFAOAaBQDvGgUANRsFAEEbBQCKGwUAixsFAN8bBQDpGwUANBwFAEIcBQCJHAUAjhwFAN4cBQDrHAUAEjIRADgdBQCIHQUAnh0FAN0dBQDzHQUAMh4FADseBQCHHgUAlB4FANweBQDqHgUAMR8FAEAfBQCGHwUAiB8FANsfBQDlHwUAMCAFAD4gBQCFIAUAiiAFANogBQDnIAUALyEFADIhBQCEIQUAjCEFANkhBQDqIQUALiIFADwiBQCDIgUAkCIFANgiBQD4IgUALSMFADUjBQCCIwUAkiMFANcjBQDZIwUALCQFADokBQCBJAUAkiQFABEzEQDcJAUAKyUFADclBQBmMxEAhyUFANUlBQCNJQUAOxMHANwlBQAqJgUAMCYFAH8mBQCLJgUA1CYFANcmBQApJwUALCcFAH4nBQCmJwUA0ycFAPYnBQAoKAUAMygFAH0oBQCCKAUA0igFANUoBQAnKQUAMSkFAHwpBQCkKQUAuzMRANYpBQAmKgUAMyoFAHsqBQCIKgUA0CoFANwqBQAlKwUANCsFAHorBQCEKwUAzysFANcrBQAkLAUALiwFAHksBQB+LAUAziwFANYsBQAQNBEAMC0FAHgtBQCMLQUAzS0FANUtBQAiLgUAJy4FAHcuBQCHLgUAzC4FANQuBQAhLwUAKy8FAHYvBQCBLwUAyy8FANcvBQAgMAUAKDAFAGU0EQB2MAUAyjAFANYwBQAfMQUALjEFAHQxBQCCMQUAyTEFANkxBQAeMgUALDIFAHMyBQB/MgUAyDIFAM8yBQAdMwUAJTMFAHIzBQCIMwUAxzMFANszBQAcNAUAHzQFAHE0BQCONAUAxjQFANc0BQAbNQUAIzUFAHA1BQB7NQUAxTUFAMo1BQAaNgUAHTYFAG82BQB5NgUAxDYFAMc2BQC6NBEAGzcFAG01CAAeNwUAbjcFAHE3BQDDNwUAzTcFABg4BQAgOAUAbTgFAIw4BQAPNREA1jgFABc5BQA9OQUAbDkFAJI5BQDBOQUA5zkFABY6BQBOOgUAazoFAKE6BQDAOgUA5joFABU7BQA7OwUAajsFAKA7BQC/OwUA4zsFABQ8BQAwPAUAaTwFAHE8BQBkNREAwzwFABM9BQAgPQUAaD0FAHU9BQC9PQUAyT0FABI+BQAhPgUAZz4FAHE+BQC8PgUAyj4FABE/BQAWPwUAZj8FAHM/BQC7PwUAwz8FALk1EQAcQAUAZUAFAHVABQC6QAUAw0AFAA9BBQASQQUAZEEFAHBBBQC5QQUAwEEFAA42EQAcQgUAY0IFAHlCBQC4QgUAxEIFAA1DBQAUQwUAYkMFAGpDBQC3QwUAvEMFAAxEBQAVRAUAYUQFAGtEBQBjNhEAt0QFAAtFBQAXRQUAYEUFAGZFBQC1RQUAt0UFAApGBQAURgUAX0YFAG1GBQC0RgUAuUYFAAlHBQAWRwUAXkcFAGZHBQCzRwUAvUcFAAhIBQAWSAUAXUgFAHNIBQCySAUAvkgFAAdJBQAOSQUAXEkFAGRJBQCxSQUAtkkFAAZKBQAPSgUAW0oFAGVKBQC4NhEAs0oFAAVLBQAiSwUAWksFAGtLBQCvSwUAvUsFAARMBQAcTAUAWUwFAFxMBQCuTAUAy0wFAANNBQAUTQUAWE0FAHBNBQCtTQUAuU0FAAJOBQAVTgUAV04FAGZOBQCsTgUAuE4FAAFPBQACTwUAVk8FAGBPBQCrTwUAuU8FAABQBQAFUAUAVVAFAGJQBQANNxEAr1AFAP9QBQAMUQUAVFEFAGFRBQCpUQUAtVEFAP5RBQANUgUAU1IFAF1SBQCoUgUAtlIFAP1SBQACUwUAUlMFAF9TBQCnUwUAr1MFAAw4EQAIVAUAUVQFAGFUBQCmVAUAr1QFAPtUBQD+VAUAUFUFAFxVBQClVQUArFUFAGE4EQAIVgUAT1YFAGVWBQCkVgUAsFYFAPlWBQAAVwUATlcFAFZXBQCjVwUAqFcFAPhXBQABWAUATVgFAFdYBQC2OBEAo1gFAPdYBQADWQUATFkFAFJZBQChWQUAo1kFAPZZBQAAWgUAS1oFAFlaBQCgWgUApVoFAPVaBQACWwUASlsFAFJbBQCfWwUAqVsFAPRbBQACXAUASVwFAF9cBQCeXAUAqlwFAPNcBQD6XAUASF0FAFBdBQCdXQUAol0FAPJdBQD7XQUAR14FAFFeBQALOREAql4FAPFeBQAHXwUARl8FAFJfBQCbXwUAol8FAPBfBQD4XwUARWAFAEpgBQCaYAUAo2AFAO9gBQD5YAUAYDkRAEVhBQCZYQUApWEFAO5hBQD0YQUAQ2IFAEViBQCYYgUAomIFAO1iBQD7YgUAQmMFAEdjBQCXYwUApGMFAOxjBQD0YwUAQWQFAEtkBQCWZAUApGQFAOtkBQABZQUAQGUFAExlBQCVZQUAnGUFAOplBQDyZQUAP2YFAERmBQCUZgUAnWYFAOlmBQDzZgUAtTkRAEBnBQBErwwATGcFAJNnBQCkZwUA6GcFAO1nBQA9aAUAVGgFAJJoBQCmaAUA52gFAP9oBQA8aQUAS2kFAJFpBQCWaQUA5mkFAPNpBQA7agUASGoFAJBqBQCcagUA5WoFAPRqBQA6awUARGsFAI9rBQCXawUA5GsFAAJsBQA5bAUAQWwFAI5sBQCXbAUA42wFAPBsBQA4bQUAOm0FAI1tBQCmbQUA4m0FAPNtBQA3bgUAQ24FAIxuBQCUbgUACjoRAOZuBQA2bwUAPm8FAItvBQCabwUA4G8FAOVvBQA1cAUAQnAFAIpwBQCXcAUA33AFAOtwBQA0cQUAQ3EFAIlxBQCTcQUA3nEFAOZxBQAzcgUAPXIFAIhyBQCNcgUA3XIFAOVyBQBfOhEARnMFAIdzBQCKcwUA3HMFAPlzBQAxdAUAQnQFAIZ0BQC8dAUA23QFAPp0BQAwdQUAOHUFAIV1BQCHdQUA2nUFAOl1BQAvdgUAOXYFAIR2BQCSdgUA2XYFAPR2BQAudwUAOncFAIN3BQCLdwUAtDoRAOR3BQAteAUAPHgFAIJ4BQCHeAUA13gFAN14BQAseQUAM3kFAIF5BQCJeQUA1nkFANh5BQAregUAMnoFAIB6BQCCegUA1XoFANZ6BQAqewUANHsFAH97BQCLewUA1HsFANp7BQApfAUAQ3wFAH58BQCGfAUA03wFAOl8BQAofQUANn0FAH19BQCAfQUA0n0FANV9BQAnfgUANX4FAHx+BQCJfgUA0X4FAOh+BQAmfwUALn8FAHt/BQB9fwUA0H8FANh/BQAlgAUAPIAFAHqABQCGgAUAz4AFAOWABQAkgQUALIEFAHmBBQCHgQUAzoEFANiBBQAjggUAK4IFAHiCBQB/ggUAzYIFANmCBQAigwUAI4MFAHeDBQCDgwUAzIMFANmDBQAhhAUAKIQFAHaEBQB5hAUAy4QFANOEBQAghQUAJYUFAHWFBQCChQUAyoUFAPqFBQAfhgUAJ4YFAAk7EQB6hgUAyYYFANeGBQAehwUAL4cFAHOHBQB4hwUAyIcFAN+HBQAdiAUAMYgFAHKIBQCRiAUAx4gFAM+IBQAciQUAHokFAHGJBQCAiQUAxokFANCJBQAbigUAKYoFAHCKBQCLigUAxYoFANGKBQAaiwUAIosFAF47EQB7iwUAxIsFANOLBQAZjAUAHowFAG6MBQB0jAUAw4wFAMqMBQAYjQUAII0FAG2NBQBvjQUAwo0FAMmNBQAXjgUAGY4FAGyOBQBtjgUAwY4FAMuOBQAWjwUAIo8FAGuPBQBxjwUAwI8FANqPBQAVkAUAHZAFAGqQBQCAkAUAv5AFAM2QBQAUkQUAF5EFAGmRBQBskQUAvpEFAMyRBQATkgUAIJIFAGiSBQB/kgUAvZIFAMWSBQASkwUAFJMFAGeTBQBvkwUAvJMFANOTBQARlAUAHZQFAGaUBQB8lAUAu5QFAMOUBQAQlQUAHpUFAGWVBQBvlQUAupUFAMKVBQAPlgUAFpYFAGSWBQBwlgUAuZYFALqWBQAOlwUAGpcFAGOXBQBwlwUAuJcFAL+XBQANmAUAEJgFAGKYBQBqmAUAt5gFALyYBQAMmQUAGZkFAGGZBQCRmQUAtpkFAL6ZBQCzOxEAEJoFAGCaBQB8mgUAtZoFAL2aBQAIPBEAQ5sFAF+bBQCFmwUAtJsFAN2bBQAJnAUAP5wFAF6cBQBznAUAs5wFALucBQAInQUAC50FAF2dBQB6nQUAsp0FAMOdBQAHngUACp4FAFyeBQBmngUAsZ4FALOeBQAGnwUAEJ8FAFufBQBnnwUAsJ8FAMyfBQAFoAUADaAFAF08EQCNoAUAr6AFALKgBQAEoQUAKqEFAFmhBQCCoQUArqEFANKhBQADogUAC6IFALI8EQBdogUAraIFALqiBQACowUAD6MFAFejBQBjowUArKMFALujBQABpAUAC6QFAFakBQBkpAUAq6QFALCkBQAApQUADaUFAFWlBQBdpQUAqqUFALSlBQD/pQUADaYFAFSmBQBqpgUAqaYFALWmBQD+pgUAA6cFAFOnBQBcpwUAqKcFALKnBQD9pwUAGagFAFKoBQBaqAUABz0RAKmoBQD8qAUACqkFAFGpBQBiqQUAXD0RAK2pBQCxPREAAKoFAFCqBQBYqgUApaoFALSqBQD6qgUAAKsFAE+rBQBbqwUApKsFAKarBQD5qwUAA6wFAE6sBQBarAUAo6wFAKusBQBbPhEA/awFAE2tBQBcrQUAoq0FAMKtBQD3rQUAA64FAEyuBQBWrgUAoa4FAKmuBQD2rgUA+K4FAEuvBQBbrwUAoK8FAKqvBQD1rwUAAbAFAEqwBQBQsAUAn7AFAKewBQCwPhEAC7EFAEmxBQBRsQUAnrEFAKixBQDzsQUA+LEFAEiyBQBQsgUABT8RAKKyBQDysgUA+7IFAPX+CwD/sgUAR7MFAAizBQDoCA8AUbMFACLPDgBUswUAnLMFAKizBQDxswUAALQFAEa0BQBQtAUAm7QFAKO0BQCzQQsAqbQFAPC0BQD9tAUARbUFAFy1BQCatQUAorUFAO+1BQD5tQUARLYFAEm2BQCZtgUAobYFAFo/EQD7tgUAQ7cFAFG3BQCYtwUAq7cFAO23BQD1twUAQrgFAEW4BQCXuAUAnLgFAOy4BQD7uAUAQbkFAGG5BQCWuQUAorkFAOu5BQD1uQUAQLoFAFy6BQCVugUAnboFAK8/EQD9ugUAP7sFAEW7BQCUuwUAoLsFAOm7BQDzuwUAPrwFAES8BQCTvAUAobwFAOi8BQD0vAUAPb0FAEC9BQCSvQUAk70FAOe9BQDzvQUAPL4FAEK+BQCRvgUAl74FAOa+BQDyvgUAO78FAFi/BQCQvwUAmb8FAOW/BQDxvwUAOsAFAD3ABQCPwAUAmcAFAOTABQDwwAUAOcEFAD/BBQCOwQUAlMEFAOPBBQDowQUAOMIFAD7CBQAEQBEAmcIFAOLCBQDkwgUAN8MFAEbDBQCMwwUAl8MFAOHDBQDtwwUANsQFAD3EBQCLxAUAk8QFAODEBQDqxAUANcUFAEDFBQCKxQUAlsUFAN/FBQDnxQUAA0ERADbGBQCJxgUAnMYFAN7GBQDmxgUAM8cFADnHBQCIxwUAlMcFAN3HBQDnxwUAMsgFADjIBQCHyAUAlcgFANzIBQDoyAUAMckFADTJBQCGyQUAjskFANvJBQDcyQUAMMoFADzKBQCFygUAi8oFANrKBQDiygUAL8sFADXLBQCEywUAkMsFANnLBQD2ywUALswFADfMBQCDzAUAj8wFANjMBQDbzAUALc0FADfNBQCCzQUAis0FANfNBQDozQUALM4FADrOBQCBzgUAl84FANbOBQDkzgUAK88FADXPBQBYQREAj88FANXPBQDgzwUAKtAFADbQBQB/0AUAhtAFANTQBQDc0AUAKdEFADPRBQB+0QUAidEFANPRBQDf0QUAKNIFADDSBQCtQREAf9IFANLSBQDl0gUAJ9MFAC/TBQB80wUAgtMFANHTBQDd0wUAJtQFADDUBQB71AUAgdQFANDUBQDe1AUAJdUFADHVBQB61QUAfdUFAM/VBQDX1QUAJNYFACXWBQB51gUAhdYFAM7WBQDU1gUAI9cFACvXBQB41wUAftcFAM3XBQDZ1wUAItgFAD/YBQB32AUAgNgFAMzYBQDY2AUAIdkFACTZBQB22QUAgNkFAMvZBQDT2QUAINoFADHaBQB12gUAg9oFAMraBQDg2gUAH9sFAC3bBQB02wUAftsFAMnbBQDR2wUAHtwFAEHcBQACQhEAftwFAMjcBQDW3AUAHd0FACzdBQBy3QUAfd0FAMfdBQDP3QUAHN4FACreBQBx3gUAdN4FAMbeBQDO3gUAV0IRACnfBQBw3wUAc98FAMXfBQDN3wUAbTcGANHfBQBDDAYA1N8FABTmBQDh3wUAGuAFADbgBQCsQhEAceAFAMTgBQDR4AUAGeEFACbhBQBu4QUAc+EFAMPhBQDN4QUAGOIFACfiBQBt4gUAcuIFAMLiBQDP4gUAF+MFACTjBQBs4wUAeOMFAMHjBQDQ4wUAFuQFACDkBQBr5AUAd+QFAMDkBQDG5AUAFeUFABvlBQBq5QUAb+UFAL/lBQDF5QUAAUMRABnmBQCjAQYAJeYFAGnmBQB35gUAvuYFAMrmBQAT5wUAIOcFAGjnBQBy5wUAvecFANnnBQAS6AUALugFAFZDEQBp6AUAvOgFAMnoBQAR6QUAHukFAGbpBQBr6QUAu+kFAMXpBQAQ6gUAH+oFAGXqBQBq6gUAuuoFAMfqBQAP6wUAHOsFAGTrBQBw6wUAuesFAMjrBQAO7AUAGOwFAGPsBQBv7AUAuOwFAL7sBQAN7QUAE+0FAGLtBQBn7QUAt+0FAL3tBQCrQxEAE+4FAGHuBQBv7gUAtu4FALnuBQAL7wUAGu8FAGDvBQBl7wUAte8FAMLvBQAK8AUAF/AFAF/wBQBr8AUAtPAFAMPwBQAJ8QUAE/EFAF7xBQBs8QUAs/EFALjxBQAI8gUAFfIFAF3yBQBp8gUAsvIFAMXyBQAH8wUAFvMFAFzzBQBo8wUAsfMFALLzBQAG9AUAEPQFAFv0BQBp9AUAsPQFALX0BQAF9QUAEvUFAABEEQBc9QUAr/UFAL31BQAE9gUAFfYFAP9EEQBg9gUAVEURALP2BQAD9wUAC/cFAFj3BQBn9wUArfcFALL3BQAC+AUAD/gFAFf4BQBk+AUArPgFALj4BQAB+QUAEPkFAFb5BQBg+QUA/kURAK35BQAA+gUAG/oFAFX6BQBX+gUAqvoFAMT6BQD/+gUADPsFAFT7BQBg+wUAqfsFALP7BQD++wUAGPwFAFP8BQBi/AUAqPwFAK38BQD9/AUACv0FAFL9BQBf/QUAp/0FALP9BQD8/QUAC/4FAFH+BQBb/gUApv4FALL+BQD7/gUADv8FAFD/BQBf/wUApf8FALH/BQD6/wUA+/8FAE8ABgBZAAYApAAGALIABgD5AAYA/gAGAE4BBgBbAQYAU0YRALABBgD4AQYABQIGAE0CBgBZAgYAogIGALECBgD3AgYAAQMGAEwDBgBaAwYAoQMGAKYDBgD2AwYAAwQGAEsEBgBXBAYAoAQGALMEBgD1BAYABAUGAEoFBgBWBQYAnwUGAKAFBgD0BQYA/gUGAEkGBgBXBgYAngYGAKMGBgDzBgYAAAcGAKhGEQBVBwYAnQcGAJ8HBgDyBwYACwgGAEcIBgBYCAYAnAgGAKgIBgDxCAYA+QgGAKdHEQBLCQYAmwkGAKMJBgDwCQYA/wkGAEUKBgBKCgYAmgoGAKcKBgDvCgYA/AoGAEQLBgBQCwYAmQsGAKgLBgDuCwYA+AsGAPxHEQBWDAYAmAwGAKcMBgDtDAYA+QwGAEINBgBDDQYAlw0GAKENBgDsDQYA+g0GAEEOBgBGDgYAlg4GAKMOBgBRSBEA8A4GAEAPBgBNDwYAlQ8GAKIPBgDqDwYA9g8GAD8QBgBOEAYAlBAGAJ4QBgDpEAYA9xAGAD4RBgBDEQYAkxEGAKARBgDoEQYA8BEGAFBJEQBJEgYAkhIGAKISBgDnEgYA8BIGADwTBgA/EwYAkRMGAJ0TBgDmEwYA7RMGAKVJEQBGFAYAkBQGAJEUBgDlFAYA/RQGADoVBgBHFQYAjxUGAJsVBgDkFQYA7hUGADkWBgA9FgYAjhYGAJMWBgDjFgYA6RYGADgXBgBYFwYAjRcGAKUXBgDiFwYA+RcGADcYBgBDGAYAjBgGAJYYBgDhGAYA4xgGADYZBgA9GQYAixkGAJIZBgDgGQYA5hkGADUaBgBBGgYAihoGAI0aBgDfGgYA4hoGADQbBgBAGwYAiRsGAIwbBgD6SREA4xsGADMcBgA7HAYAiBwGAI4cBgDdHAYA4hwGADIdBgA7HQYAhx0GAJEdBgDcHQYA6B0GADEeBgA5HgYAT0oRAIseBgDbHgYA4x4GADAfBgA7HwYAhR8GAIofBgDaHwYA3R8GAC8gBgA5IAYApEoRAJAgBgDZIAYA4CAGAC4hBgA8IQYAgyEGAIYhBgDYIQYA4CEGAC0iBgAwIgYAgiIGAI4iBgDXIgYA3SIGACwjBgBHIwYAgSMGAI0jBgDWIwYA3CMGACskBgAzJAYAgCQGAIQkBgDVJAYA4SQGAColBgA3JQYAfyUGAIklBgDUJQYA3CUGACkmBgArJgYAfiYGAIImBgDTJgYA1SYGACgnBgA8JwYA+UoRAIUnBgDSJwYA1icGACcoBgApKAYAfCgGAH8oBgDRKAYA2SgGACYpBgAzKQYAeykGAIApBgDQKQYA2ikGACUqBgAtKgYAeioGAHsqBgDPKgYA1CoGACQrBgAnKwYAeSsGAHwrBgDOKwYA3CsGACMsBgA8LAYAeCwGAIksBgDNLAYA2SwGACItBgAqLQYATksRAHwtBgDMLQYA1C0GACEuBgAwLgYAdi4GAHsuBgDLLgYA2C4GACAvBgAtLwYAdS8GAIEvBgDKLwYA2S8GAB8wBgApMAYAdDAGAHwwBgDJMAYA0zAGAB4xBgAjMQYAczEGAHsxBgCjSxEA0zEGAB0yBgApMgYAcjIGAHoyBgD4SxEA0zIGABwzBgAjMwYAcTMGAH8zBgDGMwYAyTMGABs0BgAjNAYAcDQGAHM0BgDFNAYA0TQGABo1BgAgNQYAbzUGAIo1BgDENQYA0DUGABk2BgAfNgYAbjYGAJE2BgDDNgYAxjYGABg3BgA8NwYATUwRAHw3BgDCNwYAxzcGABc4BgAkOAYAbDgGAHk4BgDBOAYAzTgGABY5BgAlOQYAazkGAHU5BgDAOQYAzjkGABU6BgAaOgYAajoGAHc6BgC/OgYAxzoGAKJMEQAhOwYAaTsGAHE7BgC+OwYA1zsGABM8BgAZPAYAaDwGAG08BgC9PAYA3TwGABI9BgAePQYAZz0GAHQ9BgC8PQYAxD0GABE+BgAUPgYAZj4GAHA+BgC7PgYAvT4GABA/BgAaPwYAZT8GAHE/BgD3TBEA0D8GAA9ABgAbQAYAZEAGAGlABgC5QAYAbEAGAFk/EgDCQAYADkEGABhBBgBjQQYAa0EGAHMtCgBvQQYAuEEGAIZBBgDhaQoAvkEGAA1CBgDLQQYAtucMABNCBgBiQgYAZ0IGALdCBgC9QgYATE0RABpDBgBhQwYAd0MGALZDBgDCQwYAC0QGABBEBgBgRAYAaUQGALVEBgC/RAYACkUGABJFBgBfRQYAbkUGALRFBgC5RQYACUYGABZGBgBeRgYAa0YGALNGBgC/RgYACEcGABdHBgBdRwYAZ0cGALJHBgDARwYAB0gGABRIBgBcSAYAc0gGALFIBgC5SAYABkkGABBJBgBbSQYAYEkGALBJBgC4SQYAS04RABFKBgBaSgYAYEoGAK9KBgDKSgYABEsGABBLBgBZSwYAX0sGAKBOEQC0SwYAEI0NAMFLBgADTAYAEkwGAFhMBgBkTAYArUwGAK5MBgACTQYADE0GAFdNBgBlTQYArE0GALFNBgABTgYADk4GAPVOEQBbTgYAq04GALNOBgAATwYAA08GAFVPBgBeTwYAqk8GALlPBgD/TwYAClAGAFRQBgBcUAYAqVAGALlQBgD+UAYADFEGAFNRBgBkUQYAqFEGALRRBgD9UQYABVIGAPRPEQBYUgYAp1IGAK9SBgD8UgYAA1MGAFFTBgBfUwYAplMGAKxTBgD7UwYAB1QGAFBUBgBfVAYApVQGAK9UBgD6VAYA/1QGAE9VBgBVVQYApFUGALhVBgD5VQYAAVYGAE5WBgB4VgYAo1YGAKxWBgD4VgYABVcGAE1XBgBbVwYAolcGALVXBgD3VwYAE1gGAElQEQBRWAYAoVgGAK5YBgD2WAYAA1kGAEtZBgBXWQYAoFkGAK9ZBgD1WQYA/1kGAEpaBgBYWgYAn1oGAKRaBgD0WgYAAVsGAElbBgBRWwYAnlARAKpbBgDzWwYAA1wGAEhcBgBRXAYAnVwGAKBcBgDyXAYA/lwGAEddBgBOXQYA81ARAMZdBgDxXQYA+l0GAEZeBgBTXgYAm14GAKleBgDwXgYAA18GAEVfBgBhXwYASFERAKhfBgDvXwYABWAGAERgBgBQYAYAmWAGAKBgBgDuYAYA9mAGAENhBgBIYQYAmGEGAKFhBgDtYQYA92EGAJ1REQBDYgYAl2IGAKNiBgDsYgYA8mIGAEFjBgBDYwYAlmMGAKBjBgDrYwYA+WMGAEBkBgBFZAYAlWQGAKJkBgDqZAYA8mQGAD9lBgBJZQYAlGUGAKJlBgDpZQYA/2UGAD5mBgBKZgYAk2YGAJpmBgDoZgYA8GYGAD1nBgBCZwYAkmcGAJtnBgDnZwYA8WcGAPJREQBCaAYAkWgGAJdoBgDmaAYA62gGADtpBgBBaQYAR1IRAJVpBgDlaQYA8mkGADpqBgBHagYAj2oGAJtqBgDkagYA82oGADlrBgBDawYAjmsGAJxrBgDjawYA6GsGADhsBgBFbAYAjWwGAJVsBgBGUxEA8GwGADdtBgBNbQYAjG0GAJhtBgDhbQYA5m0GADZuBgA/bgYAi24GAJVuBgCbUxEA7G4GADVvBgBGbwYAim8GAJZvBgDfbwYA7m8GADRwBgA+cAYAiXAGAJdwBgDecAYA43AGADNxBgBAcQYAiHEGAJJxBgDdcQYAlHEGAIR1BgDrcQYAMnIGAEhyBgCHcgYAk3IGANxyBgDhcgYAMXMGADpzBgCGcwYAkHMGANtzBgDncwYAMHQGADZ0BgCFdAYAi3QGANp0BgDfdAYAL3UGADV1BgDwUxEAinUGANl1BgDfdQYALnYGADN2BgCDdgYAiXYGAEVUEQDmdgYALXcGAEN3BgCCdwYAjncGANd3BgDcdwYALHgGADV4BgCBeAYAi3gGANZ4BgDieAYAK3kGAD55BgCAeQYAj3kGANV5BgDheQYAKnoGACt6BgB/egYAiXoGANR6BgDiegYAKXsGAC57BgB+ewYAi3sGAJpUEQDiewYAKHwGAEh8BgB9fAYAiXwGANJ8BgDcfAYAJ30GACx9BgB8fQYAfX0GANF9BgDdfQYAJn4GADN+BgB7fgYAh34GANB+BgDjfgYAJX8GADR/BgB6fwYAhn8GAM9/BgDQfwYAJIAGAC6ABgB5gAYAh4AGAM6ABgDTgAYAI4EGADCBBgDvVBEAlIEGAERVEQDTgQYAIoIGACiCBgB3ggYAfIIGAMyCBgDSggYAmVURACaDBgB2gwYAeYMGAMuDBgDXgwYAIIQGACaEBgB1hAYAkIQGAMqEBgDWhAYAH4UGACWFBgB0hQYAdoUGAMmFBgDkhQYAHoYGACCGBgBzhgYAgYYGAMiGBgDZhgYAHYcGAB+HBgByhwYAi4cGAMeHBgDYhwYAHIgGACiIBgCYVhEAe4gGAMaIBgDUiAYAG4kGADGJBgBwiQYAfIkGAMWJBgDKiQYAGooGACOKBgBvigYAeYoGAMSKBgDMigYAGYsGAB6LBgBuiwYAfYsGAMOLBgDSiwYAGIwGACGMBgBtjAYAc4wGAMKMBgDIjAYAF40GACONBgBsjQYAc40GAMGNBgDJjQYAFo4GABiOBgBrjgYAe44GAMCOBgDKjgYAFY8GACGPBgBqjwYAcI8GAL+PBgDHjwYA7VYRACCQBgBpkAYAepAGAL6QBgDKkAYAE5EGACKRBgBokQYAcpEGAL2RBgDLkQYAEpIGABeSBgBnkgYAdJIGALySBgDEkgYAEZMGABuTBgCkqgYAHZMGAGaTBgBskwYAu5MGAMGTBgAQlAYAFZQGAGWUBgBrlAYAQlcRAMaUBgAPlQYAFZUGAGSVBgB/lQYAuZUGAMWVBgAOlgYAFJYGAGOWBgBrlgYAuJYGALuWBgANlwYAGZcGAGKXBgBzlwYAt5cGAMOXBgAMmAYAG5gGAGGYBgBrmAYAtpgGAMSYBgALmQYAEJkGAGCZBgBtmQYAtZkGAL2ZBgAKmgYAFJoGAF+aBgBtmgYAtJoGAMqaBgAJmwYAFZsGAF6bBgBjmwYAs5sGALybBgAInAYAEpwGAEFYEQBjnAYAspwGALicBgAHnQYAE50GAFydBgBpnQYAsZ0GALudBgAGngYADp4GAFueBgBlngYAsJ4GALWeBgAFnwYABp8GAFqfBgBfnwYAr58GAMCfBgAEoAYACaAGAFmgBgBwoAYArqAGAMKgBgADoQYAH6EGAFihBgBgoQYAllgRALWhBgACogYADKIGAFeiBgBrogYArKIGAK2iBgABowYADaMGAFajBgByowYAq6MGALOjBgDrWBEACaQGAFWkBgBjpAYAqqQGAGSkBgA7DwsAtKQGAP+kBgABpQYAVKUGAG2lBgCppQYAuqUGAP6lBgAKpgYAU6YGAFumBgBAWREAtKYGAP2mBgADpwYAUqcGAG2nBgCnpwYAs6cGAPynBgACqAYAUagGAFSoBgCmqAYArqgGAPuoBgALqQYAUKkGAFWpBgClqQYArqkGAPqpBgAHqgYAT6oGAFaqBgCVWREAsqoGAPmqBgAPqwYATqsGAFqrBgCjqwYAqKsGAPirBgABrAYATawGAFesBgCirAYAvqwGAPesBgD/rAYA6lkRAFGtBgChrQYAqa0GAPatBgD4rQYAS64GAGauBgCgrgYAoq4GAPWuBgADrwYASq8GAFuvBgCfrwYAoa8GAPSvBgANsAYASbAGAFqwBgCesAYAqrAGAPOwBgD7sAYAP1oRAFSxBgCdsQYAo7EGAPKxBgANsgYAR7IGAFOyBgCcsgYAorIGAPGyBgD0sgYAlFoRAGOzBgCbswYAnLMGAPCzBgD/swYARbQGAEq0BgCatAYAp7QGAO+0BgD8tAYARLUGAFC1BgCZtQYAqLUGAO61BgD4tQYAQ7YGAFG2BgCYtgYAnbYGAO22BgD6tgYAQrcGAE63BgCXtwYAnbcGAOy3BgCqtwYALM0GAPK3BgBBuAYARrgGAJa4BgCcuAYA6VoRAPC4BgBAuQYAYLkGAJW5BgChuQYA6rkGAPC5BgA/ugYAR7oGAGjmBgBIugYAlLoGAKG6BgDpugYA77oGAD67BgBKuwYAk7sGAJW7BgDouwYA97sGAD28BgBIvAYAkrwGAJS8BgDnvAYAAL0GADy9BgBNvQYAkb0GAJ29BgDmvQYA8r0GADu+BgBOvgYAkL4GAJ++BgDlvgYA8b4GADq/BgA7vwYAj78GAJm/BgDkvwYA8r8GADnABgA+wAYAjsAGAJvABgA+WxEA8MAGADjBBgBMwQYAjcEGAKnBBgDiwQYA/sEGAJNbEQBGwgYAjMIGAI3CBgDhwgYA8MIGADbDBgA7wwYAi8MGAJjDBgDgwwYA7cMGADXEBgBBxAYAisQGAJnEBgDfxAYA6cQGADTFBgBCxQYAicUGAI7FBgDexQYA68UGADPGBgBDxgYAiMYGAIrGBgDdxgYA68YGADLHBgBDxwYA6FsRAI7HBgA9XBEA4ccGADHIBgA+yAYAhsgGAJPIBgDbyAYA4cgGADDJBgA8yQYAhckGAJXJBgDayQYA48kGAC/KBgAyygYAhMoGAJDKBgDZygYA4MoGAJJcEQA6ywYAg8sGAJPLBgDYywYA4csGAC3MBgAwzAYAgswGAI7MBgDXzAYA3swGAOdcEQA7zQYAgc0GAI3NBgDWzQYA180GACvOBgA1zgYAgM4GAI7OBgDVzgYA2s4GACrPBgA3zwYAPF0RAITPBgDUzwYA488GACnQBgBJ0AYAftAGAIrQBgDT0AYA3dAGACjRBgAw0QYAfdEGAInRBgDS0QYA2NEGACfSBgAt0gYAfNIGAIHSBgDR0gYA19IGADteEQAr0wYAe9MGAITTBgDQ0wYA4dMGACXUBgAs1AYAetQGAILUBgDP1AYA3NQGACTVBgAp1QYAedUGAIPVBgDO1QYA1tUGACPWBgAy1gYAeNYGAH3WBgDN1gYA2tYGACLXBgAv1wYAd9cGAIPXBgDM1wYA29cGACHYBgAr2AYAdtgGAH7YBgDL2AYA1dgGACDZBgAl2QYAddkGAH3ZBgA6XxEAz9kGAB/aBgAi2gYAdNoGAH7aBgCPXxEAz9oGAB7bBgAj2wYAc9sGAJPbBgDI2wYA1NsGAB3cBgAj3AYActwGAHXcBgDH3AYAydwGABzdBgA33QYAcd0GAHPdBgDG3QYA1N0GABveBgAs3gYAcN4GAHLeBgDF3gYA3t4GABrfBgAr3wYAb98GAHvfBgDkXxEA1N8GABngBgA54AYAbuAGAHDgBgDD4AYAz+AGALaPDwDS4AYArvUGAN/gBgD2AgcA7+AGABjhBgAb4QYAbeEGAHzhBgDC4QYAx+EGABfiBgAk4gYAbOIGAHniBgDB4gYAzeIGABbjBgAl4wYAa+MGAHXjBgDA4wYAzuMGABXkBgAa5AYAauQGAHfkBgC/5AYAy+QGABTlBgAa5QYAaeUGAG/lBgC+5QYAw+UGABPmBgAZ5gYAOWARAH7mBgC95gYAv+YGABLnBgAm5wYAZ+cGAG/nBgC85wYAyecGABHoBgAW6AYAZugGAHDoBgC76AYAw+gGABDpBgAp6QYAZekGAHHpBgC66QYAwukGAI5gEQAq6gYAZOoGAGbqBgC56gYAx+oGAA7rBgAf6wYAY+sGAGXrBgC46wYA0esGAA3sBgAe7AYAYuwGAG7sBgDjYBEAvOwGAAztBgAV7QYAYe0GAHLtBgC27QYAve0GAAvuBgAT7gYAYO4GAG3uBgC17gYAuu4GAArvBgAU7wYAX+8GAGfvBgC07wYAze8GAAnwBgAV8AYAXvAGAGbwBgCNYREAtvAGAAjxBgAS8QYAXfEGAF/xBgCy8QYAy/EGAAfyBgAY8gYAXPIGAGryBgCx8gYAtPIGAAbzBgAR8wYAW/MGAGfzBgCw8wYAt/MGAOJhEQAK9AYAWvQGAGL0BgCv9AYAvfQGAAT1BgAF9QYAWfUGAHT1BgA3YhEAs/UGAAP2BgAQ9gYAWPYGAGX2BgCt9gYAufYGAAL3BgAR9wYAV/cGAGH3BgCs9wYAuvcGAAH4BgAG+AYAVvgGAGP4BgCr+AYAt/gGAAD5BgAG+QYAVfkGAFv5BgCq+QYAr/kGAP/5BgAF+gYAjGIRAGH6BgCp+gYAq/oGAP76BgAX+wYAU/sGAGT7BgCo+wYAtPsGAP37BgAF/AYAi2MRAFf8BgCn/AYAr/wGAPz8BgAV/QYAUf0GAFb9BgCm/QYAq/0GAPv9BgAF/gYAUP4GAFP+BgCl/gYAr/4GAPr+BgAA/wYAT/8GAFH/BgCk/wYApf8GAPn/BgABAAcATgAHAF4ABwCjAAcAqQAHAPgABwD9AAcATQEHAGMBBwCiAQcAqgEHAPcBBwAhAgcATAIHAG8CBwChAgcAwAIHAOBjEQD+AgcANWQRAFwDBwCgAwcArgMHAPUDBwABBAcASgQHAFcEBwCfBAcAqQQHAPQEBwD8BAcASQUHAFQFBwCeBQcAoAUHAPMFBwD2BQcASAYHAFAGBwCdBgcAowYHAPIGBwD7BgcARwcHAFQHBwCcBwcApAcHAPEHBwD2BwcARggHAE8IBwCbCAcApQgHAPAIBwD4CAcARQkHAEoJBwCaCQcAqgkHAO8JBwD3CQcARAoHAEYKBwCZCgcAtAoHAO4KBwDwCgcAQwsHAFELBwCYCwcAqQsHAO0LBwDvCwcAQgwHAFsMBwCXDAcAqAwHAOwMBwD4DAcAQQ0HAEkNBwCKZBEAnA0HAOsNBwDwDQcAQA4HAGAOBwCVDgcAoQ4HAOoOBwDwDgcAPw8HAEIPBwCUDwcAnA8HAOkPBwDzDwcAPhAHAEMQBwCTEAcAmxAHAOgQBwDyEAcAPREHAD8RBwCSEQcAoxEHAOcRBwAHEgcAPBIHAEQSBwCREgcAmxIHAOYSBwDrEgcA32QRAE8TBwCQEwcAmBMHAOUTBwDqEwcAOhQHAEoUBwCPFAcAlxQHAOQUBwDuFAcAORUHAEQVBwCOFQcAmhUHAOMVBwDrFQcANGURAEQWBwCNFgcAmRYHAOIWBwDpFgcANxcHAD8XBwCMFwcApRcHAOEXBwDnFwcANhgHADsYBwCLGAcAqxgHAOAYBwDsGAcANRkHADsZBwCKGQcAjRkHAIllEQDhGQcANBoHAO0ZBwARiRAANxoHAIkaBwCTGgcA3hoHAOwaBwAzGwcAQhsHAIgbBwCLGwcA3RsHAKAbBwDzWgcApBsHAGo5BwDpGwcAMhwHADQcBwCHHAcAjRwHANwcBwDrHAcAMR0HADwdBwCGHQcAjh0HALOaBwCgHQcA2x0HAOcdBwAwHgcAQx4HAIUeBwCUHgcA2h4HAOYeBwAvHwcAMB8HAIQfBwCOHwcA2R8HAOcfBwAuIAcAMyAHAIMgBwCQIAcA3mURAPIgBwAtIQcAPCEHAIIhBwCHIQcA1yEHAOQhBwAsIgcAOSIHAIEiBwCNIgcA1iIHAOUiBwArIwcANSMHAIAjBwCOIwcA1SMHANojBwAqJAcANyQHAH8kBwCLJAcA1CQHANokBwApJQcALyUHAH4lBwCDJQcA0yUHANklBwAzZhEAKSYHAH0mBwAxJgcALckJADUmBwDvsQkANyYHAASfBwBIJgcAHIAOAIkmBwDSJgcA2CYHAN9tCADfJgcAJycHAConBwB8JwcAiCcHANEnBwDTJwcAJigHACwoBwB7KAcAiigHANAoBwDbKAcAJSkHACYpBwB6KQcAjikHAM8pBwDpKQcAJCoHADAqBwB5KgcAjCoHAM4qBwDdKgcAIysHAC8rBwB4KwcAeSsHAM0rBwDXKwcAIiwHADAsBwB3LAcAfCwHAMwsBwDZLAcAiGYRADstBwB2LQcAhS0HAMstBwDQLQcAIC4HAC0uBwB1LgcAgi4HAMouBwDWLgcAHy8HAC4vBwB0LwcAfi8HAMkvBwDXLwcAHjAHACMwBwBzMAcAgDAHAMgwBwDUMAcAHTEHACMxBwByMQcAeDEHAMcxBwDMMQcAHDIHACIyBwDdZhEAfzIHAMYyBwDhMgcAGzMHACkzBwBwMwcAfTMHAMUzBwDcMwcAGjQHACk0BwBvNAcAdDQHAMQ0BwDRNAcAGTUHACY1BwBuNQcAejUHAMM1BwDSNQcAGDYHACI2BwBtNgcAezYHAMI2BwDHNgcAFzcHACQ3BwBsNwcAbzcHAME3BwDNNwcAFjgHABw4BwBrOAcAcTgHAMA4BwDFOAcAFTkHABs5BwAyZxEAhjkHAIdnEQDFOQcAFDoHABY6BwBpOgcAdjoHAL46BwDBOgcAEzsHABQ7BwBoOwcAbTsHAL07BwDDOwcAEjwHABw8BwBnPAcAgzwHALw8BwDYPAcA3GcRABc9BwBmPQcAaD0HALs9BwDIPQcAED4HABM+BwBlPgcAZj4HALo+BwC/PgcADz8HABU/BwBkPwcAbj8HALk/BwDVPwcADkAHACpABwAxaBEAaUAHALhABwC+QAcADUEHABJBBwBiQQcAaEEHAIZoEQC5QQcADEIHABpCBwBhQgcAckIHAIVpEQC9QgcA2mkRABBDBwBgQwcAaEMHALVDBwC6QwcACkQHAMRDBwD2VwcAC0QHAF9EBwBrRAcAtEQHAMFEBwAJRQcAEUUHAF5FBwBoRQcAs0UHAMJFBwAIRgcACUYHAF1GBwBlRgcAskYHAMFGBwAHRwcADEcHAFxHBwBpRwcAsUcHAL5HBwAGSAcAEkgHAFtIBwBqSAcAsEgHALpIBwAFSQcAE0kHAFpJBwBfSQcAr0kHALxJBwAESgcADEoHAFlKBwBjSgcArkoHALNKBwADSwcAC0sHAIRqEQBdSwcArUsHALZLBwCoUAcAuksHAAJMBwAPTAcAV0wHAGNMBwCsTAcAu0wHAAFNBwALTQcAVk0HAGRNBwCrTQcAsE0HAABOBwANTgcAVU4HAF1OBwDZahEAtk4HAP9OBwAPTwcAVE8HAF1PBwCpTwcArE8HAP5PBwAKUAcAU1AHAFpQBwAuaxEAuVAHAP1QBwAEUQcAUlEHAF9RBwCnUQcAxlEHAPxRBwAGUgcAUVIHAFlSBwCmUgcAtVIHAPtSBwAAUwcAUFMHAF1TBwClUwcAslMHAPpTBwAGVAcAT1QHAF5UBwCkVAcArlQHAPlUBwABVQcATlUHAFhVBwCjVQcAqFUHAPhVBwAAVgcAg2sRAFlWBwCiVgcAqFYHAPdWBwASVwcATFcHAFhXBwChVwcAp1cHANhrEQD7VwcAS1gHAFhYBwCgWAcArVgHAPVYBwABWQcASlkHAFlZBwCfWQcAqVkHAC1sEQD+WQcASVoHAE5aBwCeWgcAploHAIJsEQD9WgcASFsHAE5bBwCdWwcAn1sHAPJbBwD/WwcAR1wHAEpcBwCcXAcAnVwHAPFcBwD2XAcARl0HAExdBwCbXQcApV0HAPBdBwAKXgcARV4HAFReBwCaXgcAn14HAO9eBwD8XgcARF8HAFFfBwCZXwcApV8HAO5fBwD9XwcAQ2AHAE1gBwCYYAcApmAHAO1gBwDyYAcAQmEHAE9hBwCXYQcAoWEHADhrBwCjYQcA7GEHAPJhBwBBYgcAR2IHAJZiBwCbYgcA62IHAPFiBwDXbBEARWMHAJVjBwCiYwcA6mMHAPdjBwA/ZAcAS2QHAJRkBwCjZAcA6WQHAPNkBwA+ZQcATGUHAJNlBwCYZQcA6GUHAPVlBwA9ZgcARWYHANZtEQCYZgcA52YHAO1mBwA8ZwcAQWcHAJFnBwCXZwcAK24RAOhnBwA7aAcARGgHAJBoBwCTaAcA5WgHAPFoBwA6aQcAQWkHAI9pBwCXaQcA5GkHAP1pBwA5agcATWoHAI5qBwCqagcA42oHAOtqBwDVbhEARmsHAI1rBwCjawcA4msHAO5rBwA3bAcAPGwHAIxsBwCVbAcA4WwHAOtsBwA2bQcAUm0HAIttBwCTbQcAKm8RAOVtBwA1bgcAQm4HAIpuBwCXbgcA324HAOtuBwA0bwcAQ28HAIlvBwCTbwcA3m8HAOxvBwAzcAcAOHAHAIhwBwCVcAcA3XAHAOVwBwB/bxEAQHEHAIdxBwCdcQcA3HEHAOhxBwAxcgcANnIHAIZyBwCPcgcA23IHAOVyBwAwcwcAOHMHAIVzBwCUcwcA2nMHANxzBwAvdAcAOHQHAIR0BwCHdAcA2XQHAOV0BwAudQcANXUHAIN1BwCLdQcA2HUHAPF1BwAtdgcAQXYHAIJ2BwCedgcA13YHAN92BwDUbxEAMXcHAIF3BwCOdwcA1ncHAON3BwAreAcAN3gHAIB4BwCPeAcA1XgHAN94BwAqeQcANHkHAH95BwCNeQcA1HkHAOp5BwApegcANXoHAH56BwCDegcA03oHANx6BwAoewcAMnsHAH17BwCJewcA0nsHANh7BwAnfAcALXwHAHx8BwCBfAcA0XwHANd8BwApcBEAMn0HAHt9BwB/fQcA0H0HAN99BwAlfgcAKn4HAHp+BwCHfgcAz34HANx+BwAkfwcAMH8HAHl/BwCIfwcAzn8HANh/BwAjgAcAMYAHAHiABwB9gAcAzYAHANqABwAigQcALoEHAHeBBwB9gQcAzIEHANKBBwAhggcAJoIHAHaCBwB8ggcAfnARANCCBwAggwcAJ4MHAHWDBwCBgwcAyoMHAMyDBwAfhAcAzYMHAMSJBwA6hAcAdIQHAHaEBwDJhAcA14QHAB6FBwAvhQcAc4UHAHWFBwDIhQcA4YUHAB2GBwAuhgcAcoYHAH6GBwDHhgcA04YHAByHBwAvhwcAcYcHAICHBwDGhwcA0ocHABuIBwAciAcAcIgHAHqIBwDFiAcA04gHABqJBwAfiQcAb4kHAHyJBwDTcBEAxokHABmKBwA0igcAbooHAHCKBwDDigcA0YoHABiLBwApiwcAbYsHAG+LBwDCiwcA24sHABeMBwAojAcAbIwHAHiMBwDBjAcAzYwHABaNBwApjQcAa40HAHqNBwDAjQcAzI0HABWOBwAWjgcAao4HAHSOBwC/jgcAzY4HABSPBwAZjwcAaY8HAHaPBwDScREAw48HABOQBwAbkAcAaJAHAGqQBwC9kAcAzpAHABKRBwAgkQcAZ5EHAIKRBwC8kQcAyJEHABGSBwAZkgcA0XIRAGuSBwC7kgcAwpIHABCTBwAckwcAZZMHAGiTBwC6kwcAwpMHAA+UBwAflAcAZJQHAGmUBwC5lAcAwpQHAA6VBwAblQcAY5UHAGqVBwC4lQcAwJUHACZzEQAalgcAYpYHAGqWBwC3lgcAy5YHAAyXBwARlwcAYZcHAGqXBwC2lwcAvJcHAAuYBwATmAcAYJgHAG+YBwC1mAcAxpgHAAqZBwATmQcAX5kHAGKZBwC0mQcAvpkHAAmaBwAVmgcAXpoHAGSaBwB7cxEAwJoHAAibBwANmwcAXZsHAGSbBwCymwcAvpsHAAecBwAPnAcA0HMRAHecBwCxnAcAs5wHAAadBwAUnQcAW50HAGydBwCwnQcAsp0HAAWeBwAengcAWp4HAGueBwCvngcAu54HACV0EQATnwcAWZ8HAGKfBwCunwcAtJ8HAAOgBwAJoAcAWKAHAGSgBwCtoAcAtKAHAAKhBwAKoQcAV6EHAFuhBwCsoQcAt6EHAAGiBwAPogcAVqIHAGeiBwCrogcAt6IHAACjBwAIowcAenQRAFijBwCqowcAtKMHAP+jBwABpAcAVKQHAG2kBwCppAcAuqQHAP6kBwAMpQcAU6UHAFalBwCopQcAs6UHAP2lBwALpgcAUqYHAF+mBwCnpgcAvqYHAPymBwAEpwcAUacHAFOnBwCmpwcArqcHAPunBwAKqAcAUKgHAFWoBwClqAcAsqgHAPqoBwAHqQcAT6kHAFupBwCkqQcAs6kHAPmpBwADqgcATqoHAFyqBwCjqgcAqKoHAPiqBwAFqwcATasHAFWrBwCiqwcArKsHAPerBwD8qwcATKwHAFSsBwChrAcApKwHAPasBwATrQcAS60HAFytBwCgrQcAqK0HAPWtBwD4rQcASq4HAFauBwCfrgcApa4HAPSuBwAPrwcASa8HAFWvBwCerwcApK8HAM90EQACsAcASLAHAEmwBwCdsAcA1bAHAPKwBwAAsQcAR7EHAEixBwCcsQcApLEHAPGxBwAAsgcARrIHAEuyBwCbsgcAqLIHAPCyBwD9sgcARbMHAFGzBwCaswcAqbMHAO+zBwD5swcARLQHAFK0BwCZtAcAnrQHAO60BwD7tAcAQ7UHAEu1BwCYtQcAorUHAO21BwDytQcAQrYHAEq2BwCXtgcAobYHAOy2BwD3tgcAQbcHAE23BwCWtwcAnrcHACR1EQDwtwcAQLgHAEO4BwCVuAcAn7gHAOq4BwDyuAcAeXURAE25BwCUuQcAqrkHAOm5BwD1uQcAProHAEO6BwCTugcAnLoHAOi6BwDyugcAPbsHAEW7BwCSuwcAnrsHAOe7BwD6uwcAPLwHAD28BwCRvAcAn7wHAOa8BwDsvAcAO70HAEe9BwCQvQcAl70HAM51EQDmvQcAOr4HAEa+BwCPvgcAnL4HAOS+BwDsvgcAOb8HAEO/BwCOvwcAnb8HAOO/BwDkvwcAOMAHAEDABwCNwAcAnMAHAOLABwDnwAcAN8EHAETBBwCMwQcAmcEHAOHBBwDtwQcANsIHAEXCBwCLwgcAlcIHAODCBwDuwgcANcMHADrDBwCKwwcAl8MHAN/DBwDnwwcANMQHADjEBwCJxAcAl8QHAN7EBwDoxAcAM8UHAD7FBwCIxQcAkMUHAN3FBwDoxQcAMsYHADfGBwCHxgcAisYHANzGBwDmxgcAMccHADnHBwCGxwcApccHACN2EQDqxwcAMMgHADHIBwCFyAcAjcgHANrIBwDbyAcAL8kHADXJBwCEyQcAickHANnJBwD0yQcALsoHADzKBwCDygcAisoHANjKBwDkygcALcsHADPLBwCCywcAnssHANfLBwDfywcAeHYRADLMBwCBzAcAh8wHANbMBwDbzAcAK80HADHNBwDNdhEAhc0HANXNBwDczQcAKs4HADbOBwB/zgcAh84HAHd3EQDnzgcAKc8HAF/PBwB+zwcAgM8HAH3QBwCzzwcA088HAPjPBwAo0AcAL9AHACF4EQBi0AcAzHcRAI3QBwDS0AcADNEHAHZ4EQAw0QcAes4MADHRBwBCBA8ARNEHAHzRBwBH0QcAuTgOAI3RBwDR0QcA2dEHACbSBwAp0gcAe9IHAIfSBwDQ0gcA1tIHACXTBwBA0wcAetMHAIbTBwDP0wcA1dMHACTUBwAs1AcAedQHAJXUBwDO1AcA1tQHAMt4EQAy1QcAeNUHAHnVBwDN1QcA1dUHACLWBwAj1gcAd9YHAH3WBwDM1gcA0dYHACHXBwA81wcAdtcHAITXBwDL1wcA0tcHACDYBwAs2AcAddgHAHvYBwDK2AcA5tgHAB/ZBwAn2QcAIHkRAHrZBwDJ2QcAz9kHAB7aBwAj2gcAc9oHAHnaBwB1eREAzdoHAB3bBwAk2wcActsHAH7bBwDH2wcAz9sHAB96EQAv3AcAcdwHAKfcBwDG3AcAyNwHAMXdBwD73AcAG90HAEDdBwBw3QcAd90HAMl6EQCq3QcAdHoRANXdBwAa3gcAVN4HAB57EQBx3gcAxN4HAMXeBwAZ3wcAI98HAG7fBwB83wcAw98HAN7fBwAY4AcAJOAHAG3gBwB14AcAc3sRAM7gBwAX4QcAHeEHAGzhBwCH4QcAweEHAM3hBwAW4gcAHOIHAGviBwBz4gcAwOIHAM7iBwAV4wcAGOMHAGrjBwBy4wcAv+MHAMjjBwAU5AcAIeQHAGnkBwBr5AcAvuQHANnkBwAT5QcAFeUHAGjlBwB25QcAveUHAM7lBwAS5gcAFOYHAGfmBwCA5gcAvOYHAM3mBwAR5wcAHecHAGbnBwBu5wcAyHsRAMHnBwAQ6AcAGOgHAGXoBwBs6AcAuugHAL/oBwAP6QcAG+kHAGTpBwBn6QcAuekHAMHpBwAO6gcAG+oHAGPqBwBo6gcAuOoHAMLqBwAN6wcAFesHAGLrBwBu6wcAt+sHAMrrBwAM7AcAGuwHAGHsBwBk7AcAtuwHAMDsBwAdfBEADu0HAGDtBwBo7QcAte0HALjtBwAK7gcAFu4HAF/uBwBl7gcAtO4HAM/uBwAJ7wcAFe8HAF7vBwBk7wcAs+8HALvvBwAI8AcAFvAHAF3wBwBg8AcAsvAHALrwBwAH8QcAEPEHAFzxBwBp8QcAsfEHALPxBwAG8gcAIfIHAFvyBwBd8gcAsPIHAL7yBwAF8wcAFvMHAFrzBwBc8wcAr/MHAMjzBwAE9AcAFfQHAFn0BwBl9AcArvQHALb0BwByfBEACfUHAFj1BwBg9QcArfUHALT1BwAC9gcAB/YHAFf2BwBj9gcArPYHAK/2BwAB9wcACfcHAFb3BwBj9wcAq/cHALD3BwAA+AcACvgHAFX4BwBd+AcAqvgHALb4BwD/+AcAEvkHAFT5BwBi+QcAqfkHAKz5BwD++QcACPoHAMd8EQBW+gcAqPoHALT6BwD9+gcAA/sHAFL7BwBt+wcAp/sHALP7BwD8+wcAAvwHAFH8BwBZ/AcApvwHALT8BwD7/AcA/vwHAFD9BwBY/QcApf0HAK79BwD6/QcAB/4HAE/+BwBR/gcApP4HAL/+BwD5/gcA+/4HAE7/BwBc/wcAo/8HALT/BwD4/wcA+v8HAE0ACABmAAgAogAIALMACAD3AAgAAwEIAEwBCABUAQgAHH0RAKcBCAD2AQgA/gEIAEsCCABSAggAoAIIAKUCCAD1AggAAQMIAEoDCABNAwgAnwMIAKcDCAD0AwgAAQQIAEkECABOBAgAngQIAKgECADzBAgA+wQIAEgFCABUBQgAnQUIALAFCADyBQgAAAYIAEcGCABKBggAnAYIAKYGCABxfREA+QYIAMZ9EQBUBwgAmwcIAKwHCADwBwgA/AcIAEUICABNCAgAG34RAJ8ICADvCAgA+QgIAEQJCABMCQgAmQkIAKkJCADuCQgA8wkIAEMKCABMCggAmAoIAKUKCADtCggA9AoIAHB+EQBECwgAlwsIAEcLCADeGAkASwsIABE0EABOCwgAwDAPAFALCAAifwkAoQsIAPiiDwCoCwgA7AsIAP0LCABBDAgATwwIAJYMCACyDAgA6wwIAAcNCADFfhEATg0IAJUNCACiDQgA6g0IAAEOCAA/DggASw4IAJQOCACaDggA6Q4IAO8OCAA+DwgAQw8IAJMPCACZDwgAGn8RAP4PCAA9EAgATBAIAJIQCABpEAgAjRUIAJQQCADnEAgA9hAIADwRCABHEQgAkREIAJ0RCADmEQgA6REIADsSCADtEQgALh8IAAISCADfGAgARxIIAJASCACWEggA5RIIAAATCAA6EwgARhMIAI8TCACVEwgA5BMIAPATCAA5FAgAPxQIAI4UCACUFAgA4xQIAOgUCAA4FQgAPhUIAG9/EQCQFQgA4hUIAP4VCAA3FggAPxYIAG6AEQCYFggA4RYIAOcWCAA2FwgAURcIAIsXCACXFwgA4BcIAOYXCAA1GAgAPRgIAIoYCACrGAgAw4ARAOcYCAAYgREAORkIAIkZCACWGQgA3hkIAOsZCAAzGggAPxoIAIgaCACXGggA3RoIAOcaCAAyGwgAOhsIAIcbCACRGwgA3BsIAOobCAAxHAgARxwIAIYcCACSHAgA2xwIAOAcCAAwHQgAOR0IAIUdCACPHQgA2h0IAOIdCAAvHggAOR4IAIQeCACJHggA2R4IAOEeCABtgREAOh8IAIMfCACWHwgA2B8IAOcfCAAtIAgAOSAIAIIgCACDIAgA1yAIAOEgCAAsIQgAOiEIAIEhCACGIQgA1iEIAOMhCADCgREANiIIAIAiCACMIggA1SIIANsiCAAqIwgANiMIAH8jCACHIwgAwYIRANcjCAApJAgAMSQIAH4kCACLJAgA0yQIANgkCAAoJQgAMCUIAH0lCAB/JQgA0iUIAO0lCAAnJggAKSYIAHwmCACKJggA0SYIAOImCAAmJwgAKCcIAHsnCACUJwgA0CcIAOEnCAAlKAgAMSgIAHooCACCKAgAFoMRANQoCAAkKQgAMSkIAHkpCACGKQgAzikIANopCAAjKggAMioIAHgqCACCKggAzSoIANsqCAAiKwgAJysIAHcrCACEKwgAzCsIANQrCAAhLAgAIywIAHYsCACALAgAyywIANMsCABrgxEAKy0IAHUtCACDLQgAyi0IAM0tCAAfLggAJy4IAHQuCACKLggAyS4IAM4uCAAeLwgANC8IAHMvCAB/LwgAyC8IANUvCAAdMAgAJzAIAMCDEQB0MAgAxzAIANUwCAAcMQgALTEIABWEEQB3MQgAxjEIANIxCABqhBEAHTIIAHAyCAB2MggAxTIIAOUyCAAaMwgAJjMIAG8zCAB2MwgAxDMIAMwzCAAZNAgAIDQIAG40CAB6NAgAwzQIAMU0CAAYNQgAHzUIAL+EEQBwNQgAwjUIAMo1CAAXNggAJzYIAGw2CABuNggAwTYIAM82CAAWNwgAJzcIABSFEQByNwgAaYURAM03CAAVOAgAHDgIAGo4CAByOAgAvzgIAM04CAAUOQgAFzkIAGk5CABxOQgAvjkIAMU5CAATOggAIToIAGg6CABrOggAvToIAL86CAASOwgAKzsIAGc7CAB4OwgAvDsIAMg7CAARPAgAGDwIAGY8CABuPAgAuzwIAMQ8CAAQPQgAHT0IAGU9CABvPQgAuj0IAMg9CAAPPggAID4IAGQ+CABsPggAuT4IAMM+CAAOPwgAHD8IAGM/CAB5PwgAuD8IAMQ/CAANQAgAFEAIAGJACABqQAgAt0AIAL1ACAAMQQgAGEEIAGFBCABrQQgAtkEIALxBCAALQggAH0IIABOGEQBuQggAtUIIAM5CCAAKQwgAIEMIAF9DCABuQwgAtEMIAM5DCAAJRAgADEQIAARJCAAURAgA/00IABhECABeRAgAY0QIALNECADARAgACEUIABVFCABdRQgAaUUIALJFCADBRQgAB0YIABFGCABcRggAakYIALFGCAC2RggABkcIABNHCABbRwgAZ0cIALBHCAC2RwgABUgIAAtICABaSAgAX0gIAK9ICAC1SAgAaIYRABBJCABZSQgAX0kIAK5JCADJSQgAA0oIAA9KCABYSggAXkoIAK1KCAC0SggAAksIAAdLCACrTAgADksIAFdLCABZSwgArEsIALNLCAABTAgAHUwIAFZMCABeTAgAZ4cRAK9MCAAATQgADU0IAFVNCABxTQgAqk0IALJNCAC8hxEABE4IAFROCABXTggAqU4IALNOCAD+TggAD08IAFNPCABYTwgAqE8IAK1PCAD9TwgAHVAIAFJQCABbUAgAp1AIAKhQCAD8UAgACFEIAFFRCABXUQgAplEIAKxRCAD7UQgAAFIIAFBSCABWUggAEYgRAKZSCAD6UggABlMIAE9TCABcUwgApFMIAKxTCAD5UwgAAlQIAE5UCABbVAgAo1QIALFUCAD4VAgAC1UIAE1VCABVVQgAolUIAKVVCAD3VQgA/FUIAExWCABbVggAoVYIAMFWCAD2VggAAlcIAEtXCABVVwgAEIkRAKpXCAD1VwgA91cIAEpYCABUWAgAn1gIAKhYCAD0WAgA91gIAElZCABRWQgAnlkIANVZCABliREA/1kIAEhaCABXWggAnVoIAL1aCADyWggA/loIAEdbCABOWwgAnFsIAKFbCADxWwgA8lsIAEZcCABSXAgAm1wIAKFcCADwXAgA8lwIAEVdCABPXQgAml0IAKhdCADvXQgA9F0IAEReCABRXggAmV4IAKNeCADuXggA/F4IAENfCABZXwgAmF8IAKRfCADtXwgA8l8IAEJgCABLYAgAl2AIAKFgCADsYAgA+GAIAEFhCABUYQgAlmEIAKVhCADrYQgA92EIAEBiCABBYggAlWIIAJ9iCADqYggA+GIIAD9jCABEYwgAlGMIAKFjCAC6iREA92MIAD5kCABUZAgAk2QIAJ9kCADoZAgA72QIAD1lCABFZQgAkmUIAJdlCADnZQgA8GUIADxmCABGZggAkWYIAJlmCADmZggA6mYIADtnCAA9ZwgAkGcIAJ5nCADlZwgA72cIADpoCABIaAgAj2gIAJxoCADkaAgA+2gIADlpCABBaQgAjmkIAJ5pCADjaQgA6GkIADhqCAA+aggAjWoIAJVqCADiaggA52oIADdrCAA4awgAjGsIAJhrCADhawgA52sIADZsCAA4bAgAi2wIAJVsCADgbAgA7mwIADVtCAA6bQgAim0IAJdtCAC5ihEA4W0IADRuCAA+bggAiW4IAJduCADebggA424IADNvCABAbwgAiG8IAIpvCABdQwoAkm8IAN1vCADrbwgAMnAIAEhwCACHcAgAk3AIANxwCADhcAgAMXEIADpxCACGcQgAkHEIANtxCADncQgAMHIIAENyCACFcggAlHIIANpyCADmcggAL3MIADBzCACEcwgAjnMIANlzCADncwgALnQIADN0CACDdAgAkHQIAA6LEQDhdAgALXUIADd1CACCdQgAhHUIANd1CADhdQgALHYIADh2CACBdggAiXYIAA2MEQDXdggAK3cIADd3CACAdwgAhncIANV3CADXdwgAKngIADR4CAB/eAgAjXgIANR4CADZeAgAKXkIADZ5CAB+eQgAhnkIANN5CADdeQgAKHoIADZ6CAB9eggAk3oIANJ6CADeeggAJ3sIAC57CAB8ewgAhHsIANF7CADWewgAJnwIAC98CAB7fAgAhXwIANB8CADlfAgAJX0IAC59CAB6fQgAh30IAM99CADRfQgAJH4IAD1+CAB5fggAin4IAM5+CADafggAI38IACt/CABijBEAfX8IAM1/CADVfwgAIoAIADiACAB3gAgAfIAIAMyACADTgAgAIYEIAC+BCAB2gQgAhoEIAMuBCADfgQgAIIIIACiCCAB1gggAhIIIAMqCCADPgggAH4MIACiDCAB0gwgAgYMIAMmDCADTgwgAHoQIACqECABzhAgAeYQIALeMEQDWhAgAHYUIADOFCAByhQgAfoUIAMeFCADMhQgAHIYIACWGCABxhggAe4YIAMaGCADOhggAG4cIAB+HCABwhwgAcocIAMWHCADThwgAGogIACSICABviAgAfYgIAMSICADRiAgAGYkIADCJCABuiQgAdokIAMOJCADTiQgAGIoIAB2KCABtiggAc4oIAMKKCADKiggAF4sIADKLCABsiwgAbosIAMGLCADSiwgAFowIAB+MCABrjAgAd4wIAAyNEQDFjAgAFY0IABiNCABqjQgAdI0IAL+NCADBjQgAFI4IAC+OCABpjggAa44IAL6OCADMjggAE48IACSPCABojwgAao8IAL2PCADWjwgAEpAIACOQCABnkAgAc5AIAGGNEQDZkAgAEZEIACKRCABmkQgAgpEIALuRCADDkQgAto0RABWSCABlkggAbZIIALqSCADFkggAD5MIABSTCABkkwgAZ5MIALmTCADDkwgADpQIABGUCABjlAgAa5QIALiUCAC6lAgADZUIACiVCABilQgAZJUIALeVCADFlQgADJYIAB2WCABhlggAY5YIALaWCADPlggAC5cIAByXCABglwgAbJcIALWXCAC9lwgAC44RABeYCABfmAgAZ5gIALSYCAC+mAgACZkIABSZCABemQgAapkIALOZCAC7mQgAYI4RAA2aCABdmggAYpoIALKaCADDmggAtY4RABSbCABcmwgAXpsIALGbCADKmwgABpwIABecCABbnAgAZ5wIALCcCAC4nAgACo8RAAqdCABanQgAYp0IAK+dCAC+nQgABJ4IAAqeCABZnggAZZ4IAK6eCACwnggAA58IAA2fCABYnwgAZJ8IAK2fCAC1nwgAX48RAA6gCABXoAgAWqAIAKygCACvoAgAAaEIAA+hCABWoQgAW6EIAKuhCAC4oQgAtI8RABGiCABVoggAXaIIAKqiCABioggA9qsIALWiCAD/oggABKMIAFSjCABXowgAqaMIALOjCAD+owgAIaQIAFOkCABWpAgAqKQIAMykCAD9pAgABaUIAAmQEQBYpQgAp6UIALWlCAD8pQgACKYIAFGmCABYpggApqYIAK6mCAD7pggAC6cIAFCnCABVpwgApacIAKunCAD6pwgAAqgIAE+oCABsqAgApKgIAK2oCAD5qAgABakIAE6pCABUqQgAo6kIALepCAD4qQgAAKoIAE2qCABdqggAoqoIAKSqCAD3qggABasIAEyrCABdqwgAXpARAKirCACzkBEA+6sIAEusCABSrAgAoKwIAKysCAD1rAgA+KwIAEqtCABarQgAn60IAKGtCAD0rQgAAq4IAEmuCABarggACJERAKWuCABdkREABq8IAEivCABXrwgAna8IAKmvCADyrwgA868IAEewCABRsAgAnLAIAKqwCADxsAgA9rAIAEaxCABTsQgAspERAKCxCADwsQgA+bEIAEWyCABWsggAmrIIAKGyCADvsggA97IIAESzCABRswgAmbMIAJ6zCADuswgA+LMIAEO0CABLtAgAmLQIAJ60CADttAgA+bQIAEK1CABEtQgAl7UIAKa1CADstQgA97UIAEG2CABJtggAlrYIAJi2CADrtggA+LYIAEC3CABUtwgAlbcIAJ23CADqtwgA+bcIAD+4CABEuAgAlLgIAKG4CADpuAgA87gIAD65CABAuQgAk7kIAKK5CADouQgA8rkIAD26CABFuggAkroIAJO6CADnuggA7LoIADy7CABKuwgAkbsIAJ67CADmuwgA8LsIALGSEQA+vAgAkLwIAJy8CADWywgArLwIAOW8CADtvAgABpMRAD+9CACPvQgAl70IAOS9CADnvQgAOb4IAEW+CACOvggAlL4IAOO+CAD+vggAOL8IAES/CACNvwgAk78IAOK/CADlvwgAN8AIAD/ACACMwAgAjsAIAOHACAD8wAgANsEIADjBCACLwQgAmcEIAODBCADxwQgANcIIADfCCACKwggAo8IIAN/CCADwwggANMMIAEDDCACJwwgAkcMIAFuTEQDjwwgAM8QIADnECACIxAgAkMQIAN3ECADsxAgAMsUIADfFCACHxQgAlMUIANzFCADpxQgAMcYIAD3GCACGxggAlcYIANvGCADlxggAMMcIAD7HCACFxwgAiscIANrHCADnxwgAsJMRADvICACEyAgAisgIANnICAD0yAgALskIADrJCACDyQgAickIANjJCADbyQgALcoIADnKCACCyggAiMoIANfKCADdyggALMsIADHLCACBywgAh8sIAAWUEQDcywgAK8wIADHMCACAzAgAhcwIANXMCADbzAgAWpQRAC/NCAB/zQgAjM0IANTNCADhzQgAKc4IADXOCAB+zggAjc4IANPOCADdzggAKM8IADbPCAB9zwgAgs8IANLPCADfzwgAJ9AIAD/QCAB80AgAgtAIANHQCADd0AgAJtEIADbRCAB70QgAhNEIANDRCADT0QgAJdIIADHSCAB60ggAgdIIAFmVEQDR0ggAJNMIAC7TCAB50wgAfNMIAM7TCADW0wgAI9QIACbUCAB41AgAhNQIAM3UCADT1AgAItUIAD3VCAB31QgAg9UIAMzVCADS1QgArpURAEHWCAB21ggAgdYIAMvWCADQ1ggAINcIACnXCAB11wgAeNcIAMrXCADW1wgAH9gIACvYCAC/4ggAN9gIAHTYCAB72AgAydgIAM/YCAAe2QgALNkIAHPZCACO2QgAyNkIANTZCAAd2ggAI9oIAHLaCACM2ggAx9oIANPaCAAc2wgAItsIAHHbCAB32wgAxtsIAMvbCAAb3AgAIdwIAAOWEQB93AgAxdwIANHcCAAa3QgAJN0IAG/dCABz3QgAxN0IAMndCAAZ3ggAH94IAG7eCACO3ggAw94IAM/eCAAY3wgAHt8IAG3fCABz3wgAwt8IAMffCAAX4AgAHeAIAK2WEQBx4AgAweAIAMjgCAAW4QgAIuEIAGvhCACH4QgAwOEIAMjhCACslxEAPuIIAGriCACQ4ggAAZgRANLiCAAU4wgAI+MIAGnjCAB14wgAvuMIAL/jCAAT5AgAHeQIAGjkCAB25AgAveQIAMLkCAAS5QgAH+UIAFaYEQBv5QgAVZkRAMHlCAAR5ggAHuYIAGbmCABz5ggAu+YIAMfmCAAQ5wgAH+cIAGXnCABv5wgAuucIAMjnCAAP6AgAFOgIAGToCABx6AgAuegIAMHoCACqmREAGukIAGPpCABz6QgAuOkIAMHpCAAN6ggAEOoIAGLqCABu6ggAt+oIAL7qCAD/mREAF+sIAGHrCABt6wgAtusIAL7rCABUmhEAGOwIAGDsCABn7AgAtewIALbsCAAK7QgAD+0IAF/tCABt7QgAtO0IAMHtCAAJ7ggAE+4IAF7uCABm7ggAs+4IALzuCAAI7wgADu8IAF3vCABu7wgAsu8IAM7vCAAH8AgAD/AIAKmaEQBn8AgAsfAIALvwCAAG8QgAEPEIAFvxCABc8QgA/poRALXxCAAF8ggAEvIIAFryCABn8ggAr/IIALvyCAAE8wgAE/MIAFnzCABj8wgArvMIALbzCAAD9AgADfQIAFj0CABd9AgArfQIALX0CABTmxEADfUIAFf1CABj9QgArPUIALT1CAComxEABvYIAFb2CABl9ggAq/YIAMv2CAAA9wgADPcIAFX3CABb9wgAqvcIALL3CAD/9wgABvgIAFT4CABW+AgAqfgIALX4CAD++AgAFPkIAFP5CABY+QgAqPkIALX5CAD9mxEAAvoIAFL6CABh+ggAp/oIAMf6CAD8+ggACPsIAFH7CABX+wgApvsIAK77CAD7+wgAAvwIAFD8CABS/AgApfwIALH8CAD6/AgAEP0IAE/9CABU/QgApP0IALH9CAD5/QgAAf4IAE7+CABU/ggAo/4IAKz+CAD4/ggABf8IAE3/CABa/wgAov8IALD/CAD3/wgABAAJAEwACQBjAAkAoQAJANEACQBSnBEA/AAJAEsBCQADAQkAAEYPAGEBCQCgAQkArgEJAPUBCQD4AQkASgIJAE0CCQCfAgkArQIJAPQCCQD5AgkASQMJAFYDCQCeAwkApgMJAPMDCQD6AwkASAQJAFQECQCdBAkAqgQJAPIECQAABQkARwUJAFMFCQCcBQkAowUJAPEFCQD5BQkARgYJAEoGCQCbBgkApgYJAPAGCQD+BgkARQcJAFYHCQCaBwkApgcJAO8HCQD3BwkAp5wRAEoICQCZCAkArQgJAO4ICQD8CAkAQwkJAFAJCQCYCQkArwkJAO0JCQD1CQkAQgoJAEwKCQCXCgkAnAoJAOwKCQD0CgkAQQsJAFALCQCWCwkAmwsJAOsLCQD4CwkAQAwJAE0MCQCVDAkAoQwJAOoMCQD5DAkAPw0JAEkNCQCUDQkAnA0JAOkNCQDzDQkAPg4JAEMOCQCTDgkAmw4JAPycEQDzDgkAPQ8JAEkPCQCSDwkAmg8JAFGdEQDsDwkAPBAJAEsQCQCREAkAsRAJAOYQCQDyEAkAOxEJAEERCQCQEQkAmBEJAOURCQDsEQkAOhIJADwSCQCPEgkAmxIJAOQSCQD6EgkAORMJAD4TCQCOEwkAmxMJAKadEQDsEwkAOBQJAD4UCQCNFAkAmxQJAOIUCQDvFAkANxUJAE4VCQCMFQkAlBUJAOEVCQDwFQkANhYJADsWCQCLFgkAmBYJAOAWCQDtFgkANRcJAEEXCQCKFwkAmRcJAN8XCQDpFwkANBgJAFAYCQCJGAkAkRgJAPudEQDrGAkAvt4NAO0YCQAzGQkAPRkJAENZDgBTGQkAiBkJAJQZCQDdGQkA4xkJADIaCQA6GgkAmlwJAD4aCQCHGgkATBoJALBGCQCaGgkA3BoJAOsaCQAxGwkAPRsJAIYbCQCHGwkA2xsJAOUbCQAwHAkAPhwJAIUcCQCKHAkA2hwJAOccCQBQnhEANR0JAIQdCQCKHQkA2R0JAN4dCQAuHgkANB4JAE+fEQCOHgkA2B4JAOYeCQAtHwkAPh8JAIIfCQCOHwkA1x8JAN8fCQD5nxEAOCAJAIEgCQCLIAkA1iAJAOUgCQArIQkANiEJAIAhCQCOIQkA1SEJAOIhCQAqIgkAQSIJAH8iCQCHIgkA1CIJANciCQApIwkANSMJAH4jCQCEIwkA0yMJAO4jCQAoJAkANCQJAH0kCQCDJAkA0iQJANokCQAnJQkAKSUJAHwlCQB9JQkA0SUJAN8lCQAmJgkALiYJAHsmCQCWJgkA0CYJANwmCQAlJwkAKycJAHonCQB9JwkAzycJAN0nCQAkKAkAKSgJAHkoCQCGKAkAzigJAOooCQAjKQkAKykJAE6gEQCFKQkARlYOAIkpCQDNKQkAiykJAJevDgDZKQkAIioJAC8qCQB3KgkAfCoJAMwqCQDWKgkAISsJADErCQB2KwkAeysJAMsrCQDUKwkAICwJAC0sCQB1LAkAfCwJAMosCQDWLAkAHy0JACUtCQB0LQkAei0JAMktCQDOLQkAHi4JACQuCQCjoBEAfy4JAMguCQDOLgkAHS8JACMvCQByLwkAfy8JAMcvCQDMLwkAHDAJACQwCQBxMAkApzAJAMYwCQDxMAkAGzEJACMxCQBwMQkAfTEJAMUxCQDKMQkAGjIJACIyCQBvMgkAcjIJAMQyCQDNMgkAGTMJACgzCQBuMwkAeTMJAMMzCQDLMwkAGDQJACg0CQBtNAkAezQJAMI0CQDTNAkAFzUJACM1CQBsNQkAdDUJAKKhEQDHNQkAFjYJAB42CQBrNgkAcjYJAMA2CQDONgkAFTcJABs3CQBqNwkAdjcJAL83CQDONwkAFDgJAB44CQBpOAkAbjgJAL44CQDEOAkAEzkJACc5CQD3oREAcjkJAD+3CQB1OQkAvTkJAHc5CQDQewkAwjkJABI6CQAeOgkAZzoJAHQ6CQC8OgkAxjoJAEyiEQAsOwkAZjsJAGg7CQC7OwkAwTsJABA8CQBIPAkAZTwJAGs8CQC6PAkAwzwJAA89CQAcPQkAZD0JAJw9CQC5PQkAwD0JAA4+CQATPgkAYz4JAHI+CQC4PgkA2D4JAA0/CQAZPwkAYj8JAGg/CQC3PwkA0T8JAAxACQAPQAkAYUAJAGZACQC2QAkAxUAJAAtBCQArQQkA9qIRAIBBCQC1QQkAwUEJAApCCQAUQgkAX0IJAGtCCQCr9QkAbEIJALRCCQC5QgkACUMJABNDCQBeQwkAbkMJALNDCQC4QwkACEQJABFECQBdRAkAakQJALJECQC5RAkAB0UJABNFCQBcRQkAYkUJALFFCQC3RQkABkYJAAtGCQBbRgkAYUYJAEujEQCzRgkABUcJAApHCQBaRwkAaUcJAK9HCQDPRwkA9aMRABJICQBZSAkAZkgJAK5ICQC1SAkAA0kJAAtJCQBYSQkAWkkJAK1JCQBfSQkANhMMAG9JCQAg1AsAs0kJAKX5CwC1SQkAAkoJAAZKCQD6UQkAGEoJAAqVCwAdSgkAV0oJAFlKCQCsSgkAvUoJAAFLCQAPSwkAVksJAF1LCQCrSwkAs0sJAABMCQAHTAkAVUwJAFpMCQCqTAkAuUwJAP9MCQAfTQkAVE0JAGBNCQCpTQkAr00JAP5NCQAGTgkAU04JAF9OCQCoTgkAtU4JAP1OCQAYTwkAUk8JAGBPCQCnTwkArU8JAPxPCQABUAkAUVAJAF5QCQCmUAkAvFAJAPtQCQAHUQkAUFEJAF1RCQClUQkAr1EJAEqkEQD/UQkAT1IJAFVSCQCkUgkAxFIJAPlSCQAHUwkATlMJAFtTCQCjUwkAulMJAPhTCQAAVAkATVQJAFxUCQCiVAkAp1QJAPdUCQAEVQkATFUJAFZVCQChVQkAo1UJAPZVCQAEVgkAS1YJAFhWCQCgVgkArFYJAPVWCQD7VgkASlcJAFJXCQCfVwkApVcJAPRXCQD9VwkASVgJAFZYCQCeWAkAqFgJAPNYCQABWQkASFkJAF5ZCQCdWQkAqVkJAPJZCQD6WQkAn6QRAFFaCQCcWgkAoloJAPFaCQDzWgkARlsJAFBbCQCbWwkAp1sJAPBbCQAHXAkARVwJAFlcCQD0pBEAqFwJAO9cCQDyXAkARF0JAExdCQCZXQkApV0JAO5dCQD8XQkAQ14JAE1eCQCYXgkAo14JAO1eCQD5XgkAQl8JAEhfCQCXXwkAn18JAOxfCQD5XwkAQWAJAEZgCQCWYAkAoGAJAOtgCQDzYAkAQGEJAEZhCQCVYQkAnmEJAOphCQD3YQkAP2IJAExiCQCUYgkAomIJAOliCQD2YgkAPmMJAFVjCQCTYwkAm2MJAOhjCQDtYwkAPWQJAENkCQCSZAkAmmQJAOdkCQD9ZAkAPGUJAEplCQCRZQkAlGUJAOZlCQD1ZQkAO2YJAEBmCQCQZgkAnWYJAOVmCQD1ZgkAOmcJAEhnCQCPZwkApmcJAORnCQDtZwkAOWgJAD9oCQCOaAkAmmgJAONoCQDqaAkASaURAERpCQCNaQkAj2kJAOJpCQDsaQkAN2oJAENqCQCMagkAlGoJAJ6lEQDmagkANmsJAEVrCQCLawkAq2sJAOBrCQDsawkANWwJADtsCQCKbAkAkmwJAN9sCQDgbAkANG0JADptCQCJbQkAjm0JAN5tCQD5bQkAM24JAEFuCQCIbgkAj24JAN1uCQDpbgkAMm8JADhvCQDzpREAjG8JANxvCQDmbwkAMXAJAEJwCQCGcAkAknAJANtwCQDecAkAMHEJADNxCQCFcQkAjXEJANpxCQDhcQkAL3IJADRyCQCEcgkAk3IJANlyCQD5cgkALnMJADpzCQCDcwkAiXMJANhzCQDgcwkALXQJADp0CQCCdAkAh3QJANd0CQDhdAkALHUJADR1CQCBdQkAkXUJANZ1CQDbdQkAK3YJADR2CQCAdgkAjXYJANV2CQDcdgkASKYRAC93CQB/dwkAjncJANR3CQD0dwkAKXgJADV4CQB+eAkAhHgJANN4CQDbeAkAKHkJADR5CQB9eQkAinkJANJ5CQDZeQkAJ3oJACh6CQB8egkAgXoJANF6CQDfegkAJnsJADN7CQB7ewkAhXsJAJ2mEQDVewkAJXwJADJ8CQB6fAkAh3wJAM98CQDVfAkAJH0JADB9CQB5fQkAiX0JAM59CQDXfQkAI34JACZ+CQB4fgkAhH4JAM1+CQDUfgkA8qYRACR/CQB3fwkAKX8JAOoIDQAyfwkAmFoNAIh/CQDMfwkA1H8JACGACQArgAkAdoAJAIWACQDLgAkAzIAJACCBCQAogQkAnKcRAH2BCQDxpxEA6IEJAB+CCQDtgQkAjbYRAPSBCQCpogkAJ4IJAHSCCQCDggkAyYIJAM6CCQAegwkAK4MJAHODCQCAgwkAyIMJANSDCQAdhAkALIQJAHKECQB8hAkAx4QJAOqECQAchQkAUoUJAHGFCQCVhQkAxoUJAM6FCQBFqREAIIYJAHCGCQB2hgkAxYYJAM2GCQCaqREAKIcJAG+HCQCKhwkAxIcJANCHCQAZiAkAKogJAG6ICQCCiAkAw4gJAMuICQAYiQkAHokJAG2JCQB5iQkAwokJANKJCQAXigkAIIoJAGyKCQBvigkAwYoJAM2KCQAWiwkAHYsJAO+pEQB5iwkAwIsJAMqLCQBEqhEAGowJAGqMCQB3jAkAv4wJAMyMCQAUjQkAII0JAGmNCQB4jQkAvo0JAMiNCQATjgkAIY4JAGiOCQBtjgkAvY4JAMqOCQASjwkAGo8JAJmqEQBzjwkAvI8JAMyPCQARkAkAGpAJAGaQCQBpkAkAu5AJAMeQCQAQkQkAF5EJAO6qEQB0kQkAupEJAL+RCQAPkgkAHJIJAGSSCQBxkgkAuZIJAL+SCQAOkwkAGpMJAGOTCQBzkwkAuJMJAMGTCQANlAkAEJQJAGKUCQBulAkAt5QJAL6UCQBDqxEAEZUJAGGVCQBulQkAtpUJANSVCQALlgkAF5YJAGCWCQBzlgkAtZYJAMOWCQAKlwkADZcJAF+XCQBplwkAtJcJAMKXCQAJmAkAFpgJAF6YCQB1mAkAs5gJALuYCQAImQkAD5kJAF2ZCQBimQkAspkJAMiZCQAHmgkACZoJAFyaCQBqmgkAsZoJAL6aCQCYqxEADpsJAO2rEQBgmwkAsJsJAL2bCQAFnAkAEpwJAFqcCQBmnAkAr5wJAL6cCQAEnQkADp0JAFmdCQBnnQkArp0JALOdCQADngkAEJ4JAFieCQBgngkAQqwRALmeCQACnwkAEp8JAFefCQBgnwkArJ8JAK+fCQABoAkADaAJAFagCQBdoAkAl6wRALegCQAAoQkAEKEJAFWhCQAWoQkAZzUOAF6hCQCqoQkAraEJAP+hCQALogkAVKIJAFuiCQDsrBEAsqIJAPulCQCzogkA/qIJAA2jCQBTowkAD6MJAKekCQBUowkAqKMJAMSjCQD9owkANaQJAFKkCQCKpAkAQa0RAKqkCQD8pAkAGKUJAFGlCQCJpQkApqUJAN6lCQCWrREACKYJAFCmCQBepgkApaYJALimCQD6pgkAFqcJAE+nCQCHpwkApKcJANynCQDrrREACqgJAE6oCQBaqAkAo6gJAKuoCQBArhEA/agJAE2pCQBVqQkAoqkJALGpCQD3qQkA/KkJAEyqCQBZqgkAoaoJAK6qCQD2qgkAAqsJAEurCQBaqwkAoKsJAKqrCQD1qwkA/asJAEqsCQBUrAkAn6wJAKSsCQD0rAkA/KwJAJWuEQBYrQkAnq0JAFqtCQDyrgkAn60JAPOtCQAPrgkASK4JAICuCQCdrgkA1a4JAOquEQD1rgkAR68JAGOvCQCcrwkA1K8JAPGvCQApsAkAP68RAEmwCQCbsAkArLAJAPCwCQAMsQkARbEJAH2xCQCasQkA0rEJAJSvEQD8sQkARLIJAFCyCQCZsgkAqLIJAO6yCQD4sgkAQ7MJAEuzCQAjKAoAUbMJAJizCQCdswkA7bMJAPqzCQBCtAkASrQJAJe0CQCdtAkA7LQJAKe0CQAxGgoA+LQJAEG1CQBRtQkAlrUJAJ+1CQDrtQkA7rUJAEC2CQBMtgkAlbYJAJy2CQDprxEADbcJAD6wEQBNtwkAlLcJAKq3CQDptwkA9bcJAD64CQBFuAkAk7gJAJi4CQDouAkA8bgJAD25CQBHuQkAk7ARAJe5CQAj0AwAnLkJAOe5CQCeuQkANWkMAPG5CQA8ugkAPboJAJG6CQCgugkA5roJAOu6CQA7uwkASLsJAJC7CQCduwkA5bsJAPG7CQA6vAkASbwJAI+8CQCZvAkA5LwJAPK8CQA5vQkAPr0JAI69CQCbvQkA470JAOS9CQA4vgkAPb4JAI2+CQCSvgkA4r4JAPO+CQA3vwkAWr8JAIy/CQCXvwkA4b8JAOa/CQA2wAkAOcAJAIvACQCVwAkA4MAJAAjBCQA1wQkAVMEJAD2xEQCWwQkA38EJAOHBCQA0wgkAQ8IJAInCCQCUwgkA3sIJAObCCQAzwwkAOsMJAIjDCQCKwwkA3cMJAOfDCQAyxAkANMQJAIfECQCgxAkA3MQJAN7ECQAxxQkANMUJAIbFCQCSxQkA28UJAOPFCQCSsREAPMYJAIXGCQCLxgkA2sYJAPXGCQAvxwkAO8cJAITHCQCKxwkA2ccJAOHHCQAuyAkAMMgJAIPICQCNyAkA2MgJAODICQDnsREAPskJAILJCQCJyQkA18kJAN/JCQAsygkAOcoJAIHKCQCGygkA1soJAODKCQArywkAM8sJAIDLCQCPywkA1csJANrLCQAqzAkAN8wJAH/MCQCMzAkA1MwJAODMCQApzQkAOM0JAH7NCQCIzQkA080JANvNCQAozgkAMs4JAH3OCQCCzgkA0s4JANrOCQA8shEAM88JAHzPCQCMzwkA0c8JANrPCQAm0AkAKdAJAHvQCQCH0AkA0NAJANfQCQCRshEAK9EJAHrRCQCA0QkAz9EJANTRCQAk0gkAKtIJAOayEQB/0gkAztIJANTSCQAj0wkAKNMJAKzvDgAw0wkAeNMJAH3TCQDN0wkA1dMJACLUCQBL1AkAd9QJAFbUCQDF2wkAoNQJAMzUCQD11AkAIdUJAEzVCQB21QkAftUJAMvVCQDa1QkAINYJACXWCQB11gkAgtYJAMrWCQDX1gkAH9cJACvXCQB01wkAg9cJAMnXCQDT1wkAHtgJACzYCQBz2AkAeNgJAMjYCQDV2AkAHdkJACXZCQBy2QkAeNkJAMfZCQDT2QkAHNoJACzaCQBx2gkAetoJAMbaCQDJ2gkAG9sJACfbCQBw2wkAd9sJADuzEQDu2wkAGtwJAEXcCQBv3AkAd9wJAMTcCQDT3AkAGd0JAB7dCQBu3QkAe90JAMPdCQDQ3QkAGN4JACTeCQBt3gkAfN4JAMLeCQDM3gkAF98JACXfCQBs3wkAcd8JAMHfCQDO3wkAFuAJAB7gCQBr4AkAceAJAMDgCQDM4AkAFeEJACXhCQBq4QkAc+EJAL/hCQDC4QkAFOIJACDiCQBp4gkAcOIJAJCzEQDA4gkAR/8OAMziCQAT4wkAIOMJAGjjCQB04wkAveMJAMPjCQAS5AkAGOQJAGfkCQBs5AkAvOQJAMLkCQDlsxEAN+UJAGblCQCM5QkAu+UJAO/lCQAQ5gkAOeYJAGXmCQCQ5gkAj7QRAMbmCQAP5wkAyOYJAN0XCwAZ5wkAZOcJAH7nCQC55wkAvOcJABkyCgDI5wkADugJABPoCQBj6AkAcOgJALjoCQDF6AkADekJABnpCQBi6QkAcekJALfpCQDB6QkADOoJABjqCQBh6gkAdOoJALbqCQDF6gkAC+sJABfrCQBg6wkAYesJALXrCQC/6wkACuwJABjsCQBf7AkAZOwJALTsCQDB7AkA5LQRAA7tCQBe7QkAa+0JALPtCQDA7QkACO4JABTuCQBd7gkAbO4JALLuCQC87gkAB+8JABXvCQBc7wkAYe8JALHvCQC+7wkABvAJAA7wCQDjtREAZ/AJALDwCQDA8AkABfEJAA7xCQBa8QkAXfEJAK/xCQC78QkABPIJAAvyCQA4thEAXPIJAK7yCQC28gkAA/MJAA/zCQBY8wkAXvMJAK3zCQCz8wkAAvQJAAf0CQBX9AkAXfQJAOK2EQDV9AkAAfUJACr1CQBW9QkAevUJAIy3EQCx9QkAcC8LAL71CQAA9gkAD/YJAFX2CQBh9gkAqvYJAKv2CQD/9gkACfcJAFT3CQBi9wkAqfcJAK73CQD+9wkAC/gJAOG3EQB2+AkANrgRANH4CQD9+AkAJvkJAFL5CQB2+QkAi7gRALX5CQD8+QkAAfoJAFH6CQBe+gkApvoJAK76CQD7+gkAAfsJAFD7CQBc+wkApfsJALX7CQD6+wkAA/wJAE/8CQBS/AkApPwJAN/8CQD5/AkABf0JAOC4EQBU/QkAo/0JALz9CQD4/QkABv4JAE3+CQBa/gkAov4JAKn+CQD3/gkAAP8JAEz/CQBZ/wkAof8JALj/CQD2/wkA+f8JAEsACgBNAAoAoAAKAKkACgD1AAoABQEKAEoBCgBjAQoAnwEKAKEBCgD0AQoA/QEKAEkCCgBRAgoAngIKAKACCgDzAgoADAMKAEgDCgBfAwoAnQMKAKkDCgDyAwoAAwQKAEcECgBTBAoAnAQKAKcECgDxBAoA/gQKAEYFCgBQBQoANbkRAK4FCgDwBQoA/gUKAEUGCgAtBgoAkg4KAIEGCgCaBgoApwYKAO8GCgD3BgoARAcKAEoHCgCZBwoApQcKAO4HCgD5BwoAQwgKAEwICgCYCAoAmwgKAO0ICgDvCAoAQgkKAEkJCgCXCQoAmQkKAIq5EQDvCQoAQQoKAE8KCgCWCgoAmwoKAOsKCgD4CgoAQAsKAEwLCgCVCwoAnQsKAN+5EQD4CwoAPwwKAE8MCgCUDAoAogwKAOkMCgDyDAoAPg0KAEgNCgCTDQoAlQ0KAOgNCgDyDQoAPQ4KAD8OCgA0uhEAlw4KAOcOCgDvDgoAPA8KAEIPCgCRDwoAnQ8KAOYPCgD1DwoAOxAKAEQQCgCQEAoAkxAKAOUQCgDnEAoAOhEKAEERCgCPEQoAkREKAIm6EQDpEQoAORIKAFUSCgCOEgoAqhIKAN66EQDwEgoAUk0LAPISCgA4EwoAPRMKAI0TCgCaEwoA4hMKAO8TCgA3FAoAPRQKAIwUCgCYFAoA4RQKAPEUCgA2FQoAPxUKAIsVCgCOFQoA4BUKAOwVCgA1FgoAPBYKADO7EQCZFgoA3xYKAOQWCgA0FwoAQRcKAIkXCgCWFwoA3hcKAOQXCgAzGAoAPxgKAIgYCgCYGAoA3RgKAOYYCgAyGQoANRkKAIcZCgCTGQoA3BkKAOMZCgCIuxEAMxoKAIYaCgCUGgoA2xoKAOwaCgDduxEANxsKADK8EQCNGwoAh7wRAN8bCgAvHAoAPBwKAIQcCgCRHAoA2RwKAOUcCgAuHQoAPR0KAIMdCgCNHQoA2B0KAOYdCgAtHgoAMh4KAIIeCgCPHgoA1x4KAN8eCgDcvBEAOB8KAIEfCgCRHwoA1h8KAN8fCgArIAoALiAKAIAgCgCMIAoA1SAKANwgCgAxvREALCEKAH8hCgCNIQoA1CEKAOUhCgCGvREAMCIKANu9EQCGIgoAML4RANgiCgAoIwoANSMKAH0jCgCKIwoA0iMKAN4jCgAnJAoANiQKAHwkCgCGJAoA0SQKAN8kCgAmJQoAKyUKAHslCgCIJQoA0CUKANglCgCFvhEAMSYKAHomCgCKJgoAzyYKANgmCgAkJwoAJycKAHknCgCFJwoAzicKANUnCgDavhEALSgKAHgoCgCGKAoAzSgKAOMoCgAiKQoALikKAHcpCgB+KQoAzCkKANQpCgAhKgoAJioKAHYqCgB/KgoAyyoKANUqCgAvvxEANisKAHUrCgCBKwoAyisKANErCgAfLAoAJywKAHQsCgB5LAoAySwKANIsCgAeLQoAKC0KAIS/EQB4LQoAHtUMAH8tCgAlewoAgi0KAMgtCgCdLQoAqpgSAM0tCgAdLgoAKi4KAHIuCgB/LgoAxy4KANMuCgAcLwoAKy8KAHEvCgB7LwoAxi8KANQvCgAbMAoAKDAKAHAwCgCHMAoAxTAKAM0wCgAaMQoAJDEKAG8xCgB0MQoAxDEKAMwxCgDZvxEAHjIKAG4yCgB9MgoAwzIKAOMyCgAYMwoAJDMKAG0zCgB3MwoAwjMKAMwzCgAXNAoAJTQKAGw0CgCCNAoAwTQKAM00CgAWNQoAGzUKAGs1CgB0NQoAwDUKAMo1CgAVNgoAITYKAGo2CgB9NgoAvzYKAM42CgAUNwoAIDcKAGk3CgBqNwoAvjcKAMg3CgATOAoAITgKAGg4CgBtOAoAvTgKAMo4CgCDwBEAIDkKAGc5CgB9OQoAvDkKAMg5CgAROgoAGDoKAGY6CgBuOgoAuzoKAMA6CgAQOwoAGTsKAGU7CgBvOwoAgsERAL87CgAPPAoAFzwKAGQ8CgBnPAoAuTwKAMI8CgAOPQoAHT0KAGM9CgBuPQoAuD0KAMA9CgANPgoAHT4KAGI+CgBwPgoAtz4KAMg+CgAMPwoAGD8KAGE/CgBpPwoA18ERALw/CgALQAoAE0AKAGBACgBnQAoAtUAKAMNACgAKQQoAEEEKAF9BCgBrQQoAtEEKAMNBCgAJQgoAE0IKAF5CCgBjQgoAs0IKALlCCgAIQwoAHEMKACzCEQBuQwoAskMKAL5DCgAHRAoADUQKAFxECgBiRAoAsUQKALZECgAGRQoADEUKAIHCEQBgRQoAsEUKAMFFCgAFRgoADUYKAFpGCgARRgoAk2IKABNGCgCqmw8AZEYKAK9GCgC9RgoABEcKABpHCgBZRwoAZUcKAK5HCgC1RwoAA0gKAAtICgBYSAoAXUgKAK1ICgC2SAoAAkkKAAxJCgBXSQoAX0kKAKxJCgCwSQoAAUoKAAxKCgBWSgoAZEoKAKtKCgC8SgoAAEsKAAxLCgBVSwoAXUsKANbCEQCsSwoA/0sKAA1MCgBUTAoAXkwKAKlMCgC3TAoA/kwKAAtNCgBTTQoAak0KAKhNCgCwTQoA/U0KAA1OCgBSTgoAV04KAKdOCgCtTgoA/E4KAARPCgBRTwoAU08KAKZPCgCzTwoA+08KAANQCgBQUAoAVVAKAKVQCgCmUAoA+lAKAAZRCgBPUQoAXFEKAKRRCgCsUQoA+VEKAAhSCgBOUgoAU1IKAKNSCgCwUgoA+FIKAAVTCgBNUwoAWVMKAKJTCgCxUwoA91MKAAFUCgBMVAoAWlQKAKFUCgCmVAoA9lQKAANVCgArwxEATlUKAKBVCgCoVQoA9VUKAAJWCgBKVgoAT1YKAJ9WCgCpVgoA9FYKAPxWCgBJVwoAS1cKAJ5XCgC5VwoA81cKAPVXCgBIWAoAVlgKAJ1YCgCuWAoA8lgKAPRYCgBHWQoAYFkKAJxZCgCtWQoA8VkKAP1ZCgCAwxEATloKAJtaCgChWgoA8FoKAPxaCgBFWwoAYlsKAJpbCgCjWwoA71sKAPtbCgBEXAoAR1wKAJlcCgCjXAoA7lwKAPZcCgBDXQoATV0KAJhdCgCmXQoA7V0KAANeCgBCXgoATl4KAJdeCgCeXgoA7F4KAPReCgBBXwoARl8KAJZfCgCfXwoA618KAPVfCgBAYAoASGAKAJVgCgCXYAoA6mAKAPpgCgA/YQoASWEKAJRhCgCgYQoA6WEKAO9hCgA+YgoARmIKANXDEQCZYgoA6GIKAO5iCgA9YwoAQmMKAJJjCgCYYwoAKsQRAPVjCgA8ZAoAUmQKAJFkCgCdZAoA5mQKAOtkCgA7ZQoARGUKAJBlCgCaZQoA5WUKAAhmCgA6ZgoAPmYKAI9mCgBJZgoA42cKAJFmCgDkZgoA8mYKADlnCgBDZwoAjmcKALJnCgApxREA6WcKADhoCgBEaAoAjWgKAI9oCgDiaAoA7GgKADdpCgBDaQoAjGkKALBpCgB+xREA5WkKADZqCgDwaQoAimsKADhqCgCLagoAmWoKAOBqCgDqagoANWsKAFlrCgDTxREAkGsKAN9rCgDrawoANGwKADZsCgCJbAoAk2wKAN5sCgDqbAoAM20KAFdtCgAoxhEApW0KAN1tCgDmbQoAMm4KAEBuCgCHbgoAjW4KANxuCgDobgoAMW8KADlvCgB9xhEAjW8KANtvCgD0bwoAMHAKAD9wCgCFcAoAjXAKANpwCgDpcAoAL3EKADRxCgCEcQoAkXEKANlxCgDmcQoALnIKADpyCgCDcgoAknIKANhyCgDicgoALXMKADtzCgCCcwoAh3MKANdzCgDkcwoA0sYRAC10CgCu8QoARXQKAIF0CgCLdAoA1nQKANh0CgArdQoAOXUKAIB1CgCNdQoA1XUKAN11CgAqdgoAVnYKAH92CgCGdgoA1HYKAO12CgApdwoAOHcKAH53CgCGdwoA03cKAOJ3CgAoeAoALXgKAH14CgCKeAoA0ngKAN94CgAneQoAM3kKAHx5CgCLeQoA0XkKANt5CgAmegoANHoKAHt6CgCAegoA0HoKAN16CgAnxxEAOHsKAHp7CgCJewoAz3sKANt7CgAkfAoAMHwKAHl8CgCAfAoAznwKANp8CgAjfQoAKn0KAHh9CgCAfQoAzX0KANF9CgAifgoALX4KAHd+CgCDfgoAzH4KANl+CgAhfwoAKX8KAHZ/CgCAfwoAy38KANF/CgAggAoANIAKAHWACgCDgAoAyoAKANeACgAfgQoANoEKAHSBCgB8gQoAyYEKANOBCgAeggoAI4IKAHOCCgB7ggoAyIIKANeCCgAdgwoAIoMKAHKDCgB/gwoAx4MKANSDCgAchAoAKIQKAHGECgCAhAoAxoQKANCECgB8xxEAI4UKAHCFCgB/hQoAxYUKAMqFCgAahgoAI4YKAG+GCgCAhgoAxIYKAMuGCgAZhwoAIYcKAG6HCgB7hwoAw4cKAMiHCgAYiAoAIogKAG2ICgB1iAoAwogKANuICgAXiQoAI4kKAGyJCgB0iQoA0ccRANCJCgAWigoAM4oKAGuKCgB0igoAwIoKAM6KCgAViwoAG4sKAGqLCgB2iwoAv4sKAMaLCgAUjAoAHIwKAGmMCgB5jAoAvowKAMSMCgATjQoAGI0KAGiNCgB+jQoAvY0KAMWNCgASjgoAHI4KAGeOCgByjgoAvI4KAMiOCgARjwoAGY8KACbIEQBzjwoAu48KAMKPCgAQkAoAHJAKAGWQCgBrkAoAupAKAMuQCgAPkQoAI5EKAGSRCgBykQoAuZEKAMaRCgAOkgoAJZIKAGOSCgBrkgoAuJIKAL+SCgANkwoAD5MKAGKTCgBskwoAt5MKALmTCgAMlAoAJZQKAGGUCgBjlAoAtpQKALmUCgALlQoAF5UKAGCVCgCOlQoAe8gRAMSVCgAKlgoAJ5YKAF+WCgBolgoAtJYKAMKWCgAJlwoAD5cKAF6XCgBqlwoAs5cKALuXCgDQyBEAEJgKAF2YCgBjmAoAspgKAL6YCgAHmQoACpkKAFyZCgBhmQoAsZkKALqZCgAGmgoADJoKAFuaCgBqmgoAsJoKALyaCgAFmwoADZsKACXJEQBgmwoAr5sKALSbCgAEnAoAGpwKAFmcCgBhnAoArpwKALycCgADnQoADZ0KAFidCgBbnQoArZ0KALWdCgACngoAA54KAFeeCgBdngoArJ4KALqeCgABnwoAF58KAFafCgBYnwoAq58KALGfCgAAoAoAFKAKAFWgCgBdoAoAqqAKALqgCgD/oAoAAaEKAFShCgBjoQoAqaEKALOhCgD+oQoAA6IKAFOiCgBZogoAqKIKALyiCgD9ogoABaMKAFKjCgBXowoAp6MKAK2jCgD8owoABKQKAFGkCgBUpAoApqQKAKukCgD7pAoABKUKAFClCgBWpQoApaUKALSlCgD6pQoABqYKAHrJEQBbpgoApKYKALemCgD5pgoAFacKAE6nCgBWpwoAz8kRALGnCgD4pwoADqgKAE2oCgBZqAoAoqgKAKeoCgD3qAoAAKkKAEypCgBWqQoAoakKAKmpCgD2qQoA+KkKAEuqCgBaqgoAoKoKAL2qCgD1qgoA/qoKAEqrCgBYqwoAn6sKAKWrCgD0qwoAAqwKAEmsCgBWrAoAnqwKALWsCgDzrAoA+6wKAEitCgBKrQoAna0KAKWtCgDyrQoAAa4KAEeuCgBMrgoAnK4KAKmuCgDxrgoA/q4KAEavCgBSrwoAm68KAKqvCgDwrwoA+q8KAEWwCgBTsAoAmrAKAJ+wCgDvsAoA/LAKACTKEQBOsQoAmbEKAJuxCgDusQoA9bEKAEOyCgBKsgoAmLIKAJ6yCgDtsgoA+7IKAEKzCgBPswoAl7MKAKezCgDsswoA8bMKAEG0CgBJtAoAlrQKAF20CgAmJAsAorQKAOu0CgDttAoA6LcKAPi0CgBAtQoARbUKAJW1CgCftQoA6rUKAPq1CgA/tgoARLYKAJS2CgCdtgoA6bYKAPa2CgA+twoARbcKAJO3CgCbtwoAecoRAPa3CgA9uAoAVbgKAJK4CgCUuAoA57gKAP64CgA8uQoAPrkKAJG5CgCfuQoA5rkKAPO5CgA7ugoAQ7oKAM7KEQCWugoA5boKAOe6CgA6uwoAR7sKAI+7CgCSuwoA5LsKAPW7CgA5vAoAO7wKAI68CgCYvAoA47wKAO+8CgA4vQoAQL0KACPLEQCSvQoA4r0KAOW9CgA3vgoAQb4KAIy+CgCUvgoA4b4KAO6+CgA2vwoAOL8KAIu/CgChvwoA4L8KAOy/CgA1wAoAPcAKAHjLEQCNwAoA38AKAKHACgDKKQwA6MAKADTBCgBCwQoAtOsKAEPBCgCJwQoAlMEKAN7BCgDmwQoAM8IKAD7CCgCIwgoAjcIKAN3CCgDgwgoAMsMKADzDCgAizBEAjcMKANzDCgCRwwoAUKEOAPfDCgAxxAoAPcQKAIbECgCMxAoA28QKAOPECgAwxQoARsUKAIXFCgCTxQoA2sUKAN3FCgAvxgoASMYKAITGCgCQxgoA2cYKAOTGCgAuxwoAMMcKAIPHCgCexwoA2McKAObHCgAtyAoAOsgKAILICgCZyAoAd8wRANnICgCjow4A7cgKACzJCgAtyQoAgckKAIbJCgDWyQoA3MkKACvKCgAtygoAgMoKAIbKCgDVygoA6coKACrLCgAyywoAf8sKAI/LCgDUywoA1ssKACnMCgA3zAoAfswKAI/MCgDMzBEA2cwKACjNCgA0zQoAIc0RAH/NCgDSzQoA480KACfOCgAvzgoAfM4KAIXOCgDRzgoA2M4KACbPCgAnzwoAds0RAIfPCgDQzwoA0s8KACXQCgAs0AoAetAKAILQCgDP0AoA2NAKACTRCgAr0QoAedEKAHrRCgDLzREA09EKACPSCgAr0goAeNIKAILSCgDN0goA29IKACLTCgA40woAd9MKAIPTCgDM0woA0dMKACHUCgAq1AoAdtQKAIDUCgAgzhEAzNQKACDVCgAo1QoA5A8MADjVCgB11QoAgtUKAMrVCgDW1QoAH9YKACnWCgB01goAeNYKAMnWCgDO1goAHtcKACTXCgBz1woAk9cKAMjXCgDg1woAHdgKADTYCgBy2AoAftgKAMfYCgDR2AoAHNkKAB7ZCgBx2QoAeNkKAMbZCgDN2QoAG9oKACHaCgBw2goAfNoKAMXaCgDI2goAGtsKAB3bCgBv2woAe9sKAMTbCgDH2woAGdwKADXcCgBu3AoAdtwKAHXOEQDP3AoAGN0KACLdCgBt3QoAb90KAMLdCgDJ3QoAF94KAB7eCgBs3goAct4KAMHeCgDP3goAFt8KACPfCgBr3woAe98KAMDfCgDF3woAFeAKAB3gCgBq4AoAeuAKAL/gCgDE4AoAFOEKABrhCgBp4QoAceEKAMrOEQDE4QoAE+IKABviCgBo4goAa+IKAL3iCgDJ4goAEuMKABjjCgBn4woAguMKALzjCgDK4woAEeQKACDkCgBm5AoAcuQKALvkCgDD5AoAdM8RABXlCgBl5QoAb+UKALrlCgDC5QoAD+YKAC/mCgBk5goAceYKALnmCgC+5goADucKABLnCgBj5woAcOcKAMnPEQC95woADegKABDoCgBi6AoAbOgKALfoCgDD6AoADOkKAB/pCgBh6QoAcOkKALbpCgDC6QoAC+oKAAzqCgBg6goAauoKALXqCgDD6goACusKAA/rCgBf6woAbOsKAB7QEQC+6woACewKAAvsCgBe7AoAd+wKALPsCgDE7AoACO0KABTtCgBd7QoAZe0KAB3REQC57QoAB+4KAA7uCgBc7goAYu4KALHuCgC97goABu8KAAnvCgBb7woAXu8KALDvCgC47woABfAKABXwCgBa8AoAX/AKAK/wCgC48AoABPEKABHxCgBZ8QoAYPEKAHLREQC68QoAA/IKABDyCgBY8goAYPIKAK3yCgC38goAAvMKABHzCgBX8woAWPMKAKzzCgC08woAAfQKABD0CgBW9AoAW/QKAKv0CgC49AoAAPUKAA31CgBV9QoAYfUKAKr1CgC59QoA//UKAAn2CgBU9goAYvYKAKn2CgCu9goA/vYKAAv3CgBT9woAW/cKAKj3CgCy9woA/fcKAAL4CgBS+AoAWvgKAMfREQC1+AoA/PgKAAj5CgBR+QoAV/kKAKb5CgCs+QoA+/kKAAD6CgBQ+goAVvoKABzSEQCx+goA+voKAAD7CgBP+woAVfsKAKT7CgCx+woA+fsKAP77CgBO/AoAVvwKAKP8CgDB/AoAG9MRAPr8CgAE7g0A+/wKAMPaDAD+/AoAhW4MAA79CgBN/QoATv0KAKL9CgCn/QoA9/0KAP39CgBM/goATv4KAKH+CgCn/goA9v4KAAr/CgBL/woAU/8KAKD/CgCw/woA9f8KAPf/CgBKAAsAWAALAJ8ACwCwAAsAcNMRAPoACwBJAQsAVQELAMXTEQCrAQsA8wELAPsBCwBIAgsAVQILAJ0CCwCfAgsA8gILAAgDCwBHAwsAUwMLAJwDCwCkAwsAb9QRAP0DCwBGBAsASQQLAJsECwCgBAsA8AQLAAEFCwBFBQsATgULAJoFCwCkBQsA7wULAP0FCwBEBgsASQYLAJkGCwCmBgsAxNQRAPoGCwBDBwsAUAcLAJgHCwCaBwsA7QcLAAMICwBCCAsATggLAJcICwCfCAsAGdURAPEICwBBCQsARwkLAJYJCwCeCQsA6wkLAO4JCwBACgsATAoLAJUKCwCbCgsA6goLAAULCwA/CwsATAsLAJQLCwCWCwsA6QsLAP8LCwA+DAsASgwLAJMMCwCbDAsAbtURAO4MCwA9DQsAQg0LAJINCwCtDQsA5w0LAPUNCwA8DgsAQw4LAJEOCwCdDgsA5g4LAO0OCwDD1REARg8LAJAPCwCYDwsA5Q8LAPAPCwA6EAsAPxALAI8QCwCSEAsA5BALAO4QCwA5EQsAQRELAI4RCwCcEQsA4xELAOYRCwA4EgsAQBILAI0SCwCtEgsA4hILAO8SCwA3EwsAPBMLAIwTCwCQEwsA4RMLAO4TCwAY1hEAVhQLAIsUCwCUFAsA4BQLAOEUCwA1FQsAPRULAIoVCwCaFQsA3xULAOEVCwA0FgsAQhYLAIkWCwCaFgsAbdYRAOQWCwAzFwsAPxcLAMLWEQCPFwsAF9cRAOIXCwAyGAsATBgLAIcYCwCWGAsA3BgLAOcYCwAxGQsAMxkLAIYZCwCTGQsA2xkLAOgZCwAwGgsAPBoLAIUaCwCWGgsA2hoLAN0aCwAvGwsASRsLAIQbCwCNGwsA2RsLAOYbCwAuHAsANBwLAIMcCwCPHAsA2BwLANscCwAtHQsAMh0LAIIdCwCTHQsA1x0LAPIdCwAsHgsAOB4LAIEeCwCIHgsA1h4LANgeCwArHwsAMh8LAIAfCwCHHwsA1R8LANsfCwAqIAsANiALAH8gCwCCIAsA1CALANcgCwApIQsANSELAH4hCwCRIQsA0yELAOIhCwAoIgsANCILAH0iCwB+IgsA0iILANwiCwAnIwsANSMLAHwjCwCBIwsA0SMLAN4jCwBs1xEALiQLAMHXEQB9JAsA0CQLAOYkCwAlJQsAMSULAHolCwCCJQsAFtgRANUlCwAkJgsALCYLAHkmCwB8JgsAziYLANomCwAjJwsAKScLAHgnCwCTJwsAzScLANsnCwAiKAsAMSgLAHcoCwCDKAsAzCgLANQoCwBr2BEAJikLAHYpCwCAKQsAyykLANMpCwAgKgsAQCoLAHUqCwCCKgsAyioLAM8qCwAfKwsAIysLAHQrCwCBKwsAwNgRAOwrCwAV2REAIywLAHMsCwCCLAsAyCwLAOgsCwAdLQsAKS0LAHItCwB8LQsAxy0LANMtCwAcLgsAIi4LAHEuCwB3LgsAxi4LAMsuCwAbLwsAIS8LAGrZEQB2LwsAxS8LAMovCwAaMAsAIDALABTaEQByMAsAxDALAM4wCwAZMQsAGzELAG4xCwCHMQsAwzELANQxCwAYMgsAJjILAG0yCwBwMgsAwjILAM0yCwAXMwsAHzMLAGwzCwBuMwsAwTMLAMkzCwAWNAsAIzQLAGs0CwB3NAsAwDQLAMQ0CwAVNQsAHTULAGo1CwB5NQsAvzULAMQ1CwAUNgsAITYLAGk2CwB2NgsAvjYLAMo2CwATNwsAIjcLAGg3CwByNwsAvTcLAMs3CwASOAsAFzgLAGc4CwB0OAsAadoRAMQ4CwC+2hEAFTkLAGI9CwAdOQsAZjkLAGw5CwC7OQsAwTkLABA6CwAdOgsAZToLAGo6CwC6OgsAwjoLAA87CwA4OwsAZDsLAEM7CwAOPAsAijsLAGM8CwCNOwsAuTsLAOI7CwAT2xEANzwLAGjbEQCJPAsAuDwLAOw8CwANPQsANj0LAL3bEQBwPQsAtz0LAMQ9CwAMPgsAGD4LAGE+CwBnPgsAtj4LALw+CwALPwsAED8LAGA/CwBmPwsAEtwRANs/CwC0QAsA3j8LAApACwAzQAsAvNwRAIhACwAR3REA2kALAAlBCwA9QQsAXkELAIdBCwBm3REAvUELAAhCCwANQgsAXUILAGVCCwC73REAt0ILAAdDCwAQQwsAXEMLAGlDCwCxQwsAuEMLABDeEQAORAsAZd4RAG5ECwCwRAsAvEQLAAVFCwAURQsAWkULAGNFCwCvRQsAuUULAARGCwAGRgsAWUYLAHJGCwCuRgsAv0YLAANHCwAPRwsAWEcLAGBHCwC63hEAu0cLAAJICwATSAsAV0gLAGNICwCsSAsAtEgLAA/fEQAGSQsAVkkLAGBJCwCrSQsAs0kLAABKCwAQSgsAVUoLAFpKCwCqSgsAs0oLAP9KCwAMSwsAVEsLAFtLCwBk3xEAr0sLAEpRDwC2SwsA/ksLALxLCwDHKg4AA0wLAFNMCwBfTAsAqEwLALVMCwD9TAsAB00LALnfEQBXTQsAp00LALNNCwD8TQsACU4LAFFOCwBbTgsApk4LAMJOCwD7TgsAA08LAA7gEQBVTwsApU8LAK1PCwD6TwsA/U8LAE9QCwBYUAsApFALALNQCwD5UAsABFELAE5RCwBWUQsAo1ELALNRCwD4UQsABlILAE1SCwBeUgsAolILAK5SCwD3UgsA/1ILAGPgEQBSUwsAoVMLAKlTCwD2UwsA/VMLAEtUCwBZVAsAoFQLAKZUCwD1VAsAAVULAEpVCwBZVQsAn1ULAKlVCwD0VQsA+VULAElWCwBPVgsAnlYLALJWCwDzVgsA+1YLAEhXCwBmVwsAnVcLAKVXCwC44BEA+lcLAA3hEQBPWAsAnFgLALVYCwDxWAsA+lgLAEZZCwBWWQsAm1kLAKtZCwDwWQsA/FkLAEVaCwBLWgsAmloLAKhaCwDvWgsA/FoLAERbCwBbWwsAmVsLAKFbCwDuWwsA+FsLAENcCwBRXAsAmFwLAK5cCwDtXAsA+VwLAEJdCwBJXQsAl10LAJ9dCwDsXQsA8V0LAEFeCwBKXgsAll4LAKBeCwDrXgsA814LAEBfCwBCXwsAlV8LAKVfCwDqXwsA9F8LAD9gCwBLYAsAlGALAJpgCwDpYAsA8WALALfhEQBAYQsAk2ELAKRhCwDoYQsABGILAD1iCwBFYgsADOIRAKNiCwDnYgsA+GILADxjCwBEYwsAkWMLAKpjCwDmYwsA7GMLADtkCwBAZAsAkGQLALBkCwDlZAsA8WQLADplCwBAZQsAj2ULAJdlCwDkZQsA82ULADlmCwA+ZgsAjmYLAJtmCwDjZgsA8GYLADhnCwBEZwsAjWcLAJxnCwDiZwsA7GcLADdoCwBFaAsAjGgLAJFoCwDhaAsA7mgLADZpCwA5aQsAi2kLAJNpCwDgaQsA4mkLADVqCwA7agsAimoLAJZqCwDfagsA52oLAGHiEQA5awsAiWsLAI1rCwDeawsA62sLALbiEQA8bAsAiGwLAJlsCwDdbAsA6WwLADJtCwA/bQsAh20LAIxtCwDcbQsA5m0LADFuCwBBbgsAhm4LAItuCwDbbgsA5G4LADBvCwA9bwsAhW8LAIxvCwDabwsA5m8LAC9wCwA1cAsAhHALAIpwCwDZcAsA3nALAC5xCwA0cQsAC+MRAIhxCwDYcQsA4HELAC1yCwBDcgsAgnILAIdyCwDXcgsA3nILACxzCwA1cwsAgXMLAJJzCwDWcwsA4nMLACt0CwAzdAsACuQRAIJ0CwDVdAsA63QLACp1CwA2dQsAf3ULAIZ1CwDUdQsA3HULAF/kEQAudgsAfnYLAIV2CwDTdgsA3HYLACh3CwA5dwsAfXcLAIl3CwDSdwsA2ncLALTkEQApeAsAfHgLAJJ4CwDReAsA3XgLACZ5CwAteQsAe3kLAIN5CwAJ5REA1XkLACV6CwAsegsAenoLAIN6CwDPegsA4HoLACR7CwAwewsAeXsLAIF7CwBe5REA0HsLACN8CwAyfAsAeHwLAJh8CwDNfAsAz3wLACJ9CwA5fQsAd30LAIN9CwDMfQsA1H0LAAjmEQAmfgsAdn4LAHh+CwDLfgsA0n4LACB/CwAofwsAdX8LAH5/CwDKfwsA0H8LAB+ACwAwgAsAdIALAHyACwCy5hEA1YALAB6BCwAhgQsAc4ELAHiBCwDIgQsA2YELAB2CCwA4ggsAcoILAH6CCwDHggsAz4ILAAfnEQAygwsAcYMLAHKDCwDGgwsAy4MLABuECwAhhAsAcIQLAHqECwDFhAsAzYQLABqFCwAshQsAXOcRAHyFCwDEhQsAzoULABmGCwAfhgsAboYLAIKGCwDDhgsAy4YLABiHCwAohwsAbYcLAHKHCwDChwsAyIcLABeICwAfiAsAbIgLAG2ICwDBiAsAw4gLABaJCwAliQsAa4kLAIuJCwDAiQsAwokLABWKCwAsigsAaooLAHaKCwC/igsAx4oLALHnEQAciwsAaYsLAIKLCwC+iwsAx4sLABOMCwAdjAsAaIwLAHCMCwC9jAsAzYwLABKNCwAXjQsAZ40LAHCNCwC8jQsAyY0LABGOCwAYjgsAZo4LAG6OCwBb6BEAxY4LABCPCwAYjwsAZY8LAHOPCwC6jwsAx48LAA+QCwAXkAsAZJALAGaQCwC5kAsAwZALAA6RCwAPkQsAY5ELAGWRCwC4kQsAx5ELAA2SCwAtkgsAYpILAGSSCwC3kgsAzpILAAyTCwAYkwsAYZMLAHuTCwC2kwsA4pMLAAuUCwAOlAsAYJQLAGWUCwC1lAsAwpQLALDoEQAMlQsAX5ULAGmVCwC0lQsAw5ULAAmWCwAUlgsAXpYLAGyWCwCzlgsAwJYLAAiXCwAflwsAXZcLAGWXCwCylwsAs5cLAAeYCwAJmAsAXJgLAGuYCwCxmAsA0ZgLAAaZCwAImQsAW5kLAHKZCwCwmQsAvJkLAAWaCwANmgsABekRAF+aCwCvmgsAtZoLAASbCwAMmwsAWZsLAHibCwCumwsAu5sLAAOcCwAEnAsAWJwLAG6cCwCtnAsAyZwLAFrpEQAHnQsAV50LAGGdCwCsnQsAtJ0LAAGeCwACngsAVp4LAAOeCwBNpwsAXJ4LAKueCwC3ngsAAJ8LABCfCwBVnwsAY58LAKqfCwC9nwsA/58LAAugCwBUoAsAW6ALAKmgCwCxoAsA/qALAAKhCwBToQsAYaELAKihCwCyoQsA/aELAAiiCwBSogsAWqILAKeiCwDfogsA/KILAASjCwBRowsAVqMLAKajCwCsowsA+6MLAAOkCwBQpAsAaqQLAKWkCwDdpAsA+qQLAAKlCwBPpQsAVKULAKSlCwCqpQsA+aULAAGmCwBOpgsAaKYLAKOmCwC9pgsA+KYLADCnCwCv6REAVacLAKKnCwCppwsA96cLAAOoCwBMqAsATagLAKGoCwCtqAsA9qgLAAOpCwBLqQsAUqkLAKCpCwCsqQsA9akLAAKqCwBKqgsAWaoLAJ+qCwCzqgsABOoRAPaqCwBJqwsAAKsLAMx6DgBMqwsAYOcNAFarCwASjAwAWKsLAJ6rCwC+qwsA86sLAPWrCwBIrAsAX6wLAJ2sCwCprAsA8qwLAPqsCwBZ6hEASa0LAJytCwCprQsA8a0LAPqtCwBGrgsASK4LAJuuCwCsrgsA8K4LAAGvCwBFrwsAWa8LAK7qEQC6rwsA768LAPGvCwBEsAsAW7ALAJmwCwClsAsA7rALAPawCwAD6xEARbELAJixCwCbsQsA7bELAPWxCwBCsgsAT7ILAJeyCwCcsgsA7LILAPayCwBBswsASbMLAJazCwCvswsA67MLAPezCwBAtAsATLQLAJW0CwCitAsA6rQLAPK0CwA/tQsAT7ULAJS1CwCZtQsA6bULAPK1CwA+tgsAS7YLAJO2CwCatgsA6LYLAPC2CwBY6xEASrcLAJK3CwCVtwsA57cLAPG3CwA8uAsAPrgLAJG4CwCiuAsA5rgLAPe4CwA7uQsAR7kLAJC5CwCXuQsA5bkLAP+5CwA6ugsAQroLAI+6CwCQugsAMMQLAJm6CwDkugsA6roLADm7CwBNuwsAjrsLAJa7CwDjuwsA7bsLADi8CwA9vAsAjbwLAJW8CwDivAsA8LwLADe9CwBEvQsAjL0LAI+9CwDhvQsA670LADa+CwA4vgsAi74LAJy+CwDgvgsA8b4LADW/CwA9vwsAresRAJS/CwDfvwsA+78LADTACwA8wAsAAuwRAIrACwDewAsA9MALADPBCwA7wQsAiMELAJbBCwDdwQsA6sELADLCCwA1wgsAh8ILAJHCCwDcwgsA3sILADHDCwBCwwsAhsMLAJfDCwDbwwsA48MLAFfsEQBBxAsAhcQLAJHECwDaxAsA3MQLAC/FCwAyxQsAhMULAJDFCwDZxQsA4cULAKzsEQA3xgsAg8YLAJDGCwDYxgsA4MYLAC3HCwA/xwsAgscLAI/HCwDXxwsA2McLACzICwBCyAsAgcgLAInICwDWyAsA5MgLACvJCwA4yQsAgMkLAIPJCwDVyQsA38kLACrKCwAsygsAf8oLAJDKCwDUygsA5coLACnLCwAxywsAAe0RAIvLCwDTywsA3csLACjMCwDgywsA+6ENADbMCwB9zAsAk8wLANLMCwDezAsAJ80LADPNCwB8zQsAgs0LANHNCwDXzQsAJs4LACvOCwB7zgsAgc4LAFbtEQDVzgsAJc8LACfPCwB6zwsAgc8LAM/PCwDXzwsAJNALACfQCwB50AsAgtALAM7QCwDd0AsAI9ELAC7RCwB40QsAgNELAM3RCwDd0QsAItILADDSCwB30gsAiNILAMzSCwDY0gsAIdMLACnTCwBV7hEAlNMLAMvTCwDT0wsAqu4RACzUCwB11AsAi9QLAMrUCwDS1AsAH9ULAD7VCwD/7hEAd9ULAOcMDACB1QsAydULAMzVCwCYVxAA0dULAB7WCwDT1QsAi2YOACDWCwBz1gsAKNYLALziCwAv1gsAw9sLAIDWCwDI1gsA3NYLAB3XCwAl1wsActcLAHfXCwDH1wsA19cLABzYCwAk2AsAcdgLAHvYCwDG2AsA0dgLABvZCwAn2QsAcNkLAHjZCwBU7xEAytkLABraCwAj2gsAb9oLAHXaCwDE2gsA09oLABnbCwAl2wsAbtsLAHHbCwCp7xEAyNsLABjcCwAn3AsAbdwLAG/cCwDC3AsA09wLABfdCwAo3QsAbN0LAIDdCwDB3QsAyd0LABbeCwAk3gsAa94LAHjeCwDA3gsAw94LABXfCwAf3wsAat8LAGzfCwC/3wsA0N8LABTgCwAl4AsAaeALAHXgCwC+4AsAxeALABPhCwAb4QsAaOELAH/hCwC94QsAyeELABLiCwAo4gsAZ+ILAGriCwD+7xEAx+ILABHjCwAd4wsAZuMLAG7jCwBT8BEAx+MLABDkCwAm5AsAZeQLAGjkCwC65AsAwuQLAA/lCwAR5QsAZOULAH/lCwC55QsAu+ULAA7mCwAc5gsAY+YLAHTmCwC45gsAuuYLAA3nCwAm5wsAYucLAHPnCwC35wsAw+cLAKjwEQAS6AsAYegLAG/oCwC26AsA0egLAAvpCwAX6QsAYOkLAGbpCwC16QsAvekLAArqCwAa6gsAX+oLAGTqCwC06gsAveoLAAnrCwAW6wsAXusLAGXrCwCz6wsAu+sLAP3wEQAN7AsAXewLAGPsCwCy7AsAuuwLAAftCwAz7QsAXO0LAGPtCwCx7QsAyu0LAAbuCwAV7gsAW+4LAHfuCwBS8REAte4LAAXvCwAP7wsAWu8LAGrvCwCv7wsAtO8LAATwCwAN8AsAWfALAGbwCwCu8AsAtfALAAPxCwAP8QsAWPELAGvxCwCt8QsAvPELAALyCwAO8gsAV/ILAFjyCwCs8gsAtvILAAHzCwAP8wsAVvMLAFvzCwCr8wsAuPMLAKfxEQAR9AsAVfQLAFf0CwCq9AsArfQLAP/0CwAC9QsAVPULAFv1CwCp9QsAtfULAP71CwAO9gsAU/YLAGP2CwCo9gsArfYLAP32CwAG9wsAUvcLAF/3CwCn9wsArvcLAPz3CwAI+AsAUfgLAFf4CwCm+AsArPgLAPv4CwAA+QsAUPkLAFb5CwCm8hEAr/kLAPr5CwAI+gsAT/oLAF/6CwCk+gsApvoLAPn6CwAI+wsATvsLAFj7CwCj+wsAq/sLAKXzEQD++wsATfwLAFn8CwD68xEAp/wLAPf8CwD//AsATP0LAFz9CwCh/QsAr/0LAPb9CwAD/gsAS/4LAFL+CwCg/gsAqP4LAKT0EQAG/wsASv8LAFH/CwCf/wsAp/8LAPT/CwABAAwASQAMAE4ADACeAAwAqAAMAPMADAD7AAwASAEMAGEBDACdAQwAqQEMAPIBDAD6AQwA+fQRAFMCDACcAgwAnwIMAPECDAD2AgwARgMMAFcDDACbAwwAtgMMAPADDAD8AwwARQQMAEwEDACaBAwAtgQMAO8EDAD3BAwATvURAEkFDACZBQwAowUMAO4FDAD2BQwAQwYMAEUGDAB3ew0AUwYMAJgGDACdBgwA7QYMAPYGDABCBwwATwcMAJcHDACeBwwAo/URAPUHDABBCAwATggMAJYIDAClCAwA6wgMAPUIDABACQwATgkMAJUJDACaCQwA6gkMAPcJDAA/CgwARwoMAPj1EQCgCgwA6QoMAPYKDAA+CwwAQQsMAJMLDAChCwwA6AsMAO0LDAA9DAwASgwMAJIMDACaDAwATfYRAO8MDAA8DQwAQg0MAJENDABDDQwAAJ4MAJ0NDADmDQwAAw4MADsODABEDgwAkA4MAJ4ODADlDgwA6w4MADoPDABGDwwAjw8MAJYPDACi9hEA5Q8MACF9DADwDwwAORAMAPQPDADPeQwATBAMAI4QDACYEAwA4xAMAO8QDAA4EQwARREMAI0RDACQEQwA4hEMAPARDAA3EgwAPBIMAIwSDACZEgwA4RIMAOkSDAD39hEAPBMMAIsTDACZEwwA4BMMAPsTDAA1FAwAQRQMAIoUDACQFAwAofcRAAIVDAD29xEAORUMAIkVDACWFQwA3hUMAOsVDAAzFgwAPxYMAIgWDACXFgwA3RYMAOcWDAAyFwwAQBcMAIcXDACMFwwA3BcMAOkXDAAxGAwATRgMAIYYDACOGAwAS/gRAOAYDAAwGQwANhkMAIUZDACNGQwA2hkMANsZDAAvGgwANhoMAIQaDACJGgwA2RoMAOEaDAAuGwwAPBsMAIMbDACGGwwA2BsMAOAbDAAtHAwAOhwMAIIcDACHHAwA1xwMAOEcDAAsHQwANB0MAIEdDACSHQwA1h0MANsdDAArHgwALR4MAIAeDACHHgwA1R4MAOEeDAAqHwwAMR8MAKD4EQCLHwwA1B8MAPEfDAApIAwAMiAMAH4gDACMIAwA0yAMANkgDAAoIQwANCEMAH0hDACEIQwA0iEMANohDAAnIgwAPSIMAHwiDACBIgwA0SIMANgiDAAmIwwALyMMAHsjDACMIwwA0CMMANwjDAAlJAwALSQMAEr5EQCAJAwAzyQMANQkDAAkJQwAPyUMAHklDACHJQwAziUMANUlDAAjJgwALyYMAHgmDAB7JgwAzSYMANUmDAAiJwwAIycMAHcnDAB5JwwAzCcMANsnDAAhKAwAQSgMAHYoDAB4KAwAyygMAOIoDAAgKQwALCkMAHUpDAB9KQwAn/kRAM8pDAAfKgwAJyoMAHQqDACEKgwAySoMANcqDAAeKwwALysMAHMrDAB/KwwAyCsMAMsrDAAdLAwAJSwMAHIsDACALAwAxywMANQsDAAcLQwAJC0MAHEtDACpLQwA9PkRAMctDAAbLgwAJy4MAHAuDAB/LgwAxS4MAM0uDABJ+hEAHC8MAG8vDAB9LwwAxC8MANUvDACe+hEAIDAMAPP6EQB2MAwAnfsRAMQwDACnTAwAxjAMAA86DADHMAwAbDIMAMkwDABiPAwAyjAMAL02DADMMAwApU4MAM8wDAAYMQwA0DAMAL80DADSMAwAskEMAB4xDABtMQwAczEMAMIxDADHMQwAFzIMAB0yDADy+xEAbjIMAMEyDADHMgwAFjMMACMzDADx/BEAeDMMAMAzDADXMwwAFTQMADE0DABqNAwAcjQMAEb9EQDENAwAFDUMAB41DABpNQwAdzUMAL41DADNNQwAEzYMAB82DACb/REAcDYMAPD9EQDJNgwAEjcMABM3DABnNwwAbTcMALw3DADINwwAETgMACA4DABmOAwAaDgMALs4DADFOAwAEDkMABw5DABlOQwAbDkMAEX+EQDCOQwAmv4RABk6DABkOgwAajoMALk6DADHOgwADjsMAB07DABjOwwAbTsMALg7DADUOwwADTwMABU8DADv/hEAbjwMALc8DADGPAwADD0MABE9DABhPQwAfD0MALY9DADCPQwACz4MABE+DABgPgwAYj4MALU+DADOPgwACj8MABs/DABfPwwAaz8MALQ/DADMPwwACUAMABVADABeQAwAZEAMALNADAC5QAwACEEMAA1BDABdQQwAY0EMAET/EQC3QQwAB0IMAA1CDABcQgwAHUIMAAJHDABoQgwAsUIMAMlCDAAGQwwACkMMAK9EDAASQwwAW0MMAGFDDACwQwwAtkMMAAVEDAAKRAwAWkQMAGBEDABDABIAsUQMAARFDAAKRQwAWUUMAGZFDABCARIAu0UMAANGDAAaRgwAWEYMAHRGDACtRgwAtUYMAJcBEgADRwwAV0cMAGVHDACsRwwAvUcMAAFIDAANSAwAVkgMAG5IDACrSAwAr0gMAFRKDAC3SAwAAEkMAAZJDABVSQwAW0kMAKpJDACvSQwA/0kMAAVKDADsARIAVkoMAKlKDACvSgwA/koMAAtLDADrAhIAYEsMAKhLDAC/SwwA/UsMABlMDABSTAwAWkwMAEADEgCpTAwA/EwMAAJNDABRTQwAVE0MAKZNDACyTQwA+00MABdODABQTgwAWE4MAJUDEgCoTgwA+k4MAAZPDABPTwwAVU8MAKRPDAC8TwwA+U8MAP1PDACiUQwAAFAMAPNVDAAFUAwATlAMAAZQDAD1UwwAVFAMAKNQDACpUAwA+FAMAP1QDABNUQwAU1EMAOoDEgCkUQwA91EMAP1RDABMUgwAWVIMAOkEEgCuUgwA9lIMAA1TDABLUwwAZ1MMAKBTDACoUwwAPgUSAPpTDABKVAwAVFQMAJ9UDACtVAwA9FQMAANVDABJVQwAVVUMAJMFEgCmVQwA6AUSAP9VDABIVgwASVYMAJ1WDACjVgwA8lYMAP5WDABHVwwAVlcMAJxXDACeVwwA8VcMAPtXDABGWAwAUlgMAJtYDACiWAwAPQYSAPhYDACSBhIAT1kMAJpZDACmWQwA71kMAAVaDABEWgwAUFoMAJlaDACsWgwA7loMAPxaDABDWwwATVsMAOcGEgCgWwwAPAcSAANcDABCXAwATlwMAJdcDACkXAwA7FwMAPZcDABBXQwAQ10MAJZdDACgXQwA610MAPldDABAXgwARV4MAJVeDACiXgwA6l4MAPJeDAA/XwwAT18MAJRfDACWXwwA6V8MAPJfDAA+YAwAT2AMAJNgDACdYAwAkQcSAPRgDAA9YQwAVGEMAJJhDACtYQwA5gcSAABiDAA8YgwAQmIMAJFiDACbYgwAOwgSAOhiDAA7YwwATGMMAJBjDACYYwwA5WMMAKxjDAC9iwwA8WMMADpkDABAZAwAj2QMAJVkDADkZAwA6WQMADllDAA/ZQwAkAgSAKplDADjZQwA62UMAI8JEgBGZgwAjWYMAJ5mDADiZgwA82YMADdnDABDZwwAjGcMAJNnDADkCRIA8mcMADZoDABHaAwAi2gMAJdoDADgaAwA52gMADkKEgA3aQwAimkMAItpDADfaQwA52kMADRqDAA5agwAiWoMAJJqDADeagwA6GoMADNrDAA7awwAiGsMAI1rDADdawwA7WsMADJsDAA6bAwAh2wMAJ1sDADcbAwA6GwMADFtDABHbQwAhm0MAIttDADbbQwA4W0MADBuDABEbgwAjgoSAJtuDADabgwA6G4MAC9vDAA8bwwAhG8MAIZvDADZbwwA428MAC5wDAA6cAwAg3AMAIpwDADYcAwA4HAMAC1xDABGcQwAgnEMAJZxDADXcQwA33EMACxyDAAucgwAgXIMAI5yDADWcgwA23IMACtzDAA1cwwAgHMMAItzDADVcwwA4XMMACp0DAAwdAwAf3QMAId0DADUdAwA1XQMACl1DAAvdQwAfnUMAIN1DADTdQwA4nUMACh2DAA0dgwAfXYMAIB2DADSdgwA1XYMAOMKEgAsdwwAfHcMAJh3DAA4CxIA8XcMACZ4DAAueAwAjQsSAIF4DADQeAwA3HgMAOILEgAreQwAenkMAIZ5DAA1DhIA0XkMACR6DAAuegwAeXoMAHt6DADOegwA33oMACN7DAArewwAeHsMAIR7DADNewwA03sMACJ8DAAofAwAd3wMAHx8DADMfAwA0nwMAIoOEgAjfQwAdn0MAHx9DADLfQwAzn0MACB+DAAsfgwAdX4MAH1+DACJDxIA0H4MAB9/DAAlfwwAdH8MAHl/DADJfwwAz38MAN4PEgAggAwAc4AMAHyADADIgAwA34AMAB2BDAAogQwAcoEMAHyBDADHgQwAz4EMAN0QEgApggwAcYIMAHmCDADGggwA0IIMABuDDAAmgwwAcIMMAHaDDADFgwwA0YMMABqEDAAchAwAb4QMAHaEDADEhAwAzIQMABmFDAArhQwAMhESAKyFDADDhQwAy4UMABiGDAA7hgwAMRISAG+GDADChgwAz4YMABeHDAAehwwAbIcMAH2HDADBhwwAzYcMABaIDAAdiAwAa4gMAGyIDAD1qAwAc4gMAIYSEgDTiAwAFYkMACSJDABqiQwAdokMAL+JDADAiQwAFIoMAB6KDABpigwAd4oMAL6KDADDigwAE4sMACCLDADbEhIAcIsMADATEgDFiwwAhRMSACCMDABnjAwAdowMALyMDADcjAwAEY0MAB2NDABmjQwAbY0MALuNDADDjQwAEI4MABKODABljgwAb44MAIQUEgDEjgwAD48MABePDADZFBIAbo8MALmPDADBjwwALhUSAE2QDABjkAwAa5AMALiQDADWkAwAgxUSABuRDABikQwAaZEMAONjDgBykQwAt5EMAMeRDAAMkgwAGJIMAGGSDABnkgwAtpIMANKSDAALkwwAE5MMANgVEgB0kwwAtZMMAL+TDAAKlAwAFpQMAF+UDABnlAwALRYSAL+UDAAJlQwAC5UMAF6VDABklQwAs5UMALuVDACCFhIACpYMAF2WDABglgwAspYMALqWDAAHlwwAF5cMAFyXDABelwwAsZcMAL+XDAAGmAwAF5gMANcWEgBimAwALBcSALaYDAAFmQwACpkMAFqZDABgmQwAgRcSALmZDAAEmgwABpoMAFmaDABsmgwArpoMALaaDAADmwwAD5sMAFibDABemwwArZsMALObDAACnAwAB5wMAFecDABdnAwAgBgSALWcDAABnQwADp0MAFadDABdnQwAq50MALOdDADVGBIADJ4MAFWeDABfngwAqp4MALaeDAD/ngwADp8MAFSfDABenwwAqZ8MALWfDAD+nwwABaAMACoZEgBWoAwACzsPAFmgDACooAwAYqAMAJ1UDgC0oAwA/aAMAAWhDAB/GRIAXqEMAKehDACxoQwA/KEMAAiiDABRogwAYKIMAKaiDACwogwA+6IMAAejDABQowwAV6MMANQZEgCzowwA+qMMAMWjDAACRQ4AEaQMAE+kDABcpAwApKQMAKakDAD5pAwACqUMAE6lDABqpQwAo6UMAKulDAApGhIAEaYMAE2mDABhpgwAoqYMAKqmDAD3pgwA+qYMAEynDABapwwAoacMALinDAD2pwwAA6gMAEuoDABNqAwAoKgMALGoDAB+GhIA+6gMAEqpDABPqQwAn6kMALWpDAD0qQwAAqoMAEmqDABMqgwAnqoMAKqqDADzqgwA+aoMAEirDABUqwwAnasMAMmrDADyqwwA/qsMAEesDABWrAwAnKwMAKasDADxrAwA/6wMAEatDABLrQwAm60MAKitDADTGhIA8q0MAEWuDABTrgwAmq4MAKeuDADvrgwAAa8MACgbEgBTrwwAma8MAKWvDADurwwAB7AMAEOwDABFsAwAmLAMAKewDADtsAwADbEMAEKxDABKsQwAl7EMALqxDAB9GxIA8bEMAEGyDABEsgwAlrIMAKCyDADrsgwA87IMAECzDABGswwAlbMMAKGzDADqswwA+bMMAD+0DABLtAwAlLQMAKG0DADptAwA87QMAD61DABGtQwAk7UMAKK1DADotQwA6rUMAD22DABOtgwAkrYMAKO2DADntgwA77YMADy3DABNtwwAkbcMAJO3DADmtwwA6bcMADu4DABFuAwAkLgMALS4DADluAwAAbkMANIbEgBAuQwAj7kMAJS5DADkuQwA87kMADm6DABFugwAjroMAJG6DADjugwA5roMADi7DABAuwwAjbsMAJy7DADiuwwA57sMADe8DABNvAwAjLwMAI28DADhvAwA8rwMADa9DABCvQwAi70MAJW9DADgvQwA7L0MADW+DAA8vgwAJxwSAI6+DADfvgwA7b4MADS/DAA+vwwAib8MAJS/DADevwwA5r8MADPADAA/wAwAiMAMAJvADADdwAwA68AMADLBDAA8wQwAh8EMAI/BDADcwQwA68EMADHCDAA2wgwAhsIMAI3CDADbwgwA58IMAHwcEgA8wwwAhcMMAIjDDADawwwA3cMMAC/EDABJxAwAhMQMAJDEDADZxAwA7MQMAC7FDAA8xQwAg8UMAI3FDADYxQwA+8UMANEcEgA3xgwAgsYMAI7GDADXxgwA3sYMACzHDAA0xwwAgccMAIXHDADWxwwA5McMACvIDAA1yAwAgMgMAIvIDADVyAwA3cgMACrJDAA5yQwAf8kMAITJDADUyQwA28kMACnKDAA1ygwAfsoMAIbKDAAmHRIA6coMAC4YDwDsygwAKMsMADLLDAB9ywwAicsMANLLDADVywwAJ8wMADHMDAB8zAwAf8wMANHMDADhzAwAJs0MACjNDAB7zQwAic0MANDNDADhzQwAex0SACzODADQHRIAk84MAM/ODADZzgwAJM8MADDPDAB5zwwAfM8MAM7PDADYzwwAJR4SACjQDAB40AwAmNAMAM3QDADV0AwAeh4SADDRDAB30QwAjdEMAMzRDADY0QwAIdIMACjSDAB20gwAftIMAMvSDADQ0gwAINMMACnTDAB10wwAf9MMAMrTDADS0wwAH9QMAC3UDAB01AwAgdQMAMnUDADR1AwAzx4SAC7VDABz1QwAe9UMACQfEgDP1QwAHdYMACnWDABy1gwAedYMAMfWDADP1gwAHNcMACbXDABx1wwAf9cMAMbXDADc1wwAG9gMACfYDABw2AwAddgMAMXYDADO2AwAGtkMACTZDABv2QwAd9kMAMTZDADJ2QwAGdoMACnaDABu2gwAdtoMAHkfEgDN2gwAGNsMABvbDADI1A0AINsMAM4fEgB72wwAwtsMANjbDAAX3AwAI9wMAGzcDABz3AwAwdwMAMncDAAW3QwAG90MAGvdDAB03QwAwN0MAMrdDAAV3gwAHd4MAGreDABs3gwACeoMAHjeDAC/3gwAzN4MABTfDAAc3wwAIyASAHXfDAC+3wwAwd8MABPgDAAd4AwAeCASAHbgDAC94AwA0+AMABLhDAAe4QwAZ+EMAG7hDAC84QwAxOEMABHiDAAW4gwAZuIMAG/iDAC74gwAxeIMABDjDAAY4wwAZeMMAGfjDAC64wwAyuMMAA/kDAAZ5AwAZOQMAHDkDAC55AwAv+QMACIhEgAc5QwAY+UMAHnlDAC45QwAxOUMAA3mDAAS5gwAYuYMAGvmDAC35gwAweYMAAznDAAU5wwAYecMAIPnDAB3IRIAxecMAAvoDAAX6AwAYOgMAGHoDAC16AwAv+gMAArpDAAY6QwAX+kMAGTpDAC06QwAwekMAMwhEgAZ6gwAXuoMAGjqDACz6gwAv+oMAAjrDAAO6wwAXesMAGXrDADLIhIAt+sMAAfsDAAP7AwAXOwMAGjsDABS9gwAdewMALHsDAC97AwABu0MAA7tDAAgIxIAaO0MALDtDAC47QwABe4MABPuDABa7gwAZ+4MAK/uDACy7gwABO8MAA7vDABZ7wwAW+8MAK7vDAC77wwAA/AMABLwDABY8AwAZPAMAK3wDAC18AwAdSMSABLxDABX8QwAX/EMAKzxDAC48QwAAfIMAAfyDABW8gwAXPIMAKvyDACw8gwAAPMMAAbzDADKIxIAYvMMAKrzDACv8wwA//MMAAn0DABU9AwAXPQMAKn0DAC19AwA/vQMABH1DABT9QwAYfUMAKj1DACr9QwA/fUMAAf2DAAfJBIAZfYMAKf2DAC19gwA/PYMAP/2DABR9wwAW/cMAHQkEgCr9wwA+/cMALT3DACHFg0AA/gMAFD4DABc+AwApfgMAKv4DAD6+AwAuPgMADQUDQAA+QwAT/kMAFT5DACk+QwAqvkMAMkkEgD/+QwATvoMAFP6DACj+gwAqfoMAB4lEgAG+wwATfsMAGj7DACi+wwArvsMAPf7DAD++wwAcyUSAFX8DACh/AwArvwMAPb8DAAC/QwAS/0MAF79DACg/QwAof0MAPX9DAAB/gwASv4MAFn+DACf/gwAqf4MAPT+DAAA/wwASf8MAFD/DADIJRIApP8MAPP/DAD5/wwASAANAE0ADQCdAA0AowANAHImEgD7AA0ARwENAFQBDQCcAQ0AoAENAPEBDQDzAQ0ARgINAFMCDQCbAg0ApQINAMcmEgD3Ag0ARQMNAE0DDQCaAw0ApgMNAO8DDQACBA0ARAQNAFMEDQCZBA0ApQQNAO4EDQDvBA0AQwUNAE0FDQCYBQ0ApgUNAO0FDQDyBQ0AQgYNAE8GDQAcJxIAowYNAOwGDQDyBg0AQQcNAEcHDQCWBw0AmwcNAOsHDQDxBw0AcScSAEUIDQCVCA0AnwgNABsoEgDyCA0APwkNAEwJDQCUCQ0AmQkNAOkJDQDzCQ0APgoNAEYKDQCTCg0AnwoNAOgKDQD7Cg0APQsNAD4LDQCSCw0AngsNAOcLDQD2Cw0APAwNAEYMDQCRDA0AmQwNAOYMDQDoDA0AcCgSAEQNDQCQDQ0Anw0NAOUNDQD0DQ0AOg4NAEYODQCPDg0Akg4NAOQODQDnDg0AxSgSADsPDQCODw0AkQ8NAOMPDQDrDw0AOBANAEUQDQCNEA0AkhANAOIQDQDsEA0ANxENAD8RDQCMEQ0AmBENAOERDQD0EQ0ANhINADcSDQCLEg0AlxINAOASDQDvEg0ANRMNAD8TDQCKEw0AlhMNAN8TDQDmEw0AGikSAEMUDQCJFA0AlRQNAN4UDQDfFA0AMxUNAD0VDQCIFQ0AlhUNAN0VDQDiFQ0AMhYNAD8WDQBvKRIAmBYNAMQpEgDpFg0AMRcNAD8XDQCGFw0AlxcNANsXDQD9Fw0AGSoSADUYDQCFGA0ANhgNAPlODQCNGA0A2hgNANsYDQArHQ0A3RgNACoeDQDfGA0ALBwNAOAYDQB+Hw0A4RgNAC0bDQDpGA0ALxkNAPMYDQB7Ig0ANBkNAIQZDQCRGQ0A2RkNAOYZDQAuGg0AOhoNAIMaDQCSGg0A2BoNAOIaDQBuKhIAOxsNAIIbDQCEGw0A1xsNAOgbDQDDKhIALRwNAIEcDQCNHA0A1hwNAOMcDQAYKxIAOR0NAIAdDQCNHQ0A1R0NAOwdDQBtKxIAMx4NANIgDQA0Hg0Afx4NAIEeDQDUHg0A2h4NACkfDQAzHw0AwisSAIofDQDTHw0A1R8NACggDQA3IA0AfSANAIggDQAXLBIA4SANACchDQA2IQ0AfCENAIghDQDRIQ0A3SENACYiDQAtIg0AbCwSAIciDQDQIg0A2CINAMEsEgA+Iw0AeiMNAIsjDQDPIw0A2yMNABYtEgArJA0AeSQNAIEkDQDOJA0AzyQNACMlDQApJQ0AeCUNAH0lDQDNJQ0AziUNACImDQAuJg0AdyYNAH0mDQDMJg0A1iYNACEnDQAvJw0AcSwNADUnDQB2Jw0AficNAGstEgDbJw0AICgNACgoDQB1KA0AfigNAMooDQCCKA0AcisNANcoDQAfKQ0AJikNAHQpDQCAKQ0AySkNANkpDQAeKg0ALCoNAHMqDQCAKg0AyCoNANQqDQAdKw0AJCsNAMAtEgB7Kw0AxysNANgrDQAcLA0ALSwNABUuEgB9LA0AxiwNAMksDQAbLQ0AIy0NAHAtDQB1LQ0AxS0NANUtDQAaLg0AIi4NAG8uDQB4Lg0AxC4NAHwuDQBsMQ0A0S4NABkvDQAgLw0Abi8NAHovDQDDLw0A0y8NABgwDQAmMA0AbTANAHowDQDCMA0AzjANABcxDQAeMQ0Aai4SAHUxDQDBMQ0A0jENABYyDQAnMg0Avy4SAHAyDQDAMg0AzTINABUzDQAhMw0AajMNAHQzDQC/Mw0A0zMNABQ0DQAVNA0AaTQNAHU0DQC+NA0A3TQNABM1DQAbNQ0AaDUNAG01DQC9NQ0A1jUNABI2DQA+Ng0AZzYNAHM2DQC8Ng0AyzYNABE3DQAbNw0AZjcNAG43DQC7Nw0AxjcNABA4DQASOA0AZTgNAGg4DQC6OA0AwjgNAA85DQAcOQ0AZDkNAGk5DQC5OQ0AwTkNAA46DQAQOg0AYzoNAG06DQC4Og0AwjoNAA07DQATOw0AYjsNAHA7DQC3Ow0A0DsNAAw8DQAVPA0AYTwNAGs8DQC2PA0AwjwNABQvEgAXPQ0AYD0NAGo9DQC1PQ0AwD0NAAo+DQAPPg0AXz4NAGY+DQC0Pg0AvD4NAAk/DQA2Pw0AaS8SAGU/DQCzPw0Auz8NAAhADQA1QA0AXUANAGJADQCyQA0As0ANAAdBDQARQQ0AXEENAGpBDQCxQQ0AtkENAAZCDQATQg0AW0INAHdCDQCwQg0AzEINAL4vEgASQw0AWkMNAF5DDQCvQw0AtUMNAAREDQAGRA0AWUQNAFpEDQCuRA0A0UQNAANFDQAnRQ0AWEUNAIVFDQCtRQ0AtUUNAAJGDQAHRg0AV0YNAGRGDQCsRg0AtEYNAAFHDQADRw0AVkcNAF5HDQCrRw0A2EcNAABIDQANSA0AVUgNAFpIDQCqSA0At0gNAP9IDQALSQ0AVEkNAIFJDQCpSQ0AsUkNAP5JDQAZSg0AU0oNAFVKDQCoSg0AuUoNAP1KDQAGSw0AUksNAF5LDQATMBIAtEsNAPxLDQAXTA0AUUwNAFZMDQCmTA0AxkwNAPtMDQAHTQ0AUE0NAFhNDQBoMBIAs00NAPpNDQAETg0AT04NAFpODQCkTg0ArE4NABIxEgACTw0ATk8NAFhPDQCjTw0Ark8NAPhPDQAMUA0ATVANAGJQDQCiUA0AqlANAPdQDQAOUQ0ATFENAFFRDQChUQ0Aq1ENAPZRDQD+UQ0AZzESAE1SDQCgUg0AsVINAPVSDQD4Ug0ASlMNAFZTDQC8MRIArVMNAPRTDQAFVA0AETISAExUDQCeVA0AoVQNAPNUDQD/VA0ASFUNAE5VDQCdVQ0Ap1UNAGYyEgD/VQ0AR1YNAF5WDQCcVg0ApFYNALsyEgD3Vg0ARlcNAExXDQCbVw0As1cNAPBXDQDyVw0ARVgNAEhYDQCaWA0AnVgNAO9YDQD7WA0ARFkNAEpZDQCZWQ0Ao1kNAGUzEgDzWQ0AQ1oNAFBaDQC6MxIAqFoNAO1aDQD5Wg0AQlsNAEhbDQCXWw0Ao1sNAOxbDQClWw0AQgMQAPlbDQBBXA0AUFwNAJZcDQCiXA0A61wNAPNcDQAPNBIASF0NAJVdDQCXXQ0A6l0NAPldDQA/Xg0ASV4NAJReDQCdXg0A6V4NAOteDQA+Xw0AT18NAJNfDQCoXw0A6F8NAPBfDQA9YA0AfWANAJJgDQCaYA0A52ANAPNgDQA8YQ0AT2ENAJFhDQCSYQ0A5mENAPJhDQA7Yg0ASmINAJBiDQCaYg0A5WINAPFiDQA6Yw0AQWMNALk0EgCrYw0ADjUSAOdjDQA5ZA0AQWQNAI5kDQCbZA0A42QNAOhkDQA4ZQ0AQmUNAI1lDQCVZQ0A4mUNAOxlDQAzag0A8mUNADFsDQAPZg0AN2YNAEFmDQCMZg0AR2YNADVoDQCSZg0A4WYNAOpmDQA2Zw0AQmcNAItnDQC4Zw0A4GcNAPxnDQC4NRIAN2gNAIpoDQCbaA0A32gNAOJoDQA0aQ0AQGkNAIlpDQC2aQ0A3mkNAPppDQANNhIAOWoNAIhqDQCRag0A3WoNAOdqDQAyaw0APWsNAIdrDQCbaw0A3GsNAPhrDQBiNhIAM2wNAIZsDQCXbA0A22wNAN5sDQAwbQ0ARG0NAIVtDQChbQ0AtzYSAOJtDQAMNxIAN24NAGE3EgCQbg0A2W4NAN9uDQAubw0ANG8NAINvDQCIbw0A2G8NAN5vDQC2NxIAN3ANAIJwDQCKcA0AYDgSAN1wDQAscQ0ANHENAIFxDQCOcQ0A1nENAOJxDQArcg0ALXINAIByDQCGcg0A1XINAN1yDQAqcw0APHMNALU4EgCMcw0A1HMNANtzDQApdA0AMXQNAH50DQCDdA0A03QNAON0DQAodQ0AMHUNAH11DQCLdQ0A0nUNAN91DQAndg0AKHYNAHx2DQCFdg0A0XYNANt2DQAKORIAK3cNAHt3DQCHdw0A0HcNANN3DQAleA0ALXgNAHp4DQCHeA0Az3gNANR4DQAkeQ0ALnkNAHl5DQCBeQ0AznkNANp5DQAjeg0ANnoNAHh6DQCGeg0AzXoNANB6DQAiew0ALHsNAF85EgCSew0AzHsNAM57DQAhfA0AL3wNAHZ8DQCHfA0Ay3wNAM18DQAgfQ0AOX0NAHV9DQCGfQ0Ayn0NANZ9DQC0ORIAKH4NAHR+DQCBfg0AyX4NANN+DQAefw0ALH8NAHN/DQCJfw0AyH8NANR/DQAdgA0AKYANAHKADQCFgA0Ax4ANANaADQAcgQ0AKIENAHGBDQBygQ0AxoENANCBDQAbgg0AKYINAHCCDQB1gg0AxYINANKCDQAJOhIAKIMNAG+DDQCFgw0AxIMNANCDDQAZhA0AIIQNAG6EDQB2hA0Aw4QNAMiEDQAYhQ0AIYUNAG2FDQB3hQ0AwoUNAMqFDQAXhg0AG4YNAGyGDQBuhg0AwYYNAM+GDQAWhw0AIIcNAGuHDQB5hw0AwIcNAM2HDQAViA0ALIgNAGqIDQByiA0Av4gNAM+IDQAUiQ0AGYkNAGmJDQBviQ0AvokNAMaJDQATig0AGIoNAGiKDQBpig0AvYoNAMmKDQASiw0AGIsNAGeLDQBpiw0AvIsNAMaLDQARjA0AH4wNAGaMDQBrjA0Au4wNAMiMDQAIOxIAFo0NAGWNDQBqjQ0Auo0NAMCNDQBdOxIAFI4NAGSODQBxjg0AuY4NAMaODQAOjw0AGo8NAGOPDQByjw0AuI8NAMKPDQANkA0AG5ANAGKQDQBnkA0At5ANAMSQDQAMkQ0AFJENAFw8EgBtkQ0AtpENAMaRDQALkg0AFJINAGCSDQBjkg0AtZINAMGSDQAKkw0AEZMNALE8EgBkkw0AtJMNAMGTDQAJlA0AFpQNAF6UDQBqlA0As5QNAMKUDQAIlQ0AEpUNAF2VDQBrlQ0AspUNALeVDQAHlg0AFJYNAFyWDQBklg0ABj0SAL2WDQAGlw0AFpcNAFuXDQBklw0AsJcNALOXDQAFmA0AEZgNAFqYDQBhmA0AWz0SALSYDQAEmQ0ADZkNAD6xEAARmQ0AWZkNAGaZDQCumQ0AupkNAAOaDQASmg0AWJoNAGKaDQCtmg0Au5oNAAKbDQAHmw0AV5sNAGSbDQCsmw0AtJsNALA9EgANnA0AVpwNAGacDQCrnA0AtJwNAACdDQADnQ0AVZ0NAGGdDQCqnQ0AsZ0NAAU+EgAWng0AVJ4NAFqeDQCpng0AtZ4NAP6eDQAVnw0AU58NAFWfDQConw0Asp8NAP2fDQAJoA0AUqANAF6gDQCnoA0AraANAPygDQACoQ0AUaENAFahDQCmoQ0ArKENAFo+EgAJog0AUKINAF2iDQClog0AvKINAPqiDQACow0AT6MNAFKjDQCkow0AsKMNAPmjDQAKpA0ATqQNAFqkDQCjpA0AsqQNAPikDQACpQ0ATaUNAFmlDQCipQ0AqaUNAPelDQD/pQ0ATKYNAFamDQChpg0AraYNAPamDQD5pg0AS6cNAFWnDQCvPhIAuqcNAAQ/EgD/pw0ASqgNAEyoDQCfqA0ApagNAPSoDQD+qA0ASakNAFGpDQCuPxIAoakNAL/bDwCpqQ0A86kNAPSpDQBIqg0AUqoNAJ2qDQDIqg0AA0ASAPiqDQBHqw0AU6sNAJyrDQCeqw0A8asNAPSrDQBGrA0AS6wNAJusDQCorA0A8KwNAAytDQBFrQ0ATa0NAFhAEgCnrQ0A760NAAquDQBErg0ARq4NAJmuDQCqrg0A7q4NAPyuDQBDrw0ASq8NAJivDQCgrw0A7a8NAPKvDQBCsA0AS7ANAJewDQChsA0A7LANAO2wDQBBsQ0ASrENAJaxDQCgsQ0A67ENAPOxDQBAsg0AULINAJWyDQCbsg0A6rINAO+yDQA/sw0AVbMNAJSzDQCcsw0A6bMNAOyzDQA+tA0A+LMNAJK1DQBetA0Ak7QNAKG0DQDotA0A6bQNAK1AEgBNtQ0AAkESAKO1DQDntQ0A87UNADy2DQA+tg0AkbYNAJ62DQBXQRIA6bYNADu3DQBFtw0ArEESAJm3DQDltw0A+7cNADq4DQBQuA0Aj7gNAJG4DQDkuA0A6rgNADm5DQBNuQ0AVkISAJS5DQDjuQ0AA7oNADi6DQBEug0AjboNAJS6DQDiug0A6roNADe7DQBBuw0AjLsNAJi7DQDhuw0A5LsNADa8DQBAvA0Aq0ISAJS8DQDgvA0A9rwNADW9DQBLvQ0Air0NAIy9DQDfvQ0A5b0NADS+DQBIvg0AVUMSAJa+DQCqQxIA5b4NADO/DQA7vw0AiL8NAJK/DQDdvw0A6b8NADLADQA1wA0Ah8ANAJHADQD/QxIA5cANADHBDQBHwQ0AhsENAJzBDQDbwQ0A3cENADDCDQA2wg0AhcINAJnCDQCpRBIA3MINAC/DDQDqwg0APwYQAE/DDQCEww0AkMMNANnDDQDgww0ALsQNADbEDQCDxA0AjcQNANjEDQDkxA0ALcUNADDFDQCCxQ0AjMUNAP5EEgDgxQ0ALMYNAELGDQCBxg0Al8YNANbGDQDYxg0AK8cNADHHDQCAxw0AlMcNAKhFEgDXxw0AKsgNADjIDQB/yA0AkMgNAP1FEgDbyA0AUkYSADXJDQB+yQ0AgckNANPJDQDdyQ0A/EYSADHKDQB9yg0Ak8oNANLKDQDoyg0AJ8sNACnLDQB8yw0AgssNANHLDQDlyw0ApkcSADLMDQB7zA0AfcwNANDMDQDwzA0AJc0NAC3NDQB6zQ0AhM0NAM/NDQDbzQ0AJM4NACfODQB5zg0Ag84NAPtHEgDXzg0AI88NADnPDQB4zw0Ajs8NAM3PDQDPzw0AItANACjQDQB30A0Ai9ANAKVIEgDQ0A0AIdENACnRDQB20Q0AgNENAMvRDQDX0Q0AININACPSDQB10g0Af9INAPpIEgDT0g0AH9MNADXTDQB00w0AitMNAMnTDQDL0w0AHtQNACTUDQBz1A0Ah9QNAKRJEgDQ1A0AHdUNAOTUDQBJpBIAI9UNAFzqDgAt1Q0ActUNAC7VDQBOTQ8ANtUNAKVLDwB01Q0Ax9UNANXVDQAc1g0ALdYNAPlJEgB41g0ATkoSAM/WDQB9yQ4A0tYNABvXDQAe1w0AcNcNAHnXDQDF1w0A1tcNABrYDQAk2A0Ab9gNAHfYDQDE2A0Ai9gNANkXDwDH2A0AGdkNACLZDQBu2Q0AhNkNAMPZDQDZ2Q0AGNoNABraDQBt2g0Ac9oNAMLaDQDW2g0Ao0oSAD/bDQBs2w0AlNsNAPhKEgDH2w0AO7YOAM3bDQBq3Q0AztsNAOS3DgDQ2w0A5bYOANHbDQAW3A0AGNwNAGvcDQB53A0AwNwNANHcDQBNSxIAHd0NAKJLEgBw3Q0Av90NAMXdDQAU3g0AGd4NAGneDQBv3g0A90sSAMreDQAT3w0AG98NAKFMEgB03w0Avd8NAMffDQAS4A0AG+ANAGfgDQBo4A0AvOANAMTgDQAR4Q0AFuENAGbhDQB24Q0AS00SAMfhDQAQ4g0AEuINAGXiDQBr4g0AuuINAMHiDQAP4w0AFOMNAGTjDQBo4w0AueMNAMbjDQAO5A0AFuQNAGPkDQBo5A0AuOQNAMjkDQCgTRIAHuUNAGLlDQBu5Q0At+UNAMblDQAM5g0AFuYNAGHmDQBv5g0AtuYNAMPmDQAL5w0AIucNAPVNEgBj5w0An04SALjnDQAK6A0AvOcNADdhEgAS6A0AX+gNAIfoDQC06A0A3OgNAAnpDQAx6Q0A9E4SAGfpDQCz6Q0AtOkNAAjqDQAX6g0AXeoNAB7qDQAG7A0AbuoNALLqDQC06g0AB+sNAArrDQBc6w0AX+sNALHrDQC56w0A808SAAvsDQBb7A0AYuwNALDsDQC57A0ABe0NABbtDQBa7Q0AZu0NAK/tDQC37Q0ASFASAAruDQBZ7g0AYO4NAK7uDQCz7g0AA+8NAAfvDQBY7w0AZe8NAK3vDQC87w0AAvANABPwDQBX8A0AWfANAKzwDQCv8A0AAfENAATxDQBW8Q0AXvENAJ1QEgCw8Q0ADToOALbxDQAH6Q8At/ENAADyDQAD8g0AVfINAF/yDQDyUBIAs/INAP/yDQAO8w0AVPMNAGPzDQCp8w0AtfMNAP7zDQAB9A0AU/QNAFb0DQBHURIAq/QNAP30DQAl9Q0AnFESAFr1DQDxURIAr/UNAEZSEgAK9g0AUfYNAGL2DQCm9g0AsvYNAPv2DQAe9w0AUPcNAFP3DQCl9w0AyfcNAPr3DQAC+A0A8FISAFH4DQCk+A0AsvgNAPn4DQAK+Q0ARVMSAFX5DQCaUxIAq/kNAERUEgD9+Q0ATfoNAFr6DQCi+g0ApfoNAPf6DQD8+g0ATPsNAF37DQCh+w0ArfsNAJlUEgD7+w0AS/wNAFz8DQCg/A0ArPwNAPX8DQAP/Q0ASv0NAE79DQBI/w0AUf0NAJsBDgBU/Q0A7wIOAFb9DQBHAA4AWP0NAEn+DQBb/Q0An/0NAKT9DQD0/Q0AC/4NAO5UEgBW/g0Anv4NAK7+DQDz/g0A+P4NAENVEgBK/w0Anf8NAKP/DQDy/w0A//8NAJhVEgBNAA4AnAAOAKIADgDxAA4A9gAOAEYBDgBMAQ4A7VUSAKcBDgDwAQ4ACQIOAEUCDgBOAg4AmgIOALECDgBCVhIA9QIOAEQDDgBGAw4AmQMOAKgDDgDuAw4A+gMOAJdWEgBFBA4AmAQOAKkEDgDtBA4A+wQOAEIFDgBJBQ4AlwUOAJkFDgDsBQ4A9gUOAEEGDgBPBg4AlgYOAJsGDgDrBg4A+AYOAEAHDgBIBw4AlQcOAJkHDgDqBw4A7AcOAD8IDgBFCA4AlAgOAKEIDgDsVhIA9ggOAD4JDgBVCQ4AkwkOAK8JDgBBVxIA9AkOAD0KDgA+Cg4AkgoOAJgKDgDnCg4A8woOADwLDgBLCw4AkQsOAJMLDgDmCw4A8AsOADsMDgBJDA4AkAwOAJUMDgDlDA4A8gwOADoNDgBCDQ4Ajw0OAJMNDgDkDQ4A5g0OADkODgA/Dg4Ajg4OAJsODgCWVxIA8A4OADgPDgBPDw4AjQ8OAKkPDgDrVxIA6w8OADcQDgBFEA4AjBAOAJYQDgDhEA4A7RAOADYRDgA5EQ4AixEOAKcRDgDgEQ4A6BEOAEBYEgBBEg4AihIOAI0SDgDfEg4A6RIOAD9ZEgA9Ew4AiRMOAJcTDgDeEw4A6BMOADMUDgA/FA4AiBQOAJAUDgDpWRIA3xQOADIVDgBAFQ4AhxUOAJgVDgA+WhIA4xUOAJNaEgA2Fg4AhhYOAI4WDgDbFg4A4RYOADAXDgA5Fw4AhRcOAJIXDgA9WxIA3xcOAC8YDgDmFw4A2BkOADgYDgCEGA4AjhgOANkYDgDhGA4ALhkOAHIZDgCDGQ4AixkOAJJbEgDeGQ4ALRoOADMaDgCCGg4AihoOANcaDgAbGw4ALBsOADQbDgDnWxIAiRsOADxcEgDfGw4AKxwOADkcDgCAHA4AihwOANUcDgDhHA4AKh0OAC0dDgB/HQ4Ahx0OAOZcEgDgHQ4AKR4OACweDgB+Hg4AiB4OADtdEgDbHg4AkF0SADYfDgB9Hw4Ajh8OANIfDgDeHw4AJyAOACogDgDlXRIAwiAOANEgDgAXIQ4AOl4SADYhDgB7IQ4AfSEOANAhDgDeIQ4AJSIOADYiDgCPXhIAliIOAM8iDgDXIg4A5F4SACojDgAFlw4ANyMOAHkjDgCIIw4AziMOANojDgAjJA4AJCQOAHgkDgCCJA4AzSQOANskDgAiJQ4AJyUOAHclDgCEJQ4AOV8SANolDgAhJg4ALiYOAHYmDgB+Jg4Ajl8SANcmDgAgJw4ATCcOAHUnDgCBJw4AyicOANknDgAfKA4AKSgOAHQoDgCCKA4AySgOAM4oDgAeKQ4AKykOAHMpDgB7KQ4AyCkOANYpDgAdKg4AKioOAHIqDgB6Kg4A418SAMkqDgBRSg8A1SoOABwrDgAmKw4AcSsOAH0rDgDGKw4AzSsOABssDgAjLA4AcCwOAHQsDgDFLA4A0ywOABotDgAkLQ4Aby0OAHotDgDELQ4AzC0OABkuDgAbLg4Abi4OAHYuDgDDLg4A0C4OABgvDgAdLw4AbS8OAHovDgDCLw4A4C8OABcwDgBIMA4AbDAOAHgwDgDBMA4AxzAOABYxDgAbMQ4AazEOAHMxDgDAMQ4AzDEOABUyDgAoMg4AajIOAHgyDgC/Mg4AyTIOABQzDgAcMw4AaTMOAHgzDgC+Mw4AwzMOABM0DgAaNA4AaDQOAHQ0DgC9NA4A2TQOABI1DgAaNQ4AOGASAGk1DgC8NQ4AyjUOABE2DgAeNg4AZjYOAHQ2DgC7Ng4AyDYOABA3DgAnNw4AZTcOAG03DgC6Nw4AyDcOAA84DgAcOA4AZDgOAGw4DgDiYBIAxzgOAA45DgAPOQ4AjGESAG85DgC4OQ4AvzkOAOFhEgAUOg4AYjoOAGc6DgA2YhIAvzoOAItiEgAUOw4AYTsOAFQ7DgBugRAAYjsOAGGQDgBkOw4AX5IOAGo7DgC2Ow4AazsOAA2PDgBxOw4AYJEOAH87DgDUGxAAwzsOAAs8DgAWPA4AYDwOAGI8DgC1PA4AwjwOAAo9DgARPQ4AXz0OAHA9DgC0PQ4AwD0OAAk+DgAQPg4AXj4OAGY+DgDgYhIAuT4OAAg/DgAOPw4AXT8OAGI/DgCyPw4AuD8OADVjEgATQA4AXEAOAGZADgCxQA4AtUAOAAZBDgASQQ4AW0EOAGdBDgCwQQ4AvUEOAAVCDgANQg4AWkIOAGRCDgCvQg4Au0IOAARDDgAHQw4AWUMOAGNDDgDfYxIAsEMOAANEDgAGRA4AWEQOAFtEDgCJZBIAtUQOAN5kEgAQRQ4AV0UOAFhFDgAzZRIAtEUOAIhlEgAGRg4AVkYOAF1GDgCrRg4AsEYOAN1lEgAIRw4AMmYSAF1HDgCqRw4AtEcOAP9HDgAKSA4AVEgOAGJIDgCpSA4ArEgOAP5IDgAGSQ4AU0kOAF1JDgCoSQ4AtEkOAP1JDgAASg4AUkoOAFxKDgCHZhIAtUoOAPxKDgASSw4AUUsOAF1LDgCmSw4ArUsOAPtLDgADTA4AUEwOAFVMDgClTA4ArkwOAPpMDgAETQ4AT00OAFdNDgCkTQ4Apk0OAPlNDgAJTg4ATk4OAFhODgCjTg4Ar04OAPhODgD+Tg4ATU8OAFVPDgAxZxIAsE8OAPdPDgD4Tw4AhmcSAFFQDgDbZxIAo1AOAPZQDgD3UA4AS1EOAE5RDgCgUQ4Aq1EOAPVRDgD6UQ4ASlIOAFRSDgAwaBIAw1IOAPRSDgD8Ug4AhWgSAEtTDgCeUw4Ar1MOAPNTDgAEVA4ASFQOAEtUDgDaaBIAo1QOAPJUDgD3VA4AR1UOAEpVDgCcVQ4An1UOAPFVDgD5VQ4AL2kSAFRWDgCbVg4AnlYOAPBWDgD7Vg4ARVcOAFFXDgCaVw4AoVcOAO9XDgD3Vw4ARFgOAFJYDgCZWA4AplgOAO5YDgD2WA4AhGkSAE9ZDgCYWQ4Am1kOAO1ZDgD3WQ4AQloOAEpaDgDZaRIAo1oOAOxaDgDyWg4AQVsOAEtbDgCWWw4AqlsOAOtbDgDzWw4ALmoSAE1cDgCVXA4AnVwOAOpcDgDtXA4AP10OAEtdDgCUXQ4Anl0OAOldDgDyXQ4APl4OAD9eDgCTXg4Aq14OAOheDgDqXg4APV8OAE5fDgCSXw4Ao18OAOdfDgDvXw4APGAOAEtgDgCRYA4Ak2AOAOZgDgD3YA4AO2EOAExhDgCQYQ4AqWEOAOVhDgDnYQ4AOmIOAEliDgCPYg4Ar2IOANhqEgDmYg4AOWMOAFljDgCOYw4AomMOACxsEgDrYw4AOGQOAEVkDgCNZA4AkmQOAOJkDgDsZA4AN2UOAD9lDgCMZQ4AkmUOAOFlDgDqZQ4ANmYOAENmDgCBbBIAl2YOAOBmDgDmZg4ANWcOADtnDgCKZw4Ak2cOAN9nDgDgZw4ANGgOAD5oDgCJaA4AlWgOAN5oDgDlaA4A1mwSADtpDgArbRIAkGkOAIBtEgDlaQ4A1W0SAD5qDgCHag4Al2oOANxqDgDhag4AMWsOADdrDgCGaw4AkmsOANtrDgDjaw4AKm4SAEFsDgCFbA4AlmwOANpsDgDsbA4AL20OADdtDgCEbQ4Aj20OANltDgDebQ4ALm4OADNuDgCDbg4Ao24OAH9uEgDobg4ALW8OADdvDgCCbw4Ajm8OANdvDgDdbw4ALHAOADRwDgCBcA4Ag3AOANZwDgCNcA4Ae3YOAOdwDgArcQ4APHEOAIBxDgCScQ4A1XEOAN1xDgAqcg4ANXIOAH9yDgCEcg4A1HIOANlyDgApcw4ASXMOANRuEgCAcw4A03MOAOJzDgAodA4AM3QOAH10DgCPdA4A0nQOANp0DgAndQ4AMnUOAHx1DgCBdQ4A0XUOANZ1DgAmdg4ARnYOAClvEgB9dg4A0HYOAN92DgAldw4AMHcOAHp3DgCMdw4Az3cOANd3DgAkeA4AL3gOAHl4DgB+eA4AzngOANN4DgAjeQ4AQ3kOAH5vEgCFeQ4AzXkOAOR5DgDTbxIAL3oOAHd6DgCOeg4AKHASANl6DgAhew4AKHsOAHZ7DgCEew4Ay3sOANh7DgAgfA4AN3wOAH1wEgB9fA4A0nASAMx8DgAffQ4ALX0OAHR9DgCFfQ4AJ3ESANZ9DgAefg4ANX4OAHxxEgB9fg4AyH4OANR+DgAdfw4AIH8OAHJ/DgB8fw4A0XESAON/DgAmchIAJIAOAHtyEgB5gA4AxoAOAMeADgBthA4AyYAOAG+CDgDNgA4AZosOANCADgAbgQ4A1YAOAGuGDgDWgA4AbIUOACCBDgC8ig4AJ4EOAHCBDgBzgQ4AxYEOAM+BDgDQchIAIoIOACVzEgB4gg4AxIIOAI+CDgBoiQ4A0oIOABmDDgAjgw4AboMOAHqDDgDDgw4AxoMOABiEDgAghA4AenMSAG+EDgDChA4AxYQOABeFDgAahQ4Az3MSAG6FDgDBhQ4Az4UOABaGDgAnhg4AeXQSAG2GDgDAhg4AzYYOABWHDgAkhw4AaocOAHaHDgC/hw4A0IcOABSIDgAliA4AaYgOAHWIDgC+iA4AxYgOABOJDgAbiQ4AI3USAHaJDgC9iQ4AvokOAHh1EgAeig4AZ4oOAG6KDgDNdRIAw4oOABGLDgAWiw4Ad3YSAG+LDgC7iw4AwYsOABCMDgASjA4AZYwOAG+MDgC6jA4AyIwOAA+NDgAUjQ4AZI0OAHGNDgC5jQ4A0Y0OAA6ODgAkjg4AY44OAGaODgC4jg4AwI4OACF3EgAZjw4AYo8OAGWPDgC3jw4AwY8OAHZ3EgAUkA4Ay3cSAGOQDgC2kA4AuZAOAAuRDgAOkQ4AIHgSAGKRDgC1kQ4Aw5EOAAqSDgAbkg4AyngSAGiSDgC0kg4AwpIOAAmTDgDNkg4AUkgQABOTDgBekw4AapMOALOTDgC2kw4ACJQOABCUDgB0eRIAd5QOAMl5EgDMlA4AB5UOACGVDgAeehIAYZUOAFiZDgBqlQ4AApoOAGyVDgCxlQ4As5UOAAaWDgAUlg4AW5YOAGyWDgBzehIAt5YOAMh6EgALlw4AWpcOAF+XDgCvlw4AtZcOAB17EgAKmA4AWZgOAF6YDgCumA4AxJgOAAOZDgALmQ4Ax3sSAHiZDgCtmQ4AtZkOABx8EgAZmg4AV5oOAGSaDgCsmg4AsZoOAAGbDgAHmw4AVpsOAGKbDgCrmw4AspsOAACcDgAInA4AVZwOAHicDgDGfBIAt5wOAP+cDgAOnQ4AVJ0OAFadDgCpnQ4Asp0OAP6dDgAVng4AU54OAF6eDgCong4Asp4OAP2eDgAFnw4AcH0SAFifDgCnnw4ArZ8OAPyfDgABoA4AUaAOAFegDgDFfRIAyKAOAPugDgADoQ4Ab34SAFmhDgCloQ4ApqEOAPqhDgACog4AT6IOAFqiDgCkog4AqaIOAPmiDgD+og4ATqMOAG6jDgDEfhIAqaMOAPijDgD/ow4ATaQOAFKkDgCipA4ApqQOAPekDgAEpQ4ATKUOAFSlDgChpQ4ArKUOAPalDgD7pQ4AS6YOAFCmDgCgpg4AwKYOABl/EgAEpw4ASqcOAFWnDgCfpw4Ap6cOAPSnDgD3pw4ASagOAP6nDgBGqw4AVagOAJ6oDgCoqA4A86gOAPyoDgBIqQ4ASakOAJ2pDgClqQ4A8qkOAP2pDgBHqg4ATKoOAJyqDgChqg4A8aoOABGrDgBufxIAUqsOAJurDgCdqw4A8KsOAParDgBFrA4ATKwOAJqsDgCfrA4A76wOAPOsDgBErQ4AUa0OAJmtDgChrQ4A7q0OAPmtDgBDrg4ASK4OAJiuDgCdrg4A7a4OAA2vDgDDfxIASq8OABiAEgChrw4A7K8OAPWvDgBBsA4AR7AOAJawDgCisA4A67AOAAmxDgBAsQ4AQbEOAJWxDgCXsQ4A6rEOAPexDgA/sg4ATbIOAJSyDgCjsg4A6bIOAAWzDgA+sw4ARrMOAMKAEgCmsw4A6LMOAOmzDgA9tA4ASbQOAJK0DgChtA4A57QOAPG0DgA8tQ4ASLUOAJG1DgCYtQ4AF4ESAO61DgBsgRIARLYOAJC2DgCdtg4AwYESAOq2DgA6tw4AR7cOAI+3DgCZtw4AFoISAOa3DgA5uA4AT7gOAI64DgCauA4Aa4ISAOu4DgBZ7A8AAbkOADi5DgBAuQ4AEjQPAFa5DgCNuQ4AlbkOAOK5DgCvuQ4A4A8QAOO5DgCLuw4A5bkOAN+8DgDuuQ4ANRAQAPK5DgA3ug4AOboOAIy6DgCaug4A4boOAPK6DgDAghIAPrsOABWDEgCNuw4A4LsOAOO7DgA1vA4AOLwOAGqDEgCSvA4Av4MSAOm8DgCHFA8A/7wOADS9DgBCvQ4Aib0OAIq9DgAUhBIA5r0OAGmEEgBWvg4AvoQSAJW+DgDdvg4A674OADK/DgA8vw4Ah78OAI+/DgDcvw4A3b8OANfEDgD3vw4AhMIOAAjADgAxwA4AOsAOAIbADgCHwA4A28AOAOnADgAwwQ4AOsEOAIXBDgCRwQ4A2sEOAODBDgAvwg4AS8IOABOFEgCSwg4A2cIOAObCDgAuww4AOMMOAIPDDgCFww4A2MMOAO/DDgAtxA4AOcQOAILEDgCexA4AaIUSAOjEDgAsxQ4ALsUOAIHFDgCLxQ4A1sUOAObFDgArxg4AMMYOAIDGDgCGxg4A1cYOAOvGDgAqxw4AMscOAH/HDgCCxw4A1McOAN3HDgApyA4AN8gOAH7IDgCIyA4A08gOAN/IDgAoyQ4ARMkOAL2FEgCKyQ4A0skOANrJDgAnyg4AKsoOAHkiDwA3yg4AfMoOAH7KDgB6IQ8AisoOANHKDgDeyg4AJssOADTLDgB7yw4AfssOANDLDgDbyw4AJcwOADHMDgB6zA4AgcwOAM/MDgDXzA4AJM0OACbNDgB5zQ4Aic0OAM7NDgDYzQ4AI84OAC/ODgB4zg4Afs4OAM3ODgDVzg4AEoYSACTPDgB3zw4Ahc8OAMzPDgDZzw4AIdAOAC3QDgB20A4AfNAOAMvQDgDO0A4AINEOACjRDgB10Q4Ad9EOAHDWDgB40Q4AHtMOAIXRDgDK0Q4AzNEOABbbDgDP0Q4AH9IOACjSDgB00g4AgdIOAMnSDgDQ0g4AZ4YSACfTDgBu2A4AKNMOAMfUDgA+0w4Ac9MOAIHTDgDI0w4AydMOALyGEgAp1A4ActQOAHnUDgARhxIAydQOABzVDgAi1Q4AcdUOAHvVDgDG1Q4A0tUOABvWDgAi1g4AZocSAInWDgDF1g4AytYOABrXDgAg1w4Ab9cOAHnXDgDE1w4A0NcOABnYDgAg2A4Au4cSAH3YDgDD2A4A0tgOABjZDgAk2Q4AbdkOAHDZDgDC2Q4AxdkOABfaDgAn2g4AbNoOAHXaDgDB2g4A0toOABCIEgAk2w4Aa9sOAHzbDgBliBIAx9sOALqIEgAd3A4AatwOAGzcDgBl4Q4AbdwOABPeDgB63A4Av9wOAMHcDgAL5g4AxNwOABTdDgAd3Q4Aad0OAHbdDgC+3Q4Axd0OAA+JEgAc3g4AY+MOAB3eDgC83w4AM94OAGjeDgB23g4Avd4OAL7eDgBkiRIAHt8OAGffDgBu3w4AuYkSAL7fDgAR4A4AF+AOAGbgDgBw4A4Au+AOAMfgDgAQ4Q4AF+EOAA6KEgB+4Q4AuuEOAL/hDgAP4g4AFeIOAGTiDgBu4g4AueIOAMXiDgAO4w4AFeMOAGOKEgBy4w4AuOMOAMfjDgAN5A4AGeQOAGLkDgBl5A4At+QOALrkDgAM5Q4AHOUOAGHlDgBq5Q4AtuUOAMflDgC4ihIAGeYOAGDmDgBx5g4ADYsSALzmDgBiixIAEucOAF/nDgCI5w4AtOcOALznDgAJ6A4AGegOAF7oDgBg6A4As+gOAMHoDgAI6Q4AGekOALeLEgBj6Q4AsukOAL7pDgAMjBIANeoOALaMEgBl6g4AseoOAL7qDgAG6w4AIusOAFvrDgBj6w4AC40SAMHrDgAF7A4AB+wOAFrsDgBb7A4Ar+wOALLsDgAE7Q4AEO0OAFntDgBg7Q4Aru0OAMrtDgAD7g4AC+4OAGCNEgBl7g4Are4OAL3uDgAC7w4AB+8OAFfvDgCC7w4AtY0SALLvDgAKjhIACfAOAFbwDgBX8A4AovkOAFzwDgD+mxAAYPAOAKvwDgBi8A4A/PQOAGbwDgBT8w4AdPAOAPT8DgCw8A4AW5QQALbwDgBgjxAAt/AOAADxDgAD8Q4AVfEOAF/xDgBfjhIAsvEOAP/xDgAF8g4AVPIOAF3yDgCp8g4AtvIOAP7yDgAa8w4AtI4SAFXzDgCo8w4AWPMOAKWfEAC28w4A/fMOAA70DgAJjxIAWPQOAKf0DgCz9A4AXo8SAAL1DgBR9Q4AV/UOAKb1DgCr9Q4A+/UOAAH2DgBdkBIAV/YOAFyREgCq9g4A+vYOAAL3DgBP9w4AW/cOAKT3DgC39w4A+fcOAAX4DgBO+A4AXfgOAKP4DgCs+A4A+PgOAAL5DgBN+Q4AWfkOAAaSEgCz+Q4A9/kOAAP6DgBM+g4ATvoOAKH6DgCk+g4A9voOAAL7DgBL+w4AU/sOAFuSEgCs+w4A9fsOAAX8DgBK/A4AVvwOAJ/8DgCl/A4AsJISABb9DgBJ/Q4AUf0OAJ79DgDI/Q4A8/0OAP79DgBI/g4AVP4OAJ3+DgCu/g4A8v4OAPP+DgAFkxIATf8OAJz/DgCp/w4AWpMSAP7/DgBGAA8AXQAPAJsADwDGAA8A8AAPAPgADwBFAQ8ATwEPAJoBDwCmAQ8A7wEPAPIBDwBEAg8ATgIPAK+TEgChAg8A7gIPAPQCDwBDAw8ATAMPAJgDDwClAw8A7QMPAAkEDwAElBIARAQPAJcEDwBJBA8A3xEPAKQEDwDsBA8A8wQPAEEFDwBDBQ8AlgUPAJwFDwDrBQ8A8gUPAEAGDwBYBg8AlQYPAJoGDwDqBg8AoQYPAJQHDwDzBg8APwcPAEkHDwBZlBIAmgcPAOkHDwDvBw8APggPAEMIDwCTCA8AmQgPAK6UEgDpCA8APQkPAE4JDwCSCQ8AngkPAOcJDwDxCQ8APAoPAEgKDwCRCg8AmAoPAAOVEgDoCg8AOwsPAPEKDwCZqxAAPgsPAJALDwCwCw8A5QsPAO0LDwBYlRIASwwPAI8MDwCWDA8A5AwPAOwMDwA5DQ8APA0PAOIODwBJDQ8Ajg0PAJANDwDjDQ8A8Q0PADgODwBJDg8ArZUSAJQODwAClhIA6w4PADcPDwBGDw8AjA8PAJsPDwDhDw8A7Q8PADYQDwA5EA8AixAPAI4QDwDgEA8A8BAPADURDwA+EQ8AihEPAJsRDwBXlhIA5BEPADQSDwA9Eg8AiRIPAJMSDwDeEg8A5hIPADMTDwBREw8AiBMPAKYTDwDdEw8A+xMPADIUDwBQFA8ArJYSAI4UDwDcFA8A4RQPADEVDwDoFA8AMBYPADoVDwCGFQ8AkBUPANsVDwD3FQ8AAZcSADYWDwCFFg8AixYPANoWDwD2Fg8AVpcSAFkXDwAAmBIArhcPAFWYEgDhFw8AVJkSAEQYDwCDGA8AhRgPANgYDwDeGA8ALRkPAEEZDwCCGQ8AihkPANcZDwABGg8AqZkSADUaDwCBGg8AjhoPANYaDwDkGg8AKxsPADUbDwCAGw8AmhsPANUbDwDiGw8AKhwPADYcDwB/HA8AiRwPANQcDwDcHA8A/pkSADAdDwB+HQ8Ahh0PAFOaEgCsHQ8AUpsSAN8dDwAoHg8ALx4PAH0eDwCFHg8AqJoSANQeDwAnHw8AOB8PAHwfDwCEHw8A0R8PANsfDwAmIA8AMiAPAHsgDwB+IA8A0CAPANogDwCnmxIAQSEPAPybEgCIIQ8AzyEPAOAhDwBRnBIAKyIPAKacEgCCIg8AziIPAN0iDwAjIw8AMiMPAHgjDwCEIw8AzSMPANAjDwAiJA8AJSQPAHckDwCHJA8AzCQPANUkDwAhJQ8AMiUPAPucEgB4JQ8AyyUPAIIlDwB1Jg8AziUPACAmDwAoJg8AUJ0SAHsmDwDKJg8A1iYPAB8nDwAnJw8ApZ0SAIAnDwDJJw8AzCcPAB4oDwAoKA8A+p0SAHgoDwDIKA8A3igPAB0pDwAeKQ8AcikPAIMpDwDHKQ8A0ykPABwqDwAmKg8AcSoPAH0qDwBPnhIA0ioPABsrDwAeKw8AcCsPAHorDwD5nhIAyCsPABosDwAdLA8AbywPAHssDwDELA8AyiwPABktDwAjLQ8ATp8SAHMtDwDDLQ8A0C0PABguDwAbLg8AbS4PAIkuDwDCLg8Ayi4PAKOfEgAfLw8A+J8SAHQvDwBNoBIAxC8PABYwDwDYLw8AkQkQADYwDwBrMA8AfzAPAKKgEgDBMA8AFTEPABsxDwBqMQ8AdjEPAL8xDwDOMQ8AFDIPABYyDwBpMg8AczIPAL4yDwDKMg8AEzMPABozDwD3oBIAdDMPAEyhEgDFMw8AoaESABU0DwAQNg8AIjQPAGc0DwBpNA8AvDQPAMo0DwARNQ8AIjUPAJ6kEgBtNQ8A86QSAMM1DwBIpRIAMDYPAGU2DwBzNg8AujYPALs2DwCdpRIAGzcPAGQ3DwBrNw8A8qUSAME3DwBHphIAEDgPAGM4DwBxOA8AuDgPAMk4DwCcphIAEzkPAGI5DwBuOQ8A8aYSAL05DwAMOg8AEjoPAGE6DwBmOg8AtjoPALw6DwCbpxIADjsPAGA7DwBsOw8AtTsPALs7DwAKPA8AFDwPAEWoEgBkPA8AtDwPAME8DwAJPQ8ADD0PAF49DwBzPQ8Asz0PALs9DwCaqBIAED4PAF0+DwBpPg8Asj4PALg+DwAHPw8ADT8PAFw/DwBhPw8AsT8PALc/DwCYqhIAFUAPAFtADwBqQA8AsEAPALlADwAFQQ8AC0EPAFpBDwBgQQ8Ar0EPALtBDwAEQg8AC0IPAFlCDwBhQg8AQqsSALhCDwADQw8ADkMPAFhDDwBkQw8ArUMPALNDDwACRA8ACkQPAFdEDwBjRA8ArEQPALJEDwABRQ8AB0UPAFZFDwBbRQ8Aq0UPALFFDwCXqxIAB0YPAFVGDwBjRg8AqkYPALdGDwD/Rg8AFkcPAFRHDwBwRw8AqUcPALFHDwDsqxIAEUgPAFNIDwBVSA8AqEgPAL5IDwD9SA8A/kgPAFJJDwBjSQ8Ap0kPALNJDwBBrBIAGEoPAJasEgBnSg8ApkoPAKdKDwD7Sg8ADEsPAFBLDwBcSw8A66wSAKpLDwD6Sw8AAEwPAE9MDwBvTA8ApEwPALBMDwD5TA8AAE0PAECtEgBaTQ8Ao00PAKVNDwD4TQ8AGE4PAE1ODwBZTg8Aok4PAKlODwCVrRIA/E4PAExPDwBcTw8AoU8PAKlPDwD2Tw8AAFAPAEtQDwBXUA8AoFAPAKNQDwD1UA8A/1APAOqtEgBQUQ8An1EPAKRRDwD0UQ8A+lEPAJSuEgBRUg8APq8SAKpSDwDzUg8A9lIPAEhTDwBSUw8AnVMPAKVTDwDorxIAAFQPAEdUDwBOVA8AnFQPAKRUDwDxVA8A/lQPAEZVDwBLVQ8Am1UPAKVVDwDwVQ8A+FUPAEVWDwBVVg8AmlYPAKhWDwDvVg8A/FYPAERXDwBSVw8AmVcPAJxXDwDuVw8A+VcPAENYDwBLWA8AmFgPALFYDwDtWA8A+VgPAEJZDwBSWQ8Al1kPAJxZDwDsWQ8A8lkPAEFaDwBNWg8AlloPAJ5aDwA9sBIA9VoPAEBbDwBDWw8AlVsPAJ1bDwDqWw8A61sPAD9cDwBBXA8AlFwPAJpcDwDpXA8A9VwPAD5dDwBLXQ8Ak10PAJ1dDwDoXQ8A8F0PAD1eDwA/Xg8Akl4PAJ9eDwDnXg8A7l4PADxfDwBEXw8AkV8PAJVfDwDmXw8A6F8PADtgDwA+YA8AkGAPAJhgDwDlYA8A9GAPADphDwA8YQ8Aj2EPAJxhDwDkYQ8A82EPADliDwBFYg8AjmIPAJ9iDwDjYg8A9GIPADhjDwBEYw8AjWMPAJRjDwDiYw8AAWQPAJKwEgBLZA8AjGQPAI1kDwDhZA8A7WQPADZlDwBSZQ8Ai2UPAJNlDwDnsBIA6GUPAJGxEgBBZg8AimYPAJBmDwDfZg8A5WYPADRnDwBMZw8AiWcPAJNnDwDeZw8A6mcPADNoDwA2aA8AiGgPAJJoDwDdaA8A9WgPADJpDwBCaQ8Ah2kPAIlpDwDcaQ8A6mkPADFqDwBCag8A5rESAIxqDwDbag8A52oPADuyEgA4aw8A5bISAJFrDwDaaw8A3WsPAC9sDwA5bA8AOrMSAIZsDwDZbA8A52wPAC5tDwA/bQ8A5LMSAIptDwA5tBIA4G0PAI60EgA1bg8AjbUSAIRuDwDXbg8A5G4PACxvDwA7bw8AgW8PAIdvDwDWbw8A4m8PACtwDwAtcA8AgHAPAIpwDwDVcA8A43APACpxDwAvcQ8Af3EPAIxxDwDUcQ8A4HEPAClyDwA8cg8AfnIPAI1yDwDTcg8A33IPAChzDwApcw8AfXMPAIdzDwDScw8A4HMPACd0DwAsdA8AfHQPAIl0DwDitRIA23QPACZ1DwA0dQ8Ae3UPAH51DwDQdQ8A4HUPACV2DwAzdg8AenYPAIZ2DwDPdg8A1nYPACR3DwArdw8AeXcPAIV3DwDOdw8Az3cPACN4DwAveA8AeHgPAIV4DwDNeA8A1HgPACJ5DwAueQ8Ad3kPAIR5DwDMeQ8A23kPACF6DwA1eg8AdnoPAIJ6DwDLeg8A3noPACB7DwAvew8AdXsPAIF7DwDKew8Ay3sPAB98DwApfA8AdHwPAIJ8DwDJfA8AznwPAB59DwArfQ8AN7YSAHR9DwDIfQ8A2X0PAB1+DwArfg8Acn4PAIF+DwDHfg8AyX4PABx/DwAmfw8AcX8PAH9/DwDGfw8Ay38PABuADwAogA8AcIAPAH+ADwDFgA8AyoAPABqBDwAngQ8Ab4EPAHmBDwDEgQ8A0IEPABmCDwAsgg8AboIPAHiCDwDDgg8Az4IPABiDDwArgw8AbYMPAHyDDwDCgw8AzoMPABeEDwAYhA8AbIQPAHaEDwDBhA8Az4QPABaFDwAbhQ8Aa4UPAHiFDwCMthIAxYUPABWGDwAihg8AaoYPAHSGDwC/hg8AxYYPABSHDwAWhw8AaYcPAHaHDwC+hw8AwYcPABOIDwAhiA8AaIgPAHSIDwC9iA8AyogPABKJDwAciQ8AZ4kPAHaJDwC8iQ8AwYkPABGKDwAeig8AZooPAHOKDwC7ig8Ax4oPABCLDwAfiw8AZYsPAG+LDwC6iw8AyIsPAA+MDwAUjA8AZIwPAHGMDwC5jA8AxYwPAA6NDwAhjQ8AY40PAHKNDwC4jQ8AxI0PAA2ODwAOjg8AYo4PAGyODwC3jg8AxY4PAAyPDwARjw8AYY8PAG6PDwDhthIAyY8PAAuQDwAakA8AYJAPAGyQDwC1kA8AtpAPAAqRDwAUkQ8AX5EPAG2RDwC0kQ8AuZEPAAmSDwAWkg8ANrcSAHGSDwCzkg8AwpIPAAiTDwAUkw8AXZMPAF6TDwCykw8AvJMPAAeUDwAVlA8AXJQPAGGUDwCxlA8AvpQPAIu3EgAIlQ8AW5UPAGmVDwCwlQ8AvZUPAAWWDwARlg8AWpYPAGCWDwCvlg8AwJYPAASXDwAGlw8AWZcPAGKXDwCulw8Au5cPAAOYDwASmA8AWJgPAGOYDwCtmA8AuZgPAAKZDwAVmQ8AV5kPAGaZDwCsmQ8AuJkPAAGaDwACmg8AVpoPAGCaDwCrmg8AuZoPAACbDwAFmw8AVZsPAGKbDwDgtxIAt5sPAP+bDwANnA8AVJwPAF6cDwCpnA8At5wPAP6cDwAAnQ8AU50PAGSdDwConQ8Atp0PAP2dDwAung8AUp4PAFSeDwCnng8AsZ4PAPyeDwAKnw8AUZ8PAFafDwCmnw8As58PAPufDwAHoA8AUKAPAGOgDwCloA8AtKAPAPqgDwAGoQ8AT6EPAFChDwCkoQ8ArqEPAPmhDwAHog8ATqIPAFOiDwCjog8AsKIPADW4EgD6og8ATaMPAE+jDwCiow8AsaMPAPejDwAGpA8ATKQPAFikDwChpA8ApKQPAPakDwD5pA8AS6UPAFGlDwCgpQ8ArKUPAPWlDwD4pQ8ASqYPAE+mDwCfpg8AqKYPAPSmDwD6pg8ASacPAFinDwCepw8AqqcPAPOnDwADqA8ASKgPAEqoDwCdqA8Aq6gPAPKoDwADqQ8AirgSAE2pDwCcqQ8AqKkPAN+4EgAEqg8ARqoPAFWqDwCbqg8Ap6oPAPCqDwDxqg8ARasPAE+rDwCaqw8AqKsPAO+rDwD0qw8ARKwPAFGsDwA0uRIApawPAO6sDwD4rA8AQ60PAG+tDwCYrQ8An60PAO2tDwAGrg8AQq4PAFGuDwCXrg8Apq4PAOyuDwDxrg8AQa8PAE6vDwCWrw8Ao68PAOuvDwD3rw8AQLAPAE+wDwCVsA8An7APAOqwDwD4sA8AP7EPAESxDwCUsQ8AobEPAOmxDwD1sQ8APrIPAFGyDwCTsg8AorIPAOiyDwD0sg8APbMPAD6zDwCSsw8AnLMPAOezDwD1sw8APLQPAEG0DwCRtA8AnrQPAIm5EgD3tA8AO7UPAEy1DwCQtQ8AnLUPAOW1DwD8tQ8AOrYPADy2DwCPtg8AoLYPAOS2DwDntg8AObcPAEO3DwCOtw8AkLcPAOO3DwDttw8AOLgPAES4DwCNuA8AmbgPAOK4DwD1uA8AN7kPAEa5DwCMuQ8AmLkPAOG5DwDiuQ8ANroPAEC6DwCLug8AmboPAOC6DwDlug8ANbsPAEK7DwDeuRIAjLsPAN+7DwDpuw8ANLwPADy8DwAzuhIAnLwPAN68DwDqvA8AM70PAEK9DwCIvQ8Akb0PAN29DwDnvQ8AMr4PAEC+DwCHvg8AjL4PANy+DwDpvg8AMb8PAD2/DwCGvw8Amb8PANu/DwDqvw8AMMAPADzADwCFwA8AhsAPANrADwDkwA8AL8EPAD3BDwCEwQ8AicEPANnBDwDmwQ8AiLoSADDCDwCDwg8AjcIPANjCDwDgwg8A3boSADLDDwCCww8AmMMPANfDDwDYww8ALMQPAD3EDwCBxA8AjcQPANbEDwDgxA8AK8UPADnFDwCAxQ8AhcUPANXFDwDixQ8AKsYPADbGDwB/xg8AksYPANTGDwDjxg8AKccPADXHDwB+xw8Af8cPANPHDwDdxw8AKMgPADbIDwB9yA8AgsgPANLIDwDfyA8AMrsSACnJDwB8yQ8AhskPANHJDwDZyQ8Ah7sSADzKDwB7yg8Ah8oPANDKDwDVyg8AJcsPAC7LDwB6yw8AhMsPAM/LDwDbyw8AJMwPADfMDwB5zA8AiMwPAM7MDwDazA8AI80PACTNDwB4zQ8Ags0PAM3NDwDbzQ8AIs4PACfODwB3zg8AhM4PANy7EgDOzg8AIc8PACvPDwB2zw8Afs8PADG8EgDYzw8AINAPAC/QDwB10A8AgNAPAMrQDwDW0A8AH9EPAC7RDwB00Q8AlNEPAMnRDwDV0Q8AHtIPACXSDwBz0g8AgdIPAMjSDwDN0g8AHdMPACnTDwBy0w8AhdMPAMfTDwDW0w8AHNQPACjUDwBx1A8ActQPAMbUDwDQ1A8AG9UPACnVDwBw1Q8AddUPAMXVDwDS1Q8AhrwSABzWDwBv1g8AedYPAMTWDwDM1g8A27wSADbXDwBu1w8Af9cPAMPXDwDP1w8AGNgPACvYDwBt2A8AfNgPAMLYDwDO2A8AF9kPABjZDwBs2Q8AdtkPAMHZDwDP2Q8AFtoPABvaDwBr2g8AeNoPADC9EgDC2g8AFdsPAB/bDwBq2w8ActsPAIW9EgDc2w8AFNwPACXcDwBp3A8AddwPAL7cDwDR3A8AE90PACLdDwBo3Q8AdN0PAL3dDwC+3Q8AEt4PABzeDwBn3g8Add4PALzeDwDB3g8AEd8PAB7fDwDavRIAaN8PALvfDwDF3w8AEOAPABjgDwAvvhIAduAPALrgDwDO4A8AD+EPABPhDwBk4Q8AZuEPALnhDwDN4Q8ADuIPABHiDwBj4g8AgOIPALjiDwDJ4g8ADeMPABnjDwBi4w8AdeMPALfjDwDG4w8ADOQPABjkDwBh5A8AYuQPALbkDwDA5A8AC+UPABnlDwBg5Q8AZeUPALXlDwDC5Q8AhL4SAAzmDwBf5g8AaeYPALTmDwC85g8A2b4SAAvnDwBe5w8AbOcPALPnDwDE5w8ALr8SAA/oDwCDvxIAgOgPAILAEgC66A8AgcESAA3pDwBc6Q8AYekPALHpDwC16Q8ABuoPABPqDwDWwRIAYOoPALDqDwC06g8ABesPAAfrDwBa6w8Ac+sPAK/rDwDA6w8ABOwPABDsDwArwhIAXOwPAP7xDwBl7A8AruwPAMHsDwAD7Q8ABO0PAFjtDwBk7Q8Are0PALztDwAC7g8ADO4PAFfuDwBj7g8ArO4PALPuDwCAwhIACe8PAFbvDwBY7w8ASvsPAFnvDwBR9A8AXO8PAKvvDwBi7w8ApPYPAGPvDwCNYhAAt+8PAADwDwAP8A8AVfAPAGHwDwCq8A8AuPAPAP/wDwAa8Q8AVPEPAGDxDwCp8Q8AsPEPANXCEgAL8g8AU/IPAFXyDwCo8g8AqfIPAP3yDwAA8w8AUvMPAF3zDwCn8w8ArPMPAPzzDwAG9A8AKsMSAF70DwCm9A8AqPQPAPv0DwD89A8AUPUPAFP1DwCl9Q8AsPUPAPr1DwD/9Q8AT/YPAFn2DwB/wxIAt/YPAPn2DwD69g8ATvcPAFr3DwCj9w8AsvcPAPj3DwAC+A8ATfgPAFn4DwCi+A8AqfgPANTDEgD/+A8ATPkPAE75DwCh+Q8AsPkPAPb5DwAA+g8AS/oPAFT6DwCg+g8AovoPAPX6DwAG+w8AfsQSAFn7DwCf+w8AqfsPAPT7DwD9+w8ASfwPAEv8DwCe/A8Ar/wPAPP8DwD7/A8ASP0PAGb9DwCd/Q8Apf0PAPL9DwD+/Q8AR/4PAFr+DwCc/g8Anf4PAPH+DwD9/g8ARv8PAFX/DwCb/w8Apf8PAPD/DwD8/w8ARQAQAEwAEADTxBIAqwAQAO8AEAAAARAARAEQAEwBEACZARAAoAEQAO4BEAD8ARAAQwIQAFMCEACYAhAAqAIQAO0CEAAJAxAAKMUSAE8DEACXAxAArgMQAOwDEAD0AxAAQQQQAE8EEACWBBAAoAQQAOsEEAD3BBAAQAUQAFYFEACVBRAAmAUQAOoFEAAGBhAAfcUSAEkGEACUBhAAnAYQAOkGEAD4BhAAPgcQAEMHEACTBxAAoAcQAOgHEADyBxAAPQgQAD8IEACSCBAAoAgQAOcIEAD0CBAAPAkQAD8JEADSxRIAnAkQAOYJEADwCRAAOwoQAEMKEACQChAAnwoQAOUKEADqChAAOgsQAEcLEACPCxAAmQsQAOQLEADmCxAAOQwQAEcMEACODBAAmwwQAOMMEADmDBAAJ8YSADsNEACNDRAAmQ0QAOINEADpDRAANw4QAD8OEACMDhAApQ4QAOEOEAD1DhAANg8QAFIPEACLDxAAkw8QANHGEgDoDxAAJscSAEIQEACKEBAAkRAQAN8QEADnEBAANBEQADkREACJERAAmREQAN4READmERAAMxIQAEESEACIEhAAlRIQAN0SEADqEhAAMhMQAD4TEACHExAAjRMQANwTEADkExAAMRQQAD0UEACGFBAAmRQQANsUEADqFBAAMBUQADwVEACFFRAAhhUQANoVEADkFRAALxYQAD0WEACEFhAAiRYQANkWEADmFhAAe8cSADEXEACDFxAAjRcQANgXEADaFxAALRgQADwYEACCGBAAohgQANcYEADfGBAALBkQADYZEACBGRAAhxkQANYZEADYGRAAKxoQADoaEACAGhAAjBoQANUaEADdGhAA0McSAEgbEAB/GxAAnRsQACXIEgDyGxAAKRwQAEccEAB+HBAAhhwQANMcEADiHBAAKB0QACodEAB9HRAAhh0QANIdEADVHRAAJx4QADMeEAB8HhAAgx4QANEeEADZHhAAJh8QAD8fEAB7HxAAjx8QANAfEADsHxAAJSAQAC0gEAB6yBIAmCAQAM8gEADtIBAAz8gSAD0hEAB5IRAAfiEQAM4hEADpIRAAIyIQAC8iEAB4IhAAgCIQACTJEgDgIhAAIiMQADEjEAB3IxAAgyMQAMwjEADNIxAAISQQACskEAB2JBAAhCQQAMskEADQJBAAICUQAC0lEAB5yRIAeSUQAMolEADMJRAAHyYQACImEAB0JhAAfCYQAMkmEADTJhAAHicQACknEABzJxAAfycQAMgnEADQJxAAzskSACsoEAByKBAAeCgQAMcoEADTKBAAHCkQACspEABxKRAAeykQAMYpEADOKRAAGyoQACoqEABwKhAAcioQAMUqEADOKhAAGisQAB0rEABvKxAAeysQAMQrEADMKxAAI8oSACksEABuLBAAdiwQAMMsEADNLBAAGC0QACMtEABtLRAAeS0QAMItEADKLRAAeMoSABwuEABsLhAAfS4QAMEuEADSLhAAFi8QABsvEABrLxAAby8QAMAvEADOLxAAFTAQACIwEABqMBAAgTAQAL8wEADHMBAAFDEQACAxEABpMRAAfDEQAL4xEADNMRAAEzIQAB8yEABoMhAAaTIQAL0yEADHMhAAEjMQACAzEABnMxAAbDMQALwzEADJMxAAzcoSABc0EABmNBAAdDQQALs0EADINBAAEDUQACc1EABlNRAAbTUQALo1EADFNRAADzYQABE2EABkNhAAcTYQALk2EADANhAADjcQAB83EABjNxAAcTcQALg3EADFNxAADTgQACQ4EABiOBAAajgQALc4EAC8OBAADDkQABw5EABhORAAaTkQALY5EADAORAACzoQABY6EABgOhAAbDoQALU6EAC9OhAAd8sSACM7EABfOxAAZDsQALQ7EADPOxAACTwQABU8EABePBAAZjwQAMzLEgDGPBAACD0QABc9EABdPRAAaT0QALI9EACzPRAABz4QABE+EABcPhAAaj4QALE+EAC2PhAABj8QABM/EAAhzBIAYz8QALA/EACyPxAABUAQABJAEABaQBAAX0AQAK9AEAC5QBAABEEQAA9BEABZQRAAZUEQAK5BEAC0QRAAA0IQAAtCEABYQhAAZEIQAK1CEADAQhAAAkMQABFDEABXQxAAY0MQAKxDEACtQxAAAUQQAAtEEABWRBAAZEQQAKtEEACwRBAAAEUQAA1FEAB2zBIAWkUQAKpFEAC5RRAA/0UQAA5GEABURhAAXUYQAKlGEACvRhAA/kYQAARHEABTRxAAX0cQAKhHEACvRxAA/UcQABlIEADLzBIAXEgQAKdIEACzSBAA/EgQAP9IEABRSRAAW0kQACDNEgCuSRAAdc0SAANKEADKzRIAWEoQAB/OEgCtShAA+koQAPtKEACdUhAAB0sQAE9LEAAOSxAA9U8QABFLEABBWRAAE0sQAOhcEABQSxAApEsQALpLEAD5SxAAAUwQAE5MEABQTBAA9k4QAFxMEACjTBAAq0wQAHTOEgCwTBAA+EwQAPtMEABNTRAAV00QAKJNEACkTRAA900QAAhOEABMThAAXU4QAKFOEACpThAAyc4SAP1OEABLTxAAUk8QAKBPEACoTxAAHs8SAPdPEABKUBAAUFAQAJ9QEACsUBAA9FAQAPxQEABJURAAS1EQAJ5REAClURAA81EQAPpREABIUhAAUFIQAHPPEgCqUhAA8lIQAPNSEABHUxAAXVMQAJxTEACkUxAA8VMQAPNTEACZVhAA/1MQAEZUEABOVBAAyM8SAFNUEACbVBAAnlQQAPBUEAD6VBAARVUQAEdVEACaVRAAq1UQAO9VEAAAVhAARFYQAExWEAAd0BIAoFYQAO5WEAD1VhAAQ1cQAEtXEABy0BIAolcQAO1XEADvVxAAQlgQAFNYEACXWBAAqFgQAOxYEAD0WBAAx9ASAEZZEADkYBAATVkQAJZZEACsWRAA61kQAPNZEABAWhAATloQAJVaEACiWhAA6loQAO1aEAA/WxAASVsQAJRbEACWWxAA6VsQAPpbEAA+XBAAT1wQAJNcEACbXBAAHNESAPFcEAA9XRAASl0QAJJdEACZXRAA510QAPhdEAA8XhAASF4QAJFeEACZXhAAcdESAPNeEAA7XxAAPl8QAJBfEACaXxAA5V8QAOdfEAA6YBAAS2AQAI9gEACgYBAAxtESAOxgEAA5YRAAUGEQAI5hEACaYRAA42EQAO1hEAA4YhAAQGIQABvSEgCOYhAA4mIQAPhiEAA3YxAAP2MQAIxjEACaYxAA4WMQAOljEABw0hIA7mMQADZkEAA5ZBAAi2QQAJVkEADgZBAA4mQQADVlEABGZRAAimUQAJtlEADfZRAA52UQAMXSEgA6ZhAAiWYQAI5mEADeZhAA+WYQADNnEABBZxAAiGcQAI9nEADdZxAA6WcQADJoEAA4aBAAh2gQAIpoEADcaBAA5mgQADFpEAA3aRAAhmkQAIhpEADbaRAA5WkQADBqEAA8ahAAhWoQAJxqEADaahAA7moQAC9rEABLaxAAhGsQAIxrEAAa0xIA22sQAC5sEAA8bBAAg2wQAJRsEABv0xIA32wQAMTTEgA7bRAAgm0QAIxtEADXbRAA4m0QACxuEAA0bhAAgW4QAI1uEADWbhAA6W4QACtvEAA6bxAAgG8QAIxvEADVbxAA1m8QACpwEAA0cBAAf3AQAI1wEADUcBAA2XAQAClxEAA2cRAAbtQSAIZxEADTcRAA3XEQAChyEAAtchAAfXIQAIVyEADSchAA2HIQACdzEAAzcxAAfHMQAIJzEADRcxAA2nMQACZ0EAAzdBAAe3QQAIN0EADQdBAA0XQQACV1EAAndRAAenUQAH11EADPdRAA0nUQABjVEgA6dhAAeXYQAIF2EADOdhAA2nYQACN3EAApdxAAeHcQAH53EADNdxAA0ncQAHd4EAD7dxAAIngQACp4EADC1RIAfXgQABfWEgDieBAAIXkQACN5EAB2eRAAg3kQAMt5EADSeRAAIHoQACh6EAB1ehAAhXoQAMp6EADMehAAH3sQAC17EAB0exAAhXsQAMHWEgDQexAAFtcSACx8EABzfBAAfXwQAMh8EADTfBAAHX0QACV9EAByfRAAfn0QAMd9EADafRAAHH4QACp+EABxfhAAe34QAMZ+EADOfhAAG38QACp/EABwfxAAdX8QAMV/EADMfxAAGoAQACaAEADA1xIArYAQAMSAEAACgRAAGYEQACGBEAAV2BIAmIEQAMOBEADPgRAAGIIQAB6CEABtghAAc4IQAMKCEADHghAAF4MQAB2DEABq2BIAbYMQAMGDEADHgxAAFoQQABuEEABrhBAAeoQQAMCEEADMhBAAFYUQABiFEABqhRAAbYUQAL+FEADHhRAAFIYQACOGEABphhAAboYQAL6GEADUhhAAE4cQABSHEABohxAAeYcQAL2HEADJhxAAEogQAByIEABniBAAc4gQALyIEADDiBAAv9gSACGJEABmiRAAcokQALuJEADKiRAAEIoQACSKEABlihAAdIoQALqKEADLihAAD4sQABuLEAAU2RIAZosQALmLEADHixAADowQAB+MEABp2RIAaYwQALiMEADEjBAAvtkSABONEABijRAAaI0QALeNEAC8jRAADI4QABKOEAC92hIAZo4QALaOEAC4jhAAC48QAByPEAAR3BIAbI8QALWPEAC7jxAACpAQABaQEABfkBAAZ5AQAGbcEgC6kBAACZEQABWREABekRAAZpEQALvcEgC/kRAACJIQAAuSEABdkhAAZ5IQABDdEgC0khAAB5MQABWTEABckxAAbZMQALrdEgC3kxAABpQQABKUEAAP3hIAY5QQALCUEACzlBAABZUQABGVEABalRAAZpUQAK+VEAC3lRAAud4SAA+WEABZlhAAZZYQAK6WEAC2lhAADt8SAAyXEABYlxAAaZcQAK2XEAC+lxAAApgQAAqYEABXmBAAWpgQAKyYEAC2mBAAAZkQAAOZEABWmRAAZZkQAKuZEADLmRAAAJoQAAiaEABVmhAAX5oQAKqaEACwmhAA/5oQAAGbEABUmxAAY5sQAKmbEAC1mxAAY98SAAqcEABTnBAAcZwQAKicEACunBAA/ZwQAAadEABSnRAAX50QAKedEACvnRAA/J0QABKeEABRnhAAU54QAKaeEADBnhAA+54QAAefEABQnxAAXZ8QALjfEgCrnxAA+p8QAAKgEABPoBAAZaAQAKSgEACpoBAA+aAQAP+gEABOoRAAWqEQAKOhEACroRAADeASAAWiEABNohAAXaIQAKKiEACnohAA96IQAP2iEABMoxAAYqMQAKGjEACjoxAA9qMQAACkEABLpBAAWaQQAKCkEAClpBAA9aQQAAKlEABi4BIAWaUQAJ+lEACopRAA9KUQAP6lEABJphAAV6YQAJ6mEACjphAA86YQAACnEABIpxAAUKcQAJ2nEACtpxAA8qcQAPSnEABHqBAAVagQAJyoEACtqBAAt+ASAPioEAAM4RIAS6kQAJupEAChqRAA8KkQAPipEABFqhAAT6oQAJqqEACcqhAA76oQAPKqEABEqxAAZKsQALbhEgClqxAA7qsQAPSrEABDrBAAT6wQAJisEACgrBAAC+ISAPmsEABCrRAASK0QAJetEACjrRAA7K0QAPStEABg4hIAQ64QAJauEACkrhAA664QAPyuEAC14hIATa8QAJWvEACsrxAACuMSAPSvEAA/sBAAS7AQAJSwEACXsBAA6bAQAPOwEABf4xIAT7EQAJOxEACasRAA6LEQAPCxEAA9shAASrIQAJKyEACXshAA57IQAPGyEAA8sxAARLMQAJGzEACgsxAA5rMQAOuzEAA7tBAAUbQQAJC0EACRtBAA5bQQAPO0EAA6tRAAS7UQAI+1EACbtRAA5LUQAOy1EAAJ5BIAPbYQAFQBAABBthAAlVgSAEW2EAApHQ8AmrYQAPcIAADrthAA4LkQAJm4EADVKgAA5bgQANMsAADwuRAAxDsAAI26EADBPgAA4roQAA5HAACLuxAAJCEQAIy7EAC2SQAAkLsQAGOZAwCTuxAA868HAOK7EAD5WwAAjLwQAEhiAADhvBAAkW4AAIq9EAA1dQAA670QACx+AAA1vhAAfoEAAIi+EAB6hQAAOL8QAMaOAAD5vxAAL8AQAIrCEAAwzwAAhcMQACTbAADawxAAcOQAAITEEAAM8wAANsUQAFj8AACjxRAArfwAANbFEAAC/QAANcYQAPwCAQDdxhAApQQBADHHEACgCQEA8ccQAJcSAQAzyBAAkRgBAJvIEADRyBAAQskQAHvJEACDyRAA0MkQANzJEADfHwEALcoQAIciAQDryhAAJMsQACzLEAB5yxAAe8sQANUpAQDayxAAzy8BAIDMEAAbOQEA2M0QAFdSAQB+zhAA/lUBAJLOEADaExIAms4QANwREgDwzhAAU1YBACbPEACnVwEAh88QAPpZAQDPzxAA91wBACPQEAD1XgEAKtEQAI1xAQCN0RAAyNEQANDREADicQEALNIQADV0AQDT0hAA1X4BAD/TEAAqfwEAfdMQANOAAQDO0xAAG9QQACXUEAAogQEAetQQACOGAQB61hAAtJ8BAMvWEAAY1xAAKNcQAAmgAQDO1xAABaQBAB/YEABs2BAAfNgQAFqkAQAi2RAA/KwBAG/bEAB5LwIAc9sQACIxAgB32xAA5sIBAIPbEABpPwIAG9wQAOpYEgAc3BAA+PsLAB/cEADjxQEAL9wQAJhbDABw3BAAGykRAITcEAA4xgEAltwQAP2aEgDE3BAAjcYBAMfcEAAO5QwAc90QAIjLAQDI3RAA3csBAHTeEAAs0gEAGd8QACbYAQDD3xAAItwBABLgEABk4BAAcOAQAMzcAQBr4RAAuOEQALvhEACq8g0AxOEQAHDjAQAi4hAAGOYBAIPiEAC34hAAEOMQAKVNDQAc4xAAX/QBADnjEAAV6QEAbeMQAGTvAQAX5BAACvQBAMHkEABe9QEAJuUQALP1AQDE5RAAXfYBABLmEABc9wEAFucQAKcBAgC75xAAJXkMAL7nEACiBgIAwOcQAHh5DgAP6BAAkVwSACHoEABc6BAAuegQAAbpEADN6BAA7RACAAnpEAA7DQ0AEOkQADAYDQAT6RAApvcMABbpEADVxw0AF+kQACbMDQAh6RAAoAgCACfpEADcFg0AsukQAPEMAgDa6RAAJiEOABPqEACaDgIAZuoQAJkPAgDF7RAAMSICAF/7EAALPQ0ABfwQAEj8EACv/BAA8vwQAFf9EADsBwwAXf0QACfWAgCe/hAAiw0SAKP+EABF/xAAt/4QAEICEQC//hAAhxESAMX+EAAX5gIAR/8QAGSPDABJ/xAAOQ8NAEz/EADjEwkAT/8QAGzmAgBU/xAAweYCAFb/EACrpQQAfP8QAF/xBACkAREAB/YCAEoCEQCXAhEAmAIRADq5DAChAhEAhWsPAKYCEQCvmA0AtgIRAJOvEgD2AhEAAvsCAO4DEQDZIwMA8QMRAHvPCgDyAxEAlhEDAPQDEQBQAgMA9QMRAPUHAwD3AxEA4xgEAPgDEQBICgMA+QMRADoYAwD6AxEA+AQDAPsDEQCSFAQAAQQRAEUNAwApBBEAb4AQAD8HEQAAUgMAQwcRANQoAwBHBxEAad8MAJ4HEQAnKwMA6QkRAAtHAwBSCxEA9VwDAPwLEQDrZgMArAwRAOdqAwDrDBEAN3ADAOMNEQB7gQMAPg4RAIsOEQCZDhEAzoMDAI4PEQB2JQ8AmA8RAHCMAwCMEBEAC5wDAOQREQDzswMAiBIRAEC8AwBDExEAhhMRAIcUEQCAJQUAiBQRAHHgAwCPFBEADOsIADIVEQBt5AMANhURAP35CAAxFhEAV/oDADgXEQChBQQA5hcRAPMIBACdGBEA1hgRAN4YEQArGREAOhkRAJYQBACKGREA6BMEADMaEQB7eAwANhoRAJEVBACHGhEA1BoRAJsaEQA3DBIA3hoRAOYVBACGGxEAixsEAOIbEQCJHQQAgxwRAIMjBADaHBEA6rYJACodEQAnKgQAMh4RAL88BACDHhEARqgRAOweEQAlHxEALR8RAHofEQCHHxEArE8EAIkfEQAxdQQAix8RABFABAA0IREASlwEAC4iEQA3bwQAfyIRAMwiEQDdIhEAi3AEANojEQB3hAQAKiQRAMmHBADMJBEAbI8EADAlEQAQlgQAOyURAASiBABIJREACpwEAEcmEQBZogQA5yYRAFKpBAAjJxEAoa8EAM4nEQDnvgQA0ycRAGWRCQDUJxEADJUJANYnEQAVjAkAOCgRAHEoEQB5KBEAxigRAB0pEQBJVA0AIykRAIwMEgAlKREA5MEEACcpEQD+Rw8APikRAOmuEgBfKREAMGsPAHgpEQDhxAQA8ikRABoqEQAlKhEA4MUEAM4qEQCFywQAfSsRACjTBAAbLBEAH9wEAIksEQDI3QQAzywRABXmBADRLBEAHd4EAB0tEQBv4QQAIS0RAG3jBAAgLhEAvegEACQvEQCy8wQAbS8RAK34BAAuMhEAZzIRAG8yEQC8MhEAyzIRADMdBQAaMxEA1iQFABI0EQAjLQUAHTQRAM/SCABoNBEAdTAFAGk1EQC2RAUAczURAL48BQC/NREAEEAFAMM1EQAOQgUAKTcRAGI3EQBqNxEAtzcRALw3EQCiWAUAxjcRAKpQBQASOBEA/FMFABY4EQD6VQUAFDoRAOFuBQC6OhEA2HcFAGQ7EQBviwUALTwRAAqbBQCDPBEAWqAFAME8EQBYogUAFz0RAKeoBQBoPREApqkFALk9EQAGPhEAED4RAPupBQBePhEA+KwFAGM/EQDutgUAIEARAFlAEQBhQBEArkARALRAEQCNwgUAGUERADTGBQDDQREAfdIFAAZCEQBz3AUAu0IRAG/gBQBlQxEAZ+gFABxEEQBVRBEAXUQRAKpEEQC6RBEAWvUFANZEEQCr+QUAC0URAFn2BQBcRREAqUURALNFEQCu9gUAxEYRAP1GEQAFRxEAUkcRAFtHEQBIBwYAsUcRAEYJBgBtSBEApkgRAK5IEQD7SBEA/EgRADsUBgAASREAQmIGAAFJEQCEIAYACEkRAN4bBgAKSREA6w4GAFZJEQA9EgYAWkkRAJpfBgBZShEAhh4GAFhLEQB3LQYArUsRAMgxBgD+SxEAxzIGALBMEQAUOwYAaE0RAKFNEQCpTREA9k0RAABOEQAMQwYATk4RAAVKBgARTxEASk8RAFJPEQCfTxEArE8RAFZOBgCuTxEATFgGAPlPEQBSUgYApFARAJ5bBgD7UBEAnF0GAGNSEQCcUhEApFIRAPFSEQAAUxEAkGkGAFBTEQDibAYAUFURAM2BBgC1VREA7lURAApWEQBDVhEAUFYRACGDBgBeVxEAl1cRAJ9XEQDsVxEA71cRALqUBgDNWBEAraEGAENZEQCopgYAR1kRAAzoCwD3WREATK0GAEJaEQBIsQYAnVsRADfCBgD0WxEAh8cGAO9cEQDKgQkAA10RAHWBCQBYXREAkV0RAJldEQDmXREA6V0RAH/PBgBXXhEAkF4RAJheEQDlXhEA9F4RACbTBgBFXxEAytkGAJBgEQAP6gYAP2ERACZ3DQBEYREAtzkPAEdhEQC37AYASGERAA44DwCZYREAs/AGAKhiEQDhYhEA6WIRADZjEQA/YxEAVPoGAJVjEQBS/AYARGQRAEsDBwCjZBEAlg0HADdlEQA4FgcA4WURANggBwCLZhEAIS0HAJFnEQC/OQcA5mcRABE9BwA9aBEAY0AHAKJoEQDbaBEA42gRADBpEQA/aREAWEsHAEBpEQC3QQcAkWkRALZCBwDiaREAL2oRADlqEQALQwcA32oRAKpOBwCGaxEATVYHADVsEQD0WQcA82wRACxtEQA0bREAgW0RAJBtEQBAYwcA4m0RAJJmBwAzbhEAgG4RAI9uEQDmZwcAOW8RAOBtBwCJbxEAMnEHAOFvEQAmfQcA428RACx3BwDvcBEAKHERADBxEQB9cREA7nERACdyEQAvchEAfHIRAIlyEQC+jwcA3nIRAGaSBwA0cxEADZYHANJzEQBcnAcAhnQRAFWjBwAvdREA67cHAIR2EQAszAcA1XYRACJ3EQAxdxEAgM0HAJ13EQDUzgcA1XgRACPVBwAseREAdNkHAH15EQDKeREA2XkRAMjaBwBFehEAHNwHAHZ7EQDC4AcAzXsRALvnBwB3fBEAA/UHACF9EQChAQgA1n0RAEYHCAAofhEAmggIAMt+EQBADQgAi38RAMR/EQDMfxEAGYARAHGAEQCMFggAJ4ERADQZCADegREAF4IRAB+CEQBsghEAdoIRACsiCADPghEA1CMIACWDEQDPKAgAdYMRACAtCAAehBEAcTEIACCFEQBrNwgAcYURAL6FEQDAhREAwDcIAISGEQC9hhEAxYYRABKHEQAtiBEAZogRAG6IEQC7iBEA1okRAA+KEQAXihEAZIoRAG6KEQDpYwgAKosRAGOLEQBrixEAuIsRAMKLEQDIhAgAzosRANh0CAASjBEA1nYIAGyMEQB4fwgAv40RAAebCADDjREAEJIIABmOEQAKmAgAYY4RAAiaCAAUjxEABZ0IAGKPEQACoAgAE5ARAFKlCABqkBEAoasIABSREQCerggAaZERAPOuCADOkREAB5IRAA+SEQBckhEAa5IRAJuxCAATkxEAOr0IAGuTEQDewwgAdpQRAK+UEQC3lBEABJURABOVEQAqzQgABpYRAFiWEQBylhEAcNwIAMmWEQAClxEACpcRAFeXEQBmlxEAbOAIAOKXEQAV4ggAcpgRAKuYEQCzmBEAAJkRAGSZEQC85QgAsJkRAA7pCABgmhEAC+wIALuaEQBc8AgAWpsRACp3CQBdmxEAAvUIAK+bEQAB9ggAsZwRAEQICQAGnREA6A4JAFidEQDnDwkAbJ4RAKWeEQCtnhEA+p4RAAafEQAvHQkAV58RAKSfEQConxEAgx4JAAmgEQAsIAkAv6ARAPigEQAAoREATaERAHehEQBzLgkAp6ERAME1CQATohEA8lcLAFSiEQChohEA2aIRABE7CQBuoxEAoKMRAKKkEQBHWgkApaURAOFqCQD6phEAR6cRAGmoEQCbqBEAuqgRAPCoEQBVqREAG4YJAPepEQBriwkAn6oRAGePCQD6qxEAujsKAPyrEQBbmwkASKwRAK2eCQBKrhEA+KgJAJiuEQBGsAkAn64RAEmtCQCbsBEA6LARAJWxEQAwxgkAnbIRACXRCQDtsxEAOrQRAGO0EQAR5QkAALURADm1EQBBtREAjrURAJ21EQAJ7QkA6bURAFvwCQDttREAEjkKAJK2EQBZ8gkA6rYRADe3EQBgtxEArPQJAOm3EQBT+AkAX7gRAKj4CQDluREA6gsKAOq6EQDjEgoA6bsRADAbCgBOvBEAhRsKAJa8EQDaGwoA4rwRACwfCgCSvREAKSIKAPe9EQB+IgoAP74RANMiCgCLvhEAJSYKAAPAEQAuwBEAn8ARANjAEQDgwBEALcERANzBEQC2PwoA2sIRAKpLCgCVwxEARloKAEbEEQB/xBEAh8QRANTEEQDexBEA52MKAKnGEQCGbwoA08cRAMGJCgAvyBEAZo8KANLIEQAImAoANckRAFqbCgDZyREAo6cKAC7LEQCNvQoAissRAM3LEQDVzBEA08wKAIzOEQDD3AoAJM8RAL7hCgCBzxEAEOUKADrQEQBz0BEAe9ARAMjQEQAf0REAsu0KADjSEQBx0hEAedIRAMbSEQDw0hEApfoKAHnTEQD0AAsAzdMRABrUEQAo1BEAngELAHXUEQDxAwsAJtURAOwICwBv1REA6AwLAHbWEQDeFgsAedYRAIgXCwDO1xEAeyQLABvYEQDPJQsAeNgRACEpCwDI2BEAySsLABjZEQAeLAsAjtkRAL/ZEQCF2hEAvDgLAOjaEQAROQsAGtwRAGfcEQCQ3BEAtT8LAJvcEQBfQAsAcd4RAFtECwDK3hEArUcLABzfEQABSQsAG+ARAFBPCwBo4BEATFMLACzhEQBi4READuIRAJJiCwBo4hEANGsLACfjEQBg4xEAaOMRALXjEQDC4xEAg3ELABfkEQCAdAsAweQRACd4CwB95REAs+URABrmEQD1+BEAJ+YRAF3mEQAT5xEAb4ULABXnEQAcgwsAw+cRAAboEQBp6BEAu44LABXpEQBamgsAb+oRAEetCwAO6xEAQ7ELAGbrEQA9twsAu+sRAIq/CwAP7BEAicALALLsEQAuxgsAcu0RAKvtEQCz7REAAO4RAHPuEQB20wsAV+8RAMXZCwBq8BEAu+MLAA3xEQAI7AsAw/ERAPzxEQAE8hEAUfIRAMLyEQD78hEAA/MRAFDzEQD98xEA4QwSAAL0EQBP9BEABPQRADdkDwAW9BEASU8SAFn0EQCi/AsA//QRAEcCDAAH9xEA2xgMABb3EQBM9xEAqfcRAN8UDAAF+BEANBUMAEv5EQB6JAwAqvoRABkwDADC+hEAtzoOAPv6EQBI+xEAZvsRAG4wDAAO/BEAR/wRAE/8EQCc/BEA//wRAGszDAC3/REAaDYMAGH+EQC6OQwAYP8RAJn/EQCh/xEA7v8RAF8AEgCYABIAoAASAO0AEgBQARIArkUMAAgCEgBBAhIASQISAJYCEgD5AhIAU0sMAAYEEgA/BBIARwQSAJQEEgD3BBIAoVIMAK8FEgCeVQwAWQYSAPBYDADuBxIALxcPAEMIEgCEFw8ArAgSAOUIEgDtCBIAOgkSAK8JEgA4ZgwAQQoSAPilDADqCxIAg2oSAOkMEgAzvg4A/QwSAP+YEgAPDRIANg0SAD4NEgBd6A8AZA0SAAfqDgC5DRIA4A0SADgOEgBhjBIApg4SAN8OEgDnDhIANA8SAJUPEgDKfgwA+g8SADMQEgA7EBIAiBASAOkQEgAkIw4ASBESAPCtDACMEhIAyyYOAJISEgDAiAwA9RISAGiLDADiExIALxQSAD4UEgBfkw0AjBQSAHzGEgDnFRIAtJQMAPEVEgBgkwwA4xYSAFuYDACdFxIA1hcSAN4XEgArGBIAhhkSAFKhDACTGxIA7LEMAC8cEgCKvgwAhx0SACXODACEHhIAItEMANEfEgDiDw4A1B8SAMbWDQDYHxIAbdsMAN4fEgAoHw4AgCASAM0gEgDXIBIAaOAMAOghEgAhIhIAKSISAHYiEgAiIxIAW+0MAHojEgAC8QwAeyUSAEz8DADQJRIAHSYSACkmEgCe/wwA0yYSAPACDQB5JxIAxicSAN0nEgBACA0AwywSACUjDQBwLRIAyycNAMcvEgAFQw0AejASAL0wEgB0MRIAn1MNAHcxEgBLUg0AdDISAPJVDQAcMxIA8VYNAHMzEgDuWQ0AMjQSAGQ0EgCCNBIAQF0NAN00EgCPYw0AcTUSAORjDQC+NxIACzgSAA04EgAtcA0AZTgSANdwDQBsOBIAf3MNACU6EgBeOhIAZjoSALM6EgC9OhIAGoMNAHk7EgCyOxIAujsSAAc8EgAWPBIAD44NAGI8EgBhkQ0ADD0SALGWDQC2PRIAAZwNALI+EgCgpw0AXD8SAPWnDQBlPxIAsOsOAAtAEgDyqg0AZkASAJqtDQC7QBIAPbUNALRBEgABQhIABEISAJC3DQCzQhIAAEMSAANDEgCLvA0AtkMSAN6+DQAHRBIAVEQSAFdEEgDcwA0ABkUSAFNFEgBWRRIA18UNAAlGEgDUyA0AWkYSAKdGEgCxRhIAKckNAARHEgBRRxIAVEcSACjKDQADSBIAUEgSAFNIEgDOzg0AAkkSAE9JEgBSSRIAytINAAVKEgBx1g0AAEsSAMHbDQAgSxIA76gSAGlLEgAV3Q0A+ksSAExMEgD5TBIAaN8NAABNEgC74Q0Aq04SALXnDQCtThIAInoOAFFPEgCeTxIA9VASABXcDgD6UBIAm1ISAFNREgCo9A0Aq1ISAPz1DQAAUxIAT/gNAFFTEgBO+Q0AtlMSAO9TEgBLVBIA6AkOAE5UEgA1Eg4AU1QSAPj5DQBfVBIAQwQOAPpWEgDpCA4ApFcSAOMODgD2WBIAk7MOABRZEgCrlxIALFkSAElSDwBHWRIAlFkSAJdZEgA0Ew4A+VkSAN0UDgBKWhIA3BUOAJtaEgDoWhIA8loSADEWDgCUXBIA1hsOAJtcEgDUHQ4APl0SANMeDgC6XhIAeiIOAEFfEgDMJQ4A1GASAPahEgBMYRIA2G0PAI1hEgBjOQ4A7GISALM+DgA9YxIAimMSAKNjEgAHQA4A4mMSADRkEgCtZBIArUQOAFdlEgCsRQ4AAWYSAABHDgCPZhIA3GYSAOZmEgCnSg4Ah2cSANMdDwCUaBIASVMOAIhqEgBAXA4AdGsSAIJrEgDJaxIA12sSACxuEgAwbA4ANm4SAH5zDgDicBIAynwOADVxEgDJfQ4AhHESAHN+DgDUcRIAx38OANNyEgAagg4A13MSACR0EgCBdBIAznQSAHl1EgASig4A1XUSACJ2EgB/dhIAzHYSAHl3EgAMkA4AKHgSAHV4EgDSeBIAH3kSACZ6EgBclQ4Af3oSALCWDgAlexIAcnsSAIJ7EgAEmA4AP3wSAHF8EgAkfRIAqpwOAHx9EgBSnw4A6X0SABp+EgAzgRIA5rUOANyCEgA2uw4AhoMSAIq8DgAwhBIA3r0OAL2GEgAd1A4AcYgSAMDbDgBliRIAEt8OABmLEgC15g4AwIsSAF3pDgA1jhIAAfAOAGKOEgCq8Q4AvI4SAOO0EgASjxIAUvQOABWPEgBQ9g4AYY8SALOPEgDPjxIACJASAGCQEgCykBIAzpASAAeREgBkkRIAsZESALuREgCl9g4ADpISALzbEgBhkhIAoPsOAGiTEgDx/w4AspMSAJkCDwAMlBIAOLUSABiVEgAtbg8AuZUSAI0ODwBkmRIACecPALKaEgB0Jw8AqpsSACUhDwBdnBIAJCIPAFeeEgCknhIArp4SAMYqDwBcnxIAbi0PAD2iEgBLohIAkqISAKCiEgDnohIA9aISADyjEgBKoxIAkaMSAJ+jEgDmoxIA9KMSAKqkEgBmNQ8AD6USALs1DwCepRIADzcPAA6mEgC5Nw8ApaYSAA05DwANpxIARqcSALenEgDwpxIAU6gSAF88DwAXqRIARKkSAGypEgCZqRIAwakSAO6pEgAWqhIAQ6oSAKCqEgDtqhIA8qoSAAZADwBErBIA/EkPAO2tEgA/rhIA9a4SAA2NEAD5rhIAZIsQAO+vEgDyUw8AS7ASAOtaDwAGsRIAPLESALCxEgA1Zg8A77ESAIZqDwBashIAkLISAEKzEgCPsxIAn7MSAIRsDwDwsxIAg20PAE60EgB+cRAAk7gSAEepDwDruBIA8akPAOa5EgCKuw8AkLoSAC7CDwA6uxIAJ8kPAOS7EgDMzg8AjrwSABrWDwA4vRIAwNoPAOK9EgBm3w8AjL4SAArmDwA6vxIACOgPAJ2/EgDYvxIA4L8SAC3AEgDcwxIAKcQSAEfEEgD3+A8Ag8cSAC4XEADuxxIAKhsQAJjIEgB6IBAAMMkSAM0iEACByRIAdSUQANXJEgAdKBAAKMoSABksEACIyhIAFy4QAOnKEgAiyxIAecsSAAo7EADYyxIAszwQADbMEgBbPxAAfswSAFVFEAA8zRIApkkQAH/REgDmXhAAKtMSANlrEAB70xIA2GwQAMzTEgAZ1BIAHdQSAC1tEAB21BIAw9QSACDVEgBt1RIAH9YSAGzWEgDN1hIAyXsQAB7XEgBr1xIAb9cSAB58EACV2BIAbIMQAHLZEgBjjBAAwdkSABPaEgA72hIAaNoSAMDaEgAS2xIAOtsSAGfbEgDT2xIAYY4QAGjcEgC0kBAAxdwSALOREAAY3RIAZd0SAHXdEgCykhAAw90SALGTEAAS3hIAZN4SAMPeEgAElhAAHt8SAAOXEAAb4BIA+KEQAMPgEgDxqBAAFOESAGHhEgBx4RIARqkQAA/iEgDtrBAAcOISAEGuEADD4hIAQK8QABLjEgDqrxAAYuMSALTjEgA=","fail":"AAAAAAAAAADNhwAAksEBANPWAAAoJgcAFzwCAEILCABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIADZEMAN4YCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4AxOIDAAAAAAAoJgcAFzwCABc8AgDTfgMALCcCAIEnAgCr8Q0ADToOACXYAgB62AIA5hgBAOq6BQAIPg8A034DAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAFOgDAAAoggAFzwCAGNFAgCAzwUAb94HAAAAAAAoJgcATgUCAPSqCwBJCAQA1SgCAJK5CQDjGgIAzYcAAMsyAgAtww8AgsMPAKKwAgDZJgAATgUCAKlLCwD+SwsAt0gAAD5nBQBrlAAAwJQAAO65AgBO/QkAo/0JAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDAAn0QcAes4MAFUAAABVAAAAW0UKABc8AgC3SAAATgUCACfRBwDrvQEAAAAAAGuUAADDMAwADzoMAIweAAA9GAAAQgsIAJcLCAA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwCKwAoAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAAAn0QcAes4MAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIARrMGAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAACroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAF9JAgD5pwkATqgJAKOoCQBCCwgATgUCAK5CDwDvsQkATgUCAKvxDQAH6Q8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAJK5CQA1aQwAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgD4/AoAQgsIAE4FAgAn0QcAzzAAACQxAAB5MQAAzjEAAOO4DgDjGgIAzYcAAJLBAQCMHgAAQgsIAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAEQFDACZBQwA5xgAADwZAABJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgAK5w4AX+cOAPSqCwC4RgEADUcBAO65AgAajwEAQgsIAMAwDwD0qgsASasLAGDnDQBUAQAAqQEAAP4BAABTAgAA47gOAOMaAgDNhwAAksEBAIweAABCCwgATgUCAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAArnDgBf5w4A9KoLALhGAQANRwEA7rkCABqPAQBCCwgAwDAPAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAOO4DgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADjuA4A2SYAAHgpCQAXPAIAxi0MAHaHAgDjuA4A5hgBAOgPCABHDgAA670BAOFzAAD/nQ0ARLEKAC9uDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAA9KoLAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgCCbg8AU6AMAHGIBgAn0QcAQgQPAD5nBQCTZwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgANkQwAwDAPAD0YAAAHSwMAa5QAAEILCABOBQIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgBPpgoAkhgAANPWAAA9GAAATgUCAA2RDACXCwgA+KIPAE2jDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAEILCADAMA8APRgAAAdLAwBrlAAAQgsIANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAABv3gcA1SgCAEILCADjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAq6AJAAChCQC3SAAAPmcFAJNnBQBrlAAA7rkCAEO6AgCYugIATgUCAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDAB3ew0AAKIIAFWiCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AANPKDABVAAAAVQAAAFtFCgAXPAIAt0gAAPj8CgBCCwgA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQAzbAsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAA2RDADeGAkAa5QAAEcOAABOBQIARAUMAJkFDADuBQwAQwYMACfRBwB6zgwAVQAAAFUAAABbRQoAFzwCALdIAABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAEnwcAzYYBAA3lDQBOBQIAq6AJAAChCQAAAAAAG48AAGuUAABHDgAAdocCAPj8CgBCCwgATgUCAOMaAgDTfgMATgUCACfRBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAuj8GAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAE4FAgD0qgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAKugCQAAoQkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAIdvCQDvsQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAnbIFAD6/AgCTvwIA6L8CAF4/DQCzPw0ACEANANPWAAAajwEAfScGAAxJAAAj0AwALckJALdIAABOBQIAU6AMAAg+DwDTfgMATgUCAPSqCwBJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAAnbIFAPKyBQBHswUA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABMswAAJ9EHAIweAAA9GAAAt0gAAE4FAgBToAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwBg5w0AVAEAAKkBAAD+AQAAUwIAAKgCAAB01QsA5wwMADwNDAAn0QcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQA9vgQAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgD5pwkATqgJAKOoCQD4qAkATakJAKKpCQBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEA6A8IANzHBgDzWQgAzYcAAAg+DwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAACgmBwDvsQkAQhECAJcRAgBHDgAAjB4AANzHBgBdnAYAspwGAMEvDwB9JwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAuo4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgCaABAARw4AAIweAABCCwgATgUCAOO4DgBZ7A8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgAK5w4AX+cOAKugCQAAoQkAVaEJAKqhCQD/oQkAVKIJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA6A8IANzHBgDzWQgAzYcAAAg+DwAHSwMAxOIDALdIAADVKAIAzYcAAACiCABVoggADJ0BANPWAABrlAAAQgsIAE4FAgDjuA4AFzwCAIdvCQDjGgIAzYcAAOMaAgC3nAEA2sINAC/DDQA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQDAMA8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAC6PwYAKCYHAE4FAgAAAAAAAAAAAAAAAAA9vgQAq6AJAAChCQCAzwUAksEBAJwOAADvsQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAL7hCgAT4goAaOIKAPSqCwBJqwsAYOcNAFQBAACpAQAA/gEAAFMCAACoAgAARAUMAJkFDADuBQwAQwYMAHd7DQAAoggAVaIIAAydAQDT1gAAa5QAAEILCAA9GAAAkhgAAOcYAABToAwAnVQOAHeIAADMiAAAIYkAAHaJAADLiQAAq/ENAA06DgBV8wwAq/ENAAfpDwAajwEAxOIDABnjAwDuuQIAkrkJACPQDABHDgAAdocCANPWAAAajwEAfScGAAxJAABOBQIAq6AJAGw8AgDjGgIA4xoCABqPAQB9JwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgD0qgsAt5wBANrCDQAvww0AksEBAIweAACdsgUA81kIAEhaCACdWggA8loIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMAoFcIAIweAABe6Q0At0gAALo/BgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQDkwQQAOcIEAI7CBABToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgCr8Q0ADToOACgmBwBCCwgAwDAPABfbDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAG/eBwBOBQIAnbIFABc8AgBjRQIAG98FAMAwDwA9GAAAt0gAALo/BgDNhwAAAKIIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBABCCwgAlwsIACKIAAB3iAAAzIgAACGJAAB2iQAAok8OAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgA7vAgAG48AABc8AgBjRQIAG98FAN4YCQBrlAAARw4AAKFQDgCSGAAAEUMBAOYYAQDqugUAsksCAE6xAABCCwgAwDAPAD0YAAAHSwMAa5QAAAAAAAAoJgcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIArJwMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIATv0JAKP9CQDGLQwAv5QBACgmBwDvsQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCACfRBwB6zgwAVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAE4FAgBToAwAc30PABqPAQBOBQIA7rkCAE79CQCj/QkAxi0MAL+UAQAoJgcA77EJAE4FAgB01QsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgCroAkAh28JAC3JCQC3SAAAuj8GAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAC6PwYAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQDawg0A+wEDAJYRAwB9zQoA42MOADhkDgCNZA4A4mQOADdlDgCMZQ4A4WUOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQDAMA8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAAg+DwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgDBLw8AFjAPAJwOAADvsQkA2SYAADnFAQCOxQEA+PsLAE38CwAbjwAAt5wBALdIAAC6PwYAVQAAALecAQDawg0APwYQADnFAQCOxQEA+PsLAE38CwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIAR1gLALecAQDawg0APwYQAJQGEADpBhAApqAOAGzbDQBOBQIAq6AJAMEvDwCRCRAA5gkQADsKEABHWAsAnFgLAKMFAgD4BQIATQYCAKIGAgAAAAAAF9sNAE4FAgCroAkAwS8PAJEJEADmCRAAOwoQAEdYCwCcWAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAPb4EAA44DwBjOA8AuDgPAA05DwBiOQ8AAAAAABuPAABwjwAAB0sDAH0nBgDLMgIAGdcPAEILCABKXgIAG48AAHCPAAAHSwMAfScGAMsyAgBl4A8AFzwCAGw8AgBGswYA6A8IANPWAAAoJgcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAPYACQDcxwYAt0gAAPj8CgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAq/ENAA06DgBV8wwA4xoCAIJuDwAAAAAAU6AMAAs7DwBgOw8AtTsPAAo8DwBfPA8AtDwPAAk9DwCpSwsASlEPAJ9RDwD0UQ8A+wEDAAAAAAAoJgcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIAG98FAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCmoA4AbNsNAKlLCwAAAAAAt5wBAAAAAAAbjwAAzYcAAACiCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIACucOAE4FAgCpSwsAAAAAABuPAADNhwAAkrkJACPQDAAtyQkAgskJANfJCQAsygkA4xoCAIHKCQDWygkAK8sJAOMaAgCdsgUA8rIFAEezBQAizw4Ad88OAMzPDgCdsgUA8rIFAEezBQAizw4Ad88OAMzPDgDNhwAACD4PAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAD4/AoAw9oMABjbDADLMgIAJ3cMAHx3DADTfgMAt0gAAPj8CgDD2gwAGNsMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAA+ZwUARK8MAME8AgAWPQIAaz0CALdIAAAMSQAAW+oPALDqDwAF6w8AAAAAABc8AgBjRQIAMc0BAAzuBQDcxwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDSHg8ADEkAAFvqDwCw6g8AKCYHAMsyAgDGNwIADEkAAFvqDwCw6g8ABesPAAAAAADNhwAAGo8BAMTiAwCMHgAAwzAMABgxDABtMQwAwjEMABcyDADLMgIAxjcCAAxJAABb6g8AsOoPAAXrDwDLMgIAxjcCAAxJAABb6g8AsOoPANN+AwBVAAAA9gAJAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAARrMGAOgPCABrlAAAwJQAABbpAADC5QIAt0gAALdIAAA+ZwUAk2cFAOMaAgA4GwIAjRsCAPj8CgBrlAAAwJQAABbpAADC5QIA5hgBAOgPCAC3SAAADEkAACPQDABCCwgAwDAPAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAAFtFCgAajwEAb48BAO9iAwBEYwMAhW4MAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAQgsIAMAwDwCrUwEASqUQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAIdvCQBCCwgAIn8JAO65AgAajwEAxOIDAL+UAQAoJgcA77EJAGuUAADAlAAAFukAAMLlAgDjGgIAjrkNAC3JCQBwjwAA67wCALecAQAMnQEAPmELAJNhCwDoYQsA2sINAMCUAAAW6QAAwuUCAAg+DwBCEQIARLEKAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEA6A8IAD0YAAC3SAAA+PwKAIVuDAAW6QAAwuUCACgmBwAtyQkAt0gAAMQ5AgDZJgAA4xoCAI65DQAtyQkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDeGAkAfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANzHBgBdnAYAspwGAMYtDAC/lAEAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CACgmBwDuuQIATv0JAKP9CQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCALo/BgAPQAYAaT0EALecAQDawg0A5hgBAOgPCAA9GAAAt0gAAPj8CgBCCwgAwDAPAMCUAAAW6QAAwuUCAEcOAADTygwAVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQDawg0AQhECAKf4CgAAoggAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAgm4PAMCUAADZJgAArJwMABc8AgDmGAEA6roFALJLAgD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAO+xCQBOsQAAXZwGALKcBgAHnQYAXJ0GALGdBgAGngYA5hgBADsZAQAzbAsAIn8JAJhaDQB4KQkATrEAAD6/AgCySwIAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAACiCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgBCCwgAwDAPANkmAAB4KQkARlYOAGuUAABCCwgAzYcAAACiCABVoggAqqIIAKvxDQANOg4AVfMMAFOgDABxiAYA5hgBAOgPCAA9EAgA4xoCAIJuDwDAlAAATgUCAKMFAgCaABAAcI8AAB6ADAC3SAAAuj8GACgmBwDvsQkA+PwKAE39CgCi/QoAt0gAAE4FAgCr8Q0ADToOAFXzDACroAkAAKEJAIDPBQBv3gcATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4AU6AMAAs7DwBgOw8Av5QBABSVAQBplQEATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIACz0NAGA9DQC1PQ0ACj4NAF8+DQC0Pg0AKCYHAE4FAgCjBQIALicAANPWAABOBQIAU6AMAKigDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAKvxDQANOg4AVfMMAKMFAgCaABAAcI8AAB6ADAC3SAAAuj8GACgmBwDvsQkACD4PAD0YAACSGAAAEUMBADYdAgCroAkAAKEJABvfBQDAMA8A3McGAKOxAAAveQIAOW8CAGNFAgCHbwkAQrwBAKvxDQCdsgUA034DAK+ZDAAEmgwAWZoMAK6aDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAGuUAADAlAAAFukAAMLlAgCyQgsAeCkJAEZWDgCdYAIATgUCACfRBwAW5wIA5hgBAOMaAgCOuQ0AGo8BAGOaAgDNhwAAsksCALo/BgAoJgcA77EJAE4FAgCpSwsASlEPAJ9RDwD0UQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAdNULAMnVCwBzKA8AyCgPAB0pDwByKQ8AKdUBALJLAgC6PwYA4xoCALecAQDawg0Aq/ENABBDAgBlQwIAukMCAJ2yBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAnbIFAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAq/ENAA06DgAl2AIAetgCAOYYAQDqugUACD4PAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAFNMCwAtyQkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAq6AJAAChCQC3SAAAG48AABc8AgANkQwAwDAPANzHBgCjsQAAL3kCADlvAgBjRQIAG98FAE4FAgBToAwACD4PAEILCABOBQIARAUMAJkFDADuBQwAQwYMABuPAABHDgAAjB4AAHTVCwDJ1QsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEArkIPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BABCCwgATgUCAFOgDAAIPg8AQgsIAE4FAgBEBQwAmQUMAO4FDABDBgwAG48AAEcOAACMHgAAJ9EHABbnAgBr5wIAwOcCABXoAgBq6AIAhG4NANluDQAubw0Ag28NANhvDQAIPg8AB0sDAE6xAAD7AQMAe88KAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LALDrDgBKUQ8An1EPAPRRDwBOBQIArkIPAC3JCQC3SAAATgUCAK5CDwDZJgAATgUCAOMaAgCOuQ0ALckJAHCPAADrvAIAq6AJAGw8AgDmbAIAO20CAG/eBwBCCwgATgUCANPWAAAajwEAfScGAAxJAABOBQIArkIPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BACfRBwB6zgwAz84MACTPDAA+ZwUARK8MAJmvDAAahwkATgUCANPWAAAajwEAfScGAAxJAABOBQIArkIPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAfScGAAxJAABOBQIArkIPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BAA2RDABikQwA7rkCABqPAQBCCwgAwDAPANPWAAAajwEAfScGAAxJAABOBQIArkIPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BABqPAQBjmgIATgUCAPSqCwBbRQoAGo8BAG+PAQDvYgMARGMDAIVuDABOBQIADZEMAMAwDwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAFOgDAALOw8AYDsPAL+UAQAUlQEAaZUBAOYYAQDoDwgAPRgAALdIAABOBQIAq/ENAA06DgBV8wwAqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAdNULAMnVCwAe1gsARAUMAAdLAwBcSwMAsUsDAOYYAQDqugUAt5wBAGRCBABOsQAAa5QAAOMaAgCOuQ0ALckJAHCPAADrvAIARw4AAE4FAgCuQg8ALckJALdIAABOBQIArkIPANkmAABOBQIAq6AJAGw8AgDmbAIAO20CALdIAAD4/AoAQhECAESxCgDAlAAATgUCAA2RDABikQwA7rkCABqPAQBCCwgAwDAPAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAQgsIAE4FAgBToAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAXj8NALM/DQAIQA0AXUANALJADQAHQQ0AXEENALFBDQAGQg0AW0INALBCDQAFQw0AWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQABRw0AVkcNAKtHDQAASA0AVUgNAKpIDQD/SA0AVEkNAKlJDQD+SQ0AU0oNAKhKDQD9Sg0AUksNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAAAoJgcALckJAE4FAgAIlgwAXZYMAO65AgBO/QkAU6AMAAg+DwBdPg8Asj4PAAc/DwBcPw8AsT8PAHTVCwDJ1QsAHtYLANN+AwAofwMAfX8DABc8AgBOBQIAJ9EHAHzRBwDR0QcAJtIHAHvSBwAW5wIAa+cCAMDnAgAV6AIAnbIFAPKyBQAN5Q0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAdNULAOcMDAA8DQwARAUMAJkFDADnGAAAPBkAAEmrCwA5bwIAbDwCAEazBgDoDwgAt0gAAPj8CgCFbgwATgUCAOMaAgA4GwIAjRsCAOIbAgD0qgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIAG98FAE4FAgAn0QcAQgQPAJcEDwCySwIA+PwKAE39CgDoDwgAPRgAALdIAABOBQIADZEMAJcLCAD4og8ATaMPAOMaAgDNhwAAksEBAIweAAAn0QcAFucCAEVZDACaWQwA71kMAERaDABOBQIAdNULAOcMDAA8DQwAJ9EHAEIEDwCXBA8AOW8CALdIAAC6PwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAC6PwYAb48BAEIRAgBOBQIADZEMAN4YCQDT1gAAdNULAMnVCwAe1gsAq6AJAAChCQDPgwIAMcgGAO65AgBO/QkAo/0JANN+AwBOBQIA5hgBADsZAQAzbAsAzYcAAG/eBwAifwkAb48BAEIRAgBOBQIAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAdNULAOcMDAA8DQwAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwCr8Q0AB+kPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAABe6Q0ATgUCAHTVCwDJ1QsAHtYLAOYYAQDoDwgAPRAIADsZAQAXPAIAdNULAOcMDAA8DQwAdNULAMnVCwAe1gsAvOILABHjCwBm4wsA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgCuQg8A2SYAAE4FAgAn0QcAQgQPAJcEDwA5bwIAt0gAALo/BgBvjwEAQhECAE4FAgAbjwAARLIJAJmyCQDusgkAQ7MJAJizCQDtswkAQrQJAJe0CQCr8Q0ADToOAFXzDAAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAU6AMALJLAgCuQg8A77EJAE4FAgAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAVQAAALdIAAC6PwYAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDABuFCgBwhQoArkIPAO+xCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgANkQwA3hgJAOYYAQDqugUAGo8BAG+PAQBOBQIAJ9EHAJwOAABgQQkAtUEJAApCCQBfQgkATgUCAC3JCQCCyQkA18kJACzKCQCBygkA1soJACvLCQCAywkA1csJACrMCQB/zAkA1MwJACnNCQB+zQkA080JACjOCQB9zgkA0s4JACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAKvxDQAH6Q8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAfssLANPLCwD7oQ0AUKINAKWiDQD6og0AT6MNAK5CDwDvsQkATgUCAAiWDAAj0AwARw4AALecAQAMnQEAPmELAJNhCwDoYQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAPj8CgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIA8rIFAPX+CwBK/wsAn/8LAPT/CwBJAAwAngAMAPMADABIAQwAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwCQugoA5boKADq7CgCPuwoA5LsKADm8CgCOvAoA47wKADi9CgCNvQoA4r0KADe+CgCMvgoA4b4KADa/CgCLvwoA4L8KAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMA2sINAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBfkw0AtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIA1B0OADnCBACOwgQA48IEADjDBACNwwQA4sMEADfEBACMxAQAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAJK5CQAajwEAY5oCANrCDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgCJvA8A3rwPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIALcMPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgCCww8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBCCwgA3hgJAGuUAABHDgAAoVAOAJIYAAARQwEA+PwKAKtTAQAtxgwAxOIDAHaHAgD4/AoAhW4MABbpAADC5QIAIygKAJ2yBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAW0UKABc8AgC3SAAA+PwKAIVuDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICABnXDwAajwEA4xoCAOu4BgBsPAIAOW8CANN+AwBOBQIARAUMAJkFDADuBQwAQwYMALecAQAMnQEAUasDAKarAwDAMA8AQgsIAPsBAwDRdwwAfSYHANImBwAnJwcATgUCACfRBwDfHgIAzYcAADlvAgBjRQIAG98FAE4FAgCuQg8A4xoCADHNAQAM7gUA3McGALdIAABOBQIAowUCAHgpCQDNKQkASAoDAJ0KAwCKwAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAc30PAMh9DwD2AAkASwEJAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgB01QsAFD0EAGk9BAC3nAEA2sINAOYYAQDoDwgAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBACYBgwA7QYMAEIHDACXBwwATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAJgGDADtBgwAQgcMAJcHDAC4RgEADUcBAJdaDgDsWg4AQVsOALecAQDTfgMATrEAAM2GAQCisAIA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAG98FAPsBAwDjGAQAsJgMAAWZDABamQwAq6UEAACmBABVpgQAqqYEAP+mBABUpwQAqacEAP6nBAD0qgsA7wwEABbnAgBOsQAAzYYBAH0mBwCvmA0ATQUDAKIFAwD3BQMATAYDAKEGAwD2BgMAuu0CAA/uAgBk7gIAue4CAA7vAgBToAwAcYgGAPSqCwBbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwBT+gcADZEMABc8AgDBLw8A7rkCAE79CQCj/QkALCcCAIEnAgCr8Q0APmcFAJNnBQBrlAAAQgsIALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAGNBBgBzLQoAJXsKAHp7CgD3BgIAGo8BABc8AgBjRQIA8A4BAJ5SDwBOBQIAnbIFABc8AgBjRQIAgM8FALJLAgD4/AoAU6AMAHGIBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAAiWDAAj0AwARw4AAHaHAgC3nAEADJ0BAD5hCwCTYQsA6GELAJK5CQAj0AwARw4AAHaHAgBOBQIAU6AMAAg+DwBCCwgATgUCAPSqCwBbRQoAFzwCALdIAAAAAAAAAAAAAAAAAADLMgIAAAAAAMsyAgAAAAAAyzICAAAAAABOBQIAU6AMAAg+DwBCCwgATgUCAPSqCwBbRQoAFzwCALdIAACy6A8AAAAAAE4FAgBToAwACD4PAEILCABOBQIA9KoLAFtFCgAXPAIAt0gAALecAQAMnQEAUasDAKarAwD7qwMAUKwDAKWsAwD6rAMAq/ENAAfpDwBhSQAA8A4BAFUAAABbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwDwDgEA+lYEAFOgDACdVA4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgBToAwAb94HAMTeBwAZ3wcAbt8HAPj8CgCFbgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCAFOgDABxiAYAQhECAESxCgDmGAEATgUCAHTVCwB9JwYA0icGAA2RDADAMA8AFTEPAPYACQAARg8AVUYPAEcOAABOBQIArkIPAO+xCQAAAAAAAAAAAPsBAwCWEQMAfc0KANLNCgAnzgoAfM4KAKlLCwBKUQ8An1EPAPRRDwCr8Q0ADToOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCzQQsACEILAF1CCwCSuQkAI9AMAEcOAAB2hwIAAPINAIVuDADabgwAL28MAIRvDADZbwwALnAMAINwDADYcAwALXEMAA2RDAARNBAAa5QAAKvxDQANOg4AVfMMAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDACArCgB1KwoAyisKALlABgAOQQYAwS8PAH0nBgD4/AoAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFANUoAgAqKQIAuj8GAA9ABgBkQAYAuUAGAA5BBgBjQQYA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQCatQUA77UFAES2BQCZtgUAJ9EHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoAfx8MAIdvCQAtyQkAt0gAAPj8CgCr8Q0ADToOAFXzDAAIlgwAI9AMAEcOAABrlAAAt0gAANPWAAAoJgcAFzwCAEpeAgBOBQIAdNULAOcMDAA8DQwAG48AAHCPAAAXPAIAY0UCAIDPBQDVzwUAKtAFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAOFnDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgCdsgUAPr8CADgNEACNDRAA4g0QAC9uDQDZIwMAnA4AAOYYAQDoDwgA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAkrkJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAC7LBgCDywYA2MsGAC3MBgCCzAYA18wGAOYYAQCwSgUABUsFAFpLBQCvSwUAQgsIAOMaAgBOBQIA5hgBADsZAQAzbAsAiGwLAN1sCwDmGAEAsEoFAAVLBQBaSwUAr0sFAE6xAACjsQAA+LEAAE2yAACisgAA6roFADlvAgDBLw8AzYcAAG/eBwDmGAEAsEoFAAVLBQBaSwUAr0sFAFP6BwANkQwAFzwCAMEvDwDuuQIATv0JAKP9CQAsJwIAgScCAKvxDQA+ZwUAk2cFAGuUAABCCwgA5hgBANDYAQBwjwAAB0sDAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAF+TDQC0kw0A6AgPAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOIYBQA3GQUAjBkFAOEZBQA2GgUATgUCALecAQBkQgQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DABToAwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEAF9sNAF72AADCOAUAI9AMAEcOAAB2hwIA96kJAEyqCQChqgkA9qoJAEurCQCgqwkA9asJAEqsCQCfrAkA9KwJAFOgDAAIPg8A034DAE4FAgCuQg8A2SYAAE4FAgCr8Q0AB+kPAGFJAAC2SQAAVQAAAPYACQDcxwYAGo8BAJcGDQB4KQkAa5QAAEILCABOBQIA5hgBALBKBQAFSwUAWksFAK9LBQBT+gcACJYMACPQDABHDgAAdocCAAiWDAAj0AwARw4AAHaHAgBOBQIAkrkJANN+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2+BACSvgQAFYwJAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQC8jwkAEZAJAGaQCQC7kAkAEJEJAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoArkIPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCAKvxDQC6PwYAD0AGAGRABgBCCwgATgUCAK5CDwAtyQkA034DAEcOAABk7QMAue0DAGRCBADVKAIARw4AAGTtAwC57QMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoArkIPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCAKvxDQC6PwYAD0AGAGRABgBCCwgATgUCAK5CDwAtyQkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgCuQg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAq/ENALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQAXPAIAwS8PAGOaAgAMnQEAYZ0BANN+AwDVKAIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMI5BADjuA4AWewPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAM8rBQAkLAUAeSwFAM4sBQDmGAEAsEoFAAVLBQBaSwUAr0sFAAAAAADwDgEA+lYEAFOgDACdVA4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgBToAwAb94HAMTeBwAZ3wcAbt8HAPj8CgCFbgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCAFOgDABxiAYAQhECAESxCgDmGAEATgUCAHTVCwB9JwYA0icGAA2RDADAMA8AFTEPAPYACQAARg8AVUYPAEcOAABOBQIArkIPAO+xCQAAAAAAnlIPAD5nBQCTZwUA6GcFAD1oBQCSaAUA52gFAPAOAQD6VgQAU6AMAJ1UDgAahwkAb4cJAMSHCQAZiAkAq6AJAAChCQDPgwIAMcgGABc8AgBCCwgATgUCAFOgDABv3gcAxN4HABnfBwBu3wcA+PwKAIVuDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAU6AMAHGIBgBCEQIARLEKAOYYAQBOBQIAdNULAH0nBgDSJwYADZEMAMAwDwAVMQ8A9gAJAABGDwBVRg8ARw4AAE4FAgCuQg8A77EJAAAAAABEBQwAmQUMAPsBAwAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAJ9EHAHzRBwDR0QcADu4DAGPuAwC47gMADe8DAGLvAwAvbg0AAAAAAAAAAABHDgAAAAAAAAAAAAA9vgQAt+wGAAztBgBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMAICsKAHUrCgDKKwoAuUAGAA5BBgBjQQYA+wEDAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOGkJAI1pCQDiaQkAN2oJAIxqCQAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAU6AMANkmAAC3SAAA+PwKAIVuDABvjwEAQhECAE4FAgCr8Q0ADToOAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA9LAFAEmxBQCesQUA87EFAEiyBQAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAX0IJAPsBAwDNhwAABvgBABc8AgBjRQIAt0gAAD5nBQCTZwUAa5QAAEcOAABVAAAA9gAJAEsBCQAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIA+PwKAIVuDAAW6QAAwuUCAHvPCgDQzwoAJdAKANXPBQAq0AUAf9AFANTQBQAp0QUAftEFANPRBQAo0gUAfdIFANLSBQAn0wUAfNMFANHTBQAm1AUAe9QFANDUBQAl1QUAetUFAM/VBQAk1gUAedYFAM7WBQAj1wUAeNcFAM3XBQAi2AUAd9gFAMzYBQAh2QUAdtkFAMvZBQAg2gUAddoFAMraBQAf2wUAdNsFAM2HAAAiiAAA81kIAEhaCABCCwgATgUCAKvxDQAH6Q8AYUkAAOYYAQDqugUAP7sFAE4FAgCroAkAAKEJALdIAAA+ZwUAk2cFAGuUAABHDgAATgUCAPSqCwDMeg4ASwEJAE4FAgCroAkAAKEJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBkQgQAFD0EAEyyAQB9JwYA0icGANPWAACSuQkAGo8BAE6xAADzWQgATgUCAHTVCwDnDAwAQgsIACJ/CQDE4gMA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBekg8AhW4MABbpAADC5QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBekg8AhW4MABbpAADC5QIAa5QAAEILCAAifwkAxOIDAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOhcEAI8XBADkFwQAORgEAI4YBAAxzQEAhs0BANvNAQAwzgEAhc4BALrmCQAP5wkAZOcJALnnCQAO6AkAY+gJALjoCQAN6QkAYukJALfpCQAM6gkAYeoJALbqCQAL6wkAYOsJALXrCQAK7AkAX+wJALTsCQDNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNAPSqCwDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKAG/bCgDE2woASAoDAJ0KAwCKwAoAfx8MAIdvCQAtyQkAt0gAAPj8CgCr8Q0ADToOAFXzDAAIlgwAI9AMAEcOAAB7zwoA0M8KABvfBQBw3wUAxd8FAG03BgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBToAwA09YAAIImAgC3SAAATgUCANPWAACCJgIACucOAF/nDgBEBQwAmQUMAO4FDABDBgwA9KoLAFtFCgBHDgAA670BAL+UAQDjGgIAt5wBANrCDQCr8Q0ADToOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAJ9EHAIweAADhHgAANh8AAIsfAADgHwAAXvYAAKWjDAAZ4wMAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAEtVCgDJ1QsAHtYLAOMaAgDruAYAQLkGAJW5BgDquQYAPRgAAE4FAgAn0QcAQgQPAJcEDwCySwIAGo8BABQ9BADoDwgAKCYHAC3JCQC3SAAA+PwKAIVuDAAW6QAAwuUCAIVrDwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAyC0KAB0uCgByLgoAxy4KABwvCgBxLwoAxi8KABswCgBwMAoAxTAKABoxCgBvMQoAxDEKACfRBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQCuQg8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAQrwBABuPAABwjwAAB0sDAAb4AQBfkw0AtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0AsZYNAAaXDQBblw0AsJcNAAWYDQBamA0A6rYJAKmiCQD7pQkAUKYJAKWmCQD6pgkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgCuQg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAq/ENALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQC4QQYADUIGAGJCBgC3QgYAr5gNAASZDQBZmQ0ArpkNAAOaDQBYmg0ArZoNAAKbDQBXmw0ArJsNAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAMYtDACMHgAA3xkHANrCDQDcxwYAt0gAALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYADUIGAGJCBgC3QgYAa5QAAMCUAAAW6QAAwuUCAOwRAgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAJwOAABgQQkAtUEJAApCCQBfQgkAxDkCAH0mBwDSJgcAJycHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAIoWCgDAlAAAFukAAMLlAgA9GAAAkhgAAC/ICACEyAgA2cgIAC7JCACDyQgA2MkIAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAKvxDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAHtUMAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwBXoQcAU6AMANkmAAC3SAAA+PwKAIVuDAAn0QcAjB4AAN8ZBwDawg0A3McGALdIAAC6PwYAKCYHAO+xCQBOBQIAqUsLAEpRDwCfUQ8A9FEPANkjAwCHwwoA3MMKADHECgCGxAoA28QKADDFCgAUkAYAaZAGAL6QBgATkQYAaJEGAL2RBgASkgYAZ5IGALySBgARkwYApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAKvxDQANOg4AfSYHAFtFCgC3nAEADJ0BAGGdAQDTfgMA+wEDAAAAAABOBQIAq/ENABBDAgBlQwIAukMCAC9uDQAn0QcAes4MABqPAQB9JwYAzYcAAOMaAgC3nAEA2sINACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAOBuBgBOBQIAowUCAKycDAABnQwAVp0MAKvxDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMASAoDAJ0KAwCKwAoAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0AJ9EHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgAQjQ0AZY0NALqNDQAXPAIAh28JAByADgCfXgIAwJQAAH7LCwDTywsAFzwCAGNFAgCAzwUA1c8FACrQBQDNhwAA4xoCALecAQDawg0Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANN+AwD7AQMAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgA5wwMAFzwCAGNFAgC4RQIAmgAQAEcOAACMHgAA7LQJAEG1CQCWtQkA67UJAEC2CQCVtgkAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GANkjAwCcDgAAYEEJALVBCQAKQgkAX0IJAE4FAgCpSwsASlEPAJ9RDwD0UQ8Ar5gNAASZDQA+sRAAk7EQAOixEAA9shAAkrIQAOeyEAA8sxAAkbMQAOazEAA7tBAAyd0DAB7eAwBz3gMAyN4DAB3fAwBy3wMAx98DABzgAwAIlgwAI9AMAEcOAADjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgDGLQwA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDE3wYAMc0BAEcOAADPMAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGABCNDQBljQ0Auo0NAE4FAgDmGAEA6roFANN+AwBOBQIARAUMAJkFDADuBQwAQwYMAOMaAgCCbg8AU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCdsgUA8rIFAPX+CwBK/wsAn/8LAPT/CwBJAAwAngAMAPMADABIAQwAnQEMAPIBDACpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgA1aQwAeCgKAA06DgBV8wwAdNULAFUAAAAiiAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGABCNDQBljQ0Auo0NAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgCOuQ0AKCYHALdIAABHDgAAdocCAD5nBQBErwwAc30PAE4FAgCjBQIAFzwCAIdvCQDmGAEATgUCAEK8AQBe9gAA+wEDAPgEAwCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAIlgwAXZYMALKWDAAHlwwAq6AJAH7LCwDTywsATgUCAK5CDwAtyQkAt0gAAE4FAgCuQg8A2SYAAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQDjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgDGLQwATgUCAKvxDQANOg4AVfMMAKvxDQDNhwAAAKIIAEpeAgBOBQIAq/ENAAg+DwDTfgMATgUCAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAALZJAAALSgAAa5QAAEILCABOBQIA4xoCAOu4BgBAuQYAlbkGAOq5BgA/ugYAt5wBAM2HAACSwQEAdocCALo/BgBOsQAARw4AAIweAADNhwAAOW8CAE6xAADzWQgAyzICAIm8DwDevA8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgAtww8AgsMPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGABCNDQBljQ0Auo0NAAAAAABVAAAA9gAJAABGDwBHDgAAjB4AAM2HAAA5bwIATrEAAPNZCABVAAAAfSsCAMsyAgCJvA8A3rwPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgAQjQ0AZY0NALqNDQC3nAEAZEIEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAG4UKAIweAADhHgAAFukAAMLlAgD7AQMAt0gAAD5nBQBErwwA5mwCAEcOAABVAAAAW0UKABc8AgC3SAAA+wEDALdIAAA+ZwUARK8MAOZsAgBHDgAAVQAAAFtFCgAXPAIAt0gAAPsBAwCKFgoAwJQAABbpAADC5QIAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEACx0CgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAAfQKAFb0CgCr9AoAAPUKAFX1CgCq9QoA//UKAFT2CgCp9goA/vYKAFP3CgCo9woA/fcKAFL4CgCvmA0ABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAFacDQCrnA0AAJ0NAFWdDQCqnQ0APrEQAJOxEADosRAAPRgAAPAOAQCeUg8ATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQCzQQsACEILAF1CCwAn0QcAjB4AAOEeAAA2HwAAix8AAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEAOHEBAA2xQQAi8UEANUoAgAqKQIAPmcFAESvDADmbAIARw4AAFUAAABbRQoAFzwCALdIAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgAQjQ0AZY0NALqNDQAPjg0AZI4NALmODQAOjw0AY48NALiPDQANkA0AYpANALeQDQAMkQ0AqUsLAEpRDwCfUQ8A9FEPAMHmAgA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEADPgQQAJIIEAHmCBADOggQAI4MEAHiDBADNgwQAIoQEAHeEBADMhAQAIYUEAHaFBADLhQQAIIYEAHWGBADKhgQAH4cEAHSHBADJhwQAHogEAHOIBADIiAQAHYkEAHKJBADHiQQAHIoEAMgtCgA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAt0gAALo/BgAPQAYAZEAGALlABgAOQQYAY0EGALhBBgANQgYAYkIGALdCBgBICgMAa5QAANPWAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGABCNDQBljQ0Auo0NAO+xCQCSGAAA7gYLAEMHCwDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMAisAKAFOgDAAAoggAZEIEAO65AgBO/QkARAUMAJkFDADuBgsAQwcLAEcOAABOBQIAowUCAKycDAABnQwAVp0MAKudDAB01QsAydULAB7WCwDTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQCjsQAAG48AAEcOAAB2hwIA+PwKAE4FAgBEBQwAmQUMAO4GCwBDBwsAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAF2cBgCynAYAB50GAFydBgAb3wUATgUCANPWAACSuQkAGo8BAGOaAgDawg0AqUsLAEcOAAB2hwIAy4cCAOMaAgC3nAEAZEIEAMTiAwDfHgIAGo8BAG+PAQBCEQIATgUCAFOgDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMAfNEHANHRBwAm0gcAe9IHANDSBwAl0wcAetMHAM/TBwCr8Q0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwCr8Q0AB+kPAGFJAAAIlgwAI9AMAEcOAAB2hwIAq/ENALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgAlewoAensKAPcGAgAajwEAFzwCAGNFAgCuQg8AfSYHANImBwAnJwcATgUCAKvxDQBOsQAAVQAAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDANPWAAAajwEAfScGAAxJAABOBQIACJYMACPQDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIA9KoLALhGAQANRwEA7rkCABqPAQBCCwgAwDAPAMCUAAD7AQMA4xgEALCYDAAFmQwAWpkMAMHmAgAj2AQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAGTtAwC57QMAU/oHAKj6BwD9+gcAUvsHAKf7BwD8+wcAUfwHAKb8BwCy6A8A9QcDAE6xAABVAAAATgUCAPSqCwC4RgEADUcBAO65AgAajwEAQgsIAMAwDwDAlAAA+wEDAOMYBACwmAwABZkMAFqZDADB5gIAI9gEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAEILCACXCwgAc30PALdIAAC6PwYA7rkCAE79CQAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCuQg8AFzwCAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgDE4gMAQgsIAEcOAABOBQIAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEO5AwCYuQMA7bkDABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0ArkIPABc8AgBOBQIADZEMAN4YCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4AxOIDAE4FAgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCuQg8AFzwCAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgDE4gMAsugPAJIUBAB4KQkAzSkJACIqCQBEBQwAmQUMAO4FDABDBgwAmAYMAO0GDABCBwwAlwcMAAAAAADNhwAAAKIIAFWiCABkQgQA+wEDABc8AgDBLw8Ab48BAEIRAgBEsQoAwJQAABbpAADC5QIAa5QAAOYYAQBOsQAAPr8CACKIAADzWQgASFoIAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAMLlAgAxzQEARw4AAPsBAwDZIwMAh8MKANzDCgAxxAoAhsQKANvECgAwxQoAL24NAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACzQQsACEILAM0oCgAiKQoAdykKALlABgAOQQYAY0EGAHMtCgCr8Q0ADToOAEILCADAMA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwAH6Q8AYUkAAMaLAwAbjAMAcIwDAMWMAwAajQMAb40DAMSNAwAZjgMAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDawg0AnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwBToAwAsksCALvhDQAH6Q8AGo8BAMTiAwAZ4wMA5hgBADsZAQDmGAEA6A8IAD0YAAAxGgoAhhoKANsaCgAleQwAenkMAOYYAQDqugUAOW8CAEpeAgCfXgIAQgsIAE4FAgANkQwAwDAPAM2HAABdlgwAspYMAAeXDABclwwAsZcMAAaYDABbmAwASVQNAAg+DwBCCwgATgUCAHTVCwDnDAwAPA0MAACeDABikQwAxOIDAOFzAADjGgIAt5wBANrCDQBCCwgATgUCABuPAABwjwAAt0gAALo/BgBjmgIATgUCAKvxDQC6PwYAD0AGAGRABgBCCwgATgUCAKugCQAAoQkAt0gAAD5nBQC3nAEAZEIEALlCBACaCwUATrEAAMsyAgAtww8AgsMPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGABCNDQBljQ0Auo0NABnXDwCMHgAA4R4AADYfAACLHwAA4B8AAEILCADAMA8AzYcAAG/eBwD7AQMA3hgJANPWAAA9GAAA+wEDAJK5CQAj0AwARw4AAHaHAgC3nAEADJ0BADYUCwCLFAsA4BQLADUVCwD2AAkASwEJABbpAADC5QIA0XcMAH0mBwDSJgcAJycHAE4FAgAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAJ9EHAEIEDwCXBA8AsksCABuPAABHDgAATgUCAJK5CQA1aQwA3McGAEpeAgCfXgIAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAN1vCAAycAgAh3AIANxwCAAxcQgAhnEIANtxCAAwcggAhXIIANpyCAAvcwgAhHMIANlzCAAudAgAg3QIAMiECAAdhQgAcoUIAMeFCABCCwgATgUCAK5CDwAtyQkAt0gAAE4FAgDT1gAAgiYCABqPAQB9JwYAuj8GAG+PAQBCEQIATgUCAKMFAgCsnAwAFzwCAE4FAgCuQg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAEsBCQBsPAIAsksCALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAEUNAwDQ2AEAt0gAAM2HAACySwIA+PwKAK5CDwB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAE4FAgCr8Q0Auj8GAA9ABgBkQAYAQgsIAE4FAgCuQg8ALckJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQAzbAsAIn8JAJhaDQDTfgMATgUCAJ2yBQDysgUA9f4LAHCPAAC3SAAA+PwKAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoA09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAJK5CQAj0AwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAASfBwAAAAAAt5wBAPsBAwBICgMAnQoDAIrACgAIlgwAI9AMAEcOAAB2hwIARw4AAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQB01QsAydULAB7WCwC84gsAEeMLAGbjCwD0qgsAW0UKALBFCgBQAgMApQIDAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDRKQUAFzwCAGNFAgCAzwUAsksCAPj8CgAn0QcAjB4AAEcOAADrvQEAv5QBACgmBwC3nAEAt5wBAE4FAgAIlgwAI9AMAEcOAAB2hwIAXvYAAKWjDAA9vgQAq/ENAD5nBQCTZwUAa5QAAEILCABOBQIAowUCAKycDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADTfgMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAAO4GCwBDBwsARw4AANkmAAA5xQEAjsUBAOPFAQDAMA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAF+TDQC0kw0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACroAkAAKEJAIDPBQDVzwUAKtAFAE4FAgBToAwACD4PANN+AwBOBQIAnbIFAPKyBQBHswUAIs8OAHfPDgAiiAAAGocJAE4FAgD0qgsAW0UKABqPAQBvjwEAsksCAEcOAAD7AQMASAoDAJ0KAwCKwAoA38AKAIweAADhHgAANh8AAIsfAADgHwAA4G4GAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBANrCDQCjBQIArJwMABc8AgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMARw4AAIweAADhHgAANh8AAIsfAADgHwAA4G4GADVvBgDhHgAAFukAAMLlAgCMHgAA4R4AABbpAADC5QIAr5gNAASZDQBZmQ0ArpkNAAOaDQBYmg0ArZoNAAKbDQBXmw0ArJsNANUoAgAXPAIAY0UCALhFAgCaABAARw4AAIweAACq8wwAX0kCADu8CACQvAgATgUCACfRBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgCSuQkAI9AMAC3JCQBHDgAAjB4AAMMwDAC9NgwAFzwCAMEvDwDuuQIATv0JAKP9CQDLMgIAibwPAMCUAAAW6QAAwuUCAMsyAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCAK+YDQAEmQ0AIocBAHeHAQDgZQ8AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAq/ENAAfpDwBhSQAAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BAO9iAwBOBQIAG48AABc8AgC3nAEA+wEDAEwJAACSuQkA57kJADy6CQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEAkBkBAE4FAgCroAkAfssLANPLCwD7oQ0AUKINAKWiDQD6og0Aa5QAAMCUAADmGAEATLIBAMTiAwDrvQEAv5QBACgmBwDvsQkATgUCAA2RDADAMA8APRgAAAdLAwBrlAAAQgsIAE4FAgDT1gAAkrkJABqPAQBjmgIA2sINAKvxDQA+ZwUA034DABqPAQBvjwEAQhECAE4FAgCr8Q0ADToOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAq/ENAAfpDwBhSQAAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEADZEMABE0EABmNBAAuzQQABA1EABlNRAAujUQAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBn5QgAKCYHAASfBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOMYBACwmAwABZkMAFqZDAA5Dw0AkrkJABqPAQBjmgIA2sINAKMFAgAuJwAAt0gAAE6xAADzWQgAGo8BAG+PAQBCEQIATgUCACfRBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABToAwAc30PABqPAQBOBQIA7rkCAE79CQCj/QkAxi0MAL+UAQAoJgcA77EJAPsBAwAajwEAY5oCANrCDQA9GAAAkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAAAAAAFz2AgCx9gIARAUMAJkFDADnGAAAAKQGAFWkBgA7DwsAkA8LAOUPCwCjBQIAeCkJAM0pCQAiKgkArkIPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgCpSwsA/ksLAFNMCwCoTAsA/UwLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAH7LCwDTywsAAAAAAEILCADeGAkAMxkJAIgZCQDdGQkAMhoJALBGCQAFRwkAWkcJAK9HCQAEnwcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIAyzICABnXDwCcDgAAYEEJAJgGDAB4KQkARlYOAJ1gAgBOBQIAU6AMAHGIBgDuuQIAQ7oCAJi6AgBkQgQAQgsIAE4FAgANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwDuuQIAGo8BABc8AgCHbwkA77EJAOYYAQDoDwgAPRgAANPWAAAoJgcAFzwCAEpeAgDhZwwAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUAIs8OAHfPDgDMzw4AIdAOAHbQDgDL0A4ATgUCAKugCQB+ywsA08sLACjMCwB9zAsA0swLACfNCwD1pw0ASqgNAD5nBQBErwwAsksCAPj8CgBCEQIATgUCAHTVCwDnDAwAPA0MAKlLCwAajwEAfScGAAxJAABhSQAAxosDAE4FAgBEBQwAmQUMAO4FDABDBgwAq6AJAH7LCwDTywsA+6ENAFCiDQClog0A+qINAE+jDQCuQg8AFzwCAE4FAgDmGAEATLIBAMTiAwDPMAAAzYYBAKKwAgDZJgAAeCkJAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAIDPBQCySwIA+PwKAA2RDADeGAkAMxkJAIgZCQDdGQkAMhoJAJpcCQD0qgsAuEYBAA1HAQDuuQIAGo8BAEILCADAMA8AKCYHACgmBwC3SAAAt5wBANrCDQBHDgAA670BAE4FAgANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkARAUMAJkFDADuBQwAQwYMAJgGDADtBgwAQgcMAJcHDAANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgAajwEAzYcAAACiCABOBQIAq/ENAE6xAABVAAAA+wEDAE4FAgDjuA4AWewPAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBe9gAAAAAAAD2+BAAOOA8ArJwMABc8AgC3SAAAuj8GAO65AgBO/QkA3xkHANN+AwBOBQIAq6AJAAChCQBVoQkAqqEJAP+hCQBUogkATgUCAHTVCwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA4xgEANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgBICgMAnQoDAMuCBwDjuA4Aa5QAAKtTAQAtxgwAxOIDAHaHAgC6PwYAb48BAEIRAgBOBQIADZEMAN4YCQDmGAEA6roFABqPAQBn5QgAvOUIABHmCABm5ggAu+YIABDnCABl5wgAuucIAA/oCABk6AgAuegIAA7pCABj6QgAuOkIAA3qCABi6ggAt+oIABc8AgBjRQIAuEUCAJoAEABHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAAAbjwAAcI8AAAdLAwAG+AEA+wEDAAAAAADjGgIAt5wBANrCDQCr8Q0ADToOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAq/ENAE6xAABVAAAA+wEDAAAAAAC3nAEARw4AAPsBAwAAAAAAJ9EHAOu9AQBAvgEA+wEDAAAAAAA9GAAAPRgAAGuUAADcxwYAt0gAALo/BgAoJgcA77EJAE4FAgCroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDKgQkAt0gAALo/BgAPQAYAZEAGAEILCADeGAkALckJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAJHYQAFtFCgCwRQoABUYKAF72AADCOAUAI9AMAEcOAAB2hwIAF9sNAKugCQAAoQkAgM8FANXPBQAq0AUATgUCAA2RDACXCwgA+KIPAE2jDwDjGgIAzYcAAJLBAQCMHgAAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAFOgDACySwIAG48AALecAQBCCwgATgUCAEQFDACZBQwA7gUMAEMGDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAFzwCAGNFAgC4RQIAmgAQAEcOAACMHgAAwDAPAMCUAAAW6QAAwuUCAGuUAADAlAAAFukAAOQRCgA5EgoA5xgAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADC5QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIALcMPAILDDwCisAIAOcMDAI7DAwDjwwMAOMQDAF6SDwCzkg8ACJMPAF2TDwCykw8AB5QPAFyUDwCxlA8AX5MNALSTDQAJlA0AXpQNALOUDQAIlQ0AXZUNALKVDQAHlg0AXJYNALGWDQAGlw0AW5cNALCXDQAFmA0AWpgNACgmBwBHDgAATgUCAKlLCwBKUQ8An1EPAPRRDwAAAAAAAAAAAAAAAAD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEALcYMACgmBwDvsQkATgUCAKugCQAAoQkAVaEJAKqhCQD/oQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACABE0EABwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAU6AMAOMaAgBCEQIARLEKAN8ZBwDawg0AkrkJAD0YAABrlAAAq1MBAC3GDAAAAAAAPRgAAE4FAgCroAkAAKEJAJK5CQAbjwAARw4AAOFzAABv3gcARw4AAOu9AQC/lAEAKCYHAO+xCQBrlAAAq6AJAMEvDwCXBg0AeCkJABuPAAC3SAAAzYcAALJLAgAAAAAAKCYHAE4FAgCroAkAAKEJAM+DAgAkhAIARw4AAOFzAABv3gcAPRgAAJIYAAD7AQMAihYKAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgBrlAAA3McGADHIBgCGyAYA28gGADDJBgCFyQYA2skGAC/KBgCEygYA2coGAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAE4FAgCr8Q0Auj8GAA9ABgBkQAYAQgsIAE4FAgCuQg8ALckJALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQBFtQUAmrUFAO+1BQBEtgUAmbYFABnXDwCcDgAAYEEJALVBCQAKQgkAX0IJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoA38AKADTBCgCJwQoA3sEKADPCCgCjBQIAeCkJAM0pCQAiKgkArkIPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIAAKIIANrCDQDAlAAAFukAAMLlAgAoJgcAKCYHALecAQBOBQIAq/ENALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQC3SAAATgUCANPWAACSuQkAGo8BAGOaAgDawg0A09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIAU6AMAAg+DwBdPg8ArkIPAH0mBwDSJgcAJycHAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAd3sNAMx7DQAhfA0AdnwNAMt8DQAgfQ0AdX0NAMp9DQAsJwIAgScCAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAq/ENALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQC3SAAATgUCAFOgDADZJgAAt0gAAPj8CgCFbgwA2sINAMCUAAAW6QAAwuUCAIVrDwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgDhaQoANmoKAItqCgDgagoANWsKAIprCgDfawoANGwKAIlsCgDebAoAM20KAF72AADT1gAAgiYCABqPAQB9JwYAlhICABc8AgBjRQIAgM8FALJLAgD4/AoAnVQOAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwCuQg8A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwCpSwsAxyoOAABUAQBVVAEAyNUMAB3WDABy1gwAx9YMABzXDADT1gAAkrkJADVpDAA9GAAATgUCAKvxDQA+ZwUA034DABqPAQBvjwEAQhECAE4FAgCr8Q0ADToOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQBHDgAATgUCAJ2yBQDysgUA9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACdAQwA8gEMAFOgDACdVA4AAAAAABuPAAAajwEAFzwCAGNFAgAb3wUATgUCAKMFAgAXPAIAh28JAOYYAQBOBQIAq/ENAAfpDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA034DABqPAQBvjwEAQhECAE4FAgANkQwAlwsIAPiiDwBNow8A4xoCAM2HAACSwQEAjB4AAHd7DQCdVA4AAAAAABuPAAAajwEAFzwCAGNFAgBToAwAcYgGAKugCQAAoQkARw4AAJwOAAAtyQkAFzwCAE6xAABrlAAAowUCABc8AgCHbwkA5hgBAE4FAgB01QsAfScGAEcOAABOBQIA9KoLALhGAQDBLw8AFD0EAOq6BQA5bwIA034DAE4FAgCjBQIA+AUCACKIAAAahwkAxDkCABc8AgDTfgMATgUCAK5CDwAXPAIATgUCACfRBwCcDgAALckJABc8AgBOsQAAPRgAAGuUAACrUwEA+wEDAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAU6AMAJ1UDgAAAAAAG48AABqPAQAXPAIAwS8PAG+PAQBCEQIATgUCAFOgDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAa5QAALdIAADNhwAAb94HAEILCAAXPAIAwS8PAG+PAQDZJgAArJwMAE4FAgCpSwsA/ksLAFNMCwARQwEA2SYAAKycDAABnQwAVp0MAKudDADNhwAAGo8BANUoAgDNhwAA/50NAKf4CgD8+AoAb48BALLrDAA+ZwUARK8MAOZsAgBHDgAAoVsDAM2HAACySwIA+PwKAAiWDAAj0AwARw4AAHaHAgBOBQIARAUMAF9JAgC0SQIACUoCAOcYAAAApAYAVaQGADsPCwCQDwsA5Q8LADoQCwCPEAsA5BALAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAxOIDAOMaAgCCbg8AkrkJAM2HAADuuQIAGo8BAG+PAQAA8g0ATf0KAKL9CgD3/QoATP4KAKH+CgD2/goAS/8KAKD/CgD1/woASgALAJ8ACwD0AAsASQELAGKRDAB3fwkAzH8JACGACQAbjwAAQgsIAKugCQAAoQkAgM8FAG/eBwBOBQIAG48AAEILCAAAAAAAKCYHAE4FAgCr8Q0Auj8GAA9ABgBkQAYAuUAGAA5BBgCSuQkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIA1SgCAEIRAgBEsQoAmbEKAO6xCgBDsgoAmLIKAO2yCgBjRQIARw4AAOu9AQCMHgAARw4AAPsBAwBCEQIARLEKAJmxCgDusQoAQ7IKAJiyCgDtsgoAQrMKAJezCgDsswoAQbQKAJa0CgCjBQIArJwMABc8AgCuQg8AFzwCAE4FAgAn0QcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAARAUMAJkFDADuBQwAQwYMAEpeAgBPpgoAkhgAANPWAACSuQkAI9AMAEcOAAB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCqpAYA/6QGAFSlBgCppQYA/qUGAFOmBgBToAwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgCsnAwAAZ0MAFadDAB9JgcA0iYHACcnBwBOBQIAq/ENAE6xAABVAAAATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwDNhwAAGo8BAGuUAADAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAa5QAAOYYAQBVAAAAW0UKABc8AgBsPAIAOW8CANN+AwBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DAB01QsAydULAB7WCwBEBQwAX0kCALRJAgAJSgIAq6AJAAChCQBHDgAAnA4AALecAQAbjwAAt0gAALo/BgAoJgcAQgsIAMAwDwA9GAAAX0kCALRJAgAJSgIARAUMAJkFDAAXPAIATgUCACfRBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIA9KoLALhGAQANRwEA7rkCABqPAQBCCwgAwDAPAE6xAADzWQgATgUCAAiWDAAj0AwARw4AAHaHAgBOBQIAdNULAOcMDAA8DQwASl4CAE+mCgCSGAAA09YAACgmBwAcgA4AG48AAFUAAABOBQIAowUCAPgFAgBNBgIAJXkMAHp5DACiBgIAB0sDACgmBwDLMgIALcMPAPNZCADNhwAACD4PAD0YAABrlAAA3xkHAEcOAADLMgIAy88PACDQDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgBO/QkAQgsIAJcLCABv3gcAQgsIABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwBICgMAX0kCALRJAgAJSgIAvuEKABPiCgBo4goAveIKABLjCgBn4woAvOMKABHkCgBm5AoAu+QKABDlCgBl5QoAuuUKAA/mCgBk5goAueYKAA7nCgBj5woATgUCAKWjDACcDgAAYEEJALVBCQAKQgkAX0IJAKv1CQBwLwsAxS8LABowCwCFbgwAFukAAMLlAgCpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgBOBQIAU6AMAHGIBgBEBQwAa5QAANPWAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMA+wEDAEK8AQB50gkAztIJACPTCQB40wkAzdMJACLUCQB31AkAzNQJAMXbCQAAAAAAAAAAAAAAAAC+4gkAE+MJAGjjCQC94wkAEuQJAGfkCQC85AkAEeUJAAAAAAAAAAAAZuUJALvlCQAQ5gkAwjkEAAX0BgBa9AYAowUCAKycDAABnQwAVp0MAPsBAwDjGAQAOBkEAEqlEACfpRAA9KUQAEmmEADNhwAA4xoCALecAQDawg0AowUCAHgpCQDNKQkAIioJAEQFDACZBQwA7gUMAEMGDACYBgwA7QYMAEIHDACXBwwAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAPsBAwBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQCuQg8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIA47gOAPsBAwAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAAMEvDwBvjwEAQhECAE4FAgCr8Q0Auj8GAA9ABgBkQAYAQgsIAE4FAgCuQg8ALckJALdIAABOBQIAU6AMANkmAAC3SAAA+PwKAIVuDAAEnwcAPr8CAJO/AgD7AQMAU6AMAACiCABVoggAqqIIAOMaAgDruAYAQLkGAJW5BgDquQYAP7oGAGjmBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAG4UKAHCFCgBToAwAqKAMAP2gDABSoQwA3hgJANPWAABCCwgAETQQALecAQDawg0APRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIASAoDAJ0KAwCKwAoA5hgBADsZAQAzbAsAiGwLAN1sCwAybQsARAUMAF9JAgC0SQIACUoCAEILCADmGAEAOxkBADNsCwCIbAsA3WwLADJtCwBEBQwAX0kCALRJAgAJSgIAQgsIAOYYAQA7GQEAM2wLAIhsCwDdbAsAMm0LAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwC3nAEADJ0BAFGrAwCmqwMATgUCABuPAAAXPAIAt5wBAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQB01QsAFD0EAGk9BAC+PQQAEz4EAGg+BABOBQIAqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAowUCAKycDAAXPAIATgUCAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwAsJwIAgScCAMCRAwAVkgMAapIDAL+SAwCjBQIArJwMAAGdDABWnQwAq50MAHTVCwB9JwYA0icGAHTVCwDJ1QsAHtYLAHPWCwBxiAYA9KoLAEmrCwCeqwsA86sLAEisCwCdrAsA8qwLAMsyAgAxzQEARw4AAJwOAADmGAEA6roFALJLAgBOsQAA81kIABqPAQBvjwEAQhECAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAowUCAKycDAAXPAIATgUCAPAOAQBrMg0AJHYQAHl2EABEBQwAmQUMAO4FDABDBgwA9KoLALhGAQBjRQIAuEUCAHgpCQCXrw4Aa5QAAEILCABOBQIA09YAABqPAQB9JwYADEkAAE4FAgAAAAAATgUCAK5CDwAXPAIATgUCALKUDgAAAAAATgUCAK5CDwAXPAIATgUCALKUDgAHlQ4Ad3sNAHGIBgANkQwAwDAPABUxDwD2AAkAAEYPAFVGDwDAMA8APRgAAE6xAABVAAAAqgAAAJqvCwDvrwsARLALAJmwCwDusAsA5hgBAOq6BQAIPg8AA/sBAM2HAAAAoggAVaIIACKIAABKXgIAxN8GAP+dDQBEsQoACJYMAF2WDACylgwAB5cMAEQFDACZBQwA7gUMAEMGDADjGgIAgm4PAGuUAAA9GAAATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQANrCDQBCCwgAyzICAE4FAgCr8Q0APmcFANN+AwBOBQIAq/ENAA06DgBV8wwAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAHTVCwB9JwYA+wEDAEgKAwAkdhAAeXYQAM52EAB01QsAydULAJhXEADtVxAAQlgQAJdYEADsWBAA9KoLALecAQDawg0AL8MNAJLBAQCMHgAAq6AJAH7LCwDTywsATgUCAEwJAAA9GAAAJHYQAHl2EADOdhAAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQABuPAABwjwAAt0gAALo/BgAPQAYAZEAGAGuUAADAlAAAFukAAMLlAgC3nAEADJ0BAFGrAwCmqwMATgUCACfRBwB6zgwATrEAAPNZCABOBQIAowUCAHgpCQDNKQkAIioJAOO4DgA4uQ4AQhECAESxCgDmGAEATgUCABqPAQBvjwEATgUCAFOgDAAIPg8A034DAE4FAgCuQg8A2SYAAE4FAgCr8Q0AB+kPAGFJAAC2SQAAnA4AAC3JCQAXPAIATrEAAGuUAAC3nAEADJ0BAD5hCwCTYQsA6GELAOi/AgDTfgMATgUCAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAOxYEADawg0AQgsIAE4FAgBCEQIARLEKAOYYAQCr8Q0AB+kPAGFJAABCEQIARLEKAOYYAQBHDgAATgUCAFOgDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEADZEMABc8AgDBLw8A7rkCAE79CQCj/QkATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAowUCAKycDAAXPAIATgUCADHNAQBCCwgA4xoCAE6xAAChUA4AkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEABJ8HAKOxAAAveQIAhHkCANl5AgBCCwgAwDAPANkmAADZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgCooAwAt0gAALo/BgCXBg0AOcUBACKIAAAahwkAG48AABc8AgCr8Q0ADToOAFXzDACjBQIAeCkJAEZWDgCdYAIAd9oDAMzaAwAh2wMAdtsDAMvbAwAg3AMAddwDAMrcAwDjGgIAgm4PAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQBCCwgA+wEDAD0YAACSGAAAEUMBADYdAgCyQgsAB0MLAFxDCwCxQwsAowUCAJoAEABwjwAAHoAMALdIAAC6PwYAKCYHAO+xCQC3SAAA+PwKAD0YAABHDgAAv5QBACgmBwDvsQkAxOIDABnjAwCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIATgUCAKlLCwDHKg4AlAoMAOkKDAA+CwwAkwsMAOgLDAA9DAwAkgwMAA2RDAAXPAIAwS8PAO65AgBO/QkATgUCAJYSAgDrEgIAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwD7AQMAowUCAKycDAAXPAIATgUCAPSqCwBCCwgA3hgJAE4FAgB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAt5wBAAydAQBRqwMApqsDAMAwDwCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIAG98FAE4FAgDmGAEAOxkBADNsCwCIbAsA3WwLADJtCwD0qgsAuEYBAA1HAQDuuQIAGo8BAEILCADAMA8ARw4AAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAQhECAJcRAgBOBQIAowUCAHgpCQDNKQkAIioJAEcOAABOBQIAdNULAMnVCwAe1gsARw4AAFUAAAD2AAkA3McGANkmAAA5xQEAjsUBAOPFAQDjuA4A1SgCAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAIm+DQAHSwMAb48BAEIRAgD7AQMAPRgAAJIYAAARQwEAxowCAGgzDwAvbg0AQgsIAMAwDwAVMQ8AajEPAL8xDwAUMg8AaTIPAL4yDwATMw8A+wEDAEcOAAB2hwIAPmcFAJNnBQBOsQAAt0gAAPsBAwAXPAIAY0UCAM+DAgAxyAYA7rkCAE79CQCj/QkAbDwCAOMaAgC3nAEA2sINAMMwDAAYMQwAbTEMAMIxDAAXMgwATrEAAM2GAQAXPAIAY0UCAMMwDAAYMQwAbTEMAMIxDAAXMgwAbDIMAMEyDAAWMwwAazMMAMAzDAAVNAwAajQMAH/UAQDU1AEADPECAGHxAgDawg0AwzAMABgxDABtMQwAwjEMABcyDABsMgwAwTIMABYzDABrMwwAwDMMABU0DABqNAwAVQAAAKoAAAA5bwIAxi0MAIweAAAvbg0AG48AAEcOAACMHgAA4R4AABWVAABrlAAAwJQAABbpAADC5QIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIA+wEDAACqAABVqgAAqqoAAMaMAgBoMw8AL24NAEILCADAMA8AFTEPAGoxDwC/MQ8AFDIPAGkyDwC+Mg8AEzMPAPsBAwBHDgAAdocCAPj8CgBN/QoA6A8IAKtTAQAtxgwA+wEDAEIRAgDmGAEA6A8IAD0YAAC3SAAAzYcAALJLAgC6PwYAKCYHAO+xCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAA7VsMAKf4CgDjGgIA67gGALJLAgDNhwAAAKIIAE4FAgCpSwsASlEPAJ9RDwD0UQ8AAKIIAPsBAwBKXgIA4WcMADZoDACLaAwA4GgMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAHN9DwBOBQIArkIPAC3JCQC3SAAATgUCAK5CDwDZJgAATgUCAOYYAQDoDwgAPRAIADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgA7vAgA+PwKAEILCABOBQIA4xoCANN+AwBOBQIAU6AMAAg+DwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgD0qgsAuEYBAA1HAQAwwwwAhcMMANrDDABCEQIAlxECAK5CDwAcgA4AJXkMAHp5DAD4+wsATfwLAKMFAgD4BQIA5mIMADtjDACQYwwA5WMMADpkDACPZAwA5GQMADllDAD0qgsASasLADlvAgDGLQwAjB4AAKlLCwBKUQ8An1EPAPRRDwBOsQAAPr8CADgNEABCEQIAkrkJAOe5CQB01QsAydULAB7WCwC84gsAEeMLAFzpDwBjRQIAgM8FAG/eBwBOBQIAAAAAAG6FDABOBQIAkrkJAM2HAAAIPg8AQgsIALecAQDawg0AQgsIAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDAFOgDACySwIAU6AMALJLAgAAAAAADpAMAE4FAgBCCwgAIn8JAJhaDQDtWg0AQlsNAJdbDQD7AQMA4xoCANN+AwC3SAAA+PwKAPgEAwDzWQgAzYcAADlvAgCSuQkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCAEpRDwCfUQ8A9FEPAD0YAAC3SAAAzYcAAAb4AQBOBQIAqUsLAEpRDwCfUQ8A9FEPACgmBwAtyQkAcI8AAOu8AgANkQwAwDAPALdIAAD4/AoA3McGALdIAAD4/AoAzYcAADlvAgBjRQIADZEMAMAwDwC3SAAA+PwKANzHBgC3SAAA+PwKAEcOAAC/lAEAFJUBAGmVAQC+lQEAjmUMAONlDABOBQIA4xoCANN+AwBOBQIAJ9EHAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAMTiAwCMHgAA4R4AAGNFAgAxzQEADO4FANzHBgC3SAAAuj8GACgmBwDmGAEA6roFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAKugCQAAoQkAz4MCAPj6DAA9GAAAt0gAAE4FAgCdsgUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgA9vgQA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgCdsgUA8rIFAOgIDwA9CQ8AkgkPAOcJDwA8Cg8AkQoPAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwDHKg4AHCsOAHErDgDSJwYAnbIFAPKyBQAihwEABJ8HAGuUAABHDgAA670BAMsyAgCJvA8A3rwPAC3GDACCxgwAGo8BAH0nBgD4/AoAQgsIAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAJ2yBQDysgUAIocBAHeHAQAbjwAA4xoCALdIAAD4/AoAw9oMABjbDADI1A0A2SYAADnFAQCOxQEA48UBANPKDAAoywwAfcsMANLLDAAnzAwAKCYHACgmBwAcgA4Aq/ENALo/BgAPQAYAZEAGAEILCABOBQIArkIPAC3JCQC3SAAATgUCAHTVCwDJ1QsArkIPANkmAABrlAAAQgsIAMAwDwBCCwgATgUCAKvxDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAHtUMAHPVDABHDgAAdocCAKvxDQC6PwYAD0AGAGRABgBCCwgATgUCAK5CDwAtyQkAt0gAAE4FAgB01QsAydULAPUHAwDXyAoAVfINAG3bDADC2wwAF9wMAGzcDADB3AwAFt0MAGvdDADA3QwAFd4MAGreDAAJ6gwAXuoMALPqDAAI6wwA9QcDALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAU6AMANkmAAC3SAAA+PwKAIVuDACr8Q0ADToOAFXzDADjGgIAgm4PAFOgDAAIPg8AXT4PAHTVCwDJ1QsAmFcQAO1XEABCWBAACD4PAE6xAABrlAAArkIPANkmAABOBQIAqUsLAEpRDwCfUQ8A9FEPAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgAcKw4AxOIDAKlLCwDHKg4AHCsOAMTiAwBEBQwAmQUMAOcYAACpSwsASlEPAJ9RDwD0UQ8ASlEPAJ9RDwD0UQ8Aa5QAABqPAQDuuQIATv0JAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEA+fkMAE76DACj+gwATgUCABuPAABwjwAA09YAAIImAgDXJgIA+PwKAEILCABOBQIAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAQgsIAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgD3BgIATAcCAKEHAgD2BwIATgUCACfRBwB6zgwATrEAAE6xAABrlAAARw4AANPWAACCJgIACucOAF/nDgBEBQwAmQUMAO4FDABDBgwAix0CAMcqDgD3BgIATAcCAKEHAgD2BwIASwgCAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAAAAAAD0YAAAHSwMAXEsDAKvxDQANOg4AVfMMAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAA2RDABikQwAd38JAK5CDwB9JgcA0iYHAPSqCwAajwEAb48BACfRBwBCBA8AlwQPADlvAgCroAkAAKEJAIDPBQDVzwUAes4MAE6xAABOsQAAa5QAAGuUAADjGgIAgm4PAFOgDADjGgIAt5wBAIDPBQBv3gcATgUCAPSqCwC4RgEADUcBAJdaDgDsWg4AQVsOAJZbDgDrWw4ArkIPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgC6PwYAa5QAAEcOAABOBQIArkIPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgA9GAAAkhgAAMuCBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQD6VgQArkIPAOMaAgAxzQEADO4FANzHBgC3SAAATgUCAAiWDABdlgwAspYMAAeXDABEBQwAmQUMAOcYAABToAwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQDoDwgAt0gAAAxJAAAj0AwAQgsIAE4FAgDawg0AQgsIAE4FAgBHWAsAKCYHAH0mBwC3SAAAuj8GACgmBwDvsQkA+wEDABuPAABwjwAA09YAACjXAABsPAIAc30PAF72AAAI9gEAR1gLAJxYCwCuQg8A77EJAE4FAgBToAwAcYgGAEdYCwA9GAAAkhgAAMuCBwBrlAAAR1gLAJxYCwDuuQIAQ7oCAJi6AgDtugIAdNULAMnVCwDEjwEAKCYHAByADgCfXgIA09YAABqPAQB9JwYADEkAAD5nBQB+ywsAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCAACiCABHDgAARAUMAAdLAwBToAwACzsPAGA7DwC1Ow8ACjwPAF88DwBvjwEAQhECAKlLCwBKUQ8An1EPANUoAgDNhwAAksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAlwYNANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAADjuA4AWewPAFOgDACdVA4AGocJABuPAADNhwAAAKIIACwnAgCBJwIAAe8PAFbvDwCk9g8A+fYPAE73DwCj9w8A+PcPAE34DwCi+A8APb4EAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDABHWAsAt0gAAD5nBQB+ywsAa5QAAEdYCwDZJgAAOcUBAACiCABHDgAAjB4AAEdYCwCy6wwAPmcFAH7LCwC3SAAADEkAANN+AwCYBgwA+AUCAACiCABHDgAAFucCAPsBAwD7AQMAA5sMAFibDACtmwwAApwMAFecDABkjwwAuY8MAK5CDwAXPAIATgUCAEQFDABrlAAAzYcAADlvAgBOBQIAqUsLAP5LCwBCCwgATgUCAK5CDwDZJgAATgUCAHTVCwDJ1QsAJHYQAAufAAANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIAxyoOABwrDgDE4gMAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAfssLANPLCwAozAsAfcwLANLMCwAnzQsAfM0LAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD1BwMAuj8GAA9ABgBkQAYAQgsIAE4FAgCuQg8ALckJALdIAABOBQIA09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIArkIPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCADAlAAAFukAAMLlAgCvmA0ABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAFacDQCrnA0AAJ0NAFWdDQCqnQ0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBABCEQIAQhECABc8AgBjRQIAQhECAKf4CgCySwIA+PwKAGuUAADAlAAAFukAAMLlAgA9GAAAB0sDAG+PAQBCEQIATgUCACfRBwCMHgAA3xkHANrCDQDcxwYAt0gAAPj8CgBCCwgATgUCAKvxDQAA8g0AVfINABXcDgAn0QcAQgQPAJcEDwA5bwIAt0gAAFUAAADL1AoAINUKALdIAACx9gIAq6AJAAChCQCAzwUAksEBAJwOAADvsQkA+wEDADoYAwCPGAMA5BgDADkZAwCOGQMA4xkDADgaAwCNGgMA4hoDAC3JCQC3SAAAVQAAAAufAAC3SAAATgUCAKMFAgAXPAIAh28JAOYYAQBOBQIAJ9EHALk4DgAOOQ4AGo8BAJ2yBQCjsQAA2sINAC/DDQAA8g0AVfINAOIPDgA3EA4ALhgPAIMYDwDYGA8ALRkPACgmBwAXPAIASl4CAJ9eAgBCCwgATgUCAKvxDQAA8g0AVfINAOIPDgA3EA4ALhgPAIMYDwDYGA8ALRkPADlvAgBrlAAAQgsIAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwBrlAAAzYcAAEpeAgCfXgIAQgsIAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwCjBQIA+AUCAE0GAgCiBgIA1B0OACkeDgB+Hg4AkLcNAOW3DQA6uA0Aj7gNAOS4DQA5uQ0At5wBANrCDQAvww0AhMMNAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwAMnQEA09YAAE4FAgCr8Q0AAPINAFXyDQDiDw4ANxAOAC4YDwCDGA8A2BgPAC0ZDwBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgCroAkAAKEJAEcOAADTygwAt5wBALdIAABOBQIAJ9EHAHrODAAuGA8AgxgPANgYDwAtGQ8AAAAAABfbDQBOBQIAowUCAPgFAgBNBgIAmFsMAKlLCwBKUQ8An1EPAPRRDwDvsQkAa5QAACfRBwCMHgAAXukNALPpDQAI6g0ATgUCAK5CDwCr8Q0AAPINAATuDQBZ7g0Aru4NAAPvDQBY7w0Are8NAE4FAgCuQg8At5wBALecAQDawg0A3McGALdIAAC6PwYAb48BAP8AAAApHQ8ARw4AAE4FAgCmoA4AbNsNALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQAzbAsAiGwLAN1sCwAybQsAzYcAADlvAgBCCwgA3hgJANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAA+PwKAMPaDAA7DQ0AkA0NAOUNDQA6Dg0Ajw4NAOQODQCMHgAARw4AAAAAAAAAAAAAKB8OAH0fDgDSHw4AJyAOAF72AAClowwAPb4EAA44DwBjOA8AuDgPAKIGAgAAAAAAnbIFAPKyBQBHswUA9vsNAEv8DQCg/A0ARw4AAJwOAAC3nAEA2sINAMsyAgC3nAEADJ0BAOa0DwBvjwEA2SYAANPWAACCJgIAib4NAIm8DwDAlAAAFukAAMLlAgBCCwgAwDAPAOMaAgA4GwIAxjcCAD5nBQBErwwAma8MAO65AgBDugIAmLoCAGRCBABCCwgAlwsIAPiiDwC6PwYAKCYHAO+xCQBOBQIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIADZEMAMAwDwAVMQ8AajEPAL8xDwAUMg8AaTIPAL4yDwC6PwYAKCYHAO+xCQBOBQIA09YAAIImAgCJvg0AB0sDAG+PAQBCEQIAJ9EHAHrODAAajwEAfScGAPj8CgDD2gwA+wEDAKvxDQAA8g0AVfINAOIPDgA3EA4AjBAOAOEQDgA2EQ4AowUCAPgFAgBNBgIAogYCANQdDgA5wgQAjsIEAMmACwB+ywsAC+0HAN4YCQAtyQkAt0gAAE4FAgAAAAAAwDAPAMCUAAAW6QAAa+kAAAAAAAAAAAAAJ9EHAHrODAAajwEAfScGAPj8CgDD2gwA5MEEAOa2DQA7tw0AFdwOAKMFAgB4KQkAzSkJACIqCQAAAAAAfCAOAEK8AQDZJgAAOcUBAI7FAQBc9gIA+wEDAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAByCDABxggwAq6AJAAChCQAxzQEADO4FANzHBgC3SAAAuj8GACgmBwDvsQkATgUCAHTVCwDJ1QsAq1MBAC3GDACCxgwA18YMACzHDACBxwwA1scMACvIDACAyAwA1cgMACrJDABToAwAcYgGAEQFDACZBQwAy4IHAOO4DgDwYgIARWMCAJpjAgDvYwIATgUCAKlLCwDHKg4AHCsOAHErDgDSJwYAnbIFAPKyBQAihwEAd4cBAOBlDwDmGAEA6roFABqPAQBvjwEAB0sDAG+PAQBCEQIATgUCAHTVCwDJ1QsAok8OAPdPDgDTHQ8AKB4PAMQ5AgBMUA4APb4EAAAAAABOBQIAG48AAHCPAABthgwAwoYMABeHDABshwwAwYcMABaIDABriAwAwIgMAEpRDwCfUQ8A9FEPAOMaAgCCbg8At0gAANPWAABrlAAAa5QAAD0YAABOBQIAq/ENAADyDQBV8g0AVQAAAKoAAAD/AAAAPb4EAKJPDgD3Tw4APb4EALdIAADEOQIATFAOAD2+BAAAAAAATgUCAKvxDQAH6Q8AGo8BAMTiAwAZ4wMAbuMDAADyDQBV8g0AbdsMAMLbDAAX3AwAbNwMAMHcDAAW3QwAa90MAMDdDAAV3gwAat4MAAnqDABe6gwAs+oMAAjrDABd6wwASl4CAOFnDABCCwgAPRgAAF9JAgBzfQ8A7wwEAN8eAgA0HwIAXvYAAAj2AQC37AYAPr8CAJO/AgDovwIAIogAABc8AgCHbwkARw4AAOu9AQBvjwEAB0sDAMTiAwDfHgIANWkMAEILCABOBQIAdNULAMnVCwC3SAAA+PwKAMPaDAAY2wwAfSYHANImBwDfbQgAt0gAABBDAgCuQg8A77EJAE4FAgAn0QcAjB4AAF7pDQCz6Q0ACOoNANUoAgDNhwAAAKIIAFWiCACqoggAnbIFAD6/AgCTvwIA6L8CAOMaAgDNhwAAIogAALecAQDNhwAASl4CAOoIDQA/CQ0AlAkNAOkJDQA+Cg0AkwoNAKugCQB+ywsA72IDAERjAwCFbgwAFukAAH7LCwBVAAAAt0gAAPj8CgAAAAAAAAAAAAAAAADjGgIAgm4PANkmAACsnAwAFzwCAGNFAgBToAwAAKIIAFWiCABMCQAAoQkAAAiWDAAj0AwAeNAMAM2HAADZJgAAt0gAAPj8CgCFbgwATgUCAFOgDAAAoggAVaIIAEwJAAChCQAACJYMACPQDAB40AwAqUsLAM2HAAAiiAAA81kIAEwJAAChCQAACJYMACPQDAB40AwAqUsLAM2HAAAiiAAA81kIAEwJAAChCQAACJYMACPQDAB40AwAZEIEAG+PAQC/lAEAb48BAPYACQAARg8AVUYPAKpGDwD/Rg8AAAAAAKMFAgD4BQIATQYCAHh5DgDNeQ4ATgUCAKvxDQAA8g0AVfINABXcDgBKXgIAAAAAAE4FAgCr8Q0AAPINAFXyDQAV3A4AJ9EHAHrODAAajwEAfScGAPj8CgDD2gwA9KoLAEmrCwBg5w0AowUCAPgFAgBNBgIAnbIFAD6/AgAc4QIATrEAAGuUAADfGQcAt5wBANrCDQBCCwgAuTgOAA45DgBjOQ4AuDkOAA06DgBiOg4ADZEMABE0EABmNBAAbDwCALJLAgC6PwYAKCYHAO+xCQDVKAIA5hgBAEcOAACr8Q0AAPINAFXyDQAV3A4A9KoLAEmrCwBg5w0AowUCAPgFAgBNBgIAJ9EHAHrODAAajwEAfScGAPj8CgDD2gwAyzICAMsyAgBdlA4ATgUCAKMFAgD4BQIATQYCAKIGAgBKUQ8An1EPAPRRDwCjBQIAFzwCAIdvCQDmGAEArkIPAByADgB01QsAQhECAD0YAACSGAAAFzwCAGNFAgAb3wUATgUCABuPAABwjwAAHoAMAHOADADIgAwAHYEMAHKBDADHgQwAJCMOAAWXDgBalw4Ar5cOABfbDQAg3gEAXukNALPpDQAI6g0ATgUCAAiWDAAj0AwAeNAMAATuDQBZ7g0Aru4NAAPvDQBY7w0Are8NAE4FAgAIlgwAI9AMAHjQDADNhwAAIogAAPNZCABOBQIAJ9EHAIweAABe6Q0As+kNAAjqDQBOBQIACJYMACPQDAB40AwAq/ENAADyDQAE7g0AWe4NAK7uDQAD7w0AWO8NAK3vDQBOBQIACJYMACPQDAB40AwAAAAAAAb4AQC3SAAAG48AABc8AgBjRQIA47gOAFUAAACqAAAAgCcDANUnAwAqKAMAfygDAKlLCwDHKg4A9wYCAEwHAgChBwIA9gcCAEsIAgDtEAIAq6AJAH7LCwCdsgUA8rIFAEezBQBEBQwAX0kCALRJAgAAAAAA47gOADi5DgASNA8AZzQPALw0DwARNQ8AmFsMAPSqCwBJqwsAYOcNAPsBAwAQNg8AZTYPALo2DwD7AQMATgUCABuPAABwjwAAB0sDAH0nBgDSJwYAMc0BAIi+DgBVAAAAGo8BAH0nBgD4/AoAhW4MAO65AgAajwEAb48BAO9iAwDNhwAA/50NAESxCgD0qgsAt5wBAM2HAACySwIA2SYAAKycDAAXPAIA5hgBAE4FAgAn0QcAes4MABqPAQB9JwYA+PwKAH7LCwDTywsATgUCAKMFAgB4KQkARlYOAJtWDgDwVg4ARVcOAJpXDgDvVw4ARFgOAFOgDADZJgAAt0gAAPj8CgCFbgwABpUPAFuVDwCwlQ8ABZYPAFqWDwCvlg8Axi0MAE4FAgCjBQIArJwMAAGdDABWnQwAJ9EHALk4DgAOOQ4AYzkOALg5DgBCBA8AlwQPADlvAgC3SAAA+PwKAFOgDADjGgIAjrkNAOO5DQC3SAAA+PwKAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAA+AUCAE0GAgCiBgIAyNQNAB3VDQBy1Q0ArJwMAAGdDABWnQwAJ9EHALk4DgAOOQ4AYzkOALg5DgBCBA8AlwQPADlvAgC3SAAA+PwKAFOgDADjGgIAjrkNAOO5DQC3SAAA+PwKAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAAx9UNABzWDQBx1g0AksEBAE4FAgAAAAAATgUCAKMFAgD4BQIATQYCACV5DAB6eQwAAAAAAKugCQB+ywsA08sLAPsBAwCpSwsA3xkHADQaBwBzfQ8A7wwEAIweAABCCwgA+wEDABqPAQBvjwEA2SYAAKycDADC5QIAXPYCALH2AgCr8Q0AAPINAFXyDQAV3A4AatwOAFzqDgCx6g4ABusOACohCgB/IQoA1CEKACV5DAB6eQwAqUsLAEpRDwCfUQ8A9FEPACkiCgDUHQ4AOcIEAI7CBABvMAsAxyoOAEqlEACfpRAA9KUQAEmmEAD0qgsAt5wBANrCDQAvww0AksEBAIweAACroAkAAKEJAFWhCQANRgIA47gOACDeAQB13gEAQrwBAJK5CQA1aQwA3xkHAIImAgCJvg0AB0sDAG+PAQBCEQIAXPYCALH2AgCr8Q0AAPINAFXyDQAV3A4AatwOAFzqDgCx6g4ABusOAHaHAgDLhwIACD4PAEILCACXCwgAOW8CAEILCADVKAIAKCYHAC3JCQBrlAAAwJQAABbpAADC5QIAf9QBANTUAQC3nAEA2sINALdIAAD4/AoAq/ENAM2HAACSwQEAok8OABqPAQBjmgIAQgsIAE4FAgCjBQIA+AUCAE0GAgCiBgIAJ9EHAHrODABOsQAATrEAAGuUAABHDgAA670BANkmAACaABAA2hcOAC8YDgCEGA4A2RgOAC4ZDgDjuA4AOLkOAI25DgBCBA8A3xEPADQSDwCJEg8A3hIPANgZDgAtGg4AghoOAE4FAgBOBQIA+wEDAOYYAQDmGAEA6roFADlvAgDTfgMATgUCAAb4AQBb+AEAsPgBAAX5AQBa+QEAr/kBAD0YAABrlAAAt0gAADzCAQBCCwgAVQAAAPYACQBCCwgAt0gAAM2HAAAAoggATgUCAKvxDQAA8g0AVfINABXcDgD4BQIATQYCAKIGAgAn0QcAes4MAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAJoAEADT1gAAgiYCAArnDgBrlAAAwJQAAGNFAgCr8Q0AAPINAFXyDQBOsQAAzYYBAH/UAQDU1AEAt5wBANrCDQC3SAAAq/ENAADyDQBV8g0AU6AMAAs7DwBgOw8AtTsPAAo8DwBfPA8AtDwPAAk9DwBePQ8A+wEDAAAAAAAAAAAAGo8BAMTiAwCiTw4Aa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCAPj8CgBOsQAAAAAAAFnsDwCjBQIA+AUCAE0GAgCiBgIAOMYBAP7xDwC5OA4ADjkOAGM5DgC4OQ4A+wEDAKMFAgD4BQIATQYCACV5DAB6eQwAqUsLAEpRDwCfUQ8A9FEPAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIAqUsLAEpRDwCfUQ8A9FEPAK5CDwAEnwcAWZ8HAK6fBwADoAcAWKAHAK2gBwACoQcAKCYHALdIAAAMSQAAYUkAAMaLAwBOBQIAqUsLAEpRDwCfUQ8A9FEPAD0YAABCCwgAIn8JAG+PAQBCEQIA+wEDAKlLCwDHKg4AUUoPAKZKDwD7Sg8AUEsPAEcOAADNhwAARrMGAFUAAAC3nAEA4xoCAI65DQDjuQ0AOLoNAI26DQC3nAEA2sINAC/DDQCEww0A2cMNAE4FAgCuQg8A2SYAAE4FAgCr8Q0AAPINAFXyDQDAlAAAFukAAMLlAgCn9Q0At0gAAPj8CgDD2gwAGNsMAA2RDABikQwA42MOADhkDgCNZA4A4mQOADdlDgCMZQ4AmAYMAHgpCQBGVg4Am1YOAPBWDgBFVw4ATgUCAOMaAgCCbg8A2SYAAKycDAAXPAIAY0UCAHTVCwB9JwYARw4AAE4FAgD0qgsASasLADlvAgBjRQIAPRgAALdIAABOBQIAU6AMAAg+DwBCCwgATgUCANPWAACCJgIACucOAF/nDgCdsgUAPr8CABzhAgBOsQAAa5QAAN8ZBwC3nAEA2sINAEILCAC3SAAAEEMCAGVDAgC6QwIAL24NAC9uDQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEA+PsLAE38CwAAAAAA9QcDANfICgBV8g0A/PUNAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAAAIPg8ATrEAABc8AgBjRQIAgM8FALJLAgC6PwYAKCYHAO+xCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIAuj8GAMTiAwDZJgAAeCkJAGuUAABCCwgAQgsIAMAwDwAVMQ8A9gAJAABGDwBVRg8AwDAPAD0YAABOsQAA034DAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAZEIEAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAE6xAADNhgEAorACAAaVDwD4/AoAq1MBAJQKDADpCgwAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAAy4IHALdIAAA+ZwUARK8MAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAAHoAMAPNZCABIWggAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGRCBABvjwEAB0sDAH0nBgC6PwYAzYcAAACiCABkQgQA8GICAM2HAACySwIAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAAAtyQkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEA+PsLAE38CwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgBEsQoAmbEKADHNAQBCCwgA4xoCAE6xAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAANMBgBYTAYArUwGAAJNBgBXTQYArE0GAAFOBgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCAPj8CgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQC6jgwAD48MAGuUAACrUwEASqUQAJ+lEAD0pRAASaYQAJ6mEADzphAASKcQAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwATrEAAM2GAQB/1AEA1NQBALecAQDawg0At0gAALo/BgAoJgcA77EJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwAuj8GAA9ABgBkQAYAuUAGAA5BBgBjQQYAuEEGALbnDAAL6AwAYOgMALXoDAAK6QwAX+kMALTpDAD+VQEAuo4MAA+PDAAbjwAAcI8AAB6ADADzWQgASFoIAJ1aCADyWggAR1sIAJxbCAAifwkAKCYHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwARw4AAGTtAwC57QMA2sINAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBADsDwQAQRAEAP5VAQC6jgwAD48MANkmAAC3nAEA034DANPWAACCJgIA034DAEcOAABk7QMAue0DANrCDQCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwAkhQEAOcUBAA8FQQAkRUEAE4FAgD7AQMADEkAAFvqDwCw6g8ABesPABc8AgCHbwkA09YAAIImAgDjGgIAt5wBAE4FAgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIAAAAAAE4FAgCroAkAAKEJAM+DAgD4+gwATfsMAKL7DAD3+wwAJ9EHAKFQDgD2UA4AS1EOAKBRDgD1UQ4ASlIOACfRBwChUA4A9lAOAEtRDgCgUQ4A9VEOAEpSDgCpSwsAxyoOAPcGAgBMBwIAoQcCAPYHAgBLCAIA47gOAFnsDwBToAwAnVQOABqHCQAbjwAAzYcAAFOgDACdVA4AGocJABuPAADNhwAAAKIIAE4FAgDjuA4AWewPAK7sDwAD7Q8AWO0PAK3tDwAC7g8AV+4PAKzuDwAbjwAAt5wBALecAQBOBQIADZEMAGKRDAC3kQwADJIMAMEvDwBvjwEAQhECAE4FAgB01QsAfScGAPj8CgBN/QoARw4AANkmAAC3SAAATgUCAJ2yBQDysgUAR7MFACLPDgB3zw4AzM8OACHQDgBCEQIAkrkJAOe5CQBOBQIAnbIFAPKyBQBHswUAIs8OAHfPDgDMzw4AIdAOADjHAABHDgAAjB4AAEILCABOBQIA4xoCANN+AwD7AQMAIN4BAK7sDwD+SwsAQgsIAE4FAgCuQg8A2SYAAE4FAgB01QsAydULAD0YAABrlAAAwJQAAE4FAgCpSwsAxyoOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAn0QcAQgQPAJcEDwAgiAIAdYgCAE4FAgCr8Q0APmcFAESvDACZrwwA7q8MAOO4DgA4uQ4A47gOADi5DgCNuQ4A4rkOAJ2yBQA+vwIAOA0QAI0NEADiDRAANw4QAIwOEADhDhAANg8QAIsPEADjuA4AOLkOAFOgDADjGgIAjrkNAO65AgBO/QkAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgAK5w4AX+cOAKvxDQAH6Q8AYUkAAGOZAwBikQwAFzwCAGNFAgDPgwIAt0gAAE4FAgCdsgUAPr8CADgNEACNDRAA4g0QAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAAKMFAgCsnAwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgCpSwsAxyoOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAwS8PAG+PAQBCEQIATgUCAAiWDABdlgwACD4PAEILCAC3nAEAZEIEAG+PAQBCEQIATgUCAK5CDwDZJgAATgUCAKvxDQAH6Q8AYUkAACQhEAB5IRAAziEQACMiEAB4IhAAzSIQACIjEAB3IxAAzCMQACEkEAB2JBAAyyQQACAlEAAsJwIAgScCAMUrDwAIPg8AkhgAABFDAQAMSQAAYUkAAMaLAwBOBQIAqUsLAMcqDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEArkIPAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwDPzgwAJM8MAHnPDADOzwwA+wEDAAAAAAAAAAAAAAAAAE4FAgBEBQwAJHYQAHl2EADOdhAAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAFOgDABv3gcAQgsIANN+AwDNhwAAOW8CAD0YAABOBQIAU6AMAG/eBwBCCwgA9KoLAD0YAAAkdhAAeXYQAM52EAB01QsAydULAJhXEADtVxAAQlgQAJdYEADsWBAAU6AMAG/eBwBCCwgARw4AAHaHAgDLhwIAAKIIAFWiCABCEQIARLEKAOYYAQBOBQIAdNULAMnVCwCYVxAA7VcQAEJYEACXWBAA7FgQAOMaAgA4GwIA48AGAOu8AgC3nAEA2sINAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAJcRAgBOBQIAQhECAESxCgCZsQoARAUMACR2EAB5dhAAznYQAHTVCwDJ1QsAmFcQAO1XEABCWBAAl1gQAOxYEABVAAAAuEYBAA1HAQDuuQIAGo8BAEILCADAMA8AwJQAAMYtDAB2hwIAPmcFAESvDACySwIA+PwKAEIRAgDTfgMA+wEDAJIUBADnFAQAPBUEAJEVBADT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwDHKg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCr8Q0ADToOAFXzDACroAkAAKEJAMCUAAB+ywsA08sLAE4FAgD0qgsASasLAGDnDQBVAAAA5hgBAE4FAgCpSwsASlEPAJ9RDwAAAAAA9FEPAOgIDwDkFgUA6roFAAg+DwBCCwgATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwDHKg4AHCsOAHErDgDSJwYAnbIFAPKyBQAihwEAboUMAMOFDADDhQwADDsOAEK8AQB50gkAztIJACPTCQCs7w4AAfAOAFUAAAC4RgEADUcBADDDDACFwwwA2sMMAC/EDABOBQIAnbIFAPKyBQDoCA8APQkPAJIJDwDnCQ8APAoPAJEKDwBkQgQAlwYNAOwGDQDcxwYA034DAE6xAACjsQAAGi8MAG8vDADELwwA+PsLAE38CwBrlAAAwJQAABbpAADC5QIAQhECAJcRAgDNhwAAB+kPAGFJAADGiwMAG4wDAFOgDACooAwA/aAMAKvxDQAA8g0AVfINAPz1DQD4BQIATQYCACV5DAB6eQwADToOAFXzDAAn0QcAjB4AAGuUAACr8Q0AB+kPAGFJAACjBQIAmgAQAO8AEABEARAAmQEQACfRBwBCBA8AlwQPACCIAgB1iAIATgUCAKvxDQA+ZwUARK8MAJmvDACroAkAAKEJAOO4DgAXPAIAfssLANPLCwBOBQIA5hgBAOq6BQDuuQIATv0JAKycDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgB01QsAydULANkmAACsnAwAFzwCAOYYAQDqugUAsksCALo/BgAoJgcAa5QAANzHBgBdnAYAt0gAALo/BgAoJgcA77EJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCAKvxDQDNhwAAksEBAAfpDwBhSQAAxosDABuMAwB2JQ8AdSYPAMomDwAfJw8AowUCAPgFAgBNBgIAeHkOAM15DgBOBQIAq/ENAADyDQBV8g0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDAAf3QMAdN0DAOgIDwA9CQ8ADPECAGHxAgDawg0A58EBAMLXEAAX2BAAdocCANN+AwDTfgMAQL4BAOsDEQCfThIAQgsIABc+AABs2BAAwdgQAOsDEQCJuxAAX0sAANfAEgCfThIAQgsIAJ9OEgCfThIAQgsIAOsDEQBhNxIAn04SANfAEgBCEQIA4R4AAPAOAQDXwBIA8A4BAJv+EACb/hAAQgsIAMAwDwDgHwAA8A4BAOLHAAAb3wUAObYQADm2EACfThIAG98FAJ9OEgBe6Q0Ax9IQABzTEAA4YREAwtcQABfYEABArhEA18ASAEwJAADrAxEAx9IQABzTEADwDgEAds4QANoTEgAvFBIAfhsRAEIRAgCb/hAAQgIRAJcCEQDC1xAAF9gQAOysEQDmGAEAWewPAJv+EAAZ1hAAm/4QAO+xCQAbfRIAOGERAOsDEQAfzxEAn04SAEwJAABMCQAAsucQAAfoEABc6BAA18ASAEcOAAAT3BAAaNwQABPcEABo3BAAGykRANfAEgBV8wwAXPYCAEILCADzWQgAQgsIALLnEAAH6BAAkVwSAPAOAQCy5xAAB+gQAJFcEgDhHgAAwtcQABfYEAAJSgIATgUCAOcMDADrAxEA+wEDALdIAACb/hAAY5oCAEILCADrAxEAaz0CABPcEABo3BAAm/4QAGnbEAC+2xAAE9wQAPrzEQAT3BAA+vMRAOEMEgCb/hAArewQALHoEAAG6RAAds4QALHoEAAAAAAATgUCALLnEAAH6BAAsucQAAfoEACy5xAAB+gQAL3cEAA4YREAnKYSAPGmEgDLMgIAadsQAHbOEAAT3BAAaNwQAMsyAgBCCwgATgUCANfAEgBOBQIARagSAAzjEACUrhIA6wMRAOsDEQA9vgQAPb4EAD2+BAD7AQMAAKIIAIJuDwCAywkAgm4PACHQDgAh0A4At0gAAPIADQA4CxIAXvYAAEcOAABHDgAAU/EQAAXrDwBe9gAA8vsRAEcOAAAF6w8Am/4QAJv+EACb/hAAm/4QAJv+EAB2zhAAds4QAJv+EACb/hAAm/4QAJv+EACb/hAAm/4QAHbOEAB2zhAAds4QAJv+EACb/hAAm/4QAHbOEAB2zhAATfcQAHbOEAB2zhAAm/4QAE4FAgBOBQIALmoSAEwJAAAuahIATAkAAEn7EAAJPw0ATgUCANfAEgAXPAIAedIJAE4FAgBHDgAARw4AAJv+EACb/hAAt5wBAJSuEgCy5xAAB+gQAPsBAwDrAxEA18ASAEcOAADuABEATgUCAOm+AgCMHgAA034DAJK5CQA9GAAAQgsIAIhvCABCCwgAtjcSAOsDEQBZPxIAlK4SAEcOAACQbQIA09YAANPWAADT1gAA18ASANPWAAC2RwIAc30PANfAEgCQbQIA18ASAO9jAgD2TBIAvi8SABMwEgA8CBEA18ASAJiqEgDtqhIAaugCAPAOAQDXwBIApUoQAEwJAADXwBIAVQAAAD0YAADAMA8AibsQANN+AwBT8BEAVQAAAPZMEgBMCQAATAkAAEwJAAA8shEA6wMRAIm7EAB2hwIA034DAIUUEQAa4gMAiMkDACPLEQA1wAoALMESAG/eBwB2zhAA2hMSAC8UEgAGPRIAi8YDALLnEAAH6BAAkVwSAHApEQB2zhAA18ASAJq1BQCMxQMA51wRAHbOEACb/hAAm/4QALLnEAAH6BAAm/4QAEICEQCXAhEAnA4AAOsDEQAiKgkA2sINAOsDEQCj9REAo/URAOsDEQCBFxIARf8QAEkIBABOBQIA6wMRAH0cEQAb3wUA18ASAE4FAgBOBQIATgUCACzBEgBOBQIAibsQANfAEgBOBQIA6wMRAJSuEgBCAhEAlwIRAE4FAgCbtAUAu90RAEdYCwAX2w0A18ASAGNBBgDXwBIAcy0KAFo/EQDgHwAA6wMRAH0cEQDSHBEAhL8RANfAEgB2hwIA2sINAOsDEQBhNxIAXvYAALvdEQDnXBEAMm0LAPeyAADjGgIATgUCAHbOEADaExIALxQSALLnEAA1DhIAF9sNAJWuEQCJuxAARw4AAPAOAQDHJxEAmaoRAO6qEQCEvxEAt0gAAHbOEADaExIALxQSAAY9EgBbPRIAhL8RALdIAACEvxEAt0gAANPGEAAQNBEA18ASAE4FAgDXwBIATgUCAOsDEQBhNxIAOGERAOsDEQAqGhEAfxoRANQaEQCepREATgUCAFXzDAAFPxEA6wMRAJv+EABCAhEAlwIRAK1BEQDJ2wUAibsQABt9EgA8DQwALMESAJv+EAAswRIAm/4QAPVOEQBKTxEAn08RACoaEQB/GhEA1BoRACkbEQDktBEA9U4RAEpPEQCfTxEA08YQAM8rBQB2zhAA2hMSAC8UEgAGPRIAWz0SABncCgDXwBIAdocCANN+AwDXwBIAu90RAIm7EAA9vgQAjMUDAPj8CgCb/hAAQgIRAJcCEQDZvxEA4B8AAHbOEADaExIALxQSANfAEgD7AQMABj0SAFs9EgBPpwkAhL8RALdIAABMTREAoU0RAPZNEQCwPRIAY0EGAExNEQCb/hAAzCESAHbOEAAswRIAm/4QAEICEQAswRIA2sINAE4FAgCUrhIAQgIRAJcCEQCirAYA6wMRAGE3EgDXwBIAq50MAOsDEQDXwBIA4G4GAF07EgB2zhAALMESABPcEABo3BAAQgsIAOmvEQD1ThEASk8RAJ9PEQCUrhIAQgIRAJcCEQCFFBEAdocCANrCDQBdOxIA18ASANrCDQBOBQIA+fQRAEILCADuuQIAXTsSALI7EgAHPBIA08YQAPAOAQDrAxEA18ASAA06DgCJuxAAxi0MAHbOEABdOxIAds4QAF07EgCb/hAALMESACzBEgAswRIAm/4QAEICEQCXAhEAKhoRAH8aEQDUGhEAx9ERALA9EgAFPhIAu90RAOAfAAApGxEAxSkRAF07EgCyOxIABzwSAFw8EgCUrhIARf8QANHGEgDLIxEAICQRANHGEgBMTREAXTsSAHbOEADaExIALxQSAHbOEADaExIALxQSANfAEgDVGBIAhW4MANfAEgDawg0A18ASACTUBwCJuxAATgUCABvfBQDwDgEA6wMRAIEXEgBF/xAAEDMSAAAAAABCCwgAAAAAAIHBEgDrAxEAgRcSAEX/EAAQMxIAAAAAAEILCAAAAAAA18ASANfAEgB2hwIA18ASAHaHAgDXwBIAdocCAIHBEgDXwBIAo/URACzBEgCb/hAAm/4QAEICEQCXAhEA6wMRAAAAAABhNxIAVfMMAHbOEADaExIALxQSAIoPEQDXwBIA9kwSALdIAADduxEANQ4SAG/eBwDXFhIALBcSAJFcEgDTfgMAXTsSALI7EgAHPBIA6wMRAOsDEQCb/hAAQgIRAJcCEQBfQgkAAAAAAA6LEQBjixEAuIsRAIhvCADMIRIAISISAHYiEgDXwBIA08YQAIVuDABCuwIA2sINAOsDEQDXwBIAU/ARAAVGCgDTxhAA18ASAO+xCQA4YREAsucQAAfoEAAT3BAAaNwQAHbOEADaExIALxQSAO9iAwDrAxEA18ASADfFAwCb/hAAm/4QAEICEQCXAhEAQgsIAOAfAACb/hAAiw0SAJv+EABCAhEAlwIRAJGxEgAAAAAAds4QANoTEgAvFBIA6wMRAH0cEQDSHBEAibsQAOsDEQCRugkAu90RAIm7EACQGQEAAAAAANfAEgC73REAibsQAJAZAQBVmREAds4QANoTEgAvFBIAgRcSAEX/EADXwBIA6wMRAJv+EABCAhEAlwIRANfAEgDTfgMAud8RAE4FAgD1oxEAm/4QAF72AAC1QQkAt0gAAFk/EgDTfgMAG98FANfAEgDAlAAAo/URAO9iAwCSXBEATgUCAE4FAgDrAxEAkVwSAOmuEgDwDgEAOGERAE4FAgDsrBEAfScGAH0cEQDSHBEAklwRAG+PAQBVmREAqpkRAP+ZEQBCCwgAAAAAAAAAAAAAAAAA18ASALvdEQAAAAAAAAAAAAAAAADsrBEAjbYRALdIAABOBQIA8A4BANfAEgD2TBIAu90RAEILCACb/hAA51wRAOdcEQCb/hAARf8QAFz2AgCLtxIA2hMSAC8UEgAGPRIAWz0SABt9EgCUrhIARf8QAD2+BAB2zhAAy84QAD2+BABrlAAAt0gAAMTeBwDXwBIAzYcAAMTeBwAswRIAiLsRAJJcEQCy5xAAB+gQAL3cEAB9HBEA0hwRALLnEAAH6BAAvdwQAH0cEQDSHBEAt0gAALdIAABaPxEAQrwBAMwhEgAhIhIAdiISAIS/EQDXwBIA034DAJv+EADXwBIAN8UDALQ5EgBOBQIAm/4QAEICEQCXAhEA08URACjGEQA9vgQAPb4EANfAEgA3xQMAN8UDAJu0BQD59BEAibsQAAAAAADXwBIA18ASAGuUAADrAxEAN8UDANUYEgBOBQIA18ASAB/PEQBMCQAAORELAEIRAgBw0xEAxdMRAFUAAABVAAAAY0EGAOsDEQBOBQIA18ASANfAEgA9GAAAds4QANoTEgAvFBIAQFkRAKudDACLxgMAm/4QAEICEQCXAhEA47gOALLnEAA1DhIAT/QRAB/PEQDvsQkAH88RAB/PEQBCCwgAPRgAALLnEAA1DhIAB+gQAHbOEADrAxEAH88RAHTPEQDJzxEAG30SABTaEQCHERIAm/4QADfFAwDrAxEAIdUJABrcCQAAAAAA5bMRADq0EQAAAAAAAAAAAGXmCQCv9AYAq50MAOsDEQDXwBIA18ASAKP1EQC3SAAA6wMRANfAEgBZ7A8A6wMRAPAOAQBOBQIA6wMRAH8ZEgA9GAAAm/4QAEICEQCXAhEA18ASAE4FAgDXwBIATgUCANfAEgDwDgEAWeoRAPAOAQBOBQIA18ASAEwJAABZ6hEATAkAANUYEgDvsQkAWeoRAPsBAwAAAAAA034DAAPrEQDTfgMA18ASANUYEgDH0BIA6wMRAMfQEgDXwBIAx9ASAJv+EABCAhEAlwIRANfAEgASNA8A8A4BAIm7EABHDgAARw4AAIm7EADawg0A1RgSAPsBAwB2zhAA2hMSAC8UEgCb/hAAQgIRAJcCEQBOBQIAY0UCANfAEgBOBQIA18ASAOsDEQAQ3hEATgUCAE4FAgAb3wUATfYRAPAOAQCj/QkAG30SAOsDEQBCCwgATAkAANfAEgBZ6hEAAAAAAE4FAgAT3BAAaNwQABspEQBZ7A8Am/4QAEICEQCXAhEAqkMSAOsDEQBMoRIAYTcSAPegEgDrAxEA6wMRAPL7EQBH/BEAnPwRAPL7EQBH/BEAnPwRAPH8EQBG/REA8vsRAEf8EQCc/BEA8fwRAEb9EQBhNxIAm/4QAEICEQCXAhEAqkMSAOsDEQBMoRIAYTcSAPegEgDrAxEAgsYMAOsDEQC3SAAA7rkCALdIAACUrhIAQgIRAJcCEQDrAxEAOQoSAEILCADTfgMAL8QMAPsBAwB7chIANQ4SADjGAQBOBQIARw4AAAAAAADGLQwAAAAAAPrzEQCQCBIA5QgSADoJEgDXwBIAlK4SAEICEQCXAhEATgUCAEwJAAA9vgQAPb4EABt9EgBOBQIAds4QAE4FAgDrAxEA+wEDAOsDEQCSagMA9kwSAPZMEgDjuA4A6wMRANfAEgBOBQIAsucQAAfoEACUrhIAQgIRAJcCEQCUrhIATgUCAEILCADXwBIAQgsIAI8JEgCOZQwA77EJAEwJAAAbfRIAkr4EAAOVEgB3hwEAXvYAABAzEgAT3BAAaNwQAHzMDAB7chIAHtYLAE4FAgAkHxIATgUCAB7WCwDyUBIAm1ISAF3rDAAg3gEAds4QANoTEgAvFBIATgUCANfAEgDXwBIAlK4SAHaHAgB2hwIAlK4SAJSuEgBCCwgAY+EQALjhEAAeJRIAAO8QAHbOEACb/hAARf8QAOwRAgBToAwA670BALHoEAB2zhAAXEsDACDeAQCbtAUAzH8JACcnBwBCEQIAt0gAACrQBQBCCwgA18ASANrCDQAuahIA6b4CAFVTAgDpvgIAVVMCAAVOAgBHWAsALMESAEK7AgDXwBIATAkAAE4FAgBV7xAAjB4AAFxLAwBFqBIATgUCANfAEgBp2xAAkMMBANfAEgAbfRIA1MMSAJK+BADXwBIA+wEDAPsBAwD7AQMA+wEDAOsDEQDrAxEAgBgSAEX/EAAuFRIATAkAALdIAAB2hwIA2sINAHbOEADaExIALxQSAIhvCACb/hAAQgIRAJcCEQCwPRIABT4SAH0cEQDSHBEAfRwRANIcEQCb/hAA8lASAMsyAgDXwBIATgUCAFz2AgDrAxEAjGESAJcGDQAIPg8A8lASAJtSEgCCGQ8A8lASAJtSEgCCGQ8APRgAAPJQEgCbUhIAghkPAPJQEgCbUhIAghkPALLnEAAH6BAAkVwSADtdEgABQhIAVkISAPJQEgCbUhIAghkPAPJQEgCbUhIAghkPALLnEAAH6BAAghkPAGzbDQCy5xAAPAcSAJSuEgCLDRIA18ASAE4FAgDZJgAA2SYAAEIRAgDVKAIAObYQAPhKEgAvbg0AYTcSAE4FAgDXwBIATgUCABjbDADFKBIAF9sNAE4FAgBOBQIAzh8SADhhEQCcphIAB+gQADjGAQBOBQIA9fwNAGGdAQCsnAwAqkMSAJv+EABCEQIA7q8MAKpDEgD7AQMAqkMSAPsBAwDrAxEATgUCAE4FAgDyUBIAm1ISANfAEgCy5xAAB+gQAJFcEgDTywsATgUCAE4FAgBOBQIAGykRAE4FAgCsQRIAatwOAEcOAADRIA4AE9wQAOsDEQB2zhAAxoIMAB7WCwCRsRIAAAAAAB7WCwB+HQ8AhmcSAH0eDwDbZxIAOGERAIYSEgCUrhIARf8QAPJQEgAV3A4AObYQADhhEQCGZxIAOGERANtnEgA4YREA8lASAJtSEgDLIhIAVQAAAN4YCQC3SAAAtOUQAEcOAABOBQIAHtYLAM4fEgBOBQIAT/QRAEpeAgCNYBIA9qESAEuiEgDTfgMA08sLAEILCABOBQIATgUCAE4FAgDXwBIAzdAMAM3QDADN0AwAzdAMAEIRAgBCEQIAVEcPAE4FAgCy5xAA028SAPJQEgBJpBIATgUCAPJQEgBq3A4ATgUCAJ9OEgCVWBIAsucQAOpYEgBOBQIAjGESAOFhEgComhIANmISAE4FAgBOBQIA8lASAGrcDgCfThIAlVgSALLnEADqWBIATgUCAF2UDgDJeRIAsucQAAfoEACUrhIARf8QAE4FAgB7chIAG30SABt9EgBe9gAA3RASAB17EgCHERIAdd4BAM3QDADN0AwAzdAMAM3QDABOBQIAjWASAD0HEQCx6BAABOsQANPLCwAizw4ACUoCAJ6kEgA8BxIAn04SAOsDEQCdpRIA6wMRABt9EgD7AQMAL24NAC9uDQBOBQIAq50MAIxhEgDhYRIAQgsIAEILCADvABAAsucQAAfoEACrnQwAjGESAOFhEgBCCwgAQgsIAO8AEAD5SRIATkoSALLnEAA1DhIA4QwSAAAAAADrAxEA6wMRAFz2AgCb/hAA8lASAFvrDgCGvREANQ4SAGGMEgD/mBIAlK4SAIsNEgD7AQMA270RAJFcEgD4/AoA18ASAGJGAgBVAAAAqkMSAPJQEgBb6w4At0gAAJv+EABCCwgATgUCALLnEAAH6BAA7wAQAI25DgD7AQMA+wEDAEK8AQBCvAEAQrwBAEK8AQD7AQMA6wMRAEK8AQBOBQIATgUCAE4FAgAAAAAAAAAAAPJQEgBJpBIAsucQAAfoEADvABAAX+cOANfAEgDyUBIA+PwKANfAEgDyUBIARagSAOsDEQBOBQIATgUCANN+AwBCCwgAa5QAAE4FAgCNYBIA9qESAEuiEgCgohIA9aISAEqjEgCfoxIA+wEDALLnEAAH6BAAvdwQAIxhEgDhYRIA6wMRALLnEAA1DhIASU8SAJSuEgBCAhEAadsQAIEnAgD4ShIA76gSAESpEgCZqRIA7qkSAJSuEgBF/xAAV6EHAJSuEgDrAxEA66wSAPsBAwDawg0A4roNAC7EDQDyUBIAFdwOAJv+EAAbfRIARlISAPAOAQDOHxIA18ASAPAOAQBhNxIA8A4BAGE3EgAT3BAA+vMRAPAOAQBOBQIA8lASAJtSEgCy5xAAB+gQAIEnAgALjRIAC40SAIEnAgB2zhAAds4QAHbOEAD1ThEAds4QAHbOEAB2zhAAds4QABPcEAD68xEAds4QAPVOEQB2zhAA2RQSAHbOEADZFBIAds4QANkUEgDMIRIA2RQSAHbOEADZFBIAds4QANkUEgCBGBEA2RQSAHbOEADZFBIAKhoRAH8aEQBc6BAATgUCABt9EgBOBQIA+wEDAOsDEQA9GAAA2sINALHoEABzJRIAMGgSADBoEgCx6BAABukQAACiCACAwhIA+wEDAPsBAwBHDgAARw4AAI0MEQDrAxEAdd4BAHbOEADXwBIAjbkOANHGEgCNuQ4A18ASAHbOEACJuxAA18ASAIm7EAB2zhAA2hMSAIm7EAAkyRIAeckSAHbOEAD7AQMAJR4SAOsDEQBOBQIATgUCAE4FAgDH0BIATgUCAE4FAgBOBQIAx9ASAE4FAgCqoggAx9ASANfAEgDsWBAATgUCAE4FAgDH0BIA6wMRACoaEQB/GhEA1BoRAHbOEAD+VQEAn04SAJVYEgBOBQIAlK4SAEX/EACy5xAAB+gQAJFcEgB3hwEAGIYMAAqOEgADlRIA2sINAJ76EQD68xEA4QwSABfbDQCb/hAAiw0SABfbDQDXwBIAAKIIAIoPEQB/GRIA8lASAJtSEgCy5xAANQ4SAGGMEgDXwBIAibsQAO6vDAA9GAAA18ASAO+xCQCy5xAAB+gQAJFcEgCiTw4Aig8RAKWdEgCy5xAA028SAPJQEgAV3A4A18ASAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADAAAEAACAAACAyBEIQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAUEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAKAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAEDAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADQAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAQAAAAAAAAYAAAAADQAAEAACAAACAyBEoQAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAABEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAASAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAACACQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAMAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABCAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAACAAQAAAGAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAAADBAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAYAAAAADAAAEAACAAAAAyBEIQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAQAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQA"},"index":{"lists":[[13,14,27,104,106,107,108],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,81,82,84,85,86,87,88,89,90,91,92,93,94,95,99,100,101,102,104,106,107,108,112,117,118,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,261],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,27,46,47,48,49,50,51,52,54,55,56,57,58,61,62,63,64,65,66,67,68,69,70,71,72,76,77,81,82,84,85,86,87,88,89,90,91,92,93,94,95,98,99,100,101,102,104,106,107,108,112,117,118,124,145,148,149,151,162,163,164,167,168,169,170,175,176,184,187,197,199,200,201,204,205,208,217,218,222,227,229,230,231,232,234,236,237,239,240,243,244,245,246,247,250,251,252,261],[5,13,14,19,27,46,47,74,97,104,106,107,108,207,247,250,267],[13,14,19,27,104,106,107,108,136,137,138,253,254,255,256,257,258,259],[6,7,13,14,27,104,106,107,108,208],[13,14,27,73,75,104,106,107,108],[13,14,27,104,106,107,108,240,260],[10,13,14,27,86,104,106,107,108,117,118,143,144,171,172,240,245,246],[10,13,14,27,104,106,107,108,136,137,138],[10,13,14,27,49,72,79,84,87,91,92,104,106,107,108,128,136,137,138,139,156,175,176,178,182,190,193,200,202,203,204,205,216,224,225,226,233,261],[13,14,27,32,33,34,40,41,104,106,107,108,116,181,195,239],[13,14,27,104,106,107,108,140,273],[12,13,14,27,104,106,107,108],[1,10,13,14,19,20,27,104,106,107,108,136,137,138,165,166,183,227,231,232,261],[10,13,14,19,26,27,29,104,106,107,108,136,137,138,142,165,166,227,231,232,261],[4,10,13,14,17,18,19,27,51,104,106,107,108,136,137,138,165,166,208,227,231,232,244,261],[6,10,13,14,19,27,35,104,106,107,108,136,137,138,165,166,167,194,227,231,232,249,261],[0,2,9,10,11,13,14,15,17,19,27,29,38,39,42,43,101,104,106,107,108,136,137,138,159,165,166,167,177,180,208,210,227,228,231,232,235,238,241,261,262,265,268,269,272,274],[3,5,10,13,14,19,24,27,29,38,42,43,45,54,57,58,80,83,102,103,104,106,107,108,112,114,120,121,123,129,136,137,138,141,146,149,152,159,165,166,167,174,179,186,188,189,196,197,208,209,220,223,227,231,232,261,270,275],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,16,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,25,27,29,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261,266],[10,13,14,19,27,100,104,106,107,108,136,137,138,165,166,167,173,192,227,231,232,251,261,263,264],[10,13,14,19,27,95,103,104,106,107,108,115,119,130,136,137,138,161,165,166,174,212,227,231,232,251,261],[10,13,14,19,27,28,54,104,106,107,108,114,122,136,137,138,151,152,165,166,185,197,227,231,232,261],[9,10,13,14,19,21,27,44,78,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,15,19,27,28,29,60,104,106,107,108,136,137,138,151,165,166,227,231,232,261],[10,13,14,19,22,23,27,30,31,53,65,104,106,107,108,113,125,127,131,136,137,138,147,153,154,155,157,158,160,165,166,170,191,198,199,211,214,219,221,222,227,231,232,242,248,261],[10,13,14,18,19,20,27,68,104,105,106,107,108,136,137,138,165,166,227,231,232,261],[7,10,13,14,19,27,104,106,107,108,136,137,138,165,166,227,231,232,261],[10,13,14,19,24,27,28,29,104,106,107,108,136,137,138,165,166,167,227,231,232,261],[10,13,14,19,24,27,28,104,106,107,108,136,137,138,165,166,227,231,232,261],[13,14,27,104,106,107,108,111,126,132,133,134,135,150,213,215,271],[13,14,27,76,104,106,107,108],[10,13,14,19,27,36,37,104,106,107,108,136,137,138,227,231,232,261],[13,14,27,46,104,106,107,108],[13,14,27,47,50,52,55,56,104,106,107,108],[13,14,27,48,104,106,107,108],[13,14,27,59,63,64,66,104,106,107,108],[13,14,27,62,85,104,106,107,108],[13,14,27,62,104,106,107,108,109,110],[13,14,27,62,86,88,104,106,107,108],[13,14,27,62,104,106,107,108],[13,14,27,67,69,71,85,104,106,107,108,234],[13,14,27,70,104,106,107,108,169],[13,14,27,85,104,106,107,108,234],[13,14,27,86,88,94,104,106,107,108,252],[13,14,27,88,104,106,107,108],[13,14,27,93,99,104,106,107,108,234,252],[13,14,27,96,104,106,107,108,206],[13,14,27,104,106,107,108,168],[13,14,27,104,106,107,108,234],[13,14,27,104,106,107,108,252],[13,14,27,90,104,106,107,108,237],[5,13,14,19,27,46,47,90,104,106,107,108,237,247,250],[13,14,19,27,90,104,106,107,108,217,218,237],[6,7,13,14,27,90,104,106,107,108,208,237],[13,14,27,90,104,106,107,108,237,240],[10,13,14,27,86,90,104,106,107,108,117,118,237,240,245,246],[10,13,14,27,90,98,104,106,107,108,217,218,237],[10,13,14,27,49,72,77,81,82,84,87,89,90,91,92,104,106,107,108,175,176,187,200,201,204,205,217,218,237,261],[13,14,27,90,104,106,107,108,237,239],[1,8,10,13,14,19,20,27,90,104,106,107,108,217,218,227,229,230,231,232,237,243,261],[10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[4,10,13,14,17,18,19,27,51,90,104,106,107,108,208,217,218,227,229,230,231,232,237,244,261],[6,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[2,9,10,13,14,15,17,19,27,90,101,104,106,107,108,167,208,217,218,227,229,230,231,232,236,237,261],[5,10,13,14,19,27,54,57,58,90,102,104,106,107,108,112,145,149,167,197,208,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,184,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,16,19,27,90,104,106,107,108,124,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,90,100,104,106,107,108,167,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,90,95,104,106,107,108,217,218,227,229,230,231,232,237,251,261],[10,13,14,19,27,54,90,104,106,107,108,151,197,217,218,227,229,230,231,232,237,261],[9,10,13,14,19,27,90,104,106,107,108,167,217,218,227,229,230,231,232,237,261],[10,13,14,15,19,27,90,104,106,107,108,145,148,151,217,218,227,229,230,231,232,237,261],[10,13,14,19,27,65,90,104,106,107,108,145,170,199,217,218,222,227,229,230,231,232,237,261],[10,13,14,18,19,20,27,68,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[7,10,13,14,19,27,90,104,106,107,108,217,218,227,229,230,231,232,237,261],[13,14,27,76,90,104,106,107,108,237],[10,13,14,19,27,90,104,106,107,108,217,218,227,231,232,237,261],[13,14,27,46,90,104,106,107,108,237],[13,14,27,47,50,52,55,56,90,104,106,107,108,237],[13,14,27,48,90,104,106,107,108,237],[13,14,27,63,64,66,90,104,106,107,108,237],[13,14,27,61,62,85,90,104,106,107,108,237],[13,14,27,62,90,104,106,107,108,237],[13,14,27,62,86,88,90,104,106,107,108,237],[13,14,27,67,69,71,85,90,104,106,107,108,162,234,237],[13,14,27,70,90,104,106,107,108,169,237],[13,14,27,85,90,104,106,107,108,234,237],[13,14,27,86,88,90,94,104,106,107,108,164,237,252],[13,14,27,88,90,104,106,107,108,237],[13,14,27,90,93,99,104,106,107,108,234,237,252],[13,14,27,90,104,106,107,108,163,237],[13,14,27,90,104,106,107,108,164,237],[13,14,27,90,104,106,107,108,168,237],[13,14,27,90,104,106,107,108,234,237],[13,14,27,90,104,106,107,108,237,252]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,71,73,74,75],[5,22,23,24,25,26,27,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,52,53,55,56,57,58,59,60,61,62,63,64,65,67,68,69,70,71,73,74,75,78,82,83,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,24,25,26,27,29,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,50,52,53,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,78,82,83,88,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,47,66,71,73,74,75],[5,71,73,74,75,95,96,97],[5,46,48,71,73,74,75],[5,57,71,73,74,75,82,83,99,100,118,119],[5,25,45,51,55,58,62,63,71,73,74,75,91,95,96,97,98,106,122,123,125,128,134],[5,9,10,16,17,71,73,74,75,81,128],[5,71,73,74,75,98],[5,71,73,74,75,95,96,97,113,114,129],[4,5,7,71,73,74,75,95,96,97,98,113,114],[5,71,73,74,75,95,96,97,113,114],[5,11,71,73,74,75,95,96,97,113,114,115],[5,7,14,15,18,19,69,71,73,74,75,95,96,97,109,113,114,115,124,127],[2,5,7,14,18,19,21,29,32,33,51,54,70,71,73,74,75,78,79,85,86,87,92,95,96,97,98,103,104,109,113,114,115,121,126,132,134],[5,71,73,74,75,95,96,97,113,114,115],[2,3,5,7,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,80,92,95,96,97,109,113,114,121],[5,6,29,71,73,74,75,79,86,95,96,97,104,113,114,131],[0,5,20,50,71,73,74,75,95,96,97,113,114,115],[5,6,7,71,73,74,75,95,96,97,104,113,114],[0,1,5,8,28,38,71,73,74,75,78,89,90,92,95,96,97,104,105,107,108,109,113,114,117],[5,41,71,72,73,74,75,95,96,97,113,114],[2,5,6,7,71,73,74,75,95,96,97,113,114,115],[2,5,6,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,78,89,93,94,103],[5,49,71,73,74,75],[5,12,13,71,73,74,75,95,96,97],[5,26,71,73,74,75,95,96,97],[5,71,73,74,75,95,96,97,102],[5,68,71,73,74,75,95,96,97,120],[5,65,70,71,73,74,75,84,95,96,97],[5,34,71,73,74,75,95,96,97],[5,22,71,73,74,75],[5,23,26,27,30,31,71,73,74,75],[5,24,71,73,74,75],[5,33,37,38,39,71,73,74,75],[5,36,56,71,73,74,75],[5,36,71,73,74,75,76,77],[5,36,57,59,71,73,74,75],[5,36,71,73,74,75],[5,40,42,44,56,71,73,74,75],[5,43,71,73,74,75,117],[5,56,71,73,74,75],[5,57,59,65,71,73,74,75],[5,59,71,73,74,75],[5,64,67,71,73,74,75],[5,66,71,73,74,75],[5,71,73,74,75,116],[5,61,71,73,74,75],[5,22,23,61,66,71,73,74,75],[5,57,61,71,73,74,75,82,83],[5,61,66,71,73,74,75],[5,25,45,50,52,53,55,58,60,61,62,63,71,73,74,75,122,123,133],[5,61,71,73,74,75,115],[5,61,69,71,73,74,75,115],[5,29,32,33,61,70,71,73,74,75,78,101,103,104,115],[5,61,71,73,74,75,130],[5,61,71,73,74,75,88],[5,29,61,71,73,74,75,104],[5,50,61,71,73,74,75,115],[5,61,71,73,74,75,101,102,104],[5,38,61,71,73,74,75,78,101,104,117],[5,41,61,71,73,74,75],[5,61,71,73,74,75,78,103],[5,49,61,71,73,74,75],[5,26,61,71,73,74,75],[5,61,71,73,74,75,102],[5,61,68,71,73,74,75],[5,61,65,70,71,73,74,75],[5,22,61,71,73,74,75],[5,23,26,27,30,31,61,71,73,74,75],[5,24,61,71,73,74,75],[5,33,37,38,39,61,71,73,74,75],[5,35,36,56,61,71,73,74,75],[5,36,61,71,73,74,75],[5,36,57,59,61,71,73,74,75],[5,40,42,44,56,61,71,73,74,75,110],[5,43,61,71,73,74,75,117],[5,56,61,71,73,74,75],[5,57,59,61,65,71,73,74,75,112],[5,59,61,71,73,74,75],[5,61,64,67,71,73,74,75],[5,61,71,73,74,75,111],[5,61,71,73,74,75,112],[5,61,71,73,74,75,116]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    if (title.endsWith(":")) {
      this.suiteTitles = void 0;
      if (titles.named && HOOK_TITLE.test(title)) titles.unit.name = title.slice(0, -1);
      return !HOOK_TITLE.test(title);
    }
    if (titles.rename) titles.unit.suitePath = `${titles.unit.suitePath ?? ""} > ${title}`;
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
