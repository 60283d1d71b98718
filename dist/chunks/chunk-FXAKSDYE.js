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
} from "./chunk-ET6UIJ7R.js";
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
} from "./chunk-VIJQLG45.js";
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
var DERIVED = `{"prefilter":{"key":"rules 284\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) [^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx(?:\\\\/v[45])?(?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis(?:\\\\/v[6-9])?|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|(?:expected|want(?:ed)?) ?[=:] ?<nil>\\\\s*$|wantErr false\\\\s*$|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,158,167,201,213,214,240,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,447,449,450,451,452,453,454,455,458,459,460,462],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12723,"states":14366,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAAAoJgcABgAAABc8AgAHAAAAQgsIAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAACSuQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAMCGDgAfAAAA8A4BACAAAABKXgIAIQAAADAYDQAiAAAAIN4BACMAAABe9gAAJAAAAD2+BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAm6wNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAEdYCwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAADbFBAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAABuhQwAPwAAAA6QDABAAAAA4rgPAEEAAADWxg0AQgAAAAAAAABDAAAAgMcNAEQAAAAAAAAARQAAAF7pDQBGAAAAWe4NAEcAAADPHhIASAAAAOkIDgBJAAAAMhUOAEoAAAAQNw4ASwAAAGU3DgBMAAAAujcOAE0AAABSSg4ATgAAAE5ODgBPAAAAH30OAFAAAAD0/A4AUQAAAEn9DgBSAAAA7wEPAFMAAAAxFBAAVAAAAIYUEABXAAAAqgAAAFgAAADvDAQAWgAAAFtFCgBbAAAAuEYBAF4AAAALnwAAYAAAAMvUCgBhAAAA9gAJAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAmq8LAAIBAABvgBAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAAxIAQAP4IAAAZgRAATgkAALU8DgBUCQAAoQkAAGEJAAAUiwsAZQkAAA84DgBoCQAABkQLAKgJAAD2CQAArgkAAAKdCwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAABugRAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AANPKDABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAAfh4OAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAAfx0OAKIOAADxDgAAqw4AAGBBCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAAw4EQAD4YAABaQBAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAAAvyAgAmRgAAO4GCwCaGAAA5xgAAJwYAAARQwEAnRgAAMCMCACfGAAAy4IHAKEYAAAA9AsAoxgAAHEyBwCoGAAArk8CAKsYAADJ2gYA6BgAADwZAADqGAAAAKQGAO0YAAB/HwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AABiCEACSHgAA4R4AAJYeAADiug0Aox4AAO1bDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAA4G4GAOgfAAA1IAAAOCAAABSQBgA8IAAAiiAAAEAgAAAZNwUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAbYIQANsmAAA5xQEA3iYAAKycDADiJgAAe8oPAOUmAAAuJwAA5yYAAHgpCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAADCghAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAAAXgxAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAABsgxAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AADBgxAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAGuEEAAzPgAAbD4AAHQ+AADAhBAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAABWFEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAABqhRAAvEgAAMQ5AgC9SAAAPmcFAL5IAAAL7QcAwkgAAAxJAADDSAAA+PwKAMVIAAC6PwYAy0gAABBDAgASSQAAPLQPABhJAABhSQAAZ0kAAMaLAwBpSQAAv4UQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAABSGEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAaYYQAEthAACeYQAAoWEAAPNhAAD2YQAAvoYQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAAAThxAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAGiHEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AAC9hxAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAASiBAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAGeIEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAALyIEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAAEYkQAM6HAABURw8A0IcAAJLBAQDThwAAOW8CANSHAABv3gcA1YcAAHGIBgDWhwAAOMcAANeHAACySwIA2ocAADoMDwDchwAAIogAAN6HAAAAoggA44cAAEazBgDkhwAAVJ4NACyIAAAahwkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAAZokQAOWOAAC7iRAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAAbYYMAHyPAAAd4QEAf48AAB6ADACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAC45woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAABCKEABxlAAAwJQAAHOUAABvfhIAepQAANzHBgB8lAAA3xkHAH6UAACrUwEAg5QAAMMwDACHlAAAhG4NAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAALqKEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAAAPixAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAABkixAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAALmLEABQsQAAPr8CAFOxAADNhgEAV7EAAF2cBgBZsQAA81kIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAACHWCABasgAAorIAAKyyAAD3sgAA+LIAAGowEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAAAOjBAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAGOMEAA6zgAAhs4AAJDOAADbzgAA5s4AALiMEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAAANjRAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAACnSBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAGKNEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAAC3jRAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAAyOEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAABhjhAAG+kAAMLlAgAe6QAAa+kAACPpAADkEQoAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAto4QABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AAALjxAAX/YAAIsRDgBg9gAAs/YAAGH2AAClowwAaPYAAN4TDgBp9gAAwjgFAG32AACWEgIAbvYAABovDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAGCPEABf/AAAtY8QALX8AAAKkBAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQBfkBAAAwMBALSQEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEACZEQAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQDlvQcAXgUBANEpBQCtBQEA+QUBALMFAQCIbQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAXpEQAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQCzkRAA+A4BAPpWBAD6DgEAfxwPAP0OAQBnNg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEACJIQAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAXZIQAJgYAQCykhAA6BgBAOq6BQDrGAEAOxkBAO8YAQDQ2AEA8hgBAOgPCAD0GAEATLIBAPoYAQCwSgUAQhkBADNsCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQDYdgYAVhoBAHiBBgCUGgEA03sGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAFyTEADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQBblBAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAsJQQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAAWVEADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAASWEADWLwEAWZYQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEArpYQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEAA5cQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQBYlxAAvUYBAA1HAQAORwEAdCgOABxHAQAwwwwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAK2XEAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEAApgQAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQBXmBAArFMBAPcGAgC1UwEAlAoMALdTAQCAbxAAuVMBAC3GDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAyNUMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQCsmBAAAFYBALqODAAMVgEAHIIMACFWAQABmRAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBAFaZEACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAq5kQAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQAAmhAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQBVmhAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAKqaEABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQD/mhAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEAVJsQAJRxAQCpmxAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBAFOcEABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQConBAA2H0BACt+AQA5fgEAgH4BAJF+AQD9nBAA3H4BAFKdEABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQCnnRAA2oABAPydEAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAKaeEAAohgEAeIYBAICGAQD7nhAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBAJG2DQDjhgEAf9QBAC6HAQB3hwEAk4cBAMEvDwCfhwEAzIcBAPKHAQAhiAEASogBAHaIAQCciAEAy4gBAPGIAQAgiQEAKIkBAHWJAQCfiQEAyokBAOOJAQAfigEAIYoBAHSKAQB7igEAyYoBANGKAQAeiwEALYsBAHOLAQB5iwEAyIsBANSLAQAdjAEAJIwBAHKMAQB+jAEAx4wBANSMAQAcjQEAJo0BAHGNAQB/jQEAxo0BAMiNAQAbjgEALI4BAHCOAQBzjgEAxY4BAPCOAQBQnxAAHY8BAMTiAwAkjwEAfScGACePAQBvjwEAKo8BAJcGDQArjwEAY5oCADCPAQAUPQQAdo8BAJ1gAgB5jwEA72IDAH6PAQBQ9g4Aio8BAMSPAQDGjwEAGZABACqQAQBukAEAfJABAMOQAQDKkAEAGJEBABqRAQBtkQEAHZEBACp+AgAgkQEAUa0BAHyRAQDCkQEA0ZEBABeSAQAjkgEAbJIBAG+SAQDBkgEAxJIBABaTAQA2kwEAa5MBAHeTAQDAkwEA1JMBABWUAQAjlAEAapQBAHGUAQClnxAA1pQBABSVAQAWlQEA52EMABeVAQDoYAwAIZUBAGmVAQBrlQEAvpUBAMiVAQATlgEAz5UBAI5lDAAclgEAaJYBAG6WAQC9lgEAyZYBABKXAQAZlwEAZ5cBAGyXAQC8lwEAyJcBABGYAQAUmAEAZpgBAHOYAQC7mAEAwJgBABCZAQAamQEAZZkBAHuZAQC6mQEAvJkBAA+aAQAZmgEAZJoBAHOaAQC5mgEAxJoBAPqfEAAamwEAY5sBAHCbAQC4mwEAxpsBAA2cAQAZnAEAYpwBAGmcAQBPoBAAvJwBAAydAQDDnAEAINAPAMWcAQBkQgQADp0BAFGrAwARnQEANhQLABudAQA+YQsAI50BAGGdAQBvnQEAtp0BAMOdAQALngEAE54BAGCeAQBqngEAP7kHAHCeAQC1ngEAt54BAAqfAQAYnwEAX58BAHCfAQCkoBAAu58BAPmgEAAOoAEAXqABAGSgAQCzoAEAu6ABAAihAQARoQEAXaEBAGChAQCyoQEAvqEBAAeiAQANogEAXKIBAGSiAQCxogEA0KIBAKOhEAAIowEAW6MBAGmjAQCwowEAwaMBAPihEAAMpAEATaIQAF+kAQCvpAEAtaQBAASlAQAMpQEAWaUBAGKlAQCupQEAsaUBAAOmAQAPpgEAWKYBAF6mAQD3ohAAr6YBAAKnAQALpwEAV6cBAGGnAQCspwEAt6cBAAGoAQANqAEAVqgBAGOoAQCrqAEAtagBAACpAQAOqQEAVakBAGSpAQCqqQEArKkBAP+pAQAJqgEAVKoBAGKqAQCpqgEArqoBAP6qAQALqwEAU6sBAFurAQCoqwEAuKsBAP2rAQD/qwEAUqwBAGCsAQCnrAEAuKwBAEyjEAADrQEAoaMQAFqtAQCmrQEAqa0BAPutAQAHrgEAUK4BAFauAQClrgEAsq4BAPquAQD8rgEAT68BAGWvAQCkrwEAsK8BAPajEAAFsAEATrABAFSwAQCjsAEAprABAPiwAQAGsQEATbEBAFKxAQCisQEAr7EBAPexAQD/sQEAS6QQAFmyAQChsgEAr7IBAPayAQAMswEAS7MBAFSzAQCgswEAtrMBAPWzAQD9swEASrQBAE20AQCftAEAqLQBAPS0AQD1tAEASbUBAEq1AQCetQEAo7UBAPO1AQD5tQEASLYBAFK2AQCdtgEAqbYBAPK2AQD5tgEAR7cBAE+3AQCctwEAnrcBAPG3AQDytwEARrgBAFS4AQCbuAEAo7gBAPC4AQALuQEARbkBAFG5AQCauQEAoLkBAO+5AQDyuQEARLoBAFK6AQCZugEAnroBAO66AQD7ugEAQ7sBAEu7AQCYuwEAprsBAO27AQDwuwEAoKQQAEW8AQCXvAEARrwBAL7iCQBOvAEAedIJAFC8AQA1vA4AVbwBAAnoDgCavAEA7LwBAP28AQBBvQEAXb0BAJa9AQCevQEA9aQQAPy9AQBAvgEASL4BAJW+AQCbvgEA6r4BAO++AQA/vwEASL8BAJS/AQCevwEA6b8BAPe/AQA+wAEAS8ABAJPAAQCfwAEA6MABAOvAAQA9wQEAWcEBAEqlEACVwQEA58EBAKbBAQCBJQQA88EBADzCAQBCwgEAkcIBAJvCAQCfpRAA68IBADvDAQBIwwEAkMMBAJjDAQBCrRAAnMMBAOXDAQCgwwEAicoBAKzDAQAvbg0A68MBADrEAQBAxAEAj8QBAJTEAQDkxAEA6sQBAPSlEABDxQEA5mIMAEfFAQCOxQEAn8UBAEmmEADqxQEAnqYQAEDGAQDzphAAm8YBAOLGAQDpxgEAN8cBAD/HAQCMxwEAmccBAOHHAQDmxwEANsgBAEDIAQCLyAEAk8gBAODIAQDmyAEANckBADfJAQCKyQEAmMkBAN/JAQDiyQEANMoBAEDKAQBIpxAAi8oBAN7KAQDsygEAM8sBAETLAQCdpxAAj8sBAPKnEADjywEAMswBADjMAQCHzAEAjMwBANzMAQDizAEAR6gQADPNAQCGzQEAOs0BAGWMDgA9zQEADO4FAKHNAQDbzQEA3c0BADDOAQBKzgEAhc4BAJLOAQC65gkAls4BANrOAQDczgEAL88BADzPAQCEzwEAm88BANnPAQDzzwEALtABADDQAQCD0AEANNABAHR+DQCG0AEA2NABANvQAQAt0QEAOdEBAILRAQCI0QEA19EBAOHRAQCcqBAAMdIBAIHSAQCO0gEA1tIBAOLSAQAr0wEAMdMBAIDTAQCG0wEA1dMBANrTAQAq1AEAMNQBAPGoEACA1AEA1NQBAJXUAQDkFgUA1tQBACnVAQDi1AEADPECAC/VAQB+1QEAjNUBANPVAQDW1QEAKNYBAC3WAQB91gEAitYBANLWAQDi1gEAJ9cBACnXAQB81wEAitcBANHXAQDi1wEARqkQACzYAQB72AEAh9gBAJupEADh2AEAJdkBAC/ZAQB62QEAiNkBAM/ZAQDQ2QEAJNoBADXaAQB52gEAhdoBAM7aAQDe2gEAI9sBACXbAQB42wEAhtsBAM3bAQDe2wEA8KkQACjcAQB33AEAg9wBAEWqEADS3AEAId0BACfdAQB23QEAe90BAMvdAQDR3QEA76oQACjeAQB13gEAf94BAMPYDgCO3gEAyt4BANPeAQAf3wEAKd8BAHTfAQB83wEAyd8BAM3fAQAe4AEAIOABAHPgAQB24AEAyOABAOTgAQBEqxAAMOEBAHLhAQBz4QEAx+EBANPhAQAc4gEAK+IBAHHiAQB74gEAxuIBANLiAQAb4wEAIuMBAJmrEAB24wEA+fkMAIPjAQDF4wEA1OMBABrkAQAm5AEAb+QBAHDkAQDE5AEAzuQBABnlAQAn5QEAbuUBAHPlAQDD5QEA0OUBAEOsEAAg5gEAbeYBAHnmAQDC5gEA1eYBABfnAQAY5wEAbOcBAHjnAQDB5wEA0OcBABboAQAg6AEAa+gBAHfoAQDA6AEAx+gBAJisEAAm6QEAaukBAHbpAQC/6QEAz+kBABTqAQAe6gEAaeoBAHHqAQC+6gEA5uoBABPrAQDs6gEAue8BADvrAQBo6wEAcOsBAL3rAQDD6wEAEuwBACDsAQBn7AEAfuwBALzsAQDH7AEAEe0BABvtAQBm7QEAk+0BALvtAQDD7QEAEO4BACDuAQBl7gEAZ+4BALruAQDI7gEAD+8BACDvAQCXrRAAa+8BAOytEADh7wEADvABABbwAQBj8AEAafABALjwAQDG8AEADfEBACTxAQBi8QEAbfEBALfxAQDB8QEADPIBADnyAQBh8gEAafIBALbyAQDG8gEAC/MBAA3zAQBg8wEAbvMBALXzAQDG8wEAQa4QABH0AQCWrhAAYfQBALT0AQDC9AEACfUBABr1AQDrrhAAZfUBAECvEAC79QEAla8QABD2AQDqrxAAX/YBALL2AQDA9gEAB/cBABj3AQA/sBAAYvcBALH3AQC99wEAlLAQAA/4AQBb+AEAaPgBALD4AQC++AEABfkBAA/5AQBa+QEAdPkBAK/5AQCy+QEABPoBAAv6AQBZ+gEAefoBAK76AQDI+gEA6bAQABD7AQBY+wEAFPsBAABTAgAZ+wEAqKoCAGb7AQCt+wEAt/sBAAL8AQAc/AEAV/wBAGf8AQCs/AEAsvwBAAH9AQAD/QEAVv0BAGz9AQCr/QEAt/0BAAD+AQAE/gEAVf4BAFr+AQCq/gEAsP4BAP/+AQAf/wEAVP8BAG7/AQCp/wEAq/8BAP7/AQABAAIAUwACAFYAAgCoAAIAtAACAP0AAgADAQIAUgECAFwBAgA+sRAArAECAPwBAgAJAgIAUQICAF0CAgCmAgIAuQICAPsCAgAKAwIAUAMCAFwDAgClAwIApgMCAPoDAgAEBAIATwQCAF0EAgCkBAIAqQQCAPkEAgAGBQIAk7EQAE8FAgD0qgsAUAUCAFOgDABRBQIAJ9EHAFMFAgDgEA8AVAUCAKugCQBVBQIADZEMAFgFAgAvww0AWQUCAAiWDABaBQIAqUsLAFsFAgBEBQwAXAUCAHTVCwBdBQIAnbIFAF4FAgCjBQIAZgUCADUOEgBoBQIAj2IOAGoFAgCTsg8AcQUCAF07EgB2BQIAg24OAJAFAgArxw0AlQUCAG8pEgClBQIA+AUCALQFAgDBMA4ABgYCAE0GAgBeBgIA6LEQAKkGAgA9shAAAwcCAEwHAgBbBwIAoQcCAKsHAgD2BwIAAggCAEsIAgAZCAIAfCAOAFIIAgDnshAAoggCAPUIAgAGCQIASgkCAFMJAgCfCQIAqwkCAPQJAgD3CQIASQoCAFEKAgCeCgIAqAoCAPMKAgD4CgIASAsCAFALAgCdCwIAtgsCAPILAgD+CwIARwwCAE8MAgCRsxAApAwCAOazEAD0DAIARg0CAEkNAgCbDQIApw0CAPANAgD2DQIARQ4CAE8OAgA7tBAAnw4CAO8OAgD8DgIARA8CAEwPAgCQtBAAnw8CAO4PAgD0DwIAQxACAEgQAgCYEAIAnhACAOW0EAD1EAIAOrUQAEQRAgCn+AoARxECAJcRAgBOEQIARLEKAKERAgDsEQIAphECALyQCAD0EQIA8gANAAgSAgBBEgIASRICAI+1EACbEgIA6xICAAETAgBAEwIAQRMCAJUTAgCXEwIA6hMCAPATAgA/FAIASxQCAJQUAgCbFAIA6RQCAPEUAgA+FQIARxUCAJMVAgCWFQIA6BUCAPYVAgA9FgIAShYCAJIWAgCpFgIA5xYCAO8WAgA8FwIASBcCADsYAgBkFwIAkRcCALkXAgDmFwIAChgCAOS1EABYGAIAkBgCAJkYAgCPGQIAoRgCAOUYAgAVGQIAOhkCAF4ZAgA5thAAkRkCAOQZAgD1GQIAORoCAGkaAgCOGgIAshoCAI62EADpGgIA67gGAOwaAgA4GwIA7xoCAGM4DwBCGwIAjRsCAEUbAgDjwAYARhsCABfaDgCVGwIA4hsCAOYbAgA3HAIAORwCAIwcAgCPHAIA4RwCAP0cAgDjthAAOx0CANF3DABAHQIAsusMAEIdAgCLHQIARh0CALJCCwCoHQIA4B0CAOkdAgA1HgIANx4CAIoeAgCbHgIAOLcQAOQeAgA0HwIAPR8CAIkfAgCaHwIA3h8CAOUfAgAzIAIAOyACAIggAgBNIAIAZ0ECAJUgAgAyIQIAlyACAIYiAgChIAIA3SACAOkgAgCNtxAANyECAIchAgCRIQIA3CECAOQhAgDitxAAPSICADe4EACLIgIA2yICAOgiAgAwIwIAOiMCAIUjAgCHIwIA2iMCAOgjAgAvJAIAPCQCAIy4EACJJAIA2SQCAOYkAgAuJQIAOCUCAIMlAgCFJQIA2CUCAOYlAgAtJgIAOiYCAOG4EACFJgIA57QOAIgmAgCd/g4AjyYCANcmAgDhJgIANrkQADQnAgCBJwIAgycCAKL5DgCOJwIAC5oFAJgnAgDWJwIAmicCAMCRAwDbJwIAKygCADUoAgCAKAIAiCgCAIu5EADfKAIAKikCADYpAgB/KQIAgikCANQpAgDeKQIAKSoCAEMqAgB+KgIAlSoCANMqAgDYKgIAKCsCAEQrAgDguRAAhysCANIrAgCOKwIAYEIIAN4rAgAnLAIAKiwCAHwsAgCGLAIA0SwCAOssAgAmLQIALC0CAHstAgB9LQIA0C0CAN4tAgAlLgIAKC4CAHouAgCGLgIAzy4CANIuAgAkLwIARy8CADW6EAB7LwIAzi8CANwvAgAjMAIAJjACAHgwAgCEMAIAzTACANAwAgCKuhAALTECAHcxAgB9MQIAzDECANExAgAhMgIAJTICAHYyAgB5MgIA37oQAMwyAgBQog0AzjICAPqgDwDRMgIAIDMCANQyAgCsmQ8A1TICAMY3AgDXMgIAaoYPANkyAgDHfg8A2jICAA6NDwDbMgIARqoPAOIyAgAndwwA5TICADpiDgAsMwIAdTMCAKEzAgDKMwIA1jMCAB80AgAuNAIAdDQCAH40AgDJNAIAzDQCAB41AgA4NQIAczUCAH01AgDINQIAzTUCAB02AgAnNgIAcjYCAH02AgDHNgIAzTYCABw3AgAhNwIAcTcCAHU3AgA0uxAAyzcCABs4AgDUNwIAB5QPACU4AgBwOAIAezgCAMU4AgDLOAIAGjkCAB85AgBvOQIAczkCAIm7EADJOQIAJdgCAMs5AgApHg4AzDkCAFXzDADOOQIAr+wOAN45AgAZOgIAIzoCAG46AgB5OgIAwzoCAMk6AgAYOwIAHTsCAG07AgBxOwIAwjsCAOU7AgDeuxAAGTwCAGw8AgAaPAIAxi0MABw8AgCHbwkAIDwCAH7LCwAjPAIAY0UCACU8AgCe/Q4AeTwCAOZsAgB6PAIAwTwCAMQ8AgAWPQIAIj0CAGs9AgCDPQIAwD0CAMw9AgAVPgIAGz4CAGo+AgBwPgIAvz4CAMQ+AgAUPwIAGj8CADO8EABzPwIAvj8CAMk/AgATQAIAGUACAGhAAgBtQAIAvUACAMFAAgASQQIAFUECAIi8EABxQQIAvEECAMdBAgARQgIAF0ICAGZCAgBrQgIAu0ICAL9CAgDdvBAAEUMCAGVDAgBxQwIAukMCAMZDAgAPRAIAFUQCAGREAgBqRAIAuUQCAL5EAgAORQIAFEUCADK9EABlRQIAgM8FAGpFAgAb3wUAckUCAM+DAgBzRQIAuEUCAMRFAgANRgIAE0YCAGJGAgBuRgIAt0YCAMRGAgAMRwIAG0cCAGFHAgBtRwIAtkcCAMJHAgALSAIAEUgCAGBIAgBmSAIAtUgCALpIAgAKSQIAEEkCAIe9EABpSQIAO7wIAHVJAgC0SQIAeEkCAPmnCQDASQIACUoCABFKAgBVmREAFUoCAF5KAgBkSgIAs0oCALlKAgAISwIADUsCAF1LAgBjSwIA3L0QALpLAgDhDBIAvEsCAAdMAgANTAIAXEwCABNMAgA2xwIAakwCALFMAgDKTAIABk0CAA9NAgBbTQIAZU0CALBNAgC8TQIABU4CABFOAgBaTgIAYE4CAK9OAgC1TgIABE8CAAlPAgBZTwIAX08CADG+EAC6TwIAA1ACAA1QAgBYUAIAY1ACAK1QAgCyUAIAAlECAAlRAgBXUQIAY1ECAKxRAgCyUQIAAVICAAdSAgBWUgIAW1ICAKtSAgCxUgIAhr4QABFTAgBVUwIAVlMCAKpTAgBbUwIApVgCAK9TAgD/UwIADVQCAFRUAgBhVAIAqVQCALNUAgD+VAIAClUCAFNVAgBZVQIAqFUCALRVAgD9VQIAEFYCAFJWAgBhVgIAp1YCALNWAgD8VgIA/VYCAFFXAgBbVwIAplcCALRXAgD7VwIAAFgCAFBYAgBdWAIA274QALFYAgD6WAIAClkCAE9ZAgBbWQIApFkCAKpZAgD5WQIABVoCAE5aAgBbWgIAo1oCALJaAgD4WgIABFsCAE1bAgBZWwIAolsCALVbAgD3WwIABlwCAExcAgBYXAIAoVwCAKJcAgD2XAIAAF0CAEtdAgBZXQIAoF0CAKVdAgD1XQIAAl4CADC/EABMXgIAxN8GAFZeAgCfXgIAV14CAE+mCgBYXgIA4WcMALNeAgD0XgIAAF8CAElfAgBPXwIAnl8CAKRfAgDzXwIA+F8CAEhgAgBOYAIAhb8QAKlgAgDyYAIA/2ACABPqAgAFYQIAR2ECAExhAgDgcgIAT2ECAHssAwBTYQIAnGECAKJhAgDxYQIA92ECAEZiAgBLYgIAm2ICAKFiAgDavxAA/GICAEVjAgBLYwIAmmMCAJ9jAgDvYwIA9mMCAERkAgBSZAIAmWQCALRkAgDuZAIA/GQCAENlAgBGZQIAmGUCAKZlAgDtZQIA8mUCAEJmAgBPZgIAl2YCAKNmAgDsZgIA8mYCAEFnAgBHZwIAlmcCAJtnAgDrZwIA8WcCAC/AEABFaAIAlWgCAJ5oAgDqaAIA92gCAD9pAgBGaQIAlGkCAKVpAgDpaQIA7mkCAD5qAgBNagIAk2oCAJVqAgDoagIA+WoCAD1rAgBJawIAkmsCAJhrAgDnawIA7WsCADxsAgBBbAIAkWwCAJdsAgCEwBAA/WwCADttAgBHbQIAkG0CAJxtAgDlbQIA620CADpuAgBAbgIAj24CAJRuAgDkbgIA6m4CANnAEAA/bwIAsaECAFBvAgCObwIAl28CAONvAgD5bwIAOHACAERwAgCNcAIAmnACAOJwAgDscAIAN3ECAENxAgCMcQIAknECAOFxAgDncQIANnICADtyAgCLcgIAkXICAC7BEADpcgIANXMCAD9zAgCKcwIAj3MCAN9zAgDvcwIANHQCAE10AgCJdAIAjnQCAN50AgDndAIAM3UCAEB1AgCIdQIAj3UCAN11AgDgdQIAMnYCAD52AgCHdgIAmnYCANx2AgDrdgIAMXcCAD13AgCGdwIAh3cCANt3AgDldwIAMHgCAD54AgCFeAIAingCANp4AgDneAIAg8EQADJ5AgCEeQIAh3kCANl5AgDmeQIAsO4LAOh5AgAuegIAMHoCAIN6AgCGegIA2HoCAOJ6AgAtewIAOXsCAIJ7AgCVewIA13sCAOZ7AgAsfAIAOHwCAIF8AgCCfAIA1nwCAOB8AgArfQIAOX0CAIB9AgCFfQIA1X0CAOJ9AgDYwRAAK34CAH9+AgCLfgIA1H4CANp+AgApfwIAK38CAH5/AgCIfwIA038CAOF/AgAogAIALYACAH2AAgCKgAIA0oACAN6AAgAngQIAOoECAHyBAgCLgQIA0YECAN2BAgAmggIAJ4ICAHuCAgCFggIA0IICAN6CAgAlgwIAKoMCAHqDAgCHgwIALcIQANiDAgAkhAIA24MCAPj6DAAqhAIAeYQCAHyEAgDOhAIA3IQCACOFAgAohQIAeIUCAIWFAgDNhQIA2YUCACKGAgAohgIAd4YCAH2GAgDMhgIA0YYCACGHAgAnhwIAgsIQAHiHAgDLhwIAfYcCALflDQDahwIAIIgCAECIAgB1iAIAeogCAMqIAgDliAIAH4kCACuJAgB0iQIAeokCAMmJAgDZiQIAHooCAC+KAgBzigIAeIoCAMiKAgDMigIAHYsCACmLAgByiwIAeIsCAMeLAgDNiwIAHIwCACGMAgBxjAIAd4wCANfCEADVjAIAmgEPANyMAgAbjQIAHI0CAHCNAgCBjQIAxY0CANGNAgAajgIAMI4CAG+OAgB7jgIAxI4CANGOAgAZjwIAI48CAG6PAgB6jwIAw48CAMqPAgAYkAIAJJACAG2QAgBzkAIAwpACAMiQAgAXkQIAHJECAGyRAgBykQIALMMQAMORAgCyPg8AypECABaSAgAXkgIAa5ICAGySAgDAkgIAxZICABWTAgAbkwIAapMCAHSTAgC/kwIAy5MCABSUAgAblAIAaZQCAG6UAgC+lAIAv5QCABOVAgAflQIAaJUCAG6VAgC9lQIAv5UCABKWAgAclgIAZ5YCAHWWAgC8lgIAwZYCABGXAgAelwIAZpcCAHKXAgC7lwIAzpcCABCYAgAfmAIAZZgCAHGYAgC6mAIAu5gCAA+ZAgAZmQIAZJkCAHKZAgC5mQIAvpkCAA6aAgAbmgIAgcMQAHSaAgC4mgIAxJoCAA2bAgAkmwIAYpsCAGSbAgC3mwIAyJsCAAycAgAOnAIAYZwCAGecAgC2nAIAzZwCAAudAgAUnQIAYJ0CAHadAgC1nQIAwZ0CAAqeAgAXngIAX54CAGmeAgC0ngIAwJ4CAAmfAgAcnwIAXp8CAG2fAgCznwIAv58CAAigAgAJoAIAXaACAGegAgCyoAIAwKACAAehAgAMoQIAXKECAGmhAgDWwxAAs6ECAAaiAgAaogIAW6ICAGmiAgCwogIAvaICAAWjAgAMowIAWqMCAGajAgCvowIAwqMCAASkAgAJpAIAWaQCAGKkAgCupAIAuKQCAAOlAgAIpQIAWKUCAGilAgCtpQIAxqUCAAKmAgAHpgIAV6YCAGCmAgCspgIAuaYCAAGnAgAIpwIAVqcCAFmnAgCrpwIAt6cCAACoAgATqAIAVagCAGSoAgCqqAIAtqgCAP+oAgAAqQIAVKkCAF6pAgCpqQIAt6kCAP6pAgADqgIAU6oCAGCqAgArxBAAwaoCAP2qAgAJqwIAUqsCAFirAgCnqwIAt6sCAPyrAgABrAIAUawCAFesAgCmrAIAvKwCAPusAgD9rAIAUK0CAFqtAgClrQIAsa0CAPqtAgANrgIAT64CAF6uAgCkrgIAsK4CAPmuAgD6rgIATq8CAFivAgCjrwIAsa8CAPivAgD9rwIATbACAFqwAgCAxBAApbACANPJDQCssAIA514PAK6wAgCbBQoAr7ACADnDAwCxsAIA97ACAACxAgBMsQIAUrECAKGxAgCnsQIA9rECAAKyAgBLsgIAWLICAKCyAgCqsgIA9bICAAuzAgBKswIAT7MCAJ+zAgCmswIA9LMCAAK0AgBJtAIAWbQCAJ60AgCstAIA87QCAAK1AgBItQIASrUCAJ21AgCntQIA8rUCAAC2AgBHtgIATLYCAJy2AgCptgIA8bYCAP22AgBGtwIAWbcCAJu3AgCqtwIA8LcCAPy3AgBFuAIARrgCAJq4AgCkuAIA77gCAP24AgBEuQIASbkCAJm5AgCmuQIA1cQQAPC5AgBDugIA+rkCAE79CQBUugIAmLoCAKG6AgDtugIA+boCAEK7AgBKuwIARP8RAE67AgCXuwIAnbsCAOy7AgDyuwIAQbwCAEa8AgCWvAIAnLwCACrFEAD3vAIAQL0CAFC9AgCVvQIAo70CAOq9AgD3vQIAP74CAEu+AgCUvgIAm74CAOm+AgDxvgIAf8UQAEe/AgBu1w8AS78CABzhAgBPvwIAk78CAKS/AgDovwIA8L8CAD3AAgD0vwIAWkMNAEfAAgCSwAIAl8ACAOfAAgDvwAIAPMECAD7BAgCRwQIARcECACrTAgCZwQIA5sECAPzBAgA7wgIAR8ICAJDCAgCmwgIA5cICAP7CAgA6wwIARsMCAI/DAgCVwwIA5MMCAOzDAgA5xAIAScQCAI7EAgCXxAIA48QCAPDEAgA4xQIAR8UCAI3FAgCXxQIA4sUCAPDFAgA3xgIAPMYCAIzGAgCZxgIA4cYCAOnGAgDUxRAATMcCAIvHAgCMxwIA4McCAOrHAgA1yAIAPcgCAIrIAgCUyAIA38gCAOTIAgA0yQIAPMkCAInJAgCLyQIAL84CAIzJAgAbNwMAj8kCAN7JAgCQyQIADUUDAJ/JAgAUPgMA6skCADPKAgA1ygIAiMoCAI/KAgDdygIA5coCADLLAgAzywIAh8sCAI3LAgDcywIA4csCADHMAgAyzAIAhswCAJLMAgDbzAIA4cwCADDNAgA6zQIAhc0CAJnNAgDazQIA4s0CACnGEAAyzgIAhM4CADbOAgAgMgMAh84CANnOAgDnzgIALs8CAEXPAgCDzwIAkM8CANjPAgDgzwIALdACAC7QAgCC0AIAiNACANfQAgDc0AIALNECAC3RAgCB0QIAjdECANbRAgDc0QIAK9ICADXSAgCA0gIAlNICANXSAgDd0gIA08YQADfTAgB/0wIAhtMCANTTAgDg0wIAKdQCADnUAgB+1AIAjNQCANPUAgDg1AIAKNUCADTVAgB91QIAhNUCANLVAgDa1QIAfccQADPWAgB81gIAhtYCANHWAgDc1gIAJtcCACvXAgB71wIAgtcCANDXAgDY1wIA0scQAC3YAgB62AIAitgCAM/YAgDb2AIAJNkCACjZAgB52QIAgdkCAM7ZAgDQ2QIAI9oCACnaAgB42gIAj9oCAM3aAgDW2gIAItsCADjbAgB32wIAg9sCAMzbAgDZ2wIAIdwCACvcAgB23AIAedwCAMvcAgDT3AIAIN0CACrdAgB13QIAet0CAMrdAgDS3QIAH94CAC/eAgB03gIAfd4CAMneAgDW3gIAHt8CAC3fAgBz3wIAfd8CAMjfAgDW3wIAHeACACLgAgBy4AIAf+ACAMfgAgDP4AIAJ8gQACnhAgBx4QIAO+ECAG+MBAB24QIAxuECANDhAgAb4gIAI+ICAHDiAgAy4gIAenYPAHbiAgDF4gIAfuICAKNPDQB/4gIAsPEIAIDiAgC67QIAgeICANDOCwDR4gIAGuMCABzjAgAgKA0AIeMCAG/jAgB74wIAxOMCANPjAgAZ5AIAKuQCAG7kAgBw5AIAw+QCAMnkAgAY5QIAJOUCAG3lAgB15QIAfMgQAMjlAgDRyBAAI+YCACbJEABv5gIA0MkQAMTmAgAlyhAAxuYCACPYBAAZ5wIARVkMACPnAgBr5wIAdecCAMDnAgDC5wIAFegCACjoAgBq6AIAcugCANluDQB26AIAv+gCAMXoAgAU6QIAGukCAGnpAgBu6QIAvukCAMTpAgB6yhAAHeoCAGjqAgBq6gIAveoCAMfqAgAS6wIAIOsCAGfrAgBs6wIAvOsCAMnrAgAR7AIAHewCAGbsAgBs7AIAu+wCAMHsAgAQ7QIAFe0CAGXtAgBr7QIAz8oQAMjtAgAP7gIAHO4CAGTuAgBr7gIAue4CAMHuAgAO7wIAD+8CAM57CwAR7wIAY+8CACTvAgDQeQsAd+8CALjvAgDO7wIADfACACbwAgBi8AIAZ/ACALfwAgDI8AIAJMsQAB3xAgBh8QIAY/ECALbxAgDA8QIAC/ICABnyAgBg8gIAZfICALXyAgDC8gIACvMCABLzAgBf8wIAa/MCALTzAgBv8wIACPUCALrzAgAJ9AIAD/QCAF70AgBj9AIAs/QCALn0AgB5yxAACvUCAF31AgBr9QIAsvUCAMP1AgDOyxAADvYCACPMEABk9gIAsfYCAGb2AgDbxwcAo/YCAK8+EgC/9gIABvcCAMD2AgBW/AIAwfYCACohCgAT9wIAW/cCAGr3AgCw9wIAtfcCAAX4AgAb+AIAWvgCAFv4AgCv+AIAsfgCAAT5AgAO+QIAWfkCAGf5AgCu+QIAx/kCAAP6AgAU+gIAWPoCAGT6AgCt+gIAtfoCACLNEAAW+wIAV/sCAFj7AgCs+wIAuPsCAAH8AgAE/AIAd80QAFj8AgCr/AIAuPwCAAD9AgAN/QIAVf0CAFr9AgCq/QIAtP0CAP/9AgAH/gIAVP4CAGT+AgCp/gIAt/4CAP7+AgAL/wIAU/8CAFr/AgCo/wIAsP8CAP3/AgAAAAMAUgADAGYAAwCnAAMAvQADAPwAAwAVAQMAUQEDAFYBAwCmAQMAtwEDAMzNEAADAgMAIc4QAAcCAwCKFgoAFwIDAMR+EgBdAgMApQIDAKwCAwD6AgMABgMDAE8DAwBfAwMApAMDALIDAwD5AwMABgQDAE4EAwBaBAMAowQDAKoEAwB2zhAA+gQDAE0FAwD9BAMAhiAEAFoFAwCiBQMArwUDAPcFAwD8BQMATAYDAFYGAwChBgMAqQYDAPYGAwD7BgMAXkgEAP8GAwBLBwMATgcDAKAHAwCsBwMAy84QAPoHAwBKCAMAAQgDANfICgBPCAMAnwgDAKcIAwD0CAMACgkDAEkJAwBLCQMAngkDAKsJAwDzCQMABwoDACDPEABNCgMAnQoDAKUKAwCKwAoApwoDAPIKAwD6CgMARwsDAFMLAwCcCwMAqQsDAPELAwD2CwMARgwDAE8MAwCbDAMAsgwDAPAMAwD7DAMAdc8QAFMNAwCaDQMAnQ0DAO8NAwDyDQMARA4DAFIOAwCZDgMApg4DAO4OAwAFDwMAQw8DAEsPAwCYDwMAng8DAO0PAwD5DwMAQhADAEwQAwCXEAMAoBADAOwQAwDyEAMAQREDAE4RAwDKzxAAohEDAOsRAwCkEQMAfc0KAPoRAwBAEgMAURIDAJUSAwCXEgMA6hIDAPASAwA/EwMASxMDAJQTAwCbEwMA6RMDAPETAwA+FAMAQBQDAJMUAwCgFAMA6BQDAO8UAwA9FQMARRUDAJIVAwCfFQMA5xUDAOwVAwA8FgMARhYDAJEWAwCZFgMA5hYDAO8WAwA7FwMAPhcDAJAXAwCcFwMA5RcDAOwXAwAf0BAARxgDAI8YAwBQGAMAih0DAHIYAwDO0QoAqhgDAOQYAwDmGAMAORkDAEoZAwCOGQMAnBkDAOMZAwDqGQMAOBoDAEAaAwCNGgMAkhoDAOIaAwDjGgMANxsDAEMbAwCMGwMAkhsDAOEbAwDjGwMANhwDAEAcAwCLHAMAmRwDAOAcAwDlHAMANR0DAEIdAwB00BAAix0DAN8dAwDkHQMANB4DADoeAwCJHgMAkx4DAN4eAwDqHgMAMx8DADofAwCIHwMAkB8DAN0fAwDfHwMAMiADAD8gAwCHIAMAjiADANwgAwDkIAMAMSEDAD4hAwCGIQMAiyEDANshAwDlIQMAMCIDADgiAwCFIgMAjiIDANoiAwDdIgMALyMDADsjAwCEIwMAiyMDAMnQEADlIwMAh8MKAO0jAwAuJAMAOyQDAIMkAwCNJAMA2CQDANokAwAtJQMAQCUDAIIlAwCKJQMA1yUDAOMlAwAsJgMAMiYDAIEmAwCHJgMA1iYDANsmAwArJwMAMScDAB7REACOJwMA1ScDAOQnAwAqKAMARigDAH8oAwBKKAMA6WgDAIcoAwBz0RAA3SgDACkpAwA2KQMAfikDAIgpAwDTKQMA4SkDACgqAwA+KgMAfSoDAIkqAwDSKgMA2ioDAMjREAAtKwMAfCsDAIIrAwDRKwMA1isDACYsAwAsLAMAHdIQAIAsAwDQLAMA2SwDACUtAwAvLQMAei0DAIItAwDPLQMA1C0DACQuAwA0LgMAeS4DAIEuAwDOLgMA1C4DAMwwAwDnLgMAIy8DACgvAwB4LwMAgS8DAM0vAwDaLwMAIjADACkwAwB3MAMAejADAHLSEADOMAMAITEDAC4xAwB2MQMAjTEDAMsxAwDXMQMAx9IQACcyAwB1MgMAfTIDAMoyAwDOMgMAHzMDAC0zAwB0MwMAfjMDAMkzAwDUMwMAHjQDACY0AwBzNAMAeDQDAMg0AwDjNAMAHTUDACk1AwByNQMAeDUDAMc1AwDXNQMAHDYDAC02AwBxNgMAdjYDAMY2AwDKNgMAHNMQACQ3AwBwNwMAiTcDAMU3AwDPNwMAGjgDACA4AwBvOAMAcTgDAMQ4AwDTOAMAGTkDACM5AwBuOQMAdjkDAMM5AwDHOQMAGDoDACY6AwBtOgMAdzoDAMI6AwDNOgMAFzsDAB87AwBsOwMAcTsDAME7AwDcOwMAFjwDACI8AwBrPAMAcTwDAMA8AwDQPAMAFT0DACY9AwBqPQMAbz0DAL89AwDDPQMAcdMQAB0+AwBpPgMAej4DAL4+AwDIPgMAEz8DACE/AwBoPwMAaT8DAL0/AwDOPwMAEkADACZAAwBnQAMAb0ADALxAAwDAQAMAEUEDAB9BAwBmQQMAcEEDALtBAwDGQQMAEEIDABhCAwBlQgMAakIDALpCAwDVQgMAD0MDABtDAwBkQwMAakMDALlDAwDJQwMADkQDAB9EAwBjRAMAaEQDALhEAwC8RAMAxtMQABtFAwBiRQMAfUUDALdFAwDFRQMADEYDABNGAwBhRgMAbUYDALZGAwC+RgMAG9QQABlHAwBgRwMAakcDALVHAwDARwMACkgDABJIAwBfSAMAZEgDALRIAwDPSAMACUkDABVJAwBeSQMAZEkDALNJAwDDSQMACEoDABlKAwBdSgMAYkoDALJKAwC2SgMAcNQQABhLAwBcSwMAZEsDALFLAwCySwMABkwDAAtMAwBbTAMAaUwDALBMAwC9TAMABU0DAA9NAwBaTQMAZk0DAK9NAwC1TQMABE4DAAxOAwBZTgMAYE4DAK5OAwC6TgMAA08DAAlPAwBYTwMAZE8DAK1PAwC9TwMAAlADAA5QAwBXUAMAXVADAKxQAwC4UAMAAVEDAA5RAwBWUQMAZVEDAKtRAwC3UQMAxdQQAANSAwBVUgMAWFIDAKpSAwC4UgMA/1IDABZTAwBUUwMAYVMDAKlTAwC/UwMA/lMDAApUAwBTVAMAYFQDAKhUAwCyVAMA/VQDAAVVAwBSVQMAXFUDAKdVAwCsVQMA/FUDAARWAwBRVgMAXVYDAKZWAwCzVgMA+1YDAAVXAwBQVwMAVlcDAKVXAwC5VwMA+lcDAAJYAwBPWAMAXVgDAKRYAwCxWAMA+VgDAAFZAwBOWQMAW1kDAKNZAwCxWQMA+FkDAAlaAwBNWgMAVVoDAKJaAwC4WgMA91oDAPlaAwBMWwMATVsDABrVEACvWwMA9lsDAAVcAwBLXAMAV1wDAKBcAwCoXAMAb9UQAPpcAwBKXQMAU10DAJ9dAwCsXQMA9F0DAPtdAwBJXgMATF4DAJ5eAwCmXgMA814DAPheAwBIXwMAUV8DAJ1fAwCnXwMA8l8DAPpfAwBHYAMATGADAJxgAwCsYAMA8WADAPlgAwBGYQMATGEDAJthAwCdYQMA8GEDAP1hAwBFYgMAXGIDAJpiAwCmYgMAxNUQAPtiAwBEYwMAW2MDAJljAwClYwMA7mMDAPRjAwBDZAMAS2QDAJhkAwCfZAMA7WQDAPtkAwBCZQMAXWUDAJdlAwClZQMA7GUDAPNlAwBBZgMATWYDAJZmAwCeZgMAGdYQAP9mAwBAZwMASGcDAJVnAwDGZwMA6mcDAPZnAwA/aAMARWgDAJRoAwCZaAMAbtYQAPVoAwA+aQMARWkDAJNpAwCbaQMA6GkDAOppAwA9agMAR2oDAJJqAwCaagMAw9YQAPVqAwDZeAMA9moDADxrAwA+awMAkWsDAKJrAwDmawMA92sDADtsAwBHbAMAkGwDAJdsAwDlbAMA7WwDADptAwBnbQMAj20DAJRtAwDkbQMA5W0DADluAwBDbgMAjm4DAJxuAwDjbgMA6G4DADhvAwBFbwMAjW8DAKlvAwDibwMA/m8DABjXEABEcAMAjHADAJBwAwDhcAMA53ADADZxAwA4cQMAi3EDAIxxAwDgcQMAA3IDADVyAwBZcgMAinIDALdyAwDfcgMA53IDADRzAwA5cwMAiXMDAJZzAwDecwMA5nMDADN0AwA1dAMAiHQDAJB0AwDddAMACnUDADJ1AwA/dQMAh3UDAIx1AwDcdQMA6XUDADF2AwA9dgMAhnYDALN2AwDbdgMA43YDADB3AwBLdwMAhXcDAId3AwDadwMA63cDAC94AwA4eAMAhHgDAJB4AwBt1xAA5ngDAC55AwA1eQMAg3kDAI95AwDYeQMA63kDAC16AwA1egMAgnoDAId6AwDXegMA4HoDACx7AwA2ewMAgXsDAIl7AwDWewMA23sDACt8AwA7fAMAgHwDAIh8AwDVfAMA7nwDACp9AwAvfQMAf30DAIh9AwDUfQMA4X0DACl+AwAwfgMAfn4DAIF+AwDC1xAA2H4DACh/AwDgfgMAr5kMADF/AwB9fwMAhX8DANJ/AwDdfwMAJ4ADACmAAwB8gAMAl4ADANGAAwDdgAMAJoEDAC6BAwAX2BAAiIEDANCBAwDYgQMAJYIDADGCAwB6ggMAgIIDAM+CAwDVggMAJIMDACmDAwB5gwMAf4MDAGzYEADbgwMAI4QDACuEAwB4hAMAjIQDAM2EAwDShAMAIoUDACuFAwB3hQMAfYUDAMyFAwDUhQMAIYYDACSGAwB2hgMAk4YDAMuGAwDchgMAIIcDACiHAwB1hwMAeIcDAMqHAwDehwMAH4gDACyIAwB0iAMAfogDAMmIAwDLiAMAHokDADGJAwAW2RAAeIkDAMiJAwDZiQMAHYoDACaKAwByigMAiIoDAMeKAwDUigMAHIsDACSLAwBxiwMAkIsDAGvZEADSiwMAG4wDACOMAwDA2RAAc4wDAMWMAwDNjAMAGo0DACeNAwBvjQMAdI0DAMSNAwDMjQMAGY4DABqOAwBujgMAcI4DAMOOAwDJjgMAGI8DABqPAwBtjwMAg48DAMKPAwDOjwMAF5ADACGQAwBskAMAeJADAMGQAwDHkAMAFpEDAB6RAwBrkQMAnZEDABXaEADJkQMAFZIDAB+SAwBqkgMAcpIDAL+SAwDAkgMAFJMDABqTAwBpkwMAdZMDAL6TAwC/kwMAE5QDABWUAwBolAMAbpQDAL2UAwDJlAMAEpUDABmVAwBnlQMAb5UDALyVAwC/lQMAEZYDABuWAwBmlgMAaJYDALuWAwDFlgMAEJcDAByXAwBllwMAe5cDALqXAwDGlwMAD5gDAByYAwBkmAMAbpgDALmYAwDBmAMADpkDACCZAwBq2hAAZZkDALiZAwDCmQMADZoDAA+aAwBimgMAe5oDALeaAwC5mgMADJsDAA+bAwBhmwMAbZsDALabAwC+mwMAv9oQAB+cAwBgnAMAY5wDALWcAwC/nAMACp0DABadAwBfnQMAdZ0DALSdAwC8nQMACZ4DABeeAwBengMAYZ4DALOeAwC7ngMACJ8DAAufAwBdnwMAFp8DAFamAwBnnwMAsp8DAGifAwCvogMAtJ8DAAegAwANoAMAXKADAGagAwCxoAMAv6ADAAahAwAToQMAW6EDAHKhAwCwoQMAuKEDAAWiAwAOogMAWqIDAFuiAwAU2xAAuKIDAASjAwAOowMAWaMDAGOjAwCuowMAvKMDAAOkAwAQpAMAWKQDAG+kAwCtpAMAtaQDAAKlAwAJpQMAV6UDAFylAwCspQMAsKUDAAGmAwAOpgMAadsQAGOmAwCrpgMAs6YDAACnAwAGpwMAVacDAGGnAwCqpwMAuacDAP+nAwAEqAMAVKgDAG+oAwCpqAMAtagDAP6oAwAEqQMAU6kDAGepAwCoqQMAsKkDAP2pAwATqgMAUqoDAFeqAwCnqgMArqoDAPyqAwAIqwMAvtsQAFirAwCmqwMAtKsDAPurAwAIrAMAUKwDAGesAwClrAMArawDAPqsAwAArQMAT60DAFutAwCkrQMAq60DAPmtAwAHrgMATq4DAFGuAwCjrgMAq64DAPiuAwAGrwMATa8DAFCvAwCirwMAqq8DAPevAwAIsAMATLADAFGwAwChsAMAo7ADAPawAwD9sAMAS7EDAFmxAwCgsQMArbEDAPWxAwAMsgMASrIDAFKyAwCfsgMAqbIDAPSyAwD/sgMASbMDAFWzAwCeswMAprMDABPcEAD1swMASLQDAFK0AwCdtAMAn7QDAPK0AwD1tAMAR7UDAFO1AwCctQMAprUDAPG1AwD5tQMARrYDAFS2AwCbtgMAqLYDAPC2AwD4tgMARbcDAFu3AwCatwMAprcDAO+3AwAFuAMARLgDAEm4AwCZuAMAn7gDAO64AwACuQMAaNwQAEa5AwCYuQMAoLkDAO25AwD7uQMAQroDAAO6AwAbMggAT7oDAJe6AwCfugMA7LoDAPa6AwBBuwMATLsDAJa7AwCiuwMA67sDAPO7AwC93BAARrwDAJW8AwCavAMA6rwDAPm8AwA/vQMAS70DAJS9AwCXvQMA6b0DAOy9AwA+vgMARr4DAJO+AwCYvgMA6L4DAPi+AwA9vwMARb8DAJK/AwCVvwMA578DAPG/AwA8wAMAPsADAJHAAwCXwAMA5sADAPDAAwA7wQMAScEDAJDBAwCdwQMA5cEDAPzBAwA6wgMAQsIDAI/CAwCYwgMA5MIDAOXCAwAS3RAARcMDAI7DAwCRwwMA7AkKAJ3DAwDjwwMAocMDAKf5CQDtwwMAOMQDAEDEAwDCOQQARMQDAD9cDwBGxAMAjcQDAFTEAwBn5QgAksQDAOLEAwCaxAMA9LAFAO/EAwA3xQMAOsUDABuFCgA9xQMAJ88JAD/FAwCMxQMAQcUDAM+BBABDxQMArksGAI/FAwCgVwgAksUDAC7LBgCWxQMA4cUDAJrFAwBLVQoAnMUDAHIwCADmxQMANsYDAO3FAwA0xwQA78UDACArCgA+xgMAi8YDAI7GAwDgxgMA7MYDADXHAwA7xwMAiscDAKXHAwDfxwMA68cDADTIAwA6yAMAicgDAJHIAwDeyAMA4MgDADPJAwDjyAMA3ckDAD3JAwCIyQMAkMkDAGfdEADqyQMAMsoDADrKAwCHygMAisoDANzKAwDhygMAMcsDAEDLAwCGywMApssDANvLAwDnywMAMMwDADrMAwCFzAMAjcwDANrMAwDszAMAEd4QADnNAwCEzQMAks0DANnNAwDmzQMALs4DAEXOAwCDzgMAi84DANjOAwDnzgMALc8DADLPAwCCzwMAj88DANfPAwDkzwMALNADADjQAwCB0AMAkNADANbQAwDg0AMAK9EDADnRAwCA0QMAhdEDANXRAwDi0QMAKtIDAC3SAwB/0gMAh9IDANTSAwDZ0gMAKdMDADbTAwB+0wMAhtMDANPTAwDc0wMAKNQDADXUAwB91AMAi9QDANLUAwDl1AMAJ9UDAC/VAwB81QMAg9UDANHVAwDW1QMAJtYDADzWAwB71gMAfdYDANDWAwDe1gMAJdcDADLXAwB61wMAgtcDAM/XAwDS1wMAJNgDACnYAwB52AMAiNgDAM7YAwDu2AMAI9kDAC/ZAwB42QMAgtkDAM3ZAwDV2QMAItoDADTaAwBm3hAAiNoDAMzaAwDT2gMAIdsDACnbAwB22wMAg9sDAMvbAwDQ2wMAINwDACrcAwB13AMAfdwDAMrcAwDM3AMAtZUKAM/cAwClUggA1NwDAJC6CgDZ3AMAH90DANrcAwAESAkAJN0DAHTdAwCB3QMAyd0DANbdAwAe3gMAKt4DAHPeAwCC3gMAyN4DANLeAwAd3wMAJd8DAHLfAwB83wMAx98DAMzfAwAc4AMAJOADALveEAB94AMAxuADAMzgAwAb4QMANuEDAHDhAwB84QMAxeEDAMvhAwAa4gMANuIDAG/iAwB34gMAEN8QAMziAwAZ4wMAI+MDAG7jAwB54wMAw+MDAM/jAwAY5AMAIOQDAGXfEAB55AMAwuQDAMjkAwAX5QMAMuUDAGzlAwB45QMAweUDAMflAwAW5gMAHuYDAGvmAwBx5gMAwOYDAMnmAwAV5wMAIucDAGrnAwB35wMAv+cDAM3nAwAU6AMAIegDAGnoAwCA6AMAvugDAMboAwAT6QMAGOkDAGjpAwAk6QMAZusDAHXpAwC96QMAxekDABLqAwAd6gMAZ+oDAGzqAwC86gMAv+oDABHrAwAb6wMAut8QAGvrAwC76wMAyusDABDsAwAS7AMAZewDAHbsAwC67AMAy+wDAA/tAwAj7QMAD+AQAHXtAwC57QMAvO0DAA7uAwDB7QMAU/oHAMbtAwChTw8AGO4DAGPuAwBl7gMAuO4DAMLuAwAN7wMAGe8DAGLvAwCM7wMAt+8DAMLvAwD+/AQA3e8DAAzwAwA/8AMAYfADAIfwAwC28AMA3PADAAvxAwA/8QMAYPEDAIvxAwC18QMAvfEDAAryAwA08gMAX/IDAJTyAwC08gMA3/IDAAnzAwAR8wMAXvMDAG3zAwCz8wMAuPMDAAj0AwAR9AMAXfQDABX0AwAA/AMAbvQDALL0AwC59AMAB/UDAA/1AwBc9QMAafUDALH1AwC29QMABvYDABD2AwBb9gMAY/YDALD2AwC69gMApAIEAL/2AwAF9wMACvcDAFr3AwBn9wMAr/cDALz3AwAE+AMAEPgDAFn4AwBo+AMArvgDALj4AwAD+QMAC/kDAFj5AwBi+QMArfkDALL5AwAC+gMACvoDAGTgEABj+gMArPoDALL6AwAB+wMAHPsDAFb7AwBi+wMAq/sDALH7AwC54BAADfwDAFX8AwBh/AMAqvwDALn8AwD//AMACf0DAFT9AwBi/QMAqf0DAK79AwD+/QMAC/4DAFP+AwBb/gMAqP4DALL+AwD9/gMAAv8DAFL/AwBa/wMAp/8DAKr/AwD8/wMACAAEAFEABABXAAQApgAEAMEABAD7AAQABwEEAFABBABWAQQApQEEAK0BBAD6AQQA/AEEAE8CBABZAgQADuEQAKoCBAD5AgQA+wIEAE4DBABbAwQAowMEAKYDBAD4AwQACQQEAE0EBABPBAQAogQEAKwEBAD3BAQAAwUEAEwFBABUBQQAY+EQAKYFBAD2BQQA+QUEAEsGBABVBgQAoAYEAKgGBAD1BgQAAgcEAEoHBABMBwQAnwcEALUHBAD0BwQAAAgEALjhEABlCAQAnggEALoIBAAN4hAA+AgEAEgJBABVCQQAnQkEAKoJBADyCQQA/gkEAEcKBABWCgQAnAoEAKYKBADxCgQA/woEAEYLBABLCwQAmwsEAKgLBADwCwQACQwEAEUMBABHDAQAmgwEAKEMBABi4hAADA0EAEQNBABVDQQAmQ0EAKUNBADuDQQAAQ4EAEMOBABSDgQAmA4EAKQOBADtDgQA7g4EAEIPBABMDwQAlw8EAKUPBADsDwQA8Q8EAEEQBABOEAQAt+IQAJsQBADrEAQA+BAEAEARBABNEQQAlREEAKERBADqEQQA+REEAD8SBABJEgQAlBIEAKISBADpEgQA7hIEAD4TBABLEwQAkxMEAJsTBAC24xAA7RMEAD0UBABFFAQAC+QQAJQUBADnFAQA9RQEADwVBABNFQQAYOQQAJgVBAC15BAA6xUEADsWBABDFgQAkBYEAJ8WBADlFgQA6hYEADoXBABHFwQAjxcEAJwXBADkFwQA8BcEADkYBABIGAQAjhgEAJgYBABf5RAA5RgEANJ0DgDpGAQAsJgMAPYYBAA4GQQARxkEAI0ZBACZGQQA4hkEAOMZBAA3GgQAQRoEAIwaBACaGgQA4RoEAOYaBAA2GwQAQxsEALTlEACPGwQA4BsEAOsbBAA1HAQAQxwEAIocBACbHAQA3xwEAOscBAA0HQQAPB0EAAnmEACOHQQA3h0EAOsdBAAzHgQAQB4EAIgeBACUHgQA3R4EAOweBAAyHwQAPB8EAIcfBACVHwQA3B8EAOkfBAAxIAQASCAEAF7mEACTIAQA2yAEAOggBAAwIQQAPCEEAIUhBACUIQQA2iEEAOQhBAAvIgQAPSIEAIQiBABLIgQABpsJAIkiBADZIgQA5iIEAC4jBAA2IwQAs+YQAI8jBADYIwQA6CMEAC0kBAA2JAQAgiQEAIUkBADXJAQA4yQEACwlBAAzJQQACOcQAI4lBADWJQQA5SUEACsmBAAsJgQAgCYEAJcmBADVJgQA7yYEAConBAA2JwQAfycEAJInBADUJwQA4ycEACkoBAA1KAQAfigEAH8oBADTKAQA3SgEACgpBAA2KQQAfSkEAIIpBADSKQQA3ykEAF3nEABBKgQAfCoEAIsqBADRKgQA0yoEACYrBADWKgQAdTEEADMrBAB7KwQAiCsEANArBADVKwQAJSwEAC8sBAB6LAQAiSwEAM8sBADULAQAJC0EADEtBAB5LQQAhi0EAM4tBADaLQQAIy4EADIuBAB4LgQAgi4EAM0uBADaLgQAIi8EACcvBAB3LwQAey8EAMwvBADYLwQAITAEACcwBAB2MAQAfDAEAMswBADQMAQAIDEEACYxBACy5xAAgjEEAMoxBADXMQQAHzIEACsyBAB0MgQAgzIEAMkyBADTMgQAHjMEACwzBABzMwQAeDMEAMgzBADVMwQAHTQEACQ0BAByNAQAdzQEAMc0BADTNAQAHDUEAB81BABxNQQAfjUEAMY1BADLNQQAGzYEACU2BABwNgQAfDYEAMU2BADYNgQAGjcEACg3BABvNwQAcjcEAMQ3BADONwQAGTgEACU4BABuOAQAdDgEAMM4BADJOAQAGDkEAB05BABtOQQAczkEAAfoEADMOQQABfQGAM45BABoOQkA0TkEABc6BAAZOgQAbDoEAH06BADBOgQA0joEABY7BAAeOwQAazsEAHs7BADAOwQAwjsEABU8BAAjPAQAajwEAHs8BABc6BAAxjwEALHoEAAVPQQAaT0EAG49BAC+PQQAbz0EAD1pBADEPQQAEz4EAB0+BABoPgQAdD4EAL0+BADDPgQAEj8EABg/BABnPwQAbD8EALw/BADCPwQABukQAB9ABABmQAQAf0AEALtABAC8QAQAEEEEAC1BBABlQQQAbUEEAJhjBAB/QQQAukEEAL1BBAAPQgQAFEIEAAXqEAB9QgQAuUIEAL9CBAAOQwQAz0IEAJoLBQAQQwQAY0MEAGlDBAC4QwQAzEMEAA1EBAAVRAQAYkQEAG9EBAC3RAQAvEQEAAxFBAAWRQQAYUUEAGlFBAC2RQQAx0UEAAtGBAAQRgQAYEYEAGJGBAC1RgQAvEYEAApHBAAWRwQAX0cEAGZHBAC0RwQA0EcEAAlIBAARSAQAWuoQAF9IBACzSAQAv0gEAAhJBAAVSQQAXUkEAGVJBACySQQAtUkEAAdKBAASSgQAXEoEAF5KBACxSgQAt0oEAAZLBAASSwQAW0sEAGJLBACwSwQAuEsEAAVMBAAKTAQAWkwEAHNMBACvTAQA20wEAARNBAAQTQQAWU0EAGhNBACuTQQAuE0EAANOBAALTgQAWE4EAGhOBACtTgQAu04EAAJPBAATTwQAV08EAGNPBACv6hAAsU8EAAFQBAAJUAQAVlAEAFdQBACrUAQAbFAEACl2CwDIUAQAAFEEAAhRBABVUQQAWVEEAKpRBACwUQQA/1EEAAFSBABUUgQAVVIEAKlSBACqUgQA/lIEAApTBABTUwQAWVMEAKhTBACwUwQA/VMEAP9TBABSVAQAbVQEAKdUBACpVAQA/FQEAApVBABRVQQAYlUEAKZVBACoVQQA+1UEABRWBABQVgQAYVYEAKVWBACxVgQABOsQAAhXBABPVwQAFlcEAPEGCABlVwQApFcEAKVXBAD5VwQAClgEAE5YBABaWAQAo1gEALlYBAD4WAQABFkEAE1ZBABaWQQAolkEAKxZBAD3WQQA+VkEAExaBABWWgQAoVoEAK9aBAD2WgQA+1oEAEtbBABYWwQAoFsEALxbBAD1WwQA/VsEAFnrEABYXAQAn1wEALhcBAD0XAQA9VwEAEldBABmXQQAnl0EAKZdBADzXQQABF4EAEheBABWXgQAnV4EALZeBADyXgQA+F4EAEdfBABJXwQAnF8EAKJfBADxXwQABWAEAEZgBABOYAQAm2AEAKhgBADwYAQA9WAEAEVhBABPYQQAmmEEAKJhBADvYQQA/2EEAERiBABJYgQAmWIEAKJiBADuYgQA+2IEAENjBABKYwQArusQAKljBADtYwQA+2MEAEJkBABbZAQAl2QEAJ1kBADsZAQA7mQEAEFlBABHZQQAlmUEAKplBADrZQQA82UEAEBmBABNZgQAlWYEAJpmBADqZgQA9GYEAD9nBABHZwQAlGcEAKRnBADpZwQA7mcEAD5oBABHaAQAk2gEAKBoBADoaAQA72gEAAPsEABCaQQAkmkEAJNpBADnaQQA82kEADxqBABCagQAkWoEAKJqBADmagQA+moEADtrBABKawQAkGsEAJVrBADlawQA8msEADpsBABKbAQAj2wEAJ1sBADkbAQA+2wEADltBABCbQQAjm0EAJRtBADjbQQA720EADhuBAA/bgQAjW4EAKluBADibgQA6m4EAFjsEAA9bwQAjG8EAJJvBADhbwQA5m8EADZwBAA8cAQArewQAJBwBADgcAQA4nAEADVxBAA8cQQAinEEAJhxBADfcQQA7HEEADRyBABLcgQAiXIEAJFyBADecgQA33IEADNzBAA2cwQAiHMEAJxzBADdcwQA7HMEADJ0BAA3dAQAh3QEAIh0BADcdAQA83QEAFftEAAzdQQAhnUEAJN1BADbdQQA6HUEADB2BAA1dgQAhXYEAI92BADadgQA4nYEAC93BAA/dwQAhHcEAJJ3BADZdwQA5ncEAC54BAA1eAQAg3gEAIt4BADYeAQA2ngEAC15BAA1eQQAgnkEAIN5BADXeQQAmHkEAJUQBQDceQQALHoEAC96BACBegQAi3oEANZ6BADtegQAK3sEADF7BACAewQAjHsEANV7BADYewQAKnwEAEd8BAB/fAQAkHwEANR8BADcfAQAKX0EADB9BAB+fQQAhH0EANN9BADhfQQAKH4EAEN+BAB9fgQAiX4EANJ+BADYfgQAJ38EADx/BAB8fwQAhH8EANF/BADbfwQAJoAEACyABAB7gAQAiYAEANCABADcgAQAJYEEACyBBAB6gQQAgoEEAKztEADdgQQAJIIEADqCBAB5ggQAhYIEAM6CBADTggQAI4MEACyDBAB4gwQAgoMEAM2DBADZgwQAPGgGAOmDBAAihAQAKoQEAAHuEAB8hAQAzIQEANmEBAAhhQQALoUEAHaFBACChQQAy4UEANqFBAAghgQAKoYEAHWGBACDhgQAyoYEAM+GBAAfhwQALIcEAHSHBAB8hwQAVu4QANeHBAAeiAQANIgEAHOIBAB/iAQAyIgEAM2IBAAdiQQAJokEAHKJBAB8iQQAx4kEAM+JBAAcigQAKIoEAHGKBACEigQAxooEAMeKBAAbiwQAKYsEAHCLBAB2iwQAxYsEANGLBAAajAQAIYwEAKvuEAB5jAQAxIwEAMyMBAAZjQQAH40EAIrBCQAojQQAbo0EAHONBAAB+gQAdI0EAMONBADPjQQAGI4EABqOBABtjgQAd44EAMKOBADOjgQAF48EAB+PBAAA7xAAdI8EAMGPBADQjwQAFpAEABuQBABrkAQAeJAEAMCQBADNkAQAFZEEACGRBABqkQQAeZEEAL+RBADJkQQAFJIEACKSBABpkgQAbpIEAL6SBADLkgQAE5MEABuTBABokwQAcpMEAL2TBADCkwQAEpQEABqUBABnlAQAcpQEALyUBADBlAQAEZUEABSVBABmlQQAcJUEALuVBADDlQQAVe8QABWWBABllgQAdJYEALqWBAC8lgQAD5cEACCXBABklwQAb5cEALmXBAC+lwQADpgEABGYBABjmAQAbZgEALiYBADAmAQADZkEAA+ZBABimQQAb5kEALeZBAC+mQQADJoEABSaBABhmgQAYpoEALaaBAC7mgQAC5sEABGbBABgmwQAapsEALWbBAC9mwQAqu8QAECcBABfnAQAlJwEALScBADOnAQACZ0EAC+dBABenQQAeJ0EALOdBADZnQQACJ4EACKeBABdngQAhp4EALKeBAC6ngQAB58EAAmfBABcnwQAaZ8EALGfBAC4nwQABqAEAA6gBABboAQAXKAEALCgBAC1oAQABaEEAAuhBABaoQQAZKEEAK+hBAC3oQQA/+8QACCiBABU8BAAYaIEAK6iBACwogQAA6MEABCjBABYowQAX6MEAK2jBAC1owQAAqQEAAOkBABXpAQAXKQEAKykBACypAQAAaUEAAulBABWpQQAXqUEAKnwEACwpQQAAKYEAAKmBABVpgQAXKYEAKqmBAC4pgQA/6YEAAynBABUpwQAa6cEAKmnBACxpwQA/qcEAAioBABTqAQAFKgEAEkHBQBeqAQAqKgEALSoBAD9qAQABakEAP7wEABTqQQAp6kEAFypBAB0hgUAaKkEADJzBQCsqQQA/KkEAP+pBABRqgQAW6oEAKaqBAC9qgQA+6oEAAGrBABQqwQAXKsEAKWrBACoqwQA+qsEABesBABPrAQAYKwEAKSsBADDrAQA+awEAAGtBABOrQQAUK0EAKOtBACyrQQA+K0EAAKuBABNrgQAW64EAKKuBAC9rgQA964EAAOvBABMrwQAVK8EAFPxEACtrwQA9q8EAAWwBABLsAQAULAEAKCwBACmsAQA9bAEAPywBABKsQQAUrEEAJ+xBAChsQQA9LEEAPuxBABJsgQAS7IEAJ6yBACfsgQA87IEAP2yBABIswQAVLMEAJ2zBACjswQA8rMEAAy0BABHtAQAT7QEAJy0BACytAQA8bQEAP+0BABGtQQASbUEAJu1BACetQQA8LUEAP61BABFtgQAUrYEAJq2BACxtgQA77YEAPe2BABEtwQARrcEAJm3BAChtwQA7rcEAAW4BABDuAQAT7gEAJi4BACuuAQA7bgEAPW4BABCuQQAULkEAJe5BAChuQQA7LkEAPS5BABBugQASLoEAJa6BACiugQA67oEAOy6BABAuwQATLsEAJW7BACiuwQA6rsEAPG7BAA/vAQAQrwEAJS8BACcvAQA6bwEAO68BAA+vQQAS70EAJO9BADDvQQA6L0EAPC9BACo8RAARb4EAG4rEQBZvgQAkr4EAJq+BAD98RAA9b4EADy/BAA+vwQAkb8EAKK/BADmvwQA7r8EADvABABHwAQAkMAEAJbABADlwAQA68AEADrBBAA/wQQAj8EEAJXBBABS8hAA6cEEADnCBADwwQQApKMNAEHCBACOwgQAk8IEACx0CgCUwgQAyYALAJrCBABvMAsAncIEAOPCBACfwgQAIX4LAOjCBAA4wwQA6cIEADhpCQBFwwQAjcMEAJrDBADiwwQA7sMEADfEBABGxAQAjMQEAJbEBACm8xAA68QEADbFBAA7xQQAi8UEAJPFBAD78xAA5cUEADXGBAA4xgQAisYEAJTGBADfxgQAB8cEAKX0EAA6xwQAiccEAJ/HBADexwQA7McEADPIBABAyAQAiMgEAIrIBADdyAQA58gEADLJBAA+yQQAh8kEAI7JBADcyQQA5MkEADHKBAA4ygQAhsoEAI/KBADbygQA58oEADDLBAA4ywQA+vQQAIrLBADaywQA4ssEAC/MBAA+zAQAhMwEAInMBADZzAQA5swEAC7NBAA7zQQAg80EAI/NBADYzQQA580EAC3OBAA3zgQAgs4EAJDOBADXzgQA3M4EACzPBAA5zwQAgc8EAInPBADWzwQA4M8EACvQBAA50AQAgNAEAJbQBADV0AQA4dAEACrRBAAv0QQAf9EEAIjRBADU0QQA3tEEAE/1EAAz0gQAftIEAIrSBADT0gQA29IEAKT1EAAt0wQAfdMEAIrTBADS0wQA39MEACfUBAAz1AQAfNQEAIvUBADR1AQA29QEACbVBAA+1QQAe9UEAIXVBADQ1QQA3tUEACXWBAA71gQAetYEAIbWBADP1gQA1NYEACTXBAAt1wQAedcEAIPXBADO1wQA1tcEAPn1EAAw2AQAeNgEADnYBAACQxAAhdgEAM3YBADZ2AQAItkEADHZBAB32QQAgdkEAMzZBADa2QQAIdoEAC7aBAB22gQAjdoEAMvaBADT2gQAINsEACrbBAB12wQAetsEAMrbBADS2wQATvYQACvcBAB03AQAetwEAMncBADk3AQAHt0EACrdBABz3QQAed0EAKP2EADQ3QQA+PYQACLeBABy3gQAf94EAMfeBADU3gQAHN8EACjfBABx3wQAgN8EAMbfBADQ3wQAG+AEACngBABw4AQAdeAEAMXgBADS4AQAGuEEACLhBABN9xAAe+EEAMThBADU4QQAGeIEACLiBABu4gQAceIEAMPiBADP4gQAGOMEAB/jBACi9xAAe+MEAMLjBADY4wQAF+QEACPkBABs5AQAc+QEAMHkBADJ5AQAFuUEABvlBABr5QQAdOUEAMDlBADK5QQA9/cQABrmBABq5gQAIeYEALvqBABy5gQAv+YEAMXmBAAU5wQAGecEAGnnBABy5wQAvucEAMjnBAAT6AQAH+gEAGjoBABw6AQATPgQAMLoBAAS6QQAGukEAGfpBABy6QQAvOkEAMHpBAAR6gQAFOoEAGbqBABw6gQAofgQAMXqBAAQ6wQAFOsEAGXrBABq6wQAuusEAMDrBAAP7AQAL+wEAGTsBABs7AQAuewEAMfsBAAO7QQAEe0EAGPtBABr7QQAuO0EAMHtBAAN7gQAGu4EAGLuBABo7gQAt+4EAMPuBAAM7wQADu8EAGHvBABw7wQAtu8EAMHvBAAL8AQADfAEAGDwBAB58AQAtfAEAMbwBAAK8QQAFvEEAPb4EABn8QQAtPEEANTxBAAJ8gQAF/IEAF7yBABr8gQAs/IEALryBAAI8wQAJPMEAF3zBABl8wQAS/kQALfzBAAH9AQAFPQEAFz0BABp9AQAsfQEAL30BAAG9QQAFfUEAFv1BABl9QQAsPUEAMX1BAAF9gQADfYEAFr2BABp9gQAr/YEALH2BAAE9wQADfcEAFn3BABc9wQArvcEALr3BAAD+AQAH/gEAFj4BABg+AQAoPkQALL4BAAC+QQAGPkEAFf5BABj+QQArPkEAM/5BAD1+RAADvoEAFb6BABj+gQAq/oEALf6BAAA+wQAD/sEAFX7BABf+wQAqvsEALL7BAD/+wQACfwEAFT8BABZ/AQAqfwEALH8BABK+hAAEv0EAFP9BAB5/QQAqP0EAM79BAD9/QQAI/4EAFL+BAB9/gQAp/4EAK/+BAD8/gQAJv8EAFH/BACH/wQApv8EAMz/BAD7/wQAIQAFAFAABQCGAAUApQAFANAABQD6AAUAAgEFAE8BBQBUAQUARGEFAF4BBQCkAQUAqQEFAPkBBQAGAgUATgIFAFsCBQCjAgUArwIFAPgCBQAHAwUATQMFAFcDBQCiAwUAsAMFAPcDBQD8AwUATAQFAFkEBQChBAUAqQQFAPYEBQD8BAUASwUFAAAFBQCcXgUAVwUFAKAFBQCwBQUA9QUFAP4FBQBKBgUATQYFAJ8GBQCrBgUA9AYFAPsGBQCf+hAAXQcFAJ4HBQChBwUA8wcFABAIBQBICAUAWQgFAJ0IBQCkCAUA8ggFAAsJBQBHCQUATwkFAJwJBQCyCQUA8QkFAPYJBQBGCgUATQoFAJsKBQCkCgUA8AoFAAELBQBFCwUAUQsFAPT6EACcCwUA7A4FAK4LBQDvCwUA8gsFAEQMBQBhDAUAmQwFAKoMBQDuDAUA/QwFAEMNBQBUDQUAmA0FAKYNBQDtDQUA+Q0FAEIOBQBPDgUAlw4FAKEOBQBJ+xAA8g4FAEEPBQBPDwUAlg8FAJgPBQDrDwUA8g8FAEAQBQBZEAUAnvsQAKkQBQDqEAUA7RAFAD8RBQBcEQUAlBEFAKURBQDpEQUA8REFAD4SBQBFEgUAkxIFAJkSBQDoEgUA9hIFAD0TBQBYEwUAkhMFAJ4TBQDnEwUA7RMFADwUBQBRFAUAkRQFAJkUBQDmFAUA8BQFADsVBQBBFQUAkBUFAJ4VBQDlFQUA8RUFADoWBQBBFgUAjxYFAJcWBQDz+xAA7RYFADkXBQBGFwUAjhcFAJwXBQDjFwUA8hcFADgYBQA6GAUAjRgFAJcYBQDiGAUA8BgFADcZBQA8GQUAjBkFAJkZBQDhGQUA5BkFADYaBQBCGgUAixoFAJ4aBQDgGgUA7xoFADUbBQBBGwUAihsFAIsbBQDfGwUA6RsFADQcBQBCHAUAiRwFAI4cBQDeHAUA6xwFAEj8EAA4HQUAiB0FAJ4dBQDdHQUA8x0FADIeBQA7HgUAhx4FAJQeBQDcHgUA6h4FADEfBQBAHwUAhh8FAIgfBQDbHwUA5R8FADAgBQA+IAUAhSAFAIogBQDaIAUA5yAFAC8hBQAyIQUAhCEFAIwhBQDZIQUA6iEFAC4iBQA8IgUAgyIFAJAiBQDYIgUA+CIFAC0jBQA1IwUAgiMFAJIjBQDXIwUA2SMFACwkBQA6JAUAgSQFAJIkBQBH/RAA3CQFACslBQA3JQUAnP0QAIclBQDVJQUAjSUFADsTBwDcJQUAKiYFADAmBQB/JgUAiyYFANQmBQDXJgUAKScFACwnBQB+JwUApicFANMnBQD2JwUAKCgFADMoBQB9KAUAgigFANIoBQDVKAUAJykFADEpBQB8KQUApCkFAPH9EADWKQUAJioFADMqBQB7KgUAiCoFANAqBQDcKgUAJSsFADQrBQB6KwUAhCsFAM8rBQDXKwUAJCwFAC4sBQB5LAUAfiwFAM4sBQDWLAUARv4QADAtBQB4LQUAjC0FAM0tBQDVLQUAIi4FACcuBQB3LgUAhy4FAMwuBQDULgUAIS8FACsvBQB2LwUAgS8FAMsvBQDXLwUAIDAFACgwBQCb/hAAdjAFAMowBQDWMAUAHzEFAC4xBQB0MQUAgjEFAMkxBQDZMQUAHjIFACwyBQBzMgUAfzIFAMgyBQDPMgUAHTMFACUzBQByMwUAiDMFAMczBQDbMwUAHDQFAB80BQBxNAUAjjQFAMY0BQDXNAUAGzUFACM1BQBwNQUAezUFAMU1BQDKNQUAGjYFAB02BQBvNgUAeTYFAMQ2BQDHNgUA8P4QABs3BQBtNQgAHjcFAG43BQBxNwUAwzcFAM03BQAYOAUAIDgFAG04BQCMOAUARf8QANY4BQAXOQUAPTkFAGw5BQCSOQUAwTkFAOc5BQAWOgUATjoFAGs6BQChOgUAwDoFAOY6BQAVOwUAOzsFAGo7BQCgOwUAvzsFAOM7BQAUPAUAMDwFAGk8BQBxPAUAmv8QAMM8BQATPQUAID0FAGg9BQB1PQUAvT0FAMk9BQASPgUAIT4FAGc+BQBxPgUAvD4FAMo+BQARPwUAFj8FAGY/BQBzPwUAuz8FAMM/BQDv/xAAHEAFAGVABQB1QAUAukAFAMNABQAPQQUAEkEFAGRBBQBwQQUAuUEFAMBBBQBEABEAHEIFAGNCBQB5QgUAuEIFAMRCBQANQwUAFEMFAGJDBQBqQwUAt0MFALxDBQAMRAUAFUQFAGFEBQBrRAUAmQARALdEBQALRQUAF0UFAGBFBQBmRQUAtUUFALdFBQAKRgUAFEYFAF9GBQBtRgUAtEYFALlGBQAJRwUAFkcFAF5HBQBmRwUAs0cFAL1HBQAISAUAFkgFAF1IBQBzSAUAskgFAL5IBQAHSQUADkkFAFxJBQBkSQUAsUkFALZJBQAGSgUAD0oFAFtKBQBlSgUA7gARALNKBQAFSwUAIksFAFpLBQBrSwUAr0sFAL1LBQAETAUAHEwFAFlMBQBcTAUArkwFAMtMBQADTQUAFE0FAFhNBQBwTQUArU0FALlNBQACTgUAFU4FAFdOBQBmTgUArE4FALhOBQABTwUAAk8FAFZPBQBgTwUAq08FALlPBQAAUAUABVAFAFVQBQBiUAUAQwERAK9QBQD/UAUADFEFAFRRBQBhUQUAqVEFALVRBQD+UQUADVIFAFNSBQBdUgUAqFIFALZSBQD9UgUAAlMFAFJTBQBfUwUAp1MFAK9TBQBCAhEACFQFAFFUBQBhVAUAplQFAK9UBQD7VAUA/lQFAFBVBQBcVQUApVUFAKxVBQCXAhEACFYFAE9WBQBlVgUApFYFALBWBQD5VgUAAFcFAE5XBQBWVwUAo1cFAKhXBQD4VwUAAVgFAE1YBQBXWAUA7AIRAKNYBQD3WAUAA1kFAExZBQBSWQUAoVkFAKNZBQD2WQUAAFoFAEtaBQBZWgUAoFoFAKVaBQD1WgUAAlsFAEpbBQBSWwUAn1sFAKlbBQD0WwUAAlwFAElcBQBfXAUAnlwFAKpcBQDzXAUA+lwFAEhdBQBQXQUAnV0FAKJdBQDyXQUA+10FAEdeBQBRXgUAQQMRAKpeBQDxXgUAB18FAEZfBQBSXwUAm18FAKJfBQDwXwUA+F8FAEVgBQBKYAUAmmAFAKNgBQDvYAUA+WAFAJYDEQBFYQUAmWEFAKVhBQDuYQUA9GEFAENiBQBFYgUAmGIFAKJiBQDtYgUA+2IFAEJjBQBHYwUAl2MFAKRjBQDsYwUA9GMFAEFkBQBLZAUAlmQFAKRkBQDrZAUAAWUFAEBlBQBMZQUAlWUFAJxlBQDqZQUA8mUFAD9mBQBEZgUAlGYFAJ1mBQDpZgUA82YFAOsDEQBAZwUARK8MAExnBQCTZwUApGcFAOhnBQDtZwUAPWgFAFRoBQCSaAUApmgFAOdoBQD/aAUAPGkFAEtpBQCRaQUAlmkFAOZpBQDzaQUAO2oFAEhqBQCQagUAnGoFAOVqBQD0agUAOmsFAERrBQCPawUAl2sFAORrBQACbAUAOWwFAEFsBQCObAUAl2wFAONsBQDwbAUAOG0FADptBQCNbQUApm0FAOJtBQDzbQUAN24FAENuBQCMbgUAlG4FAEAEEQDmbgUANm8FAD5vBQCLbwUAmm8FAOBvBQDlbwUANXAFAEJwBQCKcAUAl3AFAN9wBQDrcAUANHEFAENxBQCJcQUAk3EFAN5xBQDmcQUAM3IFAD1yBQCIcgUAjXIFAN1yBQDlcgUAlQQRAEZzBQCHcwUAinMFANxzBQD5cwUAMXQFAEJ0BQCGdAUAvHQFANt0BQD6dAUAMHUFADh1BQCFdQUAh3UFANp1BQDpdQUAL3YFADl2BQCEdgUAknYFANl2BQD0dgUALncFADp3BQCDdwUAi3cFAOoEEQDkdwUALXgFADx4BQCCeAUAh3gFANd4BQDdeAUALHkFADN5BQCBeQUAiXkFANZ5BQDYeQUAK3oFADJ6BQCAegUAgnoFANV6BQDWegUAKnsFADR7BQB/ewUAi3sFANR7BQDaewUAKXwFAEN8BQB+fAUAhnwFANN8BQDpfAUAKH0FADZ9BQB9fQUAgH0FANJ9BQDVfQUAJ34FADV+BQB8fgUAiX4FANF+BQDofgUAJn8FAC5/BQB7fwUAfX8FANB/BQDYfwUAJYAFADyABQB6gAUAhoAFAM+ABQDlgAUAJIEFACyBBQB5gQUAh4EFAM6BBQDYgQUAI4IFACuCBQB4ggUAf4IFAM2CBQDZggUAIoMFACODBQB3gwUAg4MFAMyDBQDZgwUAIYQFACiEBQB2hAUAeYQFAMuEBQDThAUAIIUFACWFBQB1hQUAgoUFAMqFBQD6hQUAH4YFACeGBQA/BREAeoYFAMmGBQDXhgUAHocFAC+HBQBzhwUAeIcFAMiHBQDfhwUAHYgFADGIBQByiAUAkYgFAMeIBQDPiAUAHIkFAB6JBQBxiQUAgIkFAMaJBQDQiQUAG4oFACmKBQBwigUAi4oFAMWKBQDRigUAGosFACKLBQCUBREAe4sFAMSLBQDTiwUAGYwFAB6MBQBujAUAdIwFAMOMBQDKjAUAGI0FACCNBQBtjQUAb40FAMKNBQDJjQUAF44FABmOBQBsjgUAbY4FAMGOBQDLjgUAFo8FACKPBQBrjwUAcY8FAMCPBQDajwUAFZAFAB2QBQBqkAUAgJAFAL+QBQDNkAUAFJEFABeRBQBpkQUAbJEFAL6RBQDMkQUAE5IFACCSBQBokgUAf5IFAL2SBQDFkgUAEpMFABSTBQBnkwUAb5MFALyTBQDTkwUAEZQFAB2UBQBmlAUAfJQFALuUBQDDlAUAEJUFAB6VBQBllQUAb5UFALqVBQDClQUAD5YFABaWBQBklgUAcJYFALmWBQC6lgUADpcFABqXBQBjlwUAcJcFALiXBQC/lwUADZgFABCYBQBimAUAapgFALeYBQC8mAUADJkFABmZBQBhmQUAkZkFALaZBQC+mQUA6QURABCaBQBgmgUAfJoFALWaBQC9mgUAPgYRAEObBQBfmwUAhZsFALSbBQDdmwUACZwFAD+cBQBenAUAc5wFALOcBQC7nAUACJ0FAAudBQBdnQUAep0FALKdBQDDnQUAB54FAAqeBQBcngUAZp4FALGeBQCzngUABp8FABCfBQBbnwUAZ58FALCfBQDMnwUABaAFAA2gBQCTBhEAjaAFAK+gBQCyoAUABKEFACqhBQBZoQUAgqEFAK6hBQDSoQUAA6IFAAuiBQDoBhEAXaIFAK2iBQC6ogUAAqMFAA+jBQBXowUAY6MFAKyjBQC7owUAAaQFAAukBQBWpAUAZKQFAKukBQCwpAUAAKUFAA2lBQBVpQUAXaUFAKqlBQC0pQUA/6UFAA2mBQBUpgUAaqYFAKmmBQC1pgUA/qYFAAOnBQBTpwUAXKcFAKinBQCypwUA/acFABmoBQBSqAUAWqgFAD0HEQCpqAUA/KgFAAqpBQBRqQUAYqkFAJIHEQCtqQUA5wcRAACqBQBQqgUAWKoFAKWqBQC0qgUA+qoFAACrBQBPqwUAW6sFAKSrBQCmqwUA+asFAAOsBQBOrAUAWqwFAKOsBQCrrAUAkQgRAP2sBQBNrQUAXK0FAKKtBQDCrQUA960FAAOuBQBMrgUAVq4FAKGuBQCprgUA9q4FAPiuBQBLrwUAW68FAKCvBQCqrwUA9a8FAAGwBQBKsAUAULAFAJ+wBQCnsAUA5ggRAAuxBQBJsQUAUbEFAJ6xBQCosQUA87EFAPixBQBIsgUAULIFADsJEQCisgUA8rIFAPuyBQD1/gsA/7IFAEezBQAIswUAxdYOAFGzBQD/nA4AVLMFAJyzBQCoswUA8bMFAAC0BQBGtAUAULQFAJu0BQCjtAUAs0ELAKm0BQDwtAUA/bQFAEW1BQBctQUAmrUFAKK1BQDvtQUA+bUFAES2BQBJtgUAmbYFAKG2BQCQCREA+7YFAEO3BQBRtwUAmLcFAKu3BQDttwUA9bcFAEK4BQBFuAUAl7gFAJy4BQDsuAUA+7gFAEG5BQBhuQUAlrkFAKK5BQDruQUA9bkFAEC6BQBcugUAlboFAJ26BQDlCREA/boFAD+7BQBFuwUAlLsFAKC7BQDpuwUA87sFAD68BQBEvAUAk7wFAKG8BQDovAUA9LwFAD29BQBAvQUAkr0FAJO9BQDnvQUA870FADy+BQBCvgUAkb4FAJe+BQDmvgUA8r4FADu/BQBYvwUAkL8FAJm/BQDlvwUA8b8FADrABQA9wAUAj8AFAJnABQDkwAUA8MAFADnBBQA/wQUAjsEFAJTBBQDjwQUA6MEFADjCBQA+wgUAOgoRAJnCBQDiwgUA5MIFADfDBQBGwwUAjMMFAJfDBQDhwwUA7cMFADbEBQA9xAUAi8QFAJPEBQDgxAUA6sQFADXFBQBAxQUAisUFAJbFBQDfxQUA58UFADkLEQA2xgUAicYFAJzGBQDexgUA5sYFADPHBQA5xwUAiMcFAJTHBQDdxwUA58cFADLIBQA4yAUAh8gFAJXIBQDcyAUA6MgFADHJBQA0yQUAhskFAI7JBQDbyQUA3MkFADDKBQA8ygUAhcoFAIvKBQDaygUA4soFAC/LBQA1ywUAhMsFAJDLBQDZywUA9ssFAC7MBQA3zAUAg8wFAI/MBQDYzAUA28wFAC3NBQA3zQUAgs0FAIrNBQDXzQUA6M0FACzOBQA6zgUAgc4FAJfOBQDWzgUA5M4FACvPBQA1zwUAjgsRAI/PBQDVzwUA4M8FACrQBQA20AUAf9AFAIbQBQDU0AUA3NAFACnRBQAz0QUAftEFAInRBQDT0QUA39EFACjSBQAw0gUA4wsRAH/SBQDS0gUA5dIFACfTBQAv0wUAfNMFAILTBQDR0wUA3dMFACbUBQAw1AUAe9QFAIHUBQDQ1AUA3tQFACXVBQAx1QUAetUFAH3VBQDP1QUA19UFACTWBQAl1gUAedYFAIXWBQDO1gUA1NYFACPXBQAr1wUAeNcFAH7XBQDN1wUA2dcFACLYBQA/2AUAd9gFAIDYBQDM2AUA2NgFACHZBQAk2QUAdtkFAIDZBQDL2QUA09kFACDaBQAx2gUAddoFAIPaBQDK2gUA4NoFAB/bBQAt2wUAdNsFAH7bBQDJ2wUA0dsFAB7cBQBB3AUAOAwRAH7cBQDI3AUA1twFAB3dBQAs3QUAct0FAH3dBQDH3QUAz90FABzeBQAq3gUAcd4FAHTeBQDG3gUAzt4FAI0MEQAp3wUAcN8FAHPfBQDF3wUAzd8FAG03BgDR3wUAQwwGANTfBQAU5gUA4d8FABrgBQA24AUA4gwRAHHgBQDE4AUA0eAFABnhBQAm4QUAbuEFAHPhBQDD4QUAzeEFABjiBQAn4gUAbeIFAHLiBQDC4gUAz+IFABfjBQAk4wUAbOMFAHjjBQDB4wUA0OMFABbkBQAg5AUAa+QFAHfkBQDA5AUAxuQFABXlBQAb5QUAauUFAG/lBQC/5QUAxeUFADcNEQAZ5gUAowEGACXmBQBp5gUAd+YFAL7mBQDK5gUAE+cFACDnBQBo5wUAcucFAL3nBQDZ5wUAEugFAC7oBQCMDREAaegFALzoBQDJ6AUAEekFAB7pBQBm6QUAa+kFALvpBQDF6QUAEOoFAB/qBQBl6gUAauoFALrqBQDH6gUAD+sFABzrBQBk6wUAcOsFALnrBQDI6wUADuwFABjsBQBj7AUAb+wFALjsBQC+7AUADe0FABPtBQBi7QUAZ+0FALftBQC97QUA4Q0RABPuBQBh7gUAb+4FALbuBQC57gUAC+8FABrvBQBg7wUAZe8FALXvBQDC7wUACvAFABfwBQBf8AUAa/AFALTwBQDD8AUACfEFABPxBQBe8QUAbPEFALPxBQC48QUACPIFABXyBQBd8gUAafIFALLyBQDF8gUAB/MFABbzBQBc8wUAaPMFALHzBQCy8wUABvQFABD0BQBb9AUAafQFALD0BQC19AUABfUFABL1BQA2DhEAXPUFAK/1BQC99QUABPYFABX2BQA1DxEAYPYFAIoPEQCz9gUAA/cFAAv3BQBY9wUAZ/cFAK33BQCy9wUAAvgFAA/4BQBX+AUAZPgFAKz4BQC4+AUAAfkFABD5BQBW+QUAYPkFADQQEQCt+QUAAPoFABv6BQBV+gUAV/oFAKr6BQDE+gUA//oFAAz7BQBU+wUAYPsFAKn7BQCz+wUA/vsFABj8BQBT/AUAYvwFAKj8BQCt/AUA/fwFAAr9BQBS/QUAX/0FAKf9BQCz/QUA/P0FAAv+BQBR/gUAW/4FAKb+BQCy/gUA+/4FAA7/BQBQ/wUAX/8FAKX/BQCx/wUA+v8FAPv/BQBPAAYAWQAGAKQABgCyAAYA+QAGAP4ABgBOAQYAWwEGAIkQEQCwAQYA+AEGAAUCBgBNAgYAWQIGAKICBgCxAgYA9wIGAAEDBgBMAwYAWgMGAKEDBgCmAwYA9gMGAAMEBgBLBAYAVwQGAKAEBgCzBAYA9QQGAAQFBgBKBQYAVgUGAJ8FBgCgBQYA9AUGAP4FBgBJBgYAVwYGAJ4GBgCjBgYA8wYGAAAHBgDeEBEAVQcGAJ0HBgCfBwYA8gcGAAsIBgBHCAYAWAgGAJwIBgCoCAYA8QgGAPkIBgDdEREASwkGAJsJBgCjCQYA8AkGAP8JBgBFCgYASgoGAJoKBgCnCgYA7woGAPwKBgBECwYAUAsGAJkLBgCoCwYA7gsGAPgLBgAyEhEAVgwGAJgMBgCnDAYA7QwGAPkMBgBCDQYAQw0GAJcNBgChDQYA7A0GAPoNBgBBDgYARg4GAJYOBgCjDgYAhxIRAPAOBgBADwYATQ8GAJUPBgCiDwYA6g8GAPYPBgA/EAYAThAGAJQQBgCeEAYA6RAGAPcQBgA+EQYAQxEGAJMRBgCgEQYA6BEGAPARBgCGExEASRIGAJISBgCiEgYA5xIGAPASBgA8EwYAPxMGAJETBgCdEwYA5hMGAO0TBgDbExEARhQGAJAUBgCRFAYA5RQGAP0UBgA6FQYARxUGAI8VBgCbFQYA5BUGAO4VBgA5FgYAPRYGAI4WBgCTFgYA4xYGAOkWBgA4FwYAWBcGAI0XBgClFwYA4hcGAPkXBgA3GAYAQxgGAIwYBgCWGAYA4RgGAOMYBgA2GQYAPRkGAIsZBgCSGQYA4BkGAOYZBgA1GgYAQRoGAIoaBgCNGgYA3xoGAOIaBgA0GwYAQBsGAIkbBgCMGwYAMBQRAOMbBgAzHAYAOxwGAIgcBgCOHAYA3RwGAOIcBgAyHQYAOx0GAIcdBgCRHQYA3B0GAOgdBgAxHgYAOR4GAIUUEQCLHgYA2x4GAOMeBgAwHwYAOx8GAIUfBgCKHwYA2h8GAN0fBgAvIAYAOSAGANoUEQCQIAYA2SAGAOAgBgAuIQYAPCEGAIMhBgCGIQYA2CEGAOAhBgAtIgYAMCIGAIIiBgCOIgYA1yIGAN0iBgAsIwYARyMGAIEjBgCNIwYA1iMGANwjBgArJAYAMyQGAIAkBgCEJAYA1SQGAOEkBgAqJQYANyUGAH8lBgCJJQYA1CUGANwlBgApJgYAKyYGAH4mBgCCJgYA0yYGANUmBgAoJwYAPCcGAC8VEQCFJwYA0icGANYnBgAnKAYAKSgGAHwoBgB/KAYA0SgGANkoBgAmKQYAMykGAHspBgCAKQYA0CkGANopBgAlKgYALSoGAHoqBgB7KgYAzyoGANQqBgAkKwYAJysGAHkrBgB8KwYAzisGANwrBgAjLAYAPCwGAHgsBgCJLAYAzSwGANksBgAiLQYAKi0GAIQVEQB8LQYAzC0GANQtBgAhLgYAMC4GAHYuBgB7LgYAyy4GANguBgAgLwYALS8GAHUvBgCBLwYAyi8GANkvBgAfMAYAKTAGAHQwBgB8MAYAyTAGANMwBgAeMQYAIzEGAHMxBgB7MQYA2RURANMxBgAdMgYAKTIGAHIyBgB6MgYALhYRANMyBgAcMwYAIzMGAHEzBgB/MwYAxjMGAMkzBgAbNAYAIzQGAHA0BgBzNAYAxTQGANE0BgAaNQYAIDUGAG81BgCKNQYAxDUGANA1BgAZNgYAHzYGAG42BgCRNgYAwzYGAMY2BgAYNwYAPDcGAIMWEQB8NwYAwjcGAMc3BgAXOAYAJDgGAGw4BgB5OAYAwTgGAM04BgAWOQYAJTkGAGs5BgB1OQYAwDkGAM45BgAVOgYAGjoGAGo6BgB3OgYAvzoGAMc6BgDYFhEAITsGAGk7BgBxOwYAvjsGANc7BgATPAYAGTwGAGg8BgBtPAYAvTwGAN08BgASPQYAHj0GAGc9BgB0PQYAvD0GAMQ9BgARPgYAFD4GAGY+BgBwPgYAuz4GAL0+BgAQPwYAGj8GAGU/BgBxPwYALRcRANA/BgAPQAYAG0AGAGRABgBpQAYAuUAGAGxABgCiSxIAwkAGAA5BBgAYQQYAY0EGAGtBBgBzLQoAb0EGALhBBgCGQQYA4WkKAL5BBgANQgYAy0EGALbnDAATQgYAYkIGAGdCBgC3QgYAvUIGAIIXEQAaQwYAYUMGAHdDBgC2QwYAwkMGAAtEBgAQRAYAYEQGAGlEBgC1RAYAv0QGAApFBgASRQYAX0UGAG5FBgC0RQYAuUUGAAlGBgAWRgYAXkYGAGtGBgCzRgYAv0YGAAhHBgAXRwYAXUcGAGdHBgCyRwYAwEcGAAdIBgAUSAYAXEgGAHNIBgCxSAYAuUgGAAZJBgAQSQYAW0kGAGBJBgCwSQYAuEkGAIEYEQARSgYAWkoGAGBKBgCvSgYAykoGAARLBgAQSwYAWUsGAF9LBgDWGBEAtEsGAGWNDQDBSwYAA0wGABJMBgBYTAYAZEwGAK1MBgCuTAYAAk0GAAxNBgBXTQYAZU0GAKxNBgCxTQYAAU4GAA5OBgArGREAW04GAKtOBgCzTgYAAE8GAANPBgBVTwYAXk8GAKpPBgC5TwYA/08GAApQBgBUUAYAXFAGAKlQBgC5UAYA/lAGAAxRBgBTUQYAZFEGAKhRBgC0UQYA/VEGAAVSBgAqGhEAWFIGAKdSBgCvUgYA/FIGAANTBgBRUwYAX1MGAKZTBgCsUwYA+1MGAAdUBgBQVAYAX1QGAKVUBgCvVAYA+lQGAP9UBgBPVQYAVVUGAKRVBgC4VQYA+VUGAAFWBgBOVgYAeFYGAKNWBgCsVgYA+FYGAAVXBgBNVwYAW1cGAKJXBgC1VwYA91cGABNYBgB/GhEAUVgGAKFYBgCuWAYA9lgGAANZBgBLWQYAV1kGAKBZBgCvWQYA9VkGAP9ZBgBKWgYAWFoGAJ9aBgCkWgYA9FoGAAFbBgBJWwYAUVsGANQaEQCqWwYA81sGAANcBgBIXAYAUVwGAJ1cBgCgXAYA8lwGAP5cBgBHXQYATl0GACkbEQDGXQYA8V0GAPpdBgBGXgYAU14GAJteBgCpXgYA8F4GAANfBgBFXwYAYV8GAH4bEQCoXwYA718GAAVgBgBEYAYAUGAGAJlgBgCgYAYA7mAGAPZgBgBDYQYASGEGAJhhBgChYQYA7WEGAPdhBgDTGxEAQ2IGAJdiBgCjYgYA7GIGAPJiBgBBYwYAQ2MGAJZjBgCgYwYA62MGAPljBgBAZAYARWQGAJVkBgCiZAYA6mQGAPJkBgA/ZQYASWUGAJRlBgCiZQYA6WUGAP9lBgA+ZgYASmYGAJNmBgCaZgYA6GYGAPBmBgA9ZwYAQmcGAJJnBgCbZwYA52cGAPFnBgAoHBEAQmgGAJFoBgCXaAYA5mgGAOtoBgA7aQYAQWkGAH0cEQCVaQYA5WkGAPJpBgA6agYAR2oGAI9qBgCbagYA5GoGAPNqBgA5awYAQ2sGAI5rBgCcawYA42sGAOhrBgA4bAYARWwGAI1sBgCVbAYAfB0RAPBsBgA3bQYATW0GAIxtBgCYbQYA4W0GAOZtBgA2bgYAP24GAItuBgCVbgYA0R0RAOxuBgA1bwYARm8GAIpvBgCWbwYA328GAO5vBgA0cAYAPnAGAIlwBgCXcAYA3nAGAONwBgAzcQYAQHEGAIhxBgCScQYA3XEGAJRxBgCEdQYA63EGADJyBgBIcgYAh3IGAJNyBgDccgYA4XIGADFzBgA6cwYAhnMGAJBzBgDbcwYA53MGADB0BgA2dAYAhXQGAIt0BgDadAYA33QGAC91BgA1dQYAJh4RAIp1BgDZdQYA33UGAC52BgAzdgYAg3YGAIl2BgB7HhEA5nYGAC13BgBDdwYAgncGAI53BgDXdwYA3HcGACx4BgA1eAYAgXgGAIt4BgDWeAYA4ngGACt5BgA+eQYAgHkGAI95BgDVeQYA4XkGACp6BgAregYAf3oGAIl6BgDUegYA4noGACl7BgAuewYAfnsGAIt7BgDQHhEA4nsGACh8BgBIfAYAfXwGAIl8BgDSfAYA3HwGACd9BgAsfQYAfH0GAH19BgDRfQYA3X0GACZ+BgAzfgYAe34GAId+BgDQfgYA434GACV/BgA0fwYAen8GAIZ/BgDPfwYA0H8GACSABgAugAYAeYAGAIeABgDOgAYA04AGACOBBgAwgQYAJR8RAJSBBgB6HxEA04EGACKCBgAoggYAd4IGAHyCBgDMggYA0oIGAM8fEQAmgwYAdoMGAHmDBgDLgwYA14MGACCEBgAmhAYAdYQGAJCEBgDKhAYA1oQGAB+FBgAlhQYAdIUGAHaFBgDJhQYA5IUGAB6GBgAghgYAc4YGAIGGBgDIhgYA2YYGAB2HBgAfhwYAcocGAIuHBgDHhwYA2IcGAByIBgAoiAYAziARAHuIBgDGiAYA1IgGABuJBgAxiQYAcIkGAHyJBgDFiQYAyokGABqKBgAjigYAb4oGAHmKBgDEigYAzIoGABmLBgAeiwYAbosGAH2LBgDDiwYA0osGABiMBgAhjAYAbYwGAHOMBgDCjAYAyIwGABeNBgAjjQYAbI0GAHONBgDBjQYAyY0GABaOBgAYjgYAa44GAHuOBgDAjgYAyo4GABWPBgAhjwYAao8GAHCPBgC/jwYAx48GACMhEQAgkAYAaZAGAHqQBgC+kAYAypAGABORBgAikQYAaJEGAHKRBgC9kQYAy5EGABKSBgAXkgYAZ5IGAHSSBgC8kgYAxJIGABGTBgAbkwYApKoGAB2TBgBmkwYAbJMGALuTBgDBkwYAEJQGABWUBgBllAYAa5QGAHghEQDGlAYAD5UGABWVBgBklQYAf5UGALmVBgDFlQYADpYGABSWBgBjlgYAa5YGALiWBgC7lgYADZcGABmXBgBilwYAc5cGALeXBgDDlwYADJgGABuYBgBhmAYAa5gGALaYBgDEmAYAC5kGABCZBgBgmQYAbZkGALWZBgC9mQYACpoGABSaBgBfmgYAbZoGALSaBgDKmgYACZsGABWbBgBemwYAY5sGALObBgC8mwYACJwGABKcBgB3IhEAY5wGALKcBgC4nAYAB50GABOdBgBcnQYAaZ0GALGdBgC7nQYABp4GAA6eBgBbngYAZZ4GALCeBgC1ngYABZ8GAAafBgBanwYAX58GAK+fBgDAnwYABKAGAAmgBgBZoAYAcKAGAK6gBgDCoAYAA6EGAB+hBgBYoQYAYKEGAMwiEQC1oQYAAqIGAAyiBgBXogYAa6IGAKyiBgCtogYAAaMGAA2jBgBWowYAcqMGAKujBgCzowYAISMRAAmkBgBVpAYAY6QGAKqkBgBkpAYAOw8LALSkBgD/pAYAAaUGAFSlBgBtpQYAqaUGALqlBgD+pQYACqYGAFOmBgBbpgYAdiMRALSmBgD9pgYAA6cGAFKnBgBtpwYAp6cGALOnBgD8pwYAAqgGAFGoBgBUqAYApqgGAK6oBgD7qAYAC6kGAFCpBgBVqQYApakGAK6pBgD6qQYAB6oGAE+qBgBWqgYAyyMRALKqBgD5qgYAD6sGAE6rBgBaqwYAo6sGAKirBgD4qwYAAawGAE2sBgBXrAYAoqwGAL6sBgD3rAYA/6wGACAkEQBRrQYAoa0GAKmtBgD2rQYA+K0GAEuuBgBmrgYAoK4GAKKuBgD1rgYAA68GAEqvBgBbrwYAn68GAKGvBgD0rwYADbAGAEmwBgBasAYAnrAGAKqwBgDzsAYA+7AGAHUkEQBUsQYAnbEGAKOxBgDysQYADbIGAEeyBgBTsgYAnLIGAKKyBgDxsgYA9LIGAMokEQBjswYAm7MGAJyzBgDwswYA/7MGAEW0BgBKtAYAmrQGAKe0BgDvtAYA/LQGAES1BgBQtQYAmbUGAKi1BgDutQYA+LUGAEO2BgBRtgYAmLYGAJ22BgDttgYA+rYGAEK3BgBOtwYAl7cGAJ23BgDstwYAqrcGACzNBgDytwYAQbgGAEa4BgCWuAYAnLgGAB8lEQDwuAYAQLkGAGC5BgCVuQYAobkGAOq5BgDwuQYAP7oGAEe6BgBo5gYASLoGAJS6BgChugYA6boGAO+6BgA+uwYASrsGAJO7BgCVuwYA6LsGAPe7BgA9vAYASLwGAJK8BgCUvAYA57wGAAC9BgA8vQYATb0GAJG9BgCdvQYA5r0GAPK9BgA7vgYATr4GAJC+BgCfvgYA5b4GAPG+BgA6vwYAO78GAI+/BgCZvwYA5L8GAPK/BgA5wAYAPsAGAI7ABgCbwAYAdCURAPDABgA4wQYATMEGAI3BBgCpwQYA4sEGAP7BBgDJJREARsIGAIzCBgCNwgYA4cIGAPDCBgA2wwYAO8MGAIvDBgCYwwYA4MMGAO3DBgA1xAYAQcQGAIrEBgCZxAYA38QGAOnEBgA0xQYAQsUGAInFBgCOxQYA3sUGAOvFBgAzxgYAQ8YGAIjGBgCKxgYA3cYGAOvGBgAyxwYAQ8cGAB4mEQCOxwYAcyYRAOHHBgAxyAYAPsgGAIbIBgCTyAYA28gGAOHIBgAwyQYAPMkGAIXJBgCVyQYA2skGAOPJBgAvygYAMsoGAITKBgCQygYA2coGAODKBgDIJhEAOssGAIPLBgCTywYA2MsGAOHLBgAtzAYAMMwGAILMBgCOzAYA18wGAN7MBgAdJxEAO80GAIHNBgCNzQYA1s0GANfNBgArzgYANc4GAIDOBgCOzgYA1c4GANrOBgAqzwYAN88GAHInEQCEzwYA1M8GAOPPBgAp0AYASdAGAH7QBgCK0AYA09AGAN3QBgAo0QYAMNEGAH3RBgCJ0QYA0tEGANjRBgAn0gYALdIGAHzSBgCB0gYA0dIGANfSBgBxKBEAK9MGAHvTBgCE0wYA0NMGAOHTBgAl1AYALNQGAHrUBgCC1AYAz9QGANzUBgAk1QYAKdUGAHnVBgCD1QYAztUGANbVBgAj1gYAMtYGAHjWBgB91gYAzdYGANrWBgAi1wYAL9cGAHfXBgCD1wYAzNcGANvXBgAh2AYAK9gGAHbYBgB+2AYAy9gGANXYBgAg2QYAJdkGAHXZBgB92QYAcCkRAM/ZBgAf2gYAItoGAHTaBgB+2gYAxSkRAM/aBgAe2wYAI9sGAHPbBgCT2wYAyNsGANTbBgAd3AYAI9wGAHLcBgB13AYAx9wGAMncBgAc3QYAN90GAHHdBgBz3QYAxt0GANTdBgAb3gYALN4GAHDeBgBy3gYAxd4GAN7eBgAa3wYAK98GAG/fBgB73wYAGioRANTfBgAZ4AYAOeAGAG7gBgBw4AYAw+AGAM/gBgCXWQ8A0uAGAK71BgDf4AYA9gIHAO/gBgAY4QYAG+EGAG3hBgB84QYAwuEGAMfhBgAX4gYAJOIGAGziBgB54gYAweIGAM3iBgAW4wYAJeMGAGvjBgB14wYAwOMGAM7jBgAV5AYAGuQGAGrkBgB35AYAv+QGAMvkBgAU5QYAGuUGAGnlBgBv5QYAvuUGAMPlBgAT5gYAGeYGAG8qEQB+5gYAveYGAL/mBgAS5wYAJucGAGfnBgBv5wYAvOcGAMnnBgAR6AYAFugGAGboBgBw6AYAu+gGAMPoBgAQ6QYAKekGAGXpBgBx6QYAuukGAMLpBgDEKhEAKuoGAGTqBgBm6gYAueoGAMfqBgAO6wYAH+sGAGPrBgBl6wYAuOsGANHrBgAN7AYAHuwGAGLsBgBu7AYAGSsRALzsBgAM7QYAFe0GAGHtBgBy7QYAtu0GAL3tBgAL7gYAE+4GAGDuBgBt7gYAte4GALruBgAK7wYAFO8GAF/vBgBn7wYAtO8GAM3vBgAJ8AYAFfAGAF7wBgBm8AYAwysRALbwBgAI8QYAEvEGAF3xBgBf8QYAsvEGAMvxBgAH8gYAGPIGAFzyBgBq8gYAsfIGALTyBgAG8wYAEfMGAFvzBgBn8wYAsPMGALfzBgAYLBEACvQGAFr0BgBi9AYAr/QGAL30BgAE9QYABfUGAFn1BgB09QYAbSwRALP1BgAD9gYAEPYGAFj2BgBl9gYArfYGALn2BgAC9wYAEfcGAFf3BgBh9wYArPcGALr3BgAB+AYABvgGAFb4BgBj+AYAq/gGALf4BgAA+QYABvkGAFX5BgBb+QYAqvkGAK/5BgD/+QYABfoGAMIsEQBh+gYAqfoGAKv6BgD++gYAF/sGAFP7BgBk+wYAqPsGALT7BgD9+wYABfwGAMEtEQBX/AYAp/wGAK/8BgD8/AYAFf0GAFH9BgBW/QYApv0GAKv9BgD7/QYABf4GAFD+BgBT/gYApf4GAK/+BgD6/gYAAP8GAE//BgBR/wYApP8GAKX/BgD5/wYAAQAHAE4ABwBeAAcAowAHAKkABwD4AAcA/QAHAE0BBwBjAQcAogEHAKoBBwD3AQcAIQIHAEwCBwBvAgcAoQIHAMACBwAWLhEA/gIHAGsuEQBcAwcAoAMHAK4DBwD1AwcAAQQHAEoEBwBXBAcAnwQHAKkEBwD0BAcA/AQHAEkFBwBUBQcAngUHAKAFBwDzBQcA9gUHAEgGBwBQBgcAnQYHAKMGBwDyBgcA+wYHAEcHBwBUBwcAnAcHAKQHBwDxBwcA9gcHAEYIBwBPCAcAmwgHAKUIBwDwCAcA+AgHAEUJBwBKCQcAmgkHAKoJBwDvCQcA9wkHAEQKBwBGCgcAmQoHALQKBwDuCgcA8AoHAEMLBwBRCwcAmAsHAKkLBwDtCwcA7wsHAEIMBwBbDAcAlwwHAKgMBwDsDAcA+AwHAEENBwBJDQcAwC4RAJwNBwDrDQcA8A0HAEAOBwBgDgcAlQ4HAKEOBwDqDgcA8A4HAD8PBwBCDwcAlA8HAJwPBwDpDwcA8w8HAD4QBwBDEAcAkxAHAJsQBwDoEAcA8hAHAD0RBwA/EQcAkhEHAKMRBwDnEQcABxIHADwSBwBEEgcAkRIHAJsSBwDmEgcA6xIHABUvEQBPEwcAkBMHAJgTBwDlEwcA6hMHADoUBwBKFAcAjxQHAJcUBwDkFAcA7hQHADkVBwBEFQcAjhUHAJoVBwDjFQcA6xUHAGovEQBEFgcAjRYHAJkWBwDiFgcA6RYHADcXBwA/FwcAjBcHAKUXBwDhFwcA5xcHADYYBwA7GAcAixgHAKsYBwDgGAcA7BgHADUZBwA7GQcAihkHAI0ZBwC/LxEA4RkHADQaBwDtGQcAR1MQADcaBwCJGgcAkxoHAN4aBwDsGgcAMxsHAEIbBwCIGwcAixsHAN0bBwCgGwcA81oHAKQbBwBqOQcA6RsHADIcBwA0HAcAhxwHAI0cBwDcHAcA6xwHADEdBwA8HQcAhh0HAI4dBwCzmgcAoB0HANsdBwDnHQcAMB4HAEMeBwCFHgcAlB4HANoeBwDmHgcALx8HADAfBwCEHwcAjh8HANkfBwDnHwcALiAHADMgBwCDIAcAkCAHABQwEQDyIAcALSEHADwhBwCCIQcAhyEHANchBwDkIQcALCIHADkiBwCBIgcAjSIHANYiBwDlIgcAKyMHADUjBwCAIwcAjiMHANUjBwDaIwcAKiQHADckBwB/JAcAiyQHANQkBwDaJAcAKSUHAC8lBwB+JQcAgyUHANMlBwDZJQcAaTARACkmBwB9JgcAMSYHAC3JCQA1JgcA77EJADcmBwAEnwcASCYHAPlNDgCJJgcA0iYHANgmBwDfbQgA3yYHACcnBwAqJwcAfCcHAIgnBwDRJwcA0ycHACYoBwAsKAcAeygHAIooBwDQKAcA2ygHACUpBwAmKQcAeikHAI4pBwDPKQcA6SkHACQqBwAwKgcAeSoHAIwqBwDOKgcA3SoHACMrBwAvKwcAeCsHAHkrBwDNKwcA1ysHACIsBwAwLAcAdywHAHwsBwDMLAcA2SwHAL4wEQA7LQcAdi0HAIUtBwDLLQcA0C0HACAuBwAtLgcAdS4HAIIuBwDKLgcA1i4HAB8vBwAuLwcAdC8HAH4vBwDJLwcA1y8HAB4wBwAjMAcAczAHAIAwBwDIMAcA1DAHAB0xBwAjMQcAcjEHAHgxBwDHMQcAzDEHABwyBwAiMgcAEzERAH8yBwDGMgcA4TIHABszBwApMwcAcDMHAH0zBwDFMwcA3DMHABo0BwApNAcAbzQHAHQ0BwDENAcA0TQHABk1BwAmNQcAbjUHAHo1BwDDNQcA0jUHABg2BwAiNgcAbTYHAHs2BwDCNgcAxzYHABc3BwAkNwcAbDcHAG83BwDBNwcAzTcHABY4BwAcOAcAazgHAHE4BwDAOAcAxTgHABU5BwAbOQcAaDERAIY5BwC9MREAxTkHABQ6BwAWOgcAaToHAHY6BwC+OgcAwToHABM7BwAUOwcAaDsHAG07BwC9OwcAwzsHABI8BwAcPAcAZzwHAIM8BwC8PAcA2DwHABIyEQAXPQcAZj0HAGg9BwC7PQcAyD0HABA+BwATPgcAZT4HAGY+BwC6PgcAvz4HAA8/BwAVPwcAZD8HAG4/BwC5PwcA1T8HAA5ABwAqQAcAZzIRAGlABwC4QAcAvkAHAA1BBwASQQcAYkEHAGhBBwC8MhEAuUEHAAxCBwAaQgcAYUIHAHJCBwC7MxEAvUIHABA0EQAQQwcAYEMHAGhDBwC1QwcAukMHAApEBwDEQwcA9lcHAAtEBwBfRAcAa0QHALREBwDBRAcACUUHABFFBwBeRQcAaEUHALNFBwDCRQcACEYHAAlGBwBdRgcAZUYHALJGBwDBRgcAB0cHAAxHBwBcRwcAaUcHALFHBwC+RwcABkgHABJIBwBbSAcAakgHALBIBwC6SAcABUkHABNJBwBaSQcAX0kHAK9JBwC8SQcABEoHAAxKBwBZSgcAY0oHAK5KBwCzSgcAA0sHAAtLBwC6NBEAXUsHAK1LBwC2SwcAqFAHALpLBwACTAcAD0wHAFdMBwBjTAcArEwHALtMBwABTQcAC00HAFZNBwBkTQcAq00HALBNBwAATgcADU4HAFVOBwBdTgcADzURALZOBwD/TgcAD08HAFRPBwBdTwcAqU8HAKxPBwD+TwcAClAHAFNQBwBaUAcAZDURALlQBwD9UAcABFEHAFJRBwBfUQcAp1EHAMZRBwD8UQcABlIHAFFSBwBZUgcAplIHALVSBwD7UgcAAFMHAFBTBwBdUwcApVMHALJTBwD6UwcABlQHAE9UBwBeVAcApFQHAK5UBwD5VAcAAVUHAE5VBwBYVQcAo1UHAKhVBwD4VQcAAFYHALk1EQBZVgcAolYHAKhWBwD3VgcAElcHAExXBwBYVwcAoVcHAKdXBwAONhEA+1cHAEtYBwBYWAcAoFgHAK1YBwD1WAcAAVkHAEpZBwBZWQcAn1kHAKlZBwBjNhEA/lkHAElaBwBOWgcAnloHAKZaBwC4NhEA/VoHAEhbBwBOWwcAnVsHAJ9bBwDyWwcA/1sHAEdcBwBKXAcAnFwHAJ1cBwDxXAcA9lwHAEZdBwBMXQcAm10HAKVdBwDwXQcACl4HAEVeBwBUXgcAml4HAJ9eBwDvXgcA/F4HAERfBwBRXwcAmV8HAKVfBwDuXwcA/V8HAENgBwBNYAcAmGAHAKZgBwDtYAcA8mAHAEJhBwBPYQcAl2EHAKFhBwA4awcAo2EHAOxhBwDyYQcAQWIHAEdiBwCWYgcAm2IHAOtiBwDxYgcADTcRAEVjBwCVYwcAomMHAOpjBwD3YwcAP2QHAEtkBwCUZAcAo2QHAOlkBwDzZAcAPmUHAExlBwCTZQcAmGUHAOhlBwD1ZQcAPWYHAEVmBwAMOBEAmGYHAOdmBwDtZgcAPGcHAEFnBwCRZwcAl2cHAGE4EQDoZwcAO2gHAERoBwCQaAcAk2gHAOVoBwDxaAcAOmkHAEFpBwCPaQcAl2kHAORpBwD9aQcAOWoHAE1qBwCOagcAqmoHAONqBwDragcACzkRAEZrBwCNawcAo2sHAOJrBwDuawcAN2wHADxsBwCMbAcAlWwHAOFsBwDrbAcANm0HAFJtBwCLbQcAk20HAGA5EQDlbQcANW4HAEJuBwCKbgcAl24HAN9uBwDrbgcANG8HAENvBwCJbwcAk28HAN5vBwDsbwcAM3AHADhwBwCIcAcAlXAHAN1wBwDlcAcAtTkRAEBxBwCHcQcAnXEHANxxBwDocQcAMXIHADZyBwCGcgcAj3IHANtyBwDlcgcAMHMHADhzBwCFcwcAlHMHANpzBwDccwcAL3QHADh0BwCEdAcAh3QHANl0BwDldAcALnUHADV1BwCDdQcAi3UHANh1BwDxdQcALXYHAEF2BwCCdgcAnnYHANd2BwDfdgcACjoRADF3BwCBdwcAjncHANZ3BwDjdwcAK3gHADd4BwCAeAcAj3gHANV4BwDfeAcAKnkHADR5BwB/eQcAjXkHANR5BwDqeQcAKXoHADV6BwB+egcAg3oHANN6BwDcegcAKHsHADJ7BwB9ewcAiXsHANJ7BwDYewcAJ3wHAC18BwB8fAcAgXwHANF8BwDXfAcAXzoRADJ9BwB7fQcAf30HANB9BwDffQcAJX4HACp+BwB6fgcAh34HAM9+BwDcfgcAJH8HADB/BwB5fwcAiH8HAM5/BwDYfwcAI4AHADGABwB4gAcAfYAHAM2ABwDagAcAIoEHAC6BBwB3gQcAfYEHAMyBBwDSgQcAIYIHACaCBwB2ggcAfIIHALQ6EQDQggcAIIMHACeDBwB1gwcAgYMHAMqDBwDMgwcAH4QHAM2DBwDEiQcAOoQHAHSEBwB2hAcAyYQHANeEBwAehQcAL4UHAHOFBwB1hQcAyIUHAOGFBwAdhgcALoYHAHKGBwB+hgcAx4YHANOGBwAchwcAL4cHAHGHBwCAhwcAxocHANKHBwAbiAcAHIgHAHCIBwB6iAcAxYgHANOIBwAaiQcAH4kHAG+JBwB8iQcACTsRAMaJBwAZigcANIoHAG6KBwBwigcAw4oHANGKBwAYiwcAKYsHAG2LBwBviwcAwosHANuLBwAXjAcAKIwHAGyMBwB4jAcAwYwHAM2MBwAWjQcAKY0HAGuNBwB6jQcAwI0HAMyNBwAVjgcAFo4HAGqOBwB0jgcAv44HAM2OBwAUjwcAGY8HAGmPBwB2jwcACDwRAMOPBwATkAcAG5AHAGiQBwBqkAcAvZAHAM6QBwASkQcAIJEHAGeRBwCCkQcAvJEHAMiRBwARkgcAGZIHAAc9EQBrkgcAu5IHAMKSBwAQkwcAHJMHAGWTBwBokwcAupMHAMKTBwAPlAcAH5QHAGSUBwBplAcAuZQHAMKUBwAOlQcAG5UHAGOVBwBqlQcAuJUHAMCVBwBcPREAGpYHAGKWBwBqlgcAt5YHAMuWBwAMlwcAEZcHAGGXBwBqlwcAtpcHALyXBwALmAcAE5gHAGCYBwBvmAcAtZgHAMaYBwAKmQcAE5kHAF+ZBwBimQcAtJkHAL6ZBwAJmgcAFZoHAF6aBwBkmgcAsT0RAMCaBwAImwcADZsHAF2bBwBkmwcAspsHAL6bBwAHnAcAD5wHAAY+EQB3nAcAsZwHALOcBwAGnQcAFJ0HAFudBwBsnQcAsJ0HALKdBwAFngcAHp4HAFqeBwBrngcAr54HALueBwBbPhEAE58HAFmfBwBinwcArp8HALSfBwADoAcACaAHAFigBwBkoAcAraAHALSgBwACoQcACqEHAFehBwBboQcArKEHALehBwABogcAD6IHAFaiBwBnogcAq6IHALeiBwAAowcACKMHALA+EQBYowcAqqMHALSjBwD/owcAAaQHAFSkBwBtpAcAqaQHALqkBwD+pAcADKUHAFOlBwBWpQcAqKUHALOlBwD9pQcAC6YHAFKmBwBfpgcAp6YHAL6mBwD8pgcABKcHAFGnBwBTpwcApqcHAK6nBwD7pwcACqgHAFCoBwBVqAcApagHALKoBwD6qAcAB6kHAE+pBwBbqQcApKkHALOpBwD5qQcAA6oHAE6qBwBcqgcAo6oHAKiqBwD4qgcABasHAE2rBwBVqwcAoqsHAKyrBwD3qwcA/KsHAEysBwBUrAcAoawHAKSsBwD2rAcAE60HAEutBwBcrQcAoK0HAKitBwD1rQcA+K0HAEquBwBWrgcAn64HAKWuBwD0rgcAD68HAEmvBwBVrwcAnq8HAKSvBwAFPxEAArAHAEiwBwBJsAcAnbAHANWwBwDysAcAALEHAEexBwBIsQcAnLEHAKSxBwDxsQcAALIHAEayBwBLsgcAm7IHAKiyBwDwsgcA/bIHAEWzBwBRswcAmrMHAKmzBwDvswcA+bMHAES0BwBStAcAmbQHAJ60BwDutAcA+7QHAEO1BwBLtQcAmLUHAKK1BwDttQcA8rUHAEK2BwBKtgcAl7YHAKG2BwDstgcA97YHAEG3BwBNtwcAlrcHAJ63BwBaPxEA8LcHAEC4BwBDuAcAlbgHAJ+4BwDquAcA8rgHAK8/EQBNuQcAlLkHAKq5BwDpuQcA9bkHAD66BwBDugcAk7oHAJy6BwDougcA8roHAD27BwBFuwcAkrsHAJ67BwDnuwcA+rsHADy8BwA9vAcAkbwHAJ+8BwDmvAcA7LwHADu9BwBHvQcAkL0HAJe9BwAEQBEA5r0HADq+BwBGvgcAj74HAJy+BwDkvgcA7L4HADm/BwBDvwcAjr8HAJ2/BwDjvwcA5L8HADjABwBAwAcAjcAHAJzABwDiwAcA58AHADfBBwBEwQcAjMEHAJnBBwDhwQcA7cEHADbCBwBFwgcAi8IHAJXCBwDgwgcA7sIHADXDBwA6wwcAisMHAJfDBwDfwwcA58MHADTEBwA4xAcAicQHAJfEBwDexAcA6MQHADPFBwA+xQcAiMUHAJDFBwDdxQcA6MUHADLGBwA3xgcAh8YHAIrGBwDcxgcA5sYHADHHBwA5xwcAhscHAKXHBwBZQBEA6scHADDIBwAxyAcAhcgHAI3IBwDayAcA28gHAC/JBwA1yQcAhMkHAInJBwDZyQcA9MkHAC7KBwA8ygcAg8oHAIrKBwDYygcA5MoHAC3LBwAzywcAgssHAJ7LBwDXywcA38sHAK5AEQAyzAcAgcwHAIfMBwDWzAcA28wHACvNBwAxzQcAA0ERAIXNBwDVzQcA3M0HACrOBwA2zgcAf84HAIfOBwCtQREA584HACnPBwBfzwcAfs8HAIDPBwB90AcAs88HANPPBwD4zwcAKNAHAC/QBwBXQhEAYtAHAAJCEQCN0AcA0tAHAAzRBwCsQhEAMNEHAHrODAAx0QcAH9IOAETRBwB80QcAR9EHAJYGDgCN0QcA0dEHANnRBwAm0gcAKdIHAHvSBwCH0gcA0NIHANbSBwAl0wcAQNMHAHrTBwCG0wcAz9MHANXTBwAk1AcALNQHAHnUBwCV1AcAztQHANbUBwABQxEAMtUHAHjVBwB51QcAzdUHANXVBwAi1gcAI9YHAHfWBwB91gcAzNYHANHWBwAh1wcAPNcHAHbXBwCE1wcAy9cHANLXBwAg2AcALNgHAHXYBwB72AcAytgHAObYBwAf2QcAJ9kHAFZDEQB62QcAydkHAM/ZBwAe2gcAI9oHAHPaBwB52gcAq0MRAM3aBwAd2wcAJNsHAHLbBwB+2wcAx9sHAM/bBwBVRBEAL9wHAHHcBwCn3AcAxtwHAMjcBwDF3QcA+9wHABvdBwBA3QcAcN0HAHfdBwD/RBEAqt0HAKpEEQDV3QcAGt4HAFTeBwBURREAcd4HAMTeBwDF3gcAGd8HACPfBwBu3wcAfN8HAMPfBwDe3wcAGOAHACTgBwBt4AcAdeAHAKlFEQDO4AcAF+EHAB3hBwBs4QcAh+EHAMHhBwDN4QcAFuIHABziBwBr4gcAc+IHAMDiBwDO4gcAFeMHABjjBwBq4wcAcuMHAL/jBwDI4wcAFOQHACHkBwBp5AcAa+QHAL7kBwDZ5AcAE+UHABXlBwBo5QcAduUHAL3lBwDO5QcAEuYHABTmBwBn5gcAgOYHALzmBwDN5gcAEecHAB3nBwBm5wcAbucHAP5FEQDB5wcAEOgHABjoBwBl6AcAbOgHALroBwC/6AcAD+kHABvpBwBk6QcAZ+kHALnpBwDB6QcADuoHABvqBwBj6gcAaOoHALjqBwDC6gcADesHABXrBwBi6wcAbusHALfrBwDK6wcADOwHABrsBwBh7AcAZOwHALbsBwDA7AcAU0YRAA7tBwBg7QcAaO0HALXtBwC47QcACu4HABbuBwBf7gcAZe4HALTuBwDP7gcACe8HABXvBwBe7wcAZO8HALPvBwC77wcACPAHABbwBwBd8AcAYPAHALLwBwC68AcAB/EHABDxBwBc8QcAafEHALHxBwCz8QcABvIHACHyBwBb8gcAXfIHALDyBwC+8gcABfMHABbzBwBa8wcAXPMHAK/zBwDI8wcABPQHABX0BwBZ9AcAZfQHAK70BwC29AcAqEYRAAn1BwBY9QcAYPUHAK31BwC09QcAAvYHAAf2BwBX9gcAY/YHAKz2BwCv9gcAAfcHAAn3BwBW9wcAY/cHAKv3BwCw9wcAAPgHAAr4BwBV+AcAXfgHAKr4BwC2+AcA//gHABL5BwBU+QcAYvkHAKn5BwCs+QcA/vkHAAj6BwD9RhEAVvoHAKj6BwC0+gcA/foHAAP7BwBS+wcAbfsHAKf7BwCz+wcA/PsHAAL8BwBR/AcAWfwHAKb8BwC0/AcA+/wHAP78BwBQ/QcAWP0HAKX9BwCu/QcA+v0HAAf+BwBP/gcAUf4HAKT+BwC//gcA+f4HAPv+BwBO/wcAXP8HAKP/BwC0/wcA+P8HAPr/BwBNAAgAZgAIAKIACACzAAgA9wAIAAMBCABMAQgAVAEIAFJHEQCnAQgA9gEIAP4BCABLAggAUgIIAKACCAClAggA9QIIAAEDCABKAwgATQMIAJ8DCACnAwgA9AMIAAEECABJBAgATgQIAJ4ECACoBAgA8wQIAPsECABIBQgAVAUIAJ0FCACwBQgA8gUIAAAGCABHBggASgYIAJwGCACmBggAp0cRAPkGCAD8RxEAVAcIAJsHCACsBwgA8AcIAPwHCABFCAgATQgIAFFIEQCfCAgA7wgIAPkICABECQgATAkIAJkJCACpCQgA7gkIAPMJCABDCggATAoIAJgKCAClCggA7QoIAPQKCACmSBEARAsIAJcLCABHCwgA3hgJAEsLCABH/g8ATgsIAPL+DgBQCwgAIn8JAKELCADZbA8AqAsIAOwLCAD9CwgAQQwIAE8MCACWDAgAsgwIAOsMCAAHDQgA+0gRAE4NCACVDQgAog0IAOoNCAABDggAPw4IAEsOCACUDggAmg4IAOkOCADvDggAPg8IAEMPCACTDwgAmQ8IAFBJEQD+DwgAPRAIAEwQCACSEAgAaRAIAI0VCACUEAgA5xAIAPYQCAA8EQgARxEIAJERCACdEQgA5hEIAOkRCAA7EggA7REIAC4fCAACEggA3xgIAEcSCACQEggAlhIIAOUSCAAAEwgAOhMIAEYTCACPEwgAlRMIAOQTCADwEwgAORQIAD8UCACOFAgAlBQIAOMUCADoFAgAOBUIAD4VCAClSREAkBUIAOIVCAD+FQgANxYIAD8WCACkShEAmBYIAOEWCADnFggANhcIAFEXCACLFwgAlxcIAOAXCADmFwgANRgIAD0YCACKGAgAqxgIAPlKEQDnGAgATksRADkZCACJGQgAlhkIAN4ZCADrGQgAMxoIAD8aCACIGggAlxoIAN0aCADnGggAMhsIADobCACHGwgAkRsIANwbCADqGwgAMRwIAEccCACGHAgAkhwIANscCADgHAgAMB0IADkdCACFHQgAjx0IANodCADiHQgALx4IADkeCACEHggAiR4IANkeCADhHggAo0sRADofCACDHwgAlh8IANgfCADnHwgALSAIADkgCACCIAgAgyAIANcgCADhIAgALCEIADohCACBIQgAhiEIANYhCADjIQgA+EsRADYiCACAIggAjCIIANUiCADbIggAKiMIADYjCAB/IwgAhyMIAPdMEQDXIwgAKSQIADEkCAB+JAgAiyQIANMkCADYJAgAKCUIADAlCAB9JQgAfyUIANIlCADtJQgAJyYIACkmCAB8JggAiiYIANEmCADiJggAJicIACgnCAB7JwgAlCcIANAnCADhJwgAJSgIADEoCAB6KAgAgigIAExNEQDUKAgAJCkIADEpCAB5KQgAhikIAM4pCADaKQgAIyoIADIqCAB4KggAgioIAM0qCADbKggAIisIACcrCAB3KwgAhCsIAMwrCADUKwgAISwIACMsCAB2LAgAgCwIAMssCADTLAgAoU0RACstCAB1LQgAgy0IAMotCADNLQgAHy4IACcuCAB0LggAii4IAMkuCADOLggAHi8IADQvCABzLwgAfy8IAMgvCADVLwgAHTAIACcwCAD2TREAdDAIAMcwCADVMAgAHDEIAC0xCABLThEAdzEIAMYxCADSMQgAoE4RAB0yCABwMggAdjIIAMUyCADlMggAGjMIACYzCABvMwgAdjMIAMQzCADMMwgAGTQIACA0CABuNAgAejQIAMM0CADFNAgAGDUIAB81CAD1ThEAcDUIAMI1CADKNQgAFzYIACc2CABsNggAbjYIAME2CADPNggAFjcIACc3CABKTxEAcjcIAJ9PEQDNNwgAFTgIABw4CABqOAgAcjgIAL84CADNOAgAFDkIABc5CABpOQgAcTkIAL45CADFOQgAEzoIACE6CABoOggAazoIAL06CAC/OggAEjsIACs7CABnOwgAeDsIALw7CADIOwgAETwIABg8CABmPAgAbjwIALs8CADEPAgAED0IAB09CABlPQgAbz0IALo9CADIPQgADz4IACA+CABkPggAbD4IALk+CADDPggADj8IABw/CABjPwgAeT8IALg/CADEPwgADUAIABRACABiQAgAakAIALdACAC9QAgADEEIABhBCABhQQgAa0EIALZBCAC8QQgAC0IIAB9CCABJUBEAbkIIALVCCADOQggACkMIACBDCABfQwgAbkMIALRDCADOQwgACUQIAAxECAAESQgAFEQIAP9NCAAYRAgAXkQIAGNECACzRAgAwEQIAAhFCAAVRQgAXUUIAGlFCACyRQgAwUUIAAdGCAARRggAXEYIAGpGCACxRggAtkYIAAZHCAATRwgAW0cIAGdHCACwRwgAtkcIAAVICAALSAgAWkgIAF9ICACvSAgAtUgIAJ5QEQAQSQgAWUkIAF9JCACuSQgAyUkIAANKCAAPSggAWEoIAF5KCACtSggAtEoIAAJLCAAHSwgAq0wIAA5LCABXSwgAWUsIAKxLCACzSwgAAUwIAB1MCABWTAgAXkwIAJ1REQCvTAgAAE0IAA1NCABVTQgAcU0IAKpNCACyTQgA8lERAAROCABUTggAV04IAKlOCACzTggA/k4IAA9PCABTTwgAWE8IAKhPCACtTwgA/U8IAB1QCABSUAgAW1AIAKdQCACoUAgA/FAIAAhRCABRUQgAV1EIAKZRCACsUQgA+1EIAABSCABQUggAVlIIAEdSEQCmUggA+lIIAAZTCABPUwgAXFMIAKRTCACsUwgA+VMIAAJUCABOVAgAW1QIAKNUCACxVAgA+FQIAAtVCABNVQgAVVUIAKJVCAClVQgA91UIAPxVCABMVggAW1YIAKFWCADBVggA9lYIAAJXCABLVwgAVVcIAEZTEQCqVwgA9VcIAPdXCABKWAgAVFgIAJ9YCACoWAgA9FgIAPdYCABJWQgAUVkIAJ5ZCADVWQgAm1MRAP9ZCABIWggAV1oIAJ1aCAC9WggA8loIAP5aCABHWwgATlsIAJxbCAChWwgA8VsIAPJbCABGXAgAUlwIAJtcCAChXAgA8FwIAPJcCABFXQgAT10IAJpdCACoXQgA710IAPRdCABEXggAUV4IAJleCACjXggA7l4IAPxeCABDXwgAWV8IAJhfCACkXwgA7V8IAPJfCABCYAgAS2AIAJdgCAChYAgA7GAIAPhgCABBYQgAVGEIAJZhCAClYQgA62EIAPdhCABAYggAQWIIAJViCACfYggA6mIIAPhiCAA/YwgARGMIAJRjCAChYwgA8FMRAPdjCAA+ZAgAVGQIAJNkCACfZAgA6GQIAO9kCAA9ZQgARWUIAJJlCACXZQgA52UIAPBlCAA8ZggARmYIAJFmCACZZggA5mYIAOpmCAA7ZwgAPWcIAJBnCACeZwgA5WcIAO9nCAA6aAgASGgIAI9oCACcaAgA5GgIAPtoCAA5aQgAQWkIAI5pCACeaQgA42kIAOhpCAA4aggAPmoIAI1qCACVaggA4moIAOdqCAA3awgAOGsIAIxrCACYawgA4WsIAOdrCAA2bAgAOGwIAItsCACVbAgA4GwIAO5sCAA1bQgAOm0IAIptCACXbQgA71QRAOFtCAA0bggAPm4IAIluCACXbggA3m4IAONuCAAzbwgAQG8IAIhvCACKbwgAXUMKAJJvCADdbwgA628IADJwCABIcAgAh3AIAJNwCADccAgA4XAIADFxCAA6cQgAhnEIAJBxCADbcQgA53EIADByCABDcggAhXIIAJRyCADacggA5nIIAC9zCAAwcwgAhHMIAI5zCADZcwgA53MIAC50CAAzdAgAg3QIAJB0CABEVREA4XQIAC11CAA3dQgAgnUIAIR1CADXdQgA4XUIACx2CAA4dggAgXYIAIl2CABDVhEA13YIACt3CAA3dwgAgHcIAIZ3CADVdwgA13cIACp4CAA0eAgAf3gIAI14CADUeAgA2XgIACl5CAA2eQgAfnkIAIZ5CADTeQgA3XkIACh6CAA2eggAfXoIAJN6CADSeggA3noIACd7CAAuewgAfHsIAIR7CADRewgA1nsIACZ8CAAvfAgAe3wIAIV8CADQfAgA5XwIACV9CAAufQgAen0IAId9CADPfQgA0X0IACR+CAA9fggAeX4IAIp+CADOfggA2n4IACN/CAArfwgAmFYRAH1/CADNfwgA1X8IACKACAA4gAgAd4AIAHyACADMgAgA04AIACGBCAAvgQgAdoEIAIaBCADLgQgA34EIACCCCAAogggAdYIIAISCCADKgggAz4IIAB+DCAAogwgAdIMIAIGDCADJgwgA04MIAB6ECAAqhAgAc4QIAHmECADtVhEA1oQIAB2FCAAzhQgAcoUIAH6FCADHhQgAzIUIAByGCAAlhggAcYYIAHuGCADGhggAzoYIABuHCAAfhwgAcIcIAHKHCADFhwgA04cIABqICAAkiAgAb4gIAH2ICADEiAgA0YgIABmJCAAwiQgAbokIAHaJCADDiQgA04kIABiKCAAdiggAbYoIAHOKCADCiggAyooIABeLCAAyiwgAbIsIAG6LCADBiwgA0osIABaMCAAfjAgAa4wIAHeMCABCVxEAxYwIABWNCAAYjQgAao0IAHSNCAC/jQgAwY0IABSOCAAvjggAaY4IAGuOCAC+jggAzI4IABOPCAAkjwgAaI8IAGqPCAC9jwgA1o8IABKQCAAjkAgAZ5AIAHOQCACXVxEA2ZAIABGRCAAikQgAZpEIAIKRCAC7kQgAw5EIAOxXEQAVkggAZZIIAG2SCAC6kggAxZIIAA+TCAAUkwgAZJMIAGeTCAC5kwgAw5MIAA6UCAARlAgAY5QIAGuUCAC4lAgAupQIAA2VCAAolQgAYpUIAGSVCAC3lQgAxZUIAAyWCAAdlggAYZYIAGOWCAC2lggAz5YIAAuXCAAclwgAYJcIAGyXCAC1lwgAvZcIAEFYEQAXmAgAX5gIAGeYCAC0mAgAvpgIAAmZCAAUmQgAXpkIAGqZCACzmQgAu5kIAJZYEQANmggAXZoIAGKaCACymggAw5oIAOtYEQAUmwgAXJsIAF6bCACxmwgAypsIAAacCAAXnAgAW5wIAGecCACwnAgAuJwIAEBZEQAKnQgAWp0IAGKdCACvnQgAvp0IAASeCAAKnggAWZ4IAGWeCACunggAsJ4IAAOfCAANnwgAWJ8IAGSfCACtnwgAtZ8IAJVZEQAOoAgAV6AIAFqgCACsoAgAr6AIAAGhCAAPoQgAVqEIAFuhCACroQgAuKEIAOpZEQARoggAVaIIAF2iCACqoggAYqIIAParCAC1oggA/6IIAASjCABUowgAV6MIAKmjCACzowgA/qMIACGkCABTpAgAVqQIAKikCADMpAgA/aQIAAWlCAA/WhEAWKUIAKelCAC1pQgA/KUIAAimCABRpggAWKYIAKamCACupggA+6YIAAunCABQpwgAVacIAKWnCACrpwgA+qcIAAKoCABPqAgAbKgIAKSoCACtqAgA+agIAAWpCABOqQgAVKkIAKOpCAC3qQgA+KkIAACqCABNqggAXaoIAKKqCACkqggA96oIAAWrCABMqwgAXasIAJRaEQCoqwgA6VoRAPurCABLrAgAUqwIAKCsCACsrAgA9awIAPisCABKrQgAWq0IAJ+tCAChrQgA9K0IAAKuCABJrggAWq4IAD5bEQClrggAk1sRAAavCABIrwgAV68IAJ2vCACprwgA8q8IAPOvCABHsAgAUbAIAJywCACqsAgA8bAIAPawCABGsQgAU7EIAOhbEQCgsQgA8LEIAPmxCABFsggAVrIIAJqyCAChsggA77IIAPeyCABEswgAUbMIAJmzCACeswgA7rMIAPizCABDtAgAS7QIAJi0CACetAgA7bQIAPm0CABCtQgARLUIAJe1CACmtQgA7LUIAPe1CABBtggASbYIAJa2CACYtggA67YIAPi2CABAtwgAVLcIAJW3CACdtwgA6rcIAPm3CAA/uAgARLgIAJS4CAChuAgA6bgIAPO4CAA+uQgAQLkIAJO5CACiuQgA6LkIAPK5CAA9uggARboIAJK6CACTuggA57oIAOy6CAA8uwgASrsIAJG7CACeuwgA5rsIAPC7CADnXBEAPrwIAJC8CACcvAgA1ssIAKy8CADlvAgA7bwIADxdEQA/vQgAj70IAJe9CADkvQgA570IADm+CABFvggAjr4IAJS+CADjvggA/r4IADi/CABEvwgAjb8IAJO/CADivwgA5b8IADfACAA/wAgAjMAIAI7ACADhwAgA/MAIADbBCAA4wQgAi8EIAJnBCADgwQgA8cEIADXCCAA3wggAisIIAKPCCADfwggA8MIIADTDCABAwwgAicMIAJHDCACRXREA48MIADPECAA5xAgAiMQIAJDECADdxAgA7MQIADLFCAA3xQgAh8UIAJTFCADcxQgA6cUIADHGCAA9xggAhsYIAJXGCADbxggA5cYIADDHCAA+xwgAhccIAIrHCADaxwgA58cIAOZdEQA7yAgAhMgIAIrICADZyAgA9MgIAC7JCAA6yQgAg8kIAInJCADYyQgA28kIAC3KCAA5yggAgsoIAIjKCADXyggA3coIACzLCAAxywgAgcsIAIfLCAA7XhEA3MsIACvMCAAxzAgAgMwIAIXMCADVzAgA28wIAJBeEQAvzQgAf80IAIzNCADUzQgA4c0IACnOCAA1zggAfs4IAI3OCADTzggA3c4IACjPCAA2zwgAfc8IAILPCADSzwgA388IACfQCAA/0AgAfNAIAILQCADR0AgA3dAIACbRCAA20QgAe9EIAITRCADQ0QgA09EIACXSCAAx0ggAetIIAIHSCACPXxEA0dIIACTTCAAu0wgAedMIAHzTCADO0wgA1tMIACPUCAAm1AgAeNQIAITUCADN1AgA09QIACLVCAA91QgAd9UIAIPVCADM1QgA0tUIAORfEQBB1ggAdtYIAIHWCADL1ggA0NYIACDXCAAp1wgAddcIAHjXCADK1wgA1tcIAB/YCAAr2AgAv+IIADfYCAB02AgAe9gIAMnYCADP2AgAHtkIACzZCABz2QgAjtkIAMjZCADU2QgAHdoIACPaCABy2ggAjNoIAMfaCADT2ggAHNsIACLbCABx2wgAd9sIAMbbCADL2wgAG9wIACHcCAA5YBEAfdwIAMXcCADR3AgAGt0IACTdCABv3QgAc90IAMTdCADJ3QgAGd4IAB/eCABu3ggAjt4IAMPeCADP3ggAGN8IAB7fCABt3wgAc98IAMLfCADH3wgAF+AIAB3gCADjYBEAceAIAMHgCADI4AgAFuEIACLhCABr4QgAh+EIAMDhCADI4QgA4mERAD7iCABq4ggAkOIIADdiEQDS4ggAFOMIACPjCABp4wgAdeMIAL7jCAC/4wgAE+QIAB3kCABo5AgAduQIAL3kCADC5AgAEuUIAB/lCACMYhEAb+UIAItjEQDB5QgAEeYIAB7mCABm5ggAc+YIALvmCADH5ggAEOcIAB/nCABl5wgAb+cIALrnCADI5wgAD+gIABToCABk6AgAcegIALnoCADB6AgA4GMRABrpCABj6QgAc+kIALjpCADB6QgADeoIABDqCABi6ggAbuoIALfqCAC+6ggANWQRABfrCABh6wgAbesIALbrCAC+6wgAimQRABjsCABg7AgAZ+wIALXsCAC27AgACu0IAA/tCABf7QgAbe0IALTtCADB7QgACe4IABPuCABe7ggAZu4IALPuCAC87ggACO8IAA7vCABd7wgAbu8IALLvCADO7wgAB/AIAA/wCADfZBEAZ/AIALHwCAC78AgABvEIABDxCABb8QgAXPEIADRlEQC18QgABfIIABLyCABa8ggAZ/IIAK/yCAC78ggABPMIABPzCABZ8wgAY/MIAK7zCAC28wgAA/QIAA30CABY9AgAXfQIAK30CAC19AgAiWURAA31CABX9QgAY/UIAKz1CAC09QgA3mURAAb2CABW9ggAZfYIAKv2CADL9ggAAPcIAAz3CABV9wgAW/cIAKr3CACy9wgA//cIAAb4CABU+AgAVvgIAKn4CAC1+AgA/vgIABT5CABT+QgAWPkIAKj5CAC1+QgAM2YRAAL6CABS+ggAYfoIAKf6CADH+ggA/PoIAAj7CABR+wgAV/sIAKb7CACu+wgA+/sIAAL8CABQ/AgAUvwIAKX8CACx/AgA+vwIABD9CABP/QgAVP0IAKT9CACx/QgA+f0IAAH+CABO/ggAVP4IAKP+CACs/ggA+P4IAAX/CABN/wgAWv8IAKL/CACw/wgA9/8IAAQACQBMAAkAYwAJAKEACQDRAAkAiGYRAPwACQBLAQkAAwEJADIUDwBhAQkAoAEJAK4BCQD1AQkA+AEJAEoCCQBNAgkAnwIJAK0CCQD0AgkA+QIJAEkDCQBWAwkAngMJAKYDCQDzAwkA+gMJAEgECQBUBAkAnQQJAKoECQDyBAkAAAUJAEcFCQBTBQkAnAUJAKMFCQDxBQkA+QUJAEYGCQBKBgkAmwYJAKYGCQDwBgkA/gYJAEUHCQBWBwkAmgcJAKYHCQDvBwkA9wcJAN1mEQBKCAkAmQgJAK0ICQDuCAkA/AgJAEMJCQBQCQkAmAkJAK8JCQDtCQkA9QkJAEIKCQBMCgkAlwoJAJwKCQDsCgkA9AoJAEELCQBQCwkAlgsJAJsLCQDrCwkA+AsJAEAMCQBNDAkAlQwJAKEMCQDqDAkA+QwJAD8NCQBJDQkAlA0JAJwNCQDpDQkA8w0JAD4OCQBDDgkAkw4JAJsOCQAyZxEA8w4JAD0PCQBJDwkAkg8JAJoPCQCHZxEA7A8JADwQCQBLEAkAkRAJALEQCQDmEAkA8hAJADsRCQBBEQkAkBEJAJgRCQDlEQkA7BEJADoSCQA8EgkAjxIJAJsSCQDkEgkA+hIJADkTCQA+EwkAjhMJAJsTCQDcZxEA7BMJADgUCQA+FAkAjRQJAJsUCQDiFAkA7xQJADcVCQBOFQkAjBUJAJQVCQDhFQkA8BUJADYWCQA7FgkAixYJAJgWCQDgFgkA7RYJADUXCQBBFwkAihcJAJkXCQDfFwkA6RcJADQYCQBQGAkAiRgJAJEYCQAxaBEA6xgJAEKwDQDtGAkAMxkJAD0ZCQAgJw4AUxkJAIgZCQCUGQkA3RkJAOMZCQAyGgkAOhoJAJpcCQA+GgkAhxoJAEwaCQCwRgkAmhoJANwaCQDrGgkAMRsJAD0bCQCGGwkAhxsJANsbCQDlGwkAMBwJAD4cCQCFHAkAihwJANocCQDnHAkAhmgRADUdCQCEHQkAih0JANkdCQDeHQkALh4JADQeCQCFaREAjh4JANgeCQDmHgkALR8JAD4fCQCCHwkAjh8JANcfCQDfHwkAL2oRADggCQCBIAkAiyAJANYgCQDlIAkAKyEJADYhCQCAIQkAjiEJANUhCQDiIQkAKiIJAEEiCQB/IgkAhyIJANQiCQDXIgkAKSMJADUjCQB+IwkAhCMJANMjCQDuIwkAKCQJADQkCQB9JAkAgyQJANIkCQDaJAkAJyUJACklCQB8JQkAfSUJANElCQDfJQkAJiYJAC4mCQB7JgkAliYJANAmCQDcJgkAJScJACsnCQB6JwkAfScJAM8nCQDdJwkAJCgJACkoCQB5KAkAhigJAM4oCQDqKAkAIykJACspCQCEahEAhSkJACMkDgCJKQkAzSkJAIspCQB0fQ4A2SkJACIqCQAvKgkAdyoJAHwqCQDMKgkA1ioJACErCQAxKwkAdisJAHsrCQDLKwkA1CsJACAsCQAtLAkAdSwJAHwsCQDKLAkA1iwJAB8tCQAlLQkAdC0JAHotCQDJLQkAzi0JAB4uCQAkLgkA2WoRAH8uCQDILgkAzi4JAB0vCQAjLwkAci8JAH8vCQDHLwkAzC8JABwwCQAkMAkAcTAJAKcwCQDGMAkA8TAJABsxCQAjMQkAcDEJAH0xCQDFMQkAyjEJABoyCQAiMgkAbzIJAHIyCQDEMgkAzTIJABkzCQAoMwkAbjMJAHkzCQDDMwkAyzMJABg0CQAoNAkAbTQJAHs0CQDCNAkA0zQJABc1CQAjNQkAbDUJAHQ1CQDYaxEAxzUJABY2CQAeNgkAazYJAHI2CQDANgkAzjYJABU3CQAbNwkAajcJAHY3CQC/NwkAzjcJABQ4CQAeOAkAaTgJAG44CQC+OAkAxDgJABM5CQAnOQkALWwRAHI5CQA/twkAdTkJAL05CQB3OQkA0HsJAMI5CQASOgkAHjoJAGc6CQB0OgkAvDoJAMY6CQCCbBEALDsJAGY7CQBoOwkAuzsJAME7CQAQPAkASDwJAGU8CQBrPAkAujwJAMM8CQAPPQkAHD0JAGQ9CQCcPQkAuT0JAMA9CQAOPgkAEz4JAGM+CQByPgkAuD4JANg+CQANPwkAGT8JAGI/CQBoPwkAtz8JANE/CQAMQAkAD0AJAGFACQBmQAkAtkAJAMVACQALQQkAK0EJACxtEQCAQQkAtUEJAMFBCQAKQgkAFEIJAF9CCQBrQgkAq/UJAGxCCQC0QgkAuUIJAAlDCQATQwkAXkMJAG5DCQCzQwkAuEMJAAhECQARRAkAXUQJAGpECQCyRAkAuUQJAAdFCQATRQkAXEUJAGJFCQCxRQkAt0UJAAZGCQALRgkAW0YJAGFGCQCBbREAs0YJAAVHCQAKRwkAWkcJAGlHCQCvRwkAz0cJACtuEQASSAkAWUgJAGZICQCuSAkAtUgJAANJCQALSQkAWEkJAFpJCQCtSQkAX0kJADYTDABvSQkAINQLALNJCQCl+QsAtUkJAAJKCQAGSgkA+lEJABhKCQAKlQsAHUoJAFdKCQBZSgkArEoJAL1KCQABSwkAD0sJAFZLCQBdSwkAq0sJALNLCQAATAkAB0wJAFVMCQBaTAkAqkwJALlMCQD/TAkAH00JAFRNCQBgTQkAqU0JAK9NCQD+TQkABk4JAFNOCQBfTgkAqE4JALVOCQD9TgkAGE8JAFJPCQBgTwkAp08JAK1PCQD8TwkAAVAJAFFQCQBeUAkAplAJALxQCQD7UAkAB1EJAFBRCQBdUQkApVEJAK9RCQCAbhEA/1EJAE9SCQBVUgkApFIJAMRSCQD5UgkAB1MJAE5TCQBbUwkAo1MJALpTCQD4UwkAAFQJAE1UCQBcVAkAolQJAKdUCQD3VAkABFUJAExVCQBWVQkAoVUJAKNVCQD2VQkABFYJAEtWCQBYVgkAoFYJAKxWCQD1VgkA+1YJAEpXCQBSVwkAn1cJAKVXCQD0VwkA/VcJAElYCQBWWAkAnlgJAKhYCQDzWAkAAVkJAEhZCQBeWQkAnVkJAKlZCQDyWQkA+lkJANVuEQBRWgkAnFoJAKJaCQDxWgkA81oJAEZbCQBQWwkAm1sJAKdbCQDwWwkAB1wJAEVcCQBZXAkAKm8RAKhcCQDvXAkA8lwJAERdCQBMXQkAmV0JAKVdCQDuXQkA/F0JAENeCQBNXgkAmF4JAKNeCQDtXgkA+V4JAEJfCQBIXwkAl18JAJ9fCQDsXwkA+V8JAEFgCQBGYAkAlmAJAKBgCQDrYAkA82AJAEBhCQBGYQkAlWEJAJ5hCQDqYQkA92EJAD9iCQBMYgkAlGIJAKJiCQDpYgkA9mIJAD5jCQBVYwkAk2MJAJtjCQDoYwkA7WMJAD1kCQBDZAkAkmQJAJpkCQDnZAkA/WQJADxlCQBKZQkAkWUJAJRlCQDmZQkA9WUJADtmCQBAZgkAkGYJAJ1mCQDlZgkA9WYJADpnCQBIZwkAj2cJAKZnCQDkZwkA7WcJADloCQA/aAkAjmgJAJpoCQDjaAkA6mgJAH9vEQBEaQkAjWkJAI9pCQDiaQkA7GkJADdqCQBDagkAjGoJAJRqCQDUbxEA5moJADZrCQBFawkAi2sJAKtrCQDgawkA7GsJADVsCQA7bAkAimwJAJJsCQDfbAkA4GwJADRtCQA6bQkAiW0JAI5tCQDebQkA+W0JADNuCQBBbgkAiG4JAI9uCQDdbgkA6W4JADJvCQA4bwkAKXARAIxvCQDcbwkA5m8JADFwCQBCcAkAhnAJAJJwCQDbcAkA3nAJADBxCQAzcQkAhXEJAI1xCQDacQkA4XEJAC9yCQA0cgkAhHIJAJNyCQDZcgkA+XIJAC5zCQA6cwkAg3MJAIlzCQDYcwkA4HMJAC10CQA6dAkAgnQJAId0CQDXdAkA4XQJACx1CQA0dQkAgXUJAJF1CQDWdQkA23UJACt2CQA0dgkAgHYJAI12CQDVdgkA3HYJAH5wEQAvdwkAf3cJAI53CQDUdwkA9HcJACl4CQA1eAkAfngJAIR4CQDTeAkA23gJACh5CQA0eQkAfXkJAIp5CQDSeQkA2XkJACd6CQAoegkAfHoJAIF6CQDRegkA33oJACZ7CQAzewkAe3sJAIV7CQDTcBEA1XsJACV8CQAyfAkAenwJAId8CQDPfAkA1XwJACR9CQAwfQkAeX0JAIl9CQDOfQkA130JACN+CQAmfgkAeH4JAIR+CQDNfgkA1H4JAChxEQAkfwkAd38JACl/CQDqCA0AMn8JAO1aDQCIfwkAzH8JANR/CQAhgAkAK4AJAHaACQCFgAkAy4AJAMyACQAggQkAKIEJANJxEQB9gQkAJ3IRAOiBCQAfggkA7YEJAMOAEQD0gQkAqaIJACeCCQB0ggkAg4IJAMmCCQDOggkAHoMJACuDCQBzgwkAgIMJAMiDCQDUgwkAHYQJACyECQByhAkAfIQJAMeECQDqhAkAHIUJAFKFCQBxhQkAlYUJAMaFCQDOhQkAe3MRACCGCQBwhgkAdoYJAMWGCQDNhgkA0HMRACiHCQBvhwkAiocJAMSHCQDQhwkAGYgJACqICQBuiAkAgogJAMOICQDLiAkAGIkJAB6JCQBtiQkAeYkJAMKJCQDSiQkAF4oJACCKCQBsigkAb4oJAMGKCQDNigkAFosJAB2LCQAldBEAeYsJAMCLCQDKiwkAenQRABqMCQBqjAkAd4wJAL+MCQDMjAkAFI0JACCNCQBpjQkAeI0JAL6NCQDIjQkAE44JACGOCQBojgkAbY4JAL2OCQDKjgkAEo8JABqPCQDPdBEAc48JALyPCQDMjwkAEZAJABqQCQBmkAkAaZAJALuQCQDHkAkAEJEJABeRCQAkdREAdJEJALqRCQC/kQkAD5IJABySCQBkkgkAcZIJALmSCQC/kgkADpMJABqTCQBjkwkAc5MJALiTCQDBkwkADZQJABCUCQBilAkAbpQJALeUCQC+lAkAeXURABGVCQBhlQkAbpUJALaVCQDUlQkAC5YJABeWCQBglgkAc5YJALWWCQDDlgkACpcJAA2XCQBflwkAaZcJALSXCQDClwkACZgJABaYCQBemAkAdZgJALOYCQC7mAkACJkJAA+ZCQBdmQkAYpkJALKZCQDImQkAB5oJAAmaCQBcmgkAapoJALGaCQC+mgkAznURAA6bCQAjdhEAYJsJALCbCQC9mwkABZwJABKcCQBanAkAZpwJAK+cCQC+nAkABJ0JAA6dCQBZnQkAZ50JAK6dCQCznQkAA54JABCeCQBYngkAYJ4JAHh2EQC5ngkAAp8JABKfCQBXnwkAYJ8JAKyfCQCvnwkAAaAJAA2gCQBWoAkAXaAJAM12EQC3oAkAAKEJABChCQBVoQkAFqEJAEQDDgBeoQkAqqEJAK2hCQD/oQkAC6IJAFSiCQBbogkAIncRALKiCQD7pQkAs6IJAP6iCQANowkAU6MJAA+jCQCnpAkAVKMJAKijCQDEowkA/aMJADWkCQBSpAkAiqQJAHd3EQCqpAkA/KQJABilCQBRpQkAiaUJAKalCQDepQkAzHcRAAimCQBQpgkAXqYJAKWmCQC4pgkA+qYJABanCQBPpwkAh6cJAKSnCQDcpwkAIXgRAAqoCQBOqAkAWqgJAKOoCQCrqAkAdngRAP2oCQBNqQkAVakJAKKpCQCxqQkA96kJAPypCQBMqgkAWaoJAKGqCQCuqgkA9qoJAAKrCQBLqwkAWqsJAKCrCQCqqwkA9asJAP2rCQBKrAkAVKwJAJ+sCQCkrAkA9KwJAPysCQDLeBEAWK0JAJ6tCQBarQkA8q4JAJ+tCQDzrQkAD64JAEiuCQCArgkAna4JANWuCQAgeREA9a4JAEevCQBjrwkAnK8JANSvCQDxrwkAKbAJAHV5EQBJsAkAm7AJAKywCQDwsAkADLEJAEWxCQB9sQkAmrEJANKxCQDKeREA/LEJAESyCQBQsgkAmbIJAKiyCQDusgkA+LIJAEOzCQBLswkAIygKAFGzCQCYswkAnbMJAO2zCQD6swkAQrQJAEq0CQCXtAkAnbQJAOy0CQCntAkAMRoKAPi0CQBBtQkAUbUJAJa1CQCftQkA67UJAO61CQBAtgkATLYJAJW2CQCctgkAH3oRAA23CQB0ehEATbcJAJS3CQCqtwkA6bcJAPW3CQA+uAkARbgJAJO4CQCYuAkA6LgJAPG4CQA9uQkAR7kJAMl6EQCXuQkAI9AMAJy5CQDnuQkAnrkJADVpDADxuQkAPLoJAD26CQCRugkAoLoJAOa6CQDrugkAO7sJAEi7CQCQuwkAnbsJAOW7CQDxuwkAOrwJAEm8CQCPvAkAmbwJAOS8CQDyvAkAOb0JAD69CQCOvQkAm70JAOO9CQDkvQkAOL4JAD2+CQCNvgkAkr4JAOK+CQDzvgkAN78JAFq/CQCMvwkAl78JAOG/CQDmvwkANsAJADnACQCLwAkAlcAJAODACQAIwQkANcEJAFTBCQBzexEAlsEJAN/BCQDhwQkANMIJAEPCCQCJwgkAlMIJAN7CCQDmwgkAM8MJADrDCQCIwwkAisMJAN3DCQDnwwkAMsQJADTECQCHxAkAoMQJANzECQDexAkAMcUJADTFCQCGxQkAksUJANvFCQDjxQkAyHsRADzGCQCFxgkAi8YJANrGCQD1xgkAL8cJADvHCQCExwkAiscJANnHCQDhxwkALsgJADDICQCDyAkAjcgJANjICQDgyAkAHXwRAD7JCQCCyQkAickJANfJCQDfyQkALMoJADnKCQCBygkAhsoJANbKCQDgygkAK8sJADPLCQCAywkAj8sJANXLCQDaywkAKswJADfMCQB/zAkAjMwJANTMCQDgzAkAKc0JADjNCQB+zQkAiM0JANPNCQDbzQkAKM4JADLOCQB9zgkAgs4JANLOCQDazgkAcnwRADPPCQB8zwkAjM8JANHPCQDazwkAJtAJACnQCQB70AkAh9AJANDQCQDX0AkAx3wRACvRCQB60QkAgNEJAM/RCQDU0QkAJNIJACrSCQAcfREAf9IJAM7SCQDU0gkAI9MJACjTCQCJvQ4AMNMJAHjTCQB90wkAzdMJANXTCQAi1AkAS9QJAHfUCQBW1AkAxdsJAKDUCQDM1AkA9dQJACHVCQBM1QkAdtUJAH7VCQDL1QkA2tUJACDWCQAl1gkAddYJAILWCQDK1gkA19YJAB/XCQAr1wkAdNcJAIPXCQDJ1wkA09cJAB7YCQAs2AkAc9gJAHjYCQDI2AkA1dgJAB3ZCQAl2QkActkJAHjZCQDH2QkA09kJABzaCQAs2gkAcdoJAHraCQDG2gkAydoJABvbCQAn2wkAcNsJAHfbCQBxfREA7tsJABrcCQBF3AkAb9wJAHfcCQDE3AkA09wJABndCQAe3QkAbt0JAHvdCQDD3QkA0N0JABjeCQAk3gkAbd4JAHzeCQDC3gkAzN4JABffCQAl3wkAbN8JAHHfCQDB3wkAzt8JABbgCQAe4AkAa+AJAHHgCQDA4AkAzOAJABXhCQAl4QkAauEJAHPhCQC/4QkAwuEJABTiCQAg4gkAaeIJAHDiCQDGfREAwOIJACTNDgDM4gkAE+MJACDjCQBo4wkAdOMJAL3jCQDD4wkAEuQJABjkCQBn5AkAbOQJALzkCQDC5AkAG34RADflCQBm5QkAjOUJALvlCQDv5QkAEOYJADnmCQBl5gkAkOYJAMV+EQDG5gkAD+cJAMjmCQDdFwsAGecJAGTnCQB+5wkAuecJALznCQAZMgoAyOcJAA7oCQAT6AkAY+gJAHDoCQC46AkAxegJAA3pCQAZ6QkAYukJAHHpCQC36QkAwekJAAzqCQAY6gkAYeoJAHTqCQC26gkAxeoJAAvrCQAX6wkAYOsJAGHrCQC16wkAv+sJAArsCQAY7AkAX+wJAGTsCQC07AkAwewJABp/EQAO7QkAXu0JAGvtCQCz7QkAwO0JAAjuCQAU7gkAXe4JAGzuCQCy7gkAvO4JAAfvCQAV7wkAXO8JAGHvCQCx7wkAvu8JAAbwCQAO8AkAGYARAGfwCQCw8AkAwPAJAAXxCQAO8QkAWvEJAF3xCQCv8QkAu/EJAATyCQAL8gkAboARAFzyCQCu8gkAtvIJAAPzCQAP8wkAWPMJAF7zCQCt8wkAs/MJAAL0CQAH9AkAV/QJAF30CQAYgREA1fQJAAH1CQAq9QkAVvUJAHr1CQDCgREAsfUJAHAvCwC+9QkAAPYJAA/2CQBV9gkAYfYJAKr2CQCr9gkA//YJAAn3CQBU9wkAYvcJAKn3CQCu9wkA/vcJAAv4CQAXghEAdvgJAGyCEQDR+AkA/fgJACb5CQBS+QkAdvkJAMGCEQC1+QkA/PkJAAH6CQBR+gkAXvoJAKb6CQCu+gkA+/oJAAH7CQBQ+wkAXPsJAKX7CQC1+wkA+vsJAAP8CQBP/AkAUvwJAKT8CQDf/AkA+fwJAAX9CQAWgxEAVP0JAKP9CQC8/QkA+P0JAAb+CQBN/gkAWv4JAKL+CQCp/gkA9/4JAAD/CQBM/wkAWf8JAKH/CQC4/wkA9v8JAPn/CQBLAAoATQAKAKAACgCpAAoA9QAKAAUBCgBKAQoAYwEKAJ8BCgChAQoA9AEKAP0BCgBJAgoAUQIKAJ4CCgCgAgoA8wIKAAwDCgBIAwoAXwMKAJ0DCgCpAwoA8gMKAAMECgBHBAoAUwQKAJwECgCnBAoA8QQKAP4ECgBGBQoAUAUKAGuDEQCuBQoA8AUKAP4FCgBFBgoALQYKAJIOCgCBBgoAmgYKAKcGCgDvBgoA9wYKAEQHCgBKBwoAmQcKAKUHCgDuBwoA+QcKAEMICgBMCAoAmAgKAJsICgDtCAoA7wgKAEIJCgBJCQoAlwkKAJkJCgDAgxEA7wkKAEEKCgBPCgoAlgoKAJsKCgDrCgoA+AoKAEALCgBMCwoAlQsKAJ0LCgAVhBEA+AsKAD8MCgBPDAoAlAwKAKIMCgDpDAoA8gwKAD4NCgBIDQoAkw0KAJUNCgDoDQoA8g0KAD0OCgA/DgoAaoQRAJcOCgDnDgoA7w4KADwPCgBCDwoAkQ8KAJ0PCgDmDwoA9Q8KADsQCgBEEAoAkBAKAJMQCgDlEAoA5xAKADoRCgBBEQoAjxEKAJERCgC/hBEA6REKADkSCgBVEgoAjhIKAKoSCgAUhREA8BIKAFJNCwDyEgoAOBMKAD0TCgCNEwoAmhMKAOITCgDvEwoANxQKAD0UCgCMFAoAmBQKAOEUCgDxFAoANhUKAD8VCgCLFQoAjhUKAOAVCgDsFQoANRYKADwWCgBphREAmRYKAN8WCgDkFgoANBcKAEEXCgCJFwoAlhcKAN4XCgDkFwoAMxgKAD8YCgCIGAoAmBgKAN0YCgDmGAoAMhkKADUZCgCHGQoAkxkKANwZCgDjGQoAvoURADMaCgCGGgoAlBoKANsaCgDsGgoAE4YRADcbCgBohhEAjRsKAL2GEQDfGwoALxwKADwcCgCEHAoAkRwKANkcCgDlHAoALh0KAD0dCgCDHQoAjR0KANgdCgDmHQoALR4KADIeCgCCHgoAjx4KANceCgDfHgoAEocRADgfCgCBHwoAkR8KANYfCgDfHwoAKyAKAC4gCgCAIAoAjCAKANUgCgDcIAoAZ4cRACwhCgB/IQoAjSEKANQhCgDlIQoAvIcRADAiCgARiBEAhiIKAGaIEQDYIgoAKCMKADUjCgB9IwoAiiMKANIjCgDeIwoAJyQKADYkCgB8JAoAhiQKANEkCgDfJAoAJiUKACslCgB7JQoAiCUKANAlCgDYJQoAu4gRADEmCgB6JgoAiiYKAM8mCgDYJgoAJCcKACcnCgB5JwoAhScKAM4nCgDVJwoAEIkRAC0oCgB4KAoAhigKAM0oCgDjKAoAIikKAC4pCgB3KQoAfikKAMwpCgDUKQoAISoKACYqCgB2KgoAfyoKAMsqCgDVKgoAZYkRADYrCgB1KwoAgSsKAMorCgDRKwoAHywKACcsCgB0LAoAeSwKAMksCgDSLAoAHi0KACgtCgC6iREAeC0KAB7VDAB/LQoAJXsKAIItCgDILQoAnS0KAEFXEgDNLQoAHS4KACouCgByLgoAfy4KAMcuCgDTLgoAHC8KACsvCgBxLwoAey8KAMYvCgDULwoAGzAKACgwCgBwMAoAhzAKAMUwCgDNMAoAGjEKACQxCgBvMQoAdDEKAMQxCgDMMQoAD4oRAB4yCgBuMgoAfTIKAMMyCgDjMgoAGDMKACQzCgBtMwoAdzMKAMIzCgDMMwoAFzQKACU0CgBsNAoAgjQKAME0CgDNNAoAFjUKABs1CgBrNQoAdDUKAMA1CgDKNQoAFTYKACE2CgBqNgoAfTYKAL82CgDONgoAFDcKACA3CgBpNwoAajcKAL43CgDINwoAEzgKACE4CgBoOAoAbTgKAL04CgDKOAoAuYoRACA5CgBnOQoAfTkKALw5CgDIOQoAEToKABg6CgBmOgoAbjoKALs6CgDAOgoAEDsKABk7CgBlOwoAbzsKALiLEQC/OwoADzwKABc8CgBkPAoAZzwKALk8CgDCPAoADj0KAB09CgBjPQoAbj0KALg9CgDAPQoADT4KAB0+CgBiPgoAcD4KALc+CgDIPgoADD8KABg/CgBhPwoAaT8KAA2MEQC8PwoAC0AKABNACgBgQAoAZ0AKALVACgDDQAoACkEKABBBCgBfQQoAa0EKALRBCgDDQQoACUIKABNCCgBeQgoAY0IKALNCCgC5QgoACEMKABxDCgBijBEAbkMKALJDCgC+QwoAB0QKAA1ECgBcRAoAYkQKALFECgC2RAoABkUKAAxFCgC3jBEAYEUKALBFCgDBRQoABUYKAA1GCgBaRgoAEUYKAJNiCgATRgoAi2UPAGRGCgCvRgoAvUYKAARHCgAaRwoAWUcKAGVHCgCuRwoAtUcKAANICgALSAoAWEgKAF1ICgCtSAoAtkgKAAJJCgAMSQoAV0kKAF9JCgCsSQoAsEkKAAFKCgAMSgoAVkoKAGRKCgCrSgoAvEoKAABLCgAMSwoAVUsKAF1LCgAMjREArEsKAP9LCgANTAoAVEwKAF5MCgCpTAoAt0wKAP5MCgALTQoAU00KAGpNCgCoTQoAsE0KAP1NCgANTgoAUk4KAFdOCgCnTgoArU4KAPxOCgAETwoAUU8KAFNPCgCmTwoAs08KAPtPCgADUAoAUFAKAFVQCgClUAoAplAKAPpQCgAGUQoAT1EKAFxRCgCkUQoArFEKAPlRCgAIUgoATlIKAFNSCgCjUgoAsFIKAPhSCgAFUwoATVMKAFlTCgCiUwoAsVMKAPdTCgABVAoATFQKAFpUCgChVAoAplQKAPZUCgADVQoAYY0RAE5VCgCgVQoAqFUKAPVVCgACVgoASlYKAE9WCgCfVgoAqVYKAPRWCgD8VgoASVcKAEtXCgCeVwoAuVcKAPNXCgD1VwoASFgKAFZYCgCdWAoArlgKAPJYCgD0WAoAR1kKAGBZCgCcWQoArVkKAPFZCgD9WQoAto0RAE5aCgCbWgoAoVoKAPBaCgD8WgoARVsKAGJbCgCaWwoAo1sKAO9bCgD7WwoARFwKAEdcCgCZXAoAo1wKAO5cCgD2XAoAQ10KAE1dCgCYXQoApl0KAO1dCgADXgoAQl4KAE5eCgCXXgoAnl4KAOxeCgD0XgoAQV8KAEZfCgCWXwoAn18KAOtfCgD1XwoAQGAKAEhgCgCVYAoAl2AKAOpgCgD6YAoAP2EKAElhCgCUYQoAoGEKAOlhCgDvYQoAPmIKAEZiCgALjhEAmWIKAOhiCgDuYgoAPWMKAEJjCgCSYwoAmGMKAGCOEQD1YwoAPGQKAFJkCgCRZAoAnWQKAOZkCgDrZAoAO2UKAERlCgCQZQoAmmUKAOVlCgAIZgoAOmYKAD5mCgCPZgoASWYKAONnCgCRZgoA5GYKAPJmCgA5ZwoAQ2cKAI5nCgCyZwoAX48RAOlnCgA4aAoARGgKAI1oCgCPaAoA4mgKAOxoCgA3aQoAQ2kKAIxpCgCwaQoAtI8RAOVpCgA2agoA8GkKAIprCgA4agoAi2oKAJlqCgDgagoA6moKADVrCgBZawoACZARAJBrCgDfawoA62sKADRsCgA2bAoAiWwKAJNsCgDebAoA6mwKADNtCgBXbQoAXpARAKVtCgDdbQoA5m0KADJuCgBAbgoAh24KAI1uCgDcbgoA6G4KADFvCgA5bwoAs5ARAI1vCgDbbwoA9G8KADBwCgA/cAoAhXAKAI1wCgDacAoA6XAKAC9xCgA0cQoAhHEKAJFxCgDZcQoA5nEKAC5yCgA6cgoAg3IKAJJyCgDYcgoA4nIKAC1zCgA7cwoAgnMKAIdzCgDXcwoA5HMKAAiREQAtdAoArvEKAEV0CgCBdAoAi3QKANZ0CgDYdAoAK3UKADl1CgCAdQoAjXUKANV1CgDddQoAKnYKAFZ2CgB/dgoAhnYKANR2CgDtdgoAKXcKADh3CgB+dwoAhncKANN3CgDidwoAKHgKAC14CgB9eAoAingKANJ4CgDfeAoAJ3kKADN5CgB8eQoAi3kKANF5CgDbeQoAJnoKADR6CgB7egoAgHoKANB6CgDdegoAXZERADh7CgB6ewoAiXsKAM97CgDbewoAJHwKADB8CgB5fAoAgHwKAM58CgDafAoAI30KACp9CgB4fQoAgH0KAM19CgDRfQoAIn4KAC1+CgB3fgoAg34KAMx+CgDZfgoAIX8KACl/CgB2fwoAgH8KAMt/CgDRfwoAIIAKADSACgB1gAoAg4AKAMqACgDXgAoAH4EKADaBCgB0gQoAfIEKAMmBCgDTgQoAHoIKACOCCgBzggoAe4IKAMiCCgDXggoAHYMKACKDCgBygwoAf4MKAMeDCgDUgwoAHIQKACiECgBxhAoAgIQKAMaECgDQhAoAspERACOFCgBwhQoAf4UKAMWFCgDKhQoAGoYKACOGCgBvhgoAgIYKAMSGCgDLhgoAGYcKACGHCgBuhwoAe4cKAMOHCgDIhwoAGIgKACKICgBtiAoAdYgKAMKICgDbiAoAF4kKACOJCgBsiQoAdIkKAAeSEQDQiQoAFooKADOKCgBrigoAdIoKAMCKCgDOigoAFYsKABuLCgBqiwoAdosKAL+LCgDGiwoAFIwKAByMCgBpjAoAeYwKAL6MCgDEjAoAE40KABiNCgBojQoAfo0KAL2NCgDFjQoAEo4KAByOCgBnjgoAco4KALyOCgDIjgoAEY8KABmPCgBckhEAc48KALuPCgDCjwoAEJAKAByQCgBlkAoAa5AKALqQCgDLkAoAD5EKACORCgBkkQoAcpEKALmRCgDGkQoADpIKACWSCgBjkgoAa5IKALiSCgC/kgoADZMKAA+TCgBikwoAbJMKALeTCgC5kwoADJQKACWUCgBhlAoAY5QKALaUCgC5lAoAC5UKABeVCgBglQoAjpUKALGSEQDElQoACpYKACeWCgBflgoAaJYKALSWCgDClgoACZcKAA+XCgBelwoAapcKALOXCgC7lwoABpMRABCYCgBdmAoAY5gKALKYCgC+mAoAB5kKAAqZCgBcmQoAYZkKALGZCgC6mQoABpoKAAyaCgBbmgoAapoKALCaCgC8mgoABZsKAA2bCgBbkxEAYJsKAK+bCgC0mwoABJwKABqcCgBZnAoAYZwKAK6cCgC8nAoAA50KAA2dCgBYnQoAW50KAK2dCgC1nQoAAp4KAAOeCgBXngoAXZ4KAKyeCgC6ngoAAZ8KABefCgBWnwoAWJ8KAKufCgCxnwoAAKAKABSgCgBVoAoAXaAKAKqgCgC6oAoA/6AKAAGhCgBUoQoAY6EKAKmhCgCzoQoA/qEKAAOiCgBTogoAWaIKAKiiCgC8ogoA/aIKAAWjCgBSowoAV6MKAKejCgCtowoA/KMKAASkCgBRpAoAVKQKAKakCgCrpAoA+6QKAASlCgBQpQoAVqUKAKWlCgC0pQoA+qUKAAamCgCwkxEAW6YKAKSmCgC3pgoA+aYKABWnCgBOpwoAVqcKAAWUEQCxpwoA+KcKAA6oCgBNqAoAWagKAKKoCgCnqAoA96gKAACpCgBMqQoAVqkKAKGpCgCpqQoA9qkKAPipCgBLqgoAWqoKAKCqCgC9qgoA9aoKAP6qCgBKqwoAWKsKAJ+rCgClqwoA9KsKAAKsCgBJrAoAVqwKAJ6sCgC1rAoA86wKAPusCgBIrQoASq0KAJ2tCgClrQoA8q0KAAGuCgBHrgoATK4KAJyuCgCprgoA8a4KAP6uCgBGrwoAUq8KAJuvCgCqrwoA8K8KAPqvCgBFsAoAU7AKAJqwCgCfsAoA77AKAPywCgBalBEATrEKAJmxCgCbsQoA7rEKAPWxCgBDsgoASrIKAJiyCgCesgoA7bIKAPuyCgBCswoAT7MKAJezCgCnswoA7LMKAPGzCgBBtAoASbQKAJa0CgBdtAoAJiQLAKK0CgDrtAoA7bQKAOi3CgD4tAoAQLUKAEW1CgCVtQoAn7UKAOq1CgD6tQoAP7YKAES2CgCUtgoAnbYKAOm2CgD2tgoAPrcKAEW3CgCTtwoAm7cKAK+UEQD2twoAPbgKAFW4CgCSuAoAlLgKAOe4CgD+uAoAPLkKAD65CgCRuQoAn7kKAOa5CgDzuQoAO7oKAEO6CgAElREAlroKAOW6CgDnugoAOrsKAEe7CgCPuwoAkrsKAOS7CgD1uwoAObwKADu8CgCOvAoAmLwKAOO8CgDvvAoAOL0KAEC9CgBZlREAkr0KAOK9CgDlvQoAN74KAEG+CgCMvgoAlL4KAOG+CgDuvgoANr8KADi/CgCLvwoAob8KAOC/CgDsvwoANcAKAD3ACgCulREAjcAKAN/ACgChwAoAyikMAOjACgA0wQoAQsEKALTrCgBDwQoAicEKAJTBCgDewQoA5sEKADPCCgA+wgoAiMIKAI3CCgDdwgoA4MIKADLDCgA8wwoAWJYRAI3DCgDcwwoAkcMKAC1vDgD3wwoAMcQKAD3ECgCGxAoAjMQKANvECgDjxAoAMMUKAEbFCgCFxQoAk8UKANrFCgDdxQoAL8YKAEjGCgCExgoAkMYKANnGCgDkxgoALscKADDHCgCDxwoAnscKANjHCgDmxwoALcgKADrICgCCyAoAmcgKAK2WEQDZyAoAgHEOAO3ICgAsyQoALckKAIHJCgCGyQoA1skKANzJCgArygoALcoKAIDKCgCGygoA1coKAOnKCgAqywoAMssKAH/LCgCPywoA1MsKANbLCgApzAoAN8wKAH7MCgCPzAoAApcRANnMCgAozQoANM0KAFeXEQB/zQoA0s0KAOPNCgAnzgoAL84KAHzOCgCFzgoA0c4KANjOCgAmzwoAJ88KAKyXEQCHzwoA0M8KANLPCgAl0AoALNAKAHrQCgCC0AoAz9AKANjQCgAk0QoAK9EKAHnRCgB60QoAAZgRANPRCgAj0goAK9IKAHjSCgCC0goAzdIKANvSCgAi0woAONMKAHfTCgCD0woAzNMKANHTCgAh1AoAKtQKAHbUCgCA1AoAVpgRAMzUCgAg1QoAKNUKAOQPDAA41QoAddUKAILVCgDK1QoA1tUKAB/WCgAp1goAdNYKAHjWCgDJ1goAztYKAB7XCgAk1woAc9cKAJPXCgDI1woA4NcKAB3YCgA02AoActgKAH7YCgDH2AoA0dgKABzZCgAe2QoAcdkKAHjZCgDG2QoAzdkKABvaCgAh2goAcNoKAHzaCgDF2goAyNoKABrbCgAd2woAb9sKAHvbCgDE2woAx9sKABncCgA13AoAbtwKAHbcCgCrmBEAz9wKABjdCgAi3QoAbd0KAG/dCgDC3QoAyd0KABfeCgAe3goAbN4KAHLeCgDB3goAz94KABbfCgAj3woAa98KAHvfCgDA3woAxd8KABXgCgAd4AoAauAKAHrgCgC/4AoAxOAKABThCgAa4QoAaeEKAHHhCgAAmREAxOEKABPiCgAb4goAaOIKAGviCgC94goAyeIKABLjCgAY4woAZ+MKAILjCgC84woAyuMKABHkCgAg5AoAZuQKAHLkCgC75AoAw+QKAKqZEQAV5QoAZeUKAG/lCgC65QoAwuUKAA/mCgAv5goAZOYKAHHmCgC55goAvuYKAA7nCgAS5woAY+cKAHDnCgD/mREAvecKAA3oCgAQ6AoAYugKAGzoCgC36AoAw+gKAAzpCgAf6QoAYekKAHDpCgC26QoAwukKAAvqCgAM6goAYOoKAGrqCgC16goAw+oKAArrCgAP6woAX+sKAGzrCgBUmhEAvusKAAnsCgAL7AoAXuwKAHfsCgCz7AoAxOwKAAjtCgAU7QoAXe0KAGXtCgBTmxEAue0KAAfuCgAO7goAXO4KAGLuCgCx7goAve4KAAbvCgAJ7woAW+8KAF7vCgCw7woAuO8KAAXwCgAV8AoAWvAKAF/wCgCv8AoAuPAKAATxCgAR8QoAWfEKAGDxCgComxEAuvEKAAPyCgAQ8goAWPIKAGDyCgCt8goAt/IKAALzCgAR8woAV/MKAFjzCgCs8woAtPMKAAH0CgAQ9AoAVvQKAFv0CgCr9AoAuPQKAAD1CgAN9QoAVfUKAGH1CgCq9QoAufUKAP/1CgAJ9goAVPYKAGL2CgCp9goArvYKAP72CgAL9woAU/cKAFv3CgCo9woAsvcKAP33CgAC+AoAUvgKAFr4CgD9mxEAtfgKAPz4CgAI+QoAUfkKAFf5CgCm+QoArPkKAPv5CgAA+goAUPoKAFb6CgBSnBEAsfoKAPr6CgAA+woAT/sKAFX7CgCk+woAsfsKAPn7CgD++woATvwKAFb8CgCj/AoAwfwKAFGdEQD6/AoAiL8NAPv8CgDD2gwA/vwKAIVuDAAO/QoATf0KAE79CgCi/QoAp/0KAPf9CgD9/QoATP4KAE7+CgCh/goAp/4KAPb+CgAK/woAS/8KAFP/CgCg/woAsP8KAPX/CgD3/woASgALAFgACwCfAAsAsAALAKadEQD6AAsASQELAFUBCwD7nREAqwELAPMBCwD7AQsASAILAFUCCwCdAgsAnwILAPICCwAIAwsARwMLAFMDCwCcAwsApAMLAKWeEQD9AwsARgQLAEkECwCbBAsAoAQLAPAECwABBQsARQULAE4FCwCaBQsApAULAO8FCwD9BQsARAYLAEkGCwCZBgsApgYLAPqeEQD6BgsAQwcLAFAHCwCYBwsAmgcLAO0HCwADCAsAQggLAE4ICwCXCAsAnwgLAE+fEQDxCAsAQQkLAEcJCwCWCQsAngkLAOsJCwDuCQsAQAoLAEwKCwCVCgsAmwoLAOoKCwAFCwsAPwsLAEwLCwCUCwsAlgsLAOkLCwD/CwsAPgwLAEoMCwCTDAsAmwwLAKSfEQDuDAsAPQ0LAEINCwCSDQsArQ0LAOcNCwD1DQsAPA4LAEMOCwCRDgsAnQ4LAOYOCwDtDgsA+Z8RAEYPCwCQDwsAmA8LAOUPCwDwDwsAOhALAD8QCwCPEAsAkhALAOQQCwDuEAsAORELAEERCwCOEQsAnBELAOMRCwDmEQsAOBILAEASCwCNEgsArRILAOISCwDvEgsANxMLADwTCwCMEwsAkBMLAOETCwDuEwsATqARAFYUCwCLFAsAlBQLAOAUCwDhFAsANRULAD0VCwCKFQsAmhULAN8VCwDhFQsANBYLAEIWCwCJFgsAmhYLAKOgEQDkFgsAMxcLAD8XCwD4oBEAjxcLAE2hEQDiFwsAMhgLAEwYCwCHGAsAlhgLANwYCwDnGAsAMRkLADMZCwCGGQsAkxkLANsZCwDoGQsAMBoLADwaCwCFGgsAlhoLANoaCwDdGgsALxsLAEkbCwCEGwsAjRsLANkbCwDmGwsALhwLADQcCwCDHAsAjxwLANgcCwDbHAsALR0LADIdCwCCHQsAkx0LANcdCwDyHQsALB4LADgeCwCBHgsAiB4LANYeCwDYHgsAKx8LADIfCwCAHwsAhx8LANUfCwDbHwsAKiALADYgCwB/IAsAgiALANQgCwDXIAsAKSELADUhCwB+IQsAkSELANMhCwDiIQsAKCILADQiCwB9IgsAfiILANIiCwDcIgsAJyMLADUjCwB8IwsAgSMLANEjCwDeIwsAoqERAC4kCwD3oREAfSQLANAkCwDmJAsAJSULADElCwB6JQsAgiULAEyiEQDVJQsAJCYLACwmCwB5JgsAfCYLAM4mCwDaJgsAIycLACknCwB4JwsAkycLAM0nCwDbJwsAIigLADEoCwB3KAsAgygLAMwoCwDUKAsAoaIRACYpCwB2KQsAgCkLAMspCwDTKQsAICoLAEAqCwB1KgsAgioLAMoqCwDPKgsAHysLACMrCwB0KwsAgSsLAPaiEQDsKwsAS6MRACMsCwBzLAsAgiwLAMgsCwDoLAsAHS0LACktCwByLQsAfC0LAMctCwDTLQsAHC4LACIuCwBxLgsAdy4LAMYuCwDLLgsAGy8LACEvCwCgoxEAdi8LAMUvCwDKLwsAGjALACAwCwBKpBEAcjALAMQwCwDOMAsAGTELABsxCwBuMQsAhzELAMMxCwDUMQsAGDILACYyCwBtMgsAcDILAMIyCwDNMgsAFzMLAB8zCwBsMwsAbjMLAMEzCwDJMwsAFjQLACM0CwBrNAsAdzQLAMA0CwDENAsAFTULAB01CwBqNQsAeTULAL81CwDENQsAFDYLACE2CwBpNgsAdjYLAL42CwDKNgsAEzcLACI3CwBoNwsAcjcLAL03CwDLNwsAEjgLABc4CwBnOAsAdDgLAJ+kEQDEOAsA9KQRABU5CwBiPQsAHTkLAGY5CwBsOQsAuzkLAME5CwAQOgsAHToLAGU6CwBqOgsAujoLAMI6CwAPOwsAODsLAGQ7CwBDOwsADjwLAIo7CwBjPAsAjTsLALk7CwDiOwsASaURADc8CwCepREAiTwLALg8CwDsPAsADT0LADY9CwDzpREAcD0LALc9CwDEPQsADD4LABg+CwBhPgsAZz4LALY+CwC8PgsACz8LABA/CwBgPwsAZj8LAEimEQDbPwsAtEALAN4/CwAKQAsAM0ALAPKmEQCIQAsAR6cRANpACwAJQQsAPUELAF5BCwCHQQsAnKcRAL1BCwAIQgsADUILAF1CCwBlQgsA8acRALdCCwAHQwsAEEMLAFxDCwBpQwsAsUMLALhDCwBGqBEADkQLAJuoEQBuRAsAsEQLALxECwAFRQsAFEULAFpFCwBjRQsAr0ULALlFCwAERgsABkYLAFlGCwByRgsArkYLAL9GCwADRwsAD0cLAFhHCwBgRwsA8KgRALtHCwACSAsAE0gLAFdICwBjSAsArEgLALRICwBFqREABkkLAFZJCwBgSQsAq0kLALNJCwAASgsAEEoLAFVKCwBaSgsAqkoLALNKCwD/SgsADEsLAFRLCwBbSwsAmqkRAK9LCwCAGw8AtksLAP5LCwC8SwsApPgNAANMCwBTTAsAX0wLAKhMCwC1TAsA/UwLAAdNCwDvqREAV00LAKdNCwCzTQsA/E0LAAlOCwBRTgsAW04LAKZOCwDCTgsA+04LAANPCwBEqhEAVU8LAKVPCwCtTwsA+k8LAP1PCwBPUAsAWFALAKRQCwCzUAsA+VALAARRCwBOUQsAVlELAKNRCwCzUQsA+FELAAZSCwBNUgsAXlILAKJSCwCuUgsA91ILAP9SCwCZqhEAUlMLAKFTCwCpUwsA9lMLAP1TCwBLVAsAWVQLAKBUCwCmVAsA9VQLAAFVCwBKVQsAWVULAJ9VCwCpVQsA9FULAPlVCwBJVgsAT1YLAJ5WCwCyVgsA81YLAPtWCwBIVwsAZlcLAJ1XCwClVwsA7qoRAPpXCwBDqxEAT1gLAJxYCwC1WAsA8VgLAPpYCwBGWQsAVlkLAJtZCwCrWQsA8FkLAPxZCwBFWgsAS1oLAJpaCwCoWgsA71oLAPxaCwBEWwsAW1sLAJlbCwChWwsA7lsLAPhbCwBDXAsAUVwLAJhcCwCuXAsA7VwLAPlcCwBCXQsASV0LAJddCwCfXQsA7F0LAPFdCwBBXgsASl4LAJZeCwCgXgsA614LAPNeCwBAXwsAQl8LAJVfCwClXwsA6l8LAPRfCwA/YAsAS2ALAJRgCwCaYAsA6WALAPFgCwDtqxEAQGELAJNhCwCkYQsA6GELAARiCwA9YgsARWILAEKsEQCjYgsA52ILAPhiCwA8YwsARGMLAJFjCwCqYwsA5mMLAOxjCwA7ZAsAQGQLAJBkCwCwZAsA5WQLAPFkCwA6ZQsAQGULAI9lCwCXZQsA5GULAPNlCwA5ZgsAPmYLAI5mCwCbZgsA42YLAPBmCwA4ZwsARGcLAI1nCwCcZwsA4mcLAOxnCwA3aAsARWgLAIxoCwCRaAsA4WgLAO5oCwA2aQsAOWkLAItpCwCTaQsA4GkLAOJpCwA1agsAO2oLAIpqCwCWagsA32oLAOdqCwCXrBEAOWsLAIlrCwCNawsA3msLAOtrCwDsrBEAPGwLAIhsCwCZbAsA3WwLAOlsCwAybQsAP20LAIdtCwCMbQsA3G0LAOZtCwAxbgsAQW4LAIZuCwCLbgsA224LAORuCwAwbwsAPW8LAIVvCwCMbwsA2m8LAOZvCwAvcAsANXALAIRwCwCKcAsA2XALAN5wCwAucQsANHELAEGtEQCIcQsA2HELAOBxCwAtcgsAQ3ILAIJyCwCHcgsA13ILAN5yCwAscwsANXMLAIFzCwCScwsA1nMLAOJzCwArdAsAM3QLAECuEQCCdAsA1XQLAOt0CwAqdQsANnULAH91CwCGdQsA1HULANx1CwCVrhEALnYLAH52CwCFdgsA03YLANx2CwAodwsAOXcLAH13CwCJdwsA0ncLANp3CwDqrhEAKXgLAHx4CwCSeAsA0XgLAN14CwAmeQsALXkLAHt5CwCDeQsAP68RANV5CwAlegsALHoLAHp6CwCDegsAz3oLAOB6CwAkewsAMHsLAHl7CwCBewsAlK8RANB7CwAjfAsAMnwLAHh8CwCYfAsAzXwLAM98CwAifQsAOX0LAHd9CwCDfQsAzH0LANR9CwA+sBEAJn4LAHZ+CwB4fgsAy34LANJ+CwAgfwsAKH8LAHV/CwB+fwsAyn8LANB/CwAfgAsAMIALAHSACwB8gAsA6LARANWACwAegQsAIYELAHOBCwB4gQsAyIELANmBCwAdggsAOIILAHKCCwB+ggsAx4ILAM+CCwA9sREAMoMLAHGDCwBygwsAxoMLAMuDCwAbhAsAIYQLAHCECwB6hAsAxYQLAM2ECwAahQsALIULAJKxEQB8hQsAxIULAM6FCwAZhgsAH4YLAG6GCwCChgsAw4YLAMuGCwAYhwsAKIcLAG2HCwByhwsAwocLAMiHCwAXiAsAH4gLAGyICwBtiAsAwYgLAMOICwAWiQsAJYkLAGuJCwCLiQsAwIkLAMKJCwAVigsALIoLAGqKCwB2igsAv4oLAMeKCwDnsREAHIsLAGmLCwCCiwsAvosLAMeLCwATjAsAHYwLAGiMCwBwjAsAvYwLAM2MCwASjQsAF40LAGeNCwBwjQsAvI0LAMmNCwARjgsAGI4LAGaOCwBujgsAkbIRAMWOCwAQjwsAGI8LAGWPCwBzjwsAuo8LAMePCwAPkAsAF5ALAGSQCwBmkAsAuZALAMGQCwAOkQsAD5ELAGORCwBlkQsAuJELAMeRCwANkgsALZILAGKSCwBkkgsAt5ILAM6SCwAMkwsAGJMLAGGTCwB7kwsAtpMLAOKTCwALlAsADpQLAGCUCwBllAsAtZQLAMKUCwDmshEADJULAF+VCwBplQsAtJULAMOVCwAJlgsAFJYLAF6WCwBslgsAs5YLAMCWCwAIlwsAH5cLAF2XCwBllwsAspcLALOXCwAHmAsACZgLAFyYCwBrmAsAsZgLANGYCwAGmQsACJkLAFuZCwBymQsAsJkLALyZCwAFmgsADZoLADuzEQBfmgsAr5oLALWaCwAEmwsADJsLAFmbCwB4mwsArpsLALubCwADnAsABJwLAFicCwBunAsArZwLAMmcCwCQsxEAB50LAFedCwBhnQsArJ0LALSdCwABngsAAp4LAFaeCwADngsATacLAFyeCwCrngsAt54LAACfCwAQnwsAVZ8LAGOfCwCqnwsAvZ8LAP+fCwALoAsAVKALAFugCwCpoAsAsaALAP6gCwACoQsAU6ELAGGhCwCooQsAsqELAP2hCwAIogsAUqILAFqiCwCnogsA36ILAPyiCwAEowsAUaMLAFajCwCmowsArKMLAPujCwADpAsAUKQLAGqkCwClpAsA3aQLAPqkCwACpQsAT6ULAFSlCwCkpQsAqqULAPmlCwABpgsATqYLAGimCwCjpgsAvaYLAPimCwAwpwsA5bMRAFWnCwCipwsAqacLAPenCwADqAsATKgLAE2oCwChqAsAragLAPaoCwADqQsAS6kLAFKpCwCgqQsArKkLAPWpCwACqgsASqoLAFmqCwCfqgsAs6oLADq0EQD2qgsASasLAACrCwCpSA4ATKsLAOS4DQBWqwsAEowMAFirCwCeqwsAvqsLAPOrCwD1qwsASKwLAF+sCwCdrAsAqawLAPKsCwD6rAsAj7QRAEmtCwCcrQsAqa0LAPGtCwD6rQsARq4LAEiuCwCbrgsArK4LAPCuCwABrwsARa8LAFmvCwDktBEAuq8LAO+vCwDxrwsARLALAFuwCwCZsAsApbALAO6wCwD2sAsAObURAEWxCwCYsQsAm7ELAO2xCwD1sQsAQrILAE+yCwCXsgsAnLILAOyyCwD2sgsAQbMLAEmzCwCWswsAr7MLAOuzCwD3swsAQLQLAEy0CwCVtAsAorQLAOq0CwDytAsAP7ULAE+1CwCUtQsAmbULAOm1CwDytQsAPrYLAEu2CwCTtgsAmrYLAOi2CwDwtgsAjrURAEq3CwCStwsAlbcLAOe3CwDxtwsAPLgLAD64CwCRuAsAorgLAOa4CwD3uAsAO7kLAEe5CwCQuQsAl7kLAOW5CwD/uQsAOroLAEK6CwCPugsAkLoLADDECwCZugsA5LoLAOq6CwA5uwsATbsLAI67CwCWuwsA47sLAO27CwA4vAsAPbwLAI28CwCVvAsA4rwLAPC8CwA3vQsARL0LAIy9CwCPvQsA4b0LAOu9CwA2vgsAOL4LAIu+CwCcvgsA4L4LAPG+CwA1vwsAPb8LAOO1EQCUvwsA378LAPu/CwA0wAsAPMALADi2EQCKwAsA3sALAPTACwAzwQsAO8ELAIjBCwCWwQsA3cELAOrBCwAywgsANcILAIfCCwCRwgsA3MILAN7CCwAxwwsAQsMLAIbDCwCXwwsA28MLAOPDCwCNthEAQcQLAIXECwCRxAsA2sQLANzECwAvxQsAMsULAITFCwCQxQsA2cULAOHFCwDithEAN8YLAIPGCwCQxgsA2MYLAODGCwAtxwsAP8cLAILHCwCPxwsA18cLANjHCwAsyAsAQsgLAIHICwCJyAsA1sgLAOTICwAryQsAOMkLAIDJCwCDyQsA1ckLAN/JCwAqygsALMoLAH/KCwCQygsA1MoLAOXKCwApywsAMcsLADe3EQCLywsA08sLAN3LCwAozAsANswLAH3MCwCTzAsA0swLAN7MCwAnzQsAM80LAHzNCwCCzQsA0c0LANfNCwAmzgsAK84LAHvOCwCBzgsAjLcRANXOCwAlzwsAJ88LAHrPCwCBzwsAz88LANfPCwAk0AsAJ9ALAHnQCwCC0AsAztALAN3QCwAj0QsALtELAHjRCwCA0QsAzdELAN3RCwAi0gsAMNILAHfSCwCI0gsAzNILANjSCwAh0wsAKdMLAIu4EQCU0wsAy9MLANPTCwDguBEALNQLAHXUCwCL1AsAytQLANLUCwAf1QsAPtULADW5EQB31QsA5wwMAIHVCwDJ1QsAzNULAM4hEADR1QsAHtYLANPVCwBoNA4AINYLAHPWCwAo1gsAvOILAC/WCwDD2wsAgNYLAMjWCwDc1gsAHdcLACXXCwBy1wsAd9cLAMfXCwDX1wsAHNgLACTYCwBx2AsAe9gLAMbYCwDR2AsAG9kLACfZCwBw2QsAeNkLAIq5EQDK2QsAGtoLACPaCwBv2gsAddoLAMTaCwDT2gsAGdsLACXbCwBu2wsAcdsLAN+5EQDI2wsAGNwLACfcCwBt3AsAb9wLAMLcCwDT3AsAF90LACjdCwBs3QsAgN0LAMHdCwDJ3QsAFt4LACTeCwBr3gsAeN4LAMDeCwDD3gsAFd8LAB/fCwBq3wsAbN8LAL/fCwDQ3wsAFOALACXgCwBp4AsAdeALAL7gCwDF4AsAE+ELABvhCwBo4QsAf+ELAL3hCwDJ4QsAEuILACjiCwBn4gsAauILADS6EQDH4gsAEeMLAB3jCwBm4wsAbuMLAIm6EQDH4wsAEOQLACbkCwBl5AsAaOQLALrkCwDC5AsAD+ULABHlCwBk5QsAf+ULALnlCwC75QsADuYLABzmCwBj5gsAdOYLALjmCwC65gsADecLACbnCwBi5wsAc+cLALfnCwDD5wsA3roRABLoCwBh6AsAb+gLALboCwDR6AsAC+kLABfpCwBg6QsAZukLALXpCwC96QsACuoLABrqCwBf6gsAZOoLALTqCwC96gsACesLABbrCwBe6wsAZesLALPrCwC76wsAM7sRAA3sCwBd7AsAY+wLALLsCwC67AsAB+0LADPtCwBc7QsAY+0LALHtCwDK7QsABu4LABXuCwBb7gsAd+4LAIi7EQC17gsABe8LAA/vCwBa7wsAau8LAK/vCwC07wsABPALAA3wCwBZ8AsAZvALAK7wCwC18AsAA/ELAA/xCwBY8QsAa/ELAK3xCwC88QsAAvILAA7yCwBX8gsAWPILAKzyCwC28gsAAfMLAA/zCwBW8wsAW/MLAKvzCwC48wsA3bsRABH0CwBV9AsAV/QLAKr0CwCt9AsA//QLAAL1CwBU9QsAW/ULAKn1CwC19QsA/vULAA72CwBT9gsAY/YLAKj2CwCt9gsA/fYLAAb3CwBS9wsAX/cLAKf3CwCu9wsA/PcLAAj4CwBR+AsAV/gLAKb4CwCs+AsA+/gLAAD5CwBQ+QsAVvkLANy8EQCv+QsA+vkLAAj6CwBP+gsAX/oLAKT6CwCm+gsA+foLAAj7CwBO+wsAWPsLAKP7CwCr+wsA270RAP77CwBN/AsAWfwLADC+EQCn/AsA9/wLAP/8CwBM/QsAXP0LAKH9CwCv/QsA9v0LAAP+CwBL/gsAUv4LAKD+CwCo/gsA2r4RAAb/CwBK/wsAUf8LAJ//CwCn/wsA9P8LAAEADABJAAwATgAMAJ4ADACoAAwA8wAMAPsADABIAQwAYQEMAJ0BDACpAQwA8gEMAPoBDAAvvxEAUwIMAJwCDACfAgwA8QIMAPYCDABGAwwAVwMMAJsDDAC2AwwA8AMMAPwDDABFBAwATAQMAJoEDAC2BAwA7wQMAPcEDACEvxEASQUMAJkFDACjBQwA7gUMAPYFDABDBgwARQYMAMx7DQBTBgwAmAYMAJ0GDADtBgwA9gYMAEIHDABPBwwAlwcMAJ4HDADZvxEA9QcMAEEIDABOCAwAlggMAKUIDADrCAwA9QgMAEAJDABOCQwAlQkMAJoJDADqCQwA9wkMAD8KDABHCgwALsARAKAKDADpCgwA9goMAD4LDABBCwwAkwsMAKELDADoCwwA7QsMAD0MDABKDAwAkgwMAJoMDACDwBEA7wwMADwNDABCDQwAkQ0MAEMNDAAAngwAnQ0MAOYNDAADDgwAOw4MAEQODACQDgwAng4MAOUODADrDgwAOg8MAEYPDACPDwwAlg8MANjAEQDlDwwAIX0MAPAPDAA5EAwA9A8MAM95DABMEAwAjhAMAJgQDADjEAwA7xAMADgRDABFEQwAjREMAJARDADiEQwA8BEMADcSDAA8EgwAjBIMAJkSDADhEgwA6RIMAC3BEQA8EwwAixMMAJkTDADgEwwA+xMMADUUDABBFAwAihQMAJAUDADXwREAAhUMACzCEQA5FQwAiRUMAJYVDADeFQwA6xUMADMWDAA/FgwAiBYMAJcWDADdFgwA5xYMADIXDABAFwwAhxcMAIwXDADcFwwA6RcMADEYDABNGAwAhhgMAI4YDACBwhEA4BgMADAZDAA2GQwAhRkMAI0ZDADaGQwA2xkMAC8aDAA2GgwAhBoMAIkaDADZGgwA4RoMAC4bDAA8GwwAgxsMAIYbDADYGwwA4BsMAC0cDAA6HAwAghwMAIccDADXHAwA4RwMACwdDAA0HQwAgR0MAJIdDADWHQwA2x0MACseDAAtHgwAgB4MAIceDADVHgwA4R4MACofDAAxHwwA1sIRAIsfDADUHwwA8R8MACkgDAAyIAwAfiAMAIwgDADTIAwA2SAMACghDAA0IQwAfSEMAIQhDADSIQwA2iEMACciDAA9IgwAfCIMAIEiDADRIgwA2CIMACYjDAAvIwwAeyMMAIwjDADQIwwA3CMMACUkDAAtJAwAgMMRAIAkDADPJAwA1CQMACQlDAA/JQwAeSUMAIclDADOJQwA1SUMACMmDAAvJgwAeCYMAHsmDADNJgwA1SYMACInDAAjJwwAdycMAHknDADMJwwA2ycMACEoDABBKAwAdigMAHgoDADLKAwA4igMACApDAAsKQwAdSkMAH0pDADVwxEAzykMAB8qDAAnKgwAdCoMAIQqDADJKgwA1yoMAB4rDAAvKwwAcysMAH8rDADIKwwAyysMAB0sDAAlLAwAciwMAIAsDADHLAwA1CwMABwtDAAkLQwAcS0MAKktDAAqxBEAxy0MABsuDAAnLgwAcC4MAH8uDADFLgwAzS4MAH/EEQAcLwwAby8MAH0vDADELwwA1S8MANTEEQAgMAwAKcURAHYwDADTxREAxDAMAKdMDADGMAwADzoMAMcwDABsMgwAyTAMAGI8DADKMAwAvTYMAMwwDAClTgwAzzAMABgxDADQMAwAvzQMANIwDACyQQwAHjEMAG0xDABzMQwAwjEMAMcxDAAXMgwAHTIMACjGEQBuMgwAwTIMAMcyDAAWMwwAIzMMACfHEQB4MwwAwDMMANczDAAVNAwAMTQMAGo0DAByNAwAfMcRAMQ0DAAUNQwAHjUMAGk1DAB3NQwAvjUMAM01DAATNgwAHzYMANHHEQBwNgwAJsgRAMk2DAASNwwAEzcMAGc3DABtNwwAvDcMAMg3DAAROAwAIDgMAGY4DABoOAwAuzgMAMU4DAAQOQwAHDkMAGU5DABsOQwAe8gRAMI5DADQyBEAGToMAGQ6DABqOgwAuToMAMc6DAAOOwwAHTsMAGM7DABtOwwAuDsMANQ7DAANPAwAFTwMACXJEQBuPAwAtzwMAMY8DAAMPQwAET0MAGE9DAB8PQwAtj0MAMI9DAALPgwAET4MAGA+DABiPgwAtT4MAM4+DAAKPwwAGz8MAF8/DABrPwwAtD8MAMw/DAAJQAwAFUAMAF5ADABkQAwAs0AMALlADAAIQQwADUEMAF1BDABjQQwAeskRALdBDAAHQgwADUIMAFxCDAAdQgwAAkcMAGhCDACxQgwAyUIMAAZDDAAKQwwAr0QMABJDDABbQwwAYUMMALBDDAC2QwwABUQMAApEDABaRAwAYEQMAHnKEQCxRAwABEUMAApFDABZRQwAZkUMAHjLEQC7RQwAA0YMABpGDABYRgwAdEYMAK1GDAC1RgwAzcsRAANHDABXRwwAZUcMAKxHDAC9RwwAAUgMAA1IDABWSAwAbkgMAKtIDACvSAwAVEoMALdIDAAASQwABkkMAFVJDABbSQwAqkkMAK9JDAD/SQwABUoMACLMEQBWSgwAqUoMAK9KDAD+SgwAC0sMACHNEQBgSwwAqEsMAL9LDAD9SwwAGUwMAFJMDABaTAwAds0RAKlMDAD8TAwAAk0MAFFNDABUTQwApk0MALJNDAD7TQwAF04MAFBODABYTgwAy80RAKhODAD6TgwABk8MAE9PDABVTwwApE8MALxPDAD5TwwA/U8MAKJRDAAAUAwA81UMAAVQDABOUAwABlAMAPVTDABUUAwAo1AMAKlQDAD4UAwA/VAMAE1RDABTUQwAIM4RAKRRDAD3UQwA/VEMAExSDABZUgwAH88RAK5SDAD2UgwADVMMAEtTDABnUwwAoFMMAKhTDAB0zxEA+lMMAEpUDABUVAwAn1QMAK1UDAD0VAwAA1UMAElVDABVVQwAyc8RAKZVDAAe0BEA/1UMAEhWDABJVgwAnVYMAKNWDADyVgwA/lYMAEdXDABWVwwAnFcMAJ5XDADxVwwA+1cMAEZYDABSWAwAm1gMAKJYDABz0BEA+FgMAMjQEQBPWQwAmlkMAKZZDADvWQwABVoMAERaDABQWgwAmVoMAKxaDADuWgwA/FoMAENbDABNWwwAHdERAKBbDABy0REAA1wMAEJcDABOXAwAl1wMAKRcDADsXAwA9lwMAEFdDABDXQwAll0MAKBdDADrXQwA+V0MAEBeDABFXgwAlV4MAKJeDADqXgwA8l4MAD9fDABPXwwAlF8MAJZfDADpXwwA8l8MAD5gDABPYAwAk2AMAJ1gDADH0REA9GAMAD1hDABUYQwAkmEMAK1hDAAc0hEAAGIMADxiDABCYgwAkWIMAJtiDABx0hEA6GIMADtjDABMYwwAkGMMAJhjDADlYwwArGMMAL2LDADxYwwAOmQMAEBkDACPZAwAlWQMAORkDADpZAwAOWUMAD9lDADG0hEAqmUMAONlDADrZQwAxdMRAEZmDACNZgwAnmYMAOJmDADzZgwAN2cMAENnDACMZwwAk2cMABrUEQDyZwwANmgMAEdoDACLaAwAl2gMAOBoDADnaAwAb9QRADdpDACKaQwAi2kMAN9pDADnaQwANGoMADlqDACJagwAkmoMAN5qDADoagwAM2sMADtrDACIawwAjWsMAN1rDADtawwAMmwMADpsDACHbAwAnWwMANxsDADobAwAMW0MAEdtDACGbQwAi20MANttDADhbQwAMG4MAERuDADE1BEAm24MANpuDADobgwAL28MADxvDACEbwwAhm8MANlvDADjbwwALnAMADpwDACDcAwAinAMANhwDADgcAwALXEMAEZxDACCcQwAlnEMANdxDADfcQwALHIMAC5yDACBcgwAjnIMANZyDADbcgwAK3MMADVzDACAcwwAi3MMANVzDADhcwwAKnQMADB0DAB/dAwAh3QMANR0DADVdAwAKXUMAC91DAB+dQwAg3UMANN1DADidQwAKHYMADR2DAB9dgwAgHYMANJ2DADVdgwAGdURACx3DAB8dwwAmHcMAG7VEQDxdwwAJngMAC54DADD1REAgXgMANB4DADceAwAGNYRACt5DAB6eQwAhnkMAGvYEQDReQwAJHoMAC56DAB5egwAe3oMAM56DADfegwAI3sMACt7DAB4ewwAhHsMAM17DADTewwAInwMACh8DAB3fAwAfHwMAMx8DADSfAwAwNgRACN9DAB2fQwAfH0MAMt9DADOfQwAIH4MACx+DAB1fgwAfX4MAL/ZEQDQfgwAH38MACV/DAB0fwwAeX8MAMl/DADPfwwAFNoRACCADABzgAwAfIAMAMiADADfgAwAHYEMACiBDABygQwAfIEMAMeBDADPgQwAE9sRACmCDABxggwAeYIMAMaCDADQggwAG4MMACaDDABwgwwAdoMMAMWDDADRgwwAGoQMAByEDABvhAwAdoQMAMSEDADMhAwAGYUMACuFDABo2xEArIUMAMOFDADLhQwAGIYMADuGDABn3BEAb4YMAMKGDADPhgwAF4cMAB6HDABshwwAfYcMAMGHDADNhwwAFogMAB2IDABriAwAbIgMAPWoDABziAwAvNwRANOIDAAViQwAJIkMAGqJDAB2iQwAv4kMAMCJDAAUigwAHooMAGmKDAB3igwAvooMAMOKDAATiwwAIIsMABHdEQBwiwwAZt0RAMWLDAC73REAIIwMAGeMDAB2jAwAvIwMANyMDAARjQwAHY0MAGaNDABtjQwAu40MAMONDAAQjgwAEo4MAGWODABvjgwAut4RAMSODAAPjwwAF48MAA/fEQBujwwAuY8MAMGPDABk3xEATZAMAGOQDABrkAwAuJAMANaQDAC53xEAG5EMAGKRDABpkQwAwDEOAHKRDAC3kQwAx5EMAAySDAAYkgwAYZIMAGeSDAC2kgwA0pIMAAuTDAATkwwADuARAHSTDAC1kwwAv5MMAAqUDAAWlAwAX5QMAGeUDABj4BEAv5QMAAmVDAALlQwAXpUMAGSVDACzlQwAu5UMALjgEQAKlgwAXZYMAGCWDACylgwAupYMAAeXDAAXlwwAXJcMAF6XDACxlwwAv5cMAAaYDAAXmAwADeERAGKYDABi4REAtpgMAAWZDAAKmQwAWpkMAGCZDAC34REAuZkMAASaDAAGmgwAWZoMAGyaDACumgwAtpoMAAObDAAPmwwAWJsMAF6bDACtmwwAs5sMAAKcDAAHnAwAV5wMAF2cDAC24hEAtZwMAAGdDAAOnQwAVp0MAF2dDACrnQwAs50MAAvjEQAMngwAVZ4MAF+eDACqngwAtp4MAP+eDAAOnwwAVJ8MAF6fDACpnwwAtZ8MAP6fDAAFoAwAYOMRAFagDAA9CQ8AWaAMAKigDABioAwAeiIOALSgDAD9oAwABaEMALXjEQBeoQwAp6EMALGhDAD8oQwACKIMAFGiDABgogwApqIMALCiDAD7ogwAB6MMAFCjDABXowwACuQRALOjDAD6owwAxaMMAN8SDgARpAwAT6QMAFykDACkpAwApqQMAPmkDAAKpQwATqUMAGqlDACjpQwAq6UMAF/kEQARpgwATaYMAGGmDACipgwAqqYMAPemDAD6pgwATKcMAFqnDAChpwwAuKcMAPanDAADqAwAS6gMAE2oDACgqAwAsagMALTkEQD7qAwASqkMAE+pDACfqQwAtakMAPSpDAACqgwASaoMAEyqDACeqgwAqqoMAPOqDAD5qgwASKsMAFSrDACdqwwAyasMAPKrDAD+qwwAR6wMAFasDACcrAwApqwMAPGsDAD/rAwARq0MAEutDACbrQwAqK0MAAnlEQDyrQwARa4MAFOuDACargwAp64MAO+uDAABrwwAXuURAFOvDACZrwwApa8MAO6vDAAHsAwAQ7AMAEWwDACYsAwAp7AMAO2wDAANsQwAQrEMAEqxDACXsQwAurEMALPlEQDxsQwAQbIMAESyDACWsgwAoLIMAOuyDADzsgwAQLMMAEazDACVswwAobMMAOqzDAD5swwAP7QMAEu0DACUtAwAobQMAOm0DADztAwAPrUMAEa1DACTtQwAorUMAOi1DADqtQwAPbYMAE62DACStgwAo7YMAOe2DADvtgwAPLcMAE23DACRtwwAk7cMAOa3DADptwwAO7gMAEW4DACQuAwAtLgMAOW4DAABuQwACOYRAEC5DACPuQwAlLkMAOS5DADzuQwAOboMAEW6DACOugwAkboMAOO6DADmugwAOLsMAEC7DACNuwwAnLsMAOK7DADnuwwAN7wMAE28DACMvAwAjbwMAOG8DADyvAwANr0MAEK9DACLvQwAlb0MAOC9DADsvQwANb4MADy+DABd5hEAjr4MAN++DADtvgwANL8MAD6/DACJvwwAlL8MAN6/DADmvwwAM8AMAD/ADACIwAwAm8AMAN3ADADrwAwAMsEMADzBDACHwQwAj8EMANzBDADrwQwAMcIMADbCDACGwgwAjcIMANvCDADnwgwAsuYRADzDDACFwwwAiMMMANrDDADdwwwAL8QMAEnEDACExAwAkMQMANnEDADsxAwALsUMADzFDACDxQwAjcUMANjFDAD7xQwAB+cRADfGDACCxgwAjsYMANfGDADexgwALMcMADTHDACBxwwAhccMANbHDADkxwwAK8gMADXIDACAyAwAi8gMANXIDADdyAwAKskMADnJDAB/yQwAhMkMANTJDADbyQwAKcoMADXKDAB+ygwAhsoMAFznEQDpygwAC+YOAOzKDAAoywwAMssMAH3LDACJywwA0ssMANXLDAAnzAwAMcwMAHzMDAB/zAwA0cwMAOHMDAAmzQwAKM0MAHvNDACJzQwA0M0MAOHNDACx5xEALM4MAAboEQCTzgwAz84MANnODAAkzwwAMM8MAHnPDAB8zwwAzs8MANjPDABb6BEAKNAMAHjQDACY0AwAzdAMANXQDACw6BEAMNEMAHfRDACN0QwAzNEMANjRDAAh0gwAKNIMAHbSDAB+0gwAy9IMANDSDAAg0wwAKdMMAHXTDAB/0wwAytMMANLTDAAf1AwALdQMAHTUDACB1AwAydQMANHUDAAF6REALtUMAHPVDAB71QwAWukRAM/VDAAd1gwAKdYMAHLWDAB51gwAx9YMAM/WDAAc1wwAJtcMAHHXDAB/1wwAxtcMANzXDAAb2AwAJ9gMAHDYDAB12AwAxdgMAM7YDAAa2QwAJNkMAG/ZDAB32QwAxNkMAMnZDAAZ2gwAKdoMAG7aDAB22gwAr+kRAM3aDAAY2wwAG9sMAEymDQAg2wwABOoRAHvbDADC2wwA2NsMABfcDAAj3AwAbNwMAHPcDADB3AwAydwMABbdDAAb3QwAa90MAHTdDADA3QwAyt0MABXeDAAd3gwAat4MAGzeDAAJ6gwAeN4MAL/eDADM3gwAFN8MABzfDABZ6hEAdd8MAL7fDADB3wwAE+AMAB3gDACu6hEAduAMAL3gDADT4AwAEuEMAB7hDABn4QwAbuEMALzhDADE4QwAEeIMABbiDABm4gwAb+IMALviDADF4gwAEOMMABjjDABl4wwAZ+MMALrjDADK4wwAD+QMABnkDABk5AwAcOQMALnkDAC/5AwAWOsRABzlDABj5QwAeeUMALjlDADE5QwADeYMABLmDABi5gwAa+YMALfmDADB5gwADOcMABTnDABh5wwAg+cMAK3rEQDF5wwAC+gMABfoDABg6AwAYegMALXoDAC/6AwACukMABjpDABf6QwAZOkMALTpDADB6QwAAuwRABnqDABe6gwAaOoMALPqDAC/6gwACOsMAA7rDABd6wwAZesMAAHtEQC36wwAB+wMAA/sDABc7AwAaOwMAFL2DAB17AwAsewMAL3sDAAG7QwADu0MAFbtEQBo7QwAsO0MALjtDAAF7gwAE+4MAFruDABn7gwAr+4MALLuDAAE7wwADu8MAFnvDABb7wwAru8MALvvDAAD8AwAEvAMAFjwDABk8AwArfAMALXwDACr7REAEvEMAFfxDABf8QwArPEMALjxDAAB8gwAB/IMAFbyDABc8gwAq/IMALDyDAAA8wwABvMMAADuEQBi8wwAqvMMAK/zDAD/8wwACfQMAFT0DABc9AwAqfQMALX0DAD+9AwAEfUMAFP1DABh9QwAqPUMAKv1DAD99QwAB/YMAFXuEQBl9gwAp/YMALX2DAD89gwA//YMAFH3DABb9wwAqu4RAKv3DAD79wwAtPcMAIcWDQAD+AwAUPgMAFz4DACl+AwAq/gMAPr4DAC4+AwANBQNAAD5DABP+QwAVPkMAKT5DACq+QwA/+4RAP/5DABO+gwAU/oMAKP6DACp+gwAVO8RAAb7DABN+wwAaPsMAKL7DACu+wwA9/sMAP77DACp7xEAVfwMAKH8DACu/AwA9vwMAAL9DABL/QwAXv0MAKD9DACh/QwA9f0MAAH+DABK/gwAWf4MAJ/+DACp/gwA9P4MAAD/DABJ/wwAUP8MAP7vEQCk/wwA8/8MAPn/DABIAA0ATQANAJ0ADQCjAA0AqPARAPsADQBHAQ0AVAENAJwBDQCgAQ0A8QENAPMBDQBGAg0AUwINAJsCDQClAg0A/fARAPcCDQBFAw0ATQMNAJoDDQCmAw0A7wMNAAIEDQBEBA0AUwQNAJkEDQClBA0A7gQNAO8EDQBDBQ0ATQUNAJgFDQCmBQ0A7QUNAPIFDQBCBg0ATwYNAFLxEQCjBg0A7AYNAPIGDQBBBw0ARwcNAJYHDQCbBw0A6wcNAPEHDQCn8REARQgNAJUIDQCfCA0AUfIRAPIIDQA/CQ0ATAkNAJQJDQCZCQ0A6QkNAPMJDQA+Cg0ARgoNAJMKDQCfCg0A6AoNAPsKDQA9Cw0APgsNAJILDQCeCw0A5wsNAPYLDQA8DA0ARgwNAJEMDQCZDA0A5gwNAOgMDQCm8hEARA0NAJANDQCfDQ0A5Q0NAPQNDQA6Dg0ARg4NAI8ODQCSDg0A5A4NAOcODQD78hEAOw8NAI4PDQCRDw0A4w8NAOsPDQA4EA0ARRANAI0QDQCSEA0A4hANAOwQDQA3EQ0APxENAIwRDQCYEQ0A4RENAPQRDQA2Eg0ANxINAIsSDQCXEg0A4BINAO8SDQA1Ew0APxMNAIoTDQCWEw0A3xMNAOYTDQBQ8xEAQxQNAIkUDQCVFA0A3hQNAN8UDQAzFQ0APRUNAIgVDQCWFQ0A3RUNAOIVDQAyFg0APxYNAKXzEQCYFg0A+vMRAOkWDQAxFw0APxcNAIYXDQCXFw0A2xcNAP0XDQBP9BEAPRgNAIUYDQCTGA0A2hgNAOsYDQAvGQ0AURkNAKT0EQCKGQ0A2RkNAN8ZDQAuGg0ANhoNAIMaDQCTGg0A2BoNANoaDQAtGw0APhsNAIIbDQCFGw0A1xsNAOMbDQD59BEAMRwNAIEcDQAyHA0A9VINAIkcDQDWHA0A1xwNACchDQDZHA0AJiINANscDQAoIA0A3BwNAHojDQDdHA0AKR8NAOUcDQArHQ0A7xwNAHcmDQAwHQ0AgB0NAI0dDQDVHQ0A4h0NACoeDQA2Hg0Afx4NAI4eDQDUHg0A3h4NAE71EQA3Hw0Afh8NAIAfDQDTHw0A5B8NAKP1EQApIA0AfSANAIkgDQDSIA0A3yANAPj1EQA1IQ0AfCENAIkhDQDRIQ0A6CENAE32EQAvIg0AziQNADAiDQB7Ig0AfSINANAiDQDWIg0AJSMNAC8jDQCi9hEAhiMNAM8jDQDRIw0AJCQNADMkDQB5JA0AhCQNAPf2EQDdJA0AIyUNADIlDQB4JQ0AhCUNAM0lDQDZJQ0AIiYNACkmDQBM9xEAgyYNAMwmDQDUJg0AofcRADonDQB2Jw0AhycNAMsnDQDXJw0A9vcRACcoDQB1KA0AfSgNAMooDQDLKA0AHykNACUpDQB0KQ0AeSkNAMkpDQDKKQ0AHioNACoqDQBzKg0AeSoNAMgqDQDSKg0AHSsNACsrDQBtMA0AMSsNAHIrDQB6Kw0AS/gRANcrDQAcLA0AJCwNAHEsDQB6LA0AxiwNAH4sDQBuLw0A0ywNABstDQAiLQ0AcC0NAHwtDQDFLQ0A1S0NABouDQAoLg0Aby4NAHwuDQDELg0A0C4NABkvDQAgLw0AoPgRAHcvDQDDLw0A1C8NABgwDQApMA0A9fgRAHkwDQDCMA0AxTANABcxDQAfMQ0AbDENAHExDQDBMQ0A0TENABYyDQAeMg0AazINAHQyDQDAMg0AeDINAGg1DQDNMg0AFTMNABwzDQBqMw0AdjMNAL8zDQDPMw0AFDQNACI0DQBpNA0AdjQNAL40DQDKNA0AEzUNABo1DQBK+REAcTUNAL01DQDONQ0AEjYNACM2DQCf+REAbDYNALw2DQDJNg0AETcNAB03DQBmNw0AcDcNALs3DQDPNw0AEDgNABE4DQBlOA0AcTgNALo4DQDZOA0ADzkNABc5DQBkOQ0AaTkNALk5DQDSOQ0ADjoNADo6DQBjOg0AbzoNALg6DQDHOg0ADTsNABc7DQBiOw0AajsNALc7DQDCOw0ADDwNAA48DQBhPA0AZDwNALY8DQC+PA0ACz0NABg9DQBgPQ0AZT0NALU9DQC9PQ0ACj4NAAw+DQBfPg0AaT4NALQ+DQC+Pg0ACT8NAA8/DQBePw0AbD8NALM/DQDMPw0ACEANABFADQBdQA0AZ0ANALJADQC+QA0A9PkRABNBDQBcQQ0AZkENALFBDQC8QQ0ABkINAAtCDQBbQg0AYkINALBCDQC4Qg0ABUMNADJDDQBJ+hEAYUMNAK9DDQC3Qw0ABEQNADFEDQBZRA0AXkQNAK5EDQCvRA0AA0UNAA1FDQBYRQ0AZkUNAK1FDQCyRQ0AAkYNAA9GDQBXRg0Ac0YNAKxGDQDIRg0AnvoRAA5HDQBWRw0AWkcNAKtHDQCxRw0AAEgNAAJIDQBVSA0AVkgNAKpIDQDNSA0A/0gNACNJDQBUSQ0AgUkNAKlJDQCxSQ0A/kkNAANKDQBTSg0AYEoNAKhKDQCwSg0A/UoNAP9KDQBSSw0AWksNAKdLDQDUSw0A/EsNAAlMDQBRTA0AVkwNAKZMDQCzTA0A+0wNAAdNDQBQTQ0AfU0NAKVNDQCtTQ0A+k0NABVODQBPTg0AUU4NAKRODQC1Tg0A+U4NAAJPDQBOTw0AWk8NAPP6EQCwTw0A+E8NABNQDQBNUA0AUlANAKJQDQDCUA0A91ANAANRDQBMUQ0AVFENAEj7EQCvUQ0A9lENAABSDQBLUg0AVlINAKBSDQCoUg0A8vsRAP5SDQBKUw0AVFMNAJ9TDQCqUw0A9FMNAAhUDQBJVA0AXlQNAJ5UDQCmVA0A81QNAApVDQBIVQ0ATVUNAJ1VDQCnVQ0A8lUNAPpVDQBH/BEASVYNAJxWDQCtVg0A8VYNAPRWDQBGVw0AUlcNAJz8EQCpVw0A8FcNAAFYDQDx/BEASFgNAJpYDQCdWA0A71gNAPtYDQBEWQ0ASlkNAJlZDQCjWQ0ARv0RAPtZDQBDWg0AWloNAJhaDQCgWg0Am/0RAP1aDQBCWw0ATlsNAJdbDQCdWw0A7FsNAPhbDQBBXA0A+lsNACPNDwBOXA0AllwNAKVcDQDrXA0A91wNAEBdDQBIXQ0A8P0RAJ1dDQDqXQ0A7F0NAD9eDQBOXg0AlF4NAJ5eDQDpXg0A8l4NAD5fDQBAXw0Ak18NAKRfDQDoXw0A/V8NAD1gDQBFYA0AkmANANJgDQDnYA0A72ANADxhDQBIYQ0AkWENAKRhDQDmYQ0A52ENADtiDQBHYg0AkGINAJ9iDQDlYg0A72INADpjDQBGYw0Aj2MNAJZjDQCa/hEAAGQNAO/+EQA8ZA0AjmQNAJZkDQDjZA0A8GQNADhlDQA9ZQ0AjWUNAJdlDQDiZQ0A6mUNADdmDQBBZg0AiGoNAEdmDQCGbA0AZGYNAIxmDQCWZg0A4WYNAJxmDQCKaA0A52YNADZnDQA/Zw0Ai2cNAJdnDQDgZw0ADWgNADVoDQBRaA0Amf8RAIxoDQDfaA0A8GgNADRpDQA3aQ0AiWkNAJVpDQDeaQ0AC2oNADNqDQBPag0A7v8RAI5qDQDdag0A5moNADJrDQA8aw0Ah2sNAJJrDQDcaw0A8GsNADFsDQBNbA0AQwASAIhsDQDbbA0A7GwNADBtDQAzbQ0AhW0NAJltDQDabQ0A9m0NAJgAEgA3bg0A7QASAIxuDQBCARIA5W4NAC5vDQA0bw0Ag28NAIlvDQDYbw0A3W8NAC1wDQAzcA0AlwESAIxwDQDXcA0A33ANAEECEgAycQ0AgXENAIlxDQDWcQ0A43ENACtyDQA3cg0AgHINAIJyDQDVcg0A23INACpzDQAycw0Af3MNAJFzDQCWAhIA4XMNACl0DQAwdA0AfnQNAIZ0DQDTdA0A2HQNACh1DQA4dQ0AfXUNAIV1DQDSdQ0A4HUNACd2DQA0dg0AfHYNAH12DQDRdg0A2nYNACZ3DQAwdw0A6wISAIB3DQDQdw0A3HcNACV4DQAoeA0AengNAIJ4DQDPeA0A3HgNACR5DQApeQ0AeXkNAIN5DQDOeQ0A1nkNACN6DQAveg0AeHoNAIt6DQDNeg0A23oNACJ7DQAlew0Ad3sNAIF7DQBAAxIA53sNACF8DQAjfA0AdnwNAIR8DQDLfA0A3HwNACB9DQAifQ0AdX0NAI59DQDKfQ0A230NAB9+DQArfg0AlQMSAH1+DQDJfg0A1n4NAB5/DQAofw0Ac38NAIF/DQDIfw0A3n8NAB2ADQApgA0AcoANAH6ADQDHgA0A2oANAByBDQArgQ0AcYENAH2BDQDGgQ0Ax4ENABuCDQAlgg0AcIINAH6CDQDFgg0AyoINABqDDQAngw0A6gMSAH2DDQDEgw0A2oMNABmEDQAlhA0AboQNAHWEDQDDhA0Ay4QNABiFDQAdhQ0AbYUNAHaFDQDChQ0AzIUNABeGDQAfhg0AbIYNAHCGDQDBhg0Aw4YNABaHDQAkhw0Aa4cNAHWHDQDAhw0AzocNABWIDQAiiA0AaogNAIGIDQC/iA0Ax4gNABSJDQAkiQ0AaYkNAG6JDQC+iQ0AxIkNABOKDQAbig0AaIoNAG2KDQC9ig0AvooNABKLDQAeiw0AZ4sNAG2LDQC8iw0AvosNABGMDQAbjA0AZowNAHSMDQC7jA0AwIwNABCNDQAdjQ0A6QQSAGuNDQC6jQ0Av40NAA+ODQAVjg0APgUSAGmODQC5jg0Axo4NAA6PDQAbjw0AY48NAG+PDQC4jw0Ax48NAA2QDQAXkA0AYpANAHCQDQC3kA0AvJANAAyRDQAZkQ0AYZENAGmRDQA9BhIAwpENAAuSDQAbkg0AYJINAGmSDQC1kg0AuJINAAqTDQAWkw0AX5MNAGaTDQCSBhIAuZMNAAmUDQAWlA0AXpQNAGuUDQCzlA0Av5QNAAiVDQAXlQ0AXZUNAGeVDQCylQ0AwJUNAAeWDQAMlg0AXJYNAGmWDQCxlg0AuZYNAOcGEgASlw0AW5cNAGuXDQCwlw0AuZcNAAWYDQAImA0AWpgNAGaYDQCvmA0AtpgNADwHEgAJmQ0AWZkNAGKZDQB0exAAZpkNAK6ZDQC7mQ0AA5oNAA+aDQBYmg0AZ5oNAK2aDQC3mg0AApsNABCbDQBXmw0AXJsNAKybDQC5mw0AAZwNAAmcDQCRBxIAYpwNAKucDQC7nA0AAJ0NAAmdDQBVnQ0AWJ0NAKqdDQC2nQ0A/50NAAaeDQDmBxIAa54NAKmeDQCvng0A/p4NAAqfDQBTnw0Aap8NAKifDQCqnw0A/Z8NAAegDQBSoA0AXqANAKegDQCzoA0A/KANAAKhDQBRoQ0AV6ENAKahDQCroQ0A+6ENAAGiDQA7CBIAU6INAKClDwBbog0ApaINAKaiDQD6og0ABKMNAE+jDQB6ow0AkAgSAKejDQD5ow0AA6QNAOUIEgBXpA0Ao6QNALmkDQD4pA0ADqUNAE2lDQBPpQ0AoqUNAKilDQD3pQ0AC6YNAI8JEgBUpg0AoaYNAGimDQA1YxIAp6YNADm4DgCxpg0A9qYNALqmDQDXGQ8A+KYNAEunDQBZpw0AoKcNALGnDQDkCRIA/KcNADkKEgBTqA0AWpcOAFaoDQCfqA0AoqgNAPSoDQD9qA0ASakNAFqpDQCeqQ0AqKkNAPOpDQD7qQ0ASKoNAA+qDQC25Q4AS6oNAJ2qDQCmqg0A8qoNAAirDQBHqw0AXasNAJyrDQCeqw0A8asNAPerDQBGrA0AWqwNAI4KEgDDrA0A8KwNABitDQDjChIAS60NABiEDgBRrQ0A7q4NAFKtDQDBhQ4AVK0NAMKEDgBVrQ0Amq0NAJytDQDvrQ0A/a0NAESuDQBVrg0AOAsSAKGuDQCNCxIA9K4NAEOvDQBJrw0AmK8NAJ2vDQDtrw0A868NAOILEgBOsA0Al7ANAJ+wDQCMDBIA+LANAEGxDQBLsQ0AlrENAJ+xDQDrsQ0A7LENAECyDQBIsg0AlbINAJqyDQDqsg0A+rINADYNEgBLsw0AlLMNAJazDQDpsw0A77MNAD60DQBFtA0Ak7QNAJi0DQDotA0A7LQNAD21DQBKtQ0AkrUNAJq1DQDntQ0A7LUNADy2DQBMtg0Aiw0SAKK2DQDmtg0A8rYNADu3DQBKtw0AkLcNAJq3DQDltw0A87cNADq4DQBHuA0Aj7gNAKa4DQDgDRIA57gNAIoOEgA8uQ0AjrkNAEC5DQB5HxIAlrkNAOO5DQALug0AOLoNAGC6DQCNug0AtboNAN8OEgDrug0AN7sNADi7DQCMuw0Am7sNAOG7DQCiuw0Air0NAPK7DQA2vA0AOLwNAIu8DQCOvA0A4LwNAOO8DQA1vQ0APb0NAN4PEgCPvQ0A370NAOa9DQA0vg0APb4NAIm+DQCavg0A3r4NAOq+DQAzvw0AO78NADMQEgCOvw0A3b8NAOS/DQAywA0AN8ANAIfADQCLwA0A3MANAOnADQAxwQ0AQMENAIbBDQCXwQ0A28ENAN3BDQAwwg0AM8INAIXCDQCIwg0A2sINAOLCDQCIEBIANMMNAOoHDgA6ww0A6LIPADvDDQCEww0Ah8MNANnDDQDjww0A3RASADfEDQCDxA0AksQNANjEDQDnxA0ALcUNADnFDQCCxQ0AhcUNANfFDQDaxQ0AMhESAC/GDQCBxg0AqcYNAIcREgDexg0A3BESADPHDQAxEhIAiMcNAIYSEgDaxw0AKsgNADfIDQB/yA0AgsgNANTIDQDZyA0AKckNADrJDQB+yQ0AiskNANsSEgDYyQ0AKMoNADnKDQB9yg0AicoNANLKDQDsyg0AJ8sNACvLDQAlzQ0ALssNAHjPDQAxyw0AzNANADPLDQAkzg0ANcsNACbMDQA4yw0AfMsNAIHLDQDRyw0A6MsNADATEgAzzA0Ae8wNAIvMDQDQzA0A1cwNAIUTEgAnzQ0Aes0NAIDNDQDPzQ0A3M0NANoTEgAqzg0Aec4NAH/ODQDOzg0A084NACPPDQApzw0ALxQSAITPDQDNzw0A5s8NACLQDQAr0A0Ad9ANAI7QDQCEFBIA0tANACHRDQAj0Q0AdtENAIXRDQDL0Q0A19ENANkUEgAi0g0AddINAIbSDQDK0g0A2NINAB/TDQAm0w0AdNMNAHbTDQDJ0w0A09MNAB7UDQAs1A0Ac9QNAHjUDQDI1A0A1dQNAB3VDQAl1Q0ActUNAHbVDQDH1Q0AydUNABzWDQAi1g0AcdYNAH7WDQAuFRIA09YNABvXDQAy1w0AcNcNAIzXDQCDFRIA0dcNABrYDQAb2A0Ab9gNAHXYDQDE2A0A0NgNABnZDQAo2Q0AbtkNAHDZDQDD2Q0AzdkNABjaDQAm2g0AbdoNAHLaDQDC2g0Az9oNABfbDQAf2w0AbNsNAHDbDQDB2w0Aw9sNABbcDQAc3A0Aa9wNAHjcDQDYFRIAzdwNABXdDQAs3Q0Aat0NAIbdDQAtFhIAyN0NABTeDQAi3g0Aad4NAHPeDQC+3g0Ayt4NABPfDQAW3w0AaN8NAITfDQC93w0Axd8NAIIWEgAe4A0AZ+ANAGrgDQC84A0AxuANAIEXEgAa4Q0AZuENAHThDQC74Q0AxeENABDiDQAc4g0AZeINAG3iDQArGBIAvOINAA/jDQAd4w0AZOMNAHXjDQCAGBIAwOMNANUYEgAT5A0AY+QNAGvkDQC45A0AvuQNAA3lDQAW5Q0AYuUNAG/lDQB/GRIAvOUNAAzmDQDD5Q0AtecNABXmDQBh5g0Aa+YNALbmDQC+5g0AC+cNAE/nDQBg5w0AaOcNANQZEgC75w0ACugNABDoDQBf6A0AZ+gNALToDQD46A0ACekNABHpDQApGhIAZukNAH4aEgC86Q0ACOoNABbqDQBd6g0AZ+oNALLqDQC+6g0AB+sNAArrDQBc6w0AZOsNACgbEgC96w0ABuwNAAnsDQBb7A0AZewNAH0bEgC47A0A0hsSABPtDQBa7Q0Aa+0NAK/tDQC77Q0ABO4NAAfuDQAnHBIAn+4NAK7uDQD07g0AfBwSABPvDQBY7w0AWu8NAK3vDQC77w0AAvANABPwDQDRHBIAc/ANAKzwDQC08A0AJh0SAAfxDQDiZA4AFPENAFbxDQBl8Q0Aq/ENALfxDQAA8g0AAfINAFXyDQBf8g0AqvINALjyDQD/8g0ABPMNAFTzDQBh8w0Aex0SALfzDQD+8w0AC/QNAFP0DQBb9A0A0B0SALT0DQD99A0AKfUNAFL1DQBe9Q0Ap/UNALb1DQD89Q0ABvYNAFH2DQBf9g0ApvYNAKv2DQD79g0ACPcNAFD3DQBY9w0ApfcNALP3DQD69w0AB/gNAE/4DQBX+A0AJR4SAKb4DQCDGA8AsvgNAPn4DQAD+Q0ATvkNAFr5DQCj+Q0AqvkNAPj5DQAA+g0ATfoNAFH6DQCi+g0AsPoNAPf6DQAB+w0ATPsNAFf7DQCh+w0AqfsNAPb7DQD4+w0AS/wNAFP8DQCg/A0ArfwNAPX8DQD6/A0ASv0NAFf9DQCf/Q0Avf0NAPT9DQAl/g0ASf4NAFX+DQCe/g0ApP4NAPP+DQD4/g0ASP8NAFD/DQCd/w0Aqf8NAPL/DQAFAA4ARwAOAFUADgCcAA4ApgAOAPEADgD5AA4ARgEOAFUBDgCbAQ4AoAEOAPABDgD3AQ4ARQIOAFECDgCaAg4AtgIOAO8CDgD3Ag4Aeh4SAEYDDgCZAw4ApwMOAO4DDgD7Aw4AQwQOAFEEDgCYBA4ApQQOAO0EDgAEBQ4AQgUOAEoFDgCXBQ4ApQUOAOwFDgD5BQ4AQQYOAEkGDgAkHxIApAYOAOsGDgDsBg4Azh8SAEwHDgCVBw4AnAcOACMgEgDxBw4APwgOAEQIDgB4IBIAnAgOAM0gEgDxCA4APgkOADEJDgCkSxAAPwkOAD5eDgBBCQ4APGAOAEcJDgCTCQ4ASAkOAOpcDgBOCQ4APV8OAFwJDgAK5g8AoAkOAOgJDgDzCQ4APQoOAD8KDgCSCg4AnwoOAOcKDgDuCg4APAsOAE0LDgCRCw4AnQsOAOYLDgDtCw4AOwwOAEMMDgAiIRIAlgwOAOUMDgDrDA4AOg0OAD8NDgCPDQ4AlQ0OAHchEgDwDQ4AOQ4OAEMODgCODg4Akg4OAOMODgDvDg4AOA8OAEQPDgCNDw4Amg8OAOIPDgDqDw4ANxAOAEEQDgCMEA4AmBAOAOEQDgDkEA4ANhEOAEARDgAhIhIAjREOAOARDgDjEQ4ANRIOADgSDgDLIhIAkhIOACAjEgDtEg4ANBMOADUTDgB1IxIAkRMOAMojEgDjEw4AMxQOADoUDgCIFA4AjRQOAB8kEgDlFA4AdCQSADoVDgCHFQ4AkRUOANwVDgDnFQ4AMRYOAD8WDgCGFg4AiRYOANsWDgDjFg4AMBcOADoXDgCFFw4AkRcOANoXDgDdFw4ALxgOADkYDgDJJBIAkhgOANkYDgDvGA4ALhkOADoZDgCDGQ4AihkOANgZDgDgGQ4ALRoOADIaDgCCGg4AixoOANcaDgDhGg4ALBsOADQbDgCBGw4AgxsOANYbDgDmGw4AKxwOADUcDgCAHA4AjBwOANUcDgDbHA4AKh0OADIdDgBzJRIAjR0OANQdDgDVHQ4AyCUSAC4eDgAdJhIAgB4OANMeDgDUHg4AKB8OACsfDgB9Hw4AiB8OANIfDgDXHw4AJyAOADEgDgByJhIAoCAOANEgDgDZIA4AxyYSACghDgB7IQ4AjCEOANAhDgDhIQ4AJSIOACgiDgAcJxIAgCIOAM8iDgDUIg4AJCMOACcjDgB5Iw4AfCMOAM4jDgDWIw4AcScSADEkDgB4JA4AeyQOAM0kDgDYJA4AIiUOAC4lDgB3JQ4AfiUOAMwlDgDUJQ4AISYOAC8mDgB2Jg4AgyYOAMsmDgDTJg4AxicSACwnDgB1Jw4AeCcOAMonDgDUJw4AHygOACcoDgAbKBIAgCgOAMkoDgDPKA4AHikOACgpDgBzKQ4AhykOAMgpDgDQKQ4AcCgSACoqDgByKg4AeioOAMcqDgDKKg4AHCsOACgrDgBxKw4AeysOAMYrDgDPKw4AGywOABwsDgBwLA4AiCwOAMUsDgDHLA4AGi0OACstDgBvLQ4AgC0OAMQtDgDMLQ4AGS4OACguDgBuLg4AcC4OAMMuDgDULg4AGC8OACkvDgBtLw4Ahi8OAMIvDgDELw4AFzAOACYwDgBsMA4AjDAOABopEgDDMA4AFjEOADYxDgBrMQ4AfzEOAG4qEgDIMQ4AFTIOACIyDgBqMg4AbzIOAL8yDgDJMg4AFDMOABwzDgBpMw4AbzMOAL4zDgDHMw4AEzQOACA0DgDDKhIAdDQOAL00DgDDNA4AEjUOABg1DgBnNQ4AcDUOALw1DgC9NQ4AETYOABs2DgBmNg4AcjYOALs2DgDCNg4AGCsSABg3DgBtKxIAbTcOAMIrEgDCNw4AFywSABs4DgBkOA4AdDgOALk4DgC+OA4ADjkOABQ5DgBjOQ4AbzkOALg5DgDAOQ4AbCwSAB46DgBiOg4AczoOALc6DgDJOg4ADDsOABQ7DgBhOw4AbDsOALY7DgC7Ow4ACzwOABA8DgBgPA4AgDwOAMEsEgDFPA4ACj0OABQ9DgBfPQ4Aaz0OALQ9DgC6PQ4ACT4OABE+DgBePg4AYD4OALM+DgBqPg4AWEQOAMQ+DgAIPw4AGT8OAF0/DgBvPw4Asj8OALo/DgAHQA4AEkAOAFxADgBhQA4AsUAOALZADgAGQQ4AJkEOABYtEgBdQQ4AsEEOAL9BDgAFQg4AEEIOAFpCDgBsQg4Ar0IOALdCDgAEQw4AD0MOAFlDDgBeQw4ArkMOALNDDgADRA4AI0QOAGstEgBaRA4ArUQOALxEDgACRQ4ADUUOAFdFDgBpRQ4ArEUOALRFDgABRg4ADEYOAFZGDgBbRg4Aq0YOALBGDgAARw4AIEcOAMAtEgBiRw4AqkcOAMFHDgAVLhIADEgOAFRIDgBrSA4Aai4SALZIDgD+SA4ABUkOAFNJDgBhSQ4AqEkOALVJDgD9SQ4AFEoOAL8uEgBaSg4AFC8SAKlKDgD8Sg4ACksOAFFLDgBiSw4AaS8SALNLDgD7Sw4AEkwOAL4vEgBaTA4ApUwOALFMDgD6TA4A/UwOAE9NDgBZTQ4AEzASAMBNDgBoMBIAAU4OAL0wEgBWTg4Ao04OAKRODgBKUg4Apk4OAExQDgCqTg4AQ1kOAK1ODgD4Tg4Ask4OAEhUDgCzTg4ASVMOAP1ODgCZWA4ABE8OAE1PDgBQTw4Aok8OAKxPDgASMRIA/08OAGcxEgBVUA4AoVAOAGxQDgBFVw4Ar1AOAPZQDgAAUQ4AS1EOAFdRDgCgUQ4Ao1EOAPVRDgD9UQ4AvDESAExSDgCfUg4AolIOAPRSDgD3Ug4AETISAEtTDgCeUw4ArFMOAPNTDgAEVA4AuzISAEpUDgCdVA4AqlQOAPJUDgABVQ4AR1UOAFNVDgCcVQ4ArVUOAPFVDgACVg4ARlYOAFJWDgCbVg4AolYOAPBWDgD4Vg4AZTMSAFNXDgCaVw4Am1cOALozEgD7Vw4ARFgOAEtYDgAPNBIAoFgOAO5YDgDzWA4AuTQSAExZDgCYWQ4AnlkOAO1ZDgDvWQ4AQloOAExaDgCXWg4ApVoOAOxaDgDxWg4AQVsOAE5bDgCWWw4ArlsOAOtbDgABXA4AQFwOAENcDgCVXA4AnVwOAGM1EgD2XA4AP10OAEJdDgCUXQ4Anl0OALg1EgDxXQ4ADTYSAEBeDgCTXg4All4OAOheDgDrXg4AYjYSAD9fDgCSXw4AoF8OAOdfDgD4Xw4ADDcSAEVgDgCRYA4An2AOAOZgDgCqYA4AiBIQAPBgDgA7YQ4AR2EOAJBhDgCTYQ4A5WEOAO1hDgC2NxIAVGIOAAs4EgCpYg4A5GIOAP5iDgBgOBIAPmMOADVnDgBHYw4A32cOAEljDgCOYw4AkGMOAONjDgDxYw4AOGQOAElkDgC1OBIAlGQOAAo5EgDoZA4AN2UOADxlDgCMZQ4AkmUOAF85EgDnZQ4ANmYOADtmDgCLZg4AoWYOAOBmDgDoZg4ACToSAFVnDgCKZw4AkmcOAF46EgD2Zw4ANGgOAEFoDgCJaA4AjmgOAN5oDgDkaA4AM2kOAD9pDgCIaQ4Aj2kOAN1pDgDlaQ4AMmoOAFVqDgAIOxIAlGoOANxqDgDrag4AMWsOADNrDgCGaw4Aj2sOANtrDgDyaw4AMGwOADtsDgCFbA4Aj2wOANpsDgDibA4AsjsSADVtDgCEbQ4Aim0OANltDgDebQ4ALm4OADRuDgAHPBIApW4OANhuDgDgbg4AsTwSADZvDgCCbw4Ag28OANdvDgDfbw4ALHAOADdwDgCBcA4AhnAOANZwDgDbcA4AK3EOAEtxDgAGPRIAhnEOANVxDgDccQ4AKnIOAC9yDgB/cg4Ag3IOANRyDgDhcg4AKXMOADFzDgB+cw4AiXMOANNzDgDYcw4AKHQOAC10DgB9dA4AnXQOAFs9EgDhdA4AJ3UOADJ1DgB8dQ4AhHUOANF1DgDUdQ4AJnYOANt1DgAjeQ4AMnYOAHt2DgCFdg4A0HYOANl2DgAldw4AJncOAHp3DgCCdw4Az3cOANp3DgAkeA4AKXgOAHl4DgB+eA4AzngOAO54DgCwPRIAL3kOAHh5DgB6eQ4AzXkOANN5DgAieg4AKXoOAHd6DgB8eg4AzHoOANB6DgAhew4ALnsOAHZ7DgB+ew4Ay3sOANZ7DgAgfA4AJXwOAHV8DgB6fA4AynwOAOp8DgAFPhIAJ30OAFo+EgB+fQ4AyX0OANJ9DgAefg4AJH4OAHN+DgB/fg4AyH4OAOZ+DgAdfw4AHn8OAHJ/DgB0fw4Ax38OANR/DgAcgA4AKoAOAHGADgCAgA4AxoAOAOKADgAbgQ4AI4EOAAQ/EgCDgQ4AxYEOAMaBDgAagg4AJoIOAG+CDgB+gg4AxIIOAM6CDgAZgw4AJYMOAG6DDgB1gw4AWT8SAMuDDgCuPxIAIYQOAG2EDgB6hA4AA0ASAMeEDgAXhQ4AJIUOAGyFDgB2hQ4AWEASAMOFDgAWhg4ALIYOAGuGDgB3hg4ArUASAMiGDgA6tg8A3oYOABWHDgAdhw4ARAIPADOHDgBqhw4AcocOAL+HDgCMhw4AFtoPAMCHDgBoiQ4AwocOALyKDgDLhw4Aa9oPAM+HDgAUiA4AFogOAGmIDgB3iA4AvogOAM+IDgACQRIAG4kOAFdBEgBqiQ4AvYkOAMCJDgASig4AFYoOAKxBEgBvig4AAUISAMaKDgBk4g4A3IoOABGLDgAfiw4AZosOAGeLDgBWQhIAw4sOAKtCEgAzjA4AAEMSAHKMDgC6jA4AyIwOAA+NDgAZjQ4AZI0OAGyNDgC5jQ4Auo0OALSSDgDUjQ4AYZAOAOWNDgAOjg4AF44OAGOODgBkjg4AuI4OAMaODgANjw4AF48OAGKPDgBujw4At48OAL2PDgAMkA4AKJAOAFVDEgBvkA4AtpAOAMOQDgALkQ4AFZEOAGCRDgBikQ4AtZEOAMyRDgAKkg4AFpIOAF+SDgB7kg4AqkMSAMWSDgAJkw4AC5MOAF6TDgBokw4As5MOAMOTDgAIlA4ADZQOAF2UDgBjlA4AspQOAMiUDgAHlQ4AD5UOAFyVDgBflQ4AsZUOALqVDgAGlg4AFJYOAFuWDgBllg4AsJYOALyWDgAFlw4AIZcOAP9DEgBnlw4Ar5cOALeXDgAEmA4AB5gOAFbwDgAUmA4AWZgOAFuYDgBX7w4AZ5gOAK6YDgC7mA4AA5kOABGZDgBYmQ4AW5kOAK2ZDgC4mQ4AApoOAA6aDgBXmg4AXpoOAKyaDgC0mg4AAZsOAAObDgBWmw4AZpsOAKubDgC1mw4AAJwOAAycDgBVnA4AW5wOAKqcDgCynA4AVEQSAAGdDgBUnQ4AYp0OAKmdDgC2nQ4A/p0OAAqeDgBTng4AWZ4OAKieDgCrng4A/Z4OAAWfDgBSnw4AVJ8OAE2kDgBVnw4A+6AOAGKfDgCnnw4AqZ8OAPOoDgCsnw4A/J8OAAWgDgBRoA4AXqAOAKagDgCtoA4AqUQSAAShDgBLpg4ABaEOAKSiDgAboQ4AUKEOAF6hDgCloQ4ApqEOAP5EEgAGog4AT6IOAFaiDgBTRRIApqIOAPmiDgD/og4ATqMOAFijDgCjow4Ar6MOAPijDgD/ow4AqEUSAGakDgCipA4Ap6QOAPekDgD9pA4ATKUOAFalDgChpQ4AraUOAPalDgD9pQ4A/UUSAFqmDgCgpg4Ar6YOAPWmDgABpw4ASqcOAE2nDgCfpw4AoqcOAPSnDgAEqA4ASagOAFKoDgCeqA4Ar6gOAFJGEgABqQ4ASKkOAFmpDgCnRhIApKkOAPxGEgD6qQ4AR6oOAEmqDgBCrw4ASqoOAPCrDgBXqg4AnKoOAJ6qDgDosw4AoaoOAPGqDgD6qg4ARqsOAFOrDgCbqw4AoqsOAFFHEgD5qw4AQLEOAPqrDgCZrQ4AEKwOAEWsDgBTrA4AmqwOAJusDgCmRxIA+6wOAEStDgBLrQ4A+0cSAJutDgDurQ4A9K0OAEOuDgBNrg4AmK4OAKSuDgDtrg4A9K4OAFBIEgBbrw4Al68OAJyvDgDsrw4A8q8OAEGwDgBLsA4AlrAOAKKwDgDrsA4A8rAOAKVIEgBPsQ4AlbEOAKSxDgDqsQ4A9rEOAD+yDgBCsg4AlLIOAJeyDgDpsg4A+bIOAD6zDgBHsw4Ak7MOAKSzDgD6SBIA9rMOAD20DgBOtA4AT0kSAJm0DgCkSRIA77QOADy1DgBltQ4AkbUOAJm1DgDmtQ4A9rUOADu2DgA9tg4AkLYOAJ62DgDltg4A9rYOAPlJEgBAtw4Aj7cOAJu3DgBOShIAErgOAPhKEgBCuA4AjrgOAJu4DgDjuA4A/7gOADi5DgBAuQ4ATUsSAJ65DgDiuQ4A5LkOADe6DgA4ug4AjLoOAI+6DgDhug4A7boOADa7DgA9uw4Ai7sOAKe7DgDguw4A6LsOAPdLEgBCvA4AirwOAJq8DgDfvA4A5LwOADS9DgBfvQ4ATEwSAI+9DgChTBIA5r0OADO+DgA0vg4Af8cOADm+DgA0ZhAAPb4OAIi+DgA/vg4A2cIOAEO+DgAwwQ4AUb4OANHKDgCNvg4AkV4QAJO+DgCWWRAAlL4OAN2+DgDgvg4AMr8OADy/DgD2TBIAj78OANy/DgDivw4AMcAOADrADgCGwA4Ak8AOANvADgD3wA4AS00SADLBDgCFwQ4ANcEOANtpEACTwQ4A2sEOAOvBDgCgTRIANcIOAITCDgCQwg4A9U0SAN/CDgAuww4ANMMOAIPDDgCIww4A2MMOAN7DDgD0ThIANMQOAPNPEgCHxA4A18QOAN/EDgAsxQ4AOMUOAIHFDgCUxQ4A1sUOAOLFDgArxg4AOsYOAIDGDgCJxg4A1cYOAN/GDgAqxw4ANscOAJ1QEgCQxw4A1McOAODHDgApyA4AK8gOAH7IDgCByA4A08gOAN/IDgAoyQ4AMMkOAPJQEgCJyQ4A0skOAOLJDgAnyg4AM8oOAHzKDgCCyg4AR1ESAPPKDgAmyw4ALssOAHvLDgClyw4A0MsOANvLDgAlzA4AMcwOAHrMDgCLzA4Az8wOANDMDgCcURIAKs0OAHnNDgCGzQ4A8VESANvNDgAjzg4AOs4OAHjODgCjzg4Azc4OANXODgAizw4ALM8OAHfPDgCDzw4AzM8OAM/PDgAh0A4AK9AOAEZSEgB+0A4Ay9AOANHQDgAg0Q4AKdEOAHXRDgCC0Q4AytEOAObRDgCbUhIAIdIOAHTSDgAm0g4AvN8OAIHSDgDJ0g4A0NIOAB7TDgAg0w4Ac9MOAHnTDgDI0w4Az9MOAB3UDgA11A4ActQOAHfUDgDH1A4AftQOAHHVDgDQ1A4AHNUOACbVDgDwUhIAd9UOAMbVDgDM1Q4AG9YOACDWDgBw1g4AdtYOAEVTEgDG1g4AGtcOACvXDgBv1w4Ae9cOAMTXDgDO1w4AGdgOACXYDgBu2A4AddgOAJpTEgDF2A4AGNkOAM7YDgDPdRAAG9kOAG3ZDgCN2Q4AwtkOAMrZDgDvUxIAKNoOAGzaDgBz2g4AwdoOAMnaDgAW2w4AGdsOAL/cDgAm2w4Aa9sOAG3bDgDA2w4AztsOABXcDgAm3A4ARFQSAHHcDgCZVBIAyNwOABTdDgAj3Q4Aad0OAHjdDgC+3Q4Ayt0OABPeDgAW3g4AaN4OAGveDgC93g4Azd4OABLfDgAb3w4AZ98OAHjfDgDuVBIAwd8OABHgDgAa4A4AZuAOAHDgDgC74A4Aw+AOABDhDgAu4Q4AZeEOAIPhDgC64Q4A2OEOAA/iDgAt4g4AQ1USAGviDgC54g4AvuIOAA7jDgDF4g4ADeQOABfjDgBj4w4AbeMOALjjDgDU4w4AmFUSABPkDgBi5A4AaOQOALfkDgDT5A4A7VUSADblDgCXVhIAi+UOAOxWEgC+5Q4A61cSACHmDgBg5g4AYuYOALXmDgC75g4ACucOAB7nDgBf5w4AZ+cOALTnDgDe5w4AQFgSABLoDgBe6A4Aa+gOALPoDgDB6A4ACOkOABLpDgBd6Q4Ad+kOALLpDgC/6Q4AB+oOABPqDgBc6g4AZuoOALHqDgC56g4AlVgSAA3rDgBb6w4AY+sOAOpYEgCJ6w4A6VkSALzrDgAF7A4ADOwOAFrsDgBi7A4AP1kSALHsDgAE7Q4AFe0OAFntDgBh7Q4Aru0OALjtDgAD7g4AD+4OAFjuDgBb7g4Are4OALfuDgA+WhIAHu8OAJNaEgBl7w4ArO8OAL3vDgDoWhIACPAOAD1bEgBf8A4Aq/AOALrwDgAA8Q4AD/EOAFXxDgBh8Q4AqvEOAK3xDgD/8Q4AAvIOAFTyDgBk8g4AqfIOALLyDgD+8g4AD/MOAJJbEgBV8w4AqPMOAF/zDgBS9A4Aq/MOAP3zDgAF9A4A51sSAFj0DgCn9A4As/QOAPz0DgAE9Q4APFwSAF31DgCm9Q4AqfUOAPv1DgAF9g4AkVwSAFX2DgCl9g4Au/YOAPr2DgD79g4AT/cOAGD3DgCk9w4AsPcOAPn3DgAD+A4ATvgOAFr4DgDmXBIAr/gOAPj4DgD7+A4ATfkOAFf5DgCQXRIApfkOAPf5DgD6+Q4ATPoOAFj6DgCh+g4Ap/oOAPb6DgAA+w4A5V0SAFD7DgCg+w4ArfsOAPX7DgD4+w4ASvwOAGb8DgCf/A4Ap/wOADpeEgD8/A4Aj14SAFH9DgDkXhIAof0OAPP9DgC1/Q4Ax9MPABP+DgBI/g4AXP4OADlfEgCq/g4Ajl8SAPP+DgBH/w4ATf8OAJz/DgCo/w4A8f8OAAAADwBGAA8ASAAPAJsADwClAA8A8AAPAPwADwBFAQ8ATAEPAONfEgCmAQ8AOGASAPcBDwCNYBIARwIPAEIEDwBUAg8AmQIPAJsCDwDuAg8A/AIPAEMDDwBUAw8AimMSAJ8DDwDfYxIA9QMPADRkEgBiBA8AlwQPAKUEDwDsBA8A7QQPAIlkEgBNBQ8AlgUPAJ0FDwDeZBIA8wUPADNlEgBCBg8AlQYPAKMGDwDqBg8A+wYPAIhlEgBFBw8AlAcPAKAHDwDdZRIA7wcPAD4IDwBECA8AkwgPAJgIDwDoCA8A7ggPAIdmEgBACQ8AkgkPAJ4JDwDnCQ8A7QkPADwKDwBGCg8AMWcSAJYKDwDmCg8A8woPADsLDwA+Cw8AkAsPAKULDwDlCw8A7QsPAIZnEgBCDA8AjwwPAJsMDwDkDA8A6gwPADkNDwA/DQ8Ajg0PAJMNDwDjDQ8A6Q0PAIRpEgBHDg8AjQ4PAJwODwDiDg8A6w4PADcPDwA9Dw8AjA8PAJIPDwDhDw8A7Q8PADYQDwA9EA8AixAPAJMQDwAuahIA6hAPADURDwBAEQ8AihEPAJYRDwDfEQ8A5REPADQSDwA8Eg8AiRIPAJUSDwDeEg8A5BIPADMTDwA5Ew8AiBMPAI0TDwDdEw8A4xMPAINqEgA5FA8AhxQPAJUUDwDcFA8A6RQPADEVDwBIFQ8AhhUPAKIVDwDbFQ8A4xUPANhqEgBDFg8AhRYPAIcWDwDaFg8A8BYPAC8XDwAwFw8AhBcPAJUXDwDZFw8A5RcPAC1rEgBKGA8AgmsSAJkYDwDYGA8A2RgPAC0ZDwA+GQ8AghkPAI4ZDwDXaxIA3BkPACwaDwAyGg8AgRoPAKEaDwDWGg8A4hoPACsbDwAyGw8ALGwSAIYbDwDVGw8A2hsPACocDwAwHA8AgWwSAIscDwDUHA8A1xwPACkdDwAzHQ8Afh0PAIYdDwCAbRIA4R0PACgeDwAvHg8AfR4PAIUeDwDSHg8A3x4PACcfDwAsHw8AfB8PAIYfDwDRHw8A2R8PACYgDwA2IA8AeyAPAIkgDwDQIA8A3SAPACUhDwAzIQ8AeiEPAH0hDwDPIQ8A2iEPACQiDwAsIg8AeSIPAJIiDwDOIg8A2iIPACMjDwAzIw8AeCMPAH0jDwDNIw8A0yMPACIkDwAuJA8AdyQPAH8kDwDVbRIA1iQPACElDwAkJQ8AdiUPAH4lDwDLJQ8AzCUPACAmDwAiJg8AdSYPAHsmDwDKJg8A1iYPAB8nDwAsJw8AdCcPAH4nDwDJJw8A0ScPAB4oDwAgKA8AcygPAIAoDwDIKA8AzygPAB0pDwAlKQ8AcikPAHYpDwDHKQ8AySkPABwqDwAfKg8AcSoPAHkqDwDGKg8A1SoPABsrDwAdKw8AcCsPAH0rDwDFKw8A1CsPABosDwAmLA8AbywPAIAsDwDELA8A1SwPABktDwAlLQ8Abi0PAHUtDwDDLQ8A4i0PACpuEgAsLg8AbS4PAG4uDwDCLg8Azi4PABcvDwAzLw8AbC8PAHQvDwB/bhIAyS8PAClvEgAiMA8AazAPAHEwDwDAMA8AxjAPABUxDwAtMQ8AajEPAHQxDwC/MQ8AyzEPABQyDwAXMg8AaTIPAHMyDwC+Mg8A1jIPABMzDwAjMw8AaDMPAGozDwC9Mw8AyzMPABI0DwAjNA8Afm8SAG00DwC8NA8AyDQPANNvEgAZNQ8AfXASAHI1DwC7NQ8AvjUPABA2DwAaNg8A0nASAGc2DwC6Ng8AyDYPAA83DwAgNw8AfHESAGs3DwDRcRIAwTcPACZyEgAWOA8AJXMSAGU4DwC4OA8AxTgPAA05DwAcOQ8AYjkPAGg5DwC3OQ8AwzkPAAw6DwAOOg8AYToPAGs6DwC2Og8AxDoPAAs7DwAQOw8AYDsPAG07DwC1Ow8AwTsPAAo8DwAdPA8AXzwPAG48DwC0PA8AwDwPAAk9DwAKPQ8AXj0PAGg9DwCzPQ8AwT0PAAg+DwANPg8AXT4PAGo+DwB6cxIAvD4PAAc/DwAVPw8AXD8PAF8/DwCxPw8AwT8PAAZADwAUQA8AW0APAGdADwCwQA8At0APAAVBDwAMQQ8AWkEPAGZBDwCvQQ8AsEEPAARCDwAQQg8AWUIPAGZCDwCuQg8AtUIPAANDDwAPQw8AWEMPAGVDDwCtQw8AvEMPAAJEDwAWRA8AV0QPAGNEDwCsRA8Av0QPAAFFDwAQRQ8AVkUPAGJFDwCrRQ8ArEUPAABGDwAKRg8AVUYPAGNGDwCqRg8Ar0YPAP9GDwAMRw8Az3MSAFVHDwCpRw8AukcPAP5HDwAMSA8AU0gPAGJIDwCoSA8AqkgPAP1IDwAHSQ8AUkkPAGBJDwCnSQ8ArEkPAPxJDwAJSg8AUUoPAGBKDwCmSg8Aq0oPAPtKDwAISw8AUEsPAFpLDwClSw8AsUsPAPpLDwANTA8AT0wPAFlMDwCkTA8AsEwPAPlMDwAMTQ8ATk0PAF1NDwCjTQ8Ar00PAPhNDwD5TQ8ATU4PAFdODwCiTg8AsE4PAPdODwD8Tg8ATE8PAFlPDwAkdBIApk8PAPZPDwADUA8AS1APAFVQDwCgUA8AplAPAPVQDwD3UA8ASlEPAFdRDwCfUQ8AolEPAPRRDwACUg8ASVIPAFVSDwCeUg8Aq1IPAPNSDwD9Ug8ASFMPAFdTDwCdUw8AolMPAPJTDwD/Uw8AR1QPAFRUDwCcVA8AqFQPAPFUDwAAVQ8ARlUPAFBVDwCbVQ8AqVUPAPBVDwD1VQ8ARVYPAFJWDwCaVg8AplYPAO9WDwACVw8ARFcPAFNXDwCZVw8ApVcPAO5XDwDvVw8AQ1gPAE1YDwCYWA8AplgPAO1YDwDyWA8AQlkPAE9ZDwB5dBIAqlkPAOxZDwD7WQ8AQVoPAE1aDwCWWg8Al1oPAOtaDwD1Wg8AQFsPAE5bDwCVWw8AmlsPAOpbDwD3Ww8AznQSAFJcDwCUXA8Ao1wPAOlcDwD1XA8APl0PAD9dDwCTXQ8AnV0PAOhdDwD2XQ8APV4PAEJeDwCSXg8An14PACN1EgDpXg8APF8PAEpfDwCRXw8Anl8PAOZfDwDyXw8AO2APAEFgDwCQYA8AoWAPAOVgDwDnYA8AOmEPAENhDwCPYQ8AnGEPAORhDwDzYQ8AOWIPAERiDwCOYg8AmmIPAONiDwD2Yg8AOGMPAEdjDwCNYw8AmWMPAOJjDwDjYw8AN2QPAEFkDwCMZA8AmmQPAOFkDwDmZA8ANmUPAENlDwB4dRIAmGUPAOBlDwDuZQ8ANWYPAD9mDwCKZg8AmGYPAN9mDwDhZg8ANGcPAEVnDwCJZw8Al2cPAN5nDwAPaA8AM2gPADVoDwCIaA8AkmgPAN1oDwDraA8AMmkPADdpDwCHaQ8AlGkPANxpDwDoaQ8AMWoPAERqDwCGag8AlWoPANtqDwDnag8AMGsPADFrDwCFaw8Aj2sPANprDwDoaw8AL2wPADRsDwCEbA8AkWwPAM11EgDbbA8ALm0PADBtDwCDbQ8Akm0PANhtDwDnbQ8ALW4PADluDwCCbg8AhW4PANduDwDabg8ALG8PADJvDwCBbw8AjW8PANZvDwDZbw8AK3APADBwDwCAcA8AiXAPANVwDwDbcA8AKnEPADlxDwB/cQ8Ai3EPANRxDwDkcQ8AKXIPACtyDwB+cg8AjHIPANNyDwDkcg8AInYSAC5zDwB9cw8AiXMPAHd2EgDlcw8AJ3QPADZ0DwB8dA8AiHQPANF0DwDSdA8AJnUPADB1DwB7dQ8AiXUPANB1DwDVdQ8AJXYPADJ2DwDMdhIAhnYPAM92DwDZdg8AJHcPAFB3DwB5dw8AgHcPAM53DwDndw8AI3gPADJ4DwB4eA8Ah3gPAM14DwDSeA8AInkPAC95DwB3eQ8AhHkPAMx5DwDYeQ8AIXoPADB6DwB2eg8AgHoPAMt6DwDZeg8AIHsPACV7DwB1ew8AgnsPAMp7DwDWew8AH3wPADJ8DwB0fA8Ag3wPAMl8DwDVfA8AHn0PAB99DwBzfQ8AfX0PAMh9DwDWfQ8AHX4PACJ+DwByfg8Af34PACF3EgDYfg8AHH8PAC1/DwBxfw8AfX8PAMZ/DwDdfw8AG4APAB2ADwBwgA8AgYAPAMWADwDIgA8AGoEPACSBDwBvgQ8AcYEPAMSBDwDOgQ8AGYIPACWCDwBugg8AeoIPAMOCDwDWgg8AGIMPACeDDwBtgw8AeYMPAMKDDwDDgw8AF4QPACGEDwBshA8AeoQPAMGEDwDGhA8AFoUPACOFDwB2dxIAbYUPAMCFDwDKhQ8AFYYPAB2GDwDLdxIAfYYPAL+GDwDLhg8AFIcPACOHDwBphw8AcocPAL6HDwDIhw8AE4gPACGIDwBoiA8AbYgPAL2IDwDKiA8AEokPAB6JDwBniQ8AeokPALyJDwDLiQ8AEYoPAB2KDwBmig8AZ4oPALuKDwDFig8AEIsPAB6LDwBliw8AaosPALqLDwDHiw8AIHgSABGMDwBkjA8AbowPALmMDwDBjA8AdXgSABONDwBjjQ8AeY0PALiNDwC5jQ8ADY4PAB6ODwBijg8Abo4PALeODwDBjg8ADI8PABqPDwBhjw8AZo8PALaPDwDDjw8AC5APABeQDwBgkA8Ac5APALWQDwDEkA8ACpEPABaRDwBfkQ8AYJEPALSRDwC+kQ8ACZIPABeSDwBekg8AY5IPALOSDwDAkg8AyngSAAqTDwBdkw8AZ5MPALKTDwC6kw8AH3kSAB2UDwBclA8AaJQPALGUDwC2lA8ABpUPAA+VDwBblQ8AZZUPALCVDwC8lQ8ABZYPABiWDwBalg8AaZYPAK+WDwC7lg8ABJcPAAWXDwBZlw8AY5cPAK6XDwC8lw8AA5gPAAiYDwBYmA8AZZgPAHR5EgCvmA8AApkPAAyZDwBXmQ8AX5kPAMl5EgC5mQ8AAZoPABCaDwBWmg8AYZoPAKuaDwC3mg8AAJsPAA+bDwBVmw8AdZsPAKqbDwC2mw8A/5sPAAacDwBUnA8AYpwPAKmcDwCunA8A/pwPAAqdDwBTnQ8AZp0PAKidDwC3nQ8A/Z0PAAmeDwBSng8AU54PAKeeDwCxng8A/J4PAAqfDwBRnw8AVp8PAKafDwCznw8AHnoSAP2fDwBQoA8AWqAPAKWgDwCtoA8Ac3oSABehDwBPoQ8AYKEPAKShDwCwoQ8A+aEPAAyiDwBOog8AXaIPAKOiDwCvog8A+KIPAPmiDwBNow8AV6MPAKKjDwCwow8A96MPAPyjDwBMpA8AWaQPAMh6EgCjpA8A9qQPAAClDwBLpQ8AU6UPAB17EgC9pQ8A9aUPAAamDwBKpg8AVqYPAJ+mDwCypg8A9KYPAAOnDwBJpw8AVacPAJ6nDwCfpw8A86cPAP2nDwBIqA8AVqgPAJ2oDwCiqA8A8qgPAP+oDwByexIASakPAJypDwCmqQ8A8akPAPmpDwDHexIAV6oPAJuqDwCvqg8A8KoPAPSqDwBFqw8AR6sPAJqrDwCuqw8A76sPAPKrDwBErA8AYawPAJmsDwCqrA8A7qwPAPqsDwBDrQ8AVq0PAJitDwCnrQ8A7a0PAPmtDwBCrg8AQ64PAJeuDwChrg8A7K4PAPquDwBBrw8ARq8PAJavDwCjrw8AHHwSAO2vDwBAsA8ASrAPAJWwDwCdsA8AcXwSAOywDwA/sQ8ATbEPAJSxDwClsQ8AxnwSAPCxDwAbfRIAYbIPABp+EgCbsg8AGX8SAO6yDwA9sw8AQrMPAJKzDwCWsw8A57MPAPSzDwBufxIAQbQPAJG0DwCVtA8A5rQPAOi0DwA7tQ8AVLUPAJC1DwChtQ8A5bUPAPG1DwDDfxIAPbYPAN+7DwBGtg8Aj7YPAKK2DwDktg8A5bYPADm3DwBFtw8AjrcPAJ23DwDjtw8A7bcPADi4DwBEuA8AjbgPAJS4DwAYgBIA6rgPADe5DwA5uQ8AK8UPADq5DwAyvg8APbkPAIy5DwBDuQ8AhcAPAES5DwDDLBAAmLkPAOG5DwDwuQ8ANroPAEK6DwCLug8AmboPAOC6DwD7ug8ANbsPAEG7DwCKuw8AkbsPAG2AEgDsuw8ANLwPADa8DwCJvA8AirwPAN68DwDhvA8AM70PAD69DwCIvQ8Ajb0PAN29DwDnvQ8AwoASAD++DwCHvg8Aib4PANy+DwDdvg8AMb8PADS/DwCGvw8Akb8PANu/DwDgvw8AMMAPADrADwAXgRIAmMAPANrADwDbwA8AL8EPADvBDwCEwQ8Ak8EPANnBDwDjwQ8ALsIPADrCDwCDwg8AisIPAGyBEgDgwg8ALcMPAC/DDwCCww8AkcMPANfDDwDhww8ALMQPADXEDwCBxA8Ag8QPANbEDwDnxA8AFoISADrFDwCAxQ8AisUPANXFDwDexQ8AKsYPACzGDwB/xg8AkMYPANTGDwDcxg8AKccPAEfHDwB+xw8AhscPANPHDwDfxw8AKMgPADvIDwB9yA8AfsgPANLIDwDeyA8AJ8kPADbJDwB8yQ8AhskPANHJDwDdyQ8AJsoPAC3KDwBrghIAjMoPANDKDwDhyg8AJcsPAC3LDwB6yw8AgcsPAM/LDwDdyw8AJMwPADTMDwB5zA8AicwPAM7MDwDqzA8AwIISADDNDwB4zQ8Aj80PAM3NDwDVzQ8AIs4PADDODwB3zg8Agc4PAMzODwDYzg8AIc8PADfPDwB2zw8Aec8PAMvPDwDnzw8AFYMSADDQDwB10A8Af9APAMrQDwDS0A8AH9EPAC7RDwB00Q8AedEPAMnRDwDW0Q8AHtIPACjSDwBz0g8AddIPAMjSDwDW0g8AHdMPACrTDwBy0w8AddMPAGqDEgDS0w8AHNQPACbUDwBx1A8AedQPAMbUDwDV1A8AG9UPACDVDwBw1Q8AfdUPAMXVDwDP1Q8AGtYPABzWDwBv1g8AfdYPAMTWDwDR1g8AGdcPABzXDwC/gxIAcdcPAMPXDwDP1w8AGNgPAB/YDwBt2A8AddgPAMLYDwDb2A8AF9kPACvZDwBs2Q8AiNkPAMHZDwDJ2Q8AaYQSAB7aDwC+hBIAeNoPAMDaDwDH2g8AFdsPAB3bDwBq2w8Ab9sPAL/bDwDP2w8AFNwPABzcDwBp3A8Ad9wPAL7cDwDL3A8AE90PACDdDwBo3Q8AdN0PAL3dDwDD3Q8AEt4PABreDwBn3g8Ac94PALzeDwDP3g8AEd8PACDfDwBm3w8Act8PALvfDwC83w8AEOAPABrgDwBl4A8Ac+APALrgDwC/4A8AD+EPABzhDwAThRIAZ+EPALnhDwDD4Q8ADuIPABDiDwBj4g8AcuIPALjiDwDY4g8ADeMPABXjDwBi4w8AbOMPALfjDwC94w8ADOQPAA7kDwBh5A8AcOQPALbkDwDC5A8AC+UPABPlDwBohRIAfuUPALXlDwDT5Q8AvYUSACjmDwBf5g8AfeYPALTmDwC85g8ACecPABjnDwBe5w8AYOcPALPnDwC85w8ACOgPAAvoDwBd6A8AaegPALLoDwC56A8AB+kPAA/pDwBc6Q8AdekPALHpDwDF6Q8ABuoPACLqDwBb6g8AY+oPABKGEgDO6g8ABesPACPrDwBnhhIAc+sPAK/rDwC06w8ABOwPAB/sDwBZ7A8AZewPAK7sDwC27A8AvIYSABbtDwBY7Q8AZ+0PAK3tDwC57Q8AAu4PAAPuDwBX7g8AYe4PAKzuDwC67g8AAe8PAAbvDwBW7w8AY+8PABGHEgCv7w8AAPAPAALwDwBV8A8AWPAPAKrwDwCy8A8A//APAAnxDwBU8Q8AX/EPAKnxDwC18Q8A/vEPAAbyDwBmhxIAYfIPAKjyDwCu8g8A/fIPAAnzDwBS8w8AYfMPAKfzDwCx8w8A/PMPAAT0DwBR9A8AYPQPAKb0DwCo9A8A+/QPAAT1DwBQ9Q8AU/UPAKX1DwCx9Q8A+vUPAAL2DwC7hxIAX/YPAKT2DwCs9g8A+fYPAAP3DwBO9w8AWfcPAKP3DwCv9w8A+PcPAAD4DwAQiBIAUvgPAKL4DwCz+A8A9/gPAAj5DwBM+Q8AUfkPAKH5DwCl+Q8A9vkPAAT6DwBL+g8AWPoPAKD6DwC3+g8A9foPAP36DwBK+w8AVvsPAJ/7DwCy+w8A9PsPAAP8DwBJ/A8AVfwPAJ78DwCf/A8A8/wPAP38DwBI/Q8AVv0PAJ39DwCi/Q8A8v0PAP/9DwBliBIATf4PAJz+DwCq/g8A8f4PAP7+DwBG/w8AXf8PAJv/DwCj/w8A8P8PAPv/DwBFABAARwAQAJoAEACnABAA7wAQAPYAEABEARAAVQEQAJkBEACnARAA7gEQAPsBEABDAhAAWgIQAJgCEACgAhAA7QIQAPICEABCAxAAUgMQAJcDEACfAxAA7AMQAPYDEABBBBAATAQQAJYEEACiBBAA6wQQAPMEEAAPiRIAWQUQAJUFEACaBRAA6gUQAAUGEAA/BhAASwYQAJQGEACcBhAAZIkSAPwGEAA+BxAATQcQAJMHEACfBxAA6AcQAOkHEAA9CBAARwgQAJIIEACgCBAA5wgQAOwIEAA8CRAASQkQALmJEgCZCRAA5gkQAOgJEAA7ChAASAoQAJAKEACVChAA5QoQAO8KEAA6CxAARQsQAI8LEACbCxAA5AsQAOoLEAA5DBAAQQwQAI4MEACaDBAA4wwQAPYMEAA4DRAARw0QAI0NEACZDRAA4g0QAOMNEAA3DhAAQQ4QAIwOEACaDhAA4Q4QAOYOEAA2DxAAQw8QAA6KEgCQDxAA4A8QAO8PEAA1EBAARBAQAIoQEACTEBAA3xAQAOUQEAA0ERAAOhEQAIkREACVERAA3hEQAOUREAAzEhAATxIQAGOKEgCSEhAA3RIQAOkSEAAyExAANRMQAIcTEACRExAAuIoSAOQTEAANixIAORQQAGKLEgCOFBAAt4sSAOMUEAAwFRAAMRUQANMcEAA9FRAAhRUQAEQVEAArGhAARxUQAHcjEABJFRAAHicQAIYVEADaFRAA8BUQAC8WEAA3FhAAhBYQAIYWEAAsGRAAkhYQANkWEADhFhAADIwSAOYWEAAuFxAAMRcQAIMXEACNFxAA2BcQANoXEAAtGBAAPhgQAIIYEACTGBAA1xgQAN8YEABhjBIAMxkQAIEZEACIGRAA1hkQAN4ZEAC2jBIALRoQAIAaEACGGhAA1RoQAOIaEAAqGxAAMhsQAH8bEACBGxAA1BsQANsbEAApHBAAMBwQAH4cEACGHBAAC40SAOAcEAAoHRAAKR0QAH0dEACTHRAA0h0QANodEAAnHhAAKR4QAM8gEAA1HhAAfB4QAIQeEABgjRIAiR4QANEeEADUHhAAJh8QADAfEAB7HxAAfR8QANAfEADhHxAAJSAQADYgEAB6IBAAgiAQALWNEgDWIBAAJCEQACshEAB5IRAAgSEQAAqOEgDYIRAAIyIQACUiEAB4IhAAiSIQAM0iEADeIhAAIiMQACojEABfjhIAfCMQABorEACDIxAAzCMQAOIjEAAhJBAAKSQQAHYkEACEJBAAyyQQANgkEAAgJRAAIyUQAHUlEAB/JRAAyiUQAMwlEAAfJhAAMCYQAHQmEACFJhAAySYQANEmEAC0jhIAJycQAHMnEACAJxAAyCcQAM8nEAAdKBAALigQAHIoEAB+KBAAxygQAM8oEAAJjxIAKSkQAHEpEAB0KRAAxikQANApEAAbKhAAHSoQAHAqEACBKhAAxSoQANYqEABejxIAIisQAG8rEACGKxAAxCsQANArEAAZLBAAIywQAG4sEAB2LBAAs48SAMQsEAAYLRAALi0QAG0tEAB1LRAAwi0QANAtEAAXLhAAHy4QAAiQEgAkLhAAbC4QAG8uEADBLhAAyy4QABYvEAAYLxAAay8QAHwvEADALxAA0S8QABUwEAAdMBAAXZASAHAwEAC/MBAAxDAQABQxEAAvMRAAaTEQAHcxEAC+MRAAxTEQABMyEAAfMhAAaDIQAG4yEAC9MhAAwDIQABIzEAAcMxAAZzMQAG0zEAC8MxAAvjMQABE0EAAbNBAAZjQQAHI0EAC7NBAA0jQQABA1EAAkNRAAZTUQAIE1EAC6NRAAwjUQALKQEgARNhAAZDYQAHI2EAC5NhAAyjYQAAeREgAVNxAAXJESAHE3EAC4NxAAwjcQAA04EAAYOBAAYjgQAGo4EAC3OBAAwzgQAAw5EAAfORAAYTkQAHA5EAC2ORAAwjkQAAs6EAAMOhAAYDoQAGo6EAC1OhAAwzoQAAo7EAAPOxAAXzsQAGw7EAAGkhIAvDsQAAk8EAATPBAAXjwQAGM8EACzPBAAuzwQAAg9EAAOPRAAXT0QAGk9EACyPRAAuD0QAAc+EAAQPhAAXD4QAGk+EACxPhAAuT4QAAY/EAAHPxAAWz8QAF0/EACwPxAAsz8QAAVAEAAIQBAAsJISAHBAEACvQBAAt0AQAARBEAAQQRAAWUEQAF9BEACuQRAAtEEQAANCEAAIQhAArUIQADFCEABYQhAAYEIQAFqTEgCzQhAAr5MSABhDEABXQxAAWUMQAKxDEAC5QxAAAUQQAAhEEABWRBAAXkQQAKtEEAC7RBAAAEUQAAJFEABVRRAAY0UQAKpFEAC7RRAAWZQSAAZGEACulBIAYkYQAKlGEACzRhAA/kYQAAlHEABTRxAAW0cQAKhHEAC0RxAA/UcQABBIEABSSBAAYEgQAKdIEACxSBAA/EgQAARJEABRSRAAYEkQAKZJEACrSRAA+0kQAAJKEABQShAAXEoQAFiVEgDjShAA+koQADhLEABPSxAAV0sQAK2VEgDOSxAA+UsQAAVMEABOTBAAVEwQAKNMEACpTBAA+EwQAP1MEABNTRAAU00QAAKWEgCjTRAA900QAP1NEABMThAAUU4QAKFOEACwThAA9k4QAAJPEABLTxAATk8QAKBPEACjTxAA9U8QAP1PEABKUBAAWVAQAJ9QEACkUBAA9FAQAApREABJURAASlEQAJ5REACvURAA81EQAP9REABIUhAAUlIQAJ1SEACpUhAA8lIQAPlSEABXlhIAV1MQAJxTEACoUxAA8VMQAABUEABGVBAAWlQQAJtUEACqVBAA8FQQAAFVEABFVRAAUVUQAKyWEgCcVRAA71UQAP1VEABEVhAAVVYQAAGXEgCfVhAA7lYQAPpWEABWlxIASVcQAJhXEACeVxAA7VcQAPJXEABCWBAASFgQAFWYEgCcWBAA7FgQAO5YEABBWRAAUlkQAKmZEgCiWRAA61kQAPFZEABAWhAATFoQAJVaEACdWhAA/pkSAPBaEAA/WxAAS1sQAJRbEACcWxAAU5oSAPVbEAA+XBAAQVwQAJNcEACdXBAAqJoSAOpcEAA9XRAAS10QAJJdEACjXRAAUpsSAO1dEAA8XhAASF4QAKebEgCZXhAA5l4QAOleEAA7XxAAR18QAJBfEACcXxAA5V8QAO1fEABRnBIARWAQAI9gEACbYBAA5GAQAOxgEACmnBIAQmEQAI5hEACfYRAA42EQAPRhEAA4YhAAQGIQAI1iEACQYhAA4mIQAOxiEAA3YxAAOWMQAIxjEACbYxAA4WMQAAFkEAA2ZBAAPmQQAItkEACVZBAA4GQQAOZkEAA1ZRAAN2UQAIplEACZZRAA32UQAOtlEAD7nBIAQGYQAIlmEACnZhAA3mYQAORmEAAzZxAAPGcQAIhnEACVZxAA3WcQAOVnEAAyaBAASGgQAIdoEACJaBAA3GgQAPdoEAAxaRAAPWkQAIZpEACTaRAAUJ0SAOFpEAAwahAAOGoQAIVqEACbahAA2moQAN9qEAAvaxAANWsQAIRrEACQaxAA2WsQAOFrEAClnRIAO2wQAINsEACTbBAA2GwQAN1sEAAtbRAAM20QAIJtEACYbRAA120QANltEAAsbhAANm4QAIFuEACPbhAA1m4QANtuEAArbxAAOG8QAPqdEgCPbxAA1W8QAN5vEAAqcBAANHAQAH9wEACNcBAA1HAQANlwEAApcRAANnEQAH5xEACGcRAA03EQAONxEAAochAAKnIQAH1yEACLchAA0nIQAONyEABPnhIALnMQAKSeEgCBcxAA0XMQANdzEAAmdBAALnQQAHt0EACFdBAA0HQQANJ0EAAldRAAKHUQAHp1EACadRAATp8SANt1EAAkdhAAKnYQAHl2EACFdhAAznYQANZ2EACjnxIAL3cQAHh3EAB+dxAAzXcQANl3EAAieBAAKngQAPifEgB5eBAAzHgQANp4EAAheRAAMnkQAE2gEgCDeRAAy3kQAOJ5EACioBIAKnoQAHV6EACBehAAynoQAM16EAAfexAAKXsQAPegEgCFexAAyXsQANB7EAAefBAAJnwQAHN8EACAfBAAyHwQAM18EAAdfRAAJ30QAHJ9EAB6fRAAx30QANZ9EAAcfhAAIX4QAHF+EACHfhAAxn4QAMd+EAAbfxAAKX8QAHB/EACBfxAAxX8QANF/EAAagBAAIoAQAKGhEgBzgBAAVAEAAHeAEADXFhIAe4AQAAbrDgDQgBAA9wgAACGBEAAWhBAAz4IQANUqAAAbgxAA0ywAACaEEADEOwAAw4QQAME+AAAYhRAADkcAAMGFEABa6w8AwoUQALZJAADGhRAAY5kDAMmFEADzrwcAGIYQAPlbAADChhAASGIAABeHEACRbgAAwIcQADV1AAAhiBAALH4AAGuIEAB+gQAAvogQAHqFAABuiRAAxo4AAC+KEABlihAAwIwQADDPAAC7jRAAJNsAABCOEABw5AAAuo4QAAzzAABsjxAAWPwAANmPEACt/AAADJAQAAL9AABrkBAA/AIBABOREAClBAEAZ5EQAKAJAQAnkhAAlxIBAGmSEACRGAEA0ZIQAAeTEAB4kxAAsZMQALmTEAAGlBAAEpQQAN8fAQBjlBAAhyIBACGVEABalRAAYpUQAK+VEACxlRAA1SkBABCWEADPLwEAtpYQABs5AQAOmBAAV1IBALSYEAD+VQEAyJgQABDeEQDQmBAAEtwRACaZEABTVgEAXJkQAKdXAQC9mRAA+lkBAAWaEAD3XAEAWZoQAPVeAQBgmxAAjXEBAMObEAD+mxAABpwQAOJxAQBinBAANXQBAAmdEADVfgEAdZ0QACp/AQCznRAA04ABAASeEABRnhAAW54QACiBAQCwnhAAI4YBALCgEAC0nwEAAaEQAE6hEABeoRAACaABAASiEAAFpAEAVaIQAKKiEACyohAAWqQBAFijEAD8rAEApaUQAHkvAgCppRAAIjECAK2lEADmwgEAuaUQAGk/AgBRphAALBcSAFKmEAD4+wsAVaYQAOPFAQBlphAAmFsMAKamEABR8xAAuqYQADjGAQDMphAAlFkSAPqmEACNxgEA/aYQAA7lDACppxAAiMsBAP6nEADdywEAqqgQACzSAQBPqRAAJtgBAPmpEAAi3AEASKoQAJqqEACmqhAAzNwBAKGrEADuqxAA8asQAC7EDQD6qxAAcOMBAFisEAAY5gEAuawQAO2sEABGrRAAoVENAFKtEABf9AEAb60QABXpAQCjrRAAZO8BAE2uEAAK9AEA964QAF71AQBcrxAAs/UBAPqvEABd9gEASLAQAFz3AQBMsRAApwECAPGxEAAleQwA9LEQAKIGAgD2sRAAVUcOAEWyEADTGhIAV7IQAJKyEADvshAAPLMQAAOzEADtEAIAP7MQADsNDQBGsxAALBwNAEmzEACm9wwAV7MQAKAIAgBdsxAA3BYNAOizEADxDAIAELQQAAPvDQBJtBAAmg4CAJy0EACZDwIA+7cQADEiAgBCuRAAhBkNAJXFEAAHQQ0AO8YQAH7GEADlxhAAKMcQAI3HEADsBwwAk8cQACfWAgDUyBAAwdcRANnIEAB7yRAA7cgQAHjMEAD1yBAAvdsRAPvIEAAX5gIAfckQAGSPDAB/yRAAOQ8NAILJEADjEwkAhckQAGzmAgCKyRAAweYCAIzJEACrpQQAsskQAF/xBADayxAAB/YCAIDMEADNzBAAzswQADq5DADXzBAAZjUPANzMEAAEmQ0A7MwQACttEgAszRAAAvsCACTOEADZIwMAJ84QAHvPCgAozhAAlhEDACrOEABQAgMAK84QAPUHAwAtzhAA4xgEAC7OEABICgMAL84QADoYAwAwzhAA+AQDADHOEACSFAQAN84QAEUNAwBfzhAApUoQAHXREAAAUgMAedEQANQoAwB90RAAad8MANTREAAnKwMAH9QQAAtHAwCI1RAA9VwDADLWEADrZgMA4tYQAOdqAwAh1xAAN3ADABnYEAB7gQMAdNgQAMHYEADP2BAAzoMDAMTZEABT8w4AztkQAHCMAwDC2hAAC5wDABrcEADzswMAvtwQAEC8AwB53RAAvN0QAL3eEACAJQUAvt4QAHHgAwDF3hAADOsIAGjfEABt5AMAbN8QAP35CABn4BAAV/oDAG7hEAChBQQAHOIQAPMIBADT4hAADOMQABTjEABh4xAAcOMQAJYQBADA4xAA6BMEAGnkEAB7eAwAbOQQAJEVBAC95BAACuUQANHkEABt1hEAFOUQAOYVBAC85RAAixsEABjmEACJHQQAueYQAIMjBAAQ5xAA6rYJAGDnEAAnKgQAaOgQAL88BAC56BAAfHIRACLpEABb6RAAY+kQALDpEAC96RAArE8EAL/pEAAxdQQAwekQABFABABq6xAASlwEAGTsEAA3bwQAtewQAALtEAAT7RAAi3AEABDuEAB3hAQAYO4QAMmHBAAC7xAAbI8EAGbvEAAQlgQAce8QAASiBAB+7xAACpwEAH3wEABZogQAHfEQAFKpBABZ8RAAoa8EAATyEADnvgQACfIQAGWRCQAK8hAADJUJAAzyEAAVjAkAbvIQAKfyEACv8hAA/PIQAFPzEABFWA0AWfMQAMLWEQBb8xAA5MEEAF3zEAAwFg8AdPMQANZsEgCV8xAAETUPAK7zEADhxAQAKPQQAFD0EABb9BAA4MUEAAT1EACFywQAs/UQACjTBABR9hAAH9wEAL/2EADI3QQABfcQABXmBAAH9xAAHd4EAFP3EABv4QQAV/cQAG3jBABW+BAAvegEAFr5EACy8wQAo/kQAK34BABk/BAAnfwQAKX8EADy/BAAAf0QADMdBQBQ/RAA1iQFAEj+EAAjLQUAU/4QAM/SCACe/hAAdTAFAJ//EAC2RAUAqf8QAL48BQD1/xAAEEAFAPn/EAAOQgUAXwERAJgBEQCgAREA7QERAPIBEQCiWAUA/AERAKpQBQBIAhEA/FMFAEwCEQD6VQUASgQRAOFuBQDwBBEA2HcFAJoFEQBviwUAYwYRAAqbBQC5BhEAWqAFAPcGEQBYogUATQcRAKeoBQCeBxEApqkFAO8HEQA8CBEARggRAPupBQCUCBEA+KwFAJkJEQDutgUAVgoRAI8KEQCXChEA5AoRAOoKEQCNwgUATwsRADTGBQD5CxEAfdIFADwMEQBz3AUA8QwRAG/gBQCbDREAZ+gFAFIOEQCLDhEAkw4RAOAOEQDwDhEAWvUFAAwPEQCr+QUAQQ8RAFn2BQCSDxEA3w8RAOkPEQCu9gUA+hARADMREQA7EREAiBERAJEREQBIBwYA5xERAEYJBgCjEhEA3BIRAOQSEQAxExEAMhMRADsUBgA2ExEAQmIGADcTEQCEIAYAPhMRAN4bBgBAExEA6w4GAIwTEQA9EgYAkBMRAJpfBgCPFBEAhh4GAI4VEQB3LQYA4xURAMgxBgA0FhEAxzIGAOYWEQAUOwYAnhcRANcXEQDfFxEALBgRADYYEQAMQwYAhBgRAAVKBgBHGREAgBkRAIgZEQDVGREA4hkRAFZOBgDkGREATFgGAC8aEQBSUgYA2hoRAJ5bBgAxGxEAnF0GAJkcEQDSHBEA2hwRACcdEQA2HREAkGkGAIYdEQDibAYAhh8RAM2BBgDrHxEAJCARAEAgEQB5IBEAhiARACGDBgCUIREAzSERANUhEQAiIhEAJSIRALqUBgADIxEAraEGAHkjEQCopgYAfSMRAAzoCwAtJBEATK0GAHgkEQBIsQYA0yURADfCBgAqJhEAh8cGACUnEQDKgQkAOScRAHWBCQCOJxEAxycRAM8nEQAcKBEAHygRAH/PBgCNKBEAxigRAM4oEQAbKREAKikRACbTBgB7KREAytkGAMYqEQAP6gYAdSsRAHt3DQB6KxEA6QcPAH0rEQC37AYAfisRAEAGDwDPKxEAs/AGAN4sEQAXLREAHy0RAGwtEQB1LREAVPoGAMstEQBS/AYAei4RAEsDBwDZLhEAlg0HAG0vEQA4FgcAFzARANggBwDBMBEAIS0HAMcxEQC/OQcAHDIRABE9BwBzMhEAY0AHANgyEQARMxEAGTMRAGYzEQB1MxEAWEsHAHYzEQC3QQcAxzMRALZCBwAYNBEAZTQRAG80EQALQwcAFTURAKpOBwC8NREATVYHAGs2EQD0WQcAKTcRAGI3EQBqNxEAtzcRAMY3EQBAYwcAGDgRAJJmBwBpOBEAtjgRAMU4EQDmZwcAbzkRAOBtBwC/OREAMnEHABc6EQAmfQcAGToRACx3BwAlOxEAXjsRAGY7EQCzOxEAJDwRAF08EQBlPBEAsjwRAL88EQC+jwcAFD0RAGaSBwBqPREADZYHAAg+EQBcnAcAvD4RAFWjBwBlPxEA67cHALpAEQAszAcAC0ERAFhBEQBnQREAgM0HANNBEQDUzgcAC0MRACPVBwBiQxEAdNkHALNDEQAARBEAD0QRAMjaBwB7RBEAHNwHAKxFEQDC4AcAA0YRALvnBwCtRhEAA/UHAFdHEQChAQgADEgRAEYHCABeSBEAmggIAAFJEQBADQgAwUkRAPpJEQACShEAT0oRAKdKEQCMFggAXUsRADQZCAAUTBEATUwRAFVMEQCiTBEArEwRACsiCAAFTREA1CMIAFtNEQDPKAgAq00RACAtCABUThEAcTEIAFZPEQBrNwgAp08RAPRPEQD2TxEAwDcIALpQEQDzUBEA+1ARAEhREQBjUhEAnFIRAKRSEQDxUhEADFQRAEVUEQBNVBEAmlQRAKRUEQDpYwgAYFURAJlVEQChVREA7lURAPhVEQDIhAgABFYRANh0CABIVhEA1nYIAKJWEQB4fwgA9VcRAAebCAD5VxEAEJIIAE9YEQAKmAgAl1gRAAiaCABKWREABZ0IAJhZEQACoAgASVoRAFKlCACgWhEAoasIAEpbEQCerggAn1sRAPOuCAAEXBEAPVwRAEVcEQCSXBEAoVwRAJuxCABJXREAOr0IAKFdEQDewwgArF4RAOVeEQDtXhEAOl8RAElfEQAqzQgAPGARAI5gEQCoYBEAcNwIAP9gEQA4YREAQGERAI1hEQCcYREAbOAIABhiEQAV4ggAqGIRAOFiEQDpYhEANmMRAJpjEQC85QgA5mMRAA7pCACWZBEAC+wIAPFkEQBc8AgAkGURACp3CQCTZREAAvUIAOVlEQAB9ggA52YRAEQICQA8ZxEA6A4JAI5nEQDnDwkAomgRANtoEQDjaBEAMGkRADxpEQAvHQkAjWkRANppEQDeaREAgx4JAD9qEQAsIAkA9WoRAC5rEQA2axEAg2sRAK1rEQBzLgkA3WsRAME1CQBJbBEA8lcLAIpsEQDXbBEAD20RABE7CQCkbREA1m0RANhuEQBHWgkA228RAOFqCQAwcREAfXERAJ9yEQDRchEA8HIRACZzEQCLcxEAG4YJAC10EQBriwkA1XQRAGePCQAwdhEAujsKADJ2EQBbmwkAfnYRAK2eCQCAeBEA+KgJAM54EQBGsAkA1XgRAEmtCQDRehEAHnsRAMt7EQAwxgkA03wRACXRCQAjfhEAcH4RAJl+EQAR5QkANn8RAG9/EQB3fxEAxH8RANN/EQAJ7QkAH4ARAFvwCQAjgBEAEjkKAMiAEQBZ8gkAIIERAG2BEQCWgREArPQJAB+CEQBT+AkAlYIRAKj4CQAbhBEA6gsKACCFEQDjEgoAH4YRADAbCgCEhhEAhRsKAMyGEQDaGwoAGIcRACwfCgDIhxEAKSIKAC2IEQB+IgoAdYgRANMiCgDBiBEAJSYKADmKEQBkihEA1YoRAA6LEQAWixEAY4sRABKMEQC2PwoAEI0RAKpLCgDLjREARloKAHyOEQC1jhEAvY4RAAqPEQAUjxEA52MKAN+QEQCGbwoACZIRAMGJCgBlkhEAZo8KAAiTEQAImAoAa5MRAFqbCgAPlBEAo6cKAGSVEQCNvQoAwJURAAOWEQALlxEA08wKAMKYEQDD3AoAWpkRAL7hCgC3mREAEOUKAHCaEQCpmhEAsZoRAP6aEQBVmxEAsu0KAG6cEQCnnBEAr5wRAPycEQAmnREApfoKAK+dEQD0AAsAA54RAFCeEQBenhEAngELAKueEQDxAwsAXJ8RAOwICwClnxEA6AwLAKygEQDeFgsAr6ARAIgXCwAEohEAeyQLAFGiEQDPJQsArqIRACEpCwD+ohEAySsLAE6jEQAeLAsAxKMRAPWjEQC7pBEAvDgLAB6lEQAROQsAUKYRAJ2mEQDGphEAtT8LANGmEQBfQAsAp6gRAFtECwAAqREArUcLAFKpEQABSQsAUaoRAFBPCwCeqhEATFMLAGKrEQCYqxEARKwRAJJiCwCerBEANGsLAF2tEQCWrREAnq0RAOutEQD4rREAg3ELAE2uEQCAdAsA964RACd4CwCzrxEA6a8RAFCwEQArwxEAXbARAJOwEQBJsREAb4ULAEuxEQAcgwsA+bERADyyEQCfshEAu44LAEuzEQBamgsApbQRAEetCwBEtREAQ7ELAJy1EQA9twsA8bURAIq/CwBFthEAicALAOi2EQAuxgsAqLcRAOG3EQDptxEANrgRAKm4EQB20wsAjbkRAMXZCwCguhEAu+MLAEO7EQAI7AsA+bsRADK8EQA6vBEAh7wRAPi8EQAxvREAOb0RAIa9EQAzvhEAF9cRADi+EQCFvhEAOr4RABguDwBMvhEANA8SAI++EQCi/AsANb8RAEcCDAA9wREA2xgMAEzBEQCCwREA38ERAN8UDAA7whEANBUMAIHDEQB6JAwA4MQRABkwDAD4xBEAlAgOADHFEQB+xREAnMURAG4wDABExhEAfcYRAIXGEQDSxhEANccRAGszDADtxxEAaDYMAJfIEQC6OQwAlskRAM/JEQDXyREAJMoRAJXKEQDOyhEA1soRACPLEQCGyxEArkUMAD7MEQB3zBEAf8wRAMzMEQAvzREAU0sMADzOEQB1zhEAfc4RAMrOEQAtzxEAoVIMAOXPEQCeVQwAj9ARAPBYDAAk0hEADOUOAHnSEQBh5Q4A4tIRABvTEQAj0xEAcNMRAOXTEQA4ZgwAd9QRAPilDAAg1hEAxSgSAB/XEQAQjA4AM9cRAJZXEgBF1xEAbNcRAHTXEQA+sg8AmtcRAOS3DgDv1xEAFtgRAG7YEQCjShIA3NgRABXZEQAd2REAatkRAMvZEQDKfgwAMNoRAGnaEQBx2hEAvtoRAB/bEQAB8Q0AftsRAPCtDADC3BEAqPQNAMjcEQDAiAwAK90RAGiLDAAY3hEAZd4RAHTeEQC0kw0Awt4RABSEEgAd4BEAtJQMACfgEQBgkwwAGeERAFuYDADT4READOIRABTiEQBh4hEAvOMRAFKhDADJ5REA7LEMAGXmEQCKvgwAvecRACXODAC66BEAItEMAAfqEQC/3Q0ACuoRAEqoDQAO6hEAbdsMABTqEQAF7Q0AtuoRAAPrEQAN6xEAaOAMAB7sEQBX7BEAX+wRAKzsEQBY7REAW+0MALDtEQAC8QwAse8RAEz8DAAG8BEAU/ARAF/wEQCe/wwACfERAPACDQCv8REA/PERABPyEQBACA0Ao/cRACEnDQBQ+BEAxysNAKf6EQABRw0AWvsRAJ37EQBU/BEAm1cNAFf8EQBHVg0AVP0RAO5ZDQAT/hEARf4RAGP+EQCVXQ0Avv4RAORjDQBS/xEAOWQNAJ8BEgDsARIA7gESAIJwDQBGAhIALHENAE0CEgDUcw0ABgQSAD8EEgBHBBIAlAQSAJ4EEgBvgw0AWgUSAJMFEgCbBRIA6AUSAPcFEgBkjg0AQwYSALaRDQDtBhIABpcNAJcHEgBWnA0A7QgSADoJEgA9CRIATqQNAPAJEgD1pw0A6woSAEWtDQALCxIA22cSAFQLEgCZrg0A5QsSADcMEgDkDBIA7LANAOsMEgA/sw0Alg4SADm5DQCYDhIA/0cOADwPEgCJDxIA4BASAPKpDgA+ERIALMYNAI0SEgDF1w0AkBISABLgDQCVEhIA1ccNAKESEgAg0g0APBUSAMbWDQDmFRIAwNwNADgXEgBwgQ4AVhcSAEJWEgCJFxIA1hcSANkXEgAR4Q0AOxgSALriDQCMGBIAueMNAN0YEgAqGRIANBkSAA7kDQDWGhIAs+kNAN0aEgCx6w0AgBsSALDsDQD8HBIAV/ANAIMdEgCp8w0AFh8SAOJgEgCOHxIAuTcPAM8fEgBABw4ALiESAJAMDgB/IRIAzCESAOUhEgDkDQ4AJCISAHYiEgDvIhIAihIOAJkjEgCJEw4AQyQSAN0UDgDRJBIAHiUSACglEgCEGA4AySUSALDrDgDWJhIAJiEOAMooEgAdKg4AtikSAMQpEgALKhIAGSoSAG4sEgANOg4AeCwSAFtBDgAkLxIAp0oOAHcvEgCmSw4Axi8SAFBMDgAWMBIApE0OABUxEgD3Tw4AGTISAGYyEgDDMhIAEDMSALszEgDvVw4AFzQSAGQ0EgDBNBIADjUSALs1EgDpXQ4AajYSALc2EgAUNxIAYTcSAGg4EgA5Yw4AwTgSAI1kDgBnORIAtDkSAMQ5EgDhZQ4AgToSALM6EgBmOxIAh2oOAL47EgAvbQ4AKzwSAFw8EgB1PxIAw4MOAB5BEgATiQ4AyEESAGeKDgByQhIAu4sOAP9EEgD6oQ4As0YSAJ2pDgCnRxIA76wOAFtJEgCStA4AAkoSADq3DgCuSxIAjbkOAMxMEgDevQ4A+UwSAIe/DgBTTRIAe3ISAKlNEgAvwg4ArE0SAC3EDgD4TRIASk4SAGZOEgCfThIA904SAElPEgBlTxIAnk8SAPtPEgBIUBIAUlASAILEDgClUBIAVJkSAPhQEgB9yQ4A/1ESAM7NDgBJUhIAdtAOAKNSEgDQchIAr1MSAA44DwBQVBIAatwOAPtXEgDqsA8ASVkSAFH1DgBBWhIAAu8OAPRaEgAB8A4A7lwSADtdEgBFXRIAo/gOAPNdEgBL+w4AKWESADdhEgB+YRIAjGESANNhEgDhYRIAKGISADZiEgB9YhIAi2ISANJiEgDgYhIAlmMSAJgDDwD7YxIA7QMPAIpkEgBBBQ8A+mQSAOsFDwCRZRIAPwcPAPllEgAyZhIAo2YSANxmEgA/ZxIAkQoPAANoEgAwaBIAWGgSAIVoEgCtaBIA2mgSAAJpEgAvaRIAjGkSANlpEgDeaRIAOA4PADBrEgAuGA8A4mwSAENXEADmbBIAmlUQAIdtEgDTHQ8A420SAMwkDwCebhIA1G4SAEhvEgAWMA8Ah28SAGc0DwDybxIAKHASANpwEgAncRIAN3ESAGU2DwCIcRIAZDcPAOZxEgC0OxAAK3YSAChzDwCDdhIA0nMPAH53EgBrhQ8AKHgSAA+MDwDSeBIACJMPAHx5EgCtmA8AJnoSAPufDwDQehIAoaQPAHp7EgBHqQ8AJHwSAOuvDwDSfBIA6bEPADV9EgBwfRIAeH0SAMV9EgB0gRIAwYESAN+BEgDYwg8AG4USAGThDwCGhRIAYOUPADCGEgCw6g8AyIYSAAPtDwAZhxIAq+8PAG2HEgBT8g8AwIcSAE/2DwAgiBIATfgPAIGIEgC6iBIAEYkSAEAFEABwiRIA6QYQAM6JEgCRCRAAFooSAIsPEADUihIA3BMQABePEgAcKRAAwpASAA82EAATkRIADjcQAGSREgCxkRIAtZESAGM3EAAOkhIAW5ISALiSEgAFkxIAt5MSAASUEgBllBIA/0UQALaUEgADlRIAB5USAFRGEAAtlhIAok0QAAqXEgCZVhAAWZcSAKuXEgDTlxIAAJgSAFiYEgCqmBIA0pgSAP+YEgBrmRIAl1gQAACaEgDqWhAAXZoSAOlbEACwmhIA/ZoSAA2bEgDoXBAAW5sSAOddEACqmxIA/JsSAFucEgA6YBAAtpwSADlhEACznRIALmwQAFueEgAncxAArJ4SAPmeEgAJnxIAfHMQAKefEgAjdxAACKASAHd4EABboBIAdnkQAKqgEgAgehAA+qASAEyhEgA=","fail":"AAAAAAAAAADNhwAAksEBANPWAAAoJgcAFzwCAEILCABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIADZEMAN4YCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD5+A0AxOIDAAAAAAAoJgcAFzwCABc8AgDTfgMALCcCAIEnAgAvww0A6gcOACXYAgB62AIA5hgBAOq6BQA6DA8A034DAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCAFOgDAAAoggAFzwCAGNFAgCAzwUAb94HAAAAAAAoJgcATgUCAPSqCwBJCAQA1SgCAJK5CQDjGgIAzYcAAMsyAgAOjQ8AY40PAKKwAgDZJgAATgUCAKlLCwD+SwsAt0gAAD5nBQBrlAAAwJQAAO65AgBO/QkAo/0JAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDAAn0QcAes4MAFUAAABVAAAAW0UKABc8AgC3SAAATgUCACfRBwDrvQEAAAAAAGuUAADDMAwADzoMAIweAAA9GAAAQgsIAJcLCAA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwCKwAoAPBkAAEmrCwDkuA0AVAEAAKkBAAD+AQAAUwIAAKgCAAAn0QcAes4MAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIARrMGAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAACroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAF9JAgD5pwkATqgJAKOoCQBCCwgATgUCAOAQDwDvsQkATgUCAC/DDQDosg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAJK5CQA1aQwAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgD4/AoAQgsIAE4FAgAn0QcAzzAAACQxAAB5MQAAzjEAAMCGDgDjGgIAzYcAAJLBAQCMHgAAQgsIAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAEQFDACZBQwA5xgAADwZAABJqwsA5LgNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgDntA4APLUOAPSqCwC4RgEADUcBAO65AgAajwEAQgsIAPL+DgD0qgsASasLAOS4DQBUAQAAqQEAAP4BAABTAgAAwIYOAOMaAgDNhwAAksEBAIweAABCCwgATgUCAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwDkuA0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAOe0DgA8tQ4A9KoLALhGAQANRwEA7rkCABqPAQBCCwgA8v4OAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAMCGDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAADAhg4A2SYAAHgpCQAXPAIAxi0MAHaHAgDAhg4A5hgBAOgPCABHDgAA670BAOFzAABUng0ARLEKAIRuDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAA9KoLAEmrCwDkuA0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgBjOA8AU6AMAHGIBgAn0QcAH9IOAD5nBQCTZwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgANkQwA8v4OAD0YAAAHSwMAa5QAAEILCABOBQIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgBPpgoAkhgAANPWAAA9GAAATgUCAA2RDACXCwgA2WwPAC5tDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAEILCADy/g4APRgAAAdLAwBrlAAAQgsIANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAABv3gcA1SgCAEILCADjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAq6AJAAChCQC3SAAAPmcFAJNnBQBrlAAA7rkCAEO6AgCYugIATgUCAHTVCwDnDAwAPA0MAEQFDACZBQwA7gUMAEMGDADMew0AAKIIAFWiCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AANPKDABVAAAAVQAAAFtFCgAXPAIAt0gAAPj8CgBCCwgA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQAzbAsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAA2RDADeGAkAa5QAAEcOAABOBQIARAUMAJkFDADuBQwAQwYMACfRBwB6zgwAVQAAAFUAAABbRQoAFzwCALdIAABOBQIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgAEnwcAzYYBAJG2DQBOBQIAq6AJAAChCQAAAAAAG48AAGuUAABHDgAAdocCAPj8CgBCCwgATgUCAOMaAgDTfgMATgUCACfRBwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAuj8GAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAE4FAgD0qgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAAFOgDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAKugCQAAoQkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAIdvCQDvsQkAQhECAFUAAACqAAAA/wAAAE4FAgAwGA0AVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAnbIFAD6/AgCTvwIA6L8CAFpDDQCvQw0ABEQNANPWAAAajwEAfScGAAxJAAAj0AwALckJALdIAABOBQIAU6AMADoMDwDTfgMATgUCAPSqCwBJqwsA5LgNAFQBAACpAQAA/gEAAFMCAACoAgAAnbIFAPKyBQBHswUA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgCdsgUAo7EAAPixAABNsgAAorIAAPeyAABMswAAJ9EHAIweAAA9GAAAt0gAAE4FAgBToAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMARAUMAJkFDADnGAAAPBkAAEmrCwDkuA0AVAEAAKkBAAD+AQAAUwIAAKgCAAB01QsA5wwMADwNDAAn0QcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQA9vgQAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgD5pwkATqgJAKOoCQD4qAkATakJAKKpCQBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEA6A8IANzHBgDzWQgAzYcAADoMDwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAACgmBwDvsQkAQhECAJcRAgBHDgAAjB4AANzHBgBdnAYAspwGAJ79DgB9JwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAuo4MADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAU6AMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgB7yg8ARw4AAIweAABCCwgATgUCAMCGDgA6tg8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgDntA4APLUOAKugCQAAoQkAVaEJAKqhCQD/oQkAVKIJAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEA6A8IANzHBgDzWQgAzYcAADoMDwAHSwMAxOIDALdIAADVKAIAzYcAAACiCABVoggADJ0BANPWAABrlAAAQgsIAE4FAgDAhg4AFzwCAIdvCQDjGgIAzYcAAOMaAgC3nAEAINAPAM2HAAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQDy/g4AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAC6PwYAKCYHAE4FAgAAAAAAAAAAAAAAAAA9vgQAq6AJAAChCQCAzwUAksEBAJwOAADvsQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAL7hCgAT4goAaOIKAPSqCwBJqwsA5LgNAFQBAACpAQAA/gEAAFMCAACoAgAARAUMAJkFDADuBQwAQwYMAMx7DQAAoggAVaIIAAydAQDT1gAAa5QAAEILCAA9GAAAkhgAAOcYAABToAwAeiIOAHeIAADMiAAAIYkAAHaJAADLiQAAL8MNAOoHDgBV8wwAL8MNAOiyDwAajwEAxOIDABnjAwDuuQIAkrkJACPQDABHDgAAdocCANPWAAAajwEAfScGAAxJAABOBQIAq6AJAGw8AgDjGgIA4xoCABqPAQB9JwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgD0qgsAt5wBACDQDwDNhwAAksEBAIweAACdsgUA81kIAEhaCACdWggA8loIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMAoFcIAIweAADiug0At0gAALo/BgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQDkwQQAOcIEAI7CBABToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAPj8CgAvww0A6gcOACgmBwBCCwgA8v4OAJusDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAG/eBwBOBQIAnbIFABc8AgBjRQIAG98FAPL+DgA9GAAAt0gAALo/BgDNhwAAAKIIAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBABCCwgAlwsIACKIAAB3iAAAzIgAACGJAAB2iQAAfx0OAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgA7vAgAG48AABc8AgBjRQIAG98FAN4YCQBrlAAARw4AAH4eDgCSGAAAEUMBAOYYAQDqugUAsksCAE6xAABCCwgA8v4OAD0YAAAHSwMAa5QAAAAAAAAoJgcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIArJwMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgBToAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIATv0JAKP9CQDGLQwAv5QBACgmBwDvsQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCACfRBwB6zgwAVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAE4FAgBToAwAVEcPABqPAQBOBQIA7rkCAE79CQCj/QkAxi0MAL+UAQAoJgcA77EJAE4FAgB01QsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgCroAkAh28JAC3JCQC3SAAAuj8GAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAC6PwYAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQAg0A8A+wEDAJYRAwB9zQoAwDEOABUyDgBqMg4AvzIOABQzDgBpMw4AvjMOAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQDy/g4AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAADoMDwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgCe/Q4A8/0OAJwOAADvsQkA2SYAADnFAQCOxQEA+PsLAE38CwAbjwAAt5wBALdIAAC6PwYAVQAAALecAQAg0A8AddAPADnFAQCOxQEA+PsLAE38CwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAKlLCwCk+A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgCpSwsApPgNAPcGAgBMBwIAoQcCAPYHAgBLCAIAR1gLALecAQAg0A8AddAPAMrQDwAf0Q8Ag24OAPCsDQBOBQIAq6AJAJ79DgDH0w8AHNQPAHHUDwBHWAsAnFgLAKMFAgD4BQIATQYCAKIGAgAAAAAAm6wNAE4FAgCroAkAnv0OAMfTDwAc1A8AcdQPAEdYCwCcWAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAPb4EAEAGDwCVBg8A6gYPAD8HDwCUBw8AAAAAABuPAABwjwAAB0sDAH0nBgDLMgIA+qAPAEILCABKXgIAG48AAHCPAAAHSwMAfScGAMsyAgBGqg8AFzwCAGw8AgBGswYA6A8IANPWAAAoJgcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAAPYACQDcxwYAt0gAAPj8CgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAL8MNAOoHDgBV8wwA4xoCAGM4DwAAAAAAU6AMAD0JDwCSCQ8A5wkPADwKDwCRCg8A5goPADsLDwCpSwsAgBsPANUbDwAqHA8A+wEDAAAAAAAoJgcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIAG98FAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgCDbg4A8KwNAKlLCwAAAAAAt5wBAAAAAAAbjwAAzYcAAACiCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIA57QOAE4FAgCpSwsAAAAAABuPAADNhwAAkrkJACPQDAAtyQkAgskJANfJCQAsygkA4xoCAIHKCQDWygkAK8sJAOMaAgCdsgUA8rIFAEezBQD/nA4AVJ0OAKmdDgCdsgUA8rIFAEezBQD/nA4AVJ0OAKmdDgDNhwAAOgwPAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAD4/AoAw9oMABjbDADLMgIAJ3cMAHx3DADTfgMAt0gAAPj8CgDD2gwAGNsMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAA+ZwUARK8MAME8AgAWPQIAaz0CALdIAAAMSQAAPLQPAJG0DwDmtA8AAAAAABc8AgBjRQIAMc0BAAzuBQDcxwYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgCv7A4ADEkAADy0DwCRtA8AKCYHAMsyAgDGNwIADEkAADy0DwCRtA8A5rQPAAAAAADNhwAAGo8BAMTiAwCMHgAAwzAMABgxDABtMQwAwjEMABcyDADLMgIAxjcCAAxJAAA8tA8AkbQPAOa0DwDLMgIAxjcCAAxJAAA8tA8AkbQPANN+AwBVAAAA9gAJAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAARrMGAOgPCABrlAAAwJQAABbpAADC5QIAt0gAALdIAAA+ZwUAk2cFAOMaAgA4GwIAjRsCAPj8CgBrlAAAwJQAABbpAADC5QIA5hgBAOgPCAC3SAAADEkAACPQDABCCwgA8v4OAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAAFtFCgAajwEAb48BAO9iAwBEYwMAhW4MAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAQgsIAPL+DgCrUwEAgG8QAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAIdvCQBCCwgAIn8JAO65AgAajwEAxOIDAL+UAQAoJgcA77EJAGuUAADAlAAAFukAAMLlAgDjGgIAKCYHAC3JCQBwjwAA67wCALecAQAMnQEAPmELAJNhCwDoYQsAINAPAMCUAAAW6QAAwuUCADoMDwBCEQIARLEKAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEA6A8IAD0YAAC3SAAA+PwKAIVuDAAW6QAAwuUCACgmBwAtyQkAt0gAAMQ5AgDZJgAA4xoCACgmBwAtyQkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDeGAkAfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANzHBgBdnAYAspwGAMYtDAC/lAEAKCYHAO+xCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CACgmBwDuuQIATv0JAKP9CQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCALo/BgAPQAYAaT0EALecAQAg0A8A5hgBAOgPCAA9GAAAt0gAAPj8CgBCCwgA8v4OAMCUAAAW6QAAwuUCAEcOAADTygwAVQAAAFUAAABbRQoAFzwCALdIAAD4/AoAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQAg0A8AQhECAKf4CgAAoggAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAYzgPAMCUAADZJgAArJwMABc8AgDmGAEA6roFALJLAgD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAO+xCQBOsQAAXZwGALKcBgAHnQYAXJ0GALGdBgAGngYA5hgBADsZAQAzbAsAIn8JAO1aDQB4KQkATrEAAD6/AgCySwIAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAACiCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgBCCwgA8v4OANkmAAB4KQkAIyQOAGuUAABCCwgAzYcAAACiCABVoggAqqIIAC/DDQDqBw4AVfMMAFOgDABxiAYA5hgBAOgPCAA9EAgA4xoCAGM4DwDAlAAATgUCAKMFAgB7yg8AcI8AAB6ADAC3SAAAuj8GACgmBwDvsQkA+PwKAE39CgCi/QoAt0gAAE4FAgAvww0A6gcOAFXzDACroAkAAKEJAIDPBQBv3gcATgUCAPSqCwC4RgEADUcBAHQoDgDJKA4AHikOAHMpDgDIKQ4AU6AMAD0JDwCSCQ8Av5QBABSVAQBplQEATgUCAPSqCwC4RgEADUcBAHQoDgDJKA4AHikOAHMpDgDIKQ4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAB0ENAFxBDQCxQQ0ABkINAFtCDQCwQg0AKCYHAE4FAgCjBQIALicAANPWAABOBQIAU6AMAKigDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAC/DDQDqBw4AVfMMAKMFAgB7yg8AcI8AAB6ADAC3SAAAuj8GACgmBwDvsQkAOgwPAD0YAACSGAAAEUMBADYdAgCroAkAAKEJABvfBQDy/g4A3McGAKOxAAAveQIAOW8CAGNFAgCHbwkAQrwBAC/DDQCdsgUA034DAK+ZDAAEmgwAWZoMAK6aDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAGuUAADAlAAAFukAAMLlAgCyQgsAeCkJACMkDgCdYAIATgUCACfRBwAW5wIA5hgBAOMaAgAoJgcAGo8BAGOaAgDNhwAAsksCALo/BgAoJgcA77EJAE4FAgCpSwsAgBsPANUbDwAqHA8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAdNULAMnVCwBQ9g4ApfYOAPr2DgBP9w4AKdUBALJLAgC6PwYA4xoCALecAQAg0A8AL8MNABBDAgBlQwIAukMCAJ2yBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAnbIFAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAL8MNAOoHDgAl2AIAetgCAOYYAQDqugUAOgwPAEQFDACZBQwA7gUMAEMGDACLHQIA/ksLAFNMCwAtyQkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAq6AJAAChCQC3SAAAG48AABc8AgANkQwA8v4OANzHBgCjsQAAL3kCADlvAgBjRQIAG98FAE4FAgBToAwAOgwPAEILCABOBQIARAUMAJkFDADuBQwAQwYMABuPAABHDgAAjB4AAHTVCwDJ1QsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEA4BAPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BABCCwgATgUCAFOgDAA6DA8AQgsIAE4FAgBEBQwAmQUMAO4FDABDBgwAG48AAEcOAACMHgAAJ9EHABbnAgBr5wIAwOcCABXoAgBq6AIA2W4NAC5vDQCDbw0A2G8NAC1wDQA6DA8AB0sDAE6xAAD7AQMAe88KAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAI25DgCAGw8A1RsPACocDwBOBQIA4BAPAC3JCQC3SAAATgUCAOAQDwDZJgAATgUCAOMaAgAoJgcALckJAHCPAADrvAIAq6AJAGw8AgDmbAIAO20CAG/eBwBCCwgATgUCANPWAAAajwEAfScGAAxJAABOBQIA4BAPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BACfRBwB6zgwAz84MACTPDAA+ZwUARK8MAJmvDAAahwkATgUCANPWAAAajwEAfScGAAxJAABOBQIA4BAPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAfScGAAxJAABOBQIA4BAPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BAA2RDABikQwA7rkCABqPAQBCCwgA8v4OANPWAAAajwEAfScGAAxJAABOBQIA4BAPAO65AgBO/QkAo/0JANkmAAC3nAEADJ0BABqPAQBjmgIATgUCAPSqCwBbRQoAGo8BAG+PAQDvYgMARGMDAIVuDABOBQIADZEMAPL+DgDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCAFOgDAA9CQ8AkgkPAL+UAQAUlQEAaZUBAOYYAQDoDwgAPRgAALdIAABOBQIAL8MNAOoHDgBV8wwAqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAdNULAMnVCwAe1gsARAUMAAdLAwBcSwMAsUsDAOYYAQDqugUAt5wBAGRCBABOsQAAa5QAAOMaAgAoJgcALckJAHCPAADrvAIARw4AAE4FAgDgEA8ALckJALdIAABOBQIA4BAPANkmAABOBQIAq6AJAGw8AgDmbAIAO20CALdIAAD4/AoAQhECAESxCgDAlAAATgUCAA2RDABikQwA7rkCABqPAQBCCwgA8v4OAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAQgsIAE4FAgBToAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAWkMNAK9DDQAERA0AWUQNAK5EDQADRQ0AWEUNAK1FDQACRg0AV0YNAKxGDQABRw0AVkcNAKtHDQAASA0AVUgNAKpIDQD/SA0AVEkNAKlJDQD+SQ0AU0oNAKhKDQD9Sg0AUksNAKdLDQD8Sw0AUUwNAKZMDQD7TA0AUE0NAKVNDQD6TQ0AT04NAKRODQD5Tg0ATk8NABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAAAoJgcALckJAE4FAgAIlgwAXZYMAO65AgBO/QkAU6AMADoMDwCPDA8A5AwPADkNDwCODQ8A4w0PAHTVCwDJ1QsAHtYLANN+AwAofwMAfX8DABc8AgBOBQIAJ9EHAHzRBwDR0QcAJtIHAHvSBwAW5wIAa+cCAMDnAgAV6AIAnbIFAPKyBQCRtg0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAdNULAOcMDAA8DQwARAUMAJkFDADnGAAAPBkAAEmrCwA5bwIAbDwCAEazBgDoDwgAt0gAAPj8CgCFbgwATgUCAOMaAgA4GwIAjRsCAOIbAgD0qgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIAG98FAE4FAgAn0QcAH9IOAHTSDgCySwIA+PwKAE39CgDoDwgAPRgAALdIAABOBQIADZEMAJcLCADZbA8ALm0PAOMaAgDNhwAAksEBAIweAAAn0QcAFucCAEVZDACaWQwA71kMAERaDABOBQIAdNULAOcMDAA8DQwAJ9EHAB/SDgB00g4AOW8CALdIAAC6PwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAC6PwYAb48BAEIRAgBOBQIADZEMAN4YCQDT1gAAdNULAMnVCwAe1gsAq6AJAAChCQDPgwIAMcgGAO65AgBO/QkAo/0JANN+AwBOBQIA5hgBADsZAQAzbAsAzYcAAG/eBwAifwkAb48BAEIRAgBOBQIAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAdNULAOcMDAA8DQwAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwAvww0A6LIPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAADiug0ATgUCAHTVCwDJ1QsAHtYLAOYYAQDoDwgAPRAIADsZAQAXPAIAdNULAOcMDAA8DQwAdNULAMnVCwAe1gsAvOILABHjCwBm4wsA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgDgEA8A2SYAAE4FAgAn0QcAH9IOAHTSDgA5bwIAt0gAALo/BgBvjwEAQhECAE4FAgAbjwAARLIJAJmyCQDusgkAQ7MJAJizCQDtswkAQrQJAJe0CQAvww0A6gcOAFXzDAAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAU6AMALJLAgDgEA8A77EJAE4FAgAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAVQAAALdIAAC6PwYAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDABuFCgBwhQoA4BAPAO+xCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgANkQwA3hgJAOYYAQDqugUAGo8BAG+PAQBOBQIAJ9EHAJwOAABgQQkAtUEJAApCCQBfQgkATgUCAC3JCQCCyQkA18kJACzKCQCBygkA1soJACvLCQCAywkA1csJACrMCQB/zAkA1MwJACnNCQB+zQkA080JACjOCQB9zgkA0s4JACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAC/DDQDosg8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAfssLANPLCwA9GAAAB0sDAG+PAQBCEQIATgUCAOAQDwDvsQkATgUCAAiWDAAj0AwARw4AALecAQAMnQEAPmELAJNhCwDoYQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCAPj8CgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIA8rIFAPX+CwBK/wsAn/8LAPT/CwBJAAwAngAMAPMADABIAQwAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwCQugoA5boKADq7CgCPuwoA5LsKADm8CgCOvAoA47wKADi9CgCNvQoA4r0KADe+CgCMvgoA4b4KADa/CgCLvwoA4L8KAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMAINAPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC0kw0ACZQNAF6UDQCzlA0ACJUNAF2VDQCylQ0AB5YNAFyWDQCxlg0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAsesNADnCBACOwgQA48IEADjDBACNwwQA4sMEADfEBACMxAQAqUsLAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAJK5CQAajwEAY5oCACDQDwCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgBqhg8Av4YPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIADo0PAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgBjjQ8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBCCwgA3hgJAGuUAABHDgAAfh4OAJIYAAARQwEA+PwKAKtTAQAtxgwAxOIDAHaHAgD4/AoAhW4MABbpAADC5QIAIygKAJ2yBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAW0UKABc8AgC3SAAA+PwKAIVuDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICAPqgDwAajwEA4xoCAOu4BgBsPAIAOW8CANN+AwBOBQIARAUMAJkFDADuBQwAQwYMALecAQAMnQEAUasDAKarAwDy/g4AQgsIAPsBAwDRdwwAfSYHANImBwAnJwcATgUCACfRBwDfHgIAzYcAADlvAgBjRQIAG98FAE4FAgDgEA8A4xoCADHNAQAM7gUA3McGALdIAABOBQIAowUCAHgpCQDNKQkASAoDAJ0KAwCKwAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAVEcPAKlHDwD2AAkASwEJAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgB01QsAFD0EAGk9BAC3nAEAINAPAOYYAQDoDwgAPRgAALdIAADNhwAAsksCALo/BgAoJgcA77EJAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBACYBgwA7QYMAEIHDACXBwwATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAJgGDADtBgwAQgcMAJcHDAC4RgEADUcBAHQoDgDJKA4AHikOALecAQDTfgMATrEAAM2GAQCisAIA2SYAAHgpCQBCEQIAG48AABc8AgBjRQIAG98FAPsBAwDjGAQAsJgMAAWZDABamQwAq6UEAACmBABVpgQAqqYEAP+mBABUpwQAqacEAP6nBAD0qgsA7wwEABbnAgBOsQAAzYYBAH0mBwAEmQ0ATQUDAKIFAwD3BQMATAYDAKEGAwD2BgMAuu0CAA/uAgBk7gIAue4CAA7vAgBToAwAcYgGAPSqCwBbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwBT+gcADZEMABc8AgCe/Q4A7rkCAE79CQCj/QkALCcCAIEnAgAvww0APmcFAJNnBQBrlAAAQgsIALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAGNBBgBzLQoAJXsKAHp7CgD3BgIAGo8BABc8AgBjRQIA8A4BAH8cDwBOBQIAnbIFABc8AgBjRQIAgM8FALJLAgD4/AoAU6AMAHGIBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAAiWDAAj0AwARw4AAHaHAgC3nAEADJ0BAD5hCwCTYQsA6GELAJK5CQAj0AwARw4AAHaHAgBOBQIAU6AMADoMDwBCCwgATgUCAPSqCwBbRQoAFzwCALdIAAAAAAAAAAAAAAAAAADLMgIAAAAAAMsyAgAAAAAAyzICAAAAAABOBQIAU6AMADoMDwBCCwgATgUCAPSqCwBbRQoAFzwCALdIAACTsg8AAAAAAE4FAgBToAwAOgwPAEILCABOBQIA9KoLAFtFCgAXPAIAt0gAALecAQAMnQEAUasDAKarAwD7qwMAUKwDAKWsAwD6rAMAL8MNAOiyDwBhSQAA8A4BAFUAAABbRQoARw4AAHaHAgBCEQIAFzwCAGNFAgBHDgAAZO0DALntAwDwDgEA+lYEAFOgDAB6Ig4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgBToAwAb94HAMTeBwAZ3wcAbt8HAPj8CgCFbgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCAFOgDABxiAYAQhECAESxCgDmGAEATgUCAHTVCwB9JwYA0icGAA2RDADy/g4AR/8OAPYACQAyFA8AhxQPAEcOAABOBQIA4BAPAO+xCQAAAAAAAAAAAPsBAwCWEQMAfc0KANLNCgAnzgoAfM4KAKlLCwCAGw8A1RsPACocDwAvww0A6gcOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCzQQsACEILAF1CCwCSuQkAI9AMAEcOAAB2hwIAhMMNAIVuDADabgwAL28MAIRvDADZbwwALnAMAINwDADYcAwALXEMAA2RDABH/g8Aa5QAAC/DDQDqBw4AVfMMAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDACArCgB1KwoAyisKALlABgAOQQYAnv0OAH0nBgD4/AoAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFANUoAgAqKQIAuj8GAA9ABgBkQAYAuUAGAA5BBgBjQQYA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAEW1BQCatQUA77UFAES2BQCZtgUAJ9EHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoAfx8MAIdvCQAtyQkAt0gAAPj8CgAvww0A6gcOAFXzDAAIlgwAI9AMAEcOAABrlAAAt0gAANPWAAAoJgcAFzwCAEpeAgBOBQIAdNULAOcMDAA8DQwAG48AAHCPAAAXPAIAY0UCAIDPBQDVzwUAKtAFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAOFnDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgCdsgUAPr8CAG7XDwDD1w8AGNgPAIRuDQDZIwMAnA4AAOYYAQDoDwgA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAkrkJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDAC7LBgCDywYA2MsGAC3MBgCCzAYA18wGAOYYAQCwSgUABUsFAFpLBQCvSwUAQgsIAOMaAgBOBQIA5hgBADsZAQAzbAsAiGwLAN1sCwDmGAEAsEoFAAVLBQBaSwUAr0sFAE6xAACjsQAA+LEAAE2yAACisgAA6roFADlvAgCe/Q4AzYcAAG/eBwDmGAEAsEoFAAVLBQBaSwUAr0sFAFP6BwANkQwAFzwCAJ79DgDuuQIATv0JAKP9CQAsJwIAgScCAC/DDQA+ZwUAk2cFAGuUAABCCwgA5hgBANDYAQBwjwAAB0sDAE6xAAA+vwIAsksCALo/BgAoJgcA77EJAEcOAACMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALSTDQAJlA0AxdYOAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOIYBQA3GQUAjBkFAOEZBQA2GgUATgUCALecAQBkQgQAb48BAEpeAgBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DABToAwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEAm6wNAF72AADCOAUAI9AMAEcOAAB2hwIA96kJAEyqCQChqgkA9qoJAEurCQCgqwkA9asJAEqsCQCfrAkA9KwJAFOgDAA6DA8A034DAE4FAgDgEA8A2SYAAE4FAgAvww0A6LIPAGFJAAC2SQAAVQAAAPYACQDcxwYAGo8BAJcGDQB4KQkAa5QAAEILCABOBQIA5hgBALBKBQAFSwUAWksFAK9LBQBT+gcACJYMACPQDABHDgAAdocCAAiWDAAj0AwARw4AAHaHAgBOBQIAkrkJANN+AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2+BACSvgQAFYwJAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAGiOCQC9jgkAEo8JAGePCQC8jwkAEZAJAGaQCQC7kAkAEJEJAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoA4BAPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCAC/DDQC6PwYAD0AGAGRABgBCCwgATgUCAOAQDwAtyQkA034DAEcOAABk7QMAue0DAGRCBADVKAIARw4AAGTtAwC57QMA1SgCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0AsZYNAAaXDQBblw0AsJcNAAWYDQBamA0Ar5gNAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoA4BAPAH0mBwDSJgcA320IADRuCACJbggA3m4IADNvCACIbwgATgUCAC/DDQC6PwYAD0AGAGRABgBCCwgATgUCAOAQDwAtyQkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgDgEA8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAL8MNALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQAXPAIAnv0OAGOaAgAMnQEAYZ0BANN+AwDVKAIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAMI5BADAhg4AOrYPABuPAABwjwAAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAM8rBQAkLAUAeSwFAM4sBQDmGAEAsEoFAAVLBQBaSwUAr0sFAAAAAADwDgEA+lYEAFOgDAB6Ig4AGocJAG+HCQDEhwkAGYgJAKugCQAAoQkAz4MCADHIBgAXPAIAQgsIAE4FAgBToAwAb94HAMTeBwAZ3wcAbt8HAPj8CgCFbgwAyzICAE4FAgDmGAEATLIBAMTiAwDrvQEAv5QBAG+PAQBCEQIATgUCAFOgDABxiAYAQhECAESxCgDmGAEATgUCAHTVCwB9JwYA0icGAA2RDADy/g4AR/8OAPYACQAyFA8AhxQPAEcOAABOBQIA4BAPAO+xCQAAAAAAfxwPAD5nBQCTZwUA6GcFAD1oBQCSaAUA52gFAPAOAQD6VgQAU6AMAHoiDgAahwkAb4cJAMSHCQAZiAkAq6AJAAChCQDPgwIAMcgGABc8AgBCCwgATgUCAFOgDABv3gcAxN4HABnfBwBu3wcA+PwKAIVuDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAU6AMAHGIBgBCEQIARLEKAOYYAQBOBQIAdNULAH0nBgDSJwYADZEMAPL+DgBH/w4A9gAJADIUDwCHFA8ARw4AAE4FAgDgEA8A77EJAAAAAABEBQwAmQUMAPsBAwAAAAAAAAAAAAAAAAAAAAAAAAAAACwnAgCBJwIAJ9EHAHzRBwDR0QcADu4DAGPuAwC47gMADe8DAGLvAwCEbg0AAAAAAAAAAABHDgAAAAAAAAAAAAA9vgQAt+wGAAztBgBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMAICsKAHUrCgDKKwoAuUAGAA5BBgBjQQYA+wEDAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOGkJAI1pCQDiaQkAN2oJAIxqCQAn0QcAnA4AAGBBCQC1QQkACkIJAF9CCQBOBQIAU6AMANkmAAC3SAAA+PwKAIVuDABvjwEAQhECAE4FAgAvww0A6gcOAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA9LAFAEmxBQCesQUA87EFAEiyBQAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAX0IJAPsBAwDNhwAABvgBABc8AgBjRQIAt0gAAD5nBQCTZwUAa5QAAEcOAABVAAAA9gAJAEsBCQAW6QAAY0UCAAAAAAAbjwAAa5QAAEcOAAB2hwIA+PwKAIVuDAAW6QAAwuUCAHvPCgDQzwoAJdAKANXPBQAq0AUAf9AFANTQBQAp0QUAftEFANPRBQAo0gUAfdIFANLSBQAn0wUAfNMFANHTBQAm1AUAe9QFANDUBQAl1QUAetUFAM/VBQAk1gUAedYFAM7WBQAj1wUAeNcFAM3XBQAi2AUAd9gFAMzYBQAh2QUAdtkFAMvZBQAg2gUAddoFAMraBQAf2wUAdNsFAM2HAAAiiAAA81kIAEhaCABCCwgATgUCAC/DDQDosg8AYUkAAOYYAQDqugUAP7sFAE4FAgCroAkAAKEJALdIAAA+ZwUAk2cFAGuUAABHDgAATgUCAPSqCwCpSA4ASwEJAE4FAgCroAkAAKEJAAAAAAAbjwAAa5QAAEcOAAB2hwIATgUCALecAQBkQgQAFD0EAEyyAQB9JwYA0icGANPWAACSuQkAGo8BAE6xAADzWQgATgUCAHTVCwDnDAwAQgsIACJ/CQDE4gMA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwA/XA8AhW4MABbpAADC5QIAzzAAAKOxAAD4sQAATbIAAKKyAAD3sgAA+wEDAE6xAAA+vwIAHOECAHHhAgDG4QIAG+ICAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwA/XA8AhW4MABbpAADC5QIAa5QAAEILCAAifwkAxOIDAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAJIUBADnFAQAPBUEAJEVBADmFQQAOxYEAJAWBADlFgQAOhcEAI8XBADkFwQAORgEAI4YBAAxzQEAhs0BANvNAQAwzgEAhc4BALrmCQAP5wkAZOcJALnnCQAO6AkAY+gJALjoCQAN6QkAYukJALfpCQAM6gkAYeoJALbqCQAL6wkAYOsJALXrCQAK7AkAX+wJALTsCQDNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBANEpBQAmKgUAeyoFANAqBQAlKwUAeisFAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0AsZYNAAaXDQBblw0AsJcNAAWYDQBamA0Ar5gNAPSqCwDL1AoAINUKAHXVCgDK1QoAH9YKAHTWCgDJ1goAHtcKAHPXCgDI1woAHdgKAHLYCgDH2AoAHNkKAHHZCgDG2QoAG9oKAHDaCgDF2goAGtsKAG/bCgDE2woASAoDAJ0KAwCKwAoAfx8MAIdvCQAtyQkAt0gAAPj8CgAvww0A6gcOAFXzDAAIlgwAI9AMAEcOAAB7zwoA0M8KABvfBQBw3wUAxd8FAG03BgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA09YAAGuUAAA9GAAAt0gAAE4FAgBToAwA09YAAIImAgC3SAAATgUCANPWAACCJgIA57QOADy1DgBEBQwAmQUMAO4FDABDBgwA9KoLAFtFCgBHDgAA670BAL+UAQDjGgIAt5wBACDQDwAvww0A6gcOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAL8MNAOiyDwBhSQAAq6AJAAChCQAb3wUAcN8FAMXfBQBtNwYAJ9EHAIweAADhHgAANh8AAIsfAADgHwAAXvYAAKWjDAAZ4wMAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAEtVCgDJ1QsAHtYLAOMaAgDruAYAQLkGAJW5BgDquQYAPRgAAE4FAgAn0QcAH9IOAHTSDgCySwIAGo8BABQ9BADoDwgAKCYHAC3JCQC3SAAA+PwKAIVuDAAW6QAAwuUCAGY1DwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAyC0KAB0uCgByLgoAxy4KABwvCgBxLwoAxi8KABswCgBwMAoAxTAKABoxCgBvMQoAxDEKACfRBwCMHgAA4R4AADYfAACLHwAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQDgEA8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAQrwBABuPAABwjwAAB0sDAAb4AQC0kw0ACZQNAF6UDQCzlA0ACJUNAF2VDQCylQ0AB5YNAFyWDQCxlg0ABpcNAFuXDQCwlw0ABZgNAFqYDQCvmA0A6rYJAKmiCQD7pQkAUKYJAKWmCQD6pgkA4cUDACArCgB1KwoAyisKAB8sCgB0LAoAySwKAB4tCgDgEA8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAIhvCABOBQIAL8MNALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQC4QQYADUIGAGJCBgC3QgYABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAOHFAwAgKwoAdSsKAMorCgC5QAYADkEGAMYtDACMHgAA3xkHACDQDwDcxwYAt0gAALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYADUIGAGJCBgC3QgYAa5QAAMCUAAAW6QAAwuUCAOwRAgC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAJwOAABgQQkAtUEJAApCCQBfQgkAxDkCAH0mBwDSJgcAJycHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAIoWCgDAlAAAFukAAMLlAgA9GAAAkhgAAC/ICACEyAgA2cgIAC7JCACDyQgA2MkIAGw8AgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEATgUCAC/DDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAHtUMAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwBXoQcAU6AMANkmAAC3SAAA+PwKAIVuDAAn0QcAjB4AAN8ZBwAg0A8A3McGALdIAAC6PwYAKCYHAO+xCQBOBQIAqUsLAIAbDwDVGw8AKhwPANkjAwCHwwoA3MMKADHECgCGxAoA28QKADDFCgAUkAYAaZAGAL6QBgATkQYAaJEGAL2RBgASkgYAZ5IGALySBgARkwYApKoGAPmqBgBOqwYAo6sGAPirBgBNrAYAG48AABc8AgAXPAIAY0UCAD0YAAC3SAAATgUCAC/DDQDqBw4AfSYHAFtFCgC3nAEADJ0BAGGdAQDTfgMA+wEDAAAAAABOBQIAL8MNABBDAgBlQwIAukMCAIRuDQAn0QcAes4MABqPAQB9JwYAzYcAAOMaAgC3nAEAINAPACfRBwCMHgAA4R4AADYfAACLHwAA4B8AAOBuBgBOBQIAowUCAKycDAABnQwAVp0MAC/DDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgD7AQMASAoDAJ0KAwCKwAoAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAg0A8AJ9EHAIweAADhHgAANh8AAIsfAADgHwAA5hgBAAAAAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgBljQ0Auo0NAA+ODQAXPAIAh28JAPlNDgCfXgIAwJQAAH7LCwDTywsAFzwCAGNFAgCAzwUA1c8FACrQBQDNhwAA4xoCALecAQAg0A8Aa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBwjwAAPRgAANN+AwD7AQMAt0gAAE6xAABVAAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDANkmAAA5xQEAjsUBAOPFAQBOsQAAzYYBAKKwAgA5wwMAFzwCAGNFAgC4RQIAe8oPAEcOAACMHgAA7LQJAEG1CQCWtQkA67UJAEC2CQCVtgkAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GANkjAwCcDgAAYEEJALVBCQAKQgkAX0IJAE4FAgCpSwsAgBsPANUbDwAqHA8ABJkNAFmZDQB0exAAyXsQAB58EABzfBAAyHwQAB19EAByfRAAx30QABx+EABxfhAAyd0DAB7eAwBz3gMAyN4DAB3fAwBy3wMAx98DABzgAwAIlgwAI9AMAEcOAADjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgDGLQwA4XMAAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDNhwAA2SYAAEpeAgDE3wYAMc0BAEcOAADPMAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAGWNDQC6jQ0AD44NAE4FAgDmGAEA6roFANN+AwBOBQIARAUMAJkFDADuBQwAQwYMAOMaAgBjOA8AU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQCdsgUA8rIFAPX+CwBK/wsAn/8LAPT/CwBJAAwAngAMAPMADABIAQwAnQEMAPIBDACpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgA1aQwAeCgKAOoHDgBV8wwAdNULAFUAAAAiiAAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAGWNDQC6jQ0AD44NAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAOMaAgAoJgcAKCYHALdIAABHDgAAdocCAD5nBQBErwwAVEcPAE4FAgCjBQIAFzwCAIdvCQDmGAEATgUCAEK8AQBe9gAA+wEDAPgEAwCjsQAA+LEAAE2yAACisgAA97IAAEyzAAAIlgwAXZYMALKWDAAHlwwAq6AJAH7LCwDTywsATgUCAOAQDwAtyQkAt0gAAE4FAgDgEA8A2SYAAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwDjGgIA67gGAEC5BgCVuQYA6rkGAD+6BgDGLQwATgUCAC/DDQDqBw4AVfMMAC/DDQDNhwAAAKIIAEpeAgBOBQIAL8MNADoMDwDTfgMATgUCAOAQDwDZJgAATgUCAC/DDQDosg8AYUkAALZJAAALSgAAa5QAAEILCABOBQIA4xoCAOu4BgBAuQYAlbkGAOq5BgA/ugYAt5wBAM2HAACSwQEAdocCALo/BgBOsQAARw4AAIweAADNhwAAOW8CAE6xAADzWQgAyzICAGqGDwC/hg8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgAOjQ8AY40PAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAGWNDQC6jQ0AD44NAAAAAABVAAAA9gAJADIUDwBHDgAAjB4AAM2HAAA5bwIATrEAAPNZCABVAAAAfSsCAMsyAgBqhg8Av4YPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIADo0PAGONDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgBljQ0Auo0NAA+ODQC3nAEAZEIEAO65AgAajwEAb48BAEIRAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAG4UKAIweAADhHgAAFukAAMLlAgD7AQMAt0gAAD5nBQBErwwA5mwCAEcOAABVAAAAW0UKABc8AgC3SAAA+wEDALdIAAA+ZwUARK8MAOZsAgBHDgAAVQAAAFtFCgAXPAIAt0gAAPsBAwCKFgoAwJQAABbpAADC5QIAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEACx0CgCu8QoAA/IKAFjyCgCt8goAAvMKAFfzCgCs8woAAfQKAFb0CgCr9AoAAPUKAFX1CgCq9QoA//UKAFT2CgCp9goA/vYKAFP3CgCo9woA/fcKAFL4CgAEmQ0AWZkNAK6ZDQADmg0AWJoNAK2aDQACmw0AV5sNAKybDQABnA0AVpwNAKucDQAAnQ0AVZ0NAKqdDQD/nQ0AdHsQAMl7EAAefBAAPRgAAPAOAQB/HA8ATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQCzQQsACEILAF1CCwAn0QcAjB4AAOEeAAA2HwAAix8AAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEAOHEBAA2xQQAi8UEANUoAgAqKQIAPmcFAESvDADmbAIARw4AAFUAAABbRQoAFzwCALdIAADLMgIADo0PAGONDwCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgBljQ0Auo0NAA+ODQBkjg0AuY4NAA6PDQBjjw0AuI8NAA2QDQBikA0At5ANAAyRDQBhkQ0AqUsLAIAbDwDVGw8AKhwPAMHmAgA+vwIAbtcPAMPXDwAY2A8AbdgPAMLYDwAX2Q8AbNkPAMHZDwDPgQQAJIIEAHmCBADOggQAI4MEAHiDBADNgwQAIoQEAHeEBADMhAQAIYUEAHaFBADLhQQAIIYEAHWGBADKhgQAH4cEAHSHBADJhwQAHogEAHOIBADIiAQAHYkEAHKJBADHiQQAHIoEAMgtCgA+vwIAbtcPAMPXDwAY2A8AbdgPAMLYDwAX2Q8AbNkPAMHZDwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAt0gAALo/BgAPQAYAZEAGALlABgAOQQYAY0EGALhBBgANQgYAYkIGALdCBgBICgMAa5QAANPWAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAGWNDQC6jQ0AD44NAO+xCQCSGAAA7gYLAEMHCwDNhwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMAisAKAFOgDAAAoggAZEIEAO65AgBO/QkARAUMAJkFDADuBgsAQwcLAEcOAABOBQIAowUCAKycDAABnQwAVp0MAKudDAB01QsAydULAB7WCwDTfgMAKH8DAH1/AwAXPAIATgUCAJ2yBQCjsQAAG48AAEcOAAB2hwIA+PwKAE4FAgBEBQwAmQUMAO4GCwBDBwsAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOsQAATrEAAF2cBgCynAYAB50GAFydBgAb3wUATgUCANPWAACSuQkAGo8BAGOaAgAg0A8AqUsLAEcOAAB2hwIAy4cCAOMaAgC3nAEAZEIEAMTiAwDfHgIAGo8BAG+PAQBCEQIATgUCAFOgDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDgxgMAfNEHANHRBwAm0gcAe9IHANDSBwAl0wcAetMHAM/TBwAvww0ATrEAAFUAAAAAAAAAGo8BAFUAAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwAvww0A6LIPAGFJAAAIlgwAI9AMAEcOAAB2hwIAL8MNALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgAlewoAensKAPcGAgAajwEAFzwCAGNFAgDgEA8AfSYHANImBwAnJwcATgUCAC/DDQBOsQAAVQAAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAjMUDANPWAAAajwEAfScGAAxJAABOBQIACJYMACPQDABHDgAAdocCAE4FAgC3SAAATrEAAFUAAABOBQIA9KoLALhGAQANRwEA7rkCABqPAQBCCwgA8v4OAMCUAAD7AQMA4xgEALCYDAAFmQwAWpkMAMHmAgAj2AQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAARw4AAGTtAwC57QMAU/oHAKj6BwD9+gcAUvsHAKf7BwD8+wcAUfwHAKb8BwCTsg8A9QcDAE6xAABVAAAATgUCAPSqCwC4RgEADUcBAO65AgAajwEAQgsIAPL+DgDAlAAA+wEDAOMYBACwmAwABZkMAFqZDADB5gIAI9gEACKHAQB3hwEAAAAAAAb4AQAAAAAAAAAAAAAAAADNhwAA2SYAAEILCACXCwgAVEcPALdIAAC6PwYA7rkCAE79CQAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwDgEA8AFzwCAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIApPgNAPn4DQDE4gMAQgsIAEcOAABOBQIAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAEO5AwCYuQMA7bkDABuPAABwjwAAUQMBAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAg0A8A4BAPABc8AgBOBQIADZEMAN4YCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD5+A0AxOIDAE4FAgAn0QcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwDgEA8AFzwCAE4FAgANkQwA3hgJAGuUAABHDgAATgUCAEQFDACZBQwA7gUMAEMGDACLHQIApPgNAPn4DQDE4gMAk7IPAJIUBAB4KQkAzSkJACIqCQBEBQwAmQUMAO4FDABDBgwAmAYMAO0GDABCBwwAlwcMAAAAAADNhwAAAKIIAFWiCABkQgQA+wEDABc8AgCe/Q4Ab48BAEIRAgBEsQoAwJQAABbpAADC5QIAa5QAAOYYAQBOsQAAPr8CACKIAADzWQgASFoIAEcOAACMHgAA4R4AADYfAACLHwAA4B8AAGNFAgDAlAAAFukAAMLlAgAxzQEARw4AAPsBAwDZIwMAh8MKANzDCgAxxAoAhsQKANvECgAwxQoAhG4NAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACzQQsACEILAM0oCgAiKQoAdykKALlABgAOQQYAY0EGAHMtCgAvww0A6gcOAEILCADy/g4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPUHAwDosg8AYUkAAMaLAwAbjAMAcIwDAMWMAwAajQMAb40DAMSNAwAZjgMAU6AMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAg0A8AnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwBToAwAsksCAD+zDQDosg8AGo8BAMTiAwAZ4wMA5hgBADsZAQDmGAEA6A8IAD0YAAAxGgoAhhoKANsaCgAleQwAenkMAOYYAQDqugUAOW8CAEpeAgCfXgIAQgsIAE4FAgANkQwA8v4OAM2HAABdlgwAspYMAAeXDABclwwAsZcMAAaYDABbmAwARVgNADoMDwBCCwgATgUCAHTVCwDnDAwAPA0MAACeDABikQwAxOIDAOFzAADjGgIAt5wBACDQDwBCCwgATgUCABuPAABwjwAAt0gAALo/BgBjmgIATgUCAC/DDQC6PwYAD0AGAGRABgBCCwgATgUCAKugCQAAoQkAt0gAAD5nBQC3nAEAZEIEALlCBACaCwUATrEAAMsyAgAOjQ8AY40PAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMArksGAGWNDQC6jQ0AD44NAPqgDwCMHgAA4R4AADYfAACLHwAA4B8AAEILCADy/g4AzYcAAG/eBwD7AQMA3hgJANPWAAA9GAAA+wEDAJK5CQAj0AwARw4AAHaHAgC3nAEADJ0BADYUCwCLFAsA4BQLADUVCwD2AAkASwEJABbpAADC5QIA0XcMAH0mBwDSJgcAJycHAE4FAgAbjwAAcI8AAAdLAwAG+AEATgUCACfRBwCcDgAAYEEJALVBCQAKQgkAJ9EHAB/SDgB00g4AsksCABuPAABHDgAATgUCAJK5CQA1aQwA3McGAEpeAgCfXgIAQgsIAN4YCQB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAN1vCAAycAgAh3AIANxwCAAxcQgAhnEIANtxCAAwcggAhXIIANpyCAAvcwgAhHMIANlzCAAudAgAg3QIAMiECAAdhQgAcoUIAMeFCABCCwgATgUCAOAQDwAtyQkAt0gAAE4FAgDT1gAAgiYCABqPAQB9JwYAuj8GAG+PAQBCEQIATgUCAKMFAgCsnAwAFzwCAE4FAgDgEA8AfSYHANImBwDfbQgANG4IAIluCADebggAM28IAEsBCQBsPAIAsksCALo/BgAoJgcA77EJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAEUNAwDQ2AEAt0gAAM2HAACySwIA+PwKAOAQDwB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAiG8IAE4FAgAvww0Auj8GAA9ABgBkQAYAQgsIAE4FAgDgEA8ALckJALdIAAAsJwIAG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA5hgBADsZAQAzbAsAIn8JAO1aDQDTfgMATgUCAJ2yBQDysgUA9f4LAHCPAAC3SAAA+PwKAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoA09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIA7rkCAEO6AgCYugIA7boCAJK5CQAj0AwARw4AAHaHAgDLhwIA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAASfBwAAAAAAt5wBAPsBAwBICgMAnQoDAIrACgAIlgwAI9AMAEcOAAB2hwIARw4AAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwB01QsAydULAB7WCwC84gsAEeMLAGbjCwD0qgsAW0UKALBFCgBQAgMApQIDAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDRKQUAFzwCAGNFAgCAzwUAsksCAPj8CgAn0QcAjB4AAEcOAADrvQEAv5QBACgmBwC3nAEAt5wBAE4FAgAIlgwAI9AMAEcOAAB2hwIAXvYAAKWjDAA9vgQAL8MNAD5nBQCTZwUAa5QAAEILCABOBQIAowUCAKycDAAXPAIATgUCAAAAAAAbjwAAa5QAAMCUAADTfgMATgUCAKMFAgD4BQIATQYCAKIGAgA9GAAAkhgAAO4GCwBDBwsARw4AANkmAAA5xQEAjsUBAOPFAQDy/g4Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALSTDQAJlA0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACroAkAAKEJAIDPBQDVzwUAKtAFAE4FAgBToAwAOgwPANN+AwBOBQIAnbIFAPKyBQBHswUA/5wOAFSdDgAiiAAAGocJAE4FAgD0qgsAW0UKABqPAQBvjwEAsksCAEcOAAD7AQMASAoDAJ0KAwCKwAoA38AKAIweAADhHgAANh8AAIsfAADgHwAA4G4GAE4FAgBToAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBACDQDwCjBQIArJwMABc8AgBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMARw4AAIweAADhHgAANh8AAIsfAADgHwAA4G4GADVvBgDhHgAAFukAAMLlAgCMHgAA4R4AABbpAADC5QIABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNANUoAgAXPAIAY0UCALhFAgB7yg8ARw4AAIweAACq8wwAX0kCADu8CACQvAgATgUCACfRBwCMHgAA4R4AADYfAACLHwAATrEAAEpeAgCSuQkAI9AMAC3JCQBHDgAAjB4AAMMwDAC9NgwAFzwCAJ79DgDuuQIATv0JAKP9CQDLMgIAaoYPAMCUAAAW6QAAwuUCAMsyAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIAn14CAMCUAAAW6QAAwuUCAASZDQBZmQ0AIocBAHeHAQDBLw8AAAAAAAAAAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAL8MNAOiyDwBhSQAAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BAO9iAwBOBQIAG48AABc8AgC3nAEA+wEDAEwJAACSuQkA57kJADy6CQCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAL8MNAOiyDwBhSQAAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEAkBkBAE4FAgCroAkAfssLANPLCwA9GAAAB0sDAG+PAQBCEQIAa5QAAMCUAADmGAEATLIBAMTiAwDrvQEAv5QBACgmBwDvsQkATgUCAA2RDADy/g4APRgAAAdLAwBrlAAAQgsIAE4FAgDT1gAAkrkJABqPAQBjmgIAINAPAC/DDQA+ZwUA034DABqPAQBvjwEAQhECAE4FAgAvww0A6gcOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAL8MNAOiyDwBhSQAAY5kDAN4YCQAzGQkAiBkJAN0ZCQAyGgkAmlwJAA2RDACXCwgAa5QAAOYYAQA7GQEADZEMAEf+DwCc/g8A8f4PAEb/DwCb/w8A8P8PAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBn5QgAKCYHAASfBwBKXgIAn14CAMCUAABjRQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOMYBACwmAwABZkMAFqZDAA5Dw0AkrkJABqPAQBjmgIAINAPAKMFAgAuJwAAt0gAAE6xAADzWQgAGo8BAG+PAQBCEQIATgUCACfRBwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABToAwAVEcPABqPAQBOBQIA7rkCAE79CQCj/QkAxi0MAL+UAQAoJgcA77EJAPsBAwAajwEAY5oCACDQDwA9GAAAkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAAAAAAFz2AgCx9gIARAUMAJkFDADnGAAAAKQGAFWkBgA7DwsAkA8LAOUPCwCjBQIAeCkJAM0pCQAiKgkA4BAPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgCpSwsA/ksLAFNMCwCoTAsA/UwLAAAAAADuuQIAQ7oCADlvAgAAAAAAFzwCAH7LCwDTywsAAAAAAEILCADeGAkAMxkJAIgZCQDdGQkAMhoJALBGCQAFRwkAWkcJAK9HCQAEnwcASl4CAJ9eAgC3SAAAPRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIAyzICAPqgDwCcDgAAYEEJAJgGDAB4KQkAIyQOAJ1gAgBOBQIAU6AMAHGIBgDuuQIAQ7oCAJi6AgBkQgQAQgsIAE4FAgANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwDuuQIAGo8BABc8AgCHbwkA77EJAOYYAQDoDwgAPRgAANPWAAAoJgcAFzwCAEpeAgDhZwwAb48BAEIRAgBOBQIAnbIFAPKyBQBHswUA/5wOAFSdDgCpnQ4A/p0OAFOeDgCong4ATgUCAKugCQB+ywsA08sLACjMCwB9zAsA0swLACfNCwAn0QcAH9IOAD5nBQBErwwAsksCAPj8CgBCEQIATgUCAHTVCwDnDAwAPA0MAKlLCwAajwEAfScGAAxJAABhSQAAxosDAE4FAgBEBQwAmQUMAO4FDABDBgwAq6AJAH7LCwDTywsAPRgAAAdLAwBvjwEAQhECAE4FAgDgEA8AFzwCAE4FAgDmGAEATLIBAMTiAwDPMAAAzYYBAKKwAgDZJgAAeCkJAEIRAgAbjwAAFzwCAGNFAgAXPAIAY0UCAIDPBQCySwIA+PwKAA2RDADeGAkAMxkJAIgZCQDdGQkAMhoJAJpcCQD0qgsAuEYBAA1HAQDuuQIAGo8BAEILCADy/g4AKCYHACgmBwC3SAAAt5wBACDQDwBHDgAA670BAE4FAgANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkARAUMAJkFDADuBQwAQwYMAJgGDADtBgwAQgcMAJcHDAANkQwA3hgJADMZCQCIGQkA3RkJADIaCQCaXAkAqUsLAP5LCwBCCwgAVQAAAFtFCgAajwEAb48BANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgAajwEAzYcAAACiCABOBQIAL8MNAE6xAABVAAAA+wEDAE4FAgDAhg4AOrYPAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQBe9gAAAAAAAD2+BABABg8ArJwMABc8AgC3SAAAuj8GAO65AgBO/QkA3xkHANN+AwBOBQIAq6AJAAChCQBVoQkAqqEJAP+hCQBUogkATgUCAHTVCwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQA4xgEANzHBgAxyAYAhsgGANvIBgAwyQYAhckGANrJBgAvygYAhMoGANnKBgBICgMAnQoDAMuCBwDAhg4Aa5QAAKtTAQAtxgwAxOIDAHaHAgC6PwYAb48BAEIRAgBOBQIADZEMAN4YCQDmGAEA6roFABqPAQBn5QgAvOUIABHmCABm5ggAu+YIABDnCABl5wgAuucIAA/oCABk6AgAuegIAA7pCABj6QgAuOkIAA3qCABi6ggAt+oIABc8AgBjRQIAuEUCAHvKDwBHDgAAjB4AAEK8AQC3SAAATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAAAbjwAAcI8AAAdLAwAG+AEA+wEDAAAAAADjGgIAt5wBACDQDwAvww0A6gcOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAL8MNAE6xAABVAAAA+wEDAAAAAAC3nAEARw4AAPsBAwAAAAAAJ9EHAOu9AQBAvgEA+wEDAAAAAAA9GAAAPRgAAGuUAADcxwYAt0gAALo/BgAoJgcA77EJAE4FAgCroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDKgQkAt0gAALo/BgAPQAYAZEAGAEILCADeGAkALckJAAAAAAC3SAAAt0gAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAWkAQAFtFCgCwRQoABUYKAF72AADCOAUAI9AMAEcOAAB2hwIAm6wNAKugCQAAoQkAgM8FANXPBQAq0AUATgUCAA2RDACXCwgA2WwPAC5tDwDjGgIAzYcAAJLBAQCMHgAAJ9EHAIweAADhHgAANh8AAIsfAADgHwAANSAAAFOgDACySwIAG48AALecAQBCCwgATgUCAEQFDACZBQwA7gUMAEMGDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUAs0ELAAhCCwBdQgsAFzwCAGNFAgC4RQIAe8oPAEcOAACMHgAA8v4OAMCUAAAW6QAAwuUCAGuUAADAlAAAFukAAOQRCgA5EgoA5xgAAAAAAAAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgAAAAAAAAAAAFz2AgCx9gIAVvwCAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAN8UDAIzFAwAuywYAg8sGANjLBgAtzAYAgswGANfMBgDT1gAAGo8BAG+PAQBrlAAAwJQAABbpAADC5QIAAAAAAAAAAAAAAAAAAAAAAAAAAAA9GAAAa5QAALdIAADLMgIADo0PAGONDwCisAIAOcMDAI7DAwDjwwMAOMQDAD9cDwCUXA8A6VwPAD5dDwCTXQ8A6F0PAD1eDwCSXg8AtJMNAAmUDQBelA0As5QNAAiVDQBdlQ0AspUNAAeWDQBclg0AsZYNAAaXDQBblw0AsJcNAAWYDQBamA0Ar5gNACgmBwBHDgAATgUCAKlLCwCAGw8A1RsPACocDwAAAAAAAAAAAAAAAAD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAAAAAAAAAAAAAAAACrUwEALcYMACgmBwDvsQkATgUCAKugCQAAoQkAVaEJAKqhCQD/oQkAAAAAAGuUAADAlAAA4xoCABqPAQBvjwEAnWACAEf+DwBwjwAAQhECAEcOAADhcwAAOMcAANkmAADjGgIAzYcAADjHAABOBQIAU6AMAOMaAgBCEQIARLEKAN8ZBwAg0A8AkrkJAD0YAABrlAAAq1MBAC3GDAAAAAAAPRgAAE4FAgCroAkAAKEJAJK5CQAbjwAARw4AAOFzAABv3gcARw4AAOu9AQC/lAEAKCYHAO+xCQBrlAAAq6AJAJ79DgCXBg0AeCkJABuPAAC3SAAAzYcAALJLAgAAAAAAKCYHAE4FAgCroAkAAKEJAM+DAgAkhAIARw4AAOFzAABv3gcAPRgAAJIYAAD7AQMAihYKAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAyGQoAhxkKANwZCgBrlAAA3McGADHIBgCGyAYA28gGADDJBgCFyQYA2skGAC/KBgCEygYA2coGAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAKMFAgD4BQIATQYCAKIGAgA4xgEA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAE4FAgAvww0Auj8GAA9ABgBkQAYAQgsIAE4FAgDgEA8ALckJALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQBOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQBFtQUAmrUFAO+1BQBEtgUAmbYFAPqgDwCcDgAAYEEJALVBCQAKQgkAX0IJALdIAAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAOHFAwAgKwoAdSsKAMorCgAfLAoAdCwKAMksCgAeLQoASAoDAJ0KAwCKwAoA38AKADTBCgCJwQoA3sEKADPCCgCjBQIAeCkJAM0pCQAiKgkA4BAPABc8AgBOBQIADZEMAGKRDAAXPAIAY0UCAM+DAgC3SAAAxDkCABc8AgBfSQIAAKIIACDQDwDAlAAAFukAAMLlAgAoJgcAKCYHALecAQBOBQIAL8MNALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQC3SAAATgUCANPWAACSuQkAGo8BAGOaAgAg0A8A09YAAIImAgAajwEAfScGALo/BgBvjwEAQhECAE4FAgCjBQIArJwMABc8AgBOBQIAU6AMADoMDwCPDA8A4BAPAH0mBwDSJgcAJycHAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAzHsNACF8DQB2fA0Ay3wNACB9DQB1fQ0Ayn0NAB9+DQAsJwIAgScCAKugCQAAoQkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAL8MNALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQC3SAAATgUCAFOgDADZJgAAt0gAAPj8CgCFbgwAINAPAMCUAAAW6QAAwuUCAGY1DwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgDhaQoANmoKAItqCgDgagoANWsKAIprCgDfawoANGwKAIlsCgDebAoAM20KAF72AADT1gAAgiYCABqPAQB9JwYAlhICABc8AgBjRQIAgM8FALJLAgD4/AoAeiIOAAAAAAAbjwAAGo8BABc8AgBjRQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwDgEA8A4xoCALdIAADNhwAAGo8BAG+PAQBOBQIAMc0BAEILCADjGgIATrEAAE4FAgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwCpSwsApPgNAABUAQBVVAEAyNUMAB3WDABy1gwAx9YMABzXDADT1gAAkrkJADVpDAA9GAAATgUCAC/DDQA+ZwUA034DABqPAQBvjwEAQhECAE4FAgAvww0A6gcOAFXzDACdsgUA8rIFAEezBQCcswUA8bMFAEa0BQBHDgAATgUCAJ2yBQDysgUA9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDACdAQwA8gEMAFOgDAB6Ig4AAAAAABuPAAAajwEAFzwCAGNFAgAb3wUATgUCAKMFAgAXPAIAh28JAOYYAQBOBQIAL8MNAOiyDwBhSQAAG48AAHCPAADrvAIAQL0CAMCUAAC3nAEA034DABqPAQBvjwEAQhECAE4FAgANkQwAlwsIANlsDwAubQ8A4xoCAM2HAACSwQEAjB4AAMx7DQB6Ig4AAAAAABuPAAAajwEAFzwCAGNFAgBToAwAcYgGAKugCQAAoQkARw4AAJwOAAAtyQkAFzwCAE6xAABrlAAAowUCABc8AgCHbwkA5hgBAE4FAgB01QsAfScGAEcOAABOBQIA9KoLALhGAQCe/Q4AFD0EAOq6BQA5bwIA034DAE4FAgCjBQIA+AUCACKIAAAahwkAxDkCABc8AgDTfgMATgUCAOAQDwAXPAIATgUCACfRBwCcDgAALckJABc8AgBOsQAAPRgAAGuUAACrUwEA+wEDAPUHAwC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAU6AMAHoiDgAAAAAAG48AABqPAQAXPAIAnv0OAG+PAQBCEQIATgUCAFOgDABxiAYAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMAa5QAALdIAADNhwAAb94HAEILCAAXPAIAnv0OAG+PAQDZJgAArJwMAE4FAgCpSwsA/ksLAFNMCwARQwEA2SYAAKycDAABnQwAVp0MAKudDADNhwAAGo8BANUoAgDNhwAAVJ4NAKf4CgD8+AoAb48BALLrDAA+ZwUARK8MAOZsAgBHDgAAoVsDAM2HAACySwIA+PwKAAiWDAAj0AwARw4AAHaHAgBOBQIARAUMAF9JAgC0SQIACUoCAOcYAAAApAYAVaQGADsPCwCQDwsA5Q8LADoQCwCPEAsA5BALAIweAADhHgAANh8AAIsfAADgHwAANSAAAOYYAQBMsgEAxOIDAOMaAgBjOA8AkrkJAM2HAADuuQIAGo8BAG+PAQCEww0ATf0KAKL9CgD3/QoATP4KAKH+CgD2/goAS/8KAKD/CgD1/woASgALAJ8ACwD0AAsASQELAGKRDAB3fwkAzH8JACGACQAbjwAAQgsIAKugCQAAoQkAgM8FAG/eBwBOBQIAG48AAEILCAAAAAAAKCYHAE4FAgAvww0Auj8GAA9ABgBkQAYAuUAGAA5BBgCSuQkAVQAAANUoAgA9GAAAa5QAALdIAADT1gAAKCYHABc8AgBKXgIA1SgCAEIRAgBEsQoAmbEKAO6xCgBDsgoAmLIKAO2yCgBjRQIARw4AAOu9AQCMHgAARw4AAPsBAwBCEQIARLEKAJmxCgDusQoAQ7IKAJiyCgDtsgoAQrMKAJezCgDsswoAQbQKAJa0CgCjBQIArJwMABc8AgDgEA8AFzwCAE4FAgAn0QcAjB4AAOEeAAA2HwAAGo8BAE6xAABrlAAARAUMAJkFDADuBQwAQwYMAEpeAgBPpgoAkhgAANPWAACSuQkAI9AMAEcOAAB2hwIA+PwKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCqpAYA/6QGAFSlBgCppQYA/qUGAFOmBgBToAwAb94HAEILCAAXPAIAY0UCAEcOAADrvQEATgUCAKMFAgCsnAwAAZ0MAFadDAB9JgcA0iYHACcnBwBOBQIAL8MNAE6xAABVAAAATgUCAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAJu0BQDwtAUA4sQDADfFAwCMxQMA4cUDADbGAwDNhwAAGo8BAGuUAADAlAAAFukAAMLlAgBCvAEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAa5QAAOYYAQBVAAAAW0UKABc8AgBsPAIAOW8CANN+AwBOBQIAowUCAPgFAgBNBgIAJXkMAHp5DAB01QsAydULAB7WCwBEBQwAX0kCALRJAgAJSgIAq6AJAAChCQBHDgAAnA4AALecAQAbjwAAt0gAALo/BgAoJgcAQgsIAPL+DgA9GAAAX0kCALRJAgAJSgIARAUMAJkFDAAXPAIATgUCACfRBwCMHgAA4R4AADYfAAA9GAAAX0kCALRJAgAJSgIA9KoLALhGAQANRwEA7rkCABqPAQBCCwgA8v4OAE6xAADzWQgATgUCAAiWDAAj0AwARw4AAHaHAgBOBQIAdNULAOcMDAA8DQwASl4CAE+mCgCSGAAA09YAACgmBwD5TQ4AG48AAFUAAABOBQIAowUCAPgFAgBNBgIAJXkMAHp5DACiBgIAB0sDACgmBwDLMgIADo0PAPNZCADNhwAAOgwPAD0YAABrlAAA3xkHAEcOAADLMgIArJkPAAGaDwAXPAIAY0UCAEcOAACcDgAAt5wBAO65AgBO/QkAQgsIAJcLCABv3gcAQgsIABc8AgBjRQIARw4AAOu9AQCMHgAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAPsBAwBICgMAX0kCALRJAgAJSgIAvuEKABPiCgBo4goAveIKABLjCgBn4woAvOMKABHkCgBm5AoAu+QKABDlCgBl5QoAuuUKAA/mCgBk5goAueYKAA7nCgBj5woATgUCAKWjDACcDgAAYEEJALVBCQAKQgkAX0IJAKv1CQBwLwsAxS8LABowCwCFbgwAFukAAMLlAgCpSwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgBOBQIAU6AMAHGIBgBEBQwAa5QAANPWAABOBQIAnbIFAPKyBQBHswUAnLMFAPGzBQBGtAUAm7QFAPC0BQDixAMA+wEDAEK8AQB50gkAztIJACPTCQB40wkAzdMJACLUCQB31AkAzNQJAMXbCQAAAAAAAAAAAAAAAAC+4gkAE+MJAGjjCQC94wkAEuQJAGfkCQC85AkAEeUJAAAAAAAAAAAAZuUJALvlCQAQ5gkAwjkEAAX0BgBa9AYAowUCAKycDAABnQwAVp0MAPsBAwDjGAQAOBkEAIBvEADVbxAAKnAQAH9wEADNhwAA4xoCALecAQAg0A8AowUCAHgpCQDNKQkAIioJAEQFDACZBQwA7gUMAEMGDACYBgwA7QYMAEIHDACXBwwAa5QAAD0YAACSGAAAa5QAAD0YAAA9GAAAkhgAAGuUAAA9GAAAt0gAAPsBAwBICgMAnQoDAIrACgDfwAoANMEKAInBCgDewQoAM8IKAKMFAgB4KQkAzSkJACIqCQDgEA8AFzwCAE4FAgANkQwAYpEMABc8AgBjRQIAz4MCALdIAADEOQIAFzwCANN+AwBOBQIAwIYOAPsBAwAAAAAATgUCAOMaAgA4GwIA2SYAANkmAAAuJwAAwJQAAJ79DgBvjwEAQhECAE4FAgAvww0Auj8GAA9ABgBkQAYAQgsIAE4FAgDgEA8ALckJALdIAABOBQIAU6AMANkmAAC3SAAA+PwKAIVuDAAEnwcAPr8CAJO/AgD7AQMAU6AMAACiCABVoggAqqIIAOMaAgDruAYAQLkGAJW5BgDquQYAP7oGAGjmBgCdsgUA8rIFAEezBQCcswUA8bMFAEa0BQCbtAUA8LQFAOLEAwA3xQMAG4UKAHCFCgBToAwAqKAMAP2gDABSoQwA3hgJANPWAABCCwgAR/4PALecAQAg0A8APRgAAJIYAAARQwEA2SYAAKycDAABnQwAVp0MAKudDABAvQIAwJQAABbpAADC5QIASAoDAJ0KAwCKwAoA5hgBADsZAQAzbAsAiGwLAN1sCwAybQsARAUMAF9JAgC0SQIACUoCAEILCADmGAEAOxkBADNsCwCIbAsA3WwLADJtCwBEBQwAX0kCALRJAgAJSgIAQgsIAOYYAQA7GQEAM2wLAIhsCwDdbAsAMm0LAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwC3nAEADJ0BAFGrAwCmqwMATgUCABuPAAAXPAIAt5wBAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQB01QsAFD0EAGk9BAC+PQQAEz4EAGg+BABOBQIAqUsLAP5LCwC3SAAAPmcFANN+AwBOBQIAowUCAKycDAAXPAIATgUCAPSqCwBJqwsAnqsLAPOrCwBIrAsAnawLAPKsCwAsJwIAgScCAMCRAwAVkgMAapIDAL+SAwCjBQIArJwMAAGdDABWnQwAq50MAHTVCwB9JwYA0icGAHTVCwDJ1QsAHtYLAHPWCwBxiAYA9KoLAEmrCwCeqwsA86sLAEisCwCdrAsA8qwLAMsyAgAxzQEARw4AAJwOAADmGAEA6roFALJLAgBOsQAA81kIABqPAQBvjwEAQhECAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAowUCAKycDAAXPAIATgUCAPAOAQBnNg0AWkAQAK9AEABEBQwAmQUMAO4FDABDBgwA9KoLALhGAQBjRQIAuEUCAHgpCQB0fQ4Aa5QAAEILCABOBQIA09YAABqPAQB9JwYADEkAAE4FAgAAAAAATgUCAOAQDwAXPAIATgUCAI9iDgAAAAAATgUCAOAQDwAXPAIATgUCAI9iDgDkYg4AzHsNAHGIBgANkQwA8v4OAEf/DgD2AAkAMhQPAIcUDwDy/g4APRgAAE6xAABVAAAAqgAAAJqvCwDvrwsARLALAJmwCwDusAsA5hgBAOq6BQA6DA8AA/sBAM2HAAAAoggAVaIIACKIAABKXgIAxN8GAFSeDQBEsQoACJYMAF2WDACylgwAB5cMAEQFDACZBQwA7gUMAEMGDADjGgIAYzgPAGuUAAA9GAAATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAdNULAMnVCwDOIRAAIyIQAHgiEADNIhAAIiMQACDQDwBCCwgAyzICAE4FAgAvww0APmcFANN+AwBOBQIAL8MNAOoHDgBV8wwAdNULAMnVCwDOIRAAIyIQAHgiEADNIhAAIiMQAHTVCwB9JwYA+wEDAEgKAwBaQBAAr0AQAARBEAB01QsAydULAM4hEAAjIhAAeCIQAM0iEAAiIxAA9KoLALecAQAg0A8AzYcAAJLBAQCMHgAAq6AJAH7LCwDTywsATgUCAEwJAAA9GAAAWkAQAK9AEAAEQRAAdNULAMnVCwDOIRAAIyIQAHgiEADNIhAAIiMQABuPAABwjwAAt0gAALo/BgAPQAYAZEAGAGuUAADAlAAAFukAAMLlAgC3nAEADJ0BAFGrAwCmqwMATgUCACfRBwB6zgwATrEAAPNZCABOBQIAowUCAHgpCQDNKQkAIioJAMCGDgAVhw4AQhECAESxCgDmGAEATgUCABqPAQBvjwEATgUCAFOgDAA6DA8A034DAE4FAgDgEA8A2SYAAE4FAgAvww0A6LIPAGFJAAC2SQAAnA4AAC3JCQAXPAIATrEAAGuUAAC3nAEADJ0BAD5hCwCTYQsA6GELAOi/AgDTfgMATgUCAHTVCwDJ1QsAziEQACMiEAB4IhAAzSIQACIjEAAg0A8AQgsIAE4FAgBCEQIARLEKAOYYAQAvww0A6LIPAGFJAABCEQIARLEKAOYYAQBHDgAATgUCAFOgDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEADZEMABc8AgCe/Q4A7rkCAE79CQCj/QkATgUCAKMFAgCsnAwAAZ0MAFadDACrnQwAowUCAKycDAAXPAIATgUCADHNAQBCCwgA4xoCAE6xAAB+Hg4AkhgAABFDAQDZJgAArJwMAAGdDABWnQwAq50MAEC9AgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEABJ8HAKOxAAAveQIAhHkCANl5AgBCCwgA8v4OANkmAADZJgAArJwMAAGdDABWnQwAq50MAEC9AgDAlAAAFukAAMLlAgCooAwAt0gAALo/BgCXBg0AOcUBACKIAAAahwkAG48AABc8AgAvww0A6gcOAFXzDACjBQIAeCkJACMkDgCdYAIAd9oDAMzaAwAh2wMAdtsDAMvbAwAg3AMAddwDAMrcAwDjGgIAYzgPAKugCQAAoQkARw4AAJwOAAC3nAEA7rkCAE79CQBCCwgA+wEDAD0YAACSGAAAEUMBADYdAgCyQgsAB0MLAFxDCwCxQwsAowUCAHvKDwBwjwAAHoAMALdIAAC6PwYAKCYHAO+xCQC3SAAA+PwKAD0YAABHDgAAv5QBACgmBwDvsQkAxOIDABnjAwCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIATgUCAKlLCwCk+A0AlAoMAOkKDAA+CwwAkwsMAOgLDAA9DAwAkgwMAA2RDAAXPAIAnv0OAO65AgBO/QkATgUCAJYSAgDrEgIAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwD7AQMAowUCAKycDAAXPAIATgUCAPSqCwBCCwgA3hgJAE4FAgB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAt5wBAAydAQBRqwMApqsDAPL+DgCroAkAAKEJAAAAAAAbjwAAGo8BABc8AgBjRQIAG98FAE4FAgDmGAEAOxkBADNsCwCIbAsA3WwLADJtCwD0qgsAuEYBAA1HAQDuuQIAGo8BAEILCADy/g4ARw4AAE4FAgD0qgsASasLAJ6rCwDzqwsASKwLAJ2sCwDyrAsAQhECAJcRAgBOBQIAowUCAHgpCQDNKQkAIioJAEcOAABOBQIAdNULAMnVCwAe1gsARw4AAFUAAAD2AAkA3McGANkmAAA5xQEAjsUBAOPFAQDAhg4A1SgCAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAJ3+DgAHSwMAb48BAEIRAgD7AQMAPRgAAJIYAAARQwEAxowCAJoBDwCEbg0AQgsIAPL+DgBH/w4AnP8OAPH/DgBGAA8AmwAPAPAADwBFAQ8A+wEDAEcOAAB2hwIAPmcFAJNnBQBOsQAAt0gAAPsBAwAXPAIAY0UCAM+DAgAxyAYA7rkCAE79CQCj/QkAbDwCAOMaAgC3nAEAINAPAMMwDAAYMQwAbTEMAMIxDAAXMgwATrEAAM2GAQAXPAIAY0UCAMMwDAAYMQwAbTEMAMIxDAAXMgwAbDIMAMEyDAAWMwwAazMMAMAzDAAVNAwAajQMAH/UAQDU1AEADPECAGHxAgAg0A8AwzAMABgxDABtMQwAwjEMABcyDABsMgwAwTIMABYzDABrMwwAwDMMABU0DABqNAwAVQAAAKoAAAA5bwIAxi0MAIweAACEbg0AG48AAEcOAACMHgAA4R4AABWVAABrlAAAwJQAABbpAADC5QIA09YAAIImAgCd/g4AB0sDAG+PAQBCEQIA+wEDAACqAABVqgAAqqoAAMaMAgCaAQ8AhG4NAEILCADy/g4AR/8OAJz/DgDx/w4ARgAPAJsADwDwAA8ARQEPAPsBAwBHDgAAdocCAPj8CgBN/QoA6A8IAKtTAQAtxgwA+wEDAEIRAgDmGAEA6A8IAD0YAAC3SAAAzYcAALJLAgC6PwYAKCYHAO+xCQBOBQIAowUCAPgFAgA4xwAAt5wBAEcOAACMHgAA7VsMAKf4CgDjGgIA67gGALJLAgDNhwAAAKIIAE4FAgCpSwsAgBsPANUbDwAqHA8AAKIIAPsBAwBKXgIA4WcMADZoDACLaAwA4GgMABqPAQBjmgIAuJoCAA2bAgBrlAAAzYcAAFRHDwBOBQIA4BAPAC3JCQC3SAAATgUCAOAQDwDZJgAATgUCAOYYAQDoDwgAPRAIADsZAQAXPAIAwJQAAOYYAQBMsgEAobIBAF9JAgA7vAgA+PwKAEILCABOBQIA4xoCANN+AwBOBQIAU6AMADoMDwCSGAAAEUMBAAxJAABhSQAAxosDAE4FAgD0qgsAuEYBAA1HAQAwwwwAhcMMANrDDABCEQIAlxECAOAQDwD5TQ4AJXkMAHp5DAD4+wsATfwLAKMFAgD4BQIA5mIMADtjDACQYwwA5WMMADpkDACPZAwA5GQMADllDAD0qgsASasLADlvAgDGLQwAjB4AAKlLCwCAGw8A1RsPACocDwBOsQAAPr8CAG7XDwBCEQIAkrkJAOe5CQB01QsAydULAB7WCwC84gsAEeMLAD2zDwBjRQIAgM8FAG/eBwBOBQIAAAAAAG6FDABOBQIAkrkJAM2HAAA6DA8AQgsIALecAQAg0A8AQgsIAKlLCwCk+A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAyzICAPsBAwCAJwMA1ScDACooAwDpaAMAPmkDAJNpAwDoaQMAPWoDAFOgDACySwIAU6AMALJLAgAAAAAADpAMAE4FAgBCCwgAIn8JAO1aDQBCWw0Al1sNAOxbDQD7AQMA4xoCANN+AwC3SAAA+PwKAPgEAwDzWQgAzYcAADlvAgCSuQkAzYcAAJLBAQBOBQIAowUCAPgFAgBNBgIAogYCAIAbDwDVGw8AKhwPAD0YAAC3SAAAzYcAAAb4AQBOBQIAqUsLAIAbDwDVGw8AKhwPACgmBwAtyQkAcI8AAOu8AgANkQwA8v4OALdIAAD4/AoA3McGALdIAAD4/AoAzYcAADlvAgBjRQIADZEMAPL+DgC3SAAA+PwKANzHBgC3SAAA+PwKAEcOAAC/lAEAFJUBAGmVAQC+lQEAjmUMAONlDABOBQIA4xoCANN+AwBOBQIAJ9EHAL+UAQAUlQEAaZUBAL6VAQBVAAAAuEYBAA1HAQDmGAEATLIBAMTiAwCMHgAA4R4AAGNFAgAxzQEADO4FANzHBgC3SAAAuj8GACgmBwDmGAEA6roFABqPAQBvjwEAbDwCACKIAABrlAAA4xoCAM2HAAAiiAAASl4CAE4FAgDmGAEAOxkBAEcOAAB2hwIATgUCAKugCQAAoQkAz4MCAPj6DAA9GAAAt0gAAE4FAgCdsgUAPr8CAJO/AgDovwIAPcACALecAQDNhwAAksEBAHaHAgA9vgQA9KoLALhGAQANRwEAMMMMAIXDDADawwwAL8QMAE4FAgCdsgUA8rIFAMXWDgAa1w4Ab9cOAMTXDgAZ2A4AbtgOAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwCk+A0A+fgNAE75DQDSJwYAnbIFAPKyBQAihwEABJ8HAGuUAABHDgAA670BAMsyAgBqhg8Av4YPAC3GDACCxgwAGo8BAH0nBgD4/AoAQgsIAE4FAgDT1gAAGo8BAH0nBgAMSQAATgUCAJ2yBQDysgUAIocBAHeHAQAbjwAA4xoCALdIAAD4/AoAw9oMABjbDABMpg0A2SYAADnFAQCOxQEA48UBANPKDAAoywwAfcsMANLLDAAnzAwAKCYHACgmBwD5TQ4AL8MNALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQC3SAAATgUCAHTVCwDJ1QsA4BAPANkmAABrlAAAQgsIAPL+DgBCCwgATgUCAC/DDQC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgBzLQoAHtUMAHPVDABHDgAAdocCAC/DDQC6PwYAD0AGAGRABgBCCwgATgUCAOAQDwAtyQkAt0gAAE4FAgB01QsAydULAPUHAwDXyAoA2cMNAG3bDADC2wwAF9wMAGzcDADB3AwAFt0MAGvdDADA3QwAFd4MAGreDAAJ6gwAXuoMALPqDAAI6wwA9QcDALo/BgAPQAYAZEAGALlABgAOQQYAY0EGAHMtCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAU6AMANkmAAC3SAAA+PwKAIVuDAAvww0A6gcOAFXzDADjGgIAYzgPAFOgDAA6DA8AjwwPAHTVCwDJ1QsAziEQACMiEAB4IhAAOgwPAE6xAABrlAAA4BAPANkmAABOBQIAqUsLAIAbDwDVGw8AKhwPAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD5+A0AxOIDAKlLCwCk+A0A+fgNAMTiAwBEBQwAmQUMAOcYAACpSwsAgBsPANUbDwAqHA8AgBsPANUbDwAqHA8Aa5QAABqPAQDuuQIATv0JAE4FAgAbjwAAcI8AAB3hAQBy4QEAx+EBABziAQBx4gEAxuIBABvjAQBw4wEA+fkMAE76DACj+gwATgUCABuPAABwjwAA09YAAIImAgDXJgIAhBkNAEILCABOBQIAqUsLAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDZJgAALicAAMCUAAAW6QAAwuUCAEIRAgCXEQIAQgsIAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD3BgIATAcCAKEHAgD2BwIATgUCACfRBwB6zgwATrEAAE6xAABrlAAARw4AANPWAACCJgIA57QOADy1DgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD3BgIATAcCAKEHAgD2BwIASwgCAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAHSwMAMBgNAIUYDQDaGA0ALxkNAAAAAAA9GAAAB0sDAFxLAwD4/AoAhW4MABbpAABr6QAAowUCAPgFAgAAoggARw4AAC/DDQDqBw4AVfMMAJ2yBQDysgUAR7MFAJyzBQDxswUARrQFAA2RDABikQwAd38JAOAQDwB9JgcA0iYHAPSqCwAajwEAb48BACfRBwAf0g4AdNIOADlvAgCroAkAAKEJAIDPBQDVzwUAes4MAE6xAABOsQAAa5QAAGuUAADjGgIAYzgPAFOgDADjGgIAt5wBAIDPBQBv3gcATgUCAPSqCwC4RgEADUcBAHQoDgDJKA4AHikOAHMpDgDIKQ4A4BAPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgC6PwYAa5QAAEcOAABOBQIA4BAPANkmAABOBQIAG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgBEBQwAA/sBAABTAgA9GAAAkhgAAMuCBwBrlAAAt0gAABBDAgBlQwIAukMCAPAOAQD6VgQA4BAPAOMaAgAxzQEADO4FANzHBgC3SAAATgUCAAiWDABdlgwAspYMAAeXDABEBQwAmQUMAOcYAABToAwAsksCAAdMAgBcTAIAsUwCAAZNAgBbTQIAsE0CAOYYAQDoDwgAt0gAAAxJAAAj0AwAQgsIAE4FAgAg0A8AQgsIAE4FAgBHWAsAKCYHAH0mBwC3SAAAuj8GACgmBwDvsQkA+wEDABuPAABwjwAA09YAACjXAABsPAIAVEcPAF72AAAI9gEAR1gLAJxYCwDgEA8A77EJAE4FAgBToAwAcYgGAEdYCwA9GAAAkhgAAMuCBwBrlAAAR1gLAJxYCwDuuQIAQ7oCAJi6AgDtugIAdNULAMnVCwDEjwEAKCYHAPlNDgCfXgIA09YAABqPAQB9JwYADEkAAD5nBQB+ywsAt0gAAAxJAADTfgMALCcCAIEnAgDWJwIAKygCAIAoAgCjBQIA+AUCAACiCABHDgAARAUMAAdLAwBToAwAPQkPAJIJDwDnCQ8APAoPAJEKDwBvjwEAQhECAJcGDQDZJgAALicAAMCUAABjRQIAPRgAAE6xAABrlAAAwIYOADq2DwBToAwAeiIOABqHCQAbjwAAzYcAAACiCAAsJwIAgScCAOK4DwA3uQ8AhcAPANrADwAvwQ8AhMEPANnBDwAuwg8Ag8IPAD2+BAB01QsA5wwMADwNDABEBQwAmQUMAO4FDABDBgwAR1gLALdIAAA+ZwUAfssLAGuUAABHWAsA2SYAADnFAQAAoggARw4AAIweAABHWAsAsusMAD5nBQB+ywsAt0gAAAxJAADTfgMAmAYMAPgFAgAAoggARw4AABbnAgD7AQMA+wEDAAObDABYmwwArZsMAAKcDABXnAwAZI8MALmPDADgEA8AFzwCAE4FAgBEBQwAa5QAAM2HAAA5bwIATgUCAKlLCwD+SwsAQgsIAE4FAgDgEA8A2SYAAE4FAgB01QsAydULAFpAEAALnwAADZEMAN4YCQBrlAAARw4AAE4FAgBEBQwAmQUMAO4FDABDBgwAix0CAKT4DQD5+A0AxOIDAFOgDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAIDMCAH7LCwDTywsAKMwLAH3MCwDSzAsAJ80LAHzNCwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDALo/BgAPQAYAZEAGAEILCABOBQIA4BAPAC3JCQC3SAAATgUCANPWAACCJgIAGo8BAH0nBgC6PwYAb48BAEIRAgBOBQIAowUCAKycDAAXPAIATgUCAOAQDwB9JgcA0iYHAN9tCAA0bggAiW4IAN5uCAAzbwgAwJQAABbpAADC5QIABJkNAFmZDQCumQ0AA5oNAFiaDQCtmg0AApsNAFebDQCsmw0AAZwNAFacDQCrnA0AAJ0NAFWdDQCqnQ0A/50NAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBAD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAQhECAEIRAgAXPAIAY0UCAEIRAgCn+AoAsksCAPj8CgBrlAAAwJQAABbpAADC5QIAVQAAAMvUCgAg1QoAt0gAAITDDQDZww0Av90NABTeDQAL5g4AYOYOALXmDgAK5w4ARw4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAq6AJAAChCQBHDgAA08oMALecAQC3SAAATgUCACfRBwB6zgwAC+YOAGDmDgC15g4ACucOAAAAAACbrA0ATgUCAKMFAgD4BQIATQYCAJhbDACpSwsAgBsPANUbDwAqHA8A77EJAGuUAAAn0QcAjB4AAOK6DQA3uw0AjLsNAE4FAgDgEA8AL8MNAITDDQCIvw0A3b8NADLADQCHwA0A3MANADHBDQBOBQIA4BAPALecAQC3nAEAINAPANzHBgC3SAAAuj8GAG+PAQD/AAAABusOAEcOAABOBQIAg24OAPCsDQC3SAAAG48AAFUAAABOsQAAo7EAAC95AgCEeQIA2XkCAOYYAQA7GQEAM2wLAIhsCwDdbAsAMm0LAM2HAAA5bwIAQgsIAN4YCQDT1gAAPRgAAE6xAACjsQAAL3kCAIR5AgDZeQIAt0gAAPj8CgDD2gwAOw0NAJANDQDlDQ0AOg4NAI8ODQDkDg0AjB4AAEcOAAAAAAAAAAAAAAAAAACdsgUA8rIFAEezBQDTyQ0AKMoNAH3KDQBHDgAAnA4AALecAQAg0A8AyzICALecAQAMnQEAx34PAG+PAQDZJgAA09YAAIImAgCd/g4AaoYPAMCUAAAW6QAAwuUCAEILCADy/g4A4xoCADgbAgDGNwIAPmcFAESvDACZrwwA7rkCAEO6AgCYugIAZEIEAEILCACXCwgA2WwPALo/BgAoJgcA77EJAE4FAgDT1gAAgiYCAJ3+DgAHSwMAb48BAEIRAgANkQwA8v4OAEf/DgCc/w4A8f8OAEYADwCbAA8A8AAPALo/BgAoJgcA77EJAE4FAgDT1gAAgiYCAJ3+DgAHSwMAb48BAEIRAgAn0QcAes4MABqPAQB9JwYA+PwKAMPaDAD7AQMAL8MNAITDDQDZww0Av90NABTeDQBp3g0Avt4NABPfDQCjBQIA+AUCAE0GAgCiBgIAsesNADnCBACOwgQAyYALAH7LCwAL7QcA3hgJAC3JCQC3SAAATgUCAAAAAADy/g4AwJQAABbpAABr6QAAAAAAAAAAAAAn0QcAes4MABqPAQB9JwYA+PwKAMPaDADkwQQApKMNAPmjDQDyqQ4AowUCAHgpCQDNKQkAIioJAAAAAABZ7g0AQrwBANkmAAA5xQEAjsUBAFz2AgD7AQMAqUsLAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAHIIMAHGCDACroAkAAKEJADHNAQAM7gUA3McGALdIAAC6PwYAKCYHAO+xCQBOBQIAdNULAMnVCwCrUwEALcYMAILGDADXxgwALMcMAIHHDADWxwwAK8gMAIDIDADVyAwAKskMAFOgDABxiAYARAUMAJkFDADLggcAwIYOAPBiAgBFYwIAmmMCAO9jAgBOBQIAqUsLAKT4DQD5+A0ATvkNANInBgCdsgUA8rIFACKHAQB3hwEAwS8PAOYYAQDqugUAGo8BAG+PAQAHSwMAb48BAEIRAgBOBQIAdNULAMnVCwB/HQ4A1B0OALDrDgAF7A4AxDkCACkeDgA9vgQAAAAAAE4FAgAbjwAAcI8AAG2GDADChgwAF4cMAGyHDADBhwwAFogMAGuIDADAiAwAgBsPANUbDwAqHA8A4xoCAGM4DwC3SAAA09YAAGuUAABrlAAAPRgAAE4FAgAvww0AhMMNANnDDQBVAAAAqgAAAP8AAAA9vgQAfx0OANQdDgA9vgQAt0gAAMQ5AgApHg4APb4EAAAAAABOBQIAL8MNAOiyDwAajwEAxOIDABnjAwBu4wMAhMMNANnDDQBt2wwAwtsMABfcDABs3AwAwdwMABbdDABr3QwAwN0MABXeDABq3gwACeoMAF7qDACz6gwACOsMAF3rDABKXgIA4WcMAEILCAA9GAAAX0kCAFRHDwDvDAQA3x4CADQfAgBe9gAACPYBALfsBgA+vwIAk78CAOi/AgAiiAAAFzwCAIdvCQBHDgAA670BAG+PAQAHSwMAxOIDAN8eAgA1aQwAQgsIAE4FAgB01QsAydULALdIAAD4/AoAw9oMABjbDAB9JgcA0iYHAN9tCAC3SAAAEEMCAOAQDwDvsQkATgUCACfRBwCMHgAA4roNADe7DQCMuw0A1SgCAM2HAAAAoggAVaIIAKqiCACdsgUAPr8CAJO/AgDovwIA4xoCAM2HAAAiiAAAt5wBAM2HAABKXgIA6ggNAD8JDQCUCQ0A6QkNAD4KDQCTCg0Aq6AJAH7LCwDvYgMARGMDAIVuDAAW6QAAfssLAFUAAAC3SAAA+PwKAAAAAAAAAAAAAAAAAOMaAgBjOA8A2SYAAKycDAAXPAIAY0UCAFOgDAAAoggAVaIIAEwJAAChCQAACJYMACPQDAB40AwAzYcAANkmAAC3SAAA+PwKAIVuDABOBQIAU6AMAACiCABVoggATAkAAKEJAAAIlgwAI9AMAHjQDACpSwsAzYcAACKIAADzWQgATAkAAKEJAAAIlgwAI9AMAHjQDACpSwsAzYcAACKIAADzWQgATAkAAKEJAAAIlgwAI9AMAHjQDABkQgQAb48BAL+UAQBvjwEA9gAJADIUDwCHFA8A3BQPADEVDwAAAAAAowUCAPgFAgBNBgIAVUcOAKpHDgBOBQIAL8MNAITDDQDZww0A8qkOAEpeAgAAAAAATgUCAC/DDQCEww0A2cMNAPKpDgAn0QcAes4MABqPAQB9JwYA+PwKAMPaDAD0qgsASasLAOS4DQCjBQIA+AUCAE0GAgCdsgUAPr8CABzhAgBOsQAAa5QAAN8ZBwC3nAEAINAPAEILCACWBg4A6wYOAEAHDgCVBw4A6gcOAD8IDgANkQwAR/4PAJz+DwBsPAIAsksCALo/BgAoJgcA77EJANUoAgDmGAEARw4AAC/DDQCEww0A2cMNAPKpDgD0qgsASasLAOS4DQCjBQIA+AUCAE0GAgAn0QcAes4MABqPAQB9JwYA+PwKAMPaDADLMgIAyzICADpiDgBOBQIAowUCAPgFAgBNBgIAogYCAIAbDwDVGw8AKhwPAKMFAgAXPAIAh28JAOYYAQDgEA8A+U0OAHTVCwBCEQIAPRgAAJIYAAAXPAIAY0UCABvfBQBOBQIAG48AAHCPAAAegAwAc4AMAMiADAAdgQwAcoEMAMeBDAAB8Q0A4mQOADdlDgCMZQ4Am6wNACDeAQDiug0AN7sNAIy7DQBOBQIACJYMACPQDAB40AwAiL8NAN2/DQAywA0Ah8ANANzADQAxwQ0ATgUCAAiWDAAj0AwAeNAMAM2HAAAiiAAA81kIAE4FAgAn0QcAjB4AAOK6DQA3uw0AjLsNAE4FAgAIlgwAI9AMAHjQDAAvww0AhMMNAIi/DQDdvw0AMsANAIfADQDcwA0AMcENAE4FAgAIlgwAI9AMAHjQDAAAAAAABvgBALdIAAAbjwAAFzwCAGNFAgDAhg4AVQAAAKoAAACAJwMA1ScDACooAwB/KAMAqUsLAKT4DQD3BgIATAcCAKEHAgD2BwIASwgCAO0QAgCroAkAfssLAJ2yBQDysgUAR7MFAEQFDABfSQIAtEkCAAAAAADAhg4AFYcOAEQCDwCZAg8A7gIPAEMDDwCYWwwA9KoLAEmrCwDkuA0A+wEDAEIEDwCXBA8A7AQPAPsBAwBOBQIAG48AAHCPAAAHSwMAfScGANInBgAxzQEAZYwOAFUAAAAajwEAfScGAPj8CgCFbgwA7rkCABqPAQBvjwEA72IDAM2HAABUng0ARLEKAPSqCwC3nAEAzYcAALJLAgDZJgAArJwMABc8AgDmGAEATgUCACfRBwB6zgwAGo8BAH0nBgD4/AoAfssLANPLCwBOBQIAowUCAHgpCQAjJA4AeCQOAM0kDgAiJQ4AdyUOAMwlDgAhJg4AU6AMANkmAAC3SAAA+PwKAIVuDADnXg8APF8PAJFfDwDmXw8AO2APAJBgDwDGLQwATgUCAKMFAgCsnAwAAZ0MAFadDAAn0QcAlgYOAOsGDgBABw4AlQcOAB/SDgB00g4AOW8CALdIAAD4/AoAU6AMAOMaAgAoJgcAFzwCALdIAAD4/AoAes4MAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAHvKDwD4BQIATQYCAKIGAgBMpg0AoaYNAPamDQCsnAwAAZ0MAFadDAAn0QcAlgYOAOsGDgBABw4AlQcOAB/SDgB00g4AOW8CALdIAAD4/AoAU6AMAOMaAgAoJgcAFzwCALdIAAD4/AoAes4MAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAHvKDwBLpw0AoKcNAPWnDQCSwQEATgUCAAAAAABOBQIAowUCAPgFAgBNBgIAJXkMAHp5DAAAAAAAq6AJAH7LCwDTywsA+wEDAKlLCwDfGQcANBoHAFRHDwDvDAQAjB4AAEILCAD7AQMAGo8BAG+PAQDZJgAArJwMAMLlAgBc9gIAsfYCAC/DDQCEww0A2cMNAPKpDgBHqg4AObgOAI64DgDjuA4AKiEKAH8hCgDUIQoAJXkMAHp5DACpSwsAgBsPANUbDwAqHA8AKSIKALHrDQA5wgQAjsIEAG8wCwCk+A0AgG8QANVvEAAqcBAAf3AQAPSqCwC3nAEAINAPAM2HAACSwQEAjB4AAKugCQAAoQkAVaEJAA1GAgDAhg4AIN4BAHXeAQBCvAEAkrkJADVpDADfGQcAgiYCAJ3+DgAHSwMAb48BAEIRAgBc9gIAsfYCAC/DDQCEww0A2cMNAPKpDgBHqg4AObgOAI64DgDjuA4AdocCAMuHAgA6DA8AQgsIAJcLCAA5bwIAQgsIANUoAgAoJgcALckJAGuUAADAlAAAFukAAMLlAgB/1AEA1NQBALecAQAg0A8At0gAAPj8CgAvww0AzYcAAJLBAQB/HQ4AGo8BAGOaAgBCCwgATgUCAKMFAgD4BQIATQYCAKIGAgAn0QcAes4MAE6xAABOsQAAa5QAAEcOAADrvQEA2SYAAHvKDwC35Q0ADOYNAGHmDQC25g0AC+cNAMCGDgAVhw4AaocOAB/SDgC83w4AEeAOAGbgDgC74A4AtecNAAroDQBf6A0ATgUCAE4FAgD7AQMA5hgBAOYYAQDqugUAOW8CANN+AwBOBQIABvgBAFv4AQCw+AEABfkBAFr5AQCv+QEAPRgAAGuUAAC3SAAAPMIBAEILCABVAAAA9gAJAEILCAC3SAAAzYcAAACiCABOBQIAL8MNAITDDQDZww0A8qkOAPgFAgBNBgIAogYCACfRBwB6zgwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAe8oPANPWAACCJgIA57QOAGuUAADAlAAAY0UCAC/DDQCEww0A2cMNAE6xAADNhgEAf9QBANTUAQC3nAEAINAPALdIAAAvww0AhMMNANnDDQBToAwAPQkPAJIJDwDnCQ8APAoPAJEKDwDmCg8AOwsPAJALDwD7AQMAAAAAAAAAAAAajwEAxOIDAH8dDgA5bwIAa5QAAFUAAAC4RgEAY0UCAM+DAgA+vwIAsksCAPj8CgBOsQAAAAAAADq2DwCjBQIA+AUCAE0GAgCiBgIAOMYBAN+7DwCWBg4A6wYOAEAHDgCVBw4A+wEDAKMFAgD4BQIATQYCACV5DAB6eQwAqUsLAIAbDwDVGw8AKhwPAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQBHDgAALCcCAD0YAABOBQIAqUsLAIAbDwDVGw8AKhwPAOAQDwAEnwcAWZ8HAK6fBwADoAcAWKAHAK2gBwACoQcAKCYHALdIAAAMSQAAYUkAAMaLAwBOBQIAqUsLAIAbDwDVGw8AKhwPAD0YAABCCwgAIn8JAG+PAQBCEQIA+wEDAKlLCwCk+A0AgxgPANgYDwAtGQ8AghkPAEcOAADNhwAARrMGAFUAAAC3nAEA4xoCACgmBwAXPAIASl4CAJ9eAgDAlAAAFukAAMLlAgC3SAAA+PwKAMPaDAAY2wwADZEMAGKRDADAMQ4AFTIOAGoyDgC/Mg4AFDMOAGkzDgCYBgwAeCkJACMkDgB4JA4AzSQOACIlDgBOBQIA4xoCAGM4DwDZJgAArJwMABc8AgBjRQIAdNULAH0nBgBHDgAATgUCAPSqCwBJqwsAOW8CAGNFAgA9GAAAt0gAAE4FAgBToAwAOgwPAEILCABOBQIA09YAAIImAgDntA4APLUOAJ2yBQA+vwIAHOECAE6xAABrlAAA3xkHALecAQAg0A8AQgsIALdIAAAQQwIAZUMCALpDAgCEbg0AhG4NAPAOAQBrlAAAwJQAABbpAADVKAIAKikCAH8pAgDUKQIAKSoCANUoAgDZJgAAOcUBAI7FAQD4+wsATfwLAAAAAAD1BwMA18gKANnDDQAF7Q0A+AUCAE0GAgCiBgIALCcCACwnAgBrlAAAzYcAADoMDwBOsQAAFzwCAGNFAgCAzwUAsksCALo/BgAoJgcA77EJAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4XMAALJLAgC6PwYAxOIDANkmAAB4KQkAa5QAAEILCABCCwgA8v4OAEf/DgD2AAkAMhQPAIcUDwDy/g4APRgAAE6xAADTfgMAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBVAAAAVQAAALecAQBkQgQATrEAAD6/AgCySwIAuj8GACgmBwDvsQkATrEAAM2GAQCisAIA514PAPj8CgCrUwEAlAoMAOkKDACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAPRgAAJIYAADLggcAt0gAAD5nBQBErwwA5mwCAEcOAAC/lAEAa5QAAD0YAAC3SAAATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAK5LBgADTAYAWEwGAK1MBgACTQYAV00GAKxNBgABTgYAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD4/AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALdIAADNhwAAGo8BAG+PAQBrlAAAwJQAALecAQDNhwAAOMcAAHCPAAAegAwA81kIAEhaCACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAZEIEAG+PAQAHSwMAfScGALo/BgDNhwAAAKIIAGRCBADwYgIAzYcAALJLAgC6PwYAKCYHAO+xCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBALJLAgDNhwAAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAFzwCAGNFAgBHDgAAnA4AAC3JCQAXPAIATrEAAGuUAADZJgAAOcUBAI7FAQD4+wsATfwLAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAQhECAESxCgCZsQoAMc0BAEILCADjGgIATrEAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwCuSwYAA0wGAFhMBgCtTAYAAk0GAFdNBgCsTQYAAU4GABqPAQBjmgIAuJoCAA2bAgBimwIAt5sCAAycAgBHDgAAdocCAMuHAgCySwIA+PwKAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBALqODAAPjwwAa5QAAKtTAQCAbxAA1W8QACpwEAB/cBAA1HAQAClxEAB+cRAAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDABOsQAAzYYBAH/UAQDU1AEAt5wBACDQDwC3SAAAuj8GACgmBwDvsQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDAC6PwYAD0AGAGRABgC5QAYADkEGAGNBBgC4QQYAtucMAAvoDABg6AwAtegMAArpDABf6QwAtOkMAP5VAQC6jgwAD48MABuPAABwjwAAHoAMAPNZCABIWggAnVoIAPJaCABHWwgAnFsIACJ/CQAoJgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDABHDgAAZO0DALntAwAg0A8Aq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQC6jgwAD48MAO8MBABEDQQAmQ0EAO4NBABDDgQAmA4EAO0OBABCDwQAlw8EAOwPBABBEAQA/lUBALqODAAPjwwA2SYAALecAQDTfgMA09YAAIImAgDTfgMARw4AAGTtAwC57QMAINAPAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAuo4MAA+PDACSFAQA5xQEADwVBACRFQQATgUCAPsBAwAMSQAAPLQPAJG0DwDmtA8AFzwCAIdvCQDT1gAAgiYCAOMaAgC3nAEATgUCAKlLCwCk+A0A9wYCAEwHAgChBwIA9gcCAEsIAgAAAAAATgUCAKugCQAAoQkAz4MCAPj6DABN+wwAovsMAPf7DAAn0QcAfh4OANMeDgAoHw4AfR8OANIfDgAnIA4AJ9EHAH4eDgDTHg4AKB8OAH0fDgDSHw4AJyAOAKlLCwCk+A0A9wYCAEwHAgChBwIA9gcCAEsIAgDAhg4AOrYPAFOgDAB6Ig4AGocJABuPAADNhwAAU6AMAHoiDgAahwkAG48AAM2HAAAAoggATgUCAMCGDgA6tg8Aj7YPAOS2DwA5tw8AjrcPAOO3DwA4uA8AjbgPABuPAAC3nAEAt5wBAE4FAgANkQwAYpEMALeRDAAMkgwAnv0OAG+PAQBCEQIATgUCAHTVCwB9JwYA+PwKAE39CgBHDgAAa5QAANkmAAC3SAAATgUCAJ2yBQDysgUAR7MFAP+cDgBUnQ4AqZ0OAP6dDgBCEQIAkrkJAOe5CQBOBQIAnbIFAPKyBQBHswUA/5wOAFSdDgCpnQ4A/p0OADjHAABHDgAAjB4AAEILCABOBQIA4xoCANN+AwD7AQMAIN4BAI+2DwD+SwsAQgsIAE4FAgDgEA8A2SYAAE4FAgB01QsAydULAD0YAABrlAAAwJQAAE4FAgCpSwsApPgNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQAn0QcAH9IOAHTSDgAgiAIAdYgCAE4FAgAvww0APmcFAESvDACZrwwA7q8MAMCGDgAVhw4AwIYOABWHDgBqhw4Av4cOAJ2yBQA+vwIAbtcPAMPXDwAY2A8AbdgPAMLYDwAX2Q8AbNkPAMHZDwDAhg4AFYcOAFOgDADjGgIAKCYHAO65AgBO/QkAqUsLAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgDntA4APLUOAC/DDQDosg8AYUkAAGOZAwBikQwAFzwCAGNFAgDPgwIAt0gAAE4FAgCdsgUAPr8CAG7XDwDD1w8AGNgPAOAQDwDZJgAATgUCAC/DDQDosg8AYUkAAKMFAgCsnAwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgCpSwsApPgNAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIAnv0OAG+PAQBCEQIATgUCAAiWDABdlgwAOgwPAEILCAC3nAEAZEIEAG+PAQBCEQIATgUCAOAQDwDZJgAATgUCAC/DDQDosg8AYUkAAFrrDwCv6w8ABOwPAFnsDwCu7A8AA+0PAFjtDwCt7Q8AAu4PAFfuDwCs7g8AAe8PAFbvDwAsJwIAgScCAKL5DgA6DA8AkhgAABFDAQAMSQAAYUkAAMaLAwBOBQIAqUsLAKT4DQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA4BAPAASfBwBZnwcArp8HAAOgBwBYoAcAraAHAAKhBwDPzgwAJM8MAHnPDADOzwwA+wEDAAAAAAAAAAAAAAAAAE4FAgBEBQwAWkAQAK9AEAAEQRAAdNULAMnVCwDOIRAAIyIQAHgiEADNIhAAIiMQAFOgDABv3gcAQgsIANN+AwDNhwAAOW8CAD0YAABOBQIAU6AMAG/eBwBCCwgA9KoLAD0YAABaQBAAr0AQAARBEAB01QsAydULAM4hEAAjIhAAeCIQAM0iEAAiIxAAU6AMAG/eBwBCCwgARw4AAHaHAgDLhwIAAKIIAFWiCABCEQIARLEKAOYYAQBOBQIAdNULAMnVCwDOIRAAIyIQAHgiEADNIhAAIiMQAOMaAgA4GwIA48AGAOu8AgC3nAEAINAPAHTVCwDJ1QsAziEQACMiEAB4IhAAzSIQAJcRAgBOBQIAQhECAESxCgCZsQoARAUMAFpAEACvQBAABEEQAHTVCwDJ1QsAziEQACMiEAB4IhAAzSIQACIjEABVAAAAuEYBAA1HAQDuuQIAGo8BAEILCADy/g4AwJQAAMYtDAB2hwIAPmcFAESvDACySwIA+PwKAEIRAgDTfgMA+wEDAJIUBADnFAQAPBUEAJEVBADT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwCk+A0AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgAvww0A6gcOAFXzDACroAkAAKEJAMCUAAB+ywsA08sLAE4FAgD0qgsASasLAOS4DQBVAAAA5hgBAE4FAgCpSwsAgBsPANUbDwAAAAAAKhwPAMXWDgDkFgUA6roFADoMDwBCCwgATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BAH0nBgAMSQAATgUCAKlLCwCk+A0A+fgNAE75DQDSJwYAnbIFAPKyBQAihwEAboUMAMOFDADDhQwA6QgOAEK8AQB50gkAztIJACPTCQCJvQ4A3r0OAFUAAAC4RgEADUcBADDDDACFwwwA2sMMAC/EDABOBQIAnbIFAPKyBQDF1g4AGtcOAG/XDgDE1w4AGdgOAG7YDgBkQgQAlwYNAOwGDQDcxwYA034DAE6xAACjsQAAGi8MAG8vDADELwwA+PsLAE38CwBrlAAAwJQAABbpAADC5QIAQhECAJcRAgDNhwAA6LIPAGFJAADGiwMAG4wDAFOgDACooAwA/aAMAC/DDQCEww0A2cMNAAXtDQD4BQIATQYCACV5DAB6eQwA6gcOAFXzDAAn0QcAjB4AAGuUAAAvww0A6LIPAGFJAACjBQIAe8oPANDKDwAlyw8AessPACfRBwAf0g4AdNIOACCIAgB1iAIATgUCAC/DDQA+ZwUARK8MAJmvDACroAkAAKEJAMCGDgAXPAIAfssLANPLCwBOBQIA5hgBAOq6BQDuuQIATv0JAKycDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgB01QsAydULANkmAACsnAwAFzwCAOYYAQDqugUAsksCALo/BgAoJgcAa5QAANzHBgBdnAYAt0gAALo/BgAoJgcA77EJAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAKycDAAXPAIATgUCAC/DDQDNhwAAksEBAOiyDwBhSQAAxosDABuMAwBT8w4AUvQOAKf0DgD89A4AowUCAPgFAgBNBgIAVUcOAKpHDgBOBQIAL8MNAITDDQDZww0A9f4LAEr/CwCf/wsA9P8LAEkADACeAAwA8wAMAEgBDAAf3QMAdN0DAMXWDgAa1w4ADPECAGHxAgAg0A8A58EBAPihEABNohAAdocCANN+AwDTfgMAQL4BACHOEACKDhIAQgsIABc+AACiohAA96IQACHOEAC/hRAAX0sAAG9+EgCKDhIAQgsIAIoOEgCKDhIAQgsIACHOEABCARIAig4SAG9+EgBCEQIA4R4AAPAOAQBvfhIA8A4BANHIEADRyBAAQgsIAPL+DgDgHwAA8A4BAOLHAAAb3wUAb4AQAG+AEACKDhIAG98FAIoOEgDiug0A/ZwQAFKdEABuKxEA+KEQAE2iEAB2eBEAb34SAEwJAAAhzhAA/ZwQAFKdEADwDgEArJgQABDeEQBl3hEAtOUQAEIRAgDRyBAAeMwQAM3MEAD4oRAATaIQACJ3EQDmGAEAOrYPANHIEABPoBAA0cgQAO+xCQBdOxIAbisRACHOEABVmREAig4SAEwJAABMCQAA6LEQAD2yEACSshAAb34SAEcOAABJphAAnqYQAEmmEACephAAUfMQAG9+EgBV8wwAXPYCAEILCADzWQgAQgsIAOixEAA9shAA0xoSAPAOAQDosRAAPbIQANMaEgDhHgAA+KEQAE2iEAAJSgIATgUCAOcMDAAhzhAA+wEDALdIAADRyBAAY5oCAEILCAAhzhAAaz0CAEmmEACephAA0cgQAJ+lEAD0pRAASaYQADC+EQBJphAAML4RABfXEQDRyBAA47YQAOeyEAA8sxAArJgQAOeyEAAwGA0ATgUCAOixEAA9shAA6LEQAD2yEADosRAAPbIQAPOmEABuKxEAiGUSAN1lEgDLMgIAn6UQAKyYEABJphAAnqYQAMsyAgBCCwgATgUCAG9+EgBOBQIAMWcSAEKtEACBbBIAIc4QACHOEAA9vgQAPb4EAD2+BAD7AQMAAKIIAGM4DwCAywkAYzgPAP6dDgD+nQ4At0gAAPIADQBu1REAXvYAAEcOAABHDgAAibsQAOa0DwBe9gAAKMYRAEcOAADmtA8A0cgQANHIEADRyBAA0cgQANHIEACsmBAArJgQANHIEADRyBAA0cgQANHIEADRyBAA0cgQAKyYEACsmBAArJgQANHIEADRyBAA0cgQAKyYEACsmBAAg8EQAKyYEACsmBAA0cgQAE4FAgBOBQIAcCgSAEwJAABwKBIATAkAAH/FEAAFQw0ATgUCAG9+EgAXPAIAedIJAE4FAgBHDgAARw4AANHIEADRyBAAt5wBAIFsEgDosRAAPbIQAPsBAwAhzhAAb34SAEcOAAAkyxAATgUCAOm+AgCMHgAA034DAJK5CQA9GAAAQgsIAIhvCABCCwgAlwESACHOEACiSxIAgWwSAEcOAACQbQIA09YAANPWAADT1gAAb34SANPWAAC2RwIAVEcPAG9+EgCQbQIAb34SAO9jAgDhDBIAnvoRAPP6EQBy0hAAb34SAIRpEgDZaRIAaugCAPAOAQBvfhIA2xQQAEwJAABvfhIAVQAAAD0YAADy/g4Av4UQANN+AwCJuhEAVQAAAOEMEgBMCQAATAkAAEwJAAByfBEAIc4QAL+FEAB2hwIA034DALveEAAa4gMAiMkDAFmVEQA1wAoAxH4SAG/eBwCsmBAAEN4RAGXeEQDnBhIAi8YDAOixEAA9shAA0xoSAKbzEACsmBAAb34SAJq1BQCMxQMAHScRAKyYEADRyBAA0cgQAOixEAA9shAA0cgQAHjMEADNzBAAnA4AACHOEAAiKgkAINAPACHOEADZvxEA2b8RACHOEAC34REAe8kQAEkIBABOBQIAIc4QALPmEAAb3wUAb34SAE4FAgBOBQIATgUCAMR+EgBOBQIAv4UQAG9+EgBOBQIAIc4QAIFsEgB4zBAAzcwQAE4FAgCbtAUA8acRAEdYCwCbrA0Ab34SAGNBBgBvfhIAcy0KAJAJEQDgHwAAIc4QALPmEAAI5xAAuokRAG9+EgB2hwIAINAPACHOEABCARIAXvYAAPGnEQAdJxEAMm0LAPeyAADjGgIATgUCAKyYEAAQ3hEAZd4RAOixEABr2BEAm6wNAMt4EQC/hRAARw4AAPAOAQD98RAAz3QRACR1EQC6iREAt0gAAKyYEAAQ3hEAZd4RAOcGEgA8BxIAuokRALdIAAC6iREAt0gAAAmREABG/hAAb34SAE4FAgBvfhIATgUCACHOEABCARIAbisRACHOEABg5BAAteQQAArlEADUbxEATgUCAFXzDAA7CREAIc4QANHIEAB4zBAAzcwQAOMLEQDJ2wUAv4UQAF07EgA8DQwAxH4SANHIEADEfhIA0cgQACsZEQCAGREA1RkRAGDkEAC15BAACuUQAF/lEAAafxEAKxkRAIAZEQDVGREACZEQAM8rBQCsmBAAEN4RAGXeEQDnBhIAPAcSABncCgBvfhIAdocCANN+AwBvfhIA8acRAL+FEAA9vgQAjMUDAPj8CgDRyBAAeMwQAM3MEAAPihEA4B8AAKyYEAAQ3hEAZd4RAG9+EgD7AQMA5wYSADwHEgBPpwkAuokRALdIAACCFxEA1xcRACwYEQCRBxIAY0EGAIIXEQDRyBAAAuwRAKyYEADEfhIA0cgQAHjMEADEfhIAINAPAE4FAgCBbBIAeMwQAM3MEACirAYAIc4QAEIBEgBvfhIAq50MACHOEABvfhIA4G4GAD4FEgCsmBAAxH4SAEmmEACephAAQgsIAB96EQArGREAgBkRANUZEQCBbBIAeMwQAM3MEAC73hAAdocCACDQDwA+BRIAb34SACDQDwBOBQIAL78RAEILCADuuQIAPgUSAJMFEgDoBRIACZEQAPAOAQAhzhAAb34SAOoHDgC/hRAAxi0MAKyYEAA+BRIArJgQAD4FEgDRyBAAxH4SAMR+EgDEfhIA0cgQAHjMEADNzBAAYOQQALXkEAAK5RAA/ZsRAJEHEgDmBxIA8acRAOAfAABf5RAA+/MQAD4FEgCTBRIA6AUSAD0GEgCBbBIAe8kQAGmEEgAB7hAAVu4QAGmEEgCCFxEAPgUSAKyYEAAQ3hEAZd4RAKyYEAAQ3hEAZd4RAG9+EgAL4xEAhW4MAG9+EgAg0A8Ab34SACTUBwC/hRAATgUCABvfBQDwDgEAIc4QALfhEQB7yRAAb34SAAAAAABCCwgAAAAAABl/EgAhzhAAt+ERAHvJEABvfhIAAAAAAEILCAAAAAAAb34SAG9+EgB2hwIAb34SAHaHAgBvfhIAdocCABl/EgBvfhIA2b8RAMR+EgDRyBAA0cgQAHjMEADNzBAAIc4QADAYDQBCARIAVfMMAKyYEAAQ3hEAZd4RAMDZEABvfhIA4QwSALdIAAAThhEAa9gRAG/eBwAN4REAYuERANMaEgDTfgMAPgUSAJMFEgDoBRIAIc4QACHOEADRyBAAeMwQAM3MEABfQgkAAAAAAERVEQCZVREA7lURAIhvCAAC7BEAV+wRAKzsEQBvfhIACZEQAIVuDABCuwIAINAPACHOEABvfhIAiboRAAVGCgAJkRAAb34SAO+xCQBuKxEA6LEQAD2yEABJphAAnqYQAKyYEAAQ3hEAZd4RAO9iAwAhzhAAb34SADfFAwDRyBAA0cgQAHjMEADNzBAAQgsIAOAfAADRyBAAwdcRANHIEAB4zBAAzcwQAClvEgAAAAAArJgQABDeEQBl3hEAIc4QALPmEAAI5xAAv4UQACHOEACRugkA8acRAL+FEACQGQEAAAAAAG9+EgDxpxEAv4UQAJAZAQCLYxEArJgQABDeEQBl3hEAt+ERAHvJEABvfhIAIc4QANHIEAB4zBAAzcwQAG9+EgDTfgMA76kRAE4FAgArbhEA0cgQAF72AAC1QQkAt0gAAKJLEgDTfgMAG98FAG9+EgDAlAAA2b8RAO9iAwDIJhEATgUCAE4FAgAhzhAA0xoSANZsEgDwDgEAbisRAE4FAgAidxEAfScGALPmEAAI5xAAyCYRAG+PAQCLYxEA4GMRADVkEQBCCwgAAAAAAAAAAAAAAAAAb34SAPGnEQAAAAAAAAAAAAAAAAAidxEAw4ARALdIAABOBQIA8A4BAG9+EgDhDBIA8acRAEILCADRyBAAHScRAB0nEQDRyBAAe8kQAFz2AgAjdRIAEN4RAGXeEQDnBhIAPAcSAF07EgCBbBIAe8kQAD2+BACsmBAAAZkQAD2+BABrlAAAt0gAAMTeBwBvfhIAzYcAAMTeBwDEfhIAvoURAMgmEQDosRAAPbIQAPOmEACz5hAACOcQAOixEAA9shAA86YQALPmEAAI5xAAt0gAALdIAACQCREAQrwBAALsEQBX7BEArOwRALqJEQBvfhIA034DANHIEABvfhIAN8UDAJUDEgBOBQIA0cgQAHjMEADNzBAACZARAF6QEQA9vgQAPb4EAG9+EgA3xQMAN8UDAJu0BQAvvxEAv4UQAAAAAABvfhIAb34SAGuUAAAhzhAAN8UDAAvjEQBOBQIAb34SAFWZEQBMCQAAORELAEIRAgCmnREA+50RAFUAAABVAAAAY0EGACHOEABOBQIAb34SAG9+EgA9GAAArJgQABDeEQBl3hEAdiMRAKudDACLxgMA0cgQAHjMEADNzBAAwIYOAOixEABr2BEAhb4RAFWZEQDvsQkAVZkRAFWZEQBCCwgAPRgAAOixEABr2BEAPbIQAKyYEAAhzhAAVZkRAKqZEQD/mREAXTsSAEqkEQC92xEA0cgQADfFAwAhzhAAIdUJABrcCQAAAAAAG34RAHB+EQAAAAAAAAAAAGXmCQCv9AYAq50MACHOEABvfhIAb34SANm/EQC3SAAAIc4QAG9+EgA6tg8AIc4QAPAOAQBOBQIAIc4QALXjEQA9GAAA0cgQAHjMEADNzBAAb34SAE4FAgBvfhIATgUCAG9+EgDwDgEAj7QRAPAOAQBOBQIAb34SAEwJAACPtBEATAkAAAvjEQDvsQkAj7QRAPsBAwAAAAAA034DADm1EQDTfgMAb34SAAvjEQBfjhIAIc4QAF+OEgBvfhIAX44SANHIEAB4zBAAzcwQAG9+EgBEAg8A8A4BAL+FEABHDgAARw4AAL+FEAAg0A8AC+MRAPsBAwCsmBAAEN4RAGXeEQDRyBAAeMwQAM3MEABOBQIAY0UCAG9+EgBOBQIAb34SACHOEABGqBEATgUCAE4FAgAb3wUAg8ARAPAOAQCj/QkAXTsSACHOEABCCwgATAkAAG9+EgCPtBEAAAAAAE4FAgBJphAAnqYQAFHzEAA6tg8A0cgQAHjMEADNzBAAjl8SACHOEAA4YBIAQgESAONfEgAhzhAAIc4QACjGEQB9xhEA0sYRACjGEQB9xhEA0sYRACfHEQB8xxEAKMYRAH3GEQDSxhEAJ8cRAHzHEQBCARIA0cgQAHjMEADNzBAAjl8SACHOEAA4YBIAQgESAONfEgAhzhAAgsYMACHOEAC3SAAA7rkCALdIAACBbBIAeMwQAM3MEAAhzhAAb9QRAEILCADTfgMAL8QMAPsBAwC9MBIAa9gRADjGAQBOBQIARw4AAAAAAADGLQwAAAAAADC+EQDG0hEAG9MRAHDTEQBvfhIAgWwSAHjMEADNzBAATgUCAEwJAAA9vgQAPb4EAF07EgBOBQIArJgQAE4FAgAhzhAA+wEDACHOEACSagMA4QwSAOEMEgDAhg4AIc4QAG9+EgBOBQIA6LEQAD2yEACBbBIAeMwQAM3MEACBbBIATgUCAEILCABvfhIAQgsIAMXTEQCOZQwA77EJAEwJAABdOxIAkr4EAJpTEgB3hwEAXvYAAG9+EgBJphAAnqYQAHzMDAC9MBIAHtYLAE4FAgBa6REATgUCAB7WCwDdEBIABOoRAF3rDAAg3gEArJgQABDeEQBl3hEATgUCAG9+EgBvfhIAgWwSAHaHAgB2hwIAgWwSAIFsEgBCCwgAmasQAO6rEABU7xEANrkQAKyYEADRyBAAe8kQAOwRAgBToAwA670BAOeyEACsmBAAXEsDAKT0EQAg3gEAjB4AAJu0BQDMfwkAJycHAEIRAgC3SAAAKtAFAEILCABvfhIAINAPAHAoEgDpvgIAVVMCAOm+AgBVUwIABU4CAEdYCwDEfhIAQrsCAG9+EgBMCQAATgUCAIu5EACMHgAAXEsDADFnEgBOBQIAb34SAF07EgBsgRIAkr4EAG9+EgD7AQMA+wEDAPsBAwD7AQMAIc4QACHOEAC24hEAe8kQAGTfEQBMCQAAt0gAAHaHAgAg0A8ArJgQABDeEQBl3hEAiG8IANHIEAB4zBAAzcwQAJEHEgDmBxIAs+YQAAjnEACz5hAACOcQANHIEABc9gIA3RASAATqEQBf5w4A6LEQAD2yEABf5w4A8KwNAOixEABy0REAgWwSAMHXEQBvfhIATgUCANkmAADZJgAAQhECANUoAgBvgBAA4woSAIRuDQBCARIATgUCAG9+EgBOBQIAGNsMAPvyEQCbrA0ATgUCAE4FAgBOBQIA0soNAGGdAQCsnAwAjl8SANHIEABCEQIA7q8MAI5fEgD7AQMAjl8SAPsBAwAhzhAATgUCAE4FAgDdEBIABOoRAG9+EgDosRAAPbIQANMaEgDTywsATgUCAE4FAgBOBQIAUfMQAE4FAgDlCBIAR6oOAEcOAACu7g0ASaYQACHOEACsmBAAxoIMAB7WCwApbxIAAAAAAB7WCwBb6w4AyCUSAFrsDgAdJhIAbisRALzcEQCBbBIAe8kQAN0QEgDyqQ4Ab4AQAG4rEQDIJRIAbisRAB0mEgBuKxEA3RASAATqEQAB7REAVQAAAN4YCQC3SAAA6q8QAEcOAABOBQIAHtYLAATqEQBOBQIAhb4RAEpeAgDPHhIA4mASADdhEgDTfgMA08sLAEILCABOBQIATgUCAE4FAgBvfhIAzdAMAM3QDADN0AwAzdAMAEIRAgBCEQIAhhUPAE4FAgDosRAAFS4SAN0QEgA1YxIATgUCAN0QEgBHqg4ATgUCAIoOEgDXFhIA6LEQACwXEgBOBQIAzh8SACMgEgA/WRIAeCASAE4FAgBOBQIA3RASAEeqDgCKDhIA1xYSAOixEAAsFxIATgUCADpiDgALOBIA6LEQAD2yEACBbBIAe8kQAE4FAgC9MBIAXTsSAF07EgBe9gAAE9sRAF85EgC92xEAdd4BAM3QDADN0AwAzdAMAM3QDABOBQIAzx4SAHPREADnshAAOrUQANPLCwD/nA4ACUoCAIpjEgBy0REAig4SACHOEACJZBIAIc4QAF07EgD7AQMAhG4NAIRuDQBOBQIAq50MAM4fEgAjIBIAQgsIAEILCADQyg8A6LEQAD2yEACrnQwAzh8SACMgEgBCCwgAQgsIANDKDwDkCRIAOQoSAOixEABr2BEAF9cRAAAAAAAhzhAAb34SACHOEABc9gIA0cgQAN0QEgA4uQ4AvIcRAGvYEQCjShIAllcSAIFsEgDB1xEA+wEDABGIEQDTGhIA+PwKAG9+EgBiRgIAVQAAAI5fEgDdEBIAOLkOALdIAADRyBAAQgsIAE4FAgDosRAAPbIQANDKDwBqhw4A+wEDAPsBAwBCvAEAQrwBAEK8AQBCvAEA+wEDACHOEABCvAEATgUCAE4FAgBOBQIAAAAAAAAAAADdEBIANWMSAOixEAA9shAA0MoPADy1DgBvfhIA3RASAPj8CgBvfhIA3RASADFnEgAhzhAATgUCAE4FAgDTfgMAPRgAAEILCABrlAAATgUCAM8eEgDiYBIAN2ESAIxhEgDhYRIANmISAItiEgD7AQMA6LEQAD2yEADzphAAzh8SACMgEgAhzhAA6LEQAGvYEQA0DxIAgWwSAHjMEACfpRAAgScCAOMKEgDbZxIAMGgSAIVoEgDaaBIAgWwSAHvJEABXoQcAgWwSACHOEADXaxIA+wEDACDQDwBCCwgA0cgQAF07EgDwDgEABOoRAG9+EgDwDgEAQgESAPAOAQBCARIASaYQADC+EQDwDgEATgUCAN0QEgAE6hEA6LEQAD2yEACBJwIATUsSAE1LEgCBJwIArJgQAKyYEACsmBAAKxkRAKyYEACsmBAArJgQAKyYEABJphAAML4RAKyYEAArGREArJgQAA/fEQCsmBAAD98RAKyYEAAP3xEAAuwRAA/fEQCsmBAAD98RAKyYEAAP3xEAt+IQAA/fEQCsmBAAD98RAGDkEAC15BAAkrIQAE4FAgBdOxIATgUCAPsBAwAhzhAAPRgAACDQDwDnshAAqe8RAHImEgByJhIA57IQADyzEAAAoggAGIASAPsBAwD7AQMARw4AAEcOAADD1hAAIc4QAHXeAQCsmBAAb34SAGqHDgBphBIAaocOAG9+EgCsmBAAv4UQAG9+EgC/hRAArJgQABDeEQC/hRAAvIYSABGHEgCsmBAA+wEDAFvoEQAhzhAATgUCAE4FAgBOBQIAX44SAE4FAgBOBQIATgUCAF+OEgBOBQIAqqIIAF+OEgBvfhIAIiMQAE4FAgBOBQIAX44SACHOEABg5BAAteQQAArlEACsmBAA/lUBAIoOEgDXFhIATgUCAIFsEgB7yRAA6LEQAD2yEADTGhIAd4cBABiGDAChTBIAmlMSACDQDwDUxBEAML4RABfXEQCbrA0A0cgQAMHXEQCbrA0Ab34SAACiCADA2RAAteMRAN0QEgAE6hEA6LEQAGvYEQCjShIAb34SAL+FEADurwwAPRgAAG9+EgDvsQkA6LEQAD2yEADTGhIAfx0OAMDZEAA8XBIA6LEQABUuEgDdEBIA8qkOAG9+EgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAgAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAAMAAAQAAIAAAIB0BAIQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAQAACAAAAAAAAAAAAAAACAAAAAACAAAAAAAAgAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAQMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAANAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAQAAAAABgAAAAANAAAQAAIAAAIB0BAoQAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAEQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQABIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAIAJAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAADAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAQDAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQDAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAABgAAAAAMAAAQAAIAAAAB0BAIQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAA"},"index":{"lists":[[12,13,96,98,99,100],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,73,74,76,77,78,79,80,81,82,83,84,85,86,87,91,92,93,94,96,98,99,100,104,109,110,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,251],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,40,41,42,43,44,46,47,48,49,50,53,54,55,56,57,58,59,60,61,62,63,64,68,69,73,74,76,77,78,79,80,81,82,83,84,85,86,87,90,91,92,93,94,96,98,99,100,104,109,110,116,137,140,141,143,154,155,156,159,160,161,162,167,168,176,179,189,190,191,194,195,198,207,208,212,217,219,220,221,222,224,226,227,229,230,233,234,235,236,237,240,241,242,251],[4,12,13,18,66,89,96,98,99,100,197,237,240,257],[12,13,18,96,98,99,100,128,129,130,243,244,245,246,247,248,249],[5,6,12,13,96,98,99,100,198],[12,13,65,67,96,98,99,100],[12,13,96,98,99,100,230,250],[9,12,13,78,96,98,99,100,109,110,135,136,163,164,230,235,236],[9,12,13,96,98,99,100,128,129,130],[9,12,13,64,71,76,79,83,84,96,98,99,100,120,128,129,130,131,148,167,168,170,174,182,184,190,192,193,194,195,206,214,215,216,223,251],[12,13,26,27,28,34,35,96,98,99,100,108,173,186,229],[12,13,96,98,99,100,132,263],[11,12,13,96,98,99,100],[1,9,12,13,18,19,96,98,99,100,128,129,130,157,158,175,217,221,222,251],[9,12,13,18,21,96,98,99,100,128,129,130,134,157,158,217,221,222,251],[9,12,13,16,17,18,43,96,98,99,100,128,129,130,157,158,198,217,221,222,234,251],[5,9,12,13,18,29,96,98,99,100,128,129,130,157,158,159,185,217,221,222,239,251],[0,2,8,9,10,12,13,14,16,18,32,33,36,37,93,96,98,99,100,128,129,130,151,157,158,159,169,172,198,200,217,218,221,222,225,228,231,251,252,255,258,259,262,264],[3,4,9,12,13,18,20,23,32,36,37,39,46,49,50,72,75,94,95,96,98,99,100,104,106,112,113,115,121,128,129,130,133,138,141,144,151,157,158,159,166,171,178,180,181,187,198,199,210,213,217,221,222,251,260,265],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,15,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251,256],[9,12,13,18,92,96,98,99,100,128,129,130,157,158,159,165,217,221,222,241,251,253,254],[9,12,13,18,87,95,96,98,99,100,107,111,122,128,129,130,153,157,158,166,202,217,221,222,241,251],[9,12,13,18,22,46,96,98,99,100,106,114,128,129,130,143,144,157,158,177,217,221,222,251],[8,9,12,13,18,38,70,96,98,99,100,128,129,130,157,158,159,217,221,222,251],[9,12,13,14,18,22,52,96,98,99,100,128,129,130,143,157,158,217,221,222,251],[9,12,13,18,24,25,45,57,96,98,99,100,105,117,119,123,128,129,130,139,145,146,147,149,150,152,157,158,162,183,188,189,201,204,209,211,212,217,221,222,232,238,251],[9,12,13,17,18,19,60,96,97,98,99,100,128,129,130,157,158,217,221,222,251],[6,9,12,13,18,96,98,99,100,128,129,130,157,158,217,221,222,251],[9,12,13,18,22,96,98,99,100,128,129,130,157,158,217,221,222,251],[12,13,96,98,99,100,103,118,124,125,126,127,142,203,205,261],[12,13,68,96,98,99,100],[9,12,13,18,30,31,96,98,99,100,128,129,130,217,221,222,251],[12,13,40,96,98,99,100],[12,13,41,42,44,47,48,96,98,99,100],[12,13,51,55,56,58,96,98,99,100],[12,13,54,77,96,98,99,100],[12,13,54,96,98,99,100,101,102],[12,13,54,78,80,96,98,99,100],[12,13,54,96,98,99,100],[12,13,59,61,63,77,96,98,99,100,224],[12,13,62,96,98,99,100,161],[12,13,77,96,98,99,100,224],[12,13,78,80,86,96,98,99,100,242],[12,13,80,96,98,99,100],[12,13,85,91,96,98,99,100,224,242],[12,13,88,96,98,99,100,196],[12,13,96,98,99,100,160],[12,13,96,98,99,100,224],[12,13,96,98,99,100,242],[12,13,82,96,98,99,100,227],[4,12,13,18,82,96,98,99,100,227,237,240],[12,13,18,82,96,98,99,100,207,208,227],[5,6,12,13,82,96,98,99,100,198,227],[12,13,82,96,98,99,100,227,230],[9,12,13,78,82,96,98,99,100,109,110,227,230,235,236],[9,12,13,82,90,96,98,99,100,207,208,227],[9,12,13,64,69,73,74,76,79,81,82,83,84,96,98,99,100,167,168,179,190,191,194,195,207,208,227,251],[12,13,82,96,98,99,100,227,229],[1,7,9,12,13,18,19,82,96,98,99,100,207,208,217,219,220,221,222,227,233,251],[9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[9,12,13,16,17,18,43,82,96,98,99,100,198,207,208,217,219,220,221,222,227,234,251],[5,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[2,8,9,12,13,14,16,18,82,93,96,98,99,100,159,198,207,208,217,219,220,221,222,226,227,251],[4,9,12,13,18,46,49,50,82,94,96,98,99,100,104,137,141,159,198,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,176,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,15,18,82,96,98,99,100,116,207,208,217,219,220,221,222,227,251],[9,12,13,18,82,92,96,98,99,100,159,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,82,87,96,98,99,100,207,208,217,219,220,221,222,227,241,251],[9,12,13,18,46,82,96,98,99,100,143,207,208,217,219,220,221,222,227,251],[8,9,12,13,18,82,96,98,99,100,159,207,208,217,219,220,221,222,227,251],[9,12,13,14,18,82,96,98,99,100,137,140,143,207,208,217,219,220,221,222,227,251],[9,12,13,18,57,82,96,98,99,100,137,162,189,207,208,212,217,219,220,221,222,227,251],[9,12,13,17,18,19,60,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[6,9,12,13,18,82,96,98,99,100,207,208,217,219,220,221,222,227,251],[12,13,68,82,96,98,99,100,227],[9,12,13,18,82,96,98,99,100,207,208,217,221,222,227,251],[12,13,40,82,96,98,99,100,227],[12,13,41,42,44,47,48,82,96,98,99,100,227],[12,13,55,56,58,82,96,98,99,100,227],[12,13,53,54,77,82,96,98,99,100,227],[12,13,54,82,96,98,99,100,227],[12,13,54,78,80,82,96,98,99,100,227],[12,13,59,61,63,77,82,96,98,99,100,154,224,227],[12,13,62,82,96,98,99,100,161,227],[12,13,77,82,96,98,99,100,224,227],[12,13,78,80,82,86,96,98,99,100,156,227,242],[12,13,80,82,96,98,99,100,227],[12,13,82,85,91,96,98,99,100,224,227,242],[12,13,82,96,98,99,100,155,227],[12,13,82,96,98,99,100,156,227],[12,13,82,96,98,99,100,160,227],[12,13,82,96,98,99,100,224,227],[12,13,82,96,98,99,100,227,242]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,109,110,111,116,117,124,127],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94,112,113],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,116,117,119,122,128],[5,6,12,13,65,67,68,69,75,122],[65,67,68,69,92],[65,67,68,69,89,90,91,107,108,123],[1,65,67,68,69,89,90,91,92,107,108],[65,67,68,69,89,90,91,107,108],[7,65,67,68,69,89,90,91,107,108,109],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,109,118,121],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,109,115,120,126,128],[65,67,68,69,89,90,91,107,108,109],[65,67,68,69,74,86,89,90,91,103,107,108,115],[2,23,65,67,68,69,73,80,89,90,91,98,107,108,125],[16,44,65,67,68,69,89,90,91,107,108,109],[2,65,67,68,69,89,90,91,98,107,108],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,108,111],[35,65,66,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,107,108],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91,114],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,111],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,110],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,116,117,127],[55,65,67,68,69,109],[55,63,65,67,68,69,109],[23,26,27,55,64,65,67,68,69,72,95,97,98,109],[55,65,67,68,69,124],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,109],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,111],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,111],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,110]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
