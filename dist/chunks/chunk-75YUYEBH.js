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
} from "./chunk-DDBF45B7.js";
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
} from "./chunk-UG5ACT6N.js";
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
        return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ""}, ${read.service}'s host name: a setting copied from another service, or that service missing` };
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
    default: {
      const other = rule.kind === "infrastructure" && rule.service !== "" ? otherServiceHost(line, rule.service) : void 0;
      if (other) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${other.host}, ${other.service}'s host name: a setting copied from another service, or that service missing` };
      return { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.kind === "infrastructure" && rule.service === "" };
    }
  }
}
var HOST_PORT_TOKEN = /(?:^|[\s('"[@=]|\/\/)([A-Za-z][\w-]{0,62}(?:\.[A-Za-z][\w-]{0,62}){0,6}):(\d{2,5})(?![\d:])/g;
var SOURCE_FILE = /\.(?:[cm]?js|tsx?|rb|py|go|java|kt|scala|php|phpt|cs|rs|exs?|erl)$/i;
function otherServiceHost(line, service) {
  if (!line.includes(":")) return void 0;
  for (const found of line.matchAll(HOST_PORT_TOKEN)) {
    const host = found[1] ?? "";
    if (SOURCE_FILE.test(host)) continue;
    const named = serviceForHost(host);
    if (named && !sameService(named, service)) return { host, service: named };
  }
  return void 0;
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
    if (hostService && !sameService(hostService, rule.service)) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${host}, ${hostService}'s host name: a setting copied from another service, or that service missing` };
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
var SWAPPED_SETTINGS = /\b(?:database|dbname|user)=(?:localhost|127\.0\.0\.1|::1)(?![\w.-])/;
function interpretDns(host, line = "") {
  const netHttp = /Failed to open TCP connection to [\w.-]{1,255}:(\d{1,5})/.exec(line);
  const httpTo = netHttp ? serviceForPort(Number(netHttp[1])) : void 0;
  if (httpTo && speaksHttp(httpTo) === false) return { kind: "code", confidence: "high", service: "", note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` };
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const service = serviceForHost(host);
  const client = service ? mentionedServices(line.split(host).join(" ")).find((s) => !sameService(s, service)) : void 0;
  if (service && client) return { kind: "infrastructure", confidence: "ambiguous", service: client, dialledOther: client, note: `the ${client} client dialled ${host}, ${service}'s host name: a setting copied from another service, or that service missing` };
  if (service !== void 0 && SWAPPED_SETTINGS.test(line)) return { kind: "infrastructure", confidence: "ambiguous", service, note: `the line's own connection settings name a loopback host as the database or user: ${host} may be the database's name given as the host` };
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
var DERIVED = `{"prefilter":{"key":"rules 291\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,161,170,204,216,217,243,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,469,470,472,474,475,476,477,478,479,480,483,484,485,487],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13104,"states":14823,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAASQgcABgAAANJCAgAHAAAA3ikIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAAA+3QkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAAG4qDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAPbZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAABkoOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAMh6CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAABIxRAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAcqw4APwAAAPLnDABAAAAAsvIMAEEAAACQaBAAQgAAAKQYDgBDAAAAkGQOAEQAAAAAAAAARQAAAO5oDgBGAAAAAAAAAEcAAAAyiw4ASAAAADyQDgBJAAAAiOkSAEoAAACKtw4ASwAAAM7ZDgBMAAAAJNoOAE0AAAB62g4ATgAAAErtDgBPAAAAUvEOAFAAAACwIA8AUQAAAAaiDwBSAAAAXKIPAFMAAAC6pg8AVAAAAJzEEABVAAAA8sQQAFgAAACsAAAAWQAAAJImBABbAAAArGoKAFwAAACQSgEAXwAAAOqgAABhAAAAwPUKAGIAAAB2IgkAagAAAAYyAgBtAAAA3iEEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAACaDwwABQEAACAyEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAAB2MhEAGQkAAMwyEQBqCQAAhN8OAHAJAAC+CQAAfQkAAKbqCwCBCQAA0NoOAIQJAABKZgsAxQkAABQKAADLCQAAyvwLABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AACIzEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAKC4NAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAADywA4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAqAYEAJIOAADwvw4Azg4AAB4PAADXDgAAomMJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAB4MxEAhxgAAErxEACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAAATpCADjGAAAeigLAOQYAAAyGQAA5hgAAN5GAQDnGAAA4qwIAOkYAADMnwcA6xgAAM5UDADtGAAAgE4HAPIYAACkVgIA9RgAAND1BgAzGQAAiBkAADUZAABivgYAOBkAANCADACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAzjMRAO4eAAA+HwAA8h4AAHhYDgD/HgAA9L0MAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAACiiAYASCAAAJYgAACZIAAAOqoGAJ0gAADsIAAAoSAAAD5UBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAAAkNBEAUCcAAI7KAQBTJwAAdv8MAFcnAABeehAAWicAAKQnAABcJwAAcksJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAHo0EQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AANA0EQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAACY1EQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAHw1EQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAKDYRAO4+AAAoPwAAMD8AAH42EQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAA1DYRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAACo3EQCXSQAAeEACAJhJAAD0hAUAmUkAAEwLCACdSQAA6EkAAJ5JAABmHgsAoEkAAO5YBgCmSQAA4EkCAO5JAADcYxAA9EkAAD5KAABESgAAdJYDAEZKAACANxEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAA1jcRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAAAsOBEAcGIAAMRiAADHYgAAGmMAAB1jAACCOBEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AANg4EQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAALjkRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAIQ5EQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AANo5EQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAMDoRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAhjoRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAADcOhEAZ4kAAKz1DwBpiQAA3MYBAGyJAACOdgIAbYkAAIT8BwBuiQAAgKIGAG+JAACQyQAAcIkAAJxSAgBziQAAJLEPAHWJAAC8iQAAd4kAAGLCCAB8iQAA1s0GAH2JAACKCw4AxokAAC6qCQDLiQAAEooAAB6KAABoigAAaYoAAMLoAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAAAyOxEAk5AAAIg7EQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAAD06AwALJEAAMbmAQAvkQAAkuIMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAOYICwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAA3jsRADCWAACAlgAAMpYAAKhPEwA5lgAAquIGADuWAACkNQcAPZYAAKpXAQBClgAASJIMAEaWAABw0w0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAAijwRADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAOA8EQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAADY9EQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAAjD0RAGazAACExwIAabMAAGaLAQBtswAAqLYGAG+zAAB8eQgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAAIPcIAHO0AAC8tAAAxrQAABK1AAATtQAAKuEQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAOI9EQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAAOD4RAKfQAAD00AAA/tAAAErRAABV0QAAjj4RAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAOQ+EQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAHu4EABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAAOj8RACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AAJA/EQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAA5j8RACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAADxAEQDZ6wAAfO4CANzrAAAq7AAA4esAAJo2CgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AACSQBEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAOhAEQBF+QAA2LMOAEb5AACa+QAAR/kAAIQGDQBO+QAAMrYOAE/5AADsVQUAU/kAANQYAgBU+QAAmpAMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAAPkERAFf/AACUQREArv8AAOpBEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBAEBCEQAPBgEAlkIRAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQDsQhEAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBAJjbBwBxCAEAzkYFAMEIAQAOCQEAxwgBAFKTCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQBCQxEAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAJhDEQAoEgEAfHEEACoSAQBWyg8ALRIBAPiWDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQDuQxEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQBERBEA5RsBAJpEEQA2HAEAnNkFADkcAQCKHAEAPRwBAGDeAQBAHAEAki4IAEIcAQBotwEASBwBABBoBQCRHAEAaMsLAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BALKQBgCoHQEAcpsGAOcdAQC8lQYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEARkURAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAEhGEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQCeRhEAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEA9EYRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEA9kcRAGkzAQBMSBEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQCiSBEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQD4SBEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAE5JEQCVSgEA5koBAOdKAQAGyw4A9UoBAG4mDQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEApEkRAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQD6SREAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAFBKEQCrVwEAEg0CALRXAQCmawwAtlcBAP4gEQC4VwEAdCkNALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQA+OQ0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAKZKEQAGWgEAWvEMABJaAQCW5AwAJ1oBAPxKEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAUksRAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQCoSxEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAP5LEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAFRMEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAqkwRAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAABNEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQBWTREA7XUBAKxNEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEAWE4RAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBAK5OEQBWggEAqoIBALiCAQAAgwEAEYMBAARPEQBdgwEAWk8RAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBALBPEQBhhQEABlARALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAslARAL+KAQAQiwEAGIsBAAhREQBtiwEAvIsBAG+LAQBG1QMAc4sBALy4AgB3iwEAGlQOAHyLAQAC2gEAyIsBABKMAQAajAEAKLkSAC6MAQDS3Q8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEAXlERAM+TAQDo+wMA1pMBAGhABgDZkwEAIpQBANyTAQCgag0A3ZMBADqiAgDikwEASFcEACmUAQDGZwIALJQBACJtAwAxlAEATpsPAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEAtFERAJmZAQDYmQEA2pkBAADEDADbmQEA/sIMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQCyxwwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQAKUhEA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEAYFIRAJehAQDooQEAnqEBACQuDgCgoQEAqFwEAOqhAQBetgMA7aEBAOo1CwD3oQEA2oMLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAOTWBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEAtlIRAJ+kAQAMUxEA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQC4UxEA9qcBAEqoAQBYqAEAoKgBALGoAQAOVBEA/agBAGRUEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAEFURAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQBmVREAD7IBALxVEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQASVhEAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBAGhWEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAL5WEQB/wQEA0sEBAIDBAQDmBgoAiMEBAHD2CQCKwQEAhGAPAI/BAQDcjA8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBABRXEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQBqVxEA38YBADLHAQDwxgEAbj8EAD7HAQCIxwEAjscBAN7HAQDoxwEAwFcRADnIAQCKyAEAl8gBAODIAQDoyAEAel8RAOzIAQA2yQEA8MgBAO7PAQD8yAEAGtMNADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQAWWBEAmMoBAALFDACcygEA5MoBAPXKAQBsWBEAQcsBAMJYEQCYywEAGFkRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEAblkRAPDPAQBE0AEAUtABAJrQAQCr0AEAxFkRAPfQAQAaWhEATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBAHBaEQCg0gEA9NIBAKfSAQAkMA8AqtIBAFgNBgAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEA7goKAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQBK6w0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAxloRAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQAcWxEAA9oBAFjaAQAY2gEAqDMFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BAHJbEQC63QEACt4BABbeAQDIWxEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAB5cEQDC4QEAEuIBAB7iAQB0XBEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBACBdEQDI4wEAFuQBACDkAQBofQ8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEAdl0RANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQDMXREAJukBANxdDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQB4XhEA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQDOXhEA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEA0F8RAD/1AQAmYBEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBAHxgEQDz+QEA0mARAET6AQCY+gEApvoBAO76AQD/+gEAKGERAEv7AQB+YREAovsBANRhEQD4+wEAKmIRAAz8AQDwjgsASPwBAJz8AQCq/AEA8vwBAAP9AQCAYhEATv0BAJ79AQCq/QEA1mIRAP39AQBK/gEABf4BAE7GDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgAsYxEABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCAIJjEQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgDYYxEAZQsCAOYKDABmCwIAKAMNAGcLAgAU7wcAaQsCANi1DwBqCwIADMQJAGsLAgC08wwAbgsCAN5gDgBvCwIAvvgMAHALAgAEbgsAcQsCAEZmDAByCwIA5jUMAHMLAgA20QUAdAsCALoLAgB8CwIADtcSAH4LAgDQBQ8AgAsCAC5iEACHCwIAbAYTAIwLAgDoEQ8AqAsCAOZkDgCtCwIASPQSALwLAgAQDAIAywsCAGzTDgAeDAIAZgwCAHcMAgAuZBEAwwwCAIRkEQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgD2wg4AcQ4CADBlEQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICANxlEQDQEgIAMmYRACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCAIhmEQDRFAIAIhUCAC8VAgB4FQIAgBUCAN5mEQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIANGcRAC4XAgCKZxEAfhcCAAgaCwCBFwIA0hcCAIgXAgDa1woA3BcCACgYAgDhFwIA6rAIADAYAgDqZA0ARBgCAH4YAgCGGAIA4GcRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIANmgRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CAIxoEQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIA4mgRAD8hAgAUJg4AQCECAIzTBgBDIQIAkCECAEYhAgCO5g8AmiECAOYhAgCdIQIAnNsGAJ4hAgDAfg8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIAOGkRAJkjAgAs2gwAniMCAGpPDQCgIwIA6iMCAKQjAgDyZAsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCAI5pEQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIA5GkRAKEnAgDyJwIA/CcCAEgoAgBQKAIAOmoRAKooAgCQahEA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgDmahEA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgA8axEA/ywCACBZDwACLQIAxikOAAktAgBSLQIAXC0CAJJrEQCwLQIA/i0CAAAuAgCqng8ACy4CAFq4BQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgDoaxEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIAPmwRABAyAgBcMgIAFzICAKJhCABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgCUbBEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIA6mwRAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCAEBtEQBrOQIATBcOAG05AgBgUBAAcDkCAMA5AgBzOQIA/EgQAHQ5AgB0PgIAdjkCAIA1EAB4OQIAxi0QAHk5AgA4PBAAejkCAMhZEACBOQIAgNkMAIQ5AgB6BQ8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIAlm0RAHk+AgDKPgIAgj4CAEZDEADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgDsbREAfUACALbgAgB/QAIAnMAOAIBAAgAkVw0AgkACAJCRDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIAQm4RANRCAgAoQwIA1UICAEKPDADXQgIAVJIJANtCAgDSKwwA3kICADpMAgDgQgIAsqIPADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgCYbhEAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgDubhEAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIARG8RAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgCabxEAPEwCAHDuBQBBTAIAOv4FAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgDwbxEATFACAOzcCABYUAIAmFACAFtQAgBwywkApFACAO5QAgD2UAIAVE4SAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICAEZwEQCkUgIAttUSAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgCccBEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCAPJwEQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CAEhxEQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgCecREAbmUCANr6BgB4ZQIAwmUCAHllAgDEzAoAemUCAAzKDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCAPRxEQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIASnIRACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgCgchEAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIA9nIRAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgBMcxEAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgCicxEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACAPhzEQClgAIA+IACAPuAAgBOgQIAW4ECAG5PDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIATnQRAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCAKR0EQBriwIAuIsCAG6LAgDeXg0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CAPp0EQAWjwIAao8CABuPAgCAhw4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgBQdREAg5QCAGSmDwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCAKZ1EQCAmQIA8OwPAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECAPx1EQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIAUnYRAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIAqHYRAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgDwwQ8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgD+dhEAv7gCAEhrDgDGuAIAhg0QAMi4AgAsKgoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIAVHcRACbCAgB6wgIAMMICAMYhCgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIAgrsSAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCAKp3EQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAAHgRAI3HAgAihxAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIAEqQNAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgBWeBEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCAKx4EQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIAWHkRALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIABHoRAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIAWnoRAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIAsHoRANXpAgAe6gIA5+kCAJKnBAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIAYCUQACbrAgB26wIALusCAICwDQAv6wIAAhMJADDrAgCM9gIAMesCAC4vDACC6wIAzOsCAM7rAgCGiA0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIABnsRAILuAgBcexEA3u4CALJ7EQAr7wIAXnwRAIHvAgC0fBEAg+8CACr0BADX7wIARLsMAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECAMbTDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgAKfREA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIAYH0RAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCADLbCwDn9wIAOvgCAPr3AgAu2QsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIAtn0RAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgAMfhEA8v0CAEb+AgBU/gIAnP4CAK3+AgBifhEA+f4CALh+EQBQ/wIAnv8CAFL/AgCs5QcAkf8CAMgJEwCs/wIA9P8CAK3/AgBUBQMArv8CAA5GCgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDALp/EQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMAEIARAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDAGaAEQASCwMAvIARABYLAwBOOwoAJgsDAP5PEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwASgREAEg4DAGYOAwAVDgMAZDoEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMAtGIEAB0QAwBqEAMAbRADAMAQAwDMEAMAaIERABsRAwBsEQMAIhEDAKjpCgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDAL6BEQB1EwMAxhMDAM4TAwBC4QoA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMAFIIRAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwBqghEA4BoDACobAwDiGgMAXO4KADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwDAghEAmSEDAOIhAwCiIQMA7CYDAMQhAwC68goA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwAWgxEA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDAGyDEQBaLQMASOQKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADAMKDEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwAYhBEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDAG6EEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMAxIQRAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDABqFEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMAcIURAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMAxoURANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMAHIYRAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMAcoYRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMAyIYRAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMAHocRAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMAdIcRAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDAMqHEQDDZQMAlDsOAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwAgiBEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwB2iBEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwDMiBEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwAiiREAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwB4iREAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMAzokRAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDACSKEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDAHqKEQBfiQMAsIkDAGeJAwBw/AwAuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDANCKEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMAJosRAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDANKLEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMAKIwRAICWAwDKlgMA0pYDAH6MEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMA1IwRAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDACqNEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwCAjREA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DANaNEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwAsjhEAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwCCjhEAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMA2I4RABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwAujxEAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDACxRCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDAISPEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DANqPEQCazgMA5M4DAOfOAwCKLgoA884DADrPAwD3zgMAFB4KAETPAwCQzwMAmM8DAOxTBACczwMA1goQAJ7PAwDmzwMArM8DAJQGCQDrzwMAPNADAPPPAwCIzwUASdADAJLQAwCV0AMALKsKAJjQAwAU8wkAmtADAOjQAwCc0AMA0pwEAJ7QAwAGZQYA69ADACJ3CADu0AMABuYGAPLQAwA+0QMA9tADAMx6CgD40AMAfk8IAEPRAwCU0QMAStEDAAjjBABM0QMAIlAKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwBm5QMApNQDAPDUAwD41AMAMJARAFfVAwCc1QMAo9UDAPLVAwD61QMASNYDAFXWAwCe1gMAo9YDAPTWAwD+1gMAStcDAFLXAwCg1wMAotcDAPi7CgCl1wMAGHIIAKrXAwD21wMAr9cDADL2AwCw1wMAWmoJAPzXAwBM2AMATtgDAKLYAwCv2AMA+NgDAPvYAwBO2QMAX9kDAKTZAwCm2QMA+tkDAATaAwBQ2gMAXNoDAKbaAwCu2gMA3JARAAHbAwBS2wMAVdsDAKjbAwCy2wMA/tsDAAbcAwBU3AMAYdwDAKrcAwCs3AMAAN0DABbdAwBW3QMAYt0DAKzdAwC03QMAMpERAAfeAwBY3gMAZ94DAK7eAwCw3gMABN8DABXfAwBa3wMAZd8DALDfAwC13wMABuADAAngAwBc4AMAZuADALLgAwDE4AMACOEDABDhAwBe4QMAaOEDALThAwC54QMACuIDABLiAwBg4gMAYuIDALbiAwC94gMADOMDABPjAwBi4wMAaOMDALjjAwDE4wMADuQDABHkAwBk5AMAZ+QDALrkAwDW5AMAEOUDABjlAwDekREAc+UDALzlAwDE5QMAEuYDABXmAwBo5gMAbeYDAL7mAwDN5gMAFOcDADTnAwBq5wMAducDAMDnAwDK5wMAFugDAB7oAwBs6AMAfugDADSSEQDM6AMAGOkDACbpAwBu6QMAe+kDAMTpAwDb6QMAGuoDACLqAwBw6gMAf+oDAMbqAwDL6gMAHOsDACnrAwBy6wMAf+sDAMjrAwDU6wMAHuwDAC3sAwB07AMAfuwDAMrsAwDY7AMAIO0DACXtAwB27QMAg+0DAMztAwDP7QMAIu4DACruAwB47gMAfe4DAM7uAwDb7gMAJO8DACzvAwB67wMAg+8DANDvAwDd7wMAJvADADTwAwB88AMAj/ADANLwAwDa8AMAKPEDAC/xAwB+8QMAg/EDANTxAwDq8QMAKvIDACzyAwCA8gMAjvIDANbyAwDj8gMALPMDADTzAwCC8wMAhfMDANjzAwDd8wMALvQDAD30AwCE9AMApPQDANr0AwDm9AMAMPUDADr1AwCG9QMAjvUDANz1AwDu9QMAipIRADf2AwCI9gMAlfYDAN72AwDr9gMANPcDAED3AwCK9wMAmfcDAOD3AwDq9wMANvgDAD74AwCM+AMAlvgDAOL4AwDn+AMAOPkDAED5AwDgkhEAmvkDAOT5AwDq+QMAOvoDAFX6AwCQ+gMAnPoDAOb6AwDs+gMAPPsDAFj7AwCS+wMAmvsDADaTEQDw+wMAPvwDAEj8AwCU/AMAn/wDAOr8AwD2/AMAQP0DAEj9AwCMkxEAov0DAOz9AwDy/QMAQv4DAF3+AwCY/gMApP4DAO7+AwD0/gMARP8DAEz/AwCa/wMAoP8DAPD/AwD5/wMARgAEAFMABACcAAQAqQAEAPIABAAAAQQASAEEAFUBBACeAQQAtQEEAPQBBAD8AQQASgIEAE8CBACgAgQAWwIEAKQEBACtAgQA9gIEAP4CBABMAwQAVwMEAKIDBACnAwQA+AMEAPsDBABOBAQAWAQEAOKTEQCpBAQA+gQEAAkFBABQBQQAUgUEAKYFBAC3BQQA/AUEAA0GBABSBgQAZgYEADiUEQC5BgQA/gYEAAEHBABUBwQABgcEALwYCAALBwQAEv4PAF4HBACqBwQArAcEAAAIBAAKCAQAVggEAGIIBACsCAQA1ggEAAIJBAANCQQAdBkFACgJBABYCQQAiwkEAK4JBADUCQQABAoEACoKBABaCgQAjgoEALAKBADbCgQABgsEAA4LBABcCwQAhgsEALILBADnCwQACAwEADMMBABeDAQAZgwEALQMBADDDAQACg0EAA8NBABgDQQAaQ0EALYNBABtDQQAcBUEAMcNBAAMDgQAEw4EAGIOBABqDgQAuA4EAMUOBAAODwQAEw8EAGQPBABuDwQAug8EAMIPBAAQEAQAGhAEACgcBAAfEAQAZhAEAGsQBAC8EAQAyRAEABIRBAAfEQQAaBEEAHQRBAC+EQQAzREEABQSBAAeEgQAahIEAHISBADAEgQAyhIEABYTBAAbEwQAbBMEAHQTBACOlBEAzhMEABgUBAAeFAQAbhQEAIkUBADEFAQA0BQEABoVBAAgFQQA5JQRAH0VBADGFQQA0hUEABwWBAArFgQAchYEAHwWBADIFgQA1hYEAB4XBAAjFwQAdBcEAIEXBADKFwQA0hcEACAYBAAqGAQAdhgEAHsYBADMGAQA1BgEACIZBAAlGQQAeBkEAIQZBADOGQQA1BkEACQaBAA/GgQAehoEAIYaBADQGgQA1hoEACYbBAAuGwQAfBsEAH4bBADSGwQA3BsEADqVEQAuHAQAfhwEAIAcBADUHAQA4RwEACodBAAtHQQAgB0EAJEdBADWHQQA2B0EACweBAA2HgQAgh4EAI4eBADYHgQA4B4EAJCVEQAzHwQAhB8EAIcfBADaHwQA5B8EADAgBAA4IAQAhiAEAJMgBADcIAQA3iAEADIhBABIIQQAiCEEAJQhBADmlREA+iEEADQiBABQIgQAPJYRAI8iBADgIgQA7SIEADYjBABDIwQAjCMEAJgjBADiIwQA8SMEADgkBABCJAQAjiQEAJwkBADkJAQA6SQEADolBABHJQQAkCUEAKklBADmJQQA6CUEADwmBABDJgQAkpYRAK8mBADoJgQA+SYEAD4nBABKJwQAlCcEAKcnBADqJwQA+ScEAEAoBABMKAQAligEAJcoBADsKAQA9igEAEIpBABQKQQAmCkEAJ0pBADuKQQA+ykEAOiWEQBJKgQAmioEAKcqBADwKgQA/SoEAEYrBABSKwQAnCsEAKsrBADyKwQA/CsEAEgsBABWLAQAniwEAKMsBAD0LAQAAS0EAEotBABSLQQA6pcRAKUtBAD2LQQA/i0EAECYEQBOLgQAoi4EALAuBAD4LgQACS8EAJaYEQBVLwQA7JgRAKkvBAD6LwQAAjAEAFAwBABfMAQApjAEAKswBAD8MAQACTEEAFIxBABfMQQAqDEEALQxBAD+MQQADTIEAFQyBABeMgQAmJkRAKwyBABKGA8AsDIEAG77DAC9MgQAADMEAA8zBABWMwQAYjMEAKwzBACtMwQAAjQEAAw0BABYNAQAZjQEAK40BACzNAQABDUEABE1BADumREAXjUEALA1BAC7NQQABjYEABQ2BABcNgQAbTYEALI2BAC+NgQACDcEABA3BABEmhEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BADFOQQADjoEACU6BACamhEAcToEALo6BADHOgQAEDsEABw7BABmOwQAdTsEALw7BADGOwQAEjwEACA8BABoPAQALjwEAFa+CQBtPAQAvjwEAMs8BAAUPQQAHD0EAPCaEQB2PQQAwD0EANA9BAAWPgQAHz4EAGw+BABvPgQAwj4EAM4+BAAYPwQAHz8EAEabEQB7PwQAxD8EANM/BAAaQAQAG0AEAHBABACHQAQAxkAEAOBABAAcQQQAKEEEAHJBBACFQQQAyEEEANdBBAAeQgQAKkIEAHRCBAB1QgQAykIEANRCBAAgQwQALkMEAHZDBAB7QwQAzEMEANlDBACcmxEAPEQEAHhEBACHRAQAzkQEANBEBAAkRQQA00QEAIZLBAAxRQQAekUEAIdFBADQRQQA1UUEACZGBAAwRgQAfEYEAItGBADSRgQA10YEAChHBAA1RwQAfkcEAItHBADURwQA4EcEACpIBAA5SAQAgEgEAIpIBADWSAQA40gEACxJBAAxSQQAgkkEAIZJBADYSQQA5EkEAC5KBAA0SgQAhEoEAIpKBADaSgQA30oEADBLBAA2SwQA8psRAJNLBADcSwQA6UsEADJMBAA+TAQAiEwEAJdMBADeTAQA6EwEADRNBABCTQQAik0EAI9NBADgTQQA7U0EADZOBAA9TgQAjE4EAJFOBADiTgQA7k4EADhPBAA7TwQAjk8EAJtPBADkTwQA6U8EADpQBABEUAQAkFAEAJxQBADmUAQA+VAEADxRBABKUQQAklEEAJVRBADoUQQA8lEEAD5SBABKUgQAlFIEAJpSBADqUgQA8FIEAEBTBABFUwQAllMEAJxTBABInBEA9lMEAFgPBwD4UwQAklsJAPtTBABCVAQARFQEAJhUBACpVAQA7lQEAP9UBABEVQQATFUEAJpVBACqVQQA8FUEAPJVBABGVgQAVFYEAJxWBACtVgQAnpwRAPlWBAD0nBEASVcEAJ5XBACjVwQA9FcEAKRXBAD2gwQA+lcEAEpYBABUWAQAoFgEAKxYBAD2WAQA/FgEAExZBABSWQQAolkEAKdZBAD4WQQA/lkEAEqdEQBcWgQApFoEAL1aBAD6WgQA+1oEAFBbBABtWwQAplsEAK5bBABAfgQAwFsEAPxbBAD/WwQAUlwEAFdcBABMnhEAwVwEAP5cBAAEXQQAVF0EABRdBAA8KAUAVl0EAKpdBACwXQQAAF4EABReBABWXgQAXl4EAKxeBAC5XgQAAl8EAAdfBABYXwQAYl8EAK5fBAC2XwQABGAEABVgBABaYAQAX2AEALBgBACyYAQABmEEAA1hBABcYQQAaGEEALJhBAC5YQQACGIEACRiBABeYgQAZmIEAKKeEQC1YgQACmMEABZjBABgYwQAbWMEALZjBAC+YwQADGQEAA9kBABiZAQAbWQEALhkBAC6ZAQADmUEABRlBABkZQQAcGUEALplBADBZQQAEGYEABhmBABmZgQAa2YEALxmBADVZgQAEmcEAD5nBABoZwQAdGcEAL5nBADNZwQAFGgEAB5oBABqaAQAcmgEAMBoBADQaAQAFmkEACRpBABsaQQAfWkEAMJpBADOaQQA+J4RAB1qBABuagQAdmoEAMRqBADFagQAGmsEANpqBAB81QsAN2sEAHBrBAB4awQAxmsEAMprBAAcbAQAImwEAHJsBAB0bAQAyGwEAMlsBAAebQQAH20EAHRtBACAbQQAym0EANBtBAAgbgQAKG4EAHZuBAB4bgQAzG4EAOduBAAibwQAJG8EAHhvBACGbwQAzm8EAN9vBAAkcAQAJnAEAHpwBACTcAQA0HAEAOFwBAAmcQQAMnEEAE6fEQCKcQQA0nEEAJhxBACAJQgA6HEEAChyBAApcgQAfnIEAI9yBADUcgQA4HIEACpzBABAcwQAgHMEAIxzBADWcwQA43MEACx0BAA2dAQAgnQEAIR0BADYdAQA4nQEAC51BAA8dQQAhHUEAIl1BADadQQA53UEADB2BABMdgQAhnYEAI52BACknxEA6nYEADJ3BABLdwQAiHcEAIl3BADedwQA+3cEADR4BAA8eAQAingEAJt4BADgeAQA7ngEADZ5BABPeQQAjHkEAJJ5BADieQQA5HkEADh6BAA+egQAjnoEAKJ6BADkegQA7HoEADp7BABHewQAkHsEAJV7BADmewQA8HsEADx8BABEfAQAknwEAKJ8BADofAQA7XwEAD59BABHfQQAlH0EAKF9BADqfQQA8X0EAPqfEQBRfgQAln4EAKR+BADsfgQABX8EAEJ/BABIfwQAmH8EAJp/BADufwQA9H8EAESABABYgAQAmoAEAKKABADwgAQA/YAEAEaBBABLgQQAnIEEAKaBBADygQQA+oEEAEiCBABYggQAnoIEAKOCBAD0ggQA/YIEAEqDBABXgwQAoIMEAKeDBABQoBEA+4MEAEyEBABNhAQAooQEAK6EBAD4hAQA/oQEAE6FBABfhQQApIUEALiFBAD6hQQACYYEAFCGBABVhgQApoYEALOGBAD8hgQADIcEAFKHBABghwQAqIcEAL+HBAD+hwQAB4gEAFSIBABaiAQAqogEALaIBAAAiQQAB4kEAFaJBAByiQQArIkEALSJBACmoBEACIoEAFiKBABeigQArooEALOKBAAEiwQACosEAPygEQBfiwQAsIsEALKLBAAGjAQADYwEAFyMBABqjAQAsowEAL+MBAAIjQQAH40EAF6NBABmjQQAtI0EALWNBAAKjgQADY4EAGCOBAB0jgQAto4EAMWOBAAMjwQAEY8EAGKPBABjjwQAuI8EAM+PBACooREAEJAEAGSQBABxkAQAupAEAMeQBAAQkQQAFZEEAGaRBABwkQQAvJEEAMSRBAASkgQAIpIEAGiSBAB2kgQAvpIEAMuSBAAUkwQAG5MEAGqTBABykwQAwJMEAMKTBAAWlAQAHpQEAGyUBABtlAQAwpQEAIKUBABGLQUAx5QEABiVBAAblQQAbpUEAHiVBADElQQA25UEABqWBAAglgQAcJYEAHyWBADGlgQAyZYEAByXBAA5lwQAcpcEAIOXBADIlwQA0JcEAB6YBAAlmAQAdJgEAHqYBADKmAQA2JgEACCZBAA7mQQAdpkEAIKZBADMmQQA0pkEACKaBAA3mgQAeJoEAICaBADOmgQA2JoEACSbBAAqmwQAepsEAIibBADQmwQA3JsEACacBAAtnAQAfJwEAIScBAD+oREA4JwEACidBAA+nQQAfp0EAIqdBADUnQQA2Z0EACqeBAAzngQAgJ4EAIqeBADWngQA4p4EAOqBBgDyngQALJ8EADSfBABUohEAh58EANifBADlnwQALqAEADugBACEoAQAkKAEANqgBADpoAQAMKEEADqhBACGoQQAlKEEANyhBADhoQQAMqIEAD+iBACIogQAkKIEAKqiEQDsogQANKMEAEqjBACKowQAlqMEAOCjBADlowQANqQEAD+kBACMpAQAlqQEAOKkBADqpAQAOKUEAESlBACOpQQAoaUEAOSlBADlpQQAOqYEAEimBACQpgQAlqYEAOamBADypgQAPKcEAEOnBAAAoxEAnKcEAOinBADwpwQAPqgEAESoBABO5QkATagEAJSoBACZqAQAbhYFAJqoBADqqAQA9qgEAECpBABCqQQAlqkEAKCpBADsqQQA+KkEAEKqBABKqgQAVqMRAKCqBADuqgQA/aoEAESrBABJqwQAmqsEAKerBADwqwQA/asEAEasBABSrAQAnKwEAKusBADyrAQA/KwEAEitBABWrQQAnq0EAKOtBAD0rQQAAa4EAEquBABSrgQAoK4EAKquBAD2rgQA+64EAEyvBABUrwQAoq8EAK2vBAD4rwQA/a8EAE6wBABRsAQApLAEAK6wBAD6sAQAArEEAKyjEQBVsQQAprEEALWxBAD8sQQA/rEEAFKyBABjsgQAqLIEALOyBAD+sgQAA7MEAFSzBABXswQAqrMEALSzBAAAtAQACLQEAFa0BABYtAQArLQEALm0BAACtQQACbUEAFi1BABgtQQArrUEAK+1BAAEtgQACbYEAFq2BABgtgQAsLYEALq2BAAGtwQADrcEAAKkEQCStwQAsrcEAOe3BAAIuAQAIrgEAF64BACEuAQAtLgEAM64BAAKuQQAMLkEAGC5BAB6uQQAtrkEAN+5BAAMugQAFLoEAGK6BABkugQAuLoEAMW6BAAOuwQAFbsEAGS7BABsuwQAursEALu7BAAQvAQAFbwEAGa8BABsvAQAvLwEAMa8BAASvQQAGr0EAFikEQCEvQQArqQRAMa9BAAUvgQAFr4EAGq+BAB3vgQAwL4EAMe+BAAWvwQAHr8EAGy/BABtvwQAwr8EAMe/BAAYwAQAHsAEAG7ABAB4wAQAxMAEAMzABAAEpREAH8EEAHDBBABywQQAxsEEAM3BBAAcwgQAKsIEAHLCBAB/wgQAyMIEAN/CBAAewwQAJsMEAHTDBAB+wwQAysMEAIrDBADeIwUA1cMEACDEBAAsxAQAdsQEAH7EBABapREAzcQEACLFBADWxAQAiKQFAOLEBAAMkQUAJ8UEAHjFBAB7xQQAzsUEANjFBAAkxgQAO8YEAHrGBACAxgQA0MYEANzGBAAmxwQAKccEAHzHBACZxwQA0scEAOPHBAAoyAQAR8gEAH7IBACGyAQA1MgEANbIBAAqyQQAOckEAIDJBACKyQQA1skEAOTJBAAsygQAR8oEAILKBACOygQA2MoEAODKBACwpREAOssEAITLBACTywQA2ssEAN/LBAAwzAQANswEAIbMBACNzAQA3MwEAOTMBAAyzQQANM0EAIjNBACPzQQA3s0EAODNBAA0zgQANc4EAIrOBACUzgQA4M4EAOzOBAA2zwQAPM8EAIzPBACmzwQA4s8EAOrPBAA40AQATtAEAI7QBACc0AQA5NAEAOfQBAA60QQAPdEEAJDRBACe0QQA5tEEAPPRBAA80gQAU9IEAJLSBACa0gQA6NIEAOrSBAA+0wQARtMEAJTTBACr0wQA6tMEAPbTBABA1AQAVtQEAJbUBACe1AQA7NQEAPrUBABC1QQATNUEAJjVBACg1QQA7tUEAPXVBABE1gQAUNYEAJrWBACb1gQA8NYEAPzWBABG1wQAU9cEAJzXBACj1wQA8tcEAPXXBABI2AQAUNgEAJ7YBACj2AQA9NgEAAHZBABK2QQAetkEAKDZBACo2QQABqYRAP7ZBAAk4BEAEtoEAEzaBABU2gQAXKYRALDaBAD42gQA+toEAE7bBABf2wQApNsEAKzbBAD62wQABtwEAFDcBABW3AQAptwEAKzcBAD83AQAAd0EAFLdBABY3QQAsqYRAK3dBAD+3QQAtN0EABYnDgAG3gQAVN4EAFneBAAKmgoAWt4EADzgCwBg3gQAeFILAGPeBACq3gQAZd4EAIzdCwCv3gQAAN8EALDeBADyiwkADd8EAFbfBABj3wQArN8EALjfBAAC4AQAEeAEAFjgBABi4AQACqgRALjgBAAE4QQACeEEAFrhBABi4QQAYKgRALXhBAAG4gQACeIEAFziBABm4gQAsuIEANriBAAMqREADuMEAF7jBAB04wQAtOMEAMLjBAAK5AQAF+QEAGDkBABi5AQAtuQEAMDkBAAM5QQAGOUEAGLlBABp5QQAuOUEAMDlBAAO5gQAFeYEAGTmBABt5gQAuuYEAMbmBAAQ5wQAGOcEAGKpEQBr5wQAvOcEAMTnBAAS6AQAIegEAGjoBABt6AQAvugEAMvoBAAU6QQAIekEAGrpBAB26QQAwOkEAM/pBAAW6gQAIOoEAGzqBAB66gQAwuoEAMfqBAAY6wQAJesEAG7rBAB26wQAxOsEAM7rBAAa7AQAKOwEAHDsBACG7AQAxuwEANLsBAAc7QQAIe0EAHLtBAB77QQAyO0EANLtBAC4qREAKO4EAHTuBACA7gQAyu4EANLuBAAOqhEAJe8EAHbvBACD7wQAzO8EANnvBAAi8AQALvAEAHjwBACH8AQAzvAEANjwBAAk8QQAPPEEAHrxBACE8QQA0PEEAN7xBAAm8gQAPPIEAHzyBACI8gQA0vIEANfyBAAo8wQAMfMEAH7zBACI8wQA1PMEANzzBABkqhEAN/QEAID0BABA9AQA+vMQAI30BADW9AQA4vQEACz1BAA79QQAgvUEAIz1BADY9QQA5vUEAC72BAA79gQAhPYEAJv2BADa9gQA4vYEADD3BAA69wQAhvcEAIv3BADc9wQA5PcEALqqEQA++AQAiPgEAI74BADe+AQA+fgEADT5BABA+QQAivkEAJD5BAAQqxEA6PkEAGarEQA7+gQAjPoEAJn6BADi+gQA7/oEADj7BABE+wQAjvsEAJ37BADk+wQA7vsEADr8BABI/AQAkPwEAJX8BADm/AQA8/wEADz9BABE/QQAvKsRAJ79BADo/QQA+P0EAD7+BABH/gQAlP4EAJf+BADq/gQA9v4EAED/BABH/wQAEqwRAKT/BADs/wQAAgAFAEIABQBOAAUAmAAFAJ8ABQDuAAUA9gAFAEQBBQBJAQUAmgEFAKMBBQDwAQUA+gEFAGisEQBLAgUAnAIFAFICBQD6BgUApAIFAPICBQD4AgUASAMFAE0DBQCeAwUApwMFAPQDBQD+AwUASgQFAFYEBQCgBAUAqAQFAL6sEQD7BAUATAUFAFQFBQCiBQUArQUFAPgFBQD9BQUATgYFAFEGBQCkBgUArgYFABStEQAEBwUAUAcFAFQHBQCmBwUAqwcFAPwHBQACCAUAUggFAHIIBQCoCAUAsAgFAP4IBQAMCQUAVAkFAFcJBQCqCQUAsgkFAAAKBQAJCgUAVgoFAGMKBQCsCgUAsgoFAAILBQAOCwUAWAsFAFoLBQCuCwUAvQsFAAQMBQAPDAUAWgwFAFwMBQCwDAUAyQwFAAYNBQAXDQUAXA0FAGgNBQBqrREAug0FAAgOBQAoDgUAXg4FAGwOBQC0DgUAwQ4FAAoPBQARDwUAYA8FAHwPBQC2DwUAvg8FAMCtEQAREAUAYhAFAG8QBQC4EAUAxRAFAA4RBQAaEQUAZBEFAHMRBQC6EQUAxBEFABASBQAlEgUAZhIFAG4SBQC8EgUAyxIFABITBQAUEwUAaBMFAHETBQC+EwUAwRMFABQUBQAgFAUAahQFAIYUBQDAFAUAyBQFABauEQAbFQUAbBUFAIIVBQDCFQUAzhUFABgWBQA7FgUAbK4RAHsWBQDEFgUA0RYFABoXBQAmFwUAcBcFAH8XBQDGFwUA0BcFABwYBQAkGAUAchgFAHwYBQDIGAUAzRgFAB4ZBQAmGQUAwq4RAIgZBQDKGQUA8BkFACAaBQBGGgUAdhoFAJwaBQDMGgUA9xoFACIbBQAqGwUAeBsFAKIbBQDOGwUABBwFACQcBQBKHAUAehwFAKAcBQDQHAUABh0FACYdBQBRHQUAfB0FAIQdBQDSHQUA1x0FAOh+BQDhHQUAKB4FAC0eBQB+HgUAix4FANQeBQDhHgUAKh8FADYfBQCAHwUAjx8FANYfBQDgHwUALCAFADogBQCCIAUAhyAFANggBQDlIAUALiEFADYhBQCEIQUAiiEFANohBQCOIQUAOHwFAOYhBQAwIgUAQCIFAIYiBQCPIgUA3CIFAN8iBQAyIwUAPiMFAIgjBQCPIwUAGK8RAPIjBQA0JAUANyQFAIokBQCnJAUA4CQFAPEkBQA2JQUAPSUFAIwlBQClJQUA4iUFAOolBQA4JgUATiYFAI4mBQCTJgUA5CYFAOsmBQA6JwUAQycFAJAnBQChJwUA5icFAPInBQBurxEAPigFAJgrBQBQKAUAkigFAJUoBQDoKAUABSkFAD4pBQBPKQUAlCkFAKMpBQDqKQUA+ykFAEAqBQBOKgUAlioFAKIqBQDsKgUA+SoFAEIrBQBMKwUAxK8RAJ4rBQDuKwUA/CsFAEQsBQBGLAUAmiwFAKEsBQDwLAUACS0FABqwEQBaLQUAnC0FAJ8tBQDyLQUADy4FAEguBQBZLgUAni4FAKYuBQD0LgUA+y4FAEovBQBQLwUAoC8FAK4vBQD2LwUAETAFAEwwBQBYMAUAojAFAKgwBQD4MAUADTEFAE4xBQBWMQUApDEFAK4xBQD6MQUAADIFAFAyBQBeMgUApjIFALIyBQD8MgUAAzMFAFIzBQBaMwUAcLARALEzBQD+MwUACzQFAFQ0BQBiNAUAqjQFALk0BQAANQUAAjUFAFY1BQBgNQUArDUFALo1BQACNgUABzYFAFg2BQBlNgUArjYFALE2BQAENwUAEDcFAFo3BQBtNwUAsDcFAL83BQAGOAUAEjgFAFw4BQBdOAUAsjgFALw4BQAIOQUAFjkFAF45BQBjOQUAtDkFAME5BQDGsBEADzoFAGA6BQB2OgUAtjoFAMw6BQAMOwUAFTsFAGI7BQBvOwUAuDsFAMY7BQAOPAUAHTwFAGQ8BQBmPAUAujwFAMQ8BQAQPQUAHj0FAGY9BQBrPQUAvD0FAMk9BQASPgUAFT4FAGg+BQBwPgUAvj4FAM8+BQAUPwUAIj8FAGo/BQB3PwUAwD8FAOA/BQAWQAUAHkAFAGxABQB8QAUAwkAFAMRABQAYQQUAJkEFAG5BBQB/QQUAyLERAMpBBQAaQgUAJkIFAB6yEQB3QgUAxkIFAH1CBQDsLgcAzUIFABxDBQAiQwUAckMFAH5DBQDIQwUAy0MFAB5EBQAhRAUAdEQFAJxEBQDKRAUA7UQFACBFBQArRQUAdkUFAHtFBQDMRQUAz0UFACJGBQAsRgUAeEYFAKBGBQB0shEA00YFACRHBQAxRwUAekcFAIdHBQDQRwUA3EcFACZIBQA1SAUAfEgFAIZIBQDSSAUA2kgFAChJBQAySQUAfkkFAINJBQDUSQUA3EkFAMqyEQA3SgUAgEoFAJRKBQDWSgUA3koFACxLBQAxSwUAgksFAJJLBQDYSwUA4EsFAC5MBQA4TAUAhEwFAI9MBQDaTAUA5kwFADBNBQA4TQUAILMRAIdNBQDcTQUA6E0FADJOBQBBTgUAiE4FAJZOBQDeTgUA7k4FADRPBQBCTwUAik8FAJZPBQDgTwUA508FADZQBQA+UAUAjFAFAKJQBQDiUAUA9lAFADhRBQA7UQUAjlEFAKtRBQDkUQUA9VEFADpSBQBCUgUAkFIFAJtSBQDmUgUA61IFADxTBQA/UwUAklMFAJxTBQDoUwUA61MFAHazEQBAVAUAiFQIAENUBQCUVAUAl1QFAOpUBQD0VAUAQFUFAEhVBQCWVQUAtVUFAMyzEQAAVgUAQlYFAGhWBQCYVgUAvlYFAO5WBQAUVwUARFcFAHxXBQCaVwUA0FcFAPBXBQAWWAUARlgFAGxYBQCcWAUA0lgFAPJYBQAWWQUASFkFAGRZBQCeWQUAplkFACK0EQD5WQUASloFAFdaBQCgWgUArVoFAPZaBQACWwUATFsFAFtbBQCiWwUArFsFAPhbBQAGXAUATlwFAFNcBQCkXAUAsVwFAPpcBQACXQUAeLQRAFxdBQCmXQUAtl0FAPxdBQAFXgUAUl4FAFVeBQCoXgUAtF4FAP5eBQAFXwUAzrQRAGJfBQCqXwUAwF8FAABgBQAMYAUAVmAFAF1gBQCsYAUAtGAFAAJhBQAHYQUAWGEFAGFhBQCuYQUAuGEFACS1EQAFYgUAWmIFAGZiBQCwYgUAtmIFAAZjBQAIYwUAXGMFAGZjBQCyYwUAwGMFAAhkBQANZAUAXmQFAGtkBQC0ZAUAvGQFAAplBQAUZQUAYGUFAG5lBQC2ZQUAzGUFAAxmBQAYZgUAYmYFAGlmBQC4ZgUAwGYFAA5nBQATZwUAZGcFAG1nBQC6ZwUAxGcFAHq1EQATaAUAZmgFAINoBQC8aAUAzWgFABJpBQAgaQUAaGkFAIBpBQC+aQUAwWkFABRqBQAxagUAamoFAHtqBQDAagUA2GoFABZrBQAiawUAbGsFAH9rBQDCawUA0WsFABhsBQAkbAUAbmwFAG9sBQDEbAUAzmwFABptBQAobQUAcG0FAHVtBQDGbQUA020FANC1EQAhbgUAcm4FAH9uBQDIbgUA1W4FAB5vBQAqbwUAdG8FAINvBQDKbwUA1G8FACBwBQAucAUAdnAFAHtwBQDMcAUA2XAFACJxBQAqcQUA0rYRAIRxBQDOcQUA3nEFACRyBQAtcgUAenIFAH1yBQDQcgUA3HIFACZzBQAtcwUAKLcRAIpzBQDScwUA6HMFACh0BQA0dAUAfnQFAIV0BQDUdAUA3HQFACp1BQAvdQUAgHUFAIl1BQDWdQUA4HUFAH63EQAtdgUAgnYFAI52BQDYdgUA3nYFAC53BQAwdwUAhHcFAI53BQDadwUA6HcFADB4BQA1eAUAhngFAJN4BQDceAUA5HgFADJ5BQA8eQUAiHkFAJZ5BQDeeQUA9HkFADR6BQBAegUAinoFAJF6BQDgegUA6HoFADZ7BQA7ewUAjHsFAJV7BQDiewUA7HsFANS3EQBGfAUAjnwFAKR8BQDkfAUA8HwFADp9BQBBfQUAkH0FAJh9BQDmfQUA630FADx+BQBFfgUAkn4FAJx+BQAquBEA6X4FAD5/BQBKfwUAlH8FAJp/BQDqfwUA7H8FAECABQBKgAUAloAFAKSABQDsgAUA8YAFAEKBBQBPgQUAmIEFAKCBBQDugQUA+IEFAESCBQBSggUAmoIFALCCBQDwggUA/IIFAEaDBQBNgwUAnIMFAKSDBQDygwUA94MFAEiEBQBRhAUAnoQFAKiEBQCAuBEA9oQFAEYSDQAChQUASoUFAFuFBQCghQUApYUFAPaFBQANhgUATIYFAGCGBQCihgUAuoYFAPiGBQAHhwUATocFAFOHBQCkhwUAsYcFAPqHBQAHiAUAUIgFAFyIBQCmiAUAtYgFAPyIBQAGiQUAUokFAFqJBQCoiQUAxokFAP6JBQAGigUAVIoFAF2KBQCqigUAt4oFAACLBQACiwUAVosFAG+LBQCsiwUAvYsFAAKMBQAOjAUAWIwFAGCMBQDWuBEAs4wFAASNBQAMjQUAWo0FAGmNBQCwjQUAtY0FAAaOBQATjgUAXI4FAGmOBQCyjgUAvo4FAAiPBQAXjwUAXo8FAGiPBQC0jwUAvI8FAAqQBQAUkAUAYJAFAGWQBQC2kAUAvpAFACy5EQAgkQUAYpEFAGWRBQC4kQUA1ZEFAA6SBQAfkgUAZJIFAJqSBQC6kgUA2ZIFABCTBQAYkwUAZpMFAGiTBQC8kwUAy5MFABKUBQAclAUAaJQFAHaUBQC+lAUA2ZQFABSVBQAglQUAapUFAHKVBQCCuREAzJUFABaWBQAllgUAbJYFAHGWBQDClgUAyJYFABiXBQAflwUAbpcFAHaXBQDElwUAxpcFABqYBQAhmAUAcJgFAHKYBQDGmAUAx5gFAByZBQAmmQUAcpkFAH6ZBQDImQUAzpkFAB6aBQA4mgUAdJoFAHyaBQDKmgUA4JoFACCbBQAumwUAdpsFAHmbBQDMmwUAz5sFACKcBQAwnAUAeJwFAIWcBQDOnAUA5ZwFACSdBQAsnQUAep0FAHydBQDQnQUA2J0FACaeBQA9ngUAfJ4FAIieBQDSngUA6J4FACifBQAwnwUAfp8FAIyfBQDUnwUA3p8FACqgBQAyoAUAgKAFAIegBQDWoAUA4qAFACyhBQAtoQUAgqEFAI6hBQDYoQUA5aEFAC6iBQA1ogUAhKIFAIeiBQDaogUA4qIFADCjBQA1owUAhqMFAJOjBQDcowUADKQFADKkBQA6pAUA2LkRAI6kBQDepAUA7KQFADSlBQBFpQUAiqUFAI+lBQDgpQUA96UFADamBQBKpgUAjKYFAKumBQDipgUA6qYFADinBQA6pwUAjqcFAJ2nBQDkpwUA7qcFADqoBQBIqAUAkKgFAKuoBQDmqAUA8qgFADypBQBEqQUALroRAJ6pBQDoqQUA96kFAD6qBQBDqgUAlKoFAJqqBQDqqgUA8aoFAECrBQBIqwUAlqsFAJirBQDsqwUA86sFAEKsBQBErAUAmKwFAJmsBQDurAUA+KwFAEStBQBQrQUAmq0FAKCtBQDwrQUACq4FAEauBQBOrgUAnK4FALKuBQDyrgUAAK8FAEivBQBLrwUAnq8FAKGvBQD0rwUAArAFAEqwBQBXsAUAoLAFALewBQD2sAUA/rAFAEyxBQBOsQUAorEFAKqxBQD4sQUAD7IFAE6yBQBasgUApLIFALqyBQD6sgUAArMFAFCzBQBeswUAprMFALCzBQD8swUABLQFAFK0BQBZtAUAqLQFALS0BQD+tAUA/7QFAFS1BQBgtQUAqrUFALe1BQAAtgUAB7YFAFa2BQBZtgUArLYFALS2BQACtwUAB7cFAFi3BQBltwUArrcFAN63BQAEuAUADLgFAIS6EQBfuAUAsLgFAMy4BQAGuQUADrkFANq6EQCVuQUAsrkFANi5BQAIugUAMboFAF66BQCUugUAtLoFAMm6BQAKuwUAErsFAGC7BQBjuwUAtrsFANO7BQAMvAUAHbwFAGK8BQBlvAUAuLwFAMK8BQAOvQUAEL0FAGS9BQBuvQUAur0FAMa9BQAQvgUALL4FAGa+BQBuvgUAMLsRAO++BQASvwUAFb8FAGi/BQCOvwUAvr8FAOe/BQAUwAUAOMAFAGrABQBywAUAhrsRAMXABQAWwQUAI8EFAGzBBQB5wQUAwsEFAM7BBQAYwgUAJ8IFAG7CBQB4wgUAxMIFANLCBQAawwUAH8MFAHDDBQB9wwUAxsMFAM7DBQAcxAUAJsQFAHLEBQCAxAUAyMQFAN7EBQAexQUAKsUFAHTFBQB5xQUAysUFANPFBQAgxgUAKsYFAHbGBQCSxgUAzMYFANTGBQDcuxEAJMcFAHjHBQCGxwUAzscFAN/HBQAyvBEAK8gFAIi8EQB/yAUA0MgFANjIBQAmyQUANckFAHzJBQCCyQUA0skFAN7JBQAoygUAKsoFAH7KBQCIygUA1MoFAODKBQAqywUAMssFADS9EQCFywUA1ssFAOXLBQAszAUATMwFAILMBQCOzAUA2MwFAOLMBQAuzQUANs0FAITNBQCGzQUA2s0FAOrNBQAwzgUAOs4FAIbOBQCSzgUA3M4FAOLOBQAyzwUAOs8FAIq9EQCfzwUA3s8FAObPBQA00AUAPtAFAIrQBQCP0AUA4NAFAOjQBQDgvREAO9EFAIzRBQCV0QUA5F8MAJnRBQDi0QUAotEFAGR7DwDs0QUA8EAPAO/RBQA40gUARNIFAI7SBQCd0gUA5NIFAO7SBQA60wUAQtMFAPBjCwBI0wUAkNMFAJ3TBQDm0wUA/dMFADzUBQBE1AUAktQFAJzUBQDo1AUA7dQFAD7VBQBG1QUANr4RAKHVBQDq1QUA+NUFAEDWBQBT1gUAltYFAJ7WBQDs1gUA79YFAELXBQBH1wUAmNcFAKfXBQDu1wUADtgFAETYBQBQ2AUAmtgFAKTYBQDw2AUADNkFAEbZBQBO2QUAjL4RAK/ZBQDy2QUA+NkFAEjaBQBU2gUAntoFAKjaBQD02gUA+toFAErbBQBY2wUAoNsFAKzbBQD22wUA+dsFAEzcBQBN3AUAotwFAK7cBQD43AUA/twFAE7dBQBU3QUApN0FALDdBQD63QUAF94FAFDeBQBZ3gUApt4FALLeBQD83gUA/94FAFLfBQBc3wUAqN8FALTfBQD+3wUABOAFAFTgBQBa4AUAquAFAK/gBQAA4QUABuEFAOK+EQBi4QUArOEFAK7hBQAC4gUAEeIFAFjiBQBj4gUAruIFALriBQAE4wUAC+MFAFrjBQBi4wUAsOMFALrjBQAG5AUAEeQFAFzkBQBo5AUAsuQFALrkBQDkvxEACuUFAF7lBQBx5QUAtOUFALzlBQAK5gUAEOYFAGDmBQBs5gUAtuYFAMDmBQAM5wUAEucFAGLnBQBw5wUAuOcFAMTnBQAO6AUAEegFAGToBQBs6AUAuugFALvoBQAQ6QUAHOkFAGbpBQBs6QUAvOkFAMTpBQAS6gUAGOoFAGjqBQB06gUAvuoFANvqBQAU6wUAHesFAGrrBQB26wUAwOsFAMPrBQAW7AUAIOwFAGzsBQB07AUAwuwFANPsBQAY7QUAJu0FAG7tBQCE7QUAxO0FANLtBQAa7gUAJO4FADrAEQB/7gUAxu4FANHuBQAc7wUAKO8FAHLvBQB57wUAyO8FANDvBQAe8AUAKPAFAHTwBQB/8AUAyvAFANbwBQAg8QUAKPEFAJDAEQB48QUAzPEFAN/xBQAi8gUAKvIFAHjyBQB+8gUAzvIFANryBQAk8wUALvMFAHrzBQCA8wUA0PMFAN7zBQAm9AUAMvQFAHz0BQB/9AUA0vQFANr0BQAo9QUAKfUFAH71BQCK9QUA1PUFANr1BQAq9gUAMvYFAID2BQCG9gUA1vYFAOL2BQAs9wUASfcFAIL3BQCL9wUA2PcFAOT3BQAu+AUAMfgFAIT4BQCO+AUA2vgFAOL4BQAw+QUAQfkFAIb5BQCU+QUA3PkFAPL5BQAy+gUAQPoFAIj6BQCS+gUA3voFAOb6BQA0+wUAV/sFAObAEQCV+wUA4PsFAO77BQA2/AUARfwFAIz8BQCX/AUA4vwFAOr8BQA4/QUARv0FAI79BQCR/QUA5P0FAOz9BQA8wREASP4FAJD+BQCT/gUA5v4FAO7+BQCIUAYA8v4FAOorBgD1/gUASAUGAAL/BQA8/wUAWP8FAJLBEQCU/wUA6P8FAPX/BQA+AAYASwAGAJQABgCZAAYA6gAGAPQABgBAAQYATwEGAJYBBgCbAQYA7AEGAPkBBgBCAgYATwIGAJgCBgCkAgYA7gIGAP0CBgBEAwYATgMGAJoDBgCmAwYA8AMGAPYDBgBGBAYATAQGAJwEBgChBAYA8gQGAPgEBgDowREATQUGACohBgBZBQYAngUGAKwFBgD0BQYAAAYGAEoGBgBXBgYAoAYGAKoGBgD2BgYAEgcGAEwHBgBoBwYAPsIRAKQHBgD4BwYABQgGAE4IBgBbCAYApAgGAKkIBgD6CAYABAkGAFAJBgBfCQYApgkGAKsJBgD8CQYACQoGAFIKBgBfCgYAqAoGALQKBgD+CgYADQsGAFQLBgBeCwYAqgsGALYLBgAADAYABgwGAFYMBgBcDAYArAwGALEMBgACDQYACA0GAJTCEQBfDQYArg0GALwNBgAEDgYABw4GAFoOBgBpDgYAsA4GALUOBgAGDwYAEw8GAFwPBgBpDwYAsg8GAL4PBgAIEAYAFxAGAF4QBgBoEAYAtBAGAMIQBgAKEQYADxEGAGARBgBtEQYAthEGAMIRBgAMEgYAHxIGAGISBgBxEgYAuBIGAMQSBgAOEwYADxMGAGQTBgBuEwYAuhMGAMgTBgAQFAYAFRQGAGYUBgBzFAYA6sIRAL4UBgASFQYAIBUGAGgVBgB5FQYA7MMRAMUVBgBCxBEAGRYGAGoWBgByFgYAwBYGAM8WBgAWFwYAGxcGAGwXBgB5FwYAwhcGAM8XBgAYGAYAJBgGAG4YBgB9GAYAxBgGAM4YBgDuxBEAHBkGAHAZBgCLGQYAxhkGAMgZBgAcGgYANhoGAHIaBgB/GgYAyBoGANQaBgAeGwYAKBsGAHQbBgCOGwYAyhsGANkbBgAgHAYAJRwGAHYcBgCDHAYAzBwGANkcBgAiHQYALh0GAHgdBgCHHQYAzh0GANgdBgAkHgYAMB4GAHoeBgCNHgYA0B4GAN8eBgAmHwYAMh8GAHwfBgB9HwYA0h8GANwfBgAoIAYANiAGAH4gBgCDIAYA1CAGAOEgBgBExREANyEGAIAhBgCNIQYA1iEGAOIhBgAsIgYAOyIGAIIiBgCMIgYA2CIGAOYiBgAuIwYAMyMGAIQjBgCRIwYA2iMGAOYjBgAwJAYAQyQGAIYkBgCVJAYA3CQGAOgkBgAyJQYAMyUGAIglBgCSJQYA3iUGAOwlBgA0JgYAOSYGAIomBgCXJgYAmsURAO0mBgA2JwYAOCcGAIwnBgClJwYA4icGAPMnBgA4KAYARCgGAI4oBgCWKAYAnMYRAOkoBgA6KQYAQikGAJApBgCfKQYA5ikGAOspBgA8KgYASSoGAJIqBgCfKgYA6CoGAPQqBgA+KwYATSsGAJQrBgCeKwYA8sYRAP0rBgBALAYATywGAJYsBgCiLAYA7CwGAO0sBgBCLQYATC0GAJgtBgCmLQYA7i0GAPMtBgBELgYAUS4GAEjHEQCfLgYA8C4GAP0uBgBGLwYAUy8GAJwvBgCoLwYA8i8GAAEwBgBIMAYAUjAGAJ4wBgCsMAYA9DAGAPkwBgBKMQYAVzEGAKAxBgCoMQYASsgRAAIyBgBMMgYAXDIGAKIyBgCrMgYA+DIGAPsyBgBOMwYAWjMGAKQzBgCrMwYAoMgRAAU0BgBQNAYAUTQGAKY0BgC+NAYA/DQGAAk1BgBSNQYAXjUGAKg1BgCyNQYA/jUGAAI2BgBUNgYAWTYGAKo2BgCwNgYAADcGACA3BgBWNwYAbjcGAKw3BgDDNwYAAjgGAA44BgBYOAYAYjgGAK44BgCwOAYABDkGAAs5BgBaOQYAYTkGALA5BgC2OQYABjoGABI6BgBcOgYAXzoGALI6BgC1OgYACDsGABQ7BgBeOwYAYTsGAPbIEQC5OwYACjwGABI8BgBgPAYAZjwGALY8BgC7PAYADD0GABU9BgBiPQYAbD0GALg9BgDEPQYADj4GABY+BgBMyREAaT4GALo+BgDCPgYAED8GABs/BgBmPwYAaz8GALw/BgC/PwYAEkAGABxABgCiyREAcEAGAL5ABgDCQAYAFEEGABZBBgBqQQYAbUEGAMBBBgDIQQYAFkIGACNCBgBsQgYAcUIGAMJCBgDMQgYAGEMGACBDBgBuQwYAb0MGAMRDBgDJQwYAGkQGAB1EBgBwRAYAc0QGAMZEBgDURAYAHEUGADVFBgByRQYAg0UGAMhFBgDURQYAHkYGACZGBgD4yREAeUYGAMpGBgDSRgYAIEcGAC9HBgB2RwYAe0cGAMxHBgDZRwYAIkgGAC9IBgB4SAYAhEgGAM5IBgDdSAYAJEkGAC5JBgB6SQYAgkkGANBJBgDaSQYAJkoGACtKBgB8SgYAhEoGAE7KEQDdSgYAKEsGADRLBgB+SwYAhksGAKTKEQDgSwYAKkwGADFMBgCATAYAjkwGANZMBgDZTAYALE0GADRNBgCCTQYAhU0GANhNBgDkTQYALk4GADROBgCETgYAn04GANpOBgDmTgYAME8GADZPBgCGTwYAqU8GANxPBgDfTwYAMlAGAFZQBgD6yhEAl1AGAN5QBgDjUAYANFEGAEFRBgCKUQYAl1EGAOBRBgDsUQYANlIGAEVSBgCMUgYAllIGAOJSBgDwUgYAOFMGAD1TBgCOUwYAm1MGAORTBgDsUwYAUMsRAEdUBgCQVAYAmFQGAOZUBgD/VAYAPFUGAEJVBgCSVQYAl1UGAOhVBgAIVgYAPlYGAEpWBgCUVgYAoVYGAOpWBgDyVgYAQFcGAENXBgCWVwYAoFcGAOxXBgDuVwYAQlgGAExYBgCYWAYApFgGAKbLEQAEWQYARFkGAFBZBgCaWQYAn1kGAPBZBgCiWQYAQsYSAPlZBgBGWgYAUFoGAJxaBgCkWgYAfFIKAKhaBgDyWgYAv1oGAKCPCgD4WgYASFsGAAVbBgBiSw0ATlsGAJ5bBgCjWwYA9FsGAPpbBgD8yxEAWFwGAKBcBgC2XAYA9lwGAAJdBgBMXQYAUV0GAKJdBgCrXQYA+F0GAAJeBgBOXgYAVl4GAKReBgCzXgYA+l4GAP9eBgBQXwYAXV8GAKZfBgCzXwYA/F8GAAhgBgBSYAYAYWAGAKhgBgCyYAYA/mAGAAxhBgBUYQYAYWEGAKphBgDBYQYAAGIGAAhiBgBWYgYAYGIGAKxiBgCxYgYAAmMGAApjBgD+zBEAZGMGAK5jBgC0YwYABGQGAB9kBgBaZAYAZmQGALBkBgC2ZAYAVM0RAAxlBgBo+g0AGWUGAFxlBgBrZQYAsmUGAL5lBgAIZgYACWYGAF5mBgBoZgYAtGYGAMJmBgAKZwYAD2cGAGBnBgBtZwYAqs0RALtnBgAMaAYAFGgGAGJoBgBlaAYAuGgGAMFoBgAOaQYAHWkGAGRpBgBvaQYAumkGAMJpBgAQagYAIGoGAGZqBgB0agYAvGoGAM1qBgASawYAHmsGAGhrBgBwawYArM4RAMRrBgAUbAYAHGwGAGpsBgBxbAYAwGwGAM5sBgAWbQYAHG0GAGxtBgB4bQYAwm0GANFtBgAYbgYAIm4GAG5uBgBzbgYAxG4GAMpuBgAabwYALm8GAHBvBgB4bwYAxm8GAPBvBgAccAYAJXAGAHJwBgB/cAYAyHAGANZwBgAecQYAMXEGAHRxBgCQcQYAAs8RAM9xBgAgcgYALXIGAHZyBgCDcgYAzHIGANhyBgAicwYAMXMGAHhzBgCCcwYAznMGANxzBgAkdAYAKXQGAHp0BgCHdAYA0HQGANh0BgBYzxEAMnUGAHx1BgCMdQYA0nUGANt1BgAodgYAK3YGAH52BgCKdgYA1HYGANt2BgCuzxEAVHcGAIB3BgCJdwYA1ncGAON3BgAseAYAOngGAIJ4BgCVeAYA2HgGAPR4BgAE0BEAPHkGAIR5BgCaeQYA2nkGAOZ5BgAwegYAN3oGAIZ6BgCOegYA3HoGAOF6BgAyewYAO3sGAIh7BgCSewYAWtARAN97BgA0fAYAQHwGAIp8BgCQfAYA4HwGAOJ8BgA2fQYAQH0GAIx9BgCafQYA4n0GAOd9BgA4fgYARX4GAI5+BgCWfgYA5H4GAO5+BgA6fwYASH8GAJB/BgCmfwYA5n8GAPJ/BgA8gAYAQ4AGAJKABgCagAYA6IAGAO2ABgA+gQYAR4EGAJSBBgCegQYAsNARAPCBBgBAggYARoIGAJaCBgCbggYA7IIGAPKCBgAG0REAR4MGAJiDBgClgwYA7oMGAPuDBgBEhAYAUIQGAJqEBgCphAYA8IQGAPqEBgBGhQYAVIUGAJyFBgChhQYA8oUGAP+FBgBIhgYAUIYGAAjSEQCshgYA9IYGAAqHBgBKhwYAVocGAKCHBgClhwYA9ocGAP+HBgBMiAYAVogGAF7SEQCuiAYA+IgGAAmJBgBOiQYAWokGAKSJBgCziQYA+okGAASKBgBQigYAXooGAKaKBgCrigYA/IoGAAmLBgBSiwYAXIsGAKiLBgBeiwYAWo8GALaLBgD+iwYAFIwGAFSMBgBgjAYAqowGAK+MBgAAjQYACY0GAFaNBgBgjQYArI0GALiNBgACjgYACI4GAFiOBgBejgYAro4GALOOBgAEjwYACo8GALTSEQBgjwYAsI8GALaPBgAGkAYAC5AGAFyQBgBikAYACtMRAMCQBgAIkQYAHpEGAF6RBgBqkQYAtJEGALmRBgAKkgYAE5IGAGCSBgBqkgYAtpIGAMKSBgAMkwYAH5MGAGKTBgBxkwYAuJMGAMSTBgAOlAYAD5QGAGSUBgBulAYAupQGAMiUBgAQlQYAFZUGAGaVBgBzlQYAYNMRAMuVBgASlgYAMpYGAGiWBgB0lgYAvpYGAMiWBgAUlwYAGZcGAGqXBgBrlwYAwJcGAMyXBgAWmAYAI5gGAGyYBgB4mAYAwpgGANWYBgAYmQYAJ5kGAG6ZBgB6mQYAxJkGAMWZBgAamgYAJJoGAHCaBgB+mgYAxpoGAMuaBgAcmwYAKZsGALbTEQCOmwYADNQRAM6bBgAenAYAJJwGAHScBgB5nAYAypwGANCcBgBi1BEAJZ0GAHadBgB5nQYAzJ0GANidBgAingYAKJ4GAHieBgCTngYAzp4GANqeBgAknwYAKp8GAHqfBgB8nwYA0J8GAOufBgAmoAYAKKAGAHygBgCKoAYA0qAGAOOgBgAooQYAKqEGAH6hBgCXoQYA1KEGAOWhBgAqogYANqIGAGTVEQCKogYA1qIGAOSiBgAsowYAQqMGAIKjBgCOowYA2KMGAN2jBgAupAYAN6QGAISkBgCOpAYA2qQGAOKkBgAwpQYANaUGAIalBgCVpQYA3KUGAOulBgAypgYAO6YGAIimBgCOpgYA3qYGAOSmBgA0pwYAQKcGAIqnBgCRpwYA4KcGAOinBgA2qAYAOKgGAIyoBgCcqAYA4qgGAOyoBgA4qQYARKkGAI6pBgCUqQYA5KkGAOypBgC61REARqoGAJCqBgChqgYA5qoGAPKqBgA8qwYAS6sGAJKrBgCcqwYA6KsGAParBgA+rAYAQ6wGAJSsBgChrAYA6qwGAPKsBgBArQYASq0GABrFBgBMrQYAlq0GAJytBgDsrQYA8q0GAEKuBgBHrgYAmK4GAJ6uBgAQ1hEA+q4GAESvBgBKrwYAmq8GALWvBgDwrwYA/K8GAEawBgBMsAYAnLAGAKSwBgDysAYA9bAGAEixBgBUsQYAnrEGAK+xBgD0sQYAALIGAEqyBgBZsgYAoLIGAKqyBgD2sgYABLMGAEyzBgBRswYAorMGAK+zBgD4swYAALQGAE60BgBYtAYApLQGALK0BgD6tAYAELUGAFC1BgBctQYAprUGAKu1BgD8tQYABbYGAFK2BgBctgYAEtcRAK62BgD+tgYABLcGAFS3BgBgtwYAqrcGALe3BgAAuAYACrgGAFa4BgBeuAYArLgGALa4BgACuQYAB7kGAFi5BgBZuQYArrkGALO5BgAEugYAFboGAFq6BgBfugYAsLoGAMe6BgAGuwYAGrsGAFy7BgB4uwYAsrsGALq7BgBo1xEAELwGAF68BgBovAYAtLwGAMi8BgAKvQYAC70GAGC9BgBsvQYAtr0GANK9BgAMvgYAFL4GAL7XEQBrvgYAuL4GAMa+BgAOvwYAx74GAOAwCwAYvwYAZL8GAGa/BgC6vwYA078GABDABgAhwAYAZsAGAHLABgC8wAYAxMAGABTYEQAewQYAaMEGAG7BBgC+wQYA2cEGABTCBgAgwgYAasIGAHDCBgDAwgYAw8IGABbDBgAewwYAbMMGAHzDBgDCwwYAx8MGABjEBgAhxAYAbsQGAHvEBgDExAYAy8QGAGrYEQAoxQYAcMUGAIbFBgDGxQYA0sUGABzGBgAhxgYAcsYGAHvGBgDIxgYA0sYGAB7HBgA6xwYAdMcGAHzHBgDA2BEAz8cGACDIBgAoyAYAdsgGAHjIBgDMyAYA58gGACLJBgAkyQYAeMkGAIbJBgDOyQYA38kGACTKBgAmygYAesoGAJPKBgDQygYA4coGACbLBgAyywYAfMsGAITLBgAW2REA3ssGACjMBgAuzAYAfswGAJnMBgDUzAYA4MwGACrNBgAwzQYAgM0GAIPNBgBs2REA880GACzOBgAtzgYAgs4GAJHOBgDYzgYA3c4GAC7PBgA7zwYAhM8GAJHPBgDazwYA5s8GADDQBgA/0AYAhtAGAJDQBgDc0AYA6tAGADLRBgA30QYAiNEGAJXRBgDe0QYA6tEGADTSBgA60gYAitIGAEfSBgAK6AYAkNIGAODSBgDl0gYANtMGADzTBgDC2REAkdMGAOLTBgAC1AYAONQGAETUBgCO1AYAlNQGAOTUBgDs1AYAkgEHAO3UBgA61QYAR9UGAJDVBgCW1QYA5tUGAPLVBgA81gYAPtYGAJLWBgCh1gYA6NYGAPPWBgA+1wYAQNcGAJTXBgCt1wYA6tcGAPvXBgBA2AYATNgGAJbYBgCi2AYA7NgGAP/YBgBC2QYAUdkGAJjZBgCk2QYA7tkGAO/ZBgBE2gYATtoGAJraBgCo2gYA8NoGAPXaBgBG2wYAU9sGABjaEQCp2wYA8tsGAAbcBgBI3AYAZNwGAJ7cBgC63AYAbtoRAAPdBgBK3QYAS90GAKDdBgCv3QYA9t0GAPvdBgBM3gYAWd4GAKLeBgCv3gYA+N4GAATfBgBO3wYAXd8GAKTfBgCu3wYA+t8GAAjgBgBQ4AYAVeAGAKbgBgCz4AYA/OAGAAzhBgBS4QYAVOEGAKjhBgC24QYA/uEGAA/iBgDE2hEAW+IGABrbEQCv4gYAAOMGAA3jBgBW4wYAY+MGAKzjBgCy4wYAAuQGAA7kBgBY5AYAaOQGAK7kBgC35AYABOUGAAflBgBa5QYAZuUGALDlBgC35QYAcNsRABLmBgBc5gYAbOYGALLmBgC75gYACOcGAAvnBgBe5wYAaucGALTnBgC75wYAxtsRABnoBgBg6AYAbOgGALboBgC36AYADOkGABbpBgBi6QYAcOkGALjpBgC96QYADuoGABvqBgAc3BEAaeoGALrqBgDJ6gYAEOsGADDrBgBm6wYAcusGALzrBgDG6wYAEuwGABrsBgBo7AYAdOwGAL7sBgDE7AYAFO0GABrtBgBq7QYAb+0GAMDtBgDG7QYAHt0RABvuBgBs7gYAde4GAMLuBgDT7gYAGO8GAB/vBgBu7wYAdu8GAMTvBgDR7wYAGvAGAB/wBgBw8AYAevAGAMbwBgDO8AYAHPEGACvxBgBy8QYAd/EGAMjxBgDV8QYAHvIGACvyBgB08gYAgPIGAMryBgDZ8gYAIPMGACrzBgB28wYAfvMGAMzzBgDW8wYAIvQGACf0BgB49AYAgPQGACDeEQDT9AYAJPUGACf1BgB69QYAhPUGAHbeEQDW9QYAJvYGACv2BgB89gYAnPYGANL2BgDe9gYAKPcGAC73BgB+9wYAgfcGANT3BgDW9wYAKvgGAEX4BgCA+AYAgvgGANb4BgDk+AYALPkGAD35BgCC+QYAhPkGANj5BgDx+QYALvoGAD/6BgCE+gYAkPoGAMzeEQDq+gYAMPsGAFD7BgCG+wYAiPsGANz7BgDo+wYAJggQAOv7BgAGEQcA+PsGAHYeBwAI/AYAMvwGADX8BgCI/AYAl/wGAN78BgDj/AYANP0GAEH9BgCK/QYAl/0GAOD9BgDs/QYANv4GAEX+BgCM/gYAlv4GAOL+BgDw/gYAOP8GAD3/BgCO/wYAm/8GAOT/BgDw/wYAOgAHAEAABwCQAAcAlgAHAOYABwDrAAcAPAEHAEIBBwAi3xEAqAEHAOgBBwDqAQcAPgIHAFICBwCUAgcAnAIHAOoCBwD3AgcAQAMHAEUDBwCWAwcAoAMHAOwDBwD0AwcAQgQHAFsEBwCYBAcApAQHAO4EBwD2BAcAeN8RAF8FBwCaBQcAnAUHAPAFBwD+BQcARgYHAFcGBwCcBgcAngYHAPIGBwALBwcASAcHAFkHBwCeBwcAqgcHAM7fEQD5BwcASggHAFMIBwCgCAcAsQgHAPYIBwD9CAcATAkHAFQJBwCiCQcArwkHAPgJBwD9CQcATgoHAFgKBwCkCgcArAoHAPoKBwATCwcAUAsHAFwLBwCmCwcArgsHAHrgEQD/CwcAUgwHAFwMBwCoDAcAqgwHAP4MBwAXDQcAVA0HAGUNBwCqDQcAuA0HAAAOBwADDgcAVg4HAGEOBwCsDgcAuA4HAAIPBwAJDwcA0OARAF0PBwCuDwcAtg8HAAQQBwASEAcAWhAHAFsQBwCwEAcAyxAHACbhEQALEQcAXBEHAGkRBwCyEQcAvxEHAAgSBwAUEgcAXhIHAG0SBwC0EgcAvhIHAAoTBwAYEwcAYBMHAGUTBwC2EwcAwxMHAAwUBwAYFAcAYhQHAGgUBwC4FAcAvhQHAA4VBwATFQcAZBUHAGoVBwB84REAxxUHABAWBwASFgcAZhYHAH8WBwC8FgcAzRYHABIXBwAeFwcAaBcHAHAXBwB+4hEAwxcHABQYBwAcGAcAahgHAIMYBwDAGAcAxRgHABYZBwAbGQcAbBkHAHYZBwDCGQcAxRkHABgaBwAiGgcAbhoHAHQaBwDEGgcAxhoHABobBwAbGwcAcBsHAHgbBwDGGwcA1hsHABwcBwAiHAcAchwHAHccBwDIHAcA3hwHAB4dBwAmHQcAdB0HAJ4dBwDKHQcA7R0HACAeBwA/HgcA1OIRAH4eBwAq4xEA3R4HACIfBwAwHwcAeB8HAIQfBwDOHwcA2x8HACQgBwAuIAcAeiAHAIIgBwDQIAcA2yAHACYhBwAoIQcAfCEHAH8hBwDSIQcA2iEHACgiBwAuIgcAfiIHAIciBwDUIgcA4SIHACojBwAyIwcAgCMHAIUjBwDWIwcA3yMHACwkBwA2JAcAgiQHAIokBwDYJAcA3SQHAC4lBwA+JQcAhCUHAIwlBwDaJQcA3CUHADAmBwBLJgcAhiYHAIgmBwDcJgcA6iYHADInBwBDJwcAiCcHAIonBwDeJwcA9ycHADQoBwBFKAcAiigHAJYoBwDgKAcA6CgHAIDjEQA8KQcAjCkHAJEpBwDiKQcAAioHADgqBwBEKgcAjioHAJQqBwDkKgcA5yoHADorBwBCKwcAkCsHAJorBwDmKwcA6ysHADwsBwBELAcAkiwHAJwsBwDoLAcA6iwHAD4tBwBPLQcAlC0HALQtBwDqLQcA8i0HAEAuBwBKLgcAli4HAJsuBwDW4xEAAC8HAEIvBwBKLwcAmC8HAJ0vBwDuLwcA/i8HAEQwBwBMMAcAmjAHAKQwBwDwMAcA+zAHAEYxBwBSMQcAnDEHAKQxBwAs5BEA/jEHAEgyBwBUMgcAnjIHAKUyBwD0MgcA/DIHAEozBwBjMwcAoDMHAKYzBwD2MwcA+zMHAEw0BwBsNAcAojQHAK40BwD4NAcA/jQHAE41BwBRNQcAguQRAKY1BwD6NQcAsjUHAHAEEQD9NQcAUDYHAFo2BwCmNgcAtDYHAPw2BwALNwcAUjcHAFU3BwCoNwcAajcHAHx3BwBuNwcAjlUHALQ3BwD+NwcAADgHAFQ4BwBaOAcAqjgHALk4BwAAOQcACzkHAFY5BwBeOQcA/LcHAHA5BwCsOQcAuDkHAAI6BwAVOgcAWDoHAGc6BwCuOgcAujoHAAQ7BwAFOwcAWjsHAGQ7BwCwOwcAvjsHAAY8BwALPAcAXDwHAGk8BwDY5BEAzDwHAAg9BwAXPQcAXj0HAGM9BwC0PQcAwT0HAAo+BwAXPgcAYD4HAGw+BwC2PgcAxT4HAAw/BwAWPwcAYj8HAHA/BwC4PwcAvT8HAA5ABwAbQAcAZEAHAHBABwC6QAcAwEAHABBBBwAWQQcAZkEHAGtBBwC8QQcAwkEHAC7lEQATQgcAaEIHABtCBwAI7QkAH0IHAITVCQAhQgcAWrwHADJCBwD88A4AdEIHAL5CBwDEQgcApI0IAMtCBwAUQwcAF0MHAGpDBwB2QwcAwEMHAMJDBwAWRAcAHEQHAGxEBwB7RAcAwkQHAM1EBwAYRQcAGUUHAG5FBwCCRQcAxEUHAN5FBwAaRgcAJkYHAHBGBwCDRgcAxkYHANVGBwAcRwcAKEcHAHJHBwBzRwcAyEcHANJHBwAeSAcALEgHAHRIBwB5SAcAykgHANdIBwCE5REAOkkHAHZJBwCFSQcAzEkHANFJBwAiSgcAL0oHAHhKBwCFSgcAzkoHANpKBwAkSwcAM0sHAHpLBwCESwcA0EsHAN5LBwAmTAcAK0wHAHxMBwCJTAcA0kwHAN5MBwAoTQcALk0HAH5NBwCETQcA1E0HANlNBwAqTgcAME4HANrlEQCOTgcA1k4HAPFOBwAsTwcAOk8HAIJPBwCPTwcA2E8HAO9PBwAuUAcAPVAHAIRQBwCJUAcA2lAHAOdQBwAwUQcAPVEHAIZRBwCSUQcA3FEHAOtRBwAyUgcAPFIHAIhSBwCWUgcA3lIHAONSBwA0UwcAQVMHAIpTBwCNUwcA4FMHAOxTBwA2VAcAPFQHAIxUBwCSVAcA4lQHAOdUBwA4VQcAPlUHADDmEQCqVQcAhuYRAOpVBwA6VgcAPFYHAJBWBwCdVgcA5lYHAOlWBwA8VwcAPVcHAJJXBwCXVwcA6FcHAO5XBwA+WAcASFgHAJRYBwCwWAcA6lgHAAZZBwDc5hEARlkHAJZZBwCYWQcA7FkHAPlZBwBCWgcARVoHAJhaBwCZWgcA7loHAPNaBwBEWwcASlsHAJpbBwCkWwcA8FsHAAxcBwBGXAcAYlwHADLnEQCiXAcA8lwHAPhcBwBIXQcATV0HAJ5dBwCkXQcAiOcRAPZdBwBKXgcAWF4HAKBeBwCxXgcAiugRAP1eBwDg6BEAUV8HAKJfBwCqXwcA+F8HAP1fBwBOYAcAB2AHAHZ0BwBPYAcApGAHALBgBwD6YAcAB2EHAFBhBwBYYQcApmEHALBhBwD8YQcAC2IHAFJiBwBTYgcAqGIHALBiBwD+YgcADWMHAFRjBwBZYwcAqmMHALdjBwAAZAcADWQHAFZkBwBiZAcArGQHALtkBwACZQcADGUHAFhlBwBmZQcArmUHALNlBwAEZgcAEWYHAFpmBwBiZgcAsGYHALpmBwAGZwcAC2cHAFxnBwBkZwcAjOkRALdnBwAIaAcAEWgHABJtBwAVaAcAXmgHAGtoBwC0aAcAwGgHAAppBwAZaQcAYGkHAGppBwC2aQcAxGkHAAxqBwARagcAYmoHAG9qBwC4agcAwGoHAOLpEQAaawcAZGsHAHRrBwC6awcAw2sHABBsBwATbAcAZmwHAHJsBwC8bAcAw2wHADjqEQAjbQcAaG0HAG9tBwC+bQcAy20HABRuBwAzbgcAam4HAHRuBwDAbgcAyG4HABZvBwAlbwcAbG8HAHFvBwDCbwcAz28HABhwBwAlcAcAbnAHAHpwBwDEcAcA03AHABpxBwAkcQcAcHEHAHhxBwDGcQcA0HEHABxyBwAhcgcAcnIHAHpyBwCO6hEA1HIHAB5zBwAkcwcAdHMHAI9zBwDKcwcA1nMHACB0BwAmdAcA5OoRAHt0BwDMdAcA2XQHACJ1BwAvdQcAeHUHAIR1BwDOdQcA3XUHACR2BwAudgcAOusRAIR2BwDQdgcA1XYHACZ3BwAudwcAkOsRAIZ3BwDSdwcA2HcHACh4BwAqeAcAfngHAIt4BwDUeAcA13gHACp5BwAreQcAgHkHAIV5BwDWeQcA3HkHACx6BwA2egcAgnoHAJx6BwDYegcA53oHAC57BwAzewcAhHsHAJF7BwDaewcA53sHADB8BwA8fAcAhnwHAJV8BwDcfAcA5nwHADJ9BwBAfQcAiH0HAI19BwDefQcA630HADR+BwA+fgcA8ocHAEB+BwCKfgcAkH4HAOB+BwDmfgcANn8HADt/BwCMfwcAkn8HAObrEQDnfwcAOIAHAEWABwCOgAcAm4AHAOSABwDwgAcAOoEHAEmBBwCQgQcAmoEHAOaBBwD0gQcAPIIHAEGCBwCSggcAn4IHAOiCBwDwggcA6OwRAESDBwCUgwcAmoMHAOqDBwDvgwcAQIQHAEaEBwA+7REAmIQHAOyEBwD1hAcAQoUHAEWFBwCYhQcApIUHAO6FBwD1hQcARIYHAEyGBwCahgcAs4YHAPCGBwAEhwcARocHAGKHBwCchwcApIcHAOrtEQAAiAcASIgHAF6IBwCeiAcAqogHAPSIBwD5iAcASokHAFOJBwCgiQcAqokHAPaJBwASigcATIoHAFSKBwBA7hEAp4oHAPiKBwAFiwcATosHAFuLBwCkiwcAsIsHAPqLBwAJjAcAUIwHAFqMBwCmjAcAtIwHAPyMBwABjQcAUo0HAF+NBwCojQcAsI0HAJbuEQAMjgcAVI4HAGqOBwCqjgcAto4HAACPBwAFjwcAVo8HAF+PBwCsjwcAto8HAAKQBwAKkAcAWJAHAGeQBwCukAcAsJAHAASRBwANkQcAWpEHAF2RBwCwkQcAvJEHAAaSBwANkgcAXJIHAGSSBwCykgcAy5IHAAiTBwAckwcAXpMHAHqTBwC0kwcAvJMHAOzuEQAPlAcAYJQHAG2UBwC2lAcAw5QHAAyVBwAYlQcAYpUHAHGVBwC4lQcAwpUHAA6WBwAYlgcAZJYHAHKWBwC6lgcA0JYHABCXBwAclwcAZpcHAGuXBwC8lwcAxZcHABKYBwAcmAcAaJgHAHSYBwC+mAcAxJgHABSZBwAamQcAapkHAG+ZBwDAmQcAxpkHAELvEQAimgcAbJoHAHCaBwDCmgcA0ZoHABibBwAdmwcAbpsHAHubBwDEmwcA0ZsHABqcBwAmnAcAcJwHAH+cBwDGnAcA0JwHABydBwAqnQcAcp0HAHedBwDInQcA1Z0HAB6eBwAqngcAdJ4HAHqeBwDKngcA0J4HACCfBwAlnwcAdp8HAHyfBwCY7xEA0Z8HACKgBwApoAcAeKAHAISgBwDOoAcA0KAHACShBwDRoAcA2qYHAD+hBwB6oQcAfKEHANChBwDeoQcAJqIHADeiBwB8ogcAfqIHANKiBwDrogcAKKMHADmjBwB+owcAiqMHANSjBwDgowcAKqQHAD2kBwCApAcAj6QHANakBwDipAcALKUHAC2lBwCCpQcAjKUHANilBwDmpQcALqYHADOmBwCEpgcAkaYHAO7vEQDcpgcAMKcHAEunBwCGpwcAiKcHANynBwDqpwcAMqgHAEOoBwCIqAcAiqgHAN6oBwD3qAcANKkHAEWpBwCKqQcAlqkHAOCpBwDsqQcANqoHAEmqBwCMqgcAm6oHAOKqBwDuqgcAOKsHADmrBwCOqwcAmKsHAOSrBwDyqwcAOqwHAD+sBwCQrAcAnawHAPDwEQDrrAcAPK0HAEStBwCSrQcAlK0HAOitBwD5rQcAPq4HAEyuBwCUrgcAr64HAOquBwD2rgcAQK8HAEivBwDy8REAm68HAOyvBwDzrwcAQrAHAE6wBwCYsAcAm7AHAO6wBwD2sAcARLEHAFSxBwCasQcAn7EHAPCxBwD5sQcARrIHAFOyBwCcsgcAo7IHAPKyBwD6sgcASPIRAFWzBwCeswcAprMHAPSzBwAItAcASrQHAE+0BwCgtAcAqbQHAPa0BwD8tAcATLUHAFS1BwCitQcAsbUHAPi1BwAJtgcATrYHAFe2BwCktgcAp7YHAPq2BwAEtwcAULcHAFy3BwCmtwcArLcHAJ7yEQAJuAcAUrgHAFe4BwCouAcAr7gHAP64BwAKuQcAVLkHAFy5BwD08hEAxbkHAAC6BwACugcAVroHAGS6BwCsugcAvboHAAK7BwAEuwcAWLsHAHG7BwCuuwcAv7sHAAS8BwAQvAcASvMRAGm8BwCwvAcAubwHAAa9BwAMvQcAXL0HAGK9BwCyvQcAvr0HAAi+BwAPvgcAXr4HAGa+BwC0vgcAuL4HAAq/BwAVvwcAYL8HAG6/BwC2vwcAx78HAAzABwAYwAcAYsAHAGrABwCg8xEAu8AHAA7BBwAYwQcAZMEHAGbBBwC6wQcA08EHABDCBwAhwgcAZsIHAHTCBwC8wgcAv8IHABLDBwAdwwcAaMMHAHbDBwC+wwcAy8MHABTEBwArxAcAasQHAHLEBwDAxAcAwsQHABbFBwAexQcAbMUHAHvFBwDCxQcAx8UHABjGBwAlxgcAbsYHAHvGBwDExgcA0MYHABrHBwApxwcAcMcHAHrHBwDGxwcA1McHABzIBwAhyAcAcsgHAH/IBwDIyAcA0MgHAB7JBwAoyQcAdMkHAHnJBwDKyQcA0skHACDKBwAjygcAdsoHAJPKBwDMygcA3coHACLLBwAqywcAeMsHAHvLBwDOywcA2ssHACTMBwAqzAcAeswHAJXMBwDQzAcA3MwHACbNBwAszQcA9vMRAIvNBwDSzQcA080HACjOBwBgzgcAfs4HAIzOBwDUzgcA1c4HACrPBwAyzwcAgM8HAI/PBwDWzwcA288HACzQBwA50AcAgtAHAI/QBwDY0AcA5NAHAC7RBwA90QcAhNEHAI7RBwDa0QcA6NEHADDSBwA10gcAhtIHAJPSBwDc0gcA5NIHADLTBwA80wcAiNMHAI3TBwDe0wcA5tMHADTUBwA+1AcAitQHAJXUBwDg1AcA7NQHADbVBwA+1QcATPQRAJHVBwDi1QcA5dUHADjWBwBC1gcAjtYHAJbWBwCi9BEA8tYHADrXBwBQ1wcAkNcHAJzXBwDm1wcA69cHADzYBwBF2AcAktgHAJzYBwDo2AcA8NgHAD7ZBwBK2QcAlNkHAKfZBwDq2QcA69kHAEDaBwBO2gcAltoHAJzaBwDs2gcA+NoHAELbBwBJ2wcA+PQRAJnbBwDu2wcA+tsHAETcBwBR3AcAmtwHAKLcBwDw3AcA+twHAEbdBwBV3QcAnN0HAJ3dBwDy3QcA+t0HAEjeBwBX3gcAnt4HAKPeBwD03gcAAd8HAErfBwBX3wcAoN8HAKzfBwD23wcABeAHAEzgBwBW4AcAouAHALDgBwD44AcA/eAHAE7hBwBb4QcApOEHAKzhBwD64QcA/uEHAFDiBwBe4gcApuIHALDiBwD84gcAB+MHAFLjBwBa4wcAqOMHALPjBwD+4wcAA+QHAFTkBwBX5AcAquQHALTkBwAA5QcACOUHAFblBwB15QcATvURALvlBwAC5gcAA+YHAFjmBwBg5gcAruYHAK/mBwAE5wcACucHAFrnBwBf5wcAsOcHAMvnBwAG6AcAFOgHAFzoBwBj6AcAsugHAL7oBwAI6QcADukHAF7pBwB66QcAtOkHALzpBwCk9REAEOoHAGDqBwBm6gcAtuoHALvqBwAM6wcAEusHAPr1EQBn6wcAuOsHAL/rBwAO7AcAGuwHAGTsBwBs7AcApvYRAM3sBwAQ7QcARu0HAGbtBwBo7QcAaO4HAJvtBwC87QcA4e0HABLuBwAZ7gcAUvcRAEzuBwD89hEAeO4HAL7uBwD47gcAqPcRAB3vBwDaMQ0AHu8HALB2DwAx7wcAau8HADTvBwDCqA4Ae+8HAMDvBwDI7wcAFvAHABnwBwBs8AcAePAHAMLwBwDI8AcAGPEHADPxBwBu8QcAevEHAMTxBwDK8QcAGvIHACLyBwBw8gcAjPIHAMbyBwDO8gcA/vcRACvzBwBy8wcAc/MHAMjzBwDQ8wcAHvQHAB/0BwB09AcAevQHAMr0BwDP9AcAIPUHADv1BwB29QcAhPUHAMz1BwDT9QcAIvYHAC72BwB49gcAfvYHAM72BwDq9gcAJPcHACz3BwBU+BEAgPcHAND3BwDW9wcAJvgHACv4BwB8+AcAgvgHAKr4EQDX+AcAKPkHAC/5BwB++QcAivkHANT5BwDc+QcAVvkRAD36BwCA+gcAtvoHANb6BwDY+gcA2PsHAAv7BwAs+wcAUfsHAIL7BwCJ+wcAAvoRALz7BwCs+REA6PsHAC78BwBo/AcAWPoRAIb8BwDa/AcA2/wHADD9BwA6/QcAhv0HAJT9BwDc/QcA9/0HADL+BwA+/gcAiP4HAJD+BwCu+hEA6v4HADT/BwA6/wcAiv8HAKX/BwDg/wcA7P8HADYACAA8AAgAjAAIAJQACADiAAgA8AAIADgBCAA7AQgAjgEIAJYBCADkAQgA7QEIADoCCABHAggAkAIIAJICCADmAggAAQMIADwDCAA+AwgAkgMIAKADCADoAwgA+QMIAD4ECABABAgAlAQIAK0ECADqBAgA+wQIAEAFCABMBQgAlgUIAJ4FCAAE+xEA8gUIAEIGCABKBggAmAYIAJ8GCADuBggA8wYIAEQHCABQBwgAmgcIAJ0HCADwBwgA+AcIAEYICABTCAgAnAgIAKEICADyCAgA/AgIAEgJCABQCQgAngkIAKoJCAD0CQgABwoIAEoKCABYCggAoAoIAKMKCAD2CggAAAsIAFr7EQBPCwgAogsIAKoLCAD4CwgA+wsIAE4MCABaDAgApAwIAKoMCAD6DAgAFQ0IAFANCABcDQgApg0IAKwNCAD8DQgABA4IAFIOCABgDggAqA4IAKsOCAD+DggABg8IAFQPCABdDwgAqg8IALcPCAAAEAgAAhAIAFYQCABxEAgArBAIAK4QCAACEQgAEBEIAFgRCABpEQgArhEIALARCAAEEggAHRIIAFoSCABrEggAsBIIALwSCAAGEwgADhMIALD7EQBiEwgAshMIALoTCAAIFAgADxQIAF4UCABjFAgAtBQIAMAUCAAKFQgADRUIAGAVCABoFQgAthUIAMMVCAAMFggAERYIAGIWCABsFggAuBYIAMAWCAAOFwgAGhcIAGQXCAB3FwgAuhcIAMgXCAAQGAgAExgIAGYYCABwGAgABvwRAL8YCAASGQgAHhkIAGgZCABuGQgAvhkIANkZCAAUGggAIBoIAGoaCABwGggAwBoIAMgaCAAWGwgAJBsIAGwbCABvGwgAwhsIAMobCAAYHAgAIRwIAG4cCAB7HAgAxBwIAMYcCAAaHQgANR0IAHAdCAByHQgAxh0IANQdCAAcHggALR4IAHIeCAB0HggAyB4IAOEeCAAeHwgALx8IAHQfCACAHwgAyh8IANIfCABc/BEAJiAIAHYgCAB+IAgAzCAIANMgCAAiIQgAJyEIAHghCACEIQgAziEIANEhCAAkIggALCIIAHoiCACHIggA0CIIANUiCAAmIwgAMCMIAHwjCACEIwgA0iMIAN4jCAAoJAgAOyQIAH4kCACMJAgA1CQIANckCAAqJQgANCUIALL8EQCIJQgACP0RAOQlCAAsJggAPSYIAIImCACOJggA2CYIAOAmCABe/REAMycIAIQnCACOJwgA2icIAOInCAAwKAgAQCgIAIYoCACLKAgA3CgIAOUoCAAyKQgAPykIAIgpCACPKQgAtP0RAOApCAA0KggA4ykIAKY6CQDnKQgAcK4QAOopCAC0ow8A7CkIAB6iCQA+KggAohsQAEUqCACKKggAmyoIAOAqCADuKggANisIAFIrCACMKwgAqCsIAAr+EQDwKwgAOCwIAEUsCACOLAgApSwIAOQsCADwLAgAOi0IAEAtCACQLQgAli0IAOYtCADrLQgAPC4IAEIuCABg/hEAqC4IAOguCAD3LggAPi8IABQvCABINAgAQC8IAJQvCACjLwgA6i8IAPUvCABAMAgATDAIAJYwCACZMAgA7DAIAJ0wCAAGPggAsjAIAKQ3CAD4MAgAQjEIAEgxCACYMQgAszEIAO4xCAD6MQgARDIIAEoyCACaMggApjIIAPAyCAD2MggARjMIAEwzCACcMwgAoTMIAPIzCAD4MwgAtv4RAEs0CACeNAgAujQIAPQ0CAD8NAgAuP8RAFY1CACgNQgApjUIAPY1CAARNggATDYIAFg2CACiNggAqDYIAPg2CAAANwgATjcIAG83CAAOABIArDcIAGQAEgD/NwgAUDgIAF04CACmOAgAszgIAPw4CAAIOQgAUjkIAGE5CACoOQgAsjkIAP45CAAGOggAVDoIAF46CACqOggAuDoIAAA7CAAWOwgAVjsIAGI7CACsOwgAsTsIAAI8CAALPAgAWDwIAGI8CACuPAgAtjwIAAQ9CAAOPQgAWj0IAF89CACwPQgAuD0IALoAEgASPggAXD4IAG8+CACyPggAwT4IAAg/CAAUPwgAXj8IAF8/CAC0PwgAvj8IAApACAAYQAgAYEAIAGVACAC2QAgAw0AIABABEgAXQQgAYkEIAG5BCAC4QQgAvkEIAA5CCAAaQggAZEIIAGxCCAASAhIAvUIIABBDCAAYQwgAZkMIAHNDCAC8QwgAwUMIABJECAAaRAgAaEQIAGpECAC+RAgA2UQIABRFCAAWRQgAakUIAHhFCADARQgA0UUIABZGCAAYRggAbEYIAIVGCADCRggA00YIABhHCAAkRwgAbkcIAHZHCABoAhIAyUcIABpICAAnSAgAcEgIAH1ICADGSAgA0kgIABxJCAArSQgAckkIAHxJCADISQgA1kkIAB5KCAAjSggAdEoIAIFKCADKSggA0koIACBLCAAiSwgAdksIAIBLCADMSwgA1EsIAL4CEgAtTAgAeEwIAIZMCADOTAgA0UwIACRNCAAsTQgAek0IAJBNCADQTQgA1U0IACZOCAA8TggAfE4IAIhOCADSTggA304IAChPCAAyTwgAFAMSAIBPCADUTwgA4k8IACpQCAA7UAgAagMSAIZQCADWUAgA4lAIAMADEgAuUQgAglEIAIhRCADYUQgA+FEIAC5SCAA6UggAhFIIAItSCADaUggA4lIIADBTCAA3UwgAhlMIAJJTCADcUwgA3lMIADJUCAA5VAgAFgQSAItUCADeVAgA5lQIADRVCABEVQgAilUIAIxVCADgVQgA7lUIADZWCABHVggAbAQSAJNWCADCBBIA71YIADhXCAA/VwgAjlcIAJZXCADkVwgA8lcIADpYCAA9WAgAkFgIAJhYCADmWAgA7VgIADxZCABKWQgAklkIAJVZCADoWQgA6lkIAD5aCABXWggAlFoIAKVaCADqWggA9loIAEBbCABHWwgAllsIAJ5bCADsWwgA9VsIAEJcCABPXAgAmFwIAKJcCADuXAgA/FwIAERdCABVXQgAml0IAKJdCADwXQgA+l0IAEZeCABUXggAnF4IALJeCADyXggA/l4IAEhfCABPXwgAnl8IAKZfCAD0XwgA+l8IAEpgCABWYAgAoGAIAKpgCAD2YAgA/GAIAExhCABgYQgAbgUSALBhCAD4YQgAEWIIAE5iCABkYggApGIIALNiCAD6YggAFGMIAFBjCABTYwgAWmgIAFtjCABkbQgAX2MIAKZjCACrYwgA/GMIAAlkCABSZAgAX2QIAKhkCAC0ZAgA/mQIAA1lCABUZQgAXmUIAKplCAC4ZQgAAGYIAAVmCABWZggAY2YIAKxmCAC4ZggAAmcIAAhnCABYZwgAXmcIAK5nCACzZwgABGgIAApoCADEBRIAZmgIALBoCAC2aAgABmkIACFpCABcaQgAaGkIALJpCAC4aQgACGoIAA9qCABeaggAY2oIAAxsCABqaggAtGoIALZqCAAKawgAEWsIAGBrCAB8awgAtmsIAL5rCADGBhIAEGwIAGJsCABvbAgAuGwIANRsCAAObQgAFm0IABwHEgBpbQgAum0IAL1tCAAQbggAGm4IAGZuCAB3bggAvG4IAMFuCAASbwgAF28IAGhvCACIbwgAvm8IAMdvCAAUcAgAFXAIAGpwCAB2cAgAwHAIAMZwCAAWcQgAHHEIAGxxCABxcQgAwnEIAMhxCAByBxIAGXIIAG5yCAB6cggAxHIIANFyCAAacwgAInMIAHBzCAB5cwgAxnMIANNzCAAcdAgAKnQIAHJ0CACFdAgAyHQIANB0CAAedQgAIXUIAHR1CAB5dQgAynUIANl1CAAgdggAQHYIAHZ2CACCdggAzHYIANZ2CAB0CBIALHcIAHh3CAB6dwgAzncIANh3CAAkeAgALXgIAHp4CAB9eAgA0HgIANh4CAAmeQgAXXkIAMoIEgCIeQgA0nkIAOF5CAAoeggASHoIAH56CACKeggA1HoIANt6CAAqewgAL3sIAIB7CACBewgA1nsIAOJ7CAAsfAgAMnwIAIJ8CACEfAgA2HwIAOJ8CAAufQgAPH0IAIR9CACJfQgA2n0IAOd9CAAwfggAOn4IAIZ+CACUfggA3H4IAPJ+CAAyfwgAPn8IAIh/CACNfwgA3n8IAOd/CAA0gAgAPoAIAIqACACWgAgA4IAIAPOACAA2gQgARYEIAIyBCACYgQgA4oEIAOOBCAA4gggAQoIIAI6CCACcgggA5IIIAOmCCAA6gwgAR4MIACAJEgCegwgA5oMIAPyDCAA8hAgASIQIAJKECACZhAgA6IQIAPCECAA+hQgAQ4UIAJSFCACdhQgA6oUIAPSFCABAhggASIYIAJaGCACahggA7IYIAO6GCABChwgAUIcIAJiHCACihwgA7ocIAPyHCABEiAgAUYgIAJqICACxiAgA8IgIAPiICABGiQgAVokIAJyJCAChiQgA8okIAPiJCABIiggAUIoIAJ6KCACjiggA9IoIAPWKCABKiwgAVosIAKCLCACmiwgA9osIAPiLCABMjAgAVowIAKKMCACwjAgA+IwIAP2MCABOjQgAW40IACIKEgCmjQgA+o0IAASOCABQjggAXo4IAKaOCACrjggA/I4IAAmPCABSjwgAVI8IAKhoCgBcjwgAqI8IALaPCAD+jwgAFJAIAFSQCABgkAgAqpAIAK+QCAAAkQgACZEIAFaRCABgkQgArJEIALiRCAACkggAFZIIAFiSCABnkggArpIIALqSCAAEkwgABZMIAFqTCABkkwgAsJMIAL6TCAAGlAgAC5QIAFyUCABplAgAeAoSALuUCAAIlQgAEpUIAF6VCABglQgAtJUIAL6VCAAKlggAFpYIAGCWCABolggAegsSALeWCAAMlwgAGJcIAGKXCABolwgAuJcIALqXCAAOmAgAGJgIAGSYCABymAgAupgIAL+YCAAQmQgAHZkIAGaZCABumQgAvJkIAMaZCAASmggAIJoIAGiaCAB+mggAvpoIAMqaCAAUmwgAG5sIAGqbCABymwgAwJsIAMWbCAAWnAgAH5wIAGycCAB2nAgAwpwIANecCAAYnQgAIZ0IAG6dCAB7nQgAxJ0IAMadCAAanggAM54IAHCeCACBnggAxp4IANKeCAAcnwgAJJ8IANALEgB3nwgAyJ8IANCfCAAeoAgANKAIAHSgCAB5oAgAyqAIANGgCAAgoQgALqEIAHahCACGoQgAzKEIAOChCAAioggAKqIIAHiiCACHoggAzqIIANOiCAAkowgALaMIAHqjCACHowgA0KMIANqjCAAmpAgAMqQIAHykCACCpAgAJgwSAOCkCAAopQgAPqUIAH6lCACKpQgA1KUIANmlCAAqpggAM6YIAICmCACKpggA1qYIAN6mCAAspwgAMKcIAIKnCACEpwgA2KcIAOanCAAuqAgAOKgIAISoCACSqAgA2qgIAOeoCAAwqQgAR6kIAIapCACOqQgA3KkIAOypCAAyqggAN6oIAIiqCACOqggA3qoIAOaqCAA0qwgAT6sIAIqrCACMqwgA4KsIAPGrCAA2rAgAP6wIAIysCACYrAgAfAwSAOesCAA4rQgAO60IAI6tCACYrQgA5K0IAOatCAA6rggAVa4IAJCuCACSrggA5q4IAPSuCAA8rwgATa8IAJKvCACUrwgA6K8IAAGwCAA+sAgAT7AIAJSwCACgsAgA0gwSAAexCABAsQgAUbEIAJaxCACysQgA7LEIAPSxCAAoDRIAR7IIAJiyCACgsggA7rIIAPmyCABEswgASbMIAJqzCACdswgA8LMIAPqzCABGtAgASbQIAJy0CACktAgA8rQIAPS0CABItQgAY7UIAJ61CACgtQgA9LUIAAK2CABKtggAW7YIAKC2CACitggA9rYIAA+3CABMtwgAXbcIAKK3CACutwgA+LcIAAC4CAB+DRIAW7gIAKS4CACsuAgA+rgIAAS5CABQuQgAW7kIAKa5CACyuQgA/LkIAAS6CADUDRIAV7oIAKi6CACtuggA/roIAA+7CAAqDhIAYbsIAKq7CACsuwgAALwIABm8CABWvAgAZ7wIAKy8CAC4vAgAAr0IAAq9CACADhIAXb0IAK69CAC2vQgABL4IABO+CABavggAYL4IALC+CAC8vggABr8IAAi/CABcvwgAZr8IALK/CAC+vwgACMAIABDACADWDhIAasAIALTACAC3wAgACsEIAA3BCABgwQgAbsEIALbBCAC7wQgADMIIABnCCAAsDxIAc8IIALjCCADAwggADsMIAMXCCAB2zAgAGcMIAGTDCABpwwgAusMIAL3DCAAQxAgAGsQIAGbECACJxAgAvMQIAL/ECAASxQgANsUIAGjFCABwxQgAgg8SAMTFCAAUxggAIsYIAGrGCAB2xggAwMYIAMfGCAAWxwgAHscIAGzHCAB8xwgAwscIAMfHCAAYyAgAHsgIAG7ICAB2yAgAxMgIAOHICAAayQgAI8kIAHDJCAB8yQgAxskIAMzJCAAcyggAMMoIAHLKCAB6yggAyMoIANjKCAAeywgAIMsIAHTLCACCywgAyssIANvLCADYDxIAJ8wIAC4QEgB7zAgAzMwIANPMCAAizQgALs0IAHjNCAB7zQgAzs0IAN7NCAAkzggAJs4IAHrOCACIzggA0M4IAOHOCACEEBIALc8IANoQEgCPzwgA0s8IAOHPCAAo0AgANNAIAH7QCAB/0AgA1NAIAN7QCAAq0QgAONEIAIDRCACF0QgA1tEIAOPRCAAwERIAMdIIAILSCACL0ggA2NIIAOnSCAAu0wgANdMIAITTCACM0wgA2tMIAOfTCAAw1AgANdQIAIbUCACQ1AgA3NQIAOTUCAAy1QgAONUIAIjVCACU1QgA3tUIAODVCAA01ggAQ9YIAIrWCACV1ggA4NYIAOjWCAA21wgAONcIAIzXCACZ1wgA4tcIAPbXCAA42AgAQNgIAI7YCACd2AgA5NgIAOnYCAA62QgAR9kIAJDZCACa2QgA5tkIAOjZCAA82ggAS9oIAJLaCACc2ggA6NoIAPDaCAA+2wgAP9sIAJTbCACZ2wgA6tsIAPjbCABA3AgATdwIAJbcCACg3AgAMhISAO/cCABC3QgATt0IALbsCABe3QgAmN0IAKDdCACIEhIA890IAETeCABM3ggAmt4IAJ3eCADw3ggA/N4IAEbfCABM3wgAnN8IALffCADy3wgA/t8IAEjgCABO4AgAnuAIAKHgCAD04AgA/OAIAErhCABM4QgAoOEIALvhCAD24QgA+OEIAEziCABa4ggAouIIALPiCAD44ggA+uIIAE7jCABn4wgApOMIALXjCAD64wgABuQIAFDkCABY5AgA3hISAKvkCAD85AgAAuUIAFLlCABa5QgAqOUIALflCAD+5QgAA+YIAFTmCABh5ggAquYIALfmCAAA5wgADOcIAFbnCABl5wgArOcIALbnCAAC6AgAEOgIAFjoCABd6AgArugIALvoCAA0ExIAEOkIAFrpCABg6QgAsOkIAMvpCAAG6ggAEuoIAFzqCABi6ggAsuoIALXqCAAI6wgAFOsIAF7rCABk6wgAtOsIALrrCAAK7AgAD+wIAGDsCABm7AgAihMSALzsCAAM7QgAEu0IAGLtCABn7QgAuO0IAL7tCADgExIAE+4IAGTuCABx7ggAuu4IAMfuCAAQ7wgAHO8IAGbvCAB17wgAvO8IAMbvCAAS8AgAIPAIAGjwCABt8AgAvvAIAMvwCAAU8QgALPEIAGrxCABw8QgAwPEIAMzxCAAW8ggAJvIIAGzyCAB18ggAwvIIAMXyCAAY8wgAJPMIAG7zCAB18wgA4hQSAMbzCAAa9AgAJPQIAHD0CABz9AgAxvQIAM70CAAc9QgAH/UIAHL1CAB+9QgAyPUIAM71CAAe9ggAOfYIAHT2CACA9ggAyvYIAND2CAA4FRIAQPcIAHb3CACB9wgAzPcIANH3CAAi+AgAK/gIAHj4CAB7+AgAzvgIANr4CAAk+QgAMPkIAOQDCQA8+QgAevkIAIH5CADQ+QgA1vkIACb6CAA0+ggAfPoIAJf6CADS+ggA3voIACj7CAAu+wgAfvsIAJj7CADU+wgA4PsIACr8CAAw/AgAgPwIAIb8CADW/AgA2/wIACz9CAAy/QgAjhUSAI/9CADY/QgA5P0IAC7+CAA4/ggAhP4IAIj+CADa/ggA3/4IADD/CAA2/wgAhv8IAKb/CADc/wgA6P8IADIACQA4AAkAiAAJAI4ACQDeAAkA4wAJADQBCQA6AQkAOhYSAI8BCQDgAQkA5wEJADYCCQBCAgkAjAIJAKgCCQDiAgkA6gIJADwXEgBhAwkAjgMJALQDCQCSFxIA9wMJADoECQBJBAkAkAQJAJwECQDmBAkA5wQJADwFCQBGBQkAkgUJAKAFCQDoBQkA7QUJAD4GCQBLBgkA6BcSAJwGCQDqGBIA7wYJAEAHCQBNBwkAlgcJAKMHCQDsBwkA+AcJAEIICQBRCAkAmAgJAKIICQDuCAkA/AgJAEQJCQBJCQkAmgkJAKcJCQDwCQkA+AkJAEAZEgBSCgkAnAoJAKwKCQDyCgkA+woJAEgLCQBLCwkAngsJAKoLCQD0CwkA+wsJAJYZEgBVDAkAoAwJAKwMCQD2DAkA/gwJAOwZEgBZDQkAog0JAKkNCQD4DQkA+Q0JAE4OCQBTDgkApA4JALIOCQD6DgkABw8JAFAPCQBaDwkApg8JAK4PCQD8DwkABRAJAFIQCQBYEAkAqBAJALkQCQD+EAkAGhEJAFQRCQBcEQkAQhoSALURCQAAEgkAChIJAFYSCQBgEgkArBIJAK0SCQCYGhIABxMJAFgTCQBlEwkArhMJALsTCQAEFAkAEBQJAFoUCQBpFAkAsBQJALoUCQAGFQkADhUJAFwVCQBmFQkAshUJALcVCQAIFgkAEBYJAO4aEgBpFgkAtBYJAMAWCQAKFwkAEhcJAEQbEgBlFwkAthcJAMUXCQAMGAkALBgJAGIYCQBuGAkAuBgJAL4YCQAOGQkAFhkJAGQZCQBrGQkAuhkJALwZCQAQGgkAHBoJAGYaCQB8GgkAvBoJAMEaCQASGwkAHxsJAJobEgBtGwkAvhsJAM0bCQAUHAkANBwJAGocCQB2HAkAwBwJAMYcCQAWHQkAHh0JAGwdCQBzHQkAwh0JAMQdCQAYHgkAJB4JAG4eCQCEHgkAxB4JAMkeCQAaHwkAJx8JAHAfCQB4HwkAxh8JAMwfCQAcIAkAJSAJAHIgCQB/IAkAyCAJANUgCQAeIQkALCEJAHQhCQCBIQkAyiEJAOEhCQAgIgkAUCIJAPAbEgB8IgkAzCIJAIMiCQA0uQ8A4iIJACIjCQAwIwkAeCMJAHsjCQDOIwkA0SMJACQkCQAyJAkAeiQJAH8kCQDQJAkA3SQJACYlCQAuJQkAfCUJAIMlCQDSJQkA3iUJACgmCQA1JgkAfiYJAIwmCQDUJgkA4CYJAConCQAxJwkAgCcJAIgnCQDWJwkA2icJACwoCQA3KAkAgigJAJAoCQDYKAkA6SgJAC4pCQA6KQkAhCkJAIwpCQBGHBIA4CkJADAqCQBEKgkAhioJAJQqCQDcKgkA6SoJADIrCQBJKwkAiCsJAJArCQDeKwkA6CsJADQsCQA5LAkAiiwJAJIsCQDgLAkA7ywJADYtCQA7LQkAjC0JAJktCQDiLQkA7y0JADguCQBELgkAji4JAJ0uCQDkLgkA7i4JADovCQBCLwkAkC8JAJovCQDmLwkA6y8JADwwCQBEMAkAnBwSAJ0wCQDoMAkA9DAJAD4xCQBGMQkA8hwSAJkxCQDqMQkA+TEJAEAyCQBgMgkAljIJAKIyCQDsMgkA8jIJAEIzCQBKMwkAmDMJAJ8zCQDuMwkA8DMJAEQ0CQBQNAkAmjQJALA0CQDwNAkA9TQJAEY1CQBTNQkASB0SAKU1CQDyNQkA+DUJAEg2CQBWNgkAnjYJAKs2CQD0NgkACzcJAEo3CQBSNwkAoDcJAK83CQD2NwkA+zcJAEw4CQBZOAkAojgJAK84CQD4OAkABDkJAE45CQBdOQkApDkJAK45CQD6OQkAFjoJAFA6CQBYOgkAnh0SALM6CQC4TQ4AtToJAPw6CQAGOwkArskOABw7CQBSOwkAXjsJAKg7CQCuOwkA/jsJAAY8CQAufwkACjwJAFQ8CQAYPAkAAmkJAGc8CQCqPAkAuTwJAAA9CQAMPQkAVj0JAFc9CQCsPQkAtj0JAAI+CQAQPgkAWD4JAF0+CQCuPgkAuz4JAPQdEgAKPwkAWj8JAGA/CQCwPwkAtT8JAAZACQAMQAkA9h4SAGdACQCyQAkAwEAJAAhBCQAZQQkAXkEJAGpBCQC0QQkAvEEJAKIfEgAWQgkAYEIJAGpCCQC2QgkAxUIJAAxDCQAXQwkAYkMJAHBDCQC4QwkAxUMJAA5ECQAlRAkAZEQJAGxECQC6RAkAvUQJABBFCQAcRQkAZkUJAGxFCQC8RQkA10UJABJGCQAeRgkAaEYJAG5GCQC+RgkAxkYJABRHCQAWRwkAakcJAGtHCQDARwkAzkcJABZICQAeSAkAbEgJAIdICQDCSAkAzkgJABhJCQAeSQkAbkkJAHFJCQDESQkA0kkJABpKCQAfSgkAcEoJAH1KCQDGSgkA4koJABxLCQAkSwkA+B8SAH9LCQCoxg4Ag0sJAMhLCQCFSwkABiEPANRLCQAeTAkAK0wJAHRMCQB5TAkAykwJANRMCQAgTQkAME0JAHZNCQB7TQkAzE0JANVNCQAiTgkAL04JAHhOCQB/TgkAzk4JANpOCQAkTwkAKk8JAHpPCQCATwkA0E8JANVPCQAmUAkALFAJAE4gEgCIUAkA0lAJANhQCQAoUQkALlEJAH5RCQCLUQkA1FEJANlRCQAqUgkAMlIJAIBSCQC2UgkA1lIJAAFTCQAsUwkANFMJAIJTCQCPUwkA2FMJAN1TCQAuVAkANlQJAIRUCQCHVAkA2lQJAONUCQAwVQkAP1UJAIZVCQCRVQkA3FUJAORVCQAyVgkAQlYJAIhWCQCWVgkA3lYJAO9WCQA0VwkAQFcJAIpXCQCSVwkAUCESAOZXCQA2WAkAPlgJAIxYCQCTWAkA4lgJAPBYCQA4WQkAPlkJAI5ZCQCaWQkA5FkJAPNZCQA6WgkARFoJAJBaCQCVWgkA5loJAOxaCQA8WwkAUFsJAKYhEgCcWwkA5NoJAJ9bCQDoWwkAoVsJAMKeCQDtWwkAPlwJAEpcCQCUXAkAoVwJAOpcCQD0XAkA/CESAFtdCQCWXQkAmF0JAOxdCQDyXQkAQl4JAHpeCQCYXgkAnl4JAO5eCQD3XgkARF8JAFFfCQCaXwkA0l8JAPBfCQD3XwkARmAJAEtgCQCcYAkAq2AJAPJgCQASYQkASGEJAFRhCQCeYQkApGEJAPRhCQAOYgkASmIJAE1iCQCgYgkApWIJAPZiCQAFYwkATGMJAGxjCQCoIhIAwmMJAPhjCQAEZAkATmQJAFhkCQCkZAkAsGQJAAwaCgCxZAkA+mQJAP9kCQBQZQkAWmUJAKZlCQC2ZQkA/GUJAAFmCQBSZgkAW2YJAKhmCQC1ZgkA/mYJAAVnCQBUZwkAYGcJAKpnCQCwZwkAAGgJAAZoCQBWaAkAW2gJAKxoCQCyaAkA/iISAAVpCQBYaQkAXWkJAK5pCQC9aQkABGoJACRqCQCqIxIAaGoJALBqCQC9agkABmsJAA1rCQBcawkAZGsJALJrCQC0awkACGwJALlrCQBidAwAyWsJAI40DAAObAkAhFoMABBsCQBebAkAYmwJAG50CQB0bAkAuvQLAHlsCQC0bAkAtmwJAAptCQAbbQkAYG0JAG5tCQC2bQkAvW0JAAxuCQAUbgkAYm4JAGluCQC4bgkAvW4JAA5vCQAdbwkAZG8JAIRvCQC6bwkAxm8JABBwCQAWcAkAZnAJAG5wCQC8cAkAyHAJABJxCQAfcQkAaHEJAINxCQC+cQkAzHEJABRyCQAacgkAanIJAG9yCQDAcgkAzXIJABZzCQAscwkAbHMJAHhzCQDCcwkAz3MJABh0CQAidAkAACQSAHN0CQDEdAkAynQJABp1CQA6dQkAcHUJAH51CQDGdQkA03UJABx2CQAzdgkAcnYJAHp2CQDIdgkA13YJAB53CQAjdwkAdHcJAIF3CQDKdwkA1HcJACB4CQAieAkAdngJAIR4CQDMeAkA2XgJACJ5CQAueQkAeHkJAH55CQDOeQkA1nkJACR6CQAqegkAenoJAIN6CQDQegkA3XoJACZ7CQAwewkAfHsJAIp7CQDSewkA6HsJACh8CQA0fAkAfnwJAIZ8CQBWJBIA3nwJACp9CQAwfQkAgH0JAIJ9CQDWfQkA4H0JACx+CQA4fgkAgn4JAJl+CQDYfgkA7H4JAKwkEgA8fwkAhH8JAId/CQDafwkA4n8JADCACQA8gAkAhoAJAJSACQDcgAkA5oAJADKBCQA9gQkAiIEJAJSBCQDegQkA5IEJADSCCQA8ggkAioIJAJeCCQDgggkA5YIJADaDCQBAgwkAjIMJAJSDCQDigwkA6IMJADiECQBBhAkAjoQJAJuECQDkhAkA8YQJADqFCQBIhQkAkIUJAJ2FCQDmhQkA/YUJADyGCQBEhgkAkoYJAJeGCQDohgkA7oYJAD6HCQBGhwkAlIcJAKqHCQDqhwkA+IcJAECICQBDiAkAlogJAKWICQDsiAkA8YgJAEKJCQBPiQkAmIkJAKiJCQDuiQkA/IkJAESKCQBbigkAmooJAKOKCQDwigkA9ooJAEaLCQBSiwkAnIsJAKOLCQACJRIA/osJAEiMCQBKjAkAnowJAKiMCQD0jAkAAI0JAEqNCQBSjQkAWCUSAKWNCQD2jQkABY4JAEyOCQBsjgkAoo4JAK6OCQD4jgkA/o4JAE6PCQBWjwkApI8JAKWPCQD6jwkAAJAJAFCQCQBVkAkAppAJAMGQCQD8kAkACpEJAFKRCQBZkQkAqJEJALSRCQD+kQkABJIJAK4lEgBZkgkAqpIJALSSCQAAkwkAEZMJAFaTCQBikwkArJMJAK+TCQAClAkABZQJAFiUCQBglAkArpQJALWUCQAElQkACZUJAFqVCQBplQkAsJUJANCVCQAGlgkAEpYJAFyWCQBilgkAspYJALqWCQAIlwkAFZcJAF6XCQBjlwkAtJcJAL6XCQAKmAkAEpgJAGCYCQBwmAkAtpgJALuYCQAMmQkAFZkJAGKZCQBvmQkAuJkJAL+ZCQAEJhIAE5oJAGSaCQBzmgkAupoJANqaCQAQmwkAHJsJAGabCQBsmwkAvJsJAMSbCQASnAkAHpwJAGicCQB1nAkAvpwJAMWcCQAUnQkAFZ0JAGqdCQBvnQkAwJ0JAM6dCQAWngkAI54JAGyeCQB2ngkAWiYSAMeeCQAYnwkAJZ8JAG6fCQB7nwkAxJ8JAMqfCQAaoAkAJqAJAHCgCQCAoAkAxqAJAM+gCQAcoQkAH6EJAHKhCQB+oQkAyKEJAM+hCQCwJhIAIKIJAHSiCQAlogkA+mwNAC6iCQCevw0AhaIJAMqiCQDSogkAIKMJACqjCQB2owkAhaMJAMyjCQDNowkAIqQJACqkCQBcJxIAgKQJALInEgDspAkAJKUJAPGkCQB6NhIA+KQJABDGCQAspQkAeqUJAImlCQDQpQkA1aUJACamCQAzpgkAfKYJAImmCQDSpgkA3qYJACinCQA3pwkAfqcJAIinCQDUpwkA96cJACqoCQBgqAkAgKgJAKSoCQDWqAkA3qgJAAopEgAxqQkAgqkJAIipCQDYqQkA4KkJAGApEgA8qgkAhKoJAJ+qCQDaqgkA5qoJADCrCQBBqwkAhqsJAJqrCQDcqwkA5KsJADKsCQA4rAkAiKwJAJSsCQDerAkA7qwJADStCQA9rQkAiq0JAI2tCQDgrQkA7K0JADauCQA9rgkAtikSAJquCQDirgkA7K4JAAwqEgA9rwkAjq8JAJuvCQDkrwkA8a8JADqwCQBGsAkAkLAJAJ+wCQDmsAkA8LAJADyxCQBKsQkAkrEJAJexCQDosQkA9bEJAD6yCQBGsgkAYioSAKCyCQDqsgkA+rIJAECzCQBJswkAlrMJAJmzCQDsswkA+LMJAEK0CQBJtAkAuCoSAKe0CQDutAkA87QJAES1CQBRtQkAmrUJAKe1CQDwtQkA9rUJAEa2CQBStgkAnLYJAKy2CQDytgkA+7YJAEi3CQBLtwkAnrcJAKq3CQD0twkA+7cJAA4rEgBPuAkAoLgJAK24CQD2uAkAFLkJAEy5CQBYuQkAorkJALW5CQD4uQkABroJAE66CQBRugkApLoJAK66CQD6ugkACLsJAFC7CQBduwkAprsJAL27CQD8uwkABLwJAFK8CQBZvAkAqLwJAK28CQD+vAkAFL0JAFS9CQBWvQkAqr0JALi9CQAAvgkADb4JAGQrEgBevgkAuisSALG+CQACvwkAD78JAFi/CQBlvwkArr8JALq/CQAEwAkAE8AJAFrACQBkwAkAsMAJAL7ACQAGwQkAC8EJAFzBCQBpwQkAssEJALrBCQAQLBIAFMIJAF7CCQBuwgkAtMIJAL3CCQAKwwkADcMJAGDDCQBswwkAtsMJAL3DCQBmLBIAGMQJAGLECQByxAkAuMQJAHjECQBmpQ4AwcQJAA7FCQARxQkAZMUJAHDFCQC6xQkAwcUJALwsEgAZxgkAbMkJABrGCQBmxgkAdcYJALzGCQB3xgkAFMgJAL3GCQASxwkALscJAGjHCQCgxwkAvscJAPbHCQASLRIAF8gJAGrICQCGyAkAwMgJAPjICQAWyQkATskJAGgtEgB5yQkAwskJANDJCQAYygkAK8oJAG7KCQCKygkAxMoJAPzKCQAaywkAUssJAL4tEgCBywkAxssJANLLCQAczAkAJMwJABQuEgB3zAkAyMwJANDMCQAezQkALc0JAHTNCQB5zQkAys0JANfNCQAgzgkALc4JAHbOCQCCzgkAzM4JANvOCQAizwkALM8JAHjPCQCAzwkAzs8JANjPCQAk0AkAKdAJAHrQCQCC0AkAai4SAN/QCQAm0QkA4dAJAH7SCQAn0QkAfNEJAJjRCQDS0QkACtIJACjSCQBg0gkAwC4SAIHSCQDU0gkA8NIJACrTCQBi0wkAgNMJALjTCQAWLxIA2dMJACzUCQA91AkAgtQJAJ7UCQDY1AkAENUJAC7VCQBm1QkAbC8SAJHVCQDa1QkA5tUJADDWCQA/1gkAhtYJAJDWCQDc1gkA5NYJABxNCgDq1gkAMtcJADfXCQCI1wkAldcJAN7XCQDm1wkANNgJADrYCQCK2AkARNgJAAA/CgCW2AkA4NgJAPDYCQA22QkAP9kJAIzZCQCP2QkA4tkJAO7ZCQA42gkAP9oJAMIvEgCx2gkAGDASAPLaCQA62wkAUNsJAJDbCQCc2wkA5tsJAO3bCQA83AkAQdwJAJLcCQCb3AkA6NwJAPLcCQBuMBIAQ90JAIgzDQBI3QkAlN0JAErdCQBkywwAnt0JAOrdCQDr3QkAQN4JAE/eCQCW3gkAm94JAOzeCQD53gkAQt8JAE/fCQCY3wkApN8JAO7fCQD93wkAROAJAE7gCQCa4AkAqOAJAPDgCQD14AkARuEJAFPhCQCc4QkAneEJAPLhCQD34QkASOIJAE3iCQCe4gkAr+IJAPTiCQAX4wkASuMJAFXjCQCg4wkApeMJAPbjCQD54wkATOQJAFbkCQCi5AkAyuQJAPjkCQAX5QkAGjESAFrlCQCk5QkApuUJAPrlCQAJ5gkAUOYJAFvmCQCm5gkAruYJAPzmCQAD5wkAUucJAFTnCQCo5wkAsucJAP7nCQAA6AkAVOgJAG3oCQCq6AkArOgJAADpCQAD6QkAVukJAGLpCQCs6QkAtOkJAHAxEgAO6gkAWOoJAF7qCQCu6gkAyeoJAATrCQAQ6wkAWusJAGDrCQCw6wkAuOsJAAbsCQAI7AkAXOwJAGbsCQCy7AkAuuwJAMYxEgAZ7QkAXu0JAGXtCQC07QkAvO0JAAruCQAX7gkAYO4JAGXuCQC27gkAwO4JAAzvCQAU7wkAYu8JAHHvCQC47wkAve8JAA7wCQAb8AkAZPAJAHHwCQC68AkAxvAJABDxCQAf8QkAZvEJAHDxCQC88QkAxPEJABLyCQAc8gkAaPIJAG3yCQC+8gkAxvIJABwyEgAg8wkAavMJAHrzCQDA8wkAyfMJABb0CQAZ9AkAbPQJAHj0CQDC9AkAyfQJAHIyEgAe9QkAbvUJAHT1CQDE9QkAyfUJABr2CQAg9gkAyDISAHb2CQDG9gkAzPYJABz3CQAh9wkA3GEPACn3CQBy9wkAd/cJAMj3CQDQ9wkAHvgJAEf4CQB0+AkAUvgJANj/CQCd+AkAyvgJAPP4CQAg+QkAS/kJAHb5CQB++QkAzPkJANv5CQAi+gkAJ/oJAHj6CQCF+gkAzvoJANv6CQAk+wkAMPsJAHr7CQCJ+wkA0PsJANr7CQAm/AkANPwJAHz8CQCB/AkA0vwJAN/8CQAo/QkAMP0JAH79CQCE/QkA1P0JAOD9CQAq/gkAOv4JAID+CQCJ/gkA1v4JANn+CQAs/wkAOP8JAIL/CQCJ/wkAHjMSAAEACgAuAAoAWQAKAIQACgCMAAoA2gAKAOkACgAwAQoANQEKAIYBCgCTAQoA3AEKAOkBCgAyAgoAPgIKAIgCCgCXAgoA3gIKAOgCCgA0AwoAQgMKAIoDCgCPAwoA4AMKAO0DCgA2BAoAPgQKAIwECgCSBAoA4gQKAO4ECgA4BQoASAUKAI4FCgCXBQoA5AUKAOcFCgA6BgoARgYKAJAGCgCXBgoAdDMSAOgGCgCmcQ8A9AYKADwHCgBJBwoAkgcKAJ4HCgDoBwoA7gcKAD4ICgBECAoAlAgKAJkICgDqCAoA8AgKAMozEgBmCQoAlgkKALwJCgDsCQoAIAoKAEIKCgBrCgoAmAoKAMMKCgB2NBIA+goKAEQLCgD8CgoAnDkLAE4LCgCaCwoAtAsKAPALCgDzCwoAMFcKAP8LCgBGDAoASwwKAJwMCgCpDAoA8gwKAP8MCgBIDQoAVA0KAJ4NCgCtDQoA9A0KAP4NCgBKDgoAVg4KAKAOCgCzDgoA9g4KAAUPCgBMDwoAWA8KAKIPCgCjDwoA+A8KAAIQCgBOEAoAXBAKAKQQCgCpEAoA+hAKAAcRCgDMNBIAVREKAKYRCgCzEQoA/BEKAAkSCgBSEgoAXhIKAKgSCgC3EgoA/hIKAAgTCgBUEwoAYhMKAKoTCgCvEwoAABQKAA0UCgBWFAoAXhQKAM41EgC4FAoAAhUKABIVCgBYFQoAYRUKAK4VCgCxFQoABBYKABAWCgBaFgoAYRYKACQ2EgCzFgoABhcKAA4XCgBcFwoAaBcKALIXCgC4FwoACBgKAA4YCgBeGAoAYxgKALQYCgC6GAoA0DYSADMZCgBgGQoAiRkKALYZCgDaGQoAfDcSABIaCgB2UQsAHxoKAGIaCgBxGgoAuBoKAMQaCgAOGwoADxsKAGQbCgBuGwoAuhsKAMgbCgAQHAoAFRwKAGYcCgBzHAoA0jcSAN8cCgAoOBIAOx0KAGgdCgCRHQoAvh0KAOIdCgB+OBIAIh4KAGoeCgBvHgoAwB4KAM0eCgAWHwoAHh8KAGwfCgByHwoAwh8KAM4fCgAYIAoAKCAKAG4gCgB3IAoAxCAKAMcgCgAaIQoAVSEKAHAhCgB8IQoA1DgSAMwhCgAcIgoANSIKAHIiCgCAIgoAyCIKANUiCgAeIwoAJSMKAHQjCgB9IwoAyiMKANcjCgAgJAoANyQKAHYkCgB5JAoAzCQKAM4kCgAiJQoAKyUKAHglCgCIJQoAziUKAOclCgAkJgoAJiYKAHomCgCDJgoA0CYKANgmCgAmJwoAKCcKAHwnCgCVJwoA0icKAOknCgAoKAoANCgKAH4oCgCPKAoA1CgKAOAoCgAqKQoANSkKAIApCgCNKQoA1ikKAOApCgAqORIAPyoKAIIqCgCQKgoA2CoKAL8qCgA+MwoAFCsKAC4rCgA7KwoAhCsKAIwrCgDaKwoA4CsKADAsCgA8LAoAhiwKAJEsCgDcLAoA5SwKADItCgA1LQoAiC0KAIotCgDeLQoA5S0KADQuCgA2LgoAgDkSAI0uCgDgLgoA7i4KADYvCgA7LwoAjC8KAJkvCgDiLwoA7i8KADgwCgBAMAoA1jkSAJwwCgDkMAoA9DAKADoxCgBIMQoAkDEKAJkxCgDmMQoA8DEKADwyCgA+MgoAkjIKAJwyCgDoMgoA6jIKACw6EgBDMwoAlDMKAJwzCgDqMwoA8DMKAEA0CgBMNAoAljQKAKU0CgDsNAoA9TQKAEI1CgBFNQoAmDUKAJo1CgDuNQoA9TUKAEQ2CgBGNgoAgjoSAJ82CgDwNgoADDcKAEY3CgBiNwoA2DoSAKk3CgCybwsAqzcKAPI3CgD3NwoASDgKAFU4CgCeOAoAqzgKAPQ4CgD6OAoASjkKAFY5CgCgOQoAsDkKAPY5CgD/OQoATDoKAE86CgCiOgoArjoKAPg6CgD/OgoALjsSAF07CgCkOwoAqTsKAPo7CgAHPAoAUDwKAF08CgCmPAoArDwKAPw8CgAIPQoAUj0KAGI9CgCoPQoAsT0KAP49CgABPgoAVD4KAGA+CgCqPgoAsT4KAIQ7EgACPwoAVj8KAGQ/CgCsPwoAvT8KANo7EgAJQAoAMDwSAGBACgCGPBIAs0AKAARBCgARQQoAWkEKAGdBCgCwQQoAvEEKAAZCCgAVQgoAXEIKAGZCCgCyQgoAwEIKAAhDCgANQwoAXkMKAGtDCgC0QwoAvEMKANw8EgAWRAoAYEQKAHBECgC2RAoAv0QKAAxFCgAPRQoAYkUKAG5FCgC4RQoAv0UKADI9EgAQRgoAZEYKAHJGCgC6RgoAy0YKAIg9EgAXRwoA3j0SAG5HCgA0PhIAwUcKABJICgAfSAoAaEgKAHVICgC+SAoAykgKABRJCgAjSQoAakkKAHRJCgDASQoAzkkKABZKCgAbSgoAbEoKAHlKCgDCSgoAykoKAIo+EgAkSwoAbksKAH5LCgDESwoAzUsKABpMCgAdTAoAcEwKAHxMCgDGTAoAzUwKAOA+EgAmTQoAck0KAIBNCgDITQoA3k0KAB5OCgAqTgoAdE4KAHtOCgDKTgoA0k4KACBPCgAlTwoAdk8KAH9PCgDMTwoA1k8KADY/EgA4UAoAeFAKAIRQCgDOUAoA1VAKACRRCgAsUQoAelEKAH9RCgDQUQoA2VEKACZSCgAwUgoAjD8SAIFSCgCSOA0AiFIKABihCgCLUgoA0lIKAKZSCgBOIhMA11IKAChTCgA1UwoAflMKAItTCgDUUwoA4FMKACpUCgA5VAoAgFQKAIpUCgDWVAoA5FQKACxVCgA5VQoAglUKAJlVCgDYVQoA4FUKAC5WCgA4VgoAhFYKAIlWCgDaVgoA4lYKAOI/EgA1VwoAhlcKAJVXCgDcVwoA/FcKADJYCgA+WAoAiFgKAJJYCgDeWAoA6FgKADRZCgBCWQoAilkKAKBZCgDgWQoA7FkKADZaCgA7WgoAjFoKAJVaCgDiWgoA7FoKADhbCgBEWwoAjlsKAKFbCgDkWwoA81sKADpcCgBGXAoAkFwKAJFcCgDmXAoA8FwKADxdCgBKXQoAkl0KAJddCgDoXQoA9V0KAI5AEgBMXgoAlF4KAKpeCgDqXgoA9l4KAEBfCgBHXwoAll8KAJ5fCgDsXwoA8V8KAEJgCgBLYAoAmGAKAKJgCgCQQRIA82AKAERhCgBMYQoAmmEKAJ1hCgDwYQoA+WEKAEZiCgBVYgoAnGIKAKdiCgDyYgoA+mIKAEhjCgBYYwoAnmMKAKxjCgD0YwoABWQKAEpkCgBWZAoAoGQKAKhkCgDmQRIA/GQKAExlCgBUZQoAomUKAKllCgD4ZQoABmYKAE5mCgBUZgoApGYKALBmCgD6ZgoACWcKAFBnCgBaZwoApmcKAKtnCgD8ZwoAAmgKAFJoCgBmaAoAPEISALloCgD+aAoACmkKAFRpCgBaaQoAqmkKALBpCgAAagoABWoKAFZqCgBcagoAkkISALFqCgACawoAE2sKAFhrCgBgawoArmsKAGRrCgA8iAoAZmsKAD4UEAC4awoABGwKABJsCgBabAoAcGwKALBsCgC8bAoABm0KAA1tCgBcbQoAZG0KALJtCgC3bQoACG4KABFuCgBebgoAaG4KALRuCgC8bgoACm8KAA5vCgBgbwoAa28KALZvCgDEbwoADHAKAB1wCgBicAoAbnAKALhwCgDAcAoA6EISABBxCgBkcQoAcnEKALpxCgDEcQoAEHIKAB5yCgBmcgoAc3IKALxyCgDTcgoAEnMKABpzCgBocwoAeHMKAL5zCgDDcwoAFHQKABp0CgBqdAoAcnQKAMB0CgDCdAoAFnUKACN1CgBsdQoAdHUKAMJ1CgDHdQoAGHYKABl2CgBudgoAenYKAMR2CgDRdgoAGncKACJ3CgBwdwoAf3cKAMZ3CgDLdwoAHHgKACl4CgByeAoAf3gKAMh4CgDUeAoAHnkKAC15CgB0eQoAfnkKAMp5CgDYeQoAIHoKACV6CgB2egoAg3oKAD5DEgDPegoAInsKACp7CgB4ewoAhXsKAM57CgDTewoAJHwKAC58CgB6fAoAgnwKANB8CgDSfAoAJn0KAEF9CgB8fQoAfn0KANJ9CgDgfQoAKH4KADl+CgB+fgoAgH4KANR+CgDtfgoAKn8KADt/CgCAfwoAjH8KAJRDEgDefwoALIAKADKACgCCgAoAjoAKANiACgD1gAoALoEKADeBCgCEgQoAkIEKANqBCgDdgQoAMIIKADqCCgCGggoAjoIKANyCCgDmggoAMoMKAECDCgCIgwoAnoMKAN6DCgDqgwoANIQKADuECgCKhAoAkoQKAOCECgDlhAoANoUKAD+FCgCMhQoAloUKAOKFCgDqhQoAOIYKADqGCgCOhgoAnoYKAOSGCgDuhgoAOocKAEaHCgCQhwoAlocKAOaHCgDuhwoA6kMSAEKICgCSiAoAmIgKAOiICgDtiAoAPokKAESJCgBARBIAookKAOqJCgAAigoAQIoKAEyKCgCWigoAm4oKAOyKCgD1igoAQosKAEyLCgCYiwoAu4sKAO6LCgDyiwoARIwKAP2LCgCcjQoARowKAJqMCgCojAoA8IwKAPqMCgBGjQoAao0KAEJFEgCijQoA8o0KAP6NCgBIjgoASo4KAJ6OCgCojgoA9I4KAACPCgBKjwoAbo8KAJhFEgCkjwoA9o8KAK+PCgBOkQoA+I8KAEyQCgBakAoAopAKAKyQCgD4kAoAHJEKAO5FEgBUkQoApJEKALCRCgD6kQoA/JEKAFCSCgBakgoAppIKALKSCgD8kgoAIJMKAERGEgBvkwoAqJMKALGTCgD+kwoADJQKAFSUCgBalAoAqpQKALaUCgAAlQoACJUKAJpGEgBdlQoArJUKAMWVCgAClgoAEZYKAFiWCgBglgoArpYKAL2WCgAElwoACZcKAFqXCgBnlwoAsJcKAL2XCgAGmAoAEpgKAFyYCgBrmAoAspgKALyYCgAImQoAFpkKAF6ZCgBjmQoAtJkKAMGZCgDwRhIAC5oKAPoSCwAjmgoAYJoKAGqaCgC2mgoAuJoKAAybCgAamwoAYpsKAG+bCgC4mwoAwJsKAA6cCgA6nAoAZJwKAGucCgC6nAoA05wKABCdCgAfnQoAZp0KAG6dCgC8nQoAy50KABKeCgAXngoAaJ4KAHWeCgC+ngoAy54KABSfCgAgnwoAap8KAHmfCgDAnwoAyp8KABagCgAkoAoAbKAKAHGgCgDCoAoAz6AKAEZHEgAroQoAbqEKAH2hCgDEoQoA0KEKABqiCgAmogoAcKIKAHeiCgDGogoA0qIKAByjCgAjowoAcqMKAHqjCgDIowoAzKMKAB6kCgAppAoAdKQKAICkCgDKpAoA16QKACClCgAopQoAdqUKAIClCgDMpQoA0qUKACKmCgA2pgoAeKYKAIamCgDOpgoA26YKACSnCgA7pwoAeqcKAIKnCgDQpwoA2qcKACaoCgArqAoAfKgKAISoCgDSqAoA4agKACipCgAtqQoAfqkKAIupCgDUqQoA4akKACqqCgA2qgoAgKoKAI+qCgDWqgoA4KoKAJxHEgA0qwoAgqsKAJGrCgDYqwoA3asKAC6sCgA3rAoAhKwKAJWsCgDarAoA4awKADCtCgA4rQoAhq0KAJOtCgDcrQoA4a0KADKuCgA8rgoAiK4KAJCuCgDergoA964KADSvCgBArwoAiq8KAJKvCgDyRxIA768KADawCgBTsAoAjLAKAJWwCgDisAoA8LAKADixCgA+sQoAjrEKAJqxCgDksQoA67EKADqyCgBCsgoAkLIKAKCyCgDmsgoA7LIKADyzCgBBswoAkrMKAKizCgDoswoA8LMKAD60CgBItAoAlLQKAJ+0CgDqtAoA9rQKAEC1CgBItQoASEgSAKO1CgDstQoA87UKAEK2CgBOtgoAmLYKAJ62CgDutgoA/7YKAES3CgBYtwoAmrcKAKi3CgDwtwoA/bcKAEa4CgBduAoAnLgKAKS4CgDyuAoA+bgKAEi5CgBKuQoAnrkKAKi5CgD0uQoA9rkKAEq6CgBjugoAoLoKAKK6CgD2ugoA+boKAEy7CgBYuwoAorsKANC7CgCeSBIAB7wKAE68CgBrvAoApLwKAK28CgD6vAoACL0KAFC9CgBWvQoApr0KALK9CgD8vQoABL4KAPRIEgBavgoAqL4KAK6+CgD+vgoACr8KAFS/CgBXvwoAqr8KAK+/CgAAwAoACcAKAFbACgBcwAoArMAKALvACgACwQoADsEKAFjBCgBgwQoASkkSALTBCgAEwgoACcIKAFrCCgBwwgoAsMIKALjCCgAGwwoAFMMKAFzDCgBmwwoAssMKALXDCgAIxAoAEMQKAF7ECgBfxAoAtMQKALrECgAKxQoAGMUKAGDFCgB2xQoAtsUKALjFCgAMxgoAEsYKAGLGCgB2xgoAuMYKAMDGCgAOxwoAHscKAGTHCgBmxwoAuscKAMnHCgAQyAoAGsgKAGbICgBryAoAvMgKAMLICgASyQoAJskKAGjJCgBwyQoAvskKAMPJCgAUygoAGsoKAGrKCgByygoAwMoKAMPKCgAWywoAG8sKAGzLCgB1ywoAwssKAMjLCgAYzAoAJ8wKAG7MCgB6zAoAoEkSANDMCgAazQoALc0KAHDNCgCMzQoAxs0KAM7NCgD2SRIAKs4KAHLOCgCIzgoAyM4KANTOCgAezwoAI88KAHTPCgB9zwoAys8KANTPCgAg0AoAKNAKAHbQCgB40AoAzNAKANvQCgAi0QoAP9EKAHjRCgCB0QoAztEKANzRCgAk0goAKtIKAHrSCgCI0goA0NIKAN3SCgAm0woAPdMKAHzTCgCE0woA0tMKANTTCgAo1AoAMNQKAH7UCgCN1AoA1NQKANnUCgAq1QoAN9UKAIDVCgCN1QoA1tUKAOLVCgAs1goAO9YKAILWCgCM1goA2NYKAObWCgAu1woAM9cKAITXCgCR1woATEoSAOTXCgAw2AoAMtgKAIbYCgCN2AoA3NgKAOPYCgAy2QoAONkKAIjZCgCW2QoA3tkKAOvZCgA02goARNoKAIraCgCP2goA4NoKAOjaCgA22woA/NoKAApGCwBC2woAjNsKAI7bCgCS3goAmdsKAOLbCgDn2woAONwKAELcCgCO3AoAntwKAOTcCgDp3AoAOt0KAEPdCgCQ3QoAnd0KAObdCgDt3QoAPN4KAETeCgCiShIAoN4KAOjeCgAA3woAPt8KAEDfCgCU3woAq98KAOrfCgDs3woAQOAKAE7gCgCW4AoAo+AKAOzgCgD04AoA+EoSAEXhCgCY4QoAWeEKADqLDACh4QoA7uEKAPzhCgDuDAsA/eEKAETiCgBP4goAmuIKAKLiCgDw4goA++IKAEbjCgBL4woAnOMKAJ/jCgDy4woA/OMKAE5LEgBO5AoAnuQKAFLkCgCUEg8AueQKAPTkCgAA5QoASuUKAFDlCgCg5QoAqOUKAPblCgAM5goATOYKAFrmCgCi5goApeYKAPjmCgAR5woATucKAFrnCgCk5woAr+cKAPrnCgD85woAUOgKAGvoCgCm6AoAtOgKAPzoCgAJ6QoAUukKAGnpCgCkSxIAqukKAO4UDwC+6QoA/ukKAP/pCgBU6goAWeoKAKrqCgCw6goAAOsKAALrCgBW6woAXOsKAKzrCgDA6woAAuwKAArsCgBY7AoAaOwKAK7sCgCw7AoABO0KABLtCgBa7QoAa+0KAPpLEgC27QoABu4KABLuCgBQTBIAXu4KALLuCgDD7goACO8KABDvCgBe7woAZ+8KALTvCgC77woACvAKAAvwCgCmTBIAbPAKALbwCgC48AoADPEKABPxCgBi8QoAavEKALjxCgDB8QoADvIKABXyCgBk8goAZfIKAPxMEgC/8goAEPMKABjzCgBm8woAcPMKALzzCgDK8woAEvQKACj0CgBo9AoAdPQKAL70CgDD9AoAFPUKAB31CgBq9QoAdPUKAFJNEgDB9QoAFvYKAB72CgAGcQwALvYKAGz2CgB59goAwvYKAM72CgAY9woAIvcKAG73CgBy9woAxPcKAMn3CgAa+AoAIPgKAHD4CgCQ+AoAxvgKAN74CgAc+QoAM/kKAHL5CgB++QoAyPkKANL5CgAe+goAIPoKAHT6CgB7+goAyvoKANH6CgAg+woAJvsKAHb7CgCC+woAzPsKAM/7CgAi/AoAJfwKAHj8CgCE/AoAzvwKANH8CgAk/QoAQP0KAHr9CgCC/QoAqE0SANz9CgAm/goAMP4KAHz+CgB+/goA0v4KANn+CgAo/woAL/8KAH7/CgCE/woA1P8KAOL/CgAqAAsANwALAIAACwCQAAsA1gALANsACwAsAQsANAELAIIBCwCSAQsA2AELAN0BCwAuAgsANAILAIQCCwCMAgsA/k0SAOACCwAwAwsAOAMLAIYDCwCJAwsA3AMLAOgDCwAyBAsAOAQLAIgECwCjBAsA3gQLAOwECwA0BQsAQwULAIoFCwCWBQsA4AULAOgFCwCqThIAOwYLAIwGCwCWBgsA4gYLAOoGCwA4BwsAWAcLAI4HCwCbBwsA5AcLAOkHCwA6CAsAPggLAJAICwCdCAsAAE8SAOsICwA8CQsAPwkLAJIJCwCcCQsA6AkLAPQJCwA+CgsAUQoLAJQKCwCjCgsA6goLAPYKCwBACwsAQQsLAJYLCwCgCwsA7AsLAPoLCwBCDAsARwwLAJgMCwClDAsAVk8SAPgMCwBEDQsARg0LAJoNCwCzDQsA8A0LAAEOCwBGDgsAUg4LAJwOCwCkDgsAWFASAPkOCwBIDwsATw8LAJ4PCwCkDwsA9A8LAAAQCwBKEAsATRALAKAQCwCjEAsA9hALAP4QCwBMEQsAXBELAKIRCwCnEQsA+BELAAESCwBOEgsAWxILAKQSCwCrEgsArlASAAYTCwBQEwsAXRMLAKYTCwCuEwsA/BMLAAYUCwBSFAsAYRQLAKgUCwCpFAsA/hQLAAYVCwBUFQsAYxULAKoVCwCvFQsAABYLAA0WCwBWFgsAYxYLAKwWCwC4FgsAAhcLABEXCwBYFwsAYhcLAK4XCwC8FwsABBgLAAkYCwBaGAsAZxgLALAYCwC4GAsABhkLABAZCwBcGQsAYRkLALIZCwC6GQsABFESABYaCwBeGgsAahoLALQaCwC6GgsAChsLABAbCwBgGwsAZRsLALYbCwC8GwsAWlESABgcCwBiHAsAaBwLALgcCwC+HAsADh0LABsdCwBkHQsAaR0LALodCwDCHQsAEB4LAC4eCwBcUhIAaB4LACxdDgBpHgsASD4NAGweCwDE0AwAfB4LALweCwC9HgsAEh8LABcfCwBoHwsAbh8LAL4fCwDAHwsAFCALABogCwBqIAsAfiALAMAgCwDIIAsAFiELACYhCwBsIQsAbiELAMIhCwDQIQsAGCILACkiCwCyUhIAdCILAMQiCwDQIgsACFMSACcjCwBwIwsAeCMLAMYjCwDTIwsAHCQLAB4kCwByJAsAiCQLAMgkCwDUJAsAHiULACYlCwC0UxIAgCULAMolCwDNJQsAICYLACUmCwB2JgsAhyYLAMwmCwDVJgsAIicLACwnCwB4JwsAhicLAM4nCwDTJwsAJCgLADEoCwAKVBIAhigLANAoCwDdKAsAJikLACgpCwB8KQsAkikLANIpCwDeKQsAKCoLADAqCwBgVBIAgyoLANQqCwDaKgsAKisLADIrCwCAKwsAgysLANYrCwDiKwsALCwLADIsCwCCLAsAnSwLANgsCwDlLAsALi0LADAtCwCELQsAmi0LANotCwDmLQsAMC4LADguCwC2VBIAjC4LANwuCwDhLgsAMi8LAE0vCwCILwsAli8LAN4vCwDlLwsANDALAEAwCwCKMAsAkTALAAxVEgDrMAsANjELAD4xCwCMMQsAlzELAOIxCwDnMQsAODILADsyCwCOMgsAmDILAOQyCwDsMgsAOjMLAEgzCwCQMwsAkzMLAOYzCwDuMwsAPDQLAFw0CwCSNAsAnzQLAOg0CwDtNAsAPjULAEI1CwCUNQsAoTULAGJVEgAKNgsAQDYLAEk2CwCWNgsAlzYLAOw2CwD0NgsAQjcLAFI3CwCYNwsAmjcLAO43CwD8NwsARDgLAFU4CwC4VRIAoDgLAPA4CwD8OAsADlYSAE05CwBkVhIAoTkLAPI5CwAMOgsASDoLAFc6CwCeOgsAqToLAPQ6CwD2OgsASjsLAFc7CwCgOwsArTsLAPY7CwACPAsATDwLAF08CwCiPAsApTwLAPg8CwASPQsATj0LAFc9CwCkPQsAsT0LAPo9CwAAPgsAUD4LAFw+CwCmPgsAqT4LAPw+CwABPwsAUj8LAGM/CwCoPwsAwz8LAP4/CwAKQAsAVEALAFtACwCqQAsArEALAABBCwAHQQsAVkELAF1BCwCsQQsAskELAAJCCwAOQgsAWEILAFtCCwCuQgsAsUILAARDCwAQQwsAWkMLAG1DCwCwQwsAv0MLAAZECwASRAsAXEQLAF1ECwCyRAsAvEQLAAhFCwAWRQsAXkULAGNFCwC0RQsAwUULALpWEgASRgsAEFcSAGJGCwC2RgsAzEYLAAxHCwAYRwsAYkcLAGpHCwBmVxIAvkcLAA5ICwAWSAsAZEgLAGdICwC6SAsAxkgLABBJCwAWSQsAZkkLAIFJCwC8SQsAykkLABJKCwAhSgsAaEoLAHRKCwC+SgsAxkoLALxXEgAZSwsAaksLAHRLCwDASwsAyEsLABZMCwA2TAsAbEwLAHlMCwDCTAsAx0wLABhNCwAcTQsAbk0LAHtNCwASWBIA500LAGhYEgAfTgsAcE4LAH9OCwDGTgsA5k4LABxPCwAoTwsAck8LAHxPCwDITwsA1E8LAB5QCwAkUAsAdFALAHpQCwDKUAsAz1ALACBRCwAmUQsAvlgSAHxRCwDMUQsA0VELACJSCwAoUgsAalkSAHtSCwDOUgsA2FILACRTCwAmUwsAelMLAJNTCwDQUwsA4VMLACZUCwA0VAsAfFQLAH9UCwDSVAsA3VQLAChVCwAwVQsAflULAIBVCwDUVQsA3FULACpWCwA3VgsAgFYLAIxWCwDWVgsA2lYLACxXCwA0VwsAglcLAJFXCwDYVwsA3VcLAC5YCwA7WAsAhFgLAJFYCwDaWAsA5lgLADBZCwA/WQsAhlkLAJBZCwDcWQsA6lkLADJaCwA3WgsAiFoLAJVaCwDAWRIA5loLABZaEgA4WwsAkl8LAEBbCwCKWwsAkFsLAOBbCwDmWwsANlwLAENcCwCMXAsAkVwLAOJcCwDqXAsAOF0LAGFdCwCOXQsAbF0LADpeCwC0XQsAkF4LALddCwDkXQsADV4LAGxaEgBjXgsAwloSALZeCwDmXgsAGl8LADxfCwBlXwsAGFsSAKBfCwDoXwsA9V8LAD5gCwBKYAsAlGALAJpgCwDqYAsA8GALAEBhCwBFYQsAlmELAJxhCwBuWxIAEmILAO5iCwAVYgsAQmILAGtiCwAaXBIAwWILAHBcEgAUYwsARGMLAHhjCwCaYwsAw2MLAMZcEgD6YwsARmQLAEtkCwCcZAsApGQLABxdEgD3ZAsASGULAFFlCwCeZQsAq2ULAPRlCwD7ZQsAcl0SAFJmCwDIXRIAs2YLAPZmCwACZwsATGcLAFtnCwCiZwsAq2cLAPhnCwACaAsATmgLAFBoCwCkaAsAvWgLAPpoCwALaQsAUGkLAFxpCwCmaQsArmkLAB5eEgAKagsAUmoLAGNqCwCoagsAtGoLAP5qCwAGawsAdF4SAFlrCwCqawsAtGsLAABsCwAIbAsAVmwLAGZsCwCsbAsAsWwLAAJtCwALbQsAWG0LAGVtCwCubQsAtW0LAMpeEgAKbgsA/sgPABFuCwBabgsAF24LAKaaDgBfbgsAsG4LALxuCwAGbwsAE28LAFxvCwBmbwsAIF8SALdvCwAIcAsAFHALAF5wCwBrcAsAtHALAL5wCwAKcQsAJnELAGBxCwBocQsAdl8SALtxCwAMcgsAFHILAGJyCwBlcgsAuHILAMFyCwAOcwsAHXMLAGRzCwBvcwsAunMLAMJzCwAQdAsAIHQLAGZ0CwB0dAsAvHQLAM10CwASdQsAHnULAGh1CwBwdQsAzF8SAMR1CwAUdgsAHHYLAGp2CwBxdgsAwHYLAM52CwAWdwsAHHcLAGx3CwB4dwsAwncLANF3CwAYeAsAIngLAG54CwBzeAsAxHgLAMp4CwAaeQsALnkLAHB5CwB4eQsAxnkLAOR5CwAcegsAJHoLACJgEgB6egsAeGASANB6CwAeewsAN3sLAHR7CwB9ewsAynsLANp7CwAgfAsAMHwLAHZ8CwCCfAsAzHwLANJ8CwAifQsAMH0LAHh9CwCFfQsAzn0LAOV9CwAkfgsALH4LAHp+CwCEfgsA0H4LAN5+CwAmfwsAPH8LAHx/CwCIfwsA0n8LANl/CwAogAsAMIALAH6ACwCDgAsA1IALAN2ACwAqgQsANIELAICBCwCIgQsA1oELANiBCwAsggsAPIILAIKCCwCMggsA2IILAOSCCwAugwsANIMLAISDCwCMgwsAJGESANyDCwAwhAsAQYQLAIaECwCihAsA3IQLAOSECwB6YRIAQ4ULAIiFCwCZhQsA3oULAOaFCwA0hgsATYYLAIqGCwCQhgsA4IYLAOWGCwA2hwsAVocLAIyHCwCYhwsA4ocLAOiHCwA4iAsAQIgLAI6ICwCdiAsA5IgLAOmICwA6iQsAR4kLAJCJCwCdiQsA5okLAPKJCwA8igsAS4oLAJKKCwCcigsA6IoLAPaKCwA+iwsAQ4sLAJSLCwChiwsA6osLAO2LCwBAjAsASIwLAJaMCwCYjAsA7IwLAPKMCwBCjQsATo0LAJiNCwCgjQsA0GESAPONCwBEjgsASI4LAJqOCwCnjgsAJmISAPiOCwB8YhIATI8LAJyPCwCzjwsA8o8LAPuPCwBIkAsAXpALAJ6QCwCqkAsA9JALAAGRCwBKkQsAVJELAKCRCwCokQsA9pELADSSCwBMkgsAdZILAKKSCwCqkgsA+JILABuTCwDSYhIAXZMLAKSTCwBkkwsAiLALAKmTCwD6kwsAB5QLAFCUCwBdlAsAppQLALKUCwD8lAsAC5ULAFKVCwBclQsAqJULALaVCwD+lQsAA5YLAFSWCwBhlgsAqpYLAM6WCwAAlwsACJcLAChjEgBflwsArJcLAK+XCwACmAsADJgLAFiYCwBgmAsArpgLAMeYCwAEmQsAEJkLAFqZCwBimQsAfmMSAMCZCwAGmgsADpoLAFyaCwBmmgsAspoLAMaaCwAImwsACZsLAF6bCwBqmwsAtJsLALybCwDUYxIAHZwLAGCcCwBhnAsAtpwLAMKcCwAMnQsAG50LAGKdCwBsnQsAuJ0LALudCwAOngsAFp4LAGSeCwBlngsAup4LALyeCwAQnwsAFp8LAGafCwBonwsAvJ8LANKfCwASoAsAHqALAGigCwByoAsAvqALAMqgCwAUoQsAGqELAGqhCwByoQsAwKELAOmhCwAWogsAHqILAGyiCwB2ogsAwqILAMeiCwAYowsAIKMLAG6jCwCHowsAxKMLANCjCwAapAsAIqQLACpkEgB8pAsAxqQLAMmkCwAcpQsAIaULAHKlCwB7pQsAyKULAM6lCwAepgsALaYLAHSmCwCApgsAyqYLAN+mCwAgpwsAKKcLAHanCwCDpwsAgq0LAI+nCwDMpwsA0acLACKoCwAnqAsAeKgLAImoCwDOqAsA1qgLACSpCwDaqAsA0qoLADupCwB6qQsAiKkLANCpCwDrqQsAJqoLADKqCwB8qgsAiaoLAIBkEgDUqgsAKKsLADWrCwB+qwsAhqsLANSrCwDrqwsAKqwLADisCwCArAsAm6wLANasCwDirAsALK0LADmtCwDWZBIAi60LANitCwDprQsALq4LAD+uCwCErgsAjK4LANquCwDxrgsAMK8LAD6vCwCGrwsAoa8LANyvCwDorwsAMrALAD+wCwAsZRIAnLALAN6wCwDhsAsANLELAFGxCwCKsQsAm7ELAOCxCwAEsgsANrILAD6yCwCCZRIAlbILAOKyCwDlsgsAOLMLAEKzCwCOswsAlrMLAOSzCwD9swsAOrQLAEa0CwCQtAsAmLQLANhlEgD2tAsAPLULAES1CwCStQsAnLULAOi1CwD8tQsAPrYLAD+2CwCUtgsAoLYLAOq2CwDytgsALmYSAFS3CwCWtwsAmbcLAOy3CwAJuAsAQrgLAFO4CwCYuAsAprgLAO64CwADuQsARLkLAEy5CwCauQsAp7kLAPa8CwCzuQsA8LkLAPW5CwBGugsAS7oLAJy6CwCtugsA8roLAPq6CwBIuwsAX7sLAJ67CwCsuwsA9LsLAA+8CwBKvAsAVrwLAKC8CwCtvAsAhGYSAP+8CwBMvQsAXb0LAKK9CwCzvQsA+L0LAAC+CwBOvgsAZb4LAKS+CwCyvgsA+r4LABW/CwBQvwsAXL8LAKa/CwCzvwsA2mYSABDACwBSwAsAVcALAKjACwDFwAsA/sALAA/BCwBUwQsAYsELAKrBCwC/wQsAAMILAAjCCwBWwgsAY8ILAGLICwBvwgsArMILALHCCwACwwsAB8MLAFjDCwBpwwsArsMLALbDCwAExAsAusMLALLFCwAbxAsAWsQLAGjECwCwxAsAy8QLAAbFCwASxQsAXMULAGnFCwAwZxIAtMULAAjGCwAVxgsAXsYLAGbGCwC0xgsAy8YLAArHCwAYxwsAYMcLAHvHCwC2xwsAwscLAAzICwAZyAsAhmcSAGvICwC4yAsAycgLAA7JCwAfyQsAZMkLAGzJCwC6yQsA0ckLABDKCwAeygsAZsoLAIHKCwC8ygsAyMoLABLLCwAfywsA3GcSAHHLCwC+ywsAz8sLABTMCwAgzAsAaswLAHfMCwDAzAsAxcwLABbNCwAgzQsAbM0LAHzNCwDCzQsAx80LABjOCwAhzgsAbs4LAHvOCwDEzgsAy84LABrPCwAmzwsAcM8LAHbPCwDGzwsAzM8LABzQCwAh0AsActALAHjQCwAyaBIAzdALAB7RCwAm0QsAdNELAIrRCwDK0QsAz9ELACDSCwAn0gsAdtILAH/SCwDM0gsA3dILACLTCwAu0wsAeNMLAIDTCwA0aRIA0NMLACTUCwA61AsAetQLAIbUCwDQ1AsA19QLACbVCwAu1QsAimkSAIHVCwDS1QsA2dULACjWCwAx1gsAftYLAI/WCwDU1gsA4NYLACrXCwAy1wsA4GkSAILXCwDW1wsA7NcLACzYCwA42AsAgtgLAInYCwDY2AsA4NgLADZqEgAz2QsAhNkLAIvZCwDa2QsA49kLADDaCwBB2gsAhtoLAJLaCwDc2gsA5NoLAIxqEgA02wsAiNsLAJfbCwDe2wsA/tsLADTcCwA23AsAitwLAKHcCwDg3AsA7NwLADbdCwA+3QsAOGsSAJHdCwDi3QsA5N0LADjeCwA/3gsAjt4LAJbeCwDk3gsA7d4LADrfCwBA3wsAkN8LAKHfCwDm3wsA7t8LAORrEgBI4AsAkuALAJXgCwDo4AsA7eALAD7hCwBP4QsAlOELAK/hCwDq4QsA9uELAEDiCwBI4gsAOmwSAKziCwDs4gsA7eILAELjCwBH4wsAmOMLAJ7jCwDu4wsA+OMLAETkCwBM5AsAmuQLAKzkCwCQbBIA/eQLAEblCwBQ5QsAnOULAKLlCwDy5QsABuYLAEjmCwBQ5gsAnuYLAK7mCwD05gsA+eYLAErnCwBQ5wsAoOcLAKjnCwD25wsA9+cLAEzoCwBO6AsAougLALHoCwD46AsAGOkLAE7pCwBQ6QsApOkLALvpCwD66QsABuoLAFDqCwBY6gsA5mwSAK7qCwD86gsAFesLAFLrCwBb6wsAqOsLALLrCwD+6wsABuwLAFTsCwBk7AsAquwLAK/sCwAA7QsACe0LAFbtCwBj7QsArO0LALPtCwAC7gsACu4LAJJtEgBi7gsAru4LALbuCwAE7wsAEu8LAFrvCwBn7wsAsO8LALjvCwAG8AsACPALAFzwCwBk8AsAsvALALPwCwAI8QsACvELAF7xCwBt8QsAtPELANTxCwAK8gsADPILAGDyCwB38gsAtvILAMLyCwAM8wsAJvMLAGLzCwCO8wsAuPMLALvzCwAO9AsAE/QLAGT0CwBx9AsA6G0SALz0CwAQ9QsAGvULAGb1CwB19QsAvPULAMf1CwAS9gsAIPYLAGj2CwB19gsAvvYLANX2CwAU9wsAHPcLAGr3CwBr9wsAwPcLAML3CwAW+AsAJfgLAGz4CwCM+AsAwvgLAMT4CwAY+QsAL/kLAG75CwB6+QsAxPkLAMz5CwA+bhIAH/oLAHD6CwB2+gsAxvoLAM76CwAc+wsAO/sLAHL7CwB/+wsAyPsLAMn7CwAe/AsANPwLAHT8CwCQ/AsAlG4SAM/8CwAg/QsAKv0LAHb9CwB+/QsAzP0LAM39CwAi/gsAzv0LADQHDAAo/gsAeP4LAIT+CwDO/gsA3v4LACT/CwAy/wsAev8LAI3/CwDQ/wsA3P8LACYADAAtAAwAfAAMAIQADADSAAwA1gAMACgBDAA2AQwAfgEMAIgBDADUAQwA3wEMACoCDAAyAgwAgAIMALgCDADWAgwA3gIMACwDDAAxAwwAggMMAIgDDADYAwwA4AMMAC4EDABIBAwAhAQMALwEDADaBAwA4gQMADAFDAA1BQwAhgUMAIwFDADcBQwA5AUMADIGDABMBgwAiAYMAKIGDADeBgwAFgcMAOpuEgA8BwwAigcMAJEHDADgBwwA7AcMADYIDAA3CAwAjAgMAJgIDADiCAwA7wgMADgJDAA/CQwAjgkMAJoJDADkCQwA8QkMADoKDABJCgwAkAoMAKQKDABAbxIA6AoMADwLDADyCgwAnOsOAD8LDAB0Vg4ASQsMAKruDABLCwwAkgsMALILDADoCwwA6gsMAD4MDABVDAwAlAwMAKAMDADqDAwA8gwMAJZvEgBCDQwAlg0MAKMNDADsDQwA9Q0MAEIODABEDgwAmA4MAKkODADuDgwA/w4MAEQPDABYDwwA7G8SALoPDADwDwwA8g8MAEYQDABdEAwAnBAMAKgQDADyEAwA+hAMAEJwEgBKEQwAnhEMAKERDAD0EQwA/BEMAEoSDABXEgwAoBIMAKUSDAD2EgwAABMMAEwTDABUEwwAohMMALsTDAD4EwwABBQMAE4UDABaFAwApBQMALEUDAD6FAwAAhUMAFAVDABgFQwAphUMAKsVDAD8FQwABRYMAFIWDABfFgwAqBYMAK8WDAD+FgwABhcMAJhwEgBhFwwAqhcMAK0XDAAAGAwAChgMAFYYDABYGAwArBgMAL0YDAACGQwAExkMAFgZDABkGQwArhkMALUZDAAEGgwAHhoMAFoaDABiGgwAsBoMALEaDABuJAwAuhoMAAYbDAAMGwwAXBsMAHAbDACyGwwAuhsMAAgcDAASHAwAXhwMAGMcDAC0HAwAvBwMAAodDAAYHQwAYB0MAG0dDAC2HQwAuR0MAAweDAAWHgwAYh4MAGQeDAC4HgwAyR4MAA4fDAAfHwwAZB8MAGwfDADucBIAxB8MABAgDAAsIAwAZiAMAG4gDABEcRIAvSAMABIhDAAoIQwAaCEMAHAhDAC+IQwAzCEMABQiDAAhIgwAaiIMAG0iDADAIgwAyiIMABYjDAAYIwwAbCMMAH0jDADCIwwA0yMMABgkDAAgJAwAmnESAH8kDADEJAwA0CQMABolDAAcJQwAcCUMAHMlDADGJQwA0iUMABwmDAAkJgwA8HESAHsmDADIJgwA1SYMAB4nDAAmJwwAdCcMAIYnDADKJwwA1ycMACAoDAAhKAwAdigMAIwoDADMKAwA1CgMACIpDAAwKQwAeCkMAIUpDADOKQwA0SkMACQqDAAuKgwAeioMAHwqDADQKgwA4SoMACYrDAA3KwwAfCsMAIQrDABGchIA3ysMACgsDAAyLAwAfiwMADUsDACSDw4AjCwMANQsDADqLAwAKi0MADYtDACALQwAjC0MANYtDADcLQwALC4MADIuDACCLgwAhy4MANguDADeLgwAnHISADMvDACELwwAhi8MANovDADhLwwAMDAMADgwDACGMAwAiTAMANwwDADlMAwAMjEMAEExDACIMQwAkzEMAN4xDADmMQwANDIMAEQyDACKMgwAmDIMAOAyDADxMgwANjMMAEIzDACMMwwAlDMMAJ5zEgAANAwAODQMAEA0DAD0cxIAmjQMAOQ0DAD6NAwAOjUMAEI1DACQNQwArzUMAEp0EgDpNQwAAG4MAPM1DAA8NgwAPzYMAGLSEABENgwAkjYMAEY2DAAe1w4AlDYMAOg2DACcNgwAVkMMAKM2DABIPAwA9TYMAD43DABSNwwAlDcMAJw3DADqNwwA7zcMAEA4DABQOAwAljgMAJ44DADsOAwA9jgMAEI5DABNOQwAmDkMAKQ5DADuOQwA9jkMAKB0EgBJOgwAmjoMAKM6DADwOgwA9joMAEY7DABVOwwAnDsMAKg7DADyOwwA9TsMAPZ0EgBNPAwAnjwMAK08DAD0PAwA9jwMAEo9DABbPQwAoD0MALE9DAD2PQwACj4MAEw+DABUPgwAoj4MALA+DAD4PgwABT8MAE4/DABRPwwApD8MAK4/DAD6PwwA/D8MAFBADABhQAwApkAMALdADAD8QAwACEEMAFJBDABZQQwAqEEMALBBDAD+QQwAFUIMAFRCDABgQgwAqkIMAMBCDAAAQwwAA0MMAEx1EgBhQwwArEMMALhDDAACRAwACkQMAKJ1EgBkRAwArkQMAMREDAAERQwAB0UMAFpFDABiRQwAsEUMALJFDAAGRgwAIUYMAFxGDABeRgwAskYMAMBGDAAIRwwAGUcMAF5HDABgRwwAtEcMAM1HDAAKSAwAG0gMAGBIDABsSAwA+HUSALxIDAAMSQwAGkkMAGJJDAB9SQwAuEkMAMRJDAAOSgwAFEoMAGRKDABsSgwAukoMAMpKDAAQSwwAFUsMAGZLDABvSwwAvEsMAMlLDAASTAwAGUwMAGhMDABwTAwATnYSAMNMDAAUTQwAGk0MAGpNDAByTQwAwE0MAOxNDAAWTgwAHU4MAGxODACFTgwAwk4MANFODAAYTwwANE8MAKR2EgBzTwwAxE8MAM5PDAAaUAwAKlAMAHBQDAB1UAwAxlAMAM9QDAAcUQwAKVEMAHJRDAB5UQwAyFEMANRRDAAeUgwAMVIMAHRSDACDUgwAylIMANZSDAAgUwwAIVMMAHZTDACAUwwAzFMMANpTDAAiVAwAJ1QMAHhUDACFVAwA+nYSAN9UDAAkVQwAJlUMAHpVDAB9VQwA0FUMANNVDAAmVgwALVYMAHxWDACIVgwA0lYMAOJWDAAoVwwAOFcMAH5XDACDVwwA1FcMAN1XDAAqWAwAN1gMAIBYDACHWAwA1lgMAOJYDAAsWQwAMlkMAIJZDACIWQwA2FkMAN1ZDAAuWgwANFoMAPx3EgCOWgwA2loMAOhaDAAwWwwAQFsMAIZbDACIWwwA3FsMAOtbDAAyXAwAPFwMAIhcDACQXAwA/ngSAORcDAA0XQwAQF0MAFR5EgCPXQwA4F0MAOhdDAA2XgwARl4MAIxeDACaXgwA4l4MAO9eDAA4XwwAP18MAI5fDACWXwwAAHoSAPVfDAA6YAwAQWAMAJBgDACYYAwA5mAMAPNgDAA8YQwAQWEMAJJhDACcYQwA6GEMAPBhDAA+YgwAV2IMAJRiDACgYgwA6mIMAPJiDABWehIATGMMAJZjDACZYwwA7GMMAPFjDABCZAwAU2QMAJhkDACzZAwA7mQMAPpkDABEZQwAS2UMAJplDAC2ZQwA8GUMAPhlDACsehIAS2YMAJxmDACmZgwA8mYMAPpmDABIZwwASmcMAJroDQBYZwwAnmcMAKNnDAD0ZwwA/WcMAEpoDABXaAwAoGgMAKdoDAACexIA/2gMAExpDABZaQwAomkMALFpDAD4aQwAAmoMAE5qDABcagwApGoMAKlqDAD6agwAB2sMAFBrDABYawwAWHsSALJrDAD8awwACWwMAFJsDABVbAwAqGwMALZsDAD+bAwAA20MAFRtDABhbQwAqm0MALJtDACuexIACG4MAFZuDABcbgwArG4MAF1uDADOAA0AuG4MAAJvDAAfbwwAWG8MAGFvDACubwwAvG8MAARwDAAKcAwAWnAMAGZwDACwcAwAt3AMAAR8EgAHcQwAjN8MABJxDABccQwAFnEMADDcDABvcQwAsnEMALxxDAAIcgwAFHIMAF5yDABrcgwAtHIMALdyDAAKcwwAGHMMAGBzDABlcwwAtnMMAMNzDAAMdAwAFHQMAFp8EgBodAwAuHQMAMZ0DAAOdQwAKXUMAGR1DABwdQwAunUMAMB1DAAGfRIAM3YMAFx9EgBrdgwAvHYMAMl2DAASdwwAH3cMAGh3DAB0dwwAvncMAM13DAAUeAwAHngMAGp4DAB4eAwAwHgMAMV4DAAWeQwAI3kMAGx5DACIeQwAwnkMAMp5DACyfRIAHXoMAG56DAB0egwAxHoMAMx6DAAaewwAG3sMAHB7DAB3ewwAxnsMAMt7DAAcfAwAJHwMAHJ8DACAfAwAyHwMAMt8DAAefQwAJn0MAHR9DACBfQwAyn0MAM99DAAgfgwAKn4MAHZ+DAB+fgwAzH4MAN1+DAAifwwAJ38MAHh/DAB6fwwAzn8MANV/DAAkgAwAMIAMAHqADACBgAwACH4SANyADAAmgQwAQ4EMAHyBDACFgQwA0oEMAOCBDAAoggwALoIMAH6CDACKggwA1IIMANuCDAAqgwwAMoMMAICDDACWgwwA1oMMANuDDAAshAwAM4QMAIKEDACLhAwA2IQMAOmEDAAuhQwAOoUMAISFDACMhQwAtH4SAOCFDAAwhgwANYYMAIaGDAChhgwA3IYMAOqGDAAyhwwAOYcMAIiHDACUhwwA3ocMAOGHDAA0iAwAPIgMAIqIDACLiAwA4IgMAOKIDAA2iQwARYkMAIyJDACsiQwA4okMAOSJDAA4igwAT4oMAI6KDACaigwA5IoMAOyKDAAKfxIAP4sMAJCLDACYiwwA5osMAPaLDAA8jAwASowMAJKMDACjjAwA6IwMAPSMDAA+jQwAQY0MAJSNDACcjQwA6o0MAPiNDABAjgwATY4MAJaODACejgwA7I4MACSPDABgfxIAQ48MAJiPDACkjwwA7o8MAP2PDABEkAwATJAMALZ/EgCckAwA8JAMAP6QDABGkQwAV5EMAAyAEgCjkQwAYoASAPqRDAAOgRIASZIMAICuDABLkgwAsJsMAEySDAD2kwwATpIMAAqeDABPkgwAVJgMAFGSDACEsAwAVJIMAJ6SDABVkgwAUJYMAFeSDABqowwApJIMAPSSDAD6kgwASpMMAE+TDACgkwwAppMMAGSBEgD4kwwATJQMAFKUDACilAwAr5QMAGaCEgAFlQwATpUMAGWVDACklQwAwJUMAPqVDAAClgwAvIISAFWWDACmlgwAsJYMAPyWDAAKlwwAUpcMAGGXDAColwwAtJcMABKDEgAGmAwAaIMSAGCYDACqmAwAq5gMAACZDAAGmQwAVpkMAGKZDACsmQwAu5kMAAKaDAAEmgwAWJoMAGKaDACumgwAupoMAASbDAALmwwAvoMSAGKbDAAUhBIAupsMAAacDAAMnAwAXJwMAGqcDACynAwAwZwMAAidDAASnQwAXp0MAHqdDAC0nQwAvJ0MAGqEEgAWngwAYJ4MAG+eDAC2ngwAu54MAAyfDAAnnwwAYp8MAG6fDAC4nwwAvp8MAA6gDAAQoAwAZKAMAH2gDAC6oAwAy6AMABChDAAcoQwAZqEMAH6hDAC8oQwAyKEMABKiDAAYogwAaKIMAG6iDAC+ogwAw6IMABSjDAAaowwAwIQSAG+jDADAowwAxqMMABakDADWowwAyqgMACKkDABspAwAhKQMAMKkDADGpAwAcKYMAM6kDAAYpQwAHqUMAG6lDAB0pQwAxKUMAMmlDAAapgwAIKYMAMKFEgBypgwAxqYMAMymDAAcpwwAKacMAMSGEgB/pwwAyKcMAN+nDAAeqAwAOqgMAHSoDAB8qAwAGocSAMuoDAAgqQwALqkMAHapDACHqQwAzKkMANipDAAiqgwAOqoMAHiqDAB8qgwAJqwMAISqDADOqgwA1KoMACSrDAAqqwwAeqsMAH+rDADQqwwA1qsMAHCHEgAorAwAfKwMAIKsDADSrAwA36wMAHKIEgA1rQwAfq0MAJWtDADUrQwA8K0MACquDAAyrgwAyIgSAIKuDADWrgwA3K4MACyvDAAvrwwAgq8MAI6vDADYrwwA9K8MAC6wDAA2sAwAHokSAIewDADasAwA5rAMADCxDAA2sQwAhrEMAJ6xDADcsQwA4LEMAIqzDADjsQwA6LcMAOixDAAysgwA6bEMAOS1DAA4sgwAiLIMAI6yDADesgwA47IMADSzDAA6swwAdIkSAIyzDADgswwA5rMMADa0DABDtAwAdooSAJm0DADitAwA+bQMADi1DABUtQwAjrUMAJa1DADMihIA6bUMADq2DABEtgwAkLYMAJ62DADmtgwA9bYMADy3DABItwwAIosSAJq3DAB4ixIA9LcMAD64DAA/uAwAlLgMAJq4DADquAwA9rgMAEC5DABPuQwAlrkMAJi5DADsuQwA9rkMAEK6DABOugwAmLoMAJ+6DADOixIA9roMACSMEgBOuwwAmrsMAKa7DADwuwwABrwMAEa8DABSvAwAnLwMAK+8DADyvAwAAL0MAEi9DABSvQwAeowSAKa9DADQjBIACr4MAEq+DABWvgwAoL4MAK2+DAD2vgwAAL8MAEy/DABOvwwAor8MAKy/DAD4vwwABsAMAE7ADABTwAwApMAMALHADAD6wAwAAsEMAFDBDABgwQwApsEMAKjBDAD8wQwABcIMAFLCDABjwgwAqMIMALLCDAAmjRIACsMMAFTDDABrwwwAqsMMAMXDDAB8jRIAGcQMAFbEDABcxAwArMQMALbEDADSjRIABMUMAFjFDABpxQwArsUMALbFDAAExgwAysUMAFTuDAAQxgwAWsYMAGDGDACwxgwAtsYMAAbHDAALxwwAXMcMAGLHDAAojhIAzscMAAjIDAAQyAwAKo8SAGzIDAC0yAwAxcgMAArJDAAbyQwAYMkMAGzJDAC2yQwAvckMAICPEgAdygwAYsoMAHPKDAC4ygwAxMoMAA7LDAAVywwA1o8SAGbLDAC6ywwAu8sMABDMDAAYzAwAZswMAGvMDAC8zAwAxcwMABLNDAAczQwAaM0MAHDNDAC+zQwAw80MABTODAAkzgwAas4MAHLODADAzgwA1s4MABbPDAAizwwAbM8MAILPDADCzwwAx88MABjQDAAe0AwAbtAMAILQDAAskBIA2tAMABrRDAAo0QwAcNEMAH3RDADG0QwAyNEMABzSDAAm0gwActIMAH7SDADI0gwAz9IMAB7TDAAm0wwAdNMMAI3TDADK0wwA3tMMACDUDAAo1AwAdtQMAHjUDADM1AwA2dQMACLVDAAn1QwAeNUMAILVDADO1QwA2dUMACTWDAAw1gwAetYMAIDWDADQ1gwA2NYMACbXDAAn1wwAfNcMAILXDADS1wwA19cMACjYDAA32AwAftgMAIrYDADU2AwA19gMACrZDAAt2QwAgpASAIXZDADW2QwA8tkMANiQEgBM2gwAgtoMAIraDAAukRIA3toMAC7bDAA62wwAhJESAIrbDADa2wwA5tsMAN6TEgAy3AwAhtwMAJDcDADc3AwA3twMADLdDABD3QwAiN0MAJDdDADe3QwA6t0MADTeDAA63gwAit4MAJDeDADg3gwA5d4MADbfDAA83wwANJQSAI7fDADi3wwA6N8MADjgDAA74AwAjuAMAJrgDADk4AwA7OAMADaVEgBA4QwAkOEMAJbhDADm4QwA6+EMADziDABC4gwAjJUSAJTiDADo4gwA8eIMAD7jDABV4wwAlOMMAJ/jDADq4wwA9OMMAEDkDABI5AwAjpYSAKPkDADs5AwA9OQMAELlDABM5QwAmOUMAKPlDADu5QwA9OUMAETmDABQ5gwAmuYMAJzmDADw5gwA9+YMAEbnDABO5wwAnOcMAK7nDADklhIAMegMAEjoDABQ6AwAnugMAMHoDADmlxIA9ugMAErpDABX6QwAoOkMAKfpDAD26QwAB+oMAEzqDABY6gwAouoMAKnqDAD46gwA+eoMAOQLDQAA6wwAPJgSAGHrDACk6wwAs+sMAPrrDAAG7AwAUOwMAFHsDACm7AwAsOwMAPzsDAAK7QwAUu0MAFftDACo7QwAte0MAJKYEgAG7gwA6JgSAFzuDAA+mRIAuO4MAADvDAAP7wwAVu8MAHbvDACs7wwAuO8MAALwDAAJ8AwAWPAMAGDwDACu8AwAsPAMAATxDAAO8QwAQJoSAGTxDACw8QwAuPEMAJaaEgAQ8gwAXPIMAGTyDADsmhIA8vIMAAjzDAAQ8wwAXvMMAHzzDABCmxIAufMMACzcDQDC8wwACvQMABH0DABu1A4AGvQMAGD0DABw9AwAtvQMAML0DAAM9QwAEvUMAGL1DAB+9QwAuPUMAMD1DACYmxIAIvYMAGT2DABu9gwAuvYMAMb2DAAQ9wwAGPcMAO6bEgBx9wwAvPcMAL73DAAS+AwAGPgMAGj4DABw+AwARJwSAMD4DAAU+QwAF/kMAGr5DABy+QwAwPkMAND5DAAW+gwAGPoMAGz6DAB6+gwAwvoMANP6DACanBIAH/sMAPCcEgB0+wwAxPsMAMn7DAAa/AwAIPwMAEadEgB6/AwAxvwMAMj8DAAc/QwAL/0MAHL9DAB6/QwAyP0MANT9DAAe/gwAJP4MAHT+DAB6/gwAyv4MAM/+DAAg/wwAJv8MAEieEgB//wwAzP8MANn/DAAiAA0AKQANAHgADQCAAA0Anp4SANoADQAkAQ0ALgENAHoBDQCGAQ0A0AENAN8BDQAmAg0AMAINAHwCDQCIAg0A0gINANkCDQD0nhIAKwMNAB6uDwAuAw0AfgMNADcDDQD6xA4AOQMNAJLkDQCKAw0A1AMNANwDDQBKnxIANgQNAIAEDQCKBA0A1gQNAOIEDQAsBQ0AOwUNAIIFDQCMBQ0A2AUNAOQFDQAuBg0ANQYNAKCfEgCSBg0A2gYNAKQGDQAwtQ4A8QYNADAHDQA9Bw0AhgcNAIgHDQDcBw0A7QcNADIIDQBOCA0AiAgNAJAIDQD2nxIA9wgNADQJDQBICQ0AigkNAJIJDQDgCQ0A4wkNADYKDQBECg0AjAoNAKMKDQDiCg0A7woNADgLDQA6Cw0AjgsNAJ8LDQBMoBIA6gsNADoMDQA/DA0AkAwNAKYMDQDmDA0A9AwNADwNDQA/DQ0Akg0NAJ4NDQDoDQ0A7g0NAD4ODQBKDg0AlA4NAMAODQDqDg0A9g4NAEAPDQBPDw0Alg8NAKAPDQDsDw0A+g8NAEIQDQBHEA0AmBANAKUQDQCioBIA8BANAEQRDQBSEQ0AmhENAKcRDQDwEQ0AAhINAPigEgBVEg0AnBINAKgSDQDyEg0ACxMNAEgTDQBKEw0AnhMNAK0TDQD0Ew0AFBQNAEoUDQBSFA0AoBQNAMMUDQBOoRIA+xQNAEwVDQBPFQ0AohUNAKwVDQD4FQ0AABYNAE4WDQBUFg0ApBYNALAWDQD6Fg0ACRcNAFAXDQBcFw0AphcNALMXDQD8Fw0ABhgNAFIYDQBaGA0AqBgNALcYDQD+GA0AABkNAFQZDQBlGQ0AqhkNALsZDQAAGg0ACBoNAFYaDQBnGg0ArBoNAK4aDQACGw0ABRsNAFgbDQBiGw0ArhsNANIbDQAEHA0AIBwNAKShEgBgHA0AsBwNALUcDQAGHQ0AFR0NAFwdDQBoHQ0Ash0NALUdDQAIHg0ACx4NAF4eDQBmHg0AtB4NAMMeDQAKHw0ADx8NAGAfDQB2Hw0Ath8NALcfDQAMIA0AHSANAGIgDQBuIA0AuCANAMIgDQAOIQ0AGiENAGQhDQBrIQ0A+qESAL4hDQAQIg0AHiINAGYiDQBwIg0AvCINAMciDQASIw0AGiMNAGgjDQB0Iw0AviMNANEjDQAUJA0AIiQNAGokDQB0JA0AwCQNAMgkDQAWJQ0AJSUNAGwlDQBxJQ0AwiUNAMklDQAYJg0AJCYNAFCiEgB6Jg0AxCYNAMcmDQAaJw0AHScNAHAnDQCKJw0AxicNANInDQAcKA0ALygNAHIoDQCAKA0AyCgNANIoDQAeKQ0AQSkNAKaiEgB+KQ0AyikNANYpDQAgKg0AJyoNAHYqDQB+Kg0AzCoNANAqDQAiKw0AMCsNAHgrDQCCKw0AzisNANkrDQAkLA0ALCwNAHosDQCJLA0A0CwNANUsDQAmLQ0ALS0NAHwtDQCILQ0A0i0NANotDQD8ohIAPi4NANiKDwBBLg0Afi4NAIguDQDULg0A4C4NACovDQAtLw0AgC8NAIovDQDWLw0A2S8NACwwDQA8MA0AgjANAIQwDQDYMA0A5jANAC4xDQA/MQ0AUqMSAIsxDQCooxIA8zENADAyDQA6Mg0AhjINAJIyDQDcMg0A3zINADIzDQA8Mw0A/qMSAI0zDQDeMw0A/jMNADQ0DQA8NA0AVKQSAJg0DQDgNA0A9jQNADY1DQBCNQ0AjDUNAJM1DQDiNQ0A6jUNADg2DQA9Ng0AjjYNAJc2DQDkNg0A7jYNADo3DQBCNw0AkDcNAJ43DQDmNw0A8zcNADw4DQBEOA0AqqQSAKI4DQDoOA0A8DgNAAClEgBFOQ0AlDkNAKA5DQDqOQ0A8TkNAEA6DQBIOg0AljoNAKA6DQDsOg0A+joNAEI7DQBYOw0AmDsNAKQ7DQDuOw0A8zsNAEQ8DQBNPA0AmjwNAKQ8DQDwPA0A+DwNAEY9DQBLPQ0AnD0NAKw9DQDyPQ0A+j0NAFalEgBSPg0Anj4NAKE+DQCkQw4Apj4NAKylEgACPw0ASj8NAGA/DQCgPw0ArD8NAPY/DQD9Pw0ATEANAFRADQCiQA0Ap0ANAPhADQABQQ0ATkENAFhBDQCkQQ0ArEENAPpBDQD8QQ0AvE0NAAhCDQBQQg0AXUINAKZCDQCuQg0AAqYSAAhDDQBSQw0AVUMNAKhDDQCyQw0AWKYSAAxEDQBURA0AakQNAKpEDQC2RA0AAEUNAAdFDQBWRQ0AXkUNAKxFDQCxRQ0AAkYNAAtGDQBYRg0AYkYNAK5GDQC2Rg0ABEcNAAZHDQBaRw0AakcNALBHDQC6Rw0ABkgNABJIDQBcSA0AYkgNAASnEgDASA0ACEkNAB5JDQBeSQ0AakkNALRJDQC5SQ0ACkoNABNKDQBgSg0AakoNALZKDQC+Sg0ADEsNAC5LDQBapxIAcUsNALhLDQDESw0ADkwNAA9MDQBkTA0AbkwNALpMDQDITA0AEE0NABVNDQBmTQ0Ac00NALCnEgDMTQ0AEk4NABxODQBoTg0AdE4NAL5ODQDETg0AFE8NABxPDQCyqBIAb08NAMBPDQDITw0AFlANACJQDQAqWg0AL1ANAGxQDQB4UA0AwlANAMpQDQAIqRIAJVENAG5RDQB2UQ0AxFENANJRDQAaUg0AJ1INAHBSDQBzUg0AxlINANBSDQAcUw0AHlMNAHJTDQB/Uw0AyFMNANdTDQAeVA0AKlQNAHRUDQB8VA0AXqkSANpUDQAgVQ0AKFUNAHZVDQCCVQ0AzFUNANJVDQAiVg0AKFYNAHhWDQB9Vg0AzlYNANRWDQC0qRIAMVcNAHpXDQB/Vw0A0FcNANpXDQAmWA0ALlgNAHxYDQCIWA0A0lgNAOVYDQAoWQ0ANlkNAH5ZDQCBWQ0A1FkNAN5ZDQAKqhIAPVoNAIBaDQCOWg0A1loNANlaDQAsWw0ANlsNAGCqEgCHWw0A2FsNAJBbDQDAeg0A4FsNAC5cDQA6XA0AhFwNAIpcDQDaXA0Al1wNAGZ4DQDgXA0AMF0NADVdDQCGXQ0AjF0NALaqEgDiXQ0AMl4NADdeDQCIXg0Ajl4NAAyrEgDsXg0ANF8NAE9fDQCKXw0All8NAOBfDQDnXw0AYqsSAD9gDQCMYA0AmWANAOJgDQDuYA0AOGENAEthDQCOYQ0Aj2ENAORhDQDwYQ0AOmINAEliDQCQYg0AmmINAOZiDQDyYg0APGMNAENjDQC4qxIAmGMNAOhjDQDuYw0APmQNAENkDQCUZA0AmmQNAGSsEgDzZA0AQGUNAE1lDQCWZQ0AmmUNAOxlDQDuZQ0AQmYNAE9mDQCYZg0AomYNALqsEgD1Zg0ARGcNAExnDQCaZw0ApmcNAPBnDQADaA0ARmgNAFVoDQCcaA0AqGgNAPJoDQDzaA0ASGkNAFJpDQCeaQ0ArGkNAPRpDQD5aQ0ASmoNAFdqDQAQrRIArGoNAPZqDQD8ag0ATGsNAFJrDQCiaw0Ap2sNAPhrDQD+aw0AZq0SAFNsDQCkbA0ArmwNABKuEgACbQ0AUG0NAF1tDQCmbQ0Aq20NAPxtDQAGbg0AUm4NAFpuDQCobg0AtG4NAP5uDQARbw0AVG8NAFVvDQCqbw0Atm8NAABwDQAPcA0AVnANAGBwDQCscA0AtHANAAJxDQAEcQ0AaK4SAGFxDQCucQ0AvXENAARyDQATcg0AWnINAGZyDQCwcg0As3INAAZzDQAJcw0Avq4SAF5zDQCycw0AtXMNAAh0DQAQdA0AXnQNAGt0DQC0dA0AuXQNAAp1DQAUdQ0AYHUNAGh1DQC2dQ0AwnUNAAx2DQAfdg0AYnYNAGN2DQC4dg0AxHYNAA53DQAddw0AZHcNAG53DQC6dw0AxncNABB4DQAXeA0AFK8SAHV4DQC8eA0AyHgNABJ5DQATeQ0AaHkNAHJ5DQC+eQ0AzHkNABR6DQAZeg0AanoNAHd6DQBqrxIA0XoNAMCvEgAjew0AbHsNAHp7DQDCew0A03sNABh8DQA6fA0AFrASAHN8DQDEfA0AdHwNANyzDQDMfA0AGn0NABt9DQB4gQ0AHX0NAHqCDQAffQ0AdoANACB9DQDSgw0AIX0NAHR/DQApfQ0AcH0NADN9DQDYhg0AdX0NAMZ9DQDTfQ0AHH4NACl+DQByfg0Afn4NAMh+DQDXfg0AHn8NACh/DQBssBIAgn8NAMp/DQDMfw0AIIANADGADQDCsBIAd4ANAMyADQDYgA0AIoENAC+BDQAYsRIAhoENAM6BDQDbgQ0AJIINADuCDQBusRIAg4INACqFDQCEgg0A0IINANKCDQAmgw0ALIMNAHyDDQCGgw0AxLESAN6DDQAohA0AKoQNAH6EDQCNhA0A1IQNAN+EDQAashIAOYUNAICFDQCPhQ0A1oUNAOKFDQAshg0AOIYNAIKGDQCJhg0AcLISAOSGDQAuhw0ANocNAMayEgCdhw0A2ocNAOuHDQAwiA0APIgNAByzEgCNiA0A3IgNAOSIDQAyiQ0AM4kNAIiJDQCOiQ0A3okNAOOJDQA0ig0ANYoNAIqKDQCWig0A4IoNAOaKDQA2iw0AQIsNAIyLDQCaiw0A7JANAKCLDQDiiw0A6osNAHKzEgBIjA0AjowNAJaMDQDkjA0A7YwNADqNDQDxjA0A6o8NAEeNDQCQjQ0Al40NAOaNDQDyjQ0API4NAEyODQCSjg0AoI4NAOiODQD1jg0APo8NAEqPDQCUjw0Am48NAMizEgDzjw0AQJANAFGQDQCWkA0Ap5ANAB60EgD4kA0AQpENAEWRDQCYkQ0AoJENAO6RDQDzkQ0ARJINAFSSDQCakg0AopINAPCSDQD5kg0ARpMNAP2SDQD2lQ0AU5MNAJyTDQCjkw0A8pMNAP6TDQBIlA0AWJQNAJ6UDQCslA0A9JQNAAGVDQBKlQ0AVpUNAKCVDQCnlQ0AdLQSAP+VDQBMlg0AXZYNAKKWDQCzlg0AyrQSAP2WDQBOlw0AW5cNAKSXDQCwlw0A+pcNAASYDQBQmA0AZJgNAKaYDQCnmA0A/JgNAAiZDQBSmQ0AcZkNAKiZDQCwmQ0A/pkNAAOaDQBUmg0AbZoNAKqaDQDWmg0AAJsNAAybDQBWmw0AZZsNAKybDQC2mw0AApwNAAqcDQBYnA0AY5wNAK6cDQCwnA0ABJ0NAAedDQBanQ0AYp0NALCdDQC9nQ0ABp4NAAueDQBcng0AZJ4NALKeDQC0ng0ACJ8NABKfDQBenw0AaJ8NALSfDQC6nw0ACqANABigDQBgoA0AeaANALagDQC/oA0ADKENABahDQBioQ0AbqENACC1EgDEoQ0ADqINABiiDQBkog0Ab6INALqiDQC/og0AEKMNABejDQBmow0AbqMNALyjDQDpow0AdrUSABmkDQBopA0AcKQNAL6kDQDrpA0AFKUNABmlDQBqpQ0Aa6UNAMClDQDKpQ0AFqYNACSmDQBspg0AcaYNAMKmDQDPpg0AGKcNADSnDQBupw0AiqcNAMy1EgDRpw0AGqgNAB6oDQBwqA0AdqgNAMaoDQDIqA0AHKkNAB2pDQByqQ0AlakNAMipDQDsqQ0AHqoNAEuqDQB0qg0AfKoNAMqqDQDPqg0AIKsNAC2rDQB2qw0AfqsNAMyrDQDOqw0AIqwNACqsDQB4rA0ApawNAM6sDQDbrA0AJK0NACmtDQB6rQ0Ah60NANCtDQDcrQ0AJq4NAFOuDQB8rg0AhK4NANKuDQDtrg0AKK8NACqvDQB+rw0Aj68NANSvDQDdrw0AKrANADawDQAithIAjbANANawDQDxsA0ALLENADGxDQCCsQ0AorENANixDQDksQ0ALrINADayDQB4thIAkrINANqyDQDksg0AMLMNADuzDQCGsw0AjrMNACS3EgDlsw0AMrQNADy0DQCItA0Ak7QNAN60DQDytA0ANLUNAEm1DQCKtQ0AkrUNAOC1DQD3tQ0ANrYNADu2DQCMtg0AlrYNAOK2DQDqtg0AercSADq3DQCOtw0An7cNAOS3DQDntw0AOrgNAEa4DQDQtxIAnrgNAOa4DQD3uA0AJrgSAD+5DQCSuQ0AlbkNAOi5DQD0uQ0AProNAES6DQCUug0AnroNAHy4EgD3ug0AQLsNAFe7DQCWuw0AnrsNANK4EgDyuw0AQrwNAEi8DQCYvA0AsLwNAO68DQDwvA0ARL0NAEe9DQCavQ0Anb0NAPC9DQD8vQ0ARr4NAEy+DQCcvg0Apr4NAH65EgD3vg0ASL8NAFW/DQDUuRIArr8NAPS/DQAAwA0ASsANAFDADQCgwA0ArMANAPbADQCuwA0ADn0QAAPBDQBMwQ0AW8ENAKLBDQCuwQ0A+MENAADCDQAquhIAVsINAKTCDQCmwg0A+sINAAnDDQBQww0AWsMNAKbDDQCvww0A/MMNAP7DDQBSxA0AY8QNAKjEDQC9xA0A/sQNAAbFDQBUxQ0AlcUNAKrFDQCyxQ0AAMYNAAzGDQBWxg0AacYNAKzGDQCtxg0AAscNAA7HDQBYxw0AZ8cNAK7HDQC4xw0ABMgNABDIDQBayA0AYcgNANa6EgDMyA0ALLsSAAnJDQBcyQ0AZMkNALLJDQC/yQ0ACMoNAA3KDQBeyg0AaMoNALTKDQC8yg0ACssNABTLDQBozw0AGssNAGzRDQA3yw0AYMsNAGrLDQC2yw0AcMsNAGTNDQC8yw0ADMwNABXMDQBizA0AbswNALjMDQDlzA0ADs0NACrNDQDYuxIAZs0NALrNDQDLzQ0AEM4NABPODQBmzg0Acs4NALzODQDpzg0AEs8NAC7PDQAuvBIAbs8NAL7PDQDHzw0AFNANAB7QDQBq0A0AddANAMDQDQDU0A0AFtENADLRDQCEvBIAbtENAMLRDQDT0Q0AGNINABvSDQBu0g0AgtINAMTSDQDg0g0A2rwSACLTDQAwvRIAeNMNAIa9EgDS0w0AHNQNACLUDQBy1A0AeNQNAMjUDQDN1A0AHtUNACTVDQDcvRIAftUNAMrVDQDS1Q0AiL4SACbWDQB21g0AftYNAMzWDQDZ1g0AItcNAC7XDQB41w0AetcNAM7XDQDU1w0AJNgNACzYDQDevhIAh9gNANDYDQDX2A0AJtkNAC7ZDQB82Q0AgdkNANLZDQDi2Q0AKNoNADDaDQB+2g0AjNoNANTaDQDh2g0AKtsNACvbDQCA2w0AidsNANbbDQDg2w0ANL8SADjcDQCC3A0AhdwNANjcDQDg3A0ALt0NADvdDQCE3Q0Aid0NANrdDQDk3Q0AMN4NADjeDQCG3g0Akt4NANzeDQDv3g0AMt8NAEDfDQCI3w0Ai98NAN7fDQDo3w0Air8SADngDQCK4A0AluANAODgDQDj4A0ANuENAD7hDQCM4Q0AmeENAOLhDQDn4Q0AOOINAELiDQCO4g0AluINAOTiDQDw4g0AOuMNAE3jDQCQ4w0AnuMNAObjDQDp4w0APOQNAEbkDQDgvxIAmOQNAOjkDQD05A0APuUNAEDlDQCU5Q0Am+UNAOrlDQD+5Q0AQOYNAEjmDQCW5g0AouYNAOzmDQD/5g0AQucNAFDnDQCY5w0Am+cNAO7nDQD45w0AROgNAEfoDQA2wBIAtegNAPDoDQDy6A0ARukNAFTpDQCc6Q0ArekNAPLpDQD06Q0ASOoNAGHqDQCe6g0Ar+oNAPTqDQAA6w0AjMASAFPrDQCg6w0AresNAPbrDQAA7A0ATOwNAFrsDQCi7A0AuOwNAPjsDQAE7Q0ATu0NAFrtDQCk7Q0At+0NAPrtDQAJ7g0AUO4NAFzuDQCm7g0Ap+4NAPzuDQAG7w0AUu8NAGDvDQCo7w0Are8NAP7vDQAL8A0A4sASAGLwDQCq8A0AwPANAADxDQAM8Q0AVvENAF3xDQCs8Q0AtPENAALyDQAH8g0AWPINAGHyDQCu8g0AuPINAATzDQAM8w0AWvMNAF7zDQCw8w0AsvMNAAb0DQAU9A0AXPQNAGb0DQCy9A0AwPQNAAj1DQAV9Q0AXvUNAHX1DQC09Q0AvPUNAAr2DQAa9g0AYPYNAGX2DQC29g0AvPYNAAz3DQAU9w0AYvcNAGf3DQC49w0AufcNAA74DQAa+A0AZPgNAGr4DQC6+A0AvPgNABD5DQAa+Q0AZvkNAHT5DQC8+Q0AwfkNABL6DQAf+g0A5MESAG76DQC++g0Aw/oNABT7DQAa+w0AOsISAG/7DQDA+w0AzfsNABb8DQAj/A0AbPwNAHj8DQDC/A0A0fwNABj9DQAi/Q0Abv0NAHz9DQDE/Q0Ayf0NABr+DQAn/g0AcP4NAHj+DQA8wxIA0v4NABz/DQAs/w0Acv8NAHv/DQDI/w0Ay/8NAB4ADgAqAA4AdAAOAHsADgCSwxIAzwAOACABDgAtAQ4AdgEOAIMBDgDMAQ4A2AEOACICDgAxAg4AeAIOAIICDgDOAg4A3AIOACQDDgApAw4AegMOAIcDDgDQAw4A2AMOAOjDEgAyBA4AfAQOAIwEDgDSBA4A2wQOACgFDgArBQ4AfgUOAIoFDgDUBQ4A2wUOAD7EEgAvBg4AgAYOAIkGDgAWLREAjQYOANYGDgDjBg4ALAcOADgHDgCCBw4AkQcOANgHDgDiBw4ALggOADwIDgCECA4AiQgOANoIDgDnCA4AMAkOADgJDgCUxBIAkgkOANwJDgDsCQ4AMgoOADsKDgCICg4AiwoOAN4KDgDqCg4ANAsOADsLDgDqxBIAoQsOAOALDgDmCw4ANgwOAEIMDgCMDA4AowwOAOIMDgDkDA4AOA0OAEINDgCODQ4Amg0OAOQNDgDwDQ4AOg4OAEAODgCQDg4Alg4OAOYODgDrDg4APA8OAEIPDgBAxRIAoA8OAOgPDgD1Dw4APhAOAFUQDgCUEA4AnBAOAOoQDgDtEA4AQBEOAEwRDgCWEQ4ApxEOAOwRDgD4EQ4AQhIOAFESDgCYEg4AohIOAO4SDgD6Eg4ARBMOAEsTDgCaEw4AohMOAPATDgD6Ew4ARhQOAFIUDgCcFA4AnxQOAPIUDgD8FA4AlsUSAGIVDgDsxRIAqBUOAPQVDgD2FQ4AShYOAFAWDgCgFg4AqhYOAPYWDgD+Fg4AmMYSAE8XDgAUVRAAVxcOAKIXDgCjFw4A+BcOAAIYDgBOGA4AeRgOAO7GEgC0GA4A+hgOAPwYDgBQGQ4AXhkOAKYZDgC3GQ4ARMcSAAIaDgBSGg4AXhoOAKgaDgCqGg4A/hoOAAEbDgBUGw4AWRsOAKobDgC3Gw4AABwOABwcDgBWHA4AXhwOAPDHEgC5HA4AAh0OAB0dDgBYHQ4AWh0OAK4dDgC/HQ4ABB4OABIeDgBaHg4AYR4OALAeDgC4Hg4ABh8OAAsfDgBcHw4AZR8OALIfDgC8Hw4ACCAOAAkgDgBeIA4AZyAOALQgDgC+IA4ACiEOABIhDgBgIQ4AcCEOALYhDgC8IQ4ADCIOABEiDgBiIg4AeCIOALgiDgDAIg4ADiMOABEjDgBkIw4AHSMOALwkDgCEIw4AuiMOAMgjDgAQJA4AESQOAEbIEgB2JA4AnMgSAM0kDgASJQ4AHiUOAGglDgBqJQ4AviUOAMslDgDyyBIAGiYOAGomDgCKJg4AwCYOAMgmDgBIyRIAzCYOAJw/DgAZJw4AbCcOAHYnDgCeyRIAyycOABgoDgAuKA4AbigOAIQoDgDEKA4AxigOABopDgAgKQ4AcCkOAIQpDgBKyhIA0ykOAKDKEgAjKg4AcioOAHoqDgDIKg4A0ioOAB4rDgAqKw4AdCsOAHcrDgDKKw4A1CsOAPbKEgApLA4AdiwOAIwsDgDMLA4A4iwOACItDgAkLQ4AeC0OAH4tDgDOLQ4A4i0OAKLLEgAmLg4Aei4OADQuDgAUgBAAmi4OAPjLEgDXLg4AJi8OAC4vDgB8Lw4Ahi8OANIvDgDeLw4AKDAOACswDgB+MA4AiDAOAE7MEgDdMA4AKjEOAEAxDgCAMQ4AljEOANYxDgDYMQ4ALDIOADIyDgCCMg4AljIOAPrMEgDaMg4ALjMOADwzDgCEMw4AlTMOAFDNEgDhMw4Aps0SADw0DgCGNA4AiTQOANw0DgDmNA4AUs4SADs1DgCINQ4AnjUOAN41DgD0NQ4ANDYOADY2DgCKNg4AkDYOAOA2DgD0Ng4A/s4SAEI3DgCMNw4AjjcOAOI3DgACOA4AVM8SAEI4DgCOOA4AmjgOAOQ4DgDnOA4AOjkOAEQ5DgCqzxIAmTkOAOY5DgD8OQ4APDoOAFI6DgCSOg4AlDoOAOg6DgDuOg4APjsOAFI7DgBW0BIAmDsOAOo7DgDyOw4AQDwOAEo8DgCWPA4AojwOAOw8DgDvPA4AQj0OAEw9DgCs0BIAoT0OAO49DgAEPg4ARD4OAFo+DgCaPg4AnD4OAPA+DgD2Pg4ARj8OAFo/DgBY0RIAoz8OAPI/DgD6Pw4ASEAOAFJADgCeQA4AqkAOAPRADgD3QA4ASkEOAFRBDgCu0RIAqUEOAPZBDgAMQg4ATEIOAGJCDgCiQg4ApEIOAPhCDgD+Qg4ATkMOAGJDDgBa0hIArEMOAPpDDgDAQw4AEC4TAABEDgB8XA8ACkQOAFBEDgALRA4AmMAPABNEDgDqvg8AUkQOAKZEDgC0RA4A/EQOAA1FDgCw0hIAWUUOAAbTEgCxRQ4AOjsPALRFDgD+RQ4AAUYOAFRGDgBdRg4AqkYOALtGDgAARw4ACkcOAFZHDgBeRw4ArEcOAHJHDgCCig8Ar0cOAAJIDgALSA4AWEgOAG5IDgCuSA4AxEgOAARJDgAGSQ4AWkkOAGBJDgCwSQ4AxEkOAFzTEgAuSg4AXEoOAIRKDgCy0xIAuEoOAL4nDwC+Sg4AYEwOAL9KDgBsKQ8AwUoOAGooDwDCSg4ACEsOAApLDgBeSw4AbEsOALRLDgDFSw4ACNQSABJMDgBe1BIAZkwOALZMDgC8TA4ADE0OABFNDgBiTQ4AaE0OALTUEgDETQ4ADk4OABZODgBg1RIAcE4OALpODgDETg4AEE8OABlPDgBmTw4AZ08OALxPDgDETw4AElAOABdQDgBoUA4AeFAOAAzWEgDKUA4AFFEOABZRDgBqUQ4AcFEOAMBRDgDHUQ4AFlIOABtSDgBsUg4AcFIOAMJSDgDPUg4AGFMOACBTDgBuUw4Ac1MOAMRTDgDUUw4AYtYSACtUDgBwVA4AfFQOAMZUDgDVVA4AHFUOACZVDgByVQ4AgFUOAMhVDgDVVQ4AHlYOADVWDgC41hIAd1YOAGTXEgDNVg4AIFcOANFWDgA06hIAKFcOAHZXDgCeVw4AzFcOAPRXDgAiWA4ASlgOALrXEgCBWA4AzlgOAM9YDgAkWQ4AM1kOAHpZDgA6WQ4AKFsOAItZDgDQWQ4A0lkOACZaDgApWg4AfFoOAH9aDgDSWg4A2loOALzYEgAtWw4AflsOAIVbDgDUWw4A3VsOACpcDgA7XA4AgFwOAIxcDgDWXA4A3lwOABLZEgAyXQ4Agl0OAIldDgDYXQ4A3V0OAC5eDgAyXg4AhF4OAJFeDgDaXg4A6V4OADBfDgBBXw4Ahl8OAIhfDgDcXw4A318OADJgDgA1YA4AiGAOAJBgDgBo2RIA42AOABqqDgDpYA4AhGIQAOpgDgA0YQ4AN2EOAIphDgCUYQ4AvtkSAOlhDgA2Yg4ARWIOAIxiDgCbYg4A4mIOAO5iDgA4Yw4AO2MOAI5jDgCRYw4AFNoSAOdjDgA6ZA4AYmQOAGraEgCYZA4AwNoSAO5kDgAW2xIASmUOAJJlDgCjZQ4A6GUOAPRlDgA+Zg4AYWYOAJRmDgCXZg4A6mYOAA5nDgBAZw4ASGcOAMLbEgCYZw4A7GcOAPpnDgBCaA4AU2gOABjcEgCfaA4AbtwSAPZoDgAa3RIASWkOAJppDgCnaQ4A8GkOAPNpDgBGag4AS2oOAJxqDgCtag4A8moOAP5qDgBw3RIATWsOAJ5rDgCvaw4A9GsOAABsDgBKbA4AZGwOAKBsDgCkbA4ApG4OAKdsDgD+cA4AqmwOAFZyDgCsbA4Apm8OAK5sDgCibQ4AsWwOAPZsDgD7bA4ATG0OAGNtDgDG3RIAr20OAPhtDgAIbg4ATm4OAFNuDgAc3hIApm4OAPpuDgAAbw4AUG8OAF1vDgBy3hIArG8OAPxvDgACcA4AUnAOAFdwDgCocA4ArnAOAMjeEgAKcQ4AVHEOAG1xDgCqcQ4As3EOAAByDgAXcg4AHt8SAFxyDgCscg4ArnIOAAJzDgARcw4AWHMOAGRzDgB03xIAsHMOAAR0DgAVdA4AWnQOAGh0DgCwdA4At3QOAAZ1DgAIdQ4AXHUOAGZ1DgCydQ4AwHUOAAh2DgANdg4AXnYOAGt2DgC0dg4AvHYOAAp3DgAOdw4AYHcOAGJ3DgC2dw4AvHcOAAx4DgAZeA4Ayt8SAG94DgC4eA4Az3gOAA55DgAqeQ4AIOASAHB5DgC6eQ4Au3kOABB6DgAWeg4AZnoOAHJ6DgC8eg4Ay3oOABJ7DgAUew4AaHsOAHJ7DgC+ew4AzHsOABR8DgAZfA4AanwOAHd8DgDAfA4AyHwOABZ9DgAafQ4AbH0OAG59DgDCfQ4AyH0OABh+DgAlfg4AduASAHt+DgDEfg4A234OABp/DgA2fw4AzOASAHl/DgDGfw4A1H8OAByADgAmgA4AcoAOAH6ADgDIgA4Ay4AOAB6BDgA6gQ4AdIEOAHyBDgAi4RIA1oEOACCCDgAjgg4AdoIOAICCDgAk4hIA1YIOACKDDgAwgw4AeIMOAIKDDgDOgw4A2oMOACSEDgAshA4A0OISAHyEDgDQhA4A3oQOACaFDgA3hQ4AJuMSAIOFDgB84xIA14UOACiGDgAwhg4AfoYOAISGDgDUhg4A3YYOACqHDgA3hw4AKOQSAIWHDgDWhw4AjIcOAISJDgDfhw4ALIgOADaIDgCCiA4AiogOANiIDgAeiQ4ALokOADaJDgB+5BIAiokOANqJDgDgiQ4AMIoOADiKDgCGig4AzIoOANyKDgDkig4A1OQSADqLDgAq5RIAkYsOAN6LDgDsiw4ANIwOAD6MDgCKjA4AlowOAOCMDgDjjA4ANo0OAD6NDgDW5RIAmI0OAOKNDgDljQ4AOI4OAEKODgAs5hIAlo4OAILmEgDyjg4AOo8OAEuPDgCQjw4AnI8OAOaPDgDpjw4A2OYSAISQDgCSkA4A2pAOAC7nEgD4kA4APpEOAECRDgCUkQ4AopEOAOqRDgD7kQ4AhOcSAFySDgCWkg4AnpIOANrnEgDykg4AKggPAP+SDgBCkw4AUZMOAJiTDgCkkw4A7pMOAO+TDgBElA4ATpQOAJqUDgColA4A8JQOAPWUDgBGlQ4AU5UOADDoEgCqlQ4A8pUOAP+VDgBIlg4AUJYOAIboEgCqlg4A9JYOACCXDgBKlw4AVpcOAKCXDgCvlw4A9pcOAACYDgBMmA4AWpgOAKKYDgCnmA4A+JgOAAWZDgBOmQ4AVpkOAKSZDgCymQ4A+pkOAAeaDgBQmg4AWJoOANzoEgComg4Akr0PALSaDgD8mg4ABpsOAFKbDgBemw4AqJsOAK+bDgD+mw4ABpwOAFScDgBYnA4AqpwOALicDgAAnQ4ACp0OAFadDgBhnQ4ArJ0OALSdDgACng4ABJ4OAFieDgBgng4Arp4OALueDgAEnw4ACZ8OAFqfDgBnnw4AsJ8OAM6fDgAGoA4AN6AOAFygDgBooA4AsqAOALigDgAIoQ4ADaEOAF6hDgBmoQ4AtKEOAMChDgAKog4AHaIOAGCiDgBuog4AtqIOAMCiDgAMow4AFKMOAGKjDgBxow4AuKMOAL2jDgAOpA4AFaQOAGSkDgBwpA4AuqQOANakDgAQpQ4AGKUOADLpEgBopQ4AvKUOAMqlDgASpg4AH6YOAGimDgB2pg4AvqYOAMumDgAUpw4AK6cOAGqnDgBypw4AwKcOAM6nDgAWqA4AI6gOAGyoDgB0qA4A3ukSANCoDgAYqQ4AGakOAIrqEgB6qQ4AxKkOAMupDgDg6hIAIaoOAHCqDgB1qg4ANusSAM6qDgCM6xIAJKsOAHKrDgBaqw4AtvwQAHOrDgByAQ8AdasOAHYDDwB7qw4AyKsOAHyrDgAaAA8AgqsOAHQCDwCQqw4A6pUQANWrDgAerA4AKawOAHSsDgB2rA4AyqwOANesDgAgrQ4AJ60OAHatDgCHrQ4AzK0OANitDgAirg4AKa4OAHiuDgCArg4A4usSANSuDgAkrw4AKq8OAHqvDgB/rw4A0K8OANavDgA47BIAMrAOAHywDgCGsA4A0rAOANawDgAosQ4ANLEOAH6xDgCKsQ4A1LEOAOGxDgAqsg4AMrIOAICyDgCKsg4A1rIOAOKyDgAssw4AL7MOAIKzDgCMsw4A5OwSANqzDgAutA4AMbQOAIS0DgCHtA4AkO0SAOK0DgDm7RIAPrUOAIa1DgCHtQ4APO4SAOS1DgCS7hIAN7YOAIi2DgCPtg4A3rYOAOO2DgDo7hIAPLcOAD7vEgCStw4A4LcOAOq3DgA2uA4AQbgOAIy4DgCauA4A4rgOAOW4DgA4uQ4AQLkOAI65DgCYuQ4A5LkOAPC5DgA6ug4APboOAJC6DgCaug4AlO8SAPS6DgA8uw4AUrsOAJK7DgCeuw4A6LsOAO+7DgA+vA4ARrwOAJS8DgCZvA4A6rwOAPO8DgBAvQ4ASr0OAJa9DgCevQ4A7L0OAO69DgBCvg4AUr4OAJi+DgCivg4A7r4OAPq+DgBEvw4ASr8OAJq/DgCivw4AQPASAP6/DgBGwA4AR8AOAJbwEgChwA4A7PASAPTADgBIwQ4AScEOAJ7BDgChwQ4A9MEOAP/BDgBKwg4AT8IOAKDCDgCqwg4AQvESABrDDgBMww4AVMMOAJjxEgCkww4A+MMOAAnEDgBOxA4AX8QOAKTEDgCnxA4A7vESAADFDgBQxQ4AVcUOAKbFDgCpxQ4A/MUOAP/FDgBSxg4AWsYOAETyEgC2xg4A/sYOAAHHDgBUxw4AX8cOAKrHDgC2xw4AAMgOAAfIDgBWyA4AXsgOAKzIDgC6yA4AAskOAA/JDgBYyQ4AYMkOAJryEgC6yQ4ABMoOAAfKDgBayg4AZMoOALDKDgC4yg4A8PISABLLDgBcyw4AYssOALLLDgC8yw4ACMwOABzMDgBezA4AZswOAEbzEgDBzA4ACs0OABLNDgBgzQ4AY80OALbNDgDCzQ4ADM4OABbODgBizg4Aa84OALjODgC5zg4ADs8OACbPDgBkzw4AZs8OALrPDgDLzw4AENAOACHQDgBm0A4AbtAOALzQDgDL0A4AEtEOABTRDgBo0Q4AedEOAL7RDgDP0Q4AFNIOAC3SDgBq0g4AbNIOAMDSDgDP0g4AFtMOADbTDgDy8xIAbtMOAMLTDgDi0w4AGNQOACzUDgBK9RIAdtQOAMTUDgDR1A4AGtUOAB/VDgBw1Q4AetUOAMbVDgDO1Q4AHNYOACLWDgBy1g4Ae9YOAMjWDgDV1g4AoPUSACrXDgB01w4AetcOAMrXDgDQ1w4AINgOACnYDgB22A4Ad9gOAMzYDgDW2A4AItkOAC7ZDgB42Q4Af9kOAPb1EgDW2Q4ATPYSACzaDgCi9hIAgtoOAPj2EgDc2g4AJtsOADbbDgB82w4AgdsOANLbDgDY2w4AKNwOADTcDgB+3A4AhtwOAE73EgDl3A4AKt0OADvdDgCA3Q4Akt0OANbdDgDe3Q4ALN4OADfeDgCC3g4Ah94OANjeDgDd3g4ALt8OAE7fDgCk9xIAlN8OANrfDgDk3w4AMOAOADzgDgCG4A4AjOAOANzgDgDk4A4AMuEOADThDgCI4Q4APuEOAD7nDgCZ4Q4A3uEOAO/hDgA04g4ARuIOAIriDgCS4g4A4OIOAOviDgA24w4AO+MOAIzjDgCR4w4A4uMOAALkDgD69xIAOuQOAI7kDgCd5A4A5OQOAO/kDgA65Q4ATOUOAJDlDgCY5Q4A5uUOAPHlDgA85g4AQeYOAJLmDgCX5g4A6OYOAAjnDgBQ+BIAQOcOAJTnDgCj5w4A6ucOAPXnDgBA6A4AUugOAJboDgCe6A4A7OgOAPfoDgBC6Q4AR+kOAJjpDgCd6Q4A7ukOAA7qDgCm+BIAUeoOAJrqDgCx6g4A/PgSAP3qDgBG6w4AXesOAFL5EgCp6w4A8usOAPnrDgBI7A4AVuwOAJ7sDgCr7A4A9OwOAAvtDgCo+RIAUu0OAP75EgCi7Q4A9u0OAATuDgBM7g4AXe4OAFT6EgCv7g4A+O4OAA/vDgCq+hIAWO8OAKTvDgCw7w4A+u8OAP3vDgBQ8A4AWvAOAAD7EgDC8A4AVvsSAATxDgCs+xIAWvEOAKjxDgCp8Q4AWvUOAKvxDgBW8w4Ar/EOAGj8DgCy8Q4A/vEOALfxDgBe9w4AuPEOAFz2DgAD8g4AvPsOAAryDgBU8g4AV/IOAKryDgC08g4AAvwSAAjzDgBY/BIAX/MOAKzzDgB28w4AZPoOALrzDgAC9A4ADPQOAFj0DgBk9A4ArvQOALH0DgAE9Q4ADPUOAK78EgBc9Q4AsPUOALP1DgAG9g4ACfYOAAT9EgBe9g4AsvYOAMD2DgAI9w4AGfcOALD9EgBg9w4AtPcOAMH3DgAK+A4AGfgOAGD4DgBs+A4AtvgOAMf4DgAM+Q4AHfkOAGL5DgBu+Q4AuPkOAL/5DgAO+g4AFvoOAFz+EgBy+g4AuvoOALv6DgCy/hIAHPsOAGb7DgBt+w4ACP8SAMP7DgAS/A4AF/wOALT/EgBx/A4AvvwOAMT8DgAU/Q4AFv0OAGr9DgB0/Q4AwP0OAM79DgAW/g4AG/4OAGz+DgB5/g4Awv4OANr+DgAY/w4ALv8OAG7/DgBx/w4AxP8OAMz/DgBgABMAJgAPAHAADwBzAA8AxgAPANAADwC2ABMAJAEPAAwBEwB0AQ8AyAEPAMsBDwAeAg8AIQIPAGIBEwB2Ag8AygIPANgCDwAgAw8AMQMPAA4CEwB/Aw8AzAMPANoDDwAiBA8A5QMPAO7CEAAsBA8AeAQPAIQEDwDOBA8A0QQPACQFDwAsBQ8AugITAJQFDwAQAxMA6gUPACYGDwBABg8AZgMTAIEGDwCECg8AigYPADALDwCMBg8A0gYPANQGDwAoBw8ANgcPAH4HDwCPBw8AvAMTANsHDwASBBMAMAgPAIAIDwCFCA8A1ggPANwIDwBoBBMAMgkPAIIJDwCHCQ8A2AkPAO4JDwAuCg8ANgoPABQFEwCkCg8A2goPAOIKDwBqBRMARwsPAIYLDwCTCw8A3AsPAOELDwAyDA8AOAwPAIgMDwCUDA8A3gwPAOUMDwA0DQ8APA0PAIoNDwCtDQ8AFgYTAO0NDwA2Dg8ARQ4PAIwODwCODg8A4g4PAOsODwA4Dw8ATw8PAI4PDwCZDw8A5A8PAO4PDwA6EA8AQhAPAMIGEwCWEA8A5hAPAOwQDwA8EQ8AQREPAJIRDwCYEQ8AGAcTAAoSDwA+Eg8ARhIPAMQHEwCdEg8A6hIPAOsSDwBAEw8ASBMPAJYTDwChEw8A7BMPAPETDwBCFA8ARxQPAJgUDwC4FA8AGggTAPQUDwBEFQ8ASxUPAJoVDwCfFQ8A8BUPAPQVDwBGFg8AUxYPAJwWDwCkFg8A8hYPAP0WDwBIFw8ATRcPAJ4XDwCjFw8A9BcPABQYDwBwCBMAWRgPAKAYDwCrGA8A9hgPAP4YDwBMGQ8ATxkPAKIZDwBWGQ8AqBwPAK4ZDwD4GQ8AAhoPAE4aDwBXGg8ApBoPAKUaDwD6Gg8AAhsPAFAbDwBbGw8AphsPAKsbDwD8Gw8AARwPAFIcDwByHA8AxggTALQcDwD+HA8AAB0PAFQdDwBaHQ8Aqh0PALEdDwAAHg8ABR4PAFYeDwBaHg8ArB4PALkeDwACHw8ACh8PAFgfDwBjHw8Arh8PALMfDwAEIA8ACSAPAFogDwB6IA8AHAkTALggDwByCRMAECEPAFwhDwBlIQ8AsiEPALghDwAIIg8AFCIPAF4iDwB8Ig8AtCIPALUiDwAKIw8ADCMPAGAjDwBtIw8AtiMPAMQjDwAMJA8AGyQPAGIkDwB+JA8AuCQPAMAkDwAeChMAISUPAGQlDwBlJQ8AuiUPAMYlDwAQJg8AHyYPAGYmDwBwJg8AvCYPAMgmDwASJw8AGScPAHQKEwBwJw8AygoTAMcnDwAUKA8AISgPACALEwBvKA8AwCgPAM0oDwAWKQ8AICkPAHYLEwBuKQ8AwikPANgpDwAYKg8AJCoPAMwLEwB2Kg8A4GUQAIwqDwDEKg8AzCoPABCnDwDiKg8AGisPACIrDwBwKw8APCsPANKJEABxKw8AHi0PAHMrDwB2Lg8AfCsPACiKEACAKw8AxisPAMgrDwAcLA8AKiwPAHIsDwCDLA8AIgwTANAsDwB4DBMAIC0PAHQtDwB3LQ8Ayi0PAM0tDwDODBMAKC4PACQNEwCALg8AJocPAJYuDwDMLg8A2i4PACIvDwAjLw8Aeg0TAIAvDwDQDRMA8S8PACYOEwAxMA8AejAPAIgwDwDQMA8A2jAPACYxDwAuMQ8AfDEPAH0xDwCGNg8AlzEPACw0DwCoMQ8A0jEPANsxDwAoMg8AKTIPAH4yDwCMMg8A1DIPAN4yDwAqMw8ANjMPAIAzDwCGMw8A1jMPAPIzDwB8DhMAOjQPAII0DwCPNA8A2DQPAOI0DwAuNQ8AMDUPAIQ1DwCbNQ8A2jUPAOY1DwAwNg8ATDYPANIOEwCXNg8A3DYPAN42DwAyNw8APDcPAIg3DwCYNw8A3jcPAOM3DwA0OA8AOjgPAIo4DwCgOA8A4DgPAOg4DwA2OQ8AOTkPAIw5DwCVOQ8A4jkPAPA5DwA4Og8AQjoPAI46DwCaOg8A5DoPAAA7DwAoDxMARzsPAJA7DwCYOw8A5jsPAOk7DwBClQ8A9jsPADw8DwA+PA8AQJQPAEo8DwCSPA8AnzwPAOg8DwD2PA8APj0PAEE9DwCUPQ8Anz0PAOo9DwD2PQ8AQD4PAEc+DwCWPg8Anj4PAOw+DwDuPg8AQj8PAFI/DwCYPw8Aoj8PAO4/DwD6Pw8AREAPAEpADwCaQA8AokAPAH4PEwDyQA8ARkEPAFRBDwCcQQ8AqUEPAPJBDwD+QQ8ASEIPAE5CDwCeQg8AoUIPAPRCDwD8Qg8ASkMPAExDDwBUSA8ATUMPAPhEDwBaQw8AoEMPAKJDDwAITQ8ApUMPAPZDDwD/Qw8ATEQPAFlEDwCiRA8AqUQPANQPEwABRQ8AWEoPAAJFDwCmRg8AGEUPAE5FDwBcRQ8ApEUPAKVFDwAqEBMABkYPAFBGDwBXRg8AgBATAKhGDwD8Rg8AAkcPAFJHDwBcRw8AqEcPALRHDwD+Rw8ABUgPANYQEwBtSA8AqkgPAK9IDwAASQ8ABkkPAFZJDwBgSQ8ArEkPALhJDwACSg8ACUoPACwREwBnSg8ArkoPAL1KDwAESw8AEEsPAFpLDwBdSw8AsEsPALNLDwAGTA8AFkwPAFxMDwBlTA8AskwPAMNMDwCCERMAFk0PAF5NDwBvTQ8A2BETALtNDwAuEhMAEk4PAGBODwBiTg8AalMPAGNODwAOUA8AcE4PALZODwC4Tg8AHlgPALtODwAMTw8AFU8PAGJPDwBvTw8AuE8PAL9PDwCEEhMAF1APAG5VDwAYUA8AvFEPAC5QDwBkUA8AclAPALpQDwC7UA8A2hITABxRDwBmUQ8AbVEPADATEwC+UQ8AElIPABhSDwBoUg8AclIPAL5SDwDKUg8AFFMPABtTDwCGExMAg1MPAMBTDwDFUw8AFlQPABxUDwBsVA8AdlQPAMJUDwDOVA8AGFUPAB9VDwDcExMAfVUPAMRVDwDTVQ8AGlYPACZWDwBwVg8Ac1YPAMZWDwDJVg8AHFcPACxXDwByVw8Ae1cPAMhXDwDZVw8AMhQTACxYDwB0WA8AhVgPAIgUEwDRWA8A3hQTAChZDwB2WQ8An1kPAMxZDwDUWQ8AIloPADJaDwB4Wg8AeloPAM5aDwDcWg8AJFsPADVbDwA0FRMAgFsPANBbDwDcWw8AihUTAFRcDwA2FhMAhVwPANJcDwDfXA8AKF0PAERdDwB+XQ8Ahl0PAIwWEwDlXQ8AKl4PACxeDwCAXg8AgV4PANZeDwDZXg8ALF8PADhfDwCCXw8AiV8PANhfDwD0Xw8ALmAPADZgDwDiFhMAkWAPANpgDwDqYA8AMGEPADVhDwCGYQ8AsWEPADgXEwDiYQ8AjhcTADpiDwCIYg8AiWIPAPBrDwCOYg8AlhcRAJJiDwDeYg8AlGIPADxnDwCYYg8AjmUPAKZiDwBMbw8A42IPANwPEQDpYg8A0goRAOpiDwA0Yw8AN2MPAIpjDwCUYw8A5BcTAOhjDwA2ZA8APGQPAIxkDwCVZA8A4mQPAO9kDwA4ZQ8AVGUPADoYEwCQZQ8A5GUPAJNlDwBIGxEA8mUPADpmDwBLZg8AkBgTAJZmDwDmZg8A8mYPAOYYEwBCZw8AkmcPAJhnDwDoZw8A7WcPAD5oDwBEaA8A6BkTAJtoDwDqGhMA72gPAEBpDwBIaQ8AlmkPAKJpDwDsaQ8A/2kPAEJqDwBOag8AmGoPAKdqDwDuag8A92oPAERrDwBOaw8AmmsPAKZrDwCWGxMAAWwPAEZsDwBSbA8AnGwPAJ5sDwDybA8A9WwPAEhtDwBUbQ8Anm0PAKZtDwDsGxMAAG4PAEpuDwBabg8AoG4PAKxuDwD2bg8A/G4PAEIcEwBubw8Aom8PAKpvDwD4bw8AInAPAE5wDwBZcA8ApHAPALBwDwD6cA8AC3EPAFBxDwBRcQ8AmBwTAKxxDwD8cQ8ACXIPAO4cEwBfcg8AqHIPAL9yDwD+cg8AKXMPAFRzDwBccw8AqnMPALRzDwAAdA8ADHQPAFZ0DwBZdA8ArHQPALZ0DwBEHRMACnUPAFh1DwBedQ8ArnUPALd1DwAEdg8AEXYPAFp2DwB2dg8Amh0TALJ2DwAGdw8At3YPAHaEDwATdw8AXHcPAGN3DwCydw8AtHcPAAh4DwAOeA8AXngPAGV4DwC0eA8AzHgPAAp5DwAPeQ8AYHkPABZ5DwAMeg8AaXkPALZ5DwDAeQ8A8B0TABJ6DwBieg8AaHoPALh6DwC9eg8ADnsPABR7DwBGHhMAZXsPALp7DwDLew8AEHwPABx8DwBmfA8AcHwPALx8DwDIfA8AEn0PABl9DwCcHhMAan0PAL59DwBzfQ8AYCcRAMF9DwAUfg8ANH4PAGp+DwByfg8A8h4TANF+DwAWfw8AHX8PAGx/DwB0fw8Awn8PAMV/DwBwgQ8A0n8PABiADwAagA8AboAPAHyADwDEgA8A1YAPAEgfEwAhgQ8Anh8TAHmBDwDGgQ8A1YEPAByCDwArgg8AcoIPAH6CDwDIgg8Ay4IPAB6DDwAhgw8AdIMPAISDDwDKgw8A04MPACCEDwAxhA8A9B8TAHuEDwDMhA8A1YQPACKFDwAshQ8AeIUPAICFDwDOhQ8A7IUPACSGDwBChg8AeoYPAJiGDwDQhg8A7oYPAEogEwAthw8AfIcPAIGHDwDShw8AiIcPANSIDwDbhw8AKIgPADKIDwB+iA8AmogPAKAgEwDaiA8AKokPADCJDwCAiQ8AnIkPAPYgEwAAig8AoiETAFaKDwD4IRMAiooPAPoiEwDuig8ALosPADCLDwCEiw8AiosPANqLDwDuiw8AMIwPADiMDwCGjA8AsIwPAFAjEwDljA8AMo0PAD+NDwCIjQ8Alo0PAN6NDwDojQ8ANI4PAE6ODwCKjg8Al44PAOCODwDsjg8ANo8PAECPDwCMjw8AlI8PAKYjEwDpjw8AOJAPAECQDwD8IxMAZpAPAP4kEwCakA8A5JAPAOuQDwA6kQ8AQpEPAFIkEwCSkQ8A5pEPAPeRDwA8kg8ARJIPAJKSDwCckg8A6JIPAPSSDwA+kw8AQZMPAJSTDwCekw8AVCUTAAaUDwCqJRMATpQPAJaUDwCnlA8AACYTAPOUDwBWJhMAS5UPAJiVDwCnlQ8A7pUPAP2VDwBElg8AUJYPAJqWDwCdlg8A8JYPAPOWDwBGlw8AVpcPAJyXDwCllw8A8pcPAAOYDwCsJhMASpgPAJ6YDwBUmA8ASpkPAKGYDwD0mA8A/JgPAAInEwBQmQ8AoJkPAKyZDwD2mQ8A/pkPAFgnEwBYmg8AopoPAKWaDwD4mg8AApsPAK4nEwBTmw8ApJsPALqbDwD6mw8A+5sPAFCcDwBhnA8AppwPALKcDwD8nA8ABp0PAFKdDwBenQ8ABCgTALSdDwD+nQ8AAZ4PAFSeDwBeng8AsCgTAK2eDwAAnw8AA58PAFafDwBinw8ArJ8PALKfDwACoA8ADKAPAAYpEwBdoA8ArqAPALugDwAEoQ8AB6EPAFqhDwB2oQ8AsKEPALihDwBcKRMADqIPALIpEwBkog8ACCoTALWiDwAIow8AyaIPAHCDEAAoow8AXqMPAHKjDwBeKhMAtaMPAAqkDwAQpA8AYKQPAGykDwC2pA8AxaQPAAylDwAOpQ8AYqUPAGylDwC4pQ8AxKUPAA6mDwAVpg8AtCoTAHCmDwAKKxMAwqYPAGArEwATpw8AFKkPACCnDwBmpw8AaKcPALynDwDKpw8AEqgPACOoDwBmLhMAb6gPALwuEwDGqA8AEi8TADSpDwBqqQ8AeKkPAMCpDwDBqQ8AaC8TACKqDwBsqg8Ac6oPAL4vEwDKqg8AFDATABqrDwBuqw8AfKsPAMSrDwDVqw8AajATACCsDwBwrA8AfKwPAMAwEwDMrA8AHK0PACKtDwByrQ8Ad60PAMitDwDOrQ8AbDETACGuDwB0rg8AgK4PAMquDwDQrg8AIK8PACqvDwAYMhMAe68PAMyvDwDZrw8AIrAPACWwDwB4sA8AjbAPAM6wDwDWsA8AbjITACyxDwB6sQ8AhrEPANCxDwDWsQ8AJrIPACyyDwB8sg8AgbIPANKyDwDYsg8AcjQTADezDwB+sw8AjbMPANSzDwDdsw8AKrQPADC0DwCAtA8AhrQPANa0DwDitA8ALLUPADO1DwCCtQ8AirUPAB41EwDitQ8ALrYPADm2DwCEtg8AkLYPANq2DwDgtg8AMLcPADi3DwCGtw8AkrcPANy3DwDitw8AMrgPADi4DwCIuA8AjbgPAN64DwDkuA8AdDUTADu5DwCKuQ8AmLkPAOC5DwDtuQ8ANroPAE26DwCMug8AqLoPAOK6DwDqug8AyjUTAEu7DwCOuw8AkLsPAOS7DwD6uw8AOrwPADu8DwCQvA8AobwPAOa8DwDyvA8AIDYTAFi9DwB2NhMAqL0PAOi9DwDpvQ8APr4PAE++DwCUvg8AoL4PAMw2EwDvvg8AQL8PAEa/DwCWvw8Atr8PAOy/DwD4vw8AQsAPAEnADwAiNxMApMAPAO7ADwDwwA8ARMEPAGTBDwB4NxMAocEPAM43EwD1wQ8ARsIPAFbCDwCcwg8ApMIPAPLCDwD8wg8ASMMPAFTDDwCeww8AocMPAPTDDwD+ww8AJDgTAE/EDwBQxw8AWMQPAKDEDwCwxA8A9sQPAAbFDwBMxQ8AdMUPAKLFDwDKxQ8A+MUPACDGDwDQOBMAWsYPAKTGDwCmxg8A+sYPABrHDwDUOhMAXccPAKbHDwCyxw8A/McPACTIDwBSyA8AesgPAKjIDwDQyA8AKjsTAATJDwBUyQ8AWckPAKrJDwCwyQ8ALj0TAAjKDwDaPRMAYsoPAKzKDwCvyg8AAssPAAzLDwBYyw8AYMsPAIY+EwC8yw8ABMwPAAvMDwBazA8AYswPALDMDwC9zA8ABs0PAAvNDwBczQ8AZs0PALLNDwC6zQ8ACM4PABjODwBezg8AbM4PALTODwDBzg8ACs8PABjPDwBgzw8AY88PALbPDwDBzw8ADNAPABTQDwBi0A8Ae9APALjQDwDE0A8ADtEPAB7RDwBk0Q8AadEPALrRDwDA0Q8AENIPABzSDwBm0g8AbtIPANw+EwDG0g8AEtMPABXTDwBo0w8AcNMPAL7TDwC/0w8AFNQPABbUDwBq1A8AcNQPAMDUDwDM1A8AFtUPACPVDwBs1Q8AdtUPAMLVDwDK1Q8AGNYPABrWDwBu1g8Ae9YPAMTWDwDL1g8AGtcPACLXDwBw1w8AdNcPAMbXDwDI1w8AHNgPAB/YDwBy2A8AetgPAMjYDwDX2A8AHtkPACDZDwB02Q8AgdkPAMrZDwDZ2Q8AINoPACzaDwB22g8Ah9oPAMzaDwDd2g8AItsPAC7bDwB42w8Af9sPAM7bDwDt2w8AMj8TADjcDwB63A8Ae9wPANDcDwDc3A8AJt0PAELdDwB83Q8AhN0PAIg/EwDa3Q8ANEATADTeDwB+3g8AhN4PANTeDwDa3g8AKt8PAELfDwCA3w8Ait8PANbfDwDi3w8ALOAPAC/gDwCC4A8AjOAPANjgDwDw4A8ALuEPAD7hDwCE4Q8AhuEPANrhDwDo4Q8AMOIPAEHiDwCKQBMAjOIPANziDwDo4g8A4EATADrjDwCMQRMAlOMPAN7jDwDh4w8ANOQPAD7kDwDiQRMAjOQPAODkDwDu5A8ANuUPAEflDwCOQhMAk+UPAORCEwDq5Q8AOkMTAEDmDwA8RBMAkOYPAOTmDwDx5g8AOucPAEnnDwCQ5w8AlucPAObnDwDy5w8APOgPAD7oDwCS6A8AnOgPAOjoDwD26A8APukPAEPpDwCU6Q8AoekPAOrpDwD26Q8AQOoPAFPqDwCW6g8ApeoPAOzqDwD46g8AQusPAEPrDwCY6w8AousPAO7rDwD86w8AROwPAEnsDwCa7A8Ap+wPAJJEEwD67A8ARu0PAFTtDwCc7Q8An+0PAPLtDwAC7g8ASO4PAFbuDwCe7g8Aqu4PAPTuDwD77g8ASu8PAFHvDwCg7w8ArO8PAPbvDwD37w8ATPAPAFjwDwCi8A8Ar/APAPjwDwD/8A8ATvEPAFrxDwCk8Q8AsfEPAPrxDwAJ8g8AUPIPAGTyDwCm8g8AsvIPAPzyDwAP8w8AUvMPAGHzDwCo8w8AtPMPAP7zDwD/8w8AVPQPAF70DwCq9A8AuPQPAAD1DwAF9Q8AVvUPAGP1DwDoRBMArfUPAAL2DwAT9g8AWPYPAGb2DwCu9g8AvfYPAAT3DwAG9w8AWvcPAGT3DwCw9w8AvvcPAAb4DwAL+A8AXPgPAGn4DwCy+A8AwfgPAAj5DwAN+Q8AXvkPAGv5DwC0+Q8AvvkPAAr6DwAW+g8AYPoPAHP6DwC2+g8AwPoPAAz7DwAY+w8AYvsPAHX7DwC4+w8Ax/sPAA78DwAa/A8AZPwPAGX8DwC6/A8AxPwPABD9DwAe/Q8AZv0PAGv9DwC8/Q8Ayf0PAD5FEwAX/g8AaP4PAHX+DwC+/g8AyP4PABT/DwAa/w8Aav8PAGz/DwDA/w8Azf8PABYAEAAZABAAbAAQAHoAEADCABAAzgAQABgBEAAlARAAbgEQAHgBEADEARAA0wEQABoCEAAfAhAAcAIQAH0CEADGAhAA0wIQABwDEAAoAxAAcgMQAIEDEADIAxAA0gMQAB4EEAAsBBAAdAQQAHkEEADKBBAA1wQQACAFEAAsBRAAdgUQAIkFEADMBRAA2wUQACIGEAAuBhAAeAYQAHkGEADOBhAA2AYQACQHEAAyBxAAegcQAH8HEADQBxAA3QcQAJRFEwA5CBAAfAgQAIsIEADSCBAA3ggQACgJEAApCRAAfgkQAIgJEADUCRAA4gkQACoKEAAvChAAgAoQAI0KEADqRRMA6QoQACwLEAA7CxAAggsQAI4LEADYCxAA2QsQAC4MEAA4DBAAhAwQAJIMEADaDBAA3wwQADANEAA9DRAAQEYTAIgNEADcDRAA6g0QADIOEAA/DhAAiA4QAJQOEADeDhAA5A4QADQPEABFDxAAig8QAIwPEADgDxAA6Q8QADYQEABDEBAAjBAQAJsQEADiEBAA7RAQADgREABEERAAjhEQAKEREADkERAA8xEQADoSEABGEhAAkBIQAJESEADmEhAA8BIQADwTEABKExAAkhMQAJcTEADoExAA9RMQAJZGEwBLFBAAlBQQAKIUEADqFBAA9BQQAEAVEABOFRAAlhUQAJgVEADsFRAA/RUQAEIWEABQFhAAmBYQAMkWEADuFhAA8BYQAEQXEABOFxAAmhcQAKgXEADwFxAA9RcQAEYYEABTGBAAnBgQAKgYEADyGBAABRkQAEgZEABXGRAAnhkQAKoZEAD0GRAA9RkQAEoaEABUGhAAoBoQAK4aEAD2GhAA+xoQAEwbEABZGxAA7EYTAKQbEAD4GxAA+hsQAE4cEABdHBAApBwQALMcEAD6HBAABh0QAFAdEABTHRAAph0QAKkdEAD8HRAAAh4QAFIeEABeHhAAqB4QAKseEAD+HhAAAx8QAFQfEABdHxAAqh8QALAfEAAAIBAADyAQAFYgEABiIBAArCAQALwgEAACIRAABCEQAFghEABmIRAAriEQAL8hEABCRxMACiIQAFoiEABmIhAAmEcTAMMiEAAGIxAAFSMQAFwjEABoIxAAsiMQALMjEAAIJBAAEiQQAF4kEABsJBAAtCQQALkkEAAKJRAAFyUQAO5HEwBsJRAAtiUQAMAlEAAMJhAAOCYQAGImEABpJhAAuCYQANEmEAAOJxAAHScQAGQnEABzJxAAuicQAL8nEAAQKBAAHSgQAGYoEABzKBAAvCgQAMgoEAASKRAAISkQAGgpEAByKRAAvikQAMwpEAAUKhAAGSoQAGoqEAB3KhAAwCoQAMwqEAAWKxAAKSsQAGwrEAB7KxAAwisQAM4rEAAYLBAAGSwQAG4sEAB4LBAAxCwQANIsEAAaLRAAHy0QAHAtEAB9LRAAREgTANctEAAcLhAALS4QAHIuEAB+LhAAyC4QAN8uEAAeLxAAIC8QAHQvEACFLxAAyi8QAM0vEAAgMBAAKjAQAHYwEAB4MBAAzDAQANYwEAAiMRAALjEQAHgxEACEMRAAzjEQAOExEAAkMhAAMzIQAHoyEACGMhAA0DIQANEyEAAmMxAAMDMQAHwzEACKMxAA0jMQANczEAAoNBAANTQQAJpIEwCANBAA1DQQAN40EAAqNRAAMjUQAPBIEwCTNRAA1jUQAOI1EAAsNhAAOzYQAII2EACLNhAA2DYQAOI2EAAuNxAAPDcQAIQ3EACJNxAA2jcQAOc3EAAwOBAAPDgQAIY4EACZOBAA3DgQAOs4EAAyORAAPjkQAIg5EACJORAA3jkQAOg5EAA0OhAAQjoQAIo6EACPOhAA4DoQAO06EABGSRMAODsQAIw7EACWOxAA4jsQAOo7EACcSRMAPTwQAI48EACkPBAA5DwQAOU8EAA6PRAASz0QAJA9EACcPRAA5j0QAPA9EAA8PhAASj4QAJI+EACXPhAA6D4QAPU+EAA+PxAASj8QAJQ/EACnPxAA6j8QAPk/EABAQBAATEAQAJZAEACXQBAA7EAQAPZAEABCQRAAUEEQAJhBEACdQRAA7kEQAPtBEADySRMARkIQAJpCEACkQhAA8EIQAPhCEABIShMAXEMQAJxDEACoQxAA8kMQAPdDEABIRBAAUUQQAJ5EEACoRBAA9EQQAABFEABKRRAAXUUQAKBFEACvRRAA9kUQAAJGEABMRhAATUYQAKJGEACsRhAA+EYQAAZHEABORxAAU0cQAKRHEACxRxAAnkoTAPxHEABQSBAAWkgQAKZIEACuSBAA9EoTAAlJEABSSRAAYUkQAKhJEACzSRAA/kkQAApKEABUShAAY0oQAKpKEADKShAAAEsQAAxLEABWSxAAXUsQAKxLEAC6SxAAAkwQAAdMEABYTBAAZEwQAK5MEADBTBAABE0QABNNEABaTRAAZk0QALBNEACxTRAABk4QABBOEABcThAAak4QALJOEAC3ThAACE8QABVPEABKSxMAYE8QALRPEAC+TxAAClAQABJQEACgSxMAfVAQALZQEADHUBAADFEQABhREABiURAAdVEQALhREADHURAADlIQABpSEABkUhAAZVIQALpSEADEUhAAEFMQAB5TEABmUxAAa1MQALxTEADJUxAA9ksTABRUEABoVBAAclQQAL5UEADGVBAATEwTADFVEABqVRAAe1UQAMBVEADMVRAAFlYQAClWEABsVhAAe1YQAMJWEADOVhAAGFcQABlXEABuVxAAeFcQAMRXEADSVxAAGlgQAB9YEABwWBAAfVgQAKJMEwDIWBAAHFkQACZZEAByWRAAelkQAPhMEwDZWRAAHloQADJaEAB0WhAAeFoQAMpaEADMWhAAIFsQADRbEAB2WxAAeVsQAMxbEADpWxAAIlwQADNcEAB4XBAAhFwQAM5cEADhXBAAJF0QADNdEAB6XRAAhl0QANBdEADRXRAAJl4QADBeEAB8XhAAil4QANJeEADXXhAAKF8QADVfEABOTRMAgF8QANRfEADeXxAAKmAQADJgEACkTRMAgmAQANZgEADkYBAALGEQAD1hEAD6TRMAiWEQAFBOEwD7YRAAUk8TADZiEABUUBMAimIQANpiEADfYhAAMGMQADRjEACGYxAAk2MQAKpQEwDhYxAAMmQQADZkEACIZBAAimQQAN5kEAD3ZBAANGUQAEVlEACKZRAAlmUQAABREwDjZRAAlmsQAOxlEAA2ZhAASWYQAIxmEACNZhAA4mYQAO5mEAA4ZxAAR2cQAI5nEACYZxAA5GcQAPBnEAA6aBAAQWgQAFZREwCYaBAA5mgQAOhoEAD+dBAA6WgQAPBtEADsaBAAPGkQAPJoEABKcBAA82gQAHjdEABIaRAAkmkQAKFpEADoaRAA9GkQAD5qEABMahAAlGoQAK9qEADqahAA9moQAEBrEABHaxAArFETAKNrEADsaxAA7msQAEJsEABDbBAAmGwQAJtsEADubBAA+WwQAERtEABJbRAAmm0QAKRtEAACUhMA/W0QAEZuEABIbhAAnG4QAJ1uEADybhAA9W4QAEhvEABTbxAAnm8QAKNvEAD0bxAA/m8QAFhSEwBdcBAAoHAQAKFwEAD2cBAAAnEQAExxEABbcRAAonEQAKxxEAD4cRAABHIQAE5yEABVchAArlITAKxyEAD6chAA/HIQAFBzEABfcxAApnMQALBzEAD8cxAABXQQAFJ0EABUdBAAqHQQALl0EABaUxMADXUQAFR1EABedRAAqnUQALN1EAAAdhAAAnYQAFZ2EABndhAArHYQALR2EAACdxAAIHcQAFh3EABgdxAArncQALp3EAAEeBAAF3gQAFp4EABbeBAAsHgQALx4EAAGeRAAFXkQAFx5EABmeRAAsnkQAL55EAAIehAAD3oQALBTEwBvehAAtHoQAMV6EAAKexAAEnsQAGB7EABnexAAtnsQAMR7EAAMfBAAHHwQAGJ8EAByfBAAuHwQANR8EAAGVBMAG30QAGR9EAB7fRAAun0QAMJ9EAAQfhAAHn4QAGZ+EABwfhAAvH4QAMh+EAASfxAAKH8QAGh/EABrfxAAvn8QANp/EABcVBMAHoAQAGqAEABygBAAwIAQAM+AEAAWgRAAG4EQAGyBEAB5gRAAwoEQAMyBEAAYghAAGoIQAG6CEAB8ghAAxIIQANGCEAAagxAAHYMQALJUEwB7gxAAxoMQANCDEAAchBAAJIQQAHKEEACBhBAAyIQQAM2EEAAehRAAK4UQAHSFEAB+hRAAyoUQAMyFEAAghhAALoYQAHaGEACDhhAAzIYQAM+GEAAIVRMAJYcQAHiHEACEhxAAzocQANWHEAAkiBAALIgQAHqIEACTiBAA0IgQAOSIEAAmiRAAQokQAHyJEACEiRAAtFUTANqJEAAKVhMANYoQAH6KEACFihAA1IoQANyKEAAqixAAL4sQAICLEACQixAA1osQAN6LEAAsjBAAOowQAIKMEACPjBAA2IwQAOWMEAAujRAAOo0QAISNEACKjRAA2o0QAOKNEAAwjhAAPI4QAIaOEACZjhAA3I4QAOuOEAAyjxAAPo8QAIiPEACJjxAA3o8QAOiPEAA0kBAAQpAQAIqQEACPkBAA4JAQAO2QEABgVhMAOZEQAIyREACWkRAA4pEQAOSREAA4khAAR5IQAI6SEACukhAA5JIQAOySEAA6kxAARJMQAJCTEACWkxAA5pMQAOiTEAA8lBAAS5QQAJKUEACelBAA6JQQAPCUEAC2VhMAXJUQAJSVEACylRAADFcTAAiWEABAlhAAXpYQAJaWEACelhAA7JYQAPuWEABClxAARJcQAJiXEAChlxAA7pcQAPGXEABEmBAAUJgQAJqYEAChmBAA8JgQAPiYEABGmRAAX5kQAJyZEACwmRAA8pkQAA6aEABImhAAUJoQAGJXEwC8mhAA9JoQABKbEAC4VxMAY5sQAKCbEAClmxAA9psQABGcEABMnBAAWJwQAKKcEACqnBAADlgTAAudEABOnRAAXZ0QAKSdEACwnRAA+p0QAPudEABQnhAAWp4QAKaeEAC0nhAA/J4QAAGfEABSnxAAX58QAGRYEwCsnxAA/p8QAACgEABUoBAAV6AQAKqgEACyoBAAAKEQAAqhEABWoRAAYaEQAKyhEAC4oRAAAqIQAAqiEAC6WBMAZqIQAK6iEAC0ohAABKMQABCjEABaoxAAaaMQALCjEAC6oxAABqQQAA6kEABcpBAAa6QQALKkEAC0pBAACKUQABGlEABepRAAYaUQALSlEADApRAACqYQABKmEAAQWRMAcKYQALamEAC+phAADKcQABanEABipxAAbacQALinEADEpxAADqgQABaoEABmWRMAaagQALqoEADLqBAAEKkQACGpEABmqRAAa6kQALypEADAqRAAEqoQACCqEABoqhAAdaoQAL6qEADVqhAAFKsQAByrEABqqxAAdqsQAMCrEADTqxAAFqwQACWsEABsrBAAeKwQAMKsEADDrBAAGK0QACKtEABurRAAfK0QAMStEADJrRAAGq4QACeuEAC8WRMAdq4QAMauEADUrhAAHK8QACmvEAByrxAAia8QAMivEADQrxAAHrAQACmwEAB0sBAAdrAQAMqwEADXsBAAILEQACexEAB2sRAAh7EQAMyxEADasRAAIrIQAC+yEAB4shAAj7IQAM6yEADWshAAJLMQACmzEAB6sxAAirMQANCzEADYsxAAJrQQADC0EAB8tBAAh7QQANK0EADetBAAKLUQADC1EABoWhMAl7UQANS1EADZtRAAKrYQAEW2EACAthAAjLYQANa2EADethAAvloTAD+3EACCtxAAkbcQANi3EADktxAALrgQAC+4EACEuBAAjrgQANq4EADouBAAMLkQADW5EACGuRAAk7kQABRbEwDkuRAAMroQADS6EACIuhAAlboQAN66EADjuhAANLsQAD67EACKuxAAlbsQAOC7EADsuxAANrwQADy8EACMvBAAlLwQAOK8EADuvBAAOL0QAEu9EACOvRAAnb0QAOS9EADwvRAAOr4QADu+EACQvhAAmr4QAOa+EAD0vhAAPL8QAEG/EACSvxAAn78QAGpbEwDtvxAAPsAQAE3AEACUwBAAo8AQAOrAEADzwBAAQMEQAEbBEACWwRAAnMEQAOzBEAD4wRAAQsIQAEnCEACYwhAAtMIQAMBbEwD4whAARMMQAFDDEACawxAAncMQAPDDEAD6wxAAFlwTAE7EEABsXBMApMQQAMJcEwD6xBAAGF0TAFDFEACexRAAn8UQAFjNEACrxRAA9MUQALLFEACoyhAAtcUQABDUEAC3xRAAwtcQAPXFEABKxhAAYMYQAKDGEACoxhAA9sYQAPjGEACmyRAABMcQAEzHEABUxxAAbl0TAFnHEACixxAApccQAPjHEAACyBAATsgQAFDIEACkyBAAtcgQAPrIEAALyRAAUMkQAFjJEADEXRMArckQAPzJEAADyhAAUsoQAFrKEAAaXhMAqsoQAP7KEAAEyxAAVMsQAGHLEACqyxAAsssQAADMEAACzBAAVswQAF3MEACszBAAs8wQAALNEAAKzRAAcF4TAGXNEACuzRAAr80QAATOEAAazhAAWs4QAGLOEACwzhAAss4QAGDREAC+zhAABs8QAA7PEADGXhMAE88QAFzPEABfzxAAss8QALzPEAAI0BAACtAQAF7QEABv0BAAtNAQAMXQEAAK0RAAEtEQABxfEwBn0RAAttEQAL3REAAM0hAAFNIQAHJfEwBs0hAAuNIQALrSEAAO0xAAH9MQAGTTEAB10xAAutMQAMLTEADIXxMAFdQQAMrbEAAc1BAAZtQQAHzUEAC81BAAxNQQABLVEAAg1RAAaNUQAHXVEAC+1RAAwdUQABTWEAAe1hAAatYQAGzWEADA1hAA0dYQABbXEAAn1xAAbNcQAHTXEAAeYBMAy9cQABjYEAAl2BAAbtgQAHXYEADE2BAA1dgQABrZEAAm2RAAcNkQAHjZEAB0YBMA09kQABzaEAAf2hAActoQAHzaEADI2hAAytoQAB7bEAAv2xAAdNsQAIXbEADKYBMA0tsQACDcEAA33BAAdtwQAILcEADM3BAA1twQACLdEAAq3RAAIGETAHndEADO3RAA5N0QACTeEAAs3hAAet4QAIjeEADQ3hAA2N4QAHZhEwDd3hAAJt8QACnfEAB83xAAht8QANLfEADU3xAAKOAQADngEAB+4BAAj+AQANTgEADc4BAAzGETADDhEACA4RAAheEQANbhEADx4RAALOIQADriEACC4hAAieIQANjiEADk4hAALuMQADTjEACE4xAAh+MQANrjEADk4xAAMOQQADbkEACG5BAAiOQQANzkEADm5BAAMuUQAD7lEACI5RAAn+UQAN7lEADy5RAANOYQAFDmEACK5hAAkuYQACJiEwDi5hAANucQAETnEACM5xAAnecQAHhiEwDp5xAAzmITAEboEACO6BAAmOgQAOToEADv6BAAOukQAELpEACQ6RAAnOkQAObpEAD56RAAPOoQAEvqEACS6hAAnuoQAOjqEADp6hAAPusQAEjrEACU6xAAousQAOrrEADv6xAAQOwQAE3sEAB6YxMAnuwQAOzsEAD27BAAQu0QAEftEACY7RAAoO0QAO7tEAD07RAARO4QAFDuEACa7hAAoO4QAPDuEAD57hAARu8QAFPvEACc7xAApO8QAPLvEADz7xAASPAQAErwEACe8BAAofAQAPTwEAD38BAAJmQTAGDxEACg8RAAqPEQAPbxEAAC8hAATPIQAFLyEACi8hAAqPIQAPjyEAD98hAApPMQACbzEABO8xAAVvMQANJkEwCq8xAAKGUTABD0EABQ9BAAUvQQAKb0EACz9BAA/PQQAAP1EABS9RAAWvUQAKj1EAC49RAA/vUQAAD2EABU9hAAYvYQAKr2EAC79hAA1GUTAAf3EAAqZhMAZPcQAKz3EAC29xAAAvgQAA34EABY+BAAYPgQAK74EAC6+BAABPkQABf5EABa+RAAaPkQALD5EAC6+RAABvoQAA76EABc+hAAa/oQALL6EAC3+hAACPsQAA/7EABe+xAAavsQANZmEwDz+xAACvwQAEn8EABg/BAAaPwQACxnEwDg/BAADP0QABj9EABi/RAAaP0QALj9EAC+/RAADv4QABP+EABk/hAAav4QAIJnEwC7/hAAEP8QABb/EABm/xAAa/8QALz/EADL/xAAEgARAB4AEQBoABEAawARAL4AEQDBABEAFAERABwBEQBqAREAeQERAMABEQDFAREAFgIRACwCEQBsAhEAbQIRAMICEQDTAhEAGAMRACQDEQBuAxEAeAMRAMQDEQDQAxEAGgQRACEEEQDYZxMAgAQRAMYEEQDSBBEAHAURACsFEQByBREAhgURAMgFEQDXBREAHgYRAC8GEQB0BhEAgAYRAC5oEwDMBhEAIAcRAC4HEQB2BxEAhwcRAIRoEwDSBxEAIggRAC4IEQDaaBMAfggRAM4IEQDUCBEAJAkRACkJEQB6CREAgAkRANxpEwDVCREAJgoRACgKEQB8ChEAjQoRADRrEwDeChEAKAsRAC4LEQB+CxEAigsRANQLEQDcCxEAimsTADAMEQCADBEAjAwRANYMEQDeDBEA4GsTADgNEQCCDREAhQ0RANgNEQDiDREANmwTADAOEQCEDhEAkg4RANoOEQDrDhEA4mwTADYPEQCGDxEAkg8RADhtEwDkDxEAMhARADUQEQCIEBEAlBARAN4QEQDqEBEANBERADwREQDkbRMAlRERAOAREQDsEREANhIRAD4SEQA6bhMAlRIRAOISEQDzEhEAOBMRAEkTEQCOExEAlhMRAOQTEQDnExEAOhQRAEQUEQCQFBEAkhQRAOYUEQD1FBEAPBURAFwVEQCSFREAmhURAOgVEQDyFREAPhYRAEQWEQCUFhEAlhYRAOoWEQD5FhEAQBcRAEwXEQCQbhMAohcRAOwXEQAKGBEAQhgRAEgYEQCYGBEAoRgRAO4YEQD7GBEARBkRAEwZEQCaGREAsBkRAPAZEQDyGREARhoRAGEaEQCcGhEAqBoRAPIaEQD/GhEA5m4TAE4bEQCeGxEAphsRAPQbEQAKHBEAShwRAE8cEQCgHBEAphwRAPYcEQACHREATB0RAFQdEQA8bxMArx0RAPgdEQAIHhEATh4RAFMeEQCkHhEAqh4RAPoeEQAQHxEAUB8RAFIfEQCmHxEAsB8RAPwfEQAKIBEAUiARAFcgEQCoIBEAtSARAJJvEwANIREAVCERAF0hEQCqIREAtCERAAAiEQAOIhEAViIRAFsiEQCsIhEAuSIRAAIjEQAKIxEAWCMRAGgjEQCuIxEAsCMRAAQkEQASJBEAWiQRAGskEQDobxMAtyQRAD5wEwALJREAXCURAGIlEQCyJREAuiURAAgmEQASJhEAXiYRAGAmEQC0JhEAtyYRAAonEQAqJxEA6nATAGwnEQC2JxEAvCcRAAwoEQAYKBEAYigRAGooEQBAcRMAxCgRAA4pEQAUKREAZCkRAHApEQC6KREAwikRAJZxEwASKhEAZioRAHQqEQC8KhEAzSoRAOxxEwAfKxEAaCsRAH8rEQBCchMAyCsRABQsEQAgLBEAaiwRAG0sEQDALBEAyiwRAJhyEwAnLREAbC0RAHMtEQDCLREAyi0RABguEQAlLhEAbi4RAHMuEQDELhEAzi4RABovEQAiLxEAcC8RAH8vEQDGLxEAyy8RABwwEQAyMBEAcjARAHMwEQDIMBEA1jARAB4xEQAvMREAdDERAIAxEQDKMREA0jERAERzEwAkMhEAWAEAACgyEQB44RIALDIRAOKPDwCCMhEAEgkAANQyEQDSNREAhzQRAFYrAADUNBEAWi0AAOI1EQB4PAAAgTYRAH4/AADXNhEA5EcAAII3EQBKmxAAgzcRAJRKAACHNxEAOqQDAIo3EQB8zQcA2jcRAA5dAACGOBEAcGMAANw4EQDebwAAhzkRAJZ2AADpOREAqH8AADQ6EQAEgwAAiDoRAAyHAAA6OxEAdJAAAP07EQA0PBEAlj4RAKDRAACUPxEAuN0AAOo/EQAg5wAAlkARAOj1AABKQREAUP8AALhBEQCm/wAA7EERAPz/AABMQhEACAYBAPZCEQC2BwEAS0MRAMAMAQANRBEA0hUBAFBEEQDeGwEAuUQRAPBEEQBiRREAnEURAKRFEQDyRREA/kURAEIjAQBQRhEA8iUBABBHEQBKRxEAUkcRAKBHEQCiRxEAVi0BAAJIEQBiMwEAqkgRAMo8AQAGShEAUlYBAK5KEQAEWgEAwkoRAJSZEgDKShEAkJcSACFLEQBaWgEAWEsRALJbAQC6SxEADF4BAANMEQASYQEAWEwRABZjAQBiTREA5nUBAMZNEQACThEACk4RADx2AQBnThEAlngBABBPEQBWgwEAfU8RAKyDAQC8TxEAWoUBAA5QEQBcUBEAZlARALCFAQC8UBEAuooBAMJSEQCYpAEAFFMRAGJTEQByUxEA7qQBABpUEQD2qAEAbFQRALpUEQDKVBEATKkBAHJVEQAIsgEAxlcRAA42AgDKVxEAvDcCAM5XEQA0yAEA2lcRAC5GAgB0WBEAzuESAHVYEQDeXAwAeFgRADrLAQCIWBEAnr0MAMpYEQC0pxEA3lgRAJDLAQDwWBEAqCQTAB9ZEQDmywEAIlkRALJIDQDQWREA8NABACZaEQBG0QEA1FoRAKjXAQB7WxEAtN0BACdcEQC84QEAd1wRAMpcEQDWXBEAaOIBANRdEQAiXhEAJV4RAOBhDgAuXhEAIOkBAI1eEQDQ6wEA714RACRfEQB+XxEAhLINAIpfEQBC+gEAp18RANbuAQDcXxEAOPUBAIhgEQDs+QEANGERAET7AQCaYREAmvsBADZiEQAKnAsAOmIRAEb8AQCJYhEASP0BAJBjEQCyBwIAN2QRAITbDAA6ZBEAvAwCADxkEQBE6g4AjGQRAIDlEgCeZBEA2mQRADhlEQCGZREATGURACYXAgCJZREAWHENAJBlEQBufA0Ak2URAIJbDQCWZREA2DIOAJdlEQA2Nw4AoWURAMAOAgCnZREAFnsNADRmEQAeEwIAXGYRAOiQDgCWZhEAzBQCAOpmEQDOFQIAU2oRAJ4oAgAWeBEAuKENAL54EQACeREAankRAK55EQAUehEA9mgMABp6EQCy3gIAX3sRADKTEgBkexEACHwRAHh7EQAOfxEAgHsRADqXEgCGexEA0u4CAAp8EQAG8gwADHwRAFxzDQAPfBEAnDUJABJ8EQAo7wIAF3wRAH7vAgAZfBEAGsEEAD98EQCyDQUAbn4RAPL+AgAWfxEAZH8RAGV/EQBaHA0Abn8RAIjjDwBzfxEAKgYOAIN/EQAwPhMAxH8RAPwDAwC/gBEATi0DAMKAEQBg8AoAw4ARANQaAwDFgBEAYAsDAMaAEQAWEQMAyIARAKoyBADJgBEAcBMDAMqAEQCMIQMAy4ARABAOAwDMgBEATC4EANKAEQB2FgMA+4ARALT7EAAahBEAAFwDAB6EEQBYMgMAIoQRAPxCDQB6hBEAsjQDAMyGEQDqUAMAOYgRABZnAwDliBEAKnEDAJeJEQAydQMA14kRAJJ6AwDSihEACowDAC6LEQB8ixEAiosRAGSOAwCCjBEASJgPAIyMEQAglwMAg40RAOqmAwDfjhEAGr8DAIWPEQCAxwMAQpARAIaQEQDnkBEA/NoDAESREQCIkREAmZERAALeAwDikhEAcEIFAOOSEQCO+QMA6pIRAEoMCQCPkxEAlv0DAJOTEQBoGwkAkZQRAMITBACblREALh8EAEuWEQCKIgQABJcRAD6XEQBGlxEAlJcRAKOXEQBEKgQA9JcRAKAtBACfmBEA2NoMAKKYEQBOLwQA9JgRAEKZEQAImREA2pESAEyZEQCkLwQA9pkRAFo1BABTmhEAXjcEAPaaEQBqPQQATpsRAI7aCQCfmxEAIkQEAKqcEQDyVgQA/JwRAAgoEgBmnREAoJ0RAKidEQD2nREAA54RABhqBAAFnhEADpAEAAeeEQBOWgQAtZ8RANx2BACyoBEAAooEAAShEQBSoREAY6ERAFqLBABjohEAgp8EALSiEQDeogQAWKMRAJiqBAC9oxEAULEEAMijEQBovQQA1aMRAFy3BADXpBEAvr0EAHmlEQDMxAQAtqURAC7LBABjphEAotoEAGimEQCYtAkAaaYRAEq4CQBrphEAOK8JAM6mEQAIpxEAEKcRAF6nEQC2pxEAPLkNALynEQAwkhIAvqcRAKjdBADApxEAOLsPANenEQCEPRMA+qcRADLjDwASqBEAruAEAI2oEQC2qBEAwagRALDhBABsqREAZucEAB2qEQAg7wQAvaoRADL4BAAsqxEA4PkEAHOrEQBGAgUAdasRADb6BADCqxEAkv0EAMarEQCW/wQAyKwRAPYEBQDPrREADBAFABmuEQAWFQUA4rARAByxEQAksREAcrERAIGxEQAKOgUA0bERAMRBBQDMshEAKkoFANeyEQDE8wgAI7MRAIZNBQAntBEABGIFADG0EQD0WQUAfrQRAFBdBQCCtBEAVF8FAOy1EQAmthEALrYRAHy2EQCBthEALHYFAIu2EQAcbgUA2LYRAHhxBQDcthEAfHMFAOC4EQCujAUAiLkRAMCVBQA0uhEAkqkFAP+6EQBcuQUAVrsRALy+BQCVuxEAwMAFAOy7EQAixwUAPrwRACTIBQCQvBEA3rwRAOi8EQB6yAUAN70RAIDLBQA/vhEAlNUFAP6+EQA4vxEAQL8RAI6/EQCUvxEAVuEFAPq/EQAI5QUApsARAHbxBQDqwBEAivsFAKHBEQCS/wUATcIRAKIHBgAGwxEAQMMRAEjDEQCWwxEApsMRALwUBgDCwxEAGhkGAPjDEQC+FQYASsQRAJjEEQCixBEAFBYGALbFEQDwxREA+MURAEbGEQBPxhEA4CYGAKbGEQDkKAYAZMcRAJ7HEQCmxxEA9McRAPXHEQD6MwYA+ccRAN57BgAByBEAtDsGAAPIEQCaLgYAUMgRAPYxBgBUyBEALnkGAFbJEQBkPgYAAsoRAHRGBgBYyhEA0koGAKrKEQDUSwYAXssRADpUBgAYzBEAUswRAFrMEQCozBEAsswRAEpcBgABzREAWGMGAMbNEQAAzhEACM4RAFbOEQBjzhEAtmcGAGXOEQDKcQYAsc4RAL5rBgBezxEAJnUGALbPEQAqdwYAItERAFzREQBk0REAstERAMHREQBCgwYAEtIRAJ6GBgAY1BEAyJsGAH7UEQC41BEA1NQRAA7VEQAb1REAIJ0GACzWEQBm1hEAbtYRALzWEQC/1hEA7q4GAJ/XEQAIvAYAF9gRABLBBgAb2BEAtkgMAM3YEQDKxwYAGdkRANLLBgB42hEA9NwGANDaEQBU4gYAztsRAM6kCQDi2xEAeKQJADjcEQBy3BEAetwRAMjcEQDL3BEAZOoGADrdEQB03REAfN0RAMrdEQDZ3REAFu4GACveEQDO9AYAet8RAEQFBwAr4BEANOANADDgEQDGrA8AM+ARAPQHBwA04BEAGKsPAIbgEQD8CwcAmOERANLhEQDa4REAKOIRADHiEQC6FQcAiOIRAL4XBwA54xEAzB4HAJnjEQA2KQcAL+QRAPIxBwDb5BEAsjwHAIflEQAgSQcAkOYRAORVBwDm5hEAQFkHAD7nEQCcXAcApOcRAN7nEQDm5xEANOgRAEPoEQCyZwcAROgRAPRdBwCW6BEA9l4HAOjoEQA26REAQOkRAExfBwDo6READmsHAJHqEQDIcgcAQusRAHp2BwAC7BEAPOwRAETsEQCS7BEAoewRAOJ/BwD07BEAPoMHAEbtEQCU7REAo+0RAJaEBwBP7hEAoooHAKDuEQD+jQcA+e4RABaaBwD77hEACpQHAArwEQBE8BEATPARAJrwEQAM8REARvERAE7xEQCc8REAqfERAOasBwD/8REAlq8HAFbyEQBIswcA9vIRAKq5BwCs8xEAuMAHAFf0EQCM1QcAsPURAArqBwAC9hEAUPYRAF/2EQBi6wcAzPYRALrsBwAI+BEAHPMHAGD4EQB69wcAsvgRAAD5EQAP+REA0vgHAHz5EQAq+gcAsfoRAN7+BwAJ+xEA7AUIALX7EQBcEwgAYfwRACAgCAAY/REA1iUIAGv9EQAuJwgAEP4RAOIrCADS/hEADP8RABT/EQBi/xEAu/8RAEo1CABzABIA+jcIACwBEgBmARIAbgESALwBEgDGARIADEEIACACEgC6QggAdwISAMRHCADIAhIAIkwIAHMDEgCAUAgAeAQSAIxWCADKBBIAGAUSABoFEgDiVggA4AUSABoGEgAiBhIAcAYSAI4HEgDIBxIA0AcSAB4IEgA8CRIAdgkSAH4JEgDMCRIA1gkSAJCDCACUChIAzgoSANYKEgAkCxIALgsSANKkCAA6CxIAspQIAH8LEgC2lggA2gsSAHKfCAAxDRIAVLsIADUNEgBCsggAjA0SAE64CADVDRIAUroIAIoOEgBYvQgA2Q4SAF7ACACMDxIAvsUIAOQPEgAgzAgAkBASACbPCADmEBIAfM8IAEwREgCGERIAjhESANwREgDrERIALNIIAJUSEgDu3QgA7hISAKbkCAD8ExIANhQSAD4UEgCMFBIAmxQSAA7uCACRFRIA5BUSAP4VEgCC/QgAVhYSAJAWEgCYFhIA5hYSAPUWEgCKAQkAchcSADgDCQAEGBIAPhgSAEYYEgCUGBIA+RgSAOoGCQBGGRIARgoJAPgZEgBMDQkAVBoSAKoRCQD1GhIADpoJAPgaEgBeFgkASxsSAGAXCQBQHBIA2ikJAKYcEgCSMAkA+RwSAJQxCQAQHhIASh4SAFIeEgCgHhIArB4SAAQ/CQD+HhIATB8SAFAfEgBcQAkAsh8SAApCCQBqIBIApCASAKwgEgD6IBIAJCESAHxQCQBVIRIA4FcJAMIhEgByegsABCISAFIiEgCKIhIAQF0JACEjEgBUIxIAWSQSANR8CQBfJRIAoI0JALgmEgAGJxIAKygSAF4oEgB9KBIAtCgSABopEgAsqQkAvikSAIyuCQBoKhIAlLIJAMcrEgDuYAoAySsSAKy+CQAWLBIACMIJAB4uEgByzAkAbS4SANbTCQB0LhIA0NAJAHYwEgDEMBIAczESAALqCQB+MhIAGPUJANIzEgAgNBIASTQSAEAJCgDoNBIAIjUSACo1EgB4NRIAhzUSAFARCgDUNRIArBQKANg1EgA+XgoAfzYSALAWCgDYNhIAJjcSAE83EgAKGQoA2jcSALwcCgBROBIAEh0KANw5EgCOMAoA5DoSAJw3CgDmOxIAAkAKAEw8EgBYQAoAlTwSAK5ACgDiPBIACkQKAJQ9EgAQRwoA+j0SAGZHCgBDPhIAvEcKAJA+EgAYSwoADEASADhAEgCqQBIA5EASAOxAEgA6QRIA60ESAPZkCgDsQhIADnEKAKlDEgDWfwoAXEQSAJZEEgCeRBIA7EQSAPZEEgCUiQoAxkYSAFaVCgD0RxIA4K8KAFFIEgCWtQoA9kgSAFK+CgBaSRIArsEKAABKEgAczgoAA0wSALDtCgC/TRIA0P0KAFlOEgDaAgsAt04SADYGCwByTxIArE8SALRPEgACUBIAWlASAPIOCwB2URIAsFESALhREgAGUhIAMFISAAwcCwC7UhIAbiILABBTEgBeUxIAbFMSABojCwC6UxIAdCULAG1UEgB+KgsAt1QSAIYuCwDBVRIAmjgLAMRVEgBGOQsAHVcSAGBGCwBrVxIAuEcLAMlXEgAUSwsAGlgSAMRNCwBrWBIAGk4LAOJYEgAUWRIA3FkSAN5aCwBAWhIANFsLAHZbEgDEWxIA7VsSAOxhCwD4WxIAmGILANRdEgCgZgsALl4SAPxpCwCBXhIAVGsLAINfEgC2cQsA0V8SAL51CwCXYBIAzmASAHxhEgAyhQsA12ESAO6NCwB+YhIARo8LAARjEgBOkwsAPmMSAFaXCwCDYxIAsJkLADBkEgBwpAsAQGQSAPy/CwCYZRIAjLILAN1lEgDmtAsARGYSAEC3CwBOaBIAiGgSAJBoEgDeaBIA62gSAMjQCwBBaRIAztMLAO1pEgCA1wsAq2oSAOJqEgBKaxIAXn4SAFdrEgCOaxIARmwSAPDkCwBIbBIAluILAPhsEgA8bRIAoG0SAFjuCwBObhIAGvoLAKxvEgBADQwATXASAEgRDACmcBIAVBcMAPxwEgC6HwwAUXESALwgDAD2cRIAciYMALhyEgDychIA+nISAEhzEgC8cxIA4jMMAKN0EgBEOgwAuXUSAFhEDABedhIAvkwMABZ3EgBQdxIAWHcSAKZ3EgAYeBIAUngSAFp4EgCoeBIAV3kSAIaSEgBceRIAqnkSAF55EgAk3A8AcHkSABDYEgC0eRIAil0MAFx6EgBAYwwAanwSABh6DAB5fBIAsHwSAA59EgAQdgwAa30SAGZ2DAC1fhIA2oUMABiAEgCckQwAMIASAMaqDgBqgBIAuIASANaAEgDykQwAgIESALqBEgDCgRIAEIISAHSCEgD4lAwALoMSAP6XDADagxIAWpsMANyEEgAWhRIAHoUSAGyFEgDehRIAGIYSACCGEgBuhhIA0oYSAHKnDACMhxIAxocSAM6HEgAciBIAgIgSACitDACQiRIAyokSANKJEgAgihIAhIoSAIy0DAA+ixIAkrcMAOqLEgDuugwAhI0SANaJDwDajRIALIoPAESOEgB+jhIAho4SANSOEgBKjxIAXsgMAN6PEgDeCA0AjJESAJzzEgCOkhIAzi8PAKKSEgCkIhMAtJISANySEgDkkhIA2GEQAAqTEgAmXA8AYJMSAIiTEgDhkxIA4BUTAFCUEgCKlBIAkpQSAOCUEgBClRIAOuEMAKiVEgDilRIA6pUSADiWEgCalhIA7JIOAPqWEgDuEA0AQpgSAJ6WDgBImBIATusMAKyYEgD+7QwAnJkSAOqZEgD5mRIAygAOAEiaEgBeVRMAp5sSAGb3DACxmxIADvYMAKacEgAY+wwAYp0SAJydEgCknRIA8p0SAFGfEgAqBA0AZKESAPYUDQACohIAuiENAF6jEgCEMQ0AXqQSAIo0DQCvpRIAcH8OALKlEgCoRQ4AtqUSAPQ+DQC8pRIA5I4OAGCmEgCuphIAuKYSAP5DDQDMpxIABqgSAA6oEgBcqBIACqkSABhRDQBjqRIAylQNAGqrEgA2YA0AwKsSAA6sEgAarBIAkmMNAMasEgDuZg0Abq0SALytEgDTrRIATmwNAMiyEgCEhw0Ad7MSADiMDQDVtRIAxKcNAIq2EgDOthIAh7cSAJC4DQCKtxIAOLcNAIq4EgDqug0ANLkSAOy7DQCMuRIA8r4NAE26EgCAuhIAnroSAE7CDQD6uhIAsMgNAJC7EgAGyQ0A5L0SADK+EgA0vhIAdNUNAI2+EgAg1g0AlL4SAHrYDQD+wBIAOMESAEDBEgCOwRIAmMESAFTwDQBWwhIAkMISAJjCEgDmwhIA9cISAGr7DQBCwxIAxv4NAO7DEgAmBA4AmsQSAIYJDgCZxRIASBUOAEXGEgCeFQ4ATsYSANRdDwD2xhIA/BkOAEzHEgCaxxIA/scSAKwcDgBUyBIAZiQOAKbJEgD0yRIA98kSAMInDgCsyhIAHCoOAP7KEgBMyxIAT8sSACAsDgAEzBIA0C4OAFbMEgCkzBIAp8wSANQwDgBczRIA2jMOAK7NEgD8zRIABs4SADA0DgBazhIAqM4SAKvOEgAyNQ4AXM8SADg4DgCyzxIAANASAAPQEgCQOQ4AtNASAALREgAF0RIAmD0OALbREgAE0hIAB9ISAKBBDgC80hIAUkUOALrTEgCySg4A2tMSAMQyEwAk1BIACkwOALfUEgAK1RIAudUSAGRODgDA1RIAvlAOAHDXEgDKVg4ActcSAPDqDgAY2BIAZtgSAMHZEgAKTg8AxtkSAGzbEgAg2hIA5GMOAHzbEgA8ZQ4A0tsSAJZnDgAk3BIAmGgOAIrcEgDE3BIAId0SAGR5DgAk3RIAyoEOACndEgBEaQ4ANd0SAK5zDgDY3xIAYngOAITgEgBufg4A2uESAA4lDwD44RIATCETABLiEgAAyg8ALOISAHriEgB94hIAzIIOAODiEgB6hA4AMuMSAHyFDgCE4xIA0uMSANzjEgDShQ4Ag+USAIiLDgCK5RIAjI0OAC/mEgCOjg4Ar+cSAECSDgA46BIAnJUOANHpEgC2KxMASeoSAOLlDwCL6hIAbqkOAO7rEgDOrg4AQOwSAI7sEgCn7BIAJrAOAOfsEgA67RIAtO0SANq0DgBg7hIA3LUOAAzvEgA0tw4AnO8SAOrvEgD07xIA5roOAJfwEgCOkA8Ap/ESAKLDDgCh8xIAtMwOAJH0EgCe9BIA5/QSAPT0EgBQ9xIA1NwOAFr3EgA45A4ADvoSAKDtDgBi+hIAou4OALL6EgBO7w4AA/sSAKbwDgAF/BIAAPMOAAz9EgBa/RIAuP0SAAb+EgCz/hIAEPsOABD/EgBe/xIAvP8SAAoAEwC5ABMAHAEPAGoBEwC4ARMAFgITAGQCEwBuAxMAfAYPAMgDEwDUBw8AcAQTAL4EEwDOBBMALAkPAI0FEwDABRMAdQYTAOANDwDOBhMAkBAPADwHEwBuBxMAkAoTAGgnDwA+DBMAyCwPAOoMEwAgLg8Alg0TAHgvDwArEBMA+kUPAOQREwC0TQ8A2xITABBRDwCUFBMAylgPAD0VEwB6Ww8AuRcTADJiDwDnFxMA4GMPAEIYEwCQQxMAmRgTAJBmDwCcGBMAlGgPAOkYEwA8GRMAWBkTAJIZEwDrGRMAPhoTAFoaEwCUGhMA8hoTAEAbEwBKGxMA6mgPAJ4bEwDeahMA8hsTAPRtDwD8HBMAUnIPAEcdEwACdQ8Aoh0TAOZDEwCxHhMAOOYPAFQfEwAagQ8ACiMTAIBgEABcJBMATJoPAFclEwDqkw8ADCYTAOyUDwAMKBMAWigTAGQoEwConQ8AFCkTAFigDwD/KxMADCwTAFUsEwBiLBMAqywTALgsEwABLRMADi0TAFctEwBkLRMArS0TALotEwByLhMAaKgPANguEwC+qA8AaS8TABaqDwDaLxMAwqoPAHMwEwAarA8A3DATABYxEwCIMRMAwjETACYyEwB2rw8A7DITABozEwBCMxMAcDMTAJgzEwDGMxMA7jMTABw0EwAjNBMASsQPAHo0EwDINBMAzTQTACizDwAjNhMAPL0PAIQ3EwCawQ8AJzgTAHo4EwD4OBMAJjkTAE45EwB8ORMApDkTANI5EwD6ORMAKDoTAFA6EwB+OhMAUjsTAIA7EwCoOxMA1jsTAP47EwAsPBMAVDwTAII8EwCqPBMA2DwTAJA9EwB4CBEAlD0TAMoGEQCNPhMArssPAOo+EwC80g8Apz8TAN4/EwBTQBMAKN4PAJNAEwCG4g8A/0ATADZBEwDqQRMAOEITAEhCEwCK5A8AmkITAIzlDwD5QhMAluwQAEtHEwAEIhAApEcTALAiEACiSBMAfjQQAE5JEwA2OxAA+kkTAERCEACmShMA+kcQAFJLEwBeTxAA/ksTABJUEACqTBMAxlgQAFZNEwB+XxAABk4TAIJhEABqThMApk4TAK5OEwD8ThMAtlITAARTEwAiUxMApHIQAGhWEwA2kRAA1FYTAD6VEACAVxMAnpoQABpYEwD4nBAAbFgTAKifEADBWBMAWKIQABVZEwBgphAAdlkTAGSoEADYWRMAEloTAGpaEwB+tRAAyloTACy3EAApWxMA3LkQAHJbEwDovxAAMlwTAEbEEACCYBMAxtkQADJiEwDg5hAAhGITAOLnEADWYhMAJGMTAChjEwA46BAAgmMTANBjEwAuZBMAfGQTADBlEwB+ZRMA4GUTAAD3EAAyZhMAgGYTAIRmEwBW9xAArWcTALr+EACNaBMAzAcRAN1oEwAwaRMAWGkTAIZpEwDfaRMAMmoTAFpqEwCIahMA9WoTANAJEQCMaxMAKgwRAOprEwAsDREAPmwTAIxsEwCcbBMALg4RAOtsEwAwDxEAO20TAI5tEwDubRMAihERAEpuEwCMEhEASm8TAKIdEQD0bxMAsCQRAEZwEwCUcBMApHATAAYlEQBEcRMAuCgRAKZxEwAQKhEA+nETABIrEQBKchMAvisRAJtyEwDuchMA","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAASQgcA0kICAN4pCABkCwIAKAMNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAtPMMACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCG3g0A3N4NADLfDQCI3w0A3t8NAAAAAAASQgcA0kICANJCAgBaiQMAqC0CAP4tAgDeYA4AGqoOALbgAgAM4QIANBwBAJzZBQAksQ8AWokDAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCACgDDQCS5A0A6OQNAD7lDQCU5Q0A6uUNAAAAAAASQgcAZAsCAOYKDADeIQQAVi8CAD7dCQA6IQIAZokAAGo5AgA4PBAAjjwQALy4AgBOJwAAZAsCAARuCwBabgsAkkkAAPSEBQAqlgAAgJYAACTCAgDGIQoAHCIKAGQLAgC08wwALNwNAILcDQDY3A0ALt0NAITdDQDa3Q0AMN4NAIbeDQAU7wcA2jENAFYAAABWAAAArGoKANJCAgCSSQAAZAsCABTvBwAqwwEAAAAAACqWAABIkgwAsJsMAOgeAACGGAAA3ikIADQqCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwBC4QoAiBkAADwLDAB0Vg4AWAEAAK4BAAAEAgAAWgIAALACAAAU7wcA2jENAFYAAABWAAAAkqEBAKhcBAAqlgAAZLMAANJCAgAoQwIA1s0GAGQLAgAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAAMxAkAYsQJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAqFwEAP5cBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAOY1DAAAbgwAVm4MAEZmDACcZgwA8mYMAEhnDADqIwIAWm4LAEJQAgBwywkAxssJABzMCQDeKQgAZAsCANi1DwCE1QkAZAsCAN5gDgCEYhAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAD7dCQBkywwAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAAzECQBixAkAAAAAAMqQAAAqlgAAcg4AABSPAgBmHgsA3ikIAGQLAgAU7wcAYjEAALgxAAAOMgAAZDIAAG4qDwA6IQIAZokAANzGAQDoHgAA3ikIAGQLAgAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAEZmDACcZgwAMhkAAIgZAAA8CwwAdFYOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgAgWQ8AdlkPAOYKDACQSgEA5koBACTCAgDMkwEA3ikIALSjDwDmCgwAPAsMAHRWDgBYAQAArgEAAAQCAABaAgAAbioPADohAgBmiQAA3MYBAOgeAADeKQgAZAsCACgDDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMARmYMAJxmDAAyGQAAiBkAADwLDAB0Vg4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCACBZDwB2WQ8A5goMAJBKAQDmSgEAJMICAMyTAQDeKQgAtKMPAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAAG4qDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAABuKg8ATicAAHJLCQDSQgIAQo8MABSPAgBuKg8ANBwBAJIuCAByDgAAKsMBAD51AACKCw4A2tcKAHDTDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAA5goMADwLDAB0Vg4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgCO5g8AKAMNAICiBgAU7wcAsHYPAPSEBQBKhQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgC08wwAtKMPAIYYAADyVAMAKpYAAN4pCABkCwIAugsCAHb/DADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgDEzAoA3BgAAFrZAACGGAAAZAsCALTzDAA0KggAohsQAPgbEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAN4pCAC0ow8AhhgAAPJUAwAqlgAA3ikIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAACE/AcAVi8CAN4pCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQCoXAQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIADMQJAGLECQCSSQAA9IQFAEqFBQAqlgAAJMICAHrCAgDQwgIAZAsCAOY1DAAAbgwAVm4MAEZmDACcZgwA8mYMAEhnDACa6A0AkuQNALjCCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AACguDQBWAAAAVgAAAKxqCgDSQgIAkkkAAGYeCwDeKQgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQBoywsAAAAAAJKhAQCoXAQAKpYAAIYYAACSSQAAZAsCALTzDAAs3A0AgtwNANjcDQAu3Q0AhN0NANrdDQAw3g0Aht4NABTvBwDaMQ0AVgAAAFYAAACsagoA0kICAJJJAABkCwIAKAMNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgBavAcAZosBABpUDgBkCwIADMQJAGLECQAAAAAAypAAACqWAAByDgAAFI8CAGYeCwDeKQgAZAsCADohAgBaiQMAZAsCABTvBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAA7lgGAGSzAACExwIAnFICAO5YBgASQgcAhNUJAGQLAgDmCgwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAACgDDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AAAzECQBixAkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAFSSCQCE1QkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEANtEFAITHAgDaxwIAMMgCABKkDQBopA0AvqQNAFrZAADMkwEAaEAGAOhJAACIMw0ACO0JAJJJAABkCwIAKAMNACSxDwBaiQMAZAsCAOYKDAA8CwwAdFYOAFgBAACuAQAABAIAAFoCAACwAgAANtEFAIzRBQDi0QUATicAAHJLCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AABotQAAFO8HAOgeAACGGAAAkkkAAGQLAgAoAw0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMARmYMAJxmDAAyGQAAiBkAADwLDAB0Vg4AWAEAAK4BAAAEAgAAWgIAALACAADmNQwAAG4MAFZuDAAU7wcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQD22QQAKAMNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgBwywkAxssJABzMCQByzAkAyMwJAB7NCQAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAGYeCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAki4IAKriBgB8eQgAZokAACSxDwDyVAMA6PsDADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAABJCBwCE1QkAfBcCANIXAgByDgAA6B4AAKriBgCotgYA/rYGALKiDwBoQAYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqjIEAAAzBABWMwQArDMEAAI0BABYNAQArjQEAAQ1BABaNQQAWvEMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAKAMNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgBeehAAcg4AAOgeAADeKQgAZAsCAG4qDwDgZRAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgAgWQ8AdlkPAAzECQBixAkAuMQJAA7FCQBkxQkAusUJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAki4IAKriBgB8eQgAZokAACSxDwDyVAMA6PsDAJJJAABWLwIAZokAAGLCCAC4wggA6KEBAFrZAAAqlgAA3ikIAGQLAgBuKg8A0kICAFSSCQA6IQIAZokAADohAgCSoQEAJC4OAHouDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQC0ow8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAADuWAYAEkIHAGQLAgAAAAAAAAAAAAAAAAD22QQADMQJAGLECQBw7gUA3MYBAMgOAACE1QkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACANoCCwAwAwsAhgMLAOYKDAA8CwwAdFYOAFgBAACuAQAABAIAAFoCAACwAgAARmYMAJxmDADyZgwASGcMAJroDQCS5A0AuMIIAOihAQBa2QAAKpYAAN4pCACGGAAA3BgAADIZAAAoAw0A+sQOABKKAABoigAAvooAABSLAABqiwAA3mAOABqqDgAkVw0A3mAOAIRiEADMkwEA6PsDAD78AwAkwgIAPt0JAIgzDQByDgAAFI8CAFrZAADMkwEAaEAGAOhJAABkCwIADMQJAChDAgA6IQIAOiECAMyTAQBoQAYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgDmCgwAkqEBACQuDgB6Lg4A3MYBAOgeAAA20QUAfHkIANJ5CAAoeggAfnoIAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAIncIAOgeAAB4WA4AkkkAAO5YBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQCo3QQA/t0EAFTeBAAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAGYeCwDeYA4AGqoOABJCBwDeKQgAtKMPAAZKDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAIT8BwBkCwIANtEFANJCAgA6TAIAOv4FALSjDwCGGAAAkkkAAO5YBgBmiQAAYsIIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAKhcBADeKQgANCoIALyJAAASigAAaIoAAL6KAAAUiwAA8L8OAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgDs3AgAypAAANJCAgA6TAIAOv4FAKY6CQAqlgAAcg4AAPLADgDcGAAA3kYBADQcAQCc2QUAnFICAGSzAADeKQgAtKMPAIYYAADyVAMAKpYAAAAAAAASQgcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAdv8MANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAHb/DADSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAoAw0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAxiEKABwiCgBCjwwAgpkBABJCBwCE1QkAzJMBACKUAQDyVAMASFcEAGDeAQA0HAEAZAsCABTvBwDaMQ0AVgAAAFYAAACsagoA0kICAJJJAABmHgsA3ikIAGQLAgAoAw0ArPUPAMyTAQBkCwIAJMICAMYhCgAcIgoAQo8MAIKZAQASQgcAhNUJAGQLAgDmNQwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgAMxAkAVJIJAAjtCQCSSQAA7lgGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAADuWAYAEkIHAITVCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQAkLg4ACgsDANQaAwBc7goAbtQOAMTUDgAa1Q4AcNUOAMbVDgAc1g4ActYOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQC0ow8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAACSxDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgCyog8ACKMPAMgOAACE1QkATicAAI7KAQDkygEA3lwMADRdDADKkAAAkqEBAJJJAADuWAYAVgAAAJKhAQAkLg4AFIAQAI7KAQDkygEA3lwMADRdDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAARuCwCmmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgAEbgsAppoOABINAgBoDQIAvg0CABQOAgBqDgIAyHoLAJKhAQAkLg4AFIAQAGqAEADAgBAA6BEPAFxKDgBkCwIADMQJALKiDwBwgxAAxoMQAByEEADIegsAHnsLALoLAgAQDAIAZgwCALwMAgAAAAAABkoOAGQLAgAMxAkAsqIPAHCDEADGgxAAHIQQAMh6CwAeewsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEA9tkEABirDwBuqw8AxKsPABqsDwBwrA8AAAAAAMqQAAAgkQAA8lQDAGhABgBqOQIAYFAQAN4pCABsZQIAypAAACCRAADyVAMAaEAGAGo5AgDIWRAA0kICAChDAgDWzQYAki4IAFrZAAASQgcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAAHYiCQCq4gYAkkkAAGYeCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIA3mAOABqqDgAkVw0AOiECAI7mDwAAAAAAKAMNAB6uDwB0rg8Ayq4PACCvDwB2rw8AzK8PACKwDwAEbgsA/sgPAFTJDwCqyQ8ACgsDAAAAAAASQgcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAOv4FAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDoEQ8AXEoOAARuCwAAAAAAkqEBAAAAAADKkAAAZokAAGLCCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIAIFkPAGQLAgAEbgsAAAAAAMqQAABmiQAAPt0JAIgzDQAI7QkAXu0JALTtCQAK7gkAOiECAGDuCQC27gkADO8JADohAgA20QUAjNEFAOLRBQDwQA8ARkEPAJxBDwA20QUAjNEFAOLRBQDwQA8ARkEPAJxBDwBmiQAAJLEPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAABmHgsASD4NAJ4+DQBqOQIAgNkMANbZDABaiQMAkkkAAGYeCwBIPg0Anj4NAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAAD0hAUARhINAH5DAgDUQwIAKkQCAJJJAADoSQAA3GMQADJkEACIZBAAAAAAANJCAgA6TAIAntIBAFgNBgCq4gYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgCQkQ8A6EkAANxjEAAyZBAAEkIHAGo5AgB0PgIA6EkAANxjEAAyZBAAiGQQAAAAAABmiQAAzJMBAOj7AwDoHgAASJIMAJ6SDAD0kgwASpMMAKCTDABqOQIAdD4CAOhJAADcYxAAMmQQAIhkEABqOQIAdD4CAOhJAADcYxAAMmQQAFqJAwBWAAAAdiIJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAA1s0GAJIuCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAAD0hAUASoUFADohAgCQIQIA5iECAGYeCwAqlgAAgJYAANTrAAB87gIANBwBAJIuCACSSQAA6EkAAIgzDQDeKQgAtKMPAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAKxqCgDMkwEAIpQBACJtAwB4bQMAxNAMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIA3ikIALSjDwCqVwEA/iARAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAFSSCQDeKQgAHqIJACTCAgDMkwEA6PsDAIKZAQASQgcAhNUJACqWAACAlgAA1OsAAHzuAgA6IQIAFCYOAAjtCQAgkQAAKsUCAJKhAQDooQEA2oMLADCECwCGhAsAJC4OAICWAADU6wAAfO4CACSxDwB8FwIA2tcKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAki4IAIYYAACSSQAAZh4LAMTQDADU6wAAfO4CABJCBwAI7QkAkkkAAHhAAgBOJwAAOiECABQmDgAI7QkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAZh4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCmOgkAaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKriBgCotgYA/rYGAEKPDACCmQEAEkIHAITVCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCABJCBwAkwgIAxiEKABwiCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAO5YBgBEWQYAnlcEAJKhAQAkLg4ANBwBAJIuCACGGAAAkkkAAGYeCwDeKQgAtKMPAICWAADU6wAAfO4CAHIOAAAoLg0AVgAAAFYAAACsagoA0kICAJJJAABmHgsA3ikIAKY6CQBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQAkLg4AfBcCAAgaCwBiwggAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAjuYPAICWAABOJwAAdv8MANJCAgA0HAEAnNkFAJxSAgBmHgsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAITVCQBkswAAqLYGAP62BgBUtwYAqrcGAAC4BgBWuAYANBwBAIocAQBoywsAHqIJAJ6/DQBySwkAZLMAAITHAgCcUgIA7lgGABJCBwCE1QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAGLCCADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgDeKQgAtKMPAE4nAABySwkAqMYOACqWAADeKQgAZokAAGLCCAC4wggADsMIAN5gDgAaqg4AJFcNACgDDQCAogYANBwBAJIuCADoLggAOiECAI7mDwCAlgAAZAsCALoLAgBeehAAIJEAAJLiDACSSQAA7lgGABJCBwCE1QkAZh4LALweCwASHwsAkkkAAGQLAgDeYA4AGqoOACRXDQAMxAkAYsQJAHDuBQCE/AcAZAsCAOYKDACQSgEA5koBAAbLDgBcyw4AsssOAAjMDgBezA4AKAMNAB6uDwB0rg8AgpkBANiZAQAumgEAZAsCAOYKDACQSgEA5koBAAbLDgBcyw4AsssOAAjMDgBezA4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIAuKENAA6iDQBkog0AuqINABCjDQBmow0AEkIHAGQLAgC6CwIApCcAAFrZAABkCwIAKAMNAH4DDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAN5gDgAaqg4AJFcNALoLAgBeehAAIJEAAJLiDACSSQAA7lgGABJCBwCE1QkAJLEPAIYYAADcGAAA3kYBAJQjAgAMxAkAYsQJADr+BQC0ow8AquIGALqzAACigAIAjnYCADpMAgBUkgkAfMEBAN5gDgA20QUAWokDAHD8DADG/AwAHP0MAHL9DAAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAO5YBgASQgcAhNUJACqWAACAlgAA1OsAAHzuAgDyZAsAcksJAKjGDgDGZwIAZAsCABTvBwDU7wIANBwBADohAgAUJg4AzJMBADqiAgBmiQAAnFICAO5YBgASQgcAhNUJAGQLAgAEbgsA/sgPAFTJDwCqyQ8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIA5jUMADw2DABOmw8ApJsPAPqbDwBQnA8ArtoBAJxSAgDuWAYAOiECAJKhAQAkLg4A3mAOAOBJAgA2SgIAjEoCADbRBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIANtEFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAA3mAOABqqDgC24AIADOECADQcAQCc2QUAJLEPAEZmDACcZgwA8mYMAEhnDADqIwIAWm4LALBuCwAI7QkAfBcCADQcAQBotwEA6PsDACrDAQCCmQEAIpQBAHwXAgBkCwIADMQJAGLECQCSSQAAypAAANJCAgC08wwAtKMPAKriBgC6swAAooACAI52AgA6TAIAOv4FAGQLAgAoAw0AJLEPAN4pCABkCwIARmYMAJxmDADyZgwASGcMAMqQAAByDgAA6B4AAOY1DAA8NgwAeJQBAM6UAQAklQEAepUBANCVAQBesgEA2LUPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABIVwQAnlcEAPRXBABKWAQAoFgEAPZYBADeKQgAZAsCACgDDQAksQ8A3ikIAGQLAgBGZgwAnGYMAPJmDABIZwwAypAAAHIOAADoHgAAFO8HANTvAgAq8AIAgPACANbwAgAs8QIAxtMNABzUDQBy1A0AyNQNAB7VDQAksQ8A8lQDAGSzAAAKCwMAYPAKANIrDAAoLAwAfiwMANQsDAAqLQwAgC0MANRdDwD+yA8AVMkPAKrJDwBkCwIA2LUPAAjtCQCSSQAAZAsCANi1DwBOJwAAZAsCADohAgAUJg4ACO0JACCRAAAqxQIADMQJAChDAgA0dAIAinQCAIT8BwDeKQgAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIA2LUPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBABTvBwDaMQ0AMDINAIYyDQD0hAUARhINAJwSDQAuqgkAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIA2LUPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIA2LUPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBALTzDAAK9AwAJMICAMyTAQDeKQgAtKMPAFrZAADMkwEAaEAGAOhJAABkCwIA2LUPACTCAgDGIQoAHCIKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAOYKDACsagoAzJMBACKUAQAibQMAeG0DAMTQDABkCwIAtPMMALSjDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CACgDDQAerg8AdK4PAIKZAQDYmQEALpoBADQcAQCSLggAhhgAAJJJAABkCwIA3mAOABqqDgAkVw0ABG4LAFpuCwCSSQAA9IQFAFqJAwBkCwIA5jUMADw2DACSNgwARmYMAPJUAwBIVQMAnlUDADQcAQCc2QUAkqEBAKhcBABkswAAKpYAADohAgAUJg4ACO0JACCRAAAqxQIAcg4AAGQLAgDYtQ8ACO0JAJJJAABkCwIA2LUPAE4nAABkCwIADMQJAChDAgA0dAIAinQCAJJJAABmHgsAfBcCANrXCgCAlgAAZAsCALTzDAAK9AwAJMICAMyTAQDeKQgAtKMPADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIA3ikIAGQLAgAoAw0AnFICACASAQB2EgEAhMcCANrHAgAwyAIAEqQNAGikDQC+pA0AFKUNAGqlDQDApQ0AFqYNAGymDQDCpg0AGKcNAG6nDQDEpw0AGqgNAHCoDQDGqA0AHKkNAHKpDQDIqQ0AHqoNAHSqDQDKqg0AIKsNAHarDQDMqw0AIqwNAHisDQDOrA0AJK0NAHqtDQDQrQ0AJq4NAHyuDQDSrg0AKK8NAH6vDQDUrw0AKrANAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAAASQgcACO0JAGQLAgC++AwAFPkMACTCAgDGIQoAKAMNACSxDwB6sQ8A0LEPACayDwB8sg8A0rIPAOY1DAA8NgwAkjYMAFqJAwCwiQMABooDANJCAgBkCwIAFO8HAGrvBwDA7wcAFvAHAGzwBwDU7wIAKvACAIDwAgDW8AIANtEFAIzRBQAaVA4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIA5jUMAABuDABWbgwARmYMAJxmDAAyGQAAiBkAADwLDACOdgIAKEMCANbNBgCSLggAkkkAAGYeCwDE0AwAZAsCADohAgCQIQIA5iECADwiAgDmCgwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAOv4FAGQLAgAU7wcAsHYPAAZ3DwCcUgIAZh4LALweCwCSLggAhhgAAJJJAABkCwIAtPMMADQqCACiGxAA+BsQADohAgBmiQAA3MYBAOgeAAAU7wcA1O8CAES7DACauwwA8LsMAEa8DABkCwIA5jUMAABuDABWbgwAFO8HALB2DwAGdw8AjnYCAJJJAADuWAYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAADuWAYAIpQBAHwXAgBkCwIAtPMMACzcDQBa2QAA5jUMADw2DACSNgwADMQJAGLECQBiiwIAAOMGACTCAgDGIQoAHCIKAFqJAwBkCwIANBwBAIocAQBoywsAZokAAIT8BwAeogkAIpQBAHwXAgBkCwIADMQJAGLECQA6/gUAkP4FAOb+BQCIUAYA5jUMAABuDABWbgwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwDeYA4AhGIQAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAAB4WA4AZAsCAOY1DAA8NgwAkjYMADQcAQCSLggA6C4IAIocAQDSQgIA5jUMAABuDABWbgwA5jUMADw2DACSNgwAVkMMAKxDDAACRAwA5goMAJBKAQDmSgEAbiYNAMQmDQAaJw0AcCcNAGQLAgDYtQ8ATicAAGQLAgAU7wcAsHYPAAZ3DwCOdgIAkkkAAO5YBgAilAEAfBcCAGQLAgDKkAAA2tUJADDWCQCG1gkA3NYJADLXCQCI1wkA3tcJADTYCQDeYA4AGqoOACRXDQAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAKAMNAJxSAgAI7QkAXu0JALTtCQAK7gkAYO4JALbuCQAM7wkAYu8JAGpPDQD0hAUARhINADR0AgByDgAAvmUDAGaJAACcUgIAZh4LAL74DACIMw0Acg4AABSPAgBkCwIARmYMAEJQAgCYUAIA7lACAJKhAQDooQEA2oMLADCECwCGhAsAPt0JAIgzDQByDgAAFI8CAGgJAAC+CQAA3mAOABqqDgAkVw0AKAMNAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAAoLAwDYtQ8AhNUJAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJAKRkCQBkCwIAVgAAAJJJAADuWAYAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADACyrCgCCqwoA2LUPAITVCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgC08wwALNwNADQcAQCc2QUAzJMBACKUAQBkCwIAFO8HAMgOAACiYwkA+GMJAE5kCQCkZAkAZAsCALjvCQAO8AkAZPAJALrwCQAQ8QkAZvEJALzxCQAS8gkAaPIJAL7yCQAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAAAKCwMAcg4AAGQLAgDeYA4AhGIQAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAANIrDAAoLAwAkg8OAOgPDgA+EA4AlBAOAOoQDgDYtQ8AhNUJAGQLAgC++AwAiDMNAHIOAACSoQEA6KEBANqDCwAwhAsAhoQLADDIAgAAAAAAkqEBAHIOAAAUjwIAao8CAJxSAgBmHgsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAEj/AgCe/wIAVAUDAIzRBQDkXwwAOmAMAJBgDADmYAwAPGEMAJJhDADoYQwAPmIMADL2AwCI9gMA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwCO+QMA5PkDADr6AwCQ+gMA5voDAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCY0wMA7tMDAETUAwCa1AMA9tcDAEzYAwCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFbdAwB8FwIACgsDAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwA6IQIAZokAAHIOAACoBgQA/gYEACQuDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAygAOACABDgB2AQ4AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOAD7RAwCU0QMAugsCABAMAgBmDAIAvAwCAIyNDgD+3QQAVN4EAKreBAAA3wQAVt8EAKzfBAAC4AQAWOAEAARuCwCmmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAAA+3QkAzJMBADqiAgAkLg4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYA1O8CACrwAgBkswAAVgAAAN4hBABqOQIAgDUQANY1EAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCADg8EACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAAB87gIAjjwQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA3ikIAKY6CQAqlgAAcg4AAPLADgDcGAAA3kYBAGYeCwCqVwEAdCkNAOj7AwAUjwIAZh4LAMTQDADU6wAAfO4CABxNCgA20QUAhMcCANrHAgAwyAIAhsgCALoLAgAQDAIAZgwCALwMAgA0HAEAVgAAAKxqCgDSQgIAkkkAAGYeCwDE0AwA1OsAAHzuAgCSoQEAqFwEAP5cBABWAAAA0j4AAGo5AgBgUBAAzJMBADohAgCM0wYAKEMCAI52AgBaiQMAZAsCAEZmDACcZgwA8mYMAEhnDACSoQEA6KEBAF62AwC0tgMAtKMPAN4pCAAKCwMALNoMAGhCBwC+QgcAFEMHAGQLAgAU7wcAQiUCAGaJAACOdgIAOkwCADr+BQBkCwIA2LUPADohAgCe0gEAWA0GAKriBgCSSQAAZAsCALoLAgBySwkAyEsJAHATAwDGEwMAQuEKAIgZAADSPgAAZAsCAFrZAACw2QAAKEMCAKz1DwAC9g8AdiIJAMwiCQBkCwIAKAMNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIA5jUMAEhXBACeVwQAkqEBACQuDgA0HAEAki4IAIYYAACSSQAAZokAAJxSAgDuWAYAEkIHAITVCQAKCwMAkqEBAKhcBAD+XAQAVgAAANI+AABkCwIAkqEBAKhcBAD+XAQAVF0EAKpdBAAAXgQAVl4EAKxeBAACXwQAWF8EAK5fBAAEYAQAnmcMAPRnDABKaAwAoGgMAGQLAgCSoQEAqFwEAP5cBABUXQQAql0EAABeBABWXgQArF4EAAJfBABYXwQArl8EAARgBACeZwwA9GcMAEpoDACgaAwAkEoBAOZKAQAGyw4AXMsOALLLDgCSoQEAWokDAGSzAABmiwEAvLgCAE4nAABySwkAfBcCAMqQAADSQgIAOkwCADr+BQAKCwMAqjIEAG77DADE+wwAGvwMABrBBABwwQQAxsEEABzCBABywgQAyMIEAB7DBAB0wwQA5goMAJImBADU7wIAZLMAAGaLAQBoQgcAKgYOAGYOAwC8DgMAEg8DAGgPAwC+DwMAFBADAIz2AgDi9gIAOPcCAI73AgDk9wIAKAMNAICiBgDmCgwArGoKAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAvBgIALTzDADSQgIAsqIPACTCAgDGIQoAHCIKAKgtAgD+LQIA3mAOAPSEBQBKhQUAKpYAAN4pCACSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BAA+0QMAIlAKAHhQCgDOUAoA8FkGAEZaBgCcWgYAfFIKABihCgBuoQoAEg0CAMyTAQDSQgIAOkwCACASAQBWyg8AZAsCADbRBQDSQgIAOkwCAHDuBQCcUgIAZh4LACgDDQCAogYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwC++AwAiDMNAHIOAAAUjwIAkqEBAOihAQDagwsAMIQLAIaECwA+3QkAiDMNAHIOAAAUjwIAZAsCACgDDQAksQ8A3ikIAGQLAgDmCgwArGoKANJCAgCSSQAAAAAAAAAAAAAAAAAAajkCAAAAAABqOQIAAAAAAGo5AgAAAAAAZAsCACgDDQAksQ8A3ikIAGQLAgDmCgwArGoKANJCAgCSSQAALmIQAAAAAABkCwIAKAMNACSxDwDeKQgAZAsCAOYKDACsagoA0kICAJJJAACSoQEA6KEBAF62AwC0tgMACrcDAGC3AwC2twMADLgDAN5gDgCEYhAAPkoAACASAQBWAAAArGoKAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAIBIBAHxxBAAoAw0A+sQOAC6qCQCEqgkA2qoJADCrCQAMxAkAYsQJAGKLAgAA4wYA0kICAN4pCABkCwIAKAMNAIT8BwDa/AcAMP0HAIb9BwBmHgsAxNAMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgAoAw0AgKIGAHwXAgDa1woANBwBAGQLAgDmNQwAaEAGAL5ABgC08wwAtKMPAAqkDwB2IgkANLkPAIq5DwByDgAAZAsCANi1DwCE1QkAAAAAAAAAAAAKCwMA1BoDAFzuCgCy7goACO8KAF7vCgAEbgsA/sgPAFTJDwCqyQ8A3mAOABqqDgAkVw0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUA8GMLAEZkCwCcZAsAPt0JAIgzDQByDgAAFI8CADRhDgDE0AwAGtEMAHDRDADG0QwAHNIMAHLSDADI0gwAHtMMAHTTDAC08wwAcK4QACqWAADeYA4AGqoOACRXDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwAiUAoAeFAKAM5QCgDwWQYARloGALKiDwBoQAYAZh4LADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBWLwIArC8CAO5YBgBEWQYAmlkGAPBZBgBGWgYAnFoGAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFABTvBwDoHgAAPh8AAJQfAADqHwAACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAHATAwDGEwMAQuEKANCADABUkgkACO0JAJJJAABmHgsA3mAOABqqDgAkVw0AvvgMAIgzDQByDgAAKpYAAJJJAABa2QAAEkIHANJCAgBsZQIAZAsCAOY1DAAAbgwAVm4MAMqQAAAgkQAA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQAAAAAAZAsCAGxlAgAMygwAIpQBAMZnAgAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAKgtAgD+LQIANtEFAITHAgAihxAAeIcQAM6HEABw0w0ATi0DAMgOAAA0HAEAki4IAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAD7dCQBaiQMAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwAG5gYAXOYGALLmBgAI5wYAXucGALTnBgA0HAEAEGgFAGZoBQC8aAUAEmkFAN4pCAA6IQIAZAsCADQcAQCKHAEAaMsLAL7LCwAUzAsANBwBABBoBQBmaAUAvGgFABJpBQBkswAAurMAABC0AABmtAAAvLQAAJzZBQCOdgIAsqIPAGaJAACE/AcANBwBABBoBQBmaAUAvGgFABJpBQC8GAgAtPMMANJCAgCyog8AJMICAMYhCgAcIgoAqC0CAP4tAgDeYA4A9IQFAEqFBQAqlgAA3ikIADQcAQBg3gEAIJEAAPJUAwBkswAAhMcCAJxSAgDuWAYAEkIHAITVCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDKAA4AIAEOAGR7DwCoMwUA/jMFAFQ0BQCqNAUAADUFAFY1BQCsNQUAAjYFAFg2BQCuNgUABDcFAGQLAgCSoQEAqFwEACKUAQBsZQIAZAsCALoLAgAQDAIAZgwCAITbDADa2wwAKAMNAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAAZKDgBE+QAA7FUFAIgzDQByDgAAFI8CAHTNCQDKzQkAIM4JAHbOCQDMzgkAIs8JAHjPCQDOzwkAJNAJAHrQCQAoAw0AJLEPAFqJAwBkCwIA2LUPAE4nAABkCwIA3mAOAIRiEAA+SgAAlEoAAFYAAAB2IgkAquIGAMyTAQCgag0AcksJACqWAADeKQgAZAsCADQcAQAQaAUAZmgFALxoBQASaQUAvBgIAL74DACIMw0Acg4AABSPAgC++AwAiDMNAHIOAAAUjwIAZAsCAD7dCQBaiQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD22QQATNoEADivCQCOrwkA5K8JADqwCQCQsAkA5rAJADyxCQCSsQkA6LEJAD6yCQCUsgkA6rIJAECzCQCWswkA7LMJAEK0CQA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKANi1DwBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IAGQLAgDeYA4A7lgGAERZBgCaWQYA3ikIAGQLAgDYtQ8ACO0JAFqJAwByDgAAqAYEAP4GBACoXAQAVi8CAHIOAACoBgQA/gYEAFYvAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKANi1DwBoQgcAvkIHAKSNCAD6jQgAUI4IAKaOCAD8jggAUo8IAGQLAgDeYA4A7lgGAERZBgCaWQYA3ikIAGQLAgDYtQ8ACO0JAD7RAwAiUAoAeFAKAM5QCgAkUQoAelEKANBRCgAmUgoA2LUPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABSjwgAZAsCAN5gDgDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkA0kICALKiDwA6ogIA6KEBAD6iAQBaiQMAVi8CAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDsUwQAbioPAOBlEADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDSSAUAKEkFAH5JBQDUSQUANBwBABBoBQBmaAUAvGgFABJpBQAAAAAAIBIBAHxxBAAoAw0A+sQOAC6qCQCEqgkA2qoJADCrCQAMxAkAYsQJAGKLAgAA4wYA0kICAN4pCABkCwIAKAMNAIT8BwDa/AcAMP0HAIb9BwBmHgsAxNAMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgAoAw0AgKIGAHwXAgDa1woANBwBAGQLAgDmNQwAaEAGAL5ABgC08wwAtKMPAAqkDwB2IgkANLkPAIq5DwByDgAAZAsCANi1DwCE1QkAAAAAAFbKDwD0hAUASoUFAKCFBQD2hQUATIYFAKKGBQAgEgEAfHEEACgDDQD6xA4ALqoJAISqCQDaqgkAMKsJAAzECQBixAkAYosCAADjBgDSQgIA3ikIAGQLAgAoAw0AhPwHANr8BwAw/QcAhv0HAGYeCwDE0AwAajkCAGQLAgA0HAEAaLcBAOj7AwAqwwEAgpkBACKUAQB8FwIAZAsCACgDDQCAogYAfBcCANrXCgA0HAEAZAsCAOY1DABoQAYAvkAGALTzDAC0ow8ACqQPAHYiCQA0uQ8AirkPAHIOAABkCwIA2LUPAITVCQAAAAAARmYMAJxmDAAKCwMAAAAAAAAAAAAAAAAAAAAAAAAAAACoLQIA/i0CABTvBwBq7wcAwO8HAFQHBACqBwQAAAgEAFYIBACsCAQAcNMNAAAAAAAAAAAAcg4AAAAAAAAAAAAA9tkEAPQHBwBKCAcA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDACJQCgB4UAoAzlAKAPBZBgBGWgYAnFoGAAoLAwBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPKLCQBIjAkAnowJAPSMCQBKjQkAFO8HAMgOAACiYwkA+GMJAE5kCQCkZAkAZAsCACgDDQBOJwAAkkkAAGYeCwDE0AwAIpQBAHwXAgBkCwIA3mAOABqqDgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DAIjPBQDezwUANNAFAIrQBQDg0AUAypAAACCRAADyVAMA9P0BAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJAKRkCQAKCwMAZokAAPT9AQDSQgIAOkwCAJJJAAD0hAUASoUFACqWAAByDgAAVgAAAHYiCQDMIgkA1OsAADpMAgAAAAAAypAAACqWAAByDgAAFI8CAGYeCwDE0AwA1OsAAHzuAgBg8AoAtvAKAAzxCgDG7gUAHO8FAHLvBQDI7wUAHvAFAHTwBQDK8AUAIPEFAHbxBQDM8QUAIvIFAHjyBQDO8gUAJPMFAHrzBQDQ8wUAJvQFAHz0BQDS9AUAKPUFAH71BQDU9QUAKvYFAID2BQDW9gUALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQBmiQAAvIkAAHx5CADSeQgA3ikIAGQLAgDeYA4AhGIQAD5KAAA0HAEAnNkFAPLZBQBkCwIADMQJAGLECQCSSQAA9IQFAEqFBQAqlgAAcg4AAGQLAgDmCgwAnOsOAMwiCQBkCwIADMQJAGLECQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgCSoQEAqFwEAEhXBABotwEAaEAGAL5ABgBa2QAAPt0JAMyTAQBkswAAfHkIAGQLAgDmNQwAAG4MAN4pCAAeogkA6PsDAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA1goQAMTQDADU6wAAfO4CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA1goQAMTQDADU6wAAfO4CACqWAADeKQgAHqIJAOj7AwBiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAP4xBABUMgQAntIBAPTSAQBK0wEAoNMBAPbTAQDuCgoARAsKAJoLCgDwCwoARgwKAJwMCgDyDAoASA0KAJ4NCgD0DQoASg4KAKAOCgD2DgoATA8KAKIPCgD4DwoAThAKAKQQCgD6EAoAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgDmCgwAwPUKABb2CgBs9goAwvYKABj3CgBu9woAxPcKABr4CgBw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAzvwKAHATAwDGEwMAQuEKANCADABUkgkACO0JAJJJAABmHgsA3mAOABqqDgAkVw0AvvgMAIgzDQByDgAAkkkAAGQLAgBa2QAA/CwCACBZDwB2WQ8ARmYMAJxmDADyZgwASGcMAOYKDACsagoAcg4AACrDAQCCmQEAOiECAJKhAQAkLg4A3mAOABqqDgAkVw0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAN5gDgCEYhAAPkoAAAzECQBixAkAOv4FAJD+BQDm/gUAiFAGABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAET5AACEBg0APvwDADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDMegoAPDYMAJI2DAA6IQIAjNMGAOLTBgA41AYAjtQGAIYYAABkCwIAFO8HALB2DwAGdw8AnFICAMyTAQBIVwQAki4IABJCBwAI7QkAkkkAAGYeCwDE0AwA1OsAAHzuAgCI4w8A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKANJSCgAoUwoAflMKANRTCgAqVAoAgFQKANZUCgAsVQoAglUKANhVCgAuVgoAhFYKANpWCgAU7wcA6B4AAD4fAACUHwAA6h8AACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcBMDAMYTAwBC4QoAmOEKAO7hCgBE4goAmuIKAPDiCgC6CwIAcksJAMhLCQAeTAkA2LUPANJCAgBkCwIAtPMMAAr0DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCAHzBAQDKkAAAIJEAAPJUAwD0/QEAygAOACABDgB2AQ4AzAEOACICDgB4Ag4AzgIOACQDDgB6Aw4A0AMOACYEDgB8BA4A0gQOACgFDgB+BQ4A1AUOAI7aCQAQxgkAbMkJAMLJCQAYygkAbsoJAD7RAwAiUAoAeFAKAM5QCgAkUQoAelEKANBRCgAmUgoA2LUPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCABSjwgAZAsCAN5gDgDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkA8loGAEhbBgCeWwYA9FsGACoGDgCABg4A1gYOACwHDgCCBw4A2AcOAC4IDgCECA4A2ggOADAJDgA+0QMAIlAKAHhQCgDOUAoA8FkGAEZaBgBCjwwA6B4AAKQ1BwAkLg4AquIGAJJJAADuWAYAEkIHAITVCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAEhbBgCeWwYA9FsGACqWAACAlgAA1OsAAHzuAgAoGAIA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAGZNDQDIDgAAomMJAPhjCQBOZAkApGQJAHhAAgBoQgcAvkIHABRDBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBOOwoAgJYAANTrAAB87gIAhhgAANwYAAAE6QgAWukIALDpCAAG6ggAXOoIALLqCAAoQwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgDeYA4A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAJI4DQBavAcAsLwHAAa9BwBcvQcAsr0HAAi+BwBevgcAtL4HACgDDQBOJwAAkkkAAGYeCwDE0AwAFO8HAOgeAACkNQcAJC4OAKriBgCSSQAA7lgGABJCBwCE1QkAZAsCAARuCwD+yA8AVMkPAKrJDwBOLQMASOQKAJ7kCgD05AoASuUKAKDlCgD25QoAOqoGAJCqBgDmqgYAPKsGAJKrBgDoqwYAPqwGAJSsBgDqrAYAQK0GABrFBgBwxQYAxsUGABzGBgByxgYAyMYGAMqQAADSQgIA0kICADpMAgCGGAAAkkkAAGQLAgDeYA4AGqoOAGhCBwCsagoAkqEBAOihAQA+ogEAWokDAAoLAwAAAAAAZAsCAN5gDgDgSQIANkoCAIxKAgBw0w0AFO8HANoxDQDMkwEAaEAGAGaJAAA6IQIAkqEBACQuDgAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACiiAYAZAsCALoLAgB2/wwAzP8MACIADQDeYA4A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYACgsDAHATAwDGEwMAQuEKACgDDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAJC4OABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAADQcAQAAAAAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAaPoNAL76DQAU+w0A0kICAFSSCQD88A4AwmUCAICWAADSKwwAKCwMANJCAgA6TAIAcO4FAMbuBQAc7wUAZokAADohAgCSoQEAJC4OACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAIJEAAIYYAABaiQMACgsDAJJJAABkswAAVgAAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwBOJwAAjsoBAOTKAQA6ywEAZLMAAGaLAQC8uAIAjs4DANJCAgA6TAIAkEwCAF56EAByDgAA6B4AAIrYCQDg2AkANtkJAIzZCQDi2QkAONoJAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgBOLQMAyA4AAKJjCQD4YwkATmQJAKRkCQBkCwIABG4LAP7IDwBUyQ8AqskPACoGDgCABg4AFi0RAGwtEQDCLREAGC4RAG4uEQDELhEAGi8RAHAvEQDGLxEAHDARAN72AwA09wMAivcDAOD3AwA2+AMAjPgDAOL4AwA4+QMAvvgMAIgzDQByDgAAOiECAIzTBgDi0wYAONQGAI7UBgDk1AYAQo8MAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZokAAE4nAABsZQIA2voGAJ7SAQByDgAAYjEAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBo+g0AvvoNABT7DQBkCwIANBwBAJzZBQBaiQMAZAsCAEZmDACcZgwA8mYMAEhnDAA6IQIAjuYPACgDDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEANtEFAIzRBQDkXwwAOmAMAJBgDADmYAwAPGEMAJJhDADoYQwAPmIMAJRiDADqYgwABG4LAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAZMsMAHJNCgAaqg4AJFcNAOY1DABWAAAAvIkAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBo+g0AvvoNABT7DQBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA6IQIAFCYOABJCBwCSSQAAcg4AABSPAgD0hAUARhINAKz1DwBkCwIAugsCANJCAgBUkgkANBwBAGQLAgB8wQEARPkAAAoLAwAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAvvgMABT5DABq+QwAwPkMAAzECQDSKwwAKCwMAGQLAgDYtQ8ACO0JAJJJAABkCwIA2LUPAE4nAABkCwIAKAMNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4AOiECAIzTBgDi0wYAONQGAI7UBgDk1AYAQo8MAGQLAgDeYA4AGqoOACRXDQDeYA4AZokAAGLCCABsZQIAZAsCAN5gDgAksQ8AWokDAGQLAgDYtQ8ATicAAGQLAgDeYA4AhGIQAD5KAACUSgAA6koAACqWAADeKQgAZAsCADohAgCM0wYA4tMGADjUBgCO1AYA5NQGAJKhAQBmiQAA3MYBABSPAgDuWAYAZLMAAHIOAADoHgAAZokAAI52AgBkswAAfHkIAGo5AgCANRAA1jUQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAODwQAI48EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBo+g0AvvoNABT7DQAAAAAAVgAAAHYiCQA0uQ8Acg4AAOgeAABmiQAAjnYCAGSzAAB8eQgAVgAAAAYyAgBqOQIAgDUQANY1EAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCADg8EACOPBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAaPoNAL76DQAU+w0AkqEBAKhcBAAkwgIAzJMBACKUAQB8FwIAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADACyrCgDoHgAAPh8AANTrAAB87gIACgsDAJJJAAD0hAUARhINADR0AgByDgAAVgAAAKxqCgDSQgIAkkkAAAoLAwCSSQAA9IQFAEYSDQA0dAIAcg4AAFYAAACsagoA0kICAJJJAAAKCwMATjsKAICWAADU6wAAfO4CAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBAAKmgoA+hILAFATCwCmEwsA/BMLAFIUCwCoFAsA/hQLAFQVCwCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwCyGQsAKgYOAIAGDgDWBg4ALAcOAIIHDgDYBw4ALggOAIQIDgDaCA4AMAkOAIYJDgDcCQ4AMgoOAIgKDgDeCg4ANAsOABYtEQBsLREAwi0RAIYYAAAgEgEAVsoPAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUA8GMLAEZkCwCcZAsAFO8HAOgeAAA+HwAAlB8AAOofAACmMAQA/DAEAFIxBACoMQQA/jEEAFQyBACu4AQABOEEAFrhBABWLwIArC8CAPSEBQBGEg0ANHQCAHIOAABWAAAArGoKANJCAgCSSQAAajkCADg8EACOPBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAaPoNAL76DQAU+w0AavsNAMD7DQAW/A0AbPwNAML8DQAY/Q0Abv0NAMT9DQAa/g0AcP4NAARuCwD+yA8AVMkPAKrJDwB+7wIAhMcCACKHEAB4hxAAzocQACSIEAB6iBAA0IgQACaJEAB8iRAA0pwEACidBAB+nQQA1J0EACqeBACAngQA1p4EACyfBACCnwQA2J8EAC6gBACEoAQA2qAEADChBACGoQQA3KEEADKiBACIogQA3qIEADSjBACKowQA4KMEADakBACMpAQA4qQEADilBADSUgoAhMcCACKHEAB4hxAAzocQACSIEAB6iBAA0IgQACaJEAB8iRAAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAJJJAADuWAYARFkGAJpZBgDwWQYARloGAJxaBgDyWgYASFsGAJ5bBgD0WwYAcBMDACqWAABa2QAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBo+g0AvvoNABT7DQCE1QkA3BgAAHooCwDQKAsAZokAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAELhCgAoAw0AkuQNAKhcBAAkwgIAxiEKAEZmDACcZgwAeigLANAoCwByDgAAZAsCALoLAgB2/wwAzP8MACIADQB4AA0A5jUMADw2DACSNgwAWokDALCJAwAGigMA0kICAGQLAgA20QUAurMAAMqQAAByDgAAFI8CAGYeCwBkCwIARmYMAJxmDAB6KAsA0CgLACgDDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZLMAAGSzAACotgYA/rYGAFS3BgCqtwYAOv4FAGQLAgBa2QAAPt0JAMyTAQA6ogIAJC4OAARuCwByDgAAFI8CAGqPAgA6IQIAkqEBAKhcBADo+wMAQiUCAMyTAQAilAEAfBcCAGQLAgAoAw0AgKIGADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMAQNIDAGrvBwDA7wcAFvAHAGzwBwDC8AcAGPEHAG7xBwDE8QcA3mAOAGSzAABWAAAAAAAAAMyTAQBWAAAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwDq0QMA3mAOAIRiEAA+SgAAvvgMAIgzDQByDgAAFI8CAN5gDgDuWAYARFkGAJpZBgDwWQYARloGAJxaBgB8UgoAGKEKAG6hCgASDQIAzJMBANJCAgA6TAIA2LUPAGhCBwC+QgcAFEMHAGQLAgDeYA4AZLMAAFYAAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwBa2QAAzJMBAGhABgDoSQAAZAsCAL74DACIMw0Acg4AABSPAgBkCwIAkkkAAGSzAABWAAAAZAsCAOYKDACQSgEA5koBACTCAgDMkwEA3ikIALSjDwCAlgAACgsDAKoyBABu+wwAxPsMABr8DAB+7wIAKvQEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHIOAACoBgQA/gYEALwYCAASGQgAaBkIAL4ZCAAUGggAahoIAMAaCAAWGwgALmIQABYRAwBkswAAVgAAAGQLAgDmCgwAkEoBAOZKAQAkwgIAzJMBAN4pCAC0ow8AgJYAAAoLAwCqMgQAbvsMAMT7DAAa/AwAfu8CACr0BAC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAADeKQgANCoIAKz1DwCSSQAA7lgGACTCAgDGIQoAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4A2LUPANJCAgBkCwIAtPMMACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCG3g0A3N4NADLfDQCI3w0A3t8NAN4pCAByDgAAZAsCABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAB6xAMA0MQDACbFAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAJC4OANi1DwDSQgIAZAsCALTzDAAs3A0AgtwNANjcDQAu3Q0AhN0NANrdDQAw3g0Aht4NANzeDQAy3w0AiN8NAN7fDQBkCwIAFO8HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4A2LUPANJCAgBkCwIAtPMMACzcDQCC3A0A2NwNAC7dDQCE3Q0A2t0NADDeDQCG3g0A3N4NADLfDQCI3w0A3t8NAC5iEABMLgQAcksJAMhLCQAeTAkARmYMAJxmDADyZgwASGcMAJ5nDAD0ZwwASmgMAKBoDAAAAAAAZokAAGLCCAC4wggAqFwEAAoLAwDSQgIAsqIPACKUAQB8FwIA2tcKAICWAADU6wAAfO4CACqWAAA0HAEAZLMAAITHAgC8iQAAfHkIANJ5CAByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAntIBAHIOAAAKCwMATi0DAEjkCgCe5AoA9OQKAErlCgCg5QoA9uUKAHDTDQAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQA8GMLAEZkCwDITQoAHk4KAHROCgDwWQYARloGAJxaBgB8UgoA3mAOABqqDgDeKQgAtKMPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMAhGIQAD5KAAB0lgMAypYDACCXAwB2lwMAzJcDACKYAwB4mAMAzpgDACgDDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAJC4OADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAKAMNAJxSAgC+UA4AhGIQAMyTAQDo+wMAPvwDADQcAQCKHAEANBwBAJIuCACGGAAAAD8KAFY/CgCsPwoAhNsMANrbDAA0HAEAnNkFAI52AgBsZQIAwmUCAN4pCABkCwIAtPMMALSjDwBmiQAAFPkMAGr5DADA+QwAFvoMAGz6DADC+gwAGPsMADy5DQAksQ8A3ikIAGQLAgDmNQwAAG4MAFZuDADOAA0ACvQMAOj7AwA+dQAAOiECAJKhAQAkLg4A3ikIAGQLAgDKkAAAIJEAAJJJAADuWAYAOqICAGQLAgDeYA4A7lgGAERZBgCaWQYA3ikIAGQLAgAMxAkAYsQJAJJJAAD0hAUAkqEBAKhcBAD+XAQAPCgFAGSzAABqOQIAODwQAI48EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAZlBgBo+g0AvvoNABT7DQBgUBAA6B4AAD4fAACUHwAA6h8AAEAgAADeKQgAtKMPAGaJAACE/AcACgsDAKY6CQBa2QAAhhgAAAoLAwA+3QkAiDMNAHIOAAAUjwIAkqEBAOihAQDqNQsAQDYLAJY2CwDsNgsAdiIJAMwiCQDU6wAAfO4CACzaDABoQgcAvkIHABRDBwBkCwIAypAAACCRAADyVAMA9P0BAGQLAgAU7wcAyA4AAKJjCQD4YwkATmQJABTvBwCwdg8ABncPAJxSAgDKkAAAcg4AAGQLAgA+3QkAZMsMAKriBgBsZQIAwmUCAN4pCACmOgkAaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCACojwgA/o8IAFSQCACqkAgAAJEIAFaRCACskQgAApIIAFiSCACukggABJMIAFqTCACwkwgABpQIAFyUCADSpAgAKKUIAH6lCADUpQgA3ikIAGQLAgDYtQ8ACO0JAJJJAABkCwIAWtkAAPwsAgDMkwEAaEAGAO5YBgAilAEAfBcCAGQLAgC6CwIAdv8MANJCAgBkCwIA2LUPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCADMIgkAKEMCAJxSAgDuWAYAEkIHAITVCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAGZNDQB2FgMAYN4BAJJJAABmiQAAnFICAGYeCwDYtQ8AaEIHAL5CBwCkjQgA+o0IAFCOCACmjggA/I4IAFKPCABkCwIA3mAOAO5YBgBEWQYAmlkGAN4pCABkCwIA2LUPAAjtCQCSSQAAqC0CAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADQcAQCKHAEAaMsLAB6iCQCevw0AWokDAGQLAgA20QUAjNEFAORfDAAgkQAAkkkAAGYeCwAWEQMA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAFrZAAD8LAIAzJMBAGhABgDuWAYAIpQBAHwXAgBkCwIAugsCAHb/DADSQgIAZAsCACTCAgB6wgIA0MICACbDAgA+3QkAiDMNAHIOAAAUjwIAao8CACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBavAcAAAAAAJKhAQAKCwMAcBMDAMYTAwBC4QoAvvgMAIgzDQByDgAAFI8CAHIOAABkCwIAKAMNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4A5jUMADw2DACSNgwAVkMMAKxDDAACRAwA5goMAKxqCgACawoAYAsDALYLAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEAzkYFANJCAgA6TAIAcO4FAJxSAgBmHgsAFO8HAOgeAAByDgAAKsMBAIKZAQASQgcAkqEBAJKhAQBkCwIAvvgMAIgzDQByDgAAFI8CAET5AACEBg0A9tkEAN5gDgD0hAUASoUFACqWAADeKQgAZAsCALoLAgB2/wwA0kICAGQLAgAAAAAAypAAACqWAACAlgAAWokDAGQLAgC6CwIAEAwCAGYMAgC8DAIAhhgAANwYAAB6KAsA0CgLAHIOAABOJwAAjsoBAOTKAQA6ywEAtKMPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDKAA4AIAEOAORfDAA6YAwAkGAMAOZgDAA8YQwAkmEMAOhhDAA+YgwADMQJAGLECQBw7gUAxu4FABzvBQBkCwIAKAMNACSxDwBaiQMAZAsCADbRBQCM0QUA4tEFAPBADwBGQQ8AvIkAAC6qCQBkCwIA5goMAKxqCgDMkwEAIpQBAJxSAgByDgAACgsDAHATAwDGEwMAQuEKAJjhCgDoHgAAPh8AAJQfAADqHwAAQCAAAKKIBgBkCwIAKAMNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQAkLg4AugsCAHb/DADSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAKKIBgD4iAYAPh8AANTrAAB87gIA6B4AAD4fAADU6wAAfO4CACoGDgCABg4A1gYOACwHDgCCBw4A2AcOAC4IDgCECA4A2ggOADAJDgBWLwIA0kICADpMAgCQTAIAXnoQAHIOAADoHgAAelcNAEJQAgDs3AgAQt0IAGQLAgAU7wcA6B4AAD4fAACUHwAA6h8AAGSzAABsZQIAPt0JAIgzDQAI7QkAcg4AAOgeAABIkgwAVJgMANJCAgCyog8AJMICAMYhCgAcIgoAajkCAIA1EACAlgAA1OsAAHzuAgBqOQIAhhgAACqWAACSSQAAWtkAABJCBwDSQgIAbGUCAMJlAgCAlgAA1OsAAHzuAgAqBg4AgAYOALyLAQASjAEA0t0PAAAAAAAAAAAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAN5gDgCEYhAAPkoAAARuCwBabgsA3ikIAFYAAACsagoAzJMBACKUAQAibQMAZAsCAMqQAADSQgIAkqEBAAoLAwBoCQAAPt0JAJTdCQDq3QkANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAN5gDgCEYhAAPkoAADqkAwAs3A0A/DoJAFI7CQCoOwkA/jsJAC5/CQC08wwANCoIACqWAAA0HAEAihwBADqkAwAs3A0A/DoJAFI7CQCoOwkA/jsJAC5/CQC08wwANCoIACqWAAA0HAEAihwBAOAcAQBkCwIADMQJANIrDAAoLAwAkg8OAOgPDgA+EA4AlBAOACqWAACAlgAANBwBAGi3AQDo+wMAKsMBAIKZAQASQgcAhNUJAGQLAgC08wwAtKMPAIYYAADyVAMAKpYAAN4pCABkCwIAWtkAAD7dCQDMkwEAOqICACQuDgDeYA4A9IQFAFqJAwDMkwEAIpQBAHwXAgBkCwIA3mAOABqqDgAkVw0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAN5gDgCEYhAAPkoAADqkAwAs3A0A/DoJAFI7CQCoOwkA/jsJAC5/CQC08wwANCoIACqWAAA0HAEAihwBALTzDABwrhAAxq4QAByvEAByrxAAyK8QAB6wEAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAlAYJABJCBwBavAcAbGUCAMJlAgCAlgAAOkwCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCqMgQAbvsMAMT7DAAa/AwAXHMNAD7dCQDMkwEAOqICACQuDgC6CwIApCcAAJJJAABkswAAfHkIAMyTAQAilAEAfBcCAGQLAgAU7wcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAKAMNAKz1DwDMkwEAZAsCACTCAgDGIQoAHCIKAEKPDACCmQEAEkIHAITVCQAKCwMAzJMBADqiAgAkLg4AhhgAANwYAADeRgEATicAAHb/DADM/wwAIgANAHgADQCAxQIAgJYAANTrAAB87gIAfMEBAHD2CQDG9gkAHPcJAHL3CQDI9wkAHvgJAAAAAABI/wIAnv8CAEZmDACcZgwAMhkAAGK+BgC4vgYA4DALADYxCwCMMQsAugsCAHJLCQDISwkAHkwJANi1DwDSQgIAZAsCALTzDAAK9AwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIABG4LAFpuCwCwbgsABm8LAFxvCwAAAAAAJMICAHrCAgCOdgIAAAAAANJCAgDSKwwAKCwMAAAAAADeKQgApjoJAPw6CQBSOwkAqDsJAP47CQACaQkAWGkJAK5pCQAEagkAWrwHAGxlAgDCZQIAkkkAAIYYAADcGAAA3kYBAE4nAAB2/wwAzP8MACIADQB4AA0AgMUCAICWAADU6wAAfO4CAGo5AgBgUBAAyA4AAKJjCQCeZwwAcksJAKjGDgDGZwIAZAsCACgDDQCAogYAJMICAHrCAgDQwgIAqFwEAN4pCABkCwIAtPMMACzcDQD8OgkAUjsJAKg7CQD+OwkALn8JAARuCwBabgsAJMICAMyTAQDSQgIAVJIJAITVCQA0HAEAki4IAIYYAABa2QAAEkIHANJCAgBsZQIADMoMACKUAQB8FwIAZAsCADbRBQCM0QUA4tEFAPBADwBGQQ8AnEEPAPJBDwBIQg8AnkIPAGQLAgAMxAkA0isMACgsDAB+LAwA1CwMACotDACALQwAnhUOAPQVDgD0hAUARhINAJxSAgBmHgsAfBcCAGQLAgDmNQwAAG4MAFZuDAAEbgsAzJMBAGhABgDoSQAAPkoAAHSWAwBkCwIARmYMAJxmDADyZgwASGcMAAzECQDSKwwAKCwMAJIPDgDoDw4APhAOAJQQDgDqEA4A2LUPANJCAgBkCwIANBwBAGi3AQDo+wMAYjEAAGaLAQC8uAIATicAAHJLCQB8FwIAypAAANJCAgA6TAIA0kICADpMAgBw7gUAnFICAGYeCwC08wwALNwNAPw6CQBSOwkAqDsJAP47CQAufwkA5goMAJBKAQDmSgEAJMICAMyTAQDeKQgAtKMPABJCBwASQgcAkkkAAJKhAQAkLg4Acg4AACrDAQBkCwIAtPMMACzcDQD8OgkAUjsJAKg7CQD+OwkALn8JAEZmDACcZgwA8mYMAEhnDACeZwwA9GcMAEpoDACgaAwAtPMMACzcDQD8OgkAUjsJAKg7CQD+OwkALn8JAARuCwBabgsA3ikIAFYAAACsagoAzJMBACKUAQCq4gYAAOMGAFbjBgCs4wYAAuQGAFjkBgCu5AYABOUGAFrlBgCw5QYAzJMBAGaJAABiwggAZAsCAN5gDgBkswAAVgAAAAoLAwBkCwIAbioPAOBlEAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUARPkAAAAAAAD22QQAGKsPAHb/DADSQgIAkkkAAO5YBgAkwgIAxiEKAKQ1BwBaiQMAZAsCAAzECQBixAkAuMQJAA7FCQBkxQkAusUJAGQLAgDmNQwAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAKoyBACq4gYAAOMGAFbjBgCs4wYAAuQGAFjkBgCu5AYABOUGAFrlBgCw5QYAcBMDAMYTAwDMnwcAbioPACqWAACqVwEAdCkNAOj7AwAUjwIA7lgGACKUAQB8FwIAZAsCALTzDAAs3A0ANBwBAJzZBQDMkwEAlAYJAOoGCQBABwkAlgcJAOwHCQBCCAkAmAgJAO4ICQBECQkAmgkJAPAJCQBGCgkAnAoJAPIKCQBICwkAngsJAPQLCQDSQgIAOkwCAJBMAgBeehAAcg4AAOgeAAB8wQEAkkkAAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAypAAACCRAADyVAMA9P0BAAoLAwAAAAAAOiECAJKhAQAkLg4A3mAOABqqDgAkVw0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLAN5gDgBkswAAVgAAAAoLAwAAAAAAkqEBAHIOAAAKCwMAAAAAABTvBwAqwwEAgMMBAAoLAwAAAAAAhhgAAIYYAAAqlgAAquIGAJJJAADuWAYAEkIHAITVCQBkCwIADMQJAGLECQC4xAkADsUJAGTFCQC6xQkAzqQJAJJJAADuWAYARFkGAJpZBgDeKQgApjoJAAjtCQAAAAAAkkkAAJJJAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAErxEACsagoAAmsKAFhrCgBE+QAA7FUFAIgzDQByDgAAFI8CAAZKDgAMxAkAYsQJAHDuBQDG7gUAHO8FAGQLAgC08wwANCoIAKIbEAD4GxAAOiECAGaJAADcxgEA6B4AABTvBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAAoAw0AnFICAMqQAACSoQEA3ikIAGQLAgBGZgwAnGYMAPJmDABIZwwANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAPBjCwBGZAsAnGQLANJCAgA6TAIAkEwCAF56EAByDgAA6B4AALSjDwCAlgAA1OsAAHzuAgAqlgAAgJYAANTrAACaNgoA8DYKADIZAAAAAAAAAAAAAAAAAABI/wIAnv8CAFQFAwCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYAAAAAAAAAAABI/wIAnv8CAFQFAwCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMABuYGAFzmBgCy5gYACOcGAF7nBgC05wYAWtkAAMyTAQAilAEAKpYAAICWAADU6wAAfO4CAAAAAAAAAAAAAAAAAAAAAAAAAAAAhhgAACqWAACSSQAAajkCADg8EACOPBAAvLgCAI7OAwDkzgMAOs8DAJDPAwDWChAALAsQAIILEADYCxAALgwQAIQMEADaDBAAMA0QAMoADgAgAQ4AdgEOAMwBDgAiAg4AeAIOAM4CDgAkAw4AegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgASQgcAcg4AAGQLAgAEbgsA/sgPAFTJDwCqyQ8AAAAAAAAAAAAAAAAAZh4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAAAAAAAAAAAAAAAAqlcBAHQpDQASQgcAhNUJAGQLAgAMxAkAYsQJALjECQAOxQkAZMUJAAAAAAAqlgAAgJYAADohAgDMkwEAIpQBAMZnAgBwrhAAIJEAAHwXAgByDgAAPnUAAJDJAABOJwAAOiECAGaJAACQyQAAZAsCACgDDQA6IQIAfBcCANrXCgCkNQcAJC4OAD7dCQCGGAAAKpYAAKpXAQB0KQ0AAAAAAIYYAABkCwIADMQJAGLECQA+3QkAypAAAHIOAAA+dQAAhPwHAHIOAAAqwwEAgpkBABJCBwCE1QkAKpYAAAzECQCyog8AoGoNAHJLCQDKkAAAkkkAAGaJAACcUgIAAAAAABJCBwBkCwIADMQJAGLECQBiiwIAuIsCAHIOAAA+dQAAhPwHAIYYAADcGAAACgsDAE47CgCkOwoA+jsKAFA8CgCmPAoA/DwKAFI9CgCoPQoA/j0KAFQ+CgCqPgoAKpYAAKriBgAA4wYAVuMGAKzjBgAC5AYAWOQGAK7kBgAE5QYAWuUGALDlBgC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAC6CwIAEAwCAGYMAgC8DAIAkMsBABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BABkCwIA3mAOAO5YBgBEWQYAmlkGAN4pCABkCwIA2LUPAAjtCQDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUA5tMFADzUBQCS1AUA6NQFAD7VBQBgUBAAyA4AAKJjCQD4YwkATmQJAKRkCQCSSQAA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAGZNDQA+0QMAIlAKAHhQCgDOUAoAJFEKAHpRCgDQUQoAJlIKAHATAwDGEwMAQuEKAJjhCgDu4QoAROIKAJriCgDw4goAugsCAHJLCQDISwkAHkwJANi1DwDSQgIAZAsCALTzDAAK9AwA0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAQlACAGLCCAAkLg4AgJYAANTrAAB87gIAEkIHABJCBwCSoQEAZAsCAN5gDgDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkAkkkAAGQLAgBa2QAAPt0JAMyTAQA6ogIAJC4OAFrZAAD8LAIAzJMBAGhABgDuWAYAIpQBAHwXAgBkCwIAugsCAHb/DADSQgIAZAsCACgDDQAksQ8AerEPANi1DwBoQgcAvkIHABRDBwBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMA5jUMAABuDABWbgwARmYMAJxmDADyZgwASGcMAJroDQDw6A0ARukNAJzpDQDy6Q0ASOoNAJ7qDQD06g0AqC0CAP4tAgAMxAkAYsQJAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCAN5gDgDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkAkkkAAGQLAgAoAw0ATicAAJJJAABmHgsAxNAMACQuDgCAlgAA1OsAAHzuAgCI4w8A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAoI8KAPaPCgBMkAoAopAKAPiQCgBOkQoApJEKAPqRCgBQkgoAppIKAPySCgBE+QAAWtkAAPwsAgDMkwEAaEAGANQYAgDSQgIAOkwCAHDuBQCcUgIAZh4LAPrEDgAAAAAAypAAAMyTAQDSQgIAOkwCAJ7SAQDeKQgAOiECAGSzAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMA2LUPADohAgCSSQAAZokAAMyTAQAilAEAZAsCAJ7SAQDeKQgAOiECAGSzAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMABG4LAKaaDgAAWAEAVlgBAD45DQCUOQ0A6jkNAEA6DQCWOg0AWtkAAD7dCQBkywwAhhgAAGQLAgDeYA4A9IQFAFqJAwDMkwEAIpQBAHwXAgBkCwIA3mAOABqqDgAkVw0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAcg4AAGQLAgA20QUAjNEFAORfDAA6YAwAkGAMAOZgDAA8YQwAkmEMAOhhDAA+YgwAlGIMAOpiDAAoAw0A+sQOAAAAAADKkAAAzJMBANJCAgA6TAIAOv4FAGQLAgC6CwIA0kICAFSSCQA0HAEAZAsCAN5gDgCEYhAAPkoAAMqQAAAgkQAAKsUCAIDFAgCAlgAAkqEBAFqJAwDMkwEAIpQBAHwXAgBkCwIAtPMMADQqCACiGxAA+BsQADohAgBmiQAA3MYBAOgeAACa6A0A+sQOAAAAAADKkAAAzJMBANJCAgA6TAIAKAMNAICiBgAMxAkAYsQJAHIOAADIDgAACO0JANJCAgBkswAAKpYAALoLAgDSQgIAVJIJADQcAQBkCwIA5jUMAGhABgByDgAAZAsCAOYKDACQSgEAsqIPAEhXBACc2QUAjnYCAFqJAwBkCwIAugsCABAMAgC8iQAALqoJAHhAAgDSQgIAWokDAGQLAgDYtQ8A0kICAGQLAgAU7wcAyA4AAAjtCQDSQgIAZLMAAIYYAAAqlgAAqlcBAAoLAwAWEQMA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKACgDDQD6xA4AAAAAAMqQAADMkwEA0kICALKiDwAilAEAfBcCAGQLAgAoAw0AgKIGADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADACqWAACSSQAAZokAAIT8BwDeKQgA0kICALKiDwAilAEATicAAHb/DABkCwIABG4LAFpuCwCwbgsA3kYBAE4nAAB2/wwAzP8MACIADQB4AA0AZokAAMyTAQBWLwIAZokAAIoLDgAIGgsAXhoLACKUAQAyGQAAYr4GALi+BgDgMAsANjELAIwxCwDiMQsAODILAI4yCwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAA0HAEAaLcBAOj7AwA6IQIAjuYPAD7dCQBmiQAAJMICAMyTAQAilAEANGEOALweCwASHwsAaB8LAL4fCwAUIAsAaiALAMAgCwAWIQsAbCELAMIhCwAYIgsAbiILAMQiCwAK9AwAdKIJAMqiCQAgowkAypAAAN4pCAAMxAkAYsQJAHDuBQCE/AcAZAsCAMqQAADeKQgAAAAAABJCBwBkCwIA3mAOAO5YBgBEWQYAmlkGAPBZBgBGWgYAPt0JAFYAAABWLwIAhhgAACqWAACSSQAAWtkAABJCBwDSQgIAbGUCAFYvAgB8FwIA2tcKADDYCgCG2AoA3NgKADLZCgCI2QoAOkwCAHIOAAAqwwEA6B4AAHIOAAAKCwMAfBcCANrXCgAw2AoAhtgKANzYCgAy2QoAiNkKAN7ZCgA02goAitoKAODaCgA22woAugsCAHb/DADSQgIA2LUPANJCAgBkCwIAFO8HAOgeAAA+HwAAlB8AAMyTAQBkswAAKpYAAEZmDACcZgwA8mYMAEhnDABsZQIAxMwKANwYAABa2QAAPt0JAIgzDQByDgAAFI8CAGYeCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEADr8GAGS/BgC6vwYAEMAGAGbABgC8wAYAKAMNAIT8BwDeKQgA0kICADpMAgByDgAAKsMBAGQLAgC6CwIAdv8MAMz/DAAiAA0AaEIHAL5CBwAUQwcAZAsCAN5gDgBkswAAVgAAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMAZokAAMyTAQAqlgAAgJYAANTrAAB87gIAfMEBAHD2CQDG9gkAHPcJAHL3CQDI9wkAHvgJACqWAAA0HAEAVgAAAKxqCgDSQgIAKEMCAI52AgBaiQMAZAsCALoLAgAQDAIAZgwCAITbDADa2wwA5jUMADw2DACSNgwARmYMAEJQAgCYUAIA7lACAAzECQBixAkAcg4AAMgOAACSoQEAypAAAJJJAADuWAYAEkIHAN4pCAC0ow8AhhgAAEJQAgCYUAIA7lACAEZmDACcZgwA0kICAGQLAgAU7wcA6B4AAD4fAACUHwAAhhgAAEJQAgCYUAIA7lACAOYKDACQSgEA5koBACTCAgDMkwEA3ikIALSjDwBkswAAfHkIAGQLAgC++AwAiDMNAHIOAAAUjwIAZAsCAOY1DAAAbgwAVm4MAGxlAgDEzAoA3BgAAFrZAAASQgcA/PAOAMqQAABWAAAAZAsCALoLAgAQDAIAZgwCAITbDADa2wwAvAwCAPJUAwASQgcAajkCADg8EAB8eQgAZokAACSxDwCGGAAAKpYAAKQ1BwByDgAAajkCAPxIEABSSRAA0kICADpMAgByDgAAyA4AAJKhAQAkwgIAxiEKAN4pCAA0KggAhPwHAN4pCADSQgIAOkwCAHIOAAAqwwEA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKCwMAcBMDAEJQAgCYUAIA7lACANoCCwAwAwsAhgMLANwDCwAyBAsAiAQLAN4ECwA0BQsAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAGQLAgCEBg0AyA4AAKJjCQD4YwkATmQJAKRkCQAMGgoAdlELAMxRCwAiUgsAxNAMANTrAAB87gIABG4LAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAZAsCACgDDQCAogYARmYMACqWAABa2QAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAAoLAwB8wQEAcPYJAMb2CQAc9wkAcvcJAMj3CQAe+AkAdPgJAMr4CQDY/wkAAAAAAAAAAAAAAAAA5gYKADwHCgCSBwoA6AcKAD4ICgCUCAoA6ggKAEAJCgAAAAAAAAAAAJYJCgDsCQoAQgoKAOxTBABYDwcArg8HALoLAgB2/wwAzP8MACIADQAKCwMAqjIEAAAzBAD+IBEAVCERAKohEQAAIhEAZokAADohAgCSoQEAJC4OALoLAgBySwkAyEsJAB5MCQBGZgwAnGYMAPJmDABIZwwAnmcMAPRnDABKaAwAoGgMACqWAACGGAAA3BgAACqWAACGGAAAhhgAANwYAAAqlgAAhhgAAJJJAAAKCwMAcBMDAMYTAwBC4QoAmOEKAO7hCgBE4goAmuIKAPDiCgC6CwIAcksJAMhLCQAeTAkA2LUPANJCAgBkCwIAtPMMAAr0DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBaiQMAZAsCAG4qDwAKCwMAAAAAAGQLAgA6IQIAkCECAE4nAABOJwAApCcAAICWAACyog8AIpQBAHwXAgBkCwIA3mAOAO5YBgBEWQYAmlkGAN4pCABkCwIA2LUPAAjtCQCSSQAAZAsCACgDDQBOJwAAkkkAAGYeCwDE0AwAWrwHAITHAgDaxwIACgsDACgDDQCS5A0AuMIIAA7DCAA6IQIAjNMGAOLTBgA41AYAjtQGAOTUBgCSAQcANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADACyrCgCCqwoAKAMNAH4DDQDUAw0AKgQNACzcDQBa2QAATNoEACgDDQB+Aw0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAZAsCAByrDgAAAAAAZAsCAEjFEABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA9tkEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAI7mDwDYtQ8ATicAAGQLAgDeYA4A4EkCADZKAgCMSgIAxqwPAKaaDgASDQIAaA0CAL4NAgAUDgIAcg4AAGQLAgDmCgwAPAsMAI52AgAoQwIA1s0GAJIuCACSSQAAZh4LAMTQDABkCwIAAAAAAGQLAgDeYA4AGqoOACRXDQA6IQIAjuYPAAzECQBixAkAcg4AAMgOAAAI7QkA0kICAGSzAAAqlgAAqC0CAP4tAgCAnAMAFCYOABJCBwCSoQEAZAsCAHwXAgDMkwEAJMICAMYhCgAkLg4Aei4OACSxDwB6sQ8AfBcCAMyTAQAkwgIAxiEKAFq4BQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIAxiEKADQcAQAQaAUAZmgFALxoBQASaQUA9tkEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAI7mDwDYtQ8ATicAAGQLAgDeYA4A4EkCADZKAgCMSgIANBwBABBoBQBmaAUAvGgFABJpBQBoaQUAqC0CAP4tAgCAnAMAFCYOABJCBwCSoQEAZAsCAHwXAgDMkwEAJMICAMYhCgBauAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAMYhCgA0HAEAEGgFAGZoBQC8aAUAEmkFAGhpBQCoLQIA/i0CAICcAwAUJg4AEkIHAJKhAQBkCwIAfBcCAMyTAQAkwgIAxiEKACQuDgB6Lg4AJLEPAHqxDwB8FwIAzJMBACTCAgDGIQoAWrgFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgDGIQoA3ikIAHCuEACSoQEAJC4OAIYYAADcGAAA3kYBAE4nAAB2/wwAzP8MACIADQB4AA0AgMUCAICWAADU6wAAfO4CAHATAwDGEwMAQuEKADQcAQCKHAEAaMsLAL7LCwAUzAsAaswLAEZmDABCUAIAmFACAO5QAgDeKQgANBwBAIocAQBoywsAvssLABTMCwBqzAsARmYMAEJQAgCYUAIA7lACAN4pCAA0HAEAihwBAGjLCwC+ywsAFMwLAGrMCwDmCgwAPAsMAJILDADoCwwAPgwMAJQMDADqDAwAkqEBAOihAQBetgMAtLYDAGQLAgDKkAAA0kICAJKhAQAMxAkAYsQJAHIOAADIDgAAkqEBACTCAgDGIQoA5jUMAEhXBACeVwQA9FcEAEpYBACgWAQAZAsCAARuCwBabgsAkkkAAPSEBQBaiQMAZAsCALoLAgB2/wwA0kICAGQLAgDmCgwAPAsMAJILDADoCwwAPgwMAJQMDADqDAwAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAugsCAHb/DADM/wwAIgANAHgADQDmNQwAaEAGAL5ABgDmNQwAPDYMAJI2DADoNgwAgKIGAOYKDAA8CwwAkgsMAOgLDAA+DAwAlAwMAOoMDABqOQIAntIBAHIOAADIDgAANBwBAJzZBQCcUgIAZLMAAHx5CADMkwEAIpQBAHwXAgBkCwIA5goMADwLDACSCwwA6AsMAD4MDACUDAwA6gwMALoLAgB2/wwA0kICAGQLAgAgEgEA+JYNAErxEACg8RAARmYMAJxmDADyZgwASGcMAOYKDACQSgEAOkwCAJBMAgBySwkABiEPACqWAADeKQgAZAsCAFrZAADMkwEAaEAGAOhJAABkCwIAAAAAAGQLAgDYtQ8A0kICAGQLAgDQBQ8AAAAAAGQLAgDYtQ8A0kICAGQLAgDQBQ8AJgYPAJroDQCAogYAtPMMALSjDwAKpA8AdiIJADS5DwCKuQ8AtKMPAIYYAABkswAAVgAAAKwAAACaDwwA8A8MAEYQDACcEAwA8hAMADQcAQCc2QUAJLEPAPoAAgBmiQAAYsIIALjCCAC8iQAAbGUCANr6BgCKCw4A2tcKAL74DAAU+QwAavkMAMD5DABGZgwAnGYMAPJmDABIZwwAOiECAI7mDwAqlgAAhhgAAGQLAgC6CwIAdv8MAMz/DAAiAA0AeAANAOY1DAA8NgwAYtIQALjSEAAO0xAAZNMQALrTEAAkLg4A3ikIAGo5AgBkCwIA3mAOAPSEBQBaiQMAZAsCAN5gDgAaqg4AJFcNAOY1DAA8NgwAYtIQALjSEAAO0xAAZNMQALrTEADmNQwAaEAGAAoLAwBwEwMASvEQAKDxEAD28RAA5jUMADw2DABi0hAAuNIQAA7TEABk0xAAutMQAOYKDACSoQEAJC4OAHouDgDcxgEA6B4AAAzECQDSKwwAKCwMAGQLAgBoCQAAhhgAAErxEACg8RAA9vEQAOY1DAA8NgwAYtIQALjSEAAO0xAAZNMQALrTEADKkAAAIJEAAJJJAADuWAYARFkGAJpZBgAqlgAAgJYAANTrAAB87gIAkqEBAOihAQBetgMAtLYDAGQLAgAU7wcA2jENAGSzAAB8eQgAZAsCALoLAgBySwkAyEsJAB5MCQBuKg8AxCoPAHwXAgDa1woANBwBAGQLAgDMkwEAIpQBAGQLAgAoAw0AJLEPAFqJAwBkCwIA2LUPAE4nAABkCwIA3mAOAIRiEAA+SgAAlEoAAMgOAAAI7QkA0kICAGSzAAAqlgAAkqEBAOihAQDagwsAMIQLAIaECwAwyAIAWokDAGQLAgDmNQwAPDYMAGLSEAC40hAADtMQAGTTEAC60xAAJC4OAN4pCABkCwIAfBcCANrXCgA0HAEA3mAOAIRiEAA+SgAAfBcCANrXCgA0HAEAcg4AAGQLAgAoAw0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBALTzDADSQgIAsqIPACTCAgDGIQoAHCIKAGQLAgC6CwIAdv8MAMz/DAAiAA0AeAANALoLAgB2/wwA0kICAGQLAgCe0gEA3ikIADohAgBkswAA8sAOANwYAADeRgEATicAAHb/DADM/wwAIgANAHgADQCAxQIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFq8BwC6swAAooACAPiAAgBOgQIA3ikIALSjDwBOJwAATicAAHb/DADM/wwAIgANAHgADQCAxQIAgJYAANTrAAB87gIAfgMNAJJJAADuWAYAoGoNAI7KAQC8iQAALqoJAMqQAADSQgIA3mAOABqqDgAkVw0AugsCAHJLCQCoxg4AxmcCAEbVAwCc1QMA8tUDAEjWAwCe1gMA9NYDAErXAwCg1wMAOiECAI7mDwAMxAkAYsQJAHIOAADIDgAAkqEBACTCAgDGIQoA3ikIAAoLAwCGGAAA3BgAAN5GAQCUIwIA8mQLAEhlCwCeZQsA9GULALoLAgBeehAAIJEAAJLiDACSSQAA7lgGABJCBwCE1QkAkkkAAGYeCwCGGAAAcg4AAIKZAQASQgcAhNUJAOj7AwA+/AMADMQJAGLECQAAAAAAypAAAMyTAQDSQgIAOkwCAGQLAgAEbgsAppoOAKZrDAD8awwAUmwMAKhsDAD+bAwAVG0MAKptDAC08wwA0kICALKiDwAkwgIAxiEKAGQLAgDUGAIAKhkCALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMACgsDALoLAgB2/wwA0kICAGQLAgDmCgwA3ikIAKY6CQBkCwIA5jUMAABuDABWbgwARmYMAJxmDADyZgwASGcMAJKhAQDooQEAXrYDALS2AwC0ow8ADMQJAGLECQAAAAAAypAAAMyTAQDSQgIAOkwCADr+BQBkCwIANBwBAIocAQBoywsAvssLABTMCwBqzAsA5goMAJBKAQDmSgEAJMICAMyTAQDeKQgAtKMPAHIOAABkCwIA5goMADwLDACSCwwA6AsMAD4MDACUDAwA6gwMAHwXAgDSFwIAZAsCALoLAgBySwkAyEsJAB5MCQByDgAAZAsCAOY1DAA8NgwAkjYMAHIOAABWAAAAdiIJAKriBgBOJwAAjsoBAOTKAQA6ywEAbioPAFYvAgAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgDGKQ4A8lQDACKUAQB8FwIACgsDAIYYAADcGAAA3kYBAHSUAgBkpg8AcNMNAN4pCAC0ow8ACqQPAGCkDwC2pA8ADKUPAGKlDwC4pQ8ADqYPAAoLAwByDgAAFI8CAPSEBQBKhQUAZLMAAJJJAAAKCwMA0kICADpMAgBiiwIAAOMGACTCAgDGIQoAHCIKAChDAgA6IQIAkqEBACQuDgBIkgwAnpIMAPSSDABKkwwAoJMMAGSzAABmiwEA0kICADpMAgBIkgwAnpIMAPSSDABKkwwAoJMMAPaTDABMlAwAopQMAPiUDABOlQwApJUMAPqVDAAC2gEAWNoBAOj5AgA++gIAJC4OAEiSDACekgwA9JIMAEqTDACgkwwA9pMMAEyUDACilAwA+JQMAE6VDACklQwA+pUMAFYAAACsAAAAjnYCAEKPDADoHgAAcNMNAMqQAAByDgAA6B4AAD4fAADWlgAAKpYAAICWAADU6wAAfO4CAFrZAAD8LAIAxikOAPJUAwAilAEAfBcCAAoLAwAArAAAVqwAAKysAAB0lAIAZKYPAHDTDQDeKQgAtKMPAAqkDwBgpA8AtqQPAAylDwBipQ8AuKUPAA6mDwAKCwMAcg4AABSPAgBmHgsAvB4LAJIuCACqVwEAdCkNAAoLAwB8FwIANBwBAJIuCACGGAAAkkkAAGaJAACcUgIA7lgGABJCBwCE1QkAZAsCALoLAgAQDAIAkMkAAJKhAQByDgAA6B4AAPS9DAAIGgsAOiECAIzTBgCcUgIAZokAAGLCCABkCwIABG4LAP7IDwBUyQ8AqskPAGLCCAAKCwMAbGUCAAzKDABiygwAuMoMAA7LDADMkwEAOqICAJCiAgDmogIAKpYAAGaJAACs9Q8AZAsCANi1DwAI7QkAkkkAAGQLAgDYtQ8ATicAAGQLAgA0HAEAki4IAOguCACKHAEA0kICAICWAAA0HAEAaLcBAL63AQBCUAIA7NwIAGYeCwDeKQgAZAsCADohAgBaiQMAZAsCACgDDQAksQ8A3BgAAN5GAQDoSQAAPkoAAHSWAwBkCwIA5goMAJBKAQDmSgEAbiYNAMQmDQAaJw0AfBcCANIXAgDYtQ8A/PAOAITbDADa2wwA3lwMADRdDAC6CwIAEAwCAALFDABYxQwArsUMAATGDABaxgwAsMYMAAbHDABcxwwA5goMADwLDACOdgIAQo8MAOgeAAAEbgsA/sgPAFTJDwCqyQ8AZLMAAITHAgAihxAAfBcCAD7dCQCU3QkA5jUMADw2DACSNgwAVkMMAKxDDADaYhAAOkwCAHDuBQCE/AcAZAsCAAAAAADy5wwAZAsCAD7dCQBmiQAAJLEPAN4pCACSoQEAJC4OAN4pCAAEbgsAppoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAGo5AgAKCwMAADEDAFYxAwCsMQMALnMDAIRzAwDacwMAMHQDAIZ0AwAoAw0AnFICACgDDQCcUgIAAAAAALLyDABkCwIA3ikIAB6iCQCevw0A9L8NAErADQCgwA0ACgsDADohAgBaiQMAkkkAAGYeCwAQDgMAfHkIAGaJAACOdgIAPt0JAGaJAADcxgEAZAsCALoLAgAQDAIAZgwCALwMAgD+yA8AVMkPAKrJDwCGGAAAkkkAAGaJAAD0/QEAZAsCAARuCwD+yA8AVMkPAKrJDwASQgcACO0JACCRAAAqxQIAtPMMALSjDwCSSQAAZh4LAKriBgCSSQAAZh4LAGaJAACOdgIAOkwCALTzDAC0ow8AkkkAAGYeCwCq4gYAkkkAAGYeCwByDgAAgpkBANiZAQAumgEAhJoBALLHDAAIyAwAZAsCADohAgBaiQMAZAsCABTvBwCCmQEA2JkBAC6aAQCEmgEAVgAAAJBKAQDmSgEANBwBAGi3AQDo+wMA6B4AAD4fAAA6TAIAntIBAFgNBgCq4gYAkkkAAO5YBgASQgcANBwBAJzZBQDMkwEAIpQBAChDAgC8iQAAKpYAADohAgBmiQAAvIkAAGxlAgBkCwIANBwBAIocAQByDgAAFI8CAGQLAgAMxAkAYsQJAGKLAgDeXg0AhhgAAJJJAABkCwIANtEFAITHAgDaxwIAMMgCAIbIAgCSoQEAZokAANzGAQAUjwIA9tkEAOYKDACQSgEA5koBAG4mDQDEJg0AGicNAHAnDQBkCwIANtEFAIzRBQBkew8AunsPABB8DwBmfA8AvHwPABJ9DwBkCwIAWtkAAMyTAQBoQAYA6EkAAGQLAgAEbgsAppoOAPyaDgBSmw4AvkAGADbRBQCM0QUAvIsBAFq8BwAqlgAAcg4AACrDAQBqOQIAgDUQANY1EAB0KQ0AyikNAMyTAQBoQAYAZh4LAN4pCABkCwIAWtkAAMyTAQBoQAYA6EkAAGQLAgA20QUAjNEFALyLAQASjAEAypAAADohAgCSSQAAZh4LAEg+DQCePg0ApEMOAE4nAACOygEA5MoBADrLAQAoLg0Afi4NANQuDQAqLw0AgC8NABJCBwASQgcA/PAOAN5gDgDuWAYARFkGAJpZBgDeKQgAZAsCANi1DwAI7QkAkkkAAGQLAgDmNQwAPDYMANi1DwBOJwAAKpYAAN4pCAC0ow8A3ikIAGQLAgDeYA4A7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYAfFIKAJI4DQDoOA0Acg4AABSPAgDeYA4A7lgGAERZBgCaWQYA3ikIAGQLAgDYtQ8ACO0JAJJJAABkCwIA5jUMADw2DAAWEQMAqOkKAIphDgD0Pg0ASj8NAKA/DQD2Pw0ATEANAKJADQD4QA0ATkENAKRBDQD6QQ0AvE0NABJODQBoTg0Avk4NABYRAwDuWAYARFkGAJpZBgDwWQYARloGAJxaBgB8UgoAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBACgDDQBOJwAAkkkAAGYeCwDE0AwA3mAOABqqDgAkVw0AOiECAI7mDwAoAw0AJLEPAHqxDwDmNQwAPDYMAGLSEAC40hAADtMQACSxDwBkswAAKpYAANi1DwBOJwAAZAsCAARuCwD+yA8AVMkPAKrJDwBkCwIARmYMAJxmDADyZgwASGcMAOojAgCmmg4A/JoOAOj7AwAEbgsAppoOAPyaDgDo+wMARmYMAJxmDAAyGQAABG4LAP7IDwBUyQ8AqskPAP7IDwBUyQ8AqskPACqWAADMkwEAJMICAMYhCgBkCwIAypAAACCRAADG5gEAHOcBAHLnAQDI5wEAHugBAHToAQDK6AEAIOkBANxdDQAyXg0AiF4NAGQLAgDKkAAAIJEAAFrZAAD8LAIAUi0CAGYeCwDeKQgAZAsCAARuCwCmmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEATicAAKQnAACAlgAA1OsAAHzuAgB8FwIA0hcCAN4pCABkCwIARmYMAJxmDADyZgwASGcMAOojAgCmmg4AEg0CAGgNAgC+DQIAFA4CAGQLAgAU7wcA2jENAGSzAABkswAAKpYAAHIOAABa2QAA/CwCACBZDwB2WQ8ARmYMAJxmDADyZgwASGcMAOojAgCmmg4AEg0CAGgNAgC+DQIAFA4CAGoOAgCmmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA8lQDAAAAAACGGAAA8lQDAEhVAwDeYA4AGqoOACRXDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQC08wwACvQMAHSiCQDYtQ8AaEIHAL5CBwDmCgwAzJMBACKUAQAU7wcAsHYPAAZ3DwCOdgIADMQJAGLECQBw7gUAxu4FANoxDQBkswAAZLMAACqWAAAqlgAAOiECAI7mDwAoAw0AOiECAJKhAQBw7gUAhPwHAGQLAgDmCgwAkEoBAOZKAQAGyw4AXMsOALLLDgAIzA4AXswOANi1DwBOJwAAZAsCAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIARmYMAPoAAgAAWgIA7lgGACqWAAByDgAAZAsCANi1DwBOJwAAZAsCAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIARmYMAPoAAgAAWgIAhhgAANwYAADMnwcAKpYAAJJJAADgSQIANkoCAIxKAgAgEgEAfHEEANi1DwA6IQIAntIBAFgNBgCq4gYAkkkAAGQLAgC++AwAFPkMAGr5DADA+QwARmYMAJxmDAAyGQAAKAMNAJxSAgDyUgIASFMCAJ5TAgD0UwIASlQCAKBUAgA0HAEAki4IAJJJAADoSQAAiDMNAN4pCABkCwIAJC4OAN4pCABkCwIAyHoLABJCBwBoQgcAkkkAAO5YBgASQgcAhNUJAAoLAwDKkAAAIJEAAFrZAACw2QAAKEMCAKz1DwBE+QAA8PsBAMh6CwAeewsA2LUPAITVCQBkCwIAKAMNAICiBgDIegsAhhgAANwYAADMnwcAKpYAAMh6CwAeewsAJMICAHrCAgDQwgIAJsMCAOY1DAA8NgwAeJQBABJCBwD88A4AwmUCAFrZAADMkwEAaEAGAOhJAAD0hAUA0isMAJJJAADoSQAAWokDAKgtAgD+LQIAVC4CAKouAgAALwIAugsCABAMAgBiwggAcg4AAEZmDADyVAMAKAMNAB6uDwB0rg8Ayq4PACCvDwB2rw8AIpQBAHwXAgAEbgsA/sgPAFTJDwBWLwIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAKBqDQBOJwAApCcAAICWAAA6TAIAhhgAAGSzAAAqlgAAbioPAOBlEAAoAw0A+sQOAC6qCQDKkAAAZokAAGLCCACoLQIA/i0CAJBoEADmaBAASnAQAKBwEAD2cBAATHEQAKJxEAD4cRAATnIQAPbZBADmNQwAAG4MAFZuDABGZgwAnGYMAPJmDABIZwwAyHoLAJJJAAD0hAUA0isMACqWAADIegsATicAAI7KAQBiwggAcg4AAOgeAADIegsAak8NAPSEBQDSKwwAkkkAAOhJAABaiQMAnmcMABAMAgBiwggAcg4AANTvAgAKCwMACgsDAMj9DAAe/gwAdP4MAMr+DAAg/wwABvIMAFzyDADYtQ8A0kICAGQLAgBGZgwAKpYAAGaJAACOdgIABG4LAFpuCwDeKQgAZAsCANi1DwBOJwAAZAsCAOY1DAA8NgwASvEQAOqgAACmOgkAKpYAAHIOAABkCwIARmYMAJxmDADyZgwASGcMAOojAgCmmg4A/JoOAOj7AwC08wwALNwNAILcDQDY3A0ALt0NAITdDQDa3Q0AMN4NAIbeDQDc3g0AMt8NAIjfDQDe3w0AYsIIANJCAgA6TAIAcO4FAIT8BwBaiQMAZAsCAARuCwCmmg4A/JoOAOj7AwAUjwIAKAMNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDAOQIA0isMACgsDAB+LAwA1CwMACotDACALQwA1i0MAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWEQMA7lgGAERZBgCaWQYA3ikIAGQLAgDYtQ8ACO0JAJJJAABkCwIAWtkAAPwsAgDMkwEAaEAGAO5YBgAilAEAfBcCAGQLAgC6CwIAdv8MANJCAgBkCwIA2LUPAGhCBwC+QgcApI0IAPqNCABQjggApo4IAPyOCACAlgAA1OsAAHzuAgAqBg4AgAYOANYGDgAsBw4AggcOANgHDgAuCA4AhAgOANoIDgAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgA0Cw4AEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAB8FwIAfBcCANJCAgA6TAIAfBcCAAgaCwCcUgIAZh4LACqWAACAlgAA1OsAAHzuAgCGGAAA8lQDACKUAQB8FwIAZAsCABTvBwDoHgAApDUHACQuDgCq4gYAkkkAAGYeCwDeKQgAZAsCAN5gDgA0YQ4AimEOAApODwAU7wcAsHYPAAZ3DwCOdgIAkkkAAFYAAADA9QoAFvYKAJJJAAAAAAAATicAAI7KAQDkygEAnv8CAAzECQBixAkAcO4FANzGAQDIDgAAhNUJAAoLAwCMIQMA4iEDADgiAwCOIgMA5CIDADojAwCQIwMA5iMDADwkAwAI7QkAkkkAAFYAAADqoAAAkkkAAGQLAgC6CwIA0kICAFSSCQA0HAEAZAsCABTvBwDCqA4AGKkOAMyTAQA20QUAurMAACQuDgB6Lg4AEkIHANJCAgBsZQIANGEOAIphDgBwfw4Axn8OANiKDwAuiw8AhIsPANqLDwCOdgIAKpYAAN4pCABkCwIA3mAOADRhDgCKYQ4AcH8OAMZ/DgDYig8ALosPAISLDwDaiw8AKpYAAGaJAADCZQIA3ikIAGQLAgDeYA4ANGEOAIphDgBwfw4Axn8OANiKDwAuiw8AhIsPANqLDwC6CwIAEAwCAGYMAgC8DAIAjI0OAOKNDgA4jg4AwicOABgoDgBuKA4AxCgOABopDgBwKQ4AkqEBACQuDgB6Lg4AZAsCAN5gDgA0YQ4AimEOAHB/DgDGfw4A2IoPAC6LDwCEiw8A2osPAOihAQBa2QAAZAsCAN5gDgA0YQ4AimEOAHB/DgDGfw4A2IoPAC6LDwCEiw8A2osPAMJlAgDeKQgAZAsCAN5gDgA0YQ4AimEOAHB/DgDGfw4A2IoPAC6LDwCEiw8A2osPAHIOAABkCwIAugsCABAMAgBmDAIAvAwCAAzECQBixAkAcg4AACguDQCSoQEAkkkAAGQLAgAU7wcA2jENANiKDwAuiw8AhIsPANqLDwAAAAAABkoOAGQLAgC6CwIAEAwCAGYMAgCevQwABG4LAP7IDwBUyQ8AqskPAITVCQAqlgAAFO8HAOgeAAB4WA4AzlgOACRZDgBkCwIA2LUPAN5gDgA0YQ4ALF0OAIJdDgDYXQ4ALl4OAIReDgDaXg4AZAsCANi1DwCSoQEAkqEBACQuDgCq4gYAkkkAAO5YBgAilAEAAgEAAOKPDwByDgAAZAsCAOgRDwBcSg4AkkkAAMqQAABWAAAAZLMAALqzAACigAIA+IACAE6BAgA0HAEAihwBAGjLCwC+ywsAFMwLAGrMCwBmiQAAjnYCAN4pCACmOgkAWtkAAIYYAABkswAAurMAAKKAAgD4gAIAToECAJJJAABmHgsASD4NAFhxDQCucQ0ABHINAFpyDQCwcg0ABnMNAOgeAAByDgAAAAAAAAAAAADkjg4AOo8OAJCPDgDmjw4ARPkAAIQGDQD22QQAGKsPAG6rDwDEqw8AvAwCAAAAAAA20QUAjNEFAOLRBQBIaw4AnmsOAPRrDgByDgAAyA4AAJKhAQAkLg4AajkCAJKhAQDooQEAxi0QACKUAQBOJwAAWtkAAPwsAgDGKQ4AgDUQAICWAADU6wAAfO4CAN4pCAC0ow8AOiECAJAhAgB0PgIA9IQFAEYSDQCcEg0AJMICAHrCAgDQwgIAqFwEAN4pCAA0KggAohsQAO5YBgASQgcAhNUJAGQLAgBa2QAA/CwCAMYpDgDyVAMAIpQBAHwXAgC08wwAtKMPAAqkDwBgpA8AtqQPAAylDwBipQ8AuKUPAO5YBgASQgcAhNUJAGQLAgBa2QAA/CwCAMYpDgDyVAMAIpQBAHwXAgAU7wcA2jENAMyTAQBoQAYAZh4LAEg+DQAKCwMA3mAOADRhDgCKYQ4AcH8OAMZ/DgAcgA4AcoAOAMiADgC6CwIAEAwCAGYMAgC8DAIAjI0OAP7dBABU3gQAPOALANIrDABMCwgApjoJAAjtCQCSSQAAZAsCAAAAAAC0ow8AgJYAANTrAAAq7AAAAAAAAAAAAAAU7wcA2jENAMyTAQBoQAYAZh4LAEg+DQCo3QQAFicOAGwnDgAKTg8AugsCAHJLCQDISwkAHkwJAAAAAAA8kA4AfMEBAE4nAACOygEA5MoBAEj/AgAKCwMABG4LAKaaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAluQMAOzkDAAMxAkAYsQJAJ7SAQBYDQYAquIGAJJJAADuWAYAEkIHAITVCQBkCwIA5jUMADw2DACqVwEAdCkNAMopDQAgKg0AdioNAMwqDQAiKw0AeCsNAM4rDQAkLA0AeiwNACgDDQCAogYARmYMAJxmDADMnwcAbioPACBqAgB2agIAzGoCACJrAgBkCwIABG4LAKaaDgD8mg4AUpsOAL5ABgA20QUAjNEFALyLAQASjAEA0t0PADQcAQCc2QUAzJMBACKUAQDyVAMAIpQBAHwXAgBkCwIA5jUMADw2DADwvw4ARsAOAI6QDwDkkA8AeEACAJzADgD22QQAAAAAAGQLAgDKkAAAIJEAAPToDABK6QwAoOkMAPbpDABM6gwAouoMAPjqDABO6wwA/sgPAFTJDwCqyQ8AOiECAI7mDwCSSQAAWtkAACqWAAAqlgAAhhgAAGQLAgDeYA4ANGEOAIphDgBWAAAArAAAAAIBAAD22QQA8L8OAEbADgD22QQAkkkAAHhAAgCcwA4A9tkEAAAAAABkCwIA3mAOAIRiEADMkwEA6PsDAD78AwCU/AMANGEOAIphDgD0Pg0ASj8NAKA/DQD2Pw0ATEANAKJADQD4QA0ATkENAKRBDQD6QQ0AvE0NABJODQBoTg0Avk4NABRPDQBsZQIADMoMAN4pCACGGAAAQlACAKz1DwCSJgQAQiUCAJglAgBE+QAA8PsBAPQHBwCExwIA2scCADDIAgC8iQAA0kICAFSSCQByDgAAKsMBACKUAQDyVAMA6PsDAEIlAgBkywwA3ikIAGQLAgDmNQwAPDYMAJJJAABmHgsASD4NAJ4+DQBoQgcAvkIHAKSNCACSSQAA4EkCANi1DwCE1QkAZAsCABTvBwDoHgAAeFgOAM5YDgAkWQ4AVi8CAGaJAABiwggAuMIIAA7DCAA20QUAhMcCANrHAgAwyAIAOiECAGaJAAC8iQAAkqEBAGaJAABsZQIA+mwNAFBtDQCmbQ0A/G0NAFJuDQCobg0ADMQJANIrDAAibQMAeG0DAMTQDADU6wAA0isMAFYAAACSSQAAZh4LAAAAAAAAAAAAAAAAADohAgCO5g8ATicAAHb/DADSQgIAOkwCACgDDQCS5A0AuMIIAGgJAAC+CQAAvvgMAIgzDQDeMw0AZokAAE4nAACSSQAAZh4LAMTQDABkCwIAKAMNAJLkDQC4wggAaAkAAL4JAAC++AwAiDMNAN4zDQAEbgsAZokAALyJAAB8eQgAaAkAAL4JAAC++AwAiDMNAN4zDQAEbgsAZokAALyJAAB8eQgAaAkAAL4JAAC++AwAiDMNAN4zDQCoXAQAIpQBAIKZAQAilAEAdiIJADS5DwCKuQ8A4LkPADa6DwAAAAAAugsCABAMAgBmDAIAROoOAJrqDgBkCwIA3mAOADRhDgCKYQ4ACk4PAGxlAgAAAAAAZAsCAN5gDgA0YQ4AimEOAApODwAU7wcA2jENAMyTAQBoQAYAZh4LAEg+DQDmCgwAPAsMAHRWDgC6CwIAEAwCAGYMAgA20QUAhMcCAMjpAgBkswAAKpYAAKQ1BwCSoQEAJC4OAN4pCADCqA4AGKkOAG6pDgDEqQ4AGqoOAHCqDgC08wwAcK4QAMauEAAoQwIAnFICAO5YBgASQgcAhNUJAFYvAgA0HAEAcg4AAN5gDgA0YQ4AimEOAApODwDmCgwAPAsMAHRWDgC6CwIAEAwCAGYMAgAU7wcA2jENAMyTAQBoQAYAZh4LAEg+DQBqOQIAajkCAHoFDwBkCwIAugsCABAMAgBmDAIAvAwCAP7IDwBUyQ8AqskPALoLAgDSQgIAVJIJADQcAQDYtQ8A/PAOAOY1DAB8FwIAhhgAANwYAADSQgIAOkwCADr+BQBkCwIAypAAACCRAACS4gwA6OIMAD7jDACU4wwA6uMMAEDkDADskg4AKggPAIAIDwDWCA8ABkoOAMDjAQB4WA4AzlgOACRZDgBkCwIAvvgMAIgzDQDeMw0ALF0OAIJdDgDYXQ4ALl4OAIReDgDaXg4AZAsCAL74DACIMw0A3jMNAGaJAAC8iQAAfHkIAGQLAgAU7wcA6B4AAHhYDgDOWA4AJFkOAGQLAgC++AwAiDMNAN4zDQDeYA4ANGEOACxdDgCCXQ4A2F0OAC5eDgCEXg4A2l4OAGQLAgC++AwAiDMNAN4zDQAAAAAA9P0BAJJJAADKkAAA0kICADpMAgBuKg8AVgAAAKwAAAAAMQMAVjEDAKwxAwACMgMABG4LAKaaDgASDQIAaA0CAL4NAgAUDgIAag4CACYXAgAMxAkA0isMADbRBQCM0QUA4tEFAEZmDABCUAIAmFACAAAAAABuKg8AxCoPABCnDwBmpw8AvKcPABKoDwCevQwA5goMADwLDAB0Vg4ACgsDABSpDwBqqQ8AwKkPAAoLAwBkCwIAypAAACCRAADyVAMAaEAGAL5ABgCe0gEAJDAPAFYAAADMkwEAaEAGAGYeCwDE0AwAJMICAMyTAQAilAEAIm0DAGaJAACKCw4A2tcKAOYKDACSoQEAZokAAJxSAgBOJwAAdv8MANJCAgA0HAEAZAsCABTvBwDaMQ0AzJMBAGhABgBmHgsA0isMACgsDABkCwIAugsCAHJLCQCoxg4A/sYOAFTHDgCqxw4AAMgOAFbIDgCsyA4AKAMNAE4nAACSSQAAZh4LAMTQDACGDRAA3A0QADIOEACIDhAA3g4QADQPEABCjwwAZAsCALoLAgB2/wwAzP8MACIADQAU7wcAwqgOABipDgBuqQ4AxKkOALB2DwAGdw8AjnYCAJJJAABmHgsAKAMNADohAgAUJg4AaiYOAJJJAABmHgsA2jENAGSzAABkswAAKpYAAHIOAAAqwwEATicAAF56EAAQDAIAZgwCALwMAgCkQw4A+kMOAFBEDgB2/wwAzP8MACIADQAU7wcAwqgOABipDgBuqQ4AxKkOALB2DwAGdw8AjnYCAJJJAABmHgsAKAMNADohAgAUJg4AaiYOAJJJAABmHgsA2jENAGSzAABkswAAKpYAAHIOAAAqwwEATicAAF56EACmRA4A/EQOAFJFDgDcxgEAZAsCAAAAAABkCwIAugsCABAMAgBmDAIAhNsMANrbDAAAAAAADMQJANIrDAAoLAwACgsDAARuCwCkNQcA+jUHAKz1DwCSJgQA6B4AAN4pCAAKCwMAzJMBACKUAQBOJwAAdv8MAHzuAgBI/wIAnv8CAN5gDgA0YQ4AimEOAApODwBgTg8AfFwPANJcDwAoXQ8ADkYKAGRGCgC6RgoAhNsMANrbDAAEbgsA/sgPAFTJDwCqyQ8AEEcKAIyNDgD+3QQAVN4EAHhSCwCmmg4A/iARAFQhEQCqIREAACIRAOYKDACSoQEAJC4OAHouDgDcxgEA6B4AAAzECQBixAkAuMQJAOZMAgBuKg8AwOMBABbkAQB8wQEAPt0JAGTLDACkNQcA/CwCAMYpDgDyVAMAIpQBAHwXAgBI/wIAnv8CAN5gDgA0YQ4AimEOAApODwBgTg8AfFwPANJcDwAoXQ8AFI8CAGqPAgAksQ8A3ikIADQqCACOdgIA3ikIAFYvAgASQgcACO0JACqWAACAlgAA1OsAAHzuAgAC2gEAWNoBAJKhAQAkLg4AkkkAAGYeCwDeYA4AZokAANzGAQDwvw4AzJMBADqiAgDeKQgAZAsCALoLAgAQDAIAZgwCALwMAgAU7wcA2jENAGSzAABkswAAKpYAAHIOAAAqwwEATicAAF56EACAhw4A1ocOACyIDgCCiA4A2IgOAG4qDwDEKg8AGisPALB2DwB2hA8AzIQPACKFDwB4hQ8AhIkOANqJDgAwig4AZAsCAGQLAgAKCwMANBwBADQcAQCc2QUAjnYCAFqJAwBkCwIA9P0BAEr+AQCg/gEA9v4BAEz/AQCi/wEAhhgAACqWAACSSQAAiMcBAN4pCABWAAAAdiIJAN4pCACSSQAAZokAAGLCCABkCwIA3mAOADRhDgCKYQ4ACk4PABAMAgBmDAIAvAwCABTvBwDaMQ0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAXnoQAFrZAAD8LAIAIFkPACqWAACAlgAAOkwCAN5gDgA0YQ4AimEOAGSzAABmiwEAAtoBAFjaAQCSoQEAJC4OAJJJAADeYA4ANGEOAIphDgAoAw0AHq4PAHSuDwDKrg8AIK8PAHavDwDMrw8AIrAPAHiwDwAKCwMAAAAAAAAAAADMkwEA6PsDAPC/DgAqlgAAVgAAAJBKAQA6TAIAYosCAITHAgCcUgIAZh4LAGSzAAAAAAAA4GUQALoLAgAQDAIAZgwCALwMAgCQywEAlmsQAMKoDgAYqQ4AbqkOAMSpDgAKCwMAugsCABAMAgBmDAIAhNsMANrbDAAEbgsA/sgPAFTJDwCqyQ8A3MYBADLHAQCIxwEA3scBADTIAQCKyAEA4MgBAHIOAACoLQIAhhgAAGQLAgAEbgsA/sgPAFTJDwCqyQ8A2LUPAFq8BwCwvAcABr0HAFy9BwCyvQcACL4HAF6+BwASQgcAkkkAAOhJAAA+SgAAdJYDAGQLAgAEbgsA/sgPAFTJDwCqyQ8AhhgAAN4pCAAeogkAIpQBAHwXAgAKCwMABG4LAKaaDgCSvQ8A6L0PAD6+DwCUvg8Acg4AAGaJAADWzQYAVgAAAJKhAQA6IQIAFCYOAGomDgDAJg4AnD8OAJKhAQAkLg4Aei4OANAuDgBkCwIA2LUPAE4nAABkCwIA3mAOADRhDgCKYQ4A3ikIAB6iCQCevw0A9L8NAAZKDgBcSg4AkqEBACQuDgB6Lg4ApjoJALhNDgAOTg4ABkoOAFxKDgCAlgAA1OsAAHzuAgDmZA4AkkkAAGYeCwBIPg0Anj4NALTzDAAK9AwAbtQOAMTUDgAa1Q4AcNUOAMbVDgAc1g4AnmcMAHJLCQCoxg4A/sYOAFTHDgCqxw4AZAsCADohAgCO5g8ATicAAHb/DADSQgIAOkwCAOY1DABoQAYAcg4AAGQLAgDmCgwAPAsMAI52AgA6TAIAhhgAAJJJAABkCwIAKAMNACSxDwDeKQgAZAsCAFrZAAD8LAIAIFkPAHZZDwA20QUAhMcCAMjpAgBkswAAKpYAAKQ1BwCSoQEAJC4OAN4pCACSSQAA4EkCADZKAgCMSgIAcNMNAHDTDQAgEgEAKpYAAICWAADU6wAAVi8CAKwvAgACMAIAWDACAK4wAgBWLwIATicAAI7KAQDkygEA3lwMADRdDAAAAAAAFhEDAKjpCgCKYQ4APGUOABAMAgBmDAIAvAwCAKgtAgCoLQIAKpYAAGaJAAAksQ8AZLMAANJCAgA6TAIAcO4FAJxSAgDuWAYAEkIHAITVCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAD51AACcUgIA7lgGAOj7AwBOJwAAcksJACqWAADeKQgA3ikIALSjDwAKpA8AdiIJADS5DwCKuQ8AtKMPAIYYAABkswAAWokDACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAVgAAAFYAAACSoQEAqFwEAGSzAACExwIAnFICAO5YBgASQgcAhNUJAGSzAABmiwEAvLgCAIYNEABmHgsAqlcBAKZrDAD8awwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAIYYAADcGAAAzJ8HAJJJAAD0hAUARhINADR0AgByDgAAgpkBACqWAACGGAAAkkkAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAGZQYAXGUGALJlBgAIZgYAXmYGALRmBgAKZwYAYGcGACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAZh4LAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCSSQAAZokAAMyTAQAilAEAKpYAAICWAACSoQEAZokAAJDJAAAgkQAAkuIMAHx5CADSeQgAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKhcBAAilAEA8lQDAGhABgDuWAYAZokAAGLCCACoXAQAIGoCAGaJAACcUgIA7lgGABJCBwCE1QkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCcUgIAZokAAGaJAAC8iQAAEooAAGiKAAC+igAAFIsAANJCAgA6TAIAcg4AAMgOAAAI7QkA0kICAGSzAAAqlgAATicAAI7KAQDkygEA3lwMADRdDAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHwXAgDa1woAMNgKAJ7SAQDeKQgAOiECAGSzAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGAGBnBgDMkwEAOqICAJCiAgDmogIAPKMCAJKjAgDoowIAcg4AABSPAgBqjwIAnFICAGYeCwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa8QwAsPEMACqWAACqVwEA/iARAFQhEQCqIREAACIRAFYiEQCsIhEAAiMRACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrxDACw8QwAZLMAAGaLAQAC2gEAWNoBAJKhAQAkLg4AkkkAAO5YBgASQgcAhNUJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrxDACw8QwA7lgGAERZBgCaWQYA8FkGAEZaBgCcWgYA8loGAGJLDQC4Sw0ADkwNAGRMDQC6TA0AEE0NAGZNDQAEWgEAWvEMALDxDADKkAAAIJEAAJLiDAB8eQgA0nkIACh6CAB+eggA1HoIACp7CAAeogkAEkIHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrxDACw8QwAcg4AAKgGBAD+BgQAJC4OAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWvEMALDxDACSJgQA6CYEAD4nBACUJwQA6icEAEAoBACWKAQA7CgEAEIpBACYKQQA7ikEAARaAQBa8QwAsPEMAE4nAACSoQEAWokDAFrZAAD8LAIAWokDAHIOAACoBgQA/gYEACQuDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrxDACw8QwATC4EAKIuBAD4LgQATi8EAGQLAgAKCwMA6EkAANxjEAAyZBAAiGQQANJCAgBUkgkAWtkAAPwsAgA6IQIAkqEBAGQLAgAEbgsAppoOABINAgBoDQIAvg0CABQOAgBqDgIAAAAAAGQLAgAMxAkAYsQJAGKLAgDeXg0ANF8NAIpfDQDgXw0AFO8HAPLADgBIwQ4AnsEOAPTBDgBKwg4AoMIOABTvBwDywA4ASMEOAJ7BDgD0wQ4ASsIOAKDCDgAEbgsAppoOABINAgBoDQIAvg0CABQOAgBqDgIAbioPAOBlEAAoAw0A+sQOAC6qCQDKkAAAZokAACgDDQD6xA4ALqoJAMqQAABmiQAAYsIIAGQLAgBuKg8A4GUQADZmEACMZhAA4mYQADhnEACOZxAA5GcQADpoEADKkAAAkqEBAJKhAQBkCwIAtPMMAAr0DABg9AwAtvQMALKiDwAilAEAfBcCAGQLAgDmNQwAaEAGAGYeCwC8HgsAcg4AAE4nAACSSQAAZAsCADbRBQCM0QUA4tEFAPBADwBGQQ8AnEEPAPJBDwB8FwIAPt0JAJTdCQBkCwIANtEFAIzRBQDi0QUA8EAPAEZBDwCcQQ8A8kEPAJDJAAByDgAA6B4AAN4pCABkCwIAOiECAFqJAwAKCwMAwOMBADZmEABabgsA3ikIAGQLAgDYtQ8ATicAAGQLAgDmNQwAPDYMAIYYAAAqlgAAgJYAAGQLAgAEbgsAppoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAU7wcAsHYPAAZ3DwDAjwIAFpACAGQLAgDeYA4A9IQFAEYSDQCcEg0A8hINAG4qDwDEKg8AbioPAMQqDwAaKw8AcCsPADbRBQCExwIAIocQAHiHEADOhxAAJIgQAHqIEADQiBAAJokQAHyJEABuKg8AxCoPACgDDQA6IQIAFCYOACTCAgDGIQoABG4LAKaaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAWtkAAPwsAgAgWQ8AdlkPAN5gDgCEYhAAPkoAADqkAwAK9AwA0kICADpMAgBiiwIAkkkAAGQLAgA20QUAhMcCACKHEAB4hxAAzocQANi1DwBOJwAAZAsCAN5gDgCEYhAAPkoAALoLAgB2/wwAkqEBAJKhAQDooQEAWtkAAMyTAQAilAEAfBcCAGQLAgAEbgsAppoOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMqQAADSQgIAsqIPACKUAQB8FwIAZAsCAL74DAAU+QwAJLEPAN4pCACSoQEAqFwEACKUAQB8FwIAZAsCANi1DwBOJwAAZAsCAN5gDgCEYhAAPkoAAEqbEACgmxAA9psQAEycEACinBAA+JwQAE6dEACknRAA+p0QAFCeEACmnhAA/J4QAFKfEACoLQIA/i0CAKqeDwAksQ8A3BgAAN5GAQDoSQAAPkoAAHSWAwBkCwIABG4LAKaaDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEA2LUPAFq8BwCwvAcABr0HAFy9BwCyvQcACL4HAF6+BwAwMg0AhjINANwyDQAyMw0ACgsDAAAAAAAAAAAAAAAAAGQLAgBGZgwASvEQAKDxEAD28RAA5jUMADw2DABi0hAAuNIQAA7TEABk0xAAutMQACgDDQCE/AcA3ikIAFqJAwBmiQAAjnYCAIYYAABkCwIAKAMNAIT8BwDeKQgA5goMAIYYAABK8RAAoPEQAPbxEADmNQwAPDYMAGLSEAC40hAADtMQAGTTEAC60xAAKAMNAIT8BwDeKQgAcg4AABSPAgBqjwIAYsIIALjCCAB8FwIA2tcKADQcAQBkCwIA5jUMADw2DABi0hAAuNIQAA7TEABk0xAAutMQADohAgCQIQIAnNsGACrFAgCSoQEAJC4OAOY1DAA8NgwAYtIQALjSEAAO0xAAZNMQANIXAgBkCwIAfBcCANrXCgAw2AoARmYMAErxEACg8RAA9vEQAOY1DAA8NgwAYtIQALjSEAAO0xAAZNMQALrTEABWAAAAkEoBAOZKAQAkwgIAzJMBAN4pCAC0ow8AgJYAAEKPDAAUjwIA9IQFAEYSDQCcUgIAZh4LAHwXAgBaiQMACgsDAEwuBACiLgQA+C4EAE4vBABa2QAAzJMBAGhABgDoSQAAZAsCAARuCwCmmg4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgDeYA4AGqoOACRXDQAMxAkAYsQJAICWAADSKwwAKCwMAGQLAgDmCgwAPAsMAHRWDgBWAAAANBwBAGQLAgAEbgsA/sgPAFTJDwAAAAAAqskPAGR7DwCoMwUAnNkFACSxDwDeKQgAZAsCALoLAgAQDAIAZgwCALwMAgBa2QAAzJMBAGhABgDoSQAAZAsCAARuCwCmmg4A/JoOAFKbDgC+QAYANtEFAIzRBQC8iwEA8ucMAEjoDABI6AwAHKsOAHzBAQBw9gkAxvYJABz3CQDcYQ8AMmIPAFYAAACQSgEA5koBAG4mDQDEJg0AGicNAHAnDQBkCwIANtEFAIzRBQBkew8AunsPABB8DwBmfA8AvHwPABJ9DwCoXAQAoGoNAPZqDQCq4gYAWokDAGSzAAC6swAAmpAMAPCQDABGkQwA3lwMADRdDAAqlgAAgJYAANTrAAB87gIAfBcCANIXAgBmiQAAhGIQAD5KAAB0lgMAypYDACgDDQB+Aw0A1AMNAN5gDgA0YQ4AimEOADxlDgAQDAIAZgwCAITbDADa2wwAGqoOACRXDQAU7wcA6B4AACqWAADeYA4AhGIQAD5KAAC6CwIAXnoQALR6EAAKexAAYHsQABTvBwCwdg8ABncPAMCPAgAWkAIAZAsCAN5gDgD0hAUARhINAJwSDQAMxAkAYsQJAG4qDwDSQgIA0isMACgsDABkCwIANBwBAJzZBQAkwgIAxiEKAHb/DADSQgIAZAsCADQcAQCKHAEA0kICADpMAgDmNQwAPDYMAE4nAAB2/wwA0kICADQcAQCc2QUAnFICAO5YBgASQgcAKpYAAKriBgCotgYAkkkAAO5YBgASQgcAhNUJAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAHb/DADSQgIAZAsCAN5gDgBmiQAA3MYBAIRiEAA+SgAAdJYDAMqWAwBImA8ASpkPAKCZDwD2mQ8AugsCABAMAgBmDAIAROoOAJrqDgBkCwIA3mAOADRhDgCKYQ4A5F8MADpgDACQYAwA5mAMADxhDACSYQwA6GEMAD5iDAAy9gMAiPYDAGR7DwC6ew8A6PkCAD76AgAkLg4AMscBAA5UEQBkVBEAir8SAEDmDQBaiQMAgMMBALyAEQBk1xIA3ikIANI+AAC6VBEAEFURALyAEQCANxEAQkwAAKhPEwBk1xIA3ikIAGTXEgBk1xIA3ikIALyAEQCGvRIAZNcSAKhPEwB8FwIAPh8AACASAQCoTxMAIBIBAFx7EQBcexEA3ikIALSjDwBAIAAAIBIBADzKAAA6/gUAIDIRACAyEQBk1xIAOv4FAGTXEgB4WA4ABE8RAFpPEQAk4BEADlQRAGRUEQAULhIAqE8TAGgJAAC8gBEABE8RAFpPEQAgEgEApkoRAJSZEgDqmRIA7pkRAHwXAgBcexEADn8RAGR/EQAOVBEAZFQRALwsEgA0HAEA4GUQAFx7EQBgUhEAXHsRAITVCQBsBhMAJOARALyAEQBUThIAZNcSAGgJAABoCQAALmQRAIRkEQDaZBEAqE8TAHIOAABsWBEAwlgRAGxYEQDCWBEAtKcRAKhPEwAkVw0ASP8CAN4pCAB8eQgA3ikIAC5kEQCEZBEAgOUSACASAQAuZBEAhGQRAIDlEgA+HwAADlQRAGRUEQDuUAIAZAsCAABuDAC8gBEACgsDAJJJAABcexEAOqICAN4pCAC8gBEAKkQCAGxYEQDCWBEAXHsRAMBXEQAWWBEAbFgRAFR5EgBsWBEAVHkSAIaSEgBcexEAOGkRADBlEQCGZREApkoRADBlEQAAAAAAZAsCAC5kEQCEZBEALmQRAIRkEQAuZBEAhGQRABhZEQAk4BEAajATAMAwEwBqOQIAwFcRAKZKEQBsWBEAwlgRAGo5AgDeKQgAZAsCAKhPEwBkCwIAGDITAHpfEQAuPRMAvIARALyAEQD22QQA9tkEAPbZBAAKCwMAYsIIAI7mDwBi7wkAjuYPAPJBDwDyQQ8AkkkAAOpkDQDYkBIARPkAAHIOAAByDgAA7G0RAIhkEABE+QAAZIESAHIOAACIZBAAXHsRAFx7EQBcexEAXHsRAFx7EQCmShEApkoRAFx7EQBcexEAXHsRAFx7EQBcexEAXHsRAKZKEQCmShEApkoRAFx7EQBcexEAXHsRAKZKEQCmShEA+HMRAKZKEQCmShEAXHsRAGQLAgBkCwIARvMSAGgJAABG8xIAaAkAAAB4EQC8ow0AZAsCAKhPEwDSQgIAcPYJAGQLAgByDgAAcg4AAFx7EQBcexEAkqEBAC49EwAuZBEAhGQRAAoLAwC8gBEAqE8TAHIOAAC2fREAZAsCAC7HAgDoHgAAWokDAD7dCQCGGAAA3ikIAFKPCADeKQgA3L0SALyAEQBCxhIALj0TAHIOAADgdAIAWtkAAFrZAABa2QAAqE8TAFrZAACUTgIArPUPAKhPEwDgdAIAqE8TACJrAgC21RIAzLUSACK2EgAahREAqE8TAHI0EwDINBMALPECACASAQCoTxMASMUQAGgJAACoTxMAVgAAAIYYAAC0ow8AgDcRAFqJAwCidRIAVgAAALbVEgBoCQAAqE8TAFROEgBoCQAAvIARAGgJAABoCQAAHDISALyAEQCANxEAFI8CAFqJAwDgkhEAPPsDAPDUAwDckBEArN0DAP5PEwCE/AcApkoRAJSZEgDqmRIA6MMSAOrRAwAuZBEAhGQRAIDlEgAKqBEApkoRAKhPEwA81AUA6NADAMbbEQCmShEAXHsRAFx7EQAuZBEAhGQRAFx7EQAOfxEAZH8RAMgOAAC8gBEAHkwJACQuDgC8gBEAAnsSAAJ7EgC8gBEARp0SAAh8EQDeIQQAZAsCALyAEQDwmhEAOv4FAKhPEwBkCwIAZAsCAGQLAgD+TxMAZAsCAIA3EQCoTxMAZAsCALyAEQAuPRMADn8RAGR/EQBkCwIAOtMFABxdEgDIegsABkoOAKhPEwCcWgYAqE8TAHxSCgA2vhEAQCAAALyAEQDwmhEARpsRAIw/EgCoTxMAFI8CACQuDgC8gBEAhr0SAET5AAAcXRIAxtsRAGrMCwAStQAAOiECAGQLAgCmShEAlJkSAOqZEgAuZBEA3pMSAAZKDgBqLhIAgDcRAHIOAAAgEgEAXKYRAGIqEgC4KhIAjD8SAJJJAACmShEAlJkSAOqZEgDowxIAPsQSAIw/EgCSSQAAjD8SAJJJAADsQhEAyrIRAKhPEwBkCwIAqE8TAGQLAgC8gBEAhr0SACTgEQC8gBEAlpgRAOyYEQBCmREAWCUSAGQLAgAkVw0A4L0RALyAEQBcexEADn8RAGR/EQCQwBEA3voFAIA3EQBsBhMAVm4MAP5PEwBcexEA/k8TAFx7EQCqzREAAM4RAFbOEQCWmBEA7JgRAEKZEQCYmREAzDQSAKrNEQAAzhEAVs4RAOxCEQDSSAUApkoRAJSZEgDqmRIA6MMSAD7EEgAk/QoAqE8TABSPAgCoTxMAHF0SAIA3EQD22QQA6NADAGYeCwBcexEADn8RAGR/EQDiPxIAQCAAAKZKEQCUmRIA6pkSAKhPEwAKCwMA6MMSAD7EEgDEygkAjD8SAJJJAAD8yxEAUswRAKjMEQCUxBIAnFoGAPzLEQBcexEAsKcSAKZKEQD+TxMAXHsRAA5/EQD+TxMAJC4OAGQLAgAuPRMADn8RAGR/EQAexwYAvIARAIa9EgCoTxMAeAANALyAEQCoTxMAoogGADrCEgCmShEA/k8TAGxYEQDCWBEA3ikIAMIvEgCqzREAAM4RAFbOEQAuPRMADn8RAGR/EQDgkhEAFI8CACQuDgA6whIAqE8TACQuDgBkCwIAVnoSAN4pCAAkwgIAOsISAJDCEgDmwhIA7EIRACASAQC8gBEAqE8TABqqDgCANxEAQo8MAKZKEQA6whIApkoRADrCEgBcexEA/k8TAP5PEwD+TxMAXHsRAA5/EQBkfxEAlpgRAOyYEQBCmREABFESAJTEEgDqxBIAHF0SAEAgAACYmREAYKgRADrCEgCQwhIA5sISADzDEgAuPRMACHwRALRVEwBUohEAqqIRALRVEwD8yxEAOsISAKZKEQCUmRIA6pkSAKZKEQCUmRIA6pkSAKhPEwCenhIAxNAMAKhPEwAkLg4AqE8TABryBwCANxEAZAsCADr+BQAgEgEAvIARAEadEgAIfBEAKLkSAAAAAADeKQgAAAAAAFRQEwC8gBEARp0SAAh8EQAouRIAAAAAAN4pCAAAAAAAqE8TAKhPEwCKvxIAqE8TAIq/EgCoTxMAir8SAFRQEwCoTxMAAnsSAP5PEwBcexEAXHsRAA5/EQBkfxEAvIARAAAAAACGvRIAJFcNAKZKEQCUmRIA6pkSAH6MEQCoTxMAttUSAJJJAADaOxIA3pMSAIT8BwCanBIA8JwSAIDlEgBaiQMAOsISAJDCEgDmwhIAvIARALyAEQBcexEADn8RAGR/EQCkZAkAAAAAAHgKEgDOChIAJAsSAFKPCACwpxIABqgSAFyoEgCoTxMA7EIRAMTQDAB8wwIAJC4OALyAEQCoTxMAonUSAFhrCgDsQhEAqE8TAITVCQAk4BEALmQRAIRkEQBsWBEAwlgRAKZKEQCUmRIA6pkSACJtAwC8gBEAqE8TAJLQAwBcexEAXHsRAA5/EQBkfxEA3ikIAEAgAABcexEAMpMSAFx7EQAOfxEAZH8RADRAEwAAAAAApkoRAJSZEgDqmRIAvIARAPCaEQBGmxEAgDcRALyAEQBA3gkAHF0SAIA3EQDgHAEAAAAAAKhPEwAcXRIAgDcRAOAcAQDqGBIApkoRAJSZEgDqmRIARp0SAAh8EQCoTxMAvIARAFx7EQAOfxEAZH8RAKhPEwBaiQMAIF8SAGQLAgCqIxIAXHsRAET5AAD4YwkAkkkAAELGEgBaiQMAOv4FAKhPEwCAlgAAAnsSACJtAwBw2xEAZAsCAGQLAgC8gBEAgOUSAIQ9EwAgEgEAJOARAGQLAgC8LBIAaEAGAPCaEQBGmxEAcNsRACKUAQDqGBIAQBkSAJYZEgDeKQgAAAAAAAAAAAAAAAAAqE8TABxdEgAAAAAAAAAAAAAAAAC8LBIAejYSAJJJAABkCwIAIBIBAKhPEwC21RIAHF0SAN4pCABcexEAxtsRAMbbEQBcexEACHwRAEj/AgBARhMAlJkSAOqZEgDowxIAPsQSAGwGEwAuPRMACHwRAPbZBACmShEA/EoRAPbZBAAqlgAAkkkAANr8BwCoTxMAZokAANr8BwD+TxMAhDsSAHDbEQAuZBEAhGQRABhZEQDwmhEARpsRAC5kEQCEZBEAGFkRAPCaEQBGmxEAkkkAAJJJAAA2vhEAfMEBALCnEgAGqBIAXKgSAIw/EgCoTxMAWokDAFx7EQCoTxMAktADAIzAEgBkCwIAXHsRAA5/EQBkfxEA7kUSAERGEgD22QQA9tkEAKhPEwCS0AMAktADADrTBQBWehIAgDcRAAAAAACoTxMAqE8TACqWAAC8gBEAktADAJ6eEgBkCwIA5DILAHwXAgCyUhIACFMSAFYAAABWAAAAnFoGALyAEQBkCwIAqE8TAKhPEwCGGAAApkoRAJSZEgDqmRIAFNgRAHgADQDq0QMAXHsRAA5/EQBkfxEAbioPAC5kEQDekxIAqnkSAFROEgCE1QkAVE4SAFROEgDeKQgAhhgAAC5kEQDekxIAhGQRAKZKEQC8gBEAVE4SAKpOEgAATxIAbAYTAGpZEgA6lxIAXHsRAJLQAwC8gBEAIPkJAC4ACgAAAAAAyjMSACA0EgAAAAAAAAAAAJgKCgAEEAcAeAANALyAEQCoTxMAqE8TAAJ7EgCSSQAAvIARAKhPEwDgZRAAvIARACASAQBkCwIAvIARAEqfEgCGGAAAXKYRAGwGEwAk4BEAqE8TAKhPEwCoTxMAhhgAAIYYAACGGAAAJOARAKhPEwCoTxMAhhgAAIYYAACGGAAAhhgAAIYYAABcexEADn8RAGR/EQCoTxMAZAsCAKhPEwBkCwIAqE8TACASAQCWbxIAIBIBAGQLAgCoTxMAaAkAAJZvEgBoCQAAnp4SAITVCQCWbxIACgsDAAAAAABaiQMAQnASAFqJAwCoTxMAnp4SAMhfEwC8gBEAyF8TAKhPEwDIXxMAXHsRAA5/EQBkfxEAqE8TABCnDwAgEgEAgDcRAHIOAAByDgAAgDcRACQuDgCenhIACgsDAKZKEQCUmRIA6pkSAFx7EQAOfxEAZH8RAGQLAgA6TAIAqE8TAGQLAgCoTxMAvIARAHJdEgBkCwIAZAsCADr+BQCuexIAIBIBABwiCgBsBhMAvIARAN4pCABoCQAAqE8TAJZvEgAAAAAAZAsCAGxYEQDCWBEAtKcRAOBlEABcexEADn8RAGR/EQCgyhIAvIARAAorEwCGvRIAtCoTALyAEQC8gBEAZIESALqBEgAQghIAZIESALqBEgAQghIAZoISALyCEgBkgRIAuoESABCCEgBmghIAvIISAIa9EgBcexEADn8RAGR/EQCgyhIAvIARAAorEwCGvRIAtCoTALyAEQDKKQ0AvIARAJJJAAAkwgIAkkkAAC49EwAOfxEAZH8RALyAEQDWjxIA3ikIAFqJAwBwJw0ACgsDAKz7EgDekxIAkMsBAGQLAgByDgAAAAAAAEKPDAAAAAAAVHkSACiOEgB+jhIA1I4SAKhPEwAuPRMADn8RAGR/EQBkCwIAaAkAAPbZBAD22QQAbAYTAGQLAgCmShEAZAsCALyAEQAKCwMAvIARANx0AwC21RIAttUSAG4qDwC8gBEAqE8TAGQLAgAuZBEAhGQRAC49EwAOfxEAZH8RAC49EwBkCwIA3ikIAKhPEwDeKQgAKo8SALLHDACE1QkAaAkAAGwGEwBM2gQAnB4TABKMAQBE+QAAKLkSAGxYEQDCWBEA1i8NAKz7EgCSNgwAZAsCAAClEgBkCwIAkjYMAL7ZEgBs2xIAFE8NAMDjAQCmShEAlJkSAOqZEgBkCwIAqE8TAKhPEwAuPRMAFI8CABSPAgAuPRMALj0TAN4pCADMXREAIl4RAAyrEgCSaxEApkoRAFx7EQAIfBEAKBgCACgDDQAqwwEAMGURAKZKEQBIVQMAwOMBADrTBQDKogkAFEMHAHwXAgCSSQAAHO8FAN4pCACoTxMAJC4OAEbzEgAuxwIAVloCAC7HAgBWWgIA9lQCAMh6CwD+TxMAfMMCAKhPEwBoCQAAZAsCAOhrEQDoHgAASFUDABgyEwBkCwIAqE8TAMBXEQDgyAEAqE8TAGwGEwCuUhMATNoEAKhPEwAKCwMACgsDAAoLAwAKCwMAvIARALyAEQBInhIACHwRAOyaEgBkCwIAkkkAABSPAgCKvxIAcg4AACQuDgCmShEAlJkSAOqZEgBSjwgAXHsRAA5/EQBkfxEAlMQSAOrEEgDwmhEARpsRAPCaEQBGmxEAXHsRAL7ZEgBqOQIAqE8TAGQLAgBI/wIAbFgRAM7hEgC8gBEAiuoSAKBqDQAksQ8AZAsCAL7ZEgBs2xIAMIwPAIYYAAC+2RIAbNsSADCMDwBsZQIAvtkSAGzbEgAwjA8ALmQRAIRkEQCA5RIALOYSAPTJEgBKyhIA+MsSAL7ZEgBs2xIAMIwPAL7ZEgBs2xIAMIwPAL7ZEgBs2xIAMIwPAC5kEQCEZBEAMIwPAFxKDgAuZBEA0IwSAC49EwAykxIAqE8TAGQLAgBOJwAATicAAHwXAgBWLwIAIDIRALLTEgBw0w0Ahr0SAGQLAgCoTxMAZAsCAJ4+DQC+rhIABkoOAGQLAgBkCwIArKUSACTgEQBqMBMAhGQRAJDLAQBkCwIASmwOAD6iAQB2/wwAoMoSAFx7EQB8FwIA8hINAKDKEgAKCwMAoMoSAAoLAwC8gBEAZAsCAGQLAgC+2RIAbNsSAKhPEwAuZBEAhGQRAIDlEgAoLAwAZAsCAGQLAgBkCwIAtKcRAGQLAgCeyRIAYE4PAHIOAACSkA4AbFgRALyAEQCmShEAQuUMAJI2DAA0QBMAAAAAAJI2DAA4kA8AlvASADqRDwDs8BIAJOARADyYEgAuPRMACHwRAL7ZEgAKTg8AIDIRACTgEQCW8BIAJOARAOzwEgAk4BEAvtkSAGzbEgCyqBIAVgAAAKY6CQCSSQAAKmIRAHIOAABkCwIAkjYMAKylEgBkCwIAqnkSAGxlAgCI6RIAtisTAAwsEwBaiQMAKCwMAN4pCABkCwIAZAsCAGQLAgCoTxMANDQNADQ0DQA0NA0ANDQNAHwXAgB8FwIAjLoPAGQLAgAuZBEA/PgSAL7ZEgAQLhMAZAsCAL7ZEgBgTg8AZAsCAGTXEgB44RIALmQRAM7hEgBkCwIAiuoSAODqEgBSJBMANusSAGQLAgBkCwIAvtkSAGBODwBk1xIAeOESAC5kEQDO4RIAZAsCAHoFDwAQAxMALmQRAIRkEQAuPRMACHwRAGQLAgCs+xIAbAYTAGwGEwBE+QAAjpYSAGgEEwA6lxIAFuQBADQ0DQA0NA0ANDQNADQ0DQBkCwIAiOkSABiEEQAwZREAimcRACgsDADwQA8A7lACAGYuEwDQjBIAZNcSALyAEQBoLxMAvIARAGwGEwAKCwMAcNMNAHDTDQBkCwIAeAANAIrqEgDg6hIA3ikIAN4pCAC0ehAALmQRAIRkEQB4AA0AiuoSAODqEgDeKQgA3ikIALR6EACw0hIABtMSAC5kEQDekxIAhpISAAAAAAC8gBEAvIARAEj/AgBcexEAvtkSAH5dDwCIPRIA3pMSAOAVEwCkIhMALj0TADKTEgAKCwMA3j0SAIDlEgBmHgsAqE8TADxNAgBWAAAAoMoSAL7ZEgB+XQ8AkkkAAFx7EQDeKQgAZAsCAC5kEQCEZBEAtHoQABorDwAKCwMACgsDAHzBAQB8wQEAfMEBAHzBAQAKCwMAvIARAHzBAQBkCwIAZAsCAGQLAgAAAAAAAAAAAL7ZEgAQLhMALmQRAIRkEQC0ehAAdlkPAKhPEwC+2RIAZh4LAKhPEwC+2RIAGDITALyAEQBkCwIAZAsCAFqJAwDeKQgAKpYAAGQLAgCI6RIAtisTAAwsEwBiLBMAuCwTAA4tEwBkLRMACgsDAC5kEQCEZBEAGFkRAIrqEgDg6hIAvIARAC5kEQDekxIAENgSAC49EwAOfxEAwFcRAP4tAgCy0xIAxDITABozEwBwMxMAxjMTAC49EwAIfBEAtL4HAC49EwC8gBEAzDYTAAoLAwAkLg4A8j8OAPjLEgAmLw4AvtkSAApODwCy0xIAxDITABozEwBwMxMAxjMTABw0EwD4yxIAstMSAMQyEwAaMxMAcDMTAMYzEwAcNBMAXHsRAGwGEwAW2xIAIBIBAKylEgCoTxMAIBIBAIa9EgAgEgEAhr0SAGxYEQBUeRIAIBIBAGQLAgC+2RIAbNsSAC5kEQCEZBEA/i0CAIwWEwCMFhMA/i0CAKZKEQCmShEApkoRAKrNEQCmShEApkoRAKZKEQCmShEAbFgRAFR5EgCmShEAqs0RAKZKEQCWmhIApkoRAJaaEgCmShEAlpoSALCnEgCWmhIApkoRAJaaEgCmShEAlpoSAOiWEQCWmhIApkoRAJaaEgCWmBEA7JgRANpkEQBkCwIAbAYTAGQLAgAKCwMAvIARAIYYAAAkLg4AMGURAGKrEgBC8RIAQvESADBlEQCGZREAYsIIAFZREwAKCwMACgsDAHIOAAByDgAAeIkRALyAEQAW5AEApkoRAKhPEwAaKw8AtFUTABorDwCoTxMApkoRAIA3EQCoTxMAgDcRAKZKEQCUmRIAgDcRAA5YEwBkWBMApkoRAAoLAwD+oxIAvIARAGQLAgBkCwIAZAsCAMhfEwBkCwIAZAsCAGQLAgDIXxMAZAsCAA7DCADIXxMAqE8TALrTEABkCwIAZAsCAMhfEwC8gBEAlpgRAOyYEQBCmREApkoRAARaAQBk1xIAeOESAGQLAgAuPRMACHwRAC5kEQCEZBEAgOUSABKMAQCe6AwAjhcTAJweEwAkLg4ADIASAFR5EgCGkhIABkoOAFx7EQAykxIABkoOAKhPEwBiwggAfowRAEqfEgC+2RIAbNsSAC5kEQDekxIA4BUTAKhPEwCANxEA8hINAIYYAACoTxMAhNUJAC5kEQCEZBEAgOUSAPC/DgB+jBEAWCcTAC5kEQD8+BIAvtkSAApODwCoTxMA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
function isOwnWordsWrapper(line) {
  const named = HEADLINE_CLASS.exec(line)?.[1];
  if (named === void 0 || !named.includes(".")) return true;
  return serviceForClient("java", named) === void 0 && serviceForClient("python", named.split(".")[0]) === void 0;
}
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
    ownWordsWrappers: 0,
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
  into.ownWordsWrappers += from.ownWordsWrappers;
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
    const loggedBesideOwnError = (unit.consequences > 0 || unit.ownWordsWrappers > 0 && unit.runner !== "log") && unit.high <= unit.highFromOutput;
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut || unit.settledLinks > 0 || unit.wrapperHeadlines > 0);
    const hostOfAnother = unit.driver !== void 0 && unit.evidence.some((f) => f.kind === "infrastructure" && f.ruleId.startsWith("network.dns.") && f.service !== "" && f.service !== unit.driver);
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || loggedBesideOwnError || likelyTeardown || twinExcused || hostOfAnother ? "ambiguous" : "high";
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
  if (verdict.classification !== "infrastructure" || verdict.confidence !== "high") return verdict;
  if (inputs.silentFailures !== void 0) return { ...verdict, confidence: "ambiguous", explanation: `${verdict.explanation.replace(/\.$/, "")}; but ${inputs.silentFailures}: not every failure can be shown to be a missing service.` };
  const copied = verdict.services.find((s) => inputs.crossDialled?.has(s) === true);
  if (copied === void 0) return verdict;
  return { ...verdict, confidence: "ambiguous", explanation: `${verdict.explanation.replace(/\.$/, "")}; but the ${copied} client dialled another service's host name (line ${inputs.crossDialled?.get(copied) ?? 0}): its failures may be a setting copied from that service, not ${copied} missing.` };
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
      crossDialled: this.crossDialled,
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
      if (target2 && isWrapperHeadline(text)) {
        target2.wrapperHeadlines++;
        if (isOwnWordsWrapper(text)) target2.ownWordsWrappers++;
      }
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
  /** Services whose client the log shows dialling another service's host name, with the first line that shows it. */
  crossDialled = /* @__PURE__ */ new Map();
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
    const pathEnded = (titles.last ?? titles.first).endsWith(":");
    if (title === "" || indent < MOCHA_TITLE_INDENT && pathEnded || titles.lines >= SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = void 0;
      if (titles.lines === 0 && titles.named && titles.first.endsWith(":")) titles.unit.name = titles.first.slice(0, -1);
      return false;
    }
    titles.lines++;
    titles.last = title;
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
    if (interpreted.dialledOther !== void 0 && !this.crossDialled.has(interpreted.dialledOther) && this.crossDialled.size < 16) this.crossDialled.set(interpreted.dialledOther, this.lineNumber);
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
