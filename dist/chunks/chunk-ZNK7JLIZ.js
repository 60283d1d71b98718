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
var DERIVED = `{"prefilter":{"key":"rules 285\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,159,168,202,214,215,241,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,463,464,466,468,469,470,471,472,473,474,477,478,479,481],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,38,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12900,"states":14600,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAACwOwcABgAAANJCAgAHAAAAfCMIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAADc1gkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAAOblDgAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAIbMBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAfgUOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAHJ6CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAADAgBAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAkqwwAPwAAAOS1DABAAAAACCQQAEEAAAAc1A0AQgAAAAggDgBDAAAAAAAAAEQAAABmJA4ARQAAAAAAAABGAAAAqkYOAEcAAAC0Sw4ASAAAAJ6eEgBJAAAAlGYOAEoAAAACcw4ASwAAAEaVDgBMAAAAnJUOAE0AAADylQ4ATgAAAMKoDgBPAAAAyqwOAFAAAAAo3A4AUQAAAH5dDwBSAAAA1F0PAFMAAAAyYg8AVAAAABSAEABVAAAAaoAQAFgAAACsAAAAWQAAACIZBABbAAAASmQKAFwAAACQSgEAXwAAAOqgAABhAAAAavUKAGIAAAAUHAkAagAAAAYyAgBtAAAAbhQEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAADM0gsABQEAAJjtEABdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAADu7RAAGQkAAETuEABqCQAA/JoOAHAJAAC+CQAAfQkAANitCwCBCQAASJYOAIQJAAD0ZQsAxQkAABQKAADLCQAA/L8LABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAJruEAB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAWvEMAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAABqfA4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAOPkDAJIOAABoew4Azg4AAB4PAADXDgAAQF0JACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAADw7hAAhxgAAMKsEACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAAKLiCADjGAAAJCgLAOQYAAAyGQAA5hgAAN5GAQDnGAAAgKYIAOkYAABqmQcA6xgAAAAYDADtGAAAHkgHAPIYAACkVgIA9RgAAG7vBgAzGQAAiBkAADUZAAAAuAYAOBkAAAJEDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAARu8QAO4eAAA+HwAA8h4AAPATDgD/HgAAJoEMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAABAggYASCAAAJYgAACZIAAA2KMGAJ0gAADsIAAAoSAAAM5GBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAACc7xAAUCcAAI7KAQBTJwAAqMIMAFcnAADWNRAAWicAAKQnAABcJwAAEEUJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAPLvEABbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAEjwEABfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAJ7wEABoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAPTwEAB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAoPEQAO4+AAAoPwAAMD8AAPbxEACBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAATPIQAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAKLyEACXSQAAeEACAJhJAACEdwUAmUkAAOoECACdSQAA6EkAAJ5JAAAQHgsAoEkAAIxSBgCmSQAA4EkCAO5JAABUHxAA9EkAAD5KAABESgAAdJYDAEZKAAD48hAAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAATvMQABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAACk8xAAcGIAAMRiAADHYgAAGmMAAB1jAAD68xAAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAFD0EADjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAApvQQAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAPz0EACldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAFL1EAC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAqPUQAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAA/vUQABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAABU9hAAZ4kAACSxDwBpiQAA3MYBAGyJAACOdgIAbYkAACL2BwBuiQAAHpwGAG+JAACQyQAAcIkAAJxSAgBziQAAnGwPAHWJAAC8iQAAd4kAAAC8CAB8iQAAdMcGAH2JAAACxw0AxokAAMyjCQDLiQAAEooAAB6KAABoigAAaYoAAKLYAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAACq9hAAk5AAAAD3EADXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAAAmrAwALJEAAMbmAQAvkQAAxKUMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAJAICwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAAVvcQADCWAACAlgAAMpYAAL4EEwA5lgAASNwGADuWAABCLwcAPZYAAKpXAQBClgAAelUMAEaWAACilg0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAAAvgQADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAFj4EAADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAK74EAAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAABPkQAGazAACExwIAabMAAGaLAQBtswAARrAGAG+zAAAacwgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAAvvAIAHO0AAC8tAAAxrQAABK1AAATtQAAopwQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAFr5EACayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAAsPkQAKfQAAD00AAA/tAAAErRAABV0QAABvoQAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAFz6EABc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAruAEABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAAsvoQACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AAAj7EAC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAAXvsQACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAALT7EADZ6wAAfO4CANzrAAAq7AAA4esAADgwCgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AAAK/BAA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAGD8EABF+QAAUG8OAEb5AACa+QAAR/kAALbJDABO+QAAqnEOAE/5AAB8SAUAU/kAANQYAgBU+QAAzFMMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAAtvwQAFf/AAAM/RAArv8AAGL9EAAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBALj9EAAPBgEADv4QAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQBk/hAAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBADbVBwBxCAEAXjkFAMEIAQAOCQEAxwgBAPCMCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQC6/hAAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBABD/EAAoEgEADGQEACoSAQDOhQ8ALRIBACpaDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQBm/xAA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQC8/xAA5RsBABIAEQA2HAEALMwFADkcAQCKHAEAPRwBAGDeAQBAHAEAMCgIAEIcAQBotwEASBwBAKBaBQCRHAEAmo4LAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BAFCKBgCoHQEAEJUGAOcdAQBajwYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEAvgARAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAMABEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQAWAhEAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEAbAIRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEAbgMRAGkzAQDEAxEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQAaBBEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQBwBBEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAMYEEQCVSgEA5koBAOdKAQB+hg4A9UoBAKDpDAD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEAHAURAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQByBREAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAMgFEQCrVwEAEg0CALRXAQDYLgwAtlcBAHbcEAC4VwEApuwMALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQBw/AwAtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAB4GEQAGWgEAjLQMABJaAQDIpwwAJ1oBAHQGEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAygYRAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQAgBxEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAHYHEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAMwHEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAIggRAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAHgIEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQDOCBEA7XUBACQJEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEA0AkRAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBACYKEQBWggEAqoIBALiCAQAAgwEAEYMBAHwKEQBdgwEA0goRAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBACgLEQBhhQEAfgsRALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAKgwRAL+KAQAQiwEAGIsBAIAMEQBtiwEAvIsBAG+LAQAS5gMAc4sBALy4AgB3iwEAkg8OAHyLAQAC2gEAyIsBABKMAQAajAEA6m4SAC6MAQBKmQ8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEA1gwRAM+TAQB47gMA1pMBAAY6BgDZkwEAIpQBANyTAQDSLQ0A3ZMBADqiAgDikwEA2EkEACmUAQDGZwIALJQBACJtAwAxlAEAxlYPAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEALA0RAJmZAQDYmQEA2pkBADKHDADbmQEAMIYMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQDkigwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQCCDREA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEA2A0RAJehAQDooQEAnqEBAJzpDQCgoQEAOE8EAOqhAQBetgMA7aEBAJQ1CwD3oQEAhIMLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAILQBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEALg4RAJ+kAQCEDhEA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQAwDxEA9qcBAEqoAQBYqAEAoKgBALGoAQCGDxEA/agBANwPEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAiBARAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQDeEBEAD7IBADQREQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQCKEREAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBAOAREQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBADYSEQB/wQEA0sEBAIDBAQCEAAoAiMEBAA7wCQCKwQEA/BsPAI/BAQBUSA8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBAIwSEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQDiEhEA38YBADLHAQDwxgEA/jEEAD7HAQCIxwEAjscBAN7HAQDoxwEAOBMRADnIAQCKyAEAl8gBAODIAQDoyAEA8hoRAOzIAQA2yQEA8MgBAO7PAQD8yAEATJYNADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQCOExEAmMoBADSIDACcygEA5MoBAPXKAQDkExEAQcsBADoUEQCYywEAkBQRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEA5hQRAPDPAQBE0AEAUtABAJrQAQCr0AEAPBURAPfQAQCSFREATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBAOgVEQCg0gEA9NIBAKfSAQCc6w4AqtIBAOj/BQAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEAjAQKAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQDCpg0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAPhYRAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQCUFhEAA9oBAFjaAQAY2gEAOCYFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BAOoWEQC63QEACt4BABbeAQBAFxEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAJYXEQDC4QEAEuIBAB7iAQDsFxEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBAJgYEQDI4wEAFuQBACDkAQDgOA8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEA7hgRANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQBEGREAJukBAA4hDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQDwGREA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQBGGhEA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEASBsRAD/1AQCeGxEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBAPQbEQDz+QEAShwRAET6AQCY+gEApvoBAO76AQD/+gEAoBwRAEv7AQD2HBEAovsBAEwdEQD4+wEAoh0RAEj8AQCc/AEAqvwBAPL8AQAD/QEA+B0RAE79AQCe/QEAqv0BAE4eEQD9/QEASv4BAAX+AQDGgQ8AV/4BAKD+AQCu/gEA9v4BAAD/AQBM/wEAZv8BAKL/AQCl/wEA+P8BAP//AQBOAAIAbgACAKQAAgC+AAIApB4RAAcBAgBQAQIACwECAABaAgAQAQIAsLICAF4BAgCmAQIAsAECAPwBAgAWAgIAUgICAGICAgCoAgIArgICAP4CAgAAAwIAVAMCAGoDAgCqAwIAtgMCAAAEAgAEBAIAVgQCAFsEAgCsBAIAsgQCAAIFAgAiBQIAWAUCAHIFAgCuBQIAsAUCAAQGAgAHBgIAWgYCAF0GAgCwBgIAvAYCAAYHAgAMBwIAXAcCAGYHAgD6HhEAtwcCAAgIAgAVCAIAXggCAGoIAgC0CAIAxwgCAAoJAgAZCQIAYAkCAGwJAgC2CQIAtwkCAAwKAgAWCgIAYgoCAHAKAgC4CgIAvQoCAA4LAgAbCwIAUB8RAGULAgAYzgsAZgsCAFrGDABnCwIAsugHAGkLAgBQcQ8AagsCAKq9CQBrCwIA5rYMAG4LAgBWHA4AbwsCAPC7DABwCwIArm0LAHELAgB4KQwAcgsCABj5CwBzCwIAxsMFAHQLAgC6CwIAfAsCACSMEgB+CwIASMEOAIALAgCmHRAAhwsCAIK7EgCMCwIAYM0OAKcLAgBeIA4ArAsCAF6pEgC8CwIAEAwCAMsLAgDkjg4AHgwCAGYMAgB3DAIAph8RAMMMAgD8HxEAHg0CAGgNAgB3DQIAvg0CAMgNAgAUDgIAIA4CAGoOAgA3DgIAbn4OAHEOAgCoIBEAwg4CABYPAgAnDwIAbA8CAHUPAgDCDwIAzg8CABgQAgAbEAIAbhACAHYQAgDEEAIAzhACABoRAgAfEQIAcBECAHgRAgDGEQIA3xECABwSAgAoEgIAchICAHoSAgBUIREA0BICAKohEQAhEwIAdBMCAHcTAgDKEwIA1hMCACAUAgAmFAIAdhQCAIAUAgAAIhEA0RQCACIVAgAvFQIAeBUCAIAVAgBWIhEA1BUCACQWAgAqFgIAehYCAH8WAgDQFgIA1hYCAKwiEQAuFwIAAiMRAH4XAgCyGQsAgRcCANIXAgCIFwIAeNEKANwXAgAoGAIA4RcCAIiqCAAwGAIAHCgNAEQYAgB+GAIAhhgCAFgjEQDZGAIAKhkCAEAZAgCAGQIAgRkCANYZAgDYGQIALBoCADIaAgCCGgIAjhoCANgaAgDfGgIALhsCADYbAgCEGwIAjRsCANobAgDdGwIAMBwCAD4cAgCGHAIAkxwCANwcAgDzHAIAMh0CADodAgCIHQIAlB0CAIoeAgCwHQIA3h0CAAYeAgA0HgIAWB4CAK4jEQCnHgIA4B4CAOkeAgDiHwIA8R4CADYfAgBmHwIAjB8CALAfAgAEJBEA5B8CADggAgBJIAIAjiACAL4gAgDkIAIACCECAFokEQA/IQIAjOENAEAhAgAqzQYAQyECAJAhAgBGIQIABqIPAJohAgDmIQIAnSECADrVBgCeIQIAODoPAO4hAgA8IgIAQCICAJIiAgCUIgIA6CICAOsiAgA+IwIAWiMCALAkEQCZIwIAXp0MAJ4jAgCcEg0AoCMCAOojAgCkIwIAnGQLAAckAgBAJAIASSQCAJYkAgCYJAIA7CQCAP0kAgAGJREARyUCAJglAgChJQIA7iUCAP8lAgBEJgIASyYCAJomAgCiJgIA8CYCALQmAgAySAIA/SYCAJwnAgD/JgIA9CgCAAknAgBGJwIAUicCAFwlEQChJwIA8icCAPwnAgBIKAIAUCgCALIlEQCqKAIACCYRAPkoAgBKKQIAVykCAKApAgCqKQIA9ikCAPgpAgBMKgIAWioCAKIqAgCvKgIAXiYRAP0qAgBOKwIAWysCAKQrAgCuKwIA+isCAPwrAgBQLAIAXiwCAKYsAgCzLAIAtCYRAP8sAgCYFA8AAi0CAD7lDQAJLQIAUi0CAFwtAgAKJxEAsC0CAP4tAgAALgIAIloPAAsuAgDqqgUAFS4CAFQuAgAXLgIAgJwDAFkuAgCqLgIAtC4CAAAvAgAILwIAYCcRAGAvAgCsLwIAuC8CAAIwAgAFMAIAWDACAGIwAgCuMAIAyDACAAQxAgAbMQIAWjECAF8xAgCwMQIAzDECALYnEQAQMgIAXDICABcyAgBAWwgAaDICALIyAgC1MgIACDMCABIzAgBeMwIAeDMCALQzAgC6MwIACjQCAAw0AgBgNAIAbjQCALY0AgC5NAIADDUCABg1AgBiNQIAZTUCALg1AgDbNQIADCgRABA2AgBkNgIAcjYCALo2AgC9NgIAEDcCABw3AgBmNwIAaTcCAGIoEQDHNwIAEjgCABg4AgBoOAIAbTgCAL44AgDCOAIAFDkCABc5AgC4KBEAazkCAMTSDQBtOQIA2AsQAHA5AgDAOQIAczkCAHQEEAB0OQIAdD4CAHY5AgD48A8AeDkCAD7pDwB5OQIAsPcPAHo5AgBAFRAAgTkCALKcDACEOQIA8sAOAMw5AgAWOgIAQjoCAGw6AgB4OgIAwjoCANE6AgAYOwIAIjsCAG47AgBxOwIAxDsCAN47AgAaPAIAJDwCAHA8AgB1PAIAxjwCANA8AgAcPQIAJz0CAHI9AgB4PQIAyD0CAM09AgAePgIAIj4CAA4pEQB5PgIAyj4CAII+AgC+/g8A1D4CACA/AgArPwIAdj8CAHw/AgDMPwIA0T8CACJAAgAmQAIAZCkRAH1AAgC24AIAf0ACABR8DgCAQAIAVhoNAIJAAgAITQ8AkkACAM5AAgDYQAIAJEECAC9BAgB6QQIAgEECANBBAgDVQQIAJkICACpCAgB8QgIAn0ICALopEQDUQgIAKEMCANVCAgB0UgwA10ICAPKLCQDbQgIABO8LAN5CAgA6TAIA4EICACpeDwA1QwIANHQCADZDAgB+QwIAgUMCANRDAgDgQwIAKkQCAEJEAgCARAIAjEQCANZEAgDcRAIALEUCADJFAgCCRQIAh0UCANhFAgDeRQIAECoRADhGAgCERgIAj0YCANpGAgDgRgIAMEcCADVHAgCGRwIAikcCANxHAgDfRwIAZioRADxIAgCISAIAk0gCAN5IAgDkSAIANEkCADlJAgCKSQIAjkkCALwqEQDhSQIANkoCAEJKAgCMSgIAmEoCAOJKAgDoSgIAOEsCAD5LAgCOSwIAk0sCAORLAgDqSwIAEisRADxMAgAA4QUAQUwCAMrwBQBJTAIAYosCAEpMAgCQTAIAnEwCAOZMAgDsTAIAPE0CAEhNAgCSTQIAn00CAOhNAgD3TQIAPk4CAEpOAgCUTgIAoE4CAOpOAgDwTgIAQE8CAEZPAgCWTwIAm08CAOxPAgDyTwIAaCsRAExQAgCK1ggAWFACAJhQAgBbUAIADsUJAKRQAgDuUAIA9lACAMwJEgD6UAIARFECAEpRAgCaUQIAoFECAPBRAgD1UQIARlICAExSAgC+KxEApFICAMyKEgCmUgIA8lICAPhSAgBIUwIA/lICAJTPAgBWUwIAnlMCALdTAgD0UwIA/VMCAEpUAgBUVAIAoFQCAKxUAgD2VAIAAlUCAExVAgBSVQIAolUCAKhVAgD4VQIA/VUCAE5WAgBUVgIAFCwRALBWAgD6VgIABFcCAFBXAgBbVwIAplcCAKtXAgD8VwIAA1gCAFJYAgBeWAIAqFgCAK5YAgD+WAIABFkCAFRZAgBZWQIAqlkCALBZAgBqLBEAEVoCAFZaAgBXWgIArFoCAFxaAgC2XwIAsVoCAAJbAgAQWwIAWFsCAGVbAgCuWwIAuFsCAARcAgAQXAIAWlwCAGBcAgCwXAIAvFwCAAZdAgAZXQIAXF0CAGtdAgCyXQIAvl0CAAheAgAJXgIAXl4CAGheAgC0XgIAwl4CAApfAgAPXwIAYF8CAG1fAgDALBEAwl8CAAxgAgAcYAIAYmACAG5gAgC4YAIAvmACAA5hAgAaYQIAZGECAHFhAgC6YQIAyWECABBiAgAcYgIAZmICAHJiAgC8YgIAz2ICABJjAgAhYwIAaGMCAHRjAgC+YwIAv2MCABRkAgAeZAIAamQCAHhkAgDAZAIAxWQCABZlAgAjZQIAFi0RAG5lAgB49AYAeGUCAMJlAgB5ZQIAYsYKAHplAgA+jQwA1mUCABhmAgAkZgIAbmYCAHRmAgDEZgIAymYCABpnAgAfZwIAcGcCAHZnAgBsLREA0mcCABxoAgApaAIA2vICAC9oAgByaAIAd2gCAEB6AgB6aAIACjYDAH5oAgDIaAIAzmgCAB5pAgAkaQIAdGkCAHlpAgDKaQIA0GkCAMItEQAsagIAdmoCAHxqAgDMagIA0WoCACJrAgApawIAeGsCAIZrAgDOawIA6WsCACRsAgAybAIAemwCAH1sAgDQbAIA3mwCACZtAgArbQIAfG0CAIltAgDSbQIA3m0CAChuAgAubgIAfm4CAIRuAgDUbgIA2W4CACpvAgAwbwIAGC4RAIVvAgDWbwIA328CACxwAgA5cAIAgnACAIlwAgDYcAIA6XACAC5xAgAzcQIAhHECAJNxAgDacQIA3HECADByAgBBcgIAhnICAJJyAgDccgIA4nICADJzAgA4cwIAiHMCAI1zAgDecwIA5HMCAG4uEQBLdAIAinQCAJZ0AgDgdAIA7HQCADZ1AgA8dQIAjHUCAJJ1AgDidQIA53UCADh2AgA+dgIAxC4RAJR2AgCeqQIApXYCAOR2AgDtdgIAOncCAFB3AgCQdwIAnHcCAOZ3AgDzdwIAPHgCAEZ4AgCSeAIAnngCAOh4AgDueAIAPnkCAER5AgCUeQIAmXkCAOp5AgDweQIAGi8RAEl6AgCWegIAoHoCAOx6AgDxegIAQnsCAFJ7AgCYewIAsXsCAO57AgDzewIARHwCAE18AgCafAIAp3wCAPB8AgD3fAIARn0CAEl9AgCcfQIAqH0CAPJ9AgAFfgIASH4CAFd+AgCefgIAqn4CAPR+AgD1fgIASn8CAFR/AgCgfwIArn8CAPZ/AgD7fwIATIACAFmAAgBwLxEApYACAPiAAgD7gAIAToECAFuBAgCgEgwAXYECAKSBAgCmgQIA+oECAP2BAgBQggIAWoICAKaCAgCyggIA/IICAA+DAgBSgwIAYYMCAKiDAgC0gwIA/oMCAP+DAgBUhAIAXoQCAKqEAgC4hAIAAIUCAAWFAgBWhQIAY4UCAMYvEQCthQIAAoYCAA6GAgBYhgIAXoYCAK6GAgCwhgIABIcCAA6HAgBahwIAaIcCALCHAgC1hwIABogCABOIAgBciAIAaIgCALKIAgDFiAIACIkCABeJAgBeiQIAaokCALSJAgC1iQIACooCABSKAgBgigIAbooCALaKAgC7igIADIsCABmLAgAcMBEAa4sCALiLAgBuiwIAECINAL6LAgAOjAIAEYwCAGSMAgByjAIAuowCAL+MAgAQjQIAHY0CAGaNAgByjQIAvI0CAMKNAgASjgIAGI4CAGiOAgBtjgIAvo4CAMSOAgByMBEAFo8CAGqPAgAbjwIA+EIOAHmPAgDAjwIA4I8CABaQAgAbkAIAbJACAIeQAgDCkAIAzpACABiRAgAekQIAbpECAH6RAgDEkQIA1ZECABqSAgAfkgIAcJICAHSSAgDGkgIA0pICAByTAgAikwIAcpMCAHiTAgDIkwIAzZMCAB6UAgAklAIAyDARAIOUAgDcYQ8AipQCAMqUAgDLlAIAIJUCADGVAgB2lQIAgpUCAMyVAgDilQIAIpYCAC6WAgB4lgIAhZYCAM6WAgDYlgIAJJcCADCXAgB6lwIAgZcCANCXAgDclwIAJpgCACyYAgB8mAIAgpgCANKYAgDXmAIAKJkCAC6ZAgAeMREAgJkCAGioDwCHmQIA1JkCANWZAgAqmgIAK5oCAICaAgCFmgIA1poCANyaAgAsmwIANpsCAIKbAgCOmwIA2JsCAN+bAgAunAIAM5wCAIScAgCFnAIA2pwCAOacAgAwnQIANp0CAIadAgCInQIA3J0CAOadAgAyngIAQJ4CAIieAgCNngIA3p4CAOueAgA0nwIAQJ8CAIqfAgCdnwIA4J8CAO+fAgA2oAIAQqACAIygAgCNoAIA4qACAOygAgA4oQIARqECAI6hAgCToQIA5KECAPGhAgB0MREAS6ICAJCiAgCcogIA5qICAP2iAgA8owIAPqMCAJKjAgCjowIA6KMCAOqjAgA+pAIARKQCAJSkAgCrpAIA6qQCAPOkAgBApQIAVqUCAJalAgCipQIA7KUCAPmlAgBCpgIATKYCAJimAgCkpgIA7qYCAAGnAgBEpwIAU6cCAJqnAgCmpwIA8KcCAPGnAgBGqAIAUKgCAJyoAgCqqAIA8qgCAPeoAgBIqQIAVakCAMoxEQCgqQIA9KkCAAiqAgBKqgIAWKoCAKCqAgCtqgIA9qoCAP2qAgBMqwIAWKsCAKKrAgC1qwIA+KsCAP2rAgBOrAIAV6wCAKSsAgCurAIA+qwCAP+sAgBQrQIAYK0CAKatAgC/rQIA/K0CAAGuAgBSrgIAW64CAKiuAgC1rgIA/q4CAAWvAgBUrwIAV68CAKqvAgC2rwIAALACABOwAgBWsAIAZbACAKywAgC4sAIAArECAAOxAgBYsQIAYrECAK6xAgC8sQIABLICAAmyAgBasgIAZ7ICACAyEQDJsgIABrMCABKzAgBcswIAYrMCALKzAgC6swIAaH0PAMKzAgAItAIADbQCAF60AgBktAIAtLQCAMq0AgAKtQIADLUCAGC1AgBqtQIAtrUCAMK1AgAMtgIAH7YCAGK2AgBxtgIAuLYCAMS2AgAOtwIAD7cCAGS3AgButwIAurcCAMi3AgAQuAIAFbgCAGa4AgBzuAIAdjIRAL+4AgDAJg4AxrgCAP7IDwDIuAIAyiMKAMm4AgCOzgMAy7gCABK5AgAbuQIAaLkCAG65AgC+uQIAxLkCABS6AgAgugIAaroCAHe6AgDAugIAyroCABa7AgAsuwIAbLsCAHG7AgDCuwIAybsCABi8AgAmvAIAbrwCAH68AgDEvAIA0rwCABq9AgApvQIAcL0CAHK9AgDGvQIA0L0CABy+AgAqvgIAcr4CAHe+AgDIvgIA1b4CAB6/AgAqvwIAdL8CAIe/AgDKvwIA2b8CACDAAgAswAIAdsACAHfAAgDMwAIA1sACACLBAgAwwQIAeMECAH3BAgDOwQIA28ECAMwyEQAmwgIAesICADDCAgBkGwoAi8ICANDCAgDZwgIAJsMCADLDAgB8wwIAhMMCAERxEgCIwwIA0sMCANjDAgAoxAIALsQCAH7EAgCDxAIA1MQCANrEAgAiMxEANsUCAIDFAgCQxQIA1sUCAOTFAgAsxgIAOcYCAILGAgCOxgIA2MYCAN/GAgAuxwIANscCAHgzEQCNxwIAmkIQAJHHAgDI6QIAlccCANrHAgDrxwIAMMgCADjIAgCGyAIAPMgCAERnDQCQyAIA3MgCAOHIAgAyyQIAOskCAIjJAgCKyQIA3skCAJHJAgCs2wIA5skCADTKAgBKygIAisoCAJbKAgDgygIA9soCADbLAgBPywIAjMsCAJjLAgDiywIA6MsCADjMAgBAzAIAjswCAJ7MAgDkzAIA7cwCADrNAgBHzQIAkM0CAJ/NAgDmzQIA8M0CADzOAgBKzgIAks4CAJfOAgDozgIA9c4CAD7PAgBGzwIAzjMRAKrPAgDqzwIA688CAEDQAgBK0AIAltACAJ7QAgDs0AIA9tACAELRAgBH0QIAmNECAKDRAgDu0QIA8NECAKLWAgDx0QIAykADAPTRAgBE0gIA9dECAOZOAwAE0gIA2EcDAFDSAgCa0gIAnNICAPDSAgD30gIARtMCAE7TAgCc0wIAndMCAPLTAgD40wIASNQCAE3UAgCe1AIAn9QCAPTUAgAA1QIAStUCAFDVAgCg1QIAqtUCAPbVAgAK1gIATNYCAFTWAgAkNBEApdYCAPjWAgCp1gIAwDsDAPvWAgBO1wIAXNcCAKTXAgC71wIA+tcCAAfYAgBQ2AIAWNgCAKbYAgCn2AIA/NgCAALZAgBS2QIAV9kCAKjZAgCp2QIA/tkCAAraAgBU2gIAWtoCAKraAgC02gIAANsCABTbAgBW2wIAXtsCANA0EQC52wIAAtwCAAncAgBY3AIAZNwCAK7cAgC+3AIABN0CABLdAgBa3QIAZ90CALDdAgC83QIABt4CAA3eAgBc3gIAZN4CAHw1EQC+3gIACN8CABLfAgBe3wIAad8CALTfAgC53wIACuACABHgAgBg4AIAaOACANI1EQC+4AIADOECABzhAgBi4QIAbuECALjhAgC84QIADuICABbiAgBk4gIAZuICALriAgDA4gIAEOMCACfjAgBm4wIAb+MCALzjAgDS4wIAEuQCAB7kAgBo5AIAdeQCAL7kAgDI5AIAFOUCABflAgBq5QIAcuUCAMDlAgDK5QIAFuYCABvmAgBs5gIAdOYCAMLmAgDS5gIAGOcCACHnAgBu5wIAe+cCAMTnAgDT5wIAGugCACToAgBw6AIAfugCAMboAgDL6AIAHOkCACnpAgBy6QIAeukCACg2EQDV6QIAHuoCAOfpAgAimgQAI+oCAHTqAgB+6gIAyuoCANLqAgAg6wIA4eoCANjgDwAm6wIAdusCAC7rAgCycw0AL+sCAKAMCQAw6wIAjPYCADHrAgBg8gsAgusCAMzrAgDO6wIAuEsNANPrAgAi7AIALuwCAHjsAgCH7AIAzuwCAN/sAgAk7QIAJu0CAHrtAgCA7QIA0O0CANztAgAm7gIALu4CAH42EQCC7gIA1DYRAN7uAgAqNxEAK+8CANY3EQCB7wIALDgRAIPvAgC65gQA1+8CAHZ+DADh7wIAKvACADTwAgCA8AIAgvACANbwAgDp8AIALPECADTxAgD4lg0AOPECAILxAgCI8QIA2PECAN7xAgAu8gIAM/ICAITyAgCK8gIAgjgRAOTyAgAw8wIAMvMCAIbzAgCQ8wIA3PMCAOrzAgAy9AIAN/QCAIj0AgCV9AIA3vQCAOr0AgA09QIAOvUCAIr1AgCQ9QIA4PUCAOX1AgA29gIAPPYCANg4EQCa9gIA4vYCAO/2AgA49wIAP/cCAI73AgCW9wIA5PcCAOX3AgBkngsA5/cCADr4AgD69wIAYJwLAE74AgCQ+AIApvgCAOb4AgD/+AIAPPkCAEH5AgCS+QIAo/kCAC45EQD5+QIAPvoCAED6AgCU+gIAnvoCAOr6AgD4+gIAQPsCAEX7AgCW+wIAo/sCAOz7AgD0+wIAQvwCAE78AgCY/AIAUvwCAPD9AgCe/AIA7vwCAPT8AgBE/QIASf0CAJr9AgCg/QIAhDkRAPL9AgBG/gIAVP4CAJz+AgCt/gIA2jkRAPn+AgAwOhEAUP8CAJ7/AgBS/wIASt8HAJD/AgDevhIArP8CAPT/AgCt/wIAVAUDAK7/AgCsPwoAAQADAEoAAwBZAAMAoAADAKUAAwD2AAMADAEDAEwBAwBNAQMAogEDAKQBAwD4AQMAAgIDAE4CAwBcAgMApAIDAL0CAwD6AgMACwMDAFADAwBcAwMApgMDAK4DAwAyOxEAEAQDAFIEAwBTBAMAqAQDALQEAwD+BAMAAQUDAIg7EQBWBQMAqgUDALcFAwAABgMADQYDAFYGAwBbBgMArAYDALYGAwACBwMACgcDAFgHAwBoBwMArgcDALwHAwAECAMAEQgDAFoIAwBhCAMAsAgDALgIAwAGCQMACQkDAFwJAwBwCQMAsgkDAMgJAwAICgMAIQoDAF4KAwBjCgMAtAoDAMUKAwDeOxEAEgsDADQ8EQAWCwMA7DQKACYLAwAUBRMAbQsDALYLAwC9CwMADAwDABgMAwBiDAMAcgwDALgMAwDGDAMADg0DABsNAwBkDQMAcA0DALoNAwDBDQMAijwRABIOAwBmDgMAFQ4DAPQsBABzDgMAvA4DAMkOAwASDwMAFw8DAGgPAwByDwMAvg8DAMYPAwAUEAMAGRADAERVBAAdEAMAahADAG0QAwDAEAMAzBADAOA8EQAbEQMAbBEDACIRAwBS6QoAcREDAMIRAwDKEQMAGBIDAC4SAwBuEgMAcBIDAMQSAwDREgMAGhMDAC4TAwA2PREAdRMDAMYTAwDOEwMA7OAKANATAwAcFAMAJBQDAHIUAwB+FAMAyBQDANUUAwAeFQMAIxUDAHQVAwB9FQMAyhUDAOEVAwAgFgMAKxYDAIw9EQCEFgMAzBYDAM8WAwAiFwMAJRcDAHgXAwCGFwMAzhcDANsXAwAkGAMAOxgDAHoYAwCCGAMA0BgDANYYAwAmGQMAMhkDAHwZAwCGGQMA0hkDANsZAwAoGgMALhoDAH4aAwCLGgMA4j0RAOAaAwAqGwMA4hoDAAbuCgA5GwMAgBsDAJEbAwDWGwMA2BsDACwcAwAyHAMAghwDAI4cAwDYHAMA3xwDAC4dAwA2HQMAhB0DAIYdAwDaHQMA5x0DADAeAwA3HgMAhh4DAI4eAwDcHgMA6R4DADIfAwA3HwMAiB8DAJIfAwDeHwMA5h8DADQgAwA9IAMAiiADAI0gAwDgIAMA7CADADYhAwA9IQMAOD4RAJkhAwDiIQMAoiEDAOwmAwDEIQMAZPIKAP0hAwA4IgMAOiIDAI4iAwCfIgMA5CIDAPIiAwA6IwMAQSMDAJAjAwCYIwMA5iMDAOsjAwA8JAMAPSQDAJIkAwCeJAMA6CQDAO4kAwA+JQMAQCUDAJQlAwCeJQMA6iUDAPglAwBAJgMARSYDAJYmAwCjJgMAjj4RAO0mAwBCJwMARycDAJgnAwCeJwMA7icDAPgnAwBEKAMAUCgDAJooAwChKAMA8CgDAPgoAwBGKQMASCkDAJwpAwCpKQMA8ikDAPkpAwBIKgMAUCoDAJ4qAwCrKgMA9CoDAPkqAwBKKwMAVCsDAKArAwCoKwMA9isDAP8rAwBMLAMATywDAKIsAwCuLAMA+CwDAP8sAwDkPhEAWi0DAPLjCgBiLQMApC0DALEtAwD6LQMABC4DAFAuAwBSLgMApi4DALkuAwD8LgMABC8DAFIvAwBeLwMAqC8DAK4vAwD+LwMABDADAFQwAwBZMAMAqjADALAwAwA6PxEADjEDAFYxAwBlMQMArDEDAMgxAwACMgMAzDEDAC5zAwAKMgMAkD8RAGEyAwCuMgMAuzIDAAQzAwAOMwMAWjMDAGgzAwCwMwMAxjMDAAY0AwASNAMAXDQDAGQ0AwDmPxEAuDQDAAg1AwAONQMAXjUDAGM1AwC0NQMAujUDADxAEQAPNgMAYDYDAGk2AwC2NgMAwDYDAAw3AwAUNwMAYjcDAGc3AwC4NwMAyDcDAA44AwAWOAMAZDgDAGo4AwBoOgMAfTgDALo4AwC/OAMAEDkDABk5AwBmOQMAczkDALw5AwDDOQMAEjoDABU6AwCSQBEAajoDAL46AwDLOgMAFDsDACs7AwBqOwMAdjsDAOhAEQDHOwMAFjwDAB48AwBsPAMAcDwDAMI8AwDQPAMAGD0DACI9AwBuPQMAeT0DAMQ9AwDMPQMAGj4DAB8+AwBwPgMAiz4DAMY+AwDSPgMAHD8DACI/AwByPwMAgj8DAMg/AwDZPwMAHkADACNAAwB0QAMAeEADAD5BEQDTQAMAIEEDADlBAwB2QQMAgEEDAMxBAwDSQQMAIkIDACRCAwB4QgMAh0IDAM5CAwDYQgMAJEMDACxDAwB6QwMAfkMDANBDAwDeQwMAJkQDADBEAwB8RAMAh0QDANJEAwDaRAMAKEUDAC1FAwB+RQMAmUUDANRFAwDgRQMAKkYDADBGAwCARgMAkEYDANZGAwDnRgMALEcDADFHAwCCRwMAhkcDAJRBEQDhRwMALkgDAD9IAwCESAMAjkgDANpIAwDoSAMAMEkDADFJAwCGSQMAl0kDANxJAwDwSQMAMkoDADpKAwCISgMAjEoDAN5KAwDsSgMANEsDAD5LAwCKSwMAlUsDAOBLAwDoSwMANkwDADtMAwCMTAMAp0wDAOJMAwDuTAMAOE0DAD5NAwCOTQMAnk0DAORNAwD1TQMAOk4DAD9OAwCQTgMAlE4DAOpBEQD0TgMAPE8DAFdPAwCSTwMAoE8DAOhPAwDvTwMAPlADAEpQAwCUUAMAnFADAEBCEQD4UAMAQFEDAEpRAwCWUQMAoVEDAOxRAwD0UQMAQlIDAEdSAwCYUgMAs1IDAO5SAwD6UgMARFMDAEpTAwCaUwMAqlMDAPBTAwABVAMARlQDAEtUAwCcVAMAoFQDAJZCEQADVQMASFUDAFBVAwCeVQMAn1UDAPRVAwD5VQMASlYDAFhWAwCgVgMArVYDAPZWAwAAVwMATFcDAFhXAwCiVwMAqFcDAPhXAwAAWAMATlgDAFVYAwCkWAMAsFgDAPpYAwAAWQMAUFkDAFxZAwCmWQMAtlkDAPxZAwAIWgMAUloDAFhaAwCoWgMAtFoDAP5aAwALWwMAVFsDAGNbAwCqWwMAtlsDAOxCEQADXAMAVlwDAFlcAwCsXAMAulwDAAJdAwAZXQMAWF0DAGVdAwCuXQMAxF0DAAReAwAQXgMAWl4DAGdeAwCwXgMAul4DAAZfAwAOXwMAXF8DAGZfAwCyXwMAt18DAAhgAwAQYAMAXmADAGpgAwC0YAMAwWADAAphAwAUYQMAYGEDAGZhAwC2YQMAymEDAAxiAwAUYgMAYmIDAHBiAwC4YgMAxWIDAA5jAwAWYwMAZGMDAHFjAwC6YwMAyGMDABBkAwAhZAMAZmQDAG5kAwC8ZAMA0mQDABJlAwAUZQMAaGUDAGllAwBCQxEAw2UDAAz3DQDMZQMAFGYDACNmAwBqZgMAdmYDAMBmAwDIZgMAmEMRABtnAwBsZwMAdWcDAMJnAwDPZwMAGGgDAB9oAwBuaAMAcWgDAMRoAwDMaAMAGmkDAB9pAwBwaQMAeWkDAMZpAwDQaQMAHGoDACRqAwByagMAd2oDAMhqAwDYagMAHmsDACZrAwB0awMAemsDAMprAwDMawMAIGwDAC1sAwB2bAMAjWwDAMxsAwDYbAMA7kMRAC5tAwB4bQMAj20DAM5tAwDabQMAJG4DACpuAwB6bgMAgm4DANBuAwDXbgMAJm8DADRvAwB8bwMAl28DANJvAwDgbwMAKHADAC9wAwB+cAMAinADANRwAwDccAMAREQRAD5xAwCAcQMAiHEDANZxAwAHcgMALHIDADhyAwCCcgMAiHIDANhyAwDdcgMAmkQRADpzAwCEcwMAi3MDANpzAwDicwMAMHQDADJ0AwCGdAMAkHQDANx0AwDkdAMA8EQRAEB1AwBOgwMAQXUDAIh1AwCKdQMA3nUDAO91AwA0dgMARXYDAIp2AwCWdgMA4HYDAOd2AwA2dwMAPncDAIx3AwC5dwMA4ncDAOd3AwA4eAMAOXgDAI54AwCYeAMA5HgDAPJ4AwA6eQMAP3kDAJB5AwCdeQMA5nkDAAJ6AwA8egMAWHoDAEZFEQCfegMA6HoDAOx6AwA+ewMARHsDAJR7AwCWewMA6nsDAOt7AwBAfAMAY3wDAJZ8AwC6fAMA7HwDABl9AwBCfQMASn0DAJh9AwCdfQMA7n0DAPt9AwBEfgMATH4DAJp+AwCcfgMA8H4DAPh+AwBGfwMAc38DAJx/AwCpfwMA8n8DAPd/AwBIgAMAVYADAJ6AAwCqgAMA9IADACGBAwBKgQMAUoEDAKCBAwC7gQMA9oEDAPiBAwBMggMAXYIDAKKCAwCrggMA+IIDAASDAwCcRREAW4MDAKSDAwCrgwMA+oMDAAaEAwBQhAMAY4QDAKaEAwCuhAMA/IQDAAGFAwBShQMAW4UDAKiFAwCyhQMA/oUDAAaGAwBUhgMAWYYDAKqGAwC6hgMAAIcDAAiHAwBWhwMAb4cDAKyHAwCxhwMAAogDAAuIAwBYiAMAZYgDAK6IAwC1iAMABIkDAAeJAwDyRREAX4kDALCJAwBniQMAor8MALmJAwAGigMADooDAFyKAwBnigMAsooDALSKAwAIiwMAI4sDAF6LAwBqiwMAtIsDALyLAwBIRhEAF4wDAGCMAwBojAMAtowDAMKMAwAMjQMAEo0DAGKNAwBojQMAuI0DAL2NAwAOjgMAFI4DAJ5GEQBxjgMAuo4DAMKOAwAQjwMAJI8DAGaPAwBrjwMAvI8DAMWPAwASkAMAGJADAGiQAwBwkAMAvpADAMGQAwAUkQMAMZEDAGqRAwB7kQMAwJEDAMiRAwAWkgMAGZIDAGySAwCAkgMAwpIDAM+SAwAYkwMAIpMDAG6TAwBwkwMAxJMDANeTAwBKRxEAH5QDAHCUAwCBlAMAxpQDAM+UAwAclQMAMpUDAHKVAwB/lQMAyJUDANCVAwAelgMAPZYDAKBHEQCAlgMAypYDANKWAwD2RxEAI5cDAHaXAwB+lwMAzJcDANmXAwAimAMAJ5gDAHiYAwCAmAMAzpgDAM+YAwAkmQMAJpkDAHqZAwCAmQMA0JkDANKZAwAmmgMAPJoDAHyaAwCImgMA0poDANyaAwAomwMANJsDAH6bAwCEmwMA1JsDANybAwAqnAMAXJwDAExIEQCJnAMA1pwDAOCcAwAsnQMANJ0DAIKdAwCDnQMA2J0DAN6dAwAungMAOp4DAISeAwCFngMA2p4DANyeAwAwnwMANp8DAIafAwCSnwMA3J8DAOOfAwAyoAMAOqADAIigAwCLoAMA3qADAOigAwA0oQMANqEDAIqhAwCUoQMA4KEDAOyhAwA2ogMATKIDAIyiAwCYogMA4qIDAO+iAwA4owMAQqMDAI6jAwCWowMA5KMDAPajAwCiSBEAPKQDAJCkAwCapAMA5qQDAOikAwA8pQMAVaUDAJKlAwCUpQMA6KUDAOulAwA+pgMASqYDAJSmAwCcpgMA+EgRAP6mAwBApwMAQ6cDAJanAwCgpwMA7KcDAPinAwBCqAMAWKgDAJioAwCgqAMA7qgDAPyoAwBEqQMAR6kDAJqpAwCiqQMA8KkDAPOpAwBGqgMA/qkDAFSxAwBQqgMAnKoDAFGqAwCirQMAnqoDAPKqAwD4qgMASKsDAFKrAwCeqwMArKsDAPSrAwABrAMASqwDAGGsAwCgrAMAqKwDAPasAwD/rAMATK0DAE2tAwBOSREAq60DAPitAwACrgMATq4DAFiuAwCkrgMAsq4DAPquAwAHrwMAUK8DAGevAwCmrwMArq8DAPyvAwADsAMAUrADAFewAwCosAMArLADAP6wAwALsQMApEkRAGGxAwCqsQMAsrEDAACyAwAGsgMAVrIDAGKyAwCssgMAu7IDAAKzAwAHswMAWLMDAHOzAwCuswMAurMDAAS0AwAKtAMAWrQDAG60AwCwtAMAuLQDAAa1AwActQMAXLUDAGG1AwCytQMAubUDAAi2AwAUtgMA+kkRAGW2AwC0tgMAwrYDAAq3AwAXtwMAYLcDAHe3AwC2twMAvrcDAAy4AwASuAMAYrgDAG64AwC4uAMAv7gDAA65AwAcuQMAZLkDAGe5AwC6uQMAwrkDABC6AwAeugMAZroDAGm6AwC8ugMAxLoDABK7AwAjuwMAaLsDAG27AwC+uwMAwLsDABS8AwAbvAMAarwDAHi8AwDAvAMAzbwDABa9AwAtvQMAbL0DAHS9AwDCvQMAzL0DABi+AwAjvgMAbr4DAHq+AwDEvgMAzL4DAFBKEQAcvwMAcL8DAHq/AwDGvwMAyL8DABzAAwAfwAMAcsADAH7AAwDIwAMA0sADAB7BAwAmwQMAdMEDAILBAwDKwQMA18EDACDCAwAowgMAdsIDAIzCAwDMwgMA2MIDACLDAwA4wwMAeMMDAH3DAwDOwwMA1MMDACTEAwA4xAMApkoRAH3EAwDQxAMA2MQDACbFAwA0xQMAfMUDADzFAwDKSggAicUDANLFAwDaxQMAKMYDADLGAwB+xgMAicYDANTGAwDgxgMAKscDADLHAwD8ShEAhscDANbHAwDbxwMALMgDADvIAwCCyAMAjsgDANjIAwDbyAMALskDADHJAwCEyQMAjMkDANrJAwDfyQMAMMoDAEDKAwCGygMAjsoDANzKAwDfygMAMssDADzLAwCIywMAissDAN7LAwDkywMANMwDAD7MAwCKzAMAmMwDAODMAwDtzAMANs0DAE3NAwCMzQMAlM0DAOLNAwDrzQMAOM4DADnOAwBSSxEAms4DAOTOAwDnzgMAKCgKAPPOAwA6zwMA984DALIXCgBEzwMAkM8DAJjPAwB8RgQAnM8DAE7GDwCezwMA5s8DAKzPAwAyAAkA688DADzQAwDzzwMAGMIFAEnQAwCS0AMAldADAMqkCgCY0AMAsuwJAJrQAwDo0AMAnNADAGKPBACe0AMApF4GAOvQAwDAcAgA7tADAKTfBgDy0AMAPtEDAPbQAwBqdAoA+NADABxJCABD0QMAlNEDAErRAwCY1QQATNEDAMBJCgCc0QMA6tEDAO3RAwBA0gMATNIDAJbSAwCc0gMA7NIDAAfTAwBC0wMATtMDAJjTAwCe0wMA7tMDAPbTAwBE1AMARtQDAJrUAwBJ1AMARtUDAKTUAwDw1AMA+NQDAKhLEQBT1QMAnNUDAKTVAwDy1QMA9dUDAEjWAwBN1gMAntYDAK3WAwD01gMAFNcDAErXAwBW1wMAoNcDAKrXAwD21wMA/tcDAEzYAwBe2AMAVEwRAKzYAwD42AMABtkDAE7ZAwBb2QMApNkDALvZAwD62QMAAtoDAFDaAwBf2gMAptoDAKvaAwD82gMACdsDAFLbAwBf2wMAqNsDALTbAwD+2wMADdwDAFTcAwBe3AMAqtwDALjcAwAA3QMABd0DAFbdAwBj3QMArN0DAK/dAwAC3gMACt4DAFjeAwBd3gMArt4DALveAwAE3wMADN8DAFrfAwBj3wMAsN8DAL3fAwAG4AMAFOADAFzgAwBv4AMAsuADALrgAwAI4QMAD+EDAF7hAwBj4QMAtOEDAMrhAwAK4gMADOIDAGDiAwBu4gMAtuIDAMPiAwAM4wMAFOMDAGLjAwBl4wMAuOMDAL3jAwAO5AMAHeQDAGTkAwCE5AMAuuQDAMbkAwAQ5QMAGuUDAGblAwBu5QMAvOUDAM7lAwCqTBEAI+YDAGjmAwBv5gMAvuYDAMbmAwAU5wMAIecDAGrnAwBv5wMAwOcDAMrnAwAW6AMAHugDAGzoAwBu6AMAlrUKAHHoAwC2awgAdugDAODaCgB76AMAwugDAHzoAwD4YwkAx+gDABjpAwAl6QMAbukDAHvpAwDE6QMA0OkDABrqAwAp6gMAcOoDAHrqAwDG6gMAzuoDABzrAwAm6wMAcusDAHfrAwDI6wMA0OsDAABNEQAq7AMAdOwDAHrsAwDK7AMA5ewDACDtAwAs7QMAdu0DAHztAwDM7QMA6O0DACLuAwAq7gMAVk0RAIDuAwDO7gMA2O4DACTvAwAv7wMAeu8DAIbvAwDQ7wMA2O8DAKxNEQAy8AMAfPADAILwAwDS8AMA7fADACjxAwA08QMAfvEDAITxAwDU8QMA3PEDACryAwAw8gMAgPIDAInyAwDW8gMA4/IDACzzAwA58wMAgvMDAJDzAwDY8wMA5fMDAC70AwBF9AMAhPQDAIz0AwDa9AMA3/QDADD1AwDr9AMANPcDAD31AwCG9QMAjvUDANz1AwDn9QMAMvYDADf2AwCI9gMAi/YDAN72AwDo9gMAAk4RADn3AwCK9wMAmfcDAOD3AwDi9wMANvgDAEf4AwCM+AMAnfgDAOL4AwD2+AMAWE4RAEn5AwCO+QMAkfkDAOT5AwCW+QMAWhIIAJv5AwCKuQ8A7vkDADr6AwA8+gMAkPoDAJr6AwDm+gMA8voDADz7AwBm+wMAkvsDAJ37AwAEDAUAuPsDAOj7AwAb/AMAPvwDAGT8AwCU/AMAuvwDAOr8AwAe/QMAQP0DAGv9AwCW/QMAnv0DAOz9AwAW/gMAQv4DAHf+AwCY/gMAw/4DAO7+AwD2/gMARP8DAFP/AwCa/wMAn/8DAPD/AwD5/wMARgAEAP3/AwAACAQAVwAEAJwABACjAAQA8gAEAPoABABIAQQAVQEEAJ4BBACjAQQA9AEEAP4BBABKAgQAUgIEAKACBACqAgQAuA4EAK8CBAD2AgQA+wIEAEwDBABZAwQAogMEAK8DBAD4AwQABAQEAE4EBABdBAQApAQEAK4EBAD6BAQAAgUEAFAFBABaBQQApgUEAKsFBAD8BQQABAYEAK5OEQBeBgQAqAYEAK4GBAD+BgQAGQcEAFQHBABgBwQAqgcEALAHBAAETxEADQgEAFYIBABiCAQArAgEALsIBAACCQQADAkEAFgJBABmCQQArgkEALMJBAAECgQAEQoEAFoKBABiCgQAsAoEALoKBAAGCwQACwsEAFwLBABkCwQAsgsEALULBAAIDAQAFAwEAF4MBABkDAQAtAwEAM8MBAAKDQQAFg0EAGANBABmDQQAtg0EAL4NBAAMDgQADg4EAGIOBABsDgQAWk8RAL4OBAAODwQAEA8EAGQPBABxDwQAug8EAL0PBAAQEAQAIRAEAGYQBABoEAQAvBAEAMYQBAASEQQAHhEEAGgRBABwEQQAsE8RAMMRBAAUEgQAFxIEAGoSBAB0EgQAwBIEAMgSBAAWEwQAIxMEAGwTBABuEwQAwhMEANgTBAAYFAQAJBQEAAZQEQCKFAQAxBQEAOAUBABcUBEAHxUEAHAVBAB9FQQAxhUEANMVBAAcFgQAKBYEAHIWBACBFgQAyBYEANIWBAAeFwQALBcEAHQXBAB5FwQAyhcEANcXBAAgGAQAORgEAHYYBAB4GAQAzBgEANMYBACyUBEAPxkEAHgZBACJGQQAzhkEANoZBAAkGgQANxoEAHoaBACJGgQA0BoEANwaBAAmGwQAJxsEAHwbBACGGwQA0hsEAOAbBAAoHAQALRwEAH4cBACLHAQACFERANkcBAAqHQQANx0EAIAdBACNHQQA1h0EAOIdBAAsHgQAOx4EAIIeBACMHgQA2B4EAOYeBAAuHwQAMx8EAIQfBACRHwQA2h8EAOIfBAAKUhEANSAEAIYgBACOIAQAYFIRAN4gBAAyIQQAQCEEAIghBACZIQQAtlIRAOUhBAAMUxEAOSIEAIoiBACSIgQA4CIEAO8iBAA2IwQAOyMEAIwjBACZIwQA4iMEAO8jBAA4JAQARCQEAI4kBACdJAQA5CQEAO4kBAC4UxEAPCUEAMLTDgBAJQQAoL4MAE0lBACQJQQAnyUEAOYlBADyJQQAPCYEAD0mBACSJgQAnCYEAOgmBAD2JgQAPicEAEMnBACUJwQAoScEAA5UEQDuJwQAQCgEAEsoBACWKAQApCgEAOwoBAD9KAQAQikEAE4pBACYKQQAoCkEAGRUEQDzKQQARCoEAFEqBACaKgQApyoEAPAqBAD8KgQARisEAFUrBACcKwQApisEAPIrBAAALAQASCwEAFUsBACeLAQAtSwEALpUEQABLQQASi0EAFctBACgLQQArC0EAPYtBAAFLgQATC4EAFYuBACiLgQAsC4EAPguBAC+LgQA9LcJAP0uBABOLwQAWy8EAKQvBACsLwQAEFURAAYwBABQMAQAYDAEAKYwBACvMAQA/DAEAP8wBABSMQQAXjEEAKgxBACvMQQAZlURAAsyBABUMgQAYzIEAKoyBACrMgQAADMEABczBABWMwQAcDMEAKwzBAC4MwQAAjQEABU0BABYNAQAZzQEAK40BAC6NAQABDUEAAU1BABaNQQAZDUEALA1BAC+NQQABjYEAAs2BABcNgQAaTYEALxVEQDMNgQACDcEABc3BABeNwQAYDcEALQ3BABjNwQAFj4EAME3BAAKOAQAFzgEAGA4BABlOAQAtjgEAMA4BAAMOQQAGzkEAGI5BABnOQQAuDkEAMU5BAAOOgQAGzoEAGQ6BABwOgQAujoEAMk6BAAQOwQAGjsEAGY7BABzOwQAvDsEAME7BAASPAQAFjwEAGg8BAB0PAQAvjwEAMQ8BAAUPQQAGj0EAGo9BABvPQQAwD0EAMY9BAASVhEAIz4EAGw+BAB5PgQAwj4EAM4+BAAYPwQAJz8EAG4/BAB4PwQAxD8EANI/BAAaQAQAH0AEAHBABAB9QAQAxkAEAM1ABAAcQQQAIUEEAHJBBAB+QQQAyEEEAMtBBAAeQgQAK0IEAHRCBAB5QgQAykIEANRCBAAgQwQALEMEAHZDBACJQwQAzEMEANpDBAAiRAQAJUQEAHhEBACCRAQAzkQEANpEBAAkRQQAKkUEAHpFBACARQQA0EUEANVFBAAmRgQALEYEAGhWEQCGRgQA9ggHAIhGBAAwVQkAi0YEANJGBADURgQAKEcEADlHBAB+RwQAj0cEANRHBADcRwQAKkgEADpIBACASAQAgkgEANZIBADkSAQALEkEAD1JBAC+VhEAiUkEABRXEQDZSQQALkoEADNKBACESgQANEoEAIZ2BACKSgQA2koEAORKBAAwSwQAPEsEAIZLBACMSwQA3EsEAOJLBAAyTAQAN0wEAIhMBACOTAQAalcRAOxMBAA0TQQATU0EAIpNBACLTQQA4E0EAP1NBAA2TgQAPk4EANBwBABQTgQAjE4EAI9OBADiTgQA504EAGxYEQBRTwQAjk8EAJRPBADkTwQApE8EAMwaBQDmTwQAOlAEAEBQBACQUAQApFAEAOZQBADuUAQAPFEEAElRBACSUQQAl1EEAOhRBADyUQQAPlIEAEZSBACUUgQApVIEAOpSBADvUgQAQFMEAEJTBACWUwQAnVMEAOxTBAD4UwQAQlQEAElUBACYVAQAtFQEAO5UBAD2VAQAwlgRAEVVBACaVQQAplUEAPBVBAD9VQQARlYEAE5WBACcVgQAn1YEAPJWBAD9VgQASFcEAEpXBACeVwQApFcEAPRXBAAAWAQASlgEAFFYBACgWAQAqFgEAPZYBAD7WAQATFkEAGVZBACiWQQAzlkEAPhZBAAEWgQATloEAF1aBACkWgQArloEAPpaBAACWwQAUFsEAGBbBACmWwQAtFsEAPxbBAANXAQAUlwEAF5cBAAYWREArVwEAP5cBAAGXQQAVF0EAFVdBACqXQQAal0EAK6YCwDHXQQAAF4EAAheBABWXgQAWl4EAKxeBACyXgQAAl8EAARfBABYXwQAWV8EAK5fBACvXwQABGAEABBgBABaYAQAYGAEALBgBAC4YAQABmEEAAhhBABcYQQAd2EEALJhBAC0YQQACGIEABZiBABeYgQAb2IEALRiBAC2YgQACmMEACNjBABgYwQAcWMEALZjBADCYwQAblkRABpkBABiZAQAKGQEAB4fCAB4ZAQAuGQEALlkBAAOZQQAH2UEAGRlBABwZQQAumUEANBlBAAQZgQAHGYEAGZmBABzZgQAvGYEAMZmBAASZwQAFGcEAGhnBAByZwQAvmcEAMxnBAAUaAQAGWgEAGpoBAB3aAQAwGgEANxoBAAWaQQAHmkEAMRZEQB6aQQAwmkEANtpBAAYagQAGWoEAG5qBACLagQAxGoEAMxqBAAaawQAK2sEAHBrBAB+awQAxmsEAN9rBAAcbAQAImwEAHJsBAB0bAQAyGwEAM5sBAAebQQAMm0EAHRtBAB8bQQAym0EANdtBAAgbgQAJW4EAHZuBACAbgQAzG4EANRuBAAibwQAMm8EAHhvBAB9bwQAzm8EANdvBAAkcAQAMXAEAHpwBACBcAQAGloRAOFwBAAmcQQANHEEAHxxBACVcQQA0nEEANhxBAAocgQAKnIEAH5yBACEcgQA1HIEAOhyBAAqcwQAMnMEAIBzBACNcwQA1nMEANtzBAAsdAQANnQEAIJ0BACKdAQA2HQEAOh0BAAudQQAM3UEAIR1BACNdQQA2nUEAOd1BAAwdgQAN3YEAHBaEQCLdgQA3HYEAN12BAAydwQAPncEAIh3BACOdwQA3ncEAO93BAA0eAQASHgEAIp4BACZeAQA4HgEAOV4BAA2eQQAQ3kEAIx5BACceQQA4nkEAPB5BAA4egQAT3oEAI56BACXegQA5HoEAOp6BAA6ewQARnsEAJB7BACXewQA5nsEAAJ8BAA8fAQARHwEAMZaEQCYfAQA6HwEAO58BAA+fQQAQ30EAJR9BACafQQAHFsRAO99BABAfgQAQn4EAJZ+BACdfgQA7H4EAPp+BABCfwQAT38EAJh/BACvfwQA7n8EAPZ/BABEgAQARYAEAJqABACdgAQA8IAEAASBBABGgQQAVYEEAJyBBAChgQQA8oEEAPOBBABIggQAX4IEAMhbEQCgggQA9IIEAAGDBABKgwQAV4MEAKCDBAClgwQA9oMEAACEBABMhAQAVIQEAKKEBACyhAQA+IQEAAaFBABOhQQAW4UEAKSFBACrhQQA+oUEAAKGBABQhgQAUoYEAKaGBACuhgQA/IYEAP2GBABShwQAEocEANYfBQBXhwQAqIcEAKuHBAD+hwQACIgEAFSIBABriAQAqogEALCIBAAAiQQADIkEAFaJBABZiQQArIkEAMmJBAACigQAE4oEAFiKBABgigQArooEALWKBAAEiwQACosEAFqLBABoiwQAsIsEAMuLBAAGjAQAEowEAFyMBABijAQAsowEAMeMBAAIjQQAEI0EAF6NBABojQQAtI0EALqNBAAKjgQAGI4EAGCOBABsjgQAto4EAL2OBAAMjwQAFI8EAB5cEQBwjwQAuI8EAM6PBAAOkAQAGpAEAGSQBABpkAQAupAEAMOQBAAQkQQAGpEEAGaRBABykQQAiHsGAIKRBAC8kQQAxJEEAHRcEQAXkgQAaJIEAHWSBAC+kgQAy5IEABSTBAAgkwQAapMEAHmTBADAkwQAypMEABaUBAAklAQAbJQEAHGUBADClAQAz5QEABiVBAAglQQAylwRAHyVBADElQQA2pUEABqWBAAmlgQAcJYEAHWWBADGlgQAz5YEAByXBAAmlwQAcpcEAHqXBADIlwQA1JcEAB6YBAAxmAQAdJgEAHWYBADKmAQA2JgEACCZBAAmmQQAdpkEAIKZBADMmQQA05kEACBdEQAsmgQAeJoEAICaBADOmgQA1JoEAOzeCQDdmgQAJJsEACmbBAD+CAUAKpsEAHqbBACGmwQA0JsEANKbBAAmnAQAMJwEAHycBACInAQA0pwEANqcBAB2XREAMJ0EAH6dBACNnQQA1J0EANmdBAAqngQAN54EAICeBACNngQA1p4EAOKeBAAsnwQAO58EAIKfBACMnwQA2J8EAOafBAAuoAQAM6AEAISgBACRoAQA2qAEAOKgBAAwoQQAOqEEAIahBACLoQQA3KEEAOShBAAyogQAPaIEAIiiBACNogQA3qIEAOGiBAA0owQAPqMEAIqjBACSowQAzF0RAOWjBAA2pAQARaQEAIykBACOpAQA4qQEAPOkBAA4pQQAQ6UEAI6lBACTpQQA5KUEAOelBAA6pgQARKYEAJCmBACYpgQA5qYEAOimBAA8pwQASacEAJKnBACZpwQA6KcEAPCnBAA+qAQAP6gEAJSoBACZqAQA6qgEAPCoBABAqQQASqkEAJapBACeqQQAIl4RACKqBABCqgQAd6oEAJiqBACyqgQA7qoEABSrBABEqwQAXqsEAJqrBADAqwQA8KsEAAqsBABGrAQAb6wEAJysBACkrAQA8qwEAPSsBABIrQQAVa0EAJ6tBAClrQQA9K0EAPytBABKrgQAS64EAKCuBAClrgQA9q4EAPyuBABMrwQAVq8EAKKvBACqrwQAeF4RABSwBADOXhEAVrAEAKSwBACmsAQA+rAEAAexBABQsQQAV7EEAKaxBACusQQA/LEEAP2xBABSsgQAV7IEAKiyBACusgQA/rIEAAizBABUswQAXLMEACRfEQCvswQAALQEAAK0BABWtAQAXbQEAKy0BAC6tAQAArUEAA+1BABYtQQAb7UEAK61BAC2tQQABLYEAA62BABatgQAGrYEAG4WBQBltgQAsLYEALy2BAAGtwQADrcEAHpfEQBdtwQAsrcEAGa3BAAYlwUAcrcEAJyDBQC3twQACLgEAAu4BABeuAQAaLgEALS4BADLuAQACrkEABC5BABguQQAbLkEALa5BAC5uQQADLoEACm6BABiugQAc7oEALi6BADXugQADrsEABa7BABkuwQAZrsEALq7BADJuwQAELwEABq8BABmvAQAdLwEALy8BADXvAQAEr0EAB69BABovQQAcL0EANBfEQDKvQQAFL4EACO+BABqvgQAb74EAMC+BADGvgQAFr8EAB2/BABsvwQAdL8EAMK/BADEvwQAGMAEAB/ABABuwAQAcMAEAMTABADFwAQAGsEEACTBBABwwQQAfMEEAMbBBADMwQQAHMIEADbCBABywgQAesIEAMjCBADewgQAHsMEACzDBAB0wwQAd8MEAMrDBADNwwQAIMQEAC7EBAB2xAQAg8QEAMzEBADjxAQAIsUEACrFBAB4xQQAesUEAM7FBADWxQQAJMYEADvGBAB6xgQAhsYEANDGBADmxgQAJscEAC7HBAB8xwQAiscEANLHBADcxwQAKMgEADDIBAB+yAQAhcgEANTIBADgyAQAKskEACvJBACAyQQAjMkEANbJBADjyQQALMoEADPKBACCygQAhcoEANjKBADgygQALssEADPLBACEywQAkcsEANrLBAAKzAQAMMwEADjMBAAmYBEAjswEAJqaEQCizAQA3MwEAOTMBAB8YBEAQM0EAIjNBACKzQQA3s0EAO/NBAA0zgQAPM4EAIrOBACWzgQA4M4EAObOBAA2zwQAPM8EAIzPBACRzwQA4s8EAOjPBADSYBEAPdAEAI7QBABE0AQAjuINAJbQBADk0AQA6dAEAKiTCgDq0AQAbqMLAPDQBAAiUgsA89AEADrRBAD10AQAvqALAD/RBACQ0QQAQNEEAJCFCQCd0QQA5tEEAPPRBAA80gQASNIEAJLSBACh0gQA6NIEAPLSBAAqYhEASNMEAJTTBACZ0wQA6tMEAPLTBACAYhEARdQEAJbUBACZ1AQA7NQEAPbUBABC1QQAatUEACxjEQCe1QQA7tUEAATWBABE1gQAUtYEAJrWBACn1gQA8NYEAPLWBABG1wQAUNcEAJzXBACo1wQA8tcEAPnXBABI2AQAUNgEAJ7YBACl2AQA9NgEAP3YBABK2QQAVtkEAKDZBACo2QQAgmMRAPvZBABM2gQAVNoEAKLaBACx2gQA+NoEAP3aBABO2wQAW9sEAKTbBACx2wQA+tsEAAbcBABQ3AQAX9wEAKbcBACw3AQA/NwEAArdBABS3QQAV90EAKjdBAC13QQA/t0EAAbeBABU3gQAXt4EAKreBAC43gQAAN8EABbfBABW3wQAYt8EAKzfBACx3wQAAuAEAAvgBABY4AQAYuAEANhjEQC44AQABOEEABDhBABa4QQAYuEEAC5kEQC14QQABuIEABPiBABc4gQAaeIEALLiBAC+4gQACOMEABfjBABe4wQAaOMEALTjBADM4wQACuQEABTkBABg5AQAbuQEALbkBADM5AQADOUEABjlBABi5QQAZ+UEALjlBADB5QQADuYEABjmBABk5gQAbOYEAIRkEQDH5gQAEOcEANDmBAByrxAAHecEAGbnBABy5wQAvOcEAMvnBAAS6AQAHOgEAGjoBAB26AQAvugEAMvoBAAU6QQAK+kEAGrpBABy6QQAwOkEAMrpBAAW6gQAG+oEAGzqBAB06gQA2mQRAM7qBAAY6wQAHusEAG7rBACJ6wQAxOsEANDrBAAa7AQAIOwEADBlEQB47AQAhmURAMvsBAAc7QQAKe0EAHLtBAB/7QQAyO0EANTtBAAe7gQALe4EAHTuBAB+7gQAyu4EANjuBAAg7wQAJe8EAHbvBACD7wQAzO8EANTvBADcZREALvAEAHjwBACI8AQAzvAEANfwBAAk8QQAJ/EEAHrxBACG8QQA0PEEANfxBAAyZhEANPIEAHzyBACS8gQA0vIEAN7yBAAo8wQAL/MEAH7zBACG8wQA1PMEANnzBAAq9AQAM/QEAID0BACK9AQAiGYRANv0BAAs9QQA4vQEAIr5BAA09QQAgvUEAIj1BADY9QQA3fUEAC72BAA39gQAhPYEAI72BADa9gQA5vYEADD3BAA49wQA3mYRAIv3BADc9wQA5PcEADL4BAA9+AQAiPgEAI34BADe+AQA4fgEADT5BAA++QQANGcRAJT5BADg+QQA5PkEADb6BAA7+gQAjPoEAJL6BADi+gQAAvsEADj7BABA+wQAjvsEAJz7BADk+wQA5/sEADr8BABC/AQAkPwEAJn8BADm/AQA8/wEADz9BABC/QQAkv0EAJ79BADo/QQA6v0EAD7+BABN/gQAlP4EAJ/+BADq/gQA7P4EAED/BABZ/wQAlv8EAKf/BADs/wQA+P8EAIpnEQBKAAUAmAAFALgABQDuAAUA/AAFAEQBBQBRAQUAmgEFAKEBBQDwAQUADAIFAEYCBQBOAgUA4GcRAKECBQDyAgUA/wIFAEgDBQBVAwUAngMFAKoDBQD0AwUAAwQFAEoEBQBUBAUAoAQFALUEBQD2BAUA/gQFAEwFBQBbBQUAogUFAKQFBQD4BQUAAQYFAE4GBQBRBgUApAYFALAGBQD6BgUAFgcFAFAHBQBYBwUANmgRAKsHBQD8BwUAEggFAFIIBQBeCAUAqAgFAMsIBQCMaBEACwkFAFQJBQBhCQUAqgkFALYJBQAACgUADwoFAFYKBQBgCgUArAoFALQKBQACCwUADAsFAFgLBQBdCwUArgsFALYLBQDiaBEAGAwFAFoMBQCADAUAsAwFANYMBQAGDQUALA0FAFwNBQCHDQUAsg0FALoNBQAIDgUAMg4FAF4OBQCUDgUAtA4FANoOBQAKDwUAMA8FAGAPBQCWDwUAtg8FAOEPBQAMEAUAFBAFAGIQBQBnEAUAeHEFAHEQBQC4EAUAvRAFAA4RBQAbEQUAZBEFAHERBQC6EQUAxhEFABASBQAfEgUAZhIFAHASBQC8EgUAyhIFABITBQAXEwUAaBMFAHUTBQC+EwUAxhMFABQUBQAaFAUAahQFAB4UBQDIbgUAdhQFAMAUBQDQFAUAFhUFAB8VBQBsFQUAbxUFAMIVBQDOFQUAGBYFAB8WBQA4aREAghYFAMQWBQDHFgUAGhcFADcXBQBwFwUAgRcFAMYXBQDNFwUAHBgFADUYBQByGAUAehgFAMgYBQDeGAUAHhkFACMZBQB0GQUAexkFAMoZBQDTGQUAIBoFADEaBQB2GgUAghoFAI5pEQDOGgUAKB4FAOAaBQAiGwUAJRsFAHgbBQCVGwUAzhsFAN8bBQAkHAUAMxwFAHocBQCLHAUA0BwFAN4cBQAmHQUAMh0FAHwdBQCJHQUA0h0FANwdBQDkaREALh4FAH4eBQCMHgUA1B4FANYeBQAqHwUAMR8FAIAfBQCZHwUAOmoRAOofBQAsIAUALyAFAIIgBQCfIAUA2CAFAOkgBQAuIQUANiEFAIQhBQCLIQUA2iEFAOAhBQAwIgUAPiIFAIYiBQChIgUA3CIFAOgiBQAyIwUAOCMFAIgjBQCdIwUA3iMFAOYjBQA0JAUAPiQFAIokBQCQJAUA4CQFAO4kBQA2JQUAQiUFAIwlBQCTJQUA4iUFAOolBQCQahEAQSYFAI4mBQCbJgUA5CYFAPImBQA6JwUASScFAJAnBQCSJwUA5icFAPAnBQA8KAUASigFAJIoBQCXKAUA6CgFAPUoBQA+KQUAQSkFAJQpBQCgKQUA6ikFAP0pBQBAKgUATyoFAJYqBQCiKgUA7CoFAO0qBQBCKwUATCsFAJgrBQCmKwUA7isFAPMrBQBELAUAUSwFAOZqEQCfLAUA8CwFAAYtBQBGLQUAXC0FAJwtBQClLQUA8i0FAP8tBQBILgUAVi4FAJ4uBQCtLgUA9C4FAPYuBQBKLwUAVC8FAKAvBQCuLwUA9i8FAPsvBQBMMAUAWTAFAKIwBQClMAUA+DAFAAAxBQBOMQUAXzEFAKQxBQCyMQUA+jEFAAcyBQBQMgUAcDIFAKYyBQCuMgUA/DIFAAwzBQBSMwUAVDMFAKgzBQC2MwUA/jMFAA80BQDoaxEAWjQFAKo0BQC2NAUAPmwRAAc1BQBWNQUADTUFAIooBwBdNQUArDUFALI1BQACNgUADjYFAFg2BQBbNgUArjYFALE2BQAENwUALDcFAFo3BQB9NwUAsDcFALs3BQAGOAUACzgFAFw4BQBfOAUAsjgFALw4BQAIOQUAMDkFAJRsEQBjOQUAtDkFAME5BQAKOgUAFzoFAGA6BQBsOgUAtjoFAMU6BQAMOwUAFjsFAGI7BQBqOwUAuDsFAMI7BQAOPAUAEzwFAGQ8BQBsPAUA6mwRAMc8BQAQPQUAJD0FAGY9BQBuPQUAvD0FAME9BQASPgUAIj4FAGg+BQBwPgUAvj4FAMg+BQAUPwUAHz8FAGo/BQB2PwUAwD8FAMg/BQBAbREAF0AFAGxABQB4QAUAwkAFANFABQAYQQUAJkEFAG5BBQB+QQUAxEEFANJBBQAaQgUAJkIFAHBCBQB3QgUAxkIFAM5CBQAcQwUAMkMFAHJDBQCGQwUAyEMFAMtDBQAeRAUAO0QFAHREBQCFRAUAykQFANJEBQAgRQUAK0UFAHZFBQB7RQUAzEUFAM9FBQAiRgUALEYFAHhGBQB7RgUAlm0RANBGBQAmTggA00YFACRHBQAnRwUAekcFAIRHBQDQRwUA2EcFACZIBQBFSAUA7G0RAJBIBQDSSAUA+EgFAChJBQBOSQUAfkkFAKRJBQDUSQUADEoFACpKBQBgSgUAgEoFAKZKBQDWSgUA/EoFACxLBQBiSwUAgksFAKZLBQDYSwUA9EsFAC5MBQA2TAUAQm4RAIlMBQDaTAUA50wFADBNBQA9TQUAhk0FAJJNBQDcTQUA600FADJOBQA8TgUAiE4FAJZOBQDeTgUA404FADRPBQBBTwUAik8FAJJPBQCYbhEA7E8FADZQBQBGUAUAjFAFAJVQBQDiUAUA5VAFADhRBQBEUQUAjlEFAJVRBQDubhEA8lEFADpSBQBQUgUAkFIFAJxSBQDmUgUA7VIFADxTBQBEUwUAklMFAJdTBQDoUwUA8VMFAD5UBQBIVAUARG8RAJVUBQDqVAUA9lQFAEBVBQBGVQUAllUFAJhVBQDsVQUA9lUFAEJWBQBQVgUAmFYFAJ1WBQDuVgUA+1YFAERXBQBMVwUAmlcFAKRXBQDwVwUA/lcFAEZYBQBcWAUAnFgFAKhYBQDyWAUA+VgFAEhZBQBQWQUAnlkFAKNZBQD0WQUA/VkFAEpaBQBUWgUAmm8RAKNaBQD2WgUAE1sFAExbBQBdWwUAolsFALBbBQD4WwUAEFwFAE5cBQBRXAUApFwFAMFcBQD6XAUAC10FAFBdBQBoXQUApl0FALJdBQD8XQUAD14FAFJeBQBhXgUAqF4FALReBQD+XgUA/14FAFRfBQBeXwUAql8FALhfBQAAYAUABWAFAFZgBQBjYAUA8G8RALFgBQACYQUAD2EFAFhhBQBlYQUArmEFALphBQAEYgUAE2IFAFpiBQBkYgUAsGIFAL5iBQAGYwUAC2MFAFxjBQBpYwUAsmMFALpjBQDycBEAFGQFAF5kBQBuZAUAtGQFAL1kBQAKZQUADWUFAGBlBQBsZQUAtmUFAL1lBQBIcREAGmYFAGJmBQB4ZgUAuGYFAMRmBQAOZwUAFWcFAGRnBQBsZwUAumcFAL9nBQAQaAUAGWgFAGZoBQBwaAUAnnERAL1oBQASaQUAHmkFAGhpBQBuaQUAvmkFAMBpBQAUagUAHmoFAGpqBQB4agUAwGoFAMVqBQAWawUAI2sFAGxrBQB0awUAwmsFAMxrBQAYbAUAJmwFAG5sBQCEbAUAxGwFANBsBQAabQUAIW0FAHBtBQB4bQUAxm0FAMttBQAcbgUAJW4FAHJuBQB8bgUA9HERANZuBQAebwUANG8FAHRvBQCAbwUAym8FANFvBQAgcAUAKHAFAHZwBQB7cAUAzHAFANVwBQAicQUALHEFAEpyEQB5cQUAznEFANpxBQAkcgUAKnIFAHpyBQB8cgUA0HIFANpyBQAmcwUANHMFAHxzBQCBcwUA0nMFAN9zBQAodAUAMHQFAH50BQCIdAUA1HQFAOJ0BQAqdQUAQHUFAIB1BQCMdQUA1nUFAN11BQAsdgUANHYFAIJ2BQCHdgUA2HYFAOF2BQAudwUAOHcFAKByEQCGdwUAeNUMAJJ3BQDadwUA63cFADB4BQA1eAUAhngFAJ14BQDceAUA8HgFADJ5BQBKeQUAiHkFAJd5BQDeeQUA43kFADR6BQBBegUAinoFAJd6BQDgegUA7HoFADZ7BQBFewUAjHsFAJZ7BQDiewUA6nsFADh8BQBWfAUAjnwFAJZ8BQDkfAUA7XwFADp9BQBHfQUAkH0FAJJ9BQDmfQUA/30FADx+BQBNfgUAkn4FAJ5+BQDofgUA8H4FAPZyEQBDfwUAlH8FAJx/BQDqfwUA+X8FAECABQBFgAUAloAFAKOABQDsgAUA+YAFAEKBBQBOgQUAmIEFAKeBBQDugQUA+IEFAESCBQBMggUAmoIFAKSCBQDwggUA9YIFAEaDBQBOgwUATHMRALCDBQDygwUA9YMFAEiEBQBlhAUAnoQFAK+EBQD0hAUAKoUFAEqFBQBphQUAoIUFAKiFBQD2hQUA+IUFAEyGBQBbhgUAooYFAKyGBQD4hgUABocFAE6HBQBphwUApIcFALCHBQD6hwUAAogFAKJzEQBciAUApogFALWIBQD8iAUAAYkFAFKJBQBYiQUAqIkFAK+JBQD+iQUABooFAFSKBQBWigUAqooFALGKBQAAiwUAAosFAFaLBQBXiwUArIsFALaLBQACjAUADowFAFiMBQBejAUArowFAMiMBQAEjQUADI0FAFqNBQBwjQUAsI0FAL6NBQAGjgUACY4FAFyOBQBfjgUAso4FAMCOBQAIjwUAFY8FAF6PBQB1jwUAtI8FALyPBQAKkAUADJAFAGCQBQBokAUAtpAFAM2QBQAMkQUAGJEFAGKRBQB4kQUAuJEFAMCRBQAOkgUAHJIFAGSSBQBukgUAupIFAMKSBQAQkwUAF5MFAGaTBQBykwUAvJMFAL2TBQASlAUAHpQFAGiUBQB1lAUAvpQFAMWUBQAUlQUAF5UFAGqVBQBylQUAwJUFAMWVBQAWlgUAI5YFAGyWBQCclgUAwpYFAMqWBQD4cxEAHpcFAG6XBQB8lwUAxJcFANWXBQAamAUAH5gFAHCYBQCHmAUAxpgFANqYBQAcmQUAO5kFAHKZBQB6mQUAyJkFAMqZBQAemgUALZoFAHSaBQB+mgUAypoFANiaBQAgmwUAO5sFAHabBQCCmwUAzJsFANSbBQBOdBEALpwFAHicBQCHnAUAzpwFANOcBQAknQUAKp0FAHqdBQCBnQUA0J0FANidBQAmngUAKJ4FAHyeBQCDngUA0p4FANSeBQAonwUAKZ8FAH6fBQCInwUA1J8FAOCfBQAqoAUAMKAFAICgBQCaoAUA1qAFAN6gBQAsoQUAQqEFAIKhBQCQoQUA2KEFANuhBQAuogUAMaIFAISiBQCSogUA2qIFAOeiBQAwowUAR6MFAIajBQCOowUA3KMFAN6jBQAypAUAOqQFAIikBQCfpAUA3qQFAOqkBQA0pQUASqUFAIqlBQCSpQUA4KUFAO6lBQA2pgUAQKYFAIymBQCUpgUA4qYFAOmmBQA4pwUARKcFAI6nBQCPpwUA5KcFAPCnBQA6qAUAR6gFAJCoBQCXqAUA5qgFAOmoBQA8qQUARKkFAJKpBQCXqQUA6KkFAPWpBQA+qgUAbqoFAJSqBQCcqgUApHQRAO+qBQBAqwUAXKsFAJarBQCeqwUA+nQRACWsBQBCrAUAaKwFAJisBQDBrAUA7qwFACStBQBErQUAWa0FAJqtBQCirQUA8K0FAPOtBQBGrgUAY64FAJyuBQCtrgUA8q4FAPWuBQBIrwUAUq8FAJ6vBQCgrwUA9K8FAP6vBQBKsAUAVrAFAKCwBQC8sAUA9rAFAP6wBQBQdREAf7EFAKKxBQClsQUA+LEFAB6yBQBOsgUAd7IFAKSyBQDIsgUA+rIFAAKzBQCmdREAVbMFAKazBQCzswUA/LMFAAm0BQBStAUAXrQFAKi0BQC3tAUA/rQFAAi1BQBUtQUAYrUFAKq1BQCvtQUAALYFAA22BQBWtgUAXrYFAKy2BQC2tgUAArcFABC3BQBYtwUAbrcFAK63BQC6twUABLgFAAm4BQBauAUAY7gFALC4BQC6uAUABrkFACK5BQBcuQUAZLkFAPx1EQC0uQUACLoFABa6BQBeugUAb7oFAFJ2EQC7ugUAqHYRAA+7BQBguwUAaLsFALa7BQDFuwUADLwFABK8BQBivAUAbrwFALi8BQC6vAUADr0FABi9BQBkvQUAcL0FALq9BQDCvQUAVHcRABW+BQBmvgUAdb4FALy+BQDcvgUAEr8FAB6/BQBovwUAcr8FAL6/BQDGvwUAFMAFABbABQBqwAUAesAFAMDABQDKwAUAFsEFACLBBQBswQUAcsEFAMLBBQDKwQUAqncRAC/CBQBuwgUAdsIFAMTCBQDOwgUAGsMFAB/DBQBwwwUAeMMFAAB4EQDLwwUAHMQFACXEBQAWIwwAKcQFAHLEBQAyxAUA3DYPAHzEBQBo/A4Af8QFAMjEBQDUxAUAHsUFAC3FBQB0xQUAfsUFAMrFBQDSxQUAmmMLANjFBQAgxgUALcYFAHbGBQCNxgUAzMYFANTGBQAixwUALMcFAHjHBQB9xwUAzscFANbHBQBWeBEAMcgFAHrIBQCIyAUA0MgFAOPIBQAmyQUALskFAHzJBQB/yQUA0skFANfJBQAoygUAN8oFAH7KBQCeygUA1MoFAODKBQAqywUANMsFAIDLBQCcywUA1ssFAN7LBQCseBEAP8wFAILMBQCIzAUA2MwFAOTMBQAuzQUAOM0FAITNBQCKzQUA2s0FAOjNBQAwzgUAPM4FAIbOBQCJzgUA3M4FAN3OBQAyzwUAPs8FAIjPBQCOzwUA3s8FAOTPBQA00AUAQNAFAIrQBQCn0AUA4NAFAOnQBQA20QUAQtEFAIzRBQCP0QUA4tEFAOzRBQA40gUARNIFAI7SBQCU0gUA5NIFAOrSBQA60wUAP9MFAJDTBQCW0wUAAnkRAPLTBQA81AUAPtQFAJLUBQCh1AUA6NQFAPPUBQA+1QUAStUFAJTVBQCb1QUA6tUFAPLVBQBA1gUAStYFAJbWBQCh1gUA7NYFAPjWBQBC1wUAStcFAAR6EQCa1wUA7tcFAAHYBQBE2AUATNgFAJrYBQCg2AUA8NgFAPzYBQBG2QUAUNkFAJzZBQCi2QUA8tkFAADaBQBI2gUAVNoFAJ7aBQCh2gUA9NoFAPzaBQBK2wUAS9sFAKDbBQCs2wUA9tsFAPzbBQBM3AUAVNwFAKLcBQCo3AUA+NwFAATdBQBO3QUAa90FAKTdBQCt3QUA+t0FAAbeBQBQ3gUAU94FAKbeBQCw3gUA/N4FAATfBQBS3wUAY98FAKjfBQC23wUA/t8FABTgBQBU4AUAYuAFAKrgBQC04AUAWnoRAA/hBQBW4QUAYeEFAKzhBQC44QUAAuIFAAniBQBY4gUAYOIFAK7iBQC44gUABOMFAA/jBQBa4wUAZuMFALDjBQC44wUAsHoRAAjkBQBc5AUAb+QFALLkBQC65AUACOUFAA7lBQBe5QUAauUFALTlBQC+5QUACuYFABDmBQBg5gUAbuYFALbmBQDC5gUADOcFAA/nBQBi5wUAaucFALjnBQC55wUADugFABroBQBk6AUAaugFALroBQDC6AUAEOkFABbpBQBm6QUAcukFALzpBQDZ6QUAEuoFABvqBQBo6gUAdOoFAL7qBQDB6gUAFOsFAB7rBQBq6wUAcusFAMDrBQDR6wUAFuwFACTsBQBs7AUAguwFAMLsBQDQ7AUAGO0FACLtBQBu7QUAdu0FAMTtBQDn7QUABnsRACXuBQBw7gUAfu4FAMbuBQDV7gUAHO8FACfvBQBy7wUAeu8FAMjvBQDW7wUAHvAFACHwBQB08AUAfPAFAFx7EQDY8AUAIPEFACPxBQB28QUAfvEFACZKBgCC8QUAeh4GAIXxBQDY9wUAkvEFAMzxBQDo8QUAsnsRACTyBQB48gUAhfIFAM7yBQDb8gUAJPMFACnzBQB68wUAhPMFANDzBQDf8wUAJvQFACv0BQB89AUAifQFANL0BQDf9AUAKPUFADT1BQB+9QUAjfUFANT1BQDe9QUAKvYFADb2BQCA9gUAhvYFANb2BQDc9gUALPcFADH3BQCC9wUAiPcFAAh8EQDd9wUAuhMGAOn3BQAu+AUAPPgFAIT4BQCQ+AUA2vgFAOf4BQAw+QUAOvkFAIb5BQCi+QUA3PkFAPj5BQBefBEANPoFAIj6BQCV+gUA3voFAOv6BQA0+wUAOfsFAIr7BQCU+wUA4PsFAO/7BQA2/AUAO/wFAIz8BQCZ/AUA4vwFAO/8BQA4/QUARP0FAI79BQCd/QUA5P0FAO79BQA6/gUARv4FAJD+BQCW/gUA5v4FAOz+BQA8/wUAQf8FAJL/BQCY/wUAtHwRAO//BQA+AAYATAAGAJQABgCXAAYA6gAGAPkABgBAAQYARQEGAJYBBgCjAQYA7AEGAPkBBgBCAgYATgIGAJgCBgCnAgYA7gIGAPgCBgBEAwYAUgMGAJoDBgCfAwYA8AMGAP0DBgBGBAYAUgQGAJwEBgCvBAYA8gQGAAEFBgBIBQYAVAUGAJ4FBgCfBQYA9AUGAP4FBgBKBgYAWAYGAKAGBgClBgYA9gYGAAMHBgAKfREATgcGAKIHBgCwBwYA+AcGAAkIBgAMfhEAVQgGAGJ+EQCpCAYA+ggGAAIJBgBQCQYAXwkGAKYJBgCrCQYA/AkGAAkKBgBSCgYAXwoGAKgKBgC0CgYA/goGAA0LBgBUCwYAXgsGAA5/EQCsCwYAAAwGABsMBgBWDAYAWAwGAKwMBgDGDAYAAg0GAA8NBgBYDQYAZA0GAK4NBgC4DQYABA4GAB4OBgBaDgYAaQ4GALAOBgC1DgYABg8GABMPBgBcDwYAaQ8GALIPBgC+DwYACBAGABcQBgBeEAYAaBAGALQQBgDAEAYAChEGAB0RBgBgEQYAbxEGALYRBgDCEQYADBIGAA0SBgBiEgYAbBIGALgSBgDGEgYADhMGABMTBgBkEwYAcRMGAGR/EQDHEwYAEBQGAB0UBgBmFAYAchQGALwUBgDLFAYAEhUGABwVBgBoFQYAdhUGAL4VBgDDFQYAFBYGACEWBgBqFgYAdhYGAMAWBgDTFgYAFhcGACUXBgBsFwYAeBcGAMIXBgDDFwYAGBgGACIYBgBuGAYAfBgGAMQYBgDJGAYAGhkGACcZBgC6fxEAfRkGAMYZBgDIGQYAHBoGADUaBgByGgYAgxoGAMgaBgDUGgYAHhsGACYbBgC8gBEAeRsGAMobBgDSGwYAIBwGAC8cBgB2HAYAexwGAMwcBgDZHAYAIh0GAC8dBgB4HQYAhB0GAM4dBgDdHQYAJB4GAC4eBgASgREAjR4GANAeBgDfHgYAJh8GADIfBgB8HwYAfR8GANIfBgDcHwYAKCAGADYgBgB+IAYAgyAGANQgBgDhIAYAaIERAC8hBgCAIQYAjSEGANYhBgDjIQYALCIGADgiBgCCIgYAkSIGANgiBgDiIgYALiMGADwjBgCEIwYAiSMGANojBgDnIwYAMCQGADgkBgBqghEAkiQGANwkBgDsJAYAMiUGADslBgCIJQYAiyUGAN4lBgDqJQYANCYGADsmBgDAghEAlSYGAOAmBgDhJgYANicGAE4nBgCMJwYAmScGAOInBgDuJwYAOCgGAEIoBgCOKAYAkigGAOQoBgDpKAYAOikGAEApBgCQKQYAsCkGAOYpBgD+KQYAPCoGAFMqBgCSKgYAnioGAOgqBgDyKgYAPisGAEArBgCUKwYAmysGAOorBgDxKwYAQCwGAEYsBgCWLAYAoiwGAOwsBgDvLAYAQi0GAEUtBgCYLQYApC0GAO4tBgDxLQYAFoMRAEkuBgCaLgYAoi4GAPAuBgD2LgYARi8GAEsvBgCcLwYApS8GAPIvBgD8LwYASDAGAFQwBgCeMAYApjAGAGyDEQD5MAYASjEGAFIxBgCgMQYAqzEGAPYxBgD7MQYATDIGAE8yBgCiMgYArDIGAMKDEQAEMwYATjMGAFUzBgCkMwYAsjMGAPozBgD9MwYAUDQGAFg0BgCmNAYAqTQGAPw0BgAINQYAUjUGAFg1BgCoNQYAwzUGAP41BgAKNgYAVDYGAFo2BgCqNgYAsjYGAAA3BgAENwYAVjcGAGI3BgCsNwYAuTcGAAI4BgAMOAYAWDgGAGA4BgCuOAYAsDgGAAQ5BgAIOQYAWjkGAFw5BgCwOQYAxDkGABiEEQAOOgYAXDoGAGA6BgCyOgYAtDoGAAg7BgALOwYAXjsGAGY7BgC0OwYAwTsGAAo8BgAPPAYAYDwGAGo8BgC2PAYAvjwGAAw9BgANPQYAYj0GAGc9BgC4PQYAuz0GAA4+BgARPgYAZD4GAHI+BgC6PgYA0z4GABA/BgAhPwYAZj8GAHI/BgC8PwYAxD8GAG6EEQAXQAYAaEAGAHBABgC+QAYAzUAGABRBBgAZQQYAakEGAHdBBgDAQQYAzUEGABZCBgAiQgYAbEIGAHtCBgDCQgYAzEIGABhDBgAgQwYAbkMGAHhDBgDEQwYAyUMGABpEBgAiRAYAxIQRAHtEBgDGRAYA0kQGABxFBgAkRQYAGoURAH5FBgDIRQYAz0UGAB5GBgAsRgYAdEYGAHdGBgDKRgYA0kYGACBHBgAjRwYAdkcGAIJHBgDMRwYA0kcGACJIBgA9SAYAeEgGAIRIBgDOSAYA1EgGACRJBgBHSQYAekkGAH1JBgDQSQYA9EkGAHCFEQA1SgYAfEoGAIFKBgDSSgYA30oGAChLBgA1SwYAfksGAIpLBgDUSwYA40sGACpMBgA0TAYAgEwGAI5MBgDWTAYA20wGACxNBgA5TQYAgk0GAIpNBgDGhREA5U0GAC5OBgA2TgYAhE4GAJ1OBgDaTgYA4E4GADBPBgA1TwYAhk8GAKZPBgDcTwYA6E8GADJQBgA/UAYAiFAGAJBQBgDeUAYA4VAGADRRBgA+UQYAilEGAIxRBgDgUQYA6lEGADZSBgBCUgYAHIYRAKJSBgDiUgYA7lIGADhTBgA9UwYAjlMGAEBTBgBYexIAl1MGAORTBgDuUwYAOlQGAEJUBgAaTAoARlQGAJBUBgBdVAYAPokKAJZUBgDmVAYAo1QGAJQODQDsVAYAPFUGAEFVBgCSVQYAmFUGAHKGEQD2VQYAPlYGAFRWBgCUVgYAoFYGAOpWBgDvVgYAQFcGAElXBgCWVwYAoFcGAOxXBgD0VwYAQlgGAFFYBgCYWAYAnVgGAO5YBgD7WAYARFkGAFFZBgCaWQYAplkGAPBZBgD/WQYARloGAFBaBgCcWgYAqloGAPJaBgD/WgYASFsGAF9bBgCeWwYAplsGAPRbBgD+WwYASlwGAE9cBgCgXAYAqFwGAHSHEQACXQYATF0GAFJdBgCiXQYAvV0GAPhdBgAEXgYATl4GAFReBgDKhxEAql4GAOC1DQC3XgYA+l4GAAlfBgBQXwYAXF8GAKZfBgCnXwYA/F8GAAZgBgBSYAYAYGAGAKhgBgCtYAYA/mAGAAthBgAgiBEAWWEGAKphBgCyYQYAAGIGAANiBgBWYgYAX2IGAKxiBgC7YgYAAmMGAA1jBgBYYwYAYGMGAK5jBgC+YwYABGQGABJkBgBaZAYAa2QGALBkBgC8ZAYABmUGAA5lBgAiiREAYmUGALJlBgC6ZQYACGYGAA9mBgBeZgYAbGYGALRmBgC6ZgYACmcGABZnBgBgZwYAb2cGALZnBgDAZwYADGgGABFoBgBiaAYAaGgGALhoBgDMaAYADmkGABZpBgBkaQYAjmkGALppBgDDaQYAEGoGAB1qBgBmagYAdGoGALxqBgDPagYAEmsGAC5rBgB4iREAbWsGAL5rBgDLawYAFGwGACFsBgBqbAYAdmwGAMBsBgDPbAYAFm0GACBtBgBsbQYAem0GAMJtBgDHbQYAGG4GACVuBgBubgYAdm4GAM6JEQDQbgYAGm8GACpvBgBwbwYAeW8GAMZvBgDJbwYAHHAGAChwBgBycAYAeXAGACSKEQDycAYAHnEGACdxBgB0cQYAgXEGAMpxBgDYcQYAIHIGADNyBgB2cgYAknIGAHqKEQDacgYAInMGADhzBgB4cwYAhHMGAM5zBgDVcwYAJHQGACx0BgB6dAYAf3QGANB0BgDZdAYAJnUGADB1BgDQihEAfXUGANJ1BgDedQYAKHYGAC52BgB+dgYAgHYGANR2BgDedgYAKncGADh3BgCAdwYAhXcGANZ3BgDjdwYALHgGADR4BgCCeAYAjHgGANh4BgDmeAYALnkGAER5BgCEeQYAkHkGANp5BgDheQYAMHoGADh6BgCGegYAi3oGANx6BgDlegYAMnsGADx7BgAmixEAjnsGAN57BgDkewYANHwGADl8BgCKfAYAkHwGAHyLEQDlfAYANn0GAEN9BgCMfQYAmX0GAOJ9BgDufQYAOH4GAEd+BgCOfgYAmH4GAOR+BgDyfgYAOn8GAD9/BgCQfwYAnX8GAOZ/BgDufwYAfowRAEqABgCSgAYAqIAGAOiABgD0gAYAPoEGAEOBBgCUgQYAnYEGAOqBBgD0gQYA1IwRAEyCBgCWggYAp4IGAOyCBgD4ggYAQoMGAFGDBgCYgwYAooMGAO6DBgD8gwYARIQGAEmEBgCahAYAp4QGAPCEBgD6hAYARoUGAPyEBgD4iAYAVIUGAJyFBgCyhQYA8oUGAP6FBgBIhgYATYYGAJ6GBgCnhgYA9IYGAP6GBgBKhwYAVocGAKCHBgCmhwYA9ocGAPyHBgBMiAYAUYgGAKKIBgCoiAYAKo0RAP6IBgBOiQYAVIkGAKSJBgCpiQYA+okGAACKBgCAjREAXooGAKaKBgC8igYA/IoGAAiLBgBSiwYAV4sGAKiLBgCxiwYA/osGAAiMBgBUjAYAYIwGAKqMBgC9jAYAAI0GAA+NBgBWjQYAYo0GAKyNBgCtjQYAAo4GAAyOBgBYjgYAZo4GAK6OBgCzjgYABI8GABGPBgDWjREAaY8GALCPBgDQjwYABpAGABKQBgBckAYAZpAGALKQBgC3kAYACJEGAAmRBgBekQYAapEGALSRBgDBkQYACpIGABaSBgBgkgYAc5IGALaSBgDFkgYADJMGABiTBgBikwYAY5MGALiTBgDCkwYADpQGAByUBgBklAYAaZQGALqUBgDHlAYALI4RACyVBgCCjhEAbJUGALyVBgDClQYAEpYGABeWBgBolgYAbpYGANiOEQDDlgYAFJcGABeXBgBqlwYAdpcGAMCXBgDGlwYAFpgGADGYBgBsmAYAeJgGAMKYBgDImAYAGJkGABqZBgBumQYAiZkGAMSZBgDGmQYAGpoGACiaBgBwmgYAgZoGAMaaBgDImgYAHJsGADWbBgBymwYAg5sGAMibBgDUmwYA2o8RACicBgB0nAYAgpwGAMqcBgDgnAYAIJ0GACydBgB2nQYAe50GAMydBgDVnQYAIp4GACyeBgB4ngYAgJ4GAM6eBgDTngYAJJ8GADOfBgB6nwYAiZ8GANCfBgDZnwYAJqAGACygBgB8oAYAgqAGANKgBgDeoAYAKKEGAC+hBgB+oQYAhqEGANShBgDWoQYAKqIGADqiBgCAogYAiqIGANaiBgDiogYALKMGADKjBgCCowYAiqMGADCQEQDkowYALqQGAD+kBgCEpAYAkKQGANqkBgDppAYAMKUGADqlBgCGpQYAlKUGANylBgDhpQYAMqYGAD+mBgCIpgYAkKYGAN6mBgDopgYAuL4GAOqmBgA0pwYAOqcGAIqnBgCQpwYA4KcGAOWnBgA2qAYAPKgGAIaQEQCYqAYA4qgGAOioBgA4qQYAU6kGAI6pBgCaqQYA5KkGAOqpBgA6qgYAQqoGAJCqBgCTqgYA5qoGAPKqBgA8qwYATasGAJKrBgCeqwYA6KsGAPerBgA+rAYASKwGAJSsBgCirAYA6qwGAO+sBgBArQYATa0GAJatBgCerQYA7K0GAPatBgBCrgYAUK4GAJiuBgCurgYA7q4GAPquBgBErwYASa8GAJqvBgCjrwYA8K8GAPqvBgCIkREATLAGAJywBgCisAYA8rAGAP6wBgBIsQYAVbEGAJ6xBgCosQYA9LEGAPyxBgBKsgYAVLIGAKCyBgClsgYA9rIGAPeyBgBMswYAUbMGAKKzBgCzswYA+LMGAP2zBgBOtAYAZbQGAKS0BgC4tAYA+rQGABa1BgBQtQYAWLUGAN6REQCutQYA/LUGAAa2BgBStgYAZrYGAKi2BgCptgYA/rYGAAq3BgBUtwYAcLcGAKq3BgCytwYANJIRAAm4BgBWuAYAZLgGAKy4BgBluAYAijALALa4BgACuQYABLkGAFi5BgBxuQYArrkGAL+5BgAEugYAELoGAFq6BgBiugYAipIRALy6BgAGuwYADLsGAFy7BgB3uwYAsrsGAL67BgAIvAYADrwGAF68BgBhvAYAtLwGALy8BgAKvQYAGr0GAGC9BgBlvQYAtr0GAL+9BgAMvgYAGb4GAGK+BgBpvgYA4JIRAMa+BgAOvwYAJL8GAGS/BgBwvwYAur8GAL+/BgAQwAYAGcAGAGbABgBwwAYAvMAGANjABgASwQYAGsEGADaTEQBtwQYAvsEGAMbBBgAUwgYAFsIGAGrCBgCFwgYAwMIGAMLCBgAWwwYAJMMGAGzDBgB9wwYAwsMGAMTDBgAYxAYAMcQGAG7EBgB/xAYAxMQGANDEBgAaxQYAIsUGAIyTEQB8xQYAxsUGAMzFBgAcxgYAN8YGAHLGBgB+xgYAyMYGAM7GBgAexwYAIccGAOKTEQCRxwYAyscGAMvHBgAgyAYAL8gGAHbIBgB7yAYAzMgGANnIBgAiyQYAL8kGAHjJBgCEyQYAzskGAN3JBgAkygYALsoGAHrKBgCIygYA0MoGANXKBgAmywYAM8sGAHzLBgCIywYA0ssGANjLBgAozAYA5csGAKjhBgAuzAYAfswGAIPMBgDUzAYA2swGADiUEQAvzQYAgM0GAKDNBgDWzQYA4s0GACzOBgAyzgYAgs4GAIrOBgAw+wYAi84GANjOBgDlzgYALs8GADTPBgCEzwYAkM8GANrPBgDczwYAMNAGAD/QBgCG0AYAkdAGANzQBgDe0AYAMtEGAEvRBgCI0QYAmdEGAN7RBgDq0QYANNIGAEDSBgCK0gYAndIGAODSBgDv0gYANtMGAELTBgCM0wYAjdMGAOLTBgDs0wYAONQGAEbUBgCO1AYAk9QGAOTUBgDx1AYAjpQRAEfVBgCQ1QYApNUGAObVBgAC1gYAPNYGAFjWBgDklBEAodYGAOjWBgDp1gYAPtcGAE3XBgCU1wYAmdcGAOrXBgD31wYAQNgGAE3YBgCW2AYAotgGAOzYBgD72AYAQtkGAEzZBgCY2QYAptkGAO7ZBgDz2QYARNoGAFHaBgCa2gYAqtoGAPDaBgDy2gYARtsGAFTbBgCc2wYArdsGADqVEQD52wYAkJURAE3cBgCe3AYAq9wGAPTcBgAB3QYASt0GAFDdBgCg3QYArN0GAPbdBgAG3gYATN4GAFXeBgCi3gYApd4GAPjeBgAE3wYATt8GAFXfBgDmlREAsN8GAPrfBgAK4AYAUOAGAFngBgCm4AYAqeAGAPzgBgAI4QYAUuEGAFnhBgA8lhEAt+EGAP7hBgAK4gYAVOIGAFXiBgCq4gYAtOIGAADjBgAO4wYAVuMGAFvjBgCs4wYAueMGAJKWEQAH5AYAWOQGAGfkBgCu5AYAzuQGAATlBgAQ5QYAWuUGAGTlBgCw5QYAuOUGAAbmBgAS5gYAXOYGAGLmBgCy5gYAuOYGAAjnBgAN5wYAXucGAGTnBgCUlxEAuecGAAroBgAT6AYAYOgGAHHoBgC26AYAvegGAAzpBgAU6QYAYukGAG/pBgC46QYAvekGAA7qBgAY6gYAZOoGAGzqBgC66gYAyeoGABDrBgAV6wYAZusGAHPrBgC86wYAyesGABLsBgAe7AYAaOwGAHfsBgC+7AYAyOwGABTtBgAc7QYAau0GAHTtBgDA7QYAxe0GABbuBgAe7gYAlpgRAHHuBgDC7gYAxe4GABjvBgAi7wYA7JgRAHTvBgDE7wYAye8GABrwBgA68AYAcPAGAHzwBgDG8AYAzPAGABzxBgAf8QYAcvEGAHTxBgDI8QYA4/EGAB7yBgAg8gYAdPIGAILyBgDK8gYA2/IGACDzBgAi8wYAdvMGAI/zBgDM8wYA3fMGACL0BgAu9AYAQpkRAIj0BgDO9AYA7vQGACT1BgAm9QYAevUGAIb1BgCeww8AifUGAKQKBwCW9QYAFBgHAKb1BgDQ9QYA0/UGACb2BgA19gYAfPYGAIH2BgDS9gYA3/YGACj3BgA19wYAfvcGAIr3BgDU9wYA4/cGACr4BgA0+AYAgPgGAI74BgDW+AYA2/gGACz5BgA5+QYAgvkGAI75BgDY+QYA3vkGAC76BgA0+gYAhPoGAIn6BgDa+gYA4PoGAJiZEQBG+wYAhvsGAIj7BgDc+wYA8PsGADL8BgA6/AYAiPwGAJX8BgDe/AYA4/wGADT9BgA+/QYAiv0GAJL9BgDg/QYA+f0GADb+BgBC/gYAjP4GAJT+BgDumREA/f4GADj/BgA6/wYAjv8GAJz/BgDk/wYA9f8GADoABwA8AAcAkAAHAKkABwDmAAcA9wAHADwBBwBIAQcARJoRAJcBBwDoAQcA8QEHAD4CBwBPAgcAlAIHAJsCBwDqAgcA8gIHAEADBwBNAwcAlgMHAJsDBwDsAwcA9gMHAEIEBwBKBAcAmAQHALEEBwDuBAcA+gQHAEQFBwBMBQcA8JoRAJ0FBwDwBQcA+gUHAEYGBwBIBgcAnAYHALUGBwDyBgcAAwcHAEgHBwBWBwcAngcHAKEHBwD0BwcA/wcHAEoIBwBWCAcAoAgHAKcIBwBGmxEA+wgHAEwJBwBUCQcAogkHALAJBwD4CQcA+QkHAE4KBwBpCgcAnJsRAKkKBwD6CgcABwsHAFALBwBdCwcApgsHALILBwD8CwcACwwHAFIMBwBcDAcAqAwHALYMBwD+DAcAAw0HAFQNBwBhDQcAqg0HALYNBwAADgcABg4HAFYOBwBcDgcArA4HALEOBwACDwcACA8HAPKbEQBlDwcArg8HALAPBwAEEAcAHRAHAFoQBwBrEAcAsBAHALwQBwAGEQcADhEHAPScEQBhEQcAshEHALoRBwAIEgcAIRIHAF4SBwBjEgcAtBIHALkSBwAKEwcAFBMHAGATBwBjEwcAthMHAMATBwAMFAcAEhQHAGIUBwBkFAcAuBQHALkUBwAOFQcAFhUHAGQVBwB0FQcAuhUHAMAVBwAQFgcAFRYHAGYWBwB8FgcAvBYHAMQWBwASFwcAPBcHAGgXBwCLFwcAvhcHAN0XBwBKnREAHBgHAKCdEQB7GAcAwBgHAM4YBwAWGQcAIhkHAGwZBwB5GQcAwhkHAMwZBwAYGgcAIBoHAG4aBwB5GgcAxBoHAMYaBwAaGwcAHRsHAHAbBwB4GwcAxhsHAMwbBwAcHAcAJRwHAHIcBwB/HAcAyBwHANAcBwAeHQcAIx0HAHQdBwB9HQcAyh0HANQdBwAgHgcAKB4HAHYeBwB7HgcAzB4HANweBwAiHwcAKh8HAHgfBwB6HwcAzh8HAOkfBwAkIAcAJiAHAHogBwCIIAcA0CAHAOEgBwAmIQcAKCEHAHwhBwCVIQcA0iEHAOMhBwAoIgcANCIHAH4iBwCGIgcA9p0RANoiBwAqIwcALyMHAIAjBwCgIwcA1iMHAOIjBwAsJAcAMiQHAIIkBwCFJAcA2CQHAOAkBwAuJQcAOCUHAIQlBwCJJQcA2iUHAOIlBwAwJgcAOiYHAIYmBwCIJgcA3CYHAO0mBwAyJwcAUicHAIgnBwCQJwcA3icHAOgnBwA0KAcAOSgHAEyeEQCeKAcA4CgHAOgoBwA2KQcAOykHAIwpBwCcKQcA4ikHAOopBwA4KgcAQioHAI4qBwCZKgcA5CoHAPAqBwA6KwcAQisHAKKeEQCcKwcA5isHAPIrBwA8LAcAQywHAJIsBwCaLAcA6CwHAAEtBwA+LQcARC0HAJQtBwCZLQcA6i0HAAouBwBALgcATC4HAJYuBwCcLgcA7C4HAO8uBwD4nhEARC8HAJgvBwBQLwcA6L8QAJsvBwDuLwcA+C8HAEQwBwBSMAcAmjAHAKkwBwDwMAcA8zAHAEYxBwAIMQcAGnEHAAwxBwAsTwcAUjEHAJwxBwCeMQcA8jEHAPgxBwBIMgcAVzIHAJ4yBwCpMgcA9DIHAPwyBwCasQcADjMHAEozBwBWMwcAoDMHALMzBwD2MwcABTQHAEw0BwBYNAcAojQHAKM0BwD4NAcAAjUHAE41BwBcNQcApDUHAKk1BwD6NQcABzYHAE6fEQBqNgcApjYHALU2BwD8NgcAATcHAFI3BwBfNwcAqDcHALU3BwD+NwcACjgHAFQ4BwBjOAcAqjgHALQ4BwAAOQcADjkHAFY5BwBbOQcArDkHALk5BwACOgcADjoHAFg6BwBeOgcArjoHALQ6BwAEOwcACTsHAFo7BwBgOwcApJ8RALE7BwAGPAcAuTsHAKbmCQC9OwcAIs8JAL87BwD4tQcA0DsHAHSsDgASPAcAXDwHAGI8BwBChwgAaTwHALI8BwC1PAcACD0HABQ9BwBePQcAYD0HALQ9BwC6PQcACj4HABk+BwBgPgcAaz4HALY+BwC3PgcADD8HACA/BwBiPwcAfD8HALg/BwDEPwcADkAHACFABwBkQAcAc0AHALpABwDGQAcAEEEHABFBBwBmQQcAcEEHALxBBwDKQQcAEkIHABdCBwBoQgcAdUIHAPqfEQDYQgcAFEMHACNDBwBqQwcAb0MHAMBDBwDNQwcAFkQHACNEBwBsRAcAeEQHAMJEBwDRRAcAGEUHACJFBwBuRQcAfEUHAMRFBwDJRQcAGkYHACdGBwBwRgcAfEYHAMZGBwDMRgcAHEcHACJHBwByRwcAd0cHAMhHBwDORwcAUKARACxIBwB0SAcAj0gHAMpIBwDYSAcAIEkHAC1JBwB2SQcAjUkHAMxJBwDbSQcAIkoHACdKBwB4SgcAhUoHAM5KBwDbSgcAJEsHADBLBwB6SwcAiUsHANBLBwDaSwcAJkwHADRMBwB8TAcAgUwHANJMBwDfTAcAKE0HACtNBwB+TQcAik0HANRNBwDaTQcAKk4HADBOBwCATgcAhU4HANZOBwDcTgcApqARAEhPBwD8oBEAiE8HANhPBwDaTwcALlAHADtQBwCEUAcAh1AHANpQBwDbUAcAMFEHADVRBwCGUQcAjFEHANxRBwDmUQcAMlIHAE5SBwCIUgcApFIHAFKhEQDkUgcANFMHADZTBwCKUwcAl1MHAOBTBwDjUwcANlQHADdUBwCMVAcAkVQHAOJUBwDoVAcAOFUHAEJVBwCOVQcAqlUHAORVBwAAVgcAqKERAEBWBwCQVgcAllYHAOZWBwDrVgcAPFcHAEJXBwD+oREAlFcHAOhXBwD2VwcAPlgHAE9YBwAAoxEAm1gHAFajEQDvWAcAQFkHAEhZBwCWWQcAm1kHAOxZBwClWQcAFG4HAO1ZBwBCWgcATloHAJhaBwClWgcA7loHAPZaBwBEWwcATlsHAJpbBwCpWwcA8FsHAPFbBwBGXAcATlwHAJxcBwCrXAcA8lwHAPdcBwBIXQcAVV0HAJ5dBwCrXQcA9F0HAABeBwBKXgcAWV4HAKBeBwCqXgcA9l4HAARfBwBMXwcAUV8HAKJfBwCvXwcA+F8HAABgBwBOYAcAWGAHAKRgBwCpYAcA+mAHAAJhBwACpBEAVWEHAKZhBwCvYQcAsGYHALNhBwD8YQcACWIHAFJiBwBeYgcAqGIHALdiBwD+YgcACGMHAFRjBwBiYwcAqmMHAK9jBwAAZAcADWQHAFZkBwBeZAcAWKQRALhkBwACZQcAEmUHAFhlBwBhZQcArmUHALFlBwAEZgcAEGYHAFpmBwBhZgcArqQRAMFmBwAGZwcADWcHAFxnBwBpZwcAsmcHANFnBwAIaAcAEmgHAF5oBwBmaAcAtGgHAMNoBwAKaQcAD2kHAGBpBwBtaQcAtmkHAMNpBwAMagcAGGoHAGJqBwBxagcAuGoHAMJqBwAOawcAFmsHAGRrBwBuawcAumsHAL9rBwAQbAcAGGwHAASlEQBybAcAvGwHAMJsBwASbQcALW0HAGhtBwB0bQcAvm0HAMRtBwBapREAGW4HAGpuBwB3bgcAwG4HAM1uBwAWbwcAIm8HAGxvBwB7bwcAwm8HAMxvBwCwpREAInAHAG5wBwBzcAcAxHAHAMxwBwAGphEAJHEHAHBxBwB2cQcAxnEHAMhxBwAccgcAKXIHAHJyBwB1cgcAyHIHAMlyBwAecwcAI3MHAHRzBwB6cwcAynMHANRzBwAgdAcAOnQHAHZ0BwCFdAcAzHQHANF0BwAidQcAL3UHAHh1BwCFdQcAznUHANp1BwAkdgcAM3YHAHp2BwCEdgcA0HYHAN52BwAmdwcAK3cHAHx3BwCJdwcA0ncHANx3BwCQgQcA3ncHACh4BwAueAcAfngHAIR4BwDUeAcA2XgHACp5BwAweQcAXKYRAIV5BwDWeQcA43kHACx6BwA5egcAgnoHAI56BwDYegcA53oHAC57BwA4ewcAhHsHAJJ7BwDaewcA33sHADB8BwA9fAcAhnwHAI58BwBepxEA4nwHADJ9BwA4fQcAiH0HAI19BwDefQcA5H0HALSnEQA2fgcAin4HAJN+BwDgfgcA434HADZ/BwBCfwcAjH8HAJN/BwDifwcA6n8HADiABwBRgAcAjoAHAKKABwDkgAcAAIEHADqBBwBCgQcAYKgRAJ6BBwDmgQcA/IEHADyCBwBIggcAkoIHAJeCBwDoggcA8YIHAD6DBwBIgwcAlIMHALCDBwDqgwcA8oMHALaoEQBFhAcAloQHAKOEBwDshAcA+YQHAEKFBwBOhQcAmIUHAKeFBwDuhQcA+IUHAESGBwBShgcAmoYHAJ+GBwDwhgcA/YYHAEaHBwBOhwcADKkRAKqHBwDyhwcACIgHAEiIBwBUiAcAnogHAKOIBwD0iAcA/YgHAEqJBwBUiQcAoIkHAKiJBwD2iQcABYoHAEyKBwBOigcAoooHAKuKBwD4igcA+4oHAE6LBwBaiwcApIsHAKuLBwD6iwcAAowHAFCMBwBpjAcApowHALqMBwD8jAcAGI0HAFKNBwBajQcAYqkRAK2NBwD+jQcAC44HAFSOBwBhjgcAqo4HALaOBwAAjwcAD48HAFaPBwBgjwcArI8HALaPBwACkAcAEJAHAFiQBwBukAcArpAHALqQBwAEkQcACZEHAFqRBwBjkQcAsJEHALqRBwAGkgcAEpIHAFySBwBikgcAspIHALiSBwAIkwcADZMHAF6TBwBkkwcAuKkRAMCTBwAKlAcADpQHAGCUBwBvlAcAtpQHALuUBwAMlQcAGZUHAGKVBwBvlQcAuJUHAMSVBwAOlgcAHZYHAGSWBwBulgcAupYHAMiWBwAQlwcAFZcHAGaXBwBzlwcAvJcHAMiXBwASmAcAGJgHAGiYBwBumAcAvpgHAMOYBwAUmQcAGpkHAA6qEQBvmQcAwJkHAMeZBwAWmgcAIpoHAGyaBwBumgcAwpoHAG+aBwB4oAcA3ZoHABibBwAamwcAbpsHAHybBwDEmwcA1ZsHABqcBwAcnAcAcJwHAImcBwDGnAcA15wHABydBwAonQcAcp0HAH6dBwDInQcA250HAB6eBwAtngcAdJ4HAICeBwDKngcAy54HACCfBwAqnwcAdp8HAISfBwDMnwcA0Z8HACKgBwAvoAcAZKoRAHqgBwDOoAcA6aAHACShBwAmoQcAeqEHAIihBwDQoQcA4aEHACaiBwAoogcAfKIHAJWiBwDSogcA46IHACijBwA0owcAfqMHAIqjBwDUowcA56MHACqkBwA5pAcAgKQHAIykBwDWpAcA16QHACylBwA2pQcAgqUHAJClBwDYpQcA3aUHAC6mBwA7pgcAZqsRAImmBwDapgcA4qYHADCnBwAypwcAhqcHAJenBwDcpwcA6qcHADKoBwBNqAcAiKgHAJSoBwDeqAcA5qgHAGisEQA5qQcAiqkHAJGpBwDgqQcA7KkHADaqBwA5qgcAjKoHAJSqBwDiqgcA8qoHADirBwA9qwcAjqsHAJerBwDkqwcA8asHADqsBwBBrAcAkKwHAJisBwC+rBEA86wHADytBwBErQcAkq0HAKatBwDorQcA7a0HAD6uBwBHrgcAlK4HAJquBwDqrgcA8q4HAECvBwBPrwcAlq8HAKevBwDsrwcA9a8HAEKwBwBFsAcAmLAHAKKwBwDusAcA+rAHAESxBwBKsQcAFK0RAKexBwDwsQcA9bEHAEayBwBNsgcAnLIHAKiyBwDysgcA+rIHAGqtEQBjswcAnrMHAKCzBwD0swcAArQHAEq0BwBbtAcAoLQHAKK0BwD2tAcAD7UHAEy1BwBdtQcAorUHAK61BwDArREAB7YHAE62BwBXtgcApLYHAKq2BwD6tgcAALcHAFC3BwBctwcAprcHAK23BwD8twcABLgHAFK4BwBWuAcAqLgHALO4BwD+uAcADLkHAFS5BwBluQcAqrkHALa5BwAAugcACLoHABauEQBZugcArLoHALa6BwACuwcABLsHAFi7BwBxuwcArrsHAL+7BwAEvAcAErwHAFq8BwBdvAcAsLwHALu8BwAGvQcAFL0HAFy9BwBpvQcAsr0HAMm9BwAIvgcAEL4HAF6+BwBgvgcAtL4HALy+BwAKvwcAGb8HAGC/BwBlvwcAtr8HAMO/BwAMwAcAGcAHAGLABwBuwAcAuMAHAMfABwAOwQcAGMEHAGTBBwBywQcAusEHAL/BBwAQwgcAHcIHAGbCBwBuwgcAvMIHAMbCBwASwwcAF8MHAGjDBwBwwwcAvsMHAMHDBwAUxAcAMcQHAGrEBwB7xAcAwMQHAMjEBwAWxQcAGcUHAGzFBwB4xQcAwsUHAMjFBwAYxgcAM8YHAG7GBwB6xgcAxMYHAMrGBwBsrhEAKccHAHDHBwBxxwcAxscHAP7HBwAcyAcAKsgHAHLIBwBzyAcAyMgHANDIBwAeyQcALckHAHTJBwB5yQcAyskHANfJBwAgygcALcoHAHbKBwCCygcAzMoHANvKBwAiywcALMsHAHjLBwCGywcAzssHANPLBwAkzAcAMcwHAHrMBwCCzAcA0MwHANrMBwAmzQcAK80HAHzNBwCEzQcA0s0HANzNBwAozgcAM84HAH7OBwCKzgcA1M4HANzOBwDCrhEAL88HAIDPBwCDzwcA1s8HAODPBwAs0AcANNAHABivEQCQ0AcA2NAHAO7QBwAu0QcAOtEHAITRBwCJ0QcA2tEHAOPRBwAw0gcAOtIHAIbSBwCO0gcA3NIHAOjSBwAy0wcARdMHAIjTBwCJ0wcA3tMHAOzTBwA01AcAOtQHAIrUBwCW1AcA4NQHAOfUBwBurxEAN9UHAIzVBwCY1QcA4tUHAO/VBwA41gcAQNYHAI7WBwCY1gcA5NYHAPPWBwA61wcAO9cHAJDXBwCY1wcA5tcHAPXXBwA82AcAQdgHAJLYBwCf2AcA6NgHAPXYBwA+2QcAStkHAJTZBwCj2QcA6tkHAPTZBwBA2gcATtoHAJbaBwCb2gcA7NoHAPnaBwBC2wcAStsHAJjbBwCc2wcA7tsHAPzbBwBE3AcATtwHAJrcBwCl3AcA8NwHAPjcBwBG3QcAUd0HAJzdBwCh3QcA8t0HAPXdBwBI3gcAUt4HAJ7eBwCm3gcA9N4HABPfBwDErxEAWd8HAKDfBwCh3wcA9t8HAP7fBwBM4AcATeAHAKLgBwCo4AcA+OAHAP3gBwBO4QcAaeEHAKThBwCy4QcA+uEHAAHiBwBQ4gcAXOIHAKbiBwCs4gcA/OIHABjjBwBS4wcAWuMHABqwEQCu4wcA/uMHAATkBwBU5AcAWeQHAKrkBwCw5AcAcLARAAXlBwBW5QcAXeUHAKzlBwC45QcAAuYHAArmBwAcsREAa+YHAK7mBwDk5gcABOcHAAbnBwAG6AcAOecHAFrnBwB/5wcAsOcHALfnBwDIsREA6ucHAHKxEQAW6AcAXOgHAJboBwAeshEAu+gHAAz1DAC86AcAKDIPAM/oBwAI6QcA0ugHADpkDgAZ6QcAXukHAGbpBwC06QcAt+kHAArqBwAW6gcAYOoHAGbqBwC26gcA0eoHAAzrBwAY6wcAYusHAGjrBwC46wcAwOsHAA7sBwAq7AcAZOwHAGzsBwB0shEAyewHABDtBwAR7QcAZu0HAG7tBwC87QcAve0HABLuBwAY7gcAaO4HAG3uBwC+7gcA2e4HABTvBwAi7wcAau8HAHHvBwDA7wcAzO8HABbwBwAc8AcAbPAHAIjwBwDC8AcAyvAHAMqyEQAe8QcAbvEHAHTxBwDE8QcAyfEHABryBwAg8gcAILMRAHXyBwDG8gcAzfIHABzzBwAo8wcAcvMHAHrzBwDMsxEA2/MHAB70BwBU9AcAdPQHAHb0BwB29QcAqfQHAMr0BwDv9AcAIPUHACf1BwB4tBEAWvUHACK0EQCG9QcAzPUHAAb2BwDOtBEAJPYHAHj2BwB59gcAzvYHANj2BwAk9wcAMvcHAHr3BwCV9wcA0PcHANz3BwAm+AcALvgHACS1EQCI+AcA0vgHANj4BwAo+QcAQ/kHAH75BwCK+QcA1PkHANr5BwAq+gcAMvoHAID6BwCO+gcA1voHANn6BwAs+wcANPsHAIL7BwCL+wcA2PsHAOX7BwAu/AcAMPwHAIT8BwCf/AcA2vwHANz8BwAw/QcAPv0HAIb9BwCX/QcA3P0HAN79BwAy/gcAS/4HAIj+BwCZ/gcA3v4HAOr+BwA0/wcAPP8HAHq1EQCQ/wcA4P8HAOj/BwA2AAgAPQAIAIwACACRAAgA4gAIAO4ACAA4AQgAOwEIAI4BCACWAQgA5AEIAPEBCAA6AggAPwIIAJACCACaAggA5gIIAO4CCAA8AwgASAMIAJIDCAClAwgA6AMIAPYDCAA+BAgAQQQIAJQECACeBAgA0LURAO0ECABABQgASAUIAJYFCACZBQgA7AUIAPgFCABCBggASAYIAJgGCACzBggA7gYIAPoGCABEBwgASgcIAJoHCACiBwgA8AcIAP4HCABGCAgASQgIAJwICACkCAgA8ggIAPsICABICQgAVQkIAJ4JCACgCQgA9AkIAA8KCABKCggATAoIAKAKCACuCggA9goIAAcLCABMCwgATgsIAKILCAC7CwgA+AsIAAkMCABODAgAWgwIAKQMCACsDAgAJrYRAAANCABQDQgAWA0IAKYNCACtDQgA/A0IAAEOCABSDggAXg4IAKgOCACrDggA/g4IAAYPCABUDwgAYQ8IAKoPCACvDwgAABAIAAoQCABWEAgAXhAIAKwQCAC4EAgAAhEIABURCABYEQgAZhEIAK4RCACxEQgABBIIAA4SCAB8thEAXRIIALASCAC8EggABhMIAAwTCABcEwgAdxMIALITCAC+EwgACBQIAA4UCABeFAgAZhQIALQUCADCFAgAChUIAA0VCABgFQgAaBUIALYVCAC/FQgADBYIABkWCABiFggAZBYIALgWCADTFggADhcIABAXCABkFwgAchcIALoXCADLFwgAEBgIABIYCABmGAgAfxgIALwYCADNGAgAEhkIAB4ZCABoGQgAcBkIANK2EQDEGQgAFBoIABwaCABqGggAcRoIAMAaCADFGggAFhsIACIbCABsGwgAbxsIAMIbCADKGwgAGBwIACUcCABuHAgAcxwIAMQcCADOHAgAGh0IACIdCABwHQgAfB0IAMYdCADZHQgAHB4IACoeCAByHggAdR4IAMgeCADSHggAKLcRACYfCAB+txEAgh8IAMofCADbHwgAICAIACwgCAB2IAgAfiAIANS3EQDRIAgAIiEIACwhCAB4IQgAgCEIAM4hCADeIQgAJCIIACkiCAB6IggAgyIIANAiCADdIggAJiMIAC0jCAAquBEAfiMIANIjCACBIwgARDQJAIUjCADoaRAAiCMIACxfDwCKIwgAvJsJANwjCAAa1w8A4yMIACgkCAA5JAgAfiQIAIwkCADUJAgA8CQIAColCABGJQgAgLgRAI4lCADWJQgA4yUIACwmCABDJggAgiYIAI4mCADYJggA3iYIAC4nCAA0JwgAhCcIAIknCADaJwgA4CcIANa4EQBGKAgAhigIAJUoCADcKAgAsigIAOYtCADeKAgAMikIAEEpCACIKQgAkykIAN4pCADqKQgANCoIADcqCACKKggAOyoIAKQ3CABQKggAQjEIAJYqCADgKggA5ioIADYrCABRKwgAjCsIAJgrCADiKwgA6CsIADgsCABELAgAjiwIAJQsCADkLAgA6iwIADotCAA/LQgAkC0IAJYtCAAsuREA6S0IADwuCABYLggAki4IAJouCAAuuhEA9C4IAD4vCABELwgAlC8IAK8vCADqLwgA9i8IAEAwCABGMAgAljAIAJ4wCADsMAgADTEIAIS6EQBKMQgA2roRAJ0xCADuMQgA+zEIAEQyCABRMggAmjIIAKYyCADwMggA/zIIAEYzCABQMwgAnDMIAKQzCADyMwgA/DMIAEg0CABWNAgAnjQIALQ0CAD0NAgAADUIAEo1CABPNQgAoDUIAKk1CAD2NQgAADYIAEw2CABUNggAojYIAKw2CAD4NggA/TYIAE43CABWNwgAMLsRALA3CAD6NwgADTgIAFA4CABfOAgApjgIALI4CAD8OAgA/TgIAFI5CABcOQgAqDkIALY5CAD+OQgAAzoIAFQ6CABhOggAhrsRALU6CAAAOwgADDsIAFY7CABcOwgArDsIALg7CAACPAgACjwIAIi8EQBbPAgArjwIALY8CAAEPQgAET0IAFo9CABfPQgAsD0IALg9CAAGPggACD4IAFw+CAB3PggAsj4IALQ+CAAIPwgAFj8IAF4/CABvPwgAtD8IALY/CAAKQAgAI0AIAGBACABxQAgAtkAIAMJACAAMQQgAFEEIAN68EQBnQQgAuEEIAMVBCAAOQggAG0IIAGRCCABwQggAukIIAMlCCAAQQwgAGkMIAGZDCAB0QwgAvEMIAMFDCAASRAgAH0QIAGhECABwRAgAvkQIAMBECAAURQgAHkUIAGpFCAByRQgANL0RAMtFCAAWRggAJEYIAGxGCABvRggAwkYIAMpGCAAYRwgALkcIAG5HCABzRwgAxEcIANpHCAAaSAgAJkgIAHBICAB9SAgAxkgIANBICACKvREAHkkIAHJJCACASQgAyEkIANlJCADgvREAJEoIAHRKCACASggANr4RAMxKCAAgSwgAJksIAHZLCACWSwgAzEsIANhLCAAiTAgAKUwIAHhMCACATAgAzkwIANVMCAAkTQgAME0IAHpNCAB8TQgA0E0IANdNCACMvhEAKU4IAHxOCACETggA0k4IAOJOCAAoTwgAKk8IAH5PCACMTwgA1E8IAOVPCADivhEAMVAIADi/EQCNUAgA1lAIAN1QCAAsUQgANFEIAIJRCACQUQgA2FEIANtRCAAuUggANlIIAIRSCACLUggA2lIIAOhSCAAwUwgAM1MIAIZTCACIUwgA3FMIAPVTCAAyVAgAQ1QIAIhUCACUVAgA3lQIAOVUCAA0VQgAPFUIAIpVCACTVQgA4FUIAO1VCAA2VggAQFYIAIxWCACaVggA4lYIAPNWCAA4VwgAQFcIAI5XCACYVwgA5FcIAPJXCAA6WAgAUFgIAJBYCACcWAgA5lgIAO1YCAA8WQgARFkIAJJZCACYWQgA6FkIAPRZCAA+WggASFoIAJRaCACaWggA6loIAP5aCADkvxEATlsIAJZbCACvWwgA7FsIAAJcCABCXAgAUVwIAJhcCACyXAgA7lwIAPFcCAD4YQgA+VwIAAJnCAD9XAgARF0IAEldCACaXQgAp10IAPBdCAD9XQgARl4IAFJeCACcXggAq14IAPJeCAD8XggASF8IAFZfCACeXwgAo18IAPRfCAABYAgASmAIAFZgCACgYAgApmAIAPZgCAD8YAgATGEIAFFhCACiYQgAqGEIADrAEQAEYggATmIIAFRiCACkYggAv2IIAPpiCAAGYwgAUGMIAFZjCACmYwgArWMIAPxjCAABZAgAqmUIAAhkCABSZAgAVGQIAKhkCACvZAgA/mQIABplCABUZQgAXGUIADzBEQCuZQgAAGYIAA1mCABWZggAcmYIAKxmCAC0ZggAksERAAdnCABYZwgAW2cIAK5nCAC4ZwgABGgIABVoCABaaAgAX2gIALBoCAC1aAgABmkIACZpCABcaQgAZWkIALJpCACzaQgACGoIABRqCABeaggAZGoIALRqCAC6aggACmsIAA9rCABgawgAZmsIAOjBEQC3awgADGwIABhsCABibAgAb2wIALhsCADAbAgADm0IABdtCABkbQgAcW0IALptCADIbQgAEG4IACNuCABmbggAbm4IALxuCAC/bggAEm8IABdvCABobwgAd28IAL5vCADebwgAFHAIACBwCABqcAgAdHAIAOrCEQDKcAgAFnEIABhxCABscQgAdnEIAMJxCADLcQgAGHIIABtyCABucggAdnIIAMRyCAD7cggAQMMRACZzCABwcwgAf3MIAMZzCADmcwgAHHQIACh0CABydAgAeXQIAMh0CADNdAgAHnUIAB91CAB0dQgAgHUIAMp1CADQdQgAIHYIACJ2CAB2dggAgHYIAMx2CADadggAIncIACd3CAB4dwgAhXcIAM53CADYdwgAJHgIADJ4CAB6eAgAkHgIANB4CADceAgAJnkIACt5CAB8eQgAhXkIANJ5CADceQgAKHoIADR6CAB+eggAkXoIANR6CADjeggAKnsIADZ7CACAewgAgXsIANZ7CADgewgALHwIADp8CACCfAgAh3wIANh8CADlfAgAlsMRADx9CACEfQgAmn0IANp9CADmfQgAMH4IADd+CACGfggAjn4IANx+CADhfggAMn8IADt/CACIfwgAkn8IAN5/CADmfwgANIAIADiACACKgAgAjIAIAOCACADugAgANoEIAECBCACMgQgAmoEIAOKBCADvgQgAOIIIAE+CCACOgggAloIIAOSCCAD0gggAOoMIAD+DCACQgwgAloMIAOaDCADugwgAPIQIAEGECACShAgAk4QIAOiECAD0hAgAPoUIAESFCACUhQgAloUIAOqFCAD0hQgAQIYIAE6GCACWhggAm4YIAOyGCAD5hggAmMQRAESHCACYhwgAoocIAO6HCAD8hwgARIgIAEmICACaiAgAp4gIAPCICADyiAgARmIKAPqICABGiQgAVIkIAJyJCACyiQgA8okIAP6JCABIiggATYoIAJ6KCACniggA9IoIAP6KCABKiwgAVosIAKCLCACziwgA9osIAAWMCABMjAgAWIwIAKKMCACjjAgA+IwIAAKNCABOjQgAXI0IAKSNCACpjQgA+o0IAAeOCADuxBEAWY4IAKaOCACwjggA/I4IAP6OCABSjwgAXI8IAKiPCAC0jwgA/o8IAAaQCADwxREAVZAIAKqQCAC2kAgAAJEIAAaRCABWkQgAWJEIAKyRCAC2kQgAApIIABCSCABYkggAXZIIAK6SCAC7kggABJMIAAyTCABakwgAZJMIALCTCAC+kwgABpQIAByUCABclAgAaJQIALKUCAC5lAgACJUIABCVCABelQgAY5UIALSVCAC9lQgACpYIABSWCABglggAdZYIALaWCAC/lggADJcIABmXCABilwgAZJcIALiXCADRlwgADpgIAB+YCABkmAgAcJgIALqYCADCmAgARsYRABWZCABmmQgAbpkIALyZCADSmQgAEpoIABeaCABomggAb5oIAL6aCADMmggAFJsIACSbCABqmwgAfpsIAMCbCADImwgAFpwIACWcCABsnAgAcZwIAMKcCADLnAgAGJ0IACWdCABunQgAeJ0IAMSdCADQnQgAGp4IACCeCACcxhEAfp4IAMaeCADcnggAHJ8IACifCABynwgAd58IAMifCADRnwgAHqAIACigCAB0oAgAfKAIAMqgCADOoAgAIKEIACKhCAB2oQgAhKEIAMyhCADWoQgAIqIIADCiCAB4oggAhaIIAM6iCADloggAJKMIACyjCAB6owgAiqMIANCjCADVowgAJqQIACykCAB8pAgAhKQIANKkCADtpAgAKKUIACqlCAB+pQgAj6UIANSlCADdpQgAKqYIADamCADyxhEAhaYIANamCADZpggALKcIADanCACCpwgAhKcIANinCADzpwgALqgIADCoCACEqAgAkqgIANqoCADrqAgAMKkIADKpCACGqQgAn6kIANypCADtqQgAMqoIAD6qCABIxxEApaoIAN6qCADvqggANKsIAFCrCACKqwgAkqsIAJ7HEQDlqwgANqwIAD6sCACMrAgAl6wIAOKsCADnrAgAOK0IADutCACOrQgAmK0IAOStCADnrQgAOq4IAEKuCACQrggAkq4IAOauCAABrwgAPK8IAD6vCACSrwgAoK8IAOivCAD5rwgAPrAIAECwCACUsAgArbAIAOqwCAD7sAgAQLEIAEyxCACWsQgAnrEIAPTHEQD5sQgAQrIIAEqyCACYsggAorIIAO6yCAD5sggARLMIAFCzCACaswgAorMIAErIEQD1swgARrQIAEu0CACctAgArbQIAKDIEQD/tAgASLUIAEq1CACetQgAt7UIAPS1CAAFtggASrYIAFa2CACgtggAqLYIAPbIEQD7tggATLcIAFS3CACitwgAsbcIAPi3CAD+twgATrgIAFq4CACkuAgAprgIAPq4CAAEuQgAULkIAFy5CACmuQgArrkIAEzJEQAIuggAUroIAFW6CACouggAq7oIAP66CAAMuwgAVLsIAFm7CACquwgAt7sIAKLJEQARvAgAVrwIAF68CACsvAgAY7wIABTGCAC3vAgAAr0IAAe9CABYvQgAW70IAK69CAC4vQgABL4IACe+CABavggAXb4IALC+CADUvggABr8IAA6/CAD4yREAYr8IALK/CADAvwgACMAIABTACABewAgAZcAIALTACAC8wAgACsEIABrBCABgwQgAZcEIALbBCAC8wQgADMIIABTCCABiwggAf8IIALjCCADBwggADsMIABrDCABkwwgAasMIALrDCADOwwgAEMQIABjECABmxAgAdsQIALzECAC+xAgAEsUIACDFCABoxQgAecUIAE7KEQDFxQgApMoRABnGCABqxggAccYIAMDGCADMxggAFscIABnHCABsxwgAfMcIAMLHCADExwgAGMgIACbICABuyAgAf8gIAPrKEQDLyAgAUMsRAC3JCABwyQgAf8kIAMbJCADSyQgAHMoIAB3KCAByyggAfMoIAMjKCADWyggAHssIACPLCAB0ywgAgcsIAKbLEQDPywgAIMwIACnMCAB2zAgAh8wIAMzMCADTzAgAIs0IACrNCAB4zQgAhc0IAM7NCADTzQgAJM4IAC7OCAB6zggAgs4IANDOCADWzggAJs8IADLPCAB8zwgAfs8IANLPCADhzwgAKNAIADPQCAB+0AgAhtAIANTQCADW0AgAKtEIADfRCACA0QgAlNEIANbRCADe0QgALNIIADvSCACC0ggAh9IIANjSCADl0ggALtMIADjTCACE0wgAhtMIANrTCADp0wgAMNQIADrUCACG1AgAjtQIANzUCADd1AgAMtUIADfVCACI1QgAltUIAN7VCADr1QgANNYIAD7WCACozBEAjdYIAODWCADs1ggAVOYIAPzWCAA21wgAPtcIAP7MEQCR1wgA4tcIAOrXCAA42AgAO9gIAI7YCACa2AgA5NgIAOrYCAA62QgAVdkIAJDZCACc2QgA5tkIAOzZCAA82ggAP9oIAJLaCACa2ggA6NoIAOraCAA+2wgAWdsIAJTbCACW2wgA6tsIAPjbCABA3AgAUdwIAJbcCACY3AgA7NwIAAXdCABC3QgAU90IAJjdCACk3QgA7t0IAPbdCABUzREASd4IAJreCACg3ggA8N4IAPjeCABG3wgAVd8IAJzfCACh3wgA8t8IAP/fCABI4AgAVeAIAJ7gCACq4AgA9OAIAAPhCABK4QgAVOEIAKDhCACu4QgA9uEIAPvhCABM4ggAWeIIAKrNEQCu4ggA+OIIAP7iCABO4wgAaeMIAKTjCACw4wgA+uMIAADkCABQ5AgAU+QIAKbkCACy5AgA/OQIAALlCABS5QgAWOUIAKjlCACt5QgA/uUIAATmCAAAzhEAWuYIAKrmCACw5ggAAOcIAAXnCABW5wgAXOcIAFbOEQCx5wgAAugIAA/oCABY6AgAZegIAK7oCAC66AgABOkIABPpCABa6QgAZOkIALDpCAC+6QgABuoIAAvqCABc6ggAaeoIALLqCADK6ggACOsIAA7rCABe6wgAausIALTrCADE6wgACuwIABPsCABg7AgAY+wIALbsCADC7AgADO0IABPtCABYzxEAZO0IALjtCADC7QgADu4IABHuCABk7ggAbO4IALruCAC97ggAEO8IABzvCABm7wgAbO8IALzvCADX7wgAEvAIAB7wCABo8AgAbvAIAK7PEQDe8AgAFPEIAB/xCABq8QgAb/EIAMDxCADJ8QgAFvIIABnyCABs8ggAePIIAMLyCADO8ggAgv0IANryCAAY8wgAH/MIAG7zCAB08wgAxPMIANLzCAAa9AgANfQIAHD0CAB89AgAxvQIAMz0CAAc9QgANvUIAHL1CAB+9QgAyPUIAM71CAAe9ggAJPYIAHT2CAB59ggAyvYIAND2CAAE0BEALfcIAHb3CACC9wgAzPcIANb3CAAi+AgAJvgIAHj4CAB9+AgAzvgIANT4CAAk+QgARPkIAHr5CACG+QgA0PkIANb5CAAm+ggALPoIAHz6CACB+ggA0voIANj6CACw0BEALfsIAH77CACF+wgA1PsIAOD7CAAq/AgARvwIAID8CACI/AgAstERAP/8CAAs/QgAUv0IAAjSEQCV/QgA2P0IAOf9CAAu/ggAOv4IAIT+CACF/ggA2v4IAOT+CAAw/wgAPv8IAIb/CACL/wgA3P8IAOn/CABe0hEAOgAJAGDTEQCNAAkA3gAJAOsACQA0AQkAQQEJAIoBCQCWAQkA4AEJAO8BCQA2AgkAQAIJAIwCCQCaAgkA4gIJAOcCCQA4AwkARQMJAI4DCQCWAwkAttMRAPADCQA6BAkASgQJAJAECQCZBAkA5gQJAOkECQA8BQkASAUJAJIFCQCZBQkADNQRAPMFCQA+BgkASgYJAJQGCQCcBgkAYtQRAPcGCQBABwkARwcJAJYHCQCXBwkA7AcJAPEHCQBCCAkAUAgJAJgICQClCAkA7ggJAPgICQBECQkATAkJAJoJCQCjCQkA8AkJAPYJCQBGCgkAVwoJAJwKCQC4CgkA8goJAPoKCQC41BEAUwsJAJ4LCQCoCwkA9AsJAP4LCQBKDAkASwwJAA7VEQClDAkA9gwJAAMNCQBMDQkAWQ0JAKINCQCuDQkA+A0JAAcOCQBODgkAWA4JAKQOCQCsDgkA+g4JAAQPCQBQDwkAVQ8JAKYPCQCuDwkAZNURAAcQCQBSEAkAXhAJAKgQCQCwEAkAutURAAMRCQBUEQkAYxEJAKoRCQDKEQkAABIJAAwSCQBWEgkAXBIJAKwSCQC0EgkAAhMJAAkTCQBYEwkAWhMJAK4TCQC6EwkABBQJABoUCQBaFAkAXxQJALAUCQC9FAkAENYRAAsVCQBcFQkAaxUJALIVCQDSFQkACBYJABQWCQBeFgkAZBYJALQWCQC8FgkAChcJABEXCQBgFwkAYhcJALYXCQDCFwkADBgJACIYCQBiGAkAZxgJALgYCQDFGAkADhkJABYZCQBkGQkAahkJALoZCQDDGQkAEBoJAB0aCQBmGgkAcxoJALwaCQDKGgkAEhsJAB8bCQBoGwkAfxsJAL4bCQDuGwkAZtYRABocCQBqHAkAIRwJAKx0DwCAHAkAwBwJAM4cCQAWHQkAGR0JAGwdCQBvHQkAwh0JANAdCQAYHgkAHR4JAG4eCQB7HgkAxB4JAMweCQAaHwkAIR8JAHAfCQB8HwkAxh8JANMfCQAcIAkAKiAJAHIgCQB+IAkAyCAJAM8gCQAeIQkAJiEJAHQhCQB4IQkAyiEJANUhCQAgIgkALiIJAHYiCQCHIgkAzCIJANgiCQAiIwkAKiMJALzWEQB+IwkAziMJAOIjCQAkJAkAMiQJAHokCQCHJAkA0CQJAOckCQAmJQkALiUJAHwlCQCGJQkA0iUJANclCQAoJgkAMCYJAH4mCQCNJgkA1CYJANkmCQAqJwkANycJAIAnCQCNJwkA1icJAOInCQAsKAkAOygJAIIoCQCMKAkA2CgJAOAoCQAuKQkAOCkJAIQpCQCJKQkA2ikJAOIpCQAS1xEAOyoJAIYqCQCSKgkA3CoJAOQqCQBo1xEANysJAIgrCQCXKwkA3isJAP4rCQA0LAkAQCwJAIosCQCQLAkA4CwJAOgsCQA2LQkAPS0JAIwtCQCOLQkA4i0JAO4tCQA4LgkATi4JAI4uCQCTLgkA5C4JAPEuCQC+1xEAQy8JAJAvCQCWLwkA5i8JAPQvCQA8MAkASTAJAJIwCQCpMAkA6DAJAPAwCQA+MQkATTEJAJQxCQCZMQkA6jEJAPcxCQBAMgkATTIJAJYyCQCiMgkA7DIJAPsyCQBCMwkATDMJAJgzCQC0MwkA7jMJAPYzCQAU2BEAUTQJADAJDgBTNAkAmjQJAKQ0CQAmhQ4AujQJAPA0CQD8NAkARjUJAEw1CQCcNQkApDUJAMx4CQCoNQkA8jUJALY1CQCgYgkABTYJAEg2CQBXNgkAnjYJAKo2CQD0NgkA9TYJAEo3CQBUNwkAoDcJAK43CQD2NwkA+zcJAEw4CQBZOAkAatgRAKg4CQD4OAkA/jgJAE45CQBTOQkApDkJAKo5CQBs2REABToJAFA6CQBeOgkApjoJALc6CQD8OgkACDsJAFI7CQBaOwkAGNoRALQ7CQD+OwkACDwJAFQ8CQBjPAkAqjwJALU8CQAAPQkADj0JAFY9CQBjPQkArD0JAMM9CQACPgkACj4JAFg+CQBbPgkArj4JALo+CQAEPwkACj8JAFo/CQB1PwkAsD8JALw/CQAGQAkADEAJAFxACQBkQAkAskAJALRACQAIQQkACUEJAF5BCQBsQQkAtEEJALxBCQAKQgkAJUIJAGBCCQBsQgkAtkIJALxCCQAMQwkAD0MJAGJDCQBwQwkAuEMJAL1DCQAORAkAG0QJAGRECQCARAkAukQJAMJECQBu2hEAHUUJACCCDgAhRQkAZkUJACNFCQB+3A4AckUJALxFCQDJRQkAEkYJABdGCQBoRgkAckYJAL5GCQDORgkAFEcJABlHCQBqRwkAc0cJAMBHCQDNRwkAFkgJAB1ICQBsSAkAeEgJAMJICQDISAkAGEkJAB5JCQBuSQkAc0kJAMRJCQDKSQkAxNoRACZKCQBwSgkAdkoJAMZKCQDMSgkAHEsJAClLCQBySwkAd0sJAMhLCQDQSwkAHkwJAFRMCQB0TAkAn0wJAMpMCQDSTAkAIE0JAC1NCQB2TQkAe00JAMxNCQDUTQkAIk4JACVOCQB4TgkAgU4JAM5OCQDdTgkAJE8JAC9PCQB6TwkAgk8JANBPCQDgTwkAJlAJADRQCQB8UAkAjVAJANJQCQDeUAkAKFEJADBRCQDG2xEAhFEJANRRCQDcUQkAKlIJADFSCQCAUgkAjlIJANZSCQDcUgkALFMJADhTCQCCUwkAkVMJANhTCQDiUwkALlQJADNUCQCEVAkAilQJANpUCQDuVAkAHNwRADpVCQCC1AkAPVUJAIZVCQA/VQkAYJgJAItVCQDcVQkA6FUJADJWCQA/VgkAiFYJAJJWCQBy3BEA+VYJADRXCQA2VwkAilcJAJBXCQDgVwkAGFgJADZYCQA8WAkAjFgJAJVYCQDiWAkA71gJADhZCQBwWQkAjlkJAJVZCQDkWQkA6VkJADpaCQBJWgkAkFoJALBaCQDmWgkA8loJADxbCQBCWwkAklsJAKxbCQDoWwkA61sJAD5cCQBDXAkAlFwJAKNcCQDqXAkACl0JAB7dEQBgXQkAll0JAKJdCQDsXQkA9l0JAEJeCQBOXgkAqhMKAE9eCQCYXgkAnV4JAO5eCQD4XgkARF8JAFRfCQCaXwkAn18JAPBfCQD5XwkARmAJAFNgCQCcYAkAo2AJAPJgCQD+YAkASGEJAE5hCQCeYQkApGEJAPRhCQD5YQkASmIJAFBiCQB03REAo2IJAPZiCQD7YgkATGMJAFtjCQCiYwkAwmMJACDeEQAGZAkATmQJAFtkCQCkZAkAq2QJAPpkCQACZQkAUGUJAFJlCQCmZQkAV2UJAJQ3DABnZQkAwPcLAKxlCQC2HQwArmUJAPxlCQAAZgkADG4JABJmCQDstwsAF2YJAFJmCQBUZgkAqGYJALlmCQD+ZgkADGcJAFRnCQBbZwkAqmcJALJnCQAAaAkAB2gJAFZoCQBbaAkArGgJALtoCQACaQkAImkJAFhpCQBkaQkArmkJALRpCQAEagkADGoJAFpqCQBmagkAsGoJAL1qCQAGawkAIWsJAFxrCQBqawkAsmsJALhrCQAIbAkADWwJAF5sCQBrbAkAtGwJAMpsCQAKbQkAFm0JAGBtCQBtbQkAtm0JAMBtCQB23hEAEW4JAGJuCQBobgkAuG4JANhuCQAObwkAHG8JAGRvCQBxbwkAum8JANFvCQAQcAkAGHAJAGZwCQB1cAkAvHAJAMFwCQAScQkAH3EJAGhxCQBycQkAvnEJAMBxCQAUcgkAInIJAGpyCQB3cgkAwHIJAMxyCQAWcwkAHHMJAGxzCQB0cwkAwnMJAMhzCQAYdAkAIXQJAG50CQB7dAkAxHQJAM50CQAadQkAKHUJAHB1CQCGdQkAxnUJANJ1CQAcdgkAJHYJAMzeEQB8dgkAyHYJAM52CQAedwkAIHcJAHR3CQB+dwkAyncJANZ3CQAgeAkAN3gJAHZ4CQCKeAkAIt8RANp4CQAieQkAJXkJAHh5CQCAeQkAznkJANp5CQAkegkAMnoJAHp6CQCEegkA0HoJANt6CQAmewkAMnsJAHx7CQCCewkA0nsJANp7CQAofAkANXwJAH58CQCDfAkA1HwJAN58CQAqfQkAMn0JAIB9CQCGfQkA1n0JAN99CQAsfgkAOX4JAIJ+CQCPfgkA2H4JAOZ+CQAufwkAO38JAIR/CQCbfwkA2n8JAOJ/CQAwgAkANYAJAIaACQCMgAkA3IAJAOSACQAygQkASIEJAIiBCQCWgQkA3oEJAOGBCQA0ggkAQ4IJAIqCCQCPggkA4IIJAO2CCQA2gwkARoMJAIyDCQCagwkA4oMJAPmDCQA4hAkAQYQJAI6ECQCUhAkA5IQJAPCECQA6hQkAQYUJAHjfEQCchQkA5oUJAOiFCQA8hgkARoYJAJKGCQCehgkA6IYJAPCGCQDO3xEAQ4cJAJSHCQCjhwkA6ocJAAqICQBAiAkATIgJAJaICQCciAkA7IgJAPSICQBCiQkAQ4kJAJiJCQCeiQkA7okJAPOJCQBEigkAX4oJAJqKCQCoigkA8IoJAPeKCQBGiwkAUosJAJyLCQCiiwkAJOARAPeLCQBIjAkAUowJAJ6MCQCvjAkA9IwJAACNCQBKjQkATY0JAKCNCQCjjQkA9o0JAP6NCQBMjgkAU44JAKKOCQCnjgkA+I4JAAePCQBOjwkAbo8JAKSPCQCwjwkA+o8JAACQCQBQkAkAWJAJAKaQCQCzkAkA/JAJAAGRCQBSkQkAXJEJAKiRCQCwkQkA/pEJAA6SCQBUkgkAWZIJAKqSCQCzkgkAAJMJAA2TCQBWkwkAXZMJAHrgEQCxkwkAApQJABGUCQBYlAkAeJQJAK6UCQC6lAkABJUJAAqVCQBalQkAYpUJALCVCQC8lQkABpYJABOWCQBclgkAY5YJALKWCQCzlgkACJcJAA2XCQBelwkAbJcJALSXCQDBlwkACpgJABSYCQDQ4BEAZZgJALaYCQDDmAkADJkJABmZCQBimQkAaJkJALiZCQDEmQkADpoJAB6aCQBkmgkAbZoJALqaCQC9mgkAEJsJABybCQBmmwkAbZsJACbhEQC+mwkAEpwJAMObCQAsMA0AzJsJANCCDQAjnAkAaJwJAHCcCQC+nAkAyJwJABSdCQAjnQkAap0JAGudCQDAnQkAyJ0JANLhEQAengkAKOIRAIqeCQDCngkAj54JAPDwEQCWngkArr8JAMqeCQAYnwkAJ58JAG6fCQBznwkAxJ8JANGfCQAaoAkAJ6AJAHCgCQB8oAkAxqAJANWgCQAcoQkAJqEJAHKhCQCVoQkAyKEJAP6hCQAeogkAQqIJAHSiCQB8ogkAgOMRAM+iCQAgowkAJqMJAHajCQB+owkA1uMRANqjCQAipAkAPaQJAHikCQCEpAkAzqQJAN+kCQAkpQkAOKUJAHqlCQCCpQkA0KUJANalCQAmpgkAMqYJAHymCQCMpgkA0qYJANumCQAopwkAK6cJAH6nCQCKpwkA1KcJANunCQAs5BEAOKgJAICoCQCKqAkAguQRANuoCQAsqQkAOakJAIKpCQCPqQkA2KkJAOSpCQAuqgkAPaoJAISqCQCOqgkA2qoJAOiqCQAwqwkANasJAIarCQCTqwkA3KsJAOSrCQDY5BEAPqwJAIisCQCYrAkA3qwJAOesCQA0rQkAN60JAIqtCQCWrQkA4K0JAOetCQAu5REARa4JAIyuCQCRrgkA4q4JAO+uCQA4rwkARa8JAI6vCQCUrwkA5K8JAPCvCQA6sAkASrAJAJCwCQCZsAkA5rAJAOmwCQA8sQkASLEJAJKxCQCZsQkAhOURAO2xCQA+sgkAS7IJAJSyCQCysgkA6rIJAPayCQBAswkAU7MJAJazCQCkswkA7LMJAO+zCQBCtAkATLQJAJi0CQCmtAkA7rQJAPu0CQBEtQkAW7UJAJq1CQCitQkA8LUJAPe1CQBGtgkAS7YJAJy2CQCytgkA8rYJAPS2CQBItwkAVrcJAJ63CQCrtwkA2uURAPy3CQAw5hEAT7gJAKC4CQCtuAkA9rgJAAO5CQBMuQkAWLkJAKK5CQCxuQkA+LkJAAK6CQBOugkAXLoJAKS6CQCpugkA+roJAAe7CQBQuwkAWLsJAIbmEQCyuwkA/LsJAAy8CQBSvAkAW7wJAKi8CQCrvAkA/rwJAAq9CQBUvQkAW70JANzmEQC2vQkAAL4JABC+CQBWvgkAFr4JAN5gDgBfvgkArL4JAK++CQACvwkADr8JAFi/CQBfvwkAMucRALe/CQAKwwkAuL8JAATACQATwAkAWsAJABXACQCywQkAW8AJALDACQDMwAkABsEJAD7BCQBcwQkAlMEJAIjnEQC1wQkACMIJACTCCQBewgkAlsIJALTCCQDswgkA3ucRABfDCQBgwwkAbsMJALbDCQDJwwkADMQJACjECQBixAkAmsQJALjECQDwxAkANOgRAB/FCQBkxQkAcMUJALrFCQDCxQkAiugRABXGCQBmxgkAbsYJALzGCQDLxgkAEscJABfHCQBoxwkAdccJAL7HCQDLxwkAFMgJACDICQBqyAkAecgJAMDICQDKyAkAFskJAB7JCQBsyQkAdskJAMLJCQDHyQkAGMoJACDKCQDg6BEAfcoJAMTKCQB/ygkAHMwJAMXKCQAaywkANssJAHDLCQCoywkAxssJAP7LCQA26REAH8wJAHLMCQCOzAkAyMwJAADNCQAezQkAVs0JAIzpEQB3zQkAys0JANvNCQAgzgkAPM4JAHbOCQCuzgkAzM4JAATPCQDi6REAL88JAHjPCQCEzwkAzs8JAN3PCQAk0AkALtAJAHrQCQCC0AkAukYKAIjQCQDQ0AkA1dAJACbRCQAz0QkAfNEJAITRCQDS0QkA2NEJACjSCQDi0QkAnjgKADTSCQB+0gkAjtIJANTSCQDd0gkAKtMJAC3TCQCA0wkAjNMJANbTCQDd0wkAOOoRAE/UCQCO6hEAkNQJANjUCQDu1AkALtUJADrVCQCE1QkAi9UJANrVCQDf1QkAMNYJADnWCQCG1gkAkNYJAOTqEQDh1gkAuvYMAObWCQAy1wkA6NYJAJaODAA81wkAiNcJAInXCQDe1wkA7dcJADTYCQA52AkAitgJAJfYCQDg2AkA7dgJADbZCQBC2QkAjNkJAJvZCQDi2QkA7NkJADjaCQBG2gkAjtoJAJPaCQDk2gkA8doJADrbCQA72wkAkNsJAJXbCQDm2wkA69sJADzcCQBN3AkAktwJALXcCQDo3AkA89wJAD7dCQBD3QkAlN0JAJfdCQDq3QkA9N0JAEDeCQBo3gkAlt4JALXeCQCQ6xEA+N4JAELfCQBE3wkAmN8JAKffCQDu3wkA+d8JAETgCQBM4AkAmuAJAKHgCQDw4AkA8uAJAEbhCQBQ4QkAnOEJAJ7hCQDy4QkAC+IJAEjiCQBK4gkAnuIJAKHiCQD04gkAAOMJAErjCQBS4wkA5usRAKzjCQD24wkA/OMJAEzkCQBn5AkAouQJAK7kCQD45AkA/uQJAE7lCQBW5QkApOUJAKblCQD65QkABOYJAFDmCQBY5gkAPOwRALfmCQD85gkAA+cJAFLnCQBa5wkAqOcJALXnCQD+5wkAA+gJAFToCQBe6AkAqugJALLoCQAA6QkAD+kJAFbpCQBb6QkArOkJALnpCQAC6gkAD+oJAFjqCQBk6gkAruoJAL3qCQAE6wkADusJAFrrCQBi6wkAsOsJALrrCQAG7AkAC+wJAFzsCQBk7AkAkuwRAL7sCQAI7QkAGO0JAF7tCQBn7QkAtO0JALftCQAK7gkAFu4JAGDuCQBn7gkA6OwRALzuCQAM7wkAEu8JAGLvCQBn7wkAuO8JAL7vCQA+7REAFPAJAGTwCQBq8AkAuvAJAL/wCQBUHQ8Ax/AJABDxCQAV8QkAZvEJAG7xCQC88QkA5fEJABLyCQDw8QkAdvkJADvyCQBo8gkAkfIJAL7yCQDp8gkAFPMJABzzCQBq8wkAefMJAMDzCQDF8wkAFvQJACP0CQBs9AkAefQJAML0CQDO9AkAGPUJACf1CQBu9QkAePUJAMT1CQDS9QkAGvYJAB/2CQBw9gkAffYJAMb2CQDO9gkAHPcJACL3CQBy9wkAfvcJAMj3CQDY9wkAHvgJACf4CQB0+AkAd/gJAMr4CQDW+AkAIPkJACf5CQCU7REAn/kJAMz5CQD3+QkAIvoJACr6CQB4+gkAh/oJAM76CQDT+gkAJPsJADH7CQB6+wkAh/sJAND7CQDc+wkAJvwJADX8CQB8/AkAhvwJANL8CQDg/AkAKP0JAC39CQB+/QkAi/0JANT9CQDc/QkAKv4JADD+CQCA/gkAjP4JANb+CQDm/gkALP8JADX/CQCC/wkAhf8JANj/CQDk/wkALgAKADUACgDq7REAhgAKAB4tDwCSAAoA2gAKAOcACgAwAQoAPAEKAIYBCgCMAQoA3AEKAOIBCgAyAgoANwIKAIgCCgCOAgoAQO4RAAQDCgA0AwoAWgMKAIoDCgC+AwoA4AMKAAkECgA2BAoAYQQKAOzuEQCYBAoA4gQKAJoECgBGOQsA7AQKADgFCgBSBQoAjgUKAJEFCgDOUAoAnQUKAOQFCgDpBQoAOgYKAEcGCgCQBgoAnQYKAOYGCgDyBgoAPAcKAEsHCgCSBwoAnAcKAOgHCgD0BwoAPggKAFEICgCUCAoAowgKAOoICgD2CAoAQAkKAEEJCgCWCQoAoAkKAOwJCgD6CQoAQgoKAEcKCgCYCgoApQoKAELvEQDzCgoARAsKAFELCgCaCwoApwsKAPALCgD8CwoARgwKAFUMCgCcDAoApgwKAPIMCgAADQoASA0KAE0NCgCeDQoAqw0KAPQNCgD8DQoARPARAFYOCgCgDgoAsA4KAPYOCgD/DgoATA8KAE8PCgCiDwoArg8KAPgPCgD/DwoAmvARAFEQCgCkEAoArBAKAPoQCgAGEQoAUBEKAFYRCgCmEQoArBEKAPwRCgABEgoAUhIKAFgSCgBG8REA0RIKAP4SCgAnEwoAVBMKAHgTCgDy8REAsBMKACBRCwC9EwoAABQKAA8UCgBWFAoAYhQKAKwUCgCtFAoAAhUKAAwVCgBYFQoAZhUKAK4VCgCzFQoABBYKABEWCgBI8hEAfRYKAJ7yEQDZFgoABhcKAC8XCgBcFwoAgBcKAPTyEQDAFwoACBgKAA0YCgBeGAoAaxgKALQYCgC8GAoAChkKABAZCgBgGQoAbBkKALYZCgDGGQoADBoKABUaCgBiGgoAZRoKALgaCgDzGgoADhsKABobCgBK8xEAahsKALobCgDTGwoAEBwKAB4cCgBmHAoAcxwKALwcCgDDHAoAEh0KABsdCgBoHQoAdR0KAL4dCgDVHQoAFB4KABceCgBqHgoAbB4KAMAeCgDJHgoAFh8KACYfCgBsHwoAhR8KAMIfCgDEHwoAGCAKACEgCgBuIAoAdiAKAMQgCgDGIAoAGiEKADMhCgBwIQoAhyEKAMYhCgDSIQoAHCIKAC0iCgByIgoAfiIKAMgiCgDTIgoAHiMKACsjCgB0IwoAfiMKAKDzEQDdIwoAICQKAC4kCgB2JAoAXSQKANwsCgCyJAoAzCQKANkkCgAiJQoAKiUKAHglCgB+JQoAziUKANolCgAkJgoALyYKAHomCgCDJgoA0CYKANMmCgAmJwoAKCcKAHwnCgCDJwoA0icKANQnCgD28xEAKygKAH4oCgCMKAoA1CgKANkoCgAqKQoANykKAIApCgCMKQoA1ikKAN4pCgBM9BEAOioKAIIqCgCSKgoA2CoKAOYqCgAuKwoANysKAIQrCgCOKwoA2isKANwrCgAwLAoAOiwKAIYsCgCILAoAovQRAOEsCgAyLQoAOi0KAIgtCgCOLQoA3i0KAOotCgA0LgoAQy4KAIouCgCTLgoA4C4KAOMuCgA2LwoAOC8KAIwvCgCTLwoA4i8KAOQvCgD49BEAPTAKAI4wCgCqMAoA5DAKAAAxCgBO9REARzEKAFxvCwBJMQoAkDEKAJUxCgDmMQoA8zEKADwyCgBJMgoAkjIKAJgyCgDoMgoA9DIKAD4zCgBOMwoAlDMKAJ0zCgDqMwoA7TMKAEA0CgBMNAoAljQKAJ00CgCk9REA+zQKAEI1CgBHNQoAmDUKAKU1CgDuNQoA+zUKAEQ2CgBKNgoAmjYKAKY2CgDwNgoAADcKAEY3CgBPNwoAnDcKAJ83CgDyNwoA/jcKAEg4CgBPOAoA+vURAKA4CgD0OAoAAjkKAEo5CgBbOQoAUPYRAKc5CgCm9hEA/jkKAPz2EQBROgoAojoKAK86CgD4OgoABTsKAE47CgBaOwoApDsKALM7CgD6OwoABDwKAFA8CgBePAoApjwKAKs8CgD8PAoACT0KAFI9CgBaPQoAUvcRALQ9CgD+PQoADj4KAFQ+CgBdPgoAqj4KAK0+CgAAPwoADD8KAFY/CgBdPwoAqPcRAK4/CgACQAoAEEAKAFhACgBpQAoA/vcRALVACgBU+BEADEEKAKr4EQBfQQoAsEEKAL1BCgAGQgoAE0IKAFxCCgBoQgoAskIKAMFCCgAIQwoAEkMKAF5DCgBsQwoAtEMKALlDCgAKRAoAF0QKAGBECgBoRAoAAPkRAMJECgAMRQoAHEUKAGJFCgBrRQoAuEUKALtFCgAORgoAGkYKAGRGCgBrRgoAVvkRAMRGCgAQRwoAHkcKAGZHCgB8RwoAvEcKAMhHCgASSAoAGUgKAGhICgBwSAoAvkgKAMNICgAUSQoAHUkKAGpJCgB0SQoArPkRANZJCgAWSgoAIkoKAGxKCgBzSgoAwkoKAMpKCgAYSwoAHUsKAG5LCgB3SwoAxEsKAM5LCgAC+hEAH0wKAMT7DAAmTAoAtpoKAClMCgBwTAoAREwKAGTXEgB1TAoAxkwKANNMCgAcTQoAKU0KAHJNCgB+TQoAyE0KANdNCgAeTgoAKE4KAHROCgCCTgoAyk4KANdOCgAgTwoAN08KAHZPCgB+TwoAzE8KANZPCgAiUAoAJ1AKAHhQCgCAUAoAWPoRANNQCgAkUQoAM1EKAHpRCgCaUQoA0FEKANxRCgAmUgoAMFIKAHxSCgCGUgoA0lIKAOBSCgAoUwoAPlMKAH5TCgCKUwoA1FMKANlTCgAqVAoAM1QKAIBUCgCKVAoA1lQKAOJUCgAsVQoAP1UKAIJVCgCRVQoA2FUKAORVCgAuVgoAL1YKAIRWCgCOVgoA2lYKAOhWCgAwVwoANVcKAIZXCgCTVwoABPsRAOpXCgAyWAoASFgKAIhYCgCUWAoA3lgKAOVYCgA0WQoAPFkKAIpZCgCPWQoA4FkKAOlZCgA2WgoAQFoKAAb8EQCRWgoA4loKAOpaCgA4WwoAO1sKAI5bCgCXWwoA5FsKAPNbCgA6XAoARVwKAJBcCgCYXAoA5lwKAPZcCgA8XQoASl0KAJJdCgCjXQoA6F0KAPRdCgA+XgoARl4KAFz8EQCaXgoA6l4KAPJeCgBAXwoAR18KAJZfCgCkXwoA7F8KAPJfCgBCYAoATmAKAJhgCgCnYAoA7mAKAPhgCgBEYQoASWEKAJphCgCgYQoA8GEKAARiCgCy/BEAV2IKAJxiCgCoYgoA8mIKAPhiCgBIYwoATmMKAJ5jCgCjYwoA9GMKAPpjCgAI/REAT2QKAKBkCgCxZAoA9mQKAP5kCgBMZQoAAmUKANqBCgAEZQoAts8PAFZlCgCiZQoAsGUKAPhlCgAOZgoATmYKAFpmCgCkZgoAq2YKAPpmCgACZwoAUGcKAFVnCgCmZwoAr2cKAPxnCgAGaAoAUmgKAFpoCgCoaAoArGgKAP5oCgAJaQoAVGkKAGJpCgCqaQoAu2kKAABqCgAMagoAVmoKAF5qCgBe/REArmoKAAJrCgAQawoAWGsKAGJrCgCuawoAvGsKAARsCgARbAoAWmwKAHFsCgCwbAoAuGwKAAZtCgAWbQoAXG0KAGFtCgCybQoAuG0KAAhuCgAQbgoAXm4KAGBuCgC0bgoAwW4KAApvCgASbwoAYG8KAGVvCgC2bwoAt28KAAxwCgAYcAoAYnAKAG9wCgC4cAoAwHAKAA5xCgAdcQoAZHEKAGlxCgC6cQoAx3EKABByCgAdcgoAZnIKAHJyCgC8cgoAy3IKABJzCgAccwoAaHMKAHZzCgC+cwoAw3MKABR0CgAhdAoAtP0RAG10CgDAdAoAyHQKABZ1CgAjdQoAbHUKAHF1CgDCdQoAzHUKABh2CgAgdgoAbnYKAHB2CgDEdgoA33YKABp3CgAcdwoAcHcKAH53CgDGdwoA13cKABx4CgAeeAoAcngKAIt4CgDIeAoA2XgKAB55CgAqeQoACv4RAHx5CgDKeQoA0HkKACB6CgAsegoAdnoKAJN6CgDMegoA1XoKACJ7CgAuewoAeHsKAHt7CgDOewoA2HsKACR8CgAsfAoAenwKAIR8CgDQfAoA3nwKACZ9CgA8fQoAfH0KAIh9CgDSfQoA2X0KACh+CgAwfgoAfn4KAIN+CgDUfgoA3X4KACp/CgA0fwoAgH8KAIh/CgDWfwoA2H8KACyACgA8gAoAgoAKAIyACgDYgAoA5IAKAC6BCgA0gQoAhIEKAIyBCgBg/hEA4IEKADCCCgA2ggoAhoIKAIuCCgDcggoA4oIKALb+EQBAgwoAiIMKAJ6DCgDegwoA6oMKADSECgA5hAoAioQKAJOECgDghAoA6oQKADaFCgBZhQoAjIUKAJCFCgDihQoAm4UKADqHCgDkhQoAOIYKAEaGCgCOhgoAmIYKAOSGCgAIhwoAuP8RAECHCgCQhwoAnIcKAOaHCgDohwoAPIgKAEaICgCSiAoAnogKAOiICgAMiQoADgASAEKJCgCUiQoATYkKAOyKCgCWiQoA6okKAPiJCgBAigoASooKAJaKCgC6igoAZAASAPKKCgBCiwoATosKAJiLCgCaiwoA7osKAPiLCgBEjAoAUIwKAJqMCgC+jAoAugASAA2NCgBGjQoAT40KAJyNCgCqjQoA8o0KAPiNCgBIjgoAVI4KAJ6OCgCmjgoAEAESAPuOCgBKjwoAY48KAKCPCgCvjwoA9o8KAP6PCgBMkAoAW5AKAKKQCgCnkAoA+JAKAAWRCgBOkQoAW5EKAKSRCgCwkQoA+pEKAAmSCgBQkgoAWpIKAKaSCgC0kgoA/JIKAAGTCgBSkwoAX5MKAGYBEgCpkwoApBILAMGTCgD+kwoACJQKAFSUCgBWlAoAqpQKALiUCgAAlQoADZUKAFaVCgBelQoArJUKANiVCgAClgoACZYKAFiWCgBxlgoArpYKAL2WCgAElwoADJcKAFqXCgBplwoAsJcKALWXCgAGmAoAE5gKAFyYCgBpmAoAspgKAL6YCgAImQoAF5kKAF6ZCgBomQoAtJkKAMKZCgAKmgoAD5oKAGCaCgBtmgoAvAESAMmaCgAMmwoAG5sKAGKbCgBumwoAuJsKAMSbCgAOnAoAFZwKAGScCgBwnAoAupwKAMGcCgAQnQoAGJ0KAGadCgBqnQoAvJ0KAMedCgASngoAHp4KAGieCgB1ngoAvp4KAMaeCgAUnwoAHp8KAGqfCgBwnwoAwJ8KANSfCgAWoAoAJKAKAGygCgB5oAoAwqAKANmgCgAYoQoAIKEKAG6hCgB4oQoAxKEKAMmhCgAaogoAIqIKAHCiCgB/ogoAxqIKAMuiCgAcowoAKaMKAHKjCgB/owoAyKMKANSjCgAepAoALaQKAHSkCgB+pAoAEgISANKkCgAgpQoAL6UKAHalCgB7pQoAzKUKANWlCgAipgoAM6YKAHimCgB/pgoAzqYKANamCgAkpwoAMacKAHqnCgB/pwoA0KcKANqnCgAmqAoALqgKAHyoCgCVqAoA0qgKAN6oCgAoqQoAMKkKAGgCEgCNqQoA1KkKAPGpCgAqqgoAM6oKAICqCgCOqgoA1qoKANyqCgAsqwoAOKsKAIKrCgCJqwoA2KsKAOCrCgAurAoAPqwKAISsCgCKrAoA2qwKAN+sCgAwrQoARq0KAIatCgCOrQoA3K0KAOatCgAyrgoAPa4KAIiuCgCUrgoA3q4KAOauCgC+AhIAQa8KAIqvCgCRrwoA4K8KAOyvCgA2sAoAPLAKAIywCgCdsAoA4rAKAPawCgA4sQoARrEKAI6xCgCbsQoA5LEKAPuxCgA6sgoAQrIKAJCyCgCXsgoA5rIKAOiyCgA8swoARrMKAJKzCgCUswoA6LMKAAG0CgA+tAoAQLQKAJS0CgCXtAoA6rQKAPa0CgBAtQoAbrUKABQDEgCltQoA7LUKAAm2CgBCtgoAS7YKAJi2CgCmtgoA7rYKAPS2CgBEtwoAULcKAJq3CgCitwoAagMSAPi3CgBGuAoATLgKAJy4CgCouAoA8rgKAPW4CgBIuQoATbkKAJ65CgCnuQoA9LkKAPq5CgBKugoAWboKAKC6CgCsugoA9roKAP66CgDAAxIAUrsKAKK7CgCnuwoA+LsKAA68CgBOvAoAVrwKAKS8CgCyvAoA+rwKAAS9CgBQvQoAU70KAKa9CgCuvQoA/L0KAP29CgBSvgoAWL4KAKi+CgC2vgoA/r4KABS/CgBUvwoAVr8KAKq/CgCwvwoAAMAKABTACgBWwAoAXsAKAKzACgC8wAoAAsEKAATBCgBYwQoAZ8EKAK7BCgC4wQoABMIKAAnCCgBawgoAYMIKALDCCgDEwgoABsMKAA7DCgBcwwoAYcMKALLDCgC4wwoACMQKABDECgBexAoAYcQKALTECgC5xAoACsUKABPFCgBgxQoAZsUKALbFCgDFxQoADMYKABjGCgAWBBIAbsYKALjGCgDLxgoADscKACrHCgBkxwoAbMcKAGwEEgDIxwoAEMgKACbICgBmyAoAcsgKALzICgDByAoAEskKABvJCgBoyQoAcskKAL7JCgDGyQoAFMoKABbKCgBqygoAecoKAMDKCgDdygoAFssKAB/LCgBsywoAessKAMLLCgDIywoAGMwKACbMCgBuzAoAe8wKAMTMCgDbzAoAGs0KACLNCgBwzQoAcs0KAMbNCgDOzQoAHM4KACvOCgByzgoAd84KAMjOCgDVzgoAHs8KACvPCgB0zwoAgM8KAMrPCgDZzwoAINAKACrQCgB20AoAhNAKAMzQCgDR0AoAItEKAC/RCgDCBBIAgtEKAM7RCgDQ0QoAJNIKACvSCgB60goAgdIKANDSCgDW0goAJtMKADTTCgB80woAidMKANLTCgDi0woAKNQKAC3UCgB+1AoAhtQKANTUCgCa1AoAtEULAODUCgAq1QoALNUKADDYCgA31QoAgNUKAIXVCgDW1QoA4NUKACzWCgA81goAgtYKAIfWCgDY1goA4dYKAC7XCgA71woAhNcKAIvXCgDa1woA4tcKABgFEgA+2AoAhtgKAJ7YCgDc2AoA3tgKADLZCgBJ2QoAiNkKAIrZCgDe2QoA7NkKADTaCgBB2goAitoKAJLaCgBuBRIA5toKADbbCgA42woAjNsKAJnbCgDi2woA5dsKADjcCgBJ3AoAjtwKAJDcCgDk3AoA7twKADrdCgBG3QoAkN0KAJjdCgDEBRIA690KADzeCgA/3goAkt4KAJzeCgDo3goA8N4KAD7fCgBL3woAlN8KAJbfCgDq3woAAOAKAEDgCgBM4AoAluAKAJ7gCgAaBhIA7+AKAELhCgAD4QoAbE4MAEvhCgCY4QoApuEKAJgMCwCn4QoA7uEKAPnhCgBE4goATOIKAJriCgCl4goA8OIKAPXiCgBG4woASeMKAJzjCgCm4woAxgYSAPjjCgBI5AoA/OMKAAzODgBj5AoAnuQKAKrkCgD05AoA+uQKAErlCgBS5QoAoOUKALblCgD25QoABOYKAEzmCgBP5goAouYKALvmCgD45goABOcKAE7nCgBZ5woApOcKAKbnCgD65woAFegKAFDoCgBe6AoApugKALPoCgD86AoAE+kKABwHEgBU6QoAZtAOAGjpCgCo6QoAqekKAP7pCgAD6goAVOoKAFrqCgCq6goArOoKAADrCgAG6woAVusKAGrrCgCs6woAtOsKAALsCgAS7AoAWOwKAFrsCgCu7AoAvOwKAATtCgAV7QoAcgcSAGDtCgCw7QoAvO0KAMgHEgAI7goAXO4KAG3uCgCy7goAuu4KAAjvCgAR7woAXu8KAGXvCgC07woAte8KAB4IEgAW8AoAYPAKAGLwCgC28AoAvfAKAAzxCgAU8QoAYvEKAGvxCgC48QoAv/EKAA7yCgAP8goAdAgSAGnyCgC68goAwvIKABDzCgAa8woAZvMKAHTzCgC88woA0vMKABL0CgAe9AoAaPQKAG30CgC+9AoAx/QKABT1CgAe9QoAyggSAGv1CgDA9QoAyPUKADg0DADY9QoAFvYKACP2CgBs9goAePYKAML2CgDM9goAGPcKABz3CgBu9woAc/cKAMT3CgDK9woAGvgKADr4CgBw+AoAiPgKAMb4CgDd+AoAHPkKACj5CgBy+QoAfPkKAMj5CgDK+QoAHvoKACX6CgB0+goAe/oKAMr6CgDQ+goAIPsKACz7CgB2+woAefsKAMz7CgDP+woAIvwKAC78CgB4/AoAe/wKAM78CgDq/AoAJP0KACz9CgAgCRIAhv0KAND9CgDa/QoAJv4KACj+CgB8/goAg/4KANL+CgDZ/goAKP8KAC7/CgB+/woAjP8KANT/CgDh/woAKgALADoACwCAAAsAhQALANYACwDeAAsALAELADwBCwCCAQsAhwELANgBCwDeAQsALgILADYCCwB2CRIAigILANoCCwDiAgsAMAMLADMDCwCGAwsAkgMLANwDCwDiAwsAMgQLAE0ECwCIBAsAlgQLAN4ECwDtBAsANAULAEAFCwCKBQsAkgULACIKEgDlBQsANgYLAEAGCwCMBgsAlAYLAOIGCwACBwsAOAcLAEUHCwCOBwsAkwcLAOQHCwDoBwsAOggLAEcICwB4ChIAlQgLAOYICwDpCAsAPAkLAEYJCwCSCQsAngkLAOgJCwD7CQsAPgoLAE0KCwCUCgsAoAoLAOoKCwDrCgsAQAsLAEoLCwCWCwsApAsLAOwLCwDxCwsAQgwLAE8MCwDOChIAogwLAO4MCwDwDAsARA0LAF0NCwCaDQsAqw0LAPANCwD8DQsARg4LAE4OCwDQCxIAow4LAPIOCwD5DgsASA8LAE4PCwCeDwsAqg8LAPQPCwD3DwsAShALAE0QCwCgEAsAqBALAPYQCwAGEQsATBELAFERCwCiEQsAqxELAPgRCwAFEgsAThILAFUSCwAmDBIAsBILAPoSCwAHEwsAUBMLAFgTCwCmEwsAsBMLAPwTCwALFAsAUhQLAFMUCwCoFAsAsBQLAP4UCwANFQsAVBULAFkVCwCqFQsAtxULAAAWCwANFgsAVhYLAGIWCwCsFgsAuxYLAAIXCwAMFwsAWBcLAGYXCwCuFwsAsxcLAAQYCwARGAsAWhgLAGIYCwCwGAsAuhgLAAYZCwALGQsAXBkLAGQZCwB8DBIAwBkLAAgaCwAUGgsAXhoLAGQaCwC0GgsAuhoLAAobCwAPGwsAYBsLAGYbCwDSDBIAwhsLAAwcCwASHAsAYhwLAGgcCwC4HAsAxRwLAA4dCwATHQsAZB0LAGwdCwC6HQsA2B0LANQNEgASHgsApBgOABMeCwB6AQ0AFh4LAPaTDAAmHgsAZh4LAGceCwC8HgsAwR4LABIfCwAYHwsAaB8LAGofCwC+HwsAxB8LABQgCwAoIAsAaiALAHIgCwDAIAsA0CALABYhCwAYIQsAbCELAHohCwDCIQsA0yELACoOEgAeIgsAbiILAHoiCwCADhIA0SILABojCwAiIwsAcCMLAH0jCwDGIwsAyCMLABwkCwAyJAsAciQLAH4kCwDIJAsA0CQLACwPEgAqJQsAdCULAHclCwDKJQsAzyULACAmCwAxJgsAdiYLAH8mCwDMJgsA1iYLACInCwAwJwsAeCcLAH0nCwDOJwsA2ycLAIIPEgAwKAsAeigLAIcoCwDQKAsA0igLACYpCwA8KQsAfCkLAIgpCwDSKQsA2ikLANgPEgAtKgsAfioLAIQqCwDUKgsA3CoLACorCwAtKwsAgCsLAIwrCwDWKwsA3CsLACwsCwBHLAsAgiwLAI8sCwDYLAsA2iwLAC4tCwBELQsAhC0LAJAtCwDaLQsA4i0LAC4QEgA2LgsAhi4LAIsuCwDcLgsA9y4LADIvCwBALwsAiC8LAI8vCwDeLwsA6i8LADQwCwA7MAsAhBASAJUwCwDgMAsA6DALADYxCwBBMQsAjDELAJExCwDiMQsA5TELADgyCwBCMgsAjjILAJYyCwDkMgsA8jILADozCwA9MwsAkDMLAJgzCwDmMwsABjQLADw0CwBJNAsAkjQLAJc0CwDoNAsA7DQLAD41CwBLNQsA2hASALQ1CwDqNQsA8zULAEA2CwBBNgsAljYLAJ42CwDsNgsA/DYLAEI3CwBENwsAmDcLAKY3CwDuNwsA/zcLADAREgBKOAsAmjgLAKY4CwCGERIA9zgLANwREgBLOQsAnDkLALY5CwDyOQsAAToLAEg6CwBTOgsAnjoLAKA6CwD0OgsAATsLAEo7CwBXOwsAoDsLAKw7CwD2OwsABzwLAEw8CwBPPAsAojwLALw8CwD4PAsAAT0LAE49CwBbPQsApD0LAKo9CwD6PQsABj4LAFA+CwBTPgsApj4LAKs+CwD8PgsADT8LAFI/CwBtPwsAqD8LALQ/CwD+PwsABUALAFRACwBWQAsAqkALALFACwAAQQsAB0ELAFZBCwBcQQsArEELALhBCwACQgsABUILAFhCCwBbQgsArkILALpCCwAEQwsAF0MLAFpDCwBpQwsAsEMLALxDCwAGRAsAB0QLAFxECwBmRAsAskQLAMBECwAIRQsADUULAF5FCwBrRQsAMhISALxFCwCIEhIADEYLAGBGCwB2RgsAtkYLAMJGCwAMRwsAFEcLAN4SEgBoRwsAuEcLAMBHCwAOSAsAEUgLAGRICwBwSAsAukgLAMBICwAQSQsAK0kLAGZJCwB0SQsAvEkLAMtJCwASSgsAHkoLAGhKCwBwSgsANBMSAMNKCwAUSwsAHksLAGpLCwBySwsAwEsLAOBLCwAWTAsAI0wLAGxMCwBxTAsAwkwLAMZMCwAYTQsAJU0LAIoTEgCRTQsA4BMSAMlNCwAaTgsAKU4LAHBOCwCQTgsAxk4LANJOCwAcTwsAJk8LAHJPCwB+TwsAyE8LAM5PCwAeUAsAJFALAHRQCwB5UAsAylALANBQCwA2FBIAJlELAHZRCwB7UQsAzFELANJRCwDiFBIAJVILAHhSCwCCUgsAzlILANBSCwAkUwsAPVMLAHpTCwCLUwsA0FMLAN5TCwAmVAsAKVQLAHxUCwCHVAsA0lQLANpUCwAoVQsAKlULAH5VCwCGVQsA1FULAOFVCwAqVgsANlYLAIBWCwCEVgsA1lYLAN5WCwAsVwsAO1cLAIJXCwCHVwsA2FcLAOVXCwAuWAsAO1gLAIRYCwCQWAsA2lgLAOlYCwAwWQsAOlkLAIZZCwCUWQsA3FkLAOFZCwAyWgsAP1oLADgVEgCQWgsAjhUSAOJaCwA8XwsA6loLADRbCwA6WwsAilsLAJBbCwDgWwsA7VsLADZcCwA7XAsAjFwLAJRcCwDiXAsAC10LADhdCwAWXQsA5F0LAF5dCwA6XgsAYV0LAI5dCwC3XQsA5BUSAA1eCwA6FhIAYF4LAJBeCwDEXgsA5l4LAA9fCwCQFhIASl8LAJJfCwCfXwsA6F8LAPRfCwA+YAsARGALAJRgCwCaYAsA6mALAO9gCwBAYQsARmELAOYWEgC8YQsAmGILAL9hCwDsYQsAFWILAJIXEgBrYgsA6BcSAL5iCwDuYgsAImMLAERjCwBtYwsAPhgSAKRjCwDwYwsA9WMLAEZkCwBOZAsAlBgSAKFkCwDyZAsA+2QLAEhlCwBVZQsAnmULAKVlCwDqGBIA/GULAEAZEgBdZgsAoGYLAKxmCwD2ZgsABWcLAExnCwBVZwsAomcLAKxnCwD4ZwsA+mcLAE5oCwBnaAsApGgLALVoCwD6aAsABmkLAFBpCwBYaQsAlhkSALRpCwD8aQsADWoLAFJqCwBeagsAqGoLALBqCwDsGRIAA2sLAFRrCwBeawsAqmsLALJrCwAAbAsAEGwLAFZsCwBbbAsArGwLALVsCwACbQsAD20LAFhtCwBfbQsAQhoSALRtCwB2hA8Au20LAARuCwDBbQsAHlYOAAluCwBabgsAZm4LALBuCwC9bgsABm8LABBvCwCYGhIAYW8LALJvCwC+bwsACHALABVwCwBecAsAaHALALRwCwDQcAsACnELABJxCwDuGhIAZXELALZxCwC+cQsADHILAA9yCwBicgsAa3ILALhyCwDHcgsADnMLABlzCwBkcwsAbHMLALpzCwDKcwsAEHQLAB50CwBmdAsAd3QLALx0CwDIdAsAEnULABp1CwBEGxIAbnULAL51CwDGdQsAFHYLABt2CwBqdgsAeHYLAMB2CwDGdgsAFncLACJ3CwBsdwsAe3cLAMJ3CwDMdwsAGHgLAB14CwBueAsAdHgLAMR4CwDYeAsAGnkLACJ5CwBweQsAjnkLAMZ5CwDOeQsAmhsSACR6CwDwGxIAenoLAMh6CwDhegsAHnsLACd7CwB0ewsAhHsLAMp7CwDaewsAIHwLACx8CwB2fAsAfHwLAMx8CwDafAsAIn0LAC99CwB4fQsAj30LAM59CwDWfQsAJH4LAC5+CwB6fgsAiH4LANB+CwDmfgsAJn8LADJ/CwB8fwsAg38LANJ/CwDafwsAKIALAC2ACwB+gAsAh4ALANSACwDegAsAKoELADKBCwCAgQsAgoELANaBCwDmgQsALIILADaCCwCCggsAjoILANiCCwDeggsALoMLADaDCwCcHBIAhoMLANqDCwDrgwsAMIQLAEyECwCGhAsAjoQLAPIcEgDthAsAMoULAEOFCwCIhQsAkIULAN6FCwD3hQsANIYLADqGCwCKhgsAj4YLAOCGCwAAhwsANocLAEKHCwCMhwsAkocLAOKHCwDqhwsAOIgLAEeICwCOiAsAk4gLAOSICwDxiAsAOokLAEeJCwCQiQsAnIkLAOaJCwD1iQsAPIoLAEaKCwCSigsAoIoLAOiKCwDtigsAPosLAEuLCwCUiwsAl4sLAOqLCwDyiwsAQIwLAEKMCwCWjAsAnIwLAOyMCwD4jAsAQo0LAEqNCwBIHRIAnY0LAO6NCwDyjQsARI4LAFGOCwCeHRIAo44LAPCOCwABjwsARo8LAFKPCwCcjwsAqY8LAPKPCwD3jwsASJALAFKQCwCekAsArpALAPSQCwD5kAsASpELAFORCwCgkQsArZELAPaRCwD9kQsATJILAFiSCwCikgsAqJILAPiSCwD+kgsATpMLAFOTCwCkkwsAqpMLAPQdEgD/kwsAUJQLAFiUCwCmlAsAvJQLAPyUCwABlQsAUpULAFmVCwColQsAsZULAP6VCwAPlgsAVJYLAGCWCwCqlgsAspYLAPYeEgAClwsAVpcLAGyXCwCslwsAuJcLAAKYCwAJmAsAWJgLAGCYCwBMHxIAs5gLAASZCwALmQsAWpkLAGOZCwCwmQsAwZkLAAaaCwASmgsAXJoLAGSaCwCiHxIAtJoLAAibCwAemwsAXpsLAGqbCwC0mwsAu5sLAAqcCwASnAsA+B8SAGWcCwC2nAsAvZwLAAydCwAVnQsAYp0LAHOdCwC4nQsAxJ0LAA6eCwAWngsATiASAGaeCwC6ngsAyZ4LABCfCwAwnwsAZp8LAGifCwC8nwsA058LABKgCwAeoAsAaKALAHCgCwD6IBIAw6ALABShCwAWoQsAaqELAHGhCwDAoQsAyKELABaiCwAfogsAbKILAHKiCwDCogsA06ILABijCwAgowsApiESAHqjCwDEowsAx6MLABqkCwAfpAsAcKQLAIGkCwDGpAsA4aQLABylCwAopQsAcqULAHqlCwD8IRIA3qULAB6mCwAfpgsAdKYLAHmmCwDKpgsA0KYLACCnCwAqpwsAdqcLAH6nCwDMpwsA3qcLAFIiEgAvqAsAeKgLAIKoCwDOqAsA1KgLACSpCwA4qQsAeqkLAIKpCwDQqQsA4KkLACaqCwArqgsAfKoLAIKqCwDSqgsA2qoLACirCwApqwsAfqsLAICrCwDUqwsA46sLACqsCwBKrAsAgKwLAIKsCwDWrAsA7awLACytCwA4rQsAgq0LAIqtCwCoIhIA4K0LAC6uCwBHrgsAhK4LAI2uCwDargsA5K4LADCvCwA4rwsAhq8LAJavCwDcrwsA4a8LADKwCwA7sAsAiLALAJWwCwDesAsA5bALADSxCwA8sQsAVCMSAJSxCwDgsQsA6LELADayCwBEsgsAjLILAJmyCwDisgsA6rILADizCwA6swsAjrMLAJazCwDkswsA5bMLADq0CwA8tAsAkLQLAJ+0CwDmtAsABrULADy1CwA+tQsAkrULAKm1CwDotQsA9LULAD62CwBYtgsAlLYLAMC2CwDqtgsA7bYLAEC3CwBFtwsAlrcLAKO3CwCqIxIA7rcLAEK4CwBMuAsAmLgLAKe4CwDuuAsA+bgLAES5CwBSuQsAmrkLAKe5CwDwuQsAB7oLAEa6CwBOugsAnLoLAJ26CwDyugsA9LoLAEi7CwBXuwsAnrsLAL67CwD0uwsA9rsLAEq8CwBhvAsAoLwLAKy8CwD2vAsA/rwLAAAkEgBRvQsAor0LAKi9CwD4vQsAAL4LAE6+CwBtvgsApL4LALG+CwD6vgsA+74LAFC/CwBmvwsApr8LAMK/CwBWJBIAAcALAFLACwBcwAsAqMALALDACwD+wAsA/8ALAFTBCwAAwQsAZsoLAFrBCwCqwQsAtsELAADCCwAQwgsAVsILAGTCCwCswgsAv8ILAALDCwAOwwsAWMMLAF/DCwCuwwsAtsMLAATECwAIxAsAWsQLAGjECwCwxAsAusQLAAbFCwARxQsAXMULAGTFCwCyxQsA6sULAAjGCwAQxgsAXsYLAGPGCwC0xgsAusYLAArHCwASxwsAYMcLAHrHCwC2xwsA7scLAAzICwAUyAsAYsgLAGfICwC4yAsAvsgLAA7JCwAWyQsAZMkLAH7JCwC6yQsA1MkLABDKCwBIygsArCQSAG7KCwC8ygsAw8oLABLLCwAeywsAaMsLAGnLCwC+ywsAyssLABTMCwAhzAsAaswLAHHMCwDAzAsAzMwLABbNCwAjzQsAbM0LAHvNCwDCzQsA1s0LAAIlEgAazgsAbs4LACTOCwAUpw4Acc4LAOwRDgB7zgsA3LEMAH3OCwDEzgsA5M4LABrPCwAczwsAcM8LAIfPCwDGzwsA0s8LABzQCwAk0AsAWCUSAHTQCwDI0AsA1dALAB7RCwAn0QsAdNELAHbRCwDK0QsA29ELACDSCwAx0gsAdtILAIrSCwCuJRIA7NILACLTCwAk0wsAeNMLAI/TCwDO0wsA2tMLACTUCwAs1AsABCYSAHzUCwDQ1AsA09QLACbVCwAu1QsAfNULAInVCwDS1QsA19ULACjWCwAy1gsAftYLAIbWCwDU1gsA7dYLACrXCwA21wsAgNcLAIzXCwDW1wsA49cLACzYCwA02AsAgtgLAJLYCwDY2AsA3dgLAC7ZCwA32QsAhNkLAJHZCwDa2QsA4dkLADDaCwA42gsAWiYSAJPaCwDc2gsA39oLADLbCwA82wsAiNsLAIrbCwDe2wsA79sLADTcCwBF3AsAitwLAJbcCwDg3AsA59wLADbdCwBQ3QsAjN0LAJTdCwDi3QsA490LAKDnCwDs3QsAON4LAD7eCwCO3gsAot4LAOTeCwDs3gsAOt8LAETfCwCQ3wsAld8LAObfCwDu3wsAPOALAErgCwCS4AsAn+ALAOjgCwDr4AsAPuELAEjhCwCU4QsAluELAOrhCwD74QsAQOILAFHiCwCW4gsAnuILALAmEgD24gsAQuMLAF7jCwCY4wsAoOMLAAYnEgDv4wsAROQLAFrkCwCa5AsAouQLAPDkCwD+5AsARuULAFPlCwCc5QsAn+ULAPLlCwD85QsASOYLAErmCwCe5gsAr+YLAPTmCwAF5wsASucLAFLnCwBcJxIAsecLAPbnCwAC6AsATOgLAE7oCwCi6AsApegLAPjoCwAE6QsATukLAFbpCwCyJxIArekLAPrpCwAH6gsAUOoLAFjqCwCm6gsAuOoLAPzqCwAJ6wsAUusLAFPrCwCo6wsAvusLAP7rCwAG7AsAVOwLAGLsCwCq7AsAt+wLAADtCwAD7QsAVu0LAGDtCwCs7QsAru0LAALuCwAT7gsAWO4LAGnuCwCu7gsAtu4LAAgoEgAR7wsAWu8LAGTvCwCw7wsAZ+8LAArLDQC+7wsABvALABzwCwBc8AsAaPALALLwCwC+8AsACPELAA7xCwBe8QsAZPELALTxCwC58QsACvILABDyCwBeKBIAZfILALbyCwC48gsADPMLABPzCwBi8wsAavMLALjzCwC78wsADvQLABf0CwBk9AsAc/QLALr0CwDF9AsAEPULABj1CwBm9QsAdvULALz1CwDK9QsAEvYLACP2CwBo9gsAdPYLAL72CwDG9gsAYCkSADL3CwBq9wsAcvcLALYpEgDM9wsAFvgLACz4CwBs+AsAdPgLAML4CwDh+AsADCoSABv5CwAyMQwAJfkLAG75CwBx+QsA2o0QAHb5CwDE+QsAePkLAJaSDgDG+QsAGvoLAM75CwCIBgwA1fkLAHr/CwAn+gsAcPoLAIT6CwDG+gsAzvoLABz7CwAh+wsAcvsLAIL7CwDI+wsA0PsLAB78CwAo/AsAdPwLAH/8CwDK/AsA1vwLACD9CwAo/QsAYioSAHv9CwDM/QsA1f0LACL+CwAo/gsAeP4LAIf+CwDO/gsA2v4LACT/CwAn/wsAuCoSAH//CwDQ/wsA3/8LACYADAAoAAwAfAAMAI0ADADSAAwA4wAMACgBDAA8AQwAfgEMAIYBDADUAQwA4gEMACoCDAA3AgwAgAIMAIMCDADWAgwA4AIMACwDDAAuAwwAggMMAJMDDADYAwwA6QMMAC4EDAA6BAwAhAQMAIsEDADaBAwA4gQMADAFDABHBQwAhgUMAJIFDADcBQwA8gUMADIGDAA1BgwADisSAJMGDADeBgwA6gYMADQHDAA8BwwAZCsSAJYHDADgBwwA9gcMADYIDAA5CAwAjAgMAJQIDADiCAwA5AgMADgJDABTCQwAjgkMAJAJDADkCQwA8gkMADoKDABLCgwAkAoMAJIKDADmCgwA/woMADwLDABNCwwAkgsMAJ4LDAC6KxIA7gsMAD4MDABMDAwAlAwMAK8MDADqDAwA9gwMAEANDABGDQwAlg0MAJ4NDADsDQwA/A0MAEIODABHDgwAmA4MAKEODADuDgwA+w4MAEQPDABLDwwAmg8MAKIPDAAQLBIA9Q8MAEYQDABMEAwAnBAMAKQQDADyEAwAHhEMAEgRDABPEQwAnhEMALcRDAD0EQwAAxIMAEoSDABmEgwAZiwSAKUSDAD2EgwAABMMAEwTDABcEwwAohMMAKcTDAD4EwwAARQMAE4UDABbFAwApBQMAKsUDAD6FAwABhUMAFAVDABjFQwAphUMALUVDAD8FQwACBYMAFIWDABTFgwAqBYMALIWDAD+FgwADBcMAFQXDABZFwwAqhcMALcXDAC8LBIAERgMAFYYDABYGAwArBgMAK8YDAACGQwABRkMAFgZDABfGQwArhkMALoZDAAEGgwAFBoMAFoaDABqGgwAsBoMALUaDAAGGwwADxsMAFwbDABpGwwAshsMALkbDAAIHAwAFBwMAF4cDABkHAwAtBwMALocDAAKHQwADx0MAGAdDABmHQwAvi0SAMAdDAAMHgwAGh4MAGIeDAByHgwAuB4MALoeDAAOHwwAHR8MAGQfDABuHwwAuh8MAMIfDADALhIAFiAMAGYgDAByIAwAFi8SAMEgDAASIQwAGiEMAGghDAB4IQwAviEMAMwhDAAUIgwAISIMAGoiDABxIgwAwCIMAMgiDADCLxIAJyMMAGwjDABzIwwAwiMMAMojDAAYJAwAJSQMAG4kDABzJAwAxCQMAM4kDAAaJQwAIiUMAHAlDACJJQwAxiUMANIlDAAcJgwAJCYMABgwEgB+JgwAyCYMAMsmDAAeJwwAIycMAHQnDACFJwwAyicMAOUnDAAgKAwALCgMAHYoDAB9KAwAzCgMAOgoDAAiKQwAKikMAG4wEgB9KQwAzikMANgpDAAkKgwALCoMAHoqDAB8KgwAEqQNAIoqDADQKgwA1SoMACYrDAAvKwwAfCsMAIkrDADSKwwA2SsMAMQwEgAxLAwAfiwMAIssDADULAwA4ywMACotDAA0LQwAgC0MAI4tDADWLQwA2y0MACwuDAA5LgwAgi4MAIouDAAaMRIA5C4MAC4vDAA7LwwAhC8MAIcvDADaLwwA6C8MADAwDAA1MAwAhjAMAJMwDADcMAwA5DAMAHAxEgA6MQwAiDEMAI4xDADeMQwAjzEMAADEDADqMQwANDIMAFEyDACKMgwAkzIMAOAyDADuMgwANjMMADwzDACMMwwAmDMMAOIzDADpMwwAxjESADk0DAC+ogwARDQMAI40DABINAwAYp8MAKE0DADkNAwA7jQMADo1DABGNQwAkDUMAJ01DADmNQwA6TUMADw2DABKNgwAkjYMAJc2DADoNgwA9TYMAD43DABGNwwAHDISAJo3DADqNwwA+DcMAEA4DABbOAwAljgMAKI4DADsOAwA8jgMAMgyEgBlOQwAHjMSAJ05DADuOQwA+zkMAEQ6DABROgwAmjoMAKY6DADwOgwA/zoMAEY7DABQOwwAnDsMAKo7DADyOwwA9zsMAEg8DABVPAwAnjwMALo8DAD0PAwA/DwMAHQzEgBPPQwAoD0MAKY9DAD2PQwA/j0MAEw+DABNPgwAoj4MAKk+DAD4PgwA/T4MAE4/DABWPwwApD8MALI/DAD6PwwA/T8MAFBADABYQAwApkAMALNADAD8QAwAAUEMAFJBDABcQQwAqEEMALBBDAD+QQwAD0IMAFRCDABZQgwAqkIMAKxCDAAAQwwAB0MMAFZDDABiQwwArEMMALNDDADKMxIADkQMAFhEDAB1RAwArkQMALdEDAAERQwAEkUMAFpFDABgRQwAsEUMALxFDAAGRgwADUYMAFxGDABkRgwAskYMAMhGDAAIRwwADUcMAF5HDABlRwwAtEcMAL1HDAAKSAwAG0gMAGBIDABsSAwAtkgMAL5IDAB2NBIAEkkMAGJJDABnSQwAuEkMANNJDAAOSgwAHEoMAGRKDABrSgwAukoMAMZKDAAQSwwAE0sMAGZLDABuSwwAvEsMAL1LDAASTAwAFEwMAGhMDAB3TAwAvkwMAN5MDAAUTQwAFk0MAGpNDACBTQwAwE0MAMxNDAAWTgwAHk4MAMw0EgBxTgwAwk4MAMpODAAYTwwAKE8MAG5PDAB8TwwAxE8MANVPDAAaUAwAJlAMAHBQDABzUAwAxlAMAM5QDAAcUQwAKlEMAHJRDAB/UQwAyFEMANBRDAAeUgwAVlIMACI1EgB1UgwAylIMANZSDAAgUwwAL1MMAHZTDAB+UwwAeDUSAM5TDAAiVAwAMFQMAHhUDACJVAwAzjUSANVUDAAkNhIALFUMANA2EgB7VQwAsnEMAH1VDADiXgwAflUMAChXDACAVQwAPGEMAIFVDACGWwwAg1UMALZzDACGVQwA0FUMAIdVDACCWQwAiVUMAJxmDADWVQwAJlYMACxWDAB8VgwAgVYMANJWDADYVgwAJjcSACpXDAB+VwwAhFcMANRXDADhVwwAKDgSADdYDACAWAwAl1gMANZYDADyWAwALFkMADRZDAB+OBIAh1kMANhZDADiWQwALloMADxaDACEWgwAk1oMANpaDADmWgwA1DgSADhbDAAqORIAklsMANxbDADdWwwAMlwMADhcDACIXAwAlFwMAN5cDADtXAwANF0MADZdDACKXQwAlF0MAOBdDADsXQwANl4MAD1eDACAORIAlF4MANY5EgDsXgwAOF8MAD5fDACOXwwAnF8MAORfDADzXwwAOmAMAERgDACQYAwArGAMAOZgDADuYAwALDoSAEhhDACSYQwAoWEMAOhhDADtYQwAPmIMAFliDACUYgwAoGIMAOpiDADwYgwAQGMMAEJjDACWYwwAr2MMAOxjDAD9YwwAQmQMAE5kDACYZAwAsGQMAO5kDAD6ZAwARGUMAEplDACaZQwAoGUMAPBlDAD1ZQwARmYMAExmDACCOhIAoWYMAPJmDAD4ZgwASGcMAAhnDAD8awwAVGcMAJ5nDAC2ZwwA9GcMAPhnDACiaQwAAGgMAEpoDABQaAwAoGgMAKZoDAD2aAwA+2gMAExpDABSaQwAhDsSAKRpDAD4aQwA/mkMAE5qDABbagwAhjwSALFqDAD6agwAEWsMAFBrDABsawwApmsMAK5rDADcPBIA/WsMAFJsDABgbAwAqGwMALlsDAD+bAwACm0MAFRtDABsbQwAqm0MAK5tDABYbwwAtm0MAABuDAAGbgwAVm4MAFxuDACsbgwAsW4MAAJvDAAIbwwAMj0SAFpvDACubwwAtG8MAARwDAARcAwAND4SAGdwDACwcAwAx3AMAAZxDAAicQwAXHEMAGRxDACKPhIAtHEMAAhyDAAOcgwAXnIMAGFyDAC0cgwAwHIMAApzDAAmcwwAYHMMAGhzDADgPhIAuXMMAAx0DAAYdAwAYnQMAGh0DAC4dAwA0HQMAA51DAASdQwAvHYMABV1DAAaewwAGnUMAGR1DAAbdQwAFnkMAGp1DAC6dQwAwHUMABB2DAAVdgwAZnYMAGx2DAA2PxIAvnYMABJ3DAAYdwwAaHcMAHV3DAA4QBIAy3cMABR4DAAreAwAangMAIZ4DADAeAwAyHgMAI5AEgAbeQwAbHkMAHZ5DADCeQwA0HkMABh6DAAnegwAbnoMAHp6DADkQBIAzHoMADpBEgAmewwAcHsMAHF7DADGewwAzHsMABx8DAAofAwAcnwMAIF8DADIfAwAynwMAB59DAAofQwAdH0MAIB9DADKfQwA0X0MAJBBEgAofgwA5kESAIB+DADMfgwA2H4MACJ/DAA4fwwAeH8MAIR/DADOfwwA4X8MACSADAAygAwAeoAMAISADAA8QhIA2IAMAJJCEgA8gQwAfIEMAIiBDADSgQwA34EMACiCDAAyggwAfoIMAICCDADUggwA3oIMACqDDAA4gwwAgIMMAIWDDADWgwwA44MMACyEDAA0hAwAgoQMAJKEDADYhAwA2oQMAC6FDAA3hQwAhIUMAJWFDADahQwA5IUMAOhCEgA8hgwAhoYMAJ2GDADchgwA94YMAD5DEgBLhwwAiIcMAI6HDADehwwA6IcMAJRDEgA2iAwAiogMAJuIDADgiAwA6IgMADaJDAD8iAwAhrEMAEKJDACMiQwAkokMAOKJDADoiQwAOIoMAD2KDACOigwAlIoMAOpDEgAAiwwAOosMAEKLDADsRBIAnosMAOaLDAD3iwwAPIwMAE2MDACSjAwAnowMAOiMDADvjAwAQkUSAE+NDACUjQwApY0MAOqNDAD2jQwAQI4MAEeODACYRRIAmI4MAOyODADtjgwAQo8MAEqPDACYjwwAnY8MAO6PDAD3jwwARJAMAE6QDACakAwAopAMAPCQDAD1kAwARpEMAFaRDACckQwApJEMAPKRDAAIkgwASJIMAFSSDACekgwAtJIMAPSSDAD5kgwASpMMAFCTDACgkwwAtJMMAO5FEgAMlAwATJQMAFqUDACilAwAr5QMAPiUDAD6lAwATpUMAFiVDACklQwAsJUMAPqVDAABlgwAUJYMAFiWDACmlgwAv5YMAPyWDAAQlwwAUpcMAFqXDAColwwAqpcMAP6XDAALmAwAVJgMAFmYDACqmAwAtJgMAACZDAALmQwAVpkMAGKZDACsmQwAspkMAAKaDAAKmgwAWJoMAFmaDACumgwAtJoMAASbDAAJmwwAWpsMAGmbDACwmwwAvJsMAAacDAAJnAwAXJwMAF+cDABERhIAt5wMAAidDAAknQwAmkYSAH6dDAC0nQwAvJ0MAPBGEgAQngwAYJ4MAGyeDABGRxIAvJ4MAAyfDAAYnwwAoEkSAGSfDAC4nwwAwp8MAA6gDAAQoAwAZKAMAHWgDAC6oAwAwqAMABChDAAcoQwAZqEMAGyhDAC8oQwAwqEMABKiDAAXogwAaKIMAG6iDAD2SRIAwKIMABSjDAAaowwAaqMMAG2jDADAowwAzKMMABakDAAepAwA+EoSAHKkDADCpAwAyKQMABilDAAdpQwAbqUMAHSlDABOSxIAxqUMABqmDAAjpgwAcKYMAIemDADGpgwA0aYMABynDAAmpwwAcqcMAHqnDABQTBIA1acMAB6oDAAmqAwAdKgMAH6oDADKqAwA1agMACCpDAAmqQwAdqkMAIKpDADMqQwAzqkMACKqDAApqgwAeKoMAICqDADOqgwA4KoMAKZMEgBiqwwAeqsMAIKrDADQqwwA86sMAKhNEgAorAwAfKwMAImsDADSrAwA2awMACitDAA5rQwAfq0MAIqtDADUrQwA260MACquDAArrgwAFs8MADKuDAD+TRIAk64MANauDADlrgwALK8MADivDACCrwwAg68MANivDADirwwALrAMADywDACEsAwAibAMANqwDADnsAwAVE4SADixDACqThIAjrEMAABPEgDqsQwAMrIMAEGyDACIsgwAqLIMAN6yDADqsgwANLMMADuzDACKswwAkrMMAOCzDADiswwANrQMAEC0DAACUBIAlrQMAOK0DADqtAwAWFASAEK1DACOtQwAlrUMAK5QEgAjtgwAOrYMAEK2DACQtgwArrYMAARREgD0tgwAPLcMAEO3DADmjw4ATLcMAJK3DACitwwA6LcMAPS3DAA+uAwARLgMAJS4DACwuAwA6rgMAPK4DABaURIAVLkMAJa5DACguQwA7LkMAPi5DABCugwASroMALBREgCjugwA7roMAPC6DABEuwwASrsMAJq7DACiuwwABlISAPK7DABGvAwASbwMAJy8DACkvAwA8rwMAAK9DABIvQwASr0MAJ69DACsvQwA9L0MAAW+DABcUhIAUb4MALJSEgCmvgwA9r4MAPu+DABMvwwAUr8MAAhTEgCsvwwA+L8MAPq/DABOwAwAYcAMAKTADACswAwA+sAMAAbBDABQwQwAVsEMAKbBDACswQwA/MEMAAHCDABSwgwAWMIMAApUEgCxwgwA/sIMAAvDDABUwwwAW8MMAKrDDACywwwAYFQSAAzEDABWxAwAYMQMAKzEDAC4xAwAAsUMABHFDABYxQwAYsUMAK7FDAC6xQwABMYMAAvGDAC2VBIAXcYMAJZpDwBgxgwAsMYMAGnGDABygA4AvMYMAAbHDAAOxwwADFUSAGjHDACyxwwAvMcMAAjIDAAUyAwAXsgMAG3IDAC0yAwAvsgMAArJDAAWyQwAYMkMAGfJDABiVRIAxMkMAAzKDADWyQwAqHAOACPKDABiygwAb8oMALjKDAC6ygwADssMAB/LDABkywwAgMsMALrLDADCywwAuFUSACnMDABmzAwAeswMALzMDADEzAwAEs0MABXNDABozQwAds0MAL7NDADVzQwAFM4MACHODABqzgwAbM4MAMDODADRzgwADlYSABzPDABszwwAcc8MAMLPDADYzwwAGNAMACbQDABu0AwAcdAMAMTQDADQ0AwAGtEMACDRDABw0QwAfNEMAMbRDADy0QwAHNIMACjSDABy0gwAgdIMAMjSDADS0gwAHtMMACzTDAB00wwAedMMAMrTDADX0wwAZFYSACLUDAB21AwAhNQMAMzUDADZ1AwAItUMADTVDAC6VhIAh9UMAM7VDADa1QwAJNYMAD3WDAB61gwAfNYMANDWDADf1gwAJtcMAEbXDAB81wwAhNcMANLXDAD11wwAEFcSAC3YDAB+2AwAgdgMANTYDADe2AwAKtkMADLZDACA2QwAhtkMANbZDADi2QwALNoMADvaDACC2gwAjtoMANjaDADl2gwALtsMADjbDACE2wwAjNsMANrbDADp2wwAMNwMADLcDACG3AwAl9wMANzcDADt3AwAMt0MADrdDACI3QwAmd0MAN7dDADg3QwANN4MADfeDACK3gwAlN4MAODeDAAE3wwANt8MAFLfDABmVxIAkt8MAOLfDADn3wwAOOAMAEfgDACO4AwAmuAMAOTgDADn4AwAOuEMAD3hDACQ4QwAmOEMAObhDAD14QwAPOIMAEHiDACS4gwAqOIMAOjiDADp4gwAPuMMAE/jDACU4wwAoOMMAOrjDAD04wwAQOQMAEzkDACW5AwAneQMALxXEgDw5AwAQuUMAFDlDACY5QwAouUMAO7lDAD55QwAROYMAEzmDACa5gwApuYMAPDmDAAD5wwARucMAFTnDACc5wwApucMAPLnDAD65wwASOgMAFfoDACe6AwAo+gMAPToDAD76AwASukMAFbpDAASWBIArOkMAPbpDAD56QwATOoMAE/qDACi6gwAvOoMAPjqDAAE6wwATusMAGHrDACk6wwAsusMAPrrDAAE7AwAUOwMAHPsDABoWBIAsOwMAPzsDAAI7QwAUu0MAFntDACo7QwAsO0MAP7tDAAC7gwAVO4MAGLuDACq7gwAtO4MAADvDAAL7wwAVu8MAF7vDACs7wwAu+8MAALwDAAH8AwAWPAMAF/wDACu8AwAuvAMAATxDAAM8QwAvlgSAHDxDABQRg8Ac/EMALDxDAC68QwABvIMABLyDABc8gwAX/IMALLyDAC88gwACPMMAAvzDABe8wwAbvMMALTzDAC28wwACvQMABj0DABg9AwAcfQMABRZEgC99AwAalkSACX1DABi9QwAbPUMALj1DADE9QwADvYMABH2DABk9gwAbvYMAMBZEgC/9gwAEPcMADD3DABm9wwAbvcMABZaEgDK9wwAEvgMACj4DABo+AwAdPgMAL74DADF+AwAFPkMABz5DABq+QwAb/kMAMD5DADJ+QwAFvoMACD6DABs+gwAdPoMAML6DADQ+gwAGPsMACX7DABu+wwAdvsMAGxaEgDU+wwAGvwMACL8DADCWhIAd/wMAMb8DADS/AwAHP0MACP9DABy/QwAev0MAMj9DADS/QwAHv4MACz+DAB0/gwAiv4MAMr+DADW/gwAIP8MACX/DAB2/wwAf/8MAMz/DADW/wwAIgANACoADQB4AA0AfQANAM4ADQDeAA0AJAENACwBDQAYWxIAhAENANABDQDTAQ0AHP8NANgBDQBuWxIANAINAHwCDQCSAg0A0gINAN4CDQAoAw0ALwMNAH4DDQCGAw0A1AMNANkDDQAqBA0AMwQNAIAEDQCKBA0A1gQNAN4EDQAsBQ0ALgUNAO4QDQA6BQ0AggUNAI8FDQDYBQ0A4AUNAMRbEgA6Bg0AhAYNAIcGDQDaBg0A5AYNABpcEgA+Bw0AhgcNAJwHDQDcBw0A6AcNADIIDQA5CA0AiAgNAJAIDQDeCA0A4wgNADQJDQA9CQ0AigkNAJQJDQDgCQ0A6AkNADYKDQA4Cg0AjAoNAJwKDQDiCg0A7AoNADgLDQBECw0AjgsNAJQLDQDGXBIA8gsNADoMDQBQDA0AkAwNAJwMDQDmDA0A6wwNADwNDQBFDQ0Akg0NAJwNDQDoDQ0A8A0NAD4ODQBgDg0AHF0SAKMODQDqDg0A9g4NAEAPDQBBDw0Alg8NAKAPDQDsDw0A+g8NAEIQDQBHEA0AmBANAKUQDQByXRIA/hANAEQRDQBOEQ0AmhENAKYRDQDwEQ0A9hENAEYSDQBOEg0AdF4SAKESDQDyEg0A+hINAEgTDQBUEw0AXB0NAGETDQCeEw0AqhMNAPQTDQD8Ew0Ayl4SAFcUDQCgFA0AqBQNAPYUDQAEFQ0ATBUNAFkVDQCiFQ0ApRUNAPgVDQACFg0AThYNAFAWDQCkFg0AsRYNAPoWDQAJFw0AUBcNAFwXDQCmFw0ArhcNACBfEgAMGA0AUhgNAFoYDQCoGA0AtBgNAP4YDQAEGQ0AVBkNAFoZDQCqGQ0ArxkNAAAaDQAGGg0Adl8SAGMaDQCsGg0AsRoNAAIbDQAMGw0AWBsNAGAbDQCuGw0AuhsNAAQcDQAXHA0AWhwNAGgcDQCwHA0AsxwNAAYdDQAQHQ0AzF8SAG8dDQCyHQ0AwB0NAAgeDQALHg0AXh4NAGgeDQAiYBIAuR4NAAofDQDCHg0A8j0NABIfDQBgHw0AbB8NALYfDQC8Hw0ADCANAMkfDQCYOw0AEiANAGIgDQBnIA0AuCANAL4gDQB4YBIAFCENAGQhDQBpIQ0AuiENAMAhDQDOYBIAHiINAGYiDQCBIg0AvCINAMgiDQASIw0AGSMNACRhEgBxIw0AviMNAMsjDQAUJA0AICQNAGokDQB9JA0AwCQNAMEkDQAWJQ0AIiUNAGwlDQB7JQ0AwiUNAMwlDQAYJg0AJCYNAG4mDQB1Jg0AemESAMomDQAaJw0AICcNAHAnDQB1Jw0AxicNAMwnDQAmYhIAJSgNAHIoDQB/KA0AyCgNAMwoDQAeKQ0AICkNAHQpDQCBKQ0AyikNANQpDQB8YhIAJyoNAHYqDQB+Kg0AzCoNANgqDQAiKw0ANSsNAHgrDQCHKw0AzisNANorDQAkLA0AJSwNAHosDQCELA0A0CwNAN4sDQAmLQ0AKy0NAHwtDQCJLQ0A0mISAN4tDQAoLg0ALi4NAH4uDQCELg0A1C4NANkuDQAqLw0AMC8NAChjEgCFLw0A1i8NAOAvDQDUYxIANDANAIIwDQCPMA0A2DANAN0wDQAuMQ0AODENAIQxDQCMMQ0A2jENAOYxDQAwMg0AQzINAIYyDQCHMg0A3DINAOgyDQAyMw0AQTMNAIgzDQCSMw0A3jMNAOYzDQA0NA0ANjQNACpkEgCTNA0A4DQNAO80DQA2NQ0ARTUNAIw1DQCYNQ0A4jUNAOU1DQA4Ng0AOzYNAIBkEgCQNg0A5DYNAOc2DQA6Nw0AQjcNAJA3DQCdNw0A5jcNAOs3DQA8OA0ARjgNAJI4DQCaOA0A6DgNAPQ4DQA+OQ0AUTkNAJQ5DQCVOQ0A6jkNAPY5DQBAOg0ATzoNAJY6DQCgOg0A7DoNAPg6DQBCOw0ASTsNANZkEgCnOw0A7jsNAPo7DQBEPA0ARTwNAJo8DQCkPA0A8DwNAP48DQBGPQ0ASz0NAJw9DQCpPQ0ALGUSAAM+DQCCZRIAVT4NAJ4+DQCsPg0A9D4NAAU/DQBKPw0AbD8NANhlEgClPw0A9j8NAKY/DQAOdw0A/j8NAExADQBNQA0AqkQNAE9ADQCsRQ0AUUANAKhDDQBSQA0ABEcNAFNADQCmQg0AW0ANAKJADQBlQA0ACkoNAKdADQD4QA0ABUENAE5BDQBbQQ0ApEENALBBDQD6QQ0ACUINAFBCDQBaQg0ALmYSALRCDQD8Qg0A/kINAFJDDQBjQw0AhGYSAKlDDQD+Qw0ACkQNAFREDQBhRA0A2mYSALhEDQAARQ0ADUUNAFZFDQBtRQ0AMGcSALVFDQBcSA0AtkUNAAJGDQAERg0AWEYNAF5GDQCuRg0AuEYNAIZnEgAQRw0AWkcNAFxHDQCwRw0Av0cNAAZIDQARSA0A3GcSAGtIDQCySA0AwUgNAAhJDQAUSQ0AXkkNAGpJDQC0SQ0Au0kNADJoEgAWSg0AYEoNAGhKDQCIaBIAz0oNAAxLDQAdSw0AYksNAG5LDQDeaBIAv0sNAA5MDQAWTA0AZEwNAGVMDQC6TA0AwEwNABBNDQAVTQ0AZk0NAGdNDQC8TQ0AyE0NABJODQAYTg0AaE4NAHJODQC+Tg0AzE4NAB5UDQDSTg0AFE8NABxPDQA0aRIAek8NAMBPDQDITw0AFlANAB9QDQBsUA0AI1ANABxTDQB5UA0AwlANAMlQDQAYUQ0AJFENAG5RDQB+UQ0AxFENANJRDQAaUg0AJ1INAHBSDQB8Ug0AxlINAM1SDQCKaRIAJVMNAHJTDQCDUw0AyFMNANlTDQDgaRIAKlQNAHRUDQB3VA0AylQNANJUDQAgVQ0AJVUNAHZVDQCGVQ0AzFUNANRVDQAiVg0AK1YNAHhWDQAvVg0AKFkNAIVWDQDOVg0A1VYNACRXDQAwVw0AelcNAIpXDQDQVw0A3lcNACZYDQAzWA0AfFgNAIhYDQDSWA0A2VgNADZqEgAxWQ0AflkNAI9ZDQDUWQ0A5VkNAIxqEgAvWg0AgFoNAI1aDQDWWg0A4loNACxbDQA2Ww0AglsNAJZbDQDYWw0A2VsNAC5cDQA6XA0AhFwNAKNcDQDaXA0A4lwNADBdDQA1XQ0Ahl0NAJ9dDQDcXQ0ACF4NADJeDQA+Xg0AiF4NAJdeDQDeXg0A6F4NADRfDQA8Xw0Ail8NAJVfDQDgXw0A4l8NADZgDQA5YA0AjGANAJRgDQDiYA0A72ANADhhDQA9YQ0AjmENAJZhDQDkYQ0A5mENADpiDQBEYg0AkGINAJpiDQDmYg0A7GINADxjDQBKYw0AkmMNAKtjDQDoYw0A8WMNAD5kDQBIZA0AlGQNAKBkDQDiahIA9mQNAEBlDQBKZQ0AlmUNAKFlDQDsZQ0A8WUNAEJmDQBJZg0AmGYNAKBmDQDuZg0AG2cNADhrEgBLZw0AmmcNAKJnDQDwZw0AHWgNAEZoDQBLaA0AnGgNAJ1oDQDyaA0A/GgNAEhpDQBWaQ0AnmkNAKNpDQD0aQ0AAWoNAEpqDQBmag0AoGoNALxqDQCOaxIAA2sNAExrDQBQaw0AomsNAKhrDQD4aw0A+msNAE5sDQBPbA0ApGwNAMdsDQD6bA0AHm0NAFBtDQB9bQ0Apm0NAK5tDQD8bQ0AAW4NAFJuDQBfbg0AqG4NALBuDQD+bg0AAG8NAFRvDQBcbw0Aqm8NANdvDQAAcA0ADXANAFZwDQBbcA0ArHANALlwDQACcQ0ADnENAFhxDQCFcQ0ArnENALZxDQAEcg0AH3INAFpyDQBccg0AsHINAMFyDQAGcw0AD3MNAFxzDQBocw0A5GsSAL9zDQAIdA0AI3QNAF50DQBjdA0AtHQNANR0DQAKdQ0AFnUNAGB1DQBodQ0AOmwSAMR1DQAMdg0AFnYNAGJ2DQBtdg0AuHYNAMB2DQDmbBIAF3cNAGR3DQBudw0AuncNAMV3DQAQeA0AJHgNAGZ4DQB7eA0AvHgNAMR4DQASeQ0AKXkNAGh5DQBteQ0AvnkNAMh5DQAUeg0AHHoNADxtEgBseg0AwHoNANF6DQAWew0AGXsNAGx7DQB4ew0Akm0SANB7DQAYfA0AKXwNAOhtEgBxfA0AxHwNAMd8DQAafQ0AJn0NAHB9DQB2fQ0Axn0NANB9DQA+bhIAKX4NAHJ+DQCJfg0AyH4NANB+DQCUbhIAJH8NAHR/DQB6fw0Ayn8NAOJ/DQAggA0AIoANAHaADQB5gA0AzIANAM+ADQAigQ0ALoENAHiBDQB+gQ0AzoENANiBDQBAbxIAKYINAHqCDQCHgg0Alm8SAOCCDQAmgw0AMoMNAHyDDQCCgw0A0oMNAN6DDQAohA0A4IMNAIY4EAA1hA0AfoQNAI2EDQDUhA0A4IQNACqFDQAyhQ0A7G8SAIiFDQDWhQ0A2IUNACyGDQA7hg0AgoYNAIyGDQDYhg0A4YYNAC6HDQAwhw0AhIcNAJWHDQDahw0A74cNADCIDQA4iA0AhogNAMaIDQDciA0A5IgNADKJDQA+iQ0AiIkNAJuJDQDeiQ0A34kNADSKDQBAig0AiooNAJmKDQDgig0A6ooNADaLDQBCiw0AjIsNAJOLDQCYcBIA/osNAO5wEgA7jA0AjowNAJaMDQDkjA0A8YwNADqNDQA/jQ0AkI0NAJqNDQDmjQ0A7o0NADyODQBGjg0AmpINAEyODQCelA0AaY4NAJKODQCcjg0A6I4NAKKODQCWkA0A7o4NAD6PDQBHjw0AlI8NAKCPDQDqjw0AF5ANAECQDQBckA0AmnESAJiQDQDskA0A/ZANAEKRDQBFkQ0AmJENAKSRDQDukQ0AG5INAESSDQBgkg0A8HESAKCSDQDwkg0A+ZINAEaTDQBQkw0AnJMNAKeTDQDykw0ABpQNAEiUDQBklA0ARnISAKCUDQD0lA0ABZUNAEqVDQBNlQ0AoJUNALSVDQD2lQ0AEpYNAJxyEgBUlg0A8nISAKqWDQBIcxIABJcNAE6XDQBUlw0ApJcNAKqXDQD6lw0A/5cNAFCYDQBWmA0AnnMSALCYDQD8mA0ABJkNAEp0EgBYmQ0AqJkNALCZDQD+mQ0AC5oNAFSaDQBgmg0AqpoNAKyaDQAAmw0ABpsNAFabDQBemw0ArJsNAL6bDQCgdBIAD5wNAFicDQBfnA0ArpwNALacDQAEnQ0ACZ0NAFqdDQBqnQ0AsJ0NALidDQAGng0AFJ4NAFyeDQBpng0Asp4NALOeDQAInw0AEZ8NAF6fDQBonw0A9nQSALmfDQAKoA0AFqANAGCgDQBjoA0AtqANAL6gDQAMoQ0AGaENAGKhDQBnoQ0AuKENAMKhDQAOog0AFqINAGSiDQBwog0AuqINAM2iDQAQow0AHqMNAGajDQBpow0AvKMNAMajDQBMdRIALaQNAGikDQBqpA0AvqQNAMykDQAUpQ0AJaUNAGqlDQBspQ0AwKUNANmlDQAWpg0AJ6YNAGymDQB4pg0AonUSAMumDQAYpw0AJacNAG6nDQB4pw0AxKcNANKnDQAaqA0AMKgNAHCoDQB8qA0AxqgNANKoDQAcqQ0AL6kNAHKpDQCBqQ0AyKkNANSpDQAeqg0AH6oNAHSqDQB+qg0AyqoNANiqDQAgqw0AJasNAHarDQCDqw0A+HUSANqrDQAirA0AOKwNAHisDQCErA0AzqwNANWsDQAkrQ0ALK0NAHqtDQB/rQ0A0K0NANmtDQAmrg0AMK4NAHyuDQCErg0A0q4NANauDQAorw0AKq8NAH6vDQCMrw0A1K8NAN6vDQAqsA0AOLANAICwDQCNsA0A1rANAO2wDQAssQ0ANLENAIKxDQCSsQ0A2LENAN2xDQAusg0ANLINAISyDQCMsg0A2rINAN+yDQAwsw0AMbMNAIazDQCSsw0A3LMNAOKzDQAytA0ANLQNAIi0DQCStA0A3rQNAOy0DQA0tQ0AObUNAIq1DQCXtQ0A+nYSAOa1DQA2tg0AO7YNAIy2DQCStg0AUHcSAOe2DQA4tw0ARbcNAI63DQCbtw0A5LcNAPC3DQA6uA0ASbgNAJC4DQCauA0A5rgNAPS4DQA8uQ0AQbkNAJK5DQCfuQ0A6LkNAPC5DQBSeBIASroNAJS6DQCkug0A6roNAPO6DQBAuw0AQ7sNAJa7DQCiuw0A7LsNAPO7DQCoeBIAR7wNAJi8DQClvA0A7rwNAPu8DQBEvQ0AUL0NAJq9DQCpvQ0A8L0NAPq9DQBGvg0AVL4NAJy+DQChvg0A8r4NAP++DQBIvw0AUL8NAP54EgCqvw0A9L8NAATADQBKwA0AU8ANAKDADQCjwA0A9sANAALBDQBMwQ0AU8ENAFR5EgCnwQ0A+MENAAHCDQCO6BAABcINAE7CDQBbwg0ApMINALDCDQD6wg0ACcMNAFDDDQBaww0ApsMNALTDDQD8ww0AAcQNAFLEDQBfxA0AqMQNALDEDQCqeRIACsUNAFTFDQBkxQ0AqsUNALPFDQAAxg0AA8YNAFbGDQBixg0ArMYNALPGDQAAehIAGccNAFjHDQBexw0ArscNALrHDQAEyA0AG8gNAFrIDQBcyA0AsMgNALrIDQAGyQ0AEskNAFzJDQBoyQ0AsskNALjJDQAIyg0ADsoNAF7KDQBjyg0AtMoNALrKDQBWehIAGMsNAGDLDQBtyw0AtssNAM3LDQAMzA0AFMwNAGLMDQBlzA0AuMwNAMTMDQAOzQ0AH80NAGTNDQBwzQ0Aus0NAMnNDQAQzg0AGs4NAGbODQByzg0AvM4NAMPODQASzw0AGs8NAGjPDQByzw0Avs8NAMrPDQAU0A0AF9ANAGrQDQB00A0ArHoSANrQDQACexIAINENAGzRDQBu0Q0AwtENAMjRDQAY0g0AItINAG7SDQB20g0ArnsSAMfSDQCMEBAAz9INABrTDQAb0w0AcNMNAHrTDQDG0w0A8dMNAAR8EgAs1A0ActQNAHTUDQDI1A0A1tQNAB7VDQAv1Q0AWnwSAHrVDQDK1Q0A1tUNACDWDQAi1g0AdtYNAHnWDQDM1g0A0dYNACLXDQAv1w0AeNcNAJTXDQDO1w0A1tcNAAZ9EgAx2A0AetgNAJXYDQDQ2A0A0tgNACbZDQA32Q0AfNkNAIrZDQDS2Q0A2dkNACjaDQAw2g0AftoNAIPaDQDU2g0A3doNACrbDQA02w0AgNsNAIHbDQDW2w0A39sNACzcDQA23A0AgtwNAIrcDQDY3A0A6NwNAC7dDQA03Q0AhN0NAIndDQDa3Q0A8N0NADDeDQA43g0Aht4NAIneDQDc3g0Ald4NADTgDQD83g0AMt8NAEDfDQCI3w0Aid8NAFx9EgDu3w0Asn0SAEXgDQCK4A0AluANAODgDQDi4A0ANuENAEPhDQAIfhIAkuENAOLhDQAC4g0AOOINAEDiDQBefhIAROINABT7DQCR4g0A5OINAO7iDQC0fhIAQ+MNAJDjDQCm4w0A5uMNAPzjDQA85A0APuQNAJLkDQCY5A0A6OQNAPzkDQBgfxIAS+UNALZ/EgCb5Q0A6uUNAPLlDQBA5g0ASuYNAJbmDQCi5g0A7OYNAO/mDQBC5w0ATOcNAAyAEgCh5w0A7ucNAAToDQBE6A0AWugNAJroDQCc6A0A8OgNAPboDQBG6Q0AWukNALiAEgCe6Q0A8ukNAKzpDQCMOxAAEuoNAA6BEgBP6g0AnuoNAKbqDQD06g0A/uoNAErrDQBW6w0AoOsNAKPrDQD26w0AAOwNAGSBEgBV7A0AouwNALjsDQD47A0ADu0NAE7tDQBQ7Q0ApO0NAKrtDQD67Q0ADu4NABCCEgBS7g0Apu4NALTuDQD87g0ADe8NAGaCEgBZ7w0AvIISALTvDQD+7w0AAfANAFTwDQBe8A0AaIMSALPwDQAA8Q0AFvENAFbxDQBs8Q0ArPENAK7xDQAC8g0ACPINAFjyDQBs8g0AFIQSALryDQAE8w0ABvMNAFrzDQB68w0AaoQSALrzDQAG9A0AEvQNAFz0DQBf9A0AsvQNALz0DQDAhBIAEfUNAF71DQB09Q0AtPUNAMr1DQAK9g0ADPYNAGD2DQBm9g0AtvYNAMr2DQBshRIAEPcNAGL3DQBq9w0AuPcNAML3DQAO+A0AGvgNAGT4DQBn+A0AuvgNAMT4DQDChRIAGfkNAGb5DQB8+Q0AvPkNANL5DQAS+g0AFPoNAGj6DQBu+g0AvvoNANL6DQBuhhIAG/sNAGr7DQBy+w0AwPsNAMr7DQAW/A0AIvwNAGz8DQBv/A0AwvwNAMz8DQDEhhIAIf0NAG79DQCE/Q0AxP0NANr9DQAa/g0AHP4NAHD+DQB2/g0Axv4NANr+DQBwhxIAJP8NAHL/DQA4/w0AJuMSAHj/DQD0Fw8Agv8NAMj/DQCD/w0AEHwPAIv/DQBieg8Ayv8NAB4ADgAsAA4AdAAOAIUADgDGhxIA0QAOAByIEgApAQ4AsvYOACwBDgB2AQ4AeQEOAMwBDgDVAQ4AIgIOADMCDgB4Ag4AggIOAM4CDgDWAg4AJAMOAOoCDgD6RQ8AJwMOAHoDDgCDAw4A0AMOAOYDDgAmBA4APAQOAHwEDgB+BA4A0gQOANgEDgAoBQ4APAUOAHKIEgCmBQ4A1AUOAPwFDgDIiBIAMAYOADbjDgA2Bg4A2AcOADcGDgDk5A4AOQYOAOLjDgA6Bg4AgAYOAIIGDgDWBg4A5AYOACwHDgA9Bw4AHokSAIoHDgB0iRIA3gcOAC4IDgA0CA4AhAgOAIkIDgDaCA4A4AgOAMqJEgA8CQ4AhgkOAI4JDgB2ihIA6AkOADIKDgA8Cg4AiAoOAJEKDgDeCg4A3woOADQLDgA8Cw4AigsOAI8LDgDgCw4A8AsOACKLEgBCDA4AjAwOAI4MDgDiDA4A6AwOADgNDgA/DQ4Ajg0OAJMNDgDkDQ4A6A0OADoODgBHDg4AkA4OAJgODgDmDg4A6w4OADwPDgBMDw4AeIsSAKMPDgDoDw4A9A8OAD4QDgBNEA4AlBAOAJ4QDgDqEA4A+BAOAEARDgBNEQ4AlhEOAK0RDgDOixIA7xEOAHqMEgBFEg4AmBIOAEkSDgBKnxIAoBIOAO4SDgAWEw4ARBMOAGwTDgCaEw4AwhMOANCMEgD5Ew4ARhQOAEcUDgCcFA4AqxQOAPIUDgCyFA4AoBYOAAMVDgBIFQ4AShUOAJ4VDgChFQ4A9BUOAPcVDgBKFg4AUhYOANKNEgClFg4A9hYOAP0WDgBMFw4AVRcOAKIXDgCzFw4A+BcOAAQYDgBOGA4AVhgOACiOEgCqGA4A+hgOAAEZDgBQGQ4AVRkOAKYZDgCqGQ4A/BkOAAkaDgBSGg4AYRoOAKgaDgC5Gg4A/hoOAAAbDgBUGw4AVxsOAKobDgCtGw4AABwOAAgcDgB+jhIAWxwOAJJlDgBhHA4A/B0QAGIcDgCsHA4ArxwOAAIdDgAMHQ4A1I4SAGEdDgCuHQ4AvR0OAAQeDgATHg4AWh4OAGYeDgCwHg4Asx4OAAYfDgAJHw4AKo8SAF8fDgCyHw4A2h8OAICPEgAQIA4A1o8SAGYgDgAskBIAwiAOAAohDgAbIQ4AYCEOAGwhDgC2IQ4A2SEOAAwiDgAPIg4AYiIOAIYiDgC4Ig4AwCIOANiQEgAQIw4AZCMOAHIjDgC6Iw4AyyMOAC6REgAXJA4AhJESAG4kDgAwkhIAwSQOABIlDgAfJQ4AaCUOAGslDgC+JQ4AwyUOABQmDgAlJg4AaiYOAHYmDgCGkhIAxSYOABYnDgAnJw4AbCcOAHgnDgDCJw4A3CcOABgoDgAcKA4AHCoOAB8oDgB2LA4AIigOAM4tDgAkKA4AHisOACYoDgAaKQ4AKSgOAG4oDgBzKA4AxCgOANsoDgDckhIAJykOAHApDgCAKQ4AxikOAMspDgAykxIAHioOAHIqDgB4Kg4AyCoOANUqDgCIkxIAJCsOAHQrDgB6Kw4AyisOAM8rDgAgLA4AJiwOAN6TEgCCLA4AzCwOAOUsDgAiLQ4AKy0OAHgtDgCPLQ4ANJQSANQtDgAkLg4AJi4OAHouDgCJLg4A0C4OANwuDgCKlBIAKC8OAHwvDgCNLw4A0i8OAOAvDgAoMA4ALzAOAH4wDgCAMA4A1DAOAN4wDgAqMQ4AODEOAIAxDgCFMQ4A1jEOAOMxDgAsMg4ANDIOAIIyDgCGMg4A2DIOANoyDgAuMw4ANDMOAIQzDgCRMw4A4JQSAOczDgAwNA4ARzQOAIY0DgCiNA4ANpUSAOg0DgAyNQ4AMzUOAIg1DgCONQ4A3jUOAOo1DgA0Ng4AQzYOAIo2DgCMNg4A4DYOAOo2DgA2Nw4ARDcOAIw3DgCRNw4A4jcOAO83DgA4OA4AQDgOAI44DgCSOA4A5DgOAOY4DgA6OQ4AQDkOAJA5DgCdOQ4AjJUSAPM5DgA8Og4AUzoOAJI6DgCuOg4A4pUSAPE6DgA+Ow4ATDsOAJQ7DgCeOw4A6jsOAPY7DgBAPA4AQzwOAJY8DgCyPA4A7DwOAPQ8DgA4lhIATj0OAJg9DgCbPQ4A7j0OAPg9DgA6lxIATT4OAJo+DgCoPg4A8D4OAPo+DgBGPw4AUj8OAJw/DgCkPw4A5pcSAPQ/DgBIQA4AVkAOAJ5ADgCvQA4APJgSAPtADgCSmBIAT0EOAKBBDgCoQQ4A9kEOAPxBDgBMQg4AVUIOAKJCDgCvQg4APpkSAP1CDgBOQw4ABEMOAPxEDgBXQw4ApEMOAK5DDgD6Qw4AAkQOAFBEDgCVRA4ApkQOAK5EDgCUmRIAAkUOAFJFDgBYRQ4AqEUOALBFDgD+RQ4AQ0YOAFRGDgBcRg4A6pkSALJGDgBAmhIACUcOAFZHDgBkRw4ArEcOALZHDgACSA4ADkgOAFhIDgBbSA4ArkgOALZIDgDsmhIAEEkOAFpJDgBdSQ4AsEkOALpJDgBCmxIADkoOAJibEgBqSg4AskoOAMNKDgAISw4AFEsOAF5LDgBhSw4A7psSAPtLDgAKTA4AUUwOAEScEgBwTA4AtkwOALhMDgAMTQ4AGk0OAGJNDgBzTQ4AmpwSANRNDgAOTg4AFk4OAPCcEgBqTg4AosMOAHdODgC6Tg4AyU4OABBPDgAcTw4AZk8OAGdPDgC8Tw4Axk8OABJQDgAgUA4AaFAOAG1QDgC+UA4Ay1AOAEadEgAiUQ4AalEOAHdRDgDAUQ4AyFEOAJydEgAiUg4AbFIOAJhSDgDCUg4AzlIOABhTDgAnUw4AblMOAHhTDgDEUw4A0lMOABpUDgAfVA4AcFQOAH1UDgDGVA4AzlQOABxVDgAqVQ4AclUOAH9VDgDIVQ4A0FUOAPKdEgAgVg4ACnkPACxWDgB0Vg4AflYOAMpWDgDWVg4AIFcOACdXDgB2Vw4AflcOAMxXDgDQVw4AIlgOADBYDgB4WA4AglgOAM5YDgDZWA4AJFkOACxZDgB6WQ4AfFkOANBZDgDYWQ4AJloOADNaDgB8Wg4AgVoOANJaDgDfWg4AKFsOAEZbDgB+Ww4Ar1sOANRbDgDgWw4AKlwOADBcDgCAXA4AhVwOANZcDgDeXA4ALF0OADhdDgCCXQ4AlV0OANhdDgDmXQ4ALl4OADheDgCEXg4AjF4OANpeDgDpXg4AMF8OADVfDgCGXw4AjV8OANxfDgDoXw4AMmAOAE5gDgCIYA4AkGAOAEieEgDgYA4ANGEOAEJhDgCKYQ4Al2EOAOBhDgDuYQ4ANmIOAENiDgCMYg4Ao2IOAOJiDgDqYg4AOGMOAEZjDgCOYw4Am2MOAORjDgDsYw4A9J4SAEhkDgCQZA4AkWQOAKCfEgDyZA4APGUOAENlDgD2nxIAmWUOAOhlDgDtZQ4ATKASAEZmDgCioBIAnGYOAOpmDgDdZg4ALrgQAOtmDgDqvA4A7WYOAO6+DgDzZg4AQGcOAPRmDgCSuw4A+mYOAOy9DgAIZw4AYlEQAE1nDgCWZw4AoWcOAOxnDgDuZw4AQmgOAE9oDgCYaA4An2gOAO5oDgD/aA4ARGkOAFBpDgCaaQ4AoWkOAPBpDgD4aQ4A+KASAExqDgCcag4AomoOAPJqDgD3ag4ASGsOAE5rDgBOoRIAqmsOAPRrDgD+aw4ASmwOAE5sDgCgbA4ArGwOAPZsDgACbQ4ATG0OAFltDgCibQ4Aqm0OAPhtDgACbg4ATm4OAFpuDgCkbg4Ap24OAPpuDgAEbw4A+qESAFJvDgCmbw4AqW8OAPxvDgD/bw4ApqISAFpwDgD8ohIAtnAOAP5wDgD/cA4AUqMSAFxxDgCooxIAr3EOAAByDgAHcg4AVnIOAFtyDgD+oxIAtHIOAFSkEgAKcw4AWHMOAGJzDgCucw4AuXMOAAR0DgASdA4AWnQOAF10DgCwdA4AuHQOAAZ1DgAQdQ4AXHUOAGh1DgCydQ4AtXUOAAh2DgASdg4AqqQSAGx2DgC0dg4AynYOAAp3DgAWdw4AYHcOAGd3DgC2dw4AvncOAAx4DgAReA4AYngOAGt4DgC4eA4AwngOAA55DgAWeQ4AZHkOAGZ5DgC6eQ4AynkOABB6DgAaeg4AZnoOAHJ6DgC8eg4AwnoOABJ7DgAaew4AVqUSAHZ7DgC+ew4Av3sOAKylEgAZfA4AAqYSAGx8DgDAfA4AwXwOABZ9DgAZfQ4AbH0OAHd9DgDCfQ4Ax30OABh+DgAifg4AWKYSAJJ+DgDEfg4AzH4OAK6mEgAcfw4AcH8OAIF/DgDGfw4A138OAByADgAfgA4ABKcSAHiADgDIgA4AzYAOAB6BDgAhgQ4AdIEOAHeBDgDKgQ4A0oEOAFqnEgAugg4AdoIOAHmCDgDMgg4A14IOACKDDgAugw4AeIMOAH+DDgDOgw4A1oMOACSEDgAyhA4AeoQOAIeEDgDQhA4A2IQOALCnEgAyhQ4AfIUOAH+FDgDShQ4A3IUOACiGDgAwhg4ABqgSAIqGDgDUhg4A2oYOACqHDgA0hw4AgIcOAJSHDgDWhw4A3ocOAFyoEgA5iA4AgogOAIqIDgDYiA4A24gOAC6JDgA6iQ4AhIkOAI6JDgDaiQ4A44kOADCKDgAxig4AhooOAJ6KDgDcig4A3ooOADKLDgBDiw4AiIsOAJmLDgDeiw4A5osOADSMDgBDjA4AiowOAIyMDgDgjA4A8YwOADaNDgBHjQ4AjI0OAKWNDgDijQ4A5I0OADiODgBHjg4Ajo4OAK6ODgAIqRIA5o4OADqPDgBajw4AkI8OAKSPDgBgqhIA7o8OADyQDgBJkA4AkpAOAJeQDgDokA4A8pAOAD6RDgBGkQ4AlJEOAJqRDgDqkQ4A85EOAECSDgBNkg4AtqoSAKKSDgDskg4A8pIOAEKTDgBIkw4AmJMOAKGTDgDukw4A75MOAESUDgBOlA4AmpQOAKaUDgDwlA4A95QOAAyrEgBOlQ4AYqsSAKSVDgC4qxIA+pUOAA6sEgBUlg4AnpYOAK6WDgD0lg4A+ZYOAEqXDgBQlw4AoJcOAKyXDgD2lw4A/pcOAGSsEgBdmA4AopgOALOYDgD4mA4ACpkOAE6ZDgBWmQ4ApJkOAK+ZDgD6mQ4A/5kOAFCaDgBVmg4AppoOAMaaDgC6rBIADJsOAFKbDgBcmw4AqJsOALSbDgD+mw4ABJwOAFScDgBcnA4AqpwOAKycDgAAnQ4AtpwOALaiDgARnQ4AVp0OAGedDgCsnQ4Avp0OAAKeDgAKng4AWJ4OAGOeDgCung4As54OAASfDgAJnw4AWp8OAHqfDgAQrRIAsp8OAAagDgAVoA4AXKAOAGegDgCyoA4AxKAOAAihDgAQoQ4AXqEOAGmhDgC0oQ4AuaEOAAqiDgAPog4AYKIOAICiDgBmrRIAuKIOAAyjDgAbow4AYqMOAG2jDgC4ow4AyqMOAA6kDgAWpA4AZKQOAG+kDgC6pA4Av6QOABClDgAVpQ4AZqUOAIalDgC8rRIAyaUOABKmDgAppg4AEq4SAHWmDgC+pg4A1aYOAGiuEgAhpw4AaqcOAHGnDgDApw4AzqcOABaoDgAjqA4AbKgOAIOoDgC+rhIAyqgOABSvEgAaqQ4AbqkOAHypDgDEqQ4A1akOAGqvEgAnqg4AcKoOAIeqDgDArxIA0KoOAByrDgAoqw4AcqsOAHWrDgDIqw4A0qsOABawEgA6rA4AbLASAHysDgDCsBIA0qwOACCtDgAhrQ4A0rAOACOtDgDOrg4AJ60OAOC3DgAqrQ4Adq0OAC+tDgDWsg4AMK0OANSxDgB7rQ4ANLcOAIKtDgDMrQ4Az60OACKuDgAsrg4AGLESAICuDgBusRIA164OACSvDgDurg4A3LUOADKvDgB6rw4AhK8OANCvDgDcrw4AJrAOACmwDgB8sA4AhLAOAMSxEgDUsA4AKLEOACuxDgB+sQ4AgbEOABqyEgDWsQ4AKrIOADiyDgCAsg4AkbIOAMayEgDYsg4ALLMOADmzDgCCsw4AkbMOANizDgDksw4ALrQOAD+0DgCEtA4AlbQOANq0DgDmtA4AMLUOADe1DgCGtQ4AjrUOAHKzEgDqtQ4AMrYOADO2DgDIsxIAlLYOAN62DgDltg4AHrQSADu3DgCKtw4Aj7cOAMq0EgDptw4ANrgOADy4DgCMuA4AjrgOAOK4DgDsuA4AOLkOAEa5DgCOuQ4Ak7kOAOS5DgDxuQ4AOroOAFK6DgCQug4AproOAOa6DgDpug4APLsOAES7DgB2tRIAnrsOAOi7DgDruw4APrwOAEi8DgDMtRIAnLwOACK2EgDsvA4AQL0OAEO9DgCWvQ4Amb0OAHi2EgDuvQ4AQr4OAFC+DgCYvg4Aqb4OACS3EgD3vg4ARL8OAFK/DgCavw4AXb8OAGZ+EACkvw4A8L8OAPy/DgBGwA4AScAOAJzADgCkwA4A0LcSAAzBDgAmuBIAYsEOAJ7BDgC4wQ4AfLgSAPnBDgD8xQ4AAsIOAKjGDgAEwg4ASsIOAEzCDgCgwg4ArsIOAPbCDgAHww4A0rgSAFPDDgAouRIAqMMOAPjDDgD9ww4ATsQOAFTEDgB+uRIAqsQOAPrEDgD/xA4AUMUOAGbFDgCmxQ4ArsUOACq6EgAcxg4AUsYOAFrGDgCAuhIAv8YOAP7GDgALxw4AVMcOAFnHDgCqxw4AsMcOAADIDgAMyA4AVsgOAF3IDgCsyA4AtMgOAALJDgAlyQ4ALLsSAGXJDgCuyQ4AvckOAATKDgAGyg4AWsoOAGPKDgCwyg4Ax8oOAAbLDgARyw4AXMsOAGbLDgCyyw4AussOANi7EgAOzA4AXswOAGTMDgC0zA4AucwOAArNDgAQzQ4ALrwSAILNDgC2zQ4Avs0OANq8EgAVzg4AYs4OAGPODgC4zg4AwM4OAA7PDgAZzw4AZM8OAGnPDgC6zw4Av88OABDQDgAw0A4AML0SAGzQDgC80A4Aw9AOABLRDgAX0Q4AaNEOAGzRDgC+0Q4Ay9EOABTSDgAc0g4AatIOAHXSDgDA0g4AxdIOABbTDgAb0w4AbNMOAIzTDgCGvRIA0dMOABjUDgAj1A4AbtQOAHbUDgDE1A4Ax9QOABrVDgDO1A4AINgOACbVDgBw1Q4AetUOAMbVDgDP1Q4AHNYOAB3WDgBy1g4AetYOAMjWDgDT1g4AHtcOACPXDgB01w4AedcOAMrXDgDq1w4A3L0SACzYDgB22A4AeNgOAMzYDgDS2A4AItkOACnZDgB42Q4AfdkOAM7ZDgDS2Q4AJNoOADHaDgB62g4AgtoOANDaDgDb2g4AJtsOACvbDgB82w4AgdsOANLbDgDy2w4AMr4SADDcDgCIvhIAiNwOANTcDgDd3A4AKt0OADDdDgCA3Q4AjN0OANbdDgD03Q4ALN4OAC3eDgCC3g4AhN4OANjeDgDl3g4ALt8OADzfDgCE3w4Ak98OANrfDgD23w4AMOAOADjgDgA0vxIAmeAOANzgDgDd4A4AMuEOAD7hDgCI4Q4Al+EOAN7hDgDo4Q4ANOIOAEDiDgCK4g4AkeIOAIq/EgDo4g4A4L8SAD/jDgCM4w4AmeMOADbAEgDn4w4AOOQOAEXkDgCO5A4AmOQOAIzAEgDm5A4AOuUOAFDlDgCQ5Q4AnOUOAOLAEgDu5Q4AWCEQAATmDgA85g4AROYOAIhiDwBa5g4AkuYOAJrmDgDo5g4AtOYOAEpFEADp5g4AlugOAOvmDgDu6Q4A9OYOAKBFEAD45g4APucOAEDnDgCU5w4AoucOAOrnDgD75w4AOMESAEjoDgCOwRIAmOgOAOzoDgDv6A4AQukOAEXpDgDkwRIAoOkOADrCEgD46Q4AnkIPAA7qDgBE6g4AUuoOAJrqDgCb6g4AkMISAPjqDgDmwhIAaesOADzDEgCp6w4A8usOAADsDgBI7A4AUuwOAJ7sDgCm7A4A9OwOAPXsDgD+8Q4AD+0OAKTvDgAg7Q4ASu0OAFPtDgCg7Q4Aoe0OAPbtDgAE7g4ATO4OAFbuDgCi7g4Aru4OAPjuDgD+7g4ATu8OAGrvDgCSwxIAsu8OAPrvDgAH8A4AUPAOAFrwDgCm8A4AqPAOAPzwDgAT8Q4AUvEOAF7xDgCo8Q4AxPEOAOjDEgAP8g4AVPIOAFbyDgCq8g4AtPIOAADzDgAQ8w4AVvMOAFvzDgCs8w4AsvMOAAL0DgAY9A4AWPQOAGD0DgCu9A4AsfQOAAT1DgAN9Q4AWvUOAGj1DgCw9Q4AuvUOAAb2DgAS9g4AXPYOAHj2DgA+xBIAv/YOAAj3DgAQ9w4AXvcOAGH3DgC6UA8AbvcOALT3DgC29w4AuE8PAML3DgAK+A4AF/gOAGD4DgBu+A4AtvgOALn4DgAM+Q4AF/kOAGL5DgBu+Q4AuPkOAL/5DgAO+g4AFvoOAGT6DgBm+g4AuvoOAMr6DgAQ+w4AGvsOAGb7DgBy+w4AvPsOAML7DgAS/A4AGvwOAJTEEgBq/A4AvvwOAMz8DgAU/Q4AIf0OAGr9DgB2/Q4AwP0OAMb9DgAW/g4AGf4OAGz+DgB0/g4Awv4OAMT+DgDMAw8Axf4OAHAADwDS/g4AGP8OABr/DgCACA8AHf8OAG7/DgB3/w4AxP8OANH/DgAaAA8AIQAPAOrEEgB5AA8A0AUPAHoADwAeAg8AkAAPAMYADwDUAA8AHAEPAB0BDwBAxRIAfgEPAMgBDwDPAQ8AlsUSACACDwB0Ag8AegIPAMoCDwDUAg8AIAMPACwDDwB2Aw8AfQMPAOzFEgDlAw8AIgQPACcEDwB4BA8AfgQPAM4EDwDYBA8AJAUPADAFDwB6BQ8AgQUPAELGEgDfBQ8AJgYPADUGDwB8Bg8AiAYPANIGDwDVBg8AKAcPACsHDwB+Bw8AjgcPANQHDwDdBw8AKggPADsIDwCYxhIAjggPANYIDwDnCA8A7sYSADMJDwBExxIAigkPANgJDwDaCQ8A4g4PANsJDwCGCw8A6AkPAC4KDwAwCg8AlhMPADMKDwCECg8AjQoPANoKDwDnCg8AMAsPADcLDwCaxxIAjwsPAOYQDwCQCw8ANA0PAKYLDwDcCw8A6gsPADIMDwAzDA8A8McSAJQMDwDeDA8A5QwPAEbIEgA2DQ8Aig0PAJANDwDgDQ8A6g0PADYODwBCDg8AjA4PAJMODwCcyBIA+w4PADgPDwA9Dw8Ajg8PAJQPDwDkDw8A7g8PADoQDwBGEA8AkBAPAJcQDwDyyBIA9RAPADwRDwBLEQ8AkhEPAJ4RDwDoEQ8A6xEPAD4SDwBBEg8AlBIPAKQSDwDqEg8A8xIPAEATDwBREw8ASMkSAKQTDwDsEw8A/RMPAJ7JEgBJFA8A9MkSAKAUDwDuFA8AFxUPAEQVDwBMFQ8AmhUPAKoVDwDwFQ8A8hUPAEYWDwBUFg8AnBYPAK0WDwBKyhIA+BYPAEgXDwBUFw8AoMoSAMwXDwBMyxIA/RcPAEoYDwBXGA8AoBgPALwYDwD2GA8A/hgPAKLLEgBdGQ8AohkPAKQZDwD4GQ8A+RkPAE4aDwBRGg8ApBoPALAaDwD6Gg8AARsPAFAbDwBsGw8AphsPAK4bDwD4yxIACRwPAFIcDwBiHA8AqBwPAK0cDwD+HA8AKR0PAE7MEgBaHQ8ApMwSALIdDwAAHg8AAR4PAGgnDwAGHg8ADtMQAAoeDwBWHg8ADB4PALQiDwAQHg8ABiEPAB4eDwDEKg8AWx4PAFTLEABhHg8ASsYQAGIeDwCsHg8Arx4PAAIfDwAMHw8A+swSAGAfDwCuHw8AtB8PAAQgDwANIA8AWiAPAGcgDwCwIA8AzCAPAFDNEgAIIQ8AXCEPAAshDwDA1hAAaiEPALIhDwDDIQ8Aps0SAA4iDwBeIg8AaiIPAPzNEgC6Ig8ACiMPABAjDwBgIw8AZSMPALYjDwC8Iw8A/s4SABMkDwAA0BIAZyQPALgkDwDAJA8ADiUPABolDwBkJQ8AdyUPALolDwDGJQ8AECYPAB8mDwBmJg8AbyYPALwmDwDGJg8AEicPAB4nDwCs0BIAeScPAL4nDwDKJw8AFCgPABYoDwBqKA8AbSgPAMAoDwDMKA8AFikPAB4pDwAC0RIAeCkPAMIpDwDSKQ8AGCoPACQqDwBuKg8AdCoPAFjREgDmKg8AGisPACIrDwBwKw8AmisPAMYrDwDRKw8AHCwPACgsDwByLA8AgywPAMgsDwDJLA8ArtESACQtDwB0LQ8AgS0PAATSEgDXLQ8AIC4PADcuDwB2Lg8AoS4PAMwuDwDULg8AIi8PACwvDwB4Lw8AhC8PAM4vDwDRLw8AJDAPAC4wDwBa0hIAgjAPANAwDwDWMA8AJjEPAC8xDwB8MQ8AiTEPANIxDwDuMQ8AsNISACoyDwB+Mg8ALzIPAO4/DwCLMg8A1DIPANsyDwAqMw8ALDMPAIAzDwCGMw8A1jMPAN0zDwAsNA8ARDQPAII0DwCHNA8A2DQPAI40DwCENQ8A4TQPAC41DwA4NQ8ABtMSAIo1DwDaNQ8A4DUPADA2DwA1Ng8AhjYPAIw2DwBc0xIA3TYPADI3DwBDNw8AiDcPAJQ3DwDeNw8A6DcPADQ4DwBAOA8AijgPAJE4DwCy0xIA4jgPADY5DwDrOA8A2OIQADk5DwCMOQ8ArDkPAOI5DwDqOQ8ACNQSAEk6DwCOOg8AlToPAOQ6DwDsOg8AOjsPAD07DwDoPA8ASjsPAJA7DwCSOw8A5jsPAPQ7DwA8PA8ATTwPAF7UEgCZPA8AtNQSAPE8DwA+PQ8ATT0PAJQ9DwCjPQ8A6j0PAPY9DwBAPg8AQz4PAJY+DwCZPg8A7D4PAPw+DwBCPw8ASz8PAJg/DwCpPw8ACtUSAPM/DwBEQA8ATUAPAJpADwCkQA8A8EAPAPhADwBGQQ8AZEEPAJxBDwC6QQ8A8kEPABBCDwBIQg8AZkIPAGDVEgClQg8A9EIPAPlCDwBKQw8AAEMPAExEDwBTQw8AoEMPAKpDDwD2Qw8AEkQPALbVEgBSRA8AokQPAKhEDwD4RA8AFEUPAAzWEgB4RQ8AuNYSAM5FDwAO1xIAAkYPABDYEgBmRg8ApkYPAKhGDwD8Rg8AAkcPAFJHDwBmRw8AqEcPALBHDwD+Rw8AKEgPAGbYEgBdSA8AqkgPALdIDwAASQ8ADkkPAFZJDwBgSQ8ArEkPAMZJDwACSg8AD0oPAFhKDwBkSg8ArkoPALhKDwAESw8ADEsPALzYEgBhSw8AsEsPALhLDwAS2RIA3ksPABTaEgASTA8AXEwPAGNMDwCyTA8AukwPAGjZEgAKTQ8AXk0PAG9NDwC0TQ8AvE0PAApODwAUTg8AYE4PAGxODwC2Tg8AuU4PAAxPDwAWTw8AatoSAH5PDwDA2hIAxk8PAA5QDwAfUA8AFtsSAGtQDwBs2xIAw1APABBRDwAfUQ8AZlEPAHVRDwC8UQ8AyFEPABJSDwAVUg8AaFIPAGtSDwC+Ug8AzlIPABRTDwAdUw8AalMPAHtTDwDC2xIAwlMPABZUDwDMUw8AwlQPABlUDwBsVA8AdFQPABjcEgDIVA8AGFUPACRVDwBuVQ8AdlUPAG7cEgDQVQ8AGlYPAB1WDwBwVg8AelYPAMTcEgDLVg8AHFcPADJXDwByVw8Ac1cPAMhXDwDZVw8AHlgPACpYDwB0WA8AflgPAMpYDwDWWA8AGt0SACxZDwB2WQ8AeVkPAMxZDwDWWQ8Axt0SACVaDwB4Wg8Ae1oPAM5aDwDaWg8AJFsPACpbDwB6Ww8AhFsPABzeEgDVWw8AJlwPADNcDwB8XA8Af1wPANJcDwDuXA8AKF0PADBdDwBy3hIAhl0PAMjeEgDcXQ8AHt8SAC1eDwCAXg8AQV4PAOg+EACgXg8A1l4PAOpeDwB03xIALV8PAIJfDwCIXw8A2F8PAORfDwAuYA8APWAPAIRgDwCGYA8A2mAPAORgDwAwYQ8APGEPAIZhDwCNYQ8Ayt8SAOhhDwAg4BIAOmIPAHbgEgCLYg8AjGQPAJhiDwDeYg8A4GIPADRjDwBCYw8AimMPAJtjDwB84xIA52MPANLjEgA+ZA8AKOQSAKxkDwDiZA8A8GQPADhlDwA5ZQ8AfuQSAJplDwDkZQ8A62UPANTkEgBCZg8AKuUSAJJmDwDmZg8A9GYPADxnDwBNZw8AgOUSAJhnDwDoZw8A9GcPANblEgBEaA8AlGgPAJpoDwDqaA8A72gPAEBpDwBGaQ8AguYSAJlpDwDsaQ8A+GkPAEJqDwBIag8AmGoPAKJqDwAu5xIA82oPAERrDwBRaw8AmmsPAJ1rDwDwaw8ABWwPAEZsDwBObA8AhOcSAKRsDwDybA8A/mwPAEhtDwBObQ8Anm0PAKRtDwD0bQ8A+W0PAEpuDwBQbg8AiOkSAK9uDwD2bg8ABW8PAExvDwBVbw8Aom8PAKhvDwD4bw8A/m8PAE5wDwBacA8ApHAPAKtwDwD6cA8AAnEPADTqEgBacQ8ApnEPALFxDwD8cQ8ACHIPAFJyDwBYcg8AqHIPALByDwD+cg8ACnMPAFRzDwBacw8AqnMPALBzDwAAdA8ABXQPAFZ0DwBcdA8AiuoSALN0DwACdQ8AEHUPAFh1DwBldQ8ArnUPAMV1DwAEdg8AIHYPAFp2DwBidg8A4OoSAMN2DwAGdw8ACHcPAFx3DwBydw8AsncPALN3DwAIeA8AGXgPAF54DwBqeA8ANusSANB4DwCM6xIAIHkPAGB5DwBheQ8AtnkPAMd5DwAMeg8AGHoPAOLrEgBneg8AuHoPAL56DwAOew8ALnsPAGR7DwBwew8AunsPAMF7DwA47BIAHHwPAGZ8DwBofA8AvHwPANx8DwCO7BIAGX0PAOTsEgBtfQ8Avn0PAM59DwAUfg8AHH4PAGp+DwB0fg8AwH4PAMx+DwAWfw8AGX8PAGx/DwB2fw8AOu0SAMd/DwDIgg8A0H8PABiADwAogA8AboAPAH6ADwDEgA8A7IAPABqBDwBCgQ8AcIEPAJiBDwDm7RIA0oEPAByCDwAegg8AcoIPAJKCDwDq7xIA1YIPAB6DDwAqgw8AdIMPAJyDDwDKgw8A8oMPACCEDwBIhA8AQPASAHyEDwDMhA8A0YQPACKFDwAohQ8ARPISAICFDwDw8hIA2oUPACSGDwAnhg8AeoYPAISGDwDQhg8A2IYPAJzzEgA0hw8AfIcPAIOHDwDShw8A2ocPACiIDwA1iA8AfogPAIOIDwDUiA8A3ogPACqJDwAyiQ8AgIkPAJCJDwDWiQ8A5IkPACyKDwA5ig8AgooPAJCKDwDYig8A24oPAC6LDwA5iw8AhIsPAIyLDwDaiw8A84sPADCMDwA8jA8AhowPAJaMDwDcjA8A4YwPADKNDwA4jQ8AiI0PAJSNDwDejQ8A5o0PAPLzEgA+jg8Aio4PAI2ODwDgjg8A6I4PADaPDwA3jw8AjI8PAI6PDwDijw8A6I8PADiQDwBEkA8AjpAPAJuQDwDkkA8A7pAPADqRDwBCkQ8AkJEPAJKRDwDmkQ8A85EPADySDwBDkg8AkpIPAJqSDwDokg8A7JIPAD6TDwBAkw8AlJMPAJeTDwDqkw8A8pMPAECUDwBPlA8AlpQPAJiUDwDslA8A+ZQPAEKVDwBRlQ8AmJUPAKSVDwDulQ8A/5UPAESWDwBVlg8AmpYPAKaWDwDwlg8A95YPAEaXDwBllw8ASPQSALCXDwDylw8A85cPAEiYDwBUmA8AnpgPALqYDwD0mA8A/JgPAJ70EgBSmQ8ASvUSAKyZDwD2mQ8A/JkPAEyaDwBSmg8AopoPALqaDwD4mg8AApsPAE6bDwBamw8ApJsPAKebDwD6mw8ABJwPAFCcDwBonA8AppwPALacDwD8nA8A/pwPAFKdDwBgnQ8AqJ0PALmdDwCg9RIABJ4PAFSeDwBgng8A9vUSALKeDwCi9hIADJ8PAFafDwBZnw8ArJ8PALafDwD49hIABKAPAFigDwBmoA8ArqAPAL+gDwCk9xIAC6EPAPr3EgBioQ8AUPgSALihDwBS+RIACKIPAFyiDwBpog8AsqIPAMGiDwAIow8ADqMPAF6jDwBqow8AtKMPALajDwAKpA8AFKQPAGCkDwBupA8AtqQPALukDwAMpQ8AGaUPAGKlDwBupQ8AuKUPAMulDwAOpg8AHaYPAGSmDwBwpg8AuqYPALumDwAQpw8AGqcPAGanDwB0pw8AvKcPAMGnDwASqA8AH6gPAKj5EgByqA8AvqgPAMyoDwAUqQ8AF6kPAGqpDwB6qQ8AwKkPAM6pDwAWqg8AIqoPAGyqDwBzqg8AwqoPAMmqDwAYqw8AJKsPAG6rDwBvqw8AxKsPANCrDwAarA8AJ6wPAHCsDwB3rA8AxqwPANKsDwAcrQ8AKa0PAHKtDwCBrQ8AyK0PANytDwAerg8AKq4PAHSuDwCHrg8Ayq4PANmuDwAgrw8ALK8PAHavDwB3rw8AzK8PANavDwAisA8AMLAPAHiwDwB9sA8AzrAPANuwDwD++RIAJbEPAHqxDwCLsQ8A0LEPAN6xDwAmsg8ANbIPAHyyDwB+sg8A0rIPANyyDwAosw8ANrMPAH6zDwCDsw8A1LMPAOGzDwAqtA8AObQPAIC0DwCFtA8A1rQPAOO0DwAstQ8ANrUPAIK1DwCOtQ8A2LUPAOu1DwAutg8AOLYPAIS2DwCQtg8A2rYPAO22DwAwtw8AP7cPAIa3DwCStw8A3LcPAN23DwAyuA8APLgPAIi4DwCWuA8A3rgPAOO4DwA0uQ8AQbkPAFT6EgCPuQ8A4LkPAO25DwA2ug8AQLoPAIy6DwCSug8A4roPAOS6DwA4uw8ARbsPAI67DwCRuw8A5LsPAPK7DwA6vA8ARrwPAJC8DwCdvA8A5rwPAPC8DwA8vQ8AS70PAJK9DwCXvQ8A6L0PAPW9DwA+vg8AS74PAJS+DwCgvg8A6r4PAPm+DwBAvw8ASr8PAJa/DwCkvw8A7L8PAPG/DwBCwA8AT8APAJjADwCkwA8A7sAPAAHBDwBEwQ8AU8EPAJrBDwCmwQ8A8MEPAPHBDwBGwg8AUMIPAJzCDwCqwg8A8sIPAPfCDwBIww8AVcMPAKr6EgCxww8A9MMPAAPEDwBKxA8AVsQPAKDEDwChxA8A9sQPAADFDwBMxQ8AWsUPAKLFDwCnxQ8A+MUPAAXGDwAA+xIAYcYPAKTGDwCzxg8A+sYPAAbHDwBQxw8AUccPAKbHDwCwxw8A/McPAArIDwBSyA8AV8gPAKjIDwC1yA8AVvsSAADJDwBUyQ8AYskPAKrJDwC3yQ8AAMoPAAzKDwBWyg8AXMoPAKzKDwC9yg8AAssPAATLDwBYyw8AYcsPAK7LDwC7yw8ABMwPABPMDwBazA8AZcwPALDMDwC8zA8ABs0PABnNDwBczQ8Aa80PALLNDwC+zQ8ACM4PAAnODwBezg8AaM4PALTODwDCzg8ACs8PAA/PDwBgzw8Abc8PAKz7EgDDzw8ADNAPABrQDwBi0A8AbNAPALjQDwDG0A8ADtEPABDRDwBk0Q8AddEPALrRDwDI0Q8AENIPAEHSDwBm0g8AaNIPALzSDwDG0g8AEtMPACDTDwBo0w8AbdMPAL7TDwDL0w8AFNQPACDUDwBq1A8AfdQPAMDUDwDP1A8AFtUPACLVDwBs1Q8AbdUPAMLVDwDM1Q8AGNYPACbWDwBu1g8Ac9YPAMTWDwDR1g8AAvwSABzXDwBw1w8ActcPAMbXDwDV1w8AHNgPACvYDwBy2A8AftgPAMjYDwDL2A8AHtkPACHZDwB02Q8AetkPAMrZDwDW2Q8AINoPACPaDwB22g8Ae9oPAMzaDwDV2g8AItsPACjbDwB42w8Ah9sPAM7bDwDa2w8AJNwPADTcDwB63A8AfNwPANDcDwDe3A8AJt0PADfdDwBY/BIAgt0PANLdDwDe3Q8ArvwSADveDwB+3g8Ajd4PANTeDwDg3g8AKt8PACvfDwCA3w8Ait8PANbfDwDk3w8ALOAPADHgDwCC4A8Aj+APAAT9EgDk4A8ALuEPADjhDwCE4Q8AsOEPANrhDwDh4Q8AMOIPAEniDwCG4g8AleIPANziDwDr4g8AMuMPADfjDwCI4w8AleMPAN7jDwDr4w8ANOQPAEDkDwCK5A8AmeQPAODkDwDq5A8ANuUPAETlDwCM5Q8AkeUPAOLlDwDv5Q8AOOYPAETmDwCO5g8AoeYPAOTmDwDz5g8AOucPAEbnDwCQ5w8AkecPAObnDwDw5w8APOgPAEroDwCS6A8Al+gPAOjoDwD16A8AWv0SAE/pDwCU6Q8ApekPAOrpDwD26Q8AQOoPAFfqDwCW6g8AmOoPAOzqDwD96g8AQusPAEXrDwCY6w8AousPAO7rDwDw6w8AROwPAE7sDwCa7A8ApuwPAPDsDwD87A8ARu0PAFntDwCc7Q8Aq+0PAPLtDwD+7Q8ASO4PAEnuDwCe7g8AqO4PAPTuDwAC7w8ASu8PAE/vDwCg7w8Are8PALD9EgD47w8ATPAPAFbwDwCi8A8AqvAPAAb+EgAL8Q8ATvEPAFrxDwCk8Q8As/EPAPrxDwAD8g8AUPIPAFryDwCm8g8AtPIPAPzyDwAB8w8AUvMPAF/zDwCo8w8AtPMPAP7zDwAR9A8AVPQPAGP0DwCq9A8AtvQPAAD1DwAB9Q8AVvUPAGD1DwCs9Q8AuvUPAAL2DwAH9g8AWPYPAGX2DwBc/hIAsPYPAAT3DwAO9w8AWvcPAGL3DwCy/hIAtfcPAAb4DwAc+A8AXPgPAF34DwCy+A8Aw/gPAAj5DwAU+Q8AXvkPAGj5DwC0+Q8AwvkPAAr6DwAP+g8AYPoPAG36DwC2+g8AwvoPAAz7DwAf+w8AYvsPAHH7DwC4+w8AxPsPAA78DwAP/A8AZPwPAG78DwC6/A8AyPwPABD9DwAV/Q8AZv0PAHP9DwAI/xIAvv0PABL+DwAc/g8AaP4PAHD+DwBe/xIA1P4PABT/DwAg/w8Aav8PAG//DwDA/w8Ayf8PABYAEAAgABAAbAAQAHgAEADCABAA1QAQABgBEAAnARAAbgEQAHoBEADEARAAxQEQABoCEAAkAhAAcAIQAH4CEADGAhAAywIQABwDEAApAxAAtP8SAHQDEADIAxAA0gMQAB4EEAAmBBAACgATAIEEEADKBBAA2QQQACAFEAArBRAAdgUQAIIFEADMBRAA2wUQACIGEABCBhAAeAYQAIQGEADOBhAA1QYQACQHEAAyBxAAegcQAH8HEADQBxAA3AcQACYIEAA5CBAAfAgQAIsIEADSCBAA3ggQACgJEAApCRAAfgkQAIgJEADUCRAA4gkQACoKEAAvChAAgAoQAI0KEABgABMA2AoQACwLEAA2CxAAggsQAIoLEAC2ABMA9QsQAC4MEAA/DBAAhAwQAJAMEADaDBAA7QwQADANEAA/DRAAhg0QAJINEADcDRAA3Q0QADIOEAA8DhAAiA4QAJYOEADeDhAA4w4QADQPEABBDxAADAETAIwPEADgDxAA6g8QADYQEAA+EBAAYgETAKkQEADiEBAA8xAQADgREABEERAAjhEQAKEREADkERAA8xEQADoSEABGEhAAkBIQAJESEADmEhAA8BIQADwTEABKExAAkhMQAJcTEADoExAA9RMQALgBEwBAFBAAlBQQAJ4UEADqFBAA8hQQAA4CEwBRFRAAlhUQAKoVEADsFRAA8BUQAEIWEABEFhAAmBYQAKwWEADuFhAA8RYQAEQXEABhFxAAmhcQAKsXEADwFxAA/BcQAEYYEABZGBAAnBgQAKsYEADyGBAA/hgQAEgZEABJGRAAnhkQAKgZEAD0GRAAAhoQAEoaEABPGhAAoBoQAK0aEABkAhMA+BoQAEwbEABWGxAAohsQAKobEAC6AhMA+hsQAE4cEABcHBAApBwQALUcEAAQAxMAAR0QAGYDEwBzHRAAaAQTAK4dEABqBRMAAh4QAFIeEABXHhAAqB4QAKweEAD+HhAACx8QAMAFEwBZHxAAqh8QAK4fEAAAIBAAAiAQAFYgEABvIBAArCAQAL0gEAACIRAADiEQABYGEwBbIRAADicQAGQhEACuIRAAwSEQAAQiEAAFIhAAWiIQAGYiEACwIhAAvyIQAAYjEAAQIxAAXCMQAGgjEACyIxAAuSMQAGwGEwAQJBAAXiQQAGAkEAB2MBAAYSQQAGgpEABkJBAAtCQQAGokEADCKxAAayQQAPCYEADAJBAACiUQABklEABgJRAAbCUQALYlEADEJRAADCYQACcmEABiJhAAbiYQALgmEAC/JhAAwgYTABsnEABkJxAAZicQALonEAC7JxAAECgQABMoEABmKBAAcSgQALwoEADBKBAAEikQABwpEAAYBxMAdSkQAL4pEADAKRAAFCoQABUqEABqKhAAbSoQAMAqEADLKhAAFisQABsrEABsKxAAdisQAG4HEwDVKxAAGCwQABksEABuLBAAeiwQAMQsEADTLBAAGi0QACQtEABwLRAAfC0QAMYtEADNLRAAxAcTACQuEAByLhAAdC4QAMguEADXLhAAHi8QACgvEAB0LxAAfS8QAMovEADMLxAAIDAQADEwEABwCBMAhTAQAMwwEADWMBAAIjEQACsxEAB4MRAAejEQAM4xEADfMRAAJDIQACwyEAB6MhAAmDIQANAyEADYMhAAJjMQADIzEAB8MxAAjzMQANIzEADTMxAAKDQQADQ0EAB+NBAAjTQQANQ0EADeNBAAKjUQADY1EACANRAAhzUQAMYIEwDnNRAALDYQAD02EACCNhAAijYQANg2EADfNhAALjcQADw3EACENxAAlDcQANo3EADqNxAAMDgQAEw4EAAcCRMAkzgQANw4EADzOBAAMjkQADo5EACIORAAljkQAN45EADoORAANDoQAEA6EACKOhAAoDoQAOA6EADjOhAANjsQAFI7EAByCRMAljsQAOI7EADqOxAAODwQAEc8EACOPBAAkzwQAOQ8EADxPBAAOj0QAEQ9EACQPRAAkj0QAOY9EAD0PRAAPD4QAEk+EACSPhAAlT4QAMgJEwDzPhAAPj8QAEg/EACUPxAAnD8QAOo/EAD5PxAAQEAQAEVAEACWQBAAo0AQAOxAEAD2QBAAQkEQAERBEACYQRAApkEQAO5BEAD7QRAAREIQAEdCEAAeChMAnUIQAPBCEAD8QhAARkMQAE1DEACcQxAApEMQAPJDEAALRBAASEQQAFxEEACeRBAAukQQAPREEAD8RBAAygoTAFJFEAAgCxMArUUQAPZFEAD9RRAATEYQAFRGEACiRhAAp0YQAPhGEAAIRxAATkcQAFZHEACkRxAAskcQAPpHEAAHSBAAUEgQAF1IEACmSBAAskgQAPxIEAACSRAAUkkQAFpJEACoSRAAtEkQAP5JEAARShAAVEoQAGNKEACqShAAtkoQAABLEAABSxAAVksQAGBLEACsSxAAuksQAAJMEAAHTBAAWEwQAGVMEAB2CxMAsUwQAARNEAAOTRAAWk0QAFxNEACwTRAAv00QAAZOEAAmThAAXE4QAGROEACyThAAvE4QAAhPEAAOTxAAXk8QAGBPEAC0TxAAw08QAApQEAAWUBAAYFAQAGhQEADMCxMA1FAQAAxREAAqURAAIgwTAIBREAC4URAA1lEQAA5SEAAWUhAAZFIQAHNSEAC6UhAAvFIQABBTEAAZUxAAZlMQAGlTEAC8UxAAyFMQABJUEAAZVBAAaFQQAHBUEAC+VBAA11QQABRVEAAoVRAAalUQAIZVEADAVRAAyFUQAHgMEwA0VhAAbFYQAIpWEADODBMA21YQABhXEAAdVxAAblcQAIlXEADEVxAA0FcQABpYEAAiWBAAJA0TAINYEADGWBAA1VgQABxZEAAoWRAAclkQAHNZEADIWRAA0lkQAB5aEAAsWhAAdFoQAHlaEADKWhAA11oQAHoNEwAkWxAAdlsQAHhbEADMWxAAz1sQACJcEAAqXBAAeFwQAIJcEADOXBAA2VwQACRdEAAwXRAAel0QAIJdEADQDRMA3l0QACZeEAAsXhAAfF4QAIheEADSXhAA4V4QAChfEAAyXxAAfl8QAIZfEADUXxAA418QACpgEAAsYBAAgGAQAIlgEADWYBAA2WAQACxhEAA4YRAAgmEQAIphEAAmDhMA6GEQAC5iEAA2YhAAhGIQAI5iEADaYhAA5WIQADBjEAA8YxAAhmMQAI5jEAB8DhMA4WMQADJkEABDZBAAiGQQAJlkEADeZBAA42QQADRlEAA4ZRAAimUQAJhlEADgZRAA7WUQADZmEABNZhAAjGYQAJRmEADiZhAA7mYQADhnEABLZxAAjmcQAJ1nEADkZxAA8GcQADpoEAA7aBAAkGgQAJpoEADmaBAA9GgQADxpEABBaRAAkmkQAJ9pEADSDhMA7mkQAD5qEABMahAAlGoQAKFqEADqahAAAWsQAEBrEABIaxAAlmsQAKFrEADsaxAA7msQAEJsEABPbBAAmGwQAJ9sEADubBAA/2wQAERtEABSbRAAmm0QAKdtEADwbRAAB24QAEZuEABObhAAnG4QAKFuEADybhAAAm8QAEhvEABQbxAAnm8QAKhvEAD0bxAA/28QAEpwEABWcBAAoHAQAKhwEAB+DxMAD3EQAExxEABRcRAAonEQAL1xEAD4cRAABHIQAE5yEABWchAA1A8TALdyEAD6chAACXMQAFBzEABccxAApnMQAKdzEAD8cxAABnQQAFJ0EABgdBAAqHQQAK10EAD+dBAAC3UQACoQEwBcdRAAqnUQAKx1EAAAdhAADXYQAFZ2EABbdhAArHYQALZ2EAACdxAADXcQAFh3EABkdxAArncQALR3EAAEeBAADHgQAFp4EABmeBAAsHgQAMN4EAAGeRAAFXkQAFx5EABoeRAAsnkQALN5EAAIehAAEnoQAF56EABsehAAtHoQALl6EAAKexAAF3sQAIAQEwBlexAAtnsQAMV7EAAMfBAAG3wQAGJ8EABrfBAAuHwQAL58EAAOfRAAFH0QAGR9EABwfRAAun0QAMF9EAAQfhAALH4QANYQEwBwfhAAvH4QAMh+EAASfxAAFX8QAGh/EAByfxAALBETAMZ/EACCERMAHIAQANgREwBygBAALhITAMiAEAAWgRAAF4EQANCIEAAjgRAAbIEQACqBEAAghhAALYEQAIiPEAAvgRAAOpMQAG2BEADCgRAA2IEQABiCEAAgghAAboIQAHCCEAAehRAAfIIQAMSCEADMghAAhBITANGCEAAagxAAHYMQAHCDEAB6gxAAxoMQAMiDEAAchBAALYQQAHKEEACDhBAAyIQQANCEEADaEhMAJYUQAHSFEAB7hRAAyoUQANKFEAAwExMAIoYQAHaGEAB8hhAAzIYQANmGEAAihxAAKocQAHiHEAB6hxAAzocQANWHEAAkiBAAK4gQAHqIEACCiBAAhhMTAN2IEAAmiRAAJ4kQAHyJEACSiRAA0okQANqJEAAoihAAKooQANiMEAA2ihAAfooQAIaKEADcExMAi4oQANSKEADXihAAKosQADSLEACAixAAgosQANaLEADnixAALIwQAD2MEACCjBAAiowQADIUEwDfjBAALo0QADWNEACEjRAAjI0QAIgUEwDkjRAAMI4QADKOEACGjhAAl44QANyOEADtjhAAMo8QADqPEADeFBMAjY8QAEKXEACUjxAA3o8QAPSPEAA0kBAAPJAQAIqQEACYkBAA4JAQAO2QEAA2kRAAOZEQAIyREACWkRAA4pEQAOSREAA4khAASZIQAI6SEACfkhAA5JIQAOySEAA0FRMAQ5MQAJCTEACdkxAA5pMQAO2TEAA8lBAATZQQAJKUEACelBAA6JQQAPCUEACKFRMAS5UQAJSVEACXlRAA6pUQAPSVEABAlhAAQpYQAJaWEACnlhAA7JYQAP2WEADgFRMASpcQAJiXEACvlxAA7pcQAPqXEABEmBAATpgQAJqYEACimBAANhYTAPGYEABGmRAAXJkQAJyZEACkmRAA8pkQAACaEABImhAAUJoQAIwWEwBVmhAAnpoQAKGaEAD0mhAA/poQAEqbEABMmxAAoJsQALGbEAD2mxAAB5wQAEycEABUnBAA4hYTAKicEAD4nBAA/ZwQAE6dEABpnRAApJ0QALKdEAD6nRAAAZ4QAFCeEABcnhAApp4QAKyeEAD8nhAA/54QAFKfEABcnxAAqJ8QAK6fEAD+nxAAAKAQAFSgEABeoBAAqqAQALagEAAAoRAAF6EQAFahEABqoRAArKEQAMihEAACohAACqIQADgXEwBaohAArqIQALyiEAAEoxAAFaMQAI4XEwBhoxAA5BcTAL6jEAAGpBAAEKQQAFykEABnpBAAsqQQALqkEAAIpRAAFKUQAF6lEABxpRAAtKUQAMOlEAAKphAAFqYQAGCmEABhphAAtqYQAMCmEAAMpxAAGqcQAGKnEABnpxAAuKcQAMWnEACQGBMAFqgQAGSoEABuqBAAuqgQAL+oEAAQqRAAGKkQAGapEABsqRAAvKkQAMipEAASqhAAGKoQAGiqEABxqhAAvqoQAMuqEAAUqxAAHKsQAGqrEABrqxAAwKsQAMKrEAAWrBAAGawQAGysEABvrBAAPBkTANisEAAYrRAAIK0QAG6tEAB6rRAAxK0QAMqtEAAarhAAIK4QAHCuEAB1rhAAHK8QAJ6uEADGrhAAzq4QAOgZEwAirxAAPhoTAIivEADIrxAAyq8QAB6wEAArsBAAdLAQAHuwEADKsBAA0rAQACCxEAAwsRAAdrEQAHixEADMsRAA2rEQACKyEAAzshAA6hoTAH+yEABAGxMA3LIQACSzEAAusxAAerMQAIWzEADQsxAA2LMQACa0EAAytBAAfLQQAI+0EADStBAA4LQQACi1EAAytRAAfrUQAIa1EADUtRAA47UQACq2EAAvthAAgLYQAIe2EADWthAA4rYQAOwbEwBqtxAAgrcQAMC3EADYtxAA4LcQAEIcEwBYuBAAhLgQAJC4EADauBAA4LgQADC5EAA2uRAAhrkQAIu5EADcuRAA4rkQAJgcEwAzuhAAiLoQAI66EADeuhAA47oQADS7EABDuxAAirsQAJa7EADguxAA47sQADa8EAA5vBAAjLwQAJS8EADivBAA8bwQADi9EAA9vRAAjr0QAKS9EADkvRAA5b0QADq+EABLvhAAkL4QAJy+EADmvhAA8L4QADy/EABIvxAAkr8QAJm/EADuHBMA+L8QAD7AEABKwBAAlMAQAKPAEADqwBAA/sAQAEDBEABPwRAAlsEQAKfBEADswRAA+MEQAEQdEwBEwhAAmMIQAKbCEADuwhAA/8IQAJodEwBKwxAAmsMQAKbDEADwHRMA9sMQAEbEEABMxBAAnMQQAKHEEADyxBAA+MQQAPIeEwBNxRAAnsUQAKDFEAD0xRAABcYQAEogEwBWxhAAoMYQAKbGEAD2xhAAAscQAEzHEABUxxAAoCATAKjHEAD4xxAABMgQAE7IEABWyBAA9iATALDIEAD6yBAA/cgQAFDJEABayRAATCETAKjJEAD8yRAACsoQAFLKEABjyhAA+CETAK7KEAD+yhAACssQAE4iEwBcyxAAqssQAK3LEAAAzBAADMwQAFbMEABizBAArMwQALTMEAD6IhMADc0QAFjNEABkzRAArs0QALbNEABQIxMADc4QAFrOEABrzhAAsM4QAMHOEAAGzxAADs8QAFzPEABfzxAAss8QALzPEAAI0BAACtAQAF7QEABt0BAAtNAQANTQEAAK0RAAEtEQAGDREABq0RAAttEQALzREAAM0hAADtIQAGLSEABx0hAAuNIQAMTSEACmIxMAGtMQAGTTEACC0xAAutMQAMDTEAAQ1BAAGdQQAGbUEABz1BAAvNQQAMTUEAAS1RAAKNUQAGjVEABq1RAAvtUQANnVEAAU1hAAINYQAGrWEAB31hAA/CMTAMbWEAAW1xAAHtcQAGzXEACC1xAAwtcQAMfXEAAY2BAAHtgQAG7YEAB62BAAxNgQAMzYEABSJBMAJ9kQAHDZEACA2RAAxtkQAMvZEAAc2hAAItoQAHLaEACI2hAAyNoQAMraEAAe2xAAKNsQAHTbEACC2xAAytsQAM/bEAAg3BAALdwQAKgkEwCF3BAAzNwQANXcEAAi3RAALN0QAHjdEACG3RAAzt0QANPdEAAk3hAAMd4QAHreEACC3hAA0N4QAODeEAAm3xAAKN8QAHzfEACK3xAA0t8QAOPfEAD+JBMAL+AQAFQlEwCD4BAA1OAQANrgEAAq4RAAMuEQAIDhEACK4RAA1uEQANjhEAAs4hAAL+IQAILiEACi4hAAACYTAOTiEAAu4xAANOMQAITjEACQ4xAA2uMQAOLjEABWJhMAPOQQAIbkEACM5BAA3OQQAOjkEAAy5RAAOuUQAKwmEwCK5RAA3uUQAOzlEAA05hAAReYQAAInEwCX5hAA4OYQAPfmEABYJxMAQOcQAIznEACY5xAA4ucQAOXnEAA46BAAQugQAK4nEwCf6BAA5OgQAOvoEAA66RAAQukQAJDpEACd6RAA5ukQAOvpEAA86hAARuoQAJLqEACa6hAA6OoQAPfqEAA+6xAAQ+sQAJTrEACq6xAA6usQAOvrEABA7BAATuwQAJbsEACn7BAA7OwQAPjsEABC7RAASu0QAFooEwCc7RAAWAEAAKDtEACOlhIApO0QAFpLDwD67RAAEgkAAEzuEABK8RAA/+8QAFYrAABM8BAAWi0AAFrxEAB4PAAA+fEQAH4/AABP8hAA5EcAAPryEADCVhAA+/IQAJRKAAD/8hAAOqQDAALzEAAaxwcAUvMQAA5dAAD+8xAAcGMAAFT0EADebwAA//QQAJZ2AABh9RAAqH8AAKz1EAAEgwAAAPYQAAyHAACy9hAAdJAAAHX3EACs9xAADvoQAKDRAAAM+xAAuN0AAGL7EAAg5wAADvwQAOj1AADC/BAAUP8AADD9EACm/wAAZP0QAPz/AADE/RAACAYBAG7+EAC2BwEAw/4QAMAMAQCF/xAA0hUBAMj/EADeGwEAMQARAGgAEQDaABEAFAERABwBEQBqAREAdgERAEIjAQDIAREA8iUBAIgCEQDCAhEAygIRABgDEQAaAxEAVi0BAHoDEQBiMwEAIgQRAMo8AQB+BREAUlYBACYGEQAEWgEAOgYRAFZPEgBCBhEAUk0SAJkGEQBaWgEA0AYRALJbAQAyBxEADF4BAHsHEQASYQEA0AcRABZjAQDaCBEA5nUBAD4JEQB6CREAggkRADx2AQDfCREAlngBAIgKEQBWgwEA9QoRAKyDAQA0CxEAWoUBAIYLEQDUCxEA3gsRALCFAQA0DBEAuooBADoOEQCYpAEAjA4RANoOEQDqDhEA7qQBAJIPEQD2qAEA5A8RADIQEQBCEBEATKkBAOoQEQAIsgEAPhMRAA42AgBCExEAvDcCAEYTEQA0yAEAUhMRAC5GAgDsExEA5JYSAO0TEQAQIAwA8BMRADrLAQAAFBEA0IAMAEIUEQDUYREAVhQRAJDLAQBoFBEAvtkSAJcUEQDmywEAmhQRAOQLDQBIFREA8NABAJ4VEQBG0QEATBYRAKjXAQDzFhEAtN0BAJ8XEQC84QEA7xcRAEIYEQBOGBEAaOIBAEwZEQCaGREAnRkRAFgdDgCmGREAIOkBAAUaEQDQ6wEAZxoRAJwaEQD2GhEAtnUNAAIbEQBC+gEAHxsRANbuAQBUGxEAOPUBAAAcEQDs+QEArBwRAET7AQASHREAmvsBALIdEQBG/AEAAR4RAEj9AQAIHxEAsgcCAK8fEQC2ngwAsh8RALwMAgC0HxEAvKUOAAQgEQCWmhIAFiARAFIgEQCwIBEA/iARAMQgEQAmFwIAASERAIo0DQAIIREAoD8NAAshEQC0Hg0ADiERAFDuDQAPIREArvINABkhEQDADgIAHyERAEg+DQCsIREAHhMCANQhEQBgTA4ADiIRAMwUAgBiIhEAzhUCAMslEQCeKAIAjjMRAOpkDQA2NBEAejQRAOI0EQAmNREAjDURACgsDACSNREAst4CANc2EQD0SBIA3DYRAIA3EQDwNhEAhjoRAPg2EQD8TBIA/jYRANLuAgCCNxEAOLUMAIQ3EQCONg0AhzcRADovCQCKNxEAKO8CAI83EQB+7wIAkTcRAKqzBAC3NxEAQgAFAOY5EQDy/gIAjjoRANw6EQDdOhEAjN8MAOY6EQAAnw8A6zoRAKLBDQD7OhEARvMSADw7EQD8AwMANzwRAE4tAwA6PBEACvAKADs8EQDUGgMAPTwRAGALAwA+PBEAFhEDAEA8EQA6JQQAQTwRAHATAwBCPBEAjCEDAEM8EQAQDgMARDwRANwgBABKPBEAdhYDAHI8EQAstxAAkj8RAABcAwCWPxEAWDIDAJo/EQAuBg0A8j8RALI0AwBEQhEA6lADALFDEQAWZwMAXUQRACpxAwAPRREAMnUDAE9FEQCSegMASkYRAAqMAwCmRhEA9EYRAAJHEQBkjgMA+kcRAMBTDwAESBEAIJcDAPtIEQDqpgMAV0oRABq/AwD9ShEAgMcDALpLEQD+SxEAAk0RAAA1BQADTREAHuwDAApNEQDoBQkAr00RACbwAwCzTREABhUJALFOEQBSBgQAu08RAL4RBABrUBEAGhUEACRREQBeUREAZlERALRREQDDUREA1BwEABRSEQAwIAQAv1IRAAqeDADCUhEA3iEEABRTEQBiUxEAKFMRAJxHEgBsUxEANCIEABZUEQDqJwQAc1QRAO4pBAAWVREA+i8EAG5VEQAs1AkAv1URALI2BADKVhEAgkkEABxXEQB+4hEAhlcRAMBXEQDIVxEAFlgRACNYEQCoXAQAJVgRAJ6CBAAnWBEA3kwEANVZEQBsaQQA0loRAJJ8BAAkWxEAclsRAINbEQDqfQQAg1wRABKSBADUXBEAbpUEAHhdEQAonQQA3V0RAOCjBADoXREA+K8EAPVdEQDsqQQA914RAE6wBACZXxEAXLcEANZfEQC+vQQAg2ARADLNBACIYBEANq4JAIlgEQDosQkAi2ARANaoCQDuYBEAKGERADBhEQB+YREA1mERAG58DQDcYREA8kcSAN5hEQA40AQA4GERALB2DwD3YREAmvISABliEQCqng8AMmIRAD7TBACtYhEA1mIRAOFiEQBA1AQAjGMRAPbZBAA9ZBEAsOEEAN1kEQDC6gQATGURAHDsBACTZREA1vQEAJVlEQDG7AQA4mURACLwBADmZREAJvIEAOhmEQCG9wQA72cRAJwCBQA5aBEApgcFAAJrEQA8axEARGsRAJJrEQChaxEAmiwFAPFrEQBUNAUA7GwRALo8BQD3bBEAYu0IAENtEQAWQAUAR24RAJRUBQBRbhEAhEwFAJ5uEQDgTwUAom4RAORRBQAMcBEARnARAE5wEQCccBEAoXARALxoBQCrcBEArGAFAPhwEQAIZAUA/HARAAxmBQAAcxEAPn8FAKhzEQBQiAUAVHQRACKcBQAfdREA7KsFAHZ1EQBMsQUAtXURAFCzBQAMdhEAsrkFAF52EQC0ugUAsHYRAP52EQAIdxEACrsFAFd3EQAQvgUAX3gRACTIBQAeeREAWHkRAGB5EQCueREAtHkRAObTBQAaehEAmNcFAMZ6EQAG5AUACnsRABruBQDBexEAIvIFAG18EQAy+gUAJn0RAGB9EQBofREAtn0RAMZ9EQBMBwYA4n0RAKoLBgAYfhEATggGAGp+EQC4fhEAwn4RAKQIBgDWfxEAEIARABiAEQBmgBEAb4ARAHAZBgDGgBEAdBsGAISBEQC+gREAxoERABSCEQAVghEAiiYGABmCEQB8dQYAGoIRAPgyBgAhghEARC4GACOCEQAqIQYAcIIRAIYkBgB0ghEAzHIGAHaDEQD0MAYAeIQRABJABgDOhBEAcEQGACCFEQByRQYA1IURANhNBgCOhhEAyIYRANCGEQAehxEAKIcRAOhVBgB3hxEA9lwGADyIEQB2iBEAfogRAMyIEQDZiBEAVGEGANuIEQBoawYAJ4kRAFxlBgDUiREAxG4GACyKEQDIcAYAmIsRANKLEQDaixEAKIwRADeMEQDgfAYAiIwRADyABgCOjhEAZpUGAPSOEQAujxEASo8RAISPEQCRjxEAvpYGAKKQEQDckBEA5JARADKREQA1kREAjKgGABWSEQCmtQYAjZIRALC6BgCRkhEA6AsMAEOTEQBowQYAj5MRAHDFBgDulBEAktYGAEaVEQDy2wYARJYRAGyeCQBYlhEAFp4JAK6WEQDolhEA8JYRAD6XEQBBlxEAAuQGALCXEQDqlxEA8pcRAECYEQBPmBEAtOcGAKGYEQBs7gYA8JkRAOL+BgChmhEAtJ8NAKaaEQA+aA8AqZoRAJIBBwCqmhEAkGYPAPyaEQCaBQcADpwRAEicEQBQnBEAnpwRAKecEQBYDwcA/pwRAFwRBwCvnREAahgHAA+eEQDUIgcApZ4RAJArBwBRnxEAUDYHAP2fEQC+QgcABqERAIJPBwBcoREA3lIHALShEQA6VgcAGqIRAFSiEQBcohEAqqIRALmiEQBQYQcAuqIRAJJXBwAMoxEAlFgHAF6jEQCsoxEAtqMRAOpYBwBepBEArGQHAAelEQBmbAcAuKURABhwBwB4phEAsqYRALqmEQAIpxEAF6cRAIB5BwBqpxEA3HwHALynEQAKqBEAGagRADR+BwDFqBEAQIQHABapEQCchwcAb6kRALSTBwBxqREAqI0HAICqEQC6qhEAwqoRABCrEQCCqxEAvKsRAMSrEQASrBEAH6wRAISmBwB1rBEANKkHAMysEQDmrAcAbK0RAEizBwAirhEAVroHAM2uEQAqzwcAJrARAKjjBwB4sBEAxrARANWwEQAA5QcAQrERAFjmBwB+shEAuuwHANayEQAY8QcAKLMRAHazEQCFsxEAcPIHAPKzEQDI8wcAJ7URAHz4BwB/tREAiv8HACu2EQD6DAgA17YRAL4ZCACOtxEAdB8IAOG3EQDMIAgAhrgRAIAlCABIuREAgrkRAIq5EQDYuREAMboRAOguCADpuhEAmDEIAKK7EQDcuxEA5LsRADK8EQA8vBEAqjoIAJa8EQBYPAgA7bwRAGJBCAA+vREAwEUIAOm9EQAeSggA7r4RACpQCABAvxEAjr8RAJC/EQCAUAgAVsARAJDAEQCYwBEA5sARAATCEQA+whEARsIRAJTCEQCywxEA7MMRAPTDEQBCxBEATMQRAC59CAAKxREARMURAEzFEQCaxREApMURAHCeCACwxREAUI4IAPXFEQBUkAgAUMYRABCZCACnxxEA8rQIAKvHEQDgqwgAAsgRAOyxCABLyBEA8LMIAADJEQD2tggAT8kRAPy5CAACyhEAXL8IAFrKEQC+xQgABssRAMTICABcyxEAGskIAMLLEQD8yxEABMwRAFLMEQBhzBEAyssIAAvNEQCM1wgAZM0RAETeCAByzhEArM4RALTOEQACzxEAEc8RAKznCAAH0BEAWtARAHTQEQAg9wgAzNARAAbREQAO0REAXNERAGvREQAo+wgA6NERANb8CAB60hEAtNIRALzSEQAK0xEAb9MRAIgACQC80xEA5AMJAG7UEQDqBgkAytQRAEgLCQBr1REArJMJAG7VEQD8DwkAwdURAP4QCQDG1hEAeCMJABzXEQAwKgkAb9cRADIrCQCG2BEAwNgRAMjYEQAW2REAItkRAKI4CQB02REAwtkRAMbZEQD6OQkAKNoRAKg7CQDg2hEAGtsRACLbEQBw2xEAmtsRABpKCQDL2xEAflEJADjcEQAcegsAetwRAMjcEQAA3REA3lYJAJfdEQDK3REAz94RAHJ2CQDV3xEAPocJAC7hEQB84REAoeIRANTiEQDz4hEAKuMRAJDjEQDKogkANOQRACqoCQDe5BEAMqwJAD3mEQCMWgoAP+YRAEq4CQCM5hEAprsJAJToEQAQxgkA4+gRAHTNCQDq6BEAbsoJAOzqEQA66xEA6esRAKDjCQD07BEAtu4JAEjuEQCW7hEAv+4RAN4CCgBe7xEAmO8RAKDvEQDu7xEA/e8RAO4KCgBK8BEASg4KAE7wEQDcVwoA9fARAE4QCgBO8REAnPERAMXxEQCoEgoAUPIRAFoWCgDH8hEAsBYKAFL0EQAsKgoAWvURADoxCgBc9hEAoDkKAML2EQD2OQoAC/cRAEw6CgBY9xEAqD0KAAr4EQCuQAoAcPgRAARBCgC5+BEAWkEKAAb5EQC2RAoAgvoRAK76EQAg+xEAWvsRAGL7EQCw+xEAYfwRAJReCgBi/REArGoKAB/+EQB0eQoA0v4RAAz/EQAU/xEAYv8RAGz/EQAygwoAPAESAPSOCgBqAhIAfqkKAMcCEgA0rwoAbAMSAPC3CgDQAxIATLsKAHYEEgC6xwoAzwUSAObdCgAsBhIAcAYSAHsHEgBa7QoANwkSAHr9CgDRCRIAhAILAC8KEgDgBQsA6goSACQLEgAsCxIAegsSANILEgCcDgsA7gwSACgNEgAwDRIAfg0SAKgNEgC2GwsAMw4SABgiCwCIDhIA1g4SAOQOEgDEIgsAMg8SAB4lCwDlDxIAKCoLAC8QEgAwLgsAORESAEQ4CwA8ERIA8DgLAJUSEgAKRgsA4xISAGJHCwBBExIAvkoLAJITEgBuTQsA4xMSAMRNCwBaFBIAjBQSAFQVEgCIWgsAuBUSAN5aCwDuFhIAPBcSAGUXEgCWYQsAcBcSAEJiCwBMGRIASmYLAKYZEgCmaQsA+RkSAP5qCwD7GhIAYHELAEkbEgBodQsADxwSAEYcEgD0HBIA3IQLAE8dEgCYjQsAEB4SAEoeEgBSHhIAoB4SAK0eEgD6kwsAAx8SAACXCwCvHxIAspoLAG0gEgCkIBIADCESACA0EgAZIRIAUCESAAgiEgAiqAsACiISAMilCwC6IhIA/iISAGIjEgCKsQsAECQSAEy9CwBuJRIActALAA8mEgB61AsAaCYSAIbaCwC+JhIA7OILABMnEgDu4wsAuCcSAKTpCwB6KBIAtCgSALwoEgAKKRIAfikSABT3CwBlKhIAdv0LAHsrEgCKBwwAICwSAPAPDADYLBIAEi0SABotEgBoLRIA2i0SABQuEgAcLhIAai4SABkvEgBISBIAHi8SAGwvEgAgLxIAnJcPADIvEgAmjRIAdi8SALwgDAAeMBIAciYMACwyEgBKPQwAOzISAHIyEgDQMhIAQjkMAC0zEgCYOQwAdzQSAAxJDADaNRIAzlQMAPI1EgA+Zg4ALDYSAHo2EgCYNhIAJFUMAEI3EgB8NxIAhDcSANI3EgA2OBIAKlgMAPA4EgAwWwwAnDkSAIxeDACeOhIA2DoSAOA6EgAuOxIAoDsSANo7EgDiOxIAMDwSAJQ8EgCkagwATj0SAIg9EgCQPRIA3j0SAEI+EgBacAwAUj8SAIw/EgCUPxIA4j8SAEZAEgC+dwwAAEESAMR6DACsQRIAIH4MAEZDEgBORQ8AnEMSAKRFDwAGRBIAQEQSAEhEEgCWRBIADEUSAJCLDACgRRIAEMwMAE5HEgCyqBIAUEgSAEbrDgBkSBIAutcSAHZIEgCeSBIApkgSAFAdEADMSBIAnhcPACJJEgBKSRIAo0kSAPbKEgASShIATEoSAFRKEgCiShIABEsSAGykDABqSxIApEsSAKxLEgD6SxIAXEwSAGRODgC8TBIAINQMAAROEgAWUg4ACk4SAICuDABuThIAMLEMAF5PEgCsTxIAu08SAEK8DQAKUBIAdAoTAGlREgCYugwAc1ESAEC5DABoUhIASr4MACRTEgBeUxIAZlMSALRTEgATVRIAXMcMACZXEgAo2AwAxFcSAOzkDAAgWRIAtvQMACBaEgC89wwAcVsSAOg6DgB0WxIAIAEOAHhbEgAmAg0AflsSAFxKDgAiXBIAcFwSAHpcEgAwBw0Ajl0SAMhdEgDQXRIAHl4SAMxeEgBKFA0AJV8SAPwXDQAsYRIAaCMNAIJhEgDQYRIA3GESAMQmDQCIYhIAICoNADBjEgB+YxIAlWMSAIAvDQCKaBIAtkoNADlpEgBqTw0Al2sSAPZqDQBMbBIAkGwSAEltEgDCew0ATG0SAGp6DQBMbhIAHH4NAPZuEgAefw0ATm8SACSCDQAPcBIAQnASAGBwEgCAhQ0AvHASAOKLDQBScRIAOIwNAKZzEgD0cxIA9nMSAKaYDQBPdBIAUpkNAFZ0EgACnA0AFHYSAE52EgBWdhIApHYSAK52EgDMqw0AbHcSAKZ3EgCudxIA/HcSAAt4EgDitg0AWHgSAD66DQAEeRIAnr8NALB5EgD+xA0Ar3oSAMDQDQBbexIAFtENAGR7EgBMGQ8ADHwSAHTVDQBifBIAsHwSABR9EgAk2A0Aan0SAN7fDQC8fhIACn8SAA1/EgA64w0Awn8SAJTlDQAUgBIAYoASAGWAEgCY5w0AGoESAEjqDQBsgRIAuoESAL2BEgBM7A0AcoISAFLvDQDEghIAEoMSAByDEgCo7w0AcIMSAL6DEgDBgxIAqvANAHKEEgCw8w0AyIQSABaFEgAZhRIACPUNAMqFEgAYhhIAG4YSABD5DQDMhhIAGocSAB2HEgAY/Q0A0ocSAMoADgDQiBIAKgYOAPCIEgDa5xIAOokSAIIHDgDNiRIAIIoSAM+KEgDcCQ4A1ooSADYMDgCGjBIAQhIOAIiMEgBopg4ALo0SAHyNEgDXjhIAggkPANyOEgCCkBIANo8SAFwfDgCSkBIAtCAOAOiQEgAOIw4AOpESABAkDgCgkRIA2pESADeSEgDcNA4AOpISAEI9DgA/khIAvCQOAEuSEgAmLw4A7pQSANozDgCalRIA5jkOAPCWEgCG4A4ADpcSAGLWEgAnlxIAeIUPAEKXEgCQlxIAk5cSAEQ+DgD2lxIA8j8OAEiYEgD0QA4AmpgSAOiYEgDymBIASkEOAJmaEgAARw4AoJoSAARJDgBFmxIABkoOAMWcEgC4TQ4ATp0SABRRDgDmnhIAzOASAF+fEgBaoQ8AoZ8SAOZkDgAEoRIARmoOAFahEgCkoRIAvaESAJ5rDgD9oRIAUKISAMqiEgBScA4AdqMSAFRxDgAipBIArHIOALKkEgAApRIACqUSAF52DgCtpRIABkwPAL2mEgAafw4At6gSACyIDgCmqRIAtKkSAPypEgAKqhIAZqwSAEyYDgBwrBIAsJ8OACSvEgAYqQ4AeK8SABqqDgDIrxIAxqoOABmwEgAerA4AG7ESAHiuDgAishIAcLISAM6yEgAcsxIAybMSAIi2DgAmtBIAdLQSANK0EgAgtRIAz7USAJS8DgCAthIAzrYSACy3EgB6txIAhLgSAPTBDgDeuBIATMMOAIa5EgDUuRIA5LkSAKTEDgCjuhIA1roSAIu7EgBYyQ4A5LsSAAjMDgBSvBIAhLwSAKa/EgDg4g4AVMESAEDoDgAAwhIAmOkOAKzCEgDw6g4AQcUSAHIBDwD6xhIALAkPAPHHEgCIDA8AqskSAEIUDwBTyhIA8hYPAM/MEgCqHQ8A/cwSAFgfDwBYzRIApvgSAK/NEgAIIg8Ass0SAAwkDwD/zRIAUs4SAG7OEgCozhIAAc8SAFTPEgBwzxIAqs8SAAjQEgBW0BIAYNASAGIkDwC00BIA9B8TAAjREgBsKQ8AEtISAMotDwBd0hIAejAPALjSEgD8+BIAx9MSALChDwBq1BIAkjwPACDYEgD4GxAActkSAMRVDwBt2hIAYk8PACLbEgBkUA8AIt0SAHDdEgB63RIAIFkPACreEgDQWw8AFOESACLhEgBq4RIAeOESAMDhEgDO4RIAFuISACTiEgBs4hIAeuISAMLiEgDQ4hIAiOMSAOBjDwDu4xIANmQPAH/kEgCOZQ8A8OQSADpmDwCJ5RIAkmcPAPLlEgAs5hIAnuYSANjmEgA85xIA7moPAALoEgAw6BIAWOgSAIboEgCu6BIA3OgSAATpEgAy6RIAOekSAMJ/DwCQ6RIA3ukSAOPpEgCgbg8AOesSALR4DwCa7BIAEn0PAD3tEgCQ7RIADu4SADzuEgBk7hIAku4SALruEgDo7hIAEO8SAD7vEgBm7xIAlO8SAGjwEgCW8BIAvvASAOzwEgAU8RIAQvESAGrxEgCY8RIAwPESAO7xEgCm8hIA8MMQAKryEgBCwhAAo/MSACaHDwAA9BIANI4PAL30EgD09BIAafUSAKCZDwCp9RIA/p0PABX2EgBM9hIAAPcSAE73EgBe9xIAAqAPALD3EgAEoQ8AD/gSAA6oEABh/BIAfN0PALr8EgAo3g8AuP0SAPbvDwBk/hIArvYPABD/EgC8/Q8AvP8SAHIDEABoABMA1goQABQBEwCKDxAAwAETAD4UEABsAhMA9hoQABwDEwD6HBAAgAMTALwDEwDEAxMAEgQTAMwHEwAaCBMAOAgTABwuEAB+CxMArkwQAOoLEwC2UBAAlgwTABZWEAAwDRMAcFgQAIINEwAgWxAA1w0TANBdEAArDhMA2GEQAIwOEwDcYxAA7g4TACgPEwCADxMA9nAQAOAPEwCkchAAPxATAFR1EACIEBMAYHsQAEgREwC+fxAAmBUTAD6VEABIFxMAWKIQAJoXEwBaoxAA7BcTADoYEwA+GBMAsKMQAJgYEwDmGBMARBkTAJIZEwBGGhMAlBoTAPYaEwB4shAASBsTAJYbEwCaGxMAzrIQAMMcEwAyuhAAox0TAETDEADzHRMARh4TAG4eEwCcHhMA9R4TAEgfEwBwHxMAnh8TAAsgEwBIxRAAoiATAKLHEAAAIRMApMgQAFQhEwCiIRMAsiETAKbJEAABIhMAqMoQAFEiEwCkIhMABCMTAALNEABgIxMABM4QAGAkEwAa2RAACiUTACjgEABcJRMAqiUTALolEwB+4BAAWiYTADDkEAC8JhMAiOUQABAnEwCK5hAAYCcTADbnEACxJxMABCgTAA==","fail":"AAAAAAAAAABmiQAA3MYBAFrZAACwOwcA0kICAHwjCABkCwIAWsYMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIA5rYMAEQ0CQAqlgAAcg4AAGQLAgB4KQwAzikMACQqDAB6KgwA6iMCAB5WDgB0Vg4AeO4DAAAAAACwOwcA0kICANJCAgBaiQMAqC0CAP4tAgBWHA4AkmUOALbgAgAM4QIANBwBACzMBQCcbA8AWokDAGQLAgDGwwUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAFrGDAAAvAgA0kICADpMAgAA4QUAIvYHAAAAAACwOwcAZAsCABjOCwBuFAQAVi8CANzWCQA6IQIAZokAAGo5AgCw9w8ABvgPALy4AgBOJwAAZAsCAK5tCwAEbgsAkkkAAIR3BQAqlgAAgJYAACTCAgBkGwoAuhsKAGQLAgDmtgwARDQJACqWAAByDgAAZAsCAHgpDADOKQwAJCoMAHoqDACy6AcADPUMAFYAAABWAAAASmQKANJCAgCSSQAAZAsCALLoBwAqwwEAAAAAACqWAAB6VQwA4l4MAOgeAACGGAAAfCMIANIjCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwDs4AoAiBkAAG7OCwDsEQ4AWAEAAK4BAAAEAgAAWgIAALACAACy6AcADPUMAFYAAABWAAAAkqEBADhPBAAqlgAAZLMAANJCAgAoQwIAdMcGAGQLAgBaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAACqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAOE8EAI5PBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBABj5CwAyMQwAiDEMAHgpDADOKQwAJCoMAHoqDADqIwIABG4LAEJQAgAOxQkAZMUJALrFCQB8IwgAZAsCAFBxDwAizwkAZAsCAFYcDgD8HRAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAANzWCQCWjgwAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAKq9CQAAvgkAAAAAAMqQAAAqlgAAcg4AABSPAgAQHgsAfCMIAGQLAgCy6AcAYjEAALgxAAAOMgAAZDIAAOblDgA6IQIAZokAANzGAQDoHgAAfCMIAGQLAgBaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAHgpDADOKQwAMhkAAIgZAABuzgsA7BEOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgCYFA8A7hQPABjOCwCQSgEA5koBACTCAgDMkwEAfCMIACxfDwAYzgsAbs4LAOwRDgBYAQAArgEAAAQCAABaAgAA5uUOADohAgBmiQAA3MYBAOgeAAB8IwgAZAsCAFrGDACQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAeCkMAM4pDAAyGQAAiBkAAG7OCwDsEQ4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAJgUDwDuFA8AGM4LAJBKAQDmSgEAJMICAMyTAQB8IwgALF8PAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAAOblDgByDgAA6B4AAD4fAACUHwAA6h8AAEAgAADm5Q4ATicAABBFCQDSQgIAdFIMABSPAgDm5Q4ANBwBADAoCAByDgAAKsMBAD51AAACxw0AeNEKAKKWDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAGM4LAG7OCwDsEQ4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgAGog8AWsYMAB6cBgCy6AcAKDIPAIR3BQDadwUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgDmtgwALF8PAIYYAADyVAMAKpYAAHwjCABkCwIAugsCAKjCDADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgBixgoA3BgAAFrZAACGGAAAZAsCAOa2DADSIwgAGtcPAHDXDwA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAHwjCAAsXw8AhhgAAPJUAwAqlgAAfCMIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAAAi9gcAVi8CAHwjCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQA4TwQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAqr0JAAC+CQCSSQAAhHcFANp3BQAqlgAAJMICAHrCAgDQwgIAZAsCABj5CwAyMQwAiDEMAHgpDADOKQwAJCoMAHoqDAASpA0AALwIAFa8CADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAFrxDABWAAAAVgAAAEpkCgDSQgIAkkkAABAeCwB8IwgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQCajgsAAAAAAJKhAQA4TwQAKpYAAIYYAACSSQAAZAsCAOa2DABENAkAKpYAAHIOAABkCwIAeCkMAM4pDAAkKgwAeioMALLoBwAM9QwAVgAAAFYAAABKZAoA0kICAJJJAABkCwIAWsYMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgD4tQcAZosBAJIPDgBkCwIAqr0JAAC+CQAAAAAAypAAACqWAAByDgAAFI8CABAeCwB8IwgAZAsCADohAgBaiQMAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAjFIGAGSzAACExwIAnFICAIxSBgCwOwcAIs8JAGQLAgAYzgsAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAFrGDACQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAKq9CQAAvgkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAPKLCQAizwkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAxsMFAITHAgDaxwIAMMgCAERnDQCaZw0A8GcNAFrZAADMkwEABjoGAOhJAAC69gwApuYJAJJJAABkCwIAWsYMAJxsDwBaiQMAZAsCABjOCwBuzgsA7BEOAFgBAACuAQAABAIAAFoCAACwAgAAxsMFABzEBQByxAUATicAABBFCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgDGwwUAurMAABC0AABmtAAAvLQAABK1AABotQAAsugHAOgeAACGGAAAkkkAAGQLAgBaxgwAkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAeCkMAM4pDAAyGQAAiBkAAG7OCwDsEQ4AWAEAAK4BAAAEAgAAWgIAALACAAAY+QsAMjEMAIgxDACy6AcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQCGzAQAWsYMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgAOxQkAZMUJALrFCQAQxgkAZsYJALzGCQBaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABAeCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAMCgIAEjcBgAacwgAZokAAJxsDwDyVAMAeO4DADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAALA7BwAizwkAfBcCANIXAgByDgAA6B4AAEjcBgBGsAYAnLAGACpeDwAGOgYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAOiUEAJAlBADmJQQAPCYEAJImBADoJgQAPicEAJQnBADqJwQAjLQMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAWsYMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgDWNRAAcg4AAOgeAAB8IwgAZAsCAOblDgBYIRAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgCYFA8A7hQPAKq9CQAAvgkAVr4JAKy+CQACvwkAWL8JAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgBaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAMCgIAEjcBgAacwgAZokAAJxsDwDyVAMAeO4DAJJJAABWLwIAZokAAAC8CABWvAgA6KEBAFrZAAAqlgAAfCMIAGQLAgDm5Q4A0kICAPKLCQA6IQIAZokAADohAgCSoQEAnOkNAPLpDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQAsXw8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAACMUgYAsDsHAGQLAgAAAAAAAAAAAAAAAACGzAQAqr0JAAC+CQAA4QUA3MYBAMgOAAAizwkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAIQCCwDaAgsAMAMLABjOCwBuzgsA7BEOAFgBAACuAQAABAIAAFoCAACwAgAAeCkMAM4pDAAkKgwAeioMABKkDQAAvAgAVrwIAOihAQBa2QAAKpYAAHwjCACGGAAA3BgAADIZAABaxgwAcoAOABKKAABoigAAvooAABSLAABqiwAAVhwOAJJlDgBWGg0AVhwOAPwdEADMkwEAeO4DAM7uAwAkwgIA3NYJALr2DAByDgAAFI8CAFrZAADMkwEABjoGAOhJAABkCwIAqr0JAChDAgA6IQIAOiECAMyTAQAGOgYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgAYzgsAkqEBAJzpDQDy6Q0A3MYBAOgeAADGwwUAGnMIAHBzCADGcwgAHHQIAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAwHAIAOgeAADwEw4AkkkAAIxSBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQA40AQAjtAEAOTQBABaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABAeCwBWHA4AkmUOALA7BwB8IwgALF8PAH4FDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAACL2BwBkCwIAxsMFANJCAgA6TAIAyvAFACxfDwCGGAAAkkkAAIxSBgBmiQAAALwIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICADhPBAB8IwgA0iMIALyJAAASigAAaIoAAL6KAAAUiwAAaHsOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgCK1ggAypAAANJCAgA6TAIAyvAFAEQ0CQAqlgAAcg4AAGp8DgDcGAAA3kYBADQcAQAszAUAnFICAGSzAAB8IwgALF8PAIYYAADyVAMAKpYAAAAAAACwOwcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAqMIMANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAKjCDADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgBaxgwAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAZBsKALobCgB0UgwAgpkBALA7BwAizwkAzJMBACKUAQDyVAMA2EkEAGDeAQA0HAEAZAsCALLoBwAM9QwAVgAAAFYAAABKZAoA0kICAJJJAAAQHgsAfCMIAGQLAgBaxgwAJLEPAMyTAQBkCwIAJMICAGQbCgC6GwoAdFIMAIKZAQCwOwcAIs8JAGQLAgAY+QsAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgCqvQkA8osJAKbmCQCSSQAAjFIGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAACMUgYAsDsHACLPCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQCc6Q0ACgsDANQaAwAG7goA5o8OADyQDgCSkA4A6JAOAD6RDgCUkQ4A6pEOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQAsXw8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAJxsDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgAqXg8AgF4PAMgOAAAizwkATicAAI7KAQDkygEAECAMAGYgDADKkAAAkqEBAJJJAACMUgYAVgAAAJKhAQCc6Q0AjDsQAI7KAQDkygEAECAMAGYgDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAK5tCwAeVg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgCubQsAHlYOABINAgBoDQIAvg0CABQOAgBqDgIAcnoLAJKhAQCc6Q0AjDsQAOI7EAA4PBAAYM0OANQFDgBkCwIAqr0JACpeDwDoPhAAPj8QAJQ/EAByegsAyHoLALoLAgAQDAIAZgwCALwMAgAAAAAAfgUOAGQLAgCqvQkAKl4PAOg+EAA+PxAAlD8QAHJ6CwDIegsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAhswEAJBmDwDmZg8APGcPAJJnDwDoZw8AAAAAAMqQAAAgkQAA8lQDAAY6BgBqOQIA2AsQAHwjCABsZQIAypAAACCRAADyVAMABjoGAGo5AgBAFRAA0kICAChDAgB0xwYAMCgIAFrZAACwOwcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAABQcCQBI3AYAkkkAABAeCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAVhwOAJJlDgBWGg0AOiECAAaiDwAAAAAAWsYMAJZpDwDsaQ8AQmoPAJhqDwDuag8ARGsPAJprDwCubQsAdoQPAMyEDwAihQ8ACgsDAAAAAACwOwcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAyvAFAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgBgzQ4A1AUOAK5tCwAAAAAAkqEBAAAAAADKkAAAZokAAAC8CAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIAmBQPAGQLAgCubQsAAAAAAMqQAABmiQAA3NYJALr2DACm5gkA/OYJAFLnCQCo5wkAOiECAP7nCQBU6AkAqugJADohAgDGwwUAHMQFAHLEBQBo/A4AvvwOABT9DgDGwwUAHMQFAHLEBQBo/A4AvvwOABT9DgBmiQAAnGwPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAAAQHgsAegENANABDQBqOQIAspwMAAidDABaiQMAkkkAABAeCwB6AQ0A0AENAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAACEdwUAeNUMAH5DAgDUQwIAKkQCAJJJAADoSQAAVB8QAKofEAAAIBAAAAAAANJCAgA6TAIAntIBAOj/BQBI3AYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgAITQ8A6EkAAFQfEACqHxAAsDsHAGo5AgB0PgIA6EkAAFQfEACqHxAAACAQAAAAAABmiQAAzJMBAHjuAwDoHgAAelUMANBVDAAmVgwAfFYMANJWDABqOQIAdD4CAOhJAABUHxAAqh8QAAAgEABqOQIAdD4CAOhJAABUHxAAqh8QAFqJAwBWAAAAFBwJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAAdMcGADAoCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAACEdwUA2ncFADohAgCQIQIA5iECABAeCwAqlgAAgJYAANTrAAB87gIANBwBADAoCACSSQAA6EkAALr2DAB8IwgALF8PAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAEpkCgDMkwEAIpQBACJtAwB4bQMA9pMMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIAfCMIACxfDwCqVwEAdtwQAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAPKLCQB8IwgAvJsJACTCAgDMkwEAeO4DAIKZAQCwOwcAIs8JACqWAACAlgAA1OsAAHzuAgA6IQIAjOENAKbmCQAgkQAAKsUCAJKhAQDooQEAhIMLANqDCwAwhAsAnOkNAICWAADU6wAAfO4CAJxsDwB8FwIAeNEKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAMCgIAIYYAACSSQAAEB4LAPaTDADU6wAAfO4CALA7BwCm5gkAkkkAAHhAAgBOJwAAOiECAIzhDQCm5gkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAEB4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBENAkABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEjcBgBGsAYAnLAGAHRSDACCmQEAsDsHACLPCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCALA7BwAkwgIAZBsKALobCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAIxSBgDiUgYALkoEAJKhAQCc6Q0ANBwBADAoCACGGAAAkkkAABAeCwB8IwgALF8PAICWAADU6wAAfO4CAHIOAABa8QwAVgAAAFYAAABKZAoA0kICAJJJAAAQHgsAfCMIAEQ0CQAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQCc6Q0AfBcCALIZCwAAvAgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIABqIPAICWAABOJwAAqMIMANJCAgA0HAEALMwFAJxSAgAQHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACLPCQBkswAARrAGAJywBgDysAYASLEGAJ6xBgD0sQYANBwBAIocAQCajgsAvJsJANCCDQAQRQkAZLMAAITHAgCcUgIAjFIGALA7BwAizwkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAAC8CADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgB8IwgALF8PAE4nAAAQRQkAIIIOACqWAAB8IwgAZokAAAC8CABWvAgArLwIAFYcDgCSZQ4AVhoNAFrGDAAenAYANBwBADAoCACGKAgAOiECAAaiDwCAlgAAZAsCALoLAgDWNRAAIJEAAMSlDACSSQAAjFIGALA7BwAizwkAEB4LAGYeCwC8HgsAkkkAAGQLAgBWHA4AkmUOAFYaDQCqvQkAAL4JAADhBQAi9gcAZAsCABjOCwCQSgEA5koBAH6GDgDUhg4AKocOAICHDgDWhw4AWsYMAJZpDwDsaQ8AgpkBANiZAQAumgEAZAsCABjOCwCQSgEA5koBAH6GDgDUhg4AKocOAICHDgDWhw4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIA6mQNAEBlDQCWZQ0A7GUNAEJmDQCYZg0AsDsHAGQLAgC6CwIApCcAAFrZAABkCwIAWsYMALDGDADkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAFYcDgCSZQ4AVhoNALoLAgDWNRAAIJEAAMSlDACSSQAAjFIGALA7BwAizwkAnGwPAIYYAADcGAAA3kYBAJQjAgCqvQkAAL4JAMrwBQAsXw8ASNwGALqzAACigAIAjnYCADpMAgDyiwkAfMEBAFYcDgDGwwUAWokDAKK/DAD4vwwATsAMAKTADAAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAIxSBgCwOwcAIs8JACqWAACAlgAA1OsAAHzuAgCcZAsAEEUJACCCDgDGZwIAZAsCALLoBwDU7wIANBwBADohAgCM4Q0AzJMBADqiAgBmiQAAnFICAIxSBgCwOwcAIs8JAGQLAgCubQsAdoQPAMyEDwAihQ8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIAGPkLAG75CwDGVg8AHFcPAHJXDwDIVw8ArtoBAJxSAgCMUgYAOiECAJKhAQCc6Q0AVhwOAOBJAgA2SgIAjEoCAMbDBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIAxsMFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAAVhwOAJJlDgC24AIADOECADQcAQAszAUAnGwPAHgpDADOKQwAJCoMAHoqDADqIwIABG4LAFpuCwCm5gkAfBcCADQcAQBotwEAeO4DACrDAQCCmQEAIpQBAHwXAgBkCwIAqr0JAAC+CQCSSQAAypAAANJCAgDmtgwALF8PAEjcBgC6swAAooACAI52AgA6TAIAyvAFAGQLAgBaxgwAnGwPAHwjCABkCwIAeCkMAM4pDAAkKgwAeioMAMqQAAByDgAA6B4AABj5CwBu+QsAeJQBAM6UAQAklQEAepUBANCVAQBesgEAUHEPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADYSQQALkoEAIRKBADaSgQAMEsEAIZLBAB8IwgAZAsCAFrGDACcbA8AfCMIAGQLAgB4KQwAzikMACQqDAB6KgwAypAAAHIOAADoHgAAsugHANTvAgAq8AIAgPACANbwAgAs8QIA+JYNAE6XDQCklw0A+pcNAFCYDQCcbA8A8lQDAGSzAAAKCwMACvAKAATvCwBa7wsAsO8LAAbwCwBc8AsAsvALAEwZDwB2hA8AzIQPACKFDwBkCwIAUHEPAKbmCQCSSQAAZAsCAFBxDwBOJwAAZAsCADohAgCM4Q0ApuYJACCRAAAqxQIAqr0JAChDAgA0dAIAinQCACL2BwB8IwgAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAUHEPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBALLoBwAM9QwAYvUMALj1DACEdwUAeNUMAM7VDADMowkAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAUHEPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAUHEPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBAOa2DAA8twwAJMICAMyTAQB8IwgALF8PAFrZAADMkwEABjoGAOhJAABkCwIAUHEPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCABjOCwBKZAoAzJMBACKUAQAibQMAeG0DAPaTDABkCwIA5rYMACxfDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CAFrGDACWaQ8A7GkPAIKZAQDYmQEALpoBADQcAQAwKAgAhhgAAJJJAABkCwIAVhwOAJJlDgBWGg0Arm0LAARuCwCSSQAAhHcFAFqJAwBkCwIAGPkLAG75CwDE+QsAeCkMAPJUAwBIVQMAnlUDADQcAQAszAUAkqEBADhPBABkswAAKpYAADohAgCM4Q0ApuYJACCRAAAqxQIAcg4AAGQLAgBQcQ8ApuYJAJJJAABkCwIAUHEPAE4nAABkCwIAqr0JAChDAgA0dAIAinQCAJJJAAAQHgsAfBcCAHjRCgCAlgAAZAsCAOa2DAA8twwAJMICAMyTAQB8IwgALF8PADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIAfCMIAGQLAgBaxgwAnFICACASAQB2EgEAhMcCANrHAgAwyAIARGcNAJpnDQDwZw0ARmgNAJxoDQDyaA0ASGkNAJ5pDQD0aQ0ASmoNAKBqDQD2ag0ATGsNAKJrDQD4aw0ATmwNAKRsDQD6bA0AUG0NAKZtDQD8bQ0AUm4NAKhuDQD+bg0AVG8NAKpvDQAAcA0AVnANAKxwDQACcQ0AWHENAK5xDQAEcg0AWnINALByDQAGcw0AXHMNAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAACwOwcApuYJAGQLAgDwuwwARrwMACTCAgBkGwoAWsYMAJxsDwDybA8ASG0PAJ5tDwD0bQ8ASm4PABj5CwBu+QsAxPkLAFqJAwCwiQMABooDANJCAgBkCwIAsugHAAjpBwBe6QcAtOkHAArqBwDU7wIAKvACAIDwAgDW8AIAxsMFABzEBQCSDw4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIAGPkLADIxDACIMQwAeCkMAM4pDAAyGQAAiBkAAG7OCwCOdgIAKEMCAHTHBgAwKAgAkkkAABAeCwD2kwwAZAsCADohAgCQIQIA5iECADwiAgAYzgsAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAyvAFAGQLAgCy6AcAKDIPAH4yDwCcUgIAEB4LAGYeCwAwKAgAhhgAAJJJAABkCwIA5rYMANIjCAAa1w8AcNcPADohAgBmiQAA3MYBAOgeAACy6AcA1O8CAHZ+DADMfgwAIn8MAHh/DABkCwIAGPkLADIxDACIMQwAsugHACgyDwB+Mg8AjnYCAJJJAACMUgYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAACMUgYAIpQBAHwXAgBkCwIA5rYMAEQ0CQBa2QAAGPkLAG75CwDE+QsAqr0JAAC+CQBiiwIAntwGACTCAgBkGwoAuhsKAFqJAwBkCwIANBwBAIocAQCajgsAZokAACL2BwC8mwkAIpQBAHwXAgBkCwIAqr0JAAC+CQDK8AUAIPEFAHbxBQAmSgYAGPkLADIxDACIMQwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwBWHA4A/B0QAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAADwEw4AZAsCABj5CwBu+QsAxPkLADQcAQAwKAgAhigIAIocAQDSQgIAGPkLADIxDACIMQwAGPkLAG75CwDE+QsAiAYMAN4GDAA0BwwAGM4LAJBKAQDmSgEAoOkMAPbpDABM6gwAouoMAGQLAgBQcQ8ATicAAGQLAgCy6AcAKDIPAH4yDwCOdgIAkkkAAIxSBgAilAEAfBcCAGQLAgDKkAAAeM8JAM7PCQAk0AkAetAJANDQCQAm0QkAfNEJANLRCQBWHA4AkmUOAFYaDQCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAWsYMAJxSAgBQcQ8AIs8JAGQLAgCy6AcAyA4AAEBdCQCWXQkA7F0JAEJeCQBkCwIAVgAAAJJJAACMUgYAIpQBAHwXAgBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAMqkCgAgpQoAUHEPACLPCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgDmtgwARDQJADQcAQAszAUAzJMBACKUAQBkCwIAsugHAMgOAABAXQkAll0JAOxdCQBCXgkAZAsCAKbmCQD85gkAUucJAKjnCQD+5wkAVOgJAKroCQAA6QkAVukJAKzpCQAC6gkAWOoJAK7qCQAE6wkAWusJALDrCQAG7AkAXOwJALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAAoLAwByDgAAZAsCAFYcDgD8HRAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAQkwAAJhMAADuTAAABO8LAFrvCwAKyw0AYMsNALbLDQAMzA0AYswNAFBxDwAizwkAZAsCAPC7DAC69gwAcg4AAJKhAQDooQEAhIMLANqDCwAwhAsAMMgCAAAAAACSoQEAcg4AABSPAgBqjwIAnFICABAeCwB8wQEAAAAAAAAAAAAAAAAAAAAAAAAAAABI/wIAnv8CAHzBAQAAAAAASP8CAJ7/AgBUBQMAHMQFABYjDABsIwwAwiMMABgkDABuJAwAxCQMABolDABwJQwAwugDABjpAwBu6QMAxOkDABrqAwBw6gMAxuoDABzrAwBy6wMAyOsDAB7sAwB07AMAyuwDACDtAwB27QMAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAQNIDAJbSAwDs0gMAQtMDAJjTAwDu0wMARNQDAJrUAwDg2goANtsKAIzbCgDi2woAONwKAI7cCgDk3AoAOt0KAJDdCgDm3QoAPN4KAJLeCgDo3goAPt8KAJTfCgDq3woAQOAKAHwXAgAKCwMAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADADohAgBmiQAAcg4AADj5AwCO+QMAnOkNAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBCvA0AmLwNAO68DQBEvQ0Amr0NAPC9DQBGvg0AnL4NAPK+DQBIvw0APtEDAJTRAwC6CwIAEAwCAGYMAgC8DAIABEkOAI7QBADk0AQAOtEEAJDRBADm0QQAPNIEAJLSBADo0gQArm0LAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAANzWCQDMkwEAOqICAJzpDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFAHbGBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgDU7wIAKvACAGSzAABWAAAAbhQEAGo5AgD48A8ATvEPAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAsPcPAITHAgDI6QIAHuoCAHTqAgDK6gIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAIYYAADcGAAAWtkAACqWAACAlgAA1OsAAHzuAgAG+A8AvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwB8IwgARDQJACqWAAByDgAAanwOANwYAADeRgEAEB4LAKpXAQCm7AwAeO4DABSPAgAQHgsA9pMMANTrAAB87gIAukYKAMbDBQCExwIA2scCADDIAgCGyAIAugsCABAMAgBmDAIAvAwCADQcAQBWAAAASmQKANJCAgCSSQAAEB4LAPaTDADU6wAAfO4CAJKhAQA4TwQAjk8EAFYAAADSPgAAajkCANgLEADMkwEAOiECACrNBgAoQwIAjnYCAFqJAwBkCwIAeCkMAM4pDAAkKgwAeioMAJKhAQDooQEAXrYDALS2AwAsXw8AfCMIAAoLAwBenQwABjwHAFw8BwCyPAcAZAsCALLoBwBCJQIAZokAAI52AgA6TAIAyvAFAGQLAgBQcQ8AOiECAJ7SAQDo/wUASNwGAJJJAABkCwIAugsCABBFCQBmRQkAcBMDAMYTAwDs4AoAiBkAANI+AABkCwIAWtkAALDZAAAoQwIAJLEPAHqxDwAUHAkAahwJAGQLAgBaxgwAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgAY+QsA2EkEAC5KBACSoQEAnOkNADQcAQAwKAgAhhgAAJJJAABmiQAAnFICAIxSBgCwOwcAIs8JAAoLAwCSoQEAOE8EAI5PBABWAAAA0j4AAGQLAgCSoQEAOE8EAI5PBADkTwQAOlAEAJBQBADmUAQAPFEEAJJRBADoUQQAPlIEAJRSBADQKgwAJisMAHwrDADSKwwAZAsCAJKhAQA4TwQAjk8EAORPBAA6UAQAkFAEAOZQBAA8UQQAklEEAOhRBAA+UgQAlFIEANAqDAAmKwwAfCsMANIrDACQSgEA5koBAH6GDgDUhg4AKocOAJKhAQBaiQMAZLMAAGaLAQC8uAIATicAABBFCQB8FwIAypAAANJCAgA6TAIAyvAFAAoLAwA6JQQAoL4MAPa+DABMvwwAqrMEAAC0BABWtAQArLQEAAK1BABYtQQArrUEAAS2BAAYzgsAIhkEANTvAgBkswAAZosBAAY8BwCiwQ0AZg4DALwOAwASDwMAaA8DAL4PAwAUEAMAjPYCAOL2AgA49wIAjvcCAOT3AgBaxgwAHpwGABjOCwBKZAoAcg4AABSPAgB8FwIA0kICADpMAgByDgAAOPkDAI75AwBaEggA5rYMANJCAgAqXg8AJMICAGQbCgC6GwoAqC0CAP4tAgBWHA4AhHcFANp3BQAqlgAAfCMIAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAKCwMAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAD7RAwDASQoAFkoKAGxKCgCOUwYA5FMGADpUBgAaTAoAtpoKAAybCgASDQIAzJMBANJCAgA6TAIAIBIBAM6FDwBkCwIAxsMFANJCAgA6TAIAAOEFAJxSAgAQHgsAWsYMAB6cBgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAPC7DAC69gwAcg4AABSPAgCSoQEA6KEBAISDCwDagwsAMIQLANzWCQC69gwAcg4AABSPAgBkCwIAWsYMAJxsDwB8IwgAZAsCABjOCwBKZAoA0kICAJJJAAAAAAAAAAAAAAAAAABqOQIAAAAAAGo5AgAAAAAAajkCAAAAAABkCwIAWsYMAJxsDwB8IwgAZAsCABjOCwBKZAoA0kICAJJJAACmHRAAAAAAAGQLAgBaxgwAnGwPAHwjCABkCwIAGM4LAEpkCgDSQgIAkkkAAJKhAQDooQEAXrYDALS2AwAKtwMAYLcDALa3AwAMuAMAVhwOAPwdEAA+SgAAIBIBAFYAAABKZAoAcg4AABSPAgB8FwIA0kICADpMAgByDgAAOPkDAI75AwAgEgEADGQEAFrGDABygA4AzKMJACKkCQB4pAkAzqQJAKq9CQAAvgkAYosCAJ7cBgDSQgIAfCMIAGQLAgBaxgwAIvYHAHj2BwDO9gcAJPcHABAeCwD2kwwAajkCAGQLAgA0HAEAaLcBAHjuAwAqwwEAgpkBACKUAQB8FwIAZAsCAFrGDAAenAYAfBcCAHjRCgA0HAEAZAsCABj5CwAGOgYAXDoGAOa2DAAsXw8Agl8PABQcCQCsdA8AAnUPAHIOAABkCwIAUHEPACLPCQAAAAAAAAAAAAoLAwDUGgMABu4KAFzuCgCy7goACO8KAK5tCwB2hA8AzIQPACKFDwBWHA4AkmUOAFYaDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQCaYwsA8GMLAEZkCwDc1gkAuvYMAHIOAAAUjwIArBwOAPaTDABMlAwAopQMAPiUDABOlQwApJUMAPqVDABQlgwAppYMAOa2DADoaRAAKpYAAFYcDgCSZQ4AVhoNAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAMBJCgAWSgoAbEoKAI5TBgDkUwYAKl4PAAY6BgAQHgsAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFAFYvAgCsLwIAjFIGAOJSBgA4UwYAjlMGAORTBgA6VAYAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFAHbGBQDMxgUAIscFAHjHBQDOxwUAsugHAOgeAAA+HwAAlB8AAOofAAAKCwMAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAcBMDAMYTAwDs4AoAAkQMAPKLCQCm5gkAkkkAABAeCwBWHA4AkmUOAFYaDQDwuwwAuvYMAHIOAAAqlgAAkkkAAFrZAACwOwcA0kICAGxlAgBkCwIAGPkLADIxDACIMQwAypAAACCRAADSQgIAOkwCAADhBQBW4QUArOEFAGaJAAA6IQIAkqEBAAAAAABkCwIAbGUCAD6NDAAilAEAxmcCAAoLAwAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQAqC0CAP4tAgDGwwUAhMcCAJpCEADwQhAARkMQAKKWDQBOLQMAyA4AADQcAQAwKAgAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsA3NYJAFqJAwAAAAAAAAAAAAAAAABI/wIAnv8CAHzBAQAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgBUBQMAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAKTfBgD63wYAUOAGAKbgBgD84AYAUuEGADQcAQCgWgUA9loFAExbBQCiWwUAfCMIADohAgBkCwIANBwBAIocAQCajgsA8I4LAEaPCwA0HAEAoFoFAPZaBQBMWwUAolsFAGSzAAC6swAAELQAAGa0AAC8tAAALMwFAI52AgAqXg8AZokAACL2BwA0HAEAoFoFAPZaBQBMWwUAolsFAFoSCADmtgwA0kICACpeDwAkwgIAZBsKALobCgCoLQIA/i0CAFYcDgCEdwUA2ncFACqWAAB8IwgANBwBAGDeAQAgkQAA8lQDAGSzAACExwIAnFICAIxSBgCwOwcAIs8JAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEK8DQCYvA0A3DYPADgmBQCOJgUA5CYFADonBQCQJwUA5icFADwoBQCSKAUA6CgFAD4pBQCUKQUAZAsCAJKhAQA4TwQAIpQBAGxlAgBkCwIAugsCABAMAgBmDAIAtp4MAAyfDABaxgwAIvYHAHwjCADSQgIAOkwCAHIOAAAqwwEAfgUOAET5AAB8SAUAuvYMAHIOAAAUjwIAEscJAGjHCQC+xwkAFMgJAGrICQDAyAkAFskJAGzJCQDCyQkAGMoJAFrGDACcbA8AWokDAGQLAgBQcQ8ATicAAGQLAgBWHA4A/B0QAD5KAACUSgAAVgAAABQcCQBI3AYAzJMBANItDQAQRQkAKpYAAHwjCABkCwIANBwBAKBaBQD2WgUATFsFAKJbBQBaEggA8LsMALr2DAByDgAAFI8CAPC7DAC69gwAcg4AABSPAgBkCwIA3NYJAFqJAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIbMBADczAQA1qgJACypCQCCqQkA2KkJAC6qCQCEqgkA2qoJADCrCQCGqwkA3KsJADKsCQCIrAkA3qwJADStCQCKrQkA4K0JAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAUHEPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADwiAgAZAsCAFYcDgCMUgYA4lIGADhTBgB8IwgAZAsCAFBxDwCm5gkAWokDAHIOAAA4+QMAjvkDADhPBABWLwIAcg4AADj5AwCO+QMAVi8CACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQrwNAJi8DQDuvA0ARL0NAJq9DQDwvQ0ARr4NAJy+DQDyvg0ASL8NAJ6/DQD0vw0ASsANAKDADQD2wA0ATMENAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAUHEPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADwiAgAZAsCAFYcDgCMUgYA4lIGADhTBgB8IwgAZAsCAFBxDwCm5gkAPtEDAMBJCgAWSgoAbEoKAMJKCgAYSwoAbksKAMRLCgBQcQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICABkCwIAVhwOAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQDSQgIAKl4PADqiAgDooQEAPqIBAFqJAwBWLwIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAHxGBADm5Q4AWCEQAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAF45BQC0OQUACjoFAGA6BQC2OgUADDsFAGI7BQC4OwUADjwFAGQ8BQA0HAEAoFoFAPZaBQBMWwUAolsFAAAAAAAgEgEADGQEAFrGDABygA4AzKMJACKkCQB4pAkAzqQJAKq9CQAAvgkAYosCAJ7cBgDSQgIAfCMIAGQLAgBaxgwAIvYHAHj2BwDO9gcAJPcHABAeCwD2kwwAajkCAGQLAgA0HAEAaLcBAHjuAwAqwwEAgpkBACKUAQB8FwIAZAsCAFrGDAAenAYAfBcCAHjRCgA0HAEAZAsCABj5CwAGOgYAXDoGAOa2DAAsXw8Agl8PABQcCQCsdA8AAnUPAHIOAABkCwIAUHEPACLPCQAAAAAAzoUPAIR3BQDadwUAMHgFAIZ4BQDceAUAMnkFACASAQAMZAQAWsYMAHKADgDMowkAIqQJAHikCQDOpAkAqr0JAAC+CQBiiwIAntwGANJCAgB8IwgAZAsCAFrGDAAi9gcAePYHAM72BwAk9wcAEB4LAPaTDABqOQIAZAsCADQcAQBotwEAeO4DACrDAQCCmQEAIpQBAHwXAgBkCwIAWsYMAB6cBgB8FwIAeNEKADQcAQBkCwIAGPkLAAY6BgBcOgYA5rYMACxfDwCCXw8AFBwJAKx0DwACdQ8Acg4AAGQLAgBQcQ8AIs8JAAAAAAB4KQwAzikMAAoLAwAAAAAAAAAAAAAAAAAAAAAAAAAAAKgtAgD+LQIAsugHAAjpBwBe6QcA5PkDADr6AwCQ+gMA5voDADz7AwCilg0AAAAAAAAAAAByDgAAAAAAAAAAAACGzAQAkgEHAOgBBwByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAwEkKABZKCgBsSgoAjlMGAORTBgA6VAYACgsDANwgBAAyIQQAiCEEAN4hBAA0IgQAiiIEAOAiBAA2IwQAkIUJAOaFCQA8hgkAkoYJAOiGCQCy6AcAyA4AAEBdCQCWXQkA7F0JAEJeCQBkCwIAWsYMAE4nAACSSQAAEB4LAPaTDAAilAEAfBcCAGQLAgBWHA4AkmUOAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAGMIFAG7CBQDEwgUAGsMFAHDDBQDKkAAAIJEAAPJUAwD0/QEAZAsCALLoBwDIDgAAQF0JAJZdCQDsXQkAQl4JAAoLAwBmiQAA9P0BANJCAgA6TAIAkkkAAIR3BQDadwUAKpYAAHIOAABWAAAAFBwJAGocCQDU6wAAOkwCAAAAAADKkAAAKpYAAHIOAAAUjwIAEB4LAPaTDADU6wAAfO4CAArwCgBg8AoAtvAKAFbhBQCs4QUAAuIFAFjiBQCu4gUABOMFAFrjBQCw4wUABuQFAFzkBQCy5AUACOUFAF7lBQC05QUACuYFAGDmBQC25gUADOcFAGLnBQC45wUADugFAGToBQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAGrrBQDA6wUAFuwFAGzsBQDC7AUAGO0FAGaJAAC8iQAAGnMIAHBzCAB8IwgAZAsCAFYcDgD8HRAAPkoAADQcAQAszAUAgswFAGQLAgCqvQkAAL4JAJJJAACEdwUA2ncFACqWAAByDgAAZAsCABjOCwAUpw4AahwJAGQLAgCqvQkAAL4JAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCAJKhAQA4TwQA2EkEAGi3AQAGOgYAXDoGAFrZAADc1gkAzJMBAGSzAAAacwgAZAsCABj5CwAyMQwAfCMIALybCQB47gMACgsDAGSzAACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwBOxg8A9pMMANTrAAB87gIAYjEAALqzAAAQtAAAZrQAALy0AAAStQAACgsDAGSzAACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwBOxg8A9pMMANTrAAB87gIAKpYAAHwjCAC8mwkAeO4DAGIxAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGANwgBAAyIQQAiCEEAN4hBAA0IgQAiiIEAOAiBAA2IwQAjCMEAOIjBAA4JAQAjiQEAOQkBACe0gEA9NIBAErTAQCg0wEA9tMBAIwECgDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgDmBgoAPAcKAJIHCgDoBwoAPggKAJQICgDqCAoAQAkKAJYJCgDsCQoAQgoKAJgKCgBmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAF45BQC0OQUACjoFAGA6BQC2OgUADDsFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAQrwNAJi8DQDuvA0ARL0NAJq9DQDwvQ0ARr4NAJy+DQDyvg0ASL8NAJ6/DQD0vw0ASsANAKDADQD2wA0ATMENABjOCwBq9QoAwPUKABb2CgBs9goAwvYKABj3CgBu9woAxPcKABr4CgBw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAcBMDAMYTAwDs4AoAAkQMAPKLCQCm5gkAkkkAABAeCwBWHA4AkmUOAFYaDQDwuwwAuvYMAHIOAAAK8AoAYPAKAMrwBQAg8QUAdvEFACZKBgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAWtkAACqWAACGGAAAkkkAAGQLAgBaxgwAWtkAAPwsAgCSSQAAZAsCAFrZAAD8LAIAmBQPAO4UDwB4KQwAzikMACQqDAB6KgwAGM4LAEpkCgByDgAAKsMBAIKZAQA6IQIAkqEBAJzpDQBWHA4AkmUOAFYaDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAVhwOAPwdEAA+SgAAqr0JAAC+CQDK8AUAIPEFAHbxBQAmSgYAsugHAOgeAAA+HwAAlB8AAOofAABAIAAARPkAALbJDADO7gMAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAGp0CgBu+QsAxPkLADohAgAqzQYAgM0GANbNBgAszgYAhhgAAGQLAgCy6AcAKDIPAH4yDwCcUgIAzJMBANhJBAAwKAgAsDsHAKbmCQCSSQAAEB4LAPaTDADU6wAAfO4CAACfDwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAcEwKAMZMCgAcTQoAck0KAMhNCgAeTgoAdE4KAMpOCgAgTwoAdk8KAMxPCgAiUAoAeFAKALLoBwDoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAOzgCgBC4QoAmOEKAO7hCgBE4goAmuIKALoLAgAQRQkAZkUJALxFCQBQcQ8A0kICAGQLAgDmtgwAPLcMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAfMEBAMqQAAAgkQAA8lQDAPT9AQBCvA0AmLwNAO68DQBEvQ0Amr0NAPC9DQBGvg0AnL4NAPK+DQBIvw0Anr8NAPS/DQBKwA0AoMANAPbADQBMwQ0ALNQJAK6/CQAKwwkAYMMJALbDCQAMxAkAPtEDAMBJCgAWSgoAbEoKAMJKCgAYSwoAbksKAMRLCgBQcQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICABkCwIAVhwOAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQCQVAYA5lQGADxVBgCSVQYAosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAD7RAwDASQoAFkoKAGxKCgCOUwYA5FMGAHRSDADoHgAAQi8HAJzpDQBI3AYAkkkAAIxSBgCwOwcAIs8JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYA5lQGADxVBgCSVQYAKpYAAICWAADU6wAAfO4CACgYAgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYAlA4NAOoODQBADw0Alg8NAOwPDQBCEA0AmBANAMgOAABAXQkAll0JAOxdCQBCXgkAeEACAAY8BwBcPAcAsjwHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEACgsDAOw0CgCAlgAA1OsAAHzuAgCGGAAA3BgAAKLiCAD44ggATuMIAKTjCAD64wgAUOQIAChDAgAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAFYcDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAxPsMAPi1BwBOtgcApLYHAPq2BwBQtwcAprcHAPy3BwBSuAcAWsYMAE4nAACSSQAAEB4LAPaTDACy6AcA6B4AAEIvBwCc6Q0ASNwGAJJJAACMUgYAsDsHACLPCQBkCwIArm0LAHaEDwDMhA8AIoUPAE4tAwDy4woASOQKAJ7kCgD05AoASuUKAKDlCgDYowYALqQGAISkBgDapAYAMKUGAIalBgDcpQYAMqYGAIimBgDepgYAuL4GAA6/BgBkvwYAur8GABDABgBmwAYAypAAANJCAgDSQgIAOkwCAIYYAACSSQAAZAsCAFYcDgCSZQ4ABjwHAEpkCgCSoQEA6KEBAD6iAQBaiQMACgsDAAAAAABkCwIAVhwOAOBJAgA2SgIAjEoCAKKWDQCy6AcADPUMAMyTAQAGOgYAZokAADohAgCSoQEAnOkNALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAECCBgBkCwIAugsCAKjCDAD+wgwAVMMMAFYcDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAKCwMAcBMDAMYTAwDs4AoAWsYMACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCc6Q0AsugHAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgDgtQ0ANrYNAIy2DQDSQgIA8osJAHSsDgDCZQIAgJYAAATvCwBa7wsA0kICADpMAgAA4QUAVuEFAKzhBQBmiQAAOiECAJKhAQCc6Q0AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAFqJAwAKCwMAkkkAAGSzAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAE4nAACOygEA5MoBADrLAQBkswAAZosBALy4AgCOzgMA0kICADpMAgCQTAIA1jUQAHIOAADoHgAAKNIJAH7SCQDU0gkAKtMJAIDTCQDW0wkA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGAE4tAwDIDgAAQF0JAJZdCQDsXQkAQl4JAGQLAgCubQsAdoQPAMyEDwAihQ8AosENAPjBDQCO6BAA5OgQADrpEACQ6RAA5ukQADzqEACS6hAA6OoQAD7rEACU6xAAbukDAMTpAwAa6gMAcOoDAMbqAwAc6wMAcusDAMjrAwDwuwwAuvYMAHIOAAA6IQIAKs0GAIDNBgDWzQYALM4GAILOBgB0UgwAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBmiQAATicAAGxlAgB49AYAntIBAHIOAABiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAOC1DQA2tg0AjLYNAGQLAgA0HAEALMwFAFqJAwBkCwIAeCkMAM4pDAAkKgwAeioMADohAgAGog8AWsYMACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDGwwUAHMQFABYjDABsIwwAwiMMABgkDABuJAwAxCQMABolDABwJQwAxiUMABwmDACubQsAcg4AABSPAgBqjwIAOiECAJKhAQA4TwQAeO4DAEIlAgCWjgwAEEcKAJJlDgBWGg0AGPkLAFYAAAC8iQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAOC1DQA2tg0AjLYNAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADohAgCM4Q0AsDsHAJJJAAByDgAAFI8CAIR3BQB41QwAJLEPAGQLAgC6CwIA0kICAPKLCQA0HAEAZAsCAHzBAQBE+QAACgsDABAOAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AADwuwwARrwMAJy8DADyvAwAqr0JAATvCwBa7wsAZAsCAFBxDwCm5gkAkkkAAGQLAgBQcQ8ATicAAGQLAgBaxgwAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQA6IQIAKs0GAIDNBgDWzQYALM4GAILOBgB0UgwAZAsCAFYcDgCSZQ4AVhoNAFYcDgBmiQAAALwIAGxlAgBkCwIAVhwOAJxsDwBaiQMAZAsCAFBxDwBOJwAAZAsCAFYcDgD8HRAAPkoAAJRKAADqSgAAKpYAAHwjCABkCwIAOiECACrNBgCAzQYA1s0GACzOBgCCzgYAkqEBAGaJAADcxgEAFI8CAIxSBgBkswAAcg4AAOgeAABmiQAAjnYCAGSzAAAacwgAajkCAPjwDwBO8Q8AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgCw9w8ABvgPALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAOC1DQA2tg0AjLYNAAAAAABWAAAAFBwJAKx0DwByDgAA6B4AAGaJAACOdgIAZLMAABpzCABWAAAABjICAGo5AgD48A8ATvEPAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAsPcPAAb4DwC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgDgtQ0ANrYNAIy2DQCSoQEAOE8EACTCAgDMkwEAIpQBAHwXAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAyqQKAOgeAAA+HwAA1OsAAHzuAgAKCwMAkkkAAIR3BQB41QwANHQCAHIOAABWAAAASmQKANJCAgCSSQAACgsDAJJJAACEdwUAeNUMADR0AgByDgAAVgAAAEpkCgDSQgIAkkkAAAoLAwDsNAoAgJYAANTrAAB87gIA3CAEADIhBACIIQQA3iEEADQiBACKIgQA4CIEAKiTCgCkEgsA+hILAFATCwCmEwsA/BMLAFIUCwCoFAsA/hQLAFQVCwCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwCiwQ0A+MENAE7CDQCkwg0A+sINAFDDDQCmww0A/MMNAFLEDQCoxA0A/sQNAFTFDQCqxQ0AAMYNAFbGDQCsxg0AjugQAOToEAA66RAAhhgAACASAQDOhQ8AZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQCaYwsA8GMLAEZkCwCy6AcA6B4AAD4fAACUHwAA6h8AADYjBACMIwQA4iMEADgkBACOJAQA5CQEAD7TBACU0wQA6tMEAFYvAgCsLwIAhHcFAHjVDAA0dAIAcg4AAFYAAABKZAoA0kICAJJJAABqOQIAsPcPAAb4DwC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgDgtQ0ANrYNAIy2DQDitg0AOLcNAI63DQDktw0AOrgNAJC4DQDmuA0APLkNAJK5DQDouQ0Arm0LAHaEDwDMhA8AIoUPAH7vAgCExwIAmkIQAPBCEABGQxAAnEMQAPJDEABIRBAAnkQQAPREEABijwQAuI8EAA6QBABkkAQAupAEABCRBABmkQQAvJEEABKSBABokgQAvpIEABSTBABqkwQAwJMEABaUBABslAQAwpQEABiVBABulQQAxJUEABqWBABwlgQAxpYEAByXBABylwQAyJcEAHBMCgCExwIAmkIQAPBCEABGQxAAnEMQAPJDEABIRBAAnkQQAPREEAAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQAkkkAAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGAJBUBgDmVAYAPFUGAJJVBgBwEwMAKpYAAFrZAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAOC1DQA2tg0AjLYNACLPCQDcGAAAJCgLAHooCwBmiQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwDGEwMA7OAKAFrGDAAAvAgAOE8EACTCAgBkGwoAeCkMAM4pDAAkKAsAeigLAHIOAABkCwIAugsCAKjCDAD+wgwAVMMMAKrDDAAY+QsAbvkLAMT5CwBaiQMAsIkDAAaKAwDSQgIAZAsCAMbDBQC6swAAypAAAHIOAAAUjwIAEB4LAGQLAgB4KQwAzikMACQoCwB6KAsAWsYMACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkswAAZLMAAEawBgCcsAYA8rAGAEixBgDK8AUAZAsCAFrZAADc1gkAzJMBADqiAgCc6Q0Arm0LAHIOAAAUjwIAao8CADohAgCSoQEAOE8EAHjuAwBCJQIAzJMBACKUAQB8FwIAZAsCAFrGDAAenAYAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBA0gMACOkHAF7pBwC06QcACuoHAGDqBwC26gcADOsHAGLrBwBWHA4AZLMAAFYAAAAAAAAAzJMBAFYAAABkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBWHA4A/B0QAD5KAADwuwwAuvYMAHIOAAAUjwIAVhwOAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGABpMCgC2mgoADJsKABINAgDMkwEA0kICADpMAgBQcQ8ABjwHAFw8BwCyPAcAZAsCAFYcDgBkswAAVgAAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAFrZAADMkwEABjoGAOhJAABkCwIA8LsMALr2DAByDgAAFI8CAGQLAgCSSQAAZLMAAFYAAABkCwIAGM4LAJBKAQDmSgEAJMICAMyTAQB8IwgALF8PAICWAAAKCwMAOiUEAKC+DAD2vgwATL8MAH7vAgC65gQAvIsBABKMAQAAAAAA9P0BAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AADj5AwCO+QMAWhIIALASCAAGEwgAXBMIALITCAAIFAgAXhQIALQUCACmHRAAFhEDAGSzAABWAAAAZAsCABjOCwCQSgEA5koBACTCAgDMkwEAfCMIACxfDwCAlgAACgsDADolBACgvgwA9r4MAEy/DAB+7wIAuuYEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHwjCADSIwgAJLEPAJJJAACMUgYAJMICAGQbCgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQBQcQ8A0kICAGQLAgDmtgwARDQJACqWAAByDgAAZAsCAHgpDADOKQwAJCoMAHoqDADqIwIAHlYOAHRWDgB47gMAfCMIAHIOAABkCwIAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCc6Q0AUHEPANJCAgBkCwIA5rYMAEQ0CQAqlgAAcg4AAGQLAgB4KQwAzikMACQqDAB6KgwA6iMCAB5WDgB0Vg4AeO4DAGQLAgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQBQcQ8A0kICAGQLAgDmtgwARDQJACqWAAByDgAAZAsCAHgpDADOKQwAJCoMAHoqDADqIwIAHlYOAHRWDgB47gMAph0QANwgBAAQRQkAZkUJALxFCQB4KQwAzikMACQqDAB6KgwA0CoMACYrDAB8KwwA0isMAAAAAABmiQAAALwIAFa8CAA4TwQACgsDANJCAgAqXg8AIpQBAHwXAgB40QoAgJYAANTrAAB87gIAKpYAADQcAQBkswAAhMcCALyJAAAacwgAcHMIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAADpMAgCAlgAA1OsAAHzuAgCe0gEAcg4AAAoLAwBOLQMA8uMKAEjkCgCe5AoA9OQKAErlCgCg5QoAopYNABAOAwD0LAQASi0EAKAtBAD2LQQATC4EAKIuBACaYwsA8GMLAGZHCgC8RwoAEkgKAI5TBgDkUwYAOlQGABpMCgBWHA4AkmUOAHwjCAAsXw8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwD8HRAAPkoAAHSWAwDKlgMAIJcDAHaXAwDMlwMAIpgDAHiYAwDOmAMAWsYMACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCc6Q0AxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwBaxgwAnFICADYMDgD8HRAAzJMBAHjuAwDO7gMANBwBAIocAQA0HAEAMCgIAIYYAACeOAoA9DgKAEo5CgC2ngwADJ8MADQcAQAszAUAjnYCAGxlAgDCZQIAfCMIAGQLAgDmtgwALF8PAGaJAABGvAwAnLwMAPK8DABIvQwAnr0MAPS9DABKvgwAbnwNAJxsDwB8IwgAZAsCABj5CwAyMQwAiDEMAADEDAA8twwAeO4DAD51AAA6IQIAkqEBAJzpDQB8IwgAZAsCAMqQAAAgkQAAkkkAAIxSBgA6ogIAZAsCAFYcDgCMUgYA4lIGADhTBgB8IwgAZAsCAKq9CQAAvgkAkkkAAIR3BQCSoQEAOE8EAI5PBADMGgUAZLMAAGo5AgCw9w8ABvgPALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAOC1DQA2tg0AjLYNANgLEADoHgAAPh8AAJQfAADqHwAAQCAAAHwjCAAsXw8AZokAACL2BwAKCwMARDQJAFrZAACGGAAACgsDANzWCQC69gwAcg4AABSPAgCSoQEA6KEBAJQ1CwDqNQsAQDYLAJY2CwAUHAkAahwJANTrAAB87gIAXp0MAAY8BwBcPAcAsjwHAGQLAgDKkAAAIJEAAPJUAwD0/QEAZAsCALLoBwDIDgAAQF0JAJZdCQDsXQkAsugHACgyDwB+Mg8AnFICAMqQAAByDgAAZAsCANzWCQCWjgwASNwGAGxlAgDCZQIAfCMIAEQ0CQAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIAEaJCACciQgA8okIAEiKCACeiggA9IoIAEqLCACgiwgA9osIAEyMCACijAgA+IwIAE6NCACkjQgA+o0IAHCeCADGnggAHJ8IAHKfCAB8IwgAZAsCAFBxDwCm5gkAkkkAAGQLAgBa2QAA/CwCAMyTAQAGOgYAjFIGACKUAQB8FwIAZAsCALoLAgCowgwA0kICAGQLAgBQcQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAGocCQAoQwIAnFICAIxSBgCwOwcAIs8JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYAlA4NAOoODQBADw0Alg8NAOwPDQBCEA0AmBANAHYWAwBg3gEAkkkAAGaJAACcUgIAEB4LAFBxDwAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIAGQLAgBWHA4AjFIGAOJSBgA4UwYAfCMIAGQLAgBQcQ8ApuYJAJJJAACoLQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQCajgsAvJsJANCCDQBaiQMAZAsCAMbDBQAcxAUAFiMMACCRAACSSQAAEB4LABYRAwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAWtkAAPwsAgDMkwEABjoGAIxSBgAilAEAfBcCAGQLAgC6CwIAqMIMANJCAgBkCwIAJMICAHrCAgDQwgIAJsMCANzWCQC69gwAcg4AABSPAgBqjwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAPi1BwAAAAAAkqEBAAoLAwBwEwMAxhMDAOzgCgDwuwwAuvYMAHIOAAAUjwIAcg4AAGQLAgBaxgwAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQAY+QsAbvkLAMT5CwCIBgwA3gYMADQHDAAYzgsASmQKAKBkCgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQBeOQUA0kICADpMAgAA4QUAnFICABAeCwCy6AcA6B4AAHIOAAAqwwEAgpkBALA7BwCSoQEAkqEBAGQLAgDwuwwAuvYMAHIOAAAUjwIARPkAALbJDACGzAQAVhwOAIR3BQDadwUAKpYAAHwjCABkCwIAugsCAKjCDADSQgIAZAsCAAAAAADKkAAAKpYAAICWAABaiQMAZAsCALoLAgAQDAIAZgwCALwMAgCGGAAA3BgAACQoCwB6KAsAcg4AAE4nAACOygEA5MoBADrLAQAsXw8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEK8DQCYvA0AFiMMAGwjDADCIwwAGCQMAG4kDADEJAwAGiUMAHAlDACqvQkAAL4JAADhBQBW4QUArOEFAGQLAgBaxgwAnGwPAFqJAwBkCwIAxsMFABzEBQByxAUAaPwOAL78DgC8iQAAzKMJAGQLAgAYzgsASmQKAMyTAQAilAEAnFICAHIOAAAKCwMAcBMDAMYTAwDs4AoAQuEKAOgeAAA+HwAAlB8AAOofAABAIAAAQIIGAGQLAgBaxgwAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJzpDQC6CwIAqMIMANJCAgBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAQIIGAJaCBgA+HwAA1OsAAHzuAgDoHgAAPh8AANTrAAB87gIAosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAFYvAgDSQgIAOkwCAJBMAgDWNRAAcg4AAOgeAACsGg0AQlACAIrWCADg1ggAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAZLMAAGxlAgDc1gkAuvYMAKbmCQByDgAA6B4AAHpVDACGWwwA0kICACpeDwAkwgIAZBsKALobCgBqOQIA+PAPAICWAADU6wAAfO4CAGo5AgCGGAAAKpYAAJJJAABa2QAAsDsHANJCAgBsZQIAwmUCAICWAADU6wAAfO4CAKLBDQD4wQ0AvIsBABKMAQBKmQ8AAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQAVhwOAPwdEAA+SgAArm0LAARuCwB8IwgAVgAAAEpkCgDMkwEAIpQBACJtAwBkCwIAypAAANJCAgCSoQEACgsDAGgJAADc1gkAMtcJAIjXCQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAVhwOAPwdEAA+SgAAOqQDAEQ0CQCaNAkA8DQJAEY1CQCcNQkAzHgJAOa2DADSIwgAKpYAADQcAQCKHAEAOqQDAEQ0CQCaNAkA8DQJAEY1CQCcNQkAzHgJAOa2DADSIwgAKpYAADQcAQCKHAEA4BwBAGQLAgCqvQkABO8LAFrvCwAKyw0AYMsNALbLDQAMzA0AKpYAAICWAAA0HAEAaLcBAHjuAwAqwwEAgpkBALA7BwAizwkAZAsCAOa2DAAsXw8AhhgAAPJUAwAqlgAAfCMIAGQLAgBa2QAA3NYJAMyTAQA6ogIAnOkNAFYcDgCEdwUAWokDAMyTAQAilAEAfBcCAGQLAgBWHA4AkmUOAFYaDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAVhwOAPwdEAA+SgAAOqQDAEQ0CQCaNAkA8DQJAEY1CQCcNQkAzHgJAOa2DADSIwgAKpYAADQcAQCKHAEA5rYMAOhpEAA+ahAAlGoQAOpqEABAaxAAlmsQAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAyAAkAsDsHAPi1BwBsZQIAwmUCAICWAAA6TAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADolBACgvgwA9r4MAEy/DACONg0A3NYJAMyTAQA6ogIAnOkNALoLAgCkJwAAkkkAAGSzAAAacwgAzJMBACKUAQB8FwIAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAABaxgwAJLEPAMyTAQBkCwIAJMICAGQbCgC6GwoAdFIMAIKZAQCwOwcAIs8JAAoLAwDMkwEAOqICAJzpDQCGGAAA3BgAAN5GAQBOJwAAqMIMAP7CDABUwwwAqsMMAIDFAgCAlgAA1OsAAHzuAgB8wQEADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAAAAAAEj/AgCe/wIAeCkMAM4pDAAyGQAAALgGAFa4BgCKMAsA4DALADYxCwC6CwIAEEUJAGZFCQC8RQkAUHEPANJCAgBkCwIA5rYMADy3DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgCubQsABG4LAFpuCwCwbgsABm8LAAAAAAAkwgIAesICAI52AgAAAAAA0kICAATvCwBa7wsAAAAAAHwjCABENAkAmjQJAPA0CQBGNQkAnDUJAKBiCQD2YgkATGMJAKJjCQD4tQcAbGUCAMJlAgCSSQAAhhgAANwYAADeRgEATicAAKjCDAD+wgwAVMMMAKrDDACAxQIAgJYAANTrAAB87gIAajkCANgLEADIDgAAQF0JANAqDAAQRQkAIIIOAMZnAgBkCwIAWsYMAB6cBgAkwgIAesICANDCAgA4TwQAfCMIAGQLAgDmtgwARDQJAJo0CQDwNAkARjUJAJw1CQDMeAkArm0LAARuCwAkwgIAzJMBANJCAgDyiwkAIs8JADQcAQAwKAgAhhgAAFrZAACwOwcA0kICAGxlAgA+jQwAIpQBAHwXAgBkCwIAxsMFABzEBQByxAUAaPwOAL78DgAU/Q4Aav0OAMD9DgAW/g4AZAsCAKq9CQAE7wsAWu8LALDvCwAG8AsAXPALALLwCwAW0Q0AbNENAIR3BQB41QwAnFICABAeCwB8FwIAZAsCABj5CwAyMQwAiDEMAK5tCwDMkwEABjoGAOhJAAA+SgAAdJYDAGQLAgB4KQwAzikMACQqDAB6KgwAqr0JAATvCwBa7wsACssNAGDLDQC2yw0ADMwNAGLMDQBQcQ8A0kICAGQLAgA0HAEAaLcBAHjuAwBiMQAAZosBALy4AgBOJwAAEEUJAHwXAgDKkAAA0kICADpMAgDSQgIAOkwCAADhBQCcUgIAEB4LAOa2DABENAkAmjQJAPA0CQBGNQkAnDUJAMx4CQAYzgsAkEoBAOZKAQAkwgIAzJMBAHwjCAAsXw8AsDsHALA7BwCSSQAAkqEBAJzpDQByDgAAKsMBAGQLAgDmtgwARDQJAJo0CQDwNAkARjUJAJw1CQDMeAkAeCkMAM4pDAAkKgwAeioMANAqDAAmKwwAfCsMANIrDADmtgwARDQJAJo0CQDwNAkARjUJAJw1CQDMeAkArm0LAARuCwB8IwgAVgAAAEpkCgDMkwEAIpQBAEjcBgCe3AYA9NwGAErdBgCg3QYA9t0GAEzeBgCi3gYA+N4GAE7fBgDMkwEAZokAAAC8CABkCwIAVhwOAGSzAABWAAAACgsDAGQLAgDm5Q4AWCEQAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQBE+QAAAAAAAIbMBACQZg8AqMIMANJCAgCSSQAAjFIGACTCAgBkGwoAQi8HAFqJAwBkCwIAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkAZAsCABj5CwAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQAOiUEAEjcBgCe3AYA9NwGAErdBgCg3QYA9t0GAEzeBgCi3gYA+N4GAE7fBgBwEwMAxhMDAGqZBwDm5Q4AKpYAAKpXAQCm7AwAeO4DABSPAgCMUgYAIpQBAHwXAgBkCwIA5rYMAEQ0CQA0HAEALMwFAMyTAQAyAAkAiAAJAN4ACQA0AQkAigEJAOABCQA2AgkAjAIJAOICCQA4AwkAjgMJAOQDCQA6BAkAkAQJAOYECQA8BQkAkgUJANJCAgA6TAIAkEwCANY1EAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAAAKCwMAAAAAAJKhAQByDgAACgsDAAAAAADKkAAAIJEAAPJUAwD0/QEACgsDAAAAAAA6IQIAkqEBAJzpDQBWHA4AkmUOAFYaDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAVhwOAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAsugHACrDAQCAwwEACgsDAAAAAACGGAAAhhgAACqWAABI3AYAkkkAAIxSBgCwOwcAIs8JAGQLAgCqvQkAAL4JAFa+CQCsvgkAAr8JAFi/CQBsngkAkkkAAIxSBgDiUgYAOFMGAHwjCABENAkApuYJAAAAAACSSQAAkkkAAFYAAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAwqwQAEpkCgCgZAoA9mQKAET5AAB8SAUAuvYMAHIOAAAUjwIAfgUOAKq9CQAAvgkAAOEFAFbhBQCs4QUAZAsCAOa2DADSIwgAGtcPAHDXDwA6IQIAZokAANzGAQDoHgAAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAFrGDACcUgIAypAAAJKhAQB8IwgAZAsCAHgpDADOKQwAJCoMAHoqDADGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsA0kICADpMAgCQTAIA1jUQAHIOAADoHgAALF8PAICWAADU6wAAfO4CACqWAACAlgAA1OsAADgwCgCOMAoAMhkAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgAAAAAAAAAAAEj/AgCe/wIAVAUDABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgBa2QAAzJMBACKUAQAqlgAAgJYAANTrAAB87gIAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAABqOQIAsPcPAAb4DwC8uAIAjs4DAOTOAwA6zwMAkM8DAE7GDwCkxg8A+sYPAFDHDwCmxw8A/McPAFLIDwCoyA8AQrwNAJi8DQDuvA0ARL0NAJq9DQDwvQ0ARr4NAJy+DQDyvg0ASL8NAJ6/DQD0vw0ASsANAKDADQD2wA0ATMENALA7BwByDgAAZAsCAK5tCwB2hA8AzIQPACKFDwAAAAAAAAAAAAAAAAAQHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEApuwMALA7BwAizwkAZAsCAKq9CQAAvgkAVr4JAKy+CQACvwkAAAAAACqWAACAlgAAOiECAMyTAQAilAEAxmcCAOhpEAAgkQAAfBcCAHIOAAA+dQAAkMkAAE4nAAA6IQIAZokAAJDJAABkCwIAWsYMADohAgB8FwIAeNEKAEIvBwCc6Q0A3NYJAIYYAAAqlgAAqlcBAKbsDAAAAAAAhhgAAGQLAgCqvQkAAL4JANzWCQDKkAAAcg4AAD51AAAi9gcAcg4AACrDAQCCmQEAsDsHACLPCQAqlgAAqr0JACpeDwDSLQ0AEEUJAMqQAACSSQAAZokAAJxSAgAAAAAAsDsHAGQLAgCqvQkAAL4JAGKLAgC4iwIAcg4AAD51AAAi9gcAhhgAANwYAAAKCwMA7DQKAEI1CgCYNQoA7jUKAEQ2CgCaNgoA8DYKAEY3CgCcNwoA8jcKAEg4CgAqlgAASNwGAJ7cBgD03AYASt0GAKDdBgD23QYATN4GAKLeBgD43gYATt8GALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAGQLAgBWHA4AjFIGAOJSBgA4UwYAfCMIAGQLAgBQcQ8ApuYJAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQB2xgUAzMYFACLHBQB4xwUAzscFANgLEADIDgAAQF0JAJZdCQDsXQkAQl4JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYAlA4NAOoODQBADw0Alg8NAOwPDQBCEA0AmBANAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAcBMDAMYTAwDs4AoAQuEKAJjhCgDu4QoAROIKAJriCgC6CwIAEEUJAGZFCQC8RQkAUHEPANJCAgBkCwIA5rYMADy3DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBCUAIAALwIAJzpDQCAlgAA1OsAAHzuAgCwOwcAsDsHAJKhAQBkCwIAVhwOAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQCSSQAAZAsCAFrZAADc1gkAzJMBADqiAgCc6Q0AWtkAAPwsAgDMkwEABjoGAIxSBgAilAEAfBcCAGQLAgC6CwIAqMIMANJCAgBkCwIAWsYMAJxsDwDybA8AUHEPAAY8BwBcPAcAsjwHAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwAY+QsAMjEMAIgxDAB4KQwAzikMACQqDAB6KgwAEqQNAGikDQC+pA0AFKUNAGqlDQDApQ0AFqYNAGymDQCoLQIA/i0CAKq9CQAAvgkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAVhwOAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQCSSQAAZAsCAFrGDABOJwAAkkkAABAeCwD2kwwAnOkNAICWAADU6wAAfO4CAACfDwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgA+iQoAlIkKAOqJCgBAigoAlooKAOyKCgBCiwoAmIsKAO6LCgBEjAoAmowKAET5AABa2QAA/CwCAMyTAQAGOgYA1BgCANJCAgA6TAIAAOEFAJxSAgAQHgsAcoAOAAAAAADKkAAAzJMBANJCAgA6TAIAntIBAHwjCAA6IQIAZLMAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwBQcQ8AOiECAJJJAABmiQAAzJMBACKUAQBkCwIAntIBAHwjCAA6IQIAZLMAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCubQsAHlYOAABYAQBWWAEAcPwMAMb8DAAc/QwAcv0MAMj9DABa2QAA3NYJAJaODACGGAAAZAsCAFYcDgCEdwUAWokDAMyTAQAilAEAfBcCAGQLAgBWHA4AkmUOAFYaDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQByDgAAZAsCAMbDBQAcxAUAFiMMAGwjDADCIwwAGCQMAG4kDADEJAwAGiUMAHAlDADGJQwAHCYMAFrGDABygA4AAAAAAMqQAADMkwEA0kICADpMAgDK8AUAZAsCALoLAgDSQgIA8osJADQcAQBkCwIAVhwOAPwdEAA+SgAAypAAACCRAAAqxQIAgMUCAICWAACSoQEAWokDAMyTAQAilAEAfBcCAGQLAgDmtgwA0iMIABrXDwBw1w8AOiECAGaJAADcxgEA6B4AABKkDQBygA4AAAAAAMqQAADMkwEA0kICADpMAgBaxgwAHpwGAKq9CQAAvgkAcg4AAMgOAACm5gkA0kICAGSzAAAqlgAAugsCANJCAgDyiwkANBwBAGQLAgAY+QsABjoGAHIOAABkCwIAGM4LAJBKAQAqXg8A2EkEACzMBQCOdgIAWokDAGQLAgC6CwIAEAwCALyJAADMowkAeEACANJCAgBaiQMAZAsCAFBxDwDSQgIAZAsCALLoBwDIDgAApuYJANJCAgBkswAAhhgAACqWAACqVwEACgsDABYRAwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAWsYMAHKADgAAAAAAypAAAMyTAQDSQgIAKl4PACKUAQB8FwIAZAsCAFrGDAAenAYAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAKpYAAJJJAABmiQAAIvYHAHwjCADSQgIAKl4PACKUAQBOJwAAqMIMAGQLAgCubQsABG4LAFpuCwDeRgEATicAAKjCDAD+wgwAVMMMAKrDDABmiQAAzJMBAFYvAgBmiQAAAscNALIZCwAIGgsAIpQBAJwSDQCEdwUAeNUMADR0AgByDgAAvmUDAGaJAACcUgIAEB4LAPC7DAC69gwAcg4AABSPAgBkCwIAeCkMAEJQAgCYUAIA7lACADIZAAAAuAYAVrgGAIowCwDgMAsANjELAIwxCwDiMQsAODILAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEAeO4DADohAgAGog8A3NYJAGaJAAAkwgIAzJMBACKUAQCsHA4AZh4LALweCwASHwsAaB8LAL4fCwAUIAsAaiALAMAgCwAWIQsAbCELAMIhCwAYIgsAbiILADy3DAASnAkAaJwJAL6cCQDKkAAAfCMIAKq9CQAAvgkAAOEFACL2BwBkCwIAypAAAHwjCAAAAAAAsDsHAGQLAgBWHA4AjFIGAOJSBgA4UwYAjlMGAORTBgDc1gkAVgAAAFYvAgCGGAAAKpYAAJJJAABa2QAAsDsHANJCAgBsZQIAVi8CAHwXAgB40QoAztEKACTSCgB60goA0NIKACbTCgA6TAIAcg4AACrDAQDoHgAAcg4AAAoLAwB8FwIAeNEKAM7RCgAk0goAetIKANDSCgAm0woAfNMKANLTCgAo1AoAftQKANTUCgC6CwIAqMIMANJCAgBQcQ8A0kICAGQLAgCy6AcA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAAeCkMAM4pDAAkKgwAeioMAGxlAgBixgoA3BgAAFrZAADc1gkAuvYMAHIOAAAUjwIAEB4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCsuAYAArkGAFi5BgCuuQYABLoGAFq6BgBaxgwAIvYHAHwjCADSQgIAOkwCAHIOAAAqwwEAZAsCALoLAgCowgwA/sIMAFTDDAAGPAcAXDwHALI8BwBkCwIAVhwOAGSzAABWAAAAZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAJTRAwBmiQAAzJMBACqWAACAlgAA1OsAAHzuAgB8wQEADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAKpYAADQcAQBWAAAASmQKANJCAgAoQwIAjnYCAFqJAwBkCwIAugsCABAMAgBmDAIAtp4MAAyfDAAY+QsAbvkLAMT5CwB4KQwAQlACAJhQAgDuUAIAqr0JAAC+CQByDgAAyA4AAJKhAQDKkAAAkkkAAIxSBgCwOwcAfCMIACxfDwCGGAAAQlACAJhQAgDuUAIAeCkMAM4pDADSQgIAZAsCALLoBwDoHgAAPh8AAJQfAACGGAAAQlACAJhQAgDuUAIAGM4LAJBKAQDmSgEAJMICAMyTAQB8IwgALF8PAGSzAAAacwgAZAsCAPC7DAC69gwAcg4AABSPAgBkCwIAGPkLADIxDACIMQwAbGUCAGLGCgDcGAAAWtkAALA7BwB0rA4AypAAAFYAAABkCwIAugsCABAMAgBmDAIAtp4MAAyfDAC8DAIA8lQDALA7BwBqOQIAsPcPABpzCABmiQAAnGwPAIYYAAAqlgAAQi8HAHIOAABqOQIAdAQQAMoEEADSQgIAOkwCAHIOAADIDgAAkqEBACTCAgBkGwoAfCMIANIjCAAi9gcAfCMIANJCAgA6TAIAcg4AACrDAQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBwEwMAQlACAJhQAgDuUAIAhAILANoCCwAwAwsAhgMLANwDCwAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAZAsCALbJDADIDgAAQF0JAJZdCQDsXQkAQl4JAKoTCgAgUQsAdlELAMxRCwD2kwwA1OsAAHzuAgCubQsAcg4AABSPAgBqjwIAOiECAJKhAQA4TwQAeO4DAEIlAgBkCwIAWsYMAB6cBgB4KQwAKpYAAFrZAABkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMACgsDAHzBAQAO8AkAZPAJALrwCQAQ8QkAZvEJALzxCQAS8gkAaPIJAHb5CQAAAAAAAAAAAAAAAACEAAoA2gAKADABCgCGAQoA3AEKADICCgCIAgoA3gIKAAAAAAAAAAAANAMKAIoDCgDgAwoAfEYEAPYIBwBMCQcAugsCAKjCDAD+wgwAVMMMAAoLAwA6JQQAkCUEAHbcEADM3BAAIt0QAHjdEABmiQAAOiECAJKhAQCc6Q0AugsCABBFCQBmRQkAvEUJAHgpDADOKQwAJCoMAHoqDADQKgwAJisMAHwrDADSKwwAKpYAAIYYAADcGAAAKpYAAIYYAACGGAAA3BgAACqWAACGGAAAkkkAAAoLAwBwEwMAxhMDAOzgCgBC4QoAmOEKAO7hCgBE4goAmuIKALoLAgAQRQkAZkUJALxFCQBQcQ8A0kICAGQLAgDmtgwAPLcMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIA5uUOAAoLAwAAAAAAZAsCADohAgCQIQIATicAAE4nAACkJwAAgJYAACpeDwAilAEAfBcCAGQLAgBWHA4AjFIGAOJSBgA4UwYAfCMIAGQLAgBQcQ8ApuYJAJJJAABkCwIAWsYMAE4nAACSSQAAEB4LAPaTDAD4tQcAhMcCANrHAgAKCwMAWsYMAAC8CABWvAgArLwIADohAgAqzQYAgM0GANbNBgAszgYAgs4GADD7BgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMAyqQKACClCgBaxgwAsMYMAAbHDABcxwwARDQJAFrZAAB8IwgA6GkQAJKhAQCc6Q0AhhgAANwYAADeRgEATicAAKjCDAD+wgwAVMMMAKrDDACAxQIAgJYAANTrAAB87gIAcBMDAMYTAwDs4AoANBwBAIocAQCajgsA8I4LAEaPCwCcjwsAeCkMAEJQAgCYUAIA7lACAHwjCAA0HAEAihwBAJqOCwDwjgsARo8LAJyPCwB4KQwAQlACAJhQAgDuUAIAfCMIADQcAQCKHAEAmo4LAPCOCwBGjwsAnI8LABjOCwBuzgsAxM4LABrPCwBwzwsAxs8LABzQCwCSoQEA6KEBAF62AwC0tgMAZAsCAMqQAADSQgIAkqEBAKq9CQAAvgkAcg4AAMgOAACSoQEAJMICAGQbCgAY+QsA2EkEAC5KBACESgQA2koEADBLBABkCwIArm0LAARuCwCSSQAAhHcFAFqJAwBkCwIAugsCAKjCDADSQgIAZAsCABjOCwBuzgsAxM4LABrPCwBwzwsAxs8LABzQCwCoLQIA/i0CAICcAwDWnAMALJ0DAIKdAwC6CwIAqMIMAP7CDABUwwwAqsMMABj5CwAGOgYAXDoGABj5CwBu+QsAxPkLABr6CwAenAYAGM4LAG7OCwDEzgsAGs8LAHDPCwDGzwsAHNALAGo5AgCe0gEAcg4AAMgOAAA0HAEALMwFAJxSAgBkswAAGnMIAMyTAQAilAEAfBcCAGQLAgAYzgsAbs4LAMTOCwAazwsAcM8LAMbPCwAc0AsAugsCAKjCDADSQgIAZAsCACASAQAqWg0AwqwQABitEAB4KQwAzikMACQqDAB6KgwAGM4LAJBKAQA6TAIAkEwCABBFCQB+3A4AKpYAAHwjCABkCwIAWtkAAMyTAQAGOgYA6EkAAGQLAgAAAAAAZAsCAFBxDwDSQgIAZAsCAEjBDgAAAAAAZAsCAFBxDwDSQgIAZAsCAEjBDgCewQ4AEqQNAB6cBgDmtgwALF8PAIJfDwAUHAkArHQPAAJ1DwAsXw8AhhgAAGSzAABWAAAArAAAAMzSCwAi0wsAeNMLAM7TCwAk1AsANBwBACzMBQCcbA8A+gACAGaJAAAAvAgAVrwIALyJAABsZQIAePQGAALHDQB40QoA8LsMAEa8DACcvAwA8rwMAHgpDADOKQwAJCoMAHoqDAA6IQIABqIPACqWAACGGAAAZAsCALoLAgCowgwA/sIMAFTDDACqwwwAGPkLAG75CwDajRAAMI4QAIaOEADcjhAAMo8QAJzpDQB8IwgAajkCAGQLAgBWHA4AhHcFAFqJAwBkCwIAVhwOAJJlDgBWGg0AGPkLAG75CwDajRAAMI4QAIaOEADcjhAAMo8QABj5CwAGOgYACgsDAHATAwDCrBAAGK0QAG6tEAAY+QsAbvkLANqNEAAwjhAAho4QANyOEAAyjxAAGM4LAJKhAQCc6Q0A8ukNANzGAQDoHgAAqr0JAATvCwBa7wsAZAsCAGgJAACGGAAAwqwQABitEABurRAAGPkLAG75CwDajRAAMI4QAIaOEADcjhAAMo8QAMqQAAAgkQAAkkkAAIxSBgDiUgYAOFMGACqWAACAlgAA1OsAAHzuAgCSoQEA6KEBAF62AwC0tgMAZAsCALLoBwAM9QwAZLMAABpzCABkCwIAugsCABBFCQBmRQkAvEUJAOblDgA85g4AfBcCAHjRCgA0HAEAZAsCAMyTAQAilAEAZAsCAFrGDACcbA8AWokDAGQLAgBQcQ8ATicAAGQLAgBWHA4A/B0QAD5KAACUSgAAyA4AAKbmCQDSQgIAZLMAACqWAACSoQEA6KEBAISDCwDagwsAMIQLADDIAgBaiQMAZAsCABj5CwBu+QsA2o0QADCOEACGjhAA3I4QADKPEACc6Q0AfCMIAGQLAgB8FwIAeNEKADQcAQBWHA4A/B0QAD5KAAB8FwIAeNEKADQcAQByDgAAZAsCAFrGDAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA5rYMANJCAgAqXg8AJMICAGQbCgC6GwoAZAsCALoLAgCowgwA/sIMAFTDDACqwwwAugsCAKjCDADSQgIAZAsCAJ7SAQB8IwgAOiECAGSzAABqfA4A3BgAAN5GAQBOJwAAqMIMAP7CDABUwwwAqsMMAIDFAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA+LUHALqzAACigAIA+IACAE6BAgB8IwgALF8PAE4nAABOJwAAqMIMAP7CDABUwwwAqsMMAIDFAgCAlgAA1OsAAHzuAgCwxgwAkkkAAIxSBgDSLQ0AjsoBALyJAADMowkAypAAANJCAgBWHA4AkmUOAFYaDQC6CwIAEEUJACCCDgDGZwIAEuYDAGjmAwC+5gMAFOcDAGrnAwDA5wMAFugDAGzoAwA6IQIABqIPAKq9CQAAvgkAcg4AAMgOAACSoQEAJMICAGQbCgB8IwgACgsDAIYYAADcGAAA3kYBAJQjAgCcZAsA8mQLAEhlCwCeZQsAugsCANY1EAAgkQAAxKUMAJJJAACMUgYAsDsHACLPCQCSSQAAEB4LAIYYAAByDgAAgpkBALA7BwAizwkAeO4DAM7uAwCqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCAK5tCwAeVg4A2C4MAC4vDACELwwA2i8MADAwDACGMAwA3DAMAOa2DADSQgIAKl4PACTCAgBkGwoAZAsCANQYAgAqGQIAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAKCwMAugsCAKjCDADSQgIAZAsCABjOCwB8IwgARDQJAGQLAgAY+QsAMjEMAIgxDAB4KQwAzikMACQqDAB6KgwAkqEBAOihAQBetgMAtLYDACxfDwCqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAyvAFAGQLAgA0HAEAihwBAJqOCwDwjgsARo8LAJyPCwAYzgsAkEoBAOZKAQAkwgIAzJMBAHwjCAAsXw8Acg4AAGQLAgAYzgsAbs4LAMTOCwAazwsAcM8LAMbPCwAc0AsAfBcCANIXAgBkCwIAugsCABBFCQBmRQkAvEUJAHIOAABkCwIAGPkLAG75CwDE+QsAcg4AAFYAAAAUHAkASNwGAE4nAACOygEA5MoBADrLAQDm5Q4AVi8CACqWAACAlgAA1OsAAHzuAgBa2QAA/CwCAD7lDQDyVAMAIpQBAHwXAgAKCwMAhhgAANwYAADeRgEAdJQCANxhDwCilg0AfCMIACxfDwCCXw8A2F8PAC5gDwCEYA8A2mAPADBhDwCGYQ8ACgsDAHIOAAAUjwIAhHcFANp3BQBkswAAkkkAAAoLAwDSQgIAOkwCAGKLAgCe3AYAJMICAGQbCgC6GwoAKEMCADohAgCSoQEAnOkNAHpVDADQVQwAJlYMAHxWDADSVgwAZLMAAGaLAQDSQgIAOkwCAHpVDADQVQwAJlYMAHxWDADSVgwAKFcMAH5XDADUVwwAKlgMAIBYDADWWAwALFkMAALaAQBY2gEA6PkCAD76AgCc6Q0AelUMANBVDAAmVgwAfFYMANJWDAAoVwwAflcMANRXDAAqWAwAgFgMANZYDAAsWQwAVgAAAKwAAACOdgIAdFIMAOgeAACilg0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgA+5Q0A8lQDACKUAQB8FwIACgsDAACsAABWrAAArKwAAHSUAgDcYQ8AopYNAHwjCAAsXw8Agl8PANhfDwAuYA8AhGAPANpgDwAwYQ8AhmEPAAoLAwByDgAAFI8CABAeCwBmHgsAMCgIAKpXAQCm7AwACgsDAHwXAgA0HAEAMCgIAIYYAACSSQAAZokAAJxSAgCMUgYAsDsHACLPCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAAJoEMALIZCwA6IQIAKs0GAJxSAgBmiQAAALwIAGQLAgCubQsAdoQPAMyEDwAihQ8AALwIAAoLAwBsZQIAPo0MAJSNDADqjQwAQI4MAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAACSxDwBkCwIAUHEPAKbmCQCSSQAAZAsCAFBxDwBOJwAAZAsCADQcAQAwKAgAhigIAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgCK1ggAEB4LAHwjCABkCwIAOiECAFqJAwBkCwIAWsYMAJxsDwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgAYzgsAkEoBAOZKAQCg6QwA9ukMAEzqDAB8FwIA0hcCAFBxDwB0rA4Atp4MAAyfDAAQIAwAZiAMALoLAgAQDAIANIgMAIqIDADgiAwANokMAIyJDADiiQwAOIoMAI6KDAAYzgsAbs4LAI52AgB0UgwA6B4AAK5tCwB2hA8AzIQPACKFDwBkswAAhMcCAJpCEAB8FwIA3NYJADLXCQAY+QsAbvkLAMT5CwCIBgwA3gYMAFIeEAA6TAIAAOEFACL2BwBkCwIAAAAAACSrDABkCwIA3NYJAGaJAACcbA8AfCMIAJKhAQCc6Q0AfCMIAK5tCwAeVg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAAoLAwAAMQMAVjEDAKwxAwAucwMAhHMDANpzAwAwdAMAhnQDAFrGDACcUgIAWsYMAJxSAgAAAAAA5LUMAGQLAgB8IwgAvJsJANCCDQAmgw0AfIMNANKDDQAKCwMAOiECAFqJAwCSSQAAEB4LABAOAwAacwgAZokAAI52AgDc1gkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCAHaEDwDMhA8AIoUPAIYYAACSSQAAZokAAPT9AQBkCwIArm0LAHaEDwDMhA8AIoUPALA7BwCm5gkAIJEAACrFAgDmtgwALF8PAJJJAAAQHgsASNwGAJJJAAAQHgsAZokAAI52AgA6TAIA5rYMACxfDwCSSQAAEB4LAEjcBgCSSQAAEB4LAHIOAACCmQEA2JkBAC6aAQCEmgEA5IoMADqLDABkCwIAOiECAFqJAwBkCwIAsugHAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAHjuAwDoHgAAPh8AADpMAgCe0gEA6P8FAEjcBgCSSQAAjFIGALA7BwA0HAEALMwFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCAKq9CQAAvgkAYosCABAiDQCGGAAAkkkAAGQLAgDGwwUAhMcCANrHAgAwyAIAhsgCAJKhAQBmiQAA3MYBABSPAgCGzAQAGM4LAJBKAQDmSgEAoOkMAPbpDABM6gwAouoMAGQLAgDGwwUAHMQFANw2DwAyNw8AiDcPAN43DwA0OA8AijgPAGQLAgBa2QAAzJMBAAY6BgDoSQAAZAsCAK5tCwAeVg4AdFYOAMpWDgBcOgYAxsMFABzEBQC8iwEA+LUHACqWAAByDgAAKsMBAGo5AgD48A8ATvEPAKbsDAD87AwAzJMBAAY6BgAQHgsAfCMIAGQLAgBa2QAAzJMBAAY6BgDoSQAAZAsCAMbDBQAcxAUAvIsBABKMAQDKkAAAOiECAJJJAAAQHgsAegENANABDQAc/w0ATicAAI7KAQDkygEAOssBAFrxDACw8QwABvIMAFzyDACy8gwAsDsHALA7BwB0rA4AVhwOAIxSBgDiUgYAOFMGAHwjCABkCwIAUHEPAKbmCQCSSQAAZAsCABj5CwBu+QsAUHEPAE4nAAAqlgAAfCMIACxfDwB8IwgAZAsCAFYcDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAxPsMABr8DAByDgAAFI8CAFYcDgCMUgYA4lIGADhTBgB8IwgAZAsCAFBxDwCm5gkAkkkAAGQLAgAY+QsAbvkLABYRAwBS6QoAAh0OACYCDQB8Ag0A0gINACgDDQB+Aw0A1AMNACoEDQCABA0A1gQNACwFDQDuEA0ARBENAJoRDQDwEQ0AFhEDAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGABpMCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAWsYMAE4nAACSSQAAEB4LAPaTDABWHA4AkmUOAFYaDQA6IQIABqIPAFrGDACcbA8A8mwPABj5CwBu+QsA2o0QADCOEACGjhAAnGwPAGSzAAAqlgAAUHEPAE4nAABkCwIArm0LAHaEDwDMhA8AIoUPAGQLAgB4KQwAzikMACQqDAB6KgwA6iMCAB5WDgB0Vg4AeO4DAK5tCwAeVg4AdFYOAHjuAwB4KQwAzikMADIZAACubQsAdoQPAMyEDwAihQ8AdoQPAMyEDwAihQ8AKpYAAMyTAQAkwgIAZBsKAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEADiENAGQhDQC6IQ0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAEB4LAHwjCABkCwIArm0LAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAAfO4CAHwXAgDSFwIAfCMIAGQLAgB4KQwAzikMACQqDAB6KgwA6iMCAB5WDgASDQIAaA0CAL4NAgAUDgIAZAsCALLoBwAM9QwAZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIAmBQPAO4UDwB4KQwAzikMACQqDAB6KgwA6iMCAB5WDgASDQIAaA0CAL4NAgAUDgIAag4CAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyVAMAAAAAAIYYAADyVAMASFUDAFYcDgCSZQ4AVhoNAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAOa2DAA8twwAEpwJAFBxDwAGPAcAXDwHABjOCwDMkwEAIpQBALLoBwAoMg8AfjIPAI52AgCqvQkAAL4JAADhBQBW4QUADPUMAGSzAABkswAAKpYAACqWAAA6IQIABqIPAFrGDAA6IQIAkqEBAADhBQAi9gcAZAsCABjOCwCQSgEA5koBAH6GDgDUhg4AKocOAICHDgDWhw4AUHEPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgB4KQwA+gACAABaAgCMUgYAKpYAAHIOAABkCwIAUHEPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgB4KQwA+gACAABaAgCGGAAA3BgAAGqZBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQAMZAQAUHEPADohAgCe0gEA6P8FAEjcBgCSSQAAZAsCAPC7DABGvAwAnLwMAPK8DAB4KQwAzikMADIZAABaxgwAnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQAwKAgAkkkAAOhJAAC69gwAfCMIAGQLAgCc6Q0AfCMIAGQLAgByegsAsDsHAAY8BwCSSQAAjFIGALA7BwAizwkACgsDAMqQAAAgkQAAWtkAALDZAAAoQwIAJLEPAET5AADw+wEAcnoLAMh6CwBQcQ8AIs8JAGQLAgBaxgwAHpwGAHJ6CwCGGAAA3BgAAGqZBwAqlgAAcnoLAMh6CwAkwgIAesICANDCAgAmwwIAGPkLAG75CwB4lAEAsDsHAHSsDgDCZQIAWtkAAMyTAQAGOgYA6EkAAIR3BQAE7wsAkkkAAOhJAABaiQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCAAC8CAByDgAAeCkMAPJUAwBaxgwAlmkPAOxpDwBCag8AmGoPAO5qDwAilAEAfBcCAK5tCwB2hA8AzIQPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEA0i0NAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAADm5Q4AWCEQAFrGDABygA4AzKMJAMqQAABmiQAAALwIAKgtAgD+LQIACCQQAF4kEADCKxAAGCwQAG4sEADELBAAGi0QAHAtEADGLRAAhswEABj5CwAyMQwAiDEMAHgpDADOKQwAJCoMAHoqDAByegsAkkkAAIR3BQAE7wsAKpYAAHJ6CwBOJwAAjsoBAAC8CAByDgAA6B4AAHJ6CwCcEg0AhHcFAATvCwCSSQAA6EkAAFqJAwDQKgwAEAwCAAC8CAByDgAA1O8CAAoLAwAKCwMA+sAMAFDBDACmwQwA/MEMAFLCDAA4tQwAjrUMAFBxDwDSQgIAZAsCAHgpDAAqlgAAZokAAI52AgBkCwIArm0LAARuCwB8IwgAZAsCAFBxDwBOJwAAZAsCABj5CwBu+QsAwqwQAOqgAADmtgwARDQJACqWAAByDgAAZAsCAHgpDADOKQwAJCoMAHoqDADqIwIAHlYOAHRWDgB47gMAWsYMACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDAOQIABO8LAFrvCwCw7wsABvALAFzwCwCy8AsACPELAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMAjFIGAOJSBgA4UwYAfCMIAGQLAgBQcQ8ApuYJAJJJAABkCwIAWtkAAPwsAgDMkwEABjoGAIxSBgAilAEAfBcCAGQLAgC6CwIAqMIMANJCAgBkCwIAUHEPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICACAlgAA1OsAAHzuAgCiwQ0A+MENAE7CDQCkwg0A+sINAFDDDQCmww0A/MMNAFLEDQCoxA0A/sQNAFTFDQCqxQ0AAMYNAFbGDQCsxg0AEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEABAOAwD0LAQASi0EAKAtBAD2LQQATC4EAKIuBAD4LgQATi8EAKQvBAD6LwQAUDAEAKYwBAD8MAQAUjEEAKgxBAB8FwIAfBcCANJCAgA6TAIAfBcCALIZCwCcUgIAEB4LACqWAACAlgAA1OsAAHzuAgCGGAAA8lQDACKUAQB8FwIAZAsCALLoBwDoHgAAQi8HAJzpDQBI3AYAkkkAABAeCwB8IwgAZAsCAFYcDgCsHA4AAh0OAIIJDwCy6AcAKDIPAH4yDwCOdgIAkkkAAFYAAABq9QoAwPUKAJJJAAAAAAAATicAAI7KAQDkygEAnv8CAKq9CQAAvgkAAOEFANzGAQDIDgAAIs8JAAoLAwCMIQMA4iEDADgiAwCOIgMA5CIDADojAwCQIwMA5iMDADwkAwCm5gkAkkkAAFYAAADqoAAAkkkAAGQLAgC6CwIA0kICAPKLCQA0HAEAZAsCALLoBwA6ZA4AkGQOAMyTAQDGwwUAurMAAJzpDQDy6Q0AsDsHANJCAgBsZQIArBwOAAIdDgDoOg4APjsOAFBGDwCmRg8A/EYPAFJHDwCOdgIAKpYAAHwjCABkCwIAVhwOAKwcDgACHQ4A6DoOAD47DgBQRg8ApkYPAPxGDwBSRw8AKpYAAGaJAADCZQIAfCMIAGQLAgBWHA4ArBwOAAIdDgDoOg4APjsOAFBGDwCmRg8A/EYPAFJHDwC6CwIAEAwCAGYMAgC8DAIABEkOAFpJDgCwSQ4AOuMNAJDjDQDm4w0APOQNAJLkDQDo5A0AkqEBAJzpDQDy6Q0AZAsCAFYcDgCsHA4AAh0OAOg6DgA+Ow4AUEYPAKZGDwD8Rg8AUkcPAOihAQBa2QAAZAsCAFYcDgCsHA4AAh0OAOg6DgA+Ow4AUEYPAKZGDwD8Rg8AUkcPAMJlAgB8IwgAZAsCAFYcDgCsHA4AAh0OAOg6DgA+Ow4AUEYPAKZGDwD8Rg8AUkcPAHIOAABkCwIAugsCABAMAgBmDAIAvAwCAKq9CQAAvgkAcg4AAFrxDACSoQEAkkkAAGQLAgCy6AcADPUMAFBGDwCmRg8A/EYPAFJHDwAAAAAAfgUOAGQLAgC6CwIAEAwCAGYMAgDQgAwArm0LAHaEDwDMhA8AIoUPACLPCQAqlgAAsugHAOgeAADwEw4ARhQOAJwUDgBkCwIAUHEPAFYcDgCsHA4ApBgOAPoYDgBQGQ4AphkOAPwZDgBSGg4AZAsCAFBxDwCSoQEAkqEBAJzpDQBI3AYAkkkAAIxSBgAilAEAAgEAAFpLDwByDgAAZAsCAGDNDgDUBQ4AkkkAAMqQAABWAAAAZLMAALqzAACigAIA+IACAE6BAgA0HAEAihwBAJqOCwDwjgsARo8LAJyPCwBmiQAAjnYCAHwjCABENAkAWtkAAIYYAABkswAAurMAAKKAAgD4gAIAToECAJJJAAAQHgsAegENAIo0DQDgNA0ANjUNAIw1DQDiNQ0AODYNAOgeAAByDgAAAAAAAAAAAABcSg4AskoOAAhLDgBeSw4ARPkAALbJDACGzAQAkGYPAOZmDwA8Zw8AvAwCAAAAAADGwwUAHMQFAHLEBQDAJg4AFicOAGwnDgByDgAAyA4AAJKhAQCc6Q0AajkCAJKhAQDooQEAPukPACKUAQBOJwAAWtkAAPwsAgA+5Q0A+PAPAICWAADU6wAAfO4CAHwjCAAsXw8AOiECAJAhAgB0PgIAhHcFAHjVDADO1QwAJMICAHrCAgDQwgIAOE8EAHwjCADSIwgAGtcPAIxSBgCwOwcAIs8JAGQLAgBa2QAA/CwCAD7lDQDyVAMAIpQBAHwXAgDmtgwALF8PAIJfDwDYXw8ALmAPAIRgDwDaYA8AMGEPAIxSBgCwOwcAIs8JAGQLAgBa2QAA/CwCAD7lDQDyVAMAIpQBAHwXAgCy6AcADPUMAMyTAQAGOgYAEB4LAHoBDQAKCwMAVhwOAKwcDgACHQ4A6DoOAD47DgCUOw4A6jsOAEA8DgC6CwIAEAwCAGYMAgC8DAIABEkOAI7QBADk0AQAbqMLAATvCwDqBAgARDQJAKbmCQCSSQAAZAsCAAAAAAAsXw8AgJYAANTrAAAq7AAAAAAAAAAAAACy6AcADPUMAMyTAQAGOgYAEB4LAHoBDQA40AQAjuINAOTiDQCCCQ8AugsCABBFCQBmRQkAvEUJAAAAAAC0Sw4AfMEBAE4nAACOygEA5MoBAEj/AgAKCwMArm0LAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAyKcMAB6oDACqvQkAAL4JAJ7SAQDo/wUASNwGAJJJAACMUgYAsDsHACLPCQBkCwIAGPkLAG75CwCqVwEApuwMAPzsDABS7QwAqO0MAP7tDABU7gwAqu4MAADvDABW7wwArO8MAFrGDAAenAYAeCkMAM4pDABqmQcA5uUOACBqAgB2agIAzGoCACJrAgBkCwIArm0LAB5WDgB0Vg4AylYOAFw6BgDGwwUAHMQFALyLAQASjAEASpkPADQcAQAszAUAzJMBACKUAQDyVAMAIpQBAHwXAgBkCwIAGPkLAG75CwBoew4AvnsOAAZMDwBcTA8AeEACABR8DgCGzAQAAAAAAGQLAgDKkAAAIJEAACasDAB8rAwA0qwMACitDAB+rQwA1K0MACquDACArgwAdoQPAMyEDwAihQ8AOiECAAaiDwCSSQAAWtkAACqWAAAqlgAAhhgAAGQLAgBWHA4ArBwOAAIdDgBWAAAArAAAAAIBAACGzAQAaHsOAL57DgCGzAQAkkkAAHhAAgAUfA4AhswEAAAAAABkCwIAVhwOAPwdEADMkwEAeO4DAM7uAwAk7wMArBwOAAIdDgAmAg0AfAINANICDQAoAw0AfgMNANQDDQAqBA0AgAQNANYEDQAsBQ0A7hANAEQRDQCaEQ0A8BENAEYSDQBsZQIAPo0MAHwjCACGGAAAQlACACSxDwAiGQQAQiUCAJglAgBE+QAA8PsBAJIBBwCExwIA2scCADDIAgC8iQAA0kICAPKLCQByDgAAKsMBACKUAQDyVAMAeO4DAEIlAgCWjgwAfCMIAGQLAgAY+QsAbvkLAJJJAAAQHgsAegENANABDQAGPAcAXDwHAEKHCACSSQAA4EkCAFBxDwAizwkAZAsCALLoBwDoHgAA8BMOAEYUDgCcFA4AVi8CAGaJAAAAvAgAVrwIAKy8CADGwwUAhMcCANrHAgAwyAIAOiECAGaJAAC8iQAAkqEBAGaJAABsZQIALDANAIIwDQDYMA0ALjENAIQxDQDaMQ0Aqr0JAATvCwAibQMAeG0DAPaTDADU6wAABO8LAFYAAACSSQAAEB4LAAAAAAAAAAAAAAAAADohAgAGog8ATicAAKjCDADSQgIAOkwCAFrGDAAAvAgAVrwIAGgJAAC+CQAA8LsMALr2DAAQ9wwAZokAAE4nAACSSQAAEB4LAPaTDABkCwIAWsYMAAC8CABWvAgAaAkAAL4JAADwuwwAuvYMABD3DACubQsAZokAALyJAAAacwgAaAkAAL4JAADwuwwAuvYMABD3DACubQsAZokAALyJAAAacwgAaAkAAL4JAADwuwwAuvYMABD3DAA4TwQAIpQBAIKZAQAilAEAFBwJAKx0DwACdQ8AWHUPAK51DwAAAAAAugsCABAMAgBmDAIAvKUOABKmDgBkCwIAVhwOAKwcDgACHQ4AggkPAGxlAgAAAAAAZAsCAFYcDgCsHA4AAh0OAIIJDwCy6AcADPUMAMyTAQAGOgYAEB4LAHoBDQAYzgsAbs4LAOwRDgC6CwIAEAwCAGYMAgDGwwUAhMcCAMjpAgBkswAAKpYAAEIvBwCSoQEAnOkNAHwjCAA6ZA4AkGQOAOZkDgA8ZQ4AkmUOAOhlDgDmtgwA6GkQAD5qEAAoQwIAnFICAIxSBgCwOwcAIs8JAFYvAgA0HAEAcg4AAFYcDgCsHA4AAh0OAIIJDwAYzgsAbs4LAOwRDgC6CwIAEAwCAGYMAgCy6AcADPUMAMyTAQAGOgYAEB4LAHoBDQBqOQIAajkCAPLADgBkCwIAugsCABAMAgBmDAIAvAwCAHaEDwDMhA8AIoUPALoLAgDSQgIA8osJADQcAQBQcQ8AdKwOABj5CwB8FwIAhhgAANwYAADSQgIAOkwCAMrwBQBkCwIAypAAACCRAADEpQwAGqYMAHCmDADGpgwAHKcMAHKnDABkTg4AosMOAPjDDgBOxA4AfgUOAMDjAQDwEw4ARhQOAJwUDgBkCwIA8LsMALr2DAAQ9wwApBgOAPoYDgBQGQ4AphkOAPwZDgBSGg4AZAsCAPC7DAC69gwAEPcMAGaJAAC8iQAAGnMIAGQLAgCy6AcA6B4AAPATDgBGFA4AnBQOAGQLAgDwuwwAuvYMABD3DABWHA4ArBwOAKQYDgD6GA4AUBkOAKYZDgD8GQ4AUhoOAGQLAgDwuwwAuvYMABD3DAAAAAAA9P0BAJJJAADKkAAA0kICADpMAgDm5Q4AVgAAAKwAAAAAMQMAVjEDAKwxAwACMgMArm0LAB5WDgASDQIAaA0CAL4NAgAUDgIAag4CACYXAgCqvQkABO8LAMbDBQAcxAUAcsQFAHgpDABCUAIAmFACAAAAAADm5Q4APOYOAIhiDwDeYg8ANGMPAIpjDwDQgAwAGM4LAG7OCwDsEQ4ACgsDAIxkDwDiZA8AOGUPAAoLAwBkCwIAypAAACCRAADyVAMABjoGAFw6BgCe0gEAnOsOAFYAAADMkwEABjoGABAeCwD2kwwAJMICAMyTAQAilAEAIm0DAGaJAAACxw0AeNEKABjOCwCSoQEAZokAAJxSAgBOJwAAqMIMANJCAgA0HAEAZAsCALLoBwAM9QwAzJMBAAY6BgAQHgsABO8LAFrvCwBkCwIAugsCABBFCQAggg4AdoIOAMyCDgAigw4AeIMOAM6DDgAkhA4AWsYMAE4nAACSSQAAEB4LAPaTDAD+yA8AVMkPAKrJDwAAyg8AVsoPAKzKDwB0UgwAZAsCALoLAgCowgwA/sIMAFTDDACy6AcAOmQOAJBkDgDmZA4APGUOACgyDwB+Mg8AjnYCAJJJAAAQHgsAWsYMADohAgCM4Q0A4uENAJJJAAAQHgsADPUMAGSzAABkswAAKpYAAHIOAAAqwwEATicAANY1EAAQDAIAZgwCALwMAgAc/w0Acv8NAMj/DQCowgwA/sIMAFTDDACy6AcAOmQOAJBkDgDmZA4APGUOACgyDwB+Mg8AjnYCAJJJAAAQHgsAWsYMADohAgCM4Q0A4uENAJJJAAAQHgsADPUMAGSzAABkswAAKpYAAHIOAAAqwwEATicAANY1EAAeAA4AdAAOAMoADgDcxgEAZAsCAAAAAABkCwIAugsCABAMAgBmDAIAtp4MAAyfDAAAAAAAqr0JAATvCwBa7wsACgsDAK5tCwBCLwcAmC8HACSxDwAiGQQA6B4AAHwjCAAKCwMAzJMBACKUAQBOJwAAqMIMAHzuAgBI/wIAnv8CAFYcDgCsHA4AAh0OAIIJDwDYCQ8A9BcPAEoYDwCgGA8ArD8KAAJACgBYQAoAtp4MAAyfDACubQsAdoQPAMyEDwAihQ8ArkAKAARJDgCO0AQA5NAEACJSCwAeVg4AdtwQAMzcEAAi3RAAeN0QABjOCwCSoQEAnOkNAPLpDQDcxgEA6B4AAKq9CQAAvgkAVr4JAOZMAgDm5Q4AwOMBABbkAQB8wQEA3NYJAJaODABCLwcA/CwCAD7lDQDyVAMAIpQBAHwXAgBI/wIAnv8CAFYcDgCsHA4AAh0OAIIJDwDYCQ8A9BcPAEoYDwCgGA8AFI8CAGqPAgCcbA8AfCMIANIjCACOdgIAfCMIAFYvAgCwOwcApuYJACqWAACAlgAA1OsAAHzuAgAC2gEAWNoBAJKhAQCc6Q0AkkkAABAeCwBWHA4AZokAANzGAQBoew4AzJMBADqiAgB8IwgAZAsCALoLAgAQDAIAZgwCALwMAgCy6AcADPUMAGSzAABkswAAKpYAAHIOAAAqwwEATicAANY1EAD4Qg4ATkMOAKRDDgD6Qw4AUEQOAOblDgA85g4AkuYOACgyDwDuPw8AREAPAJpADwDwQA8A/EQOAFJFDgCoRQ4AZAsCAGQLAgAKCwMANBwBADQcAQAszAUAjnYCAFqJAwBkCwIA9P0BAEr+AQCg/gEA9v4BAEz/AQCi/wEAhhgAACqWAACSSQAAiMcBAHwjCABWAAAAFBwJAHwjCACSSQAAZokAAAC8CABkCwIAVhwOAKwcDgACHQ4AggkPABAMAgBmDAIAvAwCALLoBwAM9QwAZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAA1jUQAFrZAAD8LAIAmBQPACqWAACAlgAAOkwCAFYcDgCsHA4AAh0OAGSzAABmiwEAAtoBAFjaAQCSoQEAnOkNAJJJAABWHA4ArBwOAAIdDgBaxgwAlmkPAOxpDwBCag8AmGoPAO5qDwBEaw8AmmsPAPBrDwAKCwMAAAAAAAAAAADMkwEAeO4DAGh7DgAqlgAAVgAAAJBKAQA6TAIAYosCAITHAgCcUgIAEB4LAGSzAAAAAAAAWCEQALoLAgAQDAIAZgwCALwMAgCQywEADicQADpkDgCQZA4A5mQOADxlDgAKCwMAugsCABAMAgBmDAIAtp4MAAyfDACubQsAdoQPAMyEDwAihQ8A3MYBADLHAQCIxwEA3scBADTIAQCKyAEA4MgBAHIOAACoLQIAhhgAAGQLAgCubQsAdoQPAMyEDwAihQ8AUHEPAPi1BwBOtgcApLYHAPq2BwBQtwcAprcHAPy3BwCwOwcAkkkAAOhJAAA+SgAAdJYDAGQLAgCubQsAdoQPAMyEDwAihQ8AhhgAAHwjCAC8mwkAIpQBAHwXAgAKCwMArm0LAB5WDgAKeQ8AYHkPALZ5DwAMeg8Acg4AAGaJAAB0xwYAVgAAAJKhAQA6IQIAjOENAOLhDQA44g0AFPsNAJKhAQCc6Q0A8ukNAEjqDQBkCwIAUHEPAE4nAABkCwIAVhwOAKwcDgACHQ4AfCMIALybCQDQgg0AJoMNAH4FDgDUBQ4AkqEBAJzpDQDy6Q0ARDQJADAJDgCGCQ4AfgUOANQFDgCAlgAA1OsAAHzuAgBeIA4AkkkAABAeCwB6AQ0A0AENAOa2DAA8twwA5o8OADyQDgCSkA4A6JAOAD6RDgCUkQ4A0CoMABBFCQAggg4AdoIOAMyCDgAigw4AZAsCADohAgAGog8ATicAAKjCDADSQgIAOkwCABj5CwAGOgYAcg4AAGQLAgAYzgsAbs4LAI52AgA6TAIAhhgAAJJJAABkCwIAWsYMAJxsDwB8IwgAZAsCAFrZAAD8LAIAmBQPAO4UDwDGwwUAhMcCAMjpAgBkswAAKpYAAEIvBwCSoQEAnOkNAHwjCACSSQAA4EkCADZKAgCMSgIAopYNAKKWDQAgEgEAKpYAAICWAADU6wAAVi8CAKwvAgACMAIAWDACAK4wAgBWLwIATicAAI7KAQDkygEAECAMAGYgDAAAAAAAFhEDAFLpCgACHQ4AtCAOABAMAgBmDAIAvAwCAKgtAgCoLQIAKpYAAGaJAACcbA8AZLMAANJCAgA6TAIAAOEFAJxSAgCMUgYAsDsHACLPCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAD51AACcUgIAjFIGAHjuAwBOJwAAEEUJACqWAAB8IwgAfCMIACxfDwCCXw8AFBwJAKx0DwACdQ8ALF8PAIYYAABkswAAWokDACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAVgAAAFYAAACSoQEAOE8EAGSzAACExwIAnFICAIxSBgCwOwcAIs8JAGSzAABmiwEAvLgCAP7IDwAQHgsAqlcBANguDAAuLwwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIYYAADcGAAAapkHAJJJAACEdwUAeNUMADR0AgByDgAAgpkBACqWAACGGAAAkkkAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAEB4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSSQAAZokAAMyTAQAilAEAKpYAAICWAACSoQEAZokAAJDJAAAgkQAAxKUMABpzCABwcwgAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADhPBAAilAEA8lQDAAY6BgCMUgYAZokAAAC8CAA4TwQAIGoCAGaJAACcUgIAjFIGALA7BwAizwkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCcUgIAZokAAGaJAAC8iQAAEooAAGiKAAC+igAAFIsAANJCAgA6TAIAcg4AAMgOAACm5gkA0kICAGSzAAAqlgAATicAAI7KAQDkygEAECAMAGYgDAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHwXAgB40QoAztEKAJ7SAQB8IwgAOiECAGSzAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GAPpeBgBQXwYApl8GAPxfBgBSYAYAqGAGAP5gBgDMkwEAOqICAJCiAgDmogIAPKMCAJKjAgDoowIAcg4AABSPAgBqjwIAnFICABAeCwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCMtAwA4rQMACqWAACqVwEAdtwQAMzcEAAi3RAAeN0QAM7dEAAk3hAAet4QACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIy0DADitAwAZLMAAGaLAQAC2gEAWNoBAJKhAQCc6Q0AkkkAAIxSBgCwOwcAIs8JACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIy0DADitAwAjFIGAOJSBgA4UwYAjlMGAORTBgA6VAYAkFQGAJQODQDqDg0AQA8NAJYPDQDsDw0AQhANAJgQDQAEWgEAjLQMAOK0DADKkAAAIJEAAMSlDAAacwgAcHMIAMZzCAAcdAgAcnQIAMh0CAC8mwkAsDsHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIy0DADitAwAcg4AADj5AwCO+QMAnOkNAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAjLQMAOK0DAAiGQQAeBkEAM4ZBAAkGgQAehoEANAaBAAmGwQAfBsEANIbBAAoHAQAfhwEAARaAQCMtAwA4rQMAE4nAACSoQEAWokDAFrZAAD8LAIAWokDAHIOAAA4+QMAjvkDAJzpDQCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAIy0DADitAwA3CAEADIhBACIIQQA3iEEAGQLAgAKCwMA6EkAAFQfEACqHxAAACAQANJCAgDyiwkAWtkAAPwsAgA6IQIAkqEBAGQLAgCubQsAHlYOABINAgBoDQIAvg0CABQOAgBqDgIAAAAAAGQLAgCqvQkAAL4JAGKLAgAQIg0AZiINALwiDQASIw0AsugHAGp8DgDAfA4AFn0OAGx9DgDCfQ4AGH4OALLoBwBqfA4AwHwOABZ9DgBsfQ4Awn0OABh+DgCubQsAHlYOABINAgBoDQIAvg0CABQOAgBqDgIA5uUOAFghEABaxgwAcoAOAMyjCQDKkAAAZokAAFrGDABygA4AzKMJAMqQAABmiQAAALwIAGQLAgDm5Q4AWCEQAK4hEAAEIhAAWiIQALAiEAAGIxAAXCMQALIjEADKkAAAkqEBAJKhAQBkCwIA5rYMADy3DACStwwA6LcMACpeDwAilAEAfBcCAGQLAgAY+QsABjoGABAeCwBmHgsAcg4AAE4nAACSSQAAZAsCAMbDBQAcxAUAcsQFAGj8DgC+/A4AFP0OAGr9DgB8FwIA3NYJADLXCQBkCwIAxsMFABzEBQByxAUAaPwOAL78DgAU/Q4Aav0OAJDJAAByDgAA6B4AAHwjCABkCwIAOiECAFqJAwAKCwMAwOMBAK4hEAAEbgsAfCMIAGQLAgBQcQ8ATicAAGQLAgAY+QsAbvkLAIYYAAAqlgAAgJYAAGQLAgCubQsAHlYOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCy6AcAKDIPAH4yDwDAjwIAFpACAGQLAgBWHA4AhHcFAHjVDADO1QwAJNYMAOblDgA85g4A5uUOADzmDgCS5g4A6OYOAMbDBQCExwIAmkIQAPBCEABGQxAAnEMQAPJDEABIRBAAnkQQAPREEADm5Q4APOYOAFrGDAA6IQIAjOENACTCAgBkGwoArm0LAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAAPwsAgCYFA8A7hQPAFYcDgD8HRAAPkoAADqkAwA8twwA0kICADpMAgBiiwIAkkkAAGQLAgDGwwUAhMcCAJpCEADwQhAARkMQAFBxDwBOJwAAZAsCAFYcDgD8HRAAPkoAALoLAgCowgwAkqEBAJKhAQDooQEAWtkAAMyTAQAilAEAfBcCAGQLAgCubQsAHlYOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMqQAADSQgIAKl4PACKUAQB8FwIAZAsCAPC7DABGvAwAnGwPAHwjCACSoQEAOE8EACKUAQB8FwIAZAsCAFBxDwBOJwAAZAsCAFYcDgD8HRAAPkoAAMJWEAAYVxAAblcQAMRXEAAaWBAAcFgQAMZYEAAcWRAAclkQAMhZEAAeWhAAdFoQAMpaEACoLQIA/i0CACJaDwCcbA8A3BgAAN5GAQDoSQAAPkoAAHSWAwBkCwIArm0LAB5WDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAUHEPAPi1BwBOtgcApLYHAPq2BwBQtwcAprcHAPy3BwBi9QwAuPUMAA72DABk9gwACgsDAAAAAAAAAAAAAAAAAGQLAgB4KQwAwqwQABitEABurRAAGPkLAG75CwDajRAAMI4QAIaOEADcjhAAMo8QAFrGDAAi9gcAfCMIAFqJAwBmiQAAjnYCAIYYAABkCwIAWsYMACL2BwB8IwgAGM4LAIYYAADCrBAAGK0QAG6tEAAY+QsAbvkLANqNEAAwjhAAho4QANyOEAAyjxAAWsYMACL2BwB8IwgAcg4AABSPAgBqjwIAALwIAFa8CAB8FwIAeNEKADQcAQBkCwIAGPkLAG75CwDajRAAMI4QAIaOEADcjhAAMo8QADohAgCQIQIAOtUGACrFAgCSoQEAnOkNABj5CwBu+QsA2o0QADCOEACGjhAA3I4QANIXAgBkCwIAfBcCAHjRCgDO0QoAeCkMAMKsEAAYrRAAbq0QABj5CwBu+QsA2o0QADCOEACGjhAA3I4QADKPEABWAAAAkEoBAOZKAQAkwgIAzJMBAHwjCAAsXw8AgJYAAHRSDAAUjwIAhHcFAHjVDACcUgIAEB4LAHwXAgBaiQMACgsDANwgBAAyIQQAiCEEAN4hBABa2QAAzJMBAAY6BgDoSQAAZAsCAK5tCwAeVg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgBWHA4AkmUOAFYaDQCqvQkAAL4JAICWAAAE7wsAWu8LAGQLAgAYzgsAbs4LAOwRDgBWAAAANBwBAGQLAgCubQsAdoQPAMyEDwAAAAAAIoUPANw2DwA4JgUALMwFAJxsDwB8IwgAZAsCALoLAgAQDAIAZgwCALwMAgBa2QAAzJMBAAY6BgDoSQAAZAsCAK5tCwAeVg4AdFYOAMpWDgBcOgYAxsMFABzEBQC8iwEAJKsMAHqrDAB6qwwAlGYOAHzBAQAO8AkAZPAJALrwCQBUHQ8Aqh0PAFYAAACQSgEA5koBAKDpDAD26QwATOoMAKLqDABkCwIAxsMFABzEBQDcNg8AMjcPAIg3DwDeNw8ANDgPAIo4DwA4TwQA0i0NACguDQBI3AYAWokDAGSzAAC6swAAzFMMACJUDAB4VAwAECAMAGYgDAAqlgAAgJYAANTrAAB87gIAfBcCANIXAgBmiQAA/B0QAD5KAAB0lgMAypYDAFrGDACwxgwABscMAFYcDgCsHA4AAh0OALQgDgAQDAIAZgwCALaeDAAMnwwAkmUOAFYaDQCy6AcA6B4AACqWAABWHA4A/B0QAD5KAAC6CwIA1jUQACw2EACCNhAA2DYQALLoBwAoMg8AfjIPAMCPAgAWkAIAZAsCAFYcDgCEdwUAeNUMAM7VDACqvQkAAL4JAOblDgDSQgIABO8LAFrvCwBkCwIANBwBACzMBQAkwgIAZBsKAKjCDADSQgIAZAsCADQcAQCKHAEA0kICADpMAgAY+QsAbvkLAE4nAACowgwA0kICADQcAQAszAUAnFICAIxSBgCwOwcAKpYAAEjcBgBGsAYAkkkAAIxSBgCwOwcAIs8JAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAKjCDADSQgIAZAsCAFYcDgBmiQAA3MYBAPwdEAA+SgAAdJYDAMqWAwDAUw8AwlQPABhVDwBuVQ8AugsCABAMAgBmDAIAvKUOABKmDgBkCwIAVhwOAKwcDgACHQ4AFiMMAGwjDADCIwwAGCQMAG4kDADEJAwAGiUMAHAlDADC6AMAGOkDANw2DwAyNw8A6PkCAD76AgCc6Q0AMscBAIYPEQDcDxEAFI8CAFqJAwBaiQMAgMMBADQ8EQB6jBIAfCMIANI+AAAyEBEAiBARADQ8EQD48hAAQkwAAL4EEwB6jBIAfCMIAHqMEgB6jBIAfCMIADQ8EQBIcxIAeowSAL4EEwB8FwIAPh8AACASAQC+BBMAIBIBANQ2EQDUNhEAfCMIACxfDwBAIAAAIBIBADzKAADK8AUAmO0QAJjtEAB6jBIAyvAFAHqMEgDwEw4AfAoRANIKEQCamhEAhg8RANwPEQCK6BEAvgQTAGgJAAA0PBEAfAoRANIKEQAgEgEAHgYRAFZPEgCsTxIADlQRAHwXAgDUNhEAhjoRANw6EQCGDxEA3A8RADLnEQA0HAEAWCEQANQ2EQDYDREA1DYRACLPCQCCuxIAmpoRADQ8EQDMCRIAeowSAGgJAABoCQAAph8RAPwfEQBSIBEAvgQTAHIOAADkExEAOhQRAOQTEQA6FBEA1GERAL4EEwBWGg0ASP8CAHwjCAAacwgAfCMIAKYfEQD8HxEAlpoSACASAQCmHxEA/B8RAJaaEgA+HwAAhg8RANwPEQDuUAIAZAsCADIxDAA0PBEACgsDAJJJAADUNhEAOqICAHwjCAA0PBEAKkQCAOQTEQA6FBEA1DYRADgTEQCOExEA5BMRABYvEgDkExEAFi8SAEhIEgDUNhEAsCQRAKggEQD+IBEAHgYRAKggEQAAAAAAZAsCAKYfEQD8HxEAph8RAPwfEQCmHxEA/B8RAJAUEQCamhEAgOUSANblEgBqOQIAOBMRAB4GEQDkExEAOhQRAGo5AgB8IwgAZAsCAL4EEwBkCwIALucSAPIaEQBE8hIANDwRADQ8EQCGzAQAhswEAIbMBAAKCwMAALwIAAaiDwAA6QkABqIPAGr9DgBq/Q4AkkkAABwoDQCaRhIARPkAAHIOAAByDgAAZCkRAAAgEABE+QAAJjcSAHIOAAAAIBAA1DYRANQ2EQDUNhEA1DYRANQ2EQAeBhEAHgYRANQ2EQDUNhEA1DYRANQ2EQDUNhEA1DYRAB4GEQAeBhEAHgYRANQ2EQDUNhEA1DYRAB4GEQAeBhEAcC8RAB4GEQAeBhEA1DYRAGQLAgBkCwIAXKgSAGgJAABcqBIAaAkAAHgzEQDuZg0AZAsCAL4EEwDSQgIADvAJAGQLAgByDgAAcg4AANQ2EQDUNhEAkqEBAETyEgCmHxEA/B8RAAoLAwA0PBEAvgQTAHIOAAAuOREAZAsCAC7HAgDoHgAAWokDANzWCQCGGAAAfCMIAPCICAB8IwgAnnMSADQ8EQBYexIARPISAHIOAADgdAIAWtkAAFrZAABa2QAAvgQTAFrZAACUTgIAJLEPAL4EEwDgdAIAvgQTACJrAgDMihIAjmsSAORrEgCSQBEAvgQTAIjpEgDe6RIALPECACASAQC+BBMAwIAQAGgJAAC+BBMAVgAAAIYYAAAsXw8A+PIQAFqJAwBkKxIAVgAAAMyKEgBoCQAAaAkAAGgJAACS7BEANDwRAPjyEAAUjwIAWokDAABNEQDM7QMA8NQDAMQFEgCW4AoAFAUTACL2BwAeBhEAVk8SAKxPEgD+eBIA6tEDAKYfEQD8HxEAlpoSACpiEQAeBhEAvgQTAMzGBQDo0AMAPJYRAB4GEQDUNhEA1DYRAKYfEQD8HxEA1DYRAIY6EQDcOhEAyA4AADQ8EQC8RQkAnOkNADQ8EQDEMBIAxDASADQ8EQAIUxIAgDcRAG4UBABkCwIANDwRABBVEQDK8AUAvgQTAGQLAgBkCwIAZAsCABQFEwBkCwIA+PIQAL4EEwBkCwIANDwRAETyEgCGOhEA3DoRAGQLAgDKxQUAlBgSAHJ6CwB+BQ4AvgQTADpUBgC+BBMAGkwKAFZ4EQBAIAAANDwRABBVEQBmVREAAvoRAL4EEwAUjwIAnOkNADQ8EQBIcxIARPkAAJQYEgA8lhEAnI8LABK1AAA6IQIAZAsCAB4GEQBWTxIArE8SAKYfEQCgSRIAfgUOAODoEQD48hAAcg4AACASAQB8YBEA2OQRAC7lEQAC+hEAkkkAAB4GEQBWTxIArE8SAP54EgBUeRIAAvoRAJJJAAAC+hEAkkkAAGT+EADqbBEAvgQTAGQLAgC+BBMAZAsCADQ8EQBIcxIAmpoRADQ8EQC2UhEADFMRAGJTEQDO3xEAZAsCAFYaDQAAeBEANDwRANQ2EQCGOhEA3DoRALB6EQBu7QUA+PIQAIK7EgCIMQwAFAUTANQ2EQAUBRMA1DYRACCIEQB2iBEAzIgRALZSEQAMUxEAYlMRALhTEQBC7xEAIIgRAHaIEQDMiBEAZP4QAGI7BQAeBhEAVk8SAKxPEgD+eBIAVHkSAM78CgC+BBMAFI8CAFqJAwC+BBMAlBgSAPjyEACGzAQA6NADABAeCwDUNhEAhjoRANw6EQBY+hEAQCAAAB4GEQBWTxIArE8SAL4EEwAKCwMA/ngSAFR5EgBixAkAAvoRAJJJAAByhhEAyIYRAB6HEQCqeRIAOlQGAHKGEQDUNhEAcl0SAB4GEQAUBRMA1DYRAIY6EQAUBRMAnOkNAGQLAgBE8hIAhjoRANw6EQC8wAYANDwRAEhzEgC+BBMAqsMMADQ8EQC+BBMAQIIGAFB3EgAeBhEAFAUTAOQTEQA6FBEAfCMIADjqEQAgiBEAdogRAMyIEQBE8hIAhjoRANw6EQAATREAFI8CAJzpDQBQdxIAvgQTAJzpDQBkCwIAGDASAHwjCAAkwgIAUHcSAKZ3EgD8dxIAZP4QACASAQA0PBEAvgQTAJJlDgD48hAAdFIMAB4GEQBQdxIAHgYRAFB3EgDUNhEAFAUTABQFEwAUBRMA1DYRAIY6EQDcOhEAtlIRAAxTEQBiUxEAfAwSAKp5EgAAehIAlBgSAEAgAAC4UxEAgGIRAFB3EgCmdxIA/HcSAFJ4EgBE8hIAgDcRAMoKEwB0XBEAylwRAMoKEwByhhEAUHcSAB4GEQBWTxIArE8SAB4GEQBWTxIArE8SAL4EEwBgVBIA9pMMAL4EEwCc6Q0AvgQTALjrBwD48hAAZAsCAMrwBQAgEgEANDwRAAhTEgCANxEA6m4SAAAAAAB8IwgAAAAAAGoFEwA0PBEACFMSAIA3EQDqbhIAAAAAAHwjCAAAAAAAvgQTAL4EEwAUjwIAvgQTABSPAgC+BBMAFI8CAGoFEwC+BBMAxDASABQFEwDUNhEA1DYRAIY6EQDcOhEANDwRAAAAAABIcxIAVhoNAB4GEQBWTxIArE8SAPZHEQC+BBMAzIoSAJJJAABQ9hEAoEkSACL2BwBcUhIAslISAJaaEgBaiQMAUHcSAKZ3EgD8dxIANDwRADQ8EQDUNhEAhjoRANw6EQBCXgkAAAAAAO7EEQBExREAmsURAPCICAByXRIAyF0SAB5eEgC+BBMAZP4QAPaTDAB8wwIAnOkNADQ8EQC+BBMAZCsSAPZkCgBk/hAAvgQTACLPCQCamhEAph8RAPwfEQDkExEAOhQRAB4GEQBWTxIArE8SACJtAwA0PBEAvgQTAJLQAwDUNhEA1DYRAIY6EQDcOhEAfCMIAEAgAADUNhEA9EgSANQ2EQCGOhEA3DoRAEr1EgAAAAAAHgYRAFZPEgCsTxIANDwRABBVEQBmVREA+PIQADQ8EQDe1wkAlBgSAPjyEADgHAEAAAAAAL4EEwCUGBIA+PIQAOAcAQBg0xEAHgYRAFZPEgCsTxIACFMSAIA3EQC+BBMANDwRANQ2EQCGOhEA3DoRAL4EEwBaiQMAmBoSAGQLAgAg3hEA1DYRAET5AACWXQkAkkkAAFh7EgBaiQMAyvAFAL4EEwCAlgAAxDASACJtAwDmlREAZAsCAGQLAgA0PBEAlpoSAJryEgAgEgEAmpoRAGQLAgAy5xEABjoGABBVEQBmVREA5pURACKUAQBg0xEAttMRAAzUEQB8IwgAAAAAAAAAAAAAAAAAvgQTAJQYEgAAAAAAAAAAAAAAAAAy5xEA8PARAJJJAABkCwIAIBIBAL4EEwDMihIAlBgSAHwjCADUNhEAPJYRADyWEQDUNhEAgDcRAEj/AgBW+xIAVk8SAKxPEgD+eBIAVHkSAIK7EgBE8hIAgDcRAIbMBAAeBhEAdAYRAIbMBAAqlgAAkkkAAHj2BwC+BBMAZokAAHj2BwAUBRMA+vURAOaVEQCmHxEA/B8RAJAUEQAQVREAZlURAKYfEQD8HxEAkBQRABBVEQBmVREAkkkAAJJJAABWeBEAfMEBAHJdEgDIXRIAHl4SAAL6EQC+BBMAWokDANQ2EQC+BBMAktADAKJ1EgBkCwIA1DYRAIY6EQDcOhEAZAASALoAEgCGzAQAhswEAL4EEwCS0AMAktADAMrFBQAYMBIA+PIQAAAAAAC+BBMAvgQTACqWAAA0PBEAktADAGBUEgBkCwIAvgQTAMwJEgBoCQAAjjILAHwXAgAqDhIAgA4SAFYAAABWAAAAOlQGADQ8EQBkCwIAvgQTAL4EEwCGGAAAHgYRAFZPEgCsTxIAipIRAKrDDADq0QMA1DYRAIY6EQDcOhEA5uUOAKYfEQCgSRIAbC8SAMwJEgAizwkAzAkSAMwJEgB8IwgAhhgAAKYfEQCgSRIA/B8RAB4GEQA0PBEAzAkSACIKEgB4ChIAgrsSAOIUEgD8TBIA1DYRAJLQAwA0PBEAvvIJAMz5CQAAAAAAQO4RAJbuEQAAAAAAAAAAADYECgCiCQcAqsMMADQ8EQC+BBMAvgQTAMQwEgCSSQAANDwRAL4EEwBYIRAANDwRACASAQBkCwIANDwRAAxVEgCGGAAA1DYRAIY6EQDcOhEAvgQTAGQLAgC+BBMAZAsCAL4EEwAgEgEAWCUSACASAQBkCwIAvgQTAGgJAABYJRIAaAkAAGBUEgAizwkAWCUSAAoLAwAAAAAAWokDAAQmEgBaiQMAvgQTAGBUEgDeFBMANDwRAN4UEwC+BBMA3hQTANQ2EQCGOhEA3DoRAL4EEwCIYg8AIBIBAPjyEAByDgAAcg4AAPjyEACc6Q0AYFQSAAoLAwAeBhEAVk8SAKxPEgDUNhEAhjoRANw6EQBkCwIAOkwCAL4EEwBkCwIAvgQTADQ8EQDqGBIAZAsCAGQLAgDK8AUAcDESACASAQC6GwoAgrsSADQ8EQB8IwgAaAkAAL4EEwBYJRIAAAAAAGQLAgDkExEAOhQRANRhEQBYIRAA1DYRAIY6EQDcOhEAtn8SADQ8EQAg4BIASHMSAMrfEgA0PBEANDwRACY3EgB8NxIA0jcSACY3EgB8NxIA0jcSACg4EgB+OBIAJjcSAHw3EgDSNxIAKDgSAH44EgBIcxIA1DYRAIY6EQDcOhEAtn8SADQ8EQAg4BIASHMSAMrfEgA0PBEA/OwMADQ8EQCSSQAAJMICAJJJAABE8hIAhjoRANw6EQA0PBEAmEUSAHwjCABaiQMAouoMAAoLAwDCsBIAoEkSAJDLAQBkCwIAcg4AAAAAAAB0UgwAAAAAABYvEgDqQxIAQEQSAJZEEgC+BBMARPISAIY6EQDcOhEAZAsCAGgJAACGzAQAhswEAIK7EgBkCwIAHgYRAGQLAgA0PBEACgsDADQ8EQDcdAMAzIoSAMyKEgDm5Q4ANDwRAL4EEwBkCwIAph8RAPwfEQBE8hIAhjoRANw6EQBE8hIAZAsCAHwjCAC+BBMAfCMIAOxEEgDkigwAIs8JAGgJAACCuxIA3MwEALLTEgASjAEARPkAAOpuEgDkExEAOhQRAAjzDADCsBIAxPkLAGQLAgDCWhIAZAsCAMT5CwDUjhIAgpASAEYSDQDA4wEAHgYRAFZPEgCsTxIAZAsCAL4EEwC+BBMARPISABSPAgAUjwIARPISAETyEgB8IwgARBkRAJoZEQDOYBIACicRAB4GEQDUNhEAgDcRACgYAgBaxgwAKsMBAKggEQAeBhEASFUDAMDjAQDKxQUAaJwJALI8BwB8FwIAkkkAAKzhBQB8IwgAvgQTAJzpDQBcqBIALscCAFZaAgAuxwIAVloCAPZUAgByegsAFAUTAHzDAgC+BBMAaAkAAGQLAgBgJxEA6B4AAEhVAwAu5xIAZAsCAL4EEwA4ExEA4MgBAL4EEwCCuxIAxAcTANzMBAC+BBMACgsDAAoLAwAKCwMACgsDADQ8EQA0PBEAClQSAIA3EQCuUBIAaAkAAJJJAAAUjwIAnOkNAB4GEQBWTxIArE8SAPCICADUNhEAhjoRANw6EQCqeRIAAHoSABBVEQBmVREAEFURAGZVEQDUNhEA1I4SAGo5AgC+BBMAZAsCAEj/AgDkExEA5JYSADQ8EQCgnxIA0i0NAJxsDwBkCwIA1I4SAIKQEgCoRw8AhhgAANSOEgCCkBIAqEcPAGxlAgDUjhIAgpASAKhHDwCmHxEA/B8RAJaaEgBCmxIACn8SAGB/EgAOgRIA1I4SAIKQEgCoRw8A1I4SAIKQEgCoRw8A1I4SAIKQEgCoRw8Aph8RAPwfEQCoRw8A1AUOAKYfEQCSQhIARPISAPRIEgC+BBMAZAsCAE4nAABOJwAAfBcCAFYvAgCY7RAAyIgSAKKWDQBIcxIAZAsCAL4EEwBkCwIA0AENAIBkEgB+BQ4AZAsCAGQLAgBuWxIAmpoRAIDlEgD8HxEAkMsBAGQLAgDCJw4APqIBAKjCDAC2fxIA1DYRAHwXAgAk1gwAtn8SAAoLAwC2fxIACgsDADQ8EQBkCwIAZAsCANSOEgCCkBIAvgQTAKYfEQD8HxEAlpoSAFrvCwBkCwIAZAsCAGQLAgDUYREAZAsCALR+EgDYCQ8Acg4AAApMDgDkExEANDwRAB4GEQB0qAwAxPkLAEr1EgAAAAAAxPkLALBLDwCspRIAskwPAAKmEgCamhEA/k0SAETyEgCANxEA1I4SAIIJDwCY7RAAmpoRAKylEgCamhEAAqYSAJqaEQDUjhIAgpASAHReEgBWAAAARDQJAJJJAACiHREAcg4AAGQLAgDE+QsAblsSAGQLAgBsLxIAbGUCAJ6eEgDM4BIAIuESAFqJAwBa7wsAfCMIAGQLAgBkCwIAZAsCAL4EEwBm9wwAZvcMAGb3DABm9wwAfBcCAHwXAgAEdg8AZAsCAKYfEQASrhIA1I4SACbjEgBkCwIA1I4SANgJDwBkCwIAeowSAI6WEgCmHxEA5JYSAGQLAgCgnxIA9p8SAGjZEgBMoBIAZAsCAGQLAgDUjhIA2AkPAHqMEgCOlhIAph8RAOSWEgBkCwIA8sAOACa4EgCmHxEA/B8RAETyEgCANxEAZAsCAMKwEgCCuxIAgrsSAET5AABQTBIAfrkSAPxMEgAW5AEAZvcMAGb3DABm9wwAZvcMAGQLAgCenhIAkD8RAKggEQACIxEAWu8LAGj8DgDuUAIAfOMSAJJCEgB6jBIANDwRAH7kEgA0PBEAgrsSAAoLAwCilg0AopYNAGQLAgCqwwwAoJ8SAPafEgB8IwgAfCMIACw2EACmHxEA/B8RAKrDDACgnxIA9p8SAHwjCAB8IwgALDYQAMaHEgAciBIAph8RAKBJEgBISBIAAAAAADQ8EQA0PBEASP8CANQ2EQDUjhIA9hgPAP73EQCgSRIA9soSALrXEgBE8hIA9EgSAAoLAwBU+BEAlpoSABAeCwC+BBMAPE0CAFYAAAC2fxIA1I4SAPYYDwCSSQAA1DYRAHwjCABkCwIAph8RAPwfEQAsNhAAkuYOAAoLAwAKCwMAfMEBAHzBAQB8wQEAfMEBAAoLAwA0PBEAfMEBAGQLAgBkCwIAZAsCAAAAAAAAAAAA1I4SACbjEgCmHxEA/B8RACw2EADuFA8AvgQTANSOEgAQHgsAvgQTANSOEgAu5xIANDwRAGQLAgBkCwIAWokDAHwjCAAqlgAAZAsCAJ6eEgDM4BIAIuESAHjhEgDO4RIAJOISAHriEgAKCwMAph8RAPwfEQCQFBEAoJ8SAPafEgA0PBEAph8RAKBJEgAmjRIARPISAIY6EQA4ExEA/i0CAMiIEgDa5xIAMOgSAIboEgDc6BIARPISAIA3EQBSuAcARPISADQ8EQDi6xIACgsDAJzpDQBq+w0ADoESAJ7qDQDUjhIAggkPAMiIEgDa5xIAMOgSAIboEgDc6BIAMukSAA6BEgDIiBIA2ucSADDoEgCG6BIA3OgSADLpEgDUNhEAgrsSACyQEgAgEgEAblsSAL4EEwAgEgEASHMSACASAQBIcxIA5BMRABYvEgAgEgEAZAsCANSOEgCCkBIAph8RAPwfEQD+LQIAossSAKLLEgD+LQIAHgYRAB4GEQAeBhEAIIgRAB4GEQAeBhEAHgYRAB4GEQDkExEAFi8SAB4GEQAgiBEAHgYRAFhQEgAeBhEAWFASAB4GEQBYUBIAcl0SAFhQEgAeBhEAWFASAB4GEQBYUBIACFERAFhQEgAeBhEAWFASALZSEQAMUxEAUiARAGQLAgCCuxIAZAsCAAoLAwA0PBEAhhgAAJzpDQCoIBEAJGESAFimEgBYphIAqCARAP4gEQAAvAgAbAYTAAoLAwAKCwMAcg4AAHIOAADwRBEANDwRABbkAQAeBhEAvgQTAJLmDgDKChMAkuYOAL4EEwAeBhEA+PIQAL4EEwD48hAAHgYRAFZPEgD48hAAJA0TAHoNEwAeBhEACgsDAMBZEgA0PBEAZAsCAGQLAgBkCwIA3hQTAGQLAgBkCwIAZAsCAN4UEwBkCwIArLwIAN4UEwC+BBMAMo8QAGQLAgBkCwIA3hQTADQ8EQC2UhEADFMRAGJTEQAeBhEABFoBAHqMEgCOlhIAZAsCAETyEgCANxEAph8RAPwfEQCWmhIAEowBANCrDACkzBIAstMSAJzpDQDONRIAFi8SAEhIEgB+BQ4A1DYRAPRIEgB+BQ4AvgQTAAC8CAD2RxEADFUSANSOEgCCkBIAph8RAKBJEgD2yhIAvgQTAPjyEAAk1gwAhhgAAL4EEwAizwkAph8RAPwfEQCWmhIAaHsOAPZHEQBu3BIAph8RABKuEgDUjhIAggkPAL4EEwA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAIAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAQAAAAAEAAIAAAwAABAAAAACAAACMgRCEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAFBAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAgAAAIAAAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAigAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAABAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIABAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAABAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAARAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAQAAAAAEAAIAAAwAARAAAAACAAACMgRKEAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABABAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAEAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAiAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAiAAQAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAADAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAABAAAAAAAAAAAAAAAAAAAAAAGAAAAAAGAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAwAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAwAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAQAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAABAMAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAEAAIAAAwAABAAAAACAAAAMgRCEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAGAAAAIAAAAAMAAAAAAAAAAAgAACAAAAAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAEAAAAAgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQ"},"index":{"lists":[[13,14,28,29,108,110,111,112,200,235],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,28,29,50,51,52,53,54,55,56,59,60,61,62,65,66,67,68,69,70,71,72,73,74,75,76,80,85,86,88,89,90,91,92,93,94,95,96,97,98,99,103,104,105,106,108,110,111,112,116,121,122,149,152,153,155,166,167,168,171,172,173,174,179,180,188,191,200,205,207,208,212,213,216,225,226,230,235,237,239,240,241,242,244,246,247,249,250,253,254,255,256,257,271],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,28,29,50,51,52,53,54,55,56,58,59,60,61,62,65,66,67,68,69,70,71,72,73,74,75,76,80,81,85,86,88,89,90,91,92,93,94,95,96,97,98,99,102,103,104,105,106,108,110,111,112,116,121,122,128,149,152,153,155,166,167,168,171,172,173,174,179,180,188,191,200,205,207,208,209,212,213,216,225,226,230,235,237,239,240,241,242,244,246,247,249,250,253,254,255,256,257,260,261,262,271],[5,13,14,19,28,29,50,51,78,101,108,110,111,112,200,215,235,257,260,277],[13,14,19,28,29,108,110,111,112,140,141,142,200,235,263,264,265,266,267,268,269],[6,7,13,14,28,29,108,110,111,112,200,216,235],[13,14,28,29,77,79,108,110,111,112,200,235],[13,14,28,29,108,110,111,112,200,235,250,270],[10,13,14,28,29,90,108,110,111,112,121,122,147,148,175,176,200,235,250,255,256],[10,13,14,28,29,108,110,111,112,140,141,142,200,235],[10,13,14,28,29,53,76,83,88,91,95,96,108,110,111,112,132,140,141,142,143,160,179,180,182,186,194,197,200,208,210,211,212,213,224,232,233,234,235,243,271],[13,14,28,29,36,37,38,44,45,108,110,111,112,120,185,198,200,201,203,235,236,249],[13,14,28,29,108,110,111,112,144,200,235,283],[12,13,14,28,29,108,110,111,112,200,235],[1,10,13,14,19,20,28,29,108,110,111,112,140,141,142,169,170,187,200,235,237,241,242,271],[10,13,14,19,27,28,29,30,33,108,110,111,112,140,141,142,146,169,170,200,235,237,241,242,271],[4,10,13,14,17,18,19,28,29,55,108,110,111,112,140,141,142,169,170,200,216,235,237,241,242,254,271],[6,10,13,14,19,28,29,39,108,110,111,112,140,141,142,169,170,171,200,202,235,237,241,242,259,271],[0,2,9,10,11,13,14,15,17,19,28,29,32,42,43,46,47,105,108,110,111,112,140,141,142,163,169,170,171,181,184,200,216,218,235,237,238,241,242,245,248,251,271,272,275,278,279,282,284],[3,5,10,13,14,19,24,28,29,32,42,46,47,49,58,61,62,84,87,106,107,108,110,111,112,116,118,124,125,127,133,140,141,142,145,150,153,156,163,169,170,171,178,183,190,192,193,199,200,204,205,216,217,228,231,235,237,241,242,271,280,285],[10,13,14,19,28,29,108,110,111,112,140,141,142,169,170,200,235,237,241,242,271],[10,13,14,19,28,29,108,110,111,112,140,141,142,169,170,171,200,235,237,241,242,271],[10,13,14,16,19,28,29,108,110,111,112,140,141,142,169,170,200,235,237,241,242,271],[10,13,14,19,24,26,28,29,32,108,110,111,112,140,141,142,169,170,199,200,235,237,241,242,271],[10,13,14,19,28,29,108,110,111,112,140,141,142,169,170,200,235,237,241,242,271,276],[10,13,14,19,28,29,104,108,110,111,112,140,141,142,169,170,171,177,196,200,235,237,241,242,261,271,273,274],[10,13,14,19,28,29,99,107,108,110,111,112,119,123,134,140,141,142,165,169,170,178,200,220,235,237,241,242,261,271],[10,13,14,19,28,29,31,58,108,110,111,112,118,126,140,141,142,155,156,169,170,189,199,200,205,235,237,241,242,271],[9,10,13,14,19,21,28,29,48,82,108,110,111,112,140,141,142,169,170,171,200,235,237,241,242,271],[10,13,14,15,19,28,29,31,32,64,108,110,111,112,140,141,142,155,169,170,199,200,235,237,241,242,271],[10,13,14,19,22,23,28,29,34,35,57,69,108,110,111,112,117,129,131,135,140,141,142,151,157,158,159,161,162,164,169,170,174,195,200,206,207,219,222,227,229,230,235,237,241,242,252,258,271],[10,13,14,18,19,20,28,29,72,108,109,110,111,112,140,141,142,169,170,200,235,237,241,242,271],[7,10,13,14,19,28,29,108,110,111,112,140,141,142,169,170,200,235,237,241,242,271],[10,13,14,19,25,28,29,31,32,108,110,111,112,140,141,142,169,170,171,199,200,235,237,241,242,271],[10,13,14,19,25,28,29,31,108,110,111,112,140,141,142,169,170,199,200,235,237,241,242,271],[13,14,28,29,108,110,111,112,115,130,136,137,138,139,154,200,221,223,235,281],[13,14,28,29,80,108,110,111,112,200,235],[10,13,14,19,28,29,40,41,108,110,111,112,140,141,142,200,235,237,241,242,271],[13,14,28,29,50,108,110,111,112,200,235],[13,14,28,29,51,54,56,59,60,108,110,111,112,200,235],[13,14,28,29,52,108,110,111,112,200,235],[13,14,28,29,63,67,68,70,108,110,111,112,200,235],[13,14,28,29,66,89,108,110,111,112,200,235],[13,14,28,29,66,108,110,111,112,113,114,200,235],[13,14,28,29,66,90,92,108,110,111,112,200,235],[13,14,28,29,66,108,110,111,112,200,235],[13,14,28,29,71,73,75,89,108,110,111,112,200,235,244],[13,14,28,29,74,108,110,111,112,173,200,235],[13,14,28,29,89,108,110,111,112,200,235,244],[13,14,28,29,90,92,98,108,110,111,112,200,235,262],[13,14,28,29,92,108,110,111,112,200,235],[13,14,28,29,97,103,108,110,111,112,200,235,244,262],[13,14,28,29,100,108,110,111,112,200,214,235],[13,14,28,29,108,110,111,112,172,200,235],[13,14,28,29,108,110,111,112,200,235,244],[13,14,28,29,108,110,111,112,200,235,262],[13,14,28,29,94,108,110,111,112,200,235,247],[5,13,14,19,28,29,50,51,94,108,110,111,112,200,235,247,257,260],[13,14,19,28,29,94,108,110,111,112,200,225,226,235,247],[6,7,13,14,28,29,94,108,110,111,112,200,216,235,247],[13,14,28,29,94,108,110,111,112,200,235,247,250],[10,13,14,28,29,90,94,108,110,111,112,121,122,200,235,247,250,255,256],[10,13,14,28,29,94,102,108,110,111,112,200,225,226,235,247],[10,13,14,28,29,53,76,81,85,86,88,91,93,94,95,96,108,110,111,112,179,180,191,200,208,209,212,213,225,226,235,247,271],[13,14,28,29,94,108,110,111,112,200,235,247,249],[1,8,10,13,14,19,20,28,29,94,108,110,111,112,200,225,226,235,237,239,240,241,242,247,253,271],[10,13,14,19,28,29,94,108,110,111,112,200,225,226,235,237,239,240,241,242,247,271],[4,10,13,14,17,18,19,28,29,55,94,108,110,111,112,200,216,225,226,235,237,239,240,241,242,247,254,271],[6,10,13,14,19,28,29,94,108,110,111,112,171,200,225,226,235,237,239,240,241,242,247,271],[2,9,10,13,14,15,17,19,28,29,94,105,108,110,111,112,171,200,216,225,226,235,237,239,240,241,242,246,247,271],[5,10,13,14,19,28,29,58,61,62,94,106,108,110,111,112,116,149,153,171,200,205,216,225,226,235,237,239,240,241,242,247,271],[10,13,14,19,28,29,94,108,110,111,112,188,200,225,226,235,237,239,240,241,242,247,271],[10,13,14,19,28,29,94,108,110,111,112,171,200,225,226,235,237,239,240,241,242,247,271],[10,13,14,16,19,28,29,94,108,110,111,112,128,200,225,226,235,237,239,240,241,242,247,271],[10,13,14,19,28,29,94,104,108,110,111,112,171,200,225,226,235,237,239,240,241,242,247,261,271],[10,13,14,19,28,29,94,99,108,110,111,112,200,225,226,235,237,239,240,241,242,247,261,271],[10,13,14,19,28,29,58,94,108,110,111,112,155,200,205,225,226,235,237,239,240,241,242,247,271],[9,10,13,14,19,28,29,94,108,110,111,112,171,200,225,226,235,237,239,240,241,242,247,271],[10,13,14,15,19,28,29,94,108,110,111,112,149,152,155,200,225,226,235,237,239,240,241,242,247,271],[10,13,14,19,28,29,69,94,108,110,111,112,149,174,200,207,225,226,230,235,237,239,240,241,242,247,271],[10,13,14,18,19,20,28,29,72,94,108,110,111,112,200,225,226,235,237,239,240,241,242,247,271],[7,10,13,14,19,28,29,94,108,110,111,112,200,225,226,235,237,239,240,241,242,247,271],[13,14,28,29,80,94,108,110,111,112,200,235,247],[10,13,14,19,28,29,94,108,110,111,112,200,225,226,235,237,241,242,247,271],[13,14,28,29,50,94,108,110,111,112,200,235,247],[13,14,28,29,51,54,56,59,60,94,108,110,111,112,200,235,247],[13,14,28,29,52,94,108,110,111,112,200,235,247],[13,14,28,29,67,68,70,94,108,110,111,112,200,235,247],[13,14,28,29,65,66,89,94,108,110,111,112,200,235,247],[13,14,28,29,66,94,108,110,111,112,200,235,247],[13,14,28,29,66,90,92,94,108,110,111,112,200,235,247],[13,14,28,29,71,73,75,89,94,108,110,111,112,166,200,235,244,247],[13,14,28,29,74,94,108,110,111,112,173,200,235,247],[13,14,28,29,89,94,108,110,111,112,200,235,244,247],[13,14,28,29,90,92,94,98,108,110,111,112,168,200,235,247,262],[13,14,28,29,92,94,108,110,111,112,200,235,247],[13,14,28,29,94,97,103,108,110,111,112,200,235,244,247,262],[13,14,28,29,94,108,110,111,112,167,200,235,247],[13,14,28,29,94,108,110,111,112,168,200,235,247],[13,14,28,29,94,108,110,111,112,172,200,235,247],[13,14,28,29,94,108,110,111,112,200,235,244,247],[13,14,28,29,94,108,110,111,112,200,235,247,262]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  judgeLine(line) {
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
