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
} from "./chunk-AILYDQSG.js";
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
var DERIVED = `{"prefilter":{"key":"rules 281\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,155,164,198,210,211,237,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,444,446,447,448,449,450,451,452,455,456,457,459],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12650,"states":14288,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADnEQcABgAAABc8AgAHAAAAAfcHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABRpQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAINuDgAfAAAA8A4BACAAAABKXgIAIQAAAAAAAAAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAXpQNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAAZECwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAACe/A8AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAtcQwAPwAAAM17DABAAAAApaAPAEEAAACZrg0AQgAAAAAAAABDAAAAQ68NAEQAAAAAAAAARQAAACHRDQBGAAAAHNYNAEcAAADpBBIASAAAAKzwDQBJAAAA9fwNAEoAAADTHg4ASwAAACgfDgBMAAAAfR8OAE0AAAAVMg4ATgAAABE2DgBPAAAA4mQOAFAAAAC35A4AUQAAAAzlDgBSAAAAsukOAFMAAAD0+w8AVAAAAEn8DwBXAAAAqgAAAFgAAADvDAQAWgAAABoxCgBbAAAAuEYBAF4AAAALnwAAYAAAAIrACgBhAAAAtewIAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAWZsLAAIBAAAyaBAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAh2gQAP4IAADcaBAATgkAAHgkDgBUCQAAoQkAAGEJAADTdgsAZQkAANIfDgBoCQAAxS8LAKgJAAD2CQAArgkAAMGICwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAAAxaRAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAJK2DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAQQYOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAQgUOAKIOAADxDgAAqw4AAB8tCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAhmkQAD4YAAAdKBAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAADuswgAmRgAAK3yCgCaGAAA5xgAAJwYAAARQwEAnRgAAH94CACfGAAAim4HAKEYAAC/3wsAoxgAADAeBwCoGAAArk8CAKsYAACIxgYA6BgAADwZAADqGAAAv48GAO0YAAA+CwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AANtpEACSHgAA4R4AAJYeAAClog0Aox4AAKxHDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAn1oGAOgfAAA1IAAAOCAAANN7BgA8IAAAiiAAAEAgAADYIgUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAMGoQANsmAAA5xQEA3iYAAGuIDADiJgAAPrIPAOUmAAAuJwAA5yYAADcVCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACFahAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAADaahAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAAAvaxAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACEaxAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAC5sEAAzPgAAbD4AAHQ+AACDbBAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAANhsEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAAAtbRAAvEgAAMQ5AgC9SAAA/VIFAL5IAADK2AcAwkgAAAxJAADDSAAAt+gKAMVIAAB5KwYAy0gAABBDAgASSQAA/5sPABhJAABhSQAAZ0kAAMaLAwBpSQAAgm0QAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAANdtEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAALG4QAEthAACeYQAAoWEAAPNhAAD2YQAAgW4QAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAADWbhAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAACtvEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AACAbxAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AADVbxAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAACpwEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAH9wEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAA1HAQAM6HAAAXLw8A0IcAAJLBAQDThwAAOW8CANSHAAAuygcA1YcAADB0BgDWhwAAOMcAANeHAACySwIA2ocAAP3zDgDchwAAIogAAN6HAAC/jQgA44cAAAWfBgDkhwAAF4YNACyIAADZcgkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAKXEQAOWOAAB+cRAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAALHIMAHyPAAAd4QEAf48AAN1rDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAB30woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAANNxEABxlAAAwJQAAHOUAACJZBIAepQAAJuzBgB8lAAAngUHAH6UAACrUwEAg5QAAIIcDACHlAAAR1YNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAH1yEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAADSchAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAAAncxAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAHxzEABQsQAAPr8CAFOxAADNhgEAV7EAAByIBgBZsQAAskUIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAAODBCABasgAAorIAAKyyAAD3sgAA+LIAAC0YEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAADRcxAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AACZ0EAA6zgAAhs4AAJDOAADbzgAA5s4AAHt0EAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAADQdBAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAADfEBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAACV1EACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAAB6dRAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAM91EAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAAAkdhAAG+kAAMLlAgAe6QAAa+kAACPpAACj/QkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAeXYQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AADOdhAAX/YAAE75DQBg9gAAs/YAAGH2AABkjwwAaPYAAKH7DQBp9gAAgSQFAG32AACWEgIAbvYAANkaDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAACN3EABf/AAAeHcQALX8AADNdxAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQAieBAAAwMBAHd4EABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEAzHgQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQCkqQcAXgUBAJAVBQCtBQEA+QUBALMFAQBHWQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAIXkQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQB2eRAA+A4BAPpWBAD6DgEAQgQPAP0OAQAqHg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEAy3kQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAIHoQAJgYAQB1ehAA6BgBAKmmBQDrGAEAOxkBAO8YAQDQ2AEA8hgBAKf7BwD0GAEATLIBAPoYAQBvNgUAQhkBAPJXCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQCXYgYAVhoBADdtBgCUGgEAkmcGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAB97EADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQAefBAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAc3wQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAMh8EADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAMd9EADWLwEAHH4QACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAcX4QACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAxn4QABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQAbfxAAvUYBAA1HAQAORwEANxAOABxHAQDvrgwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAHB/EAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAxX8QAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQAagBAArFMBAPcGAgC1UwEAU/YLALdTAQBDVxAAuVMBAOyxDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAh8EMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQBvgBAAAFYBAHl6DAAMVgEA220MACFWAQDEgBAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBABmBEACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAboEQAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQDDgRAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQAYghAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAG2CEABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQDCghAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAF4MQAJRxAQBsgxAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBABaEEABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQBrhBAA2H0BACt+AQA5fgEAgH4BAJF+AQDAhBAA3H4BABWFEABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQBqhRAA2oABAL+FEAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAGmGEAAohgEAeIYBAICGAQC+hhAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAFSeDQDjhgEAf9QBAC6HAQB3hwEAk4cBAIQXDwCfhwEAzIcBAPKHAQAhiAEASogBAHaIAQCciAEAy4gBAPGIAQAgiQEAKIkBAHWJAQCfiQEAyokBAOOJAQAfigEAIYoBAHSKAQB7igEAyYoBANGKAQAeiwEALYsBAHOLAQB5iwEAyIsBANSLAQAdjAEAJIwBAHKMAQB+jAEAx4wBANSMAQAcjQEAJo0BAHGNAQB/jQEAxo0BAMiNAQAbjgEALI4BAHCOAQBzjgEAxY4BAPCOAQAThxAAHY8BAMTiAwAkjwEAPBMGACePAQBvjwEAKo8BAFbyDAArjwEAY5oCADCPAQAUPQQAdo8BAJ1gAgB5jwEA72IDAH6PAQAT3g4Aio8BAMSPAQDGjwEAGZABACqQAQBukAEAfJABAMOQAQDKkAEAGJEBABqRAQBtkQEAHZEBACp+AgAgkQEAUa0BAHyRAQDCkQEA0ZEBABeSAQAjkgEAbJIBAG+SAQDBkgEAxJIBABaTAQA2kwEAa5MBAHeTAQDAkwEA1JMBABWUAQAjlAEAapQBAHGUAQBohxAA1pQBABSVAQAWlQEApk0MABeVAQCnTAwAIZUBAGmVAQBrlQEAvpUBAMiVAQATlgEAz5UBAE1RDAAclgEAaJYBAG6WAQC9lgEAyZYBABKXAQAZlwEAZ5cBAGyXAQC8lwEAyJcBABGYAQAUmAEAZpgBAHOYAQC7mAEAwJgBABCZAQAamQEAZZkBAHuZAQC6mQEAvJkBAA+aAQAZmgEAZJoBAHOaAQC5mgEAxJoBAL2HEAAamwEAY5sBAHCbAQC4mwEAxpsBAA2cAQAZnAEAYpwBAGmcAQASiBAAvJwBAAydAQDDnAEA47cPAMWcAQBkQgQADp0BAFGrAwARnQEA9f8KABudAQD9TAsAI50BAGGdAQBvnQEAtp0BAMOdAQALngEAE54BAGCeAQBqngEA/qQHAHCeAQC1ngEAt54BAAqfAQAYnwEAX58BAHCfAQBniBAAu58BALyIEAAOoAEAXqABAGSgAQCzoAEAu6ABAAihAQARoQEAXaEBAGChAQCyoQEAvqEBAAeiAQANogEAXKIBAGSiAQCxogEA0KIBAGaJEAAIowEAW6MBAGmjAQCwowEAwaMBALuJEAAMpAEAEIoQAF+kAQCvpAEAtaQBAASlAQAMpQEAWaUBAGKlAQCupQEAsaUBAAOmAQAPpgEAWKYBAF6mAQC6ihAAr6YBAAKnAQALpwEAV6cBAGGnAQCspwEAt6cBAAGoAQANqAEAVqgBAGOoAQCrqAEAtagBAACpAQAOqQEAVakBAGSpAQCqqQEArKkBAP+pAQAJqgEAVKoBAGKqAQCpqgEArqoBAP6qAQALqwEAU6sBAFurAQCoqwEAuKsBAP2rAQD/qwEAUqwBAGCsAQCnrAEAuKwBAA+LEAADrQEAZIsQAFqtAQCmrQEAqa0BAPutAQAHrgEAUK4BAFauAQClrgEAsq4BAPquAQD8rgEAT68BAGWvAQCkrwEAsK8BALmLEAAFsAEATrABAFSwAQCjsAEAprABAPiwAQAGsQEATbEBAFKxAQCisQEAr7EBAPexAQD/sQEADowQAFmyAQChsgEAr7IBAPayAQAMswEAS7MBAFSzAQCgswEAtrMBAPWzAQD9swEASrQBAE20AQCftAEAqLQBAPS0AQD1tAEASbUBAEq1AQCetQEAo7UBAPO1AQD5tQEASLYBAFK2AQCdtgEAqbYBAPK2AQD5tgEAR7cBAE+3AQCctwEAnrcBAPG3AQDytwEARrgBAFS4AQCbuAEAo7gBAPC4AQALuQEARbkBAFG5AQCauQEAoLkBAO+5AQDyuQEARLoBAFK6AQCZugEAnroBAO66AQD7ugEAQ7sBAEu7AQCYuwEAprsBAO27AQDwuwEAY4wQAEW8AQCXvAEARrwBAH3OCQBOvAEAOL4JAFC8AQD4ow4AVbwBAMzPDgCavAEA7LwBAP28AQBBvQEAXb0BAJa9AQCevQEAuIwQAPy9AQBAvgEASL4BAJW+AQCbvgEA6r4BAO++AQA/vwEASL8BAJS/AQCevwEA6b8BAPe/AQA+wAEAS8ABAJPAAQCfwAEA6MABAOvAAQA9wQEAWcEBAA2NEACVwQEA58EBAKbBAQCBJQQA88EBADzCAQBCwgEAkcIBAJvCAQBijRAA68IBADvDAQBIwwEAkMMBAJjDAQAFlRAAnMMBAOXDAQCgwwEAicoBAKzDAQDyVQ0A68MBADrEAQBAxAEAj8QBAJTEAQDkxAEA6sQBALeNEABDxQEApU4MAEfFAQCOxQEAn8UBAAyOEADqxQEAYY4QAEDGAQC2jhAAm8YBAOLGAQDpxgEAN8cBAD/HAQCMxwEAmccBAOHHAQDmxwEANsgBAEDIAQCLyAEAk8gBAODIAQDmyAEANckBADfJAQCKyQEAmMkBAN/JAQDiyQEANMoBAEDKAQALjxAAi8oBAN7KAQDsygEAM8sBAETLAQBgjxAAj8sBALWPEADjywEAMswBADjMAQCHzAEAjMwBANzMAQDizAEACpAQADPNAQCGzQEAOs0BACh0DgA9zQEAy9kFAKHNAQDbzQEA3c0BADDOAQBKzgEAhc4BAJLOAQB50gkAls4BANrOAQDczgEAL88BADzPAQCEzwEAm88BANnPAQDzzwEALtABADDQAQCD0AEANNABADdmDQCG0AEA2NABANvQAQAt0QEAOdEBAILRAQCI0QEA19EBAOHRAQBfkBAAMdIBAIHSAQCO0gEA1tIBAOLSAQAr0wEAMdMBAIDTAQCG0wEA1dMBANrTAQAq1AEAMNQBALSQEACA1AEA1NQBAJXUAQCjAgUA1tQBACnVAQDi1AEADPECAC/VAQB+1QEAjNUBANPVAQDW1QEAKNYBAC3WAQB91gEAitYBANLWAQDi1gEAJ9cBACnXAQB81wEAitcBANHXAQDi1wEACZEQACzYAQB72AEAh9gBAF6READh2AEAJdkBAC/ZAQB62QEAiNkBAM/ZAQDQ2QEAJNoBADXaAQB52gEAhdoBAM7aAQDe2gEAI9sBACXbAQB42wEAhtsBAM3bAQDe2wEAs5EQACjcAQB33AEAg9wBAAiSEADS3AEAId0BACfdAQB23QEAe90BAMvdAQDR3QEAspIQACjeAQB13gEAf94BAIbADgCO3gEAyt4BANPeAQAf3wEAKd8BAHTfAQB83wEAyd8BAM3fAQAe4AEAIOABAHPgAQB24AEAyOABAOTgAQAHkxAAMOEBAHLhAQBz4QEAx+EBANPhAQAc4gEAK+IBAHHiAQB74gEAxuIBANLiAQAb4wEAIuMBAFyTEAB24wEAuOUMAIPjAQDF4wEA1OMBABrkAQAm5AEAb+QBAHDkAQDE5AEAzuQBABnlAQAn5QEAbuUBAHPlAQDD5QEA0OUBAAaUEAAg5gEAbeYBAHnmAQDC5gEA1eYBABfnAQAY5wEAbOcBAHjnAQDB5wEA0OcBABboAQAg6AEAa+gBAHfoAQDA6AEAx+gBAFuUEAAm6QEAaukBAHbpAQC/6QEAz+kBABTqAQAe6gEAaeoBAHHqAQC+6gEA5uoBABPrAQDs6gEAue8BADvrAQBo6wEAcOsBAL3rAQDD6wEAEuwBACDsAQBn7AEAfuwBALzsAQDH7AEAEe0BABvtAQBm7QEAk+0BALvtAQDD7QEAEO4BACDuAQBl7gEAZ+4BALruAQDI7gEAD+8BACDvAQBalRAAa+8BAK+VEADh7wEADvABABbwAQBj8AEAafABALjwAQDG8AEADfEBACTxAQBi8QEAbfEBALfxAQDB8QEADPIBADnyAQBh8gEAafIBALbyAQDG8gEAC/MBAA3zAQBg8wEAbvMBALXzAQDG8wEABJYQABH0AQBZlhAAYfQBALT0AQDC9AEACfUBABr1AQCulhAAZfUBAAOXEAC79QEAWJcQABD2AQCtlxAAX/YBALL2AQDA9gEAB/cBABj3AQACmBAAYvcBALH3AQC99wEAV5gQAA/4AQBb+AEAaPgBALD4AQC++AEABfkBAA/5AQBa+QEAdPkBAK/5AQCy+QEABPoBAAv6AQBZ+gEAefoBAK76AQDI+gEArJgQABD7AQBY+wEAFPsBAABTAgAZ+wEAqKoCAGb7AQCt+wEAt/sBAAL8AQAc/AEAV/wBAGf8AQCs/AEAsvwBAAH9AQAD/QEAVv0BAGz9AQCr/QEAt/0BAAD+AQAE/gEAVf4BAFr+AQCq/gEAsP4BAP/+AQAf/wEAVP8BAG7/AQCp/wEAq/8BAP7/AQABAAIAUwACAFYAAgCoAAIAtAACAP0AAgADAQIAUgECAFwBAgABmRAArAECAPwBAgAJAgIAUQICAF0CAgCmAgIAuQICAPsCAgAKAwIAUAMCAFwDAgClAwIApgMCAPoDAgAEBAIATwQCAF0EAgCkBAIAqQQCAPkEAgAGBQIAVpkQAE8FAgCzlgsAUAUCABKMDABRBQIA5rwHAFMFAgCj+A4AVAUCAGqMCQBVBQIAzHwMAFgFAgDyqg0AWQUCAMeBDABaBQIAaDcLAFsFAgAD8QsAXAUCADPBCwBdBQIAXJ4FAF4FAgCjBQIAZgUCAE/0EQBoBQIAUkoOAGoFAgBWmg8AcQUCAHchEgB2BQIARlYOAJAFAgDurg0AlQUCAIkPEgClBQIA+AUCALQFAgCEGA4ABgYCAE0GAgBeBgIAq5kQAKkGAgAAmhAAAwcCAEwHAgBbBwIAoQcCAKsHAgD2BwIAAggCAEsIAgAZCAIAPwgOAFIIAgCqmhAAoggCAPUIAgAGCQIASgkCAFMJAgCfCQIAqwkCAPQJAgD3CQIASQoCAFEKAgCeCgIAqAoCAPMKAgD4CgIASAsCAFALAgCdCwIAtgsCAPILAgD+CwIARwwCAE8MAgBUmxAApAwCAKmbEAD0DAIARg0CAEkNAgCbDQIApw0CAPANAgD2DQIARQ4CAE8OAgD+mxAAnw4CAO8OAgD8DgIARA8CAEwPAgBTnBAAnw8CAO4PAgD0DwIAQxACAEgQAgCYEAIAnhACAKicEAD1EAIA/ZwQAEQRAgBm5AoARxECAJcRAgBOEQIAA50KAKERAgDsEQIAphECAHt8CAD0EQIAsewMAAgSAgBBEgIASRICAFKdEACbEgIA6xICAAETAgBAEwIAQRMCAJUTAgCXEwIA6hMCAPATAgA/FAIASxQCAJQUAgCbFAIA6RQCAPEUAgA+FQIARxUCAJMVAgCWFQIA6BUCAPYVAgA9FgIAShYCAJIWAgCpFgIA5xYCAO8WAgA8FwIASBcCADsYAgBkFwIAkRcCALkXAgDmFwIAChgCAKedEABYGAIAkBgCAJkYAgCPGQIAoRgCAOUYAgAVGQIAOhkCAF4ZAgD8nRAAkRkCAOQZAgD1GQIAORoCAGkaAgCOGgIAshoCAFGeEADpGgIAqqQGAOwaAgA4GwIA7xoCACYgDwBCGwIAjRsCAEUbAgCirAYARhsCANrBDgCVGwIA4hsCAOYbAgA3HAIAORwCAIwcAgCPHAIA4RwCAP0cAgCmnhAAOx0CAJBjDABAHQIAcdcMAEIdAgCLHQIARh0CAHEuCwCoHQIA4B0CAOkdAgA1HgIANx4CAIoeAgCbHgIA+54QAOQeAgA0HwIAPR8CAIkfAgCaHwIA3h8CAOUfAgAzIAIAOyACAIggAgBNIAIAZ0ECAJUgAgAyIQIAlyACAIYiAgChIAIA3SACAOkgAgBQnxAANyECAIchAgCRIQIA3CECAOQhAgClnxAAPSICAPqfEACLIgIA2yICAOgiAgAwIwIAOiMCAIUjAgCHIwIA2iMCAOgjAgAvJAIAPCQCAE+gEACJJAIA2SQCAOYkAgAuJQIAOCUCAIMlAgCFJQIA2CUCAOYlAgAtJgIAOiYCAKSgEACFJgIAqpwOAIgmAgBg5g4AjyYCANcmAgDhJgIA+aAQADQnAgCBJwIAgycCAGXhDgCOJwIAyoUFAJgnAgDWJwIAmicCAMCRAwDbJwIAKygCADUoAgCAKAIAiCgCAE6hEADfKAIAKikCADYpAgB/KQIAgikCANQpAgDeKQIAKSoCAEMqAgB+KgIAlSoCANMqAgDYKgIAKCsCAEQrAgCjoRAAhysCANIrAgCOKwIAHy4IAN4rAgAnLAIAKiwCAHwsAgCGLAIA0SwCAOssAgAmLQIALC0CAHstAgB9LQIA0C0CAN4tAgAlLgIAKC4CAHouAgCGLgIAzy4CANIuAgAkLwIARy8CAPihEAB7LwIAzi8CANwvAgAjMAIAJjACAHgwAgCEMAIAzTACANAwAgBNohAALTECAHcxAgB9MQIAzDECANExAgAhMgIAJTICAHYyAgB5MgIAoqIQAMwyAgATig0AzjICAL2IDwDRMgIAIDMCANQyAgBvgQ8A1TICAMY3AgDXMgIALW4PANkyAgCKZg8A2jICANF0DwDbMgIACZIPAOIyAgDmYgwA5TICAP1JDgAsMwIAdTMCAKEzAgDKMwIA1jMCAB80AgAuNAIAdDQCAH40AgDJNAIAzDQCAB41AgA4NQIAczUCAH01AgDINQIAzTUCAB02AgAnNgIAcjYCAH02AgDHNgIAzTYCABw3AgAhNwIAcTcCAHU3AgD3ohAAyzcCABs4AgDUNwIAynsPACU4AgBwOAIAezgCAMU4AgDLOAIAGjkCAB85AgBvOQIAczkCAEyjEADJOQIAJdgCAMs5AgDsBQ4AzDkCABTfDADOOQIActQOAN45AgAZOgIAIzoCAG46AgB5OgIAwzoCAMk6AgAYOwIAHTsCAG07AgBxOwIAwjsCAOU7AgChoxAAGTwCAGw8AgAaPAIAhRkMABw8AgBGWwkAIDwCAD23CwAjPAIAY0UCACU8AgBh5Q4AeTwCAOZsAgB6PAIAwTwCAMQ8AgAWPQIAIj0CAGs9AgCDPQIAwD0CAMw9AgAVPgIAGz4CAGo+AgBwPgIAvz4CAMQ+AgAUPwIAGj8CAPajEABzPwIAvj8CAMk/AgATQAIAGUACAGhAAgBtQAIAvUACAMFAAgASQQIAFUECAEukEABxQQIAvEECAMdBAgARQgIAF0ICAGZCAgBrQgIAu0ICAL9CAgCgpBAAEUMCAGVDAgBxQwIAukMCAMZDAgAPRAIAFUQCAGREAgBqRAIAuUQCAL5EAgAORQIAFEUCAPWkEABlRQIAP7sFAGpFAgDaygUAckUCAM+DAgBzRQIAuEUCAMRFAgANRgIAE0YCAGJGAgBuRgIAt0YCAMRGAgAMRwIAG0cCAGFHAgBtRwIAtkcCAMJHAgALSAIAEUgCAGBIAgBmSAIAtUgCALpIAgAKSQIAEEkCAEqlEABpSQIA+qcIAHVJAgC0SQIAeEkCALiTCQDASQIACUoCABFKAgAZgBEAFUoCAF5KAgBkSgIAs0oCALlKAgAISwIADUsCAF1LAgBjSwIAn6UQALpLAgD78hEAvEsCAAdMAgANTAIAXEwCABNMAgA2xwIAakwCALFMAgDKTAIABk0CAA9NAgBbTQIAZU0CALBNAgC8TQIABU4CABFOAgBaTgIAYE4CAK9OAgC1TgIABE8CAAlPAgBZTwIAX08CAPSlEAC6TwIAA1ACAA1QAgBYUAIAY1ACAK1QAgCyUAIAAlECAAlRAgBXUQIAY1ECAKxRAgCyUQIAAVICAAdSAgBWUgIAW1ICAKtSAgCxUgIASaYQABFTAgBVUwIAVlMCAKpTAgBbUwIApVgCAK9TAgD/UwIADVQCAFRUAgBhVAIAqVQCALNUAgD+VAIAClUCAFNVAgBZVQIAqFUCALRVAgD9VQIAEFYCAFJWAgBhVgIAp1YCALNWAgD8VgIA/VYCAFFXAgBbVwIAplcCALRXAgD7VwIAAFgCAFBYAgBdWAIAnqYQALFYAgD6WAIAClkCAE9ZAgBbWQIApFkCAKpZAgD5WQIABVoCAE5aAgBbWgIAo1oCALJaAgD4WgIABFsCAE1bAgBZWwIAolsCALVbAgD3WwIABlwCAExcAgBYXAIAoVwCAKJcAgD2XAIAAF0CAEtdAgBZXQIAoF0CAKVdAgD1XQIAAl4CAPOmEABMXgIAg8sGAFZeAgCfXgIAV14CAA6SCgBYXgIAoFMMALNeAgD0XgIAAF8CAElfAgBPXwIAnl8CAKRfAgDzXwIA+F8CAEhgAgBOYAIASKcQAKlgAgDyYAIA/2ACABPqAgAFYQIAR2ECAExhAgDgcgIAT2ECAHssAwBTYQIAnGECAKJhAgDxYQIA92ECAEZiAgBLYgIAm2ICAKFiAgCdpxAA/GICAEVjAgBLYwIAmmMCAJ9jAgDvYwIA9mMCAERkAgBSZAIAmWQCALRkAgDuZAIA/GQCAENlAgBGZQIAmGUCAKZlAgDtZQIA8mUCAEJmAgBPZgIAl2YCAKNmAgDsZgIA8mYCAEFnAgBHZwIAlmcCAJtnAgDrZwIA8WcCAPKnEABFaAIAlWgCAJ5oAgDqaAIA92gCAD9pAgBGaQIAlGkCAKVpAgDpaQIA7mkCAD5qAgBNagIAk2oCAJVqAgDoagIA+WoCAD1rAgBJawIAkmsCAJhrAgDnawIA7WsCADxsAgBBbAIAkWwCAJdsAgBHqBAA/WwCADttAgBHbQIAkG0CAJxtAgDlbQIA620CADpuAgBAbgIAj24CAJRuAgDkbgIA6m4CAJyoEAA/bwIAsaECAFBvAgCObwIAl28CAONvAgD5bwIAOHACAERwAgCNcAIAmnACAOJwAgDscAIAN3ECAENxAgCMcQIAknECAOFxAgDncQIANnICADtyAgCLcgIAkXICAPGoEADpcgIANXMCAD9zAgCKcwIAj3MCAN9zAgDvcwIANHQCAE10AgCJdAIAjnQCAN50AgDndAIAM3UCAEB1AgCIdQIAj3UCAN11AgDgdQIAMnYCAD52AgCHdgIAmnYCANx2AgDrdgIAMXcCAD13AgCGdwIAh3cCANt3AgDldwIAMHgCAD54AgCFeAIAingCANp4AgDneAIARqkQADJ5AgCEeQIAh3kCANl5AgDmeQIAb9oLAOh5AgAuegIAMHoCAIN6AgCGegIA2HoCAOJ6AgAtewIAOXsCAIJ7AgCVewIA13sCAOZ7AgAsfAIAOHwCAIF8AgCCfAIA1nwCAOB8AgArfQIAOX0CAIB9AgCFfQIA1X0CAOJ9AgCbqRAAK34CAH9+AgCLfgIA1H4CANp+AgApfwIAK38CAH5/AgCIfwIA038CAOF/AgAogAIALYACAH2AAgCKgAIA0oACAN6AAgAngQIAOoECAHyBAgCLgQIA0YECAN2BAgAmggIAJ4ICAHuCAgCFggIA0IICAN6CAgAlgwIAKoMCAHqDAgCHgwIA8KkQANiDAgAkhAIA24MCALfmDAAqhAIAeYQCAHyEAgDOhAIA3IQCACOFAgAohQIAeIUCAIWFAgDNhQIA2YUCACKGAgAohgIAd4YCAH2GAgDMhgIA0YYCACGHAgAnhwIARaoQAHiHAgDLhwIAfYcCAHrNDQDahwIAIIgCAECIAgB1iAIAeogCAMqIAgDliAIAH4kCACuJAgB0iQIAeokCAMmJAgDZiQIAHooCAC+KAgBzigIAeIoCAMiKAgDMigIAHYsCACmLAgByiwIAeIsCAMeLAgDNiwIAHIwCACGMAgBxjAIAd4wCAJqqEADVjAIAXekOANyMAgAbjQIAHI0CAHCNAgCBjQIAxY0CANGNAgAajgIAMI4CAG+OAgB7jgIAxI4CANGOAgAZjwIAI48CAG6PAgB6jwIAw48CAMqPAgAYkAIAJJACAG2QAgBzkAIAwpACAMiQAgAXkQIAHJECAGyRAgBykQIA76oQAMORAgB1Jg8AypECABaSAgAXkgIAa5ICAGySAgDAkgIAxZICABWTAgAbkwIAapMCAHSTAgC/kwIAy5MCABSUAgAblAIAaZQCAG6UAgC+lAIAv5QCABOVAgAflQIAaJUCAG6VAgC9lQIAv5UCABKWAgAclgIAZ5YCAHWWAgC8lgIAwZYCABGXAgAelwIAZpcCAHKXAgC7lwIAzpcCABCYAgAfmAIAZZgCAHGYAgC6mAIAu5gCAA+ZAgAZmQIAZJkCAHKZAgC5mQIAvpkCAA6aAgAbmgIARKsQAHSaAgC4mgIAxJoCAA2bAgAkmwIAYpsCAGSbAgC3mwIAyJsCAAycAgAOnAIAYZwCAGecAgC2nAIAzZwCAAudAgAUnQIAYJ0CAHadAgC1nQIAwZ0CAAqeAgAXngIAX54CAGmeAgC0ngIAwJ4CAAmfAgAcnwIAXp8CAG2fAgCznwIAv58CAAigAgAJoAIAXaACAGegAgCyoAIAwKACAAehAgAMoQIAXKECAGmhAgCZqxAAs6ECAAaiAgAaogIAW6ICAGmiAgCwogIAvaICAAWjAgAMowIAWqMCAGajAgCvowIAwqMCAASkAgAJpAIAWaQCAGKkAgCupAIAuKQCAAOlAgAIpQIAWKUCAGilAgCtpQIAxqUCAAKmAgAHpgIAV6YCAGCmAgCspgIAuaYCAAGnAgAIpwIAVqcCAFmnAgCrpwIAt6cCAACoAgATqAIAVagCAGSoAgCqqAIAtqgCAP+oAgAAqQIAVKkCAF6pAgCpqQIAt6kCAP6pAgADqgIAU6oCAGCqAgDuqxAAwaoCAP2qAgAJqwIAUqsCAFirAgCnqwIAt6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgBDrBAApbACAJaxDQCssAIAqkYPAK6wAgBa8QkAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIAmKwQAPC5AgBDugIA+rkCAA3pCQBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIAXuURAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCAO2sEAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIAQq0QAEe/AgAxvw8AS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAHSsNAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgCXrRAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CAOytEAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIAlq4QADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIAQK8QADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIAla8QAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIA6q8QACnhAgBx4QIAO+ECANF/BAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAPV4PAHbiAgDF4gIAfuICAGY3DQB/4gIAb90IAIDiAgC67QIAgeICAI+6CwDR4gIAGuMCABzjAgDjDw0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIAP7AQAMjlAgCUsBAAI+YCAOmwEABv5gIAk7EQAMTmAgDosRAAxuYCADHKBAAZ5wIABEUMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCAJxWDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgA9shAAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIAkrIQAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAI1nCwAR7wIAY+8CACTvAgCPZQsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIA57IQAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgA8sxAACvUCAF31AgBr9QIAsvUCAMP1AgCRsxAADvYCAOazEABk9gIAsfYCAGb2AgCaswcAo/YCAMkkEgC/9gIABvcCAMD2AgBW/AIAwfYCAOkMCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCAOW0EAAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAOrUQAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAI+1EAADAgMA5LUQAAcCAwBJAgoAFwIDAN5kEgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwA5thAA+gQDAE0FAwD9BAMAhiAEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAXkgEAP8GAwBLBwMATgcDAKAHAwCsBwMAjrYQAPoHAwBKCAMAAQgDAJa0CgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDAOO2EABNCgMAnQoDAKUKAwBJrAoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMAOLcQAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwCNtxAAohEDAOsRAwCkEQMAPLkKAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwDitxAARxgDAI8YAwBQGAMAih0DAHIYAwCNvQoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwA3uBAAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDAIy4EADlIwMARq8KAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDAOG4EACOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwA2uRAA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDAIu5EAAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMA4LkQAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADADW6EADOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMAiroQACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMA37oQACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMANLsQAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMAibsQABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMA3rsQABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMAM7wQABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMAiLwQAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDAN28EACvWwMA9lsDAAVcAwBLXAMAV1wDAKBcAwCoXAMAMr0QAPpcAwBKXQMAU10DAJ9dAwCsXQMA9F0DAPtdAwBJXgMATF4DAJ5eAwCmXgMA814DAPheAwBIXwMAUV8DAJ1fAwCnXwMA8l8DAPpfAwBHYAMATGADAJxgAwCsYAMA8WADAPlgAwBGYQMATGEDAJthAwCdYQMA8GEDAP1hAwBFYgMAXGIDAJpiAwCmYgMAh70QAPtiAwBEYwMAW2MDAJljAwClYwMA7mMDAPRjAwBDZAMAS2QDAJhkAwCfZAMA7WQDAPtkAwBCZQMAXWUDAJdlAwClZQMA7GUDAPNlAwBBZgMATWYDAJZmAwCeZgMA3L0QAP9mAwBAZwMASGcDAJVnAwDGZwMA6mcDAPZnAwA/aAMARWgDAJRoAwCZaAMAMb4QAPVoAwA+aQMARWkDAJNpAwCbaQMA6GkDAOppAwA9agMAR2oDAJJqAwCaagMAhr4QAPVqAwDZeAMA9moDADxrAwA+awMAkWsDAKJrAwDmawMA92sDADtsAwBHbAMAkGwDAJdsAwDlbAMA7WwDADptAwBnbQMAj20DAJRtAwDkbQMA5W0DADluAwBDbgMAjm4DAJxuAwDjbgMA6G4DADhvAwBFbwMAjW8DAKlvAwDibwMA/m8DANu+EABEcAMAjHADAJBwAwDhcAMA53ADADZxAwA4cQMAi3EDAIxxAwDgcQMAA3IDADVyAwBZcgMAinIDALdyAwDfcgMA53IDADRzAwA5cwMAiXMDAJZzAwDecwMA5nMDADN0AwA1dAMAiHQDAJB0AwDddAMACnUDADJ1AwA/dQMAh3UDAIx1AwDcdQMA6XUDADF2AwA9dgMAhnYDALN2AwDbdgMA43YDADB3AwBLdwMAhXcDAId3AwDadwMA63cDAC94AwA4eAMAhHgDAJB4AwAwvxAA5ngDAC55AwA1eQMAg3kDAI95AwDYeQMA63kDAC16AwA1egMAgnoDAId6AwDXegMA4HoDACx7AwA2ewMAgXsDAIl7AwDWewMA23sDACt8AwA7fAMAgHwDAIh8AwDVfAMA7nwDACp9AwAvfQMAf30DAIh9AwDUfQMA4X0DACl+AwAwfgMAfn4DAIF+AwCFvxAA2H4DACh/AwDgfgMAboUMADF/AwB9fwMAhX8DANJ/AwDdfwMAJ4ADACmAAwB8gAMAl4ADANGAAwDdgAMAJoEDAC6BAwDavxAAiIEDANCBAwDYgQMAJYIDADGCAwB6ggMAgIIDAM+CAwDVggMAJIMDACmDAwB5gwMAf4MDAC/AEADbgwMAI4QDACuEAwB4hAMAjIQDAM2EAwDShAMAIoUDACuFAwB3hQMAfYUDAMyFAwDUhQMAIYYDACSGAwB2hgMAk4YDAMuGAwDchgMAIIcDACiHAwB1hwMAeIcDAMqHAwDehwMAH4gDACyIAwB0iAMAfogDAMmIAwDLiAMAHokDADGJAwDZwBAAeIkDAMiJAwDZiQMAHYoDACaKAwByigMAiIoDAMeKAwDUigMAHIsDACSLAwBxiwMAkIsDAC7BEADSiwMAG4wDACOMAwCDwRAAc4wDAMWMAwDNjAMAGo0DACeNAwBvjQMAdI0DAMSNAwDMjQMAGY4DABqOAwBujgMAcI4DAMOOAwDJjgMAGI8DABqPAwBtjwMAg48DAMKPAwDOjwMAF5ADACGQAwBskAMAeJADAMGQAwDHkAMAFpEDAB6RAwBrkQMAnZEDANjBEADJkQMAFZIDAB+SAwBqkgMAcpIDAL+SAwDAkgMAFJMDABqTAwBpkwMAdZMDAL6TAwC/kwMAE5QDABWUAwBolAMAbpQDAL2UAwDJlAMAEpUDABmVAwBnlQMAb5UDALyVAwC/lQMAEZYDABuWAwBmlgMAaJYDALuWAwDFlgMAEJcDAByXAwBllwMAe5cDALqXAwDGlwMAD5gDAByYAwBkmAMAbpgDALmYAwDBmAMADpkDACCZAwAtwhAAZZkDALiZAwDCmQMADZoDAA+aAwBimgMAe5oDALeaAwC5mgMADJsDAA+bAwBhmwMAbZsDALabAwC+mwMAgsIQAB+cAwBgnAMAY5wDALWcAwC/nAMACp0DABadAwBfnQMAdZ0DALSdAwC8nQMACZ4DABeeAwBengMAYZ4DALOeAwC7ngMACJ8DAAufAwBdnwMAFp8DAFamAwBnnwMAsp8DAGifAwCvogMAtJ8DAAegAwANoAMAXKADAGagAwCxoAMAv6ADAAahAwAToQMAW6EDAHKhAwCwoQMAuKEDAAWiAwAOogMAWqIDAFuiAwDXwhAAuKIDAASjAwAOowMAWaMDAGOjAwCuowMAvKMDAAOkAwAQpAMAWKQDAG+kAwCtpAMAtaQDAAKlAwAJpQMAV6UDAFylAwCspQMAsKUDAAGmAwAOpgMALMMQAGOmAwCrpgMAs6YDAACnAwAGpwMAVacDAGGnAwCqpwMAuacDAP+nAwAEqAMAVKgDAG+oAwCpqAMAtagDAP6oAwAEqQMAU6kDAGepAwCoqQMAsKkDAP2pAwATqgMAUqoDAFeqAwCnqgMArqoDAPyqAwAIqwMAgcMQAFirAwCmqwMAtKsDAPurAwAIrAMAUKwDAGesAwClrAMArawDAPqsAwAArQMAT60DAFutAwCkrQMAq60DAPmtAwAHrgMATq4DAFGuAwCjrgMAq64DAPiuAwAGrwMATa8DAFCvAwCirwMAqq8DAPevAwAIsAMATLADAFGwAwChsAMAo7ADAPawAwD9sAMAS7EDAFmxAwCgsQMArbEDAPWxAwAMsgMASrIDAFKyAwCfsgMAqbIDAPSyAwD/sgMASbMDAFWzAwCeswMAprMDANbDEAD1swMASLQDAFK0AwCdtAMAn7QDAPK0AwD1tAMAR7UDAFO1AwCctQMAprUDAPG1AwD5tQMARrYDAFS2AwCbtgMAqLYDAPC2AwD4tgMARbcDAFu3AwCatwMAprcDAO+3AwAFuAMARLgDAEm4AwCZuAMAn7gDAO64AwACuQMAK8QQAEa5AwCYuQMAoLkDAO25AwD7uQMAQroDAAO6AwDaHQgAT7oDAJe6AwCfugMA7LoDAPa6AwBBuwMATLsDAJa7AwCiuwMA67sDAPO7AwCAxBAARrwDAJW8AwCavAMA6rwDAPm8AwA/vQMAS70DAJS9AwCXvQMA6b0DAOy9AwA+vgMARr4DAJO+AwCYvgMA6L4DAPi+AwA9vwMARb8DAJK/AwCVvwMA578DAPG/AwA8wAMAPsADAJHAAwCXwAMA5sADAPDAAwA7wQMAScEDAJDBAwCdwQMA5cEDAPzBAwA6wgMAQsIDAI/CAwCYwgMA5MIDAOXCAwDVxBAARcMDAI7DAwCRwwMAq/UJAJ3DAwDjwwMAocMDAGblCQDtwwMAOMQDAEDEAwDCOQQARMQDAAJEDwBGxAMAjcQDAFTEAwAm0QgAksQDAOLEAwCaxAMAs5wFAO/EAwA3xQMAOsUDANpwCgA9xQMA5roJAD/FAwCMxQMAQcUDADF1BABDxQMAbTcGAI/FAwBfQwgAksUDAO22BgCWxQMA4cUDAJrFAwAKQQoAnMUDADEcCADmxQMANsYDAO3FAwBCuQQA78UDAN8WCgA+xgMAi8YDAI7GAwDgxgMA7MYDADXHAwA7xwMAiscDAKXHAwDfxwMA68cDADTIAwA6yAMAicgDAJHIAwDeyAMA4MgDADPJAwDjyAMA3ckDAD3JAwCIyQMAkMkDACrFEADqyQMAMsoDADrKAwCHygMAisoDANzKAwDhygMAMcsDAEDLAwCGywMApssDANvLAwDnywMAMMwDADrMAwCFzAMAjcwDANrMAwDszAMA1MUQADnNAwCEzQMAks0DANnNAwDmzQMALs4DAEXOAwCDzgMAi84DANjOAwDnzgMALc8DADLPAwCCzwMAj88DANfPAwDkzwMALNADADjQAwCB0AMAkNADANbQAwDg0AMAK9EDADnRAwCA0QMAhdEDANXRAwDi0QMAKtIDAC3SAwB/0gMAh9IDANTSAwDZ0gMAKdMDADbTAwB+0wMAhtMDANPTAwDc0wMAKNQDADXUAwB91AMAi9QDANLUAwDl1AMAJ9UDAC/VAwB81QMAg9UDANHVAwDW1QMAJtYDADzWAwB71gMAfdYDANDWAwDe1gMAJdcDADLXAwB61wMAgtcDAM/XAwDS1wMAJNgDACnYAwB52AMAiNgDAM7YAwDu2AMAI9kDAC/ZAwB42QMAgtkDAM3ZAwDV2QMAItoDADTaAwApxhAAiNoDAMzaAwDT2gMAIdsDACnbAwB22wMAg9sDAMvbAwDQ2wMAINwDACrcAwB13AMAfdwDAMrcAwDM3AMAdIEKAM/cAwBkPggA1NwDAE+mCgDZ3AMAH90DANrcAwDDMwkAJN0DAHTdAwCB3QMAyd0DANbdAwAe3gMAKt4DAHPeAwCC3gMAyN4DANLeAwAd3wMAJd8DAHLfAwB83wMAx98DAMzfAwAc4AMAJOADAH7GEAB94AMAxuADAMzgAwAb4QMANuEDAHDhAwB84QMAxeEDAMvhAwAa4gMANuIDAG/iAwB34gMA08YQAMziAwAZ4wMAI+MDAG7jAwB54wMAw+MDAM/jAwAY5AMAIOQDACjHEAB55AMAwuQDAMjkAwAX5QMAMuUDAGzlAwB45QMAweUDAMflAwAW5gMAHuYDAGvmAwBx5gMAwOYDAMnmAwAV5wMAIucDAGrnAwB35wMAv+cDAM3nAwAU6AMAIegDAGnoAwCA6AMAvugDAMboAwAT6QMAGOkDAGjpAwAk6QMAZusDAHXpAwC96QMAxekDABLqAwAd6gMAZ+oDAGzqAwC86gMAv+oDABHrAwAb6wMAfccQAGvrAwC76wMAyusDABDsAwAS7AMAZewDAHbsAwC67AMAy+wDAA/tAwAj7QMA0scQAHXtAwC57QMAvO0DAA7uAwDB7QMAEuYHAMbtAwBkNw8AGO4DAGPuAwBl7gMAuO4DAMLuAwAN7wMAGe8DAGLvAwCM7wMAt+8DAMLvAwAM7wQA3e8DAAzwAwA/8AMAYfADAIfwAwC28AMA3PADAAvxAwA/8QMAYPEDAIvxAwC18QMAvfEDAAryAwA08gMAX/IDAJTyAwC08gMA3/IDAAnzAwAR8wMAXvMDAG3zAwCz8wMAuPMDAAj0AwAR9AMAXfQDABX0AwAA/AMAbvQDALL0AwC59AMAB/UDAA/1AwBc9QMAafUDALH1AwC29QMABvYDABD2AwBb9gMAY/YDALD2AwC69gMApAIEAL/2AwAF9wMACvcDAFr3AwBn9wMAr/cDALz3AwAE+AMAEPgDAFn4AwBo+AMArvgDALj4AwAD+QMAC/kDAFj5AwBi+QMArfkDALL5AwAC+gMACvoDACfIEABj+gMArPoDALL6AwAB+wMAHPsDAFb7AwBi+wMAq/sDALH7AwB8yBAADfwDAFX8AwBh/AMAqvwDALn8AwD//AMACf0DAFT9AwBi/QMAqf0DAK79AwD+/QMAC/4DAFP+AwBb/gMAqP4DALL+AwD9/gMAAv8DAFL/AwBa/wMAp/8DAKr/AwD8/wMACAAEAFEABABXAAQApgAEAMEABAD7AAQABwEEAFABBABWAQQApQEEAK0BBAD6AQQA/AEEAE8CBABZAgQA0cgQAKoCBAD5AgQA+wIEAE4DBABbAwQAowMEAKYDBAD4AwQACQQEAE0EBABPBAQAogQEAKwEBAD3BAQAAwUEAEwFBABUBQQAJskQAKYFBAD2BQQA+QUEAEsGBABVBgQAoAYEAKgGBAD1BgQAAgcEAEoHBABMBwQAnwcEALUHBAD0BwQAAAgEAHvJEABlCAQAnggEALoIBADQyRAA+AgEAEgJBABVCQQAnQkEAKoJBADyCQQA/gkEAEcKBABWCgQAnAoEAKYKBADxCgQA/woEAEYLBABLCwQAmwsEAKgLBADwCwQACQwEAEUMBABHDAQAmgwEAKEMBAAlyhAADA0EAEQNBABVDQQAmQ0EAKUNBADuDQQAAQ4EAEMOBABSDgQAmA4EAKQOBADtDgQA7g4EAEIPBABMDwQAlw8EAKUPBADsDwQA8Q8EAEEQBABOEAQAesoQAJsQBADrEAQA+BAEAEARBABNEQQAlREEAKERBADqEQQA+REEAD8SBABJEgQAlBIEAKISBADpEgQA7hIEAD4TBABLEwQAkxMEAJsTBAB5yxAA7RMEAD0UBABFFAQAzssQAJQUBADnFAQA9RQEADwVBABNFQQAI8wQAJgVBAB4zBAA6xUEADsWBABDFgQAkBYEAJ8WBADlFgQA6hYEADoXBABHFwQAjxcEAJwXBADkFwQA8BcEADkYBABIGAQAjhgEAJgYBAAizRAA5RgEAJVcDgDpGAQAb4QMAPYYBAA4GQQARxkEAI0ZBACZGQQA4hkEAOMZBAA3GgQAQRoEAIwaBACaGgQA4RoEAOYaBAA2GwQAQxsEAHfNEACPGwQA4BsEAOsbBAA1HAQAQxwEAIocBACbHAQA3xwEAOscBAA0HQQAPB0EAMzNEACOHQQA3h0EAOsdBAAzHgQAQB4EAIgeBACUHgQA3R4EAOweBAAyHwQAPB8EAIcfBACVHwQA3B8EAOkfBAAxIAQASCAEACHOEACTIAQA2yAEAOggBAAwIQQAPCEEAIUhBACUIQQA2iEEAOQhBAAvIgQAPSIEAIQiBABLIgQAxYYJAIkiBADZIgQA5iIEAC4jBAA2IwQAds4QAI8jBADYIwQA6CMEAC0kBAA2JAQAgiQEAIUkBADXJAQA4yQEACwlBAAzJQQAy84QAI4lBADWJQQA5SUEACsmBAAsJgQAgCYEAJcmBADVJgQA7yYEAConBAA2JwQAfycEAJInBADUJwQA4ycEACkoBAA1KAQAfigEAH8oBADTKAQA3SgEACgpBAA2KQQAfSkEAIIpBADSKQQA3ykEACDPEABBKgQAfCoEAIsqBADRKgQA0yoEACYrBADWKgQAdTEEADMrBAB7KwQAiCsEANArBADVKwQAJSwEAC8sBAB6LAQAiSwEAM8sBADULAQAJC0EADEtBAB5LQQAhi0EAM4tBADaLQQAIy4EADIuBAB4LgQAgi4EAM0uBADaLgQAIi8EACcvBAB3LwQAey8EAMwvBADYLwQAITAEACcwBAB2MAQAfDAEAMswBADQMAQAIDEEACYxBAB1zxAAgjEEAMoxBADXMQQAHzIEACsyBAB0MgQAgzIEAMkyBADTMgQAHjMEACwzBABzMwQAeDMEAMgzBADVMwQAHTQEACQ0BAByNAQAdzQEAMc0BADTNAQAHDUEAB81BABxNQQAfjUEAMY1BADLNQQAGzYEACU2BABwNgQAfDYEAMU2BADYNgQAGjcEACg3BABvNwQAcjcEAMQ3BADONwQAGTgEACU4BABuOAQAdDgEAMM4BADJOAQAGDkEAB05BABtOQQAczkEAMrPEADMOQQAxN8GAM45BAAnJQkA0TkEABc6BAAZOgQAbDoEAH06BADBOgQA0joEABY7BAAeOwQAazsEAHs7BADAOwQAwjsEABU8BAAjPAQAajwEAHs8BAAf0BAAxjwEAHTQEAAVPQQAaT0EAG49BAC+PQQAbz0EAD1pBADEPQQAEz4EAB0+BABoPgQAdD4EAL0+BADDPgQAEj8EABg/BABnPwQAbD8EALw/BADCPwQAydAQAB9ABABmQAQAf0AEALtABAC8QAQAEEEEAC1BBABlQQQAbUEEAJhjBAB/QQQAukEEAL1BBAAPQgQAFEIEAMjREAB9QgQAuUIEAL9CBAAOQwQAz0IEAKj9BAAQQwQAY0MEAGlDBAC4QwQAzEMEAA1EBAAVRAQAYkQEAG9EBAC3RAQAvEQEAAxFBAAWRQQAYUUEAGlFBAC2RQQAx0UEAAtGBAAQRgQAYEYEAGJGBAC1RgQAvEYEAApHBAAWRwQAX0cEAGZHBAC0RwQA0EcEAAlIBAARSAQAHdIQAF9IBACzSAQAv0gEAAhJBAAVSQQAXUkEAGVJBACySQQAtUkEAAdKBAASSgQAXEoEAF5KBACxSgQAt0oEAAZLBAASSwQAW0sEAGJLBACwSwQAuEsEAAVMBAAKTAQAWkwEAHNMBACvTAQA20wEAARNBAAQTQQAWU0EAGhNBACuTQQAuE0EAANOBAALTgQAWE4EAGhOBACtTgQAu04EAAJPBAATTwQAV08EAGNPBABy0hAAsU8EAAFQBAAJUAQAVlAEAFdQBACrUAQAbFAEAOhhCwDIUAQAAFEEAAhRBABVUQQAWVEEAKpRBACwUQQA/1EEAAFSBABUUgQAVVIEAKlSBACqUgQA/lIEAApTBABTUwQAWVMEAKhTBACwUwQA/VMEAP9TBABSVAQAbVQEAKdUBACpVAQA/FQEAApVBABRVQQAYlUEAKZVBACoVQQA+1UEABRWBABQVgQAYVYEAKVWBACxVgQAx9IQAAhXBABPVwQAFlcEALDyBwBlVwQApFcEAKVXBAD5VwQAClgEAE5YBABaWAQAo1gEALlYBAD4WAQABFkEAE1ZBABaWQQAolkEAKxZBAD3WQQA+VkEAExaBABWWgQAoVoEAK9aBAD2WgQA+1oEAEtbBABYWwQAoFsEALxbBAD1WwQA/VsEABzTEABYXAQAn1wEALhcBAD0XAQA9VwEAEldBABmXQQAnl0EAKZdBADzXQQABF4EAEheBABWXgQAnV4EALZeBADyXgQA+F4EAEdfBABJXwQAnF8EAKJfBADxXwQABWAEAEZgBABOYAQAm2AEAKhgBADwYAQA9WAEAEVhBABPYQQAmmEEAKJhBADvYQQA/2EEAERiBABJYgQAmWIEAKJiBADuYgQA+2IEAENjBABKYwQAcdMQAKljBADtYwQA+2MEAEJkBABbZAQAl2QEAJ1kBADsZAQA7mQEAEFlBABHZQQAlmUEAKplBADrZQQA82UEAEBmBABNZgQAlWYEAJpmBADqZgQA9GYEAD9nBABHZwQAlGcEAKRnBADpZwQA7mcEAD5oBABHaAQAk2gEAKBoBADoaAQA72gEAMbTEABCaQQAkmkEAJNpBADnaQQA82kEADxqBABCagQAkWoEAKJqBADmagQA+moEADtrBABKawQAkGsEAJVrBADlawQA8msEADpsBABKbAQAj2wEAJ1sBADkbAQA+2wEADltBABCbQQAjm0EAJRtBADjbQQA720EADhuBAA/bgQAjW4EAKluBADibgQA6m4EABvUEAA9bwQAjG8EAJJvBADhbwQA5m8EADZwBAA8cAQAcNQQAJBwBADgcAQA4nAEADVxBAA8cQQAinEEAJhxBADfcQQA7HEEADRyBABLcgQAiXIEAJFyBADecgQA33IEADNzBAA2cwQAiHMEAJxzBADdcwQA7HMEADJ0BAA3dAQAh3QEAIh0BADcdAQA83QEABrVEAA/dQQAhnUEAJx1BADbdQQA53UEADB2BAA1dgQAhXYEAI52BADadgQA5HYEAC93BAA7dwQA+1MGAEt3BACEdwQAjHcEAG/VEADedwQALngEADt4BACDeAQAkHgEANh4BADkeAQALXkEADx5BACCeQQAjHkEANd5BADleQQALHoEADF6BACBegQAjnoEANZ6BADeegQAxNUQADl7BACAewQAlnsEANV7BADhewQAKnwEAC98BAB/fAQAiHwEANR8BADefAQAKX0EADF9BAB+fQQAin0EANN9BADmfQQAKH4EACl+BAB9fgQAi34EANJ+BADYfgQAJ38EADN/BAB8fwQAg38EABnWEADbfwQAJoAEAC6ABAB7gAQAgYAEAEmtCQCKgAQA0IAEANWABAAP7AQA1oAEACWBBAAxgQQAeoEEAHyBBADPgQQA2YEEACSCBAAwggQAeYIEAIGCBABu1hAA1oIEACODBAAygwQAeIMEAH2DBADNgwQA2oMEACKEBAAvhAQAd4QEAIOEBADMhAQA24QEACGFBAArhQQAdoUEAISFBADLhQQA0IUEACCGBAAthgQAdYYEAH2GBADKhgQA1IYEAB+HBAAkhwQAdIcEAHyHBADJhwQA1IcEAB6IBAAjiAQAc4gEAHaIBADIiAQA0ogEAB2JBAAliQQAw9YQAHeJBADHiQQA1okEAByKBAAeigQAcYoEAIKKBADGigQA0YoEABuLBAAgiwQAcIsEAHOLBADFiwQAz4sEABqMBAAijAQAb4wEAHGMBADEjAQA0YwEABmNBAAgjQQAbo0EAHaNBADDjQQAxI0EABiOBAAdjgQAbY4EAHOOBADCjgQAzI4EABePBAAfjwQAGNcQAKKPBADBjwQA9o8EABaQBAAwkAQAa5AEAJGQBADAkAQA2pAEABWRBAA7kQQAapEEAISRBAC/kQQA6JEEABSSBAAckgQAaZIEAGuSBAC+kgQAy5IEABOTBAAakwQAaJMEAHCTBAC9kwQAvpMEABKUBAAXlAQAZ5QEAG2UBAC8lAQAxpQEABGVBAAZlQQAbdcQAIKVBADC1xAAw5UEABCWBAASlgQAZZYEAHKWBAC6lgQAwZYEAA+XBAAXlwQAZJcEAGWXBAC5lwQAvpcEAA6YBAAUmAQAY5gEAG2YBAC4mAQAwJgEABfYEAASmQQAYpkEAGSZBAC3mQQAvpkEAAyaBAAamgQAYZoEAG6aBAC2mgQAzZoEAAubBAATmwQAYJsEAGqbBAC1mwQAdpsEAFf5BADAmwQACpwEABacBABfnAQAZ5wEAGzYEAC1nAQACZ0EAL6cBAAzcgUAypwEAPFeBQAOnQQAXp0EAGGdBACznQQAvZ0EAAieBAAfngQAXZ4EAGOeBACyngQAvp4EAAefBAAKnwQAXJ8EAHmfBACxnwQAwp8EAAagBAAloAQAW6AEAGOgBACwoAQAsqAEAAWhBAAUoQQAWqEEAGShBACvoQQAvaEEAASiBAAfogQAWaIEAGWiBACuogQAtqIEAMHYEAAPowQAWKMEAGejBACtowQAsqMEAAKkBAAIpAQAV6QEAF6kBACspAQAtKQEAAGlBAADpQQAVqUEAF2lBACrpQQAraUEAACmBAABpgQAVaYEAF+mBACqpgQAtqYEAP+mBAAFpwQAVKcEAG6nBACppwQAsacEAP6nBAAUqAQAU6gEAGGoBACoqAQAq6gEAP2oBAAAqQQAUqkEAGCpBACnqQQAtKkEAPypBAATqgQAUaoEAFmqBACmqgQAqKoEAPuqBAADqwQAUKsEAGerBAClqwQAsasEAPqrBAAQrAQAT6wEAFesBACkrAQAsqwEAPmsBAADrQQATq0EAFatBACjrQQAqq0EAPitBAAErgQATa4EAE6uBACirgQArq4EAPeuBAAErwQATK8EAFOvBAChrwQApK8EAPavBAD+rwQAS7AEAFCwBACgsAQArbAEAPWwBAAlsQQASrEEAFKxBAAW2RAAp7EEADISEQC7sQQA9LEEAPyxBABr2RAAV7IEAJ6yBACgsgQA87IEAASzBABIswQAULMEAJ2zBACpswQA8rMEAPizBABHtAQATbQEAJy0BAChtAQA8bQEAPe0BADA2RAAS7UEAJu1BABStQQAZ4sNAKO1BADwtQQA9bUEAOtfCgD2tQQAiGwLAPy1BAAuHAsA/7UEAEW2BAABtgQA4GkLAEq2BACatgQAS7YEAPdUCQCntgQA77YEAPy2BABEtwQAULcEAJm3BACotwQA7rcEAPi3BAAU2xAATbgEAJi4BACduAQA7bgEAPW4BABp2xAASLkEAJe5BACtuQQA7LkEAPq5BABBugQATroEAJa6BACYugQA67oEAPW6BABAuwQATLsEAJW7BACcuwQA6rsEAPK7BAA/vAQARrwEAJS8BACdvAQA6bwEAPW8BAA+vQQARr0EABPcEACYvQQA6L0EAPC9BAA9vgQATL4EAJK+BACXvgQA574EAPS+BAA8vwQASb8EAJG/BACdvwQA5r8EAPW/BAA7wAQARcAEAJDABACewAQA5cAEAOrABAA6wQQAR8EEAI/BBACXwQQA5MEEAO7BBAA5wgQAR8IEAI7CBACkwgQA48IEAO/CBAA4wwQAPcMEAI3DBACWwwQA4sMEAOzDBABo3BAAQcQEAIzEBACYxAQA4cQEAOnEBAC93BAAO8UEAIvFBACYxQQA4MUEAO3FBAA1xgQAQcYEAIrGBACZxgQA38YEAOnGBAA0xwQATMcEAInHBACTxwQA3scEAOzHBAAzyAQAScgEAIjIBACUyAQA3cgEAOLIBAAyyQQAO8kEAIfJBACRyQQA3MkEAOTJBAAS3RAAPsoEAIbKBABHygQAxSoQAJPKBADbygQA58oEADDLBAA/ywQAhcsEAI/LBADaywQA6MsEAC/MBAA8zAQAhMwEAJvMBADZzAQA4cwEAC7NBAA4zQQAg80EAIjNBADYzQQA4M0EAGfdEAA5zgQAgs4EAIjOBADXzgQA8s4EACzPBAA4zwQAgc8EAIfPBAC83RAA3s8EABHeEAAw0AQAgNAEAI3QBADV0AQA4tAEACrRBAA20QQAf9EEAI7RBADU0QQA3tEEACnSBAA30gQAftIEAIPSBADT0gQA4NIEACjTBAAw0wQAZt4QAInTBADS0wQA4tMEACfUBAAw1AQAfNQEAH/UBADR1AQA3dQEACbVBAAt1QQAu94QAInVBADQ1QQA5tUEACXWBAAx1gQAetYEAIHWBADP1gQA19YEACTXBAAp1wQAedcEAILXBADO1wQA2NcEABDfEAAo2AQAeNgEAC/YBADJ3AQAgNgEAM3YBADT2AQAItkEACfZBAB32QQAgNkEAMzZBADW2QQAIdoEAC3aBAB22gQAftoEAGXfEADQ2gQAINsEACjbBAB12wQAgNsEAMrbBADP2wQAH9wEACLcBAB03AQAftwEALrfEADT3AQAHt0EACLdBABz3QQAeN0EAMjdBADO3QQAHd4EAD3eBABy3gQAet4EAMfeBADV3gQAHN8EAB/fBABx3wQAed8EAMbfBADP3wQAG+AEACjgBABw4AQAduAEAMXgBADR4AQAGuEEABzhBABv4QQAfuEEAMThBADP4QQAGeIEABviBABu4gQAh+IEAMPiBADU4gQAGOMEACTjBAAP4BAAdeMEAMLjBADi4wQAF+QEACXkBABs5AQAeeQEAMHkBADI5AQAFuUEADLlBABr5QQAc+UEAGTgEADF5QQAFeYEACLmBABq5gQAd+YEAL/mBADL5gQAFOcEACPnBABp5wQAc+cEAL7nBADT5wQAE+gEABvoBABo6AQAd+gEAL3oBAC/6AQAEukEABvpBABn6QQAaukEALzpBADI6QQAEeoEAC3qBABm6gQAbuoEALngEADA6gQAEOsEACbrBABl6wQAcesEALrrBADd6wQADuEQABzsBABk7AQAcewEALnsBADF7AQADu0EAB3tBABj7QQAbe0EALjtBADA7QQADe4EABfuBABi7gQAZ+4EALfuBAC/7gQAY+EQACDvBABh7wQAh+8EALbvBADc7wQAC/AEADHwBABg8AQAi/AEALXwBAC98AQACvEEADTxBABf8QQAlfEEALTxBADa8QQACfIEAC/yBABe8gQAlPIEALPyBADe8gQACPMEABDzBABd8wQAYvMEAANNBQBs8wQAsvMEALfzBAAH9AQAFPQEAFz0BABp9AQAsfQEAL30BAAG9QQAFfUEAFv1BABl9QQAsPUEAL71BAAF9gQACvYEAFr2BABn9gQAr/YEALf2BAAE9wQACvcEAFn3BAAO9wQAW0oFAGX3BACu9wQAvvcEAAP4BAAM+AQAWPgEAFv4BACt+AQAufgEAAL5BAAJ+QQAuOEQAGv5BACs+QQAr/kEAAH6BAAe+gQAVvoEAGf6BACr+gQAsvoEAAD7BAAZ+wQAVfsEAF37BACq+wQAwPsEAP/7BAAE/AQAVPwEAFv8BACp/AQAsvwEAP78BAAP/QQAU/0EAF/9BAAN4hAAqv0EAPoABQC8/QQA/f0EAAD+BABS/gQAb/4EAKf+BAC4/gQA/P4EAAv/BABR/wQAYv8EAKb/BAC0/wQA+/8EAAcABQBQAAUAXQAFAKUABQCvAAUAYuIQAAABBQBPAQUAXQEFAKQBBQCmAQUA+QEFAAACBQBOAgUAZwIFALfiEACsAgUA+AIFAAUDBQBNAwUAWwMFAKIDBQCxAwUA9wMFAPkDBQBMBAUAVgQFAKEEBQCvBAUA9gQFAPsEBQBLBQUAWAUFAKAFBQCjBQUA9QUFAAEGBQBKBgUAXQYFAJ8GBQCuBgUA9AYFAAAHBQBJBwUASgcFAJ4HBQCoBwUA8wcFAAEIBQBICAUATQgFAJ0IBQCqCAUADOMQAPcIBQBHCQUAXQkFAJwJBQCyCQUA8QkFAPoJBQBGCgUAUwoFAJsKBQCpCgUA8AoFAP8KBQBFCwUARwsFAJoLBQCkCwUA7wsFAP0LBQBEDAUASQwFAJkMBQCmDAUA7gwFAPEMBQBDDQUASw0FAJgNBQCpDQUA7Q0FAPsNBQBCDgUATw4FAJcOBQC3DgUA7A4FAPQOBQBBDwUAUQ8FAJYPBQCYDwUA6w8FAPkPBQBAEAUAURAFAAvkEACbEAUA6hAFAPYQBQBg5BAARhEFAJQRBQBMEQUA+v4GAJsRBQDpEQUA7xEFAD4SBQBKEgUAkxIFAJYSBQDoEgUA6xIFAD0TBQBlEwUAkhMFALUTBQDnEwUA8hMFADwUBQBBFAUAkRQFAJQUBQDmFAUA8BQFADsVBQBjFQUAteQQAJUVBQDlFQUA8hUFADoWBQBHFgUAjxYFAJsWBQDkFgUA8xYFADkXBQBDFwUAjhcFAJYXBQDjFwUA7RcFADgYBQA9GAUAjRgFAJUYBQAK5RAA7xgFADcZBQBLGQUAjBkFAJQZBQDhGQUA5hkFADYaBQBGGgUAixoFAJMaBQDgGgUA6hoFADUbBQBAGwUAihsFAJYbBQDfGwUA5xsFAF/lEAA1HAUAiRwFAJUcBQDeHAUA7RwFADMdBQBBHQUAiB0FAJgdBQDdHQUA6x0FADIeBQA+HgUAhx4FAI4eBQDcHgUA5B4FADEfBQBHHwUAhh8FAJofBQDbHwUA3h8FADAgBQBNIAUAhSAFAJYgBQDaIAUA4iAFAC8hBQA6IQUAhCEFAIkhBQDZIQUA3CEFAC4iBQA4IgUAgyIFAIYiBQC05RAA2iIFACwhCADdIgUALSMFADAjBQCCIwUAjCMFANcjBQDfIwUALCQFAEskBQAJ5hAAlSQFANYkBQD8JAUAKyUFAFElBQCAJQUApiUFANUlBQANJgUAKiYFAGAmBQB/JgUApSYFANQmBQD6JgUAKScFAF8nBQB+JwUAoicFANMnBQDvJwUAKCgFADAoBQBe5hAAgigFANIoBQDfKAUAJykFADQpBQB8KQUAiCkFANEpBQDgKQUAJioFADAqBQB7KgUAiSoFANAqBQDVKgUAJSsFADIrBQB6KwUAgisFALPmEADbKwUAJCwFADQsBQB5LAUAgiwFAM4sBQDRLAUAIy0FAC8tBQB4LQUAfy0FAAjnEADbLQUAIi4FADguBQB3LgUAgy4FAMwuBQDTLgUAIS8FACkvBQB2LwUAey8FAMsvBQDULwUAIDAFACowBQBd5xAAdjAFAMowBQDWMAUAHzEFACUxBQB0MQUAdjEFAMkxBQDTMQUAHjIFACwyBQBzMgUAeDIFAMgyBQDVMgUAHTMFACUzBQByMwUAfDMFAMczBQDVMwUAHDQFADI0BQBxNAUAfTQFAMY0BQDNNAUAGzUFACM1BQBwNQUAdTUFAMU1BQDONQUAGjYFACQ2BQCy5xAAcjYFAMQ2BQDhNgUAGTcFACo3BQBuNwUAfDcFAMM3BQDbNwUAGDgFABs4BQBtOAUAijgFAMI4BQDTOAUAFzkFAC85BQBsOQUAeDkFAME5BQDUOQUAFjoFACU6BQBrOgUAdzoFAMA6BQDBOgUAFTsFAB87BQBqOwUAeDsFAL87BQDEOwUAFDwFACE8BQAH6BAAbjwFAL48BQDLPAUAEz0FACA9BQBoPQUAdD0FAL09BQDMPQUAEj4FABw+BQBnPgUAdT4FALw+BQDBPgUAET8FAB4/BQBmPwUAbj8FAAbpEADHPwUAEEAFACBABQBlQAUAbkAFALpABQC9QAUAD0EFABtBBQBkQQUAa0EFAFvpEADHQQUADkIFACRCBQBjQgUAb0IFALhCBQC/QgUADUMFABVDBQBiQwUAZ0MFALdDBQDAQwUADEQFABZEBQCw6RAAYkQFALZEBQDCRAUAC0UFABFFBQBgRQUAYkUFALVFBQC/RQUACkYFABhGBQBfRgUAZEYFALRGBQDBRgUACUcFABFHBQBeRwUAaEcFALNHBQDBRwUACEgFAB5IBQBdSAUAaUgFALJIBQC5SAUAB0kFAA9JBQBcSQUAYUkFALFJBQC6SQUABkoFABBKBQAF6hAAaUoFALBKBQDGSgUABUsFABFLBQBaSwUAYUsFAK9LBQC3SwUABEwFAAlMBQBZTAUAYkwFAK5MBQC4TAUAWuoQAARNBQBYTQUAZE0FAK1NBQCzTQUAAk4FAAROBQBXTgUAYU4FAKxOBQC6TgUAAU8FAAZPBQBWTwUAY08FAKtPBQCzTwUAAFAFAApQBQBVUAUAY1AFAKpQBQDAUAUA/1AFAAtRBQBUUQUAW1EFAKlRBQCxUQUA/lEFAANSBQBTUgUAXFIFAKhSBQCyUgUAr+oQAP9SBQADmwwAC1MFAFJTBQBjUwUAp1MFAKxTBQD8UwUAE1QFAFFUBQBlVAUAplQFAL5UBQD7VAUAClUFAFBVBQBVVQUApVUFALJVBQD6VQUAB1YFAE9WBQBbVgUApFYFALNWBQD5VgUAA1cFAE5XBQBWVwUAo1cFAMFXBQD4VwUAAFgFAE1YBQBWWAUAolgFAK9YBQD3WAUA+VgFAExZBQBlWQUAoVkFALJZBQD2WQUAAloFAEtaBQBTWgUABOsQAKVaBQD1WgUA/VoFAEpbBQBZWwUAn1sFAKRbBQD0WwUAAVwFAElcBQBWXAUAnlwFAKpcBQDzXAUAAl0FAEhdBQBSXQUAnV0FAKVdBQDyXQUA/F0FAEdeBQBMXgUAnF4FAKReBQBZ6xAABV8FAEZfBQBJXwUAm18FALhfBQDwXwUAAWAFAEVgBQB7YAUAmmAFALlgBQDvYAUA92AFAERhBQBGYQUAmWEFAKhhBQDuYQUA+GEFAENiBQBRYgUAmGIFALNiBQDtYgUA+WIFAEJjBQBKYwUArusQAKNjBQDsYwUA+2MFAEFkBQBGZAUAlmQFAJxkBQDrZAUA8mQFAEBlBQBIZQUAlWUFAJdlBQDqZQUA8WUFAD9mBQBBZgUAlGYFAJVmBQDpZgUA82YFAD5nBQBKZwUAk2cFAJlnBQDoZwUAAmgFAD1oBQBFaAUAkmgFAKhoBQDnaAUA9WgFADxpBQA/aQUAkWkFAJRpBQDmaQUA9GkFADtqBQBIagUAkGoFAKdqBQDlagUA7WoFADprBQA8awUAj2sFAJdrBQDkawUA+2sFADlsBQBFbAUAjmwFAKRsBQDjbAUA62wFADhtBQBGbQUAjW0FAJdtBQDibQUA6m0FADduBQA+bgUAjG4FAJhuBQDhbgUA4m4FADZvBQBCbwUAi28FAJhvBQDgbwUA528FADVwBQA4cAUAinAFAJJwBQDfcAUA5HAFADRxBQBBcQUAiXEFALlxBQDecQUA5nEFAAPsEAA5cgUAiHIFAJZyBQDdcgUA7nIFADJzBQA3cwUAh3MFAJ5zBQDccwUA8HMFADF0BQBQdAUAhnQFAI50BQDbdAUA3XQFADB1BQA/dQUAhXUFAI91BQDadQUA6HUFAC92BQBKdgUAhHYFAJB2BQDZdgUA4XYFAFjsEAA6dwUAg3cFAJJ3BQDYdwUA3XcFAC14BQAzeAUAgngFAIl4BQDXeAUA33gFACx5BQAueQUAgXkFAIh5BQDWeQUA2HkFACt6BQAsegUAgHoFAIp6BQDVegUA4XoFACp7BQAwewUAf3sFAJl7BQDUewUA3HsFACl8BQA/fAUAfnwFAIx8BQDTfAUA1nwFACh9BQArfQUAfX0FAIt9BQDSfQUA330FACd+BQA+fgUAfH4FAIR+BQDRfgUA034FACZ/BQAufwUAe38FAJJ/BQDQfwUA3H8FACWABQA7gAUAeoAFAIKABQDPgAUA3YAFACSBBQAugQUAeYEFAIGBBQDOgQUA1YEFACOCBQAvggUAeIIFAHmCBQDNggUA2YIFACKDBQAvgwUAd4MFAH6DBQDMgwUAz4MFACGEBQAphAUAdoQFAHuEBQDLhAUA2IQFACCFBQBQhQUAdYUFAH2FBQCt7BAAz4UFAB+GBQA7hgUAdIYFAHyGBQAC7RAAAocFAB6HBQBEhwUAc4cFAJyHBQDIhwUA/ocFAB2IBQAyiAUAcogFAHqIBQDHiAUAyogFAByJBQA5iQUAcYkFAIKJBQDGiQUAyYkFABuKBQAligUAcIoFAHKKBQDFigUAz4oFABqLBQAmiwUAb4sFAIuLBQDEiwUAzIsFAFftEABMjAUAbowFAHGMBQDDjAUA6YwFABiNBQBBjQUAbY0FAJGNBQDCjQUAyo0FAKztEAAcjgUAbI4FAHmOBQDBjgUAzo4FABaPBQAijwUAa48FAHqPBQDAjwUAyo8FABWQBQAjkAUAapAFAG+QBQC/kAUAzJAFABSRBQAckQUAaZEFAHORBQC+kQUAzJEFABOSBQApkgUAaJIFAHSSBQC9kgUAwpIFABKTBQAbkwUAZ5MFAHGTBQC8kwUA2JMFABGUBQAZlAUAAe4QAGiUBQC7lAUAyZQFABCVBQAhlQUAVu4QAGyVBQCr7hAAv5UFAA+WBQAXlgUAZJYFAHOWBQC5lgUAv5YFAA6XBQAalwUAY5cFAGWXBQC4lwUAwpcFAA2YBQAZmAUAYpgFAGqYBQBV7xAAvJgFAAyZBQAbmQUAYZkFAIGZBQC2mQUAwpkFAAuaBQAVmgUAYJoFAGiaBQC1mgUAt5oFAAqbBQAamwUAX5sFAGmbBQC0mwUAwJsFAAmcBQAPnAUAXpwFAGacBQCq7xAAypwFAAidBQAQnQUAXZ0FAGedBQCynQUAt50FAAeeBQAPngUA/+8QAGGeBQCxngUAup4FALTqCwC+ngUABp8FAMeeBQCIvg4AEJ8FAMKEDgATnwUAW58FAGefBQCwnwUAv58FAAWgBQAPoAUAWqAFAGKgBQByLQsAaKAFAK+gBQC8oAUABKEFABuhBQBZoQUAYaEFAK6hBQC4oQUAA6IFAAiiBQBYogUAYKIFAFTwEAC6ogUAAqMFABCjBQBXowUAaqMFAKyjBQC0owUAAaQFAASkBQBWpAUAW6QFAKukBQC6pAUAAKUFACClBQBVpQUAYaUFAKqlBQC0pQUA/6UFABumBQBUpgUAXKYFAKnwEAC8pgUA/qYFAASnBQBTpwUAX6cFAKinBQCypwUA/acFAAOoBQBSqAUAYKgFAKeoBQCzqAUA/KgFAP+oBQBRqQUAUqkFAKapBQCyqQUA+6kFAAGqBQBQqgUAVqoFAKWqBQCxqgUA+qoFABerBQBPqwUAWKsFAKSrBQCwqwUA+asFAPyrBQBOrAUAWKwFAKOsBQCvrAUA+KwFAP6sBQBNrQUAU60FAKKtBQCnrQUA960FAP2tBQD+8BAAWK4FAKGuBQCjrgUA9q4FAAWvBQBLrwUAVq8FAKCvBQCsrwUA9a8FAPyvBQBKsAUAUrAFAJ+wBQCpsAUA9LAFAP+wBQBJsQUAVbEFAJ6xBQCmsQUA/fEQAPWxBQBIsgUAW7IFAJ2yBQClsgUA8rIFAPiyBQBHswUAU7MFAJyzBQCmswUA8bMFAPezBQBGtAUAVLQFAJu0BQCntAUA8LQFAPO0BQBFtQUATbUFAJq1BQCbtQUA77UFAPu1BQBEtgUASrYFAJm2BQChtgUA7rYFAPS2BQBDtwUAT7cFAJi3BQC1twUA7bcFAPa3BQBCuAUATrgFAJe4BQCauAUA7LgFAPa4BQBBuQUASbkFAJa5BQCnuQUA67kFAPm5BQBAugUAVroFAJW6BQCjugUA6roFAPS6BQBS8hAATrsFAJS7BQCfuwUA6bsFAPW7BQA+vAUARbwFAJO8BQCbvAUA6LwFAPK8BQA9vQUASL0FAJK9BQCevQUA570FAO+9BQCn8hAAPr4FAJG+BQCkvgUA5r4FAO6+BQA7vwUAQb8FAJC/BQCcvwUA5b8FAO+/BQA6wAUAQMAFAI/ABQCdwAUA5MAFAPDABQA5wQUAPMEFAI7BBQCWwQUA48EFAOTBBQA4wgUARMIFAI3CBQCTwgUA4sIFAOrCBQA3wwUAPcMFAIzDBQCYwwUA4cMFAP7DBQA2xAUAP8QFAIvEBQCXxAUA4MQFAOPEBQA1xQUAP8UFAIrFBQCSxQUA38UFAPDFBQA0xgUAQsYFAInGBQCfxgUA3sYFAOzGBQAzxwUAPccFAIjHBQCQxwUA3ccFAADIBQD88hAAPcgFAIfIBQCVyAUA3MgFAOvIBQAxyQUAPMkFAIbJBQCOyQUA28kFAOnJBQAwygUAM8oFAIXKBQCNygUAUfMQAOjKBQAvywUAMssFAITLBQCMywUALCMGAJDLBQAC+AUAk8sFANPRBQCgywUA2csFAPXLBQCm8xAAMMwFAIPMBQCQzAUA2MwFAOXMBQAtzQUAMs0FAILNBQCMzQUA180FAObNBQAszgUAMc4FAIHOBQCOzgUA1s4FAOPOBQArzwUAN88FAIDPBQCPzwUA1c8FAN/PBQAq0AUANtAFAH/QBQCF0AUA1NAFANrQBQAp0QUALtEFAH7RBQCE0QUA+/MQANjRBQBi7QUA5NEFACjSBQA20gUAfdIFAInSBQDS0gUA39IFACfTBQAx0wUAfNMFAJjTBQDR0wUA7dMFAFD0EAAo1AUAe9QFAIjUBQDQ1AUA3dQFACXVBQAq1QUAetUFAITVBQDP1QUA3tUFACTWBQAp1gUAedYFAIbWBQDO1gUA29YFACPXBQAv1wUAeNcFAIfXBQDN1wUA19cFACLYBQAu2AUAd9gFAH3YBQDM2AUA0tgFACHZBQAm2QUAdtkFAHzZBQCl9BAA0tkFACDaBQAu2gUAddoFAHjaBQDK2gUA2doFAB/bBQAk2wUAdNsFAIHbBQDJ2wUA1tsFAB7cBQAq3AUAc9wFAILcBQDI3AUA0twFAB3dBQAr3QUAct0FAHfdBQDH3QUA1N0FABzeBQAo3gUAcd4FAITeBQDG3gUA1d4FABvfBQAn3wUAcN8FAHHfBQDF3wUAz98FABrgBQAo4AUAb+AFAHTgBQDE4AUA0eAFAPr0EAAb4QUAbuEFAHzhBQDD4QUA1OEFAPn1EAAf4gUATvYQAHLiBQDC4gUAyuIFABfjBQAm4wUAbOMFAHHjBQDB4wUAzuMFABbkBQAj5AUAa+QFAHfkBQDA5AUAz+QFABXlBQAf5QUA+PYQAGzlBQC/5QUA2uUFABTmBQAW5gUAaeYFAIPmBQC+5gUAy+YFABPnBQAf5wUAaOcFAHLnBQC95wUA1+cFABLoBQAh6AUAZ+gFAGzoBQC86AUAyegFABHpBQAe6QUAZukFAHLpBQC76QUAyukFABDqBQAa6gUAZeoFAHHqBQC66gUAzeoFAA/rBQAe6wUAZOsFAHDrBQC56wUAuusFAA7sBQAY7AUAY+wFAHHsBQC47AUAvewFAA3tBQAa7QUATfcQAG/tBQC37QUAxO0FAAzuBQAY7gUAYe4FAHDuBQC27gUAwO4FAAvvBQAZ7wUAYO8FAGXvBQC17wUAwu8FAArwBQAW8AUAX/AFAHLwBQC08AUAw/AFAAnxBQAV8QUAXvEFAF/xBQCz8QUAvfEFAAjyBQAW8gUAXfIFAGLyBQCy8gUAv/IFAKL3EAAU8wUAXPMFAF7zBQCx8wUAyvMFAAb0BQAX9AUAW/QFAGf0BQCw9AUAuPQFAKH4EAAK9QUAWvUFAGL1BQCv9QUAvvUFAAT2BQAJ9gUAWfYFAGb2BQCu9gUAu/YFAAP3BQAP9wUAWPcFAGf3BQCt9wUAt/cFAPb4EAAV+AUAV/gFAGb4BQCs+AUAuPgFAAH5BQAC+QUAVvkFAGD5BQCr+QUAufkFAAD6BQAF+gUAVfoFAGL6BQBL+RAAr/oFAP/6BQAM+wUAVPsFAGH7BQCp+wUAtfsFAP77BQAN/AUAU/wFAF38BQCo/AUAtvwFAP38BQAC/QUAUv0FAF/9BQCn/QUAr/0FAEr6EAAI/gUAUf4FAGH+BQCm/gUAr/4FAPv+BQD+/gUAUP8FAFz/BQCl/wUArP8FAJ/6EAAFAAYATwAGAFAABgCkAAYAvAAGAPkABgAGAQYATgEGAFoBBgCjAQYArQEGAPgBBgD8AQYATQIGAFICBgCiAgYAqAIGAPcCBgAXAwYATAMGAGQDBgChAwYAuAMGAPYDBgACBAYASwQGAFUEBgCgBAYAogQGAPUEBgD8BAYASgUGAFEFBgCfBQYApQUGAPQFBgAABgYASQYGAEwGBgCeBgYAoQYGAPMGBgD/BgYASAcGAEsHBgD0+hAAogcGAPIHBgD6BwYARwgGAE0IBgCcCAYAoQgGAPEIBgD6CAYARgkGAFAJBgCbCQYApwkGAPAJBgD4CQYASfsQAEoKBgCaCgYAogoGAO8KBgD6CgYARAsGAEkLBgCZCwYAnAsGAO4LBgD4CwYAnvsQAE8MBgCYDAYAnwwGAO0MBgD7DAYAQg0GAEUNBgCXDQYAnw0GAOwNBgDvDQYAQQ4GAE0OBgCWDgYAnA4GAOsOBgAGDwYAQA8GAEwPBgCVDwYAmw8GAOoPBgDyDwYAPxAGAEMQBgCUEAYAoBAGAOkQBgD2EAYAPhEGAEgRBgCTEQYAmxEGAOgRBgDqEQYAPRIGAEESBgCSEgYAlBIGAOcSBgD7EgYA8/sQAEQTBgCREwYAlRMGAOYTBgDoEwYAOxQGAD4UBgCQFAYAmBQGAOUUBgDyFAYAOhUGAD8VBgCPFQYAmRUGAOQVBgDsFQYAORYGADoWBgCOFgYAkxYGAOMWBgDmFgYAOBcGADsXBgCNFwYAmxcGAOIXBgD7FwYANxgGAEgYBgCMGAYAmBgGAOEYBgDpGAYASPwQADsZBgCLGQYAkxkGAOAZBgDvGQYANRoGADoaBgCKGgYAlxoGAN8aBgDsGgYANBsGAEAbBgCJGwYAmBsGAN4bBgDoGwYAMxwGADscBgCIHAYAkhwGAN0cBgDiHAYAMh0GADodBgCd/BAAkh0GANwdBgDoHQYAMR4GADkeBgDy/BAAkh4GANseBgDiHgYAMB8GAD4fBgCFHwYAiB8GANofBgDiHwYALyAGADIgBgCEIAYAkCAGANkgBgDfIAYALiEGAEkhBgCDIQYAjyEGANghBgDeIQYALSIGAFAiBgCCIgYAhSIGANciBgD7IgYAR/0QADsjBgCBIwYAhiMGANYjBgDjIwYAKyQGADgkBgCAJAYAjCQGANUkBgDkJAYAKiUGADQlBgB/JQYAjSUGANQlBgDZJQYAKSYGADYmBgB+JgYAhiYGAJz9EADgJgYAKCcGADAnBgB9JwYAlicGANInBgDYJwYAJygGACwoBgB8KAYAnCgGANEoBgDdKAYAJikGADMpBgB7KQYAgykGANApBgDTKQYAJSoGAC8qBgB6KgYAfCoGAM8qBgDZKgYAJCsGADArBgDx/RAAjysGAM4rBgDaKwYAIywGACgsBgB4LAYAKywGALwxEgCBLAYAzSwGANcsBgAiLQYAKi0GADIZCgAuLQYAdy0GAEUtBgCgVQoAfS0GAMwtBgCKLQYAddMMANItBgAhLgYAJi4GAHYuBgB8LgYARv4QANkuBgAgLwYANi8GAHUvBgCBLwYAyi8GAM8vBgAfMAYAKDAGAHQwBgB+MAYAyTAGANEwBgAeMQYALTEGAHMxBgB4MQYAyDEGANUxBgAdMgYAKjIGAHIyBgB+MgYAxzIGANYyBgAcMwYAJjMGAHEzBgB/MwYAxjMGANMzBgAbNAYAMjQGAHA0BgB4NAYAxTQGAM80BgAaNQYAHzUGAG81BgB3NQYARf8QANA1BgAZNgYAHzYGAG42BgCJNgYAwzYGAM82BgAYNwYAHjcGAJr/EABzNwYAKHUNAIA3BgDCNwYA0TcGABc4BgAjOAYAbDgGAG04BgDBOAYAyzgGABY5BgAkOQYAazkGAHA5BgDAOQYAzTkGAO//EAAaOgYAajoGAHI6BgC/OgYAwjoGABQ7BgAdOwYAaTsGAHg7BgC+OwYAyTsGABM8BgAbPAYAaDwGAHg8BgC9PAYAyzwGABI9BgAjPQYAZz0GAHM9BgC8PQYAxD0GAO4AEQAXPgYAZj4GAG4+BgC7PgYAwj4GABA/BgAePwYAZT8GAGs/BgC6PwYAxj8GAA9ABgAeQAYAZEAGAG5ABgC5QAYAvkAGAA5BBgAUQQYAY0EGAHdBBgC4QQYAwEEGAA1CBgA3QgYAYkIGAGtCBgC3QgYAxEIGAAxDBgAaQwYAYUMGAHRDBgC2QwYA0kMGAEMBEQAQRAYAYEQGAG1EBgC1RAYAwkQGAApFBgAWRQYAX0UGAG5FBgC0RQYAvkUGAAlGBgAXRgYAXkYGAGNGBgCzRgYAwEYGAAhHBgAQRwYAmAERAGlHBgCyRwYAwkcGAAdIBgAQSAYAXEgGAF9IBgCxSAYAvUgGAAZJBgANSQYA7QERAIVJBgCwSQYAuUkGAAVKBgASSgYAWkoGAGhKBgCvSgYAwkoGAARLBgAgSwYAQgIRAGdLBgCuSwYAxEsGAANMBgAPTAYAWEwGAF9MBgCtTAYAtUwGAAJNBgAHTQYAV00GAGBNBgCsTQYAtk0GAJcCEQACTgYAVk4GAGJOBgCrTgYAsU4GAABPBgACTwYAVU8GAF9PBgCqTwYAuE8GAP9PBgAEUAYAVFAGAGFQBgCpUAYAsVAGAP5QBgAIUQYAU1EGAGFRBgCoUQYAvlEGAP1RBgAJUgYAUlIGAFlSBgCnUgYAr1IGAPxSBgABUwYAUVMGAFpTBgCmUwYAsFMGAOwCEQABVAYAUFQGAFZUBgClVAYAqlQGAPpUBgAAVQYAQQMRAFRVBgCkVQYAsVUGAPlVBgAGVgYATlYGAFpWBgCjVgYAslYGAPhWBgACVwYATVcGAFtXBgCiVwYAp1cGAPdXBgAEWAYATFgGAFRYBgBABBEAr1gGAPZYBgAMWQYAS1kGAFdZBgCgWQYApVkGAPVZBgD+WQYASloGAFRaBgCVBBEAq1oGAPRaBgAFWwYASVsGAFVbBgCeWwYArVsGAPNbBgD9WwYASFwGAFZcBgCdXAYAolwGAPJcBgD/XAYAR10GAFFdBgCcXQYAU10GAENhBgCqXQYA8V0GAAdeBgBGXgYAUl4GAJteBgCgXgYA8F4GAPleBgBFXwYAT18GAJpfBgCmXwYA718GAPVfBgBEYAYASmAGAJlgBgCeYAYA7mAGAPRgBgDqBBEASWEGAJhhBgCeYQYA7WEGAPJhBgBCYgYASGIGAD8FEQClYgYA7GIGAAJjBgBBYwYATWMGAJZjBgCbYwYA62MGAPRjBgBAZAYASmQGAJVkBgChZAYA6mQGAP1kBgA/ZQYATmUGAJRlBgCgZQYA6WUGAOplBgA+ZgYASGYGAJNmBgChZgYA6GYGAO1mBgA9ZwYASmcGAJQFEQChZwYA52cGAAdoBgA8aAYASGgGAJFoBgCbaAYA5mgGAOtoBgA7aQYAPGkGAJBpBgCcaQYA5WkGAPJpBgA6agYARmoGAI9qBgCiagYA5GoGAPNqBgA5awYARWsGAI5rBgCPawYA42sGAO1rBgA4bAYARmwGAI1sBgCSbAYA4mwGAO9sBgDpBREAU20GAD4GEQCSbQYA4W0GAOdtBgA2bgYAO24GAItuBgCRbgYAkwYRAOVuBgA1bwYAOG8GAIpvBgCWbwYA328GAOVvBgA0cAYAT3AGAIlwBgCVcAYA3nAGAORwBgAzcQYANXEGAIhxBgCjcQYA3XEGAN9xBgAycgYAQHIGAIdyBgCYcgYA3HIGAN5yBgAxcwYASnMGAIZzBgCXcwYA23MGAOdzBgCSBxEAOnQGAIV0BgCTdAYA2nQGAPB0BgAvdQYAO3UGAIR1BgCJdQYA2XUGAOJ1BgAudgYAOHYGAIN2BgCLdgYA2HYGAN12BgAtdwYAPHcGAIJ3BgCRdwYA13cGAOB3BgAseAYAMngGAIF4BgCHeAYA1ngGAOJ4BgAreQYAMnkGAIB5BgCIeQYA1XkGANd5BgAqegYAOnoGAH96BgCJegYA1HoGAOB6BgApewYAL3sGAH57BgCGewYA5wcRAN97BgAofAYAOXwGAH18BgCJfAYA0nwGAOF8BgAnfQYAMX0GAHx9BgCKfQYA0X0GANZ9BgAmfgYAM34GAHt+BgCDfgYA0H4GANp+BgBjlgYA3H4GACV/BgArfwYAen8GAIB/BgDPfwYA1H8GACSABgAqgAYAPAgRAIWABgDOgAYA1IAGACOBBgA+gQYAeIEGAISBBgDNgQYA04EGACKCBgAqggYAd4IGAHqCBgDMggYA2IIGACGDBgAygwYAdoMGAIKDBgDLgwYA2oMGACCEBgAqhAYAdYQGAIOEBgDKhAYAz4QGAB+FBgAshQYAdIUGAHyFBgDJhQYA04UGAB6GBgAshgYAc4YGAImGBgDIhgYA1IYGAB2HBgAihwYAcocGAHuHBgDHhwYA0YcGADsJEQAiiAYAcYgGAHeIBgDGiAYA0ogGABuJBgAoiQYAcIkGAHqJBgDFiQYAzYkGABqKBgAkigYAb4oGAHSKBgDEigYAxYoGABmLBgAeiwYAbosGAH+LBgDDiwYAyIsGABiMBgAvjAYAbYwGAIGMBgDCjAYA3owGABeNBgAfjQYAkAkRAHSNBgDBjQYAy40GABaOBgAqjgYAa44GAGyOBgDAjgYAzI4GABWPBgAxjwYAao8GAHKPBgDlCREAyI8GABSQBgAikAYAaZAGACOQBgD6+goAc5AGAL6QBgDAkAYAE5EGACyRBgBokQYAeZEGAL2RBgDJkQYAEpIGABqSBgA6ChEAc5IGALySBgDCkgYAEZMGACyTBgBmkwYAcpMGALuTBgDBkwYAEJQGABOUBgBllAYAbZQGALqUBgDKlAYAD5UGABSVBgBklQYAbZUGALmVBgDGlQYADpYGABWWBgCPChEAcZYGALiWBgDOlgYADZcGABmXBgBilwYAZ5cGALeXBgDAlwYADJgGABaYBgBhmAYAfZgGALaYBgC+mAYA5AoRABCZBgBgmQYAaJkGALWZBgC3mQYACpoGACWaBgBfmgYAYZoGALSaBgDCmgYACZsGABqbBgBemwYAYJsGALObBgDMmwYACJwGABmcBgBdnAYAaZwGALKcBgC6nAYAOQsRABOdBgBcnQYAYp0GALGdBgDMnQYABp4GABKeBgBbngYAYZ4GALCeBgCzngYAjgsRACKfBgBanwYAW58GAK+fBgC+nwYABKAGAAmgBgBZoAYAZqAGAK6gBgC7oAYAA6EGAA+hBgBYoQYAZ6EGAK2hBgC3oQYAAqIGABCiBgBXogYAXKIGAKyiBgC5ogYAAaMGAA2jBgBWowYAXKMGAKujBgBpowYA67gGALGjBgAApAYABaQGAFWkBgBbpAYA4wsRAK+kBgD/pAYAH6UGAFSlBgBgpQYAqaUGAK+lBgD+pQYABqYGACfSBgAHpgYAU6YGAGCmBgCopgYArqYGAP2mBgAJpwYAUqcGAFSnBgCnpwYAtqcGAPynBgAHqAYAUagGAFOoBgCmqAYAv6gGAPuoBgAMqQYAUKkGAFypBgClqQYAsakGAPqpBgANqgYAT6oGAF6qBgCkqgYAsKoGAPmqBgD6qgYATqsGAFirBgCjqwYAsasGAPirBgD9qwYATawGAFqsBgA4DBEAr6wGAPesBgALrQYATK0GAGitBgChrQYAva0GAI0MEQAFrgYAS64GAEyuBgCgrgYAr64GAPWuBgD6rgYASq8GAFevBgCfrwYArK8GAPSvBgAAsAYASbAGAFiwBgCesAYAqLAGAPOwBgABsQYASLEGAE2xBgCdsQYAqrEGAPKxBgACsgYAR7IGAEmyBgCcsgYAqrIGAPGyBgACswYA4gwRAE2zBgA3DREAoLMGAPCzBgD9swYARbQGAFK0BgCatAYAoLQGAO+0BgD7tAYARLUGAFS1BgCZtQYAorUGAO61BgDxtQYAQ7YGAE+2BgCYtgYAn7YGAIwNEQD5tgYAQrcGAFK3BgCXtwYAoLcGAOy3BgDvtwYAQbgGAE24BgCWuAYAnbgGAOENEQD6uAYAQLkGAEy5BgCVuQYAlrkGAOq5BgD0uQYAP7oGAE26BgCUugYAmboGAOm6BgD2ugYANg4RAEO7BgCTuwYAorsGAOi7BgAIvAYAPbwGAEm8BgCSvAYAnLwGAOe8BgDvvAYAPL0GAEi9BgCRvQYAl70GAOa9BgDsvQYAO74GAEC+BgCQvgYAlr4GADUPEQDqvgYAOr8GAEO/BgCPvwYAoL8GAOS/BgDrvwYAOcAGAEHABgCOwAYAm8AGAOPABgDowAYAOMEGAELBBgCNwQYAlcEGAOLBBgDxwQYAN8IGADzCBgCMwgYAmcIGAOHCBgDuwgYANsMGAELDBgCLwwYAmsMGAODDBgDqwwYANcQGAD3EBgCKxAYAlMQGAN/EBgDkxAYANMUGADzFBgA0EBEAjsUGAN7FBgDhxQYAM8YGAD3GBgCJEBEAjsYGAN3GBgDixgYAMscGAFLHBgCHxwYAk8cGANzHBgDixwYAMcgGADTIBgCGyAYAiMgGANvIBgD2yAYAMMkGADLJBgCFyQYAk8kGANrJBgDryQYAL8oGADHKBgCEygYAncoGANnKBgDqygYALssGADrLBgDeEBEAk8sGANjLBgD4ywYALcwGAC/MBgCCzAYAjswGAFpBDwCRzAYAbeEGAJ7MBgC17gYArswGANfMBgDazAYALM0GADvNBgCBzQYAhs0GANbNBgDjzQYAK84GADjOBgCAzgYAjM4GANXOBgDkzgYAKs8GADTPBgB/zwYAjc8GANTPBgDZzwYAKdAGADbQBgB+0AYAitAGANPQBgDZ0AYAKNEGAC7RBgB90QYAgtEGANLRBgDY0QYAMxERAD3SBgB80gYAftIGANHSBgDl0gYAJtMGAC7TBgB70wYAiNMGANDTBgDV0wYAJdQGAC/UBgB61AYAgtQGAM/UBgDo1AYAJNUGADDVBgB51QYAgdUGAIgREQDp1QYAI9YGACXWBgB41gYAhtYGAM3WBgDe1gYAItcGACTXBgB31wYAkNcGAMzXBgDd1wYAIdgGAC3YBgDdEREAe9gGAMvYBgDU2AYAINkGADHZBgB12QYAfNkGAMrZBgDS2QYAH9oGACzaBgB02gYAedoGAMnaBgDT2gYAHtsGACbbBgBz2wYAjNsGAMjbBgDU2wYAHdwGACXcBgCHEhEAddwGAMfcBgDR3AYAHN0GAB7dBgBx3QYAit0GAMbdBgDX3QYAG94GACneBgBw3gYAc94GAMXeBgDQ3gYAGt8GACbfBgBv3wYAdt8GANwSEQDJ3wYAGeAGACHgBgBu4AYAfOAGAMPgBgDE4AYAGOEGADPhBgAxExEAcuEGAMLhBgDP4QYAF+IGACTiBgBs4gYAeOIGAMHiBgDQ4gYAFuMGACDjBgBr4wYAeeMGAMDjBgDF4wYAFeQGACLkBgBq5AYAduQGAL/kBgDF5AYAFOUGABrlBgBp5QYAbuUGAL7lBgDE5QYAhhMRACDmBgBo5gYAauYGAL3mBgDW5gYAEucGACPnBgBn5wYAc+cGALznBgDE5wYAhRQRABboBgBm6AYAbugGALvoBgDU6AYAEOkGABXpBgBl6QYAaukGALrpBgDE6QYAD+oGABLqBgBk6gYAbuoGALnqBgC/6gYADusGABDrBgBj6wYAZOsGALjrBgDA6wYADewGAB3sBgBi7AYAaOwGALfsBgC87AYADO0GACLtBgBh7QYAae0GALbtBgDg7QYAC+4GAC7uBgBg7gYAf+4GANoUEQC97gYALxURABvvBgBf7wYAbe8GALTvBgDA7wYACfAGABbwBgBe8AYAaPAGALPwBgC78AYACPEGABPxBgBd8QYAX/EGALLxBgC18QYAB/IGAA/yBgBc8gYAYvIGALHyBgC68gYABvMGABPzBgBb8wYAY/MGALDzBgC18wYABfQGAA70BgBa9AYAZPQGAK/0BgC39AYABPUGAAn1BgBZ9QYAafUGAK71BgC29QYAA/YGAAX2BgBY9gYAc/YGAK32BgCv9gYAAvcGABD3BgBX9wYAaPcGAKz3BgCu9wYAAfgGABr4BgBW+AYAZ/gGAKv4BgC3+AYAAPkGAAj5BgCEFREAW/kGAKr5BgCv+QYA//kGAB/6BgBU+gYAYPoGAKn6BgCv+gYA/voGAAH7BgBT+wYAW/sGAKj7BgCy+wYA/fsGAAL8BgBS/AYAWvwGAKf8BgCx/AYA/PwGAP78BgBR/QYAYv0GAKb9BgDG/QYA+/0GAAP+BgBQ/gYAWv4GAKX+BgCq/gYA2RURAA7/BgBP/wYAV/8GAKT/BgCp/wYA+f8GAAkABwBOAAcAVgAHAKMABwCtAAcA+AAHAAMBBwBNAQcAWQEHAKIBBwCqAQcALhYRAAMCBwBMAgcAWAIHAKECBwCoAgcA9gIHAP4CBwBLAwcAZAMHAKADBwCmAwcA9QMHAPoDBwBKBAcAagQHAJ8EBwCrBAcA9AQHAPoEBwBJBQcATAUHAIMWEQCgBQcA8wUHAKwFBwAKOxAA9gUHAEgGBwBSBgcAnQYHAKsGBwDyBgcAAQcHAEcHBwBKBwcAnAcHAF8HBwCyRgcAYwcHACklBwCoBwcA8QcHAPMHBwBGCAcATAgHAJsIBwCqCAcA8AgHAPsIBwBFCQcATQkHAHKGBwBfCQcAmgkHAKYJBwDvCQcAAgoHAEQKBwBTCgcAmQoHAKUKBwDuCgcA7woHAEMLBwBNCwcAmAsHAKYLBwDtCwcA8gsHAEIMBwBPDAcA2BYRALEMBwDsDAcA+wwHAEENBwBGDQcAlg0HAKMNBwDrDQcA+A0HAEAOBwBMDgcAlQ4HAKQOBwDqDgcA9A4HAD8PBwBNDwcAlA8HAJkPBwDpDwcA9g8HAD4QBwBKEAcAkxAHAJkQBwDoEAcA7hAHAD0RBwBCEQcAkhEHAJgRBwAtFxEA6BEHADwSBwDwEQcA7LQJAPQRBwCunQkA9hEHAMOKBwAHEgcAvDUOAEgSBwCREgcAlxIHAJ5ZCACeEgcA5hIHAOkSBwA7EwcARxMHAJATBwCSEwcA5RMHAOsTBwA6FAcASRQHAI8UBwCaFAcA5BQHAOUUBwA5FQcATRUHAI4VBwCoFQcA4xUHAO8VBwA4FgcASxYHAI0WBwCcFgcA4hYHAO4WBwA3FwcAOBcHAIwXBwCWFwcA4RcHAO8XBwA2GAcAOxgHAIsYBwCYGAcAghcRAPoYBwA1GQcARBkHAIoZBwCPGQcA3xkHAOwZBwA0GgcAQRoHAIkaBwCVGgcA3hoHAO0aBwAzGwcAPRsHAIgbBwCWGwcA3RsHAOIbBwAyHAcAPxwHAIccBwCTHAcA3BwHAOIcBwAxHQcANx0HAIYdBwCLHQcA2x0HAOEdBwDXFxEAPh4HAIUeBwCgHgcA2h4HAOgeBwAvHwcAPB8HAIQfBwCbHwcA2R8HAOgfBwAuIAcAMyAHAIMgBwCQIAcA2CAHAOUgBwAtIQcAOSEHAIIhBwCRIQcA1yEHAOEhBwAsIgcAOiIHAIEiBwCGIgcA1iIHAOMiBwArIwcALiMHAIAjBwCMIwcA1SMHANsjBwAqJAcAMCQHAH8kBwCEJAcA1CQHANokBwAsGBEARSUHAIEYEQCEJQcA0yUHANUlBwAoJgcANSYHAH0mBwCAJgcA0iYHANMmBwAnJwcALCcHAHwnBwCCJwcA0ScHANsnBwAmKAcAQigHAHsoBwCXKAcA1hgRANYoBwAlKQcAJykHAHopBwCHKQcAzykHANIpBwAkKgcAJSoHAHkqBwB+KgcAzioHANQqBwAjKwcALSsHAHgrBwCUKwcAzSsHAOkrBwArGREAKCwHAHcsBwB9LAcAzCwHANEsBwAhLQcAJy0HAIAZEQB4LQcAyy0HANktBwAgLgcAMS4HAH8aEQB8LgcA1BoRAM8uBwAfLwcAJy8HAHQvBwB5LwcAyS8HAIMvBwC1QwcAyi8HAB4wBwAqMAcAczAHAIAwBwDIMAcA0DAHAB0xBwAnMQcAcjEHAIExBwDHMQcAyDEHABwyBwAkMgcAcTIHAIAyBwDGMgcAyzIHABszBwAoMwcAcDMHAH0zBwDFMwcA0TMHABo0BwApNAcAbzQHAHk0BwDENAcA0jQHABk1BwAeNQcAbjUHAHs1BwDDNQcAyzUHABg2BwAiNgcAbTYHAHI2BwDCNgcAyjYHAH4bEQAcNwcAbDcHAHU3BwBnPAcAeTcHAME3BwDONwcAFjgHACI4BwBrOAcAejgHAMA4BwDKOAcAFTkHACM5BwBqOQcAbzkHAL85BwDMOQcAFDoHABw6BwDTGxEAdToHAL46BwDOOgcAEzsHABw7BwBoOwcAazsHAL07BwDJOwcAEjwHABk8BwAoHBEAeDwHALw8BwDDPAcAET0HAB49BwBmPQcAhT0HALs9BwDFPQcAED4HABg+BwBlPgcAdD4HALo+BwC/PgcADz8HABw/BwBkPwcAcT8HALk/BwDFPwcADkAHAB1ABwBjQAcAbUAHALhABwDAQAcADUEHABdBBwBiQQcAZ0EHALdBBwC/QQcAfRwRABhCBwBhQgcAZ0IHALZCBwDRQgcAC0MHABdDBwBgQwcAZkMHANIcEQC6QwcACkQHABdEBwBfRAcAbEQHALREBwDARAcACUUHABhFBwBeRQcAaEUHACcdEQC9RQcACEYHAA1GBwBdRgcAZUYHAHwdEQC8RgcAB0cHAA1HBwBcRwcAXkcHALFHBwC+RwcABkgHAAlIBwBbSAcAXEgHALBIBwC1SAcABUkHAAtJBwBaSQcAZEkHAK9JBwDJSQcABEoHABNKBwBZSgcAXkoHAK5KBwC7SgcAA0sHABBLBwBYSwcAZEsHAK1LBwC8SwcAAkwHAAxMBwBXTAcAZUwHAKxMBwCxTAcAAU0HAA5NBwBWTQcAYE0HAPdWBwBiTQcAq00HALFNBwAATgcABk4HAFVOBwBaTgcAqk4HALBOBwDRHREABE8HAFRPBwBhTwcAqU8HALZPBwD+TwcAClAHAFNQBwBiUAcAqFAHALJQBwD9UAcAC1EHAFJRBwBXUQcAp1EHALRRBwD8UQcABFIHANAeEQBXUgcAplIHAKxSBwD7UgcAAFMHAFBTBwBWUwcAJR8RAKdTBwD6UwcAA1QHAE9UBwBSVAcApFQHALBUBwD5VAcAAFUHAE5VBwBWVQcAo1UHALxVBwD4VQcADFYHAE1WBwBpVgcAolYHAKpWBwDPHxEABVcHAExXBwBiVwcAoVcHAK1XBwD2VwcA+1cHAEtYBwBUWAcAoFgHAKpYBwD1WAcAEVkHAEpZBwBSWQcAJCARAKRZBwD0WQcAAVoHAElaBwBWWgcAnloHAKpaBwDzWgcAAlsHAEhbBwBSWwcAnVsHAKtbBwDyWwcA91sHAEdcBwBUXAcAnFwHAKRcBwB5IBEA/1wHAEZdBwBcXQcAm10HAKddBwDwXQcA9V0HAEVeBwBOXgcAml4HAKReBwDvXgcA914HAERfBwBTXwcAmV8HAJtfBwDuXwcA918HAENgBwBGYAcAmGAHAKRgBwDtYAcA9GAHAEJhBwBKYQcAl2EHALBhBwDsYQcAAGIHAEFiBwBdYgcAlmIHAJ5iBwDOIBEA8GIHAEBjBwBNYwcAlWMHAKJjBwDqYwcA9mMHAD9kBwBOZAcAlGQHAJ5kBwDpZAcA82QHAD5lBwBMZQcAk2UHAKllBwDoZQcA9GUHAD1mBwBCZgcAkmYHAJtmBwDnZgcA8WYHADxnBwBIZwcAkWcHAJdnBwDmZwcA7GcHADtoBwBAaAcAkGgHAJZoBwAjIREA8WgHADppBwA+aQcAj2kHAJ5pBwDkaQcA6WkHADlqBwBGagcAjmoHAJtqBwDjagcA72oHADhrBwBHawcAjWsHAJdrBwDiawcA8GsHADdsBwA8bAcAjGwHAJlsBwDhbAcA7WwHADZtBwA8bQcAi20HAJFtBwDgbQcA5W0HADVuBwA7bgcAeCERAI9uBwDfbgcA5m4HADRvBwBAbwcAiW8HAItvBwDebwcAjG8HAIN1BwD5bwcAM3AHADVwBwCIcAcAlnAHAN1wBwDucAcAMnEHADRxBwCHcQcAoHEHANxxBwDtcQcAMXIHAD1yBwCGcgcAknIHANtyBwDucgcAMHMHAD9zBwCFcwcAkXMHANpzBwDbcwcAL3QHADl0BwCEdAcAknQHANl0BwDedAcALnUHADt1BwDNIREAhXUHANh1BwDzdQcALXYHAC92BwCCdgcAkHYHANd2BwDodgcALHcHAC53BwCBdwcAmncHANZ3BwDndwcAK3gHADd4BwCAeAcAjHgHANV4BwDoeAcAKnkHADl5BwB/eQcAi3kHANR5BwDVeQcAKXoHADN6BwB+egcAjHoHANN6BwDYegcAKHsHADV7BwDMIhEAgnsHANJ7BwDaewcAJ3wHACl8BwB8fAcAjXwHANF8BwDffAcAJn0HAEF9BwB7fQcAh30HANB9BwDYfQcAyyMRACp+BwB6fgcAgX4HAM9+BwDbfgcAJH8HACd/BwB5fwcAgX8HAM5/BwDefwcAI4AHACiABwB4gAcAgYAHAM2ABwDagAcAIoEHACmBBwB3gQcAf4EHACAkEQDZgQcAIYIHACmCBwB2ggcAioIHAMuCBwDQggcAIIMHACmDBwB1gwcAe4MHAMqDBwDSgwcAH4QHAC6EBwB0hAcAhYQHAMmEBwDShAcAHoUHACGFBwBzhQcAfYUHAMiFBwDUhQcAHYYHACOGBwB1JBEAf4YHAMeGBwDMhgcAHIcHACOHBwBxhwcAfYcHAMaHBwDOhwcAyiQRADaIBwBwiAcAcogHAMWIBwDTiAcAGokHACuJBwBviQcAcYkHAMSJBwDdiQcAGYoHACqKBwBuigcAeooHAB8lEQDSigcAGIsHACGLBwBtiwcAc4sHAMKLBwDIiwcAF4wHACOMBwBsjAcAc4wHAMGMBwDJjAcAFo0HABqNBwBrjQcAdo0HAMCNBwDOjQcAFY4HACaOBwBqjgcAdo4HAL+OBwDHjgcAdCURABePBwBpjwcAc48HAL6PBwDAjwcAE5AHACyQBwBokAcAeZAHAL2QBwDLkAcAEpEHABWRBwBnkQcAcpEHALyRBwDKkQcAEZIHAB6SBwBmkgcAfZIHALuSBwDDkgcAEJMHABKTBwBlkwcAbZMHALqTBwDJkwcAD5QHABSUBwBklAcAcZQHALmUBwDGlAcADpUHABqVBwBjlQcAcpUHALiVBwDClQcADZYHABuWBwBilgcAZ5YHALeWBwDElgcADJcHABSXBwBhlwcAa5cHALaXBwC7lwcAC5gHABOYBwBgmAcAY5gHALWYBwDSmAcACpkHABuZBwBfmQcAZ5kHALSZBwC3mQcACZoHABWaBwBemgcAZJoHALOaBwDOmgcACJsHABSbBwBdmwcAY5sHAMklEQDBmwcAB5wHAAicBwBcnAcAlJwHALGcBwC/nAcABp0HAAedBwBbnQcAY50HALCdBwC/nQcABZ4HAAqeBwBangcAZ54HAK+eBwC8ngcABJ8HABCfBwBZnwcAaJ8HAK6fBwC4nwcAA6AHABGgBwBYoAcAXaAHAK2gBwC6oAcAAqEHAAqhBwBXoQcAYaEHAKyhBwCxoQcAAaIHAAmiBwBWogcAYKIHAKuiBwC2ogcAAKMHAAyjBwBVowcAXaMHAB4mEQCvowcA/6MHAAKkBwBUpAcAXqQHAKmkBwCxpAcAcyYRAAylBwBTpQcAaaUHAKilBwC0pQcA/aUHAAKmBwBSpgcAW6YHAKemBwCxpgcA/KYHAASnBwBRpwcAXacHAKanBwC5pwcA+6cHAPynBwBQqAcAXqgHAKWoBwCrqAcA+qgHAAapBwBPqQcAVqkHAMgmEQClqQcA+akHAAWqBwBOqgcAW6oHAKOqBwCrqgcA+KoHAAKrBwBNqwcAXKsHAKKrBwCjqwcA96sHAP+rBwBMrAcAW6wHAKGsBwCmrAcA9qwHAAOtBwBLrQcAWK0HAKCtBwCsrQcA9a0HAASuBwBKrgcAVK4HAJ+uBwCtrgcA9K4HAPmuBwBJrwcAVq8HAJ6vBwCmrwcA868HAPevBwBIsAcAVrAHAJ2wBwCnsAcA8rAHAP2wBwBHsQcAT7EHAJyxBwCnsQcA8bEHAPaxBwBGsgcASbIHAJuyBwClsgcA8LIHAPiyBwBFswcAZLMHAB0nEQCpswcA77MHAPCzBwBEtAcATLQHAJm0BwCatAcA7rQHAPS0BwBDtQcASLUHAJi1BwCztQcA7bUHAPu1BwBCtgcASbYHAJe2BwCjtgcA7LYHAPK2BwBBtwcAXbcHAJa3BwCetwcAcicRAPG3BwBAuAcARrgHAJW4BwCauAcA6rgHAPC4BwDHJxEARLkHAJS5BwCbuQcA6bkHAPW5BwA+ugcARroHAHEoEQCmugcA6LoHAB67BwA9uwcAP7sHADy8BwByuwcAkrsHALe7BwDnuwcA7rsHABspEQAhvAcAxigRAEy8BwCRvAcAy7wHAHApEQDvvAcAOboMAPC8BwDiuQ4AA70HADu9BwAGvQcAWe4NAEy9BwCQvQcAmL0HAOW9BwDovQcAOr4HAEa+BwCPvgcAlb4HAOS+BwD/vgcAOb8HAEW/BwCOvwcAlL8HAOO/BwDrvwcAOMAHAFTABwCNwAcAlcAHAMUpEQDxwAcAN8EHADjBBwCMwQcAlMEHAOHBBwDiwQcANsIHADzCBwCLwgcAkMIHAODCBwD7wgcANcMHAEPDBwCKwwcAkcMHAN/DBwDrwwcANMQHADrEBwCJxAcApcQHAN7EBwDmxAcAGioRADnFBwCIxQcAjsUHAN3FBwDixQcAMsYHADjGBwBvKhEAjMYHANzGBwDjxgcAMccHAD3HBwCGxwcAjscHABkrEQDuxwcAMMgHAGbIBwCFyAcAh8gHAITJBwC6yAcA2sgHAP/IBwAvyQcANskHAMMrEQBpyQcAbisRAJTJBwDZyQcAE8oHABgsEQAwygcAg8oHAITKBwDYygcA4soHAC3LBwA7ywcAgssHAJ3LBwDXywcA48sHACzMBwA0zAcAbSwRAI3MBwDWzAcA3MwHACvNBwBGzQcAgM0HAIzNBwDVzQcA280HACrOBwAyzgcAf84HAI3OBwDUzgcA184HACnPBwAxzwcAfs8HAIfPBwDTzwcA4M8HACjQBwAq0AcAfdAHAJjQBwDS0AcA1NAHACfRBwA10QcAfNEHAI3RBwDR0QcA09EHACbSBwA/0gcAe9IHAIzSBwDQ0gcA3NIHACXTBwAt0wcAwiwRAIDTBwDP0wcA19MHACTUBwAr1AcAedQHAH7UBwDO1AcA2tQHACPVBwAm1QcAeNUHAIDVBwDN1QcA2tUHACLWBwAn1gcAd9YHAIHWBwDM1gcA1NYHACHXBwAt1wcAdtcHAInXBwDL1wcA2dcHACDYBwAj2AcAddgHAH/YBwAXLREAzdgHAB/ZBwAn2QcAdNkHAHfZBwDJ2QcA1dkHAB7aBwAk2gcAc9oHAI7aBwDI2gcA1NoHAB3bBwAj2wcActsHAHrbBwDH2wcA1dsHABzcBwAf3AcAcdwHAHncBwDG3AcAz9wHABvdBwAo3QcAcN0HAHLdBwDF3QcA4N0HABreBwAc3gcAb94HAH3eBwDE3gcA1d4HABnfBwAb3wcAbt8HAIffBwDD3wcA1N8HABjgBwAk4AcAbeAHAHXgBwBsLREAyOAHABfhBwAf4QcAbOEHAHPhBwDB4QcAxuEHABbiBwAi4gcAa+IHAG7iBwDA4gcAyOIHABXjBwAi4wcAauMHAG/jBwC/4wcAyeMHABTkBwAc5AcAaeQHAHXkBwC+5AcA0eQHABPlBwAh5QcAaOUHAGvlBwC95QcAx+UHAMEtEQAV5gcAZ+YHAHPmBwC85gcAwuYHABHnBwAs5wcAZucHAHLnBwC75wcAwecHABDoBwAY6AcAZegHAHPoBwC66AcAvegHAA/pBwAX6QcAZOkHAG3pBwC56QcAxukHAA7qBwAQ6gcAY+oHAH7qBwC46gcAuuoHAA3rBwAb6wcAYusHAHPrBwC36wcAuesHAAzsBwAl7AcAYewHAHLsBwC27AcAwuwHAAvtBwAT7QcAFi4RAGbtBwC17QcAve0HAAruBwAR7gcAX+4HAGTuBwC07gcAwO4HAAnvBwAM7wcAXu8HAGbvBwCz7wcAwO8HAAjwBwAN8AcAXfAHAGfwBwCy8AcAuvAHAAfxBwAT8QcAXPEHAG/xBwCx8QcAv/EHAAbyBwAJ8gcAW/IHAGXyBwBrLhEAuPIHAMAuEQAT8wcAWvMHAGvzBwCv8wcAu/MHAAT0BwAM9AcAFS8RAF70BwCu9AcAuPQHAAP1BwAL9QcAWPUHAGj1BwCt9QcAsvUHAAL2BwAL9gcAV/YHAGT2BwCs9gcAs/YHAGovEQAD9wcAVvcHAAb3BwCdBAkACvcHAArmDwAN9wcAteYOAA/3BwDhagkAYPcHAJxUDwBn9wcAq/cHALz3BwAA+AcADvgHAFX4BwBx+AcAqvgHAMb4BwC/LxEADfkHAFT5BwBh+QcAqfkHAMD5BwD++QcACvoHAFP6BwBZ+gcAqPoHAK76BwD9+gcAAvsHAFL7BwBY+wcAFDARAL37BwD8+wcAC/wHAFH8BwAo/AcATAEIAFP8BwCm/AcAtfwHAPv8BwAG/QcAUP0HAFz9BwCl/QcAqP0HAPr9BwCs/QcA7QoIAMH9BwCeBAgABv4HAE/+BwBV/gcApP4HAL/+BwD5/gcABf8HAE7/BwBU/wcAo/8HAK//BwD4/wcA/v8HAE0ACABTAAgAogAIAKcACAD3AAgA/QAIAGkwEQBPAQgAoQEIAL0BCAD2AQgA/gEIAGgxEQBXAggAoAIIAKYCCAD1AggAEAMIAEoDCABWAwgAnwMIAKUDCAD0AwgA/AMIAEkECABqBAgAvTERAKYECAASMhEA+AQIAEgFCABVBQgAnQUIAKoFCADyBQgA/gUIAEcGCABWBggAnAYIAKYGCADxBggA+QYIAEYHCABQBwgAmwcIAKkHCADwBwgABggIAEUICABRCAgAmggIAJ8ICADvCAgA+AgIAEQJCABOCQgAmQkIAKEJCADuCQgA+AkIAEMKCABICggAmAoIAKAKCABnMhEA+QoIAEILCABVCwgAlwsIAKYLCADsCwgA+AsIAEEMCABCDAgAlgwIAKAMCADrDAgA+QwIAEANCABFDQgAlQ0IAKINCAC8MhEA9Q0IAD8OCABLDggAlA4IAJoOCADpDggA9Q4IAD4PCABGDwgAuzMRAJYPCADoDwgA8A8IAD0QCABKEAgAkhAIAJcQCADnEAgA7xAIADwRCAA+EQgAkREIAKwRCADmEQgA6BEIADsSCABJEggAkBIIAKESCADlEggA5xIIADoTCABTEwgAjxMIAKATCADkEwgA8BMIADkUCABBFAgAEDQRAJMUCADjFAgA8BQIADgVCABFFQgAjRUIAJkVCADiFQgA8RUIADcWCABBFggAjBYIAJoWCADhFggA5hYIADYXCABDFwgAixcIAJMXCADgFwgA4hcIADUYCAA/GAgAihgIAJIYCABlNBEA6hgIADQZCABCGQgAiRkIAIwZCADeGQgA5hkIADMaCABJGggAiBoIAI0aCADdGggA8xoIADIbCAA+GwgAhxsIAJQbCADcGwgA5hsIALo0EQAzHAgAhhwIAJQcCADbHAgA7BwIAA81EQA2HQgAhR0IAJEdCABkNREA3B0IAC8eCAA1HggAhB4IAKQeCADZHggA5R4IAC4fCAA1HwgAgx8IAIsfCADYHwgA3x8IAC0gCAA5IAgAgiAIAIQgCADXIAgA3iAIALk1EQAvIQgAgSEIAIkhCADWIQgA5iEIACsiCAAtIggAgCIIAI4iCADVIggA5iIIAA42EQAxIwgAYzYRAIwjCADUIwgA2yMIACkkCAAxJAgAfiQIAIwkCADTJAgA1iQIACglCAAwJQgAfSUIAIQlCADSJQgA4CUIACcmCAAqJggAfCYIAH4mCADRJggA6iYIACYnCAA3JwgAeycIAIcnCADQJwgA1ycIACUoCAAtKAgAeigIAIMoCADPKAgA3CgIACQpCAAuKQgAeSkIAIcpCADOKQgA3ykIACMqCAArKggAeCoIAIIqCADNKggA2yoIACIrCAA4KwgAdysIAIMrCADMKwgA0ysIACEsCAApLAgAdiwIAHwsCADLLAgA1ywIACAtCAAqLQgAdS0IAHstCADKLQgA3i0IAA03EQAtLggAdC4IAI0uCADJLggA3y4IAB4vCAAtLwgAcy8IAI0vCADILwgAyy8IAMM0CADTLwgAvjkIANcvCAAdMAgAIjAIAHIwCAB/MAgAxzAIANQwCAAcMQgAKDEIAHExCACAMQgAxjEIANAxCAAbMggAKTIIAHAyCAB1MggAxTIIANIyCAAaMwgAJjMIAG8zCAB1MwgAxDMIAMozCAAZNAgAHjQIAG40CAB0NAgAYjcRAM80CAAYNQgAHjUIAG01CACINQgAwjUIAM41CAAXNggAHTYIAGw2CABzNggAwTYIAMY2CABqOAgAzTYIABY3CAAYNwgAazcIAHI3CADANwgA3DcIABU4CAAdOAgAYTgRAG44CAC/OAgAzDgIABQ5CAAwOQgAaTkIAHE5CAC2OBEAwzkIABM6CAAWOggAaDoIAHI6CAC9OggAzjoIABI7CAAXOwgAZzsIAGw7CAC8OwgA3DsIABE8CAAaPAgAZjwIAGc8CAC7PAgAxzwIABA9CAAWPQgAZT0IAGs9CAC6PQgAvz0IAA8+CAAVPggACzkRAGU+CAC5PggAxT4IAA4/CAAbPwgAYz8IAGs/CAC4PwgAwT8IAA1ACAAaQAgAYkAIAHBACAC3QAgAykAIAAxBCAAUQQgAYUEIAGRBCAC2QQgAu0EIAAtCCAAaQggAYEIIAIBCCAC1QggAwUIIAApDCAAUQwgACjoRAGlDCAC0QwgAtkMIAAlECAATRAgAXkQIAGdECACzRAgAtkQIAAhFCAAQRQgAXUUIAJRFCABfOhEAvkUIAAdGCAAWRggAXEYIAHxGCACxRggAvUYIAAZHCAANRwgAW0cIAGBHCACwRwgAsUcIAAVICAARSAgAWkgIAGBICACvSAgAsUgIAARJCAAOSQgAWUkIAGdJCACuSQgAs0kIAANKCAAQSggAWEoIAGJKCACtSggAu0oIAAJLCAAYSwgAV0sIAGNLCACsSwgAsUsIAAFMCAAKTAgAVkwIAGBMCACrTAgAt0wIAABNCAATTQgAVU0IAGRNCACqTQgAtk0IAP9NCAAATggAVE4IAF5OCACpTggAt04IAP5OCAADTwgAU08IAGBPCAC0OhEAtk8IAP1PCAATUAgAUlAIAF5QCACnUAgArlAIAPxQCAAEUQgAUVEIAFZRCACmUQgAr1EIAPtRCAAFUggAUFIIAFhSCAClUggAqVIIAPpSCAD8UggAT1MIAF1TCACkUwgArlMIAPlTCAAHVAgATlQIAFtUCACjVAgAulQIAPhUCAAAVQgATVUIAF1VCACiVQgAp1UIAPdVCAD9VQgATFYIAFRWCAChVggAplYIAPZWCAD3VggAS1cIAFdXCACgVwgAplcIAPVXCAD3VwgASlgIAFRYCACfWAgArVgIAPRYCAD5WAgASVkIAFZZCACzOxEAoFkIAPNZCAD9WQgASFoIAFZaCACdWggAoloIAPJaCAD/WggAR1sIAElbCAAcLwoAUVsIAJxbCACqWwgA8VsIAAdcCABGXAgAUlwIAJtcCACgXAgA8FwIAPlcCABFXQgAT10IAJpdCACmXQgA710IAAJeCABEXggAU14IAJleCAClXggA7l4IAO9eCABDXwgATV8IAJhfCACmXwgA7V8IAPJfCABCYAgAT2AIAAg8EQCgYAgA7GAIAPZgCABBYQgAQ2EIAJZhCACgYQgA62EIAPdhCABAYggASGIIAAc9EQCWYggA6mIIAPZiCAA/YwgARWMIAJRjCACWYwgA6WMIAPNjCAA+ZAgATGQIAJNkCACYZAgA6GQIAPVkCAA9ZQgARWUIAJJlCACcZQgA52UIAPVlCAA8ZggAUmYIAJFmCACdZggA5mYIAO1mCAA7ZwgAQ2cIAJBnCACVZwgA5WcIAO5nCAA6aAgARGgIAI9oCACkaAgA5GgIAO1oCAA5aQgARmkIAI5pCACQaQgA42kIAPxpCAA4aggASWoIAI1qCACZaggA4moIAOpqCABcPREAPGsIAIxrCACUawgA4WsIAPdrCAA2bAgAO2wIAItsCACSbAgA4GwIAO5sCAA1bQgARW0IAIptCACebQgA320IAOdtCAA0bggAQ24IAIluCACObggA3m4IAOduCAAzbwgAQG8IAIhvCACSbwgA3W8IAOlvCAAycAgAOHAIALE9EQCVcAgA3HAIAPJwCAAxcQgAPXEIAIZxCACLcQgA23EIAORxCAAwcggAOnIIAIVyCACNcggA2nIIAN5yCAAvcwgAMXMIAIRzCACScwgA2XMIAONzCAAudAgAPHQIAIN0CACQdAgA2HQIAO90CAAtdQgANXUIAIJ1CACSdQgA13UIANx1CAAsdggAMnYIAIF2CACJdggA1nYIAPF2CAArdwgALXcIAIB3CACRdwgA1XcIAN53CAAqeAgANngIAAY+EQCEeAgA1HgIANd4CAApeQgAM3kIAH55CACAeQgA03kIAO55CAAoeggAKnoIAH16CACLeggA0noIAON6CAAnewgAKXsIAHx7CACVewgA0XsIAOJ7CAAmfAgAMnwIAFs+EQCYfAgA0HwIAOF8CAAlfQgAQX0IAHp9CACCfQgAsD4RANR9CAAkfggALH4IAHl+CACEfggAzn4IANN+CAAjfwgAJn8IAHh/CACCfwgAzX8IANB/CAAigAgAKoAIAHeACAB5gAgAzIAIAOeACAAhgQgAI4EIAHaBCACEgQgAy4EIANyBCAAggggAIoIIAHWCCACOgggAyoIIANuCCAAfgwgAK4MIAHSDCAB8gwgABT8RANaDCAAehAgAJoQIAHOECAB9hAgAyIQIANOECAAdhQgAKYUIAHKFCAB6hQgAWj8RAMyFCAAchggAIYYIAHGGCACChggArz8RANOGCAAbhwgAHYcIAHCHCACJhwgAxYcIANaHCAAaiAgAJogIAG+ICAB3iAgABEARAMmICAAZiQgAIYkIAG6JCAB9iQgAw4kIAMmJCAAYiggAJIoIAG2KCABviggAwooIAMyKCAAXiwgAI4sIAGyLCAB0iwgAWUARAM2LCAAWjAgAGYwIAGuMCABujAgAwIwIAM6MCAAVjQgAGo0IAGqNCAB3jQgArkARANCNCAAUjggAHI4IAGmOCAAhjggAtZcIAHSOCAC+jggAw44IABOPCAAWjwgAaI8IAHKPCAC9jwgA4I8IABKQCAAVkAgAZ5AIAIuQCAC8kAgAxJAIAANBEQAXkQgAZpEIAHSRCAC7kQgAx5EIABCSCAAXkggAZZIIAG2SCAC6kggAypIIAA+TCAAUkwgAZJMIAGqTCAC5kwgAwZMIAA6UCAArlAgAY5QIAGyUCAC4lAgAxJQIAA2VCAATlQgAYpUIAHaVCAC3lQgAv5UIAAyWCAAclggAYZYIAGOWCAC2lggAxJYIAAuXCAAclwgAWEERAGeXCACtQREAupcIAAqYCAARmAgAX5gIAGuYCAC0mAgAt5gIAAmZCAAZmQgAXpkIAGCZCACzmQgAwZkIAAiaCAAZmggAAkIRAGSaCABXQhEAxZoIAAebCAAWmwgAXJsIAGibCACxmwgAspsIAAacCAAQnAgAW5wIAGmcCACwnAgAtZwIAAWdCAASnQgArEIRAF+dCACvnQgAuJ0IAASeCAAVnggAWZ4IAGCeCACunggAtp4IAAOfCAAQnwgAWJ8IAF2fCACtnwgAt58IAAKgCAAKoAgAV6AIAF2gCACsoAgAuKAIAAGhCAADoQgAVqEIAGWhCACroQgAtqEIAACiCAAIoggAVaIIAFeiCACqoggAt6IIAP+iCAATowgAVKMIAFyjCACpowgAuKMIAP6jCAADpAgAU6QIAGCkCACopAgAsqQIAP2kCAD/pAgAUqUIAGGlCACnpQgAsaUIAPylCAAEpggAUaYIAFKmCACmpggAq6YIAPumCAAJpwgAUKcIAF2nCAClpwgAr6cIAKtDEQD9pwgAT6gIAFuoCACVtwgAa6gIAKSoCACsqAgAAEQRAP6oCABOqQgAVqkIAKOpCACmqQgA+KkIAASqCABNqggAU6oIAKKqCAC9qggA96oIAAOrCABMqwgAUqsIAKGrCACkqwgA9qsIAP6rCABLrAgATawIAKCsCAC7rAgA9awIAPesCABKrQgAWK0IAJ+tCACwrQgA9K0IAPatCABJrggAYq4IAJ6uCACvrggA864IAP+uCABIrwgAUK8IAFVEEQCirwgA8q8IAPivCABHsAgAT7AIAJywCACrsAgA8bAIAPawCABGsQgAU7EIAJuxCACosQgA8LEIAPyxCABFsggAVLIIAJqyCACksggA77IIAP2yCABEswgASbMIAJmzCACmswgAqkQRAPqzCABDtAgASbQIAJi0CACztAgA7bQIAPm0CABCtQgASLUIAJe1CACatQgA7LUIAPi1CABBtggAR7YIAJa2CACctggA67YIAPC2CABAtwgARrcIAP9EEQCbtwgA6rcIAPC3CAA/uAgARLgIAJS4CACauAgAVEURAO64CAA+uQgAS7kIAJO5CACguQgA6LkIAPS5CAA9uggATLoIAJK6CACcuggA57oIAPW6CAA8uwgAQbsIAJG7CACeuwgA5rsIAP67CAA7vAgAQbwIAJC8CACcvAgA5bwIAPW8CAA6vQgAQ70IAI+9CACSvQgA5L0IAPC9CAA5vggAQL4IAFNGEQCQvggA474IAO2+CAA4vwgAO78IAI2/CACVvwgA4r8IAOW/CAA3wAgAQ8AIAIzACACSwAgA4cAIAPzACAA2wQgAQsEIAIvBCACRwQgAqEYRAADCCAA1wggAQMIIAIrCCACPwggA38IIAOjCCAA0wwgAN8MIAInDCACVwwgA3sMIAOrDCAB+zggA9sMIADPECAA6xAgAiMQIAI7ECADdxAgA68QIADLFCABNxQgAh8UIAJPFCADcxQgA4sUIADHGCABLxggAhsYIAJLGCADbxggA4cYIADDHCAA2xwgAhccIAIrHCADaxwgA4McIAP1GEQA8yAgAhMgIAJDICADZyAgA48gIAC7JCAAyyQgAg8kIAIjJCADYyQgA3skIAC3KCABNyggAgsoIAI7KCADXyggA3coIACzLCAAyywgAgcsIAIbLCADWywgA3MsIAKdHEQAwzAgAgMwIAIfMCADVzAgA4cwIACrNCABGzQgAf80IAIfNCACmSBEA/c0IACnOCABPzggA+0gRAJHOCADTzggA4s4IACjPCAA0zwgAfc8IAH7PCADSzwgA3M8IACfQCAA10AgAfNAIAIHQCADR0AgA3tAIAFBJEQAu0QgAT0oRAIDRCADQ0QgA3dEIACXSCAAy0ggAetIIAIbSCADP0ggA3tIIACTTCAAu0wgAedMIAIfTCADO0wgA09MIACPUCAAw1AgAeNQIAIDUCACkShEA2dQIACLVCAAy1QgAd9UIAIDVCADM1QgAz9UIACHWCAAt1ggAdtYIAH3WCAD5ShEA1tYIACDXCAAs1wgAddcIAH3XCABOSxEA19cIAB/YCAAm2AgAdNgIAHXYCADJ2AgAztgIAB7ZCAAs2QgAc9kIAIDZCADI2QgA0tkIAB3aCAAl2ggActoIAHvaCADH2ggAzdoIABzbCAAt2wgAcdsIAI3bCADG2wgAztsIAKNLEQAm3AgAcNwIAHrcCADF3AgAz9wIABrdCAAb3QgA+EsRAHTdCADE3QgA0d0IABneCAAm3ggAbt4IAHreCADD3ggA0t4IABjfCAAi3wgAbd8IAHXfCADC3wgAzN8IABfgCAAc4AgAbOAIAHTgCABNTBEAzOAIABbhCAAi4QgAa+EIAHPhCACiTBEAxeEIABXiCAAk4ggAauIIAIriCAC/4ggAy+IIABTjCAAa4wgAaeMIAHHjCAC+4wgAxeMIABPkCAAV5AgAaOQIAHTkCAC95AgA0+QIABLlCAAX5QgAZ+UIAHTlCAD3TBEAweUIABHmCAAg5ggAZuYIAIbmCAC75ggAx+YIABDnCAAW5wgAZecIAG3nCAC65wgAwecIAA/oCAAR6AgAZOgIAHDoCAC56AgAz+gIAA7pCAAT6QgAY+kIAHDpCAC46QgAwOkIAA3qCAAT6ggAYuoIAGvqCAC36ggAxOoIAAzrCAAZ6wgAYesIAG/rCAC26wgAw+sIAAvsCAAi7AgAYOwIAJDsCABMTREAu+wIAArtCADC7AgA9fsOACDtCABf7QgAbe0IALTtCAC37QgACe4IAAzuCABe7ggAbO4IALPuCAC47ggACO8IABXvCABd7wgAZe8IALLvCAC57wgAB/AIABPwCABc8AgAafAIALHwCAC/8AgABvEIABLxCABb8QgAYvEIALDxCAC48QgABfIIAAnyCABa8ggAZfIIAK/yCAC98ggABPMIABXzCABZ8wgAZfMIAK7zCAC28wgAoU0RAAn0CABY9AgAbPQIAK30CAC79AgAAvUIAA/1CABX9QgAbvUIAKz1CAC09QgAAfYIAAv2CABW9ggAW/YIAKv2CACz9ggAAPcIAA/3CABV9wgAWvcIAKr3CAC39wgA//cIAAz4CABU+AgAYPgIAKn4CAC4+AgA/vgIAAj5CABT+QgAW/kIAKj5CACy+QgA/fkIAAL6CABS+ggAWvoIAPZNEQCy+ggA/PoIAAj7CABR+wgAWfsIAEtOEQCr+wgA+/sIAAr8CABQ/AgAcPwIAKX8CACx/AgA+vwIAAD9CABP/QgAV/0IAKT9CACr/QgA+f0IAPv9CABO/ggAWv4IAKP+CAC5/ggA+P4IAP3+CABN/wgAWv8IAKBOEQCr/wgA9/8IAP3/CABMAAkAWgAJAKEACQCuAAkA9gAJAA0BCQBLAQkAUwEJAKABCQCvAQkA9QEJAPoBCQBKAgkAVwIJAJ8CCQCsAgkA9AIJAAADCQBJAwkAWAMJAJ4DCQCoAwkA8wMJAA8ECQBIBAkAUAQJAPVOEQCqBAkABZgNAKwECQDyBAkA/AQJAOMODgASBQkARwUJAFMFCQCcBQkAogUJAPEFCQD5BQkAWUgJAP0FCQBGBgkACwYJAG8yCQBZBgkAmwYJAKoGCQDwBgkA/AYJAEUHCQBGBwkAmgcJAKQHCQDvBwkA/QcJAEQICQBJCAkAmQgJAKYICQBKTxEA9AgJAEMJCQBJCQkAmAkJAJ0JCQDtCQkA8wkJAElQEQBNCgkAlwoJAKUKCQDsCgkA/QoJAEELCQBNCwkAlgsJAJ4LCQDzUBEA9wsJAEAMCQBKDAkAlQwJAKQMCQDqDAkA9QwJAD8NCQBNDQkAlA0JAKENCQDpDQkAAA4JAD4OCQBGDgkAkw4JAJYOCQDoDgkA9A4JAD0PCQBDDwkAkg8JAK0PCQDnDwkA8w8JADwQCQBCEAkAkRAJAJkQCQDmEAkA6BAJADsRCQA8EQkAkBEJAJ4RCQDlEQkA7REJADoSCQBVEgkAjxIJAJsSCQDkEgkA6hIJADkTCQA8EwkAjhMJAJwTCQDjEwkA6BMJADgUCQBFFAkAjRQJAKkUCQDiFAkA6hQJAEhREQBEFQkA5gsOAEgVCQCMFQkAShUJADdlDgCYFQkA4RUJAO4VCQA2FgkAOxYJAIsWCQCVFgkA4BYJAPAWCQA1FwkAOhcJAIoXCQCTFwkA3xcJAOwXCQA0GAkAOxgJAIkYCQCVGAkA3hgJAOQYCQAzGQkAORkJAIgZCQCNGQkA3RkJAOMZCQCdUREAPhoJAIcaCQCNGgkA3BoJAOIaCQAxGwkAPhsJAIYbCQCLGwkA2xsJAOMbCQAwHAkAZhwJAIUcCQCwHAkA2hwJAOIcCQAvHQkAPB0JAIQdCQCJHQkA2R0JAOEdCQAuHgkAMR4JAIMeCQCMHgkA2B4JAOceCQAtHwkAOB8JAIIfCQCKHwkA1x8JAOcfCQAsIAkAOiAJAIEgCQCSIAkA1iAJAOIgCQArIQkAMyEJAJxSEQCGIQkA1SEJAN0hCQAqIgkAMSIJAH8iCQCNIgkA1CIJANoiCQApIwkANSMJAH4jCQCNIwkA0yMJAN0jCQAoJAkALSQJAH0kCQCDJAkA0iQJAOYkCQDxUhEAMSUJAP6iCQA0JQkAfCUJADYlCQCPZwkAgSUJANElCQDdJQkAJiYJADMmCQB7JgkAhSYJAEZTEQDrJgkAJScJACcnCQB6JwkAgCcJAM8nCQAHKAkAJCgJACooCQB5KAkAgigJAM4oCQDbKAkAIykJAFspCQB4KQkAfykJAM0pCQDSKQkAIioJADEqCQB3KgkAlyoJAMwqCQDYKgkAISsJACcrCQB2KwkAkCsJAMsrCQDOKwkAICwJACUsCQB1LAkAhCwJAMosCQDqLAkA8FMRAD8tCQB0LQkAgC0JAMktCQDTLQkAHi4JACouCQBq4QkAKy4JAHMuCQB4LgkAyC4JANIuCQAdLwkALS8JAHIvCQB3LwkAxy8JANAvCQAcMAkAKTAJAHEwCQB4MAkAxjAJANIwCQAbMQkAITEJAHAxCQB2MQkAxTEJAMoxCQAaMgkAIDIJAEVUEQByMgkAxDIJAMkyCQAZMwkAKDMJAG4zCQCOMwkA71QRANEzCQAYNAkAJTQJAG00CQB0NAkAwjQJAMo0CQAXNQkAGTUJAGw1CQAeNQkA9f4LAC41CQDfvwsAcjUJAGTlCwB0NQkAwTUJAMU1CQC5PQkA1zUJAMmACwDcNQkAFjYJABg2CQBrNgkAfDYJAMA2CQDONgkAFTcJABw3CQBqNwkAcjcJAL83CQDGNwkAFDgJABk4CQBpOAkAeDgJAL44CQDeOAkAEzkJAB85CQBoOQkAbjkJAL05CQDFOQkAEjoJAB46CQBnOgkAdDoJALw6CQDXOgkAETsJAB87CQBmOwkAbDsJALs7CQDAOwkAEDwJAB08CQBlPAkAezwJALo8CQDGPAkADz0JABw9CQBkPQkAbj0JAERVEQC+PQkADj4JABQ+CQBjPgkAgz4JALg+CQDGPgkADT8JABo/CQBiPwkAeT8JALc/CQC/PwkADEAJABtACQBhQAkAZkAJALZACQDDQAkAC0EJABVBCQBgQQkAYkEJALVBCQDDQQkACkIJABdCCQBfQgkAa0IJALRCCQC6QgkACUMJABFDCQBeQwkAZEMJALNDCQC8QwkACEQJABVECQBdRAkAZ0QJALJECQDARAkAB0UJAB1FCQBcRQkAaEUJALFFCQC5RQkAmVURABBGCQBbRgkAYUYJALBGCQCyRgkABUcJAA9HCQBaRwkAZkcJAK9HCQDGRwkABEgJABhICQDuVREAZ0gJAK5ICQCxSAkAA0kJAAtJCQBYSQkAZEkJAK1JCQC7SQkAAkoJAAxKCQBXSgkAYkoJAKxKCQC4SgkAAUsJAAdLCQBWSwkAXksJAKtLCQC4SwkAAEwJAAVMCQBVTAkAX0wJAKpMCQCyTAkA/0wJAAVNCQBUTQkAXU0JAKlNCQC2TQkA/k0JAAtOCQBTTgkAYU4JAKhOCQC1TgkA/U4JABRPCQBSTwkAWk8JAKdPCQCsTwkA/E8JAAJQCQBRUAkAWVAJAKZQCQC8UAkA+1AJAAlRCQBQUQkAU1EJAKVRCQC0UQkA+lEJAP9RCQBPUgkAXFIJAKRSCQC0UgkA+VIJAAdTCQBOUwkAZVMJAKNTCQCsUwkA+FMJAP5TCQBNVAkAWVQJAKJUCQCpVAkAQ1YRAANVCQBMVQkATlUJAKFVCQCrVQkA9lUJAAJWCQBLVgkAU1YJAJhWEQClVgkA9VYJAARXCQBKVwkAalcJAJ9XCQCrVwkA9FcJAPpXCQBJWAkAUVgJAJ5YCQCfWAkA81gJAPlYCQBIWQkATVkJAJ1ZCQC4WQkA8lkJAABaCQBHWgkATloJAJxaCQCoWgkA8VoJAPdaCQDtVhEAS1sJAJtbCQClWwkA8FsJAAFcCQBFXAkAUVwJAJpcCQCdXAkA71wJAPJcCQBEXQkATF0JAJldCQCgXQkA7l0JAPNdCQBDXgkAUl4JAJheCQC4XgkA7V4JAPleCQBCXwkASF8JAJdfCQCfXwkA7F8JAPlfCQBBYAkARmAJAJZgCQCgYAkA62AJAPNgCQBAYQkAUGEJAJVhCQCaYQkA6mEJAPNhCQA/YgkATGIJAJRiCQCbYgkAQlcRAO5iCQA+YwkATWMJAJNjCQCzYwkA6GMJAPRjCQA9ZAkAQ2QJAJJkCQCaZAkA52QJAPNkCQA8ZQkASWUJAJFlCQCYZQkA5mUJAOdlCQA7ZgkAQGYJAJBmCQCeZgkA5WYJAPJmCQA6ZwkARGcJAJdXEQCUZwkA5GcJAPFnCQA5aAkARmgJAI5oCQCUaAkA42gJAO9oCQA4aQkASGkJAI1pCQCWaQkA4mkJAOVpCQA3agkAQ2oJAIxqCQCTagkA7FcRAONqCQA2awkA6GoJAKn0DADxagkAsEINAEdrCQCLawkAk2sJAOBrCQDqawkANWwJAERsCQCKbAkAi2wJAN9sCQDnbAkAllgRADxtCQDrWBEAp20JAN5tCQCsbQkAh2cRALNtCQBojgkA5m0JADNuCQBCbgkAiG4JAI1uCQDdbgkA6m4JADJvCQA/bwkAh28JAJNvCQDcbwkA628JADFwCQA7cAkAhnAJAKlwCQDbcAkAEXEJADBxCQBUcQkAhXEJAI1xCQA/WhEA33EJAC9yCQA1cgkAhHIJAIxyCQCUWhEA53IJAC5zCQBJcwkAg3MJAI9zCQDYcwkA6XMJAC10CQBBdAkAgnQJAIp0CQDXdAkA3XQJACx1CQA4dQkAgXUJAJF1CQDWdQkA33UJACt2CQAudgkAgHYJAIx2CQDVdgkA3HYJAOlaEQA4dwkAf3cJAIl3CQA+WxEA2XcJACl4CQA2eAkAfngJAIt4CQDTeAkA33gJACh5CQA3eQkAfXkJAId5CQDSeQkA4HkJACd6CQAsegkAfHoJAIl6CQDRegkA2XoJAJNbEQAyewkAe3sJAIt7CQDQewkA2XsJACV8CQAofAkAenwJAIZ8CQDPfAkA1nwJAOhbEQAzfQkAeX0JAH59CQDOfQkA230JACN+CQAwfgkAeH4JAH5+CQDNfgkA2X4JACJ/CQAyfwkAd38JAIB/CQDMfwkAz38JACGACQAtgAkAdoAJAH2ACQA9XBEA0IAJACCBCQAtgQkAdYEJAJOBCQDKgQkA1oEJAB+CCQAyggkAdIIJAIKCCQDJggkAzIIJAB6DCQAogwkAc4MJAIGDCQDIgwkA1YMJAB2ECQA0hAkAcoQJAHqECQDHhAkAzoQJAByFCQAhhQkAcYUJAIeFCQDGhQkAyIUJABuGCQAphgkAcIYJAH2GCQCSXBEAzYYJAOdcEQAfhwkAb4cJAHyHCQDEhwkA0YcJABmICQAliAkAbogJAH2ICQDDiAkAzYgJABiJCQAmiQkAbYkJAHKJCQDCiQkAz4kJABeKCQAfigkAPF0RAHiKCQDBigkA0YoJABaLCQAfiwkAa4sJAG6LCQDAiwkAzIsJABWMCQAcjAkAkV0RAHaMCQC/jAkAz4wJABSNCQDVjAkAB+sNAB2NCQBpjQkAbI0JAL6NCQDKjQkAE44JABqOCQDmXREAcY4JALqRCQByjgkAvY4JAMyOCQASjwkAzo4JAGaQCQATjwkAZ48JAIOPCQC8jwkA9I8JABGQCQBJkAkAO14RAGmQCQC7kAkA15AJABCRCQBIkQkAZZEJAJ2RCQCQXhEAx5EJAA+SCQAdkgkAZJIJAHeSCQC5kgkA1ZIJAA6TCQBGkwkAY5MJAJuTCQDlXhEAyZMJAA2UCQAZlAkAYpQJAGqUCQA6XxEAvJQJAAyVCQAUlQkAYZUJAHCVCQC2lQkAu5UJAAuWCQAYlgkAYJYJAG2WCQC1lgkAwZYJAAqXCQAZlwkAX5cJAGmXCQC0lwkAvJcJAAmYCQATmAkAXpgJAGOYCQCzmAkAu5gJAI9fEQAXmQkAXZkJABmZCQCxmgkAXpkJALKZCQDOmQkAB5oJAD+aCQBcmgkAlJoJAORfEQC0mgkABpsJACKbCQBbmwkAk5sJALCbCQDomwkAOWARAAicCQBanAkAa5wJAK+cCQDLnAkABJ0JADydCQBZnQkAkZ0JAI5gEQC7nQkAA54JAA+eCQBYngkAZ54JAK2eCQC3ngkAAp8JAAqfCQDiEwoAEJ8JAFefCQBcnwkArJ8JALmfCQABoAkACaAJAFagCQBcoAkAq6AJAGagCQDwBQoAt6AJAAChCQAQoQkAVaEJAF6hCQCqoQkAraEJAP+hCQALogkAVKIJAFuiCQDjYBEAzKIJADhhEQAMowkAU6MJAGmjCQCoowkAtKMJAP2jCQAEpAkAUqQJAFekCQCnpAkAsKQJAPykCQAGpQkAjWERAFalCQDiuwwAW6UJAKalCQBdpQkA9FQMALClCQD7pQkA/KUJAFCmCQBfpgkApaYJAKqmCQD6pgkAB6cJAE+nCQBcpwkApKcJALCnCQD5pwkACKgJAE6oCQBYqAkAo6gJALGoCQD4qAkA/agJAE2pCQBaqQkAoqkJAKOpCQD3qQkA/KkJAEyqCQBRqgkAoaoJALKqCQD2qgkAGasJAEurCQBWqwkAoKsJAKWrCQD1qwkA+KsJAEqsCQBUrAkAn6wJAMesCQD0rAkAE60JADdiEQBVrQkAnq0JAKCtCQDzrQkAAq4JAEiuCQBTrgkAna4JAKWuCQDyrgkA+a4JAEevCQBJrwkAnK8JAKavCQDxrwkA868JAEawCQBfsAkAm7AJAJ2wCQDwsAkA87AJAEWxCQBRsQkAmrEJAKKxCQCMYhEA+7EJAESyCQBKsgkAmbIJALSyCQDusgkA+rIJAEOzCQBJswkAmLMJAKCzCQDtswkA77MJAEK0CQBMtAkAl7QJAJ+0CQDhYhEA/bQJAEG1CQBItQkAlrUJAJ61CQDrtQkA+LUJAEC2CQBFtgkAlbYJAJ+2CQDqtgkA8rYJAD+3CQBOtwkAlLcJAJm3CQDptwkA9rcJAD64CQBLuAkAk7gJAJ+4CQDouAkA97gJAD25CQBHuQkAkrkJAJq5CQDnuQkA8bkJADy6CQBBugkAkboJAJm6CQA2YxEA8roJADu7CQBLuwkAkLsJAJm7CQDluwkA6LsJADq8CQBGvAkAj7wJAJa8CQCLYxEA6rwJADm9CQA/vQkAjr0JAJO9CQDjvQkA6b0JAOBjEQA+vgkAjb4JAJO+CQDivgkA574JAEylDgDvvgkAN78JADy/CQCMvwkAlL8JAOG/CQAKwAkANsAJABXACQCExwkAX8AJAIvACQC0wAkA4MAJAAvBCQA1wQkAPcEJAIrBCQCZwQkA38EJAOTBCQA0wgkAQcIJAInCCQCWwgkA3sIJAOrCCQAzwwkAQsMJAIjDCQCSwwkA3cMJAOvDCQAyxAkAN8QJAIfECQCUxAkA3MQJAOTECQAxxQkAN8UJAIbFCQCSxQkA28UJAOvFCQAwxgkAOcYJAIXGCQCIxgkA2sYJAObGCQAvxwkANscJADVkEQCtxwkA2ccJAATICQAuyAkANsgJAIPICQCSyAkA2MgJAN3ICQAtyQkAOskJAILJCQCPyQkA18kJAOPJCQAsygkAO8oJAIHKCQCLygkA1soJAOTKCQArywkAMMsJAIDLCQCNywkA1csJAN3LCQAqzAkAMMwJAH/MCQCLzAkA1MwJAOTMCQApzQkAMs0JAH7NCQCBzQkA080JAN/NCQAozgkAL84JAIpkEQB/zgkA57QOAIvOCQDSzgkA384JACfPCQAzzwkAfM8JAILPCQDRzwkA188JACbQCQAr0AkAe9AJAIHQCQDfZBEA9tAJACXRCQBL0QkAetEJAK7RCQDP0QkA+NEJACTSCQBP0gkAiWURAIXSCQDO0gkAh9IJAJwDCwDY0gkAI9MJAD3TCQB40wkAe9MJANgdCgCH0wkAzdMJANLTCQAi1AkAL9QJAHfUCQCE1AkAzNQJANjUCQAh1QkAMNUJAHbVCQCA1QkAy9UJANfVCQAg1gkAM9YJAHXWCQCE1gkAytYJANbWCQAf1wkAINcJAHTXCQB+1wkAydcJANfXCQAe2AkAI9gJAHPYCQCA2AkA3mURAM3YCQAd2QkAKtkJAHLZCQB/2QkAx9kJANPZCQAc2gkAK9oJAHHaCQB72gkAxtoJANTaCQAb2wkAINsJAHDbCQB92wkAxdsJAM3bCQDdZhEAJtwJAG/cCQB/3AkAxNwJAM3cCQAZ3QkAHN0JAG7dCQB63QkAw90JAMrdCQAyZxEAG94JAG3eCQB13gkAwt4JAM7eCQAX3wkAHd8JAGzfCQBy3wkAwd8JAMbfCQAW4AkAHOAJANxnEQCU4AkAwOAJAOngCQAV4QkAOeEJAIZoEQBw4QkALxsLAH3hCQC/4QkAzuEJABTiCQAg4gkAaeIJAGriCQC+4gkAyOIJABPjCQAh4wkAaOMJAG3jCQC94wkAyuMJANtoEQA15AkAMGkRAJDkCQC85AkA5eQJABHlCQA15QkAhWkRAHTlCQC75QkAwOUJABDmCQAd5gkAZeYJAG3mCQC65gkAwOYJAA/nCQAb5wkAZOcJAHTnCQC55wkAwucJAA7oCQAR6AkAY+gJAJ7oCQC46AkAxOgJANppEQAT6QkAYukJAHvpCQC36QkAxekJAAzqCQAZ6gkAYeoJAGjqCQC26gkAv+oJAAvrCQAY6wkAYOsJAHfrCQC16wkAuOsJAArsCQAM7AkAX+wJAGjsCQC07AkAxOwJAAntCQAi7QkAXu0JAGDtCQCz7QkAvO0JAAjuCQAQ7gkAXe4JAF/uCQCy7gkAy+4JAAfvCQAe7wkAXO8JAGjvCQCx7wkAwu8JAAbwCQAS8AkAW/AJAGbwCQCw8AkAvfAJAAXxCQAP8QkAL2oRAG3xCQCv8QkAvfEJAATyCQDs8QkAUfoJAEDyCQBZ8gkAZvIJAK7yCQC28gkAA/MJAAnzCQBY8wkAZPMJAK3zCQC48wkAAvQJAAv0CQBX9AkAWvQJAKz0CQCu9AkAAfUJAAj1CQBW9QkAWPUJAIRqEQCu9QkAAPYJAA72CQBV9gkAWvYJAKr2CQC39gkA//YJAAv3CQBU9wkAXPcJANlqEQC39wkA/vcJAA74CQBT+AkAYfgJAKj4CQCx+AkA/fgJAAf5CQBS+QkAVPkJAKf5CQCx+QkA/PkJAP75CQAuaxEAVvoJAKb6CQCu+gkA+/oJAAH7CQBQ+wkAXPsJAKX7CQC0+wkA+vsJAAP8CQBP/AkAUvwJAKT8CQCm/AkA+fwJAAD9CQBO/QkAUP0JAINrEQCo/QkA+P0JABT+CQBN/gkAaf4JANhrEQCv/gkAETkLALH+CQD3/gkA/P4JAEz/CQBZ/wkAof8JAK7/CQD2/wkA/P8JAEsACgBXAAoAoAAKALAACgD1AAoA/gAKAEoBCgBNAQoAnwEKAKsBCgD0AQoA+wEKAC1sEQBYAgoAngIKAKMCCgDzAgoAAAMKAEgDCgBVAwoAnQMKAKMDCgDyAwoA/gMKAEcECgBXBAoAnAQKAKUECgDxBAoA9AQKAEYFCgBSBQoAmwUKAKIFCgCCbBEA8gUKAEUGCgBTBgoAmgYKAKsGCgDXbBEA9gYKACxtEQBMBwoAgW0RAJ4HCgDuBwoA+wcKAEMICgBQCAoAmAgKAKQICgDtCAoA/AgKAEIJCgBMCQoAlwkKAKUJCgDsCQoA8QkKAEEKCgBOCgoAlgoKAJ4KCgDWbREA9woKAEALCgBQCwoAlQsKAJ4LCgDqCwoA7QsKAD8MCgBLDAoAlAwKAJsMCgArbhEA6wwKAD4NCgBMDQoAkw0KAKQNCgCAbhEA7w0KANVuEQBFDgoAKm8RAJcOCgDnDgoA9A4KADwPCgBJDwoAkQ8KAJ0PCgDmDwoA9Q8KADsQCgBFEAoAkBAKAJ4QCgDlEAoA6hAKADoRCgBHEQoAjxEKAJcRCgB/bxEA8BEKADkSCgBJEgoAjhIKAJcSCgDjEgoA5hIKADgTCgBEEwoAjRMKAJQTCgDUbxEA7BMKADcUCgBFFAoAjBQKAKIUCgDhFAoA7RQKADYVCgA9FQoAixUKAJMVCgDgFQoA5RUKADUWCgA+FgoAihYKAJQWCgApcBEA9RYKADQXCgBAFwoAiRcKAJAXCgDeFwoA5hcKADMYCgA4GAoAiBgKAJEYCgDdGAoA5xgKAH5wEQA3GQoA3cAMAD4ZCgDkZgoAQRkKAIcZCgBcGQoAWz0SAIwZCgDcGQoA6RkKADEaCgA+GgoAhhoKAJIaCgDbGgoA6hoKADAbCgA6GwoAhRsKAJMbCgDaGwoA5xsKAC8cCgBGHAoAhBwKAIwcCgDZHAoA4xwKAC4dCgAzHQoAgx0KAIsdCgDTcBEA3R0KAC0eCgA8HgoAgh4KAKIeCgDXHgoA4x4KACwfCgA2HwoAgR8KAIsfCgDWHwoA5B8KACsgCgBBIAoAgCAKAIwgCgDVIAoA2iAKACohCgAzIQoAfyEKAIkhCgDUIQoA4CEKACkiCgA8IgoAfiIKAI0iCgDTIgoA3yIKACgjCgApIwoAfSMKAIcjCgDSIwoA4CMKACckCgAsJAoAfCQKAIkkCgB9cREA3yQKACYlCgA8JQoAeyUKAIclCgDQJQoA1yUKACUmCgAtJgoAeiYKAH8mCgDPJgoA2CYKACQnCgAuJwoAfHIRAH4nCgDOJwoA1icKACMoCgAmKAoAeCgKAIEoCgDNKAoA3CgKACIpCgAtKQoAdykKAH8pCgDMKQoA3CkKACEqCgAvKgoAdioKAIcqCgDLKgoA1yoKACArCgAoKwoA0XIRAHsrCgDKKwoA0isKAB8sCgAmLAoAdCwKAIIsCgDJLAoAzywKAB4tCgAqLQoAcy0KAIItCgDILQoA0i0KAB0uCgAiLgoAci4KAHguCgDHLgoA2y4KACZzEQAtLwoAcS8KAH0vCgDGLwoAzC8KABswCgAhMAoAcDAKAHUwCgDFMAoAyzAKAHtzEQAfMQoAbzEKAIAxCgDEMQoAzDEKABkyCgDQMQoAUk4KANIxCgBOTQ8AIzIKAG4yCgB8MgoAwzIKANkyCgAYMwoAJDMKAG0zCgB0MwoAwjMKAMozCgAXNAoAHDQKAGw0CgB1NAoAwTQKAMs0CgAWNQoAHjUKAGs1CgBvNQoAwDUKAMs1CgAVNgoAIzYKAGo2CgB7NgoAvzYKAMs2CgAUNwoAHDcKANBzEQBrNwoAvjcKAMw3CgATOAoAHTgKAGg4CgB2OAoAvTgKAMo4CgASOQoAKTkKAGc5CgBvOQoAvDkKAMw5CgAROgoAFjoKAGY6CgBsOgoAuzoKAMM6CgAQOwoAEjsKAGU7CgByOwoAujsKAMI7CgAPPAoAFDwKAGQ8CgBlPAoAuTwKAMU8CgAOPQoAGz0KAGM9CgBrPQoAuD0KAMc9CgANPgoAEj4KAGI+CgBvPgoAtz4KAMQ+CgAMPwoAGD8KAGE/CgBwPwoAtj8KAMA/CgALQAoAGUAKAGBACgBlQAoAtUAKAMJACgAldBEADUEKAF9BCgBnQQoAtEEKAMFBCgAJQgoADkIKAF5CCgBoQgoAs0IKALtCCgAIQwoACkMKAF1DCgB4QwoAskMKALRDCgAHRAoAFUQKAFxECgBtRAoAsUQKALNECgAGRQoAH0UKAFtFCgBsRQoAsEUKALxFCgB6dBEADUYKAFpGCgBgRgoAr0YKALtGCgAERwoAIUcKAFlHCgBiRwoArkcKALpHCgADSAoABkgKAFhICgBiSAoArUgKALVICgACSQoADEkKAFdJCgBlSQoArEkKAMJJCgABSgoADUoKAFZKCgBdSgoAq0oKALNKCgAASwoABUsKAFVLCgBeSwoAqksKALRLCgD/SwoAB0wKAFRMCgBWTAoAqUwKALlMCgD+TAoACE0KAFNNCgBfTQoAqE0KAK5NCgD9TQoABU4KAM90EQBYTgoAp04KAK1OCgD8TgoAAU8KAFFPCgBXTwoAJHURALRPCgD7TwoAEVAKAFBQCgBcUAoApVAKAKpQCgD6UAoAA1EKAE9RCgBZUQoApFEKAMdRCgD5UQoA/VEKAE5SCgAIUgoAolMKAFBSCgCjUgoAsVIKAPhSCgACUwoATVMKAHFTCgAjdhEAqFMKAPdTCgADVAoATFQKAE5UCgChVAoAq1QKAPZUCgACVQoAS1UKAG9VCgB4dhEApFUKAPVVCgCvVQoASVcKAPdVCgBKVgoAWFYKAJ9WCgCpVgoA9FYKABhXCgDNdhEAT1cKAJ5XCgCqVwoA81cKAPVXCgBIWAoAUlgKAJ1YCgCpWAoA8lgKABZZCgAidxEAZFkKAJxZCgClWQoA8VkKAP9ZCgBGWgoATFoKAJtaCgCnWgoA8FoKAPhaCgB3dxEATFsKAJpbCgCzWwoA71sKAP5bCgBEXAoATFwKAJlcCgCoXAoA7lwKAPNcCgBDXQoAUF0KAJhdCgClXQoA7V0KAPldCgBCXgoAUV4KAJdeCgChXgoA7F4KAPpeCgBBXwoARl8KAJZfCgCjXwoAzHcRAOxfCgBt3QoABGAKAEBgCgBKYAoAlWAKAJdgCgDqYAoA+GAKAD9hCgBMYQoAlGEKAJxhCgDpYQoAFWIKAD5iCgBFYgoAk2IKAKxiCgDoYgoA92IKAD1jCgBFYwoAkmMKAKFjCgDnYwoA7GMKADxkCgBJZAoAkWQKAJ5kCgDmZAoA8mQKADtlCgBKZQoAkGUKAJplCgDlZQoA82UKADpmCgA/ZgoAj2YKAJxmCgAheBEA92YKADlnCgBIZwoAjmcKAJpnCgDjZwoA72cKADhoCgA/aAoAjWgKAJloCgDiaAoA6WgKADdpCgA/aQoAjGkKAJBpCgDhaQoA7GkKADZqCgBCagoAi2oKAJhqCgDgagoA6GoKADVrCgA/awoAimsKAJBrCgDfawoA82sKADRsCgBCbAoAiWwKAJZsCgDebAoA9WwKADNtCgA7bQoAiG0KAJJtCgDdbQoA4m0KADJuCgA6bgoAh24KAJZuCgDcbgoA4W4KADFvCgA+bwoAhm8KAJNvCgDbbwoA528KADBwCgA/cAoAhXAKAI9wCgB2eBEA4nAKAC9xCgA+cQoAhHEKAIlxCgDZcQoA4nEKAC5yCgA/cgoAg3IKAIpyCgDYcgoA4HIKAC1zCgA6cwoAgnMKAIdzCgDXcwoA4XMKACx0CgA0dAoAgXQKAJp0CgDWdAoA4nQKACt1CgAzdQoAy3gRAI91CgDVdQoA8nUKACp2CgAzdgoAf3YKAI12CgDUdgoA2nYKACl3CgA1dwoAfncKAIV3CgDTdwoA23cKACh4CgA4eAoAfXgKAIN4CgDSeAoA13gKACd5CgA9eQoAfHkKAIR5CgDReQoA23kKACZ6CgAxegoAe3oKAId6CgDQegoA2HoKACB5EQAyewoAensKAIF7CgDPewoA23sKACR8CgAqfAoAeXwKAIp8CgDOfAoA4nwKACN9CgAxfQoAeH0KAIV9CgDNfQoA5H0KACJ+CgAqfgoAd34KAH5+CgDMfgoAzn4KACF/CgArfwoAdn8KAHh/CgDLfwoA5H8KACCACgAigAoAdYAKAHiACgDKgAoA1oAKAB+BCgBNgQoAdXkRAIOBCgDJgQoA5oEKAB6CCgAnggoAc4IKAIGCCgDIggoAzoIKAB2DCgApgwoAcoMKAHqDCgDKeREAz4MKAByECgAihAoAcYQKAH2ECgDGhAoAyYQKABuFCgAghQoAcIUKAHmFCgDFhQoAy4UKABqGCgAphgoAb4YKAHuGCgDEhgoAzIYKAB96EQAfhwoAbocKAHOHCgDDhwoA2YcKABiICgAgiAoAbYgKAHuICgDCiAoAzIgKABeJCgAaiQoAbIkKAHSJCgDBiQoAwokKABaKCgAcigoAa4oKAHmKCgDAigoA1ooKABWLCgAXiwoAaosKAHCLCgC/iwoA04sKABSMCgAcjAoAaYwKAHmMCgC+jAoAwIwKABONCgAijQoAaI0KAHKNCgC9jQoAwo0KABKOCgAYjgoAZ44KAHuOCgC8jgoAxI4KABGPCgAWjwoAZo8KAGyPCgC7jwoAw48KABCQCgATkAoAZZAKAGqQCgC6kAoAw5AKAA+RCgAVkQoAZJEKAHORCgC5kQoAxZEKAHR6EQAakgoAY5IKAHaSCgC4kgoA1JIKAA2TCgAVkwoAyXoRAHCTCgC3kwoAzZMKAAyUCgAYlAoAYZQKAGaUCgC2lAoAv5QKAAuVCgAVlQoAYJUKAGiVCgC1lQoAt5UKAAqWCgAZlgoAX5YKAHyWCgC0lgoAvZYKAAmXCgAXlwoAXpcKAGSXCgCzlwoAwZcKAAiYCgAVmAoAXZgKAHSYCgCymAoAupgKAAeZCgAJmQoAXJkKAGSZCgCxmQoAwJkKAAaaCgALmgoAW5oKAGiaCgCwmgoAvZoKAAWbCgARmwoAWpsKAGmbCgCvmwoAuZsKAAScCgASnAoAWZwKAF6cCgCunAoAu5wKAB57EQANnQoAWJ0KAFqdCgCtnQoAtJ0KAAKeCgAJngoAV54KAF2eCgCsngoAup4KAAGfCgAOnwoAVp8KAGafCgCrnwoAsJ8KAACgCgAIoAoAVaAKABygCgDlDwsAYaAKAKqgCgCsoAoAp6MKALegCgD/oAoABKEKAFShCgBeoQoAqaEKALmhCgD+oQoAA6IKAFOiCgBcogoAqKIKALWiCgD9ogoABKMKAFKjCgBaowoAc3sRALWjCgD8owoAFKQKAFGkCgBTpAoApqQKAL2kCgD7pAoA/aQKAFClCgBepQoApaUKALKlCgD6pQoAAqYKAMh7EQBVpgoApKYKAKamCgD5pgoABqcKAE6nCgBRpwoAo6cKALSnCgD4pwoA+qcKAE2oCgBXqAoAoqgKAK6oCgD3qAoA/6gKAB18EQBRqQoAoakKAKSpCgD2qQoAAKoKAEuqCgBTqgoAoKoKAK2qCgD1qgoA96oKAEqrCgBgqwoAn6sKAKurCgD0qwoA/KsKAHJ8EQBMrAoAnqwKAGCsCgCJFQwAp6wKAPOsCgABrQoAc9cKAAKtCgBIrQoAU60KAJ2tCgClrQoA8q0KAP2tCgBHrgoATK4KAJyuCgCfrgoA8a4KAPuuCgAcfREATK8KAJuvCgBQrwoA8FYOALavCgDwrwoA/K8KAEWwCgBLsAoAmrAKAKKwCgDvsAoABbEKAESxCgBSsQoAmbEKAJyxCgDusQoAB7IKAEOyCgBPsgoAmLIKAKOyCgDtsgoA77IKAEKzCgBdswoAl7MKAKWzCgDsswoA+bMKAEG0CgBYtAoAcX0RAJi0CgBDWQ4ArLQKAOu0CgDstAoAQLUKAEW1CgCVtQoAm7UKAOq1CgDstQoAP7YKAEW2CgCUtgoAqLYKAOm2CgDxtgoAPrcKAE63CgCTtwoAlbcKAOi3CgD2twoAPbgKAE64CgDGfREAmLgKAOe4CgDzuAoAG34RAD65CgCRuQoAorkKAOa5CgDuuQoAO7oKAES6CgCQugoAl7oKAOW6CgDmugoAcH4RAEa7CgCPuwoAkbsKAOS7CgDruwoAObwKAEG8CgCOvAoAl7wKAOO8CgDqvAoAOL0KADm9CgDFfhEAkr0KAOK9CgDqvQoAN74KAEG+CgCMvgoAmr4KAOG+CgD3vgoANr8KAEK/CgCLvwoAkL8KAOC/CgDpvwoANcAKAD/ACgAafxEAi8AKAN/ACgDnwAoAo/sLAPfACgA0wQoAQcEKAInBCgCVwQoA3sEKAOjBCgAzwgoAN8IKAIjCCgCNwgoA3cIKAOPCCgAywwoAUsMKAIfDCgCfwwoA3MMKAPPDCgAxxAoAPcQKAIbECgCQxAoA28QKAN3ECgAwxQoAN8UKAIXFCgCMxQoA2sUKAODFCgAvxgoAO8YKAITGCgCHxgoA2cYKANzGCgAuxwoAOscKAIPHCgCGxwoA2McKAPTHCgAtyAoANcgKAG9/EQCOyAoA18gKAOHICgAsyQoALskKAIHJCgCIyQoA1skKAN3JCgArygoAMcoKAIDKCgCOygoA1coKAOLKCgAqywoAOssKAH/LCgCEywoA1MsKANzLCgApzAoAOcwKAH7MCgCDzAoA08wKANnMCgAozQoAMM0KAMR/EQCDzQoA0s0KANrNCgAnzgoAKs4KAHzOCgCIzgoA0c4KANfOCgAmzwoAQc8KAHvPCgCJzwoA0M8KAN/PCgAl0AoAMdAKAHrQCgCC0AoAboARANTQCgAk0QoALtEKAHnRCgCB0QoAztEKAO7RCgAj0goAMNIKAHjSCgB90goAzdIKANHSCgAi0woAL9MKAMOAEQB80woAzNMKAM/TCgAh1AoAK9QKAHbUCgCC1AoAy9QKAN7UCgAg1QoAL9UKAHXVCgCB1QoAytUKAMvVCgAf1goAKdYKAHTWCgCC1goAydYKAM7WCgAe1woAK9cKABiBEQB91woAyNcKAMrXCgAd2AoANtgKAHLYCgCD2AoAx9gKANPYCgAc2QoAJNkKABeCEQB42QoAxtkKAM3ZCgAb2goAIdoKAHDaCgB82goAxdoKAMjaCgAa2woAHdsKAG/bCgB32woAxNsKANTbCgAZ3AoAHtwKAG7cCgB33AoAw9wKANDcCgAY3QoAH90KAGyCEQB53QoAwt0KAM/dCgAX3goAH94KAGzeCgB23goAwd4KANDeCgAW3woAF98KAGvfCgBz3woAwN8KAM/fCgAV4AoAGuAKAGrgCgB34AoAv+AKAMzgCgAU4QoAIOEKAGnhCgB44QoAvuEKAMjhCgAT4goAIeIKAGjiCgBt4goAveIKAMriCgAS4woAGuMKAGfjCgBx4woAvOMKAMHjCgAR5AoAGeQKAMGCEQB05AoAu+QKAMfkCgAQ5QoAFuUKAGXlCgBr5QoAuuUKAL/lCgAP5goAFeYKABaDEQBw5goAueYKAL/mCgAO5woAFOcKAGPnCgBw5woAuOcKAL3nCgAN6AoAFegKAGLoCgCA6AoAFYQRALnoCgBLpw0AuugKAILGDAC96AoARFoMAM3oCgAM6QoADekKAGHpCgBm6QoAtukKALzpCgAL6goADeoKAGDqCgBm6goAteoKAMnqCgAK6woAEusKAF/rCgBv6woAtOsKALbrCgAJ7AoAF+wKAF7sCgBv7AoAaoQRALnsCgAI7QoAFO0KAL+EEQBq7QoAsu0KALrtCgAH7goAFO4KAFzuCgBe7goAse4KAMfuCgAG7woAEu8KAFvvCgBj7woAaYURALzvCgAF8AoACPAKAFrwCgBf8AoAr/AKAMDwCgAE8QoADfEKAFnxCgBj8QoArvEKALzxCgAD8goACPIKAFjyCgBl8goAvoURALnyCgAC8woAD/MKAFfzCgBZ8woArPMKAMLzCgAB9AoADfQKAFb0CgBe9AoAE4YRALD0CgAA9QoABvUKAFX1CgBd9QoAqvUKAK31CgD/9QoAC/YKAFT2CgBa9goAqfYKAMT2CgD+9goAC/cKAFP3CgBV9woAqPcKAL73CgD99woACfgKAFL4CgBa+AoAaIYRAK34CgD8+AoAAfkKAFH5CgBs+QoApvkKALT5CgD7+QoAAvoKAFD6CgBc+goApfoKAKz6CgC9hhEABfsKAE/7CgBX+woApPsKAK/7CgD5+woA/vsKAE78CgBR/AoAo/wKAK38CgD4/AoAAP0KAE39CgBb/QoAov0KAKX9CgD3/QoA//0KAEz+CgBs/goAof4KAK7+CgD2/goA+/4KAEv/CgBP/woAoP8KAK3/CgAShxEAFQALAEoACwBTAAsAnwALAKAACwD0AAsA/AALAEkBCwBZAQsAngELAKABCwDzAQsAAQILAEgCCwBZAgsAZ4cRAKMCCwDyAgsA/gILALyHEQBOAwsAEYgRAKEDCwDxAwsACwQLAEYECwBVBAsAmwQLAKYECwDwBAsA8gQLAEUFCwBSBQsAmgULAKcFCwDvBQsA+wULAEQGCwBVBgsAmQYLAJwGCwDuBgsACAcLAEMHCwBMBwsAmAcLAKUHCwDtBwsA8wcLAEIICwBOCAsAlwgLAJoICwDsCAsA8QgLAEEJCwBSCQsAlgkLALEJCwDrCQsA9wkLAEAKCwBHCgsAlQoLAJcKCwDqCgsA8QoLAD8LCwBGCwsAlAsLAJoLCwDpCwsA9QsLAD4MCwBBDAsAkwwLAJYMCwDoDAsA9AwLAD0NCwBQDQsAkg0LAKENCwDnDQsA8w0LADwOCwA9DgsAkQ4LAJsOCwDmDgsA9A4LADsPCwBADwsAkA8LAJ0PCwBmiBEA7Q8LALuIEQA8EAsAjxALAKUQCwDkEAsA8BALADkRCwBBEQsAEIkRAJQRCwDjEQsA6xELADgSCwA7EgsAjRILAJkSCwDiEgsA6BILADcTCwBSEwsAjBMLAJoTCwDhEwsA8BMLADYUCwBCFAsAixQLAJMUCwBliREA5RQLADUVCwA/FQsAihULAJIVCwDfFQsA/xULADQWCwBBFgsAiRYLAI4WCwDeFgsA4hYLADMXCwBAFwsAuokRAKsXCwAPihEA4hcLADIYCwBBGAsAhxgLAKcYCwDcGAsA6BgLADEZCwA7GQsAhhkLAJIZCwDbGQsA4RkLADAaCwA2GgsAhRoLAIoaCwDaGgsA4BoLAGSKEQA1GwsAhBsLAIkbCwDZGwsA3xsLAA6LEQAxHAsAgxwLAI0cCwDYHAsA2hwLAC0dCwBGHQsAgh0LAJMdCwDXHQsA5R0LACweCwAvHgsAgR4LAIweCwDWHgsA3h4LACsfCwAtHwsAgB8LAIgfCwDVHwsA4h8LACogCwA2IAsAfyALAIMgCwDUIAsA3CALACkhCwA4IQsAfiELAIMhCwDTIQsA4CELACgiCwA1IgsAfSILAIkiCwDSIgsA4SILACcjCwAxIwsAfCMLAIojCwDRIwsA1iMLACYkCwAzJAsAY4sRAIMkCwC4ixEA1CQLACEpCwDcJAsAJSULACslCwB6JQsAgCULAM8lCwDcJQsAJCYLACkmCwB5JgsAgSYLAM4mCwD3JgsAIycLAAInCwDNJwsASScLACIoCwBMJwsAeCcLAKEnCwANjBEA9icLAGKMEQBIKAsAdygLAKsoCwDMKAsA9SgLALeMEQAvKQsAdikLAIMpCwDLKQsA1ykLACAqCwAmKgsAdSoLAHsqCwDKKgsAzyoLAB8rCwAlKwsADI0RAJorCwBzLAsAnSsLAMkrCwDyKwsAto0RAEcsCwALjhEAmSwLAMgsCwD8LAsAHS0LAEYtCwBgjhEAfC0LAMctCwDMLQsAHC4LACQuCwC1jhEAdi4LAMYuCwDPLgsAGy8LACgvCwBwLwsAdy8LAAqPEQDNLwsAX48RAC0wCwBvMAsAezALAMQwCwDTMAsAGTELACIxCwBuMQsAeDELAMMxCwDFMQsAGDILADEyCwBtMgsAfjILAMIyCwDOMgsAFzMLAB8zCwC0jxEAejMLAMEzCwDSMwsAFjQLACI0CwBrNAsAczQLAAmQEQDFNAsAFTULAB81CwBqNQsAcjULAL81CwDPNQsAFDYLABk2CwBpNgsAcjYLAL42CwDLNgsAEzcLABo3CwBekBEAbjcLAEMDDwB1NwsAvTcLAHs3CwBn4A0AwjcLABI4CwAeOAsAZzgLAHQ4CwC8OAsAxjgLALOQEQAWOQsAZjkLAHI5CwC7OQsAyDkLABA6CwAaOgsAZToLAIE6CwC6OgsAwjoLAAiREQAUOwsAZDsLAGw7CwC5OwsAvDsLAA48CwAXPAsAYzwLAHI8CwC4PAsAwzwLAA09CwAVPQsAYj0LAHI9CwC3PQsAxT0LAAw+CwAdPgsAYT4LAG0+CwC2PgsAvj4LAF2REQARPwsAYD8LAGg/CwC1PwsAvD8LAApACwAYQAsAX0ALAGVACwC0QAsAwEALAAlBCwAYQQsAXkELAGhBCwCzQQsAuEELAAhCCwAOQgsAXUILAHFCCwCyQgsAukILAAdDCwAlQwsAXEMLAGRDCwCykREAuUMLAAeSEQAORAsAW0QLAHRECwCwRAsAuUQLAAVFCwAVRQsAWkULAGpFCwCvRQsAu0ULAARGCwAKRgsAWUYLAGdGCwCuRgsAu0YLAANHCwAaRwsAWEcLAGBHCwCtRwsAt0cLAAJICwAQSAsAV0gLAG1ICwCsSAsAuEgLAAFJCwAISQsAVkkLAF5JCwCrSQsAsEkLAABKCwAJSgsAVUoLAF9KCwCqSgsAskoLAP9KCwABSwsAVEsLAGRLCwCpSwsAs0sLAP5LCwAKTAsAU0wLAFlMCwCoTAsAsEwLALGSEQD/TAsAUk0LAGNNCwCnTQsAw00LAPxNCwAETgsABpMRAGJOCwCmTgsAt04LAPtOCwADTwsAUE8LAGlPCwClTwsAq08LAPpPCwD/TwsAT1ALAG9QCwCkUAsAsFALAPlQCwD/UAsATlELAFZRCwCjUQsAslELAPhRCwD9UQsATVILAFpSCwCiUgsAr1ILAPdSCwADUwsATFMLAFtTCwChUwsAq1MLAPZTCwAEVAsAS1QLAFBUCwCgVAsArVQLAPVUCwD4VAsASlULAFJVCwCfVQsAoVULAPRVCwD6VQsASVYLAFVWCwCeVgsAplYLAFuTEQD4VgsASFcLAExXCwCdVwsAqlcLALCTEQD7VwsAR1gLAFhYCwCcWAsAqFgLAPFYCwD+WAsARlkLAEtZCwCbWQsApVkLAPBZCwAAWgsARVoLAEpaCwCaWgsAo1oLAO9aCwD8WgsARFsLAEtbCwCZWwsApVsLAO5bCwD0WwsAQ1wLAElcCwCYXAsAnVwLAO1cCwDzXAsABZQRAEddCwCXXQsAn10LAOxdCwACXgsAQV4LAEZeCwCWXgsAnV4LAOteCwD0XgsAQF8LAFFfCwCVXwsAoV8LAOpfCwDyXwsABJURAEFgCwCUYAsAqmALAOlgCwD1YAsAPmELAEVhCwCTYQsAm2ELAFmVEQDtYQsAPWILAERiCwCSYgsAm2ILAOdiCwD4YgsAPGMLAEhjCwCRYwsAmWMLAK6VEQDoYwsAO2QLAFFkCwCQZAsAnGQLAOVkCwDsZAsAOmULAEJlCwADlhEAlGULAORlCwDrZQsAOWYLAEJmCwCOZgsAn2YLAONmCwDvZgsAOGcLAEBnCwBYlhEAj2cLAOJnCwDxZwsAN2gLAFdoCwCMaAsAjmgLAOFoCwD4aAsANmkLAEJpCwCLaQsAk2kLAAKXEQDlaQsANWoLADdqCwCKagsAkWoLAN9qCwDnagsANGsLAD1rCwCJawsAj2sLAN5rCwDvawsAM2wLADtsCwCslxEAlGwLAN1sCwDgbAsAMm0LADdtCwCHbQsAmG0LANxtCwD3bQsAMW4LAD1uCwCGbgsAjm4LAAGYEQDxbgsAMG8LADFvCwCFbwsAim8LANpvCwDgbwsAL3ALADlwCwCEcAsAjHALANlwCwDrcAsAVpgRADtxCwCDcQsAjXELANhxCwDecQsALXILAEFyCwCCcgsAinILANdyCwDncgsALHMLADFzCwCBcwsAh3MLANZzCwDecwsAK3QLACx0CwCAdAsAgnQLANV0CwDkdAsAKnULAEp1CwB/dQsAgXULANR1CwDrdQsAKXYLADV2CwB+dgsAhnYLAKuYEQDbdgsAKHcLAEF3CwB9dwsAhncLANJ3CwDcdwsAJ3gLAC94CwB8eAsAjHgLANF4CwDWeAsAJnkLAC95CwB7eQsAiHkLANB5CwDXeQsAJXoLAC16CwBVmREAhHoLAM96CwDXegsAJHsLADJ7CwB5ewsAhnsLAM57CwDWewsAI3wLACV8CwB4fAsAgHwLAM18CwDOfAsAIn0LACR9CwB3fQsAhn0LAMx9CwDsfQsAIX4LACN+CwB2fgsAjX4LAMt+CwDXfgsAIH8LADp/CwB1fwsAoX8LAMp/CwDNfwsAH4ALACSACwB0gAsAgYALAKqZEQDLgAsAHoELACiBCwBzgQsAgoELAMiBCwDTgQsAHYILACuCCwByggsAf4ILAMeCCwDeggsAHIMLACSDCwBxgwsAcoMLAMaDCwDIgwsAG4QLACqECwBwhAsAkIQLAMWECwDHhAsAGoULADGFCwBvhQsAe4ULAMSFCwDMhQsA/5kRAB6GCwBuhgsAdIYLAMOGCwDLhgsAGIcLADeHCwBthwsAeocLAMKHCwDDhwsAF4gLAC2ICwBsiAsAiIgLAFSaEQDGiAsAFokLACCJCwBriQsAc4kLAMCJCwDBiQsAFYoLAMKJCwAMkwsAG4oLAGqKCwB2igsAv4oLAM+KCwAUiwsAIosLAGmLCwB8iwsAvosLAMqLCwATjAsAGowLAGiMCwBwjAsAvYwLAMGMCwASjQsAII0LAGeNCwBxjQsAvI0LAMeNCwARjgsAGY4LAGaOCwCejgsAu44LAMOOCwAQjwsAFY8LAGWPCwBrjwsAuo8LAMKPCwAPkAsAKZALAGSQCwCckAsAuZALAMGQCwAOkQsAE5ELAGORCwBpkQsAuJELAMCRCwANkgsAJ5ILAGKSCwB8kgsAt5ILAO+SCwCpmhEAFJMLAGGTCwBokwsAtpMLAMKTCwALlAsADJQLAGCUCwBslAsAtZQLAMKUCwAKlQsAEZULAF+VCwBrlQsAtJULAMGVCwAJlgsAGJYLAF6WCwBylgsA/poRALWWCwAIlwsAv5YLAGwwDgALlwsAp6ANABWXCwDRdwwAF5cLAF2XCwB9lwsAspcLALSXCwAHmAsAHpgLAFyYCwBomAsAsZgLALmYCwBTmxEACJkLAFuZCwBomQsAsJkLALmZCwAFmgsAB5oLAFqaCwBrmgsAr5oLAMCaCwAEmwsAGJsLAKibEQB5mwsArpsLALCbCwADnAsAGpwLAFicCwBknAsArZwLALWcCwD9mxEABJ0LAFedCwBanQsArJ0LALSdCwABngsADp4LAFaeCwBbngsAq54LALWeCwAAnwsACJ8LAFWfCwBunwsAqp8LALafCwD/nwsAC6ALAFSgCwBhoAsAqaALALGgCwD+oAsADqELAFOhCwBYoQsAqKELALGhCwD9oQsACqILAFKiCwBZogsAp6ILAK+iCwBSnBEACaMLAFGjCwBUowsApqMLALCjCwD7owsA/aMLAFCkCwBhpAsApaQLALakCwD6pAsABqULAE+lCwBWpQsApKULAL6lCwD5pQsAAaYLAE6mCwBPpgsA768LAFimCwCjpgsAqaYLAPimCwAMpwsATacLAFWnCwCipwsArKcLAPenCwD8pwsATKgLAFSoCwChqAsAr6gLAPaoCwADqQsAS6kLAE6pCwCgqQsAqqkLAPWpCwD3qQsASqoLAFuqCwCfqgsAsKoLAPSqCwD8qgsAp5wRAFOrCwCeqwsAuqsLAPOrCwD7qwsA/JwRAEmsCwCdrAsAs6wLAPKsCwD6rAsAR60LAFWtCwCcrQsAqa0LAPGtCwD0rQsARq4LAFCuCwCbrgsAna4LAPCuCwABrwsARa8LAFavCwCarwsAoq8LAFGdEQAAsAsARLALAFCwCwCZsAsAm7ALAO6wCwDxsAsAQ7ELAE+xCwCYsQsAoLELAKadEQD2sQsAQrILAE+yCwCXsgsAn7ILAOyyCwD+sgsAQbMLAE6zCwCWswsAl7MLAOuzCwABtAsAQLQLAEi0CwCVtAsAo7QLAOq0CwD3tAsAP7ULAEK1CwCUtQsAnrULAOm1CwDrtQsAPrYLAE+2CwCTtgsApLYLAOi2CwDwtgsA+50RAEq3CwCStwsAnLcLAOe3CwD1twsAPLgLAFK4CwCRuAsAnbgLAOa4CwDyuAsAO7kLAEG5CwCQuQsAlrkLAOW5CwDquQsAOroLAEC6CwBQnhEAlLoLAOS6CwDmugsAObsLAEC7CwCOuwsAlrsLAOO7CwDmuwsAOLwLAEG8CwCNvAsAnLwLAOK8CwDtvAsAN70LAD+9CwCMvQsAnL0LAOG9CwDvvQsANr4LAEe+CwCLvgsAl74LAOC+CwDovgsAT58RAFO/CwCKvwsAkr8LAKSfEQDrvwsANMALAErACwCJwAsAkcALAN7ACwD9wAsA+Z8RADbBCwCm+AsAQMELAIjBCwCLwQsAkQkQAJDBCwDdwQsAksELACscDgDfwQsAMsILAOfBCwB7zgsA7sELAILHCwA/wgsAh8ILAJvCCwDcwgsA5MILADHDCwA2wwsAhsMLAJbDCwDbwwsA48MLADDECwA6xAsAhcQLAJDECwDaxAsA5sQLAC/FCwA3xQsATqARAInFCwDZxQsA4sULAC7GCwA0xgsAg8YLAJLGCwDYxgsA5MYLAC3HCwAwxwsAo6ARAIfHCwDXxwsA5scLACzICwAuyAsAgcgLAJLICwDWyAsA58gLACvJCwA/yQsAgMkLAIjJCwDVyQsA48kLACrKCwA3ygsAf8oLAILKCwDUygsA3soLACnLCwArywsAfssLAI/LCwDTywsA5MsLACjMCwA0zAsAfcwLAITMCwDSzAsA2swLACfNCwA+zQsAfM0LAIjNCwDRzQsA580LACbOCwApzgsA+KARAIbOCwDQzgsA3M4LACXPCwAtzwsATaERAIbPCwDPzwsA5c8LACTQCwAn0AsAedALAIHQCwDO0AsA0NALACPRCwA+0QsAeNELAHrRCwDN0QsA29ELACLSCwAz0gsAd9ILAHnSCwDM0gsA5dILACHTCwAy0wsAdtMLAILTCwCioREA0dMLACDUCwAu1AsAddQLAJDUCwDK1AsA1tQLAB/VCwAl1QsAdNULAHzVCwDJ1QsA2dULAB7WCwAj1gsAc9YLAHzWCwDI1gsA1dYLAB3XCwAk1wsActcLAHrXCwD3oREAzNcLABzYCwAi2AsAcdgLAHnYCwDG2AsA8tgLABvZCwAi2QsAcNkLAInZCwDF2QsA1NkLABraCwA22gsATKIRAHTaCwDE2gsAztoLABnbCwAp2wsAbtsLAHPbCwDD2wsAzNsLABjcCwAl3AsAbdwLAHTcCwDC3AsAztwLABfdCwAq3QsAbN0LAHvdCwDB3QsAzd0LABbeCwAX3gsAa94LAHXeCwDA3gsAzt4LABXfCwAa3wsAat8LAHffCwChohEA0N8LABTgCwAW4AsAaeALAGzgCwC+4AsAweALABPhCwAa4QsAaOELAHThCwC94QsAzeELABLiCwAi4gsAZ+ILAGziCwC84gsAxeILABHjCwAe4wsAZuMLAG3jCwC74wsAx+MLABDkCwAW5AsAZeQLAGvkCwC65AsAv+QLAA/lCwAV5QsAoKMRAG7lCwC55QsAx+ULAA7mCwAe5gsAY+YLAGXmCwC45gsAx+YLAA3nCwAX5wsAYucLAGrnCwCfpBEAvecLAAzoCwAY6AsA9KQRAGboCwC26AsAvugLAAvpCwAb6QsAYOkLAG7pCwC16QsAwukLAArqCwAR6gsAX+oLAGfqCwCepREAxeoLAAnrCwAQ6wsAXusLAGbrCwCz6wsAwOsLAAjsCwAN7AsAXewLAGfsCwCy7AsAuuwLAAftCwAg7QsAXO0LAGjtCwCx7QsAue0LAPOlEQAS7gsAW+4LAF7uCwCw7gsAte4LAAXvCwAW7wsAWu8LAHXvCwCv7wsAu+8LAATwCwAL8AsAWfALAHXwCwCu8AsAtvALAEimEQAI8QsAWPELAGLxCwCt8QsAtfELAALyCwAE8gsAj2MNABLyCwBX8gsAXPILAKzyCwC18gsAAfMLAA7zCwBW8wsAXfMLAJ2mEQC08wsAAPQLAA30CwBV9AsAZPQLAKr0CwC09AsA//QLAA31CwBU9QsAWfULAKn1CwC29QsA/vULAAb2CwDyphEAX/YLAKj2CwC19gsA/fYLAAD3CwBS9wsAYPcLAKf3CwCs9wsA/PcLAAn4CwBR+AsAWfgLAEenEQCu+AsA+/gLAAH5CwBQ+QsAAvkLAL+JDABc+QsApfkLAML5CwD6+QsAA/oLAE/6CwBd+gsApPoLAKr6CwD5+gsABfsLAE77CwBV+wsAnKcRAKT7CwDgaAwAr/sLAPj7CwCz+wsAjmUMAAv8CwBN/AsAV/wLAKL8CwCu/AsA9/wLAAT9CwBM/QsAT/0LAKH9CwCv/QsA9v0LAPv9CwBL/gsAWP4LAKD+CwCo/gsA8acRAPv+CwBK/wsAWP8LAJ//CwC6/wsA9P8LAAAADABJAAwATwAMAJuoEQDBAAwA8KgRAPgADABIAQwAVQEMAJ0BDACqAQwA8gEMAP4BDABHAgwAVgIMAJwCDACmAgwA8QIMAP8CDABGAwwASwMMAJsDDACoAwwA8AMMAAwEDABFBAwATQQMAEWpEQCfBAwA7wQMAPUEDABEBQwATAUMAJkFDACaBQwA7gUMAPUFDABDBgwASAYMAJgGDACgBgwA7QYMAPsGDABCBwwARQcMAJcHDACfBwwA7AcMAPkHDABBCAwARggMAJYIDACgCAwA6wgMAPMIDABACQwAUQkMAJUJDACaCQwA6gkMAOwJDAA/CgwARgoMAJQKDACgCgwA6QoMAPAKDACaqREASgsMAJMLDACwCwwA6AsMAPELDAA9DAwASwwMAJIMDACYDAwA5wwMAPMMDAA8DQwAQw0MAJENDACZDQwA5g0MAPwNDAA7DgwAQA4MAJAODACXDgwA5Q4MAO4ODAA6DwwASw8MAI8PDACbDwwA5A8MAOwPDABEqhEAPxAMAI4QDACTEAwA4xAMAP4QDAA4EQwARhEMAI0RDACUEQwA4hEMAO4RDAA3EgwAOhIMAIwSDACUEgwA4RIMAOISDAA2EwwAOBMMAIsTDACaEwwA4BMMAAAUDAA1FAwANxQMAIoUDAChFAwA3xQMAOsUDAA0FQwAPBUMAJmqEQCOFQwA3hUMAOYVDAAzFgwAQxYMAIgWDACWFgwA3RYMAO4WDAAyFwwAPhcMAIcXDACKFwwA3BcMAOQXDAAxGAwAPxgMAIYYDACTGAwA2xgMAOMYDAAwGQwAaBkMAO6qEQCGGQwA2hkMAOYZDAAvGgwAPhoMAIQaDACMGgwAQ6sRANsaDAAuGwwAPBsMAIMbDACUGwwAmKsRAN8bDADtqxEANRwMAJesEQCDHAwAZjgMAIUcDADOJQwAhhwMACseDACIHAwAISgMAIkcDAB8IgwAixwMAGQ6DACOHAwA1xwMAI8cDAB+IAwAkRwMAHEtDADdHAwALB0MADIdDACBHQwAhh0MANYdDADcHQwA7KwRAC0eDACAHgwAhh4MANUeDADiHgwA660RADcfDAB/HwwAlh8MANQfDADwHwwAKSAMADEgDABArhEAgyAMANMgDADdIAwAKCEMADYhDAB9IQwAjCEMANIhDADeIQwAla4RAC8iDADqrhEAiCIMANEiDADSIgwAJiMMACwjDAB7IwwAhyMMANAjDADfIwwAJSQMACckDAB6JAwAhCQMAM8kDADbJAwAJCUMACslDAA/rxEAgSUMAJSvEQDYJQwAIyYMACkmDAB4JgwAhiYMAM0mDADcJgwAIicMACwnDAB3JwwAkycMAMwnDADUJwwA6a8RAC0oDAB2KAwAhSgMAMsoDADQKAwAICkMADspDAB1KQwAgSkMAMopDADQKQwAHyoMACEqDAB0KgwAjSoMAMkqDADaKgwAHisMACorDABzKwwAiysMAMgrDADUKwwAHSwMACMsDAByLAwAeCwMAMcsDADMLAwAHC0MACItDAA+sBEAdi0MAMYtDADMLQwAGy4MANwtDADBMgwAJy4MAHAuDACILgwAxS4MAMkuDABuMAwA0S4MABovDAAgLwwAby8MAHUvDADELwwAyS8MABkwDAAfMAwAPbERAHAwDADDMAwAyTAMABgxDAAlMQwAPLIRAHoxDADCMQwA2TEMABcyDAAzMgwAbDIMAHQyDACRshEAwjIMABYzDAAkMwwAazMMAHwzDADAMwwAzDMMABU0DAAtNAwAajQMAG40DAATNgwAdjQMAL80DADFNAwAFDUMABo1DABpNQwAbjUMAL41DADENQwA5rIRABU2DABoNgwAbjYMAL02DADKNgwA5bMRAB83DABnNwwAfjcMALw3DADYNwwAETgMABk4DAA6tBEAaDgMALs4DADBOAwAEDkMABM5DABlOQwAcTkMALo5DADWOQwADzoMABc6DACPtBEAZzoMALk6DADFOgwADjsMABQ7DABjOwwAezsMALg7DAC8OwwAYT0MAL87DACyQQwAxDsMAA08DADFOwwAtD8MABM8DABiPAwAaDwMALc8DAC8PAwADD0MABI9DADktBEAYz0MALY9DAC8PQwACz4MABg+DADjtREAbT4MALU+DADMPgwACj8MACY/DABfPwwAZz8MADi2EQC5PwwACUAMABNADABeQAwAbEAMALNADADCQAwACEEMABRBDACNthEAZUEMAOK2EQC+QQwAB0IMAAhCDABcQgwAYkIMALFCDAC9QgwABkMMABVDDABbQwwAXUMMALBDDAC6QwwABUQMABFEDABaRAwAYUQMADe3EQC3RAwAjLcRAA5FDABZRQwAZUUMAK5FDADERQwAA0YMAA9GDABYRgwAa0YMAK1GDAC7RgwAAkcMAAxHDADhtxEAX0cMADa4EQDCRwwAAUgMAA1IDABWSAwAY0gMAKtIDAC1SAwAAEkMAAJJDABVSQwAX0kMAKpJDAC4SQwA/0kMAARKDABUSgwAYUoMAKlKDACxSgwA/koMAA5LDABTSwwAVUsMAKhLDACxSwwA/UsMAA5MDABSTAwAXEwMAIu4EQCzTAwA/EwMABNNDABRTQwAbE0MAOC4EQC/TQwA+00MAAFODABQTgwAWk4MADW5EQCnTgwA+k4MAAtPDABPTwwAV08MAKRPDABrTwwAfHcMALBPDAD5TwwA/08MAE5QDABUUAwAo1AMAKhQDAD4UAwA/lAMAIq5EQBpUQwAolEMAKpRDACJuhEABVIMAExSDABdUgwAoVIMALJSDAD2UgwAAlMMAEtTDABSUwwA3roRALFTDAD1UwwABlQMAEpUDABWVAwAn1QMAKZUDAAzuxEA9lQMAElVDABKVQwAnlUMAKZVDADzVQwA+FUMAEhWDABRVgwAnVYMAKdWDADyVgwA+lYMAEdXDABMVwwAnFcMAKxXDADxVwwA+VcMAEZYDABcWAwAm1gMAKdYDADwWAwABlkMAEVZDABKWQwAmlkMAKBZDADvWQwAA1oMAIi7EQBaWgwAmVoMAKdaDADuWgwA+1oMAENbDABFWwwAmFsMAKJbDADtWwwA+VsMAEJcDABJXAwAl1wMAJ9cDADsXAwABV0MAEFdDABVXQwAll0MAJ5dDADrXQwA7V0MAEBeDABNXgwAlV4MAJpeDADqXgwA9F4MAD9fDABKXwwAlF8MAKBfDADpXwwA718MAD5gDABGYAwAk2AMAJRgDADoYAwA7mAMAD1hDABCYQwAkmEMAKFhDADnYQwA82EMADxiDAA/YgwAkWIMAJRiDADduxEA62IMADtjDABXYwwAMrwRALBjDADlYwwA7WMMAIe8EQBAZAwAj2QMAJtkDADcvBEA6mQMADllDABFZQwAL78RAJBlDADjZQwA7WUMADhmDAA6ZgwAjWYMAJ5mDADiZgwA6mYMADdnDABDZwwAjGcMAJJnDADhZwwA52cMADZoDAA7aAwAi2gMAJFoDACEvxEA4mgMADVpDAA7aQwAimkMAI1pDADfaQwA62kMADRqDAA8agwAg8ARAI9qDADeagwA5GoMADNrDAA4awwAiGsMAI5rDADYwBEA32sMADJsDAA7bAwAh2wMAJ5sDADcbAwA52wMADFtDAA7bQwAhm0MAI5tDADXwREA6G0MADBuDAA4bgwAhW4MAI9uDADabgwA5W4MAC9vDAA1bwwAhG8MAJBvDADZbwwA228MAC5wDAA1cAwAg3AMAItwDADYcAwA6nAMACzCEQBrcQwAgnEMAIpxDADXcQwA+nEMACvDEQAucgwAgXIMAI5yDADWcgwA3XIMACtzDAA8cwwAgHMMAIxzDADVcwwA3HMMACp0DAArdAwAtJQMADJ0DACAwxEAknQMANR0DADjdAwAKXUMADV1DAB+dQwAf3UMANN1DADddQwAKHYMADZ2DAB9dgwAgnYMANJ2DADfdgwA1cMRAC93DAAqxBEAhHcMAH/EEQDfdwwAJngMADV4DAB7eAwAm3gMANB4DADceAwAJXkMACx5DAB6eQwAgnkMAM95DADReQwAJHoMAC56DAB+xREAg3oMAM56DADWegwA08URAC17DAB4ewwAgHsMACjGEQAMfAwAInwMACp8DAB3fAwAlXwMAH3GEQDafAwAIX0MACh9DACDGQ4AMX0MAHZ9DACGfQwAy30MANd9DAAgfgwAJn4MAHV+DACRfgwAyn4MANJ+DADSxhEAM38MAHR/DAB+fwwAyX8MANV/DAAegAwAJoAMACfHEQB+gAwAyIAMAMqADAAdgQwAI4EMAHKBDAB6gQwAfMcRAMmBDAAcggwAH4IMAHGCDAB5ggwAxoIMANaCDAAbgwwAHYMMAHCDDAB+gwwAxYMMANaDDADRxxEAIYQMACbIEQB1hAwAxIQMAMmEDAAZhQwAH4UMAHvIEQB4hQwAw4UMAMWFDAAYhgwAK4YMAG2GDAB1hgwAwoYMAM6GDAAXhwwAHYcMAGyHDAByhwwAwYcMAMaHDAAWiAwAHIgMAHrJEQB0iAwAwIgMAM2IDAAViQwAHIkMAGqJDAByiQwAz8kRAMuJDAAUigwAHooMAGmKDAB1igwAvooMAM2KDAATiwwAHYsMAGiLDAB0iwwAvYsMAMSLDAAkyhEAFYwMAADxDgAYjAwAZ4wMACGMDAA9Cg4Ac4wMALyMDADEjAwAecoRAB2NDABmjQwAcI0MALuNDADHjQwAEI4MAB+ODABljgwAb44MALqODADGjgwAD48MABaPDADOyhEAco8MALmPDACEjwwAovoNANCPDAAOkAwAG5AMAGOQDABlkAwAuJAMAMmQDAANkQwAKZEMAGKRDABqkQwAI8sRANCRDAAMkgwAIJIMAGGSDABpkgwAtpIMALmSDAALkwwAGZMMAGCTDAB3kwwAtZMMAMKTDAAKlAwADJQMAF+UDABwlAwAeMsRALqUDAAJlQwADpUMAF6VDAB0lQwAs5UMAMGVDAAIlgwAC5YMAF2WDABplgwAspYMALiWDAAHlwwAE5cMAFyXDACIlwwAsZcMAL2XDAAGmAwAFZgMAFuYDABlmAwAsJgMAL6YDAAFmQwACpkMAFqZDABnmQwAzcsRALGZDAAEmgwAEpoMAFmaDABmmgwArpoMAMCaDAAizBEAEpsMAFibDABkmwwArZsMAMabDAACnAwABJwMAFecDABmnAwArJwMAMycDAABnQwACZ0MAFadDAB5nQwAd8wRALCdDAAAngwAA54MAFWeDABfngwAqp4MALKeDAD/ngwABZ8MAFSfDABgnwwAqZ8MALifDAD+nwwACqAMAFOgDABgoAwAqKAMALKgDAD9oAwABaEMAFKhDABhoQwAp6EMAKmhDAD8oQwADaIMAFGiDABiogwApqIMAK6iDAD7ogwADKMMAFCjDABSowwApaMMAKijDAD6owwABKQMAE+kDABzpAwApKQMAMCkDADMzBEA/6QMAE6lDABTpQwAo6UMALKlDAD4pQwABKYMAE2mDABQpgwAoqYMAKWmDAD3pgwA/6YMAEynDABbpwwAoacMAKanDAD2pwwADKgMAEuoDABMqAwAoKgMALGoDAD1qAwAAakMAEqpDABUqQwAn6kMAKupDAD0qQwA+6kMACHNEQBNqgwAnqoMAKyqDADzqgwA/aoMAEirDABTqwwAnasMAKWrDADyqwwA/qsMAEesDABarAwAnKwMAKqsDADxrAwA+6wMAEatDABOrQwAm60MAKqtDADwrQwA9a0MAEWuDABMrgwAmq4MAKauDAB2zREA+64MAESvDABHrwwAma8MAJyvDADurwwACLAMAEOwDABPsAwAmLAMAKuwDADtsAwA+7AMAEKxDABMsQwAl7EMALqxDADLzREA9rEMAEGyDABNsgwAlrIMAJ2yDADrsgwA87IMAECzDABEswwAlbMMAKOzDADqswwA9LMMAD+0DABKtAwAlLQMAJy0DADptAwA+LQMAD61DABDtQwAk7UMAJq1DADotQwA9LUMAD22DABFtgwAIM4RAKi2DADOzQ4Aq7YMAOe2DADxtgwAPLcMAEi3DACRtwwAlLcMAOa3DADwtwwAO7gMAD64DACQuAwAoLgMAOW4DADnuAwAOrkMAEi5DACPuQwAoLkMAHXOEQDruQwAys4RAFK6DACOugwAmLoMAOO6DADvugwAOLsMADu7DACNuwwAl7sMAB/PEQDnuwwAN7wMAFe8DACMvAwAlLwMAHTPEQDvvAwANr0MAEy9DACLvQwAl70MAOC9DADnvQwANb4MAD2+DACKvgwAj74MAN++DADovgwANL8MAD6/DACJvwwAkb8MAN6/DADsvwwAM8AMAEDADACIwAwAkMAMAMnPEQDtwAwAMsEMADrBDAAe0BEAjsEMANzBDADowQwAMcIMADjCDACGwgwAjsIMANvCDADlwgwAMMMMAD7DDACFwwwAm8MMANrDDADmwwwAL8QMADTEDACExAwAjcQMANnEDADjxAwALsUMADbFDACDxQwAiMUMANjFDADoxQwALcYMADXGDABz0BEAjMYMANfGDADaxgwAD44NAN/GDADI0BEAOscMAIHHDACXxwwA1scMAOLHDAAryAwAMsgMAIDIDACIyAwA1cgMANrIDAAqyQwAM8kMAH/JDACJyQwA1MkMANzJDAApygwAK8oMAMjVDAA3ygwAfsoMAIvKDADTygwA28oMAB3REQA0ywwAfcsMAIDLDADSywwA3MsMAHLREQA1zAwAfMwMAJLMDADRzAwA3cwMACbNDAAtzQwAe80MAIPNDADQzQwA1c0MACXODAAuzgwAes4MAITODADPzgwA184MACTPDAAmzwwAec8MAInPDADOzwwA2M8MACPQDAAv0AwAeNAMAH7QDAAc0hEA29AMACLRDAA40QwAd9EMAIPRDADM0QwA0dEMACHSDAAq0gwAdtIMAIDSDADL0gwA09IMACDTDABC0wwAcdIRAITTDADK0wwA1tMMAB/UDAAg1AwAdNQMAH7UDADJ1AwA19QMAB7VDAAj1QwAc9UMAIDVDADG0hEA2NUMAB3WDAAn1gwActYMAH7WDADH1gwAzdYMABzXDAAk1wwAxdMRAHbXDADG1wwAztcMABvYDAAn2AwAEeIMADTYDABw2AwAfNgMAMXYDADN2AwAGtQRACfZDABv2QwAd9kMAMTZDADS2QwAGdoMACbaDABu2gwAcdoMAMPaDADN2gwAGNsMABrbDABt2wwAetsMAMLbDADR2wwAF9wMACPcDABs3AwAdNwMAG/UEQDR3AwAFt0MAB7dDABr3QwAd90MAMDdDADG3QwAFd4MABveDABq3gwAb94MAL/eDADF3gwAxNQRACHfDABp3wwAbt8MAL7fDADI3wwAE+AMABvgDABo4AwAdOAMAL3gDADQ4AwAEuEMACDhDABn4QwAauEMALzhDADG4QwAGdURACTiDABm4gwAdOIMALviDAC+4gwAEOMMABrjDABu1REAauMMALrjDABz4wwARgINAMLjDAAP5AwAG+QMAGTkDABq5AwAueQMAHfkDADz/wwAv+QMAA7lDAAT5QwAY+UMAGnlDADD1REAvuUMAA3mDAAS5gwAYuYMAGjmDAAY1hEAxeYMAAznDAAn5wwAYecMAG3nDAC25wwAvecMAG3WEQAU6AwAYOgMAG3oDAC16AwAwegMAArpDAAd6QwAX+kMAGDpDAC06QwAwOkMAAnqDAAY6gwAXuoMAGjqDACz6gwAv+oMAAjrDAAP6wwAwtYRAGPrDACy6wwAuOsMAAfsDAAM7AwAXOwMAGLsDABs1xEAuuwMAAbtDAAT7QwAW+0MAF/tDACw7QwAsu0MAAXuDAAS7gwAWu4MAGTuDADB1xEAtu4MAATvDAAM7wwAWe8MAGXvDACu7wwAwe8MAAPwDAAS8AwAWPAMAGTwDACt8AwArvAMAALxDAAM8QwAV/EMAGXxDACs8QwAsfEMAAHyDAAO8gwAFtgRAGLyDACr8gwAsfIMAADzDAAG8wwAVfMMAFrzDACq8wwAsPMMAGvYEQAE9AwAVPQMAF70DAAV2REAsfQMAP70DAAL9QwAU/UMAFj1DACo9QwAsvUMAP31DAAF9gwAUvYMAF72DACn9gwAuvYMAPz2DAD99gwAUfcMAF33DACm9wwAtfcMAPv3DAAF+AwAUPgMAFj4DACl+AwAp/gMAGrZEQAD+QwAT/kMAF75DACk+QwAs/kMAPn5DAAF+gwATvoMAFH6DACj+gwApvoMAL/ZEQD6+gwATfsMAFD7DACi+wwAqvsMAPf7DAAE/AwATPwMAFH8DACh/AwAq/wMAPb8DAD+/AwAS/0MAFf9DACg/QwAs/0MAPX9DAD2/QwASv4MAFb+DACf/gwArv4MAPT+DAD+/gwASf8MAFX/DACe/wwApf8MABTaEQACAA0ASAANAFQADQCdAA0AngANAPIADQD8AA0ARwENAFUBDQCcAQ0AoQENAPEBDQD+AQ0AadoRAFcCDQC+2hEAqAINAPACDQD+Ag0ARQMNAFYDDQCaAw0AvAMNABPbEQD0Aw0ARAQNAPUDDQC4Og0ATAQNAJkEDQCaBA0A6ggNAJwEDQDpCQ0AngQNAOsHDQCfBA0APQsNAKAEDQDsBg0AqAQNAO4EDQCyBA0AOg4NAPMEDQBDBQ0AUAUNAJgFDQClBQ0A7QUNAPkFDQBCBg0AUQYNAJcGDQChBg0AaNsRAPoGDQBBBw0AQwcNAJYHDQCnBw0AvdsRAOwHDQBACA0ATAgNAJUIDQCiCA0AEtwRAPgIDQA/CQ0ATAkNAJQJDQCrCQ0AZ9wRAPIJDQCRDA0A8wkNAD4KDQBACg0AkwoNAJkKDQDoCg0A8goNALzcEQBJCw0AkgsNAJQLDQDnCw0A9gsNADwMDQBHDA0AEd0RAKAMDQDmDA0A9QwNADsNDQBHDQ0AkA0NAJwNDQDlDQ0A7A0NAGbdEQBGDg0Ajw4NAJcODQC73REA/Q4NADkPDQBKDw0Ajg8NAJoPDQAQ3hEA6g8NADgQDQBAEA0AjRANAI4QDQDiEA0A6BANADcRDQA8EQ0AjBENAI0RDQDhEQ0A7RENADYSDQA8Eg0AixINAJUSDQDgEg0A7hINADAYDQD0Eg0ANRMNAD0TDQBl3hEAmhMNAN8TDQDnEw0ANBQNAD0UDQCJFA0AQRQNADEXDQCWFA0A3hQNAOUUDQAzFQ0APxUNAIgVDQCYFQ0A3RUNAOsVDQAyFg0APxYNAIcWDQCTFg0A3BYNAOMWDQC63hEAOhcNAIYXDQCXFw0A2xcNAOwXDQAP3xEAPBgNAIUYDQCIGA0A2hgNAOIYDQAvGQ0ANBkNAIQZDQCUGQ0A2RkNAOEZDQAuGg0ANxoNAIMaDQA7Gg0AKx0NAJAaDQDYGg0A3xoNAC0bDQA5Gw0AghsNAJIbDQDXGw0A5RsNACwcDQA5HA0AgRwNAI0cDQDWHA0A3RwNAGTfEQA0HQ0AgB0NAJEdDQDVHQ0A5h0NALnfEQAvHg0Afx4NAIweDQDUHg0A4B4NACkfDQAzHw0Afh8NAJIfDQDTHw0A1B8NACggDQA0IA0AfSANAJwgDQDSIA0A2iANACchDQAsIQ0AfCENAJUhDQDRIQ0A/SENACYiDQAyIg0AeyINAIoiDQDQIg0A2iINACUjDQAtIw0AeiMNAIUjDQDPIw0A0SMNACQkDQAnJA0AeSQNAIEkDQDOJA0A2yQNACMlDQAoJQ0AeCUNAIAlDQDNJQ0AzyUNACImDQAsJg0AdyYNAIEmDQDMJg0A0iYNACEnDQAvJw0AdicNAI8nDQDLJw0A1CcNACAoDQAqKA0AdSgNAIEoDQAO4BEA1igNAB8pDQApKQ0AdCkNAH8pDQDJKQ0AzikNAB4qDQAlKg0AcyoNAHsqDQDIKg0A9SoNAGPgEQAkKw0AcisNAHorDQDHKw0A9CsNABwsDQAhLA0AcSwNAHIsDQDGLA0A0CwNABstDQApLQ0AcC0NAHUtDQDFLQ0A0i0NABouDQA2Lg0Aby4NAIsuDQC44BEA0S4NABkvDQAdLw0Abi8NAHQvDQDDLw0AxS8NABgwDQAZMA0AbTANAJAwDQDCMA0A5jANABcxDQBEMQ0AbDENAHQxDQDBMQ0AxjENABYyDQAjMg0AazINAHMyDQDAMg0AwjINABUzDQAdMw0AajMNAJczDQC/Mw0AzDMNABQ0DQAZNA0AaTQNAHY0DQC+NA0AyjQNABM1DQBANQ0AaDUNAHA1DQC9NQ0A2DUNABI2DQAUNg0AZzYNAHg2DQC8Ng0AxTYNABE3DQAdNw0ADeERAHM3DQC7Nw0A1jcNABA4DQAVOA0AZTgNAIU4DQC6OA0AxjgNAA85DQAXOQ0AYuERAHI5DQC5OQ0AwzkNAA46DQAZOg0AYzoNAGs6DQAM4hEAwToNAA07DQAXOw0AYjsNAG07DQC3Ow0AyzsNAAw8DQAhPA0AYTwNAGk8DQC2PA0AzTwNAAs9DQAQPQ0AYD0NAGo9DQC1PQ0AvT0NAGHiEQAMPg0AXz4NAHA+DQC0Pg0Atz4NAAk/DQAVPw0AtuIRAGw/DQCzPw0AxD8NAAvjEQALQA0AXUANAGBADQCyQA0AvkANAAdBDQANQQ0AXEENAGZBDQBg4xEAvkENAAZCDQAdQg0AW0INAGNCDQC14xEAwEINAAVDDQARQw0AWkMNAGBDDQCvQw0Au0MNAAREDQC9Qw0A5rQPABFEDQBZRA0AaEQNAK5EDQC6RA0AA0UNAAtFDQAK5BEAYEUNAK1FDQCvRQ0AAkYNABFGDQBXRg0AYUYNAKxGDQC1Rg0AAUcNAANHDQBWRw0AZ0cNAKtHDQDARw0AAEgNAAhIDQBVSA0AlUgNAKpIDQCySA0A/0gNAAtJDQBUSQ0AZ0kNAKlJDQCqSQ0A/kkNAApKDQBTSg0AYkoNAKhKDQCySg0A/UoNAAlLDQBSSw0AWUsNALTkEQDDSw0ACeURAP9LDQBRTA0AWUwNAKZMDQCzTA0A+0wNAABNDQBQTQ0AWk0NAKVNDQCtTQ0A+k0NAARODQBLUg0ACk4NAElUDQAnTg0AT04NAFlODQCkTg0AX04NAE1QDQCqTg0A+U4NAAJPDQBOTw0AWk8NAKNPDQDQTw0A+E8NABRQDQCz5REAT1ANAKJQDQCzUA0A91ANAPpQDQBMUQ0AWFENAKFRDQDOUQ0A9lENABJSDQAI5hEAUVINAKBSDQCpUg0A9VINAP9SDQBKUw0AVVMNAJ9TDQCzUw0A9FMNABBUDQBd5hEAS1QNAJ5UDQCvVA0A81QNAPZUDQBIVQ0AXFUNAJ1VDQC5VQ0AsuYRAPpVDQAH5xEAT1YNAFznEQCoVg0A8VYNAPdWDQBGVw0ATFcNAJtXDQCgVw0A8FcNAPZXDQCx5xEAT1gNAJpYDQCiWA0AW+gRAPVYDQBEWQ0ATFkNAJlZDQCmWQ0A7lkNAPpZDQBDWg0ARVoNAJhaDQCeWg0A7VoNAPVaDQBCWw0AVFsNALDoEQCkWw0A7FsNAPNbDQBBXA0ASVwNAJZcDQCbXA0A61wNAPtcDQBAXQ0ASF0NAJVdDQCjXQ0A6l0NAPddDQA/Xg0AQF4NAJReDQCdXg0A6V4NAPNeDQAF6REAQ18NAJNfDQCfXw0A6F8NAOtfDQA9YA0ARWANAJJgDQCfYA0A52ANAOxgDQA8YQ0ARmENAJFhDQCZYQ0A5mENAPJhDQA7Yg0ATmINAJBiDQCeYg0A5WINAOhiDQA6Yw0ARGMNAFrpEQCqYw0A5GMNAOZjDQA5ZA0AR2QNAI5kDQCfZA0A42QNAOVkDQA4ZQ0AUWUNAI1lDQCeZQ0A4mUNAO5lDQCv6REAQGYNAIxmDQCZZg0A4WYNAOtmDQA2Zw0ARGcNAItnDQChZw0A4GcNAOxnDQA1aA0AQWgNAIpoDQCdaA0A32gNAO5oDQA0aQ0AQGkNAIlpDQCKaQ0A3mkNAOhpDQAzag0AQWoNAIhqDQCNag0A3WoNAOpqDQAE6hEAQGsNAIdrDQCdaw0A3GsNAOhrDQAxbA0AOGwNAIZsDQCObA0A22wNAOBsDQAwbQ0AOW0NAIVtDQCPbQ0A2m0NAOJtDQAvbg0AM24NAIRuDQCGbg0A2W4NAOduDQAubw0AOG8NAINvDQCRbw0A2G8NAOVvDQAtcA0ARHANAIJwDQCKcA0A13ANAOdwDQAscQ0AMXENAIFxDQCHcQ0A1nENAN5xDQArcg0AMHINAIByDQCBcg0A1XINAOFyDQAqcw0AMHMNAH9zDQCBcw0A1HMNAN5zDQApdA0AN3QNAH50DQCDdA0A03QNAOB0DQAD6xEALnUNAH11DQCCdQ0A0nUNANh1DQBY6xEALHYNAHx2DQCJdg0A0XYNAN52DQAmdw0AMncNAHt3DQCKdw0A0HcNANp3DQAleA0AM3gNAHp4DQB/eA0Az3gNANx4DQAkeQ0ALHkNAFfsEQCFeQ0AznkNAN55DQAjeg0ALHoNAHh6DQB7eg0AzXoNANl6DQAiew0AKXsNAKzsEQB8ew0AzHsNANl7DQAhfA0ALnwNAHZ8DQCCfA0Ay3wNANp8DQAgfQ0AKn0NAHV9DQCDfQ0Ayn0NAM99DQAffg0ALH4NAHR+DQB8fg0AAe0RANV+DQAefw0ALn8NAHN/DQB8fw0AyH8NAMt/DQAdgA0AKYANAHKADQB5gA0AVu0RAMyADQAcgQ0AJYENADdjEAApgQ0AcYENAH6BDQDGgQ0A0oENABuCDQAqgg0AcIINAHqCDQDFgg0A04INABqDDQAfgw0Ab4MNAHyDDQDEgw0AzIMNAKvtEQAlhA0AboQNAH6EDQDDhA0AzIQNABiFDQAbhQ0AbYUNAHmFDQDChQ0AyYUNAADuEQAuhg0AbIYNAHKGDQDBhg0AzYYNABaHDQAthw0Aa4cNAG2HDQDAhw0AyocNABWIDQAhiA0AaogNAHaIDQC/iA0AxYgNABSJDQAaiQ0AaYkNAG6JDQC+iQ0AxIkNAFXuEQAWig0AY40PAB6KDQBoig0AaYoNAL2KDQDHig0AEosNAD2LDQCq7hEAaosNALyLDQDGiw0A/+4RABqMDQBmjA0AfIwNALuMDQDRjA0AEI0NABKNDQBljQ0Aa40NALqNDQDOjQ0Aqe8RABeODQBkjg0AK44NAE9JEgBqjg0A/J8OAHSODQC5jg0AfY4NAJoBDwC7jg0ADo8NAByPDQBjjw0AdI8NAP7vEQC/jw0AU/ARABaQDQAdfw4AGZANAGKQDQBlkA0At5ANAMCQDQAMkQ0AHZENAGGRDQBrkQ0AtpENAL6RDQALkg0A0pENAHnNDgAOkg0AYJINAGmSDQC1kg0Ay5INAAqTDQAgkw0AX5MNAGGTDQC0kw0AupMNAAmUDQAdlA0AqPARAIaUDQCzlA0A25QNAP3wEQAOlQ0A22sOABSVDQCxlg0AFZUNAIRtDgAXlQ0AhWwOABiVDQBdlQ0AX5UNALKVDQDAlQ0AB5YNABiWDQBS8REAZJYNAKfxEQC3lg0ABpcNAAyXDQBblw0AYJcNALCXDQC2lw0A/PERABGYDQBamA0AYpgNAKbyEQC7mA0ABJkNAA6ZDQBZmQ0AYpkNAK6ZDQCvmQ0AA5oNAAuaDQBYmg0AXZoNAK2aDQC9mg0AUPMRAA6bDQBXmw0AWZsNAKybDQCymw0AAZwNAAicDQBWnA0AW5wNAKucDQCvnA0AAJ0NAA2dDQBVnQ0AXZ0NAKqdDQCvnQ0A/50NAA+eDQCl8xEAZZ4NAKmeDQC1ng0A/p4NAA2fDQBTnw0AXZ8NAKifDQC2nw0A/Z8NAAqgDQBSoA0AaaANAPrzEQCqoA0ApPQRAP+gDQBRoQ0AA6ENAJMFEgBZoQ0ApqENAM6hDQD7oQ0AI6INAFCiDQB4og0A+fQRAK6iDQD6og0A+6INAE+jDQBeow0ApKMNAGWjDQBNpQ0AtaMNAPmjDQD7ow0ATqQNAFGkDQCjpA0ApqQNAPikDQAApQ0A+PURAFKlDQCipQ0AqaUNAPelDQAApg0ATKYNAF2mDQChpg0AraYNAPamDQD+pg0ATfYRAFGnDQCgpw0Ap6cNAPWnDQD6pw0ASqgNAE6oDQCfqA0ArKgNAPSoDQADqQ0ASakNAFqpDQCeqQ0AoKkNAPOpDQD2qQ0ASKoNAEuqDQCdqg0ApaoNAKL2EQD3qg0Are8NAP2qDQCrmg8A/qoNAEerDQBKqw0AnKsNAKarDQD39hEA+qsNAEasDQBVrA0Am6wNAKqsDQDwrA0A/KwNAEWtDQBIrQ0Amq0NAJ2tDQBM9xEA8q0NAESuDQBsrg0AofcRAKGuDQD29xEA9q4NAEv4EQBLrw0AoPgRAJ2vDQDtrw0A+q8NAEKwDQBFsA0Al7ANAJywDQDssA0A/bANAEGxDQBNsQ0A9fgRAJuxDQDrsQ0A/LENAECyDQBMsg0AlbINAK+yDQDqsg0A7rINAOi0DQDxsg0AO7cNAPSyDQCPuA0A9rINAOe1DQD4sg0A6bMNAPuyDQA/sw0ARLMNAJSzDQCrsw0ASvkRAPazDQA+tA0ATrQNAJO0DQCYtA0An/kRAOq0DQA9tQ0AQ7UNAJK1DQCftQ0A9PkRAO21DQA8tg0AQrYNAJG2DQCWtg0A5rYNAOy2DQBJ+hEAR7cNAJC3DQCptw0A5bcNAO63DQA6uA0AUbgNAJ76EQCVuA0A5LgNAOa4DQA5uQ0ASLkNAI65DQCauQ0A8/oRAOW5DQA4ug0ASboNAI26DQCbug0A4roNAOm6DQA3uw0AObsNAIy7DQCWuw0A4bsNAO+7DQA2vA0AO7wNAIu8DQCYvA0A4LwNAOi8DQA1vQ0AOb0NAIq9DQCMvQ0A370NAOW9DQA0vg0AQb4NAEj7EQCWvg0A3r4NAPW+DQAzvw0AT78NAJ37EQCUvw0A3b8NAN6/DQAywA0AOMANAIfADQCTwA0A3MANAOvADQAxwQ0AM8ENAIbBDQCQwQ0A28ENAOnBDQAwwg0ANcINAIXCDQCSwg0A2sINAOLCDQAvww0AM8MNAITDDQCGww0A2cMNAN/DDQAuxA0AO8QNAPL7EQCQxA0A2MQNAO/EDQAtxQ0AScUNAEf8EQCLxQ0A18UNAOXFDQAsxg0ANsYNAIHGDQCNxg0A1sYNANnGDQArxw0AR8cNAIDHDQCIxw0AnPwRAOHHDQAqyA0ALcgNAH/IDQCJyA0Am/0RAN3IDQApyQ0AN8kNAH7JDQCIyQ0A08kNAN/JDQAoyg0AMMoNAEX+EQB/yg0A0soNAODKDQAnyw0AOMsNAJr+EQCDyw0A7/4RANbLDQAmzA0ALswNAHvMDQCBzA0A0MwNANnMDQAlzQ0AMs0NAJn/EQB/zQ0Az80NAIbNDQB4zw0A2M0NACTODQAuzg0Aec4NAIHODQDOzg0AEs8NACPPDQArzw0A7v8RAH7PDQDNzw0A088NACLQDQAq0A0Ad9ANALvQDQDM0A0A1NANAEMAEgAp0Q0AmAASAH/RDQDL0Q0A2dENACDSDQAq0g0AddINAIHSDQDK0g0AzdINAB/TDQAn0w0AQgESAIDTDQDJ0w0AzNMNAB7UDQAo1A0AlwESAHvUDQDsARIA1tQNAB3VDQAu1Q0ActUNAH7VDQDH1Q0AytUNAEECEgBi1g0AcdYNALfWDQCWAhIA1tYNABvXDQAd1w0AcNcNAH7XDQDF1w0A1tcNAOsCEgA22A0Ab9gNAHfYDQBAAxIAytgNAKVMDgDX2A0AGdkNACjZDQBu2Q0AetkNAMPZDQDE2Q0AGNoNACLaDQBt2g0Ae9oNAMLaDQDH2g0AF9sNACTbDQCVAxIAetsNAMHbDQDO2w0AFtwNAB7cDQDqAxIAd9wNAMDcDQDs3A0AFd0NACHdDQBq3Q0Aed0NAL/dDQDJ3Q0AFN4NACLeDQBp3g0Abt4NAL7eDQDL3g0AE98NABvfDQBo3w0Adt8NAL3fDQDK3w0AEuANABrgDQA/BBIAaeANAEYADwB14A0AvOANAMbgDQAR4Q0AHeENAGbhDQBt4Q0Au+ENAMPhDQAQ4g0AFOINAGXiDQBz4g0AuuINAMTiDQAP4w0AGuMNAGTjDQBs4w0AueMNALvjDQAO5A0AFuQNAGPkDQBw5A0AuOQNAL3kDQAN5Q0AGuUNAGLlDQCA5Q0At+UNAOjlDQAM5g0AGOYNAGHmDQBn5g0AtuYNALvmDQAL5w0AE+cNAGDnDQBs5w0AtecNAMjnDQAK6A0AGOgNAF/oDQBp6A0AtOgNALzoDQAJ6Q0AGOkNAF7pDQBj6Q0As+kNALrpDQAI6g0AFOoNAF3qDQB56g0AsuoNALrqDQCUBBIACesNAFzrDQBq6w0AsesNAL7rDQAG7A0AFOwNAFvsDQBo7A0AsOwNAMfsDQAF7Q0ADe0NAFrtDQBo7Q0Ar+0NALztDQAE7g0ADO4NAD4FEgBn7g0Aru4NAK/uDQDoBRIAD+8NAFjvDQBf7w0APQYSALTvDQAC8A0AB/ANAJIGEgBf8A0A5wYSALTwDQAB8Q0A9PANAGczEAAC8Q0AAUYOAATxDQD/Rw4ACvENAFbxDQAL8Q0ArUQOABHxDQAARw4AH/ENAM3NDwBj8Q0Aq/ENALbxDQAA8g0AAvINAFXyDQBi8g0AqvINALHyDQD/8g0AEPMNAFTzDQBg8w0AqfMNALDzDQD+8w0ABvQNADwHEgBZ9A0AqPQNAK70DQD99A0AAvUNAFL1DQBY9Q0AkQcSALP1DQD89Q0ABvYNAFH2DQBV9g0ApvYNALL2DQD79g0AB/cNAFD3DQBd9w0ApfcNAK33DQD69w0ABPgNAE/4DQBb+A0ApPgNAKf4DQD5+A0AA/kNADsIEgBQ+Q0Ao/kNAKb5DQD4+Q0A+/kNAOUIEgBV+g0AOgkSALD6DQD3+g0A+PoNAI8JEgBU+w0A5AkSAKb7DQD2+w0A/fsNAEv8DQBQ/A0AOQoSAKj8DQCOChIA/fwNAEr9DQBU/Q0An/0NAKr9DQD0/Q0AAv4NAEn+DQBM/g0Anv4NAKb+DQDz/g0A/f4NAEj/DQBU/w0Anf8NAKD/DQDy/w0A/P8NAOMKEgBVAA4AnAAOALIADgDxAA4A/QAOAEYBDgBNAQ4AmwEOAKMBDgDwAQ4A9QEOAEUCDgBOAg4AmgIOAKQCDgDvAg4A9wIOAEQDDgBGAw4AmQMOAKkDDgDuAw4A+AMOAEMEDgBPBA4AmAQOAJ4EDgDtBA4A9QQOAI0LEgBQBQ4AlwUOAJgFDgDiCxIA8QUOADcMEgBDBg4AlgYOAJcGDgDrBg4A7gYOAEAHDgBLBw4AlQcOAJoHDgDqBw4A9AcOAIwMEgBjCA4AlAgOAJwIDgDhDBIA6wgOAD4JDgBPCQ4AkwkOAKQJDgDoCQ4A6wkOADYNEgBDCg4AkgoOAJcKDgDnCg4A6goOADwLDgA/Cw4AkQsOAJkLDgCLDRIA9AsOADsMDgA+DA4AkAwOAJsMDgDlDA4A8QwOADoNDgBBDQ4Ajw0OAJcNDgDkDQ4A8g0OADkODgBGDg4Ajg4OAJYODgDgDRIA7w4OADgPDgA7Dw4AjQ8OAJcPDgDiDw4A6g8OADUOEgBDEA4AjBAOAJIQDgDhEA4A6xAOADYRDgBKEQ4AixEOAJMRDgCKDhIA7REOADUSDgA9Eg4AihIOAI0SDgDfEg4A6xIOADQTDgA+Ew4AiRMOAJITDgDeEw4A3xMOADMUDgBLFA4AiBQOAIoUDgDdFA4A7hQOADIVDgBDFQ4AhxUOAI8VDgDcFQ4A6xUOADEWDgAzFg4AhhYOAJcWDgDbFg4A7BYOADAXDgBJFw4AhRcOAIcXDgDaFw4A6RcOAC8YDgBPGA4ANA8SAIYYDgDZGA4A+RgOAC4ZDgBCGQ4AiBASAIsZDgDYGQ4A5RkOAC0aDgAyGg4AghoOAIwaDgDXGg4A3xoOACwbDgAyGw4AgRsOAIobDgDWGw4A4xsOAN0QEgA3HA4AgBwOAIYcDgDVHA4A2xwOACodDgAzHQ4Afx0OAIAdDgDUHQ4A3h0OACkeDgA1Hg4Afh4OAIUeDgAyERIA2x4OAIcREgAwHw4A3BESAIUfDgAxEhIA3h8OACcgDgA3IA4AfCAOAIEgDgDRIA4A1yAOACYhDgAyIQ4AeyEOAIMhDgCGEhIA4SEOACUiDgA2Ig4AeiIOAIwiDgDPIg4A1yIOACQjDgAvIw4AeSMOAH4jDgDOIw4A0yMOACMkDgBDJA4A2xISAIgkDgDNJA4A1yQOACIlDgAuJQ4AdyUOAH0lDgDMJQ4A1CUOACEmDgAjJg4AdiYOAC0mDgAbLA4AhyYOAMsmDgDcJg4AICcOADInDgB1Jw4AfScOAMonDgDVJw4AHygOACQoDgB0KA4AeSgOAMkoDgDpKA4AMBMSACApDgBzKQ4AgikOAMgpDgDTKQ4AHSoOAC8qDgByKg4AeioOAMcqDgDSKg4AHCsOACErDgBxKw4AdisOAMYrDgDmKw4AhRMSAB0sDgBwLA4AfywOAMUsDgDQLA4AGi0OACwtDgBvLQ4Ady0OAMQtDgDPLQ4AGS4OAB4uDgBuLg4Acy4OAMMuDgDjLg4A2hMSACUvDgBtLw4AhC8OAC8UEgDPLw4AFzAOAC4wDgCEFBIAeTAOAMEwDgDIMA4AFjEOACQxDgBrMQ4AeDEOAMAxDgDXMQ4A2RQSAB0yDgAuFRIAbDIOAL8yDgDNMg4AFDMOACUzDgCDFRIAdjMOAL4zDgDVMw4A2BUSAB00DgBoNA4AdDQOAL00DgDANA4AEjUOABw1DgAtFhIAgzUOAIIWEgDENQ4A1xYSABk2DgBmNg4AZzYOAA06DgBpNg4ADzgOAG02DgAGQQ4AcDYOALs2DgB1Ng4ACzwOAHY2DgAMOw4AwDYOAFxADgDHNg4AEDcOABM3DgBlNw4AbzcOACwXEgDCNw4AgRcSABg4DgBkOA4ALzgOAAg/DgByOA4AuTgOAMM4DgAOOQ4AGjkOAGM5DgBmOQ4AuDkOAMA5DgDWFxIADzoOAGI6DgBlOg4AtzoOALo6DgArGBIADjsOAGE7DgBvOw4AtjsOAMc7DgDVGBIADTwOAGA8DgBtPA4AtTwOAMQ8DgAKPQ4AFj0OAF89DgBwPQ4AtD0OAMU9DgAJPg4AFT4OAF4+DgBlPg4Asz4OALs+DgB/GRIAFj8OAF0/DgBePw4A1BkSAL4/DgAHQA4ADkAOACkaEgBjQA4AsUAOALZADgDTGhIAD0EOAFtBDgBhQQ4AsEEOALJBDgAFQg4AD0IOAFpCDgBoQg4Ar0IOALRCDgAEQw4AEUMOAFlDDgBxQw4ArkMOAMRDDgADRA4ABkQOAFhEDgBgRA4AfRsSALlEDgACRQ4ABUUOAFdFDgBhRQ4A0hsSALRFDgAnHBIAA0YOAFZGDgBZRg4Aq0YOAK5GDgB8HBIAAkcOAFVHDgBjRw4AqkcOALtHDgAmHRIACEgOAFRIDgBiSA4AqUgOAG1IDgBL+g8As0gOAP5IDgAKSQ4AU0kOAFZJDgCoSQ4AsEkOANAdEgAXSg4AJR4SAGxKDgCnSg4AwUoOAHoeEgABSw4A+E4OAApLDgCiTw4ADEsOAFFLDgBTSw4ApksOALRLDgD7Sw4ADEwOAM8eEgBXTA4AJB8SAKtMDgD6TA4A/0wOAE9NDgBVTQ4AeR8SAKpNDgD5TQ4A/k0OAE5ODgBkTg4Ao04OAKtODgAjIBIAGE8OAE1PDgBVTw4AeCASALlPDgD3Tw4ABFAOAExQDgBRUA4AoVAOAKdQDgD2UA4AAlEOAEtRDgBSUQ4AoFEOAKhRDgD1UQ4AGFIOACIhEgBXUg4An1IOAK5SDgD0Ug4A9lIOAElTDgBSUw4AnlMOALVTDgDzUw4A/lMOAEhUDgBSVA4AnVQOAKVUDgDMIRIA+FQOAEdVDgBNVQ4AnFUOAKFVDgDxVQ4A91UOACEiEgBoVg4Am1YOAKNWDgDLIhIA+VYOAEVXDgBGVw4AmlcOAKJXDgDvVw4A+lcOAERYDgBJWA4AmVgOAJ5YDgDuWA4ADlkOACAjEgBJWQ4AmFkOAJ9ZDgDtWQ4A8lkOAEJaDgBGWg4Al1oOAKRaDgDsWg4A9FoOAEFbDgBMWw4AllsOAJtbDgDrWw4A8FsOAEBcDgBgXA4AdSMSAKRcDgDqXA4A9VwOAD9dDgBHXQ4AlF0OAJddDgDpXQ4Anl0OAOZgDgD1XQ4APl4OAEheDgCTXg4AnF4OAOheDgDpXg4APV8OAEVfDgCSXw4AnV8OAOdfDgDsXw4APGAOAEFgDgCRYA4AsWAOAMojEgDyYA4AO2EOAD1hDgCQYQ4AlmEOAOVhDgDsYQ4AOmIOAD9iDgCPYg4Ak2IOAORiDgDxYg4AOWMOAEFjDgCOYw4AmWMOAONjDgDoYw4AOGQOAD1kDgCNZA4ArWQOAB8kEgDqZA4AdCQSAEFlDgCMZQ4AlWUOAOFlDgDnZQ4ANmYOAEJmDgCLZg4AqWYOAOBmDgDhZg4ANWcOADdnDgCKZw4Al2cOAN9nDgDtZw4ANGgOAENoDgCJaA4ApWgOAN5oDgDmaA4AHiUSAEZpDgCIaQ4AiWkOAN1pDgDpaQ4AMmoOAEFqDgCHag4AkWoOANxqDgDoag4AMWsOADhrDgBzJRIAjmsOAMglEgDkaw4AMGwOAD1sDgAdJhIAimwOANpsDgDnbA4AL20OADltDgByJhIAhm0OANltDgDvbQ4ALm4OADpuDgDHJhIAi24OAP2dDwChbg4A2G4OAOBuDgAH6g4A9m4OAC1vDgA1bw4Agm8OAE9vDgDZwQ8Ag28OACtxDgCFbw4Af3IOAI5vDgAuwg8Akm8OANdvDgDZbw4ALHAOADpwDgCBcA4AknAOABwnEgDecA4AcScSAC1xDgCAcQ4Ag3EOANVxDgDYcQ4AxicSADJyDgAbKBIAiXIOACfKDgCfcg4A1HIOAOJyDgApcw4AKnMOAHAoEgCGcw4AxSgSAPZzDgAaKRIANXQOAH10DgCLdA4A0nQOANx0DgAndQ4AL3UOAHx1DgB9dQ4Ad3oOAJd1DgAkeA4AqHUOANF1DgDadQ4AJnYOACd2DgB7dg4AiXYOANB2DgDadg4AJXcOADF3DgB6dw4AgHcOAM93DgDrdw4AbykSADJ4DgB5eA4AhngOAM54DgDYeA4AI3kOACV5DgB4eQ4Aj3kOAM15DgDZeQ4AInoOAD56DgDEKRIAiHoOAMx6DgDOeg4AIXsOACt7DgB2ew4AhnsOAMt7DgDQew4AIHwOACZ8DgB1fA4Ai3wOAMp8DgDSfA4AH30OACJ9DgB0fQ4AfX0OAMl9DgDXfQ4AHn4OACh+DgBzfg4Af34OAMh+DgDkfg4AGSoSACp/DgByfw4Aen8OAMd/DgDKfw4AGdgOANd/DgAcgA4AHoAOABrXDgAqgA4AcYAOAH6ADgDGgA4A1IAOABuBDgAegQ4AcIEOAHuBDgDFgQ4A0YEOABqCDgAhgg4Ab4IOAHeCDgDEgg4AxoIOABmDDgApgw4AboMOAHiDDgDDgw4Az4MOABiEDgAehA4AbYQOAHWEDgBuKhIAxIQOABeFDgAlhQ4AbIUOAHmFDgDBhQ4AzYUOABaGDgAchg4Aa4YOAG6GDgDAhg4AyIYOABWHDgAXhw4AEIwOABiHDgC+iA4AJYcOAGqHDgBshw4AtpAOAG+HDgC/hw4AyIcOABSIDgAhiA4AaYgOAHCIDgDDKhIAx4gOAA6ODgDIiA4AZ4oOAN6IDgATiQ4AIYkOAGiJDgBpiQ4AGCsSAMmJDgASig4AGYoOAG0rEgBpig4AvIoOAMKKDgARiw4AG4sOAGaLDgByiw4Au4sOAMKLDgDCKxIAKYwOAGWMDgBqjA4AuowOAMCMDgAPjQ4AGY0OAGSNDgBwjQ4AuY0OAMCNDgAXLBIAHY4OAGOODgByjg4AuI4OAMSODgANjw4AEI8OAGKPDgBljw4At48OAMePDgAMkA4AFZAOAGGQDgBykA4AbCwSAMSQDgALkQ4AHJEOAMEsEgBnkQ4AFi0SAL2RDgAKkg4ADJIOAAWXDgANkg4As5MOABqSDgBfkg4AYZIOAKubDgBkkg4AtJIOAL2SDgAJkw4AFpMOAF6TDgBlkw4Aay0SALyTDgADmQ4AvZMOAFyVDgDTkw4ACJQOABaUDgBdlA4AXpQOAMAtEgC+lA4AB5UOAA6VDgAVLhIAXpUOALGVDgC3lQ4ABpYOABCWDgBblg4AZ5YOALCWDgC3lg4Aai4SAB6XDgBalw4AX5cOAK+XDgC1lw4ABJgOAA6YDgBZmA4AZZgOAK6YDgC1mA4Avy4SABKZDgBYmQ4AZ5kOAK2ZDgC5mQ4AApoOAAWaDgBXmg4AWpoOAKyaDgC8mg4AAZsOAAqbDgBWmw4AZ5sOABQvEgC5mw4AAJwOABGcDgBpLxIAXJwOAL4vEgCynA4A/5wOACidDgBUnQ4AXJ0OAKmdDgC5nQ4A/p0OAACeDgBTng4AYZ4OAKieDgC5ng4AEzASAAOfDgBSnw4AXp8OAGgwEgDVnw4AEjESAAWgDgBRoA4AXqAOAKagDgDCoA4A+6AOAAOhDgBnMRIAYaEOAKWhDgCnoQ4A+qEOAPuhDgBPog4AUqIOAKSiDgCwog4A+aIOAACjDgBOow4AaqMOAKOjDgCrow4AETISAAWkDgBNpA4AXaQOAKKkDgCnpA4A96QOACKlDgBmMhIAUqUOALsyEgCppQ4A9qUOAPelDgBCrw4A/KUOAPdNEAAApg4AS6YOAAKmDgCcqg4ABqYOAPOoDgAUpg4AlLIOAFCmDgBURhAAVqYOAFlBEABXpg4AoKYOAKOmDgD1pg4A/6YOABAzEgBSpw4An6cOAKWnDgD0pw4A/acOAEmoDgBWqA4AnqgOALqoDgBlMxIA9agOAEipDgD4qA4AnlEQAFapDgCdqQ4ArqkOALozEgD4qQ4AR6oOAFOqDgAPNBIAoqoOAPGqDgD3qg4ARqsOAEurDgCbqw4AoasOAA41EgD3qw4ADTYSAEqsDgCarA4AoqwOAO+sDgD7rA4ARK0OAFetDgCZrQ4Apa0OAO6tDgD9rQ4AQ64OAEyuDgCYrg4Aoq4OAO2uDgD5rg4AtzYSAFOvDgCXrw4Ao68OAOyvDgDurw4AQbAOAESwDgCWsA4AorAOAOuwDgDzsA4ADDcSAEyxDgCVsQ4ApbEOAOqxDgD2sQ4AP7IOAEWyDgBhNxIAtrIOAOmyDgDxsg4APrMOAGizDgCTsw4AnrMOAOizDgD0sw4APbQOAE60DgCStA4Ak7QOALY3EgDttA4APLUOAEm1DgALOBIAnrUOAOa1DgD9tQ4AO7YOAGa2DgCQtg4AmLYOAOW2DgDvtg4AOrcOAEa3DgCPtw4AkrcOAOS3DgDutw4AYDgSAEG4DgCOuA4AlLgOAOO4DgDsuA4AOLkOAEW5DgCNuQ4AqbkOALU4EgDkuQ4AN7oOAOm5DgB/xw4ARLoOAIy6DgCTug4A4boOAOO6DgA2uw4APLsOAIu7DgCSuw4A4LsOAPi7DgA1vA4AOrwOAIq8DgBBvA4ANL0OAJO8DgDfvA4A6bwOAAo5EgA6vQ4Aib0OAI+9DgDevQ4A470OADO+DgA5vg4AXzkSAIm+DgDdvg4A7r4OADK/DgA+vw4Ah78OAJG/DgDcvw4A6L8OADHADgA4wA4AtDkSAIjADgDbwA4AkcAOAJJdEADewA4AMMEOAFDBDgCFwQ4AjcEOAAk6EgDrwQ4AL8IOADbCDgCEwg4AjMIOANnCDgDcwg4AgsQOAOnCDgAuww4AMMMOAIPDDgCRww4A2MMOAOnDDgBeOhIANMQOALM6EgCLxA4A18QOAObEDgAsxQ4AO8UOAIHFDgCNxQ4A1sUOANnFDgArxg4ALsYOAIDGDgCQxg4A1cYOAN7GDgAqxw4AO8cOAAg7EgCExw4A1McOAN3HDgApyA4AM8gOAH7IDgCGyA4A08gOAPHIDgAoyQ4ARskOAH3JDgCbyQ4A0skOAPDJDgBdOxIALsoOAHzKDgCByg4A0coOAIjKDgDQyw4A2soOACbLDgAwyw4Ae8sOAJfLDgCyOxIA1ssOACXMDgArzA4AeswOAJbMDgAHPBIA+cwOALE8EgBOzQ4ABj0SAIHNDgAFPhIA5M0OACPODgAlzg4AeM4OAH7ODgDNzg4A4c4OACLPDgAqzw4Ad88OAKHPDgBaPhIA1c8OACHQDgAu0A4AdtAOAITQDgDL0A4A1dAOACDRDgA60Q4AddEOAILRDgDK0Q4A1tEOAB/SDgAp0g4AdNIOAHzSDgCvPhIA0NIOAB7TDgAm0w4ABD8SAEzTDgADQBIAf9MOAMjTDgDP0w4AHdQOACXUDgBZPxIAdNQOAMfUDgDY1A4AHNUOACTVDgBx1Q4Ae9UOAMbVDgDS1Q4AG9YOAB7WDgBw1g4AetYOAFhAEgDh1g4ArUASACjXDgBv1w4AgNcOAAJBEgDL1w4AV0ESACLYDgBu2A4AfdgOAMPYDgDS2A4AGNkOACTZDgBt2Q4AcNkOAMLZDgDF2Q4AF9oOACfaDgBs2g4AddoOAMHaDgDS2g4ArEESABjbDgBr2w4AItsOABXcDgBu2w4AwNsOAMjbDgABQhIAG9wOAGrcDgB23A4Av9wOAMfcDgBWQhIAIN0OAGndDgBs3Q4Avt0OAMjdDgCrQhIAGN4OAGjeDgB+3g4Avd4OAL7eDgAS3w4AI98OAGffDgBz3w4AvN8OAMbfDgAR4A4AHeAOAABDEgBy4A4Au+AOAL7gDgAQ4Q4AGuEOAKpDEgBo4Q4AuuEOAL3hDgAP4g4AG+IOAGTiDgBq4g4AueIOAMPiDgD/QxIAE+MOAGPjDgBw4w4AuOMOALvjDgAN5A4AKeQOAGLkDgBq5A4AVEQSAL/kDgCpRBIAFOUOAP5EEgBk5Q4AtuUOAHjlDgCKuw8A1uUOAAvmDgAf5g4AU0USAG3mDgCoRRIAtuYOAArnDgAQ5w4AX+cOAGvnDgC05w4Aw+cOAAnoDgAL6A4AXugOAGjoDgCz6A4Av+gOAAjpDgAP6Q4A/UUSAGnpDgBSRhIAuukOAKdGEgAK6g4ABewOABfqDgBc6g4AXuoOALHqDgC/6g4ABusOABfrDgCkSRIAYusOAPlJEgC46w4ATkoSACXsDgBa7A4AaOwOAK/sDgCw7A4Ao0oSABDtDgBZ7Q4AYO0OAPhKEgC27Q4ATUsSAAXuDgBY7g4AZu4OAK3uDgC+7g4AoksSAAjvDgBX7w4AY+8OAPdLEgCy7w4AAfAOAAfwDgBW8A4AW/AOAKvwDgCx8A4AoUwSAAPxDgBV8Q4AYfEOAKrxDgCw8Q4A//EOAAnyDgBLTRIAWfIOAKnyDgC28g4A/vIOAAHzDgBT8w4AaPMOAKjzDgCw8w4AoE0SAAX0DgBS9A4AXvQOAKf0DgCt9A4A/PQOAAL1DgBR9Q4AVvUOAKb1DgCs9Q4Ank8SAAr2DgBQ9g4AX/YOAKX2DgCu9g4A+vYOAAD3DgBP9w4AVfcOAKT3DgCw9w4A+fcOAAD4DgBO+A4AVvgOAEhQEgCt+A4A+PgOAAP5DgBN+Q4AWfkOAKL5DgCo+Q4A9/kOAP/5DgBM+g4AWPoOAKH6DgCn+g4A9voOAPz6DgBL+w4AUPsOAKD7DgCm+w4AnVASAPz7DgBK/A4AWPwOAJ/8DgCs/A4A9PwOAAv9DgBJ/Q4AZf0OAJ79DgCm/Q4A8lASAAb+DgBI/g4ASv4OAJ3+DgCz/g4A8v4OAPP+DgBH/w4AWP8OAJz/DgCo/w4AR1ESAA0ADwCcURIAXAAPAJsADwCcAA8A8AAPAAEBDwBFAQ8AUQEPAPFREgCfAQ8A7wEPAPUBDwBEAg8AZAIPAJkCDwClAg8A7gIPAPUCDwBGUhIASQMPAJgDDwCdAw8A7QMPAPMDDwCbUhIATgQPAJcEDwCaBA8A7AQPAPYEDwBBBQ8ASQUPAJpTEgCkBQ8A6wUPAPIFDwBABg8ASAYPAJUGDwCiBg8A6gYPAO8GDwA/Bw8ASQcPAJQHDwCcBw8A6QcPAPkHDwA+CA8ATAgPAJMIDwCgCA8A6AgPAPYIDwA9CQ8AQAkPAJIJDwCdCQ8A5wkPAO8JDwA8Cg8AVQoPAJEKDwCdCg8A5goPAPYKDwA7Cw8AQAsPAJALDwCWCw8A5QsPAPELDwA6DA8AQgwPAO9TEgCZDA8A5AwPAOcMDwA5DQ8AQQ0PAI4NDwCPDQ8A4w0PAOUNDwA4Dg8APg4PAI0ODwCZDg8A4g4PAO8ODwA3Dw8AQQ8PAIwPDwCUDw8A4Q8PAOMPDwA2EA8AQxAPAIsQDwCSEA8A4BAPAOgQDwA1EQ8AOREPAIoRDwCMEQ8A3xEPAOIRDwA0Eg8APBIPAIkSDwCYEg8A3hIPAOASDwAzEw8AQBMPAIgTDwCXEw8A3RMPAOkTDwAyFA8AQxQPAIcUDwCYFA8A3BQPAOgUDwAxFQ8AOBUPAIYVDwClFQ8ARFQSAO8VDwAwFg8AMRYPAIUWDwCRFg8A2hYPAPYWDwAvFw8ANxcPAJlUEgCMFw8AQ1USAOUXDwAuGA8ANBgPAIMYDwCJGA8A2BgPAPAYDwAtGQ8ANxkPAIIZDwCOGQ8A1xkPANoZDwAsGg8ANhoPAIEaDwCZGg8A1hoPAOYaDwArGw8ALRsPAIAbDwCOGw8A1RsPAOYbDwCYVRIAMBwPAH8cDwCLHA8A7VUSANwcDwCXVhIANR0PAH4dDwCBHQ8A0x0PAN0dDwDsVhIAKh4PAH0eDwCLHg8A0h4PAOMeDwCWVxIALh8PAOtXEgCEHw8AQFgSANkfDwA/WRIAKCAPAHsgDwCIIA8A0CAPAN8gDwAlIQ8AKyEPAHohDwCGIQ8AzyEPANEhDwAkIg8ALiIPAHkiDwCHIg8AziIPANMiDwAjIw8AMCMPAHgjDwCEIw8AzSMPAOAjDwAiJA8AMSQPAHckDwCDJA8AzCQPAM0kDwAhJQ8AKyUPAHYlDwCEJQ8AyyUPANAlDwAgJg8ALSYPAJRZEgB/Jg8AyiYPANgmDwAfJw8AIicPAHQnDwCEJw8AyScPANcnDwAeKA8AKigPAHMoDwB6KA8AyCgPAM8oDwAdKQ8AKSkPAHIpDwBzKQ8AxykPANMpDwAcKg8AKSoPAHEqDwB4Kg8AxioPANIqDwAbKw8AKCsPAHArDwB/Kw8AxSsPANkrDwAaLA8AJiwPAG8sDwCCLA8AxCwPANMsDwAZLQ8AJS0PAG4tDwBvLQ8Awy0PAM0tDwAYLg8AJi4PAG0uDwByLg8Awi4PAM8uDwDpWRIAGC8PAGwvDwB9Lw8AwS8PAM8vDwAWMA8AJTAPAGswDwBtMA8AwDAPAMowDwAVMQ8AIzEPAGoxDwBvMQ8AvzEPAMwxDwAUMg8AIzIPAGkyDwBuMg8AvjIPAMsyDwATMw8AHTMPAGgzDwB0Mw8AvTMPANAzDwASNA8AHDQPAGc0DwBzNA8AvDQPAM80DwARNQ8AIDUPAGY1DwByNQ8AuzUPALw1DwAQNg8AGjYPAGU2DwBzNg8AujYPAL82DwAPNw8AHDcPAD5aEgBpNw8AuTcPAMY3DwAOOA8AGDgPAGM4DwBpOA8AuDgPALo4DwANOQ8AGjkPAGI5DwBlOQ8AtzkPAMU5DwAMOg8AGDoPAGE6DwBuOg8AtjoPAMA6DwALOw8AGjsPAGA7DwBlOw8AtTsPAMI7DwAKPA8AFzwPAF88DwBrPA8AtDwPAMM8DwAJPQ8AEz0PAF49DwBsPQ8Asz0PALg9DwAIPg8AFT4PAF0+DwBpPg8Asj4PAMU+DwAHPw8AFj8PAFw/DwBoPw8AsT8PALI/DwAGQA8AEEAPAFtADwBpQA8AsEAPALVADwAFQQ8AEkEPAJNaEgBtQQ8Ar0EPAL5BDwAEQg8AEEIPAFlCDwBaQg8ArkIPALhCDwADQw8AEUMPAFhDDwBdQw8ArUMPALpDDwDoWhIAFUQPAFdEDwBmRA8ArEQPALhEDwABRQ8AAkUPAFZFDwBgRQ8Aq0UPALlFDwAARg8ABUYPAFVGDwBiRg8APVsSAKxGDwD/Rg8ADUcPAFRHDwBhRw8AqUcPALVHDwD+Rw8ABEgPAFNIDwBkSA8AqEgPAKpIDwD9SA8ABkkPAFJJDwBfSQ8Ap0kPALZJDwD8SQ8AB0oPAFFKDwBdSg8ApkoPALlKDwD7Sg8ACksPAFBLDwBcSw8ApUsPAKZLDwD6Sw8ABEwPAE9MDwBdTA8ApEwPAKlMDwD5TA8ABk0PAJJbEgBbTQ8Ao00PALFNDwD4TQ8AAk4PAE1ODwBbTg8Aok4PAKRODwD3Tg8ACE8PAExPDwBaTw8AoU8PANJPDwD2Tw8A+E8PAEtQDwBVUA8AoFAPAK5QDwD1UA8A+lAPAEpRDwBXUQ8An1EPAKtRDwD0UQ8AB1IPAElSDwBYUg8AnlIPAKpSDwDzUg8A9FIPAEhTDwBSUw8AnVMPAKtTDwDyUw8A91MPAEdUDwBUVA8A51sSAJ5UDwDxVA8A81QPAEZVDwBVVQ8Am1UPAKpVDwDwVQ8A/FUPAEVWDwBIVg8AmlYPAJ1WDwDvVg8A9VYPAERXDwBQVw8AmVcPAJxXDwDuVw8A81cPAENYDwBMWA8AmFgPAJ5YDwDtWA8A/FgPAEJZDwBOWQ8Al1kPAKdZDwDsWQ8A7lkPAEFaDwBPWg8AlloPAKdaDwA8XBIA8VoPAEBbDwBMWw8AkVwSAKhbDwDqWw8A+VsPAD9cDwBLXA8AlFwPAJVcDwDpXA8A81wPAD5dDwBMXQ8Ak10PAJhdDwDoXQ8A9V0PAOZcEgBJXg8Akl4PAJxeDwDnXg8AE18PADxfDwBDXw8AkV8PAKpfDwDmXw8A9V8PADtgDwBKYA8AkGAPAJVgDwDlYA8A8mAPADphDwBHYQ8Aj2EPAJthDwDkYQ8A82EPADliDwBDYg8AjmIPAJxiDwDjYg8A6GIPADhjDwBFYw8AjWMPAJljDwDiYw8A9WMPADdkDwBGZA8AjGQPAJhkDwDhZA8A4mQPADZlDwBAZQ8Ai2UPAJllDwDgZQ8A5WUPADVmDwBCZg8AO10SAJtmDwDfZg8A8GYPADRnDwBAZw8AiWcPAKBnDwDeZw8A4GcPADNoDwBEaA8AiGgPAItoDwDdaA8A52gPADJpDwA0aQ8Ah2kPAJFpDwDcaQ8A6GkPADFqDwA9ag8AhmoPAJlqDwDbag8A6moPADBrDwA8aw8AhWsPAIZrDwDaaw8A5GsPAC9sDwA9bA8AhGwPAIlsDwDZbA8A5mwPAJBdEgAwbQ8Ag20PAI1tDwDYbQ8A4G0PAOVdEgBAbg8Agm4PAI5uDwDXbg8A5m4PACxvDwA1bw8AgW8PAItvDwDWbw8A5G8PACtwDwAwcA8AgHAPAI1wDwDVcA8A4XAPACpxDwA9cQ8Af3EPAI5xDwDUcQ8A4HEPAClyDwAqcg8AfnIPAIhyDwDTcg8A4XIPAChzDwAtcw8AfXMPAIpzDwA6XhIA1HMPACd0DwAxdA8AfHQPAIR0DwCPXhIA1nQPACZ1DwA8dQ8Ae3UPAHx1DwDQdQ8A4XUPACV2DwAxdg8AenYPAIR2DwDPdg8A3XYPACR3DwApdw8AeXcPAIZ3DwDOdw8A2ncPACN4DwA2eA8AeHgPAId4DwDNeA8A2XgPACJ5DwAjeQ8Ad3kPAIF5DwDMeQ8A2nkPACF6DwAmeg8AdnoPAIN6DwDkXhIAzXoPACB7DwAqew8AdXsPAH17DwA5XxIA4HsPAB98DwArfA8AdHwPAHl8DwDJfA8A0nwPAB59DwAofQ8Ac30PAH99DwDIfQ8A230PAB1+DwAsfg8Acn4PAH5+DwDHfg8AyH4PABx/DwAmfw8AcX8PAH9/DwDGfw8Ay38PABuADwAogA8Ajl8SAHKADwDFgA8Az4APABqBDwAigQ8A418SAHyBDwDEgQ8A04EPABmCDwAkgg8AboIPAHqCDwDDgg8A0oIPABiDDwA4gw8AbYMPAHmDDwDCgw8AyYMPABeEDwAlhA8AbIQPAHGEDwDBhA8AzYQPABaFDwAphQ8Aa4UPAHqFDwDAhQ8AzIUPABWGDwAWhg8AaoYPAHSGDwC/hg8AzYYPABSHDwAZhw8AaYcPAHaHDwA4YBIAwIcPABOIDwAdiA8AaIgPAHCIDwCNYBIA2ogPABKJDwAjiQ8AZ4kPAHOJDwC8iQ8Az4kPABGKDwAgig8AZooPAHKKDwC7ig8AvIoPABCLDwAaiw8AZYsPAHOLDwC6iw8Av4sPAA+MDwAcjA8A4mASAGaMDwC5jA8Aw4wPAA6NDwAWjQ8AN2ESAICNDwC4jQ8AyY0PAA2ODwAZjg8AYo4PAHWODwC3jg8Axo4PAAyPDwAYjw8AYY8PAGKPDwC2jw8AwI8PAAuQDwAZkA8AYJAPAGWQDwC1kA8AwpAPAIxhEgAMkQ8AX5EPAGmRDwC0kQ8AvJEPAOFhEgAakg8AXpIPAHKSDwCzkg8At5IPAAiTDwAKkw8AXZMPAHGTDwCykw8AtZMPAAeUDwAklA8AXJQPAG2UDwCxlA8AvZQPAAaVDwAZlQ8AW5UPAGqVDwCwlQ8AvJUPAAWWDwAGlg8AWpYPAGSWDwCvlg8AvZYPAASXDwAJlw8AWZcPAGaXDwA2YhIAsJcPAAOYDwANmA8AWJgPAGCYDwCLYhIAr5gPAAKZDwAQmQ8AV5kPAGiZDwDgYhIAs5kPADVjEgAkmg8ANGQSAF6aDwAzZRIAsZoPAACbDwAFmw8AVZsPAFmbDwCqmw8At5sPAIhlEgAEnA8AVJwPAFicDwCpnA8Aq5wPAP6cDwAXnQ8AU50PAGSdDwConQ8AtJ0PAN1lEgAAng8AoqMPAAmeDwBSng8AZZ4PAKeeDwCong8A/J4PAAifDwBRnw8AYJ8PAKafDwCwnw8A+58PAAegDwBQoA8AV6APADJmEgCtoA8A+qAPAPygDwDurA8A/aAPAPWlDwAAoQ8AT6EPAAahDwBIqA8AB6EPAIYUEABboQ8ApKEPALOhDwD5oQ8ABaIPAE6iDwBcog8Ao6IPAL6iDwD4og8ABKMPAE2jDwBUow8Ah2YSAK+jDwD3ow8A+aMPAEykDwBNpA8AoaQPAKSkDwD2pA8AAaUPAEulDwBQpQ8AoKUPAKqlDwDcZhIAAqYPAEqmDwBMpg8An6YPAKCmDwD0pg8A96YPAEmnDwBUpw8AnqcPAKOnDwDzpw8A/acPADFnEgBbqA8AnagPAJ6oDwDyqA8A/qgPAEepDwBWqQ8AnKkPAKapDwDxqQ8A/akPAEaqDwBNqg8AhmcSAKOqDwDwqg8A8qoPAEWrDwBUqw8AmqsPAKSrDwDvqw8A+KsPAESsDwBGrA8AmawPAKqsDwAwaBIA/awPAEOtDwBNrQ8AmK0PAKGtDwDtrQ8A760PAEKuDwBTrg8Al64PAJ+uDwDsrg8ACq8PAEGvDwBJrw8Alq8PAKKvDwDrrw8A/q8PAECwDwBBsA8AlbAPAKGwDwDqsA8A+bAPAD+xDwBJsQ8AlLEPAKCxDwDpsQ8A8LEPAIVoEgBPsg8Ak7IPAKSyDwDosg8A8LIPAD2zDwBEsw8AkrMPAKCzDwDnsw8A97MPADy0DwBMtA8AkbQPAK20DwDaaBIA87QPADu1DwBStQ8AkLUPAJi1DwDltQ8A87UPADq2DwBEtg8Aj7YPAJu2DwDktg8A+rYPADm3DwA8tw8AjrcPAKq3DwAvaRIA87cPADi4DwBCuA8AjbgPAJW4DwDiuA8A8bgPADe5DwA8uQ8AjLkPAJm5DwDhuQ8A67kPADa6DwA4ug8Ai7oPAJm6DwDgug8A7boPADW7DwA4uw8AhGkSAJW7DwDfuw8A6bsPADS8DwA8vA8AibwPAJi8DwDevA8A47wPADO9DwBAvQ8AiL0PAJK9DwDdvQ8A370PADK+DwBAvg8Ah74PAJS+DwDcvg8A374PANlpEgA0vw8Ahr8PAJK/DwDbvw8A4r8PADDADwA4wA8AhcAPAJ7ADwDawA8A7sAPAC/BDwBLwQ8AhMEPAIzBDwCDahIA4cEPANhqEgA7wg8Ag8IPAIrCDwDYwg8A4MIPAC3DDwAyww8AgsMPAJLDDwDXww8A38MPACzEDwA6xA8AgcQPAI7EDwDWxA8A48QPACvFDwA3xQ8AgMUPAIbFDwDVxQ8A3cUPACrGDwA2xg8Af8YPAJLGDwDUxg8A48YPACnHDwA1xw8AfscPAH/HDwDTxw8A3ccPACjIDwA2yA8AfcgPAILIDwDSyA8A38gPAC1rEgAqyQ8AfMkPAIbJDwDRyQ8A08kPACbKDwA1yg8Ae8oPAJvKDwDQyg8A2MoPACXLDwAvyw8AessPAIDLDwDPyw8A0csPACTMDwAzzA8AecwPAIXMDwDOzA8A1swPAIJrEgBBzQ8AeM0PAJbNDwDXaxIA680PACLODwBAzg8Ad84PAH/ODwDMzg8A284PACHPDwAjzw8Ads8PAH/PDwDLzw8Azs8PACDQDwAs0A8AddAPAHzQDwDK0A8A0tAPAB/RDwA40Q8AdNEPAIjRDwDJ0Q8A5dEPAB7SDwAm0g8ALGwSAJHSDwDI0g8A5tIPAIFsEgA20w8ActMPAHfTDwDH0w8A4tMPABzUDwAo1A8AcdQPAHnUDwDWbBIA2dQPABvVDwAq1Q8AcNUPAHzVDwDF1Q8AxtUPABrWDwAk1g8Ab9YPAH3WDwDE1g8AydYPABnXDwAm1w8AK20SAHLXDwDD1w8AxdcPABjYDwAb2A8AbdgPAHXYDwDC2A8AzNgPABfZDwAi2Q8AbNkPAHjZDwDB2Q8AydkPAIBtEgAk2g8Aa9oPAHHaDwDA2g8AzNoPABXbDwAk2w8AatsPAHTbDwC/2w8Ax9sPABTcDwAj3A8AadwPAGvcDwC+3A8Ax9wPABPdDwAW3Q8AaN0PAHTdDwC93Q8Axd0PANVtEgAi3g8AZ94PAG/eDwC83g8Axt4PABHfDwAc3w8AZt8PAHLfDwC73w8Aw98PACpuEgAV4A8AZeAPAHbgDwC64A8Ay+APAA/hDwAU4Q8AZOEPAGjhDwC54Q8Ax+EPAA7iDwAb4g8AY+IPAHriDwC44g8AwOIPAA3jDwAZ4w8AYuMPAHXjDwC34w8AxuMPAAzkDwAY5A8AYeQPAGLkDwC25A8AwOQPAAvlDwAZ5Q8AYOUPAGXlDwC15Q8AwuUPAH9uEgAQ5g8AX+YPAG3mDwC05g8AweYPAAnnDwAg5w8AXucPAGbnDwCz5w8AvucPAAjoDwAK6A8AXegPAGroDwCy6A8AuegPAAfpDwAY6Q8AXOkPAGrpDwCx6Q8AvukPAAbqDwAd6g8AW+oPAGPqDwCw6g8AteoPAAXrDwAV6w8AWusPAGLrDwCv6w8AuesPAATsDwAP7A8AWewPAGXsDwCu7A8AtuwPAClvEgAc7Q8AWO0PAF3tDwCt7Q8AyO0PAALuDwAO7g8AV+4PAF/uDwB+bxIAv+4PAAHvDwAQ7w8AVu8PAGLvDwCr7w8ArO8PAADwDwAK8A8AVfAPAGPwDwCq8A8Ar/APAP/wDwAM8Q8A028SAFzxDwCp8Q8Aq/EPAP7xDwAL8g8AU/IPAFjyDwCo8g8AsvIPAP3yDwAI8w8AUvMPAF7zDwCn8w8ArfMPAPzzDwAE9A8AUfQPAF30DwCm9A8AufQPAPv0DwAK9Q8AUPUPAFz1DwCl9Q8ApvUPAPr1DwAE9g8AT/YPAF32DwCk9g8AqfYPAPn2DwAG9w8AKHASAFP3DwCj9w8AsvcPAPj3DwAH+A8ATfgPAFb4DwCi+A8AqPgPAPf4DwD9+A8ATPkPAFj5DwCh+Q8AqPkPAPb5DwAS+g8AfXASAFX6DwCg+g8ArPoPAPX6DwD4+g8ASvsPAFT7DwDScBIAp/sPACdxEgD8+w8AfHESAFH8DwDRcRIApvwPAPP8DwD0/A8AlgQQAAD9DwBI/Q8AB/0PAO4BEAAK/Q8AOgsQAAz9DwDhDhAASf0PAJ39DwCz/Q8A8v0PAPr9DwBH/g8ASf4PAO8AEABV/g8AnP4PAKT+DwAmchIAqf4PAPH+DwD0/g8ARv8PAFD/DwCb/w8Anf8PAPD/DwABABAARQAQAFYAEACaABAAogAQAHtyEgD2ABAARAEQAEsBEACZARAAoQEQANByEgDwARAAQwIQAEkCEACYAhAApQIQAO0CEAD1AhAAQgMQAEQDEACXAxAAngMQAOwDEADzAxAAQQQQAEkEEAAlcxIAowQQAOsEEADsBBAAQAUQAFYFEACVBRAAnQUQAOoFEADsBRAAkggQAPgFEAA/BhAARwYQAHpzEgBMBhAAlAYQAJcGEADpBhAA8wYQAD4HEABABxAAkwcQAKQHEADoBxAA+QcQAD0IEABFCBAAz3MSAJkIEADnCBAA7ggQADwJEABECRAAJHQSAJsJEADmCRAA6AkQADsKEABMChAAkAoQAKEKEADlChAA7QoQAHl0EgA/CxAA3RIQAEYLEACPCxAApQsQAOQLEADsCxAAOQwQAEcMEACODBAAmwwQAOMMEADmDBAAOA0QAEINEACNDRAAjw0QAOINEADzDRAANw4QAEgOEACMDhAAlA4QAM50EgDqDhAANg8QAEMPEACLDxAAkg8QAOAPEADxDxAANRAQAEEQEACKEBAAkhAQACN1EgDsEBAANBEQADcREACJERAAkxEQAN4READgERAAMxIQAEQSEACIEhAAmRIQAHh1EgDlEhAAMhMQAEkTEACHExAAkxMQANwTEADmExAAMRQQADkUEADNdRIAhxQQANsUEADxFBAAMBUQADgVEACFFRAAkxUQANoVEADiFRAAInYSAOcVEAAvFhAAMhYQAIQWEACOFhAA2RYQANsWEAAuFxAAPxcQAIMXEACUFxAA2BcQAOAXEAB3dhIAMxgQAIIYEACHGBAA1xgQAPIYEAAsGRAAOhkQAIEZEACIGRAA1hkQAOIZEAArGhAAMRoQAIAaEACDGhAA1RoQAN8aEAAqGxAAMBsQAH8bEACBGxAA1BsQAN4bEAApHBAANRwQAH4cEACVHBAA0xwQAOccEAAoHRAARB0QAH0dEACFHRAAzHYSANQdEAAnHhAANR4QAHweEACNHhAAIXcSANgeEAB2dxIANB8QAHsfEACFHxAA0B8QANsfEAAlIBAALSAQAHogEACGIBAAzyAQAOIgEAAkIRAAMyEQAHkhEACFIRAAziEQAM8hEAAjIhAALSIQAHgiEACGIhAAzSIQANIiEAAiIxAALyMQACB4EgB/IxAAzCMQANYjEAAhJBAAJiQQAHYkEAB+JBAAyyQQANEkEAAgJRAALCUQAHUlEAB7JRAAyiUQANMlEAAfJhAALCYQAHQmEAB8JhAAySYQAMomEAAeJxAAICcQAHMnEAB2JxAAyCcQAMsnEADKeBIAMygQAHIoEAB6KBAAxygQANMoEAAcKRAAIikQAHEpEAB3KRAAxikQAMspEABwKhAA9CkQABsqEAAjKhAAdHkSAHYqEADJeRIA2yoQABorEAAcKxAAbysQAHwrEADEKxAAyysQABksEAAhLBAAbiwQAH4sEADDLBAAxSwQABgtEAAmLRAAbS0QAH4tEABzehIAyS0QAMh6EgAlLhAAbC4QAHYuEADBLhAAzC4QABYvEAAeLxAAay8QAHcvEADALxAA0y8QABUwEAAjMBAAajAQAHQwEAC/MBAAxzAQABQxEAAjMRAAaTEQAG4xEAC+MRAAxTEQABMyEAAfMhAAcnsSAKYyEAC9MhAA+zIQABIzEAAaMxAAx3sSAJEzEAC8MxAAyDMQABE0EAAXNBAAZjQQAGw0EAC7NBAAwDQQABA1EAAWNRAAHHwSAGY1EAC6NRAAwDUQAA82EAAUNhAAZDYQAHM2EAC5NhAAxTYQAA43EAARNxAAYzcQAGY3EAC4NxAAwDcQAA04EAAcOBAAYjgQAGc4EAC3OBAAzTgQAAw5EAANORAAYTkQAHI5EAC2ORAAwjkQAAs6EAAVOhAAYDoQAGw6EAC1OhAAvDoQAHF8EgAaOxAAXzsQAGs7EAC0OxAAwzsQAAk8EAAdPBAAXjwQAG08EACzPBAAxDwQAAg9EAAUPRAAxnwSAF89EACyPRAAwD0QAAc+EAAYPhAAG30SAGI+EACxPhAAvT4QAHB9EgAMPxAAWz8QAGE/EACwPxAAtT8QAAVAEAALQBAAb34SAF9AEACvQBAAsUAQAARBEAAVQRAAw38SAGVBEACuQRAAtEEQAANCEAAPQhAAWEIQAGBCEAAYgBIAs0IQAAJDEAAOQxAAV0MQAF9DEABtgBIAuEMQAAFEEAAERBAAVkQQAGBEEADCgBIArUQQAABFEAAORRAAVUUQAGZFEABsgRIAsEUQAP9FEAALRhAAwYESAFxGEACpRhAArEYQAP5GEAAKRxAAU0cQAF9HEACoRxAAsEcQAGuCEgAISBAAUkgQAF5IEACnSBAAr0gQAMCCEgAFSRAAUUkQAGJJEACmSRAAt0kQAPtJEAADShAAUEoQAFNKEAClShAAr0oQAPpKEAD8ShAAT0sQAF5LEACkSxAAxEsQAPlLEAABTBAATkwQAFhMEACjTBAAqUwQAPhMEAD6TBAATU0QAFxNEACiTRAArk0QABWDEgADThAATE4QAGpOEAChThAAp04QAPZOEAD/ThAAS08QAFhPEACgTxAAqE8QAPVPEAALUBAASlAQAExQEACfUBAAulAQAPRQEAAAURAASVEQAFZREABqgxIApFEQAPNREAD7URAASFIQAF5SEACdUhAAolIQAPJSEAD4UhAAR1MQAFNTEACcUxAApFMQAL+DEgD+UxAARlQQAFZUEACbVBAAoFQQAPBUEAD2VBAARVUQAFtVEACaVRAAnFUQAO9VEAD5VRAARFYQAFJWEACZVhAAnlYQAO5WEAD7VhAAFIQSAFJXEACYVxAAoVcQAO1XEAD3VxAAQlgQAFBYEACXWBAAnFgQAOxYEAD5WBAAQVkQAElZEACWWRAAplkQAOtZEADtWRAAQFoQAE5aEACVWhAAploQAGmEEgDxWhAAvoQSAERbEACUWxAAmlsQAOlbEADxWxAAPlwQAEhcEACTXBAAlVwQAOhcEADrXBAAPV0QAF1dEABohRIAnl0QAOddEADtXRAAPF4QAEheEACRXhAAmV4QAL2FEgDyXhAAO18QAEFfEACQXxAAnF8QAOVfEADtXxAAEoYSADxgEACPYBAAnWAQAORgEAD1YBAAZ4YSAEZhEACOYRAApWEQALyGEgDtYRAAOGIQAERiEACNYhAAkGIQAOJiEADsYhAAEYcSAEhjEACMYxAAk2MQAOFjEADpYxAANmQQAENkEACLZBAAkGQQAOBkEADqZBAANWUQAD1lEACKZRAAmWUQAN9lEADkZRAANGYQAEpmEACJZhAAimYQAN5mEADsZhAAM2cQAERnEACIZxAAlGcQAN1nEADlZxAAu4cSADZoEABUAQAAOmgQAPH8EQA+aBAAydIOAJNoEAD3CAAA5GgQANlrEACSahAA1SoAAN5qEADTLAAA6WsQAMQ7AACGbBAAwT4AANtsEAAORwAAhG0QAB3TDwCFbRAAtkkAAIltEABjmQMAjG0QALKbBwDbbRAA+VsAAIVuEABIYgAA2m4QAJFuAACDbxAANXUAAORvEAAsfgAALnAQAH6BAACBcBAAeoUAADFxEADGjgAA8nEQAChyEACDdBAAMM8AAH51EAAk2wAA03UQAHDkAAB9dhAADPMAAC93EABY/AAAnHcQAK38AADPdxAAAv0AAC54EAD8AgEA1ngQAKUEAQAqeRAAoAkBAOp5EACXEgEALHoQAJEYAQCUehAAynoQADt7EAB0exAAfHsQAMl7EADVexAA3x8BACZ8EACHIgEA5HwQAB19EAAlfRAAcn0QAHR9EADVKQEA030QAM8vAQB5fhAAGzkBANF/EABXUgEAd4AQAP5VAQCLgBAA1MQRAJOAEADWwhEA6YAQAFNWAQAfgRAAp1cBAICBEAD6WQEAyIEQAPdcAQAcghAA9V4BACODEACNcQEAhoMQAMGDEADJgxAA4nEBACWEEAA1dAEAzIQQANV+AQA4hRAAKn8BAHaFEADTgAEAx4UQABSGEAAehhAAKIEBAHOGEAAjhgEAc4gQALSfAQDEiBAAEYkQACGJEAAJoAEAx4kQAAWkAQAYihAAZYoQAHWKEABapAEAG4sQAPysAQBojRAAeS8CAGyNEAAiMQIAcI0QAObCAQB8jRAAaT8CABSOEABG/REAFY4QALfnCwAYjhAA48UBACiOEABXRwwAaY4QAL/aEAB9jhAAOMYBAI+OEACuPxIAvY4QAI3GAQDAjhAAzdAMAGyPEACIywEAwY8QAN3LAQBtkBAALNIBABKREAAm2AEAvJEQACLcAQALkhAAXZIQAGmSEADM3AEAZJMQALGTEAC0kxAA8asNAL2TEABw4wEAG5QQABjmAQB8lBAAsJQQAAmVEABkOQ0AFZUQAF/0AQAylRAAFekBAGaVEABk7wEAEJYQAAr0AQC6lhAAXvUBAB+XEACz9QEAvZcQAF32AQALmBAAXPcBAA+ZEACnAQIAtJkQAORkDAC3mRAAogYCALmZEAAYLw4ACJoQAO0AEgAamhAAVZoQALKaEAD/mhAAxpoQAO0QAgACmxAA+vgMAAmbEADvAw0ADJsQAGXjDAAamxAAoAgCACCbEACbAg0Aq5sQAPEMAgDTmxAAxtYNAAycEACaDgIAX5wQAJkPAgC+nxAAMSICAFitEADKKA0A/q0QAEGuEACorhAA664QAFCvEACr8wsAVq8QACfWAgCXsBAAhb4RAJywEAA+sRAAsLAQADu0EAC4sBAAgcIRAL6wEAAX5gIAQLEQACN7DABCsRAA+PoMAEWxEACi/wgASLEQAGzmAgBNsRAAweYCAE+xEAANmQQAdbEQAG3jBACdsxAAB/YCAEO0EACQtBAAkbQQAPmkDACatBAAKR0PAJ+0EADHgA0Ar7QQAEVTEgDvtBAAAvsCAOe1EADZIwMA6rUQADq7CgDrtRAAlhEDAO21EABQAgMA7rUQAPUHAwDwtRAA4xgEAPG1EABICgMA8rUQADoYAwDztRAA+AQDAPS1EACSFAQA+rUQAEUNAwAithAAaDIQADi5EAAAUgMAPLkQANQoAwBAuRAAKMsMAJe5EAAnKwMA4rsQAAtHAwBLvRAA9VwDAPW9EADrZgMApb4QAOdqAwDkvhAAN3ADANy/EAB7gQMAN8AQAITAEACSwBAAzoMDAIfBEAAW2w4AkcEQAHCMAwCFwhAAC5wDAN3DEADzswMAgcQQAEC8AwA8xRAAf8UQAIDGEAA/EQUAgcYQAHHgAwCIxhAAy9YIACvHEABt5AMAL8cQALzlCAAqyBAAV/oDADHJEAChBQQA38kQAPMIBACWyhAAz8oQANfKEAAkyxAAM8sQAJYQBACDyxAA6BMEACzMEAA6ZAwAL8wQAJEVBACAzBAAzcwQAJTMEAAxvREA18wQAOYVBAB/zRAAixsEANvNEACJHQQAfM4QAIMjBADTzhAAqaIJACPPEAAnKgQAK9AQAL88BAB80BAAQFkRAOXQEAAe0RAAJtEQAHPREACA0RAArE8EAITREAARQAQALdMQAEpcBAAn1BAAN28EAHjUEADF1BAA1tQQAItwBAB+1RAA2XcEAM7VEAArewQAcNYQAM6CBADU1hAAcokEAN/WEABmlQQA7NYQAGyPBADr1xAAu5UEAIvYEAC0nAQAx9gQAAOjBABy2RAASbIEAHfZEAAkfQkAeNkQAMuACQB62RAA1HcJANzZEAAV2hAAHdoQAGraEADB2hAACEANAMfaEACGvREAydoQAEa1BADL2hAA8/0OAOLaEADwUhIAA9sQANQcDwAc2xAAQ7gEAJbbEAC+2xAAHdwQAJO9BADM3BAANsUEAGrdEAAtzgQA2N0QANbPBAAe3hAAI9gEACDeEAAr0AQAbN4QAH3TBABw3hAAe9UEAG/fEADL2gQAc+AQAMDlBAC84BAAu+oEACjjEABh4xAAaeMQALbjEADF4xAA8ggFABTkEACVEAUADOUQAOIYBQAX5RAAjr4IAGLlEAA0HAUAY+YQAHUwBQBt5hAAfSgFALnmEADPKwUAveYQAM0tBQAj6BAAXOgQAGToEACx6BAAtugQAGFEBQDA6BAAaTwFAAzpEAC7PwUAEOkQALlBBQAO6xAAoFoFALTrEACXYwUAXuwQAC53BQAn7RAAyYYFAH3tEAAZjAUAu+0QABeOBQAR7hAAZpQFAGLuEABllQUAs+4QAADvEAAK7xAAupUFAFjvEAC3mAUAXfAQAK2iBQAa8RAAU/EQAFvxEACo8RAArvEQAEyuBQAT8hAA87EFAL3yEAA8vgUAAPMQADLIBQC18xAALswFAF/0EAAm1AUAFvUQAE/1EABX9RAApPUQALT1EAAZ4QUA0PUQAGrlBQAF9hAAGOIFAFb2EACj9hAArfYQAG3iBQC+9xAA9/cQAP/3EABM+BAAVfgQAAfzBQCr+BAABfUFAGf5EACg+RAAqPkQAPX5EAD2+RAA+v8FAPr5EAABTgYA+/kQAEMMBgAC+hAAnQcGAAT6EACq+gUAUPoQAPz9BQBU+hAAWUsGAFP7EABFCgYAUvwQADYZBgCn/BAAhx0GAPj8EACGHgYAqv0QANMmBgBi/hAAm/4QAKP+EADw/hAA+v4QAMsuBgBI/xAAxDUGAAsAEQBEABEATAARAJkAEQCmABEAFToGAKgAEQALRAYA8wARABE+BgCeAREAXUcGAPUBEQBbSQYAXQMRAJYDEQCeAxEA6wMRAPoDEQBPVQYASgQRAKFYBgBKBhEAjG0GAK8GEQDoBhEABAcRAD0HEQBKBxEA4G4GAFgIEQCRCBEAmQgRAOYIEQDpCBEAeYAGAMcJEQBsjQYAPQoRAGeSBgBBChEAy9MLAPEKEQALmQYAPAsRAAedBgCXDBEA9q0GAO4MEQBGswYA6Q0RAIltCQD9DREANG0JAFIOEQCLDhEAkw4RAOAOEQDjDhEAPrsGAFEPEQCKDxEAkg8RAN8PEQDuDxEA5b4GAD8QEQCJxQYAihERAM7VBgA5EhEAPl8NAD4SEQCs7w4AQRIRAHbYBgBCEhEAA+4OAJMSEQBy3AYAohMRANsTEQDjExEAMBQRADkUEQAT5gYAjxQRABHoBgA+FREACu8GAJ0VEQBV+QYAMRYRAPcBBwDbFhEAlwwHAIUXEQDgGAcAixgRAH4lBwDgGBEA0CgHADcZEQAiLAcAnBkRANUZEQDdGREAKhoRADkaEQAXNwcAOhoRAHYtBwCLGhEAdS4HANwaEQApGxEAMxsRAMouBwDZGxEAaToHAIAcEQAMQgcALx0RALNFBwDtHREAJh4RAC4eEQB7HhEAih4RAP9OBwDcHhEAUVIHAC0fEQB6HxEAiR8RAKVTBwAzIBEAn1kHAIMgEQDxXAcA2yARAOVoBwDdIBEA62IHAOkhEQAiIhEAKiIRAHciEQDoIhEAISMRACkjEQB2IxEAgyMRAH17BwDYIxEAJX4HAC4kEQDMgQcAzCQRABuIBwCAJREAFI8HACkmEQCqowcAficRAOu3BwDPJxEAHCgRACsoEQA/uQcAlygRAJO6BwDPKREA4sAHACYqEQAzxQcAdyoRAMQqEQDTKhEAh8YHAD8rEQDbxwcAcCwRAIHMBwDHLBEAetMHAHEtEQDC4AcAGy4RAGDtBwDQLhEABfMHACIvEQBZ9AcAxS8RAP/4BwCFMBEAvjARAMYwEQATMREAazERAEsCCAAhMhEA8wQIANgyEQARMxEAGTMRAGYzEQBwMxEA6g0IAMkzEQCTDwgAHzQRAI4UCABvNBEA3xgIABg1EQAwHQgAGjYRACojCABrNhEAuDYRALo2EQB/IwgAfjcRALc3EQC/NxEADDgRACc5EQBgOREAaDkRALU5EQDQOhEACTsRABE7EQBeOxEAaDsRAKhPCAAkPBEAXTwRAGU8EQCyPBEAvDwRAIdwCADIPBEAl2AIAAw9EQCVYggAZj0RADdrCAC5PhEAxoYIAL0+EQDPfQgAEz8RAMmDCABbPxEAx4UIAA5AEQDEiAgAXEARAMGLCAANQREAEZEIAGRBEQBglwgADkIRAF2aCABjQhEAspoIAMhCEQABQxEACUMRAFZDEQBlQxEAWp0IAA1EEQD5qAgAZUQRAJ2vCABwRREAqUURALFFEQD+RREADUYRAOm4CAAARxEAUkcRAGxHEQAvyAgAw0cRAPxHEQAESBEAUUgRAGBIEQArzAgA3EgRANTNCABsSREApUkRAK1JEQD6SREAXkoRAHvRCACqShEAzdQIAFpLEQDK1wgAtUsRABvcCABUTBEA6WIJAFdMEQDB4AgAqUwRAMDhCACrTREAA/QIAABOEQCn+ggAUk4RAKb7CABmTxEAn08RAKdPEQD0TxEAAFARAO4ICQBRUBEAnlARAKJQEQBCCgkAA1ERAOsLCQC5UREA8lERAPpREQBHUhEAcVIRADIaCQChUhEAgCEJAA1TEQCxQwsATlMRAJtTEQDTUxEA0CYJAGhUEQCaVBEAnFURAAZGCQCfVhEAoFYJAPRXEQBBWBEAY1kRAJVZEQC0WREA6lkRAE9aEQDacQkA8VoRACp3CQCZWxEAJnsJAPRcEQB5JwoA9lwRABqHCQBCXREAbIoJAERfEQC3lAkAkl8RAAWcCQCZXxEACJkJAJVhEQDiYREAj2IRAO+xCQCXYxEA5LwJAOdkEQA0ZREAXWURANDQCQD6ZREAM2YRADtmEQCIZhEAl2YRAMjYCQDjZhEAGtwJAOdmEQDRJAoAjGcRABjeCQDkZxEAMWgRAFpoEQBr4AkA42gRABLkCQBZaREAZ+QJAN9qEQCp9wkA5GsRAKL+CQDjbBEA7wYKAEhtEQBEBwoAkG0RAJkHCgDcbREA6woKAIxuEQDoDQoA8W4RAD0OCgA5bxEAkg4KAIVvEQDkEQoA/XARAChxEQCZcREA0nERANpxEQAnchEA1nIRAHUrCgDUcxEAaTcKAI90EQAFRgoAQHURAHl1EQCBdREAznURANh1EQCmTwoAo3cRAEVbCgDNeBEAgHUKACl5EQAlewoAzHkRAMeDCgAvehEAGYcKANN6EQBikwoAKHwRAEypCgCEfBEAx3wRAM99EQCSuAoAhn8RAILICgAegBEAfc0KAHuAEQDP0AoANIERAG2BEQB1gREAwoERABmCEQBx2QoAMoMRAGuDEQBzgxEAwIMRAOqDEQBk5goAc4QRALPsCgDHhBEAFIURACKFEQBd7QoAb4URALDvCgAghhEAq/QKAGmGEQCn+AoAcIcRAJ0CCwBzhxEARwMLAMiIEQA6EAsAFYkRAI4RCwByiREA4BQLAMKJEQCIFwsAEooRAN0XCwCIihEAuYoRAH+LEQB7JAsA4osRANAkCwAUjREAYY0RAIqNEQB0KwsAlY0RAB4sCwBrjxEAGjALAMSPEQBsMwsAFpARAMA0CwAVkREADzsLAGKREQALPwsAJpIRAFySEQAIkxEAUU4LAGKTEQDzVgsAIZQRAFqUEQBilBEAr5QRALyUEQBCXQsAEZURAD9gCwC7lREA5mMLAHeWEQCtlhEAFJcRAO+pEQAhlxEAV5cRAA2YEQAucQsAD5gRANtuCwC9mBEAAJkRAGOZEQB6egsAD5oRABmGCwBpmxEABpkLAAicEQACnQsAYJwRAPyiCwC1nBEASasLAAmdEQBIrAsArJ0RAO2xCwBsnhEApZ4RAK2eEQD6nhEAbZ8RADW/CwBRoBEAhMULAGShEQB6zwsAB6IRAMfXCwC9ohEA9qIRAP6iEQBLoxEAvKMRAPWjEQD9oxEASqQRAPekEQDbvREA/KQRAEmlEQD+pBEA2xUPABClEQBO9REAU6URAGHoCwD5pREABu4LAAGoEQCaBAwAEKgRAEaoEQCjqBEAngAMAP+oEQDzAAwARaoRADkQDACkqxEA2BsMALyrEQBX8A0A9asRAEKsEQBgrBEALRwMAAitEQBBrREASa0RAJatEQD5rREAKh8MALGuEQAnIgwAW68RAHklDABasBEAk7ARAJuwEQDosBEAWbERAJKxEQCasREA57ERAEqyEQBtMQwAArMRADuzEQBDsxEAkLMRAPOzEQASNwwAALURADm1EQBBtREAjrURAPG1EQBgPgwAqbYRAF1BDABTtxEAr0QMAOi4EQDPzA4APbkRACTNDgCmuREA37kRAOe5EQA0uhEAqboRAPdRDAA7uxEAt5EMAOS8EQDfDhIA470RANNzDgD3vREAsD0SAAm+EQAwvhEAOL4RAAGaDwBevhEAp58OALO+EQDavhEAMr8RAL0wEgCgvxEA2b8RAOG/EQAuwBEAj8ARAIlqDAD0wBEALcERADXBEQCCwREA48ERAMTYDQBCwhEAr5kMAIbDEQBr3A0AjMMRAH90DADvwxEAJ3cMANzEEQApxREAOMURAHd7DQCGxREALmoSAOHGEQBzgAwA68YRAB9/DADdxxEAGoQMAJfIEQDQyBEA2MgRACXJEQCAyhEAEY0MAI3MEQCrnQwAKc0RAEmqDACBzhEA5LkMAH7PEQDhvAwAy9ARAILFDQDO0BEADZANANLQEQAsxwwA2NARAMjUDQB60REAx9ERANHREQAnzAwA4tIRABvTEQAj0xEAcNMRABzUEQAa2QwAdNQRAMHcDAB11hEAC+gMAMrWEQAX1xEAI9cRAF3rDADN1xEAr+4MAHPYEQDA2BEA19gRAP/zDAC93REA5A4NAGreEQCKEw0AweARAMQuDQB04REAt+ERAG7iEQBePw0AceIRAAo+DQBu4xEAsUENAC3kEQBf5BEAfeQRAFhFDQDY5BEAp0sNAGzlEQD8Sw0AuecRAAboEQAI6BEARVgNAGDoEQDvWA0AZ+gRAJdbDQAg6hEAWeoRAGHqEQCu6hEAuOoRADJrDQB06xEAresRALXrEQAC7BEAEewRACd2DQBd7BEAeXkNAAftEQDJfg0Ase0RABmEDQAH7xEAVO8RAFfvEQARjA0ACvARALiPDQAF8REACJUNACXxEQD1TRIAbvERAFyWDQD/8REAUfIRAP7yEQCvmA0ABfMRAAKbDQCw9BEA/KANALL0EQDCLw4AVvURAKP1EQD69hEAtZEOAFj3EQDvrQ0Ap/gRAIi/DQCq+BEA1ccNAK/4EQCYrw0Au/gRAOO5DQBW+xEAib4NAAD8EQCDxA0AUv0RADNpDgBw/REAXDwSAKP9EQDw/REA8/0RANTIDQBV/hEAfcoNAKb+EQB8yw0A9/4RAET/EQBO/xEA0csNAPAAEgB20Q0A9wASAHTTDQCaARIAc9QNABYDEgAa2A0AnQMSAGzbDQAwBRIA/EYSAKgFEgB8Hw8A6QUSAAPvDQBIBxIAU/QNAJkHEgDmBxIA/wcSAKf1DQA+CBIAkAgSAAkJEgBN+g0AswkSAEz7DQBdChIAoPwNAOsKEgA4CxIAQgsSAEcADgDjCxIAc9MOAPAMEgDpCA4A5A4SAOARDgDQDxIA3g8SACUQEgAzEBIAiBISANAhDgCSEhIAHikOAD4VEgBqMg4AkRUSAGkzDgDgFRIAEzQOADAWEgBnNQ4ALxcSALo3DgAzGBIAgBgSAN0YEgAqGRIA1RkSALI/DgAxGhIAfhoSANsaEgAoGxIA1RsSAKxFDgCEHBIA0RwSAC4dEgB7HRIAgh4SAPxKDgDbHhIAUEwOAIEfEgDOHxIA3h8SAKRNDgCbIBIAzSASAIAhEgBKUg4A2CESAPJUDgBFIhIAdiISAI8lEgCGaw4AOCcSANZwDgDiJxIAKnIOAIwoEgB+cw4AGSsSAL2JDgDNLBIAYJEOAMEtEgCylA4AdS8SAFWcDgAcMBIA/Z4OAMgxEgBQoQ4A5jISAKGlDgATMxIASqcOAG0zEgCVWBIAwzMSAPKpDgDGMxIA8KsOABI0EgBkNBIAgDQSALk0EgARNRIAYzUSAH81EgC4NRIAFTYSAGI2EgBsNhIARawOAL82EgBufxIAEjcSAECxDgAZOBIAkbUOAGM4EgA5uA4AvTgSAOpYEgDJORIA0R8PAGo6EgAtxA4AFT4SAK2YDwBjPxIAFN0OAFtAEgDF1g4ADkESAMTXDgAIQxIAVUMSAF9DEgBm4A4ADUQSAA7jDgBDRxIAUUcSAJhHEgCmRxIA7UcSAPtHEgBCSBIAUEgSAJdIEgClSBIA7EgSAPpIEgCwSRIAW+sOABVKEgCw6w4ApEoSAATtDgAUSxIAru0OAKtLEgAC7w4AE0wSAExMEgC9TBIA9kwSAFlNEgBU8g4AHU4SAEpOEgByThIAn04SAMdOEgD0ThIAHE8SAElPEgCmTxIA808SAPhPEgD79Q4ASlESAPH/DgD8UhIABj8QAABTEgBdPRAAoVMSAJYFDwD9UxIAjwwPALhUEgDuVBIAYlUSANkXDwChVRIAKhwPAAxWEgBCVhIA9FYSAEFXEgBRVxIAKB4PAKJXEgAnHw8AAFgSAHcjEABFXBIA61oPAJ1cEgCVWw8AmF0SAC5tDwBCXhIA0nMPAOxeEgDLeg8All8SAHCADwBAYBIAvocPAOpgEgBkjA8AlGESAAqRDwA+YhIArpcPAOxiEgCsmQ8AT2MSAIpjEgCSYxIA32MSAI5nEgDbZxIA+WcSAJuqDwA1axIAJ8kPAKBrEgAjzQ8ASmwSAHPSDwDibBIAxtQPADNtEgBu1w8Ah20SABbaDwDabRIAEt4PADpuEgAQ4A8Am24SANRuEgArbxIAA+0PAIpvEgCs7g8A6G8SAFTxDwAwcBIATvcPAO5wEgCf+w8AMXUSAN8QEADcdhIA0h0QAC13EgDRHhAAfncSAMt3EgDPdxIAJh8QACh4EgB1eBIA0ngSAB95EgDReRIAHnoSAH96EgDCLRAA0HoSAB17EgAhexIAFy4QAEd8EgBlNRAAJH0SAFw+EABzfRIAxX0SAO19EgAafhIAcn4SAMR+EgDsfhIAGX8SAIV/EgBaQBAAGoASAK1CEAB3gBIArEMQAMqAEgAXgRIAJ4ESAKtEEAB1gRIAqkUQAMSBEgAWghIAdYISAP1HEADQghIA/EgQAM2DEgDxUxAAdYQSAOpaEADGhBIAE4USACOFEgA/WxAAwYUSAOZeEAAihhIAOmAQAHWGEgA5YRAAxIYSAONhEAAUhxIAZocSAA==","fail":"AAAAAAAAAADNhwAAksEBANPWAADnEQcAFzwCAAH3BwBOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAzHwMAJ0ECQBrlAAARw4AAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CAGfgDQC84A0AxOIDAAAAAADnEQcAFzwCABc8AgDTfgMALCcCAIEnAgDyqg0Are8NACXYAgB62AIA5hgBAKmmBQD98w4A034DAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCABKMDAC/jQgAFzwCAGNFAgA/uwUALsoHAAAAAADnEQcATgUCALOWCwBJCAQA1SgCAFGlCQDjGgIAzYcAAMsyAgDRdA8AJnUPAKKwAgDZJgAATgUCAGg3CwC9NwsAt0gAAP1SBQBrlAAAwJQAAO65AgAN6QkAYukJAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwDmvAcAOboMAFUAAABVAAAAGjEKABc8AgC3SAAATgUCAOa8BwDrvQEAAAAAAGuUAACCHAwAziUMAIweAAA9GAAAAfcHAFb3BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwBJrAoAPBkAAAiXCwCnoA0AVAEAAKkBAAD+AQAAUwIAAKgCAADmvAcAOboMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIABZ8GAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABqjAkAv4wJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLHQIAvTcLAF9JAgC4kwkADZQJAGKUCQAB9wcATgUCAKP4DgCunQkATgUCAPKqDQCrmg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFGlCQD0VAwA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgC36AoAAfcHAE4FAgDmvAcAzzAAACQxAAB5MQAAzjEAAINuDgDjGgIAzYcAAJLBAQCMHgAAAfcHAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAAPxCwBY8QsA5xgAADwZAAAIlwsAp6ANAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgCqnA4A/5wOALOWCwC4RgEADUcBAO65AgAajwEAAfcHALXmDgCzlgsACJcLAKegDQBUAQAAqQEAAP4BAABTAgAAg24OAOMaAgDNhwAAksEBAIweAAAB9wcATgUCABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwCnoA0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAKqcDgD/nA4As5YLALhGAQANRwEA7rkCABqPAQAB9wcAteYOAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAINuDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACDbg4A2SYAADcVCQAXPAIAhRkMAHaHAgCDbg4A5hgBAKf7BwBHDgAA670BAOFzAAAXhg0AA50KAEdWDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAs5YLAAiXCwCnoA0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgAmIA8AEowMADB0BgDmvAcA4rkOAP1SBQBSUwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgDMfAwAteYOAD0YAAAHSwMAa5QAAAH3BwBOBQIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAOkgoAkhgAANPWAAA9GAAATgUCAMx8DABW9wcAnFQPAPFUDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAH3BwC15g4APRgAAAdLAwBrlAAAAfcHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAAAuygcA1SgCAAH3BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAaowJAL+MCQC3SAAA/VIFAFJTBQBrlAAA7rkCAEO6AgCYugIATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCPYw0Av40IABSOCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAJK2DABVAAAAVQAAABoxCgAXPAIAt0gAALfoCgAB9wcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQDyVwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAABOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDDigcAzYYBAFSeDQBOBQIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCALfoCgAB9wcATgUCAOMaAgDTfgMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAeSsGAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE4FAgCzlgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAEZbCQCunQkAQhECAFUAAACqAAAA/wAAAE4FAgAAAAAAVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAXJ4FAD6/AgCTvwIA6L8CAB0rDQByKw0AxysNANPWAAAajwEAPBMGAAxJAADiuwwA7LQJALdIAABOBQIAEowMAP3zDgDTfgMATgUCALOWCwAIlwsAp6ANAFQBAACpAQAA/gEAAFMCAACoAgAAXJ4FALGeBQAGnwUA2SYAADcVCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABMswAA5rwHAIweAAA9GAAAt0gAAE4FAgASjAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwCnoA0AVAEAAKkBAAD+AQAAUwIAAKgCAAAzwQsApvgLAPv4CwDmvAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAp/sHAJuzBgCyRQgAzYcAAP3zDgAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAOcRBwCunQkAQhECAJcRAgBHDgAAjB4AAJuzBgAciAYAcYgGAGHlDgA8EwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAeXoMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgA+sg8ARw4AAIweAAAB9wcATgUCAINuDgD9nQ8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgCqnA4A/5wOAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAp/sHAJuzBgCyRQgAzYcAAP3zDgAHSwMAxOIDALdIAADVKAIAzYcAAL+NCAAUjggADJ0BANPWAABrlAAAAfcHAE4FAgCDbg4AFzwCAEZbCQDjGgIAzYcAAOMaAgC3nAEA47cPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQC15g4AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAB5KwYA5xEHAE4FAgAAAAAAAAAAAAAAAACfsQQAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAH3NCgDSzQoAJ84KALOWCwAIlwsAp6ANAFQBAACpAQAA/gEAAFMCAACoAgAAA/ELAFjxCwCt8QsAAvILAI9jDQC/jQgAFI4IAAydAQDT1gAAa5QAAAH3BwA9GAAAkhgAAOcYAAASjAwAPQoOAHeIAADMiAAAIYkAAHaJAADLiQAA8qoNAK3vDQAU3wwA8qoNAKuaDwAajwEAxOIDABnjAwDuuQIAUaUJAOK7DABHDgAAdocCANPWAAAajwEAPBMGAAxJAABOBQIAaowJAGw8AgDjGgIA4xoCABqPAQA8EwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgCzlgsAt5wBAOO3DwDNhwAAksEBAIweAABcngUAskUIAAdGCABcRggAsUYIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMAX0MIAIweAAClog0At0gAAHkrBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BAASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgDyqg0Are8NAOcRBwAB9wcAteYOAF6UDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAC7KBwBOBQIAXJ4FABc8AgBjRQIA2soFALXmDgA9GAAAt0gAAHkrBgDNhwAAv40IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBAAB9wcAVvcHACKIAAB3iAAAzIgAACGJAAB2iQAAQgUOAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgD6pwgAG48AABc8AgBjRQIA2soFAJ0ECQBrlAAARw4AAEEGDgCSGAAAEUMBAOYYAQCppgUAsksCAE6xAAAB9wcAteYOAD0YAAAHSwMAa5QAAAAAAADnEQcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAa4gMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAE4FAgASjAwAFy8PABqPAQBOBQIA7rkCAA3pCQBi6QkAhRkMAL+UAQDnEQcArp0JAE4FAgAzwQsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgBqjAkARlsJAOy0CQC3SAAAeSsGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAB5KwYA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQDjtw8A+wEDAJYRAwA8uQoAgxkOANgZDgAtGg4AghoOANcaDgAsGw4AgRsOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQC15g4AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAP3zDgBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgBh5Q4AtuUOAJwOAACunQkA2SYAADnFAQCOxQEAt+cLAAzoCwAbjwAAt5wBALdIAAB5KwYAVQAAALecAQDjtw8AOLgPADnFAQCOxQEAt+cLAAzoCwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAGg3CwBn4A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBoNwsAZ+ANAPcGAgBMBwIAoQcCAPYHAgBLCAIABkQLALecAQDjtw8AOLgPAI24DwDiuA8ARlYOALOUDQBOBQIAaowJAGHlDgCKuw8A37sPADS8DwAGRAsAW0QLAKMFAgD4BQIATQYCAKIGAgAAAAAAXpQNAE4FAgBqjAkAYeUOAIq7DwDfuw8ANLwPAAZECwBbRAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEAAPuDgBY7g4Are4OAALvDgBX7w4AAAAAABuPAABwjwAAB0sDADwTBgDLMgIAvYgPAAH3BwBKXgIAG48AAHCPAAAHSwMAPBMGAMsyAgAJkg8AFzwCAGw8AgAFnwYAp/sHANPWAADnEQcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAALXsCACbswYAt0gAALfoCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIA8qoNAK3vDQAU3wwA4xoCACYgDwAAAAAAEowMAADxDgBV8Q4AqvEOAP/xDgBU8g4AqfIOAP7yDgBoNwsAQwMPAJgDDwDtAw8A+wEDAAAAAADnEQcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA2soFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBGVg4As5QNAGg3CwAAAAAAt5wBAAAAAAAbjwAAzYcAAL+NCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAqpwOAE4FAgBoNwsAAAAAABuPAADNhwAAUaUJAOK7DADstAkAQbUJAJa1CQDrtQkA4xoCAEC2CQCVtgkA6rYJAOMaAgBcngUAsZ4FAAafBQDChA4AF4UOAGyFDgBcngUAsZ4FAAafBQDChA4AF4UOAGyFDgDNhwAA/fMOAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAC36AoAgsYMANfGDADLMgIA5mIMADtjDADTfgMAt0gAALfoCgCCxgwA18YMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAD9UgUAA5sMAME8AgAWPQIAaz0CALdIAAAMSQAA/5sPAFScDwCpnA8AAAAAABc8AgBjRQIAMc0BAMvZBQCbswYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgBy1A4ADEkAAP+bDwBUnA8A5xEHAMsyAgDGNwIADEkAAP+bDwBUnA8AqZwPAAAAAADNhwAAGo8BAMTiAwCMHgAAghwMANccDAAsHQwAgR0MANYdDADLMgIAxjcCAAxJAAD/mw8AVJwPAKmcDwDLMgIAxjcCAAxJAAD/mw8AVJwPANN+AwBVAAAAtewIAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAABZ8GAKf7BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAAD9UgUAUlMFAOMaAgA4GwIAjRsCALfoCgBrlAAAwJQAABbpAADC5QIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcAteYOAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAABoxCgAajwEAb48BAO9iAwBEYwMARFoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAAfcHALXmDgCrUwEAQ1cQAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAEZbCQAB9wcA4WoJAO65AgAajwEAxOIDAL+UAQDnEQcArp0JAGuUAADAlAAAFukAAMLlAgDjGgIA5xEHAOy0CQBwjwAA67wCALecAQAMnQEA/UwLAFJNCwCnTQsA47cPAMCUAAAW6QAAwuUCAP3zDgBCEQIAA50KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEAp/sHAD0YAAC3SAAAt+gKAERaDAAW6QAAwuUCAOcRBwDstAkAt0gAAMQ5AgDZJgAA4xoCAOcRBwDstAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCdBAkAPBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJuzBgAciAYAcYgGAIUZDAC/lAEA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CAOcRBwDuuQIADekJAGLpCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAHkrBgDOKwYAaT0EALecAQDjtw8A5hgBAKf7BwA9GAAAt0gAALfoCgAB9wcAteYOAMCUAAAW6QAAwuUCAEcOAACStgwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAJ0ECQA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQDjtw8AQhECAGbkCgC/jQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAJiAPAMCUAADZJgAAa4gMABc8AgDmGAEAqaYFALJLAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAK6dCQBOsQAAHIgGAHGIBgDGiAYAG4kGAHCJBgDFiQYA5hgBADsZAQDyVwsA4WoJALBCDQA3FQkATrEAAD6/AgCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAL+NCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgAB9wcAteYOANkmAAA3FQkA5gsOAGuUAAAB9wcAzYcAAL+NCAAUjggAaY4IAPKqDQCt7w0AFN8MABKMDAAwdAYA5hgBAKf7BwD8+wcA4xoCACYgDwDAlAAATgUCAKMFAgA+sg8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkAt+gKAAzpCgBh6QoAt0gAAE4FAgDyqg0Are8NABTfDABqjAkAv4wJAD+7BQAuygcATgUCALOWCwC4RgEADUcBADcQDgCMEA4A4RAOADYRDgCLEQ4AEowMAADxDgBV8Q4Av5QBABSVAQBplQEATgUCALOWCwC4RgEADUcBADcQDgCMEA4A4RAOADYRDgCLEQ4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAyigNAB8pDQB0KQ0AySkNAB4qDQBzKg0A5xEHAE4FAgCjBQIALicAANPWAABOBQIAEowMAGeMDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAPKqDQCt7w0AFN8MAKMFAgA+sg8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkA/fMOAD0YAACSGAAAEUMBADYdAgBqjAkAv4wJANrKBQC15g4Am7MGAKOxAAAveQIAOW8CAGNFAgBGWwkAQrwBAPKqDQBcngUA034DAG6FDADDhQwAGIYMAG2GDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAGuUAADAlAAAFukAAMLlAgBxLgsANxUJAOYLDgCdYAIATgUCAOa8BwAW5wIA5hgBAOMaAgDnEQcAGo8BAGOaAgDNhwAAsksCAHkrBgDnEQcArp0JAE4FAgBoNwsAQwMPAJgDDwDtAw8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAM8ELAIjBCwAT3g4AaN4OAL3eDgAS3w4AKdUBALJLAgB5KwYA4xoCALecAQDjtw8A8qoNABBDAgBlQwIAukMCAFyeBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAXJ4FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAA8qoNAK3vDQAl2AIAetgCAOYYAQCppgUA/fMOAAPxCwBY8QsArfELAALyCwCLHQIAvTcLABI4CwDstAkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAaowJAL+MCQC3SAAAG48AABc8AgDMfAwAteYOAJuzBgCjsQAAL3kCADlvAgBjRQIA2soFAE4FAgASjAwA/fMOAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILABuPAABHDgAAjB4AADPBCwCIwQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAo/gOADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAAB9wcATgUCABKMDAD98w4AAfcHAE4FAgAD8QsAWPELAK3xCwAC8gsAG48AAEcOAACMHgAA5rwHABbnAgBr5wIAwOcCABXoAgBq6AIAnFYNAPFWDQBGVw0Am1cNAPBXDQD98w4AB0sDAE6xAAD7AQMAOrsKAD23CwCStwsA57cLADy4CwCRuAsA5rgLAFChDgBDAw8AmAMPAO0DDwBOBQIAo/gOAOy0CQC3SAAATgUCAKP4DgDZJgAATgUCAOMaAgDnEQcA7LQJAHCPAADrvAIAaowJAGw8AgDmbAIAO20CAC7KBwAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAo/gOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOa8BwA5ugwAjroMAOO6DAD9UgUAA5sMAFibDADZcgkATgUCANPWAAAajwEAPBMGAAxJAABOBQIAo/gOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAPBMGAAxJAABOBQIAo/gOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAMx8DAAhfQwA7rkCABqPAQAB9wcAteYOANPWAAAajwEAPBMGAAxJAABOBQIAo/gOAO65AgAN6QkAYukJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALOWCwAaMQoAGo8BAG+PAQDvYgMARGMDAERaDABOBQIAzHwMALXmDgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCABKMDAAA8Q4AVfEOAL+UAQAUlQEAaZUBAOYYAQCn+wcAPRgAALdIAABOBQIA8qoNAK3vDQAU3wwAaDcLAL03CwC3SAAA/VIFANN+AwBOBQIAM8ELAIjBCwDdwQsAA/ELAAdLAwBcSwMAsUsDAOYYAQCppgUAt5wBAGRCBABOsQAAa5QAAOMaAgDnEQcA7LQJAHCPAADrvAIARw4AAE4FAgCj+A4A7LQJALdIAABOBQIAo/gOANkmAABOBQIAaowJAGw8AgDmbAIAO20CALdIAAC36AoAQhECAAOdCgDAlAAATgUCAMx8DAAhfQwA7rkCABqPAQAB9wcAteYOAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAAfcHAE4FAgASjAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAHSsNAHIrDQDHKw0AHCwNAHEsDQDGLA0AGy0NAHAtDQDFLQ0AGi4NAG8uDQDELg0AGS8NAG4vDQDDLw0AGDANAG0wDQDCMA0AFzENAGwxDQDBMQ0AFjINAGsyDQDAMg0AFTMNAGozDQC/Mw0AFDQNAGk0DQC+NA0AEzUNAGg1DQC9NQ0AEjYNAGc2DQC8Ng0AETcNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAADnEQcA7LQJAE4FAgDHgQwAHIIMAO65AgAN6QkAEowMAP3zDgBS9A4Ap/QOAPz0DgBR9Q4ApvUOADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIA5rwHADu9BwCQvQcA5b0HADq+BwAW5wIAa+cCAMDnAgAV6AIAXJ4FALGeBQBUng0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAM8ELAKb4CwD7+AsAA/ELAFjxCwDnGAAAPBkAAAiXCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgBEWgwATgUCAOMaAgA4GwIAjRsCAOIbAgCzlgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA2soFAE4FAgDmvAcA4rkOADe6DgCySwIAt+gKAAzpCgCn+wcAPRgAALdIAABOBQIAzHwMAFb3BwCcVA8A8VQPAOMaAgDNhwAAksEBAIweAADmvAcAFucCAARFDABZRQwArkUMAANGDABOBQIAM8ELAKb4CwD7+AsA5rwHAOK5DgA3ug4AOW8CALdIAAB5KwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAB5KwYAb48BAEIRAgBOBQIAzHwMAJ0ECQDT1gAAM8ELAIjBCwDdwQsAaowJAL+MCQDPgwIA8LMGAO65AgAN6QkAYukJANN+AwBOBQIA5hgBADsZAQDyVwsAzYcAAC7KBwDhagkAb48BAEIRAgBOBQIAaowJAL+MCQDaygUAL8sFAITLBQAsIwYAM8ELAKb4CwD7+AsAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwDyqg0Aq5oPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAAClog0ATgUCADPBCwCIwQsA3cELAOYYAQCn+wcA/PsHADsZAQAXPAIAM8ELAKb4CwD7+AsAM8ELAIjBCwDdwQsAe84LANDOCwAlzwsAs5YLALhGAQANRwEA764MAESvDACZrwwA7q8MAE4FAgCj+A4A2SYAAE4FAgDmvAcA4rkOADe6DgA5bwIAt0gAAHkrBgBvjwEAQhECAE4FAgAbjwAAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQDyqg0Are8NABTfDADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgCj+A4Arp0JAE4FAgDmvAcAnA4AAB8tCQB0LQkAyS0JAB4uCQBOBQIAVQAAALdIAAB5KwYAb48BAEIRAgBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDANpwCgAvcQoAo/gOAK6dCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BAG+PAQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAOy0CQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQA/twkAlLcJAOm3CQA+uAkAk7gJAOi4CQA9uQkAkrkJAOe5CQA8ugkAkboJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAPKqDQCrmg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAPbcLAJK3CwA9GAAAB0sDAG+PAQBCEQIATgUCAKP4DgCunQkATgUCAMeBDADiuwwARw4AALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCALfoCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIAsZ4FALTqCwAJ6wsAXusLALPrCwAI7AsAXewLALLsCwAH7QsAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgBNqAoAoqgKAPeoCgBMqQoAoakKAPapCgBLqgoAoKoKAPWqCgBKqwoAn6sKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMA47cPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQB0fg0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAdNMNAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAaDcLAGfgDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFGlCQAajwEAY5oCAOO3DwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDttgYAQrcGAJe3BgDstwYAQbgGAJa4BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgAtbg8Agm4PAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIA0XQPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgAmdQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAB9wcAnQQJAGuUAABHDgAAQQYOAJIYAAARQwEAt+gKAKtTAQDssQwAxOIDAHaHAgC36AoARFoMABbpAADC5QIA4hMKAFyeBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAGjEKABc8AgC3SAAAt+gKAERaDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAL2IDwAajwEA4xoCAKqkBgBsPAIAOW8CANN+AwBOBQIAA/ELAFjxCwCt8QsAAvILALecAQAMnQEAUasDAKarAwC15g4AAfcHAPsBAwCQYwwAPBIHAJESBwDmEgcATgUCAOa8BwDfHgIAzYcAADlvAgBjRQIA2soFAE4FAgCj+A4A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAowUCADcVCQCMFQkASAoDAJ0KAwBJrAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAFy8PAGwvDwC17AgACu0IAE4FAgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgAzwQsAFD0EAGk9BAC3nAEA47cPAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBABX8gsArPILAAHzCwBW8wsATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAFfyCwCs8gsAAfMLAFbzCwC4RgEADUcBADcQDgCMEA4A4RAOALecAQDTfgMATrEAAM2GAQCisAIA2SYAADcVCQBCEQIAG48AABc8AgBjRQIA2soFAPsBAwDjGAQAb4QMAMSEDAAZhQwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBACzlgsA7wwEABbnAgBOsQAAzYYBADwSBwC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMA3xYKADQXCgCJFwoAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAPAOAQBCBA8ATgUCAFyeBQAXPAIAY0UCAD+7BQCySwIAt+gKABKMDAAwdAYAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDHgQwA4rsMAEcOAAB2hwIAt5wBAAydAQD9TAsAUk0LAKdNCwBRpQkA4rsMAEcOAAB2hwIATgUCABKMDAD98w4AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCABKMDAD98w4AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAVpoPAAAAAABOBQIAEowMAP3zDgAB9wcATgUCALOWCwAaMQoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAPKqDQCrmg8AYUkAAPAOAQBVAAAAGjEKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBAASjAwAPQoOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwAteYOAArnDgC17AgA9fsOAEr8DgBHDgAATgUCAKP4DgCunQkAAAAAAAAAAAD7AQMAlhEDADy5CgCRuQoA5rkKADu6CgBoNwsAQwMPAJgDDwDtAw8A8qoNAK3vDQAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAci0LAMctCwAcLgsAR6sNAERaDACZWgwA7loMAENbDACYWwwA7VsMAEJcDACXXAwA7FwMAMx8DAAK5g8Aa5QAAPKqDQCt7w0AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAYeUOADwTBgC36AoAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFANUoAgAqKQIAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA5rwHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwDfFgoANBcKAIkXCgDeFwoAMxgKAIgYCgDdGAoASAoDAJ0KAwBJrAoAPgsMAEZbCQDstAkAt0gAALfoCgDyqg0Are8NABTfDADHgQwA4rsMAEcOAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgBOBQIAM8ELAKb4CwD7+AsAG48AAHCPAAAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAKBTDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgBcngUAPr8CADG/DwCGvw8A278PAEdWDQDZIwMAnA4AAOYYAQCn+wcAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAci0LAMctCwAcLgsAUaUJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAOYYAQBvNgUAxDYFABk3BQBuNwUAAfcHAOMaAgBOBQIA5hgBADsZAQDyVwsAR1gLAJxYCwDmGAEAbzYFAMQ2BQAZNwUAbjcFAE6xAACjsQAA+LEAAE2yAACisgAAqaYFADlvAgBh5Q4AzYcAAC7KBwDmGAEA0NgBAHCPAAAHSwMATrEAAD6/AgCySwIAeSsGAOcRBwCunQkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAd3sNAMx7DQCIvg4AowIFAPgCBQBNAwUAogMFAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBOBQIAt5wBAGRCBABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBelA0AXvYAAIEkBQDiuwwARw4AAHaHAgC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkAEowMAP3zDgDTfgMATgUCAKP4DgDZJgAATgUCAPKqDQCrmg8AYUkAALZJAABVAAAAtewIAJuzBgAajwEAVvIMADcVCQBrlAAAAfcHAE4FAgDmGAEAbzYFAMQ2BQAZNwUAbjcFABLmBwDHgQwA4rsMAEcOAAB2hwIAx4EMAOK7DABHDgAAdocCAE4FAgBRpQkA034DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn7EEAPSxBADUdwkAKXgJAH54CQDTeAkAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgCj+A4APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIA8qoNAHkrBgDOKwYAIywGAAH3BwBOBQIAo/gOAOy0CQDTfgMARw4AAGTtAwC57QMAZEIEANUoAgBHDgAAZO0DALntAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQB0fg0AyX4NAB5/DQBzfw0AyH8NAB2ADQBygA0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgCj+A4APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIA8qoNAHkrBgDOKwYAIywGAAH3BwBOBQIAo/gOAOy0CQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAKP4DgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgDyqg0AeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJABc8AgBh5Q4AY5oCAAydAQBhnQEA034DANUoAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAwjkEAINuDgD9nQ8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOYYAQBvNgUAxDYFABk3BQBuNwUAAAAAAPAOAQD6VgQAEowMAD0KDgDZcgkALnMJAINzCQDYcwkAaowJAL+MCQDPgwIA8LMGABc8AgAB9wcATgUCABKMDAAuygcAg8oHANjKBwAtywcAt+gKAERaDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAEowMADB0BgBCEQIAA50KAOYYAQBOBQIAM8ELADwTBgCREwYAzHwMALXmDgAK5w4AtewIAPX7DgBK/A4ARw4AAE4FAgCj+A4Arp0JAAAAAABCBA8A/VIFAFJTBQCnUwUA/FMFAFFUBQCmVAUA8A4BAPpWBAASjAwAPQoOANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwAteYOAArnDgC17AgA9fsOAEr8DgBHDgAATgUCAKP4DgCunQkAAAAAAAPxCwBY8QsA+wEDAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDmvAcAO70HAJC9BwAO7gMAY+4DALjuAwAN7wMAYu8DAEdWDQAAAAAAAAAAAEcOAAAAAAAAAAAAAJ+xBAB22AYAy9gGAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwDfFgoANBcKAIkXCgB4LAYAzSwGACItBgD7AQMAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAD3VAkATFUJAKFVCQD2VQkAS1YJAOa8BwCcDgAAHy0JAHQtCQDJLQkAHi4JAE4FAgASjAwA2SYAALdIAAC36AoARFoMAG+PAQBCEQIATgUCAPKqDQCt7w0ATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwCznAUACJ0FAF2dBQCynQUAB54FABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkA+wEDAM2HAAAG+AEAFzwCAGNFAgC3SAAA/VIFAFJTBQBrlAAARw4AAFUAAAC17AgACu0IABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgC36AoARFoMABbpAADC5QIAOrsKAI+7CgDkuwoAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAzYcAACKIAACyRQgAB0YIAAH3BwBOBQIA8qoNAKuaDwBhSQAA5hgBAKmmBQD+pgUATgUCAGqMCQC/jAkAt0gAAP1SBQBSUwUAa5QAAEcOAABOBQIAs5YLAGwwDgAK7QgATgUCAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAGRCBAAUPQQATLIBADwTBgCREwYA09YAAFGlCQAajwEATrEAALJFCABOBQIAM8ELAKb4CwAB9wcA4WoJAMTiAwD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAAJEDwBEWgwAFukAAMLlAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAAJEDwBEWgwAFukAAMLlAgBrlAAAAfcHAOFqCQDE4gMAzzAAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEADHNAQCGzQEA280BADDOAQCFzgEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQB0fg0AyX4NAB5/DQBzfw0AyH8NAB2ADQBygA0As5YLAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgBICgMAnQoDAEmsCgA+CwwARlsJAOy0CQC3SAAAt+gKAPKqDQCt7w0AFN8MAMeBDADiuwwARw4AADq7CgCPuwoA2soFAC/LBQCEywUALCMGAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCABKMDADT1gAAgiYCALdIAABOBQIA09YAAIImAgCqnA4A/5wOAAPxCwBY8QsArfELAALyCwCzlgsAGjEKAEcOAADrvQEAv5QBAOMaAgC3nAEA47cPAPKqDQCt7w0AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDyqg0Aq5oPAGFJAABqjAkAv4wJANrKBQAvywUAhMsFACwjBgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAAZI8MABnjAwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMACkEKAIjBCwDdwQsA4xoCAKqkBgD/pAYAVKUGAKmlBgA9GAAATgUCAOa8BwDiuQ4AN7oOALJLAgAajwEAFD0EAKf7BwDnEQcA7LQJALdIAAC36AoARFoMABbpAADC5QIAKR0PAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCHGQoA3BkKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA5rwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAKP4DgAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBCvAEAG48AAHCPAAAHSwMABvgBAHd7DQDMew0AIXwNAHZ8DQDLfA0AIH0NAHV9DQDKfQ0AH34NAHR+DQDJfg0AHn8NAHN/DQDIfw0AHYANAHKADQCpogkAaI4JALqRCQAPkgkAZJIJALmSCQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKAKP4DgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgDyqg0AeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJAHctBgDMLQYAIS4GAHYuBgDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0A4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAhRkMAIweAACeBQcA47cPAJuzBgC3SAAAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgBrlAAAwJQAABbpAADC5QIA7BECAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwAnA4AAB8tCQB0LQkAyS0JAB4uCQDEOQIAPBIHAJESBwDmEgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD7AQMASQIKAMCUAAAW6QAAwuUCAD0YAACSGAAA7rMIAEO0CACYtAgA7bQIAEK1CACXtQgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIA8qoNAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHABaNBwASjAwA2SYAALdIAAC36AoARFoMAOa8BwCMHgAAngUHAOO3DwCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgBoNwsAQwMPAJgDDwDtAw8A2SMDAEavCgCbrwoA8K8KAEWwCgCasAoA77AKANN7BgAofAYAfXwGANJ8BgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgBjlgYAuJYGAA2XBgBilwYAt5cGAAyYBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIA8qoNAK3vDQA8EgcAGjEKALecAQAMnQEAYZ0BANN+AwD7AQMAAAAAAE4FAgDyqg0AEEMCAGVDAgC6QwIAR1YNAOa8BwA5ugwAGo8BADwTBgDNhwAA4xoCALecAQDjtw8A5rwHAIweAADhHgAANh8AAIsfAADgHwAAn1oGAE4FAgCjBQIAa4gMAMCIDAAViQwA8qoNAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAPsBAwBICgMAnQoDAEmsCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAOO3DwDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACh1DQB9dQ0A0nUNABc8AgBGWwkAvDUOAJ9eAgDAlAAAPbcLAJK3CwAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAOO3DwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA034DAPsBAwC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACADnDAwAXPAIAY0UCALhFAgA+sg8ARw4AAIweAACroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYA2SMDAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAGg3CwBDAw8AmAMPAO0DDwDHgA0AHIENADdjEACMYxAA4WMQADZkEACLZBAA4GQQADVlEACKZRAA32UQADRmEADJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAMeBDADiuwwARw4AAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIPLBgAxzQEARw4AAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAKHUNAH11DQDSdQ0ATgUCAOYYAQCppgUA034DAE4FAgAD8QsAWPELAK3xCwAC8gsA4xoCACYgDwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAFyeBQCxngUAtOoLAAnrCwBe6wsAs+sLAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAPRUDAA3FAoAre8NABTfDAAzwQsAVQAAACKIAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAKHUNAH11DQDSdQ0AUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAOcRBwDnEQcAt0gAAEcOAAB2hwIA/VIFAAObDAAXLw8ATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIAQrwBAF72AAD7AQMA+AQDAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAAMeBDAAcggwAcYIMAMaCDABqjAkAPbcLAJK3CwBOBQIAo/gOAOy0CQC3SAAATgUCAKP4DgDZJgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDABOBQIA8qoNAK3vDQAU3wwA8qoNAM2HAAC/jQgASl4CAE4FAgDyqg0A/fMOANN+AwBOBQIAo/gOANkmAABOBQIA8qoNAKuaDwBhSQAAtkkAAAtKAABrlAAAAfcHAE4FAgDjGgIAqqQGAP+kBgBUpQYAqaUGAP6lBgC3nAEAzYcAAJLBAQB2hwIAeSsGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALJFCADLMgIALW4PAIJuDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICANF0DwAmdQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAKHUNAH11DQDSdQ0AAAAAAFUAAAC17AgA9fsOAEcOAACMHgAAzYcAADlvAgBOsQAAskUIAFUAAAB9KwIAyzICAC1uDwCCbg8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgDRdA8AJnUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACh1DQB9dQ0A0nUNALecAQBkQgQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDacAoAjB4AAOEeAAAW6QAAwuUCAPsBAwC3SAAA/VIFAAObDADmbAIARw4AAFUAAAAaMQoAFzwCALdIAAD7AQMAt0gAAP1SBQADmwwA5mwCAEcOAABVAAAAGjEKABc8AgC3SAAA+wEDAEkCCgDAlAAAFukAAMLlAgCSFAQA5xQEADwVBACRFQQA5hUEADsWBACQFgQA618KAG3dCgDC3QoAF94KAGzeCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKAMeADQAcgQ0AcYENAMaBDQAbgg0AcIINAMWCDQAagw0Ab4MNAMSDDQAZhA0AboQNAMOEDQAYhQ0AbYUNAMKFDQA3YxAAjGMQAOFjEAA9GAAA8A4BAEIEDwBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAHItCwDHLQsAHC4LAOa8BwCMHgAA4R4AADYfAACLHwAA5RYEADoXBACPFwQA5BcEADkYBACOGAQAQ7gEAJi4BADtuAQA1SgCACopAgD9UgUAA5sMAOZsAgBHDgAAVQAAABoxCgAXPAIAt0gAAMsyAgDRdA8AJnUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACh1DQB9dQ0A0nUNACd2DQB8dg0A0XYNACZ3DQB7dw0A0HcNACV4DQB6eA0Az3gNACR5DQBoNwsAQwMPAJgDDwDtAw8AweYCAD6/AgAxvw8Ahr8PANu/DwAwwA8AhcAPANrADwAvwQ8AhMEPADF1BACGdQQA23UEADB2BACFdgQA2nYEAC93BACEdwQA2XcEAC54BACDeAQA2HgEAC15BACCeQQA13kEACx6BACBegQA1noEACt7BACAewQA1XsEACp8BAB/fAQA1HwEACl9BAB+fQQAhxkKAD6/AgAxvw8Ahr8PANu/DwAwwA8AhcAPANrADwAvwQ8AhMEPAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBAC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAEgKAwBrlAAA09YAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAKHUNAH11DQDSdQ0Arp0JAJIYAACt8goAAvMKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEASAoDAJ0KAwBJrAoAEowMAL+NCABkQgQA7rkCAA3pCQAD8QsAWPELAK3yCgAC8woARw4AAE4FAgCjBQIAa4gMAMCIDAAViQwAaokMADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIAXJ4FAKOxAAAbjwAARw4AAHaHAgC36AoATgUCAAPxCwBY8QsArfIKAALzCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAHIgGAHGIBgDGiAYAG4kGANrKBQBOBQIA09YAAFGlCQAajwEAY5oCAOO3DwBoNwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgAajwEAb48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA7vQcAkL0HAOW9BwA6vgcAj74HAOS+BwA5vwcAjr8HAPKqDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAPKqDQCrmg8AYUkAAMeBDADiuwwARw4AAHaHAgDyqg0AeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAKP4DgA8EgcAkRIHAOYSBwBOBQIA8qoNAE6xAABVAAAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA09YAABqPAQA8EwYADEkAAE4FAgDHgQwA4rsMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwC15g4AwJQAAPsBAwDjGAQAb4QMAMSEDAAZhQwAweYCADHKBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAZO0DALntAwAS5gcAZ+YHALzmBwAR5wcAZucHALvnBwAQ6AcAZegHAFaaDwD1BwMATrEAAFUAAABOBQIAs5YLALhGAQANRwEA7rkCABqPAQAB9wcAteYOAMCUAAD7AQMA4xgEAG+EDADEhAwAGYUMAMHmAgAxygQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAAAfcHAFb3BwAXLw8At0gAAHkrBgDuuQIADekJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAKP4DgAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgBn4A0AvOANAMTiAwAB9wcARw4AAE4FAgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAOO3DwCj+A4AFzwCAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIAZ+ANALzgDQDE4gMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAKP4DgAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgBn4A0AvOANAMTiAwBWmg8AkhQEADcVCQCMFQkA4RUJAAPxCwBY8QsArfELAALyCwBX8gsArPILAAHzCwBW8wsAAAAAAM2HAAC/jQgAFI4IAGRCBAD7AQMAFzwCAGHlDgBvjwEAQhECAAOdCgDAlAAAFukAAMLlAgBrlAAA5hgBAE6xAAA+vwIAIogAALJFCAAHRggARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAwuUCADHNAQBHDgAA+wEDANkjAwBGrwoAm68KAPCvCgBFsAoAmrAKAO+wCgBHVg0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAHItCwDHLQsAjBQKAOEUCgA2FQoAeCwGAM0sBgAiLQYAMhkKAPKqDQCt7w0AAfcHALXmDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAKuaDwBhSQAAxosDABuMAwBwjAMAxYwDABqNAwBvjQMAxI0DABmOAwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAOO3DwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDABKMDACySwIAApsNAKuaDwAajwEAxOIDABnjAwDmGAEAOxkBAOYYAQCn+wcAPRgAAPAFCgBFBgoAmgYKAORkDAA5ZQwA5hgBAKmmBQA5bwIASl4CAJ9eAgAB9wcATgUCAMx8DAC15g4AzYcAAByCDABxggwAxoIMABuDDABwgwwAxYMMABqEDAAIQA0A/fMOAAH3BwBOBQIAM8ELAKb4CwD7+AsAv4kMACF9DADE4gMA4XMAAOMaAgC3nAEA47cPAAH3BwBOBQIAG48AAHCPAAC3SAAAeSsGAGOaAgBOBQIA8qoNAHkrBgDOKwYAIywGAAH3BwBOBQIAaowJAL+MCQC3SAAA/VIFALecAQBkQgQAuUIEAKj9BABOsQAAyzICANF0DwAmdQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAKHUNAH11DQDSdQ0AvYgPAIweAADhHgAANh8AAIsfAADgHwAAAfcHALXmDgDNhwAALsoHAPsBAwCdBAkA09YAAD0YAAD7AQMAUaUJAOK7DABHDgAAdocCALecAQAMnQEA9f8KAEoACwCfAAsA9AALALXsCAAK7QgAFukAAMLlAgCQYwwAPBIHAJESBwDmEgcATgUCABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQDmvAcA4rkOADe6DgCySwIAG48AAEcOAABOBQIAUaUJAPRUDACbswYASl4CAJ9eAgAB9wcAnQQJADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAh3AIANxwCAAxcQgAhnEIAAH3BwBOBQIAo/gOAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAGuIDAAXPAIATgUCAKP4DgA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggACu0IAGw8AgCySwIAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwARQ0DANDYAQC3SAAAzYcAALJLAgC36AoAo/gOADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgATgUCAPKqDQB5KwYAzisGACMsBgAB9wcATgUCAKP4DgDstAkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPJXCwDhagkAsEINANN+AwBOBQIAXJ4FALGeBQC06gsAcI8AALdIAAC36AoA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAUaUJAOK7DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAw4oHAAAAAAC3nAEA+wEDAEgKAwCdCgMASawKAMeBDADiuwwARw4AAHaHAgBHDgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPADPBCwCIwQsA3cELAHvOCwDQzgsAJc8LALOWCwAaMQoAbzEKAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJAVBQAXPAIAY0UCAD+7BQCySwIAt+gKAOa8BwCMHgAARw4AAOu9AQC/lAEA5xEHALecAQC3nAEATgUCAMeBDADiuwwARw4AAHaHAgBe9gAAZI8MAJ+xBADyqg0A/VIFAFJTBQBrlAAAAfcHAE4FAgCjBQIAa4gMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANN+AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAArfIKAALzCgBHDgAA2SYAADnFAQCOxQEA48UBALXmDgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAd3sNAMx7DQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAGqMCQC/jAkAP7sFAJS7BQDpuwUATgUCABKMDAD98w4A034DAE4FAgBcngUAsZ4FAAafBQDChA4AF4UOACKIAADZcgkATgUCALOWCwAaMQoAGo8BAG+PAQCySwIARw4AAPsBAwBICgMAnQoDAEmsCgCerAoAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA47cPAKMFAgBriAwAFzwCAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYA9FoGAOEeAAAW6QAAwuUCAIweAADhHgAAFukAAMLlAgDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0A1SgCABc8AgBjRQIAuEUCAD6yDwBHDgAAjB4AAGnfDABfSQIA+qcIAE+oCABOBQIA5rwHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFGlCQDiuwwA7LQJAEcOAACMHgAAghwMAHwiDAAXPAIAYeUOAO65AgAN6QkAYukJAMsyAgAtbg8AwJQAABbpAADC5QIAyzICAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgCfXgIAwJQAABbpAADC5QIAx4ANAByBDQAihwEAd4cBAIQXDwAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADyqg0Aq5oPAGFJAABoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEA72IDAE4FAgAbjwAAFzwCALecAQD7AQMATAkAAFGlCQCmpQkA+6UJAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDyqg0Aq5oPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQBjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQCQGQEATgUCAGqMCQA9twsAkrcLAD0YAAAHSwMAb48BAEIRAgBrlAAAwJQAAOYYAQBMsgEAxOIDAOu9AQC/lAEA5xEHAK6dCQBOBQIAzHwMALXmDgA9GAAAB0sDAGuUAAAB9wcATgUCANPWAABRpQkAGo8BAGOaAgDjtw8A8qoNAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAPKqDQCt7w0AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDyqg0Aq5oPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQDMfAwACuYPAF/mDwC05g8ACecPAF7nDwCz5w8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFACbRCADnEQcAw4oHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEAG+EDADEhAwAGYUMAPj6DABRpQkAGo8BAGOaAgDjtw8AowUCAC4nAAC3SAAATrEAALJFCAAajwEAb48BAEIRAgBOBQIA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAABKMDAAXLw8AGo8BAE4FAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkA+wEDABqPAQBjmgIA47cPAD0YAACSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQAAAAAAXPYCALH2AgAD8QsAWPELAOcYAAC/jwYAFJAGAPr6CgBP+woApPsKAKMFAgA3FQkAjBUJAOEVCQCj+A4AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAGg3CwC9NwsAEjgLAGc4CwC8OAsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIAPbcLAJK3CwAAAAAAAfcHAJ0ECQDyBAkARwUJAJwFCQDxBQkAbzIJAMQyCQAZMwkAbjMJAMOKBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgDLMgIAvYgPAJwOAAAfLQkAV/ILADcVCQDmCw4AnWACAE4FAgASjAwAMHQGAO65AgBDugIAmLoCAGRCBAAB9wcATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAO65AgAajwEAFzwCAEZbCQCunQkA5hgBAKf7BwA9GAAA09YAAOcRBwAXPAIASl4CAKBTDABvjwEAQhECAE4FAgBcngUAsZ4FAAafBQDChA4AF4UOAGyFDgDBhQ4AFoYOAGuGDgBOBQIAaowJAD23CwCStwsA57cLADy4CwCRuAsA5rgLAOa8BwDiuQ4A/VIFAAObDACySwIAt+gKAEIRAgBOBQIAM8ELAKb4CwD7+AsAaDcLABqPAQA8EwYADEkAAGFJAADGiwMATgUCAAPxCwBY8QsArfELAALyCwBqjAkAPbcLAJK3CwA9GAAAB0sDAG+PAQBCEQIATgUCAKP4DgAXPAIATgUCAOYYAQBMsgEAxOIDAM8wAADNhgEAorACANkmAAA3FQkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIAP7sFALJLAgC36AoAzHwMAJ0ECQDyBAkARwUJAJwFCQDxBQkAWUgJALOWCwC4RgEADUcBAO65AgAajwEAAfcHALXmDgDnEQcA5xEHALdIAAC3nAEA47cPAEcOAADrvQEATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQAD8QsAWPELAK3xCwAC8gsAV/ILAKzyCwAB8wsAVvMLAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGABqPAQDNhwAAv40IAE4FAgDyqg0ATrEAAFUAAAD7AQMATgUCAINuDgD9nQ8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAF72AAAAAAAAn7EEAAPuDgBriAwAFzwCALdIAAB5KwYA7rkCAA3pCQCeBQcA034DAE4FAgBqjAkAv4wJABSNCQBpjQkAvo0JABOOCQBOBQIAM8ELAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADjGAQAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAEgKAwCdCgMAim4HAINuDgBrlAAAq1MBAOyxDADE4gMAdocCAHkrBgBvjwEAQhECAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BACbRCAB70QgA0NEIACXSCAB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAFzwCAGNFAgC4RQIAPrIPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAPsBAwAAAAAAt5wBAEcOAAD7AQMAAAAAABuPAABwjwAAB0sDAAb4AQD7AQMAAAAAAOMaAgC3nAEA47cPAPKqDQCt7w0AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwDyqg0ATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAADmvAcA670BAEC+AQD7AQMAAAAAAD0YAAA9GAAAa5QAAJuzBgC3SAAAeSsGAOcRBwCunQkATgUCAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAIltCQC3SAAAeSsGAM4rBgAjLAYAAfcHAJ0ECQDstAkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAdKBAAGjEKAG8xCgDEMQoAXvYAAIEkBQDiuwwARw4AAHaHAgBelA0AaowJAL+MCQA/uwUAlLsFAOm7BQBOBQIAzHwMAFb3BwCcVA8A8VQPAOMaAgDNhwAAksEBAIweAADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgAbjwAAt5wBAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwAXPAIAY0UCALhFAgA+sg8ARw4AAIweAAC15g4AwJQAABbpAADC5QIAa5QAAMCUAAAW6QAAo/0JAPj9CQDnGAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGANPWAAAajwEAb48BAGuUAADAlAAAFukAAMLlAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgDRdA8AJnUPAKKwAgA5wwMAjsMDAOPDAwA4xAMAAkQPAFdEDwCsRA8AAUUPAFZFDwCrRQ8AAEYPAFVGDwB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQB0fg0AyX4NAB5/DQBzfw0AyH8NAB2ADQBygA0A5xEHAEcOAABOBQIAaDcLAEMDDwCYAw8A7QMPAAAAAAAAAAAAAAAAALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQDssQwA5xEHAK6dCQBOBQIAaowJAL+MCQAUjQkAaY0JAL6NCQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIACuYPAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgASjAwA4xoCAEIRAgADnQoAngUHAOO3DwBRpQkAPRgAAGuUAACrUwEA7LEMAAAAAAA9GAAATgUCAGqMCQC/jAkAUaUJABuPAABHDgAA4XMAAC7KBwBHDgAA670BAL+UAQDnEQcArp0JAGuUAABqjAkAYeUOAFbyDAA3FQkAG48AALdIAADNhwAAsksCAAAAAADnEQcATgUCAGqMCQC/jAkAz4MCACSEAgBHDgAA4XMAAC7KBwA9GAAAkhgAAPsBAwBJAgoAngIKAPMCCgBIAwoAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAGuUAACbswYA8LMGAEW0BgCatAYA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQATgUCAPKqDQB5KwYAzisGACMsBgAB9wcATgUCAKP4DgDstAkAeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAvYgPAJwOAAAfLQkAdC0JAMktCQAeLgkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBICgMAnQoDAEmsCgCerAoA86wKAEitCgCdrQoA8q0KAKMFAgA3FQkAjBUJAOEVCQCj+A4AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgC/jQgA47cPAMCUAAAW6QAAwuUCAOcRBwDnEQcAt5wBAE4FAgDyqg0AeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJALdIAABOBQIA09YAAFGlCQAajwEAY5oCAOO3DwDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgASjAwA/fMOAFL0DgCj+A4APBIHAJESBwDmEgcATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCPYw0A5GMNADlkDQCOZA0A42QNADhlDQCNZQ0A4mUNACwnAgCBJwIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgDyqg0AeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJALdIAABOBQIAEowMANkmAAC3SAAAt+gKAERaDADjtw8AwJQAABbpAADC5QIAKR0PAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAKBVCgD1VQoASlYKAJ9WCgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAXvYAANPWAACCJgIAGo8BADwTBgCWEgIAFzwCAGNFAgA/uwUAsksCALfoCgA9Cg4AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAKP4DgDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAGg3CwBn4A0AAFQBAFVUAQCHwQwA3MEMADHCDACGwgwA28IMANPWAABRpQkA9FQMAD0YAABOBQIA8qoNAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAPKqDQCt7w0AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAEcOAABOBQIAXJ4FALGeBQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsAEowMAD0KDgAAAAAAG48AABqPAQAXPAIAY0UCANrKBQBOBQIAowUCABc8AgBGWwkA5hgBAE4FAgDyqg0Aq5oPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDTfgMAGo8BAG+PAQBCEQIATgUCAMx8DABW9wcAnFQPAPFUDwDjGgIAzYcAAJLBAQCMHgAAj2MNAD0KDgAAAAAAG48AABqPAQAXPAIAY0UCABKMDAAwdAYAaowJAL+MCQBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAACjBQIAFzwCAEZbCQDmGAEATgUCADPBCwA8EwYARw4AAE4FAgCzlgsAuEYBAGHlDgAUPQQAqaYFADlvAgDTfgMATgUCAKMFAgD4BQIAIogAANlyCQDEOQIAFzwCANN+AwBOBQIAo/gOABc8AgBOBQIA5rwHAJwOAADstAkAFzwCAE6xAAA9GAAAa5QAAKtTAQD7AQMA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgASjAwAPQoOAAAAAAAbjwAAGo8BABc8AgBh5Q4Ab48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBrlAAAt0gAAM2HAAAuygcAAfcHABc8AgBh5Q4Ab48BANkmAABriAwATgUCAGg3CwC9NwsAEjgLABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAM2HAAAajwEA1SgCAM2HAAAXhg0AZuQKALvkCgBvjwEAcdcMAP1SBQADmwwA5mwCAEcOAAChWwMAzYcAALJLAgC36AoAx4EMAOK7DABHDgAAdocCAE4FAgAD8QsAX0kCALRJAgAJSgIA5xgAAL+PBgAUkAYA+voKAE/7CgCk+woA+fsKAE78CgCj/AoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDE4gMA4xoCACYgDwBRpQkAzYcAAO65AgAajwEAb48BAEerDQAM6QoAYekKALbpCgAL6goAYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoAIX0MADZrCQCLawkA4GsJABuPAAAB9wcAaowJAL+MCQA/uwUALsoHAE4FAgAbjwAAAfcHAAAAAADnEQcATgUCAPKqDQB5KwYAzisGACMsBgB4LAYAzSwGAFGlCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgDVKAIAQhECAAOdCgBYnQoArZ0KAAKeCgBXngoArJ4KAGNFAgBHDgAA670BAIweAABHDgAA+wEDAEIRAgADnQoAWJ0KAK2dCgACngoAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKMFAgBriAwAFzwCAKP4DgAXPAIATgUCAOa8BwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAD8QsAWPELAK3xCwAC8gsASl4CAA6SCgCSGAAA09YAAFGlCQDiuwwARw4AAHaHAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGmQBgC+kAYAE5EGAGiRBgC9kQYAEpIGABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAGuIDADAiAwAFYkMADwSBwCREgcA5hIHAE4FAgDyqg0ATrEAAFUAAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAM2HAAAajwEAa5QAAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQBrlAAA5hgBAFUAAAAaMQoAFzwCAGw8AgA5bwIA034DAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMADPBCwCIwQsA3cELAAPxCwBfSQIAtEkCAAlKAgBqjAkAv4wJAEcOAACcDgAAt5wBABuPAAC3SAAAeSsGAOcRBwAB9wcAteYOAD0YAABfSQIAtEkCAAlKAgAD8QsAWPELABc8AgBOBQIA5rwHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwC15g4ATrEAALJFCABOBQIAx4EMAOK7DABHDgAAdocCAE4FAgAzwQsApvgLAPv4CwBKXgIADpIKAJIYAADT1gAA5xEHALw1DgAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMAKIGAgAHSwMA5xEHAMsyAgDRdA8AskUIAM2HAAD98w4APRgAAGuUAACeBQcARw4AAMsyAgBvgQ8AxIEPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCAA3pCQAB9wcAVvcHAC7KBwAB9wcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAEgKAwBfSQIAtEkCAAlKAgB9zQoA0s0KACfOCgB8zgoA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgBOBQIAZI8MAJwOAAAfLQkAdC0JAMktCQAeLgkAauEJAC8bCwCEGwsA2RsLAERaDAAW6QAAwuUCAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAE4FAgASjAwAMHQGAAPxCwBrlAAA09YAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwD7AQMAQrwBADi+CQCNvgkA4r4JADe/CQCMvwkA4b8JADbACQCLwAkAhMcJAAAAAAAAAAAAAAAAAH3OCQDSzgkAJ88JAHzPCQDRzwkAJtAJAHvQCQDQ0AkAAAAAAAAAAAAl0QkAetEJAM/RCQDCOQQAxN8GABngBgCjBQIAa4gMAMCIDAAViQwA+wEDAOMYBAA4GQQAQ1cQAJhXEADtVxAAQlgQAM2HAADjGgIAt5wBAOO3DwCjBQIANxUJAIwVCQDhFQkAA/ELAFjxCwCt8QsAAvILAFfyCwCs8gsAAfMLAFbzCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAA+wEDAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJAKP4DgAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgCDbg4A+wEDAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAAYeUOAG+PAQBCEQIATgUCAPKqDQB5KwYAzisGACMsBgAB9wcATgUCAKP4DgDstAkAt0gAAE4FAgASjAwA2SYAALdIAAC36AoARFoMAMOKBwA+vwIAk78CAPsBAwASjAwAv40IABSOCABpjggA4xoCAKqkBgD/pAYAVKUGAKmlBgD+pQYAJ9IGAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDacAoAL3EKABKMDABnjAwAvIwMABGNDACdBAkA09YAAAH3BwAK5g8At5wBAOO3DwA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgBICgMAnQoDAEmsCgDmGAEAOxkBAPJXCwBHWAsAnFgLAPFYCwAD8QsAX0kCALRJAgAJSgIAAfcHAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLAAPxCwBfSQIAtEkCAAlKAgAB9wcA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLALecAQAMnQEAUasDAKarAwBOBQIAG48AABc8AgC3nAEAaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJADPBCwAUPQQAaT0EAL49BAATPgQAaD4EAE4FAgBoNwsAvTcLALdIAAD9UgUA034DAE4FAgCjBQIAa4gMABc8AgBOBQIAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAKMFAgBriAwAwIgMABWJDABqiQwAM8ELADwTBgCREwYAM8ELAIjBCwDdwQsAMsILADB0BgCzlgsACJcLAF2XCwCylwsAB5gLAFyYCwCxmAsAyzICADHNAQBHDgAAnA4AAOYYAQCppgUAsksCAE6xAACyRQgAGo8BAG+PAQBCEQIATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwCjBQIAa4gMABc8AgBOBQIA8A4BACoeDQAdKBAAcigQAAPxCwBY8QsArfELAALyCwCzlgsAuEYBAGNFAgC4RQIANxUJADdlDgBrlAAAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAAAAAABOBQIAo/gOABc8AgBOBQIAUkoOAAAAAABOBQIAo/gOABc8AgBOBQIAUkoOAKdKDgCPYw0AMHQGAMx8DAC15g4ACucOALXsCAD1+w4ASvwOALXmDgA9GAAATrEAAFUAAACqAAAAWZsLAK6bCwADnAsAWJwLAK2cCwDmGAEAqaYFAP3zDgAD+wEAzYcAAL+NCAAUjggAIogAAEpeAgCDywYAF4YNAAOdCgDHgQwAHIIMAHGCDADGggwAA/ELAFjxCwCt8QsAAvILAOMaAgAmIA8Aa5QAAD0YAABOBQIAowUCAGuIDADAiAwAFYkMAGqJDAAzwQsAiMELAJEJEADmCRAAOwoQAJAKEADlChAA47cPAAH3BwDLMgIATgUCAPKqDQD9UgUA034DAE4FAgDyqg0Are8NABTfDAAzwQsAiMELAJEJEADmCRAAOwoQAJAKEADlChAAM8ELADwTBgD7AQMASAoDAB0oEAByKBAAxygQADPBCwCIwQsAkQkQAOYJEAA7ChAAkAoQAOUKEACzlgsAt5wBAOO3DwDNhwAAksEBAIweAABqjAkAPbcLAJK3CwBOBQIATAkAAD0YAAAdKBAAcigQAMcoEAAzwQsAiMELAJEJEADmCRAAOwoQAJAKEADlChAAG48AAHCPAAC3SAAAeSsGAM4rBgAjLAYAa5QAAMCUAAAW6QAAwuUCALecAQAMnQEAUasDAKarAwBOBQIA5rwHADm6DABOsQAAskUIAE4FAgCjBQIANxUJAIwVCQDhFQkAg24OANhuDgBCEQIAA50KAOYYAQBOBQIAGo8BAG+PAQBOBQIAEowMAP3zDgDTfgMATgUCAKP4DgDZJgAATgUCAPKqDQCrmg8AYUkAALZJAACcDgAA7LQJABc8AgBOsQAAa5QAALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CANN+AwBOBQIAM8ELAIjBCwCRCRAA5gkQADsKEACQChAA5QoQAOO3DwAB9wcATgUCAEIRAgADnQoA5hgBAPKqDQCrmg8AYUkAAEIRAgADnQoA5hgBAEcOAABOBQIAEowMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDMfAwAFzwCAGHlDgDuuQIADekJAGLpCQBOBQIAowUCAGuIDADAiAwAFYkMAGqJDACjBQIAa4gMABc8AgBOBQIAMc0BAAH3BwDjGgIATrEAAEEGDgCSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDDigcAo7EAAC95AgCEeQIA2XkCAAH3BwC15g4A2SYAANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAGeMDAC3SAAAeSsGAFbyDAA5xQEAIogAANlyCQAbjwAAFzwCAPKqDQCt7w0AFN8MAKMFAgA3FQkA5gsOAJ1gAgB32gMAzNoDACHbAwB22wMAy9sDACDcAwB13AMAytwDAOMaAgAmIA8AaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAAH3BwD7AQMAPRgAAJIYAAARQwEANh0CAHEuCwDGLgsAGy8LAHAvCwCjBQIAPrIPAHCPAADdawwAt0gAAHkrBgDnEQcArp0JALdIAAC36AoAPRgAAEcOAAC/lAEA5xEHAK6dCQDE4gMAGeMDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgBOBQIAaDcLAGfgDQBT9gsAqPYLAP32CwBS9wsAp/cLAPz3CwBR+AsAzHwMABc8AgBh5Q4A7rkCAA3pCQBOBQIAlhICAOsSAgCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAPsBAwCjBQIAa4gMABc8AgBOBQIAs5YLAAH3BwCdBAkATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwC3nAEADJ0BAFGrAwCmqwMAteYOAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgDaygUATgUCAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLALOWCwC4RgEADUcBAO65AgAajwEAAfcHALXmDgBHDgAATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwBCEQIAlxECAE4FAgCjBQIANxUJAIwVCQDhFQkARw4AAE4FAgAzwQsAiMELAN3BCwBHDgAAVQAAALXsCACbswYA2SYAADnFAQCOxQEA48UBAINuDgDVKAIAa5QAAMCUAAAW6QAAwuUCANPWAACCJgIAYOYOAAdLAwBvjwEAQhECAPsBAwA9GAAAkhgAABFDAQDGjAIAXekOAEdWDQAB9wcAteYOAArnDgBf5w4AtOcOAAnoDgBe6A4As+gOAAjpDgD7AQMARw4AAHaHAgD9UgUAUlMFAE6xAAC3SAAA+wEDABc8AgBjRQIAz4MCAPCzBgDuuQIADekJAGLpCQBsPAIA4xoCALecAQDjtw8AghwMANccDAAsHQwAgR0MANYdDABOsQAAzYYBABc8AgBjRQIAghwMANccDAAsHQwAgR0MANYdDAArHgwAgB4MANUeDAAqHwwAfx8MANQfDAApIAwAf9QBANTUAQAM8QIAYfECAOO3DwCCHAwA1xwMACwdDACBHQwA1h0MACseDACAHgwA1R4MACofDAB/HwwA1B8MACkgDABVAAAAqgAAADlvAgCFGQwAjB4AAEdWDQAbjwAARw4AAIweAADhHgAAFZUAAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAGDmDgAHSwMAb48BAEIRAgD7AQMAAKoAAFWqAACqqgAAxowCAF3pDgBHVg0AAfcHALXmDgAK5w4AX+cOALTnDgAJ6A4AXugOALPoDgAI6Q4A+wEDAEcOAAB2hwIAt+gKAAzpCgCn+wcAq1MBAOyxDAD7AQMAQhECAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCADjHAAC3nAEARw4AAIweAACsRwwAZuQKAOMaAgCqpAYAsksCAM2HAAC/jQgATgUCAGg3CwBDAw8AmAMPAO0DDwC/jQgA+wEDAEpeAgCgUwwA9VMMAEpUDACfVAwAGo8BAGOaAgC4mgIADZsCAGuUAADNhwAAFy8PAE4FAgCj+A4A7LQJALdIAABOBQIAo/gOANkmAABOBQIA5hgBAKf7BwD8+wcAOxkBABc8AgDAlAAA5hgBAEyyAQChsgEAX0kCAPqnCAC36AoAAfcHAE4FAgDjGgIA034DAE4FAgASjAwA/fMOAJIYAAARQwEADEkAAGFJAADGiwMATgUCALOWCwC4RgEADUcBAO+uDABErwwAma8MAEIRAgCXEQIAo/gOALw1DgDkZAwAOWUMALfnCwAM6AsAowUCAPgFAgClTgwA+k4MAE9PDACkTwwA+U8MAE5QDACjUAwA+FAMALOWCwAIlwsAOW8CAIUZDACMHgAAaDcLAEMDDwCYAw8A7QMPAE6xAAA+vwIAMb8PAEIRAgBRpQkApqUJADPBCwCIwQsA3cELAHvOCwDQzgsAAJsPAGNFAgA/uwUALsoHAE4FAgAAAAAALXEMAE4FAgBRpQkAzYcAAP3zDgAB9wcAt5wBAOO3DwAB9wcAaDcLAGfgDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIA+wEDAIAnAwDVJwMAKigDAOloAwA+aQMAk2kDAOhpAwA9agMAEowMALJLAgASjAwAsksCAAAAAADNewwATgUCAAH3BwDhagkAsEINAAVDDQBaQw0Ar0MNAPsBAwDjGgIA034DALdIAAC36AoA+AQDALJFCADNhwAAOW8CAFGlCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIAQwMPAJgDDwDtAw8APRgAALdIAADNhwAABvgBAE4FAgBoNwsAQwMPAJgDDwDtAw8A5xEHAOy0CQBwjwAA67wCAMx8DAC15g4At0gAALfoCgCbswYAt0gAALfoCgDNhwAAOW8CAGNFAgDMfAwAteYOALdIAAC36AoAm7MGALdIAAC36AoARw4AAL+UAQAUlQEAaZUBAL6VAQBNUQwAolEMAE4FAgDjGgIA034DAE4FAgDmvAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAxOIDAIweAADhHgAAY0UCADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAOYYAQCppgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIAaowJAL+MCQDPgwIAt+YMAD0YAAC3SAAATgUCAFyeBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAJ+xBACzlgsAuEYBAA1HAQDvrgwARK8MAJmvDADurwwATgUCAFyeBQCxngUAiL4OAN2+DgAyvw4Ah78OANy/DgAxwA4ATgUCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAGfgDQC84A0AEeENAJETBgBcngUAsZ4FACKHAQDDigcAa5QAAEcOAADrvQEAyzICAC1uDwCCbg8A7LEMAEGyDAAajwEAPBMGALfoCgAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAXJ4FALGeBQAihwEAd4cBABuPAADjGgIAt0gAALfoCgCCxgwA18YMAA+ODQDZJgAAOcUBAI7FAQDjxQEAkrYMAOe2DAA8twwAkbcMAOa3DADnEQcA5xEHALw1DgDyqg0AeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJALdIAABOBQIAM8ELAIjBCwCj+A4A2SYAAGuUAAAB9wcAteYOAAH3BwBOBQIA8qoNAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAMsEMAEcOAAB2hwIA8qoNAHkrBgDOKwYAIywGAAH3BwBOBQIAo/gOAOy0CQC3SAAATgUCADPBCwCIwQsA9QcDAJa0CgCcqw0ALMcMAIHHDADWxwwAK8gMAIDIDADVyAwAKskMAH/JDADUyQwAKcoMAMjVDAAd1gwActYMAMfWDAD1BwMAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQASjAwA2SYAALdIAAC36AoARFoMAPKqDQCt7w0AFN8MAOMaAgAmIA8AEowMAP3zDgBS9A4AM8ELAIjBCwCRCRAA5gkQADsKEAD98w4ATrEAAGuUAACj+A4A2SYAAE4FAgBoNwsAQwMPAJgDDwDtAw8ATgUCAAPxCwBY8QsArfELAALyCwCLHQIAZ+ANALzgDQDE4gMAaDcLAGfgDQC84A0AxOIDAAPxCwBY8QsA5xgAAGg3CwBDAw8AmAMPAO0DDwBDAw8AmAMPAO0DDwBrlAAAGo8BAO65AgAN6QkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQC45QwADeYMAGLmDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgC36AoAAfcHAE4FAgBoNwsAZ+ANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADC5QIAQhECAJcRAgAB9wcATgUCAAPxCwBY8QsArfELAALyCwCLHQIAZ+ANAPcGAgBMBwIAoQcCAPYHAgBOBQIA5rwHADm6DABOsQAATrEAAGuUAABHDgAA09YAAIImAgCqnA4A/5wOAAPxCwBY8QsArfELAALyCwCLHQIAZ+ANAPcGAgBMBwIAoQcCAPYHAgBLCAIAZ+ANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAdLAwAAAAAAPRgAAAdLAwBcSwMA8qoNAK3vDQAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAzHwMACF9DAA2awkAo/gOADwSBwCREgcAs5YLABqPAQBvjwEA5rwHAOK5DgA3ug4AOW8CAGqMCQC/jAkAP7sFAJS7BQA5ugwATrEAAE6xAABrlAAAa5QAAOMaAgAmIA8AEowMAOMaAgC3nAEAP7sFAC7KBwBOBQIAs5YLALhGAQANRwEANxAOAIwQDgDhEA4ANhEOAIsRDgCj+A4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAHkrBgBrlAAARw4AAE4FAgCj+A4A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAD0YAACSGAAAim4HAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAPpWBACj+A4A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAx4EMAByCDABxggwAxoIMAAPxCwBY8QsA5xgAABKMDACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcATgUCAOO3DwAB9wcATgUCAAZECwDnEQcAPBIHALdIAAB5KwYA5xEHAK6dCQD7AQMAG48AAHCPAADT1gAAKNcAAGw8AgAXLw8AXvYAAAj2AQAGRAsAW0QLAKP4DgCunQkATgUCABKMDAAwdAYABkQLAD0YAACSGAAAim4HAGuUAAAGRAsAW0QLAO65AgBDugIAmLoCAO26AgAzwQsAiMELAMSPAQDnEQcAvDUOAJ9eAgDT1gAAGo8BADwTBgAMSQAA/VIFAD23CwC3SAAADEkAANN+AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIAv40IAEcOAAAD8QsAB0sDABKMDAAA8Q4AVfEOAKrxDgD/8Q4AVPIOAG+PAQBCEQIAVvIMANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAACDbg4A/Z0PABKMDAA9Cg4A2XIJABuPAADNhwAAv40IACwnAgCBJwIApaAPAPqgDwBIqA8AnagPAPKoDwBHqQ8AnKkPAPGpDwBGqg8An7EEADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwAGRAsAt0gAAP1SBQA9twsAa5QAAAZECwDZJgAAOcUBAL+NCABHDgAAjB4AAAZECwBx1wwA/VIFAD23CwC3SAAADEkAANN+AwBX8gsA+AUCAL+NCABHDgAAFucCAPsBAwD7AQMAwoYMABeHDABshwwAwYcMABaIDAAjewwAeHsMAKP4DgAXPAIATgUCAAPxCwBrlAAAzYcAADlvAgBOBQIAaDcLAL03CwAB9wcATgUCAKP4DgDZJgAATgUCADPBCwCIwQsAHSgQAAufAADMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIAZ+ANALzgDQDE4gMAEowMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAPbcLAJK3CwDntwsAPLgLAJG4CwDmuAsAO7kLAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD1BwMAeSsGAM4rBgAjLAYAAfcHAE4FAgCj+A4A7LQJALdIAABOBQIA09YAAIImAgAajwEAPBMGAHkrBgBvjwEAQhECAE4FAgCjBQIAa4gMABc8AgBOBQIAo/gOADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCADAlAAAFukAAMLlAgDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0AGYQNAG6EDQDDhA0AGIUNAG2FDQDChQ0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBABCEQIAQhECABc8AgBjRQIAQhECAGbkCgCySwIAt+gKAGuUAADAlAAAFukAAMLlAgBVAAAAisAKAN/ACgC3SAAAR6sNAJyrDQCCxQ0A18UNAM7NDgAjzg4AeM4OAM3ODgBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgBqjAkAv4wJAEcOAACStgwAt5wBALdIAABOBQIA5rwHADm6DADOzQ4AI84OAHjODgDNzg4AAAAAAF6UDQBOBQIAowUCAPgFAgBNBgIAV0cMAGg3CwBDAw8AmAMPAO0DDwCunQkAa5QAAOa8BwCMHgAApaINAPqiDQBPow0ATgUCAKP4DgDyqg0AR6sNAEunDQCgpw0A9acNAEqoDQCfqA0A9KgNAE4FAgCj+A4At5wBALecAQDjtw8Am7MGALdIAAB5KwYAb48BAP8AAADJ0g4ARw4AAE4FAgBGVg4As5QNALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAzYcAADlvAgAB9wcAnQQJANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAAt+gKAILGDAD6+AwAT/kMAKT5DAD5+QwATvoMAKP6DACMHgAARw4AAAAAAAAAAAAAAAAAAFyeBQCxngUABp8FAJaxDQDrsQ0AQLINAEcOAACcDgAAt5wBAOO3DwDLMgIAt5wBAAydAQCKZg8Ab48BANkmAADT1gAAgiYCAGDmDgAtbg8AwJQAABbpAADC5QIAAfcHALXmDgDjGgIAOBsCAMY3AgD9UgUAA5sMAFibDADuuQIAQ7oCAJi6AgBkQgQAAfcHAFb3BwCcVA8AeSsGAOcRBwCunQkATgUCANPWAACCJgIAYOYOAAdLAwBvjwEAQhECAMx8DAC15g4ACucOAF/nDgC05w4ACegOAF7oDgCz6A4AeSsGAOcRBwCunQkATgUCANPWAACCJgIAYOYOAAdLAwBvjwEAQhECAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAPsBAwDyqg0AR6sNAJyrDQCCxQ0A18UNACzGDQCBxg0A1sYNAKMFAgD4BQIATQYCAKIGAgB00w0Am7UEAPC1BACIbAsAPbcLAMrYBwCdBAkA7LQJALdIAABOBQIAAAAAALXmDgDAlAAAFukAAGvpAAAAAAAAAAAAAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAEa1BABniw0AvIsNALWRDgCjBQIANxUJAIwVCQDhFQkAAAAAABzWDQBCvAEA2SYAADnFAQCOxQEAXPYCAPsBAwBoNwsAZ+ANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDbbQwAMG4MAGqMCQC/jAkAMc0BAMvZBQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgAzwQsAiMELAKtTAQDssQwAQbIMAJayDADrsgwAQLMMAJWzDADqswwAP7QMAJS0DADptAwAEowMADB0BgAD8QsAWPELAIpuBwCDbg4A8GICAEVjAgCaYwIA72MCAE4FAgBoNwsAZ+ANALzgDQAR4Q0AkRMGAFyeBQCxngUAIocBAHeHAQCEFw8A5hgBAKmmBQAajwEAb48BAAdLAwBvjwEAQhECAE4FAgAzwQsAiMELAEIFDgCXBQ4Ac9MOAMjTDgDEOQIA7AUOAJ+xBAAAAAAATgUCABuPAABwjwAALHIMAIFyDADWcgwAK3MMAIBzDADVcwwAKnQMAH90DABDAw8AmAMPAO0DDwDjGgIAJiAPALdIAADT1gAAa5QAAGuUAAA9GAAATgUCAPKqDQBHqw0AnKsNAFUAAACqAAAA/wAAAJ+xBABCBQ4AlwUOAJ+xBAC3SAAAxDkCAOwFDgCfsQQAAAAAAE4FAgDyqg0Aq5oPABqPAQDE4gMAGeMDAG7jAwBHqw0AnKsNACzHDACBxwwA1scMACvIDACAyAwA1cgMACrJDAB/yQwA1MkMACnKDADI1QwAHdYMAHLWDADH1gwAHNcMAEpeAgCgUwwAAfcHAD0YAABfSQIAFy8PAO8MBADfHgIANB8CAF72AAAI9gEAdtgGAD6/AgCTvwIA6L8CACKIAAAXPAIARlsJAEcOAADrvQEAb48BAAdLAwDE4gMA3x4CAPRUDAAB9wcATgUCADPBCwCIwQsAt0gAALfoCgCCxgwA18YMADwSBwCREgcAnlkIALdIAAAQQwIAo/gOAK6dCQBOBQIA5rwHAIweAAClog0A+qINAE+jDQDVKAIAzYcAAL+NCAAUjggAaY4IAFyeBQA+vwIAk78CAOi/AgDjGgIAzYcAACKIAAC3nAEAzYcAAEpeAgCp9AwA/vQMAFP1DACo9QwA/fUMAFL2DABqjAkAPbcLAO9iAwBEYwMARFoMABbpAAA9twsAVQAAALdIAAC36AoAAAAAAAAAAAAAAAAA4xoCACYgDwDZJgAAa4gMABc8AgBjRQIAEowMAL+NCAAUjggATAkAAKEJAADHgQwA4rsMADe8DADNhwAA2SYAALdIAAC36AoARFoMAE4FAgASjAwAv40IABSOCABMCQAAoQkAAMeBDADiuwwAN7wMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAMeBDADiuwwAN7wMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAMeBDADiuwwAN7wMAGRCBABvjwEAv5QBAG+PAQC17AgA9fsOAEr8DgCf/A4A9PwOAAAAAACjBQIA+AUCAE0GAgAYLw4AbS8OAE4FAgDyqg0AR6sNAJyrDQC1kQ4ASl4CAAAAAABOBQIA8qoNAEerDQCcqw0AtZEOAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMALOWCwAIlwsAp6ANAKMFAgD4BQIATQYCAFyeBQA+vwIAHOECAE6xAABrlAAAngUHALecAQDjtw8AAfcHAFnuDQCu7g0AA+8NAFjvDQCt7w0AAvANAMx8DAAK5g8AX+YPAGw8AgCySwIAeSsGAOcRBwCunQkA1SgCAOYYAQBHDgAA8qoNAEerDQCcqw0AtZEOALOWCwAIlwsAp6ANAKMFAgD4BQIATQYCAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAMsyAgDLMgIA/UkOAE4FAgCjBQIA+AUCAE0GAgCiBgIAQwMPAJgDDwDtAw8AowUCABc8AgBGWwkA5hgBAKP4DgC8NQ4AM8ELAEIRAgA9GAAAkhgAABc8AgBjRQIA2soFAE4FAgAbjwAAcI8AAN1rDAAybAwAh2wMANxsDAAxbQwAhm0MAMTYDQClTA4A+kwOAE9NDgBelA0AIN4BAKWiDQD6og0AT6MNAE4FAgDHgQwA4rsMADe8DABLpw0AoKcNAPWnDQBKqA0An6gNAPSoDQBOBQIAx4EMAOK7DAA3vAwAzYcAACKIAACyRQgATgUCAOa8BwCMHgAApaINAPqiDQBPow0ATgUCAMeBDADiuwwAN7wMAPKqDQBHqw0AS6cNAKCnDQD1pw0ASqgNAJ+oDQD0qA0ATgUCAMeBDADiuwwAN7wMAAAAAAAG+AEAt0gAABuPAAAXPAIAY0UCAINuDgBVAAAAqgAAAIAnAwDVJwMAKigDAH8oAwBoNwsAZ+ANAPcGAgBMBwIAoQcCAPYHAgBLCAIA7RACAGqMCQA9twsAXJ4FALGeBQAGnwUAA/ELAF9JAgC0SQIAAAAAAINuDgDYbg4AB+oOAFzqDgCx6g4ABusOAFdHDACzlgsACJcLAKegDQD7AQMABewOAFrsDgCv7A4A+wEDAE4FAgAbjwAAcI8AAAdLAwA8EwYAkRMGADHNAQAodA4AVQAAABqPAQA8EwYAt+gKAERaDADuuQIAGo8BAG+PAQDvYgMAzYcAABeGDQADnQoAs5YLALecAQDNhwAAsksCANkmAABriAwAFzwCAOYYAQBOBQIA5rwHADm6DAAajwEAPBMGALfoCgA9twsAkrcLAE4FAgCjBQIANxUJAOYLDgA7DA4AkAwOAOUMDgA6DQ4Ajw0OAOQNDgASjAwA2SYAALdIAAC36AoARFoMAKpGDwD/Rg8AVEcPAKlHDwD+Rw8AU0gPAIUZDABOBQIAowUCAGuIDADAiAwAFYkMAOa8BwBZ7g0Aru4NAAPvDQBY7w0A4rkOADe6DgA5bwIAt0gAALfoCgASjAwA4xoCAOcRBwAXPAIAt0gAALfoCgA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAPrIPAPgFAgBNBgIAogYCAA+ODQBkjg0AuY4NAGuIDADAiAwAFYkMAOa8BwBZ7g0Aru4NAAPvDQBY7w0A4rkOADe6DgA5bwIAt0gAALfoCgASjAwA4xoCAOcRBwAXPAIAt0gAALfoCgA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAPrIPAA6PDQBjjw0AuI8NAJLBAQBOBQIAAAAAAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMAAAAAABqjAkAPbcLAJK3CwD7AQMAaDcLAJ4FBwDzBQcAFy8PAO8MBACMHgAAAfcHAPsBAwAajwEAb48BANkmAABriAwAwuUCAFz2AgCx9gIA8qoNAEerDQCcqw0AtZEOAAqSDgD8nw4AUaAOAKagDgDpDAoAPg0KAJMNCgDkZAwAOWUMAGg3CwBDAw8AmAMPAO0DDwDoDQoAdNMNAJu1BADwtQQALhwLAGfgDQBDVxAAmFcQAO1XEABCWBAAs5YLALecAQDjtw8AzYcAAJLBAQCMHgAAaowJAL+MCQAUjQkADUYCAINuDgAg3gEAdd4BAEK8AQBRpQkA9FQMAJ4FBwCCJgIAYOYOAAdLAwBvjwEAQhECAFz2AgCx9gIA8qoNAEerDQCcqw0AtZEOAAqSDgD8nw4AUaAOAKagDgB2hwIAy4cCAP3zDgAB9wcAVvcHADlvAgAB9wcA1SgCAOcRBwDstAkAa5QAAMCUAAAW6QAAwuUCAH/UAQDU1AEAt5wBAOO3DwC3SAAAt+gKAPKqDQDNhwAAksEBAEIFDgAajwEAY5oCAAH3BwBOBQIAowUCAPgFAgBNBgIAogYCAOa8BwA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAPrIPAHrNDQDPzQ0AJM4NAHnODQDOzg0Ag24OANhuDgAtbw4A4rkOAH/HDgDUxw4AKcgOAH7IDgB4zw0Azc8NACLQDQBOBQIATgUCAPsBAwDmGAEA5hgBAKmmBQA5bwIA034DAE4FAgAG+AEAW/gBALD4AQAF+QEAWvkBAK/5AQA9GAAAa5QAALdIAAA8wgEAAfcHAFUAAAC17AgAAfcHALdIAADNhwAAv40IAE4FAgDyqg0AR6sNAJyrDQC1kQ4A+AUCAE0GAgCiBgIA5rwHADm6DABOsQAATrEAAGuUAABHDgAA670BANkmAAA+sg8A09YAAIImAgCqnA4Aa5QAAMCUAABjRQIA8qoNAEerDQCcqw0ATrEAAM2GAQB/1AEA1NQBALecAQDjtw8At0gAAPKqDQBHqw0AnKsNABKMDAAA8Q4AVfEOAKrxDgD/8Q4AVPIOAKnyDgD+8g4AU/MOAPsBAwAAAAAAAAAAABqPAQDE4gMAQgUOADlvAgBrlAAAVQAAALhGAQBjRQIAz4MCAD6/AgCySwIAt+gKAE6xAAAAAAAA/Z0PAKMFAgD4BQIATQYCAKIGAgA4xgEAoqMPAFnuDQCu7g0AA+8NAFjvDQD7AQMAowUCAPgFAgBNBgIA5GQMADllDABoNwsAQwMPAJgDDwDtAw8AksEBAOfBAQA8wgEAkcIBAObCAQA7wwEAkMMBAEcOAAAsJwIAPRgAAE4FAgBoNwsAQwMPAJgDDwDtAw8Ao/gOAMOKBwAYiwcAbYsHAMKLBwAXjAcAbIwHAMGMBwDnEQcAt0gAAAxJAABhSQAAxosDAE4FAgBoNwsAQwMPAJgDDwDtAw8APRgAAAH3BwDhagkAb48BAEIRAgD7AQMAaDcLAGfgDQBGAA8AmwAPAPAADwBFAQ8ARw4AAM2HAAAFnwYAVQAAALecAQDjGgIA5xEHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCALdIAAC36AoAgsYMANfGDADMfAwAIX0MAIMZDgDYGQ4ALRoOAIIaDgDXGg4ALBsOAFfyCwA3FQkA5gsOADsMDgCQDA4A5QwOAE4FAgDjGgIAJiAPANkmAABriAwAFzwCAGNFAgAzwQsAPBMGAEcOAABOBQIAs5YLAAiXCwA5bwIAY0UCAD0YAAC3SAAATgUCABKMDAD98w4AAfcHAE4FAgDT1gAAgiYCAKqcDgD/nA4AXJ4FAD6/AgAc4QIATrEAAGuUAACeBQcAt5wBAOO3DwAB9wcAt0gAABBDAgBlQwIAukMCAEdWDQBHVg0A8A4BAGuUAADAlAAAFukAANUoAgAqKQIAfykCANQpAgApKgIA1SgCANkmAAA5xQEAjsUBALfnCwAM6AsAAAAAAPUHAwCWtAoAnKsNAMjUDQD4BQIATQYCAKIGAgAsJwIALCcCAGuUAADNhwAA/fMOAE6xAAAXPAIAY0UCAD+7BQCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDhcwAAsksCAHkrBgDE4gMA2SYAADcVCQBrlAAAAfcHAAH3BwC15g4ACucOALXsCAD1+w4ASvwOALXmDgA9GAAATrEAANN+AwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAFUAAABVAAAAt5wBAGRCBABOsQAAPr8CALJLAgB5KwYA5xEHAK6dCQBOsQAAzYYBAKKwAgCqRg8At+gKAKtTAQBT9gsAqPYLAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQA9GAAAkhgAAIpuBwC3SAAA/VIFAAObDADmbAIARw4AAL+UAQBrlAAAPRgAALdIAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAMI3BgAXOAYAbDgGAME4BgAWOQYAazkGAMA5BgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt0gAAM2HAAAajwEAb48BAGuUAADAlAAAt5wBAM2HAAA4xwAAcI8AAN1rDACyRQgAB0YIAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBkQgQAb48BAAdLAwA8EwYAeSsGAM2HAAC/jQgAZEIEAPBiAgDNhwAAsksCAHkrBgDnEQcArp0JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAsksCAM2HAADNhwAAIogAAHeIAADMiAAAIYkAAHaJAAAXPAIAY0UCAEcOAACcDgAA7LQJABc8AgBOsQAAa5QAANkmAAA5xQEAjsUBALfnCwAM6AsAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBCEQIAA50KAFidCgAxzQEAAfcHAOMaAgBOsQAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAGo8BAGOaAgC4mgIADZsCAGKbAgC3mwIADJwCAEcOAAB2hwIAy4cCALJLAgC36AoAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DABrlAAAq1MBAENXEACYVxAA7VcQAEJYEACXWBAA7FgQAEFZEABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAE6xAADNhgEAf9QBANTUAQC3nAEA47cPALdIAAB5KwYA5xEHAK6dCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwA/lUBAHl6DADOegwAG48AAHCPAADdawwAskUIAAdGCABcRggAsUYIAAZHCABbRwgA4WoJAOcRBwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAEcOAABk7QMAue0DAOO3DwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwA7wwEAEQNBACZDQQA7g0EAEMOBACYDgQA7Q4EAEIPBACXDwQA7A8EAEEQBAD+VQEAeXoMAM56DADZJgAAt5wBANN+AwDT1gAAgiYCANN+AwBHDgAAZO0DALntAwDjtw8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAJIUBADnFAQAPBUEAJEVBABOBQIA+wEDAAxJAAD/mw8AVJwPAKmcDwAXPAIARlsJANPWAACCJgIA4xoCALecAQBOBQIAaDcLAGfgDQD3BgIATAcCAKEHAgD2BwIASwgCAAAAAABOBQIAaowJAL+MCQDPgwIAt+YMAAznDABh5wwAtucMAOa8BwBBBg4AlgYOAOsGDgBABw4AlQcOAOoHDgDmvAcAQQYOAJYGDgDrBg4AQAcOAJUHDgDqBw4AaDcLAGfgDQD3BgIATAcCAKEHAgD2BwIASwgCAINuDgD9nQ8AEowMAD0KDgDZcgkAG48AAM2HAAASjAwAPQoOANlyCQAbjwAAzYcAAL+NCABOBQIAg24OAP2dDwBSng8Ap54PAPyeDwBRnw8App8PAPufDwBQoA8AG48AALecAQC3nAEATgUCAMx8DAAhfQwAdn0MAMt9DABh5Q4Ab48BAEIRAgBOBQIAM8ELADwTBgC36AoADOkKAEcOAABrlAAA2SYAALdIAABOBQIAXJ4FALGeBQAGnwUAwoQOABeFDgBshQ4AwYUOAEIRAgBRpQkApqUJAE4FAgBcngUAsZ4FAAafBQDChA4AF4UOAGyFDgDBhQ4AOMcAAEcOAACMHgAAAfcHAE4FAgDjGgIA034DAPsBAwAg3gEAUp4PAL03CwAB9wcATgUCAKP4DgDZJgAATgUCADPBCwCIwQsAPRgAAGuUAADAlAAATgUCAGg3CwBn4A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAOa8BwDiuQ4AN7oOACCIAgB1iAIATgUCAPKqDQD9UgUAA5sMAFibDACtmwwAg24OANhuDgCDbg4A2G4OAC1vDgCCbw4AXJ4FAD6/AgAxvw8Ahr8PANu/DwAwwA8AhcAPANrADwAvwQ8AhMEPAINuDgDYbg4AEowMAOMaAgDnEQcA7rkCAA3pCQBoNwsAZ+ANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDT1gAAgiYCAKqcDgD/nA4A8qoNAKuaDwBhSQAAY5kDACF9DAAXPAIAY0UCAM+DAgC3SAAATgUCAFyeBQA+vwIAMb8PAIa/DwDbvw8Ao/gOANkmAABOBQIA8qoNAKuaDwBhSQAAowUCAGuIDAC3nAEAt5wBAAydAQDT1gAAGo8BAG+PAQBCEQIATgUCAGg3CwBn4A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAG48AABc8AgBh5Q4Ab48BAEIRAgBOBQIAx4EMAByCDAD98w4AAfcHALecAQBkQgQAb48BAEIRAgBOBQIAo/gOANkmAABOBQIA8qoNAKuaDwBhSQAAHdMPAHLTDwDH0w8AHNQPAHHUDwDG1A8AG9UPAHDVDwDF1Q8AGtYPAG/WDwDE1g8AGdcPACwnAgCBJwIAZeEOAP3zDgCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgBoNwsAZ+ANAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQCj+A4Aw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHAI66DADjugwAOLsMAI27DAD7AQMAAAAAAAAAAAAAAAAATgUCAAPxCwAdKBAAcigQAMcoEAAzwQsAiMELAJEJEADmCRAAOwoQAJAKEADlChAAEowMAC7KBwAB9wcA034DAM2HAAA5bwIAPRgAAE4FAgASjAwALsoHAAH3BwCzlgsAPRgAAB0oEAByKBAAxygQADPBCwCIwQsAkQkQAOYJEAA7ChAAkAoQAOUKEAASjAwALsoHAAH3BwBHDgAAdocCAMuHAgC/jQgAFI4IAEIRAgADnQoA5hgBAE4FAgAzwQsAiMELAJEJEADmCRAAOwoQAJAKEADlChAA4xoCADgbAgCirAYA67wCALecAQDjtw8AM8ELAIjBCwCRCRAA5gkQADsKEACQChAAlxECAE4FAgBCEQIAA50KAFidCgAD8QsAHSgQAHIoEADHKBAAM8ELAIjBCwCRCRAA5gkQADsKEACQChAA5QoQAFUAAAC4RgEADUcBAO65AgAajwEAAfcHALXmDgDAlAAAhRkMAHaHAgD9UgUAA5sMALJLAgC36AoAQhECANN+AwD7AQMAkhQEAOcUBAA8FQQAkRUEANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAGfgDQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAsJwIAgScCAPKqDQCt7w0AFN8MAGqMCQC/jAkAwJQAAD23CwCStwsATgUCALOWCwAIlwsAp6ANAFUAAADmGAEATgUCAGg3CwBDAw8AmAMPAAAAAADtAw8AiL4OAKMCBQCppgUA/fMOAAH3BwBOBQIAowUCAPgFAgBNBgIAogYCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLAGfgDQC84A0AEeENAJETBgBcngUAsZ4FACKHAQAtcQwAgnEMAIJxDACs8A0AQrwBADi+CQCNvgkA4r4JAEylDgChpQ4AVQAAALhGAQANRwEA764MAESvDACZrwwA7q8MAE4FAgBcngUAsZ4FAIi+DgDdvg4AMr8OAIe/DgDcvw4AMcAOAGRCBABW8gwAq/IMAJuzBgDTfgMATrEAAKOxAADZGgwALhsMAIMbDAC35wsADOgLAGuUAADAlAAAFukAAMLlAgBCEQIAlxECAM2HAACrmg8AYUkAAMaLAwAbjAMAEowMAGeMDAC8jAwA8qoNAEerDQCcqw0AyNQNAPgFAgBNBgIA5GQMADllDACt7w0AFN8MAOa8BwCMHgAAa5QAAPKqDQCrmg8AYUkAAKMFAgA+sg8Ak7IPAOiyDwA9sw8A5rwHAOK5DgA3ug4AIIgCAHWIAgBOBQIA8qoNAP1SBQADmwwAWJsMAGqMCQC/jAkAg24OABc8AgA9twsAkrcLAE4FAgDmGAEAqaYFAO65AgAN6QkAa4gMABc8AgBOBQIA5hgBADsZAQAXPAIAY0UCADPBCwCIwQsA2SYAAGuIDAAXPAIA5hgBAKmmBQCySwIAeSsGAOcRBwBrlAAAm7MGAByIBgC3SAAAeSsGAOcRBwCunQkATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAa4gMABc8AgBOBQIA8qoNAM2HAACSwQEAq5oPAGFJAADGiwMAG4wDABbbDgAV3A4AatwOAL/cDgCjBQIA+AUCAE0GAgAYLw4AbS8OAE4FAgDyqg0AR6sNAJyrDQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAB/dAwB03QMAiL4OAN2+DgAM8QIAYfECAOO3DwDnwQEAu4kQABCKEAB2hwIA034DANN+AwBAvgEA5LUQAKT0EQAB9wcAFz4AAGWKEAC6ihAA5LUQAIJtEABfSwAAiWQSAKT0EQAB9wcApPQRAKT0EQAB9wcA5LUQAFznEQCk9BEAiWQSAEIRAgDhHgAA8A4BAIlkEgDwDgEAlLAQAJSwEAAB9wcAteYOAOAfAADwDgEA4scAANrKBQAyaBAAMmgQAKT0EQDaygUApPQRAKWiDQDAhBAAFYUQADISEQC7iRAAEIoQADpfEQCJZBIATAkAAOS1EADAhBAAFYUQAPAOAQBvgBAA1MQRACnFEQB3zRAAQhECAJSwEAA7tBAAkLQQALuJEAAQihAA5l0RAOYYAQD9nQ8AlLAQABKIEACUsBAArp0JAHchEgAyEhEA5LUQABmAEQCk9BEATAkAAEwJAACrmRAAAJoQAFWaEACJZBIARw4AAAyOEABhjhAADI4QAGGOEAC/2hAAiWQSABTfDABc9gIAAfcHALJFCAAB9wcAq5kQAACaEADtABIA8A4BAKuZEAAAmhAA7QASAOEeAAC7iRAAEIoQAAlKAgBOBQIApvgLAOS1EAD7AQMAt0gAAJSwEABjmgIAAfcHAOS1EABrPQIADI4QAGGOEACUsBAAYo0QALeNEAAMjhAA9KQRAAyOEAD0pBEA270RAJSwEACmnhAAqpoQAP+aEABvgBAAqpoQAAAAAABOBQIAq5kQAACaEACrmRAAAJoQAKuZEAAAmhAAto4QADISEQCiSxIA90sSAMsyAgBijRAAb4AQAAyOEABhjhAAyzICAAH3BwBOBQIAiWQSAE4FAgBLTRIABZUQAJtSEgDktRAA5LUQAJ+xBACfsQQAn7EEAPsBAwC/jQgAJiAPAD+3CQAmIA8AwYUOAMGFDgC3SAAAsewMADK8EQBe9gAARw4AAEcOAABMoxAAqZwPAF72AADsrBEARw4AAKmcDwCUsBAAlLAQAJSwEACUsBAAlLAQAG+AEABvgBAAlLAQAJSwEACUsBAAlLAQAJSwEACUsBAAb4AQAG+AEABvgBAAlLAQAJSwEACUsBAAb4AQAG+AEABGqRAAb4AQAG+AEACUsBAATgUCAE4FAgCKDhIATAkAAIoOEgBMCQAAQq0QAMgqDQBOBQIAiWQSABc8AgA4vgkATgUCAEcOAABHDgAAlLAQAJSwEAC3nAEAm1ISAKuZEAAAmhAA+wEDAOS1EACJZBIARw4AAOeyEABOBQIA6b4CAIweAADTfgMAUaUJAD0YAAAB9wcAR1sIAAH3BwCx5xEA5LUQALwxEgCbUhIARw4AAJBtAgDT1gAA09YAANPWAACJZBIA09YAALZHAgAXLw8AiWQSAJBtAgCJZBIA72MCAPvyEQC44BEADeERADW6EACJZBIAnk8SAPNPEgBq6AIA8A4BAIlkEgCe/A8ATAkAAIlkEgBVAAAAPRgAALXmDgCCbRAA034DAE2hEQBVAAAA+/IRAEwJAABMCQAATAkAADZjEQDktRAAgm0QAHaHAgDTfgMAfsYQABriAwCIyQMAHXwRAPSrCgDeZBIALsoHAG+AEADUxBEAKcURAAHtEQCLxgMAq5kQAACaEADtABIAFNsQAG+AEACJZBIAWaEFAIzFAwDhDREAb4AQAJSwEACUsBAAq5kQAACaEACUsBAAO7QQAJC0EACcDgAA5LUQAOEVCQDjtw8A5LUQAJ2mEQCdphEA5LUQAHvIEQA+sRAASQgEAOS1EAB2zhAA2soFAIlkEgBOBQIATgUCAE4FAgDeZBIATgUCAIJtEACJZBIATgUCAOS1EACbUhIAO7QQAJC0EABOBQIAWqAFALWOEQAGRAsAiWQSACItBgCJZBIAMhkKAFTwEADgHwAA5LUQAHbOEADLzhAAfnARAIlkEgB2hwIA47cPAOS1EABc5xEAXvYAALWOEQDhDREA8VgLAPeyAADjGgIAb4AQANTEEQApxREAq5kQAC+/EQBelA0Aj18RAIJtEABHDgAA8A4BAGvZEACTWxEA6FsRAH5wEQC3SAAAb4AQANTEEQApxREAAe0RAFbtEQB+cBEAt0gAAH5wEQC3SAAAzHgQAArlEACJZBIATgUCAIlkEgBOBQIA5LUQAFznEQAyEhEA5LUQACPMEAB4zBAAzcwQAJhWEQBOBQIAFN8MAP/vEADktRAAlLAQADu0EACQtBAAp/IQAIjHBQCCbRAAdyESAPv4CwDeZBIAlLAQAN5kEgCUsBAA7/8QAEQAEQCZABEAI8wQAHjMEADNzBAAIs0QAN5lEQDv/xAARAARAJkAEQDMeBAAjhcFAG+AEADUxBEAKcURAAHtEQBW7REA2McKAIlkEgB2hwIA034DAIlkEgC1jhEAgm0QAJ+xBACMxQMAt+gKAJSwEAA7tBAAkLQQANNwEQDgHwAAb4AQANTEEQApxREAiWQSAPsBAwAB7REAVu0RAA6TCQB+cBEAt0gAAEb+EACb/hAA8P4QAKvtEQAiLQYARv4QAJSwEADG0hEAb4AQAN5kEgCUsBAAO7QQAN5kEgDjtw8ATgUCAJtSEgA7tBAAkLQQAGGYBgDktRAAXOcRAIlkEgBqiQwA5LUQAIlkEgCfWgYAWOsRAG+AEADeZBIADI4QAGGOEAAB9wcA42ARAO//EABEABEAmQARAJtSEgA7tBAAkLQQAH7GEAB2hwIA47cPAFjrEQCJZBIA47cPAE4FAgDzpREAAfcHAO65AgBY6xEAresRAALsEQDMeBAA8A4BAOS1EACJZBIAre8NAIJtEACFGQwAb4AQAFjrEQBvgBAAWOsRAJSwEADeZBIA3mQSAN5kEgCUsBAAO7QQAJC0EAAjzBAAeMwQAM3MEADBghEAq+0RAADuEQC1jhEA4B8AACLNEABp2xAAWOsRAK3rEQAC7BEAV+wRAJtSEgA+sRAAg2oSAG/VEADE1RAAg2oSAEb+EABY6xEAb4AQANTEEQApxREAb4AQANTEEQApxREAiWQSAM/JEQBEWgwAiWQSAOO3DwCJZBIA478HAIJtEABOBQIA2soFAPAOAQDktRAAe8gRAD6xEACJZBIAAAAAAAH3BwAAAAAAM2USAOS1EAB7yBEAPrEQAIlkEgAAAAAAAfcHAAAAAACJZBIAiWQSAHaHAgCJZBIAdocCAIlkEgB2hwIAM2USAIlkEgCdphEA3mQSAJSwEACUsBAAO7QQAJC0EADktRAAAAAAAFznEQAU3wwAb4AQANTEEQApxREAg8EQAIlkEgD78hEAt0gAANdsEQAvvxEALsoHANHHEQAmyBEA7QASANN+AwBY6xEAresRAALsEQDktRAA5LUQAJSwEAA7tBAAkLQQAB4uCQAAAAAACDwRAF08EQCyPBEAR1sIAMbSEQAb0xEAcNMRAIlkEgDMeBAARFoMAEK7AgDjtw8A5LUQAIlkEgBNoREAxDEKAMx4EACJZBIArp0JADISEQCrmRAAAJoQAAyOEABhjhAAb4AQANTEEQApxREA72IDAOS1EACJZBIAN8UDAJSwEACUsBAAO7QQAJC0EAAB9wcA4B8AAJSwEACFvhEAlLAQADu0EACQtBAAQ1USAAAAAABvgBAA1MQRACnFEQDktRAAds4QAMvOEACCbRAA5LUQAFCmCQC1jhEAgm0QAJAZAQAAAAAAiWQSALWOEQCCbRAAkBkBAE9KEQBvgBAA1MQRACnFEQB7yBEAPrEQAIlkEgDktRAAlLAQADu0EACQtBAAiWQSANN+AwCzkBEATgUCAO9UEQCUsBAAXvYAAHQtCQC3SAAAvDESANN+AwDaygUAiWQSAMCUAACdphEA72IDAIwNEQBOBQIATgUCAOS1EADtABIA8FISAPAOAQAyEhEATgUCAOZdEQA8EwYAds4QAMvOEACMDREAb48BAE9KEQCkShEA+UoRAAH3BwAAAAAAAAAAAAAAAACJZBIAtY4RAAAAAAAAAAAAAAAAAOZdEQCHZxEAt0gAAE4FAgDwDgEAiWQSAPvyEQC1jhEAAfcHAJSwEADhDREA4Q0RAJSwEAA+sRAAXPYCAD1bEgDUxBEAKcURAAHtEQBW7REAdyESAJtSEgA+sRAAn7EEAG+AEADEgBAAn7EEAGuUAAC3SAAAg8oHAIlkEgDNhwAAg8oHAN5kEgCCbBEAjA0RAKuZEAAAmhAAto4QAHbOEADLzhAAq5kQAACaEAC2jhAAds4QAMvOEAC3SAAAt0gAAFTwEABCvAEAxtIRABvTEQBw0xEAfnARAIlkEgDTfgMAlLAQAIlkEgA3xQMAr+kRAE4FAgCUsBAAO7QQAJC0EADNdhEAIncRAJ+xBACfsQQAiWQSADfFAwA3xQMAWqAFAPOlEQCCbRAAAAAAAIlkEgCJZBIAa5QAAOS1EAA3xQMAz8kRAE4FAgCJZBIAGYARAEwJAAD4/AoAQhECAGqEEQC/hBEAVQAAAFUAAAAiLQYA5LUQAE4FAgCJZBIAiWQSAD0YAABvgBAA1MQRACnFEQA6ChEAaokMAIvGAwCUsBAAO7QQAJC0EACDbg4Aq5kQAC+/EQBJpREAGYARAK6dCQAZgBEAGYARAAH3BwA9GAAAq5kQAC+/EQAAmhAAb4AQAOS1EAAZgBEAboARAMOAEQB3IRIADosRAIHCEQCUsBAAN8UDAOS1EADgwAkA2ccJAAAAAADfZBEANGURAAAAAAAAAAAAJNIJAG7gBgBqiQwA5LUQAIlkEgCJZBIAnaYRALdIAADktRAAiWQSAP2dDwDktRAA8A4BAE4FAgDktRAAecoRAD0YAACUsBAAO7QQAJC0EACJZBIATgUCAIlkEgBOBQIAiWQSAPAOAQBTmxEA8A4BAE4FAgCJZBIATAkAAFObEQBMCQAAz8kRAK6dCQBTmxEA+wEDAAAAAADTfgMA/ZsRANN+AwCJZBIAz8kRAHl0EgDktRAAeXQSAIlkEgB5dBIAlLAQADu0EACQtBAAiWQSAAfqDgDwDgEAgm0QAEcOAABHDgAAgm0QAOO3DwDPyREA+wEDAG+AEADUxBEAKcURAJSwEAA7tBAAkLQQAE4FAgBjRQIAiWQSAE4FAgCJZBIA5LUQAAqPEQBOBQIATgUCANrKBQBHpxEA8A4BAGLpCQB3IRIA5LUQAAH3BwBMCQAAiWQSAFObEQAAAAAATgUCAAyOEABhjhAAv9oQAP2dDwCUsBAAO7QQAJC0EACoRRIA5LUQAFJGEgBc5xEA/UUSAOS1EADktRAA7KwRAEGtEQCWrREA7KwRAEGtEQCWrREA660RAECuEQDsrBEAQa0RAJatEQDrrREAQK4RAFznEQCUsBAAO7QQAJC0EACoRRIA5LUQAFJGEgBc5xEA/UUSAOS1EABBsgwA5LUQALdIAADuuQIAt0gAAJtSEgA7tBAAkLQQAOS1EAAzuxEAAfcHANN+AwDurwwA+wEDANcWEgAvvxEAOMYBAE4FAgBHDgAAAAAAAIUZDAAAAAAA9KQRAIq5EQDfuREANLoRAIlkEgCbUhIAO7QQAJC0EABOBQIATAkAAJ+xBACfsQQAdyESAE4FAgBvgBAATgUCAOS1EAD7AQMA5LUQAJJqAwD78hEA+/IRAINuDgDktRAAiWQSAE4FAgCrmRAAAJoQAJtSEgA7tBAAkLQQAJtSEgBOBQIAAfcHAIlkEgAB9wcAiboRAE1RDACunQkATAkAAHchEgD0sQQAtDkSAHeHAQBe9gAAiWQSAAyOEABhjhAAO7gMANcWEgDdwQsATgUCAB7QEQBOBQIA3cELAPf2EQDI0BEAHNcMACDeAQBvgBAA1MQRACnFEQBOBQIAiWQSAIlkEgCbUhIAdocCAHaHAgCbUhIAm1ISAAH3BwBckxAAsZMQABjWEQD5oBAAb4AQAJSwEAA+sRAA7BECABKMDADrvQEAqpoQAG+AEABcSwMAIN4BAFqgBQCLawkA5hIHAEIRAgC3SAAA6bsFAAH3BwCJZBIA47cPAIoOEgDpvgIAVVMCAOm+AgBVUwIABU4CAAZECwDeZBIAQrsCAIlkEgBMCQAATgUCAE6hEACMHgAAXEsDAEtNEgBOBQIAiWQSAHchEgCGZxIA9LEEAIlkEgD7AQMA+wEDAPsBAwD7AQMA5LUQAOS1EAB6yREAPrEQACjGEQBMCQAAt0gAAHaHAgDjtw8Ab4AQANTEEQApxREAR1sIAJSwEAA7tBAAkLQQAKvtEQAA7hEAds4QAMvOEAB2zhAAy84QAJSwEABc9gIA9/YRAMjQEQAizw4Aq5kQAACaEAAizw4As5QNAKuZEAA2uBEAm1ISAIW+EQCJZBIATgUCANkmAADZJgAAQhECANUoAgAyaBAA/fARAEdWDQBc5xEATgUCAIlkEgBOBQIA18YMAL/ZEQBelA0ATgUCAE4FAgBOBQIAlbINAGGdAQBriAwAqEUSAJSwEABCEQIArZsMAKhFEgD7AQMAqEUSAPsBAwDktRAATgUCAE4FAgD39hEAyNARAIlkEgCrmRAAAJoQAO0AEgCStwsATgUCAE4FAgBOBQIAv9oQAE4FAgD/7hEACpIOAEcOAABx1g0ADI4QAOS1EABvgBAAhW4MAN3BCwBDVRIAAAAAAN3BCwAe0w4A4gsSAB3UDgA3DBIAMhIRAIDDEQCbUhIAPrEQAPf2EQC1kQ4AMmgQADISEQDiCxIAMhIRADcMEgAyEhEA9/YRAMjQEQDF0xEAVQAAAJ0ECQC3SAAArZcQAEcOAABOBQIA3cELAMjQEQBOBQIASaURAEpeAgDpBBIA/EYSAFFHEgDTfgMAkrcLAAH3BwBOBQIATgUCAE4FAgCJZBIAjLwMAIy8DACMvAwAjLwMAEIRAgBCEQIASf0OAE4FAgCrmRAALxQSAPf2EQBPSRIATgUCAPf2EQAKkg4ATgUCAKT0EQDx/BEAq5kQAEb9EQBOBQIA6AUSAD0GEgBZPxIAkgYSAE4FAgBOBQIA9/YRAAqSDgCk9BEA8fwRAKuZEABG/REATgUCAP1JDgAlHhIAq5kQAACaEACbUhIAPrEQAE4FAgDXFhIAdyESAHchEgBe9gAA18ERAHkfEgCBwhEAdd4BAIy8DACMvAwAjLwMAIy8DABOBQIA6QQSADa5EACqmhAA/ZwQAJK3CwDChA4ACUoCAKRJEgA2uBEApPQRAOS1EACjShIA5LUQAHchEgD7AQMAR1YNAEdWDQBOBQIAaokMAOgFEgA9BhIAAfcHAAH3BwCTsg8Aq5kQAACaEABqiQwA6AUSAD0GEgAB9wcAAfcHAJOyDwD+7xEAU/ARAKuZEAAvvxEA270RAAAAAADktRAAiWQSAOS1EABc9gIAlLAQAPf2EQD7oA4AgG4RAC+/EQC9MBIAsD0SAJtSEgCFvhEA+wEDANVuEQDtABIAt+gKAIlkEgBiRgIAVQAAAKhFEgD39hEA+6AOALdIAACUsBAAAfcHAE4FAgCrmRAAAJoQAJOyDwAtbw4A+wEDAPsBAwBCvAEAQrwBAEK8AQBCvAEA+wEDAOS1EABCvAEATgUCAE4FAgBOBQIAAAAAAAAAAAD39hEAT0kSAKuZEAAAmhAAk7IPAP+cDgCJZBIA9/YRALfoCgCJZBIA9/YRAEtNEgDktRAATgUCAE4FAgDTfgMAPRgAAAH3BwBrlAAATgUCAOkEEgD8RhIAUUcSAKZHEgD7RxIAUEgSAKVIEgD7AQMAq5kQAACaEAC2jhAA6AUSAD0GEgDktRAAq5kQAC+/EQBO9REAm1ISADu0EABijRAAgScCAP3wEQD1TRIASk4SAJ9OEgD0ThIAm1ISAD6xEAAWjQcAm1ISAOS1EADxURIA+wEDAOO3DwAB9wcAlLAQAHchEgDwDgEAyNARAIlkEgDwDgEAXOcRAPAOAQBc5xEADI4QAPSkEQDwDgEATgUCAPf2EQDI0BEAq5kQAACaEACBJwIAZzESAGcxEgCBJwIAb4AQAG+AEABvgBAA7/8QAG+AEABvgBAAb4AQAG+AEAAMjhAA9KQRAG+AEADv/xAAb4AQANPFEQBvgBAA08URAG+AEADTxREAxtIRANPFEQBvgBAA08URAG+AEADTxREAesoQANPFEQBvgBAA08URACPMEAB4zBAAVZoQAE4FAgB3IRIATgUCAPsBAwDktRAAPRgAAOO3DwCqmhAAbdYRAIwMEgCMDBIAqpoQAP+aEAC/jQgAMmYSAPsBAwD7AQMARw4AAEcOAACGvhAA5LUQAHXeAQBvgBAAiWQSAC1vDgCDahIALW8OAIlkEgBvgBAAgm0QAIlkEgCCbRAAb4AQANTEEQCCbRAA1mwSACttEgBvgBAA+wEDAB/PEQDktRAATgUCAE4FAgBOBQIAeXQSAE4FAgBOBQIATgUCAHl0EgBOBQIAaY4IAHl0EgCJZBIA5QoQAE4FAgBOBQIAeXQSAOS1EAAjzBAAeMwQAM3MEABvgBAA/lUBAKT0EQDx/BEATgUCAJtSEgA+sRAAq5kQAACaEADtABIAd4cBANdxDAC7MhIAtDkSAOO3DwCYqxEA9KQRANu9EQBelA0AlLAQAIW+EQBelA0AiWQSAL+NCACDwRAAecoRAPf2EQDI0BEAq5kQAC+/EQC9MBIAiWQSAIJtEACtmwwAPRgAAIlkEgCunQkAq5kQAACaEADtABIAQgUOAIPBEABWQhIAq5kQAC8UEgD39hEAtZEOAIlkEgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100,198],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,198,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
