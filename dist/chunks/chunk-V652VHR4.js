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
var DERIVED = `{"prefilter":{"key":"rules 290\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,160,169,203,215,216,242,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,461,463,464,465,466,467,468,469,472,473,474,476],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13088,"states":14788,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAAAoJgcABgAAABc8AgAHAAAAQgsIAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAACSuQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAEr8DgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAD2+BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAfh4OACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAEdYCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAAAMjhAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABzfg4APwAAADLBDABAAAAA0ssMAEEAAABoMhAAQgAAALk4DgBDAAAAAAAAAEQAAAAKPQ4ARQAAAAAAAABGAAAA6F4OAEcAAADjYw4ASAAAAEOqEgBJAAAAvIoOAEoAAACarA4ASwAAAO+sDgBMAAAARK0OAE0AAADcvw4ATgAAANjDDgBPAAAAqfIOAFAAAAB+cg8AUQAAANNyDwBSAAAAJHcPAFMAAABijRAAVAAAALeNEABXAAAAqgAAAFgAAADvDAQAWgAAAFtFCgBbAAAAuEYBAF4AAAALnwAAYAAAAMvUCgBhAAAA9gAJAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAXusLAAIBAACg+RAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAA9fkQAP4IAABK+hAATgkAAD+yDgBUCQAAoQkAAGEJAADYxgsAZQkAAJmtDgBoCQAABkQLAKgJAAD2CQAArgkAAMbYCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAACf+hAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAJcGDQBRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAACJQOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAACZMOAKIOAADxDgAAqw4AAGBBCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAA9PoQAD4YAACLuRAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAAAvyAgAmRgAAO4GCwCaGAAA5xgAAJwYAAARQwEAnRgAAMCMCACfGAAAy4IHAKEYAADELwwAoxgAAHEyBwCoGAAArk8CAKsYAADJ2gYA6BgAADwZAADqGAAAAKQGAO0YAABDWwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAEn7EACSHgAA4R4AAJYeAADFLA4Aox4AALGXDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAA4G4GAOgfAAA1IAAAOCAAABSQBgA8IAAAiiAAAEAgAAAZNwUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAnvsQANsmAAA5xQEA3iYAAHDYDADiJgAAAUQQAOUmAAAuJwAA5yYAAHgpCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAADz+xAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAABI/BAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAACd/BAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AADy/BAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAJz9EAAzPgAAbD4AAHQ+AADx/RAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAEb+EAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAACb/hAAvEgAAMQ5AgC9SAAAPmcFAL5IAAAL7QcAwkgAAAxJAADDSAAA+PwKAMVIAAC6PwYAy0gAABBDAgASSQAAwi0QABhJAABhSQAAZ0kAAMaLAwBpSQAA8P4QAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAEX/EAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAmv8QAEthAACeYQAAoWEAAPNhAAD2YQAA7/8QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAABEABEAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAJkAEQDkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AADuABEARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AABDAREAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAJgBEQCDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAO0BEQCChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAQgIRAM6HAADawA8A0IcAAJLBAQDThwAAOW8CANSHAABv3gcA1YcAAHGIBgDWhwAAOMcAANeHAACySwIA2ocAAG+BDwDchwAAIogAAN6HAAAAoggA44cAAEazBgDkhwAAZuENACyIAAAahwkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAlwIRAOWOAADsAhEAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAMcIMAHyPAAAd4QEAf48AAOK7DACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAC45woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAEEDEQBxlAAAwJQAAHOUAACNChMAepQAANzHBgB8lAAA3xkHAH6UAACrUwEAg5QAAIdsDACHlAAA86kNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAOsDEQBmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAABABBEAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAACVBBEABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAOoEEQBQsQAAPr8CAFOxAADNhgEAV7EAAF2cBgBZsQAA81kIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAACHWCABasgAAorIAAKyyAAD3sgAA+LIAAJupEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAAA/BREAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAJQFEQA6zgAAhs4AAJDOAADbzgAA5s4AAOkFEQAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAAA+BhEA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAACnSBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAJMGEQCc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAADoBhEAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAD0HEQB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAACSBxEAG+kAAMLlAgAe6QAAa+kAACPpAADkEQoAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAA5wcRABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AAA8CBEAX/YAABWHDgBg9gAAs/YAAGH2AABp3wwAaPYAAGiJDgBp9gAAwjgFAG32AACWEgIAbvYAAN5qDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAJEIEQBf/AAA5ggRALX8AAA7CREAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQCQCREAAwMBAOUJEQBqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEAOgoRAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQDlvQcAXgUBANEpBQCtBQEA+QUBALMFAQCIbQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAjwoRAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQDkChEA+A4BAPpWBAD6DgEABZYPAP0OAQAvbg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEAOQsRAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAjgsRAJgYAQDjCxEA6BgBAOq6BQDrGAEAOxkBAO8YAQDQ2AEA8hgBAOgPCAD0GAEATLIBAPoYAQCwSgUAQhkBAPenCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQDYdgYAVhoBAHiBBgCUGgEA03sGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAI0MEQDyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQCMDREAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEA4Q0RAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBADYOEQDeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BADUPEQDWLwEAig8RACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEA3w8RACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEANBARABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQCJEBEAvUYBAA1HAQAORwEA/p0OABxHAQD0/gwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAN4QEQAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAMxERAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQCIEREArFMBAPcGAgC1UwEAWEYMALdTAQCx6BAAuVMBAPEBDQC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAjBENALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQDdEREAAFYBAH7KDAAMVgEA4L0MACFWAQAyEhEAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBAIcSEQCzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEA3BIRAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQAxExEA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQCGExEA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBANsTEQBKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQAwFBEA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAhRQRAJRxAQDaFBEA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAIQVEQBAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQDZFREA2H0BACt+AQA5fgEAgH4BAJF+AQAuFhEA3H4BAIMWEQBJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQDYFhEA2oABAC0XEQAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBANcXEQAohgEAeIYBAICGAQAsGBEA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAHQoDgDjhgEAf9QBAC6HAQB3hwEAf4cBABx8EgCThwEAR6kPAJ+HAQDMhwEA8ocBACGIAQBKiAEAdogBAJyIAQDLiAEA8YgBACCJAQAoiQEAdYkBAJ+JAQDKiQEA44kBAB+KAQAhigEAdIoBAHuKAQDJigEA0YoBAB6LAQAtiwEAc4sBAHmLAQDIiwEA1IsBAB2MAQAkjAEAcowBAH6MAQDHjAEA1IwBAByNAQAmjQEAcY0BAH+NAQDGjQEAyI0BABuOAQAsjgEAcI4BAHOOAQDFjgEA8I4BAIEYEQAdjwEAxOIDACSPAQB9JwYAJ48BAG+PAQAqjwEAW0INACuPAQBjmgIAMI8BABQ9BAB2jwEAnWACAHmPAQDvYgMAfo8BANprDwCKjwEAxI8BAMaPAQAZkAEAKpABAG6QAQB8kAEAw5ABAMqQAQAYkQEAGpEBAG2RAQAdkQEAKn4CACCRAQBRrQEAfJEBAMKRAQDRkQEAF5IBACOSAQBskgEAb5IBAMGSAQDEkgEAFpMBADaTAQBrkwEAd5MBAMCTAQDUkwEAFZQBACOUAQBqlAEAcZQBANYYEQDWlAEAFJUBABaVAQCrnQwAF5UBAKycDAAhlQEAaZUBAGuVAQC+lQEAyJUBABOWAQDPlQEAUqEMAByWAQBolgEAbpYBAL2WAQDJlgEAEpcBABmXAQBnlwEAbJcBALyXAQDIlwEAEZgBABSYAQBmmAEAc5gBALuYAQDAmAEAEJkBABqZAQBlmQEAe5kBALqZAQC8mQEAD5oBABmaAQBkmgEAc5oBALmaAQDEmgEAKxkRABqbAQBjmwEAcJsBALibAQDGmwEADZwBABmcAQBinAEAaZwBAIAZEQC8nAEADJ0BAMOcAQBBBg4AxZwBAGRCBAAOnQEAUasDABGdAQA2FAsAG50BAD5hCwAjnQEAYZ0BAG+dAQC2nQEAw50BAAueAQATngEAYJ4BAGqeAQA/uQcAcJ4BALWeAQC3ngEACp8BABifAQBfnwEAcJ8BANUZEQC7nwEAKhoRAA6gAQBeoAEAZKABALOgAQC7oAEACKEBABGhAQBdoQEAYKEBALKhAQC+oQEAB6IBAA2iAQBcogEAZKIBALGiAQDQogEA1BoRAAijAQBbowEAaaMBALCjAQDBowEAKRsRAAykAQB+GxEAX6QBAK+kAQC1pAEABKUBAAylAQBZpQEAYqUBAK6lAQCxpQEAA6YBAA+mAQBYpgEAXqYBACgcEQCvpgEAAqcBAAunAQBXpwEAYacBAKynAQC3pwEAAagBAA2oAQBWqAEAY6gBAKuoAQC1qAEAAKkBAA6pAQBVqQEAZKkBAKqpAQCsqQEA/6kBAAmqAQBUqgEAYqoBAKmqAQCuqgEA/qoBAAurAQBTqwEAW6sBAKirAQC4qwEA/asBAP+rAQBSrAEAYKwBAKesAQC4rAEAfRwRAAOtAQDSHBEAWq0BAKatAQCprQEA+60BAAeuAQBQrgEAVq4BAKWuAQCyrgEA+q4BAPyuAQBPrwEAZa8BAKSvAQCwrwEAJx0RAAWwAQBOsAEAVLABAKOwAQCmsAEA+LABAAaxAQBNsQEAUrEBAKKxAQCvsQEA97EBAP+xAQB8HREAWbIBAKGyAQCvsgEA9rIBAAyzAQBLswEAVLMBAKCzAQC2swEA9bMBAP2zAQBKtAEATbQBAJ+0AQCotAEA9LQBAPW0AQBJtQEASrUBAJ61AQCjtQEA87UBAPm1AQBItgEAUrYBAJ22AQCptgEA8rYBAPm2AQBHtwEAT7cBAJy3AQCetwEA8bcBAPK3AQBGuAEAVLgBAJu4AQCjuAEA8LgBAAu5AQBFuQEAUbkBAJq5AQCguQEA77kBAPK5AQBEugEAUroBAJm6AQCeugEA7roBAPu6AQBDuwEAS7sBAJi7AQCmuwEA7bsBAPC7AQDRHREARbwBAJe8AQBGvAEAvuIJAE68AQB50gkAULwBAL8xDwBVvAEAk10PAJq8AQDsvAEA/bwBAEG9AQBdvQEAlr0BAJ69AQAmHhEA/L0BAEC+AQBIvgEAlb4BAJu+AQDqvgEA774BAD+/AQBIvwEAlL8BAJ6/AQDpvwEA978BAD7AAQBLwAEAk8ABAJ/AAQDowAEA68ABAD3BAQBZwQEAex4RAJXBAQDnwQEApsEBAIElBADzwQEAPMIBAELCAQCRwgEAm8IBANAeEQDrwgEAO8MBAEjDAQCQwwEAmMMBAHMmEQCcwwEA5cMBAKDDAQCJygEArMMBAJ6pDQDrwwEAOsQBAEDEAQCPxAEAlMQBAOTEAQDqxAEAJR8RAEPFAQCqngwAR8UBAI7FAQCfxQEAeh8RAOrFAQDPHxEAQMYBACQgEQCbxgEA4sYBAOnGAQA3xwEAP8cBAIzHAQCZxwEA4ccBAObHAQA2yAEAQMgBAIvIAQCTyAEA4MgBAObIAQA1yQEAN8kBAIrJAQCYyQEA38kBAOLJAQA0ygEAQMoBAHkgEQCLygEA3soBAOzKAQAzywEARMsBAM4gEQCPywEAIyERAOPLAQAyzAEAOMwBAIfMAQCMzAEA3MwBAOLMAQB4IREAM80BAIbNAQA6zQEA7wEPAD3NAQAM7gUAoc0BANvNAQDdzQEAMM4BAErOAQCFzgEAks4BALrmCQCWzgEA2s4BANzOAQAvzwEAPM8BAITPAQCbzwEA2c8BAPPPAQAu0AEAMNABAIPQAQA00AEAhsENAIbQAQDY0AEA29ABAC3RAQA50QEAgtEBAIjRAQDX0QEA4dEBAM0hEQAx0gEAgdIBAI7SAQDW0gEA4tIBACvTAQAx0wEAgNMBAIbTAQDV0wEA2tMBACrUAQAw1AEAIiIRAIDUAQDU1AEAldQBAOQWBQDW1AEAKdUBAOLUAQAM8QIAL9UBAH7VAQCM1QEA09UBANbVAQAo1gEALdYBAH3WAQCK1gEA0tYBAOLWAQAn1wEAKdcBAHzXAQCK1wEA0dcBAOLXAQB3IhEALNgBAHvYAQCH2AEAzCIRAOHYAQAl2QEAL9kBAHrZAQCI2QEAz9kBANDZAQAk2gEANdoBAHnaAQCF2gEAztoBAN7aAQAj2wEAJdsBAHjbAQCG2wEAzdsBAN7bAQAhIxEAKNwBAHfcAQCD3AEAdiMRANLcAQAh3QEAJ90BAHbdAQB73QEAy90BANHdAQAgJBEAKN4BAHXeAQB/3gEATU4PAI7eAQDK3gEA094BAB/fAQAp3wEAdN8BAHzfAQDJ3wEAzd8BAB7gAQAg4AEAc+ABAHbgAQDI4AEA5OABAHUkEQAw4QEAcuEBAHPhAQDH4QEA0+EBABziAQAr4gEAceIBAHviAQDG4gEA0uIBABvjAQAi4wEAyiQRAHbjAQC9NQ0Ag+MBAMXjAQDU4wEAGuQBACbkAQBv5AEAcOQBAMTkAQDO5AEAGeUBACflAQBu5QEAc+UBAMPlAQDQ5QEAdCURACDmAQBt5gEAeeYBAMLmAQDV5gEAF+cBABjnAQBs5wEAeOcBAMHnAQDQ5wEAFugBACDoAQBr6AEAd+gBAMDoAQDH6AEAySURACbpAQBq6QEAdukBAL/pAQDP6QEAFOoBAB7qAQBp6gEAceoBAL7qAQDm6gEAE+sBAOzqAQC57wEAO+sBAGjrAQBw6wEAvesBAMPrAQAS7AEAIOwBAGfsAQB+7AEAvOwBAMfsAQAR7QEAG+0BAGbtAQCT7QEAu+0BAMPtAQAQ7gEAIO4BAGXuAQBn7gEAuu4BAMjuAQAP7wEAIO8BAMgmEQBr7wEAHScRAOHvAQAO8AEAFvABAGPwAQBp8AEAuPABAMbwAQAN8QEAJPEBAGLxAQBt8QEAt/EBAMHxAQAM8gEAOfIBAGHyAQBp8gEAtvIBAMbyAQAL8wEADfMBAGDzAQBu8wEAtfMBAMbzAQByJxEAEfQBAMcnEQBh9AEAtPQBAML0AQAJ9QEAGvUBABwoEQBl9QEAcSgRALv1AQDGKBEAEPYBABspEQAk9gEAM2wLAF/2AQCy9gEAwPYBAAf3AQAY9wEAcCkRAGL3AQCx9wEAvfcBAMUpEQAP+AEAW/gBAGj4AQCw+AEAvvgBAAX5AQAP+QEAWvkBAHT5AQCv+QEAsvkBAAT6AQAL+gEAWfoBAHn6AQCu+gEAyPoBABoqEQAQ+wEAWPsBABT7AQAAUwIAGfsBAKiqAgBm+wEArfsBALf7AQAC/AEAHPwBAFf8AQBn/AEArPwBALL8AQAB/QEAA/0BAFb9AQBs/QEAq/0BALf9AQAA/gEABP4BAFX+AQBa/gEAqv4BALD+AQD//gEAH/8BAFT/AQBu/wEAqf8BAKv/AQD+/wEAAQACAFMAAgBWAAIAqAACALQAAgD9AAIAAwECAFIBAgBcAQIAbyoRAKwBAgD8AQIACQICAFECAgBdAgIApgICALkCAgD7AgIACgMCAFADAgBcAwIApQMCAKYDAgD6AwIABAQCAE8EAgBdBAIApAQCAKkEAgD5BAIABgUCAMQqEQBPBQIAuOYLAFAFAgAX3AwAUQUCACfRBwBTBQIAFYYPAFQFAgCroAkAVQUCANHMDABYBQIAEjUOAFkFAgDM0QwAWgUCAKlLCwBbBQIACEEMAFwFAgA4EQwAXQUCAJ2yBQBeBQIAowUCAGYFAgAAmBIAaAUCABnYDgBqBQIAGSwQAHEFAgDRxhIAdgUCAA3kDgCRBQIADjkOAJYFAgDjtBIApQUCAPgFAgC0BQIAS6YOAAYGAgBNBgIAXgYCABkrEQCpBgIAbisRAAMHAgBMBwIAWwcCAKEHAgCrBwIA9gcCAAIIAgBLCAIAGQgCAAaWDgBSCAIAGCwRAKIIAgD1CAIABgkCAEoJAgBTCQIAnwkCAKsJAgD0CQIA9wkCAEkKAgBRCgIAngoCAKgKAgDzCgIA+AoCAEgLAgBQCwIAnQsCALYLAgDyCwIA/gsCAEcMAgBPDAIAwiwRAKQMAgAXLREA9AwCAEYNAgBJDQIAmw0CAKcNAgDwDQIA9g0CAEUOAgBPDgIAbC0RAJ8OAgDvDgIA/A4CAEQPAgBMDwIAwS0RAJ8PAgDuDwIA9A8CAEMQAgBIEAIAmBACAJ4QAgAWLhEA9RACAGsuEQBEEQIAp/gKAEcRAgCXEQIAThECAESxCgChEQIA7BECAKYRAgC8kAgA9BECALY8DQAIEgIAQRICAEkSAgDALhEAmxICAOsSAgABEwIAQBMCAEETAgCVEwIAlxMCAOoTAgDwEwIAPxQCAEsUAgCUFAIAmxQCAOkUAgDxFAIAPhUCAEcVAgCTFQIAlhUCAOgVAgD2FQIAPRYCAEoWAgCSFgIAqRYCAOcWAgDvFgIAPBcCAEgXAgA7GAIAZBcCAJEXAgC5FwIA5hcCAAoYAgAVLxEAWBgCAJAYAgCZGAIAjxkCAKEYAgDlGAIAFRkCADoZAgBeGQIAai8RAJEZAgDkGQIA9RkCADkaAgBpGgIAjhoCALIaAgC/LxEA6BoCAPX8DQDpGgIA67gGAOwaAgA4GwIA7xoCAOmxDwBCGwIAjRsCAEUbAgDjwAYARhsCAKFPDwCVGwIA4hsCAOYbAgA3HAIAORwCAIwcAgCPHAIA4RwCAP0cAgAUMBEAOx0CAJWzDABAHQIAdicNAEIdAgCLHQIARh0CALJCCwCoHQIA4B0CAOkdAgA1HgIANx4CAIoeAgCbHgIAaTARAOQeAgA0HwIAPR8CAIkfAgCaHwIA3h8CAOUfAgAzIAIAOyACAIggAgBNIAIAZ0ECAJUgAgAyIQIAlyACAIYiAgChIAIA3SACAOkgAgC+MBEANyECAIchAgCRIQIA3CECAOQhAgATMREAPSICAGgxEQCLIgIA2yICAOgiAgAwIwIAOiMCAIUjAgCHIwIA2iMCAOgjAgAvJAIAPCQCAL0xEQCJJAIA2SQCAOYkAgAuJQIAOCUCAIMlAgCFJQIA2CUCAOYlAgAtJgIAOiYCABIyEQCFJgIAcSoPAIgmAgDwAQ4AjyYCANcmAgDhJgIAZzIRADQnAgCBJwIAgycCACxvDwCOJwIAC5oFAJgnAgDWJwIAmicCAMCRAwDbJwIAKygCADUoAgCAKAIAiCgCALwyEQDfKAIAKikCADYpAgB/KQIAgikCANQpAgDeKQIAKSoCAEMqAgB+KgIAlSoCANMqAgDYKgIAKCsCAEQrAgARMxEAhysCANIrAgCOKwIAYEIIAN4rAgAnLAIAKiwCAHwsAgCGLAIA0SwCAOssAgAmLQIALC0CAHstAgB9LQIA0C0CAN4tAgAlLgIAKC4CAHouAgCGLgIAzy4CANIuAgAkLwIARy8CAGYzEQB7LwIAzi8CANwvAgAjMAIAJjACAHgwAgCEMAIAzTACANAwAgC7MxEALTECAHcxAgB9MQIAzDECANExAgAhMgIAJTICAHYyAgB5MgIAEDQRAMwyAgAF7Q0AzjICAIAaEADRMgIAIDMCANQyAgAyExAA1TICAMY3AgDXMgIA8P8PANkyAgBN+A8A2jICAJQGEADbMgIAzCMQAOIyAgDrsgwA5TICAMTXDgAsMwIAdTMCAKEzAgDKMwIA1jMCAB80AgAuNAIAdDQCAH40AgDJNAIAzDQCAB41AgA4NQIAczUCAH01AgDINQIAzTUCAB02AgAnNgIAcjYCAH02AgDHNgIAzTYCABw3AgAhNwIAcTcCAHU3AgBlNBEAyzcCABs4AgDUNwIAjQ0QACU4AgBwOAIAezgCAMU4AgDLOAIAGjkCAB85AgBvOQIAczkCALo0EQDJOQIAJdgCAMs5AgCzkw4AzDkCABkvDQDOOQIAOWIPAN45AgAZOgIAIzoCAG46AgB5OgIAwzoCAMk6AgAYOwIAHTsCAG07AgBxOwIAwjsCAOU7AgAPNREAGTwCAGw8AgAaPAIAimkMABw8AgCHbwkAIDwCAEIHDAAjPAIAY0UCACU8AgAocw8AeTwCAOZsAgB6PAIAwTwCAMQ8AgAWPQIAIj0CAGs9AgCDPQIAwD0CAMw9AgAVPgIAGz4CAGo+AgBwPgIAvz4CAMQ+AgAUPwIAGj8CAGQ1EQBzPwIAvj8CAMk/AgATQAIAGUACAGhAAgBtQAIAvUACAMFAAgASQQIAFUECALk1EQBxQQIAvEECAMdBAgARQgIAF0ICAGZCAgBrQgIAu0ICAL9CAgAONhEAEUMCAGVDAgBxQwIAukMCAMZDAgAPRAIAFUQCAGREAgBqRAIAuUQCAL5EAgAORQIAFEUCAGM2EQBlRQIAgM8FAGpFAgAb3wUAckUCAM+DAgBzRQIAuEUCAMRFAgANRgIAE0YCAGJGAgBuRgIAt0YCAMRGAgAMRwIAG0cCAGFHAgBtRwIAtkcCAMJHAgALSAIAEUgCAGBIAgBmSAIAtUgCALpIAgAKSQIAEEkCALg2EQBpSQIAO7wIAHVJAgC0SQIAeEkCAPmnCQDASQIACUoCABFKAgCGEhIAFUoCAF5KAgBkSgIAs0oCALlKAgAISwIADUsCAF1LAgBjSwIADTcRALpLAgCslhIAvEsCAAdMAgANTAIAXEwCABNMAgA2xwIAakwCALFMAgDKTAIABk0CAA9NAgBbTQIAZU0CALBNAgC8TQIABU4CABFOAgBaTgIAYE4CAK9OAgC1TgIABE8CAAlPAgBZTwIAX08CAGI3EQC6TwIAA1ACAA1QAgBYUAIAY1ACAK1QAgCyUAIAAlECAAlRAgBXUQIAY1ECAKxRAgCyUQIAAVICAAdSAgBWUgIAW1ICAKtSAgCxUgIAtzcRABFTAgBVUwIAVlMCAKpTAgBbUwIApVgCAK9TAgD/UwIADVQCAFRUAgBhVAIAqVQCALNUAgD+VAIAClUCAFNVAgBZVQIAqFUCALRVAgD9VQIAEFYCAFJWAgBhVgIAp1YCALNWAgD8VgIA/VYCAFFXAgBbVwIAplcCALRXAgD7VwIAAFgCAFBYAgBdWAIADDgRALFYAgD6WAIAClkCAE9ZAgBbWQIApFkCAKpZAgD5WQIABVoCAE5aAgBbWgIAo1oCALJaAgD4WgIABFsCAE1bAgBZWwIAolsCALVbAgD3WwIABlwCAExcAgBYXAIAoVwCAKJcAgD2XAIAAF0CAEtdAgBZXQIAoF0CAKVdAgD1XQIAAl4CAGE4EQBMXgIAxN8GAFZeAgCfXgIAV14CAE+mCgBYXgIApaMMALNeAgD0XgIAAF8CAElfAgBPXwIAnl8CAKRfAgDzXwIA+F8CAEhgAgBOYAIAtjgRAKlgAgDyYAIA/2ACABPqAgAFYQIAR2ECAExhAgDgcgIAT2ECAHssAwBTYQIAnGECAKJhAgDxYQIA92ECAEZiAgBLYgIAm2ICAKFiAgALOREA/GICAEVjAgBLYwIAmmMCAJ9jAgDvYwIA9mMCAERkAgBSZAIAmWQCALRkAgDuZAIA/GQCAENlAgBGZQIAmGUCAKZlAgDtZQIA8mUCAEJmAgBPZgIAl2YCAKNmAgDsZgIA8mYCAEFnAgBHZwIAlmcCAJtnAgDrZwIA8WcCAGA5EQBFaAIAlWgCAJ5oAgDqaAIA92gCAD9pAgBGaQIAlGkCAKVpAgDpaQIA7mkCAD5qAgBNagIAk2oCAJVqAgDoagIA+WoCAD1rAgBJawIAkmsCAJhrAgDnawIA7WsCADxsAgBBbAIAkWwCAJdsAgC1OREA/WwCADttAgBHbQIAkG0CAJxtAgDlbQIA620CADpuAgBAbgIAj24CAJRuAgDkbgIA6m4CAAo6EQA/bwIAsaECAFBvAgCObwIAl28CAONvAgD5bwIAOHACAERwAgCNcAIAmnACAOJwAgDscAIAN3ECAENxAgCMcQIAknECAOFxAgDncQIANnICADtyAgCLcgIAkXICAF86EQDpcgIANXMCAD9zAgCKcwIAj3MCAN9zAgDvcwIANHQCAE10AgCJdAIAjnQCAN50AgDndAIAM3UCAEB1AgCIdQIAj3UCAN11AgDgdQIAMnYCAD52AgCHdgIAmnYCANx2AgDrdgIAMXcCAD13AgCGdwIAh3cCANt3AgDldwIAMHgCAD54AgCFeAIAingCANp4AgDneAIAtDoRADJ5AgCEeQIAh3kCANl5AgDmeQIAdCoMAOh5AgAuegIAMHoCAIN6AgCGegIA2HoCAOJ6AgAtewIAOXsCAIJ7AgCVewIA13sCAOZ7AgAsfAIAOHwCAIF8AgCCfAIA1nwCAOB8AgArfQIAOX0CAIB9AgCFfQIA1X0CAOJ9AgAJOxEAK34CAH9+AgCLfgIA1H4CANp+AgApfwIAK38CAH5/AgCIfwIA038CAOF/AgAogAIALYACAH2AAgCKgAIA0oACAN6AAgAngQIAOoECAHyBAgCLgQIA0YECAN2BAgAmggIAJ4ICAHuCAgCFggIA0IICAN6CAgAlgwIAKoMCAHqDAgCHgwIAXjsRANiDAgAkhAIA24MCALw2DQAqhAIAeYQCAHyEAgDOhAIA3IQCACOFAgAohQIAeIUCAIWFAgDNhQIA2YUCACKGAgAohgIAd4YCAH2GAgDMhgIA0YYCACGHAgAnhwIAszsRAHiHAgDLhwIAfYcCAEFbDgDahwIAIIgCAECIAgB1iAIAeogCAMqIAgDliAIAH4kCACuJAgB0iQIAeokCAMmJAgDZiQIAHooCAC+KAgBzigIAeIoCAMiKAgDMigIAHYsCACmLAgByiwIAeIsCAMeLAgDNiwIAHIwCACGMAgBxjAIAd4wCAAg8EQDVjAIAz3YPANyMAgAbjQIAHI0CAHCNAgCBjQIAxY0CANGNAgAajgIAMI4CAG+OAgB7jgIAxI4CANGOAgAZjwIAI48CAG6PAgB6jwIAw48CAMqPAgAYkAIAJJACAG2QAgBzkAIAwpACAMiQAgAXkQIAHJECAGyRAgBykQIAXTwRAMORAgA4uA8AypECABaSAgAXkgIAa5ICAGySAgDAkgIAxZICABWTAgAbkwIAapMCAHSTAgC/kwIAy5MCABSUAgAblAIAaZQCAG6UAgC+lAIAv5QCABOVAgAflQIAaJUCAG6VAgC9lQIAv5UCABKWAgAclgIAZ5YCAHWWAgC8lgIAwZYCABGXAgAelwIAZpcCAHKXAgC7lwIAzpcCABCYAgAfmAIAZZgCAHGYAgC6mAIAu5gCAA+ZAgAZmQIAZJkCAHKZAgC5mQIAvpkCAA6aAgAbmgIAsjwRAHSaAgC4mgIAxJoCAA2bAgAkmwIAYpsCAGSbAgC3mwIAyJsCAAycAgAOnAIAYZwCAGecAgC2nAIAzZwCAAudAgAUnQIAYJ0CAHadAgC1nQIAwZ0CAAqeAgAXngIAX54CAGmeAgC0ngIAwJ4CAAmfAgAcnwIAXp8CAG2fAgCznwIAv58CAAigAgAJoAIAXaACAGegAgCyoAIAwKACAAehAgAMoQIAXKECAGmhAgAHPREAs6ECAAaiAgAaogIAW6ICAGmiAgCwogIAvaICAAWjAgAMowIAWqMCAGajAgCvowIAwqMCAASkAgAJpAIAWaQCAGKkAgCupAIAuKQCAAOlAgAIpQIAWKUCAGilAgCtpQIAxqUCAAKmAgAHpgIAV6YCAGCmAgCspgIAuaYCAAGnAgAIpwIAVqcCAFmnAgCrpwIAt6cCAACoAgATqAIAVagCAGSoAgCqqAIAtqgCAP+oAgAAqQIAVKkCAF6pAgCpqQIAt6kCAP6pAgADqgIAU6oCAGCqAgBcPREAwaoCAP2qAgAJqwIAUqsCAFirAgCnqwIAr6sCAF6SDwC3qwIA/KsCAAGsAgBRrAIAV6wCAKasAgC8rAIA+6wCAP2sAgBQrQIAWq0CAKWtAgCxrQIA+q0CAA2uAgBPrgIAXq4CAKSuAgCwrgIA+a4CAPquAgBOrwIAWK8CAKOvAgCxrwIA+K8CAP2vAgBNsAIAWrACALE9EQClsAIAXT8OAKywAgBt2A8ArrACAJsFCgCvsAIAOcMDALGwAgD3sAIAALECAEyxAgBSsQIAobECAKexAgD2sQIAArICAEuyAgBYsgIAoLICAKqyAgD1sgIAC7MCAEqzAgBPswIAn7MCAKazAgD0swIAArQCAEm0AgBZtAIAnrQCAKy0AgDztAIAArUCAEi1AgBKtQIAnbUCAKe1AgDytQIAALYCAEe2AgBMtgIAnLYCAKm2AgDxtgIA/bYCAEa3AgBZtwIAm7cCAKq3AgDwtwIA/LcCAEW4AgBGuAIAmrgCAKS4AgDvuAIA/bgCAES5AgBJuQIAmbkCAKa5AgAGPhEA8LkCAEO6AgD6uQIATv0JAFS6AgCYugIAoboCAO26AgD5ugIAQrsCAEq7AgBvfhIATrsCAJe7AgCduwIA7LsCAPK7AgBBvAIARrwCAJa8AgCcvAIAWz4RAPe8AgBAvQIAUL0CAJW9AgCjvQIA6r0CAPe9AgA/vgIAS74CAJS+AgCbvgIA6b4CAPG+AgCwPhEAR78CAJ9QEABLvwIAHOECAE+/AgCTvwIApL8CAOi/AgDwvwIAPcACAPS/AgAiew0AR8ACAJLAAgCXwAIA58ACAO/AAgA8wQIAPsECAJHBAgBFwQIAKtMCAJnBAgDmwQIA/MECADvCAgBHwgIAkMICAKbCAgDlwgIA/sICADrDAgBGwwIAj8MCAJXDAgDkwwIA7MMCADnEAgBJxAIAjsQCAJfEAgDjxAIA8MQCADjFAgBHxQIAjcUCAJfFAgDixQIA8MUCADfGAgA8xgIAjMYCAJnGAgDhxgIA6cYCAAU/EQBMxwIAi8cCAIzHAgDgxwIA6scCADXIAgA9yAIAisgCAJTIAgDfyAIA5MgCADTJAgA8yQIAickCAIvJAgAvzgIAjMkCABs3AwCPyQIA3skCAJDJAgANRQMAn8kCABQ+AwDqyQIAM8oCADXKAgCIygIAj8oCAN3KAgDlygIAMssCADPLAgCHywIAjcsCANzLAgDhywIAMcwCADLMAgCGzAIAkswCANvMAgDhzAIAMM0CADrNAgCFzQIAmc0CANrNAgDizQIAWj8RADLOAgCEzgIANs4CACAyAwCHzgIA2c4CAOfOAgAuzwIARc8CAIPPAgCQzwIA2M8CAODPAgAt0AIALtACAILQAgCI0AIA19ACANzQAgAs0QIALdECAIHRAgCN0QIA1tECANzRAgAr0gIANdICAIDSAgCU0gIA1dICAN3SAgAEQBEAN9MCAH/TAgCG0wIA1NMCAODTAgAp1AIAOdQCAH7UAgCM1AIA09QCAODUAgAo1QIANNUCAH3VAgCE1QIA0tUCANrVAgCuQBEAM9YCAHzWAgCG1gIA0dYCANzWAgAm1wIAK9cCAHvXAgCC1wIA0NcCANjXAgADQREALdgCAHrYAgCK2AIAz9gCANvYAgAk2QIAKNkCAHnZAgCB2QIAztkCANDZAgAj2gIAKdoCAHjaAgCP2gIAzdoCANbaAgAi2wIAONsCAHfbAgCD2wIAzNsCANnbAgAh3AIAK9wCAHbcAgB53AIAy9wCANPcAgAg3QIAKt0CAHXdAgB63QIAyt0CANLdAgAf3gIAL94CAHTeAgB93gIAyd4CANbeAgAe3wIALd8CAHPfAgB93wIAyN8CANbfAgAd4AIAIuACAHLgAgB/4AIAx+ACAM/gAgBYQREAKeECAHHhAgA74QIAb4wEAHbhAgDG4QIA0OECABviAgAj4gIAcOICADLiAgAA8A8AduICAMXiAgB+4gIAa4cNAH/iAgCw8QgAgOICALrtAgCB4gIAlAoMANHiAgAa4wIAHOMCAOhfDQAh4wIAb+MCAHvjAgDE4wIA0+MCABnkAgAq5AIAbuQCAHDkAgDD5AIAyeQCABjlAgAk5QIAbeUCAHXlAgCtQREAyOUCAAJCEQAj5gIAV0IRAG/mAgABQxEAxOYCAFZDEQDG5gIAI9gEABnnAgAJlQwAI+cCAGvnAgB15wIAwOcCAMLnAgAV6AIAKOgCAGroAgBy6AIASKoNAHboAgC/6AIAxegCABTpAgAa6QIAaekCAG7pAgC+6QIAxOkCAKtDEQAd6gIAaOoCAGrqAgC96gIAx+oCABLrAgAg6wIAZ+sCAGzrAgC86wIAyesCABHsAgAd7AIAZuwCAGzsAgC77AIAwewCABDtAgAV7QIAZe0CAGvtAgAARBEAyO0CAA/uAgAc7gIAZO4CAGvuAgC57gIAwe4CAA7vAgAP7wIAkrcLABHvAgBj7wIAJO8CAJS1CwB37wIAuO8CAM7vAgAN8AIAJvACAGLwAgBn8AIAt/ACAMjwAgBVRBEAHfECAGHxAgBj8QIAtvECAMDxAgAL8gIAGfICAGDyAgBl8gIAtfICAMLyAgAK8wIAEvMCAF/zAgBr8wIAtPMCAG/zAgAI9QIAuvMCAAn0AgAP9AIAXvQCAGP0AgCz9AIAufQCAKpEEQAK9QIAXfUCAGv1AgCy9QIAw/UCAP9EEQAO9gIAVEURAGT2AgCx9gIAZvYCANvHBwCk9gIAI8oSAL/2AgAG9wIAwPYCAFb8AgDB9gIAKiEKABP3AgBb9wIAavcCALD3AgC19wIABfgCABv4AgBa+AIAW/gCAK/4AgCx+AIABPkCAA75AgBZ+QIAZ/kCAK75AgDH+QIAA/oCABT6AgBY+gIAZPoCAK36AgC1+gIAU0YRABb7AgBX+wIAWPsCAKz7AgC4+wIAAfwCAAT8AgCoRhEAWPwCAKv8AgC4/AIAAP0CAA39AgBV/QIAWv0CAKr9AgC0/QIA//0CAAf+AgBU/gIAZP4CAKn+AgC3/gIA/v4CAAv/AgBT/wIAWv8CAKj/AgCw/wIA/f8CAAAAAwBSAAMAZgADAKcAAwC9AAMA/AADABUBAwBRAQMAVgEDAKYBAwC3AQMA/UYRAAMCAwBSRxEABwIDAIoWCgAXAgMA4goTAF0CAwClAgMArAIDAPoCAwAGAwMATwMDAF8DAwCkAwMAsgMDAPkDAwAGBAMATgQDAFoEAwCjBAMAqgQDAKdHEQD6BAMATQUDAP0EAwCGIAQAWgUDAKIFAwCvBQMA9wUDAPwFAwBMBgMAVgYDAKEGAwCpBgMA9gYDAPsGAwBeSAQA/wYDAEsHAwBOBwMAoAcDAKwHAwD8RxEA+gcDAEoIAwABCAMA18gKAE8IAwCfCAMApwgDAPQIAwAKCQMASQkDAEsJAwCeCQMAqwkDAPMJAwAHCgMAUUgRAE0KAwCdCgMApQoDAIrACgCnCgMA8goDAPoKAwBHCwMAUwsDAJwLAwCpCwMA8QsDAPYLAwBGDAMATwwDAJsMAwCyDAMA8AwDAPsMAwCmSBEAUw0DAJoNAwCdDQMA7w0DAPINAwBEDgMAUg4DAJkOAwCmDgMA7g4DAAUPAwBDDwMASw8DAJgPAwCeDwMA7Q8DAPkPAwBCEAMATBADAJcQAwCgEAMA7BADAPIQAwBBEQMAThEDAPtIEQCiEQMA6xEDAKQRAwB9zQoA+hEDAEASAwBREgMAlRIDAJcSAwDqEgMA8BIDAD8TAwBLEwMAlBMDAJsTAwDpEwMA8RMDAD4UAwBAFAMAkxQDAKAUAwDoFAMA7xQDAD0VAwBFFQMAkhUDAJ8VAwDnFQMA7BUDADwWAwBGFgMAkRYDAJkWAwDmFgMA7xYDADsXAwA+FwMAkBcDAJwXAwDlFwMA7BcDAFBJEQBHGAMAjxgDAFAYAwCKHQMAchgDAM7RCgCqGAMA5BgDAOYYAwA5GQMAShkDAI4ZAwCcGQMA4xkDAOoZAwA4GgMAQBoDAI0aAwCSGgMA4hoDAOMaAwA3GwMAQxsDAIwbAwCSGwMA4RsDAOMbAwA2HAMAQBwDAIscAwCZHAMA4BwDAOUcAwA1HQMAQh0DAKVJEQCLHQMA3x0DAOQdAwA0HgMAOh4DAIkeAwCTHgMA3h4DAOoeAwAzHwMAOh8DAIgfAwCQHwMA3R8DAN8fAwAyIAMAPyADAIcgAwCOIAMA3CADAOQgAwAxIQMAPiEDAIYhAwCLIQMA2yEDAOUhAwAwIgMAOCIDAIUiAwCOIgMA2iIDAN0iAwAvIwMAOyMDAIQjAwCLIwMA+kkRAOUjAwCHwwoA7SMDAC4kAwA7JAMAgyQDAI0kAwDYJAMA2iQDAC0lAwBAJQMAgiUDAIolAwDXJQMA4yUDACwmAwAyJgMAgSYDAIcmAwDWJgMA2yYDACsnAwAxJwMAT0oRAI4nAwDVJwMA5CcDACooAwBGKAMAfygDAEooAwDpaAMAhygDAKRKEQDdKAMAKSkDADYpAwB+KQMAiCkDANMpAwDhKQMAKCoDAD4qAwB9KgMAiSoDANIqAwDaKgMA+UoRAC0rAwB8KwMAgisDANErAwDWKwMAJiwDACwsAwBOSxEAgCwDANAsAwDZLAMAJS0DAC8tAwB6LQMAgi0DAM8tAwDULQMAJC4DADQuAwB5LgMAgS4DAM4uAwDULgMAzDADAOcuAwAjLwMAKC8DAHgvAwCBLwMAzS8DANovAwAiMAMAKTADAHcwAwB6MAMAo0sRAM4wAwAhMQMALjEDAHYxAwCNMQMAyzEDANcxAwD4SxEAJzIDAHUyAwB9MgMAyjIDAM4yAwAfMwMALTMDAHQzAwB+MwMAyTMDANQzAwAeNAMAJjQDAHM0AwB4NAMAyDQDAOM0AwAdNQMAKTUDAHI1AwB4NQMAxzUDANc1AwAcNgMALTYDAHE2AwB2NgMAxjYDAMo2AwBNTBEAJDcDAHA3AwCJNwMAxTcDAM83AwAaOAMAIDgDAG84AwBxOAMAxDgDANM4AwAZOQMAIzkDAG45AwB2OQMAwzkDAMc5AwAYOgMAJjoDAG06AwB3OgMAwjoDAM06AwAXOwMAHzsDAGw7AwBxOwMAwTsDANw7AwAWPAMAIjwDAGs8AwBxPAMAwDwDANA8AwAVPQMAJj0DAGo9AwBvPQMAvz0DAMM9AwCiTBEAHT4DAGk+AwB6PgMAvj4DAMg+AwATPwMAIT8DAGg/AwBpPwMAvT8DAM4/AwASQAMAJkADAGdAAwBvQAMAvEADAMBAAwARQQMAH0EDAGZBAwBwQQMAu0EDAMZBAwAQQgMAGEIDAGVCAwBqQgMAukIDANVCAwAPQwMAG0MDAGRDAwBqQwMAuUMDAMlDAwAORAMAH0QDAGNEAwBoRAMAuEQDALxEAwD3TBEAG0UDAGJFAwB9RQMAt0UDAMVFAwAMRgMAE0YDAGFGAwBtRgMAtkYDAL5GAwBMTREAGUcDAGBHAwBqRwMAtUcDAMBHAwAKSAMAEkgDAF9IAwBkSAMAtEgDAM9IAwAJSQMAFUkDAF5JAwBkSQMAs0kDAMNJAwAISgMAGUoDAF1KAwBiSgMAskoDALZKAwChTREAGEsDAFxLAwBkSwMAsUsDALJLAwAGTAMAC0wDAFtMAwBpTAMAsEwDAL1MAwAFTQMAD00DAFpNAwBmTQMAr00DALVNAwAETgMADE4DAFlOAwBgTgMArk4DALpOAwADTwMACU8DAFhPAwBkTwMArU8DAL1PAwACUAMADlADAFdQAwBdUAMArFADALhQAwABUQMADlEDAFZRAwBlUQMAq1EDALdRAwD2TREAA1IDAFVSAwBYUgMAqlIDALhSAwD/UgMAFlMDAFRTAwBhUwMAqVMDAL9TAwD+UwMAClQDAFNUAwBgVAMAqFQDALJUAwD9VAMABVUDAFJVAwBcVQMAp1UDAKxVAwD8VQMABFYDAFFWAwBdVgMAplYDALNWAwD7VgMABVcDAFBXAwBWVwMApVcDALlXAwD6VwMAAlgDAE9YAwBdWAMApFgDALFYAwD5WAMAAVkDAE5ZAwBbWQMAo1kDALFZAwD4WQMACVoDAE1aAwBVWgMAoloDALhaAwD3WgMA+VoDAExbAwBNWwMAS04RAKZbAwAzFA4Ar1sDAPZbAwAFXAMAS1wDAFdcAwCgXAMAqFwDAKBOEQD6XAMASl0DAFNdAwCfXQMArF0DAPRdAwD7XQMASV4DAExeAwCeXgMApl4DAPNeAwD4XgMASF8DAFFfAwCdXwMAp18DAPJfAwD6XwMAR2ADAExgAwCcYAMArGADAPFgAwD5YAMARmEDAExhAwCbYQMAnWEDAPBhAwD9YQMARWIDAFxiAwCaYgMApmIDAPVOEQD7YgMARGMDAFtjAwCZYwMApWMDAO5jAwD0YwMAQ2QDAEtkAwCYZAMAn2QDAO1kAwD7ZAMAQmUDAF1lAwCXZQMApWUDAOxlAwDzZQMAQWYDAE1mAwCWZgMAnmYDAEpPEQD/ZgMAQGcDAEhnAwCVZwMAxmcDAOpnAwD2ZwMAP2gDAEVoAwCUaAMAmWgDAJ9PEQD1aAMAPmkDAEVpAwCTaQMAm2kDAOhpAwDqaQMAPWoDAEdqAwCSagMAmmoDAPRPEQD1agMA2XgDAPZqAwA8awMAPmsDAJFrAwCiawMA5msDAPdrAwA7bAMAR2wDAJBsAwCXbAMA5WwDAO1sAwA6bQMAZ20DAI9tAwCUbQMA5G0DAOVtAwA5bgMAQ24DAI5uAwCcbgMA424DAOhuAwA4bwMARW8DAI1vAwCpbwMA4m8DAP5vAwBJUBEARHADAIxwAwCQcAMA4XADAOdwAwA2cQMAOHEDAItxAwCMcQMA4HEDAANyAwA1cgMAWXIDAIpyAwC3cgMA33IDAOdyAwA0cwMAOXMDAIlzAwCWcwMA3nMDAOZzAwAzdAMANXQDAIh0AwCQdAMA3XQDAAp1AwAydQMAP3UDAId1AwCMdQMA3HUDAOl1AwAxdgMAPXYDAIZ2AwCzdgMA23YDAON2AwAwdwMAS3cDAIV3AwCHdwMA2ncDAOt3AwAveAMAOHgDAIR4AwCQeAMAnlARAOZ4AwAueQMANXkDAIN5AwCPeQMA2HkDAOt5AwAtegMANXoDAIJ6AwCHegMA13oDAOB6AwAsewMANnsDAIF7AwCJewMA1nsDANt7AwArfAMAO3wDAIB8AwCIfAMA1XwDAO58AwAqfQMAL30DAH99AwCIfQMA1H0DAOF9AwApfgMAMH4DAH5+AwCBfgMA81ARANh+AwAofwMA4H4DAHPVDAAxfwMAfX8DAIV/AwDSfwMA3X8DACeAAwApgAMAfIADAJeAAwDRgAMA3YADACaBAwAugQMASFERAIiBAwDQgQMA2IEDACWCAwAxggMAeoIDAICCAwDPggMA1YIDACSDAwApgwMAeYMDAH+DAwCdUREA24MDACOEAwArhAMAeIQDAIyEAwDNhAMA0oQDACKFAwArhQMAd4UDAH2FAwDMhQMA1IUDACGGAwAkhgMAdoYDAJOGAwDLhgMA3IYDACCHAwAohwMAdYcDAHiHAwDKhwMA3ocDAB+IAwAsiAMAdIgDAH6IAwDJiAMAy4gDAB6JAwAxiQMAR1IRAHiJAwDIiQMA2YkDAB2KAwAmigMAcooDAIiKAwDHigMA1IoDAByLAwAkiwMAcYsDAJCLAwCcUhEA0osDABuMAwAjjAMA8VIRAHOMAwDFjAMAzYwDABqNAwAnjQMAb40DAHSNAwDEjQMAzI0DABmOAwAajgMAbo4DAHCOAwDDjgMAyY4DABiPAwAajwMAbY8DAIOPAwDCjwMAzo8DABeQAwAhkAMAbJADAHiQAwDBkAMAx5ADABaRAwAekQMAa5EDAJ2RAwBGUxEAyZEDABWSAwAfkgMAapIDAHKSAwC/kgMAwJIDABSTAwAakwMAaZMDAHWTAwC+kwMAv5MDABOUAwAVlAMAaJQDAG6UAwC9lAMAyZQDABKVAwAZlQMAZ5UDAG+VAwC8lQMAv5UDABGWAwAblgMAZpYDAGiWAwC7lgMAxZYDABCXAwAclwMAZZcDAHuXAwC6lwMAxpcDAA+YAwAcmAMAZJgDAG6YAwC5mAMAwZgDAA6ZAwAgmQMAm1MRAGWZAwC4mQMAwpkDAA2aAwAPmgMAYpoDAHuaAwC3mgMAuZoDAAybAwAPmwMAYZsDAG2bAwC2mwMAvpsDAPBTEQAfnAMAYJwDAGOcAwC1nAMAv5wDAAqdAwAWnQMAX50DAHWdAwC0nQMAvJ0DAAmeAwAXngMAXp4DAGGeAwCzngMAu54DAAifAwALnwMAXZ8DABafAwBWpgMAZ58DALKfAwBonwMAr6IDALSfAwAHoAMADaADAFygAwBmoAMAsaADAL+gAwAGoQMAE6EDAFuhAwByoQMAsKEDALihAwAFogMADqIDAFqiAwBbogMARVQRALiiAwAEowMADqMDAFmjAwBjowMArqMDALyjAwADpAMAEKQDAFikAwBvpAMAraQDALWkAwACpQMACaUDAFelAwBcpQMArKUDALClAwABpgMADqYDAJpUEQBjpgMAq6YDALOmAwAApwMABqcDAFWnAwBhpwMAqqcDALmnAwD/pwMABKgDAFSoAwBvqAMAqagDALWoAwD+qAMABKkDAFOpAwBnqQMAqKkDALCpAwD9qQMAE6oDAFKqAwBXqgMAp6oDAK6qAwD8qgMACKsDAO9UEQBYqwMApqsDALSrAwD7qwMACKwDAFCsAwBnrAMApawDAK2sAwD6rAMAAK0DAE+tAwBbrQMApK0DAKutAwD5rQMAB64DAE6uAwBRrgMAo64DAKuuAwD4rgMABq8DAE2vAwBQrwMAoq8DAKqvAwD3rwMACLADAEywAwBRsAMAobADAKOwAwD2sAMA/bADAEuxAwBZsQMAoLEDAK2xAwD1sQMADLIDAEqyAwBSsgMAn7IDAKmyAwD0sgMA/7IDAEmzAwBVswMAnrMDAKazAwBEVREA9bMDAEi0AwBStAMAnbQDAJ+0AwDytAMA9bQDAEe1AwBTtQMAnLUDAKa1AwDxtQMA+bUDAEa2AwBUtgMAm7YDAKi2AwDwtgMA+LYDAEW3AwBbtwMAmrcDAKa3AwDvtwMABbgDAES4AwBJuAMAmbgDAJ+4AwDuuAMAArkDAJlVEQBGuQMAmLkDAKC5AwDtuQMA+7kDAEK6AwADugMAGzIIAE+6AwCXugMAn7oDAOy6AwD2ugMAQbsDAEy7AwCWuwMAorsDAOu7AwDzuwMA7lURAEa8AwCVvAMAmrwDAOq8AwD5vAMAP70DAEu9AwCUvQMAl70DAOm9AwDsvQMAPr4DAEa+AwCTvgMAmL4DAOi+AwD4vgMAPb8DAEW/AwCSvwMAlb8DAOe/AwDxvwMAPMADAD7AAwCRwAMAl8ADAObAAwDwwAMAO8EDAEnBAwCQwQMAncEDAOXBAwD8wQMAOsIDAELCAwCPwgMAmMIDAOTCAwDlwgMAQ1YRAEXDAwCOwwMAkcMDAOwJCgCdwwMA48MDAKHDAwCn+QkA7cMDADjEAwBAxAMAwjkEAETEAwDF1Q8ARsQDAI3EAwBUxAMAZ+UIAJLEAwDixAMAmsQDAPSwBQDvxAMAN8UDADrFAwAbhQoAPcUDACfPCQA/xQMAjMUDAEHFAwDPgQQAQ8UDAK5LBgCPxQMAoFcIAJLFAwAuywYAlsUDAOHFAwCaxQMAS1UKAJzFAwByMAgA5sUDADbGAwDtxQMANMcEAO/FAwAgKwoAPsYDAIvGAwCOxgMA4MYDAOzGAwA1xwMAO8cDAIrHAwClxwMA38cDAOvHAwA0yAMAOsgDAInIAwCRyAMA3sgDAODIAwAzyQMA48gDAN3JAwA9yQMAiMkDAJDJAwCYVhEA6skDADLKAwA6ygMAh8oDAIrKAwDcygMA4coDADHLAwBAywMAhssDAKbLAwDbywMA58sDADDMAwA6zAMAhcwDAI3MAwDazAMA7MwDAEJXEQA5zQMAhM0DAJLNAwDZzQMA5s0DAC7OAwBFzgMAg84DAIvOAwDYzgMA584DAC3PAwAyzwMAgs8DAI/PAwDXzwMA5M8DACzQAwA40AMAgdADAJDQAwDW0AMA4NADACvRAwA50QMAgNEDAIXRAwDV0QMA4tEDACrSAwAt0gMAf9IDAIfSAwDU0gMA2dIDACnTAwA20wMAftMDAIbTAwDT0wMA3NMDACjUAwA11AMAfdQDAIvUAwDS1AMA5dQDACfVAwAv1QMAfNUDAIPVAwDR1QMA1tUDACbWAwA81gMAe9YDAH3WAwDQ1gMA3tYDACXXAwAy1wMAetcDAILXAwDP1wMA0tcDACTYAwAp2AMAedgDAIjYAwDO2AMA7tgDACPZAwAv2QMAeNkDAILZAwDN2QMA1dkDACLaAwA02gMAl1cRAIjaAwDM2gMA09oDACHbAwAp2wMAdtsDAIPbAwDL2wMA0NsDACDcAwAq3AMAddwDAH3cAwDK3AMAzNwDALWVCgDP3AMApVIIANTcAwCQugoA2dwDAB/dAwDa3AMABEgJACTdAwB03QMAgd0DAMndAwDW3QMAHt4DACreAwBz3gMAgt4DAMjeAwDS3gMAHd8DACXfAwBy3wMAfN8DAMffAwDM3wMAHOADACTgAwDsVxEAfeADAMbgAwDM4AMAG+EDADbhAwBw4QMAfOEDAMXhAwDL4QMAGuIDADbiAwBv4gMAd+IDAEFYEQDM4gMAGeMDACPjAwBu4wMAeeMDAMPjAwDP4wMAGOQDACDkAwCWWBEAeeQDAMLkAwDI5AMAF+UDADLlAwBs5QMAeOUDAMHlAwDH5QMAFuYDAB7mAwBr5gMAceYDAMDmAwDJ5gMAFecDACLnAwBq5wMAd+cDAL/nAwDN5wMAFOgDACHoAwBp6AMAgOgDAL7oAwDG6AMAE+kDABjpAwBo6QMAJOkDAGbrAwB16QMAvekDAMXpAwAS6gMAHeoDAGfqAwBs6gMAvOoDAL/qAwAR6wMAG+sDAOtYEQBr6wMAu+sDAMrrAwAQ7AMAEuwDAGXsAwB27AMAuuwDAMvsAwAP7QMAI+0DAEBZEQB17QMAue0DALztAwAO7gMAwe0DAFP6BwDG7QMAJ8kPABjuAwBj7gMAZe4DALjuAwDC7gMADe8DABnvAwBi7wMAjO8DALfvAwDC7wMA/vwEAN3vAwAM8AMAP/ADAGHwAwCH8AMAtvADANzwAwAL8QMAP/EDAGDxAwCL8QMAtfEDAL3xAwAK8gMANPIDAF/yAwCU8gMAtPIDAN/yAwAJ8wMAEfMDAF7zAwBt8wMAs/MDALjzAwAI9AMAEfQDAF30AwAV9AMAAPwDAG70AwCy9AMAufQDAAf1AwAP9QMAXPUDAGn1AwCx9QMAtvUDAAb2AwAQ9gMAW/YDAGP2AwCw9gMAuvYDAKQCBAC/9gMABfcDAAr3AwBa9wMAZ/cDAK/3AwC89wMABPgDABD4AwBZ+AMAaPgDAK74AwC4+AMAA/kDAAv5AwBY+QMAYvkDAK35AwCy+QMAAvoDAAr6AwCVWREAY/oDAKz6AwCy+gMAAfsDABz7AwBW+wMAYvsDAKv7AwCx+wMA6lkRAA38AwBV/AMAYfwDAKr8AwC5/AMA//wDAAn9AwBU/QMAYv0DAKn9AwCu/QMA/v0DAAv+AwBT/gMAW/4DAKj+AwCy/gMA/f4DAAL/AwBS/wMAWv8DAKf/AwCq/wMA/P8DAAgABABRAAQAVwAEAKYABADBAAQA+wAEAAcBBABQAQQAVgEEAKUBBACtAQQA+gEEAPwBBABPAgQAWQIEAD9aEQCqAgQA+QIEAPsCBABOAwQAWwMEAKMDBACmAwQA+AMEAAkEBABNBAQATwQEAKIEBACsBAQA9wQEAAMFBABMBQQAVAUEAJRaEQCmBQQA9gUEAPkFBABLBgQAVQYEAKAGBACoBgQA9QYEAAIHBABKBwQATAcEAJ8HBAC1BwQA9AcEAAAIBADpWhEAZQgEAJ4IBAC6CAQAPlsRAPgIBABICQQAVQkEAJ0JBACqCQQA8gkEAP4JBABHCgQAVgoEAJwKBACmCgQA8QoEAP8KBABGCwQASwsEAJsLBACoCwQA8AsEAAkMBABFDAQARwwEAJoMBAChDAQAk1sRAAwNBABEDQQAVQ0EAJkNBAClDQQA7g0EAAEOBABDDgQAUg4EAJgOBACkDgQA7Q4EAO4OBABCDwQATA8EAJcPBAClDwQA7A8EAPEPBABBEAQAThAEAOhbEQCbEAQA6xAEAPgQBABAEQQATREEAJURBAChEQQA6hEEAPkRBAA/EgQASRIEAJQSBACiEgQA6RIEAO4SBAA+EwQASxMEAJMTBACbEwQA51wRAO0TBAA9FAQARRQEADxdEQCUFAQA5xQEAPUUBAA8FQQATRUEAJFdEQCYFQQA5l0RAOsVBAA7FgQAQxYEAJAWBACfFgQA5RYEAOoWBAA6FwQARxcEAI8XBACcFwQA5BcEAPAXBAA5GAQASBgEAI4YBACYGAQAkF4RAOUYBABc6g4A6RgEAHTUDAD2GAQAOBkEAEcZBACNGQQAmRkEAOIZBADjGQQANxoEAEEaBACMGgQAmhoEAOEaBADmGgQANhsEAEMbBADlXhEAjxsEAOAbBADrGwQANRwEAEMcBACKHAQAmxwEAN8cBADrHAQANB0EADwdBAA6XxEAjh0EAN4dBADrHQQAMx4EAEAeBACIHgQAlB4EAN0eBADsHgQAMh8EADwfBACHHwQAlR8EANwfBADpHwQAMSAEAEggBACPXxEAkyAEANsgBADoIAQAMCEEADwhBACFIQQAlCEEANohBADkIQQALyIEAD0iBACEIgQASyIEAAabCQCJIgQA2SIEAOYiBAAuIwQANiMEAORfEQCPIwQA2CMEAOgjBAAtJAQANiQEAIIkBACFJAQA1yQEAOMkBAAsJQQAMyUEADlgEQCOJQQA1iUEAOUlBAArJgQALCYEAIAmBACXJgQA1SYEAO8mBAAqJwQANicEAH8nBACSJwQA1CcEAOMnBAApKAQANSgEAH4oBAB/KAQA0ygEAN0oBAAoKQQANikEAH0pBACCKQQA0ikEAN8pBACOYBEAQSoEAHwqBACLKgQA0SoEANMqBAAmKwQA1ioEAHUxBAAzKwQAeysEAIgrBADQKwQA1SsEACUsBAAvLAQAeiwEAIksBADPLAQA1CwEACQtBAAxLQQAeS0EAIYtBADOLQQA2i0EACMuBAAyLgQAeC4EAIIuBADNLgQA2i4EACIvBAAnLwQAdy8EAHsvBADMLwQA2C8EACEwBAAnMAQAdjAEAHwwBADLMAQA0DAEACAxBAAmMQQA42ARAIIxBADKMQQA1zEEAB8yBAArMgQAdDIEAIMyBADJMgQA0zIEAB4zBAAsMwQAczMEAHgzBADIMwQA1TMEAB00BAAkNAQAcjQEAHc0BADHNAQA0zQEABw1BAAfNQQAcTUEAH41BADGNQQAyzUEABs2BAAlNgQAcDYEAHw2BADFNgQA2DYEABo3BAAoNwQAbzcEAHI3BADENwQAzjcEABk4BAAlOAQAbjgEAHQ4BADDOAQAyTgEABg5BAAdOQQAbTkEAHM5BAA4YREAzDkEAAX0BgDOOQQAaDkJANE5BAAXOgQAGToEAGw6BAB9OgQAwToEANI6BAAWOwQAHjsEAGs7BAB7OwQAwDsEAMI7BAAVPAQAIzwEAGo8BAB7PAQAjWERAMY8BADiYREAFT0EAGk9BABuPQQAvj0EAG89BAA9aQQAxD0EABM+BAAdPgQAaD4EAHQ+BAC9PgQAwz4EABI/BAAYPwQAZz8EAGw/BAC8PwQAwj8EADdiEQAfQAQAZkAEAH9ABAC7QAQAvEAEABBBBAAtQQQAZUEEAG1BBACYYwQAf0EEALpBBAC9QQQAD0IEABRCBAA2YxEAfUIEALlCBAC/QgQADkMEAM9CBACaCwUAEEMEAGNDBABpQwQAuEMEAMxDBAANRAQAFUQEAGJEBABvRAQAt0QEALxEBAAMRQQAFkUEAGFFBABpRQQAtkUEAMdFBAALRgQAEEYEAGBGBABiRgQAtUYEALxGBAAKRwQAFkcEAF9HBABmRwQAtEcEANBHBAAJSAQAEUgEAItjEQBfSAQAs0gEAL9IBAAISQQAFUkEAF1JBABlSQQAskkEALVJBAAHSgQAEkoEAFxKBABeSgQAsUoEALdKBAAGSwQAEksEAFtLBABiSwQAsEsEALhLBAAFTAQACkwEAFpMBABzTAQAr0wEANtMBAAETQQAEE0EAFlNBABoTQQArk0EALhNBAADTgQAC04EAFhOBABoTgQArU4EALtOBAACTwQAE08EAFdPBABjTwQA4GMRALFPBAABUAQACVAEAFZQBABXUAQAq1AEAGxQBADtsQsAyFAEAABRBAAIUQQAVVEEAFlRBACqUQQAsFEEAP9RBAABUgQAVFIEAFVSBACpUgQAqlIEAP5SBAAKUwQAU1MEAFlTBACoUwQAsFMEAP1TBAD/UwQAUlQEAG1UBACnVAQAqVQEAPxUBAAKVQQAUVUEAGJVBACmVQQAqFUEAPtVBAAUVgQAUFYEAGFWBAClVgQAsVYEADVkEQAIVwQAT1cEABZXBADxBggAZVcEAKRXBAClVwQA+VcEAApYBABOWAQAWlgEAKNYBAC5WAQA+FgEAARZBABNWQQAWlkEAKJZBACsWQQA91kEAPlZBABMWgQAVloEAKFaBACvWgQA9loEAPtaBABLWwQAWFsEAKBbBAC8WwQA9VsEAP1bBACKZBEAWFwEAJ9cBAC4XAQA9FwEAPVcBABJXQQAZl0EAJ5dBACmXQQA810EAAReBABIXgQAVl4EAJ1eBAC2XgQA8l4EAPheBABHXwQASV8EAJxfBACiXwQA8V8EAAVgBABGYAQATmAEAJtgBACoYAQA8GAEAPVgBABFYQQAT2EEAJphBACiYQQA72EEAP9hBABEYgQASWIEAJliBACiYgQA7mIEAPtiBABDYwQASmMEAN9kEQCpYwQA7WMEAPtjBABCZAQAW2QEAJdkBACdZAQA7GQEAO5kBABBZQQAR2UEAJZlBACqZQQA62UEAPNlBABAZgQATWYEAJVmBACaZgQA6mYEAPRmBAA/ZwQAR2cEAJRnBACkZwQA6WcEAO5nBAA+aAQAR2gEAJNoBACgaAQA6GgEAO9oBAA0ZREAQmkEAJJpBACTaQQA52kEAPNpBAA8agQAQmoEAJFqBACiagQA5moEAPpqBAA7awQASmsEAJBrBACVawQA5WsEAPJrBAA6bAQASmwEAI9sBACdbAQA5GwEAPtsBAA5bQQAQm0EAI5tBACUbQQA420EAO9tBAA4bgQAP24EAI1uBACpbgQA4m4EAOpuBACJZREAPW8EAIxvBACSbwQA4W8EAOZvBAA2cAQAPHAEAN5lEQCQcAQA4HAEAOJwBAA1cQQAPHEEAIpxBACYcQQA33EEAOxxBAA0cgQAS3IEAIlyBACRcgQA3nIEAN9yBAAzcwQANnMEAIhzBACccwQA3XMEAOxzBAAydAQAN3QEAId0BACIdAQA3HQEAPN0BACIZhEAM3UEAIZ1BACTdQQA23UEAOh1BAAwdgQANXYEAIV2BACPdgQA2nYEAOJ2BAAvdwQAP3cEAIR3BACSdwQA2XcEAOZ3BAAueAQANXgEAIN4BACLeAQA2HgEANp4BAAteQQANXkEAIJ5BACDeQQA13kEAJh5BACVEAUA3HkEACx6BAAvegQAgXoEAIt6BADWegQA7XoEACt7BAAxewQAgHsEAIx7BADVewQA2HsEACp8BABHfAQAf3wEAJB8BADUfAQA3HwEACl9BAAwfQQAfn0EAIR9BADTfQQA4X0EACh+BABDfgQAfX4EAIl+BADSfgQA2H4EACd/BAA8fwQAfH8EAIR/BADRfwQA238EACaABAAsgAQAe4AEAImABADQgAQA3IAEACWBBAAsgQQAeoEEAIKBBADdZhEA3YEEACSCBAA6ggQAeYIEAIWCBADOggQA04IEACODBAAsgwQAeIMEAIKDBADNgwQA2YMEADxoBgDpgwQAIoQEACqEBAAyZxEAfIQEAMyEBADZhAQAIYUEAC6FBAB2hQQAgoUEAMuFBADahQQAIIYEACqGBAB1hgQAg4YEAMqGBADPhgQAH4cEACyHBAB0hwQAfIcEAIdnEQDXhwQAHogEADSIBABziAQAf4gEAMiIBADNiAQAHYkEACaJBAByiQQAfIkEAMeJBADPiQQAHIoEACiKBABxigQAhIoEAMaKBADHigQAG4sEACmLBABwiwQAdosEAMWLBADRiwQAGowEACGMBADcZxEAeYwEAMSMBADMjAQAGY0EAB+NBACKwQkAKI0EAG6NBABzjQQAAfoEAHSNBADDjQQAz40EABiOBAAajgQAbY4EAHeOBADCjgQAzo4EABePBAAfjwQAMWgRAHSPBADBjwQA0I8EABaQBAAbkAQAa5AEAHiQBADAkAQAzZAEABWRBAAhkQQAapEEAHmRBAC/kQQAyZEEABSSBAAikgQAaZIEAG6SBAC+kgQAy5IEABOTBAAbkwQAaJMEAHKTBAC9kwQAwpMEABKUBAAalAQAZ5QEAHKUBAC8lAQAwZQEABGVBAAUlQQAZpUEAHCVBAC7lQQAw5UEAIZoEQAVlgQAZZYEAHSWBAC6lgQAvJYEAA+XBAAglwQAZJcEAG+XBAC5lwQAvpcEAA6YBAARmAQAY5gEAG2YBAC4mAQAwJgEAA2ZBAAPmQQAYpkEAG+ZBAC3mQQAvpkEAAyaBAAUmgQAYZoEAGKaBAC2mgQAu5oEAAubBAARmwQAYJsEAGqbBAC1mwQAvZsEANtoEQBAnAQAX5wEAJScBAC0nAQAzpwEAAmdBAAvnQQAXp0EAHidBACznQQA2Z0EAAieBAAingQAXZ4EAIaeBACyngQAup4EAAefBAAJnwQAXJ8EAGmfBACxnwQAuJ8EAAagBAAOoAQAW6AEAFygBACwoAQAtaAEAAWhBAALoQQAWqEEAGShBACvoQQAt6EEADBpEQAgogQAhWkRAGGiBACuogQAsKIEAAOjBAAQowQAWKMEAF+jBACtowQAtaMEAAKkBAADpAQAV6QEAFykBACspAQAsqQEAAGlBAALpQQAVqUEAF6lBADaaREAsKUEAACmBAACpgQAVaYEAFymBACqpgQAuKYEAP+mBAAMpwQAVKcEAGunBACppwQAsacEAP6nBAAIqAQAU6gEABSoBABJBwUAXqgEAKioBAC0qAQA/agEAAWpBAAvahEAU6kEAKepBABcqQQAdIYFAGipBAAycwUArKkEAPypBAD/qQQAUaoEAFuqBACmqgQAvaoEAPuqBAABqwQAUKsEAFyrBAClqwQAqKsEAPqrBAAXrAQAT6wEAGCsBACkrAQAw6wEAPmsBAABrQQATq0EAFCtBACjrQQAsq0EAPitBAACrgQATa4EAFuuBACirgQAva4EAPeuBAADrwQATK8EAFSvBACEahEAra8EAPavBAAFsAQAS7AEAFCwBACgsAQAprAEAPWwBAD8sAQASrEEAFKxBACfsQQAobEEAPSxBAD7sQQASbIEAEuyBACesgQAn7IEAPOyBAD9sgQASLMEAFSzBACdswQAo7MEAPKzBAAMtAQAR7QEAE+0BACctAQAsrQEAPG0BAD/tAQARrUEAEm1BACbtQQAnrUEAPC1BAD+tQQARbYEAFK2BACatgQAsbYEAO+2BAD3tgQARLcEAEa3BACZtwQAobcEAO63BAAFuAQAQ7gEAE+4BACYuAQArrgEAO24BAD1uAQAQrkEAFC5BACXuQQAobkEAOy5BAD0uQQAQboEAEi6BACWugQAoroEAOu6BADsugQAQLsEAEy7BACVuwQAorsEAOq7BADxuwQAP7wEAEK8BACUvAQAnLwEAOm8BADuvAQAPr0EAEu9BACTvQQAw70EAOi9BADwvQQA2WoRAEW+BACfpBEAWb4EAJK+BACavgQALmsRAPW+BAA8vwQAPr8EAJG/BACivwQA5r8EAO6/BAA7wAQAR8AEAJDABACWwAQA5cAEAOvABAA6wQQAP8EEAI/BBACVwQQAg2sRAOnBBAA5wgQA8MEEAE36DQBBwgQAjsIEAJPCBAAsdAoAlMIEAI28CwCawgQAbzALAJ3CBADjwgQAn8IEAOW5CwDowgQAOMMEAOnCBAA4aQkARcMEAI3DBACawwQA4sMEAO7DBAA3xAQARsQEAIzEBACWxAQA12wRAOvEBAA2xQQAO8UEAIvFBACTxQQALG0RAOXFBAA1xgQAOMYEAIrGBACUxgQA38YEAAfHBADWbREAOscEAInHBACfxwQA3scEAOzHBAAzyAQAQMgEAIjIBACKyAQA3cgEAOfIBAAyyQQAPskEAIfJBACOyQQA3MkEAOTJBAAxygQAOMoEAIbKBACPygQA28oEAOfKBAAwywQAOMsEACtuEQCKywQA2ssEAOLLBAAvzAQAPswEAITMBACJzAQA2cwEAObMBAAuzQQAO80EAIPNBACPzQQA2M0EAOfNBAAtzgQAN84EAILOBACQzgQA184EANzOBAAszwQAOc8EAIHPBACJzwQA1s8EAODPBAAr0AQAOdAEAIDQBACW0AQA1dAEAOHQBAAq0QQAL9EEAH/RBACI0QQA1NEEAN7RBACAbhEAM9IEAH7SBACK0gQA09IEANvSBADVbhEALdMEAH3TBACK0wQA0tMEAN/TBAAn1AQAM9QEAHzUBACL1AQA0dQEANvUBAAm1QQAPtUEAHvVBACF1QQA0NUEAN7VBAAl1gQAO9YEAHrWBACG1gQAz9YEANTWBAAk1wQALdcEAHnXBACD1wQAztcEANbXBAAqbxEAMNgEAHjYBAA52AQAM7wQAIXYBADN2AQA2dgEACLZBAAx2QQAd9kEAIHZBADM2QQA2tkEACHaBAAu2gQAdtoEAI3aBADL2gQA09oEACDbBAAq2wQAddsEAHrbBADK2wQA0tsEAH9vEQAr3AQAdNwEAHrcBADJ3AQA5NwEAB7dBAAq3QQAc90EAHndBADUbxEA0N0EAClwEQAi3gQAct4EAH/eBADH3gQA1N4EABzfBAAo3wQAcd8EAIDfBADG3wQA0N8EABvgBAAp4AQAcOAEAHXgBADF4AQA0uAEABrhBAAi4QQAfnARAHvhBADE4QQA1OEEABniBAAi4gQAbuIEAHHiBADD4gQAz+IEABjjBAAf4wQA03ARAHvjBADC4wQA2OMEABfkBAAj5AQAbOQEAHPkBADB5AQAyeQEABblBAAb5QQAa+UEAHTlBADA5QQAyuUEAChxEQAa5gQAauYEACHmBAC76gQAcuYEAL/mBADF5gQAFOcEABnnBABp5wQAcucEAL7nBADI5wQAE+gEAB/oBABo6AQAcOgEAH1xEQDC6AQAEukEABrpBABn6QQAcukEALzpBADB6QQAEeoEABTqBABm6gQAcOoEANJxEQDF6gQAEOsEABTrBABl6wQAausEALrrBADA6wQAD+wEAC/sBABk7AQAbOwEALnsBADH7AQADu0EABHtBABj7QQAa+0EALjtBADB7QQADe4EABruBABi7gQAaO4EALfuBADD7gQADO8EAA7vBABh7wQAcO8EALbvBADB7wQAC/AEAA3wBABg8AQAefAEALXwBADG8AQACvEEABbxBAAnchEAZ/EEALTxBADU8QQACfIEABfyBABe8gQAa/IEALPyBAC68gQACPMEACTzBABd8wQAZfMEAHxyEQC38wQAB/QEABT0BABc9AQAafQEALH0BAC99AQABvUEABX1BABb9QQAZfUEALD1BADF9QQABfYEAA32BABa9gQAafYEAK/2BACx9gQABPcEAA33BABZ9wQAXPcEAK73BAC69wQAA/gEAB/4BABY+AQAYPgEANFyEQCy+AQAAvkEABj5BABX+QQAY/kEAKz5BADP+QQAJnMRAA76BABW+gQAY/oEAKv6BAC3+gQAAPsEAA/7BABV+wQAX/sEAKr7BACy+wQA//sEAAn8BABU/AQAWfwEAKn8BACx/AQAe3MRABL9BABT/QQAef0EAKj9BADO/QQA/f0EACP+BABS/gQAff4EAKf+BACv/gQA/P4EACb/BABR/wQAh/8EAKb/BADM/wQA+/8EACEABQBQAAUAhgAFAKUABQDQAAUA+gAFAAIBBQBPAQUAVAEFAERhBQBeAQUApAEFAKkBBQD5AQUABgIFAE4CBQBbAgUAowIFAK8CBQD4AgUABwMFAE0DBQBXAwUAogMFALADBQD3AwUA/AMFAEwEBQBZBAUAoQQFAKkEBQD2BAUA/AQFAEsFBQAABQUAnF4FAFcFBQCgBQUAsAUFAPUFBQD+BQUASgYFAE0GBQCfBgUAqwYFAPQGBQD7BgUA0HMRAF0HBQCeBwUAoQcFAPMHBQAQCAUASAgFAFkIBQCdCAUApAgFAPIIBQALCQUARwkFAE8JBQCcCQUAsgkFAPEJBQD2CQUARgoFAE0KBQCbCgUApAoFAPAKBQABCwUARQsFAFELBQAldBEAnAsFAOwOBQCuCwUA7wsFAPILBQBEDAUAYQwFAJkMBQCqDAUA7gwFAP0MBQBDDQUAVA0FAJgNBQCmDQUA7Q0FAPkNBQBCDgUATw4FAJcOBQChDgUAenQRAPIOBQBBDwUATw8FAJYPBQCYDwUA6w8FAPIPBQBAEAUAWRAFAM90EQCpEAUA6hAFAO0QBQA/EQUAXBEFAJQRBQClEQUA6REFAPERBQA+EgUARRIFAJMSBQCZEgUA6BIFAPYSBQA9EwUAWBMFAJITBQCeEwUA5xMFAO0TBQA8FAUAURQFAJEUBQCZFAUA5hQFAPAUBQA7FQUAQRUFAJAVBQCeFQUA5RUFAPEVBQA6FgUAQRYFAI8WBQCXFgUAJHURAO0WBQA5FwUARhcFAI4XBQCcFwUA4xcFAPIXBQA4GAUAOhgFAI0YBQCXGAUA4hgFAPAYBQA3GQUAPBkFAIwZBQCZGQUA4RkFAOQZBQA2GgUAQhoFAIsaBQCeGgUA4BoFAO8aBQA1GwUAQRsFAIobBQCLGwUA3xsFAOkbBQA0HAUAQhwFAIkcBQCOHAUA3hwFAOscBQB5dREAOB0FAIgdBQCeHQUA3R0FAPMdBQAyHgUAOx4FAIceBQCUHgUA3B4FAOoeBQAxHwUAQB8FAIYfBQCIHwUA2x8FAOUfBQAwIAUAPiAFAIUgBQCKIAUA2iAFAOcgBQAvIQUAMiEFAIQhBQCMIQUA2SEFAOohBQAuIgUAPCIFAIMiBQCQIgUA2CIFAPgiBQAtIwUANSMFAIIjBQCSIwUA1yMFANkjBQAsJAUAOiQFAIEkBQCSJAUAeHYRANwkBQArJQUANyUFAM12EQCHJQUA1SUFAI0lBQA7EwcA3CUFAComBQAwJgUAfyYFAIsmBQDUJgUA1yYFACknBQAsJwUAficFAKYnBQDTJwUA9icFACgoBQAzKAUAfSgFAIIoBQDSKAUA1SgFACcpBQAxKQUAfCkFAKQpBQAidxEA1ikFACYqBQAzKgUAeyoFAIgqBQDQKgUA3CoFACUrBQA0KwUAeisFAIQrBQDPKwUA1ysFACQsBQAuLAUAeSwFAH4sBQDOLAUA1iwFAHd3EQAwLQUAeC0FAIwtBQDNLQUA1S0FACIuBQAnLgUAdy4FAIcuBQDMLgUA1C4FACEvBQArLwUAdi8FAIEvBQDLLwUA1y8FACAwBQAoMAUAzHcRAHYwBQDKMAUA1jAFAB8xBQAuMQUAdDEFAIIxBQDJMQUA2TEFAB4yBQAsMgUAczIFAH8yBQDIMgUAzzIFAB0zBQAlMwUAcjMFAIgzBQDHMwUA2zMFABw0BQAfNAUAcTQFAI40BQDGNAUA1zQFABs1BQAjNQUAcDUFAHs1BQDFNQUAyjUFABo2BQAdNgUAbzYFAHk2BQDENgUAxzYFACF4EQAbNwUAbTUIAB43BQBuNwUAcTcFAMM3BQDNNwUAGDgFACA4BQBtOAUAjDgFAHZ4EQDWOAUAFzkFAD05BQBsOQUAkjkFAME5BQDnOQUAFjoFAE46BQBrOgUAoToFAMA6BQDmOgUAFTsFADs7BQBqOwUAoDsFAL87BQDjOwUAFDwFADA8BQBpPAUAcTwFAMt4EQDDPAUAEz0FACA9BQBoPQUAdT0FAL09BQDJPQUAEj4FACE+BQBnPgUAcT4FALw+BQDKPgUAET8FABY/BQBmPwUAcz8FALs/BQDDPwUAIHkRABxABQBlQAUAdUAFALpABQDDQAUAD0EFABJBBQBkQQUAcEEFALlBBQDAQQUAdXkRABxCBQBjQgUAeUIFALhCBQDEQgUADUMFABRDBQBiQwUAakMFALdDBQC8QwUADEQFABVEBQBhRAUAa0QFAMp5EQC3RAUAC0UFABdFBQBgRQUAZkUFALVFBQC3RQUACkYFABRGBQBfRgUAbUYFALRGBQC5RgUACUcFABZHBQBeRwUAZkcFALNHBQC9RwUACEgFABZIBQBdSAUAc0gFALJIBQC+SAUAB0kFAA5JBQBcSQUAZEkFALFJBQC2SQUABkoFAA9KBQBbSgUAZUoFAB96EQCzSgUABUsFACJLBQBaSwUAa0sFAK9LBQC9SwUABEwFABxMBQBZTAUAXEwFAK5MBQDLTAUAA00FABRNBQBYTQUAcE0FAK1NBQC5TQUAAk4FABVOBQBXTgUAZk4FAKxOBQC4TgUAAU8FAAJPBQBWTwUAYE8FAKtPBQC5TwUAAFAFAAVQBQBVUAUAYlAFAHR6EQCvUAUA/1AFAAxRBQBUUQUAYVEFAKlRBQC1UQUA/lEFAA1SBQBTUgUAXVIFAKhSBQC2UgUA/VIFAAJTBQBSUwUAX1MFAKdTBQCvUwUAc3sRAAhUBQBRVAUAYVQFAKZUBQCvVAUA+1QFAP5UBQBQVQUAXFUFAKVVBQCsVQUAyHsRAAhWBQBPVgUAZVYFAKRWBQCwVgUA+VYFAABXBQBOVwUAVlcFAKNXBQCoVwUA+FcFAAFYBQBNWAUAV1gFAB18EQCjWAUA91gFAANZBQBMWQUAUlkFAKFZBQCjWQUA9lkFAABaBQBLWgUAWVoFAKBaBQClWgUA9VoFAAJbBQBKWwUAUlsFAJ9bBQCpWwUA9FsFAAJcBQBJXAUAX1wFAJ5cBQCqXAUA81wFAPpcBQBIXQUAUF0FAJ1dBQCiXQUA8l0FAPtdBQBHXgUAUV4FAHJ8EQCqXgUA8V4FAAdfBQBGXwUAUl8FAJtfBQCiXwUA8F8FAPhfBQBFYAUASmAFAJpgBQCjYAUA72AFAPlgBQDHfBEARWEFAJlhBQClYQUA7mEFAPRhBQBDYgUARWIFAJhiBQCiYgUA7WIFAPtiBQBCYwUAR2MFAJdjBQCkYwUA7GMFAPRjBQBBZAUAS2QFAJZkBQCkZAUA62QFAAFlBQBAZQUATGUFAJVlBQCcZQUA6mUFAPJlBQA/ZgUARGYFAJRmBQCdZgUA6WYFAPNmBQAcfREAQGcFAAjrDABMZwUAk2cFAKRnBQDoZwUA7WcFAD1oBQBUaAUAkmgFAKZoBQDnaAUA/2gFADxpBQBLaQUAkWkFAJZpBQDmaQUA82kFADtqBQBIagUAkGoFAJxqBQDlagUA9GoFADprBQBEawUAj2sFAJdrBQDkawUAAmwFADlsBQBBbAUAjmwFAJdsBQDjbAUA8GwFADhtBQA6bQUAjW0FAKZtBQDibQUA820FADduBQBDbgUAjG4FAJRuBQBxfREA5m4FADZvBQA+bwUAi28FAJpvBQDgbwUA5W8FADVwBQBCcAUAinAFAJdwBQDfcAUA63AFADRxBQBDcQUAiXEFAJNxBQDecQUA5nEFADNyBQA9cgUAiHIFAI1yBQDdcgUA5XIFAMZ9EQBGcwUAh3MFAIpzBQDccwUA+XMFADF0BQBCdAUAhnQFALx0BQDbdAUA+nQFADB1BQA4dQUAhXUFAId1BQDadQUA6XUFAC92BQA5dgUAhHYFAJJ2BQDZdgUA9HYFAC53BQA6dwUAg3cFAIt3BQAbfhEA5HcFAC14BQA8eAUAgngFAId4BQDXeAUA3XgFACx5BQAzeQUAgXkFAIl5BQDWeQUA2HkFACt6BQAyegUAgHoFAIJ6BQDVegUA1noFACp7BQA0ewUAf3sFAIt7BQDUewUA2nsFACl8BQBDfAUAfnwFAIZ8BQDTfAUA6XwFACh9BQA2fQUAfX0FAIB9BQDSfQUA1X0FACd+BQA1fgUAfH4FAIl+BQDRfgUA6H4FACZ/BQAufwUAe38FAH1/BQDQfwUA2H8FACWABQA8gAUAeoAFAIaABQDPgAUA5YAFACSBBQAsgQUAeYEFAIeBBQDOgQUA2IEFACOCBQArggUAeIIFAH+CBQDNggUA2YIFACKDBQAjgwUAd4MFAIODBQDMgwUA2YMFACGEBQAohAUAdoQFAHmEBQDLhAUA04QFACCFBQAlhQUAdYUFAIKFBQDKhQUA+oUFAB+GBQAnhgUAcH4RAHqGBQDJhgUA14YFAB6HBQAvhwUAc4cFAHiHBQDIhwUA34cFAB2IBQAxiAUAcogFAJGIBQDHiAUAz4gFAByJBQAeiQUAcYkFAICJBQDGiQUA0IkFABuKBQApigUAcIoFAIuKBQDFigUA0YoFABqLBQAiiwUAxX4RAHuLBQDEiwUA04sFABmMBQAejAUAbowFAHSMBQDDjAUAyowFABiNBQAgjQUAbY0FAG+NBQDCjQUAyY0FABeOBQAZjgUAbI4FAG2OBQDBjgUAy44FABaPBQAijwUAa48FAHGPBQDAjwUA2o8FABWQBQAdkAUAapAFAICQBQC/kAUAzZAFABSRBQAXkQUAaZEFAGyRBQC+kQUAzJEFABOSBQAgkgUAaJIFAH+SBQC9kgUAxZIFABKTBQAUkwUAZ5MFAG+TBQC8kwUA05MFABGUBQAdlAUAZpQFAHyUBQC7lAUAw5QFABCVBQAelQUAZZUFAG+VBQC6lQUAwpUFAA+WBQAWlgUAZJYFAHCWBQC5lgUAupYFAA6XBQAalwUAY5cFAHCXBQC4lwUAv5cFAA2YBQAQmAUAYpgFAGqYBQC3mAUAvJgFAAyZBQAZmQUAYZkFAJGZBQC2mQUAvpkFABp/EQAQmgUAYJoFAHyaBQC1mgUAvZoFAG9/EQBDmwUAX5sFAIWbBQC0mwUA3ZsFAAmcBQA/nAUAXpwFAHOcBQCznAUAu5wFAAidBQALnQUAXZ0FAHqdBQCynQUAw50FAAeeBQAKngUAXJ4FAGaeBQCxngUAs54FAAafBQAQnwUAW58FAGefBQCwnwUAzJ8FAAWgBQANoAUAxH8RAI2gBQCvoAUAsqAFAAShBQAqoQUAWaEFAIKhBQCuoQUA0qEFAAOiBQALogUAGYARAF2iBQCtogUAuqIFAAKjBQAPowUAV6MFAGOjBQCsowUAu6MFAAGkBQALpAUAVqQFAGSkBQCrpAUAsKQFAAClBQANpQUAVaUFAF2lBQCqpQUAtKUFAP+lBQANpgUAVKYFAGqmBQCppgUAtaYFAP6mBQADpwUAU6cFAFynBQCopwUAsqcFAP2nBQAZqAUAUqgFAFqoBQBugBEAqagFAPyoBQAKqQUAUakFAGKpBQDDgBEArakFABiBEQAAqgUAUKoFAFiqBQClqgUAtKoFAPqqBQAAqwUAT6sFAFurBQCkqwUApqsFAPmrBQADrAUATqwFAFqsBQCjrAUAq6wFAMKBEQD9rAUATa0FAFytBQCirQUAwq0FAPetBQADrgUATK4FAFauBQChrgUAqa4FAPauBQD4rgUAS68FAFuvBQCgrwUAqq8FAPWvBQABsAUASrAFAFCwBQCfsAUAp7AFABeCEQALsQUASbEFAFGxBQCesQUAqLEFAPOxBQD4sQUASLIFAFCyBQBsghEAorIFAPKyBQD7sgUAuToMAP+yBQBHswUACLMFAE9MDwBRswUAiRIPAFSzBQCcswUAqLMFAPGzBQAAtAUARrQFAFC0BQCbtAUAo7QFALNBCwCptAUA8LQFAP20BQBFtQUAXLUFAJq1BQCitQUA77UFAPm1BQBEtgUASbYFAJm2BQChtgUAwYIRAPu2BQBDtwUAUbcFAJi3BQCrtwUA7bcFAPW3BQBCuAUARbgFAJe4BQCcuAUA7LgFAPu4BQBBuQUAYbkFAJa5BQCiuQUA67kFAPW5BQBAugUAXLoFAJW6BQCdugUAFoMRAP26BQA/uwUARbsFAJS7BQCguwUA6bsFAPO7BQA+vAUARLwFAJO8BQChvAUA6LwFAPS8BQA9vQUAQL0FAJK9BQCTvQUA570FAPO9BQA8vgUAQr4FAJG+BQCXvgUA5r4FAPK+BQA7vwUAWL8FAJC/BQCZvwUA5b8FAPG/BQA6wAUAPcAFAI/ABQCZwAUA5MAFAPDABQA5wQUAP8EFAI7BBQCUwQUA48EFAOjBBQA4wgUAPsIFAGuDEQCZwgUA4sIFAOTCBQA3wwUARsMFAIzDBQCXwwUA4cMFAO3DBQA2xAUAPcQFAIvEBQCTxAUA4MQFAOrEBQA1xQUAQMUFAIrFBQCWxQUA38UFAOfFBQBqhBEANsYFAInGBQCcxgUA3sYFAObGBQAzxwUAOccFAIjHBQCUxwUA3ccFAOfHBQAyyAUAOMgFAIfIBQCVyAUA3MgFAOjIBQAxyQUANMkFAIbJBQCOyQUA28kFANzJBQAwygUAPMoFAIXKBQCLygUA2soFAOLKBQAvywUANcsFAITLBQCQywUA2csFAPbLBQAuzAUAN8wFAIPMBQCPzAUA2MwFANvMBQAtzQUAN80FAILNBQCKzQUA180FAOjNBQAszgUAOs4FAIHOBQCXzgUA1s4FAOTOBQArzwUANc8FAL+EEQCPzwUA1c8FAODPBQAq0AUANtAFAH/QBQCG0AUA1NAFANzQBQAp0QUAM9EFAH7RBQCJ0QUA09EFAN/RBQAo0gUAMNIFABSFEQB/0gUA0tIFAOXSBQAn0wUAL9MFAHzTBQCC0wUA0dMFAN3TBQAm1AUAMNQFAHvUBQCB1AUA0NQFAN7UBQAl1QUAMdUFAHrVBQB91QUAz9UFANfVBQAk1gUAJdYFAHnWBQCF1gUAztYFANTWBQAj1wUAK9cFAHjXBQB+1wUAzdcFANnXBQAi2AUAP9gFAHfYBQCA2AUAzNgFANjYBQAh2QUAJNkFAHbZBQCA2QUAy9kFANPZBQAg2gUAMdoFAHXaBQCD2gUAytoFAODaBQAf2wUALdsFAHTbBQB+2wUAydsFANHbBQAe3AUAQdwFAGmFEQB+3AUAyNwFANbcBQAd3QUALN0FAHLdBQB93QUAx90FAM/dBQAc3gUAKt4FAHHeBQB03gUAxt4FAM7eBQC+hREAKd8FAHDfBQBz3wUAxd8FAM3fBQBtNwYA0d8FAEMMBgDU3wUAFOYFAOHfBQAa4AUANuAFABOGEQBx4AUAxOAFANHgBQAZ4QUAJuEFAG7hBQBz4QUAw+EFAM3hBQAY4gUAJ+IFAG3iBQBy4gUAwuIFAM/iBQAX4wUAJOMFAGzjBQB44wUAweMFANDjBQAW5AUAIOQFAGvkBQB35AUAwOQFAMbkBQAV5QUAG+UFAGrlBQBv5QUAv+UFAMXlBQBohhEAGeYFAKMBBgAl5gUAaeYFAHfmBQC+5gUAyuYFABPnBQAg5wUAaOcFAHLnBQC95wUA2ecFABLoBQAu6AUAvYYRAGnoBQC86AUAyegFABHpBQAe6QUAZukFAGvpBQC76QUAxekFABDqBQAf6gUAZeoFAGrqBQC66gUAx+oFAA/rBQAc6wUAZOsFAHDrBQC56wUAyOsFAA7sBQAY7AUAY+wFAG/sBQC47AUAvuwFAA3tBQAT7QUAYu0FAGftBQC37QUAve0FABKHEQAT7gUAYe4FAG/uBQC27gUAue4FAAvvBQAa7wUAYO8FAGXvBQC17wUAwu8FAArwBQAX8AUAX/AFAGvwBQC08AUAw/AFAAnxBQAT8QUAXvEFAGzxBQCz8QUAuPEFAAjyBQAV8gUAXfIFAGnyBQCy8gUAxfIFAAfzBQAW8wUAXPMFAGjzBQCx8wUAsvMFAAb0BQAQ9AUAW/QFAGn0BQCw9AUAtfQFAAX1BQAS9QUAZ4cRAFz1BQCv9QUAvfUFAAT2BQAV9gUAZogRAGD2BQC7iBEAs/YFAAP3BQAL9wUAWPcFAGf3BQCt9wUAsvcFAAL4BQAP+AUAV/gFAGT4BQCs+AUAuPgFAAH5BQAQ+QUAVvkFAGD5BQBliREArfkFAAD6BQAb+gUAVfoFAFf6BQCq+gUAxPoFAP/6BQAM+wUAVPsFAGD7BQCp+wUAs/sFAP77BQAY/AUAU/wFAGL8BQCo/AUArfwFAP38BQAK/QUAUv0FAF/9BQCn/QUAs/0FAPz9BQAL/gUAUf4FAFv+BQCm/gUAsv4FAPv+BQAO/wUAUP8FAF//BQCl/wUAsf8FAPr/BQD7/wUATwAGAFkABgCkAAYAsgAGAPkABgD+AAYATgEGAFsBBgC6iREAsAEGAPgBBgAFAgYATQIGAFkCBgCiAgYAsQIGAPcCBgABAwYATAMGAFoDBgChAwYApgMGAPYDBgADBAYASwQGAFcEBgCgBAYAswQGAPUEBgAEBQYASgUGAFYFBgCfBQYAoAUGAPQFBgD+BQYASQYGAFcGBgCeBgYAowYGAPMGBgAABwYAD4oRAFUHBgCdBwYAnwcGAPIHBgALCAYARwgGAFgIBgCcCAYAqAgGAPEIBgD5CAYADosRAEsJBgCbCQYAowkGAPAJBgD/CQYARQoGAEoKBgCaCgYApwoGAO8KBgD8CgYARAsGAFALBgCZCwYAqAsGAO4LBgD4CwYAY4sRAFYMBgCYDAYApwwGAO0MBgD5DAYAQg0GAEMNBgCXDQYAoQ0GAOwNBgD6DQYAQQ4GAEYOBgCWDgYAow4GALiLEQDwDgYAQA8GAE0PBgCVDwYAog8GAOoPBgD2DwYAPxAGAE4QBgCUEAYAnhAGAOkQBgD3EAYAPhEGAEMRBgCTEQYAoBEGAOgRBgDwEQYAt4wRAEkSBgCSEgYAohIGAOcSBgDwEgYAPBMGAD8TBgCREwYAnRMGAOYTBgDtEwYADI0RAEYUBgCQFAYAkRQGAOUUBgD9FAYAOhUGAEcVBgCPFQYAmxUGAOQVBgDuFQYAORYGAD0WBgCOFgYAkxYGAOMWBgDpFgYAOBcGAFgXBgCNFwYApRcGAOIXBgD5FwYANxgGAEMYBgCMGAYAlhgGAOEYBgDjGAYANhkGAD0ZBgCLGQYAkhkGAOAZBgDmGQYANRoGAEEaBgCKGgYAjRoGAN8aBgDiGgYANBsGAEAbBgCJGwYAjBsGAGGNEQDjGwYAMxwGADscBgCIHAYAjhwGAN0cBgDiHAYAMh0GADsdBgCHHQYAkR0GANwdBgDoHQYAMR4GADkeBgC2jREAix4GANseBgDjHgYAMB8GADsfBgCFHwYAih8GANofBgDdHwYALyAGADkgBgALjhEAkCAGANkgBgDgIAYALiEGADwhBgCDIQYAhiEGANghBgDgIQYALSIGADAiBgCCIgYAjiIGANciBgDdIgYALCMGAEcjBgCBIwYAjSMGANYjBgDcIwYAKyQGADMkBgCAJAYAhCQGANUkBgDhJAYAKiUGADclBgB/JQYAiSUGANQlBgDcJQYAKSYGACsmBgB+JgYAgiYGANMmBgDVJgYAKCcGADwnBgBgjhEAhScGANInBgDWJwYAJygGACkoBgB8KAYAfygGANEoBgDZKAYAJikGADMpBgB7KQYAgCkGANApBgDaKQYAJSoGAC0qBgB6KgYAeyoGAM8qBgDUKgYAJCsGACcrBgB5KwYAfCsGAM4rBgDcKwYAIywGADwsBgB4LAYAiSwGAM0sBgDZLAYAIi0GACotBgC1jhEAfC0GAMwtBgDULQYAIS4GADAuBgB2LgYAey4GAMsuBgDYLgYAIC8GAC0vBgB1LwYAgS8GAMovBgDZLwYAHzAGACkwBgB0MAYAfDAGAMkwBgDTMAYAHjEGACMxBgBzMQYAezEGAAqPEQDTMQYAHTIGACkyBgByMgYAejIGAF+PEQDTMgYAHDMGACMzBgBxMwYAfzMGAMYzBgDJMwYAGzQGACM0BgBwNAYAczQGAMU0BgDRNAYAGjUGACA1BgBvNQYAijUGAMQ1BgDQNQYAGTYGAB82BgBuNgYAkTYGAMM2BgDGNgYAGDcGADw3BgC0jxEAfDcGAMI3BgDHNwYAFzgGACQ4BgBsOAYAeTgGAME4BgDNOAYAFjkGACU5BgBrOQYAdTkGAMA5BgDOOQYAFToGABo6BgBqOgYAdzoGAL86BgDHOgYACZARACE7BgBpOwYAcTsGAL47BgDXOwYAEzwGABk8BgBoPAYAbTwGAL08BgDdPAYAEj0GAB49BgBnPQYAdD0GALw9BgDEPQYAET4GABQ+BgBmPgYAcD4GALs+BgC9PgYAED8GABo/BgBlPwYAcT8GAF6QEQDQPwYAD0AGABtABgBkQAYAaUAGALlABgBsQAYAD4kSAMJABgAOQQYAGEEGAGNBBgBrQQYAcy0KAG9BBgC4QQYAhkEGAOFpCgC+QQYADUIGAMtBBgB6Iw0AE0IGAGJCBgBnQgYAt0IGAL1CBgCzkBEAGkMGAGFDBgB3QwYAtkMGAMJDBgALRAYAEEQGAGBEBgBpRAYAtUQGAL9EBgAKRQYAEkUGAF9FBgBuRQYAtEUGALlFBgAJRgYAFkYGAF5GBgBrRgYAs0YGAL9GBgAIRwYAF0cGAF1HBgBnRwYAskcGAMBHBgAHSAYAFEgGAFxIBgBzSAYAsUgGALlIBgAGSQYAEEkGAFtJBgBgSQYAsEkGALhJBgCykREAEUoGAFpKBgBgSgYAr0oGAMpKBgAESwYAEEsGAFlLBgBfSwYAB5IRALRLBgB30A0AwUsGAANMBgASTAYAWEwGAGRMBgCtTAYArkwGAAJNBgAMTQYAV00GAGVNBgCsTQYAsU0GAAFOBgAOTgYAXJIRAFtOBgCrTgYAs04GAABPBgADTwYAVU8GAF5PBgCqTwYAuU8GAP9PBgAKUAYAVFAGAFxQBgCpUAYAuVAGAP5QBgAMUQYAU1EGAGRRBgCoUQYAtFEGAP1RBgAFUgYAW5MRAFhSBgCnUgYAr1IGAPxSBgADUwYAUVMGAF9TBgCmUwYArFMGAPtTBgAHVAYAUFQGAF9UBgClVAYAr1QGAPpUBgD/VAYAT1UGAFVVBgCkVQYAuFUGAPlVBgABVgYATlYGAHhWBgCjVgYArFYGAPhWBgAFVwYATVcGAFtXBgCiVwYAtVcGAPdXBgATWAYAsJMRAFFYBgChWAYArlgGAPZYBgADWQYAS1kGAFdZBgCgWQYAr1kGAPVZBgD/WQYASloGAFhaBgCfWgYApFoGAPRaBgABWwYASVsGAFFbBgAFlBEAqlsGAPNbBgADXAYASFwGAFFcBgCdXAYAoFwGAPJcBgD+XAYAR10GAE5dBgBalBEAxl0GAPFdBgD6XQYARl4GAFNeBgCbXgYAqV4GAPBeBgADXwYARV8GAGFfBgCvlBEAqF8GAO9fBgAFYAYARGAGAFBgBgCZYAYAoGAGAO5gBgD2YAYAQ2EGAEhhBgCYYQYAoWEGAO1hBgD3YQYABJURAENiBgCXYgYAo2IGAOxiBgDyYgYAQWMGAENjBgCWYwYAoGMGAOtjBgD5YwYAQGQGAEVkBgCVZAYAomQGAOpkBgDyZAYAP2UGAEllBgCUZQYAomUGAOllBgD/ZQYAPmYGAEpmBgCTZgYAmmYGAOhmBgDwZgYAPWcGAEJnBgCSZwYAm2cGAOdnBgDxZwYAWZURAEJoBgCRaAYAl2gGAOZoBgDraAYAO2kGAEFpBgCulREAlWkGAOVpBgDyaQYAOmoGAEdqBgCPagYAm2oGAORqBgDzagYAOWsGAENrBgCOawYAnGsGAONrBgDoawYAOGwGAEVsBgCNbAYAlWwGAK2WEQDwbAYAN20GAE1tBgCMbQYAmG0GAOFtBgDmbQYANm4GAD9uBgCLbgYAlW4GAAKXEQDsbgYANW8GAEZvBgCKbwYAlm8GAN9vBgDubwYANHAGAD5wBgCJcAYAl3AGAN5wBgDjcAYAM3EGAEBxBgCIcQYAknEGAN1xBgCUcQYAhHUGAOtxBgAycgYASHIGAIdyBgCTcgYA3HIGAOFyBgAxcwYAOnMGAIZzBgCQcwYA23MGAOdzBgAwdAYANnQGAIV0BgCLdAYA2nQGAN90BgAvdQYANXUGAFeXEQCKdQYA2XUGAN91BgAudgYAM3YGAIN2BgCJdgYArJcRAOZ2BgAtdwYAQ3cGAIJ3BgCOdwYA13cGANx3BgAseAYANXgGAIF4BgCLeAYA1ngGAOJ4BgAreQYAPnkGAIB5BgCPeQYA1XkGAOF5BgAqegYAK3oGAH96BgCJegYA1HoGAOJ6BgApewYALnsGAH57BgCLewYAAZgRAOJ7BgAofAYASHwGAH18BgCJfAYA0nwGANx8BgAnfQYALH0GAHx9BgB9fQYA0X0GAN19BgAmfgYAM34GAHt+BgCHfgYA0H4GAON+BgAlfwYANH8GAHp/BgCGfwYAz38GANB/BgAkgAYALoAGAHmABgCHgAYAzoAGANOABgAjgQYAMIEGAFaYEQCUgQYAq5gRANOBBgAiggYAKIIGAHeCBgB8ggYAzIIGANKCBgAAmREAJoMGAHaDBgB5gwYAy4MGANeDBgAghAYAJoQGAHWEBgCQhAYAyoQGANaEBgAfhQYAJYUGAHSFBgB2hQYAyYUGAOSFBgAehgYAIIYGAHOGBgCBhgYAyIYGANmGBgAdhwYAH4cGAHKHBgCLhwYAx4cGANiHBgAciAYAKIgGAP+ZEQB7iAYAxogGANSIBgAbiQYAMYkGAHCJBgB8iQYAxYkGAMqJBgAaigYAI4oGAG+KBgB5igYAxIoGAMyKBgAZiwYAHosGAG6LBgB9iwYAw4sGANKLBgAYjAYAIYwGAG2MBgBzjAYAwowGAMiMBgAXjQYAI40GAGyNBgBzjQYAwY0GAMmNBgAWjgYAGI4GAGuOBgB7jgYAwI4GAMqOBgAVjwYAIY8GAGqPBgBwjwYAv48GAMePBgBUmhEAIJAGAGmQBgB6kAYAvpAGAMqQBgATkQYAIpEGAGiRBgBykQYAvZEGAMuRBgASkgYAF5IGAGeSBgB0kgYAvJIGAMSSBgARkwYAG5MGAKSqBgAdkwYAZpMGAGyTBgC7kwYAwZMGABCUBgAVlAYAZZQGAGuUBgCpmhEAxpQGAA+VBgAVlQYAZJUGAH+VBgC5lQYAxZUGAA6WBgAUlgYAY5YGAGuWBgC4lgYAu5YGAA2XBgAZlwYAYpcGAHOXBgC3lwYAw5cGAAyYBgAbmAYAYZgGAGuYBgC2mAYAxJgGAAuZBgAQmQYAYJkGAG2ZBgC1mQYAvZkGAAqaBgAUmgYAX5oGAG2aBgC0mgYAypoGAAmbBgAVmwYAXpsGAGObBgCzmwYAvJsGAAicBgASnAYAqJsRAGOcBgCynAYAuJwGAAedBgATnQYAXJ0GAGmdBgCxnQYAu50GAAaeBgAOngYAW54GAGWeBgCwngYAtZ4GAAWfBgAGnwYAWp8GAF+fBgCvnwYAwJ8GAASgBgAJoAYAWaAGAHCgBgCuoAYAwqAGAAOhBgAfoQYAWKEGAGChBgD9mxEAtaEGAAKiBgAMogYAV6IGAGuiBgCsogYAraIGAAGjBgANowYAVqMGAHKjBgCrowYAs6MGAFKcEQAJpAYAVaQGAGOkBgCqpAYAZKQGADsPCwC0pAYA/6QGAAGlBgBUpQYAbaUGAKmlBgC6pQYA/qUGAAqmBgBTpgYAW6YGAKecEQC0pgYA/aYGAAOnBgBSpwYAbacGAKenBgCzpwYA/KcGAAKoBgBRqAYAVKgGAKaoBgCuqAYA+6gGAAupBgBQqQYAVakGAKWpBgCuqQYA+qkGAAeqBgBPqgYAVqoGAPycEQCyqgYA+aoGAA+rBgBOqwYAWqsGAKOrBgCoqwYA+KsGAAGsBgBNrAYAV6wGAKKsBgC+rAYA96wGAP+sBgBRnREAUa0GAKGtBgCprQYA9q0GAPitBgBLrgYAZq4GAKCuBgCirgYA9a4GAAOvBgBKrwYAW68GAJ+vBgChrwYA9K8GAA2wBgBJsAYAWrAGAJ6wBgCqsAYA87AGAPuwBgCmnREAVLEGAJ2xBgCjsQYA8rEGAA2yBgBHsgYAU7IGAJyyBgCisgYA8bIGAPSyBgD7nREAY7MGAJuzBgCcswYA8LMGAP+zBgBFtAYASrQGAJq0BgCntAYA77QGAPy0BgBEtQYAULUGAJm1BgCotQYA7rUGAPi1BgBDtgYAUbYGAJi2BgCdtgYA7bYGAPq2BgBCtwYATrcGAJe3BgCdtwYA7LcGAKq3BgAszQYA8rcGAEG4BgBGuAYAlrgGAJy4BgBQnhEA8LgGAEC5BgBguQYAlbkGAKG5BgDquQYA8LkGAD+6BgBHugYAaOYGAEi6BgCUugYAoboGAOm6BgDvugYAPrsGAEq7BgCTuwYAlbsGAOi7BgD3uwYAPbwGAEi8BgCSvAYAlLwGAOe8BgAAvQYAPL0GAE29BgCRvQYAnb0GAOa9BgDyvQYAO74GAE6+BgCQvgYAn74GAOW+BgDxvgYAOr8GADu/BgCPvwYAmb8GAOS/BgDyvwYAOcAGAD7ABgCOwAYAm8AGAKWeEQDwwAYAOMEGAEzBBgCNwQYAqcEGAOLBBgD+wQYA+p4RAEbCBgCMwgYAjcIGAOHCBgDwwgYANsMGADvDBgCLwwYAmMMGAODDBgDtwwYANcQGAEHEBgCKxAYAmcQGAN/EBgDpxAYANMUGAELFBgCJxQYAjsUGAN7FBgDrxQYAM8YGAEPGBgCIxgYAisYGAN3GBgDrxgYAMscGAEPHBgBPnxEAjscGAKSfEQDhxwYAMcgGAD7IBgCGyAYAk8gGANvIBgDhyAYAMMkGADzJBgCFyQYAlckGANrJBgDjyQYAL8oGADLKBgCEygYAkMoGANnKBgDgygYA+Z8RADrLBgCDywYAk8sGANjLBgDhywYALcwGADDMBgCCzAYAjswGANfMBgDezAYATqARADvNBgCBzQYAjc0GANbNBgDXzQYAK84GADXOBgCAzgYAjs4GANXOBgDazgYAKs8GADfPBgCjoBEAhM8GANTPBgDjzwYAKdAGAEnQBgB+0AYAitAGANPQBgDd0AYAKNEGADDRBgB90QYAidEGANLRBgDY0QYAJ9IGAC3SBgB80gYAgdIGANHSBgDX0gYAoqERACvTBgB70wYAhNMGANDTBgDh0wYAJdQGACzUBgB61AYAgtQGAM/UBgDc1AYAJNUGACnVBgB51QYAg9UGAM7VBgDW1QYAI9YGADLWBgB41gYAfdYGAM3WBgDa1gYAItcGAC/XBgB31wYAg9cGAMzXBgDb1wYAIdgGACvYBgB22AYAftgGAMvYBgDV2AYAINkGACXZBgB12QYAfdkGAKGiEQDP2QYAH9oGACLaBgB02gYAftoGAPaiEQDP2gYAHtsGACPbBgBz2wYAk9sGAMjbBgDU2wYAHdwGACPcBgBy3AYAddwGAMfcBgDJ3AYAHN0GADfdBgBx3QYAc90GAMbdBgDU3QYAG94GACzeBgBw3gYAct4GAMXeBgDe3gYAGt8GACvfBgBv3wYAe98GAEujEQDU3wYAGeAGADngBgBu4AYAcOAGAMPgBgDP4AYAHdMPANLgBgCu9QYA3+AGAPYCBwDv4AYAGOEGABvhBgBt4QYAfOEGAMLhBgDH4QYAF+IGACTiBgBs4gYAeeIGAMHiBgDN4gYAFuMGACXjBgBr4wYAdeMGAMDjBgDO4wYAFeQGABrkBgBq5AYAd+QGAL/kBgDL5AYAFOUGABrlBgBp5QYAb+UGAL7lBgDD5QYAE+YGABnmBgCgoxEAfuYGAL3mBgC/5gYAEucGACbnBgBn5wYAb+cGALznBgDJ5wYAEegGABboBgBm6AYAcOgGALvoBgDD6AYAEOkGACnpBgBl6QYAcekGALrpBgDC6QYA9aMRACrqBgBk6gYAZuoGALnqBgDH6gYADusGAB/rBgBj6wYAZesGALjrBgDR6wYADewGAB7sBgBi7AYAbuwGAEqkEQC87AYADO0GABXtBgBh7QYAcu0GALbtBgC97QYAC+4GABPuBgBg7gYAbe4GALXuBgC67gYACu8GABTvBgBf7wYAZ+8GALTvBgDN7wYACfAGABXwBgBe8AYAZvAGAPSkEQC28AYACPEGABLxBgBd8QYAX/EGALLxBgDL8QYAB/IGABjyBgBc8gYAavIGALHyBgC08gYABvMGABHzBgBb8wYAZ/MGALDzBgC38wYASaURAAr0BgBa9AYAYvQGAK/0BgC99AYABPUGAAX1BgBZ9QYAdPUGAJ6lEQCz9QYAA/YGABD2BgBY9gYAZfYGAK32BgC59gYAAvcGABH3BgBX9wYAYfcGAKz3BgC69wYAAfgGAAb4BgBW+AYAY/gGAKv4BgC3+AYAAPkGAAb5BgBV+QYAW/kGAKr5BgCv+QYA//kGAAX6BgDzpREAYfoGAKn6BgCr+gYA/voGABf7BgBT+wYAZPsGAKj7BgC0+wYA/fsGAAX8BgDyphEAV/wGAKf8BgCv/AYA/PwGABX9BgBR/QYAVv0GAKb9BgCr/QYA+/0GAAX+BgBQ/gYAU/4GAKX+BgCv/gYA+v4GAAD/BgBP/wYAUf8GAKT/BgCl/wYA+f8GAAEABwBOAAcAXgAHAKMABwCpAAcA+AAHAP0ABwBNAQcAYwEHAKIBBwCqAQcA9wEHACECBwBMAgcAbwIHAKECBwDAAgcAR6cRAP4CBwCcpxEAXAMHAKADBwCuAwcA9QMHAAEEBwBKBAcAVwQHAJ8EBwCpBAcA9AQHAPwEBwBJBQcAVAUHAJ4FBwCgBQcA8wUHAPYFBwBIBgcAUAYHAJ0GBwCjBgcA8gYHAPsGBwBHBwcAVAcHAJwHBwCkBwcA8QcHAPYHBwBGCAcATwgHAJsIBwClCAcA8AgHAPgIBwBFCQcASgkHAJoJBwCqCQcA7wkHAPcJBwBECgcARgoHAJkKBwC0CgcA7goHAPAKBwBDCwcAUQsHAJgLBwCpCwcA7QsHAO8LBwBCDAcAWwwHAJcMBwCoDAcA7AwHAPgMBwBBDQcASQ0HAPGnEQCcDQcA6w0HAPANBwBADgcAYA4HAJUOBwChDgcA6g4HAPAOBwA/DwcAQg8HAJQPBwCcDwcA6Q8HAPMPBwA+EAcAQxAHAJMQBwCbEAcA6BAHAPIQBwA9EQcAPxEHAJIRBwCjEQcA5xEHAAcSBwA8EgcARBIHAJESBwCbEgcA5hIHAOsSBwBGqBEATxMHAJATBwCYEwcA5RMHAOoTBwA6FAcAShQHAI8UBwCXFAcA5BQHAO4UBwA5FQcARBUHAI4VBwCaFQcA4xUHAOsVBwCbqBEARBYHAI0WBwCZFgcA4hYHAOkWBwA3FwcAPxcHAIwXBwClFwcA4RcHAOcXBwA2GAcAOxgHAIsYBwCrGAcA4BgHAOwYBwA1GQcAOxkHAIoZBwCNGQcA8KgRAOEZBwA0GgcA7RkHAHjMEAA3GgcAiRoHAJMaBwDeGgcA7BoHADMbBwBCGwcAiBsHAIsbBwDdGwcAoBsHAPNaBwCkGwcAajkHAOkbBwAyHAcANBwHAIccBwCNHAcA3BwHAOscBwAxHQcAPB0HAIYdBwCOHQcAs5oHAKAdBwDbHQcA5x0HADAeBwBDHgcAhR4HAJQeBwDaHgcA5h4HAC8fBwAwHwcAhB8HAI4fBwDZHwcA5x8HAC4gBwAzIAcAgyAHAJAgBwBFqREA8iAHAC0hBwA8IQcAgiEHAIchBwDXIQcA5CEHACwiBwA5IgcAgSIHAI0iBwDWIgcA5SIHACsjBwA1IwcAgCMHAI4jBwDVIwcA2iMHACokBwA3JAcAfyQHAIskBwDUJAcA2iQHACklBwAvJQcAfiUHAIMlBwDTJQcA2SUHAJqpEQApJgcAfSYHADEmBwAtyQkANSYHAO+xCQA3JgcABJ8HAEgmBwCDww4AiSYHANImBwDYJgcA320IAN8mBwAnJwcAKicHAHwnBwCIJwcA0ScHANMnBwAmKAcALCgHAHsoBwCKKAcA0CgHANsoBwAlKQcAJikHAHopBwCOKQcAzykHAOkpBwAkKgcAMCoHAHkqBwCMKgcAzioHAN0qBwAjKwcALysHAHgrBwB5KwcAzSsHANcrBwAiLAcAMCwHAHcsBwB8LAcAzCwHANksBwDvqREAOy0HAHYtBwCFLQcAyy0HANAtBwAgLgcALS4HAHUuBwCCLgcAyi4HANYuBwAfLwcALi8HAHQvBwB+LwcAyS8HANcvBwAeMAcAIzAHAHMwBwCAMAcAyDAHANQwBwAdMQcAIzEHAHIxBwB4MQcAxzEHAMwxBwAcMgcAIjIHAESqEQB/MgcAxjIHAOEyBwAbMwcAKTMHAHAzBwB9MwcAxTMHANwzBwAaNAcAKTQHAG80BwB0NAcAxDQHANE0BwAZNQcAJjUHAG41BwB6NQcAwzUHANI1BwAYNgcAIjYHAG02BwB7NgcAwjYHAMc2BwAXNwcAJDcHAGw3BwBvNwcAwTcHAM03BwAWOAcAHDgHAGs4BwBxOAcAwDgHAMU4BwAVOQcAGzkHAJmqEQCGOQcA7qoRAMU5BwAUOgcAFjoHAGk6BwB2OgcAvjoHAME6BwATOwcAFDsHAGg7BwBtOwcAvTsHAMM7BwASPAcAHDwHAGc8BwCDPAcAvDwHANg8BwBDqxEAFz0HAGY9BwBoPQcAuz0HAMg9BwAQPgcAEz4HAGU+BwBmPgcAuj4HAL8+BwAPPwcAFT8HAGQ/BwBuPwcAuT8HANU/BwAOQAcAKkAHAJirEQBpQAcAuEAHAL5ABwANQQcAEkEHAGJBBwBoQQcA7asRALlBBwAMQgcAGkIHAGFCBwByQgcA7KwRAL1CBwBBrREAEEMHAGBDBwBoQwcAtUMHALpDBwAKRAcAxEMHAPZXBwALRAcAX0QHAGtEBwC0RAcAwUQHAAlFBwARRQcAXkUHAGhFBwCzRQcAwkUHAAhGBwAJRgcAXUYHAGVGBwCyRgcAwUYHAAdHBwAMRwcAXEcHAGlHBwCxRwcAvkcHAAZIBwASSAcAW0gHAGpIBwCwSAcAukgHAAVJBwATSQcAWkkHAF9JBwCvSQcAvEkHAARKBwAMSgcAWUoHAGNKBwCuSgcAs0oHAANLBwALSwcA660RAF1LBwCtSwcAtksHAKhQBwC6SwcAAkwHAA9MBwBXTAcAY0wHAKxMBwC7TAcAAU0HAAtNBwBWTQcAZE0HAKtNBwCwTQcAAE4HAA1OBwBVTgcAXU4HAECuEQC2TgcA/04HAA9PBwBUTwcAXU8HAKlPBwCsTwcA/k8HAApQBwBTUAcAWlAHAJWuEQC5UAcA/VAHAARRBwBSUQcAX1EHAKdRBwDGUQcA/FEHAAZSBwBRUgcAWVIHAKZSBwC1UgcA+1IHAABTBwBQUwcAXVMHAKVTBwCyUwcA+lMHAAZUBwBPVAcAXlQHAKRUBwCuVAcA+VQHAAFVBwBOVQcAWFUHAKNVBwCoVQcA+FUHAABWBwDqrhEAWVYHAKJWBwCoVgcA91YHABJXBwBMVwcAWFcHAKFXBwCnVwcAP68RAPtXBwBLWAcAWFgHAKBYBwCtWAcA9VgHAAFZBwBKWQcAWVkHAJ9ZBwCpWQcAlK8RAP5ZBwBJWgcATloHAJ5aBwCmWgcA6a8RAP1aBwBIWwcATlsHAJ1bBwCfWwcA8lsHAP9bBwBHXAcASlwHAJxcBwCdXAcA8VwHAPZcBwBGXQcATF0HAJtdBwClXQcA8F0HAApeBwBFXgcAVF4HAJpeBwCfXgcA714HAPxeBwBEXwcAUV8HAJlfBwClXwcA7l8HAP1fBwBDYAcATWAHAJhgBwCmYAcA7WAHAPJgBwBCYQcAT2EHAJdhBwChYQcAOGsHAKNhBwDsYQcA8mEHAEFiBwBHYgcAlmIHAJtiBwDrYgcA8WIHAD6wEQBFYwcAlWMHAKJjBwDqYwcA92MHAD9kBwBLZAcAlGQHAKNkBwDpZAcA82QHAD5lBwBMZQcAk2UHAJhlBwDoZQcA9WUHAD1mBwBFZgcAPbERAJhmBwDnZgcA7WYHADxnBwBBZwcAkWcHAJdnBwCSsREA6GcHADtoBwBEaAcAkGgHAJNoBwDlaAcA8WgHADppBwBBaQcAj2kHAJdpBwDkaQcA/WkHADlqBwBNagcAjmoHAKpqBwDjagcA62oHADyyEQBGawcAjWsHAKNrBwDiawcA7msHADdsBwA8bAcAjGwHAJVsBwDhbAcA62wHADZtBwBSbQcAi20HAJNtBwCRshEA5W0HADVuBwBCbgcAim4HAJduBwDfbgcA624HADRvBwBDbwcAiW8HAJNvBwDebwcA7G8HADNwBwA4cAcAiHAHAJVwBwDdcAcA5XAHAOayEQBAcQcAh3EHAJ1xBwDccQcA6HEHADFyBwA2cgcAhnIHAI9yBwDbcgcA5XIHADBzBwA4cwcAhXMHAJRzBwDacwcA3HMHAC90BwA4dAcAhHQHAId0BwDZdAcA5XQHAC51BwA1dQcAg3UHAIt1BwDYdQcA8XUHAC12BwBBdgcAgnYHAJ52BwDXdgcA33YHADuzEQAxdwcAgXcHAI53BwDWdwcA43cHACt4BwA3eAcAgHgHAI94BwDVeAcA33gHACp5BwA0eQcAf3kHAI15BwDUeQcA6nkHACl6BwA1egcAfnoHAIN6BwDTegcA3HoHACh7BwAyewcAfXsHAIl7BwDSewcA2HsHACd8BwAtfAcAfHwHAIF8BwDRfAcA13wHAJCzEQAyfQcAe30HAH99BwDQfQcA330HACV+BwAqfgcAen4HAId+BwDPfgcA3H4HACR/BwAwfwcAeX8HAIh/BwDOfwcA2H8HACOABwAxgAcAeIAHAH2ABwDNgAcA2oAHACKBBwAugQcAd4EHAH2BBwDMgQcA0oEHACGCBwAmggcAdoIHAHyCBwDlsxEA0IIHACCDBwAngwcAdYMHAIGDBwDKgwcAzIMHAB+EBwDNgwcAxIkHADqEBwB0hAcAdoQHAMmEBwDXhAcAHoUHAC+FBwBzhQcAdYUHAMiFBwDhhQcAHYYHAC6GBwByhgcAfoYHAMeGBwDThgcAHIcHAC+HBwBxhwcAgIcHAMaHBwDShwcAG4gHAByIBwBwiAcAeogHAMWIBwDTiAcAGokHAB+JBwBviQcAfIkHADq0EQDGiQcAGYoHADSKBwBuigcAcIoHAMOKBwDRigcAGIsHACmLBwBtiwcAb4sHAMKLBwDbiwcAF4wHACiMBwBsjAcAeIwHAMGMBwDNjAcAFo0HACmNBwBrjQcAeo0HAMCNBwDMjQcAFY4HABaOBwBqjgcAdI4HAL+OBwDNjgcAFI8HABmPBwBpjwcAdo8HADm1EQDDjwcAE5AHABuQBwBokAcAapAHAL2QBwDOkAcAEpEHACCRBwBnkQcAgpEHALyRBwDIkQcAEZIHABmSBwA4thEAa5IHALuSBwDCkgcAEJMHAByTBwBlkwcAaJMHALqTBwDCkwcAD5QHAB+UBwBklAcAaZQHALmUBwDClAcADpUHABuVBwBjlQcAapUHALiVBwDAlQcAjbYRABqWBwBilgcAapYHALeWBwDLlgcADJcHABGXBwBhlwcAapcHALaXBwC8lwcAC5gHABOYBwBgmAcAb5gHALWYBwDGmAcACpkHABOZBwBfmQcAYpkHALSZBwC+mQcACZoHABWaBwBemgcAZJoHAOK2EQDAmgcACJsHAA2bBwBdmwcAZJsHALKbBwC+mwcAB5wHAA+cBwA3txEAd5wHALGcBwCznAcABp0HABSdBwBbnQcAbJ0HALCdBwCynQcABZ4HAB6eBwBangcAa54HAK+eBwC7ngcAjLcRABOfBwBZnwcAYp8HAK6fBwC0nwcAA6AHAAmgBwBYoAcAZKAHAK2gBwC0oAcAAqEHAAqhBwBXoQcAW6EHAKyhBwC3oQcAAaIHAA+iBwBWogcAZ6IHAKuiBwC3ogcAAKMHAAijBwDhtxEAWKMHAKqjBwC0owcA/6MHAAGkBwBUpAcAbaQHAKmkBwC6pAcA/qQHAAylBwBTpQcAVqUHAKilBwCzpQcA/aUHAAumBwBSpgcAX6YHAKemBwC+pgcA/KYHAASnBwBRpwcAU6cHAKanBwCupwcA+6cHAAqoBwBQqAcAVagHAKWoBwCyqAcA+qgHAAepBwBPqQcAW6kHAKSpBwCzqQcA+akHAAOqBwBOqgcAXKoHAKOqBwCoqgcA+KoHAAWrBwBNqwcAVasHAKKrBwCsqwcA96sHAPyrBwBMrAcAVKwHAKGsBwCkrAcA9qwHABOtBwBLrQcAXK0HAKCtBwCorQcA9a0HAPitBwBKrgcAVq4HAJ+uBwClrgcA9K4HAA+vBwBJrwcAVa8HAJ6vBwCkrwcANrgRAAKwBwBIsAcASbAHAJ2wBwDVsAcA8rAHAACxBwBHsQcASLEHAJyxBwCksQcA8bEHAACyBwBGsgcAS7IHAJuyBwCosgcA8LIHAP2yBwBFswcAUbMHAJqzBwCpswcA77MHAPmzBwBEtAcAUrQHAJm0BwCetAcA7rQHAPu0BwBDtQcAS7UHAJi1BwCitQcA7bUHAPK1BwBCtgcASrYHAJe2BwChtgcA7LYHAPe2BwBBtwcATbcHAJa3BwCetwcAi7gRAPC3BwBAuAcAQ7gHAJW4BwCfuAcA6rgHAPK4BwDguBEATbkHAJS5BwCquQcA6bkHAPW5BwA+ugcAQ7oHAJO6BwCcugcA6LoHAPK6BwA9uwcARbsHAJK7BwCeuwcA57sHAPq7BwA8vAcAPbwHAJG8BwCfvAcA5rwHAOy8BwA7vQcAR70HAJC9BwCXvQcANbkRAOa9BwA6vgcARr4HAI++BwCcvgcA5L4HAOy+BwA5vwcAQ78HAI6/BwCdvwcA478HAOS/BwA4wAcAQMAHAI3ABwCcwAcA4sAHAOfABwA3wQcARMEHAIzBBwCZwQcA4cEHAO3BBwA2wgcARcIHAIvCBwCVwgcA4MIHAO7CBwA1wwcAOsMHAIrDBwCXwwcA38MHAOfDBwA0xAcAOMQHAInEBwCXxAcA3sQHAOjEBwAzxQcAPsUHAIjFBwCQxQcA3cUHAOjFBwAyxgcAN8YHAIfGBwCKxgcA3MYHAObGBwAxxwcAOccHAIbHBwClxwcAirkRAOrHBwAwyAcAMcgHAIXIBwCNyAcA2sgHANvIBwAvyQcANckHAITJBwCJyQcA2ckHAPTJBwAuygcAPMoHAIPKBwCKygcA2MoHAOTKBwAtywcAM8sHAILLBwCeywcA18sHAN/LBwDfuREAMswHAIHMBwCHzAcA1swHANvMBwArzQcAMc0HADS6EQCFzQcA1c0HANzNBwAqzgcANs4HAH/OBwCHzgcA3roRAOfOBwApzwcAX88HAH7PBwCAzwcAfdAHALPPBwDTzwcA+M8HACjQBwAv0AcAiLsRAGLQBwAzuxEAjdAHANLQBwAM0QcA3bsRADDRBwA+Cg0AMdEHAKlHDwBE0QcAfNEHAEfRBwAgfA4AjdEHANHRBwDZ0QcAJtIHACnSBwB70gcAh9IHANDSBwDW0gcAJdMHAEDTBwB60wcAhtMHAM/TBwDV0wcAJNQHACzUBwB51AcAldQHAM7UBwDW1AcAMrwRADLVBwB41QcAedUHAM3VBwDV1QcAItYHACPWBwB31gcAfdYHAMzWBwDR1gcAIdcHADzXBwB21wcAhNcHAMvXBwDS1wcAINgHACzYBwB12AcAe9gHAMrYBwDm2AcAH9kHACfZBwCHvBEAetkHAMnZBwDP2QcAHtoHACPaBwBz2gcAedoHANy8EQDN2gcAHdsHACTbBwBy2wcAftsHAMfbBwDP2wcAhr0RAC/cBwBx3AcAp9wHAMbcBwDI3AcAxd0HAPvcBwAb3QcAQN0HAHDdBwB33QcAML4RAKrdBwDbvREA1d0HABreBwBU3gcAhb4RAHHeBwDE3gcAxd4HABnfBwAj3wcAbt8HAHzfBwDD3wcA3t8HABjgBwAk4AcAbeAHAHXgBwDavhEAzuAHABfhBwAd4QcAbOEHAIfhBwDB4QcAzeEHABbiBwAc4gcAa+IHAHPiBwDA4gcAzuIHABXjBwAY4wcAauMHAHLjBwC/4wcAyOMHABTkBwAh5AcAaeQHAGvkBwC+5AcA2eQHABPlBwAV5QcAaOUHAHblBwC95QcAzuUHABLmBwAU5gcAZ+YHAIDmBwC85gcAzeYHABHnBwAd5wcAZucHAG7nBwAvvxEAwecHABDoBwAY6AcAZegHAGzoBwC66AcAv+gHAA/pBwAb6QcAZOkHAGfpBwC56QcAwekHAA7qBwAb6gcAY+oHAGjqBwC46gcAwuoHAA3rBwAV6wcAYusHAG7rBwC36wcAyusHAAzsBwAa7AcAYewHAGTsBwC27AcAwOwHAIS/EQAO7QcAYO0HAGjtBwC17QcAuO0HAAruBwAW7gcAX+4HAGXuBwC07gcAz+4HAAnvBwAV7wcAXu8HAGTvBwCz7wcAu+8HAAjwBwAW8AcAXfAHAGDwBwCy8AcAuvAHAAfxBwAQ8QcAXPEHAGnxBwCx8QcAs/EHAAbyBwAh8gcAW/IHAF3yBwCw8gcAvvIHAAXzBwAW8wcAWvMHAFzzBwCv8wcAyPMHAAT0BwAV9AcAWfQHAGX0BwCu9AcAtvQHANm/EQAJ9QcAWPUHAGD1BwCt9QcAtPUHAAL2BwAH9gcAV/YHAGP2BwCs9gcAr/YHAAH3BwAJ9wcAVvcHAGP3BwCr9wcAsPcHAAD4BwAK+AcAVfgHAF34BwCq+AcAtvgHAP/4BwAS+QcAVPkHAGL5BwCp+QcArPkHAP75BwAI+gcALsARAFb6BwCo+gcAtPoHAP36BwAD+wcAUvsHAG37BwCn+wcAs/sHAPz7BwAC/AcAUfwHAFn8BwCm/AcAtPwHAPv8BwD+/AcAUP0HAFj9BwCl/QcArv0HAPr9BwAH/gcAT/4HAFH+BwCk/gcAv/4HAPn+BwD7/gcATv8HAFz/BwCj/wcAtP8HAPj/BwD6/wcATQAIAGYACACiAAgAswAIAPcACAADAQgATAEIAFQBCACDwBEApwEIAPYBCAD+AQgASwIIAFICCACgAggApQIIAPUCCAABAwgASgMIAE0DCACfAwgApwMIAPQDCAABBAgASQQIAE4ECACeBAgAqAQIAPMECAD7BAgASAUIAFQFCACdBQgAsAUIAPIFCAAABggARwYIAEoGCACcBggApgYIANjAEQD5BggALcERAFQHCACbBwgArAcIAPAHCAD8BwgARQgIAE0ICACCwREAnwgIAO8ICAD5CAgARAkIAEwJCACZCQgAqQkIAO4JCADzCQgAQwoIAEwKCACYCggApQoIAO0KCAD0CggA18ERAEQLCACXCwgARwsIAN4YCQBLCwgAeHcQAE4LCAAndA8AUAsIACJ/CQChCwgAX+YPAKgLCADsCwgA/QsIAEEMCABPDAgAlgwIALIMCADrDAgABw0IACzCEQBODQgAlQ0IAKINCADqDQgAAQ4IAD8OCABLDggAlA4IAJoOCADpDggA7w4IAD4PCABDDwgAkw8IAJkPCACBwhEA/g8IAD0QCABMEAgAkhAIAGkQCACNFQgAlBAIAOcQCAD2EAgAPBEIAEcRCACREQgAnREIAOYRCADpEQgAOxIIAO0RCAAuHwgAAhIIAN8YCABHEggAkBIIAJYSCADlEggAABMIADoTCABGEwgAjxMIAJUTCADkEwgA8BMIADkUCAA/FAgAjhQIAJQUCADjFAgA6BQIADgVCAA+FQgA1sIRAJAVCADiFQgA/hUIADcWCAA/FggA1cMRAJgWCADhFggA5xYIADYXCABRFwgAixcIAJcXCADgFwgA5hcIADUYCAA9GAgAihgIAKsYCAAqxBEA5xgIAH/EEQA5GQgAiRkIAJYZCADeGQgA6xkIADMaCAA/GggAiBoIAJcaCADdGggA5xoIADIbCAA6GwgAhxsIAJEbCADcGwgA6hsIADEcCABHHAgAhhwIAJIcCADbHAgA4BwIADAdCAA5HQgAhR0IAI8dCADaHQgA4h0IAC8eCAA5HggAhB4IAIkeCADZHggA4R4IANTEEQA6HwgAgx8IAJYfCADYHwgA5x8IAC0gCAA5IAgAgiAIAIMgCADXIAgA4SAIACwhCAA6IQgAgSEIAIYhCADWIQgA4yEIACnFEQA2IggAgCIIAIwiCADVIggA2yIIACojCAA2IwgAfyMIAIcjCAAoxhEA1yMIACkkCAAxJAgAfiQIAIskCADTJAgA2CQIACglCAAwJQgAfSUIAH8lCADSJQgA7SUIACcmCAApJggAfCYIAIomCADRJggA4iYIACYnCAAoJwgAeycIAJQnCADQJwgA4ScIACUoCAAxKAgAeigIAIIoCAB9xhEA1CgIACQpCAAxKQgAeSkIAIYpCADOKQgA2ikIACMqCAAyKggAeCoIAIIqCADNKggA2yoIACIrCAAnKwgAdysIAIQrCADMKwgA1CsIACEsCAAjLAgAdiwIAIAsCADLLAgA0ywIANLGEQArLQgAdS0IAIMtCADKLQgAzS0IAB8uCAAnLggAdC4IAIouCADJLggAzi4IAB4vCAA0LwgAcy8IAH8vCADILwgA1S8IAB0wCAAnMAgAJ8cRAHQwCADHMAgA1TAIABwxCAAtMQgAfMcRAHcxCADGMQgA0jEIANHHEQAdMggAcDIIAHYyCADFMggA5TIIABozCAAmMwgAbzMIAHYzCADEMwgAzDMIABk0CAAgNAgAbjQIAHo0CADDNAgAxTQIABg1CAAfNQgAJsgRAHA1CADCNQgAyjUIABc2CAAnNggAbDYIAG42CADBNggAzzYIABY3CAAnNwgAe8gRAHI3CADQyBEAzTcIABU4CAAcOAgAajgIAHI4CAC/OAgAzTgIABQ5CAAXOQgAaTkIAHE5CAC+OQgAxTkIABM6CAAhOggAaDoIAGs6CAC9OggAvzoIABI7CAArOwgAZzsIAHg7CAC8OwgAyDsIABE8CAAYPAgAZjwIAG48CAC7PAgAxDwIABA9CAAdPQgAZT0IAG89CAC6PQgAyD0IAA8+CAAgPggAZD4IAGw+CAC5PggAwz4IAA4/CAAcPwgAYz8IAHk/CAC4PwgAxD8IAA1ACAAUQAgAYkAIAGpACAC3QAgAvUAIAAxBCAAYQQgAYUEIAGtBCAC2QQgAvEEIAAtCCAAfQggAeskRAG5CCAC1QggAzkIIAApDCAAgQwgAX0MIAG5DCAC0QwgAzkMIAAlECAAMRAgABEkIABRECAD/TQgAGEQIAF5ECABjRAgAs0QIAMBECAAIRQgAFUUIAF1FCABpRQgAskUIAMFFCAAHRggAEUYIAFxGCABqRggAsUYIALZGCAAGRwgAE0cIAFtHCABnRwgAsEcIALZHCAAFSAgAC0gIAFpICABfSAgAr0gIALVICADPyREAEEkIAFlJCABfSQgArkkIAMlJCAADSggAD0oIAFhKCABeSggArUoIALRKCAACSwgAB0sIAKtMCAAOSwgAV0sIAFlLCACsSwgAs0sIAAFMCAAdTAgAVkwIAF5MCADOyhEAr0wIAABNCAANTQgAVU0IAHFNCACqTQgAsk0IACPLEQAETggAVE4IAFdOCACpTggAs04IAP5OCAAPTwgAU08IAFhPCACoTwgArU8IAP1PCAAdUAgAUlAIAFtQCACnUAgAqFAIAPxQCAAIUQgAUVEIAFdRCACmUQgArFEIAPtRCAAAUggAUFIIAFZSCAB4yxEAplIIAPpSCAAGUwgAT1MIAFxTCACkUwgArFMIAPlTCAACVAgATlQIAFtUCACjVAgAsVQIAPhUCAALVQgATVUIAFVVCACiVQgApVUIAPdVCAD8VQgATFYIAFtWCAChVggAwVYIAPZWCAACVwgAS1cIAFVXCAB3zBEAqlcIAPVXCAD3VwgASlgIAFRYCACfWAgAqFgIAPRYCAD3WAgASVkIAFFZCACeWQgA1VkIAMzMEQD/WQgASFoIAFdaCACdWggAvVoIAPJaCAD+WggAR1sIAE5bCACcWwgAoVsIAPFbCADyWwgARlwIAFJcCACbXAgAoVwIAPBcCADyXAgARV0IAE9dCACaXQgAqF0IAO9dCAD0XQgARF4IAFFeCACZXggAo14IAO5eCAD8XggAQ18IAFlfCACYXwgApF8IAO1fCADyXwgAQmAIAEtgCACXYAgAoWAIAOxgCAD4YAgAQWEIAFRhCACWYQgApWEIAOthCAD3YQgAQGIIAEFiCACVYggAn2IIAOpiCAD4YggAP2MIAERjCACUYwgAoWMIACHNEQD3YwgAPmQIAFRkCACTZAgAn2QIAOhkCADvZAgAPWUIAEVlCACSZQgAl2UIAOdlCADwZQgAPGYIAEZmCACRZggAmWYIAOZmCADqZggAO2cIAD1nCACQZwgAnmcIAOVnCADvZwgAOmgIAEhoCACPaAgAnGgIAORoCAD7aAgAOWkIAEFpCACOaQgAnmkIAONpCADoaQgAOGoIAD5qCACNaggAlWoIAOJqCADnaggAN2sIADhrCACMawgAmGsIAOFrCADnawgANmwIADhsCACLbAgAlWwIAOBsCADubAgANW0IADptCACKbQgAl20IACDOEQDhbQgANG4IAD5uCACJbggAl24IAN5uCADjbggAM28IAEBvCACIbwgAim8IAF1DCgCSbwgA3W8IAOtvCAAycAgASHAIAIdwCACTcAgA3HAIAOFwCAAxcQgAOnEIAIZxCACQcQgA23EIAOdxCAAwcggAQ3IIAIVyCACUcggA2nIIAOZyCAAvcwgAMHMIAIRzCACOcwgA2XMIAOdzCAAudAgAM3QIAIN0CACQdAgAdc4RAOF0CAAtdQgAN3UIAIJ1CACEdQgA13UIAOF1CAAsdggAOHYIAIF2CACJdggAdM8RANd2CAArdwgAN3cIAIB3CACGdwgA1XcIANd3CAAqeAgANHgIAH94CACNeAgA1HgIANl4CAApeQgANnkIAH55CACGeQgA03kIAN15CAAoeggANnoIAH16CACTeggA0noIAN56CAAnewgALnsIAHx7CACEewgA0XsIANZ7CAAmfAgAL3wIAHt8CACFfAgA0HwIAOV8CAAlfQgALn0IAHp9CACHfQgAz30IANF9CAAkfggAPX4IAHl+CACKfggAzn4IANp+CAAjfwgAK38IAMnPEQB9fwgAzX8IANV/CAAigAgAOIAIAHeACAB8gAgAzIAIANOACAAhgQgAL4EIAHaBCACGgQgAy4EIAN+BCAAggggAKIIIAHWCCACEgggAyoIIAM+CCAAfgwgAKIMIAHSDCACBgwgAyYMIANODCAAehAgAKoQIAHOECAB5hAgAHtARANaECAAdhQgAM4UIAHKFCAB+hQgAx4UIAMyFCAAchggAJYYIAHGGCAB7hggAxoYIAM6GCAAbhwgAH4cIAHCHCAByhwgAxYcIANOHCAAaiAgAJIgIAG+ICAB9iAgAxIgIANGICAAZiQgAMIkIAG6JCAB2iQgAw4kIANOJCAAYiggAHYoIAG2KCABziggAwooIAMqKCAAXiwgAMosIAGyLCABuiwgAwYsIANKLCAAWjAgAH4wIAGuMCAB3jAgAc9ARAMWMCAAVjQgAGI0IAGqNCAB0jQgAv40IAMGNCAAUjggAL44IAGmOCABrjggAvo4IAMyOCAATjwgAJI8IAGiPCABqjwgAvY8IANaPCAASkAgAI5AIAGeQCABzkAgAyNARANmQCAARkQgAIpEIAGaRCACCkQgAu5EIAMORCAAd0REAFZIIAGWSCABtkggAupIIAMWSCAAPkwgAFJMIAGSTCABnkwgAuZMIAMOTCAAOlAgAEZQIAGOUCABrlAgAuJQIALqUCAANlQgAKJUIAGKVCABklQgAt5UIAMWVCAAMlggAHZYIAGGWCABjlggAtpYIAM+WCAALlwgAHJcIAGCXCABslwgAtZcIAL2XCABy0REAF5gIAF+YCABnmAgAtJgIAL6YCAAJmQgAFJkIAF6ZCABqmQgAs5kIALuZCADH0READZoIAF2aCABimggAspoIAMOaCAAc0hEAFJsIAFybCABemwgAsZsIAMqbCAAGnAgAF5wIAFucCABnnAgAsJwIALicCABx0hEACp0IAFqdCABinQgAr50IAL6dCAAEnggACp4IAFmeCABlnggArp4IALCeCAADnwgADZ8IAFifCABknwgArZ8IALWfCADG0hEADqAIAFegCABaoAgArKAIAK+gCAABoQgAD6EIAFahCABboQgAq6EIALihCAAb0xEAEaIIAFWiCABdoggAqqIIAGKiCAD2qwgAtaIIAP+iCAAEowgAVKMIAFejCACpowgAs6MIAP6jCAAhpAgAU6QIAFakCACopAgAzKQIAP2kCAAFpQgAcNMRAFilCACnpQgAtaUIAPylCAAIpggAUaYIAFimCACmpggArqYIAPumCAALpwgAUKcIAFWnCAClpwgAq6cIAPqnCAACqAgAT6gIAGyoCACkqAgAragIAPmoCAAFqQgATqkIAFSpCACjqQgAt6kIAPipCAAAqggATaoIAF2qCACiqggApKoIAPeqCAAFqwgATKsIAF2rCADF0xEAqKsIABrUEQD7qwgAS6wIAFKsCACgrAgArKwIAPWsCAD4rAgASq0IAFqtCACfrQgAoa0IAPStCAACrggASa4IAFquCABv1BEApa4IAMTUEQAGrwgASK8IAFevCACdrwgAqa8IAPKvCADzrwgAR7AIAFGwCACcsAgAqrAIAPGwCAD2sAgARrEIAFOxCAAZ1REAoLEIAPCxCAD5sQgARbIIAFayCACasggAobIIAO+yCAD3sggARLMIAFGzCACZswgAnrMIAO6zCAD4swgAQ7QIAEu0CACYtAgAnrQIAO20CAD5tAgAQrUIAES1CACXtQgAprUIAOy1CAD3tQgAQbYIAEm2CACWtggAmLYIAOu2CAD4tggAQLcIAFS3CACVtwgAnbcIAOq3CAD5twgAP7gIAES4CACUuAgAobgIAOm4CADzuAgAPrkIAEC5CACTuQgAorkIAOi5CADyuQgAPboIAEW6CACSuggAk7oIAOe6CADsuggAPLsIAEq7CACRuwgAnrsIAOa7CADwuwgAGNYRAD68CACQvAgAnLwIANbLCACsvAgA5bwIAO28CABt1hEAP70IAI+9CACXvQgA5L0IAOe9CAA5vggARb4IAI6+CACUvggA474IAP6+CAA4vwgARL8IAI2/CACTvwgA4r8IAOW/CAA3wAgAP8AIAIzACACOwAgA4cAIAPzACAA2wQgAOMEIAIvBCACZwQgA4MEIAPHBCAA1wggAN8IIAIrCCACjwggA38IIAPDCCAA0wwgAQMMIAInDCACRwwgAwtYRAOPDCAAzxAgAOcQIAIjECACQxAgA3cQIAOzECAAyxQgAN8UIAIfFCACUxQgA3MUIAOnFCAAxxggAPcYIAIbGCACVxggA28YIAOXGCAAwxwgAPscIAIXHCACKxwgA2scIAOfHCAAX1xEAO8gIAITICACKyAgA2cgIAPTICAAuyQgAOskIAIPJCACJyQgA2MkIANvJCAAtyggAOcoIAILKCACIyggA18oIAN3KCAAsywgAMcsIAIHLCACHywgAbNcRANzLCAArzAgAMcwIAIDMCACFzAgA1cwIANvMCADB1xEAL80IAH/NCACMzQgA1M0IAOHNCAApzggANc4IAH7OCACNzggA084IAN3OCAAozwgANs8IAH3PCACCzwgA0s8IAN/PCAAn0AgAP9AIAHzQCACC0AgA0dAIAN3QCAAm0QgANtEIAHvRCACE0QgA0NEIANPRCAAl0ggAMdIIAHrSCACB0ggAwNgRANHSCAAk0wgALtMIAHnTCAB80wgAztMIANbTCAAj1AgAJtQIAHjUCACE1AgAzdQIANPUCAAi1QgAPdUIAHfVCACD1QgAzNUIANLVCAAV2REAQdYIAHbWCACB1ggAy9YIANDWCAAg1wgAKdcIAHXXCAB41wgAytcIANbXCAAf2AgAK9gIAL/iCAA32AgAdNgIAHvYCADJ2AgAz9gIAB7ZCAAs2QgAc9kIAI7ZCADI2QgA1NkIAB3aCAAj2ggActoIAIzaCADH2ggA09oIABzbCAAi2wgAcdsIAHfbCADG2wgAy9sIABvcCAAh3AgAatkRAH3cCADF3AgA0dwIABrdCAAk3QgAb90IAHPdCADE3QgAyd0IABneCAAf3ggAbt4IAI7eCADD3ggAz94IABjfCAAe3wgAbd8IAHPfCADC3wgAx98IABfgCAAd4AgAFNoRAHHgCADB4AgAyOAIABbhCAAi4QgAa+EIAIfhCADA4QgAyOEIABPbEQA+4ggAauIIAJDiCABo2xEA0uIIABTjCAAj4wgAaeMIAHXjCAC+4wgAv+MIABPkCAAd5AgAaOQIAHbkCAC95AgAwuQIABLlCAAf5QgAvdsRAG/lCAC83BEAweUIABHmCAAe5ggAZuYIAHPmCAC75ggAx+YIABDnCAAf5wgAZecIAG/nCAC65wgAyOcIAA/oCAAU6AgAZOgIAHHoCAC56AgAwegIABHdEQAa6QgAY+kIAHPpCAC46QgAwekIAA3qCAAQ6ggAYuoIAG7qCAC36ggAvuoIAGbdEQAX6wgAYesIAG3rCAC26wgAvusIALvdEQAY7AgAYOwIAGfsCAC17AgAtuwIAArtCAAP7QgAX+0IAG3tCAC07QgAwe0IAAnuCAAT7ggAXu4IAGbuCACz7ggAvO4IAAjvCAAO7wgAXe8IAG7vCACy7wgAzu8IAAfwCAAP8AgAEN4RAGfwCACx8AgAu/AIAAbxCAAQ8QgAW/EIAFzxCABl3hEAtfEIAAXyCAAS8ggAWvIIAGfyCACv8ggAu/IIAATzCAAT8wgAWfMIAGPzCACu8wgAtvMIAAP0CAAN9AgAWPQIAF30CACt9AgAtfQIALreEQAN9QgAV/UIAGP1CACs9QgAtPUIAA/fEQAG9ggAVvYIAGX2CACr9ggAy/YIAAD3CAAM9wgAVfcIAFv3CACq9wgAsvcIAP/3CAAG+AgAVPgIAFb4CACp+AgAtfgIAP74CAAU+QgAU/kIAFj5CACo+QgAtfkIAGTfEQAC+ggAUvoIAGH6CACn+ggAx/oIAPz6CAAI+wgAUfsIAFf7CACm+wgArvsIAPv7CAAC/AgAUPwIAFL8CACl/AgAsfwIAPr8CAAQ/QgAT/0IAFT9CACk/QgAsf0IAPn9CAAB/ggATv4IAFT+CACj/ggArP4IAPj+CAAF/wgATf8IAFr/CACi/wgAsP8IAPf/CAAEAAkATAAJAGMACQChAAkA0QAJALnfEQD8AAkASwEJAAMBCQBniQ8AYQEJAKABCQCuAQkA9QEJAPgBCQBKAgkATQIJAJ8CCQCtAgkA9AIJAPkCCQBJAwkAVgMJAJ4DCQCmAwkA8wMJAPoDCQBIBAkAVAQJAJ0ECQCqBAkA8gQJAAAFCQBHBQkAUwUJAJwFCQCjBQkA8QUJAPkFCQBGBgkASgYJAJsGCQCmBgkA8AYJAP4GCQBFBwkAVgcJAJoHCQCmBwkA7wcJAPcHCQAO4BEASggJAJkICQCtCAkA7ggJAPwICQBDCQkAUAkJAJgJCQCvCQkA7QkJAPUJCQBCCgkATAoJAJcKCQCcCgkA7AoJAPQKCQBBCwkAUAsJAJYLCQCbCwkA6wsJAPgLCQBADAkATQwJAJUMCQChDAkA6gwJAPkMCQA/DQkASQ0JAJQNCQCcDQkA6Q0JAPMNCQA+DgkAQw4JAJMOCQCbDgkAY+ARAPMOCQA9DwkASQ8JAJIPCQCaDwkAuOARAOwPCQA8EAkASxAJAJEQCQCxEAkA5hAJAPIQCQA7EQkAQREJAJARCQCYEQkA5REJAOwRCQA6EgkAPBIJAI8SCQCbEgkA5BIJAPoSCQA5EwkAPhMJAI4TCQCbEwkADeERAOwTCQA4FAkAPhQJAI0UCQCbFAkA4hQJAO8UCQA3FQkAThUJAIwVCQCUFQkA4RUJAPAVCQA2FgkAOxYJAIsWCQCYFgkA4BYJAO0WCQA1FwkAQRcJAIoXCQCZFwkA3xcJAOkXCQA0GAkAUBgJAIkYCQCRGAkAYuERAOsYCQAlIg4A7RgJADMZCQA9GQkAqpwOAFMZCQCIGQkAlBkJAN0ZCQDjGQkAMhoJADoaCQCaXAkAPhoJAIcaCQBMGgkAsEYJAJoaCQDcGgkA6xoJADEbCQA9GwkAhhsJAIcbCQDbGwkA5RsJADAcCQA+HAkAhRwJAIocCQDaHAkA5xwJALfhEQA1HQkAhB0JAIodCQDZHQkA3h0JAC4eCQA0HgkAtuIRAI4eCQDYHgkA5h4JAC0fCQA+HwkAgh8JAI4fCQDXHwkA3x8JAGDjEQA4IAkAgSAJAIsgCQDWIAkA5SAJACshCQA2IQkAgCEJAI4hCQDVIQkA4iEJACoiCQBBIgkAfyIJAIciCQDUIgkA1yIJACkjCQA1IwkAfiMJAIQjCQDTIwkA7iMJACgkCQA0JAkAfSQJAIMkCQDSJAkA2iQJACclCQApJQkAfCUJAH0lCQDRJQkA3yUJACYmCQAuJgkAeyYJAJYmCQDQJgkA3CYJACUnCQArJwkAeicJAH0nCQDPJwkA3ScJACQoCQApKAkAeSgJAIYoCQDOKAkA6igJACMpCQArKQkAteMRAIUpCQCtmQ4AiSkJAM0pCQCLKQkA/vIOANkpCQAiKgkALyoJAHcqCQB8KgkAzCoJANYqCQAhKwkAMSsJAHYrCQB7KwkAyysJANQrCQAgLAkALSwJAHUsCQB8LAkAyiwJANYsCQAfLQkAJS0JAHQtCQB6LQkAyS0JAM4tCQAeLgkAJC4JAArkEQB/LgkAyC4JAM4uCQAdLwkAIy8JAHIvCQB/LwkAxy8JAMwvCQAcMAkAJDAJAHEwCQCnMAkAxjAJAPEwCQAbMQkAIzEJAHAxCQB9MQkAxTEJAMoxCQAaMgkAIjIJAG8yCQByMgkAxDIJAM0yCQAZMwkAKDMJAG4zCQB5MwkAwzMJAMszCQAYNAkAKDQJAG00CQB7NAkAwjQJANM0CQAXNQkAIzUJAGw1CQB0NQkACeURAMc1CQAWNgkAHjYJAGs2CQByNgkAwDYJAM42CQAVNwkAGzcJAGo3CQB2NwkAvzcJAM43CQAUOAkAHjgJAGk4CQBuOAkAvjgJAMQ4CQATOQkAJzkJAF7lEQByOQkAP7cJAHU5CQC9OQkAdzkJANB7CQDCOQkAEjoJAB46CQBnOgkAdDoJALw6CQDGOgkAs+URACw7CQBmOwkAaDsJALs7CQDBOwkAEDwJAEg8CQBlPAkAazwJALo8CQDDPAkADz0JABw9CQBkPQkAnD0JALk9CQDAPQkADj4JABM+CQBjPgkAcj4JALg+CQDYPgkADT8JABk/CQBiPwkAaD8JALc/CQDRPwkADEAJAA9ACQBhQAkAZkAJALZACQDFQAkAC0EJACtBCQBd5hEAgEEJALVBCQDBQQkACkIJABRCCQBfQgkAa0IJAKv1CQBsQgkAtEIJALlCCQAJQwkAE0MJAF5DCQBuQwkAs0MJALhDCQAIRAkAEUQJAF1ECQBqRAkAskQJALlECQAHRQkAE0UJAFxFCQBiRQkAsUUJALdFCQAGRgkAC0YJAFtGCQBhRgkAsuYRALNGCQAFRwkACkcJAFpHCQBpRwkAr0cJAM9HCQBc5xEAEkgJAFlICQBmSAkArkgJALVICQADSQkAC0kJAFhJCQBaSQkArUkJAF9JCQD6TgwAb0kJAOQPDACzSQkAaTUMALVJCQACSgkABkoJAPpRCQAYSgkAztALAB1KCQBXSgkAWUoJAKxKCQC9SgkAAUsJAA9LCQBWSwkAXUsJAKtLCQCzSwkAAEwJAAdMCQBVTAkAWkwJAKpMCQC5TAkA/0wJAB9NCQBUTQkAYE0JAKlNCQCvTQkA/k0JAAZOCQBTTgkAX04JAKhOCQC1TgkA/U4JABhPCQBSTwkAYE8JAKdPCQCtTwkA/E8JAAFQCQBRUAkAXlAJAKZQCQC8UAkA+1AJAAdRCQBQUQkAXVEJAKVRCQCvUQkAsecRAP9RCQBPUgkAVVIJAKRSCQDEUgkA+VIJAAdTCQBOUwkAW1MJAKNTCQC6UwkA+FMJAABUCQBNVAkAXFQJAKJUCQCnVAkA91QJAARVCQBMVQkAVlUJAKFVCQCjVQkA9lUJAARWCQBLVgkAWFYJAKBWCQCsVgkA9VYJAPtWCQBKVwkAUlcJAJ9XCQClVwkA9FcJAP1XCQBJWAkAVlgJAJ5YCQCoWAkA81gJAAFZCQBIWQkAXlkJAJ1ZCQCpWQkA8lkJAPpZCQAG6BEAUVoJAJxaCQCiWgkA8VoJAPNaCQBGWwkAUFsJAJtbCQCnWwkA8FsJAAdcCQBFXAkAWVwJAFvoEQCoXAkA71wJAPJcCQBEXQkATF0JAJldCQClXQkA7l0JAPxdCQBDXgkATV4JAJheCQCjXgkA7V4JAPleCQBCXwkASF8JAJdfCQCfXwkA7F8JAPlfCQBBYAkARmAJAJZgCQCgYAkA62AJAPNgCQBAYQkARmEJAJVhCQCeYQkA6mEJAPdhCQA/YgkATGIJAJRiCQCiYgkA6WIJAPZiCQA+YwkAVWMJAJNjCQCbYwkA6GMJAO1jCQA9ZAkAQ2QJAJJkCQCaZAkA52QJAP1kCQA8ZQkASmUJAJFlCQCUZQkA5mUJAPVlCQA7ZgkAQGYJAJBmCQCdZgkA5WYJAPVmCQA6ZwkASGcJAI9nCQCmZwkA5GcJAO1nCQA5aAkAP2gJAI5oCQCaaAkA42gJAOpoCQCw6BEARGkJAI1pCQCPaQkA4mkJAOxpCQA3agkAQ2oJAIxqCQCUagkABekRAOZqCQA2awkARWsJAItrCQCrawkA4GsJAOxrCQA1bAkAO2wJAIpsCQCSbAkA32wJAOBsCQA0bQkAOm0JAIltCQCObQkA3m0JAPltCQAzbgkAQW4JAIhuCQCPbgkA3W4JAOluCQAybwkAOG8JAFrpEQCMbwkA3G8JAOZvCQAxcAkAQnAJAIZwCQCScAkA23AJAN5wCQAwcQkAM3EJAIVxCQCNcQkA2nEJAOFxCQAvcgkANHIJAIRyCQCTcgkA2XIJAPlyCQAucwkAOnMJAINzCQCJcwkA2HMJAOBzCQAtdAkAOnQJAIJ0CQCHdAkA13QJAOF0CQAsdQkANHUJAIF1CQCRdQkA1nUJANt1CQArdgkANHYJAIB2CQCNdgkA1XYJANx2CQCv6REAL3cJAH93CQCOdwkA1HcJAPR3CQApeAkANXgJAH54CQCEeAkA03gJANt4CQAoeQkANHkJAH15CQCKeQkA0nkJANl5CQAnegkAKHoJAHx6CQCBegkA0XoJAN96CQAmewkAM3sJAHt7CQCFewkABOoRANV7CQAlfAkAMnwJAHp8CQCHfAkAz3wJANV8CQAkfQkAMH0JAHl9CQCJfQkAzn0JANd9CQAjfgkAJn4JAHh+CQCEfgkAzX4JANR+CQBZ6hEAJH8JAHd/CQApfwkArkQNADJ/CQBclg0AiH8JAMx/CQDUfwkAIYAJACuACQB2gAkAhYAJAMuACQDMgAkAIIEJACiBCQAD6xEAfYEJAFjrEQDogQkAH4IJAO2BCQD0+REA9IEJAKmiCQAnggkAdIIJAIOCCQDJggkAzoIJAB6DCQArgwkAc4MJAICDCQDIgwkA1IMJAB2ECQAshAkAcoQJAHyECQDHhAkA6oQJAByFCQBShQkAcYUJAJWFCQDGhQkAzoUJAKzsEQAghgkAcIYJAHaGCQDFhgkAzYYJAAHtEQAohwkAb4cJAIqHCQDEhwkA0IcJABmICQAqiAkAbogJAIKICQDDiAkAy4gJABiJCQAeiQkAbYkJAHmJCQDCiQkA0okJABeKCQAgigkAbIoJAG+KCQDBigkAzYoJABaLCQAdiwkAVu0RAHmLCQDAiwkAyosJAKvtEQAajAkAaowJAHeMCQC/jAkAzIwJABSNCQAgjQkAaY0JAHiNCQC+jQkAyI0JABOOCQAhjgkAaI4JAG2OCQC9jgkAyo4JABKPCQAajwkAAO4RAHOPCQC8jwkAzI8JABGQCQAakAkAZpAJAGmQCQC7kAkAx5AJABCRCQAXkQkAVe4RAHSRCQC6kQkAv5EJAA+SCQAckgkAZJIJAHGSCQC5kgkAv5IJAA6TCQAakwkAY5MJAHOTCQC4kwkAwZMJAA2UCQAQlAkAYpQJAG6UCQC3lAkAvpQJAKruEQARlQkAYZUJAG6VCQC2lQkA1JUJAAuWCQAXlgkAYJYJAHOWCQC1lgkAw5YJAAqXCQANlwkAX5cJAGmXCQC0lwkAwpcJAAmYCQAWmAkAXpgJAHWYCQCzmAkAu5gJAAiZCQAPmQkAXZkJAGKZCQCymQkAyJkJAAeaCQAJmgkAXJoJAGqaCQCxmgkAvpoJAP/uEQAOmwkAVO8RAGCbCQCwmwkAvZsJAAWcCQASnAkAWpwJAGacCQCvnAkAvpwJAASdCQAOnQkAWZ0JAGedCQCunQkAs50JAAOeCQAQngkAWJ4JAGCeCQCp7xEAuZ4JAAKfCQASnwkAV58JAGCfCQCsnwkAr58JAAGgCQANoAkAVqAJAF2gCQD+7xEAt6AJAAChCQAQoQkAVaEJABahCQDOeA4AXqEJAKqhCQCtoQkA/6EJAAuiCQBUogkAW6IJAFPwEQCyogkA+6UJALOiCQD+ogkADaMJAFOjCQAPowkAp6QJAFSjCQCoowkAxKMJAP2jCQA1pAkAUqQJAIqkCQCo8BEAqqQJAPykCQAYpQkAUaUJAImlCQCmpQkA3qUJAP3wEQAIpgkAUKYJAF6mCQClpgkAuKYJAPqmCQAWpwkAT6cJAIenCQCkpwkA3KcJAFLxEQAKqAkATqgJAFqoCQCjqAkAq6gJAKfxEQD9qAkATakJAFWpCQCiqQkAsakJAPepCQD8qQkATKoJAFmqCQChqgkArqoJAPaqCQACqwkAS6sJAFqrCQCgqwkAqqsJAPWrCQD9qwkASqwJAFSsCQCfrAkApKwJAPSsCQD8rAkA/PERAFitCQCerQkAWq0JAPKuCQCfrQkA860JAA+uCQBIrgkAgK4JAJ2uCQDVrgkAUfIRAPWuCQBHrwkAY68JAJyvCQDUrwkA8a8JACmwCQCm8hEASbAJAJuwCQCssAkA8LAJAAyxCQBFsQkAfbEJAJqxCQDSsQkA+/IRAPyxCQBEsgkAULIJAJmyCQCosgkA7rIJAPiyCQBDswkAS7MJACMoCgBRswkAmLMJAJ2zCQDtswkA+rMJAEK0CQBKtAkAl7QJAJ20CQDstAkAp7QJADEaCgD4tAkAQbUJAFG1CQCWtQkAn7UJAOu1CQDutQkAQLYJAEy2CQCVtgkAnLYJAFDzEQANtwkApfMRAE23CQCUtwkAqrcJAOm3CQD1twkAPrgJAEW4CQCTuAkAmLgJAOi4CQDxuAkAPbkJAEe5CQD68xEAl7kJAOcLDQCcuQkA57kJAJ65CQD5pAwA8bkJADy6CQA9ugkAkboJAKC6CQDmugkA67oJADu7CQBIuwkAkLsJAJ27CQDluwkA8bsJADq8CQBJvAkAj7wJAJm8CQDkvAkA8rwJADm9CQA+vQkAjr0JAJu9CQDjvQkA5L0JADi+CQA9vgkAjb4JAJK+CQDivgkA874JADe/CQBavwkAjL8JAJe/CQDhvwkA5r8JADbACQA5wAkAi8AJAJXACQDgwAkACMEJADXBCQBUwQkApPQRAJbBCQDfwQkA4cEJADTCCQBDwgkAicIJAJTCCQDewgkA5sIJADPDCQA6wwkAiMMJAIrDCQDdwwkA58MJADLECQA0xAkAh8QJAKDECQDcxAkA3sQJADHFCQA0xQkAhsUJAJLFCQDbxQkA48UJAPn0EQA8xgkAhcYJAIvGCQDaxgkA9cYJAC/HCQA7xwkAhMcJAIrHCQDZxwkA4ccJAC7ICQAwyAkAg8gJAI3ICQDYyAkA4MgJAE71EQA+yQkAgskJAInJCQDXyQkA38kJACzKCQA5ygkAgcoJAIbKCQDWygkA4MoJACvLCQAzywkAgMsJAI/LCQDVywkA2ssJACrMCQA3zAkAf8wJAIzMCQDUzAkA4MwJACnNCQA4zQkAfs0JAIjNCQDTzQkA280JACjOCQAyzgkAfc4JAILOCQDSzgkA2s4JAKP1EQAzzwkAfM8JAIzPCQDRzwkA2s8JACbQCQAp0AkAe9AJAIfQCQDQ0AkA19AJAPj1EQAr0QkAetEJAIDRCQDP0QkA1NEJACTSCQAq0gkATfYRAH/SCQDO0gkA1NIJACPTCQAo0wkAEzMPADDTCQB40wkAfdMJAM3TCQDV0wkAItQJAEvUCQB31AkAVtQJAMXbCQCg1AkAzNQJAPXUCQAh1QkATNUJAHbVCQB+1QkAy9UJANrVCQAg1gkAJdYJAHXWCQCC1gkAytYJANfWCQAf1wkAK9cJAHTXCQCD1wkAydcJANPXCQAe2AkALNgJAHPYCQB42AkAyNgJANXYCQAd2QkAJdkJAHLZCQB42QkAx9kJANPZCQAc2gkALNoJAHHaCQB62gkAxtoJAMnaCQAb2wkAJ9sJAHDbCQB32wkAovYRAO7bCQAa3AkARdwJAG/cCQB33AkAxNwJANPcCQAZ3QkAHt0JAG7dCQB73QkAw90JANDdCQAY3gkAJN4JAG3eCQB83gkAwt4JAMzeCQAX3wkAJd8JAGzfCQBx3wkAwd8JAM7fCQAW4AkAHuAJAGvgCQBx4AkAwOAJAMzgCQAV4QkAJeEJAGrhCQBz4QkAv+EJAMLhCQAU4gkAIOIJAGniCQBw4gkA9/YRAMDiCQCuQg8AzOIJABPjCQAg4wkAaOMJAHTjCQC94wkAw+MJABLkCQAY5AkAZ+QJAGzkCQC85AkAwuQJAEz3EQA35QkAZuUJAIzlCQC75QkA7+UJABDmCQA55gkAZeYJAJDmCQD29xEAxuYJAA/nCQDI5gkA3RcLABnnCQBk5wkAfucJALnnCQC85wkAGTIKAMjnCQAO6AkAE+gJAGPoCQBw6AkAuOgJAMXoCQAN6QkAGekJAGLpCQBx6QkAt+kJAMHpCQAM6gkAGOoJAGHqCQB06gkAtuoJAMXqCQAL6wkAF+sJAGDrCQBh6wkAtesJAL/rCQAK7AkAGOwJAF/sCQBk7AkAtOwJAMHsCQBL+BEADu0JAF7tCQBr7QkAs+0JAMDtCQAI7gkAFO4JAF3uCQBs7gkAsu4JALzuCQAH7wkAFe8JAFzvCQBh7wkAse8JAL7vCQAG8AkADvAJAEr5EQBn8AkAsPAJAMDwCQAF8QkADvEJAFrxCQBd8QkAr/EJALvxCQAE8gkAC/IJAJ/5EQBc8gkArvIJALbyCQAD8wkAD/MJAFjzCQBe8wkArfMJALPzCQAC9AkAB/QJAFf0CQBd9AkASfoRANX0CQAB9QkAKvUJAFb1CQB69QkA8/oRALH1CQBwLwsAvvUJAAD2CQAP9gkAVfYJAGH2CQCq9gkAq/YJAP/2CQAJ9wkAVPcJAGL3CQCp9wkArvcJAP73CQAL+AkASPsRAHb4CQCd+xEA0fgJAP34CQAm+QkAUvkJAHb5CQDy+xEAtfkJAPz5CQAB+gkAUfoJAF76CQCm+gkArvoJAPv6CQAB+wkAUPsJAFz7CQCl+wkAtfsJAPr7CQAD/AkAT/wJAFL8CQCk/AkA3/wJAPn8CQAF/QkAR/wRAFT9CQCj/QkAvP0JAPj9CQAG/gkATf4JAFr+CQCi/gkAqf4JAPf+CQAA/wkATP8JAFn/CQCh/wkAuP8JAPb/CQD5/wkASwAKAE0ACgCgAAoAqQAKAPUACgAFAQoASgEKAGMBCgCfAQoAoQEKAPQBCgD9AQoASQIKAFECCgCeAgoAoAIKAPMCCgAMAwoASAMKAF8DCgCdAwoAqQMKAPIDCgADBAoARwQKAFMECgCcBAoApwQKAPEECgD+BAoARgUKAFAFCgCc/BEArgUKAPAFCgD+BQoARQYKAC0GCgCSDgoAgQYKAJoGCgCnBgoA7wYKAPcGCgBEBwoASgcKAJkHCgClBwoA7gcKAPkHCgBDCAoATAgKAJgICgCbCAoA7QgKAO8ICgBCCQoASQkKAJcJCgCZCQoA8fwRAO8JCgBBCgoATwoKAJYKCgCbCgoA6woKAPgKCgBACwoATAsKAJULCgCdCwoARv0RAPgLCgA/DAoATwwKAJQMCgCiDAoA6QwKAPIMCgA+DQoASA0KAJMNCgCVDQoA6A0KAPINCgA9DgoAPw4KAJv9EQCXDgoA5w4KAO8OCgA8DwoAQg8KAJEPCgCdDwoA5g8KAPUPCgA7EAoARBAKAJAQCgCTEAoA5RAKAOcQCgA6EQoAQREKAI8RCgCREQoA8P0RAOkRCgA5EgoAVRIKAI4SCgCqEgoARf4RAPASCgBSTQsA8hIKADgTCgA9EwoAjRMKAJoTCgDiEwoA7xMKADcUCgA9FAoAjBQKAJgUCgDhFAoA8RQKADYVCgA/FQoAixUKAI4VCgDgFQoA7BUKADUWCgA8FgoAmv4RAJkWCgDfFgoA5BYKADQXCgBBFwoAiRcKAJYXCgDeFwoA5BcKADMYCgA/GAoAiBgKAJgYCgDdGAoA5hgKADIZCgA1GQoAhxkKAJMZCgDcGQoA4xkKAO/+EQAzGgoAhhoKAJQaCgDbGgoA7BoKAET/EQA3GwoAmf8RAI0bCgDu/xEA3xsKAC8cCgA8HAoAhBwKAJEcCgDZHAoA5RwKAC4dCgA9HQoAgx0KAI0dCgDYHQoA5h0KAC0eCgAyHgoAgh4KAI8eCgDXHgoA3x4KAEMAEgA4HwoAgR8KAJEfCgDWHwoA3x8KACsgCgAuIAoAgCAKAIwgCgDVIAoA3CAKAJgAEgAsIQoAfyEKAI0hCgDUIQoA5SEKAO0AEgAwIgoAQgESAIYiCgCXARIA2CIKACgjCgA1IwoAfSMKAIojCgDSIwoA3iMKACckCgA2JAoAfCQKAIYkCgDRJAoA3yQKACYlCgArJQoAeyUKAIglCgDQJQoA2CUKAOwBEgAxJgoAeiYKAIomCgDPJgoA2CYKACQnCgAnJwoAeScKAIUnCgDOJwoA1ScKAEECEgAtKAoAeCgKAIYoCgDNKAoA4ygKACIpCgAuKQoAdykKAH4pCgDMKQoA1CkKACEqCgAmKgoAdioKAH8qCgDLKgoA1SoKAJYCEgA2KwoAdSsKAIErCgDKKwoA0SsKAB8sCgAnLAoAdCwKAHksCgDJLAoA0iwKAB4tCgAoLQoA6wISAHgtCgDiEA0Afy0KACV7CgCCLQoAyC0KAJ0tCgBg4hIAzS0KAB0uCgAqLgoAci4KAH8uCgDHLgoA0y4KABwvCgArLwoAcS8KAHsvCgDGLwoA1C8KABswCgAoMAoAcDAKAIcwCgDFMAoAzTAKABoxCgAkMQoAbzEKAHQxCgDEMQoAzDEKAEADEgAeMgoAbjIKAH0yCgDDMgoA4zIKABgzCgAkMwoAbTMKAHczCgDCMwoAzDMKABc0CgAlNAoAbDQKAII0CgDBNAoAzTQKABY1CgAbNQoAazUKAHQ1CgDANQoAyjUKABU2CgAhNgoAajYKAH02CgC/NgoAzjYKABQ3CgAgNwoAaTcKAGo3CgC+NwoAyDcKABM4CgAhOAoAaDgKAG04CgC9OAoAyjgKAOoDEgAgOQoAZzkKAH05CgC8OQoAyDkKABE6CgAYOgoAZjoKAG46CgC7OgoAwDoKABA7CgAZOwoAZTsKAG87CgDpBBIAvzsKAA88CgAXPAoAZDwKAGc8CgC5PAoAwjwKAA49CgAdPQoAYz0KAG49CgC4PQoAwD0KAA0+CgAdPgoAYj4KAHA+CgC3PgoAyD4KAAw/CgAYPwoAYT8KAGk/CgA+BRIAvD8KAAtACgATQAoAYEAKAGdACgC1QAoAw0AKAApBCgAQQQoAX0EKAGtBCgC0QQoAw0EKAAlCCgATQgoAXkIKAGNCCgCzQgoAuUIKAAhDCgAcQwoAkwUSAG5DCgCyQwoAvkMKAAdECgANRAoAXEQKAGJECgCxRAoAtkQKAAZFCgAMRQoA6AUSAGBFCgCwRQoAwUUKAAVGCgANRgoAWkYKABFGCgCTYgoAE0YKABHfDwBkRgoAr0YKAL1GCgAERwoAGkcKAFlHCgBlRwoArkcKALVHCgADSAoAC0gKAFhICgBdSAoArUgKALZICgACSQoADEkKAFdJCgBfSQoArEkKALBJCgABSgoADEoKAFZKCgBkSgoAq0oKALxKCgAASwoADEsKAFVLCgBdSwoAPQYSAKxLCgD/SwoADUwKAFRMCgBeTAoAqUwKALdMCgD+TAoAC00KAFNNCgBqTQoAqE0KALBNCgD9TQoADU4KAFJOCgBXTgoAp04KAK1OCgD8TgoABE8KAFFPCgBTTwoApk8KALNPCgD7TwoAA1AKAFBQCgBVUAoApVAKAKZQCgD6UAoABlEKAE9RCgBcUQoApFEKAKxRCgD5UQoACFIKAE5SCgBTUgoAo1IKALBSCgD4UgoABVMKAE1TCgBZUwoAolMKALFTCgD3UwoAAVQKAExUCgBaVAoAoVQKAKZUCgD2VAoAA1UKAJIGEgBOVQoAoFUKAKhVCgD1VQoAAlYKAEpWCgBPVgoAn1YKAKlWCgD0VgoA/FYKAElXCgBLVwoAnlcKALlXCgDzVwoA9VcKAEhYCgBWWAoAnVgKAK5YCgDyWAoA9FgKAEdZCgBgWQoAnFkKAK1ZCgDxWQoA/VkKAOcGEgBOWgoAm1oKAKFaCgDwWgoA/FoKAEVbCgBiWwoAmlsKAKNbCgDvWwoA+1sKAERcCgBHXAoAmVwKAKNcCgDuXAoA9lwKAENdCgBNXQoAmF0KAKZdCgDtXQoAA14KAEJeCgBOXgoAl14KAJ5eCgDsXgoA9F4KAEFfCgBGXwoAll8KAJ9fCgDrXwoA9V8KAEBgCgBIYAoAlWAKAJdgCgDqYAoA+mAKAD9hCgBJYQoAlGEKAKBhCgDpYQoA72EKAD5iCgBGYgoAPAcSAJliCgDoYgoA7mIKAD1jCgBCYwoAkmMKAJhjCgCRBxIA9WMKADxkCgBSZAoAkWQKAJ1kCgDmZAoA62QKADtlCgBEZQoAkGUKAJplCgDlZQoACGYKADpmCgA+ZgoAj2YKAElmCgDjZwoAkWYKAORmCgDyZgoAOWcKAENnCgCOZwoAsmcKAJAIEgDpZwoAOGgKAERoCgCNaAoAj2gKAOJoCgDsaAoAN2kKAENpCgCMaQoAsGkKAOUIEgDlaQoANmoKAPBpCgCKawoAOGoKAItqCgCZagoA4GoKAOpqCgA1awoAWWsKADoJEgCQawoA32sKAOtrCgA0bAoANmwKAIlsCgCTbAoA3mwKAOpsCgAzbQoAV20KAI8JEgClbQoA3W0KAOZtCgAybgoAQG4KAIduCgCNbgoA3G4KAOhuCgAxbwoAOW8KAOQJEgCNbwoA228KAPRvCgAwcAoAP3AKAIVwCgCNcAoA2nAKAOlwCgAvcQoANHEKAIRxCgCRcQoA2XEKAOZxCgAucgoAOnIKAINyCgCScgoA2HIKAOJyCgAtcwoAO3MKAIJzCgCHcwoA13MKAORzCgA5ChIALXQKAK7xCgBFdAoAgXQKAIt0CgDWdAoA2HQKACt1CgA5dQoAgHUKAI11CgDVdQoA3XUKACp2CgBWdgoAf3YKAIZ2CgDUdgoA7XYKACl3CgA4dwoAfncKAIZ3CgDTdwoA4ncKACh4CgAteAoAfXgKAIp4CgDSeAoA33gKACd5CgAzeQoAfHkKAIt5CgDReQoA23kKACZ6CgA0egoAe3oKAIB6CgDQegoA3XoKAI4KEgA4ewoAensKAIl7CgDPewoA23sKACR8CgAwfAoAeXwKAIB8CgDOfAoA2nwKACN9CgAqfQoAeH0KAIB9CgDNfQoA0X0KACJ+CgAtfgoAd34KAIN+CgDMfgoA2X4KACF/CgApfwoAdn8KAIB/CgDLfwoA0X8KACCACgA0gAoAdYAKAIOACgDKgAoA14AKAB+BCgA2gQoAdIEKAHyBCgDJgQoA04EKAB6CCgAjggoAc4IKAHuCCgDIggoA14IKAB2DCgAigwoAcoMKAH+DCgDHgwoA1IMKAByECgAohAoAcYQKAICECgDGhAoA0IQKAOMKEgAjhQoAcIUKAH+FCgDFhQoAyoUKABqGCgAjhgoAb4YKAICGCgDEhgoAy4YKABmHCgAhhwoAbocKAHuHCgDDhwoAyIcKABiICgAiiAoAbYgKAHWICgDCiAoA24gKABeJCgAjiQoAbIkKAHSJCgA4CxIA0IkKABaKCgAzigoAa4oKAHSKCgDAigoAzooKABWLCgAbiwoAaosKAHaLCgC/iwoAxosKABSMCgAcjAoAaYwKAHmMCgC+jAoAxIwKABONCgAYjQoAaI0KAH6NCgC9jQoAxY0KABKOCgAcjgoAZ44KAHKOCgC8jgoAyI4KABGPCgAZjwoAjQsSAHOPCgC7jwoAwo8KABCQCgAckAoAZZAKAGuQCgC6kAoAy5AKAA+RCgAjkQoAZJEKAHKRCgC5kQoAxpEKAA6SCgAlkgoAY5IKAGuSCgC4kgoAv5IKAA2TCgAPkwoAYpMKAGyTCgC3kwoAuZMKAAyUCgAllAoAYZQKAGOUCgC2lAoAuZQKAAuVCgAXlQoAYJUKAI6VCgDiCxIAxJUKAAqWCgAnlgoAX5YKAGiWCgC0lgoAwpYKAAmXCgAPlwoAXpcKAGqXCgCzlwoAu5cKADcMEgAQmAoAXZgKAGOYCgCymAoAvpgKAAeZCgAKmQoAXJkKAGGZCgCxmQoAupkKAAaaCgAMmgoAW5oKAGqaCgCwmgoAvJoKAAWbCgANmwoAjAwSAGCbCgCvmwoAtJsKAAScCgAanAoAWZwKAGGcCgCunAoAvJwKAAOdCgANnQoAWJ0KAFudCgCtnQoAtZ0KAAKeCgADngoAV54KAF2eCgCsngoAup4KAAGfCgAXnwoAVp8KAFifCgCrnwoAsZ8KAACgCgAUoAoAVaAKAF2gCgCqoAoAuqAKAP+gCgABoQoAVKEKAGOhCgCpoQoAs6EKAP6hCgADogoAU6IKAFmiCgCoogoAvKIKAP2iCgAFowoAUqMKAFejCgCnowoAraMKAPyjCgAEpAoAUaQKAFSkCgCmpAoAq6QKAPukCgAEpQoAUKUKAFalCgClpQoAtKUKAPqlCgAGpgoA4QwSAFumCgCkpgoAt6YKAPmmCgAVpwoATqcKAFanCgA2DRIAsacKAPinCgAOqAoATagKAFmoCgCiqAoAp6gKAPeoCgAAqQoATKkKAFapCgChqQoAqakKAPapCgD4qQoAS6oKAFqqCgCgqgoAvaoKAPWqCgD+qgoASqsKAFirCgCfqwoApasKAPSrCgACrAoASawKAFasCgCerAoAtawKAPOsCgD7rAoASK0KAEqtCgCdrQoApa0KAPKtCgABrgoAR64KAEyuCgCcrgoAqa4KAPGuCgD+rgoARq8KAFKvCgCbrwoAqq8KAPCvCgD6rwoARbAKAFOwCgCasAoAn7AKAO+wCgD8sAoAiw0SAE6xCgCZsQoAm7EKAO6xCgD1sQoAQ7IKAEqyCgCYsgoAnrIKAO2yCgD7sgoAQrMKAE+zCgCXswoAp7MKAOyzCgDxswoAQbQKAEm0CgCWtAoAXbQKACYkCwCitAoA67QKAO20CgDotwoA+LQKAEC1CgBFtQoAlbUKAJ+1CgDqtQoA+rUKAD+2CgBEtgoAlLYKAJ22CgDptgoA9rYKAD63CgBFtwoAk7cKAJu3CgDgDRIA9rcKAD24CgBVuAoAkrgKAJS4CgDnuAoA/rgKADy5CgA+uQoAkbkKAJ+5CgDmuQoA87kKADu6CgBDugoANQ4SAJa6CgDlugoA57oKADq7CgBHuwoAj7sKAJK7CgDkuwoA9bsKADm8CgA7vAoAjrwKAJi8CgDjvAoA77wKADi9CgBAvQoAig4SAJK9CgDivQoA5b0KADe+CgBBvgoAjL4KAJS+CgDhvgoA7r4KADa/CgA4vwoAi78KAKG/CgDgvwoA7L8KADXACgA9wAoA3w4SAI3ACgDfwAoAocAKAI5lDADowAoANMEKAELBCgC06woAQ8EKAInBCgCUwQoA3sEKAObBCgAzwgoAPsIKAIjCCgCNwgoA3cIKAODCCgAywwoAPMMKAIkPEgCNwwoA3MMKAJHDCgC35A4A98MKADHECgA9xAoAhsQKAIzECgDbxAoA48QKADDFCgBGxQoAhcUKAJPFCgDaxQoA3cUKAC/GCgBIxgoAhMYKAJDGCgDZxgoA5MYKAC7HCgAwxwoAg8cKAJ7HCgDYxwoA5scKAC3ICgA6yAoAgsgKAJnICgDeDxIA2cgKAArnDgDtyAoALMkKAC3JCgCByQoAhskKANbJCgDcyQoAK8oKAC3KCgCAygoAhsoKANXKCgDpygoAKssKADLLCgB/ywoAj8sKANTLCgDWywoAKcwKADfMCgB+zAoAj8wKADMQEgDZzAoAKM0KADTNCgCIEBIAf80KANLNCgDjzQoAJ84KAC/OCgB8zgoAhc4KANHOCgDYzgoAJs8KACfPCgDdEBIAh88KANDPCgDSzwoAJdAKACzQCgB60AoAgtAKAM/QCgDY0AoAJNEKACvRCgB50QoAetEKADIREgDT0QoAI9IKACvSCgB40goAgtIKAM3SCgDb0goAItMKADjTCgB30woAg9MKAMzTCgDR0woAIdQKACrUCgB21AoAgNQKAIcREgDM1AoAINUKACjVCgCoSwwAONUKAHXVCgCC1QoAytUKANbVCgAf1goAKdYKAHTWCgB41goAydYKAM7WCgAe1woAJNcKAHPXCgCT1woAyNcKAODXCgAd2AoANNgKAHLYCgB+2AoAx9gKANHYCgAc2QoAHtkKAHHZCgB42QoAxtkKAM3ZCgAb2goAIdoKAHDaCgB82goAxdoKAMjaCgAa2woAHdsKAG/bCgB72woAxNsKAMfbCgAZ3AoANdwKAG7cCgB23AoA3BESAM/cCgAY3QoAIt0KAG3dCgBv3QoAwt0KAMndCgAX3goAHt4KAGzeCgBy3goAwd4KAM/eCgAW3woAI98KAGvfCgB73woAwN8KAMXfCgAV4AoAHeAKAGrgCgB64AoAv+AKAMTgCgAU4QoAGuEKAGnhCgBx4QoAMRISAMThCgAT4goAG+IKAGjiCgBr4goAveIKAMniCgAS4woAGOMKAGfjCgCC4woAvOMKAMrjCgAR5AoAIOQKAGbkCgBy5AoAu+QKAMPkCgDbEhIAFeUKAGXlCgBv5QoAuuUKAMLlCgAP5goAL+YKAGTmCgBx5goAueYKAL7mCgAO5woAEucKAGPnCgBw5woAMBMSAL3nCgAN6AoAEOgKAGLoCgBs6AoAt+gKAMPoCgAM6QoAH+kKAGHpCgBw6QoAtukKAMLpCgAL6goADOoKAGDqCgBq6goAteoKAMPqCgAK6woAD+sKAF/rCgBs6woAhRMSAL7rCgAJ7AoAC+wKAF7sCgB37AoAs+wKAMTsCgAI7QoAFO0KAF3tCgBl7QoAhBQSALntCgAH7goADu4KAFzuCgBi7goAse4KAL3uCgAG7woACe8KAFvvCgBe7woAsO8KALjvCgAF8AoAFfAKAFrwCgBf8AoAr/AKALjwCgAE8QoAEfEKAFnxCgBg8QoA2RQSALrxCgAD8goAEPIKAFjyCgBg8goArfIKALfyCgAC8woAEfMKAFfzCgBY8woArPMKALTzCgAB9AoAEPQKAFb0CgBb9AoAq/QKALj0CgAA9QoADfUKAFX1CgBh9QoAqvUKALn1CgD/9QoACfYKAFT2CgBi9goAqfYKAK72CgD+9goAC/cKAFP3CgBb9woAqPcKALL3CgD99woAAvgKAFL4CgBa+AoALhUSALX4CgD8+AoACPkKAFH5CgBX+QoApvkKAKz5CgD7+QoAAPoKAFD6CgBW+goAgxUSALH6CgD6+goAAPsKAE/7CgBV+woApPsKALH7CgD5+woA/vsKAE78CgBW/AoAo/wKAMH8CgCCFhIA+vwKAGsxDgD7/AoAhxYNAP78CgBJqgwADv0KAE39CgBO/QoAov0KAKf9CgD3/QoA/f0KAEz+CgBO/goAof4KAKf+CgD2/goACv8KAEv/CgBT/woAoP8KALD/CgD1/woA9/8KAEoACwBYAAsAnwALALAACwDXFhIA+gALAEkBCwBVAQsALBcSAKsBCwDzAQsA+wELAEgCCwBVAgsAnQILAJ8CCwDyAgsACAMLAEcDCwBTAwsAnAMLAKQDCwDWFxIA/QMLAEYECwBJBAsAmwQLAKAECwDwBAsAAQULAEUFCwBOBQsAmgULAKQFCwDvBQsA/QULAEQGCwBJBgsAmQYLAKYGCwArGBIA+gYLAEMHCwBQBwsAmAcLAJoHCwDtBwsAAwgLAEIICwBOCAsAlwgLAJ8ICwCAGBIA8QgLAEEJCwBHCQsAlgkLAJ4JCwDrCQsA7gkLAEAKCwBMCgsAlQoLAJsKCwDqCgsABQsLAD8LCwBMCwsAlAsLAJYLCwDpCwsA/wsLAD4MCwBKDAsAkwwLAJsMCwDVGBIA7gwLAD0NCwBCDQsAkg0LAK0NCwDnDQsA9Q0LADwOCwBDDgsAkQ4LAJ0OCwDmDgsA7Q4LACoZEgBGDwsAkA8LAJgPCwDlDwsA8A8LADoQCwA/EAsAjxALAJIQCwDkEAsA7hALADkRCwBBEQsAjhELAJwRCwDjEQsA5hELADgSCwBAEgsAjRILAK0SCwDiEgsA7xILADcTCwA8EwsAjBMLAJATCwDhEwsA7hMLAH8ZEgBWFAsAixQLAJQUCwDgFAsA4RQLADUVCwA9FQsAihULAJoVCwDfFQsA4RULADQWCwBCFgsAiRYLAJoWCwDUGRIA5BYLADMXCwA/FwsAKRoSAI8XCwB+GhIA4hcLADIYCwBMGAsAhxgLAJYYCwDcGAsA5xgLADEZCwAzGQsAhhkLAJMZCwDbGQsA6BkLADAaCwA8GgsAhRoLAJYaCwDaGgsA3RoLAC8bCwBJGwsAhBsLAI0bCwDZGwsA5hsLAC4cCwA0HAsAgxwLAI8cCwDYHAsA2xwLAC0dCwAyHQsAgh0LAJMdCwDXHQsA8h0LACweCwA4HgsAgR4LAIgeCwDWHgsA2B4LACsfCwAyHwsAgB8LAIcfCwDVHwsA2x8LACogCwA2IAsAfyALAIIgCwDUIAsA1yALACkhCwA1IQsAfiELAJEhCwDTIQsA4iELACgiCwA0IgsAfSILAH4iCwDSIgsA3CILACcjCwA1IwsAfCMLAIEjCwDRIwsA3iMLANMaEgAuJAsAKBsSAH0kCwDQJAsA5iQLACUlCwAxJQsAeiULAIIlCwB9GxIA1SULACQmCwAsJgsAeSYLAHwmCwDOJgsA2iYLACMnCwApJwsAeCcLAJMnCwDNJwsA2ycLACIoCwAxKAsAdygLAIMoCwDMKAsA1CgLANIbEgAmKQsAdikLAIApCwDLKQsA0ykLACAqCwBAKgsAdSoLAIIqCwDKKgsAzyoLAB8rCwAjKwsAdCsLAIErCwAnHBIA7CsLAHwcEgAjLAsAcywLAIIsCwDILAsA6CwLAB0tCwApLQsAci0LAHwtCwDHLQsA0y0LABwuCwAiLgsAcS4LAHcuCwDGLgsAyy4LABsvCwAhLwsA0RwSAHYvCwDFLwsAyi8LABowCwAgMAsAex0SAHIwCwDEMAsAzjALABkxCwAbMQsAbjELAIcxCwDDMQsA1DELABgyCwAmMgsAbTILAHAyCwDCMgsAzTILABczCwAfMwsAbDMLAG4zCwDBMwsAyTMLABY0CwAjNAsAazQLAHc0CwDANAsAxDQLABU1CwAdNQsAajULAHk1CwC/NQsAxDULABQ2CwAhNgsAaTYLAHY2CwC+NgsAyjYLABM3CwAiNwsAaDcLAHI3CwC9NwsAyzcLABI4CwAXOAsAZzgLAHQ4CwDQHRIAxDgLACUeEgAVOQsAYj0LAB05CwBmOQsAbDkLALs5CwDBOQsAEDoLAB06CwBlOgsAajoLALo6CwDCOgsADzsLADg7CwBkOwsAQzsLAA48CwCKOwsAYzwLAI07CwC5OwsA4jsLAHoeEgA3PAsAzx4SAIk8CwC4PAsA7DwLAA09CwA2PQsAJB8SAHA9CwC3PQsAxD0LAAw+CwAYPgsAYT4LAGc+CwC2PgsAvD4LAAs/CwAQPwsAYD8LAGY/CwB5HxIA2z8LALRACwDePwsACkALADNACwAjIBIAiEALAHggEgDaQAsACUELAD1BCwBeQQsAh0ELAM0gEgC9QQsACEILAA1CCwBdQgsAZUILACIhEgC3QgsAB0MLABBDCwBcQwsAaUMLALFDCwC4QwsAdyESAA5ECwDMIRIAbkQLALBECwC8RAsABUULABRFCwBaRQsAY0ULAK9FCwC5RQsABEYLAAZGCwBZRgsAckYLAK5GCwC/RgsAA0cLAA9HCwBYRwsAYEcLACEiEgC7RwsAAkgLABNICwBXSAsAY0gLAKxICwC0SAsAdiISAAZJCwBWSQsAYEkLAKtJCwCzSQsAAEoLABBKCwBVSgsAWkoLAKpKCwCzSgsA/0oLAAxLCwBUSwsAW0sLAMsiEgCvSwsAsZQPALZLCwD+SwsAvEsLAC5uDgADTAsAU0wLAF9MCwCoTAsAtUwLAP1MCwAHTQsAICMSAFdNCwCnTQsAs00LAPxNCwAJTgsAUU4LAFtOCwCmTgsAwk4LAPtOCwADTwsAdSMSAFVPCwClTwsArU8LAPpPCwD9TwsAT1ALAFhQCwCkUAsAs1ALAPlQCwAEUQsATlELAFZRCwCjUQsAs1ELAPhRCwAGUgsATVILAF5SCwCiUgsArlILAPdSCwD/UgsAyiMSAFJTCwChUwsAqVMLAPZTCwD9UwsAS1QLAFlUCwCgVAsAplQLAPVUCwABVQsASlULAFlVCwCfVQsAqVULAPRVCwD5VQsASVYLAE9WCwCeVgsAslYLAPNWCwD7VgsASFcLAGZXCwCdVwsApVcLAB8kEgD6VwsAdCQSAE9YCwCcWAsAtVgLAPFYCwD6WAsARlkLAFZZCwCbWQsAq1kLAPBZCwD8WQsARVoLAEtaCwCaWgsAqFoLAO9aCwD8WgsARFsLAFtbCwCZWwsAoVsLAO5bCwD4WwsAQ1wLAFFcCwCYXAsArlwLAO1cCwD5XAsAQl0LAEldCwCXXQsAn10LAOxdCwDxXQsAQV4LAEpeCwCWXgsAoF4LAOteCwDzXgsAQF8LAEJfCwCVXwsApV8LAOpfCwD0XwsAP2ALAEtgCwCUYAsAmmALAOlgCwDxYAsAHiUSAEBhCwCTYQsApGELAOhhCwAEYgsAPWILAEViCwBzJRIAo2ILAOdiCwD4YgsAPGMLAERjCwCRYwsAqmMLAOZjCwDsYwsAO2QLAEBkCwCQZAsAsGQLAOVkCwDxZAsAOmULAEBlCwCPZQsAl2ULAORlCwDzZQsAOWYLAD5mCwCOZgsAm2YLAONmCwDwZgsAOGcLAERnCwCNZwsAnGcLAOJnCwDsZwsAN2gLAEVoCwCMaAsAkWgLAOFoCwDuaAsANmkLADlpCwCLaQsAk2kLAOBpCwDiaQsANWoLADtqCwCKagsAlmoLAN9qCwDnagsAyCUSADlrCwCJawsAjWsLAN5rCwDrawsAHSYSADtsCwByJhIAjmwLAN1sCwD0bAsAMm0LADttCwCHbQsAnW0LANxtCwDobQsAMW4LAD5uCwCGbgsAkG4LANtuCwDjbgsAMG8LAG5vCwCFbwsArm8LANpvCwDibwsAL3ALAFJwCwDHJhIAk3ALANlwCwCacAsAZ40LAN5wCwAucQsAO3ELAINxCwCQcQsA2HELAORxCwAtcgsAPHILAIJyCwCMcgsA13ILAOVyCwAscwsAMXMLAIFzCwCOcwsA1nMLAPpzCwArdAsAM3QLABwnEgCJdAsA1XQLANh0CwAqdQsANHULAH91CwCHdQsA1HULAO11CwApdgsANXYLAH52CwCGdgsAcScSAON2CwAodwsAMHcLAH13CwCHdwsA0ncLAOZ3CwAneAsAKHgLAHx4CwCIeAsA0XgLANl4CwDGJxIAOXkLAHt5CwB8eQsA0HkLANx5CwAlegsANHoLAHp6CwCEegsAz3oLANJ6CwAkewsALHsLAHl7CwB6ewsAznsLANB7CwAjfAsAKXwLAHh8CwB6fAsAzXwLAON8CwAifQsALn0LAHd9CwCBfQsAzH0LANh9CwAhfgsAJ34LAHZ+CwB+fgsAy34LAPR+CwAgfwsAKH8LAHV/CwB/fwsAyn8LAM9/CwAfgAsAJ4ALAHSACwCNgAsAyYALANWACwAegQsAJoELABsoEgB/gQsAyIELAMuBCwAdggsAIoILAHKCCwB7ggsAx4ILAM2CCwAcgwsAK4MLAHGDCwB9gwsAxoMLANuDCwAbhAsAI4QLAHCECwB9hAsAaooLAImECwDFhAsAyoQLABqFCwAfhQsAb4ULAICFCwDEhQsAzIULABmGCwDQhQsAwocLADCGCwBuhgsAfIYLAMOGCwDehgsAGIcLACSHCwBthwsAeocLAHAoEgDEhwsAF4gLACSICwBsiAsAdIgLAMGICwDYiAsAFokLACSJCwBriQsAhokLAMCJCwDMiQsAFYoLACKKCwDFKBIAc4oLAL+KCwDQigsAFIsLACWLCwBpiwsAcYsLAL6LCwDViwsAE4wLACGMCwBojAsAg4wLAL2MCwDJjAsAEo0LAB+NCwAaKRIAe40LALyNCwC/jQsAEY4LAC6OCwBmjgsAd44LALuOCwDfjgsAEI8LABiPCwBvKRIAbo8LALqPCwC9jwsAD5ALABmQCwBkkAsAbJALALmQCwDSkAsADpELABqRCwBjkQsAa5ELAMQpEgDIkQsADZILABWSCwBikgsAbJILALeSCwDLkgsADJMLAA2TCwBhkwsAbZMLALaTCwC+kwsAGSoSAB+UCwBglAsAY5QLALWUCwDSlAsACpULABuVCwBflQsAbZULALSVCwDJlQsACZYLABGWCwBelgsAa5YLALCZCwB3lgsAs5YLALiWCwAIlwsADZcLAF2XCwBulwsAspcLALqXCwAHmAsAHpgLAFyYCwBqmAsAsZgLAMyYCwAGmQsAEpkLAFuZCwBomQsAbioSALmZCwAFmgsAFpoLAFqaCwBrmgsAr5oLALeaCwAEmwsAG5sLAFmbCwBnmwsArpsLAMmbCwADnAsAD5wLAFicCwBlnAsAwyoSAMGcCwACnQsABZ0LAFedCwB0nQsArJ0LAL2dCwABngsAD54LAFaeCwBrngsAq54LALOeCwAAnwsADZ8LAPqkCwAZnwsAVZ8LAFqfCwCqnwsAr58LAP+fCwAQoAsAVKALAFygCwCpoAsAYKALAFKiCwDAoAsA/qALAAyhCwBToQsAbqELAKihCwC0oQsA/aELAAqiCwAYKxIAVKILAKeiCwC0ogsA/KILAASjCwBRowsAaKMLAKajCwC0owsA+6MLABakCwBQpAsAXKQLAKWkCwCypAsAbSsSAAOlCwBPpQsAYKULAKSlCwC1pQsA+aULAAGmCwBOpgsAZaYLAKOmCwCxpgsA+KYLABOnCwBNpwsAWacLAKKnCwCvpwsAwisSAACoCwBMqAsAXagLAKGoCwCtqAsA9qgLAAOpCwBLqQsAUKkLAKCpCwCqqQsA9akLAAWqCwBKqgsAT6oLAJ+qCwCoqgsA9KoLAAGrCwBJqwsAUKsLAJ6rCwCqqwsA86sLAPmrCwBIrAsATqwLAJ2sCwCirAsA8qwLAPisCwAXLBIATK0LAJytCwCkrQsA8a0LAAeuCwBGrgsAS64LAJuuCwCirgsA8K4LAPmuCwBFrwsAVq8LAJqvCwCmrwsA768LAPevCwAWLRIARrALAJmwCwCvsAsA7rALAPqwCwBDsQsASrELAJixCwCgsQsAay0SAPKxCwBCsgsASbILAJeyCwCgsgsA7LILAP2yCwBBswsATbMLAJazCwCeswsAwC0SAO2zCwBAtAsAVrQLAJW0CwChtAsA6rQLAPG0CwA/tQsAR7ULABUuEgCZtQsA6bULAPC1CwA+tgsAR7YLAJO2CwCktgsA6LYLAPS2CwA9twsARbcLAGouEgCUtwsA57cLAPa3CwA8uAsAXLgLAJG4CwCTuAsA5rgLAP24CwA7uQsAR7kLAJC5CwCYuQsAFC8SAOq5CwA6ugsAPLoLAI+6CwCWugsA5LoLAOy6CwA5uwsAQrsLAI67CwCUuwsA47sLAPS7CwA4vAsAQLwLAL4vEgCZvAsA4rwLAOW8CwA3vQsAPL0LAIy9CwCdvQsA4b0LAPy9CwA2vgsAQr4LAIu+CwCTvgsAEzASAPa+CwA1vwsANr8LAIq/CwCPvwsA378LAOW/CwA0wAsAPsALAInACwCRwAsA3sALAPDACwBoMBIAQMELAIjBCwCSwQsA3cELAOPBCwAywgsARsILAIfCCwCPwgsA3MILAOzCCwAxwwsANsMLAIbDCwCMwwsA28MLAOPDCwAwxAsAMcQLAIXECwCHxAsA2sQLAOnECwAvxQsAT8ULAITFCwCGxQsA2cULAPDFCwAuxgsAOsYLAIPGCwCLxgsAvTASAODGCwAtxwsARscLAILHCwCLxwsA18cLAOHHCwAsyAsANMgLAIHICwCRyAsA1sgLANvICwAryQsANMkLAIDJCwCNyQsA1ckLANzJCwAqygsAMsoLAGcxEgCJygsA1MoLANzKCwApywsAN8sLAH7LCwCLywsA08sLANvLCwAozAsAKswLAH3MCwCFzAsA0swLANPMCwAnzQsAKc0LAHzNCwCLzQsA0c0LAPHNCwAmzgsAKM4LAHvOCwCSzgsA0M4LANzOCwAlzwsAP88LAHrPCwCmzwsAz88LANLPCwAk0AsAKdALAHnQCwCG0AsAvDESANDQCwAj0QsALdELAHjRCwCH0QsAzdELANjRCwAi0gsAMNILAHfSCwCE0gsAzNILAOPSCwAh0wsAKdMLAHbTCwB30wsAy9MLAM3TCwAg1AsAL9QLAHXUCwCV1AsAytQLAMzUCwAf1QsANtULAHTVCwCA1QsAydULANHVCwARMhIAI9YLAHPWCwB51gsAyNYLANDWCwAd1wsAPNcLAHLXCwB/1wsAx9cLAMjXCwAc2AsAMtgLAHHYCwCN2AsAZjISAMvYCwAb2QsAJdkLAHDZCwB42QsAxdkLAMbZCwAa2gsAx9kLABHjCwAg2gsAb9oLAHvaCwDE2gsA1NoLABnbCwAn2wsAbtsLAIHbCwDD2wsAz9sLABjcCwAf3AsAbdwLAHXcCwDC3AsAxtwLABfdCwAl3QsAbN0LAHbdCwDB3QsAzN0LABbeCwAe3gsAa94LAKPeCwDA3gsAyN4LABXfCwAa3wsAat8LAHDfCwC/3wsAx98LABTgCwAu4AsAaeALAKHgCwC+4AsAxuALABPhCwAY4QsAaOELAG7hCwC94QsAxeELABLiCwAs4gsAZ+ILAIHiCwC84gsA9OILALsyEgAZ4wsAZuMLAG3jCwC74wsAx+MLABDkCwAR5AsAZeQLAHHkCwC65AsAx+QLAA/lCwAW5QsAZOULAHDlCwC55QsAxuULAA7mCwAd5gsAY+YLAHfmCwAQMxIAuuYLAA3nCwDE5gsAM74OABDnCwDHKg4AGucLANbHDAAc5wsAYucLAILnCwC35wsAuecLAAzoCwAj6AsAYegLAG3oCwC26AsAvugLAGUzEgAN6QsAYOkLAG3pCwC16QsAvukLAArqCwAM6gsAX+oLAHDqCwC06gsAxeoLAAnrCwAd6wsAujMSAH7rCwCz6wsAtesLAAjsCwAf7AsAXewLAGnsCwCy7AsAuuwLAA80EgAJ7QsAXO0LAF/tCwCx7QsAue0LAAbuCwAT7gsAW+4LAGDuCwCw7gsAuu4LAAXvCwAN7wsAWu8LAHPvCwCv7wsAu+8LAATwCwAQ8AsAWfALAGbwCwCu8AsAtvALAAPxCwAT8QsAWPELAF3xCwCt8QsAtvELAALyCwAP8gsAV/ILAF7yCwCs8gsAtPILAGQ0EgAO8wsAVvMLAFnzCwCr8wsAtfMLAAD0CwAC9AsAVfQLAGb0CwCq9AsAu/QLAP/0CwAL9QsAVPULAFv1CwCp9QsAw/ULAP71CwAG9gsAU/YLAFT2CwD0/wsAXfYLAKj2CwCu9gsA/fYLABH3CwBS9wsAWvcLAKf3CwCx9wsA/PcLAAH4CwBR+AsAWfgLAKb4CwC0+AsA+/gLAAj5CwBQ+QsAU/kLAKX5CwCv+QsA+vkLAPz5CwBP+gsAYPoLAKT6CwC1+gsA+foLAAH7CwC5NBIAWPsLAKP7CwC/+wsA+PsLAAD8CwAONRIATvwLAKL8CwC4/AsA9/wLAP/8CwBM/QsAWv0LAKH9CwCu/QsA9v0LAPn9CwBL/gsAVf4LAKD+CwCi/gsA9f4LAAb/CwBK/wsAW/8LAJ//CwCn/wsAYzUSAAUADABJAAwAVQAMAJ4ADACgAAwA8wAMAPYADABIAQwAVAEMAJ0BDAClAQwAuDUSAPsBDABHAgwAVAIMAJwCDACkAgwA8QIMAAMDDABGAwwAUwMMAJsDDACcAwwA8AMMAAYEDABFBAwATQQMAJoEDACoBAwA7wQMAPwEDABEBQwARwUMAJkFDACjBQwA7gUMAPAFDABDBgwAVAYMAJgGDACpBgwA7QYMAPUGDAANNhIATwcMAJcHDAChBwwA7AcMAKQHDABi5Q0A+gcMAEEIDABXCAwAlggMAKIIDADrCAwA9wgMAEAJDABGCQwAlQkMAJsJDADqCQwA7wkMAD8KDABFCgwAYjYSAJkKDADpCgwA6woMAD4LDABFCwwAkwsMAJsLDADoCwwA6wsMAD0MDABGDAwAkgwMAKEMDADnDAwA8gwMADwNDABEDQwAkQ0MAKENDADmDQwA9A0MADsODABMDgwAkA4MAJwODADlDgwA7Q4MAGE3EgBYDwwAjw8MAJcPDAC2NxIA8A8MADkQDABPEAwAjhAMAJYQDADjEAwAAhEMAAs4EgA7EQwAq0gMAEURDACNEQwAkBEMAP+aEACVEQwA4hEMAJcRDADyqQ4A5BEMADcSDADsEQwAgB4MAPMRDACHFwwARBIMAIwSDACgEgwA4RIMAOkSDAA2EwwAOxMMAIsTDACbEwwA4BMMAOgTDAA1FAwAPxQMAIoUDACVFAwA3xQMAOsUDAA0FQwAPBUMAGA4EgCOFQwA3hUMAOcVDAAzFgwAORYMAIgWDACXFgwA3RYMAOkWDAAyFwwANRcMALU4EgCMFwwA3BcMAOsXDAAxGAwAMxgMAIYYDACXGAwA2xgMAOwYDAAwGQwARBkMAIUZDACNGQwA2hkMAOgZDAAvGgwAPBoMAIQaDACHGgwA2RoMAOMaDAAuGwwAMBsMAIMbDACUGwwA2BsMAOkbDAAtHAwAORwMAIIcDACJHAwA1xwMAN8cDAAsHQwAQx0MAIEdDACNHQwA1h0MAOwdDAArHgwALh4MAAo5EgCLHgwA1R4MAOEeDAAqHwwAMh8MAF85EgCLHwwA1B8MAOofDAApIAwALCAMAH4gDACGIAwA0yAMANUgDAAoIQwAQyEMAH0hDAB/IQwA0iEMAOAhDAAnIgwAOCIMAHwiDAB+IgwA0SIMAOoiDAAmIwwANyMMAHsjDACHIwwAtDkSANYjDAAlJAwAMyQMAHokDACVJAwAzyQMANskDAAkJQwAKiUMAHklDACBJQwAziUMAN4lDAAjJgwAKCYMAHgmDACBJgwAzSYMANomDAAiJwwAKScMAHcnDAB/JwwACToSANEnDAAhKAwAJygMAHYoDAB+KAwAyygMAPcoDAAgKQwAJykMAHUpDACOKQwAyikMANkpDAAfKgwAOyoMAF46EgB5KgwAySoMANMqDAAeKwwALisMAHMrDAB4KwwAyCsMANErDAAdLAwAKiwMAHIsDAB5LAwAxywMANMsDAAcLQwALy0MAHEtDACALQwAxi0MANItDAAbLgwAHC4MAHAuDAB6LgwAxS4MANMuDAAaLwwAHy8MAG8vDAB8LwwAszoSANUvDAAZMAwAGzAMAG4wDABxMAwAwzAMAMYwDAAYMQwAHzEMAG0xDAB5MQwAwjEMANIxDAAXMgwAJzIMAGwyDABxMgwAwTIMAMoyDAAWMwwAIzMMAGszDAByMwwAwDMMAMwzDAAVNAwAGzQMAGo0DABwNAwAvzQMAMQ0DAAUNQwAGjUMALI7EgBzNQwAvjUMAMw1DAATNgwAIzYMAGg2DABqNgwAvTYMAMw2DAASNwwAHDcMAGc3DABvNwwAsTwSAMI3DAAROAwAHTgMAAY9EgBrOAwAuzgMAMM4DAAQOQwAIDkMAGU5DABzOQwAujkMAMc5DAAPOgwAFjoMAGQ6DABsOgwAsD0SAMo6DAAOOwwAFTsMAGM7DABrOwwAuDsMAMU7DAANPAwAEjwMAGI8DABsPAwAtzwMAL88DAAMPQwAJT0MAGE9DABtPQwAtj0MAL49DAAFPhIAFz4MAGA+DABjPgwAtT4MALo+DAAKPwwAGz8MAF8/DAB6PwwAtD8MAMA/DAAJQAwAEEAMAF5ADAB6QAwAs0AMALtADABaPhIADUEMAF1BDABnQQwAskEMALpBDAAHQgwACUIMAN6+DQAXQgwAXEIMAGFCDACxQgwAukIMAAZDDAATQwwAW0MMAGJDDACvPhIAuUMMAAVEDAASRAwAWkQMAGlEDACvRAwAuUQMAARFDAASRQwAWUUMAF5FDACuRQwAu0UMAANGDAALRgwABD8SAGRGDACtRgwAukYMAAJHDAAFRwwAV0cMAGVHDACsRwwAsUcMAAFIDAAOSAwAVkgMAF5IDABZPxIAs0gMAABJDAAGSQwAVUkMAAdJDADE2QwAYUkMAKpJDADHSQwA/0kMAAhKDABUSgwAYkoMAKlKDACvSgwA/koMAApLDABTSwwAWksMAK4/EgCpSwwA5bgMALRLDAD9SwwAuEsMAJO1DAAQTAwAUkwMAFxMDACnTAwAs0wMAPxMDAAJTQwAUU0MAFRNDACmTQwAtE0MAPtNDAAATgwAUE4MAF1ODAClTgwArU4MAANAEgAATwwAT08MAF1PDACkTwwAv08MAPlPDAAFUAwATlAMAFRQDACtQBIAxlAMAAJBEgD9UAwATVEMAFpRDACiUQwAr1EMAPdRDAADUgwATFIMAFtSDAChUgwAq1IMAPZSDAAEUwwAS1MMAFBTDACgUwwArVMMAPVTDAARVAwASlQMAFJUDABXQRIApFQMAPRUDAD6VAwASVUMAFFVDACeVQwAn1UMAPNVDAD6VQwASFYMAE1WDACdVgwApVYMAPJWDAAAVwwAR1cMAEpXDACcVwwApFcMAPFXDAD+VwwARlgMAEtYDACbWAwApVgMAPBYDAD4WAwARVkMAFZZDACaWQwAn1kMAO9ZDADxWQwARFoMAEtaDACZWgwApVoMAO5aDAD1WgwArEESAE9bDACYWwwAtVsMAO1bDAD2WwwAQlwMAFBcDACXXAwAnVwMAOxcDAD4XAwAQV0MAEhdDACWXQwAnl0MAOtdDAABXgwAQF4MAEVeDACVXgwAnF4MAOpeDADzXgwAP18MAFBfDACUXwwAoF8MAOlfDADxXwwAVkISAERgDACTYAwAmGAMAOhgDAADYQwAPWEMAEthDACSYQwAmWEMAOdhDADzYQwAPGIMAD9iDACRYgwAmWIMAOZiDADnYgwAO2MMAD1jDACQYwwAn2MMAOVjDAAFZAwAOmQMADxkDACPZAwApmQMAORkDADwZAwAOWUMAEFlDACrQhIAk2UMAONlDADrZQwAOGYMAEhmDACNZgwAm2YMAOJmDADzZgwAN2cMAENnDACMZwwAj2cMAOFnDADpZwwANmgMAERoDACLaAwAmGgMAOBoDADoaAwANWkMAG1pDAAAQxIAi2kMAN9pDADraQwANGoMAENqDACJagwAkWoMAFVDEgDgagwAM2sMAEFrDACIawwAmWsMAKpDEgDkawwA/0MSADpsDACpRBIAiGwMAGuIDACKbAwA03UMAItsDAAwbgwAjWwMACZ4DACObAwAgXIMAJBsDABpigwAk2wMANxsDACUbAwAg3AMAJZsDAB2fQwA4mwMADFtDAA3bQwAhm0MAIttDADbbQwA4W0MAP5EEgAybgwAhW4MAItuDADabgwA524MAP1FEgA8bwwAhG8MAJtvDADZbwwA9W8MAC5wDAA2cAwAUkYSAIhwDADYcAwA4nAMAC1xDAA7cQwAgnEMAJFxDADXcQwA43EMAKdGEgA0cgwA/EYSAI1yDADWcgwA13IMACtzDAAxcwwAgHMMAIxzDADVcwwA5HMMACp0DAAsdAwAf3QMAIl0DADUdAwA4HQMACl1DAAwdQwAUUcSAIZ1DACmRxIA3XUMACh2DAAudgwAfXYMAIt2DADSdgwA4XYMACd3DAAxdwwAfHcMAJh3DADRdwwA2XcMAPtHEgAyeAwAe3gMAIp4DADQeAwA1XgMACV5DABAeQwAenkMAIZ5DADPeQwA1XkMACR6DAAmegwAeXoMAJJ6DADOegwA33oMACN7DAAvewwAeHsMAJB7DADNewwA2XsMACJ8DAAofAwAd3wMAH18DADMfAwA0XwMACF9DAAnfQwAUEgSAHt9DADLfQwA0X0MACB+DADhfQwAxoIMACx+DAB1fgwAjX4MAMp+DADOfgwAc4AMANZ+DAAffwwAJX8MAHR/DAB6fwwAyX8MAM5/DAAegAwAJIAMAE9JEgB1gAwAyIAMAM6ADAAdgQwAKoEMAE5KEgB/gQwAx4EMAN6BDAAcggwAOIIMAHGCDAB5ggwAo0oSAMeCDAAbgwwAKYMMAHCDDACBgwwAxYMMANGDDAAahAwAMoQMAG+EDABzhAwAGIYMAHuEDADEhAwAyoQMABmFDAAfhQwAboUMAHOFDADDhQwAyYUMAPhKEgAahgwAbYYMAHOGDADChgwAz4YMAPdLEgAkhwwAbIcMAIOHDADBhwwA3YcMABaIDAAeiAwATEwSAG2IDADAiAwAxogMABWJDAAYiQwAaokMAHaJDAC/iQwA24kMABSKDAAcigwAoUwSAGyKDAC+igwAyooMABOLDAAZiwwAaIsMAICLDAC9iwwAwYsMAGaNDADEiwwAt5EMAMmLDAASjAwAyosMALmPDAAYjAwAZ4wMAG2MDAC8jAwAwYwMABGNDAAXjQwA9kwSAGiNDAC7jQwAwY0MABCODAAdjgwA9U0SAHKODAC6jgwA0Y4MAA+PDAArjwwAZI8MAGyPDABKThIAvo8MAA6QDAAYkAwAY5AMAHGQDAC4kAwAx5AMAA2RDAAZkQwAn04SAGqRDAD0ThIAw5EMAAySDAANkgwAYZIMAGeSDAC2kgwAwpIMAAuTDAAakwwAYJMMAGKTDAC1kwwAv5MMAAqUDAAWlAwAX5QMAGaUDABJTxIAvJQMAJ5PEgATlQwAXpUMAGqVDACzlQwAyZUMAAiWDAAUlgwAXZYMAHCWDACylgwAwJYMAAeXDAARlwwA808SAGSXDABIUBIAx5cMAAaYDAASmAwAW5gMAGiYDACwmAwAupgMAAWZDAAHmQwAWpkMAGSZDACvmQwAvZkMAASaDAAJmgwAWZoMAGaaDACumgwAtpoMAAObDAATmwwAWJsMAFqbDACtmwwAtpsMAAKcDAATnAwAV5wMAGGcDACdUBIAuJwMAAGdDAAYnQwAVp0MAHGdDADyUBIAxJ0MAACeDAAGngwAVZ4MAF+eDABHURIArJ4MAP+eDAAQnwwAVJ8MAFyfDACpnwwAcJ8MAIHHDAC1nwwA/p8MAASgDABToAwAWaAMAKigDACtoAwA/aAMAAOhDACcURIAbqEMAKehDACvoQwAm1ISAAqiDABRogwAYqIMAKaiDAC3ogwA+6IMAAejDABQowwAV6MMAPBSEgC2owwA+qMMAAukDABPpAwAW6QMAKSkDACrpAwARVMSAPukDABOpQwAT6UMAKOlDACrpQwA+KUMAP2lDABNpgwAVqYMAKKmDACspgwA96YMAP+mDABMpwwAUacMAKGnDACxpwwA9qcMAP6nDABLqAwAYagMAKCoDACsqAwA9agMAAupDABKqQwAT6kMAJ+pDAClqQwA9KkMAAiqDACaUxIAX6oMAJ6qDACsqgwA86oMAACrDABIqwwASqsMAJ2rDACnqwwA8qsMAP6rDABHrAwATqwMAJysDACkrAwA8awMAAqtDABGrQwAWq0MAJutDACjrQwA8K0MAPKtDABFrgwAUq4MAJquDACfrgwA764MAPmuDABErwwAT68MAJmvDAClrwwA7q8MAPSvDABDsAwAS7AMAJiwDACZsAwA7bAMAPOwDABCsQwAR7EMAJexDACmsQwA7LEMAPixDABBsgwARLIMAJayDACZsgwA71MSAPCyDABAswwAXLMMAERUEgC1swwA6rMMAPKzDACZVBIARbQMAJS0DACgtAwA7lQSAO+0DAA+tQwASrUMAEFXEgCVtQwA6LUMAPK1DAA9tgwAP7YMAJK2DACjtgwA57YMAO+2DAA8twwASLcMAJG3DACXtwwA5rcMAOy3DAA7uAwAQLgMAJC4DACWuAwAllcSAOe4DAA6uQwAQLkMAI+5DACSuQwA5LkMAPC5DAA5ugwAQboMAJVYEgCUugwA47oMAOm6DAA4uwwAPbsMAI27DACTuwwA6lgSAOS7DAA3vAwAQLwMAIy8DACjvAwA4bwMAOy8DAA2vQwAQL0MAIu9DACTvQwA6VkSAO29DAA1vgwAPb4MAIq+DACUvgwA374MAOq+DAA0vwwAOr8MAIm/DACVvwwA3r8MAOC/DAAzwAwAOsAMAIjADACQwAwA3cAMAO/ADAA+WhIAccEMAIfBDACPwQwA3MEMAP/BDAA9WxIAM8IMAIbCDACTwgwA28IMAOLCDAAwwwwAQcMMAIXDDACRwwwA2sMMAOHDDAAvxAwAMMQMALnkDAA3xAwAklsSAJfEDADZxAwA6MQMAC7FDAA6xQwAg8UMAITFDADYxQwA4sUMAC3GDAA7xgwAgsYMAIfGDADXxgwA5MYMAOdbEgA0xwwAPFwSAInHDACRXBIA5McMACvIDAA6yAwAgMgMAKDIDADVyAwA4cgMACrJDAAxyQwAf8kMAIfJDADUyQwA1skMACnKDAAzygwAkF0SAIjKDADTygwA28oMAOVdEgAyywwAfcsMAIXLDAA6XhIAEswMACfMDAAvzAwAfMwMAJrMDACPXhIA1swMAJWyDQDfzAwAJs0MAC3NDABKpw4ANs0MAHvNDACLzQwA0M0MANzNDAAlzgwAK84MAHrODACWzgwAz84MANfODADkXhIAOM8MAHnPDACDzwwAzs8MANrPDAAj0AwAK9AMADlfEgCD0AwAzdAMAM/QDAAi0QwAKNEMAHfRDAB/0QwAjl8SAM7RDAAh0gwAJNIMAHbSDAB+0gwAy9IMANvSDAAg0wwAItMMAHXTDACD0wwAytMMANvTDADjXxIAJtQMADhgEgB61AwAydQMAM7UDAAe1QwAJNUMAI1gEgB91QwAyNUMAMrVDAAd1gwAMNYMAHLWDAB61gwAx9YMANPWDAAc1wwAItcMAHHXDAB31wwAxtcMAMvXDAAb2AwAIdgMAIxhEgB52AwAxdgMANLYDAAa2QwAIdkMAG/ZDAB32QwA4WESANDZDAAZ2gwAI9oMAG7aDAB62gwAw9oMANLaDAAY2wwAItsMAG3bDAB52wwAwtsMAMnbDAA2YhIAGtwMAHJ+DwAd3AwAbNwMACbcDAAEmA4AKNwMAOK6DQB43AwAwdwMAMncDACLYhIAIt0MAGvdDAB13QwAwN0MAMzdDAAV3gwAJN4MAGreDAB03gwAv94MAMveDAAU3wwAG98MAOBiEgB33wwAvt8MAInfDABpiA4A1d8MABPgDAAg4AwAaOAMAGrgDAC94AwAzuAMABLhDAAu4QwAZ+EMAG/hDAA1YxIA1eEMABHiDAAl4gwAZuIMAG7iDAC74gwAvuIMABDjDAAe4wwAZeMMAHzjDAC64wwAx+MMAA/kDAAR5AwAZOQMAHXkDACKYxIAv+QMAA7lDAAT5QwAY+UMAHnlDAC45QwAxuUMAA3mDAAQ5gwAYuYMAG7mDAC35gwAveYMAAznDAAY5wwAYecMAI3nDAC25wwAwucMAAvoDAAa6AwAYOgMAGroDAC16AwAw+gMAArpDAAP6QwAX+kMAGzpDADfYxIAtukMAAnqDAAX6gwAXuoMAGvqDACz6gwAxeoMADRkEgAX6wwAXesMAGnrDACy6wwAy+sMAAfsDAAJ7AwAXOwMAGvsDACx7AwA0ewMAAbtDAAO7QwAW+0MAH7tDACJZBIAte0MAAXuDAAI7gwAWu4MAGTuDACv7gwAt+4MAATvDAAK7wwAWe8MAGXvDACu7wwAve8MAAPwDAAP8AwAWPAMAGXwDACt8AwAt/AMAALxDAAK8QwAV/EMAGbxDACs8QwArvEMAAHyDAAS8gwAVvIMAGfyDACr8gwAs/IMAADzDAAR8wwAVfMMAFfzDACq8wwArfMMAP/zDAAJ9AwAVPQMAHj0DACp9AwAxfQMAN5kEgAE9QwAU/UMAFj1DACo9QwAt/UMAP31DAAJ9gwAUvYMAFX2DACn9gwAqvYMAPz2DAAE9wwAUfcMAGD3DACm9wwAq/cMAPv3DAAR+AwAUPgMAFH4DACl+AwAtvgMAPr4DAAG+QwAT/kMAFn5DACk+QwAsPkMAPn5DAAA+gwAM2USAFL6DACj+gwAsfoMAPj6DAAC+wwATfsMAFj7DACi+wwAqvsMAPf7DAAD/AwATPwMAF/8DACh/AwAr/wMAPb8DAAA/QwAS/0MAFP9DACg/QwAr/0MAPX9DAD6/QwASv4MAFH+DACf/gwAq/4MAIhlEgAA/wwASf8MAEz/DACe/wwAof8MAPP/DAANAA0ASAANAFQADQCdAA0AsAANAPIADQAAAQ0ARwENAFEBDQCcAQ0AvwENAN1lEgD7AQ0ARgINAFICDQCbAg0AogINAPACDQD4Ag0ARQMNAEkDDQCaAw0AqAMNAO8DDQD5Aw0ARAQNAE8EDQCZBA0AoQQNAO4EDQD9BA0AQwUNAEgFDQCYBQ0AnwUNAO0FDQD5BQ0AQgYNAEoGDQAyZhIArQYNAJVbDwCwBg0A7AYNAPYGDQBBBw0ATQcNAJYHDQCZBw0A6wcNAPUHDQBACA0AQwgNAJUIDQClCA0A6ggNAOwIDQA/CQ0ATQkNAJQJDQClCQ0Ah2YSAPAJDQDcZhIAVwoNAJMKDQCdCg0A6AoNAPQKDQA9Cw0AQAsNAJILDQCcCw0AMWcSAOwLDQA8DA0AXAwNAJEMDQCZDA0AhmcSAPQMDQA7DQ0AUQ0NAJANDQCcDQ0A5Q0NAOwNDQA6Dg0AQg4NAI8ODQCUDg0A5A4NAO0ODQA5Dw0AQw8NAI4PDQCWDw0A4w8NAPEPDQA4EA0ARRANAI0QDQCVEA0A22cSAPIQDQA3EQ0APxENADBoEgCTEQ0A4RENAO0RDQA2Eg0APRINAIsSDQCTEg0A4BINAOoSDQA1Ew0AQxMNAIoTDQCgEw0A3xMNAOsTDQA0FA0AORQNAIkUDQCSFA0A3hQNAOgUDQAzFQ0AOxUNAIgVDQCNFQ0A3RUNAO0VDQAyFg0AOhYNAIVoEgCRFg0A3BYNAN8WDQAvGA4A5BYNANpoEgA/Fw0AhhcNAJwXDQDbFw0A5xcNADAYDQA3GA0AhRgNAI0YDQDaGA0A3xgNAC8ZDQA4GQ0AhBkNAI4ZDQDZGQ0A4RkNAC4aDQAwGg0AzSUNADwaDQCDGg0AkBoNANgaDQDgGg0AL2kSADkbDQCCGw0AhRsNANcbDQDhGw0AhGkSADocDQCBHA0AlxwNANYcDQDiHA0AKx0NADIdDQCAHQ0AiB0NANUdDQDaHQ0AKh4NADMeDQB/Hg0AiR4NANQeDQDcHg0AKR8NACsfDQB+Hw0Ajh8NANMfDQDdHw0AKCANADQgDQB9IA0AgyANAC5qEgDgIA0AJyENAD0hDQB8IQ0AiCENANEhDQDWIQ0AJiINAC8iDQB7Ig0AhSINANAiDQDYIg0AJSMNAEcjDQCDahIAiSMNAM8jDQDbIw0AJCQNACUkDQB5JA0AgyQNAM4kDQDcJA0AIyUNACglDQB4JQ0AhSUNANhqEgDdJQ0AIiYNACwmDQB3Jg0AgyYNAMwmDQDSJg0AIScNACknDQDXaxIAeycNAMsnDQDTJw0AICgNACwoDQAWMg0AOSgNAHUoDQCBKA0AyigNANIoDQAsbBIALCkNAHQpDQB8KQ0AySkNANcpDQAeKg0AKyoNAHMqDQB2Kg0AyCoNANIqDQAdKw0AHysNAHIrDQB/Kw0AxysNANYrDQAcLA0AKCwNAHEsDQB5LA0AgWwSANYsDQAbLQ0AIy0NAHAtDQB8LQ0AxS0NAMstDQAaLg0AIC4NAG8uDQB0Lg0AxC4NAMouDQDWbBIAJi8NAG4vDQBzLw0Awy8NAM0vDQAYMA0AIDANAG0wDQB5MA0AwjANANUwDQAXMQ0AJTENAGwxDQBvMQ0AwTENAMsxDQArbRIAKTINAGsyDQB5Mg0AwDINAMMyDQAVMw0AHzMNAIBtEgBvMw0AvzMNAHgzDQBLUg0AxzMNABQ0DQAgNA0AaTQNAG80DQC+NA0AfDQNAPhPDQDENA0AEzUNABg1DQBoNQ0AbjUNANVtEgDDNQ0AEjYNABc2DQBnNg0AbTYNACpuEgDKNg0AETcNACw3DQBmNw0AcjcNALs3DQDCNw0Af24SABk4DQBlOA0AcjgNALo4DQDGOA0ADzkNACI5DQBkOQ0AZTkNALk5DQDFOQ0ADjoNAB06DQBjOg0AbToNALg6DQDEOg0ADTsNABQ7DQDUbhIAaDsNALc7DQC9Ow0ADDwNABE8DQBhPA0AZzwNAH5vEgC/PA0ACz0NABg9DQBgPQ0AZD0NALU9DQC3PQ0ACj4NABc+DQBfPg0AaT4NANNvEgC7Pg0ACT8NABE/DQBePw0Aaj8NALM/DQDGPw0ACEANABdADQBdQA0AaUANALJADQCzQA0AB0ENABFBDQBcQQ0AakENALFBDQC2QQ0ABkINABNCDQAocBIAZ0INALBCDQC2Qg0ABUMNAAtDDQBaQw0AX0MNAK9DDQC1Qw0AfXASAAlEDQBZRA0AY0QNACdxEgC2RA0AA0UNABBFDQBYRQ0AXUUNAK1FDQC3RQ0AAkYNAApGDQBXRg0AY0YNAKxGDQC/Rg0AAUcNAAJHDQBWRw0AYkcNAKtHDQC6Rw0AAEgNAApIDQBVSA0AXUgNAKpIDQCsSA0AfHESAAhJDQBUSQ0AY0kNAKlJDQC4SQ0A/kkNAApKDQBTSg0AVkoNAKhKDQCrSg0A0XESAP9KDQBSSw0AVUsNAKdLDQCvSw0A/EsNAAlMDQBRTA0AVkwNAKZMDQCwTA0A+0wNAANNDQBQTQ0AXE0NAKVNDQC4TQ0A+k0NAPtNDQBPTg0AW04NAKRODQCzTg0A+U4NAANPDQBOTw0AWk8NAKNPDQCqTw0AJnISAAdQDQBNUA0AWVANAKJQDQCjUA0A91ANAAFRDQBMUQ0AWlENAKFRDQCmUQ0A9lENAANSDQB7chIAXFINANByEgCtUg0A9VINAANTDQBKUw0AW1MNAJ9TDQDBUw0AJXMSAPlTDQBJVA0A+lMNAL2KDQBRVA0AnlQNAJ9UDQDvWA0AoVQNAO5ZDQCjVA0A8FcNAKRUDQBCWw0ApVQNAPFWDQCtVA0A81QNALdUDQA/Xg0A+FQNAEhVDQBVVQ0AnVUNAKpVDQDyVQ0A/lUNAEdWDQBWVg0AnFYNAKZWDQB6cxIA/1YNAEZXDQBIVw0Am1cNAKxXDQDPcxIA8VcNAEVYDQBRWA0AmlgNAKdYDQAkdBIA/VgNAERZDQBRWQ0AmVkNALBZDQB5dBIA91kNAJZcDQD4WQ0AQ1oNAEVaDQCYWg0AnloNAO1aDQD3Wg0AznQSAE5bDQCXWw0AmVsNAOxbDQD7Ww0AQVwNAExcDQAjdRIApVwNAOtcDQD6XA0AQF0NAExdDQCVXQ0AoV0NAOpdDQDxXQ0AeHUSAEteDQCUXg0AnF4NAM11EgACXw0APl8NAE9fDQCTXw0An18NACJ2EgDvXw0APWANAEVgDQCSYA0Ak2ANAOdgDQDtYA0APGENAEFhDQCRYQ0AkmENAOZhDQDyYQ0AO2INAEFiDQCQYg0AmmINAOViDQDzYg0ANWgNAPliDQA6Yw0AQmMNAHd2EgCfYw0A5GMNAOxjDQA5ZA0AQmQNAI5kDQBGZA0ANmcNAJtkDQDjZA0A6mQNADhlDQBEZQ0AjWUNAJ1lDQDiZQ0A8GUNADdmDQBEZg0AjGYNAJhmDQDhZg0A6GYNAMx2EgA/Zw0Ai2cNAJxnDQDgZw0A8WcNACF3EgBBaA0AimgNAI1oDQDfaA0A52gNADRpDQA5aQ0AiWkNAJlpDQDeaQ0A5mkNADNqDQA8ag0AiGoNAEBqDQAwbQ0AlWoNAN1qDQDkag0AMmsNAD5rDQCHaw0Al2sNANxrDQDqaw0AMWwNAD5sDQCGbA0AkmwNANtsDQDibA0AdncSADltDQCFbQ0Alm0NANptDQDrbQ0Ay3cSADRuDQCEbg0AkW4NANluDQDlbg0ALm8NADhvDQCDbw0Al28NANhvDQDZbw0ALXANADlwDQCCcA0AoXANANdwDQDfcA0ALHENADFxDQCBcQ0AmnENANZxDQACcg0AK3INADdyDQCAcg0Aj3INANVyDQDfcg0AKnMNADJzDQB/cw0AinMNANRzDQDWcw0AKXQNACx0DQB+dA0AhnQNANN0DQDgdA0AKHUNAC11DQB9dQ0AhXUNANJ1DQDUdQ0AJ3YNADF2DQB8dg0AhnYNANF2DQDXdg0AJncNADR3DQB7dw0AlHcNANB3DQDZdw0AJXgNAC94DQB6eA0AhngNACB4EgDbeA0AJHkNAC55DQB5eQ0AhHkNAM55DQDTeQ0AI3oNACp6DQB4eg0AgHoNAM16DQD6eg0AdXgSACl7DQB3ew0Af3sNAMx7DQD5ew0AIXwNACZ8DQB2fA0Ad3wNAMt8DQDVfA0AIH0NAC59DQB1fQ0Aen0NAMp9DQDXfQ0AH34NADt+DQB0fg0AkH4NAMp4EgDWfg0AHn8NACJ/DQBzfw0AeX8NAMh/DQDKfw0AHYANAB6ADQBygA0AlYANAMeADQDrgA0AHIENAEmBDQBxgQ0AeYENAMaBDQDLgQ0AG4INACiCDQBwgg0AeIINAMWCDQDHgg0AGoMNACKDDQBvgw0AnIMNAMSDDQDRgw0AGYQNAB6EDQBuhA0Ae4QNAMOEDQDPhA0AGIUNAEWFDQBthQ0AdYUNAMKFDQDdhQ0AF4YNABmGDQBshg0AfYYNAMGGDQDKhg0AFocNACKHDQAfeRIAeIcNAMCHDQDbhw0AFYgNABqIDQBqiA0AiogNAL+IDQDLiA0AFIkNAByJDQB0eRIAd4kNAL6JDQDIiQ0AE4oNAB6KDQBoig0AcIoNAB56EgDGig0AEosNAByLDQBniw0AcosNALyLDQDQiw0AEYwNACaMDQBmjA0AbowNALuMDQDSjA0AEI0NABWNDQBljQ0Ab40NALqNDQDCjQ0Ac3oSABGODQBkjg0AdY4NALmODQC8jg0ADo8NABqPDQDIehIAcY8NALiPDQDJjw0AHXsSABCQDQBikA0AZZANALeQDQDDkA0ADJENABKRDQBhkQ0Aa5ENAHJ7EgDDkQ0AC5INACKSDQBgkg0AaJINAMd7EgC7kg0ACpMNABCTDQBfkw0Ad5MNALSTDQC2kw0ACZQNAAyUDQBelA0AYZQNALOUDQC/lA0ACJUNAA6VDQBdlQ0AZ5UNAHF8EgC3lQ0AB5YNABSWDQDGfBIAbJYNALGWDQC9lg0ABpcNAAyXDQBblw0AZ5cNALCXDQBplw0AqUYQAL2XDQAFmA0AFJgNAFqYDQBmmA0Ar5gNALeYDQAbfRIADJkNAFmZDQBbmQ0ArpkNAL2ZDQADmg0ADZoNAFiaDQBhmg0ArZoNAK+aDQACmw0AE5sNAFebDQBsmw0ArJsNALSbDQABnA0AQpwNAFacDQBenA0Aq5wNALecDQAAnQ0AE50NAFWdDQBWnQ0Aqp0NALadDQD/nQ0ADp4NAFSeDQBeng0AqZ4NALWeDQD+ng0ABZ8NAMV9EgBvnw0AGn4SAKufDQD9nw0ABaANAFKgDQBfoA0Ap6ANAKygDQD8oA0ABqENAFGhDQBZoQ0ApqENALChDQD3pQ0AtqENAPWnDQDToQ0A+6ENAAWiDQBQog0AC6INAPmjDQBWog0ApaINAK6iDQD6og0ABqMNAE+jDQB8ow0ApKMNAMCjDQDEfhIA+6MNAE6kDQBfpA0Ao6QNAKakDQD4pA0ABKUNAE2lDQB6pQ0AoqUNAL6lDQAZfxIA/aUNAEymDQBVpg0AoaYNAKumDQD2pg0AAacNAEunDQBfpw0AoKcNALynDQBufxIA96cNAEqoDQBbqA0An6gNAKKoDQD0qA0ACKkNAEmpDQBlqQ0Aw38SAKapDQAYgBIA+6kNAG2AEgBUqg0AnaoNAKOqDQDyqg0A+KoNAEerDQBMqw0AnKsNAKKrDQDCgBIA+6sNAEasDQBOrA0AbIESAKGsDQDwrA0A+KwNAEWtDQBSrQ0Amq0NAKatDQDvrQ0A8a0NAESuDQBKrg0Ama4NAKGuDQDBgRIA+64NAEOvDQBKrw0AmK8NAKCvDQDtrw0A8q8NAEKwDQBSsA0Al7ANAJ+wDQDssA0A+rANAEGxDQBOsQ0AlrENAJexDQDrsQ0A9LENAECyDQBKsg0AFoISAKGyDQDqsg0A7bINAD+zDQBHsw0AlLMNAKGzDQDpsw0A7rMNAD60DQBItA0Ak7QNAJu0DQDotA0A9LQNAD21DQBQtQ0AkrUNAKC1DQDntQ0A6rUNADy2DQBGtg0Aa4ISAJa2DQDmtg0A8rYNADu3DQA+tw0AkLcNAJi3DQDltw0A8rcNADq4DQA/uA0Aj7gNAJm4DQDkuA0A7LgNADm5DQBFuQ0AjrkNAKG5DQDjuQ0A8bkNADi6DQA7ug0AjboNAJe6DQDAghIA6LoNADe7DQBDuw0AjLsNAI67DQDhuw0A6LsNADa8DQBKvA0Ai7wNAJO8DQDgvA0A7LwNADW9DQBIvQ0Air0NAJi9DQDfvQ0A4r0NADS+DQA+vg0Aib4NAIy+DQAVgxIA+b4NADO/DQA1vw0AiL8NAJa/DQDdvw0A7r8NADLADQA0wA0Ah8ANAKDADQDcwA0A7cANADHBDQA9wQ0AaoMSAI/BDQDbwQ0A6MENADDCDQA6wg0AhcINAJPCDQDawg0A8MINAC/DDQA7ww0AhMMNAJDDDQDZww0A7MMNAC7EDQA9xA0Ag8QNAI/EDQDYxA0A2cQNAC3FDQA3xQ0AgsUNAJDFDQDXxQ0A3MUNACzGDQA5xg0Av4MSAI/GDQDWxg0A7MYNACvHDQA3xw0AgMcNAIfHDQDVxw0A3ccNACrIDQAvyA0Af8gNAIjIDQDUyA0A3sgNACnJDQAxyQ0AfskNAILJDQDTyQ0A1ckNACjKDQA2yg0AfcoNAIfKDQDSyg0A4MoNACfLDQA0yw0AfMsNAJPLDQDRyw0A2csNACbMDQA2zA0Ae8wNAIDMDQDQzA0A1swNACXNDQAtzQ0Aes0NAH/NDQDPzQ0A0M0NACTODQAwzg0Aec4NAH/ODQDOzg0A0M4NACPPDQAtzw0AeM8NAIbPDQDNzw0A0s8NACLQDQAv0A0AvoQSAH3QDQDM0A0A0dANACHRDQAn0Q0AE4USAHvRDQDL0Q0A2NENACDSDQAt0g0AddINAIHSDQDK0g0A2dINAB/TDQAp0w0AdNMNAILTDQDJ0w0AztMNAB7UDQAr1A0Ac9QNAHvUDQAShhIA1NQNAB3VDQAt1Q0ActUNAHvVDQDH1Q0AytUNABzWDQAo1g0AcdYNAHjWDQBnhhIAy9YNABvXDQAo1w0AcNcNAH3XDQDF1w0A0dcNABrYDQAp2A0Ab9gNAHnYDQDE2A0A0tgNABnZDQAe2Q0AbtkNAHvZDQDD2Q0Ay9kNALyGEgAk2g0AbdoNAH3aDQDC2g0Ay9oNABfbDQAa2w0AbNsNAHjbDQDB2w0AyNsNABGHEgAb3A0Aa9wNAHTcDQCl9BAAeNwNAMDcDQDN3A0AFd0NACHdDQBq3Q0Aed0NAL/dDQDJ3Q0AFN4NACLeDQBp3g0Abt4NAL7eDQDL3g0AE98NABvfDQBmhxIAdN8NAL3fDQDN3w0AEuANABvgDQBn4A0AauANALzgDQDI4A0AEeENABjhDQC7hxIAfeENALvhDQDB4Q0AEOINABziDQBl4g0AfOINALriDQC84g0AD+MNABnjDQBk4w0AcOMNALnjDQDF4w0ADuQNABTkDQBj5A0AaeQNALjkDQC95A0ADeUNABPlDQAQiBIAcOUNALflDQDE5Q0ADOYNACPmDQBh5g0AaeYNALbmDQC55g0AC+cNABfnDQBg5w0AcecNALXnDQDB5w0ACugNABnoDQBf6A0AaegNALToDQDA6A0ACekNABDpDQBe6Q0AZukNALPpDQC96Q0ACOoNABTqDQBd6g0AYOoNALLqDQC86g0AZYgSACHrDQC6iBIAZusNALHrDQCz6w0ABuwNAAzsDQBb7A0AZewNALDsDQC47A0AZIkSAAjtDQAmHxAAEO0NAFrtDQBb7Q0Ar+0NALntDQAE7g0AL+4NALmJEgBf7g0Aru4NALruDQAD7w0ABe8NAFjvDQBb7w0Are8NALLvDQAC8A0AD/ANAFfwDQBz8A0ArPANALTwDQAOihIADvENAFbxDQBx8Q0Aq/ENAK3xDQAA8g0AEfINAFXyDQBj8g0AqvINALHyDQD/8g0AB/MNAFTzDQBZ8w0AqfMNALLzDQD+8w0ACPQNAFP0DQBU9A0AqPQNALH0DQD99A0AB/UNAFL1DQBa9Q0Ap/UNALf1DQD89Q0AAvYNAFH2DQBW9g0ApvYNALz2DQD79g0AA/cNAFD3DQBT9w0ApfcNAF/3DQD5+A0AxfcNAPr3DQAI+A0AT/gNAFD4DQBjihIAtPgNALiKEgAK+Q0ATvkNAFr5DQCj+Q0ApfkNAPj5DQAF+g0ADYsSAFD6DQCi+g0ArPoNAGKLEgAA+w0ATPsNAGL7DQCh+w0At/sNAPb7DQD4+w0AS/wNAFH8DQCg/A0AtPwNAAyMEgD7/A0ASv0NAGr9DQCf/Q0Aq/0NAPT9DQD7/Q0ASf4NAFH+DQCe/g0AqP4NAPP+DQD//g0ASP8NAEv/DQCd/w0Ap/8NAGGMEgD7/w0ARwAOAF0ADgCcAA4AsgAOAPEADgDzAA4ARgEOAEwBDgCbAQ4ArwEOAAuNEgD9AQ4AYI0SAEwCDgCaAg4AogIOAO8CDgD5Ag4ARAMOAFADDgCZAw4AnAMOAO4DDgD4Aw4AtY0SAEwEDgCYBA4ArgQOAO0EDgADBQ4AQgUOAEQFDgCXBQ4AnQUOAOwFDgAABg4AX44SAEMGDgCWBg4AUQYOAKZJEAC2Bg4A6wYOAPcGDgBABw4ARwcOAJUHDgCdBw4A6gcOAPQHDgA/CA4ASwgOAJQIDgCXCA4A6QgOAPMIDgC0jhIARwkOAJMJDgCpCQ4A6AkOAP4JDgA9Cg4APwoOAJIKDgCYCg4A5woOAPsKDgBejxIAPgsOAJELDgCfCw4A5gsOAPcLDgCzjxIAQgwOAAiQEgCcDA4A5QwOAOgMDgA6DQ4ARA0OALKQEgCYDQ4A5A0OAPoNDgA5Dg4ATw4OAI4ODgCQDg4A4w4OAOkODgA4Dw4ATA8OAFyREgCZDw4A4g8OAOQPDgA3EA4AVxAOAIwQDgCUEA4A4RAOAOsQDgA2EQ4AQhEOAIsRDgCOEQ4A4BEOAOoRDgCxkRIAPhIOAIoSDgCgEg4A3xIOAPUSDgA0Ew4ANhMOAIkTDgCPEw4A3hMOAPITDgBbkhIANxQOAIgUDgCQFA4A3RQOAOcUDgAyFQ4APhUOAIcVDgCKFQ4A3BUOAOYVDgCwkhIAOhYOAIYWDgCcFg4A2xYOAPEWDgAwFw4AMhcOAIUXDgCLFw4A2hcOAO4XDgBakxIANxgOAIQYDgBLGA4A/+0SAIoYDgDDLQ8AlBgOANkYDgCVGA4AtZAPAJ0YDgAMjw8A2xgOAC4ZDgA8GQ4AgxkOAJQZDgCvkxIA3xkOAASUEgA2Gg4A5AwPADkaDgCCGg4AhRoOANcaDgDgGg4ALBsOAD0bDgCBGw4AixsOANYbDgDeGw4AKxwOAPIbDgBAWw8ALhwOAIAcDgCJHA4A1RwOAOscDgAqHQ4AQB0OAH8dDgCBHQ4A1B0OANodDgApHg4APR4OAFmUEgCmHg4A0x4OAPseDgCulBIALh8OAKL5DgA0Hw4A0SAOADUfDgBL+w4ANx8OAEz6DgA4Hw4AfR8OAH8fDgDSHw4A4B8OACcgDgA4IA4AA5USAIQgDgBYlRIA1yAOACYhDgAsIQ4AeyEOAIAhDgDQIQ4A1iEOAK2VEgAxIg4AeiIOAIIiDgBXlhIA2yIOACQjDgAuIw4AeSMOAIIjDgDOIw4AzyMOACMkDgArJA4AeCQOAH0kDgDNJA4A3SQOAAGXEgAuJQ4AdyUOAHklDgDMJQ4A0iUOACEmDgAoJg4AdiYOAHsmDgDLJg4AzyYOACAnDgAtJw4AdScOAH0nDgDKJw4AzycOAB8oDgAvKA4AVpcSAIUoDgDJKA4A1SgOAB4pDgAtKQ4AcykOAH0pDgDIKQ4A1ikOAB0qDgAqKg4AcioOAIkqDgCrlxIAyioOAFWYEgAfKw4AcSsOACMrDgDtqhIAeSsOAMYrDgDuKw4AGywOAEMsDgBwLA4AmCwOAKqYEgDOLA4AGi0OABstDgBvLQ4Afi0OAMQtDgCFLQ4AbS8OANUtDgAZLg4AGy4OAG4uDgBxLg4Awy4OAMYuDgAYLw4AIC8OAKmZEgByLw4Awi8OAMkvDgAXMA4AIDAOAGwwDgB9MA4AwTAOAM0wDgAWMQ4AHjEOAP6ZEgBxMQ4AwDEOAMcxDgAVMg4AGjIOAGoyDgBuMg4AvzIOAMwyDgAUMw4AIzMOAGkzDgB6Mw4AvjMOAMAzDgATNA4AFjQOAGg0DgBrNA4AvTQOAMU0DgBTmhIAFzUOAHR9DgAdNQ4AbiwQAB41DgBnNQ4AajUOALw1DgDGNQ4AqJoSABo2DgBmNg4AdTYOALs2DgDKNg4AEDcOABw3DgBlNw4AaDcOALo3DgC9Nw4A/ZoSABI4DgBkOA4AjDgOAFKbEgDBOA4Ap5sSABY5DgD8mxIAcTkOALg5DgDJOQ4ADToOABk6DgBiOg4AhToOALc6DgC6Og4ADDsOADA7DgBhOw4AaTsOAKacEgC4Ow4ACzwOABk8DgBgPA4AcTwOAPucEgC8PA4AUJ0SABI9DgD6nRIAZD0OALQ9DgDBPQ4ACT4OAAw+DgBePg4AYz4OALM+DgDEPg4ACD8OABQ/DgBPnhIAYj8OALI/DgDDPw4AB0AOABNADgBcQA4AdkAOALFADgC1QA4Ar0IOALhADgACRQ4Au0AOAFZGDgC9QA4ArkMOAL9ADgCwQQ4AwkAOAAZBDgALQQ4AW0EOAHJBDgCknhIAvUEOAAVCDgAVQg4AWkIOAF9CDgD5nhIAsUIOAARDDgAKQw4AWUMOAGZDDgBOnxIAtEMOAANEDgAJRA4AWEQOAF1EDgCtRA4As0QOAKOfEgAORQ4AV0UOAHBFDgCsRQ4AtUUOAAFGDgAYRg4A+J8SAFxGDgCrRg4ArUYOAABHDgAPRw4AVUcOAGFHDgBNoBIArEcOAP9HDgAQSA4AVEgOAGJIDgCpSA4AsEgOAP5IDgAASQ4AU0kOAF1JDgCoSQ4AtkkOAP1JDgACSg4AUkoOAF9KDgCnSg4Ar0oOAPxKDgAASw4AUUsOAFNLDgCmSw4ArEsOAPtLDgAITA4AoqASAF1MDgClTA4AvEwOAPpMDgAWTQ4A96ASAFtNDgCkTQ4ApU0OAPlNDgD/TQ4ATk4OAFpODgCjTg4Ask4OAPhODgD6Tg4ATU8OAFdPDgCiTw4AsE8OAPdPDgD8Tw4ATFAOAFlQDgChUA4AqVAOAPZQDgD6UA4AS1EOAE1RDgCgUQ4AplEOAPVRDgACUg4ATKESAFdSDgCfUg4AtlIOAPRSDgAQUw4AoaESAFJTDgCeUw4ArFMOAPNTDgD9Uw4ASFQOAFRUDgCdVA4AoFQOAPJUDgAOVQ4AR1UOAE9VDgD2oRIAqFUOAPFVDgD0VQ4ARlYOAFBWDgD1ohIApFYOAPBWDgD+Vg4ARVcOAE9XDgCaVw4AplcOAO9XDgD3Vw4An6MSAEZYDgCZWA4Ap1gOAO5YDgD/WA4A9KMSAEpZDgBJpBIAnVkOAO1ZDgD1WQ4AQloOAEhaDgCXWg4AoFoOAOxaDgD5Wg4A86QSAEZbDgCWWw4ATVsOAD9dDgCfWw4A61sOAPVbDgBAXA4ASFwOAJVcDgDaXA4A6lwOAPJcDgBIpRIARV0OAJRdDgCaXQ4A6V0OAPFdDgA+Xg4Ag14OAJNeDgCbXg4AnaUSAPBeDgDypRIARl8OAJJfDgCgXw4A518OAPFfDgA8YA4ASGAOAJFgDgCUYA4A5mAOAO5gDgCcphIAR2EOAJBhDgCTYQ4A5WEOAO9hDgDxphIAQmIOAEanEgCdYg4A5GIOAPViDgA5Yw4ARWMOAI5jDgCRYw4Am6cSACpkDgA4ZA4Af2QOAPCnEgCdZA4A4mQOAORkDgA3ZQ4ARWUOAIxlDgCdZQ4ARagSAP1lDgA2Zg4APmYOAJqoEgCRZg4AbNoOAJ5mDgDgZg4A72YOADVnDgBBZw4AimcOAItnDgDfZw4A6WcOADRoDgBCaA4AiWgOAI5oDgDeaA4A62gOAO+oEgBBaQ4AiGkOAJVpDgDdaQ4A5WkOAESpEgA+ag4Ah2oOALNqDgDcag4A6GoOADFrDgBAaw4AhmsOAJBrDgDbaw4A6WsOADBsDgA1bA4AhWwOAJJsDgDabA4A4mwOAC9tDgA9bQ4AhG0OAJFtDgDZbQ4A4W0OAJmpEgAwbg4AuI0PADxuDgCDbg4AjW4OANhuDgDkbg4ALW8OADRvDgCCbw4Aim8OANdvDgDbbw4ALHAOADpwDgCBcA4Ai3AOANZwDgDhcA4AK3EOADNxDgCAcQ4AgnEOANVxDgDdcQ4AKnIOADdyDgB/cg4AhHIOANRyDgDhcg4AKXMOAEdzDgB+cw4Ar3MOANNzDgDfcw4AKHQOAC50DgB9dA4AgnQOANJ0DgDadA4AJ3UOADN1DgB8dQ4Aj3UOANF1DgDfdQ4AJnYOADB2DgB7dg4Ag3YOANB2DgDfdg4AJXcOACp3DgB6dw4AgXcOAM93DgDbdw4AJHgOAEB4DgB5eA4AgXgOAO6pEgDQeA4AI3kOADF5DgB4eQ4AhXkOAM15DgDbeQ4AInoOAC96DgB3eg4AjnoOAMx6DgDUeg4AIXsOAC97DgB2ew4Ag3sOAMt7DgDTew4AmKoSAC58DgB1fA4AdnwOAEKrEgDWfA4AH30OACZ9DgCXqxIAe30OAMl9DgDOfQ4A7KsSACZ+DgBBrBIAe34OAMh+DgCxfg4A1cQQAMl+DgDI0w4Ay34OAMbVDgDRfg4AHX8OANJ+DgB00g4A2H4OAMfUDgDmfg4AO18QACp/DgByfw4AfX8OAMd/DgDJfw4AHIAOACmADgBxgA4AeIAOAMaADgDXgA4AG4EOACeBDgBwgQ4Ad4EOAMWBDgDNgQ4AlqwSACCCDgBvgg4AdYIOAMSCDgDJgg4AGYMOAB+DDgDrrBIAeoMOAMODDgDNgw4AGIQOAByEDgBthA4AeYQOAMKEDgDOhA4AF4UOACSFDgBshQ4AdIUOAMGFDgDLhQ4AFoYOACKGDgBrhg4AboYOAMCGDgDKhg4Ala0SABeHDgBqhw4AbYcOAL+HDgDChw4AP64SAByIDgCUrhIAd4gOAL6IDgC/iA4A6a4SABuJDgA+rxIAbYkOAL2JDgDEiQ4AEooOABeKDgCTrxIAb4oOAOivEgDEig4AEYsOABuLDgBmiw4AcYsOALuLDgDJiw4AEIwOABOMDgBljA4AbYwOALqMDgDEjA4AD40OABuNDgBkjQ4AZ40OALmNDgDDjQ4APbASAByODgBjjg4AeY4OALiODgDEjg4ADY8OABSPDgBijw4Aao8OALePDgC8jw4ADJAOABWQDgBhkA4Aa5AOALaQDgC+kA4AC5EOAA2RDgBgkQ4AcJEOALWRDgC/kQ4ACpIOABaSDgBfkg4AZZIOALSSDgC8kg4A57ASABeTDgBekw4AX5MOADyxEgC4kw4AkbESAAqUDgBdlA4AXpQOALKUDgC1lA4AB5UOABKVDgBclQ4AYZUOALGVDgC7lQ4A5rESACqWDgBblg4AY5YOADuyEgCylg4ABZcOABaXDgBalw4Aa5cOAK+XDgCylw4AkLISAAqYDgBZmA4AXpgOAK6YDgCxmA4AA5kOAAaZDgBYmQ4AYJkOAOWyEgC7mQ4AApoOAAWaDgBXmg4AYpoOAKyaDgC4mg4AAZsOAAibDgBWmw4AXpsOAKubDgC5mw4AAJwOAA2cDgBVnA4AXZwOADqzEgC2nA4A/5wOAAKdDgBUnQ4AXp0OAKmdDgCxnQ4Aj7MSAAqeDgBTng4AWZ4OAKieDgCyng4A/Z4OABGfDgBSnw4AWp8OAOSzEgC0nw4A/J8OAASgDgBRoA4AVKAOAKagDgCyoA4A+6AOAAWhDgBQoQ4AWaEOAKWhDgCmoQ4A+qEOABKiDgBPog4AUaIOAKSiDgC1og4A+aIOAAqjDgBOow4AVqMOAKOjDgCyow4A+KMOAPqjDgBNpA4AXqQOAKKkDgCzpA4A96QOABClDgBMpQ4ATqUOAKGlDgCwpQ4A9qUOABamDgCOtBIATaYOAKCmDgDApg4A9aYOAAmnDgDitRIAUqcOAJ+nDgCspw4A9KcOAPmnDgBJqA4AU6gOAJ6oDgCmqA4A86gOAPmoDgBIqQ4AUakOAJ2pDgCqqQ4AN7YSAP6pDgBHqg4ATaoOAJyqDgCiqg4A8aoOAPqqDgBGqw4AR6sOAJurDgClqw4A8KsOAPyrDgBFrA4ATKwOAIy2EgCirA4A4bYSAPesDgA2txIATK0OAIu3EgClrQ4A7q0OAP6tDgBDrg4ASK4OAJiuDgCerg4A7a4OAPmuDgBCrw4ASq8OAOC3EgCorw4A7K8OAP2vDgBBsA4AU7AOAJawDgCesA4A67AOAPawDgBAsQ4ARbEOAJWxDgCasQ4A6rEOAAqyDgA1uBIAT7IOAJSyDgCesg4A6bIOAPWyDgA+sw4ARLMOAJOzDgCbsw4A6LMOAOqzDgA9tA4A9LMOAOK5DgBOtA4AkrQOAKO0DgDntA4A+bQOADy1DgBEtQ4AkbUOAJy1DgDmtQ4A67UOADu2DgBAtg4AkLYOALC2DgCKuBIA57YOADq3DgBJtw4Aj7cOAJq3DgDktw4A9rcOADm4DgBBuA4AjrgOAJm4DgDjuA4A6LgOADi5DgA9uQ4AjbkOAK25DgDfuBIA5LkOADe6DgBGug4AjLoOAJe6DgDhug4A87oOADa7DgA+uw4Ai7sOAJa7DgDguw4A5bsOADW8DgA6vA4AirwOAKq8DgA0uRIA7LwOADS9DgBLvQ4AibkSAJa9DgDevQ4A9b0OAN65EgBAvg4AiL4OAI++DgDdvg4A674OADK/DgA/vw4Ah78OAJ6/DgAzuhIA5L8OAIi6EgAzwA4AhsAOAJTADgDbwA4A7MAOAN26EgA9wQ4AhcEOAJzBDgAyuxIA5MEOAC/CDgA7wg4AhMIOAIfCDgDZwg4A48IOAIe7EgBKww4A3LsSAIvDDgAxvBIA4MMOAC3EDgAuxA4A1McOADDEDgDWxQ4ANMQOAM3ODgA3xA4AgsQOADzEDgDSyQ4APcQOANPIDgCHxA4AI84OAI7EDgDXxA4A2sQOACzFDgA2xQ4AhrwSAInFDgDbvBIA38UOACvGDgD2xQ4Az8wOADnGDgCAxg4AisYOANXGDgDhxg4AKscOAC3HDgB/xw4Ah8cOADC9EgDWxw4AKcgOACzIDgB+yA4AgcgOAIW9EgDVyA4AKMkOADbJDgB9yQ4AjskOAC++EgDUyQ4AJ8oOADTKDgB8yg4Ai8oOANHKDgDdyg4AJssOADfLDgB7yw4AjMsOANDLDgDcyw4AJcwOACzMDgB6zA4AgswOANm+EgDdzA4AJM0OACXNDgAuvxIAhc0OAM7NDgDVzQ4Ag78SACrODgB4zg4Afc4OAC3AEgDWzg4AIs8OACjPDgB3zw4Aec8OAMzPDgDWzw4AIdAOAC/QDgB20A4Ae9AOAMvQDgDY0A4AINEOADjRDgB10Q4Ai9EOAMrRDgDN0Q4AH9IOACfSDgDXwBIAgNIOAMnSDgDM0g4AHtMOACjTDgAswRIAe9MOAIHBEgDK0w4AHdQOACDUDgBy1A4AddQOANbBEgDJ1A4AHNUOACrVDgBx1Q4AgtUOAIDCEgDP1Q4AG9YOACnWDgBw1g4ANNYOALmLEAB61g4AxdYOANHWDgAa1w4AHdcOAG/XDgB31w4AKsMSAN7XDgB/wxIAM9gOAG7YDgCI2A4A1MMSAMjYDgC/3A4A0dgOAGndDgDT2A4AGNkOABrZDgBt2Q4Ae9kOAMLZDgDT2Q4AKcQSAB7aDgB+xBIActoOAMHaDgDG2g4AFtsOABzbDgDTxBIAcdsOAMDbDgDF2w4AFdwOACvcDgBq3A4ActwOAH3FEgDf3A4AFN0OABzdDgDSxRIAgN0OAL7dDgDL3Q4AE94OABjeDgBo3g4Abt4OAL3eDgDJ3g4AEt8OABnfDgBn3w4Ab98OALzfDgDf3w4AfMYSAB7gDgBm4A4AdeAOALvgDgC94A4AEOEOABnhDgBl4Q4AfOEOALrhDgDF4Q4AD+IOABniDgBk4g4AbOIOACbHEgC/4g4ADuMOABTjDgBj4w4AaOMOALjjDgC+4w4Ae8cSAC/kDgBi5A4AauQOACXIEgDA5A4ADOUOAA3lDgBh5Q4AaeUOALblDgDB5Q4AC+YOABDmDgBg5g4AZeYOALXmDgDV5g4AesgSABDnDgBf5w4AZucOALTnDgC55w4ACegOAA3oDgBe6A4Aa+gOALPoDgC76A4ACOkOABPpDgBd6Q4AYukOALLpDgC36Q4AB+oOACfqDgDPyBIAa+oOALHqDgC86g4ABusOAA7rDgBb6w4AXusOALDrDgBl6w4Are4OALzrDgAF7A4AD+wOAFrsDgBj7A4Ar+wOALDsDgAE7Q4ADO0OAFntDgBk7Q4Aru0OALPtDgAD7g4ACO4OAFjuDgB47g4AJMkSALnuDgAC7w4ABO8OAFfvDgBd7w4ArO8OALPvDgAB8A4ABvAOAFbwDgBa8A4Aq/AOALjwDgAA8Q4ACPEOAFXxDgBg8Q4AqvEOAK/xDgD/8Q4ABPIOAFTyDgB08g4AeckSALHyDgDOyRIACPMOAFPzDgBc8w4AqPMOAK7zDgD98w4ACfQOAFL0DgBw9A4Ap/QOAKj0DgD89A4A/vQOAFH1DgBe9Q4ApvUOALT1DgD79Q4ACvYOAFD2DgBs9g4ApfYOAK32DgB4yhIADfcOAE/3DgBQ9w4ApPcOALD3DgD59w4ACPgOAE74DgBY+A4Ao/gOAK/4DgD4+A4A//gOAM3KEgBV+Q4AIssSAKv5DgD3+Q4ABPoOAHfLEgBR+g4AofoOAK76DgD2+g4AAPsOAMzLEgBN+w4AoPsOALb7DgD1+w4AAfwOACHMEgBS/A4AwC8QAGj8DgCf/A4Ap/wOAHl3DwC9/A4A9PwOAPz8DgBJ/Q4AFv0OAEdTEABK/Q4A8v4OAEz9DgBGAA8AVf0OAJxTEABZ/Q4Anv0OAKD9DgDz/Q4AAf4OAEj+DgBZ/g4AdswSAKX+DgDLzBIA9P4OAEf/DgBK/w4AnP8OAJ//DgAgzRIA+f8OAHXNEgBQAA8A7lcPAGYADwCbAA8AqQAPAPAADwDxAA8Ays0SAE0BDwAfzhIAvQEPAHTOEgD8AQ8ARAIPAFICDwCZAg8AowIPAO4CDwD2Ag8AQwMPAEQDDwA+CA8AXgMPAOsFDwBvAw8AmAMPAKEDDwDtAw8A7gMPAEIEDwBQBA8AlwQPAKEEDwDsBA8A+AQPAEEFDwBHBQ8AlgUPALIFDwDJzhIA+QUPAEAGDwBNBg8AlQYPAJ8GDwDqBg8A7AYPAD8HDwBWBw8AlAcPAKAHDwDpBw8ABQgPAB7PEgBPCA8AkwgPAJUIDwDoCA8A8ggPAD0JDwBNCQ8AkgkPAJcJDwDnCQ8A7QkPADwKDwBSCg8AkQoPAJkKDwDmCg8A6QoPADsLDwBECw8AkAsPAJ4LDwDlCw8A7wsPADoMDwBGDA8AjwwPAKsMDwBzzxIA8QwPADkNDwBBDQ8Ajg0PAJENDwDgZQ8Ang0PAOMNDwDlDQ8A4WQPAPENDwA4Dg8ARQ4PAI0ODwCbDg8A4g4PAOUODwA3Dw8AQg8PAIwPDwCYDw8A4Q8PAOgPDwA2EA8APhAPAIsQDwCNEA8A4BAPAPAQDwA1EQ8APxEPAIoRDwCWEQ8A3xEPAOURDwA0Eg8APBIPAMjPEgCLEg8A3hIPAOwSDwAzEw8AQBMPAIgTDwCUEw8A3RMPAOMTDwAyFA8ANRQPAIcUDwCPFA8A3BQPAN4UDwDXGQ8A3xQPAIUWDwDsFA8AMRUPADMVDwB9Hg8ANhUPAIYVDwCPFQ8A2xUPAOgVDwAwFg8ANxYPAB3QEgCOFg8A1RsPAI8WDwAuGA8ApRYPANoWDwDoFg8ALxcPADAXDwBy0BIAkBcPANkXDwDgFw8Ax9ASADAYDwCDGA8AiRgPANgYDwDiGA8ALRkPADkZDwCCGQ8AiRkPABzREgDwGQ8ALBoPADEaDwCBGg8AhxoPANYaDwDgGg8AKxsPADcbDwCAGw8AhxsPAHHREgDkGw8AKhwPADkcDwB/HA8AixwPANQcDwDXHA8AKR0PACwdDwB+HQ8Ajh0PANMdDwDcHQ8AKB4PADkeDwDG0RIAix4PANIeDwDjHg8AG9ISAC4fDwBw0hIAhB8PANEfDwDTHw8AzCQPANQfDwB6IQ8A4R8PACYgDwAoIA8AcikPACsgDwB7IA8AhCAPANAgDwDdIA8AJSEPACwhDwDF0hIAgyEPAMomDwCEIQ8AIyMPAJohDwDPIQ8A3SEPACQiDwAlIg8AGtMSAIUiDwDOIg8A1SIPAG/TEgAlIw8AeCMPAH4jDwDNIw8A1yMPACIkDwAuJA8AdyQPAH4kDwDE0xIA5SQPACElDwAmJQ8AdiUPAHwlDwDLJQ8A1SUPACAmDwAsJg8AdSYPAHwmDwAZ1BIA2SYPAB8nDwAuJw8AdCcPAIAnDwDJJw8AzCcPAB4oDwAhKA8AcygPAIMoDwDIKA8A0SgPAB0pDwAuKQ8AbtQSAIApDwDHKQ8A2CkPAMPUEgAjKg8AGNUSAHkqDwDGKg8A7yoPABsrDwAjKw8AcCsPAIArDwDFKw8AxysPABosDwAoLA8AbywPAIAsDwBt1RIAyiwPABktDwAlLQ8AwtUSAJwtDwBs1hIAzC0PABguDwAlLg8AbS4PAIkuDwDCLg8Ayi4PAMHWEgAoLw8AbC8PAG4vDwDBLw8Awi8PABYwDwAZMA8AazAPAHcwDwDAMA8AxzAPABUxDwAxMQ8AajEPAHIxDwAW1xIAzDEPABQyDwAkMg8AaTIPAG4yDwC+Mg8A6TIPAGvXEgAZMw8AwNcSAHAzDwC9Mw8AvjMPAAk9DwDDMw8AZd8QAMczDwASNA8AyTMPAGM4DwDNMw8AujYPANszDwBbQA8AFzQPAMLXEAAdNA8Ax9IQAB40DwBnNA8AajQPALw0DwDGNA8AFdgSABk1DwBmNQ8AbDUPALs1DwDENQ8AEDYPAB02DwBlNg8AgTYPAGrYEgC8Ng8ADzcPAL82DwAM4xAAHTcPAGQ3DwB1Nw8Av9gSAL83DwAOOA8AGjgPABTZEgBpOA8AuDgPAL44DwANOQ8AEjkPAGI5DwBoOQ8AE9oSAL45DwAS2xIAEToPAGE6DwBpOg8AtjoPAMI6DwALOw8AHjsPAGA7DwBsOw8AtTsPAMQ7DwAKPA8AEzwPAF88DwBpPA8AtDwPAMA8DwC82xIAGj0PAF49DwBqPQ8Asz0PALU9DwAIPg8ACz4PAF0+DwBpPg8Asj4PALo+DwAR3BIAEz8PAFw/DwBsPw8AsT8PAL0/DwAGQA8ADEAPAGbcEgB9QA8AsEAPALhADwAFQQ8AL0EPAFpBDwBlQQ8Ar0EPALtBDwAEQg8AFUIPAFlCDwBaQg8Au9wSALRCDwADQw8AEEMPABDdEgBlQw8ArUMPAMRDDwACRA8ALUQPAFdEDwBfRA8ArEQPALZEDwABRQ8ADUUPAFZFDwBZRQ8Aq0UPALVFDwBl3RIACEYPAFVGDwBbRg8AqkYPALNGDwD/Rg8ADEcPAFRHDwBwRw8Aut0SAKtHDwD+Rw8AsEcPAEZVDwALSA8AU0gPAFpIDwCoSA8AqkgPAP1IDwADSQ8AUkkPAFlJDwCnSQ8Av0kPAPxJDwABSg8AUUoPAAhKDwD7Sg8AWkoPAKZKDwCwSg8AD94SAAFLDwBQSw8AVksPAKVLDwCqSw8A+ksPAABMDwBk3hIAUEwPAKRMDwC1TA8A+UwPAAVNDwBOTQ8AWE0PAKNNDwCvTQ8A+E0PAP9NDwC53hIAT04PAKJODwBYTg8AAO8QAKVODwD3Tg8AF08PAExPDwBUTw8ADt8SALJPDwD2Tw8A/U8PAEtQDwBTUA8AoFAPAKNQDwBJUg8AsFAPAPVQDwD3UA8ASlEPAFhRDwCfUQ8AsFEPAGPfEgD7UQ8AuN8SAFJSDwCeUg8ArVIPAPNSDwACUw8ASFMPAFRTDwCdUw8AoFMPAPJTDwD1Uw8AR1QPAFdUDwCcVA8ApVQPAPFUDwACVQ8ADeASAEtVDwCbVQ8ApFUPAPBVDwD6VQ8ARVYPAE1WDwCaVg8AuFYPAO9WDwANVw8ARFcPAGJXDwCZVw8At1cPAGLgEgD1Vw8AQ1gPAEhYDwCYWA8AT1gPAJdZDwChWA8A7VgPAPdYDwBCWQ8AXlkPALfgEgCdWQ8A7FkPAPJZDwBBWg8AXVoPAAzhEgDAWg8AtuESABVbDwAL4hIASFsPAArjEgCrWw8A6lsPAOxbDwA/XA8ARVwPAJRcDwCoXA8A6VwPAPFcDwA+XQ8AaF0PAF/jEgCcXQ8A6F0PAPVdDwA9Xg8AS14PAJJeDwCcXg8A514PAAFfDwA8Xw8ASV8PAJFfDwCdXw8A5l8PAPBfDwA7YA8AQ2APALTjEgCXYA8A5WAPAO1gDwAJ5BIAE2EPAAjlEgBGYQ8Aj2EPAJZhDwDkYQ8A7GEPAF7kEgA7Yg8AjmIPAJ9iDwDjYg8A62IPADhjDwBCYw8AjWMPAJljDwDiYw8A5WMPADdkDwBBZA8AXeUSAKhkDwCy5RIA72QPADZlDwBHZQ8AB+YSAJJlDwBc5hIA6WUPADVmDwBEZg8AimYPAJlmDwDfZg8A62YPADRnDwA3Zw8AiWcPAIxnDwDeZw8A7mcPADNoDwA8aA8AiGgPAJloDwCx5hIA32gPADJpDwDpaA8A3GkPADVpDwCHaQ8Aj2kPAAbnEgDiaQ8AMWoPAD1qDwCGag8AjmoPAFvnEgDnag8AMGsPADNrDwCFaw8Aj2sPALDnEgDfaw8AL2wPAEVsDwCEbA8AhWwPANlsDwDqbA8ALm0PADptDwCDbQ8AjW0PANhtDwDkbQ8ABegSADluDwCCbg8AhW4PANduDwDhbg8Ar+gSAC9vDwCBbw8AhG8PANZvDwDibw8AK3APADFwDwCAcA8AinAPAATpEgDacA8AKnEPADdxDwB/cQ8AgnEPANRxDwDwcQ8AKXIPADFyDwBZ6RIAhnIPAK7pEgDbcg8AA+oSACtzDwB9cw8AP3MPAPhMEACdcw8A0nMPAOZzDwBY6hIAKHQPAHx0DwCCdA8A0XQPAN10DwAmdQ8ANXUPAHt1DwB9dQ8A0HUPANp1DwAldg8AMXYPAHp2DwCBdg8AreoSANt2DwAC6xIALHcPAFfrEgB8dw8Ad3kPAIl3DwDOdw8A0HcPACN4DwAxeA8AeHgPAIl4DwBU7hIA1HgPAKnuEgAqeQ8A/u4SAJd5DwDMeQ8A2nkPACF6DwAieg8AU+8SAIJ6DwDLeg8A0noPAKjvEgAoew8A/e8SAHd7DwDKew8A2HsPAB98DwAwfA8AUvASAHp8DwDJfA8A1XwPAKfwEgAkfQ8Ac30PAHl9DwDIfQ8AzX0PAB1+DwAjfg8AUfESAHV+DwDHfg8A034PABx/DwAifw8AcX8PAHt/DwD78RIAy38PABuADwAogA8AcIAPAHOADwDFgA8A2oAPABqBDwAigQ8AUPISAHeBDwDEgQ8A0IEPABmCDwAfgg8AboIPAHSCDwDDgg8AyIIPABiDDwAegw8ATvQSAHyDDwDCgw8A0YMPABeEDwAghA8AbIQPAHKEDwDBhA8Ax4QPABaFDwAihQ8Aa4UPAHKFDwDAhQ8AyIUPAPj0EgAfhg8AaoYPAHWGDwC/hg8Ay4YPABSHDwAahw8AaYcPAHGHDwC+hw8AyocPABOIDwAZiA8AaIgPAG6IDwC9iA8AwogPABKJDwAYiQ8ATfUSAG6JDwC8iQ8AyokPABGKDwAeig8AZooPAH2KDwC7ig8A14oPABCLDwAYiw8AovUSAHiLDwC6iw8AvIsPAA+MDwAljA8AZIwPAGWMDwC5jA8AyowPAA6NDwAajQ8A9/USAH+NDwBM9hIAzo0PAA2ODwAOjg8AYo4PAHOODwC3jg8Aw44PAKH2EgARjw8AYY8PAGePDwC2jw8A1o8PAAuQDwAXkA8AYJAPAGeQDwD29hIAwZAPAAqRDwAMkQ8AX5EPAH+RDwC0kQ8AwJEPAAmSDwAQkg8AS/cSAGOSDwCzkg8Aw5IPAAiTDwAQkw8AXZMPAGeTDwCykw8AvpMPAAeUDwAKlA8AXJQPAGaUDwCg9xIAt5QPAAaVDwALlQ8AW5UPAGGVDwBK+BIAuJUPAPT4EgARlg8AWpYPAF2WDwCvlg8AuZYPAASXDwAMlw8AnvkSAGeXDwCulw8AtZcPAAOYDwALmA8AWJgPAGWYDwCtmA8AspgPAAKZDwAMmQ8AV5kPAF+ZDwCsmQ8AvJkPAAGaDwAPmg8AVpoPAGOaDwCrmg8AuZoPAACbDwADmw8AVZsPAGCbDwCqmw8AspsPAP+bDwAYnA8AVJwPAGCcDwCpnA8AuZwPAP6cDwADnQ8AU50PAFmdDwConQ8AtJ0PAP2dDwAFng8A8/kSAFyeDwCnng8Aqp4PAPyeDwAEnw8AUZ8PAFKfDwCmnw8AqJ8PAPufDwABoA8AUKAPAFygDwCloA8AsqAPAPqgDwAEoQ8AT6EPAFehDwCkoQ8ApqEPAPmhDwAGog8ATqIPAFWiDwCjog8Aq6IPAPiiDwD8og8ATaMPAE+jDwCiow8ApaMPAPejDwD/ow8ATKQPAFukDwChpA8Ao6QPAPakDwADpQ8AS6UPAFqlDwCgpQ8ArKUPAPWlDwAGpg8ASqYPAFumDwCfpg8Aq6YPAPSmDwD7pg8ASacPAGinDwBI+hIAsqcPAPOnDwD0pw8ASKgPAFSoDwCdqA8AuagPAPKoDwD6qA8AnfoSAE+pDwBH+xIAqKkPAPGpDwD3qQ8ARqoPAEyqDwCbqg8As6oPAPCqDwD6qg8ARasPAFGrDwCaqw8AnasPAO+rDwD5qw8ARKwPAFysDwCZrA8AqawPAO6sDwDwrA8AQ60PAFGtDwCYrQ8Aqa0PAJz7EgDzrQ8AQq4PAE6uDwDx+xIAn64PAJv8EgD4rg8AQa8PAESvDwCWrw8AoK8PAPD8EgDtrw8AQLAPAE6wDwCVsA8AprAPAJr9EgDxsA8A7/0SAEexDwBE/hIAnLEPAEP/EgDrsQ8APrIPAEuyDwCTsg8AorIPAOiyDwDusg8APbMPAEmzDwCSsw8AlLMPAOezDwDxsw8APLQPAEq0DwCRtA8AlrQPAOa0DwDztA8AO7UPAEe1DwCQtQ8Ao7UPAOW1DwD0tQ8AOrYPAEa2DwCPtg8AkLYPAOS2DwDutg8AObcPAEe3DwCOtw8Ak7cPAOO3DwDwtw8AmP8SAEK4DwCNuA8Am7gPAOK4DwDluA8AN7kPAEe5DwCMuQ8AmrkPAOG5DwDtuQ8ANroPAD26DwCLug8AkroPAOC6DwDsug8ANbsPADa7DwCKuw8AlrsPAN+7DwDsuw8ANLwPADu8DwCJvA8AlbwPAN68DwDrvA8AM70PAEK9DwCIvQ8AnL0PAN29DwDpvQ8AMr4PAEW+DwCHvg8Alr4PANy+DwDovg8AMb8PADK/DwCGvw8AkL8PANu/DwDpvw8AMMAPADXADwCFwA8AksAPAO3/EgDbwA8AL8EPAEDBDwCEwQ8AksEPANnBDwDowQ8ALsIPADDCDwCDwg8AjcIPANjCDwDmwg8ALcMPADLDDwCCww8Aj8MPANfDDwDmww8ALMQPADHEDwCBxA8AjsQPANbEDwDgxA8AK8UPADfFDwCAxQ8Ak8UPANXFDwDfxQ8AKsYPADbGDwB/xg8AksYPANTGDwDjxg8AKccPADXHDwB+xw8Af8cPANPHDwDdxw8AKMgPADbIDwB9yA8AgsgPANLIDwDfyA8AQgATACzJDwB8yQ8AickPANHJDwDbyQ8AJsoPACzKDwB7yg8AfcoPANDKDwDdyg8AJcsPACjLDwB6yw8AiMsPAM/LDwDbyw8AJMwPADHMDwB5zA8Ag8wPAM7MDwDdzA8AI80PACjNDwB4zQ8Ahc0PAM3NDwDazQ8AIs4PAC7ODwB3zg8Ahs4PAMzODwDWzg8AIc8PAC/PDwB2zw8Ae88PAMvPDwDYzw8AINAPACzQDwB10A8AiNAPAMrQDwDZ0A8AH9EPACvRDwB00Q8AddEPAMnRDwDT0Q8AHtIPACzSDwBz0g8AeNIPAMjSDwDV0g8AlwATADDTDwBy0w8AgdMPAMfTDwDT0w8AHNQPAB3UDwBx1A8Ae9QPAMbUDwDU1A8AG9UPACDVDwBw1Q8AfdUPAOwAEwDY1Q8AGtYPACnWDwBv1g8Ae9YPAMTWDwDF1g8AGdcPACPXDwBu1w8AfNcPAMPXDwDI1w8AGNgPACXYDwBBARMAb9gPAMLYDwDQ2A8AF9kPACTZDwBs2Q8AeNkPAMHZDwDH2Q8AFtoPACfaDwBr2g8AbdoPAMDaDwDJ2g8AFdsPACLbDwBq2w8AedsPAL/bDwDK2w8AFNwPACDcDwBp3A8AfNwPAL7cDwDN3A8AE90PAB/dDwBo3Q8Aad0PAL3dDwDH3Q8AEt4PACDeDwBn3g8AbN4PALzeDwDJ3g8AlgETAB7fDwBm3w8AdN8PALvfDwDF3w8AEOAPAB7gDwBl4A8AZ+APALrgDwDL4A8AD+EPAB3hDwBk4Q8AleEPALnhDwC74Q8ADuIPABjiDwBj4g8AceIPALjiDwC94g8ADeMPABrjDwBi4w8AbuMPALfjDwDK4w8ADOQPABvkDwBh5A8AbeQPALbkDwC35A8AC+UPABXlDwBg5Q8AbuUPALXlDwC65Q8ACuYPABfmDwDrARMAYeYPALTmDwC25g8ACecPABjnDwBe5w8AbecPALPnDwC/5w8ACOgPAAvoDwBd6A8AYOgPALLoDwC46A8AB+kPABPpDwBc6Q8AX+kPALHpDwC26Q8ABuoPAA/qDwBb6g8AYeoPALDqDwC/6g8ABesPABHrDwBa6w8AausPAK/rDwCx6w8ABOwPABLsDwBZ7A8AauwPAEACEwC07A8AA+0PAA/tDwCVAhMAa+0PAK3tDwC87Q8AAu4PAA7uDwBX7g8AWO4PAKzuDwC27g8AAe8PAA/vDwBW7w8AW+8PAKvvDwC47w8A6gITAAzwDwBV8A8AX/APAKrwDwDW8A8A//APAAbxDwBU8Q8AbfEPAKnxDwC48Q8A/vEPAA3yDwBT8g8AWPIPAKjyDwC18g8A/fIPAArzDwBS8w8AXvMPAKfzDwC28w8A/PMPAAb0DwBR9A8AX/QPAKb0DwCr9A8A+/QPAAj1DwBQ9Q8AXPUPAKX1DwC49Q8A+vUPAAn2DwBP9g8AW/YPAKT2DwCl9g8A+fYPAAP3DwBO9w8AXPcPAKP3DwCo9w8A+PcPAAX4DwA/AxMAXvgPAKL4DwCz+A8A9/gPAAP5DwBM+Q8AY/kPAKH5DwCj+Q8A9vkPAAf6DwBL+g8ATvoPAKD6DwCq+g8A9foPAPf6DwBK+w8AVPsPAJ/7DwCr+w8A9PsPAAD8DwBJ/A8AXPwPAJ78DwCt/A8A8/wPAP/8DwBI/Q8ASf0PAJ39DwCn/Q8A8v0PAAD+DwBH/g8ATP4PAJz+DwCp/g8AlAMTAPP+DwBG/w8AUP8PAJv/DwCj/w8A6QMTAAMAEABFABAAUQAQAJoAEACpABAA7wAQAPgAEABEARAATgEQAJkBEACnARAA7gEQAPMBEABDAhAAUAIQAJgCEACkAhAA7QIQAAADEABCAxAAUQMQAJcDEACjAxAA7AMQAO0DEABBBBAASwQQAJYEEACkBBAA6wQQAPAEEABABRAATQUQAD4EEwCXBRAA6gUQAPQFEAA/BhAARwYQAJMEEwCZBhAA6QYQAP8GEAA+BxAAPwcQAJMHEACkBxAA6AcQAPQHEAA9CBAARwgQAJIIEACgCBAA5wgQAOwIEAA8CRAASQkQAJEJEACdCRAA5gkQAPkJEAA7ChAASgoQAJAKEACcChAA5QoQAOYKEAA6CxAARAsQAI8LEACdCxAA5AsQAOkLEAA5DBAARgwQAOgEEwCQDBAA4wwQAO0MEAA4DRAAQA0QAD0FEwCjDRAA4g0QAO4NEAA3DhAAPA4QAIwOEACVDhAA4Q4QAOsOEAA2DxAAQg8QAIsPEACeDxAA4A8QAO8PEAA1EBAAQRAQAIoQEACLEBAA3xAQAOkQEAA0ERAAQhEQAIkREACOERAA3hEQAOsREACSBRMANRIQAIgSEACSEhAA3RIQAOUSEADnBRMAPxMQAIcTEACWExAA3BMQAOcTEAAxFBAAPRQQAIYUEACVFBAA2xQQAPsUEAAwFRAAPBUQAIUVEACMFRAA2hUQAOgVEAAvFhAANBYQAIQWEACQFhAA2RYQAOwWEAAuFxAAPRcQAIMXEACPFxAA2BcQANkXEAAtGBAANxgQAIIYEACQGBAA1xgQANwYEAAsGRAAORkQADwGEwCDGRAA1hkQAOAZEAArGhAAMxoQAJEGEwCdGhAA1RoQAOYaEAAqGxAANhsQAH8bEACSGxAA1BsQAOMbEAApHBAANRwQAH4cEAB/HBAA0xwQAN0cEAAoHRAANh0QAH0dEACCHRAA0h0QAN8dEADmBhMAKR4QAHweEACGHhAA0R4QANkeEAA7BxMAQx8QAHsfEACMHxAA0B8QANwfEAAlIBAAOCAQAHogEACJIBAAzyAQANsgEAAkIRAAJSEQAHkhEACDIRAAziEQANwhEAAjIhAAKCIQAHgiEACFIhAAkAcTAM8iEAAiIxAALCMQAHcjEAB/IxAA5QcTAN0jEAAhJBAANSQQAHYkEAB6JBAAyyQQAM0kEAAgJRAANCUQAHUlEAB4JRAAyiUQAOclEAAfJhAAMCYQAHQmEACAJhAAySYQANwmEAAeJxAALScQAHMnEAB/JxAAyCcQAMknEAAdKBAAJygQAHIoEACAKBAAxygQAMwoEAAcKRAAKSkQADoIEwBzKRAAxikQANApEAAbKhAAIyoQAI8IEwByKhAAxSoQANMqEAAaKxAAKysQAOQIEwB2KxAAOQkTAOcrEAA4ChMAISwQADcLEwB0LBAAwywQAMgsEAAYLRAAHC0QAG0tEAB6LRAAjAsTAMctEAAXLhAAGy4QAGwuEABuLhAAwS4QANouEAAWLxAAJy8QAGsvEAB3LxAA4QsTAMMvEABlNRAAzC8QABUwEAAoMBAAajAQAGswEAC/MBAAyzAQABQxEAAjMRAAaTEQAHMxEAC+MRAAyjEQABMyEAAaMhAANgwTAHAyEAC9MhAAvzIQALE+EADAMhAAuDcQAMMyEAASMxAAyTIQAAs6EADKMhAA9KUQAB4zEABnMxAAdjMQALwzEADIMxAAETQQAB80EABmNBAAgTQQALs0EADHNBAAEDUQABc1EACLDBMAcjUQALo1EAC8NRAADzYQABA2EABkNhAAZzYQALk2EADENhAADjcQABM3EABjNxAAbTcQAOAMEwDFNxAADTgQAA84EABiOBAAYzgQALc4EAC6OBAADDkQABc5EABhORAAZjkQALY5EADAORAANQ0TAB46EABgOhAAYToQALU6EADBOhAACjsQABk7EABfOxAAaTsQALQ7EADAOxAACTwQABA8EACKDRMAZjwQALM8EAC1PBAACD0QABc9EABdPRAAZz0QALI9EAC7PRAABz4QAAk+EABcPhAAbT4QADQOEwDAPhAABj8QABA/EABbPxAAZD8QALA/EACyPxAABUAQABZAEABaQBAAYkAQAK9AEADNQBAABEEQAAxBEABZQRAAZUEQAK5BEADBQRAAA0IQAARCEABYQhAAZEIQAK1CEAC8QhAAAkMQAAxDEABXQxAAY0MQAKxDEACzQxAAiQ4TABJEEABWRBAAZ0QQAKtEEACzRBAAAEUQAAdFEABVRRAAY0UQAKpFEAC6RRAA/0UQAA9GEABURhAAcEYQAN4OEwC2RhAA/kYQABVHEABTRxAAW0cQAKhHEAC2RxAA/UcQAAdIEABSSBAAXkgQAKdIEAC9SBAA/EgQAP9IEABRSRAAbUkQADMPEwCwSRAA+0kQAANKEABQShAAX0oQAKVKEACqShAA+koQAAdLEABPSxAAWUsQAKRLEACmSxAA+UsQAAdMEABOTBAAW0wQAKNMEACmTBAAiA8TAANNEABNTRAAV00QAKJNEACqTRAA900QAAZOEABMThAAUU4QAKFOEACuThAA9k4QAABPEABLTxAATU8QAKBPEACuTxAA9U8QAAJQEABKUBAATVAQAN0PEwCiUBAA9FAQAABREABJURAAUFEQAJ5REACmURAA81EQAAxSEABIUhAAXFIQAJ1SEAC5UhAA8lIQAPpSEACHEBMAT1MQANwQEwCpUxAA8VMQAPhTEABGVBAATlQQAJtUEACgVBAA8FQQAABVEABFVRAATVUQAJpVEACoVRAA71UQAPxVEABEVhAAUVYQAJlWEAClVhAA7lYQAPRWEABDVxAAS1cQAJhXEACkVxAA7VcQAABYEABCWBAAUVgQAJdYEACjWBAA7FgQAO1YEABBWRAAS1kQAJZZEACkWRAA61kQAPBZEABAWhAATVoQADEREwCYWhAA6loQAPRaEAA/WxAAQVsQAJRbEACjWxAA6VsQAAlcEAA+XBAARlwQAJNcEACdXBAA6FwQAO5cEAA9XRAAP10QAJJdEAChXRAA510QAPNdEAA8XhAARF4QAIYREwCvXhAA5l4QAARfEADbERMAWV8QAJBfEACuXxAA5V8QAO1fEAA6YBAASWAQAI9gEACRYBAA5GAQAO1gEAA5YRAAPGEQAI5hEACaYRAA42EQAOphEAA4YhAAQGIQAI1iEACmYhAA4mIQAPZiEAA3YxAAU2MQAIxjEACUYxAAMBITAP9jEAA2ZBAAVGQQAIUSEwCkZBAA4GQQAOVkEAA1ZRAAUGUQAIplEACWZRAA32UQAOdlEADaEhMAR2YQAIlmEACYZhAA3mYQAOpmEAAzZxAANGcQAIhnEACSZxAA3WcQAOtnEAAyaBAAN2gQAIdoEACUaBAALxMTAOBoEAAxaRAAM2kQAIZpEACJaRAA22kQAONpEAAwahAAOmoQAIVqEACQahAA2moQAOZqEAAvaxAAN2sQAIQTEwCSaxAA2WsQAN9rEAAubBAAOmwQAINsEACSbBAA2GwQAOJsEAAtbRAANW0QAIJtEACRbRAA120QANltEAAsbhAANW4QAIFuEACEbhAA1m4QAOJuEAArbxAAM28QANkTEwCQbxAA1W8QAN1vEAAqcBAANHAQAH9wEACKcBAA1HAQAOBwEAApcRAAMXEQAC4UEwCDcRAA03EQAORxEAAochAAOXIQAH1yEACCchAA0nIQANZyEAAncxAANXMQAHxzEACJcxAA0XMQAOhzEAAmdBAALnQQAHt0EACHdBAA0HQQAON0EAAldRAANHUQAHp1EACGdRAAz3UQANB1EAAkdhAALnYQAHl2EACHdhAAznYQANN2EAAjdxAAMHcQAIMUEwB+dxAAzXcQANt3EAAieBAAL3gQAHd4EACOeBAAzHgQANR4EAAheRAALHkQAHZ5EAB4eRAAy3kQANh5EAAgehAAJ3oQAHV6EACGehAAynoQANh6EAAfexAALHsQAHR7EACLexAAyXsQANF7EAAefBAAI3wQAHN8EACDfBAAyHwQANB8EAAdfRAAJ30QAHJ9EAB9fRAAx30QANN9EAAcfhAAJH4QAC0VEwCKfhAAxn4QAMt+EAAbfxAANn8QAHB/EAB8fxAAxX8QAM1/EACCFRMALYAQAG+AEAB+gBAAxIAQANCAEAAZgRAAGoEQAG6BEAB4gRAAw4EQANGBEAAYghAAHYIQAG2CEAB6ghAA1xUTAMqCEAAXgxAAGYMQAGyDEAB5gxAAwYMQAMaDEAAWhBAAIIQQAGuEEAB2hBAAwIQQAMyEEAAVhRAAG4UQAGqFEAByhRAAv4UQAMuFEAAUhhAAJ4YQAGmGEAB4hhAAvoYQAMqGEAAThxAAFIcQAGiHEAByhxAAvYcQAMuHEAASiBAAF4gQAGeIEAB0iBAALBYTAMGIEAARiRAAIIkQAGaJEAB1iRAAu4kQAMSJEAAQihAAFooQAGWKEABrihAAuooQAMaKEAAPixAAFosQAGSLEACAixAAgRYTAMOLEAAOjBAAGowQAGOMEABmjBAAuIwQAMKMEADWFhMAFY0QACsXEwBqjRAAgBcTAL+NEADVFxMAFI4QAGGOEABijhAABJYQAG6OEAC2jhAAdY4QAFyTEAB4jhAAqJwQAHqOEABPoBAAt44QAAuPEAAhjxAAYI8QAGiPEAC1jxAAt48QAF2SEADDjxAACpAQABKQEAAqGBMAF5AQAF+QEABikBAAtJAQAL6QEAAJkRAAC5EQAF6REABvkRAAs5EQAMSREAAIkhAAEJIQAH8YEwBkkhAAspIQALmSEAAHkxAAD5MQANQYEwBekxAAsZMQALeTEAAGlBAAE5QQAFuUEABjlBAAsJQQALKUEAAFlRAADJUQAFqVEABhlRAAr5UQALeVEAApGRMAEZYQAFmWEABalhAArpYQAMSWEAADlxAAC5cQAFiXEABalxAAAJoQAGaXEACtlxAAtZcQAH4ZEwC6lxAAApgQAAWYEABXmBAAYZgQAKyYEACumBAAAZkQABKZEABWmRAAZ5kQAKuZEACzmRAA0xkTAAeaEABVmhAAXJoQAKqaEACymhAAKBoTAAmbEABUmxAAVpsQAKmbEAC6mxAA/psQAA+cEABTnBAAW5wQAH0aEwCtnBAAS6QQALScEAD9nBAAE50QAFKdEABanRAAp50QALWdEAD8nRAACZ4QAFGeEABUnhAApp4QALCeEAD7nhAA/Z4QAFCfEABhnxAApZ8QALafEAD6nxAAAqAQANIaEwBYoBAApKAQALGgEAD5oBAAAKEQAE6hEABfoRAAo6EQAK+hEAD4oRAAAKIQACcbEwBaohAAoqIQAKWiEAD3ohAAAaMQAEyjEABOoxAAoaMQALKjEAD2oxAAB6QQAHwbEwBTpBAAoKQQALekEAD1pBAAAaUQAEqlEABUpRAAn6UQAKelEADRGxMA9aUQAEmmEABfphAAnqYQAKamEADzphAAAacQAEinEABQpxAAJhwTAFWnEACdpxAAoKcQAPKnEAD8pxAAR6gQAEmoEACcqBAAragQAPGoEAACqRAARqkQAE6pEAB7HBMAoakQAPCpEAD1qRAARaoQAGCqEACaqhAAqKoQAO+qEAD2qhAARKsQAFCrEACZqxAAn6sQAO6rEADxqxAAQ6wQAE2sEACYrBAAnqwQAO2sEADvrBAAQq0QAEytEACXrRAAo60QAOytEAADrhAAQa4QAFWuEACWrhAAsq4QAOuuEADzrhAA0BwTAEKvEACVrxAAo68QAOqvEAD7rxAAJR0TAEawEAB6HRMAorAQAOmwEADzsBAAPrEQAEmxEACTsRAAm7EQAOixEAD0sRAAPbIQAFCyEACSshAAobIQAOeyEADzshAAPLMQAD2zEACRsxAAm7MQAOazEAD0sxAAO7QQAEC0EACQtBAAnbQQACQeEwDttBAAOrUQAES1EACPtRAAlLUQAOS1EADstRAAObYQAD+2EACOthAAmrYQAOO2EADpthAAOLcQAEG3EACNtxAAmrcQAOK3EADqtxAAN7gQADi4EACMuBAAjrgQAOG4EADkuBAANrkQADm5EADOHhMAobkQAOC5EADouRAANboQAEG6EACKuhAAkLoQAN+6EADluhAANLsQADm7EADeuxAAYrsQAIm7EACRuxAAeB8TAOS7EADNHxMASbwQAIi8EACKvBAA3bwQAOq8EAAyvRAAOb0QAIe9EACPvRAA3L0QAOy9EAAxvhAAM74QAIa+EACUvhAA274QAOy+EAB3IBMAN78QAMwgEwCTvxAA2r8QAOS/EAAvwBAAOsAQAITAEACMwBAA2cAQAOXAEAAuwRAAQcEQAIPBEACRwRAA2MEQAOLBEAAtwhAANcIQAILCEACRwhAA18IQANzCEAAswxAAM8MQAIHDEACNwxAAdiETABXEEAArxBAAasQQAIDEEACIxBAAyyETAP/EEAAqxRAANsUQAH/FEACFxRAA1MUQANrFEAApxhAALsYQAH7GEACExhAAICITANTGEAAoxxAALscQAH3HEACCxxAA0scQAOHHEAAnyBAAM8gQAHzIEAB/yBAA0cgQANTIEAAmyRAALskQAHvJEACKyRAA0MkQANXJEAAlyhAAO8oQAHrKEAB7yhAAz8oQAODKEAAkyxAAMMsQAHnLEACDyxAAzssQANrLEAAjzBAAKswQAHUiEwCIzBAAzcwQANnMEAAizRAAMc0QAHfNEACLzRAAzM0QANvNEAAhzhAAMs4QAHbOEACCzhAAyiITAM3OEAAgzxAALs8QAHXPEACGzxAAHyMTANDPEAAf0BAAK9AQAHQjEwB60BAAydAQAM/QEAAe0RAAI9EQAHPREAB50RAAcyQTAM3REAAd0hAAH9IQAHLSEACD0hAAxyUTANPSEAAc0xAAItMQAHHTEAB90xAAxtMQAM7TEAAcJhMAIdQQAHDUEAB81BAAxdQQAM3UEABxJhMAJtUQAG/VEABy1RAAxNUQAM7VEADGJhMAG9YQAG7WEAB81hAAw9YQANTWEABwJxMAHtcQAG3XEAB51xAAxScTAMrXEAAX2BAAGtgQAGzYEAB42BAAwdgQAM3YEAAW2RAAHtkQAG8oEwB22RAAwNkQAMzZEAAV2hAAHdoQAMQoEwBz2hAAv9oQANDaEAAU2xAAJdsQAGnbEABx2xAAvtsQAMHbEAAT3BAAHdwQAGjcEABq3BAAvdwQAMzcEAAS3RAAMt0QAGfdEABv3RAAvN0QAMbdEAAR3hAAF94QAGbeEABo3hAAu94QAMreEAAQ3xAAHN8QABkpEwBx3xAAut8QANjfEAAP4BAAFeAQAGTgEABt4BAAueAQAMbgEAAO4RAAFuEQAGPhEAB54RAAuOEQALrhEAAN4hAAKOIQAGLiEABu4hAAt+IQAMTiEABuKRMAEuMQAGHjEABp4xAAtuMQAMzjEAAL5BAAEOQQAGDkEABm5BAAteQQAMHkEAAK5RAAEuUQAMMpEwBs5RAAtOUQAMTlEAAJ5hAADuYQAF7mEABk5hAAs+YQAMnmEAAI5xAACucQAF3nEABn5xAAsucQAMDnEAAH6BAADOgQAFzoEABp6BAAGCoTAMDoEAAG6RAAD+kQAFvpEABl6RAAsOkQAL7pEAAF6hAACuoQAFrqEABn6hAAr+oQALfqEAAE6xAAFOsQAFnrEABb6xAArusQALzrEAAD7BAAFOwQAG0qEwBf7BAAwioTALLsEAAC7RAACO0QAFftEABf7RAArO0QALbtEAAB7hAAA+4QAFbuEABZ7hAAq+4QAMvuEABsKxMADO8QAFXvEABb7xAAqu8QALbvEAD/7xAAB/AQAMErEwBg8BAAqfAQAK/wEAD+8BAACvEQAFPxEABb8RAAFiwTAKrxEAD98RAAC/IQAFLyEABj8hAAaywTALTyEAD88hAAE/MQAMAsEwBb8xAApvMQALLzEAD78xAA/vMQAFD0EABa9BAAFS0TALb0EAD69BAAAfUQAE/1EABX9RAApPUQALH1EAD59RAA/vUQAE72EABY9hAAo/YQAKv2EAD49hAAB/cQAE33EABS9xAAovcQALj3EAD39xAA+PcQAEz4EABa+BAAofgQALL4EAD2+BAAAvkQAEv5EABT+RAAvy0TAKT5EABUAQAAqPkQAEuiEgCs+RAAkGAPAAH6EAD3CAAAUvoQAEf9EAAA/BAA1SoAAEz8EADTLAAAV/0QAMQ7AAD0/RAAwT4AAEn+EAAORwAA8v4QAItkEADz/hAAtkkAAPf+EABjmQMA+v4QAPOvBwBJ/xAA+VsAAPP/EABIYgAASAARAJFuAADxABEANXUAAFIBEQAsfgAAnAERAH6BAADvAREAeoUAAJ8CEQDGjgAAYAMRAJYDEQDxBREAMM8AAOwGEQAk2wAAQQcRAHDkAADrBxEADPMAAJ0IEQBY/AAACgkRAK38AAA9CREAAv0AAJwJEQD8AgEARAoRAKUEAQCYChEAoAkBAFgLEQCXEgEAmgsRAJEYAQACDBEAOAwRAKkMEQDiDBEA6gwRADcNEQBDDREA3x8BAJQNEQCHIgEAUg4RAIsOEQCTDhEA4A4RAOIOEQDVKQEAQQ8RAM8vAQDnDxEAGzkBAD8REQBXUgEA5RERAP5VAQD5EREA5lwSAAESEQDoWhIAVxIRAFNWAQCNEhEAp1cBAO4SEQD6WQEANhMRAPdcAQCKExEA9V4BAJEUEQCNcQEA9BQRAC8VEQA3FREA4nEBAJMVEQA1dAEAOhYRANV+AQCmFhEAKn8BAOQWEQDTgAEANRcRAIIXEQCMFxEAKIEBAOEXEQAjhgEA4RkRALSfAQAyGhEAfxoRAI8aEQAJoAEANRsRAAWkAQCGGxEA0xsRAOMbEQBapAEAiRwRAPysAQDWHhEAeS8CANoeEQAiMQIA3h4RAObCAQDqHhEAaT8CAIIfEQCgohIAgx8RALw3DACGHxEA48UBAJYfEQBclwwA1x8RAIJsEQDrHxEAOMYBAP0fEQCz5BIAKyARAI3GAQAuIBEA0iANANogEQCIywEALyERAN3LAQDbIREALNIBAIAiEQAm2AEAKiMRACLcAQB5IxEAyyMRANcjEQDM3AEA0iQRAB8lEQAiJREAETYOACslEQBw4wEAiSURABjmAQDqJREAHiYRAHcmEQBpiQ0AgyYRAF/0AQCgJhEAFekBANQmEQBk7wEAficRAAr0AQAoKBEAXvUBAI0oEQCz9QEAJykRACZ5CwArKREAXfYBAHkpEQBc9wEAfSoRAKcBAgAiKxEA6bQMACUrEQCiBgIAJysRAN+8DgB2KxEAR6YSAIgrEQDDKxEAICwRAG0sEQA0LBEA7RACAHAsEQD/SA0AdywRAPRTDQB6LBEAajMNAH0sEQA8Cw4AfiwRAI0PDgCILBEAoAgCAI4sEQCgUg0AGS0RAPEMAgBBLREAjWQOAHotEQCaDgIAzS0RAJkPAgAsMREAMSICAMY+EQDPeA0AbD8RAK8/EQAWQBEAWUARAL5AEQCwQwwAxEARACfWAgAFQhEAl1YSAApCEQCsQhEAHkIRAKlFEQAmQhEAk1oSACxCEQAX5gIArkIRACjLDACwQhEA/UoNALNCEQDjEwkAtkIRAGzmAgC7QhEAweYCAL1CEQCrpQQA40IRAF/xBAALRREAB/YCALFFEQD+RREA/0URAP70DAAIRhEA7K4PAA1GEQAW3A0AHUYRAEn5EgBdRhEAAvsCAFVHEQDZIwMAWEcRAHvPCgBZRxEAlhEDAFtHEQBQAgMAXEcRAPUHAwBeRxEA4xgEAF9HEQBICgMAYEcRADoYAwBhRxEA+AQDAGJHEQCSFAQAaEcRAEUNAwCRRxEA1sMQAKZKEQAAUgMAqkoRANQoAwCuShEALRsNAAVLEQAnKwMAUE0RAAtHAwC5ThEA9VwDAGNPEQDrZgMAE1ARAOdqAwBSUBEAN3ADAEpREQB7gQMApVERAPJREQAAUhEAzoMDAPVSEQDdaA8A/1IRAHCMAwDzUxEAC5wDAEtVEQDzswMA71URAEC8AwCqVhEA7VYRAO5XEQCAJQUA71cRAHHgAwD2VxEADOsIAJlYEQBt5AMAnVgRAP35CACYWREAV/oDAJ9aEQChBQQATVsRAPMIBAAEXBEAPVwRAEVcEQCSXBEAoVwRAJYQBADxXBEA6BMEAJpdEQA/tAwAnV0RAJEVBADuXREAO14RAAJeEQBDVRIARV4RAOYVBADtXhEAixsEAElfEQCJHQQA6l8RAIMjBABBYBEA6rYJAJFgEQAnKgQAmWERAL88BADqYREAresRAFNiEQCMYhEAlGIRAOFiEQDuYhEArE8EAPBiEQAxdQQA8mIRABFABACbZBEASlwEAJVlEQA3bwQA5mURADNmEQBEZhEAi3AEAEFnEQB3hAQAkWcRAMmHBAAzaBEAbI8EAJdoEQAQlgQAomgRAASiBACvaBEACpwEAK5pEQBZogQATmoRAFKpBACKahEAoa8EADVrEQDnvgQAOmsRAGWRCQA7axEADJUJAD1rEQAVjAkAn2sRANhrEQDgaxEALWwRAIRsEQANkA0AimwRAJhVEgCMbBEA5MEEAI5sEQBliw8ApWwRAJ/4EgDHbBEAl64PAN9sEQDhxAQAWW0RAIFtEQCMbREA4MUEADVuEQCFywQA5G4RACjTBACCbxEAH9wEAPBvEQDI3QQANnARABXmBAA4cBEAHd4EAIRwEQBv4QQAiHARAG3jBACHcREAvegEAItyEQCy8wQA1HIRAK34BACVdREAznURANZ1EQAjdhEAMnYRADMdBQCBdhEA1iQFAHl3EQAjLQUAhHcRAM/SCADPdxEAdTAFANB4EQC2RAUA2ngRAL48BQAmeREAEEAFACp5EQAOQgUAkHoRAMl6EQDRehEAHnsRACN7EQCiWAUALXsRAKpQBQB5exEA/FMFAH17EQD6VQUAe30RAOFuBQAhfhEA2HcFAMt+EQBviwUAlH8RAAqbBQDqfxEAWqAFACiAEQBYogUAfoARAKeoBQDPgBEApqkFACCBEQBtgREAd4ERAPupBQDFgREA+KwFAMqCEQDutgUAh4MRAMCDEQDIgxEAFYQRABuEEQCNwgUAgIQRADTGBQAqhREAfdIFAG2FEQBz3AUAIoYRAG/gBQDMhhEAZ+gFAIOHEQC8hxEAxIcRABGIEQAhiBEAWvUFAD2IEQCr+QUAcogRAFn2BQDDiBEAEIkRABqJEQCu9gUAK4oRAGSKEQBsihEAuYoRAMKKEQBIBwYAGIsRAEYJBgDUixEADYwRABWMEQBijBEAY4wRADsUBgBnjBEAQmIGAGiMEQCEIAYAb4wRAN4bBgBxjBEA6w4GAL2MEQA9EgYAwYwRAJpfBgDAjREAhh4GAL+OEQB3LQYAFI8RAMgxBgBljxEAxzIGABeQEQAUOwYAz5ARAAiREQAQkREAXZERAGeREQAMQwYAtZERAAVKBgB4khEAsZIRALmSEQAGkxEAE5MRAFZOBgAVkxEATFgGAGCTEQBSUgYAC5QRAJ5bBgBilBEAnF0GAMqVEQADlhEAC5YRAFiWEQBnlhEAkGkGALeWEQDibAYAt5gRAM2BBgAcmREAVZkRAHGZEQCqmREAt5kRACGDBgDFmhEA/poRAAabEQBTmxEAVpsRALqUBgA0nBEAraEGAKqcEQCopgYArpwRANAjDABenREATK0GAKmdEQBIsQYABJ8RADfCBgBbnxEAh8cGAFagEQDKgQkAaqARAHWBCQC/oBEA+KARAAChEQBNoREAUKERAH/PBgC+oREA96ERAP+hEQBMohEAW6IRACbTBgCsohEAytkGAPejEQAP6gYApqQRAJG2DQCrpBEAHn0PAK6kEQC37AYAr6QRAHV7DwAApREAs/AGAA+mEQBIphEAUKYRAJ2mEQCmphEAVPoGAPymEQBS/AYAq6cRAEsDBwAKqBEAlg0HAJ6oEQA4FgcASKkRANggBwDyqREAIS0HAPiqEQC/OQcATasRABE9BwCkqxEAY0AHAAmsEQBCrBEASqwRAJesEQCmrBEAWEsHAKesEQC3QQcA+KwRALZCBwBJrREAlq0RAKCtEQALQwcARq4RAKpOBwDtrhEATVYHAJyvEQD0WQcAWrARAJOwEQCbsBEA6LARAPewEQBAYwcASbERAJJmBwCasREA57ERAPaxEQDmZwcAoLIRAOBtBwDwshEAMnEHAEizEQAmfQcASrMRACx3BwBWtBEAj7QRAJe0EQDktBEAVbURAI61EQCWtREA47URAPC1EQC+jwcARbYRAGaSBwCbthEADZYHADm3EQBcnAcA7bcRAFWjBwCWuBEA67cHAOu5EQAszAcAPLoRAIm6EQCYuhEAgM0HAAS7EQDUzgcAPLwRACPVBwCTvBEAdNkHAOS8EQAxvREAQL0RAMjaBwCsvREAHNwHAN2+EQDC4AcANL8RALvnBwDevxEAA/UHAIjAEQChAQgAPcERAEYHCACPwREAmggIADLCEQBADQgA8sIRACvDEQAzwxEAgMMRANjDEQCMFggAjsQRADQZCABFxREAfsURAIbFEQDTxREA3cURACsiCAA2xhEA1CMIAIzGEQDPKAgA3MYRACAtCACFxxEAcTEIAIfIEQBrNwgA2MgRACXJEQAnyREAwDcIAOvJEQAkyhEALMoRAHnKEQCUyxEAzcsRANXLEQAizBEAPc0RAHbNEQB+zREAy80RANXNEQDpYwgAkc4RAMrOEQDSzhEAH88RACnPEQDIhAgANc8RANh0CAB5zxEA1nYIANPPEQB4fwgAJtERAAebCAAq0REAEJIIAIDREQAKmAgAyNERAAiaCAB70hEABZ0IAMnSEQACoAgAetMRAFKlCADR0xEAoasIAHvUEQCerggA0NQRAPOuCAA11REAbtURAHbVEQDD1REA0tURAJuxCAB61hEAOr0IANLWEQDewwgA3dcRABbYEQAe2BEAa9gRAHrYEQAqzQgAbdkRAL/ZEQDZ2REAcNwIADDaEQBp2hEAcdoRAL7aEQDN2hEAbOAIAEnbEQAV4ggA2dsRABLcEQAa3BEAZ9wRAMvcEQC85QgAF90RAA7pCADH3REAC+wIACLeEQBc8AgAwd4RACp3CQDE3hEAAvUIABbfEQAB9ggAGOARAEQICQBt4BEA6A4JAL/gEQDnDwkA0+ERAAziEQAU4hEAYeIRAG3iEQAvHQkAvuIRAAvjEQAP4xEAgx4JAHDjEQAsIAkAJuQRAF/kEQBn5BEAtOQRAN7kEQBzLgkADuURAME1CQB65REA8lcLALvlEQAI5hEAQOYRABE7CQDV5hEAB+cRAAnoEQBHWgkADOkRAOFqCQBh6hEAruoRANDrEQAC7BEAIewRAFfsEQC87BEAG4YJAF7tEQBriwkABu4RAGePCQBh7xEAujsKAGPvEQBbmwkAr+8RAK2eCQCx8REA+KgJAP/xEQBGsAkABvIRAEmtCQAC9BEAT/QRAPz0EQAwxgkABPYRACXRCQBU9xEAofcRAMr3EQAR5QkAZ/gRAKD4EQCo+BEA9fgRAAT5EQAJ7QkAUPkRAFvwCQBU+REAEjkKAPn5EQBZ8gkAUfoRAJ76EQDH+hEArPQJAFD7EQBT+AkAxvsRAKj4CQBM/REA6gsKAFH+EQDjEgoAUP8RADAbCgC1/xEAhRsKAP3/EQDaGwoASQASACwfCgD5ABIAKSIKAF4BEgB+IgoApgESANMiCgDyARIAJSYKAGoDEgCVAxIABgQSAD8EEgBHBBIAlAQSAEMFEgC2PwoAQQYSAKpLCgD8BhIARloKAK0HEgDmBxIA7gcSADsIEgBFCBIA52MKABAKEgCGbwoAOgsSAMGJCgCWCxIAZo8KADkMEgAImAoAnAwSAFqbCgBADRIAo6cKAJUOEgCNvQoA8Q4SADQPEgA8EBIA08wKAPMREgDD3AoAixISAL7hCgDoEhIAEOUKAKETEgDaExIA4hMSAC8UEgCGFBIAsu0KAJ8VEgDYFRIA4BUSAC0WEgBXFhIApfoKAOAWEgD0AAsANBcSAIEXEgCPFxIAngELANwXEgDxAwsAjRgSAOwICwDWGBIA6AwLAN0ZEgDeFgsA4BkSAIgXCwA1GxIAeyQLAIIbEgDPJQsA3xsSACEpCwAvHBIAySsLAH8cEgAeLAsA9RwSACYdEgDsHRIAvDgLAE8eEgAROQsAgR8SAM4fEgD3HxIAtT8LAAIgEgBfQAsA2CESAFtECwAxIhIArUcLAIMiEgABSQsAgiMSAFBPCwDPIxIATFMLAJMkEgDJJBIAdSUSAJJiCwDPJRIANGsLAHQmEgCIbAsA+SYSAIRwCwAyJxIAgHQLAHYnEgDTdgsAISgSAHOBCwAxKBIArZwLAIUpEgBljwsAySkSALiRCwAvKhIAC5QLADMsEgBsLBIAdCwSAMEsEgDOLBIAR60LACMtEgBEsAsAzS0SAOuzCwCJLhIAvy4SACYvEgABQhIAMy8SAGkvEgAfMBIAM8ELACEwEgDgvgsAzzASABIxEgB1MRIAf8oLACEyEgAe1gsAezMSAAvpCwAaNBIAB+0LAHI0EgAB8wsAxzQSAE77CwAbNRIATfwLAL41EgDyAQwAfjYSALc2EgC/NhIADDcSAH83EgA6DwwAYzgSAIkVDAB2ORIAfx8MABk6EgDMJwwAzzoSAAg7EgAQOxIAXTsSAM47EgAHPBIADzwSAFw8EgAJPRIA7VUSAA49EgBbPRIAED0SAJ6nDwAiPRIA/5gSAGU9EgBmOAwACz4SAAs+DAATQBIAn1QMACJAEgBYQBIAtUASAKNQDAARQRIA+FAMAFdCEgA+YAwAtkMSAN1rDADOQxIAHn4OAAdEEgBURBIAckQSADJsDAAaRRIAU0USAFtFEgCoRRIAC0YSAC9vDADDRhIALHIMAG1HEgB+dQwAbEgSAKVIEgCtSBIA+kgSAGtJEgCkSRIArEkSAPlJEgBcShIAcoEMABRLEgBNSxIAVUsSAKJLEgAFTBIAF4cMABJNEgBLTRIAU00SAKBNEgADThIAZY4MALtOEgBikQwAZU8SALSUDAD6UBIAlloPAE9REgDrWg8AuFESAPFREgD5URIARlISALtSEgD8oQwATVMSALzhDAD2VBIAObQSAPVVEgCaAQ8ACVYSALXiEgAbVhIAQlYSAEpWEgDEKxAAcFYSAG4tDwDFVhIA7FYSAERXEgAX1hIAslcSAOtXEgDzVxIAQFgSAKFYEgCOugwABlkSAD9ZEgBHWRIAlFkSAPVZEgCLZg4AVFoSALTpDACYWxIAMmoOAJ5bEgCExAwAAVwSACzHDADuXBIAO10SAEpdEgDG1g0AmF0SADIQEwDzXhIAeNAMAP1eEgAkzwwA718SAB/UDACpYBIA4mASAOpgEgA3YRIAkmISABbdDACfZBIAsO0MADtlEgBO+gwAk2YSAOkJDQCQZxIA5gwNAN1oEgBJUw4A4GgSAC0aDgDkaBIAMRcNAOpoEgCPYg4AjGkSANlpEgDjaRIALBwNAPRqEgAtaxIANWsSAIJrEgAubBIAHykNAIZsEgDGLA0Ah24SABA4DQDcbhIAKW8SADVvEgBiOw0A328SALQ+DQCFcBIA0nASAOlwEgAERA0Az3USAOleDQB8dhIAj2MNANN4EgDJfg0AhnkSAMl5EgCAehIAY48NAIN6EgAPjg0AgHsSALaRDQAofBIAtZINAH98EgCylQ0APn0SAHB9EgCOfRIABJkNAOl9EgBTnw0AfX4SAKifDQDKgBIAF4ESABmBEgDxqw0AcYESAJusDQB4gRIA7q4NANuDEgAUhBIAHIQSAGmEEgBzhBIAgcYNAC+FEgBohRIAcIUSAL2FEgDMhRIAdtENABiGEgDI1A0AwoYSABjaDQBshxIAaN8NAGiIEgAH6w0AEokSAFzrDQAbiRIAFy8PAMGJEgBZ7g0AHIoSAAHxDQBxihIApPgNAGqLEgC3ixIAuosSAPf6DQBpjBIAtowSALmMEgDy/w0AbI0SAEUCDgC9jRIACo4SAA2OEgBDBA4AvI4SAAmPEgAMjxIAPgkOAL+PEgA7DA4AEJASAF2QEgBnkBIAkAwOALqQEgAHkRIACpESAI8NDgC5kRIABpISAAmSEgA1Eg4AuJISAAWTEgAIkxIAMRYOALuTEgDYGQ4AtpQSACgfDgDWlBIApfISAB+VEgB8IA4AsJUSAAKWEgCvlhIAzyIOALaWEgAiJQ4AYZgSABwrDgBjmBIAib0OAAeZEgBUmRIAq5oSAHwfDwCwmhIAUZwSAAmbEgAPOA4AYZwSAGM5DgC2nBIAtjsOAAedEgC1PA4AbJ0SAKWdEgABnhIAT00OAASeEgCcVQ4ACZ4SAF89DgAVnhIAqkcOALCgEgBQTA4AWqESAEpSDgCsohIA+vYOAMqiEgBh4RIA46ISALCVDwD9ohIASqMSAE2jEgCbVg4Ar6MSAERYDgAApBIAQ1kOAFGkEgCepBIAqKQSAJhZDgBKphIAPV8OAFGmEgA7YQ4A9KYSADpiDgBwqBIA4WUOAPeoEgAzaQ4Ai6oSAKzrEgACqxIAP7EPAEOrEgDKfA4AoqwSABqCDgDzrBIAQK0SAFmtEgBugw4AmK0SAOqtEgBjrhIAFIgOAA2vEgATiQ4At68SAGeKDgBFsBIAkrASAJywEgAOjg4APbESADphDwBKshIAsJYOAD60EgCnnw4AK7USADi1EgCAtRIAjbUSAOK3EgCXrw4A7LcSAOW2DgCYuhIAMcAOAOu6EgAwwQ4AOrsSANrBDgCKuxIALsMOAIm8EgCBxQ4Ajb0SANq9EgA3vhIAhL4SAC+/EgB5zQ4Ai78SANi/EgA1wBIAgsASAC/BEgBz0w4A3sESACvCEgCIwhIA1cISANzDEgDD2A4ANcQSABfaDgDbxBIAKMUSADjFEgBr2w4A9cUSACfGEgDaxhIAEeAOADLHEgC54g4An8cSANDHEgDpyhIATfkOAJLMEgCd/g4APM0SAPH/DgDmzRIARQEPAHPQEgCEFw8AJ9ISACcfDwAb0xIAeSIPAM/UEgAcKg8AdtUSAMQsDwDr1xIAaDMPABjYEgARNQ8ActgSAJn+EgDI2BIAuTcPAMvYEgC3OQ8AF9kSAGnZEgCF2RIAvtkSABbaEgBo2hIAhNoSAL3aEgAa2xIAZ9sSAHHbEgAMOg8AxNsSAHIlEwAX3BIABz8PAB7dEgBYQw8AaN0SAABGDwDC3RIA7v4SAM7eEgCUsQ8Ab98SAPRRDwAa4xIAcCoQAGjkEgDbag8AYOUSAIxkDwAT5hIAi2UPAA3oEgBa6BIAZOgSAC1uDwAS6RIA1XAPAPTrEgAB7BIASewSAFbsEgCe7BIAq+wSAPPsEgAA7RIASO0SAFXtEgCd7RIAqu0SAGDuEgDNeA8Axe4SACJ5DwBU7xIAdnoPAMTvEgAgew8AW/ASAHR8DwDD8BIA/PASAG3xEgCm8RIACfISAMZ/DwDN8hIA+vISACLzEgBP8xIAd/MSAKTzEgDM8xIA+fMSAFb0EgCj9BIAqPQSAG2DDwD69RIAY40PAKP3EgD19xIAq/gSAHTQEACv+BIAy84QAKX5EgBZlw8AAfoSAFKeDwC8+hIA8voSAGb7EgCcqQ8ApfsSAO2tDwAQ/BIARvwSAPj8EgBF/RIAVf0SAOuvDwCm/RIA6rAPAAT+EgDltBAASQITAK7sDwChAhMAWO0PAJwDEwDx/g8ARgQTAJUFEADwBBMAjgwQAJoFEwAzEhAARAYTAIEZEADuBhMAJx4QAJgHEwDNIhAAQggTAHEpEADwCBMAbysQAFMJEwCOCRMAlgkTAOMJEwCSDRMA3w0TAP0NEwBePBAAORETAJVaEACkERMAkV4QAE4SEwDhYxAA5hITADRmEAA3ExMA3GgQAIsTEwCEaxAA3hMTAIBvEAA+FBMAfnEQAJ8UEwDYFBMALxUTAHF+EACOFRMAGoAQAOwVEwDCghAANBYTALyIEADyFhMADY0QADUbEwBNohAA4BwTAECvEAAxHRMAP7AQAIIdEwDPHRMA0x0TAJSwEAAsHhMAeR4TANYeEwAjHxMA1R8TACIgEwCDIBMAML8QANQgEwAhIRMAJSETAIW/EABLIhMA08YQACgjEwDKzxAAdyMTAMkjEwDxIxMAHiQTAHYkEwDIJBMA8CQTAB0lEwCJJRMAyNEQAB4mEwAb1BAAeyYTABrVEADOJhMAGycTACsnEwAZ1hAAeScTABjXEADIJxMAGigTAHkoEwBr2RAA1CgTAGraEADRKRMAX+UQAHkqEwBY7BAAyioTABcrEwAnKxMArewQAMUrEwBU8BAAJiwTAKjxEAB5LBMAp/IQAMgsEwBR8xAAGC0TAGotEwA=","fail":"AAAAAAAAAADNhwAAksEBANPWAAAoJgcAFzwCAEILCABOBQIAF9wMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIA0cwMAJWyDQDqsg0AP7MNAJSzDQDpsw0APrQNAJO0DQDotA0APbUNAJK1DQDntQ0APLYNAAAAAAAoJgcAFzwCABc8AgDTfgMALCcCAIEnAgASNQ4AdH0OACXYAgB62AIA5hgBAOq6BQBvgQ8A034DAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCABfcDADiug0AN7sNAIy7DQDhuw0ANrwNAAAAAAAoJgcATgUCALjmCwBJCAQA1SgCAJK5CQDjGgIAzYcAAMsyAgCUBhAA6QYQAKKwAgDZJgAATgUCAKlLCwD+SwsAt0gAAD5nBQBrlAAAwJQAAO65AgBO/QkAo/0JAE4FAgDRzAwAlbINAOqyDQA/sw0AlLMNAOmzDQA+tA0Ak7QNAOi0DQAn0QcAPgoNAFUAAABVAAAAW0UKABc8AgC3SAAATgUCACfRBwDrvQEAAAAAAGuUAACHbAwA03UMAIweAAA9GAAAQgsIAJcLCAA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwCKwAoAPBkAAA3nCwDHKg4AVAEAAKkBAAD+AQAAUwIAAKgCAAAn0QcAPgoNAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIARrMGAE4FAgAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAACroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BADgRDACrSAwAAEkMAAhBDABdQQwAskEMAAdCDACLHQIA/ksLAF9JAgD5pwkATqgJAKOoCQBCCwgATgUCABWGDwDvsQkATgUCABI1DgBuLBAAYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAJK5CQD5pAwAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgD4/AoAQgsIAE4FAgAn0QcAzzAAACQxAAB5MQAAzjEAAEr8DgDjGgIAzYcAAJLBAQCMHgAAQgsIAE4FAgAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAAhBDABdQQwA5xgAADwZAAAN5wsAxyoOAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgBxKg8AxioPALjmCwC4RgEADUcBAO65AgAajwEAQgsIACd0DwC45gsADecLAMcqDgBUAQAAqQEAAP4BAABTAgAASvwOAOMaAgDNhwAAksEBAIweAABCCwgATgUCABfcDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMACEEMAF1BDADnGAAAPBkAAA3nCwDHKg4AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAHEqDwDGKg8AuOYLALhGAQANRwEA7rkCABqPAQBCCwgAJ3QPAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAEr8DgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAABK/A4A2SYAAHgpCQAXPAIAimkMAHaHAgBK/A4A5hgBAOgPCABHDgAA670BAOFzAABm4Q0ARLEKAPOpDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAuOYLAA3nCwDHKg4AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgDpsQ8AF9wMAHGIBgAn0QcAqUcPAD5nBQCTZwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgDRzAwAJ3QPAD0YAAAHSwMAa5QAAEILCABOBQIAowUCAHDYDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgBPpgoAkhgAANPWAAA9GAAATgUCANHMDACXCwgAX+YPALTmDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAEILCAAndA8APRgAAAdLAwBrlAAAQgsIANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAABv3gcA1SgCAEILCADjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAq6AJAAChCQC3SAAAPmcFAJNnBQBrlAAA7rkCAEO6AgCYugIATgUCADgRDACrSAwAAEkMAAhBDABdQQwAskEMAAdCDADevg0A4roNAFWiCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAJcGDQBVAAAAVQAAAFtFCgAXPAIAt0gAAPj8CgBCCwgA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQD3pwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCANHMDACVsg0A6rINAD+zDQCUsw0A6bMNAD60DQCTtA0A6LQNACfRBwA+Cg0AVQAAAFUAAABbRQoAFzwCALdIAABOBQIAF9wMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAEnwcAzYYBAHQoDgBOBQIAq6AJAAChCQAAAAAAG48AAGuUAABHDgAAdocCAPj8CgBCCwgATgUCAOMaAgDTfgMATgUCACfRBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAuj8GAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAE4FAgC45gsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAABfcDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAKugCQAAoQkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAIdvCQDvsQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAnbIFAD6/AgCTvwIA6L8CACJ7DQB3ew0AzHsNANPWAAAajwEAfScGAAxJAADnCw0ALckJALdIAABOBQIAF9wMAG+BDwDTfgMATgUCALjmCwAN5wsAxyoOAFQBAACpAQAA/gEAAFMCAACoAgAAnbIFAPKyBQBHswUA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABMswAAJ9EHAIweAAA9GAAAt0gAAE4FAgAX3AwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMACEEMAF1BDADnGAAAPBkAAA3nCwDHKg4AVAEAAKkBAAD+AQAAUwIAAKgCAAA4EQwAq0gMAABJDAAn0QcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQA9vgQAF9wMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgD5pwkATqgJAKOoCQD4qAkATakJAKKpCQAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEA6A8IANzHBgDzWQgAzYcAAG+BDwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAACgmBwDvsQkAQhECAJcRAgBHDgAAjB4AANzHBgBdnAYAspwGAChzDwB9JwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAfsoMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAF9wMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgABRBAARw4AAIweAABCCwgATgUCAEr8DgDALxAAt5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgBxKg8AxioPAKugCQAAoQkAVaEJAKqhCQD/oQkAVKIJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA6A8IANzHBgDzWQgAzYcAAG+BDwAHSwMAxOIDALdIAADVKAIAzYcAAACiCABVoggADJ0BANPWAABrlAAAQgsIAE4FAgBK/A4AFzwCAIdvCQDjGgIAzYcAAOMaAgC3nAEAQQYOAJYGDgA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQAndA8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAC6PwYAKCYHAE4FAgAAAAAAAAAAAAAAAAA9vgQAq6AJAAChCQCAzwUAksEBAJwOAADvsQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAL7hCgAT4goAaOIKALjmCwAN5wsAxyoOAFQBAACpAQAA/gEAAFMCAACoAgAACEEMAF1BDACyQQwAB0IMAN6+DQDiug0AVaIIAAydAQDT1gAAa5QAAEILCAA9GAAAkhgAAOcYAAAX3AwABJgOAHeIAADMiAAAIYkAAHaJAADLiQAAEjUOAHR9DgAZLw0AEjUOAG4sEAAajwEAxOIDABnjAwDuuQIAkrkJAOcLDQBHDgAAdocCANPWAAAajwEAfScGAAxJAABOBQIAq6AJAGw8AgDjGgIA4xoCABqPAQB9JwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgC45gsAt5wBAEEGDgCWBg4AksEBAIweAACdsgUA81kIAEhaCACdWggA8loIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMAoFcIAIweAADFLA4At0gAALo/BgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQDkwQQAOcIEAI7CBAAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgASNQ4AdH0OACgmBwBCCwgAJ3QPAH4eDgAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAG/eBwBOBQIAnbIFABc8AgBjRQIAG98FACd0DwA9GAAAt0gAALo/BgDNhwAAAKIIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBABCCwgAlwsIACKIAAB3iAAAzIgAACGJAAB2iQAACZMOAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgA7vAgAG48AABc8AgBjRQIAG98FAN4YCQBrlAAARw4AAAiUDgCSGAAAEUMBAOYYAQDqugUAsksCAE6xAABCCwgAJ3QPAD0YAAAHSwMAa5QAAAAAAAAoJgcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAcNgMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAHDYDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAX3AwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIATv0JAKP9CQCKaQwAv5QBACgmBwDvsQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCACfRBwA+Cg0AVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAE4FAgAX3AwA2sAPABqPAQBOBQIA7rkCAE79CQCj/QkAimkMAL+UAQAoJgcA77EJAE4FAgA4EQwAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgCroAkAh28JAC3JCQC3SAAAuj8GAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAC6PwYAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQBBBg4A+wEDAJYRAwB9zQoASqcOAJ+nDgD0pw4ASagOAJ6oDgDzqA4ASKkOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQAndA8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAG+BDwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgAocw8AfXMPAJwOAADvsQkA2SYAADnFAQCOxQEAvDcMABE4DAAbjwAAt5wBALdIAAC6PwYAVQAAALecAQBBBg4ApkkQADnFAQCOxQEAvDcMABE4DACMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAKlLCwAubg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCpSwsALm4OAPcGAgBMBwIAoQcCAPYHAgBLCAIAR1gLALecAQBBBg4ApkkQAPtJEABQShAADeQOANMeDgBOBQIAq6AJAChzDwD4TBAATU0QAKJNEABHWAsAnFgLAKMFAgD4BQIATQYCAKIGAgAAAAAAfh4OAE4FAgCroAkAKHMPAPhMEABNTRAAok0QAEdYCwCcWAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAPb4EAHV7DwDKew8AH3wPAHR8DwDJfA8AAAAAABuPAABwjwAAB0sDAH0nBgDLMgIAgBoQAEILCABKXgIAG48AAHCPAAAHSwMAfScGAMsyAgDMIxAAFzwCAGw8AgBGswYA6A8IANPWAAAoJgcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAPYACQDcxwYAt0gAAPj8CgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAEjUOAHR9DgAZLw0A4xoCAOmxDwAAAAAAF9wMAHJ+DwDHfg8AHH8PAHF/DwDGfw8AG4APAHCADwCpSwsAsZQPAAaVDwBblQ8A+wEDAAAAAAAoJgcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIAG98FAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgAN5A4A0x4OAKlLCwAAAAAAt5wBAAAAAAAbjwAAzYcAAACiCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAcSoPAE4FAgCpSwsAAAAAABuPAADNhwAAkrkJAOcLDQAtyQkAgskJANfJCQAsygkA4xoCAIHKCQDWygkAK8sJAOMaAgCdsgUA8rIFAEezBQCJEg8A3hIPADMTDwCdsgUA8rIFAEezBQCJEg8A3hIPADMTDwDNhwAAb4EPAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAD4/AoAhxYNANwWDQDLMgIA67IMAECzDADTfgMAt0gAAPj8CgCHFg0A3BYNAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAA+ZwUACOsMAME8AgAWPQIAaz0CALdIAAAMSQAAwi0QABcuEABsLhAAAAAAABc8AgBjRQIAMc0BAAzuBQDcxwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgA5Yg8ADEkAAMItEAAXLhAAKCYHAMsyAgDGNwIADEkAAMItEAAXLhAAbC4QAAAAAADNhwAAGo8BAMTiAwCMHgAAh2wMANxsDAAxbQwAhm0MANttDADLMgIAxjcCAAxJAADCLRAAFy4QAGwuEADLMgIAxjcCAAxJAADCLRAAFy4QANN+AwBVAAAA9gAJAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAARrMGAOgPCABrlAAAwJQAABbpAADC5QIAt0gAALdIAAA+ZwUAk2cFAOMaAgA4GwIAjRsCAPj8CgBrlAAAwJQAABbpAADC5QIA5hgBAOgPCAC3SAAADEkAAOcLDQBCCwgAJ3QPAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAAFtFCgAajwEAb48BAO9iAwBEYwMASaoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAQgsIACd0DwCrUwEAsegQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAIdvCQBCCwgAIn8JAO65AgAajwEAxOIDAL+UAQAoJgcA77EJAGuUAADAlAAAFukAAMLlAgDjGgIA9fwNAC3JCQBwjwAA67wCALecAQAMnQEAPmELAJNhCwDoYQsAQQYOAMCUAAAW6QAAwuUCAG+BDwBCEQIARLEKAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEA6A8IAD0YAAC3SAAA+PwKAEmqDAAW6QAAwuUCACgmBwAtyQkAt0gAAMQ5AgDZJgAA4xoCAPX8DQAtyQkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDeGAkAfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANzHBgBdnAYAspwGAIppDAC/lAEAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CACgmBwDuuQIATv0JAKP9CQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCALo/BgAPQAYAaT0EALecAQBBBg4A5hgBAOgPCAA9GAAAt0gAAPj8CgBCCwgAJ3QPAMCUAAAW6QAAwuUCAEcOAACXBg0AVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQBBBg4AQhECAKf4CgAAoggAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIA6bEPAMCUAADZJgAAcNgMABc8AgDmGAEA6roFALJLAgD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAO+xCQBOsQAAXZwGALKcBgAHnQYAXJ0GALGdBgAGngYA5hgBADsZAQD3pwsAIn8JAFyWDQB4KQkATrEAAD6/AgCySwIAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAACiCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgBCCwgAJ3QPANkmAAB4KQkArZkOAGuUAABCCwgAzYcAAACiCABVoggAqqIIABI1DgB0fQ4AGS8NABfcDABxiAYA5hgBAOgPCAA9EAgA4xoCAOmxDwDAlAAATgUCAKMFAgABRBAAcI8AAOK7DAC3SAAAuj8GACgmBwDvsQkA+PwKAE39CgCi/QoAt0gAAE4FAgASNQ4AdH0OABkvDQCroAkAAKEJAIDPBQBv3gcATgUCALjmCwC4RgEADUcBAP6dDgBTng4AqJ4OAP2eDgBSnw4AF9wMAHJ+DwDHfg8Av5QBABSVAQBplQEATgUCALjmCwC4RgEADUcBAP6dDgBTng4AqJ4OAP2eDgBSnw4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAz3gNACR5DQB5eQ0AznkNACN6DQB4eg0AKCYHAE4FAgCjBQIALicAANPWAABOBQIAF9wMAGzcDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCABI1DgB0fQ4AGS8NAKMFAgABRBAAcI8AAOK7DAC3SAAAuj8GACgmBwDvsQkAb4EPAD0YAACSGAAAEUMBADYdAgCroAkAAKEJABvfBQAndA8A3McGAKOxAAAveQIAOW8CAGNFAgCHbwkAQrwBABI1DgCdsgUA034DAHPVDADI1QwAHdYMAHLWDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAGuUAADAlAAAFukAAMLlAgCyQgsAeCkJAK2ZDgCdYAIATgUCACfRBwAW5wIA5hgBAOMaAgD1/A0AGo8BAGOaAgDNhwAAsksCALo/BgAoJgcA77EJAE4FAgCpSwsAsZQPAAaVDwBblQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAOBEMAI0RDADaaw8AL2wPAIRsDwDZbA8AKdUBALJLAgC6PwYA4xoCALecAQBBBg4AEjUOABBDAgBlQwIAukMCAJ2yBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAnbIFAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAEjUOAHR9DgAl2AIAetgCAOYYAQDqugUAb4EPAAhBDABdQQwAskEMAAdCDACLHQIA/ksLAFNMCwAtyQkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAq6AJAAChCQC3SAAAG48AABc8AgDRzAwAJ3QPANzHBgCjsQAAL3kCADlvAgBjRQIAG98FAE4FAgAX3AwAb4EPAEILCABOBQIACEEMAF1BDACyQQwAB0IMABuPAABHDgAAjB4AADgRDACNEQwAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAFYYPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BABCCwgATgUCABfcDABvgQ8AQgsIAE4FAgAIQQwAXUEMALJBDAAHQgwAG48AAEcOAACMHgAAJ9EHABbnAgBr5wIAwOcCABXoAgBq6AIASKoNAJ2qDQDyqg0AR6sNAJyrDQBvgQ8AB0sDAE6xAAD7AQMAe88KAEIHDACXBwwA7AcMAEEIDACWCAwA6wgMABcvDwCxlA8ABpUPAFuVDwBOBQIAFYYPAC3JCQC3SAAATgUCABWGDwDZJgAATgUCAOMaAgD1/A0ALckJAHCPAADrvAIAq6AJAGw8AgDmbAIAO20CAG/eBwBCCwgATgUCANPWAAAajwEAfScGAAxJAABOBQIAFYYPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BACfRBwA+Cg0AkwoNAOgKDQA+ZwUACOsMAF3rDAAahwkATgUCANPWAAAajwEAfScGAAxJAABOBQIAFYYPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAfScGAAxJAABOBQIAFYYPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BANHMDAAmzQwA7rkCABqPAQBCCwgAJ3QPANPWAAAajwEAfScGAAxJAABOBQIAFYYPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALjmCwBbRQoAGo8BAG+PAQDvYgMARGMDAEmqDABOBQIA0cwMACd0DwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCABfcDAByfg8Ax34PAL+UAQAUlQEAaZUBAOYYAQDoDwgAPRgAALdIAABOBQIAEjUOAHR9DgAZLw0AqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAOBEMAI0RDADiEQwACEEMAAdLAwBcSwMAsUsDAOYYAQDqugUAt5wBAGRCBABOsQAAa5QAAOMaAgD1/A0ALckJAHCPAADrvAIARw4AAE4FAgAVhg8ALckJALdIAABOBQIAFYYPANkmAABOBQIAq6AJAGw8AgDmbAIAO20CALdIAAD4/AoAQhECAESxCgDAlAAATgUCANHMDAAmzQwA7rkCABqPAQBCCwgAJ3QPAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAQgsIAE4FAgAX3AwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAInsNAHd7DQDMew0AIXwNAHZ8DQDLfA0AIH0NAHV9DQDKfQ0AH34NAHR+DQDJfg0AHn8NAHN/DQDIfw0AHYANAHKADQDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0AGYQNAG6EDQDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAAAoJgcALckJAE4FAgDM0QwAIdIMAO65AgBO/QkAF9wMAG+BDwDEgQ8AGYIPAG6CDwDDgg8AGIMPADgRDACNEQwA4hEMANN+AwAofwMAfX8DABc8AgBOBQIAJ9EHAHzRBwDR0QcAJtIHAHvSBwAW5wIAa+cCAMDnAgAV6AIAnbIFAPKyBQB0KA4AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAOBEMAKtIDAAASQwACEEMAF1BDADnGAAAPBkAAA3nCwA5bwIAbDwCAEazBgDoDwgAt0gAAPj8CgBJqgwATgUCAOMaAgA4GwIAjRsCAOIbAgC45gsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIAG98FAE4FAgAn0QcAqUcPAP5HDwCySwIA+PwKAE39CgDoDwgAPRgAALdIAABOBQIA0cwMAJcLCABf5g8AtOYPAOMaAgDNhwAAksEBAIweAAAn0QcAFucCAAmVDABelQwAs5UMAAiWDABOBQIAOBEMAKtIDAAASQwAJ9EHAKlHDwD+Rw8AOW8CALdIAAC6PwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAC6PwYAb48BAEIRAgBOBQIA0cwMAJWyDQDT1gAAOBEMAI0RDADiEQwAq6AJAAChCQDPgwIAMcgGAO65AgBO/QkAo/0JANN+AwBOBQIA5hgBADsZAQD3pwsAzYcAAG/eBwAifwkAb48BAEIRAgBOBQIAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAOBEMAKtIDAAASQwAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwASNQ4AbiwQAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAADFLA4ATgUCADgRDACNEQwA4hEMAOYYAQDoDwgAPRAIADsZAQAXPAIAOBEMAKtIDAAASQwAOBEMAI0RDADiEQwAgB4MANUeDAAqHwwAuOYLALhGAQANRwEA9P4MAEn/DACe/wwA8/8MAE4FAgAVhg8A2SYAAE4FAgAn0QcAqUcPAP5HDwA5bwIAt0gAALo/BgBvjwEAQhECAE4FAgAbjwAARLIJAJmyCQDusgkAQ7MJAJizCQDtswkAQrQJAJe0CQASNQ4AdH0OABkvDQAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAF9wMALJLAgAVhg8A77EJAE4FAgAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAVQAAALdIAAC6PwYAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDABuFCgBwhQoAFYYPAO+xCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgDRzAwAlbINAOYYAQDqugUAGo8BAG+PAQBOBQIAJ9EHAJwOAABgQQkAtUEJAApCCQBfQgkATgUCAC3JCQCCyQkA18kJACzKCQCBygkA1soJACvLCQCAywkA1csJACrMCQB/zAkA1MwJACnNCQB+zQkA080JACjOCQB9zgkA0s4JACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCABI1DgBuLBAAYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAQgcMAJcHDABi5Q0At+UNAAzmDQBh5g0AtuYNABWGDwDvsQkATgUCAMzRDADnCw0ARw4AALecAQAMnQEAPmELAJNhCwDoYQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAPj8CgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIA8rIFALk6DAAOOwwAYzsMALg7DAANPAwAYjwMALc8DAAMPQwAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwCQugoA5boKADq7CgCPuwoA5LsKADm8CgCOvAoA47wKADi9CgCNvQoA4r0KADe+CgCMvgoA4b4KADa/CgCLvwoA4L8KAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMAQQYOAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDG1g0AG9cNAHDXDQDF1w0AGtgNAG/YDQDE2A0AGdkNAG7ZDQDD2Q0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAO2EOADnCBACOwgQA48IEADjDBACNwwQA4sMEADfEBACMxAQAqUsLAC5uDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAJK5CQAajwEAY5oCAEEGDgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgDw/w8ARQAQAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAlAYQAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgDpBhAAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBCCwgA3hgJAGuUAABHDgAACJQOAJIYAAARQwEA+PwKAKtTAQDxAQ0AxOIDAHaHAgD4/AoASaoMABbpAADC5QIAIygKAJ2yBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAW0UKABc8AgC3SAAA+PwKAEmqDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAIAaEAAajwEA4xoCAOu4BgBsPAIAOW8CANN+AwBOBQIACEEMAF1BDACyQQwAB0IMALecAQAMnQEAUasDAKarAwAndA8AQgsIAPsBAwCVswwAfSYHANImBwAnJwcATgUCACfRBwDfHgIAzYcAADlvAgBjRQIAG98FAE4FAgAVhg8A4xoCADHNAQAM7gUA3McGALdIAABOBQIAowUCAHgpCQDNKQkASAoDAJ0KAwCKwAoAPBkAABc+AABOBQIA09YAACjXAABsPAIA2sAPAC/BDwD2AAkASwEJAE4FAgAX3AwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgA4EQwAFD0EAGk9BAC3nAEAQQYOAOYYAQDoDwgAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBABcQgwAsUIMAAZDDABbQwwATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAFxCDACxQgwABkMMAFtDDAC4RgEADUcBAP6dDgBTng4AqJ4OALecAQDTfgMATrEAAM2GAQCisAIA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAG98FAPsBAwDjGAQAdNQMAMnUDAAe1QwAq6UEAACmBABVpgQAqqYEAP+mBABUpwQAqacEAP6nBAC45gsA7wwEABbnAgBOsQAAzYYBAH0mBwAW3A0ATQUDAKIFAwD3BQMATAYDAKEGAwD2BgMAuu0CAA/uAgBk7gIAue4CAA7vAgAX3AwAcYgGALjmCwBbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwBT+gcA0cwMABc8AgAocw8A7rkCAE79CQCj/QkALCcCAIEnAgASNQ4APmcFAJNnBQBrlAAAQgsIALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAGNBBgBzLQoAJXsKAHp7CgD3BgIAGo8BABc8AgBjRQIA8A4BAAWWDwBOBQIAnbIFABc8AgBjRQIAgM8FALJLAgD4/AoAF9wMAHGIBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAMzRDADnCw0ARw4AAHaHAgC3nAEADJ0BAD5hCwCTYQsA6GELAJK5CQDnCw0ARw4AAHaHAgBOBQIAF9wMAG+BDwBCCwgATgUCALjmCwBbRQoAFzwCALdIAAAAAAAAAAAAAAAAAADLMgIAAAAAAMsyAgAAAAAAyzICAAAAAABOBQIAF9wMAG+BDwBCCwgATgUCALjmCwBbRQoAFzwCALdIAAAZLBAAAAAAAE4FAgAX3AwAb4EPAEILCABOBQIAuOYLAFtFCgAXPAIAt0gAALecAQAMnQEAUasDAKarAwD7qwMAUKwDAKWsAwD6rAMAEjUOAG4sEABhSQAA8A4BAFUAAABbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwDwDgEA+lYEABfcDAAEmA4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgAX3AwAb94HAMTeBwAZ3wcAbt8HAPj8CgBJqgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCABfcDABxiAYAQhECAESxCgDmGAEATgUCADgRDAB9JwYA0icGANHMDAAndA8AfHQPAPYACQBniQ8AvIkPAEcOAABOBQIAFYYPAO+xCQAAAAAAAAAAAPsBAwCWEQMAfc0KANLNCgAnzgoAfM4KAKlLCwCxlA8ABpUPAFuVDwASNQ4AdH0OABkvDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCzQQsACEILAF1CCwCSuQkA5wsNAEcOAAB2hwIAZzUOAEmqDACeqgwA86oMAEirDACdqwwA8qsMAEesDACcrAwA8awMANHMDAB4dxAAa5QAABI1DgB0fQ4AGS8NAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDACArCgB1KwoAyisKALlABgAOQQYAKHMPAH0nBgD4/AoAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFANUoAgAqKQIAuj8GAA9ABgBkQAYAuUAGAA5BBgBjQQYA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQCatQUA77UFAES2BQCZtgUAJ9EHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoAQ1sMAIdvCQAtyQkAt0gAAPj8CgASNQ4AdH0OABkvDQDM0QwA5wsNAEcOAABrlAAAt0gAANPWAAAoJgcAFzwCAEpeAgBOBQIAOBEMAKtIDAAASQwAG48AAHCPAAAXPAIAY0UCAIDPBQDVzwUAKtAFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAKWjDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgCdsgUAPr8CAJ9QEAD0UBAASVEQAPOpDQDZIwMAnA4AAOYYAQDoDwgA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAkrkJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAC7LBgCDywYA2MsGAC3MBgCCzAYA18wGAOYYAQCwSgUABUsFAFpLBQCvSwUAQgsIAOMaAgBOBQIA5hgBADsZAQD3pwsATKgLAKGoCwDmGAEAsEoFAAVLBQBaSwUAr0sFAE6xAACjsQAA+LEAAE2yAACisgAA6roFADlvAgAocw8AzYcAAG/eBwDmGAEAsEoFAAVLBQBaSwUAr0sFAFP6BwDRzAwAFzwCAChzDwDuuQIATv0JAKP9CQAsJwIAgScCABI1DgA+ZwUAk2cFAGuUAABCCwgA5hgBANDYAQBwjwAAB0sDAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMbWDQAb1w0AT0wPAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOIYBQA3GQUAjBkFAOEZBQA2GgUATgUCALecAQBkQgQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIA6bQMAD61DAAX3AwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEAfh4OAF72AADCOAUA5wsNAEcOAAB2hwIA96kJAEyqCQChqgkA9qoJAEurCQCgqwkA9asJAEqsCQCfrAkA9KwJABfcDABvgQ8A034DAE4FAgAVhg8A2SYAAE4FAgASNQ4AbiwQAGFJAAC2SQAAVQAAAPYACQDcxwYAGo8BAFtCDQB4KQkAa5QAAEILCABOBQIA5hgBALBKBQAFSwUAWksFAK9LBQBT+gcAzNEMAOcLDQBHDgAAdocCAMzRDADnCw0ARw4AAHaHAgBOBQIAkrkJANN+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2+BACSvgQAFYwJAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQC8jwkAEZAJAGaQCQC7kAkAEJEJAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoAFYYPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCABI1DgC6PwYAD0AGAGRABgBCCwgATgUCABWGDwAtyQkA034DAEcOAABk7QMAue0DAGRCBADVKAIARw4AAGTtAwC57QMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAxtYNABvXDQBw1w0AxdcNABrYDQBv2A0AxNgNABnZDQBu2Q0Aw9kNABjaDQBt2g0AwtoNABfbDQBs2w0AwdsNAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoAFYYPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCABI1DgC6PwYAD0AGAGRABgBCCwgATgUCABWGDwAtyQkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgAVhg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAEjUOALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQAXPAIAKHMPAGOaAgAMnQEAYZ0BANN+AwDVKAIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMI5BABK/A4AwC8QABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAM8rBQAkLAUAeSwFAM4sBQDmGAEAsEoFAAVLBQBaSwUAr0sFAAAAAADwDgEA+lYEABfcDAAEmA4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgAX3AwAb94HAMTeBwAZ3wcAbt8HAPj8CgBJqgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCABfcDABxiAYAQhECAESxCgDmGAEATgUCADgRDAB9JwYA0icGANHMDAAndA8AfHQPAPYACQBniQ8AvIkPAEcOAABOBQIAFYYPAO+xCQAAAAAABZYPAD5nBQCTZwUA6GcFAD1oBQCSaAUA52gFAPAOAQD6VgQAF9wMAASYDgAahwkAb4cJAMSHCQAZiAkAq6AJAAChCQDPgwIAMcgGABc8AgBCCwgATgUCABfcDABv3gcAxN4HABnfBwBu3wcA+PwKAEmqDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAF9wMAHGIBgBCEQIARLEKAOYYAQBOBQIAOBEMAH0nBgDSJwYA0cwMACd0DwB8dA8A9gAJAGeJDwC8iQ8ARw4AAE4FAgAVhg8A77EJAAAAAAAIQQwAXUEMAPsBAwAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAJ9EHAHzRBwDR0QcADu4DAGPuAwC47gMADe8DAGLvAwDzqQ0AAAAAAAAAAABHDgAAAAAAAAAAAAA9vgQAt+wGAAztBgBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMAICsKAHUrCgDKKwoAuUAGAA5BBgBjQQYA+wEDAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOGkJAI1pCQDiaQkAN2oJAIxqCQAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAF9wMANkmAAC3SAAA+PwKAEmqDABvjwEAQhECAE4FAgASNQ4AdH0OAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA9LAFAEmxBQCesQUA87EFAEiyBQAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAX0IJAPsBAwDNhwAABvgBABc8AgBjRQIAt0gAAD5nBQCTZwUAa5QAAEcOAABVAAAA9gAJAEsBCQAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIA+PwKAEmqDAAW6QAAwuUCAHvPCgDQzwoAJdAKANXPBQAq0AUAf9AFANTQBQAp0QUAftEFANPRBQAo0gUAfdIFANLSBQAn0wUAfNMFANHTBQAm1AUAe9QFANDUBQAl1QUAetUFAM/VBQAk1gUAedYFAM7WBQAj1wUAeNcFAM3XBQAi2AUAd9gFAMzYBQAh2QUAdtkFAMvZBQAg2gUAddoFAMraBQAf2wUAdNsFAM2HAAAiiAAA81kIAEhaCABCCwgATgUCABI1DgBuLBAAYUkAAOYYAQDqugUAP7sFAE4FAgCroAkAAKEJALdIAAA+ZwUAk2cFAGuUAABHDgAATgUCALjmCwAzvg4ASwEJAE4FAgCroAkAAKEJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBkQgQAFD0EAEyyAQB9JwYA0icGANPWAACSuQkAGo8BAE6xAADzWQgATgUCADgRDACrSAwAQgsIACJ/CQDE4gMA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwDF1Q8ASaoMABbpAADC5QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwDF1Q8ASaoMABbpAADC5QIAa5QAAEILCAAifwkAxOIDAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOhcEAI8XBADkFwQAORgEAI4YBAAxzQEAhs0BANvNAQAwzgEAhc4BALrmCQAP5wkAZOcJALnnCQAO6AkAY+gJALjoCQAN6QkAYukJALfpCQAM6gkAYeoJALbqCQAL6wkAYOsJALXrCQAK7AkAX+wJALTsCQDNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAxtYNABvXDQBw1w0AxdcNABrYDQBv2A0AxNgNABnZDQBu2Q0Aw9kNABjaDQBt2g0AwtoNABfbDQBs2w0AwdsNALjmCwDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKAG/bCgDE2woASAoDAJ0KAwCKwAoAQ1sMAIdvCQAtyQkAt0gAAPj8CgASNQ4AdH0OABkvDQDM0QwA5wsNAEcOAAB7zwoA0M8KABvfBQBw3wUAxd8FAG03BgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgAX3AwA09YAAIImAgC3SAAATgUCANPWAACCJgIAcSoPAMYqDwAIQQwAXUEMALJBDAAHQgwAuOYLAFtFCgBHDgAA670BAL+UAQDjGgIAt5wBAEEGDgASNQ4AdH0OABkvDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAEjUOAG4sEABhSQAAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAJ9EHAIweAADhHgAANh8AAIsfAADgHwAAXvYAAGnfDAAZ4wMAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAEtVCgCNEQwA4hEMAOMaAgDruAYAQLkGAJW5BgDquQYAPRgAAE4FAgAn0QcAqUcPAP5HDwCySwIAGo8BABQ9BADoDwgAKCYHAC3JCQC3SAAA+PwKAEmqDAAW6QAAwuUCAOyuDwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAyC0KAB0uCgByLgoAxy4KABwvCgBxLwoAxi8KABswCgBwMAoAxTAKABoxCgBvMQoAxDEKACfRBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQAVhg8AFzwCAE4FAgDRzAwAJs0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAQrwBABuPAABwjwAAB0sDAAb4AQDG1g0AG9cNAHDXDQDF1w0AGtgNAG/YDQDE2A0AGdkNAG7ZDQDD2Q0AGNoNAG3aDQDC2g0AF9sNAGzbDQDB2w0A6rYJAKmiCQD7pQkAUKYJAKWmCQD6pgkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgAVhg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAEjUOALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQC4QQYADUIGAGJCBgC3QgYAFtwNAGvcDQDA3A0AFd0NAGrdDQC/3Q0AFN4NAGneDQC+3g0AE98NAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAIppDACMHgAA3xkHAEEGDgDcxwYAt0gAALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYADUIGAGJCBgC3QgYAa5QAAMCUAAAW6QAAwuUCAOwRAgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAeiMNAM8jDQAkJA0AeSQNAM4kDQAjJQ0AeCUNAJwOAABgQQkAtUEJAApCCQBfQgkAxDkCAH0mBwDSJgcAJycHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAIoWCgDAlAAAFukAAMLlAgA9GAAAkhgAAC/ICACEyAgA2cgIAC7JCACDyQgA2MkIAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCABI1DgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoA4hANAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwBXoQcAF9wMANkmAAC3SAAA+PwKAEmqDAAn0QcAjB4AAN8ZBwBBBg4A3McGALdIAAC6PwYAKCYHAO+xCQBOBQIAqUsLALGUDwAGlQ8AW5UPANkjAwCHwwoA3MMKADHECgCGxAoA28QKADDFCgAUkAYAaZAGAL6QBgATkQYAaJEGAL2RBgASkgYAZ5IGALySBgARkwYApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCABI1DgB0fQ4AfSYHAFtFCgC3nAEADJ0BAGGdAQDTfgMA+wEDAAAAAABOBQIAEjUOABBDAgBlQwIAukMCAPOpDQAn0QcAPgoNABqPAQB9JwYAzYcAAOMaAgC3nAEAQQYOACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAOBuBgBOBQIAowUCAHDYDADF2AwAGtkMABI1DgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMASAoDAJ0KAwCKwAoAF9wMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBBBg4AJ9EHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgB30A0AzNANACHRDQAXPAIAh28JAIPDDgCfXgIAwJQAAEIHDACXBwwAFzwCAGNFAgCAzwUA1c8FACrQBQDNhwAA4xoCALecAQBBBg4Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANN+AwD7AQMAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgA5wwMAFzwCAGNFAgC4RQIAAUQQAEcOAACMHgAA7LQJAEG1CQCWtQkA67UJAEC2CQCVtgkAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GANkjAwCcDgAAYEEJALVBCQAKQgkAX0IJAE4FAgCpSwsAsZQPAAaVDwBblQ8AFtwNAGvcDQCl9BAA+vQQAE/1EACk9RAA+fUQAE72EACj9hAA+PYQAE33EACi9xAAyd0DAB7eAwBz3gMAyN4DAB3fAwBy3wMAx98DABzgAwDM0QwA5wsNAEcOAADjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgCKaQwA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDE3wYAMc0BAEcOAADPMAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAHfQDQDM0A0AIdENAE4FAgDmGAEA6roFANN+AwBOBQIACEEMAF1BDACyQQwAB0IMAOMaAgDpsQ8AF9wMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCdsgUA8rIFALk6DAAOOwwAYzsMALg7DAANPAwAYjwMALc8DAAMPQwAYT0MALY9DACpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgD5pAwAeCgKAHR9DgAZLw0AOBEMAFUAAAAiiAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAHfQDQDM0A0AIdENAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgD1/A0AKCYHALdIAABHDgAAdocCAD5nBQAI6wwA2sAPAE4FAgCjBQIAFzwCAIdvCQDmGAEATgUCAEK8AQBe9gAA+wEDAPgEAwCjsQAA+LEAAE2yAACisgAA97IAAEyzAADM0QwAIdIMAHbSDADL0gwAq6AJAEIHDACXBwwATgUCABWGDwAtyQkAt0gAAE4FAgAVhg8A2SYAAE4FAgAX3AwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgDjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgCKaQwATgUCABI1DgB0fQ4AGS8NABI1DgDNhwAAAKIIAEpeAgBOBQIAEjUOAG+BDwDTfgMATgUCABWGDwDZJgAATgUCABI1DgBuLBAAYUkAALZJAAALSgAAa5QAAEILCABOBQIA4xoCAOu4BgBAuQYAlbkGAOq5BgA/ugYAt5wBAM2HAACSwQEAdocCALo/BgBOsQAARw4AAIweAADNhwAAOW8CAE6xAADzWQgAyzICAPD/DwBFABAAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgCUBhAA6QYQAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAHfQDQDM0A0AIdENAAAAAABVAAAA9gAJAGeJDwBHDgAAjB4AAM2HAAA5bwIATrEAAPNZCABVAAAAfSsCAMsyAgDw/w8ARQAQAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAlAYQAOkGEACisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgB30A0AzNANACHRDQC3nAEAZEIEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAG4UKAIweAADhHgAAFukAAMLlAgD7AQMAt0gAAD5nBQAI6wwA5mwCAEcOAABVAAAAW0UKABc8AgC3SAAA+wEDALdIAAA+ZwUACOsMAOZsAgBHDgAAVQAAAFtFCgAXPAIAt0gAAPsBAwCKFgoAwJQAABbpAADC5QIAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEACx0CgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAAfQKAFb0CgCr9AoAAPUKAFX1CgCq9QoA//UKAFT2CgCp9goA/vYKAFP3CgCo9woA/fcKAFL4CgAW3A0Aa9wNAMDcDQAV3Q0Aat0NAL/dDQAU3g0Aad4NAL7eDQAT3w0AaN8NAL3fDQAS4A0AZ+ANALzgDQAR4Q0ApfQQAPr0EABP9RAAPRgAAPAOAQAFlg8ATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQCzQQsACEILAF1CCwAn0QcAjB4AAOEeAAA2HwAAix8AAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEAOHEBAA2xQQAi8UEANUoAgAqKQIAPmcFAAjrDADmbAIARw4AAFUAAABbRQoAFzwCALdIAADLMgIAlAYQAOkGEACisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgB30A0AzNANACHRDQB20Q0Ay9ENACDSDQB10g0AytINAB/TDQB00w0AydMNAB7UDQBz1A0AqUsLALGUDwAGlQ8AW5UPAMHmAgA+vwIAn1AQAPRQEABJURAAnlEQAPNREABIUhAAnVIQAPJSEADPgQQAJIIEAHmCBADOggQAI4MEAHiDBADNgwQAIoQEAHeEBADMhAQAIYUEAHaFBADLhQQAIIYEAHWGBADKhgQAH4cEAHSHBADJhwQAHogEAHOIBADIiAQAHYkEAHKJBADHiQQAHIoEAMgtCgA+vwIAn1AQAPRQEABJURAAnlEQAPNREABIUhAAnVIQAPJSEAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAt0gAALo/BgAPQAYAZEAGALlABgAOQQYAY0EGALhBBgANQgYAYkIGALdCBgBICgMAa5QAANPWAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAHfQDQDM0A0AIdENAO+xCQCSGAAA7gYLAEMHCwDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMAisAKABfcDADiug0AZEIEAO65AgBO/QkACEEMAF1BDADuBgsAQwcLAEcOAABOBQIAowUCAHDYDADF2AwAGtkMAG/ZDAA4EQwAjREMAOIRDADTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQCjsQAAG48AAEcOAAB2hwIA+PwKAE4FAgAIQQwAXUEMAO4GCwBDBwsAF9wMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAF2cBgCynAYAB50GAFydBgAb3wUATgUCANPWAACSuQkAGo8BAGOaAgBBBg4AqUsLAEcOAAB2hwIAy4cCAOMaAgC3nAEAZEIEAMTiAwDfHgIAGo8BAG+PAQBCEQIATgUCABfcDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMAfNEHANHRBwAm0gcAe9IHANDSBwAl0wcAetMHAM/TBwASNQ4ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwASNQ4AbiwQAGFJAADM0QwA5wsNAEcOAAB2hwIAEjUOALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgAlewoAensKAPcGAgAajwEAFzwCAGNFAgAVhg8AfSYHANImBwAnJwcATgUCABI1DgBOsQAAVQAAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDANPWAAAajwEAfScGAAxJAABOBQIAzNEMAOcLDQBHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIAuOYLALhGAQANRwEA7rkCABqPAQBCCwgAJ3QPAMCUAAD7AQMA4xgEAHTUDADJ1AwAHtUMAMHmAgAj2AQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAGTtAwC57QMAU/oHAKj6BwD9+gcAUvsHAKf7BwD8+wcAUfwHAKb8BwAZLBAA9QcDAE6xAABVAAAATgUCALjmCwC4RgEADUcBAO65AgAajwEAQgsIACd0DwDAlAAA+wEDAOMYBAB01AwAydQMAB7VDADB5gIAI9gEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAEILCACXCwgA2sAPALdIAAC6PwYA7rkCAE79CQAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgAVhg8AFzwCAE4FAgDRzAwAlbINAOqyDQA/sw0AlLMNAOmzDQA+tA0Ak7QNAOi0DQA9tQ0AkrUNAOe1DQA8tg0AQgsIAEcOAABOBQIAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEO5AwCYuQMA7bkDABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBBBg4AFYYPABc8AgBOBQIA0cwMAJWyDQDqsg0AP7MNAJSzDQDpsw0APrQNAJO0DQDotA0APbUNAJK1DQDntQ0APLYNAE4FAgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgAVhg8AFzwCAE4FAgDRzAwAlbINAOqyDQA/sw0AlLMNAOmzDQA+tA0Ak7QNAOi0DQA9tQ0AkrUNAOe1DQA8tg0AGSwQAJIUBAB4KQkAzSkJACIqCQAIQQwAXUEMALJBDAAHQgwAXEIMALFCDAAGQwwAW0MMAAAAAADNhwAAAKIIAFWiCABkQgQA+wEDABc8AgAocw8Ab48BAEIRAgBEsQoAwJQAABbpAADC5QIAa5QAAOYYAQBOsQAAPr8CACKIAADzWQgASFoIAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAMLlAgAxzQEARw4AAPsBAwDZIwMAh8MKANzDCgAxxAoAhsQKANvECgAwxQoA86kNAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACzQQsACEILAM0oCgAiKQoAdykKALlABgAOQQYAY0EGAHMtCgASNQ4AdH0OAEILCAAndA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwBuLBAAYUkAAMaLAwAbjAMAcIwDAMWMAwAajQMAb40DAMSNAwAZjgMAF9wMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBBBg4AnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAX3AwAsksCACIlDgBuLBAAGo8BAMTiAwAZ4wMA5hgBADsZAQDmGAEA6A8IAD0YAAAxGgoAhhoKANsaCgDptAwAPrUMAOYYAQDqugUAOW8CAEpeAgCfXgIAQgsIAE4FAgDRzAwAJ3QPAM2HAAAh0gwAdtIMAMvSDAAg0wwAddMMAMrTDAAf1AwADZANAG+BDwBCCwgATgUCADgRDACrSAwAAEkMAMTZDAAmzQwAxOIDAOFzAADjGgIAt5wBAEEGDgBCCwgATgUCABuPAABwjwAAt0gAALo/BgBjmgIATgUCABI1DgC6PwYAD0AGAGRABgBCCwgATgUCAKugCQAAoQkAt0gAAD5nBQC3nAEAZEIEALlCBACaCwUATrEAAMsyAgCUBhAA6QYQAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAHfQDQDM0A0AIdENAIAaEACMHgAA4R4AADYfAACLHwAA4B8AAEILCAAndA8AzYcAAG/eBwD7AQMA3hgJANPWAAA9GAAA+wEDAJK5CQDnCw0ARw4AAHaHAgC3nAEADJ0BADYUCwCLFAsA4BQLADUVCwD2AAkASwEJABbpAADC5QIAlbMMAH0mBwDSJgcAJycHAE4FAgAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAJ9EHAKlHDwD+Rw8AsksCABuPAABHDgAATgUCAJK5CQD5pAwA3McGAEpeAgCfXgIAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAN1vCAAycAgAh3AIANxwCAAxcQgAhnEIANtxCAAwcggAhXIIANpyCAAvcwgAhHMIANlzCAAudAgAg3QIAMiECAAdhQgAcoUIAMeFCABCCwgATgUCABWGDwAtyQkAt0gAAE4FAgDT1gAAgiYCABqPAQB9JwYAuj8GAG+PAQBCEQIATgUCAKMFAgBw2AwAFzwCAE4FAgAVhg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAEsBCQBsPAIAsksCALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAeiMNAM8jDQAkJA0AeSQNAM4kDQAjJQ0AeCUNAEUNAwDQ2AEAt0gAAM2HAACySwIA+PwKABWGDwB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAE4FAgASNQ4Auj8GAA9ABgBkQAYAQgsIAE4FAgAVhg8ALckJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQD3pwsAIn8JAFyWDQDTfgMATgUCAJ2yBQDysgUAuToMAHCPAAC3SAAA+PwKAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoA09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIAcNgMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAJK5CQDnCw0ARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAASfBwAAAAAAt5wBAPsBAwBICgMAnQoDAIrACgDM0QwA5wsNAEcOAAB2hwIARw4AAE4FAgAX3AwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgA4EQwAjREMAOIRDACAHgwA1R4MACofDAC45gsAW0UKALBFCgBQAgMApQIDAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDRKQUAFzwCAGNFAgCAzwUAsksCAPj8CgAn0QcAjB4AAEcOAADrvQEAv5QBACgmBwC3nAEAt5wBAE4FAgDM0QwA5wsNAEcOAAB2hwIAXvYAAGnfDAA9vgQAEjUOAD5nBQCTZwUAa5QAAEILCABOBQIAowUCAHDYDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADTfgMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAAO4GCwBDBwsARw4AANkmAAA5xQEAjsUBAOPFAQAndA8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMbWDQAb1w0AuToMAA47DABjOwwAuDsMAA08DABiPAwAtzwMAAw9DACroAkAAKEJAIDPBQDVzwUAKtAFAE4FAgAX3AwAb4EPANN+AwBOBQIAnbIFAPKyBQBHswUAiRIPAN4SDwAiiAAAGocJAE4FAgC45gsAW0UKABqPAQBvjwEAsksCAEcOAAD7AQMASAoDAJ0KAwCKwAoA38AKAIweAADhHgAANh8AAIsfAADgHwAA4G4GAE4FAgAX3AwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAEEGDgCjBQIAcNgMABc8AgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMARw4AAIweAADhHgAANh8AAIsfAADgHwAA4G4GADVvBgDhHgAAFukAAMLlAgCMHgAA4R4AABbpAADC5QIAFtwNAGvcDQDA3A0AFd0NAGrdDQC/3Q0AFN4NAGneDQC+3g0AE98NANUoAgAXPAIAY0UCALhFAgABRBAARw4AAIweAABuLw0AX0kCADu8CACQvAgATgUCACfRBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgCSuQkA5wsNAC3JCQBHDgAAjB4AAIdsDACBcgwAFzwCAChzDwDuuQIATv0JAKP9CQDLMgIA8P8PAMCUAAAW6QAAwuUCAMsyAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCABbcDQBr3A0AIocBAHeHAQBHqQ8AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAEjUOAG4sEABhSQAAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BAO9iAwBOBQIAG48AABc8AgC3nAEA+wEDAEwJAACSuQkA57kJADy6CQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAEjUOAG4sEABhSQAAY5kDAJWyDQAzGQkAiBkJAN0ZCQAyGgkAmlwJANHMDACXCwgAa5QAAOYYAQA7GQEAY5kDAJWyDQAzGQkAiBkJAN0ZCQAyGgkAmlwJANHMDACXCwgAa5QAAOYYAQA7GQEAkBkBAE4FAgCroAkAQgcMAJcHDABi5Q0At+UNAAzmDQBh5g0Aa5QAAMCUAADmGAEATLIBAMTiAwDrvQEAv5QBACgmBwDvsQkATgUCANHMDAAndA8APRgAAAdLAwBrlAAAQgsIAE4FAgDT1gAAkrkJABqPAQBjmgIAQQYOABI1DgA+ZwUA034DABqPAQBvjwEAQhECAE4FAgASNQ4AdH0OABkvDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAEjUOAG4sEABhSQAAY5kDAJWyDQAzGQkAiBkJAN0ZCQAyGgkAmlwJANHMDACXCwgAa5QAAOYYAQA7GQEA0cwMAHh3EADNdxAAIngQAHd4EADMeBAAIXkQAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBn5QgAKCYHAASfBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOMYBAB01AwAydQMAB7VDAD9Sg0AkrkJABqPAQBjmgIAQQYOAKMFAgAuJwAAt0gAAE6xAADzWQgAGo8BAG+PAQBCEQIATgUCACfRBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAAAX3AwA2sAPABqPAQBOBQIA7rkCAE79CQCj/QkAimkMAL+UAQAoJgcA77EJAPsBAwAajwEAY5oCAEEGDgA9GAAAkhgAABFDAQDZJgAAcNgMAMXYDAAa2QwAb9kMAEC9AgDAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAAAAAAFz2AgCx9gIACEEMAF1BDADnGAAAAKQGAFWkBgA7DwsAkA8LAOUPCwCjBQIAeCkJAM0pCQAiKgkAFYYPABc8AgBOBQIA0cwMACbNDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgCpSwsA/ksLAFNMCwCoTAsA/UwLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAEIHDACXBwwAAAAAAEILCADeGAkAMxkJAIgZCQDdGQkAMhoJALBGCQAFRwkAWkcJAK9HCQAEnwcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAHDYDADF2AwAGtkMAG/ZDABAvQIAwJQAABbpAADC5QIAyzICAIAaEACcDgAAYEEJAFxCDAB4KQkArZkOAJ1gAgBOBQIAF9wMAHGIBgDuuQIAQ7oCAJi6AgBkQgQAQgsIAE4FAgDRzAwAlbINADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwDuuQIAGo8BABc8AgCHbwkA77EJAOYYAQDoDwgAPRgAANPWAAAoJgcAFzwCAEpeAgClowwAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUAiRIPAN4SDwAzEw8AiBMPAN0TDwAyFA8ATgUCAKugCQBCBwwAlwcMAOwHDABBCAwAlggMAOsIDABc6w0AsesNAD5nBQAI6wwAsksCAPj8CgBCEQIATgUCADgRDACrSAwAAEkMAKlLCwAajwEAfScGAAxJAABhSQAAxosDAE4FAgAIQQwAXUEMALJBDAAHQgwAq6AJAEIHDACXBwwAYuUNALflDQAM5g0AYeYNALbmDQAVhg8AFzwCAE4FAgDmGAEATLIBAMTiAwDPMAAAzYYBAKKwAgDZJgAAeCkJAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAIDPBQCySwIA+PwKANHMDACVsg0AMxkJAIgZCQDdGQkAMhoJAJpcCQC45gsAuEYBAA1HAQDuuQIAGo8BAEILCAAndA8AKCYHACgmBwC3SAAAt5wBAEEGDgBHDgAA670BAE4FAgDRzAwAlbINADMZCQCIGQkA3RkJADIaCQCaXAkACEEMAF1BDACyQQwAB0IMAFxCDACxQgwABkMMAFtDDADRzAwAlbINADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgAajwEAzYcAAACiCABOBQIAEjUOAE6xAABVAAAA+wEDAE4FAgBK/A4AwC8QAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBe9gAAAAAAAD2+BAB1ew8AcNgMABc8AgC3SAAAuj8GAO65AgBO/QkA3xkHANN+AwBOBQIAq6AJAAChCQBVoQkAqqEJAP+hCQBUogkATgUCADgRDAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA4xgEANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgBICgMAnQoDAMuCBwBK/A4Aa5QAAKtTAQDxAQ0AxOIDAHaHAgC6PwYAb48BAEIRAgBOBQIA0cwMAJWyDQDmGAEA6roFABqPAQBn5QgAvOUIABHmCABm5ggAu+YIABDnCABl5wgAuucIAA/oCABk6AgAuegIAA7pCABj6QgAuOkIAA3qCABi6ggAt+oIABc8AgBjRQIAuEUCAAFEEABHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAAAbjwAAcI8AAAdLAwAG+AEA+wEDAAAAAADjGgIAt5wBAEEGDgASNQ4AdH0OABkvDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAEjUOAE6xAABVAAAA+wEDAAAAAAC3nAEARw4AAPsBAwAAAAAAJ9EHAOu9AQBAvgEA+wEDAAAAAAA9GAAAPRgAAGuUAADcxwYAt0gAALo/BgAoJgcA77EJAE4FAgCroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDKgQkAt0gAALo/BgAPQAYAZEAGAEILCADeGAkALckJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAi7kQAFtFCgCwRQoABUYKAF72AADCOAUA5wsNAEcOAAB2hwIAfh4OAKugCQAAoQkAgM8FANXPBQAq0AUATgUCANHMDACXCwgAX+YPALTmDwDjGgIAzYcAAJLBAQCMHgAAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAABfcDACySwIAG48AALecAQBCCwgATgUCAAhBDABdQQwAskEMAAdCDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAFzwCAGNFAgC4RQIAAUQQAEcOAACMHgAAJ3QPAMCUAAAW6QAAwuUCAGuUAADAlAAAFukAAOQRCgA5EgoA5xgAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADC5QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIAlAYQAOkGEACisAIAOcMDAI7DAwDjwwMAOMQDAMXVDwAa1g8Ab9YPAMTWDwAZ1w8AbtcPAMPXDwAY2A8AxtYNABvXDQBw1w0AxdcNABrYDQBv2A0AxNgNABnZDQBu2Q0Aw9kNABjaDQBt2g0AwtoNABfbDQBs2w0AwdsNACgmBwBHDgAATgUCAKlLCwCxlA8ABpUPAFuVDwAAAAAAAAAAAAAAAAD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEA8QENACgmBwDvsQkATgUCAKugCQAAoQkAVaEJAKqhCQD/oQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACAHh3EABwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAF9wMAOMaAgBCEQIARLEKAN8ZBwBBBg4AkrkJAD0YAABrlAAAq1MBAPEBDQAAAAAAPRgAAE4FAgCroAkAAKEJAJK5CQAbjwAARw4AAOFzAABv3gcARw4AAOu9AQC/lAEAKCYHAO+xCQBrlAAAq6AJAChzDwBbQg0AeCkJABuPAAC3SAAAzYcAALJLAgAAAAAAKCYHAE4FAgCroAkAAKEJAM+DAgAkhAIARw4AAOFzAABv3gcAPRgAAJIYAAD7AQMAihYKAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgBrlAAA3McGADHIBgCGyAYA28gGADDJBgCFyQYA2skGAC/KBgCEygYA2coGAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAE4FAgASNQ4Auj8GAA9ABgBkQAYAQgsIAE4FAgAVhg8ALckJALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQBFtQUAmrUFAO+1BQBEtgUAmbYFAIAaEACcDgAAYEEJALVBCQAKQgkAX0IJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAeiMNAM8jDQAkJA0AeSQNAM4kDQAjJQ0AeCUNAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoA38AKADTBCgCJwQoA3sEKADPCCgCjBQIAeCkJAM0pCQAiKgkAFYYPABc8AgBOBQIA0cwMACbNDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIAAKIIAEEGDgDAlAAAFukAAMLlAgAoJgcAKCYHALecAQBOBQIAEjUOALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQC3SAAATgUCANPWAACSuQkAGo8BAGOaAgBBBg4A09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIAcNgMABc8AgBOBQIAF9wMAG+BDwDEgQ8AFYYPAH0mBwDSJgcAJycHAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA4EQwAq0gMAABJDAAIQQwAXUEMALJBDAAHQgwA3r4NADO/DQCIvw0A3b8NADLADQCHwA0A3MANADHBDQAsJwIAgScCAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAEjUOALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQC3SAAATgUCABfcDADZJgAAt0gAAPj8CgBJqgwAQQYOAMCUAAAW6QAAwuUCAOyuDwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgDhaQoANmoKAItqCgDgagoANWsKAIprCgDfawoANGwKAIlsCgDebAoAM20KAF72AADT1gAAgiYCABqPAQB9JwYAlhICABc8AgBjRQIAgM8FALJLAgD4/AoABJgOAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwAVhg8A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwCpSwsALm4OAABUAQBVVAEAjBENAOERDQA2Eg0AixINAOASDQDT1gAAkrkJAPmkDAA9GAAATgUCABI1DgA+ZwUA034DABqPAQBvjwEAQhECAE4FAgASNQ4AdH0OABkvDQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQBHDgAATgUCAJ2yBQDysgUAuToMAA47DABjOwwAuDsMAA08DABiPAwAtzwMAAw9DABhPQwAtj0MABfcDAAEmA4AAAAAABuPAAAajwEAFzwCAGNFAgAb3wUATgUCAKMFAgAXPAIAh28JAOYYAQBOBQIAEjUOAG4sEABhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA034DABqPAQBvjwEAQhECAE4FAgDRzAwAlwsIAF/mDwC05g8A4xoCAM2HAACSwQEAjB4AAN6+DQAEmA4AAAAAABuPAAAajwEAFzwCAGNFAgAX3AwAcYgGAKugCQAAoQkARw4AAJwOAAAtyQkAFzwCAE6xAABrlAAAowUCABc8AgCHbwkA5hgBAE4FAgA4EQwAfScGAEcOAABOBQIAuOYLALhGAQAocw8AFD0EAOq6BQA5bwIA034DAE4FAgCjBQIA+AUCACKIAAAahwkAxDkCABc8AgDTfgMATgUCABWGDwAXPAIATgUCACfRBwCcDgAALckJABc8AgBOsQAAPRgAAGuUAACrUwEA+wEDAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAF9wMAASYDgAAAAAAG48AABqPAQAXPAIAKHMPAG+PAQBCEQIATgUCABfcDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAa5QAALdIAADNhwAAb94HAEILCAAXPAIAKHMPAG+PAQDZJgAAcNgMAE4FAgCpSwsA/ksLAFNMCwARQwEA2SYAAHDYDADF2AwAGtkMAG/ZDADNhwAAGo8BANUoAgDNhwAAZuENAKf4CgD8+AoAb48BAHYnDQA+ZwUACOsMAOZsAgBHDgAAoVsDAM2HAACySwIA+PwKAMzRDADnCw0ARw4AAHaHAgBOBQIACEEMAF9JAgC0SQIACUoCAOcYAAAApAYAVaQGADsPCwCQDwsA5Q8LADoQCwCPEAsA5BALAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAxOIDAOMaAgDpsQ8AkrkJAM2HAADuuQIAGo8BAG+PAQBnNQ4ATf0KAKL9CgD3/QoATP4KAKH+CgD2/goAS/8KAKD/CgD1/woASgALAJ8ACwD0AAsASQELACbNDAB3fwkAzH8JACGACQAbjwAAQgsIAKugCQAAoQkAgM8FAG/eBwBOBQIAG48AAEILCAAAAAAAKCYHAE4FAgASNQ4Auj8GAA9ABgBkQAYAuUAGAA5BBgCSuQkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIA1SgCAEIRAgBEsQoAmbEKAO6xCgBDsgoAmLIKAO2yCgBjRQIARw4AAOu9AQCMHgAARw4AAPsBAwBCEQIARLEKAJmxCgDusQoAQ7IKAJiyCgDtsgoAQrMKAJezCgDsswoAQbQKAJa0CgCjBQIAcNgMABc8AgAVhg8AFzwCAE4FAgAn0QcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAACEEMAF1BDACyQQwAB0IMAEpeAgBPpgoAkhgAANPWAACSuQkA5wsNAEcOAAB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCqpAYA/6QGAFSlBgCppQYA/qUGAFOmBgAX3AwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgBw2AwAxdgMABrZDAB9JgcA0iYHACcnBwBOBQIAEjUOAE6xAABVAAAATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwDNhwAAGo8BAGuUAADAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAa5QAAOYYAQBVAAAAW0UKABc8AgBsPAIAOW8CANN+AwBOBQIAowUCAPgFAgBNBgIA6bQMAD61DAA4EQwAjREMAOIRDAAIQQwAX0kCALRJAgAJSgIAq6AJAAChCQBHDgAAnA4AALecAQAbjwAAt0gAALo/BgAoJgcAQgsIACd0DwA9GAAAX0kCALRJAgAJSgIACEEMAF1BDAAXPAIATgUCACfRBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIAuOYLALhGAQANRwEA7rkCABqPAQBCCwgAJ3QPAE6xAADzWQgATgUCAMzRDADnCw0ARw4AAHaHAgBOBQIAOBEMAKtIDAAASQwASl4CAE+mCgCSGAAA09YAACgmBwCDww4AG48AAFUAAABOBQIAowUCAPgFAgBNBgIA6bQMAD61DACiBgIAB0sDACgmBwDLMgIAlAYQAPNZCADNhwAAb4EPAD0YAABrlAAA3xkHAEcOAADLMgIAMhMQAIcTEAAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgBO/QkAQgsIAJcLCABv3gcAQgsIABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwBICgMAX0kCALRJAgAJSgIAvuEKABPiCgBo4goAveIKABLjCgBn4woAvOMKABHkCgBm5AoAu+QKABDlCgBl5QoAuuUKAA/mCgBk5goAueYKAA7nCgBj5woATgUCAGnfDACcDgAAYEEJALVBCQAKQgkAX0IJAKv1CQBwLwsAxS8LABowCwBJqgwAFukAAMLlAgCpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgBOBQIAF9wMAHGIBgAIQQwAa5QAANPWAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMA+wEDAEK8AQB50gkAztIJACPTCQB40wkAzdMJACLUCQB31AkAzNQJAMXbCQAAAAAAAAAAAAAAAAC+4gkAE+MJAGjjCQC94wkAEuQJAGfkCQC85AkAEeUJAAAAAAAAAAAAZuUJALvlCQAQ5gkAwjkEAAX0BgBa9AYAowUCAHDYDADF2AwAGtkMAPsBAwDjGAQAOBkEALHoEAAG6RAAW+kQALDpEADNhwAA4xoCALecAQBBBg4AowUCAHgpCQDNKQkAIioJAAhBDABdQQwAskEMAAdCDABcQgwAsUIMAAZDDABbQwwAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAPsBAwBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQAVhg8AFzwCAE4FAgDRzAwAJs0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIASvwOAPsBAwAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAAChzDwBvjwEAQhECAE4FAgASNQ4Auj8GAA9ABgBkQAYAQgsIAE4FAgAVhg8ALckJALdIAABOBQIAF9wMANkmAAC3SAAA+PwKAEmqDAAEnwcAPr8CAJO/AgD7AQMAF9wMAOK6DQBVoggAqqIIAOMaAgDruAYAQLkGAJW5BgDquQYAP7oGAGjmBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAG4UKAHCFCgAX3AwAbNwMAMHcDAAW3QwAlbINANPWAACSvgQAF9wMAGzcDACObwIA428CADhwAgCNcAIA4nACADdxAgBOBQIAc34OAAAAAABOBQIADI4QAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwA9vgQA5hgBANDYAQBHDgAAdocCAE4FAgDjGgIA6bEPABWGDwDZJgAATgUCABI1DgAQQwIAZUMCALpDAgAefQ8ALm4OAPcGAgBMBwIAoQcCAPYHAgBHDgAATgUCALjmCwAN5wsAOW8CAGw8AgBGswYA6A8IALdIAAD4/AoASaoMAE4FAgAAAAAATgUCABI1DgB0fQ4AGS8NAOMaAgDpsQ8Aq6AJAAChCQBHDgAAnA4AAC3JCQAXPAIATrEAAGuUAAAsJwIAgScCAMCRAwD1/A0AKCYHALecAQBOBQIAQhECABqPAQDuuQIATv0JAEEGDgCWBg4Ab4EPAMSBDwBCEQIAGo8BAO65AgBO/QkAC5oFAAP7AQAAUwIAVVMCAE4FAgBCEQIAGo8BAO65AgBO/QkA5hgBALBKBQAFSwUAWksFAK9LBQA9vgQA5hgBANDYAQBHDgAAdocCAE4FAgDjGgIA6bEPABWGDwDZJgAATgUCABI1DgAQQwIAZUMCALpDAgDmGAEAsEoFAAVLBQBaSwUAr0sFAARMBQAsJwIAgScCAMCRAwD1/A0AKCYHALecAQBOBQIAQhECABqPAQDuuQIATv0JAAuaBQAD+wEAAFMCAFVTAgBOBQIAQhECABqPAQDuuQIATv0JAOYYAQCwSgUABUsFAFpLBQCvSwUABEwFACwnAgCBJwIAwJEDAPX8DQAoJgcAt5wBAE4FAgBCEQIAGo8BAO65AgBO/QkAQQYOAJYGDgBvgQ8AxIEPAEIRAgAajwEA7rkCAE79CQALmgUAA/sBAABTAgBVUwIATgUCAEIRAgAajwEA7rkCAE79CQBCCwgAeHcQALecAQBBBg4APRgAAJIYAAARQwEA2SYAAHDYDADF2AwAGtkMAG/ZDABAvQIAwJQAABbpAADC5QIASAoDAJ0KAwCKwAoA5hgBADsZAQD3pwsATKgLAKGoCwD2qAsACEEMAF9JAgC0SQIACUoCAEILCADmGAEAOxkBAPenCwBMqAsAoagLAPaoCwAIQQwAX0kCALRJAgAJSgIAQgsIAOYYAQA7GQEA96cLAEyoCwChqAsA9qgLALjmCwAN5wsAYucLALfnCwAM6AsAYegLALboCwC3nAEADJ0BAFGrAwCmqwMATgUCABuPAAAXPAIAt5wBAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQA4EQwAFD0EAGk9BAC+PQQAEz4EAGg+BABOBQIAqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAowUCAHDYDAAXPAIATgUCALjmCwAN5wsAYucLALfnCwAM6AsAYegLALboCwAsJwIAgScCAMCRAwAVkgMAapIDAL+SAwCjBQIAcNgMAMXYDAAa2QwAb9kMADgRDAB9JwYA0icGADgRDACNEQwA4hEMADcSDABxiAYAuOYLAA3nCwBi5wsAt+cLAAzoCwBh6AsAtugLAMsyAgAxzQEARw4AAJwOAADmGAEA6roFALJLAgBOsQAA81kIABqPAQBvjwEAQhECAE4FAgC45gsADecLAGLnCwC35wsADOgLAGHoCwC26AsAowUCAHDYDAAXPAIATgUCAPAOAQAvbg0Ai7kQAOC5EAAIQQwAXUEMALJBDAAHQgwAuOYLALhGAQBjRQIAuEUCAHgpCQD+8g4Aa5QAAEILCABOBQIA09YAABqPAQB9JwYADEkAAE4FAgAAAAAATgUCABWGDwAXPAIATgUCABnYDgAAAAAATgUCABWGDwAXPAIATgUCABnYDgBu2A4A3r4NAHGIBgDRzAwAJ3QPAHx0DwD2AAkAZ4kPALyJDwAndA8APRgAAE6xAABVAAAAqgAAAF7rCwCz6wsACOwLAF3sCwCy7AsA5hgBAOq6BQBvgQ8AA/sBAM2HAAAAoggAVaIIACKIAABKXgIAxN8GAGbhDQBEsQoAzNEMACHSDAB20gwAy9IMAAhBDABdQQwAskEMAAdCDADjGgIA6bEPAGuUAAA9GAAATgUCAKMFAgBw2AwAxdgMABrZDABv2QwAOBEMAI0RDAD/mhAAVJsQAKmbEAD+mxAAU5wQAEEGDgBCCwgAyzICAE4FAgASNQ4APmcFANN+AwBOBQIAEjUOAHR9DgAZLw0AOBEMAI0RDAD/mhAAVJsQAKmbEAD+mxAAU5wQADgRDAB9JwYA+wEDAEgKAwCLuRAA4LkQADW6EAA4EQwAjREMAP+aEABUmxAAqZsQAP6bEABTnBAAuOYLALecAQBBBg4AlgYOAJLBAQCMHgAAq6AJAEIHDACXBwwATgUCAEwJAAA9GAAAi7kQAOC5EAA1uhAAOBEMAI0RDAD/mhAAVJsQAKmbEAD+mxAAU5wQABuPAABwjwAAt0gAALo/BgAPQAYAZEAGAGuUAADAlAAAFukAAMLlAgC3nAEADJ0BAFGrAwCmqwMATgUCACfRBwA+Cg0ATrEAAPNZCABOBQIAowUCAHgpCQDNKQkAIioJAEr8DgCf/A4AQhECAESxCgDmGAEATgUCABqPAQBvjwEATgUCABfcDABvgQ8A034DAE4FAgAVhg8A2SYAAE4FAgASNQ4AbiwQAGFJAAC2SQAAnA4AAC3JCQAXPAIATrEAAGuUAAC3nAEADJ0BAD5hCwCTYQsA6GELAOi/AgDTfgMATgUCADgRDACNEQwA/5oQAFSbEACpmxAA/psQAFOcEABBBg4AQgsIAE4FAgBCEQIARLEKAOYYAQASNQ4AbiwQAGFJAABCEQIARLEKAOYYAQBHDgAATgUCABfcDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA0cwMABc8AgAocw8A7rkCAE79CQCj/QkATgUCAKMFAgBw2AwAxdgMABrZDABv2QwAowUCAHDYDAAXPAIATgUCADHNAQBCCwgA4xoCAE6xAAAIlA4AkhgAABFDAQDZJgAAcNgMAMXYDAAa2QwAb9kMAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEABJ8HAKOxAAAveQIAhHkCANl5AgBCCwgAJ3QPANkmAADZJgAAcNgMAMXYDAAa2QwAb9kMAEC9AgDAlAAAFukAAMLlAgBs3AwAt0gAALo/BgBbQg0AOcUBACKIAAAahwkAG48AABc8AgASNQ4AdH0OABkvDQCjBQIAeCkJAK2ZDgCdYAIAd9oDAMzaAwAh2wMAdtsDAMvbAwAg3AMAddwDAMrcAwDjGgIA6bEPAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQBCCwgA+wEDAD0YAACSGAAAEUMBADYdAgCyQgsAB0MLAFxDCwCxQwsAowUCAAFEEABwjwAA4rsMALdIAAC6PwYAKCYHAO+xCQC3SAAA+PwKAD0YAABHDgAAv5QBACgmBwDvsQkAxOIDABnjAwCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIATgUCAKlLCwAubg4AWEYMAK1GDAACRwwAV0cMAKxHDAABSAwAVkgMANHMDAAXPAIAKHMPAO65AgBO/QkATgUCAJYSAgDrEgIAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwD7AQMAowUCAHDYDAAXPAIATgUCALjmCwBCCwgA3hgJAE4FAgA4EQwAq0gMAABJDAAIQQwAXUEMALJBDAAHQgwAt5wBAAydAQBRqwMApqsDACd0DwCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIAG98FAE4FAgDmGAEAOxkBAPenCwBMqAsAoagLAPaoCwC45gsAuEYBAA1HAQDuuQIAGo8BAEILCAAndA8ARw4AAE4FAgC45gsADecLAGLnCwC35wsADOgLAGHoCwC26AsAQhECAJcRAgBOBQIAowUCAHgpCQDNKQkAIioJAEcOAABOBQIAOBEMAI0RDADiEQwARw4AAFUAAAD2AAkA3McGANkmAAA5xQEAjsUBAOPFAQBK/A4A1SgCAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAPABDgAHSwMAb48BAEIRAgD7AQMAPRgAAJIYAAARQwEAxowCAM92DwDzqQ0AQgsIACd0DwB8dA8A0XQPACZ1DwB7dQ8A0HUPACV2DwB6dg8A+wEDAEcOAAB2hwIAPmcFAJNnBQBOsQAAt0gAAPsBAwAXPAIAY0UCAM+DAgAxyAYA7rkCAE79CQCj/QkAbDwCAOMaAgC3nAEAQQYOAIdsDADcbAwAMW0MAIZtDADbbQwATrEAAM2GAQAXPAIAY0UCAIdsDADcbAwAMW0MAIZtDADbbQwAMG4MAIVuDADabgwAL28MAIRvDADZbwwALnAMAH/UAQDU1AEADPECAGHxAgBBBg4Ah2wMANxsDAAxbQwAhm0MANttDAAwbgwAhW4MANpuDAAvbwwAhG8MANlvDAAucAwAVQAAAKoAAAA5bwIAimkMAIweAADzqQ0AG48AAEcOAACMHgAA4R4AABWVAABrlAAAwJQAABbpAADC5QIA09YAAIImAgDwAQ4AB0sDAG+PAQBCEQIA+wEDAACqAABVqgAAqqoAAMaMAgDPdg8A86kNAEILCAAndA8AfHQPANF0DwAmdQ8Ae3UPANB1DwAldg8AenYPAPsBAwBHDgAAdocCAPj8CgBN/QoA6A8IAKtTAQDxAQ0A+wEDAEIRAgDmGAEA6A8IAD0YAAC3SAAAzYcAALJLAgC6PwYAKCYHAO+xCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAAsZcMAKf4CgDjGgIA67gGALJLAgDNhwAAAKIIAE4FAgCpSwsAsZQPAAaVDwBblQ8AAKIIAPsBAwBKXgIApaMMAPqjDABPpAwApKQMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAANrADwBOBQIAFYYPAC3JCQC3SAAATgUCABWGDwDZJgAATgUCAOYYAQDoDwgAPRAIADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgA7vAgA+PwKAEILCABOBQIA4xoCANN+AwBOBQIAF9wMAG+BDwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgC45gsAuEYBAA1HAQD0/gwASf8MAJ7/DABCEQIAlxECABWGDwCDww4A6bQMAD61DAC8NwwAETgMAKMFAgD4BQIAqp4MAP+eDABUnwwAqZ8MAP6fDABToAwAqKAMAP2gDAC45gsADecLADlvAgCKaQwAjB4AAKlLCwCxlA8ABpUPAFuVDwBOsQAAPr8CAJ9QEABCEQIAkrkJAOe5CQA4EQwAjREMAOIRDACAHgwA1R4MAMMsEABjRQIAgM8FAG/eBwBOBQIAAAAAADLBDABOBQIAkrkJAM2HAABvgQ8AQgsIALecAQBBBg4AQgsIAKlLCwAubg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDABfcDACySwIAF9wMALJLAgAAAAAA0ssMAE4FAgBCCwgAIn8JAFyWDQCxlg0ABpcNAFuXDQD7AQMA4xoCANN+AwC3SAAA+PwKAPgEAwDzWQgAzYcAADlvAgCSuQkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCALGUDwAGlQ8AW5UPAD0YAAC3SAAAzYcAAAb4AQBOBQIAqUsLALGUDwAGlQ8AW5UPACgmBwAtyQkAcI8AAOu8AgDRzAwAJ3QPALdIAAD4/AoA3McGALdIAAD4/AoAzYcAADlvAgBjRQIA0cwMACd0DwC3SAAA+PwKANzHBgC3SAAA+PwKAEcOAAC/lAEAFJUBAGmVAQC+lQEAUqEMAKehDABOBQIA4xoCANN+AwBOBQIAJ9EHAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAMTiAwCMHgAA4R4AAGNFAgAxzQEADO4FANzHBgC3SAAAuj8GACgmBwDmGAEA6roFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAKugCQAAoQkAz4MCALw2DQA9GAAAt0gAAE4FAgCdsgUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgA9vgQAuOYLALhGAQANRwEA9P4MAEn/DACe/wwA8/8MAE4FAgCdsgUA8rIFAE9MDwCkTA8A+UwPAE5NDwCjTQ8A+E0PAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwAubg4Ag24OANhuDgDSJwYAnbIFAPKyBQAihwEABJ8HAGuUAABHDgAA670BAMsyAgDw/w8ARQAQAPEBDQBGAg0AGo8BAH0nBgD4/AoAQgsIAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAJ2yBQDysgUAIocBAHeHAQAbjwAA4xoCALdIAAD4/AoAhxYNANwWDQAvGA4A2SYAADnFAQCOxQEA48UBAJcGDQDsBg0AQQcNAJYHDQDrBw0AKCYHACgmBwCDww4AEjUOALo/BgAPQAYAZEAGAEILCABOBQIAFYYPAC3JCQC3SAAATgUCADgRDACNEQwAFYYPANkmAABrlAAAQgsIACd0DwBCCwgATgUCABI1DgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoA4hANADcRDQBHDgAAdocCABI1DgC6PwYAD0AGAGRABgBCCwgATgUCABWGDwAtyQkAt0gAAE4FAgA4EQwAjREMAPUHAwDXyAoAvDUOADEXDQCGFw0A2xcNADAYDQCFGA0A2hgNAC8ZDQCEGQ0A2RkNAC4aDQDNJQ0AIiYNAHcmDQDMJg0A9QcDALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAF9wMANkmAAC3SAAA+PwKAEmqDAASNQ4AdH0OABkvDQDjGgIA6bEPABfcDABvgQ8AxIEPADgRDACNEQwA/5oQAFSbEACpmxAAb4EPAE6xAABrlAAAFYYPANkmAABOBQIAqUsLALGUDwAGlQ8AW5UPAE4FAgAIQQwAXUEMALJBDAAHQgwAix0CAC5uDgCDbg4AxOIDAKlLCwAubg4Ag24OAMTiAwAIQQwAXUEMAOcYAACpSwsAsZQPAAaVDwBblQ8AsZQPAAaVDwBblQ8Aa5QAABqPAQDuuQIATv0JAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEAvTUNABI2DQBnNg0ATgUCABuPAABwjwAA09YAAIImAgDXJgIA+PwKAEILCABOBQIAqUsLAC5uDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAQgsIAE4FAgAIQQwAXUEMALJBDAAHQgwAix0CAC5uDgD3BgIATAcCAKEHAgD2BwIATgUCACfRBwA+Cg0ATrEAAE6xAABrlAAARw4AANPWAACCJgIAcSoPAMYqDwAIQQwAXUEMALJBDAAHQgwAix0CAC5uDgD3BgIATAcCAKEHAgD2BwIASwgCAC5uDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAAAAAAD0YAAAHSwMAXEsDABI1DgB0fQ4AGS8NAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFANHMDAAmzQwAd38JABWGDwB9JgcA0iYHALjmCwAajwEAb48BACfRBwCpRw8A/kcPADlvAgCroAkAAKEJAIDPBQDVzwUAPgoNAE6xAABOsQAAa5QAAGuUAADjGgIA6bEPABfcDADjGgIAt5wBAIDPBQBv3gcATgUCALjmCwC4RgEADUcBAP6dDgBTng4AqJ4OAP2eDgBSnw4AFYYPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgAIQQwAA/sBAABTAgC6PwYAa5QAAEcOAABOBQIAFYYPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgAIQQwAA/sBAABTAgA9GAAAkhgAAMuCBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQD6VgQAFYYPAOMaAgAxzQEADO4FANzHBgC3SAAATgUCAMzRDAAh0gwAdtIMAMvSDAAIQQwAXUEMAOcYAAAX3AwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQDoDwgAt0gAAAxJAADnCw0AQgsIAE4FAgBBBg4AQgsIAE4FAgBHWAsAKCYHAH0mBwC3SAAAuj8GACgmBwDvsQkA+wEDABuPAABwjwAA09YAACjXAABsPAIA2sAPAF72AAAI9gEAR1gLAJxYCwAVhg8A77EJAE4FAgAX3AwAcYgGAEdYCwA9GAAAkhgAAMuCBwBrlAAAR1gLAJxYCwDuuQIAQ7oCAJi6AgDtugIAOBEMAI0RDADEjwEAKCYHAIPDDgCfXgIA09YAABqPAQB9JwYADEkAAD5nBQBCBwwAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCAACiCABHDgAACEEMAAdLAwAX3AwAcn4PAMd+DwAcfw8AcX8PAMZ/DwBvjwEAQhECAKlLCwCxlA8ABpUPANUoAgDNhwAAksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAW0INANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAABK/A4AwC8QABfcDAAEmA4AGocJABuPAADNhwAAAKIIACwnAgCBJwIAaDIQAL0yEAALOhAAYDoQALU6EAAKOxAAXzsQALQ7EAAJPBAAPb4EADgRDACrSAwAAEkMAAhBDABdQQwAskEMAAdCDABHWAsAt0gAAD5nBQBCBwwAa5QAAEdYCwDZJgAAOcUBAACiCABHDgAAjB4AAEdYCwB2Jw0APmcFAEIHDAC3SAAADEkAANN+AwBcQgwA+AUCAACiCABHDgAAFucCAPsBAwD7AQMAx9YMABzXDABx1wwAxtcMABvYDAAoywwAfcsMABWGDwAXPAIATgUCAAhBDABrlAAAzYcAADlvAgCpSwsA/ksLAEILCABOBQIAFYYPANkmAABOBQIAOBEMAI0RDACLuRAAC58AAN4YCQBrlAAARw4AAE4FAgAIQQwAXUEMALJBDAAHQgwAix0CAC5uDgCDbg4AxOIDANHMDACVsg0A6rINAD+zDQCUsw0A6bMNAD60DQCTtA0A6LQNAD21DQCStQ0A57UNADy2DQAAoggAFzwCAGNFAgCAzwUAb94HANN+AwBOBQIAqUsLAC5uDgCDbg4AxOIDAHaHAgAX3AwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACAzAgBCBwwAlwcMAOwHDABBCAwAlggMAOsIDABACQwAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwC6PwYAD0AGAGRABgBCCwgATgUCABWGDwAtyQkAt0gAAE4FAgDT1gAAgiYCABqPAQB9JwYAuj8GAG+PAQBCEQIATgUCAKMFAgBw2AwAFzwCAE4FAgAVhg8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAMCUAAAW6QAAwuUCABbcDQBr3A0AwNwNABXdDQBq3Q0Av90NABTeDQBp3g0Avt4NABPfDQBo3w0Avd8NABLgDQBn4A0AvOANABHhDQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAEIRAgBCEQIAFzwCAGNFAgBCEQIAp/gKALJLAgD4/AoAa5QAAMCUAAAW6QAAwuUCAD0YAAAHSwMAb48BAEIRAgBOBQIAJ9EHAIweAADfGQcAQQYOANzHBgC3SAAA+PwKAEILCABOBQIAEjUOAGc1DgC8NQ4AfB8PACfRBwCpRw8A/kcPADlvAgC3SAAAVQAAAMvUCgAg1QoAt0gAALH2AgCroAkAAKEJAIDPBQCSwQEAnA4AAO+xCQD7AQMAOhgDAI8YAwDkGAMAORkDAI4ZAwDjGQMAOBoDAI0aAwDiGgMALckJALdIAABVAAAAC58AALdIAABOBQIAowUCABc8AgCHbwkA5hgBAE4FAgAn0QcAIHwOAHV8DgAajwEAnbIFAKOxAABBBg4AlgYOAGc1DgC8NQ4ASVMOAJ5TDgCVWw8A6lsPAD9cDwCUXA8AKCYHABc8AgBKXgIAn14CAEILCABOBQIAEjUOAGc1DgC8NQ4ASVMOAJ5TDgCVWw8A6lsPAD9cDwCUXA8AOW8CAGuUAABCCwgATgUCABI1DgBnNQ4AvDUOAElTDgCeUw4AlVsPAOpbDwA/XA8AlFwPAGuUAADNhwAASl4CAJ9eAgBCCwgATgUCABI1DgBnNQ4AvDUOAElTDgCeUw4AlVsPAOpbDwA/XA8AlFwPAKMFAgD4BQIATQYCAKIGAgA7YQ4AkGEOAOVhDgD3+g0ATPsNAKH7DQD2+w0AS/wNAKD8DQC3nAEAQQYOAJYGDgDrBg4ATgUCABI1DgBnNQ4AvDUOAElTDgCeUw4AlVsPAOpbDwA/XA8AlFwPAAydAQDT1gAATgUCABI1DgBnNQ4AvDUOAElTDgCeUw4AlVsPAOpbDwA/XA8AlFwPAEcOAABOBQIAowUCAPgFAgBNBgIAogYCAKugCQAAoQkARw4AAJcGDQC3nAEAt0gAAE4FAgAn0QcAPgoNAJVbDwDqWw8AP1wPAJRcDwAAAAAAfh4OAE4FAgCjBQIA+AUCAE0GAgBclwwAqUsLALGUDwAGlQ8AW5UPAO+xCQBrlAAAJ9EHAIweAADFLA4AGi0OAG8tDgBOBQIAFYYPABI1DgBnNQ4AazEOAMAxDgAVMg4AajIOAL8yDgAUMw4ATgUCABWGDwC3nAEAt5wBAEEGDgDcxwYAt0gAALo/BgBvjwEA/wAAAJBgDwBHDgAATgUCAA3kDgDTHg4At0gAABuPAABVAAAATrEAAKOxAAAveQIAhHkCANl5AgDmGAEAOxkBAPenCwBMqAsAoagLAPaoCwDNhwAAOW8CAEILCADeGAkA09YAAD0YAABOsQAAo7EAAC95AgCEeQIA2XkCALdIAAD4/AoAhxYNAP9IDQBUSQ0AqUkNAP5JDQBTSg0AqEoNAIweAABHDgAAAAAAAAAAAACPYg4A5GIOADljDgCOYw4AXvYAAGnfDAA9vgQAdXsPAMp7DwAffA8AogYCAAAAAACdsgUA8rIFAEezBQBdPw4Asj8OAAdADgBHDgAAnA4AALecAQBBBg4AyzICALecAQAMnQEATfgPAG+PAQDZJgAA09YAAIImAgDwAQ4A8P8PAMCUAAAW6QAAwuUCAEILCAAndA8A4xoCADgbAgDGNwIAPmcFAAjrDABd6wwA7rkCAEO6AgCYugIAZEIEAEILCACXCwgAX+YPALo/BgAoJgcA77EJAE4FAgDT1gAAgiYCAPABDgAHSwMAb48BAEIRAgDRzAwAJ3QPAHx0DwDRdA8AJnUPAHt1DwDQdQ8AJXYPALo/BgAoJgcA77EJAE4FAgDT1gAAgiYCAPABDgAHSwMAb48BAEIRAgAn0QcAPgoNABqPAQB9JwYA+PwKAIcWDQD7AQMAEjUOAGc1DgC8NQ4ASVMOAJ5TDgDzUw4ASFQOAJ1UDgCjBQIA+AUCAE0GAgCiBgIAO2EOADnCBACOwgQAjbwLAEIHDAAL7QcA3hgJAC3JCQC3SAAATgUCAAAAAAAndA8AwJQAABbpAABr6QAAAAAAAAAAAAAn0QcAPgoNABqPAQB9JwYA+PwKAIcWDQDkwQQATfoNAKL6DQB8Hw8AowUCAHgpCQDNKQkAIioJAAAAAADjYw4AQrwBANkmAAA5xQEAjsUBAFz2AgD7AQMAqUsLAC5uDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA4L0MADW+DACroAkAAKEJADHNAQAM7gUA3McGALdIAAC6PwYAKCYHAO+xCQBOBQIAOBEMAI0RDACrUwEA8QENAEYCDQCbAg0A8AINAEUDDQCaAw0A7wMNAEQEDQCZBA0A7gQNABfcDABxiAYACEEMAF1BDADLggcASvwOAPBiAgBFYwIAmmMCAO9jAgBOBQIAqUsLAC5uDgCDbg4A2G4OANInBgCdsgUA8rIFACKHAQB3hwEAR6kPAOYYAQDqugUAGo8BAG+PAQAHSwMAb48BAEIRAgBOBQIAOBEMAI0RDAAJkw4AXpMOADphDwCPYQ8AxDkCALOTDgA9vgQAAAAAAE4FAgAbjwAAcI8AADHCDACGwgwA28IMADDDDACFwwwA2sMMAC/EDACExAwAsZQPAAaVDwBblQ8A4xoCAOmxDwC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgASNQ4AZzUOALw1DgBVAAAAqgAAAP8AAAA9vgQACZMOAF6TDgA9vgQAt0gAAMQ5AgCzkw4APb4EAAAAAABOBQIAEjUOAG4sEAAajwEAxOIDABnjAwBu4wMAZzUOALw1DgAxFw0AhhcNANsXDQAwGA0AhRgNANoYDQAvGQ0AhBkNANkZDQAuGg0AzSUNACImDQB3Jg0AzCYNACEnDQBKXgIApaMMAEILCAA9GAAAX0kCANrADwDvDAQA3x4CADQfAgBe9gAACPYBALfsBgA+vwIAk78CAOi/AgAiiAAAFzwCAIdvCQBHDgAA670BAG+PAQAHSwMAxOIDAN8eAgD5pAwAQgsIAE4FAgA4EQwAjREMALdIAAD4/AoAhxYNANwWDQB9JgcA0iYHAN9tCAC3SAAAEEMCABWGDwDvsQkATgUCACfRBwCMHgAAxSwOABotDgBvLQ4A1SgCAM2HAAAAoggAVaIIAKqiCACdsgUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIArkQNAANFDQBYRQ0ArUUNAAJGDQBXRg0Aq6AJAEIHDADvYgMARGMDAEmqDAAW6QAAQgcMAFUAAAC3SAAA+PwKAAAAAAAAAAAAAAAAAOMaAgDpsQ8A2SYAAHDYDAAXPAIAY0UCABfcDADiug0AVaIIAEwJAAChCQAAzNEMAOcLDQA8DA0AzYcAANkmAAC3SAAA+PwKAEmqDABOBQIAF9wMAOK6DQBVoggATAkAAKEJAADM0QwA5wsNADwMDQCpSwsAzYcAACKIAADzWQgATAkAAKEJAADM0QwA5wsNADwMDQCpSwsAzYcAACKIAADzWQgATAkAAKEJAADM0QwA5wsNADwMDQBkQgQAb48BAL+UAQBvjwEA9gAJAGeJDwC8iQ8AEYoPAGaKDwAAAAAAowUCAPgFAgBNBgIA37wOADS9DgBOBQIAEjUOAGc1DgC8NQ4AfB8PAEpeAgAAAAAATgUCABI1DgBnNQ4AvDUOAHwfDwAn0QcAPgoNABqPAQB9JwYA+PwKAIcWDQC45gsADecLAMcqDgCjBQIA+AUCAE0GAgCdsgUAPr8CABzhAgBOsQAAa5QAAN8ZBwC3nAEAQQYOAEILCAAgfA4AdXwOAMp8DgAffQ4AdH0OAMl9DgDRzAwAeHcQAM13EABsPAIAsksCALo/BgAoJgcA77EJANUoAgDmGAEARw4AABI1DgBnNQ4AvDUOAHwfDwC45gsADecLAMcqDgCjBQIA+AUCAE0GAgAn0QcAPgoNABqPAQB9JwYA+PwKAIcWDQDLMgIAyzICAMTXDgBOBQIAowUCAPgFAgBNBgIAogYCALGUDwAGlQ8AW5UPAKMFAgAXPAIAh28JAOYYAQAVhg8Ag8MOADgRDABCEQIAPRgAAJIYAAAXPAIAY0UCABvfBQBOBQIAG48AAHCPAADiuwwAN7wMAIy8DADhvAwANr0MAIu9DACLZg4AbNoOAMHaDgAW2w4Afh4OACDeAQDFLA4AGi0OAG8tDgBOBQIAzNEMAOcLDQA8DA0AazEOAMAxDgAVMg4AajIOAL8yDgAUMw4ATgUCAMzRDADnCw0APAwNAM2HAAAiiAAA81kIAE4FAgAn0QcAjB4AAMUsDgAaLQ4Aby0OAE4FAgDM0QwA5wsNADwMDQASNQ4AZzUOAGsxDgDAMQ4AFTIOAGoyDgC/Mg4AFDMOAE4FAgDM0QwA5wsNADwMDQAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgBK/A4AVQAAAKoAAACAJwMA1ScDACooAwB/KAMAqUsLAC5uDgD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgCroAkAQgcMAJ2yBQDysgUAR7MFAAhBDABfSQIAtEkCAAAAAABK/A4An/wOAHl3DwDOdw8AI3gPAHh4DwBclwwAuOYLAA3nCwDHKg4A+wEDAHd5DwDMeQ8AIXoPAPsBAwBOBQIAG48AAHCPAAAHSwMAfScGANInBgAxzQEA7wEPAFUAAAAajwEAfScGAPj8CgBJqgwA7rkCABqPAQBvjwEA72IDAM2HAABm4Q0ARLEKALjmCwC3nAEAzYcAALJLAgDZJgAAcNgMABc8AgDmGAEATgUCACfRBwA+Cg0AGo8BAH0nBgD4/AoAQgcMAJcHDABOBQIAowUCAHgpCQCtmQ4AApoOAFeaDgCsmg4AAZsOAFabDgCrmw4AF9wMANkmAAC3SAAA+PwKAEmqDABt2A8AwtgPABfZDwBs2Q8AwdkPABbaDwCKaQwATgUCAKMFAgBw2AwAxdgMABrZDAAn0QcAIHwOAHV8DgDKfA4AH30OAKlHDwD+Rw8AOW8CALdIAAD4/AoAF9wMAOMaAgD1/A0ASv0NALdIAAD4/AoAPgoNAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAFEEAD4BQIATQYCAKIGAgAvGA4AhBgOANkYDgBw2AwAxdgMABrZDAAn0QcAIHwOAHV8DgDKfA4AH30OAKlHDwD+Rw8AOW8CALdIAAD4/AoAF9wMAOMaAgD1/A0ASv0NALdIAAD4/AoAPgoNAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAFEEAAuGQ4AgxkOANgZDgCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIA6bQMAD61DAAAAAAAq6AJAEIHDACXBwwA+wEDAKlLCwDfGQcANBoHANrADwDvDAQAjB4AAEILCAD7AQMAGo8BAG+PAQDZJgAAcNgMAMLlAgBc9gIAsfYCABI1DgBnNQ4AvDUOAHwfDwDRHw8Awy0PABguDwBtLg8AKiEKAH8hCgDUIQoA6bQMAD61DACpSwsAsZQPAAaVDwBblQ8AKSIKADthDgA5wgQAjsIEAG8wCwAubg4AsegQAAbpEABb6RAAsOkQALjmCwC3nAEAQQYOAJYGDgCSwQEAjB4AAKugCQAAoQkAVaEJAA1GAgBK/A4AIN4BAHXeAQBCvAEAkrkJAPmkDADfGQcAgiYCAPABDgAHSwMAb48BAEIRAgBc9gIAsfYCABI1DgBnNQ4AvDUOAHwfDwDRHw8Awy0PABguDwBtLg8AdocCAMuHAgBvgQ8AQgsIAJcLCAA5bwIAQgsIANUoAgAoJgcALckJAGuUAADAlAAAFukAAMLlAgB/1AEA1NQBALecAQBBBg4At0gAAPj8CgASNQ4AzYcAAJLBAQAJkw4AGo8BAGOaAgBCCwgATgUCAKMFAgD4BQIATQYCAKIGAgAn0QcAPgoNAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAAFEEABBWw4AllsOAOtbDgBAXA4AlVwOAEr8DgCf/A4A9PwOAKlHDwBGVQ8Am1UPAPBVDwBFVg8AP10OAJRdDgDpXQ4ATgUCAE4FAgD7AQMA5hgBAOYYAQDqugUAOW8CANN+AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAEILCABVAAAA9gAJAEILCAC3SAAAzYcAAACiCABOBQIAEjUOAGc1DgC8NQ4AfB8PAPgFAgBNBgIAogYCACfRBwA+Cg0ATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAAUQQANPWAACCJgIAcSoPAGuUAADAlAAAY0UCABI1DgBnNQ4AvDUOAE6xAADNhgEAf9QBANTUAQC3nAEAQQYOALdIAAASNQ4AZzUOALw1DgAX3AwAcn4PAMd+DwAcfw8AcX8PAMZ/DwAbgA8AcIAPAMWADwD7AQMAAAAAAAAAAAAajwEAxOIDAAmTDgBrlAAAVQAAALhGAQBjRQIAz4MCAD6/AgCySwIA+PwKAE6xAAAAAAAAwC8QAKMFAgD4BQIATQYCAKIGAgA4xgEAZTUQACB8DgB1fA4AynwOAB99DgD7AQMAowUCAPgFAgBNBgIA6bQMAD61DACpSwsAsZQPAAaVDwBblQ8AksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAkMMBAEcOAAAsJwIAPRgAAE4FAgCpSwsAsZQPAAaVDwBblQ8AFYYPAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwAoJgcAt0gAAAxJAABhSQAAxosDAE4FAgCpSwsAsZQPAAaVDwBblQ8APRgAAEILCAAifwkAb48BAEIRAgD7AQMAqUsLAC5uDgC4jQ8ADY4PAGKODwC3jg8ARw4AAM2HAABGswYAVQAAALecAQDjGgIA9fwNAEr9DQCf/Q0A9P0NALecAQBBBg4AlgYOAOsGDgBABw4ATgUCABWGDwDZJgAATgUCABI1DgBnNQ4AvDUOAMCUAAAW6QAAwuUCAA45DgC3SAAA+PwKAIcWDQDcFg0A0cwMACbNDABKpw4An6cOAPSnDgBJqA4AnqgOAPOoDgBcQgwAeCkJAK2ZDgACmg4AV5oOAKyaDgBOBQIA4xoCAOmxDwDZJgAAcNgMABc8AgBjRQIAOBEMAH0nBgBHDgAATgUCALjmCwAN5wsAOW8CAGNFAgA9GAAAt0gAAE4FAgAX3AwAb4EPAEILCABOBQIA09YAAIImAgBxKg8AxioPAJ2yBQA+vwIAHOECAE6xAABrlAAA3xkHALecAQBBBg4AQgsIALdIAAAQQwIAZUMCALpDAgDzqQ0A86kNAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQC8NwwAETgMAAAAAAD1BwMA18gKALw1DgBjOQ4A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAAG+BDwBOsQAAFzwCAGNFAgCAzwUAsksCALo/BgAoJgcA77EJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgC6PwYAxOIDANkmAAB4KQkAa5QAAEILCABCCwgAJ3QPAHx0DwD2AAkAZ4kPALyJDwAndA8APRgAAE6xAADTfgMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBkQgQATrEAAD6/AgCySwIAuj8GACgmBwDvsQkATrEAAM2GAQCisAIAbdgPAPj8CgCrUwEAWEYMAK1GDACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAADLggcAt0gAAD5nBQAI6wwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgADTAYAWEwGAK1MBgACTQYAV00GAKxNBgABTgYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAADiuwwA81kIAEhaCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZEIEAG+PAQAHSwMAfScGALo/BgDNhwAAAKIIAGRCBADwYgIAzYcAALJLAgC6PwYAKCYHAO+xCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAC3JCQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQC8NwwAETgMAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAESxCgCZsQoAMc0BAEILCADjGgIATrEAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIA+PwKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAH7KDADTygwAa5QAAKtTAQCx6BAABukQAFvpEACw6RAABeoQAFrqEACv6hAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAfsoMANPKDABOsQAAzYYBAH/UAQDU1AEAt5wBAEEGDgC3SAAAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAfsoMANPKDAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAeiMNAM8jDQAkJA0AeSQNAM4kDQAjJQ0AeCUNAP5VAQB+ygwA08oMABuPAABwjwAA4rsMAPNZCABIWggAnVoIAPJaCABHWwgAnFsIACJ/CQAoJgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAfsoMANPKDABHDgAAZO0DALntAwBBBg4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB+ygwA08oMAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EAOwPBABBEAQA/lUBAH7KDADTygwA2SYAALecAQDTfgMA09YAAIImAgDTfgMARw4AAGTtAwC57QMAQQYOAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAfsoMANPKDACSFAQA5xQEADwVBACRFQQATgUCAPsBAwAMSQAAwi0QABcuEABsLhAAFzwCAIdvCQDT1gAAgiYCAOMaAgC3nAEATgUCAKlLCwAubg4A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCAKugCQAAoQkAz4MCALw2DQARNw0AZjcNALs3DQAn0QcACJQOAF2UDgCylA4AB5UOAFyVDgCxlQ4AJ9EHAAiUDgBdlA4AspQOAAeVDgBclQ4AsZUOAKlLCwAubg4A9wYCAEwHAgChBwIA9gcCAEsIAgBK/A4AwC8QABfcDAAEmA4AGocJABuPAADNhwAAF9wMAASYDgAahwkAG48AAM2HAAAAoggATgUCAEr8DgDALxAAFTAQAGowEAC/MBAAFDEQAGkxEAC+MRAAEzIQABuPAAC3nAEAt5wBAE4FAgDRzAwAJs0MAHvNDADQzQwAKHMPAG+PAQBCEQIATgUCADgRDAB9JwYA+PwKAE39CgBHDgAA2SYAALdIAABOBQIAnbIFAPKyBQBHswUAiRIPAN4SDwAzEw8AiBMPAEIRAgCSuQkA57kJAE4FAgCdsgUA8rIFAEezBQCJEg8A3hIPADMTDwCIEw8AOMcAAEcOAACMHgAAQgsIAE4FAgDjGgIA034DAPsBAwAg3gEAFTAQAP5LCwBCCwgATgUCABWGDwDZJgAATgUCADgRDACNEQwAPRgAAGuUAADAlAAATgUCAKlLCwAubg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBACfRBwCpRw8A/kcPACCIAgB1iAIATgUCABI1DgA+ZwUACOsMAF3rDACy6wwASvwOAJ/8DgBK/A4An/wOAPT8DgBJ/Q4AnbIFAD6/AgCfUBAA9FAQAElREACeURAA81EQAEhSEACdUhAA8lIQAEr8DgCf/A4AF9wMAOMaAgD1/A0A7rkCAE79CQCpSwsALm4OAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDT1gAAgiYCAHEqDwDGKg8AEjUOAG4sEABhSQAAY5kDACbNDAAXPAIAY0UCAM+DAgC3SAAATgUCAJ2yBQA+vwIAn1AQAPRQEABJURAAFYYPANkmAABOBQIAEjUOAG4sEABhSQAAowUCAHDYDAC3nAEAt5wBAAydAQDT1gAAGo8BAG+PAQBCEQIATgUCAKlLCwAubg4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAG48AABc8AgAocw8Ab48BAEIRAgBOBQIAzNEMACHSDABvgQ8AQgsIALecAQBkQgQAb48BAEIRAgBOBQIAFYYPANkmAABOBQIAEjUOAG4sEABhSQAAi2QQAOBkEAA1ZRAAimUQAN9lEAA0ZhAAiWYQAN5mEAAzZxAAiGcQAN1nEAAyaBAAh2gQACwnAgCBJwIALG8PAG+BDwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgCpSwsALm4OAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAVhg8ABJ8HAFmfBwCunwcAA6AHAFigBwCtoAcAAqEHAJMKDQDoCg0APQsNAJILDQD7AQMAAAAAAAAAAAAAAAAATgUCAAhBDACLuRAA4LkQADW6EAA4EQwAjREMAP+aEABUmxAAqZsQAP6bEABTnBAAF9wMAG/eBwBCCwgA034DAM2HAAA5bwIAPRgAAE4FAgAX3AwAb94HAEILCAC45gsAPRgAAIu5EADguRAANboQADgRDACNEQwA/5oQAFSbEACpmxAA/psQAFOcEAAX3AwAb94HAEILCABHDgAAdocCAMuHAgAAoggAVaIIAEIRAgBEsQoA5hgBAE4FAgA4EQwAjREMAP+aEABUmxAAqZsQAP6bEABTnBAA4xoCADgbAgDjwAYA67wCALecAQBBBg4AOBEMAI0RDAD/mhAAVJsQAKmbEAD+mxAAlxECAE4FAgBCEQIARLEKAJmxCgAIQQwAi7kQAOC5EAA1uhAAOBEMAI0RDAD/mhAAVJsQAKmbEAD+mxAAU5wQAFUAAAC4RgEADUcBAO65AgAajwEAQgsIACd0DwDAlAAAimkMAHaHAgA+ZwUACOsMALJLAgD4/AoAQhECANN+AwD7AQMAkhQEAOcUBAA8FQQAkRUEANPWAAAajwEAfScGAAxJAABOBQIAqUsLAC5uDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAsJwIAgScCABI1DgB0fQ4AGS8NAKugCQAAoQkAwJQAAEIHDACXBwwATgUCALjmCwAN5wsAxyoOAFUAAADmGAEATgUCAKlLCwCxlA8ABpUPAAAAAABblQ8AT0wPAOQWBQDqugUAb4EPAEILCABOBQIAowUCAPgFAgBNBgIAogYCANPWAAAajwEAfScGAAxJAABOBQIAqUsLAC5uDgCDbg4A2G4OANInBgCdsgUA8rIFACKHAQAywQwAh8EMAIfBDABzfg4AQrwBAHnSCQDO0gkAI9MJABMzDwBoMw8AVQAAALhGAQANRwEA9P4MAEn/DACe/wwA8/8MAE4FAgCdsgUA8rIFAE9MDwCkTA8A+UwPAE5NDwCjTQ8A+E0PAGRCBABbQg0AsEINANzHBgDTfgMATrEAAKOxAADeagwAM2sMAIhrDAC8NwwAETgMAGuUAADAlAAAFukAAMLlAgBCEQIAlxECAM2HAABuLBAAYUkAAMaLAwAbjAMAF9wMAGzcDADB3AwAEjUOAGc1DgC8NQ4AYzkOAPgFAgBNBgIA6bQMAD61DAB0fQ4AGS8NACfRBwCMHgAAa5QAABI1DgBuLBAAYUkAAKMFAgABRBAAVkQQAKtEEAAARRAAJ9EHAKlHDwD+Rw8AIIgCAHWIAgBOBQIAEjUOAD5nBQAI6wwAXesMAKugCQAAoQkASvwOABc8AgBCBwwAlwcMAE4FAgDmGAEA6roFAO65AgBO/QkAcNgMABc8AgBOBQIA5hgBADsZAQAXPAIAY0UCADgRDACNEQwA2SYAAHDYDAAXPAIA5hgBAOq6BQCySwIAuj8GACgmBwBrlAAA3McGAF2cBgC3SAAAuj8GACgmBwDvsQkATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAcNgMABc8AgBOBQIAEjUOAM2HAACSwQEAbiwQAGFJAADGiwMAG4wDAN1oDwDcaQ8AMWoPAIZqDwCjBQIA+AUCAE0GAgDfvA4ANL0OAE4FAgASNQ4AZzUOALw1DgC5OgwADjsMAGM7DAC4OwwADTwMAGI8DAC3PAwADD0MAB/dAwB03QMAT0wPAKRMDwAM8QIAYfECAEEGDgDnwQEAKRsRAH4bEQBrghIAi7wNANN+AwBAvgEAUkcRAFWYEgBCCwgAFz4AANMbEQAoHBEAUkcRAPD+EABfSwAAjQoTAFWYEgBCCwgAVZgSAFWYEgBCCwgAUkcRAG2AEgBVmBIAjQoTAEIRAgDhHgAA8A4BAI0KEwDwDgEAAkIRAAJCEQBCCwgAJ3QPAOAfAADwDgEA4scAABvfBQCg+RAAoPkQAFWYEgAb3wUAVZgSAMUsDgAuFhEAgxYRAJ+kEQApGxEAfhsRAKfxEQCNChMATAkAAFJHEQAuFhEAgxYRAPAOAQDdEREA5lwSADtdEgDlXhEAQhECAAJCEQCpRREA/kURACkbEQB+GxEAU/ARAOYYAQDALxAAAkIRAIAZEQACQhEA77EJANHGEgCfpBEAUkcRAIYSEgBVmBIATAkAAEwJAAAZKxEAbisRAMMrEQCNChMARw4AAHofEQDPHxEAeh8RAM8fEQCCbBEAjQoTABkvDQBc9gIAQgsIAPNZCABCCwgAGSsRAG4rEQBHphIA8A4BABkrEQBuKxEAR6YSAOEeAAApGxEAfhsRAAlKAgBOBQIAq0gMAFJHEQD7AQMAt0gAAAJCEQBjmgIAQgsIAFJHEQBrPQIAeh8RAM8fEQACQhEA0B4RACUfEQB6HxEABj0SAHofEQAGPRIA7VUSAAJCEQAUMBEAGCwRAG0sEQDdEREAGCwRAAAAAABOBQIAGSsRAG4rEQAZKxEAbisRABkrEQBuKxEAJCARAJ+kEQBS8BIAp/ASAMsyAgDQHhEA3RERAHofEQDPHxEAyzICAEILCABOBQIAjQoTAE4FAgD78RIAcyYRAEr4EgBSRxEAUkcRAD2+BAA9vgQAPb4EAPsBAwAAoggA6bEPAIDLCQDpsQ8AiBMPAIgTDwC3SAAAtjwNAERUEgBe9gAARw4AAEcOAAC6NBEAbC4QAF72AAD+RBIARw4AAGwuEAACQhEAAkIRAAJCEQACQhEAAkIRAN0REQDdEREAAkIRAAJCEQACQhEAAkIRAAJCEQACQhEA3RERAN0REQDdEREAAkIRAAJCEQACQhEA3RERAN0REQC0OhEA3RERAN0REQACQhEATgUCAE4FAgDksxIATAkAAOSzEgBMCQAAsD4RAM16DQBOBQIAjQoTABc8AgB50gkATgUCAEcOAABHDgAAAkIRAAJCEQC3nAEASvgSABkrEQBuKxEA+wEDAFJHEQCNChMARw4AAFVEEQBOBQIA6b4CAIweAADTfgMAkrkJAD0YAABCCwgAiG8IAEILCADCgBIAUkcRAA+JEgBK+BIARw4AAJBtAgDT1gAA09YAANPWAACNChMA09YAALZHAgDawA8AjQoTAJBtAgCNChMA72MCAKyWEgDKeBIAH3kSAKNLEQCNChMATvQSAKP0EgBq6AIA8A4BAI0KEwAMjhAATAkAAI0KEwBVAAAAPRgAACd0DwDw/hAA034DAF85EgBVAAAArJYSAEwJAABMCQAATAkAAKP1EQBSRxEA8P4QAHaHAgDTfgMA7FcRABriAwCIyQMAig4SADXACgDiChMAb94HAN0REQDmXBIAO10SALyGEgCLxgMAGSsRAG4rEQBHphIA12wRAN0REQCNChMAmrUFAIzFAwBOoBEA3RERAAJCEQACQhEAGSsRAG4rEQACQhEAqUURAP5FEQCcDgAAUkcRACIqCQBBBg4AUkcRAK8+EgCvPhIAUkcRAI1gEgCsQhEASQgEAE4FAgBSRxEA5F8RABvfBQCNChMATgUCAE4FAgBOBQIA4goTAE4FAgDw/hAAjQoTAE4FAgBSRxEASvgSAKlFEQD+RREATgUCAJu0BQAiIRIAR1gLAH4eDgCNChMAY0EGAI0KEwBzLQoAwYIRAOAfAABSRxEA5F8RADlgEQDrAhIAjQoTAHaHAgBBBg4AUkcRAG2AEgBe9gAAIiESAE6gEQD2qAsA97IAAOMaAgBOBQIA3RERAOZcEgA7XRIAGSsRAEFXEgB+Hg4A/PERAPD+EABHDgAA8A4BAC5rEQAA7hEAVe4RAOsCEgC3SAAA3RERAOZcEgA7XRIAvIYSABGHEgDrAhIAt0gAAOsCEgC3SAAAOgoRAHd3EQCNChMATgUCAI0KEwBOBQIAUkcRAG2AEgCfpBEAUkcRAJFdEQDmXREAO14RAAXpEQBOBQIAGS8NAGyCEQBSRxEAAkIRAKlFEQD+RREAFIURAMnbBQDw/hAA0cYSAABJDADiChMAAkIRAOIKEwACQhEAXJIRALGSEQAGkxEAkV0RAOZdEQA7XhEAkF4RAEv4EQBckhEAsZIRAAaTEQA6ChEAzysFAN0REQDmXBIAO10SALyGEgARhxIAGdwKAI0KEwB2hwIA034DAI0KEwAiIRIA8P4QAD2+BACMxQMA+PwKAAJCEQCpRREA/kURAEADEgDgHwAA3RERAOZcEgA7XRIAjQoTAPsBAwC8hhIAEYcSAE+nCQDrAhIAt0gAALOQEQAIkREAXZERAGaHEgBjQQYAs5ARAAJCEQDYahIA3RERAOIKEwACQhEAqUURAOIKEwBBBg4ATgUCAEr4EgCpRREA/kURAKKsBgBSRxEAbYASAI0KEwBv2QwAUkcRAI0KEwDgbgYAE4USAN0REQDiChMAeh8RAM8fEQBCCwgAUPMRAFySEQCxkhEABpMRAEr4EgCpRREA/kURAOxXEQB2hwIAQQYOABOFEgCNChMAQQYOAE4FAgAFPhIAQgsIAO65AgAThRIAaIUSAL2FEgA6ChEA8A4BAFJHEQCNChMAdH0OAPD+EACKaQwA3RERABOFEgDdEREAE4USAAJCEQDiChMA4goTAOIKEwACQhEAqUURAP5FEQCRXREA5l0RADteEQAuFRIAZocSALuHEgAiIRIA4B8AAJBeEQAsbREAE4USAGiFEgC9hRIAEoYSAEr4EgCsQhEAhxATADJnEQCHZxEAhxATALOQEQAThRIA3RERAOZcEgA7XRIA3RERAOZcEgA7XRIAjQoTAOFhEgBJqgwAjQoTAEEGDgCNChMAJNQHAPD+EABOBQIAG98FAPAOAQBSRxEAjWASAKxCEQAcfBIAAAAAAEILCAAAAAAANwsTAFJHEQCNYBIArEIRABx8EgAAAAAAQgsIAAAAAACNChMAjQoTAGuCEgCNChMAa4ISAI0KEwBrghIANwsTAI0KEwCvPhIA4goTAAJCEQACQhEAqUURAP5FEQBSRxEAAAAAAG2AEgAZLw0A3RERAOZcEgA7XRIA8VIRAI0KEwCslhIAt0gAAET/EQBBVxIAb94HAONfEgA4YBIAR6YSANN+AwAThRIAaIUSAL2FEgBSRxEAUkcRAAJCEQCpRREA/kURAF9CCQAAAAAAdc4RAMrOEQAfzxEAiG8IANhqEgAtaxIAgmsSAI0KEwA6ChEASaoMAEK7AgBBBg4AUkcRAI0KEwBfORIABUYKADoKEQCNChMA77EJAJ+kEQAZKxEAbisRAHofEQDPHxEA3RERAOZcEgA7XRIA72IDAFJHEQCNChMAN8UDAAJCEQACQhEAqUURAP5FEQBCCwgA4B8AAAJCEQCXVhIAAkIRAKlFEQD+RREAR/sSAAAAAADdEREA5lwSADtdEgBSRxEA5F8RADlgEQDw/hAAUkcRAJG6CQAiIRIA8P4QAJAZAQAAAAAAjQoTACIhEgDw/hAAkBkBALzcEQDdEREA5lwSADtdEgCNYBIArEIRAI0KEwBSRxEAAkIRAKlFEQD+RREAjQoTANN+AwAgIxIATgUCAFznEQACQhEAXvYAALVBCQC3SAAAD4kSANN+AwAb3wUAjQoTAMCUAACvPhIA72IDAPmfEQBOBQIATgUCAFJHEQBHphIAn/gSAPAOAQCfpBEATgUCAFPwEQB9JwYA5F8RADlgEQD5nxEAb48BALzcEQAR3REAZt0RAEILCAAAAAAAAAAAAAAAAACNChMAIiESAAAAAAAAAAAAAAAAAFPwEQD0+REAt0gAAE4FAgDwDgEAjQoTAKyWEgAiIRIAQgsIAAJCEQBOoBEATqARAAJCEQCsQhEAXPYCAEEBEwDmXBIAO10SALyGEgARhxIA0cYSAEr4EgCsQhEAPb4EAN0REQAyEhEAPb4EAGuUAAC3SAAAxN4HAI0KEwDNhwAAxN4HAOIKEwDv/hEA+Z8RABkrEQBuKxEAJCARAORfEQA5YBEAGSsRAG4rEQAkIBEA5F8RADlgEQC3SAAAt0gAAMGCEQBCvAEA2GoSAC1rEgCCaxIA6wISAI0KEwDTfgMAAkIRAI0KEwA3xQMAaoMSAE4FAgACQhEAqUURAP5FEQA6CRIAjwkSAD2+BAA9vgQAjQoTADfFAwA3xQMAm7QFAAU+EgDw/hAAAAAAAI0KEwCNChMAa5QAAFJHEQA3xQMA4WESAE4FAgCNChMAhhISAEwJAAA5EQsAQhECANcWEgAsFxIAVQAAAFUAAABjQQYAUkcRAE4FAgCNChMAjQoTAD0YAADdEREA5lwSADtdEgCnnBEAb9kMAIvGAwACQhEAqUURAP5FEQBK/A4AGSsRAEFXEgBbPRIAhhISAO+xCQCGEhIAhhISAEILCAA9GAAAGSsRAEFXEgBuKxEA3RERAFJHEQCGEhIA2xISADATEgDRxhIAex0SAJNaEgACQhEAN8UDAFJHEQAh1QkAGtwJAAAAAABM9xEAofcRAAAAAAAAAAAAZeYJAK/0BgBv2QwAUkcRAI0KEwCNChMArz4SALdIAABSRxEAjQoTAMAvEABSRxEA8A4BAE4FAgBSRxEAi2ISAD0YAAAuaxEA0cYSAJ+kEQCNChMAjQoTAI0KEwA9GAAAPRgAAD0YAACfpBEAjQoTAI0KEwA9GAAAPRgAAD0YAAA9GAAAPRgAAAJCEQCpRREA/kURAI0KEwBOBQIAjQoTAE4FAgCNChMA8A4BAGUzEgDwDgEATgUCAI0KEwBMCQAAZTMSAEwJAADhYRIA77EJAGUzEgD7AQMAAAAAANN+AwAPNBIA034DAI0KEwDhYRIAfRoTAFJHEQB9GhMAjQoTAH0aEwACQhEAqUURAP5FEQCNChMAeXcPAPAOAQDw/hAARw4AAEcOAADw/hAAQQYOAOFhEgD7AQMA3RERAOZcEgA7XRIAAkIRAKlFEQD+RREATgUCAGNFAgCNChMATgUCAI0KEwBSRxEAdyESAE4FAgBOBQIAG98FAFk/EgDwDgEAo/0JANHGEgBSRxEAQgsIAEwJAACNChMAZTMSAAAAAABOBQIAeh8RAM8fEQCCbBEAwC8QAAJCEQCpRREA/kURAGCNEgBSRxEAAusSAG2AEgCt6hIAUkcRAFJHEQD+RBIAU0USAKhFEgD+RBIAU0USAKhFEgD9RRIAUkYSAP5EEgBTRRIAqEUSAP1FEgBSRhIAbYASAAJCEQCpRREA/kURAGCNEgBSRxEAAusSAG2AEgCt6hIAUkcRAEYCDQBSRxEAt0gAAO65AgC3SAAASvgSAKlFEQD+RREAUkcRAEVTEgBCCwgA034DAPP/DAD7AQMAMbwSAEFXEgA4xgEATgUCAEcOAAAAAAAAimkMAAAAAAAGPRIAnFESAPFREgBGUhIAjQoTAEr4EgCpRREA/kURAE4FAgBMCQAAPb4EAD2+BADRxhIATgUCAN0REQBOBQIAUkcRAPsBAwBSRxEAkmoDAKyWEgCslhIASvwOAFJHEQCNChMATgUCABkrEQBuKxEASvgSAKlFEQD+RREASvgSAE4FAgBCCwgAjQoTAEILCACbUhIAUqEMAO+xCQBMCQAA0cYSAJK+BAC53hIAd4cBAF72AAAcfBIAeh8RAM8fEQBACA0AMbwSAOIRDABOBQIAMGgSAE4FAgDiEQwAqJoSAFGcEgAhJw0AIN4BAN0REQDmXBIAO10SAE4FAgCNChMAjQoTAEr4EgB2hwIAdocCAEr4EgBK+BIAQgsIAMokEQAfJREAKm4SAGcyEQDdEREAAkIRAKxCEQDsEQIAF9wMAOu9AQAYLBEA3RERAFxLAwAg3gEAm7QFAMx/CQAnJwcAQhECALdIAAAq0AUAQgsIAI0KEwBBBg4A5LMSAOm+AgBVUwIA6b4CAFVTAgAFTgIAR1gLAOIKEwBCuwIAjQoTAEwJAABOBQIAvDIRAIweAABcSwMA+/ESAE4FAgCNChMA0B4RAJDDAQCNChMA0cYSAIoNEwCSvgQAjQoTAPsBAwD7AQMA+wEDAPsBAwBSRxEAUkcRAIxhEgCsQhEAOl4SAE4FAgC3SAAAdocCAGuCEgBHDgAAQQYOAN0REQDmXBIAO10SAIhvCAACQhEAqUURAP5FEQBmhxIAu4cSAORfEQA5YBEA5F8RADlgEQACQhEAqJoSAMsyAgCNChMATgUCAFz2AgBSRxEAQqsSAFtCDQBvgQ8AqJoSAFGcEgDpXA8AqJoSAFGcEgDpXA8APRgAAKiaEgBRnBIA6VwPAKiaEgBRnBIA6VwPABkrEQBuKxEAR6YSAPGmEgC3ixIADIwSAKiaEgBRnBIA6VwPAKiaEgBRnBIA6VwPABkrEQBuKxEA6VwPANMeDgAZKxEASFASAEr4EgCXVhIAjQoTAE4FAgDZJgAA2SYAAEIRAgDVKAIAoPkQAK6UEgDzqQ0AbYASAE4FAgCNChMATgUCANwWDQDRcRIAfh4OAE4FAgBOBQIA2mgSAJ+kEQBS8BIAbisRADjGAQBOBQIAXEAOAGGdAQBw2AwAYI0SAAJCEQBCEQIAsusMAGCNEgD7AQMAYI0SAPsBAwBSRxEATgUCAE4FAgComhIAUZwSAI0KEwAZKxEAbisRAEemEgCXBwwATgUCAE4FAgBOBQIAgmwRAE4FAgBiixIA0R8PAEcOAAA4ZA4Aeh8RAFJHEQDdEREAir4MAOIRDABH+xIAAAAAAOIRDADlYA8APLESAORhDwCRsRIAn6QRAJJbEgBK+BIArEIRAKiaEgB8Hw8AoPkQAJ+kEQA8sRIAn6QRAJGxEgCfpBEAqJoSAFGcEgDXaxIAVQAAAN4YCQC3SAAAGykRAEcOAABOBQIA4hEMANpoEgBOBQIAWz0SAEpeAgBDqhIArOsSAAHsEgDTfgMAlwcMAEILCABOBQIATgUCAE4FAgCNChMAkQwNAJEMDQCRDA0AkQwNAEIRAgBCEQIAu4oPAE4FAgAZKxEAibkSAKiaEgD/7RIATgUCAKiaEgDRHw8ATgUCAFWYEgBLohIAGSsRAKCiEgBOBQIAQqsSAJerEgBe5BIA7KsSAE4FAgBOBQIAqJoSANEfDwBVmBIAS6ISABkrEQCgohIATgUCAMTXDgB/wxIAGSsRAG4rEQBK+BIArEIRAE4FAgAxvBIA0cYSANHGEgBe9gAA6VkSANPEEgCTWhIAdd4BAJEMDQCRDA0AkQwNAJEMDQBOBQIAQ6oSAKRKEQAYLBEAay4RAJcHDACJEg8ACUoCAFTuEgBIUBIAVZgSAFJHEQBT7xIAUkcRANHGEgD7AQMA86kNAPOpDQBOBQIAb9kMAEKrEgCXqxIAQgsIAEILCABWRBAAGSsRAG4rEQBv2QwAQqsSAJerEgBCCwgAQgsIAFZEEACvkxIABJQSABkrEQBBVxIA7VUSAAAAAABSRxEAUkcRAFz2AgACQhEAqJoSAMIuDwDtABIAQVcSABfWEgC14hIASvgSAJdWEgD7AQMAQgESAEemEgD4/AoAjQoTAGJGAgBVAAAAYI0SAKiaEgDCLg8At0gAAAJCEQBCCwgATgUCABkrEQBuKxEAVkQQAPT8DgD7AQMA+wEDAEK8AQBCvAEAQrwBAEK8AQD7AQMAUkcRAEK8AQBOBQIATgUCAE4FAgAAAAAAAAAAAKiaEgD/7RIAGSsRAG4rEQBWRBAAxioPAI0KEwComhIA+PwKAI0KEwComhIA+/ESAFJHEQBOBQIATgUCANN+AwBCCwgAa5QAAE4FAgBDqhIArOsSAAHsEgBW7BIAq+wSAADtEgBV7RIA+wEDABkrEQBuKxEAJCARAEKrEgCXqxIAUkcRABkrEQBBVxIA/5gSAEr4EgCpRREA0B4RAIEnAgCulBIApfISAPryEgBP8xIApPMSAEr4EgCsQhEAV6EHAEr4EgBSRxEAofYSAPsBAwBBBg4ASf4NAJUHDgComhIAfB8PAAJCEQDRxhIA/JsSAPAOAQDaaBIAjQoTAPAOAQBtgBIA8A4BAG2AEgB6HxEABj0SAPAOAQBOBQIAqJoSAFGcEgAZKxEAbisRAIEnAgDB1hIAwdYSAIEnAgDdEREA3RERAN0REQBckhEA3RERAN0REQDdEREA3RERAHofEQAGPRIA3RERAFySEQDdEREA5V0SAN0REQDlXRIA3RERAOVdEgDYahIA5V0SAN0REQDlXRIA3RERAOVdEgDoWxEA5V0SAN0REQDlXRIAkV0RAOZdEQDDKxEATgUCANHGEgBOBQIA+wEDAFJHEQA9GAAAQQYOABgsEQB/bhIA5rESAOaxEgAYLBEAbSwRAACiCAA2DBMA+wEDAPsBAwBHDgAARw4AAPRPEQBSRxEAdd4BAN0REQCNChMA9PwOAIcQEwD0/A4AjQoTAN0REQDw/hAAjQoTAPD+EADdEREA5lwSAPD+EADaEhMALxMTAN0REQD7AQMAMWcSAFJHEQBOBQIATgUCAE4FAgB9GhMATgUCAE4FAgBOBQIAfRoTAE4FAgCqoggAfRoTAI0KEwBTnBAATgUCAE4FAgB9GhMAUkcRAJFdEQDmXREAO14RAN0REQD+VQEAVZgSAEuiEgBOBQIASvgSAKxCEQAZKxEAbisRAEemEgB3hwEA3MEMAMDXEgC53hIAQQYOAKpDEgAGPRIA7VUSAH4eDgACQhEAl1YSAH4eDgCNChMAAKIIAPFSEQCLYhIAqJoSAFGcEgAZKxEAQVcSABfWEgCNChMA8P4QALLrDAA9GAAAjQoTAO+xCQAZKxEAbisRAEemEgAJkw4A8VIRAFvnEgAZKxEAibkSAKiaEgB8Hw8AjQoTAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAgAAAAAAAAgABAAAGAAAIAAAAAQAAkSMQgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAoIAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAIGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAIAAAAAAAAAABIAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGgAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAgAAAAAAAAgABAAAGgAAIAAAAAQAAkSNQgAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAACIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAgAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAEAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAEAEgAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAYAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAwAAAMAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMYgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAACCAQAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACCAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAkCMQgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAwAQAAAAAAABgAAAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAgAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAgA"},"index":{"lists":[[13,14,15,28,105,107,108,109],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,28,47,48,49,50,51,52,53,56,57,58,59,62,63,64,65,66,67,68,69,70,71,72,73,77,82,83,85,86,87,88,89,90,91,92,93,94,95,96,100,101,102,103,105,107,108,109,113,118,119,146,149,150,152,163,164,165,168,169,170,171,176,177,185,188,198,200,201,205,206,209,218,219,223,228,230,231,232,233,235,237,238,240,241,244,245,246,247,248,262],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,28,47,48,49,50,51,52,53,55,56,57,58,59,62,63,64,65,66,67,68,69,70,71,72,73,77,78,82,83,85,86,87,88,89,90,91,92,93,94,95,96,99,100,101,102,103,105,107,108,109,113,118,119,125,146,149,150,152,163,164,165,168,169,170,171,176,177,185,188,198,200,201,202,205,206,209,218,219,223,228,230,231,232,233,235,237,238,240,241,244,245,246,247,248,251,252,253,262],[5,13,14,15,20,28,47,48,75,98,105,107,108,109,208,248,251,268],[13,14,15,20,28,105,107,108,109,137,138,139,254,255,256,257,258,259,260],[6,7,13,14,15,28,105,107,108,109,209],[13,14,15,28,74,76,105,107,108,109],[13,14,15,28,105,107,108,109,241,261],[10,13,14,15,28,87,105,107,108,109,118,119,144,145,172,173,241,246,247],[10,13,14,15,28,105,107,108,109,137,138,139],[10,13,14,15,28,50,73,80,85,88,92,93,105,107,108,109,129,137,138,139,140,157,176,177,179,183,191,194,201,203,204,205,206,217,225,226,227,234,262],[13,14,15,28,33,34,35,41,42,105,107,108,109,117,182,196,240],[13,14,15,28,105,107,108,109,141,274],[12,13,14,15,28,105,107,108,109],[1,10,13,14,15,20,21,28,105,107,108,109,137,138,139,166,167,184,228,232,233,262],[10,13,14,15,20,27,28,30,105,107,108,109,137,138,139,143,166,167,228,232,233,262],[4,10,13,14,15,18,19,20,28,52,105,107,108,109,137,138,139,166,167,209,228,232,233,245,262],[6,10,13,14,15,20,28,36,105,107,108,109,137,138,139,166,167,168,195,228,232,233,250,262],[0,2,9,10,11,13,14,15,16,18,20,28,30,39,40,43,44,102,105,107,108,109,137,138,139,160,166,167,168,178,181,209,211,228,229,232,233,236,239,242,262,263,266,269,270,273,275],[3,5,10,13,14,15,20,25,28,30,39,43,44,46,55,58,59,81,84,103,104,105,107,108,109,113,115,121,122,124,130,137,138,139,142,147,150,153,160,166,167,168,175,180,187,189,190,197,198,209,210,221,224,228,232,233,262,271,276],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,17,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,25,26,28,30,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262,267],[10,13,14,15,20,28,101,105,107,108,109,137,138,139,166,167,168,174,193,228,232,233,252,262,264,265],[10,13,14,15,20,28,96,104,105,107,108,109,116,120,131,137,138,139,162,166,167,175,213,228,232,233,252,262],[10,13,14,15,20,28,29,55,105,107,108,109,115,123,137,138,139,152,153,166,167,186,198,228,232,233,262],[9,10,13,14,15,20,22,28,45,79,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,16,20,28,29,30,61,105,107,108,109,137,138,139,152,166,167,228,232,233,262],[10,13,14,15,20,23,24,28,31,32,54,66,105,107,108,109,114,126,128,132,137,138,139,148,154,155,156,158,159,161,166,167,171,192,199,200,212,215,220,222,223,228,232,233,243,249,262],[10,13,14,15,19,20,21,28,69,105,106,107,108,109,137,138,139,166,167,228,232,233,262],[7,10,13,14,15,20,28,105,107,108,109,137,138,139,166,167,228,232,233,262],[10,13,14,15,20,25,28,29,30,105,107,108,109,137,138,139,166,167,168,228,232,233,262],[10,13,14,15,20,25,28,29,105,107,108,109,137,138,139,166,167,228,232,233,262],[13,14,15,28,105,107,108,109,112,127,133,134,135,136,151,214,216,272],[13,14,15,28,77,105,107,108,109],[10,13,14,15,20,28,37,38,105,107,108,109,137,138,139,228,232,233,262],[13,14,15,28,47,105,107,108,109],[13,14,15,28,48,51,53,56,57,105,107,108,109],[13,14,15,28,49,105,107,108,109],[13,14,15,28,60,64,65,67,105,107,108,109],[13,14,15,28,63,86,105,107,108,109],[13,14,15,28,63,105,107,108,109,110,111],[13,14,15,28,63,87,89,105,107,108,109],[13,14,15,28,63,105,107,108,109],[13,14,15,28,68,70,72,86,105,107,108,109,235],[13,14,15,28,71,105,107,108,109,170],[13,14,15,28,86,105,107,108,109,235],[13,14,15,28,87,89,95,105,107,108,109,253],[13,14,15,28,89,105,107,108,109],[13,14,15,28,94,100,105,107,108,109,235,253],[13,14,15,28,97,105,107,108,109,207],[13,14,15,28,105,107,108,109,169],[13,14,15,28,105,107,108,109,235],[13,14,15,28,105,107,108,109,253],[13,14,15,28,91,105,107,108,109,238],[5,13,14,15,20,28,47,48,91,105,107,108,109,238,248,251],[13,14,15,20,28,91,105,107,108,109,218,219,238],[6,7,13,14,15,28,91,105,107,108,109,209,238],[13,14,15,28,91,105,107,108,109,238,241],[10,13,14,15,28,87,91,105,107,108,109,118,119,238,241,246,247],[10,13,14,15,28,91,99,105,107,108,109,218,219,238],[10,13,14,15,28,50,73,78,82,83,85,88,90,91,92,93,105,107,108,109,176,177,188,201,202,205,206,218,219,238,262],[13,14,15,28,91,105,107,108,109,238,240],[1,8,10,13,14,15,20,21,28,91,105,107,108,109,218,219,228,230,231,232,233,238,244,262],[10,13,14,15,20,28,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[4,10,13,14,15,18,19,20,28,52,91,105,107,108,109,209,218,219,228,230,231,232,233,238,245,262],[6,10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[2,9,10,13,14,15,16,18,20,28,91,102,105,107,108,109,168,209,218,219,228,230,231,232,233,237,238,262],[5,10,13,14,15,20,28,55,58,59,91,103,105,107,108,109,113,146,150,168,198,209,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,105,107,108,109,185,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[10,13,14,15,17,20,28,91,105,107,108,109,125,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,91,101,105,107,108,109,168,218,219,228,230,231,232,233,238,252,262],[10,13,14,15,20,28,91,96,105,107,108,109,218,219,228,230,231,232,233,238,252,262],[10,13,14,15,20,28,55,91,105,107,108,109,152,198,218,219,228,230,231,232,233,238,262],[9,10,13,14,15,20,28,91,105,107,108,109,168,218,219,228,230,231,232,233,238,262],[10,13,14,15,16,20,28,91,105,107,108,109,146,149,152,218,219,228,230,231,232,233,238,262],[10,13,14,15,20,28,66,91,105,107,108,109,146,171,200,218,219,223,228,230,231,232,233,238,262],[10,13,14,15,19,20,21,28,69,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[7,10,13,14,15,20,28,91,105,107,108,109,218,219,228,230,231,232,233,238,262],[13,14,15,28,77,91,105,107,108,109,238],[10,13,14,15,20,28,91,105,107,108,109,218,219,228,232,233,238,262],[13,14,15,28,47,91,105,107,108,109,238],[13,14,15,28,48,51,53,56,57,91,105,107,108,109,238],[13,14,15,28,49,91,105,107,108,109,238],[13,14,15,28,64,65,67,91,105,107,108,109,238],[13,14,15,28,62,63,86,91,105,107,108,109,238],[13,14,15,28,63,91,105,107,108,109,238],[13,14,15,28,63,87,89,91,105,107,108,109,238],[13,14,15,28,68,70,72,86,91,105,107,108,109,163,235,238],[13,14,15,28,71,91,105,107,108,109,170,238],[13,14,15,28,86,91,105,107,108,109,235,238],[13,14,15,28,87,89,91,95,105,107,108,109,165,238,253],[13,14,15,28,89,91,105,107,108,109,238],[13,14,15,28,91,94,100,105,107,108,109,235,238,253],[13,14,15,28,91,105,107,108,109,164,238],[13,14,15,28,91,105,107,108,109,165,238],[13,14,15,28,91,105,107,108,109,169,238],[13,14,15,28,91,105,107,108,109,235,238],[13,14,15,28,91,105,107,108,109,238,253]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,71,73,74,75],[5,22,23,24,25,26,27,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,52,53,55,56,57,58,59,60,61,62,63,64,65,67,68,69,70,71,73,74,75,78,82,83,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,24,25,26,27,29,30,31,32,33,35,36,37,38,39,40,41,42,43,44,45,49,50,52,53,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,78,82,83,88,101,102,103,104,110,111,112,115,116,117,122,123,130,133],[5,22,23,47,66,71,73,74,75],[5,71,73,74,75,95,96,97],[5,46,48,71,73,74,75],[5,57,71,73,74,75,82,83,99,100,118,119],[5,25,45,51,55,58,62,63,71,73,74,75,91,95,96,97,98,106,122,123,125,128,134],[5,9,10,16,17,71,73,74,75,81,128],[5,71,73,74,75,98],[5,71,73,74,75,95,96,97,113,114,129],[4,5,7,71,73,74,75,95,96,97,98,113,114],[5,71,73,74,75,95,96,97,113,114],[5,11,71,73,74,75,95,96,97,113,114,115],[5,7,14,15,18,19,69,71,73,74,75,95,96,97,109,113,114,115,124,127],[2,5,7,14,18,19,21,29,32,33,51,54,70,71,73,74,75,78,79,85,86,87,92,95,96,97,98,103,104,109,113,114,115,121,126,132,134],[5,71,73,74,75,95,96,97,113,114,115],[2,3,5,7,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,80,92,95,96,97,109,113,114,121],[5,6,29,71,73,74,75,79,86,95,96,97,104,113,114,131],[0,5,20,50,71,73,74,75,95,96,97,113,114,115],[5,6,7,71,73,74,75,95,96,97,104,113,114],[0,1,5,8,28,38,71,73,74,75,78,89,90,92,95,96,97,104,105,107,108,109,113,114,117],[5,41,71,72,73,74,75,95,96,97,113,114],[2,5,6,7,71,73,74,75,95,96,97,113,114,115],[2,5,6,71,73,74,75,95,96,97,113,114],[5,71,73,74,75,78,89,93,94,103],[5,49,71,73,74,75],[5,12,13,71,73,74,75,95,96,97],[5,26,71,73,74,75,95,96,97],[5,71,73,74,75,95,96,97,102],[5,68,71,73,74,75,95,96,97,120],[5,65,70,71,73,74,75,84,95,96,97],[5,34,71,73,74,75,95,96,97],[5,22,71,73,74,75],[5,23,26,27,30,31,71,73,74,75],[5,24,71,73,74,75],[5,33,37,38,39,71,73,74,75],[5,36,56,71,73,74,75],[5,36,71,73,74,75,76,77],[5,36,57,59,71,73,74,75],[5,36,71,73,74,75],[5,40,42,44,56,71,73,74,75],[5,43,71,73,74,75,117],[5,56,71,73,74,75],[5,57,59,65,71,73,74,75],[5,59,71,73,74,75],[5,64,67,71,73,74,75],[5,66,71,73,74,75],[5,71,73,74,75,116],[5,61,71,73,74,75],[5,22,23,61,66,71,73,74,75],[5,57,61,71,73,74,75,82,83],[5,61,66,71,73,74,75],[5,25,45,50,52,53,55,58,60,61,62,63,71,73,74,75,122,123,133],[5,61,71,73,74,75,115],[5,61,69,71,73,74,75,115],[5,29,32,33,61,70,71,73,74,75,78,101,103,104,115],[5,61,71,73,74,75,130],[5,61,71,73,74,75,88],[5,29,61,71,73,74,75,104],[5,50,61,71,73,74,75,115],[5,61,71,73,74,75,101,102,104],[5,38,61,71,73,74,75,78,101,104,117],[5,41,61,71,73,74,75],[5,61,71,73,74,75,78,103],[5,49,61,71,73,74,75],[5,26,61,71,73,74,75],[5,61,71,73,74,75,102],[5,61,68,71,73,74,75],[5,61,65,70,71,73,74,75],[5,22,61,71,73,74,75],[5,23,26,27,30,31,61,71,73,74,75],[5,24,61,71,73,74,75],[5,33,37,38,39,61,71,73,74,75],[5,35,36,56,61,71,73,74,75],[5,36,61,71,73,74,75],[5,36,57,59,61,71,73,74,75],[5,40,42,44,56,61,71,73,74,75,110],[5,43,61,71,73,74,75,117],[5,56,61,71,73,74,75],[5,57,59,61,65,71,73,74,75,112],[5,59,61,71,73,74,75],[5,61,64,67,71,73,74,75],[5,61,71,73,74,75,111],[5,61,71,73,74,75,112],[5,61,71,73,74,75,116]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
