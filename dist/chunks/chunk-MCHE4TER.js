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
} from "./chunk-W4BH7C7X.js";
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
var DERIVED = `{"prefilter":{"key":"rules 294\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT|SocketError|Redis::TimeoutError)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/Failed to get driver instance for jdbcUrl=jdbc:(?<protocol>\\\\w{1,40}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,163,172,206,218,219,245,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,472,473,475,477,478,479,480,481,482,483,486,487,488,490],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13172,"states":14896,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAAoTQcABgAAANJCAgAHAAAA9DQIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAABU6AkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAADAkQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAAcBMDAB0AAAAAAAAAHgAAAEZBDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAFziBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA3mAOACkAAAAAAAAAKgAAAHzBAQArAAAArgcDACwAAACe0gEALQAAAN6FCwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAAAg3BAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAD0wQ4APwAAAMr+DABAAAAAigkNAEEAAABofxAAQgAAAHwvDgBDAAAAaHsOAEQAAAAAAAAARQAAAMZ/DgBGAAAAAAAAAEcAAAAKog4ASAAAABSnDgBJAAAADgITAEoAAABizg4ASwAAAKbwDgBMAAAA/PAOAE0AAABS8Q4ATgAAACIEDwBPAAAAKggPAFAAAACINw8AUQAAAN64DwBSAAAANLkPAFMAAACSvQ8AVAAAAHTbEABVAAAAytsQAFgAAACsAAAAWQAAAPguBABbAAAAwnUKAFwAAACQSgEAXwAAAOqgAABhAAAA1gALAGIAAACMLQkAagAAAAYyAgBtAAAARCoEAHMAAADSPgAArwAAAAIBAAC5AAAAZjkDALsAAACwGgwABQEAAPhIEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAABOSREAGQkAAKRJEQBqCQAAXPYOAHAJAAC+CQAAfQkAALz1CwCBCQAAqPEOAIQJAABgcQsAxQkAABQKAADLCQAA4AcMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAPpJEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAAEUNAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAADK1w4AgA4AAIKZAQCBDgAAYjEAAIMOAAAkbgMAhg4AADr4AgCPDgAADg8EAJIOAADI1g4Azg4AAB4PAADXDgAAuG4JACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAABQShEAhxgAACIIEQCIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAAWF0DAN4YAACe0AAA3xgAABr0CADjGAAAkDMLAOQYAAAyGQAA5hgAAN5GAQDnGAAA+LcIAOkYAADiqgcA6xgAAKZrDADtGAAAllkHAPIYAACkVgIA9RgAAOYABwAzGQAAiBkAADUZAAB4yQYAOBkAAKiXDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAApkoRAO4eAAA+HwAA8h4AAFBvDgD/HgAAzNQMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAAC4kwYASCAAAJYgAACZIAAAULUGAJ0gAADsIAAAoSAAAKRcBQCkIAAA4MwDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAAD8ShEAUCcAAI7KAQBTJwAAThYNAFcnAAA2kRAAWicAAKQnAABcJwAAiFYJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAFJLEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAKhLEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAP5LEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAFRMEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAAE0RAO4+AAAoPwAAMD8AAFZNEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAArE0RAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAAJOEQCXSQAAeEACAJhJAABajQUAmUkAAGIWCACdSQAA6EkAAJ5JAAB8KQsAoEkAAARkBgCmSQAA4EkCAO5JAAC0ehAA9EkAAD5KAABESgAA2p4DAEZKAABYThEAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAArk4RABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAAAETxEAcGIAAMRiAADHYgAAGmMAAB1jAABaTxEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AALBPEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAABlARAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAFxQEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AALJQEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAACFERAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAXlERABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAAC0UREAZ4kAAIQMEABpiQAA3MYBAGyJAACOdgIAbYkAAJoHCABuiQAAlq0GAG+JAACQyQAAcIkAAJxSAgBziQAA/McPAHWJAAC8iQAAd4kAAHjNCAB8iQAA7NgGAH2JAABiIg4AxokAAES1CQDLiQAAEooAAB6KAABoigAAaYoAACjxAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAAAKUhEAk5AAAGBSEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAkM0CACuRAADM/wwALJEAAMbmAQAukQAAKsUCAC+RAABq+QwAOZEAAIBvAgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAA/BMLACuTAAB6kwAAM5MAAICcAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAAC2UhEAMJYAAICWAAAylgAALmgTADmWAADA7QYAO5YAALpABwA9lgAAqlcBAEKWAAAgqQwARpYAAEjqDQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAABiUxEAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAAuFMRAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAADlQRAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAABkVBEAZrMAAOrPAgBpswAAZosBAG2zAAC+wQYAb7MAAJKECAB1swAAurMAALyzAACigAIAyLMAABC0AAActAAAZrQAAB+0AAA2AgkAc7QAALy0AADGtAAAErUAABO1AAAC+BAAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAAulQRAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAAAQVREAp9AAAPTQAAD+0AAAStEAAFXRAABmVREAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAAvFURAFzZAAD8LAIAYNkAALDZAAC12QAABtoAAL7ZAACE9gQAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAAASVhEAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAAaFYRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAAC+VhEAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAAFFcRANnrAADi9gIA3OsAACrsAADh6wAAsEEKADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAAGpXEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAAwFcRAEX5AACwyg4ARvkAAJr5AABH+QAAXB0NAE75AAAKzQ4AT/kAAFJeBQBT+QAA1BgCAFT5AABypwwAaPkAAPD7AQCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AAAWWBEAV/8AAGxYEQCu/wAAwlgRAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEAGFkRAA8GAQBuWREAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBAMRZEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEAruYHAHEIAQA0TwUAwQgBAA4JAQDHCAEAaJ4KABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBABpaEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEAcFoRACgSAQDieQQAKhIBAC7hDwAtEgEA0K0NAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBAMZaEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBABxbEQDlGwEAclsRADYcAQAC4gUAORwBAIocAQA9HAEAYN4BAEAcAQCoOQgAQhwBAGi3AQBIHAEAdnAFAJEcAQB+1gsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAyJsGAKgdAQCIpgYA5x0BANKgBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQAeXBEAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEAIF0RAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBAHZdEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQDMXREAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQDOXhEAaTMBACRfEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBAHpfEQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBANBfEQDmRgEAlCMCAOxGAQB0lAIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEAJmARAJVKAQDmSgEA50oBAN7hDgD1SgEARj0NAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQB8YBEABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBANJgEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEAKGERAKtXAQASDQIAtFcBAH6CDAC2VwEA1jcRALhXAQBMQA0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBABZQDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEAfmERAAZaAQAyCA0AEloBAG77DAAnWgEA1GERAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQAqYhEAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BAIBiEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEA1mIRABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEALGMRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQCCYxEAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEA2GMRAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBAC5kEQDtdQEAhGQRAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQAwZREAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEAhmURAFaCAQCqggEAuIIBAACDAQARgwEA3GURAF2DAQAyZhEAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEAiGYRAGGFAQDeZhEAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQCKZxEAv4oBABCLAQAYiwEA4GcRAG2LAQC8iwEAb4sBAKzdAwBziwEAvLgCAHeLAQDyag4AfIsBAALaAQDIiwEAEowBABqMAQCu0RIALowBAKr0DwA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQA2aBEAz5MBAE4EBADWkwEAfksGANmTAQAilAEA3JMBAHiBDQDdkwEAOqICAOKTAQCuXwQAKZQBAMZnAgAslAEAiHUDADGUAQAmsg8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBAKyFAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQCMaBEAmZkBANiZAQDamQEA2NoMANuZAQDW2QwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBAIreDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAOJoEQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQA4aREAl6EBAOihAQCeoQEA/EQOAKChAQAOZQQA6qEBAMS+AwDtoQEAAEELAPehAQDwjgsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEA+uEHAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQCOaREAn6QBAORpEQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBAJBqEQD2pwEASqgBAFioAQCgqAEAsagBAOZqEQD9qAEAPGsRAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQDoaxEAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAD5sEQAPsgEAlGwRAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAOpsEQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEAQG0RAHW3AQC+twEAzLcBABS4AQAquAEAargBAHO4AQDAuAEA1rgBABa5AQAeuQEAbLkBAG+5AQDCuQEAy7kBABi6AQAZugEAbroBAG+6AQDEugEAyboBABq7AQAguwEAcLsBAHq7AQDGuwEA0rsBABy8AQAjvAEAcrwBAHq8AQDIvAEAyrwBAB69AQAfvQEAdL0BAIK9AQDKvQEA0r0BACC+AQA7vgEAdr4BAIK+AQDMvgEA0r4BACK/AQAlvwEAeL8BAIa/AQDOvwEA078BACTAAQAxwAEAesABAILAAQDQwAEA3sABACbBAQApwQEAlm0RAH/BAQDSwQEAgMEBAPwRCgCIwQEAhgEKAIrBAQBcdw8Aj8EBALSjDwDVwQEAKMIBADnCAQB+wgEAmsIBANTCAQDcwgEA7G0RADvDAQCAwwEAiMMBANbDAQDcwwEALMQBADHEAQCCxAEAi8QBANjEAQDixAEALsUBADzFAQCExQEAkcUBANrFAQDmxQEAMMYBADPGAQCGxgEAosYBAEJuEQDfxgEAMscBAPDGAQDURwQAPscBAIjHAQCOxwEA3scBAOjHAQCYbhEAOcgBAIrIAQCXyAEA4MgBAOjIAQBSdhEA7MgBADbJAQDwyAEA7s8BAPzIAQDy6Q0APMkBAIzJAQCSyQEA4skBAOfJAQA4ygEAPsoBAO5uEQCYygEA2tsMAJzKAQDkygEA9coBAERvEQBBywEAmm8RAJjLAQDwbxEA9MsBADzMAQBDzAEAkswBAJrMAQDozAEA9cwBAD7NAQBDzQEAlM0BAJ7NAQDqzQEA8s0BAEDOAQBGzgEAls4BAJjOAQDszgEA+s4BAELPAQBFzwEAmM8BAKTPAQBGcBEA8M8BAETQAQBS0AEAmtABAKvQAQCccBEA99ABAPJwEQBM0QEAnNEBAKLRAQDy0QEA99EBAEjSAQBO0gEASHERAKDSAQD00gEAp9IBAPxGDwCq0gEAbhgGAA/TAQBK0wEATNMBAKDTAQC60wEA9tMBAAPUAQAEFgoAB9QBAEzUAQBO1AEAotQBAK/UAQD41AEAD9UBAE7VAQBo1QEApNUBAKbVAQD61QEAqtUBACICDgD91QEAUNYBAFPWAQCm1gEAstYBAPzWAQAC1wEAUtcBAFzXAQCecREArdcBAP7XAQAL2AEAVNgBAGDYAQCq2AEAsNgBAADZAQAG2QEAVtkBAFvZAQCs2QEAstkBAPRxEQAD2gEAWNoBABjaAQAOPAUAWtoBAK7aAQBm2gEATgIDALTaAQAE2wEAEtsBAFrbAQBd2wEAsNsBALXbAQAG3AEAE9wBAFzcAQBs3AEAstwBALTcAQAI3QEAFt0BAF7dAQBv3QEASnIRALrdAQAK3gEAFt4BAKByEQBx3gEAtt4BAMDeAQAM3wEAGt8BAGLfAQBj3wEAuN8BAMnfAQAO4AEAGuABAGTgAQB04AEAuuABALzgAQAQ4QEAHuEBAGbhAQB34QEA9nIRAMLhAQAS4gEAHuIBAExzEQBu4gEAvuIBAMTiAQAU4wEAGeMBAGrjAQBw4wEA+HMRAMjjAQAW5AEAIOQBAECUDwAv5AEAbOQBAHXkAQDC5AEAzOQBABjlAQAg5QEAbuUBAHLlAQDE5QEAxuUBABrmAQAd5gEAcOYBAIzmAQBOdBEA2eYBABznAQAd5wEAcucBAH7nAQDI5wEA1+cBAB7oAQAo6AEAdOgBAIDoAQDK6AEA0egBAKR0EQAm6QEAtHQNADPpAQB26QEAhekBAMzpAQDY6QEAIuoBACPqAQB46gEAguoBAM7qAQDc6gEAJOsBACnrAQB66wEAh+sBAFB1EQDY6wEAJuwBADLsAQB87AEAj+wBANLsAQDT7AEAKO0BADTtAQB+7QEAje0BANTtAQDe7QEAKu4BADbuAQCA7gEAh+4BAKZ1EQDn7gEALO8BADjvAQCC7wEAku8BANjvAQDi7wEALvABADbwAQCE8AEArPABANrwAQCy8AEAjvUBAALxAQAw8QEAOPEBAIbxAQCM8QEA3PEBAOrxAQAy8gEASfIBAIjyAQCT8gEA3vIBAOjyAQA08wEAYfMBAIrzAQCS8wEA4PMBAPDzAQA29AEAOPQBAIz0AQCa9AEA4vQBAPP0AQCodhEAP/UBAP52EQC29QEA5PUBAOz1AQA69gEAQPYBAJD2AQCe9gEA5vYBAP32AQA89wEAR/cBAJL3AQCc9wEA6PcBABX4AQA++AEARvgBAJT4AQCk+AEA6vgBAOz4AQBA+QEATvkBAJb5AQCn+QEAVHcRAPP5AQCqdxEARPoBAJj6AQCm+gEA7voBAP/6AQAAeBEAS/sBAFZ4EQCi+wEArHgRAPj7AQACeREADPwBAAaaCwBI/AEAnPwBAKr8AQDy/AEAA/0BAFh5EQBO/QEAnv0BAKr9AQCueREA/f0BAEr+AQAF/gEAJt0PAFf+AQCg/gEArv4BAPb+AQAA/wEATP8BAGb/AQCi/wEApf8BAPj/AQD//wEATgACAG4AAgCkAAIAvgACAAR6EQAHAQIAUAECAAsBAgAAWgIAEAECALCyAgBeAQIApgECALABAgD8AQIAFgICAFICAgBiAgIAqAICAK4CAgD+AgIAAAMCAFQDAgBqAwIAqgMCALYDAgAABAIABAQCAFYEAgBbBAIArAQCALIEAgACBQIAIgUCAFgFAgByBQIArgUCALAFAgAEBgIABwYCAFoGAgBdBgIAsAYCALwGAgAGBwIADAcCAFwHAgBmBwIAWnoRALcHAgAICAIAFQgCAF4IAgBqCAIAtAgCAMcIAgAKCQIAGQkCAGAJAgBsCQIAtgkCALcJAgAMCgIAFgoCAGIKAgBwCgIAuAoCAL0KAgAOCwIAGwsCALB6EQBlCwIA/BUMAGYLAgAAGg0AZwsCACr6BwBpCwIAsMwPAGoLAgAizwkAawsCAIwKDQBuCwIAtncOAG8LAgCWDw0AcAsCABp5CwBxCwIAHn0MAHILAgD8QAwAcwsCAJzZBQB0CwIAugsCAHwLAgCU7xIAfgsCAKgcDwCACwIABnkQAIcLAgDyHhMAjAsCAMAoDwCoCwIAvnsOAK0LAgDODBMAvAsCABAMAgDLCwIAROoOAB4MAgBmDAIAdwwCAAZ7EQDDDAIAXHsRAB4NAgBoDQIAdw0CAL4NAgDIDQIAFA4CACAOAgBqDgIANw4CAM7ZDgBxDgIACHwRAMIOAgAWDwIAJw8CAGwPAgB1DwIAwg8CAM4PAgAYEAIAGxACAG4QAgB2EAIAxBACAM4QAgAaEQIAHxECAHARAgB4EQIAxhECAN8RAgAcEgIAKBICAHISAgB6EgIAtHwRANASAgAKfREAIRMCAHQTAgB3EwIAyhMCANYTAgAgFAIAJhQCAHYUAgCAFAIAYH0RANEUAgAiFQIALxUCAHgVAgCAFQIAtn0RANQVAgAkFgIAKhYCAHoWAgB/FgIA0BYCANYWAgAMfhEALhcCAGJ+EQB+FwIAHiULAIEXAgDSFwIAiBcCAPDiCgDcFwIAKBgCAOEXAgAAvAgAMBgCAMJ7DQBEGAIAfhgCAIYYAgC4fhEA2RgCACoZAgBAGQIAgBkCAIEZAgDWGQIA2BkCACwaAgAyGgIAghoCAI4aAgDYGgIA3xoCAC4bAgA2GwIAhBsCAI0bAgDaGwIA3RsCADAcAgA+HAIAhhwCAJMcAgDcHAIA8xwCADIdAgA6HQIAiB0CAJQdAgCKHgIAsB0CAN4dAgAGHgIANB4CAFgeAgAOfxEApx4CAOAeAgDpHgIA4h8CAPEeAgA2HwIAZh8CAIwfAgCwHwIAZH8RAOQfAgA4IAIASSACAI4gAgC+IAIA5CACAAghAgC6fxEAPyECAOw8DgBAIQIAot4GAEMhAgCQIQIARiECAGb9DwCaIQIA5iECAJ0hAgCy5gYAniECAJiVDwDuIQIAPCICAEAiAgCSIgIAlCICAOgiAgDrIgIAPiMCAFojAgAQgBEAmSMCAATxDACeIwIAQmYNAKAjAgDqIwIApCMCAAhwCwAHJAIAQCQCAEkkAgCWJAIAmCQCAOwkAgD9JAIAZoARAEclAgCYJQIAoSUCAO4lAgD/JQIARCYCAEsmAgCaJgIAoiYCAPAmAgC0JgIAMkgCAP0mAgCcJwIA/yYCAPQoAgAJJwIARicCAFInAgC8gBEAoScCAPInAgD8JwIASCgCAFAoAgASgREAqigCAGiBEQD5KAIASikCAFcpAgCgKQIAqikCAPYpAgD4KQIATCoCAFoqAgCiKgIAryoCAL6BEQD9KgIATisCAFsrAgCkKwIArisCAPorAgD8KwIAUCwCAF4sAgCmLAIAsywCABSCEQD/LAIA+G8PAAItAgCeQA4ACS0CAFItAgBcLQIAaoIRALAtAgD+LQIAAC4CAIK1DwALLgIAwMAFABUuAgBULgIAFy4CAOakAwBZLgIAqi4CALQuAgAALwIACC8CAMCCEQBgLwIArC8CALgvAgACMAIABTACAFgwAgBiMAIArjACAMgwAgAEMQIAGzECAFoxAgBfMQIAsDECAMwxAgAWgxEAEDICAFwyAgAXMgIAuGwIAGgyAgCyMgIAtTICAAgzAgASMwIAXjMCAHgzAgC0MwIAujMCAAo0AgAMNAIAYDQCAG40AgC2NAIAuTQCAAw1AgAYNQIAYjUCAGU1AgC4NQIA2zUCAGyDEQAQNgIAZDYCAHI2AgC6NgIAvTYCABA3AgAcNwIAZjcCAGk3AgDCgxEAxzcCABI4AgAYOAIAaDgCAG04AgC+OAIAwjgCABQ5AgAXOQIAGIQRAGs5AgAkLg4AbTkCADhnEABwOQIAwDkCAHM5AgDUXxAAdDkCAHQ+AgB2OQIAWEwQAHg5AgCeRBAAeTkCABBTEAB6OQIAoHAQAIE5AgBY8AwAhDkCAFIcDwDMOQIAFjoCAEI6AgBsOgIAeDoCAMI6AgDROgIAGDsCACI7AgBuOwIAcTsCAMQ7AgDeOwIAGjwCACQ8AgBwPAIAdTwCAMY8AgDQPAIAHD0CACc9AgByPQIAeD0CAMg9AgDNPQIAHj4CACI+AgBuhBEAeT4CAMo+AgCCPgIAHloQANQ+AgAgPwIAKz8CAHY/AgB8PwIAzD8CANE/AgAiQAIAJkACAMSEEQB9QAIAHOkCAH9AAgB01w4AgEACAPxtDQCCQAIAaKgPAJJAAgDOQAIA2EACACRBAgAvQQIAekECAIBBAgDQQQIA1UECACZCAgAqQgIAfEICAJ9CAgAahREA1EICAChDAgDVQgIAGqYMANdCAgBqnQkA20ICAOg2DADeQgIAOkwCAOBCAgCKuQ8ANUMCADR0AgA2QwIAfkMCAIFDAgDUQwIA4EMCACpEAgBCRAIAgEQCAIxEAgDWRAIA3EQCACxFAgAyRQIAgkUCAIdFAgDYRQIA3kUCAHCFEQA4RgIAhEYCAI9GAgDaRgIA4EYCADBHAgA1RwIAhkcCAIpHAgDcRwIA30cCAMaFEQA8SAIAiEgCAJNIAgDeSAIA5EgCADRJAgA5SQIAikkCAI5JAgAchhEA4UkCADZKAgBCSgIAjEoCAJhKAgDiSgIA6EoCADhLAgA+SwIAjksCAJNLAgDkSwIA6ksCAHKGEQA8TAIA1vYFAEFMAgCgBgYASUwCAGKLAgBKTAIAkEwCAJxMAgDmTAIA7EwCADxNAgBITQIAkk0CAJ9NAgDoTQIA900CAD5OAgBKTgIAlE4CAKBOAgDqTgIA8E4CAEBPAgBGTwIAlk8CAJtPAgDsTwIA8k8CAMiGEQBMUAIAAugIAFhQAgCYUAIAW1ACAIbWCQCkUAIA7lACAPZQAgAuZhIA+lACAERRAgBKUQIAmlECAKBRAgDwUQIA9VECAEZSAgBMUgIAHocRAKRSAgA87hIAplICAPJSAgD4UgIASFMCAP5SAgD61wIAVlMCAJ5TAgC3UwIA9FMCAP1TAgBKVAIAVFQCAKBUAgCsVAIA9lQCAAJVAgBMVQIAUlUCAKJVAgCoVQIA+FUCAP1VAgBOVgIAVFYCAHSHEQCwVgIA+lYCAARXAgBQVwIAW1cCAKZXAgCrVwIA/FcCAANYAgBSWAIAXlgCAKhYAgCuWAIA/lgCAARZAgBUWQIAWVkCAKpZAgCwWQIAyocRABFaAgBWWgIAV1oCAKxaAgBcWgIAtl8CALFaAgACWwIAEFsCAFhbAgBlWwIArlsCALhbAgAEXAIAEFwCAFpcAgBgXAIAsFwCALxcAgAGXQIAGV0CAFxdAgBrXQIAsl0CAL5dAgAIXgIACV4CAF5eAgBoXgIAtF4CAMJeAgAKXwIAD18CAGBfAgBtXwIAIIgRAMJfAgAMYAIAHGACAGJgAgBuYAIAuGACAL5gAgAOYQIAGmECAGRhAgBxYQIAumECAMlhAgAQYgIAHGICAGZiAgByYgIAvGICAM9iAgASYwIAIWMCAGhjAgB0YwIAvmMCAL9jAgAUZAIAHmQCAGpkAgB4ZAIAwGQCAMVkAgAWZQIAI2UCAHaIEQBuZQIA8AUHAHhlAgDCZQIAeWUCANrXCgB6ZQIA5OAMANZlAgAYZgIAJGYCAG5mAgB0ZgIAxGYCAMpmAgAaZwIAH2cCAHBnAgB2ZwIAzIgRANJnAgAcaAIAKWgCAED7AgAvaAIAcmgCAHdoAgBAegIAemgCAHA+AwB+aAIAyGgCAM5oAgAeaQIAJGkCAHRpAgB5aQIAymkCANBpAgAiiREALGoCAHZqAgB8agIAzGoCANFqAgAiawIAKWsCAHhrAgCGawIAzmsCAOlrAgAkbAIAMmwCAHpsAgB9bAIA0GwCAN5sAgAmbQIAK20CAHxtAgCJbQIA0m0CAN5tAgAobgIALm4CAH5uAgCEbgIA1G4CANluAgAqbwIAMG8CAHiJEQCFbwIA1m8CAN9vAgAscAIAOXACAIJwAgCJcAIA2HACAOlwAgAucQIAM3ECAIRxAgCTcQIA2nECANxxAgAwcgIAQXICAIZyAgCScgIA3HICAOJyAgAycwIAOHMCAIhzAgCNcwIA3nMCAORzAgDOiREAS3QCAIp0AgCWdAIA4HQCAOx0AgA2dQIAPHUCAIx1AgCSdQIA4nUCAOd1AgA4dgIAPnYCACSKEQCUdgIAnqkCAKV2AgDkdgIA7XYCADp3AgBQdwIAkHcCAJx3AgDmdwIA83cCADx4AgBGeAIAkngCAJ54AgDoeAIA7ngCAD55AgBEeQIAlHkCAJl5AgDqeQIA8HkCAHqKEQBJegIAlnoCAKB6AgDsegIA8XoCAEJ7AgBSewIAmHsCALF7AgDuewIA83sCAER8AgBNfAIAmnwCAKd8AgDwfAIA93wCAEZ9AgBJfQIAnH0CAKh9AgDyfQIABX4CAEh+AgBXfgIAnn4CAKp+AgD0fgIA9X4CAEp/AgBUfwIAoH8CAK5/AgD2fwIA+38CAEyAAgBZgAIA0IoRAKWAAgD4gAIA+4ACAE6BAgBbgQIARmYMAF2BAgCkgQIApoECAPqBAgD9gQIAUIICAFqCAgCmggIAsoICAPyCAgAPgwIAUoMCAGGDAgCogwIAtIMCAP6DAgD/gwIAVIQCAF6EAgCqhAIAuIQCAACFAgAFhQIAVoUCAGOFAgAmixEArYUCAAKGAgAOhgIAWIYCAF6GAgCuhgIAsIYCAASHAgAOhwIAWocCAGiHAgCwhwIAtYcCAAaIAgATiAIAXIgCAGiIAgCyiAIAxYgCAAiJAgAXiQIAXokCAGqJAgC0iQIAtYkCAAqKAgAUigIAYIoCAG6KAgC2igIAu4oCAAyLAgAZiwIAfIsRAGuLAgC4iwIAbosCALZ1DQC+iwIADowCABGMAgBkjAIAcowCALqMAgC/jAIAEI0CAB2NAgBmjQIAco0CALyNAgDCjQIAEo4CABiOAgBojgIAbY4CAL6OAgDEjgIA0osRABaPAgBqjwIAG48CAFieDgB5jwIAwI8CAOCPAgAWkAIAG5ACAGyQAgCHkAIAwpACAM6QAgAYkQIAHpECAG6RAgB+kQIAxJECANWRAgAakgIAH5ICAHCSAgB0kgIAxpICANKSAgAckwIAIpMCAHKTAgB4kwIAyJMCAM2TAgAelAIAJJQCACiMEQCDlAIAPL0PAIqUAgDKlAIAy5QCACCVAgAxlQIAdpUCAIKVAgDMlQIA4pUCACKWAgAulgIAeJYCAIWWAgDOlgIA2JYCACSXAgAwlwIAepcCAIGXAgDQlwIA3JcCACaYAgAsmAIAfJgCAIKYAgDSmAIA15gCACiZAgAumQIAfowRAICZAgDIAxAAh5kCANSZAgDVmQIAKpoCACuaAgCAmgIAhZoCANaaAgDcmgIALJsCADabAgCCmwIAjpsCANibAgDfmwIALpwCADOcAgCEnAIAhZwCANqcAgDmnAIAMJ0CADadAgCGnQIAiJ0CANydAgDmnQIAMp4CAECeAgCIngIAjZ4CAN6eAgDrngIANJ8CAECfAgCKnwIAnZ8CAOCfAgDvnwIANqACAEKgAgCMoAIAjaACAOKgAgDsoAIAOKECAEahAgCOoQIAk6ECAOShAgDxoQIA1IwRAEuiAgCQogIAnKICAOaiAgD9ogIAPKMCAD6jAgCSowIAo6MCAOijAgDqowIAPqQCAESkAgCUpAIAq6QCAOqkAgDzpAIAQKUCAFalAgCWpQIAoqUCAOylAgD5pQIAQqYCAEymAgCYpgIApKYCAO6mAgABpwIARKcCAFOnAgCapwIApqcCAPCnAgDxpwIARqgCAFCoAgCcqAIAqqgCAPKoAgD3qAIASKkCAFWpAgAqjREAoKkCAPSpAgAIqgIASqoCAFiqAgCgqgIAraoCAPaqAgD9qgIATKsCAFirAgCiqwIAtasCAPirAgD9qwIATqwCAFesAgCkrAIArqwCAPqsAgD/rAIAUK0CAGCtAgCmrQIAv60CAPytAgABrgIAUq4CAFuuAgCorgIAta4CAP6uAgAFrwIAVK8CAFevAgCqrwIAtq8CAACwAgATsAIAVrACAGWwAgCssAIAuLACAAKxAgADsQIAWLECAGKxAgCusQIAvLECAASyAgAJsgIAWrICAGeyAgCAjREAybICAAazAgASswIAXLMCAGKzAgCyswIAurMCAMjYDwDCswIACLQCAA20AgBetAIAZLQCALS0AgDKtAIACrUCAAy1AgBgtQIAarUCALa1AgDCtQIADLYCAB+2AgBitgIAcbYCALi2AgDEtgIADrcCAA+3AgBktwIAbrcCALq3AgDItwIAELgCABW4AgBmuAIAc7gCANaNEQC/uAIAIIIOAMa4AgBeJBAAyLgCAEI1CgDJuAIA9NYDAMu4AgASuQIAG7kCAGi5AgBuuQIAvrkCAMS5AgAUugIAILoCAGq6AgB3ugIAwLoCAMq6AgAWuwIALLsCAGy7AgBxuwIAwrsCAMm7AgAYvAIAJrwCAG68AgB+vAIAxLwCANK8AgAavQIAKb0CAHC9AgByvQIAxr0CANC9AgAcvgIAKr4CAHK+AgB3vgIAyL4CANW+AgAevwIAKr8CAHS/AgCHvwIAyr8CANm/AgAgwAIALMACAHbAAgB3wAIAzMACANbAAgAiwQIAMMECAHjBAgB9wQIAzsECANvBAgAsjhEAJsICAHrCAgAwwgIA3CwKAIvCAgDQwgIA2cICACbDAgAywwIAfMMCAITDAgAI1BIAiMMCANLDAgDYwwIAKMQCAC7EAgB+xAIAg8QCANTEAgDaxAIAgo4RADnFAgCAxQIAhcUCANbFAgDdxQIALMYCADjGAgCCxgIAicYCADTKAgCOxgIA2MYCAOXGAgAuxwIAPccCAITHAgCJxwIA2scCAOHHAgAwyAIAPMgCAIbIAgCSyAIA3MgCAOLIAgAyyQIAOMkCAIjJAgCNyQIA3skCAOTJAgDYjhEAQMoCAIrKAgCZygIA4MoCAOXKAgA2ywIAPcsCAIzLAgCYywIA4ssCAO7LAgA4zAIAPswCAI7MAgCUzAIA5MwCAOnMAgA6zQIAQM0CAC6PEQCczQIA5s0CAPbNAgA8zgIASs4CAJLOAgCfzgIA6M4CAPTOAgA+zwIARc8CAJTPAgCczwIAhI8RAPPPAgD6nRAA988CAC7yAgD7zwIAQNACAFHQAgCW0AIAntACAOzQAgCi0AIA6roNAPbQAgBC0QIAR9ECAJjRAgCg0QIA7tECAPDRAgBE0gIA99ECABLkAgBM0gIAmtICALDSAgDw0gIA/NICAEbTAgBc0wIAnNMCALXTAgDy0wIA/tMCAEjUAgBO1AIAntQCAKbUAgD01AIABNUCAErVAgBT1QIAoNUCAK3VAgD21QIABdYCAEzWAgBW1gIAotYCALDWAgD41gIA/dYCAE7XAgBb1wIApNcCAKzXAgDajxEAENgCAFDYAgBR2AIAptgCALDYAgD82AIABNkCAFLZAgBc2QIAqNkCAK3ZAgD+2QIABtoCAFTaAgBW2gIACN8CAFfaAgAwSQMAWtoCAKraAgBb2gIATFcDAGraAgA+UAMAttoCAADbAgAC2wIAVtsCAF3bAgCs2wIAtNsCAALcAgAD3AIAWNwCAF7cAgCu3AIAs9wCAATdAgAF3QIAWt0CAGbdAgCw3QIAtt0CAAbeAgAQ3gIAXN4CAHDeAgCy3gIAut4CADCQEQAL3wIAXt8CAA/fAgAmRAMAYd8CALTfAgDC3wIACuACACHgAgBg4AIAbeACALbgAgC+4AIADOECAA3hAgBi4QIAaOECALjhAgC94QIADuICAA/iAgBk4gIAcOICALriAgDA4gIAEOMCABrjAgBm4wIAeuMCALzjAgDE4wIA3JARAB/kAgBo5AIAb+QCAL7kAgDK5AIAFOUCACTlAgBq5QIAeOUCAMDlAgDN5QIAFuYCACLmAgBs5gIAc+YCAMLmAgDK5gIAiJERACTnAgBu5wIAeOcCAMTnAgDP5wIAGugCAB/oAgBw6AIAd+gCAMboAgDO6AIA3pERACTpAgBy6QIAgukCAMjpAgDU6QIAHuoCACLqAgB06gIAfOoCAMrqAgDM6gIAIOsCACbrAgB26wIAjesCAMzrAgDV6wIAIuwCADjsAgB47AIAhOwCAM7sAgDb7AIAJO0CAC7tAgB67QIAfe0CANDtAgDY7QIAJu4CADDuAgB87gIAge4CANLuAgDa7gIAKO8CADjvAgB+7wIAh+8CANTvAgDh7wIAKvACADnwAgCA8AIAivACANbwAgDk8AIALPECADHxAgCC8QIAj/ECANjxAgDg8QIANJIRADvyAgCE8gIATfICAPivBACJ8gIA2vICAOTyAgAw8wIAOPMCAIbzAgBH8wIAODwQAIzzAgDc8wIAlPMCAFjHDQCV8wIAGB4JAJbzAgDy/gIAl/MCAEQ6DADo8wIAMvQCADT0AgBenw0AOfQCAIj0AgCU9AIA3vQCAO30AgA09QIARfUCAIr1AgCM9QIA4PUCAOb1AgA29gIAQvYCAIz2AgCU9gIAipIRAOj2AgDgkhEARPcCADaTEQCR9wIA4pMRAOf3AgA4lBEA6fcCAJD8BAA9+AIAHNIMAEf4AgCQ+AIAmvgCAOb4AgDo+AIAPPkCAE/5AgCS+QIAmvkCAJ7qDQCe+QIA6PkCAO75AgA++gIARPoCAJT6AgCZ+gIA6voCAPD6AgCOlBEASvsCAJb7AgCY+wIA7PsCAPb7AgBC/AIAUPwCAJj8AgCd/AIA7vwCAPv8AgBE/QIAUP0CAJr9AgCg/QIA8P0CAPb9AgBG/gIAS/4CAJz+AgCi/gIA5JQRAAD/AgBI/wIAVf8CAJ7/AgCl/wIA9P8CAPz/AgBKAAMASwADAEjmCwBNAAMAoAADAGAAAwBE5AsAtAADAPYAAwAMAQMATAEDAGUBAwCiAQMApwEDAPgBAwAJAgMAOpURAF8CAwCkAgMApgIDAPoCAwAEAwMAUAMDAF4DAwCmAwMAqwMDAPwDAwAJBAMAUgQDAFoEAwCoBAMAtAQDAP4EAwC4BAMAVgYDAAQFAwBUBQMAWgUDAKoFAwCvBQMAAAYDAAYGAwCQlREAWAYDAKwGAwC6BgMAAgcDABMHAwDmlREAXwcDADyWEQC2BwMABAgDALgHAwDC8AcA9wcDAE4iEwASCAMAWggDABMIAwC6DQMAFAgDACRRCgBnCAMAsAgDAL8IAwAGCQMACwkDAFwJAwByCQMAsgkDALMJAwAICgMACgoDAF4KAwBoCgMAtAoDAMIKAwAKCwMAIwsDAGALAwBxCwMAtgsDAMILAwAMDAMAFAwDAD6XEQB2DAMAuAwDALkMAwAODQMAGg0DAGQNAwBnDQMAlJcRALwNAwAQDgMAHQ4DAGYOAwBzDgMAvA4DAMEOAwASDwMAHA8DAGgPAwBwDwMAvg8DAM4PAwAUEAMAIhADAGoQAwB3EAMAwBADAMcQAwAWEQMAHhEDAGwRAwBvEQMAwhEDANYRAwAYEgMALhIDAG4SAwCHEgMAxBIDAMkSAwAaEwMAKxMDAOqXEQB4EwMAQJgRAHwTAwBkRgoAjBMDAIRoEwDTEwMAHBQDACMUAwByFAMAfhQDAMgUAwDYFAMAHhUDACwVAwB0FQMAgRUDAMoVAwDWFQMAIBYDACcWAwCWmBEAeBYDAMwWAwB7FgMAykIEANkWAwAiFwMALxcDAHgXAwB9FwMAzhcDANgXAwAkGAMALBgDAHoYAwB/GAMAGmsEAIMYAwDQGAMA0xgDACYZAwAyGQMA7JgRAIEZAwDSGQMAiBkDAL70CgDXGQMAKBoDADAaAwB+GgMAlBoDANQaAwDWGgMAKhsDADcbAwCAGwMAlBsDAEKZEQDbGwMALBwDADQcAwBY7AoANhwDAIIcAwCKHAMA2BwDAOQcAwAuHQMAOx0DAIQdAwCJHQMA2h0DAOMdAwAwHgMARx4DAIYeAwCRHgMAmJkRAOoeAwAyHwMANR8DAIgfAwCLHwMA3h8DAOwfAwA0IAMAQSADAIogAwChIAMA4CADAOggAwA2IQMAPCEDAIwhAwCYIQMA4iEDAOwhAwA4IgMAQSIDAI4iAwCUIgMA5CIDAPEiAwDumREARiMDAJAjAwBIIwMAcvkKAJ8jAwDmIwMA9yMDADwkAwA+JAMAkiQDAJgkAwDoJAMA9CQDAD4lAwBFJQMAlCUDAJwlAwDqJQMA7CUDAEAmAwBNJgMAliYDAJ0mAwDsJgMA9CYDAEInAwBPJwMAmCcDAJ0nAwDuJwMA+CcDAEQoAwBMKAMAmigDAKMoAwDwKAMA8ygDAEYpAwBSKQMAnCkDAKMpAwBEmhEA/ykDAEgqAwAIKgMAUi8DACoqAwDQ/QoAYyoDAJ4qAwCgKgMA9CoDAAUrAwBKKwMAWCsDAKArAwCnKwMA9isDAP4rAwBMLAMAUSwDAKIsAwCjLAMA+CwDAAQtAwBOLQMAVC0DAKQtAwCmLQMA+i0DAAQuAwBQLgMAXi4DAKYuAwCrLgMA/C4DAAkvAwCamhEAUy8DAKgvAwCtLwMA/i8DAAQwAwBUMAMAXjADAKowAwC2MAMAADEDAAcxAwBWMQMAXjEDAKwxAwCuMQMAAjIDAA8yAwBYMgMAXzIDAK4yAwC2MgMABDMDABEzAwBaMwMAXzMDALAzAwC6MwMABjQDAA40AwBcNAMAZTQDALI0AwC1NAMACDUDABQ1AwBeNQMAZTUDAPCaEQDANQMAXu8KAMg1AwAKNgMAFzYDAGA2AwBqNgMAtjYDALg2AwAMNwMAHzcDAGI3AwBqNwMAuDcDAMQ3AwAOOAMAFDgDAGQ4AwBqOAMAujgDAL84AwAQOQMAFjkDAEabEQB0OQMAvDkDAMs5AwASOgMALjoDAGg6AwAyOgMAlHsDAHA6AwCcmxEAxzoDABQ7AwAhOwMAajsDAHQ7AwDAOwMAzjsDABY8AwAsPAMAbDwDAHg8AwDCPAMAyjwDAPKbEQAePQMAbj0DAHQ9AwDEPQMAyT0DABo+AwAgPgMASJwRAHU+AwDGPgMAzz4DABw/AwAmPwMAcj8DAHo/AwDIPwMAzT8DAB5AAwAuQAMAdEADAHxAAwDKQAMA0EADAM5CAwDjQAMAIEEDACVBAwB2QQMAf0EDAMxBAwDZQQMAIkIDAClCAwB4QgMAe0IDAJ6cEQDQQgMAJEMDADFDAwB6QwMAkUMDANBDAwDcQwMA9JwRAC1EAwB8RAMAhEQDANJEAwDWRAMAKEUDADZFAwB+RQMAiEUDANRFAwDfRQMAKkYDADJGAwCARgMAhUYDANZGAwDxRgMALEcDADhHAwCCRwMAiEcDANhHAwDoRwMALkgDAD9IAwCESAMAiUgDANpIAwDeSAMASp0RADlJAwCGSQMAn0kDANxJAwDmSQMAMkoDADhKAwCISgMAikoDAN5KAwDtSgMANEsDAD5LAwCKSwMAkksDAOBLAwDkSwMANkwDAERMAwCMTAMAlkwDAOJMAwDtTAMAOE0DAEBNAwCOTQMAk00DAORNAwD/TQMAOk4DAEZOAwCQTgMAlk4DAOZOAwD2TgMAPE8DAE1PAwCSTwMAl08DAOhPAwDsTwMAoJ0RAEdQAwCUUAMApVADAOpQAwD0UAMAQFEDAE5RAwCWUQMAl1EDAOxRAwD9UQMAQlIDAFZSAwCYUgMAoFIDAO5SAwDyUgMARFMDAFJTAwCaUwMApFMDAPBTAwD7UwMARlQDAE5UAwCcVAMAoVQDAPJUAwANVQMASFUDAFRVAwCeVQMApFUDAPRVAwAEVgMASlYDAFtWAwCgVgMApVYDAPZWAwD6VgMA9p0RAFpXAwCiVwMAvVcDAPhXAwAGWAMATlgDAFVYAwCkWAMAsFgDAPpYAwACWQMATJ4RAF5ZAwCmWQMAsFkDAPxZAwAHWgMAUloDAFpaAwCoWgMArVoDAP5aAwAZWwMAVFsDAGBbAwCqWwMAsFsDAABcAwAQXAMAVlwDAGdcAwCsXAMAsVwDAAJdAwAGXQMAop4RAGldAwCuXQMAtl0DAAReAwAFXgMAWl4DAF9eAwCwXgMAvl4DAAZfAwATXwMAXF8DAGZfAwCyXwMAvl8DAAhgAwAOYAMAXmADAGZgAwC0YAMAu2ADAAphAwAWYQMAYGEDAGZhAwC2YQMAwmEDAAxiAwAcYgMAYmIDAG5iAwC4YgMAvmIDAA5jAwAaYwMAZGMDAHFjAwC6YwMAyWMDABBkAwAcZAMA+J4RAGlkAwC8ZAMAv2QDABJlAwAgZQMAaGUDAH9lAwC+ZQMAy2UDABRmAwAqZgMAamYDAHZmAwDAZgMAzWYDABZnAwAgZwMAbGcDAHRnAwDCZwMAzGcDABhoAwAdaAMAbmgDAHZoAwDEaAMA0GgDABppAwAnaQMAcGkDAHppAwDGaQMAzGkDABxqAwAwagMAcmoDAHpqAwDIagMA1moDAB5rAwArawMAdGsDAHxrAwDKawMA12sDACBsAwAubAMAdmwDAIdsAwDMbAMA1GwDACJtAwA4bQMAeG0DAHptAwDObQMAz20DAE6fEQApbgMAbFIOADJuAwB6bgMAiW4DANBuAwDcbgMAJm8DAC5vAwCknxEAgW8DANJvAwDbbwMAKHADADVwAwB+cAMAhXADANRwAwDXcAMAKnEDADJxAwCAcQMAhXEDANZxAwDfcQMALHIDADZyAwCCcgMAinIDANhyAwDdcgMALnMDAD5zAwCEcwMAjHMDANpzAwDgcwMAMHQDADJ0AwCGdAMAk3QDANx0AwDzdAMAMnUDAD51AwD6nxEAlHUDAN51AwD1dQMANHYDAEB2AwCKdgMAkHYDAOB2AwDodgMANncDAD13AwCMdwMAmncDAOJ3AwD9dwMAOHgDAEZ4AwCOeAMAlXgDAOR4AwDweAMAOnkDAEJ5AwBQoBEApHkDAOZ5AwDueQMAPHoDAG16AwCSegMAnnoDAOh6AwDuegMAPnsDAEN7AwCmoBEAoHsDAOp7AwDxewMAQHwDAEh8AwCWfAMAmHwDAOx8AwD2fAMAQn0DAEp9AwD8oBEApn0DALSLAwCnfQMA7n0DAPB9AwBEfgMAVX4DAJp+AwCrfgMA8H4DAPx+AwBGfwMATX8DAJx/AwCkfwMA8n8DAB+AAwBIgAMATYADAJ6AAwCfgAMA9IADAP6AAwBKgQMAWIEDAKCBAwClgQMA9oEDAAOCAwBMggMAaIIDAKKCAwC+ggMAUqERAAWDAwBOgwMAUoMDAKSDAwCqgwMA+oMDAPyDAwBQhAMAUYQDAKaEAwDJhAMA/IQDACCFAwBShQMAf4UDAKiFAwCwhQMA/oUDAAOGAwBUhgMAYYYDAKqGAwCyhgMAAIcDAAKHAwBWhwMAXocDAKyHAwDZhwMAAogDAA+IAwBYiAMAXYgDAK6IAwC7iAMABIkDABCJAwBaiQMAh4kDALCJAwC4iQMABooDACGKAwBcigMAXooDALKKAwDDigMACIsDABGLAwBeiwMAaosDAKihEQDBiwMACowDABGMAwBgjAMAbIwDALaMAwDJjAMADI0DABSNAwBijQMAZ40DALiNAwDBjQMADo4DABiOAwBkjgMAbI4DALqOAwC/jgMAEI8DACCPAwBmjwMAbo8DALyPAwDVjwMAEpADABeQAwBokAMAcZADAL6QAwDLkAMAFJEDABuRAwBqkQMAbZEDAP6hEQDFkQMAFpIDAM2RAwBIEw0AH5IDAGySAwB0kgMAwpIDAM2SAwAYkwMAGpMDAG6TAwCJkwMAxJMDANCTAwAalAMAIpQDAFSiEQB9lAMAxpQDAM6UAwAclQMAKJUDAHKVAwB4lQMAyJUDAM6VAwAelgMAI5YDAHSWAwB6lgMAqqIRANeWAwAglwMAKJcDAHaXAwCKlwMAzJcDANGXAwAimAMAK5gDAHiYAwB+mAMAzpgDANaYAwAkmQMAJ5kDAHqZAwCXmQMA0JkDAOGZAwAmmgMALpoDAHyaAwB/mgMA0poDAOaaAwAomwMANZsDAH6bAwCImwMA1JsDANabAwAqnAMAPZwDAFajEQCFnAMA1pwDAOecAwAsnQMANZ0DAIKdAwCYnQMA2J0DAOWdAwAungMANp4DAISeAwCjngMArKMRAOaeAwAwnwMAOJ8DAAKkEQCJnwMA3J8DAOSfAwAyoAMAP6ADAIigAwCNoAMA3qADAOagAwA0oQMANaEDAIqhAwCMoQMA4KEDAOahAwA2ogMAOKIDAIyiAwCiogMA4qIDAO6iAwA4owMAQqMDAI6jAwCaowMA5KMDAOqjAwA6pAMAQqQDAJCkAwDCpAMAWKQRAO+kAwA8pQMARqUDAJKlAwCapQMA6KUDAOmlAwA+pgMARKYDAJSmAwCgpgMA6qYDAOumAwBApwMAQqcDAJanAwCcpwMA7KcDAPinAwBCqAMASagDAJioAwCgqAMA7qgDAPGoAwBEqQMATqkDAJqpAwCcqQMA8KkDAPqpAwBGqgMAUqoDAJyqAwCyqgMA8qoDAP6qAwBIqwMAVasDAJ6rAwCoqwMA9KsDAPyrAwBKrAMAXKwDAK6kEQCirAMA9qwDAACtAwBMrQMATq0DAKKtAwC7rQMA+K0DAPqtAwBOrgMAUa4DAKSuAwCwrgMA+q4DAAKvAwAEpREAZK8DAKavAwCprwMA/K8DAAawAwBSsAMAXrADAKiwAwC+sAMA/rADAAaxAwBUsQMAYrEDAKqxAwCtsQMAALIDAAiyAwBWsgMAWbIDAKyyAwBksgMAurkDALayAwACswMAt7IDAAi2AwAEswMAWLMDAF6zAwCuswMAuLMDAAS0AwAStAMAWrQDAGe0AwCwtAMAx7QDAAa1AwAOtQMAXLUDAGW1AwCytQMAs7UDAFqlEQARtgMAXrYDAGi2AwC0tgMAvrYDAAq3AwAYtwMAYLcDAG23AwC2twMAzbcDAAy4AwAUuAMAYrgDAGm4AwC4uAMAvbgDAA65AwASuQMAZLkDAHG5AwCwpREAx7kDABC6AwAYugMAZroDAGy6AwC8ugMAyLoDABK7AwAhuwMAaLsDAG27AwC+uwMA2bsDABS8AwAgvAMAarwDAHC8AwDAvAMA1LwDABa9AwAevQMAbL0DAIK9AwDCvQMAx70DABi+AwAfvgMAbr4DAHq+AwAGphEAy74DABq/AwAovwMAcL8DAH2/AwDGvwMA3b8DABzAAwAkwAMAcsADAHjAAwDIwAMA1MADAB7BAwAlwQMAdMEDAILBAwDKwQMAzcEDACDCAwAowgMAdsIDAITCAwDMwgMAz8IDACLDAwAqwwMAeMMDAInDAwDOwwMA08MDACTEAwAmxAMAesQDAIHEAwDQxAMA3sQDACbFAwAzxQMAfMUDAJPFAwDSxQMA2sUDACjGAwAyxgMAfsYDAInGAwDUxgMA4MYDACrHAwAyxwMAXKYRAILHAwDWxwMA4McDACzIAwAuyAMAgsgDAIXIAwDYyAMA5MgDAC7JAwA4yQMAhMkDAIzJAwDayQMA6MkDADDKAwA9ygMAhsoDAI7KAwDcygMA8soDADLLAwA+ywMAiMsDAJ7LAwDeywMA48sDADTMAwA6zAMAiswDAJ7MAwCyphEA48wDADbNAwA+zQMAjM0DAJrNAwDizQMAos0DAEJcCADvzQMAOM4DAEDOAwCOzgMAmM4DAOTOAwDvzgMAOs8DAEbPAwCQzwMAmM8DAAinEQDszwMAPNADAEHQAwCS0AMAodADAOjQAwD00AMAPtEDAEHRAwCU0QMAl9EDAOrRAwDy0QMAQNIDAEXSAwCW0gMAptIDAOzSAwD00gMAQtMDAEXTAwCY0wMAotMDAO7TAwDw0wMARNQDAErUAwCa1AMApNQDAPDUAwD+1AMARtUDAFPVAwCc1QMAs9UDAPLVAwD61QMASNYDAFHWAwCe1gMAn9YDAF6nEQAA1wMAStcDAE3XAwCgOQoAWdcDAKDXAwBd1wMAKikKAKrXAwD21wMA/tcDAFJcBAAC2AMAriEQAATYAwBM2AMAEtgDAKoRCQBR2AMAotgDAFnYAwDu1wUAr9gDAPjYAwD72AMAQrYKAP7YAwAq/gkAANkDAE7ZAwAC2QMAOKUEAATZAwAccAYAUdkDADiCCABU2QMAHPEGAFjZAwCk2QMAXNkDAOKFCgBe2QMAlFoIAKnZAwD62QMAsNkDAG7rBACy2QMAOFsKAALaAwBQ2gMAU9oDAKbaAwCy2gMA/NoDAALbAwBS2wMAbdsDAKjbAwC02wMA/tsDAATcAwBU3AMAXNwDAKrcAwCs3AMAAN0DAK/cAwDM7QMACt0DAFbdAwBe3QMAtKcRAL3dAwAC3gMACd4DAFjeAwBg3gMArt4DALveAwAE3wMACd8DAFrfAwBk3wMAsN8DALjfAwAG4AMACOADAA7HCgAL4AMALn0IABDgAwBc4AMAFeADAJj+AwAW4AMAcHUJAGLgAwCy4AMAtOADAAjhAwAV4QMAXuEDAGHhAwC04QMAxeEDAAriAwAM4gMAYOIDAGriAwC24gMAwuIDAAzjAwAU4wMAYKgRAGfjAwC44wMAu+MDAA7kAwAY5AMAZOQDAGzkAwC65AMAx+QDABDlAwAS5QMAZuUDAHzlAwC85QMAyOUDABLmAwAa5gMAtqgRAG3mAwC+5gMAzeYDABTnAwAW5wMAaucDAHvnAwDA5wMAy+cDABboAwAb6AMAbOgDAG/oAwDC6AMAzOgDABjpAwAq6QMAbukDAHbpAwDE6QMAzukDABrqAwAf6gMAcOoDAHjqAwDG6gMAyOoDABzrAwAj6wMAcusDAHnrAwDI6wMAzusDAB7sAwAq7AMAdOwDAHfsAwDK7AMAzewDACDtAwA87QMAdu0DAH7tAwBiqREA2e0DACLuAwAq7gMAeO4DAHvuAwDO7gMA0+4DACTvAwAz7wMAeu8DAJrvAwDQ7wMA3O8DACbwAwAw8AMAfPADAITwAwDS8AMA5PADALipEQAy8QMAfvEDAIzxAwDU8QMA4fEDACryAwBB8gMAgPIDAIjyAwDW8gMA5fIDACzzAwAx8wMAgvMDAI/zAwDY8wMA5fMDAC70AwA69AMAhPQDAJP0AwDa9AMA5PQDADD1AwA+9QMAhvUDAIv1AwDc9QMA6fUDADL2AwA19gMAiPYDAJD2AwDe9gMA4/YDADT3AwBB9wMAivcDAJL3AwDg9wMA6fcDADb4AwBD+AMAjPgDAJr4AwDi+AMA9fgDADj5AwBA+QMAjvkDAJX5AwDk+QMA6fkDADr6AwBQ+gMAkPoDAJL6AwDm+gMA9PoDADz7AwBJ+wMAkvsDAJr7AwDo+wMA6/sDAD78AwBD/AMAlPwDAKP8AwDq/AMACv0DAED9AwBM/QMAlv0DAKD9AwDs/QMA9P0DAEL+AwBU/gMADqoRAJ3+AwDu/gMA+/4DAET/AwBR/wMAmv8DAKb/AwDw/wMA//8DAEYABABQAAQAnAAEAKQABADyAAQA/AAEAEgBBABNAQQAngEEAKYBBABkqhEAAAIEAEoCBABQAgQAoAIEALsCBAD2AgQAAgMEAEwDBABSAwQAogMEAL4DBAD4AwQAAAQEALqqEQBWBAQApAQEAK4EBAD6BAQABQUEAFAFBABcBQQApgUEAK4FBAAQqxEACAYEAFIGBABYBgQAqAYEAMMGBAD+BgQACgcEAFQHBABaBwQAqgcEALIHBAAACAQABggEAFYIBABfCAQArAgEALkIBAACCQQADwkEAFgJBABmCQQArgkEALsJBAAECgQAGwoEAFoKBABiCgQAsAoEALUKBAAGCwQAwQoEAAoNBAATCwQAXAsEAGQLBACyCwQAvQsEAAgMBAANDAQAXgwEAGEMBAC0DAQAvgwEAGarEQAPDQQAYA0EAG8NBAC2DQQAuA0EAAwOBAAdDgQAYg4EAHMOBAC4DgQAzA4EALyrEQAfDwQAZA8EAGcPBAC6DwQAbA8EANIjCABxDwQA6hQQAMQPBAAQEAQAEhAEAGYQBABwEAQAvBAEAMgQBAASEQQAPBEEAGgRBABzEQQA2iEFAI4RBAC+EQQA8REEABQSBAA6EgQAahIEAJASBADAEgQA9BIEABYTBABBEwQAbBMEAHQTBADCEwQA7BMEABgUBABNFAQAbhQEAJkUBADEFAQAzBQEABoVBAApFQQAcBUEAHUVBADGFQQAzxUEABwWBADTFQQA1h0EAC0WBAByFgQAeRYEAMgWBADQFgQAHhcEACsXBAB0FwQAeRcEAMoXBADUFwQAIBgEACgYBAB2GAQAgBgEAI4kBACFGAQAzBgEANEYBAAiGQQALxkEAHgZBACFGQQAzhkEANoZBAAkGgQAMxoEAHoaBACEGgQA0BoEANgaBAAmGwQAMBsEAHwbBACBGwQA0hsEANobBAASrBEANBwEAH4cBACEHAQA1BwEAO8cBAAqHQQANh0EAIAdBACGHQQAaKwRAOMdBAAsHgQAOB4EAIIeBACRHgQA2B4EAOIeBAAuHwQAPB8EAIQfBACJHwQA2h8EAOcfBAAwIAQAOCAEAIYgBACQIAQA3CAEAOEgBAAyIQQAOiEEAIghBACLIQQA3iEEAOohBAA0IgQAOiIEAIoiBAClIgQA4CIEAOwiBAA2IwQAPCMEAIwjBACUIwQA4iMEAOQjBAA4JAQAQiQEAL6sEQCUJAQA5CQEAOYkBAA6JQQARyUEAJAlBACTJQQA5iUEAPclBAA8JgQAPiYEAJImBACcJgQA6CYEAPQmBAA+JwQARicEABStEQCZJwQA6icEAO0nBABAKAQASigEAJYoBACeKAQA7CgEAPkoBABCKQQARCkEAJgpBACuKQQA7ikEAPopBABqrREAYCoEAJoqBAC2KgQAwK0RAPUqBABGKwQAUysEAJwrBACpKwQA8isEAP4rBABILAQAVywEAJ4sBACoLAQA9CwEAAItBABKLQQATy0EAKAtBACtLQQA9i0EAA8uBABMLgQATi4EAKIuBACpLgQAFq4RABUvBABOLwQAXy8EAKQvBACwLwQA+i8EAA0wBABQMAQAXzAEAKYwBACyMAQA/DAEAP0wBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAGyuEQCvMgQAADMEAA0zBABWMwQAYzMEAKwzBAC4MwQAAjQEABE0BABYNAQAYjQEAK40BAC8NAQABDUEAAk1BABaNQQAZzUEALA1BAC4NQQAbq8RAAs2BABcNgQAZDYEAMSvEQC0NgQACDcEABY3BABeNwQAbzcEABqwEQC7NwQAcLARAA84BABgOAQAaDgEALY4BADFOAQADDkEABE5BABiOQQAbzkEALg5BADFOQQADjoEABo6BABkOgQAczoEALo6BADEOgQAHLERABI7BAAiLw8AFjsEAEYSDQAjOwQAZjsEAHU7BAC8OwQAyDsEABI8BAATPAQAaDwEAHI8BAC+PAQAzDwEABQ9BAAZPQQAaj0EAHc9BABysREAxD0EABY+BAAhPgQAbD4EAHo+BADCPgQA0z4EABg/BAAkPwQAbj8EAHY/BADIsREAyT8EABpABAAnQAQAcEAEAH1ABADGQAQA0kAEABxBBAArQQQAckEEAHxBBADIQQQA1kEEAB5CBAArQgQAdEIEAItCBAAeshEA10IEACBDBAAtQwQAdkMEAIJDBADMQwQA20MEACJEBAAsRAQAeEQEAIZEBADORAQAlEQEAGzJCQDTRAQAJEUEADFFBAB6RQQAgkUEAHSyEQDcRQQAJkYEADZGBAB8RgQAhUYEANJGBADVRgQAKEcEADRHBAB+RwQAhUcEAMqyEQDhRwQAKkgEADlIBACASAQAgUgEANZIBADtSAQALEkEAEZJBACCSQQAjkkEANhJBADrSQQALkoEAD1KBACESgQAkEoEANpKBADbSgQAMEsEADpLBACGSwQAlEsEANxLBADhSwQAMkwEAD9MBAAgsxEAokwEAN5MBADtTAQANE0EADZNBACKTQQAOU0EAOxTBACXTQQA4E0EAO1NBAA2TgQAO04EAIxOBACWTgQA4k4EAPFOBAA4TwQAPU8EAI5PBACbTwQA5E8EAPFPBAA6UAQARlAEAJBQBACfUAQA5lAEAPBQBAA8UQQASVEEAJJRBACXUQQA6FEEAOxRBAA+UgQASlIEAJRSBACaUgQA6lIEAPBSBABAUwQARVMEAJZTBACcUwQAdrMRAPlTBABCVAQAT1QEAJhUBACkVAQA7lQEAP1UBABEVQQATlUEAJpVBACoVQQA8FUEAPVVBABGVgQAU1YEAJxWBACjVgQA8lYEAPdWBABIVwQAVFcEAJ5XBAChVwQA9FcEAAFYBABKWAQAT1gEAKBYBACqWAQA9lgEAAJZBABMWQQAX1kEAKJZBACwWQQA+FkEAPtZBABOWgQAWFoEAKRaBACwWgQA+loEAABbBABQWwQAVlsEAKZbBACrWwQA/FsEAAJcBADMsxEAXFwEAG4aBwBeXAQAqGYJAGFcBACoXAQAqlwEAP5cBAAPXQQAVF0EAGVdBACqXQQAsl0EAABeBAAQXgQAVl4EAFheBACsXgQAul4EAAJfBAATXwQAIrQRAF9fBAB4tBEAr18EAARgBAAJYAQAWmAEAApgBABcjAQAYGAEALBgBAC6YAQABmEEABJhBABcYQQAYmEEALJhBAC4YQQACGIEAA1iBABeYgQAZGIEAM60EQDCYgQACmMEACNjBABgYwQAYWMEALZjBADTYwQADGQEABRkBACmhgQAJmQEAGJkBABlZAQAuGQEAL1kBADQtREAJ2UEAGRlBABqZQQAumUEAHplBACiMAUAvGUEABBmBAAWZgQAZmYEAHpmBAC8ZgQAxGYEABJnBAAfZwQAaGcEAG1nBAC+ZwQAyGcEABRoBAAcaAQAamgEAHtoBADAaAQAxWgEABZpBAAYaQQAbGkEAHNpBADCaQQAzmkEABhqBAAfagQAbmoEAIpqBADEagQAzGoEACa2EQAbawQAcGsEAHxrBADGawQA02sEABxsBAAkbAQAcmwEAHVsBADIbAQA02wEAB5tBAAgbQQAdG0EAHptBADKbQQA1m0EACBuBAAnbgQAdm4EAH5uBADMbgQA0W4EACJvBAA7bwQAeG8EAKRvBADObwQA2m8EACRwBAAzcAQAenAEAIRwBADQcAQA2HAEACZxBAA2cQQAfHEEAIpxBADScQQA43EEAChyBAA0cgQAfLYRAINyBADUcgQA3HIEACpzBAArcwQAgHMEAEBzBACS4AsAnXMEANZzBADecwQALHQEADB0BACCdAQAiHQEANh0BADadAQALnUEAC91BACEdQQAhXUEANp1BADmdQQAMHYEADZ2BACGdgQAjnYEANx2BADedgQAMncEAE13BACIdwQAincEAN53BADsdwQANHgEAEV4BACKeAQAjHgEAOB4BAD5eAQANnkEAEd5BACMeQQAmHkEANK2EQDweQQAOHoEAP55BACWMAgATnoEAI56BACPegQA5HoEAPV6BAA6ewQARnsEAJB7BACmewQA5nsEAPJ7BAA8fAQASXwEAJJ8BACcfAQA6HwEAOp8BAA+fQQASH0EAJR9BACifQQA6n0EAO99BABAfgQATX4EAJZ+BACyfgQA7H4EAPR+BAAotxEAUH8EAJh/BACxfwQA7n8EAO9/BABEgAQAYYAEAJqABACigAQA8IAEAAGBBABGgQQAVIEEAJyBBAC1gQQA8oEEAPiBBABIggQASoIEAJ6CBACkggQA9IIEAAiDBABKgwQAUoMEAKCDBACtgwQA9oMEAPuDBABMhAQAVoQEAKKEBACqhAQA+IQEAAiFBABOhQQAU4UEAKSFBACthQQA+oUEAAeGBABQhgQAV4YEAH63EQC3hgQA/IYEAAqHBABShwQAa4cEAKiHBACuhwQA/ocEAACIBABUiAQAWogEAKqIBAC+iAQAAIkEAAiJBABWiQQAY4kEAKyJBACxiQQAAooEAAyKBABYigQAYIoEAK6KBAC+igQABIsEAAmLBABaiwQAY4sEALCLBAC9iwQABowEAA2MBADUtxEAYYwEALKMBACzjAQACI0EABSNBABejQQAZI0EALSNBADFjQQACo4EAB6OBABgjgQAb44EALaOBAC7jgQADI8EABmPBABijwQAco8EALiPBADGjwQADpAEACWQBABkkAQAbZAEALqQBADAkAQAEJEEAByRBABmkQQAbZEEALyRBADYkQQAEpIEABqSBAAquBEAbpIEAL6SBADEkgQAFJMEABmTBABqkwQAcJMEAIC4EQDFkwQAFpQEABiUBABslAQAc5QEAMKUBADQlAQAGJUEACWVBABulQQAhZUEAMSVBADMlQQAGpYEABuWBABwlgQAc5YEAMaWBADalgQAHJcEACuXBABylwQAd5cEAMiXBADJlwQAHpgEADWYBAAsuREAdpgEAMqYBADXmAQAIJkEAC2ZBAB2mQQAe5kEAMyZBADWmQQAIpoEACqaBAB4mgQAiJoEAM6aBADcmgQAJJsEADGbBAB6mwQAgZsEANCbBADYmwQAJpwEACicBAB8nAQAhJwEANKcBADTnAQAKJ0EAOicBACsNQUALZ0EAH6dBACBnQQA1J0EAN6dBAAqngQAQZ4EAICeBACGngQA1p4EAOKeBAAsnwQAL58EAIKfBACfnwQA2J8EAOmfBAAuoAQANqAEAISgBACLoAQA2qAEAOCgBAAwoQQAPqEEAIahBAChoQQA3KEEAOihBAAyogQAOKIEAIiiBACdogQA3qIEAOaiBAA0owQAPqMEAIqjBACQowQA4KMEAO6jBAA2pAQAQqQEAIykBACTpAQA4qQEAOqkBACCuREARqUEAI6lBACkpQQA5KUEAPClBAA6pgQAP6YEAJCmBACZpgQA5qYEAPCmBAA8pwQASKcEAACNBgBYpwQAkqcEAJqnBADYuREA7acEAD6oBABLqAQAlKgEAKGoBADqqAQA9qgEAECpBABPqQQAlqkEAKCpBADsqQQA+qkEAEKqBABHqgQAmKoEAKWqBADuqgQA9qoEAC66EQBSqwQAmqsEALCrBADwqwQA/KsEAEasBABLrAQAnKwEAKWsBADyrAQA/KwEAEitBABQrQQAnq0EAKqtBAD0rQQAB64EAEquBABLrgQAoK4EAK6uBAD2rgQA/K4EAEyvBABYrwQAoq8EAKmvBACEuhEAArAEAE6wBABWsAQApLAEAKqwBABk8AkAs7AEAPqwBAD/sAQA1B4FAACxBABQsQQAXLEEAKaxBACosQQA/LEEAAayBABSsgQAXrIEAKiyBACwsgQA2roRAAazBABUswQAY7MEAKqzBACvswQAALQEAA20BABWtAQAY7QEAKy0BAC4tAQAArUEABG1BABYtQQAYrUEAK61BAC8tQQABLYEAAm2BABatgQAZ7YEALC2BAC4tgQABrcEABC3BABctwQAYbcEALK3BAC6twQACLgEABO4BABeuAQAY7gEALS4BAC3uAQACrkEABS5BABguQQAaLkEADC7EQC7uQQADLoEABu6BABiugQAZLoEALi6BADJugQADrsEABm7BABkuwQAabsEALq7BAC9uwQAELwEABq8BABmvAQAbrwEALy8BAC+vAQAEr0EAB+9BABovQQAb70EAL69BADGvQQAFL4EABW+BABqvgQAb74EAMC+BADGvgQAFr8EACC/BABsvwQAdL8EAIa7EQD4vwQAGMAEAE3ABABuwAQAiMAEAMTABADqwAQAGsEEADTBBABwwQQAlsEEAMbBBADgwQQAHMIEAEXCBABywgQAesIEAMjCBADKwgQAHsMEACvDBAB0wwQAe8MEAMrDBADSwwQAIMQEACHEBAB2xAQAe8QEAMzEBADSxAQAIsUEACzFBAB4xQQAgMUEANy7EQDqxQQAMrwRACzGBAB6xgQAfMYEANDGBADdxgQAJscEAC3HBAB8xwQAhMcEANLHBADTxwQAKMgEAC3IBAB+yAQAhMgEANTIBADeyAQAKskEADLJBACIvBEAhckEANbJBADYyQQALMoEADPKBACCygQAkMoEANjKBADlygQALssEAEXLBACEywQAjMsEANrLBADkywQAMMwEAPDLBABELAUAO8wEAIbMBACSzAQA3MwEAOTMBADevBEAM80EAIjNBAA8zQQA7qwFAEjNBABymQUAjc0EAN7NBADhzQQANM4EAD7OBACKzgQAoc4EAODOBADmzgQANs8EAELPBACMzwQAj88EAOLPBAD/zwQAONAEAEnQBACO0AQArdAEAOTQBADs0AQAOtEEADzRBACQ0QQAn9EEAObRBADw0QQAPNIEAErSBACS0gQArdIEAOjSBAD00gQAPtMEAEbTBAA0vREAoNMEAOrTBAD50wQAQNQEAEXUBACW1AQAnNQEAOzUBADz1AQAQtUEAErVBACY1QQAmtUEAO7VBAD11QQARNYEAEbWBACa1gQAm9YEAPDWBAD61gQARtcEAFLXBACc1wQAotcEAPLXBAAM2AQASNgEAFDYBACe2AQAtNgEAPTYBAAC2QQAStkEAE3ZBACg2QQAo9kEAPbZBAAE2gQATNoEAFnaBACi2gQAudoEAPjaBAAA2wQATtsEAFDbBACk2wQArNsEAPrbBAAR3AQAUNwEAFzcBACm3AQAvNwEAPzcBAAE3QQAUt0EAGDdBACo3QQAst0EAP7dBAAG3gQAVN4EAFveBACq3gQAtt4EAADfBAAB3wQAVt8EAGLfBACs3wQAud8EAALgBAAJ4AQAWOAEAFvgBACu4AQAtuAEAAThBAAJ4QQAWuEEAGfhBACw4QQA4OEEAAbiBAAO4gQAir0RAGTiBAD+9xEAeOIEALLiBAC64gQA4L0RABbjBABe4wQAYOMEALTjBADF4wQACuQEABLkBABg5AQAbOQEALbkBAC85AQADOUEABLlBABi5QQAZ+UEALjlBAC+5QQANr4RABPmBABk5gQAGuYEAO49DgBs5gQAuuYEAL/mBAAgpQoAwOYEAFLrCwDG5gQAjl0LAMnmBAAQ5wQAy+YEAKLoCwDR5gQAhFoMABXnBABm5wQAFucEAAiXCQBz5wQAvOcEAMnnBAAS6AQAHugEAGjoBAB36AQAvugEAMjoBACOvxEAHukEAGrpBABv6QQAwOkEAMjpBADkvxEAG+oEAGzqBABv6gQAwuoEAMzqBAAY6wQAQOsEAJDAEQB06wQAxOsEANrrBAAa7AQAKOwEAHDsBAB97AQAxuwEAMjsBAAc7QQAJu0EAHLtBAB+7QQAyO0EAM/tBAAe7gQAJu4EAHTuBAB77gQAyu4EANPuBAAg7wQALO8EAHbvBAB+7wQA5sARANHvBAAi8AQAKvAEAHjwBACH8AQAzvAEANPwBAAk8QQAMfEEAHrxBACH8QQA0PEEANzxBAAm8gQANfIEAHzyBACG8gQA0vIEAODyBAAo8wQALfMEAH7zBACL8wQA1PMEANzzBAAq9AQANPQEAID0BACO9AQA1vQEAOz0BAAs9QQAOPUEAIL1BACH9QQA2PUEAOH1BAAu9gQAOPYEADzBEQCO9gQA2vYEAOb2BAAw9wQAOPcEAJLBEQCL9wQA3PcEAOn3BAAy+AQAP/gEAIj4BACU+AQA3vgEAO34BAA0+QQAPvkEAIr5BACi+QQA4PkEAOr5BAA2+gQARPoEAIz6BACi+gQA4voEAO76BAA4+wQAPfsEAI77BACX+wQA5PsEAO77BAA6/AQAQvwEAOjBEQCd/AQA5vwEAKb8BADSChEA8/wEADz9BABI/QQAkv0EAKH9BADo/QQA8v0EAD7+BABM/gQAlP4EAKH+BADq/gQAAf8EAED/BABI/wQAlv8EAKD/BADs/wQA8f8EAEIABQBKAAUAPsIRAKQABQDuAAUA9AAFAEQBBQBfAQUAmgEFAKYBBQDwAQUA9gEFAJTCEQBOAgUA6sIRAKECBQDyAgUA/wIFAEgDBQBVAwUAngMFAKoDBQD0AwUAAwQFAEoEBQBUBAUAoAQFAK4EBQD2BAUA+wQFAEwFBQBZBQUAogUFAKoFBQBAwxEABAYFAE4GBQBeBgUApAYFAK0GBQD6BgUA/QYFAFAHBQBcBwUApgcFAK0HBQCWwxEACggFAFIIBQBoCAUAqAgFALQIBQD+CAUABQkFAFQJBQBcCQUAqgkFAK8JBQAACgUACQoFAFYKBQBgCgUA7MMRALEKBQACCwUAuAoFAGAPBQAKCwUAWAsFAF4LBQCuCwUAswsFAAQMBQANDAUAWgwFAGQMBQCwDAUAvAwFAAYNBQAODQUAQsQRAGENBQCyDQUAug0FAAgOBQATDgUAXg4FAGMOBQC0DgUAtw4FAAoPBQAUDwUAmMQRAGoPBQC2DwUAug8FAAwQBQAREAUAYhAFAGgQBQC4EAUA2BAFAA4RBQAWEQUAZBEFAHIRBQC6EQUAvREFABASBQAYEgUAZhIFAG8SBQC8EgUAyRIFABITBQAYEwUAaBMFAHQTBQC+EwUAwBMFABQUBQAjFAUAahQFAHUUBQDAFAUAwhQFABYVBQAvFQUAbBUFAH0VBQDCFQUAzhUFAO7EEQAgFgUAbhYFAI4WBQDEFgUA0hYFABoXBQAnFwUAcBcFAHcXBQDGFwUA4hcFABwYBQAkGAUARMURAHcYBQDIGAUA1RgFAB4ZBQArGQUAdBkFAIAZBQDKGQUA2RkFACAaBQAqGgUAdhoFAIsaBQDMGgUA1BoFACIbBQAxGwUAeBsFAHobBQDOGwUA1xsFACQcBQAnHAUAehwFAIYcBQDQHAUA7BwFACYdBQAuHQUAmsURAIEdBQDSHQUA6B0FACgeBQA0HgUAfh4FAKEeBQDwxREA4R4FACofBQA3HwUAgB8FAIwfBQDWHwUA5R8FACwgBQA2IAUAgiAFAIogBQDYIAUA4iAFAC4hBQAzIQUAhCEFAIwhBQBGxhEA7iEFADAiBQBWIgUAhiIFAKwiBQDcIgUAAiMFADIjBQBdIwUAiCMFAJAjBQDeIwUACCQFADQkBQBqJAUAiiQFALAkBQDgJAUABiUFADYlBQBsJQUAjCUFALclBQDiJQUA6iUFADgmBQA9JgUATocFAEcmBQCOJgUAkyYFAOQmBQDxJgUAOicFAEcnBQCQJwUAnCcFAOYnBQD1JwUAPCgFAEYoBQCSKAUAoCgFAOgoBQDtKAUAPikFAEspBQCUKQUAnCkFAOopBQDwKQUAQCoFAPQpBQCehAUATCoFAJYqBQCmKgUA7CoFAPUqBQBCKwUARSsFAJgrBQCkKwUA7isFAPUrBQCcxhEAWCwFAJosBQCdLAUA8CwFAA0tBQBGLQUAVy0FAJwtBQCjLQUA8i0FAAsuBQBILgUAUC4FAJ4uBQC0LgUA9C4FAPkuBQBKLwUAUS8FAKAvBQCpLwUA9i8FAAcwBQBMMAUAWDAFAPLGEQCkMAUA/jMFALYwBQD4MAUA+zAFAE4xBQBrMQUApDEFALUxBQD6MQUACTIFAFAyBQBhMgUApjIFALQyBQD8MgUACDMFAFIzBQBfMwUAqDMFALIzBQBIxxEABDQFAFQ0BQBiNAUAqjQFAKw0BQAANQUABzUFAFY1BQBvNQUAnscRAMA1BQACNgUABTYFAFg2BQB1NgUArjYFAL82BQAENwUADDcFAFo3BQBhNwUAsDcFALY3BQAGOAUAFDgFAFw4BQB3OAUAsjgFAL44BQAIOQUADjkFAF45BQBzOQUAtDkFALw5BQAKOgUAFDoFAGA6BQBmOgUAtjoFAMQ6BQAMOwUAGDsFAGI7BQBpOwUAuDsFAMA7BQD0xxEAFzwFAGQ8BQBxPAUAujwFAMg8BQAQPQUAHz0FAGY9BQBoPQUAvD0FAMY9BQASPgUAID4FAGg+BQBtPgUAvj4FAMs+BQAUPwUAFz8FAGo/BQB2PwUAwD8FANM/BQAWQAUAJUAFAGxABQB4QAUAwkAFAMNABQAYQQUAIkEFAG5BBQB8QQUAxEEFAMlBBQAaQgUAJ0IFAErIEQB1QgUAxkIFANxCBQAcQwUAMkMFAHJDBQB7QwUAyEMFANVDBQAeRAUALEQFAHREBQCDRAUAykQFAMxEBQAgRQUAKkUFAHZFBQCERQUAzEUFANFFBQAiRgUAL0YFAHhGBQB7RgUAzkYFANZGBQAkRwUANUcFAHpHBQCIRwUA0EcFAN1HBQAmSAUARkgFAHxIBQCESAUA0kgFAOJIBQAoSQUAKkkFAH5JBQCMSQUA1EkFAOVJBQBMyREAMEoFAIBKBQCMSgUAoskRAN1KBQAsSwUA40oFAAI6BwAzSwUAgksFAIhLBQDYSwUA5EsFAC5MBQAxTAUAhEwFAIdMBQDaTAUAAk0FADBNBQBTTQUAhk0FAJFNBQDcTQUA4U0FADJOBQA1TgUAiE4FAJJOBQDeTgUABk8FAPjJEQA5TwUAik8FAJdPBQDgTwUA7U8FADZQBQBCUAUAjFAFAJtQBQDiUAUA7FAFADhRBQBAUQUAjlEFAJhRBQDkUQUA6VEFADpSBQBCUgUATsoRAJ1SBQDmUgUA+lIFADxTBQBEUwUAklMFAJdTBQDoUwUA+FMFAD5UBQBGVAUAlFQFAJ5UBQDqVAUA9VQFAEBVBQBMVQUAllUFAJ5VBQCkyhEA7VUFAEJWBQBOVgUAmFYFAKdWBQDuVgUA/FYFAERXBQBUVwUAmlcFAKhXBQDwVwUA/FcFAEZYBQBNWAUAnFgFAKRYBQDyWAUACFkFAEhZBQBcWQUAnlkFAKFZBQD0WQUAEVoFAEpaBQBbWgUAoFoFAKhaBQD2WgUAAVsFAExbBQBRWwUAolsFAKVbBQD4WwUAAlwFAE5cBQBRXAUA+soRAKZcBQCeXwgAqVwFAPpcBQD9XAUAUF0FAFpdBQCmXQUArl0FAPxdBQAbXgUAUMsRAGZeBQCoXgUAzl4FAP5eBQAkXwUAVF8FAHpfBQCqXwUA4l8FAABgBQA2YAUAVmAFAHxgBQCsYAUA0mAFAAJhBQA4YQUAWGEFAHxhBQCuYQUAymEFAARiBQAMYgUApssRAF9iBQCwYgUAvWIFAAZjBQATYwUAXGMFAGhjBQCyYwUAwWMFAAhkBQASZAUAXmQFAGxkBQC0ZAUAuWQFAAplBQAXZQUAYGUFAGhlBQD8yxEAwmUFAAxmBQAcZgUAYmYFAGtmBQC4ZgUAu2YFAA5nBQAaZwUAZGcFAGtnBQBSzBEAyGcFABBoBQAmaAUAZmgFAHJoBQC8aAUAw2gFABJpBQAaaQUAaGkFAG1pBQC+aQUAx2kFABRqBQAeagUAqMwRAGtqBQDAagUAzGoFABZrBQAcawUAbGsFAG5rBQDCawUAzGsFABhsBQAmbAUAbmwFAHNsBQDEbAUA0WwFABptBQAibQUAcG0FAHptBQDGbQUA1G0FABxuBQAybgUAcm4FAH5uBQDIbgUAz24FAB5vBQAmbwUAdG8FAHlvBQDKbwUA028FACBwBQAqcAUA/swRAHlwBQDMcAUA6XAFACJxBQAzcQUAeHEFAIZxBQDOcQUA5nEFACRyBQAncgUAenIFAJdyBQDQcgUA4XIFACZzBQA+cwUAfHMFAIhzBQDScwUA5XMFACh0BQA3dAUAfnQFAIp0BQDUdAUA1XQFACp1BQA0dQUAgHUFAI51BQDWdQUA23UFACx2BQA5dgUAVM0RAId2BQDYdgUA5XYFAC53BQA7dwUAhHcFAJB3BQDadwUA6XcFADB4BQA6eAUAhngFAJR4BQDceAUA4XgFADJ5BQA/eQUAiHkFAJB5BQBWzhEA6nkFADR6BQBEegUAinoFAJN6BQDgegUA43oFADZ7BQBCewUAjHsFAJN7BQCszhEA8HsFADh8BQBOfAUAjnwFAJp8BQDkfAUA63wFADp9BQBCfQUAkH0FAJV9BQDmfQUA730FADx+BQBGfgUAAs8RAJN+BQDofgUA9H4FAD5/BQBEfwUAlH8FAJZ/BQDqfwUA9H8FAECABQBOgAUAloAFAJuABQDsgAUA+YAFAEKBBQBKgQUAmIEFAKKBBQDugQUA/IEFAESCBQBaggUAmoIFAKaCBQDwggUA94IFAEaDBQBOgwUAnIMFAKGDBQDygwUA+4MFAEiEBQBShAUAWM8RAKyEBQD0hAUACoUFAEqFBQBWhQUAoIUFAKeFBQD2hQUA/oUFAEyGBQBRhgUAooYFAKuGBQD4hgUAAocFAK7PEQBPhwUApIcFALCHBQD6hwUAAIgFAFCIBQBSiAUApogFALCIBQD8iAUACokFAFKJBQBXiQUAqIkFALWJBQD+iQUABooFAFSKBQBeigUAqooFALiKBQAAiwUAFosFAFaLBQBiiwUArIsFALOLBQACjAUACowFAFiMBQBdjAUArowFALeMBQAEjQUADo0FAATQEQBcjQUAHikNAGiNBQCwjQUAwY0FAAaOBQALjgUAXI4FAHOOBQCyjgUAxo4FAAiPBQAgjwUAXo8FAG2PBQC0jwUAuY8FAAqQBQAXkAUAYJAFAG2QBQC2kAUAwpAFAAyRBQAbkQUAYpEFAGyRBQC4kQUAwJEFAA6SBQAskgUAZJIFAGySBQC6kgUAw5IFABCTBQAdkwUAZpMFAGiTBQC8kwUA1ZMFABKUBQAjlAUAaJQFAHSUBQC+lAUAxpQFAFrQEQAZlQUAapUFAHKVBQDAlQUAz5UFABaWBQAblgUAbJYFAHmWBQDClgUAz5YFABiXBQAklwUAbpcFAH2XBQDElwUAzpcFABqYBQAimAUAcJgFAHqYBQDGmAUAy5gFAByZBQAkmQUAsNARAIaZBQDImQUAy5kFAB6aBQA7mgUAdJoFAIWaBQDKmgUAAJsFACCbBQA/mwUAdpsFAH6bBQDMmwUAzpsFACKcBQAxnAUAeJwFAIKcBQDOnAUA3JwFACSdBQA/nQUAep0FAIadBQDQnQUA2J0FAAbREQAyngUAfJ4FAIueBQDSngUA154FACifBQAunwUAfp8FAIWfBQDUnwUA3J8FACqgBQAsoAUAgKAFAIegBQDWoAUA2KAFACyhBQAtoQUAgqEFAIyhBQDYoQUA5KEFAC6iBQA0ogUAhKIFAJ6iBQDaogUA4qIFADCjBQBGowUAhqMFAJSjBQDcowUA36MFADKkBQA1pAUAiKQFAJakBQDepAUA66QFADSlBQBLpQUAiqUFAJKlBQDgpQUA4qUFADamBQA+pgUAjKYFAKOmBQDipgUA7qYFADinBQBOpwUAjqcFAJanBQDkpwUA8qcFADqoBQBEqAUAkKgFAJioBQDmqAUA7agFADypBQBIqQUAkqkFAJOpBQDoqQUA9KkFAD6qBQBLqgUAlKoFAJuqBQDqqgUA7aoFAECrBQBIqwUAlqsFAJurBQDsqwUA+asFAEKsBQByrAUAmKwFAKCsBQBc0REA9KwFAEStBQBSrQUAmq0FAKutBQDwrQUA9a0FAEauBQBdrgUAnK4FALCuBQDyrgUAEa8FAEivBQBQrwUAnq8FAKCvBQD0rwUAA7AFAEqwBQBUsAUAoLAFAK6wBQD2sAUAEbEFAEyxBQBYsQUAorEFAKqxBQCy0REABLIFAE6yBQBdsgUApLIFAKmyBQD6sgUAALMFAFCzBQBXswUAprMFAK6zBQD8swUA/rMFAFK0BQBZtAUAqLQFAKq0BQD+tAUA/7QFAFS1BQBetQUAqrUFALa1BQAAtgUABrYFAFa2BQBwtgUArLYFALS2BQACtwUAGLcFAFi3BQBmtwUArrcFALG3BQAEuAUAB7gFAFq4BQBouAUAsLgFAL24BQAGuQUAHbkFAFy5BQBkuQUAsrkFALS5BQAIugUAELoFAF66BQB1ugUAtLoFAMC6BQAKuwUAILsFAGC7BQBouwUAtrsFAMS7BQAMvAUAFrwFAGK8BQBqvAUAuLwFAL+8BQAOvQUAGr0FAGS9BQBlvQUAur0FAMa9BQAQvgUAHb4FAGa+BQBtvgUAvL4FAL++BQASvwUAGr8FAGi/BQBtvwUAvr8FAMu/BQAUwAUARMAFAGrABQBywAUACNIRAMXABQAWwQUAMsEFAGzBBQB0wQUAXtIRAPvBBQAYwgUAPsIFAG7CBQCXwgUAxMIFAPrCBQAawwUAL8MFAHDDBQB4wwUAxsMFAMnDBQAcxAUAOcQFAHLEBQCDxAUAyMQFAMvEBQAexQUAKMUFAHTFBQB2xQUAysUFANTFBQAgxgUALMYFAHbGBQCSxgUAzMYFANTGBQC00hEAVccFAHjHBQB7xwUAzscFAPTHBQAkyAUATcgFAHrIBQCeyAUA0MgFANjIBQAK0xEAK8kFAHzJBQCJyQUA0skFAN/JBQAoygUANMoFAH7KBQCNygUA1MoFAN7KBQAqywUAOMsFAIDLBQCFywUA1ssFAOPLBQAszAUANMwFAILMBQCMzAUA2MwFAObMBQAuzQUARM0FAITNBQCQzQUA2s0FAN/NBQAwzgUAOc4FAIbOBQCQzgUA3M4FAPjOBQAyzwUAOs8FAGDTEQCKzwUA3s8FAOzPBQA00AUARdAFALbTEQCR0AUADNQRAOXQBQA20QUAPtEFAIzRBQCb0QUA4tEFAOjRBQA40gUARNIFAI7SBQCQ0gUA5NIFAO7SBQA60wUARtMFAJDTBQCY0wUAuNQRAOvTBQA81AUAS9QFAJLUBQCy1AUA6NQFAPTUBQA+1QUASNUFAJTVBQCc1QUA6tUFAOzVBQBA1gUAUNYFAJbWBQCg1gUA7NYFAPjWBQBC1wUASNcFAJjXBQCg1wUADtURAAXYBQBE2AUATNgFAJrYBQCk2AUA8NgFAPXYBQBG2QUATtkFAGTVEQCh2QUA8tkFAPvZBQC8dgwA/9kFAEjaBQAI2gUAPJIPAFLaBQDIVw8AVdoFAJ7aBQCq2gUA9NoFAAPbBQBK2wUAVNsFAKDbBQCo2wUABm8LAK7bBQD22wUAA9wFAEzcBQBj3AUAotwFAKrcBQD43AUAAt0FAE7dBQBT3QUApN0FAKzdBQC61REAB94FAFDeBQBe3gUApt4FALneBQD83gUABN8FAFLfBQBV3wUAqN8FAK3fBQD+3wUADeAFAFTgBQB04AUAquAFALbgBQAA4QUACuEFAFbhBQBy4QUArOEFALThBQAQ1hEAFeIFAFjiBQBe4gUAruIFALriBQAE4wUADuMFAFrjBQBg4wUAsOMFAL7jBQAG5AUAEuQFAFzkBQBf5AUAsuQFALPkBQAI5QUAFOUFAF7lBQBk5QUAtOUFALrlBQAK5gUAFuYFAGDmBQB95gUAtuYFAL/mBQAM5wUAGOcFAGLnBQBl5wUAuOcFAMLnBQAO6AUAGugFAGToBQBq6AUAuugFAMDoBQAQ6QUAFekFAGbpBQBs6QUAZtYRAMjpBQAS6gUAFOoFAGjqBQB36gUAvuoFAMnqBQAU6wUAIOsFAGrrBQBx6wUAwOsFAMjrBQAW7AUAIOwFAGzsBQB37AUAwuwFAM7sBQAY7QUAIO0FAGjXEQBw7QUAxO0FANftBQAa7gUAIu4FAHDuBQB27gUAxu4FANLuBQAc7wUAJu8FAHLvBQB47wUAyO8FANbvBQAe8AUAKvAFAHTwBQB38AUAyvAFANLwBQAg8QUAIfEFAHbxBQCC8QUAzPEFANLxBQAi8gUAKvIFAHjyBQB+8gUAzvIFANryBQAk8wUAQfMFAHrzBQCD8wUA0PMFANzzBQAm9AUAKfQFAHz0BQCG9AUA0vQFANr0BQAo9QUAOfUFAH71BQCM9QUA1PUFAOr1BQAq9gUAOPYFAID2BQCK9gUAvtcRAOX2BQAs9wUAN/cFAIL3BQCO9wUA2PcFAN/3BQAu+AUANvgFAIT4BQCO+AUA2vgFAOX4BQAw+QUAPPkFAIb5BQCO+QUAFNgRAN75BQAy+gUARfoFAIj6BQCQ+gUA3voFAOT6BQA0+wUAQPsFAIr7BQCU+wUA4PsFAOb7BQA2/AUARPwFAIz8BQCY/AUA4vwFAOX8BQA4/QUAQP0FAI79BQCP/QUA5P0FAPD9BQA6/gUAQP4FAJD+BQCY/gUA5v4FAOz+BQA8/wUASP8FAJL/BQCv/wUA6P8FAPH/BQA+AAYASgAGAJQABgCXAAYA6gAGAPQABgBAAQYASAEGAJYBBgCnAQYA7AEGAPoBBgBCAgYAWAIGAJgCBgCmAgYA7gIGAPgCBgBEAwYATAMGAJoDBgC9AwYAatgRAPsDBgBGBAYAVAQGAJwEBgCrBAYA8gQGAP0EBgBIBQYAUAUGAJ4FBgCsBQYA9AUGAPcFBgBKBgYAUgYGAMDYEQCuBgYA9gYGAPkGBgBMBwYAVAcGAJ5bBgBYBwYAADcGAFsHBgCuDQYAaAcGAKIHBgC+BwYAFtkRAPoHBgBOCAYAWwgGAKQIBgCxCAYA+ggGAP8IBgBQCQYAWgkGAKYJBgC1CQYA/AkGAAEKBgBSCgYAXwoGAKgKBgC1CgYA/goGAAoLBgBUCwYAYwsGAKoLBgC0CwYAAAwGAAwMBgBWDAYAXAwGAKwMBgCyDAYAAg0GAAcNBgBYDQYAXg0GAGzZEQCzDQYAQCwGAL8NBgAEDgYAEg4GAFoOBgBmDgYAsA4GAL0OBgAGDwYAEA8GAFwPBgB4DwYAsg8GAM4PBgDC2REAChAGAF4QBgBrEAYAtBAGAMEQBgAKEQYADxEGAGARBgBqEQYAthEGAMURBgAMEgYAERIGAGISBgBvEgYAuBIGAMUSBgAOEwYAGhMGAGQTBgBzEwYAuhMGAMQTBgAQFAYAHBQGAGYUBgBsFAYAvBQGAMIUBgASFQYAFxUGAGgVBgBuFQYAGNoRAMoVBgAUFgYAGxYGAGoWBgB4FgYAwBYGAMMWBgAWFwYAHhcGAGwXBgBxFwYAwhcGAM8XBgAYGAYAIBgGAG7aEQB1GAYAxBgGANIYBgAaGQYAHRkGAHAZBgB/GQYAxhkGAMsZBgAcGgYAKRoGAHIaBgB/GgYAyBoGANQaBgAeGwYALRsGAHQbBgB+GwYAyhsGANgbBgAgHAYAJRwGAHYcBgCDHAYAzBwGANgcBgAiHQYANR0GAHgdBgCHHQYAzh0GANodBgAkHgYAJR4GAHoeBgCEHgYA0B4GAN4eBgAmHwYAKx8GAHwfBgCJHwYAxNoRANQfBgAoIAYANiAGAH4gBgCPIAYAxtsRANsgBgAc3BEALyEGAIAhBgCIIQYA1iEGAOUhBgAsIgYAMSIGAIIiBgCPIgYA2CIGAOUiBgAuIwYAOiMGAIQjBgCTIwYA2iMGAOQjBgDI3BEAMiQGAIYkBgChJAYA3CQGAN4kBgAyJQYATCUGAIglBgCVJQYA3iUGAOolBgA0JgYAPiYGAIomBgCkJgYA4CYGAO8mBgA2JwYAOycGAIwnBgCZJwYA4icGAO8nBgA4KAYARCgGAI4oBgCdKAYA5CgGAO4oBgA6KQYARikGAJApBgCjKQYA5ikGAPUpBgA8KgYASCoGAJIqBgCTKgYA6CoGAPIqBgA+KwYATCsGAJQrBgCZKwYA6isGAPcrBgAe3REATSwGAJYsBgCjLAYA7CwGAPgsBgBCLQYAUS0GAJgtBgCiLQYA7i0GAPwtBgBELgYASS4GAJouBgCnLgYA8C4GAPwuBgBGLwYAWS8GAJwvBgCrLwYA8i8GAP4vBgBIMAYASTAGAJ4wBgCoMAYA9DAGAAIxBgBKMQYATzEGAKAxBgCtMQYAdN0RAAMyBgBMMgYATjIGAKIyBgC7MgYA+DIGAAkzBgBOMwYAWjMGAKQzBgCsMwYAdt4RAP8zBgBQNAYAWDQGAKY0BgC1NAYA/DQGAAE1BgBSNQYAXzUGAKg1BgC1NQYA/jUGAAo2BgBUNgYAYzYGAKo2BgC0NgYAzN4RABM3BgBWNwYAZTcGAKw3BgC4NwYAAjgGAAM4BgBYOAYAYjgGAK44BgC8OAYABDkGAAk5BgBaOQYAZzkGACLfEQC1OQYABjoGABM6BgBcOgYAaToGALI6BgC+OgYACDsGABc7BgBeOwYAaDsGALQ7BgDCOwYACjwGAA88BgBgPAYAbTwGALY8BgC+PAYAJOARABg9BgBiPQYAcj0GALg9BgDBPQYADj4GABE+BgBkPgYAcD4GALo+BgDBPgYAeuARABs/BgBmPwYAZz8GALw/BgDUPwYAEkAGAB9ABgBoQAYAdEAGAL5ABgDIQAYAFEEGABhBBgBqQQYAb0EGAMBBBgDGQQYAFkIGADZCBgBsQgYAhEIGAMJCBgDZQgYAGEMGACRDBgBuQwYAeEMGAMRDBgDGQwYAGkQGACFEBgBwRAYAd0QGAMZEBgDMRAYAHEUGAChFBgByRQYAdUUGAMhFBgDLRQYAHkYGACpGBgB0RgYAd0YGANDgEQDPRgYAIEcGAChHBgB2RwYAfEcGAMxHBgDRRwYAIkgGACtIBgB4SAYAgkgGAM5IBgDaSAYAJEkGACxJBgAm4REAf0kGANBJBgDYSQYAJkoGADFKBgB8SgYAgUoGANJKBgDVSgYAKEsGADJLBgB84REAhksGANRLBgDYSwYAKkwGACxMBgCATAYAg0wGANZMBgDeTAYALE0GADlNBgCCTQYAh00GANhNBgDiTQYALk4GADZOBgCETgYAhU4GANpOBgDfTgYAME8GADNPBgCGTwYAiU8GANxPBgDqTwYAMlAGAEtQBgCIUAYAmVAGAN5QBgDqUAYANFEGADxRBgDS4REAj1EGAOBRBgDoUQYANlIGAEVSBgCMUgYAkVIGAOJSBgDvUgYAOFMGAEVTBgCOUwYAmlMGAORTBgDzUwYAOlQGAERUBgCQVAYAmFQGAOZUBgDwVAYAPFUGAEFVBgCSVQYAmlUGACjiEQDzVQYAPlYGAEpWBgCUVgYAnFYGAH7iEQD2VgYAQFcGAEdXBgCWVwYApFcGAOxXBgDvVwYAQlgGAEpYBgCYWAYAm1gGAO5YBgD6WAYARFkGAEpZBgCaWQYAtVkGAPBZBgD8WQYARloGAExaBgCcWgYAv1oGAPJaBgD1WgYASFsGAGxbBgDU4hEArVsGAPRbBgD5WwYASlwGAFdcBgCgXAYArVwGAPZcBgACXQYATF0GAFtdBgCiXQYArF0GAPhdBgAGXgYATl4GAFNeBgCkXgYAsV4GAPpeBgACXwYAKuMRAF1fBgCmXwYArl8GAPxfBgAVYAYAUmAGAFhgBgCoYAYArWAGAP5gBgAeYQYAVGEGAGBhBgCqYQYAt2EGAABiBgAIYgYAVmIGAFliBgCsYgYAtmIGAAJjBgAEYwYAWGMGAGJjBgCuYwYAumMGAIDjEQAaZAYAWmQGAGZkBgCwZAYAtWQGAAZlBgC4ZAYAyN4SAA9lBgBcZQYAZmUGALJlBgC6ZQYAkl0KAL5lBgAIZgYA1WUGALaaCgAOZgYAXmYGABtmBgA6Yg0AZGYGALRmBgC5ZgYACmcGABBnBgDW4xEAbmcGALZnBgDMZwYADGgGABhoBgBiaAYAZ2gGALhoBgDBaAYADmkGABhpBgBkaQYAbGkGALppBgDJaQYAEGoGABVqBgBmagYAc2oGALxqBgDJagYAEmsGAB5rBgBoawYAd2sGAL5rBgDIawYAFGwGACJsBgBqbAYAd2wGAMBsBgDXbAYAFm0GAB5tBgBsbQYAdm0GAMJtBgDHbQYAGG4GACBuBgDY5BEAem4GAMRuBgDKbgYAGm8GADVvBgBwbwYAfG8GAMZvBgDMbwYALuURACJwBgBAEQ4AL3AGAHJwBgCBcAYAyHAGANRwBgAecQYAH3EGAHRxBgB+cQYAynEGANhxBgAgcgYAJXIGAHZyBgCDcgYAhOURANFyBgAicwYAKnMGAHhzBgB7cwYAznMGANdzBgAkdAYAM3QGAHp0BgCFdAYA0HQGANh0BgAmdQYANnUGAHx1BgCKdQYA0nUGAON1BgAodgYANHYGAH52BgCGdgYAhuYRANp2BgAqdwYAMncGAIB3BgCHdwYA1ncGAOR3BgAseAYAMngGAIJ4BgCOeAYA2HgGAOd4BgAueQYAOHkGAIR5BgCJeQYA2nkGAOB5BgAwegYARHoGAIZ6BgCOegYA3HoGAAZ7BgAyewYAO3sGAIh7BgCVewYA3nsGAOx7BgA0fAYAR3wGAIp8BgCmfAYA3OYRAOV8BgA2fQYAQ30GAIx9BgCZfQYA4n0GAO59BgA4fgYAR34GAI5+BgCYfgYA5H4GAPJ+BgA6fwYAP38GAJB/BgCdfwYA5n8GAO5/BgAy5xEASIAGAJKABgCigAYA6IAGAPGABgA+gQYAQYEGAJSBBgCggQYA6oEGAPGBBgCI5xEAaoIGAJaCBgCfggYA7IIGAPmCBgBCgwYAUIMGAJiDBgCrgwYA7oMGAAqEBgDe5xEAUoQGAJqEBgCwhAYA8IQGAPyEBgBGhQYATYUGAJyFBgCkhQYA8oUGAPeFBgBIhgYAUYYGAJ6GBgCohgYANOgRAPWGBgBKhwYAVocGAKCHBgCmhwYA9ocGAPiHBgBMiAYAVogGAKKIBgCwiAYA+IgGAP2IBgBOiQYAW4kGAKSJBgCsiQYA+okGAASKBgBQigYAXooGAKaKBgC8igYA/IoGAAiLBgBSiwYAWYsGAKiLBgCwiwYA/osGAAOMBgBUjAYAXYwGAKqMBgC0jAYAiugRAAaNBgBWjQYAXI0GAKyNBgCxjQYAAo4GAAiOBgDg6BEAXY4GAK6OBgC7jgYABI8GABGPBgBajwYAZo8GALCPBgC/jwYABpAGABCQBgBckAYAapAGALKQBgC3kAYACJEGABWRBgBekQYAZpEGAOLpEQDCkQYACpIGACCSBgBgkgYAbJIGALaSBgC7kgYADJMGABWTBgBikwYAbJMGADjqEQDEkwYADpQGAB+UBgBklAYAcJQGALqUBgDJlAYAEJUGABqVBgBmlQYAdJUGALyVBgDBlQYAEpYGAB+WBgBolgYAcpYGAL6WBgB0lgYAcJoGAMyWBgAUlwYAKpcGAGqXBgB2lwYAwJcGAMWXBgAWmAYAH5gGAGyYBgB2mAYAwpgGAM6YBgAYmQYAHpkGAG6ZBgB0mQYAxJkGAMmZBgAamgYAIJoGAI7qEQB2mgYAxpoGAMyaBgAcmwYAIZsGAHKbBgB4mwYA5OoRANabBgAenAYANJwGAHScBgCAnAYAypwGAM+cBgAgnQYAKZ0GAHadBgCAnQYAzJ0GANidBgAingYANZ4GAHieBgCHngYAzp4GANqeBgAknwYAJZ8GAHqfBgCEnwYA0J8GAN6fBgAmoAYAK6AGAHygBgCJoAYAOusRAOGgBgAooQYASKEGAH6hBgCKoQYA1KEGAN6hBgAqogYAL6IGAICiBgCBogYA1qIGAOKiBgAsowYAOaMGAIKjBgCOowYA2KMGAOujBgAupAYAPaQGAISkBgCQpAYA2qQGANukBgAwpQYAOqUGAIalBgCUpQYA3KUGAOGlBgAypgYAP6YGAJDrEQCkpgYA5usRAOSmBgA0pwYAOqcGAIqnBgCPpwYA4KcGAOanBgA87BEAO6gGAIyoBgCPqAYA4qgGAO6oBgA4qQYAPqkGAI6pBgCpqQYA5KkGAPCpBgA6qgYAQKoGAJCqBgCSqgYA5qoGAAGrBgA8qwYAPqsGAJKrBgCgqwYA6KsGAPmrBgA+rAYAQKwGAJSsBgCtrAYA6qwGAPusBgBArQYATK0GAD7tEQCgrQYA7K0GAPqtBgBCrgYAWK4GAJiuBgCkrgYA7q4GAPOuBgBErwYATa8GAJqvBgCkrwYA8K8GAPivBgBGsAYAS7AGAJywBgCrsAYA8rAGAAGxBgBIsQYAUbEGAJ6xBgCksQYA9LEGAPqxBgBKsgYAVrIGAKCyBgCnsgYA9rIGAP6yBgBMswYATrMGAKKzBgCyswYA+LMGAAK0BgBOtAYAWrQGAKS0BgCqtAYA+rQGAAK1BgCU7REAXLUGAKa1BgC3tQYA/LUGAAi2BgBStgYAYbYGAKi2BgCytgYA/rYGAAy3BgBUtwYAWbcGAKq3BgC3twYAALgGAAi4BgBWuAYAYLgGADDQBgBiuAYArLgGALK4BgACuQYACLkGAFi5BgBduQYArrkGALS5BgDq7REAELoGAFq6BgBgugYAsLoGAMu6BgAGuwYAErsGAFy7BgBiuwYAsrsGALq7BgAIvAYAC7wGAF68BgBqvAYAtLwGAMW8BgAKvQYAFr0GAGC9BgBvvQYAtr0GAMC9BgAMvgYAGr4GAGK+BgBnvgYAuL4GAMW+BgAOvwYAFr8GAGS/BgBuvwYAur8GAMi/BgAQwAYAJsAGAGbABgBywAYAvMAGAMHABgASwQYAG8EGAGjBBgBywQYA7O4RAMTBBgAUwgYAGsIGAGrCBgB2wgYAwMIGAM3CBgAWwwYAIMMGAGzDBgB0wwYAwsMGAMzDBgAYxAYAHcQGAG7EBgBvxAYAxMQGAMnEBgAaxQYAK8UGAHDFBgB1xQYAxsUGAN3FBgAcxgYAMMYGAHLGBgCOxgYAyMYGANDGBgBC7xEAJscGAHTHBgB+xwYAyscGAN7HBgAgyAYAIcgGAHbIBgCCyAYAzMgGAOjIBgAiyQYAKskGAJjvEQCByQYAzskGANzJBgAkygYA3ckGAPY7CwAuygYAesoGAHzKBgDQygYA6coGACbLBgA3ywYAfMsGAIjLBgDSywYA2ssGAO7vEQA0zAYAfswGAITMBgDUzAYA78wGACrNBgA2zQYAgM0GAIbNBgDWzQYA2c0GACzOBgA0zgYAgs4GAJLOBgDYzgYA3c4GAC7PBgA3zwYAhM8GAJHPBgDazwYA4c8GAETwEQA+0AYAhtAGAJzQBgDc0AYA6NAGADLRBgA30QYAiNEGAJHRBgDe0QYA6NEGADTSBgBQ0gYAitIGAJLSBgCa8BEA5dIGADbTBgA+0wYAjNMGAI7TBgDi0wYA/dMGADjUBgA61AYAjtQGAJzUBgDk1AYA9dQGADrVBgA81QYAkNUGAKnVBgDm1QYA99UGADzWBgBI1gYAktYGAJrWBgDw8BEA9NYGAD7XBgBE1wYAlNcGAK/XBgDq1wYA9tcGAEDYBgBG2AYAltgGAJnYBgBG8REACdkGAELZBgBD2QYAmNkGAKfZBgDu2QYA89kGAETaBgBR2gYAmtoGAKfaBgDw2gYA/NoGAEbbBgBV2wYAnNsGAKbbBgDy2wYAANwGAEjcBgBN3AYAntwGAKvcBgD03AYAAN0GAErdBgBQ3QYAoN0GAF3dBgAg8wYApt0GAPbdBgD73QYATN4GAFLeBgCc8REAp94GAPjeBgAY3wYATt8GAFrfBgCk3wYAqt8GAPrfBgAC4AYAqAwHAAPgBgBQ4AYAXeAGAKbgBgCs4AYA/OAGAAjhBgBS4QYAVOEGAKjhBgC34QYA/uEGAAniBgBU4gYAVuIGAKriBgDD4gYAAOMGABHjBgBW4wYAYuMGAKzjBgC44wYAAuQGABXkBgBY5AYAZ+QGAK7kBgC65AYABOUGAAXlBgBa5QYAZOUGALDlBgC+5QYABuYGAAvmBgBc5gYAaeYGAPLxEQC/5gYACOcGABznBgBe5wYAeucGALTnBgDQ5wYASPIRABnoBgBg6AYAYegGALboBgDF6AYADOkGABHpBgBi6QYAb+kGALjpBgDF6QYADuoGABrqBgBk6gYAc+oGALrqBgDE6gYAEOsGAB7rBgBm6wYAa+sGALzrBgDJ6wYAEuwGACLsBgBo7AYAauwGAL7sBgDM7AYAFO0GACXtBgCe8hEAce0GAPTyEQDF7QYAFu4GACPuBgBs7gYAee4GAMLuBgDI7gYAGO8GACTvBgBu7wYAfu8GAMTvBgDN7wYAGvAGAB3wBgBw8AYAfPAGAMbwBgDN8AYASvMRACjxBgBy8QYAgvEGAMjxBgDR8QYAHvIGACHyBgB08gYAgPIGAMryBgDR8gYAoPMRAC/zBgB28wYAgvMGAMzzBgDN8wYAIvQGACz0BgB49AYAhvQGAM70BgDT9AYAJPUGADH1BgD28xEAf/UGAND1BgDf9QYAJvYGAEb2BgB89gYAiPYGANL2BgDc9gYAKPcGADD3BgB+9wYAivcGANT3BgDa9wYAKvgGADD4BgCA+AYAhfgGANb4BgDc+AYA+PQRADH5BgCC+QYAi/kGANj5BgDp+QYALvoGADX6BgCE+gYAjPoGANr6BgDn+gYAMPsGADX7BgCG+wYAkPsGANz7BgDk+wYAMvwGAEH8BgCI/AYAjfwGAN78BgDr/AYANP0GAEH9BgCK/QYAlv0GAOD9BgDv/QYANv4GAED+BgCM/gYAlP4GAOL+BgDs/gYAOP8GAD3/BgCO/wYAlv8GAPr1EQDp/wYAOgAHAD0ABwCQAAcAmgAHAFD2EQDsAAcAPAEHAEEBBwCSAQcAsgEHAOgBBwD0AQcAPgIHAEQCBwCUAgcAlwIHAOoCBwDsAgcAQAMHAFsDBwCWAwcAmAMHAOwDBwD6AwcAQgQHAFMEBwCYBAcAmgQHAO4EBwAHBQcARAUHAFUFBwCaBQcApgUHAKb2EQAABgcARgYHAGYGBwCcBgcAngYHAPIGBwD+BgcA/h4QAAEHBwAcHAcADgcHAIwpBwAeBwcASAcHAEsHBwCeBwcArQcHAPQHBwD5BwcASggHAFcIBwCgCAcArQgHAPYIBwACCQcATAkHAFsJBwCiCQcArAkHAPgJBwAGCgcATgoHAFMKBwCkCgcAsQoHAPoKBwAGCwcAUAsHAFYLBwCmCwcArAsHAPwLBwABDAcAUgwHAFgMBwD89hEAvgwHAP4MBwAADQcAVA0HAGgNBwCqDQcAsg0HAAAOBwANDgcAVg4HAFsOBwCsDgcAtg4HAAIPBwAKDwcAWA8HAHEPBwCuDwcAug8HAAQQBwAMEAcAUvcRAHUQBwCwEAcAshAHAAYRBwAUEQcAXBEHAG0RBwCyEQcAtBEHAAgSBwAhEgcAXhIHAG8SBwC0EgcAwBIHAKj3EQAPEwcAYBMHAGkTBwC2EwcAxxMHAAwUBwATFAcAYhQHAGoUBwC4FAcAxRQHAA4VBwATFQcAZBUHAG4VBwC6FQcAwhUHABAWBwApFgcAZhYHAHIWBwC8FgcAxBYHAFT4EQAVFwcAaBcHAHIXBwC+FwcAwBcHABQYBwAtGAcAahgHAHsYBwDAGAcAzhgHABYZBwAZGQcAbBkHAHcZBwDCGQcAzhkHABgaBwAfGgcAqvgRAHMaBwDEGgcAzBoHABobBwAoGwcAcBsHAHEbBwDGGwcA4RsHAAD5EQAhHAcAchwHAH8cBwDIHAcA1RwHAB4dBwAqHQcAdB0HAIMdBwDKHQcA1B0HACAeBwAuHgcAdh4HAHseBwDMHgcA2R4HACIfBwAuHwcAeB8HAH4fBwDOHwcA1B8HACQgBwApIAcAeiAHAIAgBwBW+REA3SAHACYhBwAoIQcAfCEHAJUhBwDSIQcA4yEHACgiBwA0IgcAfiIHAIYiBwBY+hEA2SIHACojBwAyIwcAgCMHAJkjBwDWIwcA2yMHACwkBwAxJAcAgiQHAIwkBwDYJAcA2yQHAC4lBwA4JQcAhCUHAIolBwDaJQcA3CUHADAmBwAxJgcAhiYHAI4mBwDcJgcA7CYHADInBwA4JwcAiCcHAI0nBwDeJwcA9CcHADQoBwA8KAcAiigHALQoBwDgKAcAAykHADYpBwBVKQcArvoRAJQpBwAE+xEA8ykHADgqBwBGKgcAjioHAJoqBwDkKgcA8SoHADorBwBEKwcAkCsHAJgrBwDmKwcA8SsHADwsBwA+LAcAkiwHAJUsBwDoLAcA8CwHAD4tBwBELQcAlC0HAJ0tBwDqLQcA9y0HAEAuBwBILgcAli4HAJsuBwDsLgcA9S4HAEIvBwBMLwcAmC8HAKAvBwDuLwcA8y8HAEQwBwBUMAcAmjAHAKIwBwDwMAcA8jAHAEYxBwBhMQcAnDEHAJ4xBwDyMQcAADIHAEgyBwBZMgcAnjIHAKAyBwD0MgcADTMHAEozBwBbMwcAoDMHAKwzBwD2MwcA/jMHAFr7EQBSNAcAojQHAKc0BwD4NAcAGDUHAE41BwBaNQcApDUHAKo1BwD6NQcA/TUHAFA2BwBYNgcApjYHALA2BwD8NgcAATcHAFI3BwBaNwcAqDcHALI3BwD+NwcAADgHAFQ4BwBlOAcAqjgHAMo4BwAAOQcACDkHAFY5BwBgOQcArDkHALE5BwCw+xEAFjoHAFg6BwBgOgcArjoHALM6BwAEOwcAFDsHAFo7BwBiOwcAsDsHALo7BwAGPAcAETwHAFw8BwBoPAcAsjwHALo8BwAG/BEAFD0HAF49BwBqPQcAtD0HALs9BwAKPgcAEj4HAGA+BwB5PgcAtj4HALw+BwAMPwcAET8HAGI/BwCCPwcAuD8HAMQ/BwAOQAcAFEAHAGRABwBnQAcAXPwRALxABwAQQQcAyEAHAEgbEQATQQcAZkEHAHBBBwC8QQcAykEHABJCBwAhQgcAaEIHAGtCBwC+QgcAgEIHAJKCBwCEQgcApGAHAMpCBwAUQwcAFkMHAGpDBwBwQwcAwEMHAM9DBwAWRAcAIUQHAGxEBwB0RAcAEsMHAIZEBwDCRAcAzkQHABhFBwArRQcAbkUHAH1FBwDERQcA0EUHABpGBwAbRgcAcEYHAHpGBwDGRgcA1EYHABxHBwAhRwcAckcHAH9HBwCy/BEA4kcHAB5IBwAtSAcAdEgHAHlIBwDKSAcA10gHACBJBwAtSQcAdkkHAIJJBwDMSQcA20kHACJKBwAsSgcAeEoHAIZKBwDOSgcA00oHACRLBwAxSwcAeksHAIZLBwDQSwcA1ksHACZMBwAsTAcAfEwHAIFMBwDSTAcA2EwHAAj9EQApTQcAfk0HADFNBwAe+AkANU0HAJrgCQA3TQcAcMcHAEhNBwDUBw8Aik0HANRNBwDaTQcAupgIAOFNBwAqTgcALU4HAIBOBwCMTgcA1k4HANhOBwAsTwcAMk8HAIJPBwCRTwcA2E8HAONPBwAuUAcAL1AHAIRQBwCYUAcA2lAHAPRQBwAwUQcAPFEHAIZRBwCZUQcA3FEHAOtRBwAyUgcAPlIHAIhSBwCJUgcA3lIHAOhSBwA0UwcAQlMHAIpTBwCPUwcA4FMHAO1TBwBe/REAUFQHAIxUBwCbVAcA4lQHAOdUBwA4VQcARVUHAI5VBwCbVQcA5FUHAPBVBwA6VgcASVYHAJBWBwCaVgcA5lYHAPRWBwA8VwcAQVcHAJJXBwCfVwcA6FcHAPRXBwA+WAcARFgHAJRYBwCaWAcA6lgHAO9YBwBAWQcARlkHALT9EQCkWQcA7FkHAAdaBwBCWgcAUFoHAJhaBwClWgcA7loHAAVbBwBEWwcAU1sHAJpbBwCfWwcA8FsHAP1bBwBGXAcAU1wHAJxcBwCoXAcA8lwHAAFdBwBIXQcAUl0HAJ5dBwCsXQcA9F0HAPldBwBKXgcAV14HAKBeBwCjXgcA9l4HAAJfBwBMXwcAUl8HAKJfBwCoXwcA+F8HAP1fBwBOYAcAVGAHAAr+EQDAYAcAYP4RAABhBwBQYQcAUmEHAKZhBwCzYQcA/GEHAP9hBwBSYgcAU2IHAKhiBwCtYgcA/mIHAARjBwBUYwcAXmMHAKpjBwDGYwcAAGQHABxkBwC2/hEAXGQHAKxkBwCuZAcAAmUHAA9lBwBYZQcAW2UHAK5lBwCvZQcABGYHAAlmBwBaZgcAYGYHALBmBwC6ZgcABmcHACJnBwBcZwcAeGcHAAz/EQC4ZwcACGgHAA5oBwBeaAcAY2gHALRoBwC6aAcAYv8RAAxpBwBgaQcAbmkHALZpBwDHaQcAZAASABNqBwC6ABIAZ2oHALhqBwDAagcADmsHABNrBwBkawcAHWsHAIx/BwBlawcAumsHAMZrBwAQbAcAHWwHAGZsBwBubAcAvGwHAMZsBwASbQcAIW0HAGhtBwBpbQcAvm0HAMZtBwAUbgcAI24HAGpuBwBvbgcAwG4HAM1uBwAWbwcAI28HAGxvBwB4bwcAwm8HANFvBwAYcAcAInAHAG5wBwB8cAcAxHAHAMlwBwAacQcAJ3EHAHBxBwB4cQcAxnEHANBxBwAccgcAIXIHAHJyBwB6cgcAZgESAM1yBwAecwcAJ3MHACh4BwArcwcAdHMHAIFzBwDKcwcA1nMHACB0BwAvdAcAdnQHAIB0BwDMdAcA2nQHACJ1BwAndQcAeHUHAIV1BwDOdQcA1nUHALwBEgAwdgcAenYHAIp2BwDQdgcA2XYHACZ3BwApdwcAfHcHAIh3BwDSdwcA2XcHABICEgA5eAcAfngHAIV4BwDUeAcA4XgHACp5BwBJeQcAgHkHAIp5BwDWeQcA3nkHACx6BwA7egcAgnoHAId6BwDYegcA5XoHAC57BwA7ewcAhHsHAJB7BwDaewcA6XsHADB8BwA6fAcAhnwHAI58BwDcfAcA5nwHADJ9BwA3fQcAiH0HAJB9BwBoAhIA6n0HADR+BwA6fgcAin4HAKV+BwDgfgcA7H4HADZ/BwA8fwcAvgISAJF/BwDifwcA738HADiABwBFgAcAjoAHAJqABwDkgAcA84AHADqBBwBEgQcAFAMSAJqBBwDmgQcA64EHADyCBwBEggcAagMSAJyCBwDoggcA7oIHAD6DBwBAgwcAlIMHAKGDBwDqgwcA7YMHAECEBwBBhAcAloQHAJuEBwDshAcA8oQHAEKFBwBMhQcAmIUHALKFBwDuhQcA/YUHAESGBwBJhgcAmoYHAKeGBwDwhgcA/YYHAEaHBwBShwcAnIcHAKuHBwDyhwcA/IcHAEiIBwBWiAcAnogHAKOIBwD0iAcAAYkHAEqJBwBUiQcACJMHAFaJBwCgiQcApokHAPaJBwD8iQcATIoHAFGKBwCiigcAqIoHAMADEgD9igcATosHAFuLBwCkiwcAsYsHAPqLBwAGjAcAUIwHAF+MBwCmjAcAsIwHAPyMBwAKjQcAUo0HAFeNBwCojQcAtY0HAP6NBwAGjgcAwgQSAFqOBwCqjgcAsI4HAACPBwAFjwcAVo8HAFyPBwAYBRIAro8HAAKQBwALkAcAWJAHAFuQBwCukAcAupAHAASRBwALkQcAWpEHAGKRBwCwkQcAyZEHAAaSBwAakgcAXJIHAHiSBwCykgcAupIHAMQFEgAWkwcAXpMHAHSTBwC0kwcAwJMHAAqUBwAPlAcAYJQHAGmUBwC2lAcAwJQHAAyVBwAolQcAYpUHAGqVBwAaBhIAvZUHAA6WBwAblgcAZJYHAHGWBwC6lgcAxpYHABCXBwAflwcAZpcHAHCXBwC8lwcAypcHABKYBwAXmAcAaJgHAHWYBwC+mAcAxpgHAHAGEgAimQcAapkHAICZBwDAmQcAzJkHABaaBwAbmgcAbJoHAHWaBwDCmgcAzJoHABibBwAgmwcAbpsHAH2bBwDEmwcAxpsHABqcBwAjnAcAcJwHAHOcBwDGnAcA0pwHABydBwAjnQcAcp0HAHqdBwDInQcA4Z0HAB6eBwAyngcAdJ4HAJCeBwDKngcA0p4HAMYGEgAlnwcAdp8HAIOfBwDMnwcA2Z8HACKgBwAuoAcAeKAHAIegBwDOoAcA2KAHACShBwAuoQcAeqEHAIihBwDQoQcA5qEHACaiBwAyogcAfKIHAIGiBwDSogcA26IHACijBwAyowcAfqMHAIqjBwDUowcA2qMHACqkBwAwpAcAgKQHAIWkBwDWpAcA3KQHABwHEgA4pQcAgqUHAIalBwDYpQcA56UHAC6mBwAzpgcAhKYHAJGmBwDapgcA56YHADCnBwA8pwcAhqcHAJWnBwDcpwcA5qcHADKoBwBAqAcAiKgHAI2oBwDeqAcA66gHADSpBwBAqQcAiqkHAJCpBwDgqQcA5qkHADaqBwA7qgcAjKoHAJKqBwByBxIA56oHADirBwA/qwcAjqsHAJqrBwDkqwcA5qsHADqsBwDnqwcA8LEHAFWsBwCQrAcAkqwHAOasBwD0rAcAPK0HAE2tBwCSrQcAlK0HAOitBwABrgcAPq4HAE+uBwCUrgcAoK4HAOquBwD2rgcAQK8HAFOvBwCWrwcApa8HAOyvBwD4rwcAQrAHAEOwBwCYsAcAorAHAO6wBwD8sAcARLEHAEmxBwCasQcAp7EHAMgHEgDysQcARrIHAGGyBwCcsgcAnrIHAPKyBwAAswcASLMHAFmzBwCeswcAoLMHAPSzBwANtAcASrQHAFu0BwCgtAcArLQHAPa0BwACtQcATLUHAF+1BwCitQcAsbUHAPi1BwAEtgcATrYHAE+2BwCktgcArrYHAPq2BwAItwcAULcHAFW3BwCmtwcAs7cHAMoIEgABuAcAUrgHAFq4BwCouAcAqrgHAP64BwAPuQcAVLkHAGK5BwCquQcAxbkHAAC6BwAMugcAVroHAF66BwDMCRIAsboHAAK7BwAJuwcAWLsHAGS7BwCuuwcAsbsHAAS8BwAMvAcAWrwHAGq8BwCwvAcAtbwHAAa9BwAPvQcAXL0HAGm9BwCyvQcAub0HAAi+BwAQvgcAIgoSAGu+BwC0vgcAvL4HAAq/BwAevwcAYL8HAGW/BwC2vwcAv78HAAzABwASwAcAYsAHAGrABwC4wAcAx8AHAA7BBwAfwQcAZMEHAG3BBwC6wQcAvcEHABDCBwAawgcAZsIHAHLCBwC8wgcAwsIHAHgKEgAfwwcAaMMHAG3DBwC+wwcAxcMHABTEBwAgxAcAasQHAHLEBwDOChIA28QHABbFBwAYxQcAbMUHAHrFBwDCxQcA08UHABjGBwAaxgcAbsYHAIfGBwDExgcA1cYHABrHBwAmxwcAJAsSAH/HBwDGxwcAz8cHABzIBwAiyAcAcsgHAHjIBwDIyAcA1MgHAB7JBwAlyQcAdMkHAHzJBwDKyQcAzskHACDKBwArygcAdsoHAITKBwDMygcA3coHACLLBwAuywcAeMsHAIDLBwB6CxIA0csHACTMBwAuzAcAeswHAHzMBwDQzAcA6cwHACbNBwA3zQcAfM0HAIrNBwDSzQcA1c0HACjOBwAzzgcAfs4HAIzOBwDUzgcA4c4HACrPBwBBzwcAgM8HAIjPBwDWzwcA2M8HACzQBwA00AcAgtAHAJHQBwDY0AcA3dAHAC7RBwA70QcAhNEHAJHRBwDa0QcA5tEHADDSBwA/0gcAhtIHAJDSBwDc0gcA6tIHADLTBwA30wcAiNMHAJXTBwDe0wcA5tMHADTUBwA+1AcAitQHAI/UBwDg1AcA6NQHADbVBwA51QcAjNUHAKnVBwDi1QcA89UHADjWBwBA1gcAjtYHAJHWBwDk1gcA8NYHADrXBwBA1wcAkNcHAKvXBwDm1wcA8tcHADzYBwBC2AcA0AsSAKHYBwDo2AcA6dgHAD7ZBwB22QcAlNkHAKLZBwDq2QcA69kHAEDaBwBI2gcAltoHAKXaBwDs2gcA8doHAELbBwBP2wcAmNsHAKXbBwDu2wcA+tsHAETcBwBT3AcAmtwHAKTcBwDw3AcA/twHAEbdBwBL3QcAnN0HAKndBwDy3QcA+t0HAEjeBwBS3gcAnt4HAKPeBwD03gcA/N4HAErfBwBU3wcAoN8HAKvfBwD23wcAAuAHAEzgBwBU4AcAJgwSAKfgBwD44AcA++AHAE7hBwBY4QcApOEHAKzhBwB8DBIACOIHAFDiBwBm4gcApuIHALLiBwD84gcAAeMHAFLjBwBb4wcAqOMHALLjBwD+4wcABuQHAFTkBwBg5AcAquQHAL3kBwAA5QcAAeUHAFblBwBk5QcArOUHALLlBwAC5gcADuYHAFjmBwBf5gcA0gwSAK/mBwAE5wcAEOcHAFrnBwBn5wcAsOcHALjnBwAG6AcAEOgHAFzoBwBr6AcAsugHALPoBwAI6QcAEOkHAF7pBwBt6QcAtOkHALnpBwAK6gcAF+oHAGDqBwBt6gcAtuoHAMLqBwAM6wcAG+sHAGLrBwBs6wcAuOsHAMbrBwAO7AcAE+wHAGTsBwBx7AcAuuwHAMLsBwAQ7QcAFO0HAGbtBwB07QcAvO0HAMbtBwAS7gcAHe4HAGjuBwBw7gcAvu4HAMnuBwAU7wcAGe8HAGrvBwBt7wcAwO8HAMrvBwAW8AcAHvAHAGzwBwCL8AcAKA0SANHwBwAY8QcAGfEHAG7xBwB28QcAxPEHAMXxBwAa8gcAIPIHAHDyBwB18gcAxvIHAOHyBwAc8wcAKvMHAHLzBwB58wcAyPMHANTzBwAe9AcAJPQHAHT0BwCQ9AcAyvQHANL0BwB+DRIAJvUHAHb1BwB89QcAzPUHANH1BwAi9gcAKPYHANQNEgB99gcAzvYHANX2BwAk9wcAMPcHAHr3BwCC9wcAgA4SAOP3BwAm+AcAXPgHAHz4BwB++AcAfvkHALH4BwDS+AcA9/gHACj5BwAv+QcALA8SAGL5BwDWDhIAjvkHANT5BwAO+gcAgg8SADP6BwCySA0ANPoHAIiNDwBH+gcAgPoHAEr6BwCavw4AkfoHANb6BwDe+gcALPsHAC/7BwCC+wcAjvsHANj7BwDe+wcALvwHAEn8BwCE/AcAkPwHANr8BwDg/AcAMP0HADj9BwCG/QcAov0HANz9BwDk/QcA2A8SAEH+BwCI/gcAif4HAN7+BwDm/gcANP8HADX/BwCK/wcAkP8HAOD/BwDl/wcANgAIAFEACACMAAgAmgAIAOIACADpAAgAOAEIAEQBCACOAQgAlAEIAOQBCAAAAggAOgIIAEICCAAuEBIAlgIIAOYCCADsAggAPAMIAEEDCACSAwgAmAMIAIQQEgDtAwgAPgQIAEUECACUBAgAoAQIAOoECADyBAgAMBESAFMFCACWBQgAzAUIAOwFCADuBQgA7gYIACEGCABCBggAZwYIAJgGCACfBggA3BESANIGCACGERIA/gYIAEQHCAB+BwgAMhISAJwHCADwBwgA8QcIAEYICABQCAgAnAgIAKoICADyCAgADQkIAEgJCABUCQgAngkIAKYJCACIEhIAAAoIAEoKCABQCggAoAoIALsKCAD2CggAAgsIAEwLCABSCwgAogsIAKoLCAD4CwgABgwIAE4MCABRDAgApAwIAKwMCAD6DAgAAw0IAFANCABdDQgApg0IAKgNCAD8DQgAFw4IAFIOCABUDggAqA4IALYOCAD+DggADw8IAFQPCABWDwgAqg8IAMMPCAAAEAgAERAIAFYQCABiEAgArBAIALQQCADeEhIACBEIAFgRCABgEQgArhEIALURCAAEEggACRIIAFoSCABmEggAsBIIALMSCAAGEwgADhMIAFwTCABpEwgAshMIALcTCAAIFAgAEhQIAF4UCABmFAgAtBQIAMAUCAAKFQgAHRUIAGAVCABuFQgAthUIALkVCAAMFggAFhYIADQTEgBlFggAuBYIAMAWCAAOFwgAERcIAGQXCABwFwgAuhcIAMAXCAAQGAgAKxgIAGYYCAByGAgAvBgIAMIYCAASGQgAGhkIAGgZCAB2GQgAvhkIAMEZCAAUGggAHBoIAGoaCABzGggAwBoIAM0aCAAWGwgAGBsIAGwbCACHGwgAwhsIAMQbCAAYHAgAJhwIAG4cCAB/HAgAxBwIAMYcCAAaHQgAMx0IAHAdCACBHQgAxh0IANIdCAAcHggAJB4IAIoTEgB4HggAyB4IANAeCAAeHwgAJR8IAHQfCAB5HwgAyh8IANYfCAAgIAgAIyAIAHYgCAB+IAgAzCAIANkgCAAiIQgAJyEIAHghCACCIQgAziEIANYhCAAkIggAMCIIAHoiCACNIggA0CIIAN4iCAAmIwgAKSMIAHwjCACGIwgA4BMSANUjCAAoJAgANCQIAH4kCACEJAgA1CQIAO8kCAAqJQgANiUIAIAlCACGJQgA1iUIAN4lCAAsJggAOiYIAIImCACFJggA2CYIAOAmCAAuJwgANycIAIQnCACRJwgA2icIANwnCAAwKAgASygIAIYoCACIKAgA3CgIAOooCAAyKQgAQykIAIgpCACKKQgA3ikIAPcpCAA0KggARSoIAIoqCACWKggA4CoIAOgqCAA2FBIAPCsIAIwrCACUKwgA4isIAOkrCAA4LAgAPSwIAI4sCACaLAgA5CwIAOcsCAA6LQgAQi0IAJAtCACdLQgA5i0IAOstCAA8LggARi4IAJIuCACaLggA6C4IAPQuCAA+LwgAUS8IAJQvCACiLwgA6i8IAO0vCABAMAgASjAIAIwUEgCeMAgA4hQSAPowCABCMQgAUzEIAJgxCACkMQgA7jEIAPYxCAA4FRIASTIIAJoyCACkMggA8DIIAPgyCABGMwgAVjMIAJwzCAChMwgA8jMIAPszCABINAgAVTQIAJ40CAClNAgAjhUSAPY0CABKNQgA+TQIALxFCQD9NAgASMUQAAA1CACMug8AAjUIADStCQBUNQgAejIQAFs1CACgNQgAsTUIAPY1CAAENggATDYIAGg2CACiNggAvjYIAOQVEgAGNwgATjcIAFs3CACkNwgAuzcIAPo3CAAGOAgAUDgIAFY4CACmOAgArDgIAPw4CAABOQgAUjkIAFg5CAA6FhIAvjkIAP45CAANOggAVDoIACo6CABePwgAVjoIAKo6CAC5OggAADsIAAs7CABWOwgAYjsIAKw7CACvOwgAAjwIALM7CAAcSQgAyDsIALpCCAAOPAgAWDwIAF48CACuPAgAyTwIAAQ9CAAQPQgAWj0IAGA9CACwPQgAvD0IAAY+CAAMPggAXD4IAGI+CACyPggAtz4IAAg/CAAOPwgAkBYSAGE/CAC0PwgA0D8IAApACAASQAgAkhcSAGxACAC2QAgAvEAIAAxBCAAnQQgAYkEIAG5BCAC4QQgAvkEIAA5CCAAWQggAZEIIAIVCCADoFxIAwkIIAD4YEgAVQwgAZkMIAHNDCAC8QwgAyUMIABJECAAeRAgAaEQIAHdECAC+RAgAyEQIABRFCAAcRQgAakUIAHRFCADARQgAzkUIABZGCAAsRggAbEYIAHhGCADCRggAx0YIABhHCAAhRwgAbkcIAHhHCADERwgAzEcIABpICAAkSAgAcEgIAHVICADGSAgAzkgIAJQYEgAoSQgAckkIAIVJCADISQgA10kIAB5KCAAqSggAdEoIAHVKCADKSggA1EoIACBLCAAuSwgAdksIAHtLCADMSwgA2UsIAOoYEgAtTAgAeEwIAIRMCADOTAgA1EwIACRNCAAwTQgAek0IAIJNCADsGRIA000IACZOCAAuTggAfE4IAIlOCADSTggA104IAChPCAAwTwgAfk8IAIBPCADUTwgA708IACpQCAAsUAgAgFAIAI5QCADWUAgA51AIACxRCAAuUQgAglEIAJtRCADYUQgA6VEIAC5SCAA6UggAhFIIAIxSCABCGhIA31IIADBTCAA9UwgAhlMIAJNTCADcUwgA6FMIADJUCABBVAgAiFQIAJJUCADeVAgA7FQIADRVCAA5VQgAilUIAJdVCADgVQgA6FUIADZWCAA4VggAjFYIAJZWCADiVggA6lYIAJgaEgBDVwgAjlcIAJxXCADkVwgA51cIADpYCABCWAgAkFgIAKZYCADmWAgA61gIADxZCABSWQgAklkIAJ5ZCADoWQgA9VkIAD5aCABIWggA7hoSAJZaCADqWggA+FoIAEBbCABRWwgARBsSAJxbCADsWwgA+FsIAJobEgBEXAgAmFwIAJ5cCADuXAgADl0IAERdCABQXQgAml0IAKFdCADwXQgA+F0IAEZeCABNXggAnF4IAKheCADyXggA9F4IAEhfCABPXwgA8BsSAKFfCAD0XwgA/F8IAEpgCABaYAgAoGAIAKJgCAD2YAgABGEIAExhCABdYQgARhwSAKlhCACcHBIABWIIAE5iCABVYggApGIIAKxiCAD6YggACGMIAFBjCABTYwgApmMIAK5jCAD8YwgAA2QIAFJkCABgZAgAqGQIAKtkCAD+ZAgAAGUIAFRlCABtZQgAqmUIALtlCAAAZggADGYIAFZmCABdZggArGYIALRmCAACZwgAC2cIAFhnCABlZwgArmcIALhnCAAEaAgAEmgIAFpoCABraAgAsGgIALhoCAAGaQgAEGkIAFxpCABqaQgAsmkIAMhpCAAIaggAFGoIAF5qCABlaggAtGoIALxqCAAKawgAEGsIAGBrCABsawgAtmsIAMBrCAAMbAgAEmwIAGJsCAB2bAgASB0SAMZsCAAObQgAJ20IAGRtCAB6bQgAum0IAMltCAAQbggAKm4IAGZuCABpbggAcHMIAHFuCAB6eAgAdW4IALxuCADBbggAEm8IAB9vCABobwgAdW8IAL5vCADKbwgAFHAIACNwCABqcAgAdHAIAMBwCADOcAgAFnEIABtxCABscQgAeXEIAMJxCADOcQgAGHIIAB5yCABucggAdHIIAMRyCADJcggAGnMIACBzCACeHRIAfHMIAMZzCADMcwgAHHQIADd0CABydAgAfnQIAMh0CADOdAgAHnUIACV1CAB0dQgAeXUIACJ3CACAdQgAynUIAMx1CAAgdggAJ3YIAHZ2CACSdggAzHYIANR2CACgHhIAJncIAHh3CACFdwgAzncIAOp3CAAkeAgALHgIAPYeEgB/eAgA0HgIANN4CAAmeQgAMHkIAHx5CACNeQgA0nkIANd5CAAoeggALXoIAH56CACeeggA1HoIAN16CAAqewgAK3sIAIB7CACMewgA1nsIANx7CAAsfAgAMnwIAIJ8CACHfAgA2HwIAN58CABMHxIAL30IAIR9CACQfQgA2n0IAOd9CAAwfggAOH4IAIZ+CACPfggA3H4IAOl+CAAyfwgAQH8IAIh/CACbfwgA3n8IAOZ/CAA0gAgAN4AIAIqACACPgAgA4IAIAO+ACAA2gQgAVoEIAIyBCACYgQgA4oEIAOyBCABOIBIAQoIIAI6CCACQgggA5IIIAO6CCAA6gwgAQ4MIAJCDCACTgwgA5oMIAO6DCAA8hAgAc4QIAKQgEgCehAgA6IQIAPeECAA+hQgAXoUIAJSFCACghQgA6oUIAPGFCABAhggARYYIAJaGCACXhggA7IYIAPiGCABChwgASIcIAJiHCACahwgA7ocIAPiHCABEiAgAUogIAJqICACfiAgA8IgIAP2ICABGiQgAUIkIAJyJCACqiQgA8okIAAiKCABIiggAVIoIAJ6KCACjiggA9IoIAP2KCABKiwgAVIsIAKCLCACsiwgA9osIAAmMCABMjAgAW4wIAKKMCACujAgA+IwIAPmMCABOjQgAWI0IAKSNCACyjQgA+o0IAP+NCABQjggAXY4IAPogEgC0jggA/I4IABKPCABSjwgAXo8IAKiPCACvjwgA/o8IAAaQCABUkAgAWZAIAKqQCACzkAgAAJEIAAqRCABWkQgAXpEIAKyRCACwkQgAApIIAASSCABYkggAZpIIAK6SCAC4kggABJMIABKTCABakwgAZ5MIALCTCADHkwgABpQIAA6UCABclAgAbJQIALKUCAC3lAgACJUIAA6VCABelQgAZpUIALSVCAC5lQgACpYIAAuWCABglggAbJYIALaWCAC8lggADJcIAA6XCABilwgAbJcIALiXCADGlwgADpgIABOYCABkmAgAcZgIAPwhEgC8mAgAEJkIABqZCABmmQgAdJkIALyZCADBmQgAEpoIAB+aCABomggAapoIAL5zCgBymggAvpoIAMyaCAAUmwgAKpsIAGqbCAB2mwgAwJsIAMWbCAAWnAgAH5wIAGycCAB2nAgAwpwIAM6cCAAYnQgAK50IAG6dCAB9nQgAxJ0IANCdCAAanggAG54IAHCeCAB6nggAxp4IANSeCAAcnwgAIZ8IAHKfCAB/nwgAUiISANGfCAAeoAgAKKAIAHSgCAB2oAgAyqAIANSgCAAgoQgALKEIAHahCAB+oQgAVCMSAM2hCAAioggALqIIAHiiCAB+oggAzqIIANCiCAAkowgALqMIAHqjCACIowgA0KMIANWjCAAmpAgAM6QIAHykCACEpAgA0qQIANykCAAopQgANqUIAH6lCACUpQgA1KUIAOClCAAqpggAMaYIAICmCACIpggA1qYIANumCAAspwgANacIAIKnCACMpwgA2KcIAO2nCAAuqAgAN6gIAISoCACRqAgA2qgIANyoCAAwqQgASakIAIapCACXqQgA3KkIAOipCAAyqggAOqoIAKojEgCNqggA3qoIAOaqCAA0qwgASqsIAIqrCACPqwgA4KsIAOerCAA2rAgARKwIAIysCACcrAgA4qwIAPasCAA4rQgAQK0IAI6tCACdrQgA5K0IAOmtCAA6rggAQ64IAJCuCACdrggA5q4IAPCuCAA8rwgASK8IAJKvCACYrwgAACQSAPavCAA+sAgAVLAIAJSwCACgsAgA6rAIAO+wCABAsQgASbEIAJaxCACgsQgA7LEIAPSxCABCsggARrIIAJiyCACasggA7rIIAPyyCABEswgATrMIAJqzCACoswgA8LMIAP2zCABGtAgAXbQIAJy0CACktAgA8rQIAAK1CABItQgATbUIAJ61CACktQgA9LUIAPy1CABKtggAZbYIAKC2CACitggA9rYIAAe3CABMtwgAVbcIAKK3CACutwgAViQSAP23CABOuAgAUbgIAKS4CACuuAgA+rgIAPy4CABQuQgAa7kIAKa5CACouQgA/LkIAAq6CABSuggAY7oIAKi6CACquggA/roIABe7CABUuwgAZbsIAKq7CAC2uwgArCQSAB28CABWvAgAZ7wIAKy8CADIvAgAAr0IAAq9CAACJRIAXb0IAK69CAC2vQgABL4IAA++CABavggAX74IALC+CACzvggABr8IABC/CABcvwgAX78IALK/CAC6vwgACMAIAArACABewAgAecAIALTACAC2wAgACsEIABjBCABgwQgAccEIALbBCAC4wQgADMIIACXCCABiwggAc8IIALjCCADEwggADsMIABbDCABYJRIAccMIALrDCADCwwgAEMQIABrECABmxAgAccQIALzECADIxAgAEsUIABrFCACuJRIAbcUIAL7FCADDxQgAFMYIACXGCAAEJhIAd8YIAMDGCADCxggAFscIAC/HCABsxwgAfccIAMLHCADOxwgAGMgIACDICABaJhIAc8gIAMTICADMyAgAGskIACnJCABwyQgAdskIAMbJCADSyQgAHMoIAB7KCAByyggAfMoIAMjKCADUyggAHssIACbLCACwJhIAgMsIAMrLCADNywgAIMwIACPMCAB2zAgAhMwIAMzMCADRzAgAIs0IAC/NCAAGJxIAic0IAM7NCADWzQgAJM4IANvNCACM1wgAL84IAHrOCAB/zggA0M4IANPOCAAmzwgAMM8IAHzPCACfzwgA0s8IANXPCAAo0AgATNAIAH7QCACG0AgAXCcSANrQCAAq0QgAONEIAIDRCACM0QgA1tEIAN3RCAAs0ggANNIIAILSCACS0ggA2NIIAN3SCAAu0wgANNMIAITTCACM0wgA2tMIAPfTCAAw1AgAOdQIAIbUCACS1AgA3NQIAOLUCAAy1QgARtUIAIjVCACQ1QgA3tUIAO7VCAA01ggANtYIAIrWCACY1ggA4NYIAPHWCACyJxIAPdcIAAgoEgCR1wgA4tcIAOnXCAA42AgARNgIAI7YCACR2AgA5NgIAPTYCAA62QgAPNkIAJDZCACe2QgA5tkIAPfZCABeKBIAQ9oIALQoEgCl2ggA6NoIAPfaCAA+2wgAStsIAJTbCACV2wgA6tsIAPTbCABA3AgATtwIAJbcCACb3AgA7NwIAPncCAAKKRIAR90IAJjdCACh3QgA7t0IAP/dCABE3ggAS94IAJreCACi3ggA8N4IAP3eCABG3wgAS98IAJzfCACm3wgA8t8IAPrfCABI4AgATuAIAJ7gCACq4AgA9OAIAPbgCABK4QgAWeEIAKDhCACr4QgA9uEIAP7hCABM4ggATuIIAKLiCACv4ggA+OIIAAzjCABO4wgAVuMIAKTjCACz4wgA+uMIAP/jCABQ5AgAXeQIAKbkCACw5AgA/OQIAP7kCABS5QgAYeUIAKjlCACy5QgA/uUIAAbmCABU5ggAVeYIAKrmCACv5ggAAOcIAA7nCABW5wgAY+cIAKznCAC25wgADCoSAAXoCABY6AgAZOgIAMz3CAB06AgArugIALboCABiKhIACekIAFrpCABi6QgAsOkIALPpCAAG6ggAEuoIAFzqCABi6ggAsuoIAM3qCAAI6wgAFOsIAF7rCABk6wgAtOsIALfrCAAK7AgAEuwIAGDsCABi7AgAtuwIANHsCAAM7QgADu0IAGLtCABw7QgAuO0IAMntCAAO7ggAEO4IAGTuCAB97ggAuu4IAMvuCAAQ7wgAHO8IAGbvCABu7wgAuCoSAMHvCAAS8AgAGPAIAGjwCABw8AgAvvAIAM3wCAAU8QgAGfEIAGrxCAB38QgAwPEIAM3xCAAW8ggAIvIIAGzyCAB78ggAwvIIAMzyCAAY8wgAJvMIAG7zCABz8wgAxPMIANHzCAAOKxIAJvQIAHD0CAB29AgAxvQIAOH0CAAc9QgAKPUIAHL1CAB49QgAyPUIAMv1CAAe9ggAKvYIAHT2CAB69ggAyvYIAND2CAAg9wgAJfcIAHb3CAB89wgAZCsSANL3CAAi+AgAKPgIAHj4CAB9+AgAzvgIANT4CAC6KxIAKfkIAHr5CACH+QgA0PkIAN35CAAm+ggAMvoIAHz6CACL+ggA0voIANz6CAAo+wgANvsIAH77CACD+wgA1PsIAOH7CAAq/AgAQvwIAID8CACG/AgA1vwIAOL8CAAs/QgAPP0IAIL9CACL/QgA2P0IANv9CAAu/ggAOv4IAIT+CACL/ggAvCwSANz+CAAw/wgAOv8IAIb/CACJ/wgA3P8IAOT/CAAyAAkANQAJAIgACQCUAAkA3gAJAOQACQA0AQkATwEJAIoBCQCWAQkA4AEJAOYBCQASLRIAVgIJAIwCCQCXAgkA4gIJAOcCCQA4AwkAQQMJAI4DCQCRAwkA5AMJAPADCQA6BAkARgQJAPoOCQBSBAkAkAQJAJcECQDmBAkA7AQJADwFCQBKBQkAkgUJAK0FCQDoBQkA9AUJAD4GCQBEBgkAlAYJAK4GCQDqBgkA9gYJAEAHCQBGBwkAlgcJAJwHCQDsBwkA8QcJAEIICQBICAkAaC0SAKUICQDuCAkA+ggJAEQJCQBOCQkAmgkJAJ4JCQDwCQkA9QkJAEYKCQBMCgkAnAoJALwKCQDyCgkA/goJAEgLCQBOCwkAngsJAKQLCQD0CwkA+QsJAEoMCQBQDAkAFC4SAKUMCQD2DAkA/QwJAEwNCQBYDQkAog0JAL4NCQD4DQkAAA4JABYvEgB3DgkApA4JAMoOCQBsLxIADQ8JAFAPCQBfDwkApg8JALIPCQD8DwkA/Q8JAFIQCQBcEAkAqBAJALYQCQD+EAkAAxEJAFQRCQBhEQkAwi8SALIRCQDEMBIABRIJAFYSCQBjEgkArBIJALkSCQACEwkADhMJAFgTCQBnEwkArhMJALgTCQAEFAkAEhQJAFoUCQBfFAkAsBQJAL0UCQAGFQkADhUJABoxEgBoFQkAshUJAMIVCQAIFgkAERYJAF4WCQBhFgkAtBYJAMAWCQAKFwkAERcJAHAxEgBrFwkAthcJAMIXCQAMGAkAFBgJAMYxEgBvGAkAuBgJAL8YCQAOGQkADxkJAGQZCQBpGQkAuhkJAMgZCQAQGgkAHRoJAGYaCQBwGgkAvBoJAMQaCQASGwkAGxsJAGgbCQBuGwkAvhsJAM8bCQAUHAkAMBwJAGocCQByHAkAHDISAMscCQAWHQkAIB0JAGwdCQB2HQkAwh0JAMMdCQByMhIAHR4JAG4eCQB7HgkAxB4JANEeCQAaHwkAJh8JAHAfCQB/HwkAxh8JANAfCQAcIAkAJCAJAHIgCQB8IAkAyCAJAM0gCQAeIQkAJiEJAMgyEgB/IQkAyiEJANYhCQAgIgkAKCIJAB4zEgB7IgkAzCIJANsiCQAiIwkAQiMJAHgjCQCEIwkAziMJANQjCQAkJAkALCQJAHokCQCBJAkA0CQJANIkCQAmJQkAMiUJAHwlCQCSJQkA0iUJANclCQAoJgkANSYJAHQzEgCDJgkA1CYJAOMmCQAqJwkASicJAIAnCQCMJwkA1icJANwnCQAsKAkANCgJAIIoCQCJKAkA2CgJANooCQAuKQkAOikJAIQpCQCaKQkA2ikJAN8pCQAwKgkAPSoJAIYqCQCOKgkA3CoJAOIqCQAyKwkAOysJAIgrCQCVKwkA3isJAOsrCQA0LAkAQiwJAIosCQCXLAkA4CwJAPcsCQA2LQkAZi0JAMozEgCSLQkA4i0JAJktCQAM0A8A+C0JADguCQBGLgkAji4JAJEuCQDkLgkA5y4JADovCQBILwkAkC8JAJUvCQDmLwkA8y8JADwwCQBEMAkAkjAJAJkwCQDoMAkA9DAJAD4xCQBLMQkAlDEJAKIxCQDqMQkA9jEJAEAyCQBHMgkAljIJAJ4yCQDsMgkA8DIJAEIzCQBNMwkAmDMJAKYzCQDuMwkA/zMJAEQ0CQBQNAkAmjQJAKI0CQAgNBIA9jQJAEY1CQBaNQkAnDUJAKo1CQDyNQkA/zUJAEg2CQBfNgkAnjYJAKY2CQD0NgkA/jYJAEo3CQBPNwkAoDcJAKg3CQD2NwkABTgJAEw4CQBROAkAojgJAK84CQD4OAkABTkJAE45CQBaOQkApDkJALM5CQD6OQkABDoJAFA6CQBYOgkApjoJALA6CQD8OgkAATsJAFI7CQBaOwkAdjQSALM7CQD+OwkACjwJAFQ8CQBcPAkAzDQSAK88CQAAPQkADz0JAFY9CQB2PQkArD0JALg9CQACPgkACD4JAFg+CQBgPgkArj4JALU+CQAEPwkABj8JAFo/CQBmPwkAsD8JAMY/CQAGQAkAC0AJAFxACQBpQAkAIjUSALtACQAIQQkADkEJAF5BCQBsQQkAtEEJAMFBCQAKQgkAIUIJAGBCCQBoQgkAtkIJAMVCCQAMQwkAEUMJAGJDCQBvQwkAuEMJAMVDCQAORAkAGkQJAGRECQBzRAkAukQJAMRECQAQRQkALEUJAGZFCQBuRQkAeDUSAMlFCQCQZA4Ay0UJABJGCQAcRgkAhuAOADJGCQBoRgkAdEYJAL5GCQDERgkAFEcJABxHCQBEigkAIEcJAGpHCQAuRwkAGHQJAH1HCQDARwkAz0cJABZICQAiSAkAbEgJAG1ICQDCSAkAzEgJABhJCQAmSQkAbkkJAHNJCQDESQkA0UkJAM41EgAgSgkAcEoJAHZKCQDGSgkAy0oJABxLCQAiSwkA0DYSAH1LCQDISwkA1ksJAB5MCQAvTAkAdEwJAIBMCQDKTAkA0kwJAHw3EgAsTQkAdk0JAIBNCQDMTQkA200JACJOCQAtTgkAeE4JAIZOCQDOTgkA204JACRPCQA7TwkAek8JAIJPCQDQTwkA008JACZQCQAyUAkAfFAJAIJQCQDSUAkA7VAJAChRCQA0UQkAflEJAIRRCQDUUQkA3FEJACpSCQAsUgkAgFIJAIFSCQDWUgkA5FIJACxTCQA0UwkAglMJAJ1TCQDYUwkA5FMJAC5UCQA0VAkAhFQJAIdUCQDaVAkA6FQJADBVCQA1VQkAhlUJAJNVCQDcVQkA+FUJADJWCQA6VgkA0jcSAJVWCQCA3Q4AmVYJAN5WCQCbVgkA3jcPAOpWCQA0VwkAQVcJAIpXCQCPVwkA4FcJAOpXCQA2WAkARlgJAIxYCQCRWAkA4lgJAOtYCQA4WQkARVkJAI5ZCQCVWQkA5FkJAPBZCQA6WgkAQFoJAJBaCQCWWgkA5loJAOtaCQA8WwkAQlsJACg4EgCeWwkA6FsJAO5bCQA+XAkARFwJAJRcCQChXAkA6lwJAO9cCQBAXQkASF0JAJZdCQDMXQkA7F0JABdeCQBCXgkASl4JAJheCQClXgkA7l4JAPNeCQBEXwkATF8JAJpfCQCdXwkA8F8JAPlfCQBGYAkAVWAJAJxgCQCnYAkA8mAJAPpgCQBIYQkAWGEJAJ5hCQCsYQkA9GEJAAViCQBKYgkAVmIJAKBiCQCoYgkAKjkSAPxiCQBMYwkAVGMJAKJjCQCpYwkA+GMJAAZkCQBOZAkAVGQJAKRkCQCwZAkA+mQJAAllCQBQZQkAWmUJAKZlCQCrZQkA/GUJAAJmCQBSZgkAZmYJAIA5EgCyZgkA+uUJALVmCQD+ZgkAt2YJANipCQADZwkAVGcJAGBnCQCqZwkAt2cJAABoCQAKaAkA1jkSAHFoCQCsaAkArmgJAAJpCQAIaQkAWGkJAJBpCQCuaQkAtGkJAARqCQANagkAWmoJAGdqCQCwagkA6GoJAAZrCQANawkAXGsJAGFrCQCyawkAwWsJAAhsCQAobAkAXmwJAGpsCQC0bAkAumwJAAptCQAkbQkAYG0JAGNtCQC2bQkAu20JAAxuCQAbbgkAYm4JAIJuCQCCOhIA2G4JAA5vCQAabwkAZG8JAG5vCQC6bwkAxm8JACIlCgDHbwkAEHAJABVwCQBmcAkAcHAJALxwCQDMcAkAEnEJABdxCQBocQkAcXEJAL5xCQDLcQkAFHIJABtyCQBqcgkAdnIJAMByCQDGcgkAFnMJABxzCQBscwkAcXMJAMJzCQDIcwkA2DoSABt0CQBudAkAc3QJAMR0CQDTdAkAGnUJADp1CQCEOxIAfnUJAMZ1CQDTdQkAHHYJACN2CQBydgkAenYJAMh2CQDKdgkAHncJAM92CQA6iwwA33YJAKQ/DAAkdwkAXHEMACZ3CQB0dwkAeHcJAIR/CQCKdwkA0P8LAI93CQDKdwkAzHcJACB4CQAxeAkAdngJAIR4CQDMeAkA03gJACJ5CQAqeQkAeHkJAH95CQDOeQkA03kJACR6CQAzegkAenoJAJp6CQDQegkA3HoJACZ7CQAsewkAfHsJAIR7CQDSewkA3nsJACh8CQA1fAkAfnwJAJl8CQDUfAkA4nwJACp9CQAwfQkAgH0JAIV9CQDWfQkA430JACx+CQBCfgkAgn4JAI5+CQDYfgkA5X4JAC5/CQA4fwkA2jsSAIl/CQDafwkA4H8JADCACQBQgAkAhoAJAJSACQDcgAkA6YAJADKBCQBJgQkAiIEJAJCBCQDegQkA7YEJADSCCQA5ggkAioIJAJeCCQDgggkA6oIJADaDCQA4gwkAjIMJAJqDCQDigwkA74MJADiECQBEhAkAjoQJAJSECQDkhAkA7IQJADqFCQBAhQkAkIUJAJmFCQDmhQkA84UJADyGCQBGhgkAkoYJAKCGCQDohgkA/oYJAD6HCQBKhwkAlIcJAJyHCQAwPBIA9IcJAECICQBGiAkAlogJAJiICQDsiAkA9ogJAEKJCQBOiQkAmIkJAK+JCQDuiQkAAooJAIY8EgBSigkAmooJAJ2KCQDwigkA+IoJAEaLCQBSiwkAnIsJAKqLCQDyiwkA/IsJAEiMCQBTjAkAnowJAKqMCQD0jAkA+owJAEqNCQBSjQkAoI0JAK2NCQD2jQkA+40JAEyOCQBWjgkAoo4JAKqOCQD4jgkA/o4JAE6PCQBXjwkApI8JALGPCQD6jwkAB5AJAFCQCQBekAkAppAJALOQCQD8kAkAE5EJAFKRCQBakQkAqJEJAK2RCQD+kQkABJIJAFSSCQBckgkAqpIJAMCSCQAAkwkADpMJAFaTCQBZkwkArJMJALuTCQAClAkAB5QJAFiUCQBllAkArpQJAL6UCQAElQkAEpUJAFqVCQBxlQkAsJUJALmVCQAGlgkADJYJAFyWCQBolgkAspYJALmWCQDcPBIAFJcJAF6XCQBglwkAtJcJAL6XCQAKmAkAFpgJAGCYCQBomAkAMj0SALuYCQAMmQkAG5kJAGKZCQCCmQkAuJkJAMSZCQAOmgkAFJoJAGSaCQBsmgkAupoJALuaCQAQmwkAFpsJAGabCQBrmwkAvJsJANebCQASnAkAIJwJAGicCQBvnAkAvpwJAMqcCQAUnQkAGp0JAIg9EgBvnQkAwJ0JAMqdCQAWngkAJ54JAGyeCQB4ngkAwp4JAMWeCQAYnwkAG58JAG6fCQB2nwkAxJ8JAMufCQAaoAkAH6AJAHCgCQB/oAkAxqAJAOagCQAcoQkAKKEJAHKhCQB4oQkAyKEJANChCQAeogkAK6IJAHSiCQB5ogkAyqIJANSiCQAgowkAKKMJAHajCQCGowkAzKMJANGjCQAipAkAK6QJAHikCQCFpAkAzqQJANWkCQDePRIAKaUJAHqlCQCJpQkA0KUJAPClCQAmpgkAMqYJAHymCQCCpgkA0qYJANqmCQAopwkANKcJAH6nCQCLpwkA1KcJANunCQAqqAkAK6gJAICoCQCFqAkA1qgJAOSoCQAsqQkAOakJAIKpCQCMqQkAND4SAN2pCQAuqgkAO6oJAISqCQCRqgkA2qoJAOCqCQAwqwkAPKsJAIarCQCWqwkA3KsJAOWrCQAyrAkANawJAIisCQCUrAkA3qwJAOWsCQCKPhIANq0JAIqtCQA7rQkA0oMNAEStCQB21g0Am60JAOCtCQDorQkANq4JAECuCQCMrgkAm64JAOKuCQDjrgkAOK8JAECvCQA2PxIAlq8JAIw/EgACsAkAOrAJAAewCQBUThIADrAJACbRCQBCsAkAkLAJAJ+wCQDmsAkA67AJADyxCQBJsQkAkrEJAJ+xCQDosQkA9LEJAD6yCQBNsgkAlLIJAJ6yCQDqsgkADbMJAECzCQB2swkAlrMJALqzCQDsswkA9LMJAORAEgBHtAkAmLQJAJ60CQDutAkA9rQJADpBEgBStQkAmrUJALW1CQDwtQkA/LUJAEa2CQBXtgkAnLYJALC2CQDytgkA+rYJAEi3CQBOtwkAnrcJAKq3CQD0twkABLgJAEq4CQBTuAkAoLgJAKO4CQD2uAkAArkJAEy5CQBTuQkAkEESALC5CQD4uQkAAroJAOZBEgBTugkApLoJALG6CQD6ugkAB7sJAFC7CQBcuwkAprsJALW7CQD8uwkABrwJAFK8CQBgvAkAqLwJAK28CQD+vAkAC70JAFS9CQBcvQkAPEISALa9CQAAvgkAEL4JAFa+CQBfvgkArL4JAK++CQACvwkADr8JAFi/CQBfvwkAkkISAL2/CQAEwAkACcAJAFrACQBnwAkAsMAJAL3ACQAGwQkADMEJAFzBCQBowQkAssEJAMLBCQAIwgkAEcIJAF7CCQBhwgkAtMIJAMDCCQAKwwkAEcMJAOhCEgBlwwkAtsMJAMPDCQAMxAkAKsQJAGLECQBuxAkAuMQJAMvECQAOxQkAHMUJAGTFCQBnxQkAusUJAMTFCQAQxgkAHsYJAGbGCQBzxgkAvMYJANPGCQASxwkAGscJAGjHCQBvxwkAvscJAMPHCQAUyAkAKsgJAGrICQBsyAkAwMgJAM7ICQAWyQkAI8kJAD5DEgB0yQkAlEMSAMfJCQAYygkAJcoJAG7KCQB7ygkAxMoJANDKCQAaywkAKcsJAHDLCQB6ywkAxssJANTLCQAczAkAIcwJAHLMCQB/zAkAyMwJANDMCQDqQxIAKs0JAHTNCQCEzQkAys0JANPNCQAgzgkAI84JAHbOCQCCzgkAzM4JANPOCQBARBIALs8JAHjPCQCIzwkAzs8JAI7PCQA+vA4A188JACTQCQAn0AkAetAJAIbQCQDQ0AkA19AJAJZEEgAv0QkAgtQJADDRCQB80QkAi9EJANLRCQCN0QkAKtMJANPRCQAo0gkARNIJAH7SCQC20gkA1NIJAAzTCQDsRBIALdMJAIDTCQCc0wkA1tMJAA7UCQAs1AkAZNQJAEJFEgCP1AkA2NQJAObUCQAu1QkAQdUJAITVCQCg1QkA2tUJABLWCQAw1gkAaNYJAJhFEgCX1gkA3NYJAOjWCQAy1wkAOtcJAO5FEgCN1wkA3tcJAObXCQA02AkAQ9gJAIrYCQCP2AkA4NgJAO3YCQA22QkAQ9kJAIzZCQCY2QkA4tkJAPHZCQA42gkAQtoJAI7aCQCW2gkA5NoJAO7aCQA62wkAP9sJAJDbCQCY2wkAREYSAPXbCQA83AkA99sJAJTdCQA93AkAktwJAK7cCQDo3AkAIN0JAD7dCQB23QkAmkYSAJfdCQDq3QkABt4JAEDeCQB43gkAlt4JAM7eCQDwRhIA794JAELfCQBT3wkAmN8JALTfCQDu3wkAJuAJAETgCQB84AkARkcSAKfgCQDw4AkA/OAJAEbhCQBV4QkAnOEJAKbhCQDy4QkA+uEJADJYCgAA4gkASOIJAE3iCQCe4gkAq+IJAPTiCQD84gkASuMJAFDjCQCg4wkAWuMJABZKCgCs4wkA9uMJAAbkCQBM5AkAVeQJAKLkCQCl5AkA+OQJAATlCQBO5QkAVeUJAJxHEgDH5QkA8kcSAAjmCQBQ5gkAZuYJAKbmCQCy5gkA/OYJAAPnCQBS5wkAV+cJAKjnCQCx5wkA/ucJAAjoCQBISBIAWegJAGBKDQBe6AkAqugJAGDoCQA84gwAtOgJAADpCQAB6QkAVukJAGXpCQCs6QkAsekJAALqCQAP6gkAWOoJAGXqCQCu6gkAuuoJAATrCQAT6wkAWusJAGTrCQCw6wkAvusJAAbsCQAL7AkAXOwJAGnsCQCy7AkAs+wJAAjtCQAN7QkAXu0JAGPtCQC07QkAxe0JAAruCQAt7gkAYO4JAGvuCQC27gkAu+4JAAzvCQAP7wkAYu8JAGzvCQC47wkA4O8JAA7wCQAt8AkA9EgSAHDwCQC68AkAvPAJABDxCQAf8QkAZvEJAHHxCQC88QkAxPEJABLyCQAZ8gkAaPIJAGryCQC+8gkAyPIJABTzCQAW8wkAavMJAIPzCQDA8wkAwvMJABb0CQAZ9AkAbPQJAHj0CQDC9AkAyvQJAEpJEgAk9QkAbvUJAHT1CQDE9QkA3/UJABr2CQAm9gkAcPYJAHb2CQDG9gkAzvYJABz3CQAe9wkAcvcJAHz3CQDI9wkA0PcJAKBJEgAv+AkAdPgJAHv4CQDK+AkA0vgJACD5CQAt+QkAdvkJAHv5CQDM+QkA1vkJACL6CQAq+gkAePoJAIf6CQDO+gkA0/oJACT7CQAx+wkAevsJAIf7CQDQ+wkA3PsJACb8CQA1/AkAfPwJAIb8CQDS/AkA2vwJACj9CQAy/QkAfv0JAIP9CQDU/QkA3P0JAPZJEgA2/gkAgP4JAJD+CQDW/gkA3/4JACz/CQAv/wkAgv8JAI7/CQDY/wkA3/8JAExKEgA0AAoAhAAKAIoACgDaAAoA3wAKADABCgA2AQoAokoSAIwBCgDcAQoA4gEKADICCgA3AgoAtHgPAD8CCgCIAgoAjQIKAN4CCgDmAgoANAMKAF0DCgCKAwoAaAMKAO4KCgCzAwoA4AMKAAkECgA2BAoAYQQKAIwECgCUBAoA4gQKAPEECgA4BQoAPQUKAI4FCgCbBQoA5AUKAPEFCgA6BgoARgYKAJAGCgCfBgoA5gYKAPAGCgA8BwoASgcKAJIHCgCXBwoA6AcKAPUHCgA+CAoARggKAJQICgCaCAoA6ggKAPYICgBACQoAUAkKAJYJCgCfCQoA7AkKAO8JCgBCCgoATgoKAJgKCgCfCgoA+EoSABcLCgBECwoAbwsKAJoLCgCiCwoA8AsKAP8LCgBGDAoASwwKAJwMCgCpDAoA8gwKAP8MCgBIDQoAVA0KAJ4NCgCtDQoA9A0KAP4NCgBKDgoAWA4KAKAOCgClDgoA9g4KAAMPCgBMDwoAVA8KAKIPCgCoDwoA+A8KAAQQCgBOEAoAXhAKAKQQCgCtEAoA+hAKAP0QCgBQEQoAXBEKAKYRCgCtEQoATksSAP4RCgB+iA8AChIKAFISCgBfEgoAqBIKALQSCgD+EgoABBMKAFQTCgBaEwoAqhMKAK8TCgAAFAoABhQKAKRLEgB8FAoArBQKANIUCgACFQoANhUKAFgVCgCBFQoArhUKANkVCgBQTBIAEBYKAFoWCgASFgoAskQLAGQWCgCwFgoAyhYKAAYXCgAJFwoARmIKABUXCgBcFwoAYRcKALIXCgC/FwoACBgKABUYCgBeGAoAahgKALQYCgDDGAoAChkKABQZCgBgGQoAbBkKALYZCgDJGQoADBoKABsaCgBiGgoAbhoKALgaCgC5GgoADhsKABgbCgBkGwoAchsKALobCgC/GwoAEBwKAB0cCgCmTBIAaxwKALwcCgDJHAoAEh0KAB8dCgBoHQoAdB0KAL4dCgDNHQoAFB4KAB4eCgBqHgoAeB4KAMAeCgDFHgoAFh8KACMfCgBsHwoAdB8KAKhNEgDOHwoAGCAKACggCgBuIAoAdyAKAMQgCgDHIAoAGiEKACYhCgBwIQoAdyEKAP5NEgDJIQoAHCIKACQiCgByIgoAfiIKAMgiCgDOIgoAHiMKACQjCgB0IwoAeSMKAMojCgDQIwoAqk4SAEkkCgB2JAoAnyQKAMwkCgDwJAoAVk8SACglCgCMXAsANSUKAHglCgCHJQoAziUKANolCgAkJgoAJSYKAHomCgCEJgoA0CYKAN4mCgAmJwoAKycKAHwnCgCJJwoArE8SAPUnCgACUBIAUSgKAH4oCgCnKAoA1CgKAPgoCgBYUBIAOCkKAIApCgCFKQoA1ikKAOMpCgAsKgoANCoKAIIqCgCIKgoA2CoKAOQqCgAuKwoAPisKAIQrCgCNKwoA2isKAN0rCgAwLAoAaywKAIYsCgCSLAoArlASAOIsCgAyLQoASy0KAIgtCgCWLQoA3i0KAOstCgA0LgoAOy4KAIouCgCTLgoA4C4KAO0uCgA2LwoATS8KAIwvCgCPLwoA4i8KAOQvCgA4MAoAQTAKAI4wCgCeMAoA5DAKAP0wCgA6MQoAPDEKAJAxCgCZMQoA5jEKAO4xCgA8MgoAPjIKAJIyCgCrMgoA6DIKAP8yCgA+MwoASjMKAJQzCgClMwoA6jMKAPYzCgBANAoASzQKAJY0CgCjNAoA7DQKAPY0CgAEURIAVTUKAJg1CgCmNQoA7jUKANU1CgBUPgoAKjYKAEQ2CgBRNgoAmjYKAKI2CgDwNgoA9jYKAEY3CgBSNwoAnDcKAKc3CgDyNwoA+zcKAEg4CgBLOAoAnjgKAKA4CgD0OAoA+zgKAEo5CgBMOQoAWlESAKM5CgD2OQoABDoKAEw6CgBROgoAojoKAK86CgD4OgoABDsKAE47CgBWOwoAsFESALI7CgD6OwoACjwKAFA8CgBePAoApjwKAK88CgD8PAoABj0KAFI9CgBUPQoAqD0KALI9CgD+PQoAAD4KAAZSEgBZPgoAqj4KALI+CgAAPwoABj8KAFY/CgBiPwoArD8KALs/CgACQAoAC0AKAFhACgBbQAoArkAKALBACgAEQQoAC0EKAFpBCgBcQQoAXFISALVBCgAGQgoAIkIKAFxCCgB4QgoAslISAL9CCgDIegsAwUIKAAhDCgANQwoAXkMKAGtDCgC0QwoAwUMKAApECgAQRAoAYEQKAGxECgC2RAoAxkQKAAxFCgAVRQoAYkUKAGVFCgC4RQoAxEUKAA5GCgAVRgoACFMSAHNGCgC6RgoAv0YKABBHCgAdRwoAZkcKAHNHCgC8RwoAwkcKABJICgAeSAoAaEgKAHhICgC+SAoAx0gKABRJCgAXSQoAakkKAHZJCgDASQoAx0kKAF5TEgAYSgoAbEoKAHpKCgDCSgoA00oKALRTEgAfSwoAClQSAHZLCgBgVBIAyUsKABpMCgAnTAoAcEwKAH1MCgDGTAoA0kwKABxNCgArTQoAck0KAHxNCgDITQoA1k0KAB5OCgAjTgoAdE4KAIFOCgDKTgoA0k4KALZUEgAsTwoAdk8KAIZPCgDMTwoA1U8KACJQCgAlUAoAeFAKAIRQCgDOUAoA1VAKAAxVEgAmUQoAelEKAIhRCgDQUQoA4VEKAGJVEgAtUgoAuFUSAIRSCgAOVhIA11IKAChTCgA1UwoAflMKAItTCgDUUwoA4FMKACpUCgA5VAoAgFQKAIpUCgDWVAoA5FQKACxVCgAxVQoAglUKAI9VCgDYVQoA4FUKAGRWEgA6VgoAhFYKAJRWCgDaVgoA41YKADBXCgAzVwoAhlcKAJJXCgDcVwoA41cKALpWEgA8WAoAiFgKAJZYCgDeWAoA9FgKADRZCgBAWQoAilkKAJFZCgDgWQoA6FkKADZaCgA7WgoAjFoKAJVaCgDiWgoA7FoKABBXEgBOWwoAjlsKAJpbCgDkWwoA61sKADpcCgBCXAoAkFwKAJVcCgDmXAoA71wKADxdCgBGXQoAZlcSAJddCgBqTw0Anl0KAC6sCgChXQoA6F0KALxdCgDUOhMA7V0KAD5eCgBLXgoAlF4KAKFeCgDqXgoA9l4KAEBfCgBPXwoAll8KAKBfCgDsXwoA+l8KAEJgCgBPYAoAmGAKAK9gCgDuYAoA9mAKAERhCgBOYQoAmmEKAJ9hCgDwYQoA+GEKALxXEgBLYgoAnGIKAKtiCgDyYgoAEmMKAEhjCgBUYwoAnmMKAKhjCgD0YwoA/mMKAEpkCgBYZAoAoGQKALZkCgD2ZAoAAmUKAExlCgBRZQoAomUKAKtlCgD4ZQoAAmYKAE5mCgBaZgoApGYKALdmCgD6ZgoACWcKAFBnCgBcZwoApmcKAKdnCgD8ZwoABmgKAFJoCgBgaAoAqGgKAK1oCgD+aAoAC2kKAGhYEgBiaQoAqmkKAMBpCgAAagoADGoKAFZqCgBdagoArGoKALRqCgACawoAB2sKAFhrCgBhawoArmsKALhrCgBqWRIACWwKAFpsCgBibAoAsGwKALNsCgAGbQoAD20KAFxtCgBrbQoAsm0KAL1tCgAIbgoAEG4KAF5uCgBubgoAtG4KAMJuCgAKbwoAG28KAGBvCgBsbwoAtm8KAL5vCgDAWRIAEnAKAGJwCgBqcAoAuHAKAL9wCgAOcQoAHHEKAGRxCgBqcQoAunEKAMZxCgAQcgoAH3IKAGZyCgBwcgoAvHIKAMFyCgAScwoAGHMKAGhzCgB8cwoAFloSAM9zCgAUdAoAIHQKAGp0CgBwdAoAwHQKAMZ0CgAWdQoAG3UKAGx1CgBydQoAbFoSAMd1CgAYdgoAKXYKAG52CgB2dgoAxHYKAHp2CgBSkwoAfHYKABYrEADOdgoAGncKACh3CgBwdwoAhncKAMZ3CgDSdwoAHHgKACN4CgByeAoAengKAMh4CgDNeAoAHnkKACd5CgB0eQoAfnkKAMp5CgDSeQoAIHoKACR6CgB2egoAgXoKAMx6CgDaegoAInsKADN7CgB4ewoAhHsKAM57CgDWewoAwloSACZ8CgB6fAoAiHwKANB8CgDafAoAJn0KADR9CgB8fQoAiX0KANJ9CgDpfQoAKH4KADB+CgB+fgoAjn4KANR+CgDZfgoAKn8KADB/CgCAfwoAiH8KANZ/CgDYfwoALIAKADmACgCCgAoAioAKANiACgDdgAoALoEKAC+BCgCEgQoAkIEKANqBCgDngQoAMIIKADiCCgCGggoAlYIKANyCCgDhggoAMoMKAD+DCgCIgwoAlYMKAN6DCgDqgwoANIQKAEOECgCKhAoAlIQKAOCECgDuhAoANoUKADuFCgCMhQoAmYUKABhbEgDlhQoAOIYKAECGCgCOhgoAm4YKAOSGCgDphgoAOocKAESHCgCQhwoAmIcKAOaHCgDohwoAPIgKAFeICgCSiAoAlIgKAOiICgD2iAoAPokKAE+JCgCUiQoAlokKAOqJCgADigoAQIoKAFGKCgCWigoAoooKAG5bEgD0igoAQosKAEiLCgCYiwoApIsKAO6LCgALjAoARIwKAE2MCgCajAoApowKAPCMCgDzjAoARo0KAFCNCgCcjQoApI0KAPKNCgD8jQoASI4KAFaOCgCejgoAtI4KAPSOCgAAjwoASo8KAFGPCgCgjwoAqI8KAPaPCgD7jwoATJAKAFWQCgCikAoArJAKAPiQCgAAkQoATpEKAFCRCgCkkQoAtJEKAPqRCgAEkgoAUJIKAFySCgCmkgoArJIKAPySCgAEkwoAxFsSAFiTCgCokwoArpMKAP6TCgADlAoAVJQKAFqUCgAaXBIAuJQKAACVCgAWlQoAVpUKAGKVCgCslQoAsZUKAAKWCgALlgoAWJYKAGKWCgCulgoA0ZYKAASXCgAIlwoAWpcKABOXCgCymAoAXJcKALCXCgC+lwoABpgKABCYCgBcmAoAgJgKABxdEgC4mAoACJkKABSZCgBemQoAYJkKALSZCgC+mQoACpoKABaaCgBgmgoAhJoKAHJdEgC6mgoADJsKAMWaCgBknAoADpsKAGKbCgBwmwoAuJsKAMKbCgAOnAoAMpwKAMhdEgBqnAoAupwKAMacCgAQnQoAEp0KAGadCgBwnQoAvJ0KAMidCgASngoANp4KAB5eEgCFngoAvp4KAMeeCgAUnwoAIp8KAGqfCgBwnwoAwJ8KAMyfCgAWoAoAHqAKAHReEgBzoAoAwqAKANugCgAYoQoAJ6EKAG6hCgB2oQoAxKEKANOhCgAaogoAH6IKAHCiCgB9ogoAxqIKANOiCgAcowoAKKMKAHKjCgCBowoAyKMKANKjCgAepAoALKQKAHSkCgB5pAoAyqQKANekCgDKXhIAIaUKABAeCwA5pQoAdqUKAIClCgDMpQoAzqUKACKmCgAwpgoAeKYKAIWmCgDOpgoA1qYKACSnCgBQpwoAeqcKAIGnCgDQpwoA6acKACaoCgA1qAoAfKgKAISoCgDSqAoA4agKACipCgAtqQoAfqkKAIupCgDUqQoA4akKACqqCgA2qgoAgKoKAI+qCgDWqgoA4KoKACyrCgA6qwoAgqsKAIerCgDYqwoA5asKACBfEgBBrAoAhKwKAJOsCgDarAoA5qwKADCtCgA8rQoAhq0KAI2tCgDcrQoA6K0KADKuCgA5rgoAiK4KAJCuCgDergoA4q4KADSvCgA/rwoAiq8KAJavCgDgrwoA7a8KADawCgA+sAoAjLAKAJawCgDisAoA6LAKADixCgBMsQoAjrEKAJyxCgDksQoA8bEKADqyCgBRsgoAkLIKAJiyCgDmsgoA8LIKADyzCgBBswoAkrMKAJqzCgDoswoA97MKAD60CgBDtAoAlLQKAKG0CgDqtAoA97QKAEC1CgBMtQoAlrUKAKW1CgDstQoA9rUKAHZfEgBKtgoAmLYKAKe2CgDutgoA87YKAES3CgBNtwoAmrcKAKu3CgDwtwoA97cKAEa4CgBOuAoAnLgKAKm4CgDyuAoA97gKAEi5CgBSuQoAnrkKAKa5CgD0uQoADboKAEq6CgBWugoAoLoKAKi6CgDMXxIABbsKAEy7CgBpuwoAorsKAKu7CgD4uwoABrwKAE68CgBUvAoApLwKALC8CgD6vAoAAb0KAFC9CgBYvQoApr0KALa9CgD8vQoAAr4KAFK+CgBXvgoAqL4KAL6+CgD+vgoABr8KAFS/CgBevwoAqr8KALW/CgAAwAoADMAKAFbACgBewAoAImASALnACgACwQoACcEKAFjBCgBkwQoArsEKALTBCgAEwgoAFcIKAFrCCgBuwgoAsMIKAL7CCgAGwwoAE8MKAFzDCgBzwwoAssMKALrDCgAIxAoAD8QKAF7ECgBgxAoAtMQKAL7ECgAKxQoADMUKAGDFCgB5xQoAtsUKALjFCgAMxgoAD8YKAGLGCgBuxgoAuMYKAObGCgB4YBIAHccKAGTHCgCBxwoAuscKAMPHCgAQyAoAHsgKAGbICgBsyAoAvMgKAMjICgASyQoAGskKAM5gEgBwyQoAvskKAMTJCgAUygoAIMoKAGrKCgBtygoAwMoKAMXKCgAWywoAH8sKAGzLCgByywoAwssKANHLCgAYzAoAJMwKAG7MCgB2zAoAJGESAMrMCgAazQoAH80KAHDNCgCGzQoAxs0KAM7NCgAczgoAKs4KAHLOCgB8zgoAyM4KAMvOCgAezwoAJs8KAHTPCgB1zwoAys8KANDPCgAg0AoALtAKAHbQCgCM0AoAzNAKAM7QCgAi0QoAKNEKAHjRCgCM0QoAztEKANbRCgAk0goANNIKAHrSCgB80goA0NIKAN/SCgAm0woAMNMKAHzTCgCB0woA0tMKANjTCgAo1AoAPNQKAH7UCgCG1AoA1NQKANnUCgAq1QoAMNUKAIDVCgCI1QoA1tUKANnVCgAs1goAMdYKAILWCgCL1goA2NYKAN7WCgAu1woAPdcKAITXCgCQ1woAemESAObXCgAw2AoAQ9gKAIbYCgCi2AoA3NgKAOTYCgDQYRIAQNkKAIjZCgCe2QoA3tkKAOrZCgA02goAOdoKAIraCgCT2goA4NoKAOraCgA22woAPtsKAIzbCgCO2woA4tsKAPHbCgA43AoAVdwKAI7cCgCX3AoA5NwKAPLcCgA63QoAQN0KAJDdCgCe3QoA5t0KAPPdCgA83goAU94KAJLeCgCa3goA6N4KAOreCgA+3woARt8KAJTfCgCj3woA6t8KAO/fCgBA4AoATeAKAJbgCgCj4AoA7OAKAPjgCgBC4QoAUeEKAJjhCgCi4QoA7uEKAPzhCgBE4goASeIKAJriCgCn4goAJmISAPriCgBG4woASOMKAJzjCgCj4woA8uMKAPnjCgBI5AoATuQKAJ7kCgCs5AoA9OQKAAHlCgBK5QoAWuUKAKDlCgCl5QoA9uUKAP7lCgBM5goAEuYKACBRCwBY5goAouYKAKTmCgCo6QoAr+YKAPjmCgD95goATucKAFjnCgCk5woAtOcKAPrnCgD/5woAUOgKAFnoCgCm6AoAs+gKAPzoCgAD6QoAUukKAFrpCgB8YhIAtukKAP7pCgAW6goAVOoKAFbqCgCq6goAweoKAADrCgAC6woAVusKAGTrCgCs6woAuesKAALsCgAK7AoA0mISAFvsCgCu7AoAb+wKABKiDAC37AoABO0KABLtCgAEGAsAE+0KAFrtCgBl7QoAsO0KALjtCgAG7goAEe4KAFzuCgBh7goAsu4KALXuCgAI7woAEu8KAChjEgBk7woAtO8KAGjvCgBsKQ8Az+8KAArwCgAW8AoAYPAKAGbwCgC28AoAvvAKAAzxCgAi8QoAYvEKAHDxCgC48QoAu/EKAA7yCgAn8goAZPIKAHDyCgC68goAxfIKABDzCgAS8woAZvMKAIHzCgC88woAyvMKABL0CgAf9AoAaPQKAH/0CgB+YxIAwPQKAMYrDwDU9AoAFPUKABX1CgBq9QoAb/UKAMD1CgDG9QoAFvYKABj2CgBs9goAcvYKAML2CgDW9goAGPcKACD3CgBu9woAfvcKAMT3CgDG9woAGvgKACj4CgBw+AoAgfgKANRjEgDM+AoAHPkKACj5CgAqZBIAdPkKAMj5CgDZ+QoAHvoKACb6CgB0+goAffoKAMr6CgDR+goAIPsKACH7CgCAZBIAgvsKAMz7CgDO+woAIvwKACn8CgB4/AoAgPwKAM78CgDX/AoAJP0KACv9CgB6/QoAe/0KANZkEgDV/QoAJv4KAC7+CgB8/goAhv4KANL+CgDg/goAKP8KAD7/CgB+/woAiv8KANT/CgDZ/woAKgALADMACwCAAAsAigALACxlEgDXAAsALAELADQBCwDehwwARAELAIIBCwCPAQsA2AELAOQBCwAuAgsAOAILAIQCCwCIAgsA2gILAN8CCwAwAwsANgMLAIYDCwCmAwsA3AMLAPQDCwAyBAsASQQLAIgECwCUBAsA3gQLAOgECwA0BQsANgULAIoFCwCRBQsA4AULAOcFCwA2BgsAPAYLAIwGCwCYBgsA4gYLAOUGCwA4BwsAOwcLAI4HCwCaBwsA5AcLAOcHCwA6CAsAVggLAJAICwCYCAsAgmUSAPIICwA8CQsARgkLAJIJCwCUCQsA6AkLAO8JCwA+CgsARQoLAJQKCwCaCgsA6goLAPgKCwBACwsATQsLAJYLCwCmCwsA7AsLAPELCwBCDAsASgwLAJgMCwCoDAsA7gwLAPMMCwBEDQsASg0LAJoNCwCiDQsA2GUSAPYNCwBGDgsATg4LAJwOCwCfDgsA8g4LAP4OCwBIDwsATg8LAJ4PCwC5DwsA9A8LAAIQCwBKEAsAWRALAKAQCwCsEAsA9hALAP4QCwCEZhIAURELAKIRCwCsEQsA+BELAAASCwBOEgsAbhILAKQSCwCxEgsA+hILAP8SCwBQEwsAVBMLAKYTCwCzEwsA2mYSAAEUCwBSFAsAVRQLAKgUCwCyFAsA/hQLAAoVCwBUFQsAZxULAKoVCwC5FQsAABYLAAwWCwBWFgsAVxYLAKwWCwC2FgsAAhcLABAXCwBYFwsAXRcLAK4XCwC7FwsAMGcSAA4YCwBaGAsAXBgLALAYCwDJGAsABhkLABcZCwBcGQsAaBkLALIZCwC6GQsAMmgSAA8aCwBeGgsAZRoLALQaCwC6GgsAChsLABYbCwBgGwsAYxsLALYbCwC5GwsADBwLABQcCwBiHAsAchwLALgcCwC9HAsADh0LABcdCwBkHQsAcR0LALodCwDBHQsAiGgSABweCwBmHgsAcx4LALweCwDEHgsAEh8LABwfCwBoHwsAdx8LAL4fCwC/HwsAFCALABwgCwBqIAsAeSALAMAgCwDFIAsAFiELACMhCwBsIQsAeSELAMIhCwDOIQsAGCILACciCwBuIgsAeCILAMQiCwDSIgsAGiMLAB8jCwBwIwsAfSMLAMYjCwDOIwsAHCQLACYkCwByJAsAdyQLAMgkCwDQJAsA3mgSACwlCwB0JQsAgCULAMolCwDQJQsAICYLACYmCwB2JgsAeyYLAMwmCwDSJgsANGkSAC4nCwB4JwsAficLAM4nCwDUJwsAJCgLADEoCwB6KAsAfygLANAoCwDYKAsAJikLAEQpCwA2ahIAfikLAAR0DgB/KQsAIFUNAIIpCwCc5wwAkikLANIpCwDTKQsAKCoLAC0qCwB+KgsAhCoLANQqCwDWKgsAKisLADArCwCAKwsAlCsLANYrCwDeKwsALCwLADwsCwCCLAsAhCwLANgsCwDmLAsALi0LAD8tCwCMahIAii0LANotCwDmLQsA4moSAD0uCwCGLgsAji4LANwuCwDpLgsAMi8LADQvCwCILwsAni8LAN4vCwDqLwsANDALADwwCwCOaxIAljALAOAwCwDjMAsANjELADsxCwCMMQsAnTELAOIxCwDrMQsAODILAEIyCwCOMgsAnDILAOQyCwDpMgsAOjMLAEczCwDkaxIAnDMLAOYzCwDzMwsAPDQLAD40CwCSNAsAqDQLAOg0CwD0NAsAPjULAEY1CwA6bBIAmTULAOo1CwDwNQsAQDYLAEg2CwCWNgsAmTYLAOw2CwD4NgsAQjcLAEg3CwCYNwsAszcLAO43CwD7NwsARDgLAEY4CwCaOAsAsDgLAPA4CwD8OAsARjkLAE45CwCQbBIAojkLAPI5CwD3OQsASDoLAGM6CwCeOgsArDoLAPQ6CwD7OgsASjsLAFY7CwCgOwsApzsLAOZsEgABPAsATDwLAFQ8CwCiPAsArTwLAPg8CwD9PAsATj0LAFE9CwCkPQsArj0LAPo9CwACPgsAUD4LAF4+CwCmPgsAqT4LAPw+CwAEPwsAUj8LAHI/CwCoPwsAtT8LAP4/CwADQAsAVEALAFhACwCqQAsAt0ALADxtEgAgQQsAVkELAF9BCwCsQQsArUELAAJCCwAKQgsAWEILAGhCCwCuQgsAsEILAARDCwASQwsAWkMLAGtDCwCSbRIAtkMLAAZECwASRAsA6G0SAGNECwA+bhIAt0QLAAhFCwAiRQsAXkULAG1FCwC0RQsAv0ULAApGCwAMRgsAYEYLAG1GCwC2RgsAw0YLAAxHCwAYRwsAYkcLAHNHCwC4RwsAu0cLAA5ICwAoSAsAZEgLAG1ICwC6SAsAx0gLABBJCwAWSQsAZkkLAHJJCwC8SQsAv0kLABJKCwAXSgsAaEoLAHlKCwC+SgsA2UoLABRLCwAgSwsAaksLAHFLCwDASwsAwksLABZMCwAdTAsAbEwLAHNMCwDCTAsAyEwLABhNCwAkTQsAbk0LAHFNCwDETQsAx00LABpOCwAmTgsAcE4LAINOCwDGTgsA1U4LABxPCwAoTwsAck8LAHNPCwDITwsA0k8LAB5QCwAsUAsAdFALAHlQCwDKUAsA11ALAJRuEgAoUQsA6m4SAHhRCwDMUQsA4lELACJSCwAuUgsAeFILAIBSCwBAbxIA1FILACRTCwAsUwsAelMLAH1TCwDQUwsA3FMLACZUCwAsVAsAfFQLAJdUCwDSVAsA4FQLAChVCwA3VQsAflULAIpVCwDUVQsA3FULAJZvEgAvVgsAgFYLAIpWCwDWVgsA3lYLACxXCwBMVwsAglcLAI9XCwDYVwsA3VcLAC5YCwAyWAsAhFgLAJFYCwDsbxIA/VgLAEJwEgA1WQsAhlkLAJVZCwDcWQsA/FkLADJaCwA+WgsAiFoLAJJaCwDeWgsA6loLADRbCwA6WwsAilsLAJBbCwDgWwsA5VsLADZcCwA8XAsAmHASAJJcCwDiXAsA51wLADhdCwA+XQsARHESAJFdCwDkXQsA7l0LADpeCwA8XgsAkF4LAKleCwDmXgsA914LADxfCwBKXwsAkl8LAJVfCwDoXwsA818LAD5gCwBGYAsAlGALAJZgCwDqYAsA8mALAEBhCwBNYQsAlmELAKJhCwDsYQsA8GELAEJiCwBKYgsAmGILAKdiCwDuYgsA82ILAERjCwBRYwsAmmMLAKdjCwDwYwsA/GMLAEZkCwBVZAsAnGQLAKZkCwDyZAsAAGULAEhlCwBNZQsAnmULAKtlCwCacRIA/GULAPBxEgBOZgsAqGoLAFZmCwCgZgsApmYLAPZmCwD8ZgsATGcLAFlnCwCiZwsAp2cLAPhnCwAAaAsATmgLAHdoCwCkaAsAgmgLAFBpCwDKaAsApmkLAM1oCwD6aAsAI2kLAEZyEgB5aQsAnHISAMxpCwD8aQsAMGoLAFJqCwB7agsA8nISALZqCwD+agsAC2sLAFRrCwBgawsAqmsLALBrCwAAbAsABmwLAFZsCwBbbAsArGwLALJsCwBIcxIAKG0LAARuCwArbQsAWG0LAIFtCwD0cxIA120LAEp0EgAqbgsAWm4LAI5uCwCwbgsA2W4LAKB0EgAQbwsAXG8LAGFvCwCybwsAum8LAPZ0EgANcAsAXnALAGdwCwC0cAsAwXALAApxCwARcQsATHUSAGhxCwCidRIAyXELAAxyCwAYcgsAYnILAHFyCwC4cgsAwXILAA5zCwAYcwsAZHMLAGZzCwC6cwsA03MLABB0CwAhdAsAZnQLAHJ0CwC8dAsAxHQLAPh1EgAgdQsAaHULAHl1CwC+dQsAynULABR2CwAcdgsATnYSAG92CwDAdgsAynYLABZ3CwAedwsAbHcLAHx3CwDCdwsAx3cLABh4CwAheAsAbngLAHt4CwDEeAsAy3gLAKR2EgAgeQsA1t8PACd5CwBweQsALXkLAH6xDgB1eQsAxnkLANJ5CwAcegsAKXoLAHJ6CwB8egsA+nYSAM16CwAeewsAKnsLAHR7CwCBewsAynsLANR7CwAgfAsAPHwLAHZ8CwB+fAsAUHcSANF8CwAifQsAKn0LAHh9CwB7fQsAzn0LANd9CwAkfgsAM34LAHp+CwCFfgsA0H4LANh+CwAmfwsANn8LAHx/CwCKfwsA0n8LAON/CwAogAsANIALAH6ACwCGgAsApncSANqACwAqgQsAMoELAICBCwCHgQsA1oELAOSBCwAsggsAMoILAIKCCwCOggsA2IILAOeCCwAugwsAOIMLAISDCwCJgwsA2oMLAOCDCwAwhAsARIQLAIaECwCOhAsA3IQLAPqECwAyhQsAOoULAPx3EgCQhQsAUngSAOaFCwA0hgsATYYLAIqGCwCThgsA4IYLAPCGCwA2hwsARocLAIyHCwCYhwsA4ocLAOiHCwA4iAsARogLAI6ICwCbiAsA5IgLAPuICwA6iQsAQokLAJCJCwCaiQsA5okLAPSJCwA8igsAUooLAJKKCwCeigsA6IoLAO+KCwA+iwsARosLAJSLCwCZiwsA6osLAPOLCwBAjAsASowLAJaMCwCejAsA7IwLAO6MCwBCjQsAUo0LAJiNCwCijQsA7o0LAPqNCwBEjgsASo4LAJqOCwCijgsA/ngSAPKOCwBGjwsAV48LAJyPCwC4jwsA8o8LAPqPCwBUeRIAWZALAJ6QCwCvkAsA9JALAPyQCwBKkQsAY5ELAKCRCwCmkQsA9pELAPuRCwBMkgsAbJILAKKSCwCukgsA+JILAP6SCwBOkwsAVpMLAKSTCwCzkwsA+pMLAP+TCwBQlAsAXZQLAKaUCwCzlAsA/JQLAAiVCwBSlQsAYZULAKiVCwCylQsA/pULAAyWCwBUlgsAWZYLAKqWCwC3lgsAAJcLAAOXCwBWlwsAXpcLAKyXCwCulwsAApgLAAiYCwBYmAsAZJgLAK6YCwC2mAsAqnkSAAmZCwBamQsAXpkLALCZCwC9mQsAAHoSAA6aCwBWehIAYpoLALKaCwDJmgsACJsLABGbCwBemwsAdJsLALSbCwDAmwsACpwLABecCwBgnAsAapwLALacCwC+nAsADJ0LAEqdCwBinQsAi50LALidCwDAnQsADp4LADGeCwCsehIAc54LALqeCwB6ngsAnrsLAL+eCwAQnwsAHZ8LAGafCwBznwsAvJ8LAMifCwASoAsAIaALAGigCwByoAsAvqALAMygCwAUoQsAGaELAGqhCwB3oQsAwKELAOShCwAWogsAHqILAAJ7EgB1ogsAwqILAMWiCwAYowsAIqMLAG6jCwB2owsAxKMLAN2jCwAapAsAJqQLAHCkCwB4pAsAWHsSANakCwAcpQsAJKULAHKlCwB8pQsAyKULANylCwAepgsAH6YLAHSmCwCApgsAyqYLANKmCwCuexIAM6cLAHanCwB3pwsAzKcLANinCwAiqAsAMagLAHioCwCCqAsAzqgLANGoCwAkqQsALKkLAHqpCwB7qQsA0KkLANKpCwAmqgsALKoLAHyqCwB+qgsA0qoLAOiqCwAoqwsANKsLAH6rCwCIqwsA1KsLAOCrCwAqrAsAMKwLAICsCwCIrAsA1qwLAP+sCwAsrQsANK0LAIKtCwCMrQsA2K0LAN2tCwAurgsANq4LAISuCwCdrgsA2q4LAOauCwAwrwsAOK8LAAR8EgCSrwsA3K8LAN+vCwAysAsAN7ALAIiwCwCRsAsA3rALAOSwCwA0sQsAQ7ELAIqxCwCWsQsA4LELAPWxCwA2sgsAPrILAIyyCwCZsgsAmLgLAKWyCwDisgsA57ILADizCwA9swsAjrMLAJ+zCwDkswsA7LMLADq0CwDwswsA6LULAFG0CwCQtAsAnrQLAOa0CwABtQsAPLULAEi1CwCStQsAn7ULAFp8EgDqtQsAPrYLAEu2CwCUtgsAnLYLAOq2CwABtwsAQLcLAE63CwCWtwsAsbcLAOy3CwD4twsAQrgLAE+4CwCwfBIAobgLAO64CwD/uAsARLkLAFW5CwCauQsAorkLAPC5CwAHugsARroLAFS6CwCcugsAt7oLAPK6CwD+ugsASLsLAFW7CwAGfRIAsrsLAPS7CwD3uwsASrwLAGe8CwCgvAsAsbwLAPa8CwAavQsATL0LAFS9CwBcfRIAq70LAPi9CwD7vQsATr4LAFi+CwCkvgsArL4LAPq+CwATvwsAUL8LAFy/CwCmvwsArr8LALJ9EgAMwAsAUsALAFrACwCowAsAssALAP7ACwASwQsAVMELAFXBCwCqwQsAtsELAADCCwAIwgsACH4SAGrCCwCswgsAr8ILAALDCwAfwwsAWMMLAGnDCwCuwwsAvMMLAATECwAZxAsAWsQLAGLECwCwxAsAvcQLAAzICwDJxAsABsULAAvFCwBcxQsAYcULALLFCwDDxQsACMYLABDGCwBexgsAdcYLALTGCwDCxgsACscLACXHCwBgxwsAbMcLALbHCwDDxwsAXn4SABXICwBiyAsAc8gLALjICwDJyAsADskLABbJCwBkyQsAe8kLALrJCwDIyQsAEMoLACvKCwBmygsAcsoLALzKCwDJygsAtH4SACbLCwBoywsAa8sLAL7LCwDbywsAFMwLACXMCwBqzAsAeMwLAMDMCwDVzAsAFs0LAB7NCwBszQsAec0LAHjTCwCFzQsAws0LAMfNCwAYzgsAHc4LAG7OCwB/zgsAxM4LAMzOCwAazwsA0M4LAMjQCwAxzwsAcM8LAH7PCwDGzwsA4c8LABzQCwAo0AsActALAH/QCwAKfxIAytALAB7RCwAr0QsAdNELAHzRCwDK0QsA4dELACDSCwAu0gsAdtILAJHSCwDM0gsA2NILACLTCwAv0wsAYH8SAIHTCwDO0wsA39MLACTUCwA11AsAetQLAILUCwDQ1AsA59QLACbVCwA01QsAfNULAJfVCwDS1QsA3tULACjWCwA11gsAtn8SAIfWCwDU1gsA5dYLACrXCwA21wsAgNcLAI3XCwDW1wsA29cLACzYCwA22AsAgtgLAJLYCwDY2AsA3dgLAC7ZCwA32QsAhNkLAJHZCwDa2QsA4dkLADDaCwA82gsAhtoLAIzaCwDc2gsA4toLADLbCwA32wsAiNsLAI7bCwAMgBIA49sLADTcCwA83AsAitwLAKDcCwDg3AsA5dwLADbdCwA93QsAjN0LAJXdCwDi3QsA890LADjeCwBE3gsAjt4LAJbeCwAOgRIA5t4LADrfCwBQ3wsAkN8LAJzfCwDm3wsA7d8LADzgCwBE4AsAZIESAJfgCwDo4AsA7+ALAD7hCwBH4QsAlOELAKXhCwDq4QsA9uELAEDiCwBI4gsAuoESAJjiCwDs4gsAAuMLAELjCwBO4wsAmOMLAJ/jCwDu4wsA9uMLABCCEgBJ5AsAmuQLAKHkCwDw5AsA+eQLAEblCwBX5QsAnOULAKjlCwDy5QsA+uULAGaCEgBK5gsAnuYLAK3mCwD05gsAFOcLAErnCwBM5wsAoOcLALfnCwD25wsAAugLAEzoCwBU6AsAEoMSAKfoCwD46AsA+ugLAE7pCwBV6QsApOkLAKzpCwD66QsAA+oLAFDqCwBW6gsApuoLALfqCwD86gsABOsLAL6DEgBe6wsAqOsLAKvrCwD+6wsAA+wLAFTsCwBl7AsAquwLAMXsCwAA7QsADO0LAFbtCwBe7QsAFIQSAMLtCwAC7gsAA+4LAFjuCwBd7gsAru4LALTuCwAE7wsADu8LAFrvCwBi7wsAsO8LAMLvCwBqhBIAE/ALAFzwCwBm8AsAsvALALjwCwAI8QsAHPELAF7xCwBm8QsAtPELAMTxCwAK8gsAD/ILAGDyCwBm8gsAtvILAL7yCwAM8wsADfMLAGLzCwBk8wsAuPMLAMfzCwAO9AsALvQLAGT0CwBm9AsAuvQLANH0CwAQ9QsAHPULAGb1CwBu9QsAwIQSAMT1CwAS9gsAK/YLAGj2CwBx9gsAvvYLAMj2CwAU9wsAHPcLAGr3CwB69wsAwPcLAMX3CwAW+AsAH/gLAGz4CwB5+AsAwvgLAMn4CwAY+QsAIPkLAGyFEgB4+QsAxPkLAMz5CwAa+gsAKPoLAHD6CwB9+gsAxvoLAM76CwAc+wsAHvsLAHL7CwB6+wsAyPsLAMn7CwAe/AsAIPwLAHT8CwCD/AsAyvwLAOr8CwAg/QsAIv0LAHb9CwCN/QsAzP0LANj9CwAi/gsAPP4LAHj+CwCk/gsAzv4LANH+CwAk/wsAKf8LAHr/CwCH/wsAwoUSANL/CwAmAAwAMAAMAHwADACLAAwA0gAMAN0ADAAoAQwANgEMAH4BDACLAQwA1AEMAOsBDAAqAgwAMgIMAIACDACBAgwA1gIMANgCDAAsAwwAOwMMAIIDDACiAwwA2AMMANoDDAAuBAwARQQMAIQEDACQBAwA2gQMAOIEDAAYhhIANQUMAIYFDACMBQwA3AUMAOQFDAAyBgwAUQYMAIgGDACVBgwA3gYMAN8GDAA0BwwASgcMAIoHDACmBwwAboYSAOUHDAA2CAwAQAgMAIwIDACUCAwA4ggMAOMIDAA4CQwA5AgMAEoSDAA+CQwAjgkMAJoJDADkCQwA9AkMADoKDABICgwAkAoMAKMKDADmCgwA8goMADwLDABDCwwAkgsMAJoLDADoCwwA7AsMAD4MDABMDAwAlAwMAJ4MDADqDAwA9QwMAEANDABIDQwAlg0MAM4NDADsDQwA9A0MAEIODABHDgwAmA4MAJ4ODADuDgwA9g4MAEQPDABeDwwAmg8MANIPDADwDwwA+A8MAEYQDABLEAwAnBAMAKIQDADyEAwA+hAMAEgRDABiEQwAnhEMALgRDAD0EQwALBIMAMSGEgBSEgwAoBIMAKcSDAD2EgwAAhMMAEwTDABNEwwAohMMAK4TDAD4EwwABRQMAE4UDABVFAwApBQMALAUDAD6FAwABxUMAFAVDABfFQwAphUMALoVDAAahxIA/hUMAFIWDAAIFgwAdAIPAFUWDABMbQ4AXxYMAIIFDQBhFgwAqBYMAMgWDAD+FgwAABcMAFQXDABrFwwAqhcMALYXDAAAGAwACBgMAHCHEgBYGAwArBgMALkYDAACGQwACxkMAFgZDABaGQwArhkMAL8ZDAAEGgwAFRoMAFoaDABuGgwAxocSANAaDAAGGwwACBsMAFwbDABzGwwAshsMAL4bDAAIHAwAEBwMAByIEgBgHAwAtBwMALccDAAKHQwAEh0MAGAdDABtHQwAth0MALsdDAAMHgwAFh4MAGIeDABqHgwAuB4MANEeDAAOHwwAGh8MAGQfDABwHwwAuh8MAMcfDAAQIAwAGCAMAGYgDAB2IAwAvCAMAMEgDAASIQwAGyEMAGghDAB1IQwAviEMAMUhDAAUIgwAHCIMAHKIEgB3IgwAwCIMAMMiDAAWIwwAICMMAGwjDABuIwwAwiMMANMjDAAYJAwAKSQMAG4kDAB6JAwAxCQMAMskDAAaJQwANCUMAHAlDAB4JQwAxiUMAMclDACELwwA0CUMABwmDAAiJgwAciYMAIYmDADIJgwA0CYMAB4nDAAoJwwAdCcMAHknDADKJwwA0icMACAoDAAuKAwAdigMAIMoDADMKAwAzygMACIpDAAsKQwAeCkMAHopDADOKQwA3ykMACQqDAA1KgwAeioMAIIqDADIiBIA2ioMACYrDABCKwwAfCsMAIQrDAAeiRIA0ysMACgsDAA+LAwAfiwMAIYsDADULAwA4iwMACotDAA3LQwAgC0MAIMtDADWLQwA4C0MACwuDAAuLgwAgi4MAJMuDADYLgwA6S4MAC4vDAA2LwwAdIkSAJUvDADaLwwA5i8MADAwDAAyMAwAhjAMAIkwDADcMAwA6DAMADIxDAA6MQwAyokSAJExDADeMQwA6zEMADQyDAA8MgwAijIMAJwyDADgMgwA7TIMADYzDAA3MwwAjDMMAKIzDADiMwwA6jMMADg0DABGNAwAjjQMAJs0DADkNAwA5zQMADo1DABENQwAkDUMAJI1DADmNQwA9zUMADw2DABNNgwAkjYMAJo2DAAgihIA9TYMAD43DABINwwAlDcMAEs3DABqJg4AojcMAOo3DAAAOAwAQDgMAEw4DACWOAwAojgMAOw4DADyOAwAQjkMAEg5DACYOQwAnTkMAO45DAD0OQwAdooSAEk6DACaOgwAnDoMAPA6DAD3OgwARjsMAE47DACcOwwAnzsMAPI7DAD7OwwASDwMAFc8DACePAwAqTwMAPQ8DAD8PAwASj0MAFo9DACgPQwArj0MAPY9DAAHPgwATD4MAFg+DACiPgwAqj4MAHiLEgAWPwwATj8MAFY/DADOixIAsD8MAPo/DAAQQAwAUEAMAFhADACmQAwAxUAMACSMEgD/QAwA2IQMAAlBDABSQQwAVUEMADrpEABaQQwAqEEMAFxBDAD27Q4AqkEMAP5BDACyQQwAbE4MALlBDABeRwwAC0IMAFRCDABoQgwAqkIMALJCDAAAQwwABUMMAFZDDABmQwwArEMMALRDDAACRAwADEQMAFhEDABjRAwArkQMALpEDAAERQwADEUMAHqMEgBfRQwAsEUMALlFDAAGRgwADEYMAFxGDABrRgwAskYMAL5GDAAIRwwAC0cMANCMEgBjRwwAtEcMAMNHDAAKSAwADEgMAGBIDABxSAwAtkgMAMdIDAAMSQwAIEkMAGJJDABqSQwAuEkMAMZJDAAOSgwAG0oMAGRKDABnSgwAukoMAMRKDAAQSwwAEksMAGZLDAB3SwwAvEsMAM1LDAASTAwAHkwMAGhMDABvTAwAvkwMAMZMDAAUTQwAK00MAGpNDAB2TQwAwE0MANZNDAAWTgwAGU4MACaNEgB3TgwAwk4MAM5ODAAYTwwAIE8MAHyNEgB6TwwAxE8MANpPDAAaUAwAHVAMAHBQDAB4UAwAxlAMAMhQDAAcUQwAN1EMAHJRDAB0UQwAyFEMANZRDAAeUgwAL1IMAHRSDAB2UgwAylIMAONSDAAgUwwAMVMMAHZTDACCUwwA0o0SANJTDAAiVAwAMFQMAHhUDACTVAwAzlQMANpUDAAkVQwAKlUMAHpVDACCVQwA0FUMAOBVDAAmVgwAK1YMAHxWDACFVgwA0lYMAN9WDAAoVwwAL1cMAH5XDACGVwwAKI4SANlXDAAqWAwAMFgMAIBYDACIWAwA1lgMAAJZDAAsWQwAM1kMAIJZDACbWQwA2FkMAOdZDAAuWgwASloMAH6OEgCQWgwA2loMAORaDAAwWwwAOFsMAIZbDACNWwwA3FsMAOJbDAAyXAwAQFwMAIhcDACjXAwA3lwMAOpcDAA0XQwAOl0MAIpdDACSXQwA4F0MAO5dDAA2XgwAQ14MAIxeDACPXgwA4l4MAOxeDAA4XwwAOl8MAI5fDACbXwwA5F8MAPNfDAA6YAwARmAMAJBgDACYYAwA1I4SAOtgDAA8YQwAQmEMAJJhDACaYQwA6GEMABRiDAA+YgwARWIMAJRiDACtYgwA6mIMAPliDABAYwwASWMMAJZjDACcYwwA7GMMAP1jDABCZAwAamQMAJhkDADEZAwA7mQMAPVkDABEZQwAXWUMAJplDACpZQwA8GUMAAxmDAAqjxIAS2YMAJxmDACmZgwA8mYMAAJnDABIZwwATWcMAJ5nDACnZwwA9GcMAAFoDABKaAwAUWgMAKBoDACsaAwA9mgMAAlpDABMaQwAW2kMAKJpDACuaQwA+GkMAPlpDABOagwAWGoMAKRqDACyagwA+moMAP9qDABQawwAXWsMAICPEgC3awwA/GsMAP5rDABSbAwAVWwMAKhsDACrbAwA/mwMAAVtDABUbQwAYG0MAKptDAC6bQwAAG4MABBuDABWbgwAW24MAKxuDAC1bgwAAm8MAA9vDABYbwwAX28MAK5vDAC6bwwABHAMAApwDABacAwAYHAMALBwDAC1cAwABnEMAAxxDACCkBIAZnEMALJxDADAcQwACHIMABhyDABecgwAYHIMALRyDADDcgwACnMMABRzDABgcwwAaHMMAISREgC8cwwADHQMABh0DADakRIAZ3QMALh0DADAdAwADnUMAB51DABkdQwAcnUMALp1DADHdQwAEHYMABd2DABmdgwAbnYMAIaSEgDNdgwAEncMABl3DABodwwAcHcMAL53DADLdwwAFHgMABl4DABqeAwAdHgMAMB4DADIeAwAFnkMAC95DABseQwAeHkMAMJ5DADKeQwA3JISACR6DABuegwAcXoMAMR6DADJegwAGnsMACt7DABwewwAi3sMAMZ7DADSewwAHHwMACN8DAByfAwAjnwMAMh8DADQfAwAMpMSACN9DAB0fQwAfn0MAMp9DADSfQwAIH4MACJ+DABy/w0AMH4MAHZ+DAB7fgwAzH4MANV+DAAifwwAL38MAHh/DAB/fwwAiJMSANd/DAAkgAwAMYAMAHqADACJgAwA0IAMANqADAAmgQwANIEMAHyBDACBgQwA0oEMAN+BDAAoggwAMIIMAN6TEgCKggwA1IIMAOGCDAAqgwwALYMMAICDDACOgwwA1oMMANuDDAAshAwAOYQMAIKEDACKhAwANJQSAOCEDAAuhQwANIUMAISFDAA1hQwAphcNAJCFDADahQwA94UMADCGDAA5hgwAhoYMAJSGDADchgwA4oYMADKHDAA+hwwAiIcMAI+HDACKlBIA34cMAGT2DADqhwwANIgMAO6HDAAI8wwAR4gMAIqIDACUiAwA4IgMAOyIDAA2iQwAQ4kMAIyJDACPiQwA4okMAPCJDAA4igwAPYoMAI6KDACbigwA5IoMAOyKDADglBIAQIsMAJCLDACeiwwA5osMAAGMDAA8jAwASIwMAJKMDACYjAwAjJUSAAuNDADilRIAQ40MAJSNDAChjQwA6o0MAPeNDABAjgwATI4MAJaODACljgwA7I4MAPaODABCjwwAUI8MAJiPDACdjwwA7o8MAPuPDABEkAwAYJAMAJqQDACikAwAOJYSAPWQDABGkQwATJEMAJyRDACkkQwA8pEMAPORDABIkgwAT5IMAJ6SDACjkgwA9JIMAPySDABKkwwAWJMMAKCTDACjkwwA9pMMAP6TDABMlAwAWZQMAKKUDACnlAwA+JQMAAKVDABOlQwAVpUMAKSVDAC1lQwA+pUMAP+VDABQlgwAUpYMAKaWDACtlgwA/JYMAAiXDABSlwwAWZcMAI6WEgC0lwwA/pcMABuYDABUmAwAXZgMAKqYDAC4mAwAAJkMAAaZDABWmQwAYpkMAKyZDACzmQwAApoMAAqaDABYmgwAbpoMAK6aDACzmgwABJsMAAubDABamwwAY5sMALCbDADBmwwABpwMABKcDABcnAwAZJwMADqXEgC4nAwACJ0MAA2dDABenQwAeZ0MALSdDADCnQwACp4MABGeDABgngwAbJ4MALaeDAC5ngwADJ8MABSfDABinwwAY58MALifDAC6nwwADqAMAB2gDABkoAwAhKAMALqgDAC8oAwAEKEMACehDABmoQwAcqEMALyhDADEoQwAkJcSABeiDABoogwAcKIMAL6iDADOogwAFKMMACKjDABqowwAe6MMAMCjDADMowwAFqQMABmkDABspAwAdKQMAMKkDADQpAwAGKUMACWlDABupQwAdqUMAMSlDAD8pQwA5pcSABumDABwpgwAfKYMAMamDADVpgwAHKcMACSnDAA8mBIAdKcMAMinDADWpwwAHqgMAC+oDACSmBIAe6gMAOiYEgDSqAwAlJkSACGpDABYxQwAI6kMAIiyDAAkqQwAzqoMACapDADitAwAJ6kMACyvDAApqQwAXMcMACypDAB2qQwALakMACitDAAvqQwAQroMAHypDADMqQwA0qkMACKqDAAnqgwAeKoMAH6qDADqmRIA0KoMACSrDAAqqwwAeqsMAIerDADsmhIA3asMACasDAA9rAwAfKwMAJisDADSrAwA2qwMAEKbEgAtrQwAfq0MAIitDADUrQwA4q0MACquDAA5rgwAgK4MAIyuDACYmxIA3q4MAO6bEgA4rwwAgq8MAIOvDADYrwwA3q8MAC6wDAA6sAwAhLAMAJOwDADasAwA3LAMADCxDAA6sQwAhrEMAJKxDADcsQwA47EMAEScEgA6sgwAmpwSAJKyDADesgwA5LIMADSzDABCswwAirMMAJmzDADgswwA6rMMADa0DABStAwAjLQMAJS0DADwnBIA7rQMADi1DABHtQwAjrUMAJO1DADktQwA/7UMADq2DABGtgwAkLYMAJa2DADmtgwA6LYMADy3DABVtwwAkrcMAKO3DADotwwA9LcMAD64DABWuAwAlLgMAKC4DADquAwA8LgMAEC5DABGuQwAlrkMAJu5DADsuQwA8rkMAEadEgBHugwAmLoMAJ66DADuugwArroMAKK/DAD6ugwARLsMAFy7DACauwwAnrsMAEi9DACmuwwA8LsMAPa7DABGvAwATLwMAJy8DAChvAwA8rwMAPi8DABInhIASr0MAJ69DACkvQwA9L0MAAG+DABKnxIAV74MAKC+DAC3vgwA9r4MABK/DABMvwwAVL8MAKCfEgCjvwwA+L8MAAbADABOwAwAX8AMAKTADACwwAwA+sAMABLBDABQwQwAVMEMAP7CDABcwQwApsEMAKzBDAD8wQwAAsIMAFLCDABXwgwAqMIMAK7CDAD2nxIAAMMMAFTDDABawwwAqsMMALfDDAD4oBIADcQMAFbEDABtxAwArMQMAMjEDAACxQwACsUMAE6hEgBaxQwArsUMALTFDAAExgwAB8YMAFrGDABmxgwAsMYMAMzGDAAGxwwADscMAKShEgBfxwwAsscMAL7HDAAIyAwADsgMAF7IDAB2yAwAtMgMALjIDABiygwAu8gMAMDODADAyAwACskMAMHIDAC8zAwAEMkMAGDJDABmyQwAtskMALvJDAAMygwAEsoMAPqhEgBkygwAuMoMAL7KDAAOywwAG8sMAPyiEgBxywwAussMANHLDAAQzAwALMwMAGbMDABuzAwAUqMSAMHMDAASzQwAHM0MAGjNDAB2zQwAvs0MAM3NDAAUzgwAIM4MAKijEgByzgwA/qMSAMzODAAWzwwAF88MAGzPDAByzwwAws8MAM7PDAAY0AwAJ9AMAG7QDABw0AwAxNAMAM7QDAAa0QwAJtEMAHDRDAB30QwAVKQSAM7RDACqpBIAJtIMAHLSDAB+0gwAyNIMAN7SDAAe0wwAKtMMAHTTDACH0wwAytMMANjTDAAg1AwAKtQMAAClEgB+1AwAVqUSAOLUDAAi1QwALtUMAHjVDACF1QwAztUMANjVDAAk1gwAJtYMAHrWDACE1gwA0NYMAN7WDAAm1wwAK9cMAHzXDACJ1wwA0tcMANrXDAAo2AwAONgMAH7YDACA2AwA1NgMAN3YDAAq2QwAO9kMAIDZDACK2QwArKUSAOLZDAAs2gwAQ9oMAILaDACd2gwAAqYSAPHaDAAu2wwANNsMAITbDACO2wwAWKYSANzbDAAw3AwAQdwMAIbcDACO3AwA3NwMAKLcDAAsBQ0A6NwMADLdDAA43QwAiN0MAI7dDADe3QwA490MADTeDAA63gwArqYSAKbeDADg3gwA6N4MALCnEgBE3wwAjN8MAJ3fDADi3wwA898MADjgDABE4AwAjuAMAJXgDAAGqBIA9eAMADrhDABL4QwAkOEMAJzhDADm4QwA7eEMAFyoEgA+4gwAkuIMAJPiDADo4gwA8OIMAD7jDABD4wwAlOMMAJ3jDADq4wwA9OMMAEDkDABI5AwAluQMAJvkDADs5AwA/OQMAELlDABK5QwAmOUMAK7lDADu5QwA+uUMAETmDABa5gwAmuYMAJ/mDADw5gwA9uYMAEbnDABa5wwAsqgSALLnDADy5wwAAOgMAEjoDABV6AwAnugMAKDoDAD06AwA/ugMAErpDABW6QwAoOkMAKfpDAD26QwA/ukMAEzqDABl6gwAouoMALbqDAD46gwAAOsMAE7rDABQ6wwApOsMALHrDAD66wwA/+sMAFDsDABa7AwApuwMALHsDAD87AwACO0MAFLtDABY7QwAqO0MALDtDAD+7QwA/+0MAFTuDABa7gwAqu4MAK/uDAAA7wwAD+8MAFbvDABi7wwArO8MAK/vDAAC8AwABfAMAAipEgBd8AwArvAMAMrwDABeqRIAJPEMAFrxDABi8QwAtKkSALbxDAAG8gwAEvIMAAqqEgBi8gwAsvIMAL7yDABkrBIACvMMAF7zDABo8wwAtPMMALbzDAAK9AwAG/QMAGD0DABo9AwAtvQMAML0DAAM9QwAEvUMAGL1DABo9QwAuPUMAL31DAAO9gwAFPYMALqsEgBm9gwAuvYMAMD2DAAQ9wwAE/cMAGb3DABy9wwAvPcMAMT3DAC8rRIAGPgMAGj4DABu+AwAvvgMAMP4DAAU+QwAGvkMABKuEgBs+QwAwPkMAMn5DAAW+gwALfoMAGz6DAB3+gwAwvoMAMz6DAAY+wwAIPsMABSvEgB7+wwAxPsMAMz7DAAa/AwAJPwMAHD8DAB7/AwAxvwMAMz8DAAc/QwAKP0MAHL9DAB0/QwAyP0MAM/9DAAe/gwAJv4MAHT+DACG/gwAaq8SAAn/DAAg/wwAKP8MAHb/DACZ/wwAbLASAM7/DAAiAA0ALwANAHgADQB/AA0AzgANAN8ADQAkAQ0AMAENAHoBDQCBAQ0A0AENANEBDQC8Ig0A2AENAMKwEgA5Ag0AfAINAIsCDQDSAg0A3gINACgDDQApAw0AfgMNAIgDDQDUAw0A4gMNACoEDQAvBA0AgAQNAI0EDQAYsRIA3gQNAG6xEgA0BQ0AxLESAJAFDQDYBQ0A5wUNAC4GDQBOBg0AhAYNAJAGDQDaBg0A4QYNADAHDQA4Bw0AhgcNAIgHDQDcBw0A5gcNAMayEgA8CA0AiAgNAJAIDQAcsxIA6AgNADQJDQA8CQ0AcrMSAMoJDQDgCQ0A6AkNADYKDQBUCg0AyLMSAJEKDQAE8w0AmgoNAOIKDQDpCg0ARusOAPIKDQA4Cw0ASAsNAI4LDQCaCw0A5AsNAOoLDQA6DA0AVgwNAJAMDQCYDA0AHrQSAPoMDQA8DQ0ARg0NAJINDQCeDQ0A6A0NAPANDQB0tBIASQ4NAJQODQCWDg0A6g4NAPAODQBADw0ASA8NAMq0EgCYDw0A7A8NAO8PDQBCEA0AShANAJgQDQCoEA0A7hANAPAQDQBEEQ0AUhENAJoRDQCrEQ0AILUSAPcRDQB2tRIATBINAJwSDQChEg0A8hINAPgSDQDMtRIAUhMNAJ4TDQCgEw0A9BMNAAcUDQBKFA0AUhQNAKAUDQCsFA0A9hQNAPwUDQBMFQ0AUhUNAKIVDQCnFQ0A+BUNAP4VDQDOthIAVxYNAKQWDQCxFg0A+hYNAAEXDQBQFw0AWBcNACS3EgCyFw0A/BcNAAYYDQBSGA0AXhgNAKgYDQC3GA0A/hgNAAgZDQBUGQ0AYBkNAKoZDQCxGQ0AercSAAMaDQD2xA8ABhoNAFYaDQAPGg0A0tsOABEaDQBq+w0AYhoNAKwaDQC0Gg0A0LcSAA4bDQBYGw0AYhsNAK4bDQC6Gw0ABBwNABMcDQBaHA0AZBwNALAcDQC8HA0ABh0NAA0dDQAmuBIAah0NALIdDQB8HQ0ACMwOAMkdDQAIHg0AFR4NAF4eDQBgHg0AtB4NAMUeDQAKHw0AJh8NAGAfDQBoHw0AfLgSAM8fDQAMIA0AICANAGIgDQBqIA0AuCANALsgDQAOIQ0AHCENAGQhDQB7IQ0AuiENAMchDQAQIg0AEiINAGYiDQB3Ig0A0rgSAMIiDQASIw0AFyMNAGgjDQB+Iw0AviMNAMwjDQAUJA0AFyQNAGokDQB2JA0AwCQNAMYkDQAWJQ0AIiUNAGwlDQCYJQ0AwiUNAM4lDQAYJg0AJyYNAG4mDQB4Jg0AxCYNANImDQAaJw0AHycNAHAnDQB9Jw0AKLkSAMgnDQAcKA0AKigNAHIoDQB/KA0AyCgNANooDQB+uRIALSkNAHQpDQCAKQ0AyikNAOMpDQAgKg0AIioNAHYqDQCFKg0AzCoNAOwqDQAiKw0AKisNAHgrDQCbKw0A1LkSANMrDQAkLA0AJywNAHosDQCELA0A0CwNANgsDQAmLQ0ALC0NAHwtDQCILQ0A0i0NAOEtDQAoLg0ANC4NAH4uDQCLLg0A1C4NAN4uDQAqLw0AMi8NAIAvDQCPLw0A1i8NANgvDQAsMA0APTANAIIwDQCTMA0A2DANAOAwDQAuMQ0APzENAIQxDQCGMQ0A2jENAN0xDQAwMg0AOjINAIYyDQCqMg0A3DINAPgyDQAquhIAODMNAIgzDQCNMw0A3jMNAO0zDQA0NA0AQDQNAIo0DQCNNA0A4DQNAOM0DQA2NQ0APjUNAIw1DQCbNQ0A4jUNAOc1DQA4Ng0ATjYNAI42DQCPNg0A5DYNAPU2DQA6Nw0ARjcNAJA3DQCaNw0A5jcNAPI3DQA8OA0AQzgNAIC6EgCWOA0A6DgNAPY4DQA+OQ0ASDkNAJQ5DQCfOQ0A6jkNAPI5DQBAOg0ATDoNAJY6DQCpOg0A7DoNAPo6DQBCOw0ATDsNAJg7DQCgOw0A7jsNAP07DQBEPA0ASTwNAJo8DQChPA0A8DwNAPw8DQDWuhIAUj0NAJw9DQCfPQ0A8j0NAPU9DQBIPg0AYj4NAJ4+DQCqPg0A9D4NAAc/DQBKPw0AWD8NAKA/DQCqPw0A9j8NABlADQAsuxIAVkANAKJADQCuQA0A+EANAP9ADQBOQQ0AVkENAKRBDQCoQQ0A+kENAAhCDQBQQg0AWkINAKZCDQCxQg0A/EINAARDDQBSQw0AYUMNAKhDDQCtQw0A/kMNAAVEDQBURA0AYEQNAKpEDQCyRA0AgrsSABZFDQCwoQ8AGUUNAFZFDQBgRQ0ArEUNALhFDQACRg0ABUYNAFhGDQBiRg0ArkYNALFGDQAERw0AFEcNAFpHDQBcRw0AsEcNAL5HDQAGSA0AF0gNANi7EgBjSA0ALrwSAMtIDQAISQ0AEkkNAF5JDQBqSQ0AtEkNALdJDQAKSg0AFEoNAIS8EgBlSg0AtkoNANZKDQAMSw0AFEsNANq8EgBwSw0AuEsNAM5LDQAOTA0AGkwNAGRMDQBrTA0AukwNAMJMDQAQTQ0AFU0NAGZNDQBvTQ0AvE0NAMZNDQASTg0AGk4NAGhODQB2Tg0Avk4NAMtODQAUTw0AHE8NADC9EgB6Tw0AwE8NAMhPDQCGvRIAHVANAGxQDQB4UA0AwlANAMlQDQAYUQ0AIFENAG5RDQB4UQ0AxFENANJRDQAaUg0AMFINAHBSDQB8Ug0AxlINAMtSDQAcUw0AJVMNAHJTDQB8Uw0AyFMNANBTDQAeVA0AI1QNAHRUDQCEVA0AylQNANJUDQDcvRIAKlUNAHZVDQB5VQ0AfFoOAH5VDQAyvhIA2lUNACJWDQA4Vg0AeFYNAIRWDQDOVg0A1VYNACRXDQAsVw0AelcNAH9XDQDQVw0A2VcNACZYDQAwWA0AfFgNAIRYDQDSWA0A1FgNAJRkDQDgWA0AKFkNADVZDQB+WQ0AhlkNAIi+EgDgWQ0AKloNAC1aDQCAWg0AiloNAN6+EgDkWg0ALFsNAEJbDQCCWw0AjlsNANhbDQDfWw0ALlwNADZcDQCEXA0AiVwNANpcDQDjXA0AMF0NADpdDQCGXQ0Ajl0NANxdDQDeXQ0AMl4NAEJeDQCIXg0Akl4NAN5eDQDqXg0ANF8NADpfDQCKvxIAmF8NAOBfDQD2Xw0ANmANAEJgDQCMYA0AkWANAOJgDQDrYA0AOGENAEJhDQCOYQ0AlmENAORhDQAGYg0A4L8SAEliDQCQYg0AnGINAOZiDQDnYg0APGMNAEZjDQCSYw0AoGMNAOhjDQDtYw0APmQNAEtkDQA2wBIApGQNAOpkDQD0ZA0AQGUNAExlDQCWZQ0AnGUNAOxlDQD0ZQ0AOMESAEdmDQCYZg0AoGYNAO5mDQD6Zg0AAnENAAdnDQBEZw0AUGcNAJpnDQCiZw0AjsESAP1nDQBGaA0ATmgNAJxoDQCqaA0A8mgNAP9oDQBIaQ0AS2kNAJ5pDQCoaQ0A9GkNAPZpDQBKag0AV2oNAKBqDQCvag0A9moNAAJrDQBMaw0AVGsNAOTBEgCyaw0A+GsNAABsDQBObA0AWmwNAKRsDQCqbA0A+mwNAABtDQBQbQ0AVW0NAKZtDQCsbQ0AOsISAAluDQBSbg0AV24NAKhuDQCybg0A/m4NAAZvDQBUbw0AYG8NAKpvDQC9bw0AAHANAA5wDQBWcA0AWXANAKxwDQC2cA0AkMISABVxDQBYcQ0AZnENAK5xDQCxcQ0ABHINAA5yDQDmwhIAX3INALByDQBocg0AmJENALhyDQAGcw0AEnMNAFxzDQBicw0AsnMNAG9zDQA+jw0AuHMNAAh0DQANdA0AXnQNAGR0DQA8wxIAunQNAAp1DQAPdQ0AYHUNAGZ1DQCSwxIAxHUNAAx2DQAndg0AYnYNAG52DQC4dg0Av3YNAOjDEgAXdw0AZHcNAHF3DQC6dw0AxncNABB4DQAjeA0AZngNAGd4DQC8eA0AyHgNABJ5DQAheQ0AaHkNAHJ5DQC+eQ0AynkNABR6DQAbeg0APsQSAHB6DQDAeg0AxnoNABZ7DQAbew0AbHsNAHJ7DQDqxBIAy3sNABh8DQAlfA0AbnwNAHJ8DQDEfA0AxnwNABp9DQAnfQ0AcH0NAHp9DQBAxRIAzX0NABx+DQAkfg0Acn4NAH5+DQDIfg0A234NAB5/DQAtfw0AdH8NAIB/DQDKfw0Ay38NACCADQAqgA0AdoANAISADQDMgA0A0YANACKBDQAvgQ0AlsUSAISBDQDOgQ0A1IENACSCDQAqgg0AeoINAH+CDQDQgg0A1oINAOzFEgArgw0AfIMNAIaDDQCYxhIA2oMNACiEDQA1hA0AfoQNAIOEDQDUhA0A3oQNACqFDQAyhQ0AgIUNAIyFDQDWhQ0A6YUNACyGDQAthg0AgoYNAI6GDQDYhg0A54YNAC6HDQA4hw0AhIcNAIyHDQDahw0A3IcNAO7GEgA5iA0AhogNAJWIDQDciA0A64gNADKJDQA+iQ0AiIkNAIuJDQDeiQ0A4YkNAETHEgA2ig0AiooNAI2KDQDgig0A6IoNADaLDQBDiw0AjIsNAJGLDQDiiw0A7IsNADiMDQBAjA0AjowNAJqMDQDkjA0A94wNADqNDQA7jQ0AkI0NAJyNDQDmjQ0A9Y0NADyODQBGjg0Ako4NAJ6ODQDojg0A744NAJrHEgBNjw0AlI8NAKCPDQDqjw0A648NAECQDQBKkA0AlpANAKSQDQDskA0A8ZANAEKRDQBPkQ0A8McSAKmRDQBGyBIA+5ENAESSDQBSkg0AmpINAKuSDQDwkg0AEpMNAJzIEgBLkw0AnJMNAEyTDQC0yg0ApJMNAPKTDQDzkw0AUJgNAPWTDQBSmQ0A95MNAE6XDQD4kw0AqpoNAPmTDQBMlg0AAZQNAEiUDQALlA0AsJ0NAE2UDQCelA0Aq5QNAPSUDQABlQ0ASpUNAFaVDQCglQ0Ar5UNAPaVDQAAlg0A8sgSAFqWDQCilg0ApJYNAPiWDQAJlw0ASMkSAE+XDQCklw0AsJcNAPqXDQAHmA0AnskSAF6YDQCmmA0As5gNAPyYDQATmQ0A9MkSAFuZDQACnA0AXJkNAKiZDQCqmQ0A/pkNAASaDQBUmg0AXpoNAErKEgC2mg0AAJsNAAKbDQBWmw0AZZsNAKybDQC3mw0AoMoSABGcDQBYnA0AZ5wNAK6cDQC6nA0ABJ0NABCdDQBanQ0AYZ0NAPbKEgC8nQ0ABp4NAA6eDQBMyxIAdZ4NALKeDQDDng0ACJ8NABSfDQCiyxIAZZ8NALSfDQC8nw0ACqANAAugDQBgoA0AZqANALagDQC7oA0ADKENAA2hDQBioQ0AbqENALihDQC+oQ0ADqINABiiDQBkog0AcqINAMSnDQB4og0AuqINAMKiDQD4yxIAIKMNAGajDQBuow0AvKMNAMWjDQASpA0AyaMNAMKmDQAfpA0AaKQNAG+kDQC+pA0AyqQNABSlDQAkpQ0AaqUNAHilDQDApQ0AzaUNABamDQAipg0AbKYNAHOmDQBOzBIAy6YNABinDQAppw0AbqcNAH+nDQCkzBIA0KcNABqoDQAdqA0AcKgNAHioDQDGqA0Ay6gNABypDQAsqQ0AcqkNAHqpDQDIqQ0A0akNAB6qDQDVqQ0AzqwNACuqDQB0qg0Ae6oNAMqqDQDWqg0AIKsNADCrDQB2qw0AhKsNAMyrDQDZqw0AIqwNAC6sDQB4rA0Af6wNAPrMEgDXrA0AJK0NADWtDQB6rQ0Ai60NAFDNEgDVrQ0AJq4NADOuDQB8rg0AiK4NANKuDQDcrg0AKK8NADyvDQB+rw0Af68NANSvDQDgrw0AKrANAEmwDQCAsA0AiLANANawDQDbsA0ALLENAEWxDQCCsQ0ArrENANixDQDksQ0ALrINAD2yDQCEsg0AjrINANqyDQDisg0AMLMNADuzDQCGsw0AiLMNANyzDQDfsw0AMrQNADq0DQCItA0AlbQNAN60DQDjtA0ANLUNADy1DQCKtQ0AjLUNAOC1DQDqtQ0ANrYNAEC2DQCMtg0AkrYNAOK2DQDwtg0AOLcNAFG3DQCOtw0Al7cNAOS3DQDutw0AOrgNAEa4DQCmzRIAnLgNAOa4DQDwuA0APLkNAEe5DQCSuQ0Al7kNAOi5DQDvuQ0AProNAEa6DQCUug0AwboNAPzNEgDxug0AQLsNAEi7DQCWuw0Aw7sNAOy7DQDxuw0AQrwNAEO8DQCYvA0AorwNAO68DQD8vA0ARL0NAEm9DQCavQ0Ap70NAPC9DQAMvg0ARr4NAGK+DQBSzhIAqb4NAPK+DQD2vg0ASL8NAE6/DQCevw0AoL8NAPS/DQD1vw0ASsANAG3ADQCgwA0AxMANAPbADQAjwQ0ATMENAFTBDQCiwQ0Ap8ENAPjBDQAFwg0ATsINAFbCDQCkwg0ApsINAPrCDQACww0AUMMNAH3DDQCmww0As8MNAPzDDQABxA0AUsQNAF/EDQCoxA0AtMQNAP7EDQArxQ0AVMUNAFzFDQCqxQ0AxcUNAADGDQACxg0AVsYNAGfGDQCsxg0AtcYNAALHDQAOxw0AqM4SAGXHDQCuxw0AyccNAATIDQAJyA0AWsgNAHrIDQCwyA0AvMgNAAbJDQAOyQ0A/s4SAGrJDQCyyQ0AvMkNAAjKDQATyg0AXsoNAGbKDQCqzxIAvcoNAArLDQAUyw0AYMsNAGvLDQC2yw0AyssNAAzMDQAhzA0AYswNAGrMDQC4zA0Az8wNAA7NDQATzQ0AZM0NAG7NDQC6zQ0Aws0NAADQEgASzg0AZs4NAHfODQC8zg0Av84NABLPDQAezw0AVtASAHbPDQC+zw0Az88NAKzQEgAX0A0AatANAG3QDQDA0A0AzNANABbRDQAc0Q0AbNENAHbRDQAC0RIAz9ENABjSDQAv0g0AbtINAHbSDQBY0RIAytINABrTDQAg0w0AcNMNAIjTDQDG0w0AyNMNABzUDQAf1A0ActQNAHXUDQDI1A0A1NQNAB7VDQAk1Q0AdNUNAH7VDQAE0hIAz9UNACDWDQAt1g0AWtISAIbWDQDM1g0A2NYNACLXDQAo1w0AeNcNAITXDQDO1w0AhtcNAOaTEADb1w0AJNgNADPYDQB62A0AhtgNANDYDQDY2A0AsNISAC7ZDQB82Q0AftkNANLZDQDh2Q0AKNoNADLaDQB+2g0Ah9oNANTaDQDW2g0AKtsNADvbDQCA2w0AldsNANbbDQDe2w0ALNwNAG3cDQCC3A0AitwNANjcDQDk3A0ALt0NAEHdDQCE3Q0Ahd0NANrdDQDm3Q0AMN4NAD/eDQCG3g0AkN4NANzeDQDo3g0AMt8NADnfDQBc0xIApN8NALLTEgDh3w0ANOANADzgDQCK4A0Al+ANAODgDQDl4A0ANuENAEDhDQCM4Q0AlOENAOLhDQDs4Q0AQOYNAPLhDQBE6A0AD+INADjiDQBC4g0AjuINAEjiDQA85A0AlOINAOTiDQDt4g0AOuMNAEbjDQCQ4w0AveMNAObjDQAC5A0AXtQSAD7kDQCS5A0Ao+QNAOjkDQDr5A0APuUNAErlDQCU5Q0AweUNAOrlDQAG5g0AtNQSAEbmDQCW5g0An+YNAOzmDQD25g0AQucNAE3nDQCY5w0ArOcNAO7nDQAK6A0ACtUSAEboDQCa6A0Aq+gNAPDoDQDz6A0ARukNAFrpDQCc6Q0AuOkNAGDVEgD66Q0AttUSAFDqDQAM1hIAquoNAPTqDQD66g0ASusNAFDrDQCg6w0ApesNAPbrDQD86w0AYtYSAFbsDQCi7A0AquwNAA7XEgD+7A0ATu0NAFbtDQCk7Q0Ase0NAPrtDQAG7g0AUO4NAFLuDQCm7g0ArO4NAPzuDQAE7w0AZNcSAF/vDQCo7w0Ar+8NAP7vDQAG8A0AVPANAFnwDQCq8A0AuvANAADxDQAI8Q0AVvENAGTxDQCs8Q0AufENAALyDQAD8g0AWPINAGHyDQCu8g0AuPINALrXEgAQ8w0AWvMNAF3zDQCw8w0AuPMNAAb0DQAT9A0AXPQNAGH0DQCy9A0AvPQNAAj1DQAQ9Q0AXvUNAGr1DQC09Q0Ax/UNAAr2DQAY9g0AYPYNAGP2DQC29g0AwPYNABDYEgAR9w0AYvcNAG73DQC49w0Au/cNAA74DQAW+A0AZPgNAHH4DQC6+A0Av/gNABD5DQAa+Q0AZvkNAG75DQC8+Q0AyPkNABL6DQAl+g0AaPoNAHb6DQC++g0AwfoNABT7DQAe+w0AZtgSAHD7DQDA+w0AzPsNABb8DQAY/A0AbPwNAHP8DQDC/A0A1vwNABj9DQAg/Q0Abv0NAHr9DQDE/Q0A1/0NABr+DQAo/g0AcP4NAHP+DQDG/g0A0P4NABz/DQAf/w0AvNgSAI3/DQDI/w0Ayv8NAB4ADgAsAA4AdAAOAIUADgDKAA4AzAAOACABDgA5AQ4AdgEOAIcBDgDMAQ4A2AEOABLZEgArAg4AeAIOAIUCDgDOAg4A2AIOACQDDgAyAw4AegMOAJADDgDQAw4A3AMOACYEDgAyBA4AfAQOAI8EDgDSBA4A4QQOACgFDgA0BQ4AfgUOAH8FDgDUBQ4A3gUOACoGDgA4Bg4AgAYOAIUGDgDWBg4A4wYOAGjZEgA6Bw4AggcOAJgHDgDYBw4A5AcOAC4IDgA1CA4AhAgOAIwIDgDaCA4A3wgOADAJDgA5CQ4AhgkOAJAJDgDcCQ4A5AkOADIKDgA2Cg4AiAoOAIoKDgDeCg4A7AoOADQLDgA+Cw4AigsOAJgLDgDgCw4A7QsOADYMDgBNDA4AjAwOAJQMDgDiDA4A8gwOADgNDgA9DQ4Ajg0OAJQNDgDkDQ4A7A0OADoODgA/Dg4AkA4OAJEODgDmDg4A8g4OADwPDgBCDw4Akg8OAJQPDgDoDw4A8g8OAD4QDgBMEA4AlBAOAJkQDgDqEA4A9xAOAGraEgBGEQ4AlhEOAJsRDgDsEQ4A8hEOAMDaEgBHEg4AmBIOAKUSDgDuEg4A+xIOAEQTDgBQEw4AmhMOAKkTDgDwEw4A+hMOAEYUDgBUFA4AnBQOAKEUDgDyFA4A/xQOAEgVDgBQFQ4AwtsSAKoVDgD0FQ4ABBYOAEoWDgBTFg4AoBYOAKMWDgD2Fg4AAhcOAEwXDgBTFw4AGNwSAKcXDgD4Fw4ABRgOAE4YDgBbGA4ApBgOALAYDgD6GA4ACRkOAFAZDgBaGQ4AphkOALQZDgD8GQ4AARoOAFIaDgBfGg4AqBoOALAaDgBu3BIAChsOAFQbDgBkGw4AqhsOALMbDgAAHA4AAxwOAFYcDgBiHA4ArBwOALMcDgDE3BIABx0OAFgdDgBhHQ4A7kMRAGUdDgCuHQ4Aux0OAAQeDgAQHg4AWh4OAGkeDgCwHg4Auh4OAAYfDgAUHw4AXB8OAGEfDgCyHw4Avx8OAAggDgAQIA4AGt0SAGogDgC0IA4AxCAOAAohDgATIQ4AYCEOAGMhDgC2IQ4AwiEOAAwiDgATIg4AcN0SAHkiDgC4Ig4AviIOAA4jDgAaIw4AZCMOAHsjDgC6Iw4AvCMOABAkDgAaJA4AZiQOAHIkDgC8JA4AyCQOABIlDgAYJQ4AaCUOAG4lDgC+JQ4AwyUOABQmDgAaJg4Axt0SAHgmDgDAJg4AzSYOABYnDgAtJw4AbCcOAHQnDgDCJw4AxScOABgoDgAkKA4AbigOAH8oDgDEKA4A0CgOABopDgApKQ4AcCkOAHopDgDGKQ4A0ikOABwqDgAjKg4AcioOAHoqDgDIKg4A0ioOAB4rDgAqKw4AdCsOAHcrDgDKKw4A1CsOABzeEgA6LA4Act4SAIAsDgDMLA4AziwOACItDgAoLQ4AeC0OAIItDgDOLQ4A1i0OAB7fEgAnLg4A7GsQAC8uDgB6Lg4Aey4OANAuDgDaLg4AJi8OAFEvDgB03xIAjC8OANIvDgDULw4AKDAOADYwDgB+MA4AjzAOAMrfEgDaMA4AKjEOADYxDgCAMQ4AgjEOANYxDgDZMQ4ALDIOADEyDgCCMg4AjzIOANgyDgD0Mg4ALjMOADYzDgB24BIAkTMOANozDgD1Mw4AMDQOADI0DgCGNA4AlzQOANw0DgDqNA4AMjUOADk1DgCINQ4AkDUOAN41DgDjNQ4ANDYOAD02DgCKNg4AlDYOAOA2DgDhNg4ANjcOAD83DgCMNw4AljcOAOI3DgDqNw4AODgOAEg4DgCOOA4AlDgOAOQ4DgDpOA4AOjkOAFA5DgCQOQ4AmDkOAOY5DgDpOQ4APDoOAPU5DgCUOw4AXDoOAJI6DgCgOg4A6DoOAOk6DgDM4BIATjsOACLhEgClOw4A6jsOAPY7DgBAPA4AQjwOAJY8DgCjPA4AeOESAPI8DgBCPQ4AYj0OAJg9DgCgPQ4AzuESAKQ9DgB0Vg4A8T0OAEQ+DgBOPg4AJOISAKM+DgDwPg4ABj8OAEY/DgBcPw4AnD8OAJ4/DgDyPw4A+D8OAEhADgBcQA4A0OISAKtADgAm4xIA+0AOAEpBDgBSQQ4AoEEOAKpBDgD2QQ4AAkIOAExCDgBPQg4AokIOAKxCDgB84xIAAUMOAE5DDgBkQw4ApEMOALpDDgD6Qw4A/EMOAFBEDgBWRA4ApkQOALpEDgAo5BIA/kQOAFJFDgAMRQ4A7JYQAHJFDgB+5BIAr0UOAP5FDgAGRg4AVEYOAF5GDgCqRg4AtkYOAABHDgADRw4AVkcOAGBHDgDU5BIAtUcOAAJIDgAYSA4AWEgOAG5IDgCuSA4AsEgOAARJDgAKSQ4AWkkOAG5JDgCA5RIAskkOAAZKDgAUSg4AXEoOAG1KDgDW5RIAuUoOACzmEgAUSw4AXksOAGFLDgC0Sw4AvksOANjmEgATTA4AYEwOAHZMDgC2TA4AzEwOAAxNDgAOTQ4AYk0OAGhNDgC4TQ4AzE0OAITnEgAaTg4AZE4OAGZODgC6Tg4A2k4OANrnEgAaTw4AZk8OAHJPDgC8Tw4Av08OABJQDgAcUA4AMOgSAHFQDgC+UA4A1FAOABRRDgAqUQ4AalEOAGxRDgDAUQ4AxlEOABZSDgAqUg4A3OgSAHBSDgDCUg4AylIOABhTDgAiUw4AblMOAHpTDgDEUw4Ax1MOABpUDgAkVA4AMukSAHlUDgDGVA4A3FQOABxVDgAyVQ4AclUOAHRVDgDIVQ4AzlUOAB5WDgAyVg4A3ukSAHtWDgDKVg4A0lYOACBXDgAqVw4AdlcOAIJXDgDMVw4Az1cOACJYDgAsWA4ANOoSAIFYDgDOWA4A5FgOACRZDgA6WQ4AelkOAHxZDgDQWQ4A1lkOACZaDgA6Wg4A4OoSAIRaDgDSWg4AmFoOAJZGEwDYWg4AVHMPAOJaDgAoWw4A41oOAHDXDwDrWg4AwtUPACpbDgB+Ww4AjFsOANRbDgDlWw4ANusSADFcDgCM6xIAiVwOABJSDwCMXA4A1lwOANlcDgAsXQ4ANV0OAIJdDgCTXQ4A2F0OAOJdDgAuXg4ANl4OAIReDgBKXg4AWqEPAIdeDgDaXg4A414OADBfDgBGXw4Ahl8OAJxfDgDcXw4A3l8OADJgDgA4YA4AiGAOAJxgDgDi6xIABmEOADRhDgBcYQ4AOOwSAJBhDgCWPg8AlmEOADhjDgCXYQ4AREAPAJlhDgBCPw8AmmEOAOBhDgDiYQ4ANmIOAERiDgCMYg4AnWIOAI7sEgDqYg4A5OwSAD5jDgCOYw4AlGMOAORjDgDpYw4AOmQOAEBkDgA67RIAnGQOAOZkDgDuZA4A5u0SAEhlDgCSZQ4AnGUOAOhlDgDxZQ4APmYOAD9mDgCUZg4AnGYOAOpmDgDvZg4AQGcOAFBnDgCS7hIAomcOAOxnDgDuZw4AQmgOAEhoDgCYaA4An2gOAO5oDgDzaA4ARGkOAEhpDgCaaQ4Ap2kOAPBpDgD4aQ4ARmoOAEtqDgCcag4ArGoOAOjuEgADaw4ASGsOAFRrDgCeaw4ArWsOAPRrDgD+aw4ASmwOAFhsDgCgbA4ArWwOAPZsDgANbQ4APu8SAE9tDgDq7xIApW0OAPhtDgCpbQ4AugITAABuDgBObg4Adm4OAKRuDgDMbg4A+m4OACJvDgBA8BIAWW8OAKZvDgCnbw4A/G8OAAtwDgBScA4AEnAOAAByDgBjcA4AqHAOAKpwDgD+cA4AAXEOAFRxDgBXcQ4AqnEOALJxDgBC8RIABXIOAFZyDgBdcg4ArHIOALVyDgACcw4AE3MOAFhzDgBkcw4ArnMOALZzDgCY8RIACnQOAFp0DgBhdA4AsHQOALV0DgAGdQ4ACnUOAFx1DgBpdQ4AsnUOAMF1DgAIdg4AGXYOAF52DgBgdg4AtHYOALd2DgAKdw4ADXcOAGB3DgBodw4A7vESALt3DgDywA4AwXcOAFx5EADCdw4ADHgOAA94DgBieA4AbHgOAETyEgDBeA4ADnkOAB15DgBkeQ4Ac3kOALp5DgDGeQ4AEHoOABN6DgBmeg4AaXoOAJryEgC/eg4AEnsOADp7DgDw8hIAcHsOAEbzEgDGew4AnPMSACJ8DgBqfA4Ae3wOAMB8DgDMfA4AFn0OADl9DgBsfQ4Ab30OAMJ9DgDmfQ4AGH4OACB+DgBI9BIAcH4OAMR+DgDSfg4AGn8OACt/DgCe9BIAd38OAPT0EgDOfw4AoPUSACGADgBygA4Af4AOAMiADgDLgA4AHoEOACOBDgB0gQ4AhYEOAMqBDgDWgQ4A9vUSACWCDgB2gg4Ah4IOAMyCDgDYgg4AIoMOADyDDgB4gw4AfIMOAHyFDgB/gw4A1ocOAIKDDgAuiQ4AhIMOAH6GDgCGgw4AeoQOAImDDgDOgw4A04MOACSEDgA7hA4ATPYSAIeEDgDQhA4A4IQOACaFDgArhQ4AovYSAH6FDgDShQ4A2IUOACiGDgA1hg4A+PYSAISGDgDUhg4A2oYOACqHDgAvhw4AgIcOAIaHDgBO9xIA4ocOACyIDgBFiA4AgogOAIuIDgDYiA4A74gOAKT3EgA0iQ4AhIkOAIaJDgDaiQ4A6YkOADCKDgA8ig4A+vcSAIiKDgDcig4A7YoOADKLDgBAiw4AiIsOAI+LDgDeiw4A4IsOADSMDgA+jA4AiowOAJiMDgDgjA4A5YwOADaNDgBDjQ4AjI0OAJSNDgDijQ4A5o0OADiODgA6jg4Ajo4OAJSODgDkjg4A8Y4OAFD4EgBHjw4AkI8OAKePDgDmjw4AApAOAKb4EgBIkA4AkpAOAJOQDgDokA4A7pAOAD6RDgBKkQ4AlJEOAKORDgDqkQ4A7JEOAECSDgBKkg4AlpIOAKSSDgDskg4A8ZIOAEKTDgBPkw4AmJMOAKCTDgDukw4A8pMOAESUDgBGlA4AmpQOAKCUDgDwlA4A/ZQOAPz4EgBTlQ4AnJUOALOVDgDylQ4ADpYOAFL5EgBRlg4AnpYOAKyWDgD0lg4A/pYOAEqXDgBWlw4AoJcOAKOXDgD2lw4AEpgOAEyYDgBUmA4AqPkSAK6YDgD4mA4A+5gOAE6ZDgBYmQ4AqvoSAK2ZDgD6mQ4ACJoOAFCaDgBamg4AppoOALKaDgD8mg4ABJsOAFb7EgBUmw4AqJsOALabDgD+mw4AD5wOAKz7EgBbnA4AAvwSAK+cDgAAnQ4ACJ0OAFadDgBcnQ4ArJ0OALWdDgACng4AD54OAK78EgBdng4Arp4OAGSeDgBcoA4At54OAASfDgAOnw4AWp8OAGKfDgCwnw4A9p8OAAagDgAOoA4ABP0SAGKgDgCyoA4AuKAOAAihDgAQoQ4AXqEOAKShDgC0oQ4AvKEOAFr9EgASog4AsP0SAGmiDgC2og4AxKIOAAyjDgAWow4AYqMOAG6jDgC4ow4Au6MOAA6kDgAWpA4AXP4SAHCkDgC6pA4AvaQOABClDgAapQ4Asv4SAG6lDgAI/xIAyqUOABKmDgAjpg4AaKYOAHSmDgC+pg4AwaYOAF7/EgBcpw4AaqcOALKnDgC0/xIA0KcOABaoDgAYqA4AbKgOAHqoDgDCqA4A06gOAAoAEwA0qQ4AbqkOAHapDgBgABMAyqkOAAIfDwDXqQ4AGqoOACmqDgBwqg4AfKoOAMaqDgDHqg4AHKsOACarDgByqw4AgKsOAMirDgDNqw4AHqwOACusDgC2ABMAgqwOAMqsDgDXrA4AIK0OACitDgAMARMAgq0OAMytDgD4rQ4AIq4OAC6uDgB4rg4Ah64OAM6uDgDYrg4AJK8OADKvDgB6rw4Af68OANCvDgDdrw4AJrAOAC6wDgB8sA4AirAOANKwDgDfsA4AKLEOADCxDgBiARMAgLEOAGrUDwCMsQ4A1LEOAN6xDgAqsg4ANrIOAICyDgCHsg4A1rIOAN6yDgAssw4AMLMOAIKzDgCQsw4A2LMOAOKzDgAutA4AObQOAIS0DgCMtA4A2rQOANy0DgAwtQ4AOLUOAIa1DgCTtQ4A3LUOAOG1DgAytg4AP7YOAIi2DgCmtg4A3rYOAA+3DgA0tw4AQLcOAIq3DgCQtw4A4LcOAOW3DgA2uA4APrgOAIy4DgCYuA4A4rgOAPW4DgA4uQ4ARrkOAI65DgCYuQ4A5LkOAOy5DgA6ug4ASboOAJC6DgCVug4A5roOAO26DgA8uw4ASLsOAJK7DgCuuw4A6LsOAPC7DgC4ARMAQLwOAJS8DgCivA4A6rwOAPe8DgBAvQ4ATr0OAJa9DgCjvQ4A7L0OAAO+DgBCvg4ASr4OAJi+DgCmvg4A7r4OAPu+DgBEvw4ATL8OAGQCEwCovw4A8L8OAPG/DgAQAxMAUsAOAJzADgCjwA4AZgMTAPnADgBIwQ4ATcEOALwDEwCmwQ4AEgQTAPzBDgBKwg4AMsIOAI4TEQBLwg4AShgPAE3CDgBOGg8AU8IOAKDCDgBUwg4A8hYPAFrCDgBMGQ8AaMIOAMKsEACtwg4A9sIOAAHDDgBMww4ATsMOAKLDDgCvww4A+MMOAP/DDgBOxA4AX8QOAKTEDgCwxA4A+sQOAAHFDgBQxQ4AWMUOAGgEEwCsxQ4A/MUOAALGDgBSxg4AV8YOAKjGDgCuxg4AvgQTAArHDgBUxw4AXscOAKrHDgCuxw4AAMgOAAzIDgBWyA4AYsgOAKzIDgC5yA4AAskOAArJDgBYyQ4AYskOAK7JDgC6yQ4ABMoOAAfKDgBayg4AZMoOAGoFEwCyyg4ABssOAAnLDgBcyw4AX8sOABYGEwC6yw4AbAYTABbMDgBezA4AX8wOAMIGEwC8zA4AGAcTAA/NDgBgzQ4AZ80OALbNDgC7zQ4AbgcTABTODgDEBxMAas4OALjODgDCzg4ADs8OABnPDgBkzw4Acs8OALrPDgC9zw4AENAOABjQDgBm0A4AcNAOALzQDgDI0A4AEtEOABXRDgBo0Q4ActEOABoIEwDM0Q4AFNIOACrSDgBq0g4AdtIOAMDSDgDH0g4AFtMOAB7TDgBs0w4AcdMOAMLTDgDL0w4AGNQOACLUDgBu1A4AdtQOAMTUDgDG1A4AGtUOACrVDgBw1Q4AetUOAMbVDgDS1Q4AHNYOACLWDgBy1g4AetYOAMYIEwDW1g4AHtcOAB/XDgAcCRMAedcOAHIJEwDM1w4AINgOACHYDgB22A4AedgOAMzYDgDX2A4AItkOACfZDgB42Q4AgtkOAMgJEwDy2Q4AJNoOACzaDgAeChMAfNoOANDaDgDh2g4AJtsOADfbDgB82w4Af9sOAHQKEwDY2w4AKNwOAC3cDgB+3A4AgdwOANTcDgDX3A4AKt0OADLdDgDKChMAjt0OANbdDgDZ3Q4ALN4OADfeDgCC3g4Ajt4OANjeDgDf3g4ALt8OADbfDgCE3w4Akt8OANrfDgDn3w4AMOAOADjgDgAgCxMAkuAOANzgDgDf4A4AMuEOADzhDgCI4Q4AkOEOAHYLEwDq4Q4ANOIOADriDgCK4g4AlOIOAODiDgD04g4ANuMOAD7jDgDMCxMAmeMOAOLjDgDq4w4AOOQOADvkDgCO5A4AmuQOAOTkDgDu5A4AOuUOAEPlDgCQ5Q4AkeUOAOblDgD+5Q4APOYOAD7mDgCS5g4Ao+YOAOjmDgD55g4APucOAEbnDgCU5w4Ao+cOAOrnDgDs5w4AQOgOAFHoDgCW6A4Ap+gOAOzoDgAF6Q4AQukOAETpDgCY6Q4Ap+kOAO7pDgAO6g4AeAwTAEbqDgCa6g4AuuoOAPDqDgAE6w4A0A0TAE7rDgCc6w4AqesOAPLrDgD36w4ASOwOAFLsDgCe7A4ApuwOAPTsDgD67A4ASu0OAFPtDgCg7Q4Are0OACYOEwAC7g4ATO4OAFLuDgCi7g4AqO4OAPjuDgAB7w4ATu8OAE/vDgCk7w4Aru8OAPrvDgAG8A4AUPAOAFfwDgB8DhMArvAOANIOEwAE8Q4AKA8TAFrxDgB+DxMAtPEOAP7xDgAO8g4AVPIOAFnyDgCq8g4AsPIOAADzDgAM8w4AVvMOAF7zDgDUDxMAvfMOAAL0DgAT9A4AWPQOAGr0DgCu9A4AtvQOAAT1DgAP9Q4AWvUOAF/1DgCw9Q4AtfUOAAb2DgAm9g4AKhATAGz2DgCy9g4AvPYOAAj3DgAU9w4AXvcOAGT3DgC09w4AvPcOAAr4DgAM+A4AYPgOABb4DgAW/g4AcfgOALb4DgDH+A4ADPkOAB75DgBi+Q4AavkOALj5DgDD+Q4ADvoOABP6DgBk+g4AafoOALr6DgDa+g4AgBATABL7DgBm+w4AdfsOALz7DgDH+w4AEvwOACT8DgBo/A4AcPwOAL78DgDJ/A4AFP0OABn9DgBq/Q4Ab/0OAMD9DgDg/Q4A1hATABj+DgBs/g4Ae/4OAML+DgDN/g4AGP8OACr/DgBu/w4Adv8OAMT/DgDP/w4AGgAPAB8ADwBwAA8AdQAPAMYADwDmAA8ALBETACkBDwByAQ8AiQEPAIIREwDVAQ8AHgIPADUCDwDYERMAgQIPAMoCDwDRAg8AIAMPAC4DDwB2Aw8AgwMPAMwDDwDjAw8ALhITACoEDwCEEhMAegQPAM4EDwDcBA8AJAUPADUFDwDaEhMAhwUPANAFDwDnBQ8AMBMTADAGDwB8Bg8AiAYPANIGDwDVBg8AKAcPADIHDwCGExMAmgcPANwTEwDcBw8AMhQTADIIDwCACA8AgQgPADIMDwCDCA8ALgoPAIcIDwBAEw8AiggPANYIDwCPCA8ANg4PAJAIDwA0DQ8A2wgPAJQSDwDiCA8ALAkPAC8JDwCCCQ8AjAkPAIgUEwDgCQ8A3hQTADcKDwCECg8ATgoPADwRDwCSCg8A2goPAOQKDwAwCw8APAsPAIYLDwCJCw8A3AsPAOQLDwA0FRMANAwPAIgMDwCLDA8A3gwPAOEMDwCKFRMANg0PAIoNDwCYDQ8A4A0PAPENDwA2FhMAOA4PAIwODwCZDg8A4g4PAPEODwA4Dw8ARA8PAI4PDwCfDw8A5A8PAPUPDwA6EA8ARhAPAJAQDwCXEA8A5hAPAO4QDwDiFhMAShEPAJIRDwCTEQ8AOBcTAPQRDwA+Eg8ARRIPAI4XEwCbEg8A6hIPAO8SDwA6GBMASRMPAJYTDwCcEw8A7BMPAO4TDwBCFA8ATBQPAJgUDwCmFA8A7hQPAPMUDwBEFQ8AURUPAJoVDwCyFQ8A8BUPAAYWDwBGFg8ASRYPAJwWDwCkFg8A5hgTAP4WDwBIFw8ASxcPAJ4XDwCoFw8APBkTAPwXDwCSGRMATBgPAKAYDwCjGA8A9hgPAPkYDwDoGRMAThkPAKIZDwCwGQ8A+BkPAAkaDwCUGhMAVxoPAKQaDwCyGg8A+hoPAL0aDwDG2RAABBsPAFAbDwBcGw8AphsPAKkbDwD8Gw8ABBwPAEAbEwBsHA8AlhsTAMIcDwD+HA8AGB0PAOwbEwBZHQ8AXCEPAGIdDwAIIg8AZB0PAKodDwCsHQ8AAB4PAA4eDwBWHg8AZx4PAEIcEwCzHg8AmBwTAAgfDwBYHw8AXR8PAK4fDwC0Hw8A7hwTAAogDwBaIA8AXyAPALAgDwDGIA8ABiEPAA4hDwCaHRMAfCEPALIhDwC6IQ8A8B0TAB8iDwBeIg8AayIPALQiDwC5Ig8ACiMPABAjDwBgIw8AbCMPALYjDwC9Iw8ADCQPABQkDwBiJA8AhSQPAJweEwDFJA8ADiUPAB0lDwBkJQ8AZiUPALolDwDDJQ8AECYPACcmDwBmJg8AcSYPALwmDwDGJg8AEicPABonDwBIHxMAbicPAL4nDwDEJw8AFCgPABkoDwBqKA8AcCgPAJ4fEwDiKA8AFikPAB4pDwBKIBMAdSkPAMIpDwDDKQ8AGCoPACAqDwBuKg8AeSoPAMQqDwDJKg8AGisPAB8rDwBwKw8AkCsPAKAgEwDMKw8AHCwPACMsDwByLA8AdywPAMgsDwDMLA8AHi0PACstDwB0LQ8AfC0PAMotDwDVLQ8AIC4PACUuDwB2Lg8Aey4PAMwuDwDsLg8A9iATADEvDwB4Lw8Agy8PAM4vDwDWLw8AJDAPACcwDwB6MA8ALjAPAIAzDwCGMA8A0DAPANowDwAmMQ8ALzEPAHwxDwB9MQ8A0jEPANoxDwAoMg8AMzIPAH4yDwCDMg8A1DIPANkyDwAqMw8ASjMPAEwhEwCMMw8A1jMPANgzDwAsNA8AMjQPAII0DwCJNA8A2DQPAN00DwAuNQ8AMjUPAIQ1DwCRNQ8A2jUPAOI1DwAwNg8AOzYPAIY2DwCLNg8A3DYPAOE2DwAyNw8AUjcPAKIhEwCQNw8A+CETAOg3DwA0OA8APTgPAIo4DwCQOA8A4DgPAOw4DwA2OQ8AVDkPAIw5DwCNOQ8A4jkPAOQ5DwA4Og8ARToPAI46DwCcOg8A5DoPAPM6DwA6Ow8AVjsPAJA7DwCYOw8ApCITAPk7DwA8PA8APTwPAJI8DwCePA8A6DwPAPc8DwA+PQ8ASD0PAJQ9DwCgPQ8A6j0PAPE9DwD6IhMASD4PAFAjEwCfPg8A7D4PAPk+DwCmIxMARz8PAJg/DwClPw8A7j8PAPg/DwD8IxMARkAPAJpADwCwQA8A8EAPAPxADwBSJBMATkEPALh8EABkQQ8AnEEPAKRBDwDovQ8AukEPAPJBDwD6QQ8ASEIPABRCDwCqoBAASUIPAPZDDwBLQg8ATkUPAFRCDwAAoRAAWEIPAJ5CDwCgQg8A9EIPAAJDDwBKQw8AW0MPAKgkEwCoQw8A/iQTAPhDDwBMRA8AT0QPAKJEDwClRA8AVCUTAABFDwCqJRMAWEUPAP6dDwBuRQ8ApEUPALJFDwD6RQ8A+0UPAAAmEwBYRg8AViYTAMlGDwCsJhMACUcPAFJHDwBgRw8AqEcPALJHDwD+Rw8ABkgPAFRIDwBVSA8AXk0PAG9IDwAESw8AgEgPAKpIDwCzSA8AAEkPAAFJDwBWSQ8AZEkPAKxJDwC2SQ8AAkoPAA5KDwBYSg8AXkoPAK5KDwDKSg8AAicTABJLDwBaSw8AZ0sPALBLDwC6Sw8ABkwPAAhMDwBcTA8Ac0wPALJMDwC+TA8ACE0PACRNDwBYJxMAb00PALRNDwC2TQ8ACk4PABRODwBgTg8AcE4PALZODwC7Tg8ADE8PABJPDwBiTw8AeE8PALhPDwDATw8ADlAPABFQDwBkUA8AbVAPALpQDwDIUA8AEFEPABpRDwBmUQ8AclEPALxRDwDYUQ8AricTAB9SDwBoUg8AcFIPAL5SDwDBUg8AGqwPAM5SDwAUUw8AFlMPABirDwAiUw8AalMPAHdTDwDAUw8AzlMPABZUDwAZVA8AbFQPAHdUDwDCVA8AzlQPABhVDwAfVQ8AblUPAHZVDwDEVQ8AxlUPABpWDwAqVg8AcFYPAHpWDwDGVg8A0lYPABxXDwAiVw8AclcPAHpXDwAEKBMAylcPAB5YDwAsWA8AdFgPAIFYDwDKWA8A1lgPACBZDwAmWQ8AdlkPAHlZDwDMWQ8A1FkPACJaDwAkWg8ALF8PACVaDwDQWw8AMloPAHhaDwB6Wg8A4GMPAH1aDwDOWg8A11oPACRbDwAxWw8AelsPAIFbDwBaKBMA2VsPADBhDwDaWw8Afl0PAPBbDwAmXA8ANFwPAHxcDwB9XA8AsCgTAN5cDwAoXQ8AL10PAAYpEwCAXQ8A1F0PANpdDwAqXg8ANF4PAIBeDwCMXg8A1l4PAN1eDwBcKRMARV8PAIJfDwCHXw8A2F8PAN5fDwAuYA8AOGAPAIRgDwCQYA8A2mAPAOFgDwCyKRMAP2EPAIZhDwCVYQ8A3GEPAOhhDwAyYg8ANWIPAIhiDwCLYg8A3mIPAO5iDwA0Yw8APWMPAIpjDwCbYw8ACCoTAO5jDwA2ZA8AR2QPAF4qEwCTZA8AtCoTAOpkDwA4ZQ8AOmUPAEJqDwA7ZQ8A5mYPAEhlDwCOZQ8AkGUPAPZuDwCTZQ8A5GUPAO1lDwA6Zg8AR2YPAJBmDwCXZg8ACisTAO9mDwBGbA8A8GYPAJRoDwAGZw8APGcPAEpnDwCSZw8Ak2cPAGArEwD0Zw8APmgPAEVoDwC2KxMAlmgPAOpoDwDwaA8AQGkPAEppDwCWaQ8AomkPAOxpDwDzaQ8ADCwTAFtqDwCYag8AnWoPAO5qDwD0ag8ARGsPAE5rDwCaaw8ApmsPAPBrDwD3aw8AYiwTAFVsDwCcbA8Aq2wPAPJsDwD+bA8ASG0PAEttDwCebQ8AoW0PAPRtDwAEbg8ASm4PAFNuDwCgbg8AsW4PALgsEwAEbw8ATG8PAF1vDwAOLRMAqW8PAGQtEwAAcA8ATnAPAHdwDwCkcA8ArHAPAPpwDwAKcQ8AUHEPAFJxDwCmcQ8AtHEPAPxxDwANcg8Aui0TAFhyDwCocg8AtHIPABAuEwAscw8AvC4TAF1zDwCqcw8At3MPAAB0DwAcdA8AVnQPAF50DwASLxMAvXQPAAJ1DwAEdQ8AWHUPAFl1DwCudQ8AsXUPAAR2DwAQdg8AWnYPAGF2DwCwdg8AzHYPAAZ3DwAOdw8AaC8TAGl3DwCydw8AwncPAAh4DwANeA8AXngPAIl4DwC+LxMAungPABQwEwASeQ8AYHkPAGF5DwDIgg8AZnkPAG4uEQBqeQ8AtnkPAGx5DwAUfg8AcHkPAGZ8DwB+eQ8AJIYPALt5DwC0JhEAwXkPAKohEQDCeQ8ADHoPAA96DwBieg8AbHoPAGowEwDAeg8ADnsPABR7DwBkew8AbXsPALp7DwDHew8AEHwPACx8DwDAMBMAaHwPALx8DwBrfA8AIDIRAMp8DwASfQ8AI30PABYxEwBufQ8Avn0PAMp9DwBsMRMAGn4PAGp+DwBwfg8AwH4PAMV+DwAWfw8AHH8PAG4yEwBzfw8AcDMTAMd/DwAYgA8AIIAPAG6ADwB6gA8AxIAPANeADwAagQ8AJoEPAHCBDwB/gQ8AxoEPAM+BDwAcgg8AJoIPAHKCDwB+gg8AHDQTANmCDwAegw8AKoMPAHSDDwB2gw8AyoMPAM2DDwAghA8ALIQPAHaEDwB+hA8AcjQTANiEDwAihQ8AMoUPAHiFDwCEhQ8AzoUPANSFDwDINBMARoYPAHqGDwCChg8A0IYPAPqGDwAmhw8AMYcPAHyHDwCIhw8A0ocPAOOHDwAoiA8AKYgPAB41EwCEiA8A1IgPAOGIDwB0NRMAN4kPAICJDwCXiQ8A1okPAAGKDwAsig8ANIoPAIKKDwCMig8A2IoPAOSKDwAuiw8AMYsPAISLDwCOiw8AyjUTAOKLDwAwjA8ANowPAIaMDwCPjA8A3IwPAOmMDwAyjQ8ATo0PACA2EwCKjQ8A3o0PAI+NDwBOmw8A640PADSODwA7jg8Aio4PAIyODwDgjg8A5o4PADaPDwA9jw8AjI8PAKSPDwDijw8A548PADiQDwDujw8A5JAPAEGQDwCOkA8AmJAPAHY2EwDqkA8AOpEPAECRDwCQkQ8AlZEPAOaRDwDskQ8AzDYTAD2SDwCSkg8Ao5IPAOiSDwD0kg8APpMPAEiTDwCUkw8AoJMPAOqTDwDxkw8AIjcTAEKUDwCWlA8AS5QPADg+EQCZlA8A7JQPAAyVDwBClQ8ASpUPAHg3EwCplQ8A7pUPAPWVDwBElg8ATJYPAJqWDwCdlg8ASJgPAKqWDwDwlg8A8pYPAEaXDwBUlw8AnJcPAK2XDwDONxMA+ZcPACQ4EwBRmA8AnpgPAK2YDwD0mA8AA5kPAEqZDwBWmQ8AoJkPAKOZDwD2mQ8A+ZkPAEyaDwBcmg8AopoPAKuaDwD4mg8ACZsPAHo4EwBTmw8ApJsPAK2bDwD6mw8ABJwPAFCcDwBYnA8AppwPAMScDwD8nA8AGp0PAFKdDwBwnQ8AqJ0PAMadDwDQOBMABZ4PAFSeDwBZng8Aqp4PAGCeDwCsnw8As54PAACfDwAKnw8AVp8PAHKfDwAmORMAsp8PAAKgDwAIoA8AWKAPAHSgDwB8ORMA2KAPACg6EwAuoQ8AfjoTAGKhDwCAOxMAxqEPAAaiDwAIog8AXKIPAGKiDwCyog8AxqIPAAijDwAQow8AXqMPAIijDwDWOxMAvaMPAAqkDwAXpA8AYKQPAG6kDwC2pA8AwKQPAAylDwAmpQ8AYqUPAG+lDwC4pQ8AxKUPAA6mDwAYpg8AZKYPAGymDwAsPBMAwaYPABCnDwAYpw8AgjwTAD6nDwCEPRMAcqcPALynDwDDpw8AEqgPABqoDwDYPBMAaqgPAL6oDwDPqA8AFKkPABypDwBqqQ8AdKkPAMCpDwDMqQ8AFqoPABmqDwBsqg8AdqoPANo9EwDeqg8AMD4TACarDwBuqw8Af6sPAIY+EwDLqw8A3D4TACOsDwBwrA8Af6wPAMasDwDVrA8AHK0PACitDwByrQ8Ada0PAMitDwDLrQ8AHq4PAC6uDwB0rg8Afa4PAMquDwDbrg8AMj8TACKvDwB2rw8ALK8PACKwDwB5rw8AzK8PANSvDwCIPxMAKLAPAHiwDwCEsA8AzrAPANawDwDePxMAMLEPAHqxDwB9sQ8A0LEPANqxDwA0QBMAK7IPAHyyDwCSsg8A0rIPANOyDwAosw8AObMPAH6zDwCKsw8A1LMPAN6zDwAqtA8ANrQPAIpAEwCMtA8A1rQPANm0DwAstQ8ANrUPADZBEwCFtQ8A2LUPANu1DwAutg8AOrYPAIS2DwCKtg8A2rYPAOS2DwCMQRMANbcPAIa3DwCTtw8A3LcPAN+3DwAyuA8ATrgPAIi4DwCQuA8A4kETAOa4DwA4QhMAPLkPAI5CEwCNuQ8A4LkPAKG5DwBImhAAALoPADa6DwBKug8A5EITAI26DwDiug8A6LoPADi7DwBEuw8AjrsPAJ27DwDkuw8A5rsPADq8DwBEvA8AkLwPAJy8DwDmvA8A7bwPADpDEwBIvQ8AkEMTAJq9DwDmQxMA670PAOy/DwD4vQ8APr4PAEC+DwCUvg8Aor4PAOq+DwD7vg8A7EYTAEe/DwBCRxMAnr8PAJhHEwAMwA8AQsAPAFDADwCYwA8AmcAPAO5HEwD6wA8ARMEPAEvBDwBESBMAosEPAJpIEwDywQ8ARsIPAFTCDwCcwg8ArcIPAPBIEwD4wg8ASMMPAFTDDwBGSRMApMMPAPTDDwD6ww8ASsQPAE/EDwCgxA8ApsQPAPJJEwD5xA8ATMUPAFjFDwCixQ8AqMUPAPjFDwACxg8AnkoTAFPGDwCkxg8AscYPAPrGDwD9xg8AUMcPAGXHDwCmxw8ArscPAPRKEwAEyA8AUsgPAF7IDwCoyA8ArsgPAP7IDwAEyQ8AVMkPAFnJDwCqyQ8AsMkPAPhMEwAPyg8AVsoPAGXKDwCsyg8AtcoPAALLDwAIyw8AWMsPAF7LDwCuyw8AussPAATMDwALzA8AWswPAGLMDwCkTRMAuswPAAbNDwARzQ8AXM0PAGjNDwCyzQ8AuM0PAAjODwAQzg8AXs4PAGrODwC0zg8Aus4PAArPDwAQzw8AYM8PAGXPDwC2zw8AvM8PAPpNEwAT0A8AYtAPAHDQDwC40A8AxdAPAA7RDwAl0Q8AZNEPAIDRDwC60Q8AwtEPAFBOEwAj0g8AZtIPAGjSDwC80g8A0tIPABLTDwAT0w8AaNMPAHnTDwC+0w8AytMPAKZOEwAw1A8A/E4TAIDUDwDA1A8AwdQPABbVDwAn1Q8AbNUPAHjVDwBSTxMAx9UPABjWDwAe1g8AbtYPAI7WDwDE1g8A0NYPABrXDwAh1w8AqE8TAHzXDwDG1w8AyNcPABzYDwA82A8A/k8TAHnYDwBUUBMAzdgPAB7ZDwAu2Q8AdNkPAHzZDwDK2Q8A1NkPACDaDwAs2g8AdtoPAHnaDwDM2g8A1toPAKpQEwAn2w8AKN4PADDbDwB42w8AiNsPAM7bDwDe2w8AJNwPAEzcDwB63A8AotwPANDcDwD43A8AVlETADLdDwB83Q8Aft0PANLdDwDy3Q8AWlMTADXeDwB+3g8Ait4PANTeDwD83g8AKt8PAFLfDwCA3w8AqN8PALBTEwDc3w8ALOAPADHgDwCC4A8AiOAPALRVEwDg4A8AYFYTADrhDwCE4Q8Ah+EPANrhDwDk4Q8AMOIPADjiDwAMVxMAlOIPANziDwDj4g8AMuMPADrjDwCI4w8AleMPAN7jDwDj4w8ANOQPAD7kDwCK5A8AkuQPAODkDwDw5A8ANuUPAETlDwCM5Q8AmeUPAOLlDwDw5Q8AOOYPADvmDwCO5g8AmeYPAOTmDwDs5g8AOucPAFPnDwCQ5w8AnOcPAObnDwD25w8APOgPAEHoDwCS6A8AmOgPAOjoDwD06A8APukPAEbpDwBiVxMAnukPAOrpDwDt6Q8AQOoPAEjqDwCW6g8Al+oPAOzqDwDu6g8AQusPAEjrDwCY6w8ApOsPAO7rDwD76w8AROwPAE7sDwCa7A8AouwPAPDsDwDy7A8ARu0PAFPtDwCc7Q8Ao+0PAPLtDwD67Q8ASO4PAEzuDwCe7g8AoO4PAPTuDwD37g8ASu8PAFLvDwCg7w8Ar+8PAPbvDwD47w8ATPAPAFnwDwCi8A8AsfAPAPjwDwAE8Q8ATvEPAF/xDwCk8Q8AtfEPAPrxDwAG8g8AUPIPAFfyDwCm8g8AxfIPALhXEwAQ8w8AUvMPAFPzDwCo8w8AtPMPAP7zDwAa9A8AVPQPAFz0DwAOWBMAsvQPALpYEwAM9Q8AVvUPAFz1DwCs9Q8AsvUPAAL2DwAa9g8AWPYPAGL2DwCu9g8AuvYPAAT3DwAH9w8AWvcPAGT3DwCw9w8AyPcPAAb4DwAW+A8AXPgPAF74DwCy+A8AwPgPAAj5DwAZ+Q8AEFkTAGT5DwC0+Q8AwPkPAGZZEwAS+g8AEloTAGz6DwC2+g8AufoPAAz7DwAW+w8AaFoTAGT7DwC4+w8AxvsPAA78DwAf/A8AFFsTAGv8DwBqWxMAwvwPAMBbEwAY/Q8AwlwTAGj9DwC8/Q8Ayf0PABL+DwAh/g8AaP4PAG7+DwC+/g8Ayv4PABT/DwAW/w8Aav8PAHT/DwDA/w8Azv8PABYAEAAbABAAbAAQAHkAEADCABAAzgAQABgBEAArARAAbgEQAH0BEADEARAA0AEQABoCEAAbAhAAcAIQAHoCEADGAhAA1AIQABwDEAAhAxAAcgMQAH8DEAAYXRMA0gMQAB4EEAAsBBAAdAQQAHcEEADKBBAA2gQQACAFEAAuBRAAdgUQAIIFEADMBRAA0wUQACIGEAApBhAAeAYQAIQGEADOBhAAzwYQACQHEAAwBxAAegcQAIcHEADQBxAA1wcQACYIEAAyCBAAfAgQAIkIEADSCBAA4QgQACgJEAA8CRAAfgkQAIoJEADUCRAA5wkQACoKEAA5ChAAgAoQAIwKEADWChAA1woQACwLEAA2CxAAggsQAJALEADYCxAA3QsQAC4MEAA7DBAAbl0TAIUMEADaDBAA6wwQADANEAA+DRAAhg0QAJUNEADcDRAA3g0QADIOEAA8DhAAiA4QAJYOEADeDhAA4w4QADQPEABBDxAAig8QAJkPEADgDxAA5Q8QADYQEABDEBAAjBAQAJYQEADiEBAA7hAQADgREABLERAAjhEQAJgREADkERAA8BEQADoSEABNEhAAkBIQAJ8SEADmEhAA8hIQADwTEAA9ExAAkhMQAJwTEADoExAA9hMQAD4UEABDFBAAlBQQAKEUEADEXRMA7xQQAEAVEABNFRAAlhUQAKAVEADsFRAA8hUQAEIWEABEFhAAmBYQAKUWEADuFhAA8RYQAEQXEABSFxAAmhcQAKYXEADwFxAA/RcQAEYYEABQGBAAnBgQAKsYEADyGBAA9xgQAEgZEABVGRAAnhkQAKsZEAD0GRAAABoQAEoaEABZGhAAoBoQAKoaEAD2GhAABBsQAEwbEABRGxAAohsQAK8bEAD4GxAABBwQAE4cEABhHBAApBwQALMcEAD6HBAABh0QAFAdEABRHRAAph0QALAdEAD8HRAACh4QAFIeEABXHhAAqB4QALUeEAAaXhMAER8QAFQfEABjHxAAqh8QALYfEAAAIBAAASAQAFYgEABgIBAArCAQALogEAACIRAAByEQAFghEABlIRAAcF4TAMEhEAAEIhAAEyIQAFoiEABmIhAAsCIQALEiEAAGIxAAECMQAFwjEABqIxAAsiMQALcjEAAIJBAAFSQQAMZeEwBgJBAAtCQQAMIkEAAKJRAAFyUQAGAlEABsJRAAtiUQALwlEAAMJhAAHSYQAGImEABkJhAAuCYQAMEmEAAOJxAAGycQAGQnEABzJxAAuicQAMUnEAAQKBAAHCgQAGYoEAB5KBAAvCgQAMsoEAASKRAAHikQAGgpEABpKRAAvikQAMgpEAAUKhAAIioQAGoqEABvKhAAwCoQAM0qEAAcXxMAIysQAGwrEAB6KxAAwisQAMwrEAAYLBAAJiwQAG4sEABwLBAAxCwQANUsEAAaLRAAKC0QAHAtEAChLRAAxi0QAMgtEAAcLhAAJi4QAHIuEACALhAAyC4QAM0uEAAeLxAAKy8QAHQvEACALxAAyi8QAN0vEAAgMBAALzAQAHYwEACCMBAAzDAQAM0wEAAiMRAALDEQAHgxEACGMRAAzjEQANMxEAAkMhAAMTIQAHJfEwB8MhAA0DIQANIyEAAmMxAANTMQAHwzEACLMxAA0jMQAN4zEAAoNBAAKzQQAH40EACBNBAA1DQQANo0EAAqNRAANjUQAIA1EACDNRAA1jUQANs1EAAsNhAANTYQAII2EACINhAA2DYQAOc2EAAuNxAAOjcQAIQ3EACUNxAA2jcQANw3EAAwOBAAPjgQAIY4EACXOBAAyF8TAOI4EAAyORAAPjkQAB5gEwCbORAA3jkQAO05EAA0OhAAQDoQAIo6EACLOhAA4DoQAOo6EAA2OxAARDsQAIw7EACROxAA4jsQAO87EAB0YBMARDwQAI48EACYPBAA5DwQABA9EAA6PRAAQT0QAJA9EACpPRAA5j0QAPU9EAA8PhAASz4QAJI+EACXPhAA6D4QAPU+EAA+PxAASz8QAJQ/EACgPxAA6j8QAPk/EABAQBAASkAQAJZAEACkQBAA7EAQAPFAEABCQRAAT0EQAJhBEACkQRAA7kEQAAFCEABEQhAAU0IQAJpCEACmQhAA8EIQAPFCEABGQxAAUEMQAJxDEACqQxAA8kMQAPdDEABIRBAAVUQQAMpgEwCvRBAA9EQQAAVFEABKRRAAVkUQAKBFEAC3RRAA9kUQAPhFEABMRhAAXUYQAKJGEAClRhAA+EYQAAJHEABORxAAUEcQAKRHEACuRxAA+kcQAAZIEABQSBAAXEgQAKZIEAC5SBAA/EgQAAtJEABSSRAAXkkQAKhJEACpSRAA/kkQAAhKEABUShAAYkoQAKpKEACvShAAAEsQAA1LEAAgYRMAWEsQAKxLEAC2SxAAAkwQAApMEAB2YRMAa0wQAK5MEAC6TBAABE0QABNNEABaTRAAY00QALBNEAC6TRAABk4QABROEABcThAAYU4QALJOEAC/ThAACE8QABRPEABeTxAAcU8QALRPEADDTxAAClAQABZQEABgUBAAYVAQALZQEADAUBAADFEQABpREABiURAAZ1EQALhREADFURAAzGETABBSEABkUhAAblIQALpSEADCUhAAImITABVTEABmUxAAfFMQALxTEAC9UxAAElQQACNUEABoVBAAdFQQAL5UEADIVBAAFFUQACJVEABqVRAAb1UQAMBVEADNVRAAFlYQACJWEABsVhAAf1YQAMJWEADRVhAAGFcQACRXEABuVxAAb1cQAMRXEADOVxAAGlgQAChYEABwWBAAdVgQAMZYEADTWBAAeGITAB5ZEAByWRAAfFkQAMhZEADQWRAAzmITADRaEAB0WhAAgFoQAMpaEADPWhAAIFsQAClbEAB2WxAAgFsQAMxbEADYWxAAIlwQADVcEAB4XBAAh1wQAM5cEADaXBAAJF0QACVdEAB6XRAAhF0QANBdEADeXRAAJl4QACteEAB8XhAAiV4QACRjEwDUXhAAKF8QADJfEAB+XxAAhl8QAHpjEwDhXxAAKmAQADlgEACAYBAAi2AQANZgEADiYBAALGEQADthEACCYRAAomEQANhhEADkYRAALmIQADViEACEYhAAkmIQANpiEADfYhAAMGMQADxjEACGYxAAmWMQANxjEADrYxAAMmQQAD5kEACIZBAAiWQQAN5kEADoZBAANGUQAEJlEACKZRAAj2UQAOBlEADtZRAA0GMTADhmEACMZhAAlmYQAOJmEADqZhAAJmQTAFVnEACOZxAAn2cQAORnEADwZxAAOmgQAE1oEACQaBAAn2gQAOZoEADyaBAAPGkQAD1pEACSaRAAnGkQAOhpEAD2aRAAPmoQAENqEACUahAAoWoQAHxkEwDsahAAQGsQAEprEACWaxAAnmsQANJkEwAJbBAAQmwQAFNsEACYbBAApGwQAO5sEAABbRAARG0QAFNtEACabRAApm0QAPBtEADxbRAARm4QAFBuEACcbhAAqm4QAPJuEAD3bhAASG8QAFVvEAAoZRMAoG8QAPRvEAD+bxAASnAQAFJwEAB+ZRMAsXAQAPZwEAAKcRAATHEQAFBxEACicRAApHEQAPhxEAAMchAATnIQAFFyEACkchAAwXIQAPpyEAALcxAAUHMQAFxzEACmcxAAuXMQAPxzEAALdBAAUnQQAF50EACodBAAqXQQAP50EAAIdRAAVHUQAGJ1EACqdRAAr3UQAAB2EAANdhAA1GUTAFh2EACsdhAAtnYQAAJ3EAAKdxAAKmYTAFp3EACudxAAvHcQAAR4EAAVeBAAgGYTAGF4EADWZhMA03gQANhnEwAOeRAA2mgTAGJ5EACyeRAAt3kQAAh6EAAMehAAXnoQAGt6EAAwaRMAuXoQAAp7EAAOexAAYHsQAGJ7EAC2exAAz3sQAAx8EAAdfBAAYnwQAG58EACGaRMAu3wQAG6CEADEfBAADn0QACF9EABkfRAAZX0QALp9EADGfRAAEH4QAB9+EABmfhAAcH4QALx+EADIfhAAEn8QABl/EADcaRMAcH8QAL5/EADAfxAA1osQAMF/EADIhBAAxH8QABSAEADKfxAAIocQAMt/EABQ9BAAIIAQAGqAEAB5gBAAwIAQAMyAEAAWgRAAJIEQAGyBEACHgRAAwoEQAM6BEAAYghAAH4IQADJqEwB7ghAAxIIQAMaCEAAagxAAG4MQAHCDEABzgxAAxoMQANGDEAAchBAAIYQQAHKEEAB8hBAAiGoTANWEEAAehRAAIIUQAHSFEAB1hRAAyoUQAM2FEAAghhAAK4YQAHaGEAB7hhAAzIYQANaGEADeahMANYcQAHiHEAB5hxAAzocQANqHEAAkiBAAM4gQAHqIEACEiBAA0IgQANyIEAAmiRAALYkQADRrEwCEiRAA0okQANSJEAAoihAAN4oQAH6KEACIihAA1IoQAN2KEAAqixAALIsQAICLEACRixAA4GsTAOWLEAAsjBAANowQAIKMEACLjBAA2IwQANqMEAAujRAAP40QAISNEACMjRAA2o0QAPiNEAAwjhAAOI4QAIaOEACSjhAA3I4QAO+OEAAyjxAAM48QAIiPEACUjxAA3o8QAO2PEAA0kBAAPpAQAIqQEACWkBAA4JAQAOeQEAA2bBMAR5EQAIyREACdkRAA4pEQAOqREAA4khAAP5IQAI6SEACckhAA5JIQAPSSEAA6kxAASpMQAJCTEACskxAAjGwTAPOTEAA8lBAAU5QQAJKUEACalBAA6JQQAPaUEAA+lRAASJUQAJSVEACglRAA6pUQAACWEABAlhAAQ5YQAJaWEACylhAA4mwTAPaWEABClxAASpcQAJiXEACnlxAA7pcQAPOXEABEmBAAUZgQAJqYEACkmBAA8JgQAPKYEABGmRAAVJkQAJyZEACpmRAA8pkQAPWZEAA4bRMAU5oQAJ6aEAComhAA9JoQAPyaEABKmxAAWZsQAKCbEAClmxAA9psQAAOcEABMnBAAVpwQAKKcEACknBAA+JwQAAadEABOnRAAW50QAKSdEACnnRAAjm0TAP2dEABQnhAAXJ4QAKaeEACtnhAA/J4QAASfEABSnxAAa58QAKifEAC8nxAA/p8QABqgEABUoBAAXKAQADpuEwCyoBAAkG4TAA2hEABWoRAAXaEQAKyhEAC0oRAAAqIQAAeiEABYohAAaKIQAK6iEAC2ohAABKMQABKjEABaoxAAZ6MQALCjEAC9oxAABqQQABKkEABcpBAAYqQQALKkEAC6pBAACKUQABSlEABepRAAcaUQALSlEADDpRAACqYQABamEABgphAAYaYQALamEADAphAADKcQABqnEABipxAAZ6cQALinEADFpxAA5m4TABGoEABkqBAAbqgQALqoEAC8qBAAEKkQAB+pEABmqRAAhqkQALypEADEqRAAEqoQAByqEABoqhAAbqoQAL6qEADAqhAAFKsQACOrEABqqxAAdqsQAMCrEADIqxAAPG8TADSsEABsrBAAiqwQAJJvEwDgrBAAGK0QADatEABurRAAdq0QAMStEADTrRAAGq4QAByuEABwrhAAea4QAMauEADJrhAAHK8QACivEAByrxAAea8QAMivEADQrxAAHrAQADewEAB0sBAAiLAQAMqwEADmsBAAILEQACixEADobxMAlLEQAMyxEADqsRAAPnATADuyEAB4shAAfbIQAM6yEADpshAAJLMQADCzEAB6sxAAgrMQAJRwEwDjsxAAJrQQADW0EAB8tBAAiLQQANK0EADTtBAAKLUQADK1EAB+tRAAjLUQANS1EADZtRAAKrYQADe2EADqcBMAhLYQANa2EADYthAALLcQAC+3EACCtxAAircQANi3EADitxAALrgQADm4EACEuBAAkLgQANq4EADiuBAAQHETAD65EACGuRAAjLkQANy5EADouRAAMroQAEG6EACIuhAAkroQAN66EADmuhAANLsQAEO7EACKuxAAjLsQAOC7EADpuxAANrwQADm8EACMvBAAmLwQAOK8EADqvBAAlnETAEi9EACOvRAAlr0QAOS9EADuvRAAOr4QAEW+EACQvhAAnL4QAOa+EADuvhAA7HETAEG/EACSvxAAo78QAOi/EAD5vxAAPsAQAEPAEACUwBAAmMAQAOrAEAD4wBAAQMEQAE3BEACWwRAArcEQAOzBEAD0wRAAQsIQAE7CEACYwhAAq8IQAO7CEAD9whAARMMQAFDDEACawxAAm8MQAPDDEAD6wxAARsQQAFTEEACcxBAAocQQAPLEEAD/xBAAQnITAE7FEACexRAArMUQAPTFEAABxhAASsYQAGHGEACgxhAAqMYQAPbGEAABxxAATMcQAE7HEACixxAAr8cQAPjHEAD/xxAATsgQAF/IEACkyBAAssgQAPrIEAAHyRAAUMkQAGfJEACmyRAArskQAPzJEAAByhAAUsoQAGLKEACoyhAAsMoQAP7KEAAIyxAAVMsQAF/LEACqyxAAtssQAADMEAAIzBAA7nITAG/MEACszBAAscwQAALNEAAdzRAAWM0QAGTNEACuzRAAts0QAERzEwAXzhAAWs4QAGnOEACwzhAAvM4QAAbPEAAHzxAAXM8QAGbPEACyzxAAwM8QAAjQEAAN0BAAXtAQAGvQEACacxMAvNAQAArREAAM0RAAYNEQAG3REAC20RAAu9EQAAzSEAAW0hAAYtIQAG3SEAC40hAAxNIQAA7TEAAU0xAAZNMQAGzTEAC60xAAxtMQABDUEAAj1BAAZtQQAHXUEAC81BAAyNQQABLVEAAT1RAAaNUQAHLVEAC+1RAAzNUQABTWEAAZ1hAAatYQAHfWEADwcxMAxdYQABbXEAAl1xAAbNcQAHvXEADC1xAAy9cQABjYEAAe2BAAbtgQAHTYEADE2BAA0NgQABrZEAAh2RAAcNkQAIzZEABGdBMA0NkQABzaEAAo2hAActoQAHXaEADI2hAA0toQAJx0EwAm2xAA8nQTAHzbEABIdRMA0tsQAJ51EwAo3BAAdtwQAHfcEAAw5BAAg9wQAMzcEACK3BAAgOEQAI3cEADo6hAAj9wQAJruEADN3BAAIt0QADjdEAB43RAAgN0QAM7dEADQ3RAAfuAQANzdEAAk3hAALN4QAPR1EwAx3hAAet4QAH3eEADQ3hAA2t4QACbfEAAo3xAAfN8QAI3fEADS3xAA498QACjgEAAw4BAASnYTAIXgEADU4BAA2+AQACrhEAAy4RAAoHYTAILhEADW4RAA3OEQACziEAA54hAAguIQAIriEADY4hAA2uIQAC7jEAA14xAAhOMQAIvjEADa4xAA4uMQAPZ2EwA95BAAhuQQAIfkEADc5BAA8uQQADLlEAA65RAAiOUQAIrlEAA46BAAluUQAN7lEADm5RAATHcTAOvlEAA05hAAN+YQAIrmEACU5hAA4OYQAOLmEAA25xAAR+cQAIznEACd5xAA4ucQAOrnEACidxMAP+gQAI7oEACV6BAA5OgQAOzoEAD4dxMAROkQAJDpEACS6RAA5ukQAPfpEAA86hAATeoQAJLqEACa6hAATngTAO3qEACi8hAA9OoQAD7rEABU6xAAlOsQAJzrEADq6xAA+OsQAEDsEABN7BAAluwQAJnsEADs7BAA9uwQAELtEABE7RAAmO0QAKntEADu7RAA/+0QAETuEABM7hAApHgTAKPuEADw7hAA/e4QAEbvEABN7xAAnO8QAK3vEADy7xAA/u8QAEjwEABQ8BAA+ngTAKvwEAD08BAA9/AQAErxEABU8RAAoPEQAKLxEAD28RAAB/IQAEzyEABd8hAAUHkTAKryEAD48hAAD/MQAE7zEABa8xAApPMQAK7zEAD68xAAAvQQAKZ5EwBR9BAApvQQALz0EAD89BAABPUQAFL1EABg9RAAqPUQALD1EAD8eRMAtfUQAP71EAAB9hAAVPYQAF72EACq9hAArPYQAAD3EAAR9xAAVvcQAGf3EACs9xAAtPcQAFJ6EwAI+BAAWPgQAF34EACu+BAAyfgQAAT5EAAS+RAAWvkQAGH5EACw+RAAvPkQAAb6EAAM+hAAXPoQAF/6EACy+hAAvPoQAAj7EAAO+xAAXvsQAGD7EAC0+xAAvvsQAAr8EAAW/BAAYPwQAHf8EAC2/BAAyvwQAAz9EAAo/RAAYv0QAGr9EACoehMAuv0QAA7+EAAc/hAAZP4QAHX+EAD+ehMAwf4QAFR7EwAe/xAAZv8QAHD/EAC8/xAAx/8QABIAEQAaABEAaAARAHQAEQC+ABEA0QARABQBEQAjAREAagERAHYBEQDAAREAwQERABYCEQAgAhEAbAIRAHoCEQDCAhEAxwIRABgDEQAlAxEAAHwTAHYDEQDEAxEAzgMRABoEEQAfBBEAcAQRAHgEEQDGBBEAzAQRABwFEQAoBREAcgURAHgFEQDIBREA0QURAB4GEQArBhEAdAYRAHwGEQDKBhEAywYRACAHEQAiBxEAdgcRAHkHEQDMBxEAzwcRAKx8EwA4CBEAeAgRAIAIEQDOCBEA2ggRACQJEQAqCREAegkRAIAJEQDQCREA1QkRAHwKEQD+CREAJgoRAC4KEQBYfRMAggoRAK59EwDoChEAKAsRACoLEQB+CxEAiwsRANQLEQDbCxEAKgwRADIMEQCADBEAkAwRANYMEQDYDBEALA0RADoNEQCCDREAkw0RAFp+EwDfDREAsH4TADwOEQCEDhEAjg4RANoOEQDlDhEAMA8RADgPEQCGDxEAkg8RANwPEQDvDxEAMhARAEAQEQCIEBEAkhARAN4QEQDmEBEANBERAEMREQCKEREAjxERAOAREQDnEREANhIRAEISEQBcfxMAyxIRAOISEQAhExEAOBMRAEATEQCyfxMAuBMRAOQTEQDwExEAOhQRAEAUEQCQFBEAlhQRAOYUEQDrFBEAPBURAEIVEQAIgBMAkxURAOgVEQDuFREAPhYRAEMWEQCUFhEAoxYRAOoWEQD2FhEAQBcRAEMXEQCWFxEAmRcRAOwXEQD0FxEAQhgRAFEYEQCYGBEAnRgRAO4YEQAEGREARBkRAEUZEQCaGREAqxkRAPAZEQD8GREARhoRAFAaEQCcGhEAqBoRAPIaEQD5GhEAXoATAFgbEQCeGxEAqhsRAPQbEQADHBEAShwRAF4cEQCgHBEArxwRAPYcEQAHHREATB0RAFgdEQC0gBMApB0RAPgdEQAGHhEATh4RAF8eEQAKgRMAqh4RAPoeEQAGHxEAYIETAFYfEQCmHxEArB8RAPwfEQABIBEAUiARAFggEQBighMArSARAP4gEQAAIREAVCERAGUhEQC6gxMAtiERAAAiEQAGIhEAViIRAGIiEQCsIhEAtCIRABCEEwAIIxEAWCMRAGQjEQCuIxEAtiMRAGaEEwAQJBEAWiQRAF0kEQCwJBEAuiQRALyEEwAIJREAXCURAGolEQCyJREAwyURAGiFEwAOJhEAXiYRAGomEQC+hRMAvCYRAAonEQANJxEAYCcRAGwnEQC2JxEAwicRAAwoEQAUKBEAaoYTAG0oEQC4KBEAxCgRAA4pEQAWKREAwIYTAG0pEQC6KREAyykRABAqEQAhKhEAZioRAG4qEQC8KhEAvyoRABIrEQAcKxEAaCsRAGorEQC+KxEAzSsRABQsEQA0LBEAaiwRAHIsEQDALBEAyiwRABYtEQAcLREAbC0RAG4tEQDCLREA0S0RABguEQAkLhEAFocTAHouEQDELhEA4i4RABovEQAgLxEAcC8RAHkvEQDGLxEA0y8RABwwEQAkMBEAcjARAIgwEQDIMBEAyjARAB4xEQA5MREAdDERAIAxEQDKMREA1zERAGyHEwAmMhEAdjIRAH4yEQDMMhEA4jIRACIzEQAnMxEAeDMRAH4zEQDOMxEA2jMRACQ0EQAsNBEAwocTAIc0EQDQNBEA4DQRACY1EQArNREAfDURAII1EQDSNREA6DURACg2EQAqNhEAfjYRAIg2EQDUNhEA4jYRACo3EQAvNxEAgDcRAI03EQAYiBMA5TcRACw4EQA1OBEAgjgRAIw4EQDYOBEA5jgRAC45EQAzOREAhDkRAJE5EQDaOREA4jkRADA6EQBAOhEAhjoRAIg6EQDcOhEA6joRADI7EQBDOxEAbogTAI87EQDEiBMA4zsRADQ8EQA6PBEAijwRAJI8EQDgPBEA6jwRADY9EQA4PREAjD0RAI89EQDiPREAAj4RAHCJEwBEPhEAjj4RAJQ+EQDkPhEA8D4RADo/EQBCPxEAxokTAJw/EQDmPxEA7D8RADxAEQBIQBEAkkARAJpAEQAcihMA6kARAD5BEQBMQREAlEERAKVBEQByihMA90ERAEBCEQBXQhEAyIoTAKBCEQDsQhEA+EIRAEJDEQBFQxEAmEMRAKJDEQAeixMA/0MRAEREEQBLRBEAmkQRAKJEEQDwRBEA/UQRAEZFEQBLRREAnEURAKZFEQDyRREA+kURAEhGEQBXRhEAnkYRAKNGEQD0RhEACkcRAEpHEQBLRxEAoEcRAK5HEQD2RxEAB0gRAExIEQBYSBEAokgRAKpIEQDKixMA/EgRAFgBAAAASREA/vkSAARJEQC6pg8AWkkRABIJAACsSREAqkwRAF9LEQBWKwAArEsRAFotAAC6TBEAeDwAAFlNEQB+PwAAr00RAORHAABaThEAIrIQAFtOEQCUSgAAX04RAKCsAwBiThEAktgHALJOEQAOXQAAXk8RAHBjAAC0TxEA3m8AAF9QEQCWdgAAwVARAKh/AAAMUREABIMAAGBREQAMhwAAElIRAHSQAADVUhEADFMRAG5VEQCg0QAAbFYRALjdAADCVhEAIOcAAG5XEQDo9QAAIlgRAFD/AACQWBEApv8AAMRYEQD8/wAAJFkRAAgGAQDOWREAtgcBACNaEQDADAEA5VoRANIVAQAoWxEA3hsBAJFbEQDIWxEAOlwRAHRcEQB8XBEAylwRANZcEQBCIwEAKF0RAPIlAQDoXREAIl4RACpeEQB4XhEAel4RAFYtAQDaXhEAYjMBAIJfEQDKPAEA3mARAFJWAQCGYREABFoBAJphEQAashIAomERABawEgD5YREAWloBADBiEQCyWwEAkmIRAAxeAQDbYhEAEmEBADBjEQAWYwEAOmQRAOZ1AQCeZBEA2mQRAOJkEQA8dgEAP2URAJZ4AQDoZREAVoMBAFVmEQCsgwEAlGYRAFqFAQDmZhEANGcRAD5nEQCwhQEAlGcRALqKAQCaaREAmKQBAOxpEQA6ahEASmoRAO6kAQDyahEA9qgBAERrEQCSaxEAomsRAEypAQBKbBEACLIBAJ5uEQAONgIAom4RALw3AgCmbhEANMgBALJuEQAuRgIATG8RAFT6EgBNbxEAtnMMAFBvEQA6ywEAYG8RAHbUDACibxEAOL8RALZvEQCQywEAyG8RAC49EwD3bxEA5ssBAPpvEQCKXw0AqHARAPDQAQD+cBEARtEBAKxxEQCo1wEAU3IRALTdAQD/chEAvOEBAE9zEQCicxEArnMRAGjiAQCsdBEA+nQRAP10EQC4eA4ABnURACDpAQBldREA0OsBAMd1EQD8dREAVnYRAFzJDQBidhEAQvoBAH92EQDW7gEAtHYRADj1AQBgdxEA7PkBAAx4EQBE+wEAcngRAJr7AQAOeREAIKcLABJ5EQBG/AEAYXkRAEj9AQBoehEAsgcCAA97EQBc8gwAEnsRALwMAgAUexEAHAEPAGR7EQAG/hIAdnsRALJ7EQAQfBEAXnwRACR8EQAmFwIAYXwRADCIDQBofBEARpMNAGt8EQBacg0AbnwRALBJDgBvfBEADk4OAHl8EQDADgIAf3wRAO6RDQAMfREAHhMCADR9EQDApw4Abn0RAMwUAgDCfREAzhUCACuBEQCeKAIAmo8RAJC4DQBCkBEAhpARAO6QEQAykREAmJERAM5/DACekREAGOcCAOOSEQC4qxIA6JIRAIyTEQD8khEAkpYRAASTEQDArxIACpMRADj3AgCOkxEA3ggNAJCTEQA0ig0Ak5MRALJACQCWkxEAjvcCAJuTEQDk9wIAnZMRAIDJBADDkxEAGBYFAPKVEQBYBwMAmpYRAOiWEQDplhEAMjMNAPKWEQBg+g8A95YRAAIdDgAHlxEAtlYTAEiXEQBiDAMAQ5gRALQ1AwBGmBEAdvsKAEeYEQA6IwMASZgRAMYTAwBKmBEAfBkDAEyYEQAQOwQATZgRANYbAwBOmBEA8ikDAE+YEQB2FgMAUJgRALI2BABWmBEA3B4DAH+YEQCMEhEAnpsRAGZkAwCimxEAvjoDAKabEQDUWQ0A/psRABg9AwBQnhEAUFkDAL2fEQB8bwMAaaARAJB5AwAboREAmH0DAFuhEQD4ggMAVqIRAHCUAwCyohEAAKMRAA6jEQDKlgMABqQRACCvDwAQpBEAhp8DAAelEQBQrwMAY6YRAIDHAwAJpxEA5s8DAManEQAKqBEAa6gRAGLjAwDIqBEADKkRAB2pEQBo5gMAZqoRANZKBQBnqhEA9AEEAG6qEQBgFwkAE6sRAPwFBAAXqxEAfiYJABWsEQAoHAQAH60RAJQnBADPrREA8CoEAIiuEQDCrhEAyq4RABivEQAnrxEAqjIEAHivEQAGNgQAI7ARALDxDAAmsBEAtDcEAHiwEQDGsBEAjLARAGCqEgDQsBEACjgEAHqxEQDAPQQA17ERAMQ/BAB6shEA0EUEANKyEQCk5QkAI7MRAIhMBAAutBEAWF8EAIC0EQDiPxIA6rQRACS1EQAstREAerURAIe1EQB+cgQAibURAHSYBACLtREAtGIEADm3EQBCfwQANrgRAGiSBACIuBEA1rgRAOe4EQDAkwQA57kRAOinBAA4uhEARKsEANy6EQD+sgQAQbsRALa5BABMuxEAzsUEAFm7EQDCvwQAW7wRACTGBAD9vBEAMs0EADq9EQCU0wQA570RAAjjBADsvREArr8JAO29EQBgwwkA770RAE66CQBSvhEAjL4RAJS+EQDivhEAOr8RABTQDQBAvxEAtqoSAEK/EQAO5gQARL8RABDSDwBbvxEAClYTAH6/EQAK+g8Alr8RABTpBAARwBEAOsARAEXAEQAW6gQA8MARAMzvBAChwREAhvcEAEHCEQCYAAUARMIRAL4VBgCwwhEARgIFAPfCEQCsCgUA+cIRAJwCBQBGwxEA+AUFAErDEQD8BwUATMQRAFwNBQBTxREAchgFAJ3FEQB8HQUAZsgRAKDIEQCoyBEA9sgRAAXJEQBwQgUAVckRACpKBQBQyhEAkFIFAFvKEQDa/ggAp8oRAOxVBQCryxEAamoFALXLEQBaYgUAAswRALZlBQAGzBEAumcFAHDNEQCqzREAss0RAADOEQAFzhEAkn4FAA/OEQCCdgUAXM4RAN55BQBgzhEA4nsFAGTQEQAUlQUADNERACaeBQC40REA+LEFAIPSEQDCwQUA2tIRACLHBQAZ0xEAJskFAHDTEQCIzwUAwtMRAIrQBQAU1BEAYtQRAGzUEQDg0AUAu9QRAObTBQDD1REA+t0FAILWEQC81hEAxNYRABLXEQAY1xEAvOkFAH7XEQBu7QUAKtgRANz5BQBu2BEA8AMGACXZEQD4BwYA0dkRAAgQBgDg2hEAGtsRACLbEQBw2xEAgNsRANIfBgCc2xEAMCQGANLbEQDUIAYAJNwRAHLcEQB83BEAKiEGAJDdEQDK3REA0t0RACDeEQAp3hEA9jEGAIDeEQD6MwYAPt8RAHjfEQCA3xEAzt8RAM/fEQAQPwYA098RAPSGBgDb3xEAykYGAN3fEQCwOQYAKuARAAw9BgAu4BEARIQGADDhEQB6SQYA3OERAIpRBgAy4hEA6FUGAITiEQDqVgYAOOMRAFBfBgDy4xEALOQRADTkEQCC5BEAjOQRAGBnBgDb5BEAbm4GAKDlEQDa5REA4uURADDmEQA95hEAzHIGAD/mEQDgfAYAi+YRANR2BgA45xEAPIAGAJDnEQBAggYA/OgRADbpEQA+6REAjOkRAJvpEQBYjgYA7OkRALSRBgDy6xEA3qYGAFjsEQCS7BEAruwRAOjsEQD17BEANqgGAAbuEQBA7hEASO4RAJbuEQCZ7hEABLoGAHnvEQAexwYA8e8RACjMBgD17xEAzFMMAKfwEQDg0gYA8/ARAOjWBgBS8hEACugGAKryEQBq7QYAqPMRAOSvCQC88xEAjq8JABL0EQBM9BEAVPQRAKL0EQCl9BEAevUGABT1EQBO9REAVvURAKT1EQCz9REALPkGAAX2EQDk/wYAVPcRAFoQBwAF+BEADPcNAAr4EQCeww8ADfgRAAoTBwAO+BEA8MEPAGD4EQASFwcAcvkRAKz5EQC0+REAAvoRAAv6EQDQIAcAYvoRANQiBwAT+xEA4ikHAHP7EQBMNAcACfwRAAg9BwC1/BEAyEcHAGH9EQA2VAcAav4RAPpgBwDA/hEAVmQHABj/EQCyZwcAfv8RALj/EQDA/xEADgASAB0AEgDIcgcAHgASAAppBwBwABIADGoHAMIAEgAQARIAGgESAGJqBwDCARIAJHYHAGsCEgDefQcAHAMSAJCBBwDcAxIAFgQSAB4EEgBsBBIAewQSAPiKBwDOBBIAVI4HACAFEgBuBRIAfQUSAKyPBwApBhIAuJUHAHoGEgAUmQcA0wYSACylBwDVBhIAIJ8HAOQHEgAeCBIAJggSAHQIEgDmCBIAIAkSACgJEgB2CRIAgwkSAPy3BwDZCRIArLoHADAKEgBevgcA0AoSAMDEBwCGCxIAzssHADEMEgCi4AcAig0SACD1BwDcDRIAKg4SADkOEgB49gcApg4SAND3BwDiDxIAMv4HADoQEgCQAggAjBASANoQEgDpEBIA6AMIAFYREgBABQgAixISAPQJCADjEhIAAhEIAI8TEgByHggAOxQSADYrCADyFBIA7DAIAEUVEgBEMggA6hUSAPg2CACsFhIA5hYSAO4WEgA8FxIAlRcSAGBACABNGBIAEEMIAAYZEgBAGRIASBkSAJYZEgCgGRIAIkwIAPoZEgDQTQgAURoSANpSCACiGhIAOFcIAE0bEgCWWwgAUhwSAKJhCACkHBIA8hwSAPQcEgD4YQgAuh0SAPQdEgD8HRIASh4SAGgfEgCiHxIAqh8SAPgfEgAWIRIAUCESAFghEgCmIRIAsCESAKaOCABuIhIAqCISALAiEgD+IhIACCMSAOivCAAUIxIAyJ8IAFkjEgDMoQgAtCMSAIiqCAALJRIAasYIAA8lEgBYvQgAZiUSAGTDCACvJRIAaMUIAGQmEgBuyAgAsyYSAHTLCABmJxIA1NAIAL4nEgA21wgAaigSADzaCADAKBIAktoIACYpEgBgKRIAaCkSALYpEgDFKRIAQt0IAG8qEgAE6QgAyCoSALzvCADWKxIAECwSABgsEgBmLBIAdSwSACT5CABrLRIAvi0SANgtEgCYCAkAMC4SAGouEgByLhIAwC4SAM8uEgCgDAkATC8SAE4OCQDeLxIAGDASACAwEgBuMBIA0zASAAASCQAgMRIAXBUJANIxEgBiGAkALjISAMAcCQDPMhIAJKUJANIyEgB0IQkAJTMSAHYiCQAqNBIA8DQJAIA0EgCoOwkA0zQSAKo8CQDqNRIAJDYSACw2EgB6NhIAhjYSABpKCQDYNhIAJjcSACo3EgBySwkAjDcSACBNCQBEOBIAfjgSAIY4EgDUOBIA/jgSAJJbCQAvORIA9mIJAJw5EgCIhQsA3jkSACw6EgBkOhIAVmgJAPs6EgAuOxIAMzwSAOqHCQA5PRIAtpgJAJI+EgDgPhIABUASADhAEgBXQBIAjkASAPRAEgBCtAkAmEESAKK5CQBCQhIAqr0JAKFDEgAEbAoAo0MSAMLJCQDwQxIAHs0JAPhFEgCI1wkAR0YSAOzeCQBORhIA5tsJAFBIEgCeSBIATUkSABj1CQBYShIALgAKAKxLEgD6SxIAI0wSAFYUCgDCTBIA/EwSAARNEgBSTRIAYU0SAGYcCgCuTRIAwh8KALJNEgBUaQoAWU4SAMYhCgCyThIAAE8SAClPEgAgJAoAtE8SANInCgArUBIAKCgKALZREgCkOwoAvlISALJCCgDAUxIAGEsKACZUEgBuSwoAb1QSAMRLCgC8VBIAIE8KAG5VEgAmUgoA1FUSAHxSCgAdVhIA0lIKAGpWEgAuVgoA5lcSABJYEgCEWBIAvlgSAMZYEgAUWRIAxVkSAAxwCgDGWhIAJHwKAINbEgDsigoANlwSAHBcEgB4XBIAxlwSANBcEgCqlAoAoF4SAGygCgDOXxIA9roKACtgEgCswAoA0GASAGjJCgA0YRIAxMwKANphEgAy2QoA3WMSAMb4CgCZZRIA5ggLADNmEgDwDQsAkWYSAEwRCwBMZxIAhmcSAI5nEgDcZxIANGgSAAgaCwBQaRIAimkSAJJpEgDgaRIACmoSACInCwCVahIAhC0LAOpqEgA4axIARmsSADAuCwCUaxIAijALAEdsEgCUNQsAkWwSAJw5CwCbbRIAsEMLAJ5tEgBcRAsA924SAHZRCwBFbxIAzlILAKNvEgAqVgsA9G8SANpYCwBFcBIAMFkLALxwEgDucBIAtnESAPRlCwAachIASmYLAFBzEgCecxIAx3MSAAJtCwDScxIArm0LAK51EgC2cQsACHYSABJ1CwBbdhIAanYLAF13EgDMfAsAq3cSANSACwBxeBIAqHgSAFZ5EgBIkAsAsXkSAASZCwBYehIAXJoLAN56EgBkngsAGHsSAGyiCwBdexIAxqQLAAp8EgCGrwsAGnwSABLLCwByfRIAor0LALd9EgD8vwsAHn4SAFbCCwAogBIAYoASAGqAEgC4gBIAxYASAN7bCwAbgRIA5N4LAMeBEgCW4gsAhYISALyCEgAkgxIA5JYSADGDEgBogxIAIIQSAAbwCwAihBIArO0LANKEEgAWhRIAeoUSAG75CwAohhIAMAUMAIaHEgBWGAwAJ4gSAF4cDACAiBIAaiIMANaIEgDQKgwAK4kSANIrDADQiRIAiDEMAJKKEgDMihIA1IoSACKLEgCWixIA+D4MAH2MEgBaRQwAk40SAG5PDAA4jhIA1FcMAOSOEgDmYAwAnI8SANaPEgDejxIALJASAJ6QEgDYkBIA4JASAC6REgDdkRIADKsSAOKREgAwkhIA5JESAPzyDwD2kRIAlvASADqSEgBidAwA4pISABh6DADwlBIA8JAMAP+UEgA2lRIAlJUSAOiMDADxlRIAPo0MADuXEgCynAwAnpgSAHSoDAC2mBIAnsEOAPCYEgA+mRIAXJkSAMqoDAAGmhIAQJoSAEiaEgCWmhIA+poSANCrDAC0mxIA1q4MAGCcEgAysgwAYp0SAJydEgCknRIA8p0SAGSeEgCenhIApp4SAPSeEgBYnxIASr4MABKgEgBMoBIAVKASAKKgEgAGoRIAAMQMABaiEgBQohIAWKISAKaiEgAKoxIAZMsMAMSjEgBqzgwAcKQSAMbRDAAKphIArqAPAGCmEgAEoQ8AyqYSAASnEgAMpxIAWqcSANCnEgA23wwAZKgSALYfDQASqhIAIgwTABSrEgCmRg8AKKsSACo7EwA6qxIAYqsSAGqrEgCweBAAkKsSAP5yDwDmqxIADqwSAGesEgBmLhMA1qwSABCtEgAYrRIAZq0SAMitEgAS+AwALq4SAGiuEgBwrhIAvq4SACCvEgDEqQ4AgK8SAMYnDQDIsBIAdq0OAM6wEgAmAg0AMrESANYEDQAishIAcLISAH+yEgCiFw4AzrISAORtEwAttBIAPg4NADe0EgDmDA0ALLUSAPARDQDotRIAIrYSACq2EgB4thIA17cSAAIbDQDquRIAzisNAIi6EgCSOA0A5LsSAFxIDQDkvBIAYksNADW+EgBIlg4AOL4SAIBcDgA8vhIAzFUNAEK+EgC8pQ4A5r4SADS/EgA+vxIA1loNAFLAEgCMwBIAlMASAOLAEgCQwRIA8GcNAOnBEgCiaw0A8MMSAA53DQBGxBIAlMQSAKDEEgBqeg0ATMUSAMZ9DQD0xRIAQsYSAFnGEgAmgw0ATssSAFyeDQD9yxIAEKMNAFvOEgCcvg0AEM8SAFTPEgAN0BIAaM8NABDQEgAQzg0AENESAMLRDQC60RIAxNINABLSEgDK1Q0A09ISAAbTEgAk0xIAJtkNAIDTEgCI3w0AFtQSAN7fDQBq1hIAuNYSALrWEgBM7A0AE9cSAPjsDQAa1xIAUu8NAITZEgC+2RIAxtkSABTaEgAe2hIALAcOANzaEgAW2xIAHtsSAGzbEgB72xIAQhIOAMjbEgCeFQ4AdNwSAP4aDgAg3RIAXiAOAB/eEgAgLA4Ay94SAHYsDgDU3hIArHQPAHzfEgDUMA4A0t8SACDgEgCE4BIAhDMOANrgEgA+Ow4ALOISAHriEgB94hIAmj4OADLjEgD0QA4AhOMSANLjEgDV4xIA+EIOAIrkEgCoRQ4A3OQSACrlEgAt5RIArEcOAOLlEgCySg4ANOYSAILmEgCM5hIACEsOAODmEgAu5xIAMecSAApMDgDi5xIAEE8OADjoEgCG6BIAiegSAGhQDgA66RIAiOkSAIvpEgBwVA4APOoSAIrqEgCN6hIAeFgOAELrEgAqXA4AQOwSAIphDgBg7BIASksTAKrsEgDiYg4APe0SAJDtEgA/7hIAPGUOAEbuEgCWZw4A9u8SAKJtDgD47xIAyAEPAJ7wEgDs8BIAR/ISAOJkDwBM8hIA8vMSAKbyEgC8eg4AAvQSABR8DgBY9BIAbn4OAKr0EgBwfw4AEPUSAEr1EgCn9RIAPJAOAKr1EgCimA4Ar/USAByADgC79RIAhooOAF74EgA6jw4ACvkSAEaVDgBg+hIA5jsPAH76EgDSORMAmPoSANjgDwCy+hIAAPsSAAP7EgCkmQ4AZvsSAFKbDgC4+xIAVJwOAAr8EgBY/BIAYvwSAKqcDgAJ/hIAYKIOABD+EgBkpA4Atf4SAGalDgA1ABMAGKkOAL4AEwB0rA4AVwITADxEEwDPAhMAuvwPABEDEwBGwA4AdAQTAKbFDgDGBBMAFAUTAC0FEwD+xg4AbQUTAMAFEwA6BhMAsssOAOYGEwC0zA4AkgcTAAzODgAiCBMAcAgTAHoIEwC+0Q4AHQkTAGanDwAtChMAetoOACcMEwCM4w4AFw0TACQNEwBtDRMAeg0TANYPEwCs8w4A4A8TABD7DgCUEhMAeAQPAOgSEwB6BQ8AOBMTACYGDwCJExMAfgcPAIsUEwDYCQ8AkhUTAOAVEwA+FhMAjBYTADkXEwDoEQ8AlhcTAOQXEwBCGBMAkBgTAD8ZEwD0Fw8A8BkTAD4aEwCcGhMA6hoTAPQbEwBUHQ8AThwTAKweDwD2HBMARB0TAFQdEwAEIA8AEx4TAEYeEwD7HhMAuCQPAFQfEwBoJw8Awh8TAPQfEwAWIxMAQD4PAMQkEwCgQw8AcCUTAPhEDwAcJhMAUEYPALEoEwDSXA8AaioTAIxkDwBhKxMA6GcPABotEwCibw8Awy0TAFJyDwA/MBMACnkPAG0wEwC4eg8AyDATABZcEwAfMRMAaH0PACIxEwBsfw8AbzETAMIxEwDeMRMAGDITAHEyEwDEMhMA4DITABozEwB4MxMAxjMTANAzEwDCfw8AJDQTAGSDEwB4NBMAzIQPAII1EwAqiQ8AzTUTANqLDwAoNhMAbFwTADc3EwAQ/Q8A2jcTAPKXDwCQOxMAWHcQAOI8EwAksQ8A3T0TAMKqDwCSPhMAxKsPAJJAEwDgQBMA6kATAIC0DwCaQRMAMLcPAIVEEwCSRBMA20QTAOhEEwAxRRMAPkUTAIdFEwCURRMA3UUTAOpFEwAzRhMAQEYTAPhGEwBAvw8AXkcTAJa/DwDvRxMA7sAPAGBIEwCawQ8A+UgTAPLCDwBiSRMAnEkTAA5KEwBIShMArEoTAE7GDwBySxMAoEsTAMhLEwD2SxMAHkwTAExMEwB0TBMAokwTAKlMEwAi2w8AAE0TAE5NEwBTTRMAAMoPAKlOEwAU1A8AClATAHLYDwCtUBMAAFETAH5REwCsURMA1FETAAJSEwAqUhMAWFITAIBSEwCuUhMA1lITAARTEwDYUxMABlQTAC5UEwBcVBMAhFQTALJUEwDaVBMACFUTADBVEwBeVRMAFlYTAFAfEQAaVhMAoh0RABNXEwCG4g8AcFcTAJTpDwAtWBMAZFgTANlYEwAA9Q8AGVkTAF75DwCFWRMAvFkTAHBaEwC+WhMAzloTAGL7DwAgWxMAZPwPAH9bEwBuAxEA0V8TANw4EAAqYBMAiDkQAChhEwBWSxAA1GETAA5SEACAYhMAHFkQACxjEwDSXhAA2GMTADZmEACEZBMA6moQADBlEwCebxAA3GUTAFZ2EACMZhMAWngQAPBmEwAsZxMANGcTAIJnEwA8axMAimsTAKhrEwB8iRAA7m4TAA6oEABabxMAFqwQAAZwEwB2sRAAoHATANCzEADycBMAgLYQAEdxEwAwuRAAm3ETADi9EAD8cRMAPL8QAF5yEwCYchMA8HITAFbMEABQcxMABM4QAK9zEwC00BAA+HMTAMDWEAC4dBMAHtsQAAh5EwCe8BAAuHoTALj9EAAKexMAuv4QAFx7EwCqexMArnsTABD/EAAIfBMAVnwTALR8EwACfRMAtn0TAAR+EwBmfhMA2A0RALh+EwAGfxMACn8TAC4OEQAzgBMAkhURABOBEwCkHhEAY4ETALaBEwDegRMADIITAGWCEwC4ghMA4IITAA6DEwB7gxMAqCARABKEEwACIxEAcIQTAAQkEQDEhBMAEoUTACKFEwAGJREAcYUTAAgmEQDBhRMAFIYTAHSGEwBiKBEA0IYTAGQpEQDQhxMAejQRAHqIEwCIOxEAzIgTABqJEwAqiRMA3jsRAMqJEwCQPxEALIoTAOhAEQCAihMA6kERANCKEwCWQhEAIYsTAHSLEwA=","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAAoTQcA0kICAPQ0CABkCwIAABoNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAjAoNAATzDQBa8w0AsPMNAAb0DQBc9A0AsvQNAAj1DQBe9Q0AtPUNAAr2DQBg9g0AtvYNAAAAAAAoTQcA0kICANJCAgDAkQMAqC0CAP4tAgC2dw4A8sAOABzpAgBy6QIANBwBAALiBQD8xw8AwJEDAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAAAaDQBq+w0AwPsNABb8DQBs/A0AwvwNAAAAAAAoTQcAZAsCAPwVDABEKgQAVi8CAFToCQA6IQIAZokAAGo5AgAQUxAAZlMQALy4AgBOJwAAZAsCABp5CwBweQsAkkkAAFqNBQAqlgAAgJYAACTCAgDcLAoAMi0KAGQLAgCMCg0ABPMNAFrzDQCw8w0ABvQNAFz0DQCy9A0ACPUNAF71DQAq+gcAskgNAFYAAABWAAAAwnUKANJCAgCSSQAAZAsCACr6BwAqwwEAAAAAACqWAAAgqQwAiLIMAOgeAACGGAAA9DQIAEo1CACQyQAA5skAADzKAABwEwMA1hsDACwcAwBY7AoAiBkAAFIWDABMbQ4AWAEAAK4BAAAEAgAAWgIAALACAAAq+gcAskgNAFYAAABWAAAAkqEBAA5lBAAqlgAAZLMAANJCAgAoQwIA7NgGAGQLAgAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAAizwkAeM8JAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEADmUEAGRlBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAABwEwMAtDUDACrDAQCAwwEA1sMBAPxADADYhAwALoUMAB59DAB0fQwAyn0MACB+DADqIwIAcHkLAEJQAgCG1gkA3NYJADLXCQD0NAgAZAsCALDMDwCa4AkAZAsCALZ3DgBceRAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAFToCQA84gwAKvoHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAACLPCQB4zwkAAAAAAMqQAAAqlgAAcg4AABSPAgB8KQsA9DQIAGQLAgAq+gcAYjEAALgxAAAOMgAAZDIAAEZBDwA6IQIAZokAANzGAQDoHgAA9DQIAGQLAgAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIA5qQDADylAwCSpQMA6KUDAB59DAB0fQwAMhkAAIgZAABSFgwATG0OAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgD4bw8ATnAPAPwVDACQSgEA5koBACTCAgDMkwEA9DQIAIy6DwD8FQwAUhYMAExtDgBYAQAArgEAAAQCAABaAgAARkEPADohAgBmiQAA3MYBAOgeAAD0NAgAZAsCAAAaDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAHn0MAHR9DAAyGQAAiBkAAFIWDABMbQ4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAPhvDwBOcA8A/BUMAJBKAQDmSgEAJMICAMyTAQD0NAgAjLoPAGaJAADcxgEAJG4DAHATAwC0NQMAYjEAALgxAAAOMgAAZDIAAEZBDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAABGQQ8ATicAAIhWCQDSQgIAGqYMABSPAgBGQQ8ANBwBAKg5CAByDgAAKsMBAD51AABiIg4A8OIKAEjqDQB2FgMAurMAABC0AABmtAAAvLQAABK1AABotQAA/BUMAFIWDABMbQ4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgBm/Q8AABoNAJatBgAq+gcAiI0PAFqNBQCwjQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgCMCg0AjLoPAIYYAABYXQMAKpYAAPQ0CABkCwIAugsCAE4WDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgDa1woA3BgAAFrZAACGGAAAZAsCAIwKDQBKNQgAejIQANAyEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAPQ0CACMug8AhhgAAFhdAwAqlgAA9DQIAFYvAgAqlgAAgJYAANTrAADi9gIAOiECAGaJAACaBwgAVi8CAPQ0CAA6IQIAVi8CACqWAACAlgAA1OsAAOL2AgDKkAAAOiECAJKhAQAOZQQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAIs8JAHjPCQCSSQAAWo0FALCNBQAqlgAAJMICAHrCAgDQwgIAZAsCAPxADADYhAwALoUMAB59DAB0fQwAyn0MACB+DABy/w0AavsNAM7NCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAABFDQBWAAAAVgAAAMJ1CgDSQgIAkkkAAHwpCwD0NAgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQB+1gsAAAAAAJKhAQAOZQQAKpYAAIYYAACSSQAAZAsCAIwKDQAE8w0AWvMNALDzDQAG9A0AXPQNALL0DQAI9Q0AXvUNACr6BwCySA0AVgAAAFYAAADCdQoA0kICAJJJAABkCwIAABoNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgBwxwcAZosBAPJqDgBkCwIAIs8JAHjPCQAAAAAAypAAACqWAAByDgAAFI8CAHwpCwD0NAgAZAsCADohAgDAkQMAZAsCACr6BwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAABGQGAGSzAADqzwIAnFICAARkBgAoTQcAmuAJAGQLAgD8FQwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAAAaDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AACLPCQB4zwkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAGqdCQCa4AkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAnNkFAOrPAgBA0AIAltACAOq6DQBAuw0AlrsNAFrZAADMkwEAfksGAOhJAABgSg0AHvgJAJJJAABkCwIAABoNAPzHDwDAkQMAZAsCAPwVDABSFgwATG0OAFgBAACuAQAABAIAAFoCAACwAgAAnNkFAPLZBQBI2gUATicAAIhWCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AABotQAAKvoHAOgeAACGGAAAkkkAAGQLAgAAGg0AkMkAAObJAAA8ygAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAHn0MAHR9DAAyGQAAiBkAAFIWDABMbQ4AWAEAAK4BAAAEAgAAWgIAALACAAD8QAwA2IQMAC6FDAAq+gcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQBc4gQAABoNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgCG1gkA3NYJADLXCQCI1wkA3tcJADTYCQAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAHwpCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAqDkIAMDtBgCShAgAZokAAPzHDwBYXQMATgQEADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAHATAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAChNBwCa4AkAfBcCANIXAgByDgAA6B4AAMDtBgC+wQYAFMIGAIq5DwB+SwYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAMggNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAADi9gIAABoNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgA2kRAAcg4AAOgeAAD0NAgAZAsCAEZBDwC4fBAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgD4bw8ATnAPACLPCQB4zwkAzs8JACTQCQB60AkA0NAJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAqDkIAMDtBgCShAgAZokAAPzHDwBYXQMATgQEAJJJAABWLwIAZokAAHjNCADOzQgA6KEBAFrZAAAqlgAA9DQIAGQLAgBGQQ8A0kICAGqdCQA6IQIAZokAADohAgCSoQEA/EQOAFJFDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAA4vYCALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQCMug8AgJYAANTrAADi9gIA9P0BAGSzAAAqlgAAVgAAAJJJAAAEZAYAKE0HAGQLAgAAAAAAAAAAAAAAAABc4gQAIs8JAHjPCQDW9gUA3MYBAMgOAACa4AkAcBMDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAPANCwBGDgsAnA4LAPwVDABSFgwATG0OAFgBAACuAQAABAIAAFoCAACwAgAAHn0MAHR9DADKfQwAIH4MAHL/DQBq+w0Azs0IAOihAQBa2QAAKpYAAPQ0CACGGAAA3BgAADIZAAAAGg0A0tsOABKKAABoigAAvooAABSLAABqiwAAtncOAPLADgD8bQ0AtncOAFx5EADMkwEATgQEAKQEBAAkwgIAVOgJAGBKDQByDgAAFI8CAFrZAADMkwEAfksGAOhJAABkCwIAIs8JAChDAgA6IQIAOiECAMyTAQB+SwYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgD8FQwAkqEBAPxEDgBSRQ4A3MYBAOgeAACc2QUAkoQIAOiECAA+hQgAlIUIAGQLAgDAkQMAFpIDAGySAwDSQgIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAOIIIAOgeAABQbw4AkkkAAARkBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQAO5gQAZOYEALrmBAAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAHwpCwC2dw4A8sAOAChNBwD0NAgAjLoPAN5gDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAJoHCABkCwIAnNkFANJCAgA6TAIAoAYGAIy6DwCGGAAAkkkAAARkBgBmiQAAeM0IAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAA5lBAD0NAgASjUIALyJAAASigAAaIoAAL6KAAAUiwAAyNYOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgAC6AgAypAAANJCAgA6TAIAoAYGALxFCQAqlgAAcg4AAMrXDgDcGAAA3kYBADQcAQAC4gUAnFICAGSzAAD0NAgAjLoPAIYYAABYXQMAKpYAAAAAAAAoTQcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAThYNANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAE4WDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAGg0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIA3CwKADItCgAapgwAgpkBAChNBwCa4AkAzJMBACKUAQBYXQMArl8EAGDeAQA0HAEAZAsCACr6BwCySA0AVgAAAFYAAADCdQoA0kICAJJJAAB8KQsA9DQIAGQLAgAAGg0AhAwQAMyTAQBkCwIAJMICANwsCgAyLQoAGqYMAIKZAQAoTQcAmuAJAGQLAgD8QAwAAAAAAHIOAAAqwwEAgMMBAHATAwByDgAAJG4DAGQLAgAizwkAap0JAB74CQCSSQAABGQGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAAAEZAYAKE0HAJrgCQAqlgAAgJYAANTrAADi9gIAZokAAMyTAQD8RA4AcBMDADojAwBy+QoARusOAJzrDgDy6w4ASOwOAJ7sDgD07A4ASu0OAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQCMug8AgJYAANTrAADi9gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAPzHDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgCKuQ8A4LkPAMgOAACa4AkATicAAI7KAQDkygEAtnMMAAx0DADKkAAAkqEBAJJJAAAEZAYAVgAAAJKhAQD8RA4A7JYQAI7KAQDkygEAtnMMAAx0DADoHgAAPh8AANTrAADi9gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CABp5CwB+sQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgAaeQsAfrEOABINAgBoDQIAvg0CABQOAgBqDgIA3oULAJKhAQD8RA4A7JYQAEKXEACYlxAAwCgPADRhDgBkCwIAIs8JAIq5DwBImhAAnpoQAPSaEADehQsANIYLALoLAgAQDAIAZgwCALwMAgAAAAAA3mAOAGQLAgAizwkAirkPAEiaEACemhAA9JoQAN6FCwA0hgsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAXOIEAPDBDwBGwg8AnMIPAPLCDwBIww8AAAAAAMqQAAAgkQAAKsUCAH5LBgBqOQIAOGcQAPQ0CABsZQIAypAAACCRAAAqxQIAfksGAGo5AgCgcBAA0kICAChDAgDs2AYAqDkIAFrZAAAoTQcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAAIwtCQDA7QYAkkkAAHwpCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAtncOAPLADgD8bQ0AOiECAGb9DwAAAAAAABoNAPbEDwBMxQ8AosUPAPjFDwBOxg8ApMYPAPrGDwAaeQsA1t8PACzgDwCC4A8AcBMDAAAAAAAoTQcAkkkAAHATAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAoAYGAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDAKA8ANGEOABp5CwAAAAAAkqEBAAAAAADKkAAAZokAAHjNCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIA+G8PAGQLAgAaeQsAAAAAAMqQAABmiQAAVOgJAGBKDQAe+AkAdPgJAMr4CQAg+QkAOiECAHb5CQDM+QkAIvoJADohAgCc2QUA8tkFAEjaBQDIVw8AHlgPAHRYDwCc2QUA8tkFAEjaBQDIVw8AHlgPAHRYDwBmiQAA/McPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAAB8KQsAIFUNAHZVDQBqOQIAWPAMAK7wDADAkQMAkkkAAHwpCwAgVQ0AdlUNAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAABajQUAHikNAH5DAgDUQwIAKkQCAJJJAADoSQAAtHoQAAp7EABgexAAAAAAANJCAgA6TAIAntIBAG4YBgDA7QYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgBoqA8A6EkAALR6EAAKexAAKE0HAGo5AgB0PgIA6EkAALR6EAAKexAAYHsQAAAAAABmiQAAzJMBAE4EBADoHgAAIKkMAHapDADMqQwAIqoMAHiqDABqOQIAdD4CAOhJAAC0ehAACnsQAGB7EABqOQIAdD4CAOhJAAC0ehAACnsQAMCRAwBWAAAAjC0JACqWAACAlgAA1OsAAOL2AgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAOL2AgBmiQAA7NgGAKg5CAAqlgAAgJYAANTrAADi9gIAkkkAAJJJAABajQUAsI0FADohAgCQIQIA5iECAHwpCwAqlgAAgJYAANTrAADi9gIANBwBAKg5CACSSQAA6EkAAGBKDQD0NAgAjLoPAICWAADU6wAA4vYCAJKhAQCSoQEAVgAAAMJ1CgDMkwEAIpQBAIh1AwDedQMAnOcMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAMCRAwAqlgAAgJYAANTrAADi9gIA9DQIAIy6DwCqVwEA1jcRAICWAADU6wAA4vYCAAAAAAAqlgAAgJYAAGqdCQD0NAgANK0JACTCAgDMkwEATgQEAIKZAQAoTQcAmuAJACqWAACAlgAA1OsAAOL2AgA6IQIA7DwOAB74CQAgkQAAkM0CAJKhAQDooQEA8I4LAEaPCwCcjwsA/EQOAICWAADU6wAA4vYCAPzHDwB8FwIA8OIKACqWAACAlgAA1OsAAOL2AgDSQgIAfBcCAMqQAAA0HAEAqDkIAIYYAACSSQAAfCkLAJznDADU6wAA4vYCAChNBwAe+AkAkkkAAHhAAgBOJwAAOiECAOw8DgAe+AkAIJEAAJDNAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAA6s8CANzGAQAUjwIAfCkLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQC8RQkAfk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMDtBgC+wQYAFMIGABqmDACCmQEAKE0HAJrgCQAqlgAAgJYAANTrAADi9gIAkkkAAGaJAAC8iQAAbGUCAChNBwAkwgIA3CwKADItCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAA4vYCAARkBgBaZAYABGAEAJKhAQD8RA4ANBwBAKg5CACGGAAAkkkAAHwpCwD0NAgAjLoPAICWAADU6wAA4vYCAHIOAAAARQ0AVgAAAFYAAADCdQoA0kICAJJJAAB8KQsA9DQIALxFCQB+TQcA1E0HALqYCAAQmQgAZpkIALyZCAASmggAaJoIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQD8RA4AfBcCAB4lCwB4zQgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAwJEDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAZv0PAICWAABOJwAAThYNANJCAgA0HAEAAuIFAJxSAgB8KQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJrgCQBkswAAvsEGABTCBgBqwgYAwMIGABbDBgBswwYANBwBAIocAQB+1gsANK0JAHbWDQCIVgkAZLMAAOrPAgCcUgIABGQGAChNBwCa4AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAHjNCADKkAAAKpYAACqWAACAlgAA1OsAAOL2AgBYXQMAZLMAAGaLAQC8iwEAEowBACqWAACGGAAAZLMAAGaLAQC8iwEAEowBACqWAACAlgAA1OsAAOL2AgD0NAgAjLoPAMDtBgAW7gYAvIsBABKMAQAqlgAAgJYAANTrAADi9gIA9DQIAIy6DwBOJwAAiFYJAIDdDgAqlgAA9DQIAGaJAAB4zQgAzs0IACTOCAC2dw4A8sAOAPxtDQAAGg0Alq0GADQcAQCoOQgA/jkIADohAgBm/Q8AgJYAAGQLAgC6CwIANpEQACCRAABq+QwAkkkAAARkBgAoTQcAmuAJAHwpCwDSKQsAKCoLAJJJAABkCwIAtncOAPLADgD8bQ0AIs8JAHjPCQDW9gUAmgcIAGQLAgD8FQwAkEoBAOZKAQDe4Q4ANOIOAIriDgDg4g4ANuMOAAAaDQD2xA8ATMUPAIKZAQDYmQEALpoBAGQLAgD8FQwAkEoBAOZKAQDe4Q4ANOIOAIriDgDg4g4ANuMOAMqQAAAgkQAAkM0CAObNAgA8zgIAks4CAOjOAgA+zwIAlM8CAJC4DQDmuA0APLkNAJK5DQDouQ0AProNAChNBwBkCwIAugsCAKQnAABa2QAAZAsCAAAaDQBWGg0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAcg4AAGQLAgC2dw4A8sAOAPxtDQC6CwIANpEQACCRAABq+QwAkkkAAARkBgAoTQcAmuAJAPzHDwCGGAAA3BgAAN5GAQCUIwIAIs8JAHjPCQCgBgYAjLoPAMDtBgC6swAAooACAI52AgA6TAIAap0JAHzBAQC2dw4AnNkFAMCRAwBIEw0AnhMNAPQTDQBKFA0AKpYAAICWAADU6wAA4vYCAIYYAACSSQAAZokAAJxSAgAEZAYAKE0HAJrgCQAqlgAAgJYAANTrAADi9gIACHALAIhWCQCA3Q4AxmcCAGQLAgAq+gcAOvgCADQcAQA6IQIA7DwOAMyTAQA6ogIAZokAAJxSAgAEZAYAKE0HAJrgCQBkCwIAGnkLANbfDwAs4A8AguAPALoLAgAQDAIAZgwCALwMAgAAAAAAZAsCAPxADABSQQwAJrIPAHyyDwDSsg8AKLMPAK7aAQCcUgIABGQGADohAgCSoQEA/EQOALZ3DgDgSQIANkoCAIxKAgCc2QUA6s8CAC7yAgCE8gIA2vICADDzAgCG8wIA8v4CAEj/AgCe/wIA9P8CAEoAAwCgAAMA9gADAEwBAwCiAQMA+AEDAAAAAADKkAAAIJEAAJDNAgDmzQIAPM4CAJLOAgDozgIAPs8CAJzZBQDqzwIALvICAITyAgDa8gIAMPMCAIbzAgDKkAAAcg4AALZ3DgDywA4AHOkCAHLpAgA0HAEAAuIFAPzHDwAefQwAdH0MAMp9DAAgfgwA6iMCAHB5CwDGeQsAHvgJAHwXAgA0HAEAaLcBAE4EBAAqwwEAgpkBACKUAQB8FwIAZAsCACLPCQB4zwkAkkkAAMqQAADSQgIAjAoNAIy6DwDA7QYAurMAAKKAAgCOdgIAOkwCAKAGBgBkCwIAABoNAPzHDwD0NAgAZAsCAB59DAB0fQwAyn0MACB+DADKkAAAcg4AAOgeAAD8QAwAUkEMAHiUAQDOlAEAJJUBAHqVAQDQlQEAXrIBALDMDwB+TQcA1E0HALqYCAAQmQgAZpkIALyZCAASmggArl8EAARgBABaYAQAsGAEAAZhBABcYQQA9DQIAGQLAgAAGg0A/McPAPQ0CABkCwIAHn0MAHR9DADKfQwAIH4MAMqQAAByDgAA6B4AACr6BwA6+AIAkPgCAOb4AgA8+QIAkvkCAJ7qDQD06g0ASusNAKDrDQD26w0A/McPAFhdAwBkswAAcBMDAHb7CgDoNgwAPjcMAJQ3DADqNwwAQDgMAJY4DACsdA8A1t8PACzgDwCC4A8AZAsCALDMDwAe+AkAkkkAAGQLAgCwzA8ATicAAGQLAgA6IQIA7DwOAB74CQAgkQAAkM0CACLPCQAoQwIANHQCAIp0AgCaBwgA9DQIAGQLAgBa2QAAzJMBAH5LBgDoSQAAZAsCALDMDwAkwgIA3CwKADItCgBOJwAAkqEBAOihAQAq+gcAskgNAAhJDQBeSQ0AWo0FAB4pDQB0KQ0ARLUJAGQLAgBa2QAAzJMBAH5LBgDoSQAAZAsCALDMDwAkwgIA3CwKADItCgBOJwAAkqEBAOihAQA0HAEAYN4BALbeAQAM3wEAYt8BALjfAQAO4AEAwJEDAGQLAgBa2QAAzJMBAH5LBgDoSQAAZAsCALDMDwAkwgIA3CwKADItCgBOJwAAkqEBAOihAQCMCg0A4goNACTCAgDMkwEA9DQIAIy6DwBa2QAAzJMBAH5LBgDoSQAAZAsCALDMDwAkwgIA3CwKADItCgBOJwAAkqEBAOihAQDMkwEAOqICAGQLAgD8FQwAwnUKAMyTAQAilAEAiHUDAN51AwCc5wwAZAsCAIwKDQCMug8AgJYAADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgAAGg0A9sQPAEzFDwCCmQEA2JkBAC6aAQA0HAEAqDkIAIYYAACSSQAAZAsCALZ3DgDywA4A/G0NABp5CwBweQsAkkkAAFqNBQDAkQMAZAsCAPxADABSQQwAqEEMAB59DABYXQMArl0DAAReAwA0HAEAAuIFAJKhAQAOZQQAZLMAACqWAAA6IQIA7DwOAB74CQAgkQAAkM0CAHIOAABkCwIAsMwPAB74CQCSSQAAZAsCALDMDwBOJwAAZAsCACLPCQAoQwIANHQCAIp0AgCSSQAAfCkLAHwXAgDw4goAgJYAAGQLAgCMCg0A4goNACTCAgDMkwEA9DQIAIy6DwA6IQIAwJEDAGQLAgAgagIAdmoCAMxqAgBsZQIAwmUCAPQ0CABkCwIAABoNAJxSAgAgEgEAdhIBAOrPAgBA0AIAltACAOq6DQBAuw0AlrsNAOy7DQBCvA0AmLwNAO68DQBEvQ0Amr0NAPC9DQBGvg0AnL4NAPK+DQBIvw0Anr8NAPS/DQBKwA0AoMANAPbADQBMwQ0AosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAP7EDQBUxQ0AqsUNAADGDQBWxg0ArMYNAALHDQDMkwEAIpQBAMZnAgAcaAIAcmgCAHA+AwDGPgMAHD8DAHI/AwDIPwMAHkADAHRAAwDKQAMAIEEDAHZBAwDMQQMAIkIDAHhCAwAAAAAAKE0HAB74CQBkCwIAlg8NAOwPDQAkwgIA3CwKAAAaDQD8xw8AUsgPAKjIDwD+yA8AVMkPAKrJDwD8QAwAUkEMAKhBDADAkQMAFpIDAGySAwDSQgIAZAsCACr6BwCA+gcA1voHACz7BwCC+wcAOvgCAJD4AgDm+AIAPPkCAJzZBQDy2QUA8moOAMqQAAA0HAEAhhgAAGQLAgCAlgAAOkwCAPxADADYhAwALoUMAB59DAB0fQwAMhkAAIgZAABSFgwAjnYCAChDAgDs2AYAqDkIAJJJAAB8KQsAnOcMAGQLAgA6IQIAkCECAOYhAgA8IgIA/BUMAJBKAQA6TAIAVgAAAKwAAACOdgIAOkwCAKAGBgBkCwIAKvoHAIiNDwDejQ8AnFICAHwpCwDSKQsAqDkIAIYYAACSSQAAZAsCAIwKDQBKNQgAejIQANAyEAA6IQIAZokAANzGAQDoHgAAKvoHADr4AgAc0gwActIMAMjSDAAe0wwAZAsCAPxADADYhAwALoUMACr6BwCIjQ8A3o0PAI52AgCSSQAABGQGACKUAQB8FwIAZAsCAMqQAABCJQIAypAAAJJJAACSSQAABGQGACKUAQB8FwIAZAsCAIwKDQAE8w0AWtkAAPxADABSQQwAqEEMACLPCQB4zwkAYosCABbuBgAkwgIA3CwKADItCgDAkQMAZAsCADQcAQCKHAEAftYLAGaJAACaBwgANK0JACKUAQB8FwIAZAsCACLPCQB4zwkAoAYGAPYGBgBMBwYAnlsGAPxADADYhAwALoUMAJKhAQDooQEAxL4DABq/AwBwvwMAxr8DABzAAwBywAMAtncOAFx5EAA+SgAAoKwDAPasAwBMrQMAoq0DANzGAQDoHgAAUG8OAGQLAgD8QAwAUkEMAKhBDAA0HAEAqDkIAP45CACKHAEA0kICAPxADADYhAwALoUMAPxADABSQQwAqEEMAGxODADCTgwAGE8MAPwVDACQSgEA5koBAEY9DQCcPQ0A8j0NAEg+DQBkCwIAsMwPAE4nAABkCwIAKvoHAIiNDwDejQ8AjnYCAJJJAAAEZAYAIpQBAHwXAgBkCwIAypAAAPDgCQBG4QkAnOEJAPLhCQBI4gkAnuIJAPTiCQBK4wkAtncOAPLADgD8bQ0AKvoHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAAAaDQCcUgIAHvgJAHT4CQDK+AkAIPkJAHb5CQDM+QkAIvoJAHj6CQBCZg0AWo0FAB4pDQA0dAIAcg4AACRuAwBmiQAAnFICAHwpCwCWDw0AYEoNAHIOAAAUjwIAZAsCAB59DABCUAIAmFACAO5QAgCSoQEA6KEBAPCOCwBGjwsAnI8LAFToCQBgSg0Acg4AABSPAgBoCQAAvgkAALZ3DgDywA4A/G0NAAAaDQCaBwgA9DQIANJCAgA6TAIAcg4AACrDAQBwEwMAsMwPAJrgCQBkCwIAKvoHAMgOAAC4bgkADm8JAGRvCQC6bwkAZAsCAFYAAACSSQAABGQGACKUAQB8FwIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBCtgoAmLYKALDMDwCa4AkAZAsCAMqQAAAgkQAAKsUCAPT9AQBkCwIAjAoNAATzDQA0HAEAAuIFAMyTAQAilAEAZAsCACr6BwDIDgAAuG4JAA5vCQBkbwkAum8JAGQLAgDO+gkAJPsJAHr7CQDQ+wkAJvwJAHz8CQDS/AkAKP0JAH79CQDU/QkAKvoHAOgeAAA+HwAAlB8AAOofAABAIAAAcBMDAHIOAABkCwIAtncOAFx5EAA+SgAAlEoAAOpKAABASwAAlksAAOxLAABCTAAAmEwAAO5MAADoNgwAPjcMAGomDgDAJg4AFicOAGwnDgDCJw4AsMwPAJrgCQBkCwIAlg8NAGBKDQByDgAAkqEBAOihAQDwjgsARo8LAJyPCwCW0AIAAAAAAJKhAQByDgAAFI8CAGqPAgCcUgIAfCkLAHzBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAACuBwMABAgDALoNAwDy2QUAvHYMABJ3DABodwwAvncMABR4DABqeAwAwHgMABZ5DACY/gMA7v4DAET/AwCa/wMA8P8DAEYABACcAAQA8gAEAEgBBACeAQQA9AEEAEoCBACgAgQA9gIEAEwDBABI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFzgAwCy4AMACOEDAF7hAwC04QMACuIDAGDiAwC24gMADOMDAGLjAwC44wMADuQDAGTkAwC65AMAEOUDAGblAwC85QMAfBcCAHATAwBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAOiECAGaJAAByDgAADg8EAGQPBAD8RA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKIXDgD4Fw4AThgOAKQYDgD6GA4AUBkOAKYZDgD8GQ4AUhoOAKgaDgCk2QMA+tkDALoLAgAQDAIAZgwCALwMAgBkpA4AZOYEALrmBAAQ5wQAZucEALznBAAS6AQAaOgEAL7oBAAaeQsAfrEOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAVOgJAMyTAQA6ogIA/EQOAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDABzxBgBy8QYAyPEGAB7yBgB08gYAyvIGADr4AgCQ+AIAZLMAAFYAAABEKgQAajkCAFhMEACuTBAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgAQUxAA6s8CAC7yAgCE8gIA2vICADDzAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAhhgAANwYAABa2QAAKpYAAICWAADU6wAA4vYCAGZTEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAPQ0CAC8RQkAKpYAAHIOAADK1w4A3BgAAN5GAQB8KQsAqlcBAExADQBOBAQAFI8CAHwpCwCc5wwA1OsAAOL2AgAyWAoAnNkFAOrPAgBA0AIAltACAOzQAgC6CwIAEAwCAGYMAgC8DAIANBwBAFYAAADCdQoA0kICAJJJAAB8KQsAnOcMANTrAADi9gIAkqEBAA5lBABkZQQAVgAAANI+AABqOQIAOGcQAMyTAQA6IQIAot4GAChDAgCOdgIAwJEDAGQLAgAefQwAdH0MAMp9DAAgfgwAkqEBAOihAQDEvgMAGr8DAIy6DwD0NAgAcBMDAATxDAB+TQcA1E0HACpOBwBkCwIAKvoHAEIlAgBmiQAAjnYCADpMAgCgBgYAZAsCALDMDwA6IQIAntIBAG4YBgDA7QYAkkkAAGQLAgC6CwIAiFYJAN5WCQDWGwMALBwDAFjsCgCIGQAA0j4AAGQLAgBa2QAAsNkAAChDAgCEDBAA2gwQAIwtCQDiLQkAZAsCAAAaDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAPxADACuXwQABGAEAJKhAQD8RA4ANBwBAKg5CACGGAAAkkkAAGaJAACcUgIABGQGAChNBwCa4AkAcBMDAJKhAQAOZQQAZGUEAFYAAADSPgAAZAsCAJKhAQAOZQQAZGUEALplBAAQZgQAZmYEALxmBAASZwQAaGcEAL5nBAAUaAQAamgEAHZ+DADMfgwAIn8MAHh/DABkCwIAkqEBAA5lBABkZQQAumUEABBmBABmZgQAvGYEABJnBABoZwQAvmcEABRoBABqaAQAdn4MAMx+DAAifwwAeH8MAJBKAQDmSgEA3uEOADTiDgCK4g4AkqEBAMCRAwBkswAAZosBALy4AgBOJwAAiFYJAHwXAgDKkAAA0kICADpMAgCgBgYAcBMDABA7BABGEg0AnBINAPISDQCAyQQA1skEACzKBACCygQA2MoEAC7LBACEywQA2ssEAPwVDAD4LgQAOvgCAGSzAABmiwEAfk0HAAIdDgDMFgMAIhcDAHgXAwDOFwMAJBgDAHoYAwDy/gIASP8CAJ7/AgD0/wIASgADAAAaDQCWrQYA/BUMAMJ1CgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EANIjCACMCg0A0kICAIq5DwAkwgIA3CwKADItCgCoLQIA/i0CALZ3DgBajQUAsI0FACqWAAD0NAgAkkkAAARkBgBaZAYAsGQGAAZlBgBcZQYAsmUGAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQApNkDADhbCgCOWwoA5FsKAAZlBgBcZQYAsmUGAJJdCgAurAoAhKwKABINAgDMkwEA0kICADpMAgAgEgEALuEPAGQLAgCc2QUA0kICADpMAgDW9gUAnFICAHwpCwAAGg0Alq0GAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAlg8NAGBKDQByDgAAFI8CAJKhAQDooQEA8I4LAEaPCwCcjwsAVOgJAGBKDQByDgAAFI8CAGQLAgAAGg0A/McPAPQ0CABkCwIA/BUMAMJ1CgDSQgIAkkkAAAAAAAAAAAAAAAAAAGo5AgAAAAAAajkCAAAAAABqOQIAAAAAAGQLAgAAGg0A/McPAPQ0CABkCwIA/BUMAMJ1CgDSQgIAkkkAAAZ5EAAAAAAAZAsCAAAaDQD8xw8A9DQIAGQLAgD8FQwAwnUKANJCAgCSSQAAkqEBAOihAQDEvgMAGr8DAHC/AwDGvwMAHMADAHLAAwC2dw4AXHkQAD5KAAAgEgEAVgAAAMJ1CgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EACASAQDieQQAABoNANLbDgBEtQkAmrUJAPC1CQBGtgkAIs8JAHjPCQBiiwIAFu4GANJCAgD0NAgAZAsCAAAaDQCaBwgA8AcIAEYICACcCAgAfCkLAJznDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIAABoNAJatBgB8FwIA8OIKADQcAQBkCwIA/EAMAH5LBgDUSwYAjAoNAIy6DwDiug8AjC0JAAzQDwBi0A8Acg4AAGQLAgCwzA8AmuAJAAAAAAAAAAAAcBMDADojAwBy+QoAyPkKAB76CgB0+goAGnkLANbfDwAs4A8AguAPALZ3DgDywA4A/G0NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAAZvCwBcbwsAsm8LAFToCQBgSg0Acg4AABSPAgAMeA4AnOcMAPLnDABI6AwAnugMAPToDABK6QwAoOkMAPbpDABM6gwAjAoNAEjFEAAqlgAAtncOAPLADgD8bQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMAOFsKAI5bCgDkWwoABmUGAFxlBgCKuQ8AfksGAHwpCwCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUAVi8CAKwvAgAEZAYAWmQGALBkBgAGZQYAXGUGALJlBgDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAKLcBQD43AUATt0FAKTdBQAq+gcA6B4AAD4fAACUHwAA6h8AAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQApNkDADhbCgCOWwoA5FsKADpcCgCQXAoA5lwKADxdCgDWGwMALBwDAFjsCgColwwAap0JAB74CQCSSQAAfCkLALZ3DgDywA4A/G0NAJYPDQBgSg0Acg4AACqWAACSSQAAWtkAAChNBwDSQgIAbGUCAGQLAgD8QAwA2IQMAC6FDADKkAAAIJEAANJCAgA6TAIA1vYFACz3BQCC9wUAZokAADohAgCSoQEAAAAAAGQLAgBsZQIA5OAMACKUAQDGZwIAcBMDAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBACoLQIA/i0CAJzZBQDqzwIA+p0QAFCeEACmnhAASOoNALQ1AwDIDgAANBwBAKg5CADy2QUASNoFAJ7aBQD02gUAStsFAKDbBQAGbwsAXG8LALJvCwBU6AkAwJEDAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAAAAAAAAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAHPEGAHLxBgDI8QYAHvIGAHTyBgDK8gYANBwBAHZwBQDMcAUAInEFAHhxBQD0NAgAOiECAGQLAgA0HAEAihwBAH7WCwDU1gsAKtcLADQcAQB2cAUAzHAFACJxBQB4cQUAZLMAALqzAAAQtAAAZrQAALy0AAAC4gUAjnYCAIq5DwBmiQAAmgcIADQcAQB2cAUAzHAFACJxBQB4cQUA0iMIAIwKDQDSQgIAirkPACTCAgDcLAoAMi0KAKgtAgD+LQIAtncOAFqNBQCwjQUAKpYAAPQ0CAA0HAEAYN4BACCRAAAqxQIAgMUCAOrPAgCcUgIABGQGAChNBwCa4AkAcg4AAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAohcOAPgXDgA8kg8ADjwFAGQ8BQC6PAUAED0FAGY9BQC8PQUAEj4FAGg+BQC+PgUAFD8FAGo/BQBkCwIAkqEBAA5lBAAilAEAbGUCAGQLAgC6CwIAEAwCAGYMAgBc8gwAsvIMAAAaDQCaBwgA9DQIANJCAgA6TAIAcg4AACrDAQDeYA4ARPkAAFJeBQBgSg0Acg4AABSPAgCK2AkA4NgJADbZCQCM2QkA4tkJADjaCQCO2gkA5NoJADrbCQCQ2wkAABoNAPzHDwDAkQMAZAsCALDMDwBOJwAAZAsCALZ3DgBceRAAPkoAAJRKAABWAAAAjC0JAMDtBgDMkwEAeIENAIhWCQAqlgAA9DQIAGQLAgA0HAEAdnAFAMxwBQAicQUAeHEFANIjCACWDw0AYEoNAHIOAAAUjwIAlg8NAGBKDQByDgAAFI8CAGQLAgBU6AkAwJEDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXOIEALLiBABOugkApLoJAPq6CQBQuwkAprsJAPy7CQBSvAkAqLwJAP68CQBUvQkAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkApNkDADhbCgCOWwoA5FsKADpcCgCQXAoA5lwKADxdCgCwzA8Afk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCABkCwIAtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQDAkQMAcg4AAA4PBABkDwQADmUEAFYvAgByDgAADg8EAGQPBABWLwIAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCiFw4A+BcOAE4YDgCkGA4A+hgOAFAZDgCmGQ4A/BkOAFIaDgCoGg4A/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4ApNkDADhbCgCOWwoA5FsKADpcCgCQXAoA5lwKADxdCgCwzA8Afk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCABkCwIAtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQCk2QMAOFsKAI5bCgDkWwoAOlwKAJBcCgDmXAoAPF0KALDMDwB+TQcA1E0HALqYCAAQmQgAZpkIALyZCAASmggAaJoIAGQLAgC2dw4ABGQGAFpkBgCwZAYA9DQIAGQLAgCwzA8AHvgJANJCAgCKuQ8AOqICAOihAQA+ogEAwJEDAFYvAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAUlwEAEZBDwC4fBAAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FAIpPBQDgTwUANlAFAIxQBQDiUAUAOFEFAI5RBQDkUQUAOlIFADQcAQB2cAUAzHAFACJxBQB4cQUAAAAAACASAQDieQQAABoNANLbDgBEtQkAmrUJAPC1CQBGtgkAIs8JAHjPCQBiiwIAFu4GANJCAgD0NAgAZAsCAAAaDQCaBwgA8AcIAEYICACcCAgAfCkLAJznDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIAABoNAJatBgB8FwIA8OIKADQcAQBkCwIA/EAMAH5LBgDUSwYAjAoNAIy6DwDiug8AjC0JAAzQDwBi0A8Acg4AAGQLAgCwzA8AmuAJAAAAAAAu4Q8AWo0FALCNBQAGjgUAXI4FALKOBQAIjwUAIBIBAOJ5BAAAGg0A0tsOAES1CQCatQkA8LUJAEa2CQAizwkAeM8JAGKLAgAW7gYA0kICAPQ0CABkCwIAABoNAJoHCADwBwgARggIAJwICAB8KQsAnOcMAGo5AgBkCwIANBwBAGi3AQBOBAQAKsMBAIKZAQAilAEAfBcCAGQLAgAAGg0Alq0GAHwXAgDw4goANBwBAGQLAgD8QAwAfksGANRLBgCMCg0AjLoPAOK6DwCMLQkADNAPAGLQDwByDgAAZAsCALDMDwCa4AkAAAAAAB59DAB0fQwAcBMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAqC0CAP4tAgAq+gcAgPoHANb6BwC6DwQAEBAEAGYQBAC8EAQAEhEEAEjqDQAAAAAAAAAAAHIOAAAAAAAAAAAAAFziBAAKEwcAYBMHAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwA4WwoAjlsKAORbCgAGZQYAXGUGALJlBgBwEwMAsjYEAAg3BABeNwQAtDcEAAo4BABgOAQAtjgEAAw5BAAIlwkAXpcJALSXCQAKmAkAYJgJACr6BwDIDgAAuG4JAA5vCQBkbwkAum8JAGQLAgAAGg0ATicAAJJJAAB8KQsAnOcMACKUAQB8FwIAZAsCALZ3DgDywA4AZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwDu1wUARNgFAJrYBQDw2AUARtkFAMqQAAAgkQAAKsUCAPT9AQBkCwIAKvoHAMgOAAC4bgkADm8JAGRvCQC6bwkAcBMDAGaJAAD0/QEA0kICADpMAgCSSQAAWo0FALCNBQAqlgAAcg4AAFYAAACMLQkA4i0JANTrAAA6TAIAAAAAAMqQAAAqlgAAcg4AABSPAgB8KQsAnOcMANTrAADi9gIAdvsKAMz7CgAi/AoALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQDe+gUANPsFAIr7BQDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYAZokAALyJAACShAgA6IQIAPQ0CABkCwIAtncOAFx5EAA+SgAANBwBAALiBQBY4gUAZAsCACLPCQB4zwkAkkkAAFqNBQCwjQUAKpYAAHIOAABkCwIA/BUMAHQCDwDiLQkAZAsCACLPCQB4zwkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAkqEBAA5lBACuXwQAaLcBAH5LBgDUSwYAWtkAAFToCQDMkwEAZLMAAJKECABkCwIA/EAMANiEDAD0NAgANK0JAE4EBABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAK4hEACc5wwA1OsAAOL2AgBiMQAAurMAABC0AABmtAAAvLQAABK1AABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAK4hEACc5wwA1OsAAOL2AgAizwkAeM8JAKAGBgD2BgYATAcGAJ5bBgCwzA8AmuAJACqWAAD0NAgANK0JAE4EBABiMQAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAHHAGAHJwBgDIcAYAHnEGAHRxBgDKcQYAIHIGAHZyBgCyNgQACDcEAF43BAC0NwQACjgEAGA4BAC2OAQADDkEAGI5BAC4OQQADjoEAGQ6BAC6OgQAntIBAPTSAQBK0wEAoNMBAPbTAQAEFgoAWhYKALAWCgAGFwoAXBcKALIXCgAIGAoAXhgKALQYCgAKGQoAYBkKALYZCgAMGgoAYhoKALgaCgAOGwoAZBsKALobCgAQHAoAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAHHAGAHJwBgDIcAYAHnEGAHRxBgDKcQYAIHIGAHZyBgDGEwMAHBQDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA0TwUAik8FAOBPBQA2UAUAjFAFAOJQBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKIXDgD4Fw4AThgOAKQYDgD6GA4AUBkOAKYZDgD8GQ4AUhoOAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgD8FQwA1gALACwBCwCCAQsA2AELAC4CCwCEAgsA2gILADADCwCGAwsA3AMLADIECwCIBAsA3gQLADQFCwCKBQsA4AULADYGCwCMBgsA4gYLADgHCwCOBwsA5AcLANYbAwAsHAMAWOwKAKiXDABqnQkAHvgJAJJJAAB8KQsAtncOAPLADgD8bQ0Alg8NAGBKDQByDgAAkkkAAGQLAgBa2QAA/CwCAPhvDwBOcA8AHn0MAHR9DADKfQwAIH4MAPwVDADCdQoAcg4AACrDAQCCmQEAOiECAJKhAQD8RA4AtncOAPLADgD8bQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAZvCwBcbwsAsm8LALZ3DgBceRAAPkoAACLPCQB4zwkAoAYGAPYGBgBMBwYAnlsGACr6BwDoHgAAPh8AAJQfAADqHwAAQCAAAET5AABcHQ0ApAQEAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwDihQoAUkEMAKhBDAA6IQIAot4GAPjeBgBO3wYApN8GAIYYAABkCwIAKvoHAIiNDwDejQ8AnFICAMyTAQCuXwQAqDkIAChNBwAe+AkAkkkAAHwpCwCc5wwA1OsAAOL2AgBg+g8ABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAkl0KAOhdCgA+XgoAlF4KAOpeCgBAXwoAll8KAOxfCgBCYAoAmGAKAO5gCgBEYQoAmmEKAPBhCgAq+gcA6B4AAD4fAACUHwAA6h8AACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA1hsDACwcAwBY7AoAruwKAATtCgBa7QoAsO0KAAbuCgC6CwIAiFYJAN5WCQA0VwkAsMwPANJCAgBkCwIAjAoNAOIKDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgDAkQMAZAsCAHzBAQDKkAAAIJEAACrFAgD0/QEAohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOAPwZDgBSGg4AqBoOAP4aDgBUGw4AqhsOAAAcDgBWHA4ArBwOAKTlCQAm0QkAgtQJANjUCQAu1QkAhNUJAKTZAwA4WwoAjlsKAORbCgA6XAoAkFwKAOZcCgA8XQoAsMwPAH5NBwDUTQcAupgIABCZCABmmQgAvJkIABKaCABomggAZAsCALZ3DgAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkACGYGAF5mBgC0ZgYACmcGAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAAggDgCk2QMAOFsKAI5bCgDkWwoABmUGAFxlBgAapgwA6B4AALpABwD8RA4AwO0GAJJJAAAEZAYAKE0HAJrgCQCSSQAABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYACGYGAF5mBgC0ZgYACmcGACqWAACAlgAA1OsAAOL2AgAoGAIABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYACGYGADpiDQCQYg0A5mINADxjDQCSYw0A6GMNAD5kDQDIDgAAuG4JAA5vCQBkbwkAum8JAHhAAgB+TQcA1E0HACpOBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwBkRgoAgJYAANTrAADi9gIAhhgAANwYAAAa9AgAcPQIAMb0CAAc9QgAcvUIAMj1CAAoQwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgC2dw4ABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAkl0KAGpPDQBwxwcAxscHABzIBwByyAcAyMgHAB7JBwB0yQcAyskHAAAaDQBOJwAAkkkAAHwpCwCc5wwAKvoHAOgeAAC6QAcA/EQOAMDtBgCSSQAABGQGAChNBwCa4AkAZAsCABp5CwDW3w8ALOAPAILgDwC0NQMAXu8KALTvCgAK8AoAYPAKALbwCgAM8QoAULUGAKa1BgD8tQYAUrYGAKi2BgD+tgYAVLcGAKq3BgAAuAYAVrgGADDQBgCG0AYA3NAGADLRBgCI0QYA3tEGAMqQAADSQgIA0kICADpMAgCGGAAAkkkAAGQLAgC2dw4A8sAOAH5NBwDCdQoAkqEBAOihAQA+ogEAwJEDAHATAwAAAAAAZAsCALZ3DgDgSQIANkoCAIxKAgBI6g0AKvoHALJIDQDMkwEAfksGAGaJAAA6IQIAkqEBAPxEDgAq+gcA6B4AAD4fAACUHwAA6h8AAEAgAAC4kwYAZAsCALoLAgBOFg0ApBYNAPoWDQC2dw4ABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAcBMDANYbAwAsHAMAWOwKAAAaDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA/EQOACr6BwDoHgAAPh8AAJQfAADqHwAAQCAAADQcAQAAAAAAVgAAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAccAYAQBEOAJYRDgDsEQ4A0kICAGqdCQDUBw8AwmUCAICWAADoNgwAPjcMANJCAgA6TAIA1vYFACz3BQCC9wUAZokAADohAgCSoQEA/EQOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAIJEAAIYYAADAkQMAcBMDAJJJAABkswAAVgAAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBOJwAAjsoBAOTKAQA6ywEAZLMAAGaLAQC8uAIA9NYDANJCAgA6TAIAkEwCADaREAByDgAA6B4AAKDjCQD24wkATOQJAKLkCQD45AkATuUJAHJwBgDIcAYAHnEGAHRxBgDKcQYAIHIGAHZyBgC0NQMAyA4AALhuCQAObwkAZG8JALpvCQBkCwIAGnkLANbfDwAs4A8AguAPAAIdDgBYHQ4A7kMRAEREEQCaRBEA8EQRAEZFEQCcRREA8kURAEhGEQCeRhEA9EYRAET/AwCa/wMA8P8DAEYABACcAAQA8gAEAEgBBACeAQQAlg8NAGBKDQByDgAAOiECAKLeBgD43gYATt8GAKTfBgD63wYAGqYMAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZokAAE4nAABsZQIA8AUHAJ7SAQByDgAAYjEAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBAEQ4AlhEOAOwRDgBkCwIANBwBAALiBQDAkQMAZAsCAB59DAB0fQwAyn0MACB+DAA6IQIAZv0PAAAaDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAnNkFAPLZBQC8dgwAEncMAGh3DAC+dwwAFHgMAGp4DADAeAwAFnkMAGx5DADCeQwAGnkLAHIOAAAUjwIAao8CADohAgCSoQEADmUEAE4EBABCJQIAPOIMAIhYCgDywA4A/G0NAPxADABWAAAAvIkAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBAEQ4AlhEOAOwRDgDGEwMAHBQDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA6IQIA7DwOAChNBwCSSQAAcg4AABSPAgBajQUAHikNAIQMEABkCwIAugsCANJCAgBqnQkANBwBAGQLAgB8wQEARPkAAHATAwB2FgMAurMAABC0AABmtAAAvLQAABK1AABotQAAlg8NAOwPDQBCEA0AmBANACLPCQDoNgwAPjcMAGQLAgCwzA8AHvgJAJJJAABkCwIAsMwPAE4nAABkCwIAABoNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AOiECAKLeBgD43gYATt8GAKTfBgD63wYAGqYMAGQLAgC2dw4A8sAOAPxtDQC2dw4AZokAAHjNCABsZQIAZAsCALZ3DgD8xw8AwJEDAGQLAgCwzA8ATicAAGQLAgC2dw4AXHkQAD5KAACUSgAA6koAACqWAAD0NAgAZAsCADohAgCi3gYA+N4GAE7fBgCk3wYA+t8GAJKhAQBmiQAA3MYBABSPAgAEZAYAZLMAAHIOAADoHgAAZokAAI52AgBkswAAkoQIAGo5AgBYTBAArkwQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAEFMQAGZTEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBAEQ4AlhEOAOwRDgAAAAAAVgAAAIwtCQAM0A8Acg4AAOgeAABmiQAAjnYCAGSzAACShAgAVgAAAAYyAgBqOQIAWEwQAK5MEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCABBTEABmUxAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAccAYAQBEOAJYRDgDsEQ4AkqEBAA5lBAAkwgIAzJMBACKUAQB8FwIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAEK2CgDoHgAAPh8AANTrAADi9gIAcBMDAJJJAABajQUAHikNADR0AgByDgAAVgAAAMJ1CgDSQgIAkkkAAHATAwCSSQAAWo0FAB4pDQA0dAIAcg4AAFYAAADCdQoA0kICAJJJAABwEwMAZEYKAICWAADU6wAA4vYCALI2BAAINwQAXjcEALQ3BAAKOAQAYDgEALY4BAAgpQoAEB4LAGYeCwC8HgsAEh8LAGgfCwC+HwsAFCALAGogCwDAIAsAFiELAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwDGIwsAHCQLAHIkCwDIJAsAAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ACCAOAF4gDgC0IA4ACiEOAGAhDgC2IQ4ADCIOAO5DEQBERBEAmkQRAIYYAAAgEgEALuEPAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUABm8LAFxvCwCybwsAKvoHAOgeAAA+HwAAlB8AAOofAAAMOQQAYjkEALg5BAAOOgQAZDoEALo6BAAU6QQAaukEAMDpBABWLwIArC8CAFqNBQAeKQ0ANHQCAHIOAABWAAAAwnUKANJCAgCSSQAAajkCABBTEABmUxAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAccAYAQBEOAJYRDgDsEQ4AQhIOAJgSDgDuEg4ARBMOAJoTDgDwEw4ARhQOAJwUDgDyFA4ASBUOABp5CwDW3w8ALOAPAILgDwDk9wIA6s8CAPqdEABQnhAApp4QAPyeEABSnxAAqJ8QAP6fEABUoBAAOKUEAI6lBADkpQQAOqYEAJCmBADmpgQAPKcEAJKnBADopwQAPqgEAJSoBADqqAQAQKkEAJapBADsqQQAQqoEAJiqBADuqgQARKsEAJqrBADwqwQARqwEAJysBADyrAQASK0EAJ6tBADoXQoA6s8CAPqdEABQnhAApp4QAPyeEABSnxAAqJ8QAP6fEABUoBAAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAJJJAAAEZAYAWmQGALBkBgAGZQYAXGUGALJlBgAIZgYAXmYGALRmBgAKZwYA1hsDACqWAABa2QAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBAEQ4AlhEOAOwRDgCa4AkA3BgAAJAzCwDmMwsAZokAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDWGwMALBwDAFjsCgAAGg0AavsNAA5lBAAkwgIA3CwKAB59DAB0fQwAkDMLAOYzCwByDgAAZAsCALoLAgBOFg0ApBYNAPoWDQBQFw0A/EAMAFJBDACoQQwAwJEDABaSAwBskgMA0kICAGQLAgCc2QUAurMAAMqQAAByDgAAFI8CAHwpCwBkCwIAHn0MAHR9DACQMwsA5jMLAAAaDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZLMAAGSzAAC+wQYAFMIGAGrCBgDAwgYAoAYGAGQLAgBa2QAAVOgJAMyTAQA6ogIA/EQOABp5CwByDgAAFI8CAGqPAgA6IQIAkqEBAA5lBABOBAQAQiUCAMyTAQAilAEAfBcCAGQLAgAAGg0Alq0GAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAptoDAID6BwDW+gcALPsHAIL7BwDY+wcALvwHAIT8BwDa/AcAtncOAGSzAABWAAAAAAAAAMyTAQBWAAAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAtncOAFx5EAA+SgAAlg8NAGBKDQByDgAAFI8CALZ3DgAEZAYAWmQGALBkBgAGZQYAXGUGALJlBgCSXQoALqwKAISsCgASDQIAzJMBANJCAgA6TAIAsMwPAH5NBwDUTQcAKk4HAGQLAgC2dw4AZLMAAFYAAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwBa2QAAzJMBAH5LBgDoSQAAZAsCAJYPDQBgSg0Acg4AABSPAgBkCwIAkkkAAGSzAABWAAAAZAsCAPwVDACQSgEA5koBACTCAgDMkwEA9DQIAIy6DwCAlgAAcBMDABA7BABGEg0AnBINAPISDQDk9wIAkPwEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHIOAAAODwQAZA8EANIjCAAoJAgAfiQIANQkCAAqJQgAgCUIANYlCAAsJggABnkQAHwZAwBkswAAVgAAAGQLAgD8FQwAkEoBAOZKAQAkwgIAzJMBAPQ0CACMug8AgJYAAHATAwAQOwQARhINAJwSDQDyEg0A5PcCAJD8BAC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAAD0NAgASjUIAIQMEACSSQAABGQGACTCAgDcLAoAKvoHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAODMAwA2zQMAjM0DAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AsMwPANJCAgBkCwIAjAoNAATzDQBa8w0AsPMNAAb0DQBc9A0AsvQNAAj1DQBe9Q0AtPUNAAr2DQBg9g0AtvYNAPQ0CAByDgAAZAsCACr6BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADgzAMANs0DAIzNAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA/EQOALDMDwDSQgIAZAsCAIwKDQAE8w0AWvMNALDzDQAG9A0AXPQNALL0DQAI9Q0AXvUNALT1DQAK9g0AYPYNALb2DQBkCwIAKvoHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAODMAwA2zQMAjM0DAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AsMwPANJCAgBkCwIAjAoNAATzDQBa8w0AsPMNAAb0DQBc9A0AsvQNAAj1DQBe9Q0AtPUNAAr2DQBg9g0AtvYNAAZ5EACyNgQAiFYJAN5WCQA0VwkAHn0MAHR9DADKfQwAIH4MAHZ+DADMfgwAIn8MAHh/DAAAAAAAZokAAHjNCADOzQgADmUEAHATAwDSQgIAirkPACKUAQB8FwIA8OIKAICWAADU6wAA4vYCACqWAAA0HAEAZLMAAOrPAgC8iQAAkoQIAOiECAByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAADi9gIAntIBAHIOAABwEwMAtDUDAF7vCgC07woACvAKAGDwCgC28AoADPEKAEjqDQB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQABm8LAFxvCwDeWAoANFkKAIpZCgAGZQYAXGUGALJlBgCSXQoAtncOAPLADgD0NAgAjLoPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB8GQMAXHkQAD5KAADangMAMJ8DAIafAwDcnwMAMqADAIigAwDeoAMANKEDAAAaDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEA/EQOAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAABoNAJxSAgCWZw4AXHkQAMyTAQBOBAQApAQEADQcAQCKHAEANBwBAKg5CACGGAAAFkoKAGxKCgDCSgoAXPIMALLyDAA0HAEAAuIFAI52AgBsZQIAwmUCAPQ0CABkCwIAjAoNAIy6DwBmiQAA7A8NAEIQDQCYEA0A7hANAEQRDQCaEQ0A8BENABTQDQD8xw8A9DQIAGQLAgD8QAwA2IQMAC6FDACmFw0A4goNAE4EBAA+dQAAOiECAJKhAQD8RA4A9DQIAGQLAgDKkAAAIJEAAJJJAAAEZAYAOqICAGQLAgC2dw4ABGQGAFpkBgCwZAYA9DQIAGQLAgAizwkAeM8JAJJJAABajQUAkqEBAA5lBABkZQQAojAFAGSzAABqOQIAEFMQAGZTEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBAEQ4AlhEOAOwRDgA4ZxAA6B4AAD4fAACUHwAA6h8AAEAgAAD0NAgAjLoPAGaJAACaBwgAcBMDALxFCQBa2QAAhhgAAHATAwBU6AkAYEoNAHIOAAAUjwIAkqEBAOihAQAAQQsAVkELAKxBCwACQgsAjC0JAOItCQDU6wAA4vYCAATxDAB+TQcA1E0HACpOBwBkCwIAypAAACCRAAAqxQIA9P0BAGQLAgAq+gcAyA4AALhuCQAObwkAZG8JACr6BwCIjQ8A3o0PAJxSAgDKkAAAcg4AAGQLAgBU6AkAPOIMAMDtBgBsZQIAwmUCAPQ0CAC8RQkAfk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCAC+mggAFJsIAGqbCADAmwgAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAGp4IAHCeCADGnggAHJ8IAHKfCADorwgAPrAIAJSwCADqsAgA9DQIAGQLAgCwzA8AHvgJAJJJAABkCwIAWtkAAPwsAgDMkwEAfksGAARkBgAilAEAfBcCAGQLAgC6CwIAThYNANJCAgBkCwIAsMwPAH5NBwDUTQcAupgIABCZCABmmQgAvJkIABKaCADiLQkAKEMCAJxSAgAEZAYAKE0HAJrgCQCSSQAABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYACGYGADpiDQCQYg0A5mINADxjDQCSYw0A6GMNAD5kDQDcHgMAYN4BAJJJAABmiQAAnFICAHwpCwCwzA8Afk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAGiaCABkCwIAtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQCSSQAAqC0CAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADQcAQCKHAEAftYLADStCQB21g0AwJEDAGQLAgCc2QUA8tkFALx2DAAgkQAAkkkAAHwpCwB8GQMABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAkl0KAFrZAAD8LAIAzJMBAH5LBgAEZAYAIpQBAHwXAgBkCwIAugsCAE4WDQDSQgIAZAsCACTCAgB6wgIA0MICACbDAgBU6AkAYEoNAHIOAAAUjwIAao8CACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBwxwcAAAAAAJKhAQBwEwMA1hsDACwcAwBY7AoAlg8NAGBKDQByDgAAFI8CAHIOAABkCwIAABoNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4A/EAMAFJBDACoQQwAbE4MAMJODAAYTwwA/BUMAMJ1CgAYdgoAxhMDABwUAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FANJCAgA6TAIA1vYFAJxSAgB8KQsAKvoHAOgeAAByDgAAKsMBAIKZAQAoTQcAkqEBAJKhAQBkCwIAlg8NAGBKDQByDgAAFI8CAET5AABcHQ0AXOIEALZ3DgBajQUAsI0FACqWAAD0NAgAZAsCALoLAgBOFg0A0kICAGQLAgAAAAAAypAAACqWAACAlgAAwJEDAGQLAgC6CwIAEAwCAGYMAgC8DAIAhhgAANwYAACQMwsA5jMLAHIOAABOJwAAjsoBAOTKAQA6ywEAjLoPAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCiFw4A+BcOALx2DAASdwwAaHcMAL53DAAUeAwAangMAMB4DAAWeQwAIs8JAHjPCQDW9gUALPcFAIL3BQBkCwIAABoNAPzHDwDAkQMAZAsCAJzZBQDy2QUASNoFAMhXDwAeWA8AvIkAAES1CQBkCwIA/BUMAMJ1CgDMkwEAIpQBAJxSAgByDgAAcBMDANYbAwAsHAMAWOwKAK7sCgDoHgAAPh8AAJQfAADqHwAAQCAAALiTBgBkCwIAABoNACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQD8RA4AugsCAE4WDQDSQgIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAALiTBgAOlAYAPh8AANTrAADi9gIA6B4AAD4fAADU6wAA4vYCAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAAggDgBWLwIA0kICADpMAgCQTAIANpEQAHIOAADoHgAAUm4NAEJQAgAC6AgAWOgIAGQLAgAq+gcA6B4AAD4fAACUHwAA6h8AAGSzAABsZQIAVOgJAGBKDQAe+AkAcg4AAOgeAAAgqQwALK8MANJCAgCKuQ8AJMICANwsCgAyLQoAajkCAFhMEACAlgAA1OsAAOL2AgBqOQIAhhgAACqWAACSSQAAWtkAAChNBwDSQgIAbGUCAMJlAgCAlgAA1OsAAOL2AgACHQ4AWB0OALyLAQASjAEAqvQPAAAAAAAAAAAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEALZ3DgBceRAAPkoAABp5CwBweQsA9DQIAFYAAADCdQoAzJMBACKUAQCIdQMAZAsCAMqQAADSQgIAkqEBAHATAwBoCQAAVOgJAKroCQAA6QkAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAZvCwBcbwsAsm8LALZ3DgBceRAAPkoAAKCsAwAE8w0AEkYJAGhGCQC+RgkAFEcJAESKCQCMCg0ASjUIACqWAAA0HAEAihwBAKCsAwAE8w0AEkYJAGhGCQC+RgkAFEcJAESKCQCMCg0ASjUIACqWAAA0HAEAihwBAOAcAQBkCwIAIs8JAOg2DAA+NwwAaiYOAMAmDgAWJw4AbCcOACqWAACAlgAANBwBAGi3AQBOBAQAKsMBAIKZAQAoTQcAmuAJAGQLAgCMCg0AjLoPAIYYAABYXQMAKpYAAPQ0CABkCwIAWtkAAFToCQDMkwEAOqICAPxEDgC2dw4AWo0FAMCRAwDMkwEAIpQBAHwXAgBkCwIAtncOAPLADgD8bQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAZvCwBcbwsAsm8LALZ3DgBceRAAPkoAAKCsAwAE8w0AEkYJAGhGCQC+RgkAFEcJAESKCQCMCg0ASjUIACqWAAA0HAEAihwBAIwKDQBIxRAAnsUQAPTFEABKxhAAoMYQAPbGEACc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUAqhEJAChNBwBwxwcAbGUCAMJlAgCAlgAAOkwCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAQOwQARhINAJwSDQDyEg0ANIoNAFToCQDMkwEAOqICAPxEDgC6CwIApCcAAJJJAABkswAAkoQIAMyTAQAilAEAfBcCAGQLAgAq+gcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAABoNAIQMEADMkwEAZAsCACTCAgDcLAoAMi0KABqmDACCmQEAKE0HAJrgCQBwEwMAzJMBADqiAgD8RA4AhhgAANwYAADeRgEATicAAE4WDQCkFg0A+hYNAFAXDQDmzQIAgJYAANTrAADi9gIAfMEBAIYBCgDcAQoAMgIKAIgCCgDeAgoANAMKAAAAAACuBwMABAgDAB59DAB0fQwAMhkAAHjJBgDOyQYA9jsLAEw8CwCiPAsAugsCAIhWCQDeVgkANFcJALDMDwDSQgIAZAsCAIwKDQDiCg0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAGnkLAHB5CwDGeQsAHHoLAHJ6CwAAAAAAJMICAHrCAgCOdgIAAAAAANJCAgDoNgwAPjcMAAAAAAD0NAgAvEUJABJGCQBoRgkAvkYJABRHCQAYdAkAbnQJAMR0CQAadQkAcMcHAGxlAgDCZQIAkkkAAIYYAADcGAAA3kYBAE4nAABOFg0ApBYNAPoWDQBQFw0A5s0CAICWAADU6wAA4vYCAGo5AgA4ZxAAyA4AALhuCQB2fgwAiFYJAIDdDgDGZwIAZAsCAAAaDQCWrQYAJMICAHrCAgDQwgIADmUEAPQ0CABkCwIAjAoNAATzDQASRgkAaEYJAL5GCQAURwkARIoJABp5CwBweQsAJMICAMyTAQDSQgIAap0JAJrgCQA0HAEAqDkIAIYYAABa2QAAKE0HANJCAgBsZQIA5OAMACKUAQB8FwIAZAsCAJzZBQDy2QUASNoFAMhXDwAeWA8AdFgPAMpYDwAgWQ8AdlkPAGQLAgAizwkA6DYMAD43DACUNwwA6jcMAEA4DACWOAwAdiwOAMwsDgBajQUAHikNAJxSAgB8KQsAfBcCAGQLAgD8QAwA2IQMAC6FDAAaeQsAzJMBAH5LBgDoSQAAPkoAANqeAwBkCwIAHn0MAHR9DADKfQwAIH4MACLPCQDoNgwAPjcMAGomDgDAJg4AFicOAGwnDgDCJw4AsMwPANJCAgBkCwIANBwBAGi3AQBOBAQAYjEAAGaLAQC8uAIATicAAIhWCQB8FwIAypAAANJCAgA6TAIA0kICADpMAgDW9gUAnFICAHwpCwCMCg0ABPMNABJGCQBoRgkAvkYJABRHCQBEigkA/BUMAJBKAQDmSgEAJMICAMyTAQD0NAgAjLoPAChNBwAoTQcAkkkAAJKhAQD8RA4Acg4AACrDAQBkCwIAjAoNAATzDQASRgkAaEYJAL5GCQAURwkARIoJAB59DAB0fQwAyn0MACB+DAB2fgwAzH4MACJ/DAB4fwwAjAoNAATzDQASRgkAaEYJAL5GCQAURwkARIoJABp5CwBweQsA9DQIAFYAAADCdQoAzJMBACKUAQDA7QYAFu4GAGzuBgDC7gYAGO8GAG7vBgDE7wYAGvAGAHDwBgDG8AYAzJMBAGaJAAB4zQgAZAsCALZ3DgBkswAAVgAAAHATAwBkCwIARkEPALh8EACc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUARPkAAAAAAABc4gQA8MEPAE4WDQDSQgIAkkkAAARkBgAkwgIA3CwKALpABwDAkQMAZAsCACLPCQB4zwkAzs8JACTQCQB60AkA0NAJAGQLAgD8QAwAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEABA7BADA7QYAFu4GAGzuBgDC7gYAGO8GAG7vBgDE7wYAGvAGAHDwBgDG8AYA1hsDACwcAwDiqgcARkEPACqWAACqVwEATEANAE4EBAAUjwIABGQGACKUAQB8FwIAZAsCAIwKDQAE8w0ANBwBAALiBQDMkwEAqhEJAAASCQBWEgkArBIJAAITCQBYEwkArhMJAAQUCQBaFAkAsBQJAAYVCQBcFQkAshUJAAgWCQBeFgkAtBYJAAoXCQDSQgIAOkwCAJBMAgA2kRAAcg4AAOgeAAB8wQEAkkkAAGSzAABWAAAAcBMDAAAAAACSoQEAcg4AAHATAwAAAAAAypAAACCRAAAqxQIA9P0BAHATAwAAAAAAOiECAJKhAQD8RA4AtncOAPLADgD8bQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAZvCwBcbwsAsm8LALZ3DgBkswAAVgAAAHATAwAAAAAAkqEBAHIOAABwEwMAAAAAACr6BwAqwwEAgMMBAHATAwAAAAAAhhgAAIYYAAAqlgAAwO0GAJJJAAAEZAYAKE0HAJrgCQBkCwIAIs8JAHjPCQDOzwkAJNAJAHrQCQDQ0AkA5K8JAJJJAAAEZAYAWmQGALBkBgD0NAgAvEUJAB74CQAAAAAAkkkAAJJJAABWAAAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACIIEQDCdQoAGHYKAG52CgBE+QAAUl4FAGBKDQByDgAAFI8CAN5gDgAizwkAeM8JANb2BQAs9wUAgvcFAGQLAgCMCg0ASjUIAHoyEADQMhAAOiECAGaJAADcxgEA6B4AACr6BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAAAGg0AnFICAMqQAACSoQEA9DQIAGQLAgAefQwAdH0MAMp9DAAgfgwAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAZvCwBcbwsAsm8LANJCAgA6TAIAkEwCADaREAByDgAA6B4AAIy6DwCAlgAA1OsAAOL2AgAqlgAAgJYAANTrAACwQQoABkIKADIZAAAAAAAAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAHPEGAHLxBgDI8QYAHvIGAHTyBgDK8gYAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAHPEGAHLxBgDI8QYAHvIGAHTyBgDK8gYAWtkAAMyTAQAilAEAKpYAAICWAADU6wAA4vYCAAAAAAAAAAAAAAAAAAAAAAAAAAAAhhgAACqWAACSSQAAajkCABBTEABmUxAAvLgCAPTWAwBK1wMAoNcDAPbXAwCuIRAABCIQAFoiEACwIhAABiMQAFwjEACyIxAACCQQAKIXDgD4Fw4AThgOAKQYDgD6GA4AUBkOAKYZDgD8GQ4AUhoOAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgAoTQcAcg4AAGQLAgAaeQsA1t8PACzgDwCC4A8AAAAAAAAAAAAAAAAAfCkLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAAAAAAAAAAAAAAAAqlcBAExADQAoTQcAmuAJAGQLAgAizwkAeM8JAM7PCQAk0AkAetAJAAAAAAAqlgAAgJYAADohAgDMkwEAIpQBAMZnAgBIxRAAIJEAAHwXAgByDgAAPnUAAJDJAABOJwAAOiECAGaJAACQyQAAZAsCAAAaDQA6IQIAfBcCAPDiCgC6QAcA/EQOAFToCQCGGAAAKpYAAKpXAQBMQA0AAAAAAIYYAABkCwIAIs8JAHjPCQBU6AkAypAAAHIOAAA+dQAAmgcIAHIOAAAqwwEAgpkBAChNBwCa4AkAKpYAACLPCQCKuQ8AeIENAIhWCQDKkAAAkkkAAGaJAACcUgIAAAAAAChNBwBkCwIAIs8JAHjPCQBiiwIAuIsCAHIOAAA+dQAAmgcIAIYYAADcGAAAcBMDAGRGCgC6RgoAEEcKAGZHCgC8RwoAEkgKAGhICgC+SAoAFEkKAGpJCgDASQoAKpYAAMDtBgAW7gYAbO4GAMLuBgAY7wYAbu8GAMTvBgAa8AYAcPAGAMbwBgC6CwIAEAwCAGYMAgC8DAIAkMsBAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBAC6CwIAEAwCAGYMAgC8DAIAkMsBAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBABkCwIAtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAKLcBQD43AUATt0FAKTdBQA4ZxAAyA4AALhuCQAObwkAZG8JALpvCQCSSQAABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYACGYGADpiDQCQYg0A5mINADxjDQCSYw0A6GMNAD5kDQCk2QMAOFsKAI5bCgDkWwoAOlwKAJBcCgDmXAoAPF0KANYbAwAsHAMAWOwKAK7sCgAE7QoAWu0KALDtCgAG7goAugsCAIhWCQDeVgkANFcJALDMDwDSQgIAZAsCAIwKDQDiCg0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAQlACAHjNCAD8RA4AgJYAANTrAADi9gIAKE0HAChNBwCSoQEAZAsCALZ3DgAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkAkkkAAGQLAgBa2QAAVOgJAMyTAQA6ogIA/EQOAFrZAAD8LAIAzJMBAH5LBgAEZAYAIpQBAHwXAgBkCwIAugsCAE4WDQDSQgIAZAsCAAAaDQD8xw8AUsgPALDMDwB+TQcA1E0HACpOBwBkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA/EAMANiEDAAuhQwAHn0MAHR9DADKfQwAIH4MAHL/DQDI/w0AHgAOAHQADgDKAA4AIAEOAHYBDgDMAQ4AqC0CAP4tAgAizwkAeM8JAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCALZ3DgAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkAkkkAAGQLAgAAGg0ATicAAJJJAAB8KQsAnOcMAPxEDgCAlgAA1OsAAOL2AgBg+g8ABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAtpoKAAybCgBimwoAuJsKAA6cCgBknAoAupwKABCdCgBmnQoAvJ0KABKeCgBE+QAAWtkAAPwsAgDMkwEAfksGANQYAgDSQgIAOkwCANb2BQCcUgIAfCkLANLbDgAAAAAAypAAAMyTAQDSQgIAOkwCAJ7SAQD0NAgAOiECAGSzAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMAsMwPADohAgCSSQAAZokAAMyTAQAilAEAZAsCAJ7SAQD0NAgAOiECAGSzAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMAGnkLAH6xDgAAWAEAVlgBABZQDQBsUA0AwlANABhRDQBuUQ0AWtkAAFToCQA84gwAhhgAAGQLAgC2dw4AWo0FAMCRAwDMkwEAIpQBAHwXAgBkCwIAtncOAPLADgD8bQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAcg4AAGQLAgCc2QUA8tkFALx2DAASdwwAaHcMAL53DAAUeAwAangMAMB4DAAWeQwAbHkMAMJ5DAAAGg0A0tsOAAAAAADKkAAAzJMBANJCAgA6TAIAoAYGAGQLAgC6CwIA0kICAGqdCQA0HAEAZAsCALZ3DgBceRAAPkoAAMqQAAAgkQAAkM0CAObNAgCAlgAAkqEBAMCRAwDMkwEAIpQBAHwXAgBkCwIAjAoNAEo1CAB6MhAA0DIQADohAgBmiQAA3MYBAOgeAABy/w0A0tsOAAAAAADKkAAAzJMBANJCAgA6TAIAABoNAJatBgAizwkAeM8JAHIOAADIDgAAHvgJANJCAgBkswAAKpYAALoLAgDSQgIAap0JADQcAQBkCwIA/EAMAH5LBgByDgAAZAsCAPwVDACQSgEAirkPAK5fBAAC4gUAjnYCAMCRAwBkCwIAugsCABAMAgC8iQAARLUJAHhAAgDSQgIAwJEDAGQLAgCwzA8A0kICAGQLAgAq+gcAyA4AAB74CQDSQgIAZLMAAIYYAAAqlgAAqlcBAHATAwB8GQMABGQGAFpkBgCwZAYABmUGAFxlBgCyZQYAkl0KAAAaDQDS2w4AAAAAAMqQAADMkwEA0kICAIq5DwAilAEAfBcCAGQLAgAAGg0Alq0GAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDACqWAACSSQAAZokAAJoHCAD0NAgA0kICAIq5DwAilAEATicAAE4WDQBkCwIAGnkLAHB5CwDGeQsA3kYBAE4nAABOFg0ApBYNAPoWDQBQFw0AZokAAMyTAQBWLwIAZokAAGIiDgAeJQsAdCULACKUAQAyGQAAeMkGAM7JBgD2OwsATDwLAKI8CwD4PAsATj0LAKQ9CwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAA0HAEAaLcBAE4EBAA6IQIAZv0PAFToCQBmiQAAJMICAMyTAQAilAEADHgOANIpCwAoKgsAfioLANQqCwAqKwsAgCsLANYrCwAsLAsAgiwLANgsCwAuLQsAhC0LANotCwDiCg0Aiq0JAOCtCQA2rgkAypAAAPQ0CAAizwkAeM8JANb2BQCaBwgAZAsCAMqQAAD0NAgAAAAAAChNBwBkCwIAtncOAARkBgBaZAYAsGQGAAZlBgBcZQYAVOgJAFYAAABWLwIAhhgAACqWAACSSQAAWtkAAChNBwDSQgIAbGUCAFYvAgB8FwIA8OIKAEbjCgCc4woA8uMKAEjkCgCe5AoAOkwCAHIOAAAqwwEA6B4AAHIOAABwEwMAfBcCAPDiCgBG4woAnOMKAPLjCgBI5AoAnuQKAPTkCgBK5QoAoOUKAPblCgBM5goAugsCAE4WDQDSQgIAsMwPANJCAgBkCwIAKvoHAOgeAAA+HwAAlB8AAMyTAQBkswAAKpYAAB59DAB0fQwAyn0MACB+DABsZQIA2tcKANwYAABa2QAAVOgJAGBKDQByDgAAFI8CAHwpCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAJMoGAHrKBgDQygYAJssGAHzLBgDSywYAABoNAJoHCAD0NAgA0kICADpMAgByDgAAKsMBAGQLAgC6CwIAThYNAKQWDQD6Fg0Afk0HANRNBwAqTgcAZAsCALZ3DgBkswAAVgAAAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwD62QMAZokAAMyTAQAqlgAAgJYAANTrAADi9gIAfMEBAIYBCgDcAQoAMgIKAIgCCgDeAgoANAMKACqWAAA0HAEAVgAAAMJ1CgDSQgIAKEMCAI52AgDAkQMAZAsCALoLAgAQDAIAZgwCAFzyDACy8gwA/EAMAFJBDACoQQwAHn0MAEJQAgCYUAIA7lACACLPCQB4zwkAcg4AAMgOAACSoQEAypAAAJJJAAAEZAYAKE0HAPQ0CACMug8AhhgAAEJQAgCYUAIA7lACAB59DAB0fQwA0kICAGQLAgAq+gcA6B4AAD4fAACUHwAAhhgAAEJQAgCYUAIA7lACAPwVDACQSgEA5koBACTCAgDMkwEA9DQIAIy6DwBkswAAkoQIAGQLAgCWDw0AYEoNAHIOAAAUjwIAZAsCAPxADADYhAwALoUMAGxlAgDa1woA3BgAAFrZAAAoTQcA1AcPAMqQAABWAAAAZAsCALoLAgAQDAIAZgwCAFzyDACy8gwAvAwCAFhdAwAoTQcAajkCABBTEACShAgAZokAAPzHDwCGGAAAKpYAALpABwByDgAAajkCANRfEAAqYBAA0kICADpMAgByDgAAyA4AAJKhAQAkwgIA3CwKAPQ0CABKNQgAmgcIAPQ0CADSQgIAOkwCAHIOAAAqwwEA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMA1hsDAEJQAgCYUAIA7lACAPANCwBGDgsAnA4LAPIOCwBIDwsAng8LAPQPCwBKEAsAoBALAPYQCwBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAGQLAgBcHQ0AyA4AALhuCQAObwkAZG8JALpvCQAiJQoAjFwLAOJcCwA4XQsAnOcMANTrAADi9gIAGnkLAHIOAAAUjwIAao8CADohAgCSoQEADmUEAE4EBABCJQIAZAsCAAAaDQCWrQYAHn0MACqWAABa2QAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAHATAwB8wQEAhgEKANwBCgAyAgoAiAIKAN4CCgA0AwoAigMKAOADCgDuCgoAAAAAAAAAAAAAAAAA/BEKAFISCgCoEgoA/hIKAFQTCgCqEwoAABQKAFYUCgAAAAAAAAAAAKwUCgACFQoAWBUKAFJcBABuGgcAxBoHALoLAgBOFg0ApBYNAPoWDQBwEwMAEDsEAGY7BADWNxEALDgRAII4EQDYOBEAZokAADohAgCSoQEA/EQOALoLAgCIVgkA3lYJADRXCQAefQwAdH0MAMp9DAAgfgwAdn4MAMx+DAAifwwAeH8MACqWAACGGAAA3BgAACqWAACGGAAAhhgAANwYAAAqlgAAhhgAAJJJAABwEwMA1hsDACwcAwBY7AoAruwKAATtCgBa7QoAsO0KAAbuCgC6CwIAiFYJAN5WCQA0VwkAsMwPANJCAgBkCwIAjAoNAOIKDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgDAkQMAZAsCAEZBDwBwEwMAAAAAAGQLAgA6IQIAkCECAE4nAABOJwAApCcAAICWAACKuQ8AIpQBAHwXAgBkCwIAtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQCSSQAAZAsCAAAaDQBOJwAAkkkAAHwpCwCc5wwAcMcHAOrPAgBA0AIAcBMDAAAaDQBq+w0Azs0IACTOCAA6IQIAot4GAPjeBgBO3wYApN8GAPrfBgCoDAcAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAEK2CgCYtgoAABoNAFYaDQCsGg0AAhsNAATzDQBa2QAAsuIEAAAaDQBWGg0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAZAsCAPTBDgAAAAAAZAsCACDcEABkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAXOIEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAGb9DwCwzA8ATicAAGQLAgC2dw4A4EkCADZKAgCMSgIAnsMPAH6xDgASDQIAaA0CAL4NAgAUDgIAcg4AAGQLAgD8FQwAUhYMAI52AgAoQwIA7NgGAKg5CACSSQAAfCkLAJznDABkCwIAAAAAAGQLAgC2dw4A8sAOAPxtDQA6IQIAZv0PACLPCQB4zwkAcg4AAMgOAAAe+AkA0kICAGSzAAAqlgAAqC0CAP4tAgDmpAMA7DwOAChNBwCSoQEAZAsCAHwXAgDMkwEAJMICANwsCgD8RA4AUkUOAPzHDwBSyA8AfBcCAMyTAQAkwgIA3CwKAMDABQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIA3CwKADQcAQB2cAUAzHAFACJxBQB4cQUAXOIEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAGb9DwCwzA8ATicAAGQLAgC2dw4A4EkCADZKAgCMSgIANBwBAHZwBQDMcAUAInEFAHhxBQDOcQUAqC0CAP4tAgDmpAMA7DwOAChNBwCSoQEAZAsCAHwXAgDMkwEAJMICANwsCgDAwAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICANwsCgA0HAEAdnAFAMxwBQAicQUAeHEFAM5xBQCoLQIA/i0CAOakAwDsPA4AKE0HAJKhAQBkCwIAfBcCAMyTAQAkwgIA3CwKAPxEDgBSRQ4A/McPAFLIDwB8FwIAzJMBACTCAgDcLAoAwMAFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgDcLAoA9DQIAEjFEACSoQEA/EQOAIYYAADcGAAA3kYBAE4nAABOFg0ApBYNAPoWDQBQFw0A5s0CAICWAADU6wAA4vYCANYbAwAsHAMAWOwKADQcAQCKHAEAftYLANTWCwAq1wsAgNcLAB59DABCUAIAmFACAO5QAgD0NAgANBwBAIocAQB+1gsA1NYLACrXCwCA1wsAHn0MAEJQAgCYUAIA7lACAPQ0CAA0HAEAihwBAH7WCwDU1gsAKtcLAIDXCwD8FQwAUhYMAKgWDAD+FgwAVBcMAKoXDAAAGAwAkqEBAOihAQDEvgMAGr8DAGQLAgDKkAAA0kICAJKhAQAizwkAeM8JAHIOAADIDgAAkqEBACTCAgDcLAoA/EAMAK5fBAAEYAQAWmAEALBgBAAGYQQAZAsCABp5CwBweQsAkkkAAFqNBQDAkQMAZAsCALoLAgBOFg0A0kICAGQLAgD8FQwAUhYMAKgWDAD+FgwAVBcMAKoXDAAAGAwAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAugsCAE4WDQCkFg0A+hYNAFAXDQD8QAwAfksGANRLBgD8QAwAUkEMAKhBDAD+QQwAlq0GAPwVDABSFgwAqBYMAP4WDABUFwwAqhcMAAAYDABqOQIAntIBAHIOAADIDgAANBwBAALiBQCcUgIAZLMAAJKECADMkwEAIpQBAHwXAgBkCwIA/BUMAFIWDACoFgwA/hYMAFQXDACqFwwAABgMALoLAgBOFg0A0kICAGQLAgAgEgEA0K0NACIIEQB4CBEAHn0MAHR9DADKfQwAIH4MAPwVDACQSgEAOkwCAJBMAgCIVgkA3jcPACqWAAD0NAgAZAsCAFrZAADMkwEAfksGAOhJAABkCwIAAAAAAGQLAgCwzA8A0kICAGQLAgCoHA8AAAAAAGQLAgCwzA8A0kICAGQLAgCoHA8A/hwPAHL/DQCWrQYAjAoNAIy6DwDiug8AjC0JAAzQDwBi0A8AjLoPAIYYAABkswAAVgAAAKwAAACwGgwABhsMAFwbDACyGwwACBwMADQcAQAC4gUA/McPAPoAAgBmiQAAeM0IAM7NCAC8iQAAbGUCAPAFBwBiIg4A8OIKAJYPDQDsDw0AQhANAJgQDQAefQwAdH0MAMp9DAAgfgwAOiECAGb9DwAqlgAAhhgAAGQLAgC6CwIAThYNAKQWDQD6Fg0AUBcNAPxADABSQQwAOukQAJDpEADm6RAAPOoQAJLqEAD8RA4A9DQIAGo5AgBkCwIAtncOAFqNBQDAkQMAZAsCALZ3DgDywA4A/G0NAPxADABSQQwAOukQAJDpEADm6RAAPOoQAJLqEAD8QAwAfksGAHATAwDWGwMAIggRAHgIEQDOCBEA/EAMAFJBDAA66RAAkOkQAObpEAA86hAAkuoQAPwVDACSoQEA/EQOAFJFDgDcxgEA6B4AACLPCQDoNgwAPjcMAGQLAgBoCQAAhhgAACIIEQB4CBEAzggRAPxADABSQQwAOukQAJDpEADm6RAAPOoQAJLqEADKkAAAIJEAAJJJAAAEZAYAWmQGALBkBgAqlgAAgJYAANTrAADi9gIAkqEBAOihAQDEvgMAGr8DAGQLAgAq+gcAskgNAGSzAACShAgAZAsCALoLAgCIVgkA3lYJADRXCQBGQQ8AnEEPAHwXAgDw4goANBwBAGQLAgDMkwEAIpQBAGQLAgAAGg0A/McPAMCRAwBkCwIAsMwPAE4nAABkCwIAtncOAFx5EAA+SgAAlEoAAMgOAAAe+AkA0kICAGSzAAAqlgAAkqEBAOihAQDwjgsARo8LAJyPCwCW0AIAwJEDAGQLAgD8QAwAUkEMADrpEACQ6RAA5ukQADzqEACS6hAA/EQOAPQ0CABkCwIAfBcCAPDiCgA0HAEAtncOAFx5EAA+SgAAfBcCAPDiCgA0HAEAcg4AAGQLAgAAGg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAIwKDQDSQgIAirkPACTCAgDcLAoAMi0KAGQLAgC6CwIAThYNAKQWDQD6Fg0AUBcNALoLAgBOFg0A0kICAGQLAgCe0gEA9DQIADohAgBkswAAfBcCAPDiCgBG4woAZAsCAIwKDQDSQgIAirkPACTCAgDcLAoAMi0KAGQLAgD8QAwAUkEMADrpEACQ6RAA5ukQAPzHDwBkswAAKpYAALoLAgBOFg0A0kICAGQLAgCe0gEA9DQIADohAgBkswAAvsEGABTCBgCSoQEA3mAOAJ7SAQD0NAgAOiECAGSzAADK1w4A3BgAAN5GAQBOJwAAThYNAKQWDQD6Fg0AUBcNAObNAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcMcHALqzAACigAIA+IACAE6BAgD0NAgAjLoPAE4nAABOJwAAThYNAKQWDQD6Fg0AUBcNAObNAgCAlgAA1OsAAOL2AgBWGg0AkkkAAARkBgB4gQ0AjsoBALyJAABEtQkAypAAANJCAgC2dw4A8sAOAPxtDQC6CwIAiFYJAIDdDgDGZwIArN0DAALeAwBY3gMArt4DAATfAwBa3wMAsN8DAAbgAwA6IQIAZv0PACLPCQB4zwkAcg4AAMgOAACSoQEAJMICANwsCgD0NAgAcBMDAIYYAADcGAAA3kYBAJQjAgAIcAsAXnALALRwCwAKcQsAugsCADaREAAgkQAAavkMAJJJAAAEZAYAKE0HAJrgCQCSSQAAfCkLAIYYAAByDgAAgpkBAChNBwCa4AkATgQEAKQEBAAizwkAeM8JAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCABp5CwB+sQ4AfoIMANSCDAAqgwwAgIMMANaDDAAshAwAgoQMAIwKDQDSQgIAirkPACTCAgDcLAoAZAsCANQYAgAqGQIAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBwEwMAugsCAE4WDQDSQgIAZAsCAPwVDAD0NAgAvEUJAGQLAgD8QAwA2IQMAC6FDAAefQwAdH0MAMp9DAAgfgwAkqEBAOihAQDEvgMAGr8DAIy6DwAizwkAeM8JAAAAAADKkAAAzJMBANJCAgA6TAIAoAYGAGQLAgA0HAEAihwBAH7WCwDU1gsAKtcLAIDXCwD8FQwAkEoBAOZKAQAkwgIAzJMBAPQ0CACMug8Acg4AAGQLAgD8FQwAUhYMAKgWDAD+FgwAVBcMAKoXDAAAGAwAfBcCANIXAgBkCwIAugsCAIhWCQDeVgkANFcJAHIOAABkCwIA/EAMAFJBDACoQQwAcg4AAFYAAACMLQkAwO0GAE4nAACOygEA5MoBADrLAQBGQQ8AVi8CACqWAACAlgAA1OsAAOL2AgBa2QAA/CwCAJ5ADgBYXQMAIpQBAHwXAgBwEwMAhhgAANwYAADeRgEAdJQCADy9DwBI6g0A9DQIAIy6DwDiug8AOLsPAI67DwDkuw8AOrwPAJC8DwDmvA8AcBMDAHIOAAAUjwIAWo0FALCNBQBkswAAkkkAAHATAwDSQgIAOkwCAGKLAgAW7gYAJMICANwsCgAyLQoAKEMCADohAgCSoQEA/EQOACCpDAB2qQwAzKkMACKqDAB4qgwAZLMAAGaLAQDSQgIAOkwCACCpDAB2qQwAzKkMACKqDAB4qgwAzqoMACSrDAB6qwwA0KsMACasDAB8rAwA0qwMAALaAQBY2gEATgIDAKQCAwD8RA4AIKkMAHapDADMqQwAIqoMAHiqDADOqgwAJKsMAHqrDADQqwwAJqwMAHysDADSrAwAVgAAAKwAAACOdgIAGqYMAOgeAABI6g0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAADi9gIAWtkAAPwsAgCeQA4AWF0DACKUAQB8FwIAcBMDAACsAABWrAAArKwAAHSUAgA8vQ8ASOoNAPQ0CACMug8A4roPADi7DwCOuw8A5LsPADq8DwCQvA8A5rwPAHATAwByDgAAFI8CAHwpCwDSKQsAqDkIAKpXAQBMQA0AcBMDAHwXAgA0HAEAqDkIAIYYAACSSQAAZokAAJxSAgAEZAYAKE0HAJrgCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAAzNQMAB4lCwA6IQIAot4GAJxSAgBmiQAAeM0IAGQLAgAaeQsA1t8PACzgDwCC4A8AeM0IAHATAwBsZQIA5OAMADrhDACQ4QwA5uEMAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAAIQMEABkCwIAsMwPAB74CQCSSQAAZAsCALDMDwBOJwAAZAsCADQcAQCoOQgA/jkIAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgAC6AgAfCkLAPQ0CABkCwIAOiECAMCRAwBkCwIAABoNAPzHDwDcGAAA3kYBAOhJAAA+SgAA2p4DAGQLAgD8FQwAkEoBAOZKAQBGPQ0AnD0NAPI9DQB8FwIA0hcCALDMDwDUBw8AXPIMALLyDAC2cwwADHQMALoLAgAQDAIA2tsMADDcDACG3AwA3NwMADLdDACI3QwA3t0MADTeDAD8FQwAUhYMAI52AgAapgwA6B4AABp5CwDW3w8ALOAPAILgDwBkswAA6s8CAPqdEAB8FwIAVOgJAKroCQD8QAwAUkEMAKhBDABsTgwAwk4MALJ5EAA6TAIA1vYFAJoHCABkCwIAAAAAAMr+DABkCwIAVOgJAGaJAAD8xw8A9DQIAJKhAQD8RA4A9DQIABp5CwB+sQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAHATAwBmOQMAvDkDABI6AwCUewMA6nsDAEB8AwCWfAMA7HwDAAAaDQCcUgIAABoNAJxSAgAAAAAAigkNAGQLAgD0NAgANK0JAHbWDQDM1g0AItcNAHjXDQBwEwMAOiECAMCRAwCSSQAAfCkLAHYWAwCShAgAZokAAI52AgBU6AkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCANbfDwAs4A8AguAPAIYYAACSSQAAZokAAPT9AQBkCwIAGnkLANbfDwAs4A8AguAPAChNBwAe+AkAIJEAAJDNAgCMCg0AjLoPAJJJAAB8KQsAwO0GAJJJAAB8KQsAZokAAI52AgA6TAIAjAoNAIy6DwCSSQAAfCkLAMDtBgCSSQAAfCkLAHIOAACCmQEA2JkBAC6aAQCEmgEAit4MAODeDABkCwIAOiECAMCRAwBkCwIAKvoHAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAE4EBADoHgAAPh8AADpMAgCe0gEAbhgGAMDtBgCSSQAABGQGAChNBwA0HAEAAuIFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCACLPCQB4zwkAYosCALZ1DQCGGAAAkkkAAGQLAgCc2QUA6s8CAEDQAgCW0AIA7NACAJKhAQBmiQAA3MYBABSPAgBc4gQA/BUMAJBKAQDmSgEARj0NAJw9DQDyPQ0ASD4NAGQLAgCc2QUA8tkFADySDwCSkg8A6JIPAD6TDwCUkw8A6pMPAGQLAgBa2QAAzJMBAH5LBgDoSQAAZAsCABp5CwB+sQ4A1LEOACqyDgDUSwYAnNkFAPLZBQC8iwEAcMcHACqWAAByDgAAKsMBAGo5AgBYTBAArkwQAExADQCiQA0AzJMBAH5LBgB8KQsA9DQIAGQLAgBa2QAAzJMBAH5LBgDoSQAAZAsCAJzZBQDy2QUAvIsBABKMAQDKkAAAOiECAJJJAAB8KQsAIFUNAHZVDQB8Wg4ATicAAI7KAQDkygEAOssBAABFDQBWRQ0ArEUNAAJGDQBYRg0AKE0HAChNBwDUBw8AtncOAARkBgBaZAYAsGQGAPQ0CABkCwIAsMwPAB74CQCSSQAAZAsCAPxADABSQQwAsMwPAE4nAAAqlgAA9DQIAIy6DwD0NAgAZAsCALZ3DgAEZAYAWmQGALBkBgAGZQYAXGUGALJlBgCSXQoAak8NAMBPDQByDgAAFI8CALZ3DgAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkAkkkAAGQLAgD8QAwAUkEMAHwZAwC+9AoAYngOAMxVDQAiVg0AeFYNAM5WDQAkVw0AelcNANBXDQAmWA0AfFgNANJYDQCUZA0A6mQNAEBlDQCWZQ0AfBkDAARkBgBaZAYAsGQGAAZlBgBcZQYAsmUGAJJdCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAABoNAE4nAACSSQAAfCkLAJznDAC2dw4A8sAOAPxtDQA6IQIAZv0PAAAaDQD8xw8AUsgPAPxADABSQQwAOukQAJDpEADm6RAA/McPAGSzAAAqlgAAsMwPAE4nAABkCwIAGnkLANbfDwAs4A8AguAPAGQLAgAefQwAdH0MAMp9DAAgfgwA6iMCAH6xDgDUsQ4ATgQEABp5CwB+sQ4A1LEOAE4EBAAefQwAdH0MADIZAAAaeQsA1t8PACzgDwCC4A8A1t8PACzgDwCC4A8AKpYAAMyTAQAkwgIA3CwKAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEAtHQNAAp1DQBgdQ0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAfCkLAPQ0CABkCwIAGnkLAH6xDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAA4vYCAHwXAgDSFwIA9DQIAGQLAgAefQwAdH0MAMp9DAAgfgwA6iMCAH6xDgASDQIAaA0CAL4NAgAUDgIAZAsCACr6BwCySA0AZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIA+G8PAE5wDwAefQwAdH0MAMp9DAAgfgwA6iMCAH6xDgASDQIAaA0CAL4NAgAUDgIAag4CAH6xDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBYXQMAAAAAAIYYAABYXQMArl0DALZ3DgDywA4A/G0NAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAIwKDQDiCg0Aiq0JALDMDwB+TQcA1E0HAPwVDADMkwEAIpQBACr6BwCIjQ8A3o0PAI52AgAizwkAeM8JANb2BQAs9wUAskgNAGSzAABkswAAKpYAACqWAAA6IQIAZv0PAAAaDQA6IQIAkqEBANb2BQCaBwgAZAsCAPwVDACQSgEA5koBAN7hDgA04g4AiuIOAODiDgA24w4AsMwPAE4nAABkCwIAypAAACCRAACQzQIA5s0CADzOAgCSzgIA6M4CAD7PAgAefQwA+gACAABaAgAEZAYAKpYAAHIOAABkCwIAsMwPAE4nAABkCwIAypAAACCRAACQzQIA5s0CADzOAgCSzgIA6M4CAD7PAgAefQwA+gACAABaAgCGGAAA3BgAAOKqBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQDieQQAsMwPADohAgCe0gEAbhgGAMDtBgCSSQAAZAsCAJYPDQDsDw0AQhANAJgQDQAefQwAdH0MADIZAAAAGg0AnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQCoOQgAkkkAAOhJAABgSg0A9DQIAGQLAgD8RA4A9DQIAGQLAgDehQsAKE0HAH5NBwCSSQAABGQGAChNBwCa4AkAcBMDAMqQAAAgkQAAWtkAALDZAAAoQwIAhAwQAET5AADw+wEA3oULADSGCwCwzA8AmuAJAGQLAgAAGg0Alq0GAN6FCwCGGAAA3BgAAOKqBwAqlgAA3oULADSGCwAkwgIAesICANDCAgAmwwIA/EAMAFJBDAB4lAEAKE0HANQHDwDCZQIAWtkAAMyTAQB+SwYA6EkAAFqNBQDoNgwAkkkAAOhJAADAkQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCAHjNCAByDgAAHn0MAFhdAwAAGg0A9sQPAEzFDwCixQ8A+MUPAE7GDwAilAEAfBcCABp5CwDW3w8ALOAPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAeIENAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAABGQQ8AuHwQAAAaDQDS2w4ARLUJAMqQAABmiQAAeM0IAKgtAgD+LQIAaH8QAL5/EAAihxAAeIcQAM6HEAAkiBAAeogQANCIEAAmiRAAXOIEAPxADADYhAwALoUMAB59DAB0fQwAyn0MACB+DADehQsAkkkAAFqNBQDoNgwAKpYAAN6FCwBOJwAAjsoBAHjNCAByDgAA6B4AAN6FCwBCZg0AWo0FAOg2DACSSQAA6EkAAMCRAwB2fgwAEAwCAHjNCAByDgAAOvgCAHATAwBwEwMAoBQNAPYUDQBMFQ0AohUNAPgVDQDeCA0ANAkNALDMDwDSQgIAZAsCAB59DAAqlgAAZokAAI52AgAaeQsAcHkLAPQ0CABkCwIAsMwPAE4nAABkCwIA/EAMAFJBDAAiCBEA6qAAALxFCQAqlgAAcg4AAGQLAgAefQwAdH0MAMp9DAAgfgwA6iMCAH6xDgDUsQ4ATgQEAIwKDQAE8w0AWvMNALDzDQAG9A0AXPQNALL0DQAI9Q0AXvUNALT1DQAK9g0AYPYNALb2DQB4zQgA0kICADpMAgDW9gUAmgcIAMCRAwBkCwIAGnkLAH6xDgDUsQ4ATgQEABSPAgAAGg0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAMA5AgDoNgwAPjcMAJQ3DADqNwwAQDgMAJY4DADsOAwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHwZAwAEZAYAWmQGALBkBgD0NAgAZAsCALDMDwAe+AkAkkkAAGQLAgBa2QAA/CwCAMyTAQB+SwYABGQGACKUAQB8FwIAZAsCALoLAgBOFg0A0kICAGQLAgCwzA8Afk0HANRNBwC6mAgAEJkIAGaZCAC8mQgAEpoIAICWAADU6wAA4vYCAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAAggDgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEAHwXAgB8FwIA0kICADpMAgB8FwIAHiULAJxSAgB8KQsAKpYAAICWAADU6wAA4vYCAIYYAABYXQMAIpQBAHwXAgBkCwIAKvoHAOgeAAC6QAcA/EQOAMDtBgCSSQAAfCkLAPQ0CABkCwIAtncOAAx4DgBieA4A4mQPACr6BwCIjQ8A3o0PAI52AgCSSQAAVgAAANYACwAsAQsAkkkAAAAAAABOJwAAjsoBAOTKAQAECAMAIs8JAHjPCQDW9gUA3MYBAMgOAACa4AkAcBMDAPIpAwBIKgMAnioDAPQqAwBKKwMAoCsDAPYrAwBMLAMAoiwDAB74CQCSSQAAVgAAAOqgAACSSQAAZAsCALoLAgDSQgIAap0JADQcAQBkCwIAKvoHAJq/DgDwvw4AzJMBAJzZBQC6swAA/EQOAFJFDgAoTQcA0kICAGxlAgAMeA4AYngOAEiWDgCelg4AsKEPAAaiDwBcog8AsqIPAI52AgAqlgAA9DQIAGQLAgC2dw4ADHgOAGJ4DgBIlg4AnpYOALChDwAGog8AXKIPALKiDwAqlgAAZokAAMJlAgD0NAgAZAsCALZ3DgAMeA4AYngOAEiWDgCelg4AsKEPAAaiDwBcog8AsqIPALoLAgAQDAIAZgwCALwMAgBkpA4AuqQOABClDgCaPg4A8D4OAEY/DgCcPw4A8j8OAEhADgCSoQEA/EQOAFJFDgBkCwIAtncOAAx4DgBieA4ASJYOAJ6WDgCwoQ8ABqIPAFyiDwCyog8A6KEBAFrZAABkCwIAtncOAAx4DgBieA4ASJYOAJ6WDgCwoQ8ABqIPAFyiDwCyog8AwmUCAPQ0CABkCwIAtncOAAx4DgBieA4ASJYOAJ6WDgCwoQ8ABqIPAFyiDwCyog8Acg4AAGQLAgC6CwIAEAwCAGYMAgC8DAIAIs8JAHjPCQByDgAAAEUNAJKhAQCSSQAAZAsCACr6BwCySA0AsKEPAAaiDwBcog8AsqIPAAAAAADeYA4AZAsCALoLAgAQDAIAZgwCAHbUDAAaeQsA1t8PACzgDwCC4A8AmuAJACqWAAAq+gcA6B4AAFBvDgCmbw4A/G8OAGQLAgCwzA8AtncOAAx4DgAEdA4AWnQOALB0DgAGdQ4AXHUOALJ1DgBkCwIAsMwPAJKhAQCSoQEA/EQOAMDtBgCSSQAABGQGACKUAQACAQAAuqYPAHIOAABkCwIAwCgPADRhDgCSSQAAypAAAFYAAABkswAAurMAAKKAAgD4gAIAToECADQcAQCKHAEAftYLANTWCwAq1wsAgNcLAGaJAACOdgIA9DQIALxFCQBa2QAAhhgAAGSzAAC6swAAooACAPiAAgBOgQIAkkkAAHwpCwAgVQ0AMIgNAIaIDQDciA0AMokNAIiJDQDeiQ0A6B4AAHIOAAAAAAAAAAAAALylDgASpg4AaKYOAL6mDgBE+QAAXB0NAFziBADwwQ8ARsIPAJzCDwC8DAIAAAAAAJzZBQDy2QUASNoFACCCDgB2gg4AzIIOAHIOAADIDgAAkqEBAPxEDgBqOQIAkqEBAOihAQCeRBAAIpQBAE4nAABa2QAA/CwCAJ5ADgBYTBAAgJYAANTrAADi9gIA9DQIAIy6DwA6IQIAkCECAHQ+AgBajQUAHikNAHQpDQAkwgIAesICANDCAgAOZQQA9DQIAEo1CAB6MhAABGQGAChNBwCa4AkAZAsCAFrZAAD8LAIAnkAOAFhdAwAilAEAfBcCAIwKDQCMug8A4roPADi7DwCOuw8A5LsPADq8DwCQvA8ABGQGAChNBwCa4AkAZAsCAFrZAAD8LAIAnkAOAFhdAwAilAEAfBcCACr6BwCySA0AzJMBAH5LBgB8KQsAIFUNAHATAwC2dw4ADHgOAGJ4DgBIlg4AnpYOAPSWDgBKlw4AoJcOALoLAgAQDAIAZgwCALwMAgBkpA4AZOYEALrmBABS6wsA6DYMAGIWCAC8RQkAHvgJAJJJAABkCwIAAAAAAIy6DwCAlgAA1OsAACrsAAAAAAAAAAAAACr6BwCySA0AzJMBAH5LBgB8KQsAIFUNAA7mBADuPQ4ARD4OAOJkDwC6CwIAiFYJAN5WCQA0VwkAAAAAABSnDgB8wQEATicAAI7KAQDkygEArgcDAHATAwAaeQsAfrEOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBu+wwAxPsMACLPCQB4zwkAntIBAG4YBgDA7QYAkkkAAARkBgAoTQcAmuAJAGQLAgD8QAwAUkEMAKpXAQBMQA0AokANAPhADQBOQQ0ApEENAPpBDQBQQg0ApkINAPxCDQBSQw0AABoNAJatBgAefQwAdH0MAOKqBwBGQQ8AIGoCAHZqAgDMagIAImsCAGQLAgAaeQsAfrEOANSxDgAqsg4A1EsGAJzZBQDy2QUAvIsBABKMAQCq9A8ANBwBAALiBQDMkwEAIpQBAFhdAwAilAEAfBcCAGQLAgD8QAwAUkEMAMjWDgAe1w4AZqcPALynDwB4QAIAdNcOAFziBAAAAAAAZAsCAMqQAAAgkQAAzP8MACIADQB4AA0AzgANACQBDQB6AQ0A0AENACYCDQDW3w8ALOAPAILgDwA6IQIAZv0PAJJJAABa2QAAKpYAACqWAACGGAAAZAsCALZ3DgAMeA4AYngOAFYAAACsAAAAAgEAAFziBADI1g4AHtcOAFziBACSSQAAeEACAHTXDgBc4gQAAAAAAGQLAgC2dw4AXHkQAMyTAQBOBAQApAQEAPoEBAAMeA4AYngOAMxVDQAiVg0AeFYNAM5WDQAkVw0AelcNANBXDQAmWA0AfFgNANJYDQCUZA0A6mQNAEBlDQCWZQ0A7GUNAGxlAgDk4AwA9DQIAIYYAABCUAIAhAwQAPguBABCJQIAmCUCAET5AADw+wEAChMHAOrPAgBA0AIAltACALyJAADSQgIAap0JAHIOAAAqwwEAIpQBAFhdAwBOBAQAQiUCADziDAD0NAgAZAsCAPxADABSQQwAkkkAAHwpCwAgVQ0AdlUNAH5NBwDUTQcAupgIAJJJAADgSQIAsMwPAJrgCQBkCwIAKvoHAOgeAABQbw4Apm8OAPxvDgBWLwIAZokAAHjNCADOzQgAJM4IAJzZBQDqzwIAQNACAJbQAgA6IQIAZokAALyJAACSoQEAZokAAGxlAgDSgw0AKIQNAH6EDQDUhA0AKoUNAICFDQAizwkA6DYMAIh1AwDedQMAnOcMANTrAADoNgwAVgAAAJJJAAB8KQsAAAAAAAAAAAAAAAAAOiECAGb9DwBOJwAAThYNANJCAgA6TAIAABoNAGr7DQDOzQgAaAkAAL4JAACWDw0AYEoNALZKDQBmiQAATicAAJJJAAB8KQsAnOcMAGQLAgAAGg0AavsNAM7NCABoCQAAvgkAAJYPDQBgSg0AtkoNABp5CwBmiQAAvIkAAJKECABoCQAAvgkAAJYPDQBgSg0AtkoNABp5CwBmiQAAvIkAAJKECABoCQAAvgkAAJYPDQBgSg0AtkoNAA5lBAAilAEAgpkBACKUAQCMLQkADNAPAGLQDwC40A8ADtEPAAAAAAC6CwIAEAwCAGYMAgAcAQ8AcgEPAGQLAgC2dw4ADHgOAGJ4DgDiZA8AbGUCAAAAAABkCwIAtncOAAx4DgBieA4A4mQPACr6BwCySA0AzJMBAH5LBgB8KQsAIFUNAPwVDABSFgwATG0OALoLAgAQDAIAZgwCAJzZBQDqzwIALvICAGSzAAAqlgAAukAHAJKhAQD8RA4A9DQIAJq/DgDwvw4ARsAOAJzADgDywA4ASMEOAIwKDQBIxRAAnsUQAChDAgCcUgIABGQGAChNBwCa4AkAVi8CADQcAQByDgAAtncOAAx4DgBieA4A4mQPAPwVDABSFgwATG0OALoLAgAQDAIAZgwCACr6BwCySA0AzJMBAH5LBgB8KQsAIFUNAGo5AgBqOQIAUhwPAGQLAgC6CwIAEAwCAGYMAgC8DAIA1t8PACzgDwCC4A8AugsCANJCAgBqnQkANBwBALDMDwDUBw8A/EAMAHwXAgCGGAAA3BgAANJCAgA6TAIAoAYGAGQLAgDKkAAAIJEAAGr5DADA+QwAFvoMAGz6DADC+gwAGPsMAMSpDgACHw8AWB8PAK4fDwDeYA4AwOMBAFBvDgCmbw4A/G8OAGQLAgCWDw0AYEoNALZKDQAEdA4AWnQOALB0DgAGdQ4AXHUOALJ1DgBkCwIAlg8NAGBKDQC2Sg0AZokAALyJAACShAgAZAsCACr6BwDoHgAAUG8OAKZvDgD8bw4AZAsCAJYPDQBgSg0AtkoNALZ3DgAMeA4ABHQOAFp0DgCwdA4ABnUOAFx1DgCydQ4AZAsCAJYPDQBgSg0AtkoNAAAAAAD0/QEAkkkAAMqQAADSQgIAOkwCAEZBDwBWAAAArAAAAGY5AwC8OQMAEjoDAGg6AwAaeQsAfrEOABINAgBoDQIAvg0CABQOAgBqDgIAJhcCACLPCQDoNgwAnNkFAPLZBQBI2gUAHn0MAEJQAgCYUAIAAAAAAEZBDwCcQQ8A6L0PAD6+DwCUvg8A6r4PAHbUDAD8FQwAUhYMAExtDgBwEwMA7L8PAELADwCYwA8AcBMDAGQLAgDKkAAAIJEAACrFAgB+SwYA1EsGAJ7SAQD8Rg8AVgAAAMyTAQB+SwYAfCkLAJznDAAkwgIAzJMBACKUAQCIdQMAZokAAGIiDgDw4goA/BUMAJKhAQBmiQAAnFICAE4nAABOFg0A0kICADQcAQBkCwIAKvoHALJIDQDMkwEAfksGAHwpCwDoNgwAPjcMAGQLAgC6CwIAiFYJAIDdDgDW3Q4ALN4OAILeDgDY3g4ALt8OAITfDgAAGg0ATicAAJJJAAB8KQsAnOcMAF4kEAC0JBAACiUQAGAlEAC2JRAADCYQABqmDABkCwIAugsCAE4WDQCkFg0A+hYNACr6BwCavw4A8L8OAEbADgCcwA4AiI0PAN6NDwCOdgIAkkkAAHwpCwAAGg0AOiECAOw8DgBCPQ4AkkkAAHwpCwCySA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAANpEQABAMAgBmDAIAvAwCAHxaDgDSWg4AKFsOAE4WDQCkFg0A+hYNACr6BwCavw4A8L8OAEbADgCcwA4AiI0PAN6NDwCOdgIAkkkAAHwpCwAAGg0AOiECAOw8DgBCPQ4AkkkAAHwpCwCySA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAANpEQAH5bDgDUWw4AKlwOANzGAQBkCwIAAAAAAGQLAgC6CwIAEAwCAGYMAgBc8gwAsvIMAAAAAAAizwkA6DYMAD43DABwEwMAGnkLALpABwAQQQcAhAwQAPguBADoHgAA9DQIAHATAwDMkwEAIpQBAE4nAABOFg0A4vYCAK4HAwAECAMAtncOAAx4DgBieA4A4mQPADhlDwBUcw8AqnMPAAB0DwAkUQoAelEKANBRCgBc8gwAsvIMABp5CwDW3w8ALOAPAILgDwAmUgoAZKQOAGTmBAC65gQAjl0LAH6xDgDWNxEALDgRAII4EQDYOBEA/BUMAJKhAQD8RA4AUkUOANzGAQDoHgAAIs8JAHjPCQDOzwkA5kwCAEZBDwDA4wEAFuQBAHzBAQBU6AkAPOIMALpABwD8LAIAnkAOAFhdAwAilAEAfBcCAK4HAwAECAMAtncOAAx4DgBieA4A4mQPADhlDwBUcw8AqnMPAAB0DwAUjwIAao8CAPzHDwD0NAgASjUIAI52AgD0NAgAVi8CAChNBwAe+AkAKpYAAICWAADU6wAA4vYCAALaAQBY2gEAkqEBAPxEDgCSSQAAfCkLALZ3DgBmiQAA3MYBAMjWDgDMkwEAOqICAPQ0CABkCwIAugsCABAMAgBmDAIAvAwCACr6BwCySA0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAANpEQAFieDgCung4ABJ8OAFqfDgCwnw4ARkEPAJxBDwDyQQ8AiI0PAE6bDwCkmw8A+psPAFCcDwBcoA4AsqAOAAihDgBkCwIAZAsCAHATAwA0HAEANBwBAALiBQCOdgIAwJEDAGQLAgD0/QEASv4BAKD+AQD2/gEATP8BAKL/AQCGGAAAKpYAAJJJAACIxwEA9DQIAFYAAACMLQkA9DQIAJJJAABmiQAAeM0IAGQLAgC2dw4ADHgOAGJ4DgDiZA8AEAwCAGYMAgC8DAIAKvoHALJIDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAAA2kRAAWtkAAPwsAgD4bw8AKpYAAICWAAA6TAIAtncOAAx4DgBieA4AZLMAAGaLAQAC2gEAWNoBAJKhAQD8RA4AkkkAALZ3DgAMeA4AYngOAAAaDQD2xA8ATMUPAKLFDwD4xQ8ATsYPAKTGDwD6xg8AUMcPAHATAwAAAAAAAAAAAMyTAQBOBAQAyNYOACqWAABWAAAAkEoBADpMAgBiiwIA6s8CAJxSAgB8KQsAZLMAAAAAAAC4fBAAugsCABAMAgBmDAIAvAwCAJDLAQBughAAmr8OAPC/DgBGwA4AnMAOAHATAwC6CwIAEAwCAGYMAgBc8gwAsvIMABp5CwDW3w8ALOAPAILgDwDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEAcg4AAKgtAgCGGAAAZAsCABp5CwDW3w8ALOAPAILgDwCwzA8AcMcHAMbHBwAcyAcAcsgHAMjIBwAeyQcAdMkHAChNBwCSSQAA6EkAAD5KAADangMAZAsCABp5CwDW3w8ALOAPAILgDwCGGAAA9DQIADStCQAilAEAfBcCAHATAwAaeQsAfrEOAGrUDwDA1A8AFtUPAGzVDwByDgAAZokAAOzYBgBWAAAAkqEBADohAgDsPA4AQj0OAJg9DgB0Vg4AkqEBAPxEDgBSRQ4AqEUOAGQLAgCwzA8ATicAAGQLAgC2dw4ADHgOAGJ4DgD0NAgANK0JAHbWDQDM1g0A3mAOADRhDgCSoQEA/EQOAFJFDgC8RQkAkGQOAOZkDgDeYA4ANGEOAICWAADU6wAA4vYCAL57DgCSSQAAfCkLACBVDQB2VQ0AjAoNAOIKDQBG6w4AnOsOAPLrDgBI7A4AnuwOAPTsDgB2fgwAiFYJAIDdDgDW3Q4ALN4OAILeDgBkCwIAOiECAGb9DwBOJwAAThYNANJCAgA6TAIA/EAMAH5LBgByDgAAZAsCAPwVDABSFgwAjnYCADpMAgCGGAAAkkkAAGQLAgAAGg0A/McPAPQ0CABkCwIAWtkAAPwsAgD4bw8ATnAPAJzZBQDqzwIALvICAGSzAAAqlgAAukAHAJKhAQD8RA4A9DQIAJJJAADgSQIANkoCAIxKAgBI6g0ASOoNACASAQAqlgAAgJYAANTrAABWLwIArC8CAAIwAgBYMAIArjACAFYvAgBOJwAAjsoBAOTKAQC2cwwADHQMAAAAAAB8GQMAvvQKAGJ4DgAUfA4AEAwCAGYMAgC8DAIAqC0CAKgtAgAqlgAAZokAAPzHDwBkswAA0kICADpMAgDW9gUAnFICAARkBgAoTQcAmuAJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAJxSAgAEZAYATgQEAE4nAACIVgkAKpYAAPQ0CAD0NAgAjLoPAOK6DwCMLQkADNAPAGLQDwCMug8AhhgAAGSzAADAkQMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQAOZQQAZLMAAOrPAgCcUgIABGQGAChNBwCa4AkAZLMAAGaLAQC8uAIAXiQQAHwpCwCqVwEAfoIMANSCDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAADiqgcAkkkAAFqNBQAeKQ0ANHQCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDABxwBgBycAYAyHAGAB5xBgB0cQYAynEGACByBgB2cgYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB8KQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAABq+QwAkoQIAOiECACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEADmUEACKUAQBYXQMAfksGAARkBgBmiQAAeM0IAA5lBAAgagIAZokAAJxSAgAEZAYAKE0HAJrgCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJxSAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAA0kICADpMAgByDgAAyA4AAB74CQDSQgIAZLMAACqWAABOJwAAjsoBAOTKAQC2cwwADHQMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBcCAPDiCgBG4woAntIBAPQ0CAA6IQIAZLMAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAccAYAcnAGAMhwBgAecQYAdHEGAMpxBgAgcgYAdnIGAMyTAQA6ogIAkKICAOaiAgA8owIAkqMCAOijAgByDgAAFI8CAGqPAgCcUgIAfCkLACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBADIIDQCICA0AKpYAAKpXAQDWNxEALDgRAII4EQDYOBEALjkRAIQ5EQDaOREAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAMggNAIgIDQBkswAAZosBAALaAQBY2gEAkqEBAPxEDgCSSQAABGQGAChNBwCa4AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAMggNAIgIDQAEZAYAWmQGALBkBgAGZQYAXGUGALJlBgAIZgYAOmINAJBiDQDmYg0APGMNAJJjDQDoYw0APmQNAARaAQAyCA0AiAgNAMqQAAAgkQAAavkMAJKECADohAgAPoUIAJSFCADqhQgAQIYIADStCQAoTQcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAMggNAIgIDQByDgAADg8EAGQPBAD8RA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAyCA0AiAgNAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAP4xBABUMgQABFoBADIIDQCICA0ATicAAJKhAQDAkQMAWtkAAPwsAgDAkQMAcg4AAA4PBABkDwQA/EQOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAMggNAIgIDQCyNgQACDcEAF43BAC0NwQAZAsCAHATAwDoSQAAtHoQAAp7EABgexAA0kICAGqdCQBa2QAA/CwCADohAgCSoQEAZAsCABp5CwB+sQ4AEg0CAGgNAgC+DQIAFA4CAGoOAgAAAAAAZAsCACLPCQB4zwkAYosCALZ1DQAMdg0AYnYNALh2DQAq+gcAytcOACDYDgB22A4AzNgOACLZDgB42Q4AKvoHAMrXDgAg2A4AdtgOAMzYDgAi2Q4AeNkOABp5CwB+sQ4AEg0CAGgNAgC+DQIAFA4CAGoOAgBGQQ8AuHwQAAAaDQDS2w4ARLUJAMqQAABmiQAAABoNANLbDgBEtQkAypAAAGaJAAB4zQgAZAsCAEZBDwC4fBAADn0QAGR9EAC6fRAAEH4QAGZ+EAC8fhAAEn8QAMqQAACSoQEAkqEBAGQLAgCMCg0A4goNADgLDQCOCw0AirkPACKUAQB8FwIAZAsCAPxADAB+SwYAfCkLANIpCwByDgAATicAAJJJAABkCwIAnNkFAPLZBQBI2gUAyFcPAB5YDwB0WA8AylgPAHwXAgBU6AkAqugJAGQLAgCc2QUA8tkFAEjaBQDIVw8AHlgPAHRYDwDKWA8AkMkAAHIOAADoHgAA9DQIAGQLAgA6IQIAwJEDAHATAwDA4wEADn0QAHB5CwD0NAgAZAsCALDMDwBOJwAAZAsCAPxADABSQQwAhhgAACqWAACAlgAAZAsCABp5CwB+sQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBACr6BwCIjQ8A3o0PAMCPAgAWkAIAZAsCALZ3DgBajQUAHikNAHQpDQDKKQ0ARkEPAJxBDwBGQQ8AnEEPAPJBDwBIQg8AnNkFAOrPAgD6nRAAUJ4QAKaeEAD8nhAAUp8QAKifEAD+nxAAVKAQAEZBDwCcQQ8AABoNADohAgDsPA4AJMICANwsCgAaeQsAfrEOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAA/CwCAPhvDwBOcA8AtncOAFx5EAA+SgAAoKwDAOIKDQDSQgIAOkwCAGKLAgCSSQAAZAsCAJzZBQDqzwIA+p0QAFCeEACmnhAAsMwPAE4nAABkCwIAtncOAFx5EAA+SgAAugsCAE4WDQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQB8FwIAZAsCABp5CwB+sQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAANJCAgCKuQ8AIpQBAHwXAgBkCwIAlg8NAOwPDQD8xw8A9DQIAJKhAQAOZQQAIpQBAHwXAgBkCwIAsMwPAE4nAABkCwIAtncOAFx5EAA+SgAAIrIQAHiyEADOshAAJLMQAHqzEADQsxAAJrQQAHy0EADStBAAKLUQAH61EADUtRAAKrYQAKgtAgD+LQIAgrUPAPzHDwDcGAAA3kYBAOhJAAA+SgAA2p4DAGQLAgAaeQsAfrEOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQCwzA8AcMcHAMbHBwAcyAcAcsgHAMjIBwAeyQcAdMkHAAhJDQBeSQ0AtEkNAApKDQBwEwMAAAAAAAAAAAAAAAAAZAsCAB59DAAiCBEAeAgRAM4IEQD8QAwAUkEMADrpEACQ6RAA5ukQADzqEACS6hAAABoNAJoHCAD0NAgAwJEDAGaJAACOdgIAhhgAAGQLAgAAGg0AmgcIAPQ0CAD8FQwAhhgAACIIEQB4CBEAzggRAPxADABSQQwAOukQAJDpEADm6RAAPOoQAJLqEAAAGg0AmgcIAPQ0CAByDgAAFI8CAGqPAgB4zQgAzs0IAHwXAgDw4goANBwBAGQLAgD8QAwAUkEMADrpEACQ6RAA5ukQADzqEACS6hAAOiECAJAhAgCy5gYAkM0CAJKhAQD8RA4A/EAMAFJBDAA66RAAkOkQAObpEAA86hAA0hcCAGQLAgB8FwIA8OIKAEbjCgAefQwAIggRAHgIEQDOCBEA/EAMAFJBDAA66RAAkOkQAObpEAA86hAAkuoQAFYAAACQSgEA5koBACTCAgDMkwEA9DQIAIy6DwCAlgAAGqYMABSPAgBajQUAHikNAJxSAgB8KQsAfBcCAMCRAwBwEwMAsjYEAAg3BABeNwQAtDcEAFrZAADMkwEAfksGAOhJAABkCwIAGnkLAH6xDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoLQIA/i0CALZ3DgDywA4A/G0NACLPCQB4zwkAgJYAAOg2DAA+NwwAZAsCAPwVDABSFgwATG0OAFYAAAA0HAEAZAsCABp5CwDW3w8ALOAPAAAAAACC4A8APJIPAA48BQAC4gUA/McPAPQ0CABkCwIAugsCABAMAgBmDAIAvAwCAFrZAADMkwEAfksGAOhJAABkCwIAGnkLAH6xDgDUsQ4AKrIOANRLBgCc2QUA8tkFALyLAQDK/gwAIP8MACD/DAD0wQ4AfMEBAIYBCgDcAQoAMgIKALR4DwAKeQ8AVgAAAJBKAQDmSgEARj0NAJw9DQDyPQ0ASD4NAGQLAgCc2QUA8tkFADySDwCSkg8A6JIPAD6TDwCUkw8A6pMPAA5lBAB4gQ0AzoENAMDtBgDAkQMAZLMAALqzAABypwwAyKcMAB6oDAC2cwwADHQMACqWAACAlgAA1OsAAOL2AgB8FwIA0hcCAGaJAABceRAAPkoAANqeAwAwnwMAABoNAFYaDQCsGg0AtncOAAx4DgBieA4AFHwOABAMAgBmDAIAXPIMALLyDADywA4A/G0NACr6BwDoHgAAKpYAALZ3DgBceRAAPkoAALoLAgA2kRAAjJEQAOKREAA4khAAKvoHAIiNDwDejQ8AwI8CABaQAgBkCwIAtncOAFqNBQAeKQ0AdCkNACLPCQB4zwkARkEPANJCAgDoNgwAPjcMAGQLAgA0HAEAAuIFACTCAgDcLAoAThYNANJCAgBkCwIANBwBAIocAQDSQgIAOkwCAPxADABSQQwATicAAE4WDQDSQgIANBwBAALiBQCcUgIABGQGAChNBwAqlgAAwO0GAL7BBgCSSQAABGQGAChNBwCa4AkAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAThYNANJCAgBkCwIAtncOAGaJAADcxgEAXHkQAD5KAADangMAMJ8DACCvDwAisA8AeLAPAM6wDwC6CwIAEAwCAGYMAgAcAQ8AcgEPAGQLAgC2dw4ADHgOAGJ4DgC8dgwAEncMAGh3DAC+dwwAFHgMAGp4DADAeAwAFnkMAJj+AwDu/gMAPJIPAJKSDwBOAgMApAIDAPxEDgAyxwEA5moRADxrEQAQ2BIAGP0NAMCRAwCAwwEAQJgRAOrvEgD0NAgA0j4AAJJrEQDoaxEAQJgRAFhOEQBCTAAALmgTAOrvEgD0NAgA6u8SAOrvEgD0NAgAQJgRAAzWEgDq7xIALmgTAHwXAgA+HwAAIBIBAC5oEwAgEgEA4JIRAOCSEQD0NAgAjLoPAEAgAAAgEgEAPMoAAKAGBgD4SBEA+EgRAOrvEgCgBgYA6u8SAFBvDgDcZREAMmYRAP73EQDmahEAPGsRAO5FEgAuaBMAaAkAAECYEQDcZREAMmYRACASAQB+YREAGrISAHCyEgBysREAfBcCAOCSEQCSlhEA6JYRAOZqEQA8axEAlkQSADQcAQC4fBAA4JIRADhpEQDgkhEAmuAJAPIeEwD+9xEAQJgRAC5mEgDq7xIAaAkAAGgJAAAGexEAXHsRALJ7EQAuaBMAcg4AAERvEQCabxEARG8RAJpvEQA4vxEALmgTAPxtDQCuBwMA9DQIAJKECAD0NAgABnsRAFx7EQAG/hIAIBIBAAZ7EQBcexEABv4SAD4fAADmahEAPGsRAO5QAgBkCwIA2IQMAECYEQBwEwMAkkkAAOCSEQA6ogIA9DQIAECYEQAqRAIARG8RAJpvEQDgkhEAmG4RAO5uEQBEbxEA2pESAERvEQDakRIADKsSAOCSEQAQgBEACHwRAF58EQB+YREACHwRAAAAAABkCwIABnsRAFx7EQAGexEAXHsRAAZ7EQBcexEA8G8RAP73EQDwSBMARkkTAGo5AgCYbhEAfmERAERvEQCabxEAajkCAPQ0CABkCwIALmgTAGQLAgCeShMAUnYRALRVEwBAmBEAQJgRAFziBABc4gQAXOIEAHATAwB4zQgAZv0PAHj6CQBm/Q8AylgPAMpYDwCSSQAAwnsNAF6pEgBE+QAAcg4AAHIOAADEhBEAYHsQAET5AADqmRIAcg4AAGB7EADgkhEA4JIRAOCSEQDgkhEA4JIRAH5hEQB+YREA4JIRAOCSEQDgkhEA4JIRAOCSEQDgkhEAfmERAH5hEQB+YREA4JIRAOCSEQDgkhEAfmERAH5hEQDQihEAfmERAH5hEQDgkhEA4JIRAOCSEQBkCwIAZAsCAMwLEwBoCQAAzAsTAGgJAACEjxEAlLoNAGQLAgAuaBMA0kICAIYBCgBkCwIAcg4AAHIOAADgkhEA4JIRAJKhAQC0VRMABnsRAFx7EQBwEwMAQJgRAC5oEwByDgAAOpURAGQLAgCUzwIA6B4AAMCRAwBU6AkAhhgAAPQ0CABomggA9DQIAGLWEgBAmBEAyN4SALRVEwByDgAA4HQCAFrZAABa2QAAWtkAAC5oEwBa2QAAlE4CAIQMEAAuaBMA4HQCAC5oEwAiawIAPO4SAFLOEgCozhIAnpwRAC5oEwD4TBMATk0TAJL5AgAgEgEALmgTACDcEABoCQAALmgTAFYAAACGGAAAjLoPAFhOEQDAkQMAfI0SAFYAAAA87hIAaAkAAC5oEwAuZhIAaAkAAECYEQBoCQAAaAkAAPZJEgBAmBEAWE4RABSPAgDAkQMAZKoRAKIDBABW3QMAYKgRABLmAwCEaBMAmgcIAH5hEQAashIAcLISAG7cEgBQ2gMABnsRAFx7EQAG/hIAjr8RAH5hEQAuaBMAotwFAE7ZAwCg8xEAfmERAOCSEQDgkhEABnsRAFx7EQDgkhEAkpYRAOiWEQDIDgAAQJgRADRXCQD8RA4AQJgRAIiTEgCIkxIAQJgRAMy1EgCMkxEARCoEAGQLAgBAmBEAdLIRAKAGBgAuaBMAZAsCAGQLAgBkCwIAhGgTAGQLAgBYThEALmgTAGQLAgBAmBEAtFUTAJKWEQDolhEAZAsCAKDbBQD2dBIA3oULAN5gDgAuaBMAsmUGAC5oEwCSXQoAutURAEAgAABAmBEAdLIRAMqyEQBmVxIALmgTABSPAgD8RA4AQJgRAAzWEgBE+QAA9nQSAKDzEQCA1wsAErUAADohAgBkCwIAfmERABqyEgBwshIABnsRAGSsEgDeYA4AREYSAFhOEQByDgAAIBIBAOC9EQA8QhIAkkISAGZXEgCSSQAAfmERABqyEgBwshIAbtwSAMTcEgBmVxIAkkkAAGZXEgCSSQAAxFkRAE7KEQAuaBMAZAsCAC5oEwBkCwIAQJgRAAzWEgD+9xEAQJgRABqwEQBwsBEAxrARADI9EgBkCwIA/G0NAGTVEQBAmBEA4JIRAJKWEQDolhEAFNgRAEQDBgBYThEA8h4TAC6FDACEaBMA4JIRAIRoEwDgkhEAZAsCAITlEQDa5REAMOYRABqwEQBwsBEAxrARAByxEQCmTBIAhOURANrlEQAw5hEAxFkRADhRBQB+YREAGrISAHCyEgBu3BIAxNwSADoICwAuaBMAFI8CAC5oEwD2dBIAWE4RAFziBABO2QMAfCkLAOCSEQCSlhEA6JYRALxXEgBAIAAAfmERABqyEgBwshIALmgTAHATAwBu3BIAxNwSANrVCQBmVxIAkkkAANbjEQAs5BEAguQRABrdEgCyZQYA1uMRAOCSEQA2wBIAfmERAIRoEwDgkhEAkpYRAIRoEwD8RA4AZAsCALRVEwCSlhEA6JYRADTSBgBAmBEADNYSAC5oEwBQFw0AQJgRAC5oEwC4kwYAwNoSAH5hEQCEaBMARG8RAJpvEQD0NAgAnEcSAITlEQDa5REAMOYRALRVEwCSlhEA6JYRAGSqEQAUjwIA/EQOAMDaEgAuaBMA/EQOAGQLAgDckhIA9DQIACTCAgDA2hIAFtsSAGzbEgDEWREAIBIBAECYEQAuaBMA8sAOAFhOEQAapgwAfmERAMDaEgB+YREAwNoSAOCSEQCEaBMAhGgTAIRoEwDgkhEAkpYRAOiWEQAasBEAcLARAMawEQDeaBIAGt0SAHDdEgD2dBIAQCAAAByxEQDkvxEAwNoSABbbEgBs2xIAwtsSALRVEwCMkxEAOm4TANi5EQAuuhEAOm4TANbjEQDA2hIAfmERABqyEgBwshIAfmERABqyEgBwshIALmgTACS3EgCc5wwALmgTAPxEDgAuaBMAMP0HAFhOEQBkCwIAoAYGACASAQBAmBEAzLUSAIyTEQCu0RIAAAAAAPQ0CAAAAAAA2mgTAECYEQDMtRIAjJMRAK7REgAAAAAA9DQIAAAAAAAuaBMALmgTABDYEgAuaBMAENgSAC5oEwAQ2BIA2mgTAC5oEwCIkxIAhGgTAOCSEQDgkhEAkpYRAOiWEQBAmBEAAAAAAAzWEgD8bQ0AfmERABqyEgBwshIAAqQRAC5oEwA87hIAkkkAALRTEgBkrBIAmgcIACC1EgB2tRIABv4SAMCRAwDA2hIAFtsSAGzbEgBAmBEAQJgRAOCSEQCSlhEA6JYRALpvCQAAAAAAUiISAKgiEgD+IhIAaJoIADbAEgCMwBIA4sASAC5oEwDEWREAnOcMAHzDAgD8RA4AQJgRAC5oEwB8jRIAbnYKAMRZEQAuaBMAmuAJAP73EQAGexEAXHsRAERvEQCabxEAfmERABqyEgBwshIAiHUDAECYEQAuaBMA+NgDAOCSEQDgkhEAkpYRAOiWEQD0NAgAQCAAAOCSEQC4qxIA4JIRAJKWEQDolhEAulgTAAAAAAB+YREAGrISAHCyEgBAmBEAdLIRAMqyEQBYThEAQJgRAFbpCQD2dBIAWE4RAOAcAQAAAAAALmgTAPZ0EgBYThEA4BwBAMQwEgB+YREAGrISAHCyEgDMtRIAjJMRAC5oEwBAmBEA4JIRAJKWEQDolhEALmgTAMCRAwD6dhIAZAsCAIQ7EgDgkhEARPkAAA5vCQCSSQAAyN4SAMCRAwCgBgYALmgTAICWAACIkxIAiHUDAErzEQBkCwIAZAsCAECYEQAG/hIAClYTACASAQD+9xEAZAsCAJZEEgB+SwYAdLIRAMqyEQBK8xEAIpQBAMQwEgAaMRIAcDESAPQ0CAAAAAAAAAAAAAAAAAAuaBMA9nQSAAAAAAAAAAAAAAAAAJZEEgBUThIAkkkAAGQLAgAgEgEALmgTADzuEgD2dBIA9DQIAOCSEQCg8xEAoPMRAOCSEQCMkxEArgcDAMZeEwAashIAcLISAG7cEgDE3BIA8h4TALRVEwCMkxEAXOIEAH5hEQDUYREAXOIEACqWAACSSQAA8AcIAC5oEwBmiQAA8AcIAIRoEwBeUxIASvMRAAZ7EQBcexEA8G8RAHSyEQDKshEABnsRAFx7EQDwbxEAdLIRAMqyEQCSSQAAkkkAALrVEQB8wQEANsASAIzAEgDiwBIAZlcSAC5oEwDAkQMA4JIRAC5oEwD42AMAEtkSAGQLAgDgkhEAkpYRAOiWEQDIXRIAHl4SAFziBABc4gQALmgTAPjYAwD42AMAoNsFANySEgBYThEAAAAAAC5oEwAuaBMAKpYAAECYEQD42AMAJLcSAGQLAgD6PQsAfBcCAIxqEgDiahIAVgAAAFYAAACyZQYAQJgRAGQLAgAuaBMALmgTAIYYAAB+YREAGrISAHCyEgDu7xEAUBcNAFDaAwDgkhEAkpYRAOiWEQBGQQ8ABnsRAGSsEgAwkhIALmYSAJrgCQAuZhIALmYSAPQ0CACGGAAABnsRAGSsEgBcexEAfmERAECYEQAuZhIAhGYSANpmEgDyHhMARHESAMCvEgDgkhEA+NgDAECYEQA2BAoARAsKAAAAAACkSxIA+ksSAAAAAAAAAAAArhUKABobBwBQFw0AQJgRAC5oEwAuaBMAiJMSAJJJAABAmBEALmgTALh8EABAmBEAIBIBAGQLAgBAmBEA0LcSAIYYAADgvREA8h4TAP73EQAuaBMALmgTAC5oEwCGGAAAhhgAAIYYAAD+9xEALmgTAC5oEwCGGAAAhhgAAIYYAACGGAAAhhgAAOCSEQCSlhEA6JYRAC5oEwBkCwIALmgTAGQLAgAuaBMAIBIBAHCHEgAgEgEAZAsCAC5oEwBoCQAAcIcSAGgJAAAktxIAmuAJAHCHEgBwEwMAAAAAAMCRAwAciBIAwJEDAC5oEwAktxIATngTAECYEQBOeBMALmgTAE54EwDgkhEAkpYRAOiWEQAuaBMA6L0PACASAQBYThEAcg4AAHIOAABYThEA/EQOACS3EgBwEwMALmgTAHATAwB+YREAGrISAHCyEgDgkhEAkpYRAOiWEQBkCwIAOkwCAC5oEwBkCwIALmgTAECYEQBMdRIAZAsCAGQLAgCgBgYANJQSACASAQAyLQoA8h4TAECYEQD0NAgAaAkAAC5oEwBwhxIAAAAAAGQLAgBEbxEAmm8RADi/EQC4fBAA4JIRAJKWEQDolhEAJuMSAECYEQCQQxMADNYSADpDEwBAmBEAQJgRAOqZEgBAmhIAlpoSAOqZEgBAmhIAlpoSAOyaEgBCmxIA6pkSAECaEgCWmhIA7JoSAEKbEgAM1hIA4JIRAJKWEQDolhEAJuMSAECYEQCQQxMADNYSADpDEwBAmBEAokANAECYEQCSSQAAJMICAJJJAAC0VRMAkpYRAOiWEQBAmBEAXKgSAPQ0CADAkQMASD4NAHATAwAyFBMAZKwSAJDLAQBkCwIAcg4AAAAAAAAapgwAAAAAANqREgCuphIABKcSAFqnEgAuaBMAtFUTAJKWEQDolhEAZAsCAGgJAABc4gQAXOIEAPIeEwBkCwIAfmERAGQLAgBAmBEAcBMDAECYEQBCfQMAPO4SADzuEgBGQQ8AQJgRAC5oEwBkCwIABnsRAFx7EQC0VRMAkpYRAOiWEQC0VRMAZAsCAPQ0CAAuaBMA9DQIALCnEgCK3gwAmuAJAGgJAADyHhMAsuIEACI3EwASjAEARPkAAK7REgBEbxEAmm8RAK5GDQAyFBMAqEEMAGQLAgCGvRIAZAsCAKhBDABE8hIA8vMSAOxlDQDA4wEAfmERABqyEgBwshIAZAsCAC5oEwAuaBMAtFUTABSPAgAUjwIAtFUTALRVEwD0NAgApHQRAPp0EQCSwxIAaoIRAH5hEQDgkhEAjJMRACgYAgAAGg0AKsMBAAh8EQB+YREArl0DAMDjAQCg2wUA4K0JACpOBwB8FwIAkkkAAIL3BQD0NAgALmgTAPxEDgDMCxMAlM8CAFZaAgCUzwIAVloCAPZUAgDehQsAhGgTAHzDAgAuaBMAaAkAAGQLAgDAghEA6B4AAK5dAwCeShMAZAsCAC5oEwCYbhEA4MgBAC5oEwDyHhMANGsTALLiBAAuaBMAcBMDAHATAwBwEwMAcBMDAECYEQBAmBEAzrYSAIyTEQBysxIAZAsCAJJJAAAUjwIAENgSAHIOAAD8RA4AfmERABqyEgBwshIAaJoIAOCSEQCSlhEA6JYRABrdEgBw3RIAdLIRAMqyEQB0shEAyrIRAOCSEQBE8hIAajkCAC5oEwBkCwIArgcDAERvEQBU+hIAQJgRABADEwB4gQ0A/McPAGQLAgBE8hIA8vMSAAijDwCGGAAARPISAPLzEgAIow8AbGUCAETyEgDy8xIACKMPAAZ7EQBcexEABv4SALL+EgB64hIA0OISAH7kEgBE8hIA8vMSAAijDwBE8hIA8vMSAAijDwBE8hIA8vMSAAijDwAGexEAXHsRAAijDwA0YQ4ABnsRAFalEgC0VRMAuKsSAC5oEwBkCwIATicAAE4nAAB8FwIAVi8CAPhIEQA47BIASOoNAAzWEgBkCwIALmgTAGQLAgB2VQ0ARMcSAN5gDgBkCwIAZAsCADK+EgD+9xEA8EgTAFx7EQCQywEAZAsCACKDDgA+ogEAThYNACbjEgDgkhEAfBcCAMopDQAm4xIAcBMDACbjEgBwEwMAQJgRAGQLAgBkCwIARPISAPLzEgAuaBMABnsRAFx7EQAG/hIAPjcMAGQLAgBkCwIAZAsCADi/EQBkCwIAJOISADhlDwByDgAAaqcOAERvEQBAmBEAfmERABr8DACoQQwAulgTAAAAAACoQQwAEKcPABwJEwASqA8AcgkTAP73EQDCsBIAtFUTAIyTEQBE8hIA4mQPAPhIEQD+9xEAHAkTAP73EQByCRMA/vcRAETyEgDy8xIAOMESAFYAAAC8RQkAkkkAAAJ5EQByDgAAZAsCAKhBDAAyvhIAZAsCADCSEgBsZQIADgITADxEEwCSRBMAwJEDAD43DAD0NAgAZAsCAGQLAgBkCwIALmgTAAxLDQAMSw0ADEsNAAxLDQB8FwIAfBcCAGTRDwBkCwIABnsRAIIREwBE8hIAlkYTAGQLAgBE8hIAOGUPAGQLAgDq7xIA/vkSAAZ7EQBU+hIAZAsCABADEwBmAxMA2DwTALwDEwBkCwIAZAsCAETyEgA4ZQ8A6u8SAP75EgAGexEAVPoSAGQLAgBSHA8AlhsTAAZ7EQBcexEAtFUTAIyTEQBkCwIAMhQTAPIeEwDyHhMARPkAABSvEgDuHBMAwK8SABbkAQAMSw0ADEsNAAxLDQAMSw0AZAsCAA4CEwCcmxEACHwRAGJ+EQA+NwwAyFcPAO5QAgDsRhMAVqUSAOrvEgBAmBEA7kcTAECYEQDyHhMAcBMDAEjqDQBI6g0AZAsCAFAXDQAQAxMAZgMTAPQ0CAD0NAgAjJEQAAZ7EQBcexEAUBcNABADEwBmAxMA9DQIAPQ0CACMkRAANusSAIzrEgAGexEAZKwSAAyrEgAAAAAAQJgRAECYEQCuBwMA4JIRAETyEgBWdA8AYlUSAGSsEgBmLhMAKjsTALRVEwC4qxIAcBMDALhVEgAG/hIAfCkLAC5oEwA8TQIAVgAAACbjEgBE8hIAVnQPAJJJAADgkhEA9DQIAGQLAgAGexEAXHsRAIyREADyQQ8AcBMDAHATAwB8wQEAfMEBAHzBAQB8wQEAcBMDAECYEQB8wQEAZAsCAGQLAgBkCwIAAAAAAAAAAABE8hIAlkYTAAZ7EQBcexEAjJEQAE5wDwAuaBMARPISAHwpCwAuaBMARPISAJ5KEwBAmBEAZAsCAGQLAgDAkQMA9DQIACqWAABkCwIADgITADxEEwCSRBMA6EQTAD5FEwCURRMA6kUTAHATAwAGexEAXHsRAPBvEQAQAxMAZgMTAECYEQAGexEAZKwSAJbwEgC0VRMAkpYRAJhuEQD+LQIAOOwSAEpLEwCgSxMA9ksTAExMEwC0VRMAjJMRAMrJBwC0VRMAQJgRAFJPEwBwEwMA/EQOAMpWDgB+5BIA/kUOAETyEgDiZA8AOOwSAEpLEwCgSxMA9ksTAExMEwCiTBMAfuQSADjsEgBKSxMAoEsTAPZLEwBMTBMAokwTAOCSEQDyHhMAnPMSACASAQAyvhIALmgTACASAQAM1hIAIBIBAAzWEgBEbxEA2pESACASAQBkCwIARPISAPLzEgAGexEAXHsRAP4tAgASLxMAEi8TAP4tAgB+YREAfmERAH5hEQCE5REAfmERAH5hEQB+YREAfmERAERvEQDakRIAfmERAITlEQB+YREAHLMSAH5hEQAcsxIAfmERAByzEgA2wBIAHLMSAH5hEQAcsxIAfmERAByzEgBsrhEAHLMSAH5hEQAcsxIAGrARAHCwEQCyexEAZAsCAPIeEwBkCwIAcBMDAECYEQCGGAAA/EQOAAh8EQDowxIAyAkTAMgJEwAIfBEAXnwRAHjNCADcaRMAcBMDAHATAwByDgAAcg4AAPygEQBAmBEAFuQBAH5hEQAuaBMA8kEPADpuEwDyQQ8ALmgTAH5hEQBYThEALmgTAFhOEQB+YREAGrISAFhOEQCUcBMA6nATAH5hEQBwEwMAhLwSAECYEQBkCwIAZAsCAGQLAgBOeBMAZAsCAGQLAgBkCwIATngTAGQLAgAkzggATngTAC5oEwCS6hAAZAsCAGQLAgBOeBMAQJgRABqwEQBwsBEAxrARAH5hEQAEWgEA6u8SAP75EgBkCwIAtFUTAIyTEQAGexEAXHsRAAb+EgASjAEAdv8MABQwEwAiNxMA/EQOAJKYEgDakRIADKsSAN5gDgDgkhEAuKsSAN5gDgAuaBMAeM0IAAKkEQDQtxIARPISAPLzEgAGexEAZKwSAGYuEwAuaBMAWE4RAMopDQCGGAAALmgTAJrgCQAGexEAXHsRAAb+EgDI1g4AAqQRAN4/EwAGexEAghETAETyEgDiZA8ALmgTAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIAAAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAAAAACAAwAAgAMAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIABAACAAAAAgAMAAIADAAAAAwAAgAMAAAADAACAAwAAAAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var DATABASE_DIAL = /\bconnect(?:ing|ion)? to (?:the |a |your )?(?:test |testing )?database\b|\bdatabase connection (?:failed|error|refused)\b/i;
var OWN_SERVER_WORDS = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b/i;
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
      } else if (DATABASE_DIAL.test(line) && !OWN_SERVER_WORDS.test(line)) {
        const mention = this.current?.mention ?? this.sqlMentionAbove() ?? this.runMention;
        finding.kind = "infrastructure";
        finding.confidence = "ambiguous";
        finding.service = mention !== void 0 && serviceDefinition(mention)?.family === "sql" ? mention : "sql";
        finding.note = `port ${interpreted.ownPort} is no service's default, but the line says it was connecting to a database: the database missing, or its port configured wrong`;
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
  /** The SQL database the few lines above name (`testing postgres...` before a test binary's own connect). */
  sqlMentionAbove() {
    for (let back = 1; back <= 3; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const service = mentionedService(line);
      if (service !== void 0 && serviceDefinition(service)?.family === "sql") return service;
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
