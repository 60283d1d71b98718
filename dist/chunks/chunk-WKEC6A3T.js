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
} from "./chunk-4JOUWJ67.js";
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
} from "./chunk-DYPOPKR2.js";
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
var DERIVED = `{"prefilter":{"key":"rules 281\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx(?:\\\\/v[45])?(?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis(?:\\\\/v[6-9])?|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|(?:expected|want(?:ed)?) ?[=:] ?<nil>\\\\s*$|wantErr false\\\\s*$|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,43,52,54,57,58,155,164,198,210,211,237,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,449,451,452,453,454,455,456,457,460,461,462,464],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":12813,"states":14484,"edges":"AAAAAAAAAAABAAAAVQAAAAIAAADNhwAAAwAAAEcOAAAEAAAA09YAAAUAAADnEQcABgAAABc8AgAHAAAAAfcHAAgAAABOBQIACQAAABuPAAAKAAAAt0gAAAsAAABRpQkADAAAAGuUAAANAAAAPRgAAA4AAAAajwEADwAAAE6xAAAQAAAA2SYAABEAAAC3nAEAEgAAAEwJAAATAAAABvgBABQAAADTfgMAFQAAACwnAgAWAAAA5hgBABcAAABCEQIAGAAAANUoAgAZAAAA4xoCABoAAADLMgIAGwAAAO65AgAcAAAA+wEDAB0AAAAAAAAAHgAAAFChDgAfAAAA8A4BACAAAABKXgIAIQAAAO8DDQAiAAAAIN4BACMAAABe9gAAJAAAAJ+xBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAK8cNACkAAAAAAAAAKgAAAEK8AQArAAAAXPYCACwAAAAxzQEALQAAAAZECwAuAAAAAAAAAC8AAACcDAIAMAAAAAAAAAAxAAAA8GICADIAAAC9MhAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAtcQwAPwAAAM17DABAAAAAGdcPAEEAAABm4Q0AQgAAAAAAAABDAAAAEOINAEQAAAAAAAAARQAAAO4DDgBGAAAA6QgOAEcAAACoRRIASAAAAHkjDgBJAAAAwi8OAEoAAACgUQ4ASwAAAPVRDgBMAAAASlIOAE0AAADiZA4ATgAAAN5oDgBPAAAAr5cOAFAAAACEFw8AUQAAANkXDwBSAAAAKhwPAFMAAAATMhAAVAAAAGgyEABXAAAAqgAAAFgAAADvDAQAWgAAABoxCgBbAAAAuEYBAF4AAAALnwAAYAAAAIrACgBhAAAAtewIAGkAAAB9KwIAbAAAAEkIBAByAAAAFz4AAK0AAAD/AAAAtwAAAIAnAwC5AAAAWZsLAAIBAABRnhAAWQEAAKkBAACvAQAA/gEAAAUCAABTAgAAWwIAAKgCAACqAgAA/QIAAAYDAABSAwAAXAMAAKcDAACyAwAA/AMAAAgEAABRBAAAXgQAAKYEAACwBAAA+wQAAAkFAABQBQAAXwUAAKUFAACnBQAA+gUAAAQGAABPBgAAXQYAAKQGAACpBgAA+QYAAAYHAABOBwAAVgcAAKMHAACzBwAA+AcAAPoHAABNCAAAWwgAAKIIAACzCAAApp4QAP4IAAD7nhAATgkAAEVXDgBUCQAAoQkAAGEJAADTdgsAZQkAAJ9SDgBoCQAAxS8LAKgJAAD2CQAArgkAAMGICwD7CQAASwoAAFcKAACgCgAAowoAAPUKAAD9CgAASgsAAFcLAACfCwAApAsAAPQLAAD+CwAASQwAAFEMAACeDAAAqgwAAPMMAACtDAAAhCQCAAYNAABIDQAAVg0AAJ0NAACgDQAA8g0AAPwNAABQnxAASQ4AAOFzAABKDgAA670BAEwOAACcDgAAUA4AAJK2DABRDgAAdocCAFIOAADfHgIAUw4AAIweAABUDgAADjkOAFUOAAC/lAEAVg4AAM8wAABYDgAAoVsDAFsOAAAW5wIAZA4AAGTtAwBnDgAADzgOAKIOAADxDgAAqw4AAB8tCQD3DgAARg8AAFoPAACbDwAAsA8AAPAPAAD4DwAARRAAAE8QAACaEAAAnxAAAO8QAAD0EAAARBEAAEwRAACZEQAArxEAAO4RAADwEQAAQxIAAFASAACYEgAArBIAAO0SAAD1EgAAQhMAAFETAACXEwAAqBMAAOwTAAD6EwAAQRQAAE0UAACWFAAAoxQAAOsUAAD1FAAAQBUAAEMVAACVFQAAnRUAAOoVAADsFQAAPxYAAFAWAACUFgAAmhYAAOkWAAD1FgAAPhcAAEAXAACTFwAAmhcAAOgXAAD8FwAApZ8QAD4YAAA8XhAAPxgAAF9JAgBCGAAAkhgAAEYYAAAD+wEASxgAAAdLAwCUGAAAMc4AAJUYAADuswgAmRgAAK3yCgCaGAAA5xgAAJwYAAARQwEAnRgAAH94CACfGAAAim4HAKEYAAC/3wsAoxgAADAeBwCoGAAArk8CAKsYAACIxgYA6BgAADwZAADqGAAAv48GAO0YAAA+CwwAUxkAAJEZAACpGQAA5hkAAPEZAAA7GgAAVBoAAJAaAACSGgAA5RoAAP8aAAA6GwAASRsAAI8bAACUGwAA5BsAAPEbAAA5HAAASRwAAI4cAACWHAAA4xwAAO8cAAA4HQAARR0AAI0dAACXHQAA4h0AAOgdAAA3HgAASx4AAPqfEACSHgAA4R4AAJYeAABy1Q0Aox4AAKxHDAD8HgAANh8AAEIfAACLHwAAkR8AAOAfAADjHwAAn1oGAOgfAAA1IAAAOCAAANN7BgA8IAAAiiAAAEAgAADYIgUAQyAAAEO5AwCPIAAA3yAAAOsgAAA0IQAANyEAAIkhAACRIQAA3iEAAOshAAAzIgAAOCIAAIgiAACSIgAA3SIAAOUiAAAyIwAANSMAAIcjAACQIwAA3CMAAN0jAAAxJAAAMiQAAIYkAACLJAAA2yQAAOEkAAAwJQAAOiUAAIUlAACNJQAA2iUAAN0lAAAvJgAAMiYAAIQmAACVJgAAT6AQANsmAAA5xQEA3iYAAGuIDADiJgAAsugPAOUmAAAuJwAA5yYAADcVCQBGJwAAgycAAIYnAADYJwAA5CcAAC0oAAA6KAAAgigAAIkoAADXKAAA2SgAACwpAAA1KQAAgSkAAIspAADWKQAA4SkAACsqAABHKgAAgCoAAIgqAACkoBAA2ioAACorAAAyKwAAfysAAIArAADUKwAA1isAACksAAAsLAAAfiwAAIEsAAD5oBAA2CwAACgtAAAuLQAAfS0AAIQtAADSLQAA2i0AACcuAAAqLgAAfC4AAIUuAADRLgAA0i4AACYvAAAnLwAAey8AAIwvAADQLwAA3i8AACUwAAAxMAAAejAAAIEwAABOoRAA1TAAACQxAAAmMQAAeTEAAI8xAADOMQAA1jEAACMyAAAlMgAAeDIAAIEyAADNMgAA1zIAACIzAAAtMwAAdzMAAIMzAADMMwAA2TMAACE0AAArNAAAdjQAAIQ0AADLNAAA2jQAACA1AAAiNQAAdTUAAH81AADKNQAA2DUAAB82AAAkNgAAdDYAAIE2AADJNgAA0TYAAB43AAAkNwAAczcAAH83AADINwAA5TcAAB04AAAmOAAAcjgAAIA4AADHOAAAzTgAABw5AAAoOQAAcTkAAHQ5AADGOQAAzjkAABs6AAAsOgAAcDoAAH46AADFOgAA3joAABo7AAAbOwAAbzsAAIw7AACjoRAAyTsAABk8AAAfPAAAbjwAAHY8AADDPAAAzDwAABg9AAAbPQAAbT0AAHk9AADCPQAAyD0AAE2iEAAzPgAAbD4AAHQ+AACiohAAxD4AABY/AAAnPwAAaz8AAHM/AADAPwAAzj8AABVAAAAYQAAAakAAAHJAAAC/QAAAzEAAABRBAAAZQQAAaUEAAHNBAAC+QQAAxkEAABNCAAAfQgAAaEIAAHVCAAC9QgAAv0IAABJDAAArQwAAZ0MAAHhDAAC8QwAAyEMAABFEAAAYRAAAZkQAAG5EAAC7RAAAwEQAABBFAAAdRQAAZUUAAG1FAAC6RQAAxEUAAA9GAAAaRgAAZEYAAHBGAAC5RgAAwUYAAPeiEAAaRwAAY0cAAGlHAAC4RwAA00cAAA1IAAAZSAAAYkgAAGhIAABMoxAAvEgAAMQ5AgC9SAAA/VIFAL5IAADK2AcAwkgAAAxJAADDSAAAt+gKAMVIAAB5KwYAy0gAABBDAgASSQAAc9IPABhJAABhSQAAZ0kAAMaLAwBpSQAAoaMQAMJJAAALSgAAEUoAAGBKAAB7SgAAtUoAAMFKAAAKSwAAEEsAAF9LAABnSwAAtEsAALpLAAAJTAAAFUwAAF5MAAB7TAAAs0wAALxMAAAITQAAFE0AAF1NAABgTQAAsk0AALxNAAAHTgAAE04AAFxOAABjTgAAsU4AALlOAAAGTwAAB08AAElhAAAJTwAAW08AAGpPAACwTwAAtk8AAAVQAAAHUAAAWlAAAHBQAACvUAAAzVAAAARRAAAdUQAAWVEAAFtRAACuUQAAsVEAAANSAAAPUgAAWFIAAF9SAACtUgAAtVIAAAJTAAAEUwAAV1MAAGBTAACsUwAAtlMAAAFUAAAMVAAAVlQAAGJUAACrVAAAuFQAAABVAAAKVQAAVVUAAGNVAACqVQAAuVUAAP9VAAABVgAAVFYAAF5WAACpVgAAt1YAAP5WAAADVwAAU1cAAGBXAACoVwAAvVcAAP1XAAAFWAAAUlgAAGtYAACnWAAAsFgAAPxYAAAGWQAAUVkAAFlZAACmWQAAs1kAAPtZAAAAWgAAUFoAAFhaAAClWgAAploAAPpaAAD8WgAAT1sAAFJbAACkWwAAp1sAAPajEAD+WwAATlwAAFRcAACjXAAAqlwAAPhcAAAAXQAATV0AAFFdAACiXQAApF0AAPddAAD6XQAATF4AAFReAAChXgAAol4AAPZeAAD8XgAAS18AAFBfAACgXwAAu18AAPVfAAADYAAASmAAAFFgAACfYAAAq2AAAPRgAAD7YAAAS6QQAEthAACeYQAAoWEAAPNhAAD2YQAAoKQQAE1iAACdYgAAo2IAAPJiAAD5YgAAR2MAAGVjAACcYwAAtWMAAPFjAADzYwAARmQAAElkAACbZAAAp2QAAPBkAAD3ZAAARWUAAE1lAACaZQAAnGUAAO9lAAD4ZQAARGYAAE5mAACZZgAApGYAAO5mAAD6ZgAAQ2cAAFBnAACYZwAAomcAAO1nAAD7ZwAAQmgAAFFoAACXaAAAmWgAAOxoAAD2aAAAQWkAAE9pAACWaQAAm2kAAOtpAAD4aQAAQGoAAFVqAACVagAAnWoAAOpqAAADawAAP2sAAEhrAACUawAAnmsAAOlrAADxawAAPmwAAEtsAACTbAAAmGwAAOhsAADwbAAAPW0AAD5tAACSbQAAlG0AAOdtAADqbQAAPG4AAD9uAAD1pBAAlm4AAOZuAADsbgAAO28AAEJvAACQbwAAmG8AAOVvAADpbwAAOnAAADxwAACPcAAAknAAAORwAADscAAAOXEAADpxAACOcQAAlHEAAONxAADocQAAOHIAAFNyAACNcgAAm3IAAOJyAADpcgAAN3MAAENzAACMcwAAk3MAAEqlEADkcwAANnQAAEd0AACLdAAAk3QAAK2mAQCndAAA4HQAAOh0AACfpRAARHUAAIp1AACQdQAA33UAAOF1AAA0dgAASnYAAIl2AACndgAA3nYAAOF2AAAzdwAAP3cAAIh3AACOdwAA3XcAAPh3AAAyeAAAPngAAId4AACNeAAA3HgAAPp4AAAxeQAAQXkAAIZ5AACUeQAA23kAAOF5AAAwegAAM3oAAIV6AACPegAA2noAAPh6AAAvewAARXsAAIR7AACQewAA2XsAANx7AAAufAAAMXwAAIN8AACFfAAA2HwAAO98AAAtfQAAOX0AAIJ9AACefQAA130AAN99AAD0pRAAPX4AAIF+AACPfgAA1n4AAOJ+AAArfwAAOH8AAIB/AACKfwAA1X8AAN1/AAAqgAAAK4AAAH+AAACBgAAA1IAAANeAAAApgQAALIEAAEmmEACDgQAA04EAANmBAAAoggAAL4IAAH2CAACFggAA0oIAAOiCAAAngwAAMIMAAHyDAAB/gwAA0YMAANuDAAAmhAAALoQAAHuEAACUhAAA0IQAANyEAAAlhQAALYUAAJ6mEACChQAAz4UAANKFAAAkhgAALoYAAHmGAAB/hgAAzoYAANyGAAAjhwAAMIcAAHiHAACPhwAA86YQAM6HAACLZQ8A0IcAAJLBAQDThwAAOW8CANSHAAAuygcA1YcAADB0BgDWhwAAOMcAANeHAACySwIA2ocAAHUmDwDchwAAIogAAN6HAAC/jQgA44cAAAWfBgDkhwAAE4oNACyIAADZcgkAMYgAAHeIAACDiAAAzIgAAM2IAAAvzQMAz4gAACGJAAAkiQAAdokAAH2JAAAOmwEAfokAAMuJAACOiQAAJDABANKJAAAgigAALIoAAHWKAACCigAAyooAANiKAAAfiwAAK4sAAHSLAAB7iwAAyYsAANGLAAAejAAALowAAHOMAAB4jAAAyIwAAM6MAAAdjQAAJY0AAHKNAAB7jQAAx40AAMqNAAAcjgAAKI4AAHGOAAB3jgAASKcQAOWOAACdpxAAKI8AAHCPAAByjwAAUQMBAHOPAADBkQIAd48AAOu8AgB7jwAALHIMAHyPAAAd4QEAf48AAN1rDACJjwAAQGgCAJCPAADFjwAA0o8AABqQAAAfkAAAb5AAAHOQAADEkAAA0ZAAABmRAAAhkQAAbpEAACSRAAB30woAdZEAAMORAAB9kQAAc4kDAMWRAAAYkgAAIpIAAG2SAABvkgAAwpIAANuSAAAXkwAAGZMAAGyTAABvkwAAwZMAAM2TAAAWlAAAHpQAAPKnEABxlAAAwJQAAHOUAACdpRIAepQAAJuzBgB8lAAAngUHAH6UAACrUwEAg5QAAIIcDACHlAAAQ1oNAMaUAAAW6QAA2JQAABWVAAAXlQAAapUAACKVAAAAqgAALpUAAGSbAAB5lQAAv5UAAM6VAAAUlgAAIJYAAGmWAABslgAAvpYAAMGWAAATlwAAK5cAAGiXAABvlwAAvZcAAMmXAAASmAAAH5gAAGeYAAB1mAAAvJgAAMiYAAARmQAAGJkAAGaZAAB+mQAAu5kAAMeZAAAQmgAAFpoAAGWaAABrmgAAupoAAL+aAAAPmwAAFZsAAJyoEABmmwAAuZsAAMCbAAAOnAAAJpwAAGOcAABqnAAAuJwAANGcAAANnQAAJZ0AAGKdAABunQAAt50AAL2dAAAMngAAEp4AAGGeAABmngAAtp4AALyeAADxqBAAJJ8AAGCfAABxnwAAtZ8AAMOfAAAKoAAAGaAAAF+gAABnoAAAtKAAANSgAAAJoQAAFaEAAF6hAAByoQAAs6EAALuhAAAIogAADqIAAF2iAABpogAAsqIAALyiAAAHowAADaMAAFyjAABqowAAsaMAAL2jAAAGpAAAIaQAAFukAABdpAAAsKQAAMGkAAAFpQAADaUAAFqlAABopQAAr6UAALKlAAAEpgAADKYAAFmmAABmpgAArqYAALOmAAADpwAADacAAFinAABgpwAAracAAK+nAAACqAAAE6gAAFeoAABoqAAArKgAALGoAAABqQAABakAAFapAABiqQAAq6kAALKpAABGqRAABaoAAFWqAABfqgAAqqoAAMKqAAD/qgAAAqsAAFSrAABdqwAAqasAAKqrAAD+qwAA/6sAAFOsAABYrAAAqKwAAK6sAAD9rAAAB60AAFKtAABerQAAp60AAK6tAAD8rQAAFK4AAFGuAABTrgAApq4AAK+uAAD7rgAABa8AAFCvAABbrwAApa8AAL2vAAD6rwAAELAAAE+wAABUsAAApLAAAKuwAAD5sAAABbEAAJupEABQsQAAPr8CAFOxAADNhgEAV7EAAByIBgBZsQAAskUIAF+xAACjsQAApbEAAC95AgCxsQAA+LEAAASyAABNsgAAB7IAAODBCABasgAAorIAAKyyAAD3sgAA+LIAAExOEAD/sgAATLMAAFOzAAChswAAZ7MAAPmvAQCmswAA9rMAAAK0AABLtAAATrQAAKC0AACotAAA9bQAAAK1AABKtQAAT7UAAJ+1AACptQAA9LUAAPy1AABJtgAATLYAAJ62AACntgAA87YAAPS2AABItwAASbcAAJ23AACitwAA8rcAAPi3AABHuAAAUbgAAJy4AACkuAAA8bgAAPO4AABGuQAAT7kAAJu5AACluQAA8LkAAPu5AABFugAAUboAAJq6AACnugAA77oAAPm6AABEuwAAUrsAAJm7AACouwAA7rsAAPC7AABDvAAATbwAAJi8AACmvAAA7bwAAPK8AABCvQAAT70AAJe9AACfvQAA7L0AAO29AABBvgAAR74AAJa+AACbvgAA674AAPW+AABAvwAARb8AAJW/AACkvwAA6r8AAO+/AAA/wAAAUMAAAJTAAACcwAAA6cAAAO/AAAA+wQAASsEAAJPBAACwwQAA6MEAAPHBAAA9wgAAScIAAJLCAACVwgAA58IAAPHCAAA8wwAASMMAAJHDAACYwwAA5sMAAO7DAAA7xAAAVMQAAJDEAACkxAAA5cQAAO3EAAA6xQAAPcUAAI/FAACbxQAA5MUAAOrFAAA5xgAAVMYAAI7GAACaxgAA48YAAOnGAADwqRAAQscAAI3HAACYxwAA4scAAOrHAAB72QAA7scAADfIAABEyAAAjMgAAJbIAADhyAAA78gAADbJAABFyQAAi8kAAI3JAADgyQAA6skAADXKAABDygAAisoAAI/KAADfygAA7MoAADTLAAA8ywAAicsAAETLAADWfQEAissAAN7LAACNywAA6GsBAJnLAAAGowEA78sAADPMAAA8zAAAiMwAAJ/MAADdzAAA68wAADLNAAA/zQAAh80AAI/NAADczQAA+80AAEWqEAA6zgAAhs4AAJDOAADbzgAA5s4AAJqqEAAyzwAAhc8AAI7PAADazwAA5M8AAC/QAAA60AAAhNAAAJDQAADZ0AAA5tAAAC7RAAA40QAAg9EAAJHRAADY0QAA59EAAC3SAAAv0gAAgtIAAIzSAADX0gAA5dIAACzTAAAx0wAAgdMAAI7TAADW0wAA3tMAACvUAAAx1AAAgNQAAIzUAADV1AAA8tQAACrVAAAz1QAAf9UAAI3VAADU1QAA2tUAACnWAAA11gAAftYAAIXWAADvqhAA1dYAAIImAgDZ1gAAKNcAAC3XAAB91wAANtcAADfEBACK1wAA0tcAAOnXAAAn2AAAKNgAAHzYAAB+2AAA0dgAANTYAAAm2QAAKdkAAESrEACc2QAA0NkAANHZAAAl2gAAJ9oAAHraAAB92gAAz9oAANLaAACZqxAAKdsAAHnbAAB/2wAAztsAANXbAAAj3AAARdwAAHjcAACA3AAAzdwAANzcAAAi3QAAJN0AAHfdAACI3QAAzN0AAN3dAAAh3gAALd4AAHbeAAB93gAAy94AANPeAAAg3wAAJN8AAHXfAACD3wAAyt8AANTfAAAf4AAAKuAAAHTgAAB54AAAyeAAANLgAAAe4QAAKOEAAHPhAAB74QAAyOEAAMrhAAAd4gAAKuIAAHLiAACG4gAAx+IAAM/iAAAc4wAAHeMAAHHjAABz4wAAxuMAAMnjAAAb5AAAHuQAAO6rEAB15AAAxeQAAMvkAAAa5QAAIeUAAG/lAAB35QAAxOUAANPlAAAZ5gAAHuYAAG7mAAB75gAAw+YAANPmAAAY5wAAJucAAG3nAACE5wAAwucAAMvnAAAX6AAAHegAAGzoAAB46AAAwegAAMjoAABDrBAAG+kAAMLlAgAe6QAAa+kAACPpAACj/QkAeukAAMDpAADR6QAAFeoAACPqAABq6gAAduoAAL/qAADM6gAAFOsAAB7rAABp6wAAcesAAL7rAADB6wAAE+wAAB/sAABo7AAAdewAAL3sAADH7AAAEu0AABrtAABn7QAAae0AALztAADF7QAAEe4AABvuAABm7gAAce4AALvuAADQ7gAAEO8AABjvAABl7wAAfu8AALrvAADD7wAAD/AAABnwAABk8AAAbPAAALnwAADG8AAADvEAABPxAABj8QAAa/EAALjxAAC58QAADfIAAA/yAABi8gAAZfIAALfyAAC68gAAmKwQABHzAABh8wAAZ/MAALbzAAC98wAAC/QAABP0AABg9AAAbvQAALX0AAC49AAACvUAABL1AABf9QAAYvUAALT1AADA9QAACfYAABP2AADtrBAAX/YAABssDgBg9gAAs/YAAGH2AABkjwwAaPYAAG4uDgBp9gAAgSQFAG32AACWEgIAbvYAANkaDACC9gAACPYBALz2AAAI9wAAEvcAAF33AABo9wAAsvcAAL73AAAH+AAAFPgAAFz4AABm+AAAsfgAAL/4AAAG+QAAFfkAAFv5AABd+QAAsPkAALr5AAAF+gAAE/oAAFr6AABf+gAAr/oAALz6AAAE+wAAFPsAAFn7AABb+wAArvsAALz7AAAD/AAAFPwAAEKtEABf/AAAl60QALX8AADsrRAAC/0AAFf9AABh/QAArP0AALf9AAAB/gAADf4AAFb+AABj/gAAq/4AALX+AAAA/wAADv8AAFX/AABk/wAAqv8AAKz/AAD//wAACQABAFQAAQBiAAEAqQABAK4AAQD+AAEACwEBAFMBAQBbAQEAqAEBALgBAQD9AQEA/wEBAFICAQBgAgEApwIBALgCAQBBrhAAAwMBAJauEABqAwEApgMBALcDAQD7AwEABwQBAFAEAQBYBAEA664QAKoEAQD6BAEAAgUBAE8FAQBRBQEApAUBAFQFAQCkqQcAXgUBAJAVBQCtBQEA+QUBALMFAQBHWQoAAwYBAE4GAQBZBgEAowYBAK8GAQD4BgEABQcBAE0HAQBXBwEAogcBALAHAQD3BwEABggBAEwIAQBOCAEAoQgBAKsIAQD2CAEAAgkBAEsJAQBTCQEAQK8QAKMJAQD1CQEAAwoBAEoKAQBXCgEAnwoBALYKAQD0CgEA/AoBAEkLAQBfCwEAngsBAKoLAQDzCwEAAgwBAEgMAQBTDAEAnQwBAJ8MAQDyDAEA/wwBAEcNAQBVDQEAnA0BAJ8NAQDxDQEABw4BAEYOAQBODgEAmw4BAK0OAQCVrxAA+A4BAPpWBAD6DgEAtjoPAP0OAQAmIg0A/w4BAEUPAQBKDwEAmg8BAKEPAQDvDwEA+w8BAEQQAQBREAEAmRABAJsQAQDuEAEABBEBAEMRAQBPEQEAmBEBALcRAQDtEQEACRIBAEISAQBKEgEA6q8QAJkSAQDsEgEA9RIBAEETAQBLEwEAlhMBAKETAQDrEwEA9xMBAEAUAQBNFAEAlRQBAJ8UAQDqFAEA+BQBAD8VAQBOFQEAlBUBAJYVAQDpFQEA8xUBAD4WAQBMFgEAkxYBAJgWAQDoFgEA9RYBAD0XAQBNFwEAkhcBAJQXAQDnFwEA9RcBADwYAQBNGAEAP7AQAJgYAQCUsBAA6BgBAKmmBQDrGAEAOxkBAO8YAQDQ2AEA8hgBAKf7BwD0GAEATLIBAPoYAQBvNgUAQhkBAPJXCwBIGQEAkBkBAKcZAQDlGQEA6hkBADoaAQA9GgEAjxoBAEQaAQCXYgYAVhoBADdtBgCUGgEAkmcGAJsaAQDkGgEA6hoBAC0nAQDzGgEAORsBAEIbAQCOGwEAlBsBAOMbAQDxGwEAOBwBAEIcAQCNHAEAoRwBAOIcAQDuHAEANx0BAEodAQCMHQEAmx0BAOEdAQDtHQEANh4BADceAQCLHgEAlR4BAOAeAQDuHgEANR8BADofAQCKHwEAlx8BAD6xEADyHwEANCABAEMgAQCJIAEAlSABAN4gAQDfIAEAMyEBAD0hAQCIIQEAliEBAN0hAQDiIQEAMiIBAD8iAQA9shAAiSIBANwiAQDlIgEAMSMBADsjAQCGIwEAkSMBANsjAQDnIwEAMCQBAD0kAQCFJAEAjyQBANokAQDoJAEALyUBAD4lAQCEJQEAhiUBANklAQDjJQEALiYBADwmAQCDJgEAkCYBANgmAQDvJgEAkrIQAEgnAQCCJwEAjicBANcnAQDdJwEALCgBADgoAQCBKAEAhygBANYoAQDcKAEAKykBADApAQCAKQEAhikBAOeyEADeKQEAKioBADQqAQB/KgEAiioBANQqAQDgKgEAKSsBADYrAQB+KwEAiCsBANMrAQDhKwEAKCwBADcsAQB9LAEAfywBANIsAQDcLAEAJy0BADUtAQB8LQEAgS0BANEtAQDeLQEAJi4BAC4uAQB7LgEAiy4BANAuAQDSLgEAJS8BADMvAQB6LwEAiy8BAOazEADWLwEAO7QQACowAQB5MAEAhTABAM4wAQDeMAEAIzEBACwxAQB4MQEAezEBAM0xAQDZMQEAIjIBACkyAQB3MgEAfzIBAMwyAQDqMgEAITMBACkzAQB2MwEAhzMBAMszAQDQMwEAIDQBADc0AQB1NAEAgzQBAMo0AQDXNAEAHzUBACc1AQB0NQEAeDUBAMk1AQDLNQEAHjYBACE2AQBzNgEAezYBAMg2AQDONgEAHTcBACk3AQByNwEAgjcBAMc3AQDQNwEAHDgBAB84AQBxOAEAfTgBAMY4AQDNOAEAkLQQACQ5AQBwOQEAczkBAMU5AQDTOQEAGjoBACc6AQBvOgEAhjoBAMQ6AQDMOgEAGTsBABs7AQBuOwEAdzsBAMM7AQDNOwEAGDwBACM8AQBtPAEAeTwBAMI8AQDPPAEAFz0BACE9AQBsPQEAej0BAME9AQDQPQEAFj4BABg+AQBrPgEAdT4BAMA+AQDOPgEAFT8BABo/AQBqPwEAdz8BAL8/AQDHPwEAFEABACpAAQBpQAEAdUABAL5AAQDNQAEAE0EBAB5BAQBoQQEAakEBAL1BAQDKQQEAEkIBACBCAQBnQgEAakIBALxCAQDSQgEA5bQQABlDAQA2HQIAH0MBAMaMAgApQwEAZkMBAGhDAQC7QwEAzEMBABBEAQAhRAEAZUQBAGpEAQC6RAEAvkQBAA9FAQAbRQEAZEUBAGtFAQC5RQEAwUUBAA5GAQAsRgEAY0YBAGtGAQA6tRAAvUYBAA1HAQAORwEABEMOABxHAQDvrgwAJkcBAGJHAQBkRwEAt0cBANBHAQAMSAEAHUgBAGFIAQBtSAEAtkgBALhIAQALSQEAFEkBAGBJAQAaSQEABU8BAGpJAQC1SQEAwEkBAApKAQAWSgEAX0oBAGxKAQC0SgEAvkoBAAlLAQAXSwEAXksBAG1LAQCzSwEAtUsBAAhMAQASTAEAXUwBAGtMAQCyTAEAt0wBAAdNAQAUTQEAXE0BAGhNAQCxTQEAt00BAAZOAQAMTgEAW04BAGBOAQCwTgEAtk4BAI+1EAAUTwEAWk8BAGZPAQCvTwEAsk8BAARQAQAHUAEAWVABAGBQAQCuUAEAulABAANRAQAQUQEAWFEBAGZRAQCtUQEAuVEBAAJSAQAJUgEA5LUQAF1SAQCsUgEAslIBAAFTAQAGUwEAVlMBAFxTAQA5thAArFMBAPcGAgC1UwEAU/YLALdTAQBijRAAuVMBAOyxDAC6UwEAAFQBAAxUAQBVVAEAVlQBAKpUAQBhVAEAh8EMALRUAQD/VAEADVUBAFRVAQBZVQEAqVUBALZVAQCOthAAAFYBAHl6DAAMVgEA220MACFWAQDjthAAeVYBAKhWAQDPVgEA/VYBACFXAQBSVwEAWlcBADi3EACzVwEA/FcBAP5XAQBRWAEAVFgBAKZYAQCrWAEA+1gBAAhZAQBQWQEAbFkBAKVZAQCtWQEAjbcQAANaAQBPWgEAB1oBAEVkAQBSWgEApFoBALBaAQD5WgEA/1oBAE5bAQBbWwEAo1sBAKVbAQD4WwEADlwBAE1cAQBZXAEAolwBAKpcAQDitxAA/VwBAExdAQBUXQEAoV0BAKJdAQD2XQEA+F0BAEteAQBOXgEAoF4BAKNeAQA3uBAA+l4BAEpfAQBQXwEAn18BAKZfAQD0XwEA/F8BAElgAQBWYAEAnmABAKNgAQDzYAEA/WABAEhhAQBQYQEAnWEBAJ9hAQDyYQEAA2IBAEdiAQBYYgEAnGIBAKFiAQDxYgEA9WIBAEZjAQBSYwEAm2MBAKJjAQDwYwEAAmQBAIy4EABKZAEAmmQBAKJkAQDvZAEA8WQBAERlAQBTZQEAmWUBAKhlAQDuZQEA+mUBAENmAQBGZgEAmGYBAJtmAQDtZgEA9WYBAEJnAQBMZwEAl2cBAJxnAQDsZwEA9GcBAEFoAQBLaAEAlmgBAKFoAQDraAEA+WgBAEBpAQBDaQEAlWkBAJ1pAQDqaQEABWoBAD9qAQBKagEAlGoBAJlqAQDpagEA7GoBAD5rAQBIawEAk2sBAKVrAQDhuBAA9msBAD1sAQBHbAEAkmwBAJ1sAQDnbAEA72wBADxtAQBCbQEAkW0BAJNtAQDmbQEA/20BADtuAQBUbgEAkG4BAJ5uAQDlbgEA724BADpvAQBQbwEAj28BAKxvAQDkbwEA7G8BADlwAQBJcAEAjnABAJBwAQDjcAEA8XABADhxAQBJcQEANrkQAJRxAQCLuRAA43EBADdyAQBIcgEAjHIBAJhyAQDhcgEA43IBADZzAQA5cwEAi3MBAJdzAQDgcwEA6HMBADW6EABAdAEAinQBAJZ0AQDfdAEA7nQBADR1AQBUdQEAiXUBAJF1AQDedQEA8nUBADN2AQA4dgEAiHYBAJF2AQDddgEA43YBADJ3AQA6dwEAh3cBAJZ3AQDcdwEA4XcBADF4AQA+eAEAhngBAJN4AQDbeAEA53gBADB5AQA/eQEAhXkBAI95AQDaeQEA6HkBAC96AQA0egEAhHoBAJF6AQDZegEA4XoBAC57AQAxewEAg3sBAI97AQDYewEA4nsBAC18AQA3fAEAgnwBAJB8AQDXfAEA5HwBACx9AQBDfQEAgX0BAIR9AQCKuhAA2H0BACt+AQA5fgEAgH4BAJF+AQDfuhAA3H4BADS7EABJfwEAf38BAI9/AQDUfwEA1n8BACmAAQA3gAEAfoABAI+AAQCJuxAA2oABAN67EAAtgQEAfYEBAIWBAQDSgQEA1IEBACeCAQAwggEAfIIBAIaCAQDRggEA3IIBACaDAQAygwEAe4MBAIiDAQDQgwEA2oMBACWEAQAzhAEAeoQBAImEAQDPhAEA0YQBACSFAQAuhQEAeYUBAIWFAQDOhQEA1oUBAIi8EAAohgEAeIYBAICGAQDdvBAA1IYBACKHAQDWhgEAd9oDANqGAQCisAIA3oYBACHRDQDjhgEAf9QBAC6HAQB3hwEAk4cBAPhNDwCfhwEAzIcBAPKHAQAhiAEASogBAHaIAQCciAEAy4gBAPGIAQAgiQEAKIkBAHWJAQCfiQEAyokBAOOJAQAfigEAIYoBAHSKAQB7igEAyYoBANGKAQAeiwEALYsBAHOLAQB5iwEAyIsBANSLAQAdjAEAJIwBAHKMAQB+jAEAx4wBANSMAQAcjQEAJo0BAHGNAQB/jQEAxo0BAMiNAQAbjgEALI4BAHCOAQBzjgEAxY4BAPCOAQAyvRAAHY8BAMTiAwAkjwEAPBMGACePAQBvjwEAKo8BAFbyDAArjwEAY5oCADCPAQAUPQQAdo8BAJ1gAgB5jwEA72IDAH6PAQDgEA8Aio8BAMSPAQDGjwEAGZABACqQAQBukAEAfJABAMOQAQDKkAEAGJEBABqRAQBtkQEAHZEBACp+AgAgkQEAUa0BAHyRAQDCkQEA0ZEBABeSAQAjkgEAbJIBAG+SAQDBkgEAxJIBABaTAQA2kwEAa5MBAHeTAQDAkwEA1JMBABWUAQAjlAEAapQBAHGUAQCHvRAA1pQBABSVAQAWlQEApk0MABeVAQCnTAwAIZUBAGmVAQBrlQEAvpUBAMiVAQATlgEAz5UBAE1RDAAclgEAaJYBAG6WAQC9lgEAyZYBABKXAQAZlwEAZ5cBAGyXAQC8lwEAyJcBABGYAQAUmAEAZpgBAHOYAQC7mAEAwJgBABCZAQAamQEAZZkBAHuZAQC6mQEAvJkBAA+aAQAZmgEAZJoBAHOaAQC5mgEAxJoBANy9EAAamwEAY5sBAHCbAQC4mwEAxpsBAA2cAQAZnAEAYpwBAGmcAQAxvhAAvJwBAAydAQDDnAEA7q4NAMWcAQBkQgQADp0BAFGrAwARnQEA9f8KABudAQD9TAsAI50BAGGdAQBvnQEAtp0BAMOdAQALngEAE54BAGCeAQBqngEA/qQHAHCeAQC1ngEAt54BAAqfAQAYnwEAX58BAHCfAQCGvhAAu58BANu+EAAOoAEAXqABAGSgAQCzoAEAu6ABAAihAQARoQEAXaEBAGChAQCyoQEAvqEBAAeiAQANogEAXKIBAGSiAQCxogEA0KIBAIW/EAAIowEAW6MBAGmjAQCwowEAwaMBANq/EAAMpAEAL8AQAF+kAQCvpAEAtaQBAASlAQAMpQEAWaUBAGKlAQCupQEAsaUBAAOmAQAPpgEAWKYBAF6mAQDZwBAAr6YBAAKnAQALpwEAV6cBAGGnAQCspwEAt6cBAAGoAQANqAEAVqgBAGOoAQCrqAEAtagBAACpAQAOqQEAVakBAGSpAQCqqQEArKkBAP+pAQAJqgEAVKoBAGKqAQCpqgEArqoBAP6qAQALqwEAU6sBAFurAQCoqwEAuKsBAP2rAQD/qwEAUqwBAGCsAQCnrAEAuKwBAC7BEAADrQEAg8EQAFqtAQCmrQEAqa0BAPutAQAHrgEAUK4BAFauAQClrgEAsq4BAPquAQD8rgEAT68BAGWvAQCkrwEAsK8BANjBEAAFsAEATrABAFSwAQCjsAEAprABAPiwAQAGsQEATbEBAFKxAQCisQEAr7EBAPexAQD/sQEALcIQAFmyAQChsgEAr7IBAPayAQAMswEAS7MBAFSzAQCgswEAtrMBAPWzAQD9swEASrQBAE20AQCftAEAqLQBAPS0AQD1tAEASbUBAEq1AQCetQEAo7UBAPO1AQD5tQEASLYBAFK2AQCdtgEAqbYBAPK2AQD5tgEAR7cBAE+3AQCctwEAnrcBAPG3AQDytwEARrgBAFS4AQCbuAEAo7gBAPC4AQALuQEARbkBAFG5AQCauQEAoLkBAO+5AQDyuQEARLoBAFK6AQCZugEAnroBAO66AQD7ugEAQ7sBAEu7AQCYuwEAprsBAO27AQDwuwEAgsIQAEW8AQCXvAEARrwBAH3OCQBOvAEAOL4JAFC8AQDF1g4AVbwBAJkCDwCavAEA7LwBAP28AQBBvQEAXb0BAJa9AQCevQEA18IQAPy9AQBAvgEASL4BAJW+AQCbvgEA6r4BAO++AQA/vwEASL8BAJS/AQCevwEA6b8BAPe/AQA+wAEAS8ABAJPAAQCfwAEA6MABAOvAAQA9wQEAWcEBACzDEACVwQEA58EBAKbBAQCBJQQA88EBADzCAQBCwgEAkcIBAJvCAQCBwxAA68IBADvDAQBIwwEAkMMBAJjDAQAkyxAAnMMBAOXDAQCgwwEAicoBAKzDAQDuWQ0A68MBADrEAQBAxAEAj8QBAJTEAQDkxAEA6sQBANbDEABDxQEApU4MAEfFAQCOxQEAn8UBACvEEADqxQEAgMQQAEDGAQDVxBAAm8YBAOLGAQDpxgEAN8cBAD/HAQCMxwEAmccBAOHHAQDmxwEANsgBAEDIAQCLyAEAk8gBAODIAQDmyAEANckBADfJAQCKyQEAmMkBAN/JAQDiyQEANMoBAEDKAQAqxRAAi8oBAN7KAQDsygEAM8sBAETLAQB/xRAAj8sBANTFEADjywEAMswBADjMAQCHzAEAjMwBANzMAQDizAEAKcYQADPNAQCGzQEAOs0BAPWmDgA9zQEAy9kFAKHNAQDbzQEA3c0BADDOAQBKzgEAhc4BAJLOAQB50gkAls4BANrOAQDczgEAL88BADzPAQCEzwEAm88BANnPAQDzzwEALtABADDQAQCD0AEANNABADNqDQCG0AEA2NABANvQAQAt0QEAOdEBAILRAQCI0QEA19EBAOHRAQB+xhAAMdIBAIHSAQCO0gEA1tIBAOLSAQAr0wEAMdMBAIDTAQCG0wEA1dMBANrTAQAq1AEAMNQBANPGEACA1AEA1NQBAJXUAQCjAgUA1tQBACnVAQDi1AEADPECAC/VAQB+1QEAjNUBANPVAQDW1QEAKNYBAC3WAQB91gEAitYBANLWAQDi1gEAJ9cBACnXAQB81wEAitcBANHXAQDi1wEAKMcQACzYAQB72AEAh9gBAH3HEADh2AEAJdkBAC/ZAQB62QEAiNkBAM/ZAQDQ2QEAJNoBADXaAQB52gEAhdoBAM7aAQDe2gEAI9sBACXbAQB42wEAhtsBAM3bAQDe2wEA0scQACjcAQB33AEAg9wBACfIEADS3AEAId0BACfdAQB23QEAe90BAMvdAQDR3QEA0cgQACjeAQB13gEAf94BAFPzDgCO3gEAyt4BANPeAQAf3wEAKd8BAHTfAQB83wEAyd8BAM3fAQAe4AEAIOABAHPgAQB24AEAyOABAOTgAQAmyRAAMOEBAHLhAQBz4QEAx+EBANPhAQAc4gEAK+IBAHHiAQB74gEAxuIBANLiAQAb4wEAIuMBAHvJEAB24wEAuOUMAIPjAQDF4wEA1OMBABrkAQAm5AEAb+QBAHDkAQDE5AEAzuQBABnlAQAn5QEAbuUBAHPlAQDD5QEA0OUBACXKEAAg5gEAbeYBAHnmAQDC5gEA1eYBABfnAQAY5wEAbOcBAHjnAQDB5wEA0OcBABboAQAg6AEAa+gBAHfoAQDA6AEAx+gBAHrKEAAm6QEAaukBAHbpAQC/6QEAz+kBABTqAQAe6gEAaeoBAHHqAQC+6gEA5uoBABPrAQDs6gEAue8BADvrAQBo6wEAcOsBAL3rAQDD6wEAEuwBACDsAQBn7AEAfuwBALzsAQDH7AEAEe0BABvtAQBm7QEAk+0BALvtAQDD7QEAEO4BACDuAQBl7gEAZ+4BALruAQDI7gEAD+8BACDvAQB5yxAAa+8BAM7LEADh7wEADvABABbwAQBj8AEAafABALjwAQDG8AEADfEBACTxAQBi8QEAbfEBALfxAQDB8QEADPIBADnyAQBh8gEAafIBALbyAQDG8gEAC/MBAA3zAQBg8wEAbvMBALXzAQDG8wEAI8wQABH0AQB4zBAAYfQBALT0AQDC9AEACfUBABr1AQDNzBAAZfUBACLNEAC79QEAd80QABD2AQDMzRAAX/YBALL2AQDA9gEAB/cBABj3AQAhzhAAYvcBALH3AQC99wEAds4QAA/4AQBb+AEAaPgBALD4AQC++AEABfkBAA/5AQBa+QEAdPkBAK/5AQCy+QEABPoBAAv6AQBZ+gEAefoBAK76AQDI+gEAy84QABD7AQBY+wEAFPsBAABTAgAZ+wEAqKoCAGb7AQCt+wEAt/sBAAL8AQAc/AEAV/wBAGf8AQCs/AEAsvwBAAH9AQAD/QEAVv0BAGz9AQCr/QEAt/0BAAD+AQAE/gEAVf4BAFr+AQCq/gEAsP4BAP/+AQAf/wEAVP8BAG7/AQCp/wEAq/8BAP7/AQABAAIAUwACAFYAAgCoAAIAtAACAP0AAgADAQIAUgECAFwBAgAgzxAArAECAPwBAgAJAgIAUQICAF0CAgCmAgIAuQICAPsCAgAKAwIAUAMCAFwDAgClAwIApgMCAPoDAgAEBAIATwQCAF0EAgCkBAIAqQQCAPkEAgAGBQIAdc8QAE8FAgCzlgsAUAUCABKMDABRBQIA5rwHAFMFAgAbKw8AVAUCAGqMCQBVBQIAzHwMAFgFAgC/3Q0AWQUCAMeBDABaBQIAaDcLAFsFAgAD8QsAXAUCADPBCwBdBQIAXJ4FAF4FAgCjBQIAZgUCAA41EgBoBQIAH30OAGoFAgDK0A8AcQUCADZiEgB2BQIAE4kOAJAFAgC74Q0AlQUCAEhQEgClBQIA+AUCALQFAgBRSw4ABgYCAE0GAgBeBgIAys8QAKkGAgAf0BAAAwcCAEwHAgBbBwIAoQcCAKsHAgD2BwIAAggCAEsIAgAZCAIADDsOAFIIAgDJ0BAAoggCAPUIAgAGCQIASgkCAFMJAgCfCQIAqwkCAPQJAgD3CQIASQoCAFEKAgCeCgIAqAoCAPMKAgD4CgIASAsCAFALAgCdCwIAtgsCAPILAgD+CwIARwwCAE8MAgBz0RAApAwCAMjREAD0DAIARg0CAEkNAgCbDQIApw0CAPANAgD2DQIARQ4CAE8OAgAd0hAAnw4CAO8OAgD8DgIARA8CAEwPAgBy0hAAnw8CAO4PAgD0DwIAQxACAEgQAgCYEAIAnhACAMfSEAD1EAIAHNMQAEQRAgBm5AoARxECAJcRAgBOEQIAA50KAKERAgDsEQIAphECAHt8CAD0EQIAsewMAAgSAgBBEgIASRICAHHTEACbEgIA6xICAAETAgBAEwIAQRMCAJUTAgCXEwIA6hMCAPATAgA/FAIASxQCAJQUAgCbFAIA6RQCAPEUAgA+FQIARxUCAJMVAgCWFQIA6BUCAPYVAgA9FgIAShYCAJIWAgCpFgIA5xYCAO8WAgA8FwIASBcCADsYAgBkFwIAkRcCALkXAgDmFwIAChgCAMbTEABYGAIAkBgCAJkYAgCPGQIAoRgCAOUYAgAVGQIAOhkCAF4ZAgAb1BAAkRkCAOQZAgD1GQIAORoCAGkaAgCOGgIAshoCAHDUEADoGgIAoqUNAOkaAgCqpAYA7BoCADgbAgDvGgIAmlYPAEIbAgCNGwIARRsCAKKsBgBGGwIAp/QOAJUbAgDiGwIA5hsCADccAgA5HAIAjBwCAI8cAgDhHAIA/RwCAMXUEAA7HQIAkGMMAEAdAgBx1wwAQh0CAIsdAgBGHQIAcS4LAKgdAgDgHQIA6R0CADUeAgA3HgIAih4CAJseAgAa1RAA5B4CADQfAgA9HwIAiR8CAJofAgDeHwIA5R8CADMgAgA7IAIAiCACAE0gAgBnQQIAlSACADIhAgCXIAIAhiICAKEgAgDdIAIA6SACAG/VEAA3IQIAhyECAJEhAgDcIQIA5CECAMTVEAA9IgIAGdYQAIsiAgDbIgIA6CICADAjAgA6IwIAhSMCAIcjAgDaIwIA6CMCAC8kAgA8JAIAbtYQAIkkAgDZJAIA5iQCAC4lAgA4JQIAgyUCAIUlAgDYJQIA5iUCAC0mAgA6JgIAw9YQAIUmAgB3zw4AiCYCAJ2qDQCPJgIA1yYCAOEmAgAY1xAANCcCAIEnAgCDJwIAMhQPAI4nAgDKhQUAmCcCANYnAgCaJwIAwJEDANsnAgArKAIANSgCAIAoAgCIKAIAbdcQAN8oAgAqKQIANikCAH8pAgCCKQIA1CkCAN4pAgApKgIAQyoCAH4qAgCVKgIA0yoCANgqAgAoKwIARCsCAMLXEACHKwIA0isCAI4rAgAfLggA3isCACcsAgAqLAIAfCwCAIYsAgDRLAIA6ywCACYtAgAsLQIAey0CAH0tAgDQLQIA3i0CACUuAgAoLgIAei4CAIYuAgDPLgIA0i4CACQvAgBHLwIAF9gQAHsvAgDOLwIA3C8CACMwAgAmMAIAeDACAIQwAgDNMAIA0DACAGzYEAAtMQIAdzECAH0xAgDMMQIA0TECACEyAgAlMgIAdjICAHkyAgDB2BAAzDICALKVDQDOMgIAMb8PANEyAgAgMwIA1DICAOO3DwDVMgIAxjcCANcyAgChpA8A2TICAP6cDwDaMgIARasPANsyAgB9yA8A4jICAOZiDADlMgIAynwOACwzAgB1MwIAoTMCAMozAgDWMwIAHzQCAC40AgB0NAIAfjQCAMk0AgDMNAIAHjUCADg1AgBzNQIAfTUCAMg1AgDNNQIAHTYCACc2AgByNgIAfTYCAMc2AgDNNgIAHDcCACE3AgBxNwIAdTcCABbZEADLNwIAGzgCANQ3AgA+sg8AJTgCAHA4AgB7OAIAxTgCAMs4AgAaOQIAHzkCAG85AgBzOQIAa9kQAMk5AgAl2AIAyzkCALk4DgDMOQIAFN8MAM45AgA/Bw8A3jkCABk6AgAjOgIAbjoCAHk6AgDDOgIAyToCABg7AgAdOwIAbTsCAHE7AgDCOwIA5TsCAMDZEAAZPAIAbDwCABo8AgCFGQwAHDwCAEZbCQAgPAIAPbcLACM8AgBjRQIAJTwCAC4YDwB5PAIA5mwCAHo8AgDBPAIAxDwCABY9AgAiPQIAaz0CAIM9AgDAPQIAzD0CABU+AgAbPgIAaj4CAHA+AgC/PgIAxD4CABQ/AgAaPwIAFdoQAHM/AgC+PwIAyT8CABNAAgAZQAIAaEACAG1AAgC9QAIAwUACABJBAgAVQQIAatoQAHFBAgC8QQIAx0ECABFCAgAXQgIAZkICAGtCAgC7QgIAv0ICAL/aEAARQwIAZUMCAHFDAgC6QwIAxkMCAA9EAgAVRAIAZEQCAGpEAgC5RAIAvkQCAA5FAgAURQIAFNsQAGVFAgA/uwUAakUCANrKBQByRQIAz4MCAHNFAgC4RQIAxEUCAA1GAgATRgIAYkYCAG5GAgC3RgIAxEYCAAxHAgAbRwIAYUcCAG1HAgC2RwIAwkcCAAtIAgARSAIAYEgCAGZIAgC1SAIAukgCAApJAgAQSQIAadsQAGlJAgD6pwgAdUkCALRJAgB4SQIAuJMJAMBJAgAJSgIAEUoCADi2EQAVSgIAXkoCAGRKAgCzSgIAuUoCAAhLAgANSwIAXUsCAGNLAgC+2xAAuksCALozEgC8SwIAB0wCAA1MAgBcTAIAE0wCADbHAgBqTAIAsUwCAMpMAgAGTQIAD00CAFtNAgBlTQIAsE0CALxNAgAFTgIAEU4CAFpOAgBgTgIAr04CALVOAgAETwIACU8CAFlPAgBfTwIAE9wQALpPAgADUAIADVACAFhQAgBjUAIArVACALJQAgACUQIACVECAFdRAgBjUQIArFECALJRAgABUgIAB1ICAFZSAgBbUgIAq1ICALFSAgBo3BAAEVMCAFVTAgBWUwIAqlMCAFtTAgClWAIAr1MCAP9TAgANVAIAVFQCAGFUAgCpVAIAs1QCAP5UAgAKVQIAU1UCAFlVAgCoVQIAtFUCAP1VAgAQVgIAUlYCAGFWAgCnVgIAs1YCAPxWAgD9VgIAUVcCAFtXAgCmVwIAtFcCAPtXAgAAWAIAUFgCAF1YAgC93BAAsVgCAPpYAgAKWQIAT1kCAFtZAgCkWQIAqlkCAPlZAgAFWgIATloCAFtaAgCjWgIAsloCAPhaAgAEWwIATVsCAFlbAgCiWwIAtVsCAPdbAgAGXAIATFwCAFhcAgChXAIAolwCAPZcAgAAXQIAS10CAFldAgCgXQIApV0CAPVdAgACXgIAEt0QAExeAgCDywYAVl4CAJ9eAgBXXgIADpIKAFheAgCgUwwAs14CAPReAgAAXwIASV8CAE9fAgCeXwIApF8CAPNfAgD4XwIASGACAE5gAgBn3RAAqWACAPJgAgD/YAIAE+oCAAVhAgBHYQIATGECAOByAgBPYQIAeywDAFNhAgCcYQIAomECAPFhAgD3YQIARmICAEtiAgCbYgIAoWICALzdEAD8YgIARWMCAEtjAgCaYwIAn2MCAO9jAgD2YwIARGQCAFJkAgCZZAIAtGQCAO5kAgD8ZAIAQ2UCAEZlAgCYZQIApmUCAO1lAgDyZQIAQmYCAE9mAgCXZgIAo2YCAOxmAgDyZgIAQWcCAEdnAgCWZwIAm2cCAOtnAgDxZwIAEd4QAEVoAgCVaAIAnmgCAOpoAgD3aAIAP2kCAEZpAgCUaQIApWkCAOlpAgDuaQIAPmoCAE1qAgCTagIAlWoCAOhqAgD5agIAPWsCAElrAgCSawIAmGsCAOdrAgDtawIAPGwCAEFsAgCRbAIAl2wCAGbeEAD9bAIAO20CAEdtAgCQbQIAnG0CAOVtAgDrbQIAOm4CAEBuAgCPbgIAlG4CAORuAgDqbgIAu94QAD9vAgCxoQIAUG8CAI5vAgCXbwIA428CAPlvAgA4cAIARHACAI1wAgCacAIA4nACAOxwAgA3cQIAQ3ECAIxxAgCScQIA4XECAOdxAgA2cgIAO3ICAItyAgCRcgIAEN8QAOlyAgA1cwIAP3MCAIpzAgCPcwIA33MCAO9zAgA0dAIATXQCAIl0AgCOdAIA3nQCAOd0AgAzdQIAQHUCAIh1AgCPdQIA3XUCAOB1AgAydgIAPnYCAId2AgCadgIA3HYCAOt2AgAxdwIAPXcCAIZ3AgCHdwIA23cCAOV3AgAweAIAPngCAIV4AgCKeAIA2ngCAOd4AgBl3xAAMnkCAIR5AgCHeQIA2XkCAOZ5AgBv2gsA6HkCAC56AgAwegIAg3oCAIZ6AgDYegIA4noCAC17AgA5ewIAgnsCAJV7AgDXewIA5nsCACx8AgA4fAIAgXwCAIJ8AgDWfAIA4HwCACt9AgA5fQIAgH0CAIV9AgDVfQIA4n0CALrfEAArfgIAf34CAIt+AgDUfgIA2n4CACl/AgArfwIAfn8CAIh/AgDTfwIA4X8CACiAAgAtgAIAfYACAIqAAgDSgAIA3oACACeBAgA6gQIAfIECAIuBAgDRgQIA3YECACaCAgAnggIAe4ICAIWCAgDQggIA3oICACWDAgAqgwIAeoMCAIeDAgAP4BAA2IMCACSEAgDbgwIAt+YMACqEAgB5hAIAfIQCAM6EAgDchAIAI4UCACiFAgB4hQIAhYUCAM2FAgDZhQIAIoYCACiGAgB3hgIAfYYCAMyGAgDRhgIAIYcCACeHAgBk4BAAeIcCAMuHAgB9hwIARwAOANqHAgAgiAIAQIgCAHWIAgB6iAIAyogCAOWIAgAfiQIAK4kCAHSJAgB6iQIAyYkCANmJAgAeigIAL4oCAHOKAgB4igIAyIoCAMyKAgAdiwIAKYsCAHKLAgB4iwIAx4sCAM2LAgAcjAIAIYwCAHGMAgB3jAIAueAQANWMAgDVGw8A3IwCABuNAgAcjQIAcI0CAIGNAgDFjQIA0Y0CABqOAgAwjgIAb44CAHuOAgDEjgIA0Y4CABmPAgAjjwIAbo8CAHqPAgDDjwIAyo8CABiQAgAkkAIAbZACAHOQAgDCkAIAyJACABeRAgAckQIAbJECAHKRAgAO4RAAw5ECAOlcDwDKkQIAFpICABeSAgBrkgIAbJICAMCSAgDFkgIAFZMCABuTAgBqkwIAdJMCAL+TAgDLkwIAFJQCABuUAgBplAIAbpQCAL6UAgC/lAIAE5UCAB+VAgBolQIAbpUCAL2VAgC/lQIAEpYCAByWAgBnlgIAdZYCALyWAgDBlgIAEZcCAB6XAgBmlwIAcpcCALuXAgDOlwIAEJgCAB+YAgBlmAIAcZgCALqYAgC7mAIAD5kCABmZAgBkmQIAcpkCALmZAgC+mQIADpoCABuaAgBj4RAAdJoCALiaAgDEmgIADZsCACSbAgBimwIAZJsCALebAgDImwIADJwCAA6cAgBhnAIAZ5wCALacAgDNnAIAC50CABSdAgBgnQIAdp0CALWdAgDBnQIACp4CABeeAgBfngIAaZ4CALSeAgDAngIACZ8CAByfAgBenwIAbZ8CALOfAgC/nwIACKACAAmgAgBdoAIAZ6ACALKgAgDAoAIAB6ECAAyhAgBcoQIAaaECALjhEACzoQIABqICABqiAgBbogIAaaICALCiAgC9ogIABaMCAAyjAgBaowIAZqMCAK+jAgDCowIABKQCAAmkAgBZpAIAYqQCAK6kAgC4pAIAA6UCAAilAgBYpQIAaKUCAK2lAgDGpQIAAqYCAAemAgBXpgIAYKYCAKymAgC5pgIAAacCAAinAgBWpwIAWacCAKunAgC3pwIAAKgCABOoAgBVqAIAZKgCAKqoAgC2qAIA/6gCAACpAgBUqQIAXqkCAKmpAgC3qQIA/qkCAAOqAgBTqgIAYKoCAA3iEADBqgIA/aoCAAmrAgBSqwIAWKsCAKerAgCvqwIAZDcPALerAgD8qwIAAawCAFGsAgBXrAIApqwCALysAgD7rAIA/awCAFCtAgBarQIApa0CALGtAgD6rQIADa4CAE+uAgBergIApK4CALCuAgD5rgIA+q4CAE6vAgBYrwIAo68CALGvAgD4rwIA/a8CAE2wAgBasAIAYuIQAKWwAgBj5A0ArLACAB59DwCusAIAWvEJAK+wAgA5wwMAsbACAPewAgAAsQIATLECAFKxAgChsQIAp7ECAPaxAgACsgIAS7ICAFiyAgCgsgIAqrICAPWyAgALswIASrMCAE+zAgCfswIAprMCAPSzAgACtAIASbQCAFm0AgCetAIArLQCAPO0AgACtQIASLUCAEq1AgCdtQIAp7UCAPK1AgAAtgIAR7YCAEy2AgCctgIAqbYCAPG2AgD9tgIARrcCAFm3AgCbtwIAqrcCAPC3AgD8twIARbgCAEa4AgCauAIApLgCAO+4AgD9uAIARLkCAEm5AgCZuQIAprkCALfiEADwuQIAQ7oCAPq5AgAN6QkAVLoCAJi6AgChugIA7boCAPm6AgBCuwIASrsCACccEgBOuwIAl7sCAJ27AgDsuwIA8rsCAEG8AgBGvAIAlrwCAJy8AgAM4xAA97wCAEC9AgBQvQIAlb0CAKO9AgDqvQIA970CAD++AgBLvgIAlL4CAJu+AgDpvgIA8b4CAGHjEABHvwIAUPUPAEu/AgAc4QIAT78CAJO/AgCkvwIA6L8CAPC/AgA9wAIA9L8CABkvDQBHwAIAksACAJfAAgDnwAIA78ACADzBAgA+wQIAkcECAEXBAgAq0wIAmcECAObBAgD8wQIAO8ICAEfCAgCQwgIApsICAOXCAgD+wgIAOsMCAEbDAgCPwwIAlcMCAOTDAgDswwIAOcQCAEnEAgCOxAIAl8QCAOPEAgDwxAIAOMUCAEfFAgCNxQIAl8UCAOLFAgDwxQIAN8YCADzGAgCMxgIAmcYCAOHGAgDpxgIAtuMQAEzHAgCLxwIAjMcCAODHAgDqxwIANcgCAD3IAgCKyAIAlMgCAN/IAgDkyAIANMkCADzJAgCJyQIAi8kCAC/OAgCMyQIAGzcDAI/JAgDeyQIAkMkCAA1FAwCfyQIAFD4DAOrJAgAzygIANcoCAIjKAgCPygIA3coCAOXKAgAyywIAM8sCAIfLAgCNywIA3MsCAOHLAgAxzAIAMswCAIbMAgCSzAIA28wCAOHMAgAwzQIAOs0CAIXNAgCZzQIA2s0CAOLNAgAL5BAAMs4CAITOAgA2zgIAIDIDAIfOAgDZzgIA584CAC7PAgBFzwIAg88CAJDPAgDYzwIA4M8CAC3QAgAu0AIAgtACAIjQAgDX0AIA3NACACzRAgAt0QIAgdECAI3RAgDW0QIA3NECACvSAgA10gIAgNICAJTSAgDV0gIA3dICALXkEAA30wIAf9MCAIbTAgDU0wIA4NMCACnUAgA51AIAftQCAIzUAgDT1AIA4NQCACjVAgA01QIAfdUCAITVAgDS1QIA2tUCAF/lEAAz1gIAfNYCAIbWAgDR1gIA3NYCACbXAgAr1wIAe9cCAILXAgDQ1wIA2NcCALTlEAAt2AIAetgCAIrYAgDP2AIA29gCACTZAgAo2QIAedkCAIHZAgDO2QIA0NkCACPaAgAp2gIAeNoCAI/aAgDN2gIA1toCACLbAgA42wIAd9sCAIPbAgDM2wIA2dsCACHcAgAr3AIAdtwCAHncAgDL3AIA09wCACDdAgAq3QIAdd0CAHrdAgDK3QIA0t0CAB/eAgAv3gIAdN4CAH3eAgDJ3gIA1t4CAB7fAgAt3wIAc98CAH3fAgDI3wIA1t8CAB3gAgAi4AIAcuACAH/gAgDH4AIAz+ACAAnmEAAp4QIAceECADvhAgDRfwQAduECAMbhAgDQ4QIAG+ICACPiAgBw4gIAMuICALGUDwB24gIAxeICAH7iAgBiOw0Af+ICAG/dCACA4gIAuu0CAIHiAgCPugsA0eICABrjAgAc4wIA3xMNACHjAgBv4wIAe+MCAMTjAgDT4wIAGeQCACrkAgBu5AIAcOQCAMPkAgDJ5AIAGOUCACTlAgBt5QIAdeUCAF7mEADI5QIAs+YQACPmAgAI5xAAb+YCALLnEADE5gIAB+gQAMbmAgAxygQAGecCAARFDAAj5wIAa+cCAHXnAgDA5wIAwucCABXoAgAo6AIAaugCAHLoAgCYWg0AdugCAL/oAgDF6AIAFOkCABrpAgBp6QIAbukCAL7pAgDE6QIAXOgQAB3qAgBo6gIAauoCAL3qAgDH6gIAEusCACDrAgBn6wIAbOsCALzrAgDJ6wIAEewCAB3sAgBm7AIAbOwCALvsAgDB7AIAEO0CABXtAgBl7QIAa+0CALHoEADI7QIAD+4CABzuAgBk7gIAa+4CALnuAgDB7gIADu8CAA/vAgCNZwsAEe8CAGPvAgAk7wIAj2ULAHfvAgC47wIAzu8CAA3wAgAm8AIAYvACAGfwAgC38AIAyPACAAbpEAAd8QIAYfECAGPxAgC28QIAwPECAAvyAgAZ8gIAYPICAGXyAgC18gIAwvICAArzAgAS8wIAX/MCAGvzAgC08wIAb/MCAAj1AgC68wIACfQCAA/0AgBe9AIAY/QCALP0AgC59AIAW+kQAAr1AgBd9QIAa/UCALL1AgDD9QIAsOkQAA72AgAF6hAAZPYCALH2AgBm9gIAmrMHAKP2AgCIZRIAv/YCAAb3AgDA9gIAVvwCAMH2AgDpDAoAE/cCAFv3AgBq9wIAsPcCALX3AgAF+AIAG/gCAFr4AgBb+AIAr/gCALH4AgAE+QIADvkCAFn5AgBn+QIArvkCAMf5AgAD+gIAFPoCAFj6AgBk+gIArfoCALX6AgAE6xAAFvsCAFf7AgBY+wIArPsCALj7AgAB/AIABPwCAFnrEABY/AIAq/wCALj8AgAA/QIADf0CAFX9AgBa/QIAqv0CALT9AgD//QIAB/4CAFT+AgBk/gIAqf4CALf+AgD+/gIAC/8CAFP/AgBa/wIAqP8CALD/AgD9/wIAAAADAFIAAwBmAAMApwADAL0AAwD8AAMAFQEDAFEBAwBWAQMApgEDALcBAwCu6xAAAwIDAAPsEAAHAgMASQIKABcCAwDypRIAXQIDAKUCAwCsAgMA+gIDAAYDAwBPAwMAXwMDAKQDAwCyAwMA+QMDAAYEAwBOBAMAWgQDAKMEAwCqBAMAWOwQAPoEAwBNBQMA/QQDAIYgBABaBQMAogUDAK8FAwD3BQMA/AUDAEwGAwBWBgMAoQYDAKkGAwD2BgMA+wYDAF5IBAD/BgMASwcDAE4HAwCgBwMArAcDAK3sEAD6BwMASggDAAEIAwCWtAoATwgDAJ8IAwCnCAMA9AgDAAoJAwBJCQMASwkDAJ4JAwCrCQMA8wkDAAcKAwAC7RAATQoDAJ0KAwClCgMASawKAKcKAwDyCgMA+goDAEcLAwBTCwMAnAsDAKkLAwDxCwMA9gsDAEYMAwBPDAMAmwwDALIMAwDwDAMA+wwDAFftEABTDQMAmg0DAJ0NAwDvDQMA8g0DAEQOAwBSDgMAmQ4DAKYOAwDuDgMABQ8DAEMPAwBLDwMAmA8DAJ4PAwDtDwMA+Q8DAEIQAwBMEAMAlxADAKAQAwDsEAMA8hADAEERAwBOEQMArO0QAKIRAwDrEQMApBEDADy5CgD6EQMAQBIDAFESAwCVEgMAlxIDAOoSAwDwEgMAPxMDAEsTAwCUEwMAmxMDAOkTAwDxEwMAPhQDAEAUAwCTFAMAoBQDAOgUAwDvFAMAPRUDAEUVAwCSFQMAnxUDAOcVAwDsFQMAPBYDAEYWAwCRFgMAmRYDAOYWAwDvFgMAOxcDAD4XAwCQFwMAnBcDAOUXAwDsFwMAAe4QAEcYAwCPGAMAUBgDAIodAwByGAMAjb0KAKoYAwDkGAMA5hgDADkZAwBKGQMAjhkDAJwZAwDjGQMA6hkDADgaAwBAGgMAjRoDAJIaAwDiGgMA4xoDADcbAwBDGwMAjBsDAJIbAwDhGwMA4xsDADYcAwBAHAMAixwDAJkcAwDgHAMA5RwDADUdAwBCHQMAVu4QAIsdAwDfHQMA5B0DADQeAwA6HgMAiR4DAJMeAwDeHgMA6h4DADMfAwA6HwMAiB8DAJAfAwDdHwMA3x8DADIgAwA/IAMAhyADAI4gAwDcIAMA5CADADEhAwA+IQMAhiEDAIshAwDbIQMA5SEDADAiAwA4IgMAhSIDAI4iAwDaIgMA3SIDAC8jAwA7IwMAhCMDAIsjAwCr7hAA5SMDAEavCgDtIwMALiQDADskAwCDJAMAjSQDANgkAwDaJAMALSUDAEAlAwCCJQMAiiUDANclAwDjJQMALCYDADImAwCBJgMAhyYDANYmAwDbJgMAKycDADEnAwAA7xAAjicDANUnAwDkJwMAKigDAEYoAwB/KAMASigDAOloAwCHKAMAVe8QAN0oAwApKQMANikDAH4pAwCIKQMA0ykDAOEpAwAoKgMAPioDAH0qAwCJKgMA0ioDANoqAwCq7xAALSsDAHwrAwCCKwMA0SsDANYrAwAmLAMALCwDAP/vEACALAMA0CwDANksAwAlLQMALy0DAHotAwCCLQMAzy0DANQtAwAkLgMANC4DAHkuAwCBLgMAzi4DANQuAwDMMAMA5y4DACMvAwAoLwMAeC8DAIEvAwDNLwMA2i8DACIwAwApMAMAdzADAHowAwBU8BAAzjADACExAwAuMQMAdjEDAI0xAwDLMQMA1zEDAKnwEAAnMgMAdTIDAH0yAwDKMgMAzjIDAB8zAwAtMwMAdDMDAH4zAwDJMwMA1DMDAB40AwAmNAMAczQDAHg0AwDINAMA4zQDAB01AwApNQMAcjUDAHg1AwDHNQMA1zUDABw2AwAtNgMAcTYDAHY2AwDGNgMAyjYDAP7wEAAkNwMAcDcDAIk3AwDFNwMAzzcDABo4AwAgOAMAbzgDAHE4AwDEOAMA0zgDABk5AwAjOQMAbjkDAHY5AwDDOQMAxzkDABg6AwAmOgMAbToDAHc6AwDCOgMAzToDABc7AwAfOwMAbDsDAHE7AwDBOwMA3DsDABY8AwAiPAMAazwDAHE8AwDAPAMA0DwDABU9AwAmPQMAaj0DAG89AwC/PQMAwz0DAFPxEAAdPgMAaT4DAHo+AwC+PgMAyD4DABM/AwAhPwMAaD8DAGk/AwC9PwMAzj8DABJAAwAmQAMAZ0ADAG9AAwC8QAMAwEADABFBAwAfQQMAZkEDAHBBAwC7QQMAxkEDABBCAwAYQgMAZUIDAGpCAwC6QgMA1UIDAA9DAwAbQwMAZEMDAGpDAwC5QwMAyUMDAA5EAwAfRAMAY0QDAGhEAwC4RAMAvEQDAKjxEAAbRQMAYkUDAH1FAwC3RQMAxUUDAAxGAwATRgMAYUYDAG1GAwC2RgMAvkYDAP3xEAAZRwMAYEcDAGpHAwC1RwMAwEcDAApIAwASSAMAX0gDAGRIAwC0SAMAz0gDAAlJAwAVSQMAXkkDAGRJAwCzSQMAw0kDAAhKAwAZSgMAXUoDAGJKAwCySgMAtkoDAFLyEAAYSwMAXEsDAGRLAwCxSwMAsksDAAZMAwALTAMAW0wDAGlMAwCwTAMAvUwDAAVNAwAPTQMAWk0DAGZNAwCvTQMAtU0DAAROAwAMTgMAWU4DAGBOAwCuTgMAuk4DAANPAwAJTwMAWE8DAGRPAwCtTwMAvU8DAAJQAwAOUAMAV1ADAF1QAwCsUAMAuFADAAFRAwAOUQMAVlEDAGVRAwCrUQMAt1EDAKfyEAADUgMAVVIDAFhSAwCqUgMAuFIDAP9SAwAWUwMAVFMDAGFTAwCpUwMAv1MDAP5TAwAKVAMAU1QDAGBUAwCoVAMAslQDAP1UAwAFVQMAUlUDAFxVAwCnVQMArFUDAPxVAwAEVgMAUVYDAF1WAwCmVgMAs1YDAPtWAwAFVwMAUFcDAFZXAwClVwMAuVcDAPpXAwACWAMAT1gDAF1YAwCkWAMAsVgDAPlYAwABWQMATlkDAFtZAwCjWQMAsVkDAPhZAwAJWgMATVoDAFVaAwCiWgMAuFoDAPdaAwD5WgMATFsDAE1bAwD88hAAplsDAOC8DQCvWwMA9lsDAAVcAwBLXAMAV1wDAKBcAwCoXAMAUfMQAPpcAwBKXQMAU10DAJ9dAwCsXQMA9F0DAPtdAwBJXgMATF4DAJ5eAwCmXgMA814DAPheAwBIXwMAUV8DAJ1fAwCnXwMA8l8DAPpfAwBHYAMATGADAJxgAwCsYAMA8WADAPlgAwBGYQMATGEDAJthAwCdYQMA8GEDAP1hAwBFYgMAXGIDAJpiAwCmYgMApvMQAPtiAwBEYwMAW2MDAJljAwClYwMA7mMDAPRjAwBDZAMAS2QDAJhkAwCfZAMA7WQDAPtkAwBCZQMAXWUDAJdlAwClZQMA7GUDAPNlAwBBZgMATWYDAJZmAwCeZgMA+/MQAP9mAwBAZwMASGcDAJVnAwDGZwMA6mcDAPZnAwA/aAMARWgDAJRoAwCZaAMAUPQQAPVoAwA+aQMARWkDAJNpAwCbaQMA6GkDAOppAwA9agMAR2oDAJJqAwCaagMApfQQAPVqAwDZeAMA9moDADxrAwA+awMAkWsDAKJrAwDmawMA92sDADtsAwBHbAMAkGwDAJdsAwDlbAMA7WwDADptAwBnbQMAj20DAJRtAwDkbQMA5W0DADluAwBDbgMAjm4DAJxuAwDjbgMA6G4DADhvAwBFbwMAjW8DAKlvAwDibwMA/m8DAPr0EABEcAMAjHADAJBwAwDhcAMA53ADADZxAwA4cQMAi3EDAIxxAwDgcQMAA3IDADVyAwBZcgMAinIDALdyAwDfcgMA53IDADRzAwA5cwMAiXMDAJZzAwDecwMA5nMDADN0AwA1dAMAiHQDAJB0AwDddAMACnUDADJ1AwA/dQMAh3UDAIx1AwDcdQMA6XUDADF2AwA9dgMAhnYDALN2AwDbdgMA43YDADB3AwBLdwMAhXcDAId3AwDadwMA63cDAC94AwA4eAMAhHgDAJB4AwBP9RAA5ngDAC55AwA1eQMAg3kDAI95AwDYeQMA63kDAC16AwA1egMAgnoDAId6AwDXegMA4HoDACx7AwA2ewMAgXsDAIl7AwDWewMA23sDACt8AwA7fAMAgHwDAIh8AwDVfAMA7nwDACp9AwAvfQMAf30DAIh9AwDUfQMA4X0DACl+AwAwfgMAfn4DAIF+AwCk9RAA2H4DACh/AwDgfgMAboUMADF/AwB9fwMAhX8DANJ/AwDdfwMAJ4ADACmAAwB8gAMAl4ADANGAAwDdgAMAJoEDAC6BAwD59RAAiIEDANCBAwDYgQMAJYIDADGCAwB6ggMAgIIDAM+CAwDVggMAJIMDACmDAwB5gwMAf4MDAE72EADbgwMAI4QDACuEAwB4hAMAjIQDAM2EAwDShAMAIoUDACuFAwB3hQMAfYUDAMyFAwDUhQMAIYYDACSGAwB2hgMAk4YDAMuGAwDchgMAIIcDACiHAwB1hwMAeIcDAMqHAwDehwMAH4gDACyIAwB0iAMAfogDAMmIAwDLiAMAHokDADGJAwD49hAAeIkDAMiJAwDZiQMAHYoDACaKAwByigMAiIoDAMeKAwDUigMAHIsDACSLAwBxiwMAkIsDAE33EADSiwMAG4wDACOMAwCi9xAAc4wDAMWMAwDNjAMAGo0DACeNAwBvjQMAdI0DAMSNAwDMjQMAGY4DABqOAwBujgMAcI4DAMOOAwDJjgMAGI8DABqPAwBtjwMAg48DAMKPAwDOjwMAF5ADACGQAwBskAMAeJADAMGQAwDHkAMAFpEDAB6RAwBrkQMAnZEDAPf3EADJkQMAFZIDAB+SAwBqkgMAcpIDAL+SAwDAkgMAFJMDABqTAwBpkwMAdZMDAL6TAwC/kwMAE5QDABWUAwBolAMAbpQDAL2UAwDJlAMAEpUDABmVAwBnlQMAb5UDALyVAwC/lQMAEZYDABuWAwBmlgMAaJYDALuWAwDFlgMAEJcDAByXAwBllwMAe5cDALqXAwDGlwMAD5gDAByYAwBkmAMAbpgDALmYAwDBmAMADpkDACCZAwBM+BAAZZkDALiZAwDCmQMADZoDAA+aAwBimgMAe5oDALeaAwC5mgMADJsDAA+bAwBhmwMAbZsDALabAwC+mwMAofgQAB+cAwBgnAMAY5wDALWcAwC/nAMACp0DABadAwBfnQMAdZ0DALSdAwC8nQMACZ4DABeeAwBengMAYZ4DALOeAwC7ngMACJ8DAAufAwBdnwMAFp8DAFamAwBnnwMAsp8DAGifAwCvogMAtJ8DAAegAwANoAMAXKADAGagAwCxoAMAv6ADAAahAwAToQMAW6EDAHKhAwCwoQMAuKEDAAWiAwAOogMAWqIDAFuiAwD2+BAAuKIDAASjAwAOowMAWaMDAGOjAwCuowMAvKMDAAOkAwAQpAMAWKQDAG+kAwCtpAMAtaQDAAKlAwAJpQMAV6UDAFylAwCspQMAsKUDAAGmAwAOpgMAS/kQAGOmAwCrpgMAs6YDAACnAwAGpwMAVacDAGGnAwCqpwMAuacDAP+nAwAEqAMAVKgDAG+oAwCpqAMAtagDAP6oAwAEqQMAU6kDAGepAwCoqQMAsKkDAP2pAwATqgMAUqoDAFeqAwCnqgMArqoDAPyqAwAIqwMAoPkQAFirAwCmqwMAtKsDAPurAwAIrAMAUKwDAGesAwClrAMArawDAPqsAwAArQMAT60DAFutAwCkrQMAq60DAPmtAwAHrgMATq4DAFGuAwCjrgMAq64DAPiuAwAGrwMATa8DAFCvAwCirwMAqq8DAPevAwAIsAMATLADAFGwAwChsAMAo7ADAPawAwD9sAMAS7EDAFmxAwCgsQMArbEDAPWxAwAMsgMASrIDAFKyAwCfsgMAqbIDAPSyAwD/sgMASbMDAFWzAwCeswMAprMDAPX5EAD1swMASLQDAFK0AwCdtAMAn7QDAPK0AwD1tAMAR7UDAFO1AwCctQMAprUDAPG1AwD5tQMARrYDAFS2AwCbtgMAqLYDAPC2AwD4tgMARbcDAFu3AwCatwMAprcDAO+3AwAFuAMARLgDAEm4AwCZuAMAn7gDAO64AwACuQMASvoQAEa5AwCYuQMAoLkDAO25AwD7uQMAQroDAAO6AwDaHQgAT7oDAJe6AwCfugMA7LoDAPa6AwBBuwMATLsDAJa7AwCiuwMA67sDAPO7AwCf+hAARrwDAJW8AwCavAMA6rwDAPm8AwA/vQMAS70DAJS9AwCXvQMA6b0DAOy9AwA+vgMARr4DAJO+AwCYvgMA6L4DAPi+AwA9vwMARb8DAJK/AwCVvwMA578DAPG/AwA8wAMAPsADAJHAAwCXwAMA5sADAPDAAwA7wQMAScEDAJDBAwCdwQMA5cEDAPzBAwA6wgMAQsIDAI/CAwCYwgMA5MIDAOXCAwD0+hAARcMDAI7DAwCRwwMAq/UJAJ3DAwDjwwMAocMDAGblCQDtwwMAOMQDAEDEAwDCOQQARMQDAHZ6DwBGxAMAjcQDAFTEAwAm0QgAksQDAOLEAwCaxAMAs5wFAO/EAwA3xQMAOsUDANpwCgA9xQMA5roJAD/FAwCMxQMAQcUDADF1BABDxQMAbTcGAI/FAwBfQwgAksUDAO22BgCWxQMA4cUDAJrFAwAKQQoAnMUDADEcCADmxQMANsYDAO3FAwBCuQQA78UDAN8WCgA+xgMAi8YDAI7GAwDgxgMA7MYDADXHAwA7xwMAiscDAKXHAwDfxwMA68cDADTIAwA6yAMAicgDAJHIAwDeyAMA4MgDADPJAwDjyAMA3ckDAD3JAwCIyQMAkMkDAEn7EADqyQMAMsoDADrKAwCHygMAisoDANzKAwDhygMAMcsDAEDLAwCGywMApssDANvLAwDnywMAMMwDADrMAwCFzAMAjcwDANrMAwDszAMA8/sQADnNAwCEzQMAks0DANnNAwDmzQMALs4DAEXOAwCDzgMAi84DANjOAwDnzgMALc8DADLPAwCCzwMAj88DANfPAwDkzwMALNADADjQAwCB0AMAkNADANbQAwDg0AMAK9EDADnRAwCA0QMAhdEDANXRAwDi0QMAKtIDAC3SAwB/0gMAh9IDANTSAwDZ0gMAKdMDADbTAwB+0wMAhtMDANPTAwDc0wMAKNQDADXUAwB91AMAi9QDANLUAwDl1AMAJ9UDAC/VAwB81QMAg9UDANHVAwDW1QMAJtYDADzWAwB71gMAfdYDANDWAwDe1gMAJdcDADLXAwB61wMAgtcDAM/XAwDS1wMAJNgDACnYAwB52AMAiNgDAM7YAwDu2AMAI9kDAC/ZAwB42QMAgtkDAM3ZAwDV2QMAItoDADTaAwBI/BAAiNoDAMzaAwDT2gMAIdsDACnbAwB22wMAg9sDAMvbAwDQ2wMAINwDACrcAwB13AMAfdwDAMrcAwDM3AMAdIEKAM/cAwBkPggA1NwDAE+mCgDZ3AMAH90DANrcAwDDMwkAJN0DAHTdAwCB3QMAyd0DANbdAwAe3gMAKt4DAHPeAwCC3gMAyN4DANLeAwAd3wMAJd8DAHLfAwB83wMAx98DAMzfAwAc4AMAJOADAJ38EAB94AMAxuADAMzgAwAb4QMANuEDAHDhAwB84QMAxeEDAMvhAwAa4gMANuIDAG/iAwB34gMA8vwQAMziAwAZ4wMAI+MDAG7jAwB54wMAw+MDAM/jAwAY5AMAIOQDAEf9EAB55AMAwuQDAMjkAwAX5QMAMuUDAGzlAwB45QMAweUDAMflAwAW5gMAHuYDAGvmAwBx5gMAwOYDAMnmAwAV5wMAIucDAGrnAwB35wMAv+cDAM3nAwAU6AMAIegDAGnoAwCA6AMAvugDAMboAwAT6QMAGOkDAGjpAwAk6QMAZusDAHXpAwC96QMAxekDABLqAwAd6gMAZ+oDAGzqAwC86gMAv+oDABHrAwAb6wMAnP0QAGvrAwC76wMAyusDABDsAwAS7AMAZewDAHbsAwC67AMAy+wDAA/tAwAj7QMA8f0QAHXtAwC57QMAvO0DAA7uAwDB7QMAEuYHAMbtAwDYbQ8AGO4DAGPuAwBl7gMAuO4DAMLuAwAN7wMAGe8DAGLvAwCM7wMAt+8DAMLvAwAM7wQA3e8DAAzwAwA/8AMAYfADAIfwAwC28AMA3PADAAvxAwA/8QMAYPEDAIvxAwC18QMAvfEDAAryAwA08gMAX/IDAJTyAwC08gMA3/IDAAnzAwAR8wMAXvMDAG3zAwCz8wMAuPMDAAj0AwAR9AMAXfQDABX0AwAA/AMAbvQDALL0AwC59AMAB/UDAA/1AwBc9QMAafUDALH1AwC29QMABvYDABD2AwBb9gMAY/YDALD2AwC69gMApAIEAL/2AwAF9wMACvcDAFr3AwBn9wMAr/cDALz3AwAE+AMAEPgDAFn4AwBo+AMArvgDALj4AwAD+QMAC/kDAFj5AwBi+QMArfkDALL5AwAC+gMACvoDAEb+EABj+gMArPoDALL6AwAB+wMAHPsDAFb7AwBi+wMAq/sDALH7AwCb/hAADfwDAFX8AwBh/AMAqvwDALn8AwD//AMACf0DAFT9AwBi/QMAqf0DAK79AwD+/QMAC/4DAFP+AwBb/gMAqP4DALL+AwD9/gMAAv8DAFL/AwBa/wMAp/8DAKr/AwD8/wMACAAEAFEABABXAAQApgAEAMEABAD7AAQABwEEAFABBABWAQQApQEEAK0BBAD6AQQA/AEEAE8CBABZAgQA8P4QAKoCBAD5AgQA+wIEAE4DBABbAwQAowMEAKYDBAD4AwQACQQEAE0EBABPBAQAogQEAKwEBAD3BAQAAwUEAEwFBABUBQQARf8QAKYFBAD2BQQA+QUEAEsGBABVBgQAoAYEAKgGBAD1BgQAAgcEAEoHBABMBwQAnwcEALUHBAD0BwQAAAgEAJr/EABlCAQAnggEALoIBADv/xAA+AgEAEgJBABVCQQAnQkEAKoJBADyCQQA/gkEAEcKBABWCgQAnAoEAKYKBADxCgQA/woEAEYLBABLCwQAmwsEAKgLBADwCwQACQwEAEUMBABHDAQAmgwEAKEMBABEABEADA0EAEQNBABVDQQAmQ0EAKUNBADuDQQAAQ4EAEMOBABSDgQAmA4EAKQOBADtDgQA7g4EAEIPBABMDwQAlw8EAKUPBADsDwQA8Q8EAEEQBABOEAQAmQARAJsQBADrEAQA+BAEAEARBABNEQQAlREEAKERBADqEQQA+REEAD8SBABJEgQAlBIEAKISBADpEgQA7hIEAD4TBABLEwQAkxMEAJsTBACYAREA7RMEAD0UBABFFAQA7QERAJQUBADnFAQA9RQEADwVBABNFQQAQgIRAJgVBACXAhEA6xUEADsWBABDFgQAkBYEAJ8WBADlFgQA6hYEADoXBABHFwQAjxcEAJwXBADkFwQA8BcEADkYBABIGAQAjhgEAJgYBABBAxEA5RgEAGKPDgDpGAQAb4QMAPYYBAA4GQQARxkEAI0ZBACZGQQA4hkEAOMZBAA3GgQAQRoEAIwaBACaGgQA4RoEAOYaBAA2GwQAQxsEAJYDEQCPGwQA4BsEAOsbBAA1HAQAQxwEAIocBACbHAQA3xwEAOscBAA0HQQAPB0EAOsDEQCOHQQA3h0EAOsdBAAzHgQAQB4EAIgeBACUHgQA3R4EAOweBAAyHwQAPB8EAIcfBACVHwQA3B8EAOkfBAAxIAQASCAEAEAEEQCTIAQA2yAEAOggBAAwIQQAPCEEAIUhBACUIQQA2iEEAOQhBAAvIgQAPSIEAIQiBABLIgQAxYYJAIkiBADZIgQA5iIEAC4jBAA2IwQAlQQRAI8jBADYIwQA6CMEAC0kBAA2JAQAgiQEAIUkBADXJAQA4yQEACwlBAAzJQQA6gQRAI4lBADWJQQA5SUEACsmBAAsJgQAgCYEAJcmBADVJgQA7yYEAConBAA2JwQAfycEAJInBADUJwQA4ycEACkoBAA1KAQAfigEAH8oBADTKAQA3SgEACgpBAA2KQQAfSkEAIIpBADSKQQA3ykEAD8FEQBBKgQAfCoEAIsqBADRKgQA0yoEACYrBADWKgQAdTEEADMrBAB7KwQAiCsEANArBADVKwQAJSwEAC8sBAB6LAQAiSwEAM8sBADULAQAJC0EADEtBAB5LQQAhi0EAM4tBADaLQQAIy4EADIuBAB4LgQAgi4EAM0uBADaLgQAIi8EACcvBAB3LwQAey8EAMwvBADYLwQAITAEACcwBAB2MAQAfDAEAMswBADQMAQAIDEEACYxBACUBREAgjEEAMoxBADXMQQAHzIEACsyBAB0MgQAgzIEAMkyBADTMgQAHjMEACwzBABzMwQAeDMEAMgzBADVMwQAHTQEACQ0BAByNAQAdzQEAMc0BADTNAQAHDUEAB81BABxNQQAfjUEAMY1BADLNQQAGzYEACU2BABwNgQAfDYEAMU2BADYNgQAGjcEACg3BABvNwQAcjcEAMQ3BADONwQAGTgEACU4BABuOAQAdDgEAMM4BADJOAQAGDkEAB05BABtOQQAczkEAOkFEQDMOQQAxN8GAM45BAAnJQkA0TkEABc6BAAZOgQAbDoEAH06BADBOgQA0joEABY7BAAeOwQAazsEAHs7BADAOwQAwjsEABU8BAAjPAQAajwEAHs8BAA+BhEAxjwEAJMGEQAVPQQAaT0EAG49BAC+PQQAbz0EAD1pBADEPQQAEz4EAB0+BABoPgQAdD4EAL0+BADDPgQAEj8EABg/BABnPwQAbD8EALw/BADCPwQA6AYRAB9ABABmQAQAf0AEALtABAC8QAQAEEEEAC1BBABlQQQAbUEEAJhjBAB/QQQAukEEAL1BBAAPQgQAFEIEAOcHEQB9QgQAuUIEAL9CBAAOQwQAz0IEAKj9BAAQQwQAY0MEAGlDBAC4QwQAzEMEAA1EBAAVRAQAYkQEAG9EBAC3RAQAvEQEAAxFBAAWRQQAYUUEAGlFBAC2RQQAx0UEAAtGBAAQRgQAYEYEAGJGBAC1RgQAvEYEAApHBAAWRwQAX0cEAGZHBAC0RwQA0EcEAAlIBAARSAQAPAgRAF9IBACzSAQAv0gEAAhJBAAVSQQAXUkEAGVJBACySQQAtUkEAAdKBAASSgQAXEoEAF5KBACxSgQAt0oEAAZLBAASSwQAW0sEAGJLBACwSwQAuEsEAAVMBAAKTAQAWkwEAHNMBACvTAQA20wEAARNBAAQTQQAWU0EAGhNBACuTQQAuE0EAANOBAALTgQAWE4EAGhOBACtTgQAu04EAAJPBAATTwQAV08EAGNPBACRCBEAsU8EAAFQBAAJUAQAVlAEAFdQBACrUAQAbFAEAOhhCwDIUAQAAFEEAAhRBABVUQQAWVEEAKpRBACwUQQA/1EEAAFSBABUUgQAVVIEAKlSBACqUgQA/lIEAApTBABTUwQAWVMEAKhTBACwUwQA/VMEAP9TBABSVAQAbVQEAKdUBACpVAQA/FQEAApVBABRVQQAYlUEAKZVBACoVQQA+1UEABRWBABQVgQAYVYEAKVWBACxVgQA5ggRAAhXBABPVwQAFlcEALDyBwBlVwQApFcEAKVXBAD5VwQAClgEAE5YBABaWAQAo1gEALlYBAD4WAQABFkEAE1ZBABaWQQAolkEAKxZBAD3WQQA+VkEAExaBABWWgQAoVoEAK9aBAD2WgQA+1oEAEtbBABYWwQAoFsEALxbBAD1WwQA/VsEADsJEQBYXAQAn1wEALhcBAD0XAQA9VwEAEldBABmXQQAnl0EAKZdBADzXQQABF4EAEheBABWXgQAnV4EALZeBADyXgQA+F4EAEdfBABJXwQAnF8EAKJfBADxXwQABWAEAEZgBABOYAQAm2AEAKhgBADwYAQA9WAEAEVhBABPYQQAmmEEAKJhBADvYQQA/2EEAERiBABJYgQAmWIEAKJiBADuYgQA+2IEAENjBABKYwQAkAkRAKljBADtYwQA+2MEAEJkBABbZAQAl2QEAJ1kBADsZAQA7mQEAEFlBABHZQQAlmUEAKplBADrZQQA82UEAEBmBABNZgQAlWYEAJpmBADqZgQA9GYEAD9nBABHZwQAlGcEAKRnBADpZwQA7mcEAD5oBABHaAQAk2gEAKBoBADoaAQA72gEAOUJEQBCaQQAkmkEAJNpBADnaQQA82kEADxqBABCagQAkWoEAKJqBADmagQA+moEADtrBABKawQAkGsEAJVrBADlawQA8msEADpsBABKbAQAj2wEAJ1sBADkbAQA+2wEADltBABCbQQAjm0EAJRtBADjbQQA720EADhuBAA/bgQAjW4EAKluBADibgQA6m4EADoKEQA9bwQAjG8EAJJvBADhbwQA5m8EADZwBAA8cAQAjwoRAJBwBADgcAQA4nAEADVxBAA8cQQAinEEAJhxBADfcQQA7HEEADRyBABLcgQAiXIEAJFyBADecgQA33IEADNzBAA2cwQAiHMEAJxzBADdcwQA7HMEADJ0BAA3dAQAh3QEAIh0BADcdAQA83QEADkLEQA/dQQAhnUEAJx1BADbdQQA53UEADB2BAA1dgQAhXYEAI52BADadgQA5HYEAC93BAA7dwQA+1MGAEt3BACEdwQAjHcEAI4LEQDedwQALngEADt4BACDeAQAkHgEANh4BADkeAQALXkEADx5BACCeQQAjHkEANd5BADleQQALHoEADF6BACBegQAjnoEANZ6BADeegQA4wsRADl7BACAewQAlnsEANV7BADhewQAKnwEAC98BAB/fAQAiHwEANR8BADefAQAKX0EADF9BAB+fQQAin0EANN9BADmfQQAKH4EACl+BAB9fgQAi34EANJ+BADYfgQAJ38EADN/BAB8fwQAg38EADgMEQDbfwQAJoAEAC6ABAB7gAQAgYAEAEmtCQCKgAQA0IAEANWABAAP7AQA1oAEACWBBAAxgQQAeoEEAHyBBADPgQQA2YEEACSCBAAwggQAeYIEAIGCBACNDBEA1oIEACODBAAygwQAeIMEAH2DBADNgwQA2oMEACKEBAAvhAQAd4QEAIOEBADMhAQA24QEACGFBAArhQQAdoUEAISFBADLhQQA0IUEACCGBAAthgQAdYYEAH2GBADKhgQA1IYEAB+HBAAkhwQAdIcEAHyHBADJhwQA1IcEAB6IBAAjiAQAc4gEAHaIBADIiAQA0ogEAB2JBAAliQQA4gwRAHeJBADHiQQA1okEAByKBAAeigQAcYoEAIKKBADGigQA0YoEABuLBAAgiwQAcIsEAHOLBADFiwQAz4sEABqMBAAijAQAb4wEAHGMBADEjAQA0YwEABmNBAAgjQQAbo0EAHaNBADDjQQAxI0EABiOBAAdjgQAbY4EAHOOBADCjgQAzI4EABePBAAfjwQANw0RAKKPBADBjwQA9o8EABaQBAAwkAQAa5AEAJGQBADAkAQA2pAEABWRBAA7kQQAapEEAISRBAC/kQQA6JEEABSSBAAckgQAaZIEAGuSBAC+kgQAy5IEABOTBAAakwQAaJMEAHCTBAC9kwQAvpMEABKUBAAXlAQAZ5QEAG2UBAC8lAQAxpQEABGVBAAZlQQAjA0RAIKVBADhDREAw5UEABCWBAASlgQAZZYEAHKWBAC6lgQAwZYEAA+XBAAXlwQAZJcEAGWXBAC5lwQAvpcEAA6YBAAUmAQAY5gEAG2YBAC4mAQAwJgEADYOEQASmQQAYpkEAGSZBAC3mQQAvpkEAAyaBAAamgQAYZoEAG6aBAC2mgQAzZoEAAubBAATmwQAYJsEAGqbBAC1mwQAdpsEAFf5BADAmwQACpwEABacBABfnAQAZ5wEAIsOEQC1nAQACZ0EAL6cBAAzcgUAypwEAPFeBQAOnQQAXp0EAGGdBACznQQAvZ0EAAieBAAfngQAXZ4EAGOeBACyngQAvp4EAAefBAAKnwQAXJ8EAHmfBACxnwQAwp8EAAagBAAloAQAW6AEAGOgBACwoAQAsqAEAAWhBAAUoQQAWqEEAGShBACvoQQAvaEEAASiBAAfogQAWaIEAGWiBACuogQAtqIEAOAOEQAPowQAWKMEAGejBACtowQAsqMEAAKkBAAIpAQAV6QEAF6kBACspAQAtKQEAAGlBAADpQQAVqUEAF2lBACrpQQAraUEAACmBAABpgQAVaYEAF+mBACqpgQAtqYEAP+mBAAFpwQAVKcEAG6nBACppwQAsacEAP6nBAAUqAQAU6gEAGGoBACoqAQAq6gEAP2oBAAAqQQAUqkEAGCpBACnqQQAtKkEAPypBAATqgQAUaoEAFmqBACmqgQAqKoEAPuqBAADqwQAUKsEAGerBAClqwQAsasEAPqrBAAQrAQAT6wEAFesBACkrAQAsqwEAPmsBAADrQQATq0EAFatBACjrQQAqq0EAPitBAAErgQATa4EAE6uBACirgQArq4EAPeuBAAErwQATK8EAFOvBAChrwQApK8EAPavBAD+rwQAS7AEAFCwBACgsAQArbAEAPWwBAAlsQQASrEEAFKxBAA1DxEAp7EEAFFIEQC7sQQA9LEEAPyxBACKDxEAV7IEAJ6yBACgsgQA87IEAASzBABIswQAULMEAJ2zBACpswQA8rMEAPizBABHtAQATbQEAJy0BAChtAQA8bQEAPe0BADfDxEAS7UEAJu1BABStQQA+qINAKO1BADwtQQA9bUEAOtfCgD2tQQAiGwLAPy1BAAuHAsA/7UEAEW2BAABtgQA4GkLAEq2BACatgQAS7YEAPdUCQCntgQA77YEAPy2BABEtwQAULcEAJm3BACotwQA7rcEAPi3BAAzEREATbgEAJi4BACduAQA7bgEAPW4BACIEREASLkEAJe5BACtuQQA7LkEAPq5BABBugQATroEAJa6BACYugQA67oEAPW6BABAuwQATLsEAJW7BACcuwQA6rsEAPK7BAA/vAQARrwEAJS8BACdvAQA6bwEAPW8BAA+vQQARr0EADISEQCYvQQA6L0EAPC9BAA9vgQATL4EAJK+BACXvgQA574EAPS+BAA8vwQASb8EAJG/BACdvwQA5r8EAPW/BAA7wAQARcAEAJDABACewAQA5cAEAOrABAA6wQQAR8EEAI/BBACXwQQA5MEEAO7BBAA5wgQAR8IEAI7CBACkwgQA48IEAO/CBAA4wwQAPcMEAI3DBACWwwQA4sMEAOzDBACHEhEAQcQEAIzEBACYxAQA4cQEAOnEBADcEhEAO8UEAIvFBACYxQQA4MUEAO3FBAA1xgQAQcYEAIrGBACZxgQA38YEAOnGBAA0xwQATMcEAInHBACTxwQA3scEAOzHBAAzyAQAScgEAIjIBACUyAQA3cgEAOLIBAAyyQQAO8kEAIfJBACRyQQA3MkEAOTJBAAxExEAPsoEAIbKBABHygQA5GAQAJPKBADbygQA58oEADDLBAA/ywQAhcsEAI/LBADaywQA6MsEAC/MBAA8zAQAhMwEAJvMBADZzAQA4cwEAC7NBAA4zQQAg80EAIjNBADYzQQA4M0EAIYTEQA5zgQAgs4EAIjOBADXzgQA8s4EACzPBAA4zwQAgc8EAIfPBADbExEA3s8EADAUEQAw0AQAgNAEAI3QBADV0AQA4tAEACrRBAA20QQAf9EEAI7RBADU0QQA3tEEACnSBAA30gQAftIEAIPSBADT0gQA4NIEACjTBAAw0wQAhRQRAInTBADS0wQA4tMEACfUBAAw1AQAfNQEAH/UBADR1AQA3dQEACbVBAAt1QQA2hQRAInVBADQ1QQA5tUEACXWBAAx1gQAetYEAIHWBADP1gQA19YEACTXBAAp1wQAedcEAILXBADO1wQA2NcEAC8VEQAo2AQAeNgEAC/YBADJ3AQAgNgEAM3YBADT2AQAItkEACfZBAB32QQAgNkEAMzZBADW2QQAIdoEAC3aBAB22gQAftoEAIQVEQDQ2gQAINsEACjbBAB12wQAgNsEAMrbBADP2wQAH9wEACLcBAB03AQAftwEANkVEQDT3AQAHt0EACLdBABz3QQAeN0EAMjdBADO3QQAHd4EAD3eBABy3gQAet4EAMfeBADV3gQAHN8EAB/fBABx3wQAed8EAMbfBADP3wQAG+AEACjgBABw4AQAduAEAMXgBADR4AQAGuEEABzhBABv4QQAfuEEAMThBADP4QQAGeIEABviBABu4gQAh+IEAMPiBADU4gQAGOMEACTjBAAuFhEAdeMEAMLjBADi4wQAF+QEACXkBABs5AQAeeQEAMHkBADI5AQAFuUEADLlBABr5QQAc+UEAIMWEQDF5QQAFeYEACLmBABq5gQAd+YEAL/mBADL5gQAFOcEACPnBABp5wQAc+cEAL7nBADT5wQAE+gEABvoBABo6AQAd+gEAL3oBAC/6AQAEukEABvpBABn6QQAaukEALzpBADI6QQAEeoEAC3qBABm6gQAbuoEANgWEQDA6gQAEOsEACbrBABl6wQAcesEALrrBADd6wQALRcRABzsBABk7AQAcewEALnsBADF7AQADu0EAB3tBABj7QQAbe0EALjtBADA7QQADe4EABfuBABi7gQAZ+4EALfuBAC/7gQAghcRACDvBABh7wQAh+8EALbvBADc7wQAC/AEADHwBABg8AQAi/AEALXwBAC98AQACvEEADTxBABf8QQAlfEEALTxBADa8QQACfIEAC/yBABe8gQAlPIEALPyBADe8gQACPMEABDzBABd8wQAYvMEAANNBQBs8wQAsvMEALfzBAAH9AQAFPQEAFz0BABp9AQAsfQEAL30BAAG9QQAFfUEAFv1BABl9QQAsPUEAL71BAAF9gQACvYEAFr2BABn9gQAr/YEALf2BAAE9wQACvcEAFn3BAAO9wQAW0oFAGX3BACu9wQAvvcEAAP4BAAM+AQAWPgEAFv4BACt+AQAufgEAAL5BAAJ+QQA1xcRAGv5BACs+QQAr/kEAAH6BAAe+gQAVvoEAGf6BACr+gQAsvoEAAD7BAAZ+wQAVfsEAF37BACq+wQAwPsEAP/7BAAE/AQAVPwEAFv8BACp/AQAsvwEAP78BAAP/QQAU/0EAF/9BAAsGBEAqv0EAPoABQC8/QQA/f0EAAD+BABS/gQAb/4EAKf+BAC4/gQA/P4EAAv/BABR/wQAYv8EAKb/BAC0/wQA+/8EAAcABQBQAAUAXQAFAKUABQCvAAUAgRgRAAABBQBPAQUAXQEFAKQBBQCmAQUA+QEFAAACBQBOAgUAZwIFANYYEQCsAgUA+AIFAAUDBQBNAwUAWwMFAKIDBQCxAwUA9wMFAPkDBQBMBAUAVgQFAKEEBQCvBAUA9gQFAPsEBQBLBQUAWAUFAKAFBQCjBQUA9QUFAAEGBQBKBgUAXQYFAJ8GBQCuBgUA9AYFAAAHBQBJBwUASgcFAJ4HBQCoBwUA8wcFAAEIBQBICAUATQgFAJ0IBQCqCAUAKxkRAPcIBQBHCQUAXQkFAJwJBQCyCQUA8QkFAPoJBQBGCgUAUwoFAJsKBQCpCgUA8AoFAP8KBQBFCwUARwsFAJoLBQCkCwUA7wsFAP0LBQBEDAUASQwFAJkMBQCmDAUA7gwFAPEMBQBDDQUASw0FAJgNBQCpDQUA7Q0FAPsNBQBCDgUATw4FAJcOBQC3DgUA7A4FAPQOBQBBDwUAUQ8FAJYPBQCYDwUA6w8FAPkPBQBAEAUAURAFACoaEQCbEAUA6hAFAPYQBQB/GhEARhEFAJQRBQBMEQUA+v4GAJsRBQDpEQUA7xEFAD4SBQBKEgUAkxIFAJYSBQDoEgUA6xIFAD0TBQBlEwUAkhMFALUTBQDnEwUA8hMFADwUBQBBFAUAkRQFAJQUBQDmFAUA8BQFADsVBQBjFQUA1BoRAJUVBQDlFQUA8hUFADoWBQBHFgUAjxYFAJsWBQDkFgUA8xYFADkXBQBDFwUAjhcFAJYXBQDjFwUA7RcFADgYBQA9GAUAjRgFAJUYBQApGxEA7xgFADcZBQBLGQUAjBkFAJQZBQDhGQUA5hkFADYaBQBGGgUAixoFAJMaBQDgGgUA6hoFADUbBQBAGwUAihsFAJYbBQDfGwUA5xsFAH4bEQA1HAUAiRwFAJUcBQDeHAUA7RwFADMdBQBBHQUAiB0FAJgdBQDdHQUA6x0FADIeBQA+HgUAhx4FAI4eBQDcHgUA5B4FADEfBQBHHwUAhh8FAJofBQDbHwUA3h8FADAgBQBNIAUAhSAFAJYgBQDaIAUA4iAFAC8hBQA6IQUAhCEFAIkhBQDZIQUA3CEFAC4iBQA4IgUAgyIFAIYiBQDTGxEA2iIFACwhCADdIgUALSMFADAjBQCCIwUAjCMFANcjBQDfIwUALCQFAEskBQAoHBEAlSQFANYkBQD8JAUAKyUFAFElBQCAJQUApiUFANUlBQANJgUAKiYFAGAmBQB/JgUApSYFANQmBQD6JgUAKScFAF8nBQB+JwUAoicFANMnBQDvJwUAKCgFADAoBQB9HBEAgigFANIoBQDfKAUAJykFADQpBQB8KQUAiCkFANEpBQDgKQUAJioFADAqBQB7KgUAiSoFANAqBQDVKgUAJSsFADIrBQB6KwUAgisFANIcEQDbKwUAJCwFADQsBQB5LAUAgiwFAM4sBQDRLAUAIy0FAC8tBQB4LQUAfy0FACcdEQDbLQUAIi4FADguBQB3LgUAgy4FAMwuBQDTLgUAIS8FACkvBQB2LwUAey8FAMsvBQDULwUAIDAFACowBQB8HREAdjAFAMowBQDWMAUAHzEFACUxBQB0MQUAdjEFAMkxBQDTMQUAHjIFACwyBQBzMgUAeDIFAMgyBQDVMgUAHTMFACUzBQByMwUAfDMFAMczBQDVMwUAHDQFADI0BQBxNAUAfTQFAMY0BQDNNAUAGzUFACM1BQBwNQUAdTUFAMU1BQDONQUAGjYFACQ2BQDRHREAcjYFAMQ2BQDhNgUAGTcFACo3BQBuNwUAfDcFAMM3BQDbNwUAGDgFABs4BQBtOAUAijgFAMI4BQDTOAUAFzkFAC85BQBsOQUAeDkFAME5BQDUOQUAFjoFACU6BQBrOgUAdzoFAMA6BQDBOgUAFTsFAB87BQBqOwUAeDsFAL87BQDEOwUAFDwFACE8BQAmHhEAbjwFAL48BQDLPAUAEz0FACA9BQBoPQUAdD0FAL09BQDMPQUAEj4FABw+BQBnPgUAdT4FALw+BQDBPgUAET8FAB4/BQBmPwUAbj8FACUfEQDHPwUAEEAFACBABQBlQAUAbkAFALpABQC9QAUAD0EFABtBBQBkQQUAa0EFAHofEQDHQQUADkIFACRCBQBjQgUAb0IFALhCBQC/QgUADUMFABVDBQBiQwUAZ0MFALdDBQDAQwUADEQFABZEBQDPHxEAYkQFALZEBQDCRAUAC0UFABFFBQBgRQUAYkUFALVFBQC/RQUACkYFABhGBQBfRgUAZEYFALRGBQDBRgUACUcFABFHBQBeRwUAaEcFALNHBQDBRwUACEgFAB5IBQBdSAUAaUgFALJIBQC5SAUAB0kFAA9JBQBcSQUAYUkFALFJBQC6SQUABkoFABBKBQAkIBEAaUoFALBKBQDGSgUABUsFABFLBQBaSwUAYUsFAK9LBQC3SwUABEwFAAlMBQBZTAUAYkwFAK5MBQC4TAUAeSARAARNBQBYTQUAZE0FAK1NBQCzTQUAAk4FAAROBQBXTgUAYU4FAKxOBQC6TgUAAU8FAAZPBQBWTwUAY08FAKtPBQCzTwUAAFAFAApQBQBVUAUAY1AFAKpQBQDAUAUA/1AFAAtRBQBUUQUAW1EFAKlRBQCxUQUA/lEFAANSBQBTUgUAXFIFAKhSBQCyUgUAziARAP9SBQADmwwAC1MFAFJTBQBjUwUAp1MFAKxTBQD8UwUAE1QFAFFUBQBlVAUAplQFAL5UBQD7VAUAClUFAFBVBQBVVQUApVUFALJVBQD6VQUAB1YFAE9WBQBbVgUApFYFALNWBQD5VgUAA1cFAE5XBQBWVwUAo1cFAMFXBQD4VwUAAFgFAE1YBQBWWAUAolgFAK9YBQD3WAUA+VgFAExZBQBlWQUAoVkFALJZBQD2WQUAAloFAEtaBQBTWgUAIyERAKVaBQD1WgUA/VoFAEpbBQBZWwUAn1sFAKRbBQD0WwUAAVwFAElcBQBWXAUAnlwFAKpcBQDzXAUAAl0FAEhdBQBSXQUAnV0FAKVdBQDyXQUA/F0FAEdeBQBMXgUAnF4FAKReBQB4IREABV8FAEZfBQBJXwUAm18FALhfBQDwXwUAAWAFAEVgBQB7YAUAmmAFALlgBQDvYAUA92AFAERhBQBGYQUAmWEFAKhhBQDuYQUA+GEFAENiBQBRYgUAmGIFALNiBQDtYgUA+WIFAEJjBQBKYwUAzSERAKNjBQDsYwUA+2MFAEFkBQBGZAUAlmQFAJxkBQDrZAUA8mQFAEBlBQBIZQUAlWUFAJdlBQDqZQUA8WUFAD9mBQBBZgUAlGYFAJVmBQDpZgUA82YFAD5nBQBKZwUAk2cFAJlnBQDoZwUAAmgFAD1oBQBFaAUAkmgFAKhoBQDnaAUA9WgFADxpBQA/aQUAkWkFAJRpBQDmaQUA9GkFADtqBQBIagUAkGoFAKdqBQDlagUA7WoFADprBQA8awUAj2sFAJdrBQDkawUA+2sFADlsBQBFbAUAjmwFAKRsBQDjbAUA62wFADhtBQBGbQUAjW0FAJdtBQDibQUA6m0FADduBQA+bgUAjG4FAJhuBQDhbgUA4m4FADZvBQBCbwUAi28FAJhvBQDgbwUA528FADVwBQA4cAUAinAFAJJwBQDfcAUA5HAFADRxBQBBcQUAiXEFALlxBQDecQUA5nEFACIiEQA5cgUAiHIFAJZyBQDdcgUA7nIFADJzBQA3cwUAh3MFAJ5zBQDccwUA8HMFADF0BQBQdAUAhnQFAI50BQDbdAUA3XQFADB1BQA/dQUAhXUFAI91BQDadQUA6HUFAC92BQBKdgUAhHYFAJB2BQDZdgUA4XYFAHciEQA6dwUAg3cFAJJ3BQDYdwUA3XcFAC14BQAzeAUAgngFAIl4BQDXeAUA33gFACx5BQAueQUAgXkFAIh5BQDWeQUA2HkFACt6BQAsegUAgHoFAIp6BQDVegUA4XoFACp7BQAwewUAf3sFAJl7BQDUewUA3HsFACl8BQA/fAUAfnwFAIx8BQDTfAUA1nwFACh9BQArfQUAfX0FAIt9BQDSfQUA330FACd+BQA+fgUAfH4FAIR+BQDRfgUA034FACZ/BQAufwUAe38FAJJ/BQDQfwUA3H8FACWABQA7gAUAeoAFAIKABQDPgAUA3YAFACSBBQAugQUAeYEFAIGBBQDOgQUA1YEFACOCBQAvggUAeIIFAHmCBQDNggUA2YIFACKDBQAvgwUAd4MFAH6DBQDMgwUAz4MFACGEBQAphAUAdoQFAHuEBQDLhAUA2IQFACCFBQBQhQUAdYUFAH2FBQDMIhEAz4UFAB+GBQA7hgUAdIYFAHyGBQAhIxEAAocFAB6HBQBEhwUAc4cFAJyHBQDIhwUA/ocFAB2IBQAyiAUAcogFAHqIBQDHiAUAyogFAByJBQA5iQUAcYkFAIKJBQDGiQUAyYkFABuKBQAligUAcIoFAHKKBQDFigUAz4oFABqLBQAmiwUAb4sFAIuLBQDEiwUAzIsFAHYjEQBMjAUAbowFAHGMBQDDjAUA6YwFABiNBQBBjQUAbY0FAJGNBQDCjQUAyo0FAMsjEQAcjgUAbI4FAHmOBQDBjgUAzo4FABaPBQAijwUAa48FAHqPBQDAjwUAyo8FABWQBQAjkAUAapAFAG+QBQC/kAUAzJAFABSRBQAckQUAaZEFAHORBQC+kQUAzJEFABOSBQApkgUAaJIFAHSSBQC9kgUAwpIFABKTBQAbkwUAZ5MFAHGTBQC8kwUA2JMFABGUBQAZlAUAICQRAGiUBQC7lAUAyZQFABCVBQAhlQUAdSQRAGyVBQDKJBEAv5UFAA+WBQAXlgUAZJYFAHOWBQC5lgUAv5YFAA6XBQAalwUAY5cFAGWXBQC4lwUAwpcFAA2YBQAZmAUAYpgFAGqYBQB0JREAvJgFAAyZBQAbmQUAYZkFAIGZBQC2mQUAwpkFAAuaBQAVmgUAYJoFAGiaBQC1mgUAt5oFAAqbBQAamwUAX5sFAGmbBQC0mwUAwJsFAAmcBQAPnAUAXpwFAGacBQDJJREAypwFAAidBQAQnQUAXZ0FAGedBQCynQUAt50FAAeeBQAPngUAHiYRAGGeBQCxngUAup4FALTqCwC+ngUABp8FAMeeBQBV8Q4AEJ8FAI+3DgATnwUAW58FAGefBQCwnwUAv58FAAWgBQAPoAUAWqAFAGKgBQByLQsAaKAFAK+gBQC8oAUABKEFABuhBQBZoQUAYaEFAK6hBQC4oQUAA6IFAAiiBQBYogUAYKIFAHMmEQC6ogUAAqMFABCjBQBXowUAaqMFAKyjBQC0owUAAaQFAASkBQBWpAUAW6QFAKukBQC6pAUAAKUFACClBQBVpQUAYaUFAKqlBQC0pQUA/6UFABumBQBUpgUAXKYFAMgmEQC8pgUA/qYFAASnBQBTpwUAX6cFAKinBQCypwUA/acFAAOoBQBSqAUAYKgFAKeoBQCzqAUA/KgFAP+oBQBRqQUAUqkFAKapBQCyqQUA+6kFAAGqBQBQqgUAVqoFAKWqBQCxqgUA+qoFABerBQBPqwUAWKsFAKSrBQCwqwUA+asFAPyrBQBOrAUAWKwFAKOsBQCvrAUA+KwFAP6sBQBNrQUAU60FAKKtBQCnrQUA960FAP2tBQAdJxEAWK4FAKGuBQCjrgUA9q4FAAWvBQBLrwUAVq8FAKCvBQCsrwUA9a8FAPyvBQBKsAUAUrAFAJ+wBQCpsAUA9LAFAP+wBQBJsQUAVbEFAJ6xBQCmsQUAHCgRAPWxBQBIsgUAW7IFAJ2yBQClsgUA8rIFAPiyBQBHswUAU7MFAJyzBQCmswUA8bMFAPezBQBGtAUAVLQFAJu0BQCntAUA8LQFAPO0BQBFtQUATbUFAJq1BQCbtQUA77UFAPu1BQBEtgUASrYFAJm2BQChtgUA7rYFAPS2BQBDtwUAT7cFAJi3BQC1twUA7bcFAPa3BQBCuAUATrgFAJe4BQCauAUA7LgFAPa4BQBBuQUASbkFAJa5BQCnuQUA67kFAPm5BQBAugUAVroFAJW6BQCjugUA6roFAPS6BQBxKBEATrsFAJS7BQCfuwUA6bsFAPW7BQA+vAUARbwFAJO8BQCbvAUA6LwFAPK8BQA9vQUASL0FAJK9BQCevQUA570FAO+9BQDGKBEAPr4FAJG+BQCkvgUA5r4FAO6+BQA7vwUAQb8FAJC/BQCcvwUA5b8FAO+/BQA6wAUAQMAFAI/ABQCdwAUA5MAFAPDABQA5wQUAPMEFAI7BBQCWwQUA48EFAOTBBQA4wgUARMIFAI3CBQCTwgUA4sIFAOrCBQA3wwUAPcMFAIzDBQCYwwUA4cMFAP7DBQA2xAUAP8QFAIvEBQCXxAUA4MQFAOPEBQA1xQUAP8UFAIrFBQCSxQUA38UFAPDFBQA0xgUAQsYFAInGBQCfxgUA3sYFAOzGBQAzxwUAPccFAIjHBQCQxwUA3ccFAADIBQAbKREAPcgFAIfIBQCVyAUA3MgFAOvIBQAxyQUAPMkFAIbJBQCOyQUA28kFAOnJBQAwygUAM8oFAIXKBQCNygUAcCkRAOjKBQAvywUAMssFAITLBQCMywUALCMGAJDLBQAC+AUAk8sFANPRBQCgywUA2csFAPXLBQDFKREAMMwFAIPMBQCQzAUA2MwFAOXMBQAtzQUAMs0FAILNBQCMzQUA180FAObNBQAszgUAMc4FAIHOBQCOzgUA1s4FAOPOBQArzwUAN88FAIDPBQCPzwUA1c8FAN/PBQAq0AUANtAFAH/QBQCF0AUA1NAFANrQBQAp0QUALtEFAH7RBQCE0QUAGioRANjRBQBi7QUA5NEFACjSBQA20gUAfdIFAInSBQDS0gUA39IFACfTBQAx0wUAfNMFAJjTBQDR0wUA7dMFAG8qEQAo1AUAe9QFAIjUBQDQ1AUA3dQFACXVBQAq1QUAetUFAITVBQDP1QUA3tUFACTWBQAp1gUAedYFAIbWBQDO1gUA29YFACPXBQAv1wUAeNcFAIfXBQDN1wUA19cFACLYBQAu2AUAd9gFAH3YBQDM2AUA0tgFACHZBQAm2QUAdtkFAHzZBQDEKhEA0tkFACDaBQAu2gUAddoFAHjaBQDK2gUA2doFAB/bBQAk2wUAdNsFAIHbBQDJ2wUA1tsFAB7cBQAq3AUAc9wFAILcBQDI3AUA0twFAB3dBQAr3QUAct0FAHfdBQDH3QUA1N0FABzeBQAo3gUAcd4FAITeBQDG3gUA1d4FABvfBQAn3wUAcN8FAHHfBQDF3wUAz98FABrgBQAo4AUAb+AFAHTgBQDE4AUA0eAFABkrEQAb4QUAbuEFAHzhBQDD4QUA1OEFABgsEQAf4gUAbSwRAHLiBQDC4gUAyuIFABfjBQAm4wUAbOMFAHHjBQDB4wUAzuMFABbkBQAj5AUAa+QFAHfkBQDA5AUAz+QFABXlBQAf5QUAFy0RAGzlBQC/5QUA2uUFABTmBQAW5gUAaeYFAIPmBQC+5gUAy+YFABPnBQAf5wUAaOcFAHLnBQC95wUA1+cFABLoBQAh6AUAZ+gFAGzoBQC86AUAyegFABHpBQAe6QUAZukFAHLpBQC76QUAyukFABDqBQAa6gUAZeoFAHHqBQC66gUAzeoFAA/rBQAe6wUAZOsFAHDrBQC56wUAuusFAA7sBQAY7AUAY+wFAHHsBQC47AUAvewFAA3tBQAa7QUAbC0RAG/tBQC37QUAxO0FAAzuBQAY7gUAYe4FAHDuBQC27gUAwO4FAAvvBQAZ7wUAYO8FAGXvBQC17wUAwu8FAArwBQAW8AUAX/AFAHLwBQC08AUAw/AFAAnxBQAV8QUAXvEFAF/xBQCz8QUAvfEFAAjyBQAW8gUAXfIFAGLyBQCy8gUAv/IFAMEtEQAU8wUAXPMFAF7zBQCx8wUAyvMFAAb0BQAX9AUAW/QFAGf0BQCw9AUAuPQFAMAuEQAK9QUAWvUFAGL1BQCv9QUAvvUFAAT2BQAJ9gUAWfYFAGb2BQCu9gUAu/YFAAP3BQAP9wUAWPcFAGf3BQCt9wUAt/cFABUvEQAV+AUAV/gFAGb4BQCs+AUAuPgFAAH5BQAC+QUAVvkFAGD5BQCr+QUAufkFAAD6BQAF+gUAVfoFAGL6BQBqLxEAr/oFAP/6BQAM+wUAVPsFAGH7BQCp+wUAtfsFAP77BQAN/AUAU/wFAF38BQCo/AUAtvwFAP38BQAC/QUAUv0FAF/9BQCn/QUAr/0FAGkwEQAI/gUAUf4FAGH+BQCm/gUAr/4FAPv+BQD+/gUAUP8FAFz/BQCl/wUArP8FAL4wEQAFAAYATwAGAFAABgCkAAYAvAAGAPkABgAGAQYATgEGAFoBBgCjAQYArQEGAPgBBgD8AQYATQIGAFICBgCiAgYAqAIGAPcCBgAXAwYATAMGAGQDBgChAwYAuAMGAPYDBgACBAYASwQGAFUEBgCgBAYAogQGAPUEBgD8BAYASgUGAFEFBgCfBQYApQUGAPQFBgAABgYASQYGAEwGBgCeBgYAoQYGAPMGBgD/BgYASAcGAEsHBgATMREAogcGAPIHBgD6BwYARwgGAE0IBgCcCAYAoQgGAPEIBgD6CAYARgkGAFAJBgCbCQYApwkGAPAJBgD4CQYAaDERAEoKBgCaCgYAogoGAO8KBgD6CgYARAsGAEkLBgCZCwYAnAsGAO4LBgD4CwYAvTERAE8MBgCYDAYAnwwGAO0MBgD7DAYAQg0GAEUNBgCXDQYAnw0GAOwNBgDvDQYAQQ4GAE0OBgCWDgYAnA4GAOsOBgAGDwYAQA8GAEwPBgCVDwYAmw8GAOoPBgDyDwYAPxAGAEMQBgCUEAYAoBAGAOkQBgD2EAYAPhEGAEgRBgCTEQYAmxEGAOgRBgDqEQYAPRIGAEESBgCSEgYAlBIGAOcSBgD7EgYAEjIRAEQTBgCREwYAlRMGAOYTBgDoEwYAOxQGAD4UBgCQFAYAmBQGAOUUBgDyFAYAOhUGAD8VBgCPFQYAmRUGAOQVBgDsFQYAORYGADoWBgCOFgYAkxYGAOMWBgDmFgYAOBcGADsXBgCNFwYAmxcGAOIXBgD7FwYANxgGAEgYBgCMGAYAmBgGAOEYBgDpGAYAZzIRADsZBgCLGQYAkxkGAOAZBgDvGQYANRoGADoaBgCKGgYAlxoGAN8aBgDsGgYANBsGAEAbBgCJGwYAmBsGAN4bBgDoGwYAMxwGADscBgCIHAYAkhwGAN0cBgDiHAYAMh0GADodBgC8MhEAkh0GANwdBgDoHQYAMR4GADkeBgARMxEAkh4GANseBgDiHgYAMB8GAD4fBgCFHwYAiB8GANofBgDiHwYALyAGADIgBgCEIAYAkCAGANkgBgDfIAYALiEGAEkhBgCDIQYAjyEGANghBgDeIQYALSIGAFAiBgCCIgYAhSIGANciBgD7IgYAZjMRADsjBgCBIwYAhiMGANYjBgDjIwYAKyQGADgkBgCAJAYAjCQGANUkBgDkJAYAKiUGADQlBgB/JQYAjSUGANQlBgDZJQYAKSYGADYmBgB+JgYAhiYGALszEQDgJgYAKCcGADAnBgB9JwYAlicGANInBgDYJwYAJygGACwoBgB8KAYAnCgGANEoBgDdKAYAJikGADMpBgB7KQYAgykGANApBgDTKQYAJSoGAC8qBgB6KgYAfCoGAM8qBgDZKgYAJCsGADArBgAQNBEAjysGAM4rBgDaKwYAIywGACgsBgB4LAYAKywGAB0mEgCBLAYAzSwGANcsBgAiLQYAKi0GADIZCgAuLQYAdy0GAEUtBgCgVQoAfS0GAMwtBgCKLQYAddMMANItBgAhLgYAJi4GAHYuBgB8LgYAZTQRANkuBgAgLwYANi8GAHUvBgCBLwYAyi8GAM8vBgAfMAYAKDAGAHQwBgB+MAYAyTAGANEwBgAeMQYALTEGAHMxBgB4MQYAyDEGANUxBgAdMgYAKjIGAHIyBgB+MgYAxzIGANYyBgAcMwYAJjMGAHEzBgB/MwYAxjMGANMzBgAbNAYAMjQGAHA0BgB4NAYAxTQGAM80BgAaNQYAHzUGAG81BgB3NQYAZDURANA1BgAZNgYAHzYGAG42BgCJNgYAwzYGAM82BgAYNwYAHjcGALk1EQBzNwYAJHkNAIA3BgDCNwYA0TcGABc4BgAjOAYAbDgGAG04BgDBOAYAyzgGABY5BgAkOQYAazkGAHA5BgDAOQYAzTkGAA42EQAaOgYAajoGAHI6BgC/OgYAwjoGABQ7BgAdOwYAaTsGAHg7BgC+OwYAyTsGABM8BgAbPAYAaDwGAHg8BgC9PAYAyzwGABI9BgAjPQYAZz0GAHM9BgC8PQYAxD0GAA03EQAXPgYAZj4GAG4+BgC7PgYAwj4GABA/BgAePwYAZT8GAGs/BgC6PwYAxj8GAA9ABgAeQAYAZEAGAG5ABgC5QAYAvkAGAA5BBgAUQQYAY0EGAHdBBgC4QQYAwEEGAA1CBgA3QgYAYkIGAGtCBgC3QgYAxEIGAAxDBgAaQwYAYUMGAHRDBgC2QwYA0kMGAGI3EQAQRAYAYEQGAG1EBgC1RAYAwkQGAApFBgAWRQYAX0UGAG5FBgC0RQYAvkUGAAlGBgAXRgYAXkYGAGNGBgCzRgYAwEYGAAhHBgAQRwYAtzcRAGlHBgCyRwYAwkcGAAdIBgAQSAYAXEgGAF9IBgCxSAYAvUgGAAZJBgANSQYADDgRAIVJBgCwSQYAuUkGAAVKBgASSgYAWkoGAGhKBgCvSgYAwkoGAARLBgAgSwYAYTgRAGdLBgCuSwYAxEsGAANMBgAPTAYAWEwGAF9MBgCtTAYAtUwGAAJNBgAHTQYAV00GAGBNBgCsTQYAtk0GALY4EQACTgYAVk4GAGJOBgCrTgYAsU4GAABPBgACTwYAVU8GAF9PBgCqTwYAuE8GAP9PBgAEUAYAVFAGAGFQBgCpUAYAsVAGAP5QBgAIUQYAU1EGAGFRBgCoUQYAvlEGAP1RBgAJUgYAUlIGAFlSBgCnUgYAr1IGAPxSBgABUwYAUVMGAFpTBgCmUwYAsFMGAAs5EQABVAYAUFQGAFZUBgClVAYAqlQGAPpUBgAAVQYAYDkRAFRVBgCkVQYAsVUGAPlVBgAGVgYATlYGAFpWBgCjVgYAslYGAPhWBgACVwYATVcGAFtXBgCiVwYAp1cGAPdXBgAEWAYATFgGAFRYBgBfOhEAr1gGAPZYBgAMWQYAS1kGAFdZBgCgWQYApVkGAPVZBgD+WQYASloGAFRaBgC0OhEAq1oGAPRaBgAFWwYASVsGAFVbBgCeWwYArVsGAPNbBgD9WwYASFwGAFZcBgCdXAYAolwGAPJcBgD/XAYAR10GAFFdBgCcXQYAU10GAENhBgCqXQYA8V0GAAdeBgBGXgYAUl4GAJteBgCgXgYA8F4GAPleBgBFXwYAT18GAJpfBgCmXwYA718GAPVfBgBEYAYASmAGAJlgBgCeYAYA7mAGAPRgBgAJOxEASWEGAJhhBgCeYQYA7WEGAPJhBgBCYgYASGIGAF47EQClYgYA7GIGAAJjBgBBYwYATWMGAJZjBgCbYwYA62MGAPRjBgBAZAYASmQGAJVkBgChZAYA6mQGAP1kBgA/ZQYATmUGAJRlBgCgZQYA6WUGAOplBgA+ZgYASGYGAJNmBgChZgYA6GYGAO1mBgA9ZwYASmcGALM7EQChZwYA52cGAAdoBgA8aAYASGgGAJFoBgCbaAYA5mgGAOtoBgA7aQYAPGkGAJBpBgCcaQYA5WkGAPJpBgA6agYARmoGAI9qBgCiagYA5GoGAPNqBgA5awYARWsGAI5rBgCPawYA42sGAO1rBgA4bAYARmwGAI1sBgCSbAYA4mwGAO9sBgAIPBEAU20GAF08EQCSbQYA4W0GAOdtBgA2bgYAO24GAItuBgCRbgYAsjwRAOVuBgA1bwYAOG8GAIpvBgCWbwYA328GAOVvBgA0cAYAT3AGAIlwBgCVcAYA3nAGAORwBgAzcQYANXEGAIhxBgCjcQYA3XEGAN9xBgAycgYAQHIGAIdyBgCYcgYA3HIGAN5yBgAxcwYASnMGAIZzBgCXcwYA23MGAOdzBgCxPREAOnQGAIV0BgCTdAYA2nQGAPB0BgAvdQYAO3UGAIR1BgCJdQYA2XUGAOJ1BgAudgYAOHYGAIN2BgCLdgYA2HYGAN12BgAtdwYAPHcGAIJ3BgCRdwYA13cGAOB3BgAseAYAMngGAIF4BgCHeAYA1ngGAOJ4BgAreQYAMnkGAIB5BgCIeQYA1XkGANd5BgAqegYAOnoGAH96BgCJegYA1HoGAOB6BgApewYAL3sGAH57BgCGewYABj4RAN97BgAofAYAOXwGAH18BgCJfAYA0nwGAOF8BgAnfQYAMX0GAHx9BgCKfQYA0X0GANZ9BgAmfgYAM34GAHt+BgCDfgYA0H4GANp+BgBjlgYA3H4GACV/BgArfwYAen8GAIB/BgDPfwYA1H8GACSABgAqgAYAWz4RAIWABgDOgAYA1IAGACOBBgA+gQYAeIEGAISBBgDNgQYA04EGACKCBgAqggYAd4IGAHqCBgDMggYA2IIGACGDBgAygwYAdoMGAIKDBgDLgwYA2oMGACCEBgAqhAYAdYQGAIOEBgDKhAYAz4QGAB+FBgAshQYAdIUGAHyFBgDJhQYA04UGAB6GBgAshgYAc4YGAImGBgDIhgYA1IYGAB2HBgAihwYAcocGAHuHBgDHhwYA0YcGAFo/EQAiiAYAcYgGAHeIBgDGiAYA0ogGABuJBgAoiQYAcIkGAHqJBgDFiQYAzYkGABqKBgAkigYAb4oGAHSKBgDEigYAxYoGABmLBgAeiwYAbosGAH+LBgDDiwYAyIsGABiMBgAvjAYAbYwGAIGMBgDCjAYA3owGABeNBgAfjQYArz8RAHSNBgDBjQYAy40GABaOBgAqjgYAa44GAGyOBgDAjgYAzI4GABWPBgAxjwYAao8GAHKPBgAEQBEAyI8GABSQBgAikAYAaZAGACOQBgD6+goAc5AGAL6QBgDAkAYAE5EGACyRBgBokQYAeZEGAL2RBgDJkQYAEpIGABqSBgBZQBEAc5IGALySBgDCkgYAEZMGACyTBgBmkwYAcpMGALuTBgDBkwYAEJQGABOUBgBllAYAbZQGALqUBgDKlAYAD5UGABSVBgBklQYAbZUGALmVBgDGlQYADpYGABWWBgCuQBEAcZYGALiWBgDOlgYADZcGABmXBgBilwYAZ5cGALeXBgDAlwYADJgGABaYBgBhmAYAfZgGALaYBgC+mAYAA0ERABCZBgBgmQYAaJkGALWZBgC3mQYACpoGACWaBgBfmgYAYZoGALSaBgDCmgYACZsGABqbBgBemwYAYJsGALObBgDMmwYACJwGABmcBgBdnAYAaZwGALKcBgC6nAYAWEERABOdBgBcnQYAYp0GALGdBgDMnQYABp4GABKeBgBbngYAYZ4GALCeBgCzngYArUERACKfBgBanwYAW58GAK+fBgC+nwYABKAGAAmgBgBZoAYAZqAGAK6gBgC7oAYAA6EGAA+hBgBYoQYAZ6EGAK2hBgC3oQYAAqIGABCiBgBXogYAXKIGAKyiBgC5ogYAAaMGAA2jBgBWowYAXKMGAKujBgBpowYA67gGALGjBgAApAYABaQGAFWkBgBbpAYAAkIRAK+kBgD/pAYAH6UGAFSlBgBgpQYAqaUGAK+lBgD+pQYABqYGACfSBgAHpgYAU6YGAGCmBgCopgYArqYGAP2mBgAJpwYAUqcGAFSnBgCnpwYAtqcGAPynBgAHqAYAUagGAFOoBgCmqAYAv6gGAPuoBgAMqQYAUKkGAFypBgClqQYAsakGAPqpBgANqgYAT6oGAF6qBgCkqgYAsKoGAPmqBgD6qgYATqsGAFirBgCjqwYAsasGAPirBgD9qwYATawGAFqsBgBXQhEAr6wGAPesBgALrQYATK0GAGitBgChrQYAva0GAKxCEQAFrgYAS64GAEyuBgCgrgYAr64GAPWuBgD6rgYASq8GAFevBgCfrwYArK8GAPSvBgAAsAYASbAGAFiwBgCesAYAqLAGAPOwBgABsQYASLEGAE2xBgCdsQYAqrEGAPKxBgACsgYAR7IGAEmyBgCcsgYAqrIGAPGyBgACswYAAUMRAE2zBgBWQxEAoLMGAPCzBgD9swYARbQGAFK0BgCatAYAoLQGAO+0BgD7tAYARLUGAFS1BgCZtQYAorUGAO61BgDxtQYAQ7YGAE+2BgCYtgYAn7YGAKtDEQD5tgYAQrcGAFK3BgCXtwYAoLcGAOy3BgDvtwYAQbgGAE24BgCWuAYAnbgGAABEEQD6uAYAQLkGAEy5BgCVuQYAlrkGAOq5BgD0uQYAP7oGAE26BgCUugYAmboGAOm6BgD2ugYAVUQRAEO7BgCTuwYAorsGAOi7BgAIvAYAPbwGAEm8BgCSvAYAnLwGAOe8BgDvvAYAPL0GAEi9BgCRvQYAl70GAOa9BgDsvQYAO74GAEC+BgCQvgYAlr4GAFRFEQDqvgYAOr8GAEO/BgCPvwYAoL8GAOS/BgDrvwYAOcAGAEHABgCOwAYAm8AGAOPABgDowAYAOMEGAELBBgCNwQYAlcEGAOLBBgDxwQYAN8IGADzCBgCMwgYAmcIGAOHCBgDuwgYANsMGAELDBgCLwwYAmsMGAODDBgDqwwYANcQGAD3EBgCKxAYAlMQGAN/EBgDkxAYANMUGADzFBgBTRhEAjsUGAN7FBgDhxQYAM8YGAD3GBgCoRhEAjsYGAN3GBgDixgYAMscGAFLHBgCHxwYAk8cGANzHBgDixwYAMcgGADTIBgCGyAYAiMgGANvIBgD2yAYAMMkGADLJBgCFyQYAk8kGANrJBgDryQYAL8oGADHKBgCEygYAncoGANnKBgDqygYALssGADrLBgD9RhEAk8sGANjLBgD4ywYALcwGAC/MBgCCzAYAjswGAM53DwCRzAYAbeEGAJ7MBgC17gYArswGANfMBgDazAYALM0GADvNBgCBzQYAhs0GANbNBgDjzQYAK84GADjOBgCAzgYAjM4GANXOBgDkzgYAKs8GADTPBgB/zwYAjc8GANTPBgDZzwYAKdAGADbQBgB+0AYAitAGANPQBgDZ0AYAKNEGAC7RBgB90QYAgtEGANLRBgDY0QYAUkcRAD3SBgB80gYAftIGANHSBgDl0gYAJtMGAC7TBgB70wYAiNMGANDTBgDV0wYAJdQGAC/UBgB61AYAgtQGAM/UBgDo1AYAJNUGADDVBgB51QYAgdUGAKdHEQDp1QYAI9YGACXWBgB41gYAhtYGAM3WBgDe1gYAItcGACTXBgB31wYAkNcGAMzXBgDd1wYAIdgGAC3YBgD8RxEAe9gGAMvYBgDU2AYAINkGADHZBgB12QYAfNkGAMrZBgDS2QYAH9oGACzaBgB02gYAedoGAMnaBgDT2gYAHtsGACbbBgBz2wYAjNsGAMjbBgDU2wYAHdwGACXcBgCmSBEAddwGAMfcBgDR3AYAHN0GAB7dBgBx3QYAit0GAMbdBgDX3QYAG94GACneBgBw3gYAc94GAMXeBgDQ3gYAGt8GACbfBgBv3wYAdt8GAPtIEQDJ3wYAGeAGACHgBgBu4AYAfOAGAMPgBgDE4AYAGOEGADPhBgBQSREAcuEGAMLhBgDP4QYAF+IGACTiBgBs4gYAeOIGAMHiBgDQ4gYAFuMGACDjBgBr4wYAeeMGAMDjBgDF4wYAFeQGACLkBgBq5AYAduQGAL/kBgDF5AYAFOUGABrlBgBp5QYAbuUGAL7lBgDE5QYApUkRACDmBgBo5gYAauYGAL3mBgDW5gYAEucGACPnBgBn5wYAc+cGALznBgDE5wYApEoRABboBgBm6AYAbugGALvoBgDU6AYAEOkGABXpBgBl6QYAaukGALrpBgDE6QYAD+oGABLqBgBk6gYAbuoGALnqBgC/6gYADusGABDrBgBj6wYAZOsGALjrBgDA6wYADewGAB3sBgBi7AYAaOwGALfsBgC87AYADO0GACLtBgBh7QYAae0GALbtBgDg7QYAC+4GAC7uBgBg7gYAf+4GAPlKEQC97gYATksRABvvBgBf7wYAbe8GALTvBgDA7wYACfAGABbwBgBe8AYAaPAGALPwBgC78AYACPEGABPxBgBd8QYAX/EGALLxBgC18QYAB/IGAA/yBgBc8gYAYvIGALHyBgC68gYABvMGABPzBgBb8wYAY/MGALDzBgC18wYABfQGAA70BgBa9AYAZPQGAK/0BgC39AYABPUGAAn1BgBZ9QYAafUGAK71BgC29QYAA/YGAAX2BgBY9gYAc/YGAK32BgCv9gYAAvcGABD3BgBX9wYAaPcGAKz3BgCu9wYAAfgGABr4BgBW+AYAZ/gGAKv4BgC3+AYAAPkGAAj5BgCjSxEAW/kGAKr5BgCv+QYA//kGAB/6BgBU+gYAYPoGAKn6BgCv+gYA/voGAAH7BgBT+wYAW/sGAKj7BgCy+wYA/fsGAAL8BgBS/AYAWvwGAKf8BgCx/AYA/PwGAP78BgBR/QYAYv0GAKb9BgDG/QYA+/0GAAP+BgBQ/gYAWv4GAKX+BgCq/gYA+EsRAA7/BgBP/wYAV/8GAKT/BgCp/wYA+f8GAAkABwBOAAcAVgAHAKMABwCtAAcA+AAHAAMBBwBNAQcAWQEHAKIBBwCqAQcATUwRAAMCBwBMAgcAWAIHAKECBwCoAgcA9gIHAP4CBwBLAwcAZAMHAKADBwCmAwcA9QMHAPoDBwBKBAcAagQHAJ8EBwCrBAcA9AQHAPoEBwBJBQcATAUHAKJMEQCgBQcA8wUHAKwFBwApcRAA9gUHAEgGBwBSBgcAnQYHAKsGBwDyBgcAAQcHAEcHBwBKBwcAnAcHAF8HBwCyRgcAYwcHACklBwCoBwcA8QcHAPMHBwBGCAcATAgHAJsIBwCqCAcA8AgHAPsIBwBFCQcATQkHAHKGBwBfCQcAmgkHAKYJBwDvCQcAAgoHAEQKBwBTCgcAmQoHAKUKBwDuCgcA7woHAEMLBwBNCwcAmAsHAKYLBwDtCwcA8gsHAEIMBwBPDAcA90wRALEMBwDsDAcA+wwHAEENBwBGDQcAlg0HAKMNBwDrDQcA+A0HAEAOBwBMDgcAlQ4HAKQOBwDqDgcA9A4HAD8PBwBNDwcAlA8HAJkPBwDpDwcA9g8HAD4QBwBKEAcAkxAHAJkQBwDoEAcA7hAHAD0RBwBCEQcAkhEHAJgRBwBMTREA6BEHADwSBwDwEQcA7LQJAPQRBwCunQkA9hEHAMOKBwAHEgcAiWgOAEgSBwCREgcAlxIHAJ5ZCACeEgcA5hIHAOkSBwA7EwcARxMHAJATBwCSEwcA5RMHAOsTBwA6FAcASRQHAI8UBwCaFAcA5BQHAOUUBwA5FQcATRUHAI4VBwCoFQcA4xUHAO8VBwA4FgcASxYHAI0WBwCcFgcA4hYHAO4WBwA3FwcAOBcHAIwXBwCWFwcA4RcHAO8XBwA2GAcAOxgHAIsYBwCYGAcAoU0RAPoYBwA1GQcARBkHAIoZBwCPGQcA3xkHAOwZBwA0GgcAQRoHAIkaBwCVGgcA3hoHAO0aBwAzGwcAPRsHAIgbBwCWGwcA3RsHAOIbBwAyHAcAPxwHAIccBwCTHAcA3BwHAOIcBwAxHQcANx0HAIYdBwCLHQcA2x0HAOEdBwD2TREAPh4HAIUeBwCgHgcA2h4HAOgeBwAvHwcAPB8HAIQfBwCbHwcA2R8HAOgfBwAuIAcAMyAHAIMgBwCQIAcA2CAHAOUgBwAtIQcAOSEHAIIhBwCRIQcA1yEHAOEhBwAsIgcAOiIHAIEiBwCGIgcA1iIHAOMiBwArIwcALiMHAIAjBwCMIwcA1SMHANsjBwAqJAcAMCQHAH8kBwCEJAcA1CQHANokBwBLThEARSUHAKBOEQCEJQcA0yUHANUlBwAoJgcANSYHAH0mBwCAJgcA0iYHANMmBwAnJwcALCcHAHwnBwCCJwcA0ScHANsnBwAmKAcAQigHAHsoBwCXKAcA9U4RANYoBwAlKQcAJykHAHopBwCHKQcAzykHANIpBwAkKgcAJSoHAHkqBwB+KgcAzioHANQqBwAjKwcALSsHAHgrBwCUKwcAzSsHAOkrBwBKTxEAKCwHAHcsBwB9LAcAzCwHANEsBwAhLQcAJy0HAJ9PEQB4LQcAyy0HANktBwAgLgcAMS4HAJ5QEQB8LgcA81ARAM8uBwAfLwcAJy8HAHQvBwB5LwcAyS8HAIMvBwC1QwcAyi8HAB4wBwAqMAcAczAHAIAwBwDIMAcA0DAHAB0xBwAnMQcAcjEHAIExBwDHMQcAyDEHABwyBwAkMgcAcTIHAIAyBwDGMgcAyzIHABszBwAoMwcAcDMHAH0zBwDFMwcA0TMHABo0BwApNAcAbzQHAHk0BwDENAcA0jQHABk1BwAeNQcAbjUHAHs1BwDDNQcAyzUHABg2BwAiNgcAbTYHAHI2BwDCNgcAyjYHAJ1REQAcNwcAbDcHAHU3BwBnPAcAeTcHAME3BwDONwcAFjgHACI4BwBrOAcAejgHAMA4BwDKOAcAFTkHACM5BwBqOQcAbzkHAL85BwDMOQcAFDoHABw6BwDyUREAdToHAL46BwDOOgcAEzsHABw7BwBoOwcAazsHAL07BwDJOwcAEjwHABk8BwBHUhEAeDwHALw8BwDDPAcAET0HAB49BwBmPQcAhT0HALs9BwDFPQcAED4HABg+BwBlPgcAdD4HALo+BwC/PgcADz8HABw/BwBkPwcAcT8HALk/BwDFPwcADkAHAB1ABwBjQAcAbUAHALhABwDAQAcADUEHABdBBwBiQQcAZ0EHALdBBwC/QQcAnFIRABhCBwBhQgcAZ0IHALZCBwDRQgcAC0MHABdDBwBgQwcAZkMHAPFSEQC6QwcACkQHABdEBwBfRAcAbEQHALREBwDARAcACUUHABhFBwBeRQcAaEUHAEZTEQC9RQcACEYHAA1GBwBdRgcAZUYHAJtTEQC8RgcAB0cHAA1HBwBcRwcAXkcHALFHBwC+RwcABkgHAAlIBwBbSAcAXEgHALBIBwC1SAcABUkHAAtJBwBaSQcAZEkHAK9JBwDJSQcABEoHABNKBwBZSgcAXkoHAK5KBwC7SgcAA0sHABBLBwBYSwcAZEsHAK1LBwC8SwcAAkwHAAxMBwBXTAcAZUwHAKxMBwCxTAcAAU0HAA5NBwBWTQcAYE0HAPdWBwBiTQcAq00HALFNBwAATgcABk4HAFVOBwBaTgcAqk4HALBOBwDwUxEABE8HAFRPBwBhTwcAqU8HALZPBwD+TwcAClAHAFNQBwBiUAcAqFAHALJQBwD9UAcAC1EHAFJRBwBXUQcAp1EHALRRBwD8UQcABFIHAO9UEQBXUgcAplIHAKxSBwD7UgcAAFMHAFBTBwBWUwcARFURAKdTBwD6UwcAA1QHAE9UBwBSVAcApFQHALBUBwD5VAcAAFUHAE5VBwBWVQcAo1UHALxVBwD4VQcADFYHAE1WBwBpVgcAolYHAKpWBwDuVREABVcHAExXBwBiVwcAoVcHAK1XBwD2VwcA+1cHAEtYBwBUWAcAoFgHAKpYBwD1WAcAEVkHAEpZBwBSWQcAQ1YRAKRZBwD0WQcAAVoHAElaBwBWWgcAnloHAKpaBwDzWgcAAlsHAEhbBwBSWwcAnVsHAKtbBwDyWwcA91sHAEdcBwBUXAcAnFwHAKRcBwCYVhEA/1wHAEZdBwBcXQcAm10HAKddBwDwXQcA9V0HAEVeBwBOXgcAml4HAKReBwDvXgcA914HAERfBwBTXwcAmV8HAJtfBwDuXwcA918HAENgBwBGYAcAmGAHAKRgBwDtYAcA9GAHAEJhBwBKYQcAl2EHALBhBwDsYQcAAGIHAEFiBwBdYgcAlmIHAJ5iBwDtVhEA8GIHAEBjBwBNYwcAlWMHAKJjBwDqYwcA9mMHAD9kBwBOZAcAlGQHAJ5kBwDpZAcA82QHAD5lBwBMZQcAk2UHAKllBwDoZQcA9GUHAD1mBwBCZgcAkmYHAJtmBwDnZgcA8WYHADxnBwBIZwcAkWcHAJdnBwDmZwcA7GcHADtoBwBAaAcAkGgHAJZoBwBCVxEA8WgHADppBwA+aQcAj2kHAJ5pBwDkaQcA6WkHADlqBwBGagcAjmoHAJtqBwDjagcA72oHADhrBwBHawcAjWsHAJdrBwDiawcA8GsHADdsBwA8bAcAjGwHAJlsBwDhbAcA7WwHADZtBwA8bQcAi20HAJFtBwDgbQcA5W0HADVuBwA7bgcAl1cRAI9uBwDfbgcA5m4HADRvBwBAbwcAiW8HAItvBwDebwcAjG8HAIN1BwD5bwcAM3AHADVwBwCIcAcAlnAHAN1wBwDucAcAMnEHADRxBwCHcQcAoHEHANxxBwDtcQcAMXIHAD1yBwCGcgcAknIHANtyBwDucgcAMHMHAD9zBwCFcwcAkXMHANpzBwDbcwcAL3QHADl0BwCEdAcAknQHANl0BwDedAcALnUHADt1BwDsVxEAhXUHANh1BwDzdQcALXYHAC92BwCCdgcAkHYHANd2BwDodgcALHcHAC53BwCBdwcAmncHANZ3BwDndwcAK3gHADd4BwCAeAcAjHgHANV4BwDoeAcAKnkHADl5BwB/eQcAi3kHANR5BwDVeQcAKXoHADN6BwB+egcAjHoHANN6BwDYegcAKHsHADV7BwDrWBEAgnsHANJ7BwDaewcAJ3wHACl8BwB8fAcAjXwHANF8BwDffAcAJn0HAEF9BwB7fQcAh30HANB9BwDYfQcA6lkRACp+BwB6fgcAgX4HAM9+BwDbfgcAJH8HACd/BwB5fwcAgX8HAM5/BwDefwcAI4AHACiABwB4gAcAgYAHAM2ABwDagAcAIoEHACmBBwB3gQcAf4EHAD9aEQDZgQcAIYIHACmCBwB2ggcAioIHAMuCBwDQggcAIIMHACmDBwB1gwcAe4MHAMqDBwDSgwcAH4QHAC6EBwB0hAcAhYQHAMmEBwDShAcAHoUHACGFBwBzhQcAfYUHAMiFBwDUhQcAHYYHACOGBwCUWhEAf4YHAMeGBwDMhgcAHIcHACOHBwBxhwcAfYcHAMaHBwDOhwcA6VoRADaIBwBwiAcAcogHAMWIBwDTiAcAGokHACuJBwBviQcAcYkHAMSJBwDdiQcAGYoHACqKBwBuigcAeooHAD5bEQDSigcAGIsHACGLBwBtiwcAc4sHAMKLBwDIiwcAF4wHACOMBwBsjAcAc4wHAMGMBwDJjAcAFo0HABqNBwBrjQcAdo0HAMCNBwDOjQcAFY4HACaOBwBqjgcAdo4HAL+OBwDHjgcAk1sRABePBwBpjwcAc48HAL6PBwDAjwcAE5AHACyQBwBokAcAeZAHAL2QBwDLkAcAEpEHABWRBwBnkQcAcpEHALyRBwDKkQcAEZIHAB6SBwBmkgcAfZIHALuSBwDDkgcAEJMHABKTBwBlkwcAbZMHALqTBwDJkwcAD5QHABSUBwBklAcAcZQHALmUBwDGlAcADpUHABqVBwBjlQcAcpUHALiVBwDClQcADZYHABuWBwBilgcAZ5YHALeWBwDElgcADJcHABSXBwBhlwcAa5cHALaXBwC7lwcAC5gHABOYBwBgmAcAY5gHALWYBwDSmAcACpkHABuZBwBfmQcAZ5kHALSZBwC3mQcACZoHABWaBwBemgcAZJoHALOaBwDOmgcACJsHABSbBwBdmwcAY5sHAOhbEQDBmwcAB5wHAAicBwBcnAcAlJwHALGcBwC/nAcABp0HAAedBwBbnQcAY50HALCdBwC/nQcABZ4HAAqeBwBangcAZ54HAK+eBwC8ngcABJ8HABCfBwBZnwcAaJ8HAK6fBwC4nwcAA6AHABGgBwBYoAcAXaAHAK2gBwC6oAcAAqEHAAqhBwBXoQcAYaEHAKyhBwCxoQcAAaIHAAmiBwBWogcAYKIHAKuiBwC2ogcAAKMHAAyjBwBVowcAXaMHAD1cEQCvowcA/6MHAAKkBwBUpAcAXqQHAKmkBwCxpAcAklwRAAylBwBTpQcAaaUHAKilBwC0pQcA/aUHAAKmBwBSpgcAW6YHAKemBwCxpgcA/KYHAASnBwBRpwcAXacHAKanBwC5pwcA+6cHAPynBwBQqAcAXqgHAKWoBwCrqAcA+qgHAAapBwBPqQcAVqkHAOdcEQClqQcA+akHAAWqBwBOqgcAW6oHAKOqBwCrqgcA+KoHAAKrBwBNqwcAXKsHAKKrBwCjqwcA96sHAP+rBwBMrAcAW6wHAKGsBwCmrAcA9qwHAAOtBwBLrQcAWK0HAKCtBwCsrQcA9a0HAASuBwBKrgcAVK4HAJ+uBwCtrgcA9K4HAPmuBwBJrwcAVq8HAJ6vBwCmrwcA868HAPevBwBIsAcAVrAHAJ2wBwCnsAcA8rAHAP2wBwBHsQcAT7EHAJyxBwCnsQcA8bEHAPaxBwBGsgcASbIHAJuyBwClsgcA8LIHAPiyBwBFswcAZLMHADxdEQCpswcA77MHAPCzBwBEtAcATLQHAJm0BwCatAcA7rQHAPS0BwBDtQcASLUHAJi1BwCztQcA7bUHAPu1BwBCtgcASbYHAJe2BwCjtgcA7LYHAPK2BwBBtwcAXbcHAJa3BwCetwcAkV0RAPG3BwBAuAcARrgHAJW4BwCauAcA6rgHAPC4BwDmXREARLkHAJS5BwCbuQcA6bkHAPW5BwA+ugcARroHAJBeEQCmugcA6LoHAB67BwA9uwcAP7sHADy8BwByuwcAkrsHALe7BwDnuwcA7rsHADpfEQAhvAcA5V4RAEy8BwCRvAcAy7wHAI9fEQDvvAcAOboMAPC8BwCv7A4AA70HADu9BwAGvQcAJiEOAEy9BwCQvQcAmL0HAOW9BwDovQcAOr4HAEa+BwCPvgcAlb4HAOS+BwD/vgcAOb8HAEW/BwCOvwcAlL8HAOO/BwDrvwcAOMAHAFTABwCNwAcAlcAHAORfEQDxwAcAN8EHADjBBwCMwQcAlMEHAOHBBwDiwQcANsIHADzCBwCLwgcAkMIHAODCBwD7wgcANcMHAEPDBwCKwwcAkcMHAN/DBwDrwwcANMQHADrEBwCJxAcApcQHAN7EBwDmxAcAOWARADnFBwCIxQcAjsUHAN3FBwDixQcAMsYHADjGBwCOYBEAjMYHANzGBwDjxgcAMccHAD3HBwCGxwcAjscHADhhEQDuxwcAMMgHAGbIBwCFyAcAh8gHAITJBwC6yAcA2sgHAP/IBwAvyQcANskHAOJhEQBpyQcAjWERAJTJBwDZyQcAE8oHADdiEQAwygcAg8oHAITKBwDYygcA4soHAC3LBwA7ywcAgssHAJ3LBwDXywcA48sHACzMBwA0zAcAjGIRAI3MBwDWzAcA3MwHACvNBwBGzQcAgM0HAIzNBwDVzQcA280HACrOBwAyzgcAf84HAI3OBwDUzgcA184HACnPBwAxzwcAfs8HAIfPBwDTzwcA4M8HACjQBwAq0AcAfdAHAJjQBwDS0AcA1NAHACfRBwA10QcAfNEHAI3RBwDR0QcA09EHACbSBwA/0gcAe9IHAIzSBwDQ0gcA3NIHACXTBwAt0wcA4WIRAIDTBwDP0wcA19MHACTUBwAr1AcAedQHAH7UBwDO1AcA2tQHACPVBwAm1QcAeNUHAIDVBwDN1QcA2tUHACLWBwAn1gcAd9YHAIHWBwDM1gcA1NYHACHXBwAt1wcAdtcHAInXBwDL1wcA2dcHACDYBwAj2AcAddgHAH/YBwA2YxEAzdgHAB/ZBwAn2QcAdNkHAHfZBwDJ2QcA1dkHAB7aBwAk2gcAc9oHAI7aBwDI2gcA1NoHAB3bBwAj2wcActsHAHrbBwDH2wcA1dsHABzcBwAf3AcAcdwHAHncBwDG3AcAz9wHABvdBwAo3QcAcN0HAHLdBwDF3QcA4N0HABreBwAc3gcAb94HAH3eBwDE3gcA1d4HABnfBwAb3wcAbt8HAIffBwDD3wcA1N8HABjgBwAk4AcAbeAHAHXgBwCLYxEAyOAHABfhBwAf4QcAbOEHAHPhBwDB4QcAxuEHABbiBwAi4gcAa+IHAG7iBwDA4gcAyOIHABXjBwAi4wcAauMHAG/jBwC/4wcAyeMHABTkBwAc5AcAaeQHAHXkBwC+5AcA0eQHABPlBwAh5QcAaOUHAGvlBwC95QcAx+UHAOBjEQAV5gcAZ+YHAHPmBwC85gcAwuYHABHnBwAs5wcAZucHAHLnBwC75wcAwecHABDoBwAY6AcAZegHAHPoBwC66AcAvegHAA/pBwAX6QcAZOkHAG3pBwC56QcAxukHAA7qBwAQ6gcAY+oHAH7qBwC46gcAuuoHAA3rBwAb6wcAYusHAHPrBwC36wcAuesHAAzsBwAl7AcAYewHAHLsBwC27AcAwuwHAAvtBwAT7QcANWQRAGbtBwC17QcAve0HAAruBwAR7gcAX+4HAGTuBwC07gcAwO4HAAnvBwAM7wcAXu8HAGbvBwCz7wcAwO8HAAjwBwAN8AcAXfAHAGfwBwCy8AcAuvAHAAfxBwAT8QcAXPEHAG/xBwCx8QcAv/EHAAbyBwAJ8gcAW/IHAGXyBwCKZBEAuPIHAN9kEQAT8wcAWvMHAGvzBwCv8wcAu/MHAAT0BwAM9AcANGURAF70BwCu9AcAuPQHAAP1BwAL9QcAWPUHAGj1BwCt9QcAsvUHAAL2BwAL9gcAV/YHAGT2BwCs9gcAs/YHAIllEQAD9wcAVvcHAAb3BwCdBAkACvcHACkcEAAN9wcALRkPAA/3BwDhagkAYPcHABCLDwBn9wcAq/cHALz3BwAA+AcADvgHAFX4BwBx+AcAqvgHAMb4BwDeZREADfkHAFT5BwBh+QcAqfkHAMD5BwD++QcACvoHAFP6BwBZ+gcAqPoHAK76BwD9+gcAAvsHAFL7BwBY+wcAM2YRAL37BwD8+wcAC/wHAFH8BwAo/AcATAEIAFP8BwCm/AcAtfwHAPv8BwAG/QcAUP0HAFz9BwCl/QcAqP0HAPr9BwCs/QcA7QoIAMH9BwCeBAgABv4HAE/+BwBV/gcApP4HAL/+BwD5/gcABf8HAE7/BwBU/wcAo/8HAK//BwD4/wcA/v8HAE0ACABTAAgAogAIAKcACAD3AAgA/QAIAIhmEQBPAQgAoQEIAL0BCAD2AQgA/gEIAIdnEQBXAggAoAIIAKYCCAD1AggAEAMIAEoDCABWAwgAnwMIAKUDCAD0AwgA/AMIAEkECABqBAgA3GcRAKYECAAxaBEA+AQIAEgFCABVBQgAnQUIAKoFCADyBQgA/gUIAEcGCABWBggAnAYIAKYGCADxBggA+QYIAEYHCABQBwgAmwcIAKkHCADwBwgABggIAEUICABRCAgAmggIAJ8ICADvCAgA+AgIAEQJCABOCQgAmQkIAKEJCADuCQgA+AkIAEMKCABICggAmAoIAKAKCACGaBEA+QoIAEILCABVCwgAlwsIAKYLCADsCwgA+AsIAEEMCABCDAgAlgwIAKAMCADrDAgA+QwIAEANCABFDQgAlQ0IAKINCADbaBEA9Q0IAD8OCABLDggAlA4IAJoOCADpDggA9Q4IAD4PCABGDwgA2mkRAJYPCADoDwgA8A8IAD0QCABKEAgAkhAIAJcQCADnEAgA7xAIADwRCAA+EQgAkREIAKwRCADmEQgA6BEIADsSCABJEggAkBIIAKESCADlEggA5xIIADoTCABTEwgAjxMIAKATCADkEwgA8BMIADkUCABBFAgAL2oRAJMUCADjFAgA8BQIADgVCABFFQgAjRUIAJkVCADiFQgA8RUIADcWCABBFggAjBYIAJoWCADhFggA5hYIADYXCABDFwgAixcIAJMXCADgFwgA4hcIADUYCAA/GAgAihgIAJIYCACEahEA6hgIADQZCABCGQgAiRkIAIwZCADeGQgA5hkIADMaCABJGggAiBoIAI0aCADdGggA8xoIADIbCAA+GwgAhxsIAJQbCADcGwgA5hsIANlqEQAzHAgAhhwIAJQcCADbHAgA7BwIAC5rEQA2HQgAhR0IAJEdCACDaxEA3B0IAC8eCAA1HggAhB4IAKQeCADZHggA5R4IAC4fCAA1HwgAgx8IAIsfCADYHwgA3x8IAC0gCAA5IAgAgiAIAIQgCADXIAgA3iAIANhrEQAvIQgAgSEIAIkhCADWIQgA5iEIACsiCAAtIggAgCIIAI4iCADVIggA5iIIAC1sEQAxIwgAgmwRAIwjCADUIwgA2yMIACkkCAAxJAgAfiQIAIwkCADTJAgA1iQIACglCAAwJQgAfSUIAIQlCADSJQgA4CUIACcmCAAqJggAfCYIAH4mCADRJggA6iYIACYnCAA3JwgAeycIAIcnCADQJwgA1ycIACUoCAAtKAgAeigIAIMoCADPKAgA3CgIACQpCAAuKQgAeSkIAIcpCADOKQgA3ykIACMqCAArKggAeCoIAIIqCADNKggA2yoIACIrCAA4KwgAdysIAIMrCADMKwgA0ysIACEsCAApLAgAdiwIAHwsCADLLAgA1ywIACAtCAAqLQgAdS0IAHstCADKLQgA3i0IACxtEQAtLggAdC4IAI0uCADJLggA3y4IAB4vCAAtLwgAcy8IAI0vCADILwgAyy8IAMM0CADTLwgAvjkIANcvCAAdMAgAIjAIAHIwCAB/MAgAxzAIANQwCAAcMQgAKDEIAHExCACAMQgAxjEIANAxCAAbMggAKTIIAHAyCAB1MggAxTIIANIyCAAaMwgAJjMIAG8zCAB1MwgAxDMIAMozCAAZNAgAHjQIAG40CAB0NAgAgW0RAM80CAAYNQgAHjUIAG01CACINQgAwjUIAM41CAAXNggAHTYIAGw2CABzNggAwTYIAMY2CABqOAgAzTYIABY3CAAYNwgAazcIAHI3CADANwgA3DcIABU4CAAdOAgAgG4RAG44CAC/OAgAzDgIABQ5CAAwOQgAaTkIAHE5CADVbhEAwzkIABM6CAAWOggAaDoIAHI6CAC9OggAzjoIABI7CAAXOwgAZzsIAGw7CAC8OwgA3DsIABE8CAAaPAgAZjwIAGc8CAC7PAgAxzwIABA9CAAWPQgAZT0IAGs9CAC6PQgAvz0IAA8+CAAVPggAKm8RAGU+CAC5PggAxT4IAA4/CAAbPwgAYz8IAGs/CAC4PwgAwT8IAA1ACAAaQAgAYkAIAHBACAC3QAgAykAIAAxBCAAUQQgAYUEIAGRBCAC2QQgAu0EIAAtCCAAaQggAYEIIAIBCCAC1QggAwUIIAApDCAAUQwgAKXARAGlDCAC0QwgAtkMIAAlECAATRAgAXkQIAGdECACzRAgAtkQIAAhFCAAQRQgAXUUIAJRFCAB+cBEAvkUIAAdGCAAWRggAXEYIAHxGCACxRggAvUYIAAZHCAANRwgAW0cIAGBHCACwRwgAsUcIAAVICAARSAgAWkgIAGBICACvSAgAsUgIAARJCAAOSQgAWUkIAGdJCACuSQgAs0kIAANKCAAQSggAWEoIAGJKCACtSggAu0oIAAJLCAAYSwgAV0sIAGNLCACsSwgAsUsIAAFMCAAKTAgAVkwIAGBMCACrTAgAt0wIAABNCAATTQgAVU0IAGRNCACqTQgAtk0IAP9NCAAATggAVE4IAF5OCACpTggAt04IAP5OCAADTwgAU08IAGBPCADTcBEAtk8IAP1PCAATUAgAUlAIAF5QCACnUAgArlAIAPxQCAAEUQgAUVEIAFZRCACmUQgAr1EIAPtRCAAFUggAUFIIAFhSCAClUggAqVIIAPpSCAD8UggAT1MIAF1TCACkUwgArlMIAPlTCAAHVAgATlQIAFtUCACjVAgAulQIAPhUCAAAVQgATVUIAF1VCACiVQgAp1UIAPdVCAD9VQgATFYIAFRWCAChVggAplYIAPZWCAD3VggAS1cIAFdXCACgVwgAplcIAPVXCAD3VwgASlgIAFRYCACfWAgArVgIAPRYCAD5WAgASVkIAFZZCADScREAoFkIAPNZCAD9WQgASFoIAFZaCACdWggAoloIAPJaCAD/WggAR1sIAElbCAAcLwoAUVsIAJxbCACqWwgA8VsIAAdcCABGXAgAUlwIAJtcCACgXAgA8FwIAPlcCABFXQgAT10IAJpdCACmXQgA710IAAJeCABEXggAU14IAJleCAClXggA7l4IAO9eCABDXwgATV8IAJhfCACmXwgA7V8IAPJfCABCYAgAT2AIACdyEQCgYAgA7GAIAPZgCABBYQgAQ2EIAJZhCACgYQgA62EIAPdhCABAYggASGIIACZzEQCWYggA6mIIAPZiCAA/YwgARWMIAJRjCACWYwgA6WMIAPNjCAA+ZAgATGQIAJNkCACYZAgA6GQIAPVkCAA9ZQgARWUIAJJlCACcZQgA52UIAPVlCAA8ZggAUmYIAJFmCACdZggA5mYIAO1mCAA7ZwgAQ2cIAJBnCACVZwgA5WcIAO5nCAA6aAgARGgIAI9oCACkaAgA5GgIAO1oCAA5aQgARmkIAI5pCACQaQgA42kIAPxpCAA4aggASWoIAI1qCACZaggA4moIAOpqCAB7cxEAPGsIAIxrCACUawgA4WsIAPdrCAA2bAgAO2wIAItsCACSbAgA4GwIAO5sCAA1bQgARW0IAIptCACebQgA320IAOdtCAA0bggAQ24IAIluCACObggA3m4IAOduCAAzbwgAQG8IAIhvCACSbwgA3W8IAOlvCAAycAgAOHAIANBzEQCVcAgA3HAIAPJwCAAxcQgAPXEIAIZxCACLcQgA23EIAORxCAAwcggAOnIIAIVyCACNcggA2nIIAN5yCAAvcwgAMXMIAIRzCACScwgA2XMIAONzCAAudAgAPHQIAIN0CACQdAgA2HQIAO90CAAtdQgANXUIAIJ1CACSdQgA13UIANx1CAAsdggAMnYIAIF2CACJdggA1nYIAPF2CAArdwgALXcIAIB3CACRdwgA1XcIAN53CAAqeAgANngIACV0EQCEeAgA1HgIANd4CAApeQgAM3kIAH55CACAeQgA03kIAO55CAAoeggAKnoIAH16CACLeggA0noIAON6CAAnewgAKXsIAHx7CACVewgA0XsIAOJ7CAAmfAgAMnwIAHp0EQCYfAgA0HwIAOF8CAAlfQgAQX0IAHp9CACCfQgAz3QRANR9CAAkfggALH4IAHl+CACEfggAzn4IANN+CAAjfwgAJn8IAHh/CACCfwgAzX8IANB/CAAigAgAKoAIAHeACAB5gAgAzIAIAOeACAAhgQgAI4EIAHaBCACEgQgAy4EIANyBCAAggggAIoIIAHWCCACOgggAyoIIANuCCAAfgwgAK4MIAHSDCAB8gwgAJHURANaDCAAehAgAJoQIAHOECAB9hAgAyIQIANOECAAdhQgAKYUIAHKFCAB6hQgAeXURAMyFCAAchggAIYYIAHGGCACChggAznURANOGCAAbhwgAHYcIAHCHCACJhwgAxYcIANaHCAAaiAgAJogIAG+ICAB3iAgAI3YRAMmICAAZiQgAIYkIAG6JCAB9iQgAw4kIAMmJCAAYiggAJIoIAG2KCABviggAwooIAMyKCAAXiwgAI4sIAGyLCAB0iwgAeHYRAM2LCAAWjAgAGYwIAGuMCABujAgAwIwIAM6MCAAVjQgAGo0IAGqNCAB3jQgAzXYRANCNCAAUjggAHI4IAGmOCAAhjggAtZcIAHSOCAC+jggAw44IABOPCAAWjwgAaI8IAHKPCAC9jwgA4I8IABKQCAAVkAgAZ5AIAIuQCAC8kAgAxJAIACJ3EQAXkQgAZpEIAHSRCAC7kQgAx5EIABCSCAAXkggAZZIIAG2SCAC6kggAypIIAA+TCAAUkwgAZJMIAGqTCAC5kwgAwZMIAA6UCAArlAgAY5QIAGyUCAC4lAgAxJQIAA2VCAATlQgAYpUIAHaVCAC3lQgAv5UIAAyWCAAclggAYZYIAGOWCAC2lggAxJYIAAuXCAAclwgAd3cRAGeXCADMdxEAupcIAAqYCAARmAgAX5gIAGuYCAC0mAgAt5gIAAmZCAAZmQgAXpkIAGCZCACzmQgAwZkIAAiaCAAZmggAIXgRAGSaCAB2eBEAxZoIAAebCAAWmwgAXJsIAGibCACxmwgAspsIAAacCAAQnAgAW5wIAGmcCACwnAgAtZwIAAWdCAASnQgAy3gRAF+dCACvnQgAuJ0IAASeCAAVnggAWZ4IAGCeCACunggAtp4IAAOfCAAQnwgAWJ8IAF2fCACtnwgAt58IAAKgCAAKoAgAV6AIAF2gCACsoAgAuKAIAAGhCAADoQgAVqEIAGWhCACroQgAtqEIAACiCAAIoggAVaIIAFeiCACqoggAt6IIAP+iCAATowgAVKMIAFyjCACpowgAuKMIAP6jCAADpAgAU6QIAGCkCACopAgAsqQIAP2kCAD/pAgAUqUIAGGlCACnpQgAsaUIAPylCAAEpggAUaYIAFKmCACmpggAq6YIAPumCAAJpwgAUKcIAF2nCAClpwgAr6cIAMp5EQD9pwgAT6gIAFuoCACVtwgAa6gIAKSoCACsqAgAH3oRAP6oCABOqQgAVqkIAKOpCACmqQgA+KkIAASqCABNqggAU6oIAKKqCAC9qggA96oIAAOrCABMqwgAUqsIAKGrCACkqwgA9qsIAP6rCABLrAgATawIAKCsCAC7rAgA9awIAPesCABKrQgAWK0IAJ+tCACwrQgA9K0IAPatCABJrggAYq4IAJ6uCACvrggA864IAP+uCABIrwgAUK8IAHR6EQCirwgA8q8IAPivCABHsAgAT7AIAJywCACrsAgA8bAIAPawCABGsQgAU7EIAJuxCACosQgA8LEIAPyxCABFsggAVLIIAJqyCACksggA77IIAP2yCABEswgASbMIAJmzCACmswgAyXoRAPqzCABDtAgASbQIAJi0CACztAgA7bQIAPm0CABCtQgASLUIAJe1CACatQgA7LUIAPi1CABBtggAR7YIAJa2CACctggA67YIAPC2CABAtwgARrcIAB57EQCbtwgA6rcIAPC3CAA/uAgARLgIAJS4CACauAgAc3sRAO64CAA+uQgAS7kIAJO5CACguQgA6LkIAPS5CAA9uggATLoIAJK6CACcuggA57oIAPW6CAA8uwgAQbsIAJG7CACeuwgA5rsIAP67CAA7vAgAQbwIAJC8CACcvAgA5bwIAPW8CAA6vQgAQ70IAI+9CACSvQgA5L0IAPC9CAA5vggAQL4IAHJ8EQCQvggA474IAO2+CAA4vwgAO78IAI2/CACVvwgA4r8IAOW/CAA3wAgAQ8AIAIzACACSwAgA4cAIAPzACAA2wQgAQsEIAIvBCACRwQgAx3wRAADCCAA1wggAQMIIAIrCCACPwggA38IIAOjCCAA0wwgAN8MIAInDCACVwwgA3sMIAOrDCAB+zggA9sMIADPECAA6xAgAiMQIAI7ECADdxAgA68QIADLFCABNxQgAh8UIAJPFCADcxQgA4sUIADHGCABLxggAhsYIAJLGCADbxggA4cYIADDHCAA2xwgAhccIAIrHCADaxwgA4McIABx9EQA8yAgAhMgIAJDICADZyAgA48gIAC7JCAAyyQgAg8kIAIjJCADYyQgA3skIAC3KCABNyggAgsoIAI7KCADXyggA3coIACzLCAAyywgAgcsIAIbLCADWywgA3MsIAMZ9EQAwzAgAgMwIAIfMCADVzAgA4cwIACrNCABGzQgAf80IAIfNCADFfhEA/c0IACnOCABPzggAGn8RAJHOCADTzggA4s4IACjPCAA0zwgAfc8IAH7PCADSzwgA3M8IACfQCAA10AgAfNAIAIHQCADR0AgA3tAIAG9/EQAu0QgAboARAIDRCADQ0QgA3dEIACXSCAAy0ggAetIIAIbSCADP0ggA3tIIACTTCAAu0wgAedMIAIfTCADO0wgA09MIACPUCAAw1AgAeNQIAIDUCADDgBEA2dQIACLVCAAy1QgAd9UIAIDVCADM1QgAz9UIACHWCAAt1ggAdtYIAH3WCAAYgREA1tYIACDXCAAs1wgAddcIAH3XCABtgREA19cIAB/YCAAm2AgAdNgIAHXYCADJ2AgAztgIAB7ZCAAs2QgAc9kIAIDZCADI2QgA0tkIAB3aCAAl2ggActoIAHvaCADH2ggAzdoIABzbCAAt2wgAcdsIAI3bCADG2wgAztsIAMKBEQAm3AgAcNwIAHrcCADF3AgAz9wIABrdCAAb3QgAF4IRAHTdCADE3QgA0d0IABneCAAm3ggAbt4IAHreCADD3ggA0t4IABjfCAAi3wgAbd8IAHXfCADC3wgAzN8IABfgCAAc4AgAbOAIAHTgCABsghEAzOAIABbhCAAi4QgAa+EIAHPhCADBghEAxeEIABXiCAAk4ggAauIIAIriCAC/4ggAy+IIABTjCAAa4wgAaeMIAHHjCAC+4wgAxeMIABPkCAAV5AgAaOQIAHTkCAC95AgA0+QIABLlCAAX5QgAZ+UIAHTlCAAWgxEAweUIABHmCAAg5ggAZuYIAIbmCAC75ggAx+YIABDnCAAW5wgAZecIAG3nCAC65wgAwecIAA/oCAAR6AgAZOgIAHDoCAC56AgAz+gIAA7pCAAT6QgAY+kIAHDpCAC46QgAwOkIAA3qCAAT6ggAYuoIAGvqCAC36ggAxOoIAAzrCAAZ6wgAYesIAG/rCAC26wgAw+sIAAvsCAAi7AgAYOwIAJDsCABrgxEAu+wIAArtCADC7AgAbS4PACDtCABf7QgAbe0IALTtCAC37QgACe4IAAzuCABe7ggAbO4IALPuCAC47ggACO8IABXvCABd7wgAZe8IALLvCAC57wgAB/AIABPwCABc8AgAafAIALHwCAC/8AgABvEIABLxCABb8QgAYvEIALDxCAC48QgABfIIAAnyCABa8ggAZfIIAK/yCAC98ggABPMIABXzCABZ8wgAZfMIAK7zCAC28wgAwIMRAAn0CABY9AgAbPQIAK30CAC79AgAAvUIAA/1CABX9QgAbvUIAKz1CAC09QgAAfYIAAv2CABW9ggAW/YIAKv2CACz9ggAAPcIAA/3CABV9wgAWvcIAKr3CAC39wgA//cIAAz4CABU+AgAYPgIAKn4CAC4+AgA/vgIAAj5CABT+QgAW/kIAKj5CACy+QgA/fkIAAL6CABS+ggAWvoIABWEEQCy+ggA/PoIAAj7CABR+wgAWfsIAGqEEQCr+wgA+/sIAAr8CABQ/AgAcPwIAKX8CACx/AgA+vwIAAD9CABP/QgAV/0IAKT9CACr/QgA+f0IAPv9CABO/ggAWv4IAKP+CAC5/ggA+P4IAP3+CABN/wgAWv8IAL+EEQCr/wgA9/8IAP3/CABMAAkAWgAJAKEACQCuAAkA9gAJAA0BCQBLAQkAUwEJAKABCQCvAQkA9QEJAPoBCQBKAgkAVwIJAJ8CCQCsAgkA9AIJAAADCQBJAwkAWAMJAJ4DCQCoAwkA8wMJAA8ECQBIBAkAUAQJABSFEQCqBAkA0soNAKwECQDyBAkA/AQJALBBDgASBQkARwUJAFMFCQCcBQkAogUJAPEFCQD5BQkAWUgJAP0FCQBGBgkACwYJAG8yCQBZBgkAmwYJAKoGCQDwBgkA/AYJAEUHCQBGBwkAmgcJAKQHCQDvBwkA/QcJAEQICQBJCAkAmQgJAKYICQBphREA9AgJAEMJCQBJCQkAmAkJAJ0JCQDtCQkA8wkJAGiGEQBNCgkAlwoJAKUKCQDsCgkA/QoJAEELCQBNCwkAlgsJAJ4LCQAShxEA9wsJAEAMCQBKDAkAlQwJAKQMCQDqDAkA9QwJAD8NCQBNDQkAlA0JAKENCQDpDQkAAA4JAD4OCQBGDgkAkw4JAJYOCQDoDgkA9A4JAD0PCQBDDwkAkg8JAK0PCQDnDwkA8w8JADwQCQBCEAkAkRAJAJkQCQDmEAkA6BAJADsRCQA8EQkAkBEJAJ4RCQDlEQkA7REJADoSCQBVEgkAjxIJAJsSCQDkEgkA6hIJADkTCQA8EwkAjhMJAJwTCQDjEwkA6BMJADgUCQBFFAkAjRQJAKkUCQDiFAkA6hQJAGeHEQBEFQkAsz4OAEgVCQCMFQkAShUJAASYDgCYFQkA4RUJAO4VCQA2FgkAOxYJAIsWCQCVFgkA4BYJAPAWCQA1FwkAOhcJAIoXCQCTFwkA3xcJAOwXCQA0GAkAOxgJAIkYCQCVGAkA3hgJAOQYCQAzGQkAORkJAIgZCQCNGQkA3RkJAOMZCQC8hxEAPhoJAIcaCQCNGgkA3BoJAOIaCQAxGwkAPhsJAIYbCQCLGwkA2xsJAOMbCQAwHAkAZhwJAIUcCQCwHAkA2hwJAOIcCQAvHQkAPB0JAIQdCQCJHQkA2R0JAOEdCQAuHgkAMR4JAIMeCQCMHgkA2B4JAOceCQAtHwkAOB8JAIIfCQCKHwkA1x8JAOcfCQAsIAkAOiAJAIEgCQCSIAkA1iAJAOIgCQArIQkAMyEJALuIEQCGIQkA1SEJAN0hCQAqIgkAMSIJAH8iCQCNIgkA1CIJANoiCQApIwkANSMJAH4jCQCNIwkA0yMJAN0jCQAoJAkALSQJAH0kCQCDJAkA0iQJAOYkCQAQiREAMSUJAP6iCQA0JQkAfCUJADYlCQCPZwkAgSUJANElCQDdJQkAJiYJADMmCQB7JgkAhSYJAGWJEQDrJgkAJScJACcnCQB6JwkAgCcJAM8nCQAHKAkAJCgJACooCQB5KAkAgigJAM4oCQDbKAkAIykJAFspCQB4KQkAfykJAM0pCQDSKQkAIioJADEqCQB3KgkAlyoJAMwqCQDYKgkAISsJACcrCQB2KwkAkCsJAMsrCQDOKwkAICwJACUsCQB1LAkAhCwJAMosCQDqLAkAD4oRAD8tCQB0LQkAgC0JAMktCQDTLQkAHi4JACouCQBq4QkAKy4JAHMuCQB4LgkAyC4JANIuCQAdLwkALS8JAHIvCQB3LwkAxy8JANAvCQAcMAkAKTAJAHEwCQB4MAkAxjAJANIwCQAbMQkAITEJAHAxCQB2MQkAxTEJAMoxCQAaMgkAIDIJAGSKEQByMgkAxDIJAMkyCQAZMwkAKDMJAG4zCQCOMwkADosRANEzCQAYNAkAJTQJAG00CQB0NAkAwjQJAMo0CQAXNQkAGTUJAGw1CQAeNQkA9f4LAC41CQDfvwsAcjUJAGTlCwB0NQkAwTUJAMU1CQC5PQkA1zUJAMmACwDcNQkAFjYJABg2CQBrNgkAfDYJAMA2CQDONgkAFTcJABw3CQBqNwkAcjcJAL83CQDGNwkAFDgJABk4CQBpOAkAeDgJAL44CQDeOAkAEzkJAB85CQBoOQkAbjkJAL05CQDFOQkAEjoJAB46CQBnOgkAdDoJALw6CQDXOgkAETsJAB87CQBmOwkAbDsJALs7CQDAOwkAEDwJAB08CQBlPAkAezwJALo8CQDGPAkADz0JABw9CQBkPQkAbj0JAGOLEQC+PQkADj4JABQ+CQBjPgkAgz4JALg+CQDGPgkADT8JABo/CQBiPwkAeT8JALc/CQC/PwkADEAJABtACQBhQAkAZkAJALZACQDDQAkAC0EJABVBCQBgQQkAYkEJALVBCQDDQQkACkIJABdCCQBfQgkAa0IJALRCCQC6QgkACUMJABFDCQBeQwkAZEMJALNDCQC8QwkACEQJABVECQBdRAkAZ0QJALJECQDARAkAB0UJAB1FCQBcRQkAaEUJALFFCQC5RQkAuIsRABBGCQBbRgkAYUYJALBGCQCyRgkABUcJAA9HCQBaRwkAZkcJAK9HCQDGRwkABEgJABhICQANjBEAZ0gJAK5ICQCxSAkAA0kJAAtJCQBYSQkAZEkJAK1JCQC7SQkAAkoJAAxKCQBXSgkAYkoJAKxKCQC4SgkAAUsJAAdLCQBWSwkAXksJAKtLCQC4SwkAAEwJAAVMCQBVTAkAX0wJAKpMCQCyTAkA/0wJAAVNCQBUTQkAXU0JAKlNCQC2TQkA/k0JAAtOCQBTTgkAYU4JAKhOCQC1TgkA/U4JABRPCQBSTwkAWk8JAKdPCQCsTwkA/E8JAAJQCQBRUAkAWVAJAKZQCQC8UAkA+1AJAAlRCQBQUQkAU1EJAKVRCQC0UQkA+lEJAP9RCQBPUgkAXFIJAKRSCQC0UgkA+VIJAAdTCQBOUwkAZVMJAKNTCQCsUwkA+FMJAP5TCQBNVAkAWVQJAKJUCQCpVAkAYowRAANVCQBMVQkATlUJAKFVCQCrVQkA9lUJAAJWCQBLVgkAU1YJALeMEQClVgkA9VYJAARXCQBKVwkAalcJAJ9XCQCrVwkA9FcJAPpXCQBJWAkAUVgJAJ5YCQCfWAkA81gJAPlYCQBIWQkATVkJAJ1ZCQC4WQkA8lkJAABaCQBHWgkATloJAJxaCQCoWgkA8VoJAPdaCQAMjREAS1sJAJtbCQClWwkA8FsJAAFcCQBFXAkAUVwJAJpcCQCdXAkA71wJAPJcCQBEXQkATF0JAJldCQCgXQkA7l0JAPNdCQBDXgkAUl4JAJheCQC4XgkA7V4JAPleCQBCXwkASF8JAJdfCQCfXwkA7F8JAPlfCQBBYAkARmAJAJZgCQCgYAkA62AJAPNgCQBAYQkAUGEJAJVhCQCaYQkA6mEJAPNhCQA/YgkATGIJAJRiCQCbYgkAYY0RAO5iCQA+YwkATWMJAJNjCQCzYwkA6GMJAPRjCQA9ZAkAQ2QJAJJkCQCaZAkA52QJAPNkCQA8ZQkASWUJAJFlCQCYZQkA5mUJAOdlCQA7ZgkAQGYJAJBmCQCeZgkA5WYJAPJmCQA6ZwkARGcJALaNEQCUZwkA5GcJAPFnCQA5aAkARmgJAI5oCQCUaAkA42gJAO9oCQA4aQkASGkJAI1pCQCWaQkA4mkJAOVpCQA3agkAQ2oJAIxqCQCTagkAC44RAONqCQA2awkA6GoJAKn0DADxagkArEYNAEdrCQCLawkAk2sJAOBrCQDqawkANWwJAERsCQCKbAkAi2wJAN9sCQDnbAkAtY4RADxtCQAKjxEAp20JAN5tCQCsbQkApp0RALNtCQBojgkA5m0JADNuCQBCbgkAiG4JAI1uCQDdbgkA6m4JADJvCQA/bwkAh28JAJNvCQDcbwkA628JADFwCQA7cAkAhnAJAKlwCQDbcAkAEXEJADBxCQBUcQkAhXEJAI1xCQBekBEA33EJAC9yCQA1cgkAhHIJAIxyCQCzkBEA53IJAC5zCQBJcwkAg3MJAI9zCQDYcwkA6XMJAC10CQBBdAkAgnQJAIp0CQDXdAkA3XQJACx1CQA4dQkAgXUJAJF1CQDWdQkA33UJACt2CQAudgkAgHYJAIx2CQDVdgkA3HYJAAiREQA4dwkAf3cJAIl3CQBdkREA2XcJACl4CQA2eAkAfngJAIt4CQDTeAkA33gJACh5CQA3eQkAfXkJAId5CQDSeQkA4HkJACd6CQAsegkAfHoJAIl6CQDRegkA2XoJALKREQAyewkAe3sJAIt7CQDQewkA2XsJACV8CQAofAkAenwJAIZ8CQDPfAkA1nwJAAeSEQAzfQkAeX0JAH59CQDOfQkA230JACN+CQAwfgkAeH4JAH5+CQDNfgkA2X4JACJ/CQAyfwkAd38JAIB/CQDMfwkAz38JACGACQAtgAkAdoAJAH2ACQBckhEA0IAJACCBCQAtgQkAdYEJAJOBCQDKgQkA1oEJAB+CCQAyggkAdIIJAIKCCQDJggkAzIIJAB6DCQAogwkAc4MJAIGDCQDIgwkA1YMJAB2ECQA0hAkAcoQJAHqECQDHhAkAzoQJAByFCQAhhQkAcYUJAIeFCQDGhQkAyIUJABuGCQAphgkAcIYJAH2GCQCxkhEAzYYJAAaTEQAfhwkAb4cJAHyHCQDEhwkA0YcJABmICQAliAkAbogJAH2ICQDDiAkAzYgJABiJCQAmiQkAbYkJAHKJCQDCiQkAz4kJABeKCQAfigkAW5MRAHiKCQDBigkA0YoJABaLCQAfiwkAa4sJAG6LCQDAiwkAzIsJABWMCQAcjAkAsJMRAHaMCQC/jAkAz4wJABSNCQDVjAkA1B0OAB2NCQBpjQkAbI0JAL6NCQDKjQkAE44JABqOCQAFlBEAcY4JALqRCQByjgkAvY4JAMyOCQASjwkAzo4JAGaQCQATjwkAZ48JAIOPCQC8jwkA9I8JABGQCQBJkAkAWpQRAGmQCQC7kAkA15AJABCRCQBIkQkAZZEJAJ2RCQCvlBEAx5EJAA+SCQAdkgkAZJIJAHeSCQC5kgkA1ZIJAA6TCQBGkwkAY5MJAJuTCQAElREAyZMJAA2UCQAZlAkAYpQJAGqUCQBZlREAvJQJAAyVCQAUlQkAYZUJAHCVCQC2lQkAu5UJAAuWCQAYlgkAYJYJAG2WCQC1lgkAwZYJAAqXCQAZlwkAX5cJAGmXCQC0lwkAvJcJAAmYCQATmAkAXpgJAGOYCQCzmAkAu5gJAK6VEQAXmQkAXZkJABmZCQCxmgkAXpkJALKZCQDOmQkAB5oJAD+aCQBcmgkAlJoJAAOWEQC0mgkABpsJACKbCQBbmwkAk5sJALCbCQDomwkAWJYRAAicCQBanAkAa5wJAK+cCQDLnAkABJ0JADydCQBZnQkAkZ0JAK2WEQC7nQkAA54JAA+eCQBYngkAZ54JAK2eCQC3ngkAAp8JAAqfCQDiEwoAEJ8JAFefCQBcnwkArJ8JALmfCQABoAkACaAJAFagCQBcoAkAq6AJAGagCQDwBQoAt6AJAAChCQAQoQkAVaEJAF6hCQCqoQkAraEJAP+hCQALogkAVKIJAFuiCQAClxEAzKIJAFeXEQAMowkAU6MJAGmjCQCoowkAtKMJAP2jCQAEpAkAUqQJAFekCQCnpAkAsKQJAPykCQAGpQkArJcRAFalCQDiuwwAW6UJAKalCQBdpQkA9FQMALClCQD7pQkA/KUJAFCmCQBfpgkApaYJAKqmCQD6pgkAB6cJAE+nCQBcpwkApKcJALCnCQD5pwkACKgJAE6oCQBYqAkAo6gJALGoCQD4qAkA/agJAE2pCQBaqQkAoqkJAKOpCQD3qQkA/KkJAEyqCQBRqgkAoaoJALKqCQD2qgkAGasJAEurCQBWqwkAoKsJAKWrCQD1qwkA+KsJAEqsCQBUrAkAn6wJAMesCQD0rAkAE60JAFaYEQBVrQkAnq0JAKCtCQDzrQkAAq4JAEiuCQBTrgkAna4JAKWuCQDyrgkA+a4JAEevCQBJrwkAnK8JAKavCQDxrwkA868JAEawCQBfsAkAm7AJAJ2wCQDwsAkA87AJAEWxCQBRsQkAmrEJAKKxCQCrmBEA+7EJAESyCQBKsgkAmbIJALSyCQDusgkA+rIJAEOzCQBJswkAmLMJAKCzCQDtswkA77MJAEK0CQBMtAkAl7QJAJ+0CQAAmREA/bQJAEG1CQBItQkAlrUJAJ61CQDrtQkA+LUJAEC2CQBFtgkAlbYJAJ+2CQDqtgkA8rYJAD+3CQBOtwkAlLcJAJm3CQDptwkA9rcJAD64CQBLuAkAk7gJAJ+4CQDouAkA97gJAD25CQBHuQkAkrkJAJq5CQDnuQkA8bkJADy6CQBBugkAkboJAJm6CQBVmREA8roJADu7CQBLuwkAkLsJAJm7CQDluwkA6LsJADq8CQBGvAkAj7wJAJa8CQCqmREA6rwJADm9CQA/vQkAjr0JAJO9CQDjvQkA6b0JAP+ZEQA+vgkAjb4JAJO+CQDivgkA574JABnYDgDvvgkAN78JADy/CQCMvwkAlL8JAOG/CQAKwAkANsAJABXACQCExwkAX8AJAIvACQC0wAkA4MAJAAvBCQA1wQkAPcEJAIrBCQCZwQkA38EJAOTBCQA0wgkAQcIJAInCCQCWwgkA3sIJAOrCCQAzwwkAQsMJAIjDCQCSwwkA3cMJAOvDCQAyxAkAN8QJAIfECQCUxAkA3MQJAOTECQAxxQkAN8UJAIbFCQCSxQkA28UJAOvFCQAwxgkAOcYJAIXGCQCIxgkA2sYJAObGCQAvxwkANscJAFSaEQCtxwkA2ccJAATICQAuyAkANsgJAIPICQCSyAkA2MgJAN3ICQAtyQkAOskJAILJCQCPyQkA18kJAOPJCQAsygkAO8oJAIHKCQCLygkA1soJAOTKCQArywkAMMsJAIDLCQCNywkA1csJAN3LCQAqzAkAMMwJAH/MCQCLzAkA1MwJAOTMCQApzQkAMs0JAH7NCQCBzQkA080JAN/NCQAozgkAL84JAKmaEQB/zgkAtOcOAIvOCQDSzgkA384JACfPCQAzzwkAfM8JAILPCQDRzwkA188JACbQCQAr0AkAe9AJAIHQCQD+mhEA9tAJACXRCQBL0QkAetEJAK7RCQDP0QkA+NEJACTSCQBP0gkAqJsRAIXSCQDO0gkAh9IJAJwDCwDY0gkAI9MJAD3TCQB40wkAe9MJANgdCgCH0wkAzdMJANLTCQAi1AkAL9QJAHfUCQCE1AkAzNQJANjUCQAh1QkAMNUJAHbVCQCA1QkAy9UJANfVCQAg1gkAM9YJAHXWCQCE1gkAytYJANbWCQAf1wkAINcJAHTXCQB+1wkAydcJANfXCQAe2AkAI9gJAHPYCQCA2AkA/ZsRAM3YCQAd2QkAKtkJAHLZCQB/2QkAx9kJANPZCQAc2gkAK9oJAHHaCQB72gkAxtoJANTaCQAb2wkAINsJAHDbCQB92wkAxdsJAM3bCQD8nBEAJtwJAG/cCQB/3AkAxNwJAM3cCQAZ3QkAHN0JAG7dCQB63QkAw90JAMrdCQBRnREAG94JAG3eCQB13gkAwt4JAM7eCQAX3wkAHd8JAGzfCQBy3wkAwd8JAMbfCQAW4AkAHOAJAPudEQCU4AkAwOAJAOngCQAV4QkAOeEJAKWeEQBw4QkALxsLAH3hCQC/4QkAzuEJABTiCQAg4gkAaeIJAGriCQC+4gkAyOIJABPjCQAh4wkAaOMJAG3jCQC94wkAyuMJAPqeEQA15AkAT58RAJDkCQC85AkA5eQJABHlCQA15QkApJ8RAHTlCQC75QkAwOUJABDmCQAd5gkAZeYJAG3mCQC65gkAwOYJAA/nCQAb5wkAZOcJAHTnCQC55wkAwucJAA7oCQAR6AkAY+gJAJ7oCQC46AkAxOgJAPmfEQAT6QkAYukJAHvpCQC36QkAxekJAAzqCQAZ6gkAYeoJAGjqCQC26gkAv+oJAAvrCQAY6wkAYOsJAHfrCQC16wkAuOsJAArsCQAM7AkAX+wJAGjsCQC07AkAxOwJAAntCQAi7QkAXu0JAGDtCQCz7QkAvO0JAAjuCQAQ7gkAXe4JAF/uCQCy7gkAy+4JAAfvCQAe7wkAXO8JAGjvCQCx7wkAwu8JAAbwCQAS8AkAW/AJAGbwCQCw8AkAvfAJAAXxCQAP8QkATqARAG3xCQCv8QkAvfEJAATyCQDs8QkAUfoJAEDyCQBZ8gkAZvIJAK7yCQC28gkAA/MJAAnzCQBY8wkAZPMJAK3zCQC48wkAAvQJAAv0CQBX9AkAWvQJAKz0CQCu9AkAAfUJAAj1CQBW9QkAWPUJAKOgEQCu9QkAAPYJAA72CQBV9gkAWvYJAKr2CQC39gkA//YJAAv3CQBU9wkAXPcJAPigEQC39wkA/vcJAA74CQBT+AkAYfgJAKj4CQCx+AkA/fgJAAf5CQBS+QkAVPkJAKf5CQCx+QkA/PkJAP75CQBNoREAVvoJAKb6CQCu+gkA+/oJAAH7CQBQ+wkAXPsJAKX7CQC0+wkA+vsJAAP8CQBP/AkAUvwJAKT8CQCm/AkA+fwJAAD9CQBO/QkAUP0JAKKhEQCo/QkA+P0JABT+CQBN/gkAaf4JAPehEQCv/gkAETkLALH+CQD3/gkA/P4JAEz/CQBZ/wkAof8JAK7/CQD2/wkA/P8JAEsACgBXAAoAoAAKALAACgD1AAoA/gAKAEoBCgBNAQoAnwEKAKsBCgD0AQoA+wEKAEyiEQBYAgoAngIKAKMCCgDzAgoAAAMKAEgDCgBVAwoAnQMKAKMDCgDyAwoA/gMKAEcECgBXBAoAnAQKAKUECgDxBAoA9AQKAEYFCgBSBQoAmwUKAKIFCgChohEA8gUKAEUGCgBTBgoAmgYKAKsGCgD2ohEA9gYKAEujEQBMBwoAoKMRAJ4HCgDuBwoA+wcKAEMICgBQCAoAmAgKAKQICgDtCAoA/AgKAEIJCgBMCQoAlwkKAKUJCgDsCQoA8QkKAEEKCgBOCgoAlgoKAJ4KCgD1oxEA9woKAEALCgBQCwoAlQsKAJ4LCgDqCwoA7QsKAD8MCgBLDAoAlAwKAJsMCgBKpBEA6wwKAD4NCgBMDQoAkw0KAKQNCgCfpBEA7w0KAPSkEQBFDgoASaURAJcOCgDnDgoA9A4KADwPCgBJDwoAkQ8KAJ0PCgDmDwoA9Q8KADsQCgBFEAoAkBAKAJ4QCgDlEAoA6hAKADoRCgBHEQoAjxEKAJcRCgCepREA8BEKADkSCgBJEgoAjhIKAJcSCgDjEgoA5hIKADgTCgBEEwoAjRMKAJQTCgDzpREA7BMKADcUCgBFFAoAjBQKAKIUCgDhFAoA7RQKADYVCgA9FQoAixUKAJMVCgDgFQoA5RUKADUWCgA+FgoAihYKAJQWCgBIphEA9RYKADQXCgBAFwoAiRcKAJAXCgDeFwoA5hcKADMYCgA4GAoAiBgKAJEYCgDdGAoA5xgKAJ2mEQA3GQoA3cAMAD4ZCgDkZgoAQRkKAIcZCgBcGQoAxX0SAIwZCgDcGQoA6RkKADEaCgA+GgoAhhoKAJIaCgDbGgoA6hoKADAbCgA6GwoAhRsKAJMbCgDaGwoA5xsKAC8cCgBGHAoAhBwKAIwcCgDZHAoA4xwKAC4dCgAzHQoAgx0KAIsdCgDyphEA3R0KAC0eCgA8HgoAgh4KAKIeCgDXHgoA4x4KACwfCgA2HwoAgR8KAIsfCgDWHwoA5B8KACsgCgBBIAoAgCAKAIwgCgDVIAoA2iAKACohCgAzIQoAfyEKAIkhCgDUIQoA4CEKACkiCgA8IgoAfiIKAI0iCgDTIgoA3yIKACgjCgApIwoAfSMKAIcjCgDSIwoA4CMKACckCgAsJAoAfCQKAIkkCgCcpxEA3yQKACYlCgA8JQoAeyUKAIclCgDQJQoA1yUKACUmCgAtJgoAeiYKAH8mCgDPJgoA2CYKACQnCgAuJwoAm6gRAH4nCgDOJwoA1icKACMoCgAmKAoAeCgKAIEoCgDNKAoA3CgKACIpCgAtKQoAdykKAH8pCgDMKQoA3CkKACEqCgAvKgoAdioKAIcqCgDLKgoA1yoKACArCgAoKwoA8KgRAHsrCgDKKwoA0isKAB8sCgAmLAoAdCwKAIIsCgDJLAoAzywKAB4tCgAqLQoAcy0KAIItCgDILQoA0i0KAB0uCgAiLgoAci4KAHguCgDHLgoA2y4KAEWpEQAtLwoAcS8KAH0vCgDGLwoAzC8KABswCgAhMAoAcDAKAHUwCgDFMAoAyzAKAJqpEQAfMQoAbzEKAIAxCgDEMQoAzDEKABkyCgDQMQoAUk4KANIxCgDCgw8AIzIKAG4yCgB8MgoAwzIKANkyCgAYMwoAJDMKAG0zCgB0MwoAwjMKAMozCgAXNAoAHDQKAGw0CgB1NAoAwTQKAMs0CgAWNQoAHjUKAGs1CgBvNQoAwDUKAMs1CgAVNgoAIzYKAGo2CgB7NgoAvzYKAMs2CgAUNwoAHDcKAO+pEQBrNwoAvjcKAMw3CgATOAoAHTgKAGg4CgB2OAoAvTgKAMo4CgASOQoAKTkKAGc5CgBvOQoAvDkKAMw5CgAROgoAFjoKAGY6CgBsOgoAuzoKAMM6CgAQOwoAEjsKAGU7CgByOwoAujsKAMI7CgAPPAoAFDwKAGQ8CgBlPAoAuTwKAMU8CgAOPQoAGz0KAGM9CgBrPQoAuD0KAMc9CgANPgoAEj4KAGI+CgBvPgoAtz4KAMQ+CgAMPwoAGD8KAGE/CgBwPwoAtj8KAMA/CgALQAoAGUAKAGBACgBlQAoAtUAKAMJACgBEqhEADUEKAF9BCgBnQQoAtEEKAMFBCgAJQgoADkIKAF5CCgBoQgoAs0IKALtCCgAIQwoACkMKAF1DCgB4QwoAskMKALRDCgAHRAoAFUQKAFxECgBtRAoAsUQKALNECgAGRQoAH0UKAFtFCgBsRQoAsEUKALxFCgCZqhEADUYKAFpGCgBgRgoAr0YKALtGCgAERwoAIUcKAFlHCgBiRwoArkcKALpHCgADSAoABkgKAFhICgBiSAoArUgKALVICgACSQoADEkKAFdJCgBlSQoArEkKAMJJCgABSgoADUoKAFZKCgBdSgoAq0oKALNKCgAASwoABUsKAFVLCgBeSwoAqksKALRLCgD/SwoAB0wKAFRMCgBWTAoAqUwKALlMCgD+TAoACE0KAFNNCgBfTQoAqE0KAK5NCgD9TQoABU4KAO6qEQBYTgoAp04KAK1OCgD8TgoAAU8KAFFPCgBXTwoAQ6sRALRPCgD7TwoAEVAKAFBQCgBcUAoApVAKAKpQCgD6UAoAA1EKAE9RCgBZUQoApFEKAMdRCgD5UQoA/VEKAE5SCgAIUgoAolMKAFBSCgCjUgoAsVIKAPhSCgACUwoATVMKAHFTCgBCrBEAqFMKAPdTCgADVAoATFQKAE5UCgChVAoAq1QKAPZUCgACVQoAS1UKAG9VCgCXrBEApFUKAPVVCgCvVQoASVcKAPdVCgBKVgoAWFYKAJ9WCgCpVgoA9FYKABhXCgDsrBEAT1cKAJ5XCgCqVwoA81cKAPVXCgBIWAoAUlgKAJ1YCgCpWAoA8lgKABZZCgBBrREAZFkKAJxZCgClWQoA8VkKAP9ZCgBGWgoATFoKAJtaCgCnWgoA8FoKAPhaCgCWrREATFsKAJpbCgCzWwoA71sKAP5bCgBEXAoATFwKAJlcCgCoXAoA7lwKAPNcCgBDXQoAUF0KAJhdCgClXQoA7V0KAPldCgBCXgoAUV4KAJdeCgChXgoA7F4KAPpeCgBBXwoARl8KAJZfCgCjXwoA660RAOxfCgBt3QoABGAKAEBgCgBKYAoAlWAKAJdgCgDqYAoA+GAKAD9hCgBMYQoAlGEKAJxhCgDpYQoAFWIKAD5iCgBFYgoAk2IKAKxiCgDoYgoA92IKAD1jCgBFYwoAkmMKAKFjCgDnYwoA7GMKADxkCgBJZAoAkWQKAJ5kCgDmZAoA8mQKADtlCgBKZQoAkGUKAJplCgDlZQoA82UKADpmCgA/ZgoAj2YKAJxmCgBArhEA92YKADlnCgBIZwoAjmcKAJpnCgDjZwoA72cKADhoCgA/aAoAjWgKAJloCgDiaAoA6WgKADdpCgA/aQoAjGkKAJBpCgDhaQoA7GkKADZqCgBCagoAi2oKAJhqCgDgagoA6GoKADVrCgA/awoAimsKAJBrCgDfawoA82sKADRsCgBCbAoAiWwKAJZsCgDebAoA9WwKADNtCgA7bQoAiG0KAJJtCgDdbQoA4m0KADJuCgA6bgoAh24KAJZuCgDcbgoA4W4KADFvCgA+bwoAhm8KAJNvCgDbbwoA528KADBwCgA/cAoAhXAKAI9wCgCVrhEA4nAKAC9xCgA+cQoAhHEKAIlxCgDZcQoA4nEKAC5yCgA/cgoAg3IKAIpyCgDYcgoA4HIKAC1zCgA6cwoAgnMKAIdzCgDXcwoA4XMKACx0CgA0dAoAgXQKAJp0CgDWdAoA4nQKACt1CgAzdQoA6q4RAI91CgDVdQoA8nUKACp2CgAzdgoAf3YKAI12CgDUdgoA2nYKACl3CgA1dwoAfncKAIV3CgDTdwoA23cKACh4CgA4eAoAfXgKAIN4CgDSeAoA13gKACd5CgA9eQoAfHkKAIR5CgDReQoA23kKACZ6CgAxegoAe3oKAId6CgDQegoA2HoKAD+vEQAyewoAensKAIF7CgDPewoA23sKACR8CgAqfAoAeXwKAIp8CgDOfAoA4nwKACN9CgAxfQoAeH0KAIV9CgDNfQoA5H0KACJ+CgAqfgoAd34KAH5+CgDMfgoAzn4KACF/CgArfwoAdn8KAHh/CgDLfwoA5H8KACCACgAigAoAdYAKAHiACgDKgAoA1oAKAB+BCgBNgQoAlK8RAIOBCgDJgQoA5oEKAB6CCgAnggoAc4IKAIGCCgDIggoAzoIKAB2DCgApgwoAcoMKAHqDCgDprxEAz4MKAByECgAihAoAcYQKAH2ECgDGhAoAyYQKABuFCgAghQoAcIUKAHmFCgDFhQoAy4UKABqGCgAphgoAb4YKAHuGCgDEhgoAzIYKAD6wEQAfhwoAbocKAHOHCgDDhwoA2YcKABiICgAgiAoAbYgKAHuICgDCiAoAzIgKABeJCgAaiQoAbIkKAHSJCgDBiQoAwokKABaKCgAcigoAa4oKAHmKCgDAigoA1ooKABWLCgAXiwoAaosKAHCLCgC/iwoA04sKABSMCgAcjAoAaYwKAHmMCgC+jAoAwIwKABONCgAijQoAaI0KAHKNCgC9jQoAwo0KABKOCgAYjgoAZ44KAHuOCgC8jgoAxI4KABGPCgAWjwoAZo8KAGyPCgC7jwoAw48KABCQCgATkAoAZZAKAGqQCgC6kAoAw5AKAA+RCgAVkQoAZJEKAHORCgC5kQoAxZEKAJOwEQAakgoAY5IKAHaSCgC4kgoA1JIKAA2TCgAVkwoA6LARAHCTCgC3kwoAzZMKAAyUCgAYlAoAYZQKAGaUCgC2lAoAv5QKAAuVCgAVlQoAYJUKAGiVCgC1lQoAt5UKAAqWCgAZlgoAX5YKAHyWCgC0lgoAvZYKAAmXCgAXlwoAXpcKAGSXCgCzlwoAwZcKAAiYCgAVmAoAXZgKAHSYCgCymAoAupgKAAeZCgAJmQoAXJkKAGSZCgCxmQoAwJkKAAaaCgALmgoAW5oKAGiaCgCwmgoAvZoKAAWbCgARmwoAWpsKAGmbCgCvmwoAuZsKAAScCgASnAoAWZwKAF6cCgCunAoAu5wKAD2xEQANnQoAWJ0KAFqdCgCtnQoAtJ0KAAKeCgAJngoAV54KAF2eCgCsngoAup4KAAGfCgAOnwoAVp8KAGafCgCrnwoAsJ8KAACgCgAIoAoAVaAKABygCgDlDwsAYaAKAKqgCgCsoAoAp6MKALegCgD/oAoABKEKAFShCgBeoQoAqaEKALmhCgD+oQoAA6IKAFOiCgBcogoAqKIKALWiCgD9ogoABKMKAFKjCgBaowoAkrERALWjCgD8owoAFKQKAFGkCgBTpAoApqQKAL2kCgD7pAoA/aQKAFClCgBepQoApaUKALKlCgD6pQoAAqYKAOexEQBVpgoApKYKAKamCgD5pgoABqcKAE6nCgBRpwoAo6cKALSnCgD4pwoA+qcKAE2oCgBXqAoAoqgKAK6oCgD3qAoA/6gKADyyEQBRqQoAoakKAKSpCgD2qQoAAKoKAEuqCgBTqgoAoKoKAK2qCgD1qgoA96oKAEqrCgBgqwoAn6sKAKurCgD0qwoA/KsKAJGyEQBMrAoAnqwKAGCsCgCJFQwAp6wKAPOsCgABrQoAc9cKAAKtCgBIrQoAU60KAJ2tCgClrQoA8q0KAP2tCgBHrgoATK4KAJyuCgCfrgoA8a4KAPuuCgA7sxEATK8KAJuvCgBQrwoAvYkOALavCgDwrwoA/K8KAEWwCgBLsAoAmrAKAKKwCgDvsAoABbEKAESxCgBSsQoAmbEKAJyxCgDusQoAB7IKAEOyCgBPsgoAmLIKAKOyCgDtsgoA77IKAEKzCgBdswoAl7MKAKWzCgDsswoA+bMKAEG0CgBYtAoAkLMRAJi0CgAQjA4ArLQKAOu0CgDstAoAQLUKAEW1CgCVtQoAm7UKAOq1CgDstQoAP7YKAEW2CgCUtgoAqLYKAOm2CgDxtgoAPrcKAE63CgCTtwoAlbcKAOi3CgD2twoAPbgKAE64CgDlsxEAmLgKAOe4CgDzuAoAOrQRAD65CgCRuQoAorkKAOa5CgDuuQoAO7oKAES6CgCQugoAl7oKAOW6CgDmugoAj7QRAEa7CgCPuwoAkbsKAOS7CgDruwoAObwKAEG8CgCOvAoAl7wKAOO8CgDqvAoAOL0KADm9CgDktBEAkr0KAOK9CgDqvQoAN74KAEG+CgCMvgoAmr4KAOG+CgD3vgoANr8KAEK/CgCLvwoAkL8KAOC/CgDpvwoANcAKAD/ACgA5tREAi8AKAN/ACgDnwAoAo/sLAPfACgA0wQoAQcEKAInBCgCVwQoA3sEKAOjBCgAzwgoAN8IKAIjCCgCNwgoA3cIKAOPCCgAywwoAUsMKAIfDCgCfwwoA3MMKAPPDCgAxxAoAPcQKAIbECgCQxAoA28QKAN3ECgAwxQoAN8UKAIXFCgCMxQoA2sUKAODFCgAvxgoAO8YKAITGCgCHxgoA2cYKANzGCgAuxwoAOscKAIPHCgCGxwoA2McKAPTHCgAtyAoANcgKAI61EQCOyAoA18gKAOHICgAsyQoALskKAIHJCgCIyQoA1skKAN3JCgArygoAMcoKAIDKCgCOygoA1coKAOLKCgAqywoAOssKAH/LCgCEywoA1MsKANzLCgApzAoAOcwKAH7MCgCDzAoA08wKANnMCgAozQoAMM0KAOO1EQCDzQoA0s0KANrNCgAnzgoAKs4KAHzOCgCIzgoA0c4KANfOCgAmzwoAQc8KAHvPCgCJzwoA0M8KAN/PCgAl0AoAMdAKAHrQCgCC0AoAjbYRANTQCgAk0QoALtEKAHnRCgCB0QoAztEKAO7RCgAj0goAMNIKAHjSCgB90goAzdIKANHSCgAi0woAL9MKAOK2EQB80woAzNMKAM/TCgAh1AoAK9QKAHbUCgCC1AoAy9QKAN7UCgAg1QoAL9UKAHXVCgCB1QoAytUKAMvVCgAf1goAKdYKAHTWCgCC1goAydYKAM7WCgAe1woAK9cKADe3EQB91woAyNcKAMrXCgAd2AoANtgKAHLYCgCD2AoAx9gKANPYCgAc2QoAJNkKADa4EQB42QoAxtkKAM3ZCgAb2goAIdoKAHDaCgB82goAxdoKAMjaCgAa2woAHdsKAG/bCgB32woAxNsKANTbCgAZ3AoAHtwKAG7cCgB33AoAw9wKANDcCgAY3QoAH90KAIu4EQB53QoAwt0KAM/dCgAX3goAH94KAGzeCgB23goAwd4KANDeCgAW3woAF98KAGvfCgBz3woAwN8KAM/fCgAV4AoAGuAKAGrgCgB34AoAv+AKAMzgCgAU4QoAIOEKAGnhCgB44QoAvuEKAMjhCgAT4goAIeIKAGjiCgBt4goAveIKAMriCgAS4woAGuMKAGfjCgBx4woAvOMKAMHjCgAR5AoAGeQKAOC4EQB05AoAu+QKAMfkCgAQ5QoAFuUKAGXlCgBr5QoAuuUKAL/lCgAP5goAFeYKADW5EQBw5goAueYKAL/mCgAO5woAFOcKAGPnCgBw5woAuOcKAL3nCgAN6AoAFegKAGLoCgCA6AoANLoRALnoCgAY2g0AuugKAILGDAC96AoARFoMAM3oCgAM6QoADekKAGHpCgBm6QoAtukKALzpCgAL6goADeoKAGDqCgBm6goAteoKAMnqCgAK6woAEusKAF/rCgBv6woAtOsKALbrCgAJ7AoAF+wKAF7sCgBv7AoAiboRALnsCgAI7QoAFO0KAN66EQBq7QoAsu0KALrtCgAH7goAFO4KAFzuCgBe7goAse4KAMfuCgAG7woAEu8KAFvvCgBj7woAiLsRALzvCgAF8AoACPAKAFrwCgBf8AoAr/AKAMDwCgAE8QoADfEKAFnxCgBj8QoArvEKALzxCgAD8goACPIKAFjyCgBl8goA3bsRALnyCgAC8woAD/MKAFfzCgBZ8woArPMKAMLzCgAB9AoADfQKAFb0CgBe9AoAMrwRALD0CgAA9QoABvUKAFX1CgBd9QoAqvUKAK31CgD/9QoAC/YKAFT2CgBa9goAqfYKAMT2CgD+9goAC/cKAFP3CgBV9woAqPcKAL73CgD99woACfgKAFL4CgBa+AoAh7wRAK34CgD8+AoAAfkKAFH5CgBs+QoApvkKALT5CgD7+QoAAvoKAFD6CgBc+goApfoKAKz6CgDcvBEABfsKAE/7CgBX+woApPsKAK/7CgD5+woA/vsKAE78CgBR/AoAo/wKAK38CgD4/AoAAP0KAE39CgBb/QoAov0KAKX9CgD3/QoA//0KAEz+CgBs/goAof4KAK7+CgD2/goA+/4KAEv/CgBP/woAoP8KAK3/CgAxvREAFQALAEoACwBTAAsAnwALAKAACwD0AAsA/AALAEkBCwBZAQsAngELAKABCwDzAQsAAQILAEgCCwBZAgsAhr0RAKMCCwDyAgsA/gILANu9EQBOAwsAML4RAKEDCwDxAwsACwQLAEYECwBVBAsAmwQLAKYECwDwBAsA8gQLAEUFCwBSBQsAmgULAKcFCwDvBQsA+wULAEQGCwBVBgsAmQYLAJwGCwDuBgsACAcLAEMHCwBMBwsAmAcLAKUHCwDtBwsA8wcLAEIICwBOCAsAlwgLAJoICwDsCAsA8QgLAEEJCwBSCQsAlgkLALEJCwDrCQsA9wkLAEAKCwBHCgsAlQoLAJcKCwDqCgsA8QoLAD8LCwBGCwsAlAsLAJoLCwDpCwsA9QsLAD4MCwBBDAsAkwwLAJYMCwDoDAsA9AwLAD0NCwBQDQsAkg0LAKENCwDnDQsA8w0LADwOCwA9DgsAkQ4LAJsOCwDmDgsA9A4LADsPCwBADwsAkA8LAJ0PCwCFvhEA7Q8LANq+EQA8EAsAjxALAKUQCwDkEAsA8BALADkRCwBBEQsAL78RAJQRCwDjEQsA6xELADgSCwA7EgsAjRILAJkSCwDiEgsA6BILADcTCwBSEwsAjBMLAJoTCwDhEwsA8BMLADYUCwBCFAsAixQLAJMUCwCEvxEA5RQLADUVCwA/FQsAihULAJIVCwDfFQsA/xULADQWCwBBFgsAiRYLAI4WCwDeFgsA4hYLADMXCwBAFwsA2b8RAKsXCwAuwBEA4hcLADIYCwBBGAsAhxgLAKcYCwDcGAsA6BgLADEZCwA7GQsAhhkLAJIZCwDbGQsA4RkLADAaCwA2GgsAhRoLAIoaCwDaGgsA4BoLAIPAEQA1GwsAhBsLAIkbCwDZGwsA3xsLAC3BEQAxHAsAgxwLAI0cCwDYHAsA2hwLAC0dCwBGHQsAgh0LAJMdCwDXHQsA5R0LACweCwAvHgsAgR4LAIweCwDWHgsA3h4LACsfCwAtHwsAgB8LAIgfCwDVHwsA4h8LACogCwA2IAsAfyALAIMgCwDUIAsA3CALACkhCwA4IQsAfiELAIMhCwDTIQsA4CELACgiCwA1IgsAfSILAIkiCwDSIgsA4SILACcjCwAxIwsAfCMLAIojCwDRIwsA1iMLACYkCwAzJAsAgsERAIMkCwDXwREA1CQLACEpCwDcJAsAJSULACslCwB6JQsAgCULAM8lCwDcJQsAJCYLACkmCwB5JgsAgSYLAM4mCwD3JgsAIycLAAInCwDNJwsASScLACIoCwBMJwsAeCcLAKEnCwAswhEA9icLAIHCEQBIKAsAdygLAKsoCwDMKAsA9SgLANbCEQAvKQsAdikLAIMpCwDLKQsA1ykLACAqCwAmKgsAdSoLAHsqCwDKKgsAzyoLAB8rCwAlKwsAK8MRAJorCwBzLAsAnSsLAMkrCwDyKwsA1cMRAEcsCwAqxBEAmSwLAMgsCwD8LAsAHS0LAEYtCwB/xBEAfC0LAMctCwDMLQsAHC4LACQuCwDUxBEAdi4LAMYuCwDPLgsAGy8LACgvCwBwLwsAdy8LACnFEQDNLwsAfsURAC0wCwBvMAsAezALAMQwCwDTMAsAGTELACIxCwBuMQsAeDELAMMxCwDFMQsAGDILADEyCwBtMgsAfjILAMIyCwDOMgsAFzMLAB8zCwDTxREAejMLAMEzCwDSMwsAFjQLACI0CwBrNAsAczQLACjGEQDFNAsAFTULAB81CwBqNQsAcjULAL81CwDPNQsAFDYLABk2CwBpNgsAcjYLAL42CwDLNgsAEzcLABo3CwB9xhEAbjcLALc5DwB1NwsAvTcLAHs3CwA0Ew4AwjcLABI4CwAeOAsAZzgLAHQ4CwC8OAsAxjgLANLGEQAWOQsAZjkLAHI5CwC7OQsAyDkLABA6CwAaOgsAZToLAIE6CwC6OgsAwjoLACfHEQAUOwsAZDsLAGw7CwC5OwsAvDsLAA48CwAXPAsAYzwLAHI8CwC4PAsAwzwLAA09CwAVPQsAYj0LAHI9CwC3PQsAxT0LAAw+CwAdPgsAYT4LAG0+CwC2PgsAvj4LAHzHEQARPwsAYD8LAGg/CwC1PwsAvD8LAApACwAYQAsAX0ALAGVACwC0QAsAwEALAAlBCwAYQQsAXkELAGhBCwCzQQsAuEELAAhCCwAOQgsAXUILAHFCCwCyQgsAukILAAdDCwAlQwsAXEMLAGRDCwDRxxEAuUMLACbIEQAORAsAW0QLAHRECwCwRAsAuUQLAAVFCwAVRQsAWkULAGpFCwCvRQsAu0ULAARGCwAKRgsAWUYLAGdGCwCuRgsAu0YLAANHCwAaRwsAWEcLAGBHCwCtRwsAt0cLAAJICwAQSAsAV0gLAG1ICwCsSAsAuEgLAAFJCwAISQsAVkkLAF5JCwCrSQsAsEkLAABKCwAJSgsAVUoLAF9KCwCqSgsAskoLAP9KCwABSwsAVEsLAGRLCwCpSwsAs0sLAP5LCwAKTAsAU0wLAFlMCwCoTAsAsEwLANDIEQD/TAsAUk0LAGNNCwCnTQsAw00LAPxNCwAETgsAJckRAGJOCwCmTgsAt04LAPtOCwADTwsAUE8LAGlPCwClTwsAq08LAPpPCwD/TwsAT1ALAG9QCwCkUAsAsFALAPlQCwD/UAsATlELAFZRCwCjUQsAslELAPhRCwD9UQsATVILAFpSCwCiUgsAr1ILAPdSCwADUwsATFMLAFtTCwChUwsAq1MLAPZTCwAEVAsAS1QLAFBUCwCgVAsArVQLAPVUCwD4VAsASlULAFJVCwCfVQsAoVULAPRVCwD6VQsASVYLAFVWCwCeVgsAplYLAHrJEQD4VgsASFcLAExXCwCdVwsAqlcLAM/JEQD7VwsAR1gLAFhYCwCcWAsAqFgLAPFYCwD+WAsARlkLAEtZCwCbWQsApVkLAPBZCwAAWgsARVoLAEpaCwCaWgsAo1oLAO9aCwD8WgsARFsLAEtbCwCZWwsApVsLAO5bCwD0WwsAQ1wLAElcCwCYXAsAnVwLAO1cCwDzXAsAJMoRAEddCwCXXQsAn10LAOxdCwACXgsAQV4LAEZeCwCWXgsAnV4LAOteCwD0XgsAQF8LAFFfCwCVXwsAoV8LAOpfCwDyXwsAI8sRAEFgCwCUYAsAqmALAOlgCwD1YAsAPmELAEVhCwCTYQsAm2ELAHjLEQDtYQsAPWILAERiCwCSYgsAm2ILAOdiCwD4YgsAPGMLAEhjCwCRYwsAmWMLAM3LEQDoYwsAO2QLAFFkCwCQZAsAnGQLAOVkCwDsZAsAOmULAEJlCwAizBEAlGULAORlCwDrZQsAOWYLAEJmCwCOZgsAn2YLAONmCwDvZgsAOGcLAEBnCwB3zBEAj2cLAOJnCwDxZwsAN2gLAFdoCwCMaAsAjmgLAOFoCwD4aAsANmkLAEJpCwCLaQsAk2kLACHNEQDlaQsANWoLADdqCwCKagsAkWoLAN9qCwDnagsANGsLAD1rCwCJawsAj2sLAN5rCwDvawsAM2wLADtsCwDLzREAlGwLAN1sCwDgbAsAMm0LADdtCwCHbQsAmG0LANxtCwD3bQsAMW4LAD1uCwCGbgsAjm4LACDOEQDxbgsAMG8LADFvCwCFbwsAim8LANpvCwDgbwsAL3ALADlwCwCEcAsAjHALANlwCwDrcAsAdc4RADtxCwCDcQsAjXELANhxCwDecQsALXILAEFyCwCCcgsAinILANdyCwDncgsALHMLADFzCwCBcwsAh3MLANZzCwDecwsAK3QLACx0CwCAdAsAgnQLANV0CwDkdAsAKnULAEp1CwB/dQsAgXULANR1CwDrdQsAKXYLADV2CwB+dgsAhnYLAMrOEQDbdgsAKHcLAEF3CwB9dwsAhncLANJ3CwDcdwsAJ3gLAC94CwB8eAsAjHgLANF4CwDWeAsAJnkLAC95CwB7eQsAiHkLANB5CwDXeQsAJXoLAC16CwB0zxEAhHoLAM96CwDXegsAJHsLADJ7CwB5ewsAhnsLAM57CwDWewsAI3wLACV8CwB4fAsAgHwLAM18CwDOfAsAIn0LACR9CwB3fQsAhn0LAMx9CwDsfQsAIX4LACN+CwB2fgsAjX4LAMt+CwDXfgsAIH8LADp/CwB1fwsAoX8LAMp/CwDNfwsAH4ALACSACwB0gAsAgYALAMnPEQDLgAsAHoELACiBCwBzgQsAgoELAMiBCwDTgQsAHYILACuCCwByggsAf4ILAMeCCwDeggsAHIMLACSDCwBxgwsAcoMLAMaDCwDIgwsAG4QLACqECwBwhAsAkIQLAMWECwDHhAsAGoULADGFCwBvhQsAe4ULAMSFCwDMhQsAHtARAB6GCwBuhgsAdIYLAMOGCwDLhgsAGIcLADeHCwBthwsAeocLAMKHCwDDhwsAF4gLAC2ICwBsiAsAiIgLAHPQEQDGiAsAFokLACCJCwBriQsAc4kLAMCJCwDBiQsAFYoLAMKJCwAMkwsAG4oLAGqKCwB2igsAv4oLAM+KCwAUiwsAIosLAGmLCwB8iwsAvosLAMqLCwATjAsAGowLAGiMCwBwjAsAvYwLAMGMCwASjQsAII0LAGeNCwBxjQsAvI0LAMeNCwARjgsAGY4LAGaOCwCejgsAu44LAMOOCwAQjwsAFY8LAGWPCwBrjwsAuo8LAMKPCwAPkAsAKZALAGSQCwCckAsAuZALAMGQCwAOkQsAE5ELAGORCwBpkQsAuJELAMCRCwANkgsAJ5ILAGKSCwB8kgsAt5ILAO+SCwDI0BEAFJMLAGGTCwBokwsAtpMLAMKTCwALlAsADJQLAGCUCwBslAsAtZQLAMKUCwAKlQsAEZULAF+VCwBrlQsAtJULAMGVCwAJlgsAGJYLAF6WCwBylgsAHdERALWWCwAIlwsAv5YLADljDgALlwsAdNMNABWXCwDRdwwAF5cLAF2XCwB9lwsAspcLALSXCwAHmAsAHpgLAFyYCwBomAsAsZgLALmYCwBy0REACJkLAFuZCwBomQsAsJkLALmZCwAFmgsAB5oLAFqaCwBrmgsAr5oLAMCaCwAEmwsAGJsLAMfREQB5mwsArpsLALCbCwADnAsAGpwLAFicCwBknAsArZwLALWcCwAc0hEABJ0LAFedCwBanQsArJ0LALSdCwABngsADp4LAFaeCwBbngsAq54LALWeCwAAnwsACJ8LAFWfCwBunwsAqp8LALafCwD/nwsAC6ALAFSgCwBhoAsAqaALALGgCwD+oAsADqELAFOhCwBYoQsAqKELALGhCwD9oQsACqILAFKiCwBZogsAp6ILAK+iCwBx0hEACaMLAFGjCwBUowsApqMLALCjCwD7owsA/aMLAFCkCwBhpAsApaQLALakCwD6pAsABqULAE+lCwBWpQsApKULAL6lCwD5pQsAAaYLAE6mCwBPpgsA768LAFimCwCjpgsAqaYLAPimCwAMpwsATacLAFWnCwCipwsArKcLAPenCwD8pwsATKgLAFSoCwChqAsAr6gLAPaoCwADqQsAS6kLAE6pCwCgqQsAqqkLAPWpCwD3qQsASqoLAFuqCwCfqgsAsKoLAPSqCwD8qgsAxtIRAFOrCwCeqwsAuqsLAPOrCwD7qwsAG9MRAEmsCwCdrAsAs6wLAPKsCwD6rAsAR60LAFWtCwCcrQsAqa0LAPGtCwD0rQsARq4LAFCuCwCbrgsAna4LAPCuCwABrwsARa8LAFavCwCarwsAoq8LAHDTEQAAsAsARLALAFCwCwCZsAsAm7ALAO6wCwDxsAsAQ7ELAE+xCwCYsQsAoLELAMXTEQD2sQsAQrILAE+yCwCXsgsAn7ILAOyyCwD+sgsAQbMLAE6zCwCWswsAl7MLAOuzCwABtAsAQLQLAEi0CwCVtAsAo7QLAOq0CwD3tAsAP7ULAEK1CwCUtQsAnrULAOm1CwDrtQsAPrYLAE+2CwCTtgsApLYLAOi2CwDwtgsAGtQRAEq3CwCStwsAnLcLAOe3CwCftwsAD44NAPW3CwA8uAsAUrgLAJG4CwCduAsA5rgLAPK4CwA7uQsAQbkLAJC5CwCWuQsA5bkLAOq5CwA6ugsAQLoLAG/UEQCUugsA5LoLAOa6CwA5uwsAQLsLAI67CwCWuwsA47sLAOa7CwA4vAsAQbwLAI28CwCcvAsA4rwLAO28CwA3vQsAP70LAIy9CwCcvQsA4b0LAO+9CwA2vgsAR74LAIu+CwCXvgsA4L4LAOi+CwBu1REAU78LAIq/CwCSvwsAw9URAOu/CwA0wAsASsALAInACwCRwAsA3sALAP3ACwAY1hEANsELAKb4CwBAwQsAiMELAIvBCwCwPxAAkMELAN3BCwCSwQsA+E4OAN/BCwAywgsA58ELAHvOCwDuwQsAgscLAD/CCwCHwgsAm8ILANzCCwDkwgsAMcMLADbDCwCGwwsAlsMLANvDCwDjwwsAMMQLADrECwCFxAsAkMQLANrECwDmxAsAL8ULADfFCwBt1hEAicULANnFCwDixQsALsYLADTGCwCDxgsAksYLANjGCwDkxgsALccLADDHCwDC1hEAh8cLANfHCwDmxwsALMgLAC7ICwCByAsAksgLANbICwDnyAsAK8kLAD/JCwCAyQsAiMkLANXJCwDjyQsAKsoLADfKCwB/ygsAgsoLANTKCwDeygsAKcsLACvLCwB+ywsAj8sLANPLCwDkywsAKMwLADTMCwB9zAsAhMwLANLMCwDazAsAJ80LAD7NCwB8zQsAiM0LANHNCwDnzQsAJs4LACnOCwAX1xEAhs4LANDOCwDczgsAJc8LAC3PCwBs1xEAhs8LAM/PCwDlzwsAJNALACfQCwB50AsAgdALAM7QCwDQ0AsAI9ELAD7RCwB40QsAetELAM3RCwDb0QsAItILADPSCwB30gsAedILAMzSCwDl0gsAIdMLADLTCwB20wsAgtMLAMHXEQDR0wsAINQLAC7UCwB11AsAkNQLAMrUCwDW1AsAH9ULACXVCwB01QsAfNULAMnVCwDZ1QsAHtYLACPWCwBz1gsAfNYLAMjWCwDV1gsAHdcLACTXCwBy1wsAetcLABbYEQDM1wsAHNgLACLYCwBx2AsAedgLAMbYCwDy2AsAG9kLACLZCwBw2QsAidkLAMXZCwDU2QsAGtoLADbaCwBr2BEAdNoLAMTaCwDO2gsAGdsLACnbCwBu2wsAc9sLAMPbCwDM2wsAGNwLACXcCwBt3AsAdNwLAMLcCwDO3AsAF90LACrdCwBs3QsAe90LAMHdCwDN3QsAFt4LABfeCwBr3gsAdd4LAMDeCwDO3gsAFd8LABrfCwBq3wsAd98LAMDYEQDQ3wsAFOALABbgCwBp4AsAbOALAL7gCwDB4AsAE+ELABrhCwBo4QsAdOELAL3hCwDN4QsAEuILACLiCwBn4gsAbOILALziCwDF4gsAEeMLAB7jCwBm4wsAbeMLALvjCwDH4wsAEOQLABbkCwBl5AsAa+QLALrkCwC/5AsAD+ULABXlCwC/2REAbuULALnlCwDH5QsADuYLAB7mCwBj5gsAZeYLALjmCwDH5gsADecLABfnCwBi5wsAaucLAL7aEQC95wsADOgLABjoCwAT2xEAZugLALboCwC+6AsAC+kLABvpCwBg6QsAbukLALXpCwDC6QsACuoLABHqCwBf6gsAZ+oLAL3bEQDF6gsACesLABDrCwBe6wsAZusLALPrCwDA6wsACOwLAA3sCwBd7AsAZ+wLALLsCwC67AsAB+0LACDtCwBc7QsAaO0LALHtCwC57QsAEtwRABLuCwBb7gsAXu4LALDuCwC17gsABe8LABbvCwBa7wsAde8LAK/vCwC77wsABPALAAvwCwBZ8AsAdfALAK7wCwC28AsAZ9wRAAjxCwBY8QsAYvELAK3xCwC18QsAAvILAATyCwCLZw0AEvILAFfyCwBc8gsArPILALXyCwAB8wsADvMLAFbzCwBd8wsAvNwRALTzCwAA9AsADfQLAFX0CwBk9AsAqvQLALT0CwD/9AsADfULAFT1CwBZ9QsAqfULALb1CwD+9QsABvYLABHdEQBf9gsAqPYLALX2CwD99gsAAPcLAFL3CwBg9wsAp/cLAKz3CwD89wsACfgLAFH4CwBZ+AsAZt0RAK74CwD7+AsAAfkLAFD5CwAC+QsAv4kMAFz5CwCl+QsAwvkLAPr5CwAD+gsAT/oLAF36CwCk+gsAqvoLAPn6CwAF+wsATvsLAFX7CwC73REApPsLAOBoDACv+wsA+PsLALP7CwCOZQwAC/wLAE38CwBX/AsAovwLAK78CwD3/AsABP0LAEz9CwBP/QsAof0LAK/9CwD2/QsA+/0LAEv+CwBY/gsAoP4LAKj+CwAQ3hEA+/4LAEr/CwBY/wsAn/8LALr/CwD0/wsAAAAMAEkADABPAAwAut4RAMEADAAP3xEA+AAMAEgBDABVAQwAnQEMAKoBDADyAQwA/gEMAEcCDABWAgwAnAIMAKYCDADxAgwA/wIMAEYDDABLAwwAmwMMAKgDDADwAwwADAQMAEUEDABNBAwAZN8RAJ8EDADvBAwA9QQMAEQFDABMBQwAmQUMAJoFDADuBQwA9QUMAEMGDABIBgwAmAYMAKAGDADtBgwA+wYMAEIHDABFBwwAlwcMAJ8HDADsBwwA+QcMAEEIDABGCAwAlggMAKAIDADrCAwA8wgMAEAJDABRCQwAlQkMAJoJDADqCQwA7AkMAD8KDABGCgwAlAoMAKAKDADpCgwA8AoMALnfEQBKCwwAkwsMALALDADoCwwA8QsMAD0MDABLDAwAkgwMAJgMDADnDAwA8wwMADwNDABDDQwAkQ0MAJkNDADmDQwA/A0MADsODABADgwAkA4MAJcODADlDgwA7g4MADoPDABLDwwAjw8MAJsPDADkDwwA7A8MAGPgEQA/EAwAjhAMAJMQDADjEAwA/hAMADgRDABGEQwAjREMAJQRDADiEQwA7hEMADcSDAA6EgwAjBIMAJQSDADhEgwA4hIMADYTDAA4EwwAixMMAJoTDADgEwwAABQMADUUDAA3FAwAihQMAKEUDADfFAwA6xQMADQVDAA8FQwAuOARAI4VDADeFQwA5hUMADMWDABDFgwAiBYMAJYWDADdFgwA7hYMADIXDAA+FwwAhxcMAIoXDADcFwwA5BcMADEYDAA/GAwAhhgMAJMYDADbGAwA4xgMADAZDABoGQwADeERAIYZDADaGQwA5hkMAC8aDAA+GgwAhBoMAIwaDABi4REA2xoMAC4bDAA8GwwAgxsMAJQbDAC34REA3xsMAAziEQA1HAwAtuIRAIMcDABmOAwAhRwMAM4lDACGHAwAKx4MAIgcDAAhKAwAiRwMAHwiDACLHAwAZDoMAI4cDADXHAwAjxwMAH4gDACRHAwAcS0MAN0cDAAsHQwAMh0MAIEdDACGHQwA1h0MANwdDAAL4xEALR4MAIAeDACGHgwA1R4MAOIeDAAK5BEANx8MAH8fDACWHwwA1B8MAPAfDAApIAwAMSAMAF/kEQCDIAwA0yAMAN0gDAAoIQwANiEMAH0hDACMIQwA0iEMAN4hDAC05BEALyIMAAnlEQCIIgwA0SIMANIiDAAmIwwALCMMAHsjDACHIwwA0CMMAN8jDAAlJAwAJyQMAHokDACEJAwAzyQMANskDAAkJQwAKyUMAF7lEQCBJQwAs+URANglDAAjJgwAKSYMAHgmDACGJgwAzSYMANwmDAAiJwwALCcMAHcnDACTJwwAzCcMANQnDAAI5hEALSgMAHYoDACFKAwAyygMANAoDAAgKQwAOykMAHUpDACBKQwAyikMANApDAAfKgwAISoMAHQqDACNKgwAySoMANoqDAAeKwwAKisMAHMrDACLKwwAyCsMANQrDAAdLAwAIywMAHIsDAB4LAwAxywMAMwsDAAcLQwAIi0MAF3mEQB2LQwAxi0MAMwtDAAbLgwA3C0MAMEyDAAnLgwAcC4MAIguDADFLgwAyS4MAG4wDADRLgwAGi8MACAvDABvLwwAdS8MAMQvDADJLwwAGTAMAB8wDABc5xEAcDAMAMMwDADJMAwAGDEMACUxDABb6BEAejEMAMIxDADZMQwAFzIMADMyDABsMgwAdDIMALDoEQDCMgwAFjMMACQzDABrMwwAfDMMAMAzDADMMwwAFTQMAC00DABqNAwAbjQMABM2DAB2NAwAvzQMAMU0DAAUNQwAGjUMAGk1DABuNQwAvjUMAMQ1DAAF6REAFTYMAGg2DABuNgwAvTYMAMo2DAAE6hEAHzcMAGc3DAB+NwwAvDcMANg3DAAROAwAGTgMAFnqEQBoOAwAuzgMAME4DAAQOQwAEzkMAGU5DABxOQwAujkMANY5DAAPOgwAFzoMAK7qEQBnOgwAuToMAMU6DAAOOwwAFDsMAGM7DAB7OwwAuDsMALw7DABhPQwAvzsMALJBDADEOwwADTwMAMU7DAC0PwwAEzwMAGI8DABoPAwAtzwMALw8DAAMPQwAEj0MAAPrEQBjPQwAtj0MALw9DAALPgwAGD4MAALsEQBtPgwAtT4MAMw+DAAKPwwAJj8MAF8/DABnPwwAV+wRALk/DAAJQAwAE0AMAF5ADABsQAwAs0AMAMJADAAIQQwAFEEMAKzsEQBlQQwAAe0RAL5BDAAHQgwACEIMAFxCDABiQgwAsUIMAL1CDAAGQwwAFUMMAFtDDABdQwwAsEMMALpDDAAFRAwAEUQMAFpEDABhRAwAVu0RALdEDACr7READkUMAFlFDABlRQwArkUMAMRFDAADRgwAD0YMAFhGDABrRgwArUYMALtGDAACRwwADEcMAADuEQBfRwwAVe4RAMJHDAABSAwADUgMAFZIDABjSAwAq0gMALVIDAAASQwAAkkMAFVJDABfSQwAqkkMALhJDAD/SQwABEoMAFRKDABhSgwAqUoMALFKDAD+SgwADksMAFNLDABVSwwAqEsMALFLDAD9SwwADkwMAFJMDABcTAwAqu4RALNMDAD8TAwAE00MAFFNDABsTQwA/+4RAL9NDAD7TQwAAU4MAFBODABaTgwAVO8RAKdODAD6TgwAC08MAE9PDABXTwwApE8MAGtPDAB8dwwAsE8MAPlPDAD/TwwATlAMAFRQDACjUAwAqFAMAPhQDAD+UAwAqe8RAGlRDACiUQwAqlEMAKjwEQAFUgwATFIMAF1SDAChUgwAslIMAPZSDAACUwwAS1MMAFJTDAD98BEAsVMMAPVTDAAGVAwASlQMAFZUDACfVAwAplQMAFLxEQD2VAwASVUMAEpVDACeVQwAplUMAPNVDAD4VQwASFYMAFFWDACdVgwAp1YMAPJWDAD6VgwAR1cMAExXDACcVwwArFcMAPFXDAD5VwwARlgMAFxYDACbWAwAp1gMAPBYDAAGWQwARVkMAEpZDACaWQwAoFkMAO9ZDAADWgwAp/ERAFpaDACZWgwAp1oMAO5aDAD7WgwAQ1sMAEVbDACYWwwAolsMAO1bDAD5WwwAQlwMAElcDACXXAwAn1wMAOxcDAAFXQwAQV0MAFVdDACWXQwAnl0MAOtdDADtXQwAQF4MAE1eDACVXgwAml4MAOpeDAD0XgwAP18MAEpfDACUXwwAoF8MAOlfDADvXwwAPmAMAEZgDACTYAwAlGAMAOhgDADuYAwAPWEMAEJhDACSYQwAoWEMAOdhDADzYQwAPGIMAD9iDACRYgwAlGIMAPzxEQDrYgwAO2MMAFdjDABR8hEAsGMMAOVjDADtYwwApvIRAEBkDACPZAwAm2QMAPvyEQDqZAwAOWUMAEVlDABO9REAkGUMAONlDADtZQwAOGYMADpmDACNZgwAnmYMAOJmDADqZgwAN2cMAENnDACMZwwAkmcMAOFnDADnZwwANmgMADtoDACLaAwAkWgMAKP1EQDiaAwANWkMADtpDACKaQwAjWkMAN9pDADraQwANGoMADxqDACi9hEAj2oMAN5qDADkagwAM2sMADhrDACIawwAjmsMAPf2EQDfawwAMmwMADtsDACHbAwAnmwMANxsDADnbAwAMW0MADttDACGbQwAjm0MAPb3EQDobQwAMG4MADhuDACFbgwAj24MANpuDADlbgwAL28MADVvDACEbwwAkG8MANlvDADbbwwALnAMADVwDACDcAwAi3AMANhwDADqcAwAS/gRAGtxDACCcQwAinEMANdxDAD6cQwASvkRAC5yDACBcgwAjnIMANZyDADdcgwAK3MMADxzDACAcwwAjHMMANVzDADccwwAKnQMACt0DAC0lAwAMnQMAJ/5EQCSdAwA1HQMAON0DAApdQwANXUMAH51DAB/dQwA03UMAN11DAAodgwANnYMAH12DACCdgwA0nYMAN92DAD0+REAL3cMAEn6EQCEdwwAnvoRAN93DAAmeAwANXgMAHt4DACbeAwA0HgMANx4DAAleQwALHkMAHp5DACCeQwAz3kMANF5DAAkegwALnoMAJ37EQCDegwAznoMANZ6DADy+xEALXsMAHh7DACAewwAR/wRAAx8DAAifAwAKnwMAHd8DACVfAwAnPwRANp8DAAhfQwAKH0MAFBMDgAxfQwAdn0MAIZ9DADLfQwA130MACB+DAAmfgwAdX4MAJF+DADKfgwA0n4MAPH8EQAzfwwAdH8MAH5/DADJfwwA1X8MAB6ADAAmgAwARv0RAH6ADADIgAwAyoAMAB2BDAAjgQwAcoEMAHqBDACb/REAyYEMAByCDAAfggwAcYIMAHmCDADGggwA1oIMABuDDAAdgwwAcIMMAH6DDADFgwwA1oMMAPD9EQAhhAwARf4RAHWEDADEhAwAyYQMABmFDAAfhQwAmv4RAHiFDADDhQwAxYUMABiGDAArhgwAbYYMAHWGDADChgwAzoYMABeHDAAdhwwAbIcMAHKHDADBhwwAxocMABaIDAAciAwAmf8RAHSIDADAiAwAzYgMABWJDAAciQwAaokMAHKJDADu/xEAy4kMABSKDAAeigwAaYoMAHWKDAC+igwAzYoMABOLDAAdiwwAaIsMAHSLDAC9iwwAxIsMAEMAEgAVjAwAeCMPABiMDABnjAwAIYwMAAo9DgBzjAwAvIwMAMSMDACYABIAHY0MAGaNDABwjQwAu40MAMeNDAAQjgwAH44MAGWODABvjgwAuo4MAMaODAAPjwwAFo8MAO0AEgByjwwAuY8MAISPDABvLQ4A0I8MAA6QDAAbkAwAY5AMAGWQDAC4kAwAyZAMAA2RDAApkQwAYpEMAGqRDABCARIA0JEMAAySDAAgkgwAYZIMAGmSDAC2kgwAuZIMAAuTDAAZkwwAYJMMAHeTDAC1kwwAwpMMAAqUDAAMlAwAX5QMAHCUDACXARIAupQMAAmVDAAOlQwAXpUMAHSVDACzlQwAwZUMAAiWDAALlgwAXZYMAGmWDACylgwAuJYMAAeXDAATlwwAXJcMAIiXDACxlwwAvZcMAAaYDAAVmAwAW5gMAGWYDACwmAwAvpgMAAWZDAAKmQwAWpkMAGeZDADsARIAsZkMAASaDAASmgwAWZoMAGaaDACumgwAwJoMAEECEgASmwwAWJsMAGSbDACtmwwAxpsMAAKcDAAEnAwAV5wMAGacDACsnAwAzJwMAAGdDAAJnQwAVp0MAHmdDACWAhIAsJ0MAACeDAADngwAVZ4MAF+eDACqngwAsp4MAP+eDAAFnwwAVJ8MAGCfDACpnwwAuJ8MAP6fDAAKoAwAU6AMAGCgDACooAwAsqAMAP2gDAAFoQwAUqEMAGGhDACnoQwAqaEMAPyhDAANogwAUaIMAGKiDACmogwArqIMAPuiDAAMowwAUKMMAFKjDAClowwAqKMMAPqjDAAEpAwAT6QMAHOkDACkpAwAwKQMAOsCEgD/pAwATqUMAFOlDACjpQwAsqUMAPilDAAEpgwATaYMAFCmDACipgwApaYMAPemDAD/pgwATKcMAFunDAChpwwApqcMAPanDAAMqAwAS6gMAEyoDACgqAwAsagMAPWoDAABqQwASqkMAFSpDACfqQwAq6kMAPSpDAD7qQwAQAMSAE2qDACeqgwArKoMAPOqDAD9qgwASKsMAFOrDACdqwwApasMAPKrDAD+qwwAR6wMAFqsDACcrAwAqqwMAPGsDAD7rAwARq0MAE6tDACbrQwAqq0MAPCtDAD1rQwARa4MAEyuDACargwApq4MAJUDEgD7rgwARK8MAEevDACZrwwAnK8MAO6vDAAIsAwAQ7AMAE+wDACYsAwAq7AMAO2wDAD7sAwAQrEMAEyxDACXsQwAurEMAOoDEgD2sQwAQbIMAE2yDACWsgwAnbIMAOuyDADzsgwAQLMMAESzDACVswwAo7MMAOqzDAD0swwAP7QMAEq0DACUtAwAnLQMAOm0DAD4tAwAPrUMAEO1DACTtQwAmrUMAOi1DAD0tQwAPbYMAEW2DAA/BBIAqLYMAJsADwCrtgwA57YMAPG2DAA8twwASLcMAJG3DACUtwwA5rcMAPC3DAA7uAwAPrgMAJC4DACguAwA5bgMAOe4DAA6uQwASLkMAI+5DACguQwAlAQSAOu5DADpBBIAUroMAI66DACYugwA47oMAO+6DAA4uwwAO7sMAI27DACXuwwAPgUSAOe7DAA3vAwAV7wMAIy8DACUvAwAkwUSAO+8DAA2vQwATL0MAIu9DACXvQwA4L0MAOe9DAA1vgwAPb4MAIq+DACPvgwA374MAOi+DAA0vwwAPr8MAIm/DACRvwwA3r8MAOy/DAAzwAwAQMAMAIjADACQwAwA6AUSAO3ADAAywQwAOsEMAD0GEgCOwQwA3MEMAOjBDAAxwgwAOMIMAIbCDACOwgwA28IMAOXCDAAwwwwAPsMMAIXDDACbwwwA2sMMAObDDAAvxAwANMQMAITEDACNxAwA2cQMAOPEDAAuxQwANsUMAIPFDACIxQwA2MUMAOjFDAAtxgwANcYMAJIGEgCMxgwA18YMANrGDADcwA0A38YMAOcGEgA6xwwAgccMAJfHDADWxwwA4scMACvIDAAyyAwAgMgMAIjIDADVyAwA2sgMACrJDAAzyQwAf8kMAInJDADUyQwA3MkMACnKDAArygwAyNUMADfKDAB+ygwAi8oMANPKDADbygwAPAcSADTLDAB9ywwAgMsMANLLDADcywwAkQcSADXMDAB8zAwAkswMANHMDADdzAwAJs0MAC3NDAB7zQwAg80MANDNDADVzQwAJc4MAC7ODAB6zgwAhM4MAM/ODADXzgwAJM8MACbPDAB5zwwAic8MAM7PDADYzwwAI9AMAC/QDAB40AwAftAMADsIEgDb0AwAItEMADjRDAB30QwAg9EMAMzRDADR0QwAIdIMACrSDAB20gwAgNIMAMvSDADT0gwAINMMAELTDACQCBIAhNMMAMrTDADW0wwAH9QMACDUDAB01AwAftQMAMnUDADX1AwAHtUMACPVDABz1QwAgNUMAOUIEgDY1QwAHdYMACfWDABy1gwAftYMAMfWDADN1gwAHNcMACTXDADkCRIAdtcMAMbXDADO1wwAG9gMACfYDAAR4gwANNgMAHDYDAB82AwAxdgMAM3YDAA5ChIAJ9kMAG/ZDAB32QwAxNkMANLZDAAZ2gwAJtoMAG7aDABx2gwAw9oMAM3aDAAY2wwAGtsMAG3bDAB62wwAwtsMANHbDAAX3AwAI9wMAGzcDAB03AwAjgoSANHcDAAW3QwAHt0MAGvdDAB33QwAwN0MAMbdDAAV3gwAG94MAGreDABv3gwAv94MAMXeDADjChIAId8MAGnfDABu3wwAvt8MAMjfDAAT4AwAG+AMAGjgDAB04AwAveAMANDgDAAS4QwAIOEMAGfhDABq4QwAvOEMAMbhDAA4CxIAJOIMAGbiDAB04gwAu+IMAL7iDAAQ4wwAGuMMAI0LEgBq4wwAuuMMAHPjDABGAg0AwuMMAA/kDAAb5AwAZOQMAGrkDAC55AwAd+QMAPP/DAC/5AwADuUMABPlDABj5QwAaeUMAOILEgC+5QwADeYMABLmDABi5gwAaOYMADcMEgDF5gwADOcMACfnDABh5wwAbecMALbnDAC95wwAjAwSABToDABg6AwAbegMALXoDADB6AwACukMAB3pDABf6QwAYOkMALTpDADA6QwACeoMABjqDABe6gwAaOoMALPqDAC/6gwACOsMAA/rDADhDBIAY+sMALLrDAC46wwAB+wMAAzsDABc7AwAYuwMAIsNEgC67AwABu0MABPtDABb7QwAX+0MALDtDACy7QwABe4MABLuDABa7gwAZO4MAOANEgC27gwABO8MAAzvDABZ7wwAZe8MAK7vDADB7wwAA/AMABLwDABY8AwAZPAMAK3wDACu8AwAAvEMAAzxDABX8QwAZfEMAKzxDACx8QwAAfIMAA7yDAA1DhIAYvIMAKvyDACx8gwAAPMMAAbzDABV8wwAWvMMAKrzDACw8wwAig4SAAT0DABU9AwAXvQMADQPEgCx9AwA/vQMAAv1DABT9QwAWPUMAKj1DACy9QwA/fUMAAX2DABS9gwAXvYMAKf2DAC69gwA/PYMAP32DABR9wwAXfcMAKb3DAC19wwA+/cMAAX4DABQ+AwAWPgMAKX4DACn+AwAiQ8SAAP5DABP+QwAXvkMAKT5DACz+QwA+fkMAAX6DABO+gwAUfoMAKP6DACm+gwA3g8SAPr6DABN+wwAUPsMAKL7DACq+wwA9/sMAAT8DABM/AwAUfwMAKH8DACr/AwA9vwMAP78DABL/QwAV/0MAKD9DACz/QwA9f0MAPb9DABK/gwAVv4MAJ/+DACu/gwA9P4MAP7+DABJ/wwAVf8MAJ7/DACl/wwAMxASAAIADQBIAA0AVAANAJ0ADQCeAA0A8gANAPwADQBHAQ0AVQENAJwBDQChAQ0A8QENAP4BDQCIEBIAVwINAN0QEgCoAg0A8AINAP4CDQBFAw0AVgMNAJoDDQC8Aw0AMhESAPwDDQBEBA0AUgQNAJkEDQCqBA0A7gQNABAFDQCHERIASQUNAJgFDQCeBQ0A7QUNAPUFDQBCBg0AUgYNAJcGDQCZBg0A7AYNAP0GDQBBBw0ARAcNAJYHDQCiBw0A3BESAPAHDQBACA0A8QcNALQ+DQBICA0AlQgNAJYIDQDmDA0AmAgNAOUNDQCaCA0A5wsNAJsIDQA5Dw0AnAgNAOgKDQCkCA0A6ggNAK4IDQA2Eg0A7wgNAD8JDQBMCQ0AlAkNAKEJDQDpCQ0A9QkNAD4KDQBNCg0AkwoNAJ0KDQAxEhIA9goNAD0LDQA/Cw0AkgsNAKMLDQCGEhIA6AsNADwMDQBIDA0AkQwNAJ4MDQDbEhIA9AwNADsNDQBIDQ0AkA0NAKcNDQAwExIA7g0NAI0QDQDvDQ0AOg4NADwODQCPDg0AlQ4NAOQODQDuDg0AhRMSAEUPDQCODw0AkA8NAOMPDQDyDw0AOBANAEMQDQDaExIAnBANAOIQDQDxEA0ANxENAEMRDQCMEQ0AmBENAOERDQDoEQ0ALxQSAEISDQCLEg0AkxINAIQUEgD5Eg0ANRMNAEYTDQCKEw0AlhMNANkUEgDmEw0ANBQNADwUDQCJFA0AihQNAN4UDQDkFA0AMxUNADgVDQCIFQ0AiRUNAN0VDQDpFQ0AMhYNADgWDQCHFg0AkRYNANwWDQDqFg0ALBwNAPAWDQAxFw0AORcNAC4VEgCWFw0A2xcNAOMXDQAwGA0AORgNAIUYDQA9GA0ALRsNAJIYDQDaGA0A4RgNAC8ZDQA7GQ0AhBkNAJQZDQDZGQ0A5xkNAC4aDQA7Gg0AgxoNAI8aDQDYGg0A3xoNAIMVEgA2Gw0AghsNAJMbDQDXGw0A6BsNANgVEgA4HA0AgRwNAIQcDQDWHA0A3hwNACsdDQAwHQ0AgB0NAJAdDQDVHQ0A3R0NACoeDQAzHg0Afx4NADceDQAnIQ0AjB4NANQeDQDbHg0AKR8NADUfDQB+Hw0Ajh8NANMfDQDhHw0AKCANADUgDQB9IA0AiSANANIgDQDZIA0ALRYSADAhDQB8IQ0AjSENANEhDQDiIQ0AghYSACsiDQB7Ig0AiCINANAiDQDcIg0AJSMNAC8jDQB6Iw0AjiMNAM8jDQDQIw0AJCQNADAkDQB5JA0AmCQNAM4kDQDWJA0AIyUNACglDQB4JQ0AkSUNAM0lDQD5JQ0AIiYNAC4mDQB3Jg0AhiYNAMwmDQDWJg0AIScNACknDQB2Jw0AgScNAMsnDQDNJw0AICgNACMoDQB1KA0AfSgNAMooDQDXKA0AHykNACQpDQB0KQ0AfCkNAMkpDQDLKQ0AHioNACgqDQBzKg0AfSoNAMgqDQDOKg0AHSsNACsrDQByKw0AiysNAMcrDQDQKw0AHCwNACYsDQBxLA0AfSwNANcWEgDSLA0AGy0NACUtDQBwLQ0Aey0NAMUtDQDKLQ0AGi4NACEuDQBvLg0Ady4NAMQuDQDxLg0ALBcSACAvDQBuLw0Adi8NAMMvDQDwLw0AGDANAB0wDQBtMA0AbjANAMIwDQDMMA0AFzENACUxDQBsMQ0AcTENAMExDQDOMQ0AFjINADIyDQBrMg0AhzINAIEXEgDNMg0AFTMNABkzDQBqMw0AcDMNAL8zDQDBMw0AFDQNABU0DQBpNA0AjDQNAL40DQDiNA0AEzUNAEA1DQBoNQ0AcDUNAL01DQDCNQ0AEjYNAB82DQBnNg0AbzYNALw2DQC+Ng0AETcNABk3DQBmNw0AkzcNALs3DQDINw0AEDgNABU4DQBlOA0AcjgNALo4DQDGOA0ADzkNADw5DQBkOQ0AbDkNALk5DQDUOQ0ADjoNABA6DQBjOg0AdDoNALg6DQDBOg0ADTsNABk7DQDWFxIAbzsNALc7DQDSOw0ADDwNABE8DQBhPA0AgTwNALY8DQDCPA0ACz0NABM9DQArGBIAbj0NALU9DQC/PQ0ACj4NABU+DQBfPg0AZz4NANUYEgC9Pg0ACT8NABM/DQBePw0AaT8NALM/DQDHPw0ACEANAB1ADQBdQA0AZUANALJADQDJQA0AB0ENAAxBDQBcQQ0AZkENALFBDQC5QQ0AKhkSAAhCDQBbQg0AbEINALBCDQCzQg0ABUMNABFDDQB/GRIAaEMNAK9DDQDAQw0A1BkSAAdEDQBZRA0AXEQNAK5EDQC6RA0AA0UNAAlFDQBYRQ0AYkUNACkaEgC6RQ0AAkYNABlGDQBXRg0AX0YNAH4aEgC8Rg0AAUcNAA1HDQBWRw0AXEcNAKtHDQC3Rw0AAEgNALlHDQBa6w8ADUgNAFVIDQBkSA0AqkgNALZIDQD/SA0AB0kNANMaEgBcSQ0AqUkNAKtJDQD+SQ0ADUoNAFNKDQBdSg0AqEoNALFKDQD9Sg0A/0oNAFJLDQBjSw0Ap0sNALxLDQD8Sw0ABEwNAFFMDQCRTA0ApkwNAK5MDQD7TA0AB00NAFBNDQBjTQ0ApU0NAKZNDQD6TQ0ABk4NAE9ODQBeTg0ApE4NAK5ODQD5Tg0ABU8NAE5PDQBVTw0AfRsSAL9PDQDSGxIA+08NAE1QDQBVUA0AolANAK9QDQD3UA0A/FANAExRDQBWUQ0AoVENAKlRDQD2UQ0AAFINAEdWDQAGUg0ARVgNACNSDQBLUg0AVVINAKBSDQBbUg0ASVQNAKZSDQD1Ug0A/lINAEpTDQBWUw0An1MNAMxTDQD0Uw0AEFQNAHwcEgBLVA0AnlQNAK9UDQDzVA0A9lQNAEhVDQBUVQ0AnVUNAMpVDQDyVQ0ADlYNANEcEgBNVg0AnFYNAKVWDQDxVg0A+1YNAEZXDQBRVw0Am1cNAK9XDQDwVw0ADFgNACYdEgBHWA0AmlgNAKtYDQDvWA0A8lgNAERZDQBYWQ0AmVkNALVZDQB7HRIA9lkNANAdEgBLWg0AJR4SAKRaDQDtWg0A81oNAEJbDQBIWw0Al1sNAJxbDQDsWw0A8lsNAHoeEgBLXA0AllwNAJ5cDQAkHxIA8VwNAEBdDQBIXQ0AlV0NAKJdDQDqXQ0A9l0NAD9eDQBBXg0AlF4NAJpeDQDpXg0A8V4NAD5fDQBQXw0AeR8SAKBfDQDoXw0A718NAD1gDQBFYA0AkmANAJdgDQDnYA0A92ANADxhDQBEYQ0AkWENAJ9hDQDmYQ0A82ENADtiDQA8Yg0AkGINAJliDQDlYg0A72INAM4fEgA/Yw0Aj2MNAJtjDQDkYw0A52MNADlkDQBBZA0AjmQNAJtkDQDjZA0A6GQNADhlDQBCZQ0AjWUNAJVlDQDiZQ0A7mUNADdmDQBKZg0AjGYNAJpmDQDhZg0A5GYNADZnDQBAZw0AIyASAKZnDQDgZw0A4mcNADVoDQBDaA0AimgNAJtoDQDfaA0A4WgNADRpDQBNaQ0AiWkNAJppDQDeaQ0A6mkNAHggEgA8ag0AiGoNAJVqDQDdag0A52oNADJrDQBAaw0Ah2sNAJ1rDQDcaw0A6GsNADFsDQA9bA0AhmwNAJlsDQDbbA0A6mwNADBtDQA8bQ0AhW0NAIZtDQDabQ0A5G0NAC9uDQA9bg0AhG4NAIluDQDZbg0A5m4NAM0gEgA8bw0Ag28NAJlvDQDYbw0A5G8NAC1wDQA0cA0AgnANAIpwDQDXcA0A3HANACxxDQA1cQ0AgXENAItxDQDWcQ0A3nENACtyDQAvcg0AgHINAIJyDQDVcg0A43INACpzDQA0cw0Af3MNAI1zDQDUcw0A4XMNACl0DQBAdA0AfnQNAIZ0DQDTdA0A43QNACh1DQAtdQ0AfXUNAIN1DQDSdQ0A2nUNACd2DQAsdg0AfHYNAH12DQDRdg0A3XYNACZ3DQAsdw0Ae3cNAH13DQDQdw0A2ncNACV4DQAzeA0AengNAH94DQDPeA0A3HgNAMwhEgAqeQ0AeXkNAH55DQDOeQ0A1HkNACEiEgAoeg0AeHoNAIV6DQDNeg0A2noNACJ7DQAuew0Ad3sNAIZ7DQDMew0A1nsNACF8DQAvfA0AdnwNAHt8DQDLfA0A2HwNACB9DQAofQ0AICMSAIF9DQDKfQ0A2n0NAB9+DQAofg0AdH4NAHd+DQDJfg0A1X4NAB5/DQAlfw0AdSMSAHh/DQDIfw0A1X8NAB2ADQAqgA0AcoANAH6ADQDHgA0A1oANAByBDQAmgQ0AcYENAH+BDQDGgQ0Ay4ENABuCDQAogg0AcIINAHiCDQDKIxIA0YINABqDDQAqgw0Ab4MNAHiDDQDEgw0Ax4MNABmEDQAlhA0AboQNAHWEDQAfJBIAyIQNABiFDQAhhQ0AVpkQACWFDQBthQ0AeoUNAMKFDQDOhQ0AF4YNACaGDQBshg0AdoYNAMGGDQDPhg0AFocNABuHDQBrhw0AeIcNAMCHDQDIhw0AdCQSACGIDQBqiA0AeogNAL+IDQDIiA0AFIkNABeJDQBpiQ0AdYkNAL6JDQDFiQ0AySQSACqKDQBoig0AbooNAL2KDQDJig0AEosNACmLDQBniw0AaYsNALyLDQDGiw0AEYwNAB2MDQBmjA0AcowNALuMDQDBjA0AEI0NABaNDQBljQ0Aao0NALqNDQDAjQ0AHiUSAB2ODQBkjg0AcY4NALmODQDQjg0ADo8NABaPDQBjjw0AZo8NALiPDQDEjw0ADZANAB6QDQBikA0AbpANALeQDQDGkA0ADJENABaRDQBhkQ0AbZENALaRDQC9kQ0AC5INABOSDQBgkg0AapINALWSDQDBkg0ACpMNAA2TDQBfkw0AaZMNAHMlEgDOkw0AyCUSABOUDQBelA0AYJQNALOUDQC5lA0ACJUNABKVDQBdlQ0AZZUNAHImEgC1lQ0A18MPAL2VDQAHlg0ACJYNAFyWDQBmlg0AsZYNANyWDQDHJhIADJcNAFuXDQBnlw0AsJcNALKXDQAFmA0ACJgNAFqYDQBfmA0Ar5gNALyYDQAEmQ0AIJkNAFmZDQBhmQ0AHCcSALuZDQADmg0AHpoNAFiaDQBamg0ArZoNAL6aDQACmw0AEJsNAFebDQBemw0ArJsNALSbDQABnA0ABpwNAFacDQBfnA0Aq5wNALWcDQAAnQ0AAZ0NAFWdDQBenQ0Aqp0NALSdDQD/nQ0AB54NAFSeDQBkng0AqZ4NAK+eDQD+ng0AA58NAFOfDQBpnw0AqJ8NALCfDQD9nw0AAKANAFKgDQAMoA0ApqENAHKgDQCnoA0AtaANAPygDQD9oA0AcScSAGGhDQDGJxIAt6ENAPuhDQAHog0AUKINAFKiDQClog0AsqINABsoEgD9og0AT6MNAFmjDQBwKBIAraMNAPmjDQAPpA0ATqQNAGSkDQCjpA0ApaQNAPikDQD+pA0ATaUNAGGlDQAaKRIAqKUNAPelDQAXpg0ATKYNAFimDQChpg0AqKYNAPamDQD+pg0AS6cNAFWnDQCgpw0ArKcNAPWnDQD4pw0ASqgNAFSoDQBvKRIAqKgNAPSoDQAKqQ0ASakNAF+pDQCeqQ0AoKkNAPOpDQD5qQ0ASKoNAFyqDQAZKhIAqqoNAG4qEgD5qg0AR6sNAE+rDQCcqw0ApqsNAPGrDQD9qw0ARqwNAEmsDQCbrA0ApawNAMMqEgD5rA0ARa0NAFutDQCarQ0AsK0NAO+tDQDxrQ0ARK4NAEquDQCZrg0Ara4NAG0rEgDwrg0AQ68NAP6uDQBX7g8AY68NAJivDQCkrw0A7a8NAPSvDQBCsA0ASrANAJewDQChsA0A7LANAPiwDQBBsQ0ARLENAJaxDQCgsQ0AwisSAPSxDQBAsg0AVrINAJWyDQCrsg0A6rINAOyyDQA/sw0ARbMNAJSzDQCosw0AbCwSAOuzDQA+tA0ATLQNAJO0DQCktA0AwSwSAO+0DQAWLRIASbUNAJK1DQCVtQ0A57UNAPG1DQDALRIARbYNAJG2DQCntg0A5rYNAPy2DQA7tw0APbcNAJC3DQCWtw0A5bcNAPm3DQBqLhIARrgNAI+4DQCRuA0A5LgNAAS5DQA5uQ0AQbkNAI65DQCYuQ0A47kNAO+5DQA4ug0AO7oNAI26DQCXug0Avy4SAOu6DQA3uw0ATbsNAIy7DQCiuw0A4bsNAOO7DQA2vA0APLwNAIu8DQCfvA0AaS8SAOS8DQA1vQ0APb0NAIq9DQCUvQ0A370NAOu9DQA0vg0AN74NAIm+DQCTvg0Avi8SAOe+DQAzvw0ASb8NAIi/DQCevw0A3b8NAN+/DQAywA0AOMANAIfADQCbwA0AaDASAOTADQAxwQ0A+MANAGSJEgA3wQ0AydIOAEHBDQCGwQ0AQsENALs1DwBKwQ0AEjQPAIjBDQDbwQ0A6cENADDCDQBBwg0AvTASAIzCDQASMRIA48INAOqxDgDmwg0AL8MNADLDDQCEww0AjcMNANnDDQDqww0ALsQNADjEDQCDxA0Ai8QNANjEDQCfxA0ARgAPANvEDQAtxQ0ANsUNAILFDQCYxQ0A18UNAO3FDQAsxg0ALsYNAIHGDQCHxg0A1sYNAOrGDQBnMRIAU8cNAIDHDQCoxw0AvDESANvHDQCong4A4ccNAH7JDQDixw0AUaAOAOTHDQBSnw4A5ccNACrIDQAsyA0Af8gNAI3IDQDUyA0A5cgNABEyEgAxyQ0AZjISAITJDQDTyQ0A2ckNACjKDQAtyg0AfcoNAIPKDQC7MhIA3soNACfLDQAvyw0AZTMSAIjLDQDRyw0A28sNACbMDQAvzA0Ae8wNAHzMDQDQzA0A2MwNACXNDQAqzQ0Aes0NAIrNDQAPNBIA280NACTODQAmzg0Aec4NAH/ODQDOzg0A1c4NACPPDQAozw0AeM8NAHzPDQDNzw0A2s8NACLQDQAq0A0Ad9ANAHzQDQDM0A0A3NANAGQ0EgAy0Q0AdtENAILRDQDL0Q0A2tENACDSDQAq0g0AddINAIPSDQDK0g0A19INAB/TDQA20w0AuTQSAHfTDQBjNRIAzNMNAB7UDQDQ0w0AUkYSACbUDQBz1A0Am9QNAMjUDQDw1A0AHdUNAEXVDQC4NRIAe9UNAMfVDQDI1Q0AHNYNACvWDQBx1g0AMtYNABrYDQCC1g0AxtYNAMjWDQAb1w0AHtcNAHDXDQBz1w0AxdcNAM3XDQC3NhIAH9gNAG/YDQB22A0AxNgNAM3YDQAZ2Q0AKtkNAG7ZDQB62Q0Aw9kNAMvZDQAMNxIAHtoNAG3aDQB02g0AwtoNAMfaDQAX2w0AG9sNAGzbDQB52w0AwdsNANDbDQAW3A0AJ9wNAGvcDQBt3A0AwNwNAMPcDQAV3Q0AGN0NAGrdDQBy3Q0AYTcSAMTdDQB6Ig4Ayt0NAB/RDwDL3Q0AFN4NABfeDQBp3g0Ac94NALY3EgDH3g0AE98NACLfDQBo3w0Ad98NAL3fDQDJ3w0AEuANABXgDQBn4A0AauANAAs4EgC/4A0AEeENADnhDQBgOBIAbuENALU4EgDD4Q0ACjkSABjiDQBfORIAauINALriDQDH4g0AD+MNABLjDQBk4w0AaeMNALnjDQDK4w0ADuQNABrkDQC0ORIAaOQNALjkDQDJ5A0ADeUNABnlDQBi5Q0AfOUNALflDQC75Q0AtecNAL7lDQAI6g0AweUNAFzrDQDD5Q0AtOgNAMXlDQC25g0AyOUNAAzmDQAR5g0AYeYNAHjmDQAJOhIAw+YNAAvnDQAb5w0AYOcNAGXnDQBeOhIAt+cNAAroDQAQ6A0AX+gNAGzoDQCzOhIAuugNAAnpDQAP6Q0AXukNAGPpDQCz6Q0AuekNAAg7EgAU6g0AXeoNAHbqDQCy6g0Au+oNAAfrDQAe6w0AXTsSAGLrDQCx6w0As+sNAAbsDQAV7A0AW+wNAGfsDQCyOxIAsuwNAAXtDQAW7Q0AWu0NAGjtDQCv7Q0Atu0NAATuDQAG7g0AWe4NAGPuDQCu7g0AvO4NAAPvDQAI7w0AWO8NAGXvDQCt7w0Ate8NAALwDQAG8A0AV/ANAFnwDQCs8A0AsvANAAHxDQAO8Q0ABzwSAGPxDQCr8Q0AwvENAADyDQAc8g0AXDwSAGHyDQCq8g0Aq/INAP/yDQAF8w0AVPMNAGDzDQCp8w0AuPMNAP7zDQAA9A0AU/QNAF30DQCo9A0AtvQNAP30DQAC9Q0AUvUNAF/1DQCn9Q0Ar/UNAPz1DQAA9g0AUfYNAFP2DQCm9g0ArPYNAPv2DQAI9w0AsTwSAF33DQCl9w0AvPcNAPr3DQAW+A0ABj0SAFj4DQCk+A0AsvgNAPn4DQAD+Q0ATvkNAFr5DQCj+Q0ApvkNAPj5DQAU+g0ATfoNAFX6DQBbPRIArvoNAPf6DQD6+g0ATPsNAFb7DQBaPhIAqvsNAPb7DQAE/A0AS/wNAFX8DQCg/A0ArPwNAPX8DQD9/A0ABD8SAEz9DQCf/Q0Arf0NAPT9DQAF/g0AWT8SAFD+DQCuPxIAo/4NAPP+DQD7/g0ASP8NAE7/DQCd/w0Apv8NAPL/DQD//w0AWEASAEwADgCcAA4AUwAOAEUCDgClAA4A8QAOAPsADgBGAQ4ATgEOAJsBDgDfAQ4A8AEOAPgBDgCtQBIASwIOAJoCDgCgAg4A7wIOAPcCDgBEAw4AiAMOAJkDDgChAw4AAkESAPYDDgBXQRIATAQOAJgEDgCmBA4A7QQOAPcEDgBCBQ4ATgUOAJcFDgCaBQ4A7AUOAPQFDgABQhIATQYOAJYGDgCZBg4A6wYOAPUGDgBWQhIASAcOAKtCEgCjBw4A6gcOAPsHDgA/CA4ASwgOAJQIDgCXCA4AAEMSAC8JDgA+CQ4AhAkOAFVDEgCjCQ4A6AkOAOoJDgA9Cg4ASwoOAJIKDgCjCg4AqkMSAAMLDgA8Cw4ARAsOAP9DEgCXCw4Acn8OAKQLDgDmCw4A9QsOADsMDgBHDA4AkAwOAJEMDgDlDA4A7wwOADoNDgBIDQ4Ajw0OAJQNDgDkDQ4A8Q0OAFREEgBHDg4Ajg4OAJsODgDjDg4A6w4OAKlEEgBEDw4AjQ8OALkPDgDiDw4A7g8OADcQDgBGEA4AjBAOAJYQDgDhEA4A7xAOADYRDgA7EQ4AixEOAJgRDgDgEQ4A6BEOADUSDgBDEg4AihIOAJcSDgDfEg4A5xIOAP5EEgA2Ew4AvjIPAEITDgCJEw4AkxMOAN4TDgDqEw4AMxQOADoUDgCIFA4AkBQOAN0UDgDhFA4AMhUOAEAVDgCHFQ4AkRUOANwVDgDnFQ4AMRYOADkWDgCGFg4AiBYOANsWDgDjFg4AMBcOAD0XDgCFFw4AihcOANoXDgDnFw4ALxgOAE0YDgCEGA4AtRgOANkYDgDlGA4ALhkOADQZDgCDGQ4AiBkOANgZDgDgGQ4ALRoOADkaDgCCGg4AlRoOANcaDgDlGg4ALBsOADYbDgCBGw4AiRsOANYbDgDlGw4AKxwOADAcDgCAHA4AhxwOANUcDgDhHA4AKh0OAEYdDgB/HQ4Ahx0OAFNFEgDWHQ4AKR4OADceDgB+Hg4Aix4OANMeDgDhHg4AKB8OADUfDgB9Hw4AlB8OANIfDgDaHw4AJyAOADUgDgB8IA4AiSAOANEgDgDZIA4A/UUSADQhDgB7IQ4AfCEOAKdGEgDcIQ4AJSIOACwiDgD8RhIAgSIOAM8iDgDUIg4AUUcSACwjDgCmRxIAgSMOAM4jDgDBIw4AhmkQAM8jDgDOeA4A0SMOAMx6DgDXIw4AIyQOANgjDgB6dw4A3iMOAM15DgDsIw4A7AMQADAkDgB4JA4AgyQOAM0kDgDPJA4AIiUOAC8lDgB3JQ4AfiUOAMwlDgDdJQ4AISYOAC0mDgB2Jg4AfSYOAMsmDgDTJg4A+0cSACYnDgB1Jw4AeycOAMonDgDPJw4AHygOACUoDgBQSBIAgCgOAMkoDgDTKA4AHikOACIpDgBzKQ4AfykOAMgpDgDUKQ4AHSoOACoqDgByKg4AeioOAMcqDgDRKg4AHCsOACgrDgBxKw4AdCsOAMYrDgDQKw4A+kgSAB0sDgBwLA4AcywOAMUsDgDILA4ApEkSACItDgD5SRIAfS0OAMQtDgDFLQ4ATkoSACEuDgCjShIAcy4OAMMuDgDKLg4AGC8OAB0vDgD4ShIAdS8OAE1LEgDKLw4AFzAOACEwDgBsMA4AdzAOAMEwDgDPMA4AFjEOABkxDgBrMQ4AczEOAMAxDgDKMQ4AFTIOACEyDgBqMg4AbTIOAL8yDgDJMg4AoksSACIzDgBpMw4AfzMOAL4zDgDKMw4AEzQOABo0DgBoNA4AcDQOAL00DgDCNA4AEjUOABs1DgBnNQ4AcTUOALw1DgDENQ4AETYOABM2DgBmNg4AdjYOALs2DgDFNg4AEDcOABw3DgBlNw4AazcOALo3DgDCNw4ATEwSAB04DgBkOA4AZTgOAKFMEgC+OA4A9kwSABA5DgBjOQ4AZDkOALg5DgC7OQ4ADToOABg6DgBiOg4AZzoOALc6DgDBOg4AS00SADA7DgBhOw4AaTsOAKBNEgC4Ow4ACzwOABw8DgBgPA4AcTwOALU8DgC4PA4A9U0SABA9DgBfPQ4AZD0OALQ9DgC3PQ4ACT4OAAw+DgBePg4AZj4OAEpOEgDBPg4ACD8OAAs/DgBdPw4AaD8OALI/DgC+Pw4AB0AOAA5ADgBcQA4AZEAOALFADgC/QA4ABkEOABNBDgBbQQ4AY0EOAJ9OEgC8QQ4ABUIOAAhCDgBaQg4AZEIOAK9CDgC3Qg4A9E4SABBDDgBZQw4AX0MOAK5DDgC4Qw4AA0QOABdEDgBYRA4AYEQOAElPEgC6RA4AAkUOAApFDgBXRQ4AWkUOAKxFDgC4RQ4AAUYOAAtGDgBWRg4AX0YOAKtGDgCsRg4AAEcOABhHDgBVRw4AV0cOAKpHDgC7Rw4A/0cOABBIDgBUSA4AXEgOAKlIDgC4SA4A/kgOAABJDgBTSQ4AZEkOAKhJDgC5SQ4A/UkOABZKDgBSSg4AVEoOAKdKDgC2Sg4A/EoOABxLDgDzTxIAU0sOAKZLDgDGSw4A+0sOAA9MDgBHURIAWEwOAKVMDgCyTA4A+kwOAP9MDgBPTQ4AWU0OAKRNDgCsTQ4A+U0OAP9NDgBOTg4AV04OAKNODgCwTg4AnFESAARPDgBNTw4AU08OAKJPDgCoTw4A908OAABQDgBMUA4ATVAOAKFQDgCrUA4A9lAOAAJRDgBLUQ4AUlEOAPFREgCoUQ4ARlISAP1RDgCbUhIAUlIOAPBSEgCrUg4A9FIOAARTDgBJUw4ATlMOAJ5TDgCkUw4A81MOAP9TDgBIVA4AUFQOAEVTEgCuVA4A8lQOAANVDgBHVQ4AWVUOAJxVDgCkVQ4A8VUOAPxVDgBGVg4AS1YOAJtWDgCgVg4A8FYOABBXDgCaUxIAVVcOAJpXDgCkVw4A71cOAPtXDgBEWA4ASlgOAJlYDgChWA4A7lgOAPBYDgBDWQ4A+lgOAOheDgBUWQ4AmFkOAKlZDgDtWQ4A/1kOAEJaDgBKWg4Al1oOAKJaDgDsWg4A8VoOAEFbDgBGWw4AllsOALZbDgDvUxIA7VsOAEBcDgBPXA4AlVwOAKBcDgDqXA4A/FwOAD9dDgBHXQ4AlF0OAJ9dDgDpXQ4A7l0OAD5eDgBDXg4Ak14OALNeDgBEVBIA6l4OAD1fDgBMXw4Akl8OAJ1fDgDnXw4A+V8OADxgDgBEYA4AkWAOAJxgDgDmYA4A62AOADthDgBAYQ4AkGEOALBhDgCZVBIA8mEOADpiDgBRYg4A7lQSAJxiDgDkYg4A+2IOAENVEgBGYw4AjmMOAJVjDgDjYw4A8WMOADhkDgBFZA4AjWQOAKRkDgCYVRIA6mQOAO1VEgA5ZQ4AjGUOAJplDgDhZQ4A8mUOAEJWEgBDZg4Ai2YOAKJmDgCXVhIA6mYOADVnDgBBZw4AimcOAI1nDgDfZw4A6WcOAOxWEgBQaA4AQVcSAJFoDgCWVxIA5mgOADNpDgA0aQ4A2mwOADZpDgDcag4AOmkOANNzDgA9aQ4AiGkOAEJpDgDYbg4AQ2kOANltDgCNaQ4AKXMOAJRpDgDdaQ4A4GkOADJqDgA8ag4A61cSAI9qDgBAWBIA5WoOADFrDgD8ag4A1XEOAD9rDgCGaw4AkGsOANtrDgDnaw4AMGwOADNsDgCFbA4AjWwOAJVYEgDcbA4AL20OADJtDgCEbQ4Ah20OAOpYEgDbbQ4ALm4OADxuDgCDbg4AlG4OAJRZEgDabg4ALW8OADpvDgCCbw4AkW8OANdvDgDjbw4ALHAOAD1wDgCBcA4AknAOANZwDgDicA4AK3EOADJxDgCAcQ4AiHEOAD5aEgDjcQ4AKnIOACtyDgCTWhIAi3IOANRyDgDbcg4A6FoSADBzDgB+cw4Ag3MOAJJbEgDccw4AKHQOAC50DgB9dA4Af3QOANJ0DgDcdA4AJ3UOADV1DgB8dQ4AgXUOANF1DgDedQ4AJnYOAD52DgB7dg4AkXYOANB2DgDTdg4AJXcOAC13DgA8XBIAhncOAM93DgDSdw4AJHgOAC54DgCRXBIAgXgOAOZcEgDQeA4AI3kOACZ5DgB4eQ4Ae3kOADtdEgDPeQ4AInoOADB6DgB3eg4AiHoOAOVdEgDVeg4AIXsOAC97DgB2ew4AOnsOAGowEACAew4Ay3sOANd7DgAgfA4AI3wOAHV8DgB9fA4Aj14SAOR8DgDkXhIAOX0OAHR9DgCOfQ4AOV8SAM59DgDFgQ4A130OAG+CDgDZfQ4AHn4OACB+DgBzfg4AgX4OAMh+DgDZfg4Ajl8SACR/DgDjXxIAeH8OAMd/DgDMfw4AHIAOACKADgA4YBIAd4AOAMaADgDLgA4AG4EOADGBDgBwgQ4AeIEOAOJgEgDlgQ4AGoIOACKCDgA3YRIAhoIOAMSCDgDRgg4AGYMOAB6DDgBugw4AdIMOAMODDgDPgw4AGIQOAB+EDgBthA4AdYQOAMKEDgDlhA4A4WESACSFDgBshQ4Ae4UOAMGFDgDDhQ4AFoYOAB+GDgBrhg4AgoYOAMCGDgDLhg4AFYcOAB+HDgBqhw4AcocOAItiEgDFhw4AFIgOABqIDgBpiA4AbogOAL6IDgDEiA4A4GISADWJDgBoiQ4AcIkOAIpjEgDGiQ4AEooOABOKDgBnig4Ab4oOALyKDgDHig4AEYsOABaLDgBmiw4Aa4sOALuLDgDbiw4A32MSABaMDgBljA4AbIwOALqMDgC/jA4AD40OABONDgBkjQ4AcY0OALmNDgDBjQ4ADo4OABmODgBjjg4AaI4OALiODgC9jg4ADY8OAC2PDgA0ZBIAcY8OALePDgDCjw4ADJAOABSQDgBhkA4AZJAOALaQDgBrkA4As5MOAMKQDgALkQ4AFZEOAGCRDgBpkQ4AtZEOALaRDgAKkg4AEpIOAF+SDgBqkg4AtJIOALmSDgAJkw4ADpMOAF6TDgB+kw4AiWQSAL+TDgAIlA4ACpQOAF2UDgBjlA4AspQOALmUDgAHlQ4ADJUOAFyVDgBglQ4AsZUOAL6VDgAGlg4ADpYOAFuWDgBmlg4AsJYOALWWDgAFlw4ACpcOAFqXDgB6lw4A3mQSALeXDgAzZRIADpgOAFmYDgBimA4ArpgOALSYDgADmQ4AD5kOAFiZDgB2mQ4ArZkOAK6ZDgACmg4ABJoOAFeaDgBkmg4ArJoOALqaDgABmw4AEJsOAFabDgBymw4Aq5sOALObDgDdZRIAE5wOAFWcDgBWnA4AqpwOALacDgD/nA4ADp0OAFSdDgBenQ4AqZ0OALWdDgD+nQ4ABZ4OADJmEgBbng4Ah2YSALGeDgD9ng4ACp8OANxmEgBXnw4Ap58OALSfDgD8nw4ABqAOADFnEgBToA4ApqAOALygDgD7oA4AB6EOAIZnEgBYoQ4AcdQPAG6hDgCloQ4AraEOAH8cDwDDoQ4A+qEOAAKiDgBPog4AHKIOAPj3DwBQog4A+KMOAFKiDgBMpQ4AW6IOAE34DwBfog4ApKIOAKaiDgD5og4AB6MOAE6jDgBfow4A22cSAKujDgAwaBIA+qMOAE2kDgBQpA4AoqQOAKWkDgCFaBIA/6QOANpoEgBWpQ4A9PwOAGylDgChpQ4Ar6UOAPalDgD3pQ4AL2kSAFOmDgCEaRIAw6YOANlpEgACpw4ASqcOAFinDgCfpw4AqacOAPSnDgD8pw4ASagOAEqoDgBErQ4AZKgOAPGqDgB1qA4AnqgOAKeoDgDzqA4A9KgOAEipDgBWqQ4AnakOAKepDgDyqQ4A/qkOAEeqDgBNqg4AnKoOALiqDgAuahIA/6oOAEarDgBTqw4Am6sOAKWrDgDwqw4A8qsOAEWsDgBcrA4AmqwOAKasDgDvrA4AC60OAINqEgBVrQ4Ama0OAJutDgDurQ4A+K0OAEOuDgBTrg4AmK4OAJ2uDgDtrg4A864OAEKvDgBYrw4Al68OAJ+vDgDsrw4A768OAEGwDgBKsA4AlrAOAKSwDgDrsA4A9bAOAECxDgBMsQ4AlbEOALGxDgDYahIA97EOAD+yDgBHsg4AlLIOAJeyDgDmCg8ApLIOAOmyDgDrsg4A5wkPAPeyDgA+sw4AS7MOAJOzDgChsw4A6LMOAOuzDgA9tA4ASLQOAJK0DgCetA4A57QOAO60DgA8tQ4ARLUOAJG1DgCTtQ4A5rUOAPa1DgA7tg4ARbYOAJC2DgCctg4A5bYOAOu2DgA6tw4AQrcOAC1rEgCRtw4A5LcOAPK3DgA5uA4ARrgOAI64DgCauA4A47gOAOm4DgA4uQ4AO7kOAI25DgCVuQ4A4rkOAOS5DgDdvg4A5bkOAIu7DgDyuQ4AN7oOADm6DgCDww4APLoOAIy6DgCVug4A4boOAO66DgA2uw4APbsOAIJrEgCUuw4A28AOAJW7DgA0vQ4Aq7sOAOC7DgDuuw4ANbwOADa8DgDXaxIAlrwOAN+8DgDmvA4ALGwSADa9DgCJvQ4Aj70OAN69DgDovQ4AM74OAD++DgCIvg4Aj74OAIFsEgD2vg4AMr8OADe/DgCHvw4Ajb8OANy/DgDmvw4AMcAOAD3ADgCGwA4AjcAOANZsEgDqwA4AMMEOAD/BDgCFwQ4AkcEOANrBDgDdwQ4AL8IOADLCDgCEwg4AlMIOANnCDgDiwg4ALsMOAD/DDgArbRIAkcMOANjDDgDpww4AgG0SADTEDgDVbRIAisQOANfEDgDZxA4A0skOANrEDgCAxg4A58QOACzFDgAuxQ4AeM4OADHFDgCBxQ4AisUOANbFDgDjxQ4AK8YOADLGDgAqbhIAicYOANDLDgCKxg4AKcgOAKDGDgDVxg4A48YOACrHDgArxw4Af24SAIvHDgDUxw4A28cOANRuEgAryA4AfsgOAITIDgDTyA4A3cgOACjJDgA0yQ4AfckOAITJDgApbxIA68kOACfKDgAsyg4AfMoOAILKDgDRyg4A28oOACbLDgAyyw4Ae8sOAILLDgB+bxIA38sOACXMDgA0zA4AeswOAIbMDgDPzA4A0swOACTNDgAnzQ4Aec0OAInNDgDOzQ4A180OACPODgA0zg4A028SAIbODgDNzg4A3s4OAChwEgApzw4AfXASAH/PDgDMzw4A9c8OACHQDgAp0A4AdtAOAIbQDgDL0A4AzdAOACDRDgAu0Q4AddEOAIbRDgDScBIA0NEOAB/SDgAr0g4AJ3ESAKLSDgDRcRIA0tIOAB7TDgAr0w4Ac9MOAI/TDgDI0w4A0NMOACZyEgAu1A4ActQOAHTUDgDH1A4AyNQOABzVDgAf1Q4AcdUOAH3VDgDG1Q4AzdUOABvWDgA31g4AcNYOAHjWDgB7chIA0tYOABrXDgAq1w4Ab9cOAHTXDgDE1w4A79cOANByEgAf2A4AJXMSAHbYDgDD2A4AxNgOAA/iDgDJ2A4AFoQQAM3YDgAY2Q4Az9gOAGndDgDT2A4AwNsOAOHYDgBh5Q4AHdkOAHN8EAAj2Q4AeHcQACTZDgBt2Q4AcNkOAMLZDgDM2Q4AenMSAB/aDgBs2g4ActoOAMHaDgDK2g4AFtsOACPbDgBr2w4Ah9sOAM9zEgDC2w4AFdwOAMXbDgC9hxAAI9wOAGrcDgB73A4AJHQSAMXcDgAU3Q4AIN0OAHl0EgBv3Q4Avt0OAMTdDgAT3g4AGN4OAGjeDgBu3g4AeHUSAMTeDgB3dhIAF98OAGffDgBv3w4AvN8OAMjfDgAR4A4AJOAOAGbgDgBy4A4Au+AOAMrgDgAQ4Q4AGeEOAGXhDgBv4Q4AuuEOAMbhDgAhdxIAIOIOAGTiDgBw4g4AueIOALviDgAO4w4AEeMOAGPjDgBv4w4AuOMOAMDjDgB2dxIAGeQOAGLkDgBy5A4At+QOAMPkDgAM5Q4AEuUOAMt3EgCD5Q4AtuUOAL7lDgAL5g4ANeYOAGDmDgBr5g4AteYOAMHmDgAK5w4AG+cOAF/nDgBg5w4AIHgSALrnDgAJ6A4AFugOAHV4EgBr6A4As+gOAMroDgAI6Q4AM+kOAF3pDgBl6Q4AsukOALzpDgAH6g4AE+oOAFzqDgBf6g4AseoOALvqDgDKeBIADusOAFvrDgBh6w4AsOsOALnrDgAF7A4AEuwOAFrsDgB27A4AH3kSALHsDgAE7Q4AtuwOAEz6DgAR7Q4AWe0OAGDtDgCu7Q4AsO0OAAPuDgAJ7g4AWO4OAF/uDgCt7g4Axe4OAALvDgAH7w4AV+8OAA7vDgAB8A4AYO8OAKzvDgC27w4AdHkSAAfwDgBW8A4AXPAOAKvwDgCw8A4AAPEOAAbxDgDJeRIAVvEOAKrxDgC78Q4A//EOAAvyDgBU8g4AXvIOAKnyDgC18g4A/vIOAAXzDgAeehIAVfMOAKjzDgBe8w4AsZMQAKvzDgD98w4AHfQOAFL0DgBa9A4Ac3oSALj0DgD89A4AA/UOAFH1DgBZ9Q4ApvUOAKn1DgBP9w4AtvUOAPv1DgD99Q4AUPYOAF72DgCl9g4AtvYOAMh6EgAB9w4AHXsSAFj3DgCk9w4As/cOAPn3DgAI+A4ATvgOAFr4DgCj+A4ApvgOAPj4DgD7+A4ATfkOAF35DgCi+Q4Aq/kOAPf5DgAI+g4AcnsSAFH6DgCh+g4AqvoOAPb6DgAA+w4AS/sOAFP7DgCg+w4AvvsOAPX7DgAT/A4ASvwOAGj8DgCf/A4AvfwOAMd7EgD7/A4ASf0OAE79DgCe/Q4AVf0OAJ3+DgCn/Q4A8/0OAP39DgBI/g4AZP4OABx8EgCj/g4A8v4OAPj+DgBH/w4AY/8OAHF8EgDG/w4AG30SABsADwBwfRIATgAPAG9+EgCxAA8A8AAPAPIADwBFAQ8ASwEPAJoBDwCuAQ8A7wEPAPcBDwBEAg8AbgIPAMR+EgCiAg8A7gIPAPsCDwBDAw8AUQMPAJgDDwCiAw8A7QMPAAcEDwBCBA8ATwQPAJcEDwCjBA8A7AQPAPYEDwBBBQ8ASQUPABl/EgCdBQ8A6wUPAPMFDwBufxIAGQYPAG2AEgBMBg8AlQYPAJwGDwDqBg8A8gYPAMN/EgBBBw8AlAcPAKUHDwDpBw8A8QcPAD4IDwBICA8AkwgPAJ8IDwDoCA8A6wgPAD0JDwBHCQ8AwoASAK4JDwAXgRIA9QkPADwKDwBNCg8AbIESAJgKDwDBgRIA7woPADsLDwBKCw8AkAsPAJ8LDwDlCw8A8QsPADoMDwA9DA8AjwwPAJIMDwDkDA8A9AwPADkNDwBCDQ8Ajg0PAJ8NDwAWghIA5Q0PADgODwDvDQ8A4g4PADsODwCNDg8AlQ4PAGuCEgDoDg8ANw8PAEMPDwCMDw8AlA8PAMCCEgDtDw8ANhAPADkQDwCLEA8AlRAPABWDEgDlEA8ANREPAEsRDwCKEQ8AixEPAN8RDwDwEQ8ANBIPAEASDwCJEg8AkxIPAN4SDwDqEg8AaoMSAD8TDwCIEw8AixMPAN0TDwDnEw8AFIQSADUUDwCHFA8AihQPANwUDwDoFA8AMRUPADcVDwCGFQ8AkBUPAGmEEgDgFQ8AMBYPAD0WDwCFFg8AiBYPANoWDwD2Fg8ALxcPADcXDwC+hBIAjBcPABOFEgDhFw8AaIUSADEYDwCDGA8ARRgPAKnxDwCjGA8A2BgPAOwYDwC9hRIALhkPAIIZDwCIGQ8A1xkPAOMZDwAsGg8AOxoPAIEaDwCDGg8A1hoPAOAaDwArGw8ANxsPAIAbDwCHGw8AEoYSAOEbDwBnhhIAMhwPALyGEgCCHA8AfR4PAI8cDwDUHA8A1hwPACkdDwA3HQ8Afh0PAI8dDwC5iRIA2h0PAA6KEgAwHg8AY4oSAJ0eDwDSHg8A4B4PACcfDwAoHw8AuIoSAIgfDwDRHw8A2B8PAA2LEgAuIA8AYosSAH0gDwDQIA8A3iAPACUhDwA2IQ8At4sSAIAhDwDPIQ8A2yEPAAyMEgAqIg8AeSIPAH8iDwDOIg8A0yIPACMjDwApIw8AtowSAHsjDwDNIw8A2SMPACIkDwAoJA8AdyQPAIEkDwBgjRIA0SQPACElDwAuJQ8AdiUPAHklDwDLJQ8A4CUPACAmDwAoJg8AtY0SAH0mDwDKJg8A1iYPAB8nDwAlJw8AdCcPAHonDwDJJw8AzicPAB4oDwAkKA8As48SAIIoDwDIKA8A1ygPAB0pDwAmKQ8AcikPAHgpDwDHKQ8AzSkPABwqDwAoKg8AcSoPAHgqDwDGKg8AzioPAF2QEgAlKw8AcCsPAHsrDwDFKw8A0SsPABosDwAgLA8AbywPAHcsDwDELA8A0CwPABktDwAfLQ8Abi0PAHQtDwDDLQ8AyC0PABguDwAeLg8AspASAHQuDwDCLg8A0C4PABcvDwAkLw8AbC8PAIMvDwDBLw8A3S8PABYwDwAeMA8AB5ESAH4wDwDAMA8AwjAPABUxDwArMQ8AajEPAGsxDwC/MQ8A0DEPABQyDwAgMg8AXJESAIUyDwCxkRIA1DIPABMzDwAUMw8AaDMPAHkzDwC9Mw8AyTMPAAaSEgAXNA8AZzQPAG00DwC8NA8A3DQPABE1DwAdNQ8AZjUPAG01DwBbkhIAxzUPABA2DwASNg8AZTYPAIU2DwC6Ng8AxjYPAA83DwAWNw8AsJISAGk3DwC5Nw8AyTcPAA44DwAWOA8AYzgPAG04DwC4OA8AxDgPAA05DwAQOQ8AYjkPAGw5DwAFkxIAvTkPAAw6DwAROg8AYToPAGc6DwCvkxIAwjoPAAs7DwAOOw8AYDsPAGo7DwC1Ow8AvTsPAK6UEgAYPA8AXzwPAGY8DwC0PA8AvDwPAAk9DwAWPQ8AXj0PAGM9DwCzPQ8AvT0PAAg+DwAQPg8AXT4PAG0+DwCyPg8AwD4PAAc/DwAUPw8AXD8PAGo/DwCxPw8AtD8PAAZADwARQA8AW0APAGNADwCwQA8AyUAPAAVBDwARQQ8AWkEPAGpBDwCvQQ8AtEEPAARCDwAKQg8AWUIPAGVCDwCuQg8AtkIPAAOVEgANQw8AWEMPAFtDDwCtQw8AtUMPAAJEDwADRA8AV0QPAFlEDwCsRA8AskQPAAFFDwANRQ8AVkUPAGNFDwCrRQ8AtUUPAABGDwAIRg8AVUYPAFdGDwCqRg8At0YPAP9GDwAGRw8AVEcPAFxHDwCpRw8ArUcPAP5HDwAASA8AU0gPAFZIDwCoSA8AsEgPAP1IDwAMSQ8AUkkPAFRJDwCnSQ8AtEkPAPxJDwALSg8AUUoPAF1KDwCmSg8At0oPAPtKDwAMSw8AUEsPAFxLDwClSw8ArEsPAPpLDwAZTA8AWJUSAGNMDwCkTA8ApUwPAPlMDwAFTQ8ATk0PAGpNDwCjTQ8Aq00PAK2VEgAATg8AV5YSAFlODwCiTg8AqE4PAPdODwD9Tg8ATE8PAGRPDwChTw8Aq08PAPZPDwACUA8AS1APAE5QDwCgUA8AqlAPAPVQDwANUQ8ASlEPAFpRDwCfUQ8AoVEPAPRRDwACUg8ASVIPAFpSDwCslhIApFIPAPNSDwD/Ug8AAZcSAFBTDwCrlxIAqVMPAPJTDwD1Uw8AR1QPAFFUDwAAmBIAnlQPAPFUDwD/VA8ARlUPAFdVDwCqmBIAolUPAP+YEgD4VQ8AVJkSAE1WDwBTmhIAnFYPAO9WDwD8Vg8ARFcPAFNXDwCZVw8An1cPAO5XDwD6Vw8AQ1gPAEVYDwCYWA8AolgPAO1YDwD7WA8AQlkPAEdZDwCXWQ8ApFkPAOxZDwD4WQ8AQVoPAFRaDwCWWg8ApVoPAOtaDwD3Wg8AQFsPAEFbDwCVWw8An1sPAOpbDwD4Ww8AP1wPAERcDwCUXA8AoVwPAKiaEgDzXA8APl0PAExdDwCTXQ8All0PAOhdDwD4XQ8APV4PAEteDwCSXg8Anl4PAOdeDwDuXg8APF8PAENfDwCRXw8AnV8PAOZfDwDnXw8AO2APAEdgDwCQYA8AnWAPAOVgDwDsYA8AOmEPAEZhDwCPYQ8AnGEPAORhDwDzYQ8AOWIPAE1iDwCOYg8AmmIPAONiDwD2Yg8AOGMPAEdjDwCNYw8AmWMPAOJjDwDjYw8AN2QPAEFkDwCMZA8AmmQPAOFkDwDmZA8ANmUPAENlDwD9mhIAjGUPAOBlDwDxZQ8ANWYPAENmDwCKZg8AmWYPAN9mDwDhZg8ANGcPAD5nDwCJZw8Al2cPAN5nDwDjZw8AM2gPAEBoDwCIaA8Al2gPAN1oDwDiaA8AMmkPAD9pDwCHaQ8AkWkPANxpDwDoaQ8AMWoPAERqDwCGag8AkGoPANtqDwDnag8AMGsPAENrDwCFaw8AlGsPANprDwDmaw8AL2wPADBsDwCEbA8AjmwPANlsDwDnbA8ALm0PADNtDwCDbQ8AkG0PAFKbEgDdbQ8ALW4PADpuDwCCbg8AjG4PANduDwDdbg8ALG8PAC5vDwCBbw8Ajm8PANZvDwDZbw8AK3APADlwDwCAcA8AjHAPANVwDwDicA8AKnEPADRxDwB/cQ8AjnEPANRxDwDZcQ8AKXIPADZyDwB+cg8Ai3IPANNyDwDfcg8AKHMPADdzDwB9cw8Ah3MPANJzDwDgcw8AJ3QPACx0DwB8dA8AiXQPANF0DwDddA8AJnUPADl1DwB7dQ8AinUPANB1DwDcdQ8AJXYPACZ2DwB6dg8AhHYPAM92DwDddg8AJHcPACl3DwB5dw8AhncPAKebEgDhdw8AI3gPADJ4DwB4eA8AhHgPAM14DwDOeA8AInkPACx5DwB3eQ8AhXkPAMx5DwDReQ8AIXoPAC56DwD8mxIAiXoPAMt6DwDaeg8AIHsPACx7DwB1ew8AdnsPAMp7DwDUew8AH3wPAC18DwB0fA8AeXwPAMl8DwDWfA8AUZwSACB9DwBzfQ8AgX0PAMh9DwDVfQ8AHX4PACl+DwByfg8AeH4PAMd+DwDYfg8AHH8PAB5/DwBxfw8Aen8PAMZ/DwDTfw8AG4APACqADwBwgA8Ae4APAMWADwDRgA8AGoEPAC2BDwBvgQ8AfoEPAMSBDwDQgQ8AGYIPABqCDwBugg8AeIIPAMOCDwDRgg8AGIMPAB2DDwBtgw8AeoMPAKacEgDPgw8AF4QPACWEDwBshA8AdoQPAMGEDwDPhA8AFoUPABiFDwBrhQ8AfIUPAMCFDwDOhQ8AFYYPAEaGDwBqhg8AbIYPAL+GDwDJhg8AFIcPACKHDwBphw8AbocPAL6HDwDLhw8AE4gPAB+IDwBoiA8Ae4gPAL2IDwDMiA8AEokPAB6JDwBniQ8AaIkPALyJDwDGiQ8AEYoPAB+KDwBmig8Aa4oPALuKDwDIig8A+5wSABKLDwBliw8AZ4sPALqLDwDJiw8AD4wPAB6MDwBkjA8AcIwPALmMDwC8jA8ADo0PABGNDwBjjQ8AaY0PALiNDwDEjQ8ADY4PABCODwBijg8AZ44PALeODwDAjg8ADI8PABKPDwBhjw8AcI8PALaPDwDCjw8AC5APABuQDwBgkA8AYpAPALWQDwDDkA8ACpEPABuRDwBQnRIAZZEPALSRDwDAkQ8ApZ0SABySDwBekg8AbZIPALOSDwC/kg8ACJMPAAmTDwBdkw8AZ5MPALKTDwDAkw8AB5QPAAyUDwBclA8AaZQPAPqdEgC9lA8ABpUPABCVDwBblQ8Ah5UPALCVDwC3lQ8ABZYPAB6WDwBalg8AaZYPAK+WDwC+lg8ABJcPAAmXDwBZlw8AZpcPAK6XDwC7lw8AA5gPAA+YDwBYmA8AZ5gPAK2YDwC3mA8AApkPABCZDwBXmQ8AXJkPAKyZDwC5mQ8AAZoPAA2aDwBWmg8AaZoPAKuaDwC6mg8AAJsPAAybDwBVmw8AVpsPAKqbDwC0mw8A/5sPAA2cDwBUnA8AWZwPAKmcDwC2nA8AT54SAA+dDwBTnQ8AZJ0PAKidDwC0nQ8A/Z0PABSeDwBSng8AVJ4PAKeeDwC4ng8A/J4PAP+eDwBRnw8AW58PAKafDwConw8A+58PAAWgDwBQoA8AXKAPAKWgDwCxoA8A+qAPAA2hDwBPoQ8AXqEPAKShDwCwoQ8A+aEPAPqhDwBOog8AWKIPAKOiDwCxog8A+KIPAP2iDwBNow8AWqMPAKSeEgCkow8A96MPAAGkDwBMpA8AVKQPAPmeEgC0pA8A9qQPAAKlDwBLpQ8AWqUPAKClDwCppQ8A9aUPAP+lDwBKpg8AWKYPAJ+mDwCkpg8A9KYPAAGnDwBJpw8AVacPAJ6nDwCxpw8A86cPAAKoDwBIqA8AVKgPAJ2oDwCeqA8A8qgPAPyoDwBHqQ8AVakPAJypDwChqQ8A8akPAP6pDwBOnxIASKoPAJuqDwClqg8A8KoPAPiqDwCjnxIASqsPAJqrDwCwqw8A76sPAPCrDwBErA8AVawPAJmsDwClrA8A7qwPAPisDwBDrQ8AUa0PAJitDwCdrQ8A7a0PAPqtDwBCrg8ATq4PAJeuDwCqrg8A7K4PAPuuDwBBrw8ATa8PAJavDwCXrw8A668PAPWvDwBAsA8ATrAPAJWwDwCasA8A6rAPAPewDwD4nxIAQbEPAJSxDwCesQ8A6bEPAPGxDwBNoBIAVLIPAJOyDwCfsg8A6LIPAO2yDwA9sw8ARrMPAJKzDwCcsw8A57MPAPOzDwA8tA8AT7QPAJG0DwCgtA8A5rQPAPK0DwA7tQ8APLUPAJC1DwCatQ8A5bUPAPO1DwA6tg8AP7YPAI+2DwCctg8AoqASAOa2DwA5tw8AQ7cPAI63DwCWtw8A96ASAPC3DwA4uA8AR7gPAI24DwCYuA8A4rgPAO64DwA3uQ8ARrkPAIy5DwCsuQ8A4bkPAO25DwA2ug8APboPAIu6DwCZug8A4LoPAOW6DwA1uw8AQbsPAIq7DwCduw8A37sPAO67DwA0vA8AQLwPAIm8DwCKvA8A3rwPAOi8DwAzvQ8AQb0PAIi9DwCNvQ8A3b0PAOq9DwBMoRIANL4PAIe+DwCRvg8A3L4PAOS+DwChoRIATr8PAIa/DwCXvw8A278PAOe/DwAwwA8AQ8APAIXADwCUwA8A2sAPAObADwAvwQ8AMMEPAITBDwCOwQ8A2cEPAOfBDwAuwg8AM8IPAIPCDwCQwg8A9qESANrCDwAtww8AN8MPAILDDwCKww8AS6ISAPTDDwAsxA8APcQPAIHEDwCNxA8A1sQPAOnEDwArxQ8AOsUPAIDFDwCMxQ8A1cUPANbFDwAqxg8ANMYPAH/GDwCNxg8A1MYPANnGDwApxw8ANscPAKCiEgCAxw8A08cPAN3HDwAoyA8AMMgPAPWiEgCOyA8A0sgPAObIDwAnyQ8AK8kPAHzJDwB+yQ8A0ckPAOXJDwAmyg8AKcoPAHvKDwCYyg8A0MoPAOHKDwAlyw8AMcsPAHrLDwCNyw8Az8sPAN7LDwAkzA8AMMwPAHnMDwB6zA8AzswPANjMDwAjzQ8AMc0PAHjNDwB9zQ8Azc0PANrNDwBKoxIAJM4PAHfODwCBzg8AzM4PANTODwCfoxIAI88PAHbPDwCEzw8Ay88PANzPDwD0oxIAJ9APAEmkEgCY0A8ASKUSANLQDwBHphIAJdEPAHTRDwB50Q8AydEPAM3RDwAe0g8AK9IPAJymEgB40g8AyNIPAMzSDwAd0w8AH9MPAHLTDwCL0w8Ax9MPANjTDwAc1A8AKNQPAPGmEgB01A8AFtoPAH3UDwDG1A8A2dQPABvVDwAc1Q8AcNUPAHzVDwDF1Q8A1NUPABrWDwAk1g8Ab9YPAHvWDwDE1g8Ay9YPAEanEgAh1w8AbtcPAHDXDwBi4w8AcdcPAGncDwB01w8Aw9cPAHrXDwC83g8Ae9cPAKVKEADP1w8AGNgPACfYDwBt2A8AedgPAMLYDwDQ2A8AF9kPADLZDwBs2Q8AeNkPAMHZDwDI2Q8Am6cSACPaDwBr2g8AbdoPAMDaDwDB2g8AFdsPABjbDwBq2w8AddsPAL/bDwDE2w8AFNwPAB7cDwDwpxIAdtwPAL7cDwDA3A8AE90PABTdDwBo3Q8Aa90PAL3dDwDI3Q8AEt4PABfeDwBn3g8Acd4PAEWoEgDP3g8AEd8PABLfDwBm3w8Act8PALvfDwDK3w8AEOAPABrgDwBl4A8AceAPALrgDwDB4A8AmqgSABfhDwBk4Q8AZuEPALnhDwDI4Q8ADuIPABjiDwBj4g8AbOIPALjiDwC64g8ADeMPAB7jDwBEqRIAceMPALfjDwDB4w8ADOQPABXkDwBh5A8AY+QPALbkDwDH5A8AC+UPABPlDwBg5Q8AfuUPALXlDwC95Q8ACuYPABbmDwBf5g8AcuYPALTmDwC15g8ACecPABXnDwBe5w8AbecPALPnDwC95w8ACOgPABToDwBd6A8AZOgPAJmpEgDD6A8AB+kPABjpDwBc6Q8AZOkPALHpDwC46Q8ABuoPABTqDwBb6g8Aa+oPALDqDwDA6g8ABesPACHrDwDuqRIAZ+sPAK/rDwDG6w8ABOwPAAzsDwBZ7A8AZ+wPAK7sDwC47A8AA+0PAA/tDwBY7Q8Abu0PAK3tDwCw7Q8AAu4PAB7uDwBDqhIAYe4PAKzuDwC07g8AAe8PABDvDwBW7w8AW+8PAKvvDwC47w8AAPAPAArwDwBV8A8AV/APAKrwDwC48A8A//APAAzxDwBU8Q8AV/EPAJiqEgC08Q8A/vEPAAjyDwBT8g8AW/IPAKjyDwC38g8A/fIPAALzDwBS8w8AX/MPAKfzDwCx8w8A/PMPAP7zDwBR9A8AX/QPAKb0DwCz9A8A+/QPAP70DwDtqhIAU/UPAKX1DwCx9Q8A+vUPAAH2DwBP9g8AV/YPAKT2DwC99g8A+fYPAA33DwBO9w8AavcPAKP3DwCr9w8Al6sSAAD4DwDsqxIAWvgPAKL4DwCp+A8A9/gPAP/4DwBM+Q8AUfkPAKH5DwCx+Q8A9vkPAP75DwBL+g8AWfoPAKD6DwCt+g8A9foPAAL7DwBK+w8AVvsPAJ/7DwCl+w8A9PsPAPz7DwBJ/A8AVfwPAJ78DwCx/A8A8/wPAAL9DwBI/Q8AVP0PAJ39DwCe/Q8A8v0PAPz9DwBH/g8AVf4PAJz+DwCh/g8A8f4PAP7+DwBBrBIASf8PAJv/DwCl/w8A8P8PAPL/DwBFABAAVAAQAJoAEAC6ABAA7wAQAPcAEABEARAATgEQAJkBEACfARAA7gEQAPABEABDAhAAUgIQAJgCEACkAhAA7QIQAPUCEACWrBIAYAMQAJcDEAC1AxAA66wSAAoEEABBBBAAXwQQAJYEEACeBBAA6wQQAPoEEABABRAAQgUQAJUFEACeBRAA6gUQAO0FEAA/BhAASwYQAJQGEACbBhAA6QYQAPEGEAA+BxAAVwcQAJMHEACnBxAA6AcQAAQIEAA9CBAARQgQAECtEgCwCBAA5wgQAAUJEACVrRIAVQkQAJEJEACWCRAA5gkQAAEKEAA7ChAARwoQAJAKEACYChAA6q0SAPgKEAA6CxAASQsQAI8LEACbCxAA5AsQAOULEAA5DBAAQwwQAI4MEACcDBAA4wwQAOgMEAA4DRAARQ0QAD+uEgCRDRAA4g0QAOQNEAA3DhAAOg4QAIwOEACUDhAA4Q4QAOsOEAA2DxAAQQ8QAIsPEACXDxAA4A8QAOgPEACUrhIAQxAQAIoQEACQEBAA3xAQAOsQEAA0ERAAQxEQAIkREACTERAA3hEQAOYREAAzEhAAQhIQAIgSEACKEhAA3RIQAOYSEAAyExAANRMQAIcTEACTExAA3BMQAOQTEADprhIAQRQQAIYUEACOFBAA2xQQAOUUEAAwFRAAOxUQAIUVEACRFRAA2hUQAOIVEAA+rxIANBYQAIQWEACVFhAA2RYQAOoWEAAuFxAAMxcQAIMXEACHFxAA2BcQAOYXEAAtGBAAOhgQAIIYEACZGBAA1xgQAN8YEAAsGRAAOBkQAIEZEACUGRAA1hkQAOUZEAArGhAANxoQAIAaEACBGhAA1RoQAN8aEAAqGxAAOBsQAH8bEACEGxAA1BsQAOEbEACTrxIALxwQAH4cEACMHBAA0xwQAOAcEAAoHRAAPx0QAH0dEACFHRAA0h0QAN0dEAAnHhAAKR4QAHweEACJHhAA0R4QANgeEAAmHxAANx8QAHsfEACJHxAA0B8QAN0fEAAlIBAAPCAQAHogEACCIBAAzyAQANQgEAAkIRAANCEQAHkhEACBIRAAziEQANghEAAjIhAALiIQAHgiEACEIhAAzSIQANUiEAA9sBIAOyMQAHcjEAB8IxAAzCMQAOcjEAAhJBAALSQQAHYkEAB+JBAAkrASAN4kEAAgJRAALyUQAHUlEACBJRAAyiUQAMslEAAfJhAAKSYQAHQmEACCJhAAySYQAM4mEAAeJxAAKycQAOewEgB7JxAAyCcQAMonEAAdKBAAKigQAHIoEAB3KBAAxygQANEoEAAcKRAAJykQAHEpEAB9KRAAxikQAMwpEAAbKhAAIyoQAHAqEAB8KhAAxSoQANgqEAAaKxAAKSsQAG8rEAB7KxAAxCsQAMUrEAAZLBAAIywQAG4sEAB8LBAAwywQAMgsEAAYLRAAJS0QADyxEgByLRAAwi0QANEtEAAXLhAAJi4QAGwuEAB1LhAAwS4QAMcuEAAWLxAAHC8QAGsvEAB3LxAAwC8QAMcvEAAVMBAAMTAQAJGxEgB0MBAAvzAQAMswEAAUMRAAFzEQAGkxEABzMRAA5rESAMYxEAA7shIAGzIQAJCyEgBwMhAA5bISAMUyEAASMxAAEzMQALU6EAAfMxAAZzMQACYzEAANOBAAKTMQAFlBEAArMxAAAEUQAGgzEAC8MxAA0jMQABE0EAAZNBAAZjQQAGg0EAAONxAAdDQQALs0EADDNBAAOrMSAMg0EAAQNRAAEzUQAGU1EABvNRAAujUQALw1EAAPNhAAIDYQAGQ2EAB1NhAAuTYQAME2EACPsxIAFTcQAGM3EABqNxAAuDcQAMA3EADksxIADzgQAGI4EABoOBAAtzgQAMQ4EAAMORAAFDkQAGE5EABjORAAtjkQAL05EAALOhAAEjoQAGA6EABoOhAAObQSAMI6EAAKOxAACzsQAF87EAB1OxAAtDsQALw7EAAJPBAACzwQALE+EAAXPBAAXjwQAGY8EACOtBIAazwQALM8EAC2PBAACD0QABI9EABdPRAAXz0QALI9EADDPRAABz4QABg+EABcPhAAZD4QAOO0EgC4PhAABj8QAA0/EABbPxAAYz8QADi1EgC6PxAABUAQAAdAEABaQBAAa0AQAK9AEADAQBAABEEQAAxBEACNtRIAXkEQAPxIEABlQRAArkEQAMRBEAADQhAAC0IQAFhCEABmQhAArUIQALpCEAACQxAABUMQAFdDEABhQxAArEMQAK5DEAABRBAAEkQQAFZEEABnRBAAq0QQALNEEADitRIACUUQAFVFEABiRRAAqkUQALFFEAD/RRAAEEYQAFRGEABgRhAAqUYQALFGEAA3thIAC0cQAFNHEABWRxAAqEcQALJHEAD9RxAA/0cQAFJIEABjSBAAp0gQALhIEACMthIABEkQAFFJEABoSRAApkkQALJJEAD7SRAABUoQAFBKEABYShAA4bYSAKZKEAD6ShAAEEsQAE9LEABXSxAApEsQALJLEAD5SxAAAUwQADa3EgAGTBAATkwQAFFMEACjTBAArUwQAPhMEAD6TBAATU0QAF5NEACiTRAAs00QAPdNEAD/TRAAi7cSAFJOEAChThAApk4QAPZOEAARTxAAS08QAFlPEACgTxAAp08QAPVPEAABUBAASlAQAFBQEACfUBAAolAQAPRQEAD+UBAASVEQAE9REACeURAAoFEQAPNREAD9URAASFIQAFRSEACdUhAAtFIQAPJSEAAGUxAAR1MQAGNTEACcUxAApFMQAOC3EgDzUxAARlQQAFRUEACbVBAArFQQADW4EgD3VBAAirgSAFNVEACaVRAApFUQAO9VEAD6VRAARFYQAExWEACZVhAApVYQAO5WEAABVxAAQ1cQAFJXEACYVxAApFcQAO1XEADuVxAAQlgQAExYEACXWBAApVgQAOxYEADxWBAAQVkQAE5ZEAA0uRIAnlkQAOtZEAD1WRAAQFoQAEVaEACVWhAAnVoQAOpaEADwWhAAP1sQAEtbEACUWxAAmlsQAOlbEADyWxAAPlwQAEtcEACTXBAAm1wQAOhcEADpXBAAPV0QAD9dEACSXRAAlV0QAOddEADqXRAA3rkSAFJeEACRXhAAmV4QAOZeEADyXhAAO18QAEFfEACQXxAAll8QAOVfEADqXxAAj2AQABNgEAA6YBAAQmAQAIi6EgCVYBAA3boSAPpgEAA5YRAAO2EQAI5hEACbYRAA42EQAOphEAA4YhAAQGIQAI1iEACdYhAA4mIQAORiEAA3YxAARWMQAIxjEACdYxAAh7sSAOhjEADcuxIARGQQAItkEACVZBAA4GQQAOtkEAA1ZRAAPWUQAIplEACWZRAA32UQAPJlEAA0ZhAAQmYQAIlmEACTZhAA3mYQAOZmEAAzZxAAQmcQAIhnEACNZxAA3WcQAORnEAAyaBAAPmgQAIa8EgDFaBAA3GgQABppEAAxaRAAOWkQANu8EgCwaRAA22kQAOdpEAAwahAANmoQAIVqEACLahAA2moQAN9qEAAvaxAANWsQADC9EgCFaxAA2WsQAN9rEAAubBAAM2wQAINsEACSbBAA2GwQAORsEAAtbRAAMG0QAIJtEACFbRAA120QAN9tEAAsbhAAO24QAIFuEACGbhAA1m4QAOxuEAArbxAALG8QAIBvEACRbxAA1W8QAOFvEAAqcBAANHAQAH9wEACLcBAA1HAQANtwEACFvRIAOXEQAH5xEACKcRAA03EQAOJxEAAochAAPHIQAH1yEACMchAA0nIQAONyEAAncxAAM3MQANq9EgB+cxAA0XMQAN9zEAAmdBAAN3QQAC++EgCBdBAA0HQQANx0EACEvhIAK3UQAHp1EACAdRAAz3UQANR1EAAkdhAAKnYQAIO/EgB+dhAAznYQANB2EAAjdxAANHcQANfAEgCEdxAAzXcQANN3EAAieBAALngQAHd4EAB/eBAALMESANJ4EAAheRAALXkQAHZ5EAB+eRAAgcESANd5EAAgehAAI3oQAHV6EAB/ehAA1sESAMx6EAAfexAALXsQAHR7EACFexAAgMISAM97EAAefBAAKnwQANXCEgB7fBAAyHwQAMt8EAAdfRAAKX0QAHJ9EAB+fRAAx30QAM99EAB/wxIAJ34QAHF+EAB9fhAAxn4QAM5+EADUwxIAJH8QAHB/EACBfxAAxX8QANZ/EAAagBAAIoAQAG+AEABygBAAxIAQAM6AEAAZgRAAG4EQAG6BEAB9gRAAw4EQAOOBEAAYghAAIIIQAG2CEAB3ghAAwoIQAMiCEAAXgxAAGYMQAGyDEAB7gxAAwYMQAM2DEAApxBIAIoQQAGuEEACJhBAAwIQQAMaEEAAVhRAAHoUQAGqFEAB3hRAAv4UQAMeFEAAUhhAAKoYQAGmGEABrhhAAvoYQANmGEAAThxAAH4cQAGiHEAB1hxAAfsQSAMOHEAASiBAAGogQAGeIEAB9iBAAvIgQAMGIEAARiRAAF4kQAGaJEAByiRAAu4kQAMOJEADTxBIAHYoQAGWKEAB1ihAAuooQAL+KEAAPixAAFYsQAGSLEAB6ixAAuYsQALuLEAAOjBAAGIwQAGOMEABxjBAAuIwQAL2MEAANjRAAGo0QACjFEgBxjRAAt40QAMCNEAAMjhAAFo4QAGGOEABvjhAAto4QALuOEAALjxAAGI8QAGCPEABojxAAtY8QAMWPEAAKkBAADJAQAF+QEABtkBAAtJAQAMWQEAB9xRIAEJEQANLFEgBjkRAAs5EQALmREAAIkhAAEJIQAF2SEABnkhAAspIQALSSEAAHkxAACpMQAFyTEAB8kxAAfMYSAL2TEAAGlBAADJQQAFuUEABnlBAAsJQQALiUEADRxhIAEZUQAFqVEABglRAAr5UQALuVEAAElhAADJYQACbHEgBblhAArpYQALyWEAADlxAAFJcQAHvHEgBllxAArZcQAMSXEADQxxIADJgQAFeYEABjmBAArJgQAK+YEAABmRAAC5kQACXIEgBnmRAAq5kQALKZEAAAmhAACJoQAFWaEABimhAAqpoQAK+aEAD/mhAACZsQAFSbEABcmxAAqZsQALibEAD+mxAAA5wQAFOcEABpnBAAqJwQAKmcEAD9nBAAC50QAFKdEABjnRAAp50QALOdEAD8nRAABJ4QAM/IEgBVnhAAVAEAAFmeEACwPRIAXZ4QAJYFDwCynhAA9wgAAAOfEAD4oRAAsaAQANUqAAD9oBAA0ywAAAiiEADEOwAApaIQAME+AAD6ohAADkcAAKOjEAA8CRAApKMQALZJAACooxAAY5kDAKujEACymwcA+qMQAPlbAACkpBAASGIAAPmkEACRbgAAoqUQADV1AAADphAALH4AAE2mEAB+gQAAoKYQAHqFAABQpxAAxo4AABGoEABHqBAAoqoQADDPAACdqxAAJNsAAPKrEABw5AAAnKwQAAzzAABOrRAAWPwAALutEACt/AAA7q0QAAL9AABNrhAA/AIBAPWuEAClBAEASa8QAKAJAQAJsBAAlxIBAEuwEACRGAEAs7AQAOmwEABasRAAk7EQAJuxEADosRAA9LEQAN8fAQBFshAAhyIBAAOzEAA8sxAARLMQAJGzEACTsxAA1SkBAPKzEADPLwEAmLQQABs5AQDwtRAAV1IBAJa2EAD+VQEAqrYQAPP6EQCythAA9fgRAAi3EABTVgEAPrcQAKdXAQCftxAA+lkBAOe3EAD3XAEAO7gQAPVeAQBCuRAAjXEBAKW5EADguRAA6LkQAOJxAQBEuhAANXQBAOu6EADVfgEAV7sQACp/AQCVuxAA04ABAOa7EAAzvBAAPbwQACiBAQCSvBAAI4YBAJK+EAC0nwEA474QADC/EABAvxAACaABAOa/EAAFpAEAN8AQAITAEACUwBAAWqQBADrBEAD8rAEAh8MQAHkvAgCLwxAAIjECAI/DEADmwgEAm8MQAGk/AgAzxBAABT4SADTEEAC35wsAN8QQAOPFAQBHxBAAV0cMAIjEEADeEBEAnMQQADjGAQCuxBAAGIASANzEEACNxgEA38QQAM3QDACLxRAAiMsBAODFEADdywEAjMYQACzSAQAxxxAAJtgBANvHEAAi3AEAKsgQAHzIEACIyBAAzNwBAIPJEADQyRAA08kQAL7eDQDcyRAAcOMBADrKEAAY5gEAm8oQAM/KEAAoyxAAYD0NADTLEABf9AEAUcsQABXpAQCFyxAAZO8BAC/MEAAK9AEA2cwQAF71AQA+zRAAs/UBANzNEABd9gEAKs4QAFz3AQAuzxAApwECANPPEADkZAwA1s8QAKIGAgDYzxAA5WEOACfQEACsQRIAOdAQAHTQEADR0BAAHtEQAOXQEADtEAIAIdEQAPr4DAAo0RAA6wcNACvREABl4wwALtEQAOmzDQAv0RAAOrgNADnREACgCAIAP9EQAJsCDQDK0RAA8QwCAPLREACTCQ4AK9IQAJoOAgB+0hAAmQ8CAN3VEAAxIgIAJNcQAEMFDQB34xAAxiwNAB3kEABg5BAAx+QQAArlEABv5RAAq/MLAHXlEAAn1gIAtuYQAKT0EQC75hAAXecQAM/mEABa6hAA1+YQAKD4EQDd5hAAF+YCAF/nEAAjewwAYecQAPj6DABk5xAAov8IAGfnEABs5gIAbOcQAMHmAgBu5xAADZkEAJTnEABt4wQAvOkQAAf2AgBi6hAAr+oQALDqEAD5pAwAueoQAJ1TDwC+6hAAw4QNAM7qEABZlBIADusQAAL7AgAG7BAA2SMDAAnsEAA6uwoACuwQAJYRAwAM7BAAUAIDAA3sEAD1BwMAD+wQAOMYBAAQ7BAASAoDABHsEAA6GAMAEuwQAPgEAwAT7BAAkhQEABnsEABFDQMAQewQAIdoEABX7xAAAFIDAFvvEADUKAMAX+8QACjLDAC27xAAJysDAAHyEAALRwMAavMQAPVcAwAU9BAA62YDAMT0EADnagMAA/UQADdwAwD79RAAe4EDAFb2EACj9hAAsfYQAM6DAwCm9xAA4w0PALD3EABwjAMApPgQAAucAwD8+RAA87MDAKD6EABAvAMAW/sQAJ77EACf/BAAPxEFAKD8EABx4AMAp/wQAMvWCABK/RAAbeQDAE79EAC85QgASf4QAFf6AwBQ/xAAoQUEAP7/EADzCAQAtQARAO4AEQD2ABEAQwERAFIBEQCWEAQAogERAOgTBABLAhEAOmQMAE4CEQCRFQQAnwIRAOwCEQCzAhEAUPMRAPYCEQDmFQQAngMRAIsbBAD6AxEAiR0EAJsEEQCDIwQA8gQRAKmiCQBCBREAJyoEAEoGEQC/PAQAmwYRAF+PEQAEBxEAPQcRAEUHEQCSBxEAnwcRAKxPBACjBxEAEUAEAEwJEQBKXAQARgoRADdvBACXChEA5AoRAPUKEQCLcAQAnQsRANl3BADtCxEAK3sEAI8MEQDOggQA8wwRAHKJBAD+DBEAZpUEAAsNEQBsjwQACg4RALuVBACqDhEAtJwEAOYOEQADowQAkQ8RAEmyBACWDxEAJH0JAJcPEQDLgAkAmQ8RANR3CQD7DxEANBARADwQEQCJEBEA4BARAAREDQDmEBEApfMRAOgQEQBGtQQA6hARAGswDwABEREABJQSACIREQBIUw8AOxERAEO4BAC1EREA3RERADwSEQCTvQQA6xIRADbFBACJExEALc4EAPcTEQDWzwQAPRQRACPYBAA/FBEAK9AEAIsUEQB90wQAjxQRAHvVBACOFREAy9oEAJIWEQDA5QQA2xYRALvqBABHGREAgBkRAIgZEQDVGREA5BkRAPIIBQAzGhEAlRAFACsbEQDiGAUANhsRAI6+CACBGxEANBwFAIIcEQB1MAUAjBwRAH0oBQDYHBEAzysFANwcEQDNLQUAQh4RAHseEQCDHhEA0B4RANUeEQBhRAUA3x4RAGk8BQArHxEAuz8FAC8fEQC5QQUALSERAKBaBQDTIREAl2MFAH0iEQAudwUARiMRAMmGBQCcIxEAGYwFANojEQAXjgUAMCQRAGaUBQCBJBEAZZUFANIkEQAfJREAKSURALqVBQB3JREAt5gFAHwmEQCtogUAOScRAHInEQB6JxEAxycRAM0nEQBMrgUAMigRAPOxBQDcKBEAPL4FAB8pEQAyyAUA1CkRAC7MBQB+KhEAJtQFADUrEQBuKxEAdisRAMMrEQDTKxEAGeEFAO8rEQBq5QUAJCwRABjiBQB1LBEAwiwRAMwsEQBt4gUA3S0RABYuEQAeLhEAay4RAHQuEQAH8wUAyi4RAAX1BQCGLxEAvy8RAMcvEQAUMBEAFTARAPr/BQAZMBEAAU4GABowEQBDDAYAITARAJ0HBgAjMBEAqvoFAG8wEQD8/QUAczARAFlLBgByMREARQoGAHEyEQA2GQYAxjIRAIcdBgAXMxEAhh4GAMkzEQDTJgYAgTQRALo0EQDCNBEADzURABk1EQDLLgYAZzURAMQ1BgAqNhEAYzYRAGs2EQC4NhEAxTYRABU6BgDHNhEAC0QGABI3EQARPgYAvTcRAF1HBgAUOBEAW0kGAHw5EQC1OREAvTkRAAo6EQAZOhEAT1UGAGk6EQChWAYAaTwRAIxtBgDOPBEABz0RACM9EQBcPREAaT0RAOBuBgB3PhEAsD4RALg+EQAFPxEACD8RAHmABgDmPxEAbI0GAFxAEQBnkgYAYEARAMvTCwAQQREAC5kGAFtBEQAHnQYAtkIRAPatBgANQxEARrMGAAhEEQCJbQkAHEQRADRtCQBxRBEAqkQRALJEEQD/RBEAAkURAD67BgBwRREAqUURALFFEQD+RREADUYRAOW+BgBeRhEAicUGAKlHEQDO1QYAWEgRADpjDQBdSBEAJCIPAGBIEQB22AYAYUgRAHsgDwCySBEActwGAMFJEQD6SREAAkoRAE9KEQBYShEAE+YGAK5KEQAR6AYAXUsRAArvBgC8SxEAVfkGAFBMEQD3AQcA+kwRAJcMBwCkTREA4BgHAKpOEQB+JQcA/04RANAoBwBWTxEAIiwHALtPEQD0TxEA/E8RAElQEQBYUBEAFzcHAFlQEQB2LQcAqlARAHUuBwD7UBEASFERAFJREQDKLgcA+FERAGk6BwCfUhEADEIHAE5TEQCzRQcADFQRAEVUEQBNVBEAmlQRAKlUEQD/TgcA+1QRAFFSBwBMVREAmVURAKhVEQClUwcAUlYRAJ9ZBwCiVhEA8VwHAPpWEQDlaAcA/FYRAOtiBwAIWBEAQVgRAElYEQCWWBEAB1kRAEBZEQBIWREAlVkRAKJZEQB9ewcA91kRACV+BwBNWhEAzIEHAOtaEQAbiAcAn1sRABSPBwBIXBEAqqMHAJ1dEQDrtwcA7l0RADteEQBKXhEAP7kHALZeEQCTugcA7l8RAOLABwBFYBEAM8UHAJZgEQDjYBEA8mARAIfGBwBeYREA28cHAI9iEQCBzAcA5mIRAHrTBwCQYxEAwuAHADpkEQBg7QcA72QRAAXzBwBBZREAWfQHAORlEQD/+AcApGYRAN1mEQDlZhEAMmcRAIpnEQBLAggAQGgRAPMECAD3aBEAMGkRADhpEQCFaREAj2kRAOoNCADoaREAkw8IAD5qEQCOFAgAjmoRAN8YCAA3axEAMB0IADlsEQAqIwgAimwRANdsEQDZbBEAfyMIAJ1tEQDWbREA3m0RACtuEQBGbxEAf28RAIdvEQDUbxEA73ARAChxEQAwcREAfXERAIdxEQCoTwgAQ3IRAHxyEQCEchEA0XIRANtyEQCHcAgA53IRAJdgCAArcxEAlWIIAIVzEQA3awgA2HQRAMaGCADcdBEAz30IADJ1EQDJgwgAenURAMeFCAAtdhEAxIgIAHt2EQDBiwgALHcRABGRCACDdxEAYJcIAC14EQBdmggAgngRALKaCADneBEAIHkRACh5EQB1eREAhHkRAFqdCAAsehEA+agIAIR6EQCdrwgAj3sRAMh7EQDQexEAHXwRACx8EQDpuAgAH30RAHF9EQCLfREAL8gIAOJ9EQAbfhEAI34RAHB+EQB/fhEAK8wIAPt+EQDUzQgAi38RAMR/EQDMfxEAGYARAH2AEQB70QgAyYARAM3UCAB5gREAytcIANSBEQAb3AgAc4IRAOliCQB2ghEAweAIAMiCEQDA4QgAyoMRAAP0CAAfhBEAp/oIAHGEEQCm+wgAhYURAL6FEQDGhREAE4YRAB+GEQDuCAkAcIYRAL2GEQDBhhEAQgoJACKHEQDrCwkA2IcRABGIEQAZiBEAZogRAJCIEQAyGgkAwIgRAIAhCQAsiREAsUMLAG2JEQC6iREA8okRANAmCQCHihEAuYoRALuLEQAGRgkAvowRAKBWCQATjhEAYI4RAIKPEQC0jxEA048RAAmQEQBukBEA2nEJABCREQAqdwkAuJERACZ7CQATkxEAeScKABWTEQAahwkAYZMRAGyKCQBjlREAt5QJALGVEQAFnAkAuJURAAiZCQC0lxEAAZgRAK6YEQDvsQkAtpkRAOS8CQAGmxEAU5sRAHybEQDQ0AkAGZwRAFKcEQBanBEAp5wRALacEQDI2AkAAp0RABrcCQAGnREA0SQKAKudEQAY3gkAA54RAFCeEQB5nhEAa+AJAAKfEQAS5AkAeJ8RAGfkCQD+oBEAqfcJAAOiEQCi/gkAAqMRAO8GCgBnoxEARAcKAK+jEQCZBwoA+6MRAOsKCgCrpBEA6A0KABClEQA9DgoAWKURAJIOCgCkpREA5BEKABynEQBHpxEAuKcRAPGnEQD5pxEARqgRAPWoEQB1KwoA86kRAGk3CgCuqhEABUYKAF+rEQCYqxEAoKsRAO2rEQD3qxEApk8KAMKtEQBFWwoA7K4RAIB1CgBIrxEAJXsKAOuvEQDHgwoATrARABmHCgDysBEAYpMKAEeyEQBMqQoAo7IRAOayEQDusxEAkrgKAKW1EQCCyAoAPbYRAH3NCgCathEAz9AKAFO3EQCMtxEAlLcRAOG3EQA4uBEAcdkKAFG5EQCKuREAkrkRAN+5EQAJuhEAZOYKAJK6EQCz7AoA5roRADO7EQBBuxEAXe0KAI67EQCw7woAP7wRAKv0CgCIvBEAp/gKAI+9EQCdAgsAkr0RAEcDCwDnvhEAOhALADS/EQCOEQsAkb8RAOAUCwDhvxEAiBcLADHAEQDdFwsAp8ARANjAEQCewREAeyQLAAHCEQDQJAsAM8MRAIDDEQCpwxEAdCsLALTDEQAeLAsAisURABowCwDjxREAbDMLADXGEQDANAsANMcRAA87CwCBxxEACz8LAEXIEQB7yBEAJ8kRAFFOCwCByREA81YLAEDKEQB5yhEAgcoRAM7KEQDbyhEAQl0LADDLEQA/YAsA2ssRAOZjCwCWzBEAzMwRADPNEQAO4BEAQM0RAHbNEQAszhEALnELAC7OEQDbbgsA3M4RAB/PEQCCzxEAenoLAC7QEQAZhgsAiNERAAaZCwAn0hEAAp0LAH/SEQD8ogsA1NIRAEmrCwAo0xEASKwLAMvTEQDtsQsAi9QRAMTUEQDM1BEAGdURAIzVEQA1vwsAcNYRAITFCwCD1xEAes8LACbYEQDH1wsA3NgRABXZEQAd2REAatkRANvZEQAU2hEAHNoRAGnaEQAW2xEA+vMRABvbEQBo2xEAHdsRAE9MDwAv2xEADTYSAHLbEQBh6AsAGNwRAAbuCwAg3hEAmgQMAC/eEQBl3hEAwt4RAJ4ADAAe3xEA8wAMAGTgEQA5EAwAw+ERANgbDADb4REAJCMOABTiEQBh4hEAf+IRAC0cDAAn4xEAYOMRAGjjEQC14xEAGOQRACofDADQ5BEAJyIMAHrlEQB5JQwAeeYRALLmEQC65hEAB+cRAHjnEQCx5xEAuecRAAboEQBp6BEAbTEMACHpEQBa6REAYukRAK/pEQAS6hEAEjcMAB/rEQBY6xEAYOsRAK3rEQAQ7BEAYD4MAMjsEQBdQQwAcu0RAK9EDAAH7xEAnP8OAFzvEQDx/w4Axe8RAP7vEQAG8BEAU/ARAMjwEQD3UQwAWvERALeRDAAD8xEAnk8SAAL0EQCgpg4AFvQRABp+EgAo9BEAT/QRAFf0EQB10A8AffQRAHTSDgDS9BEA+fQRAFH1EQB8cRIAv/URAPj1EQAA9hEATfYRAK72EQCJagwAE/cRAEz3EQBU9xEAofcRAAL4EQCRCw4AYfgRAK+ZDACl+REAOA8OAKv5EQB/dAwADvoRACd3DAD7+hEASPsRAFf7EQBzfw0ApfsRAEKrEgAA/REAc4AMAAr9EQAffwwA/P0RABqEDAC2/hEA7/4RAPf+EQBE/xEAnwASABGNDACsAhIAq50MAEgDEgBJqgwAoAQSAOS5DACdBRIA4bwMAOoGEgBP+A0A7QYSANrCDQDxBhIALMcMAPcGEgCVBw4AmQcSAOYHEgDwBxIAJ8wMAAEJEgA6CRIAQgkSAI8JEgA7ChIAGtkMAJMKEgDB3AwAlAwSAAvoDADpDBIANg0SAEINEgBd6wwA7A0SAK/uDACSDhIA3w4SAPYOEgD/8wwAhhQSAOASDQAzFRIAhhcNAIoXEgDAMg0APRgSAIAYEgA3GRIAWkMNADoZEgAGQg0ANxoSAK1FDQD2GhIAKBsSAEYbEgBUSQ0AoRsSAKNPDQA1HBIA+E8NAIIeEgDPHhIA0R4SAEFcDQApHxIA61wNADAfEgCTXw0A6SASACIhEgAqIRIAdyESAIEhEgAubw0APSISAHYiEgB+IhIAyyISANoiEgAjeg0AJiMSAHV9DQDQIxIAxYINAHokEgAViA0AdiUSALSTDQAgJhIACZQNACkmEgAd1A4AzyYSAAaXDQAqJxIArpkNAH8nEgBRoQ0AeCgSAMUoEgDIKBIApKMNAHcpEgDEKRIAxykSAJ+oDQB6KhIA8qoNAMsqEgAYKxIAGysSAPCsDQDKKxIAFywSABosEgDrsQ0AzSwSAOi0DQAeLRIAay0SAHUtEgA9tQ0AyC0SABUuEgAYLhIAPLYNAMcuEgAULxIAFy8SAOK6DQDGLxIAEzASABYwEgDevg0AyTASAIXCDQDEMRIA1ccNAOQxEgAKjhIALTISACnJDQC+MhIAEDMSAL0zEgB8yw0AxDMSAM/NDQBvNRIAydMNAHE1EgCPYg4AFTYSAGI2EgC5NxIAgsQOABc4EgC84A0AZjkSAFXyDQBpORIAovoNAG45EgBl4g0AejkSALDsDQAVPBIAVvENAL88EgBQ9w0AET4SAACcDgAvPhIAxnwSAGI+EgCvPhIAsj4SAKH7DQAUPxIASv0NAGU/EgBJ/g0Atj8SAANAEgANQBIAnv4NAK9BEgBDBA4AtkESAEEGDgBZQhIAQAcOANVDEgDnCg4AXEQSADkODgDvRRIAEYcSAGdGEgDwVQ8AqEYSANAhDgAHSBIAICcOAFhIEgClSBIAvkgSAHQoDgD9SBIAT0kSAMhJEgAaLQ4AckoSABkuDgAcSxIAbS8OAKpLEgD3SxIAAUwSABQzDgCiTBIAQAYPAK9NEgC2Ow4Ao08SAK1EDgCPUBIAnVASAORQEgDyUBIAR1MSAJ1UDgBRUxIA61sOAP1VEgA3ZQ4AUFYSADZmDgCfVhIA4GYOAO9WEgA0aA4A7lcSAIdqDgDyWBIAP1kSAJxZEgDpWRIAlFoSAH9yDgDwWhIAPVsSAJpbEgDnWxIAlFwSAHl4DgBDXRIAkF0SAO1dEgA6XhIAQV8SAMl9DgCaXxIAHX8OAEBgEgCNYBIAnWASAHGADgBaYRIAjGESAD9iEgAXhQ4Al2ISAL+HDgAEYxIANWMSAE5mEgBTng4A92cSAKOjDgChaBIA96QOAEtpEgBLpg4A2GsSAIq8DgCMbRIALcQOAIBuEgB/xw4ANHASACLPDgDbcBIAytEOAFBzEgBu2A4AfXMSABfaDgDXcxIAqZkSAC10EgC/3A4AMHQSAL3eDgB8dBIAznQSAOp0EgAjdRIAe3USAM11EgDpdRIAInYSAH92EgDMdhIA1nYSABLfDgApdxIAgsASAHx3EgAN5A4Ag3gSAF7oDgDNeBIABusOACd5EgD+mRIAM3oSAEVWDwDUehIA+vYOAH9+EgAhzw8AzX8SAOEPDwDFgBIAkgkPAHiBEgCRCg8AcoMSAL+DEgDJgxIAMxMPAHeEEgDbFQ8AWIcSAGaHEgCthxIAu4cSAAKIEgAQiBIAV4gSAGWIEgCsiBIAuogSAAGJEgAPiRIAxYkSANMdDwAqihIAKB4PALmKEgB8Hw8AKYsSACYgDwDAixIAeiEPACiMEgBhjBIA0owSAAuNEgBujRIAzCQPADKOEgBfjhIAh44SALSOEgDcjhIACY8SADGPEgBejxIAu48SAAiQEgANkBIAcygPAF+REgBpMg8ACJMSAFqTEgAQlBIAJXUQABSUEgB8cxAAtZQSAAo8DwARlRIAA0MPAMyVEgAClhIAdpYSAE1ODwC1lhIAnlIPACCXEgBWlxIACJgSAFWYEgBlmBIAnFQPALaYEgCbVQ8AFJkSAJZZEABZnRIAX5EPALGdEgAJkg8ArJ4SAKKjDwBWnxIARqoPAACgEgA/sQ8AqqASAOS2DwBUoRIAMr4PAP6hEgDYwg8AqKISAH7HDwBSoxIAIs4PAACkEgAg0A8AY6QSAJ6kEgCmpBIA86QSAKKoEgDvqBIADakSAA/hDwBJrBIARv8PALSsEgBCAxAAXq0SAJIIEAD2rRIA5QoQAEeuEgCNDRAAm64SADUQEADurhIAMRQQAE6vEgAvFhAAr68SAOivEgA/sBIAIiMQAJ6wEgDLJBAA/LASAHMnEABEsRIAbS0QAAKyEgC+MRAARbYSAP5GEADwtxIA8VMQAEG4EgDwVBAAkrgSAN+4EgDjuBIARVUQADy5EgCJuRIA5rkSADO6EgDluhIAMrsSAJO7EgDhYxAA5LsSADG8EgA1vBIANmQQAFu9EgCEaxAAOL4SAHt0EACHvhIA2b4SAAG/EgAuvxIAhr8SANi/EgAAwBIALcASAJnAEgB5dhAALsESAMx4EACLwRIAy3kQAN7BEgArwhIAO8ISAMp6EACJwhIAyXsQANjCEgAqwxIAicMSABx+EADkwxIAG38QAOHEEgAQihAAicUSAAmREADaxRIAJ8YSADfGEgBekRAA1cYSAAWVEAA2xxIAWZYQAInHEgBYlxAA2McSAAKYEAAoyBIAesgSAA==","fail":"AAAAAAAAAADNhwAAksEBANPWAADnEQcAFzwCAAH3BwBOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAAAAAABOBQIAzHwMAJ0ECQBrlAAARw4AAE4FAgAD8QsAWPELAK3xCwAC8gsAix0CADQTDgCJEw4AxOIDAAAAAADnEQcAFzwCABc8AgDTfgMALCcCAIEnAgC/3Q0AeiIOACXYAgB62AIA5hgBAKmmBQB1Jg8A034DAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABHDgAATgUCABKMDAC/jQgAFzwCAGNFAgA/uwUALsoHAAAAAADnEQcATgUCALOWCwBJCAQA1SgCAFGlCQDjGgIAzYcAAMsyAgBFqw8AmqsPAKKwAgDZJgAATgUCAGg3CwC9NwsAt0gAAP1SBQBrlAAAwJQAAO65AgAN6QkAYukJAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwDmvAcAOboMAFUAAABVAAAAGjEKABc8AgC3SAAATgUCAOa8BwDrvQEAAAAAAGuUAACCHAwAziUMAIweAAA9GAAAAfcHAFb3BwA4xwAAjccAAOLHAAD7AQMASAoDAJ0KAwBJrAoAPBkAAAiXCwB00w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmvAcAOboMAFUAAABVAAAAt5wBAGRCBABrlAAATrEAABc8AgBsPAIABZ8GAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAABqjAkAv4wJAAAAAAAbjwAAGo8BABc8AgBjRQIARw4AAE4FAgC3nAEAZEIEALlCBABVAAAAWqQBAK+kAQAEpQEAWaUBAK6lAQADpgEAWKYBAAAAAAD7AQMA2SMDAOu9AQBAvgEAlb4BADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLHQIAvTcLAF9JAgC4kwkADZQJAGKUCQAB9wcATgUCABsrDwCunQkATgUCAL/dDQAf0Q8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAAAAAAFGlCQD0VAwA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgC36AoAAfcHAE4FAgDmvAcAzzAAACQxAAB5MQAAzjEAAFChDgDjGgIAzYcAAJLBAQCMHgAAAfcHAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAAPxCwBY8QsA5xgAADwZAAAIlwsAdNMNAFQBAACpAQAA/gEAAFMCAACoAgAA09YAAIImAgB3zw4AzM8OALOWCwC4RgEADUcBAO65AgAajwEAAfcHAC0ZDwCzlgsACJcLAHTTDQBUAQAAqQEAAP4BAABTAgAAUKEOAOMaAgDNhwAAksEBAIweAAAB9wcATgUCABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwB00w0AVAEAAKkBAAD+AQAAUwIAAKgCAADT1gAAgiYCAHfPDgDMzw4As5YLALhGAQANRwEA7rkCABqPAQAB9wcALRkPAM2HAACSwQEAoVsDAPsBAwDZIwMAzzAAACQxAAB5MQAAzjEAAFChDgBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAABQoQ4A2SYAADcVCQAXPAIAhRkMAHaHAgBQoQ4A5hgBAKf7BwBHDgAA670BAOFzAAATig0AA50KAENaDQD4BAMAo7EAAPixAABNsgAAorIAAPeyAABMswAAs5YLAAiXCwB00w0AVAEAAKkBAAD+AQAAUwIAAKgCAADmGAEA0NgBAEcOAAB2hwIATgUCAOMaAgCaVg8AEowMADB0BgDmvAcAr+wOAP1SBQBSUwUAb48BAAAAAABOsQAATrEAAGuUAABHDgAA670BAE4FAgDMfAwALRkPAD0YAAAHSwMAa5QAAAH3BwBOBQIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgAAAAAAPRgAAEpeAgAOkgoAkhgAANPWAAA9GAAATgUCAMx8DABW9wcAEIsPAGWLDwDjGgIAzYcAAJLBAQCMHgAAAAAAABc8AgDVKAIAzYcAACKIAAB3iAAAzIgAACGJAAB2iQAAJDABAAH3BwAtGQ8APRgAAAdLAwBrlAAAAfcHANUoAgBrlAAAwJQAABbpAADC5QIA4xoCAM2HAAAuygcA1SgCAAH3BwDjGgIA1SgCAGuUAADAlAAAFukAAMLlAgAbjwAA4xoCALecAQBkQgQATrEAAE4FAgBKXgIAn14CAPReAgBOBQIAaowJAL+MCQC3SAAA/VIFAFJTBQBrlAAA7rkCAEO6AgCYugIATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLZw0Av40IABSOCAAMnQEA09YAAGuUAAA9GAAAkhgAABFDAQBmQwEARw4AAJK2DABVAAAAVQAAABoxCgAXPAIAt0gAALfoCgAB9wcA1SgCAM2HAAA4xwAAjccAAOLHAADVKAIA5hgBADsZAQDyVwsAAAAAALecAQBkQgQAa5QAAD0YAAC3SAAATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAABOBQIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAA3ssAALhGAQANRwEAt0gAAMQ5AgDDigcAzYYBACHRDQBOBQIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCALfoCgAB9wcATgUCAOMaAgDTfgMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAAG48AALdIAAAMSQAAYUkAAD0YAAC3SAAAeSsGAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE4FAgCzlgsAt5wBABuPAABCEQIAGo8BAG+PAQBOBQIAzYcAADjHAACNxwAAe9kAABKMDAA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAicsAAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgAAAAAAFzwCAEZbCQCunQkAQhECAFUAAACqAAAA/wAAAE4FAgDvAw0AVQAAAKoAAAD/AAAAVAEAAKkBAAD+AQAAUwIAACDeAQB13gEAXJ4FAD6/AgCTvwIA6L8CABkvDQBuLw0Awy8NANPWAAAajwEAPBMGAAxJAADiuwwA7LQJALdIAABOBQIAEowMAHUmDwDTfgMATgUCALOWCwAIlwsAdNMNAFQBAACpAQAA/gEAAFMCAACoAgAAXJ4FALGeBQAGnwUA2SYAADcVCQBCEQIAG48AABc8AgBjRQIAFzwCAE4FAgBcngUAo7EAAPixAABNsgAAorIAAPeyAABMswAA5rwHAIweAAA9GAAAt0gAAE4FAgASjAwAOMcAAI3HAADixwAALCcCAIEnAgDAkQMAFZIDAGqSAwC/kgMAA/ELAFjxCwDnGAAAPBkAAAiXCwB00w0AVAEAAKkBAAD+AQAAUwIAAKgCAAAzwQsApvgLAPv4CwDmvAcAjB4AAAAAAADNhwAAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAANZ9AQArfgEAgH4BANV+AQCfsQQAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBAF9JAgC4kwkADZQJAGKUCQC3lAkADJUJAGGVCQASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgDmGAEAp/sHAJuzBgCyRQgAzYcAAHUmDwAHSwMAxOIDAOYYAQBOBQIAAAAAAE6xAADNhgEAIocBAHeHAQA9GAAAX0kCALRJAgAJSgIA8A4BAPsBAwDwDgEAzYcAADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAADWfQEAK34BAIB+AQDVfgEAAAAAAOcRBwCunQkAQhECAJcRAgBHDgAAjB4AAJuzBgAciAYAcYgGAC4YDwA8EwYAEEMCAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEADgZBACNGQQA4hkEADcaBACMGgQA4RoEADYbBACLGwQAeXoMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAAb48BAOEeAAA2HwAAix8AAOAfAABjRQIAwJQAABbpAADC5QIAEowMADjHAACNxwAA4scAADfIAACMyAAA4cgAADbJAACLyQAA4MkAADXKAACKygAA38oAADTLAACJywAABqMBAFujAQCwowEABaQBANUoAgAXPAIAY0UCALhFAgCy6A8ARw4AAIweAAAB9wcATgUCAFChDgBx1A8At5wBAAydAQBhnQEAtp0BAAueAQBgngEA09YAAIImAgB3zw4AzM8OAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAADmGAEAp/sHAJuzBgCyRQgAzYcAAHUmDwAHSwMAxOIDALdIAADVKAIAzYcAAL+NCAAUjggADJ0BANPWAABrlAAAAfcHAE4FAgBQoQ4AFzwCAEZbCQDjGgIAzYcAAOMaAgC3nAEA7q4NAEOvDQA4xwAAjccAAOLHAAA3yAAAjMgAAOHIAAA2yQAAi8kAAODJAAA1ygAAisoAAN/KAAA0ywAAa5QAAMCUAAAW6QAAwuUCACKIAAB3iAAAzIgAACGJAAB2iQAADpsBAGObAQC4mwEADZwBAGKcAQAtGQ8AwJQAABbpAADC5QIABvgBAE6xAABrlAAAVQAAALdIAAB5KwYA5xEHAE4FAgAAAAAAAAAAAAAAAACfsQQAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDAEwJAAAbjwAARw4AAIweAADhHgAAPRgAAF9JAgC0SQIACUoCAH3NCgDSzQoAJ84KALOWCwAIlwsAdNMNAFQBAACpAQAA/gEAAFMCAACoAgAAA/ELAFjxCwCt8QsAAvILAItnDQC/jQgAFI4IAAydAQDT1gAAa5QAAAH3BwA9GAAAkhgAAOcYAAASjAwACj0OAHeIAADMiAAAIYkAAHaJAADLiQAAv90NAHoiDgAU3wwAv90NAB/RDwAajwEAxOIDABnjAwDuuQIAUaUJAOK7DABHDgAAdocCANPWAAAajwEAPBMGAAxJAABOBQIAaowJAGw8AgDjGgIA4xoCABqPAQA8EwYA5hgBAAAAAABOBQIAowUCAPgFAgBNBgIAogYCAE4FAgCzlgsAt5wBAO6uDQBDrw0AksEBAIweAABcngUAskUIAAdGCABcRggAsUYIAE4FAgDTfgMAKH8DAH1/AwAXPAIATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMAX0MIAIweAABy1Q0At0gAAHkrBgBvjwEAQhECANkmAAA5xQEAjsUBAOPFAQBe9gAA8A4BANkmAAA5xQEAjsUBAOPFAQBGtQQAm7UEAPC1BAASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAALfoCgC/3Q0AeiIOAOcRBwAB9wcALRkPACvHDQAAAAAAAAAAAAAAAAAAAAAATgUCAEK8AQDjGgIAzYcAAC7KBwBOBQIAXJ4FABc8AgBjRQIA2soFAC0ZDwA9GAAAt0gAAHkrBgDNhwAAv40IAEcOAAAAAAAAPRgAAO65AgBDugIAmLoCAGRCBAAB9wcAVvcHACKIAAB3iAAAzIgAACGJAAB2iQAADzgOAJ9eAgD0XgIAGo8BABqPAQBCEQIAPRgAAF9JAgD6pwgAG48AABc8AgBjRQIA2soFAJ0ECQBrlAAARw4AAA45DgCSGAAAEUMBAOYYAQCppgUAsksCAE6xAAAB9wcALRkPAD0YAAAHSwMAa5QAAAAAAADnEQcAQhECABqPAQBvjwEATgUCAKMFAgD4BQIATQYCAKIGAgCjBQIAa4gMABc8AgBOBQIAG48AAEcOAACMHgAA4R4AAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAGuIDAAXPAIATgUCABuPAABHDgAAjB4AAE4FAgASjAwAOMcAAI3HAADixwAAN8gAAIzIAADhyAAANskAAIvJAADgyQAANcoAAIrKAADfygAANMsAAInLAAAGowEAW6MBALCjAQAFpAEATgUCABuPAABHDgAAjB4AAOEeAAA9GAAAX0kCALRJAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkAGo8BAG+PAQAHSwMAFD0EANDYAQDmGAEATgUCAOa8BwA5ugwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAE4FAgASjAwAi2UPABqPAQBOBQIA7rkCAA3pCQBi6QkAhRkMAL+UAQDnEQcArp0JAE4FAgAzwQsAAAAAAEcOAADrvQEAQL4BAPsBAwBHDgAAoVsDAE4FAgBqjAkARlsJAOy0CQC3SAAAeSsGAG+PAQBrlAAARw4AAEcOAADrvQEAjB4AAOEeAAB5KwYA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAzYcAABqPAQDurg0A+wEDAJYRAwA8uQoAUEwOAKVMDgD6TA4AT00OAKRNDgD5TQ4ATk4OAGw8AgDBPAIAFj0CANkmAAA5xQEAjsUBAOPFAQAtGQ8AwJQAABbpAADC5QIAAAAAAM2HAADuuQIAQ7oCAMsyAgC3nAEAzYcAAHUmDwBCEQIAyzICAM2HAACSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEA5cMBADrEAQCPxAEA5MQBAOYYAQBVAAAAqgAAADlvAgAuGA8AgxgPAJwOAACunQkA2SYAADnFAQCOxQEAt+cLAAzoCwAbjwAAt5wBALdIAAB5KwYAVQAAALecAQDurg0AV+4PADnFAQCOxQEAt+cLAAzoCwCMHgAA4R4AABbpAADC5QIAAAAAAE4FAgDjGgIAOBsCAI0bAgDiGwIANxwCAIwcAgDhHAIAa5QAAKtTAQD3BgIATAcCAKEHAgD2BwIASwgCAGg3CwA0Ew4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgBoNwsANBMOAPcGAgBMBwIAoQcCAPYHAgBLCAIABkQLALecAQDurg0AV+4PAKzuDwAB7w8AE4kOAIDHDQBOBQIAaowJAC4YDwCp8Q8A/vEPAFPyDwAGRAsAW0QLAKMFAgD4BQIATQYCAKIGAgAAAAAAK8cNAE4FAgBqjAkALhgPAKnxDwD+8Q8AU/IPAAZECwBbRAsAowUCAPgFAgBNBgIAogYCAKMFAgD4BQIATQYCAKIGAgA4xgEAn7EEAHsgDwDQIA8AJSEPAHohDwDPIQ8AAAAAABuPAABwjwAAB0sDADwTBgDLMgIAMb8PAAH3BwBKXgIAG48AAHCPAAAHSwMAPBMGAMsyAgB9yA8AFzwCAGw8AgAFnwYAp/sHANPWAADnEQcAFzwCAEpeAgDLMgIAzYcAAJLBAQDnwQEAPMIBAJHCAQDmwgEAO8MBAJDDAQDlwwEAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAAAAADZJgAAOcUBAI7FAQDjxQEAVQAAALXsCACbswYAt0gAALfoCgDuuQIAQ7oCAJi6AgDtugIAQrsCAEcOAABOBQIAv90NAHoiDgAU3wwA4xoCAJpWDwAAAAAAEowMAHgjDwDNIw8AIiQPAHckDwDMJA8AISUPAHYlDwBoNwsAtzkPAAw6DwBhOg8A+wEDAAAAAADnEQcAt0gAAPsBAwBOsQAAzYYBAH/UAQDU1AEAKdUBAH7VAQBjRQIA2soFAE4FAgAbjwAARw4AAL+UAQBvjwEAQhECAE4FAgATiQ4AgMcNAGg3CwAAAAAAt5wBAAAAAAAbjwAAzYcAAL+NCAAAAAAAAAAAABuPAAC3SAAATgUCANPWAACCJgIAd88OAE4FAgBoNwsAAAAAABuPAADNhwAAUaUJAOK7DADstAkAQbUJAJa1CQDrtQkA4xoCAEC2CQCVtgkA6rYJAOMaAgBcngUAsZ4FAAafBQCPtw4A5LcOADm4DgBcngUAsZ4FAAafBQCPtw4A5LcOADm4DgDNhwAAdSYPAAAAAABOBQIAQhECAJcRAgDsEQIAAAAAALdIAAC36AoAgsYMANfGDADLMgIA5mIMADtjDADTfgMAt0gAALfoCgCCxgwA18YMAMsyAgAgMwIAbDwCAME8AgAWPQIAaz0CAEcOAAD9UgUAA5sMAME8AgAWPQIAaz0CALdIAAAMSQAAc9IPAMjSDwAd0w8AAAAAABc8AgBjRQIAMc0BAMvZBQCbswYAt0gAAEcOAADLMgIAxjcCABs4AgBwOAIAxTgCABo5AgBvOQIAt0gAAMQ5AgA/Bw8ADEkAAHPSDwDI0g8A5xEHAMsyAgDGNwIADEkAAHPSDwDI0g8AHdMPAAAAAADNhwAAGo8BAMTiAwCMHgAAghwMANccDAAsHQwAgR0MANYdDADLMgIAxjcCAAxJAABz0g8AyNIPAB3TDwDLMgIAxjcCAAxJAABz0g8AyNIPANN+AwBVAAAAtewIAGuUAADAlAAAFukAAMLlAgBrlAAA2SYAAC4nAADAlAAAY0UCAD0YAABOsQAAa5QAAGuUAADAlAAAFukAAMLlAgDNhwAABZ8GAKf7BwBrlAAAwJQAABbpAADC5QIAt0gAALdIAAD9UgUAUlMFAOMaAgA4GwIAjRsCALfoCgBrlAAAwJQAABbpAADC5QIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcALRkPAMCUAAAW6QAAwuUCALecAQC3nAEAVQAAABoxCgAajwEAb48BAO9iAwBEYwMARFoMAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAFzwCAGNFAgC4RQIADUYCAGJGAgC3RgIADEcCAGFHAgC2RwIAC0gCAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAa5QAANN+AwBrlAAAwJQAABbpAADC5QIAAfcHAC0ZDwCrUwEAYo0QAMCUAAAW6QAAwuUCAAAAAABrlAAAwJQAAEZbCQAB9wcA4WoJAO65AgAajwEAxOIDAL+UAQDnEQcArp0JAGuUAADAlAAAFukAAMLlAgDjGgIAoqUNAOy0CQBwjwAA67wCALecAQAMnQEA/UwLAFJNCwCnTQsA7q4NAMCUAAAW6QAAwuUCAHUmDwBCEQIAA50KAGuUAADAlAAAFukAAMLlAgAXPAIAQhECABuPAADmGAEAp/sHAD0YAAC3SAAAt+gKAERaDAAW6QAAwuUCAOcRBwDstAkAt0gAAMQ5AgDZJgAA4xoCAKKlDQDstAkAcI8AAOu8AgBHDgAAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDNhwAAksEBAOfBAQDPMAAAPr8CAJLBAQB2hwIAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCdBAkAPBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAJuzBgAciAYAcYgGAIUZDAC/lAEA5xEHAK6dCQBrlAAAwJQAABbpAADC5QIAt0gAAM2HAAAiiAAASl4CAOcRBwDuuQIADekJAGLpCQDZJgAAt5wBAAydAQDT1gAAa5QAAMCUAAAW6QAAwuUCAHkrBgDOKwYAaT0EALecAQDurg0A5hgBAKf7BwA9GAAAt0gAALfoCgAB9wcALRkPAMCUAAAW6QAAwuUCAEcOAACStgwAVQAAAFUAAAAaMQoAFzwCALdIAAC36AoAAfcHAJ0ECQA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt5wBALecAQDurg0AQhECAGbkCgC/jQgAzYcAADlvAgCObwIA428CADhwAgCNcAIA4nACADdxAgCMcQIAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABc8AgBsPAIA034DABqPAQBvjwEAnWACAPJgAgBHYQIA4HICADVzAgCKcwIA33MCADR0AgCJdAIA3nQCADN1AgCIdQIA3XUCADJ2AgCHdgIA3HYCADF3AgCGdwIA23cCADB4AgCFeAIA2ngCAOYYAQDjGgIAmlYPAMCUAADZJgAAa4gMABc8AgDmGAEAqaYFALJLAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAK6dCQBOsQAAHIgGAHGIBgDGiAYAG4kGAHCJBgDFiQYA5hgBADsZAQDyVwsA4WoJAKxGDQA3FQkATrEAAD6/AgCySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQAAAAAAzYcAAL+NCAAbjwAAa5QAAGuUAADAlAAAFukAAMLlAgAB9wcALRkPANkmAAA3FQkAsz4OAGuUAAAB9wcAzYcAAL+NCAAUjggAaY4IAL/dDQB6Ig4AFN8MABKMDAAwdAYA5hgBAKf7BwD8+wcA4xoCAJpWDwDAlAAATgUCAKMFAgCy6A8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkAt+gKAAzpCgBh6QoAt0gAAE4FAgC/3Q0AeiIOABTfDABqjAkAv4wJAD+7BQAuygcATgUCALOWCwC4RgEADUcBAARDDgBZQw4ArkMOAANEDgBYRA4AEowMAHgjDwDNIw8Av5QBABSVAQBplQEATgUCALOWCwC4RgEADUcBAARDDgBZQw4ArkMOAANEDgBYRA4AG48AAHCPAADrvAIAQL0CAJW9AgDqvQIAP74CAJS+AgDpvgIAxiwNABstDQBwLQ0AxS0NABouDQBvLg0A5xEHAE4FAgCjBQIALicAANPWAABOBQIAEowMAGeMDACObwIA428CADhwAgCNcAIA4nACADdxAgBHDgAATgUCAL/dDQB6Ig4AFN8MAKMFAgCy6A8AcI8AAN1rDAC3SAAAeSsGAOcRBwCunQkAdSYPAD0YAACSGAAAEUMBADYdAgBqjAkAv4wJANrKBQAtGQ8Am7MGAKOxAAAveQIAOW8CAGNFAgBGWwkAQrwBAL/dDQBcngUA034DAG6FDADDhQwAGIYMAG2GDABrlAAAwJQAABbpAADC5QIAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAGuUAADAlAAAFukAAMLlAgBxLgsANxUJALM+DgCdYAIATgUCAOa8BwAW5wIA5hgBAOMaAgCipQ0AGo8BAGOaAgDNhwAAsksCAHkrBgDnEQcArp0JAE4FAgBoNwsAtzkPAAw6DwBhOg8AowUCAPgFAgBNBgIAogYCAAAAAABOBQIAM8ELAIjBCwDgEA8ANREPAIoRDwDfEQ8AKdUBALJLAgB5KwYA4xoCALecAQDurg0Av90NABBDAgBlQwIAukMCAFyeBQA+vwIAHOECAHHhAgDG4QIAG+ICAHDiAgC67QIAD+4CAGTuAgC57gIADu8CAGPvAgC47wIADfACAGLwAgC38AIAAAAAABuPAABwjwAA67wCAEC9AgCVvQIA6r0CAD++AgCUvgIAXJ4FAD6/AgAc4QIAceECAMbhAgAb4gIAcOICABuPAABHDgAAv90NAHoiDgAl2AIAetgCAOYYAQCppgUAdSYPAAPxCwBY8QsArfELAALyCwCLHQIAvTcLABI4CwDstAkAQhECAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAaowJAL+MCQC3SAAAG48AABc8AgDMfAwALRkPAJuzBgCjsQAAL3kCADlvAgBjRQIA2soFAE4FAgASjAwAdSYPAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILABuPAABHDgAAjB4AADPBCwCIwQsAxI8BABmQAQBukAEAw5ABABiRAQBRrQEAGysPADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCAAUPQQAaT0EAL49BAATPgQAaD4EAL0+BAAB9wcATgUCABKMDAB1Jg8AAfcHAE4FAgAD8QsAWPELAK3xCwAC8gsAG48AAEcOAACMHgAA5rwHABbnAgBr5wIAwOcCABXoAgBq6AIAmFoNAO1aDQBCWw0Al1sNAOxbDQB1Jg8AB0sDAE6xAAD7AQMAOrsKAD23CwCStwsA57cLADy4CwCRuAsA5rgLAB3UDgC3OQ8ADDoPAGE6DwBOBQIAGysPAOy0CQC3SAAATgUCABsrDwDZJgAATgUCAOMaAgCipQ0A7LQJAHCPAADrvAIAaowJAGw8AgDmbAIAO20CAC7KBwAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAGysPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOa8BwA5ugwAjroMAOO6DAD9UgUAA5sMAFibDADZcgkATgUCANPWAAAajwEAPBMGAAxJAABOBQIAGysPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAOYYAQDQ2AEAJdkBAHrZAQDP2QEAJNoBAHnaAQDTfgMATgUCANPWAAAajwEAPBMGAAxJAABOBQIAGysPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BAMx8DAAhfQwA7rkCABqPAQAB9wcALRkPANPWAAAajwEAPBMGAAxJAABOBQIAGysPAO65AgAN6QkAYukJANkmAAC3nAEADJ0BABqPAQBjmgIATgUCALOWCwAaMQoAGo8BAG+PAQDvYgMARGMDAERaDABOBQIAzHwMAC0ZDwDAlAAAY0UCALhFAgANRgIAYkYCALdGAgAMRwIAYUcCABKMDAB4Iw8AzSMPAL+UAQAUlQEAaZUBAOYYAQCn+wcAPRgAALdIAABOBQIAv90NAHoiDgAU3wwAaDcLAL03CwC3SAAA/VIFANN+AwBOBQIAM8ELAIjBCwDdwQsAA/ELAAdLAwBcSwMAsUsDAOYYAQCppgUAt5wBAGRCBABOsQAAa5QAAOMaAgCipQ0A7LQJAHCPAADrvAIARw4AAE4FAgAbKw8A7LQJALdIAABOBQIAGysPANkmAABOBQIAaowJAGw8AgDmbAIAO20CALdIAAC36AoAQhECAAOdCgDAlAAATgUCAMx8DAAhfQwA7rkCABqPAQAB9wcALRkPAOMaAgDTfgMATgUCAPBiAgBFYwIAmmMCAEpeAgCfXgIAAfcHAE4FAgASjAwAsksCAPAOAQBFDwEAPr8CAJO/AgDovwIAGS8NAG4vDQDDLw0AGDANAG0wDQDCMA0AFzENAGwxDQDBMQ0AFjINAGsyDQDAMg0AFTMNAGozDQC/Mw0AFDQNAGk0DQC+NA0AEzUNAGg1DQC9NQ0AEjYNAGc2DQC8Ng0AETcNAGY3DQC7Nw0AEDgNAGU4DQC6OA0ADzkNAGQ5DQC5OQ0ADjoNAGM6DQC4Og0ADTsNABqPAQBvjwEAnWACAPJgAgBHYQIAeywDANAsAwAlLQMAei0DAM8tAwAkLgMAeS4DAM4uAwAjLwMAeC8DAM0vAwAiMAMAdzADAAAAAADnEQcA7LQJAE4FAgDHgQwAHIIMAO65AgAN6QkAEowMAHUmDwDKJg8AHycPAHQnDwDJJw8AHigPADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIA5rwHADu9BwCQvQcA5b0HADq+BwAW5wIAa+cCAMDnAgAV6AIAXJ4FALGeBQAh0Q0AG48AAOYYAQA9GAAATgUCAMCUAABjRQIAM8ELAKb4CwD7+AsAA/ELAFjxCwDnGAAAPBkAAAiXCwA5bwIAbDwCAAWfBgCn+wcAt0gAALfoCgBEWgwATgUCAOMaAgA4GwIAjRsCAOIbAgCzlgsAuEYBAGNFAgBVAAAAqgAAADlvAgBjRQIA2soFAE4FAgDmvAcAr+wOAATtDgCySwIAt+gKAAzpCgCn+wcAPRgAALdIAABOBQIAzHwMAFb3BwAQiw8AZYsPAOMaAgDNhwAAksEBAIweAADmvAcAFucCAARFDABZRQwArkUMAANGDABOBQIAM8ELAKb4CwD7+AsA5rwHAK/sDgAE7Q4AOW8CALdIAAB5KwYAb48BAEIRAgBOBQIAG48AAN8eAgAbjwAAt0gAALdIAAB5KwYAb48BAEIRAgBOBQIAzHwMAJ0ECQDT1gAAM8ELAIjBCwDdwQsAaowJAL+MCQDPgwIA8LMGAO65AgAN6QkAYukJANN+AwBOBQIA5hgBADsZAQDyVwsAzYcAAC7KBwDhagkAb48BAEIRAgBOBQIAaowJAL+MCQDaygUAL8sFAITLBQAsIwYAM8ELAKb4CwD7+AsAt5wBAAydAQBRqwMApqsDAPurAwBQrAMApawDAPqsAwC/3Q0AH9EPAGFJAABjmQMAuJkDAA2aAwBimgMAksEBAIweAABy1Q0ATgUCADPBCwCIwQsA3cELAOYYAQCn+wcA/PsHADsZAQAXPAIAM8ELAKb4CwD7+AsAM8ELAIjBCwDdwQsAe84LANDOCwAlzwsAs5YLALhGAQANRwEA764MAESvDACZrwwA7q8MAE4FAgAbKw8A2SYAAE4FAgDmvAcAr+wOAATtDgA5bwIAt0gAAHkrBgBvjwEAQhECAE4FAgAbjwAAA54JAFieCQCtngkAAp8JAFefCQCsnwkAAaAJAFagCQC/3Q0AeiIOABTfDADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgAbKw8Arp0JAE4FAgDmvAcAnA4AAB8tCQB0LQkAyS0JAB4uCQBOBQIAVQAAALdIAAB5KwYAb48BAEIRAgBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDANpwCgAvcQoAGysPAK6dCQBOBQIAG48AAHCPAAAHSwMABvgBAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BAG+PAQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAOy0CQBBtQkAlrUJAOu1CQBAtgkAlbYJAOq2CQA/twkAlLcJAOm3CQA+uAkAk7gJAOi4CQA9uQkAkrkJAOe5CQA8ugkAkboJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AAPsBAwBHDgAATgUCAL/dDQAf0Q8AYUkAALZJAAALSgAAYEoAALVKAAAKSwAAX0sAALRLAAAJTAAAPbcLAJK3CwAPjg0AZI4NALmODQAOjw0AY48NABsrDwCunQkATgUCAMeBDADiuwwARw4AALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CAAAAAAC3nAEARw4AAHaHAgDLhwIAsksCALfoCgBCvAEAAAAAAAAAAAAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAXPYCALH2AgBW/AIAsZ4FALTqCwAJ6wsAXusLALPrCwAI7AsAXewLALLsCwAH7QsAH90DAHTdAwDJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAHHgAwDG4AMAG+EDAHDhAwDF4QMABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDADbGAwCLxgMA4MYDADXHAwCKxwMA38cDADTIAwCJyAMA3sgDADPJAwBPpgoApKYKAPmmCgBOpwoAo6cKAPinCgBNqAoAoqgKAPeoCgBMqQoAoakKAPapCgBLqgoAoKoKAPWqCgBKqwoAn6sKAEIRAgD7AQMATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAOMaAgDNhwAARw4AAGTtAwC57QMA7q4NAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBzfw0AyH8NAB2ADQBygA0Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0A4cUDADbGAwCjBQIA+AUCAE0GAgCiBgIAQQYOAJu1BADwtQQARbYEAJq2BADvtgQARLcEAJm3BADutwQAaDcLADQTDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAFGlCQAajwEAY5oCAO6uDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDttgYAQrcGAJe3BgDstwYAQbgGAJa4BgAW5wIAa+cCAE6xAABVAAAASQgEAMsyAgChpA8A9qQPAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEcOAADLMgIARasPAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAD0YAACSGAAA09YAAGuUAADAlAAAFukAAMLlAgCaqw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwAB9wcAnQQJAGuUAABHDgAADjkOAJIYAAARQwEAt+gKAKtTAQDssQwAxOIDAHaHAgC36AoARFoMABbpAADC5QIA4hMKAFyeBQA+vwIAk78CAOi/AgA9wAIAowUCAPgFAgBNBgIAogYCAOYYAQBVAAAAGjEKABc8AgC3SAAAt+gKAERaDAAW6QAAwuUCALecAQBkQgQAuUIEAFUAAAAXPgAAyzICADG/DwAajwEA4xoCAKqkBgBsPAIAOW8CANN+AwBOBQIAA/ELAFjxCwCt8QsAAvILALecAQAMnQEAUasDAKarAwAtGQ8AAfcHAPsBAwCQYwwAPBIHAJESBwDmEgcATgUCAOa8BwDfHgIAzYcAADlvAgBjRQIA2soFAE4FAgAbKw8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAowUCADcVCQCMFQkASAoDAJ0KAwBJrAoAPBkAABc+AABOBQIA09YAACjXAABsPAIAi2UPAOBlDwC17AgACu0IAE4FAgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE4FAgAzwQsAFD0EAGk9BAC3nAEA7q4NAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAPsBAwC3nAEAZEIEALlCBABVAAAAFz4AAE4FAgC3nAEAZEIEALlCBAAOQwQAY0MEALhDBAANRAQAYkQEALdEBAAMRQQAYUUEALZFBABX8gsArPILAAHzCwBW8wsATgUCALecAQBkQgQAuUIEAA5DBABjQwQAuEMEAA1EBABiRAQAt0QEAAxFBABhRQQAtkUEAFfyCwCs8gsAAfMLAFbzCwC4RgEADUcBAARDDgBZQw4ArkMOALecAQDTfgMATrEAAM2GAQCisAIA2SYAADcVCQBCEQIAG48AABc8AgBjRQIA2soFAPsBAwDjGAQAb4QMAMSEDAAZhQwADZkEAGKZBAC3mQQADJoEAGGaBAC2mgQAC5sEAGCbBACzlgsA7wwEABbnAgBOsQAAzYYBADwSBwC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBADhxQMA3xYKADQXCgCJFwoAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCAPAOAQC2Og8ATgUCAFyeBQAXPAIAY0UCAD+7BQCySwIAt+gKABKMDAAwdAYAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAIvGAwDHgQwA4rsMAEcOAAB2hwIAt5wBAAydAQD9TAsAUk0LAKdNCwBRpQkA4rsMAEcOAAB2hwIATgUCABKMDAB1Jg8AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAAAAAAAAAAAAAAAAAyzICAAAAAADLMgIAAAAAAMsyAgAAAAAATgUCABKMDAB1Jg8AAfcHAE4FAgCzlgsAGjEKABc8AgC3SAAAytAPAAAAAABOBQIAEowMAHUmDwAB9wcATgUCALOWCwAaMQoAFzwCALdIAAC3nAEADJ0BAFGrAwCmqwMA+6sDAFCsAwClrAMA+qwDAL/dDQAf0Q8AYUkAAPAOAQBVAAAAGjEKAEcOAAB2hwIAQhECABc8AgBjRQIARw4AAGTtAwC57QMA8A4BAPpWBAASjAwACj0OANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwALRkPAIIZDwC17AgAbS4PAMIuDwBHDgAATgUCABsrDwCunQkAAAAAAAAAAAD7AQMAlhEDADy5CgCRuQoA5rkKADu6CgBoNwsAtzkPAAw6DwBhOg8Av90NAHoiDgAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAci0LAMctCwAcLgsAFN4NAERaDACZWgwA7loMAENbDACYWwwA7VsMAEJcDACXXAwA7FwMAMx8DAApHBAAa5QAAL/dDQB6Ig4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYALhgPADwTBgC36AoAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFANUoAgAqKQIAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUA5rwHAIweAADhHgAANh8AAIsfAAD7AQMA+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAOHFAwDfFgoANBcKAIkXCgDeFwoAMxgKAIgYCgDdGAoASAoDAJ0KAwBJrAoAPgsMAEZbCQDstAkAt0gAALfoCgC/3Q0AeiIOABTfDADHgQwA4rsMAEcOAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgBOBQIAM8ELAKb4CwD7+AsAG48AAHCPAAAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAAAAAABOBQIASl4CAKBTDABvjwEAnWACAPsBAwD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQALCcCAIEnAgBcngUAPr8CAFD1DwCl9Q8A+vUPAENaDQDZIwMAnA4AAOYYAQCn+wcAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAci0LAMctCwAcLgsAUaUJANN+AwAAAAAAAAAAAAAAAABc9gIAsfYCAEK8AQAAAAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAOYYAQBvNgUAxDYFABk3BQBuNwUAAfcHAOMaAgBOBQIA5hgBADsZAQDyVwsAR1gLAJxYCwDmGAEAbzYFAMQ2BQAZNwUAbjcFAE6xAACjsQAA+LEAAE2yAACisgAAqaYFADlvAgAuGA8AzYcAAC7KBwDmGAEA0NgBAHCPAAAHSwMATrEAAD6/AgCySwIAeSsGAOcRBwCunQkARw4AAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAc38NAMh/DQBV8Q4AowIFAPgCBQBNAwUAogMFAPcDBQBMBAUAoQQFAPYEBQBLBQUAoAUFAPUFBQBOBQIAt5wBAGRCBABvjwEASl4CAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQArxw0AXvYAAIEkBQDiuwwARw4AAHaHAgC2lQkAC5YJAGCWCQC1lgkACpcJAF+XCQC0lwkACZgJAF6YCQCzmAkAEowMAHUmDwDTfgMATgUCABsrDwDZJgAATgUCAL/dDQAf0Q8AYUkAALZJAABVAAAAtewIAJuzBgAajwEAVvIMADcVCQBrlAAAAfcHAE4FAgDmGAEAbzYFAMQ2BQAZNwUAbjcFABLmBwDHgQwA4rsMAEcOAAB2hwIAx4EMAOK7DABHDgAAdocCAE4FAgBRpQkA034DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAn7EEAPSxBADUdwkAKXgJAH54CQDTeAkAKHkJAH15CQDSeQkAJ3oJAHx6CQDRegkAJnsJAHt7CQDQewkAJXwJAHp8CQDPfAkA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAbKw8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAv90NAHkrBgDOKwYAIywGAAH3BwBOBQIAGysPAOy0CQDTfgMARw4AAGTtAwC57QMAZEIEANUoAgBHDgAAZO0DALntAwDVKAIAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBzfw0AyH8NAB2ADQBygA0Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0A4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgAbKw8APBIHAJESBwCeWQgA81kIAEhaCACdWggA8loIAEdbCABOBQIAv90NAHkrBgDOKwYAIywGAAH3BwBOBQIAGysPAOy0CQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKABsrDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgC/3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJABc8AgAuGA8AY5oCAAydAQBhnQEA034DANUoAgBOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAwjkEAFChDgBx1A8AG48AAHCPAABRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjhcFAOMXBQA4GAUAjRgFAOYYAQBvNgUAxDYFABk3BQBuNwUAAAAAAPAOAQD6VgQAEowMAAo9DgDZcgkALnMJAINzCQDYcwkAaowJAL+MCQDPgwIA8LMGABc8AgAB9wcATgUCABKMDAAuygcAg8oHANjKBwAtywcAt+gKAERaDADLMgIATgUCAOYYAQBMsgEAxOIDAOu9AQC/lAEAb48BAEIRAgBOBQIAEowMADB0BgBCEQIAA50KAOYYAQBOBQIAM8ELADwTBgCREwYAzHwMAC0ZDwCCGQ8AtewIAG0uDwDCLg8ARw4AAE4FAgAbKw8Arp0JAAAAAAC2Og8A/VIFAFJTBQCnUwUA/FMFAFFUBQCmVAUA8A4BAPpWBAASjAwACj0OANlyCQAucwkAg3MJANhzCQBqjAkAv4wJAM+DAgDwswYAFzwCAAH3BwBOBQIAEowMAC7KBwCDygcA2MoHAC3LBwC36AoARFoMAMsyAgBOBQIA5hgBAEyyAQDE4gMA670BAL+UAQBvjwEAQhECAE4FAgASjAwAMHQGAEIRAgADnQoA5hgBAE4FAgAzwQsAPBMGAJETBgDMfAwALRkPAIIZDwC17AgAbS4PAMIuDwBHDgAATgUCABsrDwCunQkAAAAAAAPxCwBY8QsA+wEDAAAAAAAAAAAAAAAAAAAAAAAAAAAALCcCAIEnAgDmvAcAO70HAJC9BwAO7gMAY+4DALjuAwAN7wMAYu8DAENaDQAAAAAAAAAAAEcOAAAAAAAAAAAAAJ+xBAB22AYAy9gGAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwDfFgoANBcKAIkXCgB4LAYAzSwGACItBgD7AQMAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAD3VAkATFUJAKFVCQD2VQkAS1YJAOa8BwCcDgAAHy0JAHQtCQDJLQkAHi4JAE4FAgASjAwA2SYAALdIAAC36AoARFoMAG+PAQBCEQIATgUCAL/dDQB6Ig4ATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwCznAUACJ0FAF2dBQCynQUAB54FABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQAeLgkA+wEDAM2HAAAG+AEAFzwCAGNFAgC3SAAA/VIFAFJTBQBrlAAARw4AAFUAAAC17AgACu0IABbpAABjRQIAAAAAABuPAABrlAAARw4AAHaHAgC36AoARFoMABbpAADC5QIAOrsKAI+7CgDkuwoAlLsFAOm7BQA+vAUAk7wFAOi8BQA9vQUAkr0FAOe9BQA8vgUAkb4FAOa+BQA7vwUAkL8FAOW/BQA6wAUAj8AFAOTABQA5wQUAjsEFAOPBBQA4wgUAjcIFAOLCBQA3wwUAjMMFAOHDBQA2xAUAi8QFAODEBQA1xQUAisUFAN/FBQA0xgUAicYFAN7GBQAzxwUAzYcAACKIAACyRQgAB0YIAAH3BwBOBQIAv90NAB/RDwBhSQAA5hgBAKmmBQD+pgUATgUCAGqMCQC/jAkAt0gAAP1SBQBSUwUAa5QAAEcOAABOBQIAs5YLADljDgAK7QgATgUCAGqMCQC/jAkAAAAAABuPAABrlAAARw4AAHaHAgBOBQIAt5wBAGRCBAAUPQQATLIBADwTBgCREwYA09YAAFGlCQAajwEATrEAALJFCABOBQIAM8ELAKb4CwAB9wcA4WoJAMTiAwD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAHZ6DwBEWgwAFukAAMLlAgDPMAAAo7EAAPixAABNsgAAorIAAPeyAAD7AQMATrEAAD6/AgAc4QIAceECAMbhAgAb4gIATrEAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAHZ6DwBEWgwAFukAAMLlAgBrlAAAAfcHAOFqCQDE4gMAzzAAAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAkhQEAOcUBAA8FQQAkRUEAOYVBAA7FgQAkBYEAOUWBAA6FwQAjxcEAOQXBAA5GAQAjhgEADHNAQCGzQEA280BADDOAQCFzgEAedIJAM7SCQAj0wkAeNMJAM3TCQAi1AkAd9QJAMzUCQAh1QkAdtUJAMvVCQAg1gkAddYJAMrWCQAf1wkAdNcJAMnXCQAe2AkAc9gJAM2GAQCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAG03BgDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYAUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEAkBUFAOUVBQA6FgUAjxYFAOQWBQA5FwUAjB4AAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBzfw0AyH8NAB2ADQBygA0Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0As5YLAIrACgDfwAoANMEKAInBCgDewQoAM8IKAIjCCgDdwgoAMsMKAIfDCgDcwwoAMcQKAIbECgDbxAoAMMUKAIXFCgDaxQoAL8YKAITGCgDZxgoALscKAIPHCgBICgMAnQoDAEmsCgA+CwwARlsJAOy0CQC3SAAAt+gKAL/dDQB6Ig4AFN8MAMeBDADiuwwARw4AADq7CgCPuwoA2soFAC/LBQCEywUALCMGAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAADT1gAAa5QAAD0YAAC3SAAATgUCABKMDADT1gAAgiYCALdIAABOBQIA09YAAIImAgB3zw4AzM8OAAPxCwBY8QsArfELAALyCwCzlgsAGjEKAEcOAADrvQEAv5QBAOMaAgC3nAEA7q4NAL/dDQB6Ig4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwC/3Q0AH9EPAGFJAABqjAkAv4wJANrKBQAvywUAhMsFACwjBgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAABe9gAAZI8MABnjAwBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMACkEKAIjBCwDdwQsA4xoCAKqkBgD/pAYAVKUGAKmlBgA9GAAATgUCAOa8BwCv7A4ABO0OALJLAgAajwEAFD0EAKf7BwDnEQcA7LQJALdIAAC36AoARFoMABbpAADC5QIAnVMPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgCHGQoA3BkKADEaCgCGGgoA2xoKADAbCgCFGwoA2hsKAC8cCgCEHAoA2RwKAC4dCgCDHQoA5rwHAIweAADhHgAANh8AAIsfAABrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJABsrDwAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBCvAEAG48AAHCPAAAHSwMABvgBAHN/DQDIfw0AHYANAHKADQDHgA0AHIENAHGBDQDGgQ0AG4INAHCCDQDFgg0AGoMNAG+DDQDEgw0AGYQNAG6EDQCpogkAaI4JALqRCQAPkgkAZJIJALmSCQDhxQMA3xYKADQXCgCJFwoA3hcKADMYCgCIGAoA3RgKABsrDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggAR1sIAE4FAgC/3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJAHctBgDMLQYAIS4GAHYuBgDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0A4cUDAN8WCgA0FwoAiRcKAHgsBgDNLAYAhRkMAIweAACeBQcA7q4NAJuzBgC3SAAAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgDMLQYAIS4GAHYuBgBrlAAAwJQAABbpAADC5QIA7BECAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwAnA4AAB8tCQB0LQkAyS0JAB4uCQDEOQIAPBIHAJESBwDmEgcAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD7AQMASQIKAMCUAAAW6QAAwuUCAD0YAACSGAAA7rMIAEO0CACYtAgA7bQIAEK1CACXtQgAbDwCAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQBOBQIAv90NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHABaNBwASjAwA2SYAALdIAAC36AoARFoMAOa8BwCMHgAAngUHAO6uDQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgBoNwsAtzkPAAw6DwBhOg8A2SMDAEavCgCbrwoA8K8KAEWwCgCasAoA77AKANN7BgAofAYAfXwGANJ8BgAnfQYAfH0GANF9BgAmfgYAe34GANB+BgBjlgYAuJYGAA2XBgBilwYAt5cGAAyYBgAbjwAAFzwCABc8AgBjRQIAPRgAALdIAABOBQIAv90NAHoiDgA8EgcAGjEKALecAQAMnQEAYZ0BANN+AwD7AQMAAAAAAE4FAgC/3Q0AEEMCAGVDAgC6QwIAQ1oNAOa8BwA5ugwAGo8BADwTBgDNhwAA4xoCALecAQDurg0A5rwHAIweAADhHgAANh8AAIsfAADgHwAAn1oGAE4FAgCjBQIAa4gMAMCIDAAViQwAv90NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAPsBAwBICgMAnQoDAEmsCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAO6uDQDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAADmGAEAAAAAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACR5DQB5eQ0AznkNABc8AgBGWwkAiWgOAJ9eAgDAlAAAPbcLAJK3CwAXPAIAY0UCAD+7BQCUuwUA6bsFAM2HAADjGgIAt5wBAO6uDQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAHCPAAA9GAAA034DAPsBAwC3SAAATrEAAFUAAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMA2SYAADnFAQCOxQEA48UBAE6xAADNhgEAorACADnDAwAXPAIAY0UCALhFAgCy6A8ARw4AAIweAACroAkAAKEJAFWhCQCqoQkA/6EJAFSiCQDCNwYAFzgGAGw4BgDBOAYAFjkGAGs5BgDAOQYA2SMDAJwOAAAfLQkAdC0JAMktCQAeLgkATgUCAGg3CwC3OQ8ADDoPAGE6DwDDhA0AGIUNAFaZEACrmRAAAJoQAFWaEACqmhAA/5oQAFSbEACpmxAA/psQAFOcEADJ3QMAHt4DAHPeAwDI3gMAHd8DAHLfAwDH3wMAHOADAMeBDADiuwwARw4AAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDADhcwAA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAM2HAADZJgAASl4CAIPLBgAxzQEARw4AAM8wAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAJHkNAHl5DQDOeQ0ATgUCAOYYAQCppgUA034DAE4FAgAD8QsAWPELAK3xCwAC8gsA4xoCAJpWDwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAFyeBQCxngUAtOoLAAnrCwBe6wsAs+sLAAjsCwBd7AsAsuwLAAftCwBc7QsAse0LAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAPRUDAA3FAoAeiIOABTfDAAzwQsAVQAAACKIAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAJHkNAHl5DQDOeQ0AUAIDAKUCAwBRAwEApgMBAPsDAQBQBAEApQQBAPoEAQBPBQEA4xoCAKKlDQDnEQcAt0gAAEcOAAB2hwIA/VIFAAObDACLZQ8ATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIAQrwBAF72AAD7AQMA+AQDAKOxAAD4sQAATbIAAKKyAAD3sgAATLMAAMeBDAAcggwAcYIMAMaCDABqjAkAPbcLAJK3CwBOBQIAGysPAOy0CQC3SAAATgUCABsrDwDZJgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NAOMaAgCqpAYA/6QGAFSlBgCppQYA/qUGAIUZDABOBQIAv90NAHoiDgAU3wwAv90NAM2HAAC/jQgASl4CAE4FAgC/3Q0AdSYPANN+AwBOBQIAGysPANkmAABOBQIAv90NAB/RDwBhSQAAtkkAAAtKAABrlAAAAfcHAE4FAgDjGgIAqqQGAP+kBgBUpQYAqaUGAP6lBgC3nAEAzYcAAJLBAQB2hwIAeSsGAE6xAABHDgAAjB4AAM2HAAA5bwIATrEAALJFCADLMgIAoaQPAPakDwAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQBHDgAAyzICAEWrDwCaqw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAJHkNAHl5DQDOeQ0AAAAAAFUAAAC17AgAbS4PAEcOAACMHgAAzYcAADlvAgBOsQAAskUIAFUAAAB9KwIAyzICAKGkDwD2pA8AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAMsyAgBFqw8AmqsPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACR5DQB5eQ0AznkNALecAQBkQgQA7rkCABqPAQBvjwEAQhECAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwDacAoAjB4AAOEeAAAW6QAAwuUCAPsBAwC3SAAA/VIFAAObDADmbAIARw4AAFUAAAAaMQoAFzwCALdIAAD7AQMAt0gAAP1SBQADmwwA5mwCAEcOAABVAAAAGjEKABc8AgC3SAAA+wEDAEkCCgDAlAAAFukAAMLlAgCSFAQA5xQEADwVBACRFQQA5hUEADsWBACQFgQA618KAG3dCgDC3QoAF94KAGzeCgDB3goAFt8KAGvfCgDA3woAFeAKAGrgCgC/4AoAFOEKAGnhCgC+4QoAE+IKAGjiCgC94goAEuMKAGfjCgC84woAEeQKAMOEDQAYhQ0AbYUNAMKFDQAXhg0AbIYNAMGGDQAWhw0Aa4cNAMCHDQAViA0AaogNAL+IDQAUiQ0AaYkNAL6JDQBWmRAAq5kQAACaEAA9GAAA8A4BALY6DwBOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAHItCwDHLQsAHC4LAOa8BwCMHgAA4R4AADYfAACLHwAA5RYEADoXBACPFwQA5BcEADkYBACOGAQAQ7gEAJi4BADtuAQA1SgCACopAgD9UgUAA5sMAOZsAgBHDgAAVQAAABoxCgAXPAIAt0gAAMsyAgBFqw8AmqsPAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGACR5DQB5eQ0AznkNACN6DQB4eg0AzXoNACJ7DQB3ew0AzHsNACF8DQB2fA0Ay3wNACB9DQBoNwsAtzkPAAw6DwBhOg8AweYCAD6/AgBQ9Q8ApfUPAPr1DwBP9g8ApPYPAPn2DwBO9w8Ao/cPADF1BACGdQQA23UEADB2BACFdgQA2nYEAC93BACEdwQA2XcEAC54BACDeAQA2HgEAC15BACCeQQA13kEACx6BACBegQA1noEACt7BACAewQA1XsEACp8BAB/fAQA1HwEACl9BAB+fQQAhxkKAD6/AgBQ9Q8ApfUPAPr1DwBP9g8ApPYPAPn2DwBO9w8Ao/cPAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBAC3SAAAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAMwtBgAhLgYAdi4GAEgKAwBrlAAA09YAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAJHkNAHl5DQDOeQ0Arp0JAJIYAACt8goAAvMKAM2HAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEARw4AAOFzAADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEASAoDAJ0KAwBJrAoAEowMAL+NCABkQgQA7rkCAA3pCQAD8QsAWPELAK3yCgAC8woARw4AAE4FAgCjBQIAa4gMAMCIDAAViQwAaokMADPBCwCIwQsA3cELANN+AwAofwMAfX8DABc8AgBOBQIAXJ4FAKOxAAAbjwAARw4AAHaHAgC36AoATgUCAAPxCwBY8QsArfIKAALzCgASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAE6xAABOsQAAHIgGAHGIBgDGiAYAG4kGANrKBQBOBQIA09YAAFGlCQAajwEAY5oCAO6uDQBoNwsARw4AAHaHAgDLhwIA4xoCALecAQBkQgQAxOIDAN8eAgAajwEAb48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAODGAwA7vQcAkL0HAOW9BwA6vgcAj74HAOS+BwA5vwcAjr8HAL/dDQBOsQAAVQAAAAAAAAAajwEAVQAAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAOHFAwA2xgMAi8YDAL/dDQAf0Q8AYUkAAMeBDADiuwwARw4AAHaHAgC/3Q0AeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAORmCgA5ZwoA9wYCABqPAQAXPAIAY0UCABsrDwA8EgcAkRIHAOYSBwBOBQIAv90NAE6xAABVAAAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwCMxQMA09YAABqPAQA8EwYADEkAAE4FAgDHgQwA4rsMAEcOAAB2hwIATgUCALdIAABOsQAAVQAAAE4FAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwAtGQ8AwJQAAPsBAwDjGAQAb4QMAMSEDAAZhQwAweYCADHKBAAihwEAd4cBAAAAAAAG+AEAAAAAAAAAAAAAAAAAzYcAANkmAABHDgAAZO0DALntAwAS5gcAZ+YHALzmBwAR5wcAZucHALvnBwAQ6AcAZegHAMrQDwD1BwMATrEAAFUAAABOBQIAs5YLALhGAQANRwEA7rkCABqPAQAB9wcALRkPAMCUAAD7AQMA4xgEAG+EDADEhAwAGYUMAMHmAgAxygQAIocBAHeHAQAAAAAABvgBAAAAAAAAAAAAAAAAAM2HAADZJgAAAfcHAFb3BwCLZQ8At0gAAHkrBgDuuQIADekJAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NABsrDwAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgA0Ew4AiRMOAMTiAwAB9wcARw4AAE4FAgDmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAQ7kDAJi5AwDtuQMAG48AAHCPAABRAwEA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAO6uDQAbKw8AFzwCAE4FAgDMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIANBMOAIkTDgDE4gMATgUCAOa8BwCMHgAA4R4AADYfAACLHwAA4B8AADUgAABDuQMAmLkDAO25AwAbjwAAcI8AAFEDAQDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NABsrDwAXPAIATgUCAMx8DACdBAkAa5QAAEcOAABOBQIAA/ELAFjxCwCt8QsAAvILAIsdAgA0Ew4AiRMOAMTiAwDK0A8AkhQEADcVCQCMFQkA4RUJAAPxCwBY8QsArfELAALyCwBX8gsArPILAAHzCwBW8wsAAAAAAM2HAAC/jQgAFI4IAGRCBAD7AQMAFzwCAC4YDwBvjwEAQhECAAOdCgDAlAAAFukAAMLlAgBrlAAA5hgBAE6xAAA+vwIAIogAALJFCAAHRggARw4AAIweAADhHgAANh8AAIsfAADgHwAAY0UCAMCUAAAW6QAAwuUCADHNAQBHDgAA+wEDANkjAwBGrwoAm68KAPCvCgBFsAoAmrAKAO+wCgBDWg0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAHItCwDHLQsAjBQKAOEUCgA2FQoAeCwGAM0sBgAiLQYAMhkKAL/dDQB6Ig4AAfcHAC0ZDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA9QcDAB/RDwBhSQAAxosDABuMAwBwjAMAxYwDABqNAwBvjQMAxI0DABmOAwASjAwA7rkCAEO6AgAajwEAY5oCAM2HAADjGgIAt5wBAO6uDQBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDABKMDACySwIAz80NAB/RDwAajwEAxOIDABnjAwDmGAEAOxkBAOYYAQCn+wcAPRgAAPAFCgBFBgoAmgYKAORkDAA5ZQwA5hgBAKmmBQA5bwIASl4CAJ9eAgAB9wcATgUCAMx8DAAtGQ8AzYcAAByCDABxggwAxoIMABuDDABwgwwAxYMMABqEDAAERA0AdSYPAAH3BwBOBQIAM8ELAKb4CwD7+AsAv4kMACF9DADE4gMA4XMAAOMaAgC3nAEA7q4NAAH3BwBOBQIAG48AAHCPAAC3SAAAeSsGAGOaAgBOBQIAv90NAHkrBgDOKwYAIywGAAH3BwBOBQIAaowJAL+MCQC3SAAA/VIFALecAQBkQgQAuUIEAKj9BABOsQAAyzICAEWrDwCaqw8AorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAJHkNAHl5DQDOeQ0AMb8PAIweAADhHgAANh8AAIsfAADgHwAAAfcHAC0ZDwDNhwAALsoHAPsBAwCdBAkA09YAAD0YAAD7AQMAUaUJAOK7DABHDgAAdocCALecAQAMnQEA9f8KAEoACwCfAAsA9AALALXsCAAK7QgAFukAAMLlAgCQYwwAPBIHAJESBwDmEgcATgUCABuPAABwjwAAB0sDAAb4AQBOBQIA5rwHAJwOAAAfLQkAdC0JAMktCQDmvAcAr+wOAATtDgCySwIAG48AAEcOAABOBQIAUaUJAPRUDACbswYASl4CAJ9eAgAB9wcAnQQJADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgAnFsIAPFbCABGXAgAm1wIAPBcCABFXQgAml0IAO9dCABEXggAmV4IAO5eCABDXwgAmF8IAO1fCABCYAgAh3AIANxwCAAxcQgAhnEIAAH3BwBOBQIAGysPAOy0CQC3SAAATgUCANPWAACCJgIAGo8BADwTBgB5KwYAb48BAEIRAgBOBQIAowUCAGuIDAAXPAIATgUCABsrDwA8EgcAkRIHAJ5ZCADzWQgASFoIAJ1aCADyWggACu0IAGw8AgCySwIAeSsGAOcRBwCunQkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwARQ0DANDYAQC3SAAAzYcAALJLAgC36AoAGysPADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCABHWwgATgUCAL/dDQB5KwYAzisGACMsBgAB9wcATgUCABsrDwDstAkAt0gAACwnAgAbjwAAcI8AAFEDAQCmAwEA+wMBAFAEAQClBAEA+gQBAE8FAQDmGAEAOxkBAPJXCwDhagkArEYNANN+AwBOBQIAXJ4FALGeBQC06gsAcI8AALdIAAC36AoA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgDuuQIAQ7oCAJi6AgDtugIAUaUJAOK7DABHDgAAdocCAMuHAgDuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEAw4oHAAAAAAC3nAEA+wEDAEgKAwCdCgMASawKAMeBDADiuwwARw4AAHaHAgBHDgAATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NADPBCwCIwQsA3cELAHvOCwDQzgsAJc8LALOWCwAaMQoAbzEKAFACAwClAgMAUQMBAKYDAQD7AwEAUAQBAKUEAQD6BAEATwUBAJAVBQAXPAIAY0UCAD+7BQCySwIAt+gKAOa8BwCMHgAARw4AAOu9AQC/lAEA5xEHALecAQC3nAEATgUCAMeBDADiuwwARw4AAHaHAgBe9gAAZI8MAJ+xBAC/3Q0A/VIFAFJTBQBrlAAAAfcHAE4FAgCjBQIAa4gMABc8AgBOBQIAAAAAABuPAABrlAAAwJQAANN+AwBOBQIAowUCAPgFAgBNBgIAogYCAD0YAACSGAAArfIKAALzCgBHDgAA2SYAADnFAQCOxQEA48UBAC0ZDwCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAc38NAMh/DQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAGqMCQC/jAkAP7sFAJS7BQDpuwUATgUCABKMDAB1Jg8A034DAE4FAgBcngUAsZ4FAAafBQCPtw4A5LcOACKIAADZcgkATgUCALOWCwAaMQoAGo8BAG+PAQCySwIARw4AAPsBAwBICgMAnQoDAEmsCgCerAoAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYATgUCABKMDADuuQIAQ7oCABqPAQBjmgIAzYcAAOMaAgC3nAEA7q4NAKMFAgBriAwAFzwCAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBHDgAAjB4AAOEeAAA2HwAAix8AAOAfAACfWgYA9FoGAOEeAAAW6QAAwuUCAIweAADhHgAAFukAAMLlAgDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0A1SgCABc8AgBjRQIAuEUCALLoDwBHDgAAjB4AAGnfDABfSQIA+qcIAE+oCABOBQIA5rwHAIweAADhHgAANh8AAIsfAABOsQAASl4CAFGlCQDiuwwA7LQJAEcOAACMHgAAghwMAHwiDAAXPAIALhgPAO65AgAN6QkAYukJAMsyAgChpA8AwJQAABbpAADC5QIAyzICAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgCfXgIAwJQAABbpAADC5QIAw4QNABiFDQAihwEAd4cBAPhNDwAAAAAAAAAAAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBAC/3Q0AH9EPAGFJAABoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEA72IDAE4FAgAbjwAAFzwCALecAQD7AQMATAkAAFGlCQCmpQkA+6UJAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwC/3Q0AH9EPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQBjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQCQGQEATgUCAGqMCQA9twsAkrcLAA+ODQBkjg0AuY4NAA6PDQBrlAAAwJQAAOYYAQBMsgEAxOIDAOu9AQC/lAEA5xEHAK6dCQBOBQIAzHwMAC0ZDwA9GAAAB0sDAGuUAAAB9wcATgUCANPWAABRpQkAGo8BAGOaAgDurg0Av90NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAL/dDQB6Ig4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwC/3Q0AH9EPAGFJAABjmQMAnQQJAPIECQBHBQkAnAUJAPEFCQBZSAkAzHwMAFb3BwBrlAAA5hgBADsZAQDMfAwAKRwQAH4cEADTHBAAKB0QAH0dEADSHRAAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFACbRCADnEQcAw4oHAEpeAgCfXgIAwJQAAGNFAgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA4xgEAG+EDADEhAwAGYUMAPj6DABRpQkAGo8BAGOaAgDurg0AowUCAC4nAAC3SAAATrEAALJFCAAajwEAb48BAEIRAgBOBQIA5rwHAIweAADhHgAANh8AAIsfAADgHwAANSAAABKMDACLZQ8AGo8BAE4FAgDuuQIADekJAGLpCQCFGQwAv5QBAOcRBwCunQkA+wEDABqPAQBjmgIA7q4NAD0YAACSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQAAAAAAXPYCALH2AgAD8QsAWPELAOcYAAC/jwYAFJAGAPr6CgBP+woApPsKAKMFAgA3FQkAjBUJAOEVCQAbKw8AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAGg3CwC9NwsAEjgLAGc4CwC8OAsAAAAAAO65AgBDugIAOW8CAAAAAAAXPAIAPbcLAJK3CwAAAAAAAfcHAJ0ECQDyBAkARwUJAJwFCQDxBQkAbzIJAMQyCQAZMwkAbjMJAMOKBwBKXgIAn14CALdIAAA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgDLMgIAMb8PAJwOAAAfLQkAV/ILADcVCQCzPg4AnWACAE4FAgASjAwAMHQGAO65AgBDugIAmLoCAGRCBAAB9wcATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAO65AgAajwEAFzwCAEZbCQCunQkA5hgBAKf7BwA9GAAA09YAAOcRBwAXPAIASl4CAKBTDABvjwEAQhECAE4FAgBcngUAsZ4FAAafBQCPtw4A5LcOADm4DgCOuA4A47gOADi5DgBOBQIAaowJAD23CwCStwsA57cLADy4CwCRuAsA5rgLAAmUDQBelA0A/VIFAAObDACySwIAt+gKAEIRAgBOBQIAM8ELAKb4CwD7+AsAaDcLABqPAQA8EwYADEkAAGFJAADGiwMATgUCAAPxCwBY8QsArfELAALyCwBqjAkAPbcLAJK3CwAPjg0AZI4NALmODQAOjw0AY48NABsrDwAXPAIATgUCAOYYAQBMsgEAxOIDAM8wAADNhgEAorACANkmAAA3FQkAQhECABuPAAAXPAIAY0UCABc8AgBjRQIAP7sFALJLAgC36AoAzHwMAJ0ECQDyBAkARwUJAJwFCQDxBQkAWUgJALOWCwC4RgEADUcBAO65AgAajwEAAfcHAC0ZDwDnEQcA5xEHALdIAAC3nAEA7q4NAEcOAADrvQEATgUCAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQAD8QsAWPELAK3xCwAC8gsAV/ILAKzyCwAB8wsAVvMLAMx8DACdBAkA8gQJAEcFCQCcBQkA8QUJAFlICQBoNwsAvTcLAAH3BwBVAAAAGjEKABqPAQBvjwEAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGABqPAQDNhwAAv40IAE4FAgC/3Q0ATrEAAFUAAAD7AQMATgUCAFChDgBx1A8AXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAF72AAAAAAAAn7EEAHsgDwBriAwAFzwCALdIAAB5KwYA7rkCAA3pCQCeBQcA034DAE4FAgBqjAkAv4wJABSNCQBpjQkAvo0JABOOCQBOBQIAM8ELAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBADjGAQAm7MGAPCzBgBFtAYAmrQGAO+0BgBEtQYAmbUGAO61BgBDtgYAmLYGAEgKAwCdCgMAim4HAFChDgBrlAAAq1MBAOyxDADE4gMAdocCAHkrBgBvjwEAQhECAE4FAgDMfAwAnQQJAOYYAQCppgUAGo8BACbRCAB70QgA0NEIACXSCAB60ggAz9IIACTTCAB50wgAztMIACPUCAB41AgAzdQIACLVCAB31QgAzNUIACHWCAB21ggAFzwCAGNFAgC4RQIAsugPAEcOAACMHgAAQrwBALdIAABOsQAAVQAAAPsBAwAAAAAAt5wBAEcOAAD7AQMAAAAAABuPAABwjwAAB0sDAAb4AQD7AQMAAAAAAOMaAgC3nAEA7q4NAL/dDQB6Ig4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwC/3Q0ATrEAAFUAAAD7AQMAAAAAALecAQBHDgAA+wEDAAAAAADmvAcA670BAEC+AQD7AQMAAAAAAD0YAAA9GAAAa5QAAJuzBgC3SAAAeSsGAOcRBwCunQkATgUCAGqMCQC/jAkAFI0JAGmNCQC+jQkAE44JAIltCQC3SAAAeSsGAM4rBgAjLAYAAfcHAJ0ECQDstAkAAAAAALdIAAC3SAAAVQAAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwA8XhAAGjEKAG8xCgDEMQoAXvYAAIEkBQDiuwwARw4AAHaHAgArxw0AaowJAL+MCQA/uwUAlLsFAOm7BQBOBQIAzHwMAFb3BwAQiw8AZYsPAOMaAgDNhwAAksEBAIweAADmvAcAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAAEowMALJLAgAbjwAAt5wBAAH3BwBOBQIAA/ELAFjxCwCt8QsAAvILAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQByLQsAxy0LABwuCwAXPAIAY0UCALhFAgCy6A8ARw4AAIweAAAtGQ8AwJQAABbpAADC5QIAa5QAAMCUAAAW6QAAo/0JAPj9CQDnGAAAAAAAAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGAAAAAAAAAAAAXPYCALH2AgBW/AIAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwA3xQMAjMUDAO22BgBCtwYAl7cGAOy3BgBBuAYAlrgGANPWAAAajwEAb48BAGuUAADAlAAAFukAAMLlAgAAAAAAAAAAAAAAAAAAAAAAAAAAAD0YAABrlAAAt0gAAMsyAgBFqw8AmqsPAKKwAgA5wwMAjsMDAOPDAwA4xAMAdnoPAMt6DwAgew8AdXsPAMp7DwAffA8AdHwPAMl8DwBzfw0AyH8NAB2ADQBygA0Ax4ANAByBDQBxgQ0AxoENABuCDQBwgg0AxYINABqDDQBvgw0AxIMNABmEDQBuhA0A5xEHAEcOAABOBQIAaDcLALc5DwAMOg8AYToPAAAAAAAAAAAAAAAAALfoCgCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAAAAAAAAAAAAAAAAAKtTAQDssQwA5xEHAK6dCQBOBQIAaowJAL+MCQAUjQkAaY0JAL6NCQAAAAAAa5QAAMCUAADjGgIAGo8BAG+PAQCdYAIAKRwQAHCPAABCEQIARw4AAOFzAAA4xwAA2SYAAOMaAgDNhwAAOMcAAE4FAgASjAwA4xoCAEIRAgADnQoAngUHAO6uDQBRpQkAPRgAAGuUAACrUwEA7LEMAAAAAAA9GAAATgUCAGqMCQC/jAkAUaUJABuPAABHDgAA4XMAAC7KBwBHDgAA670BAL+UAQDnEQcArp0JAGuUAABqjAkALhgPAFbyDAA3FQkAG48AALdIAADNhwAAsksCAAAAAADnEQcATgUCAGqMCQC/jAkAz4MCACSEAgBHDgAA4XMAAC7KBwA9GAAAkhgAAPsBAwBJAgoAngIKAPMCCgBIAwoAnQMKAPIDCgBHBAoAnAQKAPEECgBGBQoAmwUKAGuUAACbswYA8LMGAEW0BgCatAYA77QGAES1BgCZtQYA7rUGAEO2BgCYtgYAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQAowUCAPgFAgBNBgIAogYCADjGAQD4BAMAhiAEANsgBAAwIQQAhSEEANohBAAvIgQAhCIEANkiBAAuIwQAgyMEANgjBAAtJAQAgiQEANckBAAsJQQATgUCAL/dDQB5KwYAzisGACMsBgAB9wcATgUCABsrDwDstAkAeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAAShBQBZoQUArqEFAAOiBQBYogUAMb8PAJwOAAAfLQkAdC0JAMktCQAeLgkAt0gAAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAHctBgB10wwAytMMAB/UDAB01AwAydQMAB7VDABz1QwA4cUDAN8WCgA0FwoAiRcKAN4XCgAzGAoAiBgKAN0YCgBICgMAnQoDAEmsCgCerAoA86wKAEitCgCdrQoA8q0KAKMFAgA3FQkAjBUJAOEVCQAbKw8AFzwCAE4FAgDMfAwAIX0MABc8AgBjRQIAz4MCALdIAADEOQIAFzwCAF9JAgC/jQgA7q4NAMCUAAAW6QAAwuUCAOcRBwDnEQcAt5wBAE4FAgC/3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJALdIAABOBQIA09YAAFGlCQAajwEAY5oCAO6uDQDT1gAAgiYCABqPAQA8EwYAeSsGAG+PAQBCEQIATgUCAKMFAgBriAwAFzwCAE4FAgASjAwAdSYPAMomDwAbKw8APBIHAJESBwDmEgcATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwCLZw0A4GcNADVoDQCKaA0A32gNADRpDQCJaQ0A3mkNACwnAgCBJwIAaowJAL+MCQAAAAAAG48AAGuUAABHDgAAdocCAE4FAgC/3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJALdIAABOBQIAEowMANkmAAC3SAAAt+gKAERaDADurg0AwJQAABbpAADC5QIAnVMPAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GAKBVCgD1VQoASlYKAJ9WCgD0VgoASVcKAJ5XCgDzVwoASFgKAJ1YCgDyWAoAXvYAANPWAACCJgIAGo8BADwTBgCWEgIAFzwCAGNFAgA/uwUAsksCALfoCgAKPQ4AAAAAABuPAAAajwEAFzwCAGNFAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDABsrDwDjGgIAt0gAAM2HAAAajwEAb48BAE4FAgAxzQEAAfcHAOMaAgBOsQAATgUCAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDAGg3CwA0Ew4AAFQBAFVUAQCHwQwA3MEMADHCDACGwgwA28IMANPWAABRpQkA9FQMAD0YAABOBQIAv90NAP1SBQDTfgMAGo8BAG+PAQBCEQIATgUCAL/dDQB6Ig4AFN8MAFyeBQCxngUABp8FAFufBQCwnwUABaAFAEcOAABOBQIAXJ4FALGeBQC06gsACesLAF7rCwCz6wsACOwLAF3sCwCy7AsAB+0LAFztCwCx7QsAEowMAAo9DgAAAAAAG48AABqPAQAXPAIAY0UCANrKBQBOBQIAowUCABc8AgBGWwkA5hgBAE4FAgC/3Q0AH9EPAGFJAAAbjwAAcI8AAOu8AgBAvQIAwJQAALecAQDTfgMAGo8BAG+PAQBCEQIATgUCAMx8DABW9wcAEIsPAGWLDwDjGgIAzYcAAJLBAQCMHgAAi2cNAAo9DgAAAAAAG48AABqPAQAXPAIAY0UCABKMDAAwdAYAaowJAL+MCQBHDgAAnA4AAOy0CQAXPAIATrEAAGuUAACjBQIAFzwCAEZbCQDmGAEATgUCADPBCwA8EwYARw4AAE4FAgCzlgsAuEYBAC4YDwAUPQQAqaYFADlvAgDTfgMATgUCAKMFAgD4BQIAIogAANlyCQDEOQIAFzwCANN+AwBOBQIAGysPABc8AgBOBQIA5rwHAJwOAADstAkAFzwCAE6xAAA9GAAAa5QAAKtTAQD7AQMA9QcDAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgASjAwACj0OAAAAAAAbjwAAGo8BABc8AgAuGA8Ab48BAEIRAgBOBQIAEowMADB0BgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwBrlAAAt0gAAM2HAAAuygcAAfcHABc8AgAuGA8Ab48BANkmAABriAwATgUCAGg3CwC9NwsAEjgLABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAM2HAAAajwEA1SgCAM2HAAATig0AZuQKALvkCgBvjwEAcdcMAP1SBQADmwwA5mwCAEcOAAChWwMAzYcAALJLAgC36AoAx4EMAOK7DABHDgAAdocCAE4FAgAD8QsAX0kCALRJAgAJSgIA5xgAAL+PBgAUkAYA+voKAE/7CgCk+woA+fsKAE78CgCj/AoAjB4AAOEeAAA2HwAAix8AAOAfAAA1IAAA5hgBAEyyAQDE4gMA4xoCAJpWDwBRpQkAzYcAAO65AgAajwEAb48BABTeDQAM6QoAYekKALbpCgAL6goAYOoKALXqCgAK6woAX+sKALTrCgAJ7AoAXuwKALPsCgAI7QoAIX0MADZrCQCLawkA4GsJABuPAAAB9wcAaowJAL+MCQA/uwUALsoHAE4FAgAbjwAAAfcHAAAAAADnEQcATgUCAL/dDQB5KwYAzisGACMsBgB4LAYAzSwGAFGlCQBVAAAA1SgCAD0YAABrlAAAt0gAANPWAADnEQcAFzwCAEpeAgDVKAIAQhECAAOdCgBYnQoArZ0KAAKeCgBXngoArJ4KAGNFAgBHDgAA670BAIweAABHDgAA+wEDAEIRAgADnQoAWJ0KAK2dCgACngoAV54KAKyeCgABnwoAVp8KAKufCgAAoAoAVaAKAKMFAgBriAwAFzwCABsrDwAXPAIATgUCAOa8BwCMHgAA4R4AADYfAAAajwEATrEAAGuUAAAD8QsAWPELAK3xCwAC8gsASl4CAA6SCgCSGAAA09YAAFGlCQDiuwwARw4AAHaHAgC36AoAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGmQBgC+kAYAE5EGAGiRBgC9kQYAEpIGABKMDAAuygcAAfcHABc8AgBjRQIARw4AAOu9AQBOBQIAowUCAGuIDADAiAwAFYkMADwSBwCREgcA5hIHAE4FAgC/3Q0ATrEAAFUAAABOBQIAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAWqAFAK+gBQDixAMAN8UDAIzFAwDhxQMANsYDAM2HAAAajwEAa5QAAMCUAAAW6QAAwuUCAEK8AQA4vgkAjb4JAOK+CQA3vwkAjL8JAOG/CQBrlAAA5hgBAFUAAAAaMQoAFzwCAGw8AgA5bwIA034DAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMADPBCwCIwQsA3cELAAPxCwBfSQIAtEkCAAlKAgBqjAkAv4wJAEcOAACcDgAAt5wBABuPAAC3SAAAeSsGAOcRBwAB9wcALRkPAD0YAABfSQIAtEkCAAlKAgAD8QsAWPELABc8AgBOBQIA5rwHAIweAADhHgAANh8AAD0YAABfSQIAtEkCAAlKAgCzlgsAuEYBAA1HAQDuuQIAGo8BAAH3BwAtGQ8ATrEAALJFCABOBQIAx4EMAOK7DABHDgAAdocCAE4FAgAzwQsApvgLAPv4CwBKXgIADpIKAJIYAADT1gAA5xEHAIloDgAbjwAAVQAAAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMAKIGAgAHSwMA5xEHAMsyAgBFqw8AskUIAM2HAAB1Jg8APRgAAGuUAACeBQcARw4AAMsyAgDjtw8AOLgPABc8AgBjRQIARw4AAJwOAAC3nAEA7rkCAA3pCQAB9wcAVvcHAC7KBwAB9wcAFzwCAGNFAgBHDgAA670BAIweAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA+wEDAEgKAwBfSQIAtEkCAAlKAgB9zQoA0s0KACfOCgB8zgoA0c4KACbPCgB7zwoA0M8KACXQCgB60AoAz9AKACTRCgB50QoAztEKACPSCgB40goAzdIKACLTCgBOBQIAZI8MAJwOAAAfLQkAdC0JAMktCQAeLgkAauEJAC8bCwCEGwsA2RsLAERaDAAW6QAAwuUCAGg3CwBHDgAAdocCAMuHAgDjGgIAt5wBAGRCBADE4gMA3x4CAE4FAgASjAwAMHQGAAPxCwBrlAAA09YAAE4FAgBcngUAsZ4FAAafBQBbnwUAsJ8FAAWgBQBaoAUAr6AFAOLEAwD7AQMAQrwBADi+CQCNvgkA4r4JADe/CQCMvwkA4b8JADbACQCLwAkAhMcJAAAAAAAAAAAAAAAAAH3OCQDSzgkAJ88JAHzPCQDRzwkAJtAJAHvQCQDQ0AkAAAAAAAAAAAAl0QkAetEJAM/RCQDCOQQAxN8GABngBgCjBQIAa4gMAMCIDAAViQwA+wEDAOMYBAA4GQQAYo0QALeNEAAMjhAAYY4QAM2HAADjGgIAt5wBAO6uDQCjBQIANxUJAIwVCQDhFQkAA/ELAFjxCwCt8QsAAvILAFfyCwCs8gsAAfMLAFbzCwBrlAAAPRgAAJIYAABrlAAAPRgAAD0YAACSGAAAa5QAAD0YAAC3SAAA+wEDAEgKAwCdCgMASawKAJ6sCgDzrAoASK0KAJ2tCgDyrQoAowUCADcVCQCMFQkA4RUJABsrDwAXPAIATgUCAMx8DAAhfQwAFzwCAGNFAgDPgwIAt0gAAMQ5AgAXPAIA034DAE4FAgBQoQ4A+wEDAAAAAABOBQIA4xoCADgbAgDZJgAA2SYAAC4nAADAlAAALhgPAG+PAQBCEQIATgUCAL/dDQB5KwYAzisGACMsBgAB9wcATgUCABsrDwDstAkAt0gAAE4FAgASjAwA2SYAALdIAAC36AoARFoMAMOKBwA+vwIAk78CAPsBAwASjAwAv40IABSOCABpjggA4xoCAKqkBgD/pAYAVKUGAKmlBgD+pQYAJ9IGAFyeBQCxngUABp8FAFufBQCwnwUABaAFAFqgBQCvoAUA4sQDADfFAwDacAoAL3EKABKMDABnjAwAvIwMABGNDACdBAkA09YAAAH3BwApHBAAt5wBAO6uDQA9GAAAkhgAABFDAQDZJgAAa4gMAMCIDAAViQwAaokMAEC9AgDAlAAAFukAAMLlAgBICgMAnQoDAEmsCgDmGAEAOxkBAPJXCwBHWAsAnFgLAPFYCwAD8QsAX0kCALRJAgAJSgIAAfcHAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLAAPxCwBfSQIAtEkCAAlKAgAB9wcA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLALecAQAMnQEAUasDAKarAwBOBQIAG48AABc8AgC3nAEAaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJADPBCwAUPQQAaT0EAL49BAATPgQAaD4EAE4FAgBoNwsAvTcLALdIAAD9UgUA034DAE4FAgCjBQIAa4gMABc8AgBOBQIAs5YLAAiXCwBdlwsAspcLAAeYCwBcmAsAsZgLACwnAgCBJwIAwJEDABWSAwBqkgMAv5IDAKMFAgBriAwAwIgMABWJDABqiQwAM8ELADwTBgCREwYAM8ELAIjBCwDdwQsAMsILADB0BgCzlgsACJcLAF2XCwCylwsAB5gLAFyYCwCxmAsAyzICADHNAQBHDgAAnA4AAOYYAQCppgUAsksCAE6xAACyRQgAGo8BAG+PAQBCEQIATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwCjBQIAa4gMABc8AgBOBQIA8A4BACYiDQA8XhAAkV4QAAPxCwBY8QsArfELAALyCwCzlgsAuEYBAGNFAgC4RQIANxUJAASYDgBrlAAAAfcHAE4FAgDT1gAAGo8BADwTBgAMSQAATgUCAAAAAABOBQIAGysPABc8AgBOBQIAH30OAAAAAABOBQIAGysPABc8AgBOBQIAH30OAHR9DgCLZw0AMHQGAMx8DAAtGQ8AghkPALXsCABtLg8Awi4PAC0ZDwA9GAAATrEAAFUAAACqAAAAWZsLAK6bCwADnAsAWJwLAK2cCwDmGAEAqaYFAHUmDwAD+wEAzYcAAL+NCAAUjggAIogAAEpeAgCDywYAE4oNAAOdCgDHgQwAHIIMAHGCDADGggwAA/ELAFjxCwCt8QsAAvILAOMaAgCaVg8Aa5QAAD0YAABOBQIAowUCAGuIDADAiAwAFYkMAGqJDAAzwQsAiMELALA/EAAFQBAAWkAQAK9AEAAEQRAA7q4NAAH3BwDLMgIATgUCAL/dDQD9UgUA034DAE4FAgC/3Q0AeiIOABTfDAAzwQsAiMELALA/EAAFQBAAWkAQAK9AEAAEQRAAM8ELADwTBgD7AQMASAoDADxeEACRXhAA5l4QADPBCwCIwQsAsD8QAAVAEABaQBAAr0AQAARBEACzlgsAt5wBAO6uDQBDrw0AksEBAIweAABqjAkAPbcLAJK3CwBOBQIATAkAAD0YAAA8XhAAkV4QAOZeEAAzwQsAiMELALA/EAAFQBAAWkAQAK9AEAAEQRAAG48AAHCPAAC3SAAAeSsGAM4rBgAjLAYAa5QAAMCUAAAW6QAAwuUCALecAQAMnQEAUasDAKarAwBOBQIA5rwHADm6DABOsQAAskUIAE4FAgCjBQIANxUJAIwVCQDhFQkAUKEOAKWhDgBCEQIAA50KAOYYAQBOBQIAGo8BAG+PAQBOBQIAEowMAHUmDwDTfgMATgUCABsrDwDZJgAATgUCAL/dDQAf0Q8AYUkAALZJAACcDgAA7LQJABc8AgBOsQAAa5QAALecAQAMnQEA/UwLAFJNCwCnTQsA6L8CANN+AwBOBQIAM8ELAIjBCwCwPxAABUAQAFpAEACvQBAABEEQAO6uDQAB9wcATgUCAEIRAgADnQoA5hgBAL/dDQAf0Q8AYUkAAEIRAgADnQoA5hgBAEcOAABOBQIAEowMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQDMfAwAFzwCAC4YDwDuuQIADekJAGLpCQBOBQIAowUCAGuIDADAiAwAFYkMAGqJDACjBQIAa4gMABc8AgBOBQIAMc0BAAH3BwDjGgIATrEAAA45DgCSGAAAEUMBANkmAABriAwAwIgMABWJDABqiQwAQL0CAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDDigcAo7EAAC95AgCEeQIA2XkCAAH3BwAtGQ8A2SYAANkmAABriAwAwIgMABWJDABqiQwAQL0CAMCUAAAW6QAAwuUCAGeMDAC3SAAAeSsGAFbyDAA5xQEAIogAANlyCQAbjwAAFzwCAL/dDQB6Ig4AFN8MAKMFAgA3FQkAsz4OAJ1gAgB32gMAzNoDACHbAwB22wMAy9sDACDcAwB13AMAytwDAOMaAgCaVg8AaowJAL+MCQBHDgAAnA4AALecAQDuuQIADekJAAH3BwD7AQMAPRgAAJIYAAARQwEANh0CAHEuCwDGLgsAGy8LAHAvCwCjBQIAsugPAHCPAADdawwAt0gAAHkrBgDnEQcArp0JALdIAAC36AoAPRgAAEcOAAC/lAEA5xEHAK6dCQDE4gMAGeMDAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgBOBQIAaDcLADQTDgBT9gsAqPYLAP32CwBS9wsAp/cLAPz3CwBR+AsAzHwMABc8AgAuGA8A7rkCAA3pCQBOBQIAlhICAOsSAgCisAIAOcMDAI7DAwDjwwMAOMQDAI3EAwDixAMAN8UDAPsBAwCjBQIAa4gMABc8AgBOBQIAs5YLAAH3BwCdBAkATgUCADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwC3nAEADJ0BAFGrAwCmqwMALRkPAGqMCQC/jAkAAAAAABuPAAAajwEAFzwCAGNFAgDaygUATgUCAOYYAQA7GQEA8lcLAEdYCwCcWAsA8VgLALOWCwC4RgEADUcBAO65AgAajwEAAfcHAC0ZDwBHDgAATgUCALOWCwAIlwsAXZcLALKXCwAHmAsAXJgLALGYCwBCEQIAlxECAE4FAgCjBQIANxUJAIwVCQDhFQkARw4AAE4FAgAzwQsAiMELAN3BCwBHDgAAVQAAALXsCACbswYA2SYAADnFAQCOxQEA48UBAFChDgDVKAIAa5QAAMCUAAAW6QAAwuUCANPWAACCJgIAnaoNAAdLAwBvjwEAQhECAPsBAwA9GAAAkhgAABFDAQDGjAIA1RsPAENaDQAB9wcALRkPAIIZDwDXGQ8ALBoPAIEaDwDWGg8AKxsPAIAbDwD7AQMARw4AAHaHAgD9UgUAUlMFAE6xAAC3SAAA+wEDABc8AgBjRQIAz4MCAPCzBgDuuQIADekJAGLpCQBsPAIA4xoCALecAQDurg0AghwMANccDAAsHQwAgR0MANYdDABOsQAAzYYBABc8AgBjRQIAghwMANccDAAsHQwAgR0MANYdDAArHgwAgB4MANUeDAAqHwwAfx8MANQfDAApIAwAf9QBANTUAQAM8QIAYfECAO6uDQCCHAwA1xwMACwdDACBHQwA1h0MACseDACAHgwA1R4MACofDAB/HwwA1B8MACkgDABVAAAAqgAAADlvAgCFGQwAjB4AAENaDQAbjwAARw4AAIweAADhHgAAFZUAAGuUAADAlAAAFukAAMLlAgDT1gAAgiYCAJ2qDQAHSwMAb48BAEIRAgD7AQMAAKoAAFWqAACqqgAAxowCANUbDwBDWg0AAfcHAC0ZDwCCGQ8A1xkPACwaDwCBGg8A1hoPACsbDwCAGw8A+wEDAEcOAAB2hwIAt+gKAAzpCgCn+wcAq1MBAOyxDAD7AQMAQhECAOYYAQCn+wcAPRgAALdIAADNhwAAsksCAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCADjHAAC3nAEARw4AAIweAACsRwwAZuQKAOMaAgCqpAYAsksCAM2HAAC/jQgATgUCAGg3CwC3OQ8ADDoPAGE6DwC/jQgA+wEDAEpeAgCgUwwA9VMMAEpUDACfVAwAGo8BAGOaAgC4mgIADZsCAGuUAADNhwAAi2UPAE4FAgAbKw8A7LQJALdIAABOBQIAGysPANkmAABOBQIA5hgBAKf7BwD8+wcAOxkBABc8AgDAlAAA5hgBAEyyAQChsgEAX0kCAPqnCAC36AoAAfcHAE4FAgDjGgIA034DAE4FAgASjAwAdSYPAJIYAAARQwEADEkAAGFJAADGiwMATgUCALOWCwC4RgEADUcBAO+uDABErwwAma8MAEIRAgCXEQIAGysPAIloDgDkZAwAOWUMALfnCwAM6AsAowUCAPgFAgClTgwA+k4MAE9PDACkTwwA+U8MAE5QDACjUAwA+FAMALOWCwAIlwsAOW8CAIUZDACMHgAAaDcLALc5DwAMOg8AYToPAE6xAAA+vwIAUPUPAEIRAgBRpQkApqUJADPBCwCIwQsA3cELAHvOCwDQzgsAdNEPAGNFAgA/uwUALsoHAE4FAgAAAAAALXEMAE4FAgBRpQkAzYcAAHUmDwAB9wcAt5wBAO6uDQAB9wcAaDcLADQTDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQDLMgIA+wEDAIAnAwDVJwMAKigDAOloAwA+aQMAk2kDAOhpAwA9agMAEowMALJLAgASjAwAsksCAAAAAADNewwATgUCAAH3BwDhagkArEYNAAFHDQBWRw0Aq0cNAPsBAwDjGgIA034DALdIAAC36AoA+AQDALJFCADNhwAAOW8CAFGlCQDNhwAAksEBAE4FAgCjBQIA+AUCAE0GAgCiBgIAtzkPAAw6DwBhOg8APRgAALdIAADNhwAABvgBAE4FAgBoNwsAtzkPAAw6DwBhOg8A5xEHAOy0CQBwjwAA67wCAMx8DAAtGQ8At0gAALfoCgCbswYAt0gAALfoCgDNhwAAOW8CAGNFAgDMfAwALRkPALdIAAC36AoAm7MGALdIAAC36AoARw4AAL+UAQAUlQEAaZUBAL6VAQBNUQwAolEMAE4FAgDjGgIA034DAE4FAgDmvAcAv5QBABSVAQBplQEAvpUBAFUAAAC4RgEADUcBAOYYAQBMsgEAxOIDAIweAADhHgAAY0UCADHNAQDL2QUAm7MGALdIAAB5KwYA5xEHAOYYAQCppgUAGo8BAG+PAQBsPAIAIogAAGuUAADjGgIAzYcAACKIAABKXgIATgUCAOYYAQA7GQEARw4AAHaHAgBOBQIAaowJAL+MCQDPgwIAt+YMAD0YAAC3SAAATgUCAFyeBQA+vwIAk78CAOi/AgA9wAIAt5wBAM2HAACSwQEAdocCAJ+xBACzlgsAuEYBAA1HAQDvrgwARK8MAJmvDADurwwATgUCAFyeBQCxngUAVfEOAKrxDgD/8Q4AVPIOAKnyDgD+8g4ATgUCANPWAAAajwEAPBMGAAxJAABOBQIAaDcLADQTDgCJEw4A3hMOAJETBgBcngUAsZ4FACKHAQDDigcAa5QAAEcOAADrvQEAyzICAKGkDwD2pA8A7LEMAEGyDAAajwEAPBMGALfoCgAB9wcATgUCANPWAAAajwEAPBMGAAxJAABOBQIAXJ4FALGeBQAihwEAd4cBABuPAADjGgIAt0gAALfoCgCCxgwA18YMANzADQDZJgAAOcUBAI7FAQDjxQEAkrYMAOe2DAA8twwAkbcMAOa3DADnEQcA5xEHAIloDgC/3Q0AeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJALdIAABOBQIAM8ELAIjBCwAbKw8A2SYAAGuUAAAB9wcALRkPAAH3BwBOBQIAv90NAHkrBgDOKwYAIywGAHgsBgDNLAYAIi0GADIZCgDdwAwAMsEMAEcOAAB2hwIAv90NAHkrBgDOKwYAIywGAAH3BwBOBQIAGysPAOy0CQC3SAAATgUCADPBCwCIwQsA9QcDAJa0CgBp3g0ALMcMAIHHDADWxwwAK8gMAIDIDADVyAwAKskMAH/JDADUyQwAKcoMAMjVDAAd1gwActYMAMfWDAD1BwMAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAMhkKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQASjAwA2SYAALdIAAC36AoARFoMAL/dDQB6Ig4AFN8MAOMaAgCaVg8AEowMAHUmDwDKJg8AM8ELAIjBCwCwPxAABUAQAFpAEAB1Jg8ATrEAAGuUAAAbKw8A2SYAAE4FAgBoNwsAtzkPAAw6DwBhOg8ATgUCAAPxCwBY8QsArfELAALyCwCLHQIANBMOAIkTDgDE4gMAaDcLADQTDgCJEw4AxOIDAAPxCwBY8QsA5xgAAGg3CwC3OQ8ADDoPAGE6DwC3OQ8ADDoPAGE6DwBrlAAAGo8BAO65AgAN6QkATgUCABuPAABwjwAAHeEBAHLhAQDH4QEAHOIBAHHiAQDG4gEAG+MBAHDjAQC45QwADeYMAGLmDABOBQIAG48AAHCPAADT1gAAgiYCANcmAgBDBQ0AAfcHAE4FAgBoNwsANBMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBANkmAAAuJwAAwJQAABbpAADC5QIAQhECAJcRAgAB9wcATgUCAAPxCwBY8QsArfELAALyCwCLHQIANBMOAPcGAgBMBwIAoQcCAPYHAgBOBQIA5rwHADm6DABOsQAATrEAAGuUAABHDgAA09YAAIImAgB3zw4AzM8OAAPxCwBY8QsArfELAALyCwCLHQIANBMOAPcGAgBMBwIAoQcCAPYHAgBLCAIANBMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAAdLAwDvAw0ARAQNAJkEDQDuBA0AAAAAAD0YAAAHSwMAXEsDALfoCgBEWgwAFukAAGvpAACjBQIA+AUCAL+NCABHDgAAv90NAHoiDgAU3wwAXJ4FALGeBQAGnwUAW58FALCfBQAFoAUAzHwMACF9DAA2awkAGysPADwSBwCREgcAs5YLABqPAQBvjwEA5rwHAK/sDgAE7Q4AOW8CAGqMCQC/jAkAP7sFAJS7BQA5ugwATrEAAE6xAABrlAAAa5QAAOMaAgCaVg8AEowMAOMaAgC3nAEAP7sFAC7KBwBOBQIAs5YLALhGAQANRwEABEMOAFlDDgCuQw4AA0QOAFhEDgAbKw8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAHkrBgBrlAAARw4AAE4FAgAbKw8A2SYAAE4FAgAbjwAAcI8AAOu8AgBAvQIAlb0CAOq9AgA/vgIAlL4CAAPxCwAD+wEAAFMCAD0YAACSGAAAim4HAGuUAAC3SAAAEEMCAGVDAgC6QwIA8A4BAPpWBAAbKw8A4xoCADHNAQDL2QUAm7MGALdIAABOBQIAx4EMAByCDABxggwAxoIMAAPxCwBY8QsA5xgAABKMDACySwIAB0wCAFxMAgCxTAIABk0CAFtNAgCwTQIA5hgBAKf7BwC3SAAADEkAAOK7DAAB9wcATgUCAO6uDQAB9wcATgUCAAZECwDnEQcAPBIHALdIAAB5KwYA5xEHAK6dCQD7AQMAG48AAHCPAADT1gAAKNcAAGw8AgCLZQ8AXvYAAAj2AQAGRAsAW0QLABsrDwCunQkATgUCABKMDAAwdAYABkQLAD0YAACSGAAAim4HAGuUAAAGRAsAW0QLAO65AgBDugIAmLoCAO26AgAzwQsAiMELAMSPAQDnEQcAiWgOAJ9eAgDT1gAAGo8BADwTBgAMSQAA/VIFAD23CwC3SAAADEkAANN+AwAsJwIAgScCANYnAgArKAIAgCgCAKMFAgD4BQIAv40IAEcOAAAD8QsAB0sDABKMDAB4Iw8AzSMPACIkDwB3JA8AzCQPAG+PAQBCEQIAVvIMANkmAAAuJwAAwJQAAGNFAgA9GAAATrEAAGuUAABQoQ4AcdQPABKMDAAKPQ4A2XIJABuPAADNhwAAv40IACwnAgCBJwIAGdcPAG7XDwC83g8AEd8PAGbfDwC73w8AEOAPAGXgDwC64A8An7EEADPBCwCm+AsA+/gLAAPxCwBY8QsArfELAALyCwAGRAsAt0gAAP1SBQA9twsAa5QAAAZECwDZJgAAOcUBAL+NCABHDgAAjB4AAAZECwBx1wwA/VIFAD23CwC3SAAADEkAANN+AwBX8gsA+AUCAL+NCABHDgAAFucCAPsBAwD7AQMAwoYMABeHDABshwwAwYcMABaIDAAjewwAeHsMABsrDwAXPAIATgUCAAPxCwBrlAAAzYcAADlvAgBOBQIAaDcLAL03CwAB9wcATgUCABsrDwDZJgAATgUCADPBCwCIwQsAPF4QAAufAADMfAwAnQQJAGuUAABHDgAATgUCAAPxCwBY8QsArfELAALyCwCLHQIANBMOAIkTDgDE4gMAEowMAO65AgBDugIAGo8BAGOaAgDNhwAA4xoCALecAQAgMwIAPbcLAJK3CwDntwsAPLgLAJG4CwDmuAsAO7kLAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD1BwMAeSsGAM4rBgAjLAYAAfcHAE4FAgAbKw8A7LQJALdIAABOBQIA09YAAIImAgAajwEAPBMGAHkrBgBvjwEAQhECAE4FAgCjBQIAa4gMABc8AgBOBQIAGysPADwSBwCREgcAnlkIAPNZCABIWggAnVoIAPJaCADAlAAAFukAAMLlAgDDhA0AGIUNAG2FDQDChQ0AF4YNAGyGDQDBhg0AFocNAGuHDQDAhw0AFYgNAGqIDQC/iA0AFIkNAGmJDQC+iQ0A+AQDAIYgBADbIAQAMCEEAIUhBADaIQQALyIEAIQiBADZIgQALiMEAIMjBADYIwQALSQEAIIkBADXJAQALCUEAPgEAwCGIAQA2yAEADAhBACFIQQA2iEEAC8iBACEIgQA2SIEAC4jBACDIwQA2CMEAC0kBACCJAQA1yQEACwlBABCEQIAQhECABc8AgBjRQIAQhECAGbkCgCySwIAt+gKAGuUAADAlAAAFukAAMLlAgA9GAAAB0sDAG+PAQBCEQIATgUCAOa8BwCMHgAAngUHAO6uDQCbswYAt0gAALfoCgAB9wcATgUCAL/dDQAU3g0Aad4NAILEDgDmvAcAr+wOAATtDgA5bwIAt0gAAFUAAACKwAoA38AKALdIAACx9gIAaowJAL+MCQA/uwUAksEBAJwOAACunQkA+wEDADoYAwCPGAMA5BgDADkZAwCOGQMA4xkDADgaAwCNGgMA4hoDAOy0CQC3SAAAVQAAAAufAAC3SAAATgUCAKMFAgAXPAIARlsJAOYYAQBOBQIA5rwHACYhDgB7IQ4AGo8BAFyeBQCjsQAA7q4NAEOvDQAU3g0Aad4NAE/4DQCk+A0AmwAPAPAADwBFAQ8AmgEPAOcRBwAXPAIASl4CAJ9eAgAB9wcATgUCAL/dDQAU3g0Aad4NAE/4DQCk+A0AmwAPAPAADwBFAQ8AmgEPADlvAgBrlAAAAfcHAE4FAgC/3Q0AFN4NAGneDQBP+A0ApPgNAJsADwDwAA8ARQEPAJoBDwBrlAAAzYcAAEpeAgCfXgIAAfcHAE4FAgC/3Q0AFN4NAGneDQBP+A0ApPgNAJsADwDwAA8ARQEPAJoBDwCjBQIA+AUCAE0GAgCiBgIAQQYOAJYGDgDrBg4ApKMNAPmjDQBOpA0Ao6QNAPikDQBNpQ0At5wBAO6uDQBDrw0AmK8NAE4FAgC/3Q0AFN4NAGneDQBP+A0ApPgNAJsADwDwAA8ARQEPAJoBDwAMnQEA09YAAE4FAgC/3Q0AFN4NAGneDQBP+A0ApPgNAJsADwDwAA8ARQEPAJoBDwBHDgAATgUCAKMFAgD4BQIATQYCAKIGAgBqjAkAv4wJAEcOAACStgwAt5wBALdIAABOBQIA5rwHADm6DACbAA8A8AAPAEUBDwCaAQ8AAAAAACvHDQBOBQIAowUCAPgFAgBNBgIAV0cMAGg3CwC3OQ8ADDoPAGE6DwCunQkAa5QAAOa8BwCMHgAActUNAMfVDQAc1g0ATgUCABsrDwC/3Q0AFN4NABjaDQBt2g0AwtoNABfbDQBs2w0AwdsNAE4FAgAbKw8At5wBALecAQDurg0Am7MGALdIAAB5KwYAb48BAP8AAACWBQ8ARw4AAE4FAgATiQ4AgMcNALdIAAAbjwAAVQAAAE6xAACjsQAAL3kCAIR5AgDZeQIA5hgBADsZAQDyVwsAR1gLAJxYCwDxWAsAzYcAADlvAgAB9wcAnQQJANPWAAA9GAAATrEAAKOxAAAveQIAhHkCANl5AgC3SAAAt+gKAILGDAD6+AwAT/kMAKT5DAD5+QwATvoMAKP6DACMHgAARw4AAAAAAAAAAAAAAAAAAFyeBQCxngUABp8FAGPkDQC45A0ADeUNAEcOAACcDgAAt5wBAO6uDQDLMgIAt5wBAAydAQD+nA8Ab48BANkmAADT1gAAgiYCAJ2qDQChpA8AwJQAABbpAADC5QIAAfcHAC0ZDwDjGgIAOBsCAMY3AgD9UgUAA5sMAFibDADuuQIAQ7oCAJi6AgBkQgQAAfcHAFb3BwAQiw8AeSsGAOcRBwCunQkATgUCANPWAACCJgIAnaoNAAdLAwBvjwEAQhECAMx8DAAtGQ8AghkPANcZDwAsGg8AgRoPANYaDwArGw8AeSsGAOcRBwCunQkATgUCANPWAACCJgIAnaoNAAdLAwBvjwEAQhECAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAPsBAwC/3Q0AFN4NAGneDQBP+A0ApPgNAPn4DQBO+Q0Ao/kNAKMFAgD4BQIATQYCAKIGAgBBBg4Am7UEAPC1BACIbAsAPbcLAMrYBwCdBAkA7LQJALdIAABOBQIAAAAAAC0ZDwDAlAAAFukAAGvpAAAAAAAAAAAAAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAEa1BAD6og0AT6MNAILEDgCjBQIANxUJAIwVCQDhFQkAAAAAAOkIDgBCvAEA2SYAADnFAQCOxQEAXPYCAPsBAwBoNwsANBMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDbbQwAMG4MAGqMCQC/jAkAMc0BAMvZBQCbswYAt0gAAHkrBgDnEQcArp0JAE4FAgAzwQsAiMELAKtTAQDssQwAQbIMAJayDADrsgwAQLMMAJWzDADqswwAP7QMAJS0DADptAwAEowMADB0BgAD8QsAWPELAIpuBwBQoQ4A8GICAEVjAgCaYwIA72MCAE4FAgBoNwsANBMOAIkTDgDeEw4AkRMGAFyeBQCxngUAIocBAHeHAQD4TQ8A5hgBAKmmBQAajwEAb48BAAdLAwBvjwEAQhECAE4FAgAzwQsAiMELAA84DgBkOA4AQAYPAJUGDwDEOQIAuTgOAJ+xBAAAAAAATgUCABuPAABwjwAALHIMAIFyDADWcgwAK3MMAIBzDADVcwwAKnQMAH90DAC3OQ8ADDoPAGE6DwDjGgIAmlYPALdIAADT1gAAa5QAAGuUAAA9GAAATgUCAL/dDQAU3g0Aad4NAFUAAACqAAAA/wAAAJ+xBAAPOA4AZDgOAJ+xBAC3SAAAxDkCALk4DgCfsQQAAAAAAE4FAgC/3Q0AH9EPABqPAQDE4gMAGeMDAG7jAwAU3g0Aad4NACzHDACBxwwA1scMACvIDACAyAwA1cgMACrJDAB/yQwA1MkMACnKDADI1QwAHdYMAHLWDADH1gwAHNcMAEpeAgCgUwwAAfcHAD0YAABfSQIAi2UPAO8MBADfHgIANB8CAF72AAAI9gEAdtgGAD6/AgCTvwIA6L8CACKIAAAXPAIARlsJAEcOAADrvQEAb48BAAdLAwDE4gMA3x4CAPRUDAAB9wcATgUCADPBCwCIwQsAt0gAALfoCgCCxgwA18YMADwSBwCREgcAnlkIALdIAAAQQwIAGysPAK6dCQBOBQIA5rwHAIweAABy1Q0Ax9UNABzWDQDVKAIAzYcAAL+NCAAUjggAaY4IAFyeBQA+vwIAk78CAOi/AgDjGgIAzYcAACKIAAC3nAEAzYcAAEpeAgCp9AwA/vQMAFP1DACo9QwA/fUMAFL2DABqjAkAPbcLAO9iAwBEYwMARFoMABbpAAA9twsAVQAAALdIAAC36AoAAAAAAAAAAAAAAAAA4xoCAJpWDwDZJgAAa4gMABc8AgBjRQIAEowMAL+NCAAUjggATAkAAKEJAADHgQwA4rsMADe8DADNhwAA2SYAALdIAAC36AoARFoMAE4FAgASjAwAv40IABSOCABMCQAAoQkAAMeBDADiuwwAN7wMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAMeBDADiuwwAN7wMAGg3CwDNhwAAIogAALJFCABMCQAAoQkAAMeBDADiuwwAN7wMAGRCBABvjwEAv5QBAG+PAQC17AgAbS4PAMIuDwAXLw8AbC8PAAAAAACjBQIA+AUCAE0GAgDlYQ4AOmIOAE4FAgC/3Q0AFN4NAGneDQCCxA4ASl4CAAAAAABOBQIAv90NABTeDQBp3g0AgsQOAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMALOWCwAIlwsAdNMNAKMFAgD4BQIATQYCAFyeBQA+vwIAHOECAE6xAABrlAAAngUHALecAQDurg0AAfcHACYhDgB7IQ4A0CEOACUiDgB6Ig4AzyIOAMx8DAApHBAAfhwQAGw8AgCySwIAeSsGAOcRBwCunQkA1SgCAOYYAQBHDgAAv90NABTeDQBp3g0AgsQOALOWCwAIlwsAdNMNAKMFAgD4BQIATQYCAOa8BwA5ugwAGo8BADwTBgC36AoAgsYMAMsyAgDLMgIAynwOAE4FAgCjBQIA+AUCAE0GAgCiBgIAtzkPAAw6DwBhOg8AowUCABc8AgBGWwkA5hgBABsrDwCJaA4AM8ELAEIRAgA9GAAAkhgAABc8AgBjRQIA2soFAE4FAgAbjwAAcI8AAN1rDAAybAwAh2wMANxsDAAxbQwAhm0MAJELDgByfw4Ax38OAByADgArxw0AIN4BAHLVDQDH1Q0AHNYNAE4FAgDHgQwA4rsMADe8DAAY2g0AbdoNAMLaDQAX2w0AbNsNAMHbDQBOBQIAx4EMAOK7DAA3vAwAzYcAACKIAACyRQgATgUCAOa8BwCMHgAActUNAMfVDQAc1g0ATgUCAMeBDADiuwwAN7wMAL/dDQAU3g0AGNoNAG3aDQDC2g0AF9sNAGzbDQDB2w0ATgUCAMeBDADiuwwAN7wMAAAAAAAG+AEAt0gAABuPAAAXPAIAY0UCAFChDgBVAAAAqgAAAIAnAwDVJwMAKigDAH8oAwBoNwsANBMOAPcGAgBMBwIAoQcCAPYHAgBLCAIA7RACAGqMCQA9twsAXJ4FALGeBQAGnwUAA/ELAF9JAgC0SQIAAAAAAFChDgCloQ4AfxwPANQcDwApHQ8Afh0PAFdHDACzlgsACJcLAHTTDQD7AQMAfR4PANIeDwAnHw8A+wEDAE4FAgAbjwAAcI8AAAdLAwA8EwYAkRMGADHNAQD1pg4AVQAAABqPAQA8EwYAt+gKAERaDADuuQIAGo8BAG+PAQDvYgMAzYcAABOKDQADnQoAs5YLALecAQDNhwAAsksCANkmAABriAwAFzwCAOYYAQBOBQIA5rwHADm6DAAajwEAPBMGALfoCgA9twsAkrcLAE4FAgCjBQIANxUJALM+DgAIPw4AXT8OALI/DgAHQA4AXEAOALFADgASjAwA2SYAALdIAAC36AoARFoMAB59DwBzfQ8AyH0PAB1+DwByfg8Ax34PAIUZDABOBQIAowUCAGuIDADAiAwAFYkMAOa8BwAmIQ4AeyEOANAhDgAlIg4Ar+wOAATtDgA5bwIAt0gAALfoCgASjAwA4xoCAKKlDQD3pQ0At0gAALfoCgA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAsugPAPgFAgBNBgIAogYCANzADQAxwQ0AhsENAGuIDADAiAwAFYkMAOa8BwAmIQ4AeyEOANAhDgAlIg4Ar+wOAATtDgA5bwIAt0gAALfoCgASjAwA4xoCAKKlDQD3pQ0At0gAALfoCgA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAsugPANvBDQAwwg0AhcINAJLBAQBOBQIAAAAAAE4FAgCjBQIA+AUCAE0GAgDkZAwAOWUMAAAAAABqjAkAPbcLAJK3CwD7AQMAaDcLAJ4FBwDzBQcAi2UPAO8MBACMHgAAAfcHAPsBAwAajwEAb48BANkmAABriAwAwuUCAFz2AgCx9gIAv90NABTeDQBp3g0AgsQOANfEDgDJ0g4AHtMOAHPTDgDpDAoAPg0KAJMNCgDkZAwAOWUMAGg3CwC3OQ8ADDoPAGE6DwDoDQoAQQYOAJu1BADwtQQALhwLADQTDgBijRAAt40QAAyOEABhjhAAs5YLALecAQDurg0AQ68NAJLBAQCMHgAAaowJAL+MCQAUjQkADUYCAFChDgAg3gEAdd4BAEK8AQBRpQkA9FQMAJ4FBwCCJgIAnaoNAAdLAwBvjwEAQhECAFz2AgCx9gIAv90NABTeDQBp3g0AgsQOANfEDgDJ0g4AHtMOAHPTDgB2hwIAy4cCAHUmDwAB9wcAVvcHADlvAgAB9wcA1SgCAOcRBwDstAkAa5QAAMCUAAAW6QAAwuUCAH/UAQDU1AEAt5wBAO6uDQC3SAAAt+gKAL/dDQDNhwAAksEBAA84DgAajwEAY5oCAAH3BwBOBQIAowUCAPgFAgBNBgIAogYCAOa8BwA5ugwATrEAAE6xAABrlAAARw4AAOu9AQDZJgAAsugPAEcADgCcAA4A8QAOAEYBDgCbAQ4AUKEOAKWhDgD6oQ4Ar+wOAEz6DgCh+g4A9voOAEv7DgBFAg4AmgIOAO8CDgBOBQIATgUCAPsBAwDmGAEA5hgBAKmmBQA5bwIA034DAE4FAgAG+AEAW/gBALD4AQAF+QEAWvkBAK/5AQA9GAAAa5QAALdIAAA8wgEAAfcHAFUAAAC17AgAAfcHALdIAADNhwAAv40IAE4FAgC/3Q0AFN4NAGneDQCCxA4A+AUCAE0GAgCiBgIA5rwHADm6DABOsQAATrEAAGuUAABHDgAA670BANkmAACy6A8A09YAAIImAgB3zw4Aa5QAAMCUAABjRQIAv90NABTeDQBp3g0ATrEAAM2GAQB/1AEA1NQBALecAQDurg0At0gAAL/dDQAU3g0Aad4NABKMDAB4Iw8AzSMPACIkDwB3JA8AzCQPACElDwB2JQ8AyyUPAPsBAwAAAAAAAAAAABqPAQDE4gMADzgOAGuUAABVAAAAuEYBAGNFAgDPgwIAPr8CALJLAgC36AoATrEAAAAAAABx1A8AowUCAPgFAgBNBgIAogYCADjGAQAW2g8AJiEOAHshDgDQIQ4AJSIOAPsBAwCjBQIA+AUCAE0GAgDkZAwAOWUMAGg3CwC3OQ8ADDoPAGE6DwCSwQEA58EBADzCAQCRwgEA5sIBADvDAQCQwwEARw4AACwnAgA9GAAATgUCAGg3CwC3OQ8ADDoPAGE6DwAbKw8Aw4oHABiLBwBtiwcAwosHABeMBwBsjAcAwYwHAOcRBwC3SAAADEkAAGFJAADGiwMATgUCAGg3CwC3OQ8ADDoPAGE6DwA9GAAAAfcHAOFqCQBvjwEAQhECAPsBAwBoNwsANBMOAL4yDwATMw8AaDMPAL0zDwBHDgAAzYcAAAWfBgBVAAAAt5wBAOMaAgCipQ0A96UNAEymDQChpg0At5wBAO6uDQBDrw0AmK8NAO2vDQBOBQIAGysPANkmAABOBQIAv90NABTeDQBp3g0AwJQAABbpAADC5QIAt0gAALfoCgCCxgwA18YMAMx8DAAhfQwAUEwOAKVMDgD6TA4AT00OAKRNDgD5TQ4AV/ILADcVCQCzPg4ACD8OAF0/DgCyPw4ATgUCAOMaAgCaVg8A2SYAAGuIDAAXPAIAY0UCADPBCwA8EwYARw4AAE4FAgCzlgsACJcLADlvAgBjRQIAPRgAALdIAABOBQIAEowMAHUmDwAB9wcATgUCANPWAACCJgIAd88OAMzPDgBcngUAPr8CABzhAgBOsQAAa5QAAJ4FBwC3nAEA7q4NAAH3BwC3SAAAEEMCAGVDAgC6QwIAQ1oNAENaDQDwDgEAa5QAAMCUAAAW6QAA1SgCACopAgB/KQIA1CkCACkqAgDVKAIA2SYAADnFAQCOxQEAt+cLAAzoCwAAAAAA9QcDAJa0CgBp3g0AlQcOAPgFAgBNBgIAogYCACwnAgAsJwIAa5QAAM2HAAB1Jg8ATrEAABc8AgBjRQIAP7sFALJLAgB5KwYA5xEHAK6dCQBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAOFzAACySwIAeSsGAMTiAwDZJgAANxUJAGuUAAAB9wcAAfcHAC0ZDwCCGQ8AtewIAG0uDwDCLg8ALRkPAD0YAABOsQAA034DAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAVQAAAFUAAAC3nAEAZEIEAE6xAAA+vwIAsksCAHkrBgDnEQcArp0JAE6xAADNhgEAorACAB59DwC36AoAq1MBAFP2CwCo9gsAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAD0YAACSGAAAim4HALdIAAD9UgUAA5sMAOZsAgBHDgAAv5QBAGuUAAA9GAAAt0gAAE6xAADNhgEAorACADnDAwCOwwMA48MDADjEAwCNxAMA4sQDADfFAwBtNwYAwjcGABc4BgBsOAYAwTgGABY5BgBrOQYAwDkGAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEAt+gKAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQC3SAAAzYcAABqPAQBvjwEAa5QAAMCUAAC3nAEAzYcAADjHAABwjwAA3WsMALJFCAAHRggAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAGRCBABvjwEAB0sDADwTBgB5KwYAzYcAAL+NCABkQgQA8GICAM2HAACySwIAeSsGAOcRBwCunQkAa5QAAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQCySwIAzYcAAM2HAAAiiAAAd4gAAMyIAAAhiQAAdokAABc8AgBjRQIARw4AAJwOAADstAkAFzwCAE6xAABrlAAA2SYAADnFAQCOxQEAt+cLAAzoCwBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAEIRAgADnQoAWJ0KADHNAQAB9wcA4xoCAE6xAABOsQAAzYYBAKKwAgA5wwMAjsMDAOPDAwA4xAMAjcQDAOLEAwA3xQMAbTcGAMI3BgAXOAYAbDgGAME4BgAWOQYAazkGAMA5BgAajwEAY5oCALiaAgANmwIAYpsCALebAgAMnAIARw4AAHaHAgDLhwIAsksCALfoCgBrlAAAq1MBAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQB5egwAznoMAGuUAACrUwEAYo0QALeNEAAMjhAAYY4QALaOEAALjxAAYI8QAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwATrEAAM2GAQB/1AEA1NQBALecAQDurg0At0gAAHkrBgDnEQcArp0JAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwAeSsGAM4rBgAjLAYAeCwGAM0sBgAiLQYAdy0GAHXTDADK0wwAH9QMAHTUDADJ1AwAHtUMAHPVDAD+VQEAeXoMAM56DAAbjwAAcI8AAN1rDACyRQgAB0YIAFxGCACxRggABkcIAFtHCADhagkA5xEHAGuUAACrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwARw4AAGTtAwC57QMA7q4NAKtTAQAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAeXoMAM56DADvDAQARA0EAJkNBADuDQQAQw4EAJgOBADtDgQAQg8EAJcPBADsDwQAQRAEAP5VAQB5egwAznoMANkmAAC3nAEA034DANPWAACCJgIA034DAEcOAABk7QMAue0DAO6uDQCrUwEAAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEA/lUBAHl6DADOegwAkhQEAOcUBAA8FQQAkRUEAE4FAgD7AQMADEkAAHPSDwDI0g8AHdMPABc8AgBGWwkA09YAAIImAgDjGgIAt5wBAE4FAgBoNwsANBMOAPcGAgBMBwIAoQcCAPYHAgBLCAIAAAAAAE4FAgBqjAkAv4wJAM+DAgC35gwADOcMAGHnDAC25wwA5rwHAA45DgBjOQ4AuDkOAA06DgBiOg4AtzoOAOa8BwAOOQ4AYzkOALg5DgANOg4AYjoOALc6DgBoNwsANBMOAPcGAgBMBwIAoQcCAPYHAgBLCAIAUKEOAHHUDwASjAwACj0OANlyCQAbjwAAzYcAABKMDAAKPQ4A2XIJABuPAADNhwAAv40IAE4FAgBQoQ4AcdQPAMbUDwAb1Q8AcNUPAMXVDwAa1g8Ab9YPAMTWDwAbjwAAt5wBALecAQBOBQIAzHwMACF9DAB2fQwAy30MAC4YDwBvjwEAQhECAE4FAgAzwQsAPBMGALfoCgAM6QoARw4AANkmAAC3SAAATgUCAFyeBQCxngUABp8FAI+3DgDktw4AObgOAI64DgBCEQIAUaUJAKalCQBOBQIAXJ4FALGeBQAGnwUAj7cOAOS3DgA5uA4AjrgOADjHAABHDgAAjB4AAAH3BwBOBQIA4xoCANN+AwD7AQMAIN4BAMbUDwC9NwsAAfcHAE4FAgAbKw8A2SYAAE4FAgAzwQsAiMELAD0YAABrlAAAwJQAAE4FAgBoNwsANBMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBAP5VAQDmvAcAr+wOAATtDgAgiAIAdYgCAE4FAgC/3Q0A/VIFAAObDABYmwwArZsMAFChDgCloQ4AUKEOAKWhDgD6oQ4AT6IOAFyeBQA+vwIAUPUPAKX1DwD69Q8AT/YPAKT2DwD59g8ATvcPAKP3DwBQoQ4ApaEOABKMDADjGgIAoqUNAO65AgAN6QkAaDcLADQTDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEA09YAAIImAgB3zw4AzM8OAL/dDQAf0Q8AYUkAAGOZAwAhfQwAFzwCAGNFAgDPgwIAt0gAAE4FAgBcngUAPr8CAFD1DwCl9Q8A+vUPABsrDwDZJgAATgUCAL/dDQAf0Q8AYUkAAKMFAgBriAwAt5wBALecAQAMnQEA09YAABqPAQBvjwEAQhECAE4FAgBoNwsANBMOAABUAQBVVAEAqlQBAP9UAQBUVQEAqVUBABuPAAAXPAIALhgPAG+PAQBCEQIATgUCAMeBDAAcggwAdSYPAAH3BwC3nAEAZEIEAG+PAQBCEQIATgUCABsrDwDZJgAATgUCAL/dDQAf0Q8AYUkAADwJEACRCRAA5gkQADsKEACQChAA5QoQADoLEACPCxAA5AsQADkMEACODBAA4wwQADgNEAAsJwIAgScCADIUDwB1Jg8AkhgAABFDAQAMSQAAYUkAAMaLAwBOBQIAaDcLADQTDgAAVAEAVVQBAKpUAQD/VAEAVFUBAKlVAQD+VQEAGysPAMOKBwAYiwcAbYsHAMKLBwAXjAcAbIwHAMGMBwCOugwA47oMADi7DACNuwwA+wEDAAAAAAAAAAAAAAAAAE4FAgAD8QsAPF4QAJFeEADmXhAAM8ELAIjBCwCwPxAABUAQAFpAEACvQBAABEEQABKMDAAuygcAAfcHANN+AwDNhwAAOW8CAD0YAABOBQIAEowMAC7KBwAB9wcAs5YLAD0YAAA8XhAAkV4QAOZeEAAzwQsAiMELALA/EAAFQBAAWkAQAK9AEAAEQRAAEowMAC7KBwAB9wcARw4AAHaHAgDLhwIAv40IABSOCABCEQIAA50KAOYYAQBOBQIAM8ELAIjBCwCwPxAABUAQAFpAEACvQBAABEEQAOMaAgA4GwIAoqwGAOu8AgC3nAEA7q4NADPBCwCIwQsAsD8QAAVAEABaQBAAr0AQAJcRAgBOBQIAQhECAAOdCgBYnQoAA/ELADxeEACRXhAA5l4QADPBCwCIwQsAsD8QAAVAEABaQBAAr0AQAARBEABVAAAAuEYBAA1HAQDuuQIAGo8BAAH3BwAtGQ8AwJQAAIUZDAB2hwIA/VIFAAObDACySwIAt+gKAEIRAgDTfgMA+wEDAJIUBADnFAQAPBUEAJEVBADT1gAAGo8BADwTBgAMSQAATgUCAGg3CwA0Ew4AAFQBAFVUAQCqVAEA/1QBAFRVAQCpVQEALCcCAIEnAgC/3Q0AeiIOABTfDABqjAkAv4wJAMCUAAA9twsAkrcLAE4FAgCzlgsACJcLAHTTDQBVAAAA5hgBAE4FAgBoNwsAtzkPAAw6DwAAAAAAYToPAFXxDgCjAgUAqaYFAHUmDwAB9wcATgUCAKMFAgD4BQIATQYCAKIGAgDT1gAAGo8BADwTBgAMSQAATgUCAGg3CwA0Ew4AiRMOAN4TDgCREwYAXJ4FALGeBQAihwEALXEMAIJxDACCcQwAeSMOAEK8AQA4vgkAjb4JAOK+CQAZ2A4AbtgOAFUAAAC4RgEADUcBAO+uDABErwwAma8MAO6vDABOBQIAXJ4FALGeBQBV8Q4AqvEOAP/xDgBU8g4AqfIOAP7yDgBkQgQAVvIMAKvyDACbswYA034DAE6xAACjsQAA2RoMAC4bDACDGwwAt+cLAAzoCwBrlAAAwJQAABbpAADC5QIAQhECAJcRAgDNhwAAH9EPAGFJAADGiwMAG4wDABKMDABnjAwAvIwMAL/dDQAU3g0Aad4NAJUHDgD4BQIATQYCAORkDAA5ZQwAeiIOABTfDADmvAcAjB4AAGuUAAC/3Q0AH9EPAGFJAACjBQIAsugPAAfpDwBc6Q8AsekPAOa8BwCv7A4ABO0OACCIAgB1iAIATgUCAL/dDQD9UgUAA5sMAFibDABqjAkAv4wJAFChDgAXPAIAPbcLAJK3CwBOBQIA5hgBAKmmBQDuuQIADekJAGuIDAAXPAIATgUCAOYYAQA7GQEAFzwCAGNFAgAzwQsAiMELANkmAABriAwAFzwCAOYYAQCppgUAsksCAHkrBgDnEQcAa5QAAJuzBgAciAYAt0gAAHkrBgDnEQcArp0JAE4FAgCjBQIA+AUCAE0GAgCiBgIAowUCAGuIDAAXPAIATgUCAL/dDQDNhwAAksEBAB/RDwBhSQAAxosDABuMAwDjDQ8A4g4PADcPDwCMDw8AowUCAPgFAgBNBgIA5WEOADpiDgBOBQIAv90NABTeDQBp3g0AtOoLAAnrCwBe6wsAs+sLAAjsCwBd7AsAsuwLAAftCwAf3QMAdN0DAFXxDgCq8Q4ADPECAGHxAgDurg0A58EBANq/EAAvwBAAdocCANN+AwDTfgMAQL4BAAPsEABjNRIAAfcHABc+AACEwBAA2cAQAAPsEAChoxAAX0sAAJ2lEgBjNRIAAfcHAGM1EgBjNRIAAfcHAAPsEAAlHhIAYzUSAJ2lEgBCEQIA4R4AAPAOAQCdpRIA8A4BALPmEACz5hAAAfcHAC0ZDwDgHwAA8A4BAOLHAADaygUAUZ4QAFGeEABjNRIA2soFAGM1EgBy1Q0A37oQADS7EABRSBEA2r8QAC/AEABZlREAnaUSAEwJAAAD7BAA37oQADS7EADwDgEAjrYQAPP6EQBI+xEAlgMRAEIRAgCz5hAAWuoQAK/qEADavxAAL8AQAAWUEQDmGAEAcdQPALPmEAAxvhAAs+YQAK6dCQA2YhIAUUgRAAPsEAA4thEAYzUSAEwJAABMCQAAys8QAB/QEAB00BAAnaUSAEcOAAArxBAAgMQQACvEEACAxBAA3hARAJ2lEgAU3wwAXPYCAAH3BwCyRQgAAfcHAMrPEAAf0BAArEESAPAOAQDKzxAAH9AQAKxBEgDhHgAA2r8QAC/AEAAJSgIATgUCAKb4CwAD7BAA+wEDALdIAACz5hAAY5oCAAH3BwAD7BAAaz0CACvEEACAxBAAs+YQAIHDEADWwxAAK8QQABPbEQArxBAAE9sRAPrzEQCz5hAAxdQQAMnQEAAe0RAAjrYQAMnQEADvAw0ATgUCAMrPEAAf0BAAys8QAB/QEADKzxAAH9AQANXEEABRSBEAt4sSAAyMEgDLMgIAgcMQAI62EAArxBAAgMQQAMsyAgAB9wcATgUCAJ2lEgBOBQIAYI0SACTLEACvkxIAA+wQAAPsEACfsQQAn7EEAJ+xBAD7AQMAv40IAJpWDwA/twkAmlYPAI64DgCOuA4At0gAALHsDABR8hEAXvYAAEcOAABHDgAAa9kQAB3TDwBe9gAAC+MRAEcOAAAd0w8As+YQALPmEACz5hAAs+YQALPmEACOthAAjrYQALPmEACz5hAAs+YQALPmEACz5hAAs+YQAI62EACOthAAjrYQALPmEACz5hAAs+YQAI62EACOthAAZd8QAI62EACOthAAs+YQAE4FAgBOBQIASU8SAEwJAABJTxIATAkAAGHjEADELg0ATgUCAJ2lEgAXPAIAOL4JAE4FAgBHDgAARw4AALPmEACz5hAAt5wBAK+TEgDKzxAAH9AQAPsBAwAD7BAAnaUSAEcOAAAG6RAATgUCAOm+AgCMHgAA034DAFGlCQA9GAAAAfcHAEdbCAAB9wcAeh4SAAPsEAAdJhIAr5MSAEcOAACQbQIA09YAANPWAADT1gAAnaUSANPWAAC2RwIAi2UPAJ2lEgCQbQIAnaUSAO9jAgC6MxIAgRcSANYXEgBU8BAAnaUSALOPEgAIkBIAaugCAPAOAQCdpRIAvTIQAEwJAACdpRIAVQAAAD0YAAAtGQ8AoaMQANN+AwBs1xEAVQAAALozEgBMCQAATAkAAEwJAABVmREAA+wQAKGjEAB2hwIA034DAJ38EAAa4gMAiMkDADyyEQD0qwoA8qUSAC7KBwCOthAA8/oRAEj7EQDKIxIAi8YDAMrPEAAf0BAArEESADMREQCOthAAnaUSAFmhBQCMxQMAAEQRAI62EACz5hAAs+YQAMrPEAAf0BAAs+YQAFrqEACv6hAAnA4AAAPsEADhFQkA7q4NAAPsEAC83BEAvNwRAAPsEACa/hEAXecQAEkIBAAD7BAAlQQRANrKBQCdpRIATgUCAE4FAgBOBQIA8qUSAE4FAgChoxAAnaUSAE4FAgAD7BAAr5MSAFrqEACv6hAATgUCAFqgBQDUxBEABkQLAJ2lEgAiLQYAnaUSADIZCgBzJhEA4B8AAAPsEACVBBEA6gQRAJ2mEQCdpRIAdocCAO6uDQAD7BAAJR4SAF72AADUxBEAAEQRAPFYCwD3sgAA4xoCAI62EADz+hEASPsRAMrPEABO9REAK8cNAK6VEQChoxAARw4AAPAOAQCKDxEAspERAAeSEQCdphEAt0gAAI62EADz+hEASPsRAMojEgAfJBIAnaYRALdIAACdphEAt0gAAOuuEAApGxEAnaUSAE4FAgCdpRIATgUCAAPsEAAlHhIAUUgRAAPsEABCAhEAlwIRAOwCEQC3jBEATgUCABTfDAAeJhEAA+wQALPmEABa6hAAr+oQAMYoEQCIxwUAoaMQADZiEgD7+AsA8qUSALPmEADypRIAs+YQAA42EQBjNhEAuDYRAEICEQCXAhEA7AIRAEEDEQD9mxEADjYRAGM2EQC4NhEA664QAI4XBQCOthAA8/oRAEj7EQDKIxIAHyQSANjHCgCdpRIAdocCANN+AwCdpRIA1MQRAKGjEACfsQQAjMUDALfoCgCz5hAAWuoQAK/qEADyphEA4B8AAI62EADz+hEASPsRAJ2lEgD7AQMAyiMSAB8kEgAOkwkAnaYRALdIAABlNBEAujQRAA81EQB0JBIAIi0GAGU0EQCz5hAA5QgSAI62EADypRIAs+YQAFrqEADypRIA7q4NAE4FAgCvkxIAWuoQAK/qEABhmAYAA+wQACUeEgCdpRIAaokMAAPsEACdpRIAn1oGACEiEgCOthAA8qUSACvEEACAxBAAAfcHAAKXEQAONhEAYzYRALg2EQCvkxIAWuoQAK/qEACd/BAAdocCAO6uDQAhIhIAnaUSAO6uDQBOBQIAEtwRAAH3BwDuuQIAISISAHYiEgDLIhIA664QAPAOAQAD7BAAnaUSAHoiDgChoxAAhRkMAI62EAAhIhIAjrYQACEiEgCz5hAA8qUSAPKlEgDypRIAs+YQAFrqEACv6hAAQgIRAJcCEQDsAhEA4LgRAHQkEgDJJBIA1MQRAOAfAABBAxEAiBERACEiEgB2IhIAyyISACAjEgCvkxIAXecQAJerEgCOCxEA4wsRAJerEgBlNBEAISISAI62EADz+hEASPsRAI62EADz+hEASPsRAJ2lEgDu/xEARFoMAJ2lEgDurg0AnaUSAOO/BwChoxAATgUCANrKBQDwDgEAA+wQAJr+EQBd5xAAnaUSAAAAAAAB9wcAAAAAAEemEgAD7BAAmv4RAF3nEACdpRIAAAAAAAH3BwAAAAAAnaUSAJ2lEgB2hwIAnaUSAHaHAgCdpRIAdocCAEemEgCdpRIAvNwRAPKlEgCz5hAAs+YQAFrqEACv6hAAA+wQAO8DDQAlHhIAFN8MAI62EADz+hEASPsRAKL3EACdpRIAujMSALdIAAD2ohEATvURAC7KBwDw/REARf4RAKxBEgDTfgMAISISAHYiEgDLIhIAA+wQAAPsEACz5hAAWuoQAK/qEAAeLgkAAAAAACdyEQB8chEA0XIRAEdbCADlCBIAOgkSAI8JEgCdpRIA664QAERaDABCuwIA7q4NAAPsEACdpRIAbNcRAMQxCgDrrhAAnaUSAK6dCQBRSBEAys8QAB/QEAArxBAAgMQQAI62EADz+hEASPsRAO9iAwAD7BAAnaUSADfFAwCz5hAAs+YQAFrqEACv6hAAAfcHAOAfAACz5hAApPQRALPmEABa6hAAr+oQAFeWEgAAAAAAjrYQAPP6EQBI+xEAA+wQAJUEEQDqBBEAoaMQAAPsEABQpgkA1MQRAKGjEACQGQEAAAAAAJ2lEgDUxBEAoaMQAJAZAQBugBEAjrYQAPP6EQBI+xEAmv4RAF3nEACdpRIAA+wQALPmEABa6hAAr+oQAJ2lEgDTfgMA0sYRAE4FAgAOixEAs+YQAF72AAB0LQkAt0gAAB0mEgDTfgMA2soFAJ2lEgDAlAAAvNwRAO9iAwCrQxEATgUCAE4FAgAD7BAArEESAASUEgDwDgEAUUgRAE4FAgAFlBEAPBMGAJUEEQDqBBEAq0MRAG+PAQBugBEAw4ARABiBEQAB9wcAAAAAAAAAAAAAAAAAnaUSANTEEQAAAAAAAAAAAAAAAAAFlBEApp0RALdIAABOBQIA8A4BAJ2lEgC6MxIA1MQRAAH3BwCz5hAAAEQRAABEEQCz5hAAXecQAFz2AgBRnBIA8/oRAEj7EQDKIxIAHyQSADZiEgCvkxIAXecQAJ+xBACOthAA47YQAJ+xBABrlAAAt0gAAIPKBwCdpRIAzYcAAIPKBwDypRIAoaIRAKtDEQDKzxAAH9AQANXEEACVBBEA6gQRAMrPEAAf0BAA1cQQAJUEEQDqBBEAt0gAALdIAABzJhEAQrwBAOUIEgA6CRIAjwkSAJ2mEQCdpRIA034DALPmEACdpRIAN8UDAHggEgBOBQIAs+YQAFrqEACv6hAA7KwRAEGtEQCfsQQAn7EEAJ2lEgA3xQMAN8UDAFqgBQAS3BEAoaMQAAAAAACdpRIAnaUSAGuUAAAD7BAAN8UDAO7/EQBOBQIAnaUSADi2EQBMCQAA+PwKAEIRAgCJuhEA3roRAFUAAABVAAAAIi0GAAPsEABOBQIAnaUSAJ2lEgA9GAAAjrYQAPP6EQBI+xEAWUARAGqJDACLxgMAs+YQAFrqEACv6hAAUKEOAMrPEABO9REAaNsRADi2EQCunQkAOLYRADi2EQAB9wcAPRgAAMrPEABO9REAH9AQAI62EAAD7BAAOLYRAI22EQDithEANmISAC3BEQCg+BEAs+YQADfFAwAD7BAA4MAJANnHCQAAAAAA/poRAFObEQAAAAAAAAAAACTSCQBu4AYAaokMAAPsEACdpRIAnaUSALzcEQC3SAAAA+wQAJ2lEgBx1A8AA+wQAPAOAQBOBQIAA+wQAJgAEgA9GAAAs+YQAFrqEACv6hAAnaUSAE4FAgCdpRIATgUCAJ2lEgDwDgEActERAPAOAQBOBQIAnaUSAEwJAABy0REATAkAAO7/EQCunQkActERAPsBAwAAAAAA034DABzSEQDTfgMAnaUSAO7/EQCNtRIAA+wQAI21EgCdpRIAjbUSALPmEABa6hAAr+oQAJ2lEgB/HA8A8A4BAKGjEABHDgAARw4AAKGjEADurg0A7v8RAPsBAwCOthAA8/oRAEj7EQCz5hAAWuoQAK/qEABOBQIAY0UCAJ2lEgBOBQIAnaUSAAPsEAApxREATgUCAE4FAgDaygUAZt0RAPAOAQBi6QkANmISAAPsEAAB9wcATAkAAJ2lEgBy0REAAAAAAE4FAgArxBAAgMQQAN4QEQBx1A8As+YQAFrqEACv6hAAbioSAAPsEABnhhIAJR4SABKGEgAD7BAAA+wQAAvjEQBg4xEAteMRAAvjEQBg4xEAteMRAArkEQBf5BEAC+MRAGDjEQC14xEACuQRAF/kEQAlHhIAs+YQAFrqEACv6hAAbioSAAPsEABnhhIAJR4SABKGEgAD7BAAQbIMAAPsEAC3SAAA7rkCALdIAACvkxIAWuoQAK/qEAAD7BAAUvERAAH3BwDTfgMA7q8MAPsBAwCWVxIATvURADjGAQBOBQIARw4AAAAAAACFGQwAAAAAABPbEQCp7xEA/u8RAFPwEQCdpRIAr5MSAFrqEACv6hAATgUCAEwJAACfsQQAn7EEADZiEgBOBQIAjrYQAE4FAgAD7BAA+wEDAAPsEACSagMAujMSALozEgBQoQ4AA+wQAJ2lEgBOBQIAys8QAB/QEACvkxIAWuoQAK/qEACvkxIATgUCAAH3BwCdpRIAAfcHAKjwEQBNUQwArp0JAEwJAAA2YhIA9LEEAB56EgB3hwEAXvYAAJ2lEgArxBAAgMQQADu4DACWVxIA3cELAE4FAgA9BhIATgUCAN3BCwC2NxIA5wYSABzXDAAg3gEAjrYQAPP6EQBI+xEATgUCAJ2lEgCdpRIAr5MSAHaHAgB2hwIAr5MSAK+TEgAB9wcAe8kQANDJEAA3DBIAGNcQAI62EACz5hAAXecQAOwRAgASjAwA670BAMnQEACOthAAXEsDAIcREgAg3gEAjB4AAFqgBQCLawkA5hIHAEIRAgC3SAAA6bsFAAH3BwCdpRIA7q4NAElPEgDpvgIAVVMCAOm+AgBVUwIABU4CAAZECwDypRIAQrsCAJ2lEgBMCQAATgUCAG3XEACMHgAAXEsDAGCNEgBOBQIAnaUSADZiEgCaqBIA9LEEAJ2lEgD7AQMA+wEDAPsBAwD7AQMAA+wQAAPsEACZ/xEAXecQAEf8EQBMCQAAt0gAAHaHAgDurg0AjrYQAPP6EQBI+xEAR1sIALPmEABa6hAAr+oQAHQkEgDJJBIAlQQRAOoEEQCVBBEA6gQRALPmEAC2NxIAyzICAJ2lEgBOBQIAXPYCAAPsEACnRhIAVvIMAHUmDwC2NxIA5wYSAO8BDwC2NxIA5wYSAO8BDwA9GAAAtjcSAOcGEgDvAQ8AtjcSAOcGEgDvAQ8Ays8QAB/QEACsQRIAVkISAMUoEgAaKRIAtjcSAOcGEgDvAQ8AtjcSAOcGEgDvAQ8Ays8QAB/QEADvAQ8AgMcNAMrPEABV7hEAr5MSAKT0EQCdpRIATgUCANkmAADZJgAAQhECANUoAgBRnhAAvDESAENaDQAlHhIATgUCAJ2lEgBOBQIA18YMAN4PEgArxw0ATgUCAE4FAgBOBQIAYuUNAGGdAQBriAwAbioSALPmEABCEQIArZsMAG4qEgD7AQMAbioSAPsBAwAD7BAATgUCAE4FAgC2NxIA5wYSAJ2lEgDKzxAAH9AQAKxBEgCStwsATgUCAE4FAgBOBQIA3hARAE4FAgBwKBIA18QOAEcOAAA+CQ4AK8QQAAPsEACOthAAhW4MAN3BCwBXlhIAAAAAAN3BCwDrBQ8AoUwSAOoGDwD2TBIAUUgRAJ/5EQCvkxIAXecQALY3EgCCxA4AUZ4QAFFIEQChTBIAUUgRAPZMEgBRSBEAtjcSAOcGEgDkCRIAVQAAAJ0ECQC3SAAAzM0QAEcOAABOBQIA3cELAOcGEgBOBQIAaNsRAEpeAgCoRRIAEYcSAGaHEgDTfgMAkrcLAAH3BwBOBQIATgUCAE4FAgCdpRIAjLwMAIy8DACMvAwAjLwMAEIRAgBCEQIAwS8PAE4FAgDKzxAA7lQSALY3EgBkiRIATgUCALY3EgDXxA4ATgUCAGM1EgCwPRIAys8QAAU+EgBOBQIAp0YSAPxGEgDDfxIAUUcSAE4FAgBOBQIAtjcSANfEDgBjNRIAsD0SAMrPEAAFPhIATgUCAMp8DgDkXhIAys8QAB/QEACvkxIAXecQAE4FAgCWVxIANmISADZiEgBe9gAA9vcRADhgEgCg+BEAdd4BAIy8DACMvAwAjLwMAIy8DABOBQIAqEUSAFXvEADJ0BAAHNMQAJK3CwCPtw4ACUoCALmJEgBV7hEAYzUSAAPsEAC4ihIAA+wQADZiEgD7AQMAQ1oNAENaDQBOBQIAaokMAKdGEgD8RhIAAfcHAAH3BwAH6Q8Ays8QAB/QEABqiQwAp0YSAPxGEgAB9wcAAfcHAAfpDwC9MBIAEjESAMrPEABO9REA+vMRAAAAAAAD7BAAA+wQAFz2AgCz5hAAtjcSAMjTDgCfpBEATvURAHxxEgAafhIAr5MSAKT0EQD7AQMA9KQRAKxBEgC36AoAnaUSAGJGAgBVAAAAbioSALY3EgDI0w4At0gAALPmEAAB9wcATgUCAMrPEAAf0BAAB+kPAPqhDgD7AQMA+wEDAEK8AQBCvAEAQrwBAEK8AQD7AQMAA+wQAEK8AQBOBQIATgUCAE4FAgAAAAAAAAAAALY3EgBkiRIAys8QAB/QEAAH6Q8AzM8OAJ2lEgC2NxIAt+gKAJ2lEgC2NxIAYI0SAAPsEABOBQIATgUCANN+AwAB9wcAa5QAAE4FAgCoRRIAEYcSAGaHEgC7hxIAEIgSAGWIEgC6iBIA+wEDAMrPEAAf0BAA1cQQAKdGEgD8RhIAA+wQAMrPEABO9READTYSAK+TEgBa6hAAgcMQAIEnAgC8MRIACo4SAF+OEgC0jhIACY8SAK+TEgBd5xAAFo0HAK+TEgAD7BAABpISAPsBAwDurg0A9qYNAEKwDQC2NxIAgsQOALPmEAA2YhIA8A4BAOcGEgCdpRIA8A4BACUeEgDwDgEAJR4SACvEEAAT2xEA8A4BAE4FAgC2NxIA5wYSAMrPEAAf0BAAgScCACZyEgAmchIAgScCAI62EACOthAAjrYQAA42EQCOthAAjrYQAI62EACOthAAK8QQABPbEQCOthAADjYRAI62EADy+xEAjrYQAPL7EQCOthAA8vsRAOUIEgDy+xEAjrYQAPL7EQCOthAA8vsRAJkAEQDy+xEAjrYQAPL7EQBCAhEAlwIRAHTQEABOBQIANmISAE4FAgD7AQMAA+wQAD0YAADurg0AydAQAIwMEgBLTRIAS00SAMnQEAAe0RAAv40IAEanEgD7AQMA+wEDAEcOAABHDgAApfQQAAPsEAB13gEAjrYQAJ2lEgD6oQ4Al6sSAPqhDgCdpRIAjrYQAKGjEACdpRIAoaMQAI62EADz+hEAoaMQAOqtEgA/rhIAjrYQAPsBAwA+BRIAA+wQAE4FAgBOBQIATgUCAI21EgBOBQIATgUCAE4FAgCNtRIATgUCAGmOCACNtRIAnaUSAARBEABOBQIATgUCAI21EgAD7BAAQgIRAJcCEQDsAhEAjrYQAP5VAQBjNRIAsD0SAE4FAgCvkxIAXecQAMrPEAAf0BAArEESAHeHAQDXcQwAJXMSAB56EgDurg0At+ERABPbEQD68xEAK8cNALPmEACk9BEAK8cNAJ2lEgC/jQgAovcQAJgAEgC2NxIA5wYSAMrPEABO9REAfHESAJ2lEgChoxAArZsMAD0YAACdpRIArp0JAMrPEAAf0BAArEESAA84DgCi9xAAwIISAMrPEADuVBIAtjcSAILEDgCdpRIA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAQAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAIAAAAAAgABAAAGAAAIAAAAAQAAAQHYEABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAgAICAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAEAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEEABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAIGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAIAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAACIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAIAAAAAAgABAAAGAACIAAAAAQAAAQHYECBAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAEAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAIAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAgAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEQACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAMAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHcEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAMgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAMgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAABAMAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAgABAAAGAAAIAAAAAQAAAAHYEABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAEAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAA"},"index":{"lists":[[12,13,26,101,103,104,105],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,26,45,46,47,48,49,52,53,54,55,58,59,60,61,62,63,64,65,66,67,68,69,73,78,79,81,82,83,84,85,86,87,88,89,90,91,92,96,97,98,99,101,103,104,105,109,114,115,142,145,146,148,159,160,161,164,165,166,167,172,173,181,184,195,196,200,201,204,213,214,218,223,225,226,227,228,230,232,233,235,236,239,240,241,242,243,257],[1,2,4,5,6,7,8,9,12,13,14,15,16,17,18,19,26,45,46,47,48,49,51,52,53,54,55,58,59,60,61,62,63,64,65,66,67,68,69,73,74,78,79,81,82,83,84,85,86,87,88,89,90,91,92,95,96,97,98,99,101,103,104,105,109,114,115,121,142,145,146,148,159,160,161,164,165,166,167,172,173,181,184,195,196,197,200,201,204,213,214,218,223,225,226,227,228,230,232,233,235,236,239,240,241,242,243,246,247,248,257],[4,12,13,18,26,71,94,101,103,104,105,203,243,246,263],[12,13,18,26,101,103,104,105,133,134,135,249,250,251,252,253,254,255],[5,6,12,13,26,101,103,104,105,204],[12,13,26,70,72,101,103,104,105],[12,13,26,101,103,104,105,236,256],[9,12,13,26,83,101,103,104,105,114,115,140,141,168,169,236,241,242],[9,12,13,26,101,103,104,105,133,134,135],[9,12,13,26,69,76,81,84,88,89,101,103,104,105,125,133,134,135,136,153,172,173,175,179,187,190,196,198,199,200,201,212,220,221,222,229,257],[12,13,26,31,32,33,39,40,101,103,104,105,113,178,192,235],[12,13,26,101,103,104,105,137,269],[11,12,13,26,101,103,104,105],[1,9,12,13,18,19,26,101,103,104,105,133,134,135,162,163,180,223,227,228,257],[9,12,13,18,25,26,28,101,103,104,105,133,134,135,139,162,163,223,227,228,257],[9,12,13,16,17,18,26,48,101,103,104,105,133,134,135,162,163,204,223,227,228,240,257],[5,9,12,13,18,26,34,101,103,104,105,133,134,135,162,163,164,191,223,227,228,245,257],[0,2,8,9,10,12,13,14,16,18,26,28,37,38,41,42,98,101,103,104,105,133,134,135,156,162,163,164,174,177,204,206,223,224,227,228,231,234,237,257,258,261,264,265,268,270],[3,4,9,12,13,18,23,26,28,37,41,42,44,51,54,55,77,80,99,100,101,103,104,105,109,111,117,118,120,126,133,134,135,138,143,146,149,156,162,163,164,171,176,183,185,186,193,204,205,216,219,223,227,228,257,266,271],[9,12,13,18,26,101,103,104,105,133,134,135,162,163,223,227,228,257],[9,12,13,18,26,101,103,104,105,133,134,135,162,163,164,223,227,228,257],[9,12,13,15,18,26,101,103,104,105,133,134,135,162,163,223,227,228,257],[9,12,13,18,23,24,26,28,101,103,104,105,133,134,135,162,163,223,227,228,257],[9,12,13,18,26,101,103,104,105,133,134,135,162,163,223,227,228,257,262],[9,12,13,18,26,97,101,103,104,105,133,134,135,162,163,164,170,189,223,227,228,247,257,259,260],[9,12,13,18,26,92,100,101,103,104,105,112,116,127,133,134,135,158,162,163,171,208,223,227,228,247,257],[9,12,13,18,26,27,51,101,103,104,105,111,119,133,134,135,148,149,162,163,182,223,227,228,257],[8,9,12,13,18,20,26,43,75,101,103,104,105,133,134,135,162,163,164,223,227,228,257],[9,12,13,14,18,26,27,28,57,101,103,104,105,133,134,135,148,162,163,223,227,228,257],[9,12,13,18,21,22,26,29,30,50,62,101,103,104,105,110,122,124,128,133,134,135,144,150,151,152,154,155,157,162,163,167,188,194,195,207,210,215,217,218,223,227,228,238,244,257],[9,12,13,17,18,19,26,65,101,102,103,104,105,133,134,135,162,163,223,227,228,257],[6,9,12,13,18,26,101,103,104,105,133,134,135,162,163,223,227,228,257],[9,12,13,18,23,26,27,28,101,103,104,105,133,134,135,162,163,164,223,227,228,257],[9,12,13,18,23,26,27,101,103,104,105,133,134,135,162,163,223,227,228,257],[12,13,26,101,103,104,105,108,123,129,130,131,132,147,209,211,267],[12,13,26,73,101,103,104,105],[9,12,13,18,26,35,36,101,103,104,105,133,134,135,223,227,228,257],[12,13,26,45,101,103,104,105],[12,13,26,46,47,49,52,53,101,103,104,105],[12,13,26,56,60,61,63,101,103,104,105],[12,13,26,59,82,101,103,104,105],[12,13,26,59,101,103,104,105,106,107],[12,13,26,59,83,85,101,103,104,105],[12,13,26,59,101,103,104,105],[12,13,26,64,66,68,82,101,103,104,105,230],[12,13,26,67,101,103,104,105,166],[12,13,26,82,101,103,104,105,230],[12,13,26,83,85,91,101,103,104,105,248],[12,13,26,85,101,103,104,105],[12,13,26,90,96,101,103,104,105,230,248],[12,13,26,93,101,103,104,105,202],[12,13,26,101,103,104,105,165],[12,13,26,101,103,104,105,230],[12,13,26,101,103,104,105,248],[12,13,26,87,101,103,104,105,233],[4,12,13,18,26,87,101,103,104,105,233,243,246],[12,13,18,26,87,101,103,104,105,213,214,233],[5,6,12,13,26,87,101,103,104,105,204,233],[12,13,26,87,101,103,104,105,233,236],[9,12,13,26,83,87,101,103,104,105,114,115,233,236,241,242],[9,12,13,26,87,95,101,103,104,105,213,214,233],[9,12,13,26,69,74,78,79,81,84,86,87,88,89,101,103,104,105,172,173,184,196,197,200,201,213,214,233,257],[12,13,26,87,101,103,104,105,233,235],[1,7,9,12,13,18,19,26,87,101,103,104,105,213,214,223,225,226,227,228,233,239,257],[9,12,13,18,26,87,101,103,104,105,213,214,223,225,226,227,228,233,257],[9,12,13,16,17,18,26,48,87,101,103,104,105,204,213,214,223,225,226,227,228,233,240,257],[5,9,12,13,18,26,87,101,103,104,105,164,213,214,223,225,226,227,228,233,257],[2,8,9,12,13,14,16,18,26,87,98,101,103,104,105,164,204,213,214,223,225,226,227,228,232,233,257],[4,9,12,13,18,26,51,54,55,87,99,101,103,104,105,109,142,146,164,204,213,214,223,225,226,227,228,233,257],[9,12,13,18,26,87,101,103,104,105,181,213,214,223,225,226,227,228,233,257],[9,12,13,18,26,87,101,103,104,105,164,213,214,223,225,226,227,228,233,257],[9,12,13,15,18,26,87,101,103,104,105,121,213,214,223,225,226,227,228,233,257],[9,12,13,18,26,87,97,101,103,104,105,164,213,214,223,225,226,227,228,233,247,257],[9,12,13,18,26,87,92,101,103,104,105,213,214,223,225,226,227,228,233,247,257],[9,12,13,18,26,51,87,101,103,104,105,148,213,214,223,225,226,227,228,233,257],[8,9,12,13,18,26,87,101,103,104,105,164,213,214,223,225,226,227,228,233,257],[9,12,13,14,18,26,87,101,103,104,105,142,145,148,213,214,223,225,226,227,228,233,257],[9,12,13,18,26,62,87,101,103,104,105,142,167,195,213,214,218,223,225,226,227,228,233,257],[9,12,13,17,18,19,26,65,87,101,103,104,105,213,214,223,225,226,227,228,233,257],[6,9,12,13,18,26,87,101,103,104,105,213,214,223,225,226,227,228,233,257],[12,13,26,73,87,101,103,104,105,233],[9,12,13,18,26,87,101,103,104,105,213,214,223,227,228,233,257],[12,13,26,45,87,101,103,104,105,233],[12,13,26,46,47,49,52,53,87,101,103,104,105,233],[12,13,26,60,61,63,87,101,103,104,105,233],[12,13,26,58,59,82,87,101,103,104,105,233],[12,13,26,59,87,101,103,104,105,233],[12,13,26,59,83,85,87,101,103,104,105,233],[12,13,26,64,66,68,82,87,101,103,104,105,159,230,233],[12,13,26,67,87,101,103,104,105,166,233],[12,13,26,82,87,101,103,104,105,230,233],[12,13,26,83,85,87,91,101,103,104,105,161,233,248],[12,13,26,85,87,101,103,104,105,233],[12,13,26,87,90,96,101,103,104,105,230,233,248],[12,13,26,87,101,103,104,105,160,233],[12,13,26,87,101,103,104,105,161,233],[12,13,26,87,101,103,104,105,165,233],[12,13,26,87,101,103,104,105,230,233],[12,13,26,87,101,103,104,105,233,248]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[9135,40],[215,41],[10095,42],[10003,43],[8595,44],[10008,45],[9472,46],[10007,47],[10004,48],[8730,49],[10006,50],[8505,51],[9762,0],[9888,0],[8617,0],[8226,52],[10060,53],[9654,54],[65123,54]],"plainDefault":0,"spaced":[55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,55,56,57,55,55,58,55,55,55,59,55,60,61,55,62,62,62,62,62,62,62,62,62,62,55,55,55,63,55,55,55,64,65,66,67,68,69,70,65,71,72,65,65,65,73,74,75,65,76,77,78,79,80,71,65,65,65,55,55,55,81,82,55,64,65,66,67,68,69,70,65,71,72,65,65,65,73,74,75,65,76,77,78,79,80,71,65,65,65,55,55,55,55,55],"spacedOther":[[160,55],[5760,55],[8192,55],[8193,55],[8194,55],[8195,55],[8196,55],[8197,55],[8198,55],[8199,55],[8200,55],[8201,55],[8202,55],[8232,55],[8233,55],[8239,55],[8287,55],[12288,55],[65279,55],[9676,83],[9679,84],[9135,85],[215,86],[10095,87],[10003,88],[8595,87],[10008,89],[9472,90],[10007,91],[10004,92],[8730,93],[10006,94],[8505,55],[9762,95],[9888,95],[8617,96],[8226,97],[10060,98],[9654,99],[65123,99]],"spacedDefault":55,"blank":55}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:(?:X?LEAK|WARN)&){0,2}FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from (?:SKIPIF|CLEAN))\\\\s*$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|BORKED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[5,69,71,72,73],[5,22,23,24,25,28,29,30,31,33,34,35,36,37,38,39,40,41,42,43,47,50,51,53,54,55,56,57,58,59,60,61,62,63,65,66,67,68,69,71,72,73,76,80,81,99,100,101,102,108,109,110,113,114,115,120,121,128,131],[5,22,23,24,25,27,28,29,30,31,33,34,35,36,37,38,39,40,41,42,43,47,48,50,51,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,71,72,73,76,80,81,86,99,100,101,102,108,109,110,113,114,115,120,121,128,131],[5,45,64,69,71,72,73],[5,69,71,72,73,93,94,95],[5,44,46,69,71,72,73],[5,55,69,71,72,73,80,81,97,98,116,117],[5,43,49,53,56,60,61,69,71,72,73,89,93,94,95,96,104,120,121,123,126,132],[5,9,10,16,17,69,71,72,73,79,126],[5,69,71,72,73,96],[5,69,71,72,73,93,94,95,111,112,127],[4,5,7,69,71,72,73,93,94,95,96,111,112],[5,69,71,72,73,93,94,95,111,112],[5,11,69,71,72,73,93,94,95,111,112,113],[5,7,14,15,18,19,67,69,71,72,73,93,94,95,107,111,112,113,122,125],[2,5,7,14,18,19,21,27,30,31,49,52,68,69,71,72,73,76,77,83,84,85,90,93,94,95,96,101,102,107,111,112,113,119,124,130,132],[5,69,71,72,73,93,94,95,111,112,113],[2,3,5,7,69,71,72,73,93,94,95,111,112],[5,69,71,72,73,78,90,93,94,95,107,111,112,119],[5,6,27,69,71,72,73,77,84,93,94,95,102,111,112,129],[0,5,20,48,69,71,72,73,93,94,95,111,112,113],[5,6,7,69,71,72,73,93,94,95,102,111,112],[0,1,5,8,26,36,69,71,72,73,76,87,88,90,93,94,95,102,103,105,106,107,111,112,115],[5,39,69,70,71,72,73,93,94,95,111,112],[2,5,6,7,69,71,72,73,93,94,95,111,112,113],[2,5,6,69,71,72,73,93,94,95,111,112],[5,69,71,72,73,76,87,91,92,101],[5,47,69,71,72,73],[5,12,13,69,71,72,73,93,94,95],[5,24,69,71,72,73,93,94,95],[5,69,71,72,73,93,94,95,100],[5,66,69,71,72,73,93,94,95,118],[5,63,68,69,71,72,73,82,93,94,95],[5,32,69,71,72,73,93,94,95],[5,22,69,71,72,73],[5,23,24,25,28,29,69,71,72,73],[5,31,35,36,37,69,71,72,73],[5,34,54,69,71,72,73],[5,34,69,71,72,73,74,75],[5,34,55,57,69,71,72,73],[5,34,69,71,72,73],[5,38,40,42,54,69,71,72,73],[5,41,69,71,72,73,115],[5,54,69,71,72,73],[5,55,57,63,69,71,72,73],[5,57,69,71,72,73],[5,62,65,69,71,72,73],[5,64,69,71,72,73],[5,69,71,72,73,114],[5,59,69,71,72,73],[5,59,64,69,71,72,73],[5,55,59,69,71,72,73,80,81],[5,43,48,50,51,53,56,58,59,60,61,69,71,72,73,120,121,131],[5,59,69,71,72,73,113],[5,59,67,69,71,72,73,113],[5,27,30,31,59,68,69,71,72,73,76,99,101,102,113],[5,59,69,71,72,73,128],[5,59,69,71,72,73,86],[5,27,59,69,71,72,73,102],[5,48,59,69,71,72,73,113],[5,59,69,71,72,73,99,100,102],[5,36,59,69,71,72,73,76,99,102,115],[5,39,59,69,71,72,73],[5,59,69,71,72,73,76,101],[5,47,59,69,71,72,73],[5,24,59,69,71,72,73],[5,59,69,71,72,73,100],[5,59,66,69,71,72,73],[5,59,63,68,69,71,72,73],[5,22,59,69,71,72,73],[5,23,24,25,28,29,59,69,71,72,73],[5,31,35,36,37,59,69,71,72,73],[5,33,34,54,59,69,71,72,73],[5,34,59,69,71,72,73],[5,34,55,57,59,69,71,72,73],[5,38,40,42,54,59,69,71,72,73,108],[5,41,59,69,71,72,73,115],[5,54,59,69,71,72,73],[5,55,57,59,63,69,71,72,73,110],[5,57,59,69,71,72,73],[5,59,62,65,69,71,72,73],[5,59,69,71,72,73,109],[5,59,69,71,72,73,110],[5,59,69,71,72,73,114]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[9472,42],[10007,43],[10004,44],[8730,45],[10006,46],[8505,47],[9762,0],[9888,0],[8617,0],[8226,48]],"plainDefault":0,"spaced":[49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,50,49,49,49,49,49,49,49,49,49,51,50,49,52,52,52,52,52,52,52,52,52,52,49,49,49,49,49,49,49,49,49,49,53,54,55,56,49,53,57,49,49,49,53,49,58,49,59,60,61,62,49,53,49,49,49,63,49,49,64,49,49,49,49,65,49,49,66,49,49,49,49,49,49,49,67,68,49,49,49,49,66,49,49,49,49,49,49,49,49,49,49,49],"spacedOther":[[160,49],[5760,49],[8192,49],[8193,49],[8194,49],[8195,49],[8196,49],[8197,49],[8198,49],[8199,49],[8200,49],[8201,49],[8202,49],[8232,49],[8233,49],[8239,49],[8287,49],[12288,49],[65279,49],[9676,69],[9679,70],[9135,71],[215,72],[10095,73],[10003,74],[8595,73],[10008,75],[9472,76],[10007,77],[10004,78],[8730,79],[10006,80],[8505,50],[9762,81],[9888,81],[8617,82],[8226,83]],"spacedDefault":49,"blank":49}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,25,26,27],[2],[1],[3,13,21,24],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
