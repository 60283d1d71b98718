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
} from "./chunk-HB3HLRIA.js";
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
} from "./chunk-GC24FL4T.js";
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
  groupsOnly: true,
  markers: [
    { event: "run", pattern: /^\s*◌ (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^\s*● [^\n]{1,500}? › [\d.]{1,20} ?ms$/ }
  ]
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
    { event: "start", pattern: /^\s{1,8}✘ (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: "start", pattern: /^\s{1,8}(?:☢|⚠) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ },
    // A class's header (`Fetch Empty (Doctrine\DBAL\Tests\Functional\Connection\FetchEmpty)`): the tests below are
    // its own, so two classes' `✘ Fetch associative` are two failures, as PHPUnit counts them.
    { event: "end", pattern: /^(?<name>[A-Z][\w ]{0,300} \([A-Za-z_][\w\\]{0,600}\\\w{1,200}\))\s*$/, contains: "\\", namesFile: true, afterItsTests: true },
    // A class outside any namespace is headed by its name alone, prettified (PHPUnit 9's NamePrettifier::
    // prettifyTestClass: `CredisStandaloneTest` → `Credis Standalone`): two such classes' `✘ Ping` are two failures.
    // Words only, one lowercase letter at least, so a runner's `FAIL` or `OK` is never read as one.
    { event: "end", pattern: /^(?<name>(?=[A-Z][\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\s*$/, namesFile: true, afterItsTests: true }
  ]
};
var PHPT = {
  id: "phpt",
  markers: [
    { event: "start", pattern: /^FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true, closes: true },
    // BORK: the .phpt file itself is broken (a misspelled section): a failure no rule explains.
    { event: "start", pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true, closes: true },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL) [^\n]{0,500}\[[^\]\n]{1,300}\.phpt\]/, afterOutput: true },
    // The closing list repeats each failure's title (`Upgrade: AMQPConnectionException: ... [tests/x.phpt]`): names, not events.
    { event: "quiet", pattern: /^FAILED TEST SUMMARY$/ },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  reportedFailures: /^Tests (?:failed|borked)\s{0,20}:\s{0,20}(\d{1,6})/,
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
var DERIVED = `{"prefilter":{"key":"rules 282\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx(?:\\\\/v[45])?(?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis(?:\\\\/v[6-9])?|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|(?:expected|want(?:ed)?) ?[=:] ?<nil>\\\\s*$|wantErr false\\\\s*$|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,156,165,199,211,212,238,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,445,447,448,449,450,451,452,453,456,457,458,460],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12666,"states":14307,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAAA7EwcABgAAABc8AgAHAAAAVfgHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAAClpgkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAANNzDgAfAAAA8A4BACAAAABKXgIAIQAAAEMFDQAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAArpkNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAFpFCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAADuARAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACBcgwAPwAAACF9DABAAAAA9aUPAEEAAADpsw0AQgAAAAAAAABDAAAAk7QNAEQAAAAAAAAARQAAAHHWDQBGAAAAbNsNAEcAAAA4CxIASAAAAPz1DQBJAAAARQIOAEoAAAAjJA4ASwAAAHgkDgBMAAAAzSQOAE0AAABlNw4ATgAAAGE7DgBPAAAAMmoOAFAAAAAH6g4AUQAAAFzqDgBSAAAAAu8OAFMAAABEARAAVAAAAJkBEABXAAAAqgAAAFgAAADvDAQAWgAAAG4yCgBbAAAAuEYBAF4AAAALnwAAYAAAAN7BCgBhAAAACe4IAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAArZwLAAIBAACCbRAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAA120QAP4IAAAsbhAATgkAAMgpDgBUCQAAoQkAAGEJAAAneAsAZQkAACIlDgBoCQAAGTELAKgJAAD2CQAArgkAABWKCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAACBbhAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAOa3DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAkQsOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAkgoOAKIOAADxDgAAqw4AAHMuCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAA1m4QAD4YAABtLRAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAABCtQgAmRgAAAH0CgCaGAAA5xgAAJwYAAARQwEAnRgAANN5CACfGAAA3m8HAKEYAAAT4QsAoxgAAIQfBwCoGAAArk8CAKsYAADcxwYA6BgAADwZAADqGAAAE5EGAO0YAACSDAwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AACtvEACSHgAA4R4AAJYeAAD1pw0Aox4AAABJDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAA81sGAOgfAAA1IAAAOCAAACd9BgA8IAAAiiAAAEAgAAAsJAUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAgG8QANsmAAA5xQEA3iYAAL+JDADiJgAAjrcPAOUmAAAuJwAA5yYAAIsWCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAADVbxAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAAAqcBAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAB/cBAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AADUcBAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAH5xEAAzPgAAbD4AAHQ+AADTcRAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAChyEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAB9chAAvEgAAMQ5AgC9SAAAUVQFAL5IAAAe2gcAwkgAAAxJAADDSAAAC+oKAMVIAADNLAYAy0gAABBDAgASSQAAT6EPABhJAABhSQAAZ0kAAMaLAwBpSQAA0nIQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAACdzEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAfHMQAEthAACeYQAAoWEAAPNhAAD2YQAA0XMQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAAAmdBAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAHt0EADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AADQdBAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAAldRAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAHp1EACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAM91EACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAJHYQAM6HAABnNA8A0IcAAJLBAQDThwAAOW8CANSHAACCywcA1YcAAIR1BgDWhwAAOMcAANeHAACySwIA2ocAAE35DgDchwAAIogAAN6HAAATjwgA44cAAFmgBgDkhwAAZ4sNACyIAAAtdAkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAeXYQAOWOAADOdhAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAgHMMAHyPAAAd4QEAf48AADFtDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAADL1AoAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAACN3EABxlAAAwJQAAHOUAADYahIAepQAAO+0BgB8lAAA8gYHAH6UAACrUwEAg5QAANYdDACHlAAAl1sNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAM13EABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAAAieBAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAAB3eBAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAMx4EABQsQAAPr8CAFOxAADNhgEAV7EAAHCJBgBZsQAABkcIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAADTDCABasgAAorIAAKyyAAD3sgAA+LIAAH0dEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAAAheRAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAHZ5EAA6zgAAhs4AAJDOAADbzgAA5s4AAMt5EAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAAAgehAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAAIvFBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAHV6EACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAADKehAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAB97EAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAAB0exAAG+kAAMLlAgAe6QAAa+kAACPpAAD3/gkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAyXsQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AAAefBAAX/YAAJ7+DQBg9gAAs/YAAGH2AAC4kAwAaPYAAPEADgBp9gAA1SUFAG32AACWEgIAbvYAAC0cDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAHN8EABf/AAAyHwQALX8AAAdfRAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQByfRAAAwMBAMd9EABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEAHH4QAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQD4qgcAXgUBAOQWBQCtBQEA+QUBALMFAQCbWgoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAcX4QAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQDGfhAA+A4BAPpWBAD6DgEAkgkPAP0OAQB6Iw0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEAG38QAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAcH8QAJgYAQDFfxAA6BgBAP2nBQDrGAEAOxkBAO8YAQDQ2AEA8hgBAPv8BwD0GAEATLIBAPoYAQDDNwUAQhkBAEZZCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQDrYwYAVhoBAItuBgCUGgEA5mgGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAG+AEADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQBugRAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAw4EQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBABiCEADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BABeDEADWLwEAbIMQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAwYMQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAFoQQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQBrhBAAvUYBAA1HAQAORwEAhxUOABxHAQBDsAwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAMCEEAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAFYUQAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQBqhRAArFMBAPcGAgC1UwEAp/cLALdTAQCTXBAAuVMBAECzDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEA28IMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQC/hRAAAFYBAM17DAAMVgEAL28MACFWAQAUhhAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBAGmGEACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAvoYQAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQAThxAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQBohxAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAL2HEABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQASiBAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAZ4gQAJRxAQC8iBAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAGaJEABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQC7iRAA2H0BACt+AQA5fgEAgH4BAJF+AQAQihAA3H4BAGWKEABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQC6ihAA2oABAA+LEAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBALmLEAAohgEAeIYBAICGAQAOjBAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAKSjDQDjhgEAf9QBAC6HAQB3hwEAk4cBANQcDwCfhwEAzIcBAPKHAQAhiAEASogBAHaIAQCciAEAy4gBAPGIAQAgiQEAKIkBAHWJAQCfiQEAyokBAOOJAQAfigEAIYoBAHSKAQB7igEAyYoBANGKAQAeiwEALYsBAHOLAQB5iwEAyIsBANSLAQAdjAEAJIwBAHKMAQB+jAEAx4wBANSMAQAcjQEAJo0BAHGNAQB/jQEAxo0BAMiNAQAbjgEALI4BAHCOAQBzjgEAxY4BAPCOAQBjjBAAHY8BAMTiAwAkjwEAkBQGACePAQBvjwEAKo8BAKrzDAArjwEAY5oCADCPAQAUPQQAdo8BAJ1gAgB5jwEA72IDAH6PAQBj4w4Aio8BAMSPAQDGjwEAGZABACqQAQBukAEAfJABAMOQAQDKkAEAGJEBABqRAQBtkQEAHZEBACp+AgAgkQEAUa0BAHyRAQDCkQEA0ZEBABeSAQAjkgEAbJIBAG+SAQDBkgEAxJIBABaTAQA2kwEAa5MBAHeTAQDAkwEA1JMBABWUAQAjlAEAapQBAHGUAQC4jBAA1pQBABSVAQAWlQEA+k4MABeVAQD7TQwAIZUBAGmVAQBrlQEAvpUBAMiVAQATlgEAz5UBAKFSDAAclgEAaJYBAG6WAQC9lgEAyZYBABKXAQAZlwEAZ5cBAGyXAQC8lwEAyJcBABGYAQAUmAEAZpgBAHOYAQC7mAEAwJgBABCZAQAamQEAZZkBAHuZAQC6mQEAvJkBAA+aAQAZmgEAZJoBAHOaAQC5mgEAxJoBAA2NEAAamwEAY5sBAHCbAQC4mwEAxpsBAA2cAQAZnAEAYpwBAGmcAQBijRAAvJwBAAydAQDDnAEAM70PAMWcAQBkQgQADp0BAFGrAwARnQEASQELABudAQBRTgsAI50BAGGdAQBvnQEAtp0BAMOdAQALngEAE54BAGCeAQBqngEAUqYHAHCeAQC1ngEAt54BAAqfAQAYnwEAX58BAHCfAQC3jRAAu58BAAyOEAAOoAEAXqABAGSgAQCzoAEAu6ABAAihAQARoQEAXaEBAGChAQCyoQEAvqEBAAeiAQANogEAXKIBAGSiAQCxogEA0KIBALaOEAAIowEAW6MBAGmjAQCwowEAwaMBAAuPEAAMpAEAYI8QAF+kAQCvpAEAtaQBAASlAQAMpQEAWaUBAGKlAQCupQEAsaUBAAOmAQAPpgEAWKYBAF6mAQAKkBAAr6YBAAKnAQALpwEAV6cBAGGnAQCspwEAt6cBAAGoAQANqAEAVqgBAGOoAQCrqAEAtagBAACpAQAOqQEAVakBAGSpAQCqqQEArKkBAP+pAQAJqgEAVKoBAGKqAQCpqgEArqoBAP6qAQALqwEAU6sBAFurAQCoqwEAuKsBAP2rAQD/qwEAUqwBAGCsAQCnrAEAuKwBAF+QEAADrQEAtJAQAFqtAQCmrQEAqa0BAPutAQAHrgEAUK4BAFauAQClrgEAsq4BAPquAQD8rgEAT68BAGWvAQCkrwEAsK8BAAmREAAFsAEATrABAFSwAQCjsAEAprABAPiwAQAGsQEATbEBAFKxAQCisQEAr7EBAPexAQD/sQEAXpEQAFmyAQChsgEAr7IBAPayAQAMswEAS7MBAFSzAQCgswEAtrMBAPWzAQD9swEASrQBAE20AQCftAEAqLQBAPS0AQD1tAEASbUBAEq1AQCetQEAo7UBAPO1AQD5tQEASLYBAFK2AQCdtgEAqbYBAPK2AQD5tgEAR7cBAE+3AQCctwEAnrcBAPG3AQDytwEARrgBAFS4AQCbuAEAo7gBAPC4AQALuQEARbkBAFG5AQCauQEAoLkBAO+5AQDyuQEARLoBAFK6AQCZugEAnroBAO66AQD7ugEAQ7sBAEu7AQCYuwEAprsBAO27AQDwuwEAs5EQAEW8AQCXvAEARrwBANHPCQBOvAEAjL8JAFC8AQBIqQ4AVbwBABzVDgCavAEA7LwBAP28AQBBvQEAXb0BAJa9AQCevQEACJIQAPy9AQBAvgEASL4BAJW+AQCbvgEA6r4BAO++AQA/vwEASL8BAJS/AQCevwEA6b8BAPe/AQA+wAEAS8ABAJPAAQCfwAEA6MABAOvAAQA9wQEAWcEBAF2SEACVwQEA58EBAKbBAQCBJQQA88EBADzCAQBCwgEAkcIBAJvCAQCykhAA68IBADvDAQBIwwEAkMMBAJjDAQBVmhAAnMMBAOXDAQCgwwEAicoBAKzDAQBCWw0A68MBADrEAQBAxAEAj8QBAJTEAQDkxAEA6sQBAAeTEABDxQEA+U8MAEfFAQCOxQEAn8UBAFyTEADqxQEAsZMQAEDGAQAGlBAAm8YBAOLGAQDpxgEAN8cBAD/HAQCMxwEAmccBAOHHAQDmxwEANsgBAEDIAQCLyAEAk8gBAODIAQDmyAEANckBADfJAQCKyQEAmMkBAN/JAQDiyQEANMoBAEDKAQBblBAAi8oBAN7KAQDsygEAM8sBAETLAQCwlBAAj8sBAAWVEADjywEAMswBADjMAQCHzAEAjMwBANzMAQDizAEAWpUQADPNAQCGzQEAOs0BAHh5DgA9zQEAH9sFAKHNAQDbzQEA3c0BADDOAQBKzgEAhc4BAJLOAQDN0wkAls4BANrOAQDczgEAL88BADzPAQCEzwEAm88BANnPAQDzzwEALtABADDQAQCD0AEANNABAIdrDQCG0AEA2NABANvQAQAt0QEAOdEBAILRAQCI0QEA19EBAOHRAQCvlRAAMdIBAIHSAQCO0gEA1tIBAOLSAQAr0wEAMdMBAIDTAQCG0wEA1dMBANrTAQAq1AEAMNQBAASWEACA1AEA1NQBAJXUAQD3AwUA1tQBACnVAQDi1AEADPECAC/VAQB+1QEAjNUBANPVAQDW1QEAKNYBAC3WAQB91gEAitYBANLWAQDi1gEAJ9cBACnXAQB81wEAitcBANHXAQDi1wEAWZYQACzYAQB72AEAh9gBAK6WEADh2AEAJdkBAC/ZAQB62QEAiNkBAM/ZAQDQ2QEAJNoBADXaAQB52gEAhdoBAM7aAQDe2gEAI9sBACXbAQB42wEAhtsBAM3bAQDe2wEAA5cQACjcAQB33AEAg9wBAFiXEADS3AEAId0BACfdAQB23QEAe90BAMvdAQDR3QEAApgQACjeAQB13gEAf94BANbFDgCO3gEAyt4BANPeAQAf3wEAKd8BAHTfAQB83wEAyd8BAM3fAQAe4AEAIOABAHPgAQB24AEAyOABAOTgAQBXmBAAMOEBAHLhAQBz4QEAx+EBANPhAQAc4gEAK+IBAHHiAQB74gEAxuIBANLiAQAb4wEAIuMBAKyYEAB24wEADOcMAIPjAQDF4wEA1OMBABrkAQAm5AEAb+QBAHDkAQDE5AEAzuQBABnlAQAn5QEAbuUBAHPlAQDD5QEA0OUBAFaZEAAg5gEAbeYBAHnmAQDC5gEA1eYBABfnAQAY5wEAbOcBAHjnAQDB5wEA0OcBABboAQAg6AEAa+gBAHfoAQDA6AEAx+gBAKuZEAAm6QEAaukBAHbpAQC/6QEAz+kBABTqAQAe6gEAaeoBAHHqAQC+6gEA5uoBABPrAQDs6gEAue8BADvrAQBo6wEAcOsBAL3rAQDD6wEAEuwBACDsAQBn7AEAfuwBALzsAQDH7AEAEe0BABvtAQBm7QEAk+0BALvtAQDD7QEAEO4BACDuAQBl7gEAZ+4BALruAQDI7gEAD+8BACDvAQCqmhAAa+8BAP+aEADh7wEADvABABbwAQBj8AEAafABALjwAQDG8AEADfEBACTxAQBi8QEAbfEBALfxAQDB8QEADPIBADnyAQBh8gEAafIBALbyAQDG8gEAC/MBAA3zAQBg8wEAbvMBALXzAQDG8wEAVJsQABH0AQCpmxAAYfQBALT0AQDC9AEACfUBABr1AQD+mxAAZfUBAFOcEAC79QEAqJwQABD2AQD9nBAAX/YBALL2AQDA9gEAB/cBABj3AQBSnRAAYvcBALH3AQC99wEAp50QAA/4AQBb+AEAaPgBALD4AQC++AEABfkBAA/5AQBa+QEAdPkBAK/5AQCy+QEABPoBAAv6AQBZ+gEAefoBAK76AQDI+gEA/J0QABD7AQBY+wEAFPsBAABTAgAZ+wEAqKoCAGb7AQCt+wEAt/sBAAL8AQAc/AEAV/wBAGf8AQCs/AEAsvwBAAH9AQAD/QEAVv0BAGz9AQCr/QEAt/0BAAD+AQAE/gEAVf4BAFr+AQCq/gEAsP4BAP/+AQAf/wEAVP8BAG7/AQCp/wEAq/8BAP7/AQABAAIAUwACAFYAAgCoAAIAtAACAP0AAgADAQIAUgECAFwBAgBRnhAArAECAPwBAgAJAgIAUQICAF0CAgCmAgIAuQICAPsCAgAKAwIAUAMCAFwDAgClAwIApgMCAPoDAgAEBAIATwQCAF0EAgCkBAIAqQQCAPkEAgAGBQIApp4QAE8FAgAHmAsAUAUCAGaNDABRBQIAOr4HAFMFAgDz/Q4AVAUCAL6NCQBVBQIAIH4MAFgFAgBCsA0AWQUCABuDDABaBQIAvDgLAFsFAgBX8gsAXAUCAIfCCwBdBQIAsJ8FAF4FAgCjBQIAZgUCAJ76EQBoBQIAok8OAGoFAgCmnw8AcQUCAMYnEgB2BQIAllsOAJAFAgA+tA0AlQUCANgVEgClBQIA+AUCALQFAgDUHQ4ABgYCAE0GAgBeBgIA+54QAKkGAgBQnxAAAwcCAEwHAgBbBwIAoQcCAKsHAgD2BwIAAggCAEsIAgAZCAIAjw0OAFIIAgD6nxAAoggCAPUIAgAGCQIASgkCAFMJAgCfCQIAqwkCAPQJAgD3CQIASQoCAFEKAgCeCgIAqAoCAPMKAgD4CgIASAsCAFALAgCdCwIAtgsCAPILAgD+CwIARwwCAE8MAgCkoBAApAwCAPmgEAD0DAIARg0CAEkNAgCbDQIApw0CAPANAgD2DQIARQ4CAE8OAgBOoRAAnw4CAO8OAgD8DgIARA8CAEwPAgCjoRAAnw8CAO4PAgD0DwIAQxACAEgQAgCYEAIAnhACAPihEAD1EAIATaIQAEQRAgC65QoARxECAJcRAgBOEQIAV54KAKERAgDsEQIAphECAM99CAD0EQIABe4MAAgSAgBBEgIASRICAKKiEACbEgIA6xICAAETAgBAEwIAQRMCAJUTAgCXEwIA6hMCAPATAgA/FAIASxQCAJQUAgCbFAIA6RQCAPEUAgA+FQIARxUCAJMVAgCWFQIA6BUCAPYVAgA9FgIAShYCAJIWAgCpFgIA5xYCAO8WAgA8FwIASBcCADsYAgBkFwIAkRcCALkXAgDmFwIAChgCAPeiEABYGAIAkBgCAJkYAgCPGQIAoRgCAOUYAgAVGQIAOhkCAF4ZAgBMoxAAkRkCAOQZAgD1GQIAORoCAGkaAgCOGgIAshoCAKGjEADpGgIA/qUGAOwaAgA4GwIA7xoCAHYlDwBCGwIAjRsCAEUbAgD2rQYARhsCACrHDgCVGwIA4hsCAOYbAgA3HAIAORwCAIwcAgCPHAIA4RwCAP0cAgD2oxAAOx0CAORkDABAHQIAxdgMAEIdAgCLHQIARh0CAMUvCwCoHQIA4B0CAOkdAgA1HgIANx4CAIoeAgCbHgIAS6QQAOQeAgA0HwIAPR8CAIkfAgCaHwIA3h8CAOUfAgAzIAIAOyACAIggAgBNIAIAZ0ECAJUgAgAyIQIAlyACAIYiAgChIAIA3SACAOkgAgCgpBAANyECAIchAgCRIQIA3CECAOQhAgD1pBAAPSICAEqlEACLIgIA2yICAOgiAgAwIwIAOiMCAIUjAgCHIwIA2iMCAOgjAgAvJAIAPCQCAJ+lEACJJAIA2SQCAOYkAgAuJQIAOCUCAIMlAgCFJQIA2CUCAOYlAgAtJgIAOiYCAPSlEACFJgIA+qEOAIgmAgCw6w4AjyYCANcmAgDhJgIASaYQADQnAgCBJwIAgycCALXmDgCOJwIAHocFAJgnAgDWJwIAmicCAMCRAwDbJwIAKygCADUoAgCAKAIAiCgCAJ6mEADfKAIAKikCADYpAgB/KQIAgikCANQpAgDeKQIAKSoCAEMqAgB+KgIAlSoCANMqAgDYKgIAKCsCAEQrAgDzphAAhysCANIrAgCOKwIAcy8IAN4rAgAnLAIAKiwCAHwsAgCGLAIA0SwCAOssAgAmLQIALC0CAHstAgB9LQIA0C0CAN4tAgAlLgIAKC4CAHouAgCGLgIAzy4CANIuAgAkLwIARy8CAEinEAB7LwIAzi8CANwvAgAjMAIAJjACAHgwAgCEMAIAzTACANAwAgCdpxAALTECAHcxAgB9MQIAzDECANExAgAhMgIAJTICAHYyAgB5MgIA8qcQAMwyAgBjjw0AzjICAA2ODwDRMgIAIDMCANQyAgC/hg8A1TICAMY3AgDXMgIAfXMPANkyAgDaaw8A2jICACF6DwDbMgIAWZcPAOIyAgA6ZAwA5TICAE1PDgAsMwIAdTMCAKEzAgDKMwIA1jMCAB80AgAuNAIAdDQCAH40AgDJNAIAzDQCAB41AgA4NQIAczUCAH01AgDINQIAzTUCAB02AgAnNgIAcjYCAH02AgDHNgIAzTYCABw3AgAhNwIAcTcCAHU3AgBHqBAAyzcCABs4AgDUNwIAGoEPACU4AgBwOAIAezgCAMU4AgDLOAIAGjkCAB85AgBvOQIAczkCAJyoEADJOQIAJdgCAMs5AgA8Cw4AzDkCAGjgDADOOQIAwtkOAN45AgAZOgIAIzoCAG46AgB5OgIAwzoCAMk6AgAYOwIAHTsCAG07AgBxOwIAwjsCAOU7AgDxqBAAGTwCAGw8AgAaPAIA2RoMABw8AgCaXAkAIDwCAJG4CwAjPAIAY0UCACU8AgCx6g4AeTwCAOZsAgB6PAIAwTwCAMQ8AgAWPQIAIj0CAGs9AgCDPQIAwD0CAMw9AgAVPgIAGz4CAGo+AgBwPgIAvz4CAMQ+AgAUPwIAGj8CAEapEABzPwIAvj8CAMk/AgATQAIAGUACAGhAAgBtQAIAvUACAMFAAgASQQIAFUECAJupEABxQQIAvEECAMdBAgARQgIAF0ICAGZCAgBrQgIAu0ICAL9CAgDwqRAAEUMCAGVDAgBxQwIAukMCAMZDAgAPRAIAFUQCAGREAgBqRAIAuUQCAL5EAgAORQIAFEUCAEWqEABlRQIAk7wFAGpFAgAuzAUAckUCAM+DAgBzRQIAuEUCAMRFAgANRgIAE0YCAGJGAgBuRgIAt0YCAMRGAgAMRwIAG0cCAGFHAgBtRwIAtkcCAMJHAgALSAIAEUgCAGBIAgBmSAIAtUgCALpIAgAKSQIAEEkCAJqqEABpSQIATqkIAHVJAgC0SQIAeEkCAAyVCQDASQIACUoCABFKAgC+hREAFUoCAF5KAgBkSgIAs0oCALlKAgAISwIADUsCAF1LAgBjSwIA76oQALpLAgBK+REAvEsCAAdMAgANTAIAXEwCABNMAgA2xwIAakwCALFMAgDKTAIABk0CAA9NAgBbTQIAZU0CALBNAgC8TQIABU4CABFOAgBaTgIAYE4CAK9OAgC1TgIABE8CAAlPAgBZTwIAX08CAESrEAC6TwIAA1ACAA1QAgBYUAIAY1ACAK1QAgCyUAIAAlECAAlRAgBXUQIAY1ECAKxRAgCyUQIAAVICAAdSAgBWUgIAW1ICAKtSAgCxUgIAmasQABFTAgBVUwIAVlMCAKpTAgBbUwIApVgCAK9TAgD/UwIADVQCAFRUAgBhVAIAqVQCALNUAgD+VAIAClUCAFNVAgBZVQIAqFUCALRVAgD9VQIAEFYCAFJWAgBhVgIAp1YCALNWAgD8VgIA/VYCAFFXAgBbVwIAplcCALRXAgD7VwIAAFgCAFBYAgBdWAIA7qsQALFYAgD6WAIAClkCAE9ZAgBbWQIApFkCAKpZAgD5WQIABVoCAE5aAgBbWgIAo1oCALJaAgD4WgIABFsCAE1bAgBZWwIAolsCALVbAgD3WwIABlwCAExcAgBYXAIAoVwCAKJcAgD2XAIAAF0CAEtdAgBZXQIAoF0CAKVdAgD1XQIAAl4CAEOsEABMXgIA18wGAFZeAgCfXgIAV14CAGKTCgBYXgIA9FQMALNeAgD0XgIAAF8CAElfAgBPXwIAnl8CAKRfAgDzXwIA+F8CAEhgAgBOYAIAmKwQAKlgAgDyYAIA/2ACABPqAgAFYQIAR2ECAExhAgDgcgIAT2ECAHssAwBTYQIAnGECAKJhAgDxYQIA92ECAEZiAgBLYgIAm2ICAKFiAgDtrBAA/GICAEVjAgBLYwIAmmMCAJ9jAgDvYwIA9mMCAERkAgBSZAIAmWQCALRkAgDuZAIA/GQCAENlAgBGZQIAmGUCAKZlAgDtZQIA8mUCAEJmAgBPZgIAl2YCAKNmAgDsZgIA8mYCAEFnAgBHZwIAlmcCAJtnAgDrZwIA8WcCAEKtEABFaAIAlWgCAJ5oAgDqaAIA92gCAD9pAgBGaQIAlGkCAKVpAgDpaQIA7mkCAD5qAgBNagIAk2oCAJVqAgDoagIA+WoCAD1rAgBJawIAkmsCAJhrAgDnawIA7WsCADxsAgBBbAIAkWwCAJdsAgCXrRAA/WwCADttAgBHbQIAkG0CAJxtAgDlbQIA620CADpuAgBAbgIAj24CAJRuAgDkbgIA6m4CAOytEAA/bwIAsaECAFBvAgCObwIAl28CAONvAgD5bwIAOHACAERwAgCNcAIAmnACAOJwAgDscAIAN3ECAENxAgCMcQIAknECAOFxAgDncQIANnICADtyAgCLcgIAkXICAEGuEADpcgIANXMCAD9zAgCKcwIAj3MCAN9zAgDvcwIANHQCAE10AgCJdAIAjnQCAN50AgDndAIAM3UCAEB1AgCIdQIAj3UCAN11AgDgdQIAMnYCAD52AgCHdgIAmnYCANx2AgDrdgIAMXcCAD13AgCGdwIAh3cCANt3AgDldwIAMHgCAD54AgCFeAIAingCANp4AgDneAIAlq4QADJ5AgCEeQIAh3kCANl5AgDmeQIAw9sLAOh5AgAuegIAMHoCAIN6AgCGegIA2HoCAOJ6AgAtewIAOXsCAIJ7AgCVewIA13sCAOZ7AgAsfAIAOHwCAIF8AgCCfAIA1nwCAOB8AgArfQIAOX0CAIB9AgCFfQIA1X0CAOJ9AgDrrhAAK34CAH9+AgCLfgIA1H4CANp+AgApfwIAK38CAH5/AgCIfwIA038CAOF/AgAogAIALYACAH2AAgCKgAIA0oACAN6AAgAngQIAOoECAHyBAgCLgQIA0YECAN2BAgAmggIAJ4ICAHuCAgCFggIA0IICAN6CAgAlgwIAKoMCAHqDAgCHgwIAQK8QANiDAgAkhAIA24MCAAvoDAAqhAIAeYQCAHyEAgDOhAIA3IQCACOFAgAohQIAeIUCAIWFAgDNhQIA2YUCACKGAgAohgIAd4YCAH2GAgDMhgIA0YYCACGHAgAnhwIAla8QAHiHAgDLhwIAfYcCAMrSDQDahwIAIIgCAECIAgB1iAIAeogCAMqIAgDliAIAH4kCACuJAgB0iQIAeokCAMmJAgDZiQIAHooCAC+KAgBzigIAeIoCAMiKAgDMigIAHYsCACmLAgByiwIAeIsCAMeLAgDNiwIAHIwCACGMAgBxjAIAd4wCAOqvEADVjAIAre4OANyMAgAbjQIAHI0CAHCNAgCBjQIAxY0CANGNAgAajgIAMI4CAG+OAgB7jgIAxI4CANGOAgAZjwIAI48CAG6PAgB6jwIAw48CAMqPAgAYkAIAJJACAG2QAgBzkAIAwpACAMiQAgAXkQIAHJECAGyRAgBykQIAP7AQAMORAgDFKw8AypECABaSAgAXkgIAa5ICAGySAgDAkgIAxZICABWTAgAbkwIAapMCAHSTAgC/kwIAy5MCABSUAgAblAIAaZQCAG6UAgC+lAIAv5QCABOVAgAflQIAaJUCAG6VAgC9lQIAv5UCABKWAgAclgIAZ5YCAHWWAgC8lgIAwZYCABGXAgAelwIAZpcCAHKXAgC7lwIAzpcCABCYAgAfmAIAZZgCAHGYAgC6mAIAu5gCAA+ZAgAZmQIAZJkCAHKZAgC5mQIAvpkCAA6aAgAbmgIAlLAQAHSaAgC4mgIAxJoCAA2bAgAkmwIAYpsCAGSbAgC3mwIAyJsCAAycAgAOnAIAYZwCAGecAgC2nAIAzZwCAAudAgAUnQIAYJ0CAHadAgC1nQIAwZ0CAAqeAgAXngIAX54CAGmeAgC0ngIAwJ4CAAmfAgAcnwIAXp8CAG2fAgCznwIAv58CAAigAgAJoAIAXaACAGegAgCyoAIAwKACAAehAgAMoQIAXKECAGmhAgDpsBAAs6ECAAaiAgAaogIAW6ICAGmiAgCwogIAvaICAAWjAgAMowIAWqMCAGajAgCvowIAwqMCAASkAgAJpAIAWaQCAGKkAgCupAIAuKQCAAOlAgAIpQIAWKUCAGilAgCtpQIAxqUCAAKmAgAHpgIAV6YCAGCmAgCspgIAuaYCAAGnAgAIpwIAVqcCAFmnAgCrpwIAt6cCAACoAgATqAIAVagCAGSoAgCqqAIAtqgCAP+oAgAAqQIAVKkCAF6pAgCpqQIAt6kCAP6pAgADqgIAU6oCAGCqAgA+sRAAwaoCAP2qAgAJqwIAUqsCAFirAgCnqwIAt6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgCTsRAApbACAOa2DQCssAIA+ksPAK6wAgCu8gkAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIA6LEQAPC5AgBDugIA+rkCAGHqCQBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIAresRAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCAD2yEAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIAkrIQAEe/AgCBxA8AS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAbTANAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgDnshAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CADyzEAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIA5rMQADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIAkLQQADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIA5bQQAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIAOrUQACnhAgBx4QIAO+ECANF/BAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAjWMPAHbiAgDF4gIAfuICALY8DQB/4gIAw94IAIDiAgC67QIAgeICAOO7CwDR4gIAGuMCABzjAgAzFQ0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIAj7UQAMjlAgDktRAAI+YCADm2EABv5gIA47YQAMTmAgA4txAAxuYCAIXLBAAZ5wIAWEYMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCAOxbDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgCNtxAAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIA4rcQAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAOFoCwAR7wIAY+8CACTvAgDjZgsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIAN7gQAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgCMuBAACvUCAF31AgBr9QIAsvUCAMP1AgDhuBAADvYCADa5EABk9gIAsfYCAGb2AgDutAcAo/YCABgrEgC/9gIABvcCAMD2AgBW/AIAwfYCAD0OCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCADW6EAAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAiroQAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAN+6EAADAgMANLsQAAcCAwCdAwoAFwIDAC1rEgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwCJuxAA+gQDAE0FAwD9BAMAhiAEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAXkgEAP8GAwBLBwMATgcDAKAHAwCsBwMA3rsQAPoHAwBKCAMAAQgDAOq1CgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDADO8EABNCgMAnQoDAKUKAwCdrQoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMAiLwQAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwDdvBAAohEDAOsRAwCkEQMAkLoKAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwAyvRAARxgDAI8YAwBQGAMAih0DAHIYAwDhvgoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwCHvRAAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDANy9EADlIwMAmrAKAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDADG+EACOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwCGvhAA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDANu+EAAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMAML8QAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADAIW/EADOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMA2r8QACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMAL8AQACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMAhMAQAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMA2cAQABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMALsEQABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMAg8EQABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMA2MEQAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDAC3CEACvWwMA9lsDAAVcAwBLXAMAV1wDAKBcAwCoXAMAgsIQAPpcAwBKXQMAU10DAJ9dAwCsXQMA9F0DAPtdAwBJXgMATF4DAJ5eAwCmXgMA814DAPheAwBIXwMAUV8DAJ1fAwCnXwMA8l8DAPpfAwBHYAMATGADAJxgAwCsYAMA8WADAPlgAwBGYQMATGEDAJthAwCdYQMA8GEDAP1hAwBFYgMAXGIDAJpiAwCmYgMA18IQAPtiAwBEYwMAW2MDAJljAwClYwMA7mMDAPRjAwBDZAMAS2QDAJhkAwCfZAMA7WQDAPtkAwBCZQMAXWUDAJdlAwClZQMA7GUDAPNlAwBBZgMATWYDAJZmAwCeZgMALMMQAP9mAwBAZwMASGcDAJVnAwDGZwMA6mcDAPZnAwA/aAMARWgDAJRoAwCZaAMAgcMQAPVoAwA+aQMARWkDAJNpAwCbaQMA6GkDAOppAwA9agMAR2oDAJJqAwCaagMA1sMQAPVqAwDZeAMA9moDADxrAwA+awMAkWsDAKJrAwDmawMA92sDADtsAwBHbAMAkGwDAJdsAwDlbAMA7WwDADptAwBnbQMAj20DAJRtAwDkbQMA5W0DADluAwBDbgMAjm4DAJxuAwDjbgMA6G4DADhvAwBFbwMAjW8DAKlvAwDibwMA/m8DACvEEABEcAMAjHADAJBwAwDhcAMA53ADADZxAwA4cQMAi3EDAIxxAwDgcQMAA3IDADVyAwBZcgMAinIDALdyAwDfcgMA53IDADRzAwA5cwMAiXMDAJZzAwDecwMA5nMDADN0AwA1dAMAiHQDAJB0AwDddAMACnUDADJ1AwA/dQMAh3UDAIx1AwDcdQMA6XUDADF2AwA9dgMAhnYDALN2AwDbdgMA43YDADB3AwBLdwMAhXcDAId3AwDadwMA63cDAC94AwA4eAMAhHgDAJB4AwCAxBAA5ngDAC55AwA1eQMAg3kDAI95AwDYeQMA63kDAC16AwA1egMAgnoDAId6AwDXegMA4HoDACx7AwA2ewMAgXsDAIl7AwDWewMA23sDACt8AwA7fAMAgHwDAIh8AwDVfAMA7nwDACp9AwAvfQMAf30DAIh9AwDUfQMA4X0DACl+AwAwfgMAfn4DAIF+AwDVxBAA2H4DACh/AwDgfgMAwoYMADF/AwB9fwMAhX8DANJ/AwDdfwMAJ4ADACmAAwB8gAMAl4ADANGAAwDdgAMAJoEDAC6BAwAqxRAAiIEDANCBAwDYgQMAJYIDADGCAwB6ggMAgIIDAM+CAwDVggMAJIMDACmDAwB5gwMAf4MDAH/FEADbgwMAI4QDACuEAwB4hAMAjIQDAM2EAwDShAMAIoUDACuFAwB3hQMAfYUDAMyFAwDUhQMAIYYDACSGAwB2hgMAk4YDAMuGAwDchgMAIIcDACiHAwB1hwMAeIcDAMqHAwDehwMAH4gDACyIAwB0iAMAfogDAMmIAwDLiAMAHokDADGJAwApxhAAeIkDAMiJAwDZiQMAHYoDACaKAwByigMAiIoDAMeKAwDUigMAHIsDACSLAwBxiwMAkIsDAH7GEADSiwMAG4wDACOMAwDTxhAAc4wDAMWMAwDNjAMAGo0DACeNAwBvjQMAdI0DAMSNAwDMjQMAGY4DABqOAwBujgMAcI4DAMOOAwDJjgMAGI8DABqPAwBtjwMAg48DAMKPAwDOjwMAF5ADACGQAwBskAMAeJADAMGQAwDHkAMAFpEDAB6RAwBrkQMAnZEDACjHEADJkQMAFZIDAB+SAwBqkgMAcpIDAL+SAwDAkgMAFJMDABqTAwBpkwMAdZMDAL6TAwC/kwMAE5QDABWUAwBolAMAbpQDAL2UAwDJlAMAEpUDABmVAwBnlQMAb5UDALyVAwC/lQMAEZYDABuWAwBmlgMAaJYDALuWAwDFlgMAEJcDAByXAwBllwMAe5cDALqXAwDGlwMAD5gDAByYAwBkmAMAbpgDALmYAwDBmAMADpkDACCZAwB9xxAAZZkDALiZAwDCmQMADZoDAA+aAwBimgMAe5oDALeaAwC5mgMADJsDAA+bAwBhmwMAbZsDALabAwC+mwMA0scQAB+cAwBgnAMAY5wDALWcAwC/nAMACp0DABadAwBfnQMAdZ0DALSdAwC8nQMACZ4DABeeAwBengMAYZ4DALOeAwC7ngMACJ8DAAufAwBdnwMAFp8DAFamAwBnnwMAsp8DAGifAwCvogMAtJ8DAAegAwANoAMAXKADAGagAwCxoAMAv6ADAAahAwAToQMAW6EDAHKhAwCwoQMAuKEDAAWiAwAOogMAWqIDAFuiAwAnyBAAuKIDAASjAwAOowMAWaMDAGOjAwCuowMAvKMDAAOkAwAQpAMAWKQDAG+kAwCtpAMAtaQDAAKlAwAJpQMAV6UDAFylAwCspQMAsKUDAAGmAwAOpgMAfMgQAGOmAwCrpgMAs6YDAACnAwAGpwMAVacDAGGnAwCqpwMAuacDAP+nAwAEqAMAVKgDAG+oAwCpqAMAtagDAP6oAwAEqQMAU6kDAGepAwCoqQMAsKkDAP2pAwATqgMAUqoDAFeqAwCnqgMArqoDAPyqAwAIqwMA0cgQAFirAwCmqwMAtKsDAPurAwAIrAMAUKwDAGesAwClrAMArawDAPqsAwAArQMAT60DAFutAwCkrQMAq60DAPmtAwAHrgMATq4DAFGuAwCjrgMAq64DAPiuAwAGrwMATa8DAFCvAwCirwMAqq8DAPevAwAIsAMATLADAFGwAwChsAMAo7ADAPawAwD9sAMAS7EDAFmxAwCgsQMArbEDAPWxAwAMsgMASrIDAFKyAwCfsgMAqbIDAPSyAwD/sgMASbMDAFWzAwCeswMAprMDACbJEAD1swMASLQDAFK0AwCdtAMAn7QDAPK0AwD1tAMAR7UDAFO1AwCctQMAprUDAPG1AwD5tQMARrYDAFS2AwCbtgMAqLYDAPC2AwD4tgMARbcDAFu3AwCatwMAprcDAO+3AwAFuAMARLgDAEm4AwCZuAMAn7gDAO64AwACuQMAe8kQAEa5AwCYuQMAoLkDAO25AwD7uQMAQroDAAO6AwAuHwgAT7oDAJe6AwCfugMA7LoDAPa6AwBBuwMATLsDAJa7AwCiuwMA67sDAPO7AwDQyRAARrwDAJW8AwCavAMA6rwDAPm8AwA/vQMAS70DAJS9AwCXvQMA6b0DAOy9AwA+vgMARr4DAJO+AwCYvgMA6L4DAPi+AwA9vwMARb8DAJK/AwCVvwMA578DAPG/AwA8wAMAPsADAJHAAwCXwAMA5sADAPDAAwA7wQMAScEDAJDBAwCdwQMA5cEDAPzBAwA6wgMAQsIDAI/CAwCYwgMA5MIDAOXCAwAlyhAARcMDAI7DAwCRwwMA//YJAJ3DAwDjwwMAocMDALrmCQDtwwMAOMQDAEDEAwDCOQQARMQDAFJJDwBGxAMAjcQDAFTEAwB60ggAksQDAOLEAwCaxAMAB54FAO/EAwA3xQMAOsUDAC5yCgA9xQMAOrwJAD/FAwCMxQMAQcUDADF1BABDxQMAwTgGAI/FAwCzRAgAksUDAEG4BgCWxQMA4cUDAJrFAwBeQgoAnMUDAIUdCADmxQMANsYDAO3FAwCWugQA78UDADMYCgA+xgMAi8YDAI7GAwDgxgMA7MYDADXHAwA7xwMAiscDAKXHAwDfxwMA68cDADTIAwA6yAMAicgDAJHIAwDeyAMA4MgDADPJAwDjyAMA3ckDAD3JAwCIyQMAkMkDAHrKEADqyQMAMsoDADrKAwCHygMAisoDANzKAwDhygMAMcsDAEDLAwCGywMApssDANvLAwDnywMAMMwDADrMAwCFzAMAjcwDANrMAwDszAMAJMsQADnNAwCEzQMAks0DANnNAwDmzQMALs4DAEXOAwCDzgMAi84DANjOAwDnzgMALc8DADLPAwCCzwMAj88DANfPAwDkzwMALNADADjQAwCB0AMAkNADANbQAwDg0AMAK9EDADnRAwCA0QMAhdEDANXRAwDi0QMAKtIDAC3SAwB/0gMAh9IDANTSAwDZ0gMAKdMDADbTAwB+0wMAhtMDANPTAwDc0wMAKNQDADXUAwB91AMAi9QDANLUAwDl1AMAJ9UDAC/VAwB81QMAg9UDANHVAwDW1QMAJtYDADzWAwB71gMAfdYDANDWAwDe1gMAJdcDADLXAwB61wMAgtcDAM/XAwDS1wMAJNgDACnYAwB52AMAiNgDAM7YAwDu2AMAI9kDAC/ZAwB42QMAgtkDAM3ZAwDV2QMAItoDADTaAwB5yxAAiNoDAMzaAwDT2gMAIdsDACnbAwB22wMAg9sDAMvbAwDQ2wMAINwDACrcAwB13AMAfdwDAMrcAwDM3AMAyIIKAM/cAwC4PwgA1NwDAKOnCgDZ3AMAH90DANrcAwAXNQkAJN0DAHTdAwCB3QMAyd0DANbdAwAe3gMAKt4DAHPeAwCC3gMAyN4DANLeAwAd3wMAJd8DAHLfAwB83wMAx98DAMzfAwAc4AMAJOADAM7LEAB94AMAxuADAMzgAwAb4QMANuEDAHDhAwB84QMAxeEDAMvhAwAa4gMANuIDAG/iAwB34gMAI8wQAMziAwAZ4wMAI+MDAG7jAwB54wMAw+MDAM/jAwAY5AMAIOQDAHjMEAB55AMAwuQDAMjkAwAX5QMAMuUDAGzlAwB45QMAweUDAMflAwAW5gMAHuYDAGvmAwBx5gMAwOYDAMnmAwAV5wMAIucDAGrnAwB35wMAv+cDAM3nAwAU6AMAIegDAGnoAwCA6AMAvugDAMboAwAT6QMAGOkDAGjpAwAk6QMAZusDAHXpAwC96QMAxekDABLqAwAd6gMAZ+oDAGzqAwC86gMAv+oDABHrAwAb6wMAzcwQAGvrAwC76wMAyusDABDsAwAS7AMAZewDAHbsAwC67AMAy+wDAA/tAwAj7QMAIs0QAHXtAwC57QMAvO0DAA7uAwDB7QMAZucHAMbtAwC0PA8AGO4DAGPuAwBl7gMAuO4DAMLuAwAN7wMAGe8DAGLvAwCM7wMAt+8DAMLvAwBg8AQA3e8DAAzwAwA/8AMAYfADAIfwAwC28AMA3PADAAvxAwA/8QMAYPEDAIvxAwC18QMAvfEDAAryAwA08gMAX/IDAJTyAwC08gMA3/IDAAnzAwAR8wMAXvMDAG3zAwCz8wMAuPMDAAj0AwAR9AMAXfQDABX0AwAA/AMAbvQDALL0AwC59AMAB/UDAA/1AwBc9QMAafUDALH1AwC29QMABvYDABD2AwBb9gMAY/YDALD2AwC69gMApAIEAL/2AwAF9wMACvcDAFr3AwBn9wMAr/cDALz3AwAE+AMAEPgDAFn4AwBo+AMArvgDALj4AwAD+QMAC/kDAFj5AwBi+QMArfkDALL5AwAC+gMACvoDAHfNEABj+gMArPoDALL6AwAB+wMAHPsDAFb7AwBi+wMAq/sDALH7AwDMzRAADfwDAFX8AwBh/AMAqvwDALn8AwD//AMACf0DAFT9AwBi/QMAqf0DAK79AwD+/QMAC/4DAFP+AwBb/gMAqP4DALL+AwD9/gMAAv8DAFL/AwBa/wMAp/8DAKr/AwD8/wMACAAEAFEABABXAAQApgAEAMEABAD7AAQABwEEAFABBABWAQQApQEEAK0BBAD6AQQA/AEEAE8CBABZAgQAIc4QAKoCBAD5AgQA+wIEAE4DBABbAwQAowMEAKYDBAD4AwQACQQEAE0EBABPBAQAogQEAKwEBAD3BAQAAwUEAEwFBABUBQQAds4QAKYFBAD2BQQA+QUEAEsGBABVBgQAoAYEAKgGBAD1BgQAAgcEAEoHBABMBwQAnwcEALUHBAD0BwQAAAgEAMvOEABlCAQAnggEALoIBAAgzxAA+AgEAEgJBABVCQQAnQkEAKoJBADyCQQA/gkEAEcKBABWCgQAnAoEAKYKBADxCgQA/woEAEYLBABLCwQAmwsEAKgLBADwCwQACQwEAEUMBABHDAQAmgwEAKEMBAB1zxAADA0EAEQNBABVDQQAmQ0EAKUNBADuDQQAAQ4EAEMOBABSDgQAmA4EAKQOBADtDgQA7g4EAEIPBABMDwQAlw8EAKUPBADsDwQA8Q8EAEEQBABOEAQAys8QAJsQBADrEAQA+BAEAEARBABNEQQAlREEAKERBADqEQQA+REEAD8SBABJEgQAlBIEAKISBADpEgQA7hIEAD4TBABLEwQAkxMEAJsTBADJ0BAA7RMEAD0UBABFFAQAHtEQAJQUBADnFAQA9RQEADwVBABNFQQAc9EQAJgVBADI0RAA6xUEADsWBABDFgQAkBYEAJ8WBADlFgQA6hYEADoXBABHFwQAjxcEAJwXBADkFwQA8BcEADkYBABIGAQAjhgEAJgYBABy0hAA5RgEAOVhDgDpGAQAw4UMAPYYBAA4GQQARxkEAI0ZBACZGQQA4hkEAOMZBAA3GgQAQRoEAIwaBACaGgQA4RoEAOYaBAA2GwQAQxsEAMfSEACPGwQA4BsEAOsbBAA1HAQAQxwEAIocBACbHAQA3xwEAOscBAA0HQQAPB0EABzTEACOHQQA3h0EAOsdBAAzHgQAQB4EAIgeBACUHgQA3R4EAOweBAAyHwQAPB8EAIcfBACVHwQA3B8EAOkfBAAxIAQASCAEAHHTEACTIAQA2yAEAOggBAAwIQQAPCEEAIUhBACUIQQA2iEEAOQhBAAvIgQAPSIEAIQiBABLIgQAGYgJAIkiBADZIgQA5iIEAC4jBAA2IwQAxtMQAI8jBADYIwQA6CMEAC0kBAA2JAQAgiQEAIUkBADXJAQA4yQEACwlBAAzJQQAG9QQAI4lBADWJQQA5SUEACsmBAAsJgQAgCYEAJcmBADVJgQA7yYEAConBAA2JwQAfycEAJInBADUJwQA4ycEACkoBAA1KAQAfigEAH8oBADTKAQA3SgEACgpBAA2KQQAfSkEAIIpBADSKQQA3ykEAHDUEABBKgQAfCoEAIsqBADRKgQA0yoEACYrBADWKgQAdTEEADMrBAB7KwQAiCsEANArBADVKwQAJSwEAC8sBAB6LAQAiSwEAM8sBADULAQAJC0EADEtBAB5LQQAhi0EAM4tBADaLQQAIy4EADIuBAB4LgQAgi4EAM0uBADaLgQAIi8EACcvBAB3LwQAey8EAMwvBADYLwQAITAEACcwBAB2MAQAfDAEAMswBADQMAQAIDEEACYxBADF1BAAgjEEAMoxBADXMQQAHzIEACsyBAB0MgQAgzIEAMkyBADTMgQAHjMEACwzBABzMwQAeDMEAMgzBADVMwQAHTQEACQ0BAByNAQAdzQEAMc0BADTNAQAHDUEAB81BABxNQQAfjUEAMY1BADLNQQAGzYEACU2BABwNgQAfDYEAMU2BADYNgQAGjcEACg3BABvNwQAcjcEAMQ3BADONwQAGTgEACU4BABuOAQAdDgEAMM4BADJOAQAGDkEAB05BABtOQQAczkEABrVEADMOQQAGOEGAM45BAB7JgkA0TkEABc6BAAZOgQAbDoEAH06BADBOgQA0joEABY7BAAeOwQAazsEAHs7BADAOwQAwjsEABU8BAAjPAQAajwEAHs8BABv1RAAxjwEAMTVEAAVPQQAaT0EAG49BAC+PQQAbz0EAD1pBADEPQQAEz4EAB0+BABoPgQAdD4EAL0+BADDPgQAEj8EABg/BABnPwQAbD8EALw/BADCPwQAGdYQAB9ABABmQAQAf0AEALtABAC8QAQAEEEEAC1BBABlQQQAbUEEAJhjBAB/QQQAukEEAL1BBAAPQgQAFEIEABjXEAB9QgQAuUIEAL9CBAAOQwQAz0IEAPz+BAAQQwQAY0MEAGlDBAC4QwQAzEMEAA1EBAAVRAQAYkQEAG9EBAC3RAQAvEQEAAxFBAAWRQQAYUUEAGlFBAC2RQQAx0UEAAtGBAAQRgQAYEYEAGJGBAC1RgQAvEYEAApHBAAWRwQAX0cEAGZHBAC0RwQA0EcEAAlIBAARSAQAbdcQAF9IBACzSAQAv0gEAAhJBAAVSQQAXUkEAGVJBACySQQAtUkEAAdKBAASSgQAXEoEAF5KBACxSgQAt0oEAAZLBAASSwQAW0sEAGJLBACwSwQAuEsEAAVMBAAKTAQAWkwEAHNMBACvTAQA20wEAARNBAAQTQQAWU0EAGhNBACuTQQAuE0EAANOBAALTgQAWE4EAGhOBACtTgQAu04EAAJPBAATTwQAV08EAGNPBADC1xAAsU8EAAFQBAAJUAQAVlAEAFdQBACrUAQAbFAEADxjCwDIUAQAAFEEAAhRBABVUQQAWVEEAKpRBACwUQQA/1EEAAFSBABUUgQAVVIEAKlSBACqUgQA/lIEAApTBABTUwQAWVMEAKhTBACwUwQA/VMEAP9TBABSVAQAbVQEAKdUBACpVAQA/FQEAApVBABRVQQAYlUEAKZVBACoVQQA+1UEABRWBABQVgQAYVYEAKVWBACxVgQAF9gQAAhXBABPVwQAFlcEAAT0BwBlVwQApFcEAKVXBAD5VwQAClgEAE5YBABaWAQAo1gEALlYBAD4WAQABFkEAE1ZBABaWQQAolkEAKxZBAD3WQQA+VkEAExaBABWWgQAoVoEAK9aBAD2WgQA+1oEAEtbBABYWwQAoFsEALxbBAD1WwQA/VsEAGzYEABYXAQAn1wEALhcBAD0XAQA9VwEAEldBABmXQQAnl0EAKZdBADzXQQABF4EAEheBABWXgQAnV4EALZeBADyXgQA+F4EAEdfBABJXwQAnF8EAKJfBADxXwQABWAEAEZgBABOYAQAm2AEAKhgBADwYAQA9WAEAEVhBABPYQQAmmEEAKJhBADvYQQA/2EEAERiBABJYgQAmWIEAKJiBADuYgQA+2IEAENjBABKYwQAwdgQAKljBADtYwQA+2MEAEJkBABbZAQAl2QEAJ1kBADsZAQA7mQEAEFlBABHZQQAlmUEAKplBADrZQQA82UEAEBmBABNZgQAlWYEAJpmBADqZgQA9GYEAD9nBABHZwQAlGcEAKRnBADpZwQA7mcEAD5oBABHaAQAk2gEAKBoBADoaAQA72gEABbZEABCaQQAkmkEAJNpBADnaQQA82kEADxqBABCagQAkWoEAKJqBADmagQA+moEADtrBABKawQAkGsEAJVrBADlawQA8msEADpsBABKbAQAj2wEAJ1sBADkbAQA+2wEADltBABCbQQAjm0EAJRtBADjbQQA720EADhuBAA/bgQAjW4EAKluBADibgQA6m4EAGvZEAA9bwQAjG8EAJJvBADhbwQA5m8EADZwBAA8cAQAwNkQAJBwBADgcAQA4nAEADVxBAA8cQQAinEEAJhxBADfcQQA7HEEADRyBABLcgQAiXIEAJFyBADecgQA33IEADNzBAA2cwQAiHMEAJxzBADdcwQA7HMEADJ0BAA3dAQAh3QEAIh0BADcdAQA83QEAGraEAA/dQQAhnUEAJx1BADbdQQA53UEADB2BAA1dgQAhXYEAI52BADadgQA5HYEAC93BAA7dwQAT1UGAEt3BACEdwQAjHcEAL/aEADedwQALngEADt4BACDeAQAkHgEANh4BADkeAQALXkEADx5BACCeQQAjHkEANd5BADleQQALHoEADF6BACBegQAjnoEANZ6BADeegQAFNsQADl7BACAewQAlnsEANV7BADhewQAKnwEAC98BAB/fAQAiHwEANR8BADefAQAKX0EADF9BAB+fQQAin0EANN9BADmfQQAKH4EACl+BAB9fgQAi34EANJ+BADYfgQAJ38EADN/BAB8fwQAg38EAGnbEADbfwQAJoAEAC6ABAB7gAQAgYAEAJ2uCQCKgAQA0IAEANWABABj7QQA1oAEACWBBAAxgQQAeoEEAHyBBADPgQQA2YEEACSCBAAwggQAeYIEAIGCBAC+2xAA1oIEACODBAAygwQAeIMEAH2DBADNgwQA2oMEACKEBAAvhAQAd4QEAIOEBADMhAQA24QEACGFBAArhQQAdoUEAISFBADLhQQA0IUEACCGBAAthgQAdYYEAH2GBADKhgQA1IYEAB+HBAAkhwQAdIcEAHyHBADJhwQA1IcEAB6IBAAjiAQAc4gEAHaIBADIiAQA0ogEAB2JBAAliQQAE9wQAHeJBADHiQQA1okEAByKBAAeigQAcYoEAIKKBADGigQA0YoEABuLBAAgiwQAcIsEAHOLBADFiwQAz4sEABqMBAAijAQAb4wEAHGMBADEjAQA0YwEABmNBAAgjQQAbo0EAHaNBADDjQQAxI0EABiOBAAdjgQAbY4EAHOOBADCjgQAzI4EABePBAAfjwQAaNwQAKKPBADBjwQA9o8EABaQBAAwkAQAa5AEAJGQBADAkAQA2pAEABWRBAA7kQQAapEEAISRBAC/kQQA6JEEABSSBAAckgQAaZIEAGuSBAC+kgQAy5IEABOTBAAakwQAaJMEAHCTBAC9kwQAvpMEABKUBAAXlAQAZ5QEAG2UBAC8lAQAxpQEABGVBAAZlQQAvdwQAIKVBAAS3RAAw5UEABCWBAASlgQAZZYEAHKWBAC6lgQAwZYEAA+XBAAXlwQAZJcEAGWXBAC5lwQAvpcEAA6YBAAUmAQAY5gEAG2YBAC4mAQAwJgEAGfdEAASmQQAYpkEAGSZBAC3mQQAvpkEAAyaBAAamgQAYZoEAG6aBAC2mgQAzZoEAAubBAATmwQAYJsEAGqbBAC1mwQAdpsEAKv6BADAmwQACpwEABacBABfnAQAZ5wEALzdEAC1nAQACZ0EAL6cBACHcwUAypwEAEVgBQAOnQQAXp0EAGGdBACznQQAvZ0EAAieBAAfngQAXZ4EAGOeBACyngQAvp4EAAefBAAKnwQAXJ8EAHmfBACxnwQAwp8EAAagBAAloAQAW6AEAGOgBACwoAQAsqAEAAWhBAAUoQQAWqEEAGShBACvoQQAvaEEAASiBAAfogQAWaIEAGWiBACuogQAtqIEABHeEAAPowQAWKMEAGejBACtowQAsqMEAAKkBAAIpAQAV6QEAF6kBACspAQAtKQEAAGlBAADpQQAVqUEAF2lBACrpQQAraUEAACmBAABpgQAVaYEAF+mBACqpgQAtqYEAP+mBAAFpwQAVKcEAG6nBACppwQAsacEAP6nBAAUqAQAU6gEAGGoBACoqAQAq6gEAP2oBAAAqQQAUqkEAGCpBACnqQQAtKkEAPypBAATqgQAUaoEAFmqBACmqgQAqKoEAPuqBAADqwQAUKsEAGerBAClqwQAsasEAPqrBAAQrAQAT6wEAFesBACkrAQAsqwEAPmsBAADrQQATq0EAFatBACjrQQAqq0EAPitBAAErgQATa4EAE6uBACirgQArq4EAPeuBAAErwQATK8EAFOvBAChrwQApK8EAPavBAD+rwQAS7AEAFCwBACgsAQArbAEAPWwBAAlsQQASrEEAFKxBABm3hAAp7EEANcXEQC7sQQA9LEEAPyxBAC73hAAV7IEAJ6yBACgsgQA87IEAASzBABIswQAULMEAJ2zBACpswQA8rMEAPizBABHtAQATbQEAJy0BAChtAQA8bQEAPe0BAAQ3xAAS7UEAJu1BABStQQAt5ANAKO1BADwtQQA9bUEAD9hCgD2tQQA3G0LAPy1BACCHQsA/7UEAEW2BAABtgQANGsLAEq2BACatgQAS7YEAEtWCQCntgQA77YEAPy2BABEtwQAULcEAJm3BACotwQA7rcEAPi3BABk4BAATbgEAJi4BACduAQA7bgEAPW4BAC54BAAR7kEAJe5BACauQQA7LkEAPa5BABBugQAaboEAGPhEACcugQA67oEAAG7BABAuwQATrsEAJW7BACiuwQA6rsEAOy7BAA/vAQASbwEAJS8BACgvAQA6bwEAPC8BAA+vQQARr0EAJO9BACavQQA6L0EAPG9BAA9vgQASb4EAJK+BACavgQAuOEQAOy+BAA8vwQARL8EAJG/BACgvwQA5r8EAOu/BAA7wAQASMAEAJDABACdwAQA5cAEAPHABAA6wQQAScEEAI/BBACZwQQA5MEEAPLBBAA5wgQAPsIEAI7CBACbwgQA48IEAOvCBAA4wwQAQsMEAI3DBACbwwQA4sMEAPjDBAA3xAQAQ8QEAIzEBACRxAQA4cQEAOrEBAA2xQQAQMUEAA3iEACVxQQA4MUEAOzFBAA1xgQAPcYEAGLiEACPxgQA38YEAOzGBAA0xwQAQccEAInHBACVxwQA3scEAO3HBAAzyAQAPcgEAIjIBACgyAQA3cgEAOfIBAAyyQQAQMkEAIfJBACdyQQA3MkEAOjJBAAxygQANsoEAIbKBACPygQA28oEAOXKBAAwywQAOMsEALfiEACSywQA2ssEAJvLBAAVMBAA58sEAC/MBAA7zAQAhMwEAJPMBADZzAQA48wEAC7NBAA8zQQAg80EAJDNBADYzQQA780EAC3OBAA1zgQAgs4EAIzOBADXzgQA3M4EACzPBAA0zwQADOMQAI3PBADWzwQA3M8EACvQBABG0AQAgNAEAIzQBADV0AQA29AEAGHjEAAy0QQAtuMQAITRBADU0QQA4dEEACnSBAA20gQAftIEAIrSBADT0gQA4tIEACjTBAAy0wQAfdMEAIvTBADS0wQA19MEACfUBAA01AQAfNQEAITUBAAL5BAA3dQEACbVBAA21QQAe9UEAITVBADQ1QQA09UEACXWBAAx1gQAetYEAIHWBABg5BAA3dYEACTXBAA61wQAedcEAIXXBADO1wQA1dcEACPYBAAr2AQAeNgEAH3YBADN2AQA1tgEACLZBAAs2QQAteQQAHzZBADM2QQAg9kEAB3eBADU2QQAIdoEACfaBAB22gQAe9oEAMvaBADU2gQAINsEACrbBAB12wQAgdsEAMrbBADS2wQACuUQACTcBAB03AQAfNwEAMncBADU3AQAHt0EACPdBABz3QQAdt0EAMjdBADS3QQAX+UQACfeBABy3gQAdt4EAMfeBADM3gQAHN8EACLfBABx3wQAkd8EAMbfBADO3wQAG+AEACngBABw4AQAc+AEAMXgBADN4AQAGuEEACPhBABv4QQAfOEEAMThBADK4QQAGeIEACXiBABu4gQAcOIEAMPiBADS4gQAGOMEACPjBABt4wQAb+MEAMLjBADb4wQAF+QEACjkBABs5AQAeOQEALTlEADJ5AQAFuUEADblBABr5QQAeeUEAMDlBADN5QQAFeYEABzmBABq5gQAhuYEAL/mBADH5gQACeYQABnnBABp5wQAducEAL7nBADL5wQAE+gEAB/oBABo6AQAd+gEAL3oBADH6AQAEukEACfpBABn6QQAb+kEALzpBADL6QQAEeoEABPqBABm6gQAb+oEALvqBAC+6gQAEOsEABzrBABl6wQAgesEALrrBADC6wQAXuYQABTsBABk7AQAeuwEALnsBADF7AQADu0EADHtBACz5hAAcO0EALjtBADF7QQADe4EABnuBABi7gQAce4EALfuBADB7gQADO8EABTvBABh7wQAa+8EALbvBAC77wQAC/AEABPwBAAI5xAAdPAEALXwBADb8AQACvEEADDxBABf8QQAhfEEALTxBADf8QQACfIEABHyBABe8gQAiPIEALPyBADp8gQACPMEAC7zBABd8wQAg/MEALLzBADo8wQAB/QEADL0BABc9AQAZPQEALH0BAC29AQAV04FAMD0BAAG9QQAC/UEAFv1BABo9QQAsPUEAL31BAAF9gQAEfYEAFr2BABp9gQAr/YEALn2BAAE9wQAEvcEAFn3BABe9wQArvcEALv3BAAD+AQAC/gEAFj4BABe+AQArfgEAGL4BACvSwUAufgEAAL5BAAS+QQAV/kEAGD5BACs+QQAr/kEAAH6BAAN+gQAVvoEAF36BABd5xAAv/oEAAD7BAAD+wQAVfsEAHL7BACq+wQAu/sEAP/7BAAG/AQAVPwEAG38BACp/AQAsfwEAP78BAAU/QQAU/0EAFj9BACo/QQAr/0EAP39BAAG/gQAUv4EAGP+BACn/gQAs/4EALLnEAD+/gQATgIFABD/BABR/wQAVP8EAKb/BADD/wQA+/8EAAwABQBQAAUAXwAFAKUABQC2AAUA+gAFAAgBBQBPAQUAWwEFAKQBBQCxAQUA+QEFAAMCBQAH6BAAVAIFAKMCBQCxAgUA+AIFAPoCBQBNAwUAVAMFAKIDBQC7AwUAXOgQAAAEBQBMBAUAWQQFAKEEBQCvBAUA9gQFAAUFBQBLBQUATQUFAKAFBQCqBQUA9QUFAAMGBQBKBgUATwYFAJ8GBQCsBgUA9AYFAPcGBQBJBwUAVQcFAJ4HBQCxBwUA8wcFAAIIBQBICAUAVAgFAJ0IBQCeCAUA8ggFAPwIBQBHCQUAVQkFAJwJBQChCQUA8QkFAP4JBQCx6BAASwoFAJsKBQCxCgUA8AoFAAYLBQBFCwUATgsFAJoLBQCnCwUA7wsFAP0LBQBEDAUAUwwFAJkMBQCbDAUA7gwFAPgMBQBDDQUAUQ0FAJgNBQCdDQUA7Q0FAPoNBQBCDgUARQ4FAJcOBQCfDgUA7A4FAP0OBQBBDwUATw8FAJYPBQCjDwUA6w8FAAsQBQBAEAUASBAFAJUQBQClEAUA6hAFAOwQBQA/EQUATREFAJQRBQClEQUAsOkQAO8RBQA+EgUAShIFAAXqEACaEgUA6BIFAKASBQBOAAcA7xIFAD0TBQBDEwUAkhMFAJ4TBQDnEwUA6hMFADwUBQA/FAUAkRQFALkUBQDmFAUACRUFADsVBQBGFQUAkBUFAJUVBQDlFQUA6BUFADoWBQBEFgUAjxYFALcWBQBa6hAA6RYFADkXBQBGFwUAjhcFAJsXBQDjFwUA7xcFADgYBQBHGAUAjRgFAJcYBQDiGAUA6hgFADcZBQBBGQUAjBkFAJEZBQDhGQUA6RkFAK/qEABDGgUAixoFAJ8aBQDgGgUA6BoFADUbBQA6GwUAihsFAJobBQDfGwUA5xsFADQcBQA+HAUAiRwFAJQcBQDeHAUA6hwFADMdBQA7HQUABOsQAIkdBQDdHQUA6R0FADIeBQBBHgUAhx4FAJUeBQDcHgUA7B4FADEfBQA/HwUAhh8FAJIfBQDbHwUA4h8FADAgBQA4IAUAhSAFAJsgBQDaIAUA7iAFAC8hBQAyIQUAhCEFAKEhBQDZIQUA6iEFAC4iBQA2IgUAgyIFAI4iBQDYIgUA3SIFAC0jBQAwIwUAgiMFAIwjBQDXIwUA2iMFAFnrEAAuJAUAgCIIADEkBQCBJAUAhCQFANYkBQDgJAUAKyUFADMlBQCAJQUAnyUFAK7rEADpJQUAKiYFAFAmBQB/JgUApSYFANQmBQD6JgUAKScFAGEnBQB+JwUAtCcFANMnBQD5JwUAKCgFAE4oBQB9KAUAsygFANIoBQD2KAUAJykFAEMpBQB8KQUAhCkFAAPsEADWKQUAJioFADMqBQB7KgUAiCoFANAqBQDcKgUAJSsFADQrBQB6KwUAhCsFAM8rBQDdKwUAJCwFACksBQB5LAUAhiwFAM4sBQDWLAUAWOwQAC8tBQB4LQUAiC0FAM0tBQDWLQUAIi4FACUuBQB3LgUAgy4FAMwuBQDTLgUArewQAC8vBQB2LwUAjC8FAMsvBQDXLwUAIDAFACcwBQB1MAUAfTAFAMowBQDPMAUAHzEFACgxBQB0MQUAfjEFAALtEADKMQUAHjIFACoyBQBzMgUAeTIFAMgyBQDKMgUAHTMFACczBQByMwUAgDMFAMczBQDMMwUAHDQFACk0BQBxNAUAeTQFAMY0BQDQNAUAGzUFACk1BQBwNQUAhjUFAMU1BQDRNQUAGjYFACE2BQBvNgUAdzYFAMQ2BQDJNgUAGTcFACI3BQBuNwUAeDcFAFftEADGNwUAGDgFADU4BQBtOAUAfjgFAMI4BQDQOAUAFzkFAC85BQBsOQUAbzkFAME5BQDeOQUAFjoFACc6BQBrOgUAgzoFAMA6BQDMOgUAFTsFACg7BQBqOwUAeTsFAL87BQDLOwUAFDwFABU8BQBpPAUAczwFAL48BQDMPAUAEz0FABg9BQBoPQUAdT0FAKztEADCPQUAEj4FAB8+BQBnPgUAdD4FALw+BQDIPgUAET8FACA/BQBmPwUAcD8FALs/BQDJPwUAEEAFABVABQBlQAUAckAFALpABQDCQAUAq+4QABtBBQBkQQUAdEEFALlBBQDCQQUADkIFABFCBQBjQgUAb0IFALhCBQC/QgUAAO8QABtDBQBiQwUAeEMFALdDBQDDQwUADEQFABNEBQBhRAUAaUQFALZEBQC7RAUAC0UFABRFBQBgRQUAakUFAFXvEAC2RQUACkYFABZGBQBfRgUAZUYFALRGBQC2RgUACUcFABNHBQBeRwUAbEcFALNHBQC4RwUACEgFABVIBQBdSAUAZUgFALJIBQC8SAUAB0kFABVJBQBcSQUAckkFALFJBQC9SQUABkoFAA1KBQBbSgUAY0oFALBKBQC1SgUABUsFAA5LBQBaSwUAZEsFAKrvEAC9SwUABEwFABpMBQBZTAUAZUwFAK5MBQC1TAUAA00FAAtNBQBYTQUAXU0FAK1NBQC2TQUAAk4FAAxOBQD/7xAAWE4FAKxOBQC4TgUAAU8FAAdPBQBWTwUAWE8FAKtPBQC1TwUAAFAFAA5QBQBVUAUAWlAFAKpQBQC3UAUA/1AFAAdRBQBUUQUAXlEFAKlRBQC3UQUA/lEFABRSBQBTUgUAX1IFAKhSBQCvUgUA/VIFAAVTBQBSUwUAV1MFAKdTBQCwUwUA/FMFAAZUBQBU8BAAU1QFAFecDABfVAUAplQFALdUBQD7VAUAAFUFAFBVBQBnVQUApVUFALlVBQD6VQUAElYFAE9WBQBeVgUApFYFAKlWBQD5VgUABlcFAE5XBQBbVwUAo1cFAK9XBQD4VwUAB1gFAE1YBQBXWAUAolgFAKpYBQD3WAUAFVkFAExZBQBUWQUAoVkFAKpZBQD2WQUAA1oFAEtaBQBNWgUAoFoFALlaBQD1WgUABlsFAEpbBQBWWwUAn1sFAKdbBQCp8BAA+VsFAElcBQBRXAUAnlwFAK1cBQDzXAUA+FwFAEhdBQBVXQUAnV0FAKpdBQDyXQUA/l0FAEdeBQBWXgUAnF4FAKZeBQDxXgUA+V4FAEZfBQBQXwUAm18FAKBfBQDwXwUA+F8FAP7wEABZYAUAmmAFAJ1gBQDvYAUADGEFAERhBQBVYQUAmWEFAM9hBQDuYQUADWIFAENiBQBLYgUAmGIFAJpiBQDtYgUA/GIFAEJjBQBMYwUAl2MFAKVjBQDsYwUAB2QFAEFkBQBNZAUAlmQFAJ5kBQBT8RAA92QFAEBlBQBPZQUAlWUFAJplBQDqZQUA8GUFAD9mBQBGZgUAlGYFAJxmBQDpZgUA62YFAD5nBQBFZwUAk2cFAJVnBQDoZwUA6WcFAD1oBQBHaAUAkmgFAJ5oBQDnaAUA7WgFADxpBQBWaQUAkWkFAJlpBQDmaQUA/GkFADtqBQBJagUAkGoFAJNqBQDlagUA6GoFADprBQBIawUAj2sFAJxrBQDkawUA+2sFADlsBQBBbAUAjmwFAJBsBQDjbAUA62wFADhtBQBPbQUAjW0FAJltBQDibQUA+G0FADduBQA/bgUAjG4FAJpuBQDhbgUA624FADZvBQA+bwUAi28FAJJvBQDgbwUA7G8FADVwBQA2cAUAinAFAJZwBQDfcAUA7HAFADRxBQA7cQUAiXEFAIxxBQDecQUA5nEFADNyBQA4cgUAiHIFAJVyBQDdcgUADXMFADJzBQA6cwUAqPEQAI1zBQDccwUA6nMFADF0BQBCdAUAhnQFAIt0BQDbdAUA8nQFADB1BQBEdQUAhXUFAKR1BQDadQUA4nUFAC92BQAxdgUAhHYFAJN2BQDZdgUA43YFAC53BQA8dwUAg3cFAJ53BQDYdwUA5HcFAC14BQA1eAUA/fEQAI54BQDXeAUA5ngFACx5BQAxeQUAgXkFAId5BQDWeQUA3XkFACt6BQAzegUAgHoFAIJ6BQDVegUA3HoFACp7BQAsewUAf3sFAIB7BQDUewUA3nsFACl8BQA1fAUAfnwFAIR8BQDTfAUA7XwFACh9BQAwfQUAfX0FAJN9BQDSfQUA4H0FACd+BQAqfgUAfH4FAH9+BQDRfgUA334FACZ/BQAzfwUAe38FAJJ/BQDQfwUA2H8FACWABQAngAUAeoAFAIKABQDPgAUA5oAFACSBBQAwgQUAeYEFAI+BBQDOgQUA1oEFACOCBQAxggUAeIIFAIKCBQDNggUA1YIFACKDBQApgwUAd4MFAIODBQDMgwUAzYMFACGEBQAthAUAdoQFAIOEBQDLhAUA0oQFACCFBQAjhQUAdYUFAH2FBQDKhQUAz4UFAB+GBQAshgUAdIYFAKSGBQDJhgUA0YYFAFLyEAAjhwUAc4cFAI+HBQDIhwUA0IcFAKfyEABWiAUAcogFAJiIBQDHiAUA8IgFAByJBQBSiQUAcYkFAIaJBQDGiQUAzokFABuKBQAeigUAcIoFAI2KBQDFigUA1ooFABqLBQAdiwUAb4sFAHmLBQDEiwUAxosFABmMBQAjjAUAbowFAHqMBQDDjAUA34wFABiNBQAgjQUA/PIQAKCNBQDCjQUAxY0FABeOBQA9jgUAbI4FAJWOBQDBjgUA5Y4FABaPBQAejwUAUfMQAHCPBQDAjwUAzY8FABWQBQAikAUAapAFAHaQBQC/kAUAzpAFABSRBQAekQUAaZEFAHeRBQC+kQUAw5EFABOSBQAgkgUAaJIFAHCSBQC9kgUAx5IFABKTBQAgkwUAZ5MFAH2TBQC8kwUAyJMFABGUBQAWlAUAZpQFAG+UBQC7lAUAxZQFABCVBQAslQUAZZUFAG2VBQCm8xAAvJUFAA+WBQAdlgUAZJYFAHWWBQD78xAAwJYFAFD0EAATlwUAY5cFAGuXBQC4lwUAx5cFAA2YBQATmAUAYpgFAG6YBQC3mAUAuZgFAAyZBQAWmQUAYZkFAG2ZBQC2mQUAvpkFAPr0EAAQmgUAYJoFAG+aBQC1mgUA1ZoFAAqbBQAWmwUAX5sFAGmbBQC0mwUAvJsFAAmcBQALnAUAXpwFAG6cBQCznAUAvZwFAAidBQAUnQUAXZ0FAGOdBQCynQUAup0FAE/1EAAengUAXJ4FAGSeBQCxngUAu54FAAafBQALnwUAW58FAGOfBQCk9RAAtZ8FAAWgBQAOoAUACOwLABKgBQBaoAUAG6AFANjDDgBkoAUAEooOAGegBQCvoAUAu6AFAAShBQAToQUAWaEFAGOhBQCuoQUAtqEFAMYuCwC8oQUAA6IFABCiBQBYogUAb6IFAK2iBQC1ogUAAqMFAAyjBQBXowUAXKMFAKyjBQC0owUA+fUQAA6kBQBWpAUAZKQFAKukBQC+pAUAAKUFAAilBQBVpQUAWKUFAKqlBQCvpQUA/6UFAA6mBQBUpgUAdKYFAKmmBQC1pgUA/qYFAAinBQBTpwUAb6cFAKinBQCwpwUATvYQABCoBQBSqAUAWKgFAKeoBQCzqAUA/KgFAAapBQBRqQUAV6kFAKapBQC0qQUA+6kFAAeqBQBQqgUAU6oFAKWqBQCmqgUA+qoFAAarBQBPqwUAVasFAKSrBQCqqwUA+asFAAWsBQBOrAUAa6wFAKOsBQCsrAUA+KwFAAStBQBNrQUAUK0FAKKtBQCsrQUA960FAAOuBQBMrgUAUq4FAKGuBQCnrgUA9q4FAPuuBQBLrwUAUa8FAKP2EACsrwUA9a8FAPevBQBKsAUAWbAFAJ+wBQCqsAUA9LAFAACxBQBJsQUAULEFAJ6xBQCmsQUA87EFAP2xBQBIsgUAU7IFAJ2yBQCpsgUA8rIFAPqyBQCi9xAASbMFAJyzBQCvswUA8bMFAPmzBQBGtAUATLQFAJu0BQCntAUA8LQFAPq0BQBFtQUAS7UFAJq1BQCotQUA77UFAPu1BQBEtgUAR7YFAJm2BQChtgUA7rYFAO+2BQBDtwUAT7cFAJi3BQCetwUA7bcFAPW3BQBCuAUASLgFAJe4BQCjuAUA7LgFAAm5BQBBuQUASrkFAJa5BQCiuQUA67kFAO65BQBAugUASroFAJW6BQCdugUA6roFAPu6BQA/uwUATbsFAJS7BQCquwUA6bsFAPe7BQA+vAUASLwFAPf3EACivAUA6LwFAPO8BQA9vQUASb0FAJK9BQCZvQUA570FAO+9BQA8vgUARr4FAJG+BQCcvgUA5r4FAPK+BQA7vwUAQ78FAEz4EACSvwUA5b8FAPi/BQA6wAUAQsAFAI/ABQCVwAUA5MAFAPDABQA5wQUAQ8EFAI7BBQCUwQUA48EFAPHBBQA4wgUARMIFAI3CBQCQwgUA4sIFAOrCBQA3wwUAOMMFAIzDBQCYwwUA4cMFAOfDBQA2xAUAPsQFAIvEBQCRxAUA4MQFAOzEBQA1xQUAUsUFAIrFBQCTxQUA38UFAOvFBQA0xgUAN8YFAInGBQCTxgUA3sYFAObGBQAzxwUARMcFAIjHBQCWxwUA3ccFAPPHBQAyyAUAQMgFAIfIBQCRyAUA3MgFAOTIBQAxyQUAVMkFAKH4EACRyQUA28kFAOnJBQAwygUAP8oFAIXKBQCQygUA2soFAOLKBQAvywUAPcsFAITLBQCHywUA2csFAOHLBQD2+BAAPMwFAIPMBQCGzAUA2MwFAODMBQCAJAYA5MwFAFb5BQDnzAUAJ9MFAPTMBQAtzQUASc0FAEv5EACEzQUA180FAOTNBQAszgUAOc4FAIHOBQCGzgUA1s4FAODOBQArzwUAOs8FAIDPBQCFzwUA1c8FAOLPBQAq0AUAN9AFAH/QBQCL0AUA1NAFAOPQBQAp0QUAM9EFAH7RBQCK0QUA09EFANnRBQAo0gUALtIFAH3SBQCC0gUA0tIFANjSBQCg+RAALNMFALbuBQA40wUAfNMFAIrTBQDR0wUA3dMFACbUBQAz1AUAe9QFAIXUBQDQ1AUA7NQFACXVBQBB1QUA9fkQAHzVBQDP1QUA3NUFACTWBQAx1gUAedYFAH7WBQDO1gUA2NYFACPXBQAy1wUAeNcFAH3XBQDN1wUA2tcFACLYBQAv2AUAd9gFAIPYBQDM2AUA29gFACHZBQAr2QUAdtkFAILZBQDL2QUA0dkFACDaBQAm2gUAddoFAHraBQDK2gUA0NoFAEr6EAAm2wUAdNsFAILbBQDJ2wUAzNsFAB7cBQAt3AUAc9wFAHjcBQDI3AUA1dwFAB3dBQAq3QUAct0FAH7dBQDH3QUA1t0FABzeBQAm3gUAcd4FAH/eBQDG3gUAy94FABvfBQAo3wUAcN8FAHzfBQDF3wUA2N8FABrgBQAp4AUAb+AFAHvgBQDE4AUAxeAFABnhBQAj4QUAbuEFAHzhBQDD4QUAyOEFABjiBQAl4gUAn/oQAG/iBQDC4gUA0OIFABfjBQAo4wUAnvsQAHPjBQDz+xAAxuMFABbkBQAe5AUAa+QFAHrkBQDA5AUAxeQFABXlBQAi5QUAauUFAHflBQC/5QUAy+UFABTmBQAj5gUAaeYFAHPmBQCd/BAAwOYFABPnBQAu5wUAaOcFAGrnBQC95wUA1+cFABLoBQAf6AUAZ+gFAHPoBQC86AUAxugFABHpBQAr6QUAZukFAHXpBQC76QUAwOkFABDqBQAd6gUAZeoFAHLqBQC66gUAxuoFAA/rBQAe6wUAZOsFAG7rBQC56wUAxesFAA7sBQAh7AUAY+wFAHLsBQC47AUAxOwFAA3tBQAO7QUAYu0FAGztBQC37QUAxe0FAAzuBQAR7gUAYe4FAG7uBQDy/BAAw+4FAAvvBQAY7wUAYO8FAGzvBQC17wUAxO8FAArwBQAU8AUAX/AFAG3wBQC08AUAufAFAAnxBQAW8QUAXvEFAGrxBQCz8QUAxvEFAAjyBQAX8gUAXfIFAGnyBQCy8gUAs/IFAAfzBQAR8wUAXPMFAGrzBQCx8wUAtvMFAAb0BQAT9AUAR/0QAGj0BQCw9AUAsvQFAAX1BQAe9QUAWvUFAGv1BQCv9QUAu/UFAAT2BQAM9gUARv4QAF72BQCu9gUAtvYFAAP3BQAS9wUAWPcFAF33BQCt9wUAuvcFAAL4BQAP+AUAV/gFAGP4BQCs+AUAu/gFAAH5BQAL+QUAm/4QAGn5BQCr+QUAuvkFAAD6BQAM+gUAVfoFAFb6BQCq+gUAtPoFAP/6BQAN+wUAVPsFAFn7BQCp+wUAtvsFAPD+EAAD/AUAU/wFAGD8BQCo/AUAtfwFAP38BQAJ/QUAUv0FAGH9BQCn/QUAsf0FAPz9BQAK/gUAUf4FAFb+BQCm/gUAs/4FAPv+BQAD/wUA7/8QAFz/BQCl/wUAtf8FAPr/BQADAAYATwAGAFIABgCkAAYAsAAGAPkABgAAAQYARAARAFkBBgCjAQYApAEGAPgBBgAQAgYATQIGAFoCBgCiAgYArgIGAPcCBgABAwYATAMGAFADBgChAwYApgMGAPYDBgD8AwYASwQGAGsEBgCgBAYAuAQGAPUEBgAMBQYASgUGAFYFBgCfBQYAqQUGAPQFBgD2BQYASQYGAFAGBgCeBgYApQYGAPMGBgD5BgYASAcGAFQHBgCdBwYAoAcGAPIHBgD1BwYARwgGAFMIBgCcCAYAnwgGAJkAEQD2CAYARgkGAE4JBgCbCQYAoQkGAPAJBgD1CQYARQoGAE4KBgCaCgYApAoGAO8KBgD7CgYARAsGAEwLBgDuABEAngsGAO4LBgD2CwYAQwwGAE4MBgCYDAYAnQwGAO0MBgDwDAYAQg0GAEwNBgBDAREAow0GAOwNBgDzDQYAQQ4GAE8OBgCWDgYAmQ4GAOsOBgDzDgYAQA8GAEMPBgCVDwYAoQ8GAOoPBgDwDwYAPxAGAFoQBgCUEAYAoBAGAOkQBgDvEAYAPhEGAEYRBgCTEQYAlxEGAOgRBgD0EQYAPRIGAEoSBgCSEgYAnBIGAOcSBgDvEgYAPBMGAD4TBgCREwYAlRMGAOYTBgDoEwYAOxQGAE8UBgCYAREAmBQGAOUUBgDpFAYAOhUGADwVBgCPFQYAkhUGAOQVBgDsFQYAORYGAEYWBgCOFgYAkxYGAOMWBgDtFgYAOBcGAEAXBgCNFwYAjhcGAOIXBgDnFwYANxgGADoYBgCMGAYAjxgGAOEYBgDvGAYANhkGAE8ZBgCLGQYAnBkGAOAZBgDsGQYANRoGAD0aBgDtAREAjxoGAN8aBgDnGgYANBsGAEMbBgCJGwYAjhsGAN4bBgDrGwYAMxwGAEAcBgCIHAYAlBwGAN0cBgDsHAYAMh0GADwdBgCHHQYAjx0GANwdBgDmHQYAMR4GADYeBgCGHgYAjh4GAEICEQDmHgYAMB8GADwfBgCFHwYAjR8GAJcCEQDmHwYALyAGADYgBgCEIAYAkiAGANkgBgDcIAYALiEGADYhBgCDIQYAhiEGANghBgDkIQYALSIGADMiBgCCIgYAnSIGANciBgDjIgYALCMGADIjBgCBIwYApCMGANYjBgDZIwYAKyQGAE8kBgDsAhEAjyQGANUkBgDaJAYAKiUGADclBgB/JQYAjCUGANQlBgDgJQYAKSYGADgmBgB+JgYAiCYGANMmBgDhJgYAKCcGAC0nBgB9JwYAiicGANInBgDaJwYAQQMRADQoBgB8KAYAhCgGANEoBgDqKAYAJikGACwpBgB7KQYAgCkGANApBgDwKQYAJSoGADEqBgB6KgYAhyoGAM8qBgDXKgYAJCsGACcrBgB5KwYAgysGAM4rBgDQKwYAIywGAC0sBgB4LAYAhCwGAJYDEQDjLAYAIi0GAC4tBgB3LQYAfC0GAMwtBgB/LQYACzgSANUtBgAhLgYAKy4GAHYuBgB+LgYAhhoKAIIuBgDLLgYAmS4GAPRWCgDRLgYAIC8GAN4uBgDJ1AwAJi8GAHUvBgB6LwYAyi8GANAvBgDrAxEALTAGAHQwBgCKMAYAyTAGANUwBgAeMQYAIzEGAHMxBgB8MQYAyDEGANIxBgAdMgYAJTIGAHIyBgCBMgYAxzIGAMwyBgAcMwYAKTMGAHEzBgB+MwYAxjMGANIzBgAbNAYAKjQGAHA0BgB6NAYAxTQGANM0BgAaNQYAJzUGAG81BgCGNQYAxDUGAMw1BgAZNgYAIzYGAG42BgBzNgYAwzYGAMs2BgDqBBEAJDcGAG03BgBzNwYAwjcGAN03BgAXOAYAIzgGAGw4BgByOAYAPwURAMc4BgB4eg0A1DgGABY5BgAlOQYAazkGAHc5BgDAOQYAwTkGABU6BgAfOgYAajoGAHg6BgC/OgYAxDoGABQ7BgAhOwYAlAURAG47BgC+OwYAxjsGABM8BgAWPAYAaDwGAHE8BgC9PAYAzDwGABI9BgAdPQYAZz0GAG89BgC8PQYAzD0GABE+BgAfPgYAZj4GAHc+BgC7PgYAxz4GABA/BgAYPwYAkwYRAGs/BgC6PwYAwj8GAA9ABgAWQAYAZEAGAHJABgC5QAYAv0AGAA5BBgAaQQYAY0EGAHJBBgC4QQYAwkEGAA1CBgASQgYAYkIGAGhCBgC3QgYAy0IGAAxDBgAUQwYAYUMGAItDBgC2QwYAv0MGAAtEBgAYRAYAYEQGAG5EBgC1RAYAyEQGAApFBgAmRQYA6AYRAGRFBgC0RQYAwUUGAAlGBgAWRgYAXkYGAGpGBgCzRgYAwkYGAAhHBgASRwYAXUcGAGtHBgCyRwYAt0cGAAdIBgAUSAYAXEgGAGRIBgA9BxEAvUgGAAZJBgAWSQYAW0kGAGRJBgCwSQYAs0kGAAVKBgARSgYAWkoGAGFKBgCSBxEA2UoGAARLBgANSwYAWUsGAGZLBgCuSwYAvEsGAANMBgAWTAYAWEwGAHRMBgDnBxEAu0wGAAJNBgAYTQYAV00GAGNNBgCsTQYAs00GAAFOBgAJTgYAVk4GAFtOBgCrTgYAtE4GAABPBgAKTwYAPAgRAFZPBgCqTwYAtk8GAP9PBgAFUAYAVFAGAFZQBgCpUAYAs1AGAP5QBgAMUQYAU1EGAFhRBgCoUQYAtVEGAP1RBgAFUgYAUlIGAFxSBgCnUgYAtVIGAPxSBgASUwYAUVMGAF1TBgCmUwYArVMGAPtTBgADVAYAUFQGAFVUBgClVAYArlQGAPpUBgAEVQYAkQgRAFVVBgCkVQYAqlUGAPlVBgD+VQYATlYGAFRWBgDmCBEAqFYGAPhWBgAFVwYATVcGAFpXBgCiVwYArlcGAPdXBgAGWAYATFgGAFZYBgChWAYAr1gGAPZYBgD7WAYAS1kGAFhZBgCgWQYAqFkGAOUJEQADWgYASloGAGBaBgCfWgYAq1oGAPRaBgD5WgYASVsGAFJbBgCeWwYAqFsGADoKEQD/WwYASFwGAFlcBgCdXAYAqVwGAPJcBgABXQYAR10GAFFdBgCcXQYAql0GAPFdBgD2XQYARl4GAFNeBgCbXgYApV4GAPBeBgCnXgYAl2IGAP5eBgBFXwYAW18GAJpfBgCmXwYA718GAPRfBgBEYAYATWAGAJlgBgCjYAYA7mAGAPpgBgBDYQYASWEGAJhhBgCeYQYA7WEGAPJhBgBCYgYASGIGAI8KEQCdYgYA7GIGAPJiBgBBYwYARmMGAJZjBgCcYwYA5AoRAPljBgBAZAYAVmQGAJVkBgChZAYA6mQGAO9kBgA/ZQYASGUGAJRlBgCeZQYA6WUGAPVlBgA+ZgYAUWYGAJNmBgCiZgYA6GYGAPRmBgA9ZwYAPmcGAJJnBgCcZwYA52cGAPVnBgA8aAYAQWgGAJFoBgCeaAYAOQsRAPVoBgA7aQYAW2kGAJBpBgCcaQYA5WkGAO9pBgA6agYAP2oGAI9qBgCQagYA5GoGAPBqBgA5awYARmsGAI5rBgCaawYA42sGAPZrBgA4bAYAR2wGAI1sBgCZbAYA4mwGAONsBgA3bQYAQW0GAIxtBgCabQYA4W0GAOZtBgA2bgYAQ24GAI4LEQCnbgYA4wsRAOZuBgA1bwYAO28GAIpvBgCPbwYA328GAOVvBgA4DBEAOXAGAIlwBgCMcAYA3nAGAOpwBgAzcQYAOXEGAIhxBgCjcQYA3XEGAOlxBgAycgYAOHIGAIdyBgCJcgYA3HIGAPdyBgAxcwYAM3MGAIZzBgCUcwYA23MGAOxzBgAwdAYAMnQGAIV0BgCedAYA2nQGAOt0BgAvdQYAO3UGADcNEQCOdQYA2XUGAOd1BgAudgYARHYGAIN2BgCPdgYA2HYGAN12BgAtdwYANncGAIJ3BgCMdwYA13cGAN93BgAseAYAMXgGAIF4BgCQeAYA1ngGAOV4BgAreQYANHkGAIB5BgCGeQYA1XkGANt5BgAqegYANnoGAH96BgCGegYA1HoGANx6BgApewYAK3sGAH57BgCOewYA03sGAN17BgAofAYANHwGAH18BgCDfAYA0nwGANp8BgCMDREAM30GAHx9BgCNfQYA0X0GAN19BgAmfgYANX4GAHt+BgCFfgYA0H4GAN5+BgAlfwYAKn8GAHp/BgCHfwYAz38GANd/BgAkgAYALoAGALeXBgAwgAYAeYAGAH+ABgDOgAYA1IAGACOBBgAogQYAeIEGAH6BBgDhDREA2YEGACKCBgAoggYAd4IGAJKCBgDMggYA2IIGACGDBgAngwYAdoMGAH6DBgDLgwYAzoMGACCEBgAshAYAdYQGAIaEBgDKhAYA1oQGAB+FBgAuhQYAdIUGAH6FBgDJhQYA14UGAB6GBgAjhgYAc4YGAICGBgDIhgYA0IYGAB2HBgAnhwYAcocGAICHBgDHhwYA3YcGAByIBgAoiAYAcYgGAHaIBgDGiAYAz4gGABuJBgAliQYA4A4RAHaJBgDFiQYAy4kGABqKBgAmigYAb4oGAHyKBgDEigYAzooGABmLBgAhiwYAbosGAHiLBgDDiwYAyIsGABiMBgAZjAYAbYwGAHKMBgDCjAYA04wGABeNBgAcjQYAbI0GAIONBgDBjQYA1Y0GABaOBgAyjgYAa44GAHOOBgA1DxEAyI4GABWPBgAfjwYAao8GAH6PBgC/jwYAwI8GABSQBgAgkAYAaZAGAIWQBgC+kAYAxpAGAIoPEQAckQYAaJEGAHaRBgC9kQYAd5EGAE78CgDHkQYAEpIGABSSBgBnkgYAgJIGALySBgDNkgYAEZMGAB2TBgBmkwYAbpMGAN8PEQDHkwYAEJQGABaUBgBllAYAgJQGALqUBgDGlAYAD5UGABWVBgBklQYAZ5UGALmVBgDBlQYADpYGAB6WBgBjlgYAaJYGALiWBgDBlgYADZcGABqXBgBilwYAaZcGADQQEQDFlwYADJgGACKYBgBhmAYAbZgGALaYBgC7mAYAC5kGABSZBgBgmQYAapkGALWZBgDRmQYACpoGABKaBgCJEBEAZJoGALSaBgC8mgYACZsGAAubBgBemwYAeZsGALObBgC1mwYACJwGABacBgBdnAYAbpwGALKcBgC0nAYAB50GACCdBgBcnQYAbZ0GALGdBgC9nQYABp4GAA6eBgDeEBEAZ54GALCeBgC2ngYABZ8GACCfBgBanwYAZp8GAK+fBgC1nwYABKAGAAegBgAzEREAdqAGAK6gBgCvoAYAA6EGABKhBgBYoQYAXaEGAK2hBgC6oQYAAqIGAA+iBgBXogYAY6IGAKyiBgC7ogYAAaMGAAujBgBWowYAZKMGAKujBgCwowYAAKQGAA2kBgBVpAYAYaQGAKqkBgCwpAYA/6QGAL2kBgA/ugYABaUGAFSlBgBZpQYAqaUGAK+lBgCIEREAA6YGAFOmBgBzpgYAqKYGALSmBgD9pgYAA6cGAFKnBgBapwYAe9MGAFunBgCnpwYAtKcGAPynBgACqAYAUagGAF2oBgCmqAYAqKgGAPuoBgAKqQYAUKkGAFupBgClqQYAp6kGAPqpBgATqgYAT6oGAGCqBgCkqgYAsKoGAPmqBgAFqwYATqsGAGGrBgCjqwYAsqsGAPirBgAErAYATawGAE6sBgCirAYArKwGAPesBgAFrQYATK0GAFGtBgChrQYArq0GAN0REQADrgYAS64GAF+uBgCgrgYAvK4GAPWuBgARrwYAMhIRAFmvBgCfrwYAoK8GAPSvBgADsAYASbAGAE6wBgCesAYAq7AGAPOwBgAAsQYASLEGAFSxBgCdsQYArLEGAPKxBgD8sQYAR7IGAFWyBgCcsgYAobIGAPGyBgD+sgYARrMGAFazBgCbswYAnbMGAPCzBgD+swYARbQGAFa0BgCHEhEAobQGANwSEQD0tAYARLUGAFG1BgCZtQYAprUGAO61BgD0tQYAQ7YGAE+2BgCYtgYAqLYGAO22BgD2tgYAQrcGAEW3BgCXtwYAo7cGAOy3BgDztwYAMRMRAE24BgCWuAYAprgGAOu4BgD0uAYAQLkGAEO5BgCVuQYAobkGAOq5BgDxuQYAhhMRAE66BgCUugYAoLoGAOm6BgDqugYAPrsGAEi7BgCTuwYAobsGAOi7BgDtuwYAPbwGAEq8BgDbExEAl7wGAOe8BgD2vAYAPL0GAFy9BgCRvQYAnb0GAOa9BgDwvQYAO74GAEO+BgCQvgYAnL4GAOW+BgDrvgYAOr8GAEC/BgCPvwYAlL8GAOS/BgDqvwYA2hQRAD7ABgCOwAYAl8AGAOPABgD0wAYAOMEGAD/BBgCNwQYAlcEGAOLBBgDvwQYAN8IGADzCBgCMwgYAlsIGAOHCBgDpwgYANsMGAEXDBgCLwwYAkMMGAODDBgDtwwYANcQGAELEBgCKxAYAlsQGAN/EBgDuxAYANMUGAD7FBgCJxQYAkcUGAN7FBgDoxQYAM8YGADjGBgCIxgYAkMYGANkVEQDixgYAMscGADXHBgCHxwYAkccGAC4WEQDixwYAMcgGADbIBgCGyAYApsgGANvIBgDnyAYAMMkGADbJBgCFyQYAiMkGANrJBgDcyQYAL8oGAErKBgCEygYAhsoGANnKBgDnygYALssGAD/LBgCDywYAhcsGANjLBgDxywYALcwGAD7MBgCCzAYAjswGAIMWEQDnzAYALM0GAEzNBgCBzQYAg80GANbNBgDizQYAqkYPAOXNBgDB4gYA8s0GAAnwBgACzgYAK84GAC7OBgCAzgYAj84GANXOBgDazgYAKs8GADfPBgB/zwYAjM8GANTPBgDgzwYAKdAGADjQBgB+0AYAiNAGANPQBgDh0AYAKNEGAC3RBgB90QYAitEGANLRBgDe0QYAJ9IGAC3SBgB80gYAgtIGANHSBgDW0gYAJtMGACzTBgDYFhEAkdMGANDTBgDS0wYAJdQGADnUBgB61AYAgtQGAM/UBgDc1AYAJNUGACnVBgB51QYAg9UGAM7VBgDW1QYAI9YGADzWBgB41gYAhNYGAM3WBgDV1gYALRcRAD3XBgB31wYAedcGAMzXBgDa1wYAIdgGADLYBgB22AYAeNgGAMvYBgDk2AYAINkGADHZBgB12QYAgdkGAIIXEQDP2QYAH9oGACjaBgB02gYAhdoGAMnaBgDQ2gYAHtsGACbbBgBz2wYAgNsGAMjbBgDN2wYAHdwGACfcBgBy3AYAetwGAMfcBgDg3AYAHN0GACjdBgBx3QYAed0GACwYEQDJ3QYAG94GACXeBgBw3gYAct4GAMXeBgDe3gYAGt8GACvfBgBv3wYAfd8GAMTfBgDH3wYAGeAGACTgBgBu4AYAeuAGAMPgBgDK4AYAgRgRAB3hBgBt4QYAdeEGAMLhBgDQ4QYAF+IGABjiBgBs4gYAh+IGANYYEQDG4gYAFuMGACPjBgBr4wYAeOMGAMDjBgDM4wYAFeQGACTkBgBq5AYAdOQGAL/kBgDN5AYAFOUGABnlBgBp5QYAduUGAL7lBgDK5QYAE+YGABnmBgBo5gYAbuYGAL3mBgDC5gYAEucGABjnBgArGREAdOcGALznBgC+5wYAEegGACroBgBm6AYAd+gGALvoBgDH6AYAEOkGABjpBgAqGhEAaukGALrpBgDC6QYAD+oGACjqBgBk6gYAaeoGALnqBgC+6gYADusGABjrBgBj6wYAZusGALjrBgDC6wYADewGABPsBgBi7AYAZOwGALfsBgC47AYADO0GABTtBgBh7QYAce0GALbtBgC87QYAC+4GABDuBgBg7gYAdu4GALXuBgC97gYACu8GADTvBgBf7wYAgu8GALTvBgDT7wYAfxoRABHwBgDUGhEAb/AGALPwBgDB8AYACPEGABTxBgBd8QYAavEGALLxBgC88QYAB/IGAA/yBgBc8gYAZ/IGALHyBgCz8gYABvMGAAnzBgBb8wYAY/MGALDzBgC28wYABfQGAA70BgBa9AYAZ/QGAK/0BgC39AYABPUGAAn1BgBZ9QYAYvUGAK71BgC49QYAA/YGAAv2BgBY9gYAXfYGAK32BgC99gYAAvcGAAr3BgBX9wYAWfcGAKz3BgDH9wYAAfgGAAP4BgBW+AYAZPgGAKv4BgC8+AYAAPkGAAL5BgBV+QYAbvkGAKr5BgC7+QYA//kGAAv6BgBU+gYAXPoGACkbEQCv+gYA/voGAAP7BgBT+wYAc/sGAKj7BgC0+wYA/fsGAAP8BgBS/AYAVfwGAKf8BgCv/AYA/PwGAAb9BgBR/QYAVv0GAKb9BgCu/QYA+/0GAAX+BgBQ/gYAUv4GAKX+BgC2/gYA+v4GABr/BgBP/wYAV/8GAKT/BgCu/wYA+f8GAP7/BgB+GxEAYgAHAKMABwCrAAcA+AAHAP0ABwBNAQcAXQEHAKIBBwCqAQcA9wEHAAECBwBMAgcAVwIHAKECBwCtAgcA9gIHAP4CBwDTGxEAVwMHAKADBwCsAwcA9QMHAPwDBwBKBAcAUgQHAJ8EBwC4BAcA9AQHAPoEBwBJBQcATgUHAJ4FBwC+BQcA8wUHAP8FBwBIBgcATgYHAJ0GBwCgBgcAKBwRAPQGBwBHBwcAAAcHAFpAEABKBwcAnAcHAKYHBwDxBwcA/wcHAEYIBwBVCAcAmwgHAJ4IBwDwCAcAswgHAAZIBwC3CAcAfSYHAPwIBwBFCQcARwkHAJoJBwCgCQcA7wkHAP4JBwBECgcATwoHAJkKBwChCgcAxocHALMKBwDuCgcA+goHAEMLBwBWCwcAmAsHAKcLBwDtCwcA+QsHAEIMBwBDDAcAlwwHAKEMBwDsDAcA+gwHAEENBwBGDQcAlg0HAKMNBwB9HBEABQ4HAEAOBwBPDgcAlQ4HAJoOBwDqDgcA9w4HAD8PBwBMDwcAlA8HAKAPBwDpDwcA+A8HAD4QBwBIEAcAkxAHAKEQBwDoEAcA7RAHAD0RBwBKEQcAkhEHAJ4RBwDnEQcA7REHADwSBwBCEgcAkRIHAJYSBwDmEgcA7BIHANIcEQA8EwcAkBMHAEQTBwBAtgkASBMHAAKfCQBKEwcAF4wHAFsTBwAMOw4AnBMHAOUTBwDrEwcA8loIAPITBwA6FAcAPRQHAI8UBwCbFAcA5BQHAOYUBwA5FQcAPxUHAI4VBwCdFQcA4xUHAO4VBwA4FgcAORYHAI0WBwChFgcA4hYHAPwWBwA3FwcAQxcHAIwXBwCfFwcA4RcHAPAXBwA2GAcAQhgHAIsYBwCMGAcA4BgHAOoYBwA1GQcAQxkHAIoZBwCPGQcA3xkHAOwZBwAnHREAThoHAIkaBwCYGgcA3hoHAOMaBwAzGwcAQBsHAIgbBwCVGwcA3RsHAOkbBwAyHAcAQRwHAIccBwCRHAcA3BwHAOocBwAxHQcANh0HAIYdBwCTHQcA2x0HAOcdBwAwHgcANh4HAIUeBwCLHgcA2h4HAN8eBwAvHwcANR8HAHwdEQCSHwcA2R8HAPQfBwAuIAcAPCAHAIMgBwCQIAcA2CAHAO8gBwAtIQcAPCEHAIIhBwCHIQcA1yEHAOQhBwAsIgcAOSIHAIEiBwCNIgcA1iIHAOUiBwArIwcANSMHAIAjBwCOIwcA1SMHANojBwAqJAcANyQHAH8kBwCCJAcA1CQHAOAkBwApJQcALyUHAH4lBwCEJQcA0yUHANglBwAoJgcALiYHANEdEQCZJgcAJh4RANgmBwAnJwcAKScHAHwnBwCJJwcA0ScHANQnBwAmKAcAJygHAHsoBwCAKAcA0CgHANYoBwAlKQcALykHAHopBwCWKQcAzykHAOspBwB7HhEAKioHAHkqBwB7KgcAzioHANsqBwAjKwcAJisHAHgrBwB5KwcAzSsHANIrBwAiLAcAKCwHAHcsBwCBLAcAzCwHAOgsBwAhLQcAPS0HANAeEQB8LQcAyy0HANEtBwAgLgcAJS4HAHUuBwB7LgcAJR8RAMwuBwAfLwcALS8HAHQvBwCFLwcAJCARANAvBwB5IBEAIzAHAHMwBwB7MAcAyDAHAM0wBwAdMQcA1zAHAAlFBwAeMQcAcjEHAH4xBwDHMQcA1DEHABwyBwAkMgcAcTIHAHsyBwDGMgcA1TIHABszBwAcMwcAcDMHAHgzBwDFMwcA1DMHABo0BwAfNAcAbzQHAHw0BwDENAcA0TQHABk1BwAlNQcAbjUHAH01BwDDNQcAzTUHABg2BwAmNgcAbTYHAHI2BwDCNgcAzzYHABc3BwAfNwcAbDcHAHY3BwDBNwcAxjcHABY4BwAeOAcAIyERAHA4BwDAOAcAyTgHALs9BwDNOAcAFTkHACI5BwBqOQcAdjkHAL85BwDOOQcAFDoHAB46BwBpOgcAdzoHAL46BwDDOgcAEzsHACA7BwBoOwcAcDsHAHghEQDJOwcAEjwHACI8BwBnPAcAcDwHALw8BwC/PAcAET0HAB09BwBmPQcAbT0HAM0hEQDMPQcAED4HABc+BwBlPgcAcj4HALo+BwDZPgcADz8HABk/BwBkPwcAbD8HALk/BwDIPwcADkAHABNABwBjQAcAcEAHALhABwDFQAcADUEHABlBBwBiQQcAcUEHALdBBwDBQQcADEIHABRCBwBhQgcAa0IHALZCBwC7QgcAC0MHABNDBwAiIhEAbEMHALVDBwC7QwcACkQHACVEBwBfRAcAa0QHALREBwC6RAcAdyIRAA5FBwBeRQcAa0UHALNFBwDARQcACEYHABRGBwBdRgcAbEYHALJGBwC8RgcAzCIRABFHBwBcRwcAYUcHALFHBwC5RwcAISMRABBIBwBbSAcAYUgHALBIBwCySAcABUkHABJJBwBaSQcAXUkHAK9JBwCwSQcABEoHAAlKBwBZSgcAX0oHAK5KBwC4SgcAA0sHAB1LBwBYSwcAZ0sHAK1LBwCySwcAAkwHAA9MBwBXTAcAZEwHAKxMBwC4TAcAAU0HABBNBwBWTQcAYE0HAKtNBwC5TQcAAE4HAAVOBwBVTgcAYk4HAKpOBwC0TgcAS1gHALZOBwD/TgcABU8HAFRPBwBaTwcAqU8HAK5PBwD+TwcABFAHAHYjEQBYUAcAqFAHALVQBwD9UAcAClEHAFJRBwBeUQcAp1EHALZRBwD8UQcABlIHAFFSBwBfUgcAplIHAKtSBwD7UgcACFMHAFBTBwBYUwcAdSQRAKtTBwD6UwcAAFQHAE9UBwBUVAcApFQHAKpUBwDKJBEA+1QHAE5VBwBXVQcAo1UHAKZVBwD4VQcABFYHAE1WBwBUVgcAolYHAKpWBwD3VgcAEFcHAExXBwBgVwcAoVcHAL1XBwD2VwcA/lcHAHQlEQBZWAcAoFgHALZYBwD1WAcAAVkHAEpZBwBPWQcAn1kHAKhZBwD0WQcA/lkHAElaBwBlWgcAnloHAKZaBwDJJREA+FoHAEhbBwBVWwcAnVsHAKpbBwDyWwcA/lsHAEdcBwBWXAcAnFwHAKZcBwDxXAcA/1wHAEZdBwBLXQcAm10HAKhdBwDwXQcA+F0HAB4mEQBTXgcAml4HALBeBwDvXgcA+14HAERfBwBJXwcAmV8HAKJfBwDuXwcA+F8HAENgBwBLYAcAmGAHAKdgBwDtYAcA72AHAEJhBwBLYQcAl2EHAJphBwDsYQcA+GEHAEFiBwBIYgcAlmIHAJ5iBwDrYgcABGMHAEBjBwBUYwcAlWMHALFjBwDqYwcA8mMHAHMmEQBEZAcAlGQHAKFkBwDpZAcA9mQHAD5lBwBKZQcAk2UHAKJlBwDoZQcA8mUHAD1mBwBHZgcAkmYHAKBmBwDnZgcA/WYHADxnBwBIZwcAkWcHAJZnBwDmZwcA72cHADtoBwBFaAcAkGgHAJxoBwDlaAcA62gHADppBwBAaQcAj2kHAJRpBwDkaQcA6mkHAMgmEQBFagcAjmoHAJJqBwDjagcA8moHADhrBwA9awcAjWsHAJprBwDiawcA72sHADdsBwBDbAcAjGwHAJtsBwDhbAcA62wHADZtBwBEbQcAi20HAJBtBwDgbQcA7W0HADVuBwBBbgcAim4HAJBuBwDfbgcA5W4HADRvBwA5bwcAiW8HAI9vBwAdJxEA428HADNwBwA6cAcAiHAHAJRwBwDdcAcA33AHADJxBwDgcAcA13YHAE1xBwCHcQcAiXEHANxxBwDqcQcAMXIHAEJyBwCGcgcAiHIHANtyBwD0cgcAMHMHAEFzBwCFcwcAkXMHANpzBwDmcwcAL3QHAEJ0BwCEdAcAk3QHANl0BwDldAcALnUHAC91BwCDdQcAjXUHANh1BwDmdQcALXYHADJ2BwCCdgcAj3YHAHInEQDZdgcALHcHAEd3BwCBdwcAg3cHANZ3BwDkdwcAK3gHADx4BwCAeAcAgngHANV4BwDueAcAKnkHADt5BwB/eQcAi3kHANR5BwDgeQcAKXoHADx6BwB+egcAjXoHANN6BwDfegcAKHsHACl7BwB9ewcAh3sHANJ7BwDgewcAJ3wHACx8BwB8fAcAiXwHAHEoEQDWfAcAJn0HAC59BwB7fQcAfX0HANB9BwDhfQcAJX4HADN+BwB6fgcAlX4HAM9+BwDbfgcAJH8HACx/BwBwKREAfn8HAM5/BwDVfwcAI4AHAC+ABwB4gAcAe4AHAM2ABwDVgAcAIoEHADKBBwB3gQcAfIEHAMyBBwDVgQcAIYIHAC6CBwB2ggcAfYIHAMuCBwDTggcAxSkRAC2DBwB1gwcAfYMHAMqDBwDegwcAH4QHACSEBwB0hAcAfYQHAMmEBwDPhAcAHoUHACaFBwBzhQcAgoUHAMiFBwDZhQcAHYYHACaGBwByhgcAdYYHAMeGBwDRhgcAHIcHACiHBwBxhwcAd4cHABoqEQDThwcAG4gHACCIBwBwiAcAd4gHAMWIBwDRiAcAGokHACKJBwBvKhEAiokHAMSJBwDGiQcAGYoHACeKBwBuigcAf4oHAMOKBwDFigcAGIsHADGLBwBtiwcAfosHAMKLBwDOiwcAxCoRACaMBwBsjAcAdYwHAMGMBwDHjAcAFo0HAByNBwBrjQcAd40HAMCNBwDHjQcAFY4HAB2OBwBqjgcAbo4HAL+OBwDKjgcAFI8HACKPBwBpjwcAeo8HAL6PBwDKjwcAE5AHABuQBwAZKxEAa5AHAL2QBwDHkAcAEpEHABSRBwBnkQcAgJEHALyRBwDNkQcAEZIHAB+SBwBmkgcAaZIHALuSBwDGkgcAEJMHAB6TBwBlkwcAcpMHALqTBwDRkwcAD5QHABeUBwBklAcAZpQHALmUBwDBlAcADpUHAB2VBwBjlQcAaJUHALiVBwDFlQcADZYHABqWBwBilgcAbpYHALeWBwDGlgcADJcHABaXBwBhlwcAb5cHALaXBwC7lwcAC5gHABiYBwBgmAcAaJgHALWYBwC/mAcACpkHAA+ZBwBfmQcAZ5kHALSZBwC3mQcACZoHACaaBwBemgcAb5oHALOaBwC7mgcACJsHAAubBwBdmwcAaZsHALKbBwC4mwcAB5wHACKcBwBcnAcAaJwHALGcBwC3nAcAbisRABWdBwBbnQcAXJ0HALCdBwDonQcABZ4HABOeBwBangcAW54HAK+eBwC3ngcABJ8HABOfBwBZnwcAXp8HAK6fBwC7nwcAA6AHABCgBwBYoAcAZKAHAK2gBwC8oAcAAqEHAAyhBwBXoQcAZaEHAKyhBwCxoQcAAaIHAA6iBwBWogcAXqIHAKuiBwC1ogcAAKMHAAWjBwBVowcAXaMHAKqjBwC0owcA/6MHAAqkBwBUpAcAYKQHAKmkBwCxpAcAwysRAAOlBwBTpQcAVqUHAKilBwCypQcA/aUHAAWmBwAYLBEAYKYHAKemBwC9pgcA/KYHAAinBwBRpwcAVqcHAKanBwCvpwcA+6cHAAWoBwBQqAcAWKgHAKWoBwCxqAcA+qgHAA2pBwBPqQcAUKkHAKSpBwCyqQcA+akHAP+pBwBOqgcAWqoHAKOqBwCqqgcAbSwRAPmqBwBNqwcAWasHAKKrBwCvqwcA96sHAP+rBwBMrAcAVqwHAKGsBwCwrAcA9qwHAPesBwBLrQcAU60HAKCtBwCvrQcA9a0HAPqtBwBKrgcAV64HAJ+uBwCsrgcA9K4HAACvBwBJrwcAWK8HAJ6vBwCorwcA868HAAGwBwBIsAcATbAHAJ2wBwCqsAcA8rAHAPqwBwBHsQcAS7EHAJyxBwCqsQcA8bEHAPuxBwBGsgcAUbIHAJuyBwCjsgcA8LIHAPuyBwBFswcASrMHAJqzBwCdswcA77MHAPmzBwBEtAcATLQHAJm0BwC4tAcAwiwRAP20BwBDtQcARLUHAJi1BwCgtQcA7bUHAO61BwBCtgcASLYHAJe2BwCctgcA7LYHAAe3BwBBtwcAT7cHAJa3BwCdtwcA67cHAPe3BwBAuAcARrgHAJW4BwCxuAcA6rgHAPK4BwAXLREARbkHAJS5BwCauQcA6bkHAO65BwA+ugcARLoHAGwtEQCYugcA6LoHAO+6BwA9uwcASbsHAJK7BwCauwcAFi4RAPq7BwA8vAcAcrwHAJG8BwCTvAcAkL0HAMa8BwDmvAcAC70HADu9BwBCvQcAwC4RAHW9BwBrLhEAoL0HAOW9BwAfvgcAFS8RAEO+BwCNuwwARL4HADK/DgBXvgcAj74HAFq+BwCp8w0AoL4HAOS+BwDsvgcAOb8HADy/BwCOvwcAmr8HAOO/BwDpvwcAOMAHAFPABwCNwAcAmcAHAOLABwDowAcAN8EHAD/BBwCMwQcAqMEHAOHBBwDpwQcAai8RAEXCBwCLwgcAjMIHAODCBwDowgcANcMHADbDBwCKwwcAkMMHAN/DBwDkwwcANMQHAE/EBwCJxAcAl8QHAN7EBwDlxAcAM8UHAD/FBwCIxQcAjsUHAN3FBwD5xQcAMsYHADrGBwC/LxEAjcYHANzGBwDixgcAMccHADbHBwCGxwcAjMcHABQwEQDgxwcAMMgHADfIBwCFyAcAkcgHANrIBwDiyAcAvjARAELJBwCEyQcAuskHANnJBwDbyQcA2MoHAA7KBwAuygcAU8oHAIPKBwCKygcAaDERAL3KBwATMREA6MoHAC3LBwBnywcAvTERAITLBwDXywcA2MsHACzMBwA2zAcAgcwHAI/MBwDWzAcA8cwHACvNBwA3zQcAgM0HAIjNBwASMhEA4c0HACrOBwAwzgcAf84HAJrOBwDUzgcA4M4HACnPBwAvzwcAfs8HAIbPBwDTzwcA4c8HACjQBwAr0AcAfdAHAIXQBwDS0AcA29AHACfRBwA00QcAfNEHAH7RBwDR0QcA7NEHACbSBwAo0gcAe9IHAInSBwDQ0gcA4dIHACXTBwAn0wcAetMHAJPTBwDP0wcA4NMHACTUBwAw1AcAedQHAIHUBwBnMhEA1NQHACPVBwAr1QcAeNUHAH/VBwDN1QcA0tUHACLWBwAu1gcAd9YHAHrWBwDM1gcA1NYHACHXBwAu1wcAdtcHAHvXBwDL1wcA1dcHACDYBwAo2AcAddgHAIHYBwDK2AcA3dgHAB/ZBwAt2QcAdNkHAHfZBwDJ2QcA09kHALwyEQAh2gcAc9oHAHvaBwDI2gcAy9oHAB3bBwAp2wcActsHAHjbBwDH2wcA4tsHABzcBwAo3AcAcdwHAHfcBwDG3AcAztwHABvdBwAp3QcAcN0HAHPdBwDF3QcAzd0HABreBwAj3gcAb94HAHzeBwDE3gcAxt4HABnfBwA03wcAbt8HAHDfBwDD3wcA0d8HABjgBwAp4AcAbeAHAG/gBwDC4AcA2+AHABfhBwAo4QcAbOEHAHjhBwDB4QcAyeEHABEzEQAc4gcAa+IHAHPiBwDA4gcAx+IHABXjBwAa4wcAauMHAHbjBwC/4wcAwuMHABTkBwAc5AcAaeQHAHbkBwC+5AcAw+QHABPlBwAd5QcAaOUHAHDlBwC95QcAyeUHABLmBwAl5gcAZ+YHAHXmBwC85gcAv+YHABHnBwAb5wcAZjMRAGnnBwC75wcAx+cHABDoBwAW6AcAZegHAIDoBwC66AcAxugHAA/pBwAV6QcAZOkHAGzpBwC56QcAx+kHAA7qBwAR6gcAY+oHAGvqBwC46gcAweoHAA3rBwAa6wcAYusHAGTrBwC36wcA0usHAAzsBwAO7AcAYewHAG/sBwC27AcAx+wHAAvtBwAN7QcAYO0HAHntBwC17QcAxu0HAAruBwAW7gcAX+4HAGfuBwC7MxEAuu4HAAnvBwAR7wcAXu8HAGXvBwCz7wcAuO8HAAjwBwAU8AcAXfAHAGDwBwCy8AcAuvAHAAfxBwAU8QcAXPEHAGHxBwCx8QcAu/EHAAbyBwAO8gcAW/IHAGfyBwCw8gcAw/IHAAXzBwAT8wcAWvMHAF3zBwCv8wcAufMHABA0EQAM9AcAZTQRAGf0BwCu9AcAv/QHAAP1BwAP9QcAWPUHAGD1BwC6NBEAsvUHAAL2BwAM9gcAV/YHAF/2BwCs9gcAvPYHAAH3BwAG9wcAVvcHAF/3BwCr9wcAuPcHAAD4BwAH+AcADzURAFf4BwCq+AcAWvgHAPEFCQBe+AcAWusPAGH4BwAF7A4AY/gHADVsCQC0+AcA7FkPALv4BwD/+AcAEPkHAFT5BwBi+QcAqfkHAMX5BwD++QcAGvoHAGQ1EQBh+gcAqPoHALX6BwD9+gcAFPsHAFL7BwBe+wcAp/sHAK37BwD8+wcAAvwHAFH8BwBW/AcApvwHAKz8BwC5NREAEf0HAFD9BwBf/QcApf0HAHz9BwCgAggAp/0HAPr9BwAJ/gcAT/4HAFr+BwCk/gcAsP4HAPn+BwD8/gcATv8HAAD/BwBBDAgAFf8HAPIFCABa/wcAo/8HAKn/BwD4/wcAEwAIAE0ACABZAAgAogAIAKgACAD3AAgAAwEIAEwBCABSAQgAoQEIAKcBCAD2AQgA+wEIAEsCCABRAggADjYRAKMCCAD1AggAEQMIAEoDCABSAwgADTcRAKsDCAD0AwgA+gMIAEkECABkBAgAngQIAKoECADzBAgA+QQIAEgFCABQBQgAnQUIAL4FCABiNxEA+gUIALc3EQBMBggAnAYIAKkGCADxBggA/gYIAEYHCABSBwgAmwcIAKoHCADwBwgA+gcIAEUICABNCAgAmggIAKQICADvCAgA/QgIAEQJCABaCQgAmQkIAKUJCADuCQgA8wkIAEMKCABMCggAmAoIAKIKCADtCggA9QoIAEILCABMCwgAlwsIAJwLCADsCwgA9AsIAAw4EQBNDAgAlgwIAKkMCADrDAgA+gwIAEANCABMDQgAlQ0IAJYNCADqDQgA9A0IAD8OCABNDggAlA4IAJkOCADpDggA9g4IAGE4EQBJDwgAkw8IAJ8PCADoDwgA7g8IAD0QCABJEAgAkhAIAJoQCABgOREA6hAIADwRCABEEQgAkREIAJ4RCADmEQgA6xEIADsSCABDEggAkBIIAJISCADlEggAABMIADoTCAA8EwgAjxMIAJ0TCADkEwgA9RMIADkUCAA7FAgAjhQIAKcUCADjFAgA9BQIADgVCABEFQgAjRUIAJUVCAC1OREA5xUIADcWCABEFggAjBYIAJkWCADhFggA7RYIADYXCABFFwgAixcIAJUXCADgFwgA7hcIADUYCAA6GAgAihgIAJcYCADfGAgA5xgIADQZCAA2GQgAiRkIAJMZCADeGQgA5hkIAAo6EQA+GggAiBoIAJYaCADdGggA4BoIADIbCAA6GwgAhxsIAJ0bCADcGwgA4RsIADEcCABHHAgAhhwIAJIcCADbHAgA6BwIADAdCAA6HQgAXzoRAIcdCADaHQgA6B0IAC8eCABAHggAtDoRAIoeCADZHggA5R4IAAk7EQAwHwgAgx8IAIkfCADYHwgA+B8IAC0gCAA5IAgAgiAIAIkgCADXIAgA3yAIACwhCAAzIQgAgSEIAI0hCADWIQgA2CEIACsiCAAyIggAXjsRAIMiCADVIggA3SIIACojCAA6IwgAfyMIAIEjCADUIwgA4iMIACkkCAA6JAgAszsRAIUkCAAIPBEA4CQIACglCAAvJQgAfSUIAIUlCADSJQgA4CUIACcmCAAqJggAfCYIAIQmCADRJggA2CYIACYnCAA0JwgAeycIAH4nCADQJwgA0icIACUoCAA+KAgAeigIAIsoCADPKAgA2ygIACQpCAArKQgAeSkIAIEpCADOKQgA1ykIACMqCAAwKggAeCoIAIIqCADNKggA2yoIACIrCAAzKwgAdysIAH8rCADMKwgA1isIACEsCAAvLAgAdiwIAIwsCADLLAgA1ywIACAtCAAnLQgAdS0IAH0tCADKLQgA0C0IAB8uCAArLggAdC4IAH4uCADJLggAzy4IAB4vCAAyLwgAsjwRAIEvCADILwgA4S8IAB0wCAAzMAgAcjAIAIEwCADHMAgA4TAIABwxCAAfMQgAFzYIACcxCAASOwgAKzEIAHExCAB2MQgAxjEIANMxCAAbMggAKDIIAHAyCAB8MggAxTIIANQyCAAaMwgAJDMIAG8zCAB9MwgAxDMIAMkzCAAZNAgAJjQIAG40CAB6NAgAwzQIAMk0CAAYNQgAHjUIAG01CAByNQgAwjUIAMg1CAAHPREAIzYIAGw2CAByNggAwTYIANw2CAAWNwgAIjcIAGs3CABxNwgAwDcIAMc3CAAVOAgAGjgIAL45CAAhOAgAajgIAGw4CAC/OAgAxjgIABQ5CAAwOQgAaTkIAHE5CAAGPhEAwjkIABM6CAAgOggAaDoIAIQ6CAC9OggAxToIAFs+EQAXOwgAZzsIAGo7CAC8OwgAxjsIABE8CAAiPAgAZjwIAGs8CAC7PAgAwDwIABA9CAAwPQgAZT0IAG49CAC6PQgAuz0IAA8+CAAbPggAZD4IAGo+CAC5PggAvz4IAA4/CAATPwgAYz8IAGk/CACwPhEAuT8IAA1ACAAZQAgAYkAIAG9ACAC3QAgAv0AIAAxBCAAVQQgAYUEIAG5BCAC2QQgAxEEIAAtCCAAeQggAYEIIAGhCCAC1QggAuEIIAApDCAAPQwgAX0MIAG5DCAC0QwgA1EMIAAlECAAVRAgAXkQIAGhECACvPxEAvUQIAAhFCAAKRQgAXUUIAGdFCACyRQgAu0UIAAdGCAAKRggAXEYIAGRGCACxRggA6EYIAARAEQASRwgAW0cIAGpHCACwRwgA0EcIAAVICAARSAgAWkgIAGFICACvSAgAtEgIAARJCAAFSQgAWUkIAGVJCACuSQgAtEkIAANKCAAFSggAWEoIAGJKCACtSggAu0oIAAJLCAAHSwgAV0sIAGRLCACsSwgAtksIAAFMCAAPTAgAVkwIAGxMCACrTAgAt0wIAABNCAAFTQgAVU0IAF5NCACqTQgAtE0IAP9NCAALTggAVE4IAGdOCACpTggAuE4IAP5OCAAKTwgAU08IAFRPCACoTwgAsk8IAP1PCAALUAgAUlAIAFdQCACnUAgAtFAIAFlAEQAKUQgAUVEIAGdRCACmUQgAslEIAPtRCAACUggAUFIIAFhSCAClUggAqlIIAPpSCAADUwgAT1MIAFlTCACkUwgArFMIAPlTCAD9UwgATlQIAFBUCACjVAgAsVQIAPhUCAACVQgATVUIAFtVCACiVQgAr1UIAPdVCAAOVggATFYIAFRWCAChVggAsVYIAPZWCAD7VggAS1cIAFFXCACgVwgAqFcIAPVXCAD6VwgASlgIAEtYCACfWAgAq1gIAPRYCAD6WAgASVkIAEtZCACeWQgAqFkIAPNZCAABWggASFoIAE1aCACdWggAqloIAFhBEQD0WggAR1sIAFFbCACcWwgAqlsIAPFbCAD2WwgARlwIAFNcCACbXAgAnVwIAHAwCgClXAgA8FwIAP5cCABFXQgAW10IAJpdCACmXQgA710IAPRdCABEXggATV4IAJleCACjXggA7l4IAPpeCABDXwgAVl8IAJhfCACnXwgA7V8IAPlfCABCYAgAQ2AIAJdgCAChYAgA7GAIAPpgCABBYQgARmEIAJZhCACjYQgArUERAPRhCABAYggASmIIAJViCACXYggA6mIIAPRiCAA/YwgAS2MIAJRjCACcYwgArEIRAOpjCAA+ZAgASmQIAJNkCACZZAgA6GQIAOpkCAA9ZQgAR2UIAJJlCACgZQgA52UIAOxlCAA8ZggASWYIAJFmCACZZggA5mYIAPBmCAA7ZwgASWcIAJBnCACmZwgA5WcIAPFnCAA6aAgAQWgIAI9oCACXaAgA5GgIAOloCAA5aQgAQmkIAI5pCACYaQgA42kIAPhpCAA4aggAQWoIAI1qCACaaggA4moIAORqCAA3awgAUGsIAIxrCACdawgA4WsIAO1rCAA2bAgAPmwIAAFDEQCQbAgA4GwIAOhsCAA1bQgAS20IAIptCACPbQgA320IAOZtCAA0bggAQm4IAIluCACZbggA3m4IAPJuCAAzbwgAO28IAIhvCACXbwgA3W8IAOJvCAAycAgAO3AIAIdwCACUcAgA3HAIAOZwCAAxcQgAPXEIAIZxCACMcQgAVkMRAOlxCAAwcggARnIIAIVyCACRcggA2nIIAN9yCAAvcwgAOHMIAIRzCACOcwgA2XMIAOFzCAAudAgAMnQIAIN0CACFdAgA2HQIAOZ0CAAtdQgAN3UIAIJ1CACQdQgA13UIAOR1CAAsdggAQ3YIAIF2CACJdggA1nYIAOZ2CAArdwgAMHcIAIB3CACGdwgA1XcIAN13CAAqeAgARXgIAH94CACBeAgA1HgIAOV4CAApeQgAMnkIAH55CACKeQgAq0MRANh5CAAoeggAK3oIAH16CACHeggA0noIANR6CAAnewgAQnsIAHx7CAB+ewgA0XsIAN97CAAmfAgAN3wIAHt8CAB9fAgA0HwIAOl8CAAlfQgANn0IAHp9CACGfQgAAEQRAOx9CAAkfggANX4IAHl+CACVfggAzn4IANZ+CABVRBEAKH8IAHh/CACAfwgAzX8IANh/CAAigAgAJ4AIAHeACAB6gAgAzIAIANaACAAhgQgAJIEIAHaBCAB+gQgAy4EIAM2BCAAggggAO4IIAHWCCAB3gggAyoIIANiCCAAfgwgAMIMIAHSDCAB2gwgAyYMIAOKDCAAehAgAL4QIAHOECAB/hAgAyIQIANCECACqRBEAKoUIAHKFCAB6hQgAx4UIANGFCAAchggAJ4YIAHGGCAB9hggAxoYIAM6GCAD/RBEAIIcIAHCHCAB1hwgAxYcIANaHCABURREAJ4gIAG+ICABxiAgAxIgIAN2ICAAZiQgAKokIAG6JCAB6iQgAw4kIAMuJCACpRREAHYoIAG2KCAB1iggAwooIANGKCAAXiwgAHYsIAGyLCAB4iwgAwYsIAMOLCAAWjAgAIIwIAGuMCAB3jAgAwIwIAMiMCAD+RREAIY0IAGqNCABtjQgAv40IAMKNCAAUjggAIo4IAGmOCABujggAvo4IAMuOCABTRhEAJI8IAGiPCABwjwgAvY8IAHWPCAAJmQgAyI8IABKQCAAXkAgAZ5AIAGqQCAC8kAgAxpAIABGRCAA0kQgAZpEIAGmRCAC7kQgA35EIABCSCAAYkggAqEYRAGuSCAC6kggAyJIIAA+TCAAbkwgAZJMIAGuTCAC5kwgAwZMIAA6UCAAelAgAY5QIAGiUCAC4lAgAvpQIAA2VCAAVlQgAYpUIAH+VCAC3lQgAwJUIAAyWCAAYlggAYZYIAGeWCAC2lggAypYIAAuXCAATlwgAYJcIAHCXCAC1lwgAt5cIAAqYCAAYmAgAX5gIAHCYCAD9RhEAu5gIAFJHEQAOmQgAXpkIAGWZCACzmQgAv5kIAAiaCAALmggAXZoIAG2aCACymggAtJoIAAebCAAVmwgAXJsIAG2bCACnRxEAuJsIAPxHEQAZnAgAW5wIAGqcCACwnAgAvJwIAAWdCAAGnQgAWp0IAGSdCACvnQgAvZ0IAASeCAAJnggAWZ4IAGaeCABRSBEAs54IAAOfCAAMnwgAWJ8IAGmfCACtnwgAtJ8IAAKgCAAKoAgAV6AIAGSgCACsoAgAsaAIAAGhCAALoQgAVqEIAF6hCACroQgAsaEIAACiCAAMoggAVaIIAFeiCACqoggAuaIIAP+iCAAKowgAVKMIAFyjCACpowgAq6MIAP6jCAALpAgAU6QIAGekCACopAgAsKQIAP2kCAAMpQgAUqUIAFelCACnpQgAtKUIAPylCAAGpggAUaYIAFOmCACmpggAtaYIAPumCAAFpwgAUKcIAFinCAClpwgApqcIAPqnCAD/pwgAT6gIAF2oCACkqAgAsagIAPmoCAADqQgAUEkRAFGpCACjqQgAr6kIAOm4CAC/qQgA+KkIAACqCAClSREAUqoIAKKqCACqqggA96oIAPqqCABMqwgAWKsIAKGrCACnqwgA9qsIABGsCABLrAgAV6wIAKCsCACmrAgA9awIAPisCABKrQgAUq0IAJ+tCAChrQgA9K0IAA+uCABJrggAS64IAJ6uCACsrggA864IAASvCABIrwgASq8IAJ2vCAC2rwgA8q8IAAOwCABHsAgAU7AIAJywCACksAgA+kkRAPawCABGsQgATLEIAJuxCACjsQgA8LEIAP+xCABFsggASrIIAJqyCACnsggA77IIAPyyCABEswgAULMIAJmzCACoswgA7rMIAPizCABDtAgAUbQIAJi0CACdtAgA7bQIAPq0CABPShEATrUIAJe1CACdtQgA7LUIAAe2CABBtggATbYIAJa2CACctggA67YIAO62CABAtwgATLcIAJW3CACbtwgA6rcIAPC3CAA/uAgARLgIAJS4CACauAgApEoRAO+4CAA+uQgARLkIAJO5CACYuQgA6LkIAO65CAD5ShEAQroIAJK6CACfuggA57oIAPS6CAA8uwgASLsIAJG7CACguwgA5rsIAPC7CAA7vAgASbwIAJC8CACVvAgA5bwIAPK8CAA6vQgAUr0IAI+9CACVvQgA5L0IAPC9CAA5vggASb4IAI6+CACXvggA474IAOa+CAA4vwgARL8IAI2/CACUvwgA+EsRAOS/CAA3wAgAQcAIAIzACACPwAgA4cAIAOnACAA2wQgAOcEIAIvBCACXwQgA4MEIAObBCAA1wggAUMIIAIrCCACWwggA38IIAOXCCABNTBEAVMMIAInDCACUwwgA3sMIAOPDCAAzxAgAPMQIAIjECACLxAgA3cQIAOnECAAyxQgAPsUIANLPCABKxQgAh8UIAI7FCADcxQgA4sUIADHGCAA/xggAhsYIAKHGCADbxggA58YIADDHCAA2xwgAhccIAJ/HCADaxwgA5scIAC/ICAA1yAgAhMgIAIrICADZyAgA3sgIAC7JCAA0yQgAokwRAJDJCADYyQgA5MkIAC3KCAA3yggAgsoIAIbKCADXyggA3MoIACzLCAAyywgAgcsIAKHLCADWywgA4ssIACvMCAAxzAgAgMwIAIbMCADVzAgA2swIACrNCAAwzQgATE0RAITNCADUzQgA280IACnOCAA1zggAfs4IAJrOCADTzggA284IAEtOEQBRzwgAfc8IAKPPCACgThEA5c8IACfQCAA20AgAfNAIAIjQCADR0AgA0tAIACbRCAAw0QgAe9EIAInRCADQ0QgA1dEIACXSCAAy0ggA9U4RAILSCAD0TxEA1NIIACTTCAAx0wgAedMIAIbTCADO0wgA2tMIACPUCAAy1AgAeNQIAILUCADN1AgA29QIACLVCAAn1QgAd9UIAITVCADM1QgA1NUIAElQEQAt1ggAdtYIAIbWCADL1ggA1NYIACDXCAAj1wgAddcIAIHXCADK1wgA0dcIAJ5QEQAq2AgAdNgIAIDYCADJ2AgA0dgIAPNQEQAr2QgAc9kIAHrZCADI2QgAydkIAB3aCAAi2ggActoIAIDaCADH2ggA1NoIABzbCAAm2wgAcdsIAHnbCADG2wgAz9sIABvcCAAh3AgAcNwIAIHcCADF3AgA4dwIABrdCAAi3QgASFERAHrdCADE3QgAzt0IABneCAAj3ggAbt4IAG/eCACdUREAyN4IABjfCAAl3wgAbd8IAHrfCADC3wgAzt8IABfgCAAm4AgAbOAIAHbgCADB4AgAyeAIABbhCAAg4QgAa+EIAHDhCADA4QgAyOEIAPJREQAg4ggAauIIAHbiCAC/4ggAx+IIAEdSEQAZ4wgAaeMIAHjjCAC+4wgA3uMIABPkCAAf5AgAaOQIAG7kCAC95AgAxeQIABLlCAAZ5QgAZ+UIAGnlCAC85QgAyOUIABHmCAAn5ggAZuYIAGvmCAC75ggAyOYIAJxSEQAV5wgAZecIAHTnCAC65wgA2ucIAA/oCAAb6AgAZOgIAGroCAC56AgAwegIAA7pCAAV6QgAY+kIAGXpCAC46QgAxOkIAA3qCAAj6ggAYuoIAGfqCAC36ggAxOoIAAzrCAAU6wgAYesIAGfrCAC26wgAv+sIAAvsCAAY7AgAYOwIAG3sCAC17AgAw+wIAArtCAAX7QgAX+0IAHbtCAC07QgA5O0IAPFSEQAP7ggAXu4IABbuCABFAQ8AdO4IALPuCADB7ggACO8IAAvvCABd7wgAYO8IALLvCADA7wgAB/AIAAzwCABc8AgAafAIALHwCAC58AgABvEIAA3xCABb8QgAZ/EIALDxCAC98QgABfIIABPyCABa8ggAZvIIAK/yCAC28ggABPMIAAzzCABZ8wgAXfMIAK7zCAC58wgAA/QIABH0CABY9AgAafQIAK30CAC59AgAAvUIAAr1CABGUxEAXfUIAKz1CADA9QgAAfYIAA/2CABW9ggAY/YIAKv2CADC9ggAAPcIAAj3CABV9wgAX/cIAKr3CACv9wgA//cIAAf4CABU+AgAY/gIAKn4CACu+AgA/vgIAAv5CABT+QgAYPkIAKj5CAC0+QgA/fkIAAz6CABS+ggAXPoIAKf6CACv+ggA/PoIAAb7CABR+wgAVvsIAKb7CACu+wgAm1MRAAb8CABQ/AgAXPwIAKX8CACt/AgA8FMRAP/8CABP/QgAXv0IAKT9CADE/QgA+f0IAAX+CABO/ggAVP4IAKP+CACr/ggA+P4IAP/+CABN/wgAT/8IAKL/CACu/wgA9/8IAA0ACQBMAAkAUQAJAKEACQCuAAkARVQRAP8ACQBLAQkAUQEJAKABCQCuAQkA9QEJAAICCQBKAgkAYQIJAJ8CCQCnAgkA9AIJAAMDCQBJAwkATgMJAJ4DCQCrAwkA8wMJAAAECQBIBAkAVAQJAJ0ECQCsBAkA8gQJAPwECQBHBQkAYwUJAJwFCQCkBQkAmlQRAP4FCQBVnQ0AAAYJAEYGCQBQBgkAMxQOAGYGCQCbBgkApwYJAPAGCQD2BgkARQcJAE0HCQCtSQkAUQcJAJoHCQBfBwkAwzMJAK0HCQDvBwkA/gcJAEQICQBQCAkAmQgJAJoICQDuCAkA+AgJAEMJCQBRCQkAmAkJAJ0JCQDtCQkA+gkJAO9UEQBICgkAlwoJAJ0KCQDsCgkA8QoJAEELCQBHCwkA7lURAKELCQDrCwkA+QsJAEAMCQBRDAkAlQwJAKEMCQDqDAkA8gwJAJhWEQBLDQkAlA0JAJ4NCQDpDQkA+A0JAD4OCQBJDgkAkw4JAKEOCQDoDgkA9Q4JAD0PCQBUDwkAkg8JAJoPCQDnDwkA6g8JADwQCQBIEAkAkRAJAJcQCQDmEAkAAREJADsRCQBHEQkAkBEJAJYRCQDlEQkA7REJADoSCQA8EgkAjxIJAJASCQDkEgkA8hIJADkTCQBBEwkAjhMJAKkTCQDjEwkA7xMJADgUCQA+FAkAjRQJAJAUCQDiFAkA8BQJADcVCQA8FQkAjBUJAJkVCQDhFQkA/RUJADYWCQA+FgkA7VYRAJgWCQA2EQ4AnBYJAOAWCQCeFgkAh2oOAOwWCQA1FwkAQhcJAIoXCQCPFwkA3xcJAOkXCQA0GAkARBgJAIkYCQCOGAkA3hgJAOcYCQAzGQkAQBkJAIgZCQCPGQkA3RkJAOkZCQAyGgkAOBoJAIcaCQCNGgkA3BoJAOEaCQAxGwkANxsJAEJXEQCSGwkA2xsJAOEbCQAwHAkANhwJAIUcCQCSHAkA2hwJAN8cCQAvHQkANx0JAIQdCQC6HQkA2R0JAAQeCQAuHgkANh4JAIMeCQCQHgkA2B4JAN0eCQAtHwkANR8JAIIfCQCFHwkA1x8JAOAfCQAsIAkAOyAJAIEgCQCMIAkA1iAJAN4gCQArIQkAOyEJAIAhCQCOIQkA1SEJAOYhCQAqIgkANiIJAH8iCQCHIgkAQVgRANoiCQApIwkAMSMJAH4jCQCFIwkA0yMJAOEjCQAoJAkALiQJAH0kCQCJJAkA0iQJAOEkCQAnJQkAMSUJAHwlCQCBJQkA0SUJANclCQAmJgkAOiYJAJZYEQCFJgkAUqQJAIgmCQDQJgkAiiYJAONoCQDVJgkAJScJADEnCQB6JwkAhycJAM8nCQDZJwkA61gRAD8oCQB5KAkAeygJAM4oCQDUKAkAIykJAFspCQB4KQkAfikJAM0pCQDWKQkAIioJAC8qCQB3KgkAryoJAMwqCQDTKgkAISsJACYrCQB2KwkAhSsJAMsrCQDrKwkAICwJACwsCQB1LAkAeywJAMosCQDkLAkAHy0JACItCQB0LQkAeS0JAMktCQDYLQkAHi4JAD4uCQCVWREAky4JAMguCQDULgkAHS8JACcvCQByLwkAfi8JAL7iCQB/LwkAxy8JAMwvCQAcMAkAJjAJAHEwCQCBMAkAxjAJAMswCQAbMQkAJDEJAHAxCQB9MQkAxTEJAMwxCQAaMgkAJjIJAG8yCQB1MgkAxDIJAMoyCQAZMwkAHjMJAG4zCQB0MwkA6lkRAMYzCQAYNAkAHTQJAG00CQB8NAkAwjQJAOI0CQCUWhEAJTUJAGw1CQB5NQkAwTUJAMg1CQAWNgkAHjYJAGs2CQBtNgkAwDYJAHI2CQBJAAwAgjYJADPBCwDGNgkAuOYLAMg2CQAVNwkAGTcJAA0/CQArNwkAHYILADA3CQBqNwkAbDcJAL83CQDQNwkAFDgJACI4CQBpOAkAcDgJAL44CQDGOAkAEzkJABo5CQBoOQkAbTkJAL05CQDMOQkAEjoJADI6CQBnOgkAczoJALw6CQDCOgkAETsJABk7CQBmOwkAcjsJALs7CQDIOwkAEDwJACs8CQBlPAkAczwJALo8CQDAPAkADz0JABQ9CQBkPQkAcT0JALk9CQDPPQkADj4JABo+CQBjPgkAcD4JALg+CQDCPgkA6VoRABI/CQBiPwkAaD8JALc/CQDXPwkADEAJABpACQBhQAkAbkAJALZACQDNQAkAC0EJABNBCQBgQQkAb0EJALVBCQC6QQkACkIJABdCCQBfQgkAaUIJALRCCQC2QgkACUMJABdDCQBeQwkAa0MJALNDCQC/QwkACEQJAA5ECQBdRAkAZUQJALJECQC4RAkAB0UJABBFCQBcRQkAaUUJALFFCQC7RQkABkYJABRGCQBbRgkAcUYJALBGCQC8RgkABUcJAA1HCQA+WxEAZEcJAK9HCQC1RwkABEgJAAZICQBZSAkAY0gJAK5ICQC6SAkAA0kJABpJCQBYSQkAbEkJAJNbEQC7SQkAAkoJAAVKCQBXSgkAX0oJAKxKCQC4SgkAAUsJAA9LCQBWSwkAYEsJAKtLCQC2SwkAAEwJAAxMCQBVTAkAW0wJAKpMCQCyTAkA/0wJAAxNCQBUTQkAWU0JAKlNCQCzTQkA/k0JAAZOCQBTTgkAWU4JAKhOCQCxTgkA/U4JAApPCQBSTwkAX08JAKdPCQC1TwkA/E8JAAlQCQBRUAkAaFAJAKZQCQCuUAkA+1AJAABRCQBQUQkAVlEJAKVRCQCtUQkA+lEJABBSCQBPUgkAXVIJAKRSCQCnUgkA+VIJAAhTCQBOUwkAU1MJAKNTCQCwUwkA+FMJAAhUCQBNVAkAW1QJAKJUCQC5VAkA91QJAABVCQBMVQkAUlUJAKFVCQCtVQkA9lUJAP1VCQDoWxEAV1YJAKBWCQCiVgkA9VYJAP9WCQBKVwkAVlcJAJ9XCQCnVwkAPVwRAPlXCQBJWAkAWFgJAJ5YCQC+WAkA81gJAP9YCQBIWQkATlkJAJ1ZCQClWQkA8lkJAPNZCQBHWgkATVoJAJxaCQChWgkA8VoJAAxbCQBGWwkAVFsJAJtbCQCiWwkA8FsJAPxbCQBFXAkAS1wJAJJcEQCfXAkA71wJAPlcCQBEXQkAVV0JAJldCQClXQkA7l0JAPFdCQBDXgkARl4JAJheCQCgXgkA7V4JAPReCQBCXwkAR18JAJdfCQCmXwkA7F8JAAxgCQBBYAkATWAJAJZgCQCcYAkA62AJAPNgCQBAYQkATWEJAJVhCQCaYQkA6mEJAPRhCQA/YgkAR2IJAJRiCQCkYgkA6WIJAO5iCQA+YwkAR2MJAJNjCQCgYwkA6GMJAO9jCQDnXBEAQmQJAJJkCQChZAkA52QJAAdlCQA8ZQkASGUJAJFlCQCXZQkA5mUJAO5lCQA7ZgkAR2YJAJBmCQCdZgkA5WYJAOxmCQA6ZwkAO2cJAI9nCQCUZwkA5GcJAPJnCQA5aAkARmgJAI5oCQCYaAkAPF0RAOhoCQA4aQkARWkJAI1pCQCaaQkA4mkJAOhpCQA3agkAQ2oJAIxqCQCcagkA4WoJAOpqCQA2awkAOWsJAItrCQCXawkA4GsJAOdrCQCRXREAN2wJAIpsCQA8bAkA/fUMAEVsCQAASA0Am2wJAN9sCQDnbAkANG0JAD5tCQCJbQkAmG0JAN5tCQDfbQkAM24JADtuCQA7XhEAkG4JAJBeEQD7bgkAMm8JAABvCQAsbREAB28JALyPCQA6bwkAh28JAJZvCQDcbwkA4W8JADFwCQA+cAkAhnAJAJNwCQDbcAkA53AJADBxCQA/cQkAhXEJAI9xCQDacQkA/XEJAC9yCQBlcgkAhHIJAKhyCQDZcgkA4XIJAORfEQAzcwkAg3MJAIlzCQDYcwkA4HMJADlgEQA7dAkAgnQJAJ10CQDXdAkA43QJACx1CQA9dQkAgXUJAJV1CQDWdQkA3nUJACt2CQAxdgkAgHYJAIx2CQDVdgkA5XYJACp3CQAzdwkAf3cJAIJ3CQDUdwkA4HcJACl4CQAweAkAjmARAIx4CQDTeAkA3XgJAONgEQAteQkAfXkJAIp5CQDSeQkA33kJACd6CQAzegkAfHoJAIt6CQDRegkA23oJACZ7CQA0ewkAe3sJAIB7CQDQewkA3XsJACV8CQAtfAkAOGERAIZ8CQDPfAkA33wJACR9CQAtfQkAeX0JAHx9CQDOfQkA2n0JACN+CQAqfgkAjWERAId+CQDNfgkA0n4JACJ/CQAvfwkAd38JAIR/CQDMfwkA0n8JACGACQAtgAkAdoAJAIaACQDLgAkA1IAJACCBCQAjgQkAdYEJAIGBCQDKgQkA0YEJAOJhEQAkggkAdIIJAIGCCQDJggkA54IJAB6DCQAqgwkAc4MJAIaDCQDIgwkA1oMJAB2ECQAghAkAcoQJAHyECQDHhAkA1YQJAByFCQAphQkAcYUJAIiFCQDGhQkAzoUJABuGCQAihgkAcIYJAHWGCQDFhgkA24YJABqHCQAchwkAb4cJAH2HCQDEhwkA0YcJADdiEQAhiAkAjGIRAHOICQDDiAkA0IgJABiJCQAliQkAbYkJAHmJCQDCiQkA0YkJABeKCQAhigkAbIoJAHqKCQDBigkAxooJABaLCQAjiwkAa4sJAHOLCQDhYhEAzIsJABWMCQAljAkAaowJAHOMCQC/jAkAwowJABSNCQAgjQkAaY0JAHCNCQA2YxEAyo0JABOOCQAjjgkAaI4JACmOCQBX8A0AcY4JAL2OCQDAjgkAEo8JAB6PCQBnjwkAbo8JAItjEQDFjwkADpMJAMaPCQARkAkAIJAJAGaQCQAikAkAupEJAGeQCQC7kAkA15AJABCRCQBIkQkAZZEJAJ2RCQDgYxEAvZEJAA+SCQArkgkAZJIJAJySCQC5kgkA8ZIJADVkEQAbkwkAY5MJAHGTCQC4kwkAy5MJAA2UCQAplAkAYpQJAJqUCQC3lAkA75QJAIpkEQAdlQkAYZUJAG2VCQC2lQkAvpUJAN9kEQAQlgkAYJYJAGiWCQC1lgkAxJYJAAqXCQAPlwkAX5cJAGyXCQC0lwkAwZcJAAmYCQAVmAkAXpgJAG2YCQCzmAkAvZgJAAiZCQAQmQkAXZkJAGeZCQCymQkAt5kJAAeaCQAPmgkANGURAGuaCQCxmgkAbZoJAAWcCQCymgkABpsJACKbCQBbmwkAk5sJALCbCQDomwkAiWURAAicCQBanAkAdpwJAK+cCQDnnAkABJ0JADydCQDeZREAXJ0JAK6dCQC/nQkAA54JAB+eCQBYngkAkJ4JAK2eCQDlngkAM2YRAA+fCQBXnwkAY58JAKyfCQC7nwkAAaAJAAugCQBWoAkAXqAJADYVCgBkoAkAq6AJALCgCQAAoQkADaEJAFWhCQBdoQkAqqEJALChCQD/oQkAuqEJAEQHCgALogkAVKIJAGSiCQCpogkAsqIJAP6iCQABowkAU6MJAF+jCQCoowkAr6MJAIhmEQAgpAkA3WYRAGCkCQCnpAkAvaQJAPykCQAIpQkAUaUJAFilCQCmpQkAq6UJAPulCQAEpgkAUKYJAFqmCQAyZxEAqqYJADa9DACvpgkA+qYJALGmCQBIVgwABKcJAE+nCQBQpwkApKcJALOnCQD5pwkA/qcJAE6oCQBbqAkAo6gJALCoCQD4qAkABKkJAE2pCQBcqQkAoqkJAKypCQD3qQkABaoJAEyqCQBRqgkAoaoJAK6qCQD2qgkA96oJAEurCQBQqwkAoKsJAKWrCQD1qwkABqwJAEqsCQBtrAkAn6wJAKqsCQD0rAkA+awJAEmtCQBMrQkAnq0JAKitCQDzrQkAG64JAEiuCQBnrgkA3GcRAKmuCQDyrgkA9K4JAEevCQBWrwkAnK8JAKevCQDxrwkA+a8JAEawCQBNsAkAm7AJAJ2wCQDwsAkA+rAJAEWxCQBHsQkAmrEJALOxCQDvsQkA8bEJAESyCQBHsgkAmbIJAKWyCQDusgkA9rIJADFoEQBPswkAmLMJAJ6zCQDtswkACLQJAEK0CQBOtAkAl7QJAJ20CQDstAkA9LQJAEG1CQBDtQkAlrUJAKC1CQDrtQkA87UJAIZoEQBRtgkAlbYJAJy2CQDqtgkA8rYJAD+3CQBMtwkAlLcJAJm3CQDptwkA87cJAD64CQBGuAkAk7gJAKK4CQDouAkA7bgJAD25CQBKuQkAkrkJAJ+5CQDnuQkA87kJADy6CQBLugkAkboJAJu6CQDmugkA7roJADu7CQBFuwkAkLsJAJW7CQDluwkA7bsJANtoEQBGvAkAj7wJAJ+8CQDkvAkA7bwJADm9CQA8vQkAjr0JAJq9CQDjvQkA6r0JADBpEQA+vgkAjb4JAJO+CQDivgkA574JADe/CQA9vwkAhWkRAJK/CQDhvwkA578JADbACQA7wAkAnKoOAEPACQCLwAkAkMAJAODACQDowAkANcEJAF7BCQCKwQkAacEJANjICQCzwQkA38EJAAjCCQA0wgkAX8IJAInCCQCRwgkA3sIJAO3CCQAzwwkAOMMJAIjDCQCVwwkA3cMJAOrDCQAyxAkAPsQJAIfECQCWxAkA3MQJAObECQAxxQkAP8UJAIbFCQCLxQkA28UJAOjFCQAwxgkAOMYJAIXGCQCLxgkA2sYJAObGCQAvxwkAP8cJAITHCQCNxwkA2ccJANzHCQAuyAkAOsgJAIPICQCKyAkA2mkRAAHJCQAtyQkAWMkJAILJCQCKyQkA18kJAObJCQAsygkAMcoJAIHKCQCOygkA1soJAOPKCQArywkAN8sJAIDLCQCPywkA1csJAN/LCQAqzAkAOMwJAH/MCQCEzAkA1MwJAOHMCQApzQkAMc0JAH7NCQCEzQkA080JAN/NCQAozgkAOM4JAH3OCQCGzgkA0s4JANXOCQAnzwkAM88JAHzPCQCDzwkAL2oRANPPCQA3ug4A388JACbQCQAz0AkAe9AJAIfQCQDQ0AkA1tAJACXRCQAr0QkAetEJAH/RCQDP0QkA1dEJAIRqEQBK0gkAedIJAJ/SCQDO0gkAAtMJACPTCQBM0wkAeNMJAKPTCQAuaxEA2dMJACLUCQDb0wkA8AQLACzUCQB31AkAkdQJAMzUCQDP1AkALB8KANvUCQAh1QkAJtUJAHbVCQCD1QkAy9UJANjVCQAg1gkALNYJAHXWCQCE1gkAytYJANTWCQAf1wkAK9cJAHTXCQCH1wkAydcJANjXCQAe2AkAKtgJAHPYCQB02AkAyNgJANLYCQAd2QkAK9kJAHLZCQB32QkAx9kJANTZCQCDaxEAIdoJAHHaCQB+2gkAxtoJANPaCQAb2wkAJ9sJAHDbCQB/2wkAxdsJAM/bCQAa3AkAKNwJAG/cCQB03AkAxNwJANHcCQAZ3QkAId0JAIJsEQB63QkAw90JANPdCQAY3gkAId4JAG3eCQBw3gkAwt4JAM7eCQAX3wkAHt8JANdsEQBv3wkAwd8JAMnfCQAW4AkAIuAJAGvgCQBx4AkAwOAJAMbgCQAV4QkAGuEJAGrhCQBw4QkAgW0RAOjhCQAU4gkAPeIJAGniCQCN4gkAK24RAMTiCQCDHAsA0eIJABPjCQAi4wkAaOMJAHTjCQC94wkAvuMJABLkCQAc5AkAZ+QJAHXkCQC85AkAweQJABHlCQAe5QkAgG4RAInlCQDVbhEA5OUJABDmCQA55gkAZeYJAInmCQAqbxEAyOYJAA/nCQAU5wkAZOcJAHHnCQC55wkAwecJAA7oCQAU6AkAY+gJAG/oCQC46AkAyOgJAA3pCQAW6QkAYukJAGXpCQC36QkA8ukJAAzqCQAY6gkAf28RAGfqCQC26gkAz+oJAAvrCQAZ6wkAYOsJAG3rCQC16wkAvOsJAArsCQAT7AkAX+wJAGzsCQC07AkAy+wJAAntCQAM7QkAXu0JAGDtCQCz7QkAvO0JAAjuCQAY7gkAXe4JAHbuCQCy7gkAtO4JAAfvCQAQ7wkAXO8JAGTvCQCx7wkAs+8JAAbwCQAf8AkAW/AJAHLwCQCw8AkAvPAJAAXxCQAW8QkAWvEJAGbxCQCv8QkAuvEJAATyCQAR8gkAWfIJAGPyCQDUbxEAwfIJAAPzCQAR8wkAWPMJAEDzCQCl+wkAlPMJAK3zCQC68wkAAvQJAAr0CQBX9AkAXfQJAKz0CQC49AkAAfUJAAz1CQBW9QkAX/UJAKv1CQCu9QkAAPYJAAL2CQBV9gkAXPYJAKr2CQCs9gkAKXARAAL3CQBU9wkAYvcJAKn3CQCu9wkA/vcJAAv4CQBT+AkAX/gJAKj4CQCw+AkAfnARAAv5CQBS+QkAYvkJAKf5CQC1+QkA/PkJAAX6CQBR+gkAW/oJAKb6CQCo+gkA+/oJAAX7CQBQ+wkAUvsJANNwEQCq+wkA+vsJAAL8CQBP/AkAVfwJAKT8CQCw/AkA+fwJAAj9CQBO/QkAV/0JAKP9CQCm/QkA+P0JAPr9CQBN/gkAVP4JAKL+CQCk/gkAKHERAPz+CQBM/wkAaP8JAKH/CQC9/wkAfXERAAMACgBlOgsABQAKAEsACgBQAAoAoAAKAK0ACgD1AAoAAgEKAEoBCgBQAQoAnwEKAKsBCgD0AQoABAIKAEkCCgBSAgoAngIKAKECCgDzAgoA/wIKAEgDCgBPAwoA0nERAKwDCgDyAwoA9wMKAEcECgBUBAoAnAQKAKkECgDxBAoA9wQKAEYFCgBSBQoAmwUKAKsFCgDwBQoA+QUKAEUGCgBIBgoAmgYKAKYGCgDvBgoA9gYKACdyEQBGBwoAmQcKAKcHCgDuBwoA/wcKAHxyEQBKCAoA0XIRAKAICgAmcxEA8ggKAEIJCgBPCQoAlwkKAKQJCgDsCQoA+AkKAEEKCgBQCgoAlgoKAKAKCgDrCgoA+QoKAEALCgBFCwoAlQsKAKILCgDqCwoA8gsKAHtzEQBLDAoAlAwKAKQMCgDpDAoA8gwKAD4NCgBBDQoAkw0KAJ8NCgDoDQoA7w0KANBzEQA/DgoAkg4KAKAOCgDnDgoA+A4KACV0EQBDDwoAenQRAJkPCgDPdBEA6w8KADsQCgBIEAoAkBAKAJ0QCgDlEAoA8RAKADoRCgBJEQoAjxEKAJkRCgDkEQoA8hEKADkSCgA+EgoAjhIKAJsSCgDjEgoA6xIKACR1EQBEEwoAjRMKAJ0TCgDiEwoA6xMKADcUCgA6FAoAjBQKAJgUCgDhFAoA6BQKAHl1EQBAFQoAixUKAJkVCgDgFQoA9hUKADUWCgBBFgoAihYKAJEWCgDfFgoA5xYKADQXCgA5FwoAiRcKAJIXCgDeFwoA6BcKAM51EQBJGAoAiBgKAJQYCgDdGAoA5BgKADIZCgA6GQoAhxkKAIwZCgDcGQoA5RkKADEaCgA7GgoAI3YRAIsaCgAxwgwAkhoKADhoCgCVGgoA2xoKALAaCgCqQxIA4BoKADAbCgA9GwoAhRsKAJIbCgDaGwoA5hsKAC8cCgA+HAoAhBwKAI4cCgDZHAoA5xwKAC4dCgA7HQoAgx0KAJodCgDYHQoA4B0KAC0eCgA3HgoAgh4KAIceCgDXHgoA3x4KAHh2EQAxHwoAgR8KAJAfCgDWHwoA9h8KACsgCgA3IAoAgCAKAIogCgDVIAoA3yAKACohCgA4IQoAfyEKAJUhCgDUIQoA4CEKACkiCgAuIgoAfiIKAIciCgDTIgoA3SIKACgjCgA0IwoAfSMKAJAjCgDSIwoA4SMKACckCgAzJAoAfCQKAH0kCgDRJAoA2yQKACYlCgA0JQoAeyUKAIAlCgDQJQoA3SUKACJ3EQAzJgoAeiYKAJAmCgDPJgoA2yYKACQnCgArJwoAeScKAIEnCgDOJwoA0ycKACMoCgAsKAoAeCgKAIIoCgAheBEA0igKACIpCgAqKQoAdykKAHopCgDMKQoA1SkKACEqCgAwKgoAdioKAIEqCgDLKgoA0yoKACArCgAwKwoAdSsKAIMrCgDKKwoA2ysKAB8sCgArLAoAdCwKAHwsCgB2eBEAzywKAB4tCgAmLQoAcy0KAHotCgDILQoA1i0KAB0uCgAjLgoAci4KAH4uCgDHLgoA1i4KABwvCgAmLwoAcS8KAHYvCgDGLwoAzC8KABswCgAvMAoAy3gRAIEwCgDFMAoA0TAKABoxCgAgMQoAbzEKAHUxCgDEMQoAyTEKABkyCgAfMgoAIHkRAHMyCgDDMgoA1DIKABgzCgAgMwoAbTMKACQzCgCmTwoAJjMKAJ5SDwB3MwoAwjMKANAzCgAXNAoALTQKAGw0CgB4NAoAwTQKAMg0CgAWNQoAHjUKAGs1CgBwNQoAwDUKAMk1CgAVNgoAHzYKAGo2CgByNgoAvzYKAMM2CgAUNwoAHzcKAGk3CgB3NwoAvjcKAM83CgATOAoAHzgKAGg4CgBwOAoAdXkRAL84CgASOQoAIDkKAGc5CgBxOQoAvDkKAMo5CgAROgoAHjoKAGY6CgB9OgoAuzoKAMM6CgAQOwoAIDsKAGU7CgBqOwoAujsKAMA7CgAPPAoAFzwKAGQ8CgBmPAoAuTwKAMY8CgAOPQoAFj0KAGM9CgBoPQoAuD0KALk9CgANPgoAGT4KAGI+CgBvPgoAtz4KAL8+CgAMPwoAGz8KAGE/CgBmPwoAtj8KAMM/CgALQAoAGEAKAGBACgBsQAoAtUAKAMRACgAKQQoAFEEKAF9BCgBtQQoAtEEKALlBCgAJQgoAFkIKAMp5EQBhQgoAs0IKALtCCgAIQwoAFUMKAF1DCgBiQwoAskMKALxDCgAHRAoAD0QKAFxECgBeRAoAsUQKAMxECgAGRQoACEUKAFtFCgBpRQoAsEUKAMFFCgAFRgoAB0YKAFpGCgBzRgoAr0YKAMBGCgAERwoAEEcKAB96EQBhRwoArkcKALRHCgADSAoAD0gKAFhICgB1SAoArUgKALZICgACSQoADkkKAFdJCgBaSQoArEkKALZJCgABSgoACUoKAFZKCgBgSgoAq0oKALlKCgAASwoAFksKAFVLCgBhSwoAqksKALFLCgD/SwoAB0wKAFRMCgBZTAoAqUwKALJMCgD+TAoACE0KAFNNCgBbTQoAqE0KAKpNCgD9TQoADU4KAFJOCgBcTgoAp04KALNOCgD8TgoAAk8KAFFPCgBZTwoAdHoRAKxPCgD7TwoAAVAKAFBQCgBVUAoApVAKAKtQCgDJehEACFEKAE9RCgBlUQoApFEKALBRCgD5UQoA/lEKAE5SCgBXUgoAo1IKAK1SCgD4UgoAG1MKAE1TCgBRUwoAolMKAFxTCgD2VAoApFMKAPdTCgAFVAoATFQKAFZUCgChVAoAxVQKAMh7EQD8VAoAS1UKAFdVCgCgVQoAolUKAPVVCgD/VQoASlYKAFZWCgCfVgoAw1YKAB18EQD4VgoASVcKAANXCgCdWAoAS1cKAJ5XCgCsVwoA81cKAP1XCgBIWAoAbFgKAHJ8EQCjWAoA8lgKAP5YCgBHWQoASVkKAJxZCgCmWQoA8VkKAP1ZCgBGWgoAaloKAMd8EQC4WgoA8FoKAPlaCgBFWwoAU1sKAJpbCgCgWwoA71sKAPtbCgBEXAoATFwKABx9EQCgXAoA7lwKAAddCgBDXQoAUl0KAJhdCgCgXQoA7V0KAPxdCgBCXgoAR14KAJdeCgCkXgoA7F4KAPleCgBBXwoATV8KAJZfCgClXwoA618KAPVfCgBAYAoATmAKAJVgCgCaYAoA6mAKAPdgCgBxfREAQGEKAMHeCgBYYQoAlGEKAJ5hCgDpYQoA62EKAD5iCgBMYgoAk2IKAKBiCgDoYgoA8GIKAD1jCgBpYwoAkmMKAJljCgDnYwoAAGQKADxkCgBLZAoAkWQKAJlkCgDmZAoA9WQKADtlCgBAZQoAkGUKAJ1lCgDlZQoA8mUKADpmCgBGZgoAj2YKAJ5mCgDkZgoA7mYKADlnCgBHZwoAjmcKAJNnCgDjZwoA8GcKAMZ9EQBLaAoAjWgKAJxoCgDiaAoA7mgKADdpCgBDaQoAjGkKAJNpCgDhaQoA7WkKADZqCgA9agoAi2oKAJNqCgDgagoA5GoKADVrCgBAawoAimsKAJZrCgDfawoA7GsKADRsCgA8bAoAiWwKAJNsCgDebAoA5GwKADNtCgBHbQoAiG0KAJZtCgDdbQoA6m0KADJuCgBJbgoAh24KAI9uCgDcbgoA5m4KADFvCgA2bwoAhm8KAI5vCgDbbwoA6m8KADBwCgA1cAoAhXAKAJJwCgDacAoA53AKAC9xCgA7cQoAhHEKAJNxCgDZcQoA43EKABt+EQA2cgoAg3IKAJJyCgDYcgoA3XIKAC1zCgA2cwoAgnMKAJNzCgDXcwoA3nMKACx0CgA0dAoAgXQKAI50CgDWdAoA23QKACt1CgA1dQoAgHUKAIh1CgDVdQoA7nUKACp2CgA2dgoAf3YKAId2CgBwfhEA43YKACl3CgBGdwoAfncKAId3CgDTdwoA4XcKACh4CgAueAoAfXgKAIl4CgDSeAoA2XgKACd5CgAveQoAfHkKAIx5CgDReQoA13kKACZ6CgAregoAe3oKAJF6CgDQegoA2HoKACV7CgAvewoAensKAIV7CgDPewoA23sKACR8CgAsfAoAxX4RAIZ8CgDOfAoA1XwKACN9CgAvfQoAeH0KAH59CgDNfQoA3n0KACJ+CgA2fgoAd34KAIV+CgDMfgoA2X4KACF/CgA4fwoAdn8KAH5/CgDLfwoA0n8KACCACgAigAoAdYAKAH+ACgDKgAoAzIAKAB+BCgA4gQoAdIEKAHaBCgDJgQoAzIEKAB6CCgAqggoAc4IKAKGCCgAafxEA14IKAB2DCgA6gwoAcoMKAHuDCgDHgwoA1YMKAByECgAihAoAcYQKAH2ECgDGhAoAzoQKAG9/EQAjhQoAcIUKAHaFCgDFhQoA0YUKABqGCgAdhgoAb4YKAHSGCgDEhgoAzYYKABmHCgAfhwoAbocKAH2HCgDDhwoAz4cKABiICgAgiAoAxH8RAHOICgDCiAoAx4gKABeJCgAtiQoAbIkKAHSJCgDBiQoAz4kKABaKCgAgigoAa4oKAG6KCgDAigoAyIoKABWLCgAWiwoAaosKAHCLCgC/iwoAzYsKABSMCgAqjAoAaYwKAGuMCgC+jAoAxIwKABONCgAnjQoAaI0KAHCNCgC9jQoAzY0KABKOCgAUjgoAZ44KAHaOCgC8jgoAxo4KABGPCgAWjwoAZo8KAGyPCgC7jwoAz48KABCQCgAYkAoAZZAKAGqQCgC6kAoAwJAKAA+RCgAXkQoAZJEKAGeRCgC5kQoAvpEKAA6SCgAXkgoAY5IKAGmSCgC4kgoAx5IKAA2TCgAZkwoAGYARAG6TCgC3kwoAypMKAAyUCgAolAoAYZQKAGmUCgBugBEAxJQKAAuVCgAhlQoAYJUKAGyVCgC1lQoAupUKAAqWCgATlgoAX5YKAGmWCgC0lgoAvJYKAAmXCgALlwoAXpcKAG2XCgCzlwoA0JcKAAiYCgARmAoAXZgKAGuYCgCymAoAuJgKAAeZCgAVmQoAXJkKAGmZCgCxmQoAyJkKAAaaCgAOmgoAW5oKAF2aCgCwmgoAuJoKAAWbCgAUmwoAWpsKAF+bCgCvmwoAvJsKAAScCgARnAoAWZwKAGWcCgCunAoAvZwKAAOdCgANnQoAWJ0KAGadCgCtnQoAsp0KAAKeCgAPngoAw4ARAGGeCgCsngoArp4KAAGfCgAInwoAVp8KAF2fCgCrnwoAsZ8KAACgCgAOoAoAVaAKAGKgCgCqoAoAuqAKAP+gCgAEoQoAVKEKAFyhCgCpoQoAcKEKADkRCwC1oQoA/qEKAACiCgD7pAoAC6IKAFOiCgBYogoAqKIKALKiCgD9ogoADaMKAFKjCgBXowoAp6MKALCjCgD8owoACaQKAFGkCgBYpAoApqQKAK6kCgAYgREACaUKAFClCgBopQoApaUKAKelCgD6pQoAEaYKAE+mCgBRpgoApKYKALKmCgD5pgoABqcKAE6nCgBWpwoAbYERAKmnCgD4pwoA+qcKAE2oCgBaqAoAoqgKAKWoCgD3qAoACKkKAEypCgBOqQoAoakKAKupCgD2qQoAAqoKAEuqCgBTqgoAwoERAKWqCgD1qgoA+KoKAEqrCgBUqwoAn6sKAKerCgD0qwoAAawKAEmsCgBLrAoAnqwKALSsCgDzrAoA/6wKAEitCgBQrQoAF4IRAKCtCgDyrQoAtK0KAN0WDAD7rQoAR64KAFWuCgDH2AoAVq4KAJyuCgCnrgoA8a4KAPmuCgBGrwoAUa8KAJuvCgCgrwoA8K8KAPOvCgBFsAoAT7AKAMGCEQCgsAoA77AKAKSwCgBAXA4ACrEKAESxCgBQsQoAmbEKAJ+xCgDusQoA9rEKAEOyCgBZsgoAmLIKAKayCgDtsgoA8LIKAEKzCgBbswoAl7MKAKOzCgDsswoA97MKAEG0CgBDtAoAlrQKALG0CgDrtAoA+bQKAEC1CgBNtQoAlbUKAKy1CgAWgxEA7LUKAJNeDgAAtgoAP7YKAEC2CgCUtgoAmbYKAOm2CgDvtgoAPrcKAEC3CgCTtwoAmbcKAOi3CgD8twoAPbgKAEW4CgCSuAoAorgKAOe4CgDpuAoAPLkKAEq5CgCRuQoAorkKAGuDEQDsuQoAO7oKAEe6CgDAgxEAkroKAOW6CgD2ugoAOrsKAEK7CgCPuwoAmLsKAOS7CgDruwoAObwKADq8CgAVhBEAmrwKAOO8CgDlvAoAOL0KAD+9CgCNvQoAlb0KAOK9CgDrvQoAN74KAD6+CgCMvgoAjb4KAGqEEQDmvgoANr8KAD6/CgCLvwoAlb8KAOC/CgDuvwoANcAKAEvACgCKwAoAlsAKAN/ACgDkwAoANMEKAD3BCgCJwQoAk8EKAL+EEQDfwQoAM8IKADvCCgD3/AsAS8IKAIjCCgCVwgoA3cIKAOnCCgAywwoAPMMKAIfDCgCLwwoA3MMKAOHDCgAxxAoAN8QKAIbECgCmxAoA28QKAPPECgAwxQoAR8UKAIXFCgCRxQoA2sUKAOTFCgAvxgoAMcYKAITGCgCLxgoA2cYKAODGCgAuxwoANMcKAIPHCgCPxwoA2McKANvHCgAtyAoAMMgKAILICgCOyAoA18gKANrICgAsyQoASMkKAIHJCgCJyQoAFIURAOLJCgArygoANcoKAIDKCgCCygoA1coKANzKCgAqywoAMcsKAH/LCgCFywoA1MsKAOLLCgApzAoANswKAH7MCgCOzAoA08wKANjMCgAozQoAMM0KAH3NCgCNzQoA0s0KANfNCgAnzgoALc4KAHzOCgCEzgoAaYURANfOCgAmzwoALs8KAHvPCgB+zwoA0M8KANzPCgAl0AoAK9AKAHrQCgCV0AoAz9AKAN3QCgAk0QoAM9EKAHnRCgCF0QoAztEKANbRCgAThhEAKNIKAHjSCgCC0goAzdIKANXSCgAi0woAQtMKAHfTCgCE0woAzNMKANHTCgAh1AoAJdQKAHbUCgCD1AoAaIYRANDUCgAg1QoAI9UKAHXVCgB/1QoAytUKANbVCgAf1goAMtYKAHTWCgCD1goAydYKANXWCgAe1woAH9cKAHPXCgB91woAyNcKANbXCgAd2AoAItgKAHLYCgB/2AoAvYYRANHYCgAc2QoAHtkKAHHZCgCK2QoAxtkKANfZCgAb2goAJ9oKAHDaCgB42goAvIcRAMzaCgAa2woAIdsKAG/bCgB12woAxNsKANDbCgAZ3AoAHNwKAG7cCgBx3AoAw9wKAMvcCgAY3QoAKN0KAG3dCgBy3QoAwt0KAMvdCgAX3goAJN4KAGzeCgBz3goAEYgRAM3eCgAW3woAI98KAGvfCgBz3woAwN8KAMrfCgAV4AoAJOAKAGrgCgBr4AoAv+AKAMfgCgAU4QoAI+EKAGnhCgBu4QoAvuEKAMvhCgAT4goAIOIKAGjiCgB04goAveIKAMziCgAS4woAHOMKAGfjCgB14woAvOMKAMHjCgAR5AoAHuQKAGbkCgBu5AoAu+QKAMXkCgAQ5QoAFeUKAGXlCgBt5QoAZogRAMjlCgAP5goAG+YKAGTmCgBq5goAueYKAL/mCgAO5woAE+cKAGPnCgBp5woAu4gRAMTnCgAN6AoAE+gKAGLoCgBo6AoAt+gKAMToCgAM6QoAEekKAGHpCgBp6QoAtukKANTpCgC6iREADeoKAJusDQAO6goA1scMABHqCgCYWwwAIeoKAGDqCgBh6goAteoKALrqCgAK6woAEOsKAF/rCgBh6woAtOsKALrrCgAJ7AoAHewKAF7sCgBm7AoAs+wKAMPsCgAI7QoACu0KAF3tCgBr7QoAsu0KAMPtCgAPihEADe4KAFzuCgBo7goAZIoRAL7uCgAG7woADu8KAFvvCgBo7woAsO8KALLvCgAF8AoAG/AKAFrwCgBm8AoAr/AKALfwCgAOixEAEPEKAFnxCgBc8QoArvEKALPxCgAD8goAFPIKAFjyCgBh8goArfIKALfyCgAC8woAEPMKAFfzCgBc8woArPMKALnzCgBjixEADfQKAFb0CgBj9AoAq/QKAK30CgAA9QoAFvUKAFX1CgBh9QoAqvUKALL1CgC4ixEABPYKAFT2CgBa9goAqfYKALH2CgD+9goAAfcKAFP3CgBf9woAqPcKAK73CgD99woAGPgKAFL4CgBf+AoAp/gKAKn4CgD8+AoAEvkKAFH5CgBd+QoApvkKAK75CgANjBEAAfoKAFD6CgBV+goApfoKAMD6CgD6+goACPsKAE/7CgBW+woApPsKALD7CgD5+woAAPwKAGKMEQBZ/AoAo/wKAKv8CgD4/AoAA/0KAE39CgBS/QoAov0KAKX9CgD3/QoAAf4KAEz+CgBU/goAof4KAK/+CgD2/goA+f4KAEv/CgBT/woAoP8KAMD/CgD1/woAAgALAEoACwBPAAsAnwALAKMACwD0AAsAAQELALeMEQBpAQsAngELAKcBCwDzAQsA9AELAEgCCwBQAgsAnQILAK0CCwDyAgsA9AILAEcDCwBVAwsAnAMLAK0DCwAMjREA9wMLAEYECwBSBAsAYY0RAKIECwC2jREA9QQLAEUFCwBfBQsAmgULAKkFCwDvBQsA+gULAEQGCwBGBgsAmQYLAKYGCwDuBgsA+wYLAEMHCwBPBwsAmAcLAKkHCwDtBwsA8AcLAEIICwBcCAsAlwgLAKAICwDsCAsA+QgLAEEJCwBHCQsAlgkLAKIJCwDrCQsA7gkLAEAKCwBFCgsAlQoLAKYKCwDqCgsABQsLAD8LCwBLCwsAlAsLAJsLCwDpCwsA6wsLAD4MCwBFDAsAkwwLAJoMCwDoDAsA7gwLAD0NCwBJDQsAkg0LAJUNCwDnDQsA6g0LADwOCwBIDgsAkQ4LAKQOCwDmDgsA9Q4LADsPCwBHDwsAkA8LAJEPCwDlDwsA7w8LADoQCwBIEAsAjxALAJQQCwDkEAsA8RALAAuOEQBBEQsAYI4RAJARCwDjEQsA+RELADgSCwBEEgsAjRILAJUSCwC1jhEA6BILADcTCwA/EwsAjBMLAI8TCwDhEwsA7RMLADYUCwA8FAsAixQLAKYUCwDgFAsA7hQLADUVCwBEFQsAihULAJYVCwDfFQsA5xULAAqPEQA5FgsAiRYLAJMWCwDeFgsA5hYLADMXCwBTFwsAiBcLAJUXCwDdFwsA4hcLADIYCwA2GAsAhxgLAJQYCwBfjxEA/xgLALSPEQA2GQsAhhkLAJUZCwDbGQsA+xkLADAaCwA8GgsAhRoLAI8aCwDaGgsA5hoLAC8bCwA1GwsAhBsLAIobCwDZGwsA3hsLAC4cCwA0HAsACZARAIkcCwDYHAsA3RwLAC0dCwAzHQsAs5ARAIUdCwDXHQsA4R0LACweCwAuHgsAgR4LAJoeCwDWHgsA5x4LACsfCwA5HwsAgB8LAIMfCwDVHwsA4B8LACogCwAyIAsAfyALAIEgCwDUIAsA3CALACkhCwA2IQsAfiELAIohCwDTIQsA1yELACgiCwAwIgsAfSILAIwiCwDSIgsA1yILACcjCwA0IwsAfCMLAIkjCwDRIwsA3SMLACYkCwA1JAsAeyQLAIUkCwDQJAsA3iQLACUlCwAqJQsAeiULAIclCwAIkREA1yULAF2REQAoJgsAdSoLADAmCwB5JgsAfyYLAM4mCwDUJgsAIycLADAnCwB4JwsAfScLAM0nCwDVJwsAIigLAEsoCwB3KAsAVigLACEpCwCdKAsAdikLAKAoCwDMKAsA9SgLALKREQBKKQsAB5IRAJwpCwDLKQsA/ykLACAqCwBJKgsAXJIRAIMqCwDKKgsA1yoLAB8rCwArKwsAdCsLAHorCwDJKwsAzysLAB4sCwAjLAsAcywLAHksCwCxkhEA7iwLAMctCwDxLAsAHS0LAEYtCwBbkxEAmy0LALCTEQDtLQsAHC4LAFAuCwBxLgsAmi4LAAWUEQDQLgsAGy8LACAvCwBwLwsAeC8LAFqUEQDKLwsAGjALACMwCwBvMAsAfDALAMQwCwDLMAsAr5QRACExCwAElREAgTELAMMxCwDPMQsAGDILACcyCwBtMgsAdjILAMIyCwDMMgsAFzMLABkzCwBsMwsAhTMLAMEzCwDSMwsAFjQLACI0CwBrNAsAczQLAFmVEQDONAsAFTULACY1CwBqNQsAdjULAL81CwDHNQsArpURABk2CwBpNgsAczYLAL42CwDGNgsAEzcLACM3CwBoNwsAbTcLAL03CwDGNwsAEjgLAB84CwBnOAsAbjgLAAOWEQDCOAsAkwgPAMk4CwAROQsAzzgLALflDQAWOQsAZjkLAHI5CwC7OQsAyDkLABA6CwAaOgsAWJYRAGo6CwC6OgsAxjoLAA87CwAcOwsAZDsLAG47CwC5OwsA1TsLAA48CwAWPAsArZYRAGg8CwC4PAsAwDwLAA09CwAQPQsAYj0LAGs9CwC3PQsAxj0LAAw+CwAXPgsAYT4LAGk+CwC2PgsAxj4LAAs/CwAZPwsAYD8LAHE/CwC1PwsAwT8LAApACwASQAsAApcRAGVACwC0QAsAvEALAAlBCwAQQQsAXkELAGxBCwCzQQsAuUELAAhCCwAUQgsAXUILAGxCCwCyQgsAvEILAAdDCwAMQwsAXEMLAGJDCwCxQwsAxUMLAAZECwAORAsAW0QLAHlECwCwRAsAuEQLAFeXEQANRQsArJcRAGJFCwCvRQsAyEULAARGCwANRgsAWUYLAGlGCwCuRgsAvkYLAANHCwAPRwsAWEcLAF5HCwCtRwsAu0cLAAJICwAPSAsAV0gLAG5ICwCsSAsAtEgLAAFJCwALSQsAVkkLAGRJCwCrSQsAwUkLAABKCwAMSgsAVUoLAFxKCwCqSgsAskoLAP9KCwAESwsAVEsLAF1LCwCpSwsAs0sLAP5LCwAGTAsAU0wLAFVMCwCoTAsAuEwLAP1MCwAHTQsAUk0LAF5NCwCnTQsArU0LAPxNCwAETgsAVpgRAFNOCwCmTgsAt04LAPtOCwAXTwsAUE8LAFhPCwCrmBEAtk8LAPpPCwALUAsAT1ALAFdQCwCkUAsAvVALAPlQCwD/UAsATlELAFNRCwCjUQsAw1ELAPhRCwAEUgsATVILAFNSCwCiUgsAqlILAPdSCwAGUwsATFMLAFFTCwChUwsArlMLAPZTCwADVAsAS1QLAFdUCwCgVAsAr1QLAPVUCwD/VAsASlULAFhVCwCfVQsApFULAPRVCwABVgsASVYLAExWCwCeVgsAplYLAPNWCwD1VgsASFcLAE5XCwCdVwsAqVcLAPJXCwD6VwsAAJkRAExYCwCcWAsAoFgLAPFYCwD+WAsAVZkRAE9ZCwCbWQsArFkLAPBZCwD8WQsARVoLAFJaCwCaWgsAn1oLAO9aCwD5WgsARFsLAFRbCwCZWwsAnlsLAO5bCwD3WwsAQ1wLAFBcCwCYXAsAn1wLAO1cCwD5XAsAQl0LAEhdCwCXXQsAnV0LAOxdCwDxXQsAQV4LAEdeCwCqmREAm14LAOteCwDzXgsAQF8LAFZfCwCVXwsAml8LAOpfCwDxXwsAP2ALAEhgCwCUYAsApWALAOlgCwD1YAsAPmELAEZhCwCpmhEAlWELAOhhCwD+YQsAPWILAEliCwCSYgsAmWILAOdiCwDvYgsA/poRAEFjCwCRYwsAmGMLAOZjCwDvYwsAO2QLAExkCwCQZAsAnGQLAOVkCwDtZAsAU5sRADxlCwCPZQsApWULAORlCwDwZQsAOWYLAEBmCwCOZgsAlmYLAKibEQDoZgsAOGcLAD9nCwCNZwsAlmcLAOJnCwDzZwsAN2gLAENoCwCMaAsAlGgLAP2bEQDjaAsANmkLAEVpCwCLaQsAq2kLAOBpCwDiaQsANWoLAExqCwCKagsAlmoLAN9qCwDnagsAp5wRADlrCwCJawsAi2sLAN5rCwDlawsAM2wLADtsCwCIbAsAkWwLAN1sCwDjbAsAMm0LAENtCwCHbQsAj20LAFGdEQDobQsAMW4LADRuCwCGbgsAi24LANtuCwDsbgsAMG8LAEtvCwCFbwsAkW8LANpvCwDibwsApp0RAEVwCwCEcAsAhXALANlwCwDecAsALnELADRxCwCDcQsAjXELANhxCwDgcQsALXILAD9yCwD7nREAj3ILANdyCwDhcgsALHMLADJzCwCBcwsAlXMLANZzCwDecwsAK3QLADt0CwCAdAsAhXQLANV0CwDbdAsAKnULADJ1CwB/dQsAgHULANR1CwDWdQsAKXYLADh2CwB+dgsAnnYLANN2CwDVdgsAKHcLAD93CwB9dwsAiXcLANJ3CwDadwsAUJ4RAC94CwB8eAsAlXgLANF4CwDaeAsAJnkLADB5CwB7eQsAg3kLANB5CwDgeQsAJXoLACp6CwB6egsAg3oLAM96CwDcegsAJHsLACt7CwB5ewsAgXsLAPqeEQDYewsAI3wLACt8CwB4fAsAhnwLAM18CwDafAsAIn0LACp9CwB3fQsAeX0LAMx9CwDUfQsAIX4LACJ+CwB2fgsAeH4LAMt+CwDafgsAIH8LAEB/CwB1fwsAd38LAMp/CwDhfwsAH4ALACuACwB0gAsAjoALAMmACwD1gAsAHoELACGBCwBzgQsAeIELAMiBCwDVgQsAT58RAB+CCwByggsAfIILAMeCCwDWggsAHIMLACeDCwBxgwsAf4MLAMaDCwDTgwsAG4QLADKECwBwhAsAeIQLAMWECwDGhAsAGoULAByFCwBvhQsAfoULAMSFCwDkhQsAGYYLABuGCwBuhgsAhYYLAMOGCwDPhgsAGIcLACCHCwCknxEAcocLAMKHCwDIhwsAF4gLAB+ICwBsiAsAi4gLAMGICwDOiAsAFokLABeJCwBriQsAgYkLAMCJCwDciQsA+Z8RABqKCwBqigsAdIoLAL+KCwDHigsAFIsLABWLCwBpiwsAFosLAGCUCwBviwsAvosLAMqLCwATjAsAI4wLAGiMCwB2jAsAvYwLANCMCwASjQsAHo0LAGeNCwBujQsAvI0LAMSNCwARjgsAFY4LAGaOCwB0jgsAu44LAMWOCwAQjwsAG48LAGWPCwBtjwsAuo8LAPKPCwAPkAsAF5ALAGSQCwBpkAsAuZALAL+QCwAOkQsAFpELAGORCwB9kQsAuJELAPCRCwANkgsAFZILAGKSCwBnkgsAt5ILAL2SCwAMkwsAFJMLAGGTCwB7kwsAtpMLANCTCwALlAsAQ5QLAE6gEQBolAsAtZQLALyUCwAKlQsAFpULAF+VCwBglQsAtJULAMCVCwAJlgsAFpYLAF6WCwBllgsAs5YLAL+WCwAIlwsAFZcLAF2XCwBslwsAspcLAMaXCwCjoBEACZgLAFyYCwATmAsAvDUOAF+YCwD3pQ0AaZgLACV5DABrmAsAsZgLANGYCwAGmQsACJkLAFuZCwBymQsAsJkLALyZCwAFmgsADZoLAPigEQBcmgsAr5oLALyaCwAEmwsADZsLAFmbCwBbmwsArpsLAL+bCwADnAsAFJwLAFicCwBsnAsATaERAM2cCwACnQsABJ0LAFedCwBunQsArJ0LALidCwABngsACZ4LAKKhEQBYngsAq54LAK6eCwAAnwsACJ8LAFWfCwBinwsAqp8LAK+fCwD/nwsACaALAFSgCwBcoAsAqaALAMKgCwD+oAsACqELAFOhCwBfoQsAqKELALWhCwD9oQsABaILAFKiCwBiogsAp6ILAKyiCwD8ogsABaMLAFGjCwBeowsApqMLAK2jCwD7owsAA6QLAPehEQBdpAsApaQLAKikCwD6pAsABKULAE+lCwBRpQsApKULALWlCwD5pQsACqYLAE6mCwBapgsAo6YLAKqmCwD4pgsAEqcLAE2nCwBVpwsAoqcLAKOnCwBDsQsArKcLAPenCwD9pwsATKgLAGCoCwChqAsAqagLAPaoCwAAqQsAS6kLAFCpCwCgqQsAqKkLAPWpCwADqgsASqoLAFeqCwCfqgsAoqoLAPSqCwD+qgsASasLAEurCwCeqwsAr6sLAPOrCwAErAsASKwLAFCsCwBMohEAp6wLAPKsCwAOrQsAR60LAE+tCwChohEAna0LAPGtCwAHrgsARq4LAE6uCwCbrgsAqa4LAPCuCwD9rgsARa8LAEivCwCarwsApK8LAO+vCwDxrwsARLALAFWwCwCZsAsAqrALAO6wCwD2sAsA9qIRAFSxCwCYsQsApLELAO2xCwDvsQsAQrILAEWyCwCXsgsAo7ILAOyyCwD0sgsAS6MRAEqzCwCWswsAo7MLAOuzCwDzswsAQLQLAFK0CwCVtAsAorQLAOq0CwDrtAsAP7ULAFW1CwCUtQsAnLULAOm1CwD3tQsAPrYLAEu2CwCTtgsAlrYLAOi2CwDytgsAPbcLAD+3CwCStwsAo7cLAOe3CwD4twsAPLgLAES4CwCgoxEAnrgLAOa4CwDwuAsAO7kLAEm5CwCQuQsAprkLAOW5CwDxuQsAOroLAEa6CwCPugsAlboLAOS6CwDqugsAObsLAD67CwCOuwsAlLsLAPWjEQDouwsAOLwLADq8CwCNvAsAlLwLAOK8CwDqvAsAN70LADq9CwCMvQsAlb0LAOG9CwDwvQsANr4LAEG+CwCLvgsAk74LAOC+CwDwvgsANb8LAEO/CwCKvwsAm78LAN+/CwDrvwsANMALADzACwD0pBEAp8ALAN7ACwDmwAsASaURAD/BCwCIwQsAnsELAN3BCwDlwQsAMsILAFHCCwCepREAisILAPr5CwCUwgsA3MILAN/CCwDhDhAA5MILADHDCwDmwgsAeyEOADPDCwCGwwsAO8MLAM/PCwBCwwsA1sgLAJPDCwDbwwsA78MLADDECwA4xAsAhcQLAIrECwDaxAsA6sQLAC/FCwA3xQsAhMULAI7FCwDZxQsA5MULAC7GCwA6xgsAg8YLAIvGCwDzpREA3cYLAC3HCwA2xwsAgscLAIjHCwDXxwsA5scLACzICwA4yAsAgcgLAITICwBIphEA28gLACvJCwA6yQsAgMkLAILJCwDVyQsA5skLACrKCwA7ygsAf8oLAJPKCwDUygsA3MoLACnLCwA3ywsAfssLAIvLCwDTywsA1ssLACjMCwAyzAsAfcwLAH/MCwDSzAsA48wLACfNCwA4zQsAfM0LAIjNCwDRzQsA2M0LACbOCwAuzgsAe84LAJLOCwDQzgsA3M4LACXPCwA7zwsAes8LAH3PCwCdphEA2s8LACTQCwAw0AsAedALAIHQCwDyphEA2tALACPRCwA50QsAeNELAHvRCwDN0QsA1dELACLSCwAk0gsAd9ILAJLSCwDM0gsAztILACHTCwAv0wsAdtMLAIfTCwDL0wsAzdMLACDUCwA51AsAddQLAIbUCwDK1AsA1tQLAEenEQAl1QsAdNULAILVCwDJ1QsA5NULAB7WCwAq1gsAc9YLAHnWCwDI1gsA0NYLAB3XCwAt1wsActcLAHfXCwDH1wsA0NcLABzYCwAp2AsAcdgLAHjYCwDG2AsAztgLAJynEQAg2QsAcNkLAHbZCwDF2QsAzdkLABraCwBG2gsAb9oLAHbaCwDE2gsA3doLABnbCwAo2wsAbtsLAIrbCwDxpxEAyNsLABjcCwAi3AsAbdwLAH3cCwDC3AsAx9wLABfdCwAg3QsAbN0LAHndCwDB3QsAyN0LABbeCwAi3gsAa94LAH7eCwDA3gsAz94LABXfCwAh3wsAat8LAGvfCwC/3wsAyd8LABTgCwAi4AsAaeALAG7gCwC+4AsAy+ALAEaoEQAk4QsAaOELAGrhCwC94QsAwOELABLiCwAV4gsAZ+ILAG7iCwC84gsAyOILABHjCwAh4wsAZuMLAHbjCwC74wsAwOMLABDkCwAZ5AsAZeQLAHLkCwC65AsAweQLAA/lCwAb5QsAZOULAGrlCwC55QsAv+ULAA7mCwAT5gsAY+YLAGnmCwBFqREAwuYLAA3nCwAb5wsAYucLAHLnCwC35wsAuecLAAzoCwAb6AsAYegLAGvoCwC26AsAvugLAESqEQAR6QsAYOkLAGzpCwCZqhEAuukLAArqCwAS6gsAX+oLAG/qCwC06gsAwuoLAAnrCwAW6wsAXusLAGXrCwCz6wsAu+sLAEOrEQAZ7AsAXewLAGTsCwCy7AsAuuwLAAftCwAU7QsAXO0LAGHtCwCx7QsAu+0LAAbuCwAO7gsAW+4LAHTuCwCw7gsAvO4LAAXvCwAN7wsAmKsRAGbvCwCv7wsAsu8LAATwCwAJ8AsAWfALAGrwCwCu8AsAyfALAAPxCwAP8QsAWPELAF/xCwCt8QsAyfELAALyCwAK8gsA7asRAFzyCwCs8gsAtvILAAHzCwAJ8wsAVvMLAFjzCwDfaA0AZvMLAKvzCwCw8wsAAPQLAAn0CwBV9AsAYvQLAKr0CwCx9AsAQqwRAAj1CwBU9QsAYfULAKn1CwC49QsA/vULAAj2CwBT9gsAYfYLAKj2CwCt9gsA/fYLAAr3CwBS9wsAWvcLAJesEQCz9wsA/PcLAAn4CwBR+AsAVPgLAKb4CwC0+AsA+/gLAAD5CwBQ+QsAXfkLAKX5CwCt+QsA7KwRAAL6CwBP+gsAVfoLAKT6CwBW+gsAE4sMALD6CwD5+gsAFvsLAE77CwBX+wsAo/sLALH7CwD4+wsA/vsLAE38CwBZ/AsAovwLAKn8CwBBrREA+PwLADRqDAAD/QsATP0LAAf9CwDiZgwAX/0LAKH9CwCr/QsA9v0LAAL+CwBL/gsAWP4LAKD+CwCj/gsA9f4LAAP/CwBK/wsAT/8LAJ//CwCs/wsA9P8LAPz/CwCWrREATwAMAJ4ADACsAAwA8wAMAA4BDABIAQwAVAEMAJ0BDACjAQwAQK4RABUCDACVrhEATAIMAJwCDACpAgwA8QIMAP4CDABGAwwAUgMMAJsDDACqAwwA8AMMAPoDDABFBAwAUwQMAJoEDACfBAwA7wQMAPwEDABEBQwAYAUMAJkFDAChBQwA6q4RAPMFDABDBgwASQYMAJgGDACgBgwA7QYMAO4GDABCBwwASQcMAJcHDACcBwwA7AcMAPQHDABBCAwATwgMAJYIDACZCAwA6wgMAPMIDABACQwATQkMAJUJDACaCQwA6gkMAPQJDAA/CgwARwoMAJQKDAClCgwA6QoMAO4KDAA+CwwAQAsMAJMLDACaCwwA6AsMAPQLDAA9DAwARAwMAD+vEQCeDAwA5wwMAAQNDAA8DQwARQ0MAJENDACfDQwA5g0MAOwNDAA7DgwARw4MAJAODACXDgwA5Q4MAO0ODAA6DwwAUA8MAI8PDACUDwwA5A8MAOsPDAA5EAwAQhAMAI4QDACfEAwA4xAMAO8QDAA4EQwAQBEMAOmvEQCTEQwA4hEMAOcRDAA3EgwAUhIMAIwSDACaEgwA4RIMAOgSDAA2EwwAQhMMAIsTDACOEwwA4BMMAOgTDAA1FAwANhQMAIoUDACMFAwA3xQMAO4UDAA0FQwAVBUMAIkVDACLFQwA3hUMAPUVDAAzFgwAPxYMAIgWDACQFgwAPrARAOIWDAAyFwwAOhcMAIcXDACXFwwA3BcMAOoXDAAxGAwAQhgMAIYYDACSGAwA2xgMAN4YDAAwGQwAOBkMAIUZDACTGQwA2hkMAOcZDAAvGgwANxoMAIQaDAC8GgwAk7ARANoaDAAuGwwAOhsMAIMbDACSGwwA2BsMAOAbDADosBEALxwMAIIcDACQHAwA1xwMAOgcDAA9sREAMx0MAJKxEQCJHQwAPLIRANcdDAC6OQwA2R0MACInDADaHQwAfx8MANwdDAB1KQwA3R0MANAjDADfHQwAuDsMAOIdDAArHgwA4x0MANIhDADlHQwAxS4MADEeDACAHgwAhh4MANUeDADaHgwAKh8MADAfDACRshEAgR8MANQfDADaHwwAKSAMADYgDACQsxEAiyAMANMgDADqIAwAKCEMAEQhDAB9IQwAhSEMAOWzEQDXIQwAJyIMADEiDAB8IgwAiiIMANEiDADgIgwAJiMMADIjDAA6tBEAgyMMAI+0EQDcIwwAJSQMACYkDAB6JAwAgCQMAM8kDADbJAwAJCUMADMlDAB5JQwAeyUMAM4lDADYJQwAIyYMAC8mDAB4JgwAfyYMAOS0EQDVJgwAObURACwnDAB3JwwAfScMAMwnDADaJwwAISgMADAoDAB2KAwAgCgMAMsoDADnKAwAICkMACgpDACOtREAgSkMAMopDADZKQwAHyoMACQqDAB0KgwAjyoMAMkqDADVKgwAHisMACQrDABzKwwAdSsMAMgrDADhKwwAHSwMAC4sDAByLAwAfiwMAMcsDADfLAwAHC0MACgtDABxLQwAdy0MAMYtDADMLQwAGy4MACAuDABwLgwAdi4MAOO1EQDKLgwAGi8MACAvDABvLwwAMC8MABU0DAB7LwwAxC8MANwvDAAZMAwAHTAMAMIxDAAlMAwAbjAMAHQwDADDMAwAyTAMABgxDAAdMQwAbTEMAHMxDADithEAxDEMABcyDAAdMgwAbDIMAHkyDADhtxEAzjIMABYzDAAtMwwAazMMAIczDADAMwwAyDMMADa4EQAWNAwAajQMAHg0DAC/NAwA0DQMABQ1DAAgNQwAaTUMAIE1DAC+NQwAwjUMAGc3DADKNQwAEzYMABk2DABoNgwAbjYMAL02DADCNgwAEjcMABg3DACLuBEAaTcMALw3DADCNwwAETgMAB44DACKuREAczgMALs4DADSOAwAEDkMACw5DABlOQwAbTkMAN+5EQC8OQwADzoMABU6DABkOgwAZzoMALk6DADFOgwADjsMACo7DABjOwwAazsMADS6EQC7OwwADTwMABk8DABiPAwAaDwMALc8DADPPAwADD0MABA9DAC1PgwAEz0MAAZDDAAYPQwAYT0MABk9DAAIQQwAZz0MALY9DAC8PQwACz4MABA+DABgPgwAZj4MAIm6EQC3PgwACj8MABA/DABfPwwAbD8MAIi7EQDBPwwACUAMACBADABeQAwAekAMALNADAC7QAwA3bsRAA1BDABdQQwAZ0EMALJBDADAQQwAB0IMABZCDABcQgwAaEIMADK8EQC5QgwAh7wRABJDDABbQwwAXEMMALBDDAC2QwwABUQMABFEDABaRAwAaUQMAK9EDACxRAwABEUMAA5FDABZRQwAZUUMAK5FDAC1RQwA3LwRAAtGDAAxvREAYkYMAK1GDAC5RgwAAkcMABhHDABXRwwAY0cMAKxHDAC/RwwAAUgMAA9IDABWSAwAYEgMAIa9EQCzSAwA270RABZJDABVSQwAYUkMAKpJDAC3SQwA/0kMAAlKDABUSgwAVkoMAKlKDACzSgwA/koMAAxLDABTSwwAWEsMAKhLDAC1SwwA/UsMAAVMDABSTAwAYkwMAKdMDACpTAwA/EwMAAVNDABRTQwAYk0MAKZNDACwTQwAML4RAAdODABQTgwAZ04MAKVODADATgwAhb4RABNPDABPTwwAVU8MAKRPDACuTwwA2r4RAPtPDABOUAwAX1AMAKNQDACrUAwA+FAMAL9QDADQeAwABFEMAE1RDABTUQwAolEMAKhRDAD3UQwA/FEMAExSDABSUgwAL78RAL1SDAD2UgwA/lIMAC7AEQBZUwwAoFMMALFTDAD1UwwABlQMAEpUDABWVAwAn1QMAKZUDACDwBEABVUMAElVDABaVQwAnlUMAKpVDADzVQwA+lUMANjAEQBKVgwAnVYMAJ5WDADyVgwA+lYMAEdXDABMVwwAnFcMAKVXDADxVwwA+1cMAEZYDABOWAwAm1gMAKBYDADwWAwAAFkMAEVZDABNWQwAmlkMALBZDADvWQwA+1kMAERaDABaWgwAmVoMAJ5aDADuWgwA9FoMAENbDABXWwwALcERAK5bDADtWwwA+1sMAEJcDABPXAwAl1wMAJlcDADsXAwA9lwMAEFdDABNXQwAll0MAJ1dDADrXQwA810MAEBeDABZXgwAlV4MAKleDADqXgwA8l4MAD9fDABBXwwAlF8MAKFfDADpXwwA7l8MAD5gDABIYAwAk2AMAJ5gDADoYAwA9GAMAD1hDABDYQwAkmEMAJphDADnYQwA6GEMADxiDABCYgwAkWIMAJZiDADmYgwA9WIMADtjDABHYwwAkGMMAJNjDADlYwwA6GMMAILBEQA/ZAwAj2QMAKtkDADXwREABGUMADllDABBZQwALMIRAJRlDADjZQwA72UMAIHCEQA+ZgwAjWYMAJlmDADUxBEA5GYMADdnDABBZwwAjGcMAI5nDADhZwwA8mcMADZoDAA+aAwAi2gMAJdoDADgaAwA5mgMADVpDAA7aQwAimkMAI9pDADfaQwA5WkMACnFEQA2agwAiWoMAI9qDADeagwA4WoMADNrDAA/awwAiGsMAJBrDAAoxhEA42sMADJsDAA4bAwAh2wMAIxsDADcbAwA4mwMAH3GEQAzbQwAhm0MAI9tDADbbQwA8m0MADBuDAA7bgwAhW4MAI9uDADabgwA4m4MAHzHEQA8bwwAhG8MAIxvDADZbwwA428MAC5wDAA5cAwAg3AMAIlwDADYcAwA5HAMAC1xDAAvcQwAgnEMAIlxDADXcQwA33EMACxyDAA+cgwA0ccRAL9yDADWcgwA3nIMACtzDABOcwwA0MgRAIJzDADVcwwA4nMMACp0DAAxdAwAf3QMAJB0DADUdAwA4HQMACl1DAAwdQwAfnUMAH91DAAIlgwAhnUMACXJEQDmdQwAKHYMADd2DAB9dgwAiXYMANJ2DADTdgwAJ3cMADF3DAB8dwwAincMANF3DADWdwwAJngMADN4DAB6yREAg3gMAM/JEQDYeAwAJMoRADN5DAB6eQwAiXkMAM95DADveQwAJHoMADB6DAB5egwAgHoMAM56DADWegwAI3sMACV7DAB4ewwAgnsMACPLEQDXewwAInwMACp8DAB4yxEAgXwMAMx8DADUfAwAzcsRAGB9DAB2fQwAfn0MAMt9DADpfQwAIswRAC5+DAB1fgwAfH4MANMeDgCFfgwAyn4MANp+DAAffwwAK38MAHR/DAB6fwwAyX8MAOV/DAAegAwAJoAMAHfMEQCHgAwAyIAMANKADAAdgQwAKYEMAHKBDAB6gQwAzMwRANKBDAAcggwAHoIMAHGCDAB3ggwAxoIMAM6CDAAhzREAHYMMAHCDDABzgwwAxYMMAM2DDAAahAwAKoQMAG+EDABxhAwAxIQMANKEDAAZhQwAKoUMAHbNEQB1hQwAy80RAMmFDAAYhgwAHYYMAG2GDABzhgwAIM4RAMyGDAAXhwwAGYcMAGyHDAB/hwwAwYcMAMmHDAAWiAwAIogMAGuIDABxiAwAwIgMAMaIDAAViQwAGokMAGqJDABwiQwAH88RAMiJDAAUigwAIYoMAGmKDABwigwAvooMAMaKDAB0zxEAH4sMAGiLDAByiwwAvYsMAMmLDAASjAwAIYwMAGeMDABxjAwAvIwMAMiMDAARjQwAGI0MAMnPEQBpjQwAUPYOAGyNDAC7jQwAdY0MAI0PDgDHjQwAEI4MABiODAAe0BEAcY4MALqODADEjgwAD48MABuPDABkjwwAc48MALmPDADDjwwADpAMABqQDABjkAwAapAMAHPQEQDGkAwADZEMANiQDADy/w0AJJEMAGKRDABvkQwAt5EMALmRDAAMkgwAHZIMAGGSDAB9kgwAtpIMAL6SDADI0BEAJJMMAGCTDAB0kwwAtZMMAL2TDAAKlAwADZQMAF+UDABtlAwAtJQMAMuUDAAJlQwAFpUMAF6VDABglQwAs5UMAMSVDAAd0READpYMAF2WDABilgwAspYMAMiWDAAHlwwAFZcMAFyXDABflwwAsZcMAL2XDAAGmAwADJgMAFuYDABnmAwAsJgMANyYDAAFmQwAEZkMAFqZDABpmQwAr5kMALmZDAAEmgwAEpoMAFmaDABemgwArpoMALuaDABy0REABZsMAFibDABmmwwArZsMALqbDAACnAwAFJwMAMfREQBmnAwArJwMALicDAABnQwAGp0MAFadDABYnQwAq50MALqdDAAAngwAIJ4MAFWeDABdngwAqp4MAM2eDAAc0hEABJ8MAFSfDABXnwwAqZ8MALOfDAD+nwwABqAMAFOgDABZoAwAqKAMALSgDAD9oAwADKEMAFKhDABeoQwAp6EMALShDAD8oQwABqIMAFGiDABZogwApqIMALWiDAD7ogwA/aIMAFCjDABhowwApaMMALajDAD6owwAAqQMAE+kDABgpAwApKQMAKakDAD5pAwA/KQMAE6lDABYpQwAo6UMAMelDAD4pQwAFKYMAHHSEQBTpgwAoqYMAKemDAD3pgwABqcMAEynDABYpwwAoacMAKSnDAD2pwwA+acMAEuoDABTqAwAoKgMAK+oDAD1qAwA+qgMAEqpDABgqQwAn6kMAKCpDAD0qQwABaoMAEmqDABVqgwAnqoMAKiqDADzqgwA/6oMAEirDABPqwwAxtIRAKGrDADyqwwAAKwMAEesDABRrAwAnKwMAKesDADxrAwA+awMAEatDABSrQwAm60MAK6tDADwrQwA/q0MAEWuDABPrgwAmq4MAKKuDADvrgwA/q4MAESvDABJrwwAma8MAKCvDADurwwA+q8MABvTEQBPsAwAmLAMAJuwDADtsAwA8LAMAEKxDABcsQwAl7EMAKOxDADssQwA/7EMAEGyDABPsgwAlrIMAKCyDADrsgwADrMMAHDTEQBKswwAlbMMAKGzDADqswwA8bMMAD+0DABHtAwAlLQMAJi0DADptAwA97QMAD61DABItQwAk7UMAJ61DADotQwA8LUMAD22DABMtgwAkrYMAJe2DADntgwA7rYMADy3DABItwwAkbcMAJm3DADF0xEA/LcMAB7TDgD/twwAO7gMAEW4DACQuAwAnLgMAOW4DADouAwAOrkMAES5DACPuQwAkrkMAOS5DAD0uQwAOboMADu6DACOugwAnLoMAOO6DAD0ugwAGtQRAD+7DABv1BEAprsMAOK7DADsuwwAN7wMAEO8DACMvAwAj7wMAOG8DADrvAwAxNQRADu9DACLvQwAq70MAOC9DADovQwAGdURAEO+DACKvgwAoL4MAN++DADrvgwANL8MADu/DACJvwwAkb8MAN6/DADjvwwAM8AMADzADACIwAwAksAMAN3ADADlwAwAMsEMAEDBDACHwQwAlMEMANzBDADkwQwAbtURAEHCDACGwgwAjsIMAMPVEQDiwgwAMMMMADzDDACFwwwAjMMMANrDDADiwwwAL8QMADnEDACExAwAksQMANnEDADvxAwALsUMADrFDACDxQwAiMUMANjFDADhxQwALcYMADfGDACCxgwAisYMANfGDADcxgwALMcMADzHDACBxwwAiccMABjWEQDgxwwAK8gMAC7IDABfkw0AM8gMAG3WEQCOyAwA1cgMAOvIDAAqyQwANskMAH/JDACGyQwA1MkMANzJDAApygwALsoMAH7KDACHygwA08oMAN3KDAAoywwAMMsMAH3LDAB/ywwAHNcMAIvLDADSywwA38sMACfMDAAvzAwAwtYRAIjMDADRzAwA1MwMACbNDAAwzQwAF9cRAInNDADQzQwA5s0MACXODAAxzgwAes4MAIHODADPzgwA184MACTPDAApzwwAec8MAILPDADOzwwA2M8MACPQDAAr0AwAeNAMAHrQDADN0AwA3dAMACLRDAAs0QwAd9EMAIPRDADM0QwA0tEMAMHXEQAv0gwAdtIMAIzSDADL0gwA19IMACDTDAAl0wwAddMMAH7TDADK0wwA1NMMAB/UDAAn1AwAdNQMAJbUDAAW2BEA2NQMAB7VDAAq1QwAc9UMAHTVDADI1QwA0tUMAB3WDAAr1gwActYMAHfWDADH1gwA1NYMAGvYEQAs1wwAcdcMAHvXDADG1wwA0tcMABvYDAAh2AwAcNgMAHjYDABq2REAytgMABrZDAAi2QwAb9kMAHvZDABl4wwAiNkMAMTZDADQ2QwAGdoMACHaDAC/2REAe9oMAMPaDADL2gwAGNsMACbbDABt2wwAetsMAMLbDADF2wwAF9wMACHcDABs3AwAbtwMAMHcDADO3AwAFt0MACXdDABr3QwAd90MAMDdDADI3QwAFNoRACXeDABq3gwAct4MAL/eDADL3gwAFN8MABrfDABp3wwAb98MAL7fDADD3wwAE+AMABngDABp2hEAdeAMAL3gDADC4AwAEuEMABzhDABn4QwAb+EMALzhDADI4QwAEeIMACTiDABm4gwAdOIMALviDAC+4gwAEOMMABrjDAC+2hEAeOMMALrjDADI4wwAD+QMABLkDABk5AwAbuQMABPbEQC+5AwADuUMAMfkDACaAw0AFuUMAGPlDABv5QwAuOUMAL7lDAAN5gwAy+UMAEcBDQAT5gwAYuYMAGfmDAC35gwAveYMAGjbEQAS5wwAYecMAGbnDAC25wwAvOcMAL3bEQAZ6AwAYOgMAHvoDAC16AwAwegMAArpDAAR6QwAEtwRAGjpDAC06QwAwekMAAnqDAAV6gwAXuoMAHHqDACz6gwAtOoMAAjrDAAU6wwAXesMAGzrDACy6wwAvOsMAAfsDAAT7AwAXOwMAGPsDABn3BEAt+wMAAbtDAAM7QwAW+0MAGDtDACw7QwAtu0MABHdEQAO7gwAWu4MAGfuDACv7gwAs+4MAATvDAAG7wwAWe8MAGbvDACu7wwAuO8MAGbdEQAK8AwAWPAMAGDwDACt8AwAufAMAALxDAAV8QwAV/EMAGbxDACs8QwAuPEMAAHyDAAC8gwAVvIMAGDyDACr8gwAufIMAADzDAAF8wwAVfMMAGLzDAC73REAtvMMAP/zDAAF9AwAVPQMAFr0DACp9AwArvQMAP70DAAE9QwAEN4RAFj1DACo9QwAsvUMALreEQAF9gwAUvYMAF/2DACn9gwArPYMAPz2DAAG9wwAUfcMAFn3DACm9wwAsvcMAPv3DAAO+AwAUPgMAFH4DACl+AwAsfgMAPr4DAAJ+QwAT/kMAFn5DACk+QwArPkMAPn5DAD7+QwAD98RAFf6DACj+gwAsvoMAPj6DAAH+wwATfsMAFn7DACi+wwApfsMAPf7DAD6+wwAZN8RAE78DACh/AwApPwMAPb8DAD+/AwAS/0MAFj9DACg/QwApf0MAPX9DAD//QwASv4MAFL+DACf/gwAq/4MAPT+DAAH/wwASf8MAEr/DACe/wwAqv8MAPP/DAACAA0ASAANAFIADQCdAA0AqQANAPIADQD5AA0Aud8RAFYBDQCcAQ0AqAENAPEBDQDyAQ0ARgINAFACDQCbAg0AqQINAPACDQD1Ag0ARQMNAFIDDQAO4BEAqwMNAGPgEQD8Aw0ARAQNAFIEDQCZBA0AqgQNAO4EDQAQBQ0AuOARAFAFDQCYBQ0ApgUNAO0FDQD+BQ0AQgYNAGQGDQAN4REAnQYNAOwGDQDyBg0AQQcNAEkHDQCWBw0ApgcNAOsHDQDtBw0AQAgNAFEIDQCVCA0AmAgNAOoIDQD2CA0AYuERAEQJDQCUCQ0ARQkNAAhADQCcCQ0A6QkNAOoJDQA6Dg0A7AkNADkPDQDuCQ0AOw0NAO8JDQCNEA0A8AkNADwMDQD4CQ0APgoNAAIKDQCKEw0AQwoNAJMKDQCgCg0A6AoNAPUKDQA9Cw0ASQsNAJILDQChCw0A5wsNAPELDQC34REASgwNAJEMDQCTDA0A5gwNAPcMDQAM4hEAPA0NAJANDQCcDQ0A5Q0NAPINDQBh4hEASA4NAI8ODQCcDg0A5A4NAPsODQC24hEAQg8NAOERDQBDDw0Ajg8NAJAPDQDjDw0A6Q8NADgQDQBCEA0AC+MRAJkQDQDiEA0A5BANADcRDQBGEQ0AjBENAJcRDQBg4xEA8BENADYSDQBFEg0AixINAJcSDQDgEg0A7BINADUTDQA8Ew0AteMRAJYTDQDfEw0A5xMNAArkEQBNFA0AiRQNAJoUDQDeFA0A6hQNAF/kEQA6FQ0AiBUNAJAVDQDdFQ0A3hUNADIWDQA4Fg0AhxYNAIwWDQDcFg0A3RYNADEXDQA9Fw0AhhcNAIwXDQDbFw0A5RcNADAYDQA+GA0AgB0NAEQYDQCFGA0AjRgNALTkEQDqGA0ALxkNADcZDQCEGQ0AjRkNANkZDQCRGQ0AgRwNAOYZDQAuGg0ANRoNAIMaDQCPGg0A2BoNAOgaDQAtGw0AOxsNAIIbDQCPGw0A1xsNAOMbDQAsHA0AMxwNAAnlEQCKHA0A1hwNAOccDQArHQ0APB0NAF7lEQCMHQ0A1R0NANgdDQAqHg0AMh4NAH8eDQCEHg0A1B4NAOQeDQApHw0AMR8NAH4fDQCHHw0A0x8NAIsfDQB7Ig0A4B8NACggDQAvIA0AfSANAIkgDQDSIA0A4iANACchDQA1IQ0AfCENAIkhDQDRIQ0A3SENACYiDQAtIg0As+URAIQiDQDQIg0A4SINACUjDQA2Iw0ACOYRAH8jDQDPIw0A3CMNACQkDQAwJA0AeSQNAIMkDQDOJA0A4iQNACMlDQAkJQ0AeCUNAIQlDQDNJQ0A7CUNACImDQAqJg0AdyYNAHwmDQDMJg0A5SYNACEnDQBNJw0AdicNAIInDQDLJw0A2icNACAoDQAqKA0AdSgNAH0oDQDKKA0A1SgNAB8pDQAhKQ0AdCkNAHcpDQDJKQ0A0SkNAB4qDQArKg0AcyoNAHgqDQDIKg0A0CoNAB0rDQAfKw0AcisNAHwrDQDHKw0A0SsNABwsDQAiLA0AcSwNAH8sDQDGLA0A3ywNABstDQAkLQ0AcC0NAHotDQDFLQ0A0S0NAF3mEQAmLg0Aby4NAHkuDQDELg0Azy4NABkvDQAeLw0Abi8NAHUvDQDDLw0Ayy8NABgwDQBFMA0AsuYRAHQwDQDCMA0AyjANABcxDQBEMQ0AbDENAHExDQDBMQ0AwjENABYyDQAgMg0AazINAHkyDQDAMg0AxTINABUzDQAiMw0AajMNAIYzDQC/Mw0A2zMNAAfnEQAhNA0AaTQNAG00DQC+NA0AxDQNABM1DQAVNQ0AaDUNAGk1DQC9NQ0A4DUNABI2DQA2Ng0AZzYNAJQ2DQC8Ng0AxDYNABE3DQAWNw0AZjcNAHM3DQC7Nw0AwzcNABA4DQASOA0AZTgNAG04DQC6OA0A5zgNAA85DQAcOQ0AZDkNAGk5DQC5OQ0AxjkNAA46DQAaOg0AYzoNAJA6DQC4Og0AwDoNAA07DQAoOw0AYjsNAGQ7DQC3Ow0AyDsNAAw8DQAVPA0AYTwNAG08DQBc5xEAwzwNAAs9DQAmPQ0AYD0NAGU9DQC1PQ0A1T0NAAo+DQAWPg0AXz4NAGc+DQCx5xEAwj4NAAk/DQATPw0AXj8NAGk/DQCzPw0Auz8NAFvoEQARQA0AXUANAGdADQCyQA0AvUANAAdBDQAbQQ0AXEENAHFBDQCxQQ0AuUENAAZCDQAdQg0AW0INAGBCDQCwQg0AukINAAVDDQANQw0AsOgRAFxDDQCvQw0AwEMNAAREDQAHRA0AWUQNAGVEDQAF6REAvEQNAANFDQAURQ0AWukRAFtFDQCtRQ0AsEUNAAJGDQAORg0AV0YNAF1GDQCsRg0AtkYNAK/pEQAORw0AVkcNAG1HDQCrRw0As0cNAATqEQAQSA0AVUgNAGFIDQCqSA0AsEgNAP9IDQALSQ0AVEkNAA1JDQA2ug8AYUkNAKlJDQC4SQ0A/kkNAApKDQBTSg0AW0oNAFnqEQCwSg0A/UoNAP9KDQBSSw0AYUsNAKdLDQCxSw0A/EsNAAVMDQBRTA0AU0wNAKZMDQC3TA0A+0wNABBNDQBQTQ0AWE0NAKVNDQDlTQ0A+k0NAAJODQBPTg0AW04NAKRODQC3Tg0A+U4NAPpODQBOTw0AWk8NAKNPDQCyTw0A+E8NAAJQDQBNUA0AWVANAKJQDQCpUA0AA+sRABNRDQBY6xEAT1ENAKFRDQCpUQ0A9lENAANSDQBLUg0AUFINAKBSDQCqUg0A9VINAP1SDQBKUw0AVFMNAJtXDQBaUw0AmVkNAHdTDQCfUw0AqVMNAPRTDQCvUw0AnVUNAPpTDQBJVA0AUlQNAJ5UDQCqVA0A81QNACBVDQBIVQ0AZFUNAALsEQCfVQ0A8lUNAANWDQBHVg0ASlYNAJxWDQCoVg0A8VYNAB5XDQBGVw0AYlcNAFfsEQChVw0A8FcNAPlXDQBFWA0AT1gNAJpYDQClWA0A71gNAANZDQBEWQ0AYFkNAKzsEQCbWQ0A7lkNAP9ZDQBDWg0ARloNAJhaDQCsWg0A7VoNAAlbDQAB7REASlsNAFbtEQCfWw0Aq+0RAPhbDQBBXA0AR1wNAJZcDQCcXA0A61wNAPBcDQBAXQ0ARl0NAADuEQCfXQ0A6l0NAPJdDQCq7hEARV4NAJReDQCcXg0A6V4NAPZeDQA+Xw0ASl8NAJNfDQCVXw0A6F8NAO5fDQA9YA0ARWANAJJgDQCkYA0A/+4RAPRgDQA8YQ0AQ2ENAJFhDQCZYQ0A5mENAOthDQA7Yg0AS2INAJBiDQCYYg0A5WINAPNiDQA6Yw0AR2MNAI9jDQCQYw0A5GMNAO1jDQA5ZA0AQ2QNAFTvEQCTZA0A42QNAO9kDQA4ZQ0AO2UNAI1lDQCVZQ0A4mUNAO9lDQA3Zg0APGYNAIxmDQCWZg0A4WYNAOlmDQA2Zw0AQmcNAItnDQCeZw0A4GcNAO5nDQA1aA0AOGgNAIpoDQCUaA0Aqe8RAPpoDQA0aQ0ANmkNAIlpDQCXaQ0A3mkNAO9pDQAzag0ANWoNAIhqDQChag0A3WoNAO5qDQAyaw0APmsNAP7vEQCQaw0A3GsNAOlrDQAxbA0AO2wNAIZsDQCUbA0A22wNAPFsDQAwbQ0APG0NAIVtDQCRbQ0A2m0NAO1tDQAvbg0APm4NAIRuDQCQbg0A2W4NANpuDQAubw0AOG8NAINvDQCRbw0A2G8NAN1vDQAtcA0AOnANAFPwEQCQcA0A13ANAO1wDQAscQ0AOHENAIFxDQCIcQ0A1nENAN5xDQArcg0AMHINAIByDQCJcg0A1XINAN9yDQAqcw0AMnMNAH9zDQCDcw0A1HMNANZzDQApdA0AN3QNAH50DQCIdA0A03QNAOF0DQAodQ0ANXUNAH11DQCUdQ0A0nUNANp1DQAndg0AN3YNAHx2DQCBdg0A0XYNANd2DQAmdw0ALncNAHt3DQCAdw0A0HcNANF3DQAleA0AMXgNAHp4DQCAeA0Az3gNANF4DQAkeQ0ALnkNAHl5DQCHeQ0AznkNANN5DQAjeg0AMHoNAFLxEQB+eg0AzXoNANJ6DQAiew0AKHsNAKfxEQB8ew0AzHsNANl7DQAhfA0ALnwNAHZ8DQCCfA0Ay3wNANp8DQAgfQ0AKn0NAHV9DQCDfQ0Ayn0NAM99DQAffg0ALH4NAHR+DQB8fg0ApvIRANV+DQAefw0ALn8NAHN/DQB8fw0AyH8NAMt/DQAdgA0AKYANAHKADQB5gA0A+/IRAMyADQAcgQ0AKYENAHGBDQB+gQ0AxoENANKBDQAbgg0AKoINAHCCDQB6gg0AxYINANOCDQAagw0AH4MNAG+DDQB8gw0AxIMNAMyDDQBQ8xEAJYQNAG6EDQB+hA0Aw4QNAMyEDQAYhQ0AG4UNAG2FDQB5hQ0AwoUNAMmFDQCl8xEAHIYNAGyGDQB1hg0Ah2gQAHmGDQDBhg0AzoYNABaHDQAihw0Aa4cNAHqHDQDAhw0AyocNABWIDQAjiA0AaogNAG+IDQC/iA0AzIgNABSJDQAciQ0A+vMRAHWJDQC+iQ0AzokNABOKDQAcig0AaIoNAGuKDQC9ig0AyYoNABKLDQAZiw0AT/QRAH6LDQC8iw0AwosNABGMDQAdjA0AZowNAH2MDQC7jA0AvYwNABCNDQAajQ0AZY0NAHGNDQC6jQ0Axo0NAA+ODQAVjg0AZI4NAGqODQC5jg0Avo4NAA6PDQAUjw0ApPQRAGaPDQCzkg8Abo8NALiPDQC5jw0ADZANABeQDQBikA0AjZANAPn0EQC6kA0ADJENABaRDQBO9REAapENALaRDQDMkQ0AC5INACGSDQBgkg0AYpINALWSDQC7kg0ACpMNAB6TDQD49REAZ5MNALSTDQB7kw0Ank8SALqTDQBMpQ4AxJMNAAmUDQDNkw0A6gYPAAuUDQBelA0AbJQNALOUDQDElA0ATfYRAA+VDQCi9hEAZpUNAG2EDgBplQ0AspUNALWVDQAHlg0AEJYNAFyWDQBtlg0AsZYNALuWDQAGlw0ADpcNAFuXDQAilw0AydIOAF6XDQCwlw0AuZcNAAWYDQAbmA0AWpgNAHCYDQCvmA0AsZgNAASZDQAKmQ0AWZkNAG2ZDQD39hEA1pkNAAOaDQArmg0ATPcRAF6aDQArcQ4AZJoNAAGcDQBlmg0A1HIOAGeaDQDVcQ4AaJoNAK2aDQCvmg0AApsNABCbDQBXmw0AaJsNAKH3EQC0mw0A9vcRAAecDQBWnA0AXJwNAKucDQCwnA0AAJ0NAAadDQBL+BEAYZ0NAKqdDQCynQ0A9fgRAAueDQBUng0AXp4NAKmeDQCyng0A/p4NAP+eDQBTnw0AW58NAKifDQCtnw0A/Z8NAA2gDQCf+REAXqANAKegDQCpoA0A/KANAAKhDQBRoQ0AWKENAKahDQCroQ0A+6ENAP+hDQBQog0AXaINAKWiDQCtog0A+qINAP+iDQBPow0AX6MNAPT5EQC1ow0A+aMNAAWkDQBOpA0AXaQNAKOkDQCtpA0A+KQNAAalDQBNpQ0AWqUNAKKlDQC5pQ0ASfoRAPqlDQDz+hEAT6YNAKGmDQBTpg0A4gsSAKmmDQD2pg0AHqcNAEunDQBzpw0AoKcNAMinDQBI+xEA/qcNAEqoDQBLqA0An6gNAK6oDQD0qA0AtagNAJ2qDQAFqQ0ASakNAEupDQCeqQ0AoakNAPOpDQD2qQ0ASKoNAFCqDQBH/BEAoqoNAPKqDQD5qg0AR6sNAFCrDQCcqw0ArasNAPGrDQD9qw0ARqwNAE6sDQCc/BEAoawNAPCsDQD3rA0ARa0NAEqtDQCarQ0Anq0NAO+tDQD8rQ0ARK4NAFOuDQCZrg0Aqq4NAO6uDQDwrg0AQ68NAEavDQCYrw0Am68NAO2vDQD1rw0A8fwRAEewDQD99A0ATbANAPufDwBOsA0Al7ANAJqwDQDssA0A9rANAEb9EQBKsQ0AlrENAKWxDQDrsQ0A+rENAECyDQBMsg0AlbINAJiyDQDqsg0A7bINAJv9EQBCsw0AlLMNALyzDQDw/REA8bMNAEX+EQBGtA0Amv4RAJu0DQDv/hEA7bQNAD21DQBKtQ0AkrUNAJW1DQDntQ0A7LUNADy2DQBNtg0AkbYNAJ22DQBE/xEA67YNADu3DQBMtw0AkLcNAJy3DQDltw0A/7cNADq4DQA+uA0AOLoNAEG4DQCLvA0ARLgNAN+9DQBGuA0AN7sNAEi4DQA5uQ0AS7gNAI+4DQCUuA0A5LgNAPu4DQCZ/xEARrkNAI65DQCeuQ0A47kNAOi5DQDu/xEAOroNAI26DQCTug0A4roNAO+6DQBDABIAPbsNAIy7DQCSuw0A4bsNAOa7DQA2vA0APLwNAJgAEgCXvA0A4LwNAPm8DQA1vQ0APr0NAIq9DQChvQ0A7QASAOW9DQA0vg0ANr4NAIm+DQCYvg0A3r4NAOq+DQBCARIANb8NAIi/DQCZvw0A3b8NAOu/DQAywA0AOcANAIfADQCJwA0A3MANAObADQAxwQ0AP8ENAIbBDQCLwQ0A28ENAOjBDQAwwg0AOMINAIXCDQCJwg0A2sINANzCDQAvww0ANcMNAITDDQCRww0AlwESAObDDQAuxA0ARcQNAIPEDQCfxA0A7AESAOTEDQAtxQ0ALsUNAILFDQCIxQ0A18UNAOPFDQAsxg0AO8YNAIHGDQCDxg0A1sYNAODGDQArxw0AOccNAIDHDQCFxw0A1ccNAOLHDQAqyA0AMsgNAH/IDQCDyA0A1MgNANbIDQApyQ0AL8kNAH7JDQCLyQ0AQQISAODJDQAoyg0AP8oNAH3KDQCZyg0AlgISANvKDQAnyw0ANcsNAHzLDQCGyw0A0csNAN3LDQAmzA0AKcwNAHvMDQCXzA0A0MwNANjMDQDrAhIAMc0NAHrNDQB9zQ0Az80NANnNDQDqAxIALc4NAHnODQCHzg0Azs4NANjODQAjzw0AL88NAHjPDQCAzw0AlAQSAM/PDQAi0A0AMNANAHfQDQCI0A0A6QQSANPQDQA+BRIAJtENAHbRDQB+0Q0Ay9ENANHRDQAg0g0AKdINAHXSDQCC0g0A6AUSAM/SDQAf0w0A1tINAMjUDQAo0w0AdNMNAH7TDQDJ0w0A0dMNAB7UDQBi1A0Ac9QNAHvUDQA9BhIAztQNAB3VDQAj1Q0ActUNAHrVDQDH1Q0AC9YNABzWDQAk1g0AkgYSAHnWDQDnBhIAz9YNABvXDQAp1w0AcNcNAHrXDQDF1w0A0dcNABrYDQAd2A0Ab9gNAHfYDQCRBxIA0NgNABnZDQAc2Q0AbtkNAHjZDQDmBxIAy9kNADsIEgAm2g0AbdoNAH7aDQDC2g0AztoNABfbDQAa2w0AkAgSALLbDQDB2w0AB9wNAOUIEgAm3A0Aa9wNAG3cDQDA3A0AztwNABXdDQAm3Q0AOgkSAIbdDQC/3Q0Ax90NAI8JEgAa3g0A9VEOACfeDQBp3g0AeN4NAL7eDQDK3g0AE98NABTfDQBo3w0Act8NAL3fDQDL3w0AEuANABfgDQBn4A0AdOANAOQJEgDK4A0AEeENAB7hDQBm4Q0AbuENADkKEgDH4Q0AEOINADziDQBl4g0AceINALriDQDJ4g0AD+MNABnjDQBk4w0AcuMNALnjDQC+4w0ADuQNABvkDQBj5A0Aa+QNALjkDQDG5A0ADeUNABrlDQBi5Q0AauUNAI4KEgC55Q0AlgUPAMXlDQAM5g0AFuYNAGHmDQBt5g0AtuYNAL3mDQAL5w0AE+cNAGDnDQBk5w0AtecNAMPnDQAK6A0AFOgNAF/oDQBq6A0AtOgNALzoDQAJ6Q0AC+kNAF7pDQBm6Q0As+kNAMDpDQAI6g0ADeoNAF3qDQBq6g0AsuoNANDqDQAH6w0AOOsNAFzrDQBo6w0AsesNALfrDQAG7A0AC+wNAFvsDQBj7A0AsOwNALzsDQAF7Q0AGO0NAFrtDQBo7Q0Ar+0NALntDQAE7g0ADO4NAFnuDQBo7g0Aru4NALPuDQAD7w0ACu8NAFjvDQBk7w0Are8NAMnvDQAC8A0ACvANAOMKEgBZ8A0ArPANALrwDQAB8Q0ADvENAFbxDQBk8Q0Aq/ENALjxDQAA8g0AF/INAFXyDQBd8g0AqvINALjyDQD/8g0ADPMNAFTzDQBc8w0AjQsSALfzDQD+8w0A//MNADcMEgBf9A0AqPQNAK/0DQCMDBIABPUNAFL1DQBX9Q0A4QwSAK/1DQA2DRIABPYNAFH2DQBE9g0AtzgQAFL2DQBRSw4AVPYNAE9NDgBa9g0ApvYNAFv2DQD9SQ4AYfYNAFBMDgBv9g0AHdMPALP2DQD79g0ABvcNAFD3DQBS9w0ApfcNALL3DQD69w0AAfgNAE/4DQBg+A0ApPgNALD4DQD5+A0AAPkNAE75DQBW+Q0Aiw0SAKn5DQD4+Q0A/vkNAE36DQBS+g0AovoNAKj6DQDgDRIAA/sNAEz7DQBW+w0AofsNAKX7DQD2+w0AAvwNAEv8DQBX/A0AoPwNAK38DQD1/A0A/fwNAEr9DQBU/Q0An/0NAKv9DQD0/Q0A9/0NAEn+DQBT/g0Aig4SAKD+DQDz/g0A9v4NAEj/DQBL/w0ANA8SAKX/DQCJDxIAAAAOAEcADgBIAA4A3g8SAKQADgAzEBIA9gAOAEYBDgBNAQ4AmwEOAKABDgCIEBIA+AEOAN0QEgBNAg4AmgIOAKQCDgDvAg4A+gIOAEQDDgBSAw4AmQMOAJwDDgDuAw4A9gMOAEMEDgBNBA4AmAQOAKQEDgDtBA4A8AQOAEIFDgBMBQ4AMhESAKUFDgDsBQ4AAgYOAEEGDgBNBg4AlgYOAJ0GDgDrBg4A8wYOAEAHDgBFBw4AlQcOAJ4HDgDqBw4A9AcOAD8IDgBHCA4AlAgOAJYIDgDpCA4A+QgOAD4JDgBICQ4AkwkOAJ8JDgDoCQ4A7gkOAD0KDgBFCg4A3BESAKAKDgDnCg4A6AoOADESEgBBCw4AhhISAJMLDgDmCw4A5wsOADsMDgA+DA4AkAwOAJsMDgDlDA4A6gwOADoNDgBEDQ4A2xISALMNDgDkDQ4A7A0OADATEgA7Dg4Ajg4OAJ8ODgDjDg4A9A4OADgPDgA7Dw4AhRMSAJMPDgDiDw4A5w8OADcQDgA6EA4AjBAOAI8QDgDhEA4A6RAOANoTEgBEEQ4AixEOAI4RDgDgEQ4A6xEOADUSDgBBEg4AihIOAJESDgDfEg4A5xIOADQTDgBCEw4AiRMOAJYTDgDeEw4A5hMOAC8UEgA/FA4AiBQOAIsUDgDdFA4A5xQOADIVDgA6FQ4AhBQSAJMVDgDcFQ4A4hUOADEWDgA7Fg4AhhYOAJoWDgDbFg4A4xYOANkUEgA9Fw4AhRcOAI0XDgDaFw4A3RcOAC8YDgA7GA4AhBgOAI4YDgDZGA4A4hgOAC4ZDgAvGQ4AgxkOAJsZDgDYGQ4A2hkOAC0aDgA+Gg4AghoOAJMaDgDXGg4A3xoOACwbDgA7Gw4AgRsOAIMbDgDWGw4A5xsOACscDgA8HA4AgBwOAJkcDgDVHA4A1xwOACodDgA5HQ4Afx0OAJ8dDgCDFRIA1h0OACkeDgBJHg4Afh4OAJIeDgDXFhIA2x4OACgfDgA1Hw4AfR8OAIIfDgDSHw4A3B8OACcgDgAvIA4AfCAOAIIgDgDRIA4A2iAOACYhDgAzIQ4ALBcSAIchDgDQIQ4A1iEOACUiDgArIg4AeiIOAIMiDgDPIg4A0CIOACQjDgAuIw4AeSMOAIUjDgDOIw4A1SMOAIEXEgArJA4A1hcSAIAkDgArGBIA1SQOAIAYEgAuJQ4AdyUOAIclDgDMJQ4A0SUOACEmDgAnJg4AdiYOAIImDgDLJg4A0yYOANUYEgAxJw4AdScOAIYnDgDKJw4A3CcOAB8oDgAnKA4AdCgOAH8oDgDJKA4AzigOAB4pDgAjKQ4AcykOAJMpDgAqGRIA2CkOAB0qDgAnKg4AcioOAH4qDgDHKg4AzSoOABwrDgAkKw4AcSsOAHMrDgDGKw4AfSsOAGsxDgDXKw4AGywOACwsDgBwLA4AgiwOAMUsDgDNLA4AGi0OACUtDgBvLQ4AdC0OAMQtDgDJLQ4AGS4OADkuDgB/GRIAcC4OAMMuDgDSLg4AGC8OACMvDgBtLw4Afy8OAMIvDgDKLw4AFzAOACIwDgBsMA4AcTAOAMEwDgDGMA4AFjEOADYxDgDUGRIAbTEOAMAxDgDPMQ4AFTIOACAyDgBqMg4AfDIOAL8yDgDHMg4AFDMOAB8zDgBpMw4AbjMOAL4zDgDDMw4AEzQOADM0DgApGhIAdTQOAL00DgDUNA4AfhoSAB81DgBnNQ4AfjUOANMaEgDJNQ4AETYOABg2DgBmNg4AdDYOALs2DgDINg4AEDcOACc3DgAoGxIAbTcOAH0bEgC8Nw4ADzgOAB04DgBkOA4AdTgOANIbEgDGOA4ADjkOACU5DgAnHBIAbTkOALg5DgDEOQ4ADToOABA6DgBiOg4AbDoOAHwcEgDTOg4A0RwSABQ7DgAmHRIAaTsOALY7DgC3Ow4AXT8OALk7DgBfPQ4AvTsOAFZGDgDAOw4ACzwOAMU7DgBbQQ4AxjsOAFxADgAQPA4ArEUOABc8DgBgPA4AYzwOALU8DgC/PA4Aex0SABI9DgDQHRIAaD0OALQ9DgB/PQ4AWEQOAMI9DgAJPg4AEz4OAF4+DgBqPg4Asz4OALY+DgAIPw4AED8OACUeEgBfPw4Asj8OALU/DgAHQA4ACkAOAHoeEgBeQA4AsUAOAL9ADgAGQQ4AF0EOACQfEgBdQQ4AsEEOAL1BDgAFQg4AFEIOAFpCDgBmQg4Ar0IOAMBCDgAEQw4AFUMOAFlDDgBlQw4ArkMOALVDDgADRA4AC0QOAM4fEgBmRA4ArUQOAK5EDgAjIBIADkUOAFdFDgBeRQ4AeCASALNFDgABRg4ABkYOACIhEgBfRg4Aq0YOALFGDgAARw4AAkcOAFVHDgBfRw4AqkcOALhHDgD/Rw4ABEgOAFRIDgBhSA4AqUgOAMFIDgD+SA4AFEkOAFNJDgBWSQ4AqEkOALBJDgDMIRIACUoOAFJKDgBVSg4Ap0oOALFKDgAhIhIABEsOAHYiEgBTSw4ApksOAKlLDgD7Sw4A/ksOAMsiEgBSTA4ApUwOALNMDgD6TA4AC00OAHUjEgBYTQ4ApE0OALJNDgD5TQ4AvU0OAJv/DwADTg4ATk4OAFpODgCjTg4Apk4OAPhODgAATw4AHyQSAGdPDgB0JBIAvE8OAPdPDgARUA4AySQSAFFQDgBIVA4AWlAOAPJUDgBcUA4AoVAOAKNQDgD2UA4ABFEOAEtRDgBcUQ4AHiUSAKdRDgBzJRIA+1EOAEpSDgBPUg4An1IOAKVSDgDIJRIA+lIOAElTDgBOUw4AnlMOALRTDgDzUw4A+1MOAHImEgBoVA4AnVQOAKVUDgDHJhIACVUOAEdVDgBUVQ4AnFUOAKFVDgDxVQ4A91UOAEZWDgBSVg4Am1YOAKJWDgDwVg4A+FYOAEVXDgBoVw4AcScSAKdXDgDvVw4A/lcOAERYDgBGWA4AmVgOAKJYDgDuWA4ABVkOAENZDgBOWQ4AmFkOAKJZDgDtWQ4A9VkOABsoEgBIWg4Al1oOAJ1aDgDsWg4A8VoOAEFbDgBHWw4AcCgSALhbDgDrWw4A81sOABopEgBJXA4AlVwOAJZcDgDqXA4A8lwOAD9dDgBKXQ4AlF0OAJldDgDpXQ4A7l0OAD5eDgBeXg4AbykSAJleDgDoXg4A714OAD1fDgBCXw4Akl8OAJZfDgDnXw4A9F8OADxgDgBEYA4AkWAOAJxgDgDmYA4A62AOADthDgBAYQ4AkGEOALBhDgDEKRIA9GEOADpiDgBFYg4Aj2IOAJdiDgDkYg4A52IOADljDgDuYg4ANmYOAEVjDgCOYw4AmGMOAONjDgDsYw4AOGQOADlkDgCNZA4AlWQOAOJkDgDtZA4AN2UOADxlDgCMZQ4AkWUOAOFlDgABZg4AGSoSAEJmDgCLZg4AjWYOAOBmDgDmZg4ANWcOADxnDgCKZw4Aj2cOAN9nDgDjZw4ANGgOAEFoDgCJaA4AkWgOAN5oDgDpaA4AM2kOADhpDgCIaQ4AjWkOAN1pDgD9aQ4AbioSADpqDgDDKhIAkWoOANxqDgDlag4AMWsOADdrDgCGaw4AkmsOANtrDgD5aw4AMGwOADFsDgCFbA4Ah2wOANpsDgDnbA4AL20OAD1tDgCEbQ4Ak20OANltDgD1bQ4ALm4OADZuDgBtKxIAlm4OANhuDgDZbg4ALW8OADlvDgCCbw4AkW8OANdvDgDhbw4ALHAOADhwDgCBcA4AiHAOAMIrEgDecA4AFywSADRxDgCAcQ4AjXEOAGwsEgDacQ4AKnIOADdyDgB/cg4AiXIOAMEsEgDWcg4AKXMOAD9zDgB+cw4AinMOABYtEgDbcw4ATaMPAPFzDgAodA4AMHQOAFfvDgBGdA4AfXQOAIV0DgDSdA4An3QOACnHDwDTdA4Ae3YOANV0DgDPdw4A3nQOAH7HDwDidA4AJ3UOACl1DgB8dQ4AinUOANF1DgDidQ4Aay0SAC52DgDALRIAfXYOANB2DgDTdg4AJXcOACh3DgAVLhIAgncOAGouEgDZdw4Ad88OAO93DgAkeA4AMngOAHl4DgB6eA4Avy4SANZ4DgAULxIARnkOAGkvEgCFeQ4AzXkOANt5DgAieg4ALHoOAHd6DgB/eg4AzHoOAM16DgDHfw4A53oOAHR9DgD4eg4AIXsOACp7DgB2ew4Ad3sOAMt7DgDZew4AIHwOACp8DgB1fA4AgXwOAMp8DgDQfA4AH30OADt9DgC+LxIAgn0OAMl9DgDWfQ4AHn4OACh+DgBzfg4AdX4OAMh+DgDffg4AHX8OACl/DgByfw4Ajn8OABMwEgDYfw4AHIAOAB6ADgBxgA4Ae4AOAMaADgDWgA4AG4EOACCBDgBwgQ4AdoEOAMWBDgDbgQ4AGoIOACKCDgBvgg4AcoIOAMSCDgDNgg4AGYMOACeDDgBugw4AeIMOAMODDgDPgw4AGIQOADSEDgBoMBIAeoQOAMKEDgDKhA4AF4UOABqFDgBp3Q4AJ4UOAGyFDgBuhQ4AatwOAHqFDgDBhQ4AzoUOABaGDgAkhg4Aa4YOAG6GDgDAhg4Ay4YOABWHDgAhhw4AaocOAHGHDgC/hw4Ax4cOABSIDgAWiA4AaYgOAHmIDgC+iA4AyIgOABOJDgAfiQ4AaIkOAG6JDgC9iQ4AxYkOAL0wEgAUig4AZ4oOAHWKDgC8ig4AyYoOABGLDgAdiw4AZosOAGyLDgC7iw4AvosOABCMDgAYjA4AZYwOAGeMDgBgkQ4AaIwOAA6ODgB1jA4AuowOALyMDgAGlg4Av4wOAA+NDgAYjQ4AZI0OAHGNDgC5jQ4AwI0OABIxEgAXjg4AXpMOABiODgC3jw4ALo4OAGOODgBxjg4AuI4OALmODgBnMRIAGY8OAGKPDgBpjw4AvDESALmPDgAMkA4AEpAOAGGQDgBrkA4AtpAOAMKQDgALkQ4AEpEOABEyEgB5kQ4AtZEOALqRDgAKkg4AEJIOAF+SDgBpkg4AtJIOAMCSDgAJkw4AEJMOAGYyEgBtkw4As5MOAMKTDgAIlA4AFJQOAF2UDgBglA4AspQOALWUDgAHlQ4AF5UOAFyVDgBllQ4AsZUOAMKVDgC7MhIAFJYOAFuWDgBslg4AEDMSALeWDgBlMxIADZcOAFqXDgBclw4AVZwOAF2XDgADmQ4AapcOAK+XDgCxlw4A+6AOALSXDgAEmA4ADZgOAFmYDgBmmA4ArpgOALWYDgC6MxIADJkOAFOeDgANmQ4ArJoOACOZDgBYmQ4AZpkOAK2ZDgCumQ4ADzQSAA6aDgBXmg4AXpoOAGQ0EgCumg4AAZsOAAebDgBWmw4AYJsOAKubDgC3mw4AAJwOAAecDgC5NBIAbpwOAKqcDgCvnA4A/5wOAAWdDgBUnQ4AXp0OAKmdDgC1nQ4A/p0OAAWeDgAONRIAYp4OAKieDgC3ng4A/Z4OAAmfDgBSnw4AVZ8OAKefDgCqnw4A/J8OAAygDgBRoA4AWqAOAKagDgC3oA4AYzUSAAmhDgBQoQ4AYaEOALg1EgCsoQ4ADTYSAAKiDgBPog4AeKIOAKSiDgCsog4A+aIOAAmjDgBOow4AUKMOAKOjDgCxow4A+KMOAAmkDgBiNhIAU6QOAKKkDgCupA4AtzYSACWlDgBhNxIAVaUOAKGlDgCupQ4A9qUOABKmDgBLpg4AU6YOALY3EgCxpg4A9aYOAPemDgBKpw4AS6cOAJ+nDgCipw4A9KcOAACoDgBJqA4AUKgOAJ6oDgC6qA4A86gOAPuoDgBgOBIAVakOAJ2pDgCtqQ4A8qkOAPepDgBHqg4AcqoOALU4EgCiqg4ACjkSAPmqDgBGqw4AR6sOAJK0DgBMqw4AR1MQAFCrDgCbqw4AUqsOAOyvDgBWqw4AQ64OAGSrDgDktw4AoKsOAKRLEACmqw4AqUYQAKerDgDwqw4A86sOAEWsDgBPrA4AXzkSAKKsDgDvrA4A9awOAEStDgBNrQ4Ama0OAKatDgDurQ4ACq4OALQ5EgBFrg4AmK4OAEiuDgDuVhAApq4OAO2uDgD+rg4ACToSAEivDgCXrw4Ao68OAF46EgDyrw4AQbAOAEewDgCWsA4Am7AOAOuwDgDxsA4AXTsSAEexDgBcPBIAmrEOAOqxDgDysQ4AP7IOAEuyDgCUsg4Ap7IOAOmyDgD1sg4APrMOAE2zDgCTsw4AnLMOAOizDgDysw4APbQOAEm0DgAGPRIAo7QOAOe0DgDztA4APLUOAD61DgCRtQ4AlLUOAOa1DgDytQ4AO7YOAEO2DgBbPRIAnLYOAOW2DgD1tg4AOrcOAEa3DgCPtw4AlbcOALA9EgAGuA4AObgOAEG4DgCOuA4AuLgOAOO4DgDuuA4AOLkOAES5DgCNuQ4AnrkOAOK5DgDjuQ4ABT4SAD26DgCMug4AmboOAFo+EgDuug4ANrsOAE27DgCLuw4AtrsOAOC7DgDouw4ANbwOAD+8DgCKvA4AlrwOAN+8DgDivA4ANL0OAD69DgCvPhIAkb0OAN69DgDkvQ4AM74OADy+DgCIvg4Alb4OAN2+DgD5vg4ABD8SADS/DgCHvw4AOb8OAM/MDgCUvw4A3L8OAOO/DgAxwA4AM8AOAIbADgCMwA4A28AOAOLADgAwwQ4ASMEOAIXBDgCKwQ4A2sEOAJHBDgCEwg4A48EOAC/CDgA5wg4AWT8SAIrCDgDZwg4A38IOAC7DDgAzww4Ag8MOAInDDgCuPxIA2cMOAC3EDgA+xA4AgsQOAI7EDgDXxA4A4cQOACzFDgA4xQ4AgcUOAIjFDgADQBIA2MUOACvGDgDhxQ4A4mIQAC7GDgCAxg4AoMYOANXGDgDdxg4AWEASADvHDgB/xw4AhscOANTHDgDcxw4AKcgOACzIDgDSyQ4AOcgOAH7IDgCAyA4A08gOAOHIDgAoyQ4AOckOAK1AEgCEyQ4AAkESANvJDgAnyg4ANsoOAHzKDgCLyg4A0coOAN3KDgAmyw4AKcsOAHvLDgB+yw4A0MsOAODLDgAlzA4ALswOAHrMDgCLzA4AV0ESANTMDgAkzQ4ALc0OAHnNDgCDzQ4Azs0OANbNDgAjzg4AQc4OAHjODgCWzg4Azc4OAOvODgAizw4AQM8OAKxBEgB+zw4AzM8OANHPDgAh0A4A2M8OACDRDgAq0A4AdtAOAIDQDgDL0A4A59AOAAFCEgAm0Q4AddEOAHvRDgDK0Q4A5tEOAFZCEgBJ0g4AAEMSAJ7SDgBVQxIA0dIOAFREEgA00w4Ac9MOAHXTDgDI0w4AztMOAB3UDgAx1A4ActQOAHrUDgDH1A4A8dQOAKlEEgAl1Q4AcdUOAH7VDgDG1Q4A1NUOABvWDgAl1g4AcNYOAIrWDgDF1g4A0tYOABrXDgAm1w4Ab9cOAHnXDgDE1w4AzNcOAP5EEgAg2A4AbtgOAHbYDgBTRRIAnNgOAFJGEgDP2A4AGNkOAB/ZDgBt2Q4AddkOAKhFEgDE2Q4AF9oOACjaDgBs2g4AdNoOAMHaDgDL2g4AFtsOACLbDgBr2w4AbtsOAMDbDgDK2w4Ap0YSADHcDgD8RhIAeNwOAL/cDgDQ3A4AUUcSABvdDgCmRxIAct0OAL7dDgDN3Q4AE94OACLeDgBo3g4AdN4OAL3eDgDA3g4AEt8OABXfDgBn3w4Ad98OALzfDgDF3w4AEeAOACLgDgD7RxIAaOAOALvgDgBy4A4AZeEOAL7gDgAQ4Q4AGOEOAFBIEgBr4Q4AuuEOAMbhDgAP4g4AF+IOAKVIEgBw4g4AueIOALziDgAO4w4AGOMOAPpIEgBo4w4AuOMOAM7jDgAN5A4ADuQOAGLkDgBz5A4At+QOAMPkDgAM5Q4AFuUOAGHlDgBt5Q4AT0kSAMLlDgAL5g4ADuYOAGDmDgBq5g4A+UkSALjmDgAK5w4ADecOAF/nDgBr5w4AtOcOALrnDgAJ6A4AE+gOAE5KEgBj6A4As+gOAMDoDgAI6Q4AC+kOAF3pDgB56Q4AsukOALrpDgCjShIAD+oOAPhKEgBk6g4ATUsSALTqDgAG6w4AyOoOANrADwAm6w4AW+sOAG/rDgCiSxIAvesOAPdLEgAG7A4AWuwOAGDsDgCv7A4Au+wOAATtDgAT7Q4AWe0OAFvtDgCu7Q4AuO0OAAPuDgAP7g4AWO4OAF/uDgBMTBIAue4OAKFMEgAK7w4A9kwSAFrvDgBV8Q4AZ+8OAKzvDgCu7w4AAfAOAA/wDgBW8A4AZ/AOAPNPEgCy8A4ASFASAAjxDgCdUBIAdfEOAKrxDgC48Q4A//EOAADyDgDyUBIAYPIOAKnyDgCw8g4AR1ESAAbzDgCcURIAVfMOAKjzDgC28w4A/fMOAA70DgDxURIAWPQOAKf0DgCz9A4ARlISAAL1DgBR9Q4AV/UOAKb1DgCr9Q4A+/UOAAH2DgDwUhIAU/YOAKX2DgCx9g4A+vYOAAD3DgBP9w4AWfcOAJpTEgCp9w4A+fcOAAb4DgBO+A4AUfgOAKP4DgC4+A4A+PgOAAD5DgDvUxIAVfkOAKL5DgCu+Q4A9/kOAP35DgBM+g4AUvoOAKH6DgCm+g4A9voOAPz6DgDtVRIAWvsOAKD7DgCv+w4A9fsOAP77DgBK/A4AUPwOAJ/8DgCl/A4A9PwOAAD9DgBJ/Q4AUP0OAJ79DgCm/Q4Al1YSAP39DgBI/g4AU/4OAJ3+DgCp/g4A8v4OAPj+DgBH/w4AT/8OAJz/DgCo/w4A8f8OAPf/DgBGAA8ATAAPAJsADwCgAA8A8AAPAPYADwDsVhIATAEPAJoBDwCoAQ8A7wEPAPwBDwBEAg8AWwIPAJkCDwC1Ag8A7gIPAPYCDwBBVxIAVgMPAJgDDwCaAw8A7QMPAAMEDwBCBA8AQwQPAJcEDwCoBA8A7AQPAPgEDwCWVxIAXQUPAOtXEgCsBQ8A6wUPAOwFDwBABg8AUQYPAJUGDwChBg8AQFgSAO8GDwA/Bw8ARQcPAJQHDwC0Bw8A6QcPAPUHDwA+CA8ARQgPAJVYEgCZCA8A6AgPAO0IDwA9CQ8AQwkPAOpYEgCeCQ8A5wkPAOoJDwA8Cg8ARgoPAJEKDwCZCg8A6VkSAPQKDwA7Cw8AQgsPAJALDwCYCw8A5QsPAPILDwA6DA8APwwPAI8MDwCZDA8A5AwPAOwMDwA5DQ8ASQ0PAI4NDwCcDQ8A4w0PAPANDwA4Dg8ARg4PAI0ODwCQDg8A4g4PAO0ODwA3Dw8APw8PAIwPDwClDw8A4Q8PAO0PDwA2EA8ARhAPAIsQDwCQEA8A4BAPAOYQDwA1EQ8AQREPAIoRDwCSEQ8APloSAOkRDwA0Eg8ANxIPAIkSDwCREg8A3hIPAN8SDwAzEw8ANRMPAIgTDwCOEw8A3RMPAOkTDwAyFA8APxQPAIcUDwCRFA8A3BQPAOQUDwAxFQ8AMxUPAIYVDwCTFQ8A2xUPAOIVDwAwFg8AOBYPAIUWDwCJFg8A2hYPANwWDwAvFw8AMhcPAIQXDwCMFw8A2RcPAOgXDwAuGA8AMBgPAIMYDwCQGA8A2BgPAOcYDwAtGQ8AORkPAIIZDwCTGQ8A1xkPAOgZDwAsGg8AOBoPAIEaDwCIGg8A1hoPAPUaDwCTWhIAPxsPAIAbDwCBGw8A1RsPAOEbDwAqHA8ARhwPAH8cDwCHHA8A6FoSANwcDwCSWxIANR0PAH4dDwCEHQ8A0x0PANkdDwAoHg8AQB4PAH0eDwCHHg8A0h4PAN4eDwAnHw8AKh8PAHwfDwCGHw8A0R8PAOkfDwAmIA8ANiAPAHsgDwB9IA8A0CAPAN4gDwAlIQ8ANiEPAOdbEgCAIQ8AzyEPANshDwA8XBIALCIPAOZcEgCFIg8AziIPANEiDwAjIw8ALSMPADtdEgB6Iw8AzSMPANsjDwAiJA8AMyQPAOVdEgB+JA8AOl4SANQkDwCPXhIAKSUPAI5fEgB4JQ8AyyUPANglDwAgJg8ALyYPAHUmDwB7Jg8AyiYPANYmDwAfJw8AIScPAHQnDwB+Jw8AyScPANcnDwAeKA8AIygPAHMoDwCAKA8AyCgPANQoDwAdKQ8AMCkPAHIpDwCBKQ8AxykPANMpDwAcKg8AHSoPAHEqDwB7Kg8AxioPANQqDwAbKw8AICsPAHArDwB9Kw8A418SAM8rDwAaLA8AKCwPAG8sDwByLA8AxCwPANQsDwAZLQ8AJy0PAG4tDwB6LQ8Awy0PAMotDwAYLg8AHy4PAG0uDwB5Lg8Awi4PAMMuDwAXLw8AIy8PAGwvDwB5Lw8AwS8PAMgvDwAWMA8AIjAPAGswDwB4MA8AwDAPAM8wDwAVMQ8AKTEPAGoxDwB2MQ8AvzEPANIxDwAUMg8AIzIPAGkyDwB1Mg8AvjIPAL8yDwATMw8AHTMPAGgzDwB2Mw8AvTMPAMIzDwASNA8AHzQPADhgEgBoNA8AvDQPAM00DwARNQ8AHzUPAGY1DwB1NQ8AuzUPAL01DwAQNg8AGjYPAGU2DwBzNg8AujYPAL82DwAPNw8AHDcPAGQ3DwBzNw8AuTcPAL43DwAOOA8AGzgPAGM4DwBtOA8AuDgPAMQ4DwANOQ8AIDkPAGI5DwBsOQ8AtzkPAMM5DwAMOg8AHzoPAGE6DwBwOg8AtjoPAMI6DwALOw8ADDsPAGA7DwBqOw8AtTsPAMM7DwAKPA8ADzwPAF88DwBsPA8AjWASALk8DwAJPQ8AFj0PAF49DwBoPQ8Asz0PALk9DwAIPg8ACj4PAF0+DwBqPg8Asj4PALU+DwAHPw8AFT8PAFw/DwBoPw8AsT8PAL4/DwAGQA8AEEAPAFtADwBqQA8AsEAPALVADwAFQQ8AEkEPAFpBDwBnQQ8Ar0EPALtBDwAEQg8AE0IPAFlCDwBjQg8ArkIPALxCDwADQw8ACEMPAFhDDwBlQw8ArUMPALlDDwACRA8AFUQPAFdEDwBmRA8ArEQPALhEDwABRQ8AAkUPAFZFDwBgRQ8Aq0UPALlFDwAARg8ABUYPAFVGDwBiRg8A4mASAL1GDwD/Rg8ADkcPAFRHDwBgRw8AqUcPAKpHDwD+Rw8ACEgPAFNIDwBhSA8AqEgPAK1IDwD9SA8ACkkPADdhEgBlSQ8Ap0kPALZJDwD8SQ8ACEoPAFFKDwBSSg8ApkoPALBKDwD7Sg8ACUsPAFBLDwBVSw8ApUsPALJLDwCMYRIA/EsPAE9MDwBdTA8ApEwPALFMDwD5TA8ABU0PAE5NDwBUTQ8Ao00PALRNDwD4TQ8A+k0PAE1ODwBWTg8Aok4PAK9ODwD3Tg8ABk8PAExPDwBXTw8AoU8PAK1PDwD2Tw8ACVAPAEtQDwBaUA8AoFAPAKxQDwD1UA8A9lAPAEpRDwBUUQ8An1EPAK1RDwD0UQ8A+VEPAElSDwBWUg8A4WESAKtSDwDzUg8AAVMPAEhTDwBSUw8AnVMPAKtTDwDyUw8A9FMPAEdUDwBYVA8AnFQPAKpUDwDxVA8AIlUPAEZVDwBIVQ8Am1UPAKVVDwDwVQ8A/lUPAEVWDwBKVg8AmlYPAKdWDwDvVg8A+1YPAERXDwBXVw8AmVcPAKhXDwDuVw8A+lcPAENYDwBEWA8AmFgPAKJYDwDtWA8A+1gPAEJZDwBHWQ8Al1kPAKRZDwA2YhIA7lkPAEFaDwBDWg8AlloPAKVaDwDrWg8A+loPAEBbDwBMWw8AlVsPAJhbDwDqWw8A7VsPAD9cDwBFXA8AlFwPAKBcDwDpXA8A7FwPAD5dDwBDXQ8Ak10PAJxdDwDoXQ8A7l0PAD1eDwBMXg8Akl4PAJ5eDwDnXg8A914PADxfDwA+Xw8AkV8PAJ9fDwDmXw8A918PAItiEgBBYA8AkGAPAJxgDwDgYhIA+GAPADphDwBJYQ8Aj2EPAJthDwDkYQ8A5WEPADliDwBDYg8AjmIPAJxiDwDjYg8A6GIPADhjDwBFYw8ANWMSAJljDwDiYw8A7GMPADdkDwBjZA8AjGQPAJNkDwDhZA8A+mQPADZlDwBFZQ8Ai2UPAJplDwDgZQ8A5WUPADVmDwBCZg8AimYPAJdmDwDfZg8A62YPADRnDwBDZw8AiWcPAJNnDwDeZw8A7GcPADNoDwA4aA8AiGgPAJVoDwDdaA8A6WgPADJpDwBFaQ8Ah2kPAJZpDwDcaQ8A6GkPADFqDwAyag8AhmoPAJBqDwDbag8A6WoPADBrDwA1aw8AhWsPAJJrDwCKYxIA62sPAC9sDwBAbA8AhGwPAJBsDwDZbA8A8GwPAC5tDwAwbQ8Ag20PAJRtDwDYbQ8A220PAC1uDwA3bg8Agm4PAIRuDwDXbg8A4W4PACxvDwA4bw8AgW8PAI1vDwDWbw8A6W8PACtwDwA6cA8AgHAPAIxwDwDVcA8A1nAPACpxDwA0cQ8Af3EPAI1xDwDUcQ8A2XEPAClyDwA2cg8A32MSAIByDwDTcg8A3XIPAChzDwAwcw8ANGQSAJBzDwDScw8A3nMPACd0DwA2dA8AfHQPAIV0DwDRdA8A23QPACZ1DwA0dQ8Ae3UPAIB1DwDQdQ8A3XUPACV2DwAxdg8AenYPAI12DwDPdg8A3nYPACR3DwAwdw8AeXcPAHp3DwDOdw8A2HcPACN4DwAxeA8AeHgPAH14DwDNeA8A2ngPAIlkEgAkeQ8Ad3kPAIF5DwDMeQ8A1HkPAN5kEgAmeg8AdnoPAIx6DwDLeg8AzHoPACB7DwAxew8AdXsPAIF7DwDKew8A1HsPAB98DwAtfA8AdHwPAHl8DwDJfA8A1nwPAB59DwAqfQ8Ac30PAIZ9DwDIfQ8A130PAB1+DwApfg8Acn4PAHN+DwDHfg8A0X4PABx/DwAqfw8AcX8PAHZ/DwDGfw8A038PADNlEgAdgA8AcIAPAHqADwDFgA8AzYAPAIhlEgAwgQ8Ab4EPAHuBDwDEgQ8AyYEPABmCDwAigg8AboIPAHiCDwDDgg8Az4IPABiDDwArgw8AbYMPAHyDDwDCgw8AzoMPABeEDwAYhA8AbIQPAHaEDwDBhA8Az4QPABaFDwAbhQ8Aa4UPAHiFDwDdZRIAwoUPABWGDwAfhg8AaoYPAHKGDwAyZhIAzIYPABSHDwAjhw8AaYcPAHSHDwC+hw8AyocPABOIDwAiiA8AaIgPAIiIDwC9iA8AyYgPABKJDwAZiQ8AZ4kPAHWJDwC8iQ8AwYkPABGKDwAdig8AZooPAHmKDwC7ig8AyooPABCLDwAciw8AZYsPAGaLDwC6iw8AxIsPAA+MDwAdjA8AZIwPAGmMDwC5jA8AxowPAIdmEgAQjQ8AY40PAG2NDwC4jQ8AwI0PANxmEgAqjg8AYo4PAHOODwC3jg8Aw44PAAyPDwAfjw8AYY8PAHCPDwC2jw8Awo8PAAuQDwAMkA8AYJAPAGqQDwC1kA8Aw5APAAqRDwAPkQ8AX5EPAGyRDwAxZxIAtpEPAAmSDwATkg8AXpIPAGaSDwCGZxIA0JIPAAiTDwAZkw8AXZMPAGmTDwCykw8AxZMPAAeUDwAWlA8AXJQPAGiUDwCxlA8AspQPAAaVDwAQlQ8AW5UPAGmVDwCwlQ8AtZUPAAWWDwASlg8A22cSAFyWDwCvlg8AuZYPAASXDwAMlw8AMGgSAGqXDwCulw8AwpcPAAOYDwAHmA8AWJgPAFqYDwCtmA8AwZgPAAKZDwAFmQ8AV5kPAHSZDwCsmQ8AvZkPAAGaDwANmg8AVpoPAGmaDwCrmg8AupoPAACbDwAMmw8AVZsPAFabDwCqmw8AtJsPAP+bDwANnA8AVJwPAFmcDwCpnA8AtpwPAIVoEgAAnQ8AU50PAF2dDwConQ8AsJ0PANpoEgD/nQ8AUp4PAGCeDwCnng8AuJ4PAC9pEgADnw8AhGkSAHSfDwCDahIArp8PAIJrEgABoA8AUKAPAFWgDwCloA8AqaAPAPqgDwAHoQ8A12sSAFShDwCkoQ8AqKEPAPmhDwD7oQ8ATqIPAGeiDwCjog8AtKIPAPiiDwAEow8ALGwSAFCjDwDyqA8AWaMPAKKjDwC1ow8A96MPAPijDwBMpA8AWKQPAKGkDwCwpA8A9qQPAAClDwBLpQ8AV6UPAKClDwCnpQ8AgWwSAP2lDwBKpg8ATKYPAD6yDwBNpg8ARasPAFCmDwCfpg8AVqYPAJitDwBXpg8A1hkQAKumDwD0pg8AA6cPAEmnDwBVpw8AnqcPAKynDwDzpw8ADqgPAEioDwBUqA8AnagPAKSoDwDWbBIA/6gPAEepDwBJqQ8AnKkPAJ2pDwDxqQ8A9KkPAEaqDwBRqg8Am6oPAKCqDwDwqg8A+qoPACttEgBSqw8AmqsPAJyrDwDvqw8A8KsPAESsDwBHrA8AmawPAKSsDwDurA8A86wPAEOtDwBNrQ8AgG0SAKutDwDtrQ8A7q0PAEKuDwBOrg8Al64PAKauDwDsrg8A9q4PAEGvDwBNrw8Alq8PAJ2vDwDVbRIA868PAECwDwBCsA8AlbAPAKSwDwDqsA8A9LAPAD+xDwBIsQ8AlLEPAJaxDwDpsQ8A+rEPAH9uEgBNsg8Ak7IPAJ2yDwDosg8A8bIPAD2zDwA/sw8AkrMPAKOzDwDnsw8A77MPADy0DwBatA8AkbQPAJm0DwDmtA8A8rQPADu1DwBOtQ8AkLUPAJG1DwDltQ8A8bUPADq2DwBJtg8Aj7YPAJm2DwDktg8A8LYPADm3DwBAtw8A1G4SAJ+3DwDjtw8A9LcPADi4DwBAuA8AjbgPAJS4DwDiuA8A8LgPADe5DwBHuQ8AjLkPAJy5DwDhuQ8A/bkPAClvEgBDug8Ai7oPAKK6DwDgug8A6LoPADW7DwBDuw8AirsPAJS7DwDfuw8A67sPADS8DwBKvA8AibwPAIy8DwDevA8A+rwPAH5vEgBDvQ8AiL0PAJK9DwDdvQ8A5b0PADK+DwBBvg8Ah74PAIy+DwDcvg8A6b4PADG/DwA7vw8Ahr8PAIi/DwDbvw8A6b8PADDADwA9wA8AhcAPAIjADwDTbxIA5cAPAC/BDwA5wQ8AhMEPAIzBDwDZwQ8A6MEPAC7CDwAzwg8Ag8IPAJDCDwDYwg8A4sIPAC3DDwAvww8AgsMPAJDDDwDXww8A5MMPACzEDwAvxA8AKHASAITEDwDWxA8A4sQPACvFDwAyxQ8AgMUPAIjFDwDVxQ8A7sUPACrGDwA+xg8Af8YPAJvGDwDUxg8A3MYPANJwEgAxxw8AJ3ESAIvHDwDTxw8A2scPACjIDwAwyA8AfcgPAILIDwDSyA8A4sgPACfJDwAvyQ8AfMkPAIrJDwDRyQ8A3skPACbKDwAzyg8Ae8oPAIfKDwDQyg8A1soPACXLDwAtyw8AessPAIbLDwDPyw8A4ssPACTMDwAzzA8AecwPAIXMDwDOzA8Az8wPACPNDwAtzQ8AeM0PAIbNDwDNzQ8A0s0PACLODwAvzg8AfHESAHrODwDMzg8A1s4PACHPDwAjzw8Ads8PAIXPDwDLzw8A688PACDQDwAo0A8AddAPAH/QDwDK0A8A0NAPAB/RDwAh0Q8AdNEPAIPRDwDJ0Q8A1dEPAB7SDwAm0g8A0XESAJHSDwDI0g8A5tIPACZyEgA70w8ActMPAJDTDwDH0w8Az9MPABzUDwAr1A8AcdQPAHPUDwDG1A8Az9QPABvVDwAe1Q8AcNUPAHzVDwDF1Q8AzNUPABrWDwAi1g8Ab9YPAIjWDwDE1g8A2NYPABnXDwA11w8AbtcPAHbXDwB7chIA4dcPABjYDwA22A8A0HISAIbYDwDC2A8Ax9gPABfZDwAy2Q8AbNkPAHjZDwDB2Q8AydkPACVzEgAp2g8Aa9oPAHraDwDA2g8AzNoPABXbDwAW2w8AatsPAHTbDwC/2w8AzdsPABTcDwAZ3A8AadwPAHbcDwB6cxIAwtwPABPdDwAV3Q8AaN0PAGvdDwC93Q8Axd0PABLeDwAc3g8AZ94PAHLeDwC83g8AyN4PABHfDwAZ3w8Az3MSAHTfDwC73w8Awd8PABDgDwAc4A8AZeAPAHTgDwC64A8AxOAPAA/hDwAX4Q8AZOEPAHPhDwC54Q8Au+EPAA7iDwAX4g8AY+IPAGbiDwC44g8AxOIPAA3jDwAV4w8AJHQSAHLjDwC34w8Av+MPAAzkDwAW5A8AYeQPAGzkDwC25A8AwuQPAAvlDwAT5Q8AeXQSAGXlDwC15Q8AxuUPAArmDwAb5g8AX+YPAGTmDwC05g8AuOYPAAnnDwAX5w8AXucPAGvnDwCz5w8AyucPAAjoDwAQ6A8AXegPAGnoDwCy6A8AxegPAAfpDwAW6Q8AXOkPAGjpDwCx6Q8AsukPAAbqDwAQ6g8AW+oPAGnqDwCw6g8AteoPAAXrDwAS6w8AznQSAGDrDwCv6w8AvesPAATsDwAR7A8AWewPAHDsDwCu7A8AtuwPAAPtDwAO7Q8AWO0PAFrtDwCt7Q8Auu0PAALuDwAJ7g8AV+4PAGjuDwCs7g8Auu4PAAHvDwAO7w8AVu8PAG3vDwCr7w8As+8PAADwDwAF8A8AVfAPAGXwDwCq8A8AsvAPAP/wDwAJ8Q8AVPEPAF/xDwCp8Q8AtfEPAP7xDwAG8g8AeHUSAGzyDwCo8g8ArfIPAP3yDwAY8w8AUvMPAF7zDwCn8w8Ar/MPAM11EgAP9A8AUfQPAGD0DwCm9A8AsvQPAPv0DwD89A8AUPUPAFr1DwCl9Q8As/UPAPr1DwD/9Q8AT/YPAFz2DwAidhIArPYPAPn2DwD79g8ATvcPAFv3DwCj9w8AqPcPAPj3DwAC+A8ATfgPAFj4DwCi+A8ArvgPAPf4DwD9+A8ATPkPAFT5DwCh+Q8ArfkPAPb5DwAJ+g8AS/oPAFr6DwCg+g8ArPoPAPX6DwD2+g8ASvsPAFT7DwCf+w8ArfsPAPT7DwD5+w8ASfwPAFb8DwB3dhIAo/wPAPP8DwAC/Q8ASP0PAFf9DwCd/Q8Apv0PAPL9DwD4/Q8AR/4PAE3+DwCc/g8AqP4PAPH+DwD4/g8ARv8PAGL/DwDMdhIApf8PAPD/DwD8/w8ARQAQAEgAEACaABAApAAQACF3EgD3ABAAdncSAEwBEADLdxIAoQEQACB4EgD2ARAAQwIQAEQCEADmCRAAUAIQAJgCEABXAhAAPgcQAFoCEACKEBAAXAIQADEUEACZAhAA7QIQAAMDEABCAxAASgMQAJcDEACZAxAAPwYQAKUDEADsAxAA9AMQAHV4EgD5AxAAQQQQAEQEEACWBBAAoAQQAOsEEADtBBAAQAUQAFEFEACVBRAApgUQAOoFEADyBRAAyngSAEYGEACUBhAAmwYQAOkGEADxBhAAH3kSAEAHEACTBxAAmQcQAOgHEAD1BxAAPQgQAEUIEACSCBAAlAgQAOcIEADuCBAAPAkQAEMJEACRCRAAmQkQAHR5EgDzCRAAOwoQADwKEACQChAApgoQAOUKEADtChAAOgsQADwLEADiDRAASAsQAI8LEACXCxAAyXkSAJwLEADkCxAA5wsQADkMEABDDBAAjgwQAJAMEADjDBAA9AwQADgNEABJDRAAjQ0QAJUNEAAeehIA6Q0QADcOEAA+DhAAjA4QAJQOEABzehIA6w4QADYPEAA4DxAAiw8QAJwPEADgDxAA8Q8QADUQEAA9EBAAyHoSAI8QEAAtGBAAlhAQAN8QEAD1EBAANBEQADwREACJERAAlxEQAN4READrERAAMxIQADYSEACIEhAAkhIQAN0SEADfEhAAMhMQAEMTEACHExAAmBMQANwTEADkExAAHXsSADoUEACGFBAAkxQQANsUEADiFBAAMBUQAEEVEACFFRAAkRUQANoVEADiFRAAcnsSADwWEACEFhAAhxYQANkWEADjFhAALhcQADAXEACDFxAAlBcQANgXEADpFxAAx3sSADUYEACCGBAAmRgQANcYEADjGBAALBkQADYZEACBGRAAiRkQABx8EgDXGRAAKxoQAEEaEACAGhAAiBoQANUaEADjGhAAKhsQADIbEABxfBIANxsQAH8bEACCGxAA1BsQAN4bEAApHBAAKxwQAH4cEACPHBAA0xwQAOQcEAAoHRAAMB0QAMZ8EgCDHRAA0h0QANcdEAAnHhAAQh4QAHweEACKHhAA0R4QANgeEAAmHxAAMh8QAHsfEACBHxAA0B8QANMfEAAlIBAALyAQAHogEACAIBAAzyAQANEgEAAkIRAALiEQAHkhEACFIRAAziEQAOUhEAAjIhAANyIQAHgiEACUIhAAzSIQANUiEAAbfRIAJCMQAHcjEACFIxAAzCMQAN0jEABwfRIAKCQQAMV9EgCEJBAAyyQQANUkEAAgJRAAKyUQAHUlEAB9JRAAyiUQANYlEAAfJhAAMiYQAHQmEACDJhAAySYQANUmEAAeJxAAHycQAHMnEAB9JxAAyCcQANYnEAAdKBAAIigQAHIoEAB/KBAAb34SAM8oEAAcKRAAJikQAHEpEAB2KRAAxikQAM4pEAAbKhAAISoQAHAqEAB8KhAAxSoQAMsqEAAaKxAAIysQAG8rEAB8KxAAxCsQAMwrEAAZLBAAGiwQAG4sEABwLBAAwywQAMYsEAAYLRAAGy0QABl/EgCDLRAAwi0QAMotEAAXLhAAIy4QAGwuEAByLhAAwS4QAMcuEAAWLxAAGy8QAMAvEABELxAAay8QAHMvEADDfxIAxi8QABiAEgArMBAAajAQAGwwEAC/MBAAzDAQABQxEAAbMRAAaTEQAHExEAC+MRAAzjEQABMyEAAVMhAAaDIQAHYyEAC9MhAAzjIQAMKAEgAZMxAAF4ESAHUzEAC8MxAAxjMQABE0EAAcNBAAZjQQAG40EAC7NBAAxzQQABA1EAAjNRAAZTUQAHM1EAC6NRAAxDUQAA82EAAXNhAAZDYQAHM2EAC5NhAAvjYQAA43EAAVNxAAYzcQAG83EADBgRIA9jcQAA04EABLOBAAYjgQAGo4EAAWghIA4TgQAAw5EAAYORAAYTkQAGc5EAC2ORAAvDkQAAs6EAAQOhAAYDoQAGY6EABrghIAtjoQAAo7EAAQOxAAXzsQAGQ7EAC0OxAAwzsQAAk8EAAVPBAAXjwQAGE8EACzPBAAtjwQAAg9EAAQPRAAXT0QAGw9EACyPRAAtz0QAAc+EAAdPhAAXD4QAF0+EACxPhAAwj4QAAY/EAASPxAAWz8QAGU/EACwPxAAvD8QAAVAEAAMQBAAwIISAGpAEACvQBAAu0AQAARBEAATQRAAWUEQAG1BEACuQRAAvUEQAANCEAAUQhAAWEIQAGRCEAAVgxIAr0IQAAJDEAAQQxAAV0MQAGhDEABqgxIAskMQAAFEEAANRBAAv4MSAFxEEACrRBAAsUQQAABFEAAFRRAAVUUQAFtFEAC+hBIAr0UQAP9FEAABRhAAVEYQAGVGEAAShhIAtUYQAP5GEAAERxAAU0cQAF9HEACoRxAAsEcQAGeGEgADSBAAUkgQAF5IEACnSBAAr0gQALyGEgAISRAAUUkQAFRJEACmSRAAsEkQABGHEgD9SRAAUEoQAF5KEAClShAAtkoQALuHEgAASxAAT0sQAFtLEAAQiBIArEsQAPlLEAD8SxAATkwQAFpMEACjTBAAr0wQAPhMEAAATRAAuogSAFhNEACiTRAArk0QAPdNEAD/TRAAD4kSAFVOEAChThAAsk4QAPZOEAAHTxAAS08QAFNPEACgTxAAo08QAPVPEAD/TxAASlAQAExQEACfUBAArlAQAPRQEAAUURAASVEQAFFREACeURAAqFEQAPNREAD5URAASFIQAEpSEACdUhAArFIQAPJSEAD+UhAAZIkSAFNTEACcUxAAulMQAPFTEAD3UxAARlQQAE9UEACbVBAAqFQQAPBUEAD4VBAARVUQAFtVEACaVRAAnFUQAO9VEAAKVhAARFYQAFBWEACZVhAAplYQALmJEgD0VhAAQ1cQAEtXEACYVxAArlcQAO1XEADyVxAAQlgQAEhYEACXWBAAo1gQAOxYEAD0WBAADooSAE5ZEACWWRAAplkQAOtZEADwWRAAQFoQAEZaEACVWhAAq1oQAOpaEADsWhAAP1sQAElbEACUWxAAolsQAOlbEADuWxAAPlwQAEtcEABjihIAolwQAOhcEADxXBAAPV0QAEddEACSXRAAoF0QAOddEADsXRAAPF4QAEleEACRXhAAmV4QAOZeEAD2XhAAO18QAD1fEACQXxAAnl8QAOVfEAD2XxAAuIoSAEFgEAANixIAlGAQAORgEADqYBAAOWEQAEFhEACOYRAAmGEQAONhEADlYRAAOGIQADtiEACNYhAArWIQALeLEgDuYhAAN2MQAD1jEACMYxAAmGMQAOFjEADpYxAADIwSAEJkEACLZBAAkWQQAOBkEADsZBAANWUQAD1lEABhjBIAjGUQAN9lEADtZRAANGYQAEVmEAC2jBIAlmYQAN5mEAD1ZhAAC40SAD1nEACIZxAAlGcQAN1nEADgZxAAMmgQADxoEABgjRIAmGgQANxoEADjaBAAMWkQADlpEACGaRAAk2kQANtpEADgaRAAMGoQADpqEACFahAAjWoQANpqEADpahAAL2sQADRrEACEaxAAmmsQANlrEADaaxAALmwQADxsEACDbBAAlGwQANhsEADkbBAALW0QADVtEAAKjhIAhm0QAFQBAACKbRAAQAMSAI5tEAAZ2A4A420QAPcIAAA0bhAAKXEQAOJvEADVKgAALnAQANMsAAA5cRAAxDsAANZxEADBPgAAK3IQAA5HAADUchAAbdgPANVyEAC2SQAA2XIQAGOZAwDcchAABp0HACtzEAD5WwAA1XMQAEhiAAAqdBAAkW4AANN0EAA1dQAANHUQACx+AAB+dRAAfoEAANF1EAB6hQAAgXYQAMaOAABCdxAAeHcQANN5EAAwzwAAznoQACTbAAAjexAAcOQAAM17EAAM8wAAf3wQAFj8AADsfBAArfwAAB99EAAC/QAAfn0QAPwCAQAmfhAApQQBAHp+EACgCQEAOn8QAJcSAQB8fxAAkRgBAOR/EAAagBAAi4AQAMSAEADMgBAAGYEQACWBEADfHwEAdoEQAIciAQA0ghAAbYIQAHWCEADCghAAxIIQANUpAQAjgxAAzy8BAMmDEAAbOQEAIYUQAFdSAQDHhRAA/lUBANuFEAB5yhEA44UQAHvIEQA5hhAAU1YBAG+GEACnVwEA0IYQAPpZAQAYhxAA91wBAGyHEAD1XgEAc4gQAI1xAQDWiBAAEYkQABmJEADicQEAdYkQADV0AQAcihAA1X4BAIiKEAAqfwEAxooQANOAAQAXixAAZIsQAG6LEAAogQEAw4sQACOGAQDDjRAAtJ8BABSOEABhjhAAcY4QAAmgAQAXjxAABaQBAGiPEAC1jxAAxY8QAFqkAQBrkBAA/KwBALiSEAB5LwIAvJIQACIxAgDAkhAA5sIBAMySEABpPwIAZJMQAJUDEgBlkxAAC+kLAGiTEADjxQEAeJMQAKtIDAC5kxAAD+AQAM2TEAA4xgEA35MQAP1FEgANlBAAjcYBABCUEAAh0gwAvJQQAIjLAQARlRAA3csBAL2VEAAs0gEAYpYQACbYAQAMlxAAItwBAFuXEACtlxAAuZcQAMzcAQC0mBAAAZkQAASZEABBsQ0ADZkQAHDjAQBrmRAAGOYBAMyZEAAAmhAAWZoQALQ+DQBlmhAAX/QBAIKaEAAV6QEAtpoQAGTvAQBgmxAACvQBAAqcEABe9QEAb5wQALP1AQANnRAAXfYBAFudEABc9wEAX54QAKcBAgAEnxAAOGYMAAefEACiBgIACZ8QAGg0DgBYnxAAPAcSAGqfEAClnxAAAqAQAE+gEAAWoBAA7RACAFKgEABO+gwAWaAQAD8JDQBcoBAAueQMAGqgEACgCAIAcKAQAO8DDQD7oBAA8QwCACOhEAAW3A0AXKEQAJoOAgCvoRAAmQ8CAA6lEAAxIgIAVaYQAJcGDQCoshAAGi4NAE6zEACRsxAA+LMQADu0EACgtBAA//QLAKa0EAAn1gIA57UQACrEEQDstRAAjrYQAAC2EACLuRAACLYQACbIEQAOthAAF+YCAJC2EAB3fAwAkrYQAEz8DACVthAA9gAJAJi2EABs5gIAnbYQAMHmAgCfthAADZkEAMW2EADB5AQA7bgQAAf2AgCTuRAA4LkQAOG5EABNpgwA6rkQAHkiDwDvuRAAF4YNAP+5EACUWRIAP7oQAAL7AgA3uxAA2SMDADq7EACOvAoAO7sQAJYRAwA9uxAAUAIDAD67EAD1BwMAQLsQAOMYBABBuxAASAoDAEK7EAA6GAMAQ7sQAPgEAwBEuxAAkhQEAEq7EABFDQMAcrsQALg3EACIvhAAAFIDAIy+EADUKAMAkL4QAHzMDADnvhAAJysDADLBEAALRwMAm8IQAPVcAwBFwxAA62YDAPXDEADnagMANMQQADdwAwAsxRAAe4EDAIfFEADUxRAA4sUQAM6DAwDXxhAAZuAOAOHGEABwjAMA1ccQAAucAwAtyRAA87MDANHJEABAvAMAjMoQAM/KEADQyxAAkxIFANHLEABx4AMA2MsQAB/YCAB7zBAAbeQDAH/MEAAQ5wgAes0QAFf6AwCBzhAAoQUEAC/PEADzCAQA5s8QAB/QEAAn0BAAdNAQAIPQEACWEAQA09AQAOgTBAB80RAAjmUMAH/REACRFQQA0NEQAB3SEADk0RAA1sIRACfSEADmFQQAz9IQAIsbBAAr0xAAiR0EAMzTEACDIwQAI9QQAP2jCQBz1BAAJyoEAHvVEAC/PAQAzNUQAOVeEQA11hAAbtYQAHbWEADD1hAA0NYQAKxPBADU1hAAEUAEAH3YEABKXAQAd9kQADdvBADI2RAAFdoQACbaEACLcAQAztoQANl3BAAe2xAAK3sEAMDbEADOggQAJNwQAHKJBAAv3BAAZpUEADzcEABsjwQAO90QALuVBADb3RAAtJwEABfeEAADowQAwt4QAEmyBADH3hAAeH4JAMjeEAAfggkAyt4QACh5CQAs3xAAZd8QAG3fEAC63xAAEeAQAFhFDQAX4BAAK8MRABngEABGtQQAG+AQAEMDDwAy4BAAP1kSAFPgEAAkIg8AbOAQAEO4BADm4BAADuEQABnhEABCuQQAwuEQAOe+BABx4hAAisYEAA/jEACBzwQAfeMQACrRBADD4xAAd9kEAMXjEAB/0QQAEeQQANHUBAAV5BAAz9YEABTlEAAf3AQAGOYQABTnBABh5hAAD+wEAM3oEAAG6RAADukQAFvpEABq6RAARgoFALnpEADpEQUAseoQADYaBQC86hAA4r8IAAfrEACIHQUACOwQAMkxBQAS7BAA0SkFAF7sEAAjLQUAYuwQACEvBQDI7RAAAe4QAAnuEABW7hAAW+4QALVFBQBl7hAAvT0FALHuEAAPQQUAte4QAA1DBQCz8BAA9FsFAFnxEADrZAUAA/IQAIJ4BQDM8hAAHYgFACLzEABtjQUAYPMQAGuPBQC28xAAupUFAAf0EAC5lgUAWPQQAKX0EACv9BAADpcFAP30EAALmgUAAvYQAAGkBQC/9hAA+PYQAAD3EABN9xAAU/cQAKCvBQC49xAAR7MFAGL4EACQvwUApfgQAIbJBQBa+RAAgs0FAAT6EAB61QUAu/oQAPT6EAD8+hAASfsQAFn7EABt4gUAdfsQAL7mBQCq+xAAbOMFAPv7EABI/BAAUvwQAMHjBQBj/RAAnP0QAKT9EADx/RAA+v0QAFv0BQBQ/hAAWfYFAAz/EABF/xAATf8QAJr/EACb/xAATgEGAJ//EABVTwYAoP8QAJcNBgCn/xAA8QgGAKn/EAD++wUA9f8QAFD/BQD5/xAArUwGAPgAEQCZCwYA9wERAIoaBgBMAhEA2x4GAJ0CEQDaHwYATwMRACcoBgAHBBEAQAQRAEgEEQCVBBEAnwQRAB8wBgDtBBEAGDcGALAFEQDpBREA8QURAD4GEQBLBhEAaTsGAE0GEQBfRQYAmAYRAGU/BgBDBxEAsUgGAJoHEQCvSgYAAgkRADsJEQBDCREAkAkRAJ8JEQCjVgYA7wkRAPVZBgDvCxEA4G4GAFQMEQCNDBEAqQwRAOIMEQDvDBEANHAGAP0NEQA2DhEAPg4RAIsOEQCODhEAzYEGAGwPEQDAjgYA4g8RALuTBgDmDxEAH9ULAJYQEQBfmgYA4RARAFueBgA8EhEASq8GAJMSEQCatAYAjhMRAN1uCQCiExEAiG4JAPcTEQAwFBEAOBQRAIUUEQCIFBEAkrwGAPYUEQAvFREANxURAIQVEQCTFREAOcAGAOQVEQDdxgYALxcRACLXBgDeFxEAjmQNAOMXEQD89A4A5hcRAMrZBgDnFxEAU/MOADgYEQDG3QYARxkRAIAZEQCIGREA1RkRAN4ZEQBn5wYANBoRAGXpBgDjGhEAXvAGAEIbEQCp+gYA1hsRAEsDBwCAHBEA6w0HACodEQA0GgcAMB4RANImBwCFHhEAJCoHANweEQB2LQcAQR8RAHofEQCCHxEAzx8RAN4fEQBrOAcA3x8RAMouBwAwIBEAyS8HAIEgEQDOIBEA2CARAB4wBwB+IREAvTsHACUiEQBgQwcA1CIRAAdHBwCSIxEAyyMRANMjEQAgJBEALyQRAFNQBwCBJBEApVMHANIkEQAfJREALiURAPlUBwDYJREA81oHACgmEQBFXgcAgCYRADlqBwCCJhEAP2QHAI4nEQDHJxEAzycRABwoEQCNKBEAxigRAM4oEQAbKREAKCkRANF8BwB9KREAeX8HANMpEQAggwcAcSoRAG+JBwAlKxEAaJAHAM4rEQD+pAcAIy0RAD+5BwB0LREAwS0RANAtEQCTugcAPC4RAOe7BwB0LxEANsIHAMsvEQCHxgcAHDARAGkwEQB4MBEA28cHAOQwEQAvyQcAFTIRANXNBwBsMhEAztQHABYzEQAW4gcAwDMRALTuBwB1NBEAWfQHAMc0EQCt9QcAajURAFP6BwAqNhEAYzYRAGs2EQC4NhEAEDcRAJ8DCADGNxEARwYIAH04EQC2OBEAvjgRAAs5EQAVOREAPg8IAG45EQDnEAgAxDkRAOIVCAAUOhEAMxoIAL06EQCEHggAvzsRAH4kCAAQPBEAXTwRAF88EQDTJAgAIz0RAFw9EQBkPREAsT0RAMw+EQAFPxEADT8RAFo/EQB1QBEArkARALZAEQADQREADUERAPxQCADJQREAAkIRAApCEQBXQhEAYUIRANtxCABtQhEA62EIALFCEQDpYwgAC0MRAItsCABeRBEAGogIAGJEEQAjfwgAuEQRAB2FCAAARREAG4cIALNFEQAYiggAAUYRABWNCACyRhEAZZIIAAlHEQC0mAgAs0cRALGbCAAISBEABpwIAG1IEQCmSBEArkgRAPtIEQAKSREArp4IALJJEQBNqggACkoRAPGwCAAVSxEATksRAFZLEQCjSxEAsksRAD26CAClTBEA90wRABFNEQCDyQgAaE0RAKFNEQCpTREA9k0RAAVOEQB/zQgAgU4RACjPCAARTxEASk8RAFJPEQCfTxEAA1ARAM/SCABPUBEAIdYIAP9QEQAe2QgAWlERAG/dCAD5UREAPWQJAPxREQAV4ggATlIRABTjCABQUxEAV/UIAKVTEQD7+wgA91MRAPr8CAALVREARFURAExVEQCZVREApVURAEIKCQD2VREAQ1YRAEdWEQCWCwkAqFYRAD8NCQBeVxEAl1cRAJ9XEQDsVxEAFlgRAIYbCQBGWBEA1CIJALJYEQAFRQsA81gRAEBZEQB4WREAJCgJAA1aEQA/WhEAQVsRAFpHCQBEXBEA9FcJAJldEQDmXREACF8RADpfEQBZXxEAj18RAPRfEQAucwkAlmARAH54CQA+YREAenwJAJliEQDNKAoAm2IRAG6ICQDnYhEAwIsJAOlkEQALlgkAN2URAFmdCQA+ZREAXJoJADpnEQCHZxEANGgRAEOzCQA8aREAOL4JAIxqEQDZahEAAmsRACTSCQCfaxEA2GsRAOBrEQAtbBEAPGwRABzaCQCIbBEAbt0JAIxsEQAlJgoAMW0RAGzfCQCJbREA1m0RAP9tEQC/4QkAiG4RAGblCQD+bhEAu+UJAIRwEQD9+AkAiXERAPb/CQCIchEAQwgKAO1yEQCYCAoANXMRAO0ICgCBcxEAPwwKADF0EQA8DwoAlnQRAJEPCgDedBEA5g8KACp1EQA4EwoAonYRAM12EQA+dxEAd3cRAH93EQDMdxEAe3gRAMksCgB5eREAvTgKADR6EQBZRwoA5XoRAB57EQAmexEAc3sRAH17EQD6UAoASH0RAJlcCgByfhEA1HYKAM5+EQB5fAoAcX8RABuFCgDUfxEAbYgKAHiAEQC2lAoAzYERAKCqCgApghEAbIIRAHSDEQDmuQoAK4URANbJCgDDhREA0c4KACCGEQAj0goA2YYRABKHEQAahxEAZ4cRAL6HEQDF2goA14gRABCJEQAYiREAZYkRAI+JEQC45woAGIoRAAfuCgBsihEAuYoRAMeKEQCx7goAFIsRAATxCgDFixEA//UKAA6MEQD7+QoAFY0RAPEDCwAYjREAmwQLAG2OEQCOEQsAuo4RAOISCwAXjxEANBYLAGePEQDcGAsAt48RADEZCwAtkBEAXpARACSREQDPJQsAh5ERACQmCwC5khEABpMRAC+TEQDILAsAOpMRAHItCwAQlREAbjELAGmVEQDANAsAu5URABQ2CwC6lhEAYzwLAAeXEQBfQAsAy5cRAAGYEQCtmBEApU8LAAeZEQBHWAsAxpkRAP+ZEQAHmhEAVJoRAGGaEQCWXgsAtpoRAJNhCwBgmxEAOmULABycEQBSnBEAuZwRAJSvEQDGnBEA/JwRALKdEQCCcgsAtJ0RAC9wCwBinhEApZ4RAAifEQDOewsAtJ8RAG2HCwAOoREAWpoLAK2hEQBWngsABaIRAFCkCwBaohEAnawLAK6iEQCcrQsAUaMRAEGzCwARpBEASqQRAFKkEQCfpBEAEqURAInACwD2pREA2MYLAAmnEQDO0AsArKcRABvZCwBiqBEAm6gRAKOoEQDwqBEAYakRAJqpEQCiqREA76kRAJyqEQCAwxEAoaoRAO6qEQCjqhEAKxsPALWqEQCd+xEA+KoRALXpCwCeqxEAWu8LAKatEQDuBQwAta0RAOutEQBIrhEA8gEMAKSuEQBHAgwA6q8RAI0RDABJsREALB0MAGGxEQCn9Q0AmrERAOexEQAFshEAgR0MAK2yEQDmshEA7rIRADuzEQCesxEAfiAMAFa0EQB7IwwAALURAM0mDAD/tREAOLYRAEC2EQCNthEA/rYRADe3EQA/txEAjLcRAO+3EQDBMgwAp7gRAOC4EQDouBEANbkRAJi5EQBmOAwApboRAN66EQDmuhEAM7sRAJa7EQC0PwwATrwRALFCDAD4vBEAA0YMAI2+EQAf0g4A4r4RAHTSDgBLvxEAhL8RAIy/EQDZvxEATsARAEtTDADgwBEAC5MMAInCEQAuFRIAiMMRACN5DgCcwxEA/0MSAK7DEQDVwxEA3cMRAFGfDwADxBEA96QOAFjEEQB/xBEA18QRAAw3EgBFxREAfsURAIbFEQDTxREANMYRAN1rDACZxhEA0sYRANrGEQAnxxEAiMcRABTeDQDnxxEAA5sMACvJEQC74Q0AMckRANN1DACUyREAe3gMAIHKEQDOyhEA3coRAMeADQAryxEAfXASAIbMEQDHgQwAkMwRAHOADACCzREAboUMADzOEQB1zhEAfc4RAMrOEQAl0BEAZY4MADLSEQD/ngwAztIRAJ2rDAAm1BEAOLsMACPVEQA1vgwAcNYRANLKDQBz1hEAXZUNAHfWEQCAyAwAfdYRABjaDQAf1xEAbNcRAHbXEQB7zQwAh9gRAMDYEQDI2BEAFdkRAMHZEQBu2gwAGdoRABXeDAAa3BEAX+kMAG/cEQC83BEAyNwRALHsDABy3REAA/AMABjeEQBl3hEAfN4RAFP1DAAM5BEANBQNALnkEQDaGA0AEOcRABQ0DQDD5xEABugRAL3oEQCuRA0AwOgRAFpDDQC96REAAUcNAHzqEQCu6hEAzOoRAKhKDQAn6xEA91ANALvrEQBMUQ0ACO4RAFXuEQBX7hEAlV0NAK/uEQA/Xg0Atu4RAOdgDQBv8BEAqPARALDwEQD98BEAB/ERAIJwDQDD8REA/PERAATyEQBR8hEAYPIRAHd7DQCs8hEAyX4NAFbzEQAZhA0AAPQRAGmJDQBW9REAo/URAKb1EQBhkQ0AWfYRAAiVDQBU9xEAWJoNAHT3EQBEVBIAvfcRAKybDQBO+BEAoPgRAE35EQD/nQ0AVPkRAFKgDQD/+hEATKYNAAH7EQASNQ4ApfsRAPL7EQBJ/REABZcOAKf9EQA/sw0A9v4RANjEDQD5/hEAJc0NAP7+EQDotA0ACv8RADO/DQClARIA2cMNAE8CEgDTyQ0AoQMSAINuDgC/AxIAq0ISAPIDEgA/BBIAQgQSACTODQCkBBIAzc8NAPUEEgDM0A0ARgUSAJMFEgCdBRIAIdENAD8HEgDG1g0ARgcSAMTYDQDpBxIAw9kNAGUJEgBq3Q0A7AkSALzgDQB/CxIAS00SAPcLEgDMJA8AOAwSAFP0DQCXDRIAo/kNAOgNEgA1DhIATg4SAPf6DQCNDhIA3w4SAFgPEgCd/w0AAhASAJwADgCsEBIA8AEOADoREgCHERIAkRESAJcFDgAyEhIAw9gOAD8TEgA5Dg4AMxUSADAXDgAfFhIALRYSAHQWEgCCFhIA1xgSACAnDgDhGBIAbi4OAI0bEgC6Nw4A4BsSALk4DgAvHBIAYzkOAH8cEgC3Og4Afh0SAAo9DgCCHhIAzx4SACwfEgB5HxIAJCASAAJFDgCAIBIAzSASACohEgB3IRIAJCISAPxKDgDTIhIAICMSAH0jEgDKIxIA0SQSAExQDgAqJRIAoFEOANAlEgAdJhIALSYSAPRSDgDqJhIAHCcSAM8nEgCaVw4AJygSAEJaDgCUKBIAxSgSAN4rEgDWcA4Ahy0SACZ2DgAxLhIAencOANsuEgDOeA4AaDESAA2PDgAcMxIAsJYOABA0EgACmg4AxDUSAKWhDgBrNhIATaQOABc4EgCgpg4ANTkSAPGqDgBiORIAmqwOALw5EgDkXhIAEjoSAEKvDgAVOhIAQLEOAGE6EgCzOhIAzzoSAAg7EgBgOxIAsjsSAM47EgAHPBIAZDwSALE8EgC7PBIAlbEOAA49EgC9hRIAYT0SAJC2DgBoPhIA4boOALI+EgCJvQ4ADD8SADlfEgAYQBIAISUPALlAEgB9yQ4AZEQSAP2dDwCyRRIAZOIOAKpGEgAV3A4AXUcSABTdDgBXSRIApEkSAK5JEgC25Q4AXEoSAF7oDgCSTRIAoE0SAOdNEgD1TRIAPE4SAEpOEgCRThIAn04SAOZOEgD0ThIAO08SAElPEgD/TxIAq/AOAGRQEgAA8Q4A81ASAFTyDgBjURIA/vIOAPpREgBS9A4AYlISAJtSEgAMUxIARVMSAKhTEgCk9w4AbFQSAJlUEgDBVBIA7lQSABZVEgBDVRIAa1USAJhVEgD1VRIAQlYSAEdWEgBL+w4AmVcSAEEFDwBLWRIAVkQQAE9ZEgCtQhAA8FkSAOYKDwBMWhIA3xEPAAdbEgA9WxIAsVsSACkdDwDwWxIAeiEPAFtcEgCRXBIAQ10SAJBdEgCgXRIAeCMPAPFdEgB3JA8AT14SAMcoEACUYhIAO2APAOxiEgDlYA8A52MSAH5yDwCRZBIAInkPADtlEgAbgA8A5WUSAMCFDwCPZhIADo0PADlnEgC0kQ8A42cSAFqWDwCNaBIA/pwPADtpEgD8ng8AnmkSANlpEgDhaRIALmoSAN1tEgAqbhIASG4SAOuvDwCEcRIAd84PAO9xEgBz0g8AmXISAMPXDwAxcxIAFtoPAIJzEgC+3A8A1nMSAGbfDwApdBIAYuMPAIl0EgBg5Q8A6nQSACN1EgB6dRIAU/IPANl1EgD88w8AN3YSAKT2DwB/dhIAnvwPAD13EgDvABAAgHsSAC8WEAArfRIAIiMQAHx9EgAhJBAAzX0SABp+EgAefhIAdiQQAHd+EgDEfhIAIX8SAG5/EgAggBIAbYASAM6AEgASMxAAH4ESAGyBEgBwgRIAZzMQAJaCEgC1OhAAc4MSAKxDEADCgxIAFIQSADyEEgBphBIAwYQSABOFEgA7hRIAaIUSANSFEgCqRRAAaYYSAP1HEADGhhIA/EgQABmHEgBmhxIAdocSAPtJEADEhxIA+koQABOIEgBliBIAxIgSAE1NEAAfiRIATE4QAByKEgBBWRAAxIoSADpgEAAVixIAYosSAHKLEgCPYBAAEIwSADZkEABxjBIAimUQAMSMEgCJZhAAE40SADNnEABjjRIAtY0SAA==","fail":"AAAAAAAAAADNhwAAksEBANPWAAA7EwcAFzwCAFX4BwBOBQIAZo0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAIH4MAPEFCQBrlAAARw4AAE4FAgBX8gsArPILAAHzCwBW8wsAix0CALflDQAM5g0AxOIDAAAAAAA7EwcAFzwCABc8AgDTfgMALCcCAIEnAgBCsA0A/fQNACXYAgB62AIA5hgBAP2nBQBN+Q4A034DAE4FAgCwnwUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAGaNDAATjwgAFzwCAGNFAgCTvAUAgssHAAAAAAA7EwcATgUCAAeYCwBJCAQA1SgCAKWmCQDjGgIAzYcAAMsyAgAheg8AdnoPAKKwAgDZJgAATgUCALw4CwAROQsAt0gAAFFUBQBrlAAAwJQAAO65AgBh6gkAtuoJAE4FAgAgfgwA8QUJAGuUAABHDgAATgUCAFfyCwCs8gsAAfMLAFbzCwA6vgcAjbsMAFUAAABVAAAAbjIKABc8AgC3SAAATgUCADq+BwDrvQEAAAAAAGuUAADWHQwAIicMAIweAAA9GAAAVfgHAKr4BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwCdrQoAPBkAAFyYCwD3pQ0AVAEAAKkBAAD+AQAAUwIAAKgCAAA6vgcAjbsMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIAWaAGAE4FAgBmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAC+jQkAE44JAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BAIfCCwD6+QsAT/oLAFfyCwCs8gsAAfMLAFbzCwCLHQIAETkLAF9JAgAMlQkAYZUJALaVCQBV+AcATgUCAPP9DgACnwkATgUCAEKwDQD7nw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAKWmCQBIVgwAOr4HAIweAADhHgAANh8AAIsfAADgHwAANSAAAL6NCQATjgkAAAAAABuPAABrlAAARw4AAHaHAgAL6goAVfgHAE4FAgA6vgcAzzAAACQxAAB5MQAAzjEAANNzDgDjGgIAzYcAAJLBAQCMHgAAVfgHAE4FAgBmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAFfyCwCs8gsA5xgAADwZAABcmAsA96UNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgD6oQ4AT6IOAAeYCwC4RgEADUcBAO65AgAajwEAVfgHAAXsDgAHmAsAXJgLAPelDQBUAQAAqQEAAP4BAABTAgAA03MOAOMaAgDNhwAAksEBAIweAABV+AcATgUCAGaNDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAV/ILAKzyCwDnGAAAPBkAAFyYCwD3pQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAPqhDgBPog4AB5gLALhGAQANRwEA7rkCABqPAQBV+AcABewOAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAANNzDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADTcw4A2SYAAIsWCQAXPAIA2RoMAHaHAgDTcw4A5hgBAPv8BwBHDgAA670BAOFzAABniw0AV54KAJdbDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAB5gLAFyYCwD3pQ0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgB2JQ8AZo0MAIR1BgA6vgcAMr8OAFFUBQCmVAUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgAgfgwABewOAD0YAAAHSwMAa5QAAFX4BwBOBQIAowUCAL+JDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgBikwoAkhgAANPWAAA9GAAATgUCACB+DACq+AcA7FkPAEFaDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAFX4BwAF7A4APRgAAAdLAwBrlAAAVfgHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAACCywcA1SgCAFX4BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAvo0JABOOCQC3SAAAUVQFAKZUBQBrlAAA7rkCAEO6AgCYugIATgUCAIfCCwD6+QsAT/oLAFfyCwCs8gsAAfMLAFbzCwDfaA0AE48IAGiPCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAOa3DABVAAAAVQAAAG4yCgAXPAIAt0gAAAvqCgBV+AcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQBGWQsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCACB+DADxBQkAa5QAAEcOAABOBQIAV/ILAKzyCwAB8wsAVvMLADq+BwCNuwwAVQAAAFUAAABuMgoAFzwCALdIAABOBQIAZo0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAXjAcAzYYBAKSjDQBOBQIAvo0JABOOCQAAAAAAG48AAGuUAABHDgAAdocCAAvqCgBV+AcATgUCAOMaAgDTfgMATgUCADq+BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAzSwGAE6xAAA+vwIAsksCAM0sBgA7EwcAAp8JAE4FAgAHmAsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAGaNDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAL6NCQATjgkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAJpcCQACnwkAQhECAFUAAACqAAAA/wAAAE4FAgBDBQ0AVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAsJ8FAD6/AgCTvwIA6L8CAG0wDQDCMA0AFzENANPWAAAajwEAkBQGAAxJAAA2vQwAQLYJALdIAABOBQIAZo0MAE35DgDTfgMATgUCAAeYCwBcmAsA96UNAFQBAACpAQAA/gEAAFMCAACoAgAAsJ8FAAWgBQBaoAUA2SYAAIsWCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgCwnwUAo7EAAPixAABNsgAAorIAAPeyAABMswAAOr4HAIweAAA9GAAAt0gAAE4FAgBmjQwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAV/ILAKzyCwDnGAAAPBkAAFyYCwD3pQ0AVAEAAKkBAAD+AQAAUwIAAKgCAACHwgsA+vkLAE/6CwA6vgcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQAZo0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgAMlQkAYZUJALaVCQALlgkAYJYJALWWCQBmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAAvqCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEA+/wHAO+0BgAGRwgAzYcAAE35DgAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAADsTBwACnwkAQhECAJcRAgBHDgAAjB4AAO+0BgBwiQYAxYkGALHqDgCQFAYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAzXsMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAZo0MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgCOtw8ARw4AAIweAABV+AcATgUCANNzDgBNow8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgD6oQ4AT6IOAL6NCQATjgkAaI4JAL2OCQASjwkAZ48JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA+/wHAO+0BgAGRwgAzYcAAE35DgAHSwMAxOIDALdIAADVKAIAzYcAABOPCABojwgADJ0BANPWAABrlAAAVfgHAE4FAgDTcw4AFzwCAJpcCQDjGgIAzYcAAOMaAgC3nAEAM70PAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQAF7A4AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAADNLAYAOxMHAE4FAgAAAAAAAAAAAAAAAACfsQQAvo0JABOOCQCTvAUAksEBAJwOAAACnwkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCANHOCgAmzwoAe88KAAeYCwBcmAsA96UNAFQBAACpAQAA/gEAAFMCAACoAgAAV/ILAKzyCwAB8wsAVvMLAN9oDQATjwgAaI8IAAydAQDT1gAAa5QAAFX4BwA9GAAAkhgAAOcYAABmjQwAjQ8OAHeIAADMiAAAIYkAAHaJAADLiQAAQrANAP30DQBo4AwAQrANAPufDwAajwEAxOIDABnjAwDuuQIApaYJADa9DABHDgAAdocCANPWAAAajwEAkBQGAAxJAABOBQIAvo0JAGw8AgDjGgIA4xoCABqPAQCQFAYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgAHmAsAt5wBADO9DwDNhwAAksEBAIweAACwnwUABkcIAFtHCACwRwgABUgIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQADogUA4sQDADfFAwCMxQMAs0QIAIweAAD1pw0At0gAAM0sBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BABmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAAvqCgBCsA0A/fQNADsTBwBV+AcABewOAK6ZDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAILLBwBOBQIAsJ8FABc8AgBjRQIALswFAAXsDgA9GAAAt0gAAM0sBgDNhwAAE48IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBABV+AcAqvgHACKIAAB3iAAAzIgAACGJAAB2iQAAkgoOAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgBOqQgAG48AABc8AgBjRQIALswFAPEFCQBrlAAARw4AAJELDgCSGAAAEUMBAOYYAQD9pwUAsksCAE6xAABV+AcABewOAD0YAAAHSwMAa5QAAAAAAAA7EwcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAv4kMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAL+JDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBmjQwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIAYeoJALbqCQDZGgwAv5QBADsTBwACnwkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCADq+BwCNuwwAVQAAAFUAAABuMgoAFzwCALdIAAAL6goAVfgHAE4FAgBmjQwAZzQPABqPAQBOBQIA7rkCAGHqCQC26gkA2RoMAL+UAQA7EwcAAp8JAE4FAgCHwgsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgC+jQkAmlwJAEC2CQC3SAAAzSwGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAADNLAYAOxMHAAKfCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQAzvQ8A+wEDAJYRAwCQugoA0x4OACgfDgB9Hw4A0h8OACcgDgB8IA4A0SAOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQAF7A4AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAE35DgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgCx6g4ABusOAJwOAAACnwkA2SYAADnFAQCOxQEAC+kLAGDpCwAbjwAAt5wBALdIAADNLAYAVQAAALecAQAzvQ8AiL0PADnFAQCOxQEAC+kLAGDpCwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCALw4CwC35Q0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgC8OAsAt+UNAPcGAgBMBwIAoQcCAPYHAgBLCAIAWkULALecAQAzvQ8AiL0PAN29DwAyvg8AllsOAAOaDQBOBQIAvo0JALHqDgDawA8AL8EPAITBDwBaRQsAr0ULAKMFAgD4BQIATQYCAKIGAgAAAAAArpkNAE4FAgC+jQkAseoOANrADwAvwQ8AhMEPAFpFCwCvRQsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEAFPzDgCo8w4A/fMOAFL0DgCn9A4AAAAAABuPAABwjwAAB0sDAJAUBgDLMgIADY4PAFX4BwBKXgIAG48AAHCPAAAHSwMAkBQGAMsyAgBZlw8AFzwCAGw8AgBZoAYA+/wHANPWAAA7EwcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAAnuCADvtAYAt0gAAAvqCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAQrANAP30DQBo4AwA4xoCAHYlDwAAAAAAZo0MAFD2DgCl9g4A+vYOAE/3DgCk9w4A+fcOAE74DgC8OAsAkwgPAOgIDwA9CQ8A+wEDAAAAAAA7EwcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIALswFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCWWw4AA5oNALw4CwAAAAAAt5wBAAAAAAAbjwAAzYcAABOPCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIA+qEOAE4FAgC8OAsAAAAAABuPAADNhwAApaYJADa9DABAtgkAlbYJAOq2CQA/twkA4xoCAJS3CQDptwkAPrgJAOMaAgCwnwUABaAFAFqgBQASig4AZ4oOALyKDgCwnwUABaAFAFqgBQASig4AZ4oOALyKDgDNhwAATfkOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAAL6goA1scMACvIDADLMgIAOmQMAI9kDADTfgMAt0gAAAvqCgDWxwwAK8gMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAABRVAUAV5wMAME8AgAWPQIAaz0CALdIAAAMSQAAT6EPAKShDwD5oQ8AAAAAABc8AgBjRQIAMc0BAB/bBQDvtAYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgDC2Q4ADEkAAE+hDwCkoQ8AOxMHAMsyAgDGNwIADEkAAE+hDwCkoQ8A+aEPAAAAAADNhwAAGo8BAMTiAwCMHgAA1h0MACseDACAHgwA1R4MACofDADLMgIAxjcCAAxJAABPoQ8ApKEPAPmhDwDLMgIAxjcCAAxJAABPoQ8ApKEPANN+AwBVAAAACe4IAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAAWaAGAPv8BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAABRVAUAplQFAOMaAgA4GwIAjRsCAAvqCgBrlAAAwJQAABbpAADC5QIA5hgBAPv8BwC3SAAADEkAADa9DABV+AcABewOAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAAG4yCgAajwEAb48BAO9iAwBEYwMAmFsMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAVfgHAAXsDgCrUwEAk1wQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAJpcCQBV+AcANWwJAO65AgAajwEAxOIDAL+UAQA7EwcAAp8JAGuUAADAlAAAFukAAMLlAgDjGgIAOxMHAEC2CQBwjwAA67wCALecAQAMnQEAUU4LAKZOCwD7TgsAM70PAMCUAAAW6QAAwuUCAE35DgBCEQIAV54KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEA+/wHAD0YAAC3SAAAC+oKAJhbDAAW6QAAwuUCADsTBwBAtgkAt0gAAMQ5AgDZJgAA4xoCADsTBwBAtgkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAC+oKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDxBQkAkBMHAOUTBwDyWggAR1sIAJxbCADxWwgARlwIAJtcCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAO+0BgBwiQYAxYkGANkaDAC/lAEAOxMHAAKfCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CADsTBwDuuQIAYeoJALbqCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAM0sBgAiLQYAaT0EALecAQAzvQ8A5hgBAPv8BwA9GAAAt0gAAAvqCgBV+AcABewOAMCUAAAW6QAAwuUCAEcOAADmtwwAVQAAAFUAAABuMgoAFzwCALdIAAAL6goAVfgHAPEFCQCQEwcA5RMHAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQAzvQ8AQhECALrlCgATjwgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAdiUPAMCUAADZJgAAv4kMABc8AgDmGAEA/acFALJLAgAL6goAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAKfCQBOsQAAcIkGAMWJBgAaigYAb4oGAMSKBgAZiwYA5hgBADsZAQBGWQsANWwJAABIDQCLFgkATrEAAD6/AgCySwIAzSwGADsTBwACnwkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAABOPCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgBV+AcABewOANkmAACLFgkANhEOAGuUAABV+AcAzYcAABOPCABojwgAvY8IAEKwDQD99A0AaOAMAGaNDACEdQYA5hgBAPv8BwBQ/QcA4xoCAHYlDwDAlAAATgUCAKMFAgCOtw8AcI8AADFtDAC3SAAAzSwGADsTBwACnwkAC+oKAGDqCgC16goAt0gAAE4FAgBCsA0A/fQNAGjgDAC+jQkAE44JAJO8BQCCywcATgUCAAeYCwC4RgEADUcBAIcVDgDcFQ4AMRYOAIYWDgDbFg4AZo0MAFD2DgCl9g4Av5QBABSVAQBplQEATgUCAAeYCwC4RgEADUcBAIcVDgDcFQ4AMRYOAIYWDgDbFg4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAGi4NAG8uDQDELg0AGS8NAG4vDQDDLw0AOxMHAE4FAgCjBQIALicAANPWAABOBQIAZo0MALuNDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAEKwDQD99A0AaOAMAKMFAgCOtw8AcI8AADFtDAC3SAAAzSwGADsTBwACnwkATfkOAD0YAACSGAAAEUMBADYdAgC+jQkAE44JAC7MBQAF7A4A77QGAKOxAAAveQIAOW8CAGNFAgCaXAkAQrwBAEKwDQCwnwUA034DAMKGDAAXhwwAbIcMAMGHDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAM0sBgA7EwcAAp8JAGuUAADAlAAAFukAAMLlAgDFLwsAixYJADYRDgCdYAIATgUCADq+BwAW5wIA5hgBAOMaAgA7EwcAGo8BAGOaAgDNhwAAsksCAM0sBgA7EwcAAp8JAE4FAgC8OAsAkwgPAOgIDwA9CQ8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAh8ILANzCCwBj4w4AuOMOAA3kDgBi5A4AKdUBALJLAgDNLAYA4xoCALecAQAzvQ8AQrANABBDAgBlQwIAukMCALCfBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAsJ8FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAQrANAP30DQAl2AIAetgCAOYYAQD9pwUATfkOAFfyCwCs8gsAAfMLAFbzCwCLHQIAETkLAGY5CwBAtgkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAvo0JABOOCQC3SAAAG48AABc8AgAgfgwABewOAO+0BgCjsQAAL3kCADlvAgBjRQIALswFAE4FAgBmjQwATfkOAFX4BwBOBQIAV/ILAKzyCwAB8wsAVvMLABuPAABHDgAAjB4AAIfCCwDcwgsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEA8/0OAJATBwDlEwcA8loIAEdbCACcWwgA8VsIAEZcCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BABV+AcATgUCAGaNDABN+Q4AVfgHAE4FAgBX8gsArPILAAHzCwBW8wsAG48AAEcOAACMHgAAOr4HABbnAgBr5wIAwOcCABXoAgBq6AIA7FsNAEFcDQCWXA0A61wNAEBdDQBN+Q4AB0sDAE6xAAD7AQMAjrwKAJG4CwDmuAsAO7kLAJC5CwDluQsAOroLAKCmDgCTCA8A6AgPAD0JDwBOBQIA8/0OAEC2CQC3SAAATgUCAPP9DgDZJgAATgUCAOMaAgA7EwcAQLYJAHCPAADrvAIAvo0JAGw8AgDmbAIAO20CAILLBwBV+AcATgUCANPWAAAajwEAkBQGAAxJAABOBQIA8/0OAO65AgBh6gkAtuoJANkmAAC3nAEADJ0BADq+BwCNuwwA4rsMADe8DABRVAUAV5wMAKycDAAtdAkATgUCANPWAAAajwEAkBQGAAxJAABOBQIA8/0OAO65AgBh6gkAtuoJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAkBQGAAxJAABOBQIA8/0OAO65AgBh6gkAtuoJANkmAAC3nAEADJ0BACB+DAB1fgwA7rkCABqPAQBV+AcABewOANPWAAAajwEAkBQGAAxJAABOBQIA8/0OAO65AgBh6gkAtuoJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCAAeYCwBuMgoAGo8BAG+PAQDvYgMARGMDAJhbDABOBQIAIH4MAAXsDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAGaNDABQ9g4ApfYOAL+UAQAUlQEAaZUBAOYYAQD7/AcAPRgAALdIAABOBQIAQrANAP30DQBo4AwAvDgLABE5CwC3SAAAUVQFANN+AwBOBQIAh8ILANzCCwAxwwsAV/ILAAdLAwBcSwMAsUsDAOYYAQD9pwUAt5wBAGRCBABOsQAAa5QAAOMaAgA7EwcAQLYJAHCPAADrvAIARw4AAE4FAgDz/Q4AQLYJALdIAABOBQIA8/0OANkmAABOBQIAvo0JAGw8AgDmbAIAO20CALdIAAAL6goAQhECAFeeCgDAlAAATgUCACB+DAB1fgwA7rkCABqPAQBV+AcABewOAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAVfgHAE4FAgBmjQwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAbTANAMIwDQAXMQ0AbDENAMExDQAWMg0AazINAMAyDQAVMw0AajMNAL8zDQAUNA0AaTQNAL40DQATNQ0AaDUNAL01DQASNg0AZzYNALw2DQARNw0AZjcNALs3DQAQOA0AZTgNALo4DQAPOQ0AZDkNALk5DQAOOg0AYzoNALg6DQANOw0AYjsNALc7DQAMPA0AYTwNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAAA7EwcAQLYJAE4FAgAbgwwAcIMMAO65AgBh6gkAZo0MAE35DgCi+Q4A9/kOAEz6DgCh+g4A9voOAIfCCwDcwgsAMcMLANN+AwAofwMAfX8DABc8AgBOBQIAOr4HAI++BwDkvgcAOb8HAI6/BwAW5wIAa+cCAMDnAgAV6AIAsJ8FAAWgBQCkow0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAh8ILAPr5CwBP+gsAV/ILAKzyCwDnGAAAPBkAAFyYCwA5bwIAbDwCAFmgBgD7/AcAt0gAAAvqCgCYWwwATgUCAOMaAgA4GwIAjRsCAOIbAgAHmAsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIALswFAE4FAgA6vgcAMr8OAIe/DgCySwIAC+oKAGDqCgD7/AcAPRgAALdIAABOBQIAIH4MAKr4BwDsWQ8AQVoPAOMaAgDNhwAAksEBAIweAAA6vgcAFucCAFhGDACtRgwAAkcMAFdHDABOBQIAh8ILAPr5CwBP+gsAOr4HADK/DgCHvw4AOW8CALdIAADNLAYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAADNLAYAb48BAEIRAgBOBQIAIH4MAPEFCQDT1gAAh8ILANzCCwAxwwsAvo0JABOOCQDPgwIARLUGAO65AgBh6gkAtuoJANN+AwBOBQIA5hgBADsZAQBGWQsAzYcAAILLBwA1bAkAb48BAEIRAgBOBQIAvo0JABOOCQAuzAUAg8wFANjMBQCAJAYAh8ILAPr5CwBP+gsAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwBCsA0A+58PAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAAD1pw0ATgUCAIfCCwDcwgsAMcMLAOYYAQD7/AcAUP0HADsZAQAXPAIAh8ILAPr5CwBP+gsAh8ILANzCCwAxwwsAz88LACTQCwB50AsAB5gLALhGAQANRwEAQ7AMAJiwDADtsAwAQrEMAE4FAgDz/Q4A2SYAAE4FAgA6vgcAMr8OAIe/DgA5bwIAt0gAAM0sBgBvjwEAQhECAE4FAgAbjwAAV58JAKyfCQABoAkAVqAJAKugCQAAoQkAVaEJAKqhCQBCsA0A/fQNAGjgDAA6vgcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAZo0MALJLAgDz/Q4AAp8JAE4FAgA6vgcAnA4AAHMuCQDILgkAHS8JAHIvCQBOBQIAVQAAALdIAADNLAYAb48BAEIRAgBOBQIAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAC5yCgCDcgoA8/0OAAKfCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgAgfgwA8QUJAOYYAQD9pwUAGo8BAG+PAQBOBQIAOr4HAJwOAABzLgkAyC4JAB0vCQByLwkATgUCAEC2CQCVtgkA6rYJAD+3CQCUtwkA6bcJAD64CQCTuAkA6LgJAD25CQCSuQkA57kJADy6CQCRugkA5roJADu7CQCQuwkA5bsJADq+BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAEKwDQD7nw8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAkbgLAOa4CwA9GAAAB0sDAG+PAQBCEQIATgUCAPP9DgACnwkATgUCABuDDAA2vQwARw4AALecAQAMnQEAUU4LAKZOCwD7TgsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAAvqCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIABaAFAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAAbuCwBb7gsAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMAWqAFAK+gBQAEoQUAWaEFAK6hBQADogUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwCjpwoA+KcKAE2oCgCiqAoA96gKAEypCgChqQoA9qkKAEuqCgCgqgoA9aoKAEqrCgCfqwoA9KsKAEmsCgCerAoA86wKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMAM70PAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAxNgNAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAvDgLALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAKWmCQAajwEAY5oCADO9DwCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAFiiBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQADogUA4sQDADfFAwBBuAYAlrgGAOu4BgBAuQYAlbkGAOq5BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgB9cw8A0nMPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAIXoPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgB2eg8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBV+AcA8QUJAGuUAABHDgAAkQsOAJIYAAARQwEAC+oKAKtTAQBAswwAxOIDAHaHAgAL6goAmFsMABbpAADC5QIANhUKALCfBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAbjIKABc8AgC3SAAAC+oKAJhbDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAA2ODwAajwEA4xoCAP6lBgBsPAIAOW8CANN+AwBOBQIAV/ILAKzyCwAB8wsAVvMLALecAQAMnQEAUasDAKarAwAF7A4AVfgHAPsBAwDkZAwAkBMHAOUTBwA6FAcATgUCADq+BwDfHgIAzYcAADlvAgBjRQIALswFAE4FAgDz/Q4A4xoCADHNAQAf2wUA77QGALdIAABOBQIAowUCAIsWCQDgFgkASAoDAJ0KAwCdrQoAPBkAABc+AABOBQIA09YAACjXAABsPAIAZzQPALw0DwAJ7ggAXu4IAE4FAgBmjQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgCHwgsAFD0EAGk9BAC3nAEAM70PAOYYAQD7/AcAPRgAALdIAADNhwAAsksCAM0sBgA7EwcAAp8JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBACr8wsAAPQLAFX0CwCq9AsATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAKvzCwAA9AsAVfQLAKr0CwC4RgEADUcBAIcVDgDcFQ4AMRYOALecAQDTfgMATrEAAM2GAQCisAIA2SYAAIsWCQBCEQIAG48AABc8AgBjRQIALswFAPsBAwDjGAQAw4UMABiGDABthgwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBAAHmAsA7wwEABbnAgBOsQAAzYYBAJATBwC3SAAAzSwGACItBgB3LQYAzC0GACEuBgB2LgYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMAMxgKAIgYCgDdGAoAzC0GACEuBgB2LgYAhhoKADhoCgCNaAoA9wYCABqPAQAXPAIAY0UCAPAOAQCSCQ8ATgUCALCfBQAXPAIAY0UCAJO8BQCySwIAC+oKAGaNDACEdQYAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwAbgwwANr0MAEcOAAB2hwIAt5wBAAydAQBRTgsApk4LAPtOCwClpgkANr0MAEcOAAB2hwIATgUCAGaNDABN+Q4AVfgHAE4FAgAHmAsAbjIKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCAGaNDABN+Q4AVfgHAE4FAgAHmAsAbjIKABc8AgC3SAAApp8PAAAAAABOBQIAZo0MAE35DgBV+AcATgUCAAeYCwBuMgoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAEKwDQD7nw8AYUkAAPAOAQBVAAAAbjIKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBABmjQwAjQ8OAC10CQCCdAkA13QJACx1CQC+jQkAE44JAM+DAgBEtQYAFzwCAFX4BwBOBQIAZo0MAILLBwDXywcALMwHAIHMBwAL6goAmFsMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgBmjQwAhHUGAEIRAgBXngoA5hgBAE4FAgCHwgsAkBQGAOUUBgAgfgwABewOAFrsDgAJ7ggARQEPAJoBDwBHDgAATgUCAPP9DgACnwkAAAAAAAAAAAD7AQMAlhEDAJC6CgDlugoAOrsKAI+7CgC8OAsAkwgPAOgIDwA9CQ8AQrANAP30DQBo4AwAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUAxi4LABsvCwBwLwsApaYJADa9DABHDgAAdocCAJewDQCYWwwA7VsMAEJcDACXXAwA7FwMAEFdDACWXQwA610MAEBeDAAgfgwAWusPAGuUAABCsA0A/fQNAGjgDACwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwA3xQMAjMUDAOHFAwAzGAoAiBgKAN0YCgDMLQYAIS4GALHqDgCQFAYAC+oKALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQDVKAIAKikCAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAraIFAAKjBQBXowUArKMFADq+BwCMHgAA4R4AADYfAACLHwAA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADhxQMAMxgKAIgYCgDdGAoAMhkKAIcZCgDcGQoAMRoKAEgKAwCdCgMAna0KAJIMDACaXAkAQLYJALdIAAAL6goAQrANAP30DQBo4AwAG4MMADa9DABHDgAAa5QAALdIAADT1gAAOxMHABc8AgBKXgIATgUCAIfCCwD6+QsAT/oLABuPAABwjwAAFzwCAGNFAgCTvAUA6LwFAD29BQDNhwAA4xoCALecAQAAAAAATgUCAEpeAgD0VAwAb48BAJ1gAgD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEACwnAgCBJwIAsJ8FAD6/AgCBxA8A1sQPACvFDwCXWw0A2SMDAJwOAADmGAEA+/wHAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAMYuCwAbLwsAcC8LAKWmCQDTfgMAAAAAAAAAAAAAAAAAXPYCALH2AgBCvAEAAAAAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwBBuAYAlrgGAOu4BgBAuQYAlbkGAOq5BgDmGAEAwzcFABg4BQBtOAUAwjgFAFX4BwDjGgIATgUCAOYYAQA7GQEARlkLAJtZCwDwWQsA5hgBAMM3BQAYOAUAbTgFAMI4BQBOsQAAo7EAAPixAABNsgAAorIAAP2nBQA5bwIAseoOAM2HAACCywcA5hgBANDYAQBwjwAAB0sDAE6xAAA+vwIAsksCAM0sBgA7EwcAAp8JAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMeADQAcgQ0A2MMOAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBKBgUAnwYFAPQGBQBJBwUATgUCALecAQBkQgQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIAOGYMAI1mDABmjQwAgssHAFX4BwAXPAIAY0UCAEcOAADrvQEArpkNAF72AADVJQUANr0MAEcOAAB2hwIACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkACJkJAF2ZCQCymQkAB5oJAGaNDABN+Q4A034DAE4FAgDz/Q4A2SYAAE4FAgBCsA0A+58PAGFJAAC2SQAAVQAAAAnuCADvtAYAGo8BAKrzDACLFgkAa5QAAFX4BwBOBQIA5hgBAMM3BQAYOAUAbTgFAMI4BQBm5wcAG4MMADa9DABHDgAAdocCABuDDAA2vQwARw4AAHaHAgBOBQIApaYJANN+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ+xBAD0sQQAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkAJH0JAHl9CQDOfQkAI34JAOHFAwAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgAxGgoA8/0OAJATBwDlEwcA8loIAEdbCACcWwgA8VsIAEZcCACbXAgATgUCAEKwDQDNLAYAIi0GAHctBgBV+AcATgUCAPP9DgBAtgkA034DAEcOAABk7QMAue0DAGRCBADVKAIARw4AAGTtAwC57QMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAx4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0Aw4QNABiFDQBthQ0AwoUNAOHFAwAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgAxGgoA8/0OAJATBwDlEwcA8loIAEdbCACcWwgA8VsIAEZcCACbXAgATgUCAEKwDQDNLAYAIi0GAHctBgBV+AcATgUCAPP9DgBAtgkA4cUDADMYCgCIGAoA3RgKADIZCgCHGQoA3BkKADEaCgDz/Q4AkBMHAOUTBwDyWggAR1sIAJxbCADxWwgARlwIAJtcCABOBQIAQrANAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQAXPAIAseoOAGOaAgAMnQEAYZ0BANN+AwDVKAIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMI5BADTcw4ATaMPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOIYBQA3GQUAjBkFAOEZBQDmGAEAwzcFABg4BQBtOAUAwjgFAAAAAADwDgEA+lYEAGaNDACNDw4ALXQJAIJ0CQDXdAkALHUJAL6NCQATjgkAz4MCAES1BgAXPAIAVfgHAE4FAgBmjQwAgssHANfLBwAszAcAgcwHAAvqCgCYWwwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCAGaNDACEdQYAQhECAFeeCgDmGAEATgUCAIfCCwCQFAYA5RQGACB+DAAF7A4AWuwOAAnuCABFAQ8AmgEPAEcOAABOBQIA8/0OAAKfCQAAAAAAkgkPAFFUBQCmVAUA+1QFAFBVBQClVQUA+lUFAPAOAQD6VgQAZo0MAI0PDgAtdAkAgnQJANd0CQAsdQkAvo0JABOOCQDPgwIARLUGABc8AgBV+AcATgUCAGaNDACCywcA18sHACzMBwCBzAcAC+oKAJhbDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAZo0MAIR1BgBCEQIAV54KAOYYAQBOBQIAh8ILAJAUBgDlFAYAIH4MAAXsDgBa7A4ACe4IAEUBDwCaAQ8ARw4AAE4FAgDz/Q4AAp8JAAAAAABX8gsArPILAPsBAwAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAOr4HAI++BwDkvgcADu4DAGPuAwC47gMADe8DAGLvAwCXWw0AAAAAAAAAAABHDgAAAAAAAAAAAACfsQQAytkGAB/aBgBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwDhxQMAMxgKAIgYCgDdGAoAzC0GACEuBgB2LgYA+wEDAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAS1YJAKBWCQD1VgkASlcJAJ9XCQA6vgcAnA4AAHMuCQDILgkAHS8JAHIvCQBOBQIAZo0MANkmAAC3SAAAC+oKAJhbDABvjwEAQhECAE4FAgBCsA0A/fQNAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMAB54FAFyeBQCxngUABp8FAFufBQAbjwAAcI8AAAdLAwAG+AEATgUCADq+BwCcDgAAcy4JAMguCQAdLwkAci8JAPsBAwDNhwAABvgBABc8AgBjRQIAt0gAAFFUBQCmVAUAa5QAAEcOAABVAAAACe4IAF7uCAAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIAC+oKAJhbDAAW6QAAwuUCAI68CgDjvAoAOL0KAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAiMcFAN3HBQAyyAUAh8gFAM2HAAAiiAAABkcIAFtHCABV+AcATgUCAEKwDQD7nw8AYUkAAOYYAQD9pwUAUqgFAE4FAgC+jQkAE44JALdIAABRVAUAplQFAGuUAABHDgAATgUCAAeYCwC8NQ4AXu4IAE4FAgC+jQkAE44JAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBkQgQAFD0EAEyyAQCQFAYA5RQGANPWAAClpgkAGo8BAE6xAAAGRwgATgUCAIfCCwD6+QsAVfgHADVsCQDE4gMA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBSSQ8AmFsMABbpAADC5QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwBSSQ8AmFsMABbpAADC5QIAa5QAAFX4BwA1bAkAxOIDAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDBOAYAFjkGAGs5BgDAOQYAFToGAGo6BgC/OgYAFDsGAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOhcEAI8XBADkFwQAORgEAI4YBAAxzQEAhs0BANvNAQAwzgEAhc4BAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAMjYCQAd2QkActkJAMfZCQDNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDBOAYAFjkGAGs5BgDAOQYAFToGAGo6BgC/OgYAFDsGAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAx4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0Aw4QNABiFDQBthQ0AwoUNAAeYCwDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgDYxwoALcgKAILICgDXyAoASAoDAJ0KAwCdrQoAkgwMAJpcCQBAtgkAt0gAAAvqCgBCsA0A/fQNAGjgDAAbgwwANr0MAEcOAACOvAoA47wKAC7MBQCDzAUA2MwFAIAkBgA6vgcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBmjQwA09YAAIImAgC3SAAATgUCANPWAACCJgIA+qEOAE+iDgBX8gsArPILAAHzCwBW8wsAB5gLAG4yCgBHDgAA670BAL+UAQDjGgIAt5wBADO9DwBCsA0A/fQNAGjgDACwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAxi4LABsvCwBwLwsAQrANAPufDwBhSQAAvo0JABOOCQAuzAUAg8wFANjMBQCAJAYAOr4HAIweAADhHgAANh8AAIsfAADgHwAAXvYAALiQDAAZ4wMAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAF5CCgDcwgsAMcMLAOMaAgD+pQYAU6YGAKimBgD9pgYAPRgAAE4FAgA6vgcAMr8OAIe/DgCySwIAGo8BABQ9BAD7/AcAOxMHAEC2CQC3SAAAC+oKAJhbDAAW6QAAwuUCAHkiDwDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA2B0KAC0eCgCCHgoA1x4KADq+BwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBICgMAnQoDAJ2tCgDyrQoAR64KAJyuCgDxrgoARq8KAKMFAgCLFgkA4BYJADUXCQDz/Q4AFzwCAE4FAgAgfgwAdX4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAQrwBABuPAABwjwAAB0sDAAb4AQDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0AGYQNAG6EDQDDhA0AGIUNAG2FDQDChQ0A/aMJALyPCQAOkwkAY5MJALiTCQANlAkA4cUDADMYCgCIGAoA3RgKADIZCgCHGQoA3BkKADEaCgDz/Q4AkBMHAOUTBwDyWggAR1sIAJxbCADxWwgARlwIAJtcCABOBQIAQrANAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQDLLgYAIC8GAHUvBgDKLwYAF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNAOHFAwAzGAoAiBgKAN0YCgDMLQYAIS4GANkaDACMHgAA8gYHADO9DwDvtAYAt0gAAM0sBgA7EwcAAp8JALdIAADNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgDLLgYAIC8GAHUvBgDKLwYAa5QAAMCUAAAW6QAAwuUCAOwRAgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgDLLgYAydQMAB7VDABz1QwAyNUMAB3WDABy1gwAx9YMAJwOAABzLgkAyC4JAB0vCQByLwkAxDkCAJATBwDlEwcAOhQHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAJ0DCgDAlAAAFukAAMLlAgA9GAAAkhgAAEK1CACXtQgA7LUIAEG2CACWtggA67YIAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAEKwDQDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgCGGgoAMcIMABeMBwBsjAcAwYwHABaNBwBrjQcAwI0HABWOBwBqjgcAZo0MANkmAAC3SAAAC+oKAJhbDAA6vgcAjB4AAPIGBwAzvQ8A77QGALdIAADNLAYAOxMHAAKfCQBOBQIAvDgLAJMIDwDoCA8APQkPANkjAwCasAoA77AKAESxCgCZsQoA7rEKAEOyCgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgAlfwYAen8GAM9/BgAkgAYAt5cGAAyYBgBhmAYAtpgGAAuZBgBgmQYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAEKwDQD99A0AkBMHAG4yCgC3nAEADJ0BAGGdAQDTfgMA+wEDAAAAAABOBQIAQrANABBDAgBlQwIAukMCAJdbDQA6vgcAjbsMABqPAQCQFAYAzYcAAOMaAgC3nAEAM70PADq+BwCMHgAA4R4AADYfAACLHwAA4B8AAPNbBgBOBQIAowUCAL+JDAAUigwAaYoMAEKwDQDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgD7AQMASAoDAJ0KAwCdrQoAZo0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAzvQ8AOr4HAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAME4BgB4eg0AzXoNACJ7DQAXPAIAmlwJAAw7DgCfXgIAwJQAAJG4CwDmuAsAFzwCAGNFAgCTvAUA6LwFAD29BQDNhwAA4xoCALecAQAzvQ8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANN+AwD7AQMAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgA5wwMAFzwCAGNFAgC4RQIAjrcPAEcOAACMHgAA/6EJAFSiCQCpogkA/qIJAFOjCQCoowkAFjkGAGs5BgDAOQYAFToGAGo6BgC/OgYAFDsGANkjAwCcDgAAcy4JAMguCQAdLwkAci8JAE4FAgC8OAsAkwgPAOgIDwA9CQ8AF4YNAGyGDQCHaBAA3GgQADFpEACGaRAA22kQADBqEACFahAA2moQAC9rEACEaxAAyd0DAB7eAwBz3gMAyN4DAB3fAwBy3wMAx98DABzgAwAbgwwANr0MAEcOAADjGgIA/qUGAFOmBgCopgYA/aYGAFKnBgDZGgwA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDXzAYAMc0BAEcOAADPMAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAwTgGAHh6DQDNeg0AInsNAE4FAgDmGAEA/acFANN+AwBOBQIAV/ILAKzyCwAB8wsAVvMLAOMaAgB2JQ8AZo0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCwnwUABaAFAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAAbuCwBb7gsAsO4LAAXvCwC8OAsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgBIVgwAixUKAP30DQBo4AwAh8ILAFUAAAAiiAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAwTgGAHh6DQDNeg0AInsNAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgA7EwcAOxMHALdIAABHDgAAdocCAFFUBQBXnAwAZzQPAE4FAgCjBQIAFzwCAJpcCQDmGAEATgUCAEK8AQBe9gAA+wEDAPgEAwCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAbgwwAcIMMAMWDDAAahAwAvo0JAJG4CwDmuAsATgUCAPP9DgBAtgkAt0gAAE4FAgDz/Q4A2SYAAE4FAgBmjQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwDjGgIA/qUGAFOmBgCopgYA/aYGAFKnBgDZGgwATgUCAEKwDQD99A0AaOAMAEKwDQDNhwAAE48IAEpeAgBOBQIAQrANAE35DgDTfgMATgUCAPP9DgDZJgAATgUCAEKwDQD7nw8AYUkAALZJAAALSgAAa5QAAFX4BwBOBQIA4xoCAP6lBgBTpgYAqKYGAP2mBgBSpwYAt5wBAM2HAACSwQEAdocCAM0sBgBOsQAARw4AAIweAADNhwAAOW8CAE6xAAAGRwgAyzICAH1zDwDScw8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgAheg8AdnoPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAwTgGAHh6DQDNeg0AInsNAAAAAABVAAAACe4IAEUBDwBHDgAAjB4AAM2HAAA5bwIATrEAAAZHCABVAAAAfSsCAMsyAgB9cw8A0nMPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIAIXoPAHZ6DwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAME4BgB4eg0AzXoNACJ7DQC3nAEAZEIEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMALnIKAIweAADhHgAAFukAAMLlAgD7AQMAt0gAAFFUBQBXnAwA5mwCAEcOAABVAAAAbjIKABc8AgC3SAAA+wEDALdIAABRVAUAV5wMAOZsAgBHDgAAVQAAAG4yCgAXPAIAt0gAAPsBAwCdAwoAwJQAABbpAADC5QIAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAD9hCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKAGbkCgC75AoAEOUKAGXlCgAXhg0AbIYNAMGGDQAWhw0Aa4cNAMCHDQAViA0AaogNAL+IDQAUiQ0AaYkNAL6JDQATig0AaIoNAL2KDQASiw0Ah2gQANxoEAAxaRAAPRgAAPAOAQCSCQ8ATgUCALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQDGLgsAGy8LAHAvCwA6vgcAjB4AAOEeAAA2HwAAix8AAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEAEO4BACYuAQA7bgEANUoAgAqKQIAUVQFAFecDADmbAIARw4AAFUAAABuMgoAFzwCALdIAADLMgIAIXoPAHZ6DwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAME4BgB4eg0AzXoNACJ7DQB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQB0fg0AvDgLAJMIDwDoCA8APQkPAMHmAgA+vwIAgcQPANbEDwArxQ8AgMUPANXFDwAqxg8Af8YPANTGDwAxdQQAhnUEANt1BAAwdgQAhXYEANp2BAAvdwQAhHcEANl3BAAueAQAg3gEANh4BAAteQQAgnkEANd5BAAsegQAgXoEANZ6BAArewQAgHsEANV7BAAqfAQAf3wEANR8BAApfQQAfn0EANsaCgA+vwIAgcQPANbEDwArxQ8AgMUPANXFDwAqxg8Af8YPANTGDwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAt0gAAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAMsuBgAgLwYAdS8GAMovBgBICgMAa5QAANPWAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAwTgGAHh6DQDNeg0AInsNAAKfCQCSGAAAAfQKAFb0CgDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMAna0KAGaNDAATjwgAZEIEAO65AgBh6gkAV/ILAKzyCwAB9AoAVvQKAEcOAABOBQIAowUCAL+JDAAUigwAaYoMAL6KDACHwgsA3MILADHDCwDTfgMAKH8DAH1/AwAXPAIATgUCALCfBQCjsQAAG48AAEcOAAB2hwIAC+oKAE4FAgBX8gsArPILAAH0CgBW9AoAZo0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAHCJBgDFiQYAGooGAG+KBgAuzAUATgUCANPWAAClpgkAGo8BAGOaAgAzvQ8AvDgLAEcOAAB2hwIAy4cCAOMaAgC3nAEAZEIEAMTiAwDfHgIAGo8BAG+PAQBCEQIATgUCAGaNDACEdQYAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMAj74HAOS+BwA5vwcAjr8HAOO/BwA4wAcAjcAHAOLABwBCsA0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwBCsA0A+58PAGFJAAAbgwwANr0MAEcOAAB2hwIAQrANAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAIYaCgA4aAoAjWgKAPcGAgAajwEAFzwCAGNFAgDz/Q4AkBMHAOUTBwA6FAcATgUCAEKwDQBOsQAAVQAAAE4FAgCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwA3xQMAjMUDANPWAAAajwEAkBQGAAxJAABOBQIAG4MMADa9DABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIAB5gLALhGAQANRwEA7rkCABqPAQBV+AcABewOAMCUAAD7AQMA4xgEAMOFDAAYhgwAbYYMAMHmAgCFywQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAGTtAwC57QMAZucHALvnBwAQ6AcAZegHALroBwAP6QcAZOkHALnpBwCmnw8A9QcDAE6xAABVAAAATgUCAAeYCwC4RgEADUcBAO65AgAajwEAVfgHAAXsDgDAlAAA+wEDAOMYBADDhQwAGIYMAG2GDADB5gIAhcsEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAFX4BwCq+AcAZzQPALdIAADNLAYA7rkCAGHqCQA6vgcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwDz/Q4AFzwCAE4FAgAgfgwA8QUJAGuUAABHDgAATgUCAFfyCwCs8gsAAfMLAFbzCwCLHQIAt+UNAAzmDQDE4gMAVfgHAEcOAABOBQIAOr4HAIweAADhHgAANh8AAIsfAADgHwAANSAAAEO5AwCYuQMA7bkDABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAzvQ8A8/0OABc8AgBOBQIAIH4MAPEFCQBrlAAARw4AAE4FAgBX8gsArPILAAHzCwBW8wsAix0CALflDQAM5g0AxOIDAE4FAgA6vgcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwDz/Q4AFzwCAE4FAgAgfgwA8QUJAGuUAABHDgAATgUCAFfyCwCs8gsAAfMLAFbzCwCLHQIAt+UNAAzmDQDE4gMApp8PAJIUBACLFgkA4BYJADUXCQBX8gsArPILAAHzCwBW8wsAq/MLAAD0CwBV9AsAqvQLAAAAAADNhwAAE48IAGiPCABkQgQA+wEDABc8AgCx6g4Ab48BAEIRAgBXngoAwJQAABbpAADC5QIAa5QAAOYYAQBOsQAAPr8CACKIAAAGRwgAW0cIAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAMLlAgAxzQEARw4AAPsBAwDZIwMAmrAKAO+wCgBEsQoAmbEKAO6xCgBDsgoAl1sNAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBADGLgsAGy8LAOAVCgA1FgoAihYKAMwtBgAhLgYAdi4GAIYaCgBCsA0A/fQNAFX4BwAF7A4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwD7nw8AYUkAAMaLAwAbjAMAcIwDAMWMAwAajQMAb40DAMSNAwAZjgMAZo0MAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAzvQ8AsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwBmjQwAsksCAFKgDQD7nw8AGo8BAMTiAwAZ4wMA5hgBADsZAQDmGAEA+/wHAD0YAABEBwoAmQcKAO4HCgA4ZgwAjWYMAOYYAQD9pwUAOW8CAEpeAgCfXgIAVfgHAE4FAgAgfgwABewOAM2HAABwgwwAxYMMABqEDABvhAwAxIQMABmFDABuhQwAWEUNAE35DgBV+AcATgUCAIfCCwD6+QsAT/oLABOLDAB1fgwAxOIDAOFzAADjGgIAt5wBADO9DwBV+AcATgUCABuPAABwjwAAt0gAAM0sBgBjmgIATgUCAEKwDQDNLAYAIi0GAHctBgBV+AcATgUCAL6NCQATjgkAt0gAAFFUBQC3nAEAZEIEALlCBAD8/gQATrEAAMsyAgAheg8AdnoPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAwTgGAHh6DQDNeg0AInsNAA2ODwCMHgAA4R4AADYfAACLHwAA4B8AAFX4BwAF7A4AzYcAAILLBwD7AQMA8QUJANPWAAA9GAAA+wEDAKWmCQA2vQwARw4AAHaHAgC3nAEADJ0BAEkBCwCeAQsA8wELAEgCCwAJ7ggAXu4IABbpAADC5QIA5GQMAJATBwDlEwcAOhQHAE4FAgAbjwAAcI8AAAdLAwAG+AEATgUCADq+BwCcDgAAcy4JAMguCQAdLwkAOr4HADK/DgCHvw4AsksCABuPAABHDgAATgUCAKWmCQBIVgwA77QGAEpeAgCfXgIAVfgHAPEFCQCQEwcA5RMHAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAl2AIAOxgCABBYQgAlmEIANtxCAAwcggAhXIIANpyCABV+AcATgUCAPP9DgBAtgkAt0gAAE4FAgDT1gAAgiYCABqPAQCQFAYAzSwGAG+PAQBCEQIATgUCAKMFAgC/iQwAFzwCAE4FAgDz/Q4AkBMHAOUTBwDyWggAR1sIAJxbCADxWwgARlwIAF7uCABsPAIAsksCAM0sBgA7EwcAAp8JALdIAADNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgDLLgYAydQMAB7VDABz1QwAyNUMAB3WDABy1gwAx9YMAEUNAwDQ2AEAt0gAAM2HAACySwIAC+oKAPP9DgCQEwcA5RMHAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAE4FAgBCsA0AzSwGACItBgB3LQYAVfgHAE4FAgDz/Q4AQLYJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQBGWQsANWwJAABIDQDTfgMATgUCALCfBQAFoAUACOwLAHCPAAC3SAAAC+oKAPUHAwDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgCGGgoA09YAAIImAgAajwEAkBQGAM0sBgBvjwEAQhECAE4FAgCjBQIAv4kMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAKWmCQA2vQwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBABeMBwAAAAAAt5wBAPsBAwBICgMAnQoDAJ2tCgAbgwwANr0MAEcOAAB2hwIARw4AAE4FAgBmjQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwCHwgsA3MILADHDCwDPzwsAJNALAHnQCwAHmAsAbjIKAMMyCgBQAgMApQIDAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDkFgUAFzwCAGNFAgCTvAUAsksCAAvqCgA6vgcAjB4AAEcOAADrvQEAv5QBADsTBwC3nAEAt5wBAE4FAgAbgwwANr0MAEcOAAB2hwIAXvYAALiQDACfsQQAQrANAFFUBQCmVAUAa5QAAFX4BwBOBQIAowUCAL+JDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADTfgMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAAAH0CgBW9AoARw4AANkmAAA5xQEAjsUBAOPFAQAF7A4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAMeADQAcgQ0ACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsABu4LAFvuCwC+jQkAE44JAJO8BQDovAUAPb0FAE4FAgBmjQwATfkOANN+AwBOBQIAsJ8FAAWgBQBaoAUAEooOAGeKDgAiiAAALXQJAE4FAgAHmAsAbjIKABqPAQBvjwEAsksCAEcOAAD7AQMASAoDAJ0KAwCdrQoA8q0KAIweAADhHgAANh8AAIsfAADgHwAA81sGAE4FAgBmjQwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBADO9DwCjBQIAv4kMABc8AgBOBQIAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMARw4AAIweAADhHgAANh8AAIsfAADgHwAA81sGAEhcBgDhHgAAFukAAMLlAgCMHgAA4R4AABbpAADC5QIAF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNANUoAgAXPAIAY0UCALhFAgCOtw8ARw4AAIweAAC94AwAX0kCAE6pCACjqQgATgUCADq+BwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgClpgkANr0MAEC2CQBHDgAAjB4AANYdDADQIwwAFzwCALHqDgDuuQIAYeoJALbqCQDLMgIAfXMPAMCUAAAW6QAAwuUCAMsyAgA9GAAAa5QAALdIAADT1gAAOxMHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCABeGDQBshg0AIocBAHeHAQDUHA8AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAQrANAPufDwBhSQAAvDgLABE5CwBV+AcAVQAAAG4yCgAajwEAb48BAO9iAwBOBQIAG48AABc8AgC3nAEA+wEDAEwJAAClpgkA+qYJAE+nCQCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAxi4LABsvCwBwLwsAQrANAPufDwBhSQAAY5kDAPEFCQBGBgkAmwYJAPAGCQBFBwkArUkJACB+DACq+AcAa5QAAOYYAQA7GQEAY5kDAPEFCQBGBgkAmwYJAPAGCQBFBwkArUkJACB+DACq+AcAa5QAAOYYAQA7GQEAkBkBAE4FAgC+jQkAkbgLAOa4CwA9GAAAB0sDAG+PAQBCEQIAa5QAAMCUAADmGAEATLIBAMTiAwDrvQEAv5QBADsTBwACnwkATgUCACB+DAAF7A4APRgAAAdLAwBrlAAAVfgHAE4FAgDT1gAApaYJABqPAQBjmgIAM70PAEKwDQBRVAUA034DABqPAQBvjwEAQhECAE4FAgBCsA0A/fQNAGjgDACwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAxi4LABsvCwBwLwsAQrANAPufDwBhSQAAY5kDAPEFCQBGBgkAmwYJAPAGCQBFBwkArUkJACB+DACq+AcAa5QAAOYYAQA7GQEAIH4MAFrrDwCv6w8ABOwPAFnsDwCu7A8AA+0PALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQB60ggAOxMHABeMBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOMYBADDhQwAGIYMAG2GDABM/AwApaYJABqPAQBjmgIAM70PAKMFAgAuJwAAt0gAAE6xAAAGRwgAGo8BAG+PAQBCEQIATgUCADq+BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABmjQwAZzQPABqPAQBOBQIA7rkCAGHqCQC26gkA2RoMAL+UAQA7EwcAAp8JAPsBAwAajwEAY5oCADO9DwA9GAAAkhgAABFDAQDZJgAAv4kMABSKDABpigwAvooMAEC9AgDAlAAAFukAAMLlAgBCvAEAjL8JAOG/CQA2wAkAi8AJAODACQA1wQkAAAAAAFz2AgCx9gIAV/ILAKzyCwDnGAAAE5EGAGiRBgBO/AoAo/wKAPj8CgCjBQIAixYJAOAWCQA1FwkA8/0OABc8AgBOBQIAIH4MAHV+DAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgC8OAsAETkLAGY5CwC7OQsAEDoLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAJG4CwDmuAsAAAAAAFX4BwDxBQkARgYJAJsGCQDwBgkARQcJAMMzCQAYNAkAbTQJAMI0CQAXjAcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAL+JDAAUigwAaYoMAL6KDABAvQIAwJQAABbpAADC5QIAyzICAA2ODwCcDgAAcy4JAKvzCwCLFgkANhEOAJ1gAgBOBQIAZo0MAIR1BgDuuQIAQ7oCAJi6AgBkQgQAVfgHAE4FAgAgfgwA8QUJAEYGCQCbBgkA8AYJAEUHCQCtSQkAvDgLABE5CwDuuQIAGo8BABc8AgCaXAkAAp8JAOYYAQD7/AcAPRgAANPWAAA7EwcAFzwCAEpeAgD0VAwAb48BAEIRAgBOBQIAsJ8FAAWgBQBaoAUAEooOAGeKDgC8ig4AEYsOAGaLDgC7iw4ATgUCAL6NCQCRuAsA5rgLADu5CwCQuQsA5bkLADq6CwA6vgcAMr8OAFFUBQBXnAwAsksCAAvqCgBCEQIATgUCAIfCCwD6+QsAT/oLALw4CwAajwEAkBQGAAxJAABhSQAAxosDAE4FAgBX8gsArPILAAHzCwBW8wsAvo0JAJG4CwDmuAsAPRgAAAdLAwBvjwEAQhECAE4FAgDz/Q4AFzwCAE4FAgDmGAEATLIBAMTiAwDPMAAAzYYBAKKwAgDZJgAAixYJAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAJO8BQCySwIAC+oKACB+DADxBQkARgYJAJsGCQDwBgkARQcJAK1JCQAHmAsAuEYBAA1HAQDuuQIAGo8BAFX4BwAF7A4AOxMHADsTBwC3SAAAt5wBADO9DwBHDgAA670BAE4FAgAgfgwA8QUJAEYGCQCbBgkA8AYJAEUHCQCtSQkAV/ILAKzyCwAB8wsAVvMLAKvzCwAA9AsAVfQLAKr0CwAgfgwA8QUJAEYGCQCbBgkA8AYJAEUHCQCtSQkAvDgLABE5CwBV+AcAVQAAAG4yCgAajwEAb48BAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAO22BgBCtwYAl7cGAOy3BgAajwEAzYcAABOPCABOBQIAQrANAE6xAABVAAAA+wEDAE4FAgDTcw4ATaMPALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQBe9gAAAAAAAJ+xBABT8w4Av4kMABc8AgC3SAAAzSwGAO65AgBh6gkA8gYHANN+AwBOBQIAvo0JABOOCQBojgkAvY4JABKPCQBnjwkATgUCAIfCCwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA4xgEAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAO22BgBCtwYAl7cGAOy3BgBICgMAnQoDAN5vBwDTcw4Aa5QAAKtTAQBAswwAxOIDAHaHAgDNLAYAb48BAEIRAgBOBQIAIH4MAPEFCQDmGAEA/acFABqPAQB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAy9YIACDXCAB11wgAytcIABc8AgBjRQIAuEUCAI63DwBHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAAAbjwAAcI8AAAdLAwAG+AEA+wEDAAAAAADjGgIAt5wBADO9DwBCsA0A/fQNAGjgDACwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAxi4LABsvCwBwLwsAQrANAE6xAABVAAAA+wEDAAAAAAC3nAEARw4AAPsBAwAAAAAAOr4HAOu9AQBAvgEA+wEDAAAAAAA9GAAAPRgAAGuUAADvtAYAt0gAAM0sBgA7EwcAAp8JAE4FAgC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQDdbgkAt0gAAM0sBgAiLQYAdy0GAFX4BwDxBQkAQLYJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbS0QAG4yCgDDMgoAGDMKAF72AADVJQUANr0MAEcOAAB2hwIArpkNAL6NCQATjgkAk7wFAOi8BQA9vQUATgUCACB+DACq+AcA7FkPAEFaDwDjGgIAzYcAAJLBAQCMHgAAOr4HAIweAADhHgAANh8AAIsfAADgHwAANSAAAGaNDACySwIAG48AALecAQBV+AcATgUCAFfyCwCs8gsAAfMLAFbzCwCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAxi4LABsvCwBwLwsAFzwCAGNFAgC4RQIAjrcPAEcOAACMHgAABewOAMCUAAAW6QAAwuUCAGuUAADAlAAAFukAAPf+CQBM/wkA5xgAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwBBuAYAlrgGAOu4BgBAuQYAlbkGAOq5BgAAAAAAAAAAAFz2AgCx9gIAVvwCAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAN8UDAIzFAwBBuAYAlrgGAOu4BgBAuQYAlbkGAOq5BgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADC5QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIAIXoPAHZ6DwCisAIAOcMDAI7DAwDjwwMAOMQDAFJJDwCnSQ8A/EkPAFFKDwCmSg8A+0oPAFBLDwClSw8Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0Aw4QNABiFDQBthQ0AwoUNADsTBwBHDgAATgUCALw4CwCTCA8A6AgPAD0JDwAAAAAAAAAAAAAAAAAL6goAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEAQLMMADsTBwACnwkATgUCAL6NCQATjgkAaI4JAL2OCQASjwkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACAFrrDwBwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAZo0MAOMaAgBCEQIAV54KAPIGBwAzvQ8ApaYJAD0YAABrlAAAq1MBAECzDAAAAAAAPRgAAE4FAgC+jQkAE44JAKWmCQAbjwAARw4AAOFzAACCywcARw4AAOu9AQC/lAEAOxMHAAKfCQBrlAAAvo0JALHqDgCq8wwAixYJABuPAAC3SAAAzYcAALJLAgAAAAAAOxMHAE4FAgC+jQkAE44JAM+DAgAkhAIARw4AAOFzAACCywcAPRgAAJIYAAD7AQMAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAPAFCgBFBgoAmgYKAO8GCgBrlAAA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYA7bYGAEK3BgCXtwYA7LcGAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAE4FAgBCsA0AzSwGACItBgB3LQYAVfgHAE4FAgDz/Q4AQLYJAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQBOBQIAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAraIFAAKjBQBXowUArKMFAA2ODwCcDgAAcy4JAMguCQAdLwkAci8JALdIAADNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgDLLgYAydQMAB7VDABz1QwAyNUMAB3WDABy1gwAx9YMAOHFAwAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgAxGgoASAoDAJ0KAwCdrQoA8q0KAEeuCgCcrgoA8a4KAEavCgCjBQIAixYJAOAWCQA1FwkA8/0OABc8AgBOBQIAIH4MAHV+DAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIAE48IADO9DwDAlAAAFukAAMLlAgA7EwcAOxMHALecAQBOBQIAQrANAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQC3SAAATgUCANPWAAClpgkAGo8BAGOaAgAzvQ8A09YAAIImAgAajwEAkBQGAM0sBgBvjwEAQhECAE4FAgCjBQIAv4kMABc8AgBOBQIAZo0MAE35DgCi+Q4A8/0OAJATBwDlEwcAOhQHAE4FAgCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwCHwgsA+vkLAE/6CwBX8gsArPILAAHzCwBW8wsA32gNADRpDQCJaQ0A3mkNADNqDQCIag0A3WoNADJrDQAsJwIAgScCAL6NCQATjgkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAQrANAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQC3SAAATgUCAGaNDADZJgAAt0gAAAvqCgCYWwwAM70PAMCUAAAW6QAAwuUCAHkiDwDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAR1kKAJxZCgDxWQoARloKAF72AADT1gAAgiYCABqPAQCQFAYAlhICABc8AgBjRQIAk7wFALJLAgAL6goAjQ8OAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAFX4BwDjGgIATrEAAE4FAgCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwDz/Q4A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAFX4BwDjGgIATrEAAE4FAgCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwC8OAsAt+UNAABUAQBVVAEA28IMADDDDACFwwwA2sMMAC/EDADT1gAApaYJAEhWDAA9GAAATgUCAEKwDQBRVAUA034DABqPAQBvjwEAQhECAE4FAgBCsA0A/fQNAGjgDACwnwUABaAFAFqgBQCvoAUABKEFAFmhBQBHDgAATgUCALCfBQAFoAUACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsABu4LAFvuCwCw7gsABe8LAGaNDACNDw4AAAAAABuPAAAajwEAFzwCAGNFAgAuzAUATgUCAKMFAgAXPAIAmlwJAOYYAQBOBQIAQrANAPufDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA034DABqPAQBvjwEAQhECAE4FAgAgfgwAqvgHAOxZDwBBWg8A4xoCAM2HAACSwQEAjB4AAN9oDQCNDw4AAAAAABuPAAAajwEAFzwCAGNFAgBmjQwAhHUGAL6NCQATjgkARw4AAJwOAABAtgkAFzwCAE6xAABrlAAAowUCABc8AgCaXAkA5hgBAE4FAgCHwgsAkBQGAEcOAABOBQIAB5gLALhGAQCx6g4AFD0EAP2nBQA5bwIA034DAE4FAgCjBQIA+AUCACKIAAAtdAkAxDkCABc8AgDTfgMATgUCAPP9DgAXPAIATgUCADq+BwCcDgAAQLYJABc8AgBOsQAAPRgAAGuUAACrUwEA+wEDAPUHAwDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgCGGgoAZo0MAI0PDgAAAAAAG48AABqPAQAXPAIAseoOAG+PAQBCEQIATgUCAGaNDACEdQYAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMAa5QAALdIAADNhwAAgssHAFX4BwAXPAIAseoOAG+PAQDZJgAAv4kMAE4FAgC8OAsAETkLAGY5CwARQwEA2SYAAL+JDAAUigwAaYoMAL6KDADNhwAAGo8BANUoAgDNhwAAZ4sNALrlCgAP5goAb48BAMXYDABRVAUAV5wMAOZsAgBHDgAAoVsDAM2HAACySwIAC+oKABuDDAA2vQwARw4AAHaHAgBOBQIAV/ILAF9JAgC0SQIACUoCAOcYAAATkQYAaJEGAE78CgCj/AoA+PwKAE39CgCi/QoA9/0KAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAxOIDAOMaAgB2JQ8ApaYJAM2HAADuuQIAGo8BAG+PAQCXsA0AYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoAXe0KALLtCgAH7goAXO4KAHV+DACKbAkA32wJADRtCQAbjwAAVfgHAL6NCQATjgkAk7wFAILLBwBOBQIAG48AAFX4BwAAAAAAOxMHAE4FAgBCsA0AzSwGACItBgB3LQYAzC0GACEuBgClpgkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAOxMHABc8AgBKXgIA1SgCAEIRAgBXngoArJ4KAAGfCgBWnwoAq58KAACgCgBjRQIARw4AAOu9AQCMHgAARw4AAPsBAwBCEQIAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKqgCgD/oAoAVKEKAKmhCgCjBQIAv4kMABc8AgDz/Q4AFzwCAE4FAgA6vgcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAAV/ILAKzyCwAB8wsAVvMLAEpeAgBikwoAkhgAANPWAAClpgkANr0MAEcOAAB2hwIAC+oKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC9kQYAEpIGAGeSBgC8kgYAEZMGAGaTBgBmjQwAgssHAFX4BwAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgC/iQwAFIoMAGmKDACQEwcA5RMHADoUBwBOBQIAQrANAE6xAABVAAAATgUCALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFAK6hBQADogUA4sQDADfFAwCMxQMA4cUDADbGAwDNhwAAGo8BAGuUAADAlAAAFukAAMLlAgBCvAEAjL8JAOG/CQA2wAkAi8AJAODACQA1wQkAa5QAAOYYAQBVAAAAbjIKABc8AgBsPAIAOW8CANN+AwBOBQIAowUCAPgFAgBNBgIAOGYMAI1mDACHwgsA3MILADHDCwBX8gsAX0kCALRJAgAJSgIAvo0JABOOCQBHDgAAnA4AALecAQAbjwAAt0gAAM0sBgA7EwcAVfgHAAXsDgA9GAAAX0kCALRJAgAJSgIAV/ILAKzyCwAXPAIATgUCADq+BwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIAB5gLALhGAQANRwEA7rkCABqPAQBV+AcABewOAE6xAAAGRwgATgUCABuDDAA2vQwARw4AAHaHAgBOBQIAh8ILAPr5CwBP+gsASl4CAGKTCgCSGAAA09YAADsTBwAMOw4AG48AAFUAAABOBQIAowUCAPgFAgBNBgIAOGYMAI1mDACiBgIAB0sDADsTBwDLMgIAIXoPAAZHCADNhwAATfkOAD0YAABrlAAA8gYHAEcOAADLMgIAv4YPABSHDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgBh6gkAVfgHAKr4BwCCywcAVfgHABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwBICgMAX0kCALRJAgAJSgIA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgB30woAzNMKACHUCgB21AoATgUCALiQDACcDgAAcy4JAMguCQAdLwkAci8JAL7iCQCDHAsA2BwLAC0dCwCYWwwAFukAAMLlAgC8OAsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgBOBQIAZo0MAIR1BgBX8gsAa5QAANPWAABOBQIAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQDixAMA+wEDAEK8AQCMvwkA4b8JADbACQCLwAkA4MAJADXBCQCKwQkA38EJANjICQAAAAAAAAAAAAAAAADRzwkAJtAJAHvQCQDQ0AkAJdEJAHrRCQDP0QkAJNIJAAAAAAAAAAAAedIJAM7SCQAj0wkAwjkEABjhBgBt4QYAowUCAL+JDAAUigwAaYoMAPsBAwDjGAQAOBkEAJNcEADoXBAAPV0QAJJdEADNhwAA4xoCALecAQAzvQ8AowUCAIsWCQDgFgkANRcJAFfyCwCs8gsAAfMLAFbzCwCr8wsAAPQLAFX0CwCq9AsAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAPsBAwBICgMAnQoDAJ2tCgDyrQoAR64KAJyuCgDxrgoARq8KAKMFAgCLFgkA4BYJADUXCQDz/Q4AFzwCAE4FAgAgfgwAdX4MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIA03MOAPsBAwAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAALHqDgBvjwEAQhECAE4FAgBCsA0AzSwGACItBgB3LQYAVfgHAE4FAgDz/Q4AQLYJALdIAABOBQIAZo0MANkmAAC3SAAAC+oKAJhbDAAXjAcAPr8CAJO/AgD7AQMAZo0MABOPCABojwgAvY8IAOMaAgD+pQYAU6YGAKimBgD9pgYAUqcGAHvTBgCwnwUABaAFAFqgBQCvoAUABKEFAFmhBQCuoQUAA6IFAOLEAwA3xQMALnIKAINyCgBmjQwAu40MABCODABljgwA8QUJANPWAABV+AcAWusPALecAQAzvQ8APRgAAJIYAAARQwEA2SYAAL+JDAAUigwAaYoMAL6KDABAvQIAwJQAABbpAADC5QIASAoDAJ0KAwCdrQoA5hgBADsZAQBGWQsAm1kLAPBZCwBFWgsAV/ILAF9JAgC0SQIACUoCAFX4BwDmGAEAOxkBAEZZCwCbWQsA8FkLAEVaCwBX8gsAX0kCALRJAgAJSgIAVfgHAOYYAQA7GQEARlkLAJtZCwDwWQsARVoLAAeYCwBcmAsAsZgLAAaZCwBbmQsAsJkLAAWaCwC3nAEADJ0BAFGrAwCmqwMATgUCABuPAAAXPAIAt5wBAL6NCQATjgkARw4AAJwOAAC3nAEA7rkCAGHqCQCHwgsAFD0EAGk9BAC+PQQAEz4EAGg+BABOBQIAvDgLABE5CwC3SAAAUVQFANN+AwBOBQIAowUCAL+JDAAXPAIATgUCAAeYCwBcmAsAsZgLAAaZCwBbmQsAsJkLAAWaCwAsJwIAgScCAMCRAwAVkgMAapIDAL+SAwCjBQIAv4kMABSKDABpigwAvooMAIfCCwCQFAYA5RQGAIfCCwDcwgsAMcMLAIbDCwCEdQYAB5gLAFyYCwCxmAsABpkLAFuZCwCwmQsABZoLAMsyAgAxzQEARw4AAJwOAADmGAEA/acFALJLAgBOsQAABkcIABqPAQBvjwEAQhECAE4FAgAHmAsAXJgLALGYCwAGmQsAW5kLALCZCwAFmgsAowUCAL+JDAAXPAIATgUCAPAOAQB6Iw0AbS0QAMItEABX8gsArPILAAHzCwBW8wsAB5gLALhGAQBjRQIAuEUCAIsWCQCHag4Aa5QAAFX4BwBOBQIA09YAABqPAQCQFAYADEkAAE4FAgAAAAAATgUCAPP9DgAXPAIATgUCAKJPDgAAAAAATgUCAPP9DgAXPAIATgUCAKJPDgD3Tw4A32gNAIR1BgAgfgwABewOAFrsDgAJ7ggARQEPAJoBDwAF7A4APRgAAE6xAABVAAAAqgAAAK2cCwACnQsAV50LAKydCwABngsA5hgBAP2nBQBN+Q4AA/sBAM2HAAATjwgAaI8IACKIAABKXgIA18wGAGeLDQBXngoAG4MMAHCDDADFgwwAGoQMAFfyCwCs8gsAAfMLAFbzCwDjGgIAdiUPAGuUAAA9GAAATgUCAKMFAgC/iQwAFIoMAGmKDAC+igwAh8ILANzCCwDhDhAANg8QAIsPEADgDxAANRAQADO9DwBV+AcAyzICAE4FAgBCsA0AUVQFANN+AwBOBQIAQrANAP30DQBo4AwAh8ILANzCCwDhDhAANg8QAIsPEADgDxAANRAQAIfCCwCQFAYA+wEDAEgKAwBtLRAAwi0QABcuEACHwgsA3MILAOEOEAA2DxAAiw8QAOAPEAA1EBAAB5gLALecAQAzvQ8AzYcAAJLBAQCMHgAAvo0JAJG4CwDmuAsATgUCAEwJAAA9GAAAbS0QAMItEAAXLhAAh8ILANzCCwDhDhAANg8QAIsPEADgDxAANRAQABuPAABwjwAAt0gAAM0sBgAiLQYAdy0GAGuUAADAlAAAFukAAMLlAgC3nAEADJ0BAFGrAwCmqwMATgUCADq+BwCNuwwATrEAAAZHCABOBQIAowUCAIsWCQDgFgkANRcJANNzDgAodA4AQhECAFeeCgDmGAEATgUCABqPAQBvjwEATgUCAGaNDABN+Q4A034DAE4FAgDz/Q4A2SYAAE4FAgBCsA0A+58PAGFJAAC2SQAAnA4AAEC2CQAXPAIATrEAAGuUAAC3nAEADJ0BAFFOCwCmTgsA+04LAOi/AgDTfgMATgUCAIfCCwDcwgsA4Q4QADYPEACLDxAA4A8QADUQEAAzvQ8AVfgHAE4FAgBCEQIAV54KAOYYAQBCsA0A+58PAGFJAABCEQIAV54KAOYYAQBHDgAATgUCAGaNDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIH4MABc8AgCx6g4A7rkCAGHqCQC26gkATgUCAKMFAgC/iQwAFIoMAGmKDAC+igwAowUCAL+JDAAXPAIATgUCADHNAQBV+AcA4xoCAE6xAACRCw4AkhgAABFDAQDZJgAAv4kMABSKDABpigwAvooMAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAF4wHAKOxAAAveQIAhHkCANl5AgBV+AcABewOANkmAADZJgAAv4kMABSKDABpigwAvooMAEC9AgDAlAAAFukAAMLlAgC7jQwAt0gAAM0sBgCq8wwAOcUBACKIAAAtdAkAG48AABc8AgBCsA0A/fQNAGjgDACjBQIAixYJADYRDgCdYAIAd9oDAMzaAwAh2wMAdtsDAMvbAwAg3AMAddwDAMrcAwDjGgIAdiUPAL6NCQATjgkARw4AAJwOAAC3nAEA7rkCAGHqCQBV+AcA+wEDAD0YAACSGAAAEUMBADYdAgDFLwsAGjALAG8wCwDEMAsAowUCAI63DwBwjwAAMW0MALdIAADNLAYAOxMHAAKfCQC3SAAAC+oKAD0YAABHDgAAv5QBADsTBwACnwkAxOIDABnjAwC+jQkAE44JAAAAAAAbjwAAGo8BABc8AgBjRQIATgUCALw4CwC35Q0Ap/cLAPz3CwBR+AsApvgLAPv4CwBQ+QsApfkLACB+DAAXPAIAseoOAO65AgBh6gkATgUCAJYSAgDrEgIAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwD7AQMAowUCAL+JDAAXPAIATgUCAAeYCwBV+AcA8QUJAE4FAgCHwgsA+vkLAE/6CwBX8gsArPILAAHzCwBW8wsAt5wBAAydAQBRqwMApqsDAAXsDgC+jQkAE44JAAAAAAAbjwAAGo8BABc8AgBjRQIALswFAE4FAgDmGAEAOxkBAEZZCwCbWQsA8FkLAEVaCwAHmAsAuEYBAA1HAQDuuQIAGo8BAFX4BwAF7A4ARw4AAE4FAgAHmAsAXJgLALGYCwAGmQsAW5kLALCZCwAFmgsAQhECAJcRAgBOBQIAowUCAIsWCQDgFgkANRcJAEcOAABOBQIAh8ILANzCCwAxwwsARw4AAFUAAAAJ7ggA77QGANkmAAA5xQEAjsUBAOPFAQDTcw4A1SgCAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCALDrDgAHSwMAb48BAEIRAgD7AQMAPRgAAJIYAAARQwEAxowCAK3uDgCXWw0AVfgHAAXsDgBa7A4Ar+wOAATtDgBZ7Q4Aru0OAAPuDgBY7g4A+wEDAEcOAAB2hwIAUVQFAKZUBQBOsQAAt0gAAPsBAwAXPAIAY0UCAM+DAgBEtQYA7rkCAGHqCQC26gkAbDwCAOMaAgC3nAEAM70PANYdDAArHgwAgB4MANUeDAAqHwwATrEAAM2GAQAXPAIAY0UCANYdDAArHgwAgB4MANUeDAAqHwwAfx8MANQfDAApIAwAfiAMANMgDAAoIQwAfSEMAH/UAQDU1AEADPECAGHxAgAzvQ8A1h0MACseDACAHgwA1R4MACofDAB/HwwA1B8MACkgDAB+IAwA0yAMACghDAB9IQwAVQAAAKoAAAA5bwIA2RoMAIweAACXWw0AG48AAEcOAACMHgAA4R4AABWVAABrlAAAwJQAABbpAADC5QIA09YAAIImAgCw6w4AB0sDAG+PAQBCEQIA+wEDAACqAABVqgAAqqoAAMaMAgCt7g4Al1sNAFX4BwAF7A4AWuwOAK/sDgAE7Q4AWe0OAK7tDgAD7g4AWO4OAPsBAwBHDgAAdocCAAvqCgBg6goA+/wHAKtTAQBAswwA+wEDAEIRAgDmGAEA+/wHAD0YAAC3SAAAzYcAALJLAgDNLAYAOxMHAAKfCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAAAEkMALrlCgDjGgIA/qUGALJLAgDNhwAAE48IAE4FAgC8OAsAkwgPAOgIDwA9CQ8AE48IAPsBAwBKXgIA9FQMAElVDACeVQwA81UMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAGc0DwBOBQIA8/0OAEC2CQC3SAAATgUCAPP9DgDZJgAATgUCAOYYAQD7/AcAUP0HADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgBOqQgAC+oKAFX4BwBOBQIA4xoCANN+AwBOBQIAZo0MAE35DgCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgAHmAsAuEYBAA1HAQBDsAwAmLAMAO2wDABCEQIAlxECAPP9DgAMOw4AOGYMAI1mDAAL6QsAYOkLAKMFAgD4BQIA+U8MAE5QDACjUAwA+FAMAE1RDACiUQwA91EMAExSDAAHmAsAXJgLADlvAgDZGgwAjB4AALw4CwCTCA8A6AgPAD0JDwBOsQAAPr8CAIHEDwBCEQIApaYJAPqmCQCHwgsA3MILADHDCwDPzwsAJNALAFCgDwBjRQIAk7wFAILLBwBOBQIAAAAAAIFyDABOBQIApaYJAM2HAABN+Q4AVfgHALecAQAzvQ8AVfgHALw4CwC35Q0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDAGaNDACySwIAZo0MALJLAgAAAAAAIX0MAE4FAgBV+AcANWwJAABIDQBVSA0AqkgNAP9IDQD7AQMA4xoCANN+AwC3SAAAC+oKAPgEAwAGRwgAzYcAADlvAgClpgkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCAJMIDwDoCA8APQkPAD0YAAC3SAAAzYcAAAb4AQBOBQIAvDgLAJMIDwDoCA8APQkPADsTBwBAtgkAcI8AAOu8AgAgfgwABewOALdIAAAL6goA77QGALdIAAAL6goAzYcAADlvAgBjRQIAIH4MAAXsDgC3SAAAC+oKAO+0BgC3SAAAC+oKAEcOAAC/lAEAFJUBAGmVAQC+lQEAoVIMAPZSDABOBQIA4xoCANN+AwBOBQIAOr4HAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAMTiAwCMHgAA4R4AAGNFAgAxzQEAH9sFAO+0BgC3SAAAzSwGADsTBwDmGAEA/acFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAL6NCQATjgkAz4MCAAvoDAA9GAAAt0gAAE4FAgCwnwUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgCfsQQAB5gLALhGAQANRwEAQ7AMAJiwDADtsAwAQrEMAE4FAgCwnwUABaAFANjDDgAtxA4AgsQOANfEDgAsxQ4AgcUOAE4FAgDT1gAAGo8BAJAUBgAMSQAATgUCALw4CwC35Q0ADOYNAGHmDQDlFAYAsJ8FAAWgBQAihwEAF4wHAGuUAABHDgAA670BAMsyAgB9cw8A0nMPAECzDACVswwAGo8BAJAUBgAL6goAVfgHAE4FAgDT1gAAGo8BAJAUBgAMSQAATgUCALCfBQAFoAUAIocBAHeHAQAbjwAA4xoCALdIAAAL6goA1scMACvIDABfkw0A2SYAADnFAQCOxQEA48UBAOa3DAA7uAwAkLgMAOW4DAA6uQwAOxMHADsTBwAMOw4AQrANAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQC3SAAATgUCAIfCCwDcwgsA8/0OANkmAABrlAAAVfgHAAXsDgBV+AcATgUCAEKwDQDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgCGGgoAMcIMAIbCDABHDgAAdocCAEKwDQDNLAYAIi0GAHctBgBV+AcATgUCAPP9DgBAtgkAt0gAAE4FAgCHwgsA3MILAPUHAwDqtQoA7LANAIDIDADVyAwAKskMAH/JDADUyQwAKcoMAH7KDADTygwAKMsMAH3LDAAc1wwAcdcMAMbXDAAb2AwA9QcDAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAIYaCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZo0MANkmAAC3SAAAC+oKAJhbDABCsA0A/fQNAGjgDADjGgIAdiUPAGaNDABN+Q4AovkOAIfCCwDcwgsA4Q4QADYPEACLDxAATfkOAE6xAABrlAAA8/0OANkmAABOBQIAvDgLAJMIDwDoCA8APQkPAE4FAgBX8gsArPILAAHzCwBW8wsAix0CALflDQAM5g0AxOIDALw4CwC35Q0ADOYNAMTiAwBX8gsArPILAOcYAAC8OAsAkwgPAOgIDwA9CQ8AkwgPAOgIDwA9CQ8Aa5QAABqPAQDuuQIAYeoJAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEADOcMAGHnDAC25wwATgUCABuPAABwjwAA09YAAIImAgDXJgIAlwYNAFX4BwBOBQIAvDgLALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAVfgHAE4FAgBX8gsArPILAAHzCwBW8wsAix0CALflDQD3BgIATAcCAKEHAgD2BwIATgUCADq+BwCNuwwATrEAAE6xAABrlAAARw4AANPWAACCJgIA+qEOAE+iDgBX8gsArPILAAHzCwBW8wsAix0CALflDQD3BgIATAcCAKEHAgD2BwIASwgCALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAQwUNAJgFDQDtBQ0AQgYNAAAAAAA9GAAAB0sDAFxLAwAL6goAmFsMABbpAABr6QAAowUCAPgFAgATjwgARw4AAEKwDQD99A0AaOAMALCfBQAFoAUAWqAFAK+gBQAEoQUAWaEFACB+DAB1fgwAimwJAPP9DgCQEwcA5RMHAAeYCwAajwEAb48BADq+BwAyvw4Ah78OADlvAgC+jQkAE44JAJO8BQDovAUAjbsMAE6xAABOsQAAa5QAAGuUAADjGgIAdiUPAGaNDADjGgIAt5wBAJO8BQCCywcATgUCAAeYCwC4RgEADUcBAIcVDgDcFQ4AMRYOAIYWDgDbFg4A8/0OANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBX8gsAA/sBAABTAgDNLAYAa5QAAEcOAABOBQIA8/0OANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBX8gsAA/sBAABTAgA9GAAAkhgAAN5vBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQD6VgQA8/0OAOMaAgAxzQEAH9sFAO+0BgC3SAAATgUCABuDDABwgwwAxYMMABqEDABX8gsArPILAOcYAABmjQwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQD7/AcAt0gAAAxJAAA2vQwAVfgHAE4FAgAzvQ8AVfgHAE4FAgBaRQsAOxMHAJATBwC3SAAAzSwGADsTBwACnwkA+wEDABuPAABwjwAA09YAACjXAABsPAIAZzQPAF72AAAI9gEAWkULAK9FCwDz/Q4AAp8JAE4FAgBmjQwAhHUGAFpFCwA9GAAAkhgAAN5vBwBrlAAAWkULAK9FCwDuuQIAQ7oCAJi6AgDtugIAh8ILANzCCwDEjwEAOxMHAAw7DgCfXgIA09YAABqPAQCQFAYADEkAAFFUBQCRuAsAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCABOPCABHDgAAV/ILAAdLAwBmjQwAUPYOAKX2DgD69g4AT/cOAKT3DgBvjwEAQhECAKrzDADZJgAALicAAMCUAABjRQIAPRgAAE6xAABrlAAA03MOAE2jDwBmjQwAjQ8OAC10CQAbjwAAzYcAABOPCAAsJwIAgScCAPWlDwBKpg8AmK0PAO2tDwBCrg8Al64PAOyuDwBBrw8Alq8PAJ+xBACHwgsA+vkLAE/6CwBX8gsArPILAAHzCwBW8wsAWkULALdIAABRVAUAkbgLAGuUAABaRQsA2SYAADnFAQATjwgARw4AAIweAABaRQsAxdgMAFFUBQCRuAsAt0gAAAxJAADTfgMAq/MLAPgFAgATjwgARw4AABbnAgD7AQMA+wEDABaIDABriAwAwIgMABWJDABqiQwAd3wMAMx8DADz/Q4AFzwCAE4FAgBX8gsAa5QAAM2HAAA5bwIATgUCALw4CwAROQsAVfgHAE4FAgDz/Q4A2SYAAE4FAgCHwgsA3MILAG0tEAALnwAAIH4MAPEFCQBrlAAARw4AAE4FAgBX8gsArPILAAHzCwBW8wsAix0CALflDQAM5g0AxOIDAGaNDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIDMCAJG4CwDmuAsAO7kLAJC5CwDluQsAOroLAI+6CwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAM0sBgAiLQYAdy0GAFX4BwBOBQIA8/0OAEC2CQC3SAAATgUCANPWAACCJgIAGo8BAJAUBgDNLAYAb48BAEIRAgBOBQIAowUCAL+JDAAXPAIATgUCAPP9DgCQEwcA5RMHAPJaCABHWwgAnFsIAPFbCABGXAgAwJQAABbpAADC5QIAF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNAGmJDQC+iQ0AE4oNAGiKDQC9ig0AEosNAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAQhECAEIRAgAXPAIAY0UCAEIRAgC65QoAsksCAAvqCgBrlAAAwJQAABbpAADC5QIAVQAAAN7BCgAzwgoAt0gAAJewDQDssA0A0soNACfLDQAe0w4Ac9MOAMjTDgAd1A4ARw4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAvo0JABOOCQBHDgAA5rcMALecAQC3SAAATgUCADq+BwCNuwwAHtMOAHPTDgDI0w4AHdQOAAAAAACumQ0ATgUCAKMFAgD4BQIATQYCAKtIDAC8OAsAkwgPAOgIDwA9CQ8AAp8JAGuUAAA6vgcAjB4AAPWnDQBKqA0An6gNAE4FAgDz/Q4AQrANAJewDQCbrA0A8KwNAEWtDQCarQ0A760NAESuDQBOBQIA8/0OALecAQC3nAEAM70PAO+0BgC3SAAAzSwGAG+PAQD/AAAAGdgOAEcOAABOBQIAllsOAAOaDQC3SAAAG48AAFUAAABOsQAAo7EAAC95AgCEeQIA2XkCAOYYAQA7GQEARlkLAJtZCwDwWQsARVoLAM2HAAA5bwIAVfgHAPEFCQDT1gAAPRgAAE6xAACjsQAAL3kCAIR5AgDZeQIAt0gAAAvqCgDWxwwATvoMAKP6DAD4+gwATfsMAKL7DAD3+wwAjB4AAEcOAAAAAAAAAAAAAAAAAACwnwUABaAFAFqgBQDmtg0AO7cNAJC3DQBHDgAAnA4AALecAQAzvQ8AyzICALecAQAMnQEA2msPAG+PAQDZJgAA09YAAIImAgCw6w4AfXMPAMCUAAAW6QAAwuUCAFX4BwAF7A4A4xoCADgbAgDGNwIAUVQFAFecDACsnAwA7rkCAEO6AgCYugIAZEIEAFX4BwCq+AcA7FkPAM0sBgA7EwcAAp8JAE4FAgDT1gAAgiYCALDrDgAHSwMAb48BAEIRAgAgfgwABewOAFrsDgCv7A4ABO0OAFntDgCu7Q4AA+4OAM0sBgA7EwcAAp8JAE4FAgDT1gAAgiYCALDrDgAHSwMAb48BAEIRAgA6vgcAjbsMABqPAQCQFAYAC+oKANbHDAD7AQMAQrANAJewDQDssA0A0soNACfLDQB8yw0A0csNACbMDQCjBQIA+AUCAE0GAgCiBgIAxNgNAJu1BADwtQQA3G0LAJG4CwAe2gcA8QUJAEC2CQC3SAAATgUCAAAAAAAF7A4AwJQAABbpAABr6QAAAAAAAAAAAAA6vgcAjbsMABqPAQCQFAYAC+oKANbHDABGtQQAt5ANAAyRDQAFlw4AowUCAIsWCQDgFgkANRcJAAAAAABs2w0AQrwBANkmAAA5xQEAjsUBAFz2AgD7AQMAvDgLALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAL28MAIRvDAC+jQkAE44JADHNAQAf2wUA77QGALdIAADNLAYAOxMHAAKfCQBOBQIAh8ILANzCCwCrUwEAQLMMAJWzDADqswwAP7QMAJS0DADptAwAPrUMAJO1DADotQwAPbYMAGaNDACEdQYAV/ILAKzyCwDebwcA03MOAPBiAgBFYwIAmmMCAO9jAgBOBQIAvDgLALflDQAM5g0AYeYNAOUUBgCwnwUABaAFACKHAQB3hwEA1BwPAOYYAQD9pwUAGo8BAG+PAQAHSwMAb48BAEIRAgBOBQIAh8ILANzCCwCSCg4A5woOAMPYDgAY2Q4AxDkCADwLDgCfsQQAAAAAAE4FAgAbjwAAcI8AAIBzDADVcwwAKnQMAH90DADUdAwAKXUMAH51DADTdQwAkwgPAOgIDwA9CQ8A4xoCAHYlDwC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgBCsA0Al7ANAOywDQBVAAAAqgAAAP8AAACfsQQAkgoOAOcKDgCfsQQAt0gAAMQ5AgA8Cw4An7EEAAAAAABOBQIAQrANAPufDwAajwEAxOIDABnjAwBu4wMAl7ANAOywDQCAyAwA1cgMACrJDAB/yQwA1MkMACnKDAB+ygwA08oMACjLDAB9ywwAHNcMAHHXDADG1wwAG9gMAHDYDABKXgIA9FQMAFX4BwA9GAAAX0kCAGc0DwDvDAQA3x4CADQfAgBe9gAACPYBAMrZBgA+vwIAk78CAOi/AgAiiAAAFzwCAJpcCQBHDgAA670BAG+PAQAHSwMAxOIDAN8eAgBIVgwAVfgHAE4FAgCHwgsA3MILALdIAAAL6goA1scMACvIDACQEwcA5RMHAPJaCAC3SAAAEEMCAPP9DgACnwkATgUCADq+BwCMHgAA9acNAEqoDQCfqA0A1SgCAM2HAAATjwgAaI8IAL2PCACwnwUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIA/fUMAFL2DACn9gwA/PYMAFH3DACm9wwAvo0JAJG4CwDvYgMARGMDAJhbDAAW6QAAkbgLAFUAAAC3SAAAC+oKAAAAAAAAAAAAAAAAAOMaAgB2JQ8A2SYAAL+JDAAXPAIAY0UCAGaNDAATjwgAaI8IAEwJAAChCQAAG4MMADa9DACLvQwAzYcAANkmAAC3SAAAC+oKAJhbDABOBQIAZo0MABOPCABojwgATAkAAKEJAAAbgwwANr0MAIu9DAC8OAsAzYcAACKIAAAGRwgATAkAAKEJAAAbgwwANr0MAIu9DAC8OAsAzYcAACKIAAAGRwgATAkAAKEJAAAbgwwANr0MAIu9DABkQgQAb48BAL+UAQBvjwEACe4IAEUBDwCaAQ8A7wEPAEQCDwAAAAAAowUCAPgFAgBNBgIAaDQOAL00DgBOBQIAQrANAJewDQDssA0ABZcOAEpeAgAAAAAATgUCAEKwDQCXsA0A7LANAAWXDgA6vgcAjbsMABqPAQCQFAYAC+oKANbHDAAHmAsAXJgLAPelDQCjBQIA+AUCAE0GAgCwnwUAPr8CABzhAgBOsQAAa5QAAPIGBwC3nAEAM70PAFX4BwCp8w0A/vMNAFP0DQCo9A0A/fQNAFL1DQAgfgwAWusPAK/rDwBsPAIAsksCAM0sBgA7EwcAAp8JANUoAgDmGAEARw4AAEKwDQCXsA0A7LANAAWXDgAHmAsAXJgLAPelDQCjBQIA+AUCAE0GAgA6vgcAjbsMABqPAQCQFAYAC+oKANbHDADLMgIAyzICAE1PDgBOBQIAowUCAPgFAgBNBgIAogYCAJMIDwDoCA8APQkPAKMFAgAXPAIAmlwJAOYYAQDz/Q4ADDsOAIfCCwBCEQIAPRgAAJIYAAAXPAIAY0UCAC7MBQBOBQIAG48AAHCPAAAxbQwAhm0MANttDAAwbgwAhW4MANpuDAAU3g0A9VEOAEpSDgCfUg4ArpkNACDeAQD1pw0ASqgNAJ+oDQBOBQIAG4MMADa9DACLvQwAm6wNAPCsDQBFrQ0Amq0NAO+tDQBErg0ATgUCABuDDAA2vQwAi70MAM2HAAAiiAAABkcIAE4FAgA6vgcAjB4AAPWnDQBKqA0An6gNAE4FAgAbgwwANr0MAIu9DABCsA0Al7ANAJusDQDwrA0ARa0NAJqtDQDvrQ0ARK4NAE4FAgAbgwwANr0MAIu9DAAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgDTcw4AVQAAAKoAAACAJwMA1ScDACooAwB/KAMAvDgLALflDQD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgC+jQkAkbgLALCfBQAFoAUAWqAFAFfyCwBfSQIAtEkCAAAAAADTcw4AKHQOAFfvDgCs7w4AAfAOAFbwDgCrSAwAB5gLAFyYCwD3pQ0A+wEDAFXxDgCq8Q4A//EOAPsBAwBOBQIAG48AAHCPAAAHSwMAkBQGAOUUBgAxzQEAeHkOAFUAAAAajwEAkBQGAAvqCgCYWwwA7rkCABqPAQBvjwEA72IDAM2HAABniw0AV54KAAeYCwC3nAEAzYcAALJLAgDZJgAAv4kMABc8AgDmGAEATgUCADq+BwCNuwwAGo8BAJAUBgAL6goAkbgLAOa4CwBOBQIAowUCAIsWCQA2EQ4AixEOAOARDgA1Eg4AihIOAN8SDgA0Ew4AZo0MANkmAAC3SAAAC+oKAJhbDAD6Sw8AT0wPAKRMDwD5TA8ATk0PAKNNDwDZGgwATgUCAKMFAgC/iQwAFIoMAGmKDAA6vgcAqfMNAP7zDQBT9A0AqPQNADK/DgCHvw4AOW8CALdIAAAL6goAZo0MAOMaAgA7EwcAFzwCALdIAAAL6goAjbsMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAI63DwD4BQIATQYCAKIGAgBfkw0AtJMNAAmUDQC/iQwAFIoMAGmKDAA6vgcAqfMNAP7zDQBT9A0AqPQNADK/DgCHvw4AOW8CALdIAAAL6goAZo0MAOMaAgA7EwcAFzwCALdIAAAL6goAjbsMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAI63DwBelA0As5QNAAiVDQCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIAOGYMAI1mDAAAAAAAvo0JAJG4CwDmuAsA+wEDALw4CwDyBgcARwcHAGc0DwDvDAQAjB4AAFX4BwD7AQMAGo8BAG+PAQDZJgAAv4kMAMLlAgBc9gIAsfYCAEKwDQCXsA0A7LANAAWXDgBalw4ATKUOAKGlDgD2pQ4APQ4KAJIOCgDnDgoAOGYMAI1mDAC8OAsAkwgPAOgIDwA9CQ8APA8KAMTYDQCbtQQA8LUEAIIdCwC35Q0Ak1wQAOhcEAA9XRAAkl0QAAeYCwC3nAEAM70PAM2HAACSwQEAjB4AAL6NCQATjgkAaI4JAA1GAgDTcw4AIN4BAHXeAQBCvAEApaYJAEhWDADyBgcAgiYCALDrDgAHSwMAb48BAEIRAgBc9gIAsfYCAEKwDQCXsA0A7LANAAWXDgBalw4ATKUOAKGlDgD2pQ4AdocCAMuHAgBN+Q4AVfgHAKr4BwA5bwIAVfgHANUoAgA7EwcAQLYJAGuUAADAlAAAFukAAMLlAgB/1AEA1NQBALecAQAzvQ8At0gAAAvqCgBCsA0AzYcAAJLBAQCSCg4AGo8BAGOaAgBV+AcATgUCAKMFAgD4BQIATQYCAKIGAgA6vgcAjbsMAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAI63DwDK0g0AH9MNAHTTDQDJ0w0AHtQNANNzDgAodA4AfXQOADK/DgDPzA4AJM0OAHnNDgDOzQ4AyNQNAB3VDQBy1Q0ATgUCAE4FAgD7AQMA5hgBAOYYAQD9pwUAOW8CANN+AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAFX4BwBVAAAACe4IAFX4BwC3SAAAzYcAABOPCABOBQIAQrANAJewDQDssA0ABZcOAPgFAgBNBgIAogYCADq+BwCNuwwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAjrcPANPWAACCJgIA+qEOAGuUAADAlAAAY0UCAEKwDQCXsA0A7LANAE6xAADNhgEAf9QBANTUAQC3nAEAM70PALdIAABCsA0Al7ANAOywDQBmjQwAUPYOAKX2DgD69g4AT/cOAKT3DgD59w4ATvgOAKP4DgD7AQMAAAAAAAAAAAAajwEAxOIDAJIKDgA5bwIAa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCAAvqCgBOsQAAAAAAAE2jDwCjBQIA+AUCAE0GAgCiBgIAOMYBAPKoDwCp8w0A/vMNAFP0DQCo9A0A+wEDAKMFAgD4BQIATQYCADhmDACNZgwAvDgLAJMIDwDoCA8APQkPAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIAvDgLAJMIDwDoCA8APQkPAPP9DgAXjAcAbIwHAMGMBwAWjQcAa40HAMCNBwAVjgcAOxMHALdIAAAMSQAAYUkAAMaLAwBOBQIAvDgLAJMIDwDoCA8APQkPAD0YAABV+AcANWwJAG+PAQBCEQIA+wEDALw4CwC35Q0AlgUPAOsFDwBABg8AlQYPAEcOAADNhwAAWaAGAFUAAAC3nAEA4xoCADsTBwAXPAIASl4CAJ9eAgDAlAAAFukAAMLlAgC3SAAAC+oKANbHDAAryAwAIH4MAHV+DADTHg4AKB8OAH0fDgDSHw4AJyAOAHwgDgCr8wsAixYJADYRDgCLEQ4A4BEOADUSDgBOBQIA4xoCAHYlDwDZJgAAv4kMABc8AgBjRQIAh8ILAJAUBgBHDgAATgUCAAeYCwBcmAsAOW8CAGNFAgA9GAAAt0gAAE4FAgBmjQwATfkOAFX4BwBOBQIA09YAAIImAgD6oQ4AT6IOALCfBQA+vwIAHOECAE6xAABrlAAA8gYHALecAQAzvQ8AVfgHALdIAAAQQwIAZUMCALpDAgCXWw0Al1sNAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQAL6QsAYOkLAAAAAAD1BwMA6rUKAOywDQAY2g0A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAAE35DgBOsQAAFzwCAGNFAgCTvAUAsksCAM0sBgA7EwcAAp8JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgDNLAYAxOIDANkmAACLFgkAa5QAAFX4BwBV+AcABewOAFrsDgAJ7ggARQEPAJoBDwAF7A4APRgAAE6xAADTfgMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBkQgQATrEAAD6/AgCySwIAzSwGADsTBwACnwkATrEAAM2GAQCisAIA+ksPAAvqCgCrUwEAp/cLAPz3CwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAADebwcAt0gAAFFUBQBXnAwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAME4BgAWOQYAazkGAMA5BgAVOgYAajoGAL86BgAUOwYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAL6goAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAAAxbQwABkcIAFtHCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZEIEAG+PAQAHSwMAkBQGAM0sBgDNhwAAE48IAGRCBADwYgIAzYcAALJLAgDNLAYAOxMHAAKfCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAEC2CQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQAL6QsAYOkLAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAFeeCgCsngoAMc0BAFX4BwDjGgIATrEAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDBOAYAFjkGAGs5BgDAOQYAFToGAGo6BgC/OgYAFDsGABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIAC+oKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAM17DAAifAwAa5QAAKtTAQCTXBAA6FwQAD1dEACSXRAA510QADxeEACRXhAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzXsMACJ8DABOsQAAzYYBAH/UAQDU1AEAt5wBADO9DwC3SAAAzSwGADsTBwACnwkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzXsMACJ8DADNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgDLLgYAydQMAB7VDABz1QwAyNUMAB3WDABy1gwAx9YMAP5VAQDNewwAInwMABuPAABwjwAAMW0MAAZHCABbRwgAsEcIAAVICABaSAgAr0gIADVsCQA7EwcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzXsMACJ8DABHDgAAZO0DALntAwAzvQ8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDNewwAInwMAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EAOwPBABBEAQA/lUBAM17DAAifAwA2SYAALecAQDTfgMA09YAAIImAgDTfgMARw4AAGTtAwC57QMAM70PAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAzXsMACJ8DACSFAQA5xQEADwVBACRFQQATgUCAPsBAwAMSQAAT6EPAKShDwD5oQ8AFzwCAJpcCQDT1gAAgiYCAOMaAgC3nAEATgUCALw4CwC35Q0A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCAL6NCQATjgkAz4MCAAvoDABg6AwAtegMAArpDAA6vgcAkQsOAOYLDgA7DA4AkAwOAOUMDgA6DQ4AOr4HAJELDgDmCw4AOwwOAJAMDgDlDA4AOg0OALw4CwC35Q0A9wYCAEwHAgChBwIA9gcCAEsIAgDTcw4ATaMPAGaNDACNDw4ALXQJABuPAADNhwAAZo0MAI0PDgAtdAkAG48AAM2HAAATjwgATgUCANNzDgBNow8AoqMPAPejDwBMpA8AoaQPAPakDwBLpQ8AoKUPABuPAAC3nAEAt5wBAE4FAgAgfgwAdX4MAMp+DAAffwwAseoOAG+PAQBCEQIATgUCAIfCCwCQFAYAC+oKAGDqCgBHDgAAa5QAANkmAAC3SAAATgUCALCfBQAFoAUAWqAFABKKDgBnig4AvIoOABGLDgBCEQIApaYJAPqmCQBOBQIAsJ8FAAWgBQBaoAUAEooOAGeKDgC8ig4AEYsOADjHAABHDgAAjB4AAFX4BwBOBQIA4xoCANN+AwD7AQMAIN4BAKKjDwAROQsAVfgHAE4FAgDz/Q4A2SYAAE4FAgCHwgsA3MILAD0YAABrlAAAwJQAAE4FAgC8OAsAt+UNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQA6vgcAMr8OAIe/DgAgiAIAdYgCAE4FAgBCsA0AUVQFAFecDACsnAwAAZ0MANNzDgAodA4A03MOACh0DgB9dA4A0nQOALCfBQA+vwIAgcQPANbEDwArxQ8AgMUPANXFDwAqxg8Af8YPANTGDwDTcw4AKHQOAGaNDADjGgIAOxMHAO65AgBh6gkAvDgLALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgD6oQ4AT6IOAEKwDQD7nw8AYUkAAGOZAwB1fgwAFzwCAGNFAgDPgwIAt0gAAE4FAgCwnwUAPr8CAIHEDwDWxA8AK8UPAPP9DgDZJgAATgUCAEKwDQD7nw8AYUkAAKMFAgC/iQwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgC8OAsAt+UNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAseoOAG+PAQBCEQIATgUCABuDDABwgwwATfkOAFX4BwC3nAEAZEIEAG+PAQBCEQIATgUCAPP9DgDZJgAATgUCAEKwDQD7nw8AYUkAAG3YDwDC2A8AF9kPAGzZDwDB2Q8AFtoPAGvaDwDA2g8AFdsPAGrbDwC/2w8AFNwPAGncDwAsJwIAgScCALXmDgBN+Q4AkhgAABFDAQAMSQAAYUkAAMaLAwBOBQIAvDgLALflDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA8/0OABeMBwBsjAcAwYwHABaNBwBrjQcAwI0HABWOBwDiuwwAN7wMAIy8DADhvAwA+wEDAAAAAAAAAAAAAAAAAE4FAgBX8gsAbS0QAMItEAAXLhAAh8ILANzCCwDhDhAANg8QAIsPEADgDxAANRAQAGaNDACCywcAVfgHANN+AwDNhwAAOW8CAD0YAABOBQIAZo0MAILLBwBV+AcAB5gLAD0YAABtLRAAwi0QABcuEACHwgsA3MILAOEOEAA2DxAAiw8QAOAPEAA1EBAAZo0MAILLBwBV+AcARw4AAHaHAgDLhwIAE48IAGiPCABCEQIAV54KAOYYAQBOBQIAh8ILANzCCwDhDhAANg8QAIsPEADgDxAANRAQAOMaAgA4GwIA9q0GAOu8AgC3nAEAM70PAIfCCwDcwgsA4Q4QADYPEACLDxAA4A8QAJcRAgBOBQIAQhECAFeeCgCsngoAV/ILAG0tEADCLRAAFy4QAIfCCwDcwgsA4Q4QADYPEACLDxAA4A8QADUQEABVAAAAuEYBAA1HAQDuuQIAGo8BAFX4BwAF7A4AwJQAANkaDAB2hwIAUVQFAFecDACySwIAC+oKAEIRAgDTfgMA+wEDAJIUBADnFAQAPBUEAJEVBADT1gAAGo8BAJAUBgAMSQAATgUCALw4CwC35Q0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBCsA0A/fQNAGjgDAC+jQkAE44JAMCUAACRuAsA5rgLAE4FAgAHmAsAXJgLAPelDQBVAAAA5hgBAE4FAgC8OAsAkwgPAOgIDwAAAAAAPQkPANjDDgD3AwUA/acFAE35DgBV+AcATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAJAUBgAMSQAATgUCALw4CwC35Q0ADOYNAGHmDQDlFAYAsJ8FAAWgBQAihwEAgXIMANZyDADWcgwA/PUNAEK8AQCMvwkA4b8JADbACQCcqg4A8aoOAFUAAAC4RgEADUcBAEOwDACYsAwA7bAMAEKxDABOBQIAsJ8FAAWgBQDYww4ALcQOAILEDgDXxA4ALMUOAIHFDgBkQgQAqvMMAP/zDADvtAYA034DAE6xAACjsQAALRwMAIIcDADXHAwAC+kLAGDpCwBrlAAAwJQAABbpAADC5QIAQhECAJcRAgDNhwAA+58PAGFJAADGiwMAG4wDAGaNDAC7jQwAEI4MAEKwDQCXsA0A7LANABjaDQD4BQIATQYCADhmDACNZgwA/fQNAGjgDAA6vgcAjB4AAGuUAABCsA0A+58PAGFJAACjBQIAjrcPAOO3DwA4uA8AjbgPADq+BwAyvw4Ah78OACCIAgB1iAIATgUCAEKwDQBRVAUAV5wMAKycDAC+jQkAE44JANNzDgAXPAIAkbgLAOa4CwBOBQIA5hgBAP2nBQDuuQIAYeoJAL+JDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgCHwgsA3MILANkmAAC/iQwAFzwCAOYYAQD9pwUAsksCAM0sBgA7EwcAa5QAAO+0BgBwiQYAt0gAAM0sBgA7EwcAAp8JAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAL+JDAAXPAIATgUCAEKwDQDNhwAAksEBAPufDwBhSQAAxosDABuMAwBm4A4AZeEOALrhDgAP4g4AowUCAPgFAgBNBgIAaDQOAL00DgBOBQIAQrANAJewDQDssA0ACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsABu4LAFvuCwAf3QMAdN0DANjDDgAtxA4ADPECAGHxAgAzvQ8A58EBAAuPEABgjxAAdocCANN+AwDTfgMAQL4BADS7EADz+hEAVfgHABc+AAC1jxAACpAQADS7EADSchAAX0sAANhqEgDz+hEAVfgHAPP6EQDz+hEAVfgHADS7EACr7REA8/oRANhqEgBCEQIA4R4AAPAOAQDYahIA8A4BAOS1EADktRAAVfgHAAXsDgDgHwAA8A4BAOLHAAAuzAUAgm0QAIJtEADz+hEALswFAPP6EQD1pw0AEIoQAGWKEADXFxEAC48QAGCPEADfZBEA2GoSAEwJAAA0uxAAEIoQAGWKEADwDgEAv4UQAHnKEQDOyhEAx9IQAEIRAgDktRAAi7kQAOC5EAALjxAAYI8QAItjEQDmGAEATaMPAOS1EABijRAA5LUQAAKfCQDGJxIA1xcRADS7EAC+hREA8/oRAEwJAABMCQAA+54QAFCfEAClnxAA2GoSAEcOAABckxAAsZMQAFyTEACxkxAAD+AQANhqEgBo4AwAXPYCAFX4BwAGRwgAVfgHAPueEABQnxAAPAcSAPAOAQD7nhAAUJ8QADwHEgDhHgAAC48QAGCPEAAJSgIATgUCAPr5CwA0uxAA+wEDALdIAADktRAAY5oCAFX4BwA0uxAAaz0CAFyTEACxkxAA5LUQALKSEAAHkxAAXJMQAJmqEQBckxAAmaoRAIDDEQDktRAA9qMQAPqfEABPoBAAv4UQAPqfEABDBQ0ATgUCAPueEABQnxAA+54QAFCfEAD7nhAAUJ8QAAaUEADXFxEA8VESAEZSEgDLMgIAspIQAL+FEABckxAAsZMQAMsyAgBV+AcATgUCANhqEgBOBQIAmlMSAFWaEADqWBIANLsQADS7EACfsQQAn7EEAJ+xBAD7AQMAE48IAHYlDwCTuAkAdiUPABGLDgARiw4At0gAAAXuDADXwREAXvYAAEcOAABHDgAAnKgQAPmhDwBe9gAAkbIRAEcOAAD5oQ8A5LUQAOS1EADktRAA5LUQAOS1EAC/hRAAv4UQAOS1EADktRAA5LUQAOS1EADktRAA5LUQAL+FEAC/hRAAv4UQAOS1EADktRAA5LUQAL+FEAC/hRAAlq4QAL+FEAC/hRAA5LUQAE4FAgBOBQIA2RQSAEwJAADZFBIATAkAAJKyEAAYMA0ATgUCANhqEgAXPAIAjL8JAE4FAgBHDgAARw4AAOS1EADktRAAt5wBAOpYEgD7nhAAUJ8QAPsBAwA0uxAA2GoSAEcOAAA3uBAATgUCAOm+AgCMHgAA034DAKWmCQA9GAAAVfgHAJtcCABV+AcAAO4RADS7EAALOBIA6lgSAEcOAACQbQIA09YAANPWAADT1gAA2GoSANPWAAC2RwIAZzQPANhqEgCQbQIA2GoSAO9jAgBK+REAB+cRAFznEQCFvxAA2GoSAO1VEgBCVhIAaugCAPAOAQDYahIA7gEQAEwJAADYahIAVQAAAD0YAAAF7A4A0nIQANN+AwDyphEAVQAAAEr5EQBMCQAATAkAAEwJAADbaBEANLsQANJyEAB2hwIA034DAM7LEAAa4gMAiMkDAMKBEQBIrQoALWsSAILLBwC/hRAAecoRAM7KEQBQ8xEAi8YDAPueEABQnxAAPAcSAGTgEAC/hRAA2GoSAK2iBQCMxQMAhhMRAL+FEADktRAA5LUQAPueEABQnxAA5LUQAIu5EADguRAAnA4AADS7EAA1FwkAM70PADS7EABCrBEAQqwRADS7EAAgzhEAjrYQAEkIBAA0uxAAxtMQAC7MBQDYahIATgUCAE4FAgBOBQIALWsSAE4FAgDSchAA2GoSAE4FAgA0uxAA6lgSAIu5EADguRAATgUCAK6hBQBalBEAWkULAK6ZDQDYahIAdi4GANhqEgCGGgoA+fUQAOAfAAA0uxAAxtMQABvUEAAjdhEA2GoSAHaHAgAzvQ8ANLsQAKvtEQBe9gAAWpQRAIYTEQBFWgsA97IAAOMaAgC/hRAAecoRAM7KEQD7nhAA1MQRAK6ZDQA0ZREA0nIQAEcOAADwDgEAu94QADhhEQCNYREAI3YRALdIAAC/hRAAecoRAM7KEQBQ8xEApfMRACN2EQC3SAAAI3YRALdIAAAcfhAAr+oQANhqEgBOBQIA2GoSAE4FAgA0uxAAq+0RANcXEQA0uxAAc9EQAMjREAAd0hAAPVwRAE4FAgBo4AwApPUQADS7EADktRAAi7kQAOC5EABM+BAA3MgFANJyEADGJxIAT/oLAC1rEgDktRAALWsSAOS1EACUBREA6QURAD4GEQBz0RAAyNEQAB3SEABy0hAAg2sRAJQFEQDpBREAPgYRABx+EADiGAUAv4UQAHnKEQDOyhEAUPMRAKXzEQAsyQoA2GoSAHaHAgDTfgMA2GoSAFqUEQDSchAAn7EEAIzFAwAL6goA5LUQAIu5EADguRAAeHYRAOAfAAC/hRAAecoRAM7KEQDYahIA+wEDAFDzEQCl8xEAYpQJACN2EQC3SAAA6wMRAEAEEQCVBBEA+vMRAHYuBgDrAxEA5LUQAGvYEQC/hRAALWsSAOS1EACLuRAALWsSADO9DwBOBQIA6lgSAIu5EADguRAAtZkGADS7EACr7REA2GoSAL6KDAA0uxAA2GoSAPNbBgCn8REAv4UQAC1rEgBckxAAsZMQAFX4BwCIZhEAlAURAOkFEQA+BhEA6lgSAIu5EADguRAAzssQAHaHAgAzvQ8Ap/ERANhqEgAzvQ8ATgUCAJirEQBV+AcA7rkCAKfxEQD88REAUfIRABx+EADwDgEANLsQANhqEgD99A0A0nIQANkaDAC/hRAAp/ERAL+FEACn8REA5LUQAC1rEgAtaxIALWsSAOS1EACLuRAA4LkQAHPREADI0RAAHdIQAGaIEQD68xEAT/QRAFqUEQDgHwAActIQALngEACn8REA/PERAFHyEQCm8hEA6lgSAI62EADScBIAv9oQABTbEADScBIA6wMRAKfxEQC/hRAAecoRAM7KEQC/hRAAecoRAM7KEQDYahIAdM8RAJhbDADYahIAM70PANhqEgA3wQcA0nIQAE4FAgAuzAUA8A4BADS7EAAgzhEAjrYQANhqEgAAAAAAVfgHAAAAAACCaxIANLsQACDOEQCOthAA2GoSAAAAAABV+AcAAAAAANhqEgDYahIAdocCANhqEgB2hwIA2GoSAHaHAgCCaxIA2GoSAEKsEQAtaxIA5LUQAOS1EACLuRAA4LkQADS7EABDBQ0Aq+0RAGjgDAC/hRAAecoRAM7KEQDTxhAA2GoSAEr5EQC3SAAAfHIRANTEEQCCywcAds0RAMvNEQA8BxIA034DAKfxEQD88REAUfIRADS7EAA0uxAA5LUQAIu5EADguRAAci8JAAAAAACtQREAAkIRAFdCEQCbXAgAa9gRAMDYEQAV2REA2GoSABx+EACYWwwAQrsCADO9DwA0uxAA2GoSAPKmEQAYMwoAHH4QANhqEgACnwkA1xcRAPueEABQnxAAXJMQALGTEAC/hRAAecoRAM7KEQDvYgMANLsQANhqEgA3xQMA5LUQAOS1EACLuRAA4LkQAFX4BwDgHwAA5LUQACrEEQDktRAAi7kQAOC5EACSWxIAAAAAAL+FEAB5yhEAzsoRADS7EADG0xAAG9QQANJyEAA0uxAApKcJAFqUEQDSchAAkBkBAAAAAADYahIAWpQRANJyEACQGQEA9E8RAL+FEAB5yhEAzsoRACDOEQCOthAA2GoSADS7EADktRAAi7kQAOC5EADYahIA034DAFiWEQBOBQIAlFoRAOS1EABe9gAAyC4JALdIAAALOBIA034DAC7MBQDYahIAwJQAAEKsEQDvYgMAMRMRAE4FAgBOBQIANLsQADwHEgA/WRIA8A4BANcXEQBOBQIAi2MRAJAUBgDG0xAAG9QQADETEQBvjwEA9E8RAElQEQCeUBEAVfgHAAAAAAAAAAAAAAAAANhqEgBalBEAAAAAAAAAAAAAAAAAi2MRACxtEQC3SAAATgUCAPAOAQDYahIASvkRAFqUEQBV+AcA5LUQAIYTEQCGExEA5LUQAI62EABc9gIAjGESAHnKEQDOyhEAUPMRAKXzEQDGJxIA6lgSAI62EACfsQQAv4UQABSGEACfsQQAa5QAALdIAADXywcA2GoSAM2HAADXywcALWsSACdyEQAxExEA+54QAFCfEAAGlBAAxtMQABvUEAD7nhAAUJ8QAAaUEADG0xAAG9QQALdIAAC3SAAA+fUQAEK8AQBr2BEAwNgRABXZEQAjdhEA2GoSANN+AwDktRAA2GoSADfFAwD+7xEATgUCAOS1EACLuRAA4LkQAHJ8EQDHfBEAn7EEAJ+xBADYahIAN8UDADfFAwCuoQUAmKsRANJyEAAAAAAA2GoSANhqEgBrlAAANLsQADfFAwB0zxEATgUCANhqEgC+hREATAkAAEz+CgBCEQIAD4oRAGSKEQBVAAAAVQAAAHYuBgA0uxAATgUCANhqEgDYahIAPRgAAL+FEAB5yhEAzsoRAN8PEQC+igwAi8YDAOS1EACLuRAA4LkQANNzDgD7nhAA1MQRAO6qEQC+hREAAp8JAL6FEQC+hREAVfgHAD0YAAD7nhAA1MQRAFCfEAC/hRAANLsQAL6FEQAThhEAaIYRAMYnEgCzkBEAJsgRAOS1EAA3xQMANLsQADTCCQAtyQkAAAAAAIRqEQDZahEAAAAAAAAAAAB40wkAwuEGAL6KDAA0uxAA2GoSANhqEgBCrBEAt0gAADS7EADYahIATaMPADS7EADwDgEATgUCADS7EAAe0BEAPRgAAOS1EACLuRAA4LkQANhqEgBOBQIA2GoSAE4FAgDYahIA8A4BAPigEQDwDgEATgUCANhqEgBMCQAA+KARAEwJAAB0zxEAAp8JAPigEQD7AQMAAAAAANN+AwCioREA034DANhqEgB0zxEAyHoSADS7EADIehIA2GoSAMh6EgDktRAAi7kQAOC5EADYahIAV+8OAPAOAQDSchAARw4AAEcOAADSchAAM70PAHTPEQD7AQMAv4UQAHnKEQDOyhEA5LUQAIu5EADguRAATgUCAGNFAgDYahIATgUCANhqEgA0uxAAr5QRAE4FAgBOBQIALswFAOysEQDwDgEAtuoJAMYnEgA0uxAAVfgHAEwJAADYahIA+KARAAAAAABOBQIAXJMQALGTEAAP4BAATaMPAOS1EACLuRAA4LkQAPdLEgA0uxAAoUwSAKvtEQBMTBIANLsQADS7EACRshEA5rIRADuzEQCRshEA5rIRADuzEQCQsxEA5bMRAJGyEQDmshEAO7MRAJCzEQDlsxEAq+0RAOS1EACLuRAA4LkQAPdLEgA0uxAAoUwSAKvtEQBMTBIANLsQAJWzDAA0uxAAt0gAAO65AgC3SAAA6lgSAIu5EADguRAANLsQANjAEQBV+AcA034DAEKxDAD7AQMAJh0SANTEEQA4xgEATgUCAEcOAAAAAAAA2RoMAAAAAACZqhEAL78RAIS/EQDZvxEA2GoSAOpYEgCLuRAA4LkQAE4FAgBMCQAAn7EEAJ+xBADGJxIATgUCAL+FEABOBQIANLsQAPsBAwA0uxAAkmoDAEr5EQBK+REA03MOADS7EADYahIATgUCAPueEABQnxAA6lgSAIu5EADguRAA6lgSAE4FAgBV+AcA2GoSAFX4BwAuwBEAoVIMAAKfCQBMCQAAxicSAPSxBAADQBIAd4cBAF72AADYahIAXJMQALGTEACPuQwAJh0SADHDCwBOBQIAw9URAE4FAgAxwwsARv0RAG3WEQBw2AwAIN4BAL+FEAB5yhEAzsoRAE4FAgDYahIA2GoSAOpYEgB2hwIAdocCAOpYEgDqWBIAVfgHAKyYEAABmRAAvdsRAEmmEAC/hRAA5LUQAI62EADsEQIAZo0MAOu9AQD6nxAAv4UQAFxLAwAN4REAIN4BAIweAACuoQUA32wJADoUBwBCEQIAt0gAAD29BQBV+AcA2GoSADO9DwDZFBIA6b4CAFVTAgDpvgIAVVMCAAVOAgBaRQsALWsSAEK7AgDYahIATAkAAE4FAgCephAAjB4AAFxLAwCaUxIATgUCANhqEgDGJxIA1W0SAPSxBADYahIA+wEDAPsBAwD7AQMA+wEDADS7EAA0uxAAH88RAI62EADNyxEATAkAALdIAAB2hwIAM70PAL+FEAB5yhEAzsoRAJtcCADktRAAi7kQAOC5EAD68xEAT/QRAMbTEAAb1BAAxtMQABvUEADktRAAXPYCAEb9EQBt1hEActQOAPueEABQnxAActQOAAOaDQD7nhAA270RAOpYEgAqxBEA2GoSAE4FAgDZJgAA2SYAAEIRAgDVKAIAgm0QAEz3EQCXWw0Aq+0RAE4FAgDYahIATgUCACvIDABk3xEArpkNAE4FAgBOBQIATgUCAOW3DQBhnQEAv4kMAPdLEgDktRAAQhECAAGdDAD3SxIA+wEDAPdLEgD7AQMANLsQAE4FAgBOBQIARv0RAG3WEQDYahIA+54QAFCfEAA8BxIA5rgLAE4FAgBOBQIATgUCAA/gEABOBQIATvURAFqXDgBHDgAAwdsNAFyTEAA0uxAAv4UQANlvDAAxwwsAklsSAAAAAAAxwwsAbtgOADESEgBt2Q4AhhISANcXEQAlyREA6lgSAI62EABG/REABZcOAIJtEADXFxEAMRISANcXEQCGEhIA1xcRAEb9EQBt1hEAatkRAFUAAADxBQkAt0gAAP2cEABHDgAATgUCADHDCwBt1hEATgUCAO6qEQBKXgIAOAsSAEtNEgCgTRIA034DAOa4CwBV+AcATgUCAE4FAgBOBQIA2GoSAOC9DADgvQwA4L0MAOC9DABCEQIAQhECAJkCDwBOBQIA+54QAH4aEgBG/REAnk8SAE4FAgBG/REAWpcOAE4FAgDz+hEAQAMSAPueEACVAxIATgUCADcMEgCMDBIAqEUSAOEMEgBOBQIATgUCAEb9EQBalw4A8/oRAEADEgD7nhAAlQMSAE4FAgBNTw4AdCQSAPueEABQnxAA6lgSAI62EABOBQIAJh0SAMYnEgDGJxIAXvYAAHzHEQDIJRIAJsgRAHXeAQDgvQwA4L0MAOC9DADgvQwATgUCADgLEgCGvhAA+p8QAE2iEADmuAsAEooOAAlKAgDzTxIA270RAPP6EQA0uxAA8lASADS7EADGJxIA+wEDAJdbDQCXWw0ATgUCAL6KDAA3DBIAjAwSAFX4BwBV+AcA47cPAPueEABQnxAAvooMADcMEgCMDBIAVfgHAFX4BwDjtw8ATfYRAKL2EQD7nhAA1MQRAIDDEQAAAAAANLsQANhqEgA0uxAAXPYCAOS1EABG/REAS6YOACV0EQDUxBEADDcSAP9DEgDqWBIAKsQRAPsBAwB6dBEAPAcSAAvqCgDYahIAYkYCAFUAAAD3SxIARv0RAEumDgC3SAAA5LUQAFX4BwBOBQIA+54QAFCfEADjtw8AfXQOAPsBAwD7AQMAQrwBAEK8AQBCvAEAQrwBAPsBAwA0uxAAQrwBAE4FAgBOBQIATgUCAAAAAAAAAAAARv0RAJ5PEgD7nhAAUJ8QAOO3DwBPog4A2GoSAEb9EQAL6goA2GoSAEb9EQCaUxIANLsQAE4FAgBOBQIA034DAD0YAABV+AcAa5QAAE4FAgA4CxIAS00SAKBNEgD1TRIASk4SAJ9OEgD0ThIA+wEDAPueEABQnxAABpQQADcMEgCMDBIANLsQAPueEADUxBEAnfsRAOpYEgCLuRAAspIQAIEnAgBM9xEARFQSAJlUEgDuVBIAQ1USAOpYEgCOthAAao4HAOpYEgA0uxAAQFgSAPsBAwAzvQ8AVfgHAOS1EADGJxIA8A4BAG3WEQDYahIA8A4BAKvtEQDwDgEAq+0RAFyTEACZqhEA8A4BAE4FAgBG/REAbdYRAPueEABQnxAAgScCALY3EgC2NxIAgScCAL+FEAC/hRAAv4UQAJQFEQC/hRAAv4UQAL+FEAC/hRAAXJMQAJmqEQC/hRAAlAURAL+FEAB4yxEAv4UQAHjLEQC/hRAAeMsRAGvYEQB4yxEAv4UQAHjLEQC/hRAAeMsRAMrPEAB4yxEAv4UQAHjLEQBz0RAAyNEQAKWfEABOBQIAxicSAE4FAgD7AQMANLsQAD0YAAAzvQ8A+p8QABLcEQDbEhIA2xISAPqfEABPoBAAE48IAIFsEgD7AQMA+wEDAEcOAABHDgAA1sMQADS7EAB13gEAv4UQANhqEgB9dA4A0nASAH10DgDYahIAv4UQANJyEADYahIA0nIQAL+FEAB5yhEA0nIQACVzEgB6cxIAv4UQAPsBAwDE1BEANLsQAE4FAgBOBQIATgUCAMh6EgBOBQIATgUCAE4FAgDIehIATgUCAL2PCADIehIA2GoSADUQEABOBQIATgUCAMh6EgA0uxAAc9EQAMjREAAd0hAAv4UQAP5VAQDz+hEAQAMSAE4FAgDqWBIAjrYQAPueEABQnxAAPAcSAHeHAQArcwwACjkSAANAEgAzvQ8APbERAJmqEQCAwxEArpkNAOS1EAAqxBEArpkNANhqEgATjwgA08YQAB7QEQBG/REAbdYRAPueEADUxBEADDcSANhqEgDSchAAAZ0MAD0YAADYahIAAp8JAPueEABQnxAAPAcSAJIKDgDTxhAApUgSAPueEAB+GhIARv0RAAWXDgDYahIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100,198],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,198,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.uninformative, d.wrapperEcho].filter((p) => p !== void 0)),
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
var HOLDERS = new Map(DIALECTS.flatMap((d) => d.holdsOutputOf ? [[d.id, d.holdsOutputOf]] : []));
var HOOK_TIMEOUT = /\bHook timed out\b|\bfor a hook\b|" hook\b/i;
var BARE_ASSERTION = /^\s*(?:[\w$]{1,100}\.){0,8}(?:AssertionFailedError|AssertionError|AssertionFailure): (.{1,600})$/;
var EXPECTATION_WORDS = /\b(?:expected|expect|should|must|to be|to equal|but (?:was|got)|instead|not thrown|to throw|to raise)\b/i;
var RECENT_OUTSIDE = 4096;
var TB_LINE_SECTION = /^=+ FAILURES =+$/;
var TB_LINE_SECTION_END = /^={3,}/;
var TB_CRASH_LINE = /^(?:[A-Za-z]:)?[^\s:][^:\n]{0,300}:\d{1,6}: \S/;
var TB_LISTED_FAILED = /^FAILED [^\s:]{1,300}::/;
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
    if (this.tbLines?.open && TB_LINE_SECTION_END.test(line)) this.tbLines.open = false;
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
    const marker = this.reportMode ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen);
    if (marker) {
      this.handledLine = this.lineNumber;
      if (marker.dialect === PYTEST && this.tbLines && !this.tbLines.open && TB_LISTED_FAILED.test(line)) this.tbLines.listed++;
      this.onMarker(marker);
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (found) this.reportedFailures = Math.max(this.reportedFailures, found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0));
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
    if (marker.dialect.groupsOnly === true) {
      this.current = void 0;
      this.closedUnit = void 0;
      return;
    }
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    if ((marker.event === "start" || marker.event === "pass") && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect);
    this.markerRunner = marker.dialect.id;
    this.afterTests = marker.event === "end" ? marker.dialect.ownLinesAfterTests : void 0;
    this.logScope = marker.event === "quiet" && marker.name !== "" ? this.loggedFor(marker.name) : void 0;
    this.logScopeLine = this.lineNumber;
    try {
      this.handleMarker(marker);
    } finally {
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.event === "end" && ENDS_RUN_UNSEEN.has(marker.dialect) ? void 0 : marker.dialect.id;
      this.markerRunner = void 0;
    }
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
        if (this.detailsDialect === MOCHA && (known2 === void 0 || known2.scope === "outside" && marker.name !== known2.name)) {
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
      this.explainByTbLines(unit);
      return;
    }
    for (let i = this.recentOutside.length - 1; i >= 0; i--) {
      const finding = this.recentOutside[i];
      const error = finding.text.replace(/^\S{1,300}:\d{1,6}: /, "");
      if (!(prefix.length >= 12 ? error.includes(prefix) : error.startsWith(prefix))) continue;
      count(unit, { ...finding });
      return;
    }
    this.explainByTbLines(unit);
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
  explainByTbLines(unit) {
    const section = this.tbLines;
    if (!section || section.open || section.spoiled || section.findings.length === 0) return;
    if (unit.high + unit.ambiguous + unit.code + unit.unexplained > 0) return;
    const index3 = section.listed - 1;
    const finding = section.findings[index3];
    if (finding === void 0) return;
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
