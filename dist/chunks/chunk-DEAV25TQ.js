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
} from "./chunk-4X7Y2CKH.js";
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
} from "./chunk-DSFPAHHB.js";
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
var DERIVED = `{"prefilter":{"key":"rules 293\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT|SocketError|Redis::TimeoutError)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,163,172,206,218,219,245,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,471,472,474,476,477,478,479,480,481,482,485,486,487,489],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13112,"states":14832,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAADCRAcABgAAANJCAgAHAAAAjiwIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAADu3wkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAAB4tDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAPbZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAtkwOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAHh9CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAAD4xxAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAADMrQ4APwAAAKLqDABAAAAAYvUMAEEAAABAaxAAQgAAAFQbDgBDAAAAQGcOAEQAAAAAAAAARQAAAJ5rDgBGAAAAAAAAAEcAAADijQ4ASAAAAOySDgBJAAAAjuwSAEoAAAA6ug4ASwAAAH7cDgBMAAAA1NwOAE0AAAAq3Q4ATgAAAPrvDgBPAAAAAvQOAFAAAABgIw8AUQAAALakDwBSAAAADKUPAFMAAABqqQ8AVAAAAEzHEABVAAAAoscQAFgAAACsAAAAWQAAAJImBABbAAAAXG0KAFwAAACQSgEAXwAAAOqgAABhAAAAcPgKAGIAAAAmJQkAagAAAAYyAgBtAAAA3iEEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAABKEgwABQEAANA0EQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAAAmNREAGQkAAHw1EQBqCQAANOIOAHAJAAC+CQAAfQkAAFbtCwCBCQAAgN0OAIQJAAD6aAsAxQkAABQKAADLCQAAev8LABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AANI1EQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAA2DANAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAACiww4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAqAYEAJIOAACgwg4Azg4AAB4PAADXDgAAUmYJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAAAoNhEAhxgAAPrzEACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAALTrCADjGAAAKisLAOQYAAAyGQAA5hgAAN5GAQDnGAAAkq8IAOkYAAB8ogcA6xgAAH5XDADtGAAAMFEHAPIYAACkVgIA9RgAAID4BgAzGQAAiBkAADUZAAASwQYAOBkAAICDDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAfjYRAO4eAAA+HwAA8h4AAChbDgD/HgAApMAMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAABSiwYASCAAAJYgAACZIAAA6qwGAJ0gAADsIAAAoSAAAD5UBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAADUNhEAUCcAAI7KAQBTJwAAJgINAFcnAAAOfRAAWicAAKQnAABcJwAAIk4JALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAACo3EQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAIA3EQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAANY3EQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAACw4EQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAA2DgRAO4+AAAoPwAAMD8AAC45EQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAhDkRAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAANo5EQCXSQAAeEACAJhJAAD0hAUAmUkAAPwNCACdSQAA6EkAAJ5JAAAWIQsAoEkAAJ5bBgCmSQAA4EkCAO5JAACMZhAA9EkAAD5KAABESgAAdJYDAEZKAAAwOhEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAhjoRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAADcOhEAcGIAAMRiAADHYgAAGmMAAB1jAAAyOxEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAIg7EQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAA3jsRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAADQ8EQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAIo8EQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAA4DwRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAANj0RABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAACMPREAZ4kAAFz4DwBpiQAA3MYBAGyJAACOdgIAbYkAADT/BwBuiQAAMKUGAG+JAACQyQAAcIkAAJxSAgBziQAA1LMPAHWJAAC8iQAAd4kAABLFCAB8iQAAhtAGAH2JAAA6Dg4AxokAAN6sCQDLiQAAEooAAB6KAABoigAAaYoAAMLoAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAADiPREAk5AAADg+EQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAACk6wwALJEAAMbmAQAvkQAAQuUMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAJYLCwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAAjj4RADCWAACAlgAAMpYAAK5SEwA5lgAAWuUGADuWAABUOAcAPZYAAKpXAQBClgAA+JQMAEaWAAAg1g0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAAOj8RADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAJA/EQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAOY/EQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAAPEARAGazAACExwIAabMAAGaLAQBtswAAWLkGAG+zAAAsfAgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAA0PkIAHO0AAC8tAAAxrQAABK1AAATtQAA2uMQABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAJJAEQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAA6EARAKfQAAD00AAA/tAAAErRAABV0QAAPkERAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAJRBEQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAHu4EABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAA6kERACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AAEBCEQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAAlkIRACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAAOxCEQDZ6wAAfO4CANzrAAAq7AAA4esAAEo5CgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AABCQxEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAJhDEQBF+QAAiLYOAEb5AACa+QAAR/kAADQJDQBO+QAA4rgOAE/5AADsVQUAU/kAANQYAgBU+QAASpMMAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAA7kMRAFf/AABERBEArv8AAJpEEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBAPBEEQAPBgEARkURAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQCcRREAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBAEjeBwBxCAEAzkYFAMEIAQAOCQEAxwgBAAKWCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQDyRREAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAEhGEQAoEgEAfHEEACoSAQAGzQ8ALRIBAKiZDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQCeRhEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQD0RhEA5RsBAEpHEQA2HAEAnNkFADkcAQCKHAEAPRwBAGDeAQBAHAEAQjEIAEIcAQBotwEASBwBABBoBQCRHAEAGM4LAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BAGKTBgCoHQEAIp4GAOcdAQBsmAYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEA9kcRAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBAPhIEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQBOSREAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEApEkRAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEApkoRAGkzAQD8ShEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQBSSxEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQCoSxEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAP5LEQCVSgEA5koBAOdKAQC2zQ4A9UoBAB4pDQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEAVEwRAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQCqTBEAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAABNEQCrVwEAEg0CALRXAQBWbgwAtlcBAK4jEQC4VwEAJCwNALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQDuOw0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBAFZNEQAGWgEACvQMABJaAQBG5wwAJ1oBAKxNEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAAk4RAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQBYThEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAK5OEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAARPEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAWk8RAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BALBPEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQAGUBEA7XUBAFxQEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEACFERAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBAF5REQBWggEAqoIBALiCAQAAgwEAEYMBALRREQBdgwEAClIRAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBAGBSEQBhhQEAtlIRALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAYlMRAL+KAQAQiwEAGIsBALhTEQBtiwEAvIsBAG+LAQBG1QMAc4sBALy4AgB3iwEAylYOAHyLAQAC2gEAyIsBABKMAQAajAEALrwSAC6MAQCC4A8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEADlQRAM+TAQDo+wMA1pMBABhDBgDZkwEAIpQBANyTAQBQbQ0A3ZMBADqiAgDikwEASFcEACmUAQDGZwIALJQBACJtAwAxlAEA/p0PAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEAZFQRAJmZAQDYmQEA2pkBALDGDADbmQEArsUMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQBiygwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQC6VBEA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEAEFURAJehAQDooQEAnqEBANQwDgCgoQEAqFwEAOqhAQBetgMA7aEBAJo4CwD3oQEAioYLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAJTZBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEAZlURAJ+kAQC8VREA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQBoVhEA9qcBAEqoAQBYqAEAoKgBALGoAQC+VhEA/agBABRXEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAwFcRAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQAWWBEAD7IBAGxYEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQDCWBEAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBABhZEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBAG5ZEQB/wQEA0sEBAIDBAQCWCQoAiMEBACD5CQCKwQEANGMPAI/BAQCMjw8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBAMRZEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQAaWhEA38YBADLHAQDwxgEAbj8EAD7HAQCIxwEAjscBAN7HAQDoxwEAcFoRADnIAQCKyAEAl8gBAODIAQDoyAEAKmIRAOzIAQA2yQEA8MgBAO7PAQD8yAEAytUNADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQDGWhEAmMoBALLHDACcygEA5MoBAPXKAQAcWxEAQcsBAHJbEQCYywEAyFsRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEAHlwRAPDPAQBE0AEAUtABAJrQAQCr0AEAdFwRAPfQAQDKXBEATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBACBdEQCg0gEA9NIBAKfSAQDUMg8AqtIBAAgQBgAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEAng0KAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQD67Q0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAdl0RAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQDMXREAA9oBAFjaAQAY2gEAqDMFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BACJeEQC63QEACt4BABbeAQB4XhEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAM5eEQDC4QEAEuIBAB7iAQAkXxEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBANBfEQDI4wEAFuQBACDkAQAYgA8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEAJmARANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQB8YBEAJukBAIxgDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQAoYREA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQB+YREA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEAgGIRAD/1AQDWYhEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBACxjEQDz+QEAgmMRAET6AQCY+gEApvoBAO76AQD/+gEA2GMRAEv7AQAuZBEAovsBAIRkEQD4+wEA2mQRAAz8AQCgkQsASPwBAJz8AQCq/AEA8vwBAAP9AQAwZREATv0BAJ79AQCq/QEAhmURAP39AQBK/gEABf4BAP7IDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgDcZREABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCADJmEQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgCIZhEAZQsCAJYNDABmCwIA2AUNAGcLAgDE8QcAaQsCAIi4DwBqCwIAvMYJAGsLAgBk9gwAbgsCAI5jDgBvCwIAbvsMAHALAgC0cAsAcQsCAPZoDAByCwIAljgMAHMLAgA20QUAdAsCALoLAgB8CwIAFNoSAH4LAgCACA8AgAsCAN5kEACHCwIAcgkTAIwLAgCYFA8AqAsCAJZnDgCtCwIATvcSALwLAgAQDAIAywsCABzWDgAeDAIAZgwCAHcMAgDeZhEAwwwCADRnEQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgCmxQ4AcQ4CAOBnEQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICAIxoEQDQEgIA4mgRACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCADhpEQDRFAIAIhUCAC8VAgB4FQIAgBUCAI5pEQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIA5GkRAC4XAgA6ahEAfhcCALgcCwCBFwIA0hcCAIgXAgCK2goA3BcCACgYAgDhFwIAmrMIADAYAgCaZw0ARBgCAH4YAgCGGAIAkGoRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIA5moRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CADxrEQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIAkmsRAD8hAgDEKA4AQCECADzWBgBDIQIAkCECAEYhAgA+6Q8AmiECAOYhAgCdIQIATN4GAJ4hAgBwgQ8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIA6GsRAJkjAgDc3AwAniMCABpSDQCgIwIA6iMCAKQjAgCiZwsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCAD5sEQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIAlGwRAKEnAgDyJwIA/CcCAEgoAgBQKAIA6mwRAKooAgBAbREA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgCWbREA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgDsbREA/ywCANBbDwACLQIAdiwOAAktAgBSLQIAXC0CAEJuEQCwLQIA/i0CAAAuAgBaoQ8ACy4CAFq4BQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgCYbhEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIA7m4RABAyAgBcMgIAFzICAFJkCABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgBEbxEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIAmm8RAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCAPBvEQBrOQIA/BkOAG05AgAQUxAAcDkCAMA5AgBzOQIArEsQAHQ5AgB0PgIAdjkCADA4EAB4OQIAdjAQAHk5AgDoPhAAejkCAHhcEACBOQIAMNwMAIQ5AgAqCA8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIARnARAHk+AgDKPgIAgj4CAPZFEADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgCccBEAfUACALbgAgB/QAIATMMOAIBAAgDUWQ0AgkACAECUDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIA8nARANRCAgAoQwIA1UICAPKRDADXQgIABJUJANtCAgCCLgwA3kICADpMAgDgQgIAYqUPADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgBIcREAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgCecREAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIA9HERAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgBKchEAPEwCAHDuBQBBTAIAOv4FAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgCgchEATFACAJzfCABYUAIAmFACAFtQAgAgzgkApFACAO5QAgD2UAIAWlESAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICAPZyEQCkUgIAvNgSAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgBMcxEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCAKJzEQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CAPhzEQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgBOdBEAbmUCAIr9BgB4ZQIAwmUCAHllAgB0zwoAemUCALzMDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCAKR0EQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIA+nQRACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgBQdREAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIApnURAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgD8dREAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgBSdhEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACAKh2EQClgAIA+IACAPuAAgBOgQIAW4ECAB5SDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIA/nYRAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCAFR3EQBriwIAuIsCAG6LAgCOYQ0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CAKp3EQAWjwIAao8CABuPAgAwig4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgAAeBEAg5QCABSpDwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCAFZ4EQCAmQIAoO8PAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECAKx4EQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIAAnkRAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIAWHkRAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgCgxA8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgCueREAv7gCAPhtDgDGuAIANhAQAMi4AgDcLAoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIABHoRACbCAgB6wgIAMMICAHYkCgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIAiL4SAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCAFp6EQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAsHoRAI3HAgDSiRAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIAwqYNAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgAGexEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCAFx7EQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIACHwRALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIAtHwRAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIACn0RAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIAYH0RANXpAgAe6gIA5+kCAJKnBAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIAECgQACbrAgB26wIALusCADCzDQAv6wIAshUJADDrAgCM9gIAMesCAN4xDACC6wIAzOsCAM7rAgA2iw0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIAtn0RAILuAgAMfhEA3u4CAGJ+EQAr7wIADn8RAIHvAgBkfxEAg+8CACr0BADX7wIA9L0MAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECAHbWDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgC6fxEA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIAEIARAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCAOLdCwDn9wIAOvgCAPr3AgDe2wsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIAZoARAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgC8gBEA8v0CAEb+AgBU/gIAnP4CAK3+AgASgREA+f4CAGiBEQBQ/wIAnv8CAFL/AgBc6AcAkf8CAM4MEwCs/wIA9P8CAK3/AgBUBQMArv8CAL5ICgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDAGqCEQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMAwIIRAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDABaDEQASCwMAbIMRABYLAwD+PQoAJgsDAARTEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwDCgxEAEg4DAGYOAwAVDgMAZDoEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMAtGIEAB0QAwBqEAMAbRADAMAQAwDMEAMAGIQRABsRAwBsEQMAIhEDAFjsCgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDAG6EEQB1EwMAxhMDAM4TAwDy4woA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMAxIQRAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwAahREA4BoDACobAwDiGgMADPEKADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwBwhREAmSEDAOIhAwCiIQMA7CYDAMQhAwBq9QoA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwDGhREA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDAByGEQBaLQMA+OYKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADAHKGEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwDIhhEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDAB6HEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMAdIcRAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDAMqHEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMAIIgRAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMAdogRANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMAzIgRAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMAIokRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMAeIkRAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMAzokRAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMAJIoRAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDAHqKEQDDZQMARD4OAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwDQihEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwAmixEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwB8ixEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwDSixEAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwAojBEAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMAfowRAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDANSMEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDACqNEQBfiQMAsIkDAGeJAwAg/wwAuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDAICNEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMA1o0RAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDAIKOEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMA2I4RAICWAwDKlgMA0pYDAC6PEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMAhI8RAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDANqPEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwAwkBEA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DAIaQEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwDckBEAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwAykREAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMAiJERABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwDekREAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDANxTCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDADSSEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DAIqSEQCazgMA5M4DAOfOAwA6MQoA884DADrPAwD3zgMAxCAKAETPAwCQzwMAmM8DAOxTBACczwMAhg0QAJ7PAwDmzwMArM8DAEQJCQDrzwMAPNADAPPPAwCIzwUASdADAJLQAwCV0AMA3K0KAJjQAwDE9QkAmtADAOjQAwCc0AMA0pwEAJ7QAwC2ZwYA69ADANJ5CADu0AMAtugGAPLQAwA+0QMA9tADAHx9CgD40AMALlIIAEPRAwCU0QMAStEDAAjjBABM0QMA0lIKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwBm5QMApNQDAPDUAwD41AMA4JIRAFfVAwCc1QMAo9UDAPLVAwD61QMASNYDAFXWAwCe1gMAo9YDAPTWAwD+1gMAStcDAFLXAwCg1wMAotcDAKi+CgCl1wMAyHQIAKrXAwD21wMAr9cDADL2AwCw1wMACm0JAPzXAwBM2AMATtgDAKLYAwCv2AMA+NgDAPvYAwBO2QMAX9kDAKTZAwCm2QMA+tkDAATaAwBQ2gMAXNoDAKbaAwCu2gMAjJMRAAHbAwBS2wMAVdsDAKjbAwCy2wMA/tsDAAbcAwBU3AMAYdwDAKrcAwCs3AMAAN0DABbdAwBW3QMAYt0DAKzdAwC03QMA4pMRAAfeAwBY3gMAZ94DAK7eAwCw3gMABN8DABXfAwBa3wMAZd8DALDfAwC13wMABuADAAngAwBc4AMAZuADALLgAwDE4AMACOEDABDhAwBe4QMAaOEDALThAwC54QMACuIDABLiAwBg4gMAYuIDALbiAwC94gMADOMDABPjAwBi4wMAaOMDALjjAwDE4wMADuQDABHkAwBk5AMAZ+QDALrkAwDW5AMAEOUDABjlAwCOlBEAc+UDALzlAwDE5QMAEuYDABXmAwBo5gMAbeYDAL7mAwDN5gMAFOcDADTnAwBq5wMAducDAMDnAwDK5wMAFugDAB7oAwBs6AMAfugDAOSUEQDM6AMAGOkDACbpAwBu6QMAe+kDAMTpAwDb6QMAGuoDACLqAwBw6gMAf+oDAMbqAwDL6gMAHOsDACnrAwBy6wMAf+sDAMjrAwDU6wMAHuwDAC3sAwB07AMAfuwDAMrsAwDY7AMAIO0DACXtAwB27QMAg+0DAMztAwDP7QMAIu4DACruAwB47gMAfe4DAM7uAwDb7gMAJO8DACzvAwB67wMAg+8DANDvAwDd7wMAJvADADTwAwB88AMAj/ADANLwAwDa8AMAKPEDAC/xAwB+8QMAg/EDANTxAwDq8QMAKvIDACzyAwCA8gMAjvIDANbyAwDj8gMALPMDADTzAwCC8wMAhfMDANjzAwDd8wMALvQDAD30AwCE9AMApPQDANr0AwDm9AMAMPUDADr1AwCG9QMAjvUDANz1AwDu9QMAOpURADf2AwCI9gMAlfYDAN72AwDr9gMANPcDAED3AwCK9wMAmfcDAOD3AwDq9wMANvgDAD74AwCM+AMAlvgDAOL4AwDn+AMAOPkDAED5AwCQlREAmvkDAOT5AwDq+QMAOvoDAFX6AwCQ+gMAnPoDAOb6AwDs+gMAPPsDAFj7AwCS+wMAmvsDAOaVEQDw+wMAPvwDAEj8AwCU/AMAn/wDAOr8AwD2/AMAQP0DAEj9AwA8lhEAov0DAOz9AwDy/QMAQv4DAF3+AwCY/gMApP4DAO7+AwD0/gMARP8DAEz/AwCa/wMAoP8DAPD/AwD5/wMARgAEAFMABACcAAQAqQAEAPIABAAAAQQASAEEAFUBBACeAQQAtQEEAPQBBAD8AQQASgIEAE8CBACgAgQAWwIEAKQEBACtAgQA9gIEAP4CBABMAwQAVwMEAKIDBACnAwQA+AMEAPsDBABOBAQAWAQEAJKWEQCpBAQA+gQEAAkFBABQBQQAUgUEAKYFBAC3BQQA/AUEAA0GBABSBgQAZgYEAOiWEQC5BgQA/gYEAAEHBABUBwQABgcEAGwbCAALBwQAwgAQAF4HBACqBwQArAcEAAAIBAAKCAQAVggEAGIIBACsCAQA1ggEAAIJBAANCQQAdBkFACgJBABYCQQAiwkEAK4JBADUCQQABAoEACoKBABaCgQAjgoEALAKBADbCgQABgsEAA4LBABcCwQAhgsEALILBADnCwQACAwEADMMBABeDAQAZgwEALQMBADDDAQACg0EAA8NBABgDQQAaQ0EALYNBABtDQQAcBUEAMcNBAAMDgQAEw4EAGIOBABqDgQAuA4EAMUOBAAODwQAEw8EAGQPBABuDwQAug8EAMIPBAAQEAQAGhAEACgcBAAfEAQAZhAEAGsQBAC8EAQAyRAEABIRBAAfEQQAaBEEAHQRBAC+EQQAzREEABQSBAAeEgQAahIEAHISBADAEgQAyhIEABYTBAAbEwQAbBMEAHQTBAA+lxEAzhMEABgUBAAeFAQAbhQEAIkUBADEFAQA0BQEABoVBAAgFQQAlJcRAH0VBADGFQQA0hUEABwWBAArFgQAchYEAHwWBADIFgQA1hYEAB4XBAAjFwQAdBcEAIEXBADKFwQA0hcEACAYBAAqGAQAdhgEAHsYBADMGAQA1BgEACIZBAAlGQQAeBkEAIQZBADOGQQA1BkEACQaBAA/GgQAehoEAIYaBADQGgQA1hoEACYbBAAuGwQAfBsEAH4bBADSGwQA3BsEAOqXEQAuHAQAfhwEAIAcBADUHAQA4RwEACodBAAtHQQAgB0EAJEdBADWHQQA2B0EACweBAA2HgQAgh4EAI4eBADYHgQA4B4EAECYEQAzHwQAhB8EAIcfBADaHwQA5B8EADAgBAA4IAQAhiAEAJMgBADcIAQA3iAEADIhBABIIQQAiCEEAJQhBACWmBEA+iEEADQiBABQIgQA7JgRAI8iBADgIgQA7SIEADYjBABDIwQAjCMEAJgjBADiIwQA8SMEADgkBABCJAQAjiQEAJwkBADkJAQA6SQEADolBABHJQQAkCUEAKklBADmJQQA6CUEADwmBABDJgQAQpkRAK8mBADoJgQA+SYEAD4nBABKJwQAlCcEAKcnBADqJwQA+ScEAEAoBABMKAQAligEAJcoBADsKAQA9igEAEIpBABQKQQAmCkEAJ0pBADuKQQA+ykEAJiZEQBJKgQAmioEAKcqBADwKgQA/SoEAEYrBABSKwQAnCsEAKsrBADyKwQA/CsEAEgsBABWLAQAniwEAKMsBAD0LAQAAS0EAEotBABSLQQAmpoRAKUtBAD2LQQA/i0EAPCaEQBOLgQAoi4EALAuBAD4LgQACS8EAEabEQBVLwQAnJsRAKkvBAD6LwQAAjAEAFAwBABfMAQApjAEAKswBAD8MAQACTEEAFIxBABfMQQAqDEEALQxBAD+MQQADTIEAFQyBABeMgQASJwRAKwyBAD6Gg8AsDIEAB7+DAC9MgQAADMEAA8zBABWMwQAYjMEAKwzBACtMwQAAjQEAAw0BABYNAQAZjQEAK40BACzNAQABDUEABE1BACenBEAXjUEALA1BAC7NQQABjYEABQ2BABcNgQAbTYEALI2BAC+NgQACDcEABA3BAD0nBEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BADFOQQADjoEACU6BABKnREAcToEALo6BADHOgQAEDsEABw7BABmOwQAdTsEALw7BADGOwQAEjwEACA8BABoPAQALjwEAAbBCQBtPAQAvjwEAMs8BAAUPQQAHD0EAKCdEQB2PQQAwD0EANA9BAAWPgQAHz4EAGw+BABvPgQAwj4EAM4+BAAYPwQAHz8EAPadEQB7PwQAxD8EANM/BAAaQAQAG0AEAHBABACHQAQAxkAEAOBABAAcQQQAKEEEAHJBBACFQQQAyEEEANdBBAAeQgQAKkIEAHRCBAB1QgQAykIEANRCBAAgQwQALkMEAHZDBAB7QwQAzEMEANlDBABMnhEAPEQEAHhEBACHRAQAzkQEANBEBAAkRQQA00QEAIZLBAAxRQQAekUEAIdFBADQRQQA1UUEACZGBAAwRgQAfEYEAItGBADSRgQA10YEAChHBAA1RwQAfkcEAItHBADURwQA4EcEACpIBAA5SAQAgEgEAIpIBADWSAQA40gEACxJBAAxSQQAgkkEAIZJBADYSQQA5EkEAC5KBAA0SgQAhEoEAIpKBADaSgQA30oEADBLBAA2SwQAop4RAJNLBADcSwQA6UsEADJMBAA+TAQAiEwEAJdMBADeTAQA6EwEADRNBABCTQQAik0EAI9NBADgTQQA7U0EADZOBAA9TgQAjE4EAJFOBADiTgQA7k4EADhPBAA7TwQAjk8EAJtPBADkTwQA6U8EADpQBABEUAQAkFAEAJxQBADmUAQA+VAEADxRBABKUQQAklEEAJVRBADoUQQA8lEEAD5SBABKUgQAlFIEAJpSBADqUgQA8FIEAEBTBABFUwQAllMEAJxTBAD4nhEA9lMEAAgSBwD4UwQAQl4JAPtTBABCVAQARFQEAJhUBACpVAQA7lQEAP9UBABEVQQATFUEAJpVBACqVQQA8FUEAPJVBABGVgQAVFYEAJxWBACtVgQATp8RAPlWBACknxEASVcEAJ5XBACjVwQA9FcEAKRXBAD2gwQA+lcEAEpYBABUWAQAoFgEAKxYBAD2WAQA/FgEAExZBABSWQQAolkEAKdZBAD4WQQA/lkEAPqfEQBcWgQApFoEAL1aBAD6WgQA+1oEAFBbBABtWwQAplsEAK5bBABAfgQAwFsEAPxbBAD/WwQAUlwEAFdcBAD8oBEAwVwEAP5cBAAEXQQAVF0EABRdBAA8KAUAVl0EAKpdBACwXQQAAF4EABReBABWXgQAXl4EAKxeBAC5XgQAAl8EAAdfBABYXwQAYl8EAK5fBAC2XwQABGAEABVgBABaYAQAX2AEALBgBACyYAQABmEEAA1hBABcYQQAaGEEALJhBAC5YQQACGIEACRiBABeYgQAZmIEAFKhEQC1YgQACmMEABZjBABgYwQAbWMEALZjBAC+YwQADGQEAA9kBABiZAQAbWQEALhkBAC6ZAQADmUEABRlBABkZQQAcGUEALplBADBZQQAEGYEABhmBABmZgQAa2YEALxmBADVZgQAEmcEAD5nBABoZwQAdGcEAL5nBADNZwQAFGgEAB5oBABqaAQAcmgEAMBoBADQaAQAFmkEACRpBABsaQQAfWkEAMJpBADOaQQAqKERAB1qBABuagQAdmoEAMRqBADFagQAGmsEANpqBAAs2AsAN2sEAHBrBAB4awQAxmsEAMprBAAcbAQAImwEAHJsBAB0bAQAyGwEAMlsBAAebQQAH20EAHRtBACAbQQAym0EANBtBAAgbgQAKG4EAHZuBAB4bgQAzG4EAOduBAAibwQAJG8EAHhvBACGbwQAzm8EAN9vBAAkcAQAJnAEAHpwBACTcAQA0HAEAOFwBAAmcQQAMnEEAP6hEQCKcQQA0nEEAJhxBAAwKAgA6HEEAChyBAApcgQAfnIEAI9yBADUcgQA4HIEACpzBABAcwQAgHMEAIxzBADWcwQA43MEACx0BAA2dAQAgnQEAIR0BADYdAQA4nQEAC51BAA8dQQAhHUEAIl1BADadQQA53UEADB2BABMdgQAhnYEAI52BABUohEA6nYEADJ3BABLdwQAiHcEAIl3BADedwQA+3cEADR4BAA8eAQAingEAJt4BADgeAQA7ngEADZ5BABPeQQAjHkEAJJ5BADieQQA5HkEADh6BAA+egQAjnoEAKJ6BADkegQA7HoEADp7BABHewQAkHsEAJV7BADmewQA8HsEADx8BABEfAQAknwEAKJ8BADofAQA7XwEAD59BABHfQQAlH0EAKF9BADqfQQA8X0EAKqiEQBRfgQAln4EAKR+BADsfgQABX8EAEJ/BABIfwQAmH8EAJp/BADufwQA9H8EAESABABYgAQAmoAEAKKABADwgAQA/YAEAEaBBABLgQQAnIEEAKaBBADygQQA+oEEAEiCBABYggQAnoIEAKOCBAD0ggQA/YIEAEqDBABXgwQAoIMEAKeDBAAAoxEA+4MEAEyEBABNhAQAooQEAK6EBAD4hAQA/oQEAE6FBABfhQQApIUEALiFBAD6hQQACYYEAFCGBABVhgQApoYEALOGBAD8hgQADIcEAFKHBABghwQAqIcEAL+HBAD+hwQAB4gEAFSIBABaiAQAqogEALaIBAAAiQQAB4kEAFaJBAByiQQArIkEALSJBABWoxEACIoEAFiKBABeigQArooEALOKBAAEiwQACosEAKyjEQBfiwQAsIsEALKLBAAGjAQADYwEAFyMBABqjAQAsowEAL+MBAAIjQQAH40EAF6NBABmjQQAtI0EALWNBAAKjgQADY4EAGCOBAB0jgQAto4EAMWOBAAMjwQAEY8EAGKPBABjjwQAuI8EAM+PBABYpBEAEJAEAGSQBABxkAQAupAEAMeQBAAQkQQAFZEEAGaRBABwkQQAvJEEAMSRBAASkgQAIpIEAGiSBAB2kgQAvpIEAMuSBAAUkwQAG5MEAGqTBABykwQAwJMEAMKTBAAWlAQAHpQEAGyUBABtlAQAwpQEAIKUBABGLQUAx5QEABiVBAAblQQAbpUEAHiVBADElQQA25UEABqWBAAglgQAcJYEAHyWBADGlgQAyZYEAByXBAA5lwQAcpcEAIOXBADIlwQA0JcEAB6YBAAlmAQAdJgEAHqYBADKmAQA2JgEACCZBAA7mQQAdpkEAIKZBADMmQQA0pkEACKaBAA3mgQAeJoEAICaBADOmgQA2JoEACSbBAAqmwQAepsEAIibBADQmwQA3JsEACacBAAtnAQAfJwEAIScBACupBEA4JwEACidBAA+nQQAfp0EAIqdBADUnQQA2Z0EACqeBAAzngQAgJ4EAIqeBADWngQA4p4EAJqEBgDyngQALJ8EADSfBAAEpREAh58EANifBADlnwQALqAEADugBACEoAQAkKAEANqgBADpoAQAMKEEADqhBACGoQQAlKEEANyhBADhoQQAMqIEAD+iBACIogQAkKIEAFqlEQDsogQANKMEAEqjBACKowQAlqMEAOCjBADlowQANqQEAD+kBACMpAQAlqQEAOKkBADqpAQAOKUEAESlBACOpQQAoaUEAOSlBADlpQQAOqYEAEimBACQpgQAlqYEAOamBADypgQAPKcEAEOnBACwpREAnKcEAOinBADwpwQAPqgEAESoBAD+5wkATagEAJSoBACZqAQAbhYFAJqoBADqqAQA9qgEAECpBABCqQQAlqkEAKCpBADsqQQA+KkEAEKqBABKqgQABqYRAKCqBADuqgQA/aoEAESrBABJqwQAmqsEAKerBADwqwQA/asEAEasBABSrAQAnKwEAKusBADyrAQA/KwEAEitBABWrQQAnq0EAKOtBAD0rQQAAa4EAEquBABSrgQAoK4EAKquBAD2rgQA+64EAEyvBABUrwQAoq8EAK2vBAD4rwQA/a8EAE6wBABRsAQApLAEAK6wBAD6sAQAArEEAFymEQBVsQQAprEEALWxBAD8sQQA/rEEAFKyBABjsgQAqLIEALOyBAD+sgQAA7MEAFSzBABXswQAqrMEALSzBAAAtAQACLQEAFa0BABYtAQArLQEALm0BAACtQQACbUEAFi1BABgtQQArrUEAK+1BAAEtgQACbYEAFq2BABgtgQAsLYEALq2BAAGtwQADrcEALKmEQCStwQAsrcEAOe3BAAIuAQAIrgEAF64BACEuAQAtLgEAM64BAAKuQQAMLkEAGC5BAB6uQQAtrkEAN+5BAAMugQAFLoEAGK6BABkugQAuLoEAMW6BAAOuwQAFbsEAGS7BABsuwQAursEALu7BAAQvAQAFbwEAGa8BABsvAQAvLwEAMa8BAASvQQAGr0EAAinEQCEvQQAXqcRAMa9BAAUvgQAFr4EAGq+BAB3vgQAwL4EAMe+BAAWvwQAHr8EAGy/BABtvwQAwr8EAMe/BAAYwAQAHsAEAG7ABAB4wAQAxMAEAMzABAC0pxEAH8EEAHDBBABywQQAxsEEAM3BBAAcwgQAKsIEAHLCBAB/wgQAyMIEAN/CBAAewwQAJsMEAHTDBAB+wwQAysMEAIrDBADeIwUA1cMEACDEBAAsxAQAdsQEAH7EBAAKqBEAzcQEACLFBADWxAQAiKQFAOLEBAAMkQUAJ8UEAHjFBAB7xQQAzsUEANjFBAAkxgQAO8YEAHrGBACAxgQA0MYEANzGBAAmxwQAKccEAHzHBACZxwQA0scEAOPHBAAoyAQAR8gEAH7IBACGyAQA1MgEANbIBAAqyQQAOckEAIDJBACKyQQA1skEAOTJBAAsygQAR8oEAILKBACOygQA2MoEAODKBABgqBEAOssEAITLBACTywQA2ssEAN/LBAAwzAQANswEAIbMBACNzAQA3MwEAOTMBAAyzQQANM0EAIjNBACPzQQA3s0EAODNBAA0zgQANc4EAIrOBACUzgQA4M4EAOzOBAA2zwQAPM8EAIzPBACmzwQA4s8EAOrPBAA40AQATtAEAI7QBACc0AQA5NAEAOfQBAA60QQAPdEEAJDRBACe0QQA5tEEAPPRBAA80gQAU9IEAJLSBACa0gQA6NIEAOrSBAA+0wQARtMEAJTTBACr0wQA6tMEAPbTBABA1AQAVtQEAJbUBACe1AQA7NQEAPrUBABC1QQATNUEAJjVBACg1QQA7tUEAPXVBABE1gQAUNYEAJrWBACb1gQA8NYEAPzWBABG1wQAU9cEAJzXBACj1wQA8tcEAPXXBABI2AQAUNgEAJ7YBACj2AQA9NgEAAHZBABK2QQAetkEAKDZBACo2QQAtqgRAP7ZBAAq4xEAEtoEAEzaBABU2gQADKkRALDaBAD42gQA+toEAE7bBABf2wQApNsEAKzbBAD62wQABtwEAFDcBABW3AQAptwEAKzcBAD83AQAAd0EAFLdBABY3QQAYqkRAK3dBAD+3QQAtN0EAMYpDgAG3gQAVN4EAFneBAC6nAoAWt4EAOziCwBg3gQAKFULAGPeBACq3gQAZd4EADzgCwCv3gQAAN8EALDeBACijgkADd8EAFbfBABj3wQArN8EALjfBAAC4AQAEeAEAFjgBABi4AQAuqoRALjgBAAE4QQACeEEAFrhBABi4QQAEKsRALXhBAAG4gQACeIEAFziBABm4gQAsuIEANriBAC8qxEADuMEAF7jBAB04wQAtOMEAMLjBAAK5AQAF+QEAGDkBABi5AQAtuQEAMDkBAAM5QQAGOUEAGLlBABp5QQAuOUEAMDlBAAO5gQAFeYEAGTmBABt5gQAuuYEAMbmBAAQ5wQAGOcEABKsEQBr5wQAvOcEAMTnBAAS6AQAIegEAGjoBABt6AQAvugEAMvoBAAU6QQAIekEAGrpBAB26QQAwOkEAM/pBAAW6gQAIOoEAGzqBAB66gQAwuoEAMfqBAAY6wQAJesEAG7rBAB26wQAxOsEAM7rBAAa7AQAKOwEAHDsBACG7AQAxuwEANLsBAAc7QQAIe0EAHLtBAB77QQAyO0EANLtBABorBEAKO4EAHTuBACA7gQAyu4EANLuBAC+rBEAJe8EAHbvBACD7wQAzO8EANnvBAAi8AQALvAEAHjwBACH8AQAzvAEANjwBAAk8QQAPPEEAHrxBACE8QQA0PEEAN7xBAAm8gQAPPIEAHzyBACI8gQA0vIEANfyBAAo8wQAMfMEAH7zBACI8wQA1PMEANzzBAAUrREAN/QEAID0BABA9AQAqvYQAI30BADW9AQA4vQEACz1BAA79QQAgvUEAIz1BADY9QQA5vUEAC72BAA79gQAhPYEAJv2BADa9gQA4vYEADD3BAA69wQAhvcEAIv3BADc9wQA5PcEAGqtEQA++AQAiPgEAI74BADe+AQA+fgEADT5BABA+QQAivkEAJD5BADArREA6PkEABauEQA7+gQAjPoEAJn6BADi+gQA7/oEADj7BABE+wQAjvsEAJ37BADk+wQA7vsEADr8BABI/AQAkPwEAJX8BADm/AQA8/wEADz9BABE/QQAbK4RAJ79BADo/QQA+P0EAD7+BABH/gQAlP4EAJf+BADq/gQA9v4EAED/BABH/wQAwq4RAKT/BADs/wQAAgAFAEIABQBOAAUAmAAFAJ8ABQDuAAUA9gAFAEQBBQBJAQUAmgEFAKMBBQDwAQUA+gEFABivEQBLAgUAnAIFAFICBQD6BgUApAIFAPICBQD4AgUASAMFAE0DBQCeAwUApwMFAPQDBQD+AwUASgQFAFYEBQCgBAUAqAQFAG6vEQD7BAUATAUFAFQFBQCiBQUArQUFAPgFBQD9BQUATgYFAFEGBQCkBgUArgYFAMSvEQAEBwUAUAcFAFQHBQCmBwUAqwcFAPwHBQACCAUAUggFAHIIBQCoCAUAsAgFAP4IBQAMCQUAVAkFAFcJBQCqCQUAsgkFAAAKBQAJCgUAVgoFAGMKBQCsCgUAsgoFAAILBQAOCwUAWAsFAFoLBQCuCwUAvQsFAAQMBQAPDAUAWgwFAFwMBQCwDAUAyQwFAAYNBQAXDQUAXA0FAGgNBQAasBEAug0FAAgOBQAoDgUAXg4FAGwOBQC0DgUAwQ4FAAoPBQARDwUAYA8FAHwPBQC2DwUAvg8FAHCwEQAREAUAYhAFAG8QBQC4EAUAxRAFAA4RBQAaEQUAZBEFAHMRBQC6EQUAxBEFABASBQAlEgUAZhIFAG4SBQC8EgUAyxIFABITBQAUEwUAaBMFAHETBQC+EwUAwRMFABQUBQAgFAUAahQFAIYUBQDAFAUAyBQFAMawEQAbFQUAbBUFAIIVBQDCFQUAzhUFABgWBQA7FgUAHLERAHsWBQDEFgUA0RYFABoXBQAmFwUAcBcFAH8XBQDGFwUA0BcFABwYBQAkGAUAchgFAHwYBQDIGAUAzRgFAB4ZBQAmGQUAcrERAIgZBQDKGQUA8BkFACAaBQBGGgUAdhoFAJwaBQDMGgUA9xoFACIbBQAqGwUAeBsFAKIbBQDOGwUABBwFACQcBQBKHAUAehwFAKAcBQDQHAUABh0FACYdBQBRHQUAfB0FAIQdBQDSHQUA1x0FAOh+BQDhHQUAKB4FAC0eBQB+HgUAix4FANQeBQDhHgUAKh8FADYfBQCAHwUAjx8FANYfBQDgHwUALCAFADogBQCCIAUAhyAFANggBQDlIAUALiEFADYhBQCEIQUAiiEFANohBQCOIQUAOHwFAOYhBQAwIgUAQCIFAIYiBQCPIgUA3CIFAN8iBQAyIwUAPiMFAIgjBQCPIwUAyLERAPIjBQA0JAUANyQFAIokBQCnJAUA4CQFAPEkBQA2JQUAPSUFAIwlBQClJQUA4iUFAOolBQA4JgUATiYFAI4mBQCTJgUA5CYFAOsmBQA6JwUAQycFAJAnBQChJwUA5icFAPInBQAeshEAPigFAJgrBQBQKAUAkigFAJUoBQDoKAUABSkFAD4pBQBPKQUAlCkFAKMpBQDqKQUA+ykFAEAqBQBOKgUAlioFAKIqBQDsKgUA+SoFAEIrBQBMKwUAdLIRAJ4rBQDuKwUA/CsFAEQsBQBGLAUAmiwFAKEsBQDwLAUACS0FAMqyEQBaLQUAnC0FAJ8tBQDyLQUADy4FAEguBQBZLgUAni4FAKYuBQD0LgUA+y4FAEovBQBQLwUAoC8FAK4vBQD2LwUAETAFAEwwBQBYMAUAojAFAKgwBQD4MAUADTEFAE4xBQBWMQUApDEFAK4xBQD6MQUAADIFAFAyBQBeMgUApjIFALIyBQD8MgUAAzMFAFIzBQBaMwUAILMRALEzBQD+MwUACzQFAFQ0BQBiNAUAqjQFALk0BQAANQUAAjUFAFY1BQBgNQUArDUFALo1BQACNgUABzYFAFg2BQBlNgUArjYFALE2BQAENwUAEDcFAFo3BQBtNwUAsDcFAL83BQAGOAUAEjgFAFw4BQBdOAUAsjgFALw4BQAIOQUAFjkFAF45BQBjOQUAtDkFAME5BQB2sxEADzoFAGA6BQB2OgUAtjoFAMw6BQAMOwUAFTsFAGI7BQBvOwUAuDsFAMY7BQAOPAUAHTwFAGQ8BQBmPAUAujwFAMQ8BQAQPQUAHj0FAGY9BQBrPQUAvD0FAMk9BQASPgUAFT4FAGg+BQBwPgUAvj4FAM8+BQAUPwUAIj8FAGo/BQB3PwUAwD8FAOA/BQAWQAUAHkAFAGxABQB8QAUAwkAFAMRABQAYQQUAJkEFAG5BBQB/QQUAeLQRAMpBBQAaQgUAJkIFAM60EQB3QgUAxkIFAH1CBQCcMQcAzUIFABxDBQAiQwUAckMFAH5DBQDIQwUAy0MFAB5EBQAhRAUAdEQFAJxEBQDKRAUA7UQFACBFBQArRQUAdkUFAHtFBQDMRQUAz0UFACJGBQAsRgUAeEYFAKBGBQAktREA00YFACRHBQAxRwUAekcFAIdHBQDQRwUA3EcFACZIBQA1SAUAfEgFAIZIBQDSSAUA2kgFAChJBQAySQUAfkkFAINJBQDUSQUA3EkFAHq1EQA3SgUAgEoFAJRKBQDWSgUA3koFACxLBQAxSwUAgksFAJJLBQDYSwUA4EsFAC5MBQA4TAUAhEwFAI9MBQDaTAUA5kwFADBNBQA4TQUA0LURAIdNBQDcTQUA6E0FADJOBQBBTgUAiE4FAJZOBQDeTgUA7k4FADRPBQBCTwUAik8FAJZPBQDgTwUA508FADZQBQA+UAUAjFAFAKJQBQDiUAUA9lAFADhRBQA7UQUAjlEFAKtRBQDkUQUA9VEFADpSBQBCUgUAkFIFAJtSBQDmUgUA61IFADxTBQA/UwUAklMFAJxTBQDoUwUA61MFACa2EQBAVAUAOFcIAENUBQCUVAUAl1QFAOpUBQD0VAUAQFUFAEhVBQCWVQUAtVUFAHy2EQAAVgUAQlYFAGhWBQCYVgUAvlYFAO5WBQAUVwUARFcFAHxXBQCaVwUA0FcFAPBXBQAWWAUARlgFAGxYBQCcWAUA0lgFAPJYBQAWWQUASFkFAGRZBQCeWQUAplkFANK2EQD5WQUASloFAFdaBQCgWgUArVoFAPZaBQACWwUATFsFAFtbBQCiWwUArFsFAPhbBQAGXAUATlwFAFNcBQCkXAUAsVwFAPpcBQACXQUAKLcRAFxdBQCmXQUAtl0FAPxdBQAFXgUAUl4FAFVeBQCoXgUAtF4FAP5eBQAFXwUAfrcRAGJfBQCqXwUAwF8FAABgBQAMYAUAVmAFAF1gBQCsYAUAtGAFAAJhBQAHYQUAWGEFAGFhBQCuYQUAuGEFANS3EQAFYgUAWmIFAGZiBQCwYgUAtmIFAAZjBQAIYwUAXGMFAGZjBQCyYwUAwGMFAAhkBQANZAUAXmQFAGtkBQC0ZAUAvGQFAAplBQAUZQUAYGUFAG5lBQC2ZQUAzGUFAAxmBQAYZgUAYmYFAGlmBQC4ZgUAwGYFAA5nBQATZwUAZGcFAG1nBQC6ZwUAxGcFACq4EQATaAUAZmgFAINoBQC8aAUAzWgFABJpBQAgaQUAaGkFAIBpBQC+aQUAwWkFABRqBQAxagUAamoFAHtqBQDAagUA2GoFABZrBQAiawUAbGsFAH9rBQDCawUA0WsFABhsBQAkbAUAbmwFAG9sBQDEbAUAzmwFABptBQAobQUAcG0FAHVtBQDGbQUA020FAIC4EQAhbgUAcm4FAH9uBQDIbgUA1W4FAB5vBQAqbwUAdG8FAINvBQDKbwUA1G8FACBwBQAucAUAdnAFAHtwBQDMcAUA2XAFACJxBQAqcQUAgrkRAIRxBQDOcQUA3nEFACRyBQAtcgUAenIFAH1yBQDQcgUA3HIFACZzBQAtcwUA2LkRAIpzBQDScwUA6HMFACh0BQA0dAUAfnQFAIV0BQDUdAUA3HQFACp1BQAvdQUAgHUFAIl1BQDWdQUA4HUFAC66EQAtdgUAgnYFAI52BQDYdgUA3nYFAC53BQAwdwUAhHcFAI53BQDadwUA6HcFADB4BQA1eAUAhngFAJN4BQDceAUA5HgFADJ5BQA8eQUAiHkFAJZ5BQDeeQUA9HkFADR6BQBAegUAinoFAJF6BQDgegUA6HoFADZ7BQA7ewUAjHsFAJV7BQDiewUA7HsFAIS6EQBGfAUAjnwFAKR8BQDkfAUA8HwFADp9BQBBfQUAkH0FAJh9BQDmfQUA630FADx+BQBFfgUAkn4FAJx+BQDauhEA6X4FAD5/BQBKfwUAlH8FAJp/BQDqfwUA7H8FAECABQBKgAUAloAFAKSABQDsgAUA8YAFAEKBBQBPgQUAmIEFAKCBBQDugQUA+IEFAESCBQBSggUAmoIFALCCBQDwggUA/IIFAEaDBQBNgwUAnIMFAKSDBQDygwUA94MFAEiEBQBRhAUAnoQFAKiEBQAwuxEA9oQFAPYUDQAChQUASoUFAFuFBQCghQUApYUFAPaFBQANhgUATIYFAGCGBQCihgUAuoYFAPiGBQAHhwUATocFAFOHBQCkhwUAsYcFAPqHBQAHiAUAUIgFAFyIBQCmiAUAtYgFAPyIBQAGiQUAUokFAFqJBQCoiQUAxokFAP6JBQAGigUAVIoFAF2KBQCqigUAt4oFAACLBQACiwUAVosFAG+LBQCsiwUAvYsFAAKMBQAOjAUAWIwFAGCMBQCGuxEAs4wFAASNBQAMjQUAWo0FAGmNBQCwjQUAtY0FAAaOBQATjgUAXI4FAGmOBQCyjgUAvo4FAAiPBQAXjwUAXo8FAGiPBQC0jwUAvI8FAAqQBQAUkAUAYJAFAGWQBQC2kAUAvpAFANy7EQAgkQUAYpEFAGWRBQC4kQUA1ZEFAA6SBQAfkgUAZJIFAJqSBQC6kgUA2ZIFABCTBQAYkwUAZpMFAGiTBQC8kwUAy5MFABKUBQAclAUAaJQFAHaUBQC+lAUA2ZQFABSVBQAglQUAapUFAHKVBQAyvBEAzJUFABaWBQAllgUAbJYFAHGWBQDClgUAyJYFABiXBQAflwUAbpcFAHaXBQDElwUAxpcFABqYBQAhmAUAcJgFAHKYBQDGmAUAx5gFAByZBQAmmQUAcpkFAH6ZBQDImQUAzpkFAB6aBQA4mgUAdJoFAHyaBQDKmgUA4JoFACCbBQAumwUAdpsFAHmbBQDMmwUAz5sFACKcBQAwnAUAeJwFAIWcBQDOnAUA5ZwFACSdBQAsnQUAep0FAHydBQDQnQUA2J0FACaeBQA9ngUAfJ4FAIieBQDSngUA6J4FACifBQAwnwUAfp8FAIyfBQDUnwUA3p8FACqgBQAyoAUAgKAFAIegBQDWoAUA4qAFACyhBQAtoQUAgqEFAI6hBQDYoQUA5aEFAC6iBQA1ogUAhKIFAIeiBQDaogUA4qIFADCjBQA1owUAhqMFAJOjBQDcowUADKQFADKkBQA6pAUAiLwRAI6kBQDepAUA7KQFADSlBQBFpQUAiqUFAI+lBQDgpQUA96UFADamBQBKpgUAjKYFAKumBQDipgUA6qYFADinBQA6pwUAjqcFAJ2nBQDkpwUA7qcFADqoBQBIqAUAkKgFAKuoBQDmqAUA8qgFADypBQBEqQUA3rwRAJ6pBQDoqQUA96kFAD6qBQBDqgUAlKoFAJqqBQDqqgUA8aoFAECrBQBIqwUAlqsFAJirBQDsqwUA86sFAEKsBQBErAUAmKwFAJmsBQDurAUA+KwFAEStBQBQrQUAmq0FAKCtBQDwrQUACq4FAEauBQBOrgUAnK4FALKuBQDyrgUAAK8FAEivBQBLrwUAnq8FAKGvBQD0rwUAArAFAEqwBQBXsAUAoLAFALewBQD2sAUA/rAFAEyxBQBOsQUAorEFAKqxBQD4sQUAD7IFAE6yBQBasgUApLIFALqyBQD6sgUAArMFAFCzBQBeswUAprMFALCzBQD8swUABLQFAFK0BQBZtAUAqLQFALS0BQD+tAUA/7QFAFS1BQBgtQUAqrUFALe1BQAAtgUAB7YFAFa2BQBZtgUArLYFALS2BQACtwUAB7cFAFi3BQBltwUArrcFAN63BQAEuAUADLgFADS9EQBfuAUAsLgFAMy4BQAGuQUADrkFAIq9EQCVuQUAsrkFANi5BQAIugUAMboFAF66BQCUugUAtLoFAMm6BQAKuwUAErsFAGC7BQBjuwUAtrsFANO7BQAMvAUAHbwFAGK8BQBlvAUAuLwFAMK8BQAOvQUAEL0FAGS9BQBuvQUAur0FAMa9BQAQvgUALL4FAGa+BQBuvgUA4L0RAO++BQASvwUAFb8FAGi/BQCOvwUAvr8FAOe/BQAUwAUAOMAFAGrABQBywAUANr4RAMXABQAWwQUAI8EFAGzBBQB5wQUAwsEFAM7BBQAYwgUAJ8IFAG7CBQB4wgUAxMIFANLCBQAawwUAH8MFAHDDBQB9wwUAxsMFAM7DBQAcxAUAJsQFAHLEBQCAxAUAyMQFAN7EBQAexQUAKsUFAHTFBQB5xQUAysUFANPFBQAgxgUAKsYFAHbGBQCSxgUAzMYFANTGBQCMvhEAJMcFAHjHBQCGxwUAzscFAN/HBQDivhEAK8gFADi/EQB/yAUA0MgFANjIBQAmyQUANckFAHzJBQCCyQUA0skFAN7JBQAoygUAKsoFAH7KBQCIygUA1MoFAODKBQAqywUAMssFAOS/EQCFywUA1ssFAOXLBQAszAUATMwFAILMBQCOzAUA2MwFAOLMBQAuzQUANs0FAITNBQCGzQUA2s0FAOrNBQAwzgUAOs4FAIbOBQCSzgUA3M4FAOLOBQAyzwUAOs8FADrAEQCfzwUA3s8FAObPBQA00AUAPtAFAIrQBQCP0AUA4NAFAOjQBQCQwBEAO9EFAIzRBQCV0QUAlGIMAJnRBQDi0QUAotEFABR+DwDs0QUAoEMPAO/RBQA40gUARNIFAI7SBQCd0gUA5NIFAO7SBQA60wUAQtMFAKBmCwBI0wUAkNMFAJ3TBQDm0wUA/dMFADzUBQBE1AUAktQFAJzUBQDo1AUA7dQFAD7VBQBG1QUA5sARAKHVBQDq1QUA+NUFAEDWBQBT1gUAltYFAJ7WBQDs1gUA79YFAELXBQBH1wUAmNcFAKfXBQDu1wUADtgFAETYBQBQ2AUAmtgFAKTYBQDw2AUADNkFAEbZBQBO2QUAPMERAK/ZBQDy2QUA+NkFAEjaBQBU2gUAntoFAKjaBQD02gUA+toFAErbBQBY2wUAoNsFAKzbBQD22wUA+dsFAEzcBQBN3AUAotwFAK7cBQD43AUA/twFAE7dBQBU3QUApN0FALDdBQD63QUAF94FAFDeBQBZ3gUApt4FALLeBQD83gUA/94FAFLfBQBc3wUAqN8FALTfBQD+3wUABOAFAFTgBQBa4AUAquAFAK/gBQAA4QUABuEFAJLBEQBi4QUArOEFAK7hBQAC4gUAEeIFAFjiBQBj4gUAruIFALriBQAE4wUAC+MFAFrjBQBi4wUAsOMFALrjBQAG5AUAEeQFAFzkBQBo5AUAsuQFALrkBQCUwhEACuUFAF7lBQBx5QUAtOUFALzlBQAK5gUAEOYFAGDmBQBs5gUAtuYFAMDmBQAM5wUAEucFAGLnBQBw5wUAuOcFAMTnBQAO6AUAEegFAGToBQBs6AUAuugFALvoBQAQ6QUAHOkFAGbpBQBs6QUAvOkFAMTpBQAS6gUAGOoFAGjqBQB06gUAvuoFANvqBQAU6wUAHesFAGrrBQB26wUAwOsFAMPrBQAW7AUAIOwFAGzsBQB07AUAwuwFANPsBQAY7QUAJu0FAG7tBQCE7QUAxO0FANLtBQAa7gUAJO4FAOrCEQB/7gUAxu4FANHuBQAc7wUAKO8FAHLvBQB57wUAyO8FANDvBQAe8AUAKPAFAHTwBQB/8AUAyvAFANbwBQAg8QUAKPEFAEDDEQB48QUAzPEFAN/xBQAi8gUAKvIFAHjyBQB+8gUAzvIFANryBQAk8wUALvMFAHrzBQCA8wUA0PMFAN7zBQAm9AUAMvQFAHz0BQB/9AUA0vQFANr0BQAo9QUAKfUFAH71BQCK9QUA1PUFANr1BQAq9gUAMvYFAID2BQCG9gUA1vYFAOL2BQAs9wUASfcFAIL3BQCL9wUA2PcFAOT3BQAu+AUAMfgFAIT4BQCO+AUA2vgFAOL4BQAw+QUAQfkFAIb5BQCU+QUA3PkFAPL5BQAy+gUAQPoFAIj6BQCS+gUA3voFAOb6BQA0+wUAV/sFAJbDEQCV+wUA4PsFAO77BQA2/AUARfwFAIz8BQCX/AUA4vwFAOr8BQA4/QUARv0FAI79BQCR/QUA5P0FAOz9BQDswxEASP4FAJD+BQCT/gUA5v4FAO7+BQA4UwYA8v4FAJouBgD1/gUASAUGAAL/BQA8/wUAWP8FAELEEQCU/wUA6P8FAPX/BQA+AAYASwAGAJQABgCZAAYA6gAGAPQABgBAAQYATwEGAJYBBgCbAQYA7AEGAPkBBgBCAgYATwIGAJgCBgCkAgYA7gIGAP0CBgBEAwYATgMGAJoDBgCmAwYA8AMGAPYDBgBGBAYATAQGAJwEBgChBAYA8gQGAPgEBgCYxBEATQUGANojBgBZBQYAngUGAKwFBgD0BQYAAAYGAEoGBgBXBgYAoAYGAKoGBgD2BgYAEgcGAEwHBgBoBwYA7sQRAKQHBgD4BwYABQgGAE4IBgBbCAYApAgGAKkIBgD6CAYABAkGAFAJBgBfCQYApgkGAKsJBgD8CQYACQoGAFIKBgBfCgYAqAoGALQKBgD+CgYADQsGAFQLBgBeCwYAqgsGALYLBgAADAYABgwGAFYMBgBcDAYArAwGALEMBgACDQYACA0GAETFEQBkDQYArg0GALUNBgAEDgYAEg4GAFoOBgBdDgYAsA4GALgOBgAGDwYACw8GAFwPBgBpDwYAsg8GALoPBgCaxREADxAGAF4QBgBsEAYAtBAGALcQBgAKEQYAGREGAGARBgBlEQYAthEGAMMRBgAMEgYAGRIGAGISBgBuEgYAuBIGAMcSBgAOEwYAGBMGAGQTBgByEwYAuhMGAL8TBgAQFAYAHRQGAGYUBgByFAYAvBQGAM8UBgASFQYAIRUGAGgVBgB0FQYAvhUGAL8VBgAUFgYAHhYGAGoWBgB4FgYAwBYGAMUWBgAWFwYAIxcGAPDFEQBuFwYAwhcGANAXBgAYGAYAKRgGAPLGEQB1GAYASMcRAMkYBgAaGQYAIhkGAHAZBgB/GQYAxhkGAMsZBgAcGgYAKRoGAHIaBgB/GgYAyBoGANQaBgAeGwYALRsGAHQbBgB+GwYA9McRAMwbBgAgHAYAOxwGAHYcBgB4HAYAzBwGAOYcBgAiHQYALx0GAHgdBgCEHQYAzh0GANgdBgAkHgYAPh4GAHoeBgCJHgYA0B4GANUeBgAmHwYAMx8GAHwfBgCJHwYA0h8GAN4fBgAoIAYANyAGAH4gBgCIIAYA1CAGAOAgBgAqIQYAPSEGAIAhBgCPIQYA1iEGAOIhBgAsIgYALSIGAIIiBgCMIgYA2CIGAOYiBgAuIwYAMyMGAIQjBgCRIwYASsgRAOcjBgAwJAYAPSQGAIYkBgCSJAYA3CQGAOskBgAyJQYAPCUGAIglBgCWJQYA3iUGAOMlBgA0JgYAQSYGAIomBgCWJgYA4CYGAPMmBgA2JwYARScGAIwnBgCYJwYA4icGAOMnBgA4KAYAQigGAI4oBgCcKAYA5CgGAOkoBgA6KQYARykGAKDIEQCdKQYA5ikGAOgpBgA8KgYAVSoGAJIqBgCjKgYA6CoGAPQqBgA+KwYARisGAKLJEQCZKwYA6isGAPIrBgBALAYATywGAJYsBgCbLAYA7CwGAPksBgBCLQYATy0GAJgtBgCkLQYA7i0GAP0tBgBELgYATi4GAPjJEQCtLgYA8C4GAP8uBgBGLwYAUi8GAJwvBgCdLwYA8i8GAPwvBgBIMAYAVjAGAJ4wBgCjMAYA9DAGAAExBgBOyhEATzEGAKAxBgCtMQYA9jEGAAMyBgBMMgYAWDIGAKIyBgCxMgYA+DIGAAIzBgBOMwYAXDMGAKQzBgCpMwYA+jMGAAc0BgBQNAYAWDQGAFDLEQCyNAYA/DQGAAw1BgBSNQYAWzUGAKg1BgCrNQYA/jUGAAo2BgBUNgYAWzYGAKbLEQC1NgYAADcGAAE3BgBWNwYAbjcGAKw3BgC5NwYAAjgGAA44BgBYOAYAYjgGAK44BgCyOAYABDkGAAk5BgBaOQYAYDkGALA5BgDQOQYABjoGAB46BgBcOgYAczoGALI6BgC+OgYACDsGABI7BgBeOwYAYDsGALQ7BgC7OwYACjwGABE8BgBgPAYAZjwGALY8BgDCPAYADD0GAA89BgBiPQYAZT0GALg9BgDEPQYADj4GABE+BgD8yxEAaT4GALo+BgDCPgYAED8GABY/BgBmPwYAaz8GALw/BgDFPwYAEkAGABxABgBoQAYAdEAGAL5ABgDGQAYAUswRABlBBgBqQQYAckEGAMBBBgDLQQYAFkIGABtCBgBsQgYAb0IGAMJCBgDMQgYAqMwRACBDBgBuQwYAckMGAMRDBgDGQwYAGkQGAB1EBgBwRAYAeEQGAMZEBgDTRAYAHEUGACFFBgByRQYAfEUGAMhFBgDQRQYAHkYGAB9GBgB0RgYAeUYGAMpGBgDNRgYAIEcGACNHBgB2RwYAhEcGAMxHBgDlRwYAIkgGADNIBgB4SAYAhEgGAM5IBgDWSAYA/swRAClJBgB6SQYAgkkGANBJBgDfSQYAJkoGACtKBgB8SgYAiUoGANJKBgDfSgYAKEsGADRLBgB+SwYAjUsGANRLBgDeSwYAKkwGADJMBgCATAYAikwGANZMBgDbTAYALE0GADRNBgBUzREAjU0GANhNBgDkTQYALk4GADZOBgCqzREAkE4GANpOBgDhTgYAME8GAD5PBgCGTwYAiU8GANxPBgDkTwYAMlAGADVQBgCIUAYAlFAGAN5QBgDkUAYANFEGAE9RBgCKUQYAllEGAOBRBgDmUQYANlIGAFlSBgCMUgYAj1IGAOJSBgAGUwYAAM4RAEdTBgCOUwYAk1MGAORTBgDxUwYAOlQGAEdUBgCQVAYAnFQGAOZUBgD1VAYAPFUGAEZVBgCSVQYAoFUGAOhVBgDtVQYAPlYGAEtWBgCUVgYAnFYGAFbOEQD3VgYAQFcGAEhXBgCWVwYAr1cGAOxXBgDyVwYAQlgGAEdYBgCYWAYAuFgGAO5YBgD6WAYARFkGAFFZBgCaWQYAolkGAPBZBgDzWQYARloGAFBaBgCcWgYAnloGAPJaBgD8WgYASFsGAFRbBgCszhEAtFsGAPRbBgAAXAYASlwGAE9cBgCgXAYAUlwGAEjJEgCpXAYA9lwGAABdBgBMXQYAVF0GACxVCgBYXQYAol0GAG9dBgBQkgoAqF0GAPhdBgC1XQYAEk4NAP5dBgBOXgYAU14GAKReBgCqXgYAAs8RAAhfBgBQXwYAZl8GAKZfBgCyXwYA/F8GAAFgBgBSYAYAW2AGAKhgBgCyYAYA/mAGAAZhBgBUYQYAY2EGAKphBgCvYQYAAGIGAA1iBgBWYgYAY2IGAKxiBgC4YgYAAmMGABFjBgBYYwYAYmMGAK5jBgC8YwYABGQGABFkBgBaZAYAcWQGALBkBgC4ZAYABmUGABBlBgBcZQYAYWUGALJlBgC6ZQYABNARABRmBgBeZgYAZGYGALRmBgDPZgYACmcGABZnBgBgZwYAZmcGAFrQEQC8ZwYAGP0NAMlnBgAMaAYAG2gGAGJoBgBuaAYAuGgGALloBgAOaQYAGGkGAGRpBgByaQYAumkGAL9pBgAQagYAHWoGALDQEQBragYAvGoGAMRqBgASawYAFWsGAGhrBgBxawYAvmsGAM1rBgAUbAYAH2wGAGpsBgBybAYAwGwGANBsBgAWbQYAJG0GAGxtBgB9bQYAwm0GAM5tBgAYbgYAIG4GALLREQB0bgYAxG4GAMxuBgAabwYAIW8GAHBvBgB+bwYAxm8GAMxvBgAccAYAKHAGAHJwBgCBcAYAyHAGANJwBgAecQYAI3EGAHRxBgB6cQYAynEGAN5xBgAgcgYAKHIGAHZyBgCgcgYAzHIGANVyBgAicwYAL3MGAHhzBgCGcwYAznMGAOFzBgAkdAYAQHQGAAjSEQB/dAYA0HQGAN10BgAmdQYAM3UGAHx1BgCIdQYA0nUGAOF1BgAodgYAMnYGAH52BgCMdgYA1HYGANl2BgAqdwYAN3cGAIB3BgCIdwYAXtIRAOJ3BgAseAYAPHgGAIJ4BgCLeAYA2HgGANt4BgAueQYAOnkGAIR5BgCLeQYAtNIRAAR6BgAwegYAOXoGAIZ6BgCTegYA3HoGAOp6BgAyewYARXsGAIh7BgCkewYACtMRAOx7BgA0fAYASnwGAIp8BgCWfAYA4HwGAOd8BgA2fQYAPn0GAIx9BgCRfQYA4n0GAOt9BgA4fgYAQn4GAGDTEQCPfgYA5H4GAPB+BgA6fwYAQH8GAJB/BgCSfwYA5n8GAPB/BgA8gAYASoAGAJKABgCXgAYA6IAGAPWABgA+gQYARoEGAJSBBgCegQYA6oEGAPiBBgBAggYAVoIGAJaCBgCiggYA7IIGAPOCBgBCgwYASoMGAJiDBgCdgwYA7oMGAPeDBgBEhAYAToQGALbTEQCghAYA8IQGAPaEBgBGhQYAS4UGAJyFBgCihQYADNQRAPeFBgBIhgYAVYYGAJ6GBgCrhgYA9IYGAACHBgBKhwYAWYcGAKCHBgCqhwYA9ocGAASIBgBMiAYAUYgGAKKIBgCviAYA+IgGAACJBgAO1REAXIkGAKSJBgC6iQYA+okGAAaKBgBQigYAVYoGAKaKBgCvigYA/IoGAAaLBgBk1REAXosGAKiLBgC5iwYA/osGAAqMBgBUjAYAY4wGAKqMBgC0jAYAAI0GAA6NBgBWjQYAW40GAKyNBgC5jQYAAo4GAAyOBgBYjgYADo4GAAqSBgBmjgYAro4GAMSOBgAEjwYAEI8GAFqPBgBfjwYAsI8GALmPBgAGkAYAEJAGAFyQBgBokAYAspAGALiQBgAIkQYADpEGAF6RBgBjkQYAtJEGALqRBgC61REAEJIGAGCSBgBmkgYAtpIGALuSBgAMkwYAEpMGABDWEQBwkwYAuJMGAM6TBgAOlAYAGpQGAGSUBgBplAYAupQGAMOUBgAQlQYAGpUGAGaVBgBylQYAvJUGAM+VBgASlgYAIZYGAGiWBgB0lgYAvpYGAL+WBgAUlwYAHpcGAGqXBgB4lwYAwJcGAMWXBgAWmAYAI5gGAGbWEQB7mAYAwpgGAOKYBgAYmQYAJJkGAG6ZBgB4mQYAxJkGAMmZBgAamgYAG5oGAHCaBgB8mgYAxpoGANOaBgAcmwYAKJsGAHKbBgCFmwYAyJsGANebBgAenAYAKpwGAHScBgB1nAYAypwGANScBgAgnQYALp0GAHadBgB7nQYAzJ0GANmdBgC81hEAPp4GABLXEQB+ngYAzp4GANSeBgAknwYAKZ8GAHqfBgCAnwYAaNcRANWfBgAmoAYAKaAGAHygBgCIoAYA0qAGANigBgAooQYAQ6EGAH6hBgCKoQYA1KEGANqhBgAqogYALKIGAICiBgCbogYA1qIGANiiBgAsowYAOqMGAIKjBgCTowYA2KMGANqjBgAupAYAR6QGAISkBgCVpAYA2qQGAOakBgBq2BEAOqUGAIalBgCUpQYA3KUGAPKlBgAypgYAPqYGAIimBgCNpgYA3qYGAOemBgA0pwYAPqcGAIqnBgCSpwYA4KcGAOWnBgA2qAYARagGAIyoBgCbqAYA4qgGAOuoBgA4qQYAPqkGAI6pBgCUqQYA5KkGAPCpBgA6qgYAQaoGAJCqBgCYqgYA5qoGAOiqBgA8qwYATKsGAJKrBgCcqwYA6KsGAPSrBgA+rAYARKwGAJSsBgCcrAYAwNgRAPasBgBArQYAUa0GAJatBgCirQYA7K0GAPutBgBCrgYATK4GAJiuBgCmrgYA7q4GAPOuBgBErwYAUa8GAJqvBgCirwYA8K8GAPqvBgDKxwYA/K8GAEawBgBMsAYAnLAGAKKwBgDysAYA97AGAEixBgBOsQYAFtkRAKqxBgD0sQYA+rEGAEqyBgBlsgYAoLIGAKyyBgD2sgYA/LIGAEyzBgBUswYAorMGAKWzBgD4swYABLQGAE60BgBftAYApLQGALC0BgD6tAYACbUGAFC1BgBatQYAprUGALS1BgD8tQYAAbYGAFK2BgBftgYAqLYGALC2BgD+tgYACLcGAFS3BgBitwYAqrcGAMC3BgAAuAYADLgGAFa4BgBbuAYArLgGALW4BgACuQYADLkGABjaEQBeuQYArrkGALS5BgAEugYAELoGAFq6BgBnugYAsLoGALq6BgAGuwYADrsGAFy7BgBmuwYAsrsGALe7BgAIvAYACbwGAF68BgBjvAYAtLwGAMW8BgAKvQYAD70GAGC9BgB3vQYAtr0GAMq9BgAMvgYAKL4GAGK+BgBqvgYAbtoRAMC+BgAOvwYAGL8GAGS/BgB4vwYAur8GALu/BgAQwAYAHMAGAGbABgCCwAYAvMAGAMTABgDE2hEAG8EGAGjBBgB2wQYAvsEGAHfBBgCQMwsAyMEGABTCBgAWwgYAasIGAIPCBgDAwgYA0cIGABbDBgAiwwYAbMMGAHTDBgAa2xEAzsMGABjEBgAexAYAbsQGAInEBgDExAYA0MQGABrFBgAgxQYAcMUGAHPFBgDGxQYAzsUGABzGBgAsxgYAcsYGAHfGBgDIxgYA0cYGAB7HBgArxwYAdMcGAHvHBgBw2xEA2McGACDIBgA2yAYAdsgGAILIBgDMyAYA0cgGACLJBgAryQYAeMkGAILJBgDOyQYA6skGACTKBgAsygYAxtsRAH/KBgDQygYA2MoGACbLBgAoywYAfMsGAJfLBgDSywYA1MsGACjMBgA2zAYAfswGAI/MBgDUzAYA1swGACrNBgBDzQYAgM0GAJHNBgDWzQYA4s0GACzOBgA0zgYAHNwRAI7OBgDYzgYA3s4GAC7PBgBJzwYAhM8GAJDPBgDazwYA4M8GADDQBgAz0AYActwRAKPQBgDc0AYA3dAGADLRBgBB0QYAiNEGAI3RBgDe0QYA69EGADTSBgBB0gYAitIGAJbSBgDg0gYA79IGADbTBgBA0wYAjNMGAJrTBgDi0wYA59MGADjUBgBF1AYAjtQGAJrUBgDk1AYA6tQGADrVBgD31AYAuuoGAEDVBgCQ1QYAldUGAObVBgDs1QYAyNwRAEHWBgCS1gYAstYGAOjWBgD01gYAPtcGAETXBgCU1wYAnNcGAEIEBwCd1wYA6tcGAPfXBgBA2AYARtgGAJbYBgCi2AYA7NgGAO7YBgBC2QYAUdkGAJjZBgCj2QYA7tkGAPDZBgBE2gYAXdoGAJraBgCr2gYA8NoGAPzaBgBG2wYAUtsGAJzbBgCv2wYA8tsGAAHcBgBI3AYAVNwGAJ7cBgCf3AYA9NwGAP7cBgBK3QYAWN0GAKDdBgCl3QYA9t0GAAPeBgAe3REAWd4GAKLeBgC23gYA+N4GABTfBgBO3wYAat8GAHTdEQCz3wYA+t8GAPvfBgBQ4AYAX+AGAKbgBgCr4AYA/OAGAAnhBgBS4QYAX+EGAKjhBgC04QYA/uEGAA3iBgBU4gYAXuIGAKriBgC44gYAAOMGAAXjBgBW4wYAY+MGAKzjBgC84wYAAuQGAATkBgBY5AYAZuQGAK7kBgC/5AYAyt0RAAvlBgAg3hEAX+UGALDlBgC95QYABuYGABPmBgBc5gYAYuYGALLmBgC+5gYACOcGABjnBgBe5wYAZ+cGALTnBgC35wYACugGABboBgBg6AYAZ+gGAHbeEQDC6AYADOkGABzpBgBi6QYAa+kGALjpBgC76QYADuoGABrqBgBk6gYAa+oGAMzeEQDJ6gYAEOsGABzrBgBm6wYAZ+sGALzrBgDG6wYAEuwGACDsBgBo7AYAbewGAL7sBgDL7AYAIt8RABntBgBq7QYAee0GAMDtBgDg7QYAFu4GACLuBgBs7gYAdu4GAMLuBgDK7gYAGO8GACTvBgBu7wYAdO8GAMTvBgDK7wYAGvAGAB/wBgBw8AYAdvAGACTgEQDL8AYAHPEGACXxBgBy8QYAg/EGAMjxBgDP8QYAHvIGACbyBgB08gYAgfIGAMryBgDP8gYAIPMGACrzBgB28wYAfvMGAMzzBgDb8wYAIvQGACf0BgB49AYAhfQGAM70BgDb9AYAJPUGADD1BgB69QYAifUGAND1BgDa9QYAJvYGAC72BgB89gYAhvYGANL2BgDX9gYAKPcGADD3BgAm4REAg/cGANT3BgDX9wYAKvgGADT4BgB84REAhvgGANb4BgDb+AYALPkGAEz5BgCC+QYAjvkGANj5BgDe+QYALvoGADH6BgCE+gYAhvoGANr6BgD1+gYAMPsGADL7BgCG+wYAlPsGANz7BgDt+wYAMvwGADT8BgCI/AYAofwGAN78BgDv/AYANP0GAED9BgDS4REAmv0GAOD9BgAA/gYANv4GADj+BgCM/gYAmP4GANYKEACb/gYAthMHAKj+BgAmIQcAuP4GAOL+BgDl/gYAOP8GAEf/BgCO/wYAk/8GAOT/BgDx/wYAOgAHAEcABwCQAAcAnAAHAOYABwD1AAcAPAEHAEYBBwCSAQcAoAEHAOgBBwDtAQcAPgIHAEsCBwCUAgcAoAIHAOoCBwDwAgcAQAMHAEYDBwCWAwcAmwMHAOwDBwDyAwcAKOIRAFgEBwCYBAcAmgQHAO4EBwACBQcARAUHAEwFBwCaBQcApwUHAPAFBwD1BQcARgYHAFAGBwCcBgcApAYHAPIGBwALBwcASAcHAFQHBwCeBwcApgcHAH7iEQAPCAcASggHAEwIBwCgCAcArggHAPYIBwAHCQcATAkHAE4JBwCiCQcAuwkHAPgJBwAJCgcATgoHAFoKBwDU4hEAqQoHAPoKBwADCwcAUAsHAGELBwCmCwcArQsHAPwLBwAEDAcAUgwHAF8MBwCoDAcArQwHAP4MBwAIDQcAVA0HAFwNBwCqDQcAww0HAAAOBwAMDgcAVg4HAF4OBwCA4xEArw4HAAIPBwAMDwcAWA8HAFoPBwCuDwcAxw8HAAQQBwAVEAcAWhAHAGgQBwCwEAcAsxAHAAYRBwAREQcAXBEHAGgRBwCyEQcAuREHANbjEQANEgcAXhIHAGYSBwC0EgcAwhIHAAoTBwALEwcAYBMHAHsTBwAs5BEAuxMHAAwUBwAZFAcAYhQHAG8UBwC4FAcAxBQHAA4VBwAdFQcAZBUHAG4VBwC6FQcAyBUHABAWBwAVFgcAZhYHAHMWBwC8FgcAyBYHABIXBwAYFwcAaBcHAG4XBwC+FwcAwxcHABQYBwAaGAcAguQRAHcYBwDAGAcAwhgHABYZBwAvGQcAbBkHAH0ZBwDCGQcAzhkHABgaBwAgGgcAhOURAHMaBwDEGgcAzBoHABobBwAzGwcAcBsHAHUbBwDGGwcAyxsHABwcBwAmHAcAchwHAHUcBwDIHAcA0hwHAB4dBwAkHQcAdB0HAHYdBwDKHQcAyx0HACAeBwAoHgcAdh4HAIYeBwDMHgcA0h4HACIfBwAnHwcAeB8HAI4fBwDOHwcA1h8HACQgBwBOIAcAeiAHAJ0gBwDQIAcA7yAHANrlEQAuIQcAMOYRAI0hBwDSIQcA4CEHACgiBwA0IgcAfiIHAIsiBwDUIgcA3iIHACojBwAyIwcAgCMHAIsjBwDWIwcA2CMHACwkBwAvJAcAgiQHAIokBwDYJAcA3iQHAC4lBwA3JQcAhCUHAJElBwDaJQcA4iUHADAmBwA1JgcAhiYHAI8mBwDcJgcA5iYHADInBwA6JwcAiCcHAI0nBwDeJwcA7icHADQoBwA8KAcAiigHAIwoBwDgKAcA+ygHADYpBwA4KQcAjCkHAJopBwDiKQcA8ykHADgqBwA6KgcAjioHAKcqBwDkKgcA9SoHADorBwBGKwcAkCsHAJgrBwCG5hEA7CsHADwsBwBBLAcAkiwHALIsBwDoLAcA9CwHAD4tBwBELQcAlC0HAJctBwDqLQcA8i0HAEAuBwBKLgcAli4HAJsuBwDsLgcA9C4HAEIvBwBMLwcAmC8HAJovBwDuLwcA/y8HAEQwBwBkMAcAmjAHAKIwBwDwMAcA+jAHAEYxBwBLMQcA3OYRALAxBwDyMQcA+jEHAEgyBwBNMgcAnjIHAK4yBwD0MgcA/DIHAEozBwBUMwcAoDMHAKszBwD2MwcAAjQHAEw0BwBUNAcAMucRAK40BwD4NAcABDUHAE41BwBVNQcApDUHAKw1BwD6NQcAEzYHAFA2BwBWNgcApjYHAKs2BwD8NgcAHDcHAFI3BwBeNwcAqDcHAK43BwD+NwcAATgHAIjnEQBWOAcAqjgHAGI4BwAgBxEArTgHAAA5BwAKOQcAVjkHAGQ5BwCsOQcAuzkHAAI6BwAFOgcAWDoHABo6BwAsegcAHjoHAD5YBwBkOgcArjoHALA6BwAEOwcACjsHAFo7BwBpOwcAsDsHALs7BwAGPAcADjwHAKy6BwAgPAcAXDwHAGg8BwCyPAcAxTwHAAg9BwAXPQcAXj0HAGo9BwC0PQcAtT0HAAo+BwAUPgcAYD4HAG4+BwC2PgcAuz4HAAw/BwAZPwcA3ucRAHw/BwC4PwcAxz8HAA5ABwATQAcAZEAHAHFABwC6QAcAx0AHABBBBwAcQQcAZkEHAHVBBwC8QQcAxkEHABJCBwAgQgcAaEIHAG1CBwC+QgcAy0IHABRDBwAgQwcAakMHAHBDBwDAQwcAxkMHABZEBwAbRAcAbEQHAHJEBwA06BEAw0QHABhFBwDLRAcAuO8JAM9EBwA02AkA0UQHAAq/BwDiRAcArPMOACRFBwBuRQcAdEUHAFSQCAB7RQcAxEUHAMdFBwAaRgcAJkYHAHBGBwByRgcAxkYHAMxGBwAcRwcAK0cHAHJHBwB9RwcAyEcHAMlHBwAeSAcAMkgHAHRIBwCOSAcAykgHANZIBwAgSQcAM0kHAHZJBwCFSQcAzEkHANhJBwAiSgcAI0oHAHhKBwCCSgcAzkoHANxKBwAkSwcAKUsHAHpLBwCHSwcAiugRAOpLBwAmTAcANUwHAHxMBwCBTAcA0kwHAN9MBwAoTQcANU0HAH5NBwCKTQcA1E0HAONNBwAqTgcANE4HAIBOBwCOTgcA1k4HANtOBwAsTwcAOU8HAIJPBwCOTwcA2E8HAN5PBwAuUAcANFAHAIRQBwCJUAcA2lAHAOBQBwDg6BEAPlEHAIZRBwChUQcA3FEHAOpRBwAyUgcAP1IHAIhSBwCfUgcA3lIHAO1SBwA0UwcAOVMHAIpTBwCXUwcA4FMHAO1TBwA2VAcAQlQHAIxUBwCbVAcA4lQHAOxUBwA4VQcARlUHAI5VBwCTVQcA5FUHAPFVBwA6VgcAPVYHAJBWBwCcVgcA5lYHAOxWBwA8VwcAQlcHAJJXBwCXVwcA6FcHAO5XBwA26REAWlgHAIzpEQCaWAcA6lgHAOxYBwBAWQcATVkHAJZZBwCZWQcA7FkHAO1ZBwBCWgcAR1oHAJhaBwCeWgcA7loHAPhaBwBEWwcAYFsHAJpbBwC2WwcA4ukRAPZbBwBGXAcASFwHAJxcBwCpXAcA8lwHAPVcBwBIXQcASV0HAJ5dBwCjXQcA9F0HAPpdBwBKXgcAVF4HAKBeBwC8XgcA9l4HABJfBwA46hEAUl8HAKJfBwCoXwcA+F8HAP1fBwBOYAcAVGAHAI7qEQCmYAcA+mAHAAhhBwBQYQcAYWEHAJDrEQCtYQcA5usRAAFiBwBSYgcAWmIHAKhiBwCtYgcA/mIHALdiBwAmdwcA/2IHAFRjBwBgYwcAqmMHALdjBwAAZAcACGQHAFZkBwBgZAcArGQHALtkBwACZQcAA2UHAFhlBwBgZQcArmUHAL1lBwAEZgcACWYHAFpmBwBnZgcAsGYHAL1mBwAGZwcAEmcHAFxnBwBrZwcAsmcHALxnBwAIaAcAFmgHAF5oBwBjaAcAtGgHAMFoBwAKaQcAEmkHAGBpBwBqaQcAtmkHALtpBwAMagcAFGoHAJLsEQBnagcAuGoHAMFqBwDCbwcAxWoHAA5rBwAbawcAZGsHAHBrBwC6awcAyWsHABBsBwAabAcAZmwHAHRsBwC8bAcAwWwHABJtBwAfbQcAaG0HAHBtBwDo7BEAym0HABRuBwAkbgcAam4HAHNuBwDAbgcAw24HABZvBwAibwcAbG8HAHNvBwA+7REA028HABhwBwAfcAcAbnAHAHtwBwDEcAcA43AHABpxBwAkcQcAcHEHAHhxBwDGcQcA1XEHABxyBwAhcgcAcnIHAH9yBwDIcgcA1XIHAB5zBwAqcwcAdHMHAINzBwDKcwcA1HMHACB0BwAodAcAdnQHAIB0BwDMdAcA0XQHACJ1BwAqdQcAlO0RAIR1BwDOdQcA1HUHACR2BwA/dgcAenYHAIZ2BwDQdgcA1nYHAOrtEQArdwcAfHcHAIl3BwDSdwcA33cHACh4BwA0eAcAfngHAI14BwDUeAcA3ngHAEDuEQA0eQcAgHkHAIV5BwDWeQcA3nkHAJbuEQA2egcAgnoHAIh6BwDYegcA2noHAC57BwA7ewcAhHsHAId7BwDaewcA23sHADB8BwA1fAcAhnwHAIx8BwDcfAcA5nwHADJ9BwBMfQcAiH0HAJd9BwDefQcA430HADR+BwBBfgcAin4HAJd+BwDgfgcA7H4HADZ/BwBFfwcAjH8HAJZ/BwDifwcA8H8HADiABwA9gAcAjoAHAJuABwDkgAcA7oAHAKKKBwDwgAcAOoEHAECBBwCQgQcAloEHAOaBBwDrgQcAPIIHAEKCBwDs7hEAl4IHAOiCBwD1ggcAPoMHAEuDBwCUgwcAoIMHAOqDBwD5gwcAQIQHAEqEBwCWhAcApIQHAOyEBwDxhAcAQoUHAE+FBwCYhQcAoIUHAO7vEQD0hQcARIYHAEqGBwCahgcAn4YHAPCGBwD2hgcARPARAEiHBwCchwcApYcHAPKHBwD1hwcASIgHAFSIBwCeiAcApYgHAPSIBwD8iAcASokHAGOJBwCgiQcAtIkHAPaJBwASigcATIoHAFSKBwDw8BEAsIoHAPiKBwAOiwcATosHAFqLBwCkiwcAqYsHAPqLBwADjAcAUIwHAFqMBwCmjAcAwowHAPyMBwAEjQcARvERAFeNBwCojQcAtY0HAP6NBwALjgcAVI4HAGCOBwCqjgcAuY4HAACPBwAKjwcAVo8HAGSPBwCsjwcAsY8HAAKQBwAPkAcAWJAHAGCQBwCc8REAvJAHAASRBwAakQcAWpEHAGaRBwCwkQcAtZEHAAaSBwAPkgcAXJIHAGaSBwCykgcAupIHAAiTBwAXkwcAXpMHAGCTBwC0kwcAvZMHAAqUBwANlAcAYJQHAGyUBwC2lAcAvZQHAAyVBwAUlQcAYpUHAHuVBwC4lQcAzJUHAA6WBwAqlgcAZJYHAGyWBwDy8REAv5YHABCXBwAdlwcAZpcHAHOXBwC8lwcAyJcHABKYBwAhmAcAaJgHAHKYBwC+mAcAyJgHABSZBwAimQcAapkHAICZBwDAmQcAzJkHABaaBwAbmgcAbJoHAHWaBwDCmgcAzJoHABibBwAkmwcAbpsHAHSbBwDEmwcAypsHABqcBwAfnAcAcJwHAHacBwBI8hEA0pwHABydBwAgnQcAcp0HAIGdBwDInQcAzZ0HAB6eBwArngcAdJ4HAIGeBwDKngcA1p4HACCfBwAvnwcAdp8HAICfBwDMnwcA2p8HACKgBwAnoAcAeKAHAIWgBwDOoAcA2qAHACShBwAqoQcAeqEHAIChBwDQoQcA1aEHACaiBwAsogcAnvIRAIGiBwDSogcA2aIHACijBwA0owcAfqMHAICjBwDUowcAgaMHAIqpBwDvowcAKqQHACykBwCApAcAjqQHANakBwDnpAcALKUHAC6lBwCCpQcAm6UHANilBwDppQcALqYHADqmBwCEpgcAkKYHANqmBwDtpgcAMKcHAD+nBwCGpwcAkqcHANynBwDdpwcAMqgHADyoBwCIqAcAlqgHAN6oBwDjqAcANKkHAEGpBwD08hEAjKkHAOCpBwD7qQcANqoHADiqBwCMqgcAmqoHAOKqBwDzqgcAOKsHADqrBwCOqwcAp6sHAOSrBwD1qwcAOqwHAEasBwCQrAcAnKwHAOasBwD5rAcAPK0HAEutBwCSrQcAnq0HAOitBwDprQcAPq4HAEiuBwCUrgcAoq4HAOquBwDvrgcAQK8HAE2vBwD28xEAm68HAOyvBwD0rwcAQrAHAESwBwCYsAcAqbAHAO6wBwD8sAcARLEHAF+xBwCasQcAprEHAPCxBwD4sQcA+PQRAEuyBwCcsgcAo7IHAPKyBwD+sgcASLMHAEuzBwCeswcAprMHAPSzBwAEtAcASrQHAE+0BwCgtAcAqbQHAPa0BwADtQcATLUHAFO1BwCitQcAqrUHAE71EQAFtgcATrYHAFa2BwCktgcAuLYHAPq2BwD/tgcAULcHAFm3BwCmtwcArLcHAPy3BwAEuAcAUrgHAGG4BwCouAcAubgHAP64BwAHuQcAVLkHAFe5BwCquQcAtLkHAAC6BwAMugcAVroHAFy6BwCk9REAuboHAAK7BwAHuwcAWLsHAF+7BwCuuwcAursHAAS8BwAMvAcA+vURAHW8BwCwvAcAsrwHAAa9BwAUvQcAXL0HAG29BwCyvQcAtL0HAAi+BwAhvgcAXr4HAG++BwC0vgcAwL4HAFD2EQAZvwcAYL8HAGm/BwC2vwcAvL8HAAzABwASwAcAYsAHAG7ABwC4wAcAv8AHAA7BBwAWwQcAZMEHAGjBBwC6wQcAxcEHABDCBwAewgcAZsIHAHfCBwC8wgcAyMIHABLDBwAawwcApvYRAGvDBwC+wwcAyMMHABTEBwAWxAcAasQHAIPEBwDAxAcA0cQHABbFBwAkxQcAbMUHAG/FBwDCxQcAzcUHABjGBwAmxgcAbsYHAHvGBwDExgcA28YHABrHBwAixwcAcMcHAHLHBwDGxwcAzscHABzIBwAryAcAcsgHAHfIBwDIyAcA1cgHAB7JBwAryQcAdMkHAIDJBwDKyQcA2ckHACDKBwAqygcAdsoHAITKBwDMygcA0coHACLLBwAvywcAeMsHAIDLBwDOywcA2MsHACTMBwApzAcAeswHAILMBwDQzAcA08wHACbNBwBDzQcAfM0HAI3NBwDSzQcA2s0HACjOBwArzgcAfs4HAIrOBwDUzgcA2s4HACrPBwBFzwcAgM8HAIzPBwDWzwcA3M8HAPz2EQA70AcAgtAHAIPQBwDY0AcAENEHAC7RBwA80QcAhNEHAIXRBwDa0QcA4tEHADDSBwA/0gcAhtIHAIvSBwDc0gcA6dIHADLTBwA/0wcAiNMHAJTTBwDe0wcA7dMHADTUBwA+1AcAitQHAJjUBwDg1AcA5dQHADbVBwBD1QcAjNUHAJTVBwDi1QcA7NUHADjWBwA91gcAjtYHAJbWBwDk1gcA7tYHADrXBwBF1wcAkNcHAJzXBwDm1wcA7tcHAFL3EQBB2AcAktgHAJXYBwDo2AcA8tgHAD7ZBwBG2QcAqPcRAKLZBwDq2QcAANoHAEDaBwBM2gcAltoHAJvaBwDs2gcA9doHAELbBwBM2wcAmNsHAKDbBwDu2wcA+tsHAETcBwBX3AcAmtwHAJvcBwDw3AcA/twHAEbdBwBM3QcAnN0HAKjdBwDy3QcA+d0HAP73EQBJ3gcAnt4HAKreBwD03gcAAd8HAErfBwBS3wcAoN8HAKrfBwD23wcABeAHAEzgBwBN4AcAouAHAKrgBwD44AcAB+EHAE7hBwBT4QcApOEHALHhBwD64QcAB+IHAFDiBwBc4gcApuIHALXiBwD84gcABuMHAFLjBwBg4wcAqOMHAK3jBwD+4wcAC+QHAFTkBwBc5AcAquQHAK7kBwAA5QcADuUHAFblBwBg5QcArOUHALflBwAC5gcACuYHAFjmBwBj5gcAruYHALPmBwAE5wcAB+cHAFrnBwBk5wcAsOcHALjnBwAG6AcAJegHAFT4EQBr6AcAsugHALPoBwAI6QcAEOkHAF7pBwBf6QcAtOkHALrpBwAK6gcAD+oHAGDqBwB76gcAtuoHAMTqBwAM6wcAE+sHAGLrBwBu6wcAuOsHAL7rBwAO7AcAKuwHAGTsBwBs7AcAqvgRAMDsBwAQ7QcAFu0HAGbtBwBr7QcAvO0HAMLtBwAA+REAF+4HAGjuBwBv7gcAvu4HAMruBwAU7wcAHO8HAKz5EQB97wcAwO8HAPbvBwAW8AcAGPAHABjxBwBL8AcAbPAHAJHwBwDC8AcAyfAHAFj6EQD88AcAAvoRACjxBwBu8QcAqPEHAK76EQDN8QcAijQNAM7xBwBgeQ8A4fEHABryBwDk8QcAcqsOACvyBwBw8gcAePIHAMbyBwDJ8gcAHPMHACjzBwBy8wcAePMHAMjzBwDj8wcAHvQHACr0BwB09AcAevQHAMr0BwDS9AcAIPUHADz1BwB29QcAfvUHAAT7EQDb9QcAIvYHACP2BwB49gcAgPYHAM72BwDP9gcAJPcHACr3BwB69wcAf/cHAND3BwDr9wcAJvgHADT4BwB8+AcAg/gHANL4BwDe+AcAKPkHAC75BwB++QcAmvkHANT5BwDc+QcAWvsRADD6BwCA+gcAhvoHANb6BwDb+gcALPsHADL7BwCw+xEAh/sHANj7BwDf+wcALvwHADr8BwCE/AcAjPwHAFz8EQDt/AcAMP0HAGb9BwCG/QcAiP0HAIj+BwC7/QcA3P0HAAH+BwAy/gcAOf4HAAj9EQBs/gcAsvwRAJj+BwDe/gcAGP8HAF79EQA2/wcAiv8HAIv/BwDg/wcA6v8HADYACABEAAgAjAAIAKcACADiAAgA7gAIADgBCABAAQgAtP0RAJoBCADkAQgA6gEIADoCCABVAggAkAIIAJwCCADmAggA7AIIADwDCABEAwgAkgMIAKADCADoAwgA6wMIAD4ECABGBAgAlAQIAJ0ECADqBAgA9wQIAEAFCABCBQgAlgUIALEFCADsBQgA7gUIAEIGCABQBggAmAYIAKkGCADuBggA8AYIAEQHCABdBwgAmgcIAKsHCADwBwgA/AcIAEYICABOCAgACv4RAKIICADyCAgA+ggIAEgJCABPCQgAngkIAKMJCAD0CQgAAAoIAEoKCABNCggAoAoIAKgKCAD2CggAAwsIAEwLCABRCwgAogsIAKwLCAD4CwgAAAwIAE4MCABaDAgApAwIALcMCAD6DAgACA0IAFANCABTDQgApg0IALANCABg/hEA/w0IAFIOCABaDggAqA4IAKsOCAD+DggACg8IAFQPCABaDwgAqg8IAMUPCAAAEAgADBAIAFYQCABcEAgArBAIALQQCAACEQgAEBEIAFgRCABbEQgArhEIALYRCAAEEggADRIIAFoSCABnEggAsBIIALISCAAGEwgAIRMIAFwTCABeEwgAshMIAMATCAAIFAgAGRQIAF4UCABgFAgAtBQIAM0UCAAKFQgAGxUIAGAVCABsFQgAthUIAL4VCAC2/hEAEhYIAGIWCABqFggAuBYIAL8WCAAOFwgAExcIAGQXCABwFwgAuhcIAL0XCAAQGAgAGBgIAGYYCABzGAgAvBgIAMEYCAASGQgAHBkIAGgZCABwGQgAvhkIAMoZCAAUGggAJxoIAGoaCAB4GggAwBoIAMMaCAAWGwgAIBsIAAz/EQBvGwgAwhsIAM4bCAAYHAgAHhwIAG4cCACJHAgAxBwIANAcCAAaHQgAIB0IAHAdCAB4HQgAxh0IANQdCAAcHggAHx4IAHIeCAB6HggAyB4IANEeCAAeHwgAKx8IAHQfCAB2HwgAyh8IAOUfCAAgIAgAIiAIAHYgCACEIAgAzCAIAN0gCAAiIQgAJCEIAHghCACRIQgAziEIAN8hCAAkIggAMCIIAHoiCACCIggAYv8RANYiCAAmIwgALiMIAHwjCACDIwgA0iMIANcjCAAoJAgANCQIAH4kCACBJAgA1CQIANwkCAAqJQgANyUIAIAlCACFJQgA1iUIAOAlCAAsJggANCYIAIImCACOJggA2CYIAOsmCAAuJwgAPCcIAIQnCACHJwgA2icIAOQnCAC4/xEAOCgIAA4AEgCUKAgA3CgIAO0oCAAyKQgAPikIAIgpCACQKQgAZAASAOMpCAA0KggAPioIAIoqCACSKggA4CoIAPAqCAA2KwgAOysIAIwrCACVKwgA4isIAO8rCAA4LAgAPywIALoAEgCQLAgA5CwIAJMsCABWPQkAlywIACCxEACaLAgAZKYPAJwsCADOpAkA7iwIAFIeEAD1LAgAOi0IAEstCACQLQgAni0IAOYtCAACLggAPC4IAFguCAAQARIAoC4IAOguCAD1LggAPi8IAFUvCACULwgAoC8IAOovCADwLwgAQDAIAEYwCACWMAgAmzAIAOwwCADyMAgAZgESAFgxCACYMQgApzEIAO4xCADEMQgA+DYIAPAxCABEMggAUzIIAJoyCAClMggA8DIIAPwyCABGMwgASTMIAJwzCABNMwgAtkAIAGIzCABUOggAqDMIAPIzCAD4MwgASDQIAGM0CACeNAgAqjQIAPQ0CAD6NAgASjUIAFY1CACgNQgApjUIAPY1CAD8NQgATDYIAFE2CACiNggAqDYIALwBEgD7NggATjcIAGo3CACkNwgArDcIAL4CEgAGOAgAUDgIAFY4CACmOAgAwTgIAPw4CAAIOQgAUjkIAFg5CACoOQgAsDkIAP45CAAfOggAFAMSAFw6CABqAxIArzoIAAA7CAANOwgAVjsIAGM7CACsOwgAuDsIAAI8CAARPAgAWDwIAGI8CACuPAgAtjwIAAQ9CAAOPQgAWj0IAGg9CACwPQgAxj0IAAY+CAASPggAXD4IAGE+CACyPggAuz4IAAg/CAASPwgAXj8IAGY/CAC0PwgAvj8IAApACAAPQAgAYEAIAGhACADAAxIAwkAIAAxBCAAfQQgAYkEIAHFBCAC4QQgAxEEIAA5CCAAPQggAZEIIAG5CCAC6QggAyEIIABBDCAAVQwgAZkMIAHNDCAAWBBIAx0MIABJECAAeRAgAaEQIAG5ECAC+RAgAykQIABRFCAAcRQgAGAUSAG1FCADARQgAyEUIABZGCAAjRggAbEYIAHFGCADCRggAykYIABhHCAAaRwgAbkcIAIlHCADERwgAxkcIABpICAAoSAgAcEgIAIFICADGSAgAyEgIABxJCAA1SQgAckkIAINJCADISQgA1EkIAB5KCAAmSggAbgUSAHlKCADKSggA10oIACBLCAAtSwgAdksIAIJLCADMSwgA20sIACJMCAAsTAgAeEwIAIZMCADOTAgA00wIACRNCAAxTQgAek0IAIJNCADQTQgA0k0IACZOCAAwTggAfE4IAIROCADEBRIA3U4IAChPCAA2TwgAfk8IAIFPCADUTwgA3E8IACpQCABAUAgAgFAIAIVQCADWUAgA7FAIACxRCAA4UQgAglEIAI9RCADYUQgA4lEIABoGEgAwUggAhFIIAJJSCADaUggA61IIAHAGEgA2UwgAhlMIAJJTCADGBhIA3lMIADJUCAA4VAgAiFQIAKhUCADeVAgA6lQIADRVCAA7VQgAilUIAJJVCADgVQgA51UIADZWCABCVggAjFYIAI5WCADiVggA6VYIABwHEgA7VwgAjlcIAJZXCADkVwgA9FcIADpYCAA8WAgAkFgIAJ5YCADmWAgA91gIAHIHEgBDWQgAyAcSAJ9ZCADoWQgA71kIAD5aCABGWggAlFoIAKJaCADqWggA7VoIAEBbCABIWwgAllsIAJ1bCADsWwgA+lsIAEJcCABFXAgAmFwIAJpcCADuXAgAB10IAERdCABVXQgAml0IAKZdCADwXQgA910IAEZeCABOXggAnF4IAKVeCADyXggA/14IAEhfCABSXwgAnl8IAKxfCAD0XwgABWAIAEpgCABSYAgAoGAIAKpgCAD2YAgABGEIAExhCABiYQgAomEIAK5hCAD4YQgA/2EIAE5iCABWYggApGIIAKpiCAD6YggABmMIAFBjCABaYwgApmMIAKxjCAD8YwgAEGQIAHQIEgBgZAgAqGQIAMFkCAD+ZAgAFGUIAFRlCABjZQgAqmUIAMRlCAAAZggAA2YIAAprCAALZggAFHAIAA9mCABWZggAW2YIAKxmCAC5ZggAAmcIAA9nCABYZwgAZGcIAK5nCAC9ZwgABGgIAA5oCABaaAgAaGgIALBoCAC1aAgABmkIABNpCABcaQgAaGkIALJpCAC4aQgACGoIAA5qCABeaggAY2oIALRqCAC6aggAyggSABZrCABgawgAZmsIALZrCADRawgADGwIABhsCABibAgAaGwIALhsCAC/bAgADm0IABNtCAC8bggAGm0IAGRtCABmbQgAum0IAMFtCAAQbggALG4IAGZuCABubggAzAkSAMBuCAASbwgAH28IAGhvCACEbwgAvm8IAMZvCAAiChIAGXAIAGpwCABtcAgAwHAIAMpwCAAWcQgAJ3EIAGxxCABxcQgAwnEIAMdxCAAYcggAOHIIAG5yCAB3cggAxHIIAMVyCAAacwgAJnMIAHBzCAB2cwgAxnMIAMxzCAAcdAgAIXQIAHJ0CAB4dAgAeAoSAMl0CAAedQgAKnUIAHR1CACBdQgAynUIANJ1CAAgdggAKXYIAHZ2CACDdggAzHYIANp2CAAidwgANXcIAHh3CACAdwgAzncIANF3CAAkeAgAKXgIAHp4CACJeAgA0HgIAPB4CAAmeQgAMnkIAHx5CACGeQgAegsSANx5CAAoeggAKnoIAH56CACIeggA1HoIAN16CAAqewgALXsIAIB7CACIewgA1nsIAA18CADQCxIAOHwIAIJ8CACRfAgA2HwIAPh8CAAufQgAOn0IAIR9CACLfQgA2n0IAN99CAAwfggAMX4IAIZ+CACSfggA3H4IAOJ+CAAyfwgANH8IAIh/CACSfwgA3n8IAOx/CAA0gAgAOYAIAIqACACXgAgA4IAIAOqACAA2gQgARIEIAIyBCACigQgA4oEIAO6BCAA4gggAPYIIAI6CCACXgggA5IIIAO6CCAA6gwgARoMIAJCDCACjgwgA5oMIAPWDCAA8hAgASIQIAJKECACThAgA6IQIAPKECAA+hQgATIUIAJSFCACZhQgA6oUIAPeFCAAmDBIAToYIAJaGCACshggA7IYIAPiGCABChwgASYcIAJiHCACghwgA7ocIAPOHCABEiAgATYgIAJqICACkiAgA8IgIAPiICABGiQgASokIAJyJCACeiQgA8okIAACKCABIiggAUooIAJ6KCACsiggA9IoIAAGLCABKiwgAYYsIAKCLCACoiwgA9osIAAaMCABMjAgAUYwIAKKMCACojAgA+IwIAACNCABOjQgAU40IAKSNCACljQgA+o0IAAaOCABQjggAVo4IAKaOCACojggA/I4IAAaPCABSjwgAYI8IAKiPCACtjwgA/o8IAAuQCAAoDRIAVpAIAKqQCAC0kAgAAJEIAA6RCABWkQgAW5EIAKyRCAC5kQgAApIIAASSCABYawoADJIIAFiSCABmkggArpIIAMSSCAAEkwgAEJMIAFqTCABfkwgAsJMIALmTCAAGlAgAEJQIAFyUCABolAgAspQIAMWUCAAIlQgAF5UIAF6VCABqlQgAtJUIALWVCAAKlggAFJYIAGCWCABulggAtpYIALuWCAAMlwgAGZcIAH4NEgBrlwgAuJcIAMKXCAAOmAgAEJgIAGSYCABumAgAupgIAMaYCAAQmQgAGJkIAIAOEgBnmQgAvJkIAMiZCAASmggAGJoIAGiaCABqmggAvpoIAMiaCAAUmwgAIpsIAGqbCABvmwgAwJsIAM2bCAAWnAgAHpwIAGycCAB2nAgAwpwIANCcCAAYnQgALp0IAG6dCAB6nQgAxJ0IAMudCAAanggAIp4IAHCeCAB1nggAxp4IAM+eCAAcnwgAJp8IAHKfCACHnwgAyJ8IANGfCAAeoAgAK6AIAHSgCAB2oAgAyqAIAOOgCAAgoQgAMaEIAHahCACCoQgAzKEIANShCADWDhIAJ6IIAHiiCACAoggAzqIIAOSiCAAkowgAKaMIAHqjCACBowgA0KMIAN6jCAAmpAgANqQIAHykCACQpAgA0qQIANqkCAAopQgAN6UIAH6lCACDpQgA1KUIAN2lCAAqpggAN6YIAICmCACKpggA1qYIAOKmCAAspwgAMqcIACwPEgCQpwgA2KcIAO6nCAAuqAgAOqgIAISoCACJqAgA2qgIAOOoCAAwqQgAOqkIAIapCACOqQgA3KkIAOCpCAAyqggANKoIAIiqCACWqggA3qoIAOiqCAA0qwgAQqsIAIqrCACXqwgA4KsIAPerCAA2rAgAPqwIAIysCACcrAgA4qwIAOesCAA4rQgAPq0IAI6tCACWrQgA5K0IAP+tCAA6rggAPK4IAJCuCAChrggA5q4IAO+uCAA8rwgASK8IAIIPEgCXrwgA6K8IAOuvCAA+sAgASLAIAJSwCACWsAgA6rAIAAWxCABAsQgAQrEIAJaxCACksQgA7LEIAP2xCABCsggARLIIAJiyCACxsggA7rIIAP+yCABEswgAULMIANgPEgC3swgA8LMIAAG0CABGtAgAYrQIAJy0CACktAgALhASAPe0CABItQgAULUIAJ61CACptQgA9LUIAPm1CABKtggATbYIAKC2CACqtggA9rYIAPm2CABMtwgAVLcIAKK3CACktwgA+LcIABO4CABOuAgAULgIAKS4CACyuAgA+rgIAAu5CABQuQgAUrkIAKa5CAC/uQgA/LkIAA26CABSuggAXroIAKi6CACwuggAhBASAAu7CABUuwgAXLsIAKq7CAC0uwgAALwIAAu8CABWvAgAYrwIAKy8CAC0vAgA2hASAAe9CABYvQgAXb0IAK69CAC/vQgAMBESABG+CABavggAXL4IALC+CADJvggABr8IABe/CABcvwgAaL8IALK/CAC6vwgAhhESAA3ACABewAgAZsAIALTACADDwAgACsEIABDBCABgwQgAbMEIALbBCAC4wQgADMIIABbCCABiwggAbsIIALjCCADAwggA3BESABrDCABkwwgAZ8MIALrDCAC9wwgAEMQIAB7ECABmxAgAa8QIALzECADJxAgAMhISACPFCABoxQgAcMUIAL7FCAB1xQgAJs8IAMnFCAAUxggAGcYIAGrGCABtxggAwMYIAMrGCAAWxwgAOccIAGzHCABvxwgAwscIAObHCAAYyAgAIMgIAIgSEgB0yAgAxMgIANLICAAayQgAJskIAHDJCAB3yQgAxskIAM7JCAAcyggALMoIAHLKCAB3yggAyMoIAM7KCAAeywgAJssIAHTLCACRywgAyssIANPLCAAgzAgALMwIAHbMCAB8zAgAzMwIAODMCAAizQgAKs0IAHjNCACIzQgAzs0IANDNCAAkzggAMs4IAHrOCACLzggA3hISANfOCAA0ExIAK88IAHzPCACDzwgA0s8IAN7PCAAo0AgAK9AIAH7QCACO0AgA1NAIANbQCAAq0QgAONEIAIDRCACR0QgAihMSAN3RCADgExIAP9IIAILSCACR0ggA2NIIAOTSCAAu0wgAL9MIAITTCACO0wgA2tMIAOjTCAAw1AgANdQIAIbUCACT1AgANhQSAOHUCAAy1QgAO9UIAIjVCACZ1QgA3tUIAOXVCAA01ggAPNYIAIrWCACX1ggA4NYIAOXWCAA21wgAQNcIAIzXCACU1wgA4tcIAOjXCAA42AgARNgIAI7YCACQ2AgA5NgIAPPYCAA62QgARdkIAJDZCACY2QgA5tkIAOjZCAA82ggASdoIAJLaCACm2ggA6NoIAPDaCAA+2wgATdsIAJTbCACZ2wgA6tsIAPfbCABA3AgAStwIAJbcCACY3AgA7NwIAPvcCABC3QgATN0IAJjdCACg3QgA7t0IAO/dCABE3ggASd4IAJreCACo3ggA8N4IAP3eCABG3wgAUN8IADgVEgCf3wgA8t8IAP7fCABm7wgADuAIAEjgCABQ4AgAjhUSAKPgCAD04AgA/OAIAErhCABN4QgAoOEIAKzhCAD24QgA/OEIAEziCABn4ggAouIIAK7iCAD44ggA/uIIAE7jCABR4wgApOMIAKzjCAD64wgA/OMIAFDkCABr5AgApuQIAKjkCAD85AgACuUIAFLlCABj5QgAqOUIAKrlCAD+5QgAF+YIAFTmCABl5ggAquYIALbmCAAA5wgACOcIAOQVEgBb5wgArOcIALLnCAAC6AgACugIAFjoCABn6AgArugIALPoCAAE6QgAEekIAFrpCABn6QgAsOkIALzpCAAG6ggAFeoIAFzqCABm6ggAsuoIAMDqCAAI6wgADesIAF7rCABr6wgAOhYSAMDrCAAK7AgAEOwIAGDsCAB77AgAtuwIAMLsCAAM7QgAEu0IAGLtCABl7QgAuO0IAMTtCAAO7ggAFO4IAGTuCABq7ggAuu4IAL/uCAAQ7wgAFu8IAJAWEgBs7wgAvO8IAMLvCAAS8AgAF/AIAGjwCABu8AgA5hYSAMPwCAAU8QgAIfEIAGrxCAB38QgAwPEIAMzxCAAW8ggAJfIIAGzyCAB28ggAwvIIANDyCAAY8wgAHfMIAG7zCAB78wgAxPMIANzzCAAa9AgAIPQIAHD0CAB89AgAxvQIANb0CAAc9QgAJfUIAHL1CAB19QgAyPUIANT1CAAe9ggAJfYIAOgXEgB29ggAyvYIANT2CAAg9wgAI/cIAHb3CAB+9wgAzPcIAM/3CAAi+AgALvgIAHj4CAB++AgAzvgIAOn4CAAk+QgAMPkIAHr5CACA+QgAPhgSAPD5CAAm+ggAMfoIAHz6CACB+ggA0voIANv6CAAo+wgAK/sIAH77CACK+wgA1PsIAOD7CACUBgkA7PsIACr8CAAx/AgAgPwIAIb8CADW/AgA5PwIACz9CABH/QgAgv0IAI79CADY/QgA3v0IAC7+CABI/ggAhP4IAJD+CADa/ggA4P4IADD/CAA2/wgAhv8IAIv/CADc/wgA4v8IAJQYEgA/AAkAiAAJAJQACQDeAAkA6AAJADQBCQA4AQkAigEJAI8BCQDgAQkA5gEJADYCCQBWAgkAjAIJAJgCCQDiAgkA6AIJADgDCQA+AwkAjgMJAJMDCQDkAwkA6gMJAEAZEgA/BAkAkAQJAJcECQDmBAkA8gQJADwFCQBYBQkAkgUJAJoFCQBCGhIAEQYJAD4GCQBkBgkAmBoSAKcGCQDqBgkA+QYJAEAHCQBMBwkAlgcJAJcHCQDsBwkA9gcJAEIICQBQCAkAmAgJAJ0ICQDuCAkA+wgJAO4aEgBMCQkA8BsSAJ8JCQDwCQkA/QkJAEYKCQBTCgkAnAoJAKgKCQDyCgkAAQsJAEgLCQBSCwkAngsJAKwLCQD0CwkA+QsJAEoMCQBXDAkAoAwJAKgMCQBGHBIAAg0JAEwNCQBcDQkAog0JAKsNCQD4DQkA+w0JAE4OCQBaDgkApA4JAKsOCQCcHBIABQ8JAFAPCQBcDwkApg8JAK4PCQDyHBIACRAJAFIQCQBZEAkAqBAJAKkQCQD+EAkAAxEJAFQRCQBiEQkAqhEJALcRCQAAEgkAChIJAFYSCQBeEgkArBIJALUSCQACEwkACBMJAFgTCQBpEwkArhMJAMoTCQAEFAkADBQJAEgdEgBlFAkAsBQJALoUCQAGFQkAEBUJAFwVCQBdFQkAnh0SALcVCQAIFgkAFRYJAF4WCQBrFgkAtBYJAMAWCQAKFwkAGRcJAGAXCQBqFwkAthcJAL4XCQAMGAkAFhgJAGIYCQBnGAkAuBgJAMAYCQD0HRIAGRkJAGQZCQBwGQkAuhkJAMIZCQBKHhIAFRoJAGYaCQB1GgkAvBoJANwaCQASGwkAHhsJAGgbCQBuGwkAvhsJAMYbCQAUHAkAGxwJAGocCQBsHAkAwBwJAMwcCQAWHQkALB0JAGwdCQBxHQkAwh0JAM8dCQCgHhIAHR4JAG4eCQB9HgkAxB4JAOQeCQAaHwkAJh8JAHAfCQB2HwkAxh8JAM4fCQAcIAkAIyAJAHIgCQB0IAkAyCAJANQgCQAeIQkANCEJAHQhCQB5IQkAyiEJANchCQAgIgkAKCIJAHYiCQB8IgkAzCIJANUiCQAiIwkALyMJAHgjCQCFIwkAziMJANwjCQAkJAkAMSQJAHokCQCRJAkA0CQJAAAlCQD2HhIALCUJAHwlCQAzJQkA5LsPAJIlCQDSJQkA4CUJACgmCQArJgkAfiYJAIEmCQDUJgkA4iYJAConCQAvJwkAgCcJAI0nCQDWJwkA3icJACwoCQAzKAkAgigJAI4oCQDYKAkA5SgJAC4pCQA8KQkAhCkJAJApCQDaKQkA4SkJADAqCQA4KgkAhioJAIoqCQDcKgkA5yoJADIrCQBAKwkAiCsJAJkrCQDeKwkA6isJADQsCQA8LAkATB8SAJAsCQDgLAkA9CwJADYtCQBELQkAjC0JAJktCQDiLQkA+S0JADguCQBALgkAji4JAJguCQDkLgkA6S4JADovCQBCLwkAkC8JAJ8vCQDmLwkA6y8JADwwCQBJMAkAkjAJAJ8wCQDoMAkA9DAJAD4xCQBNMQkAlDEJAJ4xCQDqMQkA8jEJAEAyCQBKMgkAljIJAJsyCQDsMgkA9DIJAKIfEgBNMwkAmDMJAKQzCQDuMwkA9jMJAPgfEgBJNAkAmjQJAKk0CQDwNAkAEDUJAEY1CQBSNQkAnDUJAKI1CQDyNQkA+jUJAEg2CQBPNgkAnjYJAKA2CQD0NgkAADcJAEo3CQBgNwkAoDcJAKU3CQD2NwkAAzgJAE4gEgBVOAkAojgJAKg4CQD4OAkABjkJAE45CQBbOQkApDkJALs5CQD6OQkAAjoJAFA6CQBfOgkApjoJAKs6CQD8OgkACTsJAFI7CQBfOwkAqDsJALQ7CQD+OwkADTwJAFQ8CQBePAkAqjwJAMY8CQAAPQkACD0JAKQgEgBjPQkAaFAOAGU9CQCsPQkAtj0JAF7MDgDMPQkAAj4JAA4+CQBYPgkAXj4JAK4+CQC2PgkA3oEJALo+CQAEPwkAyD4JALJrCQAXPwkAWj8JAGk/CQCwPwkAvD8JAAZACQAHQAkAXEAJAGZACQCyQAkAwEAJAAhBCQANQQkAXkEJAGtBCQD6IBIAukEJAApCCQAQQgkAYEIJAGVCCQC2QgkAvEIJAPwhEgAXQwkAYkMJAHBDCQC4QwkAyUMJAA5ECQAaRAkAZEQJAGxECQCoIhIAxkQJABBFCQAaRQkAZkUJAHVFCQC8RQkAx0UJABJGCQAgRgkAaEYJAHVGCQC+RgkA1UYJABRHCQAcRwkAakcJAG1HCQDARwkAzEcJABZICQAcSAkAbEgJAIdICQDCSAkAzkgJABhJCQAeSQkAbkkJAHZJCQDESQkAxkkJABpKCQAbSgkAcEoJAH5KCQDGSgkAzkoJABxLCQA3SwkAcksJAH5LCQDISwkAzksJAB5MCQAhTAkAdEwJAIJMCQDKTAkAz0wJACBNCQAtTQkAdk0JAJJNCQDMTQkA1E0JAP4iEgAvTgkAWMkOADNOCQB4TgkANU4JALYjDwCETgkAzk4JANtOCQAkTwkAKU8JAHpPCQCETwkA0E8JAOBPCQAmUAkAK1AJAHxQCQCFUAkA0lAJAN9QCQAoUQkAL1EJAH5RCQCKUQkA1FEJANpRCQAqUgkAMFIJAIBSCQCFUgkA1lIJANxSCQBUIxIAOFMJAIJTCQCIUwkA2FMJAN5TCQAuVAkAO1QJAIRUCQCJVAkA2lQJAOJUCQAwVQkAZlUJAIZVCQCxVQkA3FUJAORVCQAyVgkAP1YJAIhWCQCNVgkA3lYJAOZWCQA0VwkAN1cJAIpXCQCTVwkA4FcJAO9XCQA2WAkAQVgJAIxYCQCUWAkA4lgJAPJYCQA4WQkARlkJAI5ZCQCfWQkA5FkJAPBZCQA6WgkAQloJAFYkEgCWWgkA5loJAO5aCQA8WwkAQ1sJAJJbCQCgWwkA6FsJAO5bCQA+XAkASlwJAJRcCQCjXAkA6lwJAPRcCQBAXQkARV0JAJZdCQCcXQkA7F0JAABeCQCsJBIATF4JAJTdCQBPXgkAmF4JAFFeCQByoQkAnV4JAO5eCQD6XgkARF8JAFFfCQCaXwkApF8JAAIlEgALYAkARmAJAEhgCQCcYAkAomAJAPJgCQAqYQkASGEJAE5hCQCeYQkAp2EJAPRhCQABYgkASmIJAIJiCQCgYgkAp2IJAPZiCQD7YgkATGMJAFtjCQCiYwkAwmMJAPhjCQAEZAkATmQJAFRkCQCkZAkAvmQJAPpkCQD9ZAkAUGUJAFVlCQCmZQkAtWUJAPxlCQAcZgkAriUSAHJmCQCoZgkAtGYJAP5mCQAIZwkAVGcJAGBnCQC8HAoAYWcJAKpnCQCvZwkAAGgJAApoCQBWaAkAZmgJAKxoCQCxaAkAAmkJAAtpCQBYaQkAZWkJAK5pCQC1aQkABGoJABBqCQBaagkAYGoJALBqCQC2agkABmsJAAtrCQBcawkAYmsJAAQmEgC1awkACGwJAA1sCQBebAkAbWwJALRsCQDUbAkAsCYSABhtCQBgbQkAbW0JALZtCQC9bQkADG4JABRuCQBibgkAZG4JALhuCQBpbgkAEncMAHluCQA+NwwAvm4JADRdDADAbgkADm8JABJvCQAedwkAJG8JAGr3CwApbwkAZG8JAGZvCQC6bwkAy28JABBwCQAecAkAZnAJAG1wCQC8cAkAxHAJABJxCQAZcQkAaHEJAG1xCQC+cQkAzXEJABRyCQA0cgkAanIJAHZyCQDAcgkAxnIJABZzCQAecwkAbHMJAHhzCQDCcwkAz3MJABh0CQAzdAkAbnQJAHx0CQDEdAkAynQJABp1CQAfdQkAcHUJAH11CQDGdQkA3HUJABx2CQAodgkAcnYJAH92CQDIdgkA0nYJAAYnEgAjdwkAdHcJAHp3CQDKdwkA6ncJACB4CQAueAkAdngJAIN4CQDMeAkA43gJACJ5CQAqeQkAeHkJAId5CQDOeQkA03kJACR6CQAxegkAenoJAIR6CQDQegkA0noJACZ7CQA0ewkAfHsJAIl7CQDSewkA3nsJACh8CQAufAkAfnwJAIZ8CQDUfAkA2nwJACp9CQAzfQkAgH0JAI19CQDWfQkA4H0JACx+CQA6fgkAgn4JAJh+CQDYfgkA5H4JAC5/CQA2fwkAXCcSAI5/CQDafwkA4H8JADCACQAygAkAhoAJAJCACQDcgAkA6IAJADKBCQBJgQkAiIEJAJyBCQCyJxIA7IEJADSCCQA3ggkAioIJAJKCCQDgggkA7IIJADaDCQBEgwkAjIMJAJaDCQDigwkA7YMJADiECQBEhAkAjoQJAJSECQDkhAkA7IQJADqFCQBHhQkAkIUJAJWFCQDmhQkA8IUJADyGCQBEhgkAkoYJAJiGCQDohgkA8YYJAD6HCQBLhwkAlIcJAKGHCQDqhwkA+IcJAECICQBNiAkAlogJAK2ICQDsiAkA9IgJAEKJCQBHiQkAmIkJAJ6JCQDuiQkA9okJAESKCQBaigkAmooJAKiKCQDwigkA84oJAEaLCQBViwkAnIsJAKGLCQDyiwkA/4sJAEiMCQBYjAkAnowJAKyMCQD0jAkAC40JAEqNCQBTjQkAoI0JAKaNCQD2jQkAAo4JAEyOCQBTjgkACCgSAK6OCQD4jgkA+o4JAE6PCQBYjwkApI8JALCPCQD6jwkAApAJAF4oEgBVkAkAppAJALWQCQD8kAkAHJEJAFKRCQBekQkAqJEJAK6RCQD+kQkABpIJAFSSCQBVkgkAqpIJALCSCQAAkwkABZMJAFaTCQBxkwkArJMJALqTCQAClAkACZQJAFiUCQBklAkArpQJALSUCQC0KBIACZUJAFqVCQBklQkAsJUJAMGVCQAGlgkAEpYJAFyWCQBflgkAspYJALWWCQAIlwkAEJcJAF6XCQBllwkAtJcJALmXCQAKmAkAGZgJAGCYCQCAmAkAtpgJAMKYCQAMmQkAEpkJAGKZCQBqmQkAuJkJAMWZCQAOmgkAE5oJAGSaCQBumgkAupoJAMKaCQAQmwkAIJsJAGabCQBrmwkAvJsJAMWbCQASnAkAH5wJAGicCQBvnAkACikSAMOcCQAUnQkAI50JAGqdCQCKnQkAwJ0JAMydCQAWngkAHJ4JAGyeCQB0ngkAwp4JAM6eCQAYnwkAJZ8JAG6fCQB1nwkAxJ8JAMWfCQAaoAkAH6AJAHCgCQB+oAkAxqAJANOgCQAcoQkAJqEJAGApEgB3oQkAyKEJANWhCQAeogkAK6IJAHSiCQB6ogkAyqIJANaiCQAgowkAMKMJAHajCQB/owkAzKMJAM+jCQAipAkALqQJAHikCQB/pAkAtikSANCkCQAkpQkA1aQJAKpvDQDepAkATsINADWlCQB6pQkAgqUJANClCQDapQkAJqYJADWmCQB8pgkAfaYJANKmCQDapgkAYioSADCnCQC4KhIAnKcJANSnCQChpwkAgDkSAKinCQDAyAkA3KcJACqoCQA5qAkAgKgJAIWoCQDWqAkA46gJACypCQA5qQkAgqkJAI6pCQDYqQkA56kJAC6qCQA4qgkAhKoJAKeqCQDaqgkAEKsJADCrCQBUqwkAhqsJAI6rCQAQLBIA4asJADKsCQA4rAkAiKwJAJCsCQBmLBIA7KwJADStCQBPrQkAiq0JAJatCQDgrQkA8a0JADauCQBKrgkAjK4JAJSuCQDirgkA6K4JADivCQBErwkAjq8JAJ6vCQDkrwkA7a8JADqwCQA9sAkAkLAJAJywCQDmsAkA7bAJALwsEgBKsQkAkrEJAJyxCQASLRIA7bEJAD6yCQBLsgkAlLIJAKGyCQDqsgkA9rIJAECzCQBPswkAlrMJAKCzCQDsswkA+rMJAEK0CQBHtAkAmLQJAKW0CQDutAkA9rQJAGgtEgBQtQkAmrUJAKq1CQDwtQkA+bUJAEa2CQBJtgkAnLYJAKi2CQDytgkA+bYJAL4tEgBXtwkAnrcJAKO3CQD0twkAAbgJAEq4CQBXuAkAoLgJAKa4CQD2uAkAArkJAEy5CQBcuQkAorkJAKu5CQD4uQkA+7kJAE66CQBaugkApLoJAKu6CQAULhIA/7oJAFC7CQBduwkAprsJAMS7CQD8uwkACLwJAFK8CQBlvAkAqLwJALa8CQD+vAkAAb0JAFS9CQBevQkAqr0JALi9CQAAvgkADb4JAFa+CQBtvgkArL4JALS+CQACvwkACb8JAFi/CQBdvwkArr8JAMS/CQAEwAkABsAJAFrACQBowAkAsMAJAL3ACQBqLhIADsEJAMAuEgBhwQkAssEJAL/BCQAIwgkAFcIJAF7CCQBqwgkAtMIJAMPCCQAKwwkAFMMJAGDDCQBuwwkAtsMJALvDCQAMxAkAGcQJAGLECQBqxAkAFi8SAMTECQAOxQkAHsUJAGTFCQBtxQkAusUJAL3FCQAQxgkAHMYJAGbGCQBtxgkAbC8SAMjGCQASxwkAIscJAGjHCQAoxwkAFqgOAHHHCQC+xwkAwccJABTICQAgyAkAasgJAHHICQDCLxIAycgJABzMCQDKyAkAFskJACXJCQBsyQkAJ8kJAMTKCQBtyQkAwskJAN7JCQAYygkAUMoJAG7KCQCmygkAGDASAMfKCQAaywkANssJAHDLCQCoywkAxssJAP7LCQBuMBIAKcwJAHLMCQCAzAkAyMwJANvMCQAezQkAOs0JAHTNCQCszQkAys0JAALOCQDEMBIAMc4JAHbOCQCCzgkAzM4JANTOCQAaMRIAJ88JAHjPCQCAzwkAzs8JAN3PCQAk0AkAKdAJAHrQCQCH0AkA0NAJAN3QCQAm0QkAMtEJAHzRCQCL0QkA0tEJANzRCQAo0gkAMNIJAH7SCQCI0gkA1NIJANnSCQAq0wkAMtMJAHAxEgCP0wkA1tMJAJHTCQAu1QkA19MJACzUCQBI1AkAgtQJALrUCQDY1AkAENUJAMYxEgAx1QkAhNUJAKDVCQDa1QkAEtYJADDWCQBo1gkAHDISAInWCQDc1gkA7dYJADLXCQBO1wkAiNcJAMDXCQDe1wkAFtgJAHIyEgBB2AkAitgJAJbYCQDg2AkA79gJADbZCQBA2QkAjNkJAJTZCQDMTwoAmtkJAOLZCQDn2QkAONoJAEXaCQCO2gkAltoJAOTaCQDq2gkAOtsJAPTaCQCwQQoARtsJAJDbCQCg2wkA5tsJAO/bCQA83AkAP9wJAJLcCQCe3AkA6NwJAO/cCQDIMhIAYd0JAB4zEgCi3QkA6t0JAADeCQBA3gkATN4JAJbeCQCd3gkA7N4JAPHeCQBC3wkAS98JAJjfCQCi3wkAdDMSAPPfCQA4Ng0A+N8JAETgCQD63wkAFM4MAE7gCQCa4AkAm+AJAPDgCQD/4AkARuEJAEvhCQCc4QkAqeEJAPLhCQD/4QkASOIJAFTiCQCe4gkAreIJAPTiCQD+4gkASuMJAFjjCQCg4wkApeMJAPbjCQAD5AkATOQJAE3kCQCi5AkAp+QJAPjkCQD95AkATuUJAF/lCQCk5QkAx+UJAPrlCQAF5gkAUOYJAFXmCQCm5gkAqeYJAPzmCQAG5wkAUucJAHrnCQCo5wkAx+cJACA0EgAK6AkAVOgJAFboCQCq6AkAuegJAADpCQAL6QkAVukJAF7pCQCs6QkAs+kJAALqCQAE6gkAWOoJAGLqCQCu6gkAsOoJAATrCQAd6wkAWusJAFzrCQCw6wkAs+sJAAbsCQAS7AkAXOwJAGTsCQB2NBIAvuwJAAjtCQAO7QkAXu0JAHntCQC07QkAwO0JAAruCQAQ7gkAYO4JAGjuCQC27gkAuO4JAAzvCQAW7wkAYu8JAGrvCQDMNBIAye8JAA7wCQAV8AkAZPAJAGzwCQC68AkAx/AJABDxCQAV8QkAZvEJAHDxCQC88QkAxPEJABLyCQAh8gkAaPIJAG3yCQC+8gkAy/IJABTzCQAh8wkAavMJAHbzCQDA8wkAz/MJABb0CQAg9AkAbPQJAHT0CQDC9AkAzPQJABj1CQAd9QkAbvUJAHb1CQAiNRIA0PUJABr2CQAq9gkAcPYJAHn2CQDG9gkAyfYJABz3CQAo9wkAcvcJAHn3CQB4NRIAzvcJAB74CQAk+AkAdPgJAHn4CQDK+AkA0PgJAM41EgAm+QkAdvkJAHz5CQDM+QkA0fkJAIxkDwDZ+QkAIvoJACf6CQB4+gkAgPoJAM76CQD3+gkAJPsJAAL7CQCIAgoATfsJAHr7CQCj+wkA0PsJAPv7CQAm/AkALvwJAHz8CQCL/AkA0vwJANf8CQAo/QkANf0JAH79CQCL/QkA1P0JAOD9CQAq/gkAOf4JAID+CQCK/gkA1v4JAOT+CQAs/wkAMf8JAIL/CQCP/wkA2P8JAOD/CQAuAAoANAAKAIQACgCQAAoA2gAKAOoACgAwAQoAOQEKAIYBCgCJAQoA3AEKAOgBCgAyAgoAOQIKACQ2EgCxAgoA3gIKAAkDCgA0AwoAPAMKAIoDCgCZAwoA4AMKAOUDCgA2BAoAQwQKAIwECgCZBAoA4gQKAO4ECgA4BQoARwUKAI4FCgCYBQoA5AUKAPIFCgA6BgoAPwYKAJAGCgCdBgoA5gYKAO4GCgA8BwoAQgcKAJIHCgCeBwoA6AcKAPgHCgA+CAoARwgKAJQICgCXCAoA6ggKAPYICgBACQoARwkKAHo2EgCYCQoAVnQPAKQJCgDsCQoA+QkKAEIKCgBOCgoAmAoKAJ4KCgDuCgoA9AoKAEQLCgBJCwoAmgsKAKALCgDQNhIAFgwKAEYMCgBsDAoAnAwKANAMCgDyDAoAGw0KAEgNCgBzDQoAfDcSAKoNCgD0DQoArA0KAEw8CwD+DQoASg4KAGQOCgCgDgoAow4KAOBZCgCvDgoA9g4KAPsOCgBMDwoAWQ8KAKIPCgCvDwoA+A8KAAQQCgBOEAoAXRAKAKQQCgCuEAoA+hAKAAYRCgBQEQoAYxEKAKYRCgC1EQoA/BEKAAgSCgBSEgoAUxIKAKgSCgCyEgoA/hIKAAwTCgBUEwoAWRMKAKoTCgC3EwoA0jcSAAUUCgBWFAoAYxQKAKwUCgC5FAoAAhUKAA4VCgBYFQoAZxUKAK4VCgC4FQoABBYKABIWCgBaFgoAXxYKALAWCgC9FgoABhcKAA4XCgDUOBIAaBcKALIXCgDCFwoACBgKABEYCgBeGAoAYRgKALQYCgDAGAoAChkKABEZCgAqORIAYxkKALYZCgC+GQoADBoKABgaCgBiGgoAaBoKALgaCgC+GgoADhsKABMbCgBkGwoAahsKANY5EgDjGwoAEBwKADkcCgBmHAoAihwKAII6EgDCHAoAJlQLAM8cCgASHQoAIR0KAGgdCgB0HQoAvh0KAL8dCgAUHgoAHh4KAGoeCgB4HgoAwB4KAMUeCgAWHwoAIx8KANg6EgCPHwoALjsSAOsfCgAYIAoAQSAKAG4gCgCSIAoAhDsSANIgCgAaIQoAHyEKAHAhCgB9IQoAxiEKAM4hCgAcIgoAIiIKAHIiCgB+IgoAyCIKANgiCgAeIwoAJyMKAHQjCgB3IwoAyiMKAAUkCgAgJAoALCQKANo7EgB8JAoAzCQKAOUkCgAiJQoAMCUKAHglCgCFJQoAziUKANUlCgAkJgoALSYKAHomCgCHJgoA0CYKAOcmCgAmJwoAKScKAHwnCgB+JwoA0icKANsnCgAoKAoAOCgKAH4oCgCXKAoA1CgKANYoCgAqKQoAMykKAIApCgCIKQoA1ikKANgpCgAsKgoARSoKAIIqCgCZKgoA2CoKAOQqCgAuKwoAPysKAIQrCgCQKwoA2isKAOUrCgAwLAoAPSwKAIYsCgCQLAoAMDwSAO8sCgAyLQoAQC0KAIgtCgBvLQoA7jUKAMQtCgDeLQoA6y0KADQuCgA8LgoAii4KAJAuCgDgLgoA7C4KADYvCgBBLwoAjC8KAJUvCgDiLwoA5S8KADgwCgA6MAoAjjAKAJUwCgDkMAoA5jAKAIY8EgA9MQoAkDEKAJ4xCgDmMQoA6zEKADwyCgBJMgoAkjIKAJ4yCgDoMgoA8DIKANw8EgBMMwoAlDMKAKQzCgDqMwoA+DMKAEA0CgBJNAoAljQKAKA0CgDsNAoA7jQKAEI1CgBMNQoAmDUKAJo1CgAyPRIA8zUKAEQ2CgBMNgoAmjYKAKA2CgDwNgoA/DYKAEY3CgBVNwoAnDcKAKU3CgDyNwoA9TcKAEg4CgBKOAoAnjgKAKU4CgD0OAoA9jgKAIg9EgBPOQoAoDkKALw5CgD2OQoAEjoKAN49EgBZOgoAYnILAFs6CgCiOgoApzoKAPg6CgAFOwoATjsKAFs7CgCkOwoAqjsKAPo7CgAGPAoAUDwKAGA8CgCmPAoArzwKAPw8CgD/PAoAUj0KAF49CgCoPQoArz0KADQ+EgANPgoAVD4KAFk+CgCqPgoAtz4KAAA/CgANPwoAVj8KAFw/CgCsPwoAuD8KAAJACgASQAoAWEAKAGFACgCuQAoAsUAKAARBCgAQQQoAWkEKAGFBCgCKPhIAskEKAAZCCgAUQgoAXEIKAG1CCgDgPhIAuUIKADY/EgAQQwoAjD8SAGNDCgC0QwoAwUMKAApECgAXRAoAYEQKAGxECgC2RAoAxUQKAAxFCgAWRQoAYkUKAHBFCgC4RQoAvUUKAA5GCgAbRgoAZEYKAGxGCgDiPxIAxkYKABBHCgAgRwoAZkcKAG9HCgC8RwoAv0cKABJICgAeSAoAaEgKAG9ICgA4QBIAwEgKABRJCgAiSQoAakkKAHtJCgCOQBIAx0kKAORAEgAeSgoAOkESAHFKCgDCSgoAz0oKABhLCgAlSwoAbksKAHpLCgDESwoA00sKABpMCgAkTAoAcEwKAH5MCgDGTAoAy0wKABxNCgApTQoAck0KAHpNCgCQQRIA1E0KAB5OCgAuTgoAdE4KAH1OCgDKTgoAzU4KACBPCgAsTwoAdk8KAH1PCgDmQRIA1k8KACJQCgAwUAoAeFAKAI5QCgDOUAoA2lAKACRRCgArUQoAelEKAIJRCgDQUQoA1VEKACZSCgAvUgoAfFIKAIZSCgA8QhIA6FIKAChTCgA0UwoAflMKAIVTCgDUUwoA3FMKACpUCgAvVAoAgFQKAIlUCgDWVAoA4FQKAJJCEgAxVQoAQjsNADhVCgDIowoAO1UKAIJVCgBWVQoAVCUTAIdVCgDYVQoA5VUKAC5WCgA7VgoAhFYKAJBWCgDaVgoA6VYKADBXCgA6VwoAhlcKAJRXCgDcVwoA6VcKADJYCgBJWAoAiFgKAJBYCgDeWAoA6FgKADRZCgA5WQoAilkKAJJZCgDoQhIA5VkKADZaCgBFWgoAjFoKAKxaCgDiWgoA7loKADhbCgBCWwoAjlsKAJhbCgDkWwoA8lsKADpcCgBQXAoAkFwKAJxcCgDmXAoA61wKADxdCgBFXQoAkl0KAJxdCgDoXQoA9F0KAD5eCgBRXgoAlF4KAKNeCgDqXgoA9l4KAEBfCgBBXwoAll8KAKBfCgDsXwoA+l8KAEJgCgBHYAoAmGAKAKVgCgCUQxIA/GAKAERhCgBaYQoAmmEKAKZhCgDwYQoA92EKAEZiCgBOYgoAnGIKAKFiCgDyYgoA+2IKAEhjCgBSYwoAlkQSAKNjCgD0YwoA/GMKAEpkCgBNZAoAoGQKAKlkCgD2ZAoABWUKAExlCgBXZQoAomUKAKplCgD4ZQoACGYKAE5mCgBcZgoApGYKALVmCgD6ZgoABmcKAFBnCgBYZwoA7EQSAKxnCgD8ZwoABGgKAFJoCgBZaAoAqGgKALZoCgD+aAoABGkKAFRpCgBgaQoAqmkKALlpCgAAagoACmoKAFZqCgBbagoArGoKALJqCgACawoAFmsKAEJFEgBpawoArmsKALprCgAEbAoACmwKAFpsCgBgbAoAsGwKALVsCgAGbQoADG0KAJhFEgBhbQoAsm0KAMNtCgAIbgoAEG4KAF5uCgAUbgoA7IoKABZuCgDuFhAAaG4KALRuCgDCbgoACm8KACBvCgBgbwoAbG8KALZvCgC9bwoADHAKABRwCgBicAoAZ3AKALhwCgDBcAoADnEKABhxCgBkcQoAbHEKALpxCgC+cQoAEHIKABtyCgBmcgoAdHIKALxyCgDNcgoAEnMKAB5zCgBocwoAcHMKAO5FEgDAcwoAFHQKACJ0CgBqdAoAdHQKAMB0CgDOdAoAFnUKACN1CgBsdQoAg3UKAMJ1CgDKdQoAGHYKACh2CgBudgoAc3YKAMR2CgDKdgoAGncKACJ3CgBwdwoAcncKAMZ3CgDTdwoAHHgKACR4CgByeAoAd3gKAMh4CgDJeAoAHnkKACp5CgB0eQoAgXkKAMp5CgDSeQoAIHoKAC96CgB2egoAe3oKAMx6CgDZegoAInsKAC97CgB4ewoAhHsKAM57CgDdewoAJHwKAC58CgB6fAoAiHwKANB8CgDVfAoAJn0KADN9CgBERhIAf30KANJ9CgDafQoAKH4KADV+CgB+fgoAg34KANR+CgDefgoAKn8KADJ/CgCAfwoAgn8KANZ/CgDxfwoALIAKAC6ACgCCgAoAkIAKANiACgDpgAoALoEKADCBCgCEgQoAnYEKANqBCgDrgQoAMIIKADyCCgCaRhIAjoIKANyCCgDiggoAMoMKAD6DCgCIgwoApYMKAN6DCgDngwoANIQKAECECgCKhAoAjYQKAOCECgDqhAoANoUKAD6FCgCMhQoAloUKAOKFCgDwhQoAOIYKAE6GCgCOhgoAmoYKAOSGCgDrhgoAOocKAEKHCgCQhwoAlYcKAOaHCgDvhwoAPIgKAEaICgCSiAoAmogKAOiICgDqiAoAPokKAE6JCgCUiQoAnokKAOqJCgD2iQoAQIoKAEaKCgCWigoAnooKAPBGEgDyigoAQosKAEiLCgCYiwoAnYsKAO6LCgD0iwoARkcSAFKMCgCajAoAsIwKAPCMCgD8jAoARo0KAEuNCgCcjQoApY0KAPKNCgD8jQoASI4KAGuOCgCejgoAoo4KAPSOCgCtjgoATJAKAPaOCgBKjwoAWI8KAKCPCgCqjwoA9o8KABqQCgBISBIAUpAKAKKQCgCukAoA+JAKAPqQCgBOkQoAWJEKAKSRCgCwkQoA+pEKAB6SCgCeSBIAVJIKAKaSCgBfkgoA/pMKAKiSCgD8kgoACpMKAFKTCgBckwoAqJMKAMyTCgD0SBIABJQKAFSUCgBglAoAqpQKAKyUCgAAlQoACpUKAFaVCgBilQoArJUKANCVCgBKSRIAH5YKAFiWCgBhlgoArpYKALyWCgAElwoACpcKAFqXCgBmlwoAsJcKALiXCgCgSRIADZgKAFyYCgB1mAoAspgKAMGYCgAImQoAEJkKAF6ZCgBtmQoAtJkKALmZCgAKmgoAF5oKAGCaCgBtmgoAtpoKAMKaCgAMmwoAG5sKAGKbCgBsmwoAuJsKAMabCgAOnAoAE5wKAGScCgBxnAoA9kkSALucCgCqFQsA05wKABCdCgAanQoAZp0KAGidCgC8nQoAyp0KABKeCgAfngoAaJ4KAHCeCgC+ngoA6p4KABSfCgAbnwoAap8KAIOfCgDAnwoAz58KABagCgAeoAoAbKAKAHugCgDCoAoAx6AKABihCgAloQoAbqEKAHuhCgDEoQoA0KEKABqiCgApogoAcKIKAHqiCgDGogoA1KIKAByjCgAhowoAcqMKAH+jCgBMShIA26MKAB6kCgAtpAoAdKQKAICkCgDKpAoA1qQKACClCgAnpQoAdqUKAIKlCgDMpQoA06UKACKmCgAqpgoAeKYKAHymCgDOpgoA2aYKACSnCgAwpwoAeqcKAIenCgDQpwoA2KcKACaoCgAwqAoAfKgKAIKoCgDSqAoA5qgKACipCgA2qQoAfqkKAIupCgDUqQoA66kKACqqCgAyqgoAgKoKAIqqCgDWqgoA26oKACyrCgA0qwoAgqsKAJGrCgDYqwoA3asKAC6sCgA7rAoAhKwKAJGsCgDarAoA5qwKADCtCgA/rQoAhq0KAJCtCgCiShIA5K0KADKuCgBBrgoAiK4KAI2uCgDergoA564KADSvCgBFrwoAiq8KAJGvCgDgrwoA6K8KADawCgBDsAoAjLAKAJGwCgDisAoA7LAKADixCgBAsQoAjrEKAKexCgDksQoA8LEKADqyCgBCsgoA+EoSAJ+yCgDmsgoAA7MKADyzCgBFswoAkrMKAKCzCgDoswoA7rMKAD60CgBKtAoAlLQKAJu0CgDqtAoA8rQKAEC1CgBQtQoAlrUKAJy1CgDstQoA8bUKAEK2CgBYtgoAmLYKAKC2CgDutgoA+LYKAES3CgBPtwoAmrcKAKa3CgDwtwoA+LcKAE5LEgBTuAoAnLgKAKO4CgDyuAoA/rgKAEi5CgBOuQoAnrkKAK+5CgD0uQoACLoKAEq6CgBYugoAoLoKAK26CgD2ugoADbsKAEy7CgBUuwoAorsKAKm7CgD4uwoA+rsKAE68CgBYvAoApLwKAKa8CgD6vAoAE70KAFC9CgBSvQoApr0KAKm9CgD8vQoACL4KAFK+CgCAvgoApEsSALe+CgD+vgoAG78KAFS/CgBdvwoAqr8KALi/CgAAwAoABsAKAFbACgBiwAoArMAKALTACgD6SxIACsEKAFjBCgBewQoArsEKALrBCgAEwgoAB8IKAFrCCgBfwgoAsMIKALnCCgAGwwoADMMKAFzDCgBrwwoAssMKAL7DCgAIxAoAEMQKAFBMEgBkxAoAtMQKALnECgAKxQoAIMUKAGDFCgBoxQoAtsUKAMTFCgAMxgoAFsYKAGLGCgBlxgoAuMYKAMDGCgAOxwoAD8cKAGTHCgBqxwoAuscKAMjHCgAQyAoAJsgKAGbICgBoyAoAvMgKAMLICgASyQoAJskKAGjJCgBwyQoAvskKAM7JCgAUygoAFsoKAGrKCgB5ygoAwMoKAMrKCgAWywoAG8sKAGzLCgByywoAwssKANbLCgAYzAoAIMwKAG7MCgBzzAoAxMwKAMrMCgAazQoAIs0KAHDNCgBzzQoAxs0KAMvNCgAczgoAJc4KAHLOCgB4zgoAyM4KANfOCgAezwoAKs8KAKZMEgCAzwoAys8KAN3PCgAg0AoAPNAKAHbQCgB+0AoA/EwSANrQCgAi0QoAONEKAHjRCgCE0QoAztEKANPRCgAk0goALdIKAHrSCgCE0goA0NIKANjSCgAm0woAKNMKAHzTCgCL0woA0tMKAO/TCgAo1AoAMdQKAH7UCgCM1AoA1NQKANrUCgAq1QoAONUKAIDVCgCN1QoA1tUKAO3VCgAs1goANNYKAILWCgCE1goA2NYKAODWCgAu1woAPdcKAITXCgCJ1woA2tcKAOfXCgAw2AoAPdgKAIbYCgCS2AoA3NgKAOvYCgAy2QoAPNkKAIjZCgCW2QoA3tkKAOPZCgA02goAQdoKAFJNEgCU2goA4NoKAOLaCgA22woAPdsKAIzbCgCT2woA4tsKAOjbCgA43AoARtwKAI7cCgCb3AoA5NwKAPTcCgA63QoAP90KAJDdCgCY3QoA5t0KAKzdCgC6SAsA8t0KADzeCgA+3goAQuEKAEneCgCS3goAl94KAOjeCgDy3goAPt8KAE7fCgCU3woAmd8KAOrfCgDz3woAQOAKAE3gCgCW4AoAneAKAOzgCgD04AoAqE0SAFDhCgCY4QoAsOEKAO7hCgDw4QoAROIKAFviCgCa4goAnOIKAPDiCgD+4goARuMKAFPjCgCc4woApOMKAP5NEgD14woASOQKAAnkCgDqjQwAUeQKAJ7kCgCs5AoAng8LAK3kCgD05AoA/+QKAErlCgBS5QoAoOUKAKvlCgD25QoA++UKAEzmCgBP5goAouYKAKzmCgBUThIA/uYKAE7nCgAC5woARBUPAGnnCgCk5woAsOcKAPrnCgAA6AoAUOgKAFjoCgCm6AoAvOgKAPzoCgAK6QoAUukKAFXpCgCo6QoAwekKAP7pCgAK6goAVOoKAF/qCgCq6goArOoKAADrCgAb6woAVusKAGTrCgCs6woAuesKAALsCgAZ7AoAqk4SAFrsCgCeFw8AbuwKAK7sCgCv7AoABO0KAAntCgBa7QoAYO0KALDtCgCy7QoABu4KAAzuCgBc7goAcO4KALLuCgC67goACO8KABjvCgBe7woAYO8KALTvCgDC7woACvAKABvwCgAATxIAZvAKALbwCgDC8AoAVk8SAA7xCgBi8QoAc/EKALjxCgDA8QoADvIKABfyCgBk8goAa/IKALryCgC78goArE8SABzzCgBm8woAaPMKALzzCgDD8woAEvQKABr0CgBo9AoAcfQKAL70CgDF9AoAFPUKABX1CgACUBIAb/UKAMD1CgDI9QoAFvYKACD2CgBs9goAevYKAML2CgDY9goAGPcKACT3CgBu9woAc/cKAMT3CgDN9woAGvgKACT4CgBYUBIAcfgKAMb4CgDO+AoAtnMMAN74CgAc+QoAKfkKAHL5CgB++QoAyPkKANL5CgAe+goAIvoKAHT6CgB5+goAyvoKAND6CgAg+woAQPsKAHb7CgCO+woAzPsKAOP7CgAi/AoALvwKAHj8CgCC/AoAzvwKAND8CgAk/QoAK/0KAHr9CgCB/QoA0P0KANb9CgAm/goAMv4KAHz+CgB//goA0v4KANX+CgAo/woANP8KAH7/CgCB/woA1P8KAPD/CgAqAAsAMgALAK5QEgCMAAsA1gALAOAACwAsAQsALgELAIIBCwCJAQsA2AELAN8BCwAuAgsANAILAIQCCwCSAgsA2gILAOcCCwAwAwsAQAMLAIYDCwCLAwsA3AMLAOQDCwAyBAsAQgQLAIgECwCNBAsA3gQLAOQECwA0BQsAPAULAARREgCQBQsA4AULAOgFCwA2BgsAOQYLAIwGCwCYBgsA4gYLAOgGCwA4BwsAUwcLAI4HCwCcBwsA5AcLAPMHCwA6CAsARggLAJAICwCYCAsAsFESAOsICwA8CQsARgkLAJIJCwCaCQsA6AkLAAgKCwA+CgsASwoLAJQKCwCZCgsA6goLAO4KCwBACwsATQsLAAZSEgCbCwsA7AsLAO8LCwBCDAsATAwLAJgMCwCkDAsA7gwLAAENCwBEDQsAUw0LAJoNCwCmDQsA8A0LAPENCwBGDgsAUA4LAJwOCwCqDgsA8g4LAPcOCwBIDwsAVQ8LAFxSEgCoDwsA9A8LAPYPCwBKEAsAYxALAKAQCwCxEAsA9hALAAIRCwBMEQsAVBELAF5TEgCpEQsA+BELAP8RCwBOEgsAVBILAKQSCwCwEgsA+hILAP0SCwBQEwsAUxMLAKYTCwCuEwsA/BMLAAwUCwBSFAsAVxQLAKgUCwCxFAsA/hQLAAsVCwBUFQsAWxULALRTEgC2FQsAABYLAA0WCwBWFgsAXhYLAKwWCwC2FgsAAhcLABEXCwBYFwsAWRcLAK4XCwC2FwsABBgLABMYCwBaGAsAXxgLALAYCwC9GAsABhkLABMZCwBcGQsAaBkLALIZCwDBGQsACBoLABIaCwBeGgsAbBoLALQaCwC5GgsAChsLABcbCwBgGwsAaBsLALYbCwDAGwsADBwLABEcCwBiHAsAahwLAApUEgDGHAsADh0LABodCwBkHQsAah0LALodCwDAHQsAEB4LABUeCwBmHgsAbB4LAGBUEgDIHgsAEh8LABgfCwBoHwsAbh8LAL4fCwDLHwsAFCALABkgCwBqIAsAciALAMAgCwDeIAsAYlUSABghCwDcXw4AGSELAPhADQAcIQsAdNMMACwhCwBsIQsAbSELAMIhCwDHIQsAGCILAB4iCwBuIgsAcCILAMQiCwDKIgsAGiMLAC4jCwBwIwsAeCMLAMYjCwDWIwsAHCQLAB4kCwByJAsAgCQLAMgkCwDZJAsAuFUSACQlCwB0JQsAgCULAA5WEgDXJQsAICYLACgmCwB2JgsAgyYLAMwmCwDOJgsAIicLADgnCwB4JwsAhCcLAM4nCwDWJwsAulYSADAoCwB6KAsAfSgLANAoCwDVKAsAJikLADcpCwB8KQsAhSkLANIpCwDcKQsAKCoLADYqCwB+KgsAgyoLANQqCwDhKgsAEFcSADYrCwCAKwsAjSsLANYrCwDYKwsALCwLAEIsCwCCLAsAjiwLANgsCwDgLAsAZlcSADMtCwCELQsAii0LANotCwDiLQsAMC4LADMuCwCGLgsAki4LANwuCwDiLgsAMi8LAE0vCwCILwsAlS8LAN4vCwDgLwsANDALAEowCwCKMAsAljALAOAwCwDoMAsAvFcSADwxCwCMMQsAkTELAOIxCwD9MQsAODILAEYyCwCOMgsAlTILAOQyCwDwMgsAOjMLAEEzCwASWBIAmzMLAOYzCwDuMwsAPDQLAEc0CwCSNAsAlzQLAOg0CwDrNAsAPjULAEg1CwCUNQsAnDULAOo1CwD4NQsAQDYLAEM2CwCWNgsAnjYLAOw2CwAMNwsAQjcLAE83CwCYNwsAnTcLAO43CwDyNwsARDgLAFE4CwBoWBIAujgLAPA4CwD5OAsARjkLAEc5CwCcOQsApDkLAPI5CwACOgsASDoLAEo6CwCeOgsArDoLAPQ6CwAFOwsAvlgSAFA7CwCgOwsArDsLABRZEgD9OwsAalkSAFE8CwCiPAsAvDwLAPg8CwAHPQsATj0LAFk9CwCkPQsApj0LAPo9CwAHPgsAUD4LAF0+CwCmPgsAsj4LAPw+CwANPwsAUj8LAFU/CwCoPwsAwj8LAP4/CwAHQAsAVEALAGFACwCqQAsAsEALAABBCwAMQQsAVkELAFlBCwCsQQsAsUELAAJCCwATQgsAWEILAHNCCwCuQgsAukILAARDCwALQwsAWkMLAFxDCwCwQwsAt0MLAAZECwANRAsAXEQLAGJECwCyRAsAvkQLAAhFCwALRQsAXkULAGFFCwC0RQsAwEULAApGCwAdRgsAYEYLAG9GCwC2RgsAwkYLAAxHCwANRwsAYkcLAGxHCwC4RwsAxkcLAA5ICwATSAsAZEgLAHFICwDAWRIAwkgLABZaEgASSQsAZkkLAHxJCwC8SQsAyEkLABJKCwAaSgsAbFoSAG5KCwC+SgsAxkoLABRLCwAXSwsAaksLAHZLCwDASwsAxksLABZMCwAxTAsAbEwLAHpMCwDCTAsA0UwLABhNCwAkTQsAbk0LAHZNCwDCWhIAyU0LABpOCwAkTgsAcE4LAHhOCwDGTgsA5k4LABxPCwApTwsAck8LAHdPCwDITwsAzE8LAB5QCwArUAsAGFsSAJdQCwBuWxIAz1ALACBRCwAvUQsAdlELAJZRCwDMUQsA2FELACJSCwAsUgsAeFILAIRSCwDOUgsA1FILACRTCwAqUwsAelMLAH9TCwDQUwsA1lMLAMRbEgAsVAsAfFQLAIFUCwDSVAsA2FQLAHBcEgArVQsAflULAIhVCwDUVQsA1lULACpWCwBDVgsAgFYLAJFWCwDWVgsA5FYLACxXCwAvVwsAglcLAI1XCwDYVwsA4FcLAC5YCwAwWAsAhFgLAIxYCwDaWAsA51gLADBZCwA8WQsAhlkLAIpZCwDcWQsA5FkLADJaCwBBWgsAiFoLAI1aCwDeWgsA61oLADRbCwBBWwsAilsLAJZbCwDgWwsA71sLADZcCwBAXAsAjFwLAJpcCwDiXAsA51wLADhdCwBFXQsAxlwSAJZdCwAcXRIA6F0LAEJiCwDwXQsAOl4LAEBeCwCQXgsAll4LAOZeCwDzXgsAPF8LAEFfCwCSXwsAml8LAOhfCwARYAsAPmALABxgCwDqYAsAZGALAEBhCwBnYAsAlGALAL1gCwByXRIAE2ELAMhdEgBmYQsAlmELAMphCwDsYQsAFWILAB5eEgBQYgsAmGILAKViCwDuYgsA+mILAERjCwBKYwsAmmMLAKBjCwDwYwsA9WMLAEZkCwBMZAsAdF4SAMJkCwCeZQsAxWQLAPJkCwAbZQsAIF8SAHFlCwB2XxIAxGULAPRlCwAoZgsASmYLAHNmCwDMXxIAqmYLAPZmCwD7ZgsATGcLAFRnCwAiYBIAp2cLAPhnCwABaAsATmgLAFtoCwCkaAsAq2gLAHhgEgACaQsAzmASAGNpCwCmaQsAsmkLAPxpCwALagsAUmoLAFtqCwCoagsAsmoLAP5qCwAAawsAVGsLAG1rCwCqawsAu2sLAABsCwAMbAsAVmwLAF5sCwAkYRIAumwLAAJtCwATbQsAWG0LAGRtCwCubQsAtm0LAHphEgAJbgsAWm4LAGRuCwCwbgsAuG4LAAZvCwAWbwsAXG8LAGFvCwCybwsAu28LAAhwCwAVcAsAXnALAGVwCwDQYRIAunALAK7LDwDBcAsACnELAMdwCwBWnQ4AD3ELAGBxCwBscQsAtnELAMNxCwAMcgsAFnILACZiEgBncgsAuHILAMRyCwAOcwsAG3MLAGRzCwBucwsAunMLANZzCwAQdAsAGHQLAHxiEgBrdAsAvHQLAMR0CwASdQsAFXULAGh1CwBxdQsAvnULAM11CwAUdgsAH3YLAGp2CwBydgsAwHYLANB2CwAWdwsAJHcLAGx3CwB9dwsAwncLAM53CwAYeAsAIHgLANJiEgB0eAsAxHgLAMx4CwAaeQsAIXkLAHB5CwB+eQsAxnkLAMx5CwAcegsAKHoLAHJ6CwCBegsAyHoLANJ6CwAeewsAI3sLAHR7CwB6ewsAynsLAN57CwAgfAsAKHwLAHZ8CwCUfAsAzHwLANR8CwAoYxIAKn0LAH5jEgCAfQsAzn0LAOd9CwAkfgsALX4LAHp+CwCKfgsA0H4LAOB+CwAmfwsAMn8LAHx/CwCCfwsA0n8LAOB/CwAogAsANYALAH6ACwCVgAsA1IALANyACwAqgQsANIELAICBCwCOgQsA1oELAOyBCwAsggsAOIILAIKCCwCJggsA2IILAOCCCwAugwsAM4MLAISDCwCNgwsA2oMLAOSDCwAwhAsAOIQLAIaECwCIhAsA3IQLAOyECwAyhQsAPIULAIiFCwCUhQsA3oULAOSFCwA0hgsAPIYLACpkEgCMhgsA4IYLAPGGCwA2hwsAUocLAIyHCwCUhwsAgGQSAPOHCwA4iAsASYgLAI6ICwCWiAsA5IgLAP2ICwA6iQsAQIkLAJCJCwCViQsA5okLAAaKCwA8igsASIoLAJKKCwCYigsA6IoLAPCKCwA+iwsATYsLAJSLCwCZiwsA6osLAPeLCwBAjAsATYwLAJaMCwCijAsA7IwLAPuMCwBCjQsATI0LAJiNCwCmjQsA7o0LAPONCwBEjgsAUY4LAJqOCwCdjgsA8I4LAPiOCwBGjwsASI8LAJyPCwCijwsA8o8LAP6PCwBIkAsAUJALANZkEgCjkAsA9JALAPiQCwBKkQsAV5ELACxlEgCokQsAgmUSAPyRCwBMkgsAY5ILAKKSCwCrkgsA+JILAA6TCwBOkwsAWpMLAKSTCwCxkwsA+pMLAASUCwBQlAsAWJQLAKaUCwDklAsA/JQLACWVCwBSlQsAWpULAKiVCwDLlQsA2GUSAA2WCwBUlgsAFJYLADizCwBZlgsAqpYLALeWCwAAlwsADZcLAFaXCwBilwsArJcLALuXCwACmAsADJgLAFiYCwBmmAsArpgLALOYCwAEmQsAEZkLAFqZCwB+mQsAsJkLALiZCwAuZhIAD5oLAFyaCwBfmgsAspoLALyaCwAImwsAEJsLAF6bCwB3mwsAtJsLAMCbCwAKnAsAEpwLAIRmEgBwnAsAtpwLAL6cCwAMnQsAFp0LAGKdCwB2nQsAuJ0LALmdCwAOngsAGp4LAGSeCwBsngsA2mYSAM2eCwAQnwsAEZ8LAGafCwBynwsAvJ8LAMufCwASoAsAHKALAGigCwBroAsAvqALAMagCwAUoQsAFaELAGqhCwBsoQsAwKELAMahCwAWogsAGKILAGyiCwCCogsAwqILAM6iCwAYowsAIqMLAG6jCwB6owsAxKMLAMqjCwAapAsAIqQLAHCkCwCZpAsAxqQLAM6kCwAcpQsAJqULAHKlCwB3pQsAyKULANClCwAepgsAN6YLAHSmCwCApgsAyqYLANKmCwAwZxIALKcLAHanCwB5pwsAzKcLANGnCwAiqAsAK6gLAHioCwB+qAsAzqgLAN2oCwAkqQsAMKkLAHqpCwCPqQsA0KkLANipCwAmqgsAM6oLADKwCwA/qgsAfKoLAIGqCwDSqgsA16oLACirCwA5qwsAfqsLAIarCwDUqwsAiqsLAIKtCwDrqwsAKqwLADisCwCArAsAm6wLANasCwDirAsALK0LADmtCwCGZxIAhK0LANitCwDlrQsALq4LADauCwCErgsAm64LANquCwDorgsAMK8LAEuvCwCGrwsAkq8LANyvCwDprwsA3GcSADuwCwCIsAsAmbALAN6wCwDvsAsANLELADyxCwCKsQsAobELAOCxCwDusQsANrILAFGyCwCMsgsAmLILAOKyCwDvsgsAMmgSAEyzCwCOswsAkbMLAOSzCwABtAsAOrQLAEu0CwCQtAsAtLQLAOa0CwDutAsAiGgSAEW1CwCStQsAlbULAOi1CwDytQsAPrYLAEa2CwCUtgsArbYLAOq2CwD2tgsAQLcLAEi3CwDeaBIAprcLAOy3CwD0twsAQrgLAEy4CwCYuAsArLgLAO64CwDvuAsARLkLAFC5CwCauQsAorkLADRpEgAEugsARroLAEm6CwCcugsAuboLAPK6CwADuwsASLsLAFa7CwCeuwsAs7sLAPS7CwD8uwsASrwLAFe8CwCmvwsAY7wLAKC8CwClvAsA9rwLAPu8CwBMvQsAXb0LAKK9CwCqvQsA+L0LAA++CwBOvgsAXL4LAKS+CwC/vgsA+r4LAAa/CwBQvwsAXb8LAIppEgCvvwsA/L8LAA3ACwBSwAsAY8ALAKjACwCwwAsA/sALABXBCwBUwQsAYsELAKrBCwDFwQsAAMILAAzCCwBWwgsAY8ILAOBpEgDAwgsAAsMLAAXDCwBYwwsAdcMLAK7DCwC/wwsABMQLABLECwBaxAsAb8QLALDECwC4xAsABsULABPFCwASywsAH8ULAFzFCwBhxQsAssULALfFCwAIxgsAGcYLAF7GCwBmxgsAtMYLAGrGCwBiyAsAy8YLAArHCwAYxwsAYMcLAHvHCwC2xwsAwscLAAzICwAZyAsANmoSAGTICwC4yAsAxcgLAA7JCwAWyQsAZMkLAHvJCwC6yQsAyMkLABDKCwArygsAZsoLAHLKCwC8ygsAycoLAIxqEgAbywsAaMsLAHnLCwC+ywsAz8sLABTMCwAczAsAaswLAIHMCwDAzAsAzswLABbNCwAxzQsAbM0LAHjNCwDCzQsAz80LAOJqEgAhzgsAbs4LAH/OCwDEzgsA0M4LABrPCwAnzwsAcM8LAHXPCwDGzwsA0M8LABzQCwAs0AsActALAHfQCwDI0AsA0dALAB7RCwAr0QsAdNELAHvRCwDK0QsA1tELACDSCwAm0gsAdtILAHzSCwDM0gsA0dILACLTCwAo0wsAOGsSAH3TCwDO0wsA1tMLACTUCwA61AsAetQLAH/UCwDQ1AsA19QLACbVCwAv1QsAfNULAI3VCwDS1QsA3tULACjWCwAw1gsAOmwSAIDWCwDU1gsA6tYLACrXCwA21wsAgNcLAIfXCwDW1wsA3tcLAJBsEgAx2AsAgtgLAInYCwDY2AsA4dgLAC7ZCwA/2QsAhNkLAJDZCwDa2QsA4tkLAOZsEgAy2gsAhtoLAJzaCwDc2gsA6NoLADLbCwA52wsAiNsLAJDbCwA8bRIA49sLADTcCwA73AsAitwLAJPcCwDg3AsA8dwLADbdCwBC3QsAjN0LAJTdCwCSbRIA5N0LADjeCwBH3gsAjt4LAK7eCwDk3gsA5t4LADrfCwBR3wsAkN8LAJzfCwDm3wsA7t8LAD5uEgBB4AsAkuALAJTgCwDo4AsA7+ALAD7hCwBG4QsAlOELAJ3hCwDq4QsA8OELAEDiCwBR4gsAluILAJ7iCwDqbhIA+OILAELjCwBF4wsAmOMLAJ3jCwDu4wsA/+MLAETkCwBf5AsAmuQLAKbkCwDw5AsA+OQLAEBvEgBc5QsAnOULAJ3lCwDy5QsA9+ULAEjmCwBO5gsAnuYLAKjmCwD05gsA/OYLAErnCwBc5wsAlm8SAK3nCwD25wsAAOgLAEzoCwBS6AsAougLALboCwD46AsAAOkLAE7pCwBe6QsApOkLAKnpCwD66QsAAOoLAFDqCwBY6gsApuoLAKfqCwD86gsA/uoLAFLrCwBh6wsAqOsLAMjrCwD+6wsAAOwLAFTsCwBr7AsAquwLALbsCwAA7QsACO0LAOxvEgBe7QsArO0LAMXtCwAC7gsAC+4LAFjuCwBi7gsAru4LALbuCwAE7wsAFO8LAFrvCwBf7wsAsO8LALnvCwAG8AsAE/ALAFzwCwBj8AsAsvALALrwCwCYcBIAEvELAF7xCwBm8QsAtPELAMLxCwAK8gsAF/ILAGDyCwBo8gsAtvILALjyCwAM8wsAFPMLAGLzCwBj8wsAuPMLALrzCwAO9AsAHfQLAGT0CwCE9AsAuvQLALz0CwAQ9QsAJ/ULAGb1CwBy9QsAvPULANb1CwAS9gsAPvYLAGj2CwBr9gsAvvYLAMP2CwAU9wsAIfcLAO5wEgBs9wsAwPcLAMr3CwAW+AsAJfgLAGz4CwB3+AsAwvgLAND4CwAY+QsAJfkLAG75CwCF+QsAxPkLAMz5CwAa+gsAG/oLAHD6CwBy+gsAxvoLANX6CwAc+wsAPPsLAHL7CwB0+wsAyPsLAN/7CwAe/AsAKvwLAHT8CwB8/AsARHESAM/8CwAg/QsAJv0LAHb9CwB+/QsAzP0LAOv9CwAi/gsAL/4LAHj+CwB5/gsAzv4LAOT+CwAk/wsAQP8LAJpxEgB//wsA0P8LANr/CwAmAAwALgAMAHwADAB9AAwA0gAMAH4ADADkCQwA2AAMACgBDAA0AQwAfgEMAI4BDADUAQwA4gEMACoCDAA9AgwAgAIMAIwCDADWAgwA3QIMACwDDAA0AwwAggMMAIYDDADYAwwA5gMMAC4EDAA4BAwAhAQMAI8EDADaBAwA4gQMADAFDABoBQwAhgUMAI4FDADcBQwA4QUMADIGDAA4BgwAiAYMAJAGDADeBgwA+AYMADQHDABsBwwAigcMAJIHDADgBwwA5QcMADYIDAA8CAwAjAgMAJQIDADiCAwA/AgMADgJDABSCQwAjgkMAMYJDADwcRIA7AkMADoKDABBCgwAkAoMAJwKDADmCgwA5woMADwLDABICwwAkgsMAJ8LDADoCwwA7wsMAD4MDABKDAwAlAwMAKEMDADqDAwA+QwMAEANDABUDQwARnISAJgNDADsDQwAog0MAEzuDgDvDQwAJFkOAPkNDABa8QwA+w0MAEIODABiDgwAmA4MAJoODADuDgwABQ8MAEQPDABQDwwAmg8MAKIPDACcchIA8g8MAEYQDABTEAwAnBAMAKUQDADyEAwA9BAMAEgRDABZEQwAnhEMAK8RDAD0EQwACBIMAPJyEgBqEgwAoBIMAKISDAD2EgwADRMMAEwTDABYEwwAohMMAKoTDABIcxIA+hMMAE4UDABRFAwApBQMAKwUDAD6FAwABxUMAFAVDABVFQwAphUMALAVDAD8FQwABBYMAFIWDABrFgwAqBYMALQWDAD+FgwAChcMAFQXDABhFwwAqhcMALIXDAAAGAwAEBgMAFYYDABbGAwArBgMALUYDAACGQwADxkMAFgZDABfGQwArhkMALYZDACecxIAERoMAFoaDABdGgwAsBoMALoaDAAGGwwACBsMAFwbDABtGwwAshsMAMMbDAAIHAwAFBwMAF4cDABlHAwAtBwMAM4cDAAKHQwAEh0MAGAdDABhHQwAHicMAGodDAC2HQwAvB0MAAweDAAgHgwAYh4MAGoeDAC4HgwAwh4MAA4fDAATHwwAZB8MAGwfDAC6HwwAyB8MABAgDAAdIAwAZiAMAGkgDAC8IAwAxiAMABIhDAAUIQwAaCEMAHkhDAC+IQwAzyEMABQiDAAcIgwA9HMSAHQiDADAIgwA3CIMABYjDAAeIwwASnQSAG0jDADCIwwA2CMMABgkDAAgJAwAbiQMAHwkDADEJAwA0SQMABolDAAdJQwAcCUMAHolDADGJQwAyCUMABwmDAAtJgwAciYMAIMmDADIJgwA0CYMAKB0EgAvJwwAdCcMAIAnDADKJwwAzCcMACAoDAAjKAwAdigMAIIoDADMKAwA1CgMAPZ0EgArKQwAeCkMAIUpDADOKQwA1ikMACQqDAA2KgwAeioMAIcqDADQKgwA0SoMACYrDAA8KwwAfCsMAIQrDADSKwwA4CsMACgsDAA1LAwAfiwMAIEsDADULAwA3iwMACotDAAsLQwAgC0MAJEtDADWLQwA5y0MACwuDAA0LgwATHUSAI8uDADYLgwA4i4MAC4vDADlLgwAQhIOADwvDACELwwAmi8MANovDADmLwwAMDAMADwwDACGMAwAjDAMANwwDADiMAwAMjEMADcxDACIMQwAjjEMAKJ1EgDjMQwANDIMADYyDACKMgwAkTIMAOAyDADoMgwANjMMADkzDACMMwwAlTMMAOIzDADxMwwAODQMAEM0DACONAwAljQMAOQ0DAD0NAwAOjUMAEg1DACQNQwAoTUMAOY1DADyNQwAPDYMAEQ2DACkdhIAsDYMAOg2DADwNgwA+nYSAEo3DACUNwwAqjcMAOo3DADyNwwAQDgMAF84DABQdxIAmTgMALBwDACjOAwA7DgMAO84DAAS1RAA9DgMAEI5DAD2OAwAztkOAEQ5DACYOQwATDkMAAZGDABTOQwA+D4MAKU5DADuOQwAAjoMAEQ6DABMOgwAmjoMAJ86DADwOgwAADsMAEY7DABOOwwAnDsMAKY7DADyOwwA/TsMAEg8DABUPAwAnjwMAKY8DACmdxIA+TwMAEo9DABTPQwAoD0MAKY9DAD2PQwABT4MAEw+DABYPgwAoj4MAKU+DAD8dxIA/T4MAE4/DABdPwwApD8MAKY/DAD6PwwAC0AMAFBADABhQAwApkAMALpADAD8QAwABEEMAFJBDABgQQwAqEEMALVBDAD+QQwAAUIMAFRCDABeQgwAqkIMAKxCDAAAQwwAEUMMAFZDDABnQwwArEMMALhDDAACRAwACUQMAFhEDABgRAwArkQMAMVEDAAERQwAEEUMAFpFDABwRQwAsEUMALNFDABSeBIAEUYMAFxGDABoRgwAskYMALpGDACoeBIAFEcMAF5HDAB0RwwAtEcMALdHDAAKSAwAEkgMAGBIDABiSAwAtkgMANFIDAAMSQwADkkMAGJJDABwSQwAuEkMAMlJDAAOSgwAEEoMAGRKDAB9SgwAukoMAMtKDAAQSwwAHEsMAP54EgBsSwwAvEsMAMpLDAASTAwALUwMAGhMDAB0TAwAvkwMAMRMDAAUTQwAHE0MAGpNDAB6TQwAwE0MAMVNDAAWTgwAH04MAGxODAB5TgwAwk4MAMlODAAYTwwAIE8MAFR5EgBzTwwAxE8MAMpPDAAaUAwAIlAMAHBQDACcUAwAxlAMAM1QDAAcUQwANVEMAHJRDACBUQwAyFEMAORRDACqeRIAI1IMAHRSDAB+UgwAylIMANpSDAAgUwwAJVMMAHZTDAB/UwwAzFMMANlTDAAiVAwAKVQMAHhUDACEVAwAzlQMAOFUDAAkVQwAM1UMAHpVDACGVQwA0FUMANFVDAAmVgwAMFYMAHxWDACKVgwA0lYMANdWDAAoVwwANVcMAAB6EgCPVwwA1FcMANZXDAAqWAwALVgMAIBYDACDWAwA1lgMAN1YDAAsWQwAOFkMAIJZDACSWQwA2FkMAOhZDAAuWgwAM1oMAIRaDACNWgwA2loMAOdaDAAwWwwAN1sMAIZbDACSWwwA3FsMAOJbDAAyXAwAOFwMAIhcDACNXAwA3lwMAORcDAACexIAPl0MAIpdDACYXQwA4F0MAPBdDAA2XgwAOF4MAIxeDACbXgwA4l4MAOxeDAA4XwwAQF8MAAR8EgCUXwwA5F8MAPBfDABafBIAP2AMAJBgDACYYAwA5mAMAPZgDAA8YQwASmEMAJJhDACfYQwA6GEMAO9hDAA+YgwARmIMAAZ9EgClYgwA6mIMAPFiDABAYwwASGMMAJZjDACjYwwA7GMMAPFjDABCZAwATGQMAJhkDACgZAwA7mQMAAdlDABEZQwAUGUMAJplDACiZQwAXH0SAPxlDABGZgwASWYMAJxmDAChZgwA8mYMAANnDABIZwwAY2cMAJ5nDACqZwwA9GcMAPtnDABKaAwAZmgMAKBoDACoaAwAsn0SAPtoDABMaQwAVmkMAKJpDACqaQwA+GkMAPppDABK6w0ACGoMAE5qDABTagwApGoMAK1qDAD6agwAB2sMAFBrDABXawwACH4SAK9rDAD8awwACWwMAFJsDABhbAwAqGwMALJsDAD+bAwADG0MAFRtDABZbQwAqm0MALdtDAAAbgwACG4MAF5+EgBibgwArG4MALluDAACbwwABW8MAFhvDABmbwwArm8MALNvDAAEcAwAEXAMAFpwDABicAwAtH4SALhwDAAGcQwADHEMAFxxDAANcQwAfgMNAGhxDACycQwAz3EMAAhyDAARcgwAXnIMAGxyDAC0cgwAunIMAApzDAAWcwwAYHMMAGdzDAAKfxIAt3MMADziDADCcwwADHQMAMZzDADg3gwAH3QMAGJ0DABsdAwAuHQMAMR0DAAOdQwAG3UMAGR1DABndQwAunUMAMh1DAAQdgwAFXYMAGZ2DABzdgwAvHYMAMR2DABgfxIAGHcMAGh3DAB2dwwAvncMANl3DAAUeAwAIHgMAGp4DABweAwADIASAON4DABigBIAG3kMAGx5DAB5eQwAwnkMAM95DAAYegwAJHoMAG56DAB9egwAxHoMAM56DAAaewwAKHsMAHB7DAB1ewwAxnsMANN7DAAcfAwAOHwMAHJ8DAB6fAwAuIASAM18DAAefQwAJH0MAHR9DAB8fQwAyn0MAMt9DAAgfgwAJ34MAHZ+DAB7fgwAzH4MANR+DAAifwwAMH8MAHh/DAB7fwwAzn8MANZ/DAAkgAwAMYAMAHqADAB/gAwA0IAMANqADAAmgQwALoEMAHyBDACNgQwA0oEMANeBDAAoggwAKoIMAH6CDACFggwA1IIMAOCCDAAqgwwAMYMMAA6BEgCMgwwA1oMMAPODDAAshAwANYQMAIKEDACQhAwA2IQMAN6EDAAuhQwAOoUMAISFDACLhQwA2oUMAOKFDAAwhgwARoYMAIaGDACLhgwA3IYMAOOGDAAyhwwAO4cMAIiHDACZhwwA3ocMAOqHDAA0iAwAPIgMALqBEgCQiAwA4IgMAOWIDAA2iQwAUYkMAIyJDACaiQwA4okMAOmJDAA4igwARIoMAI6KDACRigwA5IoMAOyKDAA6iwwAO4sMAJCLDACSiwwA5osMAPWLDAA8jAwAXIwMAJKMDACUjAwA6IwMAP+MDAA+jQwASo0MAJSNDACcjQwAEIISAO+NDABAjgwASI4MAJaODACmjgwA7I4MAPqODABCjwwAU48MAJiPDACkjwwA7o8MAPGPDABEkAwATJAMAJqQDACokAwA8JAMAP2QDABGkQwATpEMAJyRDADUkQwAZoISAPORDABIkgwAVJIMAJ6SDACtkgwA9JIMAPySDAC8ghIATJMMAKCTDACukwwA9pMMAAeUDAASgxIAU5QMAGiDEgCqlAwAFIQSAPmUDAAwsQwA+5QMAGCeDAD8lAwAppYMAP6UDAC6oAwA/5QMAASbDAABlQwANLMMAASVDABOlQwABZUMAACZDAAHlQwAGqYMAFSVDACklQwAqpUMAPqVDAD/lQwAUJYMAFaWDABqhBIAqJYMAPyWDAAClwwAUpcMAF+XDABshRIAtZcMAP6XDAAVmAwAVJgMAHCYDACqmAwAspgMAMKFEgAFmQwAVpkMAGCZDACsmQwAupkMAAKaDAARmgwAWJoMAGSaDAAYhhIAtpoMAG6GEgAQmwwAWpsMAFubDACwmwwAtpsMAAacDAASnAwAXJwMAGucDACynAwAtJwMAAidDAASnQwAXp0MAGqdDAC0nQwAu50MAMSGEgASngwAGocSAGqeDAC2ngwAvJ4MAAyfDAAanwwAYp8MAHGfDAC4nwwAwp8MAA6gDAAqoAwAZKAMAGygDABwhxIAxqAMABChDAAfoQwAZqEMAGuhDAC8oQwA16EMABKiDAAeogwAaKIMAG6iDAC+ogwAwKIMABSjDAAtowwAaqMMAHujDADAowwAzKMMABakDAAupAwAbKQMAHikDADCpAwAyKQMABilDAAepQwAbqUMAHOlDADEpQwAyqUMAMaHEgAfpgwAcKYMAHamDADGpgwAhqYMAHqrDADSpgwAHKcMADSnDABypwwAdqcMACCpDAB+pwwAyKcMAM6nDAAeqAwAJKgMAHSoDAB5qAwAyqgMANCoDADIiBIAIqkMAHapDAB8qQwAzKkMANmpDADKiRIAL6oMAHiqDACPqgwAzqoMAOqqDAAkqwwALKsMACCKEgB7qwwA0KsMAN6rDAAmrAwAN6wMAHysDACIrAwA0qwMAOqsDAAorQwALK0MANauDAA0rQwAfq0MAIStDADUrQwA2q0MACquDAAvrgwAgK4MAIauDAB2ihIA2K4MACyvDAAyrwwAgq8MAI+vDAB4ixIA5a8MAC6wDABFsAwAhLAMAKCwDADasAwA4rAMAM6LEgAysQwAhrEMAIyxDADcsQwA37EMADKyDAA+sgwAiLIMAKSyDADesgwA5rIMACSMEgA3swwAirMMAJazDADgswwA5rMMADa0DABOtAwAjLQMAJC0DAA6tgwAk7QMAJi6DACYtAwA4rQMAJm0DACUuAwA6LQMADi1DAA+tQwAjrUMAJO1DADktQwA6rUMAHqMEgA8tgwAkLYMAJa2DADmtgwA87YMAHyNEgBJtwwAkrcMAKm3DADotwwABLgMAD64DABGuAwA0o0SAJm4DADquAwA9LgMAEC5DABOuQwAlrkMAKW5DADsuQwA+LkMACiOEgBKugwAfo4SAKS6DADuugwA77oMAES7DABKuwwAmrsMAKa7DADwuwwA/7sMAEa8DABIvAwAnLwMAKa8DADyvAwA/rwMAEi9DABPvQwA1I4SAKa9DAAqjxIA/r0MAEq+DABWvgwAoL4MALa+DAD2vgwAAr8MAEy/DABfvwwAor8MALC/DAD4vwwAAsAMAICPEgBWwAwA1o8SALrADAD6wAwABsEMAFDBDABdwQwApsEMALDBDAD8wQwA/sEMAFLCDABcwgwAqMIMALbCDAD+wgwAA8MMAFTDDABhwwwAqsMMALLDDAAAxAwAEMQMAFbEDABYxAwArMQMALXEDAACxQwAE8UMAFjFDABixQwALJASALrFDAAExgwAG8YMAFrGDAB1xgwAgpASAMnGDAAGxwwADMcMAFzHDABmxwwA2JASALTHDAAIyAwAGcgMAF7IDABmyAwAtMgMAHrIDAAE8QwAwMgMAArJDAAQyQwAYMkMAGbJDAC2yQwAu8kMAAzKDAASygwALpESAH7KDAC4ygwAwMoMADCSEgAcywwAZMsMAHXLDAC6ywwAy8sMABDMDAAczAwAZswMAG3MDACGkhIAzcwMABLNDAAjzQwAaM0MAHTNDAC+zQwAxc0MANySEgAWzgwAas4MAGvODADAzgwAyM4MABbPDAAbzwwAbM8MAHXPDADCzwwAzM8MABjQDAAg0AwAbtAMAHPQDADE0AwA1NAMABrRDAAi0QwAcNEMAIbRDADG0QwA0tEMABzSDAAy0gwActIMAHfSDADI0gwAztIMAB7TDAAy0wwAMpMSAIrTDADK0wwA2NMMACDUDAAt1AwAdtQMAHjUDADM1AwA1tQMACLVDAAu1QwAeNUMAH/VDADO1QwA1tUMACTWDAA91gwAetYMAI7WDADQ1gwA2NYMACbXDAAo1wwAfNcMAInXDADS1wwA19cMACjYDAAy2AwAftgMAInYDADU2AwA4NgMACrZDAAw2QwAgNkMAIjZDADW2QwA19kMACzaDAAy2gwAgtoMAIfaDADY2gwA59oMAC7bDAA62wwAhNsMAIfbDADa2wwA3dsMAIiTEgA13AwAhtwMAKLcDADekxIA/NwMADLdDAA63QwANJQSAI7dDADe3QwA6t0MAIqUEgA63gwAit4MAJbeDADklhIA4t4MADbfDABA3wwAjN8MAI7fDADi3wwA898MADjgDABA4AwAjuAMAJrgDADk4AwA6uAMADrhDABA4QwAkOEMAJXhDADm4QwA7OEMADqXEgA+4gwAkuIMAJjiDADo4gwA6+IMAD7jDABK4wwAlOMMAJzjDAA8mBIA8OMMAEDkDABG5AwAluQMAJvkDADs5AwA8uQMAJKYEgBE5QwAmOUMAKHlDADu5QwABeYMAETmDABP5gwAmuYMAKTmDADw5gwA+OYMAJSZEgBT5wwAnOcMAKTnDADy5wwA/OcMAEjoDABT6AwAnugMAKToDAD06AwAAOkMAErpDABM6QwAoOkMAKfpDAD26QwA/ukMAEzqDABe6gwA6pkSAOHqDAD46gwAAOsMAE7rDABx6wwA7JoSAKbrDAD66wwAB+wMAFDsDABX7AwApuwMALfsDAD87AwACO0MAFLtDABZ7QwAqO0MAKntDACUDg0AsO0MAEKbEgAR7gwAVO4MAGPuDACq7gwAtu4MAADvDAAB7wwAVu8MAGDvDACs7wwAuu8MAALwDAAH8AwAWPAMAGXwDACYmxIAtvAMAO6bEgAM8QwARJwSAGjxDACw8QwAv/EMAAbyDAAm8gwAXPIMAGjyDACy8gwAufIMAAjzDAAQ8wwAXvMMAGDzDAC08wwAvvMMAEadEgAU9AwAYPQMAGj0DACcnRIAwPQMAAz1DAAU9QwA8p0SAKL1DAC49QwAwPUMAA72DAAs9gwASJ4SAGn2DADc3g0AcvYMALr2DADB9gwAHtcOAMr2DAAQ9wwAIPcMAGb3DABy9wwAvPcMAML3DAAS+AwALvgMAGj4DABw+AwAnp4SANL4DAAU+QwAHvkMAGr5DAB2+QwAwPkMAMj5DAD0nhIAIfoMAGz6DABu+gwAwvoMAMj6DAAY+wwAIPsMAEqfEgBw+wwAxPsMAMf7DAAa/AwAIvwMAHD8DACA/AwAxvwMAMj8DAAc/QwAKv0MAHL9DACD/QwAoJ8SAM/9DAD2nxIAJP4MAHT+DAB5/gwAyv4MAND+DABMoBIAKv8MAHb/DAB4/wwAzP8MAN//DAAiAA0AKgANAHgADQCEAA0AzgANANQADQAkAQ0AKgENAHoBDQB/AQ0A0AENANYBDQBOoRIALwINAHwCDQCJAg0A0gINANkCDQAoAw0AMAMNAKShEgCKAw0A1AMNAN4DDQAqBA0ANgQNAIAEDQCPBA0A1gQNAOAEDQAsBQ0AOAUNAIIFDQCJBQ0A+qESANsFDQDOsA8A3gUNAC4GDQDnBQ0AqscOAOkFDQBC5w0AOgYNAIQGDQCMBg0AUKISAOYGDQAwBw0AOgcNAIYHDQCSBw0A3AcNAOsHDQAyCA0APAgNAIgIDQCUCA0A3ggNAOUIDQCmohIAQgkNAIoJDQBUCQ0A4LcOAKEJDQDgCQ0A7QkNADYKDQA4Cg0AjAoNAJ0KDQDiCg0A/goNADgLDQBACw0A/KISAKcLDQDkCw0A+AsNADoMDQBCDA0AkAwNAJMMDQDmDA0A9AwNADwNDQBTDQ0Akg0NAJ8NDQDoDQ0A6g0NAD4ODQBPDg0AUqMSAJoODQDqDg0A7w4NAEAPDQBWDw0Alg8NAKQPDQDsDw0A7w8NAEIQDQBOEA0AmBANAJ4QDQDuEA0A+hANAEQRDQBwEQ0AmhENAKYRDQDwEQ0A/xENAEYSDQBQEg0AnBINAKoSDQDyEg0A9xINAEgTDQBVEw0AqKMSAKATDQD0Ew0AAhQNAEoUDQBXFA0AoBQNALIUDQD+oxIABRUNAEwVDQBYFQ0AohUNALsVDQD4FQ0A+hUNAE4WDQBdFg0ApBYNAMQWDQD6Fg0AAhcNAFAXDQBzFw0AVKQSAKsXDQD8Fw0A/xcNAFIYDQBcGA0AqBgNALAYDQD+GA0ABBkNAFQZDQBgGQ0AqhkNALkZDQAAGg0ADBoNAFYaDQBjGg0ArBoNALYaDQACGw0AChsNAFgbDQBnGw0ArhsNALAbDQAEHA0AFRwNAFocDQBrHA0AsBwNALgcDQAGHQ0AFx0NAFwdDQBeHQ0Ash0NALUdDQAIHg0AEh4NAF4eDQCCHg0AtB4NANAeDQCqpBIAEB8NAGAfDQBlHw0Ath8NAMUfDQAMIA0AGCANAGIgDQBlIA0AuCANALsgDQAOIQ0AFiENAGQhDQBzIQ0AuiENAL8hDQAQIg0AJiINAGYiDQBnIg0AvCINAM0iDQASIw0AHiMNAGgjDQByIw0AviMNAMojDQAUJA0AGyQNAAClEgBuJA0AwCQNAM4kDQAWJQ0AICUNAGwlDQB3JQ0AwiUNAMolDQAYJg0AJCYNAG4mDQCBJg0AxCYNANImDQAaJw0AJCcNAHAnDQB4Jw0AxicNANUnDQAcKA0AISgNAHIoDQB5KA0AyCgNANQoDQBWpRIAKikNAHQpDQB3KQ0AyikNAM0pDQAgKg0AOioNAHYqDQCCKg0AzCoNAN8qDQAiKw0AMCsNAHgrDQCCKw0AzisNAPErDQCspRIALiwNAHosDQCGLA0A0CwNANcsDQAmLQ0ALi0NAHwtDQCALQ0A0i0NAOAtDQAoLg0AMi4NAH4uDQCJLg0A1C4NANwuDQAqLw0AOS8NAIAvDQCFLw0A1i8NAN0vDQAsMA0AODANAIIwDQCKMA0AAqYSAO4wDQCIjQ8A8TANAC4xDQA4MQ0AhDENAJAxDQDaMQ0A3TENADAyDQA6Mg0AhjINAIkyDQDcMg0A7DINADIzDQA0Mw0AiDMNAJYzDQDeMw0A7zMNAFimEgA7NA0ArqYSAKM0DQDgNA0A6jQNADY1DQBCNQ0AjDUNAI81DQDiNQ0A7DUNAASnEgA9Ng0AjjYNAK42DQDkNg0A7DYNAFqnEgBINw0AkDcNAKY3DQDmNw0A8jcNADw4DQBDOA0AkjgNAJo4DQDoOA0A7TgNAD45DQBHOQ0AlDkNAJ45DQDqOQ0A8jkNAEA6DQBOOg0AljoNAKM6DQDsOg0A9DoNALCnEgBSOw0AmDsNAKA7DQAGqBIA9TsNAEQ8DQBQPA0AmjwNAKE8DQDwPA0A+DwNAEY9DQBQPQ0AnD0NAKo9DQDyPQ0ACD4NAEg+DQBUPg0Anj4NAKM+DQD0Pg0A/T4NAEo/DQBUPw0AoD8NAKg/DQD2Pw0A+z8NAExADQBcQA0AokANAKpADQBcqBIAAkENAE5BDQBRQQ0AVEYOAFZBDQCyqBIAskENAPpBDQAQQg0AUEINAFxCDQCmQg0ArUINAPxCDQAEQw0AUkMNAFdDDQCoQw0AsUMNAP5DDQAIRA0AVEQNAFxEDQCqRA0ArEQNAGxQDQC4RA0AAEUNAA1FDQBWRQ0AXkUNAAipEgC4RQ0AAkYNAAVGDQBYRg0AYkYNAF6pEgC8Rg0ABEcNABpHDQBaRw0AZkcNALBHDQC3Rw0ABkgNAA5IDQBcSA0AYUgNALJIDQC7SA0ACEkNABJJDQBeSQ0AZkkNALRJDQC2SQ0ACkoNABpKDQBgSg0AakoNALZKDQDCSg0ADEsNABJLDQAKqhIAcEsNALhLDQDOSw0ADkwNABpMDQBkTA0AaUwNALpMDQDDTA0AEE0NABpNDQBmTQ0Abk0NALxNDQDeTQ0AYKoSACFODQBoTg0AdE4NAL5ODQC/Tg0AFE8NAB5PDQBqTw0AeE8NAMBPDQDFTw0AFlANACNQDQC2qhIAfFANAMJQDQDMUA0AGFENACRRDQBuUQ0AdFENAMRRDQDMUQ0AuKsSAB9SDQBwUg0AeFINAMZSDQDSUg0A2lwNAN9SDQAcUw0AKFMNAHJTDQB6Uw0ADqwSANVTDQAeVA0AJlQNAHRUDQCCVA0AylQNANdUDQAgVQ0AI1UNAHZVDQCAVQ0AzFUNAM5VDQAiVg0AL1YNAHhWDQCHVg0AzlYNANpWDQAkVw0ALFcNAGSsEgCKVw0A0FcNANhXDQAmWA0AMlgNAHxYDQCCWA0A0lgNANhYDQAoWQ0ALVkNAH5ZDQCEWQ0AuqwSAOFZDQAqWg0AL1oNAIBaDQCKWg0A1loNAN5aDQAsWw0AOFsNAIJbDQCVWw0A2FsNAOZbDQAuXA0AMVwNAIRcDQCOXA0AEK0SAO1cDQAwXQ0APl0NAIZdDQCJXQ0A3F0NAOZdDQBmrRIAN14NAIheDQBAXg0AcH0NAJBeDQDeXg0A6l4NADRfDQA6Xw0Ail8NAEdfDQAWew0AkF8NAOBfDQDlXw0ANmANADxgDQC8rRIAkmANAOJgDQDnYA0AOGENAD5hDQASrhIAnGENAORhDQD/YQ0AOmINAEZiDQCQYg0Al2INAGiuEgDvYg0APGMNAEljDQCSYw0AnmMNAOhjDQD7Yw0APmQNAD9kDQCUZA0AoGQNAOpkDQD5ZA0AQGUNAEplDQCWZQ0AomUNAOxlDQDzZQ0Avq4SAEhmDQCYZg0AnmYNAO5mDQDzZg0ARGcNAEpnDQBqrxIAo2cNAPBnDQD9Zw0ARmgNAEpoDQCcaA0AnmgNAPJoDQD/aA0ASGkNAFJpDQDArxIApWkNAPRpDQD8aQ0ASmoNAFZqDQCgag0As2oNAPZqDQAFaw0ATGsNAFhrDQCiaw0Ao2sNAPhrDQACbA0ATmwNAFxsDQCkbA0AqWwNAPpsDQAHbQ0AFrASAFxtDQCmbQ0ArG0NAPxtDQACbg0AUm4NAFduDQCobg0Arm4NAGywEgADbw0AVG8NAF5vDQAYsRIAsm8NAABwDQANcA0AVnANAFtwDQCscA0AtnANAAJxDQAKcQ0AWHENAGRxDQCucQ0AwXENAARyDQAFcg0AWnINAGZyDQCwcg0Av3INAAZzDQAQcw0AXHMNAGRzDQCycw0AtHMNAG6xEgARdA0AXnQNAG10DQC0dA0Aw3QNAAp1DQAWdQ0AYHUNAGN1DQC2dQ0AuXUNAMSxEgAOdg0AYnYNAGV2DQC4dg0AwHYNAA53DQAbdw0AZHcNAGl3DQC6dw0AxHcNABB4DQAYeA0AZngNAHJ4DQC8eA0Az3gNABJ5DQATeQ0AaHkNAHR5DQC+eQ0AzXkNABR6DQAeeg0AanoNAHZ6DQDAeg0Ax3oNABqyEgAlew0AbHsNAHh7DQDCew0Aw3sNABh8DQAifA0AbnwNAHx8DQDEfA0AyXwNABp9DQAnfQ0AcLISAIF9DQDGshIA030NABx+DQAqfg0Acn4NAIN+DQDIfg0A6n4NAByzEgAjfw0AdH8NACR/DQCMtg0AfH8NAMp/DQDLfw0AKIQNAM1/DQAqhQ0Az38NACaDDQDQfw0AgoYNANF/DQAkgg0A2X8NACCADQDjfw0AiIkNACWADQB2gA0Ag4ANAMyADQDZgA0AIoENAC6BDQB4gQ0Ah4ENAM6BDQDYgQ0AcrMSADKCDQB6gg0AfIINANCCDQDhgg0AyLMSACeDDQB8gw0AiIMNANKDDQDfgw0AHrQSADaEDQB+hA0Ai4QNANSEDQDrhA0AdLQSADOFDQDahw0ANIUNAICFDQCChQ0A1oUNANyFDQAshg0ANoYNAMq0EgCOhg0A2IYNANqGDQAuhw0APYcNAISHDQCPhw0AILUSAOmHDQAwiA0AP4gNAIaIDQCSiA0A3IgNAOiIDQAyiQ0AOYkNAHa1EgCUiQ0A3okNAOaJDQDMtRIATYoNAIqKDQCbig0A4IoNAOyKDQAithIAPYsNAIyLDQCUiw0A4osNAOOLDQA4jA0APowNAI6MDQCTjA0A5IwNAOWMDQA6jQ0ARo0NAJCNDQCWjQ0A5o0NAPCNDQA8jg0ASo4NAJyTDQBQjg0Ako4NAJqODQB4thIA+I4NAD6PDQBGjw0AlI8NAJ2PDQDqjw0AoY8NAJqSDQD3jw0AQJANAEeQDQCWkA0AopANAOyQDQD8kA0AQpENAFCRDQCYkQ0ApZENAO6RDQD6kQ0ARJINAEuSDQDOthIAo5INAPCSDQABkw0ARpMNAFeTDQAktxIAqJMNAPKTDQD1kw0ASJQNAFCUDQCelA0Ao5QNAPSUDQAElQ0ASpUNAFKVDQCglQ0AqZUNAPaVDQCtlQ0AppgNAAOWDQBMlg0AU5YNAKKWDQCulg0A+JYNAAiXDQBOlw0AXJcNAKSXDQCxlw0A+pcNAAaYDQBQmA0AV5gNAHq3EgCvmA0A/JgNAA2ZDQBSmQ0AY5kNANC3EgCtmQ0A/pkNAAuaDQBUmg0AYJoNAKqaDQC0mg0AAJsNABSbDQBWmw0AV5sNAKybDQC4mw0AApwNACGcDQBYnA0AYJwNAK6cDQCznA0ABJ0NAB2dDQBanQ0Ahp0NALCdDQC8nQ0ABp4NABWeDQBcng0AZp4NALKeDQC6ng0ACJ8NABOfDQBenw0AYJ8NALSfDQC3nw0ACqANABKgDQBgoA0AbaANALagDQC7oA0ADKENABShDQBioQ0AZKENALihDQDCoQ0ADqINABiiDQBkog0AaqINALqiDQDIog0AEKMNACmjDQBmow0Ab6MNALyjDQDGow0AEqQNAB6kDQAmuBIAdKQNAL6kDQDIpA0AFKUNAB+lDQBqpQ0Ab6UNAMClDQDHpQ0AFqYNAB6mDQBspg0AmaYNAHy4EgDJpg0AGKcNACCnDQBupw0Am6cNAMSnDQDJpw0AGqgNABuoDQBwqA0AeqgNAMaoDQDUqA0AHKkNACGpDQByqQ0Af6kNAMipDQDkqQ0AHqoNADqqDQDSuBIAgaoNAMqqDQDOqg0AIKsNACarDQB2qw0AeKsNAMyrDQDNqw0AIqwNAEWsDQB4rA0AnKwNAM6sDQD7rA0AJK0NACytDQB6rQ0Af60NANCtDQDdrQ0AJq4NAC6uDQB8rg0Afq4NANKuDQDarg0AKK8NAFWvDQB+rw0Ai68NANSvDQDZrw0AKrANADewDQCAsA0AjLANANawDQADsQ0ALLENADSxDQCCsQ0AnbENANixDQDasQ0ALrINAD+yDQCEsg0AjbINANqyDQDmsg0AKLkSAD2zDQCGsw0AobMNANyzDQDhsw0AMrQNAFK0DQCItA0AlLQNAN60DQDmtA0AfrkSAEK1DQCKtQ0AlLUNAOC1DQDrtQ0ANrYNAD62DQAquhIAlbYNAOK2DQDstg0AOLcNAEO3DQCOtw0AorcNAOS3DQD5tw0AOrgNAEK4DQCQuA0Ap7gNAOa4DQDruA0APLkNAEa5DQCSuQ0AmrkNAIC6EgDquQ0AProNAE+6DQCUug0Al7oNAOq6DQD2ug0A1roSAE67DQCWuw0Ap7sNACy7EgDvuw0AQrwNAEW8DQCYvA0ApLwNAO68DQD0vA0ARL0NAE69DQCCuxIAp70NAPC9DQAHvg0ARr4NAE6+DQDYuxIAor4NAPK+DQD4vg0ASL8NAGC/DQCevw0AoL8NAPS/DQD3vw0ASsANAE3ADQCgwA0ArMANAPbADQD8wA0ATMENAFbBDQCEvBIAp8ENAPjBDQAFwg0A2rwSAF7CDQCkwg0AsMINAPrCDQAAww0AUMMNAFzDDQCmww0AXsMNAL5/EACzww0A/MMNAAvEDQBSxA0AXsQNAKjEDQCwxA0AML0SAAbFDQBUxQ0AVsUNAKrFDQC5xQ0AAMYNAArGDQBWxg0AX8YNAKzGDQCuxg0AAscNABPHDQBYxw0AbccNAK7HDQC2xw0ABMgNAEXIDQBayA0AYsgNALDIDQC8yA0ABskNABnJDQBcyQ0AXckNALLJDQC+yQ0ACMoNABfKDQBeyg0AaMoNALTKDQDAyg0ACssNABHLDQDcvRIAfMsNADK+EgC5yw0ADMwNABTMDQBizA0Ab8wNALjMDQC9zA0ADs0NABjNDQBkzQ0AbM0NALrNDQDEzQ0AGNINAMrNDQAc1A0A580NABDODQAazg0AZs4NACDODQAU0A0AbM4NALzODQDFzg0AEs8NAB7PDQBozw0Alc8NAL7PDQDazw0A3r4SABbQDQBq0A0Ae9ANAMDQDQDD0A0AFtENACLRDQBs0Q0AmdENAMLRDQDe0Q0ANL8SAB7SDQBu0g0Ad9INAMTSDQDO0g0AGtMNACXTDQBw0w0AhNMNAMbTDQDi0w0Air8SAB7UDQBy1A0Ag9QNAMjUDQDL1A0AHtUNADLVDQB01Q0AkNUNAOC/EgDS1Q0ANsASACjWDQCMwBIAgtYNAMzWDQDS1g0AItcNACjXDQB41w0AfdcNAM7XDQDU1w0A4sASAC7YDQB62A0AgtgNAI7BEgDW2A0AJtkNAC7ZDQB82Q0AidkNANLZDQDe2Q0AKNoNACraDQB+2g0AhNoNANTaDQDc2g0A5MESADfbDQCA2w0Ah9sNANbbDQDe2w0ALNwNADHcDQCC3A0AktwNANjcDQDg3A0ALt0NADzdDQCE3Q0Akd0NANrdDQDb3Q0AMN4NADneDQCG3g0AkN4NADrCEgDo3g0AMt8NADXfDQCI3w0AkN8NAN7fDQDr3w0ANOANADngDQCK4A0AlOANAODgDQDo4A0ANuENAELhDQCM4Q0An+ENAOLhDQDw4Q0AOOINADviDQCO4g0AmOINAJDCEgDp4g0AOuMNAEbjDQCQ4w0Ak+MNAObjDQDu4w0APOQNAEnkDQCS5A0Al+QNAOjkDQDy5A0APuUNAEblDQCU5Q0AoOUNAOrlDQD95Q0AQOYNAE7mDQCW5g0AmeYNAOzmDQD25g0A5sISAEjnDQCY5w0ApOcNAO7nDQDw5w0AROgNAEvoDQCa6A0ArugNAPDoDQD46A0ARukNAFLpDQCc6Q0Ar+kNAPLpDQAA6g0ASOoNAEvqDQCe6g0AqOoNAPTqDQD36g0APMMSAGXrDQCg6w0AousNAPbrDQAE7A0ATOwNAF3sDQCi7A0ApOwNAPjsDQAR7Q0ATu0NAF/tDQCk7Q0AsO0NAJLDEgAD7g0AUO4NAF3uDQCm7g0AsO4NAPzuDQAK7w0AUu8NAGjvDQCo7w0AtO8NAP7vDQAK8A0AVPANAGfwDQCq8A0AufANAADxDQAM8Q0AVvENAFfxDQCs8Q0AtvENAALyDQAQ8g0AWPINAF3yDQCu8g0Au/INAOjDEgAS8w0AWvMNAHDzDQCw8w0AvPMNAAb0DQAN9A0AXPQNAGT0DQCy9A0At/QNAAj1DQAR9Q0AXvUNAGj1DQC09Q0AvPUNAAr2DQAO9g0AYPYNAGL2DQC29g0AxPYNAAz3DQAW9w0AYvcNAHD3DQC49w0AxfcNAA74DQAl+A0AZPgNAGz4DQC6+A0AyvgNABD5DQAV+Q0AZvkNAGz5DQC8+Q0AxPkNABL6DQAX+g0AaPoNAGn6DQC++g0AyvoNABT7DQAa+w0AavsNAGz7DQDA+w0AyvsNABb8DQAk/A0AbPwNAHH8DQDC/A0Az/wNAOrEEgAe/Q0Abv0NAHP9DQDE/Q0Ayv0NAEDFEgAf/g0AcP4NAH3+DQDG/g0A0/4NABz/DQAo/w0Acv8NAIH/DQDI/w0A0v8NAB4ADgAsAA4AdAAOAHkADgDKAA4A1wAOACABDgAoAQ4AQsYSAIIBDgDMAQ4A3AEOACICDgArAg4AeAIOAHsCDgDOAg4A2gIOACQDDgArAw4AmMYSAH8DDgDQAw4A3QMOACYEDgAzBA4AfAQOAIgEDgDSBA4A4QQOACgFDgAyBQ4AfgUOAIwFDgDUBQ4A2QUOACoGDgA3Bg4AgAYOAIgGDgDuxhIA4gYOACwHDgA8Bw4AggcOAIsHDgDYBw4A2wcOAC4IDgA6CA4AhAgOAIsIDgBExxIA3wgOADAJDgA5CQ4Axi8RAD0JDgCGCQ4AkwkOANwJDgDoCQ4AMgoOAEEKDgCICg4AkgoOAN4KDgDsCg4ANAsOADkLDgCKCw4AlwsOAOALDgDoCw4AmscSAEIMDgCMDA4AnAwOAOIMDgDrDA4AOA0OADsNDgCODQ4Amg0OAOQNDgDrDQ4A8McSAFEODgCQDg4Alg4OAOYODgDyDg4APA8OAFMPDgCSDw4AlA8OAOgPDgDyDw4APhAOAEoQDgCUEA4AoBAOAOoQDgDwEA4AQBEOAEYRDgCWEQ4AmxEOAOwRDgDyEQ4ARsgSAFASDgCYEg4ApRIOAO4SDgAFEw4ARBMOAEwTDgCaEw4AnRMOAPATDgD8Ew4ARhQOAFcUDgCcFA4AqBQOAPIUDgABFQ4ASBUOAFIVDgCeFQ4AqhUOAPQVDgD7FQ4AShYOAFIWDgCgFg4AqhYOAPYWDgACFw4ATBcOAE8XDgCiFw4ArBcOAJzIEgASGA4A8sgSAFgYDgCkGA4AphgOAPoYDgAAGQ4AUBkOAFoZDgCmGQ4ArhkOAJ7JEgD/GQ4AxFcQAAcaDgBSGg4AUxoOAKgaDgCyGg4A/hoOACkbDgD0yRIAZBsOAKobDgCsGw4AABwOAA4cDgBWHA4AZxwOAErKEgCyHA4AAh0OAA4dDgBYHQ4AWh0OAK4dDgCxHQ4ABB4OAAkeDgBaHg4AZx4OALAeDgDMHg4ABh8OAA4fDgD2yhIAaR8OALIfDgDNHw4ACCAOAAogDgBeIA4AbyAOALQgDgDCIA4ACiEOABEhDgBgIQ4AaCEOALYhDgC7IQ4ADCIOABUiDgBiIg4AbCIOALgiDgC5Ig4ADiMOABcjDgBkIw4AbiMOALojDgDCIw4AECQOACAkDgBmJA4AbCQOALwkDgDBJA4AEiUOACglDgBoJQ4AcCUOAL4lDgDBJQ4AFCYOAM0lDgBsJw4ANCYOAGomDgB4Jg4AwCYOAMEmDgBMyxIAJicOAKLLEgB9Jw4AwicOAM4nDgAYKA4AGigOAG4oDgB7KA4A+MsSAMooDgAaKQ4AOikOAHApDgB4KQ4ATswSAHwpDgBMQg4AySkOABwqDgAmKg4ApMwSAHsqDgDIKg4A3ioOAB4rDgA0Kw4AdCsOAHYrDgDKKw4A0CsOACAsDgA0LA4AUM0SAIMsDgCmzRIA0ywOACItDgAqLQ4AeC0OAIItDgDOLQ4A2i0OACQuDgAnLg4Aei4OAIQuDgD8zRIA2S4OACYvDgA8Lw4AfC8OAJIvDgDSLw4A1C8OACgwDgAuMA4AfjAOAJIwDgCozhIA1jAOACoxDgDkMA4AxIIQAEoxDgD+zhIAhzEOANYxDgDeMQ4ALDIOADYyDgCCMg4AjjIOANgyDgDbMg4ALjMOADgzDgBUzxIAjTMOANozDgDwMw4AMDQOAEY0DgCGNA4AiDQOANw0DgDiNA4AMjUOAEY1DgAA0BIAijUOAN41DgDsNQ4ANDYOAEU2DgBW0BIAkTYOAKzQEgDsNg4ANjcOADk3DgCMNw4AljcOAFjREgDrNw4AODgOAE44DgCOOA4ApDgOAOQ4DgDmOA4AOjkOAEA5DgCQOQ4ApDkOAATSEgDyOQ4APDoOAD46DgCSOg4AsjoOAFrSEgDyOg4APjsOAEo7DgCUOw4AlzsOAOo7DgD0Ow4AsNISAEk8DgCWPA4ArDwOAOw8DgACPQ4AQj0OAEQ9DgCYPQ4Anj0OAO49DgACPg4AXNMSAEg+DgCaPg4Aoj4OAPA+DgD6Pg4ARj8OAFI/DgCcPw4Anz8OAPI/DgD8Pw4AstMSAFFADgCeQA4AtEAOAPRADgAKQQ4ASkEOAExBDgCgQQ4ApkEOAPZBDgAKQg4AXtQSAFNCDgCiQg4AqkIOAPhCDgACQw4ATkMOAFpDDgCkQw4Ap0MOAPpDDgAERA4AtNQSAFlEDgCmRA4AvEQOAPxEDgASRQ4AUkUOAFRFDgCoRQ4ArkUOAP5FDgASRg4AYNUSAFxGDgCqRg4AcEYOABYxEwCwRg4ALF8PALpGDgAARw4Au0YOAEjDDwDDRg4AmsEPAAJHDgBWRw4AZEcOAKxHDgC9Rw4AttUSAAlIDgAM1hIAYUgOAOo9DwBkSA4ArkgOALFIDgAESQ4ADUkOAFpJDgBrSQ4AsEkOALpJDgAGSg4ADkoOAFxKDgAiSg4AMo0PAF9KDgCySg4Au0oOAAhLDgAeSw4AXksOAHRLDgC0Sw4AtksOAApMDgAQTA4AYEwOAHRMDgBi1hIA3kwOAAxNDgA0TQ4AuNYSAGhNDgBuKg8Abk0OABBPDgBvTQ4AHCwPAHFNDgAaKw8Ack0OALhNDgC6TQ4ADk4OABxODgBkTg4AdU4OAA7XEgDCTg4AZNcSABZPDgBmTw4AbE8OALxPDgDBTw4AElAOABhQDgC61xIAdFAOAL5QDgDGUA4AZtgSACBRDgBqUQ4AdFEOAMBRDgDJUQ4AFlIOABdSDgBsUg4AdFIOAMJSDgDHUg4AGFMOAChTDgAS2RIAelMOAMRTDgDGUw4AGlQOACBUDgBwVA4Ad1QOAMZUDgDLVA4AHFUOACBVDgByVQ4Af1UOAMhVDgDQVQ4AHlYOACNWDgB0Vg4AhFYOAGjZEgDbVg4AIFcOACxXDgB2Vw4AhVcOAMxXDgDWVw4AIlgOADBYDgB4WA4AhVgOAM5YDgDlWA4AvtkSACdZDgBq2hIAfVkOANBZDgCBWQ4AOu0SANhZDgAmWg4ATloOAHxaDgCkWg4A0loOAPpaDgDA2hIAMVsOAH5bDgB/Ww4A1FsOAONbDgAqXA4A6lsOANhdDgA7XA4AgFwOAIJcDgDWXA4A2VwOACxdDgAvXQ4Agl0OAIpdDgDC2xIA3V0OAC5eDgA1Xg4AhF4OAI1eDgDaXg4A614OADBfDgA8Xw4Ahl8OAI5fDgAY3BIA4l8OADJgDgA5YA4AiGAOAI1gDgDeYA4A4mAOADRhDgBBYQ4AimEOAJlhDgDgYQ4A8WEOADZiDgA4Yg4AjGIOAI9iDgDiYg4A5WIOADhjDgBAYw4AbtwSAJNjDgDKrA4AmWMOADRlEACaYw4A5GMOAOdjDgA6ZA4ARGQOAMTcEgCZZA4A5mQOAPVkDgA8ZQ4AS2UOAJJlDgCeZQ4A6GUOAOtlDgA+Zg4AQWYOABrdEgCXZg4A6mYOABJnDgBw3RIASGcOAMbdEgCeZw4AHN4SAPpnDgBCaA4AU2gOAJhoDgCkaA4A7mgOABFpDgBEaQ4AR2kOAJppDgC+aQ4A8GkOAPhpDgDI3hIASGoOAJxqDgCqag4A8moOAANrDgAe3xIAT2sOAHTfEgCmaw4AIOASAPlrDgBKbA4AV2wOAKBsDgCjbA4A9mwOAPtsDgBMbQ4AXW0OAKJtDgCubQ4AduASAP1tDgBObg4AX24OAKRuDgCwbg4A+m4OABRvDgBQbw4AVG8OAFRxDgBXbw4ArnMOAFpvDgAGdQ4AXG8OAFZyDgBebw4AUnAOAGFvDgCmbw4Aq28OAPxvDgATcA4AzOASAF9wDgCocA4AuHAOAP5wDgADcQ4AIuESAFZxDgCqcQ4AsHEOAAByDgANcg4AeOESAFxyDgCscg4AsnIOAAJzDgAHcw4AWHMOAF5zDgDO4RIAunMOAAR0DgAddA4AWnQOAGN0DgCwdA4Ax3QOACTiEgAMdQ4AXHUOAF51DgCydQ4AwXUOAAh2DgAUdg4AeuISAGB2DgC0dg4AxXYOAAp3DgAYdw4AYHcOAGd3DgC2dw4AuHcOAAx4DgAWeA4AYngOAHB4DgC4eA4AvXgOAA55DgAbeQ4AZHkOAGx5DgC6eQ4AvnkOABB6DgASeg4AZnoOAGx6DgC8eg4AyXoOANDiEgAfew4AaHsOAH97DgC+ew4A2nsOACbjEgAgfA4AanwOAGt8DgDAfA4AxnwOABZ9DgAifQ4AbH0OAHt9DgDCfQ4AxH0OABh+DgAifg4Abn4OAHx+DgDEfg4AyX4OABp/DgAnfw4AcH8OAHh/DgDGfw4Ayn8OAByADgAegA4AcoAOAHiADgDIgA4A1YAOAHzjEgArgQ4AdIEOAIuBDgDKgQ4A5oEOANLjEgApgg4AdoIOAISCDgDMgg4A1oIOACKDDgAugw4AeIMOAHuDDgDOgw4A6oMOACSEDgAshA4AKOQSAIaEDgDQhA4A04QOACaFDgAwhQ4AKuUSAIWFDgDShQ4A4IUOACiGDgAyhg4AfoYOAIqGDgDUhg4A3IYOANblEgAshw4AgIcOAI6HDgDWhw4A54cOACzmEgAziA4AguYSAIeIDgDYiA4A4IgOAC6JDgA0iQ4AhIkOAI2JDgDaiQ4A54kOAC7nEgA1ig4AhooOADyKDgA0jA4Aj4oOANyKDgDmig4AMosOADqLDgCIiw4AzosOAN6LDgDmiw4AhOcSADqMDgCKjA4AkIwOAOCMDgDojA4ANo0OAHyNDgCMjQ4AlI0OANrnEgDqjQ4AMOgSAEGODgCOjg4AnI4OAOSODgDujg4AOo8OAEaPDgCQjw4Ak48OAOaPDgDujw4A3OgSAEiQDgCSkA4AlZAOAOiQDgDykA4AMukSAEaRDgCI6RIAopEOAOqRDgD7kQ4AQJIOAEySDgCWkg4AmZIOAN7pEgA0kw4AQpMOAIqTDgA06hIAqJMOAO6TDgDwkw4ARJQOAFKUDgCalA4Aq5QOAIrqEgAMlQ4ARpUOAE6VDgDg6hIAopUOANoKDwCvlQ4A8pUOAAGWDgBIlg4AVJYOAJ6WDgCflg4A9JYOAP6WDgBKlw4AWJcOAKCXDgCllw4A9pcOAAOYDgA26xIAWpgOAKKYDgCvmA4A+JgOAACZDgCM6xIAWpkOAKSZDgDQmQ4A+pkOAAaaDgBQmg4AX5oOAKaaDgCwmg4A/JoOAAqbDgBSmw4AV5sOAKibDgC1mw4A/psOAAacDgBUnA4AYpwOAKqcDgC3nA4AAJ0OAAidDgDi6xIAWJ0OAELADwBknQ4ArJ0OALadDgACng4ADp4OAFieDgBfng4Arp4OALaeDgAEnw4ACJ8OAFqfDgBonw4AsJ8OALqfDgAGoA4AEaAOAFygDgBkoA4AsqAOALSgDgAIoQ4AEKEOAF6hDgBroQ4AtKEOALmhDgAKog4AF6IOAGCiDgB+og4AtqIOAOeiDgAMow4AGKMOAGKjDgBoow4AuKMOAL2jDgAOpA4AFqQOAGSkDgBwpA4AuqQOAM2kDgAQpQ4AHqUOAGalDgBwpQ4AvKUOAMSlDgASpg4AIaYOAGimDgBtpg4AvqYOAMWmDgAUpw4AIKcOAGqnDgCGpw4AwKcOAMinDgA47BIAGKgOAGyoDgB6qA4AwqgOAM+oDgAYqQ4AJqkOAG6pDgB7qQ4AxKkOANupDgAaqg4AIqoOAHCqDgB+qg4AxqoOANOqDgAcqw4AJKsOAOTsEgCAqw4AyKsOAMmrDgCQ7RIAKqwOAHSsDgB7rA4A5u0SANGsDgAgrQ4AJa0OADzuEgB+rQ4Aku4SANStDgAirg4ACq4OAGb/EAAjrg4AIgQPACWuDgAmBg8AK64OAHiuDgAsrg4AygIPADKuDgAkBQ8AQK4OAJqYEACFrg4Azq4OANmuDgAkrw4AJq8OAHqvDgCHrw4A0K8OANevDgAmsA4AN7AOAHywDgCIsA4A0rAOANmwDgAosQ4AMLEOAOjuEgCEsQ4A1LEOANqxDgAqsg4AL7IOAICyDgCGsg4APu8SAOKyDgAssw4ANrMOAIKzDgCGsw4A2LMOAOSzDgAutA4AOrQOAIS0DgCRtA4A2rQOAOK0DgAwtQ4AOrUOAIa1DgCStQ4A3LUOAN+1DgAytg4APLYOAOrvEgCKtg4A3rYOAOG2DgA0tw4AN7cOAJbwEgCStw4A7PASAO63DgA2uA4AN7gOAELxEgCUuA4AmPESAOe4DgA4uQ4AP7kOAI65DgCTuQ4A7vESAOy5DgBE8hIAQroOAJC6DgCaug4A5roOAPG6DgA8uw4ASrsOAJK7DgCVuw4A6LsOAPC7DgA+vA4ASLwOAJS8DgCgvA4A6rwOAO28DgBAvQ4ASr0OAJryEgCkvQ4A7L0OAAK+DgBCvg4ATr4OAJi+DgCfvg4A7r4OAPa+DgBEvw4ASb8OAJq/DgCjvw4A8L8OAPq/DgBGwA4ATsAOAJzADgCewA4A8sAOAALBDgBIwQ4AUsEOAJ7BDgCqwQ4A9MEOAPrBDgBKwg4AUsIOAEbzEgCuwg4A9sIOAPfCDgCc8xIAUcMOAPLzEgCkww4A+MMOAPnDDgBOxA4AUcQOAKTEDgCvxA4A+sQOAP/EDgBQxQ4AWsUOAEj0EgDKxQ4A/MUOAATGDgCe9BIAVMYOAKjGDgC5xg4A/sYOAA/HDgBUxw4AV8cOAPT0EgCwxw4AAMgOAAXIDgBWyA4AWcgOAKzIDgCvyA4AAskOAArJDgBK9RIAZskOAK7JDgCxyQ4ABMoOAA/KDgBayg4AZsoOALDKDgC3yg4ABssOAA7LDgBcyw4AassOALLLDgC/yw4ACMwOABDMDgCg9RIAaswOALTMDgC3zA4ACs0OABTNDgBgzQ4AaM0OAPb1EgDCzQ4ADM4OABLODgBizg4AbM4OALjODgDMzg4ADs8OABbPDgBM9hIAcc8OALrPDgDCzw4AENAOABPQDgBm0A4ActAOALzQDgDG0A4AEtEOABvRDgBo0Q4AadEOAL7RDgDW0Q4AFNIOABbSDgBq0g4Ae9IOAMDSDgDR0g4AFtMOAB7TDgBs0w4Ae9MOAMLTDgDE0w4AGNQOACnUDgBu1A4Af9QOAMTUDgDd1A4AGtUOABzVDgBw1Q4Af9UOAMbVDgDm1Q4A+PYSAB7WDgBy1g4AktYOAMjWDgDc1g4AUPgSACbXDgB01w4AgdcOAMrXDgDP1w4AINgOACrYDgB22A4AftgOAMzYDgDS2A4AItkOACvZDgB42Q4AhdkOAKb4EgDa2Q4AJNoOACraDgB62g4AgNoOANDaDgDZ2g4AJtsOACfbDgB82w4AhtsOANLbDgDe2w4AKNwOAC/cDgD8+BIAhtwOAFL5EgDc3A4AqPkSADLdDgD++RIAjN0OANbdDgDm3Q4ALN4OADHeDgCC3g4AiN4OANjeDgDk3g4ALt8OADbfDgBU+hIAld8OANrfDgDr3w4AMOAOAELgDgCG4A4AjuAOANzgDgDn4A4AMuEOADfhDgCI4Q4AjeEOAN7hDgD+4Q4AqvoSAETiDgCK4g4AlOIOAODiDgDs4g4ANuMOADzjDgCM4w4AlOMOAOLjDgDk4w4AOOQOAO7jDgDu6Q4ASeQOAI7kDgCf5A4A5OQOAPbkDgA65Q4AQuUOAJDlDgCb5Q4A5uUOAOvlDgA85g4AQeYOAJLmDgCy5g4AAPsSAOrmDgA+5w4ATecOAJTnDgCf5w4A6ucOAPznDgBA6A4ASOgOAJboDgCh6A4A7OgOAPHoDgBC6Q4AR+kOAJjpDgC46Q4AVvsSAPDpDgBE6g4AU+oOAJrqDgCl6g4A8OoOAALrDgBG6w4ATusOAJzrDgCn6w4A8usOAPfrDgBI7A4ATewOAJ7sDgC+7A4ArPsSAAHtDgBK7Q4AYe0OAAL8EgCt7Q4A9u0OAA3uDgBY/BIAWe4OAKLuDgCp7g4A+O4OAAbvDgBO7w4AW+8OAKTvDgC77w4ArvwSAALwDgAE/RIAUvAOAKbwDgC08A4A/PAOAA3xDgBa/RIAX/EOAKjxDgC/8Q4AsP0SAAjyDgBU8g4AYPIOAKryDgCt8g4AAPMOAArzDgAG/hIAcvMOAFz+EgC08w4Asv4SAAr0DgBY9A4AWfQOAAr4DgBb9A4ABvYOAF/0DgAY/w4AYvQOAK70DgBn9A4ADvoOAGj0DgAM+Q4As/QOAGz+DgC69A4ABPUOAAf1DgBa9Q4AZPUOAAj/EgC49Q4AXv8SAA/2DgBc9g4AJvYOABT9DgBq9g4AsvYOALz2DgAI9w4AFPcOAF73DgBh9w4AtPcOALz3DgC0/xIADPgOAGD4DgBj+A4AtvgOALn4DgAKABMADvkOAGL5DgBw+Q4AuPkOAMn5DgC2ABMAEPoOAGT6DgBx+g4AuvoOAMn6DgAQ+w4AHPsOAGb7DgB3+w4AvPsOAM37DgAS/A4AHvwOAGj8DgBv/A4AvvwOAMb8DgBiARMAIv0OAGr9DgBr/Q4AuAETAMz9DgAW/g4AHf4OAA4CEwBz/g4Awv4OAMf+DgC6AhMAIf8OAG7/DgB0/w4AxP8OAMb/DgAaAA8AJAAPAHAADwB+AA8AxgAPAMsADwAcAQ8AKQEPAHIBDwCKAQ8AyAEPAN4BDwAeAg8AIQIPAHQCDwB8Ag8AZgMTANYCDwAgAw8AIwMPAHYDDwCAAw8AvAMTANQDDwASBBMAJAQPAHgEDwB7BA8AzgQPANEEDwBoBBMAJgUPAHoFDwCIBQ8A0AUPAOEFDwAUBRMALwYPAHwGDwCKBg8A0gYPAJUGDwCexRAA3AYPACgHDwA0Bw8AfgcPAIEHDwDUBw8A3AcPAMAFEwBECA8AFgYTAJoIDwDWCA8A8AgPAGwGEwAxCQ8ANA0PADoJDwDgDQ8APAkPAIIJDwCECQ8A2AkPAOYJDwAuCg8APwoPAMIGEwCLCg8AGAcTAOAKDwAwCw8ANQsPAIYLDwCMCw8AbgcTAOILDwAyDA8ANwwPAIgMDwCeDA8A3gwPAOYMDwAaCBMAVA0PAIoNDwCSDQ8AcAgTAPcNDwA2Dg8AQw4PAIwODwCRDg8A4g4PAOgODwA4Dw8ARA8PAI4PDwCVDw8A5A8PAOwPDwA6EA8AXRAPABwJEwCdEA8A5hAPAPUQDwA8EQ8APhEPAJIRDwCbEQ8A6BEPAP8RDwA+Eg8ASRIPAJQSDwCeEg8A6hIPAPISDwDICRMARhMPAJYTDwCcEw8A7BMPAPETDwBCFA8ASBQPAB4KEwC6FA8A7hQPAPYUDwDKChMATRUPAJoVDwCbFQ8A8BUPAPgVDwBGFg8AURYPAJwWDwChFg8A8hYPAPcWDwBIFw8AaBcPACALEwCkFw8A9BcPAPsXDwBKGA8ATxgPAKAYDwCkGA8A9hgPAAMZDwBMGQ8AVBkPAKIZDwCtGQ8A+BkPAP0ZDwBOGg8AUxoPAKQaDwDEGg8AdgsTAAkbDwBQGw8AWxsPAKYbDwCuGw8A/BsPAP8bDwBSHA8ABhwPAFgfDwBeHA8AqBwPALIcDwD+HA8ABx0PAFQdDwBVHQ8Aqh0PALIdDwAAHg8ACx4PAFYeDwBbHg8ArB4PALEeDwACHw8AIh8PAMwLEwBkHw8Arh8PALAfDwAEIA8ACiAPAFogDwBhIA8AsCAPALUgDwAGIQ8ACiEPAFwhDwBpIQ8AsiEPALohDwAIIg8AEyIPAF4iDwBjIg8AtCIPALkiDwAKIw8AKiMPACIMEwBoIw8AeAwTAMAjDwAMJA8AFSQPAGIkDwBoJA8AuCQPAMQkDwAOJQ8ALCUPAGQlDwBlJQ8AuiUPALwlDwAQJg8AHSYPAGYmDwB0Jg8AvCYPAMsmDwASJw8ALicPAGgnDwBwJw8AJA0TANEnDwAUKA8AFSgPAGooDwB2KA8AwCgPAM8oDwAWKQ8AICkPAGwpDwB4KQ8AwikPAMkpDwB6DRMAICoPANANEwB3Kg8AxCoPANEqDwAmDhMAHysPAHArDwB9Kw8AxisPANArDwB8DhMAHiwPAHIsDwCILA8AyCwPANQsDwDSDhMAJi0PAJBoEAA8LQ8AdC0PAHwtDwDAqQ8Aki0PAMotDwDSLQ8AIC4PAOwtDwCCjBAAIS4PAM4vDwAjLg8AJjEPACwuDwDYjBAAMC4PAHYuDwB4Lg8AzC4PANouDwAiLw8AMy8PACgPEwCALw8Afg8TANAvDwAkMA8AJzAPAHowDwB9MA8A1A8TANgwDwAqEBMAMDEPANaJDwBGMQ8AfDEPAIoxDwDSMQ8A0zEPAIAQEwAwMg8A1hATAKEyDwAsERMA4TIPACozDwA4Mw8AgDMPAIozDwDWMw8A3jMPACw0DwAtNA8ANjkPAEc0DwDcNg8AWDQPAII0DwCLNA8A2DQPANk0DwAuNQ8APDUPAIQ1DwCONQ8A2jUPAOY1DwAwNg8ANjYPAIY2DwCiNg8AghETAOo2DwAyNw8APzcPAIg3DwCSNw8A3jcPAOA3DwA0OA8ASzgPAIo4DwCWOA8A4DgPAPw4DwDYERMARzkPAIw5DwCOOQ8A4jkPAOw5DwA4Og8ASDoPAI46DwCTOg8A5DoPAOo6DwA6Ow8AUDsPAJA7DwCYOw8A5jsPAOk7DwA8PA8ARTwPAJI8DwCgPA8A6DwPAPI8DwA+PQ8ASj0PAJQ9DwCwPQ8ALhITAPc9DwBAPg8ASD4PAJY+DwCZPg8A8pcPAKY+DwDsPg8A7j4PAPCWDwD6Pg8AQj8PAE8/DwCYPw8Apj8PAO4/DwDxPw8AREAPAE9ADwCaQA8ApkAPAPBADwD3QA8ARkEPAE5BDwCcQQ8AnkEPAPJBDwACQg8ASEIPAFJCDwCeQg8AqkIPAPRCDwD6Qg8ASkMPAFJDDwCEEhMAokMPAPZDDwAERA8ATEQPAFlEDwCiRA8ArkQPAPhEDwD+RA8ATkUPAFFFDwCkRQ8ArEUPAPpFDwD8RQ8ABEsPAP1FDwCoRw8ACkYPAFBGDwBSRg8AuE8PAFVGDwCmRg8Ar0YPAPxGDwAJRw8AUkcPAFlHDwDaEhMAsUcPAAhNDwCyRw8AVkkPAMhHDwD+Rw8ADEgPAFRIDwBVSA8AMBMTALZIDwAASQ8AB0kPAIYTEwBYSQ8ArEkPALJJDwACSg8ADEoPAFhKDwBkSg8ArkoPALVKDwDcExMAHUsPAFpLDwBfSw8AsEsPALZLDwAGTA8AEEwPAFxMDwBoTA8AskwPALlMDwAyFBMAF00PAF5NDwBtTQ8AtE0PAMBNDwAKTg8ADU4PAGBODwBjTg8Atk4PAMZODwAMTw8AFU8PAGJPDwBzTw8AiBQTAMZPDwAOUA8AH1APAN4UEwBrUA8ANBUTAMJQDwAQUQ8AElEPABpWDwATUQ8AvlIPACBRDwBmUQ8AaFEPAM5aDwBrUQ8AvFEPAMVRDwASUg8AH1IPAGhSDwBvUg8AihUTAMdSDwAeWA8AyFIPAGxUDwDeUg8AFFMPACJTDwBqUw8Aa1MPAOAVEwDMUw8AFlQPAB1UDwA2FhMAblQPAMJUDwDIVA8AGFUPACJVDwBuVQ8AelUPAMRVDwDLVQ8AjBYTADNWDwBwVg8AdVYPAMZWDwDMVg8AHFcPACZXDwByVw8AflcPAMhXDwDPVw8A4hYTAC1YDwB0WA8Ag1gPAMpYDwDWWA8AIFkPACNZDwB2WQ8AeVkPAMxZDwDcWQ8AIloPACtaDwB4Wg8AiVoPADgXEwDcWg8AJFsPADVbDwCOFxMAgVsPAOQXEwDYWw8AJlwPAE9cDwB8XA8AhFwPANJcDwDiXA8AKF0PACpdDwB+XQ8AjF0PANRdDwDlXQ8AOhgTADBeDwCAXg8AjF4PAJAYEwAEXw8APBkTADVfDwCCXw8Aj18PANhfDwD0Xw8ALmAPADZgDwCSGRMAlWAPANpgDwDcYA8AMGEPADFhDwCGYQ8AiWEPANxhDwDoYQ8AMmIPADliDwCIYg8ApGIPAN5iDwDmYg8A6BkTAEFjDwCKYw8AmmMPAOBjDwDlYw8ANmQPAGFkDwA+GhMAkmQPAJQaEwDqZA8AOGUPADllDwCgbg8APmUPAEYaEQBCZQ8AjmUPAERlDwDsaQ8ASGUPAD5oDwBWZQ8A/HEPAJNlDwCMEhEAmWUPAIINEQCaZQ8A5GUPAOdlDwA6Zg8ARGYPAOoaEwCYZg8A5mYPAOxmDwA8Zw8ARWcPAJJnDwCfZw8A6GcPAARoDwBAGxMAQGgPAJRoDwBDaA8A+B0RAKJoDwDqaA8A+2gPAJYbEwBGaQ8AlmkPAKJpDwDsGxMA8mkPAEJqDwBIag8AmGoPAJ1qDwDuag8A9GoPAO4cEwBLaw8A8B0TAJ9rDwDwaw8A+GsPAEZsDwBSbA8AnGwPAK9sDwDybA8A/mwPAEhtDwBXbQ8Anm0PAKdtDwD0bQ8A/m0PAEpuDwBWbg8AnB4TALFuDwD2bg8AAm8PAExvDwBObw8Aom8PAKVvDwD4bw8ABHAPAE5wDwBWcA8A8h4TALBwDwD6cA8ACnEPAFBxDwBccQ8ApnEPAKxxDwBIHxMAHnIPAFJyDwBacg8AqHIPANJyDwD+cg8ACXMPAFRzDwBgcw8AqnMPALtzDwAAdA8AAXQPAJ4fEwBcdA8ArHQPALl0DwD0HxMAD3UPAFh1DwBvdQ8ArnUPANl1DwAEdg8ADHYPAFp2DwBkdg8AsHYPALx2DwAGdw8ACXcPAFx3DwBmdw8ASiATALp3DwAIeA8ADngPAF54DwBneA8AtHgPAMF4DwAKeQ8AJnkPAKAgEwBieQ8AtnkPAGd5DwAmhw8Aw3kPAAx6DwATeg8AYnoPAGR6DwC4eg8AvnoPAA57DwAVew8AZHsPAHx7DwC6ew8Av3sPABB8DwDGew8AvHwPABl8DwBmfA8AcHwPAPYgEwDCfA8AEn0PABh9DwBofQ8AbX0PAL59DwDEfQ8ATCETABV+DwBqfg8Ae34PAMB+DwDMfg8AFn8PACB/DwBsfw8AeH8PAMJ/DwDJfw8AoiETABqADwBugA8AI4APABAqEQBxgA8AxIAPAOSADwAagQ8AIoEPAPghEwCBgQ8AxoEPAM2BDwAcgg8AJIIPAHKCDwB1gg8AIIQPAIKCDwDIgg8AyoIPAB6DDwAsgw8AdIMPAIWDDwBOIhMA0YMPAKQiEwAphA8AdoQPAIWEDwDMhA8A24QPACKFDwAuhQ8AeIUPAHuFDwDOhQ8A0YUPACSGDwA0hg8AeoYPAIOGDwDQhg8A4YYPAPoiEwArhw8AfIcPAIWHDwDShw8A3IcPACiIDwAwiA8AfogPAJyIDwDUiA8A8ogPACqJDwBIiQ8AgIkPAJ6JDwBQIxMA3YkPACyKDwAxig8AgooPADiKDwCEiw8Ai4oPANiKDwDiig8ALosPAEqLDwCmIxMAiosPANqLDwDgiw8AMIwPAEyMDwD8IxMAsIwPAKgkEwAGjQ8A/iQTADqNDwAAJhMAno0PAN6NDwDgjQ8ANI4PADqODwCKjg8Ano4PAOCODwDojg8ANo8PAGCPDwBWJhMAlY8PAOKPDwDvjw8AOJAPAEaQDwCOkA8AmJAPAOSQDwD+kA8AOpEPAEeRDwCQkQ8AnJEPAOaRDwDwkQ8APJIPAESSDwCsJhMAmZIPAOiSDwDwkg8AAicTABaTDwAEKBMASpMPAJSTDwCbkw8A6pMPAPKTDwBYJxMAQpQPAJaUDwCnlA8A7JQPAPSUDwBClQ8ATJUPAJiVDwCklQ8A7pUPAPGVDwBElg8ATpYPAFooEwC2lg8AsCgTAP6WDwBGlw8AV5cPAAYpEwCjlw8AXCkTAPuXDwBImA8AV5gPAJ6YDwCtmA8A9JgPAACZDwBKmQ8ATZkPAKCZDwCjmQ8A9pkPAAaaDwBMmg8AVZoPAKKaDwCzmg8AsikTAPqaDwBOmw8ABJsPAPqbDwBRmw8ApJsPAKybDwAIKhMAAJwPAFCcDwBcnA8AppwPAK6cDwBeKhMACJ0PAFKdDwBVnQ8AqJ0PALKdDwC0KhMAA54PAFSeDwBqng8Aqp4PAKueDwAAnw8AEZ8PAFafDwBinw8ArJ8PALafDwACoA8ADqAPAAorEwBkoA8ArqAPALGgDwAEoQ8ADqEPALYrEwBdoQ8AsKEPALOhDwAGog8AEqIPAFyiDwBiog8AsqIPALyiDwAMLBMADaMPAF6jDwBrow8AtKMPALejDwAKpA8AJqQPAGCkDwBopA8AYiwTAL6kDwC4LBMAFKUPAA4tEwBlpQ8AuKUPAHmlDwAghhAA2KUPAA6mDwAipg8AZC0TAGWmDwC6pg8AwKYPABCnDwAcpw8AZqcPAHWnDwC8pw8AvqcPABKoDwAcqA8AaKgPAHSoDwC+qA8AxagPALotEwAgqQ8AEC4TAHKpDwBmLhMAw6kPAMSrDwDQqQ8AFqoPABiqDwBsqg8AeqoPAMKqDwDTqg8AbDETAB+rDwDCMRMAdqsPABgyEwDkqw8AGqwPACisDwBwrA8AcawPAG4yEwDSrA8AHK0PACOtDwDEMhMAeq0PABozEwDKrQ8AHq4PACyuDwB0rg8Aha4PAHAzEwDQrg8AIK8PACyvDwDGMxMAfK8PAMyvDwDSrw8AIrAPACewDwB4sA8AfrAPAHI0EwDRsA8AJLEPADCxDwB6sQ8AgLEPANCxDwDasQ8AHjUTACuyDwB8sg8AibIPANKyDwDVsg8AKLMPAD2zDwB+sw8AhrMPAHQ1EwDcsw8AKrQPADa0DwCAtA8AhrQPANa0DwDctA8ALLUPADG1DwCCtQ8AiLUPAHg3EwDntQ8ALrYPAD22DwCEtg8AjbYPANq2DwDgtg8AMLcPADa3DwCGtw8AkrcPANy3DwDjtw8AMrgPADq4DwAkOBMAkrgPAN64DwDpuA8ANLkPAEC5DwCKuQ8AkLkPAOC5DwDouQ8ANroPAEK6DwCMug8AkroPAOK6DwDoug8AOLsPAD27DwCOuw8AlLsPAHo4EwDruw8AOrwPAEi8DwCQvA8AnbwPAOa8DwD9vA8APL0PAFi9DwCSvQ8Amr0PANA4EwD7vQ8APr4PAEC+DwCUvg8Aqr4PAOq+DwDrvg8AQL8PAFG/DwCWvw8Aor8PACY5EwAIwA8AfDkTAFjADwCYwA8AmcAPAO7ADwD/wA8ARMEPAFDBDwDSORMAn8EPAPDBDwD2wQ8ARsIPAGbCDwCcwg8AqMIPAPLCDwD5wg8AKDoTAFTDDwCeww8AoMMPAPTDDwAUxA8AfjoTAFHEDwDUOhMApcQPAPbEDwAGxQ8ATMUPAFTFDwCixQ8ArMUPAPjFDwAExg8ATsYPAFHGDwCkxg8ArsYPACo7EwD/xg8AAMoPAAjHDwBQxw8AYMcPAKbHDwC2xw8A/McPACTIDwBSyA8AesgPAKjIDwDQyA8A1jsTAArJDwBUyQ8AVskPAKrJDwDKyQ8A2j0TAA3KDwBWyg8AYsoPAKzKDwDUyg8AAssPACrLDwBYyw8AgMsPADA+EwC0yw8ABMwPAAnMDwBazA8AYMwPADRAEwC4zA8A4EATABLNDwBczQ8AX80PALLNDwC8zQ8ACM4PABDODwCMQRMAbM4PALTODwC7zg8ACs8PABLPDwBgzw8Abc8PALbPDwC7zw8ADNAPABbQDwBi0A8AatAPALjQDwDI0A8ADtEPABzRDwBk0Q8AcdEPALrRDwDI0Q8AENIPABPSDwBm0g8AcdIPALzSDwDE0g8AEtMPACvTDwBo0w8AdNMPAL7TDwDO0w8AFNQPABnUDwBq1A8AcNQPAMDUDwDM1A8AFtUPAB7VDwDiQRMAdtUPAMLVDwDF1Q8AGNYPACDWDwBu1g8Ab9YPAMTWDwDG1g8AGtcPACDXDwBw1w8AfNcPAMbXDwDT1w8AHNgPACbYDwBy2A8AetgPAMjYDwDK2A8AHtkPACvZDwB02Q8Ae9kPAMrZDwDS2Q8AINoPACTaDwB22g8AeNoPAMzaDwDP2g8AItsPACrbDwB42w8Ah9sPAM7bDwDQ2w8AJNwPADHcDwB63A8AidwPANDcDwDc3A8AJt0PADfdDwB83Q8Ajd0PANLdDwDe3Q8AKN4PAC/eDwB+3g8And4PADhCEwDo3g8AKt8PACvfDwCA3w8AjN8PANbfDwDy3w8ALOAPADTgDwCOQhMAiuAPADpDEwDk4A8ALuEPADThDwCE4Q8AiuEPANrhDwDy4Q8AMOIPADriDwCG4g8AkuIPANziDwDf4g8AMuMPADzjDwCI4w8AoOMPAN7jDwDu4w8ANOQPADbkDwCK5A8AmOQPAODkDwDx5A8AkEMTADzlDwCM5Q8AmOUPAOZDEwDq5Q8AkkQTAETmDwCO5g8AkeYPAOTmDwDu5g8A6EQTADznDwCQ5w8AnucPAObnDwD35w8AlEUTAEPoDwDqRRMAmugPAEBGEwDw6A8AQkcTAEDpDwCU6Q8AoekPAOrpDwD56Q8AQOoPAEbqDwCW6g8AouoPAOzqDwDu6g8AQusPAEzrDwCY6w8ApusPAO7rDwDz6w8AROwPAFHsDwCa7A8ApuwPAPDsDwAD7Q8ARu0PAFXtDwCc7Q8AqO0PAPLtDwDz7Q8ASO4PAFLuDwCe7g8ArO4PAPTuDwD57g8ASu8PAFfvDwCYRxMAqu8PAPbvDwAE8A8ATPAPAE/wDwCi8A8AsvAPAPjwDwAG8Q8ATvEPAFrxDwCk8Q8Aq/EPAPrxDwAB8g8AUPIPAFzyDwCm8g8Ap/IPAPzyDwAI8w8AUvMPAF/zDwCo8w8Ar/MPAP7zDwAK9A8AVPQPAGH0DwCq9A8AufQPAAD1DwAU9Q8AVvUPAGL1DwCs9Q8Av/UPAAL2DwAR9g8AWPYPAGT2DwCu9g8Ar/YPAAT3DwAO9w8AWvcPAGj3DwCw9w8AtfcPAAb4DwAT+A8A7kcTAF34DwCy+A8Aw/gPAAj5DwAW+Q8AXvkPAG35DwC0+Q8AtvkPAAr6DwAU+g8AYPoPAG76DwC2+g8Au/oPAAz7DwAZ+w8AYvsPAHH7DwC4+w8AvfsPAA78DwAb/A8AZPwPAG78DwC6/A8AxvwPABD9DwAj/Q8AZv0PAHD9DwC8/Q8AyP0PABL+DwAl/g8AaP4PAHf+DwC+/g8Ayv4PABT/DwAV/w8Aav8PAHT/DwDA/w8Azv8PABYAEAAbABAAbAAQAHkAEABESBMAxwAQABgBEAAlARAAbgEQAHgBEADEARAAygEQABoCEAAcAhAAcAIQAH0CEADGAhAAyQIQABwDEAAqAxAAcgMQAH4DEADIAxAA1QMQAB4EEAAoBBAAdAQQAIMEEADKBBAAzwQQACAFEAAtBRAAdgUQAIMFEADMBRAA2AUQACIGEAAxBhAAeAYQAIIGEADOBhAA3AYQACQHEAApBxAAegcQAIcHEADQBxAA3AcQACYIEAA5CBAAfAgQAIsIEADSCBAA3ggQACgJEAApCRAAfgkQAIgJEADUCRAA4gkQACoKEAAvChAAgAoQAI0KEACaSBMA6QoQACwLEAA7CxAAggsQAI4LEADYCxAA2QsQAC4MEAA4DBAAhAwQAJIMEADaDBAA3wwQADANEAA9DRAA8EgTAJkNEADcDRAA6w0QADIOEAA+DhAAiA4QAIkOEADeDhAA6A4QADQPEABCDxAAig8QAI8PEADgDxAA7Q8QAEZJEwA4EBAAjBAQAJoQEADiEBAA7xAQADgREABEERAAjhEQAJQREADkERAA9REQADoSEAA8EhAAkBIQAJkSEADmEhAA8xIQADwTEABLExAAkhMQAJ0TEADoExAA9BMQAD4UEABRFBAAlBQQAKMUEADqFBAA9hQQAEAVEABBFRAAlhUQAKAVEADsFRAA+hUQAEIWEABHFhAAmBYQAKUWEACcSRMA+xYQAEQXEABSFxAAmhcQAKQXEADwFxAA/hcQAEYYEABIGBAAnBgQAK0YEADyGBAAABkQAEgZEAB5GRAAnhkQAKAZEAD0GRAA/hkQAEoaEABYGhAAoBoQAKUaEAD2GhAAAxsQAEwbEABYGxAAohsQALUbEAD4GxAABxwQAE4cEABaHBAApBwQAKUcEAD6HBAABB0QAFAdEABeHRAAph0QAKsdEAD8HRAACR4QAPJJEwBUHhAAqB4QAKoeEAD+HhAADR8QAFQfEABjHxAAqh8QALYfEAAAIBAAAyAQAFYgEABZIBAArCAQALIgEAACIRAADiEQAFghEABbIRAAriEQALMhEAAEIhAADSIQAFoiEABgIhAAsCIQAL8iEAAGIxAAEiMQAFwjEABsIxAAsiMQALQjEAAIJBAAFiQQAF4kEABvJBAASEoTALokEAAKJRAAFiUQAJ5KEwBzJRAAtiUQAMUlEAAMJhAAGCYQAGImEABjJhAAuCYQAMImEAAOJxAAHCcQAGQnEABpJxAAuicQAMcnEAD0ShMAHCgQAGYoEABwKBAAvCgQAOgoEAASKRAAGSkQAGgpEACBKRAAvikQAM0pEAAUKhAAIyoQAGoqEABvKhAAwCoQAM0qEAAWKxAAIysQAGwrEAB4KxAAwisQANErEAAYLBAAIiwQAG4sEAB8LBAAxCwQAMksEAAaLRAAJy0QAHAtEAB8LRAAxi0QANktEAAcLhAAKy4QAHIuEAB+LhAAyC4QAMkuEAAeLxAAKC8QAHQvEACCLxAAyi8QAM8vEAAgMBAALTAQAEpLEwCHMBAAzDAQAN0wEAAiMRAALjEQAHgxEACPMRAAzjEQANAxEAAkMhAANTIQAHoyEAB9MhAA0DIQANoyEAAmMxAAKDMQAHwzEACGMxAA0jMQAN4zEAAoNBAANDQQAH40EACRNBAA1DQQAOM0EAAqNRAANjUQAIA1EACBNRAA1jUQAOA1EAAsNhAAOjYQAII2EACHNhAA2DYQAOU2EACgSxMAMDcQAIQ3EACONxAA2jcQAOI3EAD2SxMAQzgQAIY4EACSOBAA3DgQAOs4EAAyORAAOzkQAIg5EACSORAA3jkQAOw5EAA0OhAAOToQAIo6EACXOhAA4DoQAOw6EAA2OxAASTsQAIw7EACbOxAA4jsQAO47EAA4PBAAOTwQAI48EACYPBAA5DwQAPI8EAA6PRAAPz0QAJA9EACdPRAATEwTAOg9EAA8PhAARj4QAJI+EACaPhAAokwTAO0+EAA+PxAAVD8QAJQ/EACVPxAA6j8QAPs/EABAQBAATEAQAJZAEACgQBAA7EAQAPpAEABCQRAAR0EQAJhBEAClQRAA7kEQAPpBEABEQhAAV0IQAJpCEACpQhAA8EIQAPxCEABGQxAAR0MQAJxDEACmQxAA8kMQAABEEABIRBAATUQQAJ5EEACrRBAA+EwTAPZEEABKRRAAVEUQAKBFEACoRRAATk0TAAxGEABMRhAAWEYQAKJGEACnRhAA+EYQAAFHEABORxAAWEcQAKRHEACwRxAA+kcQAA1IEABQSBAAX0gQAKZIEACySBAA/EgQAP1IEABSSRAAXEkQAKhJEAC2SRAA/kkQAANKEABUShAAYUoQAKRNEwCsShAAAEsQAApLEABWSxAAXksQAPpNEwC5SxAAAkwQABFMEABYTBAAY0wQAK5MEAC6TBAABE0QABNNEABaTRAAek0QALBNEAC8TRAABk4QAA1OEABcThAAak4QALJOEAC3ThAACE8QABRPEABeTxAAcU8QALRPEADDTxAAClAQABZQEABgUBAAYVAQALZQEADAUBAADFEQABpREABiURAAZ1EQALhREADFURAAUE4TABBSEABkUhAAblIQALpSEADCUhAApk4TAC1TEABmUxAAd1MQALxTEADIUxAAElQQACVUEABoVBAAd1QQAL5UEADKVBAAFFUQABVVEABqVRAAdFUQAMBVEADOVRAAFlYQABtWEABsVhAAeVYQAPxOEwDEVhAAGFcQACJXEABuVxAAdlcQAFJPEwDhVxAAGlgQACtYEABwWBAAfFgQAMZYEADZWBAAHFkQACtZEAByWRAAflkQAMhZEADJWRAAHloQAChaEAB0WhAAgloQAMpaEADPWhAAIFsQAC1bEACoTxMAeFsQAMxbEADWWxAAIlwQACpcEAD+TxMAiVwQAM5cEADiXBAAJF0QAChdEAB6XRAAfF0QANBdEADkXRAAJl4QACleEAB8XhAAmV4QANJeEADjXhAAKF8QADRfEAB+XxAAkV8QANRfEADjXxAAKmAQADZgEACAYBAAgWAQANZgEADgYBAALGEQADphEACCYRAAh2EQANhhEADlYRAAVFATADBiEACEYhAAjmIQANpiEADiYhAAqlATADJjEACGYxAAlGMQANxjEADtYxAAAFETADlkEABWURMAq2QQAFhSEwDmZBAAWlMTADplEACKZRAAj2UQAOBlEADkZRAANmYQAENmEACwUxMAkWYQAOJmEADmZhAAOGcQADpnEACOZxAAp2cQAORnEAD1ZxAAOmgQAEZoEAAGVBMAk2gQAEZuEACcaBAA5mgQAPloEAA8aRAAPWkQAJJpEACeaRAA6GkQAPdpEAA+ahAASGoQAJRqEACgahAA6moQAPFqEABcVBMASGsQAJZrEACYaxAArncQAJlrEACgcBAAnGsQAOxrEACiaxAA+nIQAKNrEAAo4BAA+GsQAEJsEABRbBAAmGwQAKRsEADubBAA/GwQAERtEABfbRAAmm0QAKZtEADwbRAA920QALJUEwBTbhAAnG4QAJ5uEADybhAA824QAEhvEABLbxAAnm8QAKlvEAD0bxAA+W8QAEpwEABUcBAACFUTAK1wEAD2cBAA+HAQAExxEABNcRAAonEQAKVxEAD4cRAAA3IQAE5yEABTchAApHIQAK5yEABeVRMADXMQAFBzEABRcxAApnMQALJzEAD8cxAAC3QQAFJ0EABcdBAAqHQQALR0EAD+dBAABXUQALRVEwBcdRAAqnUQAKx1EAAAdhAAD3YQAFZ2EABgdhAArHYQALV2EAACdxAABHcQAFh3EABpdxAAYFYTAL13EAAEeBAADngQAFp4EABjeBAAsHgQALJ4EAAGeRAAF3kQAFx5EABkeRAAsnkQANB5EAAIehAAEHoQAF56EABqehAAtHoQAMd6EAAKexAAC3sQAGB7EABsexAAtnsQAMV7EAAMfBAAFnwQAGJ8EABufBAAuHwQAL98EAC2VhMAH30QAGR9EAB1fRAAun0QAMJ9EAAQfhAAF34QAGZ+EAB0fhAAvH4QAMx+EAASfxAAIn8QAGh/EACEfxAADFcTAMt/EAAUgBAAK4AQAGqAEABygBAAwIAQAM6AEAAWgRAAIIEQAGyBEAB4gRAAwoEQANiBEAAYghAAG4IQAG6CEACKghAAYlcTAM6CEAAagxAAIoMQAHCDEAB/gxAAxoMQAMuDEAAchBAAKYQQAHKEEAB8hBAAyIQQAMqEEAAehRAALIUQAHSFEACBhRAAyoUQAM2FEAC4VxMAK4YQAHaGEACAhhAAzIYQANSGEAAihxAAMYcQAHiHEAB9hxAAzocQANuHEAAkiBAALogQAHqIEAB8iBAA0IgQAN6IEAAmiRAAM4kQAHyJEAB/iRAADlgTANWJEAAoihAANIoQAH6KEACFihAA1IoQANyKEAAqixAAQ4sQAICLEACUixAA1osQAPKLEAAsjBAANIwQALpYEwCKjBAAEFkTAOWMEAAujRAANY0QAISNEACMjRAA2o0QAN+NEAAwjhAAQI4QAIaOEACOjhAA3I4QAOqOEAAyjxAAP48QAIiPEACVjxAA3o8QAOqPEAA0kBAAOpAQAIqQEACSkBAA4JAQAOyQEAA2kRAASZEQAIyREACbkRAA4pEQAO6REAA4khAAOZIQAI6SEACYkhAA5JIQAPKSEAA6kxAAP5MQAJCTEACdkxAAZlkTAOmTEAA8lBAARpQQAJKUEACUlBAA6JQQAPeUEAA+lRAAXpUQAJSVEACclRAA6pUQAPSVEABAlhAARpYQAJaWEACYlhAA7JYQAPuWEABClxAATpcQAJiXEACglxAAvFkTAAyYEABEmBAAYpgQABJaEwC4mBAA8JgQAA6ZEABGmRAATpkQAJyZEACrmRAA8pkQAPSZEABImhAAUZoQAJ6aEAChmhAA9JoQAACbEABKmxAAUZsQAKCbEAComxAA9psQAA+cEABMnBAAYJwQAKKcEAC+nBAA+JwQAACdEABoWhMAbJ0QAKSdEADCnRAAvloTABOeEABQnhAAVZ4QAKaeEADBnhAA/J4QAAifEABSnxAAWp8QABRbEwC7nxAA/p8QAA2gEABUoBAAYKAQAKqgEACroBAAAKEQAAqhEABWoRAAZKEQAKyhEACxoRAAAqIQAA+iEABqWxMAXKIQAK6iEACwohAABKMQAAejEABaoxAAYqMQALCjEAC6oxAABqQQABGkEABcpBAAaKQQALKkEAC6pBAAwFsTABalEABepRAAZKUQALSlEADApRAACqYQABmmEABgphAAaqYQALamEAC+phAADKcQABunEABipxAAZKcQALinEADBpxAADqgQABGoEABkqBAAcKgQALqoEADCqBAAFlwTACCpEABmqRAAbqkQALypEADGqRAAEqoQAB2qEABoqhAAdKoQAL6qEADGqhAAbFwTABmrEABqqxAAe6sQAMCrEADRqxAAFqwQABusEABsrBAAcKwQAMKsEADQrBAAGK0QACWtEABurRAAha0QAMStEADMrRAAGq4QACauEABwrhAAg64QAMauEADVrhAAHK8QACivEAByrxAAc68QAMivEADSrxAAHrAQACywEAB0sBAAebAQAMqwEADXsBAAwlwTACaxEAB2sRAAhLEQAMyxEADZsRAAIrIQADmyEAB4shAAgLIQAM6yEADZshAAJLMQACazEAB6sxAAh7MQANCzEADXsxAAJrQQADe0EAB8tBAAirQQANK0EADftBAAKLUQAD+1EAB+tRAAhrUQANS1EADZtRAAKrYQADq2EACAthAAiLYQANa2EADgthAALLcQADe3EACCtxAAjrcQANi3EADgtxAAbl0TAEe4EACEuBAAibgQANq4EAD1uBAAMLkQADy5EACGuRAAjrkQAMRdEwDvuRAAMroQAEG6EACIuhAAlLoQAN66EADfuhAANLsQAD67EACKuxAAmLsQAOC7EADluxAANrwQAEO8EAAaXhMAlLwQAOK8EADkvBAAOL0QAEW9EACOvRAAk70QAOS9EADuvRAAOr4QAEW+EACQvhAAnL4QAOa+EADsvhAAPL8QAES/EACSvxAAnr8QAOi/EAD7vxAAPsAQAE3AEACUwBAAoMAQAOrAEADrwBAAQMEQAErBEACWwRAApMEQAOzBEADxwRAAQsIQAE/CEABwXhMAncIQAO7CEAD9whAARMMQAFPDEACawxAAo8MQAPDDEAD2wxAARsQQAEzEEACcxBAAqMQQAPLEEAD5xBAASMUQAGTFEADGXhMAqMUQAPTFEAAAxhAASsYQAE3GEACgxhAAqsYQABxfEwD+xhAAcl8TAFTHEADIXxMAqscQAB5gEwAAyBAATsgQAE/IEAAI0BAAW8gQAKTIEABiyBAAWM0QAGXIEADA1hAAZ8gQAHLaEAClyBAA+sgQABDJEABQyRAAWMkQAKbJEACoyRAAVswQALTJEAD8yRAABMoQAHRgEwAJyhAAUsoQAFXKEACoyhAAssoQAP7KEAAAyxAAVMsQAGXLEACqyxAAu8sQAADMEAAIzBAAymATAF3MEACszBAAs8wQAALNEAAKzRAAIGETAFrNEACuzRAAtM0QAATOEAARzhAAWs4QAGLOEACwzhAAss4QAAbPEAANzxAAXM8QAGPPEACyzxAAus8QAHZhEwAV0BAAXtAQAF/QEAC00BAAytAQAArREAAS0RAAYNEQAGLREAAQ1BAAbtEQALbREAC+0RAAzGETAMPREAAM0hAAD9IQAGLSEABs0hAAuNIQALrSEAAO0xAAH9MQAGTTEAB10xAAutMQAMLTEAAiYhMAF9QQAGbUEABt1BAAvNQQAMTUEAB4YhMAHNUQAGjVEABq1RAAvtUQAM/VEAAU1hAAJdYQAGrWEABy1hAAzmITAMXWEAB63hAAzNYQABbXEAAs1xAAbNcQAHTXEADC1xAA0NcQABjYEAAl2BAAbtgQAHHYEADE2BAAztgQABrZEAAc2RAAcNkQAIHZEADG2RAA19kQABzaEAAk2hAAJGMTAHvaEADI2hAA1doQAB7bEAAl2xAAdNsQAIXbEADK2xAA1tsQACDcEAAo3BAAemMTAIPcEADM3BAAz9wQACLdEAAs3RAAeN0QAHrdEADO3RAA390QACTeEAA13hAA0GMTAILeEADQ3hAA594QACbfEAAy3xAAfN8QAIbfEADS3xAA2t8QACZkEwAp4BAAfuAQAJTgEADU4BAA3OAQACrhEAA44RAAgOEQAIjhEAB8ZBMAjeEQANbhEADZ4RAALOIQADbiEACC4hAAhOIQANjiEADp4hAALuMQAD/jEACE4xAAjOMQANJkEwDg4xAAMOQQADXkEACG5BAAoeQQANzkEADq5BAAMuUQADnlEACI5RAAlOUQAN7lEADk5RAANOYQADfmEACK5hAAlOYQAODmEADm5hAANucQADjnEACM5xAAlucQAOLnEADu5xAAOOgQAE/oEACO6BAAougQAOToEAAA6RAAOukQAELpEAAoZRMAkukQAObpEAD06RAAPOoQAE3qEAB+ZRMAmeoQANRlEwD26hAAPusQAEjrEACU6xAAn+sQAOrrEADy6xAAQOwQAEzsEACW7BAAqewQAOzsEAD77BAAQu0QAE7tEACY7RAAme0QAO7tEAD47RAARO4QAFLuEACa7hAAn+4QAPDuEAD97hAAgGYTAE7vEACc7xAApu8QAPLvEAD37xAASPAQAFDwEACe8BAApPAQAPTwEAAA8RAASvEQAFDxEACg8RAAqfEQAPbxEAAD8hAATPIQAFTyEACi8hAAo/IQAPjyEAD68hAATvMQAFHzEACk8xAAp/MQACxnEwAQ9BAAUPQQAFj0EACm9BAAsvQQAPz0EAAC9RAAUvUQAFj1EACo9RAArfUQAFT2EADW9RAA/vUQAAb2EADYZxMAWvYQAC5oEwDA9hAAAPcQAAL3EABW9xAAY/cQAKz3EACz9xAAAvgQAAr4EABY+BAAaPgQAK74EACw+BAABPkQABL5EABa+RAAa/kQANpoEwC3+RAAMGkTABT6EABc+hAAZvoQALL6EAC9+hAACPsQABD7EABe+xAAavsQALT7EADH+xAACvwQABj8EABg/BAAavwQALb8EAC+/BAADP0QABv9EABi/RAAZ/0QALj9EAC//RAADv4QABr+EADcaRMAo/4QALr+EAD5/hAAEP8QABj/EAAyahMAkP8QALz/EADI/xAAEgARABgAEQBoABEAbgARAL4AEQDDABEAFAERABoBEQCIahMAawERAMABEQDGAREAFgIRABsCEQBsAhEAewIRAMICEQDOAhEAGAMRABsDEQBuAxEAcQMRAMQDEQDMAxEAGgQRACkEEQBwBBEAdQQRAMYEEQDcBBEAHAURAB0FEQByBREAgwURAMgFEQDUBREAHgYRACgGEQB0BhEAgAYRAMoGEQDRBhEA3moTADAHEQB2BxEAggcRAMwHEQDbBxEAIggRADYIEQB4CBEAhwgRAM4IEQDfCBEAJAkRADAJEQA0axMAfAkRANAJEQDeCREAJgoRADcKEQCKaxMAggoRANIKEQDeChEA4GsTAC4LEQB+CxEAhAsRANQLEQDZCxEAKgwRADAMEQDibBMAhQwRANYMEQDYDBEALA0RAD0NEQA6bhMAjg0RANgNEQDeDREALg4RADoOEQCEDhEAjA4RAJBuEwDgDhEAMA8RADwPEQCGDxEAjg8RAOZuEwDoDxEAMhARADUQEQCIEBEAkhARADxvEwDgEBEANBERAEIREQCKEREAmxERAOhvEwDmEREANhIRAEISEQA+cBMAlBIRAOISEQDlEhEAOBMRAEQTEQCOExEAmhMRAOQTEQDsExEA6nATAEUUEQCQFBEAnBQRAOYUEQDuFBEAQHETAEUVEQCSFREAoxURAOgVEQD5FREAPhYRAEYWEQCUFhEAlxYRAOoWEQD0FhEAQBcRAEIXEQCWFxEApRcRAOwXEQAMGBEAQhgRAEoYEQCYGBEAohgRAO4YEQD0GBEARBkRAEYZEQCaGREAqRkRAPAZEQD8GREAlnETAFIaEQCcGhEAuhoRAPIaEQD4GhEASBsRAFEbEQCeGxEAqxsRAPQbEQD8GxEAShwRAGAcEQCgHBEAohwRAPYcEQARHREATB0RAFgdEQCiHREArx0RAOxxEwD+HREATh4RAFYeEQCkHhEAuh4RAPoeEQD/HhEAUB8RAFYfEQCmHxEAsh8RAPwfEQAEIBEAQnITAF8gEQCoIBEAuCARAP4gEQADIREAVCERAFohEQCqIREAwCERAAAiEQACIhEAViIRAGAiEQCsIhEAuiIRAAIjEQAHIxEAWCMRAGUjEQCYchMAvSMRAAQkEQANJBEAWiQRAGQkEQCwJBEAviQRAAYlEQALJREAXCURAGklEQCyJREAuiURAAgmEQAYJhEAXiYRAGAmEQC0JhEAwiYRAAonEQAbJxEA7nITAGcnEQBEcxMAuycRAAwoEQASKBEAYigRAGooEQC4KBEAwigRAA4pEQAQKREAZCkRAGcpEQC6KREA2ikRAPBzEwAcKhEAZioRAGwqEQC8KhEAyCoRABIrEQAaKxEARnQTAHQrEQC+KxEAxCsRABQsEQAgLBEAaiwRAHIsEQCcdBMAwiwRABYtEQAkLREAbC0RAH0tEQDydBMAzy0RABguEQAvLhEASHUTAHguEQDELhEA0C4RABovEQAdLxEAcC8RAHovEQCedRMA1y8RABwwEQAjMBEAcjARAHowEQDIMBEA1TARAB4xEQAjMREAdDERAH4xEQDKMREA0jERACAyEQAvMhEAdjIRAHsyEQDMMhEA4jIRACIzEQAjMxEAeDMRAIYzEQDOMxEA3zMRACQ0EQAwNBEAejQRAII0EQBKdhMA1DQRAFgBAADYNBEAfuQSANw0EQCSkg8AMjURABIJAACENREAgjgRADc3EQBWKwAAhDcRAFotAACSOBEAeDwAADE5EQB+PwAAhzkRAORHAAAyOhEA+p0QADM6EQCUSgAANzoRADqkAwA6OhEALNAHAIo6EQAOXQAANjsRAHBjAACMOxEA3m8AADc8EQCWdgAAmTwRAKh/AADkPBEABIMAADg9EQAMhwAA6j0RAHSQAACtPhEA5D4RAEZBEQCg0QAAREIRALjdAACaQhEAIOcAAEZDEQDo9QAA+kMRAFD/AABoRBEApv8AAJxEEQD8/wAA/EQRAAgGAQCmRREAtgcBAPtFEQDADAEAvUYRANIVAQAARxEA3hsBAGlHEQCgRxEAEkgRAExIEQBUSBEAokgRAK5IEQBCIwEAAEkRAPIlAQDASREA+kkRAAJKEQBQShEAUkoRAFYtAQCyShEAYjMBAFpLEQDKPAEAtkwRAFJWAQBeTREABFoBAHJNEQCanBIAek0RAJaaEgDRTREAWloBAAhOEQCyWwEAak4RAAxeAQCzThEAEmEBAAhPEQAWYwEAElARAOZ1AQB2UBEAslARALpQEQA8dgEAF1ERAJZ4AQDAUREAVoMBAC1SEQCsgwEAbFIRAFqFAQC+UhEADFMRABZTEQCwhQEAbFMRALqKAQByVREAmKQBAMRVEQASVhEAIlYRAO6kAQDKVhEA9qgBABxXEQBqVxEAelcRAEypAQAiWBEACLIBAHZaEQAONgIAeloRALw3AgB+WhEANMgBAIpaEQAuRgIAJFsRANTkEgAlWxEAjl8MAChbEQA6ywEAOFsRAE7ADAB6WxEAZKoRAI5bEQCQywEAoFsRAK4nEwDPWxEA5ssBANJbEQBiSw0AgFwRAPDQAQDWXBEARtEBAIRdEQCo1wEAK14RALTdAQDXXhEAvOEBACdfEQB6XxEAhl8RAGjiAQCEYBEA0mARANVgEQCQZA4A3mARACDpAQA9YREA0OsBAJ9hEQDUYREALmIRADS1DQA6YhEAQvoBAFdiEQDW7gEAjGIRADj1AQA4YxEA7PkBAORjEQBE+wEASmQRAJr7AQDmZBEAup4LAOpkEQBG/AEAOWURAEj9AQBAZhEAsgcCAOdmEQA03gwA6mYRALwMAgDsZhEA9OwOADxnEQCG6BIATmcRAIpnEQDoZxEANmgRAPxnEQAmFwIAOWgRAAh0DQBAaBEAHn8NAENoEQAyXg0ARmgRAIg1DgBHaBEA5jkOAFFoEQDADgIAV2gRAMZ9DQDkaBEAHhMCAAxpEQCYkw4ARmkRAMwUAgCaaREAzhUCAANtEQCeKAIAxnoRAGikDQBuexEAsnsRABp8EQBefBEAxHwRAKZrDADKfBEAst4CAA9+EQA4lhIAFH4RALh+EQAofhEAvoERADB+EQBAmhIANn4RANLuAgC6fhEAtvQMALx+EQAMdg0Av34RAEw4CQDCfhEAKO8CAMd+EQB+7wIAyX4RABrBBADvfhEAsg0FAB6BEQDy/gIAxoERABSCEQAVghEACh8NAB6CEQA45g8AI4IRANoIDgAzghEANkETAHSCEQD8AwMAb4MRAE4tAwBygxEAEPMKAHODEQDUGgMAdYMRAGALAwB2gxEAFhEDAHiDEQCqMgQAeYMRAHATAwB6gxEAjCEDAHuDEQAQDgMAfIMRAEwuBACCgxEAdhYDAKuDEQBk/hAAyoYRAABcAwDOhhEAWDIDANKGEQCsRQ0AKocRALI0AwB8iREA6lADAOmKEQAWZwMAlYsRACpxAwBHjBEAMnUDAIeMEQCSegMAgo0RAAqMAwDejREALI4RADqOEQBkjgMAMo8RAPiaDwA8jxEAIJcDADOQEQDqpgMAj5ERABq/AwA1khEAgMcDAPKSEQA2kxEAl5MRAPzaAwD0kxEAOJQRAEmUEQAC3gMAkpURAHBCBQCTlREAjvkDAJqVEQD6DgkAP5YRAJb9AwBDlhEAGB4JAEGXEQDCEwQAS5gRAC4fBAD7mBEAiiIEALSZEQDumREA9pkRAESaEQBTmhEARCoEAKSaEQCgLQQAT5sRAIjdDABSmxEATi8EAKSbEQDymxEAuJsRAOCUEgD8mxEApC8EAKacEQBaNQQAA50RAF43BACmnREAaj0EAP6dEQA+3QkAT54RACJEBABanxEA8lYEAKyfEQAOKxIAFqARAFCgEQBYoBEApqARALOgEQAYagQAtaARAA6QBAC3oBEATloEAGWiEQDcdgQAYqMRAAKKBAC0oxEAAqQRABOkEQBaiwQAE6URAIKfBABkpREA3qIEAAimEQCYqgQAbaYRAFCxBAB4phEAaL0EAIWmEQBctwQAh6cRAL69BAApqBEAzMQEAGaoEQAuywQAE6kRAKLaBAAYqREASLcJABmpEQD6ugkAG6kRAOixCQB+qREAuKkRAMCpEQAOqhEAZqoRAOy7DQBsqhEANpUSAG6qEQCo3QQAcKoRAOi9DwCHqhEAikATAKqqEQDi5Q8AwqoRAK7gBAA9qxEAZqsRAHGrEQCw4QQAHKwRAGbnBADNrBEAIO8EAG2tEQAy+AQAcK0RAFgNBgDcrREA4PkEACOuEQBGAgUAJa4RADb6BAByrhEAkv0EAHauEQCW/wQAeK8RAPYEBQB/sBEADBAFAMmwEQAWFQUAkrMRAMyzEQDUsxEAIrQRADG0EQAKOgUAgbQRAMRBBQB8tREAKkoFAIe1EQB09ggA07URAIZNBQDXthEABGIFAOG2EQD0WQUALrcRAFBdBQAytxEAVF8FAJy4EQDWuBEA3rgRACy5EQAxuREALHYFADu5EQAcbgUAiLkRAHhxBQCMuREAfHMFAJC7EQCujAUAOLwRAMCVBQDkvBEAkqkFAK+9EQBcuQUABr4RALy+BQBFvhEAwMAFAJy+EQAixwUA7r4RACTIBQBAvxEAjr8RAJi/EQB6yAUA578RAIDLBQDvwBEAlNUFAK7BEQDowREA8MERAD7CEQBEwhEAVuEFAKrCEQAI5QUAVsMRAHbxBQCawxEAivsFAFHEEQCS/wUA/cQRAKIHBgAMxhEARsYRAE7GEQCcxhEArMYRAGwXBgDIxhEAyhsGAP7GEQBuGAYAUMcRAJ7HEQCoxxEAxBgGALzIEQD2yBEA/sgRAEzJEQBVyREAkCkGAKzJEQCUKwYAasoRAKTKEQCsyhEA+soRAPvKEQCqNgYA/8oRAI5+BgAHyxEAZD4GAAnLEQBKMQYAVssRAKY0BgBayxEA3nsGAFzMEQAUQQYACM0RACRJBgBezREAgk0GALDNEQCETgYAZM4RAOpWBgAezxEAWM8RAGDPEQCuzxEAuM8RAPpeBgAH0BEACGYGAMzQEQAG0READtERAFzREQBp0REAZmoGAGvREQB6dAYAt9ERAG5uBgBk0hEA1ncGALzSEQDaeQYAKNQRAGLUEQBq1BEAuNQRAMfUEQDyhQYAGNURAE6JBgAe1xEAeJ4GAITXEQC+1xEA2tcRABTYEQAh2BEA0J8GADLZEQBs2REAdNkRAMLZEQDF2REAnrEGAKXaEQC4vgYAHdsRAMLDBgAh2xEAZksMANPbEQB6ygYAH9wRAILOBgB+3REApN8GANbdEQAE5QYA1N4RAH6nCQDo3hEAKKcJAD7fEQB43xEAgN8RAM7fEQDR3xEAFO0GAEDgEQB64BEAguARANDgEQDf4BEAxvAGADHhEQB+9wYAgOIRAPQHBwAx4xEA5OINADbjEQB2rw8AOeMRAKQKBwA64xEAyK0PAIzjEQCsDgcAnuQRANjkEQDg5BEALuURADflEQBqGAcAjuURAG4aBwA/5hEAfCEHAJ/mEQDmKwcANecRAKI0BwDh5xEAYj8HAI3oEQDQSwcAlukRAJRYBwDs6REA8FsHAETqEQBMXwcAquoRAOTqEQDs6hEAOusRAEnrEQBiagcASusRAKRgBwCc6xEApmEHAO7rEQA87BEARuwRAPxhBwDu7BEAvm0HAJftEQB4dQcASO4RACp5BwAI7xEAQu8RAErvEQCY7xEAp+8RAJKCBwD67xEA7oUHAEzwEQCa8BEAqfARAEaHBwBV8REAUo0HAKbxEQCukAcA//ERAMacBwAB8hEAupYHABDzEQBK8xEAUvMRAKDzEQAS9BEATPQRAFT0EQCi9BEAr/QRAJavBwAF9REARrIHAFz1EQD4tQcA/PURAFq8BwCy9hEAaMMHAF33EQA82AcAtvgRALrsBwAI+REAVvkRAGX5EQAS7gcA0vkRAGrvBwAO+xEAzPUHAGb7EQAq+gcAuPsRAAb8EQAV/BEAgvsHAIL8EQDa/AcAt/0RAI4BCAAP/hEAnAgIALv+EQAMFggAZ/8RANAiCAAeABIAhigIAHEAEgDeKQgAFgESAJIuCADYARIAEgISABoCEgBoAhIAwQISAPo3CAB5AxIAqjoIADIEEgBsBBIAdAQSAMIEEgDMBBIAvEMIACYFEgBqRQgAfQUSAHRKCADOBRIA0k4IAHkGEgAwUwgAfgcSADxZCADQBxIAHggSACAIEgCSWQgA5ggSACAJEgAoCRIAdgkSAJQKEgDOChIA1goSACQLEgBCDBIAfAwSAIQMEgDSDBIA3AwSAECGCACaDRIA1A0SANwNEgAqDhIANA4SAIKnCABADhIAYpcIAIUOEgBmmQgA4A4SACKiCAA3EBIABL4IADsQEgDytAgAkhASAP66CADbEBIAAr0IAJAREgAIwAgA3xESAA7DCACSEhIAbsgIAOoSEgDQzggAlhMSANbRCADsExIALNIIAFIUEgCMFBIAlBQSAOIUEgDxFBIA3NQIAJsVEgCe4AgA9BUSAFbnCAACFxIAPBcSAEQXEgCSFxIAoRcSAL7wCACXGBIA6hgSAAQZEgAyAAkAXBkSAJYZEgCeGRIA7BkSAPsZEgA6BAkAeBoSAOgFCQAKGxIARBsSAEwbEgCaGxIA/xsSAJoJCQBMHBIA9gwJAP4cEgD8DwkAWh0SAFoUCQD7HRIAvpwJAP4dEgAOGQkAUR4SABAaCQBWHxIAiiwJAKwfEgBCMwkA/x8SAEQ0CQAWIRIAUCESAFghEgCmIRIAsiESALRBCQAEIhIAUiISAFYiEgAMQwkAuCISALpECQBwIxIAqiMSALIjEgAAJBIAKiQSACxTCQBbJBIAkFoJAMgkEgAifQsACiUSAFglEgCQJRIA8F8JACcmEgBaJhIAXycSAIR/CQBlKBIAUJAJAL4pEgAMKhIAMSsSAGQrEgCDKxIAuisSACAsEgDcqwkAxCwSADyxCQBuLRIARLUJAM0uEgCeYwoAzy4SAFzBCQAcLxIAuMQJACQxEgAizwkAczESAIbWCQB6MRIAgNMJAHwzEgDKMxIAeTQSALLsCQCENRIAyPcJANg2EgAmNxIATzcSAPALCgDuNxIAKDgSADA4EgB+OBIAjTgSAAAUCgDaOBIAXBcKAN44EgDuYAoAhTkSAGAZCgDeORIALDoSAFU6EgC6GwoA4DoSAGwfCgBXOxIAwh8KAOI8EgA+MwoA6j0SAEw6CgDsPhIAskIKAFI/EgAIQwoAmz8SAF5DCgDoPxIAukYKAJpAEgDASQoAAEESABZKCgBJQRIAbEoKAJZBEgDITQoAEkMSAD5DEgCwQxIA6kMSAPJDEgBARBIA8UQSAKZnCgDyRRIAvnMKAK9GEgCGggoAYkcSAJxHEgCkRxIA8kcSAPxHEgBEjAoAzEkSAAaYCgD6ShIAkLIKAFdLEgBGuAoA/EsSAALBCgBgTBIAXsQKAAZNEgDM0AoACU8SAGDwCgDFUBIAgAALAF9REgCKBQsAvVESAOYICwB4UhIAslISALpSEgAIUxIAYFMSAKIRCwB8VBIAtlQSAL5UEgAMVRIANlUSALweCwDBVRIAHiULABZWEgBkVhIAclYSAMolCwDAVhIAJCgLAHNXEgAuLQsAvVcSADYxCwDHWBIASjsLAMpYEgD2OwsAI1oSABBJCwBxWhIAaEoLAM9aEgDETQsAIFsSAHRQCwBxWxIAylALAOhbEgAaXBIA4lwSAI5dCwBGXRIA5F0LAHxeEgDKXhIA814SAJxkCwD+XhIASGULANpgEgBQaQsANGESAKxsCwCHYRIABG4LAIliEgBmdAsA12ISAG54CwCdYxIA1GMSAIJkEgDihwsA3WQSAJ6QCwCEZRIA9pELAApmEgD+lQsARGYSAAaaCwCJZhIAYJwLADZnEgAgpwsARmcSAKzCCwCeaBIAPLULAONoEgCWtwsASmkSAPC5CwBUaxIAjmsSAJZrEgDkaxIA8WsSAHjTCwBHbBIAftYLAPNsEgAw2gsAsW0SAOhtEgBQbhIAZIESAF1uEgCUbhIATG8SAKDnCwBObxIARuULAP5vEgBCcBIApnASAAjxCwBUcRIAyvwLALJyEgDwDwwAU3MSAPgTDACscxIABBoMAAJ0EgBqIgwAV3QSAGwjDAD8dBIAIikMAL51EgD4dRIAAHYSAE52EgDCdhIAkjYMAKl3EgD0PAwAv3gSAAhHDABkeRIAbk8MABx6EgBWehIAXnoSAKx6EgAeexIAWHsSAGB7EgCuexIAXXwSAIyVEgBifBIAsHwSAGR8EgDU3g8AdnwSABbbEgC6fBIAOmAMAGJ9EgDwZQwAcH8SAMh8DAB/fxIAtn8SABSAEgDAeAwAcYASABZ5DAC7gRIAiogMAB6DEgBMlAwANoMSAHatDgBwgxIAvoMSANyDEgCilAwAhoQSAMCEEgDIhBIAFoUSAHqFEgColwwANIYSAK6aDADghhIACp4MAOKHEgAciBIAJIgSAHKIEgDkiBIAHokSACaJEgB0iRIA2IkSACKqDACSihIAzIoSANSKEgAiixIAhosSANivDACWjBIA0IwSANiMEgAmjRIAio0SADy3DABEjhIAQroMAPCOEgCevQwAipASAIaMDwDgkBIA3IwPAEqREgCEkRIAjJESANqREgBQkhIADssMAOSSEgCOCw0AkpQSAKL2EgCUlRIAfjIPAKiVEgCqJRMAupUSAOKVEgDqlRIAiGQQABCWEgDWXg8AZpYSAI6WEgDnlhIA5hgTAFaXEgCQlxIAmJcSAOaXEgBImBIA6uMMAK6YEgDomBIA8JgSAD6ZEgCgmRIAnJUOAACaEgCeEw0ASJsSAE6ZDgBOmxIA/u0MALKbEgCu8AwAopwSAPCcEgD/nBIAegMOAE6dEgBkWBMArZ4SABb6DAC3nhIAvvgMAKyfEgDI/QwAaKASAKKgEgCqoBIA+KASAFeiEgDaBg0AaqQSAKYXDQAIpRIAaiQNAGSmEgA0NA0AZKcSADo3DQC1qBIAIIIOALioEgBYSA4AvKgSAKRBDQDCqBIAlJEOAGapEgC0qRIAvqkSAK5GDQDSqhIADKsSABSrEgBiqxIAEKwSAMhTDQBprBIAelcNAHCuEgDmYg0Axq4SABSvEgAgrxIAQmYNAMyvEgCeaQ0AdLASAMKwEgDZsBIA/m4NAM61EgA0ig0AfbYSAOiODQDbuBIAdKoNAJC5EgDUuRIAjboSAEC7DQCQuhIA6LkNAJC7EgCavQ0AOrwSAJy+DQCSvBIAosENAFO9EgCGvRIApL0SAP7EDQAAvhIAYMsNAJa+EgC2yw0A6sASADjBEgA6wRIAJNgNAJPBEgDQ2A0AmsESACrbDQAExBIAPsQSAEbEEgCUxBIAnsQSAATzDQBcxRIAlsUSAJ7FEgDsxRIA+8USABr+DQBIxhIAdgEOAPTGEgDWBg4AoMcSADYMDgCfyBIA+BcOAEvJEgBOGA4AVMkSAIRgDwD8yRIArBwOAFLKEgCgyhIABMsSAFwfDgBayxIAFicOAKzMEgD6zBIA/cwSAHIqDgCyzRIAzCwOAATOEgBSzhIAVc4SANAuDgAKzxIAgDEOAFzPEgCqzxIArc8SAIQzDgBi0BIAijYOALTQEgAC0RIADNESAOA2DgBg0RIArtESALHREgDiNw4AYtISAOg6DgC40hIABtMSAAnTEgBAPA4AutMSAAjUEgAL1BIASEAOALzUEgAK1RIADdUSAFBEDgDC1RIAAkgOAMDWEgBiTQ4A4NYSAMo1EwAq1xIAuk4OAL3XEgAQ2BIAv9gSABRRDgDG2BIAblMOAHbaEgB6WQ4AeNoSAKDtDgAe2xIAbNsSAMfcEgC6UA8AzNwSAHLeEgAm3RIAlGYOAILeEgDsZw4A2N4SAEZqDgAq3xIASGsOAJDfEgDK3xIAJ+ASABR8DgAq4BIAeoQOAC/gEgD0aw4AO+ASAF52DgDe4hIAEnsOAIrjEgAegQ4A4OQSAL4nDwD+5BIAUiQTABjlEgCwzA8AMuUSAIDlEgCD5RIAfIUOAOblEgAqhw4AOOYSACyIDgCK5hIA2OYSAOLmEgCCiA4AiegSADiODgCQ6BIAPJAOADXpEgA+kQ4AteoSAPCUDgA+6xIATJgOANfsEgC8LhMAT+0SAJLoDwCR7RIAHqwOAPTuEgB+sQ4ARu8SAJTvEgCt7xIA1rIOAO3vEgBA8BIAuvASAIq3DgBm8RIAjLgOABLyEgDkuQ4AovISAPDyEgD68hIAlr0OAJ3zEgA+kw8ArfQSAFLGDgCn9hIAZM8OAJf3EgCk9xIA7fcSAPr3EgBW+hIAhN8OAGD6EgDo5g4AFP0SAFDwDgBo/RIAUvEOALj9EgD+8Q4ACf4SAFbzDgAL/xIAsPUOABIAEwBgABMAvgATAAwBEwC5ARMAwP0OABYCEwBkAhMAwgITABADEwC/AxMAzAMPAHAEEwC+BBMAHAUTAGoFEwB0BhMALAkPAM4GEwCECg8AdgcTAMQHEwDUBxMA3AsPAJMIEwDGCBMAewkTAJAQDwDUCRMAQBMPAEIKEwB0ChMAlg0TABgqDwBEDxMAeC8PAPAPEwDQMA8AnBATACgyDwAxExMAqkgPAOoUEwBkUA8A4RUTAMBTDwCaFxMAelsPAEMYEwAqXg8AvxoTAOJkDwDtGhMAkGYPAEgbEwCWRhMAnxsTAEBpDwCiGxMARGsPAO8bEwBCHBMAXhwTAJgcEwDxHBMARB0TAGAdEwCaHRMA+B0TAEYeEwBQHhMAmmsPAKQeEwDkbRMA+B4TAKRwDwACIBMAAnUPAE0gEwCydw8AqCATAOxGEwC3IRMA6OgPAFoiEwDKgw8AECYTADBjEABiJxMA/JwPAF0oEwCalg8AEikTAJyXDwASKxMAYCsTAGorEwBYoA8AGiwTAAijDwAFLxMAEi8TAFsvEwBoLxMAsS8TAL4vEwAHMBMAFDATAF0wEwBqMBMAszATAMAwEwB4MRMAGKsPAN4xEwBuqw8AbzITAMasDwDgMhMAcq0PAHkzEwDKrg8A4jMTABw0EwCONBMAyDQTACw1EwAmsg8A8jUTACA2EwBINhMAdjYTAJ42EwDMNhMA9DYTACI3EwApNxMA+sYPAIA3EwDONxMA0zcTANi1DwApORMA7L8PAIo6EwBKxA8ALTsTAIA7EwD+OxMALDwTAFQ8EwCCPBMAqjwTANg8EwAAPRMALj0TAFY9EwCEPRMAWD4TAIY+EwCuPhMA3D4TAAQ/EwAyPxMAWj8TAIg/EwCwPxMA3j8TAJZAEwAoCxEAmkATAHoJEQCTQRMAXs4PAPBBEwBs1Q8ArUITAORCEwBZQxMA2OAPAJlDEwA25Q8ABUQTADxEEwDwRBMAPkUTAE5FEwA65w8AoEUTADzoDwD/RRMARu8QAFFKEwC0JBAAqkoTAGAlEACoSxMALjcQAFRMEwDmPRAAAE0TAPREEACsTRMAqkoQAFhOEwAOUhAABE8TAMJWEACwTxMAdlsQAFxQEwAuYhAADFETADJkEABwURMArFETALRREwACUhMAvFUTAApWEwAoVhMAVHUQAG5ZEwDmkxAA2lkTAO6XEACGWhMATp0QACBbEwConxAAclsTAFiiEADHWxMACKUQABtcEwAQqRAAfFwTABSrEADeXBMAGF0TAHBdEwAuuBAA0F0TANy5EAAvXhMAjLwQAHheEwCYwhAAOF8TAPbGEACIYxMAdtwQADhlEwCQ6RAAimUTAJLqEADcZRMAKmYTAC5mEwDo6hAAiGYTANZmEwA0ZxMAgmcTADZoEwCEaBMA5mgTALD5EAA4aRMAhmkTAIppEwAG+hAAs2oTAGoBEQCTaxMAfAoRAONrEwA2bBMAXmwTAIxsEwDlbBMAOG0TAGBtEwCObRMA+20TAIAMEQCSbhMA2g4RAPBuEwDcDxEARG8TAJJvEwCibxMA3hARAPFvEwDgEREAQXATAJRwEwD0cBMAOhQRAFBxEwA8FREAUHITAFIgEQD6chMAYCcRAExzEwCacxMAqnMTALYnEQBKdBMAaCsRAKx0EwDALBEAAHUTAMItEQBQdRMAbi4RAKF1EwD0dRMA","fail":"AAAAAAAAAABmiQAA3MYBAFrZAADCRAcA0kICAI4sCABkCwIA2AUNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAZPYMANzeDQAy3w0AiN8NAN7fDQA04A0AiuANAODgDQA24Q0AjOENAOLhDQA44g0AjuINAAAAAADCRAcA0kICANJCAgBaiQMAqC0CAP4tAgCOYw4AyqwOALbgAgAM4QIANBwBAJzZBQDUsw8AWokDAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCANgFDQBC5w0AmOcNAO7nDQBE6A0AmugNAAAAAADCRAcAZAsCAJYNDADeIQQAVi8CAO7fCQA6IQIAZokAAGo5AgDoPhAAPj8QALy4AgBOJwAAZAsCALRwCwAKcQsAkkkAAPSEBQAqlgAAgJYAACTCAgB2JAoAzCQKAGQLAgBk9gwA3N4NADLfDQCI3w0A3t8NADTgDQCK4A0A4OANADbhDQDE8QcAijQNAFYAAABWAAAAXG0KANJCAgCSSQAAZAsCAMTxBwAqwwEAAAAAACqWAAD4lAwAYJ4MAOgeAACGGAAAjiwIAOQsCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwDy4woAiBkAAOwNDAAkWQ4AWAEAAK4BAAAEAgAAWgIAALACAADE8QcAijQNAFYAAABWAAAAkqEBAKhcBAAqlgAAZLMAANJCAgAoQwIAhtAGAGQLAgDYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAC8xgkAEscJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAqFwEAP5cBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAJY4DACwcAwABnEMAPZoDABMaQwAomkMAPhpDADqIwIACnELAEJQAgAgzgkAds4JAMzOCQCOLAgAZAsCAIi4DwA02AkAZAsCAI5jDgA0ZRAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAO7fCQAUzgwAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAALzGCQASxwkAAAAAAMqQAAAqlgAAcg4AABSPAgAWIQsAjiwIAGQLAgDE8QcAYjEAALgxAAAOMgAAZDIAAB4tDwA6IQIAZokAANzGAQDoHgAAjiwIAGQLAgDYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DAPZoDABMaQwAMhkAAIgZAADsDQwAJFkOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgDQWw8AJlwPAJYNDACQSgEA5koBACTCAgDMkwEAjiwIAGSmDwCWDQwA7A0MACRZDgBYAQAArgEAAAQCAABaAgAAHi0PADohAgBmiQAA3MYBAOgeAACOLAgAZAsCANgFDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMA9mgMAExpDAAyGQAAiBkAAOwNDAAkWQ4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCANBbDwAmXA8Alg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAZKYPAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAAB4tDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAAeLQ8ATicAACJOCQDSQgIA8pEMABSPAgAeLQ8ANBwBAEIxCAByDgAAKsMBAD51AAA6Dg4AitoKACDWDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAlg0MAOwNDAAkWQ4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgA+6Q8A2AUNADClBgDE8QcAYHkPAPSEBQBKhQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgBk9gwAZKYPAIYYAADyVAMAKpYAAI4sCABkCwIAugsCACYCDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgB0zwoA3BgAAFrZAACGGAAAZAsCAGT2DADkLAgAUh4QAKgeEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAI4sCABkpg8AhhgAAPJUAwAqlgAAjiwIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAAA0/wcAVi8CAI4sCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQCoXAQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAvMYJABLHCQCSSQAA9IQFAEqFBQAqlgAAJMICAHrCAgDQwgIAZAsCAJY4DACwcAwABnEMAPZoDABMaQwAomkMAPhpDABK6w0AQucNAGjFCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AANgwDQBWAAAAVgAAAFxtCgDSQgIAkkkAABYhCwCOLAgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQAYzgsAAAAAAJKhAQCoXAQAKpYAAIYYAACSSQAAZAsCAGT2DADc3g0AMt8NAIjfDQDe3w0ANOANAIrgDQDg4A0ANuENAMTxBwCKNA0AVgAAAFYAAABcbQoA0kICAJJJAABkCwIA2AUNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgAKvwcAZosBAMpWDgBkCwIAvMYJABLHCQAAAAAAypAAACqWAAByDgAAFI8CABYhCwCOLAgAZAsCADohAgBaiQMAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAnlsGAGSzAACExwIAnFICAJ5bBgDCRAcANNgJAGQLAgCWDQwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAANgFDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AALzGCQASxwkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAASVCQA02AkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEANtEFAITHAgDaxwIAMMgCAMKmDQAYpw0AbqcNAFrZAADMkwEAGEMGAOhJAAA4Ng0AuO8JAJJJAABkCwIA2AUNANSzDwBaiQMAZAsCAJYNDADsDQwAJFkOAFgBAACuAQAABAIAAFoCAACwAgAANtEFAIzRBQDi0QUATicAACJOCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AABotQAAxPEHAOgeAACGGAAAkkkAAGQLAgDYBQ0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMA9mgMAExpDAAyGQAAiBkAAOwNDAAkWQ4AWAEAAK4BAAAEAgAAWgIAALACAACWOAwAsHAMAAZxDADE8QcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQD22QQA2AUNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgAgzgkAds4JAMzOCQAizwkAeM8JAM7PCQDYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABYhCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAQjEIAFrlBgAsfAgAZokAANSzDwDyVAMA6PsDADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAMJEBwA02AkAfBcCANIXAgByDgAA6B4AAFrlBgBYuQYArrkGAGKlDwAYQwYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqjIEAAAzBABWMwQArDMEAAI0BABYNAQArjQEAAQ1BABaNQQACvQMAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIA2AUNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgAOfRAAcg4AAOgeAACOLAgAZAsCAB4tDwCQaBAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgDQWw8AJlwPALzGCQASxwkAaMcJAL7HCQAUyAkAasgJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAQjEIAFrlBgAsfAgAZokAANSzDwDyVAMA6PsDAJJJAABWLwIAZokAABLFCABoxQgA6KEBAFrZAAAqlgAAjiwIAGQLAgAeLQ8A0kICAASVCQA6IQIAZokAADohAgCSoQEA1DAOACoxDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQBkpg8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAACeWwYAwkQHAGQLAgAAAAAAAAAAAAAAAAD22QQAvMYJABLHCQBw7gUA3MYBAMgOAAA02AkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAIoFCwDgBQsANgYLAJYNDADsDQwAJFkOAFgBAACuAQAABAIAAFoCAACwAgAA9mgMAExpDACiaQwA+GkMAErrDQBC5w0AaMUIAOihAQBa2QAAKpYAAI4sCACGGAAA3BgAADIZAADYBQ0AqscOABKKAABoigAAvooAABSLAABqiwAAjmMOAMqsDgDUWQ0AjmMOADRlEADMkwEA6PsDAD78AwAkwgIA7t8JADg2DQByDgAAFI8CAFrZAADMkwEAGEMGAOhJAABkCwIAvMYJAChDAgA6IQIAOiECAMyTAQAYQwYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgCWDQwAkqEBANQwDgAqMQ4A3MYBAOgeAAA20QUALHwIAIJ8CADYfAgALn0IAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMA0nkIAOgeAAAoWw4AkkkAAJ5bBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQCo3QQA/t0EAFTeBADYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABYhCwCOYw4AyqwOAMJEBwCOLAgAZKYPALZMDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAADT/BwBkCwIANtEFANJCAgA6TAIAOv4FAGSmDwCGGAAAkkkAAJ5bBgBmiQAAEsUIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAKhcBACOLAgA5CwIALyJAAASigAAaIoAAL6KAAAUiwAAoMIOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgCc3wgAypAAANJCAgA6TAIAOv4FAFY9CQAqlgAAcg4AAKLDDgDcGAAA3kYBADQcAQCc2QUAnFICAGSzAACOLAgAZKYPAIYYAADyVAMAKpYAAAAAAADCRAcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAJgINANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCACYCDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgDYBQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAdiQKAMwkCgDykQwAgpkBAMJEBwA02AkAzJMBACKUAQDyVAMASFcEAGDeAQA0HAEAZAsCAMTxBwCKNA0AVgAAAFYAAABcbQoA0kICAJJJAAAWIQsAjiwIAGQLAgDYBQ0AXPgPAMyTAQBkCwIAJMICAHYkCgDMJAoA8pEMAIKZAQDCRAcANNgJAGQLAgCWOAwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgC8xgkABJUJALjvCQCSSQAAnlsGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAACeWwYAwkQHADTYCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQDUMA4ACgsDANQaAwAM8QoAHtcOAHTXDgDK1w4AINgOAHbYDgDM2A4AItkOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQBkpg8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAANSzDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgBipQ8AuKUPAMgOAAA02AkATicAAI7KAQDkygEAjl8MAORfDADKkAAAkqEBAJJJAACeWwYAVgAAAJKhAQDUMA4AxIIQAI7KAQDkygEAjl8MAORfDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CALRwCwBWnQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgC0cAsAVp0OABINAgBoDQIAvg0CABQOAgBqDgIAeH0LAJKhAQDUMA4AxIIQABqDEABwgxAAmBQPAAxNDgBkCwIAvMYJAGKlDwAghhAAdoYQAMyGEAB4fQsAzn0LALoLAgAQDAIAZgwCALwMAgAAAAAAtkwOAGQLAgC8xgkAYqUPACCGEAB2hhAAzIYQAHh9CwDOfQsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEA9tkEAMitDwAerg8AdK4PAMquDwAgrw8AAAAAAMqQAAAgkQAA8lQDABhDBgBqOQIAEFMQAI4sCABsZQIAypAAACCRAADyVAMAGEMGAGo5AgB4XBAA0kICAChDAgCG0AYAQjEIAFrZAADCRAcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAACYlCQBa5QYAkkkAABYhCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAjmMOAMqsDgDUWQ0AOiECAD7pDwAAAAAA2AUNAM6wDwAksQ8AerEPANCxDwAmsg8AfLIPANKyDwC0cAsArssPAATMDwBazA8ACgsDAAAAAADCRAcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAOv4FAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgCYFA8ADE0OALRwCwAAAAAAkqEBAAAAAADKkAAAZokAABLFCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIA0FsPAGQLAgC0cAsAAAAAAMqQAABmiQAA7t8JADg2DQC47wkADvAJAGTwCQC68AkAOiECABDxCQBm8QkAvPEJADohAgA20QUAjNEFAOLRBQCgQw8A9kMPAExEDwA20QUAjNEFAOLRBQCgQw8A9kMPAExEDwBmiQAA1LMPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAAAWIQsA+EANAE5BDQBqOQIAMNwMAIbcDABaiQMAkkkAABYhCwD4QA0ATkENAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAAD0hAUA9hQNAH5DAgDUQwIAKkQCAJJJAADoSQAAjGYQAOJmEAA4ZxAAAAAAANJCAgA6TAIAntIBAAgQBgBa5QYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgBAlA8A6EkAAIxmEADiZhAAwkQHAGo5AgB0PgIA6EkAAIxmEADiZhAAOGcQAAAAAABmiQAAzJMBAOj7AwDoHgAA+JQMAE6VDACklQwA+pUMAFCWDABqOQIAdD4CAOhJAACMZhAA4mYQADhnEABqOQIAdD4CAOhJAACMZhAA4mYQAFqJAwBWAAAAJiUJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAAhtAGAEIxCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAAD0hAUASoUFADohAgCQIQIA5iECABYhCwAqlgAAgJYAANTrAAB87gIANBwBAEIxCACSSQAA6EkAADg2DQCOLAgAZKYPAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAFxtCgDMkwEAIpQBACJtAwB4bQMAdNMMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIAjiwIAGSmDwCqVwEAriMRAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAASVCQCOLAgAzqQJACTCAgDMkwEA6PsDAIKZAQDCRAcANNgJACqWAACAlgAA1OsAAHzuAgA6IQIAxCgOALjvCQAgkQAAKsUCAJKhAQDooQEAioYLAOCGCwA2hwsA1DAOAICWAADU6wAAfO4CANSzDwB8FwIAitoKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAQjEIAIYYAACSSQAAFiELAHTTDADU6wAAfO4CAMJEBwC47wkAkkkAAHhAAgBOJwAAOiECAMQoDgC47wkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAFiELAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWPQkAGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAAKSCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFrlBgBYuQYArrkGAPKRDACCmQEAwkQHADTYCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCAMJEBwAkwgIAdiQKAMwkCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAJ5bBgD0WwYAnlcEAJKhAQDUMA4ANBwBAEIxCACGGAAAkkkAABYhCwCOLAgAZKYPAICWAADU6wAAfO4CAHIOAADYMA0AVgAAAFYAAABcbQoA0kICAJJJAAAWIQsAjiwIAFY9CQAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQDUMA4AfBcCALgcCwASxQgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAPukPAICWAABOJwAAJgINANJCAgA0HAEAnNkFAJxSAgAWIQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADTYCQBkswAAWLkGAK65BgAEugYAWroGALC6BgAGuwYANBwBAIocAQAYzgsAzqQJAE7CDQAiTgkAZLMAAITHAgCcUgIAnlsGAMJEBwA02AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAABLFCADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgCOLAgAZKYPAE4nAAAiTgkAWMkOACqWAACOLAgAZokAABLFCABoxQgAvsUIAI5jDgDKrA4A1FkNANgFDQAwpQYANBwBAEIxCACYMQgAOiECAD7pDwCAlgAAZAsCALoLAgAOfRAAIJEAAELlDACSSQAAnlsGAMJEBwA02AkAFiELAGwhCwDCIQsAkkkAAGQLAgCOYw4AyqwOANRZDQC8xgkAEscJAHDuBQA0/wcAZAsCAJYNDACQSgEA5koBALbNDgAMzg4AYs4OALjODgAOzw4A2AUNAM6wDwAksQ8AgpkBANiZAQAumgEAZAsCAJYNDACQSgEA5koBALbNDgAMzg4AYs4OALjODgAOzw4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIAaKQNAL6kDQAUpQ0AaqUNAMClDQAWpg0AwkQHAGQLAgC6CwIApCcAAFrZAABkCwIA2AUNAC4GDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAI5jDgDKrA4A1FkNALoLAgAOfRAAIJEAAELlDACSSQAAnlsGAMJEBwA02AkA1LMPAIYYAADcGAAA3kYBAJQjAgC8xgkAEscJADr+BQBkpg8AWuUGALqzAACigAIAjnYCADpMAgAElQkAfMEBAI5jDgA20QUAWokDACD/DAB2/wwAzP8MACIADQAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAJ5bBgDCRAcANNgJACqWAACAlgAA1OsAAHzuAgCiZwsAIk4JAFjJDgDGZwIAZAsCAMTxBwDU7wIANBwBADohAgDEKA4AzJMBADqiAgBmiQAAnFICAJ5bBgDCRAcANNgJAGQLAgC0cAsArssPAATMDwBazA8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIAljgMAOw4DAD+nQ8AVJ4PAKqeDwAAnw8ArtoBAJxSAgCeWwYAOiECAJKhAQDUMA4AjmMOAOBJAgA2SgIAjEoCADbRBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIANtEFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAAjmMOAMqsDgC24AIADOECADQcAQCc2QUA1LMPAPZoDABMaQwAomkMAPhpDADqIwIACnELAGBxCwC47wkAfBcCADQcAQBotwEA6PsDACrDAQCCmQEAIpQBAHwXAgBkCwIAvMYJABLHCQCSSQAAypAAANJCAgBk9gwAZKYPAFrlBgC6swAAooACAI52AgA6TAIAOv4FAGQLAgDYBQ0A1LMPAI4sCABkCwIA9mgMAExpDACiaQwA+GkMAMqQAAByDgAA6B4AAJY4DADsOAwAeJQBAM6UAQAklQEAepUBANCVAQBesgEAiLgPABhFBwBuRQcAVJAIAKqQCAAAkQgAVpEIAKyRCABIVwQAnlcEAPRXBABKWAQAoFgEAPZYBACOLAgAZAsCANgFDQDUsw8AjiwIAGQLAgD2aAwATGkMAKJpDAD4aQwAypAAAHIOAADoHgAAxPEHANTvAgAq8AIAgPACANbwAgAs8QIAdtYNAMzWDQAi1w0AeNcNAM7XDQDUsw8A8lQDAGSzAAAKCwMAEPMKAIIuDADYLgwALi8MAIQvDADaLwwAMDAMAIRgDwCuyw8ABMwPAFrMDwBkCwIAiLgPALjvCQCSSQAAZAsCAIi4DwBOJwAAZAsCADohAgDEKA4AuO8JACCRAAAqxQIAvMYJAChDAgA0dAIAinQCADT/BwCOLAgAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIAiLgPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBAMTxBwCKNA0A4DQNADY1DQD0hAUA9hQNAEwVDQDerAkAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIAiLgPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIAiLgPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBAGT2DAC69gwAJMICAMyTAQCOLAgAZKYPAFrZAADMkwEAGEMGAOhJAABkCwIAiLgPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAJYNDABcbQoAzJMBACKUAQAibQMAeG0DAHTTDABkCwIAZPYMAGSmDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CANgFDQDOsA8AJLEPAIKZAQDYmQEALpoBADQcAQBCMQgAhhgAAJJJAABkCwIAjmMOAMqsDgDUWQ0AtHALAApxCwCSSQAA9IQFAFqJAwBkCwIAljgMAOw4DABCOQwA9mgMAPJUAwBIVQMAnlUDADQcAQCc2QUAkqEBAKhcBABkswAAKpYAADohAgDEKA4AuO8JACCRAAAqxQIAcg4AAGQLAgCIuA8AuO8JAJJJAABkCwIAiLgPAE4nAABkCwIAvMYJAChDAgA0dAIAinQCAJJJAAAWIQsAfBcCAIraCgCAlgAAZAsCAGT2DAC69gwAJMICAMyTAQCOLAgAZKYPADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIAjiwIAGQLAgDYBQ0AnFICACASAQB2EgEAhMcCANrHAgAwyAIAwqYNABinDQBupw0AxKcNABqoDQBwqA0AxqgNABypDQByqQ0AyKkNAB6qDQB0qg0AyqoNACCrDQB2qw0AzKsNACKsDQB4rA0AzqwNACStDQB6rQ0A0K0NACauDQB8rg0A0q4NACivDQB+rw0A1K8NACqwDQCAsA0A1rANACyxDQCCsQ0A2LENAC6yDQCEsg0A2rINAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAADCRAcAuO8JAGQLAgBu+wwAxPsMACTCAgB2JAoA2AUNANSzDwAqtA8AgLQPANa0DwAstQ8AgrUPAJY4DADsOAwAQjkMAFqJAwCwiQMABooDANJCAgBkCwIAxPEHABryBwBw8gcAxvIHABzzBwDU7wIAKvACAIDwAgDW8AIANtEFAIzRBQDKVg4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIAljgMALBwDAAGcQwA9mgMAExpDAAyGQAAiBkAAOwNDACOdgIAKEMCAIbQBgBCMQgAkkkAABYhCwB00wwAZAsCADohAgCQIQIA5iECADwiAgCWDQwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAOv4FAGQLAgDE8QcAYHkPALZ5DwCcUgIAFiELAGwhCwBCMQgAhhgAAJJJAABkCwIAZPYMAOQsCABSHhAAqB4QADohAgBmiQAA3MYBAOgeAADE8QcA1O8CAPS9DABKvgwAoL4MAPa+DABkCwIAljgMALBwDAAGcQwAxPEHAGB5DwC2eQ8AjnYCAJJJAACeWwYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAACeWwYAIpQBAHwXAgBkCwIAZPYMANzeDQBa2QAAljgMAOw4DABCOQwAvMYJABLHCQBiiwIAsOUGACTCAgB2JAoAzCQKAFqJAwBkCwIANBwBAIocAQAYzgsAZokAADT/BwDOpAkAIpQBAHwXAgBkCwIAvMYJABLHCQA6/gUAkP4FAOb+BQA4UwYAljgMALBwDAAGcQwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwCOYw4ANGUQAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAAAoWw4AZAsCAJY4DADsOAwAQjkMADQcAQBCMQgAmDEIAIocAQDSQgIAljgMALBwDAAGcQwAljgMAOw4DABCOQwABkYMAFxGDACyRgwAlg0MAJBKAQDmSgEAHikNAHQpDQDKKQ0AICoNAGQLAgCIuA8ATicAAGQLAgDE8QcAYHkPALZ5DwCOdgIAkkkAAJ5bBgAilAEAfBcCAGQLAgDKkAAAitgJAODYCQA22QkAjNkJAOLZCQA42gkAjtoJAOTaCQCOYw4AyqwOANRZDQDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAA2AUNAJxSAgC47wkADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAEvIJABpSDQD0hAUA9hQNADR0AgByDgAAvmUDAGaJAACcUgIAFiELAG77DAA4Ng0Acg4AABSPAgBkCwIA9mgMAEJQAgCYUAIA7lACAJKhAQDooQEAioYLAOCGCwA2hwsA7t8JADg2DQByDgAAFI8CAGgJAAC+CQAAjmMOAMqsDgDUWQ0A2AUNADT/BwCOLAgA0kICADpMAgByDgAAKsMBAAoLAwCIuA8ANNgJAGQLAgDE8QcAyA4AAFJmCQCoZgkA/mYJAFRnCQBkCwIAVgAAAJJJAACeWwYAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADANytCgAyrgoAiLgPADTYCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgBk9gwA3N4NADQcAQCc2QUAzJMBACKUAQBkCwIAxPEHAMgOAABSZgkAqGYJAP5mCQBUZwkAZAsCAGjyCQC+8gkAFPMJAGrzCQDA8wkAFvQJAGz0CQDC9AkAGPUJAG71CQDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAAAKCwMAcg4AAGQLAgCOYw4ANGUQAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAAIIuDADYLgwAQhIOAJgSDgDuEg4ARBMOAJoTDgCIuA8ANNgJAGQLAgBu+wwAODYNAHIOAACSoQEA6KEBAIqGCwDghgsANocLADDIAgAAAAAAkqEBAHIOAAAUjwIAao8CAJxSAgAWIQsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAEj/AgCe/wIAVAUDAIzRBQCUYgwA6mIMAEBjDACWYwwA7GMMAEJkDACYZAwA7mQMADL2AwCI9gMA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwCO+QMA5PkDADr6AwCQ+gMA5voDAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCY0wMA7tMDAETUAwCa1AMA9tcDAEzYAwCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFbdAwB8FwIACgsDAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwA6IQIAZokAAHIOAACoBgQA/gYEANQwDgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgAqBg4AgAYOAD7RAwCU0QMAugsCABAMAgBmDAIAvAwCADyQDgD+3QQAVN4EAKreBAAA3wQAVt8EAKzfBAAC4AQAWOAEALRwCwBWnQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAADu3wkAzJMBADqiAgDUMA4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMAtugGAAzpBgBi6QYAuOkGAA7qBgBk6gYA1O8CACrwAgBkswAAVgAAAN4hBABqOQIAMDgQAIY4EAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAOg+EACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAAB87gIAPj8QALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAjiwIAFY9CQAqlgAAcg4AAKLDDgDcGAAA3kYBABYhCwCqVwEAJCwNAOj7AwAUjwIAFiELAHTTDADU6wAAfO4CAMxPCgA20QUAhMcCANrHAgAwyAIAhsgCALoLAgAQDAIAZgwCALwMAgA0HAEAVgAAAFxtCgDSQgIAkkkAABYhCwB00wwA1OsAAHzuAgCSoQEAqFwEAP5cBABWAAAA0j4AAGo5AgAQUxAAzJMBADohAgA81gYAKEMCAI52AgBaiQMAZAsCAPZoDABMaQwAomkMAPhpDACSoQEA6KEBAF62AwC0tgMAZKYPAI4sCAAKCwMA3NwMABhFBwBuRQcAxEUHAGQLAgDE8QcAQiUCAGaJAACOdgIAOkwCADr+BQBkCwIAiLgPADohAgCe0gEACBAGAFrlBgCSSQAAZAsCALoLAgAiTgkAeE4JAHATAwDGEwMA8uMKAIgZAADSPgAAZAsCAFrZAACw2QAAKEMCAFz4DwCy+A8AJiUJAHwlCQBkCwIA2AUNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIAljgMAEhXBACeVwQAkqEBANQwDgA0HAEAQjEIAIYYAACSSQAAZokAAJxSAgCeWwYAwkQHADTYCQAKCwMAkqEBAKhcBAD+XAQAVgAAANI+AABkCwIAkqEBAKhcBAD+XAQAVF0EAKpdBAAAXgQAVl4EAKxeBAACXwQAWF8EAK5fBAAEYAQATmoMAKRqDAD6agwAUGsMAGQLAgCSoQEAqFwEAP5cBABUXQQAql0EAABeBABWXgQArF4EAAJfBABYXwQArl8EAARgBABOagwApGoMAPpqDABQawwAkEoBAOZKAQC2zQ4ADM4OAGLODgCSoQEAWokDAGSzAABmiwEAvLgCAE4nAAAiTgkAfBcCAMqQAADSQgIAOkwCADr+BQAKCwMAqjIEAB7+DAB0/gwAyv4MABrBBABwwQQAxsEEABzCBABywgQAyMIEAB7DBAB0wwQAlg0MAJImBADU7wIAZLMAAGaLAQAYRQcA2ggOAGYOAwC8DgMAEg8DAGgPAwC+DwMAFBADAIz2AgDi9gIAOPcCAI73AgDk9wIA2AUNADClBgCWDQwAXG0KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAbBsIAGT2DADSQgIAYqUPACTCAgB2JAoAzCQKAKgtAgD+LQIAjmMOAPSEBQBKhQUAKpYAAI4sCACSSQAAnlsGAPRbBgBKXAYAoFwGAPZcBgBMXQYACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BAA+0QMA0lIKAChTCgB+UwoAoFwGAPZcBgBMXQYALFUKAMijCgAepAoAEg0CAMyTAQDSQgIAOkwCACASAQAGzQ8AZAsCADbRBQDSQgIAOkwCAHDuBQCcUgIAFiELANgFDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBu+wwAODYNAHIOAAAUjwIAkqEBAOihAQCKhgsA4IYLADaHCwDu3wkAODYNAHIOAAAUjwIAZAsCANgFDQDUsw8AjiwIAGQLAgCWDQwAXG0KANJCAgCSSQAAAAAAAAAAAAAAAAAAajkCAAAAAABqOQIAAAAAAGo5AgAAAAAAZAsCANgFDQDUsw8AjiwIAGQLAgCWDQwAXG0KANJCAgCSSQAA3mQQAAAAAABkCwIA2AUNANSzDwCOLAgAZAsCAJYNDABcbQoA0kICAJJJAACSoQEA6KEBAF62AwC0tgMACrcDAGC3AwC2twMADLgDAI5jDgA0ZRAAPkoAACASAQBWAAAAXG0KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAIBIBAHxxBADYBQ0AqscOAN6sCQA0rQkAiq0JAOCtCQC8xgkAEscJAGKLAgCw5QYA0kICAI4sCABkCwIA2AUNADT/BwCK/wcA4P8HADYACAAWIQsAdNMMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgDYBQ0AMKUGAHwXAgCK2goANBwBAGQLAgCWOAwAGEMGAG5DBgBk9gwAZKYPALqmDwAmJQkA5LsPADq8DwByDgAAZAsCAIi4DwA02AkAAAAAAAAAAAAKCwMA1BoDAAzxCgBi8QoAuPEKAA7yCgC0cAsArssPAATMDwBazA8AjmMOAMqsDgDUWQ0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAoGYLAPZmCwBMZwsA7t8JADg2DQByDgAAFI8CAORjDgB00wwAytMMACDUDAB21AwAzNQMACLVDAB41QwAztUMACTWDABk9gwAILEQACqWAACOYw4AyqwOANRZDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwDSUgoAKFMKAH5TCgCgXAYA9lwGAGKlDwAYQwYAFiELADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBWLwIArC8CAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFAMTxBwDoHgAAPh8AAJQfAADqHwAACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAHATAwDGEwMA8uMKAICDDAAElQkAuO8JAJJJAAAWIQsAjmMOAMqsDgDUWQ0AbvsMADg2DQByDgAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAZAsCAJY4DACwcAwABnEMAMqQAAAgkQAA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQAAAAAAZAsCAGxlAgC8zAwAIpQBAMZnAgAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAKgtAgD+LQIANtEFAITHAgDSiRAAKIoQAH6KEAAg1g0ATi0DAMgOAAA0HAEAQjEIAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAKBmCwD2ZgsATGcLAO7fCQBaiQMAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgA0HAEAEGgFAGZoBQC8aAUAEmkFAI4sCAA6IQIAZAsCADQcAQCKHAEAGM4LAG7OCwDEzgsANBwBABBoBQBmaAUAvGgFABJpBQBkswAAurMAABC0AABmtAAAvLQAAJzZBQCOdgIAYqUPAGaJAAA0/wcANBwBABBoBQBmaAUAvGgFABJpBQBsGwgAZPYMANJCAgBipQ8AJMICAHYkCgDMJAoAqC0CAP4tAgCOYw4A9IQFAEqFBQAqlgAAjiwIADQcAQBg3gEAIJEAAPJUAwBkswAAhMcCAJxSAgCeWwYAwkQHADTYCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB6Aw4A0AMOABR+DwCoMwUA/jMFAFQ0BQCqNAUAADUFAFY1BQCsNQUAAjYFAFg2BQCuNgUABDcFAGQLAgCSoQEAqFwEACKUAQBsZQIAZAsCALoLAgAQDAIAZgwCADTeDACK3gwA2AUNADT/BwCOLAgA0kICADpMAgByDgAAKsMBALZMDgBE+QAA7FUFADg2DQByDgAAFI8CACTQCQB60AkA0NAJACbRCQB80QkA0tEJACjSCQB+0gkA1NIJACrTCQDYBQ0A1LMPAFqJAwBkCwIAiLgPAE4nAABkCwIAjmMOADRlEAA+SgAAlEoAAFYAAAAmJQkAWuUGAMyTAQBQbQ0AIk4JACqWAACOLAgAZAsCADQcAQAQaAUAZmgFALxoBQASaQUAbBsIAG77DAA4Ng0Acg4AABSPAgBu+wwAODYNAHIOAAAUjwIAZAsCAO7fCQBaiQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD22QQATNoEAOixCQA+sgkAlLIJAOqyCQBAswkAlrMJAOyzCQBCtAkAmLQJAO60CQBEtQkAmrUJAPC1CQBGtgkAnLYJAPK2CQA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAIi4DwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgCOYw4AnlsGAPRbBgBKXAYAjiwIAGQLAgCIuA8AuO8JAFqJAwByDgAAqAYEAP4GBACoXAQAVi8CAHIOAACoBgQA/gYEAFYvAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHoDDgDQAw4AJgQOAHwEDgDSBA4AKAUOAH4FDgDUBQ4AKgYOAIAGDgDWBg4ALAcOAIIHDgDYBw4ALggOAIQIDgA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAIi4DwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgCOYw4AnlsGAPRbBgBKXAYAjiwIAGQLAgCIuA8AuO8JAD7RAwDSUgoAKFMKAH5TCgDUUwoAKlQKAIBUCgDWVAoAiLgPABhFBwBuRQcAVJAIAKqQCAAAkQgAVpEIAKyRCAACkggAZAsCAI5jDgCeWwYA9FsGAEpcBgCOLAgAZAsCAIi4DwC47wkA0kICAGKlDwA6ogIA6KEBAD6iAQBaiQMAVi8CAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDsUwQAHi0PAJBoEADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDSSAUAKEkFAH5JBQDUSQUANBwBABBoBQBmaAUAvGgFABJpBQAAAAAAIBIBAHxxBADYBQ0AqscOAN6sCQA0rQkAiq0JAOCtCQC8xgkAEscJAGKLAgCw5QYA0kICAI4sCABkCwIA2AUNADT/BwCK/wcA4P8HADYACAAWIQsAdNMMAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgDYBQ0AMKUGAHwXAgCK2goANBwBAGQLAgCWOAwAGEMGAG5DBgBk9gwAZKYPALqmDwAmJQkA5LsPADq8DwByDgAAZAsCAIi4DwA02AkAAAAAAAbNDwD0hAUASoUFAKCFBQD2hQUATIYFAKKGBQAgEgEAfHEEANgFDQCqxw4A3qwJADStCQCKrQkA4K0JALzGCQASxwkAYosCALDlBgDSQgIAjiwIAGQLAgDYBQ0ANP8HAIr/BwDg/wcANgAIABYhCwB00wwAajkCAGQLAgA0HAEAaLcBAOj7AwAqwwEAgpkBACKUAQB8FwIAZAsCANgFDQAwpQYAfBcCAIraCgA0HAEAZAsCAJY4DAAYQwYAbkMGAGT2DABkpg8AuqYPACYlCQDkuw8AOrwPAHIOAABkCwIAiLgPADTYCQAAAAAA9mgMAExpDAAKCwMAAAAAAAAAAAAAAAAAAAAAAAAAAACoLQIA/i0CAMTxBwAa8gcAcPIHAFQHBACqBwQAAAgEAFYIBACsCAQAINYNAAAAAAAAAAAAcg4AAAAAAAAAAAAA9tkEAKQKBwD6CgcA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDANJSCgAoUwoAflMKAKBcBgD2XAYATF0GAAoLAwBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAKKOCQD4jgkATo8JAKSPCQD6jwkAxPEHAMgOAABSZgkAqGYJAP5mCQBUZwkAZAsCANgFDQBOJwAAkkkAABYhCwB00wwAIpQBAHwXAgBkCwIAjmMOAMqsDgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DAIjPBQDezwUANNAFAIrQBQDg0AUAypAAACCRAADyVAMA9P0BAGQLAgDE8QcAyA4AAFJmCQCoZgkA/mYJAFRnCQAKCwMAZokAAPT9AQDSQgIAOkwCAJJJAAD0hAUASoUFACqWAAByDgAAVgAAACYlCQB8JQkA1OsAADpMAgAAAAAAypAAACqWAAByDgAAFI8CABYhCwB00wwA1OsAAHzuAgAQ8woAZvMKALzzCgDG7gUAHO8FAHLvBQDI7wUAHvAFAHTwBQDK8AUAIPEFAHbxBQDM8QUAIvIFAHjyBQDO8gUAJPMFAHrzBQDQ8wUAJvQFAHz0BQDS9AUAKPUFAH71BQDU9QUAKvYFAID2BQDW9gUALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQBmiQAAvIkAACx8CACCfAgAjiwIAGQLAgCOYw4ANGUQAD5KAAA0HAEAnNkFAPLZBQBkCwIAvMYJABLHCQCSSQAA9IQFAEqFBQAqlgAAcg4AAGQLAgCWDQwATO4OAHwlCQBkCwIAvMYJABLHCQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgCSoQEAqFwEAEhXBABotwEAGEMGAG5DBgBa2QAA7t8JAMyTAQBkswAALHwIAGQLAgCWOAwAsHAMAI4sCADOpAkA6PsDAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMAhg0QAHTTDADU6wAAfO4CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMAhg0QAHTTDADU6wAAfO4CALzGCQASxwkAOv4FAJD+BQDm/gUAOFMGAIi4DwA02AkAKpYAAI4sCADOpAkA6PsDAGIxAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQA/jEEAFQyBACe0gEA9NIBAErTAQCg0wEA9tMBAJ4NCgD0DQoASg4KAKAOCgD2DgoATA8KAKIPCgD4DwoAThAKAKQQCgD6EAoAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoAVBMKAKoTCgBmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAM5GBQAkRwUAekcFANBHBQAmSAUAfEgFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgAqBg4AgAYOANYGDgAsBw4AggcOANgHDgAuCA4AhAgOAJYNDABw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAzvwKACT9CgB6/QoA0P0KACb+CgB8/goA0v4KACj/CgB+/woAcBMDAMYTAwDy4woAgIMMAASVCQC47wkAkkkAABYhCwCOYw4AyqwOANRZDQBu+wwAODYNAHIOAACSSQAAZAsCAFrZAAD8LAIA0FsPACZcDwD2aAwATGkMAKJpDAD4aQwAlg0MAFxtCgByDgAAKsMBAIKZAQA6IQIAkqEBANQwDgCOYw4AyqwOANRZDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAjmMOADRlEAA+SgAAvMYJABLHCQA6/gUAkP4FAOb+BQA4UwYAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAARPkAADQJDQA+/AMANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAHx9CgDsOAwAQjkMADohAgA81gYAktYGAOjWBgA+1wYAhhgAAGQLAgDE8QcAYHkPALZ5DwCcUgIAzJMBAEhXBABCMQgAwkQHALjvCQCSSQAAFiELAHTTDADU6wAAfO4CADjmDwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAglUKANhVCgAuVgoAhFYKANpWCgAwVwoAhlcKANxXCgAyWAoAiFgKAN5YCgA0WQoAilkKAMTxBwDoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAPLjCgBI5AoAnuQKAPTkCgBK5QoAoOUKALoLAgAiTgkAeE4JAM5OCQCIuA8A0kICAGQLAgBk9gwAuvYMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAfMEBAMqQAAAgkQAA8lQDAPT9AQB6Aw4A0AMOACYEDgB8BA4A0gQOACgFDgB+BQ4A1AUOACoGDgCABg4A1gYOACwHDgCCBw4A2AcOAC4IDgCECA4APt0JAMDICQAczAkAcswJAMjMCQAezQkAPtEDANJSCgAoUwoAflMKANRTCgAqVAoAgFQKANZUCgCIuA8AGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAAKSCABkCwIAjmMOAJ5bBgD0WwYASlwGAI4sCABkCwIAiLgPALjvCQCiXQYA+F0GAE5eBgCkXgYA2ggOADAJDgCGCQ4A3AkOADIKDgCICg4A3goOADQLDgCKCw4A4AsOAD7RAwDSUgoAKFMKAH5TCgCgXAYA9lwGAPKRDADoHgAAVDgHANQwDgBa5QYAkkkAAJ5bBgDCRAcANNgJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYA+F0GAE5eBgCkXgYAKpYAAICWAADU6wAAfO4CACgYAgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYAEk4NAGhODQC+Tg0AFE8NAGpPDQDATw0AFlANAMgOAABSZgkAqGYJAP5mCQBUZwkAeEACABhFBwBuRQcAxEUHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEACgsDAP49CgCAlgAA1OsAAHzuAgCGGAAA3BgAALTrCAAK7AgAYOwIALbsCAAM7QgAYu0IAChDAgAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAI5jDgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAQjsNAAq/BwBgvwcAtr8HAAzABwBiwAcAuMAHAA7BBwBkwQcA2AUNAE4nAACSSQAAFiELAHTTDADE8QcA6B4AAFQ4BwDUMA4AWuUGAJJJAACeWwYAwkQHADTYCQBkCwIAtHALAK7LDwAEzA8AWswPAE4tAwD45goATucKAKTnCgD65woAUOgKAKboCgDqrAYAQK0GAJatBgDsrQYAQq4GAJiuBgDurgYARK8GAJqvBgDwrwYAyscGACDIBgB2yAYAzMgGACLJBgB4yQYAypAAANJCAgDSQgIAOkwCAIYYAACSSQAAZAsCAI5jDgDKrA4AGEUHAFxtCgCSoQEA6KEBAD6iAQBaiQMACgsDAAAAAABkCwIAjmMOAOBJAgA2SgIAjEoCACDWDQDE8QcAijQNAMyTAQAYQwYAZokAADohAgCSoQEA1DAOAMTxBwDoHgAAPh8AAJQfAADqHwAAQCAAAFKLBgBkCwIAugsCACYCDQB8Ag0A0gINAI5jDgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAKCwMAcBMDAMYTAwDy4woA2AUNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDUMA4AxPEHAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgAY/Q0Abv0NAMT9DQDSQgIABJUJAKzzDgDCZQIAgJYAAIIuDADYLgwA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQDUMA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAFqJAwAKCwMAkkkAAGSzAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAE4nAACOygEA5MoBADrLAQBkswAAZosBALy4AgCOzgMA0kICADpMAgCQTAIADn0QAHIOAADoHgAAOtsJAJDbCQDm2wkAPNwJAJLcCQDo3AkADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAE4tAwDIDgAAUmYJAKhmCQD+ZgkAVGcJAGQLAgC0cAsArssPAATMDwBazA8A2ggOADAJDgDGLxEAHDARAHIwEQDIMBEAHjERAHQxEQDKMREAIDIRAHYyEQDMMhEA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwBu+wwAODYNAHIOAAA6IQIAPNYGAJLWBgDo1gYAPtcGAJTXBgDykQwAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBmiQAATicAAGxlAgCK/QYAntIBAHIOAABiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGABj9DQBu/Q0AxP0NAGQLAgA0HAEAnNkFAFqJAwBkCwIA9mgMAExpDACiaQwA+GkMADohAgA+6Q8A2AUNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQA20QUAjNEFAJRiDADqYgwAQGMMAJZjDADsYwwAQmQMAJhkDADuZAwARGUMAJplDAC0cAsAcg4AABSPAgBqjwIAOiECAJKhAQCoXAQA6PsDAEIlAgAUzgwAIlAKAMqsDgDUWQ0AljgMAFYAAAC8iQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGABj9DQBu/Q0AxP0NAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADohAgDEKA4AwkQHAJJJAAByDgAAFI8CAPSEBQD2FA0AXPgPAGQLAgC6CwIA0kICAASVCQA0HAEAZAsCAHzBAQBE+QAACgsDABAOAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AABu+wwAxPsMABr8DABw/AwAvMYJAIIuDADYLgwAZAsCAIi4DwC47wkAkkkAAGQLAgCIuA8ATicAAGQLAgDYBQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgA6IQIAPNYGAJLWBgDo1gYAPtcGAJTXBgDykQwAZAsCAI5jDgDKrA4A1FkNAI5jDgBmiQAAEsUIAGxlAgBkCwIAjmMOANSzDwBaiQMAZAsCAIi4DwBOJwAAZAsCAI5jDgA0ZRAAPkoAAJRKAADqSgAAKpYAAI4sCABkCwIAOiECADzWBgCS1gYA6NYGAD7XBgCU1wYAkqEBAGaJAADcxgEAFI8CAJ5bBgBkswAAcg4AAOgeAABmiQAAjnYCAGSzAAAsfAgAajkCADA4EACGOBAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgDoPhAAPj8QALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGABj9DQBu/Q0AxP0NAAAAAABWAAAAJiUJAOS7DwByDgAA6B4AAGaJAACOdgIAZLMAACx8CABWAAAABjICAGo5AgAwOBAAhjgQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIA6D4QAD4/EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgAY/Q0Abv0NAMT9DQCSoQEAqFwEACTCAgDMkwEAIpQBAHwXAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA3K0KAOgeAAA+HwAA1OsAAHzuAgAKCwMAkkkAAPSEBQD2FA0ANHQCAHIOAABWAAAAXG0KANJCAgCSSQAACgsDAJJJAAD0hAUA9hQNADR0AgByDgAAVgAAAFxtCgDSQgIAkkkAAAoLAwD+PQoAgJYAANTrAAB87gIATC4EAKIuBAD4LgQATi8EAKQvBAD6LwQAUDAEALqcCgCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwCyGQsACBoLAF4aCwC0GgsAChsLAGAbCwC2GwsADBwLAGIcCwDaCA4AMAkOAIYJDgDcCQ4AMgoOAIgKDgDeCg4ANAsOAIoLDgDgCw4ANgwOAIwMDgDiDA4AOA0OAI4NDgDkDQ4Axi8RABwwEQByMBEAhhgAACASAQAGzQ8AZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCgZgsA9mYLAExnCwDE8QcA6B4AAD4fAACUHwAA6h8AAKYwBAD8MAQAUjEEAKgxBAD+MQQAVDIEAK7gBAAE4QQAWuEEAFYvAgCsLwIA9IQFAPYUDQA0dAIAcg4AAFYAAABcbQoA0kICAJJJAABqOQIA6D4QAD4/EAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgAY/Q0Abv0NAMT9DQAa/g0AcP4NAMb+DQAc/w0Acv8NAMj/DQAeAA4AdAAOAMoADgAgAQ4AtHALAK7LDwAEzA8AWswPAH7vAgCExwIA0okQACiKEAB+ihAA1IoQACqLEACAixAA1osQACyMEADSnAQAKJ0EAH6dBADUnQQAKp4EAICeBADWngQALJ8EAIKfBADYnwQALqAEAISgBADaoAQAMKEEAIahBADcoQQAMqIEAIiiBADeogQANKMEAIqjBADgowQANqQEAIykBADipAQAOKUEAIJVCgCExwIA0okQACiKEAB+ihAA1IoQACqLEACAixAA1osQACyMEAAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAkkkAAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GAKJdBgD4XQYATl4GAKReBgBwEwMAKpYAAFrZAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGABj9DQBu/Q0AxP0NADTYCQDcGAAAKisLAIArCwBmiQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwDGEwMA8uMKANgFDQBC5w0AqFwEACTCAgB2JAoA9mgMAExpDAAqKwsAgCsLAHIOAABkCwIAugsCACYCDQB8Ag0A0gINACgDDQCWOAwA7DgMAEI5DABaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQC6swAAypAAAHIOAAAUjwIAFiELAGQLAgD2aAwATGkMACorCwCAKwsA2AUNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkswAAZLMAAFi5BgCuuQYABLoGAFq6BgA6/gUAZAsCAFrZAADu3wkAzJMBADqiAgDUMA4AtHALAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAzJMBACKUAQB8FwIAZAsCANgFDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBA0gMAGvIHAHDyBwDG8gcAHPMHAHLzBwDI8wcAHvQHAHT0BwCOYw4AZLMAAFYAAAAAAAAAzJMBAFYAAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwCOYw4ANGUQAD5KAABu+wwAODYNAHIOAAAUjwIAjmMOAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GACxVCgDIowoAHqQKABINAgDMkwEA0kICADpMAgCIuA8AGEUHAG5FBwDERQcAZAsCAI5jDgBkswAAVgAAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAFrZAADMkwEAGEMGAOhJAABkCwIAbvsMADg2DQByDgAAFI8CAGQLAgCSSQAAZLMAAFYAAABkCwIAlg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAZKYPAICWAAAKCwMAqjIEAB7+DAB0/gwAyv4MAH7vAgAq9AQAvIsBABKMAQAAAAAA9P0BAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AAKgGBAD+BgQAbBsIAMIbCAAYHAgAbhwIAMQcCAAaHQgAcB0IAMYdCADeZBAAFhEDAGSzAABWAAAAZAsCAJYNDACQSgEA5koBACTCAgDMkwEAjiwIAGSmDwCAlgAACgsDAKoyBAAe/gwAdP4MAMr+DAB+7wIAKvQEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAI4sCADkLAgAXPgPAJJJAACeWwYAJMICAHYkCgDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgCIuA8A0kICAGQLAgBk9gwA3N4NADLfDQCI3w0A3t8NADTgDQCK4A0A4OANADbhDQCM4Q0A4uENADjiDQCO4g0AjiwIAHIOAABkCwIAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDUMA4AiLgPANJCAgBkCwIAZPYMANzeDQAy3w0AiN8NAN7fDQA04A0AiuANAODgDQA24Q0AjOENAOLhDQA44g0AjuINAGQLAgDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgCIuA8A0kICAGQLAgBk9gwA3N4NADLfDQCI3w0A3t8NADTgDQCK4A0A4OANADbhDQCM4Q0A4uENADjiDQCO4g0A3mQQAEwuBAAiTgkAeE4JAM5OCQD2aAwATGkMAKJpDAD4aQwATmoMAKRqDAD6agwAUGsMAAAAAABmiQAAEsUIAGjFCACoXAQACgsDANJCAgBipQ8AIpQBAHwXAgCK2goAgJYAANTrAAB87gIAKpYAADQcAQBkswAAhMcCALyJAAAsfAgAgnwIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAADpMAgCAlgAA1OsAAHzuAgCe0gEAcg4AAAoLAwBOLQMA+OYKAE7nCgCk5woA+ucKAFDoCgCm6AoAINYNABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BACgZgsA9mYLAHhQCgDOUAoAJFEKAKBcBgD2XAYATF0GACxVCgCOYw4AyqwOAI4sCABkpg8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwA0ZRAAPkoAAHSWAwDKlgMAIJcDAHaXAwDMlwMAIpgDAHiYAwDOmAMA2AUNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQDUMA4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwDYBQ0AnFICAG5TDgA0ZRAAzJMBAOj7AwA+/AMANBwBAIocAQA0HAEAQjEIAIYYAACwQQoABkIKAFxCCgA03gwAit4MADQcAQCc2QUAjnYCAGxlAgDCZQIAjiwIAGQLAgBk9gwAZKYPAGaJAADE+wwAGvwMAHD8DADG/AwAHP0MAHL9DADI/QwA7LsNANSzDwCOLAgAZAsCAJY4DACwcAwABnEMAH4DDQC69gwA6PsDAD51AAA6IQIAkqEBANQwDgCOLAgAZAsCAMqQAAAgkQAAkkkAAJ5bBgA6ogIAZAsCAI5jDgCeWwYA9FsGAEpcBgCOLAgAZAsCALzGCQASxwkAkkkAAPSEBQCSoQEAqFwEAP5cBAA8KAUAZLMAAGo5AgDoPhAAPj8QALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGABj9DQBu/Q0AxP0NABBTEADoHgAAPh8AAJQfAADqHwAAQCAAAI4sCABkpg8AZokAADT/BwAKCwMAVj0JAFrZAACGGAAACgsDAO7fCQA4Ng0Acg4AABSPAgCSoQEA6KEBAJo4CwDwOAsARjkLAJw5CwAmJQkAfCUJANTrAAB87gIA3NwMABhFBwBuRQcAxEUHAGQLAgDKkAAAIJEAAPJUAwD0/QEAZAsCAMTxBwDIDgAAUmYJAKhmCQD+ZgkAxPEHAGB5DwC2eQ8AnFICAMqQAAByDgAAZAsCAO7fCQAUzgwAWuUGAGxlAgDCZQIAjiwIAFY9CQAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAFiSCACukggABJMIAFqTCACwkwgABpQIAFyUCACylAgACJUIAF6VCAC0lQgACpYIAGCWCAC2lggADJcIAIKnCADYpwgALqgIAISoCACOLAgAZAsCAIi4DwC47wkAkkkAAGQLAgBa2QAA/CwCAMyTAQAYQwYAnlsGACKUAQB8FwIAZAsCALoLAgAmAg0A0kICAGQLAgCIuA8AGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAHwlCQAoQwIAnFICAJ5bBgDCRAcANNgJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYAEk4NAGhODQC+Tg0AFE8NAGpPDQDATw0AFlANAHYWAwBg3gEAkkkAAGaJAACcUgIAFiELAIi4DwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgCOYw4AnlsGAPRbBgBKXAYAjiwIAGQLAgCIuA8AuO8JAJJJAACoLQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQAYzgsAzqQJAE7CDQBaiQMAZAsCADbRBQCM0QUAlGIMACCRAACSSQAAFiELABYRAwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAWtkAAPwsAgDMkwEAGEMGAJ5bBgAilAEAfBcCAGQLAgC6CwIAJgINANJCAgBkCwIAJMICAHrCAgDQwgIAJsMCAO7fCQA4Ng0Acg4AABSPAgBqjwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAAq/BwAAAAAAkqEBAAoLAwBwEwMAxhMDAPLjCgBu+wwAODYNAHIOAAAUjwIAcg4AAGQLAgDYBQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgCWOAwA7DgMAEI5DAAGRgwAXEYMALJGDACWDQwAXG0KALJtCgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUA0kICADpMAgBw7gUAnFICABYhCwDE8QcA6B4AAHIOAAAqwwEAgpkBAMJEBwCSoQEAkqEBAGQLAgBu+wwAODYNAHIOAAAUjwIARPkAADQJDQD22QQAjmMOAPSEBQBKhQUAKpYAAI4sCABkCwIAugsCACYCDQDSQgIAZAsCAAAAAADKkAAAKpYAAICWAABaiQMAZAsCALoLAgAQDAIAZgwCALwMAgCGGAAA3BgAACorCwCAKwsAcg4AAE4nAACOygEA5MoBADrLAQBkpg8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHoDDgDQAw4AlGIMAOpiDABAYwwAlmMMAOxjDABCZAwAmGQMAO5kDAC8xgkAEscJAHDuBQDG7gUAHO8FAGQLAgDYBQ0A1LMPAFqJAwBkCwIANtEFAIzRBQDi0QUAoEMPAPZDDwC8iQAA3qwJAGQLAgCWDQwAXG0KAMyTAQAilAEAnFICAHIOAAAKCwMAcBMDAMYTAwDy4woASOQKAOgeAAA+HwAAlB8AAOofAABAIAAAUosGAGQLAgDYBQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBANQwDgC6CwIAJgINANJCAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAUosGAKiLBgA+HwAA1OsAAHzuAgDoHgAAPh8AANTrAAB87gIA2ggOADAJDgCGCQ4A3AkOADIKDgCICg4A3goOADQLDgCKCw4A4AsOAFYvAgDSQgIAOkwCAJBMAgAOfRAAcg4AAOgeAAAqWg0AQlACAJzfCADy3wgAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAZLMAAGxlAgDu3wkAODYNALjvCQByDgAA6B4AAPiUDAAEmwwA0kICAGKlDwAkwgIAdiQKAMwkCgBqOQIAMDgQAICWAADU6wAAfO4CAGo5AgCGGAAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAwmUCAICWAADU6wAAfO4CANoIDgAwCQ4AvIsBABKMAQCC4A8AAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAjmMOADRlEAA+SgAAtHALAApxCwCOLAgAVgAAAFxtCgDMkwEAIpQBACJtAwBkCwIAypAAANJCAgCSoQEACgsDAGgJAADu3wkAROAJAJrgCQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAjmMOADRlEAA+SgAAOqQDANzeDQCsPQkAAj4JAFg+CQCuPgkA3oEJAGT2DADkLAgAKpYAADQcAQCKHAEAOqQDANzeDQCsPQkAAj4JAFg+CQCuPgkA3oEJAGT2DADkLAgAKpYAADQcAQCKHAEA4BwBAGQLAgC8xgkAgi4MANguDABCEg4AmBIOAO4SDgBEEw4AKpYAAICWAAA0HAEAaLcBAOj7AwAqwwEAgpkBAMJEBwA02AkAZAsCAGT2DABkpg8AhhgAAPJUAwAqlgAAjiwIAGQLAgBa2QAA7t8JAMyTAQA6ogIA1DAOAI5jDgD0hAUAWokDAMyTAQAilAEAfBcCAGQLAgCOYw4AyqwOANRZDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAjmMOADRlEAA+SgAAOqQDANzeDQCsPQkAAj4JAFg+CQCuPgkA3oEJAGT2DADkLAgAKpYAADQcAQCKHAEAZPYMACCxEAB2sRAAzLEQACKyEAB4shAAzrIQADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBECQkAwkQHAAq/BwBsZQIAwmUCAICWAAA6TAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKoyBAAe/gwAdP4MAMr+DAAMdg0A7t8JAMyTAQA6ogIA1DAOALoLAgCkJwAAkkkAAGSzAAAsfAgAzJMBACKUAQB8FwIAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADYBQ0AXPgPAMyTAQBkCwIAJMICAHYkCgDMJAoA8pEMAIKZAQDCRAcANNgJAAoLAwDMkwEAOqICANQwDgCGGAAA3BgAAN5GAQBOJwAAJgINAHwCDQDSAg0AKAMNAIDFAgCAlgAA1OsAAHzuAgB8wQEAIPkJAHb5CQDM+QkAIvoJAHj6CQDO+gkAAAAAAEj/AgCe/wIA9mgMAExpDAAyGQAAEsEGAGjBBgCQMwsA5jMLADw0CwC6CwIAIk4JAHhOCQDOTgkAiLgPANJCAgBkCwIAZPYMALr2DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgC0cAsACnELAGBxCwC2cQsADHILAAAAAAAkwgIAesICAI52AgAAAAAA0kICAIIuDADYLgwAAAAAAI4sCABWPQkArD0JAAI+CQBYPgkArj4JALJrCQAIbAkAXmwJALRsCQAKvwcAbGUCAMJlAgCSSQAAhhgAANwYAADeRgEATicAACYCDQB8Ag0A0gINACgDDQCAxQIAgJYAANTrAAB87gIAajkCABBTEADIDgAAUmYJAE5qDAAiTgkAWMkOAMZnAgBkCwIA2AUNADClBgAkwgIAesICANDCAgCoXAQAjiwIAGQLAgBk9gwA3N4NAKw9CQACPgkAWD4JAK4+CQDegQkAtHALAApxCwAkwgIAzJMBANJCAgAElQkANNgJADQcAQBCMQgAhhgAAFrZAADCRAcA0kICAGxlAgC8zAwAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAoEMPAPZDDwBMRA8AokQPAPhEDwBORQ8AZAsCALzGCQCCLgwA2C4MAC4vDACELwwA2i8MADAwDABOGA4ApBgOAPSEBQD2FA0AnFICABYhCwB8FwIAZAsCAJY4DACwcAwABnEMALRwCwDMkwEAGEMGAOhJAAA+SgAAdJYDAGQLAgD2aAwATGkMAKJpDAD4aQwAvMYJAIIuDADYLgwAQhIOAJgSDgDuEg4ARBMOAJoTDgCIuA8A0kICAGQLAgA0HAEAaLcBAOj7AwBiMQAAZosBALy4AgBOJwAAIk4JAHwXAgDKkAAA0kICADpMAgDSQgIAOkwCAHDuBQCcUgIAFiELAGT2DADc3g0ArD0JAAI+CQBYPgkArj4JAN6BCQCWDQwAkEoBAOZKAQAkwgIAzJMBAI4sCABkpg8AwkQHAMJEBwCSSQAAkqEBANQwDgByDgAAKsMBAGQLAgBk9gwA3N4NAKw9CQACPgkAWD4JAK4+CQDegQkA9mgMAExpDACiaQwA+GkMAE5qDACkagwA+moMAFBrDABk9gwA3N4NAKw9CQACPgkAWD4JAK4+CQDegQkAtHALAApxCwCOLAgAVgAAAFxtCgDMkwEAIpQBAFrlBgCw5QYABuYGAFzmBgCy5gYACOcGAF7nBgC05wYACugGAGDoBgDMkwEAZokAABLFCABkCwIAjmMOAGSzAABWAAAACgsDAGQLAgAeLQ8AkGgQADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBE+QAAAAAAAPbZBADIrQ8AJgINANJCAgCSSQAAnlsGACTCAgB2JAoAVDgHAFqJAwBkCwIAvMYJABLHCQBoxwkAvscJABTICQBqyAkAZAsCAJY4DAAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAqjIEAFrlBgCw5QYABuYGAFzmBgCy5gYACOcGAF7nBgC05wYACugGAGDoBgBwEwMAxhMDAHyiBwAeLQ8AKpYAAKpXAQAkLA0A6PsDABSPAgCeWwYAIpQBAHwXAgBkCwIAZPYMANzeDQA0HAEAnNkFAMyTAQBECQkAmgkJAPAJCQBGCgkAnAoJAPIKCQBICwkAngsJAPQLCQBKDAkAoAwJAPYMCQBMDQkAog0JAPgNCQBODgkApA4JANJCAgA6TAIAkEwCAA59EAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAAAKCwMAAAAAAJKhAQByDgAACgsDAAAAAADKkAAAIJEAAPJUAwD0/QEACgsDAAAAAAA6IQIAkqEBANQwDgCOYw4AyqwOANRZDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAjmMOAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAxPEHACrDAQCAwwEACgsDAAAAAACGGAAAhhgAACqWAABa5QYAkkkAAJ5bBgDCRAcANNgJAGQLAgC8xgkAEscJAGjHCQC+xwkAFMgJAGrICQB+pwkAkkkAAJ5bBgD0WwYASlwGAI4sCABWPQkAuO8JAAAAAACSSQAAkkkAAFYAAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA+vMQAFxtCgCybQoACG4KAET5AADsVQUAODYNAHIOAAAUjwIAtkwOALzGCQASxwkAcO4FAMbuBQAc7wUAZAsCAGT2DADkLAgAUh4QAKgeEAA6IQIAZokAANzGAQDoHgAAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAANgFDQCcUgIAypAAAJKhAQCOLAgAZAsCAPZoDABMaQwAomkMAPhpDAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsA0kICADpMAgCQTAIADn0QAHIOAADoHgAAZKYPAICWAADU6wAAfO4CACqWAACAlgAA1OsAAEo5CgCgOQoAMhkAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgBa2QAAzJMBACKUAQAqlgAAgJYAANTrAAB87gIAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAABqOQIA6D4QAD4/EAC8uAIAjs4DAOTOAwA6zwMAkM8DAIYNEADcDRAAMg4QAIgOEADeDhAANA8QAIoPEADgDxAAegMOANADDgAmBA4AfAQOANIEDgAoBQ4AfgUOANQFDgAqBg4AgAYOANYGDgAsBw4AggcOANgHDgAuCA4AhAgOAMJEBwByDgAAZAsCALRwCwCuyw8ABMwPAFrMDwAAAAAAAAAAAAAAAAAWIQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEAJCwNAMJEBwA02AkAZAsCALzGCQASxwkAaMcJAL7HCQAUyAkAAAAAACqWAACAlgAAOiECAMyTAQAilAEAxmcCACCxEAAgkQAAfBcCAHIOAAA+dQAAkMkAAE4nAAA6IQIAZokAAJDJAABkCwIA2AUNADohAgB8FwIAitoKAFQ4BwDUMA4A7t8JAIYYAAAqlgAAqlcBACQsDQAAAAAAhhgAAGQLAgC8xgkAEscJAO7fCQDKkAAAcg4AAD51AAA0/wcAcg4AACrDAQCCmQEAwkQHADTYCQAqlgAAvMYJAGKlDwBQbQ0AIk4JAMqQAACSSQAAZokAAJxSAgAAAAAAwkQHAGQLAgC8xgkAEscJAGKLAgC4iwIAcg4AAD51AAA0/wcAhhgAANwYAAAKCwMA/j0KAFQ+CgCqPgoAAD8KAFY/CgCsPwoAAkAKAFhACgCuQAoABEEKAFpBCgAqlgAAWuUGALDlBgAG5gYAXOYGALLmBgAI5wYAXucGALTnBgAK6AYAYOgGALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAGQLAgCOYw4AnlsGAPRbBgBKXAYAjiwIAGQLAgCIuA8AuO8JAJ5bBgD0WwYASlwGAI4sCABkCwIAiLgPALjvCQBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFABBTEADIDgAAUmYJAKhmCQD+ZgkAVGcJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYAEk4NAGhODQC+Tg0AFE8NAGpPDQDATw0AFlANAD7RAwDSUgoAKFMKAH5TCgDUUwoAKlQKAIBUCgDWVAoAcBMDAMYTAwDy4woASOQKAJ7kCgD05AoASuUKAKDlCgC6CwIAIk4JAHhOCQDOTgkAiLgPANJCAgBkCwIAZPYMALr2DADSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBCUAIAEsUIANQwDgCAlgAA1OsAAHzuAgDCRAcAwkQHAJKhAQBkCwIAjmMOAJ5bBgD0WwYASlwGAI4sCABkCwIAiLgPALjvCQCSSQAAZAsCAFrZAADu3wkAzJMBADqiAgDUMA4AWtkAAPwsAgDMkwEAGEMGAJ5bBgAilAEAfBcCAGQLAgC6CwIAJgINANJCAgBkCwIA2AUNANSzDwAqtA8AiLgPABhFBwBuRQcAxEUHAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCWOAwAsHAMAAZxDAD2aAwATGkMAKJpDAD4aQwASusNAKDrDQD26w0ATOwNAKLsDQD47A0ATu0NAKTtDQCoLQIA/i0CALzGCQASxwkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAjmMOAJ5bBgD0WwYASlwGAI4sCABkCwIAiLgPALjvCQCSSQAAZAsCANgFDQBOJwAAkkkAABYhCwB00wwA1DAOAICWAADU6wAAfO4CADjmDwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgBQkgoAppIKAPySCgBSkwoAqJMKAP6TCgBUlAoAqpQKAACVCgBWlQoArJUKAET5AABa2QAA/CwCAMyTAQAYQwYA1BgCANJCAgA6TAIAcO4FAJxSAgAWIQsAqscOAAAAAADKkAAAzJMBANJCAgA6TAIAntIBAI4sCAA6IQIAZLMAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCIuA8AOiECAJJJAABmiQAAzJMBACKUAQBkCwIAntIBAI4sCAA6IQIAZLMAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwC0cAsAVp0OAABYAQBWWAEA7jsNAEQ8DQCaPA0A8DwNAEY9DQBa2QAA7t8JABTODACGGAAAZAsCAI5jDgD0hAUAWokDAMyTAQAilAEAfBcCAGQLAgCOYw4AyqwOANRZDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQByDgAAZAsCADbRBQCM0QUAlGIMAOpiDABAYwwAlmMMAOxjDABCZAwAmGQMAO5kDABEZQwAmmUMANgFDQCqxw4AAAAAAMqQAADMkwEA0kICADpMAgA6/gUAZAsCALoLAgDSQgIABJUJADQcAQBkCwIAjmMOADRlEAA+SgAAypAAACCRAAAqxQIAgMUCAICWAACSoQEAWokDAMyTAQAilAEAfBcCAGQLAgBk9gwA5CwIAFIeEACoHhAAOiECAGaJAADcxgEA6B4AAErrDQCqxw4AAAAAAMqQAADMkwEA0kICADpMAgDYBQ0AMKUGALzGCQASxwkAcg4AAMgOAAC47wkA0kICAGSzAAAqlgAAugsCANJCAgAElQkANBwBAGQLAgCWOAwAGEMGAHIOAABkCwIAlg0MAJBKAQBipQ8ASFcEAJzZBQCOdgIAWokDAGQLAgC6CwIAEAwCALyJAADerAkAeEACANJCAgBaiQMAZAsCAIi4DwDSQgIAZAsCAMTxBwDIDgAAuO8JANJCAgBkswAAhhgAACqWAACqVwEACgsDABYRAwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoA2AUNAKrHDgAAAAAAypAAAMyTAQDSQgIAYqUPACKUAQB8FwIAZAsCANgFDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAKpYAAJJJAABmiQAANP8HAI4sCADSQgIAYqUPACKUAQBOJwAAJgINAGQLAgC0cAsACnELAGBxCwDeRgEATicAACYCDQB8Ag0A0gINACgDDQBmiQAAzJMBAFYvAgBmiQAAOg4OALgcCwAOHQsAIpQBADIZAAASwQYAaMEGAJAzCwDmMwsAPDQLAJI0CwDoNAsAPjULAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEA6PsDADohAgA+6Q8A7t8JAGaJAAAkwgIAzJMBACKUAQDkYw4AbCELAMIhCwAYIgsAbiILAMQiCwAaIwsAcCMLAMYjCwAcJAsAciQLAMgkCwAeJQsAdCULALr2DAAkpQkAeqUJANClCQDKkAAAjiwIALzGCQASxwkAcO4FADT/BwBkCwIAypAAAI4sCAAAAAAAwkQHAGQLAgCOYw4AnlsGAPRbBgBKXAYAoFwGAPZcBgDu3wkAVgAAAFYvAgCGGAAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAVi8CAHwXAgCK2goA4NoKADbbCgCM2woA4tsKADjcCgA6TAIAcg4AACrDAQDoHgAAcg4AAAoLAwB8FwIAitoKAODaCgA22woAjNsKAOLbCgA43AoAjtwKAOTcCgA63QoAkN0KAObdCgC6CwIAJgINANJCAgCIuA8A0kICAGQLAgDE8QcA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAA9mgMAExpDACiaQwA+GkMAGxlAgB0zwoA3BgAAFrZAADu3wkAODYNAHIOAAAUjwIAFiELAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQC+wQYAFMIGAGrCBgDAwgYAFsMGAGzDBgDYBQ0ANP8HAI4sCADSQgIAOkwCAHIOAAAqwwEAZAsCALoLAgAmAg0AfAINANICDQAYRQcAbkUHAMRFBwBkCwIAjmMOAGSzAABWAAAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwBmiQAAzJMBACqWAACAlgAA1OsAAHzuAgB8wQEAIPkJAHb5CQDM+QkAIvoJAHj6CQDO+gkAKpYAADQcAQBWAAAAXG0KANJCAgAoQwIAjnYCAFqJAwBkCwIAugsCABAMAgBmDAIANN4MAIreDACWOAwA7DgMAEI5DAD2aAwAQlACAJhQAgDuUAIAvMYJABLHCQByDgAAyA4AAJKhAQDKkAAAkkkAAJ5bBgDCRAcAjiwIAGSmDwCGGAAAQlACAJhQAgDuUAIA9mgMAExpDADSQgIAZAsCAMTxBwDoHgAAPh8AAJQfAACGGAAAQlACAJhQAgDuUAIAlg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAZKYPAGSzAAAsfAgAZAsCAG77DAA4Ng0Acg4AABSPAgBkCwIAljgMALBwDAAGcQwAbGUCAHTPCgDcGAAAWtkAAMJEBwCs8w4AypAAAFYAAABkCwIAugsCABAMAgBmDAIANN4MAIreDAC8DAIA8lQDAMJEBwBqOQIA6D4QACx8CABmiQAA1LMPAIYYAAAqlgAAVDgHAHIOAABqOQIArEsQAAJMEADSQgIAOkwCAHIOAADIDgAAkqEBACTCAgB2JAoAjiwIAOQsCAA0/wcAjiwIANJCAgA6TAIAcg4AACrDAQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBwEwMAQlACAJhQAgDuUAIAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAOYICwA8CQsAkgkLAOgJCwA+CgsAlAoLAOoKCwBACwsAZAsCADQJDQDIDgAAUmYJAKhmCQD+ZgkAVGcJALwcCgAmVAsAfFQLANJUCwB00wwA1OsAAHzuAgC0cAsAcg4AABSPAgBqjwIAOiECAJKhAQCoXAQA6PsDAEIlAgBkCwIA2AUNADClBgD2aAwAKpYAAFrZAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMACgsDAHzBAQAg+QkAdvkJAMz5CQAi+gkAePoJAM76CQAk+wkAevsJAIgCCgAAAAAAAAAAAAAAAACWCQoA7AkKAEIKCgCYCgoA7goKAEQLCgCaCwoA8AsKAAAAAAAAAAAARgwKAJwMCgDyDAoA7FMEAAgSBwBeEgcAugsCACYCDQB8Ag0A0gINAAoLAwCqMgQAADMEAK4jEQAEJBEAWiQRALAkEQBmiQAAOiECAJKhAQDUMA4AugsCACJOCQB4TgkAzk4JAPZoDABMaQwAomkMAPhpDABOagwApGoMAPpqDABQawwAKpYAAIYYAADcGAAAKpYAAIYYAACGGAAA3BgAACqWAACGGAAAkkkAAAoLAwBwEwMAxhMDAPLjCgBI5AoAnuQKAPTkCgBK5QoAoOUKALoLAgAiTgkAeE4JAM5OCQCIuA8A0kICAGQLAgBk9gwAuvYMANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAHi0PAAoLAwAAAAAAZAsCADohAgCQIQIATicAAE4nAACkJwAAgJYAAGKlDwAilAEAfBcCAGQLAgCOYw4AnlsGAPRbBgBKXAYAjiwIAGQLAgCIuA8AuO8JAJJJAABkCwIA2AUNAE4nAACSSQAAFiELAHTTDAAKvwcAhMcCANrHAgAKCwMA2AUNAELnDQBoxQgAvsUIADohAgA81gYAktYGAOjWBgA+1wYAlNcGAEIEBwA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA3K0KADKuCgDYBQ0ALgYNAIQGDQDaBg0A3N4NAFrZAABM2gQA2AUNAC4GDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgBkCwIAzK0OAAAAAABkCwIA+McQAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwD22QQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAPukPAIi4DwBOJwAAZAsCAI5jDgDgSQIANkoCAIxKAgB2rw8AVp0OABINAgBoDQIAvg0CABQOAgByDgAAZAsCAJYNDADsDQwAjnYCAChDAgCG0AYAQjEIAJJJAAAWIQsAdNMMAGQLAgAAAAAAZAsCAI5jDgDKrA4A1FkNADohAgA+6Q8AvMYJABLHCQByDgAAyA4AALjvCQDSQgIAZLMAACqWAACoLQIA/i0CAICcAwDEKA4AwkQHAJKhAQBkCwIAfBcCAMyTAQAkwgIAdiQKANQwDgAqMQ4A1LMPACq0DwB8FwIAzJMBACTCAgB2JAoAWrgFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgB2JAoANBwBABBoBQBmaAUAvGgFABJpBQD22QQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAPukPAIi4DwBOJwAAZAsCAI5jDgDgSQIANkoCAIxKAgA0HAEAEGgFAGZoBQC8aAUAEmkFAGhpBQCoLQIA/i0CAICcAwDEKA4AwkQHAJKhAQBkCwIAfBcCAMyTAQAkwgIAdiQKAFq4BQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIAdiQKADQcAQAQaAUAZmgFALxoBQASaQUAaGkFAKgtAgD+LQIAgJwDAMQoDgDCRAcAkqEBAGQLAgB8FwIAzJMBACTCAgB2JAoA1DAOACoxDgDUsw8AKrQPAHwXAgDMkwEAJMICAHYkCgBauAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAHYkCgCOLAgAILEQAJKhAQDUMA4AhhgAANwYAADeRgEATicAACYCDQB8Ag0A0gINACgDDQCAxQIAgJYAANTrAAB87gIAcBMDAMYTAwDy4woANBwBAIocAQAYzgsAbs4LAMTOCwAazwsA9mgMAEJQAgCYUAIA7lACAI4sCAA0HAEAihwBABjOCwBuzgsAxM4LABrPCwD2aAwAQlACAJhQAgDuUAIAjiwIADQcAQCKHAEAGM4LAG7OCwDEzgsAGs8LAJYNDADsDQwAQg4MAJgODADuDgwARA8MAJoPDACSoQEA6KEBAF62AwC0tgMAZAsCAMqQAADSQgIAkqEBALzGCQASxwkAcg4AAMgOAACSoQEAJMICAHYkCgCWOAwASFcEAJ5XBAD0VwQASlgEAKBYBABkCwIAtHALAApxCwCSSQAA9IQFAFqJAwBkCwIAugsCACYCDQDSQgIAZAsCAJYNDADsDQwAQg4MAJgODADuDgwARA8MAJoPDACoLQIA/i0CAICcAwDWnAMALJ0DAIKdAwC6CwIAJgINAHwCDQDSAg0AKAMNAJY4DAAYQwYAbkMGAJY4DADsOAwAQjkMAJg5DAAwpQYAlg0MAOwNDABCDgwAmA4MAO4ODABEDwwAmg8MAGo5AgCe0gEAcg4AAMgOAAA0HAEAnNkFAJxSAgBkswAALHwIAMyTAQAilAEAfBcCAGQLAgCWDQwA7A0MAEIODACYDgwA7g4MAEQPDACaDwwAugsCACYCDQDSQgIAZAsCACASAQComQ0A+vMQAFD0EAD2aAwATGkMAKJpDAD4aQwAlg0MAJBKAQA6TAIAkEwCACJOCQC2Iw8AKpYAAI4sCABkCwIAWtkAAMyTAQAYQwYA6EkAAGQLAgAAAAAAZAsCAIi4DwDSQgIAZAsCAIAIDwAAAAAAZAsCAIi4DwDSQgIAZAsCAIAIDwDWCA8ASusNADClBgBk9gwAZKYPALqmDwAmJQkA5LsPADq8DwBkpg8AhhgAAGSzAABWAAAArAAAAEoSDACgEgwA9hIMAEwTDACiEwwANBwBAJzZBQDUsw8A+gACAGaJAAASxQgAaMUIALyJAABsZQIAiv0GADoODgCK2goAbvsMAMT7DAAa/AwAcPwMAPZoDABMaQwAomkMAPhpDAA6IQIAPukPACqWAACGGAAAZAsCALoLAgAmAg0AfAINANICDQAoAw0AljgMAOw4DAAS1RAAaNUQAL7VEAAU1hAAatYQANQwDgCOLAgAajkCAGQLAgCOYw4A9IQFAFqJAwBkCwIAjmMOAMqsDgDUWQ0AljgMAOw4DAAS1RAAaNUQAL7VEAAU1hAAatYQAJY4DAAYQwYACgsDAHATAwD68xAAUPQQAKb0EACWOAwA7DgMABLVEABo1RAAvtUQABTWEABq1hAAlg0MAJKhAQDUMA4AKjEOANzGAQDoHgAAvMYJAIIuDADYLgwAZAsCAGgJAACGGAAA+vMQAFD0EACm9BAAljgMAOw4DAAS1RAAaNUQAL7VEAAU1hAAatYQAMqQAAAgkQAAkkkAAJ5bBgD0WwYASlwGACqWAACAlgAA1OsAAHzuAgCSoQEA6KEBAF62AwC0tgMAZAsCAMTxBwCKNA0AZLMAACx8CABkCwIAugsCACJOCQB4TgkAzk4JAB4tDwB0LQ8AfBcCAIraCgA0HAEAZAsCAMyTAQAilAEAZAsCANgFDQDUsw8AWokDAGQLAgCIuA8ATicAAGQLAgCOYw4ANGUQAD5KAACUSgAAyA4AALjvCQDSQgIAZLMAACqWAACSoQEA6KEBAIqGCwDghgsANocLADDIAgBaiQMAZAsCAJY4DADsOAwAEtUQAGjVEAC+1RAAFNYQAGrWEADUMA4AjiwIAGQLAgB8FwIAitoKADQcAQCOYw4ANGUQAD5KAAB8FwIAitoKADQcAQByDgAAZAsCANgFDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZPYMANJCAgBipQ8AJMICAHYkCgDMJAoAZAsCALoLAgAmAg0AfAINANICDQAoAw0AugsCACYCDQDSQgIAZAsCAJ7SAQCOLAgAOiECAGSzAACiww4A3BgAAN5GAQBOJwAAJgINAHwCDQDSAg0AKAMNAIDFAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEACr8HALqzAACigAIA+IACAE6BAgCOLAgAZKYPAE4nAABOJwAAJgINAHwCDQDSAg0AKAMNAIDFAgCAlgAA1OsAAHzuAgAuBg0AkkkAAJ5bBgBQbQ0AjsoBALyJAADerAkAypAAANJCAgCOYw4AyqwOANRZDQC6CwIAIk4JAFjJDgDGZwIARtUDAJzVAwDy1QMASNYDAJ7WAwD01gMAStcDAKDXAwA6IQIAPukPALzGCQASxwkAcg4AAMgOAACSoQEAJMICAHYkCgCOLAgACgsDAIYYAADcGAAA3kYBAJQjAgCiZwsA+GcLAE5oCwCkaAsAugsCAA59EAAgkQAAQuUMAJJJAACeWwYAwkQHADTYCQCSSQAAFiELAIYYAAByDgAAgpkBAMJEBwA02AkA6PsDAD78AwC8xgkAEscJAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCALRwCwBWnQ4AVm4MAKxuDAACbwwAWG8MAK5vDAAEcAwAWnAMAGT2DADSQgIAYqUPACTCAgB2JAoAZAsCANQYAgAqGQIAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwAKCwMAugsCACYCDQDSQgIAZAsCAJYNDACOLAgAVj0JAGQLAgCWOAwAsHAMAAZxDAD2aAwATGkMAKJpDAD4aQwAkqEBAOihAQBetgMAtLYDAGSmDwC8xgkAEscJAAAAAADKkAAAzJMBANJCAgA6TAIAOv4FAGQLAgA0HAEAihwBABjOCwBuzgsAxM4LABrPCwCWDQwAkEoBAOZKAQAkwgIAzJMBAI4sCABkpg8Acg4AAGQLAgCWDQwA7A0MAEIODACYDgwA7g4MAEQPDACaDwwAfBcCANIXAgBkCwIAugsCACJOCQB4TgkAzk4JAHIOAABkCwIAljgMAOw4DABCOQwAcg4AAFYAAAAmJQkAWuUGAE4nAACOygEA5MoBADrLAQAeLQ8AVi8CACqWAACAlgAA1OsAAHzuAgBa2QAA/CwCAHYsDgDyVAMAIpQBAHwXAgAKCwMAhhgAANwYAADeRgEAdJQCABSpDwAg1g0AjiwIAGSmDwC6pg8AEKcPAGanDwC8pw8AEqgPAGioDwC+qA8ACgsDAHIOAAAUjwIA9IQFAEqFBQBkswAAkkkAAAoLAwDSQgIAOkwCAGKLAgCw5QYAJMICAHYkCgDMJAoAKEMCADohAgCSoQEA1DAOAPiUDABOlQwApJUMAPqVDABQlgwAZLMAAGaLAQDSQgIAOkwCAPiUDABOlQwApJUMAPqVDABQlgwAppYMAPyWDABSlwwAqJcMAP6XDABUmAwAqpgMAALaAQBY2gEA6PkCAD76AgDUMA4A+JQMAE6VDACklQwA+pUMAFCWDACmlgwA/JYMAFKXDAColwwA/pcMAFSYDACqmAwAVgAAAKwAAACOdgIA8pEMAOgeAAAg1g0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAAB87gIAWtkAAPwsAgB2LA4A8lQDACKUAQB8FwIACgsDAACsAABWrAAArKwAAHSUAgAUqQ8AINYNAI4sCABkpg8AuqYPABCnDwBmpw8AvKcPABKoDwBoqA8AvqgPAAoLAwByDgAAFI8CABYhCwBsIQsAQjEIAKpXAQAkLA0ACgsDAHwXAgA0HAEAQjEIAIYYAACSSQAAZokAAJxSAgCeWwYAwkQHADTYCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAApMAMALgcCwA6IQIAPNYGAJxSAgBmiQAAEsUIAGQLAgC0cAsArssPAATMDwBazA8AEsUIAAoLAwBsZQIAvMwMABLNDABozQwAvs0MAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAAFz4DwBkCwIAiLgPALjvCQCSSQAAZAsCAIi4DwBOJwAAZAsCADQcAQBCMQgAmDEIAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgCc3wgAFiELAI4sCABkCwIAOiECAFqJAwBkCwIA2AUNANSzDwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgCWDQwAkEoBAOZKAQAeKQ0AdCkNAMopDQB8FwIA0hcCAIi4DwCs8w4ANN4MAIreDACOXwwA5F8MALoLAgAQDAIAsscMAAjIDABeyAwAtMgMAArJDABgyQwAtskMAAzKDACWDQwA7A0MAI52AgDykQwA6B4AALRwCwCuyw8ABMwPAFrMDwBkswAAhMcCANKJEAB8FwIA7t8JAETgCQCWOAwA7DgMAEI5DAAGRgwAXEYMAIplEAA6TAIAcO4FADT/BwBkCwIAAAAAAKLqDABkCwIA7t8JAGaJAADUsw8AjiwIAJKhAQDUMA4AjiwIALRwCwBWnQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAAoLAwAAMQMAVjEDAKwxAwAucwMAhHMDANpzAwAwdAMAhnQDANgFDQCcUgIA2AUNAJxSAgAAAAAAYvUMAGQLAgCOLAgAzqQJAE7CDQCkwg0A+sINAFDDDQAKCwMAOiECAFqJAwCSSQAAFiELABAOAwAsfAgAZokAAI52AgDu3wkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCAK7LDwAEzA8AWswPAIYYAACSSQAAZokAAPT9AQBkCwIAtHALAK7LDwAEzA8AWswPAMJEBwC47wkAIJEAACrFAgBk9gwAZKYPAJJJAAAWIQsAWuUGAJJJAAAWIQsAZokAAI52AgA6TAIAZPYMAGSmDwCSSQAAFiELAFrlBgCSSQAAFiELAHIOAACCmQEA2JkBAC6aAQCEmgEAYsoMALjKDABkCwIAOiECAFqJAwBkCwIAxPEHAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAOj7AwDoHgAAPh8AADpMAgCe0gEACBAGAFrlBgCSSQAAnlsGAMJEBwA0HAEAnNkFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCALzGCQASxwkAYosCAI5hDQCGGAAAkkkAAGQLAgA20QUAhMcCANrHAgAwyAIAhsgCAJKhAQBmiQAA3MYBABSPAgD22QQAlg0MAJBKAQDmSgEAHikNAHQpDQDKKQ0AICoNAGQLAgA20QUAjNEFABR+DwBqfg8AwH4PABZ/DwBsfw8Awn8PAGQLAgBa2QAAzJMBABhDBgDoSQAAZAsCALRwCwBWnQ4ArJ0OAAKeDgBuQwYANtEFAIzRBQC8iwEACr8HACqWAAByDgAAKsMBAGo5AgAwOBAAhjgQACQsDQB6LA0AzJMBABhDBgAWIQsAjiwIAGQLAgBa2QAAzJMBABhDBgDoSQAAZAsCADbRBQCM0QUAvIsBABKMAQDKkAAAOiECAJJJAAAWIQsA+EANAE5BDQBURg4ATicAAI7KAQDkygEAOssBANgwDQAuMQ0AhDENANoxDQAwMg0AwkQHAMJEBwCs8w4AjmMOAJ5bBgD0WwYASlwGAI4sCABkCwIAiLgPALjvCQCSSQAAZAsCAJY4DADsOAwAiLgPAE4nAAAqlgAAjiwIAGSmDwCOLAgAZAsCAI5jDgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAQjsNAJg7DQByDgAAFI8CAI5jDgCeWwYA9FsGAEpcBgCOLAgAZAsCAIi4DwC47wkAkkkAAGQLAgCWOAwA7DgMABYRAwBY7AoAOmQOAKRBDQD6QQ0AUEINAKZCDQD8Qg0AUkMNAKhDDQD+Qw0AVEQNAKpEDQBsUA0AwlANABhRDQBuUQ0AFhEDAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GACxVCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA2AUNAE4nAACSSQAAFiELAHTTDACOYw4AyqwOANRZDQA6IQIAPukPANgFDQDUsw8AKrQPAJY4DADsOAwAEtUQAGjVEAC+1RAA1LMPAGSzAAAqlgAAiLgPAE4nAABkCwIAtHALAK7LDwAEzA8AWswPAGQLAgD2aAwATGkMAKJpDAD4aQwA6iMCAFadDgCsnQ4A6PsDALRwCwBWnQ4ArJ0OAOj7AwD2aAwATGkMADIZAAC0cAsArssPAATMDwBazA8ArssPAATMDwBazA8AKpYAAMyTAQAkwgIAdiQKAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEAjGANAOJgDQA4YQ0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAFiELAI4sCABkCwIAtHALAFadDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAAfO4CAHwXAgDSFwIAjiwIAGQLAgD2aAwATGkMAKJpDAD4aQwA6iMCAFadDgASDQIAaA0CAL4NAgAUDgIAZAsCAMTxBwCKNA0AZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIA0FsPACZcDwD2aAwATGkMAKJpDAD4aQwA6iMCAFadDgASDQIAaA0CAL4NAgAUDgIAag4CAFadDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDyVAMAAAAAAIYYAADyVAMASFUDAI5jDgDKrA4A1FkNADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFAGT2DAC69gwAJKUJAIi4DwAYRQcAbkUHAJYNDADMkwEAIpQBAMTxBwBgeQ8AtnkPAI52AgC8xgkAEscJAHDuBQDG7gUAijQNAGSzAABkswAAKpYAACqWAAA6IQIAPukPANgFDQA6IQIAkqEBAHDuBQA0/wcAZAsCAJYNDACQSgEA5koBALbNDgAMzg4AYs4OALjODgAOzw4AiLgPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgD2aAwA+gACAABaAgCeWwYAKpYAAHIOAABkCwIAiLgPAE4nAABkCwIAypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgD2aAwA+gACAABaAgCGGAAA3BgAAHyiBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQB8cQQAiLgPADohAgCe0gEACBAGAFrlBgCSSQAAZAsCAG77DADE+wwAGvwMAHD8DAD2aAwATGkMADIZAADYBQ0AnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQBCMQgAkkkAAOhJAAA4Ng0AjiwIAGQLAgDUMA4AjiwIAGQLAgB4fQsAwkQHABhFBwCSSQAAnlsGAMJEBwA02AkACgsDAMqQAAAgkQAAWtkAALDZAAAoQwIAXPgPAET5AADw+wEAeH0LAM59CwCIuA8ANNgJAGQLAgDYBQ0AMKUGAHh9CwCGGAAA3BgAAHyiBwAqlgAAeH0LAM59CwAkwgIAesICANDCAgAmwwIAljgMAOw4DAB4lAEAwkQHAKzzDgDCZQIAWtkAAMyTAQAYQwYA6EkAAPSEBQCCLgwAkkkAAOhJAABaiQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCABLFCAByDgAA9mgMAPJUAwDYBQ0AzrAPACSxDwB6sQ8A0LEPACayDwAilAEAfBcCALRwCwCuyw8ABMwPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAUG0NAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAAAeLQ8AkGgQANgFDQCqxw4A3qwJAMqQAABmiQAAEsUIAKgtAgD+LQIAQGsQAJZrEAD6chAAUHMQAKZzEAD8cxAAUnQQAKh0EAD+dBAA9tkEAJY4DACwcAwABnEMAPZoDABMaQwAomkMAPhpDAB4fQsAkkkAAPSEBQCCLgwAKpYAAHh9CwBOJwAAjsoBABLFCAByDgAA6B4AAHh9CwAaUg0A9IQFAIIuDACSSQAA6EkAAFqJAwBOagwAEAwCABLFCAByDgAA1O8CAAoLAwAKCwMAeAANAM4ADQAkAQ0AegENANABDQC29AwADPUMAIi4DwDSQgIAZAsCAPZoDAAqlgAAZokAAI52AgC0cAsACnELAI4sCABkCwIAiLgPAE4nAABkCwIAljgMAOw4DAD68xAA6qAAAFY9CQAqlgAAcg4AAGQLAgD2aAwATGkMAKJpDAD4aQwA6iMCAFadDgCsnQ4A6PsDAGT2DADc3g0AMt8NAIjfDQDe3w0ANOANAIrgDQDg4A0ANuENAIzhDQDi4Q0AOOINAI7iDQASxQgA0kICADpMAgBw7gUANP8HAFqJAwBkCwIAtHALAFadDgCsnQ4A6PsDABSPAgDYBQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAMA5AgCCLgwA2C4MAC4vDACELwwA2i8MADAwDACGMAwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwCeWwYA9FsGAEpcBgCOLAgAZAsCAIi4DwC47wkAkkkAAGQLAgBa2QAA/CwCAMyTAQAYQwYAnlsGACKUAQB8FwIAZAsCALoLAgAmAg0A0kICAGQLAgCIuA8AGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAICWAADU6wAAfO4CANoIDgAwCQ4AhgkOANwJDgAyCg4AiAoOAN4KDgA0Cw4AigsOAOALDgA2DA4AjAwOAOIMDgA4DQ4Ajg0OAOQNDgAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAHwXAgB8FwIA0kICADpMAgB8FwIAuBwLAJxSAgAWIQsAKpYAAICWAADU6wAAfO4CAIYYAADyVAMAIpQBAHwXAgBkCwIAxPEHAOgeAABUOAcA1DAOAFrlBgCSSQAAFiELAI4sCABkCwIAjmMOAORjDgA6ZA4AulAPAMTxBwBgeQ8AtnkPAI52AgCSSQAAVgAAAHD4CgDG+AoAkkkAAAAAAABOJwAAjsoBAOTKAQCe/wIAvMYJABLHCQBw7gUA3MYBAMgOAAA02AkACgsDAIwhAwDiIQMAOCIDAI4iAwDkIgMAOiMDAJAjAwDmIwMAPCQDALjvCQCSSQAAVgAAAOqgAACSSQAAZAsCALoLAgDSQgIABJUJADQcAQBkCwIAxPEHAHKrDgDIqw4AzJMBADbRBQC6swAA1DAOACoxDgDCRAcA0kICAGxlAgDkYw4AOmQOACCCDgB2gg4AiI0PAN6NDwA0jg8Aio4PAI52AgAqlgAAjiwIAGQLAgCOYw4A5GMOADpkDgAggg4AdoIOAIiNDwDejQ8ANI4PAIqODwAqlgAAZokAAMJlAgCOLAgAZAsCAI5jDgDkYw4AOmQOACCCDgB2gg4AiI0PAN6NDwA0jg8Aio4PALoLAgAQDAIAZgwCALwMAgA8kA4AkpAOAOiQDgByKg4AyCoOAB4rDgB0Kw4AyisOACAsDgCSoQEA1DAOACoxDgBkCwIAjmMOAORjDgA6ZA4AIIIOAHaCDgCIjQ8A3o0PADSODwCKjg8A6KEBAFrZAABkCwIAjmMOAORjDgA6ZA4AIIIOAHaCDgCIjQ8A3o0PADSODwCKjg8AwmUCAI4sCABkCwIAjmMOAORjDgA6ZA4AIIIOAHaCDgCIjQ8A3o0PADSODwCKjg8Acg4AAGQLAgC6CwIAEAwCAGYMAgC8DAIAvMYJABLHCQByDgAA2DANAJKhAQCSSQAAZAsCAMTxBwCKNA0AiI0PAN6NDwA0jg8Aio4PAAAAAAC2TA4AZAsCALoLAgAQDAIAZgwCAE7ADAC0cAsArssPAATMDwBazA8ANNgJACqWAADE8QcA6B4AAChbDgB+Ww4A1FsOAGQLAgCIuA8AjmMOAORjDgDcXw4AMmAOAIhgDgDeYA4ANGEOAIphDgBkCwIAiLgPAJKhAQCSoQEA1DAOAFrlBgCSSQAAnlsGACKUAQACAQAAkpIPAHIOAABkCwIAmBQPAAxNDgCSSQAAypAAAFYAAABkswAAurMAAKKAAgD4gAIAToECADQcAQCKHAEAGM4LAG7OCwDEzgsAGs8LAGaJAACOdgIAjiwIAFY9CQBa2QAAhhgAAGSzAAC6swAAooACAPiAAgBOgQIAkkkAABYhCwD4QA0ACHQNAF50DQC0dA0ACnUNAGB1DQC2dQ0A6B4AAHIOAAAAAAAAAAAAAJSRDgDqkQ4AQJIOAJaSDgBE+QAANAkNAPbZBADIrQ8AHq4PAHSuDwC8DAIAAAAAADbRBQCM0QUA4tEFAPhtDgBObg4ApG4OAHIOAADIDgAAkqEBANQwDgBqOQIAkqEBAOihAQB2MBAAIpQBAE4nAABa2QAA/CwCAHYsDgAwOBAAgJYAANTrAAB87gIAjiwIAGSmDwA6IQIAkCECAHQ+AgD0hAUA9hQNAEwVDQAkwgIAesICANDCAgCoXAQAjiwIAOQsCABSHhAAnlsGAMJEBwA02AkAZAsCAFrZAAD8LAIAdiwOAPJUAwAilAEAfBcCAGT2DABkpg8AuqYPABCnDwBmpw8AvKcPABKoDwBoqA8AnlsGAMJEBwA02AkAZAsCAFrZAAD8LAIAdiwOAPJUAwAilAEAfBcCAMTxBwCKNA0AzJMBABhDBgAWIQsA+EANAAoLAwCOYw4A5GMOADpkDgAggg4AdoIOAMyCDgAigw4AeIMOALoLAgAQDAIAZgwCALwMAgA8kA4A/t0EAFTeBADs4gsAgi4MAPwNCABWPQkAuO8JAJJJAABkCwIAAAAAAGSmDwCAlgAA1OsAACrsAAAAAAAAAAAAAMTxBwCKNA0AzJMBABhDBgAWIQsA+EANAKjdBADGKQ4AHCoOALpQDwC6CwIAIk4JAHhOCQDOTgkAAAAAAOySDgB8wQEATicAAI7KAQDkygEASP8CAAoLAwC0cAsAVp0OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBG5wwAnOcMALzGCQASxwkAntIBAAgQBgBa5QYAkkkAAJ5bBgDCRAcANNgJAGQLAgCWOAwA7DgMAKpXAQAkLA0AeiwNANAsDQAmLQ0AfC0NANItDQAoLg0Afi4NANQuDQAqLw0A2AUNADClBgD2aAwATGkMAHyiBwAeLQ8AIGoCAHZqAgDMagIAImsCAGQLAgC0cAsAVp0OAKydDgACng4AbkMGADbRBQCM0QUAvIsBABKMAQCC4A8ANBwBAJzZBQDMkwEAIpQBAPJUAwAilAEAfBcCAGQLAgCWOAwA7DgMAKDCDgD2wg4APpMPAJSTDwB4QAIATMMOAPbZBAAAAAAAZAsCAMqQAAAgkQAApOsMAPrrDABQ7AwApuwMAPzsDABS7QwAqO0MAP7tDACuyw8ABMwPAFrMDwA6IQIAPukPAJJJAABa2QAAKpYAACqWAACGGAAAZAsCAI5jDgDkYw4AOmQOAFYAAACsAAAAAgEAAPbZBACgwg4A9sIOAPbZBACSSQAAeEACAEzDDgD22QQAAAAAAGQLAgCOYw4ANGUQAMyTAQDo+wMAPvwDAJT8AwDkYw4AOmQOAKRBDQD6QQ0AUEINAKZCDQD8Qg0AUkMNAKhDDQD+Qw0AVEQNAKpEDQBsUA0AwlANABhRDQBuUQ0AxFENAGxlAgC8zAwAjiwIAIYYAABCUAIAXPgPAJImBABCJQIAmCUCAET5AADw+wEApAoHAITHAgDaxwIAMMgCALyJAADSQgIABJUJAHIOAAAqwwEAIpQBAPJUAwDo+wMAQiUCABTODACOLAgAZAsCAJY4DADsOAwAkkkAABYhCwD4QA0ATkENABhFBwBuRQcAVJAIAJJJAADgSQIAiLgPADTYCQBkCwIAxPEHAOgeAAAoWw4AflsOANRbDgBWLwIAZokAABLFCABoxQgAvsUIADbRBQCExwIA2scCADDIAgA6IQIAZokAALyJAACSoQEAZokAAGxlAgCqbw0AAHANAFZwDQCscA0AAnENAFhxDQC8xgkAgi4MACJtAwB4bQMAdNMMANTrAACCLgwAVgAAAJJJAAAWIQsAAAAAAAAAAAAAAAAAOiECAD7pDwBOJwAAJgINANJCAgA6TAIA2AUNAELnDQBoxQgAaAkAAL4JAABu+wwAODYNAI42DQBmiQAATicAAJJJAAAWIQsAdNMMAGQLAgDYBQ0AQucNAGjFCABoCQAAvgkAAG77DAA4Ng0AjjYNALRwCwBmiQAAvIkAACx8CABoCQAAvgkAAG77DAA4Ng0AjjYNALRwCwBmiQAAvIkAACx8CABoCQAAvgkAAG77DAA4Ng0AjjYNAKhcBAAilAEAgpkBACKUAQAmJQkA5LsPADq8DwCQvA8A5rwPAAAAAAC6CwIAEAwCAGYMAgD07A4ASu0OAGQLAgCOYw4A5GMOADpkDgC6UA8AbGUCAAAAAABkCwIAjmMOAORjDgA6ZA4AulAPAMTxBwCKNA0AzJMBABhDBgAWIQsA+EANAJYNDADsDQwAJFkOALoLAgAQDAIAZgwCADbRBQCExwIAyOkCAGSzAAAqlgAAVDgHAJKhAQDUMA4AjiwIAHKrDgDIqw4AHqwOAHSsDgDKrA4AIK0OAGT2DAAgsRAAdrEQAChDAgCcUgIAnlsGAMJEBwA02AkAVi8CADQcAQByDgAAjmMOAORjDgA6ZA4AulAPAJYNDADsDQwAJFkOALoLAgAQDAIAZgwCAMTxBwCKNA0AzJMBABhDBgAWIQsA+EANAGo5AgBqOQIAKggPAGQLAgC6CwIAEAwCAGYMAgC8DAIArssPAATMDwBazA8AugsCANJCAgAElQkANBwBAIi4DwCs8w4AljgMAHwXAgCGGAAA3BgAANJCAgA6TAIAOv4FAGQLAgDKkAAAIJEAAELlDACY5QwA7uUMAETmDACa5gwA8OYMAJyVDgDaCg8AMAsPAIYLDwC2TA4AwOMBAChbDgB+Ww4A1FsOAGQLAgBu+wwAODYNAI42DQDcXw4AMmAOAIhgDgDeYA4ANGEOAIphDgBkCwIAbvsMADg2DQCONg0AZokAALyJAAAsfAgAZAsCAMTxBwDoHgAAKFsOAH5bDgDUWw4AZAsCAG77DAA4Ng0AjjYNAI5jDgDkYw4A3F8OADJgDgCIYA4A3mAOADRhDgCKYQ4AZAsCAG77DAA4Ng0AjjYNAAAAAAD0/QEAkkkAAMqQAADSQgIAOkwCAB4tDwBWAAAArAAAAAAxAwBWMQMArDEDAAIyAwC0cAsAVp0OABINAgBoDQIAvg0CABQOAgBqDgIAJhcCALzGCQCCLgwANtEFAIzRBQDi0QUA9mgMAEJQAgCYUAIAAAAAAB4tDwB0LQ8AwKkPABaqDwBsqg8AwqoPAE7ADACWDQwA7A0MACRZDgAKCwMAxKsPABqsDwBwrA8ACgsDAGQLAgDKkAAAIJEAAPJUAwAYQwYAbkMGAJ7SAQDUMg8AVgAAAMyTAQAYQwYAFiELAHTTDAAkwgIAzJMBACKUAQAibQMAZokAADoODgCK2goAlg0MAJKhAQBmiQAAnFICAE4nAAAmAg0A0kICADQcAQBkCwIAxPEHAIo0DQDMkwEAGEMGABYhCwCCLgwA2C4MAGQLAgC6CwIAIk4JAFjJDgCuyQ4ABMoOAFrKDgCwyg4ABssOAFzLDgDYBQ0ATicAAJJJAAAWIQsAdNMMADYQEACMEBAA4hAQADgREACOERAA5BEQAPKRDABkCwIAugsCACYCDQB8Ag0A0gINAMTxBwByqw4AyKsOAB6sDgB0rA4AYHkPALZ5DwCOdgIAkkkAABYhCwDYBQ0AOiECAMQoDgAaKQ4AkkkAABYhCwCKNA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAADn0QABAMAgBmDAIAvAwCAFRGDgCqRg4AAEcOACYCDQB8Ag0A0gINAMTxBwByqw4AyKsOAB6sDgB0rA4AYHkPALZ5DwCOdgIAkkkAABYhCwDYBQ0AOiECAMQoDgAaKQ4AkkkAABYhCwCKNA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAADn0QAFZHDgCsRw4AAkgOANzGAQBkCwIAAAAAAGQLAgC6CwIAEAwCAGYMAgA03gwAit4MAAAAAAC8xgkAgi4MANguDAAKCwMAtHALAFQ4BwCqOAcAXPgPAJImBADoHgAAjiwIAAoLAwDMkwEAIpQBAE4nAAAmAg0AfO4CAEj/AgCe/wIAjmMOAORjDgA6ZA4AulAPABBRDwAsXw8Agl8PANhfDwC+SAoAFEkKAGpJCgA03gwAit4MALRwCwCuyw8ABMwPAFrMDwDASQoAPJAOAP7dBABU3gQAKFULAFadDgCuIxEABCQRAFokEQCwJBEAlg0MAJKhAQDUMA4AKjEOANzGAQDoHgAAvMYJABLHCQBoxwkA5kwCAB4tDwDA4wEAFuQBAHzBAQDu3wkAFM4MAFQ4BwD8LAIAdiwOAPJUAwAilAEAfBcCAEj/AgCe/wIAjmMOAORjDgA6ZA4AulAPABBRDwAsXw8Agl8PANhfDwAUjwIAao8CANSzDwCOLAgA5CwIAI52AgCOLAgAVi8CAMJEBwC47wkAKpYAAICWAADU6wAAfO4CAALaAQBY2gEAkqEBANQwDgCSSQAAFiELAI5jDgBmiQAA3MYBAKDCDgDMkwEAOqICAI4sCABkCwIAugsCABAMAgBmDAIAvAwCAMTxBwCKNA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAADn0QADCKDgCGig4A3IoOADKLDgCIiw4AHi0PAHQtDwDKLQ8AYHkPACaHDwB8hw8A0ocPACiIDwA0jA4AiowOAOCMDgBkCwIAZAsCAAoLAwA0HAEANBwBAJzZBQCOdgIAWokDAGQLAgD0/QEASv4BAKD+AQD2/gEATP8BAKL/AQCGGAAAKpYAAJJJAACIxwEAjiwIAFYAAAAmJQkAjiwIAJJJAABmiQAAEsUIAGQLAgCOYw4A5GMOADpkDgC6UA8AEAwCAGYMAgC8DAIAxPEHAIo0DQBkswAAZLMAACqWAAByDgAAKsMBAE4nAAAOfRAAWtkAAPwsAgDQWw8AKpYAAICWAAA6TAIAjmMOAORjDgA6ZA4AZLMAAGaLAQAC2gEAWNoBAJKhAQDUMA4AkkkAAI5jDgDkYw4AOmQOANgFDQDOsA8AJLEPAHqxDwDQsQ8AJrIPAHyyDwDSsg8AKLMPAAoLAwAAAAAAAAAAAMyTAQDo+wMAoMIOACqWAABWAAAAkEoBADpMAgBiiwIAhMcCAJxSAgAWIQsAZLMAAAAAAACQaBAAugsCABAMAgBmDAIAvAwCAJDLAQBGbhAAcqsOAMirDgAerA4AdKwOAAoLAwC6CwIAEAwCAGYMAgA03gwAit4MALRwCwCuyw8ABMwPAFrMDwDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEAcg4AAKgtAgCGGAAAZAsCALRwCwCuyw8ABMwPAFrMDwCIuA8ACr8HAGC/BwC2vwcADMAHAGLABwC4wAcADsEHAMJEBwCSSQAA6EkAAD5KAAB0lgMAZAsCALRwCwCuyw8ABMwPAFrMDwCGGAAAjiwIAM6kCQAilAEAfBcCAAoLAwC0cAsAVp0OAELADwCYwA8A7sAPAETBDwByDgAAZokAAIbQBgBWAAAAkqEBADohAgDEKA4AGikOAHApDgBMQg4AkqEBANQwDgAqMQ4AgDEOAGQLAgCIuA8ATicAAGQLAgCOYw4A5GMOADpkDgCOLAgAzqQJAE7CDQCkwg0AtkwOAAxNDgCSoQEA1DAOACoxDgBWPQkAaFAOAL5QDgC2TA4ADE0OAICWAADU6wAAfO4CAJZnDgCSSQAAFiELAPhADQBOQQ0AZPYMALr2DAAe1w4AdNcOAMrXDgAg2A4AdtgOAMzYDgBOagwAIk4JAFjJDgCuyQ4ABMoOAFrKDgBkCwIAOiECAD7pDwBOJwAAJgINANJCAgA6TAIAljgMABhDBgByDgAAZAsCAJYNDADsDQwAjnYCADpMAgCGGAAAkkkAAGQLAgDYBQ0A1LMPAI4sCABkCwIAWtkAAPwsAgDQWw8AJlwPADbRBQCExwIAyOkCAGSzAAAqlgAAVDgHAJKhAQDUMA4AjiwIAJJJAADgSQIANkoCAIxKAgAg1g0AINYNACASAQAqlgAAgJYAANTrAABWLwIArC8CAAIwAgBYMAIArjACAFYvAgBOJwAAjsoBAOTKAQCOXwwA5F8MAAAAAAAWEQMAWOwKADpkDgDsZw4AEAwCAGYMAgC8DAIAqC0CAKgtAgAqlgAAZokAANSzDwBkswAA0kICADpMAgBw7gUAnFICAJ5bBgDCRAcANNgJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAJxSAgCeWwYA6PsDAE4nAAAiTgkAKpYAAI4sCACOLAgAZKYPALqmDwAmJQkA5LsPADq8DwBkpg8AhhgAAGSzAABaiQMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQCoXAQAZLMAAITHAgCcUgIAnlsGAMJEBwA02AkAZLMAAGaLAQC8uAIANhAQABYhCwCqVwEAVm4MAKxuDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAAB8ogcAkkkAAPSEBQD2FA0ANHQCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgAMaAYAYmgGALhoBgAOaQYAZGkGALppBgAQagYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAWIQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAABC5QwALHwIAIJ8CACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqFwEACKUAQDyVAMAGEMGAJ5bBgBmiQAAEsUIAKhcBAAgagIAZokAAJxSAgCeWwYAwkQHADTYCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJxSAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAA0kICADpMAgByDgAAyA4AALjvCQDSQgIAZLMAACqWAABOJwAAjsoBAOTKAQCOXwwA5F8MACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBcCAIraCgDg2goAntIBAI4sCAA6IQIAZLMAAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAMyTAQA6ogIAkKICAOaiAgA8owIAkqMCAOijAgByDgAAFI8CAGqPAgCcUgIAFiELACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAr0DABg9AwAKpYAAKpXAQCuIxEABCQRAFokEQCwJBEABiURAFwlEQCyJREAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEACvQMAGD0DABkswAAZosBAALaAQBY2gEAkqEBANQwDgCSSQAAnlsGAMJEBwA02AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEACvQMAGD0DACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYAEk4NAGhODQC+Tg0AFE8NAGpPDQDATw0AFlANAARaAQAK9AwAYPQMAMqQAAAgkQAAQuUMACx8CACCfAgA2HwIAC59CACEfQgA2n0IAM6kCQDCRAcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEACvQMAGD0DAByDgAAqAYEAP4GBADUMA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAK9AwAYPQMAJImBADoJgQAPicEAJQnBADqJwQAQCgEAJYoBADsKAQAQikEAJgpBADuKQQABFoBAAr0DABg9AwATicAAJKhAQBaiQMAWtkAAPwsAgBaiQMAcg4AAKgGBAD+BgQA1DAOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEACvQMAGD0DABMLgQAoi4EAPguBABOLwQAZAsCAAoLAwDoSQAAjGYQAOJmEAA4ZxAA0kICAASVCQBa2QAA/CwCADohAgCSoQEAZAsCALRwCwBWnQ4AEg0CAGgNAgC+DQIAFA4CAGoOAgAAAAAAZAsCALzGCQASxwkAYosCAI5hDQDkYQ0AOmINAJBiDQDE8QcAosMOAPjDDgBOxA4ApMQOAPrEDgBQxQ4AxPEHAKLDDgD4ww4ATsQOAKTEDgD6xA4AUMUOALRwCwBWnQ4AEg0CAGgNAgC+DQIAFA4CAGoOAgAeLQ8AkGgQANgFDQCqxw4A3qwJAMqQAABmiQAA2AUNAKrHDgDerAkAypAAAGaJAAASxQgAZAsCAB4tDwCQaBAA5mgQADxpEACSaRAA6GkQAD5qEACUahAA6moQAMqQAACSoQEAkqEBAGQLAgBk9gwAuvYMABD3DABm9wwAYqUPACKUAQB8FwIAZAsCAJY4DAAYQwYAFiELAGwhCwByDgAATicAAJJJAABkCwIANtEFAIzRBQDi0QUAoEMPAPZDDwBMRA8AokQPAHwXAgDu3wkAROAJAGQLAgA20QUAjNEFAOLRBQCgQw8A9kMPAExEDwCiRA8AkMkAAHIOAADoHgAAjiwIAGQLAgA6IQIAWokDAAoLAwDA4wEA5mgQAApxCwCOLAgAZAsCAIi4DwBOJwAAZAsCAJY4DADsOAwAhhgAACqWAACAlgAAZAsCALRwCwBWnQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAMTxBwBgeQ8AtnkPAMCPAgAWkAIAZAsCAI5jDgD0hAUA9hQNAEwVDQCiFQ0AHi0PAHQtDwAeLQ8AdC0PAMotDwAgLg8ANtEFAITHAgDSiRAAKIoQAH6KEADUihAAKosQAICLEADWixAALIwQAB4tDwB0LQ8A2AUNADohAgDEKA4AJMICAHYkCgC0cAsAVp0OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAA/CwCANBbDwAmXA8AjmMOADRlEAA+SgAAOqQDALr2DADSQgIAOkwCAGKLAgCSSQAAZAsCADbRBQCExwIA0okQACiKEAB+ihAAiLgPAE4nAABkCwIAjmMOADRlEAA+SgAAugsCACYCDQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQB8FwIAZAsCALRwCwBWnQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAANJCAgBipQ8AIpQBAHwXAgBkCwIAbvsMAMT7DADUsw8AjiwIAJKhAQCoXAQAIpQBAHwXAgBkCwIAiLgPAE4nAABkCwIAjmMOADRlEAA+SgAA+p0QAFCeEACmnhAA/J4QAFKfEAConxAA/p8QAFSgEACqoBAAAKEQAFahEACsoRAAAqIQAKgtAgD+LQIAWqEPANSzDwDcGAAA3kYBAOhJAAA+SgAAdJYDAGQLAgC0cAsAVp0OAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCIuA8ACr8HAGC/BwC2vwcADMAHAGLABwC4wAcADsEHAOA0DQA2NQ0AjDUNAOI1DQAKCwMAAAAAAAAAAAAAAAAAZAsCAPZoDAD68xAAUPQQAKb0EACWOAwA7DgMABLVEABo1RAAvtUQABTWEABq1hAA2AUNADT/BwCOLAgAWokDAGaJAACOdgIAhhgAAGQLAgDYBQ0ANP8HAI4sCACWDQwAhhgAAPrzEABQ9BAApvQQAJY4DADsOAwAEtUQAGjVEAC+1RAAFNYQAGrWEADYBQ0ANP8HAI4sCAByDgAAFI8CAGqPAgASxQgAaMUIAHwXAgCK2goANBwBAGQLAgCWOAwA7DgMABLVEABo1RAAvtUQABTWEABq1hAAOiECAJAhAgBM3gYAKsUCAJKhAQDUMA4AljgMAOw4DAAS1RAAaNUQAL7VEAAU1hAA0hcCAGQLAgB8FwIAitoKAODaCgD2aAwA+vMQAFD0EACm9BAAljgMAOw4DAAS1RAAaNUQAL7VEAAU1hAAatYQAFYAAACQSgEA5koBACTCAgDMkwEAjiwIAGSmDwCAlgAA8pEMABSPAgD0hAUA9hQNAJxSAgAWIQsAfBcCAFqJAwAKCwMATC4EAKIuBAD4LgQATi8EAFrZAADMkwEAGEMGAOhJAABkCwIAtHALAFadDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoLQIA/i0CAI5jDgDKrA4A1FkNALzGCQASxwkAgJYAAIIuDADYLgwAZAsCAJYNDADsDQwAJFkOAFYAAAA0HAEAZAsCALRwCwCuyw8ABMwPAAAAAABazA8AFH4PAKgzBQCc2QUA1LMPAI4sCABkCwIAugsCABAMAgBmDAIAvAwCAFrZAADMkwEAGEMGAOhJAABkCwIAtHALAFadDgCsnQ4AAp4OAG5DBgA20QUAjNEFALyLAQCi6gwA+OoMAPjqDADMrQ4AfMEBACD5CQB2+QkAzPkJAIxkDwDiZA8AVgAAAJBKAQDmSgEAHikNAHQpDQDKKQ0AICoNAGQLAgA20QUAjNEFABR+DwBqfg8AwH4PABZ/DwBsfw8Awn8PAKhcBABQbQ0Apm0NAFrlBgBaiQMAZLMAALqzAABKkwwAoJMMAPaTDACOXwwA5F8MACqWAACAlgAA1OsAAHzuAgB8FwIA0hcCAGaJAAA0ZRAAPkoAAHSWAwDKlgMA2AUNAC4GDQCEBg0AjmMOAORjDgA6ZA4A7GcOABAMAgBmDAIANN4MAIreDADKrA4A1FkNAMTxBwDoHgAAKpYAAI5jDgA0ZRAAPkoAALoLAgAOfRAAZH0QALp9EAAQfhAAxPEHAGB5DwC2eQ8AwI8CABaQAgBkCwIAjmMOAPSEBQD2FA0ATBUNALzGCQASxwkAHi0PANJCAgCCLgwA2C4MAGQLAgA0HAEAnNkFACTCAgB2JAoAJgINANJCAgBkCwIANBwBAIocAQDSQgIAOkwCAJY4DADsOAwATicAACYCDQDSQgIANBwBAJzZBQCcUgIAnlsGAMJEBwAqlgAAWuUGAFi5BgCSSQAAnlsGAMJEBwA02AkAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAJgINANJCAgBkCwIAjmMOAGaJAADcxgEANGUQAD5KAAB0lgMAypYDAPiaDwD6mw8AUJwPAKacDwC6CwIAEAwCAGYMAgD07A4ASu0OAGQLAgCOYw4A5GMOADpkDgCUYgwA6mIMAEBjDACWYwwA7GMMAEJkDACYZAwA7mQMADL2AwCI9gMAFH4PAGp+DwDo+QIAPvoCANQwDgAyxwEAvlYRABRXEQCQwhIA8OgNAFqJAwCAwwEAbIMRAGraEgCOLAgA0j4AAGpXEQDAVxEAbIMRADA6EQBCTAAArlITAGraEgCOLAgAatoSAGraEgCOLAgAbIMRAIzAEgBq2hIArlITAHwXAgA+HwAAIBIBAK5SEwAgEgEADH4RAAx+EQCOLAgAZKYPAEAgAAAgEgEAPMoAADr+BQDQNBEA0DQRAGraEgA6/gUAatoSAChbDgC0UREAClIRACrjEQC+VhEAFFcRABoxEgCuUhMAaAkAAGyDEQC0UREAClIRACASAQBWTREAmpwSAPCcEgCenBEAfBcCAAx+EQC+gREAFIIRAL5WEQAUVxEAwi8SADQcAQCQaBAADH4RABBVEQAMfhEANNgJAHIJEwAq4xEAbIMRAFpREgBq2hIAaAkAAGgJAADeZhEANGcRAIpnEQCuUhMAcg4AABxbEQByWxEAHFsRAHJbEQBkqhEArlITANRZDQBI/wIAjiwIACx8CACOLAgA3mYRADRnEQCG6BIAIBIBAN5mEQA0ZxEAhugSAD4fAAC+VhEAFFcRAO5QAgBkCwIAsHAMAGyDEQAKCwMAkkkAAAx+EQA6ogIAjiwIAGyDEQAqRAIAHFsRAHJbEQAMfhEAcFoRAMZaEQAcWxEAWnwSABxbEQBafBIAjJUSAAx+EQDoaxEA4GcRADZoEQBWTREA4GcRAAAAAABkCwIA3mYRADRnEQDeZhEANGcRAN5mEQA0ZxEAyFsRACrjEQBwMxMAxjMTAGo5AgBwWhEAVk0RABxbEQByWxEAajkCAI4sCABkCwIArlITAGQLAgAeNRMAKmIRADRAEwBsgxEAbIMRAPbZBAD22QQA9tkEAAoLAwASxQgAPukPABLyCQA+6Q8AokQPAKJEDwCSSQAAmmcNAN6TEgBE+QAAcg4AAHIOAACccBEAOGcQAET5AABqhBIAcg4AADhnEAAMfhEADH4RAAx+EQAMfhEADH4RAFZNEQBWTREADH4RAAx+EQAMfhEADH4RAAx+EQAMfhEAVk0RAFZNEQBWTREADH4RAAx+EQAMfhEAVk0RAFZNEQCodhEAVk0RAFZNEQAMfhEAZAsCAGQLAgBM9hIAaAkAAEz2EgBoCQAAsHoRAGymDQBkCwIArlITANJCAgAg+QkAZAsCAHIOAAByDgAADH4RAAx+EQCSoQEANEATAN5mEQA0ZxEACgsDAGyDEQCuUhMAcg4AAGaAEQBkCwIALscCAOgeAABaiQMA7t8JAIYYAACOLAgAApIIAI4sCADiwBIAbIMRAEjJEgA0QBMAcg4AAOB0AgBa2QAAWtkAAFrZAACuUhMAWtkAAJROAgBc+A8ArlITAOB0AgCuUhMAImsCALzYEgDSuBIAKLkSAMqHEQCuUhMAeDcTAM43EwAs8QIAIBIBAK5SEwD4xxAAaAkAAK5SEwBWAAAAhhgAAGSmDwAwOhEAWokDAKh4EgBWAAAAvNgSAGgJAACuUhMAWlESAGgJAABsgxEAaAkAAGgJAAAiNRIAbIMRADA6EQAUjwIAWokDAJCVEQA8+wMA8NQDAIyTEQCs3QMABFMTADT/BwBWTREAmpwSAPCcEgDuxhIA6tEDAN5mEQA0ZxEAhugSALqqEQBWTREArlITADzUBQDo0AMAzN4RAFZNEQAMfhEADH4RAN5mEQA0ZxEADH4RAL6BEQAUghEAyA4AAGyDEQDOTgkA1DAOAGyDEQAIfhIACH4SAGyDEQBMoBIAuH4RAN4hBABkCwIAbIMRAKCdEQA6/gUArlITAGQLAgBkCwIAZAsCAARTEwBkCwIAMDoRAK5SEwBkCwIAbIMRADRAEwC+gREAFIIRAGQLAgA60wUAImASAHh9CwC2TA4ArlITAExdBgCuUhMALFUKAObAEQBAIAAAbIMRAKCdEQD2nREAkkISAK5SEwAUjwIA1DAOAGyDEQCMwBIARPkAACJgEgDM3hEAGs8LABK1AAA6IQIAZAsCAFZNEQCanBIA8JwSAN5mEQDklhIAtkwOAHAxEgAwOhEAcg4AACASAQAMqREAaC0SAL4tEgCSQhIAkkkAAFZNEQCanBIA8JwSAO7GEgBExxIAkkISAJJJAACSQhIAkkkAAJxFEQB6tREArlITAGQLAgCuUhMAZAsCAGyDEQCMwBIAKuMRAGyDEQBGmxEAnJsRAPKbEQBeKBIAZAsCANRZDQCQwBEAbIMRAAx+EQC+gREAFIIRAEDDEQDe+gUAMDoRAHIJEwAGcQwABFMTAAx+EQAEUxMADH4RAGQLAgCw0BEABtERAFzREQBGmxEAnJsRAPKbEQBInBEA0jcSALDQEQAG0REAXNERAJxFEQDSSAUAVk0RAJqcEgDwnBIA7sYSAETHEgDU/woArlITABSPAgCuUhMAImASADA6EQD22QQA6NADABYhCwAMfhEAvoERABSCEQDoQhIAQCAAAFZNEQCanBIA8JwSAK5SEwAKCwMA7sYSAETHEgB0zQkAkkISAJJJAAACzxEAWM8RAK7PEQCaxxIATF0GAALPEQAMfhEAtqoSAFZNEQAEUxMADH4RAL6BEQAEUxMA1DAOAGQLAgA0QBMAvoERABSCEQDOyQYAbIMRAIzAEgCuUhMAKAMNAGyDEQCuUhMAUosGAEDFEgBWTREABFMTABxbEQByWxEAjiwIAMgyEgCw0BEABtERAFzREQA0QBMAvoERABSCEQCQlREAFI8CANQwDgBAxRIArlITANQwDgBkCwIAXH0SAI4sCAAkwgIAQMUSAJbFEgDsxRIAnEURACASAQBsgxEArlITAMqsDgAwOhEA8pEMAFZNEQBAxRIAVk0RAEDFEgAMfhEABFMTAARTEwAEUxMADH4RAL6BEQAUghEARpsRAJybEQDymxEAClQSAJrHEgDwxxIAImASAEAgAABInBEAEKsRAEDFEgCWxRIA7MUSAELGEgA0QBMAuH4RALpYEwAEpREAWqURALpYEwACzxEAQMUSAFZNEQCanBIA8JwSAFZNEQCanBIA8JwSAK5SEwCkoRIAdNMMAK5SEwDUMA4ArlITAMr0BwAwOhEAZAsCADr+BQAgEgEAbIMRAEygEgC4fhEALrwSAAAAAACOLAgAAAAAAFpTEwBsgxEATKASALh+EQAuvBIAAAAAAI4sCAAAAAAArlITAK5SEwCQwhIArlITAJDCEgCuUhMAkMISAFpTEwCuUhMACH4SAARTEwAMfhEADH4RAL6BEQAUghEAbIMRAAAAAACMwBIA1FkNAFZNEQCanBIA8JwSAC6PEQCuUhMAvNgSAJJJAADgPhIA5JYSADT/BwCgnxIA9p8SAIboEgBaiQMAQMUSAJbFEgDsxRIAbIMRAGyDEQAMfhEAvoERABSCEQBUZwkAAAAAAH4NEgDUDRIAKg4SAAKSCAC2qhIADKsSAGKrEgCuUhMAnEURAHTTDAB8wwIA1DAOAGyDEQCuUhMAqHgSAAhuCgCcRREArlITADTYCQAq4xEA3mYRADRnEQAcWxEAclsRAFZNEQCanBIA8JwSACJtAwBsgxEArlITAJLQAwAMfhEADH4RAL6BEQAUghEAjiwIAEAgAAAMfhEAOJYSAAx+EQC+gREAFIIRADpDEwAAAAAAVk0RAJqcEgDwnBIAbIMRAKCdEQD2nREAMDoRAGyDEQDw4AkAImASADA6EQDgHAEAAAAAAK5SEwAiYBIAMDoRAOAcAQDwGxIAVk0RAJqcEgDwnBIATKASALh+EQCuUhMAbIMRAAx+EQC+gREAFIIRAK5SEwBaiQMAJmISAGQLAgCwJhIADH4RAET5AACoZgkAkkkAAEjJEgBaiQMAOv4FAK5SEwCAlgAACH4SACJtAwB23hEAZAsCAGQLAgBsgxEAhugSAIpAEwAgEgEAKuMRAGQLAgDCLxIAGEMGAKCdEQD2nREAdt4RACKUAQDwGxIARhwSAJwcEgCOLAgAAAAAAAAAAAAAAAAArlITACJgEgAAAAAAAAAAAAAAAADCLxIAgDkSAJJJAABkCwIAIBIBAK5SEwC82BIAImASAI4sCAAMfhEAzN4RAMzeEQAMfhEAuH4RAEj/AgBGSRMAmpwSAPCcEgDuxhIARMcSAHIJEwA0QBMAuH4RAPbZBABWTREArE0RAPbZBAAqlgAAkkkAAIr/BwCuUhMAZokAAIr/BwAEUxMAij4SAHbeEQDeZhEANGcRAMhbEQCgnREA9p0RAN5mEQA0ZxEAyFsRAKCdEQD2nREAkkkAAJJJAADmwBEAfMEBALaqEgAMqxIAYqsSAJJCEgCuUhMAWokDAAx+EQCuUhMAktADAJLDEgBkCwIADH4RAL6BEQAUghEA9EgSAEpJEgD22QQA9tkEAK5SEwCS0AMAktADADrTBQBcfRIAMDoRAAAAAACuUhMArlITACqWAABsgxEAktADAKShEgBkCwIAlDULAHwXAgC4VRIADlYSAFYAAABWAAAATF0GAGyDEQBkCwIArlITAK5SEwCGGAAAVk0RAJqcEgDwnBIAGtsRACgDDQDq0QMADH4RAL6BEQAUghEAHi0PAN5mEQDklhIAsHwSAFpREgA02AkAWlESAFpREgCOLAgAhhgAAN5mEQDklhIANGcRAFZNEQBsgxEAWlESALBREgAGUhIAcgkTAHBcEgBAmhIADH4RAJLQAwBsgxEA0PsJAN4CCgAAAAAA0DYSACY3EgAAAAAAAAAAAEgNCgC0EgcAKAMNAGyDEQCuUhMArlITAAh+EgCSSQAAbIMRAK5SEwCQaBAAbIMRACASAQBkCwIAbIMRAFCiEgCGGAAADKkRAHIJEwAq4xEArlITAK5SEwCuUhMAhhgAAIYYAACGGAAAKuMRAK5SEwCuUhMAhhgAAIYYAACGGAAAhhgAAIYYAAAMfhEAvoERABSCEQCuUhMAZAsCAK5SEwBkCwIArlITACASAQCcchIAIBIBAGQLAgCuUhMAaAkAAJxyEgBoCQAApKESADTYCQCcchIACgsDAAAAAABaiQMASHMSAFqJAwCuUhMApKESAM5iEwBsgxEAzmITAK5SEwDOYhMADH4RAL6BEQAUghEArlITAMCpDwAgEgEAMDoRAHIOAAByDgAAMDoRANQwDgCkoRIACgsDAFZNEQCanBIA8JwSAAx+EQC+gREAFIIRAGQLAgA6TAIArlITAGQLAgCuUhMAbIMRAHhgEgBkCwIAZAsCADr+BQC0fhIAIBIBAMwkCgByCRMAbIMRAI4sCABoCQAArlITAJxyEgAAAAAAZAsCABxbEQByWxEAZKoRAJBoEAAMfhEAvoERABSCEQCmzRIAbIMRABAuEwCMwBIAui0TAGyDEQBsgxEAaoQSAMCEEgAWhRIAaoQSAMCEEgAWhRIAbIUSAMKFEgBqhBIAwIQSABaFEgBshRIAwoUSAIzAEgAMfhEAvoERABSCEQCmzRIAbIMRABAuEwCMwBIAui0TAGyDEQB6LA0AbIMRAJJJAAAkwgIAkkkAADRAEwC+gREAFIIRAGyDEQDckhIAjiwIAFqJAwAgKg0ACgsDALL+EgDklhIAkMsBAGQLAgByDgAAAAAAAPKRDAAAAAAAWnwSAC6REgCEkRIA2pESAK5SEwA0QBMAvoERABSCEQBkCwIAaAkAAPbZBAD22QQAcgkTAGQLAgBWTREAZAsCAGyDEQAKCwMAbIMRANx0AwC82BIAvNgSAB4tDwBsgxEArlITAGQLAgDeZhEANGcRADRAEwC+gREAFIIRADRAEwBkCwIAjiwIAK5SEwCOLAgAMJISAGLKDAA02AkAaAkAAHIJEwBM2gQAoiETABKMAQBE+QAALrwSABxbEQByWxEAhjINALL+EgBCOQwAZAsCAAaoEgBkCwIAQjkMAMTcEgBy3hIAxFENAMDjAQBWTREAmpwSAPCcEgBkCwIArlITAK5SEwA0QBMAFI8CABSPAgA0QBMANEATAI4sCAB8YBEA0mARABKuEgBCbhEAVk0RAAx+EQC4fhEAKBgCANgFDQAqwwEA4GcRAFZNEQBIVQMAwOMBADrTBQB6pQkAxEUHAHwXAgCSSQAAHO8FAI4sCACuUhMA1DAOAEz2EgAuxwIAVloCAC7HAgBWWgIA9lQCAHh9CwAEUxMAfMMCAK5SEwBoCQAAZAsCAJhuEQDoHgAASFUDAB41EwBkCwIArlITAHBaEQDgyAEArlITAHIJEwC0VRMATNoEAK5SEwAKCwMACgsDAAoLAwAKCwMAbIMRAGyDEQBOoRIAuH4RAPKdEgBkCwIAkkkAABSPAgCQwhIAcg4AANQwDgBWTREAmpwSAPCcEgACkggADH4RAL6BEQAUghEAmscSAPDHEgCgnREA9p0RAKCdEQD2nREADH4RAMTcEgBqOQIArlITAGQLAgBI/wIAHFsRANTkEgBsgxEAkO0SAFBtDQDUsw8AZAsCAMTcEgBy3hIA4I4PAIYYAADE3BIAct4SAOCODwBsZQIAxNwSAHLeEgDgjg8A3mYRADRnEQCG6BIAMukSAPrMEgBQzRIA/s4SAMTcEgBy3hIA4I4PAMTcEgBy3hIA4I4PAMTcEgBy3hIA4I4PAN5mEQA0ZxEA4I4PAAxNDgDeZhEA1o8SADRAEwA4lhIArlITAGQLAgBOJwAATicAAHwXAgBWLwIA0DQRALjWEgAg1g0AjMASAGQLAgCuUhMAZAsCAE5BDQDEsRIAtkwOAGQLAgBkCwIAsqgSACrjEQBwMxMANGcRAJDLAQBkCwIA+m4OAD6iAQAmAg0Aps0SAAx+EQB8FwIAohUNAKbNEgAKCwMAps0SAAoLAwBsgxEAZAsCAGQLAgDE3BIAct4SAK5SEwDeZhEANGcRAIboEgDYLgwAZAsCAGQLAgBkCwIAZKoRAGQLAgCkzBIAEFEPAHIOAABCkw4AHFsRAGyDEQBWTREA8ucMAEI5DAA6QxMAAAAAAEI5DADokg8AnPMSAOqTDwDy8xIAKuMRAEKbEgA0QBMAuH4RAMTcEgC6UA8A0DQRACrjEQCc8xIAKuMRAPLzEgAq4xEAxNwSAHLeEgC4qxIAVgAAAFY9CQCSSQAA2mQRAHIOAABkCwIAQjkMALKoEgBkCwIAsHwSAGxlAgCO7BIAvC4TABIvEwBaiQMA2C4MAI4sCABkCwIAZAsCAGQLAgCuUhMA5DYNAOQ2DQDkNg0A5DYNAHwXAgB8FwIAPL0PAGQLAgDeZhEAAvwSAMTcEgAWMRMAZAsCAMTcEgAQUQ8AZAsCAGraEgB+5BIA3mYRANTkEgBkCwIAkO0SAObtEgBYJxMAPO4SAGQLAgBkCwIAxNwSABBRDwBq2hIAfuQSAN5mEQDU5BIAZAsCACoIDwAWBhMA3mYRADRnEQA0QBMAuH4RAGQLAgCy/hIAcgkTAHIJEwBE+QAAlJkSAG4HEwBAmhIAFuQBAOQ2DQDkNg0A5DYNAOQ2DQBkCwIAjuwSAMiGEQDgZxEAOmoRANguDACgQw8A7lACAGwxEwDWjxIAatoSAGyDEQBuMhMAbIMRAHIJEwAKCwMAINYNACDWDQBkCwIAKAMNAJDtEgDm7RIAjiwIAI4sCABkfRAA3mYRADRnEQAoAw0AkO0SAObtEgCOLAgAjiwIAGR9EAC21RIADNYSAN5mEQDklhIAjJUSAAAAAABsgxEAbIMRAEj/AgAMfhEAxNwSAC5gDwCOQBIA5JYSAOYYEwCqJRMANEATADiWEgAKCwMA5EASAIboEgAWIQsArlITADxNAgBWAAAAps0SAMTcEgAuYA8AkkkAAAx+EQCOLAgAZAsCAN5mEQA0ZxEAZH0QAMotDwAKCwMACgsDAHzBAQB8wQEAfMEBAHzBAQAKCwMAbIMRAHzBAQBkCwIAZAsCAGQLAgAAAAAAAAAAAMTcEgAWMRMA3mYRADRnEQBkfRAAJlwPAK5SEwDE3BIAFiELAK5SEwDE3BIAHjUTAGyDEQBkCwIAZAsCAFqJAwCOLAgAKpYAAGQLAgCO7BIAvC4TABIvEwBoLxMAvi8TABQwEwBqMBMACgsDAN5mEQA0ZxEAyFsRAJDtEgDm7RIAbIMRAN5mEQDklhIAFtsSADRAEwC+gREAcFoRAP4tAgC41hIAyjUTACA2EwB2NhMAzDYTADRAEwC4fhEAZMEHADRAEwBsgxEA0jkTAAoLAwDUMA4AokIOAP7OEgDWMQ4AxNwSALpQDwC41hIAyjUTACA2EwB2NhMAzDYTACI3EwD+zhIAuNYSAMo1EwAgNhMAdjYTAMw2EwAiNxMADH4RAHIJEwAc3hIAIBIBALKoEgCuUhMAIBIBAIzAEgAgEgEAjMASABxbEQBafBIAIBIBAGQLAgDE3BIAct4SAN5mEQA0ZxEA/i0CAJIZEwCSGRMA/i0CAFZNEQBWTREAVk0RALDQEQBWTREAVk0RAFZNEQBWTREAHFsRAFp8EgBWTREAsNARAFZNEQCcnRIAVk0RAJydEgBWTREAnJ0SALaqEgCcnRIAVk0RAJydEgBWTREAnJ0SAJiZEQCcnRIAVk0RAJydEgBGmxEAnJsRAIpnEQBkCwIAcgkTAGQLAgAKCwMAbIMRAIYYAADUMA4A4GcRAGiuEgBI9BIASPQSAOBnEQA2aBEAEsUIAFxUEwAKCwMACgsDAHIOAAByDgAAKIwRAGyDEQAW5AEAVk0RAK5SEwDKLQ8AulgTAMotDwCuUhMAVk0RADA6EQCuUhMAMDoRAFZNEQCanBIAMDoRABRbEwBqWxMAVk0RAAoLAwAEpxIAbIMRAGQLAgBkCwIAZAsCAM5iEwBkCwIAZAsCAGQLAgDOYhMAZAsCAL7FCADOYhMArlITAGrWEABkCwIAZAsCAM5iEwBsgxEARpsRAJybEQDymxEAVk0RAARaAQBq2hIAfuQSAGQLAgA0QBMAuH4RAN5mEQA0ZxEAhugSABKMAQBO6wwAlBoTAKIhEwDUMA4AEoMSAFp8EgCMlRIAtkwOAAx+EQA4lhIAtkwOAK5SEwASxQgALo8RAFCiEgDE3BIAct4SAN5mEQDklhIA5hgTAK5SEwAwOhEAohUNAIYYAACuUhMANNgJAN5mEQA0ZxEAhugSAKDCDgAujxEAXioTAN5mEQAC/BIAxNwSALpQDwCuUhMA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
