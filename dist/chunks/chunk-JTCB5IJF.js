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
} from "./chunk-EQV5KQ6S.js";
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
var DERIVED = `{"prefilter":{"key":"rules 290\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,160,169,203,215,216,242,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,468,469,471,473,474,475,476,477,478,479,482,483,484,486],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13103,"states":14822,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAACwOwcABgAAANJCAgAHAAAAfCMIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAADc1gkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAABgqDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAIbMBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAsEkOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAHJ6CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAADyxBAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADGqg4APwAAAJznDABAAAAAXPIMAEEAAAA6aBAAQgAAAE4YDgBDAAAAOmQOAEQAAAAAAAAARQAAAJhoDgBGAAAAAAAAAEcAAADcig4ASAAAAOaPDgBJAAAAMukSAEoAAAA0tw4ASwAAAHjZDgBMAAAAztkOAE0AAAAk2g4ATgAAAPTsDgBPAAAA/PAOAFAAAABaIA8AUQAAALChDwBSAAAABqIPAFMAAABkpg8AVAAAAEbEEABVAAAAnMQQAFgAAACsAAAAWQAAACIZBABbAAAASmQKAFwAAACQSgEAXwAAAOqgAABhAAAAavUKAGIAAAAUHAkAagAAAAYyAgBtAAAAbhQEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAABEDwwABQEAAMoxEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAAAgMhEAGQkAAHYyEQBqCQAALt8OAHAJAAC+CQAAfQkAAFDqCwCBCQAAetoOAIQJAAD0ZQsAxQkAABQKAADLCQAAdPwLABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAMwyEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAA0i0NAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAACcwA4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAOPkDAJIOAACavw4Azg4AAB4PAADXDgAAQF0JACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAAiMxEAhxgAAPTwEACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAAKLiCADjGAAAJCgLAOQYAAAyGQAA5hgAAN5GAQDnGAAAgKYIAOkYAABqmQcA6xgAAHhUDADtGAAAHkgHAPIYAACkVgIA9RgAAG7vBgAzGQAAiBkAADUZAAAAuAYAOBkAAHqADACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAeDMRAO4eAAA+HwAA8h4AACJYDgD/HgAAnr0MAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAABAggYASCAAAJYgAACZIAAA2KMGAJ0gAADsIAAAoSAAAM5GBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAADOMxEAUCcAAI7KAQBTJwAAIP8MAFcnAAAIehAAWicAAKQnAABcJwAAEEUJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAACQ0EQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAHo0EQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAANA0EQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAACY1EQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAA0jURAO4+AAAoPwAAMD8AACg2EQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAfjYRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAANQ2EQCXSQAAeEACAJhJAACEdwUAmUkAAOoECACdSQAA6EkAAJ5JAAAQHgsAoEkAAIxSBgCmSQAA4EkCAO5JAACGYxAA9EkAAD5KAABESgAAdJYDAEZKAAAqNxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAgDcRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAADWNxEAcGIAAMRiAADHYgAAGmMAAB1jAAAsOBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAII4EQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAA2DgRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAC45EQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAIQ5EQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAA2jkRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAMDoRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAACGOhEAZ4kAAFb1DwBpiQAA3MYBAGyJAACOdgIAbYkAACL2BwBuiQAAHpwGAG+JAACQyQAAcIkAAJxSAgBziQAAzrAPAHWJAAC8iQAAd4kAAAC8CAB8iQAAdMcGAH2JAAA0Cw4AxokAAMyjCQDLiQAAEooAAB6KAABoigAAaYoAAKLYAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAADcOhEAk5AAADI7EQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAACe6AwALJEAAMbmAQAvkQAAPOIMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAJAICwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAAiDsRADCWAACAlgAAMpYAAFJPEwA5lgAASNwGADuWAABCLwcAPZYAAKpXAQBClgAA8pEMAEaWAAAa0w0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAANDwRADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAIo8EQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAOA8EQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAANj0RAGazAACExwIAabMAAGaLAQBtswAARrAGAG+zAAAacwgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAAvvAIAHO0AAC8tAAAxrQAABK1AAATtQAA1OAQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAIw9EQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAA4j0RAKfQAAD00AAA/tAAAErRAABV0QAAOD4RAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAI4+EQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAruAEABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAA5D4RACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AADo/EQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAAkD8RACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAAOY/EQDZ6wAAfO4CANzrAAAq7AAA4esAADgwCgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AAA8QBEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAJJAEQBF+QAAgrMOAEb5AACa+QAAR/kAAC4GDQBO+QAA3LUOAE/5AAB8SAUAU/kAANQYAgBU+QAARJAMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAA6EARAFf/AAA+QREArv8AAJRBEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBAOpBEQAPBgEAQEIRAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQCWQhEAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBADbVBwBxCAEAXjkFAMEIAQAOCQEAxwgBAPCMCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQDsQhEAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAEJDEQAoEgEADGQEACoSAQAAyg8ALRIBAKKWDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQCYQxEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQDuQxEA5RsBAEREEQA2HAEALMwFADkcAQCKHAEAPRwBAGDeAQBAHAEAMCgIAEIcAQBotwEASBwBAKBaBQCRHAEAEssLAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BAFCKBgCoHQEAEJUGAOcdAQBajwYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEA8EQRAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAPJFEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQBIRhEAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEAnkYRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEAoEcRAGkzAQD2RxEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQBMSBEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQCiSBEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAPhIEQCVSgEA5koBAOdKAQCwyg4A9UoBABgmDQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEATkkRAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQCkSREAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAPpJEQCrVwEAEg0CALRXAQBQawwAtlcBAKggEQC4VwEAHikNALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQDoOA0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAFBKEQAGWgEABPEMABJaAQBA5AwAJ1oBAKZKEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEA/EoRAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQBSSxEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAKhLEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAP5LEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAVEwRAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAKpMEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQAATREA7XUBAFZNEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEAAk4RAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBAFhOEQBWggEAqoIBALiCAQAAgwEAEYMBAK5OEQBdgwEABE8RAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBAFpPEQBhhQEAsE8RALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAXFARAL+KAQAQiwEAGIsBALJQEQBtiwEAvIsBAG+LAQAS5gMAc4sBALy4AgB3iwEAxFMOAHyLAQAC2gEAyIsBABKMAQAajAEA0rgSAC6MAQB83Q8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEACFERAM+TAQB47gMA1pMBAAY6BgDZkwEAIpQBANyTAQBKag0A3ZMBADqiAgDikwEA2EkEACmUAQDGZwIALJQBACJtAwAxlAEA+JoPAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEAXlERAJmZAQDYmQEA2pkBAKrDDADbmQEAqMIMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQBcxwwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQC0UREA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEAClIRAJehAQDooQEAnqEBAM4tDgCgoQEAOE8EAOqhAQBetgMA7aEBAJQ1CwD3oQEAhIMLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAILQBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEAYFIRAJ+kAQC2UhEA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQBiUxEA9qcBAEqoAQBYqAEAoKgBALGoAQC4UxEA/agBAA5UEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAulQRAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQAQVREAD7IBAGZVEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQC8VREAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBABJWEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAGhWEQB/wQEA0sEBAIDBAQCEAAoAiMEBAA7wCQCKwQEALmAPAI/BAQCGjA8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBAL5WEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQAUVxEA38YBADLHAQDwxgEA/jEEAD7HAQCIxwEAjscBAN7HAQDoxwEAalcRADnIAQCKyAEAl8gBAODIAQDoyAEAJF8RAOzIAQA2yQEA8MgBAO7PAQD8yAEAxNINADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQDAVxEAmMoBAKzEDACcygEA5MoBAPXKAQAWWBEAQcsBAGxYEQCYywEAwlgRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEAGFkRAPDPAQBE0AEAUtABAJrQAQCr0AEAblkRAPfQAQDEWREATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBABpaEQCg0gEA9NIBAKfSAQDOLw8AqtIBAOj/BQAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEAjAQKAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQD06g0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAcFoRAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQDGWhEAA9oBAFjaAQAY2gEAOCYFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BABxbEQC63QEACt4BABbeAQByWxEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAMhbEQDC4QEAEuIBAB7iAQAeXBEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBAMpcEQDI4wEAFuQBACDkAQASfQ8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEAIF0RANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQB2XREAJukBAIZdDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQAiXhEA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQB4XhEA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEAel8RAD/1AQDQXxEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBACZgEQDz+QEAfGARAET6AQCY+gEApvoBAO76AQD/+gEA0mARAEv7AQAoYREAovsBAH5hEQD4+wEA1GERAAz8AQCajgsASPwBAJz8AQCq/AEA8vwBAAP9AQAqYhEATv0BAJ79AQCq/QEAgGIRAP39AQBK/gEABf4BAPjFDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgDWYhEABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCACxjEQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgCCYxEAZQsCAJAKDABmCwIA0gINAGcLAgCy6AcAaQsCAIK1DwBqCwIAqr0JAGsLAgBe8wwAbgsCAIhgDgBvCwIAaPgMAHALAgCubQsAcQsCAPBlDAByCwIAkDUMAHMLAgDGwwUAdAsCALoLAgB8CwIAuNYSAH4LAgB6BQ8AgAsCANhhEACHCwIAFgYTAIwLAgCSEQ8AqAsCAJBkDgCtCwIA8vMSALwLAgAQDAIAywsCABbTDgAeDAIAZgwCAHcMAgDYYxEAwwwCAC5kEQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgCgwg4AcQ4CANpkEQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICAIZlEQDQEgIA3GURACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCADJmEQDRFAIAIhUCAC8VAgB4FQIAgBUCAIhmEQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIA3mYRAC4XAgA0ZxEAfhcCALIZCwCBFwIA0hcCAIgXAgB40QoA3BcCACgYAgDhFwIAiKoIADAYAgCUZA0ARBgCAH4YAgCGGAIAimcRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIA4GcRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CADZoEQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIAjGgRAD8hAgC+JQ4AQCECACrNBgBDIQIAkCECAEYhAgA45g8AmiECAOYhAgCdIQIAOtUGAJ4hAgBqfg8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIA4mgRAJkjAgDW2QwAniMCABRPDQCgIwIA6iMCAKQjAgCcZAsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCADhpEQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIAjmkRAKEnAgDyJwIA/CcCAEgoAgBQKAIA5GkRAKooAgA6ahEA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgCQahEA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgDmahEA/ywCAMpYDwACLQIAcCkOAAktAgBSLQIAXC0CADxrEQCwLQIA/i0CAAAuAgBUng8ACy4CAOqqBQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgCSaxEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIA6GsRABAyAgBcMgIAFzICAEBbCABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgA+bBEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIAlGwRAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCAOpsEQBrOQIA9hYOAG05AgAKUBAAcDkCAMA5AgBzOQIApkgQAHQ5AgB0PgIAdjkCACo1EAB4OQIAcC0QAHk5AgDiOxAAejkCAHJZEACBOQIAKtkMAIQ5AgAkBQ8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIAQG0RAHk+AgDKPgIAgj4CAPBCEADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgCWbREAfUACALbgAgB/QAIARsAOAIBAAgDOVg0AgkACADqRDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIA7G0RANRCAgAoQwIA1UICAOyODADXQgIA8osJANtCAgB8KwwA3kICADpMAgDgQgIAXKIPADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgBCbhEAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgCYbhEAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIA7m4RAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgBEbxEAPEwCAADhBQBBTAIAyvAFAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgCabxEATFACAIrWCABYUAIAmFACAFtQAgAOxQkApFACAO5QAgD2UAIA/k0SAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICAPBvEQCkUgIAYNUSAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgBGcBEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCAJxwEQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CAPJwEQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgBIcREAbmUCAHj0BgB4ZQIAwmUCAHllAgBixgoAemUCALbJDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCAJ5xEQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIA9HERACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgBKchEAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIAoHIRAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgD2chEAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgBMcxEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACAKJzEQClgAIA+IACAPuAAgBOgQIAW4ECABhPDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIA+HMRAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCAE50EQBriwIAuIsCAG6LAgCIXg0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CAKR0EQAWjwIAao8CABuPAgAqhw4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgD6dBEAg5QCAA6mDwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCAFB1EQCAmQIAmuwPAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECAKZ1EQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIA/HURAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIAUnYRAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgCawQ8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgCodhEAv7gCAPJqDgDGuAIAMA0QAMi4AgDKIwoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIA/nYRACbCAgB6wgIAMMICAGQbCgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIALLsSAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCAFR3EQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAqncRAI3HAgDMhhAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIAvKMNAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgAAeBEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCAFZ4EQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIAAnkRALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIArnkRAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIABHoRAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIAWnoRANXpAgAe6gIA5+kCACKaBAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIACiUQACbrAgB26wIALusCACqwDQAv6wIAoAwJADDrAgCM9gIAMesCANguDACC6wIAzOsCAM7rAgAwiA0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIAsHoRAILuAgAGexEA3u4CAFx7EQAr7wIACHwRAIHvAgBefBEAg+8CALrmBADX7wIA7roMAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECAHDTDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgC0fBEA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIACn0RAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCANzaCwDn9wIAOvgCAPr3AgDY2AsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIAYH0RAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgC2fREA8v0CAEb+AgBU/gIAnP4CAK3+AgAMfhEA+f4CAGJ+EQBQ/wIAnv8CAFL/AgBK3wcAkf8CAHIJEwCs/wIA9P8CAK3/AgBUBQMArv8CAKw/CgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDAGR/EQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMAun8RAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDABCAEQASCwMAZoARABYLAwDsNAoAJgsDAKhPEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwC8gBEAEg4DAGYOAwAVDgMA9CwEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMARFUEAB0QAwBqEAMAbRADAMAQAwDMEAMAEoERABsRAwBsEQMAIhEDAFLpCgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDAGiBEQB1EwMAxhMDAM4TAwDs4AoA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMAvoERAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwAUghEA4BoDACobAwDiGgMABu4KADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwBqghEAmSEDAOIhAwCiIQMA7CYDAMQhAwBk8goA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwDAghEA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDABaDEQBaLQMA8uMKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADAGyDEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwDCgxEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDABiEEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMAboQRAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDAMSEEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMAGoURAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMAcIURANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMAxoURAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMAHIYRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMAcoYRAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMAyIYRAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMAHocRAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDAHSHEQDDZQMAPjsOAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwDKhxEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwAgiBEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwB2iBEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwDMiBEAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwAiiREAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMAeIkRAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDAM6JEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDACSKEQBfiQMAsIkDAGeJAwAa/AwAuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDAHqKEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMA0IoRAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDAHyLEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMA0osRAICWAwDKlgMA0pYDACiMEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMAfowRAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDANSMEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwAqjREA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DAICNEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwDWjREAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwAsjhEAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMAgo4RABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwDYjhEAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDAMpKCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDAC6PEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DAISPEQCazgMA5M4DAOfOAwAoKAoA884DADrPAwD3zgMAshcKAETPAwCQzwMAmM8DAHxGBACczwMAgAoQAJ7PAwDmzwMArM8DADIACQDrzwMAPNADAPPPAwAYwgUASdADAJLQAwCV0AMAyqQKAJjQAwCy7AkAmtADAOjQAwCc0AMAYo8EAJ7QAwCkXgYA69ADAMBwCADu0AMApN8GAPLQAwA+0QMA9tADAGp0CgD40AMAHEkIAEPRAwCU0QMAStEDAJjVBABM0QMAwEkKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwBG1QMApNQDAPDUAwD41AMA2o8RAFPVAwCc1QMApNUDAPLVAwD11QMASNYDAE3WAwCe1gMArdYDAPTWAwAU1wMAStcDAFbXAwCg1wMAqtcDAPbXAwD+1wMATNgDAF7YAwCGkBEArNgDAPjYAwAG2QMATtkDAFvZAwCk2QMAu9kDAPrZAwAC2gMAUNoDAF/aAwCm2gMAq9oDAPzaAwAJ2wMAUtsDAF/bAwCo2wMAtNsDAP7bAwAN3AMAVNwDAF7cAwCq3AMAuNwDAADdAwAF3QMAVt0DAGPdAwCs3QMAr90DAALeAwAK3gMAWN4DAF3eAwCu3gMAu94DAATfAwAM3wMAWt8DAGPfAwCw3wMAvd8DAAbgAwAU4AMAXOADAG/gAwCy4AMAuuADAAjhAwAP4QMAXuEDAGPhAwC04QMAyuEDAAriAwAM4gMAYOIDAG7iAwC24gMAw+IDAAzjAwAU4wMAYuMDAGXjAwC44wMAveMDAA7kAwAd5AMAZOQDAITkAwC65AMAxuQDABDlAwAa5QMAZuUDAG7lAwC85QMAzuUDANyQEQAj5gMAaOYDAG/mAwC+5gMAxuYDABTnAwAh5wMAaucDAG/nAwDA5wMAyucDABboAwAe6AMAbOgDAG7oAwCWtQoAcegDALZrCAB26AMA4NoKAHvoAwDC6AMAfOgDAPhjCQDH6AMAGOkDACXpAwBu6QMAe+kDAMTpAwDQ6QMAGuoDACnqAwBw6gMAeuoDAMbqAwDO6gMAHOsDACbrAwBy6wMAd+sDAMjrAwDQ6wMAMpERACrsAwB07AMAeuwDAMrsAwDl7AMAIO0DACztAwB27QMAfO0DAMztAwDo7QMAIu4DACruAwCIkREAgO4DAM7uAwDY7gMAJO8DAC/vAwB67wMAhu8DANDvAwDY7wMA3pERADLwAwB88AMAgvADANLwAwDt8AMAKPEDADTxAwB+8QMAhPEDANTxAwDc8QMAKvIDADDyAwCA8gMAifIDANbyAwDj8gMALPMDADnzAwCC8wMAkPMDANjzAwDl8wMALvQDAEX0AwCE9AMAjPQDANr0AwDf9AMAMPUDAOv0AwA09wMAPfUDAIb1AwCO9QMA3PUDAOf1AwAy9gMAN/YDAIj2AwCL9gMA3vYDAOj2AwA0khEAOfcDAIr3AwCZ9wMA4PcDAOL3AwA2+AMAR/gDAIz4AwCd+AMA4vgDAPb4AwCKkhEASfkDAI75AwCR+QMA5PkDAJb5AwBaEggAm/kDALz9DwDu+QMAOvoDADz6AwCQ+gMAmvoDAOb6AwDy+gMAPPsDAGb7AwCS+wMAnfsDAAQMBQC4+wMA6PsDABv8AwA+/AMAZPwDAJT8AwC6/AMA6vwDAB79AwBA/QMAa/0DAJb9AwCe/QMA7P0DABb+AwBC/gMAd/4DAJj+AwDD/gMA7v4DAPb+AwBE/wMAU/8DAJr/AwCf/wMA8P8DAPn/AwBGAAQA/f8DAAAIBABXAAQAnAAEAKMABADyAAQA+gAEAEgBBABVAQQAngEEAKMBBAD0AQQA/gEEAEoCBABSAgQAoAIEAKoCBAC4DgQArwIEAPYCBAD7AgQATAMEAFkDBACiAwQArwMEAPgDBAAEBAQATgQEAF0EBACkBAQArgQEAPoEBAACBQQAUAUEAFoFBACmBQQAqwUEAPwFBAAEBgQA4JIRAF4GBACoBgQArgYEAP4GBAAZBwQAVAcEAGAHBACqBwQAsAcEADaTEQANCAQAVggEAGIIBACsCAQAuwgEAAIJBAAMCQQAWAkEAGYJBACuCQQAswkEAAQKBAARCgQAWgoEAGIKBACwCgQAugoEAAYLBAALCwQAXAsEAGQLBACyCwQAtQsEAAgMBAAUDAQAXgwEAGQMBAC0DAQAzwwEAAoNBAAWDQQAYA0EAGYNBAC2DQQAvg0EAAwOBAAODgQAYg4EAGwOBACMkxEAvg4EAA4PBAAQDwQAZA8EAHEPBAC6DwQAvQ8EABAQBAAhEAQAZhAEAGgQBAC8EAQAxhAEABIRBAAeEQQAaBEEAHARBADikxEAwxEEABQSBAAXEgQAahIEAHQSBADAEgQAyBIEABYTBAAjEwQAbBMEAG4TBADCEwQA2BMEABgUBAAkFAQAOJQRAIoUBADEFAQA4BQEAI6UEQAfFQQAcBUEAH0VBADGFQQA0xUEABwWBAAoFgQAchYEAIEWBADIFgQA0hYEAB4XBAAsFwQAdBcEAHkXBADKFwQA1xcEACAYBAA5GAQAdhgEAHgYBADMGAQA0xgEAOSUEQA/GQQAeBkEAIkZBADOGQQA2hkEACQaBAA3GgQAehoEAIkaBADQGgQA3BoEACYbBAAnGwQAfBsEAIYbBADSGwQA4BsEACgcBAAtHAQAfhwEAIscBAA6lREA2RwEACodBAA3HQQAgB0EAI0dBADWHQQA4h0EACweBAA7HgQAgh4EAIweBADYHgQA5h4EAC4fBAAzHwQAhB8EAJEfBADaHwQA4h8EADyWEQA1IAQAhiAEAI4gBACSlhEA3iAEADIhBABAIQQAiCEEAJkhBADolhEA5SEEAD6XEQA5IgQAiiIEAJIiBADgIgQA7yIEADYjBAA7IwQAjCMEAJkjBADiIwQA7yMEADgkBABEJAQAjiQEAJ0kBADkJAQA7iQEAOqXEQA8JQQA9BcPAEAlBAAY+wwATSUEAJAlBACfJQQA5iUEAPIlBAA8JgQAPSYEAJImBACcJgQA6CYEAPYmBAA+JwQAQycEAJQnBAChJwQAQJgRAO4nBABAKAQASygEAJYoBACkKAQA7CgEAP0oBABCKQQATikEAJgpBACgKQQAlpgRAPMpBABEKgQAUSoEAJoqBACnKgQA8CoEAPwqBABGKwQAVSsEAJwrBACmKwQA8isEAAAsBABILAQAVSwEAJ4sBAC1LAQA7JgRAAEtBABKLQQAVy0EAKAtBACsLQQA9i0EAAUuBABMLgQAVi4EAKIuBACwLgQA+C4EAL4uBAD0twkA/S4EAE4vBABbLwQApC8EAKwvBABCmREABjAEAFAwBABgMAQApjAEAK8wBAD8MAQA/zAEAFIxBABeMQQAqDEEAK8xBACYmREACzIEAFQyBABjMgQAqjIEAKsyBAAAMwQAFzMEAFYzBABwMwQArDMEALgzBAACNAQAFTQEAFg0BABnNAQArjQEALo0BAAENQQABTUEAFo1BABkNQQAsDUEAL41BAAGNgQACzYEAFw2BABpNgQA7pkRAMw2BAAINwQAFzcEAF43BABgNwQAtDcEAGM3BAAWPgQAwTcEAAo4BAAXOAQAYDgEAGU4BAC2OAQAwDgEAAw5BAAbOQQAYjkEAGc5BAC4OQQAxTkEAA46BAAbOgQAZDoEAHA6BAC6OgQAyToEABA7BAAaOwQAZjsEAHM7BAC8OwQAwTsEABI8BAAWPAQAaDwEAHQ8BAC+PAQAxDwEABQ9BAAaPQQAaj0EAG89BADAPQQAxj0EAESaEQAjPgQAbD4EAHk+BADCPgQAzj4EABg/BAAnPwQAbj8EAHg/BADEPwQA0j8EABpABAAfQAQAcEAEAH1ABADGQAQAzUAEABxBBAAhQQQAckEEAH5BBADIQQQAy0EEAB5CBAArQgQAdEIEAHlCBADKQgQA1EIEACBDBAAsQwQAdkMEAIlDBADMQwQA2kMEACJEBAAlRAQAeEQEAIJEBADORAQA2kQEACRFBAAqRQQAekUEAIBFBADQRQQA1UUEACZGBAAsRgQAmpoRAIZGBAD2CAcAiEYEADBVCQCLRgQA0kYEANRGBAAoRwQAOUcEAH5HBACPRwQA1EcEANxHBAAqSAQAOkgEAIBIBACCSAQA1kgEAORIBAAsSQQAPUkEAPCaEQCJSQQARpsRANlJBAAuSgQAM0oEAIRKBAA0SgQAhnYEAIpKBADaSgQA5EoEADBLBAA8SwQAhksEAIxLBADcSwQA4ksEADJMBAA3TAQAiEwEAI5MBACcmxEA7EwEADRNBABNTQQAik0EAItNBADgTQQA/U0EADZOBAA+TgQA0HAEAFBOBACMTgQAj04EAOJOBADnTgQAnpwRAFFPBACOTwQAlE8EAORPBACkTwQAzBoFAOZPBAA6UAQAQFAEAJBQBACkUAQA5lAEAO5QBAA8UQQASVEEAJJRBACXUQQA6FEEAPJRBAA+UgQARlIEAJRSBAClUgQA6lIEAO9SBABAUwQAQlMEAJZTBACdUwQA7FMEAPhTBABCVAQASVQEAJhUBAC0VAQA7lQEAPZUBAD0nBEARVUEAJpVBACmVQQA8FUEAP1VBABGVgQATlYEAJxWBACfVgQA8lYEAP1WBABIVwQASlcEAJ5XBACkVwQA9FcEAABYBABKWAQAUVgEAKBYBACoWAQA9lgEAPtYBABMWQQAZVkEAKJZBADOWQQA+FkEAARaBABOWgQAXVoEAKRaBACuWgQA+loEAAJbBABQWwQAYFsEAKZbBAC0WwQA/FsEAA1cBABSXAQAXlwEAEqdEQCtXAQA/lwEAAZdBABUXQQAVV0EAKpdBABqXQQAJtULAMddBAAAXgQACF4EAFZeBABaXgQArF4EALJeBAACXwQABF8EAFhfBABZXwQArl8EAK9fBAAEYAQAEGAEAFpgBABgYAQAsGAEALhgBAAGYQQACGEEAFxhBAB3YQQAsmEEALRhBAAIYgQAFmIEAF5iBABvYgQAtGIEALZiBAAKYwQAI2MEAGBjBABxYwQAtmMEAMJjBACgnREAGmQEAGJkBAAoZAQAHh8IAHhkBAC4ZAQAuWQEAA5lBAAfZQQAZGUEAHBlBAC6ZQQA0GUEABBmBAAcZgQAZmYEAHNmBAC8ZgQAxmYEABJnBAAUZwQAaGcEAHJnBAC+ZwQAzGcEABRoBAAZaAQAamgEAHdoBADAaAQA3GgEABZpBAAeaQQA9p0RAHppBADCaQQA22kEABhqBAAZagQAbmoEAItqBADEagQAzGoEABprBAArawQAcGsEAH5rBADGawQA32sEABxsBAAibAQAcmwEAHRsBADIbAQAzmwEAB5tBAAybQQAdG0EAHxtBADKbQQA120EACBuBAAlbgQAdm4EAIBuBADMbgQA1G4EACJvBAAybwQAeG8EAH1vBADObwQA128EACRwBAAxcAQAenAEAIFwBABMnhEA4XAEACZxBAA0cQQAfHEEAJVxBADScQQA2HEEAChyBAAqcgQAfnIEAIRyBADUcgQA6HIEACpzBAAycwQAgHMEAI1zBADWcwQA23MEACx0BAA2dAQAgnQEAIp0BADYdAQA6HQEAC51BAAzdQQAhHUEAI11BADadQQA53UEADB2BAA3dgQAop4RAIt2BADcdgQA3XYEADJ3BAA+dwQAiHcEAI53BADedwQA73cEADR4BABIeAQAingEAJl4BADgeAQA5XgEADZ5BABDeQQAjHkEAJx5BADieQQA8HkEADh6BABPegQAjnoEAJd6BADkegQA6noEADp7BABGewQAkHsEAJd7BADmewQAAnwEADx8BABEfAQA+J4RAJh8BADofAQA7nwEAD59BABDfQQAlH0EAJp9BABOnxEA730EAEB+BABCfgQAln4EAJ1+BADsfgQA+n4EAEJ/BABPfwQAmH8EAK9/BADufwQA9n8EAESABABFgAQAmoAEAJ2ABADwgAQABIEEAEaBBABVgQQAnIEEAKGBBADygQQA84EEAEiCBABfggQA+p8RAKCCBAD0ggQAAYMEAEqDBABXgwQAoIMEAKWDBAD2gwQAAIQEAEyEBABUhAQAooQEALKEBAD4hAQABoUEAE6FBABbhQQApIUEAKuFBAD6hQQAAoYEAFCGBABShgQApoYEAK6GBAD8hgQA/YYEAFKHBAAShwQA1h8FAFeHBACohwQAq4cEAP6HBAAIiAQAVIgEAGuIBACqiAQAsIgEAACJBAAMiQQAVokEAFmJBACsiQQAyYkEAAKKBAATigQAWIoEAGCKBACuigQAtYoEAASLBAAKiwQAWosEAGiLBACwiwQAy4sEAAaMBAASjAQAXIwEAGKMBACyjAQAx4wEAAiNBAAQjQQAXo0EAGiNBAC0jQQAuo0EAAqOBAAYjgQAYI4EAGyOBAC2jgQAvY4EAAyPBAAUjwQAUKARAHCPBAC4jwQAzo8EAA6QBAAakAQAZJAEAGmQBAC6kAQAw5AEABCRBAAakQQAZpEEAHKRBACIewYAgpEEALyRBADEkQQApqARABeSBABokgQAdZIEAL6SBADLkgQAFJMEACCTBABqkwQAeZMEAMCTBADKkwQAFpQEACSUBABslAQAcZQEAMKUBADPlAQAGJUEACCVBAD8oBEAfJUEAMSVBADalQQAGpYEACaWBABwlgQAdZYEAMaWBADPlgQAHJcEACaXBABylwQAepcEAMiXBADUlwQAHpgEADGYBAB0mAQAdZgEAMqYBADYmAQAIJkEACaZBAB2mQQAgpkEAMyZBADTmQQAUqERACyaBAB4mgQAgJoEAM6aBADUmgQA7N4JAN2aBAAkmwQAKZsEAP4IBQAqmwQAepsEAIabBADQmwQA0psEACacBAAwnAQAfJwEAIicBADSnAQA2pwEAKihEQAwnQQAfp0EAI2dBADUnQQA2Z0EACqeBAA3ngQAgJ4EAI2eBADWngQA4p4EACyfBAA7nwQAgp8EAIyfBADYnwQA5p8EAC6gBAAzoAQAhKAEAJGgBADaoAQA4qAEADChBAA6oQQAhqEEAIuhBADcoQQA5KEEADKiBAA9ogQAiKIEAI2iBADeogQA4aIEADSjBAA+owQAiqMEAJKjBAD+oREA5aMEADakBABFpAQAjKQEAI6kBADipAQA86QEADilBABDpQQAjqUEAJOlBADkpQQA56UEADqmBABEpgQAkKYEAJimBADmpgQA6KYEADynBABJpwQAkqcEAJmnBADopwQA8KcEAD6oBAA/qAQAlKgEAJmoBADqqAQA8KgEAECpBABKqQQAlqkEAJ6pBABUohEAIqoEAEKqBAB3qgQAmKoEALKqBADuqgQAFKsEAESrBABeqwQAmqsEAMCrBADwqwQACqwEAEasBABvrAQAnKwEAKSsBADyrAQA9KwEAEitBABVrQQAnq0EAKWtBAD0rQQA/K0EAEquBABLrgQAoK4EAKWuBAD2rgQA/K4EAEyvBABWrwQAoq8EAKqvBACqohEAFLAEAACjEQBWsAQApLAEAKawBAD6sAQAB7EEAFCxBABXsQQAprEEAK6xBAD8sQQA/bEEAFKyBABXsgQAqLIEAK6yBAD+sgQACLMEAFSzBABcswQAVqMRAK+zBAAAtAQAArQEAFa0BABdtAQArLQEALq0BAACtQQAD7UEAFi1BABvtQQArrUEALa1BAAEtgQADrYEAFq2BAAatgQAbhYFAGW2BACwtgQAvLYEAAa3BAAOtwQArKMRAF23BACytwQAZrcEABiXBQBytwQAnIMFALe3BAAIuAQAC7gEAF64BABouAQAtLgEAMu4BAAKuQQAELkEAGC5BABsuQQAtrkEALm5BAAMugQAKboEAGK6BABzugQAuLoEANe6BAAOuwQAFrsEAGS7BABmuwQAursEAMm7BAAQvAQAGrwEAGa8BAB0vAQAvLwEANe8BAASvQQAHr0EAGi9BABwvQQAAqQRAMq9BAAUvgQAI74EAGq+BABvvgQAwL4EAMa+BAAWvwQAHb8EAGy/BAB0vwQAwr8EAMS/BAAYwAQAH8AEAG7ABABwwAQAxMAEAMXABAAawQQAJMEEAHDBBAB8wQQAxsEEAMzBBAAcwgQANsIEAHLCBAB6wgQAyMIEAN7CBAAewwQALMMEAHTDBAB3wwQAysMEAM3DBAAgxAQALsQEAHbEBACDxAQAzMQEAOPEBAAixQQAKsUEAHjFBAB6xQQAzsUEANbFBAAkxgQAO8YEAHrGBACGxgQA0MYEAObGBAAmxwQALscEAHzHBACKxwQA0scEANzHBAAoyAQAMMgEAH7IBACFyAQA1MgEAODIBAAqyQQAK8kEAIDJBACMyQQA1skEAOPJBAAsygQAM8oEAILKBACFygQA2MoEAODKBAAuywQAM8sEAITLBACRywQA2ssEAArMBAAwzAQAOMwEAFikEQCOzAQAzN4RAKLMBADczAQA5MwEAK6kEQBAzQQAiM0EAIrNBADezQQA780EADTOBAA8zgQAis4EAJbOBADgzgQA5s4EADbPBAA8zwQAjM8EAJHPBADizwQA6M8EAASlEQA90AQAjtAEAETQBADAJg4AltAEAOTQBADp0AQAqJMKAOrQBADm3wsA8NAEACJSCwDz0AQAOtEEAPXQBAA23QsAP9EEAJDRBABA0QQAkIUJAJ3RBADm0QQA89EEADzSBABI0gQAktIEAKHSBADo0gQA8tIEAFymEQBI0wQAlNMEAJnTBADq0wQA8tMEALKmEQBF1AQAltQEAJnUBADs1AQA9tQEAELVBABq1QQAXqcRAJ7VBADu1QQABNYEAETWBABS1gQAmtYEAKfWBADw1gQA8tYEAEbXBABQ1wQAnNcEAKjXBADy1wQA+dcEAEjYBABQ2AQAntgEAKXYBAD02AQA/dgEAErZBABW2QQAoNkEAKjZBAC0pxEA+9kEAEzaBABU2gQAotoEALHaBAD42gQA/doEAE7bBABb2wQApNsEALHbBAD62wQABtwEAFDcBABf3AQAptwEALDcBAD83AQACt0EAFLdBABX3QQAqN0EALXdBAD+3QQABt4EAFTeBABe3gQAqt4EALjeBAAA3wQAFt8EAFbfBABi3wQArN8EALHfBAAC4AQAC+AEAFjgBABi4AQACqgRALjgBAAE4QQAEOEEAFrhBABi4QQAYKgRALXhBAAG4gQAE+IEAFziBABp4gQAsuIEAL7iBAAI4wQAF+MEAF7jBABo4wQAtOMEAMzjBAAK5AQAFOQEAGDkBABu5AQAtuQEAMzkBAAM5QQAGOUEAGLlBABn5QQAuOUEAMHlBAAO5gQAGOYEAGTmBABs5gQAtqgRAMfmBAAQ5wQA0OYEAKTzEAAd5wQAZucEAHLnBAC85wQAy+cEABLoBAAc6AQAaOgEAHboBAC+6AQAy+gEABTpBAAr6QQAaukEAHLpBADA6QQAyukEABbqBAAb6gQAbOoEAHTqBAAMqREAzuoEABjrBAAe6wQAbusEAInrBADE6wQA0OsEABrsBAAg7AQAYqkRAHjsBAC4qREAy+wEABztBAAp7QQAcu0EAH/tBADI7QQA1O0EAB7uBAAt7gQAdO4EAH7uBADK7gQA2O4EACDvBAAl7wQAdu8EAIPvBADM7wQA1O8EAA6qEQAu8AQAePAEAIjwBADO8AQA1/AEACTxBAAn8QQAevEEAIbxBADQ8QQA1/EEAGSqEQA08gQAfPIEAJLyBADS8gQA3vIEACjzBAAv8wQAfvMEAIbzBADU8wQA2fMEACr0BAAz9AQAgPQEAIr0BAC6qhEA2/QEACz1BADi9AQAivkEADT1BACC9QQAiPUEANj1BADd9QQALvYEADf2BACE9gQAjvYEANr2BADm9gQAMPcEADj3BAAQqxEAi/cEANz3BADk9wQAMvgEAD34BACI+AQAjfgEAN74BADh+AQANPkEAD75BABmqxEAlPkEAOD5BADk+QQANvoEADv6BACM+gQAkvoEAOL6BAAC+wQAOPsEAED7BACO+wQAnPsEAOT7BADn+wQAOvwEAEL8BACQ/AQAmfwEAOb8BADz/AQAPP0EAEL9BACS/QQAnv0EAOj9BADq/QQAPv4EAE3+BACU/gQAn/4EAOr+BADs/gQAQP8EAFn/BACW/wQAp/8EAOz/BAD4/wQAvKsRAEoABQCYAAUAuAAFAO4ABQD8AAUARAEFAFEBBQCaAQUAoQEFAPABBQAMAgUARgIFAE4CBQASrBEAoQIFAPICBQD/AgUASAMFAFUDBQCeAwUAqgMFAPQDBQADBAUASgQFAFQEBQCgBAUAtQQFAPYEBQD+BAUATAUFAFsFBQCiBQUApAUFAPgFBQABBgUATgYFAFEGBQCkBgUAsAYFAPoGBQAWBwUAUAcFAFgHBQBorBEAqwcFAPwHBQASCAUAUggFAF4IBQCoCAUAywgFAL6sEQALCQUAVAkFAGEJBQCqCQUAtgkFAAAKBQAPCgUAVgoFAGAKBQCsCgUAtAoFAAILBQAMCwUAWAsFAF0LBQCuCwUAtgsFABStEQAYDAUAWgwFAIAMBQCwDAUA1gwFAAYNBQAsDQUAXA0FAIcNBQCyDQUAug0FAAgOBQAyDgUAXg4FAJQOBQC0DgUA2g4FAAoPBQAwDwUAYA8FAJYPBQC2DwUA4Q8FAAwQBQAUEAUAYhAFAGcQBQB4cQUAcRAFALgQBQC9EAUADhEFABsRBQBkEQUAcREFALoRBQDGEQUAEBIFAB8SBQBmEgUAcBIFALwSBQDKEgUAEhMFABcTBQBoEwUAdRMFAL4TBQDGEwUAFBQFABoUBQBqFAUAHhQFAMhuBQB2FAUAwBQFANAUBQAWFQUAHxUFAGwVBQBvFQUAwhUFAM4VBQAYFgUAHxYFAGqtEQCCFgUAxBYFAMcWBQAaFwUANxcFAHAXBQCBFwUAxhcFAM0XBQAcGAUANRgFAHIYBQB6GAUAyBgFAN4YBQAeGQUAIxkFAHQZBQB7GQUAyhkFANMZBQAgGgUAMRoFAHYaBQCCGgUAwK0RAM4aBQAoHgUA4BoFACIbBQAlGwUAeBsFAJUbBQDOGwUA3xsFACQcBQAzHAUAehwFAIscBQDQHAUA3hwFACYdBQAyHQUAfB0FAIkdBQDSHQUA3B0FABauEQAuHgUAfh4FAIweBQDUHgUA1h4FACofBQAxHwUAgB8FAJkfBQBsrhEA6h8FACwgBQAvIAUAgiAFAJ8gBQDYIAUA6SAFAC4hBQA2IQUAhCEFAIshBQDaIQUA4CEFADAiBQA+IgUAhiIFAKEiBQDcIgUA6CIFADIjBQA4IwUAiCMFAJ0jBQDeIwUA5iMFADQkBQA+JAUAiiQFAJAkBQDgJAUA7iQFADYlBQBCJQUAjCUFAJMlBQDiJQUA6iUFAMKuEQBBJgUAjiYFAJsmBQDkJgUA8iYFADonBQBJJwUAkCcFAJInBQDmJwUA8CcFADwoBQBKKAUAkigFAJcoBQDoKAUA9SgFAD4pBQBBKQUAlCkFAKApBQDqKQUA/SkFAEAqBQBPKgUAlioFAKIqBQDsKgUA7SoFAEIrBQBMKwUAmCsFAKYrBQDuKwUA8ysFAEQsBQBRLAUAGK8RAJ8sBQDwLAUABi0FAEYtBQBcLQUAnC0FAKUtBQDyLQUA/y0FAEguBQBWLgUAni4FAK0uBQD0LgUA9i4FAEovBQBULwUAoC8FAK4vBQD2LwUA+y8FAEwwBQBZMAUAojAFAKUwBQD4MAUAADEFAE4xBQBfMQUApDEFALIxBQD6MQUABzIFAFAyBQBwMgUApjIFAK4yBQD8MgUADDMFAFIzBQBUMwUAqDMFALYzBQD+MwUADzQFABqwEQBaNAUAqjQFALY0BQBwsBEABzUFAFY1BQANNQUAiigHAF01BQCsNQUAsjUFAAI2BQAONgUAWDYFAFs2BQCuNgUAsTYFAAQ3BQAsNwUAWjcFAH03BQCwNwUAuzcFAAY4BQALOAUAXDgFAF84BQCyOAUAvDgFAAg5BQAwOQUAxrARAGM5BQC0OQUAwTkFAAo6BQAXOgUAYDoFAGw6BQC2OgUAxToFAAw7BQAWOwUAYjsFAGo7BQC4OwUAwjsFAA48BQATPAUAZDwFAGw8BQAcsREAxzwFABA9BQAkPQUAZj0FAG49BQC8PQUAwT0FABI+BQAiPgUAaD4FAHA+BQC+PgUAyD4FABQ/BQAfPwUAaj8FAHY/BQDAPwUAyD8FAHKxEQAXQAUAbEAFAHhABQDCQAUA0UAFABhBBQAmQQUAbkEFAH5BBQDEQQUA0kEFABpCBQAmQgUAcEIFAHdCBQDGQgUAzkIFABxDBQAyQwUAckMFAIZDBQDIQwUAy0MFAB5EBQA7RAUAdEQFAIVEBQDKRAUA0kQFACBFBQArRQUAdkUFAHtFBQDMRQUAz0UFACJGBQAsRgUAeEYFAHtGBQDIsREA0EYFACZOCADTRgUAJEcFACdHBQB6RwUAhEcFANBHBQDYRwUAJkgFAEVIBQAeshEAkEgFANJIBQD4SAUAKEkFAE5JBQB+SQUApEkFANRJBQAMSgUAKkoFAGBKBQCASgUApkoFANZKBQD8SgUALEsFAGJLBQCCSwUApksFANhLBQD0SwUALkwFADZMBQB0shEAiUwFANpMBQDnTAUAME0FAD1NBQCGTQUAkk0FANxNBQDrTQUAMk4FADxOBQCITgUAlk4FAN5OBQDjTgUANE8FAEFPBQCKTwUAkk8FAMqyEQDsTwUANlAFAEZQBQCMUAUAlVAFAOJQBQDlUAUAOFEFAERRBQCOUQUAlVEFACCzEQDyUQUAOlIFAFBSBQCQUgUAnFIFAOZSBQDtUgUAPFMFAERTBQCSUwUAl1MFAOhTBQDxUwUAPlQFAEhUBQB2sxEAlVQFAOpUBQD2VAUAQFUFAEZVBQCWVQUAmFUFAOxVBQD2VQUAQlYFAFBWBQCYVgUAnVYFAO5WBQD7VgUARFcFAExXBQCaVwUApFcFAPBXBQD+VwUARlgFAFxYBQCcWAUAqFgFAPJYBQD5WAUASFkFAFBZBQCeWQUAo1kFAPRZBQD9WQUASloFAFRaBQDMsxEAo1oFAPZaBQATWwUATFsFAF1bBQCiWwUAsFsFAPhbBQAQXAUATlwFAFFcBQCkXAUAwVwFAPpcBQALXQUAUF0FAGhdBQCmXQUAsl0FAPxdBQAPXgUAUl4FAGFeBQCoXgUAtF4FAP5eBQD/XgUAVF8FAF5fBQCqXwUAuF8FAABgBQAFYAUAVmAFAGNgBQAitBEAsWAFAAJhBQAPYQUAWGEFAGVhBQCuYQUAumEFAARiBQATYgUAWmIFAGRiBQCwYgUAvmIFAAZjBQALYwUAXGMFAGljBQCyYwUAumMFACS1EQAUZAUAXmQFAG5kBQC0ZAUAvWQFAAplBQANZQUAYGUFAGxlBQC2ZQUAvWUFAHq1EQAaZgUAYmYFAHhmBQC4ZgUAxGYFAA5nBQAVZwUAZGcFAGxnBQC6ZwUAv2cFABBoBQAZaAUAZmgFAHBoBQDQtREAvWgFABJpBQAeaQUAaGkFAG5pBQC+aQUAwGkFABRqBQAeagUAamoFAHhqBQDAagUAxWoFABZrBQAjawUAbGsFAHRrBQDCawUAzGsFABhsBQAmbAUAbmwFAIRsBQDEbAUA0GwFABptBQAhbQUAcG0FAHhtBQDGbQUAy20FABxuBQAlbgUAcm4FAHxuBQAmthEA1m4FAB5vBQA0bwUAdG8FAIBvBQDKbwUA0W8FACBwBQAocAUAdnAFAHtwBQDMcAUA1XAFACJxBQAscQUAfLYRAHlxBQDOcQUA2nEFACRyBQAqcgUAenIFAHxyBQDQcgUA2nIFACZzBQA0cwUAfHMFAIFzBQDScwUA33MFACh0BQAwdAUAfnQFAIh0BQDUdAUA4nQFACp1BQBAdQUAgHUFAIx1BQDWdQUA3XUFACx2BQA0dgUAgnYFAId2BQDYdgUA4XYFAC53BQA4dwUA0rYRAIZ3BQDwEQ0AkncFANp3BQDrdwUAMHgFADV4BQCGeAUAnXgFANx4BQDweAUAMnkFAEp5BQCIeQUAl3kFAN55BQDjeQUANHoFAEF6BQCKegUAl3oFAOB6BQDsegUANnsFAEV7BQCMewUAlnsFAOJ7BQDqewUAOHwFAFZ8BQCOfAUAlnwFAOR8BQDtfAUAOn0FAEd9BQCQfQUAkn0FAOZ9BQD/fQUAPH4FAE1+BQCSfgUAnn4FAOh+BQDwfgUAKLcRAEN/BQCUfwUAnH8FAOp/BQD5fwUAQIAFAEWABQCWgAUAo4AFAOyABQD5gAUAQoEFAE6BBQCYgQUAp4EFAO6BBQD4gQUARIIFAEyCBQCaggUApIIFAPCCBQD1ggUARoMFAE6DBQB+txEAsIMFAPKDBQD1gwUASIQFAGWEBQCehAUAr4QFAPSEBQAqhQUASoUFAGmFBQCghQUAqIUFAPaFBQD4hQUATIYFAFuGBQCihgUArIYFAPiGBQAGhwUATocFAGmHBQCkhwUAsIcFAPqHBQACiAUA1LcRAFyIBQCmiAUAtYgFAPyIBQABiQUAUokFAFiJBQCoiQUAr4kFAP6JBQAGigUAVIoFAFaKBQCqigUAsYoFAACLBQACiwUAVosFAFeLBQCsiwUAtosFAAKMBQAOjAUAWIwFAF6MBQCujAUAyIwFAASNBQAMjQUAWo0FAHCNBQCwjQUAvo0FAAaOBQAJjgUAXI4FAF+OBQCyjgUAwI4FAAiPBQAVjwUAXo8FAHWPBQC0jwUAvI8FAAqQBQAMkAUAYJAFAGiQBQC2kAUAzZAFAAyRBQAYkQUAYpEFAHiRBQC4kQUAwJEFAA6SBQAckgUAZJIFAG6SBQC6kgUAwpIFABCTBQAXkwUAZpMFAHKTBQC8kwUAvZMFABKUBQAelAUAaJQFAHWUBQC+lAUAxZQFABSVBQAXlQUAapUFAHKVBQDAlQUAxZUFABaWBQAjlgUAbJYFAJyWBQDClgUAypYFACq4EQAelwUAbpcFAHyXBQDElwUA1ZcFABqYBQAfmAUAcJgFAIeYBQDGmAUA2pgFAByZBQA7mQUAcpkFAHqZBQDImQUAypkFAB6aBQAtmgUAdJoFAH6aBQDKmgUA2JoFACCbBQA7mwUAdpsFAIKbBQDMmwUA1JsFAIC4EQAunAUAeJwFAIecBQDOnAUA05wFACSdBQAqnQUAep0FAIGdBQDQnQUA2J0FACaeBQAongUAfJ4FAIOeBQDSngUA1J4FACifBQApnwUAfp8FAIifBQDUnwUA4J8FACqgBQAwoAUAgKAFAJqgBQDWoAUA3qAFACyhBQBCoQUAgqEFAJChBQDYoQUA26EFAC6iBQAxogUAhKIFAJKiBQDaogUA56IFADCjBQBHowUAhqMFAI6jBQDcowUA3qMFADKkBQA6pAUAiKQFAJ+kBQDepAUA6qQFADSlBQBKpQUAiqUFAJKlBQDgpQUA7qUFADamBQBApgUAjKYFAJSmBQDipgUA6aYFADinBQBEpwUAjqcFAI+nBQDkpwUA8KcFADqoBQBHqAUAkKgFAJeoBQDmqAUA6agFADypBQBEqQUAkqkFAJepBQDoqQUA9akFAD6qBQBuqgUAlKoFAJyqBQDWuBEA76oFAECrBQBcqwUAlqsFAJ6rBQAsuREAJawFAEKsBQBorAUAmKwFAMGsBQDurAUAJK0FAEStBQBZrQUAmq0FAKKtBQDwrQUA860FAEauBQBjrgUAnK4FAK2uBQDyrgUA9a4FAEivBQBSrwUAnq8FAKCvBQD0rwUA/q8FAEqwBQBWsAUAoLAFALywBQD2sAUA/rAFAIK5EQB/sQUAorEFAKWxBQD4sQUAHrIFAE6yBQB3sgUApLIFAMiyBQD6sgUAArMFANi5EQBVswUAprMFALOzBQD8swUACbQFAFK0BQBetAUAqLQFALe0BQD+tAUACLUFAFS1BQBitQUAqrUFAK+1BQAAtgUADbYFAFa2BQBetgUArLYFALa2BQACtwUAELcFAFi3BQButwUArrcFALq3BQAEuAUACbgFAFq4BQBjuAUAsLgFALq4BQAGuQUAIrkFAFy5BQBkuQUALroRALS5BQAIugUAFroFAF66BQBvugUAhLoRALu6BQDauhEAD7sFAGC7BQBouwUAtrsFAMW7BQAMvAUAErwFAGK8BQBuvAUAuLwFALq8BQAOvQUAGL0FAGS9BQBwvQUAur0FAMK9BQCGuxEAFb4FAGa+BQB1vgUAvL4FANy+BQASvwUAHr8FAGi/BQByvwUAvr8FAMa/BQAUwAUAFsAFAGrABQB6wAUAwMAFAMrABQAWwQUAIsEFAGzBBQBywQUAwsEFAMrBBQDcuxEAL8IFAG7CBQB2wgUAxMIFAM7CBQAawwUAH8MFAHDDBQB4wwUAMrwRAMvDBQAcxAUAJcQFAI5fDAApxAUAcsQFADLEBQAOew8AfMQFAJpADwB/xAUAyMQFANTEBQAexQUALcUFAHTFBQB+xQUAysUFANLFBQCaYwsA2MUFACDGBQAtxgUAdsYFAI3GBQDMxgUA1MYFACLHBQAsxwUAeMcFAH3HBQDOxwUA1scFAIi8EQAxyAUAesgFAIjIBQDQyAUA48gFACbJBQAuyQUAfMkFAH/JBQDSyQUA18kFACjKBQA3ygUAfsoFAJ7KBQDUygUA4MoFACrLBQA0ywUAgMsFAJzLBQDWywUA3ssFAN68EQA/zAUAgswFAIjMBQDYzAUA5MwFAC7NBQA4zQUAhM0FAIrNBQDazQUA6M0FADDOBQA8zgUAhs4FAInOBQDczgUA3c4FADLPBQA+zwUAiM8FAI7PBQDezwUA5M8FADTQBQBA0AUAitAFAKfQBQDg0AUA6dAFADbRBQBC0QUAjNEFAI/RBQDi0QUA7NEFADjSBQBE0gUAjtIFAJTSBQDk0gUA6tIFADrTBQA/0wUAkNMFAJbTBQA0vREA8tMFADzUBQA+1AUAktQFAKHUBQDo1AUA89QFAD7VBQBK1QUAlNUFAJvVBQDq1QUA8tUFAEDWBQBK1gUAltYFAKHWBQDs1gUA+NYFAELXBQBK1wUANr4RAJrXBQDu1wUAAdgFAETYBQBM2AUAmtgFAKDYBQDw2AUA/NgFAEbZBQBQ2QUAnNkFAKLZBQDy2QUAANoFAEjaBQBU2gUAntoFAKHaBQD02gUA/NoFAErbBQBL2wUAoNsFAKzbBQD22wUA/NsFAEzcBQBU3AUAotwFAKjcBQD43AUABN0FAE7dBQBr3QUApN0FAK3dBQD63QUABt4FAFDeBQBT3gUApt4FALDeBQD83gUABN8FAFLfBQBj3wUAqN8FALbfBQD+3wUAFOAFAFTgBQBi4AUAquAFALTgBQCMvhEAD+EFAFbhBQBh4QUArOEFALjhBQAC4gUACeIFAFjiBQBg4gUAruIFALjiBQAE4wUAD+MFAFrjBQBm4wUAsOMFALjjBQDivhEACOQFAFzkBQBv5AUAsuQFALrkBQAI5QUADuUFAF7lBQBq5QUAtOUFAL7lBQAK5gUAEOYFAGDmBQBu5gUAtuYFAMLmBQAM5wUAD+cFAGLnBQBq5wUAuOcFALnnBQAO6AUAGugFAGToBQBq6AUAuugFAMLoBQAQ6QUAFukFAGbpBQBy6QUAvOkFANnpBQAS6gUAG+oFAGjqBQB06gUAvuoFAMHqBQAU6wUAHusFAGrrBQBy6wUAwOsFANHrBQAW7AUAJOwFAGzsBQCC7AUAwuwFANDsBQAY7QUAIu0FAG7tBQB27QUAxO0FAOftBQA4vxEAJe4FAHDuBQB+7gUAxu4FANXuBQAc7wUAJ+8FAHLvBQB67wUAyO8FANbvBQAe8AUAIfAFAHTwBQB88AUAjr8RANjwBQAg8QUAI/EFAHbxBQB+8QUAJkoGAILxBQB6HgYAhfEFANj3BQCS8QUAzPEFAOjxBQDkvxEAJPIFAHjyBQCF8gUAzvIFANvyBQAk8wUAKfMFAHrzBQCE8wUA0PMFAN/zBQAm9AUAK/QFAHz0BQCJ9AUA0vQFAN/0BQAo9QUANPUFAH71BQCN9QUA1PUFAN71BQAq9gUANvYFAID2BQCG9gUA1vYFANz2BQAs9wUAMfcFAIL3BQCI9wUAOsARAN33BQC6EwYA6fcFAC74BQA8+AUAhPgFAJD4BQDa+AUA5/gFADD5BQA6+QUAhvkFAKL5BQDc+QUA+PkFAJDAEQA0+gUAiPoFAJX6BQDe+gUA6/oFADT7BQA5+wUAivsFAJT7BQDg+wUA7/sFADb8BQA7/AUAjPwFAJn8BQDi/AUA7/wFADj9BQBE/QUAjv0FAJ39BQDk/QUA7v0FADr+BQBG/gUAkP4FAJb+BQDm/gUA7P4FADz/BQBB/wUAkv8FAJj/BQDmwBEA7/8FAD4ABgBMAAYAlAAGAJcABgDqAAYA+QAGAEABBgBFAQYAlgEGAKMBBgDsAQYA+QEGAEICBgBOAgYAmAIGAKcCBgDuAgYA+AIGAEQDBgBSAwYAmgMGAJ8DBgDwAwYA/QMGAEYEBgBSBAYAnAQGAK8EBgDyBAYAAQUGAEgFBgBUBQYAngUGAJ8FBgD0BQYA/gUGAEoGBgBYBgYAoAYGAKUGBgD2BgYAAwcGADzBEQBOBwYAogcGALAHBgD4BwYACQgGAD7CEQBVCAYAlMIRAKkIBgD6CAYAAgkGAFAJBgBfCQYApgkGAKsJBgD8CQYACQoGAFIKBgBfCgYAqAoGALQKBgD+CgYADQsGAFQLBgBeCwYAQMMRAKwLBgAADAYAGwwGAFYMBgBYDAYArAwGAMYMBgACDQYADw0GAFgNBgBkDQYArg0GALgNBgAEDgYAHg4GAFoOBgBpDgYAsA4GALUOBgAGDwYAEw8GAFwPBgBpDwYAsg8GAL4PBgAIEAYAFxAGAF4QBgBoEAYAtBAGAMAQBgAKEQYAHREGAGARBgBvEQYAthEGAMIRBgAMEgYADRIGAGISBgBsEgYAuBIGAMYSBgAOEwYAExMGAGQTBgBxEwYAlsMRAMcTBgAQFAYAHRQGAGYUBgByFAYAvBQGAMsUBgASFQYAHBUGAGgVBgB2FQYAvhUGAMMVBgAUFgYAIRYGAGoWBgB2FgYAwBYGANMWBgAWFwYAJRcGAGwXBgB4FwYAwhcGAMMXBgAYGAYAIhgGAG4YBgB8GAYAxBgGAMkYBgAaGQYAJxkGAOzDEQB9GQYAxhkGAMgZBgAcGgYANRoGAHIaBgCDGgYAyBoGANQaBgAeGwYAJhsGAO7EEQB5GwYAyhsGANIbBgAgHAYALxwGAHYcBgB7HAYAzBwGANkcBgAiHQYALx0GAHgdBgCEHQYAzh0GAN0dBgAkHgYALh4GAETFEQCNHgYA0B4GAN8eBgAmHwYAMh8GAHwfBgB9HwYA0h8GANwfBgAoIAYANiAGAH4gBgCDIAYA1CAGAOEgBgCaxREALyEGAIAhBgCNIQYA1iEGAOMhBgAsIgYAOCIGAIIiBgCRIgYA2CIGAOIiBgAuIwYAPCMGAIQjBgCJIwYA2iMGAOcjBgAwJAYAOCQGAJzGEQCSJAYA3CQGAOwkBgAyJQYAOyUGAIglBgCLJQYA3iUGAOolBgA0JgYAOyYGAPLGEQCVJgYA4CYGAOEmBgA2JwYATicGAIwnBgCZJwYA4icGAO4nBgA4KAYAQigGAI4oBgCSKAYA5CgGAOkoBgA6KQYAQCkGAJApBgCwKQYA5ikGAP4pBgA8KgYAUyoGAJIqBgCeKgYA6CoGAPIqBgA+KwYAQCsGAJQrBgCbKwYA6isGAPErBgBALAYARiwGAJYsBgCiLAYA7CwGAO8sBgBCLQYARS0GAJgtBgCkLQYA7i0GAPEtBgBIxxEASS4GAJouBgCiLgYA8C4GAPYuBgBGLwYASy8GAJwvBgClLwYA8i8GAPwvBgBIMAYAVDAGAJ4wBgCmMAYAnscRAPkwBgBKMQYAUjEGAKAxBgCrMQYA9jEGAPsxBgBMMgYATzIGAKIyBgCsMgYA9McRAAQzBgBOMwYAVTMGAKQzBgCyMwYA+jMGAP0zBgBQNAYAWDQGAKY0BgCpNAYA/DQGAAg1BgBSNQYAWDUGAKg1BgDDNQYA/jUGAAo2BgBUNgYAWjYGAKo2BgCyNgYAADcGAAQ3BgBWNwYAYjcGAKw3BgC5NwYAAjgGAAw4BgBYOAYAYDgGAK44BgCwOAYABDkGAAg5BgBaOQYAXDkGALA5BgDEOQYASsgRAA46BgBcOgYAYDoGALI6BgC0OgYACDsGAAs7BgBeOwYAZjsGALQ7BgDBOwYACjwGAA88BgBgPAYAajwGALY8BgC+PAYADD0GAA09BgBiPQYAZz0GALg9BgC7PQYADj4GABE+BgBkPgYAcj4GALo+BgDTPgYAED8GACE/BgBmPwYAcj8GALw/BgDEPwYAoMgRABdABgBoQAYAcEAGAL5ABgDNQAYAFEEGABlBBgBqQQYAd0EGAMBBBgDNQQYAFkIGACJCBgBsQgYAe0IGAMJCBgDMQgYAGEMGACBDBgBuQwYAeEMGAMRDBgDJQwYAGkQGACJEBgD2yBEAe0QGAMZEBgDSRAYAHEUGACRFBgBMyREAfkUGAMhFBgDPRQYAHkYGACxGBgB0RgYAd0YGAMpGBgDSRgYAIEcGACNHBgB2RwYAgkcGAMxHBgDSRwYAIkgGAD1IBgB4SAYAhEgGAM5IBgDUSAYAJEkGAEdJBgB6SQYAfUkGANBJBgD0SQYAoskRADVKBgB8SgYAgUoGANJKBgDfSgYAKEsGADVLBgB+SwYAiksGANRLBgDjSwYAKkwGADRMBgCATAYAjkwGANZMBgDbTAYALE0GADlNBgCCTQYAik0GAPjJEQDlTQYALk4GADZOBgCETgYAnU4GANpOBgDgTgYAME8GADVPBgCGTwYApk8GANxPBgDoTwYAMlAGAD9QBgCIUAYAkFAGAN5QBgDhUAYANFEGAD5RBgCKUQYAjFEGAOBRBgDqUQYANlIGAEJSBgBOyhEAolIGAOJSBgDuUgYAOFMGAD1TBgCOUwYAQFMGAOzFEgCXUwYA5FMGAO5TBgA6VAYAQlQGABpMCgBGVAYAkFQGAF1UBgA+iQoAllQGAOZUBgCjVAYADEsNAOxUBgA8VQYAQVUGAJJVBgCYVQYApMoRAPZVBgA+VgYAVFYGAJRWBgCgVgYA6lYGAO9WBgBAVwYASVcGAJZXBgCgVwYA7FcGAPRXBgBCWAYAUVgGAJhYBgCdWAYA7lgGAPtYBgBEWQYAUVkGAJpZBgCmWQYA8FkGAP9ZBgBGWgYAUFoGAJxaBgCqWgYA8loGAP9aBgBIWwYAX1sGAJ5bBgCmWwYA9FsGAP5bBgBKXAYAT1wGAKBcBgCoXAYApssRAAJdBgBMXQYAUl0GAKJdBgC9XQYA+F0GAAReBgBOXgYAVF4GAPzLEQCqXgYAEvoNALdeBgD6XgYACV8GAFBfBgBcXwYApl8GAKdfBgD8XwYABmAGAFJgBgBgYAYAqGAGAK1gBgD+YAYAC2EGAFLMEQBZYQYAqmEGALJhBgAAYgYAA2IGAFZiBgBfYgYArGIGALtiBgACYwYADWMGAFhjBgBgYwYArmMGAL5jBgAEZAYAEmQGAFpkBgBrZAYAsGQGALxkBgAGZQYADmUGAFTNEQBiZQYAsmUGALplBgAIZgYAD2YGAF5mBgBsZgYAtGYGALpmBgAKZwYAFmcGAGBnBgBvZwYAtmcGAMBnBgAMaAYAEWgGAGJoBgBoaAYAuGgGAMxoBgAOaQYAFmkGAGRpBgCOaQYAumkGAMNpBgAQagYAHWoGAGZqBgB0agYAvGoGAM9qBgASawYALmsGAKrNEQBtawYAvmsGAMtrBgAUbAYAIWwGAGpsBgB2bAYAwGwGAM9sBgAWbQYAIG0GAGxtBgB6bQYAwm0GAMdtBgAYbgYAJW4GAG5uBgB2bgYAAM4RANBuBgAabwYAKm8GAHBvBgB5bwYAxm8GAMlvBgAccAYAKHAGAHJwBgB5cAYAVs4RAPJwBgAecQYAJ3EGAHRxBgCBcQYAynEGANhxBgAgcgYAM3IGAHZyBgCScgYArM4RANpyBgAicwYAOHMGAHhzBgCEcwYAznMGANVzBgAkdAYALHQGAHp0BgB/dAYA0HQGANl0BgAmdQYAMHUGAALPEQB9dQYA0nUGAN51BgAodgYALnYGAH52BgCAdgYA1HYGAN52BgAqdwYAOHcGAIB3BgCFdwYA1ncGAON3BgAseAYANHgGAIJ4BgCMeAYA2HgGAOZ4BgAueQYARHkGAIR5BgCQeQYA2nkGAOF5BgAwegYAOHoGAIZ6BgCLegYA3HoGAOV6BgAyewYAPHsGAFjPEQCOewYA3nsGAOR7BgA0fAYAOXwGAIp8BgCQfAYArs8RAOV8BgA2fQYAQ30GAIx9BgCZfQYA4n0GAO59BgA4fgYAR34GAI5+BgCYfgYA5H4GAPJ+BgA6fwYAP38GAJB/BgCdfwYA5n8GAO5/BgCw0BEASoAGAJKABgCogAYA6IAGAPSABgA+gQYAQ4EGAJSBBgCdgQYA6oEGAPSBBgAG0REATIIGAJaCBgCnggYA7IIGAPiCBgBCgwYAUYMGAJiDBgCigwYA7oMGAPyDBgBEhAYASYQGAJqEBgCnhAYA8IQGAPqEBgBGhQYA/IQGAPiIBgBUhQYAnIUGALKFBgDyhQYA/oUGAEiGBgBNhgYAnoYGAKeGBgD0hgYA/oYGAEqHBgBWhwYAoIcGAKaHBgD2hwYA/IcGAEyIBgBRiAYAoogGAKiIBgBc0REA/ogGAE6JBgBUiQYApIkGAKmJBgD6iQYAAIoGALLREQBeigYApooGALyKBgD8igYACIsGAFKLBgBXiwYAqIsGALGLBgD+iwYACIwGAFSMBgBgjAYAqowGAL2MBgAAjQYAD40GAFaNBgBijQYArI0GAK2NBgACjgYADI4GAFiOBgBmjgYAro4GALOOBgAEjwYAEY8GAAjSEQBpjwYAsI8GANCPBgAGkAYAEpAGAFyQBgBmkAYAspAGALeQBgAIkQYACZEGAF6RBgBqkQYAtJEGAMGRBgAKkgYAFpIGAGCSBgBzkgYAtpIGAMWSBgAMkwYAGJMGAGKTBgBjkwYAuJMGAMKTBgAOlAYAHJQGAGSUBgBplAYAupQGAMeUBgBe0hEALJUGALTSEQBslQYAvJUGAMKVBgASlgYAF5YGAGiWBgBulgYACtMRAMOWBgAUlwYAF5cGAGqXBgB2lwYAwJcGAMaXBgAWmAYAMZgGAGyYBgB4mAYAwpgGAMiYBgAYmQYAGpkGAG6ZBgCJmQYAxJkGAMaZBgAamgYAKJoGAHCaBgCBmgYAxpoGAMiaBgAcmwYANZsGAHKbBgCDmwYAyJsGANSbBgAM1BEAKJwGAHScBgCCnAYAypwGAOCcBgAgnQYALJ0GAHadBgB7nQYAzJ0GANWdBgAingYALJ4GAHieBgCAngYAzp4GANOeBgAknwYAM58GAHqfBgCJnwYA0J8GANmfBgAmoAYALKAGAHygBgCCoAYA0qAGAN6gBgAooQYAL6EGAH6hBgCGoQYA1KEGANahBgAqogYAOqIGAICiBgCKogYA1qIGAOKiBgAsowYAMqMGAIKjBgCKowYAYtQRAOSjBgAupAYAP6QGAISkBgCQpAYA2qQGAOmkBgAwpQYAOqUGAIalBgCUpQYA3KUGAOGlBgAypgYAP6YGAIimBgCQpgYA3qYGAOimBgC4vgYA6qYGADSnBgA6pwYAiqcGAJCnBgDgpwYA5acGADaoBgA8qAYAuNQRAJioBgDiqAYA6KgGADipBgBTqQYAjqkGAJqpBgDkqQYA6qkGADqqBgBCqgYAkKoGAJOqBgDmqgYA8qoGADyrBgBNqwYAkqsGAJ6rBgDoqwYA96sGAD6sBgBIrAYAlKwGAKKsBgDqrAYA76wGAECtBgBNrQYAlq0GAJ6tBgDsrQYA9q0GAEKuBgBQrgYAmK4GAK6uBgDurgYA+q4GAESvBgBJrwYAmq8GAKOvBgDwrwYA+q8GALrVEQBMsAYAnLAGAKKwBgDysAYA/rAGAEixBgBVsQYAnrEGAKixBgD0sQYA/LEGAEqyBgBUsgYAoLIGAKWyBgD2sgYA97IGAEyzBgBRswYAorMGALOzBgD4swYA/bMGAE60BgBltAYApLQGALi0BgD6tAYAFrUGAFC1BgBYtQYAENYRAK61BgD8tQYABrYGAFK2BgBmtgYAqLYGAKm2BgD+tgYACrcGAFS3BgBwtwYAqrcGALK3BgBm1hEACbgGAFa4BgBkuAYArLgGAGW4BgCKMAsAtrgGAAK5BgAEuQYAWLkGAHG5BgCuuQYAv7kGAAS6BgAQugYAWroGAGK6BgC81hEAvLoGAAa7BgAMuwYAXLsGAHe7BgCyuwYAvrsGAAi8BgAOvAYAXrwGAGG8BgC0vAYAvLwGAAq9BgAavQYAYL0GAGW9BgC2vQYAv70GAAy+BgAZvgYAYr4GAGm+BgAS1xEAxr4GAA6/BgAkvwYAZL8GAHC/BgC6vwYAv78GABDABgAZwAYAZsAGAHDABgC8wAYA2MAGABLBBgAawQYAaNcRAG3BBgC+wQYAxsEGABTCBgAWwgYAasIGAIXCBgDAwgYAwsIGABbDBgAkwwYAbMMGAH3DBgDCwwYAxMMGABjEBgAxxAYAbsQGAH/EBgDExAYA0MQGABrFBgAixQYAvtcRAHzFBgDGxQYAzMUGABzGBgA3xgYAcsYGAH7GBgDIxgYAzsYGAB7HBgAhxwYAFNgRAJHHBgDKxwYAy8cGACDIBgAvyAYAdsgGAHvIBgDMyAYA2cgGACLJBgAvyQYAeMkGAITJBgDOyQYA3ckGACTKBgAuygYAesoGAIjKBgDQygYA1coGACbLBgAzywYAfMsGAIjLBgDSywYA2MsGACjMBgDlywYAqOEGAC7MBgB+zAYAg8wGANTMBgDazAYAatgRAC/NBgCAzQYAoM0GANbNBgDizQYALM4GADLOBgCCzgYAis4GADD7BgCLzgYA2M4GAOXOBgAuzwYANM8GAITPBgCQzwYA2s8GANzPBgAw0AYAP9AGAIbQBgCR0AYA3NAGAN7QBgAy0QYAS9EGAIjRBgCZ0QYA3tEGAOrRBgA00gYAQNIGAIrSBgCd0gYA4NIGAO/SBgA20wYAQtMGAIzTBgCN0wYA4tMGAOzTBgA41AYARtQGAI7UBgCT1AYA5NQGAPHUBgDA2BEAR9UGAJDVBgCk1QYA5tUGAALWBgA81gYAWNYGABbZEQCh1gYA6NYGAOnWBgA+1wYATdcGAJTXBgCZ1wYA6tcGAPfXBgBA2AYATdgGAJbYBgCi2AYA7NgGAPvYBgBC2QYATNkGAJjZBgCm2QYA7tkGAPPZBgBE2gYAUdoGAJraBgCq2gYA8NoGAPLaBgBG2wYAVNsGAJzbBgCt2wYAbNkRAPnbBgDC2REATdwGAJ7cBgCr3AYA9NwGAAHdBgBK3QYAUN0GAKDdBgCs3QYA9t0GAAbeBgBM3gYAVd4GAKLeBgCl3gYA+N4GAATfBgBO3wYAVd8GABjaEQCw3wYA+t8GAArgBgBQ4AYAWeAGAKbgBgCp4AYA/OAGAAjhBgBS4QYAWeEGAG7aEQC34QYA/uEGAAriBgBU4gYAVeIGAKriBgC04gYAAOMGAA7jBgBW4wYAW+MGAKzjBgC54wYAxNoRAAfkBgBY5AYAZ+QGAK7kBgDO5AYABOUGABDlBgBa5QYAZOUGALDlBgC45QYABuYGABLmBgBc5gYAYuYGALLmBgC45gYACOcGAA3nBgBe5wYAZOcGAMbbEQC55wYACugGABPoBgBg6AYAcegGALboBgC96AYADOkGABTpBgBi6QYAb+kGALjpBgC96QYADuoGABjqBgBk6gYAbOoGALrqBgDJ6gYAEOsGABXrBgBm6wYAc+sGALzrBgDJ6wYAEuwGAB7sBgBo7AYAd+wGAL7sBgDI7AYAFO0GABztBgBq7QYAdO0GAMDtBgDF7QYAFu4GAB7uBgDI3BEAce4GAMLuBgDF7gYAGO8GACLvBgAe3REAdO8GAMTvBgDJ7wYAGvAGADrwBgBw8AYAfPAGAMbwBgDM8AYAHPEGAB/xBgBy8QYAdPEGAMjxBgDj8QYAHvIGACDyBgB08gYAgvIGAMryBgDb8gYAIPMGACLzBgB28wYAj/MGAMzzBgDd8wYAIvQGAC70BgB03REAiPQGAM70BgDu9AYAJPUGACb1BgB69QYAhvUGANAHEACJ9QYApAoHAJb1BgAUGAcApvUGAND1BgDT9QYAJvYGADX2BgB89gYAgfYGANL2BgDf9gYAKPcGADX3BgB+9wYAivcGANT3BgDj9wYAKvgGADT4BgCA+AYAjvgGANb4BgDb+AYALPkGADn5BgCC+QYAjvkGANj5BgDe+QYALvoGADT6BgCE+gYAifoGANr6BgDg+gYAyt0RAEb7BgCG+wYAiPsGANz7BgDw+wYAMvwGADr8BgCI/AYAlfwGAN78BgDj/AYANP0GAD79BgCK/QYAkv0GAOD9BgD5/QYANv4GAEL+BgCM/gYAlP4GACDeEQD9/gYAOP8GADr/BgCO/wYAnP8GAOT/BgD1/wYAOgAHADwABwCQAAcAqQAHAOYABwD3AAcAPAEHAEgBBwB23hEAlwEHAOgBBwDxAQcAPgIHAE8CBwCUAgcAmwIHAOoCBwDyAgcAQAMHAE0DBwCWAwcAmwMHAOwDBwD2AwcAQgQHAEoEBwCYBAcAsQQHAO4EBwD6BAcARAUHAEwFBwAi3xEAnQUHAPAFBwD6BQcARgYHAEgGBwCcBgcAtQYHAPIGBwADBwcASAcHAFYHBwCeBwcAoQcHAPQHBwD/BwcASggHAFYIBwCgCAcApwgHAHjfEQD7CAcATAkHAFQJBwCiCQcAsAkHAPgJBwD5CQcATgoHAGkKBwDO3xEAqQoHAPoKBwAHCwcAUAsHAF0LBwCmCwcAsgsHAPwLBwALDAcAUgwHAFwMBwCoDAcAtgwHAP4MBwADDQcAVA0HAGENBwCqDQcAtg0HAAAOBwAGDgcAVg4HAFwOBwCsDgcAsQ4HAAIPBwAIDwcAJOARAGUPBwCuDwcAsA8HAAQQBwAdEAcAWhAHAGsQBwCwEAcAvBAHAAYRBwAOEQcAJuERAGERBwCyEQcAuhEHAAgSBwAhEgcAXhIHAGMSBwC0EgcAuRIHAAoTBwAUEwcAYBMHAGMTBwC2EwcAwBMHAAwUBwASFAcAYhQHAGQUBwC4FAcAuRQHAA4VBwAWFQcAZBUHAHQVBwC6FQcAwBUHABAWBwAVFgcAZhYHAHwWBwC8FgcAxBYHABIXBwA8FwcAaBcHAIsXBwC+FwcA3RcHAHzhEQAcGAcA0uERAHsYBwDAGAcAzhgHABYZBwAiGQcAbBkHAHkZBwDCGQcAzBkHABgaBwAgGgcAbhoHAHkaBwDEGgcAxhoHABobBwAdGwcAcBsHAHgbBwDGGwcAzBsHABwcBwAlHAcAchwHAH8cBwDIHAcA0BwHAB4dBwAjHQcAdB0HAH0dBwDKHQcA1B0HACAeBwAoHgcAdh4HAHseBwDMHgcA3B4HACIfBwAqHwcAeB8HAHofBwDOHwcA6R8HACQgBwAmIAcAeiAHAIggBwDQIAcA4SAHACYhBwAoIQcAfCEHAJUhBwDSIQcA4yEHACgiBwA0IgcAfiIHAIYiBwAo4hEA2iIHACojBwAvIwcAgCMHAKAjBwDWIwcA4iMHACwkBwAyJAcAgiQHAIUkBwDYJAcA4CQHAC4lBwA4JQcAhCUHAIklBwDaJQcA4iUHADAmBwA6JgcAhiYHAIgmBwDcJgcA7SYHADInBwBSJwcAiCcHAJAnBwDeJwcA6CcHADQoBwA5KAcAfuIRAJ4oBwDgKAcA6CgHADYpBwA7KQcAjCkHAJwpBwDiKQcA6ikHADgqBwBCKgcAjioHAJkqBwDkKgcA8CoHADorBwBCKwcA1OIRAJwrBwDmKwcA8isHADwsBwBDLAcAkiwHAJosBwDoLAcAAS0HAD4tBwBELQcAlC0HAJktBwDqLQcACi4HAEAuBwBMLgcAli4HAJwuBwDsLgcA7y4HACrjEQBELwcAmC8HAFAvBwAaBBEAmy8HAO4vBwD4LwcARDAHAFIwBwCaMAcAqTAHAPAwBwDzMAcARjEHAAgxBwAacQcADDEHACxPBwBSMQcAnDEHAJ4xBwDyMQcA+DEHAEgyBwBXMgcAnjIHAKkyBwD0MgcA/DIHAJqxBwAOMwcASjMHAFYzBwCgMwcAszMHAPYzBwAFNAcATDQHAFg0BwCiNAcAozQHAPg0BwACNQcATjUHAFw1BwCkNQcAqTUHAPo1BwAHNgcAgOMRAGo2BwCmNgcAtTYHAPw2BwABNwcAUjcHAF83BwCoNwcAtTcHAP43BwAKOAcAVDgHAGM4BwCqOAcAtDgHAAA5BwAOOQcAVjkHAFs5BwCsOQcAuTkHAAI6BwAOOgcAWDoHAF46BwCuOgcAtDoHAAQ7BwAJOwcAWjsHAGA7BwDW4xEAsTsHAAY8BwC5OwcApuYJAL07BwAizwkAvzsHAPi1BwDQOwcApvAOABI8BwBcPAcAYjwHAEKHCABpPAcAsjwHALU8BwAIPQcAFD0HAF49BwBgPQcAtD0HALo9BwAKPgcAGT4HAGA+BwBrPgcAtj4HALc+BwAMPwcAID8HAGI/BwB8PwcAuD8HAMQ/BwAOQAcAIUAHAGRABwBzQAcAukAHAMZABwAQQQcAEUEHAGZBBwBwQQcAvEEHAMpBBwASQgcAF0IHAGhCBwB1QgcALOQRANhCBwAUQwcAI0MHAGpDBwBvQwcAwEMHAM1DBwAWRAcAI0QHAGxEBwB4RAcAwkQHANFEBwAYRQcAIkUHAG5FBwB8RQcAxEUHAMlFBwAaRgcAJ0YHAHBGBwB8RgcAxkYHAMxGBwAcRwcAIkcHAHJHBwB3RwcAyEcHAM5HBwCC5BEALEgHAHRIBwCPSAcAykgHANhIBwAgSQcALUkHAHZJBwCNSQcAzEkHANtJBwAiSgcAJ0oHAHhKBwCFSgcAzkoHANtKBwAkSwcAMEsHAHpLBwCJSwcA0EsHANpLBwAmTAcANEwHAHxMBwCBTAcA0kwHAN9MBwAoTQcAK00HAH5NBwCKTQcA1E0HANpNBwAqTgcAME4HAIBOBwCFTgcA1k4HANxOBwDY5BEASE8HAC7lEQCITwcA2E8HANpPBwAuUAcAO1AHAIRQBwCHUAcA2lAHANtQBwAwUQcANVEHAIZRBwCMUQcA3FEHAOZRBwAyUgcATlIHAIhSBwCkUgcAhOURAORSBwA0UwcANlMHAIpTBwCXUwcA4FMHAONTBwA2VAcAN1QHAIxUBwCRVAcA4lQHAOhUBwA4VQcAQlUHAI5VBwCqVQcA5FUHAABWBwDa5REAQFYHAJBWBwCWVgcA5lYHAOtWBwA8VwcAQlcHADDmEQCUVwcA6FcHAPZXBwA+WAcAT1gHADLnEQCbWAcAiOcRAO9YBwBAWQcASFkHAJZZBwCbWQcA7FkHAKVZBwAUbgcA7VkHAEJaBwBOWgcAmFoHAKVaBwDuWgcA9loHAERbBwBOWwcAmlsHAKlbBwDwWwcA8VsHAEZcBwBOXAcAnFwHAKtcBwDyXAcA91wHAEhdBwBVXQcAnl0HAKtdBwD0XQcAAF4HAEpeBwBZXgcAoF4HAKpeBwD2XgcABF8HAExfBwBRXwcAol8HAK9fBwD4XwcAAGAHAE5gBwBYYAcApGAHAKlgBwD6YAcAAmEHADToEQBVYQcApmEHAK9hBwCwZgcAs2EHAPxhBwAJYgcAUmIHAF5iBwCoYgcAt2IHAP5iBwAIYwcAVGMHAGJjBwCqYwcAr2MHAABkBwANZAcAVmQHAF5kBwCK6BEAuGQHAAJlBwASZQcAWGUHAGFlBwCuZQcAsWUHAARmBwAQZgcAWmYHAGFmBwDg6BEAwWYHAAZnBwANZwcAXGcHAGlnBwCyZwcA0WcHAAhoBwASaAcAXmgHAGZoBwC0aAcAw2gHAAppBwAPaQcAYGkHAG1pBwC2aQcAw2kHAAxqBwAYagcAYmoHAHFqBwC4agcAwmoHAA5rBwAWawcAZGsHAG5rBwC6awcAv2sHABBsBwAYbAcANukRAHJsBwC8bAcAwmwHABJtBwAtbQcAaG0HAHRtBwC+bQcAxG0HAIzpEQAZbgcAam4HAHduBwDAbgcAzW4HABZvBwAibwcAbG8HAHtvBwDCbwcAzG8HAOLpEQAicAcAbnAHAHNwBwDEcAcAzHAHADjqEQAkcQcAcHEHAHZxBwDGcQcAyHEHABxyBwApcgcAcnIHAHVyBwDIcgcAyXIHAB5zBwAjcwcAdHMHAHpzBwDKcwcA1HMHACB0BwA6dAcAdnQHAIV0BwDMdAcA0XQHACJ1BwAvdQcAeHUHAIV1BwDOdQcA2nUHACR2BwAzdgcAenYHAIR2BwDQdgcA3nYHACZ3BwArdwcAfHcHAIl3BwDSdwcA3HcHAJCBBwDedwcAKHgHAC54BwB+eAcAhHgHANR4BwDZeAcAKnkHADB5BwCO6hEAhXkHANZ5BwDjeQcALHoHADl6BwCCegcAjnoHANh6BwDnegcALnsHADh7BwCEewcAknsHANp7BwDfewcAMHwHAD18BwCGfAcAjnwHAJDrEQDifAcAMn0HADh9BwCIfQcAjX0HAN59BwDkfQcA5usRADZ+BwCKfgcAk34HAOB+BwDjfgcANn8HAEJ/BwCMfwcAk38HAOJ/BwDqfwcAOIAHAFGABwCOgAcAooAHAOSABwAAgQcAOoEHAEKBBwCS7BEAnoEHAOaBBwD8gQcAPIIHAEiCBwCSggcAl4IHAOiCBwDxggcAPoMHAEiDBwCUgwcAsIMHAOqDBwDygwcA6OwRAEWEBwCWhAcAo4QHAOyEBwD5hAcAQoUHAE6FBwCYhQcAp4UHAO6FBwD4hQcARIYHAFKGBwCahgcAn4YHAPCGBwD9hgcARocHAE6HBwA+7REAqocHAPKHBwAIiAcASIgHAFSIBwCeiAcAo4gHAPSIBwD9iAcASokHAFSJBwCgiQcAqIkHAPaJBwAFigcATIoHAE6KBwCiigcAq4oHAPiKBwD7igcATosHAFqLBwCkiwcAq4sHAPqLBwACjAcAUIwHAGmMBwCmjAcAuowHAPyMBwAYjQcAUo0HAFqNBwCU7REArY0HAP6NBwALjgcAVI4HAGGOBwCqjgcAto4HAACPBwAPjwcAVo8HAGCPBwCsjwcAto8HAAKQBwAQkAcAWJAHAG6QBwCukAcAupAHAASRBwAJkQcAWpEHAGORBwCwkQcAupEHAAaSBwASkgcAXJIHAGKSBwCykgcAuJIHAAiTBwANkwcAXpMHAGSTBwDq7REAwJMHAAqUBwAOlAcAYJQHAG+UBwC2lAcAu5QHAAyVBwAZlQcAYpUHAG+VBwC4lQcAxJUHAA6WBwAdlgcAZJYHAG6WBwC6lgcAyJYHABCXBwAVlwcAZpcHAHOXBwC8lwcAyJcHABKYBwAYmAcAaJgHAG6YBwC+mAcAw5gHABSZBwAamQcAQO4RAG+ZBwDAmQcAx5kHABaaBwAimgcAbJoHAG6aBwDCmgcAb5oHAHigBwDdmgcAGJsHABqbBwBumwcAfJsHAMSbBwDVmwcAGpwHABycBwBwnAcAiZwHAMacBwDXnAcAHJ0HACidBwBynQcAfp0HAMidBwDbnQcAHp4HAC2eBwB0ngcAgJ4HAMqeBwDLngcAIJ8HACqfBwB2nwcAhJ8HAMyfBwDRnwcAIqAHAC+gBwCW7hEAeqAHAM6gBwDpoAcAJKEHACahBwB6oQcAiKEHANChBwDhoQcAJqIHACiiBwB8ogcAlaIHANKiBwDjogcAKKMHADSjBwB+owcAiqMHANSjBwDnowcAKqQHADmkBwCApAcAjKQHANakBwDXpAcALKUHADalBwCCpQcAkKUHANilBwDdpQcALqYHADumBwCY7xEAiaYHANqmBwDipgcAMKcHADKnBwCGpwcAl6cHANynBwDqpwcAMqgHAE2oBwCIqAcAlKgHAN6oBwDmqAcAmvARADmpBwCKqQcAkakHAOCpBwDsqQcANqoHADmqBwCMqgcAlKoHAOKqBwDyqgcAOKsHAD2rBwCOqwcAl6sHAOSrBwDxqwcAOqwHAEGsBwCQrAcAmKwHAPDwEQDzrAcAPK0HAEStBwCSrQcApq0HAOitBwDtrQcAPq4HAEeuBwCUrgcAmq4HAOquBwDyrgcAQK8HAE+vBwCWrwcAp68HAOyvBwD1rwcAQrAHAEWwBwCYsAcAorAHAO6wBwD6sAcARLEHAEqxBwBG8REAp7EHAPCxBwD1sQcARrIHAE2yBwCcsgcAqLIHAPKyBwD6sgcAnPERAGOzBwCeswcAoLMHAPSzBwACtAcASrQHAFu0BwCgtAcAorQHAPa0BwAPtQcATLUHAF21BwCitQcArrUHAPLxEQAHtgcATrYHAFe2BwCktgcAqrYHAPq2BwAAtwcAULcHAFy3BwCmtwcArbcHAPy3BwAEuAcAUrgHAFa4BwCouAcAs7gHAP64BwAMuQcAVLkHAGW5BwCquQcAtrkHAAC6BwAIugcASPIRAFm6BwCsugcAtroHAAK7BwAEuwcAWLsHAHG7BwCuuwcAv7sHAAS8BwASvAcAWrwHAF28BwCwvAcAu7wHAAa9BwAUvQcAXL0HAGm9BwCyvQcAyb0HAAi+BwAQvgcAXr4HAGC+BwC0vgcAvL4HAAq/BwAZvwcAYL8HAGW/BwC2vwcAw78HAAzABwAZwAcAYsAHAG7ABwC4wAcAx8AHAA7BBwAYwQcAZMEHAHLBBwC6wQcAv8EHABDCBwAdwgcAZsIHAG7CBwC8wgcAxsIHABLDBwAXwwcAaMMHAHDDBwC+wwcAwcMHABTEBwAxxAcAasQHAHvEBwDAxAcAyMQHABbFBwAZxQcAbMUHAHjFBwDCxQcAyMUHABjGBwAzxgcAbsYHAHrGBwDExgcAysYHAJ7yEQApxwcAcMcHAHHHBwDGxwcA/scHABzIBwAqyAcAcsgHAHPIBwDIyAcA0MgHAB7JBwAtyQcAdMkHAHnJBwDKyQcA18kHACDKBwAtygcAdsoHAILKBwDMygcA28oHACLLBwAsywcAeMsHAIbLBwDOywcA08sHACTMBwAxzAcAeswHAILMBwDQzAcA2swHACbNBwArzQcAfM0HAITNBwDSzQcA3M0HACjOBwAzzgcAfs4HAIrOBwDUzgcA3M4HAPTyEQAvzwcAgM8HAIPPBwDWzwcA4M8HACzQBwA00AcASvMRAJDQBwDY0AcA7tAHAC7RBwA60QcAhNEHAInRBwDa0QcA49EHADDSBwA60gcAhtIHAI7SBwDc0gcA6NIHADLTBwBF0wcAiNMHAInTBwDe0wcA7NMHADTUBwA61AcAitQHAJbUBwDg1AcA59QHAKDzEQA31QcAjNUHAJjVBwDi1QcA79UHADjWBwBA1gcAjtYHAJjWBwDk1gcA89YHADrXBwA71wcAkNcHAJjXBwDm1wcA9dcHADzYBwBB2AcAktgHAJ/YBwDo2AcA9dgHAD7ZBwBK2QcAlNkHAKPZBwDq2QcA9NkHAEDaBwBO2gcAltoHAJvaBwDs2gcA+doHAELbBwBK2wcAmNsHAJzbBwDu2wcA/NsHAETcBwBO3AcAmtwHAKXcBwDw3AcA+NwHAEbdBwBR3QcAnN0HAKHdBwDy3QcA9d0HAEjeBwBS3gcAnt4HAKbeBwD03gcAE98HAPbzEQBZ3wcAoN8HAKHfBwD23wcA/t8HAEzgBwBN4AcAouAHAKjgBwD44AcA/eAHAE7hBwBp4QcApOEHALLhBwD64QcAAeIHAFDiBwBc4gcApuIHAKziBwD84gcAGOMHAFLjBwBa4wcATPQRAK7jBwD+4wcABOQHAFTkBwBZ5AcAquQHALDkBwCi9BEABeUHAFblBwBd5QcArOUHALjlBwAC5gcACuYHAE71EQBr5gcAruYHAOTmBwAE5wcABucHAAboBwA55wcAWucHAH/nBwCw5wcAt+cHAPr1EQDq5wcApPURABboBwBc6AcAlugHAFD2EQC76AcAhDENALzoBwBadg8Az+gHAAjpBwDS6AcAbKgOABnpBwBe6QcAZukHALTpBwC36QcACuoHABbqBwBg6gcAZuoHALbqBwDR6gcADOsHABjrBwBi6wcAaOsHALjrBwDA6wcADuwHACrsBwBk7AcAbOwHAKb2EQDJ7AcAEO0HABHtBwBm7QcAbu0HALztBwC97QcAEu4HABjuBwBo7gcAbe4HAL7uBwDZ7gcAFO8HACLvBwBq7wcAce8HAMDvBwDM7wcAFvAHABzwBwBs8AcAiPAHAMLwBwDK8AcA/PYRAB7xBwBu8QcAdPEHAMTxBwDJ8QcAGvIHACDyBwBS9xEAdfIHAMbyBwDN8gcAHPMHACjzBwBy8wcAevMHAP73EQDb8wcAHvQHAFT0BwB09AcAdvQHAHb1BwCp9AcAyvQHAO/0BwAg9QcAJ/UHAKr4EQBa9QcAVPgRAIb1BwDM9QcABvYHAAD5EQAk9gcAePYHAHn2BwDO9gcA2PYHACT3BwAy9wcAevcHAJX3BwDQ9wcA3PcHACb4BwAu+AcAVvkRAIj4BwDS+AcA2PgHACj5BwBD+QcAfvkHAIr5BwDU+QcA2vkHACr6BwAy+gcAgPoHAI76BwDW+gcA2foHACz7BwA0+wcAgvsHAIv7BwDY+wcA5fsHAC78BwAw/AcAhPwHAJ/8BwDa/AcA3PwHADD9BwA+/QcAhv0HAJf9BwDc/QcA3v0HADL+BwBL/gcAiP4HAJn+BwDe/gcA6v4HADT/BwA8/wcArPkRAJD/BwDg/wcA6P8HADYACAA9AAgAjAAIAJEACADiAAgA7gAIADgBCAA7AQgAjgEIAJYBCADkAQgA8QEIADoCCAA/AggAkAIIAJoCCADmAggA7gIIADwDCABIAwgAkgMIAKUDCADoAwgA9gMIAD4ECABBBAgAlAQIAJ4ECAAC+hEA7QQIAEAFCABIBQgAlgUIAJkFCADsBQgA+AUIAEIGCABIBggAmAYIALMGCADuBggA+gYIAEQHCABKBwgAmgcIAKIHCADwBwgA/gcIAEYICABJCAgAnAgIAKQICADyCAgA+wgIAEgJCABVCQgAngkIAKAJCAD0CQgADwoIAEoKCABMCggAoAoIAK4KCAD2CggABwsIAEwLCABOCwgAogsIALsLCAD4CwgACQwIAE4MCABaDAgApAwIAKwMCABY+hEAAA0IAFANCABYDQgApg0IAK0NCAD8DQgAAQ4IAFIOCABeDggAqA4IAKsOCAD+DggABg8IAFQPCABhDwgAqg8IAK8PCAAAEAgAChAIAFYQCABeEAgArBAIALgQCAACEQgAFREIAFgRCABmEQgArhEIALERCAAEEggADhIIAK76EQBdEggAsBIIALwSCAAGEwgADBMIAFwTCAB3EwgAshMIAL4TCAAIFAgADhQIAF4UCABmFAgAtBQIAMIUCAAKFQgADRUIAGAVCABoFQgAthUIAL8VCAAMFggAGRYIAGIWCABkFggAuBYIANMWCAAOFwgAEBcIAGQXCAByFwgAuhcIAMsXCAAQGAgAEhgIAGYYCAB/GAgAvBgIAM0YCAASGQgAHhkIAGgZCABwGQgABPsRAMQZCAAUGggAHBoIAGoaCABxGggAwBoIAMUaCAAWGwgAIhsIAGwbCABvGwgAwhsIAMobCAAYHAgAJRwIAG4cCABzHAgAxBwIAM4cCAAaHQgAIh0IAHAdCAB8HQgAxh0IANkdCAAcHggAKh4IAHIeCAB1HggAyB4IANIeCABa+xEAJh8IALD7EQCCHwgAyh8IANsfCAAgIAgALCAIAHYgCAB+IAgABvwRANEgCAAiIQgALCEIAHghCACAIQgAziEIAN4hCAAkIggAKSIIAHoiCACDIggA0CIIAN0iCAAmIwgALSMIAFz8EQB+IwgA0iMIAIEjCABENAkAhSMIABquEACIIwgAXqMPAIojCAC8mwkA3CMIAEwbEADjIwgAKCQIADkkCAB+JAgAjCQIANQkCADwJAgAKiUIAEYlCACy/BEAjiUIANYlCADjJQgALCYIAEMmCACCJggAjiYIANgmCADeJggALicIADQnCACEJwgAiScIANonCADgJwgACP0RAEYoCACGKAgAlSgIANwoCACyKAgA5i0IAN4oCAAyKQgAQSkIAIgpCACTKQgA3ikIAOopCAA0KggANyoIAIoqCAA7KggApDcIAFAqCABCMQgAlioIAOAqCADmKggANisIAFErCACMKwgAmCsIAOIrCADoKwgAOCwIAEQsCACOLAgAlCwIAOQsCADqLAgAOi0IAD8tCACQLQgAli0IAF79EQDpLQgAPC4IAFguCACSLggAmi4IAGD+EQD0LggAPi8IAEQvCACULwgAry8IAOovCAD2LwgAQDAIAEYwCACWMAgAnjAIAOwwCAANMQgAtv4RAEoxCAAM/xEAnTEIAO4xCAD7MQgARDIIAFEyCACaMggApjIIAPAyCAD/MggARjMIAFAzCACcMwgApDMIAPIzCAD8MwgASDQIAFY0CACeNAgAtDQIAPQ0CAAANQgASjUIAE81CACgNQgAqTUIAPY1CAAANggATDYIAFQ2CACiNggArDYIAPg2CAD9NggATjcIAFY3CABi/xEAsDcIAPo3CAANOAgAUDgIAF84CACmOAgAsjgIAPw4CAD9OAgAUjkIAFw5CACoOQgAtjkIAP45CAADOggAVDoIAGE6CAC4/xEAtToIAAA7CAAMOwgAVjsIAFw7CACsOwgAuDsIAAI8CAAKPAgAugASAFs8CACuPAgAtjwIAAQ9CAARPQgAWj0IAF89CACwPQgAuD0IAAY+CAAIPggAXD4IAHc+CACyPggAtD4IAAg/CAAWPwgAXj8IAG8/CAC0PwgAtj8IAApACAAjQAgAYEAIAHFACAC2QAgAwkAIAAxBCAAUQQgAEAESAGdBCAC4QQgAxUEIAA5CCAAbQggAZEIIAHBCCAC6QggAyUIIABBDCAAaQwgAZkMIAHRDCAC8QwgAwUMIABJECAAfRAgAaEQIAHBECAC+RAgAwEQIABRFCAAeRQgAakUIAHJFCABmARIAy0UIABZGCAAkRggAbEYIAG9GCADCRggAykYIABhHCAAuRwgAbkcIAHNHCADERwgA2kcIABpICAAmSAgAcEgIAH1ICADGSAgA0EgIALwBEgAeSQgAckkIAIBJCADISQgA2UkIABICEgAkSggAdEoIAIBKCABoAhIAzEoIACBLCAAmSwgAdksIAJZLCADMSwgA2EsIACJMCAApTAgAeEwIAIBMCADOTAgA1UwIACRNCAAwTQgAek0IAHxNCADQTQgA100IAL4CEgApTggAfE4IAIROCADSTggA4k4IAChPCAAqTwgAfk8IAIxPCADUTwgA5U8IABQDEgAxUAgAagMSAI1QCADWUAgA3VAIACxRCAA0UQgAglEIAJBRCADYUQgA21EIAC5SCAA2UggAhFIIAItSCADaUggA6FIIADBTCAAzUwgAhlMIAIhTCADcUwgA9VMIADJUCABDVAgAiFQIAJRUCADeVAgA5VQIADRVCAA8VQgAilUIAJNVCADgVQgA7VUIADZWCABAVggAjFYIAJpWCADiVggA81YIADhXCABAVwgAjlcIAJhXCADkVwgA8lcIADpYCABQWAgAkFgIAJxYCADmWAgA7VgIADxZCABEWQgAklkIAJhZCADoWQgA9FkIAD5aCABIWggAlFoIAJpaCADqWggA/loIABYEEgBOWwgAllsIAK9bCADsWwgAAlwIAEJcCABRXAgAmFwIALJcCADuXAgA8VwIAPhhCAD5XAgAAmcIAP1cCABEXQgASV0IAJpdCACnXQgA8F0IAP1dCABGXggAUl4IAJxeCACrXggA8l4IAPxeCABIXwgAVl8IAJ5fCACjXwgA9F8IAAFgCABKYAgAVmAIAKBgCACmYAgA9mAIAPxgCABMYQgAUWEIAKJhCACoYQgAbAQSAARiCABOYggAVGIIAKRiCAC/YggA+mIIAAZjCABQYwgAVmMIAKZjCACtYwgA/GMIAAFkCACqZQgACGQIAFJkCABUZAgAqGQIAK9kCAD+ZAgAGmUIAFRlCABcZQgAbgUSAK5lCAAAZggADWYIAFZmCAByZggArGYIALRmCADEBRIAB2cIAFhnCABbZwgArmcIALhnCAAEaAgAFWgIAFpoCABfaAgAsGgIALVoCAAGaQgAJmkIAFxpCABlaQgAsmkIALNpCAAIaggAFGoIAF5qCABkaggAtGoIALpqCAAKawgAD2sIAGBrCABmawgAGgYSALdrCAAMbAgAGGwIAGJsCABvbAgAuGwIAMBsCAAObQgAF20IAGRtCABxbQgAum0IAMhtCAAQbggAI24IAGZuCABubggAvG4IAL9uCAASbwgAF28IAGhvCAB3bwgAvm8IAN5vCAAUcAgAIHAIAGpwCAB0cAgAHAcSAMpwCAAWcQgAGHEIAGxxCAB2cQgAwnEIAMtxCAAYcggAG3IIAG5yCAB2cggAxHIIAPtyCAByBxIAJnMIAHBzCAB/cwgAxnMIAOZzCAAcdAgAKHQIAHJ0CAB5dAgAyHQIAM10CAAedQgAH3UIAHR1CACAdQgAynUIANB1CAAgdggAInYIAHZ2CACAdggAzHYIANp2CAAidwgAJ3cIAHh3CACFdwgAzncIANh3CAAkeAgAMngIAHp4CACQeAgA0HgIANx4CAAmeQgAK3kIAHx5CACFeQgA0nkIANx5CAAoeggANHoIAH56CACReggA1HoIAON6CAAqewgANnsIAIB7CACBewgA1nsIAOB7CAAsfAgAOnwIAIJ8CACHfAgA2HwIAOV8CADIBxIAPH0IAIR9CACafQgA2n0IAOZ9CAAwfggAN34IAIZ+CACOfggA3H4IAOF+CAAyfwgAO38IAIh/CACSfwgA3n8IAOZ/CAA0gAgAOIAIAIqACACMgAgA4IAIAO6ACAA2gQgAQIEIAIyBCACagQgA4oEIAO+BCAA4gggAT4IIAI6CCACWgggA5IIIAPSCCAA6gwgAP4MIAJCDCACWgwgA5oMIAO6DCAA8hAgAQYQIAJKECACThAgA6IQIAPSECAA+hQgARIUIAJSFCACWhQgA6oUIAPSFCABAhggAToYIAJaGCACbhggA7IYIAPmGCADKCBIARIcIAJiHCACihwgA7ocIAPyHCABEiAgASYgIAJqICACniAgA8IgIAPKICABGYgoA+ogIAEaJCABUiQgAnIkIALKJCADyiQgA/okIAEiKCABNiggAnooIAKeKCAD0iggA/ooIAEqLCABWiwgAoIsIALOLCAD2iwgABYwIAEyMCABYjAgAoowIAKOMCAD4jAgAAo0IAE6NCABcjQgApI0IAKmNCAD6jQgAB44IACAJEgBZjggApo4IALCOCAD8jggA/o4IAFKPCABcjwgAqI8IALSPCAD+jwgABpAIACIKEgBVkAgAqpAIALaQCAAAkQgABpEIAFaRCABYkQgArJEIALaRCAACkggAEJIIAFiSCABdkggArpIIALuSCAAEkwgADJMIAFqTCABkkwgAsJMIAL6TCAAGlAgAHJQIAFyUCABolAgAspQIALmUCAAIlQgAEJUIAF6VCABjlQgAtJUIAL2VCAAKlggAFJYIAGCWCAB1lggAtpYIAL+WCAAMlwgAGZcIAGKXCABklwgAuJcIANGXCAAOmAgAH5gIAGSYCABwmAgAupgIAMKYCAB4ChIAFZkIAGaZCABumQgAvJkIANKZCAASmggAF5oIAGiaCABvmggAvpoIAMyaCAAUmwgAJJsIAGqbCAB+mwgAwJsIAMibCAAWnAgAJZwIAGycCABxnAgAwpwIAMucCAAYnQgAJZ0IAG6dCAB4nQgAxJ0IANCdCAAanggAIJ4IAM4KEgB+nggAxp4IANyeCAAcnwgAKJ8IAHKfCAB3nwgAyJ8IANGfCAAeoAgAKKAIAHSgCAB8oAgAyqAIAM6gCAAgoQgAIqEIAHahCACEoQgAzKEIANahCAAioggAMKIIAHiiCACFoggAzqIIAOWiCAAkowgALKMIAHqjCACKowgA0KMIANWjCAAmpAgALKQIAHykCACEpAgA0qQIAO2kCAAopQgAKqUIAH6lCACPpQgA1KUIAN2lCAAqpggANqYIACQLEgCFpggA1qYIANmmCAAspwgANqcIAIKnCACEpwgA2KcIAPOnCAAuqAgAMKgIAISoCACSqAgA2qgIAOuoCAAwqQgAMqkIAIapCACfqQgA3KkIAO2pCAAyqggAPqoIAHoLEgClqggA3qoIAO+qCAA0qwgAUKsIAIqrCACSqwgA0AsSAOWrCAA2rAgAPqwIAIysCACXrAgA4qwIAOesCAA4rQgAO60IAI6tCACYrQgA5K0IAOetCAA6rggAQq4IAJCuCACSrggA5q4IAAGvCAA8rwgAPq8IAJKvCACgrwgA6K8IAPmvCAA+sAgAQLAIAJSwCACtsAgA6rAIAPuwCABAsQgATLEIAJaxCACesQgAJgwSAPmxCABCsggASrIIAJiyCACisggA7rIIAPmyCABEswgAULMIAJqzCACiswgAfAwSAPWzCABGtAgAS7QIAJy0CACttAgA0gwSAP+0CABItQgASrUIAJ61CAC3tQgA9LUIAAW2CABKtggAVrYIAKC2CACotggAKA0SAPu2CABMtwgAVLcIAKK3CACxtwgA+LcIAP63CABOuAgAWrgIAKS4CACmuAgA+rgIAAS5CABQuQgAXLkIAKa5CACuuQgAfg0SAAi6CABSuggAVboIAKi6CACruggA/roIAAy7CABUuwgAWbsIAKq7CAC3uwgA1A0SABG8CABWvAgAXrwIAKy8CABjvAgAFMYIALe8CAACvQgAB70IAFi9CABbvQgArr0IALi9CAAEvggAJ74IAFq+CABdvggAsL4IANS+CAAGvwgADr8IACoOEgBivwgAsr8IAMC/CAAIwAgAFMAIAF7ACABlwAgAtMAIALzACAAKwQgAGsEIAGDBCABlwQgAtsEIALzBCAAMwggAFMIIAGLCCAB/wggAuMIIAMHCCAAOwwgAGsMIAGTDCABqwwgAusMIAM7DCAAQxAgAGMQIAGbECAB2xAgAvMQIAL7ECAASxQgAIMUIAGjFCAB5xQgAgA4SAMXFCADWDhIAGcYIAGrGCABxxggAwMYIAMzGCAAWxwgAGccIAGzHCAB8xwgAwscIAMTHCAAYyAgAJsgIAG7ICAB/yAgALA8SAMvICACCDxIALckIAHDJCAB/yQgAxskIANLJCAAcyggAHcoIAHLKCAB8yggAyMoIANbKCAAeywgAI8sIAHTLCACBywgA2A8SAM/LCAAgzAgAKcwIAHbMCACHzAgAzMwIANPMCAAizQgAKs0IAHjNCACFzQgAzs0IANPNCAAkzggALs4IAHrOCACCzggA0M4IANbOCAAmzwgAMs8IAHzPCAB+zwgA0s8IAOHPCAAo0AgAM9AIAH7QCACG0AgA1NAIANbQCAAq0QgAN9EIAIDRCACU0QgA1tEIAN7RCAAs0ggAO9IIAILSCACH0ggA2NIIAOXSCAAu0wgAONMIAITTCACG0wgA2tMIAOnTCAAw1AgAOtQIAIbUCACO1AgA3NQIAN3UCAAy1QgAN9UIAIjVCACW1QgA3tUIAOvVCAA01ggAPtYIANoQEgCN1ggA4NYIAOzWCABU5ggA/NYIADbXCAA+1wgAMBESAJHXCADi1wgA6tcIADjYCAA72AgAjtgIAJrYCADk2AgA6tgIADrZCABV2QgAkNkIAJzZCADm2QgA7NkIADzaCAA/2ggAktoIAJraCADo2ggA6toIAD7bCABZ2wgAlNsIAJbbCADq2wgA+NsIAEDcCABR3AgAltwIAJjcCADs3AgABd0IAELdCABT3QgAmN0IAKTdCADu3QgA9t0IAIYREgBJ3ggAmt4IAKDeCADw3ggA+N4IAEbfCABV3wgAnN8IAKHfCADy3wgA/98IAEjgCABV4AgAnuAIAKrgCAD04AgAA+EIAErhCABU4QgAoOEIAK7hCAD24QgA++EIAEziCABZ4ggA3BESAK7iCAD44ggA/uIIAE7jCABp4wgApOMIALDjCAD64wgAAOQIAFDkCABT5AgApuQIALLkCAD85AgAAuUIAFLlCABY5QgAqOUIAK3lCAD+5QgABOYIADISEgBa5ggAquYIALDmCAAA5wgABecIAFbnCABc5wgAiBISALHnCAAC6AgAD+gIAFjoCABl6AgArugIALroCAAE6QgAE+kIAFrpCABk6QgAsOkIAL7pCAAG6ggAC+oIAFzqCABp6ggAsuoIAMrqCAAI6wgADusIAF7rCABq6wgAtOsIAMTrCAAK7AgAE+wIAGDsCABj7AgAtuwIAMLsCAAM7QgAE+0IAIoTEgBk7QgAuO0IAMLtCAAO7ggAEe4IAGTuCABs7ggAuu4IAL3uCAAQ7wgAHO8IAGbvCABs7wgAvO8IANfvCAAS8AgAHvAIAGjwCABu8AgA4BMSAN7wCAAU8QgAH/EIAGrxCABv8QgAwPEIAMnxCAAW8ggAGfIIAGzyCAB48ggAwvIIAM7yCACC/QgA2vIIABjzCAAf8wgAbvMIAHTzCADE8wgA0vMIABr0CAA19AgAcPQIAHz0CADG9AgAzPQIABz1CAA29QgAcvUIAH71CADI9QgAzvUIAB72CAAk9ggAdPYIAHn2CADK9ggA0PYIADYUEgAt9wgAdvcIAIL3CADM9wgA1vcIACL4CAAm+AgAePgIAH34CADO+AgA1PgIACT5CABE+QgAevkIAIb5CADQ+QgA1vkIACb6CAAs+ggAfPoIAIH6CADS+ggA2PoIAOIUEgAt+wgAfvsIAIX7CADU+wgA4PsIACr8CABG/AgAgPwIAIj8CADkFRIA//wIACz9CABS/QgAOhYSAJX9CADY/QgA5/0IAC7+CAA6/ggAhP4IAIX+CADa/ggA5P4IADD/CAA+/wgAhv8IAIv/CADc/wgA6f8IAJAWEgA6AAkAkhcSAI0ACQDeAAkA6wAJADQBCQBBAQkAigEJAJYBCQDgAQkA7wEJADYCCQBAAgkAjAIJAJoCCQDiAgkA5wIJADgDCQBFAwkAjgMJAJYDCQDoFxIA8AMJADoECQBKBAkAkAQJAJkECQDmBAkA6QQJADwFCQBIBQkAkgUJAJkFCQA+GBIA8wUJAD4GCQBKBgkAlAYJAJwGCQCUGBIA9wYJAEAHCQBHBwkAlgcJAJcHCQDsBwkA8QcJAEIICQBQCAkAmAgJAKUICQDuCAkA+AgJAEQJCQBMCQkAmgkJAKMJCQDwCQkA9gkJAEYKCQBXCgkAnAoJALgKCQDyCgkA+goJAOoYEgBTCwkAngsJAKgLCQD0CwkA/gsJAEoMCQBLDAkAQBkSAKUMCQD2DAkAAw0JAEwNCQBZDQkAog0JAK4NCQD4DQkABw4JAE4OCQBYDgkApA4JAKwOCQD6DgkABA8JAFAPCQBVDwkApg8JAK4PCQCWGRIABxAJAFIQCQBeEAkAqBAJALAQCQDsGRIAAxEJAFQRCQBjEQkAqhEJAMoRCQAAEgkADBIJAFYSCQBcEgkArBIJALQSCQACEwkACRMJAFgTCQBaEwkArhMJALoTCQAEFAkAGhQJAFoUCQBfFAkAsBQJAL0UCQBCGhIACxUJAFwVCQBrFQkAshUJANIVCQAIFgkAFBYJAF4WCQBkFgkAtBYJALwWCQAKFwkAERcJAGAXCQBiFwkAthcJAMIXCQAMGAkAIhgJAGIYCQBnGAkAuBgJAMUYCQAOGQkAFhkJAGQZCQBqGQkAuhkJAMMZCQAQGgkAHRoJAGYaCQBzGgkAvBoJAMoaCQASGwkAHxsJAGgbCQB/GwkAvhsJAO4bCQCYGhIAGhwJAGocCQAhHAkA3rgPAIAcCQDAHAkAzhwJABYdCQAZHQkAbB0JAG8dCQDCHQkA0B0JABgeCQAdHgkAbh4JAHseCQDEHgkAzB4JABofCQAhHwkAcB8JAHwfCQDGHwkA0x8JABwgCQAqIAkAciAJAH4gCQDIIAkAzyAJAB4hCQAmIQkAdCEJAHghCQDKIQkA1SEJACAiCQAuIgkAdiIJAIciCQDMIgkA2CIJACIjCQAqIwkA7hoSAH4jCQDOIwkA4iMJACQkCQAyJAkAeiQJAIckCQDQJAkA5yQJACYlCQAuJQkAfCUJAIYlCQDSJQkA1yUJACgmCQAwJgkAfiYJAI0mCQDUJgkA2SYJAConCQA3JwkAgCcJAI0nCQDWJwkA4icJACwoCQA7KAkAgigJAIwoCQDYKAkA4CgJAC4pCQA4KQkAhCkJAIkpCQDaKQkA4ikJAEQbEgA7KgkAhioJAJIqCQDcKgkA5CoJAJobEgA3KwkAiCsJAJcrCQDeKwkA/isJADQsCQBALAkAiiwJAJAsCQDgLAkA6CwJADYtCQA9LQkAjC0JAI4tCQDiLQkA7i0JADguCQBOLgkAji4JAJMuCQDkLgkA8S4JAPAbEgBDLwkAkC8JAJYvCQDmLwkA9C8JADwwCQBJMAkAkjAJAKkwCQDoMAkA8DAJAD4xCQBNMQkAlDEJAJkxCQDqMQkA9zEJAEAyCQBNMgkAljIJAKIyCQDsMgkA+zIJAEIzCQBMMwkAmDMJALQzCQDuMwkA9jMJAEYcEgBRNAkAYk0OAFM0CQCaNAkApDQJAFjJDgC6NAkA8DQJAPw0CQBGNQkATDUJAJw1CQCkNQkAzHgJAKg1CQDyNQkAtjUJAKBiCQAFNgkASDYJAFc2CQCeNgkAqjYJAPQ2CQD1NgkASjcJAFQ3CQCgNwkArjcJAPY3CQD7NwkATDgJAFk4CQCcHBIAqDgJAPg4CQD+OAkATjkJAFM5CQCkOQkAqjkJAJ4dEgAFOgkAUDoJAF46CQCmOgkAtzoJAPw6CQAIOwkAUjsJAFo7CQBKHhIAtDsJAP47CQAIPAkAVDwJAGM8CQCqPAkAtTwJAAA9CQAOPQkAVj0JAGM9CQCsPQkAwz0JAAI+CQAKPgkAWD4JAFs+CQCuPgkAuj4JAAQ/CQAKPwkAWj8JAHU/CQCwPwkAvD8JAAZACQAMQAkAXEAJAGRACQCyQAkAtEAJAAhBCQAJQQkAXkEJAGxBCQC0QQkAvEEJAApCCQAlQgkAYEIJAGxCCQC2QgkAvEIJAAxDCQAPQwkAYkMJAHBDCQC4QwkAvUMJAA5ECQAbRAkAZEQJAIBECQC6RAkAwkQJAKAeEgAdRQkAUsYOACFFCQBmRQkAI0UJALAgDwByRQkAvEUJAMlFCQASRgkAF0YJAGhGCQByRgkAvkYJAM5GCQAURwkAGUcJAGpHCQBzRwkAwEcJAM1HCQAWSAkAHUgJAGxICQB4SAkAwkgJAMhICQAYSQkAHkkJAG5JCQBzSQkAxEkJAMpJCQD2HhIAJkoJAHBKCQB2SgkAxkoJAMxKCQAcSwkAKUsJAHJLCQB3SwkAyEsJANBLCQAeTAkAVEwJAHRMCQCfTAkAykwJANJMCQAgTQkALU0JAHZNCQB7TQkAzE0JANRNCQAiTgkAJU4JAHhOCQCBTgkAzk4JAN1OCQAkTwkAL08JAHpPCQCCTwkA0E8JAOBPCQAmUAkANFAJAHxQCQCNUAkA0lAJAN5QCQAoUQkAMFEJAPgfEgCEUQkA1FEJANxRCQAqUgkAMVIJAIBSCQCOUgkA1lIJANxSCQAsUwkAOFMJAIJTCQCRUwkA2FMJAOJTCQAuVAkAM1QJAIRUCQCKVAkA2lQJAO5UCQBOIBIAOlUJAILUCQA9VQkAhlUJAD9VCQBgmAkAi1UJANxVCQDoVQkAMlYJAD9WCQCIVgkAklYJAKQgEgD5VgkANFcJADZXCQCKVwkAkFcJAOBXCQAYWAkANlgJADxYCQCMWAkAlVgJAOJYCQDvWAkAOFkJAHBZCQCOWQkAlVkJAORZCQDpWQkAOloJAElaCQCQWgkAsFoJAOZaCQDyWgkAPFsJAEJbCQCSWwkArFsJAOhbCQDrWwkAPlwJAENcCQCUXAkAo1wJAOpcCQAKXQkAUCESAGBdCQCWXQkAol0JAOxdCQD2XQkAQl4JAE5eCQCqEwoAT14JAJheCQCdXgkA7l4JAPheCQBEXwkAVF8JAJpfCQCfXwkA8F8JAPlfCQBGYAkAU2AJAJxgCQCjYAkA8mAJAP5gCQBIYQkATmEJAJ5hCQCkYQkA9GEJAPlhCQBKYgkAUGIJAKYhEgCjYgkA9mIJAPtiCQBMYwkAW2MJAKJjCQDCYwkAUiISAAZkCQBOZAkAW2QJAKRkCQCrZAkA+mQJAAJlCQBQZQkAUmUJAKZlCQBXZQkADHQMAGdlCQA4NAwArGUJAC5aDACuZQkA/GUJAABmCQAMbgkAEmYJAGT0CwAXZgkAUmYJAFRmCQCoZgkAuWYJAP5mCQAMZwkAVGcJAFtnCQCqZwkAsmcJAABoCQAHaAkAVmgJAFtoCQCsaAkAu2gJAAJpCQAiaQkAWGkJAGRpCQCuaQkAtGkJAARqCQAMagkAWmoJAGZqCQCwagkAvWoJAAZrCQAhawkAXGsJAGprCQCyawkAuGsJAAhsCQANbAkAXmwJAGtsCQC0bAkAymwJAAptCQAWbQkAYG0JAG1tCQC2bQkAwG0JAKgiEgARbgkAYm4JAGhuCQC4bgkA2G4JAA5vCQAcbwkAZG8JAHFvCQC6bwkA0W8JABBwCQAYcAkAZnAJAHVwCQC8cAkAwXAJABJxCQAfcQkAaHEJAHJxCQC+cQkAwHEJABRyCQAicgkAanIJAHdyCQDAcgkAzHIJABZzCQAccwkAbHMJAHRzCQDCcwkAyHMJABh0CQAhdAkAbnQJAHt0CQDEdAkAznQJABp1CQAodQkAcHUJAIZ1CQDGdQkA0nUJABx2CQAkdgkA/iISAHx2CQDIdgkAznYJAB53CQAgdwkAdHcJAH53CQDKdwkA1ncJACB4CQA3eAkAdngJAIp4CQBUIxIA2ngJACJ5CQAleQkAeHkJAIB5CQDOeQkA2nkJACR6CQAyegkAenoJAIR6CQDQegkA23oJACZ7CQAyewkAfHsJAIJ7CQDSewkA2nsJACh8CQA1fAkAfnwJAIN8CQDUfAkA3nwJACp9CQAyfQkAgH0JAIZ9CQDWfQkA330JACx+CQA5fgkAgn4JAI9+CQDYfgkA5n4JAC5/CQA7fwkAhH8JAJt/CQDafwkA4n8JADCACQA1gAkAhoAJAIyACQDcgAkA5IAJADKBCQBIgQkAiIEJAJaBCQDegQkA4YEJADSCCQBDggkAioIJAI+CCQDgggkA7YIJADaDCQBGgwkAjIMJAJqDCQDigwkA+YMJADiECQBBhAkAjoQJAJSECQDkhAkA8IQJADqFCQBBhQkAqiMSAJyFCQDmhQkA6IUJADyGCQBGhgkAkoYJAJ6GCQDohgkA8IYJAAAkEgBDhwkAlIcJAKOHCQDqhwkACogJAECICQBMiAkAlogJAJyICQDsiAkA9IgJAEKJCQBDiQkAmIkJAJ6JCQDuiQkA84kJAESKCQBfigkAmooJAKiKCQDwigkA94oJAEaLCQBSiwkAnIsJAKKLCQBWJBIA94sJAEiMCQBSjAkAnowJAK+MCQD0jAkAAI0JAEqNCQBNjQkAoI0JAKONCQD2jQkA/o0JAEyOCQBTjgkAoo4JAKeOCQD4jgkAB48JAE6PCQBujwkApI8JALCPCQD6jwkAAJAJAFCQCQBYkAkAppAJALOQCQD8kAkAAZEJAFKRCQBckQkAqJEJALCRCQD+kQkADpIJAFSSCQBZkgkAqpIJALOSCQAAkwkADZMJAFaTCQBdkwkArCQSALGTCQAClAkAEZQJAFiUCQB4lAkArpQJALqUCQAElQkACpUJAFqVCQBilQkAsJUJALyVCQAGlgkAE5YJAFyWCQBjlgkAspYJALOWCQAIlwkADZcJAF6XCQBslwkAtJcJAMGXCQAKmAkAFJgJAAIlEgBlmAkAtpgJAMOYCQAMmQkAGZkJAGKZCQBomQkAuJkJAMSZCQAOmgkAHpoJAGSaCQBtmgkAupoJAL2aCQAQmwkAHJsJAGabCQBtmwkAWCUSAL6bCQASnAkAw5sJAKRsDQDMmwkASL8NACOcCQBonAkAcJwJAL6cCQDInAkAFJ0JACOdCQBqnQkAa50JAMCdCQDInQkABCYSAB6eCQBaJhIAip4JAMKeCQCPngkAIjUSAJaeCQCuvwkAyp4JABifCQAnnwkAbp8JAHOfCQDEnwkA0Z8JABqgCQAnoAkAcKAJAHygCQDGoAkA1aAJAByhCQAmoQkAcqEJAJWhCQDIoQkA/qEJAB6iCQBCogkAdKIJAHyiCQCyJxIAz6IJACCjCQAmowkAdqMJAH6jCQAIKBIA2qMJACKkCQA9pAkAeKQJAISkCQDOpAkA36QJACSlCQA4pQkAeqUJAIKlCQDQpQkA1qUJACamCQAypgkAfKYJAIymCQDSpgkA26YJACinCQArpwkAfqcJAIqnCQDUpwkA26cJAF4oEgA4qAkAgKgJAIqoCQC0KBIA26gJACypCQA5qQkAgqkJAI+pCQDYqQkA5KkJAC6qCQA9qgkAhKoJAI6qCQDaqgkA6KoJADCrCQA1qwkAhqsJAJOrCQDcqwkA5KsJAAopEgA+rAkAiKwJAJisCQDerAkA56wJADStCQA3rQkAiq0JAJatCQDgrQkA560JAGApEgBFrgkAjK4JAJGuCQDirgkA764JADivCQBFrwkAjq8JAJSvCQDkrwkA8K8JADqwCQBKsAkAkLAJAJmwCQDmsAkA6bAJADyxCQBIsQkAkrEJAJmxCQC2KRIA7bEJAD6yCQBLsgkAlLIJALKyCQDqsgkA9rIJAECzCQBTswkAlrMJAKSzCQDsswkA77MJAEK0CQBMtAkAmLQJAKa0CQDutAkA+7QJAES1CQBbtQkAmrUJAKK1CQDwtQkA97UJAEa2CQBLtgkAnLYJALK2CQDytgkA9LYJAEi3CQBWtwkAnrcJAKu3CQAMKhIA/LcJAGIqEgBPuAkAoLgJAK24CQD2uAkAA7kJAEy5CQBYuQkAorkJALG5CQD4uQkAAroJAE66CQBcugkApLoJAKm6CQD6ugkAB7sJAFC7CQBYuwkAuCoSALK7CQD8uwkADLwJAFK8CQBbvAkAqLwJAKu8CQD+vAkACr0JAFS9CQBbvQkADisSALa9CQAAvgkAEL4JAFa+CQAWvgkAEKUOAF++CQCsvgkAr74JAAK/CQAOvwkAWL8JAF+/CQBkKxIAt78JAArDCQC4vwkABMAJABPACQBawAkAFcAJALLBCQBbwAkAsMAJAMzACQAGwQkAPsEJAFzBCQCUwQkAuisSALXBCQAIwgkAJMIJAF7CCQCWwgkAtMIJAOzCCQAQLBIAF8MJAGDDCQBuwwkAtsMJAMnDCQAMxAkAKMQJAGLECQCaxAkAuMQJAPDECQBmLBIAH8UJAGTFCQBwxQkAusUJAMLFCQC8LBIAFcYJAGbGCQBuxgkAvMYJAMvGCQASxwkAF8cJAGjHCQB1xwkAvscJAMvHCQAUyAkAIMgJAGrICQB5yAkAwMgJAMrICQAWyQkAHskJAGzJCQB2yQkAwskJAMfJCQAYygkAIMoJABItEgB9ygkAxMoJAH/KCQAczAkAxcoJABrLCQA2ywkAcMsJAKjLCQDGywkA/ssJAGgtEgAfzAkAcswJAI7MCQDIzAkAAM0JAB7NCQBWzQkAvi0SAHfNCQDKzQkA280JACDOCQA8zgkAds4JAK7OCQDMzgkABM8JABQuEgAvzwkAeM8JAITPCQDOzwkA3c8JACTQCQAu0AkAetAJAILQCQC6RgoAiNAJANDQCQDV0AkAJtEJADPRCQB80QkAhNEJANLRCQDY0QkAKNIJAOLRCQCeOAoANNIJAH7SCQCO0gkA1NIJAN3SCQAq0wkALdMJAIDTCQCM0wkA1tMJAN3TCQBqLhIAT9QJAMAuEgCQ1AkA2NQJAO7UCQAu1QkAOtUJAITVCQCL1QkA2tUJAN/VCQAw1gkAOdYJAIbWCQCQ1gkAFi8SAOHWCQAyMw0A5tYJADLXCQDo1gkADssMADzXCQCI1wkAidcJAN7XCQDt1wkANNgJADnYCQCK2AkAl9gJAODYCQDt2AkANtkJAELZCQCM2QkAm9kJAOLZCQDs2QkAONoJAEbaCQCO2gkAk9oJAOTaCQDx2gkAOtsJADvbCQCQ2wkAldsJAObbCQDr2wkAPNwJAE3cCQCS3AkAtdwJAOjcCQDz3AkAPt0JAEPdCQCU3QkAl90JAOrdCQD03QkAQN4JAGjeCQCW3gkAtd4JAMIvEgD43gkAQt8JAETfCQCY3wkAp98JAO7fCQD53wkAROAJAEzgCQCa4AkAoeAJAPDgCQDy4AkARuEJAFDhCQCc4QkAnuEJAPLhCQAL4gkASOIJAEriCQCe4gkAoeIJAPTiCQAA4wkASuMJAFLjCQAYMBIArOMJAPbjCQD84wkATOQJAGfkCQCi5AkAruQJAPjkCQD+5AkATuUJAFblCQCk5QkApuUJAPrlCQAE5gkAUOYJAFjmCQBuMBIAt+YJAPzmCQAD5wkAUucJAFrnCQCo5wkAtecJAP7nCQAD6AkAVOgJAF7oCQCq6AkAsugJAADpCQAP6QkAVukJAFvpCQCs6QkAuekJAALqCQAP6gkAWOoJAGTqCQCu6gkAveoJAATrCQAO6wkAWusJAGLrCQCw6wkAuusJAAbsCQAL7AkAXOwJAGTsCQDEMBIAvuwJAAjtCQAY7QkAXu0JAGftCQC07QkAt+0JAAruCQAW7gkAYO4JAGfuCQAaMRIAvO4JAAzvCQAS7wkAYu8JAGfvCQC47wkAvu8JAHAxEgAU8AkAZPAJAGrwCQC68AkAv/AJAIZhDwDH8AkAEPEJABXxCQBm8QkAbvEJALzxCQDl8QkAEvIJAPDxCQB2+QkAO/IJAGjyCQCR8gkAvvIJAOnyCQAU8wkAHPMJAGrzCQB58wkAwPMJAMXzCQAW9AkAI/QJAGz0CQB59AkAwvQJAM70CQAY9QkAJ/UJAG71CQB49QkAxPUJANL1CQAa9gkAH/YJAHD2CQB99gkAxvYJAM72CQAc9wkAIvcJAHL3CQB+9wkAyPcJANj3CQAe+AkAJ/gJAHT4CQB3+AkAyvgJANb4CQAg+QkAJ/kJAMYxEgCf+QkAzPkJAPf5CQAi+gkAKvoJAHj6CQCH+gkAzvoJANP6CQAk+wkAMfsJAHr7CQCH+wkA0PsJANz7CQAm/AkANfwJAHz8CQCG/AkA0vwJAOD8CQAo/QkALf0JAH79CQCL/QkA1P0JANz9CQAq/gkAMP4JAID+CQCM/gkA1v4JAOb+CQAs/wkANf8JAIL/CQCF/wkA2P8JAOT/CQAuAAoANQAKABwyEgCGAAoAUHEPAJIACgDaAAoA5wAKADABCgA8AQoAhgEKAIwBCgDcAQoA4gEKADICCgA3AgoAiAIKAI4CCgByMhIABAMKADQDCgBaAwoAigMKAL4DCgDgAwoACQQKADYECgBhBAoAHjMSAJgECgDiBAoAmgQKAEY5CwDsBAoAOAUKAFIFCgCOBQoAkQUKAM5QCgCdBQoA5AUKAOkFCgA6BgoARwYKAJAGCgCdBgoA5gYKAPIGCgA8BwoASwcKAJIHCgCcBwoA6AcKAPQHCgA+CAoAUQgKAJQICgCjCAoA6ggKAPYICgBACQoAQQkKAJYJCgCgCQoA7AkKAPoJCgBCCgoARwoKAJgKCgClCgoAdDMSAPMKCgBECwoAUQsKAJoLCgCnCwoA8AsKAPwLCgBGDAoAVQwKAJwMCgCmDAoA8gwKAAANCgBIDQoATQ0KAJ4NCgCrDQoA9A0KAPwNCgB2NBIAVg4KAKAOCgCwDgoA9g4KAP8OCgBMDwoATw8KAKIPCgCuDwoA+A8KAP8PCgDMNBIAURAKAKQQCgCsEAoA+hAKAAYRCgBQEQoAVhEKAKYRCgCsEQoA/BEKAAESCgBSEgoAWBIKAHg1EgDREgoA/hIKACcTCgBUEwoAeBMKACQ2EgCwEwoAIFELAL0TCgAAFAoADxQKAFYUCgBiFAoArBQKAK0UCgACFQoADBUKAFgVCgBmFQoArhUKALMVCgAEFgoAERYKAHo2EgB9FgoA0DYSANkWCgAGFwoALxcKAFwXCgCAFwoAJjcSAMAXCgAIGAoADRgKAF4YCgBrGAoAtBgKALwYCgAKGQoAEBkKAGAZCgBsGQoAthkKAMYZCgAMGgoAFRoKAGIaCgBlGgoAuBoKAPMaCgAOGwoAGhsKAHw3EgBqGwoAuhsKANMbCgAQHAoAHhwKAGYcCgBzHAoAvBwKAMMcCgASHQoAGx0KAGgdCgB1HQoAvh0KANUdCgAUHgoAFx4KAGoeCgBsHgoAwB4KAMkeCgAWHwoAJh8KAGwfCgCFHwoAwh8KAMQfCgAYIAoAISAKAG4gCgB2IAoAxCAKAMYgCgAaIQoAMyEKAHAhCgCHIQoAxiEKANIhCgAcIgoALSIKAHIiCgB+IgoAyCIKANMiCgAeIwoAKyMKAHQjCgB+IwoA0jcSAN0jCgAgJAoALiQKAHYkCgBdJAoA3CwKALIkCgDMJAoA2SQKACIlCgAqJQoAeCUKAH4lCgDOJQoA2iUKACQmCgAvJgoAeiYKAIMmCgDQJgoA0yYKACYnCgAoJwoAfCcKAIMnCgDSJwoA1CcKACg4EgArKAoAfigKAIwoCgDUKAoA2SgKACopCgA3KQoAgCkKAIwpCgDWKQoA3ikKAH44EgA6KgoAgioKAJIqCgDYKgoA5ioKAC4rCgA3KwoAhCsKAI4rCgDaKwoA3CsKADAsCgA6LAoAhiwKAIgsCgDUOBIA4SwKADItCgA6LQoAiC0KAI4tCgDeLQoA6i0KADQuCgBDLgoAii4KAJMuCgDgLgoA4y4KADYvCgA4LwoAjC8KAJMvCgDiLwoA5C8KACo5EgA9MAoAjjAKAKowCgDkMAoAADEKAIA5EgBHMQoAXG8LAEkxCgCQMQoAlTEKAOYxCgDzMQoAPDIKAEkyCgCSMgoAmDIKAOgyCgD0MgoAPjMKAE4zCgCUMwoAnTMKAOozCgDtMwoAQDQKAEw0CgCWNAoAnTQKANY5EgD7NAoAQjUKAEc1CgCYNQoApTUKAO41CgD7NQoARDYKAEo2CgCaNgoApjYKAPA2CgAANwoARjcKAE83CgCcNwoAnzcKAPI3CgD+NwoASDgKAE84CgAsOhIAoDgKAPQ4CgACOQoASjkKAFs5CgCCOhIApzkKANg6EgD+OQoALjsSAFE6CgCiOgoArzoKAPg6CgAFOwoATjsKAFo7CgCkOwoAszsKAPo7CgAEPAoAUDwKAF48CgCmPAoAqzwKAPw8CgAJPQoAUj0KAFo9CgCEOxIAtD0KAP49CgAOPgoAVD4KAF0+CgCqPgoArT4KAAA/CgAMPwoAVj8KAF0/CgDaOxIArj8KAAJACgAQQAoAWEAKAGlACgAwPBIAtUAKAIY8EgAMQQoA3DwSAF9BCgCwQQoAvUEKAAZCCgATQgoAXEIKAGhCCgCyQgoAwUIKAAhDCgASQwoAXkMKAGxDCgC0QwoAuUMKAApECgAXRAoAYEQKAGhECgAyPRIAwkQKAAxFCgAcRQoAYkUKAGtFCgC4RQoAu0UKAA5GCgAaRgoAZEYKAGtGCgCIPRIAxEYKABBHCgAeRwoAZkcKAHxHCgC8RwoAyEcKABJICgAZSAoAaEgKAHBICgC+SAoAw0gKABRJCgAdSQoAakkKAHRJCgDePRIA1kkKABZKCgAiSgoAbEoKAHNKCgDCSgoAykoKABhLCgAdSwoAbksKAHdLCgDESwoAzksKADQ+EgAfTAoAPDgNACZMCgC2mgoAKUwKAHBMCgBETAoA+CETAHVMCgDGTAoA00wKABxNCgApTQoAck0KAH5NCgDITQoA100KAB5OCgAoTgoAdE4KAIJOCgDKTgoA104KACBPCgA3TwoAdk8KAH5PCgDMTwoA1k8KACJQCgAnUAoAeFAKAIBQCgCKPhIA01AKACRRCgAzUQoAelEKAJpRCgDQUQoA3FEKACZSCgAwUgoAfFIKAIZSCgDSUgoA4FIKAChTCgA+UwoAflMKAIpTCgDUUwoA2VMKACpUCgAzVAoAgFQKAIpUCgDWVAoA4lQKACxVCgA/VQoAglUKAJFVCgDYVQoA5FUKAC5WCgAvVgoAhFYKAI5WCgDaVgoA6FYKADBXCgA1VwoAhlcKAJNXCgA2PxIA6lcKADJYCgBIWAoAiFgKAJRYCgDeWAoA5VgKADRZCgA8WQoAilkKAI9ZCgDgWQoA6VkKADZaCgBAWgoAOEASAJFaCgDiWgoA6loKADhbCgA7WwoAjlsKAJdbCgDkWwoA81sKADpcCgBFXAoAkFwKAJhcCgDmXAoA9lwKADxdCgBKXQoAkl0KAKNdCgDoXQoA9F0KAD5eCgBGXgoAjkASAJpeCgDqXgoA8l4KAEBfCgBHXwoAll8KAKRfCgDsXwoA8l8KAEJgCgBOYAoAmGAKAKdgCgDuYAoA+GAKAERhCgBJYQoAmmEKAKBhCgDwYQoABGIKAORAEgBXYgoAnGIKAKhiCgDyYgoA+GIKAEhjCgBOYwoAnmMKAKNjCgD0YwoA+mMKADpBEgBPZAoAoGQKALFkCgD2ZAoA/mQKAExlCgACZQoA2oEKAARlCgDoExAAVmUKAKJlCgCwZQoA+GUKAA5mCgBOZgoAWmYKAKRmCgCrZgoA+mYKAAJnCgBQZwoAVWcKAKZnCgCvZwoA/GcKAAZoCgBSaAoAWmgKAKhoCgCsaAoA/mgKAAlpCgBUaQoAYmkKAKppCgC7aQoAAGoKAAxqCgBWagoAXmoKAJBBEgCuagoAAmsKABBrCgBYawoAYmsKAK5rCgC8awoABGwKABFsCgBabAoAcWwKALBsCgC4bAoABm0KABZtCgBcbQoAYW0KALJtCgC4bQoACG4KABBuCgBebgoAYG4KALRuCgDBbgoACm8KABJvCgBgbwoAZW8KALZvCgC3bwoADHAKABhwCgBicAoAb3AKALhwCgDAcAoADnEKAB1xCgBkcQoAaXEKALpxCgDHcQoAEHIKAB1yCgBmcgoAcnIKALxyCgDLcgoAEnMKABxzCgBocwoAdnMKAL5zCgDDcwoAFHQKACF0CgDmQRIAbXQKAMB0CgDIdAoAFnUKACN1CgBsdQoAcXUKAMJ1CgDMdQoAGHYKACB2CgBudgoAcHYKAMR2CgDfdgoAGncKABx3CgBwdwoAfncKAMZ3CgDXdwoAHHgKAB54CgByeAoAi3gKAMh4CgDZeAoAHnkKACp5CgA8QhIAfHkKAMp5CgDQeQoAIHoKACx6CgB2egoAk3oKAMx6CgDVegoAInsKAC57CgB4ewoAe3sKAM57CgDYewoAJHwKACx8CgB6fAoAhHwKANB8CgDefAoAJn0KADx9CgB8fQoAiH0KANJ9CgDZfQoAKH4KADB+CgB+fgoAg34KANR+CgDdfgoAKn8KADR/CgCAfwoAiH8KANZ/CgDYfwoALIAKADyACgCCgAoAjIAKANiACgDkgAoALoEKADSBCgCEgQoAjIEKAJJCEgDggQoAMIIKADaCCgCGggoAi4IKANyCCgDiggoA6EISAECDCgCIgwoAnoMKAN6DCgDqgwoANIQKADmECgCKhAoAk4QKAOCECgDqhAoANoUKAFmFCgCMhQoAkIUKAOKFCgCbhQoAOocKAOSFCgA4hgoARoYKAI6GCgCYhgoA5IYKAAiHCgDqQxIAQIcKAJCHCgCchwoA5ocKAOiHCgA8iAoARogKAJKICgCeiAoA6IgKAAyJCgBARBIAQokKAJSJCgBNiQoA7IoKAJaJCgDqiQoA+IkKAECKCgBKigoAlooKALqKCgCWRBIA8ooKAEKLCgBOiwoAmIsKAJqLCgDuiwoA+IsKAESMCgBQjAoAmowKAL6MCgDsRBIADY0KAEaNCgBPjQoAnI0KAKqNCgDyjQoA+I0KAEiOCgBUjgoAno4KAKaOCgBCRRIA+44KAEqPCgBjjwoAoI8KAK+PCgD2jwoA/o8KAEyQCgBbkAoAopAKAKeQCgD4kAoABZEKAE6RCgBbkQoApJEKALCRCgD6kQoACZIKAFCSCgBakgoAppIKALSSCgD8kgoAAZMKAFKTCgBfkwoAmEUSAKmTCgCkEgsAwZMKAP6TCgAIlAoAVJQKAFaUCgCqlAoAuJQKAACVCgANlQoAVpUKAF6VCgCslQoA2JUKAAKWCgAJlgoAWJYKAHGWCgCulgoAvZYKAASXCgAMlwoAWpcKAGmXCgCwlwoAtZcKAAaYCgATmAoAXJgKAGmYCgCymAoAvpgKAAiZCgAXmQoAXpkKAGiZCgC0mQoAwpkKAAqaCgAPmgoAYJoKAG2aCgDuRRIAyZoKAAybCgAbmwoAYpsKAG6bCgC4mwoAxJsKAA6cCgAVnAoAZJwKAHCcCgC6nAoAwZwKABCdCgAYnQoAZp0KAGqdCgC8nQoAx50KABKeCgAengoAaJ4KAHWeCgC+ngoAxp4KABSfCgAenwoAap8KAHCfCgDAnwoA1J8KABagCgAkoAoAbKAKAHmgCgDCoAoA2aAKABihCgAgoQoAbqEKAHihCgDEoQoAyaEKABqiCgAiogoAcKIKAH+iCgDGogoAy6IKAByjCgApowoAcqMKAH+jCgDIowoA1KMKAB6kCgAtpAoAdKQKAH6kCgBERhIA0qQKACClCgAvpQoAdqUKAHulCgDMpQoA1aUKACKmCgAzpgoAeKYKAH+mCgDOpgoA1qYKACSnCgAxpwoAeqcKAH+nCgDQpwoA2qcKACaoCgAuqAoAfKgKAJWoCgDSqAoA3qgKACipCgAwqQoAmkYSAI2pCgDUqQoA8akKACqqCgAzqgoAgKoKAI6qCgDWqgoA3KoKACyrCgA4qwoAgqsKAImrCgDYqwoA4KsKAC6sCgA+rAoAhKwKAIqsCgDarAoA36wKADCtCgBGrQoAhq0KAI6tCgDcrQoA5q0KADKuCgA9rgoAiK4KAJSuCgDergoA5q4KAPBGEgBBrwoAiq8KAJGvCgDgrwoA7K8KADawCgA8sAoAjLAKAJ2wCgDisAoA9rAKADixCgBGsQoAjrEKAJuxCgDksQoA+7EKADqyCgBCsgoAkLIKAJeyCgDmsgoA6LIKADyzCgBGswoAkrMKAJSzCgDoswoAAbQKAD60CgBAtAoAlLQKAJe0CgDqtAoA9rQKAEC1CgButQoARkcSAKW1CgDstQoACbYKAEK2CgBLtgoAmLYKAKa2CgDutgoA9LYKAES3CgBQtwoAmrcKAKK3CgCcRxIA+LcKAEa4CgBMuAoAnLgKAKi4CgDyuAoA9bgKAEi5CgBNuQoAnrkKAKe5CgD0uQoA+rkKAEq6CgBZugoAoLoKAKy6CgD2ugoA/roKAPJHEgBSuwoAorsKAKe7CgD4uwoADrwKAE68CgBWvAoApLwKALK8CgD6vAoABL0KAFC9CgBTvQoApr0KAK69CgD8vQoA/b0KAFK+CgBYvgoAqL4KALa+CgD+vgoAFL8KAFS/CgBWvwoAqr8KALC/CgAAwAoAFMAKAFbACgBewAoArMAKALzACgACwQoABMEKAFjBCgBnwQoArsEKALjBCgAEwgoACcIKAFrCCgBgwgoAsMIKAMTCCgAGwwoADsMKAFzDCgBhwwoAssMKALjDCgAIxAoAEMQKAF7ECgBhxAoAtMQKALnECgAKxQoAE8UKAGDFCgBmxQoAtsUKAMXFCgAMxgoAGMYKAEhIEgBuxgoAuMYKAMvGCgAOxwoAKscKAGTHCgBsxwoAnkgSAMjHCgAQyAoAJsgKAGbICgByyAoAvMgKAMHICgASyQoAG8kKAGjJCgByyQoAvskKAMbJCgAUygoAFsoKAGrKCgB5ygoAwMoKAN3KCgAWywoAH8sKAGzLCgB6ywoAwssKAMjLCgAYzAoAJswKAG7MCgB7zAoAxMwKANvMCgAazQoAIs0KAHDNCgByzQoAxs0KAM7NCgAczgoAK84KAHLOCgB3zgoAyM4KANXOCgAezwoAK88KAHTPCgCAzwoAys8KANnPCgAg0AoAKtAKAHbQCgCE0AoAzNAKANHQCgAi0QoAL9EKAPRIEgCC0QoAztEKANDRCgAk0goAK9IKAHrSCgCB0goA0NIKANbSCgAm0woANNMKAHzTCgCJ0woA0tMKAOLTCgAo1AoALdQKAH7UCgCG1AoA1NQKAJrUCgC0RQsA4NQKACrVCgAs1QoAMNgKADfVCgCA1QoAhdUKANbVCgDg1QoALNYKADzWCgCC1goAh9YKANjWCgDh1goALtcKADvXCgCE1woAi9cKANrXCgDi1woASkkSAD7YCgCG2AoAntgKANzYCgDe2AoAMtkKAEnZCgCI2QoAitkKAN7ZCgDs2QoANNoKAEHaCgCK2goAktoKAKBJEgDm2goANtsKADjbCgCM2woAmdsKAOLbCgDl2woAONwKAEncCgCO3AoAkNwKAOTcCgDu3AoAOt0KAEbdCgCQ3QoAmN0KAPZJEgDr3QoAPN4KAD/eCgCS3goAnN4KAOjeCgDw3goAPt8KAEvfCgCU3woAlt8KAOrfCgAA4AoAQOAKAEzgCgCW4AoAnuAKAExKEgDv4AoAQuEKAAPhCgDkigwAS+EKAJjhCgCm4QoAmAwLAKfhCgDu4QoA+eEKAETiCgBM4goAmuIKAKXiCgDw4goA9eIKAEbjCgBJ4woAnOMKAKbjCgD4ShIA+OMKAEjkCgD84woAPhIPAGPkCgCe5AoAquQKAPTkCgD65AoASuUKAFLlCgCg5QoAtuUKAPblCgAE5goATOYKAE/mCgCi5goAu+YKAPjmCgAE5woATucKAFnnCgCk5woApucKAPrnCgAV6AoAUOgKAF7oCgCm6AoAs+gKAPzoCgAT6QoATksSAFTpCgCYFA8AaOkKAKjpCgCp6QoA/ukKAAPqCgBU6goAWuoKAKrqCgCs6goAAOsKAAbrCgBW6woAausKAKzrCgC06woAAuwKABLsCgBY7AoAWuwKAK7sCgC87AoABO0KABXtCgCkSxIAYO0KALDtCgC87QoA+ksSAAjuCgBc7goAbe4KALLuCgC67goACO8KABHvCgBe7woAZe8KALTvCgC17woAUEwSABbwCgBg8AoAYvAKALbwCgC98AoADPEKABTxCgBi8QoAa/EKALjxCgC/8QoADvIKAA/yCgCmTBIAafIKALryCgDC8goAEPMKABrzCgBm8woAdPMKALzzCgDS8woAEvQKAB70CgBo9AoAbfQKAL70CgDH9AoAFPUKAB71CgD8TBIAa/UKAMD1CgDI9QoAsHAMANj1CgAW9goAI/YKAGz2CgB49goAwvYKAMz2CgAY9woAHPcKAG73CgBz9woAxPcKAMr3CgAa+AoAOvgKAHD4CgCI+AoAxvgKAN34CgAc+QoAKPkKAHL5CgB8+QoAyPkKAMr5CgAe+goAJfoKAHT6CgB7+goAyvoKAND6CgAg+woALPsKAHb7CgB5+woAzPsKAM/7CgAi/AoALvwKAHj8CgB7/AoAzvwKAOr8CgAk/QoALP0KAFJNEgCG/QoA0P0KANr9CgAm/goAKP4KAHz+CgCD/goA0v4KANn+CgAo/woALv8KAH7/CgCM/woA1P8KAOH/CgAqAAsAOgALAIAACwCFAAsA1gALAN4ACwAsAQsAPAELAIIBCwCHAQsA2AELAN4BCwAuAgsANgILAKhNEgCKAgsA2gILAOICCwAwAwsAMwMLAIYDCwCSAwsA3AMLAOIDCwAyBAsATQQLAIgECwCWBAsA3gQLAO0ECwA0BQsAQAULAIoFCwCSBQsAVE4SAOUFCwA2BgsAQAYLAIwGCwCUBgsA4gYLAAIHCwA4BwsARQcLAI4HCwCTBwsA5AcLAOgHCwA6CAsARwgLAKpOEgCVCAsA5ggLAOkICwA8CQsARgkLAJIJCwCeCQsA6AkLAPsJCwA+CgsATQoLAJQKCwCgCgsA6goLAOsKCwBACwsASgsLAJYLCwCkCwsA7AsLAPELCwBCDAsATwwLAABPEgCiDAsA7gwLAPAMCwBEDQsAXQ0LAJoNCwCrDQsA8A0LAPwNCwBGDgsATg4LAAJQEgCjDgsA8g4LAPkOCwBIDwsATg8LAJ4PCwCqDwsA9A8LAPcPCwBKEAsATRALAKAQCwCoEAsA9hALAAYRCwBMEQsAURELAKIRCwCrEQsA+BELAAUSCwBOEgsAVRILAFhQEgCwEgsA+hILAAcTCwBQEwsAWBMLAKYTCwCwEwsA/BMLAAsUCwBSFAsAUxQLAKgUCwCwFAsA/hQLAA0VCwBUFQsAWRULAKoVCwC3FQsAABYLAA0WCwBWFgsAYhYLAKwWCwC7FgsAAhcLAAwXCwBYFwsAZhcLAK4XCwCzFwsABBgLABEYCwBaGAsAYhgLALAYCwC6GAsABhkLAAsZCwBcGQsAZBkLAK5QEgDAGQsACBoLABQaCwBeGgsAZBoLALQaCwC6GgsAChsLAA8bCwBgGwsAZhsLAARREgDCGwsADBwLABIcCwBiHAsAaBwLALgcCwDFHAsADh0LABMdCwBkHQsAbB0LALodCwDYHQsABlISABIeCwDWXA4AEx4LAPI9DQAWHgsAbtAMACYeCwBmHgsAZx4LALweCwDBHgsAEh8LABgfCwBoHwsAah8LAL4fCwDEHwsAFCALACggCwBqIAsAciALAMAgCwDQIAsAFiELABghCwBsIQsAeiELAMIhCwDTIQsAXFISAB4iCwBuIgsAeiILALJSEgDRIgsAGiMLACIjCwBwIwsAfSMLAMYjCwDIIwsAHCQLADIkCwByJAsAfiQLAMgkCwDQJAsAXlMSAColCwB0JQsAdyULAMolCwDPJQsAICYLADEmCwB2JgsAfyYLAMwmCwDWJgsAIicLADAnCwB4JwsAfScLAM4nCwDbJwsAtFMSADAoCwB6KAsAhygLANAoCwDSKAsAJikLADwpCwB8KQsAiCkLANIpCwDaKQsAClQSAC0qCwB+KgsAhCoLANQqCwDcKgsAKisLAC0rCwCAKwsAjCsLANYrCwDcKwsALCwLAEcsCwCCLAsAjywLANgsCwDaLAsALi0LAEQtCwCELQsAkC0LANotCwDiLQsAYFQSADYuCwCGLgsAiy4LANwuCwD3LgsAMi8LAEAvCwCILwsAjy8LAN4vCwDqLwsANDALADswCwC2VBIAlTALAOAwCwDoMAsANjELAEExCwCMMQsAkTELAOIxCwDlMQsAODILAEIyCwCOMgsAljILAOQyCwDyMgsAOjMLAD0zCwCQMwsAmDMLAOYzCwAGNAsAPDQLAEk0CwCSNAsAlzQLAOg0CwDsNAsAPjULAEs1CwAMVRIAtDULAOo1CwDzNQsAQDYLAEE2CwCWNgsAnjYLAOw2CwD8NgsAQjcLAEQ3CwCYNwsApjcLAO43CwD/NwsAYlUSAEo4CwCaOAsApjgLALhVEgD3OAsADlYSAEs5CwCcOQsAtjkLAPI5CwABOgsASDoLAFM6CwCeOgsAoDoLAPQ6CwABOwsASjsLAFc7CwCgOwsArDsLAPY7CwAHPAsATDwLAE88CwCiPAsAvDwLAPg8CwABPQsATj0LAFs9CwCkPQsAqj0LAPo9CwAGPgsAUD4LAFM+CwCmPgsAqz4LAPw+CwANPwsAUj8LAG0/CwCoPwsAtD8LAP4/CwAFQAsAVEALAFZACwCqQAsAsUALAABBCwAHQQsAVkELAFxBCwCsQQsAuEELAAJCCwAFQgsAWEILAFtCCwCuQgsAukILAARDCwAXQwsAWkMLAGlDCwCwQwsAvEMLAAZECwAHRAsAXEQLAGZECwCyRAsAwEQLAAhFCwANRQsAXkULAGtFCwBkVhIAvEULALpWEgAMRgsAYEYLAHZGCwC2RgsAwkYLAAxHCwAURwsAEFcSAGhHCwC4RwsAwEcLAA5ICwARSAsAZEgLAHBICwC6SAsAwEgLABBJCwArSQsAZkkLAHRJCwC8SQsAy0kLABJKCwAeSgsAaEoLAHBKCwBmVxIAw0oLABRLCwAeSwsAaksLAHJLCwDASwsA4EsLABZMCwAjTAsAbEwLAHFMCwDCTAsAxkwLABhNCwAlTQsAvFcSAJFNCwASWBIAyU0LABpOCwApTgsAcE4LAJBOCwDGTgsA0k4LABxPCwAmTwsAck8LAH5PCwDITwsAzk8LAB5QCwAkUAsAdFALAHlQCwDKUAsA0FALAGhYEgAmUQsAdlELAHtRCwDMUQsA0lELABRZEgAlUgsAeFILAIJSCwDOUgsA0FILACRTCwA9UwsAelMLAItTCwDQUwsA3lMLACZUCwApVAsAfFQLAIdUCwDSVAsA2lQLAChVCwAqVQsAflULAIZVCwDUVQsA4VULACpWCwA2VgsAgFYLAIRWCwDWVgsA3lYLACxXCwA7VwsAglcLAIdXCwDYVwsA5VcLAC5YCwA7WAsAhFgLAJBYCwDaWAsA6VgLADBZCwA6WQsAhlkLAJRZCwDcWQsA4VkLADJaCwA/WgsAalkSAJBaCwDAWRIA4loLADxfCwDqWgsANFsLADpbCwCKWwsAkFsLAOBbCwDtWwsANlwLADtcCwCMXAsAlFwLAOJcCwALXQsAOF0LABZdCwDkXQsAXl0LADpeCwBhXQsAjl0LALddCwAWWhIADV4LAGxaEgBgXgsAkF4LAMReCwDmXgsAD18LAMJaEgBKXwsAkl8LAJ9fCwDoXwsA9F8LAD5gCwBEYAsAlGALAJpgCwDqYAsA72ALAEBhCwBGYQsAGFsSALxhCwCYYgsAv2ELAOxhCwAVYgsAxFsSAGtiCwAaXBIAvmILAO5iCwAiYwsARGMLAG1jCwBwXBIApGMLAPBjCwD1YwsARmQLAE5kCwDGXBIAoWQLAPJkCwD7ZAsASGULAFVlCwCeZQsApWULABxdEgD8ZQsAcl0SAF1mCwCgZgsArGYLAPZmCwAFZwsATGcLAFVnCwCiZwsArGcLAPhnCwD6ZwsATmgLAGdoCwCkaAsAtWgLAPpoCwAGaQsAUGkLAFhpCwDIXRIAtGkLAPxpCwANagsAUmoLAF5qCwCoagsAsGoLAB5eEgADawsAVGsLAF5rCwCqawsAsmsLAABsCwAQbAsAVmwLAFtsCwCsbAsAtWwLAAJtCwAPbQsAWG0LAF9tCwB0XhIAtG0LAKjIDwC7bQsABG4LAMFtCwBQmg4ACW4LAFpuCwBmbgsAsG4LAL1uCwAGbwsAEG8LAMpeEgBhbwsAsm8LAL5vCwAIcAsAFXALAF5wCwBocAsAtHALANBwCwAKcQsAEnELACBfEgBlcQsAtnELAL5xCwAMcgsAD3ILAGJyCwBrcgsAuHILAMdyCwAOcwsAGXMLAGRzCwBscwsAunMLAMpzCwAQdAsAHnQLAGZ0CwB3dAsAvHQLAMh0CwASdQsAGnULAHZfEgBudQsAvnULAMZ1CwAUdgsAG3YLAGp2CwB4dgsAwHYLAMZ2CwAWdwsAIncLAGx3CwB7dwsAwncLAMx3CwAYeAsAHXgLAG54CwB0eAsAxHgLANh4CwAaeQsAInkLAHB5CwCOeQsAxnkLAM55CwDMXxIAJHoLACJgEgB6egsAyHoLAOF6CwAeewsAJ3sLAHR7CwCEewsAynsLANp7CwAgfAsALHwLAHZ8CwB8fAsAzHwLANp8CwAifQsAL30LAHh9CwCPfQsAzn0LANZ9CwAkfgsALn4LAHp+CwCIfgsA0H4LAOZ+CwAmfwsAMn8LAHx/CwCDfwsA0n8LANp/CwAogAsALYALAH6ACwCHgAsA1IALAN6ACwAqgQsAMoELAICBCwCCgQsA1oELAOaBCwAsggsANoILAIKCCwCOggsA2IILAN6CCwAugwsANoMLAM5gEgCGgwsA2oMLAOuDCwAwhAsATIQLAIaECwCOhAsAJGESAO2ECwAyhQsAQ4ULAIiFCwCQhQsA3oULAPeFCwA0hgsAOoYLAIqGCwCPhgsA4IYLAACHCwA2hwsAQocLAIyHCwCShwsA4ocLAOqHCwA4iAsAR4gLAI6ICwCTiAsA5IgLAPGICwA6iQsAR4kLAJCJCwCciQsA5okLAPWJCwA8igsARooLAJKKCwCgigsA6IoLAO2KCwA+iwsAS4sLAJSLCwCXiwsA6osLAPKLCwBAjAsAQowLAJaMCwCcjAsA7IwLAPiMCwBCjQsASo0LAHphEgCdjQsA7o0LAPKNCwBEjgsAUY4LANBhEgCijgsAJmISAPaOCwBGjwsAXY8LAJyPCwCljwsA8o8LAAiQCwBIkAsAVJALAJ6QCwCrkAsA9JALAP6QCwBKkQsAUpELAKCRCwDekQsA9pELAB+SCwBMkgsAVJILAKKSCwDFkgsAfGISAAeTCwBOkwsADpMLADKwCwBTkwsApJMLALGTCwD6kwsAB5QLAFCUCwBclAsAppQLALWUCwD8lAsABpULAFKVCwBglQsAqJULAK2VCwD+lQsAC5YLAFSWCwB4lgsAqpYLALKWCwDSYhIACZcLAFaXCwBZlwsArJcLALaXCwACmAsACpgLAFiYCwBxmAsArpgLALqYCwAEmQsADJkLAChjEgBqmQsAsJkLALiZCwAGmgsAEJoLAFyaCwBwmgsAspoLALOaCwAImwsAFJsLAF6bCwBmmwsAfmMSAMebCwAKnAsAC5wLAGCcCwBsnAsAtpwLAMWcCwAMnQsAFp0LAGKdCwBlnQsAuJ0LAMCdCwAOngsAD54LAGSeCwBmngsAup4LAMCeCwAQnwsAEp8LAGafCwB8nwsAvJ8LAMifCwASoAsAHKALAGigCwB0oAsAvqALAMSgCwAUoQsAHKELAGqhCwCToQsAwKELAMihCwAWogsAIKILAGyiCwBxogsAwqILAMqiCwAYowsAMaMLAG6jCwB6owsAxKMLAMyjCwDUYxIAJqQLAHCkCwBzpAsAxqQLAMukCwAcpQsAJaULAHKlCwB4pQsAyKULANelCwAepgsAKqYLAHSmCwCJpgsAyqYLANKmCwAgpwsALacLACytCwA5pwsAdqcLAHunCwDMpwsA0acLACKoCwAzqAsAeKgLAICoCwDOqAsAhKgLAHyqCwDlqAsAJKkLADKpCwB6qQsAlakLANCpCwDcqQsAJqoLADOqCwAqZBIAfqoLANKqCwDfqgsAKKsLADCrCwB+qwsAlasLANSrCwDiqwsAKqwLAEWsCwCArAsAjKwLANasCwDjrAsAgGQSADWtCwCCrQsAk60LANitCwDprQsALq4LADauCwCErgsAm64LANquCwDorgsAMK8LAEuvCwCGrwsAkq8LANyvCwDprwsA1mQSAEawCwCIsAsAi7ALAN6wCwD7sAsANLELAEWxCwCKsQsArrELAOCxCwDosQsALGUSAD+yCwCMsgsAj7ILAOKyCwDssgsAOLMLAECzCwCOswsAp7MLAOSzCwDwswsAOrQLAEK0CwCCZRIAoLQLAOa0CwDutAsAPLULAEa1CwCStQsAprULAOi1CwDptQsAPrYLAEq2CwCUtgsAnLYLANhlEgD+tgsAQLcLAEO3CwCWtwsAs7cLAOy3CwD9twsAQrgLAFC4CwCYuAsArbgLAO64CwD2uAsARLkLAFG5CwCgvAsAXbkLAJq5CwCfuQsA8LkLAPW5CwBGugsAV7oLAJy6CwCkugsA8roLAAm7CwBIuwsAVrsLAJ67CwC5uwsA9LsLAAC8CwBKvAsAV7wLAC5mEgCpvAsA9rwLAAe9CwBMvQsAXb0LAKK9CwCqvQsA+L0LAA++CwBOvgsAXL4LAKS+CwC/vgsA+r4LAAa/CwBQvwsAXb8LAIRmEgC6vwsA/L8LAP+/CwBSwAsAb8ALAKjACwC5wAsA/sALAAzBCwBUwQsAacELAKrBCwCywQsAAMILAA3CCwAMyAsAGcILAFbCCwBbwgsArMILALHCCwACwwsAE8MLAFjDCwBgwwsArsMLAGTDCwBcxQsAxcMLAATECwASxAsAWsQLAHXECwCwxAsAvMQLAAbFCwATxQsA2mYSAF7FCwCyxQsAv8ULAAjGCwAQxgsAXsYLAHXGCwC0xgsAwsYLAArHCwAlxwsAYMcLAGzHCwC2xwsAw8cLADBnEgAVyAsAYsgLAHPICwC4yAsAycgLAA7JCwAWyQsAZMkLAHvJCwC6yQsAyMkLABDKCwArygsAZsoLAHLKCwC8ygsAycoLAIZnEgAbywsAaMsLAHnLCwC+ywsAyssLABTMCwAhzAsAaswLAG/MCwDAzAsAyswLABbNCwAmzQsAbM0LAHHNCwDCzQsAy80LABjOCwAlzgsAbs4LAHXOCwDEzgsA0M4LABrPCwAgzwsAcM8LAHbPCwDGzwsAy88LABzQCwAi0AsA3GcSAHfQCwDI0AsA0NALAB7RCwA00QsAdNELAHnRCwDK0QsA0dELACDSCwAp0gsAdtILAIfSCwDM0gsA2NILACLTCwAq0wsA3mgSAHrTCwDO0wsA5NMLACTUCwAw1AsAetQLAIHUCwDQ1AsA2NQLADRpEgAr1QsAfNULAIPVCwDS1QsA29ULACjWCwA51gsAftYLAIrWCwDU1gsA3NYLAIppEgAs1wsAgNcLAJbXCwDW1wsA4tcLACzYCwAz2AsAgtgLAIrYCwDgaRIA3dgLAC7ZCwA12QsAhNkLAI3ZCwDa2QsA69kLADDaCwA82gsAhtoLAI7aCwA2ahIA3toLADLbCwBB2wsAiNsLAKjbCwDe2wsA4NsLADTcCwBL3AsAitwLAJbcCwDg3AsA6NwLAOJqEgA73QsAjN0LAI7dCwDi3QsA6d0LADjeCwBA3gsAjt4LAJfeCwDk3gsA6t4LADrfCwBL3wsAkN8LAJjfCwCOaxIA8t8LADzgCwA/4AsAkuALAJfgCwDo4AsA+eALAD7hCwBZ4QsAlOELAKDhCwDq4QsA8uELAORrEgBW4gsAluILAJfiCwDs4gsA8eILAELjCwBI4wsAmOMLAKLjCwDu4wsA9uMLAETkCwBW5AsAOmwSAKfkCwDw5AsA+uQLAEblCwBM5QsAnOULALDlCwDy5QsA+uULAEjmCwBY5gsAnuYLAKPmCwD05gsA+uYLAErnCwBS5wsAoOcLAKHnCwD25wsA+OcLAEzoCwBb6AsAougLAMLoCwD46AsA+ugLAE7pCwBl6QsApOkLALDpCwD66QsAAuoLAJBsEgBY6gsApuoLAL/qCwD86gsABesLAFLrCwBc6wsAqOsLALDrCwD+6wsADuwLAFTsCwBZ7AsAquwLALPsCwAA7QsADe0LAFbtCwBd7QsArO0LALTtCwA8bRIADO4LAFjuCwBg7gsAru4LALzuCwAE7wsAEe8LAFrvCwBi7wsAsO8LALLvCwAG8AsADvALAFzwCwBd8AsAsvALALTwCwAI8QsAF/ELAF7xCwB+8QsAtPELALbxCwAK8gsAIfILAGDyCwBs8gsAtvILANDyCwAM8wsAOPMLAGLzCwBl8wsAuPMLAL3zCwAO9AsAG/QLAJJtEgBm9AsAuvQLAMT0CwAQ9QsAH/ULAGb1CwBx9QsAvPULAMr1CwAS9gsAH/YLAGj2CwB/9gsAvvYLAMb2CwAU9wsAFfcLAGr3CwBs9wsAwPcLAM/3CwAW+AsANvgLAGz4CwBu+AsAwvgLANn4CwAY+QsAJPkLAG75CwB2+QsA6G0SAMn5CwAa+gsAIPoLAHD6CwB4+gsAxvoLAOX6CwAc+wsAKfsLAHL7CwBz+wsAyPsLAN77CwAe/AsAOvwLAD5uEgB5/AsAyvwLANT8CwAg/QsAKP0LAHb9CwB3/QsAzP0LAHj9CwDeBgwA0v0LACL+CwAu/gsAeP4LAIj+CwDO/gsA3P4LACT/CwA3/wsAev8LAIb/CwDQ/wsA1/8LACYADAAuAAwAfAAMAIAADADSAAwA4AAMACgBDAAyAQwAfgEMAIkBDADUAQwA3AEMACoCDABiAgwAgAIMAIgCDADWAgwA2wIMACwDDAAyAwwAggMMAIoDDADYAwwA8gMMAC4EDABmBAwAhAQMAIwEDADaBAwA3wQMADAFDAA2BQwAhgUMAI4FDADcBQwA9gUMADIGDABMBgwAiAYMAMAGDACUbhIA5gYMADQHDAA7BwwAigcMAJYHDADgBwwA4QcMADYIDABCCAwAjAgMAJkIDADiCAwA6QgMADgJDABECQwAjgkMAJsJDADkCQwA8wkMADoKDABOCgwA6m4SAJIKDADmCgwAnAoMAEbrDgDpCgwAHlYOAPMKDABU7gwA9QoMADwLDABcCwwAkgsMAJQLDADoCwwA/wsMAD4MDABKDAwAlAwMAJwMDABAbxIA7AwMAEANDABNDQwAlg0MAJ8NDADsDQwA7g0MAEIODABTDgwAmA4MAKkODADuDgwAAg8MAJZvEgBkDwwAmg8MAJwPDADwDwwABxAMAEYQDABSEAwAnBAMAKQQDADsbxIA9BAMAEgRDABLEQwAnhEMAKYRDAD0EQwAARIMAEoSDABPEgwAoBIMAKoSDAD2EgwA/hIMAEwTDABlEwwAohMMAK4TDAD4EwwABBQMAE4UDABbFAwApBQMAKwUDAD6FAwAChUMAFAVDABVFQwAphUMAK8VDAD8FQwACRYMAFIWDABZFgwAqBYMALAWDABCcBIACxcMAFQXDABXFwwAqhcMALQXDAAAGAwAAhgMAFYYDABnGAwArBgMAL0YDAACGQwADhkMAFgZDABfGQwArhkMAMgZDAAEGgwADBoMAFoaDABbGgwAGCQMAGQaDACwGgwAthoMAAYbDAAaGwwAXBsMAGQbDACyGwwAvBsMAAgcDAANHAwAXhwMAGYcDAC0HAwAwhwMAAodDAAXHQwAYB0MAGMdDAC2HQwAwB0MAAweDAAOHgwAYh4MAHMeDAC4HgwAyR4MAA4fDAAWHwwAmHASAG4fDAC6HwwA1h8MABAgDAAYIAwA7nASAGcgDAC8IAwA0iAMABIhDAAaIQwAaCEMAHYhDAC+IQwAyyEMABQiDAAXIgwAaiIMAHQiDADAIgwAwiIMABYjDAAnIwwAbCMMAH0jDADCIwwAyiMMAERxEgApJAwAbiQMAHokDADEJAwAxiQMABolDAAdJQwAcCUMAHwlDADGJQwAziUMAJpxEgAlJgwAciYMAH8mDADIJgwA0CYMAB4nDAAwJwwAdCcMAIEnDADKJwwAyycMACAoDAA2KAwAdigMAH4oDADMKAwA2igMACIpDAAvKQwAeCkMAHspDADOKQwA2CkMACQqDAAmKgwAeioMAIsqDADQKgwA4SoMACYrDAAuKwwA8HESAIkrDADSKwwA3CsMACgsDADfKwwAPA8OADYsDAB+LAwAlCwMANQsDADgLAwAKi0MADYtDACALQwAhi0MANYtDADcLQwALC4MADEuDACCLgwAiC4MAEZyEgDdLgwALi8MADAvDACELwwAiy8MANovDADiLwwAMDAMADMwDACGMAwAjzAMANwwDADrMAwAMjEMAD0xDACIMQwAkDEMAN4xDADuMQwANDIMAEIyDACKMgwAmzIMAOAyDADsMgwANjMMAD4zDABIcxIAqjMMAOIzDADqMwwAnnMSAEQ0DACONAwApDQMAOQ0DADsNAwAOjUMAFk1DAD0cxIAkzUMAKptDACdNQwA5jUMAOk1DAAM0hAA7jUMADw2DADwNQwAyNYOAD42DACSNgwARjYMAABDDABNNgwA8jsMAJ82DADoNgwA/DYMAD43DABGNwwAlDcMAJk3DADqNwwA+jcMAEA4DABIOAwAljgMAKA4DADsOAwA9zgMAEI5DABOOQwAmDkMAKA5DABKdBIA8zkMAEQ6DABNOgwAmjoMAKA6DADwOgwA/zoMAEY7DABSOwwAnDsMAJ87DACgdBIA9zsMAEg8DABXPAwAnjwMAKA8DAD0PAwABT0MAEo9DABbPQwAoD0MALQ9DAD2PQwA/j0MAEw+DABaPgwAoj4MAK8+DAD4PgwA+z4MAE4/DABYPwwApD8MAKY/DAD6PwwAC0AMAFBADABhQAwApkAMALJADAD8QAwAA0EMAFJBDABaQQwAqEEMAL9BDAD+QQwACkIMAFRCDABqQgwAqkIMAK1CDAD2dBIAC0MMAFZDDABiQwwArEMMALRDDABMdRIADkQMAFhEDABuRAwArkQMALFEDAAERQwADEUMAFpFDABcRQwAsEUMAMtFDAAGRgwACEYMAFxGDABqRgwAskYMAMNGDAAIRwwACkcMAF5HDAB3RwwAtEcMAMVHDAAKSAwAFkgMAKJ1EgBmSAwAtkgMAMRIDAAMSQwAJ0kMAGJJDABuSQwAuEkMAL5JDAAOSgwAFkoMAGRKDAB0SgwAukoMAL9KDAAQSwwAGUsMAGZLDABzSwwAvEsMAMNLDAASTAwAGkwMAPh1EgBtTAwAvkwMAMRMDAAUTQwAHE0MAGpNDACWTQwAwE0MAMdNDAAWTgwAL04MAGxODAB7TgwAwk4MAN5ODABOdhIAHU8MAG5PDAB4TwwAxE8MANRPDAAaUAwAH1AMAHBQDAB5UAwAxlAMANNQDAAcUQwAI1EMAHJRDAB+UQwAyFEMANtRDAAeUgwALVIMAHRSDACAUgwAylIMAMtSDAAgUwwAKlMMAHZTDACEUwwAzFMMANFTDAAiVAwAL1QMAKR2EgCJVAwAzlQMANBUDAAkVQwAJ1UMAHpVDAB9VQwA0FUMANdVDAAmVgwAMlYMAHxWDACMVgwA0lYMAOJWDAAoVwwALVcMAH5XDACHVwwA1FcMAOFXDAAqWAwAMVgMAIBYDACMWAwA1lgMANxYDAAsWQwAMlkMAIJZDACHWQwA2FkMAN5ZDACmdxIAOFoMAIRaDACSWgwA2loMAOpaDAAwWwwAMlsMAIZbDACVWwwA3FsMAOZbDAAyXAwAOlwMAKh4EgCOXAwA3lwMAOpcDAD+eBIAOV0MAIpdDACSXQwA4F0MAPBdDAA2XgwARF4MAIxeDACZXgwA4l4MAOleDAA4XwwAQF8MAKp5EgCfXwwA5F8MAOtfDAA6YAwAQmAMAJBgDACdYAwA5mAMAOtgDAA8YQwARmEMAJJhDACaYQwA6GEMAAFiDAA+YgwASmIMAJRiDACcYgwAAHoSAPZiDABAYwwAQ2MMAJZjDACbYwwA7GMMAP1jDABCZAwAXWQMAJhkDACkZAwA7mQMAPVkDABEZQwAYGUMAJplDACiZQwAVnoSAPVlDABGZgwAUGYMAJxmDACkZgwA8mYMAPRmDABE6A0AAmcMAEhnDABNZwwAnmcMAKdnDAD0ZwwAAWgMAEpoDABRaAwArHoSAKloDAD2aAwAA2kMAExpDABbaQwAomkMAKxpDAD4aQwABmoMAE5qDABTagwApGoMALFqDAD6agwAAmsMAAJ7EgBcawwApmsMALNrDAD8awwA/2sMAFJsDABgbAwAqGwMAK1sDAD+bAwAC20MAFRtDABcbQwAWHsSALJtDAAAbgwABm4MAFZuDAAHbgwAeAANAGJuDACsbgwAyW4MAAJvDAALbwwAWG8MAGZvDACubwwAtG8MAARwDAAQcAwAWnAMAGFwDACuexIAsXAMADbfDAC8cAwABnEMAMBwDADa2wwAGXEMAFxxDABmcQwAsnEMAL5xDAAIcgwAFXIMAF5yDABhcgwAtHIMAMJyDAAKcwwAD3MMAGBzDABtcwwAtnMMAL5zDAAEfBIAEnQMAGJ0DABwdAwAuHQMANN0DAAOdQwAGnUMAGR1DABqdQwAsHwSAN11DAAGfRIAFXYMAGZ2DABzdgwAvHYMAMl2DAASdwwAHncMAGh3DAB3dwwAvncMAMh3DAAUeAwAIngMAGp4DABveAwAwHgMAM14DAAWeQwAMnkMAGx5DAB0eQwAXH0SAMd5DAAYegwAHnoMAG56DAB2egwAxHoMAMV6DAAaewwAIXsMAHB7DAB1ewwAxnsMAM57DAAcfAwAKnwMAHJ8DAB1fAwAyHwMANB8DAAefQwAK30MAHR9DAB5fQwAyn0MANR9DAAgfgwAKH4MAHZ+DACHfgwAzH4MANF+DAAifwwAJH8MAHh/DAB/fwwAzn8MANp/DAAkgAwAK4AMALJ9EgCGgAwA0IAMAO2ADAAmgQwAL4EMAHyBDACKgQwA0oEMANiBDAAoggwANIIMAH6CDACFggwA1IIMANyCDAAqgwwAQIMMAICDDACFgwwA1oMMAN2DDAAshAwANYQMAIKEDACThAwA2IQMAOSEDAAuhQwANoUMAF5+EgCKhQwA2oUMAN+FDAAwhgwAS4YMAIaGDACUhgwA3IYMAOOGDAAyhwwAPocMAIiHDACLhwwA3ocMAOaHDAA0iAwANYgMAIqIDACMiAwA4IgMAO+IDAA2iQwAVokMAIyJDACOiQwA4okMAPmJDAA4igwARIoMAI6KDACWigwAtH4SAOmKDAA6iwwAQosMAJCLDACgiwwA5osMAPSLDAA8jAwATYwMAJKMDACejAwA6IwMAOuMDAA+jQwARo0MAJSNDACijQwA6o0MAPeNDABAjgwASI4MAJaODADOjgwACn8SAO2ODABCjwwATo8MAJiPDACnjwwA7o8MAPaPDABgfxIARpAMAJqQDACokAwA8JAMAAGRDAC2fxIATZEMAAyAEgCkkQwAuIASAPORDAAqrgwA9ZEMAFqbDAD2kQwAoJMMAPiRDAC0nQwA+ZEMAP6XDAD7kQwALrAMAP6RDABIkgwA/5EMAPqVDAABkgwAFKMMAE6SDACekgwApJIMAPSSDAD5kgwASpMMAFCTDAAOgRIAopMMAPaTDAD8kwwATJQMAFmUDAAQghIAr5QMAPiUDAAPlQwATpUMAGqVDACklQwArJUMAGaCEgD/lQwAUJYMAFqWDACmlgwAtJYMAPyWDAALlwwAUpcMAF6XDAC8ghIAsJcMABKDEgAKmAwAVJgMAFWYDACqmAwAsJgMAACZDAAMmQwAVpkMAGWZDACsmQwArpkMAAKaDAAMmgwAWJoMAGSaDACumgwAtZoMAGiDEgAMmwwAvoMSAGSbDACwmwwAtpsMAAacDAAUnAwAXJwMAGucDACynAwAvJwMAAidDAAknQwAXp0MAGadDAAUhBIAwJ0MAAqeDAAZngwAYJ4MAGWeDAC2ngwA0Z4MAAyfDAAYnwwAYp8MAGifDAC4nwwAup8MAA6gDAAnoAwAZKAMAHWgDAC6oAwAxqAMABChDAAooQwAZqEMAHKhDAC8oQwAwqEMABKiDAAYogwAaKIMAG2iDAC+ogwAxKIMAGqEEgAZowwAaqMMAHCjDADAowwAgKMMAHSoDADMowwAFqQMAC6kDABspAwAcKQMABqmDAB4pAwAwqQMAMikDAAYpQwAHqUMAG6lDABzpQwAxKUMAMqlDABshRIAHKYMAHCmDAB2pgwAxqYMANOmDABuhhIAKacMAHKnDACJpwwAyKcMAOSnDAAeqAwAJqgMAMSGEgB1qAwAyqgMANioDAAgqQwAMakMAHapDACCqQwAzKkMAOSpDAAiqgwAJqoMANCrDAAuqgwAeKoMAH6qDADOqgwA1KoMACSrDAApqwwAeqsMAICrDAAahxIA0qsMACasDAAsrAwAfKwMAImsDAAciBIA36wMACitDAA/rQwAfq0MAJqtDADUrQwA3K0MAHKIEgAsrgwAgK4MAIauDADWrgwA2a4MACyvDAA4rwwAgq8MAJ6vDADYrwwA4K8MAMiIEgAxsAwAhLAMAJCwDADasAwA4LAMADCxDABIsQwAhrEMAIqxDAA0swwAjbEMAJK3DACSsQwA3LEMAJOxDACOtQwA4rEMADKyDAA4sgwAiLIMAI2yDADesgwA5LIMAB6JEgA2swwAirMMAJCzDADgswwA7bMMACCKEgBDtAwAjLQMAKO0DADitAwA/rQMADi1DABAtQwAdooSAJO1DADktQwA7rUMADq2DABItgwAkLYMAJ+2DADmtgwA8rYMAMyKEgBEtwwAIosSAJ63DADotwwA6bcMAD64DABEuAwAlLgMAKC4DADquAwA+bgMAEC5DABCuQwAlrkMAKC5DADsuQwA+LkMAEK6DABJugwAeIsSAKC6DADOixIA+LoMAES7DABQuwwAmrsMALC7DADwuwwA/LsMAEa8DABZvAwAnLwMAKq8DADyvAwA/LwMACSMEgBQvQwAeowSALS9DAD0vQwAAL4MAEq+DABXvgwAoL4MAKq+DAD2vgwA+L4MAEy/DABWvwwAor8MALC/DAD4vwwA/b8MAE7ADABbwAwApMAMAKzADAD6wAwACsEMAFDBDABSwQwApsEMAK/BDAD8wQwADcIMAFLCDABcwgwA0IwSALTCDAD+wgwAFcMMAFTDDABvwwwAJo0SAMPDDAAAxAwABsQMAFbEDABgxAwAfI0SAK7EDAACxQwAE8UMAFjFDABgxQwArsUMAHTFDAD+7QwAusUMAATGDAAKxgwAWsYMAGDGDACwxgwAtcYMAAbHDAAMxwwA0o0SAHjHDACyxwwAuscMANSOEgAWyAwAXsgMAG/IDAC0yAwAxcgMAArJDAAWyQwAYMkMAGfJDAAqjxIAx8kMAAzKDAAdygwAYsoMAG7KDAC4ygwAv8oMAICPEgAQywwAZMsMAGXLDAC6ywwAwssMABDMDAAVzAwAZswMAG/MDAC8zAwAxswMABLNDAAazQwAaM0MAG3NDAC+zQwAzs0MABTODAAczgwAas4MAIDODADAzgwAzM4MABbPDAAszwwAbM8MAHHPDADCzwwAyM8MABjQDAAs0AwA1o8SAITQDADE0AwA0tAMABrRDAAn0QwAcNEMAHLRDADG0QwA0NEMABzSDAAo0gwActIMAHnSDADI0gwA0NIMAB7TDAA30wwAdNMMAIjTDADK0wwA0tMMACDUDAAi1AwAdtQMAIPUDADM1AwA0dQMACLVDAAs1QwAeNUMAIPVDADO1QwA2tUMACTWDAAq1gwAetYMAILWDADQ1gwA0dYMACbXDAAs1wwAfNcMAIHXDADS1wwA4dcMACjYDAA02AwAftgMAIHYDADU2AwA19gMACyQEgAv2QwAgNkMAJzZDACCkBIA9tkMACzaDAA02gwA2JASAIjaDADY2gwA5NoMAC6REgA02wwAhNsMAJDbDACIkxIA3NsMADDcDAA63AwAhtwMAIjcDADc3AwA7dwMADLdDAA63QwAiN0MAJTdDADe3QwA5N0MADTeDAA63gwAit4MAI/eDADg3gwA5t4MAN6TEgA43wwAjN8MAJLfDADi3wwA5d8MADjgDABE4AwAjuAMAJbgDADglBIA6uAMADrhDABA4QwAkOEMAJXhDADm4QwA7OEMADaVEgA+4gwAkuIMAJviDADo4gwA/+IMAD7jDABJ4wwAlOMMAJ7jDADq4wwA8uMMADiWEgBN5AwAluQMAJ7kDADs5AwA9uQMAELlDABN5QwAmOUMAJ7lDADu5QwA+uUMAETmDABG5gwAmuYMAKHmDADw5gwA+OYMAEbnDABY5wwAjpYSANvnDADy5wwA+ucMAEjoDABr6AwAkJcSAKDoDAD06AwAAekMAErpDABR6QwAoOkMALHpDAD26QwAAuoMAEzqDABT6gwAouoMAKPqDACOCw0AquoMAOaXEgAL6wwATusMAF3rDACk6wwAsOsMAPrrDAD76wwAUOwMAFrsDACm7AwAtOwMAPzsDAAB7QwAUu0MAF/tDAA8mBIAsO0MAJKYEgAG7gwA6JgSAGLuDACq7gwAue4MAADvDAAg7wwAVu8MAGLvDACs7wwAs+8MAALwDAAK8AwAWPAMAFrwDACu8AwAuPAMAOqZEgAO8QwAWvEMAGLxDABAmhIAuvEMAAbyDAAO8gwAlpoSAJzyDACy8gwAuvIMAAjzDAAm8wwA7JoSAGPzDADW2w0AbPMMALTzDAC78wwAGNQOAMTzDAAK9AwAGvQMAGD0DABs9AwAtvQMALz0DAAM9QwAKPUMAGL1DABq9QwAQpsSAMz1DAAO9gwAGPYMAGT2DABw9gwAuvYMAML2DACYmxIAG/cMAGb3DABo9wwAvPcMAML3DAAS+AwAGvgMAO6bEgBq+AwAvvgMAMH4DAAU+QwAHPkMAGr5DAB6+QwAwPkMAML5DAAW+gwAJPoMAGz6DAB9+gwARJwSAMn6DACanBIAHvsMAG77DABz+wwAxPsMAMr7DADwnBIAJPwMAHD8DABy/AwAxvwMANn8DAAc/QwAJP0MAHL9DAB+/QwAyP0MAM79DAAe/gwAJP4MAHT+DAB5/gwAyv4MAND+DADynRIAKf8MAHb/DACD/wwAzP8MANP/DAAiAA0AKgANAEieEgCEAA0AzgANANgADQAkAQ0AMAENAHoBDQCJAQ0A0AENANoBDQAmAg0AMgINAHwCDQCDAg0Anp4SANUCDQDIrQ8A2AINACgDDQDhAg0ApMQOAOMCDQA85A0ANAMNAH4DDQCGAw0A9J4SAOADDQAqBA0ANAQNAIAEDQCMBA0A1gQNAOUEDQAsBQ0ANgUNAIIFDQCOBQ0A2AUNAN8FDQBKnxIAPAYNAIQGDQBOBg0A2rQOAJsGDQDaBg0A5wYNADAHDQAyBw0AhgcNAJcHDQDcBw0A+AcNADIIDQA6CA0AoJ8SAKEIDQDeCA0A8ggNADQJDQA8CQ0AigkNAI0JDQDgCQ0A7gkNADYKDQBNCg0AjAoNAJkKDQDiCg0A5AoNADgLDQBJCw0A9p8SAJQLDQDkCw0A6QsNADoMDQBQDA0AkAwNAJ4MDQDmDA0A6QwNADwNDQBIDQ0Akg0NAJgNDQDoDQ0A9A0NAD4ODQBqDg0AlA4NAKAODQDqDg0A+Q4NAEAPDQBKDw0Alg8NAKQPDQDsDw0A8Q8NAEIQDQBPEA0ATKASAJoQDQDuEA0A/BANAEQRDQBREQ0AmhENAKwRDQCioBIA/xENAEYSDQBSEg0AnBINALUSDQDyEg0A9BINAEgTDQBXEw0AnhMNAL4TDQD0Ew0A/BMNAEoUDQBtFA0A+KASAKUUDQD2FA0A+RQNAEwVDQBWFQ0AohUNAKoVDQD4FQ0A/hUNAE4WDQBaFg0ApBYNALMWDQD6Fg0ABhcNAFAXDQBdFw0AphcNALAXDQD8Fw0ABBgNAFIYDQBhGA0AqBgNAKoYDQD+GA0ADxkNAFQZDQBlGQ0AqhkNALIZDQAAGg0AERoNAFYaDQBYGg0ArBoNAK8aDQACGw0ADBsNAFgbDQB8Gw0ArhsNAMobDQBOoRIAChwNAFocDQBfHA0AsBwNAL8cDQAGHQ0AEh0NAFwdDQBfHQ0Ash0NALUdDQAIHg0AEB4NAF4eDQBtHg0AtB4NALkeDQAKHw0AIB8NAGAfDQBhHw0Ath8NAMcfDQAMIA0AGCANAGIgDQBsIA0AuCANAMQgDQAOIQ0AFSENAKShEgBoIQ0AuiENAMghDQAQIg0AGiINAGYiDQBxIg0AvCINAMQiDQASIw0AHiMNAGgjDQB7Iw0AviMNAMwjDQAUJA0AHiQNAGokDQByJA0AwCQNAM8kDQAWJQ0AGyUNAGwlDQBzJQ0AwiUNAM4lDQD6oRIAJCYNAG4mDQBxJg0AxCYNAMcmDQAaJw0ANCcNAHAnDQB8Jw0AxicNANknDQAcKA0AKigNAHIoDQB8KA0AyCgNAOsoDQBQohIAKCkNAHQpDQCAKQ0AyikNANEpDQAgKg0AKCoNAHYqDQB6Kg0AzCoNANoqDQAiKw0ALCsNAHgrDQCDKw0AzisNANYrDQAkLA0AMywNAHosDQB/LA0A0CwNANcsDQAmLQ0AMi0NAHwtDQCELQ0ApqISAOgtDQCCig8A6y0NACguDQAyLg0Afi4NAIouDQDULg0A1y4NACovDQA0Lw0AgC8NAIMvDQDWLw0A5i8NACwwDQAuMA0AgjANAJAwDQDYMA0A6TANAPyiEgA1MQ0AUqMSAJ0xDQDaMQ0A5DENADAyDQA8Mg0AhjINAIkyDQDcMg0A5jINAKijEgA3Mw0AiDMNAKgzDQDeMw0A5jMNAP6jEgBCNA0AijQNAKA0DQDgNA0A7DQNADY1DQA9NQ0AjDUNAJQ1DQDiNQ0A5zUNADg2DQBBNg0AjjYNAJg2DQDkNg0A7DYNADo3DQBINw0AkDcNAJ03DQDmNw0A7jcNAFSkEgBMOA0AkjgNAJo4DQCqpBIA7zgNAD45DQBKOQ0AlDkNAJs5DQDqOQ0A8jkNAEA6DQBKOg0AljoNAKQ6DQDsOg0AAjsNAEI7DQBOOw0AmDsNAJ07DQDuOw0A9zsNAEQ8DQBOPA0AmjwNAKI8DQDwPA0A9TwNAEY9DQBWPQ0AnD0NAKQ9DQAApRIA/D0NAEg+DQBLPg0ATkMOAFA+DQBWpRIArD4NAPQ+DQAKPw0ASj8NAFY/DQCgPw0Apz8NAPY/DQD+Pw0ATEANAFFADQCiQA0Aq0ANAPhADQACQQ0ATkENAFZBDQCkQQ0ApkENAGZNDQCyQQ0A+kENAAdCDQBQQg0AWEINAKylEgCyQg0A/EINAP9CDQBSQw0AXEMNAAKmEgC2Qw0A/kMNABREDQBURA0AYEQNAKpEDQCxRA0AAEUNAAhFDQBWRQ0AW0UNAKxFDQC1RQ0AAkYNAAxGDQBYRg0AYEYNAK5GDQCwRg0ABEcNABRHDQBaRw0AZEcNALBHDQC8Rw0ABkgNAAxIDQCuphIAakgNALJIDQDISA0ACEkNABRJDQBeSQ0AY0kNALRJDQC9SQ0ACkoNABRKDQBgSg0AaEoNALZKDQDYSg0ABKcSABtLDQBiSw0AbksNALhLDQC5Sw0ADkwNABhMDQBkTA0AckwNALpMDQC/TA0AEE0NAB1NDQBapxIAdk0NALxNDQDGTQ0AEk4NAB5ODQBoTg0Abk4NAL5ODQDGTg0AXKgSABlPDQBqTw0Ack8NAMBPDQDMTw0A1FkNANlPDQAWUA0AIlANAGxQDQB0UA0AsqgSAM9QDQAYUQ0AIFENAG5RDQB8UQ0AxFENANFRDQAaUg0AHVINAHBSDQB6Ug0AxlINAMhSDQAcUw0AKVMNAHJTDQCBUw0AyFMNANRTDQAeVA0AJlQNAAipEgCEVA0AylQNANJUDQAgVQ0ALFUNAHZVDQB8VQ0AzFUNANJVDQAiVg0AJ1YNAHhWDQB+Vg0AXqkSANtWDQAkVw0AKVcNAHpXDQCEVw0A0FcNANhXDQAmWA0AMlgNAHxYDQCPWA0A0lgNAOBYDQAoWQ0AK1kNAH5ZDQCIWQ0AtKkSAOdZDQAqWg0AOFoNAIBaDQCDWg0A1loNAOBaDQAKqhIAMVsNAIJbDQA6Ww0AanoNAIpbDQDYWw0A5FsNAC5cDQA0XA0AhFwNAEFcDQAQeA0AilwNANpcDQDfXA0AMF0NADZdDQBgqhIAjF0NANxdDQDhXQ0AMl4NADheDQC2qhIAll4NAN5eDQD5Xg0ANF8NAEBfDQCKXw0AkV8NAAyrEgDpXw0ANmANAENgDQCMYA0AmGANAOJgDQD1YA0AOGENADlhDQCOYQ0AmmENAORhDQDzYQ0AOmINAERiDQCQYg0AnGINAOZiDQDtYg0AYqsSAEJjDQCSYw0AmGMNAOhjDQDtYw0APmQNAERkDQAOrBIAnWQNAOpkDQD3ZA0AQGUNAERlDQCWZQ0AmGUNAOxlDQD5ZQ0AQmYNAExmDQBkrBIAn2YNAO5mDQD2Zg0ARGcNAFBnDQCaZw0ArWcNAPBnDQD/Zw0ARmgNAFJoDQCcaA0AnWgNAPJoDQD8aA0ASGkNAFZpDQCeaQ0Ao2kNAPRpDQABag0AuqwSAFZqDQCgag0ApmoNAPZqDQD8ag0ATGsNAFFrDQCiaw0AqGsNABCtEgD9aw0ATmwNAFhsDQC8rRIArGwNAPpsDQAHbQ0AUG0NAFVtDQCmbQ0AsG0NAPxtDQAEbg0AUm4NAF5uDQCobg0Au24NAP5uDQD/bg0AVG8NAGBvDQCqbw0AuW8NAABwDQAKcA0AVnANAF5wDQCscA0ArnANABKuEgALcQ0AWHENAGdxDQCucQ0AvXENAARyDQAQcg0AWnINAF1yDQCwcg0As3INAGiuEgAIcw0AXHMNAF9zDQCycw0AunMNAAh0DQAVdA0AXnQNAGN0DQC0dA0AvnQNAAp1DQASdQ0AYHUNAGx1DQC2dQ0AyXUNAAx2DQANdg0AYnYNAG52DQC4dg0Ax3YNAA53DQAYdw0AZHcNAHB3DQC6dw0AwXcNAL6uEgAfeA0AZngNAHJ4DQC8eA0AvXgNABJ5DQAceQ0AaHkNAHZ5DQC+eQ0Aw3kNABR6DQAheg0AFK8SAHt6DQBqrxIAzXoNABZ7DQAkew0AbHsNAH17DQDCew0A5HsNAMCvEgAdfA0AbnwNAB58DQCGsw0AdnwNAMR8DQDFfA0AIoENAMd8DQAkgg0AyXwNACCADQDKfA0AfIMNAMt8DQAefw0A03wNABp9DQDdfA0AgoYNAB99DQBwfQ0AfX0NAMZ9DQDTfQ0AHH4NACh+DQByfg0AgX4NAMh+DQDSfg0AFrASACx/DQB0fw0Adn8NAMp/DQDbfw0AbLASACGADQB2gA0AgoANAMyADQDZgA0AwrASADCBDQB4gQ0AhYENAM6BDQDlgQ0AGLESAC2CDQDUhA0ALoINAHqCDQB8gg0A0IINANaCDQAmgw0AMIMNAG6xEgCIgw0A0oMNANSDDQAohA0AN4QNAH6EDQCJhA0AxLESAOOEDQAqhQ0AOYUNAICFDQCMhQ0A1oUNAOKFDQAshg0AM4YNABqyEgCOhg0A2IYNAOCGDQBwshIAR4cNAISHDQCVhw0A2ocNAOaHDQDGshIAN4gNAIaIDQCOiA0A3IgNAN2IDQAyiQ0AOIkNAIiJDQCNiQ0A3okNAN+JDQA0ig0AQIoNAIqKDQCQig0A4IoNAOqKDQA2iw0ARIsNAJaQDQBKiw0AjIsNAJSLDQAcsxIA8osNADiMDQBAjA0AjowNAJeMDQDkjA0Am4wNAJSPDQDxjA0AOo0NAEGNDQCQjQ0AnI0NAOaNDQD2jQ0API4NAEqODQCSjg0An44NAOiODQD0jg0APo8NAEWPDQBysxIAnY8NAOqPDQD7jw0AQJANAFGQDQDIsxIAopANAOyQDQDvkA0AQpENAEqRDQCYkQ0AnZENAO6RDQD+kQ0ARJINAEySDQCakg0Ao5INAPCSDQCnkg0AoJUNAP2SDQBGkw0ATZMNAJyTDQCokw0A8pMNAAKUDQBIlA0AVpQNAJ6UDQCrlA0A9JQNAACVDQBKlQ0AUZUNAB60EgCplQ0A9pUNAAeWDQBMlg0AXZYNAHS0EgCnlg0A+JYNAAWXDQBOlw0AWpcNAKSXDQCulw0A+pcNAA6YDQBQmA0AUZgNAKaYDQCymA0A/JgNABuZDQBSmQ0AWpkNAKiZDQCtmQ0A/pkNABeaDQBUmg0AgJoNAKqaDQC2mg0AAJsNAA+bDQBWmw0AYJsNAKybDQC0mw0AApwNAA2cDQBYnA0AWpwNAK6cDQCxnA0ABJ0NAAydDQBanQ0AZ50NALCdDQC1nQ0ABp4NAA6eDQBcng0AXp4NALKeDQC8ng0ACJ8NABKfDQBenw0AZJ8NALSfDQDCnw0ACqANACOgDQBgoA0AaaANALagDQDAoA0ADKENABihDQDKtBIAbqENALihDQDCoQ0ADqINABmiDQBkog0AaaINALqiDQDBog0AEKMNABijDQBmow0Ak6MNACC1EgDDow0AEqQNABqkDQBopA0AlaQNAL6kDQDDpA0AFKUNABWlDQBqpQ0AdKUNAMClDQDOpQ0AFqYNABumDQBspg0AeaYNAMKmDQDepg0AGKcNADSnDQB2tRIAe6cNAMSnDQDIpw0AGqgNACCoDQBwqA0AcqgNAMaoDQDHqA0AHKkNAD+pDQByqQ0AlqkNAMipDQD1qQ0AHqoNACaqDQB0qg0AeaoNAMqqDQDXqg0AIKsNACirDQB2qw0AeKsNAMyrDQDUqw0AIqwNAE+sDQB4rA0AhawNAM6sDQDTrA0AJK0NADGtDQB6rQ0Ahq0NANCtDQD9rQ0AJq4NAC6uDQB8rg0Al64NANKuDQDUrg0AKK8NADmvDQB+rw0Ah68NANSvDQDgrw0AzLUSADewDQCAsA0Am7ANANawDQDbsA0ALLENAEyxDQCCsQ0AjrENANixDQDgsQ0AIrYSADyyDQCEsg0AjrINANqyDQDlsg0AMLMNADizDQDOthIAj7MNANyzDQDmsw0AMrQNAD20DQCItA0AnLQNAN60DQDztA0ANLUNADy1DQCKtQ0AobUNAOC1DQDltQ0ANrYNAEC2DQCMtg0AlLYNACS3EgDktg0AOLcNAEm3DQCOtw0AkbcNAOS3DQDwtw0AercSAEi4DQCQuA0AobgNANC3EgDpuA0APLkNAD+5DQCSuQ0AnrkNAOi5DQDuuQ0AProNAEi6DQAmuBIAoboNAOq6DQABuw0AQLsNAEi7DQB8uBIAnLsNAOy7DQDyuw0AQrwNAFq8DQCYvA0AmrwNAO68DQDxvA0ARL0NAEe9DQCavQ0Apr0NAPC9DQD2vQ0ARr4NAFC+DQAouRIAob4NAPK+DQD/vg0AfrkSAFi/DQCevw0Aqr8NAPS/DQD6vw0ASsANAFbADQCgwA0AWMANALh8EACtwA0A9sANAAXBDQBMwQ0AWMENAKLBDQCqwQ0A1LkSAADCDQBOwg0AUMINAKTCDQCzwg0A+sINAATDDQBQww0AWcMNAKbDDQCoww0A/MMNAA3EDQBSxA0AZ8QNAKjEDQCwxA0A/sQNAD/FDQBUxQ0AXMUNAKrFDQC2xQ0AAMYNABPGDQBWxg0AV8YNAKzGDQC4xg0AAscNABHHDQBYxw0AYscNAK7HDQC6xw0ABMgNAAvIDQCAuhIAdsgNANa6EgCzyA0ABskNAA7JDQBcyQ0AackNALLJDQC3yQ0ACMoNABLKDQBeyg0AZsoNALTKDQC+yg0AEs8NAMTKDQAW0Q0A4coNAArLDQAUyw0AYMsNABrLDQAOzQ0AZssNALbLDQC/yw0ADMwNABjMDQBizA0Aj8wNALjMDQDUzA0AgrsSABDNDQBkzQ0Adc0NALrNDQC9zQ0AEM4NABzODQBmzg0Ak84NALzODQDYzg0A2LsSABjPDQBozw0Acc8NAL7PDQDIzw0AFNANAB/QDQBq0A0AftANAMDQDQDc0A0ALrwSABjRDQBs0Q0AfdENAMLRDQDF0Q0AGNINACzSDQBu0g0AitINAIS8EgDM0g0A2rwSACLTDQAwvRIAfNMNAMbTDQDM0w0AHNQNACLUDQBy1A0Ad9QNAMjUDQDO1A0Ahr0SACjVDQB01Q0AfNUNADK+EgDQ1Q0AINYNACjWDQB21g0Ag9YNAMzWDQDY1g0AItcNACTXDQB41w0AftcNAM7XDQDW1w0AiL4SADHYDQB62A0AgdgNANDYDQDY2A0AJtkNACvZDQB82Q0AjNkNANLZDQDa2Q0AKNoNADbaDQB+2g0Ai9oNANTaDQDV2g0AKtsNADPbDQCA2w0AitsNAN6+EgDi2w0ALNwNAC/cDQCC3A0AitwNANjcDQDl3A0ALt0NADPdDQCE3Q0Ajt0NANrdDQDi3Q0AMN4NADzeDQCG3g0Amd4NANzeDQDq3g0AMt8NADXfDQCI3w0Akt8NADS/EgDj3w0ANOANAEDgDQCK4A0AjeANAODgDQDo4A0ANuENAEPhDQCM4Q0AkeENAOLhDQDs4Q0AOOINAEDiDQCO4g0AmuINAOTiDQD34g0AOuMNAEjjDQCQ4w0Ak+MNAObjDQDw4w0Air8SAELkDQCS5A0AnuQNAOjkDQDq5A0APuUNAEXlDQCU5Q0AqOUNAOrlDQDy5Q0AQOYNAEzmDQCW5g0AqeYNAOzmDQD65g0AQucNAEXnDQCY5w0AoucNAO7nDQDx5w0A4L8SAF/oDQCa6A0AnOgNAPDoDQD+6A0ARukNAFfpDQCc6Q0AnukNAPLpDQAL6g0ASOoNAFnqDQCe6g0AquoNADbAEgD96g0ASusNAFfrDQCg6w0AqusNAPbrDQAE7A0ATOwNAGLsDQCi7A0AruwNAPjsDQAE7Q0ATu0NAGHtDQCk7Q0As+0NAPrtDQAG7g0AUO4NAFHuDQCm7g0AsO4NAPzuDQAK7w0AUu8NAFfvDQCo7w0Ate8NAIzAEgAM8A0AVPANAGrwDQCq8A0AtvANAADxDQAH8Q0AVvENAF7xDQCs8Q0AsfENAALyDQAL8g0AWPINAGLyDQCu8g0AtvINAATzDQAI8w0AWvMNAFzzDQCw8w0AvvMNAAb0DQAQ9A0AXPQNAGr0DQCy9A0Av/QNAAj1DQAf9Q0AXvUNAGb1DQC09Q0AxPUNAAr2DQAP9g0AYPYNAGb2DQC29g0AvvYNAAz3DQAR9w0AYvcNAGP3DQC49w0AxPcNAA74DQAU+A0AZPgNAGb4DQC6+A0AxPgNABD5DQAe+Q0AZvkNAGv5DQC8+Q0AyfkNAI7BEgAY+g0AaPoNAG36DQC++g0AxPoNAOTBEgAZ+w0AavsNAHf7DQDA+w0AzfsNABb8DQAi/A0AbPwNAHv8DQDC/A0AzPwNABj9DQAm/Q0Abv0NAHP9DQDE/Q0A0f0NABr+DQAi/g0A5sISAHz+DQDG/g0A1v4NABz/DQAl/w0Acv8NAHX/DQDI/w0A1P8NAB4ADgAlAA4APMMSAHkADgDKAA4A1wAOACABDgAtAQ4AdgEOAIIBDgDMAQ4A2wEOACICDgAsAg4AeAIOAIYCDgDOAg4A0wIOACQDDgAxAw4AegMOAIIDDgCSwxIA3AMOACYEDgA2BA4AfAQOAIUEDgDSBA4A1QQOACgFDgA0BQ4AfgUOAIUFDgDowxIA2QUOACoGDgAzBg4AwCwRADcGDgCABg4AjQYOANYGDgDiBg4ALAcOADsHDgCCBw4AjAcOANgHDgDmBw4ALggOADMIDgCECA4AkQgOANoIDgDiCA4APsQSADwJDgCGCQ4AlgkOANwJDgDlCQ4AMgoOADUKDgCICg4AlAoOAN4KDgDlCg4AlMQSAEsLDgCKCw4AkAsOAOALDgDsCw4ANgwOAE0MDgCMDA4AjgwOAOIMDgDsDA4AOA0OAEQNDgCODQ4Amg0OAOQNDgDqDQ4AOg4OAEAODgCQDg4AlQ4OAOYODgDsDg4A6sQSAEoPDgCSDw4Anw8OAOgPDgD/Dw4APhAOAEYQDgCUEA4AlxAOAOoQDgD2EA4AQBEOAFERDgCWEQ4AohEOAOwRDgD7EQ4AQhIOAEwSDgCYEg4ApBIOAO4SDgD1Eg4ARBMOAEwTDgCaEw4ApBMOAPATDgD8Ew4ARhQOAEkUDgCcFA4AphQOAEDFEgAMFQ4AlsUSAFIVDgCeFQ4AoBUOAPQVDgD6FQ4AShYOAFQWDgCgFg4AqBYOAELGEgD5Fg4AvlQQAAEXDgBMFw4ATRcOAKIXDgCsFw4A+BcOACMYDgCYxhIAXhgOAKQYDgCmGA4A+hgOAAgZDgBQGQ4AYRkOAO7GEgCsGQ4A/BkOAAgaDgBSGg4AVBoOAKgaDgCrGg4A/hoOAAMbDgBUGw4AYRsOAKobDgDGGw4AABwOAAgcDgCaxxIAYxwOAKwcDgDHHA4AAh0OAAQdDgBYHQ4AaR0OAK4dDgC8HQ4ABB4OAAseDgBaHg4AYh4OALAeDgC1Hg4ABh8OAA8fDgBcHw4AZh8OALIfDgCzHw4ACCAOABEgDgBeIA4AaCAOALQgDgC8IA4ACiEOABohDgBgIQ4AZiEOALYhDgC7IQ4ADCIOACIiDgBiIg4AaiIOALgiDgC7Ig4ADiMOAMciDgBmJA4ALiMOAGQjDgByIw4AuiMOALsjDgDwxxIAICQOAEbIEgB3JA4AvCQOAMgkDgASJQ4AFCUOAGglDgB1JQ4AnMgSAMQlDgAUJg4ANCYOAGomDgByJg4A8sgSAHYmDgBGPw4AwyYOABYnDgAgJw4ASMkSAHUnDgDCJw4A2CcOABgoDgAuKA4AbigOAHAoDgDEKA4AyigOABopDgAuKQ4A9MkSAH0pDgBKyhIAzSkOABwqDgAkKg4AcioOAHwqDgDIKg4A1CoOAB4rDgAhKw4AdCsOAH4rDgCgyhIA0ysOACAsDgA2LA4AdiwOAIwsDgDMLA4AziwOACItDgAoLQ4AeC0OAIwtDgBMyxIA0C0OACQuDgDeLQ4Avn8QAEQuDgCiyxIAgS4OANAuDgDYLg4AJi8OADAvDgB8Lw4AiC8OANIvDgDVLw4AKDAOADIwDgD4yxIAhzAOANQwDgDqMA4AKjEOAEAxDgCAMQ4AgjEOANYxDgDcMQ4ALDIOAEAyDgCkzBIAhDIOANgyDgDmMg4ALjMOAD8zDgD6zBIAizMOAFDNEgDmMw4AMDQOADM0DgCGNA4AkDQOAPzNEgDlNA4AMjUOAEg1DgCINQ4AnjUOAN41DgDgNQ4ANDYOADo2DgCKNg4AnjYOAKjOEgDsNg4ANjcOADg3DgCMNw4ArDcOAP7OEgDsNw4AODgOAEQ4DgCOOA4AkTgOAOQ4DgDuOA4AVM8SAEM5DgCQOQ4ApjkOAOY5DgD8OQ4APDoOAD46DgCSOg4AmDoOAOg6DgD8Og4AANASAEI7DgCUOw4AnDsOAOo7DgD0Ow4AQDwOAEw8DgCWPA4AmTwOAOw8DgD2PA4AVtASAEs9DgCYPQ4Arj0OAO49DgAEPg4ARD4OAEY+DgCaPg4AoD4OAPA+DgAEPw4AAtESAE0/DgCcPw4ApD8OAPI/DgD8Pw4ASEAOAFRADgCeQA4AoUAOAPRADgD+QA4AWNESAFNBDgCgQQ4AtkEOAPZBDgAMQg4ATEIOAE5CDgCiQg4AqEIOAPhCDgAMQw4ABNISAFZDDgCkQw4AakMOALotEwCqQw4AJlwPALRDDgD6Qw4AtUMOAELADwC9Qw4AlL4PAPxDDgBQRA4AXkQOAKZEDgC3RA4AWtISAANFDgCw0hIAW0UOAOQ6DwBeRQ4AqEUOAKtFDgD+RQ4AB0YOAFRGDgBlRg4AqkYOALRGDgAARw4ACEcOAFZHDgAcRw4ALIoPAFlHDgCsRw4AtUcOAAJIDgAYSA4AWEgOAG5IDgCuSA4AsEgOAARJDgAKSQ4AWkkOAG5JDgAG0xIA2EkOAAZKDgAuSg4AXNMSAGJKDgBoJw8AaEoOAApMDgBpSg4AFikPAGtKDgAUKA8AbEoOALJKDgC0Sg4ACEsOABZLDgBeSw4Ab0sOALLTEgC8Sw4ACNQSABBMDgBgTA4AZkwOALZMDgC7TA4ADE0OABJNDgBe1BIAbk0OALhNDgDATQ4ACtUSABpODgBkTg4Abk4OALpODgDDTg4AEE8OABFPDgBmTw4Abk8OALxPDgDBTw4AElAOACJQDgC21RIAdFAOAL5QDgDAUA4AFFEOABpRDgBqUQ4AcVEOAMBRDgDFUQ4AFlIOABpSDgBsUg4AeVIOAMJSDgDKUg4AGFMOAB1TDgBuUw4AflMOAAzWEgDVUw4AGlQOACZUDgBwVA4Af1QOAMZUDgDQVA4AHFUOACpVDgByVQ4Af1UOAMhVDgDfVQ4AYtYSACFWDgAO1xIAd1YOAMpWDgB7Vg4A3ukSANJWDgAgVw4ASFcOAHZXDgCeVw4AzFcOAPRXDgBk1xIAK1gOAHhYDgB5WA4AzlgOAN1YDgAkWQ4A5FgOANJaDgA1WQ4AelkOAHxZDgDQWQ4A01kOACZaDgApWg4AfFoOAIRaDgBm2BIA11oOAChbDgAvWw4AflsOAIdbDgDUWw4A5VsOACpcDgA2XA4AgFwOAIhcDgC82BIA3FwOACxdDgAzXQ4Agl0OAIddDgDYXQ4A3F0OAC5eDgA7Xg4AhF4OAJNeDgDaXg4A614OADBfDgAyXw4Ahl8OAIlfDgDcXw4A318OADJgDgA6YA4AEtkSAI1gDgDEqQ4Ak2AOAC5iEACUYA4A3mAOAOFgDgA0YQ4APmEOAGjZEgCTYQ4A4GEOAO9hDgA2Yg4ARWIOAIxiDgCYYg4A4mIOAOViDgA4Yw4AO2MOAL7ZEgCRYw4A5GMOAAxkDgAU2hIAQmQOAGraEgCYZA4AwNoSAPRkDgA8ZQ4ATWUOAJJlDgCeZQ4A6GUOAAtmDgA+Zg4AQWYOAJRmDgC4Zg4A6mYOAPJmDgBs2xIAQmcOAJZnDgCkZw4A7GcOAP1nDgDC2xIASWgOABjcEgCgaA4AxNwSAPNoDgBEaQ4AUWkOAJppDgCdaQ4A8GkOAPVpDgBGag4AV2oOAJxqDgCoag4AGt0SAPdqDgBIaw4AWWsOAJ5rDgCqaw4A9GsOAA5sDgBKbA4ATmwOAE5uDgBRbA4AqHAOAFRsDgAAcg4AVmwOAFBvDgBYbA4ATG0OAFtsDgCgbA4ApWwOAPZsDgANbQ4AcN0SAFltDgCibQ4Asm0OAPhtDgD9bQ4Axt0SAFBuDgCkbg4Aqm4OAPpuDgAHbw4AHN4SAFZvDgCmbw4ArG8OAPxvDgABcA4AUnAOAFhwDgBy3hIAtHAOAP5wDgAXcQ4AVHEOAF1xDgCqcQ4AwXEOAMjeEgAGcg4AVnIOAFhyDgCscg4Au3IOAAJzDgAOcw4AHt8SAFpzDgCucw4Av3MOAAR0DgASdA4AWnQOAGF0DgCwdA4AsnQOAAZ1DgAQdQ4AXHUOAGp1DgCydQ4At3UOAAh2DgAVdg4AXnYOAGZ2DgC0dg4AuHYOAAp3DgAMdw4AYHcOAGZ3DgC2dw4Aw3cOAHTfEgAZeA4AYngOAHl4DgC4eA4A1HgOAMrfEgAaeQ4AZHkOAGV5DgC6eQ4AwHkOABB6DgAceg4AZnoOAHV6DgC8eg4AvnoOABJ7DgAcew4AaHsOAHZ7DgC+ew4Aw3sOABR8DgAhfA4AanwOAHJ8DgDAfA4AxHwOABZ9DgAYfQ4AbH0OAHJ9DgDCfQ4Az30OACDgEgAlfg4Abn4OAIV+DgDEfg4A4H4OAHbgEgAjfw4AcH8OAH5/DgDGfw4A0H8OAByADgAogA4AcoAOAHWADgDIgA4A5IAOAB6BDgAmgQ4AzOASAICBDgDKgQ4AzYEOACCCDgAqgg4AzuESAH+CDgDMgg4A2oIOACKDDgAsgw4AeIMOAISDDgDOgw4A1oMOAHriEgAmhA4AeoQOAIiEDgDQhA4A4YQOANDiEgAthQ4AJuMSAIGFDgDShQ4A2oUOACiGDgAuhg4AfoYOAIeGDgDUhg4A4YYOANLjEgAvhw4AgIcOADaHDgAuiQ4AiYcOANaHDgDghw4ALIgOADSIDgCCiA4AyIgOANiIDgDgiA4AKOQSADSJDgCEiQ4AiokOANqJDgDiiQ4AMIoOAHaKDgCGig4AjooOAH7kEgDkig4A1OQSADuLDgCIiw4AlosOAN6LDgDoiw4ANIwOAECMDgCKjA4AjYwOAOCMDgDojA4AgOUSAEKNDgCMjQ4Aj40OAOKNDgDsjQ4A1uUSAECODgAs5hIAnI4OAOSODgD1jg4AOo8OAEaPDgCQjw4Ak48OAILmEgAukA4APJAOAISQDgDY5hIAopAOAOiQDgDqkA4APpEOAEyRDgCUkQ4ApZEOAC7nEgAGkg4AQJIOAEiSDgCE5xIAnJIOANQHDwCpkg4A7JIOAPuSDgBCkw4ATpMOAJiTDgCZkw4A7pMOAPiTDgBElA4AUpQOAJqUDgCflA4A8JQOAP2UDgDa5xIAVJUOAJyVDgCplQ4A8pUOAPqVDgAw6BIAVJYOAJ6WDgDKlg4A9JYOAACXDgBKlw4AWZcOAKCXDgCqlw4A9pcOAASYDgBMmA4AUZgOAKKYDgCvmA4A+JgOAACZDgBOmQ4AXJkOAKSZDgCxmQ4A+pkOAAKaDgCG6BIAUpoOADy9DwBemg4AppoOALCaDgD8mg4ACJsOAFKbDgBZmw4AqJsOALCbDgD+mw4AApwOAFScDgBinA4AqpwOALScDgAAnQ4AC50OAFadDgBenQ4ArJ0OAK6dDgACng4ACp4OAFieDgBlng4Arp4OALOeDgAEnw4AEZ8OAFqfDgB4nw4AsJ8OAOGfDgAGoA4AEqAOAFygDgBioA4AsqAOALegDgAIoQ4AEKEOAF6hDgBqoQ4AtKEOAMehDgAKog4AGKIOAGCiDgBqog4AtqIOAL6iDgAMow4AG6MOAGKjDgBnow4AuKMOAL+jDgAOpA4AGqQOAGSkDgCApA4AuqQOAMKkDgDc6BIAEqUOAGalDgB0pQ4AvKUOAMmlDgASpg4AIKYOAGimDgB1pg4AvqYOANWmDgAUpw4AHKcOAGqnDgB4pw4AwKcOAM2nDgAWqA4AHqgOAIjpEgB6qA4AwqgOAMOoDgA06hIAJKkOAG6pDgB1qQ4AiuoSAMupDgAaqg4AH6oOAODqEgB4qg4ANusSAM6qDgAcqw4ABKsOAGD8EAAdqw4AHAEPAB+rDgAgAw8AJasOAHKrDgAmqw4AxP8OACyrDgAeAg8AOqsOAJSVEAB/qw4AyKsOANOrDgAerA4AIKwOAHSsDgCBrA4AyqwOANGsDgAgrQ4AMa0OAHatDgCCrQ4AzK0OANOtDgAirg4AKq4OAIzrEgB+rg4Azq4OANSuDgAkrw4AKa8OAHqvDgCArw4A4usSANyvDgAmsA4AMLAOAHywDgCAsA4A0rAOAN6wDgAosQ4ANLEOAH6xDgCLsQ4A1LEOANyxDgAqsg4ANLIOAICyDgCMsg4A1rIOANmyDgAssw4ANrMOAI7sEgCEsw4A2LMOANuzDgAutA4AMbQOADrtEgCMtA4AkO0SAOi0DgAwtQ4AMbUOAObtEgCOtQ4APO4SAOG1DgAytg4AObYOAIi2DgCNtg4Aku4SAOa2DgDo7hIAPLcOAIq3DgCUtw4A4LcOAOu3DgA2uA4ARLgOAIy4DgCPuA4A4rgOAOq4DgA4uQ4AQrkOAI65DgCauQ4A5LkOAOe5DgA6ug4ARLoOAD7vEgCeug4A5roOAPy6DgA8uw4ASLsOAJK7DgCZuw4A6LsOAPC7DgA+vA4AQ7wOAJS8DgCdvA4A6rwOAPS8DgBAvQ4ASL0OAJa9DgCYvQ4A7L0OAPy9DgBCvg4ATL4OAJi+DgCkvg4A7r4OAPS+DgBEvw4ATL8OAOrvEgCovw4A8L8OAPG/DgBA8BIAS8AOAJbwEgCewA4A8sAOAPPADgBIwQ4AS8EOAJ7BDgCpwQ4A9MEOAPnBDgBKwg4AVMIOAOzwEgDEwg4A9sIOAP7CDgBC8RIATsMOAKLDDgCzww4A+MMOAAnEDgBOxA4AUcQOAJjxEgCqxA4A+sQOAP/EDgBQxQ4AU8UOAKbFDgCpxQ4A/MUOAATGDgDu8RIAYMYOAKjGDgCrxg4A/sYOAAnHDgBUxw4AYMcOAKrHDgCxxw4AAMgOAAjIDgBWyA4AZMgOAKzIDgC5yA4AAskOAArJDgBE8hIAZMkOAK7JDgCxyQ4ABMoOAA7KDgBayg4AYsoOAJryEgC8yg4ABssOAAzLDgBcyw4AZssOALLLDgDGyw4ACMwOABDMDgDw8hIAa8wOALTMDgC8zA4ACs0OAA3NDgBgzQ4AbM0OALbNDgDAzQ4ADM4OABXODgBizg4AY84OALjODgDQzg4ADs8OABDPDgBkzw4Adc8OALrPDgDLzw4AENAOABjQDgBm0A4AddAOALzQDgC+0A4AEtEOACPRDgBo0Q4AedEOAL7RDgDX0Q4AFNIOABbSDgBq0g4AedIOAMDSDgDg0g4AnPMSABjTDgBs0w4AjNMOAMLTDgDW0w4A9PQSACDUDgBu1A4Ae9QOAMTUDgDJ1A4AGtUOACTVDgBw1Q4AeNUOAMbVDgDM1Q4AHNYOACXWDgBy1g4Af9YOAEr1EgDU1g4AHtcOACTXDgB01w4AetcOAMrXDgDT1w4AINgOACHYDgB22A4AgNgOAMzYDgDY2A4AItkOACnZDgCg9RIAgNkOAPb1EgDW2Q4ATPYSACzaDgCi9hIAhtoOANDaDgDg2g4AJtsOACvbDgB82w4AgtsOANLbDgDe2w4AKNwOADDcDgD49hIAj9wOANTcDgDl3A4AKt0OADzdDgCA3Q4AiN0OANbdDgDh3Q4ALN4OADHeDgCC3g4Ah94OANjeDgD43g4ATvcSAD7fDgCE3w4Ajt8OANrfDgDm3w4AMOAOADbgDgCG4A4AjuAOANzgDgDe4A4AMuEOAOjgDgDo5g4AQ+EOAIjhDgCZ4Q4A3uEOAPDhDgA04g4APOIOAIriDgCV4g4A4OIOAOXiDgA24w4AO+MOAIzjDgCs4w4ApPcSAOTjDgA45A4AR+QOAI7kDgCZ5A4A5OQOAPbkDgA65Q4AQuUOAJDlDgCb5Q4A5uUOAOvlDgA85g4AQeYOAJLmDgCy5g4A+vcSAOrmDgA+5w4ATecOAJTnDgCf5w4A6ucOAPznDgBA6A4ASOgOAJboDgCh6A4A7OgOAPHoDgBC6Q4AR+kOAJjpDgC46Q4AUPgSAPvpDgBE6g4AW+oOAKb4EgCn6g4A8OoOAAfrDgD8+BIAU+sOAJzrDgCj6w4A8usOAADsDgBI7A4AVewOAJ7sDgC17A4AUvkSAPzsDgCo+RIATO0OAKDtDgCu7Q4A9u0OAAfuDgD++RIAWe4OAKLuDgC57g4AVPoSAALvDgBO7w4AWu8OAKTvDgCn7w4A+u8OAATwDgCq+hIAbPAOAAD7EgCu8A4AVvsSAATxDgBS8Q4AU/EOAAT1DgBV8Q4AAPMOAFnxDgAS/A4AXPEOAKjxDgBh8Q4ACPcOAGLxDgAG9g4ArfEOAGb7DgC08Q4A/vEOAAHyDgBU8g4AXvIOAKz7EgCy8g4AAvwSAAnzDgBW8w4AIPMOAA76DgBk8w4ArPMOALbzDgAC9A4ADvQOAFj0DgBb9A4ArvQOALb0DgBY/BIABvUOAFr1DgBd9Q4AsPUOALP1DgCu/BIACPYOAFz2DgBq9g4AsvYOAMP2DgBa/RIACvcOAF73DgBr9w4AtPcOAMP3DgAK+A4AFvgOAGD4DgBx+A4AtvgOAMf4DgAM+Q4AGPkOAGL5DgBp+Q4AuPkOAMD5DgAG/hIAHPoOAGT6DgBl+g4AXP4SAMb6DgAQ+w4AF/sOALL+EgBt+w4AvPsOAMH7DgBe/xIAG/wOAGj8DgBu/A4AvvwOAMD8DgAU/Q4AHv0OAGr9DgB4/Q4AwP0OAMX9DgAW/g4AI/4OAGz+DgCE/g4Awv4OANj+DgAY/w4AG/8OAG7/DgB2/w4ACgATAND/DgAaAA8AHQAPAHAADwB6AA8AYAATAM4ADwC2ABMAHgEPAHIBDwB1AQ8AyAEPAMsBDwAMARMAIAIPAHQCDwCCAg8AygIPANsCDwC4ARMAKQMPAHYDDwCEAw8AzAMPAI8DDwCYwhAA1gMPACIEDwAuBA8AeAQPAHsEDwDOBA8A1gQPAGQCEwA+BQ8AugITAJQFDwDQBQ8A6gUPABADEwArBg8ALgoPADQGDwDaCg8ANgYPAHwGDwB+Bg8A0gYPAOAGDwAoBw8AOQcPAGYDEwCFBw8AvAMTANoHDwAqCA8ALwgPAIAIDwCGCA8AEgQTANwIDwAsCQ8AMQkPAIIJDwCYCQ8A2AkPAOAJDwC+BBMATgoPAIQKDwCMCg8AFAUTAPEKDwAwCw8APQsPAIYLDwCLCw8A3AsPAOILDwAyDA8APgwPAIgMDwCPDA8A3gwPAOYMDwA0DQ8AVw0PAMAFEwCXDQ8A4A0PAO8NDwA2Dg8AOA4PAIwODwCVDg8A4g4PAPkODwA4Dw8AQw8PAI4PDwCYDw8A5A8PAOwPDwBsBhMAQBAPAJAQDwCWEA8A5hAPAOsQDwA8EQ8AQhEPAMIGEwC0EQ8A6BEPAPARDwBuBxMARxIPAJQSDwCVEg8A6hIPAPISDwBAEw8ASxMPAJYTDwCbEw8A7BMPAPETDwBCFA8AYhQPAMQHEwCeFA8A7hQPAPUUDwBEFQ8ASRUPAJoVDwCeFQ8A8BUPAP0VDwBGFg8AThYPAJwWDwCnFg8A8hYPAPcWDwBIFw8ATRcPAJ4XDwC+Fw8AGggTAAMYDwBKGA8AVRgPAKAYDwCoGA8A9hgPAPkYDwBMGQ8AABkPAFIcDwBYGQ8AohkPAKwZDwD4GQ8AARoPAE4aDwBPGg8ApBoPAKwaDwD6Gg8ABRsPAFAbDwBVGw8AphsPAKsbDwD8Gw8AHBwPAHAIEwBeHA8AqBwPAKocDwD+HA8ABB0PAFQdDwBbHQ8Aqh0PAK8dDwAAHg8ABB4PAFYeDwBjHg8ArB4PALQeDwACHw8ADR8PAFgfDwBdHw8Arh8PALMfDwAEIA8AJCAPAMYIEwBiIA8AHAkTALogDwAGIQ8ADyEPAFwhDwBiIQ8AsiEPAL4hDwAIIg8AJiIPAF4iDwBfIg8AtCIPALYiDwAKIw8AFyMPAGAjDwBuIw8AtiMPAMUjDwAMJA8AKCQPAGIkDwBqJA8AyAkTAMskDwAOJQ8ADyUPAGQlDwBwJQ8AuiUPAMklDwAQJg8AGiYPAGYmDwByJg8AvCYPAMMmDwAeChMAGicPAHQKEwBxJw8AvicPAMsnDwDKChMAGSgPAGooDwB3KA8AwCgPAMooDwAgCxMAGCkPAGwpDwCCKQ8AwikPAM4pDwB2CxMAICoPAIplEAA2Kg8AbioPAHYqDwC6pg8AjCoPAMQqDwDMKg8AGisPAOYqDwB8iRAAGysPAMgsDwAdKw8AIC4PACYrDwDSiRAAKisPAHArDwByKw8AxisPANQrDwAcLA8ALSwPAMwLEwB6LA8AIgwTAMosDwAeLQ8AIS0PAHQtDwB3LQ8AeAwTANItDwDODBMAKi4PANCGDwBALg8Adi4PAIQuDwDMLg8AzS4PACQNEwAqLw8Aeg0TAJsvDwDQDRMA2y8PACQwDwAyMA8AejAPAIQwDwDQMA8A2DAPACYxDwAnMQ8AMDYPAEExDwDWMw8AUjEPAHwxDwCFMQ8A0jEPANMxDwAoMg8ANjIPAH4yDwCIMg8A1DIPAOAyDwAqMw8AMDMPAIAzDwCcMw8AJg4TAOQzDwAsNA8AOTQPAII0DwCMNA8A2DQPANo0DwAuNQ8ARTUPAIQ1DwCQNQ8A2jUPAPY1DwB8DhMAQTYPAIY2DwCINg8A3DYPAOY2DwAyNw8AQjcPAIg3DwCNNw8A3jcPAOQ3DwA0OA8ASjgPAIo4DwCSOA8A4DgPAOM4DwA2OQ8APzkPAIw5DwCaOQ8A4jkPAOw5DwA4Og8ARDoPAI46DwCqOg8A0g4TAPE6DwA6Ow8AQjsPAJA7DwCTOw8A7JQPAKA7DwDmOw8A6DsPAOqTDwD0Ow8APDwPAEk8DwCSPA8AoDwPAOg8DwDrPA8APj0PAEk9DwCUPQ8AoD0PAOo9DwDxPQ8AQD4PAEg+DwCWPg8AmD4PAOw+DwD8Pg8AQj8PAEw/DwCYPw8ApD8PAO4/DwD0Pw8AREAPAExADwAoDxMAnEAPAPBADwD+QA8ARkEPAFNBDwCcQQ8AqEEPAPJBDwD4QQ8ASEIPAEtCDwCeQg8ApkIPAPRCDwD2Qg8A/kcPAPdCDwCiRA8ABEMPAEpDDwBMQw8AskwPAE9DDwCgQw8AqUMPAPZDDwADRA8ATEQPAFNEDwB+DxMAq0QPAAJKDwCsRA8AUEYPAMJEDwD4RA8ABkUPAE5FDwBPRQ8A1A8TALBFDwD6RQ8AAUYPACoQEwBSRg8ApkYPAKxGDwD8Rg8ABkcPAFJHDwBeRw8AqEcPAK9HDwCAEBMAF0gPAFRIDwBZSA8AqkgPALBIDwAASQ8ACkkPAFZJDwBiSQ8ArEkPALNJDwDWEBMAEUoPAFhKDwBnSg8ArkoPALpKDwAESw8AB0sPAFpLDwBdSw8AsEsPAMBLDwAGTA8AD0wPAFxMDwBtTA8ALBETAMBMDwAITQ8AGU0PAIIREwBlTQ8A2BETALxNDwAKTg8ADE4PABRTDwANTg8AuE8PABpODwBgTg8AYk4PAMhXDwBlTg8Atk4PAL9ODwAMTw8AGU8PAGJPDwBpTw8ALhITAMFPDwAYVQ8Awk8PAGZRDwDYTw8ADlAPABxQDwBkUA8AZVAPAIQSEwDGUA8AEFEPABdRDwDaEhMAaFEPALxRDwDCUQ8AElIPABxSDwBoUg8AdFIPAL5SDwDFUg8AMBMTAC1TDwBqUw8Ab1MPAMBTDwDGUw8AFlQPACBUDwBsVA8AeFQPAMJUDwDJVA8AhhMTACdVDwBuVQ8AfVUPAMRVDwDQVQ8AGlYPAB1WDwBwVg8Ac1YPAMZWDwDWVg8AHFcPACVXDwByVw8Ag1cPANwTEwDWVw8AHlgPAC9YDwAyFBMAe1gPAIgUEwDSWA8AIFkPAElZDwB2WQ8AflkPAMxZDwDcWQ8AIloPACRaDwB4Wg8AhloPAM5aDwDfWg8A3hQTACpbDwB6Ww8AhlsPADQVEwD+Ww8A4BUTAC9cDwB8XA8AiVwPANJcDwDuXA8AKF0PADBdDwA2FhMAj10PANRdDwDWXQ8AKl4PACteDwCAXg8Ag14PANZeDwDiXg8ALF8PADNfDwCCXw8Anl8PANhfDwDgXw8AjBYTADtgDwCEYA8AlGAPANpgDwDfYA8AMGEPAFthDwDiFhMAjGEPADgXEwDkYQ8AMmIPADNiDwCaaw8AOGIPAEAXEQA8Yg8AiGIPAD5iDwDmZg8AQmIPADhlDwBQYg8A9m4PAI1iDwCGDxEAk2IPAHwKEQCUYg8A3mIPAOFiDwA0Yw8APmMPAI4XEwCSYw8A4GMPAOZjDwA2ZA8AP2QPAIxkDwCZZA8A4mQPAP5kDwDkFxMAOmUPAI5lDwA9ZQ8A8hoRAJxlDwDkZQ8A9WUPADoYEwBAZg8AkGYPAJxmDwCQGBMA7GYPADxnDwBCZw8AkmcPAJdnDwDoZw8A7mcPAJIZEwBFaA8AlBoTAJloDwDqaA8A8mgPAEBpDwBMaQ8AlmkPAKlpDwDsaQ8A+GkPAEJqDwBRag8AmGoPAKFqDwDuag8A+GoPAERrDwBQaw8AQBsTAKtrDwDwaw8A/GsPAEZsDwBIbA8AnGwPAJ9sDwDybA8A/mwPAEhtDwBQbQ8AlhsTAKptDwD0bQ8ABG4PAEpuDwBWbg8AoG4PAKZuDwDsGxMAGG8PAExvDwBUbw8Aom8PAMxvDwD4bw8AA3APAE5wDwBacA8ApHAPALVwDwD6cA8A+3APAEIcEwBWcQ8ApnEPALNxDwCYHBMACXIPAFJyDwBpcg8AqHIPANNyDwD+cg8ABnMPAFRzDwBecw8AqnMPALZzDwAAdA8AA3QPAFZ0DwBgdA8A7hwTALR0DwACdQ8ACHUPAFh1DwBhdQ8ArnUPALt1DwAEdg8AIHYPAEQdEwBcdg8AsHYPAGF2DwAghA8AvXYPAAZ3DwANdw8AXHcPAF53DwCydw8AuHcPAAh4DwAPeA8AXngPAHZ4DwC0eA8AuXgPAAp5DwDAeA8AtnkPABN5DwBgeQ8AankPAJodEwC8eQ8ADHoPABJ6DwBieg8AZ3oPALh6DwC+eg8A8B0TAA97DwBkew8AdXsPALp7DwDGew8AEHwPABp8DwBmfA8AcnwPALx8DwDDfA8ARh4TABR9DwBofQ8AHX0PAAonEQBrfQ8Avn0PAN59DwAUfg8AHH4PAJweEwB7fg8AwH4PAMd+DwAWfw8AHn8PAGx/DwBvfw8AGoEPAHx/DwDCfw8AxH8PABiADwAmgA8AboAPAH+ADwDyHhMAy4APAEgfEwAjgQ8AcIEPAH+BDwDGgQ8A1YEPAByCDwAogg8AcoIPAHWCDwDIgg8Ay4IPAB6DDwAugw8AdIMPAH2DDwDKgw8A24MPAJ4fEwAlhA8AdoQPAH+EDwDMhA8A1oQPACKFDwAqhQ8AeIUPAJaFDwDOhQ8A7IUPACSGDwBChg8AeoYPAJiGDwD0HxMA14YPACaHDwArhw8AfIcPADKHDwB+iA8AhYcPANKHDwDchw8AKIgPAESIDwBKIBMAhIgPANSIDwDaiA8AKokPAEaJDwCgIBMAqokPAEwhEwAAig8AoiETADSKDwCkIhMAmIoPANiKDwDaig8ALosPADSLDwCEiw8AmIsPANqLDwDiiw8AMIwPAFqMDwD6IhMAj4wPANyMDwDpjA8AMo0PAECNDwCIjQ8Ako0PAN6NDwD4jQ8ANI4PAEGODwCKjg8Alo4PAOCODwDqjg8ANo8PAD6PDwBQIxMAk48PAOKPDwDqjw8ApiMTABCQDwCoJBMARJAPAI6QDwCVkA8A5JAPAOyQDwD8IxMAPJEPAJCRDwChkQ8A5pEPAO6RDwA8kg8ARpIPAJKSDwCekg8A6JIPAOuSDwA+kw8ASJMPAP4kEwCwkw8AVCUTAPiTDwBAlA8AUZQPAKolEwCdlA8AACYTAPWUDwBClQ8AUZUPAJiVDwCnlQ8A7pUPAPqVDwBElg8AR5YPAJqWDwCdlg8A8JYPAACXDwBGlw8AT5cPAJyXDwCtlw8AViYTAPSXDwBImA8A/pcPAPSYDwBLmA8AnpgPAKaYDwCsJhMA+pgPAEqZDwBWmQ8AoJkPAKiZDwACJxMAApoPAEyaDwBPmg8AopoPAKyaDwBYJxMA/ZoPAE6bDwBkmw8ApJsPAKWbDwD6mw8AC5wPAFCcDwBcnA8AppwPALCcDwD8nA8ACJ0PAK4nEwBenQ8AqJ0PAKudDwD+nQ8ACJ4PAFooEwBXng8Aqp4PAK2eDwAAnw8ADJ8PAFafDwBcnw8ArJ8PALafDwCwKBMAB6APAFigDwBloA8ArqAPALGgDwAEoQ8AIKEPAFqhDwBioQ8ABikTALihDwBcKRMADqIPALIpEwBfog8AsqIPAHOiDwAagxAA0qIPAAijDwAcow8ACCoTAF+jDwC0ow8AuqMPAAqkDwAWpA8AYKQPAG+kDwC2pA8AuKQPAAylDwAWpQ8AYqUPAG6lDwC4pQ8Av6UPAF4qEwAapg8AtCoTAGymDwAKKxMAvaYPAL6oDwDKpg8AEKcPABKnDwBmpw8AdKcPALynDwDNpw8AEC4TABmoDwBmLhMAcKgPALwuEwDeqA8AFKkPACKpDwBqqQ8Aa6kPABIvEwDMqQ8AFqoPAB2qDwBoLxMAdKoPAL4vEwDEqg8AGKsPACarDwBuqw8Af6sPABQwEwDKqw8AGqwPACasDwBqMBMAdqwPAMasDwDMrA8AHK0PACGtDwByrQ8AeK0PABYxEwDLrQ8AHq4PACquDwB0rg8Aeq4PAMquDwDUrg8AwjETACWvDwB2rw8Ag68PAMyvDwDPrw8AIrAPADewDwB4sA8AgLAPABgyEwDWsA8AJLEPADCxDwB6sQ8AgLEPANCxDwDWsQ8AJrIPACuyDwB8sg8AgrIPABw0EwDhsg8AKLMPADezDwB+sw8Ah7MPANSzDwDasw8AKrQPADC0DwCAtA8AjLQPANa0DwDdtA8ALLUPADS1DwDINBMAjLUPANi1DwDjtQ8ALrYPADq2DwCEtg8AirYPANq2DwDitg8AMLcPADy3DwCGtw8AjLcPANy3DwDitw8AMrgPADe4DwCIuA8AjrgPAB41EwDluA8ANLkPAEK5DwCKuQ8Al7kPAOC5DwD3uQ8ANroPAFK6DwCMug8AlLoPAHQ1EwD1ug8AOLsPADq7DwCOuw8ApLsPAOS7DwDluw8AOrwPAEu8DwCQvA8AnLwPAMo1EwACvQ8AIDYTAFK9DwCSvQ8Ak70PAOi9DwD5vQ8APr4PAEq+DwB2NhMAmb4PAOq+DwDwvg8AQL8PAGC/DwCWvw8Aor8PAOy/DwDzvw8AzDYTAE7ADwCYwA8AmsAPAO7ADwAOwQ8AIjcTAEvBDwB4NxMAn8EPAPDBDwAAwg8ARsIPAE7CDwCcwg8ApsIPAPLCDwD+wg8ASMMPAEvDDwCeww8AqMMPAM43EwD5ww8A+sYPAALEDwBKxA8AWsQPAKDEDwCwxA8A9sQPAB7FDwBMxQ8AdMUPAKLFDwDKxQ8AejgTAATGDwBOxg8AUMYPAKTGDwDExg8AfjoTAAfHDwBQxw8AXMcPAKbHDwDOxw8A/McPACTIDwBSyA8AesgPANQ6EwCuyA8A/sgPAAPJDwBUyQ8AWskPANg8EwCyyQ8AhD0TAAzKDwBWyg8AWcoPAKzKDwC2yg8AAssPAArLDwAwPhMAZssPAK7LDwC1yw8ABMwPAAzMDwBazA8AZ8wPALDMDwC1zA8ABs0PABDNDwBczQ8AZM0PALLNDwDCzQ8ACM4PABbODwBezg8Aa84PALTODwDCzg8ACs8PAA3PDwBgzw8Aa88PALbPDwC+zw8ADNAPACXQDwBi0A8AbtAPALjQDwDI0A8ADtEPABPRDwBk0Q8AatEPALrRDwDG0Q8AENIPABjSDwCGPhMAcNIPALzSDwC/0g8AEtMPABrTDwBo0w8AadMPAL7TDwDA0w8AFNQPABrUDwBq1A8AdtQPAMDUDwDN1A8AFtUPACDVDwBs1Q8AdNUPAMLVDwDE1Q8AGNYPACXWDwBu1g8AddYPAMTWDwDM1g8AGtcPAB7XDwBw1w8ActcPAMbXDwDJ1w8AHNgPACTYDwBy2A8AgdgPAMjYDwDK2A8AHtkPACvZDwB02Q8Ag9kPAMrZDwDW2Q8AINoPADHaDwB22g8Ah9oPAMzaDwDY2g8AItsPACnbDwB42w8Al9sPANw+EwDi2w8AJNwPACXcDwB63A8AhtwPANDcDwDs3A8AJt0PAC7dDwAyPxMAhN0PAN4/EwDe3Q8AKN4PAC7eDwB+3g8AhN4PANTeDwDs3g8AKt8PADTfDwCA3w8AjN8PANbfDwDZ3w8ALOAPADbgDwCC4A8AmuAPANjgDwDo4A8ALuEPADDhDwCE4Q8AkuEPANrhDwDr4Q8ANEATADbiDwCG4g8AkuIPAIpAEwDk4g8ANkETAD7jDwCI4w8Ai+MPAN7jDwDo4w8AjEETADbkDwCK5A8AmOQPAODkDwDx5A8AOEITAD3lDwCOQhMAlOUPAORCEwDq5Q8A5kMTADrmDwCO5g8Am+YPAOTmDwDz5g8AOucPAEDnDwCQ5w8AnOcPAObnDwDo5w8APOgPAEboDwCS6A8AoOgPAOjoDwDt6A8APukPAEvpDwCU6Q8AoOkPAOrpDwD96Q8AQOoPAE/qDwCW6g8AouoPAOzqDwDt6g8AQusPAEzrDwCY6w8ApusPAO7rDwDz6w8AROwPAFHsDwA8RBMApOwPAPDsDwD+7A8ARu0PAEntDwCc7Q8ArO0PAPLtDwAA7g8ASO4PAFTuDwCe7g8Ape4PAPTuDwD77g8ASu8PAFbvDwCg7w8Aoe8PAPbvDwAC8A8ATPAPAFnwDwCi8A8AqfAPAPjwDwAE8Q8ATvEPAFvxDwCk8Q8As/EPAPrxDwAO8g8AUPIPAFzyDwCm8g8AufIPAPzyDwAL8w8AUvMPAF7zDwCo8w8AqfMPAP7zDwAI9A8AVPQPAGL0DwCq9A8Ar/QPAAD1DwAN9Q8AkkQTAFf1DwCs9Q8AvfUPAAL2DwAQ9g8AWPYPAGf2DwCu9g8AsPYPAAT3DwAO9w8AWvcPAGj3DwCw9w8AtfcPAAb4DwAT+A8AXPgPAGv4DwCy+A8At/gPAAj5DwAV+Q8AXvkPAGj5DwC0+Q8AwPkPAAr6DwAd+g8AYPoPAGr6DwC2+g8AwvoPAAz7DwAf+w8AYvsPAHH7DwC4+w8AxPsPAA78DwAP/A8AZPwPAG78DwC6/A8AyPwPABD9DwAV/Q8AZv0PAHP9DwDoRBMAwf0PABL+DwAf/g8AaP4PAHL+DwC+/g8AxP4PABT/DwAW/w8Aav8PAHf/DwDA/w8Aw/8PABYAEAAkABAAbAAQAHgAEADCABAAzwAQABgBEAAiARAAbgEQAH0BEADEARAAyQEQABoCEAAnAhAAcAIQAH0CEADGAhAA0gIQABwDEAArAxAAcgMQAHwDEADIAxAA1gMQAB4EEAAjBBAAdAQQAIEEEADKBBAA1gQQACAFEAAzBRAAdgUQAIUFEADMBRAA2AUQACIGEAAjBhAAeAYQAIIGEADOBhAA3AYQACQHEAApBxAAegcQAIcHEAA+RRMA4wcQACYIEAA1CBAAfAgQAIgIEADSCBAA0wgQACgJEAAyCRAAfgkQAIwJEADUCRAA2QkQACoKEAA3ChAAlEUTAJMKEADWChAA5QoQACwLEAA4CxAAggsQAIMLEADYCxAA4gsQAC4MEAA8DBAAhAwQAIkMEADaDBAA5wwQAOpFEwAyDRAAhg0QAJQNEADcDRAA6Q0QADIOEAA+DhAAiA4QAI4OEADeDhAA7w4QADQPEAA2DxAAig8QAJMPEADgDxAA7Q8QADYQEABFEBAAjBAQAJcQEADiEBAA7hAQADgREABLERAAjhEQAJ0READkERAA8BEQADoSEAA7EhAAkBIQAJoSEADmEhAA9BIQADwTEABBExAAkhMQAJ8TEABARhMA9RMQAD4UEABMFBAAlBQQAJ4UEADqFBAA+BQQAEAVEABCFRAAlhUQAKcVEADsFRAA+hUQAEIWEABzFhAAmBYQAJoWEADuFhAA+BYQAEQXEABSFxAAmhcQAJ8XEADwFxAA/RcQAEYYEABSGBAAnBgQAK8YEADyGBAAARkQAEgZEABUGRAAnhkQAJ8ZEAD0GRAA/hkQAEoaEABYGhAAoBoQAKUaEAD2GhAAAxsQAJZGEwBOGxAAohsQAKQbEAD4GxAABxwQAE4cEABdHBAApBwQALAcEAD6HBAA/RwQAFAdEABTHRAAph0QAKwdEAD8HRAACB4QAFIeEABVHhAAqB4QAK0eEAD+HhAABx8QAFQfEABaHxAAqh8QALkfEAAAIBAADCAQAFYgEABmIBAArCAQAK4gEAACIRAAECEQAFghEABpIRAA7EYTALQhEAAEIhAAECIQAEJHEwBtIhAAsCIQAL8iEAAGIxAAEiMQAFwjEABdIxAAsiMQALwjEAAIJBAAFiQQAF4kEABjJBAAtCQQAMEkEACYRxMAFiUQAGAlEABqJRAAtiUQAOIlEAAMJhAAEyYQAGImEAB7JhAAuCYQAMcmEAAOJxAAHScQAGQnEABpJxAAuicQAMcnEAAQKBAAHSgQAGYoEAByKBAAvCgQAMsoEAASKRAAHCkQAGgpEAB2KRAAvikQAMMpEAAUKhAAISoQAGoqEAB2KhAAwCoQANMqEAAWKxAAJSsQAGwrEAB4KxAAwisQAMMrEAAYLBAAIiwQAG4sEAB8LBAAxCwQAMksEAAaLRAAJy0QAO5HEwCBLRAAxi0QANctEAAcLhAAKC4QAHIuEACJLhAAyC4QAMouEAAeLxAALy8QAHQvEAB3LxAAyi8QANQvEAAgMBAAIjAQAHYwEACAMBAAzDAQANgwEAAiMRAALjEQAHgxEACLMRAAzjEQAN0xEAAkMhAAMDIQAHoyEAB7MhAA0DIQANoyEAAmMxAANDMQAHwzEACBMxAA0jMQAN8zEABESBMAKjQQAH40EACINBAA1DQQANw0EACaSBMAPTUQAIA1EACMNRAA1jUQAOU1EAAsNhAANTYQAII2EACMNhAA2DYQAOY2EAAuNxAAMzcQAIQ3EACRNxAA2jcQAOY3EAAwOBAAQzgQAIY4EACVOBAA3DgQAOg4EAAyORAAMzkQAIg5EACSORAA3jkQAOw5EAA0OhAAOToQAIo6EACXOhAA8EgTAOI6EAA2OxAAQDsQAIw7EACUOxAARkkTAOc7EAA4PBAATjwQAI48EACPPBAA5DwQAPU8EAA6PRAARj0QAJA9EACaPRAA5j0QAPQ9EAA8PhAAQT4QAJI+EACfPhAA6D4QAPQ+EAA+PxAAUT8QAJQ/EACjPxAA6j8QAPY/EABAQBAAQUAQAJZAEACgQBAA7EAQAPpAEABCQRAAR0EQAJhBEAClQRAAnEkTAPBBEABEQhAATkIQAJpCEACiQhAA8kkTAAZDEABGQxAAUkMQAJxDEAChQxAA8kMQAPtDEABIRBAAUkQQAJ5EEACqRBAA9EQQAAdFEABKRRAAWUUQAKBFEACsRRAA9kUQAPdFEABMRhAAVkYQAKJGEACwRhAA+EYQAP1GEABORxAAW0cQAEhKEwCmRxAA+kcQAARIEABQSBAAWEgQAJ5KEwCzSBAA/EgQAAtJEABSSRAAXUkQAKhJEAC0SRAA/kkQAA1KEABUShAAdEoQAKpKEAC2ShAAAEsQAAdLEABWSxAAZEsQAKxLEACxSxAAAkwQAA5MEABYTBAAa0wQAK5MEAC9TBAABE0QABBNEABaTRAAW00QALBNEAC6TRAABk4QABROEABcThAAYU4QALJOEAC/ThAA9EoTAApPEABeTxAAaE8QALRPEAC8TxAASksTACdQEABgUBAAcVAQALZQEADCUBAADFEQAB9REABiURAAcVEQALhREADEURAADlIQAA9SEABkUhAAblIQALpSEADIUhAAEFMQABVTEABmUxAAc1MQAKBLEwC+UxAAElQQABxUEABoVBAAcFQQAPZLEwDbVBAAFFUQACVVEABqVRAAdlUQAMBVEADTVRAAFlYQACVWEABsVhAAeFYQAMJWEADDVhAAGFcQACJXEABuVxAAfFcQAMRXEADJVxAAGlgQACdYEABMTBMAclgQAMZYEADQWBAAHFkQACRZEACiTBMAg1kQAMhZEADcWRAAHloQACJaEAB0WhAAdloQAMpaEADeWhAAIFsQACNbEAB2WxAAk1sQAMxbEADdWxAAIlwQAC5cEAB4XBAAi1wQAM5cEADdXBAAJF0QADBdEAB6XRAAe10QANBdEADaXRAAJl4QADReEAB8XhAAgV4QANJeEADfXhAA+EwTACpfEAB+XxAAiF8QANRfEADcXxAATk0TACxgEACAYBAAjmAQANZgEADnYBAApE0TADNhEAD6TRMApWEQAPxOEwDgYRAA/k8TADRiEACEYhAAiWIQANpiEADeYhAAMGMQAD1jEABUUBMAi2MQANxjEADgYxAAMmQQADRkEACIZBAAoWQQAN5kEADvZBAANGUQAEBlEACqUBMAjWUQAEBrEACWZRAA4GUQAPNlEAA2ZhAAN2YQAIxmEACYZhAA4mYQAPFmEAA4ZxAAQmcQAI5nEACaZxAA5GcQAOtnEAAAURMAQmgQAJBoEACSaBAAqHQQAJNoEACabRAAlmgQAOZoEACcaBAA9G8QAJ1oEAAi3RAA8mgQADxpEABLaRAAkmkQAJ5pEADoaRAA9mkQAD5qEABZahAAlGoQAKBqEADqahAA8WoQAFZREwBNaxAAlmsQAJhrEADsaxAA7WsQAEJsEABFbBAAmGwQAKNsEADubBAA82wQAERtEABObRAArFETAKdtEADwbRAA8m0QAEZuEABHbhAAnG4QAJ9uEADybhAA/W4QAEhvEABNbxAAnm8QAKhvEAACUhMAB3AQAEpwEABLcBAAoHAQAKxwEAD2cBAABXEQAExxEABWcRAAonEQAK5xEAD4cRAA/3EQAFhSEwBWchAApHIQAKZyEAD6chAACXMQAFBzEABacxAApnMQAK9zEAD8cxAA/nMQAFJ0EABjdBAABFMTALd0EAD+dBAACHUQAFR1EABddRAAqnUQAKx1EAAAdhAAEXYQAFZ2EABedhAArHYQAMp2EAACdxAACncQAFh3EABkdxAArncQAMF3EAAEeBAABXgQAFp4EABmeBAAsHgQAL94EAAGeRAAEHkQAFx5EABoeRAAsnkQALl5EABaUxMAGXoQAF56EABvehAAtHoQALx6EAAKexAAEXsQAGB7EABuexAAtnsQAMZ7EAAMfBAAHHwQAGJ8EAB+fBAAsFMTAMV8EAAOfRAAJX0QAGR9EABsfRAAun0QAMh9EAAQfhAAGn4QAGZ+EAByfhAAvH4QANJ+EAASfxAAFX8QAGh/EACEfxAABlQTAMh/EAAUgBAAHIAQAGqAEAB5gBAAwIAQAMWAEAAWgRAAI4EQAGyBEAB2gRAAwoEQAMSBEAAYghAAJoIQAG6CEAB7ghAAxIIQAMeCEABcVBMAJYMQAHCDEAB6gxAAxoMQAM6DEAAchBAAK4QQAHKEEAB3hBAAyIQQANWEEAAehRAAKIUQAHSFEAB2hRAAyoUQANiFEAAghhAALYYQAHaGEAB5hhAAslQTAM+GEAAihxAALocQAHiHEAB/hxAAzocQANaHEAAkiBAAPYgQAHqIEACOiBAA0IgQAOyIEAAmiRAALokQAF5VEwCEiRAAtFUTAN+JEAAoihAAL4oQAH6KEACGihAA1IoQANmKEAAqixAAOosQAICLEACIixAA1osQAOSLEAAsjBAAOYwQAIKMEACPjBAA2IwQAOSMEAAujRAANI0QAISNEACMjRAA2o0QAOaNEAAwjhAAQ44QAIaOEACVjhAA3I4QAOiOEAAyjxAAM48QAIiPEACSjxAA3o8QAOyPEAA0kBAAOZAQAIqQEACXkBAAClYTAOOQEAA2kRAAQJEQAIyREACOkRAA4pEQAPGREAA4khAAWJIQAI6SEACWkhAA5JIQAO6SEAA6kxAAQJMQAJCTEACSkxAA5pMQAPWTEAA8lBAASJQQAJKUEACalBAAYFYTAAaVEAA+lRAAXJUQALZWEwCylRAA6pUQAAiWEABAlhAASJYQAJaWEACllhAA7JYQAO6WEABClxAAS5cQAJiXEACblxAA7pcQAPqXEABEmBAAS5gQAJqYEACimBAA8JgQAAmZEABGmRAAWpkQAJyZEAC4mRAA8pkQAPqZEAAMVxMAZpoQAJ6aEAC8mhAAYlcTAA2bEABKmxAAT5sQAKCbEAC7mxAA9psQAAKcEABMnBAAVJwQALhXEwC1nBAA+JwQAAedEABOnRAAWp0QAKSdEAClnRAA+p0QAASeEABQnhAAXp4QAKaeEACrnhAA/J4QAAmfEAAOWBMAVp8QAKifEACqnxAA/p8QAAGgEABUoBAAXKAQAKqgEAC0oBAAAKEQAAuhEABWoRAAYqEQAKyhEAC0oRAAZFgTABCiEABYohAAXqIQAK6iEAC6ohAABKMQABOjEABaoxAAZKMQALCjEAC4oxAABqQQABWkEABcpBAAXqQQALKkEAC7pBAACKUQAAulEABepRAAaqUQALSlEAC8pRAAulgTABqmEABgphAAaKYQALamEADAphAADKcQABenEABipxAAbqcQALinEADApxAAEFkTABOoEABkqBAAdagQALqoEADLqBAAEKkQABWpEABmqRAAaqkQALypEADKqRAAEqoQAB+qEABoqhAAf6oQAL6qEADGqhAAFKsQACCrEABqqxAAfasQAMCrEADPqxAAFqwQACKsEABsrBAAbawQAMKsEADMrBAAGK0QACatEABurRAAc60QAMStEADRrRAAZlkTACCuEABwrhAAfq4QAMauEADTrhAAHK8QADOvEAByrxAAeq8QAMivEADTrxAAHrAQACCwEAB0sBAAgbAQAMqwEADRsBAAILEQADGxEAB2sRAAhLEQAMyxEADZsRAAIrIQADmyEAB4shAAgLIQAM6yEADTshAAJLMQADSzEAB6sxAAgrMQANCzEADasxAAJrQQADG0EAB8tBAAiLQQANK0EADatBAAEloTAEG1EAB+tRAAg7UQANS1EADvtRAAKrYQADa2EACAthAAiLYQAGhaEwDpthAALLcQADu3EACCtxAAjrcQANi3EADZtxAALrgQADi4EACEuBAAkrgQANq4EADfuBAAMLkQAD25EAC+WhMAjrkQANy5EADeuRAAMroQAD+6EACIuhAAjboQAN66EADouhAANLsQAD+7EACKuxAAlrsQAOC7EADmuxAANrwQAD68EACMvBAAmLwQAOK8EAD1vBAAOL0QAEe9EACOvRAAmr0QAOS9EADlvRAAOr4QAES+EACQvhAAnr4QAOa+EADrvhAAPL8QAEm/EAAUWxMAl78QAOi/EAD3vxAAPsAQAE3AEACUwBAAncAQAOrAEADwwBAAQMEQAEbBEACWwRAAosEQAOzBEADzwRAAQsIQAF7CEABqWxMAosIQAO7CEAD6whAARMMQAEfDEACawxAApMMQAMBbEwD4wxAAFlwTAE7EEABsXBMApMQQAMJcEwD6xBAASMUQAEnFEAACzRAAVcUQAJ7FEABcxRAAUsoQAF/FEAC60xAAYcUQAGzXEACfxRAA9MUQAArGEABKxhAAUsYQAKDGEACixhAAUMkQAK7GEAD2xhAA/sYQABhdEwADxxAATMcQAE/HEACixxAArMcQAPjHEAD6xxAATsgQAF/IEACkyBAAtcgQAPrIEAACyRAAbl0TAFfJEACmyRAArckQAPzJEAAEyhAAxF0TAFTKEACoyhAArsoQAP7KEAALyxAAVMsQAFzLEACqyxAArMsQAADMEAAHzBAAVswQAF3MEACszBAAtMwQABpeEwAPzRAAWM0QAFnNEACuzRAAxM0QAATOEAAMzhAAWs4QAFzOEAAK0RAAaM4QALDOEAC4zhAAcF4TAL3OEAAGzxAACc8QAFzPEABmzxAAss8QALTPEAAI0BAAGdAQAF7QEABv0BAAtNAQALzQEADGXhMAEdEQAGDREABn0RAAttEQAL7REAAcXxMAFtIQAGLSEABk0hAAuNIQAMnSEAAO0xAAH9MQAGTTEABs0xAAcl8TAL/TEAB02xAAxtMQABDUEAAm1BAAZtQQAG7UEAC81BAAytQQABLVEAAf1RAAaNUQAGvVEAC+1RAAyNUQABTWEAAW1hAAatYQAHvWEADA1hAA0dYQABbXEAAe1xAAyF8TAHXXEADC1xAAz9cQABjYEAAf2BAAbtgQAH/YEADE2BAA0NgQABrZEAAi2RAAHmATAH3ZEADG2RAAydkQABzaEAAm2hAActoQAHTaEADI2hAA2doQAB7bEAAv2xAAdGATAHzbEADK2xAA4dsQACDcEAAs3BAAdtwQAIDcEADM3BAA1NwQAMpgEwAj3RAAeN0QAI7dEADO3RAA1t0QACTeEAAy3hAAet4QAILeEAAgYRMAh94QANDeEADT3hAAJt8QADDfEAB83xAAft8QANLfEADj3xAAKOAQADngEAB+4BAAhuAQAHZhEwDa4BAAKuEQAC/hEACA4RAAm+EQANbhEADk4RAALOIQADPiEACC4hAAjuIQANjiEADe4hAALuMQADHjEACE4xAAjuMQANrjEADg4xAAMOQQADLkEACG5BAAkOQQANzkEADo5BAAMuUQAEnlEACI5RAAnOUQAN7lEAD65RAANOYQADzmEADMYRMAjOYQAODmEADu5hAANucQAEfnEAAiYhMAk+cQAHhiEwDw5xAAOOgQAELoEACO6BAAmegQAOToEADs6BAAOukQAEbpEACQ6RAAo+kQAObpEAD16RAAPOoQAEjqEACS6hAAk+oQAOjqEADy6hAAPusQAEzrEACU6xAAmesQAOrrEAD36xAAJGMTAEjsEACW7BAAoOwQAOzsEADx7BAAQu0QAErtEACY7RAAnu0QAO7tEAD67RAARO4QAEruEACa7hAAo+4QAPDuEAD97hAARu8QAE7vEACc7xAAne8QAPLvEAD07xAASPAQAEvwEACe8BAAofAQANBjEwAK8RAASvEQAFLxEACg8RAArPEQAPbxEAD88RAATPIQAFLyEACi8hAAp/IQAE7zEADQ8hAA+PIQAADzEAB8ZBMAVPMQANJkEwC68xAA+vMQAPzzEABQ9BAAXfQQAKb0EACt9BAA/PQQAAT1EABS9RAAYvUQAKj1EACq9RAA/vUQAAz2EABU9hAAZfYQAH5lEwCx9hAA1GUTAA73EABW9xAAYPcQAKz3EAC39xAAAvgQAAr4EABY+BAAZPgQAK74EADB+BAABPkQABL5EABa+RAAZPkQALD5EAC4+RAABvoQABX6EABc+hAAYfoQALL6EAC5+hAACPsQABT7EACAZhMAnfsQALT7EADz+xAACvwQABL8EADWZhMAivwQALb8EADC/BAADP0QABL9EABi/RAAaP0QALj9EAC9/RAADv4QABT+EAAsZxMAZf4QALr+EADA/hAAEP8QABX/EABm/xAAdf8QALz/EADI/xAAEgARABUAEQBoABEAawARAL4AEQDGABEAFAERACMBEQBqAREAbwERAMABEQDWAREAFgIRABcCEQBsAhEAfQIRAMICEQDOAhEAGAMRACIDEQBuAxEAegMRAMQDEQDLAxEAgmcTACoEEQBwBBEAfAQRAMYEEQDVBBEAHAURADAFEQByBREAgQURAMgFEQDZBREAHgYRACoGEQDYZxMAdgYRAMoGEQDYBhEAIAcRADEHEQAuaBMAfAcRAMwHEQDYBxEAhGgTACgIEQB4CBEAfggRAM4IEQDTCBEAJAkRACoJEQCGaRMAfwkRANAJEQDSCREAJgoRADcKEQDeahMAiAoRANIKEQDYChEAKAsRADQLEQB+CxEAhgsRADRrEwDaCxEAKgwRADYMEQCADBEAiAwRAIprEwDiDBEALA0RAC8NEQCCDREAjA0RAOBrEwDaDREALg4RADwOEQCEDhEAlQ4RAIxsEwDgDhEAMA8RADwPEQDibBMAjg8RANwPEQDfDxEAMhARAD4QEQCIEBEAlBARAN4QEQDmEBEAjm0TAD8REQCKEREAlhERAOAREQDoEREA5G0TAD8SEQCMEhEAnRIRAOISEQDzEhEAOBMRAEATEQCOExEAkRMRAOQTEQDuExEAOhQRADwUEQCQFBEAnxQRAOYUEQAGFREAPBURAEQVEQCSFREAnBURAOgVEQDuFREAPhYRAEAWEQCUFhEAoxYRAOoWEQD2FhEAOm4TAEwXEQCWFxEAtBcRAOwXEQDyFxEAQhgRAEsYEQCYGBEApRgRAO4YEQD2GBEARBkRAFoZEQCaGREAnBkRAPAZEQALGhEARhoRAFIaEQCcGhEAqRoRAJBuEwD4GhEASBsRAFAbEQCeGxEAtBsRAPQbEQD5GxEAShwRAFAcEQCgHBEArBwRAPYcEQD+HBEA5m4TAFkdEQCiHREAsh0RAPgdEQD9HREATh4RAFQeEQCkHhEAuh4RAPoeEQD8HhEAUB8RAFofEQCmHxEAtB8RAPwfEQABIBEAUiARAF8gEQA8bxMAtyARAP4gEQAHIREAVCERAF4hEQCqIREAuCERAAAiEQAFIhEAViIRAGMiEQCsIhEAtCIRAAIjEQASIxEAWCMRAFojEQCuIxEAvCMRAAQkEQAVJBEAkm8TAGEkEQDobxMAtSQRAAYlEQAMJREAXCURAGQlEQCyJREAvCURAAgmEQAKJhEAXiYRAGEmEQC0JhEA1CYRAJRwEwAWJxEAYCcRAGYnEQC2JxEAwicRAAwoEQAUKBEA6nATAG4oEQC4KBEAvigRAA4pEQAaKREAZCkRAGwpEQBAcRMAvCkRABAqEQAeKhEAZioRAHcqEQCWcRMAySoRABIrEQApKxEA7HETAHIrEQC+KxEAyisRABQsEQAXLBEAaiwRAHQsEQBCchMA0SwRABYtEQAdLREAbC0RAHQtEQDCLREAzy0RABguEQAdLhEAbi4RAHguEQDELhEAzC4RABovEQApLxEAcC8RAHUvEQDGLxEA3C8RABwwEQAdMBEAcjARAIAwEQDIMBEA2TARAB4xEQAqMREAdDERAHwxEQDuchMAzjERAFgBAADSMREAIuESANYxEQCMjw8ALDIRABIJAAB+MhEAfDURADE0EQBWKwAAfjQRAFotAACMNREAeDwAACs2EQB+PwAAgTYRAORHAAAsNxEA9JoQAC03EQCUSgAAMTcRADqkAwA0NxEAGscHAIQ3EQAOXQAAMDgRAHBjAACGOBEA3m8AADE5EQCWdgAAkzkRAKh/AADeOREABIMAADI6EQAMhwAA5DoRAHSQAACnOxEA3jsRAEA+EQCg0QAAPj8RALjdAACUPxEAIOcAAEBAEQDo9QAA9EARAFD/AABiQREApv8AAJZBEQD8/wAA9kERAAgGAQCgQhEAtgcBAPVCEQDADAEAt0MRANIVAQD6QxEA3hsBAGNEEQCaRBEADEURAEZFEQBORREAnEURAKhFEQBCIwEA+kURAPIlAQC6RhEA9EYRAPxGEQBKRxEATEcRAFYtAQCsRxEAYjMBAFRIEQDKPAEAsEkRAFJWAQBYShEABFoBAGxKEQA+mRIAdEoRADqXEgDLShEAWloBAAJLEQCyWwEAZEsRAAxeAQCtSxEAEmEBAAJMEQAWYwEADE0RAOZ1AQBwTREArE0RALRNEQA8dgEAEU4RAJZ4AQC6ThEAVoMBACdPEQCsgwEAZk8RAFqFAQC4TxEABlARABBQEQCwhQEAZlARALqKAQBsUhEAmKQBAL5SEQAMUxEAHFMRAO6kAQDEUxEA9qgBABZUEQBkVBEAdFQRAEypAQAcVREACLIBAHBXEQAONgIAdFcRALw3AgB4VxEANMgBAIRXEQAuRgIAHlgRAHjhEgAfWBEAiFwMACJYEQA6ywEAMlgRAEi9DAB0WBEABqYRAIhYEQCQywEAmlgRAFIkEwDJWBEA5ssBAMxYEQBcSA0AelkRAPDQAQDQWREARtEBAH5aEQCo1wEAJVsRALTdAQDRWxEAvOEBACFcEQB0XBEAgFwRAGjiAQB+XREAzF0RAM9dEQCKYQ4A2F0RACDpAQA3XhEA0OsBAJleEQDOXhEAKF8RAC6yDQA0XxEAQvoBAFFfEQDW7gEAhl8RADj1AQAyYBEA7PkBAN5gEQBE+wEARGERAJr7AQDgYREAtJsLAORhEQBG/AEAM2IRAEj9AQA6YxEAsgcCAOFjEQAu2wwA5GMRALwMAgDmYxEA7ukOADZkEQAq5RIASGQRAIRkEQDiZBEAMGURAPZkEQAmFwIAM2URAAJxDQA6ZREAGHwNAD1lEQAsWw0AQGURAIIyDgBBZREA4DYOAEtlEQDADgIAUWURAMB6DQDeZREAHhMCAAZmEQCSkA4AQGYRAMwUAgCUZhEAzhUCAP1pEQCeKAIAwHcRAGKhDQBoeBEArHgRABR5EQBYeREAvnkRAKBoDADEeREAst4CAAl7EQDckhIADnsRALJ7EQAiexEAuH4RACp7EQDklhIAMHsRANLuAgC0exEAsPEMALZ7EQAGcw0AuXsRADovCQC8exEAKO8CAMF7EQB+7wIAw3sRAKqzBADpexEAQgAFABh+EQDy/gIAwH4RAA5/EQAPfxEABBwNABh/EQAy4w8AHX8RANQFDgAtfxEA2j0TAG5/EQD8AwMAaYARAE4tAwBsgBEACvAKAG2AEQDUGgMAb4ARAGALAwBwgBEAFhEDAHKAEQA6JQQAc4ARAHATAwB0gBEAjCEDAHWAEQAQDgMAdoARANwgBAB8gBEAdhYDAKWAEQBe+xAAxIMRAABcAwDIgxEAWDIDAMyDEQCmQg0AJIQRALI0AwB2hhEA6lADAOOHEQAWZwMAj4gRACpxAwBBiREAMnUDAIGJEQCSegMAfIoRAAqMAwDYihEAJosRADSLEQBkjgMALIwRAPKXDwA2jBEAIJcDAC2NEQDqpgMAiY4RABq/AwAvjxEAgMcDAOyPEQAwkBEANJERAAA1BQA1kREAHuwDADyREQDoBQkA4ZERACbwAwDlkREABhUJAOOSEQBSBgQA7ZMRAL4RBACdlBEAGhUEAFaVEQCQlREAmJURAOaVEQD1lREA1BwEAEaWEQAwIAQA8ZYRAILaDAD0lhEA3iEEAEaXEQCUlxEAWpcRAISREgCelxEANCIEAEiYEQDqJwQApZgRAO4pBABImREA+i8EAKCZEQAs1AkA8ZkRALI2BAD8mhEAgkkEAE6bEQCwJhIAuJsRAPKbEQD6mxEASJwRAFWcEQCoXAQAV5wRAJ6CBABZnBEA3kwEAAeeEQBsaQQABJ8RAJJ8BABWnxEApJ8RALWfEQDqfQQAtaARABKSBAAGoREAbpUEAKqhEQAonQQAD6IRAOCjBAAaohEA+K8EACeiEQDsqQQAKaMRAE6wBADLoxEAXLcEAAikEQC+vQQAtaQRADLNBAC6pBEANq4JALukEQDosQkAvaQRANaoCQAgpREAWqURAGKlEQCwpREACKYRAOa4DQAOphEA2pESABCmEQA40AQAEqYRAOK6DwApphEALj0TAEymEQDc4g8AZKYRAD7TBADfphEACKcRABOnEQBA1AQAvqcRAPbZBABvqBEAsOEEAA+pEQDC6gQAfqkRAHDsBADFqREA1vQEAMepEQDG7AQAFKoRACLwBAAYqhEAJvIEABqrEQCG9wQAIawRAJwCBQBrrBEApgcFADSvEQBurxEAdq8RAMSvEQDTrxEAmiwFACOwEQBUNAUAHrERALo8BQApsREAYu0IAHWxEQAWQAUAebIRAJRUBQCDshEAhEwFANCyEQDgTwUA1LIRAORRBQA+tBEAeLQRAIC0EQDOtBEA07QRALxoBQDdtBEArGAFACq1EQAIZAUALrURAAxmBQAytxEAPn8FANq3EQBQiAUAhrgRACKcBQBRuREA7KsFAKi5EQBMsQUA57kRAFCzBQA+uhEAsrkFAJC6EQC0ugUA4roRADC7EQA6uxEACrsFAIm7EQAQvgUAkbwRACTIBQBQvREAir0RAJK9EQDgvREA5r0RAObTBQBMvhEAmNcFAPi+EQAG5AUAPL8RABruBQDzvxEAIvIFAJ/AEQAy+gUAWMERAJLBEQCawREA6MERAPjBEQBMBwYAFMIRAKoLBgBKwhEATggGAJzCEQDqwhEA9MIRAKQIBgAIxBEAQsQRAErEEQCYxBEAocQRAHAZBgD4xBEAdBsGALbFEQDwxREA+MURAEbGEQBHxhEAiiYGAEvGEQB8dQYATMYRAPgyBgBTxhEARC4GAFXGEQAqIQYAosYRAIYkBgCmxhEAzHIGAKjHEQD0MAYAqsgRABJABgAAyREAcEQGAFLJEQByRQYABsoRANhNBgDAyhEA+soRAALLEQBQyxEAWssRAOhVBgCpyxEA9lwGAG7MEQCozBEAsMwRAP7MEQALzREAVGEGAA3NEQBoawYAWc0RAFxlBgAGzhEAxG4GAF7OEQDIcAYAys8RAATQEQAM0BEAWtARAGnQEQDgfAYAutARADyABgDA0hEAZpUGACbTEQBg0xEAfNMRALbTEQDD0xEAvpYGANTUEQAO1REAFtURAGTVEQBn1REAjKgGAEfWEQCmtQYAv9YRALC6BgDD1hEAYEgMAHXXEQBowQYAwdcRAHDFBgAg2REAktYGAHjZEQDy2wYAdtoRAGyeCQCK2hEAFp4JAODaEQAa2xEAItsRAHDbEQBz2xEAAuQGAOLbEQAc3BEAJNwRAHLcEQCB3BEAtOcGANPcEQBs7gYAIt4RAOL+BgDT3hEA3t8NANjeEQBwrA8A294RAJIBBwDc3hEAwqoPAC7fEQCaBQcAQOARAHrgEQCC4BEA0OARANngEQBYDwcAMOERAFwRBwDh4REAahgHAEHiEQDUIgcA1+IRAJArBwCD4xEAUDYHAC/kEQC+QgcAOOURAIJPBwCO5REA3lIHAOblEQA6VgcATOYRAIbmEQCO5hEA3OYRAOvmEQBQYQcA7OYRAJJXBwA+5xEAlFgHAJDnEQDe5xEA6OcRAOpYBwCQ6BEArGQHADnpEQBmbAcA6ukRABhwBwCq6hEA5OoRAOzqEQA66xEASesRAIB5BwCc6xEA3HwHAO7rEQA87BEAS+wRADR+BwD37BEAQIQHAEjtEQCchwcAoe0RALSTBwCj7REAqI0HALLuEQDs7hEA9O4RAELvEQC07xEA7u8RAPbvEQBE8BEAUfARAISmBwCn8BEANKkHAP7wEQDmrAcAnvERAEizBwBU8hEAVroHAP/yEQAqzwcAWPQRAKjjBwCq9BEA+PQRAAf1EQAA5QcAdPURAFjmBwCw9hEAuuwHAAj3EQAY8QcAWvcRAKj3EQC39xEAcPIHACT4EQDI8wcAWfkRAHz4BwCx+REAiv8HAF36EQD6DAgACfsRAL4ZCADA+xEAdB8IABP8EQDMIAgAuPwRAIAlCAB6/REAtP0RALz9EQAK/hEAY/4RAOguCAAb/xEAmDEIANT/EQAOABIAFgASAGQAEgBuABIAqjoIAMgAEgBYPAgAHwESAGJBCABwARIAwEUIABsCEgAeSggAIAMSACpQCAByAxIAwAMSAMIDEgCAUAgAiAQSAMIEEgDKBBIAGAUSADYGEgBwBhIAeAYSAMYGEgDkBxIAHggSACYIEgB0CBIAfggSAC59CAA8CRIAdgkSAH4JEgDMCRIA1gkSAHCeCADiCRIAUI4IACcKEgBUkAgAggoSABCZCADZCxIA8rQIAN0LEgDgqwgANAwSAOyxCAB9DBIA8LMIADINEgD2tggAgQ0SAPy5CAA0DhIAXL8IAIwOEgC+xQgAOA8SAMTICACODxIAGskIAPQPEgAuEBIANhASAIQQEgCTEBIAyssIAD0REgCM1wgAlhESAETeCACkEhIA3hISAOYSEgA0ExIAQxMSAKznCAA5FBIAjBQSAKYUEgAg9wgA/hQSADgVEgBAFRIAjhUSAJ0VEgAo+wgAGhYSANb8CACsFhIA5hYSAO4WEgA8FxIAoRcSAIgACQDuFxIA5AMJAKAYEgDqBgkA/BgSAEgLCQCdGRIArJMJAKAZEgD8DwkA8xkSAP4QCQD4GhIAeCMJAE4bEgAwKgkAoRsSADIrCQC4HBIA8hwSAPocEgBIHRIAVB0SAKI4CQCmHRIA9B0SAPgdEgD6OQkAWh4SAKg7CQASHxIATB8SAFQfEgCiHxIAzB8SABpKCQD9HxIAflEJAGogEgAcegsArCASAPogEgAyIRIA3lYJAMkhEgD8IRIAASMSAHJ2CQAHJBIAPocJAGAlEgCuJRIA0yYSAAYnEgAlJxIAXCcSAMInEgDKogkAZigSACqoCQAQKRIAMqwJAG8qEgCMWgoAcSoSAEq4CQC+KhIAprsJAMYsEgAQxgkAFS0SAHTNCQAcLRIAbsoJAB4vEgBsLxIAGzASAKDjCQAmMRIAtu4JAHoyEgDIMhIA8TISAN4CCgCQMxIAyjMSANIzEgAgNBIALzQSAO4KCgB8NBIASg4KAIA0EgDcVwoAJzUSAE4QCgCANRIAzjUSAPc1EgCoEgoAgjYSAFoWCgD5NhIAsBYKAIQ4EgAsKgoAjDkSADoxCgCOOhIAoDkKAPQ6EgD2OQoAPTsSAEw6CgCKOxIAqD0KADw8EgCuQAoAojwSAARBCgDrPBIAWkEKADg9EgC2RAoAtD4SAOA+EgBSPxIAjD8SAJQ/EgDiPxIAk0ASAJReCgCUQRIArGoKAFFCEgB0eQoABEMSAD5DEgBGQxIAlEMSAJ5DEgAygwoAbkUSAPSOCgCcRhIAfqkKAPlGEgA0rwoAnkcSAPC3CgACSBIATLsKAKhIEgC6xwoAAUoSAObdCgBeShIAokoSAK1LEgBa7QoAaU0SAHr9CgADThIAhAILAGFOEgDgBQsAHE8SAFZPEgBeTxIArE8SAARQEgCcDgsAIFESAFpREgBiURIAsFESANpREgC2GwsAZVISABgiCwC6UhIACFMSABZTEgDEIgsAZFMSAB4lCwAXVBIAKCoLAGFUEgAwLgsAa1USAEQ4CwBuVRIA8DgLAMdWEgAKRgsAFVcSAGJHCwBzVxIAvkoLAMRXEgBuTQsAFVgSAMRNCwCMWBIAvlgSAIZZEgCIWgsA6lkSAN5aCwAgWxIAblsSAJdbEgCWYQsAolsSAEJiCwB+XRIASmYLANhdEgCmaQsAK14SAP5qCwAtXxIAYHELAHtfEgBodQsAQWASAHhgEgAmYRIA3IQLAIFhEgCYjQsAKGISAPCOCwCuYhIA+JILAOhiEgAAlwsALWMSAFqZCwDaYxIAGqQLAOpjEgCmvwsAQmUSADayCwCHZRIAkLQLAO5lEgDqtgsA+GcSADJoEgA6aBIAiGgSAJVoEgBy0AsA62gSAHjTCwCXaRIAKtcLAFVqEgCMahIA9GoSAAh+EgABaxIAOGsSAPBrEgCa5AsA8msSAEDiCwCibBIA5mwSAEptEgAC7gsA+G0SAMT5CwBWbxIA6gwMAPdvEgDyEAwAUHASAP4WDACmcBIAZB8MAPtwEgBmIAwAoHESABwmDABichIAnHISAKRyEgDychIAZnMSAIwzDABNdBIA7jkMAGN1EgACRAwACHYSAGhMDADAdhIA+nYSAAJ3EgBQdxIAwncSAPx3EgAEeBIAUngSAAF5EgAwkhIABnkSAFR5EgAIeRIAztsPABp5EgC61xIAXnkSADRdDAAGehIA6mIMABR8EgDCeQwAI3wSAFp8EgC4fBIAunUMABV9EgAQdgwAX34SAISFDADCfxIARpEMANp/EgBwqg4AFIASAGKAEgCAgBIAnJEMACqBEgBkgRIAbIESALqBEgAeghIAopQMANiCEgColwwAhIMSAASbDACGhBIAwIQSAMiEEgAWhRIAiIUSAMKFEgDKhRIAGIYSAHyGEgAcpwwANocSAHCHEgB4hxIAxocSACqIEgDSrAwAOokSAHSJEgB8iRIAyokSAC6KEgA2tAwA6IoSADy3DACUixIAmLoMAC6NEgCAiQ8AhI0SANaJDwDujRIAKI4SADCOEgB+jhIA9I4SAAjIDACIjxIAiAgNADaREgBG8xIAOJISAHgvDwBMkhIATiITAF6SEgCGkhIAjpISAIJhEAC0khIA0FsPAAqTEgAykxIAi5MSAIoVEwD6kxIANJQSADyUEgCKlBIA7JQSAOTgDABSlRIAjJUSAJSVEgDilRIARJYSAJaSDgCklhIAmBANAOyXEgBIlg4A8pcSAPjqDABWmBIAqO0MAEaZEgCUmRIAo5kSAHQADgDymRIACFUTAFGbEgAQ9wwAW5sSALj1DABQnBIAwvoMAAydEgBGnRIATp0SAJydEgD7nhIA1AMNAA6hEgCgFA0ArKESAGQhDQAIoxIALjENAAikEgA0NA0AWaUSABp/DgBcpRIAUkUOAGClEgCePg0AZqUSAI6ODgAKphIAWKYSAGKmEgCoQw0AdqcSALCnEgC4pxIABqgSALSoEgDCUA0ADakSAHRUDQAUqxIA4F8NAGqrEgC4qxIAxKsSADxjDQBwrBIAmGYNABitEgBmrRIAfa0SAPhrDQByshIALocNACGzEgDiiw0Af7USAG6nDQA0thIAeLYSADG3EgA6uA0ANLcSAOK2DQA0uBIAlLoNAN64EgCWuw0ANrkSAJy+DQD3uRIAKroSAEi6EgD4wQ0ApLoSAFrIDQA6uxIAsMgNAI69EgDcvRIA3r0SAB7VDQA3vhIAytUNAD6+EgAk2A0AqMASAOLAEgDqwBIAOMESAELBEgD+7w0AAMISADrCEgBCwhIAkMISAJ/CEgAU+w0A7MISAHD+DQCYwxIA0AMOAETEEgAwCQ4AQ8USAPIUDgDvxRIASBUOAPjFEgB+XQ8AoMYSAKYZDgD2xhIARMcSAKjHEgBWHA4A/scSABAkDgBQyRIAnskSAKHJEgBsJw4AVsoSAMYpDgCoyhIA9soSAPnKEgDKKw4ArssSAHouDgAAzBIATswSAFHMEgB+MA4ABs0SAIQzDgBYzRIAps0SALDNEgDaMw4ABM4SAFLOEgBVzhIA3DQOAAbPEgDiNw4AXM8SAKrPEgCtzxIAOjkOAF7QEgCs0BIAr9ASAEI9DgBg0RIArtESALHREgBKQQ4AZtISAPxEDgBk0xIAXEoOAITTEgBuMhMAztMSALRLDgBh1BIAtNQSAGPVEgAOTg4AatUSAGhQDgAa1xIAdFYOABzXEgCa6g4AwtcSABDYEgBr2RIAtE0PAHDZEgAW2xIAytkSAI5jDgAm2xIA5mQOAHzbEgBAZw4AztsSAEJoDgA03BIAbtwSAMvcEgAOeQ4AztwSAHSBDgDT3BIA7mgOAN/cEgBYcw4Agt8SAAx4DgAu4BIAGH4OAIThEgC4JA8AouESAPYgEwC84RIAqskPANbhEgAk4hIAJ+ISAHaCDgCK4hIAJIQOANziEgAmhQ4ALuMSAHzjEgCG4xIAfIUOAC3lEgAyiw4ANOUSADaNDgDZ5RIAOI4OAFnnEgDqkQ4A4ucSAEaVDgB76RIAYCsTAPPpEgCM5Q8ANeoSABipDgCY6xIAeK4OAOrrEgA47BIAUewSANCvDgCR7BIA5OwSAF7tEgCEtA4ACu4SAIa1DgC27hIA3rYOAEbvEgCU7xIAnu8SAJC6DgBB8BIAOJAPAFHxEgBMww4AS/MSAF7MDgA79BIASPQSAJH0EgCe9BIA+vYSAH7cDgAE9xIA4uMOALj5EgBK7Q4ADPoSAEzuDgBc+hIA+O4OAK36EgBQ8A4Ar/sSAKryDgC2/BIABP0SAGL9EgCw/RIAXf4SALr6DgC6/hIACP8SAGb/EgC0/xIAYwATAMYADwAUARMAYgETAMABEwAOAhMAGAMTACYGDwByAxMAfgcPABoEEwBoBBMAeAQTANYIDwA3BRMAagUTAB8GEwCKDQ8AeAYTADoQDwDmBhMAGAcTADoKEwASJw8A6AsTAHIsDwCUDBMAyi0PAEANEwAiLw8A1Q8TAKRFDwCOERMAXk0PAIUSEwC6UA8APhQTAHRYDwDnFBMAJFsPAGMXEwDcYQ8AkRcTAIpjDwDsFxMAOkMTAEMYEwA6Zg8ARhgTAD5oDwCTGBMA5hgTAAIZEwA8GRMAlRkTAOgZEwAEGhMAPhoTAJwaEwDqGhMA9BoTAJRoDwBIGxMAiGoTAJwbEwCebQ8AphwTAPxxDwDxHBMArHQPAEwdEwCQQxMAWx4TAOLlDwD+HhMAxIAPALQiEwAqYBAABiQTAPaZDwABJRMAlJMPALYlEwCWlA8AticTAAQoEwAOKBMAUp0PAL4oEwACoA8AqSsTALYrEwD/KxMADCwTAFUsEwBiLBMAqywTALgsEwABLRMADi0TAFctEwBkLRMAHC4TABKoDwCCLhMAaKgPABMvEwDAqQ8AhC8TAGyqDwAdMBMAxKsPAIYwEwDAMBMAMjETAGwxEwDQMRMAIK8PAJYyEwDEMhMA7DITABozEwBCMxMAcDMTAJgzEwDGMxMAzTMTAPTDDwAkNBMAcjQTAHc0EwDSsg8AzTUTAOa8DwAuNxMARMEPANE3EwAkOBMAojgTANA4EwD4OBMAJjkTAE45EwB8ORMApDkTANI5EwD6ORMAKDoTAPw6EwAqOxMAUjsTAIA7EwCoOxMA1jsTAP47EwAsPBMAVDwTAII8EwA6PRMAIggRAD49EwB0BhEANz4TAFjLDwCUPhMAZtIPAFE/EwCIPxMA/T8TANLdDwA9QBMAMOIPAKlAEwDgQBMAlEETAOJBEwDyQRMANOQPAERCEwA25Q8Ao0ITAEDsEAD1RhMAriEQAE5HEwBaIhAATEgTACg0EAD4SBMA4DoQAKRJEwDuQRAAUEoTAKRHEAD8ShMACE8QAKhLEwC8UxAAVEwTAHBYEAAATRMAKF8QALBNEwAsYRAAFE4TAFBOEwBYThMApk4TAGBSEwCuUhMAzFITAE5yEAASVhMA4JAQAH5WEwDolBAAKlcTAEiaEADEVxMAopwQABZYEwBSnxAAa1gTAAKiEAC/WBMACqYQACBZEwAOqBAAglkTALxZEwAUWhMAKLUQAHRaEwDWthAA01oTAIa5EAAcWxMAkr8QANxbEwDwwxAALGATAHDZEADcYRMAiuYQAC5iEwCM5xAAgGITAM5iEwDSYhMA4ucQACxjEwB6YxMA2GMTACZkEwDaZBMAKGUTAIplEwCq9hAA3GUTACpmEwAuZhMAAPcQAFdnEwBk/hAAN2gTAHYHEQCHaBMA2mgTAAJpEwAwaRMAiWkTANxpEwAEahMAMmoTAJ9qEwB6CREANmsTANQLEQCUaxMA1gwRAOhrEwA2bBMARmwTANgNEQCVbBMA2g4RAOVsEwA4bRMAmG0TADQREQD0bRMANhIRAPRuEwBMHREAnm8TAFokEQDwbxMAPnATAE5wEwCwJBEA7nATAGIoEQBQcRMAuikRAKRxEwC8KhEA9HETAGgrEQBFchMAmHITAA==","fail":"AAAAAAAAAABmiQAA3MYBAFrZAACwOwcA0kICAHwjCABkCwIA0gINAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAXvMMANbbDQAs3A0AgtwNANjcDQAu3Q0AhN0NANrdDQAw3g0Aht4NANzeDQAy3w0AiN8NAAAAAACwOwcA0kICANJCAgBaiQMAqC0CAP4tAgCIYA4AxKkOALbgAgAM4QIANBwBACzMBQDOsA8AWokDAGQLAgDGwwUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCANICDQA85A0AkuQNAOjkDQA+5Q0AlOUNAAAAAACwOwcAZAsCAJAKDABuFAQAVi8CANzWCQA6IQIAZokAAGo5AgDiOxAAODwQALy4AgBOJwAAZAsCAK5tCwAEbgsAkkkAAIR3BQAqlgAAgJYAACTCAgBkGwoAuhsKAGQLAgBe8wwA1tsNACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCy6AcAhDENAFYAAABWAAAASmQKANJCAgCSSQAAZAsCALLoBwAqwwEAAAAAACqWAADykQwAWpsMAOgeAACGGAAAfCMIANIjCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwDs4AoAiBkAAOYKDAAeVg4AWAEAAK4BAAAEAgAAWgIAALACAACy6AcAhDENAFYAAABWAAAAkqEBADhPBAAqlgAAZLMAANJCAgAoQwIAdMcGAGQLAgDSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAACqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAOE8EAI5PBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAJA1DACqbQwAAG4MAPBlDABGZgwAnGYMAPJmDADqIwIABG4LAEJQAgAOxQkAZMUJALrFCQB8IwgAZAsCAIK1DwAizwkAZAsCAIhgDgAuYhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAANzWCQAOywwAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAKq9CQAAvgkAAAAAAMqQAAAqlgAAcg4AABSPAgAQHgsAfCMIAGQLAgCy6AcAYjEAALgxAAAOMgAAZDIAABgqDwA6IQIAZokAANzGAQDoHgAAfCMIAGQLAgDSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAPBlDABGZgwAMhkAAIgZAADmCgwAHlYOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgDKWA8AIFkPAJAKDACQSgEA5koBACTCAgDMkwEAfCMIAF6jDwCQCgwA5goMAB5WDgBYAQAArgEAAAQCAABaAgAAGCoPADohAgBmiQAA3MYBAOgeAAB8IwgAZAsCANICDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMA8GUMAEZmDAAyGQAAiBkAAOYKDAAeVg4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAMpYDwAgWQ8AkAoMAJBKAQDmSgEAJMICAMyTAQB8IwgAXqMPAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAABgqDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAYKg8ATicAABBFCQDSQgIA7I4MABSPAgAYKg8ANBwBADAoCAByDgAAKsMBAD51AAA0Cw4AeNEKABrTDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAkAoMAOYKDAAeVg4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgA45g8A0gINAB6cBgCy6AcAWnYPAIR3BQDadwUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgBe8wwAXqMPAIYYAADyVAMAKpYAAHwjCABkCwIAugsCACD/DADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgBixgoA3BgAAFrZAACGGAAAZAsCAF7zDADSIwgATBsQAKIbEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAHwjCABeow8AhhgAAPJUAwAqlgAAfCMIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAAAi9gcAVi8CAHwjCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQA4TwQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAqr0JAAC+CQCSSQAAhHcFANp3BQAqlgAAJMICAHrCAgDQwgIAZAsCAJA1DACqbQwAAG4MAPBlDABGZgwAnGYMAPJmDABE6A0APOQNAFa8CADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AANItDQBWAAAAVgAAAEpkCgDSQgIAkkkAABAeCwB8IwgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQASywsAAAAAAJKhAQA4TwQAKpYAAIYYAACSSQAAZAsCAF7zDADW2w0ALNwNAILcDQDY3A0ALt0NAITdDQDa3Q0AMN4NALLoBwCEMQ0AVgAAAFYAAABKZAoA0kICAJJJAABkCwIA0gINAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgD4tQcAZosBAMRTDgBkCwIAqr0JAAC+CQAAAAAAypAAACqWAAByDgAAFI8CABAeCwB8IwgAZAsCADohAgBaiQMAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAjFIGAGSzAACExwIAnFICAIxSBgCwOwcAIs8JAGQLAgCQCgwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAANICDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAKq9CQAAvgkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAPKLCQAizwkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAxsMFAITHAgDaxwIAMMgCALyjDQASpA0AaKQNAFrZAADMkwEABjoGAOhJAAAyMw0ApuYJAJJJAABkCwIA0gINAM6wDwBaiQMAZAsCAJAKDADmCgwAHlYOAFgBAACuAQAABAIAAFoCAACwAgAAxsMFABzEBQByxAUATicAABBFCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgDGwwUAurMAABC0AABmtAAAvLQAABK1AABotQAAsugHAOgeAACGGAAAkkkAAGQLAgDSAg0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMA8GUMAEZmDAAyGQAAiBkAAOYKDAAeVg4AWAEAAK4BAAAEAgAAWgIAALACAACQNQwAqm0MAABuDACy6AcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQCGzAQA0gINAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgAOxQkAZMUJALrFCQAQxgkAZsYJALzGCQDSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABAeCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAMCgIAEjcBgAacwgAZokAAM6wDwDyVAMAeO4DADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAALA7BwAizwkAfBcCANIXAgByDgAA6B4AAEjcBgBGsAYAnLAGAFyiDwAGOgYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAOiUEAJAlBADmJQQAPCYEAJImBADoJgQAPicEAJQnBADqJwQABPEMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIA0gINAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgAIehAAcg4AAOgeAAB8IwgAZAsCABgqDwCKZRAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgDKWA8AIFkPAKq9CQAAvgkAVr4JAKy+CQACvwkAWL8JAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAMCgIAEjcBgAacwgAZokAAM6wDwDyVAMAeO4DAJJJAABWLwIAZokAAAC8CABWvAgA6KEBAFrZAAAqlgAAfCMIAGQLAgAYKg8A0kICAPKLCQA6IQIAZokAADohAgCSoQEAzi0OACQuDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQBeow8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAACMUgYAsDsHAGQLAgAAAAAAAAAAAAAAAACGzAQAqr0JAAC+CQAA4QUA3MYBAMgOAAAizwkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAIQCCwDaAgsAMAMLAJAKDADmCgwAHlYOAFgBAACuAQAABAIAAFoCAACwAgAA8GUMAEZmDACcZgwA8mYMAEToDQA85A0AVrwIAOihAQBa2QAAKpYAAHwjCACGGAAA3BgAADIZAADSAg0ApMQOABKKAABoigAAvooAABSLAABqiwAAiGAOAMSpDgDOVg0AiGAOAC5iEADMkwEAeO4DAM7uAwAkwgIA3NYJADIzDQByDgAAFI8CAFrZAADMkwEABjoGAOhJAABkCwIAqr0JAChDAgA6IQIAOiECAMyTAQAGOgYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgCQCgwAkqEBAM4tDgAkLg4A3MYBAOgeAADGwwUAGnMIAHBzCADGcwgAHHQIAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAwHAIAOgeAAAiWA4AkkkAAIxSBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQA40AQAjtAEAOTQBADSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABAeCwCIYA4AxKkOALA7BwB8IwgAXqMPALBJDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAACL2BwBkCwIAxsMFANJCAgA6TAIAyvAFAF6jDwCGGAAAkkkAAIxSBgBmiQAAALwIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICADhPBAB8IwgA0iMIALyJAAASigAAaIoAAL6KAAAUiwAAmr8OAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgCK1ggAypAAANJCAgA6TAIAyvAFAEQ0CQAqlgAAcg4AAJzADgDcGAAA3kYBADQcAQAszAUAnFICAGSzAAB8IwgAXqMPAIYYAADyVAMAKpYAAAAAAACwOwcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAIP8MANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCACD/DADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgDSAg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAZBsKALobCgDsjgwAgpkBALA7BwAizwkAzJMBACKUAQDyVAMA2EkEAGDeAQA0HAEAZAsCALLoBwCEMQ0AVgAAAFYAAABKZAoA0kICAJJJAAAQHgsAfCMIAGQLAgDSAg0AVvUPAMyTAQBkCwIAJMICAGQbCgC6GwoA7I4MAIKZAQCwOwcAIs8JAGQLAgCQNQwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgCqvQkA8osJAKbmCQCSSQAAjFIGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAACMUgYAsDsHACLPCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQDOLQ4ACgsDANQaAwAG7goAGNQOAG7UDgDE1A4AGtUOAHDVDgDG1Q4AHNYOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQBeow8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAM6wDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgBcog8AsqIPAMgOAAAizwkATicAAI7KAQDkygEAiFwMAN5cDADKkAAAkqEBAJJJAACMUgYAVgAAAJKhAQDOLQ4Avn8QAI7KAQDkygEAiFwMAN5cDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAK5tCwBQmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgCubQsAUJoOABINAgBoDQIAvg0CABQOAgBqDgIAcnoLAJKhAQDOLQ4Avn8QABSAEABqgBAAkhEPAAZKDgBkCwIAqr0JAFyiDwAagxAAcIMQAMaDEAByegsAyHoLALoLAgAQDAIAZgwCALwMAgAAAAAAsEkOAGQLAgCqvQkAXKIPABqDEABwgxAAxoMQAHJ6CwDIegsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAhswEAMKqDwAYqw8AbqsPAMSrDwAarA8AAAAAAMqQAAAgkQAA8lQDAAY6BgBqOQIAClAQAHwjCABsZQIAypAAACCRAADyVAMABjoGAGo5AgByWRAA0kICAChDAgB0xwYAMCgIAFrZAACwOwcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAABQcCQBI3AYAkkkAABAeCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAiGAOAMSpDgDOVg0AOiECADjmDwAAAAAA0gINAMitDwAerg8AdK4PAMquDwAgrw8Adq8PAMyvDwCubQsAqMgPAP7IDwBUyQ8ACgsDAAAAAACwOwcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAyvAFAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgCSEQ8ABkoOAK5tCwAAAAAAkqEBAAAAAADKkAAAZokAAAC8CAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIAylgPAGQLAgCubQsAAAAAAMqQAABmiQAA3NYJADIzDQCm5gkA/OYJAFLnCQCo5wkAOiECAP7nCQBU6AkAqugJADohAgDGwwUAHMQFAHLEBQCaQA8A8EAPAEZBDwDGwwUAHMQFAHLEBQCaQA8A8EAPAEZBDwBmiQAAzrAPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAAAQHgsA8j0NAEg+DQBqOQIAKtkMAIDZDABaiQMAkkkAABAeCwDyPQ0ASD4NAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAACEdwUA8BENAH5DAgDUQwIAKkQCAJJJAADoSQAAhmMQANxjEAAyZBAAAAAAANJCAgA6TAIAntIBAOj/BQBI3AYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgA6kQ8A6EkAAIZjEADcYxAAsDsHAGo5AgB0PgIA6EkAAIZjEADcYxAAMmQQAAAAAABmiQAAzJMBAHjuAwDoHgAA8pEMAEiSDACekgwA9JIMAEqTDABqOQIAdD4CAOhJAACGYxAA3GMQADJkEABqOQIAdD4CAOhJAACGYxAA3GMQAFqJAwBWAAAAFBwJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAAdMcGADAoCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAACEdwUA2ncFADohAgCQIQIA5iECABAeCwAqlgAAgJYAANTrAAB87gIANBwBADAoCACSSQAA6EkAADIzDQB8IwgAXqMPAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAEpkCgDMkwEAIpQBACJtAwB4bQMAbtAMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIAfCMIAF6jDwCqVwEAqCARAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAPKLCQB8IwgAvJsJACTCAgDMkwEAeO4DAIKZAQCwOwcAIs8JACqWAACAlgAA1OsAAHzuAgA6IQIAviUOAKbmCQAgkQAAKsUCAJKhAQDooQEAhIMLANqDCwAwhAsAzi0OAICWAADU6wAAfO4CAM6wDwB8FwIAeNEKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAMCgIAIYYAACSSQAAEB4LAG7QDADU6wAAfO4CALA7BwCm5gkAkkkAAHhAAgBOJwAAOiECAL4lDgCm5gkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAEB4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBENAkABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAEjcBgBGsAYAnLAGAOyODACCmQEAsDsHACLPCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCALA7BwAkwgIAZBsKALobCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAIxSBgDiUgYALkoEAJKhAQDOLQ4ANBwBADAoCACGGAAAkkkAABAeCwB8IwgAXqMPAICWAADU6wAAfO4CAHIOAADSLQ0AVgAAAFYAAABKZAoA0kICAJJJAAAQHgsAfCMIAEQ0CQAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQDOLQ4AfBcCALIZCwAAvAgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAOOYPAICWAABOJwAAIP8MANJCAgA0HAEALMwFAJxSAgAQHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACLPCQBkswAARrAGAJywBgDysAYASLEGAJ6xBgD0sQYANBwBAIocAQASywsAvJsJAEi/DQAQRQkAZLMAAITHAgCcUgIAjFIGALA7BwAizwkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAAC8CADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgB8IwgAXqMPAE4nAAAQRQkAUsYOACqWAAB8IwgAZokAAAC8CABWvAgArLwIAIhgDgDEqQ4AzlYNANICDQAenAYANBwBADAoCACGKAgAOiECADjmDwCAlgAAZAsCALoLAgAIehAAIJEAADziDACSSQAAjFIGALA7BwAizwkAEB4LAGYeCwC8HgsAkkkAAGQLAgCIYA4AxKkOAM5WDQCqvQkAAL4JAADhBQAi9gcAZAsCAJAKDACQSgEA5koBALDKDgAGyw4AXMsOALLLDgAIzA4A0gINAMitDwAerg8AgpkBANiZAQAumgEAZAsCAJAKDACQSgEA5koBALDKDgAGyw4AXMsOALLLDgAIzA4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIAYqENALihDQAOog0AZKINALqiDQAQow0AsDsHAGQLAgC6CwIApCcAAFrZAABkCwIA0gINACgDDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAIhgDgDEqQ4AzlYNALoLAgAIehAAIJEAADziDACSSQAAjFIGALA7BwAizwkAzrAPAIYYAADcGAAA3kYBAJQjAgCqvQkAAL4JAMrwBQBeow8ASNwGALqzAACigAIAjnYCADpMAgDyiwkAfMEBAIhgDgDGwwUAWokDABr8DABw/AwAxvwMABz9DAAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAIxSBgCwOwcAIs8JACqWAACAlgAA1OsAAHzuAgCcZAsAEEUJAFLGDgDGZwIAZAsCALLoBwDU7wIANBwBADohAgC+JQ4AzJMBADqiAgBmiQAAnFICAIxSBgCwOwcAIs8JAGQLAgCubQsAqMgPAP7IDwBUyQ8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIAkDUMAOY1DAD4mg8ATpsPAKSbDwD6mw8ArtoBAJxSAgCMUgYAOiECAJKhAQDOLQ4AiGAOAOBJAgA2SgIAjEoCAMbDBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIAxsMFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAAiGAOAMSpDgC24AIADOECADQcAQAszAUAzrAPAPBlDABGZgwAnGYMAPJmDADqIwIABG4LAFpuCwCm5gkAfBcCADQcAQBotwEAeO4DACrDAQCCmQEAIpQBAHwXAgBkCwIAqr0JAAC+CQCSSQAAypAAANJCAgBe8wwAXqMPAEjcBgC6swAAooACAI52AgA6TAIAyvAFAGQLAgDSAg0AzrAPAHwjCABkCwIA8GUMAEZmDACcZgwA8mYMAMqQAAByDgAA6B4AAJA1DADmNQwAeJQBAM6UAQAklQEAepUBANCVAQBesgEAgrUPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADYSQQALkoEAIRKBADaSgQAMEsEAIZLBAB8IwgAZAsCANICDQDOsA8AfCMIAGQLAgDwZQwARmYMAJxmDADyZgwAypAAAHIOAADoHgAAsugHANTvAgAq8AIAgPACANbwAgAs8QIAcNMNAMbTDQAc1A0ActQNAMjUDQDOsA8A8lQDAGSzAAAKCwMACvAKAHwrDADSKwwAKCwMAH4sDADULAwAKi0MAH5dDwCoyA8A/sgPAFTJDwBkCwIAgrUPAKbmCQCSSQAAZAsCAIK1DwBOJwAAZAsCADohAgC+JQ4ApuYJACCRAAAqxQIAqr0JAChDAgA0dAIAinQCACL2BwB8IwgAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAgrUPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBALLoBwCEMQ0A2jENADAyDQCEdwUA8BENAEYSDQDMowkAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAgrUPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEABjoGAOhJAABkCwIAgrUPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBAF7zDAC08wwAJMICAMyTAQB8IwgAXqMPAFrZAADMkwEABjoGAOhJAABkCwIAgrUPACTCAgBkGwoAuhsKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAJAKDABKZAoAzJMBACKUAQAibQMAeG0DAG7QDABkCwIAXvMMAF6jDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CANICDQDIrQ8AHq4PAIKZAQDYmQEALpoBADQcAQAwKAgAhhgAAJJJAABkCwIAiGAOAMSpDgDOVg0Arm0LAARuCwCSSQAAhHcFAFqJAwBkCwIAkDUMAOY1DAA8NgwA8GUMAPJUAwBIVQMAnlUDADQcAQAszAUAkqEBADhPBABkswAAKpYAADohAgC+JQ4ApuYJACCRAAAqxQIAcg4AAGQLAgCCtQ8ApuYJAJJJAABkCwIAgrUPAE4nAABkCwIAqr0JAChDAgA0dAIAinQCAJJJAAAQHgsAfBcCAHjRCgCAlgAAZAsCAF7zDAC08wwAJMICAMyTAQB8IwgAXqMPADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIAfCMIAGQLAgDSAg0AnFICACASAQB2EgEAhMcCANrHAgAwyAIAvKMNABKkDQBopA0AvqQNABSlDQBqpQ0AwKUNABamDQBspg0AwqYNABinDQBupw0AxKcNABqoDQBwqA0AxqgNABypDQByqQ0AyKkNAB6qDQB0qg0AyqoNACCrDQB2qw0AzKsNACKsDQB4rA0AzqwNACStDQB6rQ0A0K0NACauDQB8rg0A0q4NACivDQB+rw0A1K8NAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAACwOwcApuYJAGQLAgBo+AwAvvgMACTCAgBkGwoA0gINAM6wDwAksQ8AerEPANCxDwAmsg8AfLIPAJA1DADmNQwAPDYMAFqJAwCwiQMABooDANJCAgBkCwIAsugHAAjpBwBe6QcAtOkHAArqBwDU7wIAKvACAIDwAgDW8AIAxsMFABzEBQDEUw4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIAkDUMAKptDAAAbgwA8GUMAEZmDAAyGQAAiBkAAOYKDACOdgIAKEMCAHTHBgAwKAgAkkkAABAeCwBu0AwAZAsCADohAgCQIQIA5iECADwiAgCQCgwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAyvAFAGQLAgCy6AcAWnYPALB2DwCcUgIAEB4LAGYeCwAwKAgAhhgAAJJJAABkCwIAXvMMANIjCABMGxAAohsQADohAgBmiQAA3MYBAOgeAACy6AcA1O8CAO66DABEuwwAmrsMAPC7DABkCwIAkDUMAKptDAAAbgwAsugHAFp2DwCwdg8AjnYCAJJJAACMUgYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAACMUgYAIpQBAHwXAgBkCwIAXvMMANbbDQBa2QAAkDUMAOY1DAA8NgwAqr0JAAC+CQBiiwIAntwGACTCAgBkGwoAuhsKAFqJAwBkCwIANBwBAIocAQASywsAZokAACL2BwC8mwkAIpQBAHwXAgBkCwIAqr0JAAC+CQDK8AUAIPEFAHbxBQAmSgYAkDUMAKptDAAAbgwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwCIYA4ALmIQAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAAAiWA4AZAsCAJA1DADmNQwAPDYMADQcAQAwKAgAhigIAIocAQDSQgIAkDUMAKptDAAAbgwAkDUMAOY1DAA8NgwAAEMMAFZDDACsQwwAkAoMAJBKAQDmSgEAGCYNAG4mDQDEJg0AGicNAGQLAgCCtQ8ATicAAGQLAgCy6AcAWnYPALB2DwCOdgIAkkkAAIxSBgAilAEAfBcCAGQLAgDKkAAAeM8JAM7PCQAk0AkAetAJANDQCQAm0QkAfNEJANLRCQCIYA4AxKkOAM5WDQCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAA0gINAJxSAgCCtQ8AIs8JAGQLAgCy6AcAyA4AAEBdCQCWXQkA7F0JAEJeCQBkCwIAVgAAAJJJAACMUgYAIpQBAHwXAgBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAMqkCgAgpQoAgrUPACLPCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgBe8wwA1tsNADQcAQAszAUAzJMBACKUAQBkCwIAsugHAMgOAABAXQkAll0JAOxdCQBCXgkAZAsCAKbmCQD85gkAUucJAKjnCQD+5wkAVOgJAKroCQAA6QkAVukJAKzpCQAC6gkAWOoJAK7qCQAE6wkAWusJALDrCQAG7AkAXOwJALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAAoLAwByDgAAZAsCAIhgDgAuYhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAQkwAAJhMAADuTAAAfCsMANIrDAA8Dw4Akg8OAOgPDgA+EA4AlBAOAIK1DwAizwkAZAsCAGj4DAAyMw0Acg4AAJKhAQDooQEAhIMLANqDCwAwhAsAMMgCAAAAAACSoQEAcg4AABSPAgBqjwIAnFICABAeCwB8wQEAAAAAAAAAAAAAAAAAAAAAAAAAAABI/wIAnv8CAHzBAQAAAAAASP8CAJ7/AgBUBQMAHMQFAI5fDADkXwwAOmAMAJBgDADmYAwAPGEMAJJhDADoYQwAwugDABjpAwBu6QMAxOkDABrqAwBw6gMAxuoDABzrAwBy6wMAyOsDAB7sAwB07AMAyuwDACDtAwB27QMAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAQNIDAJbSAwDs0gMAQtMDAJjTAwDu0wMARNQDAJrUAwDg2goANtsKAIzbCgDi2woAONwKAI7cCgDk3AoAOt0KAJDdCgDm3QoAPN4KAJLeCgDo3goAPt8KAJTfCgDq3woAQOAKAHwXAgAKCwMAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADADohAgBmiQAAcg4AADj5AwCO+QMAzi0OAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB0AA4AygAOACABDgB2AQ4AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4APtEDAJTRAwC6CwIAEAwCAGYMAgC8DAIANo0OAI7QBADk0AQAOtEEAJDRBADm0QQAPNIEAJLSBADo0gQArm0LAFCaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAANzWCQDMkwEAOqICAM4tDgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFAHbGBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgDU7wIAKvACAGSzAABWAAAAbhQEAGo5AgAqNRAAgDUQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIA4jsQAITHAgDI6QIAHuoCAHTqAgDK6gIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAIYYAADcGAAAWtkAACqWAACAlgAA1OsAAHzuAgA4PBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwB8IwgARDQJACqWAAByDgAAnMAOANwYAADeRgEAEB4LAKpXAQAeKQ0AeO4DABSPAgAQHgsAbtAMANTrAAB87gIAukYKAMbDBQCExwIA2scCADDIAgCGyAIAugsCABAMAgBmDAIAvAwCADQcAQBWAAAASmQKANJCAgCSSQAAEB4LAG7QDADU6wAAfO4CAJKhAQA4TwQAjk8EAFYAAADSPgAAajkCAApQEADMkwEAOiECACrNBgAoQwIAjnYCAFqJAwBkCwIA8GUMAEZmDACcZgwA8mYMAJKhAQDooQEAXrYDALS2AwBeow8AfCMIAAoLAwDW2QwABjwHAFw8BwCyPAcAZAsCALLoBwBCJQIAZokAAI52AgA6TAIAyvAFAGQLAgCCtQ8AOiECAJ7SAQDo/wUASNwGAJJJAABkCwIAugsCABBFCQBmRQkAcBMDAMYTAwDs4AoAiBkAANI+AABkCwIAWtkAALDZAAAoQwIAVvUPAKz1DwAUHAkAahwJAGQLAgDSAg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgCQNQwA2EkEAC5KBACSoQEAzi0OADQcAQAwKAgAhhgAAJJJAABmiQAAnFICAIxSBgCwOwcAIs8JAAoLAwCSoQEAOE8EAI5PBABWAAAA0j4AAGQLAgCSoQEAOE8EAI5PBADkTwQAOlAEAJBQBADmUAQAPFEEAJJRBADoUQQAPlIEAJRSBABIZwwAnmcMAPRnDABKaAwAZAsCAJKhAQA4TwQAjk8EAORPBAA6UAQAkFAEAOZQBAA8UQQAklEEAOhRBAA+UgQAlFIEAEhnDACeZwwA9GcMAEpoDACQSgEA5koBALDKDgAGyw4AXMsOAJKhAQBaiQMAZLMAAGaLAQC8uAIATicAABBFCQB8FwIAypAAANJCAgA6TAIAyvAFAAoLAwA6JQQAGPsMAG77DADE+wwAqrMEAAC0BABWtAQArLQEAAK1BABYtQQArrUEAAS2BACQCgwAIhkEANTvAgBkswAAZosBAAY8BwDUBQ4AZg4DALwOAwASDwMAaA8DAL4PAwAUEAMAjPYCAOL2AgA49wIAjvcCAOT3AgDSAg0AHpwGAJAKDABKZAoAcg4AABSPAgB8FwIA0kICADpMAgByDgAAOPkDAI75AwBaEggAXvMMANJCAgBcog8AJMICAGQbCgC6GwoAqC0CAP4tAgCIYA4AhHcFANp3BQAqlgAAfCMIAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAKCwMAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAD7RAwDASQoAFkoKAGxKCgCOUwYA5FMGADpUBgAaTAoAtpoKAAybCgASDQIAzJMBANJCAgA6TAIAIBIBAADKDwBkCwIAxsMFANJCAgA6TAIAAOEFAJxSAgAQHgsA0gINAB6cBgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAGj4DAAyMw0Acg4AABSPAgCSoQEA6KEBAISDCwDagwsAMIQLANzWCQAyMw0Acg4AABSPAgBkCwIA0gINAM6wDwB8IwgAZAsCAJAKDABKZAoA0kICAJJJAAAAAAAAAAAAAAAAAABqOQIAAAAAAGo5AgAAAAAAajkCAAAAAABkCwIA0gINAM6wDwB8IwgAZAsCAJAKDABKZAoA0kICAJJJAADYYRAAAAAAAGQLAgDSAg0AzrAPAHwjCABkCwIAkAoMAEpkCgDSQgIAkkkAAJKhAQDooQEAXrYDALS2AwAKtwMAYLcDALa3AwAMuAMAiGAOAC5iEAA+SgAAIBIBAFYAAABKZAoAcg4AABSPAgB8FwIA0kICADpMAgByDgAAOPkDAI75AwAgEgEADGQEANICDQCkxA4AzKMJACKkCQB4pAkAzqQJAKq9CQAAvgkAYosCAJ7cBgDSQgIAfCMIAGQLAgDSAg0AIvYHAHj2BwDO9gcAJPcHABAeCwBu0AwAajkCAGQLAgA0HAEAaLcBAHjuAwAqwwEAgpkBACKUAQB8FwIAZAsCANICDQAenAYAfBcCAHjRCgA0HAEAZAsCAJA1DAAGOgYAXDoGAF7zDABeow8AtKMPABQcCQDeuA8ANLkPAHIOAABkCwIAgrUPACLPCQAAAAAAAAAAAAoLAwDUGgMABu4KAFzuCgCy7goACO8KAK5tCwCoyA8A/sgPAFTJDwCIYA4AxKkOAM5WDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQCaYwsA8GMLAEZkCwDc1gkAMjMNAHIOAAAUjwIA3mAOAG7QDADE0AwAGtEMAHDRDADG0QwAHNIMAHLSDADI0gwAHtMMAF7zDAAarhAAKpYAAIhgDgDEqQ4AzlYNAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAMBJCgAWSgoAbEoKAI5TBgDkUwYAXKIPAAY6BgAQHgsAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFAFYvAgCsLwIAjFIGAOJSBgA4UwYAjlMGAORTBgA6VAYAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFAHbGBQDMxgUAIscFAHjHBQDOxwUAsugHAOgeAAA+HwAAlB8AAOofAAAKCwMAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAcBMDAMYTAwDs4AoAeoAMAPKLCQCm5gkAkkkAABAeCwCIYA4AxKkOAM5WDQBo+AwAMjMNAHIOAAAqlgAAkkkAAFrZAACwOwcA0kICAGxlAgBkCwIAkDUMAKptDAAAbgwAypAAACCRAADSQgIAOkwCAADhBQBW4QUArOEFAGaJAAA6IQIAkqEBAAAAAABkCwIAbGUCALbJDAAilAEAxmcCAAoLAwAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQAqC0CAP4tAgDGwwUAhMcCAMyGEAAihxAAeIcQABrTDQBOLQMAyA4AADQcAQAwKAgAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsA3NYJAFqJAwAAAAAAAAAAAAAAAABI/wIAnv8CAHzBAQAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgBUBQMAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAKTfBgD63wYAUOAGAKbgBgD84AYAUuEGADQcAQCgWgUA9loFAExbBQCiWwUAfCMIADohAgBkCwIANBwBAIocAQASywsAaMsLAL7LCwA0HAEAoFoFAPZaBQBMWwUAolsFAGSzAAC6swAAELQAAGa0AAC8tAAALMwFAI52AgBcog8AZokAACL2BwA0HAEAoFoFAPZaBQBMWwUAolsFAFoSCABe8wwA0kICAFyiDwAkwgIAZBsKALobCgCoLQIA/i0CAIhgDgCEdwUA2ncFACqWAAB8IwgANBwBAGDeAQAgkQAA8lQDAGSzAACExwIAnFICAIxSBgCwOwcAIs8JAHIOAADoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHQADgDKAA4ADnsPADgmBQCOJgUA5CYFADonBQCQJwUA5icFADwoBQCSKAUA6CgFAD4pBQCUKQUAZAsCAJKhAQA4TwQAIpQBAGxlAgBkCwIAugsCABAMAgBmDAIALtsMAITbDADSAg0AIvYHAHwjCADSQgIAOkwCAHIOAAAqwwEAsEkOAET5AAB8SAUAMjMNAHIOAAAUjwIAEscJAGjHCQC+xwkAFMgJAGrICQDAyAkAFskJAGzJCQDCyQkAGMoJANICDQDOsA8AWokDAGQLAgCCtQ8ATicAAGQLAgCIYA4ALmIQAD5KAACUSgAAVgAAABQcCQBI3AYAzJMBAEpqDQAQRQkAKpYAAHwjCABkCwIANBwBAKBaBQD2WgUATFsFAKJbBQBaEggAaPgMADIzDQByDgAAFI8CAGj4DAAyMw0Acg4AABSPAgBkCwIA3NYJAFqJAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIbMBADczAQA1qgJACypCQCCqQkA2KkJAC6qCQCEqgkA2qoJADCrCQCGqwkA3KsJADKsCQCIrAkA3qwJADStCQCKrQkA4K0JAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAgrUPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADwiAgAZAsCAIhgDgCMUgYA4lIGADhTBgB8IwgAZAsCAIK1DwCm5gkAWokDAHIOAAA4+QMAjvkDADhPBABWLwIAcg4AADj5AwCO+QMAVi8CACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAdAAOAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAgrUPAAY8BwBcPAcAQocIAJiHCADuhwgARIgIAJqICADwiAgAZAsCAIhgDgCMUgYA4lIGADhTBgB8IwgAZAsCAIK1DwCm5gkAPtEDAMBJCgAWSgoAbEoKAMJKCgAYSwoAbksKAMRLCgCCtQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICABkCwIAiGAOAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQDSQgIAXKIPADqiAgDooQEAPqIBAFqJAwBWLwIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAHxGBAAYKg8AimUQAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAF45BQC0OQUACjoFAGA6BQC2OgUADDsFAGI7BQC4OwUADjwFAGQ8BQA0HAEAoFoFAPZaBQBMWwUAolsFAAAAAAAgEgEADGQEANICDQCkxA4AzKMJACKkCQB4pAkAzqQJAKq9CQAAvgkAYosCAJ7cBgDSQgIAfCMIAGQLAgDSAg0AIvYHAHj2BwDO9gcAJPcHABAeCwBu0AwAajkCAGQLAgA0HAEAaLcBAHjuAwAqwwEAgpkBACKUAQB8FwIAZAsCANICDQAenAYAfBcCAHjRCgA0HAEAZAsCAJA1DAAGOgYAXDoGAF7zDABeow8AtKMPABQcCQDeuA8ANLkPAHIOAABkCwIAgrUPACLPCQAAAAAAAMoPAIR3BQDadwUAMHgFAIZ4BQDceAUAMnkFACASAQAMZAQA0gINAKTEDgDMowkAIqQJAHikCQDOpAkAqr0JAAC+CQBiiwIAntwGANJCAgB8IwgAZAsCANICDQAi9gcAePYHAM72BwAk9wcAEB4LAG7QDABqOQIAZAsCADQcAQBotwEAeO4DACrDAQCCmQEAIpQBAHwXAgBkCwIA0gINAB6cBgB8FwIAeNEKADQcAQBkCwIAkDUMAAY6BgBcOgYAXvMMAF6jDwC0ow8AFBwJAN64DwA0uQ8Acg4AAGQLAgCCtQ8AIs8JAAAAAADwZQwARmYMAAoLAwAAAAAAAAAAAAAAAAAAAAAAAAAAAKgtAgD+LQIAsugHAAjpBwBe6QcA5PkDADr6AwCQ+gMA5voDADz7AwAa0w0AAAAAAAAAAAByDgAAAAAAAAAAAACGzAQAkgEHAOgBBwByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAwEkKABZKCgBsSgoAjlMGAORTBgA6VAYACgsDANwgBAAyIQQAiCEEAN4hBAA0IgQAiiIEAOAiBAA2IwQAkIUJAOaFCQA8hgkAkoYJAOiGCQCy6AcAyA4AAEBdCQCWXQkA7F0JAEJeCQBkCwIA0gINAE4nAACSSQAAEB4LAG7QDAAilAEAfBcCAGQLAgCIYA4AxKkOAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAGMIFAG7CBQDEwgUAGsMFAHDDBQDKkAAAIJEAAPJUAwD0/QEAZAsCALLoBwDIDgAAQF0JAJZdCQDsXQkAQl4JAAoLAwBmiQAA9P0BANJCAgA6TAIAkkkAAIR3BQDadwUAKpYAAHIOAABWAAAAFBwJAGocCQDU6wAAOkwCAAAAAADKkAAAKpYAAHIOAAAUjwIAEB4LAG7QDADU6wAAfO4CAArwCgBg8AoAtvAKAFbhBQCs4QUAAuIFAFjiBQCu4gUABOMFAFrjBQCw4wUABuQFAFzkBQCy5AUACOUFAF7lBQC05QUACuYFAGDmBQC25gUADOcFAGLnBQC45wUADugFAGToBQC66AUAEOkFAGbpBQC86QUAEuoFAGjqBQC+6gUAFOsFAGrrBQDA6wUAFuwFAGzsBQDC7AUAGO0FAGaJAAC8iQAAGnMIAHBzCAB8IwgAZAsCAIhgDgAuYhAAPkoAADQcAQAszAUAgswFAGQLAgCqvQkAAL4JAJJJAACEdwUA2ncFACqWAAByDgAAZAsCAJAKDABG6w4AahwJAGQLAgCqvQkAAL4JAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCAJKhAQA4TwQA2EkEAGi3AQAGOgYAXDoGAFrZAADc1gkAzJMBAGSzAAAacwgAZAsCAJA1DACqbQwAfCMIALybCQB47gMACgsDAGSzAACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCAChAAbtAMANTrAAB87gIAYjEAALqzAAAQtAAAZrQAALy0AAAStQAACgsDAGSzAACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCAChAAbtAMANTrAAB87gIAKpYAAHwjCAC8mwkAeO4DAGIxAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGANwgBAAyIQQAiCEEAN4hBAA0IgQAiiIEAOAiBAA2IwQAjCMEAOIjBAA4JAQAjiQEAOQkBACe0gEA9NIBAErTAQCg0wEA9tMBAIwECgDiBAoAOAUKAI4FCgDkBQoAOgYKAJAGCgDmBgoAPAcKAJIHCgDoBwoAPggKAJQICgDqCAoAQAkKAJYJCgDsCQoAQgoKAJgKCgBmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAF45BQC0OQUACjoFAGA6BQC2OgUADDsFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAdAAOAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOAJAKDABq9QoAwPUKABb2CgBs9goAwvYKABj3CgBu9woAxPcKABr4CgBw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAcBMDAMYTAwDs4AoAeoAMAPKLCQCm5gkAkkkAABAeCwCIYA4AxKkOAM5WDQBo+AwAMjMNAHIOAAAK8AoAYPAKAMrwBQAg8QUAdvEFACZKBgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAWtkAACqWAACGGAAAkkkAAGQLAgDSAg0AWtkAAPwsAgCSSQAAZAsCAFrZAAD8LAIAylgPACBZDwDwZQwARmYMAJxmDADyZgwAkAoMAEpkCgByDgAAKsMBAIKZAQA6IQIAkqEBAM4tDgCIYA4AxKkOAM5WDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAiGAOAC5iEAA+SgAAqr0JAAC+CQDK8AUAIPEFAHbxBQAmSgYAsugHAOgeAAA+HwAAlB8AAOofAABAIAAARPkAAC4GDQDO7gMAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAGp0CgDmNQwAPDYMADohAgAqzQYAgM0GANbNBgAszgYAhhgAAGQLAgCy6AcAWnYPALB2DwCcUgIAzJMBANhJBAAwKAgAsDsHAKbmCQCSSQAAEB4LAG7QDADU6wAAfO4CADLjDwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAcEwKAMZMCgAcTQoAck0KAMhNCgAeTgoAdE4KAMpOCgAgTwoAdk8KAMxPCgAiUAoAeFAKALLoBwDoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAOzgCgBC4QoAmOEKAO7hCgBE4goAmuIKALoLAgAQRQkAZkUJALxFCQCCtQ8A0kICAGQLAgBe8wwAtPMMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAfMEBAMqQAAAgkQAA8lQDAPT9AQB0AA4AygAOACABDgB2AQ4AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOACYEDgB8BA4A0gQOACgFDgB+BQ4ALNQJAK6/CQAKwwkAYMMJALbDCQAMxAkAPtEDAMBJCgAWSgoAbEoKAMJKCgAYSwoAbksKAMRLCgCCtQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAPCICABkCwIAiGAOAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQCQVAYA5lQGADxVBgCSVQYA1AUOACoGDgCABg4A1gYOACwHDgCCBw4A2AcOAC4IDgCECA4A2ggOAD7RAwDASQoAFkoKAGxKCgCOUwYA5FMGAOyODADoHgAAQi8HAM4tDgBI3AYAkkkAAIxSBgCwOwcAIs8JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYA5lQGADxVBgCSVQYAKpYAAICWAADU6wAAfO4CACgYAgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYADEsNAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAMgOAABAXQkAll0JAOxdCQBCXgkAeEACAAY8BwBcPAcAsjwHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEACgsDAOw0CgCAlgAA1OsAAHzuAgCGGAAA3BgAAKLiCAD44ggATuMIAKTjCAD64wgAUOQIAChDAgAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAIhgDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAPDgNAPi1BwBOtgcApLYHAPq2BwBQtwcAprcHAPy3BwBSuAcA0gINAE4nAACSSQAAEB4LAG7QDACy6AcA6B4AAEIvBwDOLQ4ASNwGAJJJAACMUgYAsDsHACLPCQBkCwIArm0LAKjIDwD+yA8AVMkPAE4tAwDy4woASOQKAJ7kCgD05AoASuUKAKDlCgDYowYALqQGAISkBgDapAYAMKUGAIalBgDcpQYAMqYGAIimBgDepgYAuL4GAA6/BgBkvwYAur8GABDABgBmwAYAypAAANJCAgDSQgIAOkwCAIYYAACSSQAAZAsCAIhgDgDEqQ4ABjwHAEpkCgCSoQEA6KEBAD6iAQBaiQMACgsDAAAAAABkCwIAiGAOAOBJAgA2SgIAjEoCABrTDQCy6AcAhDENAMyTAQAGOgYAZokAADohAgCSoQEAzi0OALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAECCBgBkCwIAugsCACD/DAB2/wwAzP8MAIhgDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAKCwMAcBMDAMYTAwDs4AoA0gINACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDOLQ4AsugHAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgAS+g0AaPoNAL76DQDSQgIA8osJAKbwDgDCZQIAgJYAAHwrDADSKwwA0kICADpMAgAA4QUAVuEFAKzhBQBmiQAAOiECAJKhAQDOLQ4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAFqJAwAKCwMAkkkAAGSzAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAE4nAACOygEA5MoBADrLAQBkswAAZosBALy4AgCOzgMA0kICADpMAgCQTAIACHoQAHIOAADoHgAAKNIJAH7SCQDU0gkAKtMJAIDTCQDW0wkA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGAE4tAwDIDgAAQF0JAJZdCQDsXQkAQl4JAGQLAgCubQsAqMgPAP7IDwBUyQ8A1AUOACoGDgDALBEAFi0RAGwtEQDCLREAGC4RAG4uEQDELhEAGi8RAHAvEQDGLxEAbukDAMTpAwAa6gMAcOoDAMbqAwAc6wMAcusDAMjrAwBo+AwAMjMNAHIOAAA6IQIAKs0GAIDNBgDWzQYALM4GAILOBgDsjgwAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBmiQAATicAAGxlAgB49AYAntIBAHIOAABiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GABL6DQBo+g0AvvoNAGQLAgA0HAEALMwFAFqJAwBkCwIA8GUMAEZmDACcZgwA8mYMADohAgA45g8A0gINACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDGwwUAHMQFAI5fDADkXwwAOmAMAJBgDADmYAwAPGEMAJJhDADoYQwAPmIMAJRiDACubQsAcg4AABSPAgBqjwIAOiECAJKhAQA4TwQAeO4DAEIlAgAOywwAEEcKAMSpDgDOVg0AkDUMAFYAAAC8iQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GABL6DQBo+g0AvvoNAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADohAgC+JQ4AsDsHAJJJAAByDgAAFI8CAIR3BQDwEQ0AVvUPAGQLAgC6CwIA0kICAPKLCQA0HAEAZAsCAHzBAQBE+QAACgsDABAOAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AABo+AwAvvgMABT5DABq+QwAqr0JAHwrDADSKwwAZAsCAIK1DwCm5gkAkkkAAGQLAgCCtQ8ATicAAGQLAgDSAg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgA6IQIAKs0GAIDNBgDWzQYALM4GAILOBgDsjgwAZAsCAIhgDgDEqQ4AzlYNAIhgDgBmiQAAALwIAGxlAgBkCwIAiGAOAM6wDwBaiQMAZAsCAIK1DwBOJwAAZAsCAIhgDgAuYhAAPkoAAJRKAADqSgAAKpYAAHwjCABkCwIAOiECACrNBgCAzQYA1s0GACzOBgCCzgYAkqEBAGaJAADcxgEAFI8CAIxSBgBkswAAcg4AAOgeAABmiQAAjnYCAGSzAAAacwgAajkCACo1EACANRAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgDiOxAAODwQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GABL6DQBo+g0AvvoNAAAAAABWAAAAFBwJAN64DwByDgAA6B4AAGaJAACOdgIAZLMAABpzCABWAAAABjICAGo5AgAqNRAAgDUQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIA4jsQADg8EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgAS+g0AaPoNAL76DQCSoQEAOE8EACTCAgDMkwEAIpQBAHwXAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAyqQKAOgeAAA+HwAA1OsAAHzuAgAKCwMAkkkAAIR3BQDwEQ0ANHQCAHIOAABWAAAASmQKANJCAgCSSQAACgsDAJJJAACEdwUA8BENADR0AgByDgAAVgAAAEpkCgDSQgIAkkkAAAoLAwDsNAoAgJYAANTrAAB87gIA3CAEADIhBACIIQQA3iEEADQiBACKIgQA4CIEAKiTCgCkEgsA+hILAFATCwCmEwsA/BMLAFIUCwCoFAsA/hQLAFQVCwCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwDUBQ4AKgYOAIAGDgDWBg4ALAcOAIIHDgDYBw4ALggOAIQIDgDaCA4AMAkOAIYJDgDcCQ4AMgoOAIgKDgDeCg4AwCwRABYtEQBsLREAhhgAACASAQAAyg8AZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQCaYwsA8GMLAEZkCwCy6AcA6B4AAD4fAACUHwAA6h8AADYjBACMIwQA4iMEADgkBACOJAQA5CQEAD7TBACU0wQA6tMEAFYvAgCsLwIAhHcFAPARDQA0dAIAcg4AAFYAAABKZAoA0kICAJJJAABqOQIA4jsQADg8EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgAS+g0AaPoNAL76DQAU+w0AavsNAMD7DQAW/A0AbPwNAML8DQAY/Q0Abv0NAMT9DQAa/g0Arm0LAKjIDwD+yA8AVMkPAH7vAgCExwIAzIYQACKHEAB4hxAAzocQACSIEAB6iBAA0IgQACaJEABijwQAuI8EAA6QBABkkAQAupAEABCRBABmkQQAvJEEABKSBABokgQAvpIEABSTBABqkwQAwJMEABaUBABslAQAwpQEABiVBABulQQAxJUEABqWBABwlgQAxpYEAByXBABylwQAyJcEAHBMCgCExwIAzIYQACKHEAB4hxAAzocQACSIEAB6iBAA0IgQACaJEAAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQAkkkAAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGAJBUBgDmVAYAPFUGAJJVBgBwEwMAKpYAAFrZAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GABL6DQBo+g0AvvoNACLPCQDcGAAAJCgLAHooCwBmiQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwDGEwMA7OAKANICDQA85A0AOE8EACTCAgBkGwoA8GUMAEZmDAAkKAsAeigLAHIOAABkCwIAugsCACD/DAB2/wwAzP8MACIADQCQNQwA5jUMADw2DABaiQMAsIkDAAaKAwDSQgIAZAsCAMbDBQC6swAAypAAAHIOAAAUjwIAEB4LAGQLAgDwZQwARmYMACQoCwB6KAsA0gINACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkswAAZLMAAEawBgCcsAYA8rAGAEixBgDK8AUAZAsCAFrZAADc1gkAzJMBADqiAgDOLQ4Arm0LAHIOAAAUjwIAao8CADohAgCSoQEAOE8EAHjuAwBCJQIAzJMBACKUAQB8FwIAZAsCANICDQAenAYAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBA0gMACOkHAF7pBwC06QcACuoHAGDqBwC26gcADOsHAGLrBwCIYA4AZLMAAFYAAAAAAAAAzJMBAFYAAABkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwCIYA4ALmIQAD5KAABo+AwAMjMNAHIOAAAUjwIAiGAOAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGABpMCgC2mgoADJsKABINAgDMkwEA0kICADpMAgCCtQ8ABjwHAFw8BwCyPAcAZAsCAIhgDgBkswAAVgAAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMA6NADAFrZAADMkwEABjoGAOhJAABkCwIAaPgMADIzDQByDgAAFI8CAGQLAgCSSQAAZLMAAFYAAABkCwIAkAoMAJBKAQDmSgEAJMICAMyTAQB8IwgAXqMPAICWAAAKCwMAOiUEABj7DABu+wwAxPsMAH7vAgC65gQAvIsBABKMAQAAAAAA9P0BAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AADj5AwCO+QMAWhIIALASCAAGEwgAXBMIALITCAAIFAgAXhQIALQUCADYYRAAFhEDAGSzAABWAAAAZAsCAJAKDACQSgEA5koBACTCAgDMkwEAfCMIAF6jDwCAlgAACgsDADolBAAY+wwAbvsMAMT7DAB+7wIAuuYEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHwjCADSIwgAVvUPAJJJAACMUgYAJMICAGQbCgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgCCtQ8A0kICAGQLAgBe8wwA1tsNACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCG3g0A3N4NADLfDQCI3w0AfCMIAHIOAABkCwIAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDOLQ4AgrUPANJCAgBkCwIAXvMMANbbDQAs3A0AgtwNANjcDQAu3Q0AhN0NANrdDQAw3g0Aht4NANzeDQAy3w0AiN8NAGQLAgCy6AcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgCCtQ8A0kICAGQLAgBe8wwA1tsNACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCG3g0A3N4NADLfDQCI3w0A2GEQANwgBAAQRQkAZkUJALxFCQDwZQwARmYMAJxmDADyZgwASGcMAJ5nDAD0ZwwASmgMAAAAAABmiQAAALwIAFa8CAA4TwQACgsDANJCAgBcog8AIpQBAHwXAgB40QoAgJYAANTrAAB87gIAKpYAADQcAQBkswAAhMcCALyJAAAacwgAcHMIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAADpMAgCAlgAA1OsAAHzuAgCe0gEAcg4AAAoLAwBOLQMA8uMKAEjkCgCe5AoA9OQKAErlCgCg5QoAGtMNABAOAwD0LAQASi0EAKAtBAD2LQQATC4EAKIuBACaYwsA8GMLAGZHCgC8RwoAEkgKAI5TBgDkUwYAOlQGABpMCgCIYA4AxKkOAHwjCABeow8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwAuYhAAPkoAAHSWAwDKlgMAIJcDAHaXAwDMlwMAIpgDAHiYAwDOmAMA0gINACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDOLQ4AxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwDSAg0AnFICAGhQDgAuYhAAzJMBAHjuAwDO7gMANBwBAIocAQA0HAEAMCgIAIYYAACeOAoA9DgKAEo5CgAu2wwAhNsMADQcAQAszAUAjnYCAGxlAgDCZQIAfCMIAGQLAgBe8wwAXqMPAGaJAAC++AwAFPkMAGr5DADA+QwAFvoMAGz6DADC+gwA5rgNAM6wDwB8IwgAZAsCAJA1DACqbQwAAG4MAHgADQC08wwAeO4DAD51AAA6IQIAkqEBAM4tDgB8IwgAZAsCAMqQAAAgkQAAkkkAAIxSBgA6ogIAZAsCAIhgDgCMUgYA4lIGADhTBgB8IwgAZAsCAKq9CQAAvgkAkkkAAIR3BQCSoQEAOE8EAI5PBADMGgUAZLMAAGo5AgDiOxAAODwQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMApF4GABL6DQBo+g0AvvoNAApQEADoHgAAPh8AAJQfAADqHwAAQCAAAHwjCABeow8AZokAACL2BwAKCwMARDQJAFrZAACGGAAACgsDANzWCQAyMw0Acg4AABSPAgCSoQEA6KEBAJQ1CwDqNQsAQDYLAJY2CwAUHAkAahwJANTrAAB87gIA1tkMAAY8BwBcPAcAsjwHAGQLAgDKkAAAIJEAAPJUAwD0/QEAZAsCALLoBwDIDgAAQF0JAJZdCQDsXQkAsugHAFp2DwCwdg8AnFICAMqQAAByDgAAZAsCANzWCQAOywwASNwGAGxlAgDCZQIAfCMIAEQ0CQAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIAEaJCACciQgA8okIAEiKCACeiggA9IoIAEqLCACgiwgA9osIAEyMCACijAgA+IwIAE6NCACkjQgA+o0IAHCeCADGnggAHJ8IAHKfCAB8IwgAZAsCAIK1DwCm5gkAkkkAAGQLAgBa2QAA/CwCAMyTAQAGOgYAjFIGACKUAQB8FwIAZAsCALoLAgAg/wwA0kICAGQLAgCCtQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAGocCQAoQwIAnFICAIxSBgCwOwcAIs8JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYADEsNAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAHYWAwBg3gEAkkkAAGaJAACcUgIAEB4LAIK1DwAGPAcAXDwHAEKHCACYhwgA7ocIAESICACaiAgA8IgIAGQLAgCIYA4AjFIGAOJSBgA4UwYAfCMIAGQLAgCCtQ8ApuYJAJJJAACoLQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQASywsAvJsJAEi/DQBaiQMAZAsCAMbDBQAcxAUAjl8MACCRAACSSQAAEB4LABYRAwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAWtkAAPwsAgDMkwEABjoGAIxSBgAilAEAfBcCAGQLAgC6CwIAIP8MANJCAgBkCwIAJMICAHrCAgDQwgIAJsMCANzWCQAyMw0Acg4AABSPAgBqjwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAPi1BwAAAAAAkqEBAAoLAwBwEwMAxhMDAOzgCgBo+AwAMjMNAHIOAAAUjwIAcg4AAGQLAgDSAg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgCQNQwA5jUMADw2DAAAQwwAVkMMAKxDDACQCgwASmQKAKBkCgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQBeOQUA0kICADpMAgAA4QUAnFICABAeCwCy6AcA6B4AAHIOAAAqwwEAgpkBALA7BwCSoQEAkqEBAGQLAgBo+AwAMjMNAHIOAAAUjwIARPkAAC4GDQCGzAQAiGAOAIR3BQDadwUAKpYAAHwjCABkCwIAugsCACD/DADSQgIAZAsCAAAAAADKkAAAKpYAAICWAABaiQMAZAsCALoLAgAQDAIAZgwCALwMAgCGGAAA3BgAACQoCwB6KAsAcg4AAE4nAACOygEA5MoBADrLAQBeow8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHQADgDKAA4Ajl8MAORfDAA6YAwAkGAMAOZgDAA8YQwAkmEMAOhhDACqvQkAAL4JAADhBQBW4QUArOEFAGQLAgDSAg0AzrAPAFqJAwBkCwIAxsMFABzEBQByxAUAmkAPAPBADwC8iQAAzKMJAGQLAgCQCgwASmQKAMyTAQAilAEAnFICAHIOAAAKCwMAcBMDAMYTAwDs4AoAQuEKAOgeAAA+HwAAlB8AAOofAABAIAAAQIIGAGQLAgDSAg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAM4tDgC6CwIAIP8MANJCAgBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAQIIGAJaCBgA+HwAA1OsAAHzuAgDoHgAAPh8AANTrAAB87gIA1AUOACoGDgCABg4A1gYOACwHDgCCBw4A2AcOAC4IDgCECA4A2ggOAFYvAgDSQgIAOkwCAJBMAgAIehAAcg4AAOgeAAAkVw0AQlACAIrWCADg1ggAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAZLMAAGxlAgDc1gkAMjMNAKbmCQByDgAA6B4AAPKRDAD+lwwA0kICAFyiDwAkwgIAZBsKALobCgBqOQIAKjUQAICWAADU6wAAfO4CAGo5AgCGGAAAKpYAAJJJAABa2QAAsDsHANJCAgBsZQIAwmUCAICWAADU6wAAfO4CANQFDgAqBg4AvIsBABKMAQB83Q8AAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQAiGAOAC5iEAA+SgAArm0LAARuCwB8IwgAVgAAAEpkCgDMkwEAIpQBACJtAwBkCwIAypAAANJCAgCSoQEACgsDAGgJAADc1gkAMtcJAIjXCQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAiGAOAC5iEAA+SgAAOqQDANbbDQCaNAkA8DQJAEY1CQCcNQkAzHgJAF7zDADSIwgAKpYAADQcAQCKHAEAOqQDANbbDQCaNAkA8DQJAEY1CQCcNQkAzHgJAF7zDADSIwgAKpYAADQcAQCKHAEA4BwBAGQLAgCqvQkAfCsMANIrDAA8Dw4Akg8OAOgPDgA+EA4AKpYAAICWAAA0HAEAaLcBAHjuAwAqwwEAgpkBALA7BwAizwkAZAsCAF7zDABeow8AhhgAAPJUAwAqlgAAfCMIAGQLAgBa2QAA3NYJAMyTAQA6ogIAzi0OAIhgDgCEdwUAWokDAMyTAQAilAEAfBcCAGQLAgCIYA4AxKkOAM5WDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAiGAOAC5iEAA+SgAAOqQDANbbDQCaNAkA8DQJAEY1CQCcNQkAzHgJAF7zDADSIwgAKpYAADQcAQCKHAEAXvMMABquEABwrhAAxq4QAByvEAByrxAAyK8QAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAyAAkAsDsHAPi1BwBsZQIAwmUCAICWAAA6TAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADolBAAY+wwAbvsMAMT7DAAGcw0A3NYJAMyTAQA6ogIAzi0OALoLAgCkJwAAkkkAAGSzAAAacwgAzJMBACKUAQB8FwIAZAsCALLoBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADSAg0AVvUPAMyTAQBkCwIAJMICAGQbCgC6GwoA7I4MAIKZAQCwOwcAIs8JAAoLAwDMkwEAOqICAM4tDgCGGAAA3BgAAN5GAQBOJwAAIP8MAHb/DADM/wwAIgANAIDFAgCAlgAA1OsAAHzuAgB8wQEADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAAAAAAEj/AgCe/wIA8GUMAEZmDAAyGQAAALgGAFa4BgCKMAsA4DALADYxCwC6CwIAEEUJAGZFCQC8RQkAgrUPANJCAgBkCwIAXvMMALTzDADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgCubQsABG4LAFpuCwCwbgsABm8LAAAAAAAkwgIAesICAI52AgAAAAAA0kICAHwrDADSKwwAAAAAAHwjCABENAkAmjQJAPA0CQBGNQkAnDUJAKBiCQD2YgkATGMJAKJjCQD4tQcAbGUCAMJlAgCSSQAAhhgAANwYAADeRgEATicAACD/DAB2/wwAzP8MACIADQCAxQIAgJYAANTrAAB87gIAajkCAApQEADIDgAAQF0JAEhnDAAQRQkAUsYOAMZnAgBkCwIA0gINAB6cBgAkwgIAesICANDCAgA4TwQAfCMIAGQLAgBe8wwA1tsNAJo0CQDwNAkARjUJAJw1CQDMeAkArm0LAARuCwAkwgIAzJMBANJCAgDyiwkAIs8JADQcAQAwKAgAhhgAAFrZAACwOwcA0kICAGxlAgC2yQwAIpQBAHwXAgBkCwIAxsMFABzEBQByxAUAmkAPAPBADwBGQQ8AnEEPAPJBDwBIQg8AZAsCAKq9CQB8KwwA0isMACgsDAB+LAwA1CwMACotDABIFQ4AnhUOAIR3BQDwEQ0AnFICABAeCwB8FwIAZAsCAJA1DACqbQwAAG4MAK5tCwDMkwEABjoGAOhJAAA+SgAAdJYDAGQLAgDwZQwARmYMAJxmDADyZgwAqr0JAHwrDADSKwwAPA8OAJIPDgDoDw4APhAOAJQQDgCCtQ8A0kICAGQLAgA0HAEAaLcBAHjuAwBiMQAAZosBALy4AgBOJwAAEEUJAHwXAgDKkAAA0kICADpMAgDSQgIAOkwCAADhBQCcUgIAEB4LAF7zDADW2w0AmjQJAPA0CQBGNQkAnDUJAMx4CQCQCgwAkEoBAOZKAQAkwgIAzJMBAHwjCABeow8AsDsHALA7BwCSSQAAkqEBAM4tDgByDgAAKsMBAGQLAgBe8wwA1tsNAJo0CQDwNAkARjUJAJw1CQDMeAkA8GUMAEZmDACcZgwA8mYMAEhnDACeZwwA9GcMAEpoDABe8wwA1tsNAJo0CQDwNAkARjUJAJw1CQDMeAkArm0LAARuCwB8IwgAVgAAAEpkCgDMkwEAIpQBAEjcBgCe3AYA9NwGAErdBgCg3QYA9t0GAEzeBgCi3gYA+N4GAE7fBgDMkwEAZokAAAC8CABkCwIAiGAOAGSzAABWAAAACgsDAGQLAgAYKg8AimUQAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQBE+QAAAAAAAIbMBADCqg8AIP8MANJCAgCSSQAAjFIGACTCAgBkGwoAQi8HAFqJAwBkCwIAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkAZAsCAJA1DAAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQAOiUEAEjcBgCe3AYA9NwGAErdBgCg3QYA9t0GAEzeBgCi3gYA+N4GAE7fBgBwEwMAxhMDAGqZBwAYKg8AKpYAAKpXAQAeKQ0AeO4DABSPAgCMUgYAIpQBAHwXAgBkCwIAXvMMANbbDQA0HAEALMwFAMyTAQAyAAkAiAAJAN4ACQA0AQkAigEJAOABCQA2AgkAjAIJAOICCQA4AwkAjgMJAOQDCQA6BAkAkAQJAOYECQA8BQkAkgUJANJCAgA6TAIAkEwCAAh6EAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAAAKCwMAAAAAAJKhAQByDgAACgsDAAAAAADKkAAAIJEAAPJUAwD0/QEACgsDAAAAAAA6IQIAkqEBAM4tDgCIYA4AxKkOAM5WDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsAiGAOAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAsugHACrDAQCAwwEACgsDAAAAAACGGAAAhhgAACqWAABI3AYAkkkAAIxSBgCwOwcAIs8JAGQLAgCqvQkAAL4JAFa+CQCsvgkAAr8JAFi/CQBsngkAkkkAAIxSBgDiUgYAOFMGAHwjCABENAkApuYJAAAAAACSSQAAkkkAAFYAAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA9PAQAEpkCgCgZAoA9mQKAET5AAB8SAUAMjMNAHIOAAAUjwIAsEkOAKq9CQAAvgkAAOEFAFbhBQCs4QUAZAsCAF7zDADSIwgATBsQAKIbEAA6IQIAZokAANzGAQDoHgAAsugHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAANICDQCcUgIAypAAAJKhAQB8IwgAZAsCAPBlDABGZgwAnGYMAPJmDADGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAmmMLAPBjCwBGZAsA0kICADpMAgCQTAIACHoQAHIOAADoHgAAXqMPAICWAADU6wAAfO4CACqWAACAlgAA1OsAADgwCgCOMAoAMhkAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgAAAAAAAAAAAEj/AgCe/wIAVAUDABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAktADAOjQAwCk3wYA+t8GAFDgBgCm4AYA/OAGAFLhBgBa2QAAzJMBACKUAQAqlgAAgJYAANTrAAB87gIAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAABqOQIA4jsQADg8EAC8uAIAjs4DAOTOAwA6zwMAkM8DAIAKEADWChAALAsQAIILEADYCxAALgwQAIQMEADaDBAAdAAOAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOALA7BwByDgAAZAsCAK5tCwCoyA8A/sgPAFTJDwAAAAAAAAAAAAAAAAAQHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEAHikNALA7BwAizwkAZAsCAKq9CQAAvgkAVr4JAKy+CQACvwkAAAAAACqWAACAlgAAOiECAMyTAQAilAEAxmcCABquEAAgkQAAfBcCAHIOAAA+dQAAkMkAAE4nAAA6IQIAZokAAJDJAABkCwIA0gINADohAgB8FwIAeNEKAEIvBwDOLQ4A3NYJAIYYAAAqlgAAqlcBAB4pDQAAAAAAhhgAAGQLAgCqvQkAAL4JANzWCQDKkAAAcg4AAD51AAAi9gcAcg4AACrDAQCCmQEAsDsHACLPCQAqlgAAqr0JAFyiDwBKag0AEEUJAMqQAACSSQAAZokAAJxSAgAAAAAAsDsHAGQLAgCqvQkAAL4JAGKLAgC4iwIAcg4AAD51AAAi9gcAhhgAANwYAAAKCwMA7DQKAEI1CgCYNQoA7jUKAEQ2CgCaNgoA8DYKAEY3CgCcNwoA8jcKAEg4CgAqlgAASNwGAJ7cBgD03AYASt0GAKDdBgD23QYATN4GAKLeBgD43gYATt8GALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAGQLAgCIYA4AjFIGAOJSBgA4UwYAfCMIAGQLAgCCtQ8ApuYJAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQBkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQB2xgUAzMYFACLHBQB4xwUAzscFAApQEADIDgAAQF0JAJZdCQDsXQkAQl4JAJJJAACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYADEsNAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAD7RAwDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAcBMDAMYTAwDs4AoAQuEKAJjhCgDu4QoAROIKAJriCgC6CwIAEEUJAGZFCQC8RQkAgrUPANJCAgBkCwIAXvMMALTzDADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBCUAIAALwIAM4tDgCAlgAA1OsAAHzuAgCwOwcAsDsHAJKhAQBkCwIAiGAOAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQCSSQAAZAsCAFrZAADc1gkAzJMBADqiAgDOLQ4AWtkAAPwsAgDMkwEABjoGAIxSBgAilAEAfBcCAGQLAgC6CwIAIP8MANJCAgBkCwIA0gINAM6wDwAksQ8AgrUPAAY8BwBcPAcAsjwHAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCQNQwAqm0MAABuDADwZQwARmYMAJxmDADyZgwAROgNAJroDQDw6A0ARukNAJzpDQDy6Q0ASOoNAJ7qDQCoLQIA/i0CAKq9CQAAvgkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAiGAOAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQCSSQAAZAsCANICDQBOJwAAkkkAABAeCwBu0AwAzi0OAICWAADU6wAAfO4CADLjDwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgA+iQoAlIkKAOqJCgBAigoAlooKAOyKCgBCiwoAmIsKAO6LCgBEjAoAmowKAET5AABa2QAA/CwCAMyTAQAGOgYA1BgCANJCAgA6TAIAAOEFAJxSAgAQHgsApMQOAAAAAADKkAAAzJMBANJCAgA6TAIAntIBAHwjCAA6IQIAZLMAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCCtQ8AOiECAJJJAABmiQAAzJMBACKUAQBkCwIAntIBAHwjCAA6IQIAZLMAAGQLAgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCubQsAUJoOAABYAQBWWAEA6DgNAD45DQCUOQ0A6jkNAEA6DQBa2QAA3NYJAA7LDACGGAAAZAsCAIhgDgCEdwUAWokDAMyTAQAilAEAfBcCAGQLAgCIYA4AxKkOAM5WDQDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQByDgAAZAsCAMbDBQAcxAUAjl8MAORfDAA6YAwAkGAMAOZgDAA8YQwAkmEMAOhhDAA+YgwAlGIMANICDQCkxA4AAAAAAMqQAADMkwEA0kICADpMAgDK8AUAZAsCALoLAgDSQgIA8osJADQcAQBkCwIAiGAOAC5iEAA+SgAAypAAACCRAAAqxQIAgMUCAICWAACSoQEAWokDAMyTAQAilAEAfBcCAGQLAgBe8wwA0iMIAEwbEACiGxAAOiECAGaJAADcxgEA6B4AAEToDQCkxA4AAAAAAMqQAADMkwEA0kICADpMAgDSAg0AHpwGAKq9CQAAvgkAcg4AAMgOAACm5gkA0kICAGSzAAAqlgAAugsCANJCAgDyiwkANBwBAGQLAgCQNQwABjoGAHIOAABkCwIAkAoMAJBKAQBcog8A2EkEACzMBQCOdgIAWokDAGQLAgC6CwIAEAwCALyJAADMowkAeEACANJCAgBaiQMAZAsCAIK1DwDSQgIAZAsCALLoBwDIDgAApuYJANJCAgBkswAAhhgAACqWAACqVwEACgsDABYRAwCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoA0gINAKTEDgAAAAAAypAAAMyTAQDSQgIAXKIPACKUAQB8FwIAZAsCANICDQAenAYAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMAKpYAAJJJAABmiQAAIvYHAHwjCADSQgIAXKIPACKUAQBOJwAAIP8MAGQLAgCubQsABG4LAFpuCwDeRgEATicAACD/DAB2/wwAzP8MACIADQBmiQAAzJMBAFYvAgBmiQAANAsOALIZCwAIGgsAIpQBABRPDQCEdwUA8BENADR0AgByDgAAvmUDAGaJAACcUgIAEB4LAGj4DAAyMw0Acg4AABSPAgBkCwIA8GUMAEJQAgCYUAIA7lACADIZAAAAuAYAVrgGAIowCwDgMAsANjELAIwxCwDiMQsAODILAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEAeO4DADohAgA45g8A3NYJAGaJAAAkwgIAzJMBACKUAQDeYA4AZh4LALweCwASHwsAaB8LAL4fCwAUIAsAaiALAMAgCwAWIQsAbCELAMIhCwAYIgsAbiILALTzDAASnAkAaJwJAL6cCQDKkAAAfCMIAKq9CQAAvgkAAOEFACL2BwBkCwIAypAAAHwjCAAAAAAAsDsHAGQLAgCIYA4AjFIGAOJSBgA4UwYAjlMGAORTBgDc1gkAVgAAAFYvAgCGGAAAKpYAAJJJAABa2QAAsDsHANJCAgBsZQIAVi8CAHwXAgB40QoAztEKACTSCgB60goA0NIKACbTCgA6TAIAcg4AACrDAQDoHgAAcg4AAAoLAwB8FwIAeNEKAM7RCgAk0goAetIKANDSCgAm0woAfNMKANLTCgAo1AoAftQKANTUCgC6CwIAIP8MANJCAgCCtQ8A0kICAGQLAgCy6AcA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAA8GUMAEZmDACcZgwA8mYMAGxlAgBixgoA3BgAAFrZAADc1gkAMjMNAHIOAAAUjwIAEB4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCsuAYAArkGAFi5BgCuuQYABLoGAFq6BgDSAg0AIvYHAHwjCADSQgIAOkwCAHIOAAAqwwEAZAsCALoLAgAg/wwAdv8MAMz/DAAGPAcAXDwHALI8BwBkCwIAiGAOAGSzAABWAAAAZAsCAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAMrFBQAgxgUAPNADAJLQAwDo0AMAPtEDAJTRAwBmiQAAzJMBACqWAACAlgAA1OsAAHzuAgB8wQEADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAKpYAADQcAQBWAAAASmQKANJCAgAoQwIAjnYCAFqJAwBkCwIAugsCABAMAgBmDAIALtsMAITbDACQNQwA5jUMADw2DADwZQwAQlACAJhQAgDuUAIAqr0JAAC+CQByDgAAyA4AAJKhAQDKkAAAkkkAAIxSBgCwOwcAfCMIAF6jDwCGGAAAQlACAJhQAgDuUAIA8GUMAEZmDADSQgIAZAsCALLoBwDoHgAAPh8AAJQfAACGGAAAQlACAJhQAgDuUAIAkAoMAJBKAQDmSgEAJMICAMyTAQB8IwgAXqMPAGSzAAAacwgAZAsCAGj4DAAyMw0Acg4AABSPAgBkCwIAkDUMAKptDAAAbgwAbGUCAGLGCgDcGAAAWtkAALA7BwCm8A4AypAAAFYAAABkCwIAugsCABAMAgBmDAIALtsMAITbDAC8DAIA8lQDALA7BwBqOQIA4jsQABpzCABmiQAAzrAPAIYYAAAqlgAAQi8HAHIOAABqOQIApkgQAPxIEADSQgIAOkwCAHIOAADIDgAAkqEBACTCAgBkGwoAfCMIANIjCAAi9gcAfCMIANJCAgA6TAIAcg4AACrDAQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBwEwMAQlACAJhQAgDuUAIAhAILANoCCwAwAwsAhgMLANwDCwAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAZAsCAC4GDQDIDgAAQF0JAJZdCQDsXQkAQl4JAKoTCgAgUQsAdlELAMxRCwBu0AwA1OsAAHzuAgCubQsAcg4AABSPAgBqjwIAOiECAJKhAQA4TwQAeO4DAEIlAgBkCwIA0gINAB6cBgDwZQwAKpYAAFrZAABkCwIAxsMFABzEBQByxAUAyMQFAB7FBQB0xQUAysUFACDGBQA80AMACgsDAHzBAQAO8AkAZPAJALrwCQAQ8QkAZvEJALzxCQAS8gkAaPIJAHb5CQAAAAAAAAAAAAAAAACEAAoA2gAKADABCgCGAQoA3AEKADICCgCIAgoA3gIKAAAAAAAAAAAANAMKAIoDCgDgAwoAfEYEAPYIBwBMCQcAugsCACD/DAB2/wwAzP8MAAoLAwA6JQQAkCUEAKggEQD+IBEAVCERAKohEQBmiQAAOiECAJKhAQDOLQ4AugsCABBFCQBmRQkAvEUJAPBlDABGZgwAnGYMAPJmDABIZwwAnmcMAPRnDABKaAwAKpYAAIYYAADcGAAAKpYAAIYYAACGGAAA3BgAACqWAACGGAAAkkkAAAoLAwBwEwMAxhMDAOzgCgBC4QoAmOEKAO7hCgBE4goAmuIKALoLAgAQRQkAZkUJALxFCQCCtQ8A0kICAGQLAgBe8wwAtPMMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAGCoPAAoLAwAAAAAAZAsCADohAgCQIQIATicAAE4nAACkJwAAgJYAAFyiDwAilAEAfBcCAGQLAgCIYA4AjFIGAOJSBgA4UwYAfCMIAGQLAgCCtQ8ApuYJAJJJAABkCwIA0gINAE4nAACSSQAAEB4LAG7QDAD4tQcAhMcCANrHAgAKCwMA0gINADzkDQBWvAgArLwIADohAgAqzQYAgM0GANbNBgAszgYAgs4GADD7BgDGwwUAHMQFAHLEBQDIxAUAHsUFAHTFBQDKxQUAIMYFADzQAwCS0AMAyqQKACClCgDSAg0AKAMNAH4DDQDUAw0A1tsNAFrZAADczAQA0gINACgDDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgBkCwIAxqoOAAAAAABkCwIA8sQQAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCGzAQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAOOYPAIK1DwBOJwAAZAsCAIhgDgDgSQIANkoCAIxKAgBwrA8AUJoOABINAgBoDQIAvg0CABQOAgByDgAAZAsCAJAKDADmCgwAjnYCAChDAgB0xwYAMCgIAJJJAAAQHgsAbtAMAGQLAgAAAAAAZAsCAIhgDgDEqQ4AzlYNADohAgA45g8Aqr0JAAC+CQByDgAAyA4AAKbmCQDSQgIAZLMAACqWAACoLQIA/i0CAICcAwC+JQ4AsDsHAJKhAQBkCwIAfBcCAMyTAQAkwgIAZBsKAM4tDgAkLg4AzrAPACSxDwB8FwIAzJMBACTCAgBkGwoA6qoFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgBkGwoANBwBAKBaBQD2WgUATFsFAKJbBQCGzAQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAOOYPAIK1DwBOJwAAZAsCAIhgDgDgSQIANkoCAIxKAgA0HAEAoFoFAPZaBQBMWwUAolsFAPhbBQCoLQIA/i0CAICcAwC+JQ4AsDsHAJKhAQBkCwIAfBcCAMyTAQAkwgIAZBsKAOqqBQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIAZBsKADQcAQCgWgUA9loFAExbBQCiWwUA+FsFAKgtAgD+LQIAgJwDAL4lDgCwOwcAkqEBAGQLAgB8FwIAzJMBACTCAgBkGwoAzi0OACQuDgDOsA8AJLEPAHwXAgDMkwEAJMICAGQbCgDqqgUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAGQbCgB8IwgAGq4QAJKhAQDOLQ4AhhgAANwYAADeRgEATicAACD/DAB2/wwAzP8MACIADQCAxQIAgJYAANTrAAB87gIAcBMDAMYTAwDs4AoANBwBAIocAQASywsAaMsLAL7LCwAUzAsA8GUMAEJQAgCYUAIA7lACAHwjCAA0HAEAihwBABLLCwBoywsAvssLABTMCwDwZQwAQlACAJhQAgDuUAIAfCMIADQcAQCKHAEAEssLAGjLCwC+ywsAFMwLAJAKDADmCgwAPAsMAJILDADoCwwAPgwMAJQMDACSoQEA6KEBAF62AwC0tgMAZAsCAMqQAADSQgIAkqEBAKq9CQAAvgkAcg4AAMgOAACSoQEAJMICAGQbCgCQNQwA2EkEAC5KBACESgQA2koEADBLBABkCwIArm0LAARuCwCSSQAAhHcFAFqJAwBkCwIAugsCACD/DADSQgIAZAsCAJAKDADmCgwAPAsMAJILDADoCwwAPgwMAJQMDACoLQIA/i0CAICcAwDWnAMALJ0DAIKdAwC6CwIAIP8MAHb/DADM/wwAIgANAJA1DAAGOgYAXDoGAJA1DADmNQwAPDYMAJI2DAAenAYAkAoMAOYKDAA8CwwAkgsMAOgLDAA+DAwAlAwMAGo5AgCe0gEAcg4AAMgOAAA0HAEALMwFAJxSAgBkswAAGnMIAMyTAQAilAEAfBcCAGQLAgCQCgwA5goMADwLDACSCwwA6AsMAD4MDACUDAwAugsCACD/DADSQgIAZAsCACASAQCilg0A9PAQAErxEADwZQwARmYMAJxmDADyZgwAkAoMAJBKAQA6TAIAkEwCABBFCQCwIA8AKpYAAHwjCABkCwIAWtkAAMyTAQAGOgYA6EkAAGQLAgAAAAAAZAsCAIK1DwDSQgIAZAsCAHoFDwAAAAAAZAsCAIK1DwDSQgIAZAsCAHoFDwDQBQ8AROgNAB6cBgBe8wwAXqMPALSjDwAUHAkA3rgPADS5DwBeow8AhhgAAGSzAABWAAAArAAAAEQPDACaDwwA8A8MAEYQDACcEAwANBwBACzMBQDOsA8A+gACAGaJAAAAvAgAVrwIALyJAABsZQIAePQGADQLDgB40QoAaPgMAL74DAAU+QwAavkMAPBlDABGZgwAnGYMAPJmDAA6IQIAOOYPACqWAACGGAAAZAsCALoLAgAg/wwAdv8MAMz/DAAiAA0AkDUMAOY1DAAM0hAAYtIQALjSEAAO0xAAZNMQAM4tDgB8IwgAajkCAGQLAgCIYA4AhHcFAFqJAwBkCwIAiGAOAMSpDgDOVg0AkDUMAOY1DAAM0hAAYtIQALjSEAAO0xAAZNMQAJA1DAAGOgYACgsDAHATAwD08BAASvEQAKDxEACQNQwA5jUMAAzSEABi0hAAuNIQAA7TEABk0xAAkAoMAJKhAQDOLQ4AJC4OANzGAQDoHgAAqr0JAHwrDADSKwwAZAsCAGgJAACGGAAA9PAQAErxEACg8RAAkDUMAOY1DAAM0hAAYtIQALjSEAAO0xAAZNMQAMqQAAAgkQAAkkkAAIxSBgDiUgYAOFMGACqWAACAlgAA1OsAAHzuAgCSoQEA6KEBAF62AwC0tgMAZAsCALLoBwCEMQ0AZLMAABpzCABkCwIAugsCABBFCQBmRQkAvEUJABgqDwBuKg8AfBcCAHjRCgA0HAEAZAsCAMyTAQAilAEAZAsCANICDQDOsA8AWokDAGQLAgCCtQ8ATicAAGQLAgCIYA4ALmIQAD5KAACUSgAAyA4AAKbmCQDSQgIAZLMAACqWAACSoQEA6KEBAISDCwDagwsAMIQLADDIAgBaiQMAZAsCAJA1DADmNQwADNIQAGLSEAC40hAADtMQAGTTEADOLQ4AfCMIAGQLAgB8FwIAeNEKADQcAQCIYA4ALmIQAD5KAAB8FwIAeNEKADQcAQByDgAAZAsCANICDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAXvMMANJCAgBcog8AJMICAGQbCgC6GwoAZAsCALoLAgAg/wwAdv8MAMz/DAAiAA0AugsCACD/DADSQgIAZAsCAJ7SAQB8IwgAOiECAGSzAACcwA4A3BgAAN5GAQBOJwAAIP8MAHb/DADM/wwAIgANAIDFAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA+LUHALqzAACigAIA+IACAE6BAgB8IwgAXqMPAE4nAABOJwAAIP8MAHb/DADM/wwAIgANAIDFAgCAlgAA1OsAAHzuAgAoAw0AkkkAAIxSBgBKag0AjsoBALyJAADMowkAypAAANJCAgCIYA4AxKkOAM5WDQC6CwIAEEUJAFLGDgDGZwIAEuYDAGjmAwC+5gMAFOcDAGrnAwDA5wMAFugDAGzoAwA6IQIAOOYPAKq9CQAAvgkAcg4AAMgOAACSoQEAJMICAGQbCgB8IwgACgsDAIYYAADcGAAA3kYBAJQjAgCcZAsA8mQLAEhlCwCeZQsAugsCAAh6EAAgkQAAPOIMAJJJAACMUgYAsDsHACLPCQCSSQAAEB4LAIYYAAByDgAAgpkBALA7BwAizwkAeO4DAM7uAwCqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCAK5tCwBQmg4AUGsMAKZrDAD8awwAUmwMAKhsDAD+bAwAVG0MAF7zDADSQgIAXKIPACTCAgBkGwoAZAsCANQYAgAqGQIAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAKCwMAugsCACD/DADSQgIAZAsCAJAKDAB8IwgARDQJAGQLAgCQNQwAqm0MAABuDADwZQwARmYMAJxmDADyZgwAkqEBAOihAQBetgMAtLYDAF6jDwCqvQkAAL4JAAAAAADKkAAAzJMBANJCAgA6TAIAyvAFAGQLAgA0HAEAihwBABLLCwBoywsAvssLABTMCwCQCgwAkEoBAOZKAQAkwgIAzJMBAHwjCABeow8Acg4AAGQLAgCQCgwA5goMADwLDACSCwwA6AsMAD4MDACUDAwAfBcCANIXAgBkCwIAugsCABBFCQBmRQkAvEUJAHIOAABkCwIAkDUMAOY1DAA8NgwAcg4AAFYAAAAUHAkASNwGAE4nAACOygEA5MoBADrLAQAYKg8AVi8CACqWAACAlgAA1OsAAHzuAgBa2QAA/CwCAHApDgDyVAMAIpQBAHwXAgAKCwMAhhgAANwYAADeRgEAdJQCAA6mDwAa0w0AfCMIAF6jDwC0ow8ACqQPAGCkDwC2pA8ADKUPAGKlDwC4pQ8ACgsDAHIOAAAUjwIAhHcFANp3BQBkswAAkkkAAAoLAwDSQgIAOkwCAGKLAgCe3AYAJMICAGQbCgC6GwoAKEMCADohAgCSoQEAzi0OAPKRDABIkgwAnpIMAPSSDABKkwwAZLMAAGaLAQDSQgIAOkwCAPKRDABIkgwAnpIMAPSSDABKkwwAoJMMAPaTDABMlAwAopQMAPiUDABOlQwApJUMAALaAQBY2gEA6PkCAD76AgDOLQ4A8pEMAEiSDACekgwA9JIMAEqTDACgkwwA9pMMAEyUDACilAwA+JQMAE6VDACklQwAVgAAAKwAAACOdgIA7I4MAOgeAAAa0w0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgBwKQ4A8lQDACKUAQB8FwIACgsDAACsAABWrAAArKwAAHSUAgAOpg8AGtMNAHwjCABeow8AtKMPAAqkDwBgpA8AtqQPAAylDwBipQ8AuKUPAAoLAwByDgAAFI8CABAeCwBmHgsAMCgIAKpXAQAeKQ0ACgsDAHwXAgA0HAEAMCgIAIYYAACSSQAAZokAAJxSAgCMUgYAsDsHACLPCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAAnr0MALIZCwA6IQIAKs0GAJxSAgBmiQAAALwIAGQLAgCubQsAqMgPAP7IDwBUyQ8AALwIAAoLAwBsZQIAtskMAAzKDABiygwAuMoMAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAAFb1DwBkCwIAgrUPAKbmCQCSSQAAZAsCAIK1DwBOJwAAZAsCADQcAQAwKAgAhigIAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgCK1ggAEB4LAHwjCABkCwIAOiECAFqJAwBkCwIA0gINAM6wDwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgCQCgwAkEoBAOZKAQAYJg0AbiYNAMQmDQB8FwIA0hcCAIK1DwCm8A4ALtsMAITbDACIXAwA3lwMALoLAgAQDAIArMQMAALFDABYxQwArsUMAATGDABaxgwAsMYMAAbHDACQCgwA5goMAI52AgDsjgwA6B4AAK5tCwCoyA8A/sgPAFTJDwBkswAAhMcCAMyGEAB8FwIA3NYJADLXCQCQNQwA5jUMADw2DAAAQwwAVkMMAIRiEAA6TAIAAOEFACL2BwBkCwIAAAAAAJznDABkCwIA3NYJAGaJAADOsA8AfCMIAJKhAQDOLQ4AfCMIAK5tCwBQmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAAoLAwAAMQMAVjEDAKwxAwAucwMAhHMDANpzAwAwdAMAhnQDANICDQCcUgIA0gINAJxSAgAAAAAAXPIMAGQLAgB8IwgAvJsJAEi/DQCevw0A9L8NAErADQAKCwMAOiECAFqJAwCSSQAAEB4LABAOAwAacwgAZokAAI52AgDc1gkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCAKjIDwD+yA8AVMkPAIYYAACSSQAAZokAAPT9AQBkCwIArm0LAKjIDwD+yA8AVMkPALA7BwCm5gkAIJEAACrFAgBe8wwAXqMPAJJJAAAQHgsASNwGAJJJAAAQHgsAZokAAI52AgA6TAIAXvMMAF6jDwCSSQAAEB4LAEjcBgCSSQAAEB4LAHIOAACCmQEA2JkBAC6aAQCEmgEAXMcMALLHDABkCwIAOiECAFqJAwBkCwIAsugHAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAHjuAwDoHgAAPh8AADpMAgCe0gEA6P8FAEjcBgCSSQAAjFIGALA7BwA0HAEALMwFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCAKq9CQAAvgkAYosCAIheDQCGGAAAkkkAAGQLAgDGwwUAhMcCANrHAgAwyAIAhsgCAJKhAQBmiQAA3MYBABSPAgCGzAQAkAoMAJBKAQDmSgEAGCYNAG4mDQDEJg0AGicNAGQLAgDGwwUAHMQFAA57DwBkew8AunsPABB8DwBmfA8AvHwPAGQLAgBa2QAAzJMBAAY6BgDoSQAAZAsCAK5tCwBQmg4AppoOAPyaDgBcOgYAxsMFABzEBQC8iwEA+LUHACqWAAByDgAAKsMBAGo5AgAqNRAAgDUQAB4pDQB0KQ0AzJMBAAY6BgAQHgsAfCMIAGQLAgBa2QAAzJMBAAY6BgDoSQAAZAsCAMbDBQAcxAUAvIsBABKMAQDKkAAAOiECAJJJAAAQHgsA8j0NAEg+DQBOQw4ATicAAI7KAQDkygEAOssBANItDQAoLg0Afi4NANQuDQAqLw0AsDsHALA7BwCm8A4AiGAOAIxSBgDiUgYAOFMGAHwjCABkCwIAgrUPAKbmCQCSSQAAZAsCAJA1DADmNQwAgrUPAE4nAAAqlgAAfCMIAF6jDwB8IwgAZAsCAIhgDgCMUgYA4lIGADhTBgCOUwYA5FMGADpUBgAaTAoAPDgNAJI4DQByDgAAFI8CAIhgDgCMUgYA4lIGADhTBgB8IwgAZAsCAIK1DwCm5gkAkkkAAGQLAgCQNQwA5jUMABYRAwBS6QoANGEOAJ4+DQD0Pg0ASj8NAKA/DQD2Pw0ATEANAKJADQD4QA0ATkENAKRBDQBmTQ0AvE0NABJODQBoTg0AFhEDAIxSBgDiUgYAOFMGAI5TBgDkUwYAOlQGABpMCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0gINAE4nAACSSQAAEB4LAG7QDACIYA4AxKkOAM5WDQA6IQIAOOYPANICDQDOsA8AJLEPAJA1DADmNQwADNIQAGLSEAC40hAAzrAPAGSzAAAqlgAAgrUPAE4nAABkCwIArm0LAKjIDwD+yA8AVMkPAGQLAgDwZQwARmYMAJxmDADyZgwA6iMCAFCaDgCmmg4AeO4DAK5tCwBQmg4AppoOAHjuAwDwZQwARmYMADIZAACubQsAqMgPAP7IDwBUyQ8AqMgPAP7IDwBUyQ8AKpYAAMyTAQAkwgIAZBsKAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEAhl0NANxdDQAyXg0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAEB4LAHwjCABkCwIArm0LAFCaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAAfO4CAHwXAgDSFwIAfCMIAGQLAgDwZQwARmYMAJxmDADyZgwA6iMCAFCaDgASDQIAaA0CAL4NAgAUDgIAZAsCALLoBwCEMQ0AZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIAylgPACBZDwDwZQwARmYMAJxmDADyZgwA6iMCAFCaDgASDQIAaA0CAL4NAgAUDgIAag4CAFCaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyVAMAAAAAAIYYAADyVAMASFUDAIhgDgDEqQ4AzlYNAMbDBQAcxAUAcsQFAMjEBQAexQUAdMUFAF7zDAC08wwAEpwJAIK1DwAGPAcAXDwHAJAKDADMkwEAIpQBALLoBwBadg8AsHYPAI52AgCqvQkAAL4JAADhBQBW4QUAhDENAGSzAABkswAAKpYAACqWAAA6IQIAOOYPANICDQA6IQIAkqEBAADhBQAi9gcAZAsCAJAKDACQSgEA5koBALDKDgAGyw4AXMsOALLLDgAIzA4AgrUPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgDwZQwA+gACAABaAgCMUgYAKpYAAHIOAABkCwIAgrUPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgDwZQwA+gACAABaAgCGGAAA3BgAAGqZBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQAMZAQAgrUPADohAgCe0gEA6P8FAEjcBgCSSQAAZAsCAGj4DAC++AwAFPkMAGr5DADwZQwARmYMADIZAADSAg0AnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQAwKAgAkkkAAOhJAAAyMw0AfCMIAGQLAgDOLQ4AfCMIAGQLAgByegsAsDsHAAY8BwCSSQAAjFIGALA7BwAizwkACgsDAMqQAAAgkQAAWtkAALDZAAAoQwIAVvUPAET5AADw+wEAcnoLAMh6CwCCtQ8AIs8JAGQLAgDSAg0AHpwGAHJ6CwCGGAAA3BgAAGqZBwAqlgAAcnoLAMh6CwAkwgIAesICANDCAgAmwwIAkDUMAOY1DAB4lAEAsDsHAKbwDgDCZQIAWtkAAMyTAQAGOgYA6EkAAIR3BQB8KwwAkkkAAOhJAABaiQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCAAC8CAByDgAA8GUMAPJUAwDSAg0AyK0PAB6uDwB0rg8Ayq4PACCvDwAilAEAfBcCAK5tCwCoyA8A/sgPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEASmoNAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAAAYKg8AimUQANICDQCkxA4AzKMJAMqQAABmiQAAALwIAKgtAgD+LQIAOmgQAJBoEAD0bxAASnAQAKBwEAD2cBAATHEQAKJxEAD4cRAAhswEAJA1DACqbQwAAG4MAPBlDABGZgwAnGYMAPJmDAByegsAkkkAAIR3BQB8KwwAKpYAAHJ6CwBOJwAAjsoBAAC8CAByDgAA6B4AAHJ6CwAUTw0AhHcFAHwrDACSSQAA6EkAAFqJAwBIZwwAEAwCAAC8CAByDgAA1O8CAAoLAwAKCwMAcv0MAMj9DAAe/gwAdP4MAMr+DACw8QwABvIMAIK1DwDSQgIAZAsCAPBlDAAqlgAAZokAAI52AgCubQsABG4LAHwjCABkCwIAgrUPAE4nAABkCwIAkDUMAOY1DAD08BAA6qAAAEQ0CQAqlgAAcg4AAGQLAgDwZQwARmYMAJxmDADyZgwA6iMCAFCaDgCmmg4AeO4DAF7zDADW2w0ALNwNAILcDQDY3A0ALt0NAITdDQDa3Q0AMN4NAIbeDQDc3g0AMt8NAIjfDQAAvAgA0kICADpMAgAA4QUAIvYHAFqJAwBkCwIArm0LAFCaDgCmmg4AeO4DABSPAgDSAg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAMA5AgB8KwwA0isMACgsDAB+LAwA1CwMACotDACALQwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwCMUgYA4lIGADhTBgB8IwgAZAsCAIK1DwCm5gkAkkkAAGQLAgBa2QAA/CwCAMyTAQAGOgYAjFIGACKUAQB8FwIAZAsCALoLAgAg/wwA0kICAGQLAgCCtQ8ABjwHAFw8BwBChwgAmIcIAO6HCABEiAgAmogIAICWAADU6wAAfO4CANQFDgAqBg4AgAYOANYGDgAsBw4AggcOANgHDgAuCA4AhAgOANoIDgAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgAQDgMA9CwEAEotBACgLQQA9i0EAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQAEA4DAPQsBABKLQQAoC0EAPYtBABMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAHwXAgB8FwIA0kICADpMAgB8FwIAshkLAJxSAgAQHgsAKpYAAICWAADU6wAAfO4CAIYYAADyVAMAIpQBAHwXAgBkCwIAsugHAOgeAABCLwcAzi0OAEjcBgCSSQAAEB4LAHwjCABkCwIAiGAOAN5gDgA0YQ4AtE0PALLoBwBadg8AsHYPAI52AgCSSQAAVgAAAGr1CgDA9QoAkkkAAAAAAABOJwAAjsoBAOTKAQCe/wIAqr0JAAC+CQAA4QUA3MYBAMgOAAAizwkACgsDAIwhAwDiIQMAOCIDAI4iAwDkIgMAOiMDAJAjAwDmIwMAPCQDAKbmCQCSSQAAVgAAAOqgAACSSQAAZAsCALoLAgDSQgIA8osJADQcAQBkCwIAsugHAGyoDgDCqA4AzJMBAMbDBQC6swAAzi0OACQuDgCwOwcA0kICAGxlAgDeYA4ANGEOABp/DgBwfw4AgooPANiKDwAuiw8AhIsPAI52AgAqlgAAfCMIAGQLAgCIYA4A3mAOADRhDgAafw4AcH8OAIKKDwDYig8ALosPAISLDwAqlgAAZokAAMJlAgB8IwgAZAsCAIhgDgDeYA4ANGEOABp/DgBwfw4AgooPANiKDwAuiw8AhIsPALoLAgAQDAIAZgwCALwMAgA2jQ4AjI0OAOKNDgBsJw4AwicOABgoDgBuKA4AxCgOABopDgCSoQEAzi0OACQuDgBkCwIAiGAOAN5gDgA0YQ4AGn8OAHB/DgCCig8A2IoPAC6LDwCEiw8A6KEBAFrZAABkCwIAiGAOAN5gDgA0YQ4AGn8OAHB/DgCCig8A2IoPAC6LDwCEiw8AwmUCAHwjCABkCwIAiGAOAN5gDgA0YQ4AGn8OAHB/DgCCig8A2IoPAC6LDwCEiw8Acg4AAGQLAgC6CwIAEAwCAGYMAgC8DAIAqr0JAAC+CQByDgAA0i0NAJKhAQCSSQAAZAsCALLoBwCEMQ0AgooPANiKDwAuiw8AhIsPAAAAAACwSQ4AZAsCALoLAgAQDAIAZgwCAEi9DACubQsAqMgPAP7IDwBUyQ8AIs8JACqWAACy6AcA6B4AACJYDgB4WA4AzlgOAGQLAgCCtQ8AiGAOAN5gDgDWXA4ALF0OAIJdDgDYXQ4ALl4OAIReDgBkCwIAgrUPAJKhAQCSoQEAzi0OAEjcBgCSSQAAjFIGACKUAQACAQAAjI8PAHIOAABkCwIAkhEPAAZKDgCSSQAAypAAAFYAAABkswAAurMAAKKAAgD4gAIAToECADQcAQCKHAEAEssLAGjLCwC+ywsAFMwLAGaJAACOdgIAfCMIAEQ0CQBa2QAAhhgAAGSzAAC6swAAooACAPiAAgBOgQIAkkkAABAeCwDyPQ0AAnENAFhxDQCucQ0ABHINAFpyDQCwcg0A6B4AAHIOAAAAAAAAAAAAAI6ODgDkjg4AOo8OAJCPDgBE+QAALgYNAIbMBADCqg8AGKsPAG6rDwC8DAIAAAAAAMbDBQAcxAUAcsQFAPJqDgBIaw4AnmsOAHIOAADIDgAAkqEBAM4tDgBqOQIAkqEBAOihAQBwLRAAIpQBAE4nAABa2QAA/CwCAHApDgAqNRAAgJYAANTrAAB87gIAfCMIAF6jDwA6IQIAkCECAHQ+AgCEdwUA8BENAEYSDQAkwgIAesICANDCAgA4TwQAfCMIANIjCABMGxAAjFIGALA7BwAizwkAZAsCAFrZAAD8LAIAcCkOAPJUAwAilAEAfBcCAF7zDABeow8AtKMPAAqkDwBgpA8AtqQPAAylDwBipQ8AjFIGALA7BwAizwkAZAsCAFrZAAD8LAIAcCkOAPJUAwAilAEAfBcCALLoBwCEMQ0AzJMBAAY6BgAQHgsA8j0NAAoLAwCIYA4A3mAOADRhDgAafw4AcH8OAMZ/DgAcgA4AcoAOALoLAgAQDAIAZgwCALwMAgA2jQ4AjtAEAOTQBADm3wsAfCsMAOoECABENAkApuYJAJJJAABkCwIAAAAAAF6jDwCAlgAA1OsAACrsAAAAAAAAAAAAALLoBwCEMQ0AzJMBAAY6BgAQHgsA8j0NADjQBADAJg4AFicOALRNDwC6CwIAEEUJAGZFCQC8RQkAAAAAAOaPDgB8wQEATicAAI7KAQDkygEASP8CAAoLAwCubQsAUJoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBA5AwAluQMAKq9CQAAvgkAntIBAOj/BQBI3AYAkkkAAIxSBgCwOwcAIs8JAGQLAgCQNQwA5jUMAKpXAQAeKQ0AdCkNAMopDQAgKg0AdioNAMwqDQAiKw0AeCsNAM4rDQAkLA0A0gINAB6cBgDwZQwARmYMAGqZBwAYKg8AIGoCAHZqAgDMagIAImsCAGQLAgCubQsAUJoOAKaaDgD8mg4AXDoGAMbDBQAcxAUAvIsBABKMAQB83Q8ANBwBACzMBQDMkwEAIpQBAPJUAwAilAEAfBcCAGQLAgCQNQwA5jUMAJq/DgDwvw4AOJAPAI6QDwB4QAIARsAOAIbMBAAAAAAAZAsCAMqQAAAgkQAAnugMAPToDABK6QwAoOkMAPbpDABM6gwAouoMAPjqDACoyA8A/sgPAFTJDwA6IQIAOOYPAJJJAABa2QAAKpYAACqWAACGGAAAZAsCAIhgDgDeYA4ANGEOAFYAAACsAAAAAgEAAIbMBACavw4A8L8OAIbMBACSSQAAeEACAEbADgCGzAQAAAAAAGQLAgCIYA4ALmIQAMyTAQB47gMAzu4DACTvAwDeYA4ANGEOAJ4+DQD0Pg0ASj8NAKA/DQD2Pw0ATEANAKJADQD4QA0ATkENAKRBDQBmTQ0AvE0NABJODQBoTg0Avk4NAGxlAgC2yQwAfCMIAIYYAABCUAIAVvUPACIZBABCJQIAmCUCAET5AADw+wEAkgEHAITHAgDaxwIAMMgCALyJAADSQgIA8osJAHIOAAAqwwEAIpQBAPJUAwB47gMAQiUCAA7LDAB8IwgAZAsCAJA1DADmNQwAkkkAABAeCwDyPQ0ASD4NAAY8BwBcPAcAQocIAJJJAADgSQIAgrUPACLPCQBkCwIAsugHAOgeAAAiWA4AeFgOAM5YDgBWLwIAZokAAAC8CABWvAgArLwIAMbDBQCExwIA2scCADDIAgA6IQIAZokAALyJAACSoQEAZokAAGxlAgCkbA0A+mwNAFBtDQCmbQ0A/G0NAFJuDQCqvQkAfCsMACJtAwB4bQMAbtAMANTrAAB8KwwAVgAAAJJJAAAQHgsAAAAAAAAAAAAAAAAAOiECADjmDwBOJwAAIP8MANJCAgA6TAIA0gINADzkDQBWvAgAaAkAAL4JAABo+AwAMjMNAIgzDQBmiQAATicAAJJJAAAQHgsAbtAMAGQLAgDSAg0APOQNAFa8CABoCQAAvgkAAGj4DAAyMw0AiDMNAK5tCwBmiQAAvIkAABpzCABoCQAAvgkAAGj4DAAyMw0AiDMNAK5tCwBmiQAAvIkAABpzCABoCQAAvgkAAGj4DAAyMw0AiDMNADhPBAAilAEAgpkBACKUAQAUHAkA3rgPADS5DwCKuQ8A4LkPAAAAAAC6CwIAEAwCAGYMAgDu6Q4AROoOAGQLAgCIYA4A3mAOADRhDgC0TQ8AbGUCAAAAAABkCwIAiGAOAN5gDgA0YQ4AtE0PALLoBwCEMQ0AzJMBAAY6BgAQHgsA8j0NAJAKDADmCgwAHlYOALoLAgAQDAIAZgwCAMbDBQCExwIAyOkCAGSzAAAqlgAAQi8HAJKhAQDOLQ4AfCMIAGyoDgDCqA4AGKkOAG6pDgDEqQ4AGqoOAF7zDAAarhAAcK4QAChDAgCcUgIAjFIGALA7BwAizwkAVi8CADQcAQByDgAAiGAOAN5gDgA0YQ4AtE0PAJAKDADmCgwAHlYOALoLAgAQDAIAZgwCALLoBwCEMQ0AzJMBAAY6BgAQHgsA8j0NAGo5AgBqOQIAJAUPAGQLAgC6CwIAEAwCAGYMAgC8DAIAqMgPAP7IDwBUyQ8AugsCANJCAgDyiwkANBwBAIK1DwCm8A4AkDUMAHwXAgCGGAAA3BgAANJCAgA6TAIAyvAFAGQLAgDKkAAAIJEAADziDACS4gwA6OIMAD7jDACU4wwA6uMMAJaSDgDUBw8AKggPAIAIDwCwSQ4AwOMBACJYDgB4WA4AzlgOAGQLAgBo+AwAMjMNAIgzDQDWXA4ALF0OAIJdDgDYXQ4ALl4OAIReDgBkCwIAaPgMADIzDQCIMw0AZokAALyJAAAacwgAZAsCALLoBwDoHgAAIlgOAHhYDgDOWA4AZAsCAGj4DAAyMw0AiDMNAIhgDgDeYA4A1lwOACxdDgCCXQ4A2F0OAC5eDgCEXg4AZAsCAGj4DAAyMw0AiDMNAAAAAAD0/QEAkkkAAMqQAADSQgIAOkwCABgqDwBWAAAArAAAAAAxAwBWMQMArDEDAAIyAwCubQsAUJoOABINAgBoDQIAvg0CABQOAgBqDgIAJhcCAKq9CQB8KwwAxsMFABzEBQByxAUA8GUMAEJQAgCYUAIAAAAAABgqDwBuKg8AuqYPABCnDwBmpw8AvKcPAEi9DACQCgwA5goMAB5WDgAKCwMAvqgPABSpDwBqqQ8ACgsDAGQLAgDKkAAAIJEAAPJUAwAGOgYAXDoGAJ7SAQDOLw8AVgAAAMyTAQAGOgYAEB4LAG7QDAAkwgIAzJMBACKUAQAibQMAZokAADQLDgB40QoAkAoMAJKhAQBmiQAAnFICAE4nAAAg/wwA0kICADQcAQBkCwIAsugHAIQxDQDMkwEABjoGABAeCwB8KwwA0isMAGQLAgC6CwIAEEUJAFLGDgCoxg4A/sYOAFTHDgCqxw4AAMgOAFbIDgDSAg0ATicAAJJJAAAQHgsAbtAMADANEACGDRAA3A0QADIOEACIDhAA3g4QAOyODABkCwIAugsCACD/DAB2/wwAzP8MALLoBwBsqA4AwqgOABipDgBuqQ4AWnYPALB2DwCOdgIAkkkAABAeCwDSAg0AOiECAL4lDgAUJg4AkkkAABAeCwCEMQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAACHoQABAMAgBmDAIAvAwCAE5DDgCkQw4A+kMOACD/DAB2/wwAzP8MALLoBwBsqA4AwqgOABipDgBuqQ4AWnYPALB2DwCOdgIAkkkAABAeCwDSAg0AOiECAL4lDgAUJg4AkkkAABAeCwCEMQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAACHoQAFBEDgCmRA4A/EQOANzGAQBkCwIAAAAAAGQLAgC6CwIAEAwCAGYMAgAu2wwAhNsMAAAAAACqvQkAfCsMANIrDAAKCwMArm0LAEIvBwCYLwcAVvUPACIZBADoHgAAfCMIAAoLAwDMkwEAIpQBAE4nAAAg/wwAfO4CAEj/AgCe/wIAiGAOAN5gDgA0YQ4AtE0PAApODwAmXA8AfFwPANJcDwCsPwoAAkAKAFhACgAu2wwAhNsMAK5tCwCoyA8A/sgPAFTJDwCuQAoANo0OAI7QBADk0AQAIlILAFCaDgCoIBEA/iARAFQhEQCqIREAkAoMAJKhAQDOLQ4AJC4OANzGAQDoHgAAqr0JAAC+CQBWvgkA5kwCABgqDwDA4wEAFuQBAHzBAQDc1gkADssMAEIvBwD8LAIAcCkOAPJUAwAilAEAfBcCAEj/AgCe/wIAiGAOAN5gDgA0YQ4AtE0PAApODwAmXA8AfFwPANJcDwAUjwIAao8CAM6wDwB8IwgA0iMIAI52AgB8IwgAVi8CALA7BwCm5gkAKpYAAICWAADU6wAAfO4CAALaAQBY2gEAkqEBAM4tDgCSSQAAEB4LAIhgDgBmiQAA3MYBAJq/DgDMkwEAOqICAHwjCABkCwIAugsCABAMAgBmDAIAvAwCALLoBwCEMQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAACHoQACqHDgCAhw4A1ocOACyIDgCCiA4AGCoPAG4qDwDEKg8AWnYPACCEDwB2hA8AzIQPACKFDwAuiQ4AhIkOANqJDgBkCwIAZAsCAAoLAwA0HAEANBwBACzMBQCOdgIAWokDAGQLAgD0/QEASv4BAKD+AQD2/gEATP8BAKL/AQCGGAAAKpYAAJJJAACIxwEAfCMIAFYAAAAUHAkAfCMIAJJJAABmiQAAALwIAGQLAgCIYA4A3mAOADRhDgC0TQ8AEAwCAGYMAgC8DAIAsugHAIQxDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAAAIehAAWtkAAPwsAgDKWA8AKpYAAICWAAA6TAIAiGAOAN5gDgA0YQ4AZLMAAGaLAQAC2gEAWNoBAJKhAQDOLQ4AkkkAAIhgDgDeYA4ANGEOANICDQDIrQ8AHq4PAHSuDwDKrg8AIK8PAHavDwDMrw8AIrAPAAoLAwAAAAAAAAAAAMyTAQB47gMAmr8OACqWAABWAAAAkEoBADpMAgBiiwIAhMcCAJxSAgAQHgsAZLMAAAAAAACKZRAAugsCABAMAgBmDAIAvAwCAJDLAQBAaxAAbKgOAMKoDgAYqQ4AbqkOAAoLAwC6CwIAEAwCAGYMAgAu2wwAhNsMAK5tCwCoyA8A/sgPAFTJDwDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEAcg4AAKgtAgCGGAAAZAsCAK5tCwCoyA8A/sgPAFTJDwCCtQ8A+LUHAE62BwCktgcA+rYHAFC3BwCmtwcA/LcHALA7BwCSSQAA6EkAAD5KAAB0lgMAZAsCAK5tCwCoyA8A/sgPAFTJDwCGGAAAfCMIALybCQAilAEAfBcCAAoLAwCubQsAUJoOADy9DwCSvQ8A6L0PAD6+DwByDgAAZokAAHTHBgBWAAAAkqEBADohAgC+JQ4AFCYOAGomDgBGPw4AkqEBAM4tDgAkLg4Aei4OAGQLAgCCtQ8ATicAAGQLAgCIYA4A3mAOADRhDgB8IwgAvJsJAEi/DQCevw0AsEkOAAZKDgCSoQEAzi0OACQuDgBENAkAYk0OALhNDgCwSQ4ABkoOAICWAADU6wAAfO4CAJBkDgCSSQAAEB4LAPI9DQBIPg0AXvMMALTzDAAY1A4AbtQOAMTUDgAa1Q4AcNUOAMbVDgBIZwwAEEUJAFLGDgCoxg4A/sYOAFTHDgBkCwIAOiECADjmDwBOJwAAIP8MANJCAgA6TAIAkDUMAAY6BgByDgAAZAsCAJAKDADmCgwAjnYCADpMAgCGGAAAkkkAAGQLAgDSAg0AzrAPAHwjCABkCwIAWtkAAPwsAgDKWA8AIFkPAMbDBQCExwIAyOkCAGSzAAAqlgAAQi8HAJKhAQDOLQ4AfCMIAJJJAADgSQIANkoCAIxKAgAa0w0AGtMNACASAQAqlgAAgJYAANTrAABWLwIArC8CAAIwAgBYMAIArjACAFYvAgBOJwAAjsoBAOTKAQCIXAwA3lwMAAAAAAAWEQMAUukKADRhDgDmZA4AEAwCAGYMAgC8DAIAqC0CAKgtAgAqlgAAZokAAM6wDwBkswAA0kICADpMAgAA4QUAnFICAIxSBgCwOwcAIs8JACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAJxSAgCMUgYAeO4DAE4nAAAQRQkAKpYAAHwjCAB8IwgAXqMPALSjDwAUHAkA3rgPADS5DwBeow8AhhgAAGSzAABaiQMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQA4TwQAZLMAAITHAgCcUgIAjFIGALA7BwAizwkAZLMAAGaLAQC8uAIAMA0QABAeCwCqVwEAUGsMAKZrDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAABqmQcAkkkAAIR3BQDwEQ0ANHQCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAKReBgD6XgYAUF8GAKZfBgD8XwYAUmAGAKhgBgD+YAYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAQHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAAA84gwAGnMIAHBzCACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAOE8EACKUAQDyVAMABjoGAIxSBgBmiQAAALwIADhPBAAgagIAZokAAJxSAgCMUgYAsDsHACLPCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJxSAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAA0kICADpMAgByDgAAyA4AAKbmCQDSQgIAZLMAACqWAABOJwAAjsoBAOTKAQCIXAwA3lwMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBcCAHjRCgDO0QoAntIBAHwjCAA6IQIAZLMAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwCkXgYA+l4GAFBfBgCmXwYA/F8GAFJgBgCoYAYA/mAGAMyTAQA6ogIAkKICAOaiAgA8owIAkqMCAOijAgByDgAAFI8CAGqPAgCcUgIAEB4LACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAATxDABa8QwAKpYAAKpXAQCoIBEA/iARAFQhEQCqIREAACIRAFYiEQCsIhEAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEABPEMAFrxDABkswAAZosBAALaAQBY2gEAkqEBAM4tDgCSSQAAjFIGALA7BwAizwkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEABPEMAFrxDACMUgYA4lIGADhTBgCOUwYA5FMGADpUBgCQVAYADEsNAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAARaAQAE8QwAWvEMAMqQAAAgkQAAPOIMABpzCABwcwgAxnMIABx0CABydAgAyHQIALybCQCwOwcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEABPEMAFrxDAByDgAAOPkDAI75AwDOLQ4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAE8QwAWvEMACIZBAB4GQQAzhkEACQaBAB6GgQA0BoEACYbBAB8GwQA0hsEACgcBAB+HAQABFoBAATxDABa8QwATicAAJKhAQBaiQMAWtkAAPwsAgBaiQMAcg4AADj5AwCO+QMAzi0OAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEABPEMAFrxDADcIAQAMiEEAIghBADeIQQAZAsCAAoLAwDoSQAAhmMQANxjEAAyZBAA0kICAPKLCQBa2QAA/CwCADohAgCSoQEAZAsCAK5tCwBQmg4AEg0CAGgNAgC+DQIAFA4CAGoOAgAAAAAAZAsCAKq9CQAAvgkAYosCAIheDQDeXg0ANF8NAIpfDQCy6AcAnMAOAPLADgBIwQ4AnsEOAPTBDgBKwg4AsugHAJzADgDywA4ASMEOAJ7BDgD0wQ4ASsIOAK5tCwBQmg4AEg0CAGgNAgC+DQIAFA4CAGoOAgAYKg8AimUQANICDQCkxA4AzKMJAMqQAABmiQAA0gINAKTEDgDMowkAypAAAGaJAAAAvAgAZAsCABgqDwCKZRAA4GUQADZmEACMZhAA4mYQADhnEACOZxAA5GcQAMqQAACSoQEAkqEBAGQLAgBe8wwAtPMMAAr0DABg9AwAXKIPACKUAQB8FwIAZAsCAJA1DAAGOgYAEB4LAGYeCwByDgAATicAAJJJAABkCwIAxsMFABzEBQByxAUAmkAPAPBADwBGQQ8AnEEPAHwXAgDc1gkAMtcJAGQLAgDGwwUAHMQFAHLEBQCaQA8A8EAPAEZBDwCcQQ8AkMkAAHIOAADoHgAAfCMIAGQLAgA6IQIAWokDAAoLAwDA4wEA4GUQAARuCwB8IwgAZAsCAIK1DwBOJwAAZAsCAJA1DADmNQwAhhgAACqWAACAlgAAZAsCAK5tCwBQmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBALLoBwBadg8AsHYPAMCPAgAWkAIAZAsCAIhgDgCEdwUA8BENAEYSDQCcEg0AGCoPAG4qDwAYKg8AbioPAMQqDwAaKw8AxsMFAITHAgDMhhAAIocQAHiHEADOhxAAJIgQAHqIEADQiBAAJokQABgqDwBuKg8A0gINADohAgC+JQ4AJMICAGQbCgCubQsAUJoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAA/CwCAMpYDwAgWQ8AiGAOAC5iEAA+SgAAOqQDALTzDADSQgIAOkwCAGKLAgCSSQAAZAsCAMbDBQCExwIAzIYQACKHEAB4hxAAgrUPAE4nAABkCwIAiGAOAC5iEAA+SgAAugsCACD/DACSoQEAkqEBAOihAQBa2QAAzJMBACKUAQB8FwIAZAsCAK5tCwBQmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAANJCAgBcog8AIpQBAHwXAgBkCwIAaPgMAL74DADOsA8AfCMIAJKhAQA4TwQAIpQBAHwXAgBkCwIAgrUPAE4nAABkCwIAiGAOAC5iEAA+SgAA9JoQAEqbEACgmxAA9psQAEycEACinBAA+JwQAE6dEACknRAA+p0QAFCeEACmnhAA/J4QAKgtAgD+LQIAVJ4PAM6wDwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgCubQsAUJoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCCtQ8A+LUHAE62BwCktgcA+rYHAFC3BwCmtwcA/LcHANoxDQAwMg0AhjINANwyDQAKCwMAAAAAAAAAAAAAAAAAZAsCAPBlDAD08BAASvEQAKDxEACQNQwA5jUMAAzSEABi0hAAuNIQAA7TEABk0xAA0gINACL2BwB8IwgAWokDAGaJAACOdgIAhhgAAGQLAgDSAg0AIvYHAHwjCACQCgwAhhgAAPTwEABK8RAAoPEQAJA1DADmNQwADNIQAGLSEAC40hAADtMQAGTTEADSAg0AIvYHAHwjCAByDgAAFI8CAGqPAgAAvAgAVrwIAHwXAgB40QoANBwBAGQLAgCQNQwA5jUMAAzSEABi0hAAuNIQAA7TEABk0xAAOiECAJAhAgA61QYAKsUCAJKhAQDOLQ4AkDUMAOY1DAAM0hAAYtIQALjSEAAO0xAA0hcCAGQLAgB8FwIAeNEKAM7RCgDwZQwA9PAQAErxEACg8RAAkDUMAOY1DAAM0hAAYtIQALjSEAAO0xAAZNMQAFYAAACQSgEA5koBACTCAgDMkwEAfCMIAF6jDwCAlgAA7I4MABSPAgCEdwUA8BENAJxSAgAQHgsAfBcCAFqJAwAKCwMA3CAEADIhBACIIQQA3iEEAFrZAADMkwEABjoGAOhJAABkCwIArm0LAFCaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoLQIA/i0CAIhgDgDEqQ4AzlYNAKq9CQAAvgkAgJYAAHwrDADSKwwAZAsCAJAKDADmCgwAHlYOAFYAAAA0HAEAZAsCAK5tCwCoyA8A/sgPAAAAAABUyQ8ADnsPADgmBQAszAUAzrAPAHwjCABkCwIAugsCABAMAgBmDAIAvAwCAFrZAADMkwEABjoGAOhJAABkCwIArm0LAFCaDgCmmg4A/JoOAFw6BgDGwwUAHMQFALyLAQCc5wwA8ucMAPLnDADGqg4AfMEBAA7wCQBk8AkAuvAJAIZhDwDcYQ8AVgAAAJBKAQDmSgEAGCYNAG4mDQDEJg0AGicNAGQLAgDGwwUAHMQFAA57DwBkew8AunsPABB8DwBmfA8AvHwPADhPBABKag0AoGoNAEjcBgBaiQMAZLMAALqzAABEkAwAmpAMAPCQDACIXAwA3lwMACqWAACAlgAA1OsAAHzuAgB8FwIA0hcCAGaJAAAuYhAAPkoAAHSWAwDKlgMA0gINACgDDQB+Aw0AiGAOAN5gDgA0YQ4A5mQOABAMAgBmDAIALtsMAITbDADEqQ4AzlYNALLoBwDoHgAAKpYAAIhgDgAuYhAAPkoAALoLAgAIehAAXnoQALR6EAAKexAAsugHAFp2DwCwdg8AwI8CABaQAgBkCwIAiGAOAIR3BQDwEQ0ARhINAKq9CQAAvgkAGCoPANJCAgB8KwwA0isMAGQLAgA0HAEALMwFACTCAgBkGwoAIP8MANJCAgBkCwIANBwBAIocAQDSQgIAOkwCAJA1DADmNQwATicAACD/DADSQgIANBwBACzMBQCcUgIAjFIGALA7BwAqlgAASNwGAEawBgCSSQAAjFIGALA7BwAizwkAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAIP8MANJCAgBkCwIAiGAOAGaJAADcxgEALmIQAD5KAAB0lgMAypYDAPKXDwD0mA8ASpkPAKCZDwC6CwIAEAwCAGYMAgDu6Q4AROoOAGQLAgCIYA4A3mAOADRhDgCOXwwA5F8MADpgDACQYAwA5mAMADxhDACSYQwA6GEMAMLoAwAY6QMADnsPAGR7DwDo+QIAPvoCAM4tDgAyxwEAuFMRAA5UEQA0vxIA6uUNAFqJAwCAwwEAZoARAA7XEgB8IwgA0j4AAGRUEQC6VBEAZoARACo3EQBCTAAAUk8TAA7XEgB8IwgADtcSAA7XEgB8IwgAZoARADC9EgAO1xIAUk8TAHwXAgA+HwAAIBIBAFJPEwAgEgEABnsRAAZ7EQB8IwgAXqMPAEAgAAAgEgEAPMoAAMrwBQDKMREAyjERAA7XEgDK8AUADtcSACJYDgCuThEABE8RAMzeEQC4UxEADlQRALwsEgBSTxMAaAkAAGaAEQCuThEABE8RACASAQBQShEAPpkSAJSZEgBAmBEAfBcCAAZ7EQC4fhEADn8RALhTEQAOVBEAZCsSADQcAQCKZRAABnsRAApSEQAGexEAIs8JABYGEwDM3hEAZoARAP5NEgAO1xIAaAkAAGgJAADYYxEALmQRAIRkEQBSTxMAcg4AABZYEQBsWBEAFlgRAGxYEQAGphEAUk8TAM5WDQBI/wIAfCMIABpzCAB8IwgA2GMRAC5kEQAq5RIAIBIBANhjEQAuZBEAKuUSAD4fAAC4UxEADlQRAO5QAgBkCwIAqm0MAGaAEQAKCwMAkkkAAAZ7EQA6ogIAfCMIAGaAEQAqRAIAFlgRAGxYEQAGexEAalcRAMBXEQAWWBEA/ngSABZYEQD+eBIAMJISAAZ7EQDiaBEA2mQRADBlEQBQShEA2mQRAAAAAABkCwIA2GMRAC5kEQDYYxEALmQRANhjEQAuZBEAwlgRAMzeEQAUMBMAajATAGo5AgBqVxEAUEoRABZYEQBsWBEAajkCAHwjCABkCwIAUk8TAGQLAgDCMRMAJF8RANg8EwBmgBEAZoARAIbMBACGzAQAhswEAAoLAwAAvAgAOOYPAADpCQA45g8AnEEPAJxBDwCSSQAAlGQNAIKQEgBE+QAAcg4AAHIOAACWbREAMmQQAET5AAAOgRIAcg4AADJkEAAGexEABnsRAAZ7EQAGexEABnsRAFBKEQBQShEABnsRAAZ7EQAGexEABnsRAAZ7EQAGexEAUEoRAFBKEQBQShEABnsRAAZ7EQAGexEAUEoRAFBKEQCicxEAUEoRAFBKEQAGexEAZAsCAGQLAgDw8hIAaAkAAPDyEgBoCQAAqncRAGajDQBkCwIAUk8TANJCAgAO8AkAZAsCAHIOAAByDgAABnsRAAZ7EQCSoQEA2DwTANhjEQAuZBEACgsDAGaAEQBSTxMAcg4AAGB9EQBkCwIALscCAOgeAABaiQMA3NYJAIYYAAB8IwgA8IgIAHwjCACGvRIAZoARAOzFEgDYPBMAcg4AAOB0AgBa2QAAWtkAAFrZAABSTxMAWtkAAJROAgBW9Q8AUk8TAOB0AgBSTxMAImsCAGDVEgB2tRIAzLUSAMSEEQBSTxMAHDQTAHI0EwAs8QIAIBIBAFJPEwDyxBAAaAkAAFJPEwBWAAAAhhgAAF6jDwAqNxEAWokDAEx1EgBWAAAAYNUSAGgJAABoCQAAaAkAAMQwEgBmgBEAKjcRABSPAgBaiQMAMpERAMztAwDw1AMA9kkSAJbgCgCoTxMAIvYHAFBKEQA+mRIAlJkSAJLDEgDq0QMA2GMRAC5kEQAq5RIAXKYRAFBKEQBSTxMAzMYFAOjQAwBu2hEAUEoRAAZ7EQAGexEA2GMRAC5kEQAGexEAuH4RAA5/EQDIDgAAZoARALxFCQDOLQ4AZoARAKx6EgCsehIAZoARAPCcEgCyexEAbhQEAGQLAgBmgBEAQpkRAMrwBQBSTxMAZAsCAGQLAgBkCwIAqE8TAGQLAgAqNxEAUk8TAGQLAgBmgBEA2DwTALh+EQAOfxEAZAsCAMrFBQDGXBIAcnoLALBJDgBSTxMAOlQGAFJPEwAaTAoAiLwRAEAgAABmgBEAQpkRAJiZEQA0PhIAUk8TABSPAgDOLQ4AZoARADC9EgBE+QAAxlwSAG7aEQAUzAsAErUAADohAgBkCwIAUEoRAD6ZEgCUmRIA2GMRAIiTEgCwSQ4AEi0SACo3EQByDgAAIBIBAK6kEQAKKRIAYCkSADQ+EgCSSQAAUEoRAD6ZEgCUmRIAksMSAOjDEgA0PhIAkkkAADQ+EgCSSQAAlkIRAByxEQBSTxMAZAsCAFJPEwBkCwIAZoARADC9EgDM3hEAZoARAOiWEQA+lxEAlJcRAAAkEgBkCwIAzlYNADK8EQBmgBEABnsRALh+EQAOfxEA4r4RAG7tBQAqNxEAFgYTAABuDACoTxMABnsRAKhPEwAGexEAUswRAKjMEQD+zBEA6JYRAD6XEQCUlxEA6pcRAHQzEgBSzBEAqMwRAP7MEQCWQhEAYjsFAFBKEQA+mRIAlJkSAJLDEgDowxIAzvwKAFJPEwAUjwIAWokDAFJPEwDGXBIAKjcRAIbMBADo0AMAEB4LAAZ7EQC4fhEADn8RAIo+EgBAIAAAUEoRAD6ZEgCUmRIAUk8TAAoLAwCSwxIA6MMSAGLECQA0PhIAkkkAAKTKEQD6yhEAUMsRAD7EEgA6VAYApMoRAAZ7EQBapxIAUEoRAKhPEwAGexEAuH4RAKhPEwDOLQ4AZAsCANg8EwC4fhEADn8RALzABgBmgBEAML0SAFJPEwAiAA0AZoARAFJPEwBAggYA5MESAFBKEQCoTxMAFlgRAGxYEQB8IwgAai4SAFLMEQCozBEA/swRANg8EwC4fhEADn8RADKREQAUjwIAzi0OAOTBEgBSTxMAzi0OAGQLAgAAehIAfCMIACTCAgDkwRIAOsISAJDCEgCWQhEAIBIBAGaAEQBSTxMAxKkOACo3EQDsjgwAUEoRAOTBEgBQShEA5MESAAZ7EQCoTxMAqE8TAKhPEwAGexEAuH4RAA5/EQDolhEAPpcRAJSXEQCuUBIAPsQSAJTEEgDGXBIAQCAAAOqXEQCyphEA5MESADrCEgCQwhIA5sISANg8EwCyexEAXlUTAKagEQD8oBEAXlUTAKTKEQDkwRIAUEoRAD6ZEgCUmRIAUEoRAD6ZEgCUmRIAUk8TAEieEgBu0AwAUk8TAM4tDgBSTxMAuOsHACo3EQBkCwIAyvAFACASAQBmgBEA8JwSALJ7EQDSuBIAAAAAAHwjCAAAAAAA/k8TAGaAEQDwnBIAsnsRANK4EgAAAAAAfCMIAAAAAABSTxMAUk8TADS/EgBSTxMANL8SAFJPEwA0vxIA/k8TAFJPEwCsehIAqE8TAAZ7EQAGexEAuH4RAA5/EQBmgBEAAAAAADC9EgDOVg0AUEoRAD6ZEgCUmRIAKIwRAFJPEwBg1RIAkkkAAII6EgCIkxIAIvYHAEScEgCanBIAKuUSAFqJAwDkwRIAOsISAJDCEgBmgBEAZoARAAZ7EQC4fhEADn8RAEJeCQAAAAAAIAkSAHYJEgDMCRIA8IgIAFqnEgCwpxIABqgSAFJPEwCWQhEAbtAMAHzDAgDOLQ4AZoARAFJPEwBMdRIA9mQKAJZCEQBSTxMAIs8JAMzeEQDYYxEALmQRABZYEQBsWBEAUEoRAD6ZEgCUmRIAIm0DAGaAEQBSTxMAktADAAZ7EQAGexEAuH4RAA5/EQB8IwgAQCAAAAZ7EQDckhIABnsRALh+EQAOfxEA3j8TAAAAAABQShEAPpkSAJSZEgBmgBEAQpkRAJiZEQAqNxEAZoARAN7XCQDGXBIAKjcRAOAcAQAAAAAAUk8TAMZcEgAqNxEA4BwBAJIXEgBQShEAPpkSAJSZEgDwnBIAsnsRAFJPEwBmgBEABnsRALh+EQAOfxEAUk8TAFqJAwDKXhIAZAsCAFIiEgAGexEARPkAAJZdCQCSSQAA7MUSAFqJAwDK8AUAUk8TAICWAACsehIAIm0DABjaEQBkCwIAZAsCAGaAEQAq5RIALj0TACASAQDM3hEAZAsCAGQrEgAGOgYAQpkRAJiZEQAY2hEAIpQBAJIXEgDoFxIAPhgSAHwjCAAAAAAAAAAAAAAAAABSTxMAxlwSAAAAAAAAAAAAAAAAAGQrEgAiNRIAkkkAAGQLAgAgEgEAUk8TAGDVEgDGXBIAfCMIAAZ7EQBu2hEAbtoRAAZ7EQCyexEASP8CAOpFEwA+mRIAlJkSAJLDEgDowxIAFgYTANg8EwCyexEAhswEAFBKEQCmShEAhswEACqWAACSSQAAePYHAFJPEwBmiQAAePYHAKhPEwAsOhIAGNoRANhjEQAuZBEAwlgRAEKZEQCYmREA2GMRAC5kEQDCWBEAQpkRAJiZEQCSSQAAkkkAAIi8EQB8wQEAWqcSALCnEgAGqBIAND4SAFJPEwBaiQMABnsRAFJPEwCS0AMANsASAGQLAgAGexEAuH4RAA5/EQCWRBIA7EQSAIbMBACGzAQAUk8TAJLQAwCS0AMAysUFAAB6EgAqNxEAAAAAAFJPEwBSTxMAKpYAAGaAEQCS0AMASJ4SAGQLAgBSTxMA/k0SAGgJAACOMgsAfBcCAFxSEgCyUhIAVgAAAFYAAAA6VAYAZoARAGQLAgBSTxMAUk8TAIYYAABQShEAPpkSAJSZEgC81hEAIgANAOrRAwAGexEAuH4RAA5/EQAYKg8A2GMRAIiTEgBUeRIA/k0SACLPCQD+TRIA/k0SAHwjCACGGAAA2GMRAIiTEgAuZBEAUEoRAGaAEQD+TRIAVE4SAKpOEgAWBhMAFFkSAOSWEgAGexEAktADAGaAEQC+8gkAzPkJAAAAAAByMhIAyDISAAAAAAAAAAAANgQKAKIJBwAiAA0AZoARAFJPEwBSTxMArHoSAJJJAABmgBEAUk8TAIplEABmgBEAIBIBAGQLAgBmgBEA9J4SAIYYAACupBEAFgYTAMzeEQBSTxMAUk8TAFJPEwCGGAAAhhgAAIYYAADM3hEAUk8TAFJPEwCGGAAAhhgAAIYYAACGGAAAhhgAAAZ7EQC4fhEADn8RAFJPEwBkCwIAUk8TAGQLAgBSTxMAIBIBAEBvEgAgEgEAZAsCAFJPEwBoCQAAQG8SAGgJAABInhIAIs8JAEBvEgAKCwMAAAAAAFqJAwDsbxIAWokDAFJPEwBInhIAcl8TAGaAEQByXxMAUk8TAHJfEwAGexEAuH4RAA5/EQBSTxMAuqYPACASAQAqNxEAcg4AAHIOAAAqNxEAzi0OAEieEgAKCwMAUEoRAD6ZEgCUmRIABnsRALh+EQAOfxEAZAsCADpMAgBSTxMAZAsCAFJPEwBmgBEAHF0SAGQLAgBkCwIAyvAFAFh7EgAgEgEAuhsKABYGEwBmgBEAfCMIAGgJAABSTxMAQG8SAAAAAABkCwIAFlgRAGxYEQAGphEAimUQAAZ7EQC4fhEADn8RAErKEgBmgBEAtCoTADC9EgBeKhMAZoARAGaAEQAOgRIAZIESALqBEgAOgRIAZIESALqBEgAQghIAZoISAA6BEgBkgRIAuoESABCCEgBmghIAML0SAAZ7EQC4fhEADn8RAErKEgBmgBEAtCoTADC9EgBeKhMAZoARAHQpDQBmgBEAkkkAACTCAgCSSQAA2DwTALh+EQAOfxEAZoARAICPEgB8IwgAWokDABonDQAKCwMAVvsSAIiTEgCQywEAZAsCAHIOAAAAAAAA7I4MAAAAAAD+eBIA0o0SACiOEgB+jhIAUk8TANg8EwC4fhEADn8RAGQLAgBoCQAAhswEAIbMBAAWBhMAZAsCAFBKEQBkCwIAZoARAAoLAwBmgBEA3HQDAGDVEgBg1RIAGCoPAGaAEQBSTxMAZAsCANhjEQAuZBEA2DwTALh+EQAOfxEA2DwTAGQLAgB8IwgAUk8TAHwjCADUjhIAXMcMACLPCQBoCQAAFgYTANzMBABGHhMAEowBAET5AADSuBIAFlgRAGxYEQCALw0AVvsSADw2DABkCwIAqqQSAGQLAgA8NgwAaNkSABbbEgC+Tg0AwOMBAFBKEQA+mRIAlJkSAGQLAgBSTxMAUk8TANg8EwAUjwIAFI8CANg8EwDYPBMAfCMIAHZdEQDMXREAtqoSADxrEQBQShEABnsRALJ7EQAoGAIA0gINACrDAQDaZBEAUEoRAEhVAwDA4wEAysUFAGicCQCyPAcAfBcCAJJJAACs4QUAfCMIAFJPEwDOLQ4A8PISAC7HAgBWWgIALscCAFZaAgD2VAIAcnoLAKhPEwB8wwIAUk8TAGgJAABkCwIAkmsRAOgeAABIVQMAwjETAGQLAgBSTxMAalcRAODIAQBSTxMAFgYTAFhSEwDczAQAUk8TAAoLAwAKCwMACgsDAAoLAwBmgBEAZoARAPKdEgCyexEAlpoSAGQLAgCSSQAAFI8CADS/EgByDgAAzi0OAFBKEQA+mRIAlJkSAPCICAAGexEAuH4RAA5/EQA+xBIAlMQSAEKZEQCYmREAQpkRAJiZEQAGexEAaNkSAGo5AgBSTxMAZAsCAEj/AgAWWBEAeOESAGaAEQA06hIASmoNAM6wDwBkCwIAaNkSABbbEgDaiw8AhhgAAGjZEgAW2xIA2osPAGxlAgBo2RIAFtsSANqLDwDYYxEALmQRACrlEgDW5RIAnskSAPTJEgCiyxIAaNkSABbbEgDaiw8AaNkSABbbEgDaiw8AaNkSABbbEgDaiw8A2GMRAC5kEQDaiw8ABkoOANhjEQB6jBIA2DwTANySEgBSTxMAZAsCAE4nAABOJwAAfBcCAFYvAgDKMREAXNMSABrTDQAwvRIAZAsCAFJPEwBkCwIASD4NAGiuEgCwSQ4AZAsCAGQLAgBWpRIAzN4RABQwEwAuZBEAkMsBAGQLAgD0aw4APqIBACD/DABKyhIABnsRAHwXAgCcEg0ASsoSAAoLAwBKyhIACgsDAGaAEQBkCwIAZAsCAGjZEgAW2xIAUk8TANhjEQAuZBEAKuUSANIrDABkCwIAZAsCAGQLAgAGphEAZAsCAEjJEgAKTg8Acg4AADyQDgAWWBEAZoARAFBKEQDs5AwAPDYMAN4/EwAAAAAAPDYMAOKPDwBA8BIA5JAPAJbwEgDM3hEA5pcSANg8EwCyexEAaNkSALRNDwDKMREAzN4RAEDwEgDM3hEAlvASAMzeEQBo2RIAFtsSAFyoEgBWAAAARDQJAJJJAADUYREAcg4AAGQLAgA8NgwAVqUSAGQLAgBUeRIAbGUCADLpEgBgKxMAtisTAFqJAwDSKwwAfCMIAGQLAgBkCwIAZAsCAFJPEwDeMw0A3jMNAN4zDQDeMw0AfBcCAHwXAgA2ug8AZAsCANhjEQCm+BIAaNkSALotEwBkCwIAaNkSAApODwBkCwIADtcSACLhEgDYYxEAeOESAGQLAgA06hIAiuoSAPwjEwDg6hIAZAsCAGQLAgBo2RIACk4PAA7XEgAi4RIA2GMRAHjhEgBkCwIAJAUPALoCEwDYYxEALmQRANg8EwCyexEAZAsCAFb7EgAWBhMAFgYTAET5AAA4lhIAEgQTAOSWEgAW5AEA3jMNAN4zDQDeMw0A3jMNAGQLAgAy6RIAwoMRANpkEQA0ZxEA0isMAJpADwDuUAIAEC4TAHqMEgAO1xIAZoARABIvEwBmgBEAFgYTAAoLAwAa0w0AGtMNAGQLAgAiAA0ANOoSAIrqEgB8IwgAfCMIAF56EADYYxEALmQRACIADQA06hIAiuoSAHwjCAB8IwgAXnoQAFrSEgCw0hIA2GMRAIiTEgAwkhIAAAAAAGaAEQBmgBEASP8CAAZ7EQBo2RIAKF0PADA8EgCIkxIAihUTAE4iEwDYPBMA3JISAAoLAwCGPBIAKuUSABAeCwBSTxMAPE0CAFYAAABKyhIAaNkSAChdDwCSSQAABnsRAHwjCABkCwIA2GMRAC5kEQBeehAAxCoPAAoLAwAKCwMAfMEBAHzBAQB8wQEAfMEBAAoLAwBmgBEAfMEBAGQLAgBkCwIAZAsCAAAAAAAAAAAAaNkSALotEwDYYxEALmQRAF56EAAgWQ8AUk8TAGjZEgAQHgsAUk8TAGjZEgDCMRMAZoARAGQLAgBkCwIAWokDAHwjCAAqlgAAZAsCADLpEgBgKxMAtisTAAwsEwBiLBMAuCwTAA4tEwAKCwMA2GMRAC5kEQDCWBEANOoSAIrqEgBmgBEA2GMRAIiTEgC61xIA2DwTALh+EQBqVxEA/i0CAFzTEgBuMhMAxDITABozEwBwMxMA2DwTALJ7EQBSuAcA2DwTAGaAEQB2NhMACgsDAM4tDgCcPw4AossSANAuDgBo2RIAtE0PAFzTEgBuMhMAxDITABozEwBwMxMAxjMTAKLLEgBc0xIAbjITAMQyEwAaMxMAcDMTAMYzEwAGexEAFgYTAMDaEgAgEgEAVqUSAFJPEwAgEgEAML0SACASAQAwvRIAFlgRAP54EgAgEgEAZAsCAGjZEgAW2xIA2GMRAC5kEQD+LQIANhYTADYWEwD+LQIAUEoRAFBKEQBQShEAUswRAFBKEQBQShEAUEoRAFBKEQAWWBEA/ngSAFBKEQBSzBEAUEoRAECaEgBQShEAQJoSAFBKEQBAmhIAWqcSAECaEgBQShEAQJoSAFBKEQBAmhIAOpURAECaEgBQShEAQJoSAOiWEQA+lxEAhGQRAGQLAgAWBhMAZAsCAAoLAwBmgBEAhhgAAM4tDgDaZBEADKsSAOzwEgDs8BIA2mQRADBlEQAAvAgAAFETAAoLAwAKCwMAcg4AAHIOAAAiiREAZoARABbkAQBQShEAUk8TAMQqDwBeVRMAxCoPAFJPEwBQShEAKjcRAFJPEwAqNxEAUEoRAD6ZEgAqNxEAuFcTAA5YEwBQShEACgsDAKijEgBmgBEAZAsCAGQLAgBkCwIAcl8TAGQLAgBkCwIAZAsCAHJfEwBkCwIArLwIAHJfEwBSTxMAZNMQAGQLAgBkCwIAcl8TAGaAEQDolhEAPpcRAJSXEQBQShEABFoBAA7XEgAi4RIAZAsCANg8EwCyexEA2GMRAC5kEQAq5RIAEowBAEjoDAA4FxMARh4TAM4tDgC2fxIA/ngSADCSEgCwSQ4ABnsRANySEgCwSQ4AUk8TAAC8CAAojBEA9J4SAGjZEgAW2xIA2GMRAIiTEgCKFRMAUk8TACo3EQCcEg0AhhgAAFJPEwAizwkA2GMRAC5kEQAq5RIAmr8OACiMEQACJxMA2GMRAKb4EgBo2RIAtE0PAFJPEwA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
