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
} from "./chunk-FUBWAZWG.js";
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
    // PHPUnit's failures are its AssertionFailedErrors (an assert*, `$this->fail()`, a mock's expectation), its errors
    // every other Throwable (sebastianbergmann/phpunit src/Framework/TestResult.php run(): `catch (AssertionFailedError $e)
    // { $failure = true; }`, `catch (Throwable $e) { $error = true; }`; ResultPrinter printErrors/printFailures).
    { event: "details", pattern: /^There (?:was|were) \d{1,6} errors?:$/ },
    { event: "details", pattern: /^There (?:was|were) \d{1,6} failures?:$/, listsAssertions: true },
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
var DERIVED = `{"prefilter":{"key":"rules 294\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT|SocketError|Redis::TimeoutError)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/Failed to get driver instance for jdbcUrl=jdbc:(?<protocol>\\\\w{1,40}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,163,172,206,218,219,245,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,473,474,476,478,479,480,481,482,483,484,487,488,489,491],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13147,"states":14869,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAADCRAcABgAAANJCAgAHAAAAjiwIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAADu3wkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAABaiQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAACgsDAB0AAAAAAAAAHgAAAOA4DwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAPbZBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAeFgOACkAAAAAAAAAKgAAAHzBAQArAAAASP8CACwAAACe0gEALQAAAHh9CwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAAC60xAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAACOuQ4APwAAAGT2DABAAAAAJAENAEEAAAACdxAAQgAAABYnDgBDAAAAAnMOAEQAAAAAAAAARQAAAGB3DgBGAAAAAAAAAEcAAACkmQ4ASAAAAK6eDgBJAAAA/PgSAEoAAAD8xQ4ASwAAAEDoDgBMAAAAlugOAE0AAADs6A4ATgAAALz7DgBPAAAAxP8OAFAAAAAiLw8AUQAAAHiwDwBSAAAAzrAPAFMAAAAstQ8AVAAAAA7TEABVAAAAZNMQAFgAAACsAAAAWQAAAJImBABbAAAAXG0KAFwAAACQSgEAXwAAAOqgAABhAAAAcPgKAGIAAAAmJQkAagAAAAYyAgBtAAAA3iEEAHMAAADSPgAArwAAAAIBAAC5AAAAADEDALsAAABKEgwABQEAAJJAEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAADoQBEAGQkAAD5BEQBqCQAA9u0OAHAJAAC+CQAAfQkAAFbtCwCBCQAAQukOAIQJAAD6aAsAxQkAABQKAADLCQAAev8LABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAJRBEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAAmjwNAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAABkzw4AgA4AAIKZAQCBDgAAYjEAAIMOAAC+ZQMAhg4AANTvAgCPDgAAqAYEAJIOAABizg4Azg4AAB4PAADXDgAAUmYJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAADqQREAhxgAALz/EACIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAA8lQDAN4YAACe0AAA3xgAALTrCADjGAAAKisLAOQYAAAyGQAA5hgAAN5GAQDnGAAAkq8IAOkYAAB8ogcA6xgAAEBjDADtGAAAMFEHAPIYAACkVgIA9RgAAID4BgAzGQAAiBkAADUZAAASwQYAOBkAAEKPDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAAQEIRAO4eAAA+HwAA8h4AAOpmDgD/HgAAZswMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAABSiwYASCAAAJYgAACZIAAA6qwGAJ0gAADsIAAAoSAAAD5UBQCkIAAAesQDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAACWQhEAUCcAAI7KAQBTJwAA6A0NAFcnAADQiBAAWicAAKQnAABcJwAAIk4JALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAOxCEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAEJDEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAJhDEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAO5DEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAAmkQRAO4+AAAoPwAAMD8AAPBEEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAARkURAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAJxFEQCXSQAAeEACAJhJAAD0hAUAmUkAAPwNCACdSQAA6EkAAJ5JAAAWIQsAoEkAAJ5bBgCmSQAA4EkCAO5JAABOchAA9EkAAD5KAABESgAAdJYDAEZKAADyRREAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAASEYRABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAACeRhEAcGIAAMRiAADHYgAAGmMAAB1jAAD0RhEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AAEpHEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAAoEcRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAPZHEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AAExIEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAAokgRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAA+EgRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAABOSREAZ4kAAB4EEABpiQAA3MYBAGyJAACOdgIAbYkAADT/BwBuiQAAMKUGAG+JAACQyQAAcIkAAJxSAgBziQAAlr8PAHWJAAC8iQAAd4kAABLFCAB8iQAAhtAGAH2JAAD8GQ4AxokAAN6sCQDLiQAAEooAAB6KAABoigAAaYoAAMLoAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAACkSREAk5AAAPpJEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAKsUCACuRAABm9wwALJEAAMbmAQAvkQAABPEMADmRAACAbwIAQJEAAHaRAACDkQAAzJEAANGRAAAikgAAJpIAAHiSAACFkgAAzpIAANaSAAAkkwAA2ZIAAJYLCwArkwAAepMAADOTAAAalAMAfJMAANCTAADakwAAJpQAACiUAAB8lAAAlZQAANKUAADUlAAAKJUAACuVAAB+lQAAipUAANSVAADclQAAUEoRADCWAACAlgAAMpYAABxfEwA5lgAAWuUGADuWAABUOAcAPZYAAKpXAQBClgAAuqAMAEaWAADi4Q0AhpYAANTrAACYlgAA1pYAANiWAAAslwAA45YAAACsAADvlgAAOJ0AADuXAACClwAAkZcAANiXAADklwAALpgAADGYAACEmAAAh5gAANqYAADymAAAMJkAADeZAACGmQAAkpkAANyZAADpmQAAMpoAAECaAACImgAAlJoAAN6aAADlmgAANJsAAEybAACKmwAAlpsAAOCbAADmmwAANpwAADycAACMnAAAkZwAAOKcAADonAAA/EoRADqdAACOnQAAlZ0AAOSdAAD8nQAAOp4AAEGeAACQngAAqZ4AAOaeAAD+ngAAPJ8AAEifAACSnwAAmJ8AAOifAADunwAAPqAAAEOgAACUoAAAmqAAAFJLEQADoQAAQKEAAFGhAACWoQAApKEAAOyhAAD7oQAAQqIAAEqiAACYogAAuKIAAO6iAAD6ogAARKMAAFijAACaowAAoqMAAPCjAAD2owAARqQAAFKkAACcpAAApqQAAPKkAAD4pAAASKUAAFalAACepQAAqqUAAPSlAAAPpgAASqYAAEymAACgpgAAsaYAAPamAAD+pgAATKcAAFqnAACipwAApacAAPinAAAAqAAATqgAAFuoAACkqAAAqagAAPqoAAAEqQAAUKkAAFipAACmqQAAqKkAAPypAAANqgAAUqoAAGOqAACoqgAAraoAAP6qAAACqwAAVKsAAGCrAACqqwAAsasAAKhLEQAFrAAAVqwAAGCsAACsrAAAxKwAAAKtAAAFrQAAWK0AAGGtAACurQAAr60AAASuAAAFrgAAWq4AAF+uAACwrgAAtq4AAAavAAAQrwAAXK8AAGivAACyrwAAua8AAAiwAAAgsAAAXrAAAGCwAAC0sAAAvbAAAAqxAAAUsQAAYLEAAGuxAAC2sQAAzrEAAAyyAAAisgAAYrIAAGeyAAC4sgAAv7IAAA6zAAAaswAA/ksRAGazAACExwIAabMAAGaLAQBtswAAWLkGAG+zAAAsfAgAdbMAALqzAAC8swAAooACAMizAAAQtAAAHLQAAGa0AAAftAAA0PkIAHO0AAC8tAAAxrQAABK1AAATtQAAnO8QABq1AABotQAAb7UAAL61AACDtQAADrUBAMO1AAAUtgAAILYAAGq2AABttgAAwLYAAMi2AAAWtwAAI7cAAGy3AABxtwAAwrcAAMy3AAAYuAAAILgAAG64AABxuAAAxLgAAM24AAAauQAAG7kAAHC5AABxuQAAxrkAAMu5AAAcugAAIroAAHK6AAB8ugAAyLoAANC6AAAeuwAAILsAAHS7AAB9uwAAyrsAANS7AAAgvAAAK7wAAHa8AACCvAAAzLwAANm8AAAivQAALL0AAHi9AACGvQAAzr0AAN29AAAkvgAAJr4AAHq+AACEvgAA0L4AAN6+AAAmvwAAK78AAHy/AACJvwAA0r8AANq/AAAowAAAKcAAAH7AAACEwAAA1MAAANnAAAAqwQAANMEAAIDBAACFwQAA1sEAAOXBAAAswgAAMcIAAILCAACTwgAA2MIAAODCAAAuwwAANMMAAITDAACQwwAA2sMAAPfDAAAwxAAAOcQAAIbEAACSxAAA3MQAAN/EAAAyxQAAPMUAAIjFAACUxQAA3sUAAOXFAAA0xgAAPMYAAIrGAACjxgAA4MYAAPTGAAA2xwAAPscAAIzHAACPxwAA4scAAO7HAAA4yAAAPsgAAI7IAACpyAAA5MgAAPDIAAA6yQAAQMkAAFRMEQCayQAA5skAAPHJAAA8ygAARMoAAArcAABIygAAksoAAJ/KAADoygAA8soAAD7LAABMywAAlMsAAKPLAADqywAA7MsAAEDMAABKzAAAlswAAKTMAADszAAA8cwAAELNAABPzQAAmM0AAKDNAADuzQAAqM0AAFSCAQDvzQAARM4AAPLNAAAwcAEA/s0AAPSnAQBVzgAAms4AAKPOAADwzgAAB88AAEbPAABUzwAAnM8AAKnPAADyzwAA+s8AAEjQAABn0AAAqkwRAKfQAAD00AAA/tAAAErRAABV0QAAAE0RAKLRAAD20QAA/9EAAEzSAABW0gAAotIAAK3SAAD40gAABNMAAE7TAABb0wAApNMAAK7TAAD60wAACNQAAFDUAABf1AAAptQAAKjUAAD81AAABtUAAFLVAABg1QAAqNUAAK3VAAD+1QAAC9YAAFTWAABc1gAAqtYAALDWAAAA1wAADNcAAFbXAABz1wAArNcAALXXAAAC2AAAENgAAFjYAABe2AAArtgAALrYAAAE2QAAC9kAAFZNEQBc2QAA/CwCAGDZAACw2QAAtdkAAAbaAAC+2QAAHu4EABPaAABc2gAAc9oAALLaAACz2gAACNsAAArbAABe2wAAYdsAALTbAAC32wAArE0RACvcAABg3AAAYdwAALbcAAC43AAADN0AAA/dAABi3QAAZd0AAAJOEQC93QAADt4AABTeAABk3gAAa94AALreAADc3gAAEN8AABjfAABm3wAAdd8AALzfAAC+3wAAEuAAACPgAABo4AAAeeAAAL7gAADK4AAAFOEAABvhAABq4QAAcuEAAMDhAADE4QAAFuIAACTiAABs4gAAduIAAMLiAADN4gAAGOMAAB3jAABu4wAAd+MAAMTjAADO4wAAGuQAACLkAABw5AAAcuQAAMbkAADT5AAAHOUAADDlAABy5QAAeuUAAMjlAADJ5QAAHuYAACDmAAB05gAAd+YAAMrmAADN5gAAWE4RACXnAAB25wAAfOcAAMznAADT5wAAIugAACroAAB46AAAh+gAAM7oAADT6AAAJOkAADHpAAB66QAAiukAANDpAADe6QAAJuoAAD3qAAB86gAAheoAANLqAADY6gAAKOsAADTrAAB+6wAAhesAAK5OEQDZ6wAAfO4CANzrAAAq7AAA4esAAEo5CgA57AAAgOwAAJHsAADW7AAA5OwAACztAAA47QAAgu0AAI/tAADY7QAA4u0AAC7uAAA27gAAhO4AAIfuAADa7gAA5u4AADDvAAA97wAAhu8AAJDvAADc7wAA5O8AADLwAAA08AAAiPAAAJHwAADe8AAA6PAAADTxAAA/8QAAivEAAJ/xAADg8QAA6PEAADbyAABP8gAAjPIAAJXyAADi8gAA7PIAADjzAABA8wAAjvMAAJvzAADk8wAA6fMAADr0AABC9AAAkPQAAJH0AADm9AAA6PQAADz1AAA/9QAAkvUAAJX1AAAETxEA7fUAAD72AABE9gAAlPYAAJv2AADq9gAA8vYAAED3AABO9wAAlvcAAJn3AADs9wAA9PcAAEL4AABF+AAAmPgAAKT4AADu+AAA+PgAAFpPEQBF+QAASsIOAEb5AACa+QAAR/kAAPYUDQBO+QAApMQOAE/5AADsVQUAU/kAANQYAgBU+QAADJ8MAGj5AADw+wEAo/kAAPD5AAD6+QAARvoAAFH6AACc+gAAqPoAAPL6AAD/+gAASPsAAFL7AACe+wAArPsAAPT7AAAD/AAASvwAAEz8AACg/AAAqvwAAPb8AAAE/QAATP0AAFH9AACi/QAAr/0AAPj9AAAI/gAATv4AAFD+AACk/gAAsv4AAPr+AAAL/wAAsE8RAFf/AAAGUBEArv8AAFxQEQAFAAEAUgABAFwAAQCoAAEAswABAP4AAQAKAQEAVAEBAGEBAQCqAQEAtAEBAAACAQAOAgEAVgIBAGUCAQCsAgEArgIBAAIDAQAMAwEAWAMBAGYDAQCuAwEAswMBAAQEAQARBAEAWgQBAGIEAQCwBAEAwAQBAAYFAQAIBQEAXAUBAGoFAQCyBQEAwwUBALJQEQAPBgEACFERAHcGAQC0BgEAxQYBAAoHAQAWBwEAYAcBAGgHAQBeUREAuwcBAAwIAQAUCAEAYggBAGQIAQC4CAEAZwgBAEjeBwBxCAEAzkYFAMEIAQAOCQEAxwgBAAKWCgAYCQEAZAkBAG8JAQC6CQEAxgkBABAKAQAdCgEAZgoBAHAKAQC8CgEAygoBABILAQAhCwEAaAsBAGoLAQC+CwEAyAsBABQMAQAgDAEAagwBAHIMAQC0UREAwwwBABYNAQAkDQEAbA0BAHkNAQDCDQEA2Q0BABgOAQAgDgEAbg4BAIQOAQDEDgEA0A4BABoPAQApDwEAcA8BAHsPAQDGDwEAyA8BABwQAQApEAEAchABAIAQAQDIEAEAyxABAB4RAQA0EQEAdBEBAHwRAQDKEQEA3BEBAApSEQAoEgEAfHEEACoSAQDI2A8ALRIBAGqlDQAvEgEAdhIBAHsSAQDMEgEA0xIBACITAQAuEwEAeBMBAIUTAQDOEwEA0BMBACQUAQA6FAEAehQBAIYUAQDQFAEA7xQBACYVAQBCFQEAfBUBAIQVAQBgUhEA1BUBACgWAQAxFgEAfhYBAIgWAQDUFgEA3xYBACoXAQA2FwEAgBcBAI0XAQDWFwEA4BcBACwYAQA6GAEAghgBAJEYAQDYGAEA2hgBAC4ZAQA4GQEAhBkBAJIZAQDaGQEA3xkBADAaAQA9GgEAhhoBAJYaAQDcGgEA3hoBADIbAQBAGwEAiBsBAJkbAQC2UhEA5RsBAAxTEQA2HAEAnNkFADkcAQCKHAEAPRwBAGDeAQBAHAEAQjEIAEIcAQBotwEASBwBABBoBQCRHAEAGM4LAJccAQDgHAEA9xwBADYdAQA7HQEAjB0BAI8dAQDiHQEAlh0BAGKTBgCoHQEAIp4GAOcdAQBsmAYA7h0BADgeAQA+HgEApioBAEceAQCOHgEAlx4BAOQeAQDqHgEAOh8BAEgfAQCQHwEAmh8BAOYfAQD6HwEAPCABAEggAQCSIAEApSABAOggAQD3IAEAPiEBAEohAQCUIQEAlSEBAOohAQD0IQEAQCIBAE4iAQCWIgEAmyIBAOwiAQD5IgEAuFMRAFUjAQCYIwEApyMBAO4jAQD6IwEARCQBAEUkAQCaJAEApCQBAPAkAQD+JAEARiUBAEslAQCcJQEAqSUBALpUEQD0JQEASCYBAFEmAQCeJgEAqCYBAPQmAQD/JgEASicBAFYnAQCgJwEArScBAPYnAQAAKAEATCgBAFooAQCiKAEAsSgBAPgoAQD6KAEATikBAFgpAQCkKQEAsikBAPopAQAHKgEAUCoBAGcqAQAQVREAwSoBAPwqAQAIKwEAUisBAFgrAQCoKwEAtCsBAP4rAQAELAEAVCwBAFosAQCqLAEArywBAAAtAQAGLQEAZlURAF8tAQCsLQEAti0BAAIuAQANLgEAWC4BAGQuAQCuLgEAuy4BAAQvAQAOLwEAWi8BAGgvAQCwLwEAvy8BAAYwAQAIMAEAXDABAGYwAQCyMAEAwDABAAgxAQANMQEAXjEBAGsxAQC0MQEAvDEBAAoyAQAaMgEAYDIBAGIyAQC2MgEAxDIBAAwzAQAdMwEAaFYRAGkzAQC+VhEAvjMBAA40AQAaNAEAZDQBAHQ0AQC6NAEAwzQBABA1AQATNQEAZjUBAHI1AQC8NQEAwzUBABI2AQAaNgEAaDYBAIY2AQC+NgEAxjYBABQ3AQAlNwEAajcBAG83AQDANwEA1zcBABY4AQAkOAEAbDgBAHk4AQDCOAEAyjgBABg5AQAcOQEAbjkBAHA5AQDEOQEAxzkBABo6AQAiOgEAcDoBAHY6AQDGOgEA0joBABw7AQAsOwEAcjsBAHs7AQDIOwEAyzsBAB48AQAqPAEAdDwBAHs8AQAUVxEA0zwBACA9AQAjPQEAdj0BAIQ9AQDMPQEA2T0BACI+AQA5PgEAeD4BAIA+AQDOPgEA0D4BACQ/AQAtPwEAej8BAIQ/AQDQPwEA2z8BACZAAQAyQAEAfEABAIlAAQDSQAEA3EABAChBAQA2QQEAfkEBAI1BAQDUQQEA1kEBACpCAQA0QgEAgEIBAI5CAQDWQgEA20IBACxDAQA5QwEAgkMBAIpDAQDYQwEA7kMBAC5EAQA6RAEAhEQBAJNEAQDaRAEA5UQBADBFAQAyRQEAhkUBAJNFAQDcRQEA6kUBADJGAQA1RgEAiEYBAJ5GAQBqVxEA5kYBAJQjAgDsRgEAdJQCAPZGAQA0RwEANkcBAIpHAQCbRwEA4EcBAPFHAQA2SAEAO0gBAIxIAQCQSAEA4kgBAO5IAQA4SQEAP0kBAI5JAQCWSQEA5EkBAAJKAQA6SgEAQkoBAMBXEQCVSgEA5koBAOdKAQB42Q4A9UoBAOA0DQD/SgEAPEsBAD5LAQCSSwEAq0sBAOhLAQD5SwEAPkwBAEpMAQCUTAEAlkwBAOpMAQDzTAEAQE0BAPlMAQD2UgEASk0BAJZNAQChTQEA7E0BAPhNAQBCTgEAT04BAJhOAQCiTgEA7k4BAPxOAQBETwEAU08BAJpPAQCcTwEA8E8BAPpPAQBGUAEAVFABAJxQAQChUAEA8lABAP9QAQBIUQEAVFEBAJ5RAQCkUQEA9FEBAPpRAQBKUgEAT1IBAKBSAQCmUgEAFlgRAAVTAQBMUwEAWFMBAKJTAQClUwEA+FMBAPtTAQBOVAEAVVQBAKRUAQCwVAEA+lQBAAdVAQBQVQEAXlUBAKZVAQCyVQEA/FUBAANWAQBsWBEAWFYBAKhWAQCuVgEA/lYBAANXAQBUVwEAWlcBAMJYEQCrVwEAEg0CALRXAQAYegwAtlcBAHAvEQC4VwEA5jcNALlXAQAAWAEADFgBAFZYAQBXWAEArFgBAGJYAQCwRw0AtlgBAAJZAQAQWQEAWFkBAF1ZAQCuWQEAu1kBABhZEQAGWgEAzP8MABJaAQAI8wwAJ1oBAG5ZEQCAWgEAsFoBANdaAQAGWwEAKlsBAFxbAQBkWwEAxFkRAL5bAQAIXAEAClwBAF5cAQBhXAEAtFwBALlcAQAKXQEAF10BAGBdAQB8XQEAtl0BAL5dAQAaWhEAFV4BAGJeAQAZXgEAdmgBAGVeAQC4XgEAxF4BAA5fAQAUXwEAZF8BAHFfAQC6XwEAvF8BABBgAQAmYAEAZmABAHJgAQC8YAEAxGABAHBaEQAYYQEAaGEBAHBhAQC+YQEAv2EBABRiAQAWYgEAamIBAG1iAQDAYgEAw2IBAMZaEQAbYwEAbGMBAHJjAQDCYwEAyWMBABhkAQAgZAEAbmQBAHtkAQDEZAEAyWQBABplAQAkZQEAcGUBAHhlAQDGZQEAyGUBABxmAQAtZgEAcmYBAINmAQDIZgEAzWYBAB5nAQAiZwEAdGcBAIBnAQDKZwEA0WcBACBoAQAyaAEAHFsRAHtoAQDMaAEA1GgBACJpAQAkaQEAeGkBAIdpAQDOaQEA3WkBACRqAQAwagEAemoBAH1qAQDQagEA02oBACZrAQAuawEAfGsBAIZrAQDSawEA12sBAChsAQAwbAEAfmwBAIhsAQDUbAEA32wBACptAQA4bQEAgG0BAINtAQDWbQEA3m0BACxuAQBHbgEAgm4BAI1uAQDYbgEA3W4BAC5vAQAxbwEAhG8BAI5vAQDabwEA7G8BAHJbEQA+cAEAhnABAJBwAQDccAEA53ABADJxAQA6cQEAiHEBAI5xAQDecQEA4HEBADRyAQBNcgEAinIBAKNyAQDgcgEA7nIBADZzAQBAcwEAjHMBAKJzAQDicwEA/3MBADh0AQBAdAEAjnQBAJ50AQDkdAEA5nQBADp1AQBIdQEAkHUBAKF1AQDIWxEA7XUBAB5cEQA9dgEAknYBAKN2AQDodgEA9HYBAD53AQBAdwEAlHcBAJd3AQDqdwEA9ncBAEB4AQBIeAEAylwRAKF4AQDseAEA+HgBAEJ5AQBReQEAmHkBALh5AQDueQEA9nkBAER6AQBYegEAmnoBAJ96AQDwegEA+XoBAEZ7AQBMewEAnHsBAKR7AQDyewEAAXwBAEh8AQBNfAEAnnwBAKt8AQD0fAEAAX0BAEp9AQBWfQEAoH0BAK99AQD2fQEAAH4BAEx+AQBafgEAon4BAKd+AQD4fgEABX8BAE5/AQBWfwEApH8BAKd/AQD6fwEABoABAFCAAQBagAEApoABALCAAQD8gAEACoEBAFKBAQBfgQEAqIEBAL+BAQD+gQEAAYIBACBdEQBWggEAqoIBALiCAQAAgwEAEYMBAHZdEQBdgwEAzF0RAMuDAQAChAEAEoQBAFiEAQBahAEAroQBALyEAQAEhQEAFYUBACJeEQBhhQEAeF4RALWFAQAGhgEADoYBAFyGAQBehgEAsoYBALuGAQAIhwEAEocBAF6HAQBphwEAtIcBAMCHAQAKiAEAF4gBAGCIAQBqiAEAtogBAMSIAQAMiQEAG4kBAGKJAQBkiQEAuIkBAMKJAQAOigEAGooBAGSKAQBsigEAJF8RAL+KAQAQiwEAGIsBAHpfEQBtiwEAvIsBAG+LAQBG1QMAc4sBALy4AgB3iwEAjGIOAHyLAQAC2gEAyIsBABKMAQAajAEAnMgSAC6MAQBE7A8AOowBAGiMAQCOjAEAvowBAOeMAQAUjQEAOo0BAGqNAQCQjQEAwI0BAMiNAQAWjgEAQI4BAGyOAQCFjgEAwo4BAMSOAQAYjwEAH48BAG6PAQB2jwEAxI8BANOPAQAakAEAIJABAHCQAQB8kAEAxpABAM2QAQAckQEAKJEBAHKRAQB/kQEAyJEBANKRAQAekgEALJIBAHSSAQB2kgEAypIBANuSAQAgkwEAI5MBAHaTAQChkwEA0F8RAM+TAQDo+wMA1pMBABhDBgDZkwEAIpQBANyTAQASeQ0A3ZMBADqiAgDikwEASFcEACmUAQDGZwIALJQBACJtAwAxlAEAwKkPAD2UAQB4lAEAepQBAM6UAQDflAEAJJUBADKVAQB6lQEAgZUBANCVAQDSlQEAJpYBANWVAQCshQIA2JUBAF6yAQA1lgEAfJYBAIuWAQDSlgEA3pYBACiXAQArlwEAfpcBAIGXAQDUlwEA9JcBACqYAQA2mAEAgJgBAJSYAQDWmAEA5JgBACyZAQAzmQEAJmARAJmZAQDYmQEA2pkBAHLSDADbmQEAcNEMAOWZAQAumgEAMJoBAISaAQCOmgEA2poBAJWaAQAk1gwA45oBADCbAQA2mwEAhpsBAJKbAQDcmwEA45sBADKcAQA3nAEAiJwBAJScAQDenAEA4ZwBADSdAQBBnQEAip0BAI+dAQDgnQEA6p0BADaeAQBMngEAjJ4BAI6eAQDingEA7J4BADifAQBHnwEAjp8BAJmfAQB8YBEA8J8BADqgAQBHoAEAkKABAJ6gAQDmoAEA8qABADyhAQBDoQEA0mARAJehAQDooQEAnqEBAJY8DgCgoQEAqFwEAOqhAQBetgMA7aEBAJo4CwD3oQEAioYLAP+hAQA+ogEATKIBAJSiAQChogEA6qIBAPKiAQBAowEASqMBAJTZBwBQowEAlqMBAJijAQDsowEA+qMBAEKkAQBTpAEAKGERAJ+kAQB+YREA86QBAESlAQBKpQEAmqUBAKKlAQDwpQEA+aUBAEamAQBJpgEAnKYBAKimAQDypgEA+KYBAEinAQBQpwEAnqcBAL2nAQAqYhEA9qcBAEqoAQBYqAEAoKgBALGoAQCAYhEA/agBANZiEQBRqQEAoqkBAKipAQD4qQEAAKoBAE6qAQBXqgEApKoBAKeqAQD6qgEABqsBAFCrAQBWqwEAgmMRAKirAQD8qwEABawBAFKsAQBcrAEAqKwBALOsAQD+rAEACq0BAFStAQBhrQEAqq0BALStAQAArgEADq4BAFauAQBlrgEArK4BAK6uAQACrwEADK8BAFivAQBmrwEArq8BALOvAQAEsAEAEbABAFqwAQBisAEAsLABAMCwAQAGsQEACLEBAFyxAQBqsQEAsrEBAMOxAQDYYxEAD7IBAC5kEQBnsgEAtLIBALeyAQAKswEAFrMBAGCzAQBmswEAtrMBAMOzAQAMtAEADrQBAGK0AQB4tAEAuLQBAMS0AQCEZBEAGrUBAGS1AQBqtQEAurUBAL21AQAQtgEAHrYBAGa2AQBrtgEAvLYBAMm2AQAStwEAGrcBANpkEQB1twEAvrcBAMy3AQAUuAEAKrgBAGq4AQBzuAEAwLgBANa4AQAWuQEAHrkBAGy5AQBvuQEAwrkBAMu5AQAYugEAGboBAG66AQBvugEAxLoBAMm6AQAauwEAILsBAHC7AQB6uwEAxrsBANK7AQAcvAEAI7wBAHK8AQB6vAEAyLwBAMq8AQAevQEAH70BAHS9AQCCvQEAyr0BANK9AQAgvgEAO74BAHa+AQCCvgEAzL4BANK+AQAivwEAJb8BAHi/AQCGvwEAzr8BANO/AQAkwAEAMcABAHrAAQCCwAEA0MABAN7AAQAmwQEAKcEBADBlEQB/wQEA0sEBAIDBAQCWCQoAiMEBACD5CQCKwQEA9m4PAI/BAQBOmw8A1cEBACjCAQA5wgEAfsIBAJrCAQDUwgEA3MIBAIZlEQA7wwEAgMMBAIjDAQDWwwEA3MMBACzEAQAxxAEAgsQBAIvEAQDYxAEA4sQBAC7FAQA8xQEAhMUBAJHFAQDaxQEA5sUBADDGAQAzxgEAhsYBAKLGAQDcZREA38YBADLHAQDwxgEAbj8EAD7HAQCIxwEAjscBAN7HAQDoxwEAMmYRADnIAQCKyAEAl8gBAODIAQDoyAEA7G0RAOzIAQA2yQEA8MgBAO7PAQD8yAEAjOENADzJAQCMyQEAkskBAOLJAQDnyQEAOMoBAD7KAQCIZhEAmMoBAHTTDACcygEA5MoBAPXKAQDeZhEAQcsBADRnEQCYywEAimcRAPTLAQA8zAEAQ8wBAJLMAQCazAEA6MwBAPXMAQA+zQEAQ80BAJTNAQCezQEA6s0BAPLNAQBAzgEARs4BAJbOAQCYzgEA7M4BAPrOAQBCzwEARc8BAJjPAQCkzwEA4GcRAPDPAQBE0AEAUtABAJrQAQCr0AEANmgRAPfQAQCMaBEATNEBAJzRAQCi0QEA8tEBAPfRAQBI0gEATtIBAOJoEQCg0gEA9NIBAKfSAQCWPg8AqtIBAAgQBgAP0wEAStMBAEzTAQCg0wEAutMBAPbTAQAD1AEAng0KAAfUAQBM1AEATtQBAKLUAQCv1AEA+NQBAA/VAQBO1QEAaNUBAKTVAQCm1QEA+tUBAKrVAQC8+Q0A/dUBAFDWAQBT1gEAptYBALLWAQD81gEAAtcBAFLXAQBc1wEAOGkRAK3XAQD+1wEAC9gBAFTYAQBg2AEAqtgBALDYAQAA2QEABtkBAFbZAQBb2QEArNkBALLZAQCOaREAA9oBAFjaAQAY2gEAqDMFAFraAQCu2gEAZtoBAOj5AgC02gEABNsBABLbAQBa2wEAXdsBALDbAQC12wEABtwBABPcAQBc3AEAbNwBALLcAQC03AEACN0BABbdAQBe3QEAb90BAORpEQC63QEACt4BABbeAQA6ahEAcd4BALbeAQDA3gEADN8BABrfAQBi3wEAY98BALjfAQDJ3wEADuABABrgAQBk4AEAdOABALrgAQC84AEAEOEBAB7hAQBm4QEAd+EBAJBqEQDC4QEAEuIBAB7iAQDmahEAbuIBAL7iAQDE4gEAFOMBABnjAQBq4wEAcOMBAJJrEQDI4wEAFuQBACDkAQDaiw8AL+QBAGzkAQB15AEAwuQBAMzkAQAY5QEAIOUBAG7lAQBy5QEAxOUBAMblAQAa5gEAHeYBAHDmAQCM5gEA6GsRANnmAQAc5wEAHecBAHLnAQB+5wEAyOcBANfnAQAe6AEAKOgBAHToAQCA6AEAyugBANHoAQA+bBEAJukBAE5sDQAz6QEAdukBAIXpAQDM6QEA2OkBACLqAQAj6gEAeOoBAILqAQDO6gEA3OoBACTrAQAp6wEAeusBAIfrAQDqbBEA2OsBACbsAQAy7AEAfOwBAI/sAQDS7AEA0+wBACjtAQA07QEAfu0BAI3tAQDU7QEA3u0BACruAQA27gEAgO4BAIfuAQBAbREA5+4BACzvAQA47wEAgu8BAJLvAQDY7wEA4u8BAC7wAQA28AEAhPABAKzwAQDa8AEAsvABAI71AQAC8QEAMPEBADjxAQCG8QEAjPEBANzxAQDq8QEAMvIBAEnyAQCI8gEAk/IBAN7yAQDo8gEANPMBAGHzAQCK8wEAkvMBAODzAQDw8wEANvQBADj0AQCM9AEAmvQBAOL0AQDz9AEAQm4RAD/1AQCYbhEAtvUBAOT1AQDs9QEAOvYBAED2AQCQ9gEAnvYBAOb2AQD99gEAPPcBAEf3AQCS9wEAnPcBAOj3AQAV+AEAPvgBAEb4AQCU+AEApPgBAOr4AQDs+AEAQPkBAE75AQCW+QEAp/kBAO5uEQDz+QEARG8RAET6AQCY+gEApvoBAO76AQD/+gEAmm8RAEv7AQDwbxEAovsBAEZwEQD4+wEAnHARAAz8AQCgkQsASPwBAJz8AQCq/AEA8vwBAAP9AQDycBEATv0BAJ79AQCq/QEASHERAP39AQBK/gEABf4BAMDUDwBX/gEAoP4BAK7+AQD2/gEAAP8BAEz/AQBm/wEAov8BAKX/AQD4/wEA//8BAE4AAgBuAAIApAACAL4AAgCecREABwECAFABAgALAQIAAFoCABABAgCwsgIAXgECAKYBAgCwAQIA/AECABYCAgBSAgIAYgICAKgCAgCuAgIA/gICAAADAgBUAwIAagMCAKoDAgC2AwIAAAQCAAQEAgBWBAIAWwQCAKwEAgCyBAIAAgUCACIFAgBYBQIAcgUCAK4FAgCwBQIABAYCAAcGAgBaBgIAXQYCALAGAgC8BgIABgcCAAwHAgBcBwIAZgcCAPRxEQC3BwIACAgCABUIAgBeCAIAaggCALQIAgDHCAIACgkCABkJAgBgCQIAbAkCALYJAgC3CQIADAoCABYKAgBiCgIAcAoCALgKAgC9CgIADgsCABsLAgBKchEAZQsCAJYNDABmCwIAmhENAGcLAgDE8QcAaQsCAErEDwBqCwIAvMYJAGsLAgAmAg0AbgsCAFBvDgBvCwIAMAcNAHALAgC0cAsAcQsCALh0DAByCwIAljgMAHMLAgA20QUAdAsCALoLAgB8CwIAguYSAH4LAgBCFA8AgAsCAKBwEACHCwIA4BUTAIwLAgBaIA8AqAsCAFhzDgCtCwIAvAMTALwLAgAQDAIAywsCAN7hDgAeDAIAZgwCAHcMAgCgchEAwwwCAPZyEQAeDQIAaA0CAHcNAgC+DQIAyA0CABQOAgAgDgIAag4CADcOAgBo0Q4AcQ4CAKJzEQDCDgIAFg8CACcPAgBsDwIAdQ8CAMIPAgDODwIAGBACABsQAgBuEAIAdhACAMQQAgDOEAIAGhECAB8RAgBwEQIAeBECAMYRAgDfEQIAHBICACgSAgByEgIAehICAE50EQDQEgIApHQRACETAgB0EwIAdxMCAMoTAgDWEwIAIBQCACYUAgB2FAIAgBQCAPp0EQDRFAIAIhUCAC8VAgB4FQIAgBUCAFB1EQDUFQIAJBYCACoWAgB6FgIAfxYCANAWAgDWFgIApnURAC4XAgD8dREAfhcCALgcCwCBFwIA0hcCAIgXAgCK2goA3BcCACgYAgDhFwIAmrMIADAYAgBccw0ARBgCAH4YAgCGGAIAUnYRANkYAgAqGQIAQBkCAIAZAgCBGQIA1hkCANgZAgAsGgIAMhoCAIIaAgCOGgIA2BoCAN8aAgAuGwIANhsCAIQbAgCNGwIA2hsCAN0bAgAwHAIAPhwCAIYcAgCTHAIA3BwCAPMcAgAyHQIAOh0CAIgdAgCUHQIAih4CALAdAgDeHQIABh4CADQeAgBYHgIAqHYRAKceAgDgHgIA6R4CAOIfAgDxHgIANh8CAGYfAgCMHwIAsB8CAP52EQDkHwIAOCACAEkgAgCOIAIAviACAOQgAgAIIQIAVHcRAD8hAgCGNA4AQCECADzWBgBDIQIAkCECAEYhAgAA9Q8AmiECAOYhAgCdIQIATN4GAJ4hAgAyjQ8A7iECADwiAgBAIgIAkiICAJQiAgDoIgIA6yICAD4jAgBaIwIAqncRAJkjAgCe6AwAniMCANxdDQCgIwIA6iMCAKQjAgCiZwsAByQCAEAkAgBJJAIAliQCAJgkAgDsJAIA/SQCAAB4EQBHJQIAmCUCAKElAgDuJQIA/yUCAEQmAgBLJgIAmiYCAKImAgDwJgIAtCYCADJIAgD9JgIAnCcCAP8mAgD0KAIACScCAEYnAgBSJwIAVngRAKEnAgDyJwIA/CcCAEgoAgBQKAIArHgRAKooAgACeREA+SgCAEopAgBXKQIAoCkCAKopAgD2KQIA+CkCAEwqAgBaKgIAoioCAK8qAgBYeREA/SoCAE4rAgBbKwIApCsCAK4rAgD6KwIA/CsCAFAsAgBeLAIApiwCALMsAgCueREA/ywCAJJnDwACLQIAODgOAAktAgBSLQIAXC0CAAR6EQCwLQIA/i0CAAAuAgAcrQ8ACy4CAFq4BQAVLgIAVC4CABcuAgCAnAMAWS4CAKouAgC0LgIAAC8CAAgvAgBaehEAYC8CAKwvAgC4LwIAAjACAAUwAgBYMAIAYjACAK4wAgDIMAIABDECABsxAgBaMQIAXzECALAxAgDMMQIAsHoRABAyAgBcMgIAFzICAFJkCABoMgIAsjICALUyAgAIMwIAEjMCAF4zAgB4MwIAtDMCALozAgAKNAIADDQCAGA0AgBuNAIAtjQCALk0AgAMNQIAGDUCAGI1AgBlNQIAuDUCANs1AgAGexEAEDYCAGQ2AgByNgIAujYCAL02AgAQNwIAHDcCAGY3AgBpNwIAXHsRAMc3AgASOAIAGDgCAGg4AgBtOAIAvjgCAMI4AgAUOQIAFzkCALJ7EQBrOQIAviUOAG05AgDSXhAAcDkCAMA5AgBzOQIAblcQAHQ5AgB0PgIAdjkCAPJDEAB4OQIAODwQAHk5AgCqShAAejkCADpoEACBOQIA8ucMAIQ5AgDsEw8AzDkCABY6AgBCOgIAbDoCAHg6AgDCOgIA0ToCABg7AgAiOwIAbjsCAHE7AgDEOwIA3jsCABo8AgAkPAIAcDwCAHU8AgDGPAIA0DwCABw9AgAnPQIAcj0CAHg9AgDIPQIAzT0CAB4+AgAiPgIACHwRAHk+AgDKPgIAgj4CALhREADUPgIAID8CACs/AgB2PwIAfD8CAMw/AgDRPwIAIkACACZAAgBefBEAfUACALbgAgB/QAIADs8OAIBAAgCWZQ0AgkACAAKgDwCSQAIAzkACANhAAgAkQQIAL0ECAHpBAgCAQQIA0EECANVBAgAmQgIAKkICAHxCAgCfQgIAtHwRANRCAgAoQwIA1UICALSdDADXQgIABJUJANtCAgCCLgwA3kICADpMAgDgQgIAJLEPADVDAgA0dAIANkMCAH5DAgCBQwIA1EMCAOBDAgAqRAIAQkQCAIBEAgCMRAIA1kQCANxEAgAsRQIAMkUCAIJFAgCHRQIA2EUCAN5FAgAKfREAOEYCAIRGAgCPRgIA2kYCAOBGAgAwRwIANUcCAIZHAgCKRwIA3EcCAN9HAgBgfREAPEgCAIhIAgCTSAIA3kgCAORIAgA0SQIAOUkCAIpJAgCOSQIAtn0RAOFJAgA2SgIAQkoCAIxKAgCYSgIA4koCAOhKAgA4SwIAPksCAI5LAgCTSwIA5EsCAOpLAgAMfhEAPEwCAHDuBQBBTAIAOv4FAElMAgBiiwIASkwCAJBMAgCcTAIA5kwCAOxMAgA8TQIASE0CAJJNAgCfTQIA6E0CAPdNAgA+TgIASk4CAJROAgCgTgIA6k4CAPBOAgBATwIARk8CAJZPAgCbTwIA7E8CAPJPAgBifhEATFACAJzfCABYUAIAmFACAFtQAgAgzgkApFACAO5QAgD2UAIAHF0SAPpQAgBEUQIASlECAJpRAgCgUQIA8FECAPVRAgBGUgIATFICALh+EQCkUgIAKuUSAKZSAgDyUgIA+FICAEhTAgD+UgIAlM8CAFZTAgCeUwIAt1MCAPRTAgD9UwIASlQCAFRUAgCgVAIArFQCAPZUAgACVQIATFUCAFJVAgCiVQIAqFUCAPhVAgD9VQIATlYCAFRWAgAOfxEAsFYCAPpWAgAEVwIAUFcCAFtXAgCmVwIAq1cCAPxXAgADWAIAUlgCAF5YAgCoWAIArlgCAP5YAgAEWQIAVFkCAFlZAgCqWQIAsFkCAGR/EQARWgIAVloCAFdaAgCsWgIAXFoCALZfAgCxWgIAAlsCABBbAgBYWwIAZVsCAK5bAgC4WwIABFwCABBcAgBaXAIAYFwCALBcAgC8XAIABl0CABldAgBcXQIAa10CALJdAgC+XQIACF4CAAleAgBeXgIAaF4CALReAgDCXgIACl8CAA9fAgBgXwIAbV8CALp/EQDCXwIADGACABxgAgBiYAIAbmACALhgAgC+YAIADmECABphAgBkYQIAcWECALphAgDJYQIAEGICABxiAgBmYgIAcmICALxiAgDPYgIAEmMCACFjAgBoYwIAdGMCAL5jAgC/YwIAFGQCAB5kAgBqZAIAeGQCAMBkAgDFZAIAFmUCACNlAgAQgBEAbmUCAIr9BgB4ZQIAwmUCAHllAgB0zwoAemUCAH7YDADWZQIAGGYCACRmAgBuZgIAdGYCAMRmAgDKZgIAGmcCAB9nAgBwZwIAdmcCAGaAEQDSZwIAHGgCACloAgDa8gIAL2gCAHJoAgB3aAIAQHoCAHpoAgAKNgMAfmgCAMhoAgDOaAIAHmkCACRpAgB0aQIAeWkCAMppAgDQaQIAvIARACxqAgB2agIAfGoCAMxqAgDRagIAImsCAClrAgB4awIAhmsCAM5rAgDpawIAJGwCADJsAgB6bAIAfWwCANBsAgDebAIAJm0CACttAgB8bQIAiW0CANJtAgDebQIAKG4CAC5uAgB+bgIAhG4CANRuAgDZbgIAKm8CADBvAgASgREAhW8CANZvAgDfbwIALHACADlwAgCCcAIAiXACANhwAgDpcAIALnECADNxAgCEcQIAk3ECANpxAgDccQIAMHICAEFyAgCGcgIAknICANxyAgDicgIAMnMCADhzAgCIcwIAjXMCAN5zAgDkcwIAaIERAEt0AgCKdAIAlnQCAOB0AgDsdAIANnUCADx1AgCMdQIAknUCAOJ1AgDndQIAOHYCAD52AgC+gREAlHYCAJ6pAgCldgIA5HYCAO12AgA6dwIAUHcCAJB3AgCcdwIA5ncCAPN3AgA8eAIARngCAJJ4AgCeeAIA6HgCAO54AgA+eQIARHkCAJR5AgCZeQIA6nkCAPB5AgAUghEASXoCAJZ6AgCgegIA7HoCAPF6AgBCewIAUnsCAJh7AgCxewIA7nsCAPN7AgBEfAIATXwCAJp8AgCnfAIA8HwCAPd8AgBGfQIASX0CAJx9AgCofQIA8n0CAAV+AgBIfgIAV34CAJ5+AgCqfgIA9H4CAPV+AgBKfwIAVH8CAKB/AgCufwIA9n8CAPt/AgBMgAIAWYACAGqCEQClgAIA+IACAPuAAgBOgQIAW4ECAOBdDABdgQIApIECAKaBAgD6gQIA/YECAFCCAgBaggIApoICALKCAgD8ggIAD4MCAFKDAgBhgwIAqIMCALSDAgD+gwIA/4MCAFSEAgBehAIAqoQCALiEAgAAhQIABYUCAFaFAgBjhQIAwIIRAK2FAgAChgIADoYCAFiGAgBehgIAroYCALCGAgAEhwIADocCAFqHAgBohwIAsIcCALWHAgAGiAIAE4gCAFyIAgBoiAIAsogCAMWIAgAIiQIAF4kCAF6JAgBqiQIAtIkCALWJAgAKigIAFIoCAGCKAgBuigIAtooCALuKAgAMiwIAGYsCABaDEQBriwIAuIsCAG6LAgBQbQ0AvosCAA6MAgARjAIAZIwCAHKMAgC6jAIAv4wCABCNAgAdjQIAZo0CAHKNAgC8jQIAwo0CABKOAgAYjgIAaI4CAG2OAgC+jgIAxI4CAGyDEQAWjwIAao8CABuPAgDylQ4AeY8CAMCPAgDgjwIAFpACABuQAgBskAIAh5ACAMKQAgDOkAIAGJECAB6RAgBukQIAfpECAMSRAgDVkQIAGpICAB+SAgBwkgIAdJICAMaSAgDSkgIAHJMCACKTAgBykwIAeJMCAMiTAgDNkwIAHpQCACSUAgDCgxEAg5QCANa0DwCKlAIAypQCAMuUAgAglQIAMZUCAHaVAgCClQIAzJUCAOKVAgAilgIALpYCAHiWAgCFlgIAzpYCANiWAgAklwIAMJcCAHqXAgCBlwIA0JcCANyXAgAmmAIALJgCAHyYAgCCmAIA0pgCANeYAgAomQIALpkCABiEEQCAmQIAYvsPAIeZAgDUmQIA1ZkCACqaAgArmgIAgJoCAIWaAgDWmgIA3JoCACybAgA2mwIAgpsCAI6bAgDYmwIA35sCAC6cAgAznAIAhJwCAIWcAgDanAIA5pwCADCdAgA2nQIAhp0CAIidAgDcnQIA5p0CADKeAgBAngIAiJ4CAI2eAgDengIA654CADSfAgBAnwIAip8CAJ2fAgDgnwIA758CADagAgBCoAIAjKACAI2gAgDioAIA7KACADihAgBGoQIAjqECAJOhAgDkoQIA8aECAG6EEQBLogIAkKICAJyiAgDmogIA/aICADyjAgA+owIAkqMCAKOjAgDoowIA6qMCAD6kAgBEpAIAlKQCAKukAgDqpAIA86QCAEClAgBWpQIAlqUCAKKlAgDspQIA+aUCAEKmAgBMpgIAmKYCAKSmAgDupgIAAacCAESnAgBTpwIAmqcCAKanAgDwpwIA8acCAEaoAgBQqAIAnKgCAKqoAgDyqAIA96gCAEipAgBVqQIAxIQRAKCpAgD0qQIACKoCAEqqAgBYqgIAoKoCAK2qAgD2qgIA/aoCAEyrAgBYqwIAoqsCALWrAgD4qwIA/asCAE6sAgBXrAIApKwCAK6sAgD6rAIA/6wCAFCtAgBgrQIApq0CAL+tAgD8rQIAAa4CAFKuAgBbrgIAqK4CALWuAgD+rgIABa8CAFSvAgBXrwIAqq8CALavAgAAsAIAE7ACAFawAgBlsAIArLACALiwAgACsQIAA7ECAFixAgBisQIArrECALyxAgAEsgIACbICAFqyAgBnsgIAGoURAMmyAgAGswIAErMCAFyzAgBiswIAsrMCALqzAgBi0A8AwrMCAAi0AgANtAIAXrQCAGS0AgC0tAIAyrQCAAq1AgAMtQIAYLUCAGq1AgC2tQIAwrUCAAy2AgAftgIAYrYCAHG2AgC4tgIAxLYCAA63AgAPtwIAZLcCAG63AgC6twIAyLcCABC4AgAVuAIAZrgCAHO4AgBwhREAv7gCALp5DgDGuAIA+BsQAMi4AgDcLAoAybgCAI7OAwDLuAIAErkCABu5AgBouQIAbrkCAL65AgDEuQIAFLoCACC6AgBqugIAd7oCAMC6AgDKugIAFrsCACy7AgBsuwIAcbsCAMK7AgDJuwIAGLwCACa8AgBuvAIAfrwCAMS8AgDSvAIAGr0CACm9AgBwvQIAcr0CAMa9AgDQvQIAHL4CACq+AgByvgIAd74CAMi+AgDVvgIAHr8CACq/AgB0vwIAh78CAMq/AgDZvwIAIMACACzAAgB2wAIAd8ACAMzAAgDWwAIAIsECADDBAgB4wQIAfcECAM7BAgDbwQIAxoURACbCAgB6wgIAMMICAHYkCgCLwgIA0MICANnCAgAmwwIAMsMCAHzDAgCEwwIA9soSAIjDAgDSwwIA2MMCACjEAgAuxAIAfsQCAIPEAgDUxAIA2sQCAByGEQA2xQIAgMUCAJDFAgDWxQIA5MUCACzGAgA5xgIAgsYCAI7GAgDYxgIA38YCAC7HAgA2xwIAcoYRAI3HAgCUlRAAkccCAMjpAgCVxwIA2scCAOvHAgAwyAIAOMgCAIbIAgA8yAIAhLINAJDIAgDcyAIA4cgCADLJAgA6yQIAiMkCAIrJAgDeyQIAkckCAKzbAgDmyQIANMoCAErKAgCKygIAlsoCAODKAgD2ygIANssCAE/LAgCMywIAmMsCAOLLAgDoywIAOMwCAEDMAgCOzAIAnswCAOTMAgDtzAIAOs0CAEfNAgCQzQIAn80CAObNAgDwzQIAPM4CAErOAgCSzgIAl84CAOjOAgD1zgIAPs8CAEbPAgDIhhEAqs8CAOrPAgDrzwIAQNACAErQAgCW0AIAntACAOzQAgD20AIAQtECAEfRAgCY0QIAoNECAO7RAgDw0QIAotYCAPHRAgDKQAMA9NECAETSAgD10QIA5k4DAATSAgDYRwMAUNICAJrSAgCc0gIA8NICAPfSAgBG0wIATtMCAJzTAgCd0wIA8tMCAPjTAgBI1AIATdQCAJ7UAgCf1AIA9NQCAADVAgBK1QIAUNUCAKDVAgCq1QIA9tUCAArWAgBM1gIAVNYCAB6HEQCl1gIA+NYCAKnWAgDAOwMA+9YCAE7XAgBc1wIApNcCALvXAgD61wIAB9gCAFDYAgBY2AIAptgCAKfYAgD82AIAAtkCAFLZAgBX2QIAqNkCAKnZAgD+2QIACtoCAFTaAgBa2gIAqtoCALTaAgAA2wIAFNsCAFbbAgBe2wIAyocRALnbAgAC3AIACdwCAFjcAgBk3AIArtwCAL7cAgAE3QIAEt0CAFrdAgBn3QIAsN0CALzdAgAG3gIADd4CAFzeAgBk3gIAdogRAL7eAgAI3wIAEt8CAF7fAgBp3wIAtN8CALnfAgAK4AIAEeACAGDgAgBo4AIAzIgRAL7gAgAM4QIAHOECAGLhAgBu4QIAuOECALzhAgAO4gIAFuICAGTiAgBm4gIAuuICAMDiAgAQ4wIAJ+MCAGbjAgBv4wIAvOMCANLjAgAS5AIAHuQCAGjkAgB15AIAvuQCAMjkAgAU5QIAF+UCAGrlAgBy5QIAwOUCAMrlAgAW5gIAG+YCAGzmAgB05gIAwuYCANLmAgAY5wIAIecCAG7nAgB75wIAxOcCANPnAgAa6AIAJOgCAHDoAgB+6AIAxugCAMvoAgAc6QIAKekCAHLpAgB66QIAIokRANXpAgAe6gIA5+kCAJKnBAAj6gIAdOoCAH7qAgDK6gIA0uoCACDrAgDh6gIA0jMQACbrAgB26wIALusCAPK+DQAv6wIAshUJADDrAgCM9gIAMesCAN4xDACC6wIAzOsCAM7rAgD4lg0A0+sCACLsAgAu7AIAeOwCAIfsAgDO7AIA3+wCACTtAgAm7QIAeu0CAIDtAgDQ7QIA3O0CACbuAgAu7gIAeIkRAILuAgDOiREA3u4CACSKEQAr7wIA0IoRAIHvAgAmixEAg+8CACr0BADX7wIAtskMAOHvAgAq8AIANPACAIDwAgCC8AIA1vACAOnwAgAs8QIANPECADjiDQA48QIAgvECAIjxAgDY8QIA3vECAC7yAgAz8gIAhPICAIryAgB8ixEA5PICADDzAgAy8wIAhvMCAJDzAgDc8wIA6vMCADL0AgA39AIAiPQCAJX0AgDe9AIA6vQCADT1AgA69QIAivUCAJD1AgDg9QIA5fUCADb2AgA89gIA0osRAJr2AgDi9gIA7/YCADj3AgA/9wIAjvcCAJb3AgDk9wIA5fcCAOLdCwDn9wIAOvgCAPr3AgDe2wsATvgCAJD4AgCm+AIA5vgCAP/4AgA8+QIAQfkCAJL5AgCj+QIAKIwRAPn5AgA++gIAQPoCAJT6AgCe+gIA6voCAPj6AgBA+wIARfsCAJb7AgCj+wIA7PsCAPT7AgBC/AIATvwCAJj8AgBS/AIA8P0CAJ78AgDu/AIA9PwCAET9AgBJ/QIAmv0CAKD9AgB+jBEA8v0CAEb+AgBU/gIAnP4CAK3+AgDUjBEA+f4CACqNEQBQ/wIAnv8CAFL/AgBc6AcAkf8CADwZEwCs/wIA9P8CAK3/AgBUBQMArv8CAL5ICgABAAMASgADAFkAAwCgAAMApQADAPYAAwAMAQMATAEDAE0BAwCiAQMApAEDAPgBAwACAgMATgIDAFwCAwCkAgMAvQIDAPoCAwALAwMAUAMDAFwDAwCmAwMArgMDACyOEQAQBAMAUgQDAFMEAwCoBAMAtAQDAP4EAwABBQMAgo4RAFYFAwCqBQMAtwUDAAAGAwANBgMAVgYDAFsGAwCsBgMAtgYDAAIHAwAKBwMAWAcDAGgHAwCuBwMAvAcDAAQIAwARCAMAWggDAGEIAwCwCAMAuAgDAAYJAwAJCQMAXAkDAHAJAwCyCQMAyAkDAAgKAwAhCgMAXgoDAGMKAwC0CgMAxQoDANiOEQASCwMALo8RABYLAwD+PQoAJgsDAHJfEwBtCwMAtgsDAL0LAwAMDAMAGAwDAGIMAwByDAMAuAwDAMYMAwAODQMAGw0DAGQNAwBwDQMAug0DAMENAwCEjxEAEg4DAGYOAwAVDgMAZDoEAHMOAwC8DgMAyQ4DABIPAwAXDwMAaA8DAHIPAwC+DwMAxg8DABQQAwAZEAMAtGIEAB0QAwBqEAMAbRADAMAQAwDMEAMA2o8RABsRAwBsEQMAIhEDAFjsCgBxEQMAwhEDAMoRAwAYEgMALhIDAG4SAwBwEgMAxBIDANESAwAaEwMALhMDADCQEQB1EwMAxhMDAM4TAwDy4woA0BMDABwUAwAkFAMAchQDAH4UAwDIFAMA1RQDAB4VAwAjFQMAdBUDAH0VAwDKFQMA4RUDACAWAwArFgMAhpARAIQWAwDMFgMAzxYDACIXAwAlFwMAeBcDAIYXAwDOFwMA2xcDACQYAwA7GAMAehgDAIIYAwDQGAMA1hgDACYZAwAyGQMAfBkDAIYZAwDSGQMA2xkDACgaAwAuGgMAfhoDAIsaAwDckBEA4BoDACobAwDiGgMADPEKADkbAwCAGwMAkRsDANYbAwDYGwMALBwDADIcAwCCHAMAjhwDANgcAwDfHAMALh0DADYdAwCEHQMAhh0DANodAwDnHQMAMB4DADceAwCGHgMAjh4DANweAwDpHgMAMh8DADcfAwCIHwMAkh8DAN4fAwDmHwMANCADAD0gAwCKIAMAjSADAOAgAwDsIAMANiEDAD0hAwAykREAmSEDAOIhAwCiIQMA7CYDAMQhAwBq9QoA/SEDADgiAwA6IgMAjiIDAJ8iAwDkIgMA8iIDADojAwBBIwMAkCMDAJgjAwDmIwMA6yMDADwkAwA9JAMAkiQDAJ4kAwDoJAMA7iQDAD4lAwBAJQMAlCUDAJ4lAwDqJQMA+CUDAEAmAwBFJgMAliYDAKMmAwCIkREA7SYDAEInAwBHJwMAmCcDAJ4nAwDuJwMA+CcDAEQoAwBQKAMAmigDAKEoAwDwKAMA+CgDAEYpAwBIKQMAnCkDAKkpAwDyKQMA+SkDAEgqAwBQKgMAnioDAKsqAwD0KgMA+SoDAEorAwBUKwMAoCsDAKgrAwD2KwMA/ysDAEwsAwBPLAMAoiwDAK4sAwD4LAMA/ywDAN6REQBaLQMA+OYKAGItAwCkLQMAsS0DAPotAwAELgMAUC4DAFIuAwCmLgMAuS4DAPwuAwAELwMAUi8DAF4vAwCoLwMAri8DAP4vAwAEMAMAVDADAFkwAwCqMAMAsDADADSSEQAOMQMAVjEDAGUxAwCsMQMAyDEDAAIyAwDMMQMALnMDAAoyAwCKkhEAYTIDAK4yAwC7MgMABDMDAA4zAwBaMwMAaDMDALAzAwDGMwMABjQDABI0AwBcNAMAZDQDAOCSEQC4NAMACDUDAA41AwBeNQMAYzUDALQ1AwC6NQMANpMRAA82AwBgNgMAaTYDALY2AwDANgMADDcDABQ3AwBiNwMAZzcDALg3AwDINwMADjgDABY4AwBkOAMAajgDAGg6AwB9OAMAujgDAL84AwAQOQMAGTkDAGY5AwBzOQMAvDkDAMM5AwASOgMAFToDAIyTEQBqOgMAvjoDAMs6AwAUOwMAKzsDAGo7AwB2OwMA4pMRAMc7AwAWPAMAHjwDAGw8AwBwPAMAwjwDANA8AwAYPQMAIj0DAG49AwB5PQMAxD0DAMw9AwAaPgMAHz4DAHA+AwCLPgMAxj4DANI+AwAcPwMAIj8DAHI/AwCCPwMAyD8DANk/AwAeQAMAI0ADAHRAAwB4QAMAOJQRANNAAwAgQQMAOUEDAHZBAwCAQQMAzEEDANJBAwAiQgMAJEIDAHhCAwCHQgMAzkIDANhCAwAkQwMALEMDAHpDAwB+QwMA0EMDAN5DAwAmRAMAMEQDAHxEAwCHRAMA0kQDANpEAwAoRQMALUUDAH5FAwCZRQMA1EUDAOBFAwAqRgMAMEYDAIBGAwCQRgMA1kYDAOdGAwAsRwMAMUcDAIJHAwCGRwMAjpQRAOFHAwAuSAMAP0gDAIRIAwCOSAMA2kgDAOhIAwAwSQMAMUkDAIZJAwCXSQMA3EkDAPBJAwAySgMAOkoDAIhKAwCMSgMA3koDAOxKAwA0SwMAPksDAIpLAwCVSwMA4EsDAOhLAwA2TAMAO0wDAIxMAwCnTAMA4kwDAO5MAwA4TQMAPk0DAI5NAwCeTQMA5E0DAPVNAwA6TgMAP04DAJBOAwCUTgMA5JQRAPROAwA8TwMAV08DAJJPAwCgTwMA6E8DAO9PAwA+UAMASlADAJRQAwCcUAMAOpURAPhQAwBAUQMASlEDAJZRAwChUQMA7FEDAPRRAwBCUgMAR1IDAJhSAwCzUgMA7lIDAPpSAwBEUwMASlMDAJpTAwCqUwMA8FMDAAFUAwBGVAMAS1QDAJxUAwCgVAMAkJURAANVAwBIVQMAUFUDAJ5VAwCfVQMA9FUDAPlVAwBKVgMAWFYDAKBWAwCtVgMA9lYDAABXAwBMVwMAWFcDAKJXAwCoVwMA+FcDAABYAwBOWAMAVVgDAKRYAwCwWAMA+lgDAABZAwBQWQMAXFkDAKZZAwC2WQMA/FkDAAhaAwBSWgMAWFoDAKhaAwC0WgMA/loDAAtbAwBUWwMAY1sDAKpbAwC2WwMA5pURAANcAwBWXAMAWVwDAKxcAwC6XAMAAl0DABldAwBYXQMAZV0DAK5dAwDEXQMABF4DABBeAwBaXgMAZ14DALBeAwC6XgMABl8DAA5fAwBcXwMAZl8DALJfAwC3XwMACGADABBgAwBeYAMAamADALRgAwDBYAMACmEDABRhAwBgYQMAZmEDALZhAwDKYQMADGIDABRiAwBiYgMAcGIDALhiAwDFYgMADmMDABZjAwBkYwMAcWMDALpjAwDIYwMAEGQDACFkAwBmZAMAbmQDALxkAwDSZAMAEmUDABRlAwBoZQMAaWUDADyWEQDDZQMABkoOAMxlAwAUZgMAI2YDAGpmAwB2ZgMAwGYDAMhmAwCSlhEAG2cDAGxnAwB1ZwMAwmcDAM9nAwAYaAMAH2gDAG5oAwBxaAMAxGgDAMxoAwAaaQMAH2kDAHBpAwB5aQMAxmkDANBpAwAcagMAJGoDAHJqAwB3agMAyGoDANhqAwAeawMAJmsDAHRrAwB6awMAymsDAMxrAwAgbAMALWwDAHZsAwCNbAMAzGwDANhsAwDolhEALm0DAHhtAwCPbQMAzm0DANptAwAkbgMAKm4DAHpuAwCCbgMA0G4DANduAwAmbwMANG8DAHxvAwCXbwMA0m8DAOBvAwAocAMAL3ADAH5wAwCKcAMA1HADANxwAwA+lxEAPnEDAIBxAwCIcQMA1nEDAAdyAwAscgMAOHIDAIJyAwCIcgMA2HIDAN1yAwCUlxEAOnMDAIRzAwCLcwMA2nMDAOJzAwAwdAMAMnQDAIZ0AwCQdAMA3HQDAOR0AwDqlxEAQHUDAE6DAwBBdQMAiHUDAIp1AwDedQMA73UDADR2AwBFdgMAinYDAJZ2AwDgdgMA53YDADZ3AwA+dwMAjHcDALl3AwDidwMA53cDADh4AwA5eAMAjngDAJh4AwDkeAMA8ngDADp5AwA/eQMAkHkDAJ15AwDmeQMAAnoDADx6AwBYegMAQJgRAJ96AwDoegMA7HoDAD57AwBEewMAlHsDAJZ7AwDqewMA63sDAEB8AwBjfAMAlnwDALp8AwDsfAMAGX0DAEJ9AwBKfQMAmH0DAJ19AwDufQMA+30DAER+AwBMfgMAmn4DAJx+AwDwfgMA+H4DAEZ/AwBzfwMAnH8DAKl/AwDyfwMA938DAEiAAwBVgAMAnoADAKqAAwD0gAMAIYEDAEqBAwBSgQMAoIEDALuBAwD2gQMA+IEDAEyCAwBdggMAooIDAKuCAwD4ggMABIMDAJaYEQBbgwMApIMDAKuDAwD6gwMABoQDAFCEAwBjhAMApoQDAK6EAwD8hAMAAYUDAFKFAwBbhQMAqIUDALKFAwD+hQMABoYDAFSGAwBZhgMAqoYDALqGAwAAhwMACIcDAFaHAwBvhwMArIcDALGHAwACiAMAC4gDAFiIAwBliAMArogDALWIAwAEiQMAB4kDAOyYEQBfiQMAsIkDAGeJAwDiCg0AuYkDAAaKAwAOigMAXIoDAGeKAwCyigMAtIoDAAiLAwAjiwMAXosDAGqLAwC0iwMAvIsDAEKZEQAXjAMAYIwDAGiMAwC2jAMAwowDAAyNAwASjQMAYo0DAGiNAwC4jQMAvY0DAA6OAwAUjgMAmJkRAHGOAwC6jgMAwo4DABCPAwAkjwMAZo8DAGuPAwC8jwMAxY8DABKQAwAYkAMAaJADAHCQAwC+kAMAwZADABSRAwAxkQMAapEDAHuRAwDAkQMAyJEDABaSAwAZkgMAbJIDAICSAwDCkgMAz5IDABiTAwAikwMAbpMDAHCTAwDEkwMA15MDAESaEQAflAMAcJQDAIGUAwDGlAMAz5QDAByVAwAylQMAcpUDAH+VAwDIlQMA0JUDAB6WAwA9lgMAmpoRAICWAwDKlgMA0pYDAPCaEQAjlwMAdpcDAH6XAwDMlwMA2ZcDACKYAwAnmAMAeJgDAICYAwDOmAMAz5gDACSZAwAmmQMAepkDAICZAwDQmQMA0pkDACaaAwA8mgMAfJoDAIiaAwDSmgMA3JoDACibAwA0mwMAfpsDAISbAwDUmwMA3JsDACqcAwBcnAMARpsRAImcAwDWnAMA4JwDACydAwA0nQMAgp0DAIOdAwDYnQMA3p0DAC6eAwA6ngMAhJ4DAIWeAwDangMA3J4DADCfAwA2nwMAhp8DAJKfAwDcnwMA458DADKgAwA6oAMAiKADAIugAwDeoAMA6KADADShAwA2oQMAiqEDAJShAwDgoQMA7KEDADaiAwBMogMAjKIDAJiiAwDiogMA76IDADijAwBCowMAjqMDAJajAwDkowMA9qMDAJybEQA8pAMAkKQDAJqkAwDmpAMA6KQDADylAwBVpQMAkqUDAJSlAwDopQMA66UDAD6mAwBKpgMAlKYDAJymAwDymxEA/qYDAECnAwBDpwMAlqcDAKCnAwDspwMA+KcDAEKoAwBYqAMAmKgDAKCoAwDuqAMA/KgDAESpAwBHqQMAmqkDAKKpAwDwqQMA86kDAEaqAwD+qQMAVLEDAFCqAwCcqgMAUaoDAKKtAwCeqgMA8qoDAPiqAwBIqwMAUqsDAJ6rAwCsqwMA9KsDAAGsAwBKrAMAYawDAKCsAwCorAMA9qwDAP+sAwBMrQMATa0DAEicEQCrrQMA+K0DAAKuAwBOrgMAWK4DAKSuAwCyrgMA+q4DAAevAwBQrwMAZ68DAKavAwCurwMA/K8DAAOwAwBSsAMAV7ADAKiwAwCssAMA/rADAAuxAwCenBEAYbEDAKqxAwCysQMAALIDAAayAwBWsgMAYrIDAKyyAwC7sgMAArMDAAezAwBYswMAc7MDAK6zAwC6swMABLQDAAq0AwBatAMAbrQDALC0AwC4tAMABrUDABy1AwBctQMAYbUDALK1AwC5tQMACLYDABS2AwD0nBEAZbYDALS2AwDCtgMACrcDABe3AwBgtwMAd7cDALa3AwC+twMADLgDABK4AwBiuAMAbrgDALi4AwC/uAMADrkDABy5AwBkuQMAZ7kDALq5AwDCuQMAELoDAB66AwBmugMAaboDALy6AwDEugMAErsDACO7AwBouwMAbbsDAL67AwDAuwMAFLwDABu8AwBqvAMAeLwDAMC8AwDNvAMAFr0DAC29AwBsvQMAdL0DAMK9AwDMvQMAGL4DACO+AwBuvgMAer4DAMS+AwDMvgMASp0RABy/AwBwvwMAer8DAMa/AwDIvwMAHMADAB/AAwBywAMAfsADAMjAAwDSwAMAHsEDACbBAwB0wQMAgsEDAMrBAwDXwQMAIMIDACjCAwB2wgMAjMIDAMzCAwDYwgMAIsMDADjDAwB4wwMAfcMDAM7DAwDUwwMAJMQDADjEAwCgnREAfcQDANDEAwDYxAMAJsUDADTFAwB8xQMAPMUDANxTCACJxQMA0sUDANrFAwAoxgMAMsYDAH7GAwCJxgMA1MYDAODGAwAqxwMAMscDAPadEQCGxwMA1scDANvHAwAsyAMAO8gDAILIAwCOyAMA2MgDANvIAwAuyQMAMckDAITJAwCMyQMA2skDAN/JAwAwygMAQMoDAIbKAwCOygMA3MoDAN/KAwAyywMAPMsDAIjLAwCKywMA3ssDAOTLAwA0zAMAPswDAIrMAwCYzAMA4MwDAO3MAwA2zQMATc0DAIzNAwCUzQMA4s0DAOvNAwA4zgMAOc4DAEyeEQCazgMA5M4DAOfOAwA6MQoA884DADrPAwD3zgMAxCAKAETPAwCQzwMAmM8DAOxTBACczwMASBkQAJ7PAwDmzwMArM8DAEQJCQDrzwMAPNADAPPPAwCIzwUASdADAJLQAwCV0AMA3K0KAJjQAwDE9QkAmtADAOjQAwCc0AMA0pwEAJ7QAwC2ZwYA69ADANJ5CADu0AMAtugGAPLQAwA+0QMA9tADAHx9CgD40AMALlIIAEPRAwCU0QMAStEDAAjjBABM0QMA0lIKAJzRAwDq0QMA7dEDAEDSAwBM0gMAltIDAJzSAwDs0gMAB9MDAELTAwBO0wMAmNMDAJ7TAwDu0wMA9tMDAETUAwBG1AMAmtQDAEnUAwBm5QMApNQDAPDUAwD41AMAop4RAFfVAwCc1QMAo9UDAPLVAwD61QMASNYDAFXWAwCe1gMAo9YDAPTWAwD+1gMAStcDAFLXAwCg1wMAotcDAKi+CgCl1wMAyHQIAKrXAwD21wMAr9cDADL2AwCw1wMACm0JAPzXAwBM2AMATtgDAKLYAwCv2AMA+NgDAPvYAwBO2QMAX9kDAKTZAwCm2QMA+tkDAATaAwBQ2gMAXNoDAKbaAwCu2gMATp8RAAHbAwBS2wMAVdsDAKjbAwCy2wMA/tsDAAbcAwBU3AMAYdwDAKrcAwCs3AMAAN0DABbdAwBW3QMAYt0DAKzdAwC03QMApJ8RAAfeAwBY3gMAZ94DAK7eAwCw3gMABN8DABXfAwBa3wMAZd8DALDfAwC13wMABuADAAngAwBc4AMAZuADALLgAwDE4AMACOEDABDhAwBe4QMAaOEDALThAwC54QMACuIDABLiAwBg4gMAYuIDALbiAwC94gMADOMDABPjAwBi4wMAaOMDALjjAwDE4wMADuQDABHkAwBk5AMAZ+QDALrkAwDW5AMAEOUDABjlAwBQoBEAc+UDALzlAwDE5QMAEuYDABXmAwBo5gMAbeYDAL7mAwDN5gMAFOcDADTnAwBq5wMAducDAMDnAwDK5wMAFugDAB7oAwBs6AMAfugDAKagEQDM6AMAGOkDACbpAwBu6QMAe+kDAMTpAwDb6QMAGuoDACLqAwBw6gMAf+oDAMbqAwDL6gMAHOsDACnrAwBy6wMAf+sDAMjrAwDU6wMAHuwDAC3sAwB07AMAfuwDAMrsAwDY7AMAIO0DACXtAwB27QMAg+0DAMztAwDP7QMAIu4DACruAwB47gMAfe4DAM7uAwDb7gMAJO8DACzvAwB67wMAg+8DANDvAwDd7wMAJvADADTwAwB88AMAj/ADANLwAwDa8AMAKPEDAC/xAwB+8QMAg/EDANTxAwDq8QMAKvIDACzyAwCA8gMAjvIDANbyAwDj8gMALPMDADTzAwCC8wMAhfMDANjzAwDd8wMALvQDAD30AwCE9AMApPQDANr0AwDm9AMAMPUDADr1AwCG9QMAjvUDANz1AwDu9QMA/KARADf2AwCI9gMAlfYDAN72AwDr9gMANPcDAED3AwCK9wMAmfcDAOD3AwDq9wMANvgDAD74AwCM+AMAlvgDAOL4AwDn+AMAOPkDAED5AwBSoREAmvkDAOT5AwDq+QMAOvoDAFX6AwCQ+gMAnPoDAOb6AwDs+gMAPPsDAFj7AwCS+wMAmvsDAKihEQDw+wMAPvwDAEj8AwCU/AMAn/wDAOr8AwD2/AMAQP0DAEj9AwD+oREAov0DAOz9AwDy/QMAQv4DAF3+AwCY/gMApP4DAO7+AwD0/gMARP8DAEz/AwCa/wMAoP8DAPD/AwD5/wMARgAEAFMABACcAAQAqQAEAPIABAAAAQQASAEEAFUBBACeAQQAtQEEAPQBBAD8AQQASgIEAE8CBACgAgQAWwIEAKQEBACtAgQA9gIEAP4CBABMAwQAVwMEAKIDBACnAwQA+AMEAPsDBABOBAQAWAQEAFSiEQCpBAQA+gQEAAkFBABQBQQAUgUEAKYFBAC3BQQA/AUEAA0GBABSBgQAZgYEAKqiEQC5BgQA/gYEAAEHBABUBwQABgcEAGwbCAALBwQAhAwQAF4HBACqBwQArAcEAAAIBAAKCAQAVggEAGIIBACsCAQA1ggEAAIJBAANCQQAdBkFACgJBABYCQQAiwkEAK4JBADUCQQABAoEACoKBABaCgQAjgoEALAKBADbCgQABgsEAA4LBABcCwQAhgsEALILBADnCwQACAwEADMMBABeDAQAZgwEALQMBADDDAQACg0EAA8NBABgDQQAaQ0EALYNBABtDQQAcBUEAMcNBAAMDgQAEw4EAGIOBABqDgQAuA4EAMUOBAAODwQAEw8EAGQPBABuDwQAug8EAMIPBAAQEAQAGhAEACgcBAAfEAQAZhAEAGsQBAC8EAQAyRAEABIRBAAfEQQAaBEEAHQRBAC+EQQAzREEABQSBAAeEgQAahIEAHISBADAEgQAyhIEABYTBAAbEwQAbBMEAHQTBAAAoxEAzhMEABgUBAAeFAQAbhQEAIkUBADEFAQA0BQEABoVBAAgFQQAVqMRAH0VBADGFQQA0hUEABwWBAArFgQAchYEAHwWBADIFgQA1hYEAB4XBAAjFwQAdBcEAIEXBADKFwQA0hcEACAYBAAqGAQAdhgEAHsYBADMGAQA1BgEACIZBAAlGQQAeBkEAIQZBADOGQQA1BkEACQaBAA/GgQAehoEAIYaBADQGgQA1hoEACYbBAAuGwQAfBsEAH4bBADSGwQA3BsEAKyjEQAuHAQAfhwEAIAcBADUHAQA4RwEACodBAAtHQQAgB0EAJEdBADWHQQA2B0EACweBAA2HgQAgh4EAI4eBADYHgQA4B4EAAKkEQAzHwQAhB8EAIcfBADaHwQA5B8EADAgBAA4IAQAhiAEAJMgBADcIAQA3iAEADIhBABIIQQAiCEEAJQhBABYpBEA+iEEADQiBABQIgQArqQRAI8iBADgIgQA7SIEADYjBABDIwQAjCMEAJgjBADiIwQA8SMEADgkBABCJAQAjiQEAJwkBADkJAQA6SQEADolBABHJQQAkCUEAKklBADmJQQA6CUEADwmBABDJgQABKURAK8mBADoJgQA+SYEAD4nBABKJwQAlCcEAKcnBADqJwQA+ScEAEAoBABMKAQAligEAJcoBADsKAQA9igEAEIpBABQKQQAmCkEAJ0pBADuKQQA+ykEAFqlEQBJKgQAmioEAKcqBADwKgQA/SoEAEYrBABSKwQAnCsEAKsrBADyKwQA/CsEAEgsBABWLAQAniwEAKMsBAD0LAQAAS0EAEotBABSLQQAXKYRAKUtBAD2LQQA/i0EALKmEQBOLgQAoi4EALAuBAD4LgQACS8EAAinEQBVLwQAXqcRAKkvBAD6LwQAAjAEAFAwBABfMAQApjAEAKswBAD8MAQACTEEAFIxBABfMQQAqDEEALQxBAD+MQQADTIEAFQyBABeMgQACqgRAKwyBAC8Jg8AsDIEAOAJDQC9MgQAADMEAA8zBABWMwQAYjMEAKwzBACtMwQAAjQEAAw0BABYNAQAZjQEAK40BACzNAQABDUEABE1BABgqBEAXjUEALA1BAC7NQQABjYEABQ2BABcNgQAbTYEALI2BAC+NgQACDcEABA3BAC2qBEAYzcEALQ3BADBNwQACjgEABc4BABgOAQAbDgEALY4BADFOAQADDkEABY5BABiOQQAcDkEALg5BADFOQQADjoEACU6BAAMqREAcToEALo6BADHOgQAEDsEABw7BABmOwQAdTsEALw7BADGOwQAEjwEACA8BABoPAQALjwEAAbBCQBtPAQAvjwEAMs8BAAUPQQAHD0EAGKpEQB2PQQAwD0EANA9BAAWPgQAHz4EAGw+BABvPgQAwj4EAM4+BAAYPwQAHz8EALipEQB7PwQAxD8EANM/BAAaQAQAG0AEAHBABACHQAQAxkAEAOBABAAcQQQAKEEEAHJBBACFQQQAyEEEANdBBAAeQgQAKkIEAHRCBAB1QgQAykIEANRCBAAgQwQALkMEAHZDBAB7QwQAzEMEANlDBAAOqhEAPEQEAHhEBACHRAQAzkQEANBEBAAkRQQA00QEAIZLBAAxRQQAekUEAIdFBADQRQQA1UUEACZGBAAwRgQAfEYEAItGBADSRgQA10YEAChHBAA1RwQAfkcEAItHBADURwQA4EcEACpIBAA5SAQAgEgEAIpIBADWSAQA40gEACxJBAAxSQQAgkkEAIZJBADYSQQA5EkEAC5KBAA0SgQAhEoEAIpKBADaSgQA30oEADBLBAA2SwQAZKoRAJNLBADcSwQA6UsEADJMBAA+TAQAiEwEAJdMBADeTAQA6EwEADRNBABCTQQAik0EAI9NBADgTQQA7U0EADZOBAA9TgQAjE4EAJFOBADiTgQA7k4EADhPBAA7TwQAjk8EAJtPBADkTwQA6U8EADpQBABEUAQAkFAEAJxQBADmUAQA+VAEADxRBABKUQQAklEEAJVRBADoUQQA8lEEAD5SBABKUgQAlFIEAJpSBADqUgQA8FIEAEBTBABFUwQAllMEAJxTBAC6qhEA9lMEAAgSBwD4UwQAQl4JAPtTBABCVAQARFQEAJhUBACpVAQA7lQEAP9UBABEVQQATFUEAJpVBACqVQQA8FUEAPJVBABGVgQAVFYEAJxWBACtVgQAEKsRAPlWBABmqxEASVcEAJ5XBACjVwQA9FcEAKRXBAD2gwQA+lcEAEpYBABUWAQAoFgEAKxYBAD2WAQA/FgEAExZBABSWQQAolkEAKdZBAD4WQQA/lkEALyrEQBcWgQApFoEAL1aBAD6WgQA+1oEAFBbBABtWwQAplsEAK5bBABAfgQAwFsEAPxbBAD/WwQAUlwEAFdcBAC+rBEAwVwEAP5cBAAEXQQAVF0EABRdBAA8KAUAVl0EAKpdBACwXQQAAF4EABReBABWXgQAXl4EAKxeBAC5XgQAAl8EAAdfBABYXwQAYl8EAK5fBAC2XwQABGAEABVgBABaYAQAX2AEALBgBACyYAQABmEEAA1hBABcYQQAaGEEALJhBAC5YQQACGIEACRiBABeYgQAZmIEABStEQC1YgQACmMEABZjBABgYwQAbWMEALZjBAC+YwQADGQEAA9kBABiZAQAbWQEALhkBAC6ZAQADmUEABRlBABkZQQAcGUEALplBADBZQQAEGYEABhmBABmZgQAa2YEALxmBADVZgQAEmcEAD5nBABoZwQAdGcEAL5nBADNZwQAFGgEAB5oBABqaAQAcmgEAMBoBADQaAQAFmkEACRpBABsaQQAfWkEAMJpBADOaQQAaq0RAB1qBABuagQAdmoEAMRqBADFagQAGmsEANpqBAAs2AsAN2sEAHBrBAB4awQAxmsEAMprBAAcbAQAImwEAHJsBAB0bAQAyGwEAMlsBAAebQQAH20EAHRtBACAbQQAym0EANBtBAAgbgQAKG4EAHZuBAB4bgQAzG4EAOduBAAibwQAJG8EAHhvBACGbwQAzm8EAN9vBAAkcAQAJnAEAHpwBACTcAQA0HAEAOFwBAAmcQQAMnEEAMCtEQCKcQQA0nEEAJhxBAAwKAgA6HEEAChyBAApcgQAfnIEAI9yBADUcgQA4HIEACpzBABAcwQAgHMEAIxzBADWcwQA43MEACx0BAA2dAQAgnQEAIR0BADYdAQA4nQEAC51BAA8dQQAhHUEAIl1BADadQQA53UEADB2BABMdgQAhnYEAI52BAAWrhEA6nYEADJ3BABLdwQAiHcEAIl3BADedwQA+3cEADR4BAA8eAQAingEAJt4BADgeAQA7ngEADZ5BABPeQQAjHkEAJJ5BADieQQA5HkEADh6BAA+egQAjnoEAKJ6BADkegQA7HoEADp7BABHewQAkHsEAJV7BADmewQA8HsEADx8BABEfAQAknwEAKJ8BADofAQA7XwEAD59BABHfQQAlH0EAKF9BADqfQQA8X0EAGyuEQBRfgQAln4EAKR+BADsfgQABX8EAEJ/BABIfwQAmH8EAJp/BADufwQA9H8EAESABABYgAQAmoAEAKKABADwgAQA/YAEAEaBBABLgQQAnIEEAKaBBADygQQA+oEEAEiCBABYggQAnoIEAKOCBAD0ggQA/YIEAEqDBABXgwQAoIMEAKeDBADCrhEA+4MEAEyEBABNhAQAooQEAK6EBAD4hAQA/oQEAE6FBABfhQQApIUEALiFBAD6hQQACYYEAFCGBABVhgQApoYEALOGBAD8hgQADIcEAFKHBABghwQAqIcEAL+HBAD+hwQAB4gEAFSIBABaiAQAqogEALaIBAAAiQQAB4kEAFaJBAByiQQArIkEALSJBAAYrxEACIoEAFiKBABeigQArooEALOKBAAEiwQACosEAG6vEQBfiwQAsIsEALKLBAAGjAQADYwEAFyMBABqjAQAsowEAL+MBAAIjQQAH40EAF6NBABmjQQAtI0EALWNBAAKjgQADY4EAGCOBAB0jgQAto4EAMWOBAAMjwQAEY8EAGKPBABjjwQAuI8EAM+PBAAasBEAEJAEAGSQBABxkAQAupAEAMeQBAAQkQQAFZEEAGaRBABwkQQAvJEEAMSRBAASkgQAIpIEAGiSBAB2kgQAvpIEAMuSBAAUkwQAG5MEAGqTBABykwQAwJMEAMKTBAAWlAQAHpQEAGyUBABtlAQAwpQEAIKUBABGLQUAx5QEABiVBAAblQQAbpUEAHiVBADElQQA25UEABqWBAAglgQAcJYEAHyWBADGlgQAyZYEAByXBAA5lwQAcpcEAIOXBADIlwQA0JcEAB6YBAAlmAQAdJgEAHqYBADKmAQA2JgEACCZBAA7mQQAdpkEAIKZBADMmQQA0pkEACKaBAA3mgQAeJoEAICaBADOmgQA2JoEACSbBAAqmwQAepsEAIibBADQmwQA3JsEACacBAAtnAQAfJwEAIScBABwsBEA4JwEACidBAA+nQQAfp0EAIqdBADUnQQA2Z0EACqeBAAzngQAgJ4EAIqeBADWngQA4p4EAJqEBgDyngQALJ8EADSfBADGsBEAh58EANifBADlnwQALqAEADugBACEoAQAkKAEANqgBADpoAQAMKEEADqhBACGoQQAlKEEANyhBADhoQQAMqIEAD+iBACIogQAkKIEAByxEQDsogQANKMEAEqjBACKowQAlqMEAOCjBADlowQANqQEAD+kBACMpAQAlqQEAOKkBADqpAQAOKUEAESlBACOpQQAoaUEAOSlBADlpQQAOqYEAEimBACQpgQAlqYEAOamBADypgQAPKcEAEOnBABysREAnKcEAOinBADwpwQAPqgEAESoBAD+5wkATagEAJSoBACZqAQAbhYFAJqoBADqqAQA9qgEAECpBABCqQQAlqkEAKCpBADsqQQA+KkEAEKqBABKqgQAyLERAKCqBADuqgQA/aoEAESrBABJqwQAmqsEAKerBADwqwQA/asEAEasBABSrAQAnKwEAKusBADyrAQA/KwEAEitBABWrQQAnq0EAKOtBAD0rQQAAa4EAEquBABSrgQAoK4EAKquBAD2rgQA+64EAEyvBABUrwQAoq8EAK2vBAD4rwQA/a8EAE6wBABRsAQApLAEAK6wBAD6sAQAArEEAB6yEQBVsQQAprEEALWxBAD8sQQA/rEEAFKyBABjsgQAqLIEALOyBAD+sgQAA7MEAFSzBABXswQAqrMEALSzBAAAtAQACLQEAFa0BABYtAQArLQEALm0BAACtQQACbUEAFi1BABgtQQArrUEAK+1BAAEtgQACbYEAFq2BABgtgQAsLYEALq2BAAGtwQADrcEAHSyEQCStwQAsrcEAOe3BAAIuAQAIrgEAF64BACEuAQAtLgEAM64BAAKuQQAMLkEAGC5BAB6uQQAtrkEAN+5BAAMugQAFLoEAGK6BABkugQAuLoEAMW6BAAOuwQAFbsEAGS7BABsuwQAursEALu7BAAQvAQAFbwEAGa8BABsvAQAvLwEAMa8BAASvQQAGr0EAMqyEQCEvQQAILMRAMa9BAAUvgQAFr4EAGq+BAB3vgQAwL4EAMe+BAAWvwQAHr8EAGy/BABtvwQAwr8EAMe/BAAYwAQAHsAEAG7ABAB4wAQAxMAEAMzABAB2sxEAH8EEAHDBBABywQQAxsEEAM3BBAAcwgQAKsIEAHLCBAB/wgQAyMIEAN/CBAAewwQAJsMEAHTDBAB+wwQAysMEAIrDBADeIwUA1cMEACDEBAAsxAQAdsQEAH7EBADMsxEAzcQEACLFBADWxAQAiKQFAOLEBAAMkQUAJ8UEAHjFBAB7xQQAzsUEANjFBAAkxgQAO8YEAHrGBACAxgQA0MYEANzGBAAmxwQAKccEAHzHBACZxwQA0scEAOPHBAAoyAQAR8gEAH7IBACGyAQA1MgEANbIBAAqyQQAOckEAIDJBACKyQQA1skEAOTJBAAsygQAR8oEAILKBACOygQA2MoEAODKBAAitBEAOssEAITLBACTywQA2ssEAN/LBAAwzAQANswEAIbMBACNzAQA3MwEAOTMBAAyzQQANM0EAIjNBACPzQQA3s0EAODNBAA0zgQANc4EAIrOBACUzgQA4M4EAOzOBAA2zwQAPM8EAIzPBACmzwQA4s8EAOrPBAA40AQATtAEAI7QBACc0AQA5NAEAOfQBAA60QQAPdEEAJDRBACe0QQA5tEEAPPRBAA80gQAU9IEAJLSBACa0gQA6NIEAOrSBAA+0wQARtMEAJTTBACr0wQA6tMEAPbTBABA1AQAVtQEAJbUBACe1AQA7NQEAPrUBABC1QQATNUEAJjVBACg1QQA7tUEAPXVBABE1gQAUNYEAJrWBACb1gQA8NYEAPzWBABG1wQAU9cEAJzXBACj1wQA8tcEAPXXBABI2AQAUNgEAJ7YBACj2AQA9NgEAAHZBABK2QQAetkEAKDZBACo2QQAeLQRAP7ZBADs7hEAEtoEAEzaBABU2gQAzrQRALDaBAD42gQA+toEAE7bBABf2wQApNsEAKzbBAD62wQABtwEAFDcBABW3AQAptwEAKzcBAD83AQAAd0EAFLdBABY3QQAJLURAK3dBAD+3QQAtN0EAIg1DgAG3gQAVN4EAFneBAC6nAoAWt4EAOziCwBg3gQAKFULAGPeBACq3gQAZd4EADzgCwBr3gQAHlIMAK/eBAAA3wQAsN4EAKKOCQAN3wQAVt8EAGPfBACs3wQAuN8EAALgBAAR4AQAWOAEAGLgBAB8thEAuOAEAAThBAAJ4QQAWuEEAGLhBADSthEAteEEAAbiBAAJ4gQAXOIEAGbiBACy4gQA2uIEAH63EQAO4wQAXuMEAHTjBAC04wQAwuMEAArkBAAX5AQAYOQEAGLkBAC25AQAwOQEAAzlBAAY5QQAYuUEAGnlBAC45QQAwOUEAA7mBAAV5gQAZOYEAG3mBAC65gQAxuYEABDnBAAY5wQA1LcRAGvnBAC85wQAxOcEABLoBAAh6AQAaOgEAG3oBAC+6AQAy+gEABTpBAAh6QQAaukEAHbpBADA6QQAz+kEABbqBAAg6gQAbOoEAHrqBADC6gQAx+oEABjrBAAl6wQAbusEAHbrBADE6wQAzusEABrsBAAo7AQAcOwEAIbsBADG7AQA0uwEABztBAAh7QQAcu0EAHvtBADI7QQA0u0EACq4EQAo7gQAdO4EAIDuBADK7gQA0u4EAIC4EQAl7wQAdu8EAIPvBADM7wQA2e8EACLwBAAu8AQAePAEAIfwBADO8AQA2PAEACTxBAA88QQAevEEAITxBADQ8QQA3vEEACbyBAA88gQAfPIEAIjyBADS8gQA1/IEACjzBAAx8wQAfvMEAIjzBADU8wQA3PMEANa4EQA39AQAgPQEAED0BABsAhEAjfQEANb0BADi9AQALPUEADv1BACC9QQAjPUEANj1BADm9QQALvYEADv2BACE9gQAm/YEANr2BADi9gQAMPcEADr3BACG9wQAi/cEANz3BADk9wQALLkRAD74BACI+AQAjvgEAN74BAD5+AQANPkEAED5BACK+QQAkPkEAIK5EQDo+QQA2LkRADv6BACM+gQAmfoEAOL6BADv+gQAOPsEAET7BACO+wQAnfsEAOT7BADu+wQAOvwEAEj8BACQ/AQAlfwEAOb8BADz/AQAPP0EAET9BAAuuhEAnv0EAOj9BAD4/QQAPv4EAEf+BACU/gQAl/4EAOr+BAD2/gQAQP8EAEf/BACEuhEApP8EAOz/BAACAAUAQgAFAE4ABQCYAAUAnwAFAO4ABQD2AAUARAEFAEkBBQCaAQUAowEFAPABBQD6AQUA2roRAEsCBQCcAgUAUgIFAPoGBQCkAgUA8gIFAPgCBQBIAwUATQMFAJ4DBQCnAwUA9AMFAP4DBQBKBAUAVgQFAKAEBQCoBAUAMLsRAPsEBQBMBQUAVAUFAKIFBQCtBQUA+AUFAP0FBQBOBgUAUQYFAKQGBQCuBgUAhrsRAAQHBQBQBwUAVAcFAKYHBQCrBwUA/AcFAAIIBQBSCAUAcggFAKgIBQCwCAUA/ggFAAwJBQBUCQUAVwkFAKoJBQCyCQUAAAoFAAkKBQBWCgUAYwoFAKwKBQCyCgUAAgsFAA4LBQBYCwUAWgsFAK4LBQC9CwUABAwFAA8MBQBaDAUAXAwFALAMBQDJDAUABg0FABcNBQBcDQUAaA0FANy7EQC6DQUACA4FACgOBQBeDgUAbA4FALQOBQDBDgUACg8FABEPBQBgDwUAfA8FALYPBQC+DwUAMrwRABEQBQBiEAUAbxAFALgQBQDFEAUADhEFABoRBQBkEQUAcxEFALoRBQDEEQUAEBIFACUSBQBmEgUAbhIFALwSBQDLEgUAEhMFABQTBQBoEwUAcRMFAL4TBQDBEwUAFBQFACAUBQBqFAUAhhQFAMAUBQDIFAUAiLwRABsVBQBsFQUAghUFAMIVBQDOFQUAGBYFADsWBQDevBEAexYFAMQWBQDRFgUAGhcFACYXBQBwFwUAfxcFAMYXBQDQFwUAHBgFACQYBQByGAUAfBgFAMgYBQDNGAUAHhkFACYZBQA0vREAiBkFAMoZBQDwGQUAIBoFAEYaBQB2GgUAnBoFAMwaBQD3GgUAIhsFACobBQB4GwUAohsFAM4bBQAEHAUAJBwFAEocBQB6HAUAoBwFANAcBQAGHQUAJh0FAFEdBQB8HQUAhB0FANIdBQDXHQUA6H4FAOEdBQAoHgUALR4FAH4eBQCLHgUA1B4FAOEeBQAqHwUANh8FAIAfBQCPHwUA1h8FAOAfBQAsIAUAOiAFAIIgBQCHIAUA2CAFAOUgBQAuIQUANiEFAIQhBQCKIQUA2iEFAI4hBQA4fAUA5iEFADAiBQBAIgUAhiIFAI8iBQDcIgUA3yIFADIjBQA+IwUAiCMFAI8jBQCKvREA8iMFADQkBQA3JAUAiiQFAKckBQDgJAUA8SQFADYlBQA9JQUAjCUFAKUlBQDiJQUA6iUFADgmBQBOJgUAjiYFAJMmBQDkJgUA6yYFADonBQBDJwUAkCcFAKEnBQDmJwUA8icFAOC9EQA+KAUAmCsFAFAoBQCSKAUAlSgFAOgoBQAFKQUAPikFAE8pBQCUKQUAoykFAOopBQD7KQUAQCoFAE4qBQCWKgUAoioFAOwqBQD5KgUAQisFAEwrBQA2vhEAnisFAO4rBQD8KwUARCwFAEYsBQCaLAUAoSwFAPAsBQAJLQUAjL4RAFotBQCcLQUAny0FAPItBQAPLgUASC4FAFkuBQCeLgUApi4FAPQuBQD7LgUASi8FAFAvBQCgLwUAri8FAPYvBQARMAUATDAFAFgwBQCiMAUAqDAFAPgwBQANMQUATjEFAFYxBQCkMQUArjEFAPoxBQAAMgUAUDIFAF4yBQCmMgUAsjIFAPwyBQADMwUAUjMFAFozBQDivhEAsTMFAP4zBQALNAUAVDQFAGI0BQCqNAUAuTQFAAA1BQACNQUAVjUFAGA1BQCsNQUAujUFAAI2BQAHNgUAWDYFAGU2BQCuNgUAsTYFAAQ3BQAQNwUAWjcFAG03BQCwNwUAvzcFAAY4BQASOAUAXDgFAF04BQCyOAUAvDgFAAg5BQAWOQUAXjkFAGM5BQC0OQUAwTkFADi/EQAPOgUAYDoFAHY6BQC2OgUAzDoFAAw7BQAVOwUAYjsFAG87BQC4OwUAxjsFAA48BQAdPAUAZDwFAGY8BQC6PAUAxDwFABA9BQAePQUAZj0FAGs9BQC8PQUAyT0FABI+BQAVPgUAaD4FAHA+BQC+PgUAzz4FABQ/BQAiPwUAaj8FAHc/BQDAPwUA4D8FABZABQAeQAUAbEAFAHxABQDCQAUAxEAFABhBBQAmQQUAbkEFAH9BBQA6wBEAykEFABpCBQAmQgUAkMARAHdCBQDGQgUAfUIFAJwxBwDNQgUAHEMFACJDBQByQwUAfkMFAMhDBQDLQwUAHkQFACFEBQB0RAUAnEQFAMpEBQDtRAUAIEUFACtFBQB2RQUAe0UFAMxFBQDPRQUAIkYFACxGBQB4RgUAoEYFAObAEQDTRgUAJEcFADFHBQB6RwUAh0cFANBHBQDcRwUAJkgFADVIBQB8SAUAhkgFANJIBQDaSAUAKEkFADJJBQB+SQUAg0kFANRJBQDcSQUAPMERADdKBQCASgUAlEoFANZKBQDeSgUALEsFADFLBQCCSwUAkksFANhLBQDgSwUALkwFADhMBQCETAUAj0wFANpMBQDmTAUAME0FADhNBQCSwREAh00FANxNBQDoTQUAMk4FAEFOBQCITgUAlk4FAN5OBQDuTgUANE8FAEJPBQCKTwUAlk8FAOBPBQDnTwUANlAFAD5QBQCMUAUAolAFAOJQBQD2UAUAOFEFADtRBQCOUQUAq1EFAORRBQD1UQUAOlIFAEJSBQCQUgUAm1IFAOZSBQDrUgUAPFMFAD9TBQCSUwUAnFMFAOhTBQDrUwUA6MERAEBUBQA4VwgAQ1QFAJRUBQCXVAUA6lQFAPRUBQBAVQUASFUFAJZVBQC1VQUAPsIRAABWBQBCVgUAaFYFAJhWBQC+VgUA7lYFABRXBQBEVwUAfFcFAJpXBQDQVwUA8FcFABZYBQBGWAUAbFgFAJxYBQDSWAUA8lgFABZZBQBIWQUAZFkFAJ5ZBQCmWQUAlMIRAPlZBQBKWgUAV1oFAKBaBQCtWgUA9loFAAJbBQBMWwUAW1sFAKJbBQCsWwUA+FsFAAZcBQBOXAUAU1wFAKRcBQCxXAUA+lwFAAJdBQDqwhEAXF0FAKZdBQC2XQUA/F0FAAVeBQBSXgUAVV4FAKheBQC0XgUA/l4FAAVfBQBAwxEAYl8FAKpfBQDAXwUAAGAFAAxgBQBWYAUAXWAFAKxgBQC0YAUAAmEFAAdhBQBYYQUAYWEFAK5hBQC4YQUAlsMRAAViBQBaYgUAZmIFALBiBQC2YgUABmMFAAhjBQBcYwUAZmMFALJjBQDAYwUACGQFAA1kBQBeZAUAa2QFALRkBQC8ZAUACmUFABRlBQBgZQUAbmUFALZlBQDMZQUADGYFABhmBQBiZgUAaWYFALhmBQDAZgUADmcFABNnBQBkZwUAbWcFALpnBQDEZwUA7MMRABNoBQBmaAUAg2gFALxoBQDNaAUAEmkFACBpBQBoaQUAgGkFAL5pBQDBaQUAFGoFADFqBQBqagUAe2oFAMBqBQDYagUAFmsFACJrBQBsawUAf2sFAMJrBQDRawUAGGwFACRsBQBubAUAb2wFAMRsBQDObAUAGm0FAChtBQBwbQUAdW0FAMZtBQDTbQUAQsQRACFuBQBybgUAf24FAMhuBQDVbgUAHm8FACpvBQB0bwUAg28FAMpvBQDUbwUAIHAFAC5wBQB2cAUAe3AFAMxwBQDZcAUAInEFACpxBQBExREAhHEFAM5xBQDecQUAJHIFAC1yBQB6cgUAfXIFANByBQDccgUAJnMFAC1zBQCaxREAinMFANJzBQDocwUAKHQFADR0BQB+dAUAhXQFANR0BQDcdAUAKnUFAC91BQCAdQUAiXUFANZ1BQDgdQUA8MURAC12BQCCdgUAjnYFANh2BQDedgUALncFADB3BQCEdwUAjncFANp3BQDodwUAMHgFADV4BQCGeAUAk3gFANx4BQDkeAUAMnkFADx5BQCIeQUAlnkFAN55BQD0eQUANHoFAEB6BQCKegUAkXoFAOB6BQDoegUANnsFADt7BQCMewUAlXsFAOJ7BQDsewUARsYRAEZ8BQCOfAUApHwFAOR8BQDwfAUAOn0FAEF9BQCQfQUAmH0FAOZ9BQDrfQUAPH4FAEV+BQCSfgUAnH4FAJzGEQDpfgUAPn8FAEp/BQCUfwUAmn8FAOp/BQDsfwUAQIAFAEqABQCWgAUApIAFAOyABQDxgAUAQoEFAE+BBQCYgQUAoIEFAO6BBQD4gQUARIIFAFKCBQCaggUAsIIFAPCCBQD8ggUARoMFAE2DBQCcgwUApIMFAPKDBQD3gwUASIQFAFGEBQCehAUAqIQFAPLGEQD2hAUAuCANAAKFBQBKhQUAW4UFAKCFBQClhQUA9oUFAA2GBQBMhgUAYIYFAKKGBQC6hgUA+IYFAAeHBQBOhwUAU4cFAKSHBQCxhwUA+ocFAAeIBQBQiAUAXIgFAKaIBQC1iAUA/IgFAAaJBQBSiQUAWokFAKiJBQDGiQUA/okFAAaKBQBUigUAXYoFAKqKBQC3igUAAIsFAAKLBQBWiwUAb4sFAKyLBQC9iwUAAowFAA6MBQBYjAUAYIwFAEjHEQCzjAUABI0FAAyNBQBajQUAaY0FALCNBQC1jQUABo4FABOOBQBcjgUAaY4FALKOBQC+jgUACI8FABePBQBejwUAaI8FALSPBQC8jwUACpAFABSQBQBgkAUAZZAFALaQBQC+kAUAnscRACCRBQBikQUAZZEFALiRBQDVkQUADpIFAB+SBQBkkgUAmpIFALqSBQDZkgUAEJMFABiTBQBmkwUAaJMFALyTBQDLkwUAEpQFAByUBQBolAUAdpQFAL6UBQDZlAUAFJUFACCVBQBqlQUAcpUFAPTHEQDMlQUAFpYFACWWBQBslgUAcZYFAMKWBQDIlgUAGJcFAB+XBQBulwUAdpcFAMSXBQDGlwUAGpgFACGYBQBwmAUAcpgFAMaYBQDHmAUAHJkFACaZBQBymQUAfpkFAMiZBQDOmQUAHpoFADiaBQB0mgUAfJoFAMqaBQDgmgUAIJsFAC6bBQB2mwUAeZsFAMybBQDPmwUAIpwFADCcBQB4nAUAhZwFAM6cBQDlnAUAJJ0FACydBQB6nQUAfJ0FANCdBQDYnQUAJp4FAD2eBQB8ngUAiJ4FANKeBQDongUAKJ8FADCfBQB+nwUAjJ8FANSfBQDenwUAKqAFADKgBQCAoAUAh6AFANagBQDioAUALKEFAC2hBQCCoQUAjqEFANihBQDloQUALqIFADWiBQCEogUAh6IFANqiBQDiogUAMKMFADWjBQCGowUAk6MFANyjBQAMpAUAMqQFADqkBQBKyBEAjqQFAN6kBQDspAUANKUFAEWlBQCKpQUAj6UFAOClBQD3pQUANqYFAEqmBQCMpgUAq6YFAOKmBQDqpgUAOKcFADqnBQCOpwUAnacFAOSnBQDupwUAOqgFAEioBQCQqAUAq6gFAOaoBQDyqAUAPKkFAESpBQCgyBEAnqkFAOipBQD3qQUAPqoFAEOqBQCUqgUAmqoFAOqqBQDxqgUAQKsFAEirBQCWqwUAmKsFAOyrBQDzqwUAQqwFAESsBQCYrAUAmawFAO6sBQD4rAUARK0FAFCtBQCarQUAoK0FAPCtBQAKrgUARq4FAE6uBQCcrgUAsq4FAPKuBQAArwUASK8FAEuvBQCerwUAoa8FAPSvBQACsAUASrAFAFewBQCgsAUAt7AFAPawBQD+sAUATLEFAE6xBQCisQUAqrEFAPixBQAPsgUATrIFAFqyBQCksgUAurIFAPqyBQACswUAULMFAF6zBQCmswUAsLMFAPyzBQAEtAUAUrQFAFm0BQCotAUAtLQFAP60BQD/tAUAVLUFAGC1BQCqtQUAt7UFAAC2BQAHtgUAVrYFAFm2BQCstgUAtLYFAAK3BQAHtwUAWLcFAGW3BQCutwUA3rcFAAS4BQAMuAUA9sgRAF+4BQCwuAUAzLgFAAa5BQAOuQUATMkRAJW5BQCyuQUA2LkFAAi6BQAxugUAXroFAJS6BQC0ugUAyboFAAq7BQASuwUAYLsFAGO7BQC2uwUA07sFAAy8BQAdvAUAYrwFAGW8BQC4vAUAwrwFAA69BQAQvQUAZL0FAG69BQC6vQUAxr0FABC+BQAsvgUAZr4FAG6+BQCiyREA774FABK/BQAVvwUAaL8FAI6/BQC+vwUA578FABTABQA4wAUAasAFAHLABQD4yREAxcAFABbBBQAjwQUAbMEFAHnBBQDCwQUAzsEFABjCBQAnwgUAbsIFAHjCBQDEwgUA0sIFABrDBQAfwwUAcMMFAH3DBQDGwwUAzsMFABzEBQAmxAUAcsQFAIDEBQDIxAUA3sQFAB7FBQAqxQUAdMUFAHnFBQDKxQUA08UFACDGBQAqxgUAdsYFAJLGBQDMxgUA1MYFAE7KEQAkxwUAeMcFAIbHBQDOxwUA38cFAKTKEQAryAUA+soRAH/IBQDQyAUA2MgFACbJBQA1yQUAfMkFAILJBQDSyQUA3skFACjKBQAqygUAfsoFAIjKBQDUygUA4MoFACrLBQAyywUApssRAIXLBQDWywUA5csFACzMBQBMzAUAgswFAI7MBQDYzAUA4swFAC7NBQA2zQUAhM0FAIbNBQDazQUA6s0FADDOBQA6zgUAhs4FAJLOBQDczgUA4s4FADLPBQA6zwUA/MsRAJ/PBQDezwUA5s8FADTQBQA+0AUAitAFAI/QBQDg0AUA6NAFAFLMEQA70QUAjNEFAJXRBQBWbgwAmdEFAOLRBQCi0QUA1okPAOzRBQBiTw8A79EFADjSBQBE0gUAjtIFAJ3SBQDk0gUA7tIFADrTBQBC0wUAoGYLAEjTBQCQ0wUAndMFAObTBQD90wUAPNQFAETUBQCS1AUAnNQFAOjUBQDt1AUAPtUFAEbVBQCozBEAodUFAOrVBQD41QUAQNYFAFPWBQCW1gUAntYFAOzWBQDv1gUAQtcFAEfXBQCY1wUAp9cFAO7XBQAO2AUARNgFAFDYBQCa2AUApNgFAPDYBQAM2QUARtkFAE7ZBQD+zBEAr9kFAPLZBQD42QUASNoFAFTaBQCe2gUAqNoFAPTaBQD62gUAStsFAFjbBQCg2wUArNsFAPbbBQD52wUATNwFAE3cBQCi3AUArtwFAPjcBQD+3AUATt0FAFTdBQCk3QUAsN0FAPrdBQAX3gUAUN4FAFneBQCm3gUAst4FAPzeBQD/3gUAUt8FAFzfBQCo3wUAtN8FAP7fBQAE4AUAVOAFAFrgBQCq4AUAr+AFAADhBQAG4QUAVM0RAGLhBQCs4QUAruEFAALiBQAR4gUAWOIFAGPiBQCu4gUAuuIFAATjBQAL4wUAWuMFAGLjBQCw4wUAuuMFAAbkBQAR5AUAXOQFAGjkBQCy5AUAuuQFAFbOEQAK5QUAXuUFAHHlBQC05QUAvOUFAArmBQAQ5gUAYOYFAGzmBQC25gUAwOYFAAznBQAS5wUAYucFAHDnBQC45wUAxOcFAA7oBQAR6AUAZOgFAGzoBQC66AUAu+gFABDpBQAc6QUAZukFAGzpBQC86QUAxOkFABLqBQAY6gUAaOoFAHTqBQC+6gUA2+oFABTrBQAd6wUAausFAHbrBQDA6wUAw+sFABbsBQAg7AUAbOwFAHTsBQDC7AUA0+wFABjtBQAm7QUAbu0FAITtBQDE7QUA0u0FABruBQAk7gUArM4RAH/uBQDG7gUA0e4FABzvBQAo7wUAcu8FAHnvBQDI7wUA0O8FAB7wBQAo8AUAdPAFAH/wBQDK8AUA1vAFACDxBQAo8QUAAs8RAHjxBQDM8QUA3/EFACLyBQAq8gUAePIFAH7yBQDO8gUA2vIFACTzBQAu8wUAevMFAIDzBQDQ8wUA3vMFACb0BQAy9AUAfPQFAH/0BQDS9AUA2vQFACj1BQAp9QUAfvUFAIr1BQDU9QUA2vUFACr2BQAy9gUAgPYFAIb2BQDW9gUA4vYFACz3BQBJ9wUAgvcFAIv3BQDY9wUA5PcFAC74BQAx+AUAhPgFAI74BQDa+AUA4vgFADD5BQBB+QUAhvkFAJT5BQDc+QUA8vkFADL6BQBA+gUAiPoFAJL6BQDe+gUA5voFADT7BQBX+wUAWM8RAJX7BQDg+wUA7vsFADb8BQBF/AUAjPwFAJf8BQDi/AUA6vwFADj9BQBG/QUAjv0FAJH9BQDk/QUA7P0FAK7PEQBI/gUAkP4FAJP+BQDm/gUA7v4FADhTBgDy/gUAmi4GAPX+BQBIBQYAAv8FADz/BQBY/wUABNARAJT/BQDo/wUA9f8FAD4ABgBLAAYAlAAGAJkABgDqAAYA9AAGAEABBgBPAQYAlgEGAJsBBgDsAQYA+QEGAEICBgBPAgYAmAIGAKQCBgDuAgYA/QIGAEQDBgBOAwYAmgMGAKYDBgDwAwYA9gMGAEYEBgBMBAYAnAQGAKEEBgDyBAYA+AQGAFrQEQBNBQYA2iMGAFkFBgCeBQYArAUGAPQFBgAABgYASgYGAFcGBgCgBgYAqgYGAPYGBgASBwYATAcGAGgHBgCw0BEApAcGAPgHBgAFCAYATggGAFsIBgCkCAYAqQgGAPoIBgAECQYAUAkGAF8JBgCmCQYAqwkGAPwJBgAJCgYAUgoGAF8KBgCoCgYAtAoGAP4KBgANCwYAVAsGAF4LBgCqCwYAtgsGAAAMBgAGDAYAVgwGAFwMBgCsDAYAsQwGAAINBgAIDQYABtERAGQNBgCuDQYAtQ0GAAQOBgASDgYAWg4GAF0OBgCwDgYAuA4GAAYPBgALDwYAXA8GAGkPBgCyDwYAug8GAFzREQAPEAYAXhAGAGwQBgC0EAYAtxAGAAoRBgAZEQYAYBEGAGURBgC2EQYAwxEGAAwSBgAZEgYAYhIGAG4SBgC4EgYAxxIGAA4TBgAYEwYAZBMGAHITBgC6EwYAvxMGABAUBgAdFAYAZhQGAHIUBgC8FAYAzxQGABIVBgAhFQYAaBUGAHQVBgC+FQYAvxUGABQWBgAeFgYAahYGAHgWBgDAFgYAxRYGABYXBgAjFwYAstERAG4XBgDCFwYA0BcGABgYBgApGAYAtNIRAHUYBgAK0xEAyRgGABoZBgAiGQYAcBkGAH8ZBgDGGQYAyxkGABwaBgApGgYAchoGAH8aBgDIGgYA1BoGAB4bBgAtGwYAdBsGAH4bBgC20xEAzBsGACAcBgA7HAYAdhwGAHgcBgDMHAYA5hwGACIdBgAvHQYAeB0GAIQdBgDOHQYA2B0GACQeBgA+HgYAeh4GAIkeBgDQHgYA1R4GACYfBgAzHwYAfB8GAIkfBgDSHwYA3h8GACggBgA3IAYAfiAGAIggBgDUIAYA4CAGACohBgA9IQYAgCEGAI8hBgDWIQYA4iEGACwiBgAtIgYAgiIGAIwiBgDYIgYA5iIGAC4jBgAzIwYAhCMGAJEjBgAM1BEA5yMGADAkBgA9JAYAhiQGAJIkBgDcJAYA6yQGADIlBgA8JQYAiCUGAJYlBgDeJQYA4yUGADQmBgBBJgYAiiYGAJYmBgDgJgYA8yYGADYnBgBFJwYAjCcGAJgnBgDiJwYA4ycGADgoBgBCKAYAjigGAJwoBgDkKAYA6SgGADopBgBHKQYAYtQRAJ0pBgDmKQYA6CkGADwqBgBVKgYAkioGAKMqBgDoKgYA9CoGAD4rBgBGKwYAZNURAJkrBgDqKwYA8isGAEAsBgBPLAYAliwGAJssBgDsLAYA+SwGAEItBgBPLQYAmC0GAKQtBgDuLQYA/S0GAEQuBgBOLgYAutURAK0uBgDwLgYA/y4GAEYvBgBSLwYAnC8GAJ0vBgDyLwYA/C8GAEgwBgBWMAYAnjAGAKMwBgD0MAYAATEGABDWEQBPMQYAoDEGAK0xBgD2MQYAAzIGAEwyBgBYMgYAojIGALEyBgD4MgYAAjMGAE4zBgBcMwYApDMGAKkzBgD6MwYABzQGAFA0BgBYNAYAEtcRALI0BgD8NAYADDUGAFI1BgBbNQYAqDUGAKs1BgD+NQYACjYGAFQ2BgBbNgYAaNcRALU2BgAANwYAATcGAFY3BgBuNwYArDcGALk3BgACOAYADjgGAFg4BgBiOAYArjgGALI4BgAEOQYACTkGAFo5BgBgOQYAsDkGANA5BgAGOgYAHjoGAFw6BgBzOgYAsjoGAL46BgAIOwYAEjsGAF47BgBgOwYAtDsGALs7BgAKPAYAETwGAGA8BgBmPAYAtjwGAMI8BgAMPQYADz0GAGI9BgBlPQYAuD0GAMQ9BgAOPgYAET4GAL7XEQBpPgYAuj4GAMI+BgAQPwYAFj8GAGY/BgBrPwYAvD8GAMU/BgASQAYAHEAGAGhABgB0QAYAvkAGAMZABgAU2BEAGUEGAGpBBgByQQYAwEEGAMtBBgAWQgYAG0IGAGxCBgBvQgYAwkIGAMxCBgBq2BEAIEMGAG5DBgByQwYAxEMGAMZDBgAaRAYAHUQGAHBEBgB4RAYAxkQGANNEBgAcRQYAIUUGAHJFBgB8RQYAyEUGANBFBgAeRgYAH0YGAHRGBgB5RgYAykYGAM1GBgAgRwYAI0cGAHZHBgCERwYAzEcGAOVHBgAiSAYAM0gGAHhIBgCESAYAzkgGANZIBgDA2BEAKUkGAHpJBgCCSQYA0EkGAN9JBgAmSgYAK0oGAHxKBgCJSgYA0koGAN9KBgAoSwYANEsGAH5LBgCNSwYA1EsGAN5LBgAqTAYAMkwGAIBMBgCKTAYA1kwGANtMBgAsTQYANE0GABbZEQCNTQYA2E0GAORNBgAuTgYANk4GAGzZEQCQTgYA2k4GAOFOBgAwTwYAPk8GAIZPBgCJTwYA3E8GAORPBgAyUAYANVAGAIhQBgCUUAYA3lAGAORQBgA0UQYAT1EGAIpRBgCWUQYA4FEGAOZRBgA2UgYAWVIGAIxSBgCPUgYA4lIGAAZTBgDC2REAR1MGAI5TBgCTUwYA5FMGAPFTBgA6VAYAR1QGAJBUBgCcVAYA5lQGAPVUBgA8VQYARlUGAJJVBgCgVQYA6FUGAO1VBgA+VgYAS1YGAJRWBgCcVgYAGNoRAPdWBgBAVwYASFcGAJZXBgCvVwYA7FcGAPJXBgBCWAYAR1gGAJhYBgC4WAYA7lgGAPpYBgBEWQYAUVkGAJpZBgCiWQYA8FkGAPNZBgBGWgYAUFoGAJxaBgCeWgYA8loGAPxaBgBIWwYAVFsGAG7aEQC0WwYA9FsGAABcBgBKXAYAT1wGAKBcBgBSXAYAttUSAKlcBgD2XAYAAF0GAExdBgBUXQYALFUKAFhdBgCiXQYAb10GAFCSCgCoXQYA+F0GALVdBgDUWQ0A/l0GAE5eBgBTXgYApF4GAKpeBgDE2hEACF8GAFBfBgBmXwYApl8GALJfBgD8XwYAAWAGAFJgBgBbYAYAqGAGALJgBgD+YAYABmEGAFRhBgBjYQYAqmEGAK9hBgAAYgYADWIGAFZiBgBjYgYArGIGALhiBgACYwYAEWMGAFhjBgBiYwYArmMGALxjBgAEZAYAEWQGAFpkBgBxZAYAsGQGALhkBgAGZQYAEGUGAFxlBgBhZQYAsmUGALplBgDG2xEAFGYGAF5mBgBkZgYAtGYGAM9mBgAKZwYAFmcGAGBnBgBmZwYAHNwRALxnBgDaCA4AyWcGAAxoBgAbaAYAYmgGAG5oBgC4aAYAuWgGAA5pBgAYaQYAZGkGAHJpBgC6aQYAv2kGABBqBgAdagYActwRAGtqBgC8agYAxGoGABJrBgAVawYAaGsGAHFrBgC+awYAzWsGABRsBgAfbAYAamwGAHJsBgDAbAYA0GwGABZtBgAkbQYAbG0GAH1tBgDCbQYAzm0GABhuBgAgbgYAdN0RAHRuBgDEbgYAzG4GABpvBgAhbwYAcG8GAH5vBgDGbwYAzG8GABxwBgAocAYAcnAGAIFwBgDIcAYA0nAGAB5xBgAjcQYAdHEGAHpxBgDKcQYA3nEGACByBgAocgYAdnIGAKByBgDMcgYA1XIGACJzBgAvcwYAeHMGAIZzBgDOcwYA4XMGACR0BgBAdAYAyt0RAH90BgDQdAYA3XQGACZ1BgAzdQYAfHUGAIh1BgDSdQYA4XUGACh2BgAydgYAfnYGAIx2BgDUdgYA2XYGACp3BgA3dwYAgHcGAIh3BgAg3hEA4ncGACx4BgA8eAYAgngGAIt4BgDYeAYA23gGAC55BgA6eQYAhHkGAIt5BgB23hEABHoGADB6BgA5egYAhnoGAJN6BgDcegYA6noGADJ7BgBFewYAiHsGAKR7BgDM3hEA7HsGADR8BgBKfAYAinwGAJZ8BgDgfAYA53wGADZ9BgA+fQYAjH0GAJF9BgDifQYA630GADh+BgBCfgYAIt8RAI9+BgDkfgYA8H4GADp/BgBAfwYAkH8GAJJ/BgDmfwYA8H8GADyABgBKgAYAkoAGAJeABgDogAYA9YAGAD6BBgBGgQYAlIEGAJ6BBgDqgQYA+IEGAECCBgBWggYAloIGAKKCBgDsggYA84IGAEKDBgBKgwYAmIMGAJ2DBgDugwYA94MGAESEBgBOhAYAeN8RAKCEBgDwhAYA9oQGAEaFBgBLhQYAnIUGAKKFBgDO3xEA94UGAEiGBgBVhgYAnoYGAKuGBgD0hgYAAIcGAEqHBgBZhwYAoIcGAKqHBgD2hwYABIgGAEyIBgBRiAYAoogGAK+IBgD4iAYAAIkGANDgEQBciQYApIkGALqJBgD6iQYABooGAFCKBgBVigYApooGAK+KBgD8igYABosGACbhEQBeiwYAqIsGALmLBgD+iwYACowGAFSMBgBjjAYAqowGALSMBgAAjQYADo0GAFaNBgBbjQYArI0GALmNBgACjgYADI4GAFiOBgAOjgYACpIGAGaOBgCujgYAxI4GAASPBgAQjwYAWo8GAF+PBgCwjwYAuY8GAAaQBgAQkAYAXJAGAGiQBgCykAYAuJAGAAiRBgAOkQYAXpEGAGORBgC0kQYAupEGAHzhEQAQkgYAYJIGAGaSBgC2kgYAu5IGAAyTBgASkwYA0uERAHCTBgC4kwYAzpMGAA6UBgAalAYAZJQGAGmUBgC6lAYAw5QGABCVBgAalQYAZpUGAHKVBgC8lQYAz5UGABKWBgAhlgYAaJYGAHSWBgC+lgYAv5YGABSXBgAelwYAapcGAHiXBgDAlwYAxZcGABaYBgAjmAYAKOIRAHuYBgDCmAYA4pgGABiZBgAkmQYAbpkGAHiZBgDEmQYAyZkGABqaBgAbmgYAcJoGAHyaBgDGmgYA05oGABybBgAomwYAcpsGAIWbBgDImwYA15sGAB6cBgAqnAYAdJwGAHWcBgDKnAYA1JwGACCdBgAunQYAdp0GAHudBgDMnQYA2Z0GAH7iEQA+ngYA1OIRAH6eBgDOngYA1J4GACSfBgApnwYAep8GAICfBgAq4xEA1Z8GACagBgApoAYAfKAGAIigBgDSoAYA2KAGACihBgBDoQYAfqEGAIqhBgDUoQYA2qEGACqiBgAsogYAgKIGAJuiBgDWogYA2KIGACyjBgA6owYAgqMGAJOjBgDYowYA2qMGAC6kBgBHpAYAhKQGAJWkBgDapAYA5qQGACzkEQA6pQYAhqUGAJSlBgDcpQYA8qUGADKmBgA+pgYAiKYGAI2mBgDepgYA56YGADSnBgA+pwYAiqcGAJKnBgDgpwYA5acGADaoBgBFqAYAjKgGAJuoBgDiqAYA66gGADipBgA+qQYAjqkGAJSpBgDkqQYA8KkGADqqBgBBqgYAkKoGAJiqBgDmqgYA6KoGADyrBgBMqwYAkqsGAJyrBgDoqwYA9KsGAD6sBgBErAYAlKwGAJysBgCC5BEA9qwGAECtBgBRrQYAlq0GAKKtBgDsrQYA+60GAEKuBgBMrgYAmK4GAKauBgDurgYA864GAESvBgBRrwYAmq8GAKKvBgDwrwYA+q8GAMrHBgD8rwYARrAGAEywBgCcsAYAorAGAPKwBgD3sAYASLEGAE6xBgDY5BEAqrEGAPSxBgD6sQYASrIGAGWyBgCgsgYArLIGAPayBgD8sgYATLMGAFSzBgCiswYApbMGAPizBgAEtAYATrQGAF+0BgCktAYAsLQGAPq0BgAJtQYAULUGAFq1BgCmtQYAtLUGAPy1BgABtgYAUrYGAF+2BgCotgYAsLYGAP62BgAItwYAVLcGAGK3BgCqtwYAwLcGAAC4BgAMuAYAVrgGAFu4BgCsuAYAtbgGAAK5BgAMuQYA2uURAF65BgCuuQYAtLkGAAS6BgAQugYAWroGAGe6BgCwugYAuroGAAa7BgAOuwYAXLsGAGa7BgCyuwYAt7sGAAi8BgAJvAYAXrwGAGO8BgC0vAYAxbwGAAq9BgAPvQYAYL0GAHe9BgC2vQYAyr0GAAy+BgAovgYAYr4GAGq+BgAw5hEAwL4GAA6/BgAYvwYAZL8GAHi/BgC6vwYAu78GABDABgAcwAYAZsAGAILABgC8wAYAxMAGAIbmEQAbwQYAaMEGAHbBBgC+wQYAd8EGAJAzCwDIwQYAFMIGABbCBgBqwgYAg8IGAMDCBgDRwgYAFsMGACLDBgBswwYAdMMGANzmEQDOwwYAGMQGAB7EBgBuxAYAicQGAMTEBgDQxAYAGsUGACDFBgBwxQYAc8UGAMbFBgDOxQYAHMYGACzGBgByxgYAd8YGAMjGBgDRxgYAHscGACvHBgB0xwYAe8cGADLnEQDYxwYAIMgGADbIBgB2yAYAgsgGAMzIBgDRyAYAIskGACvJBgB4yQYAgskGAM7JBgDqyQYAJMoGACzKBgCI5xEAf8oGANDKBgDYygYAJssGACjLBgB8ywYAl8sGANLLBgDUywYAKMwGADbMBgB+zAYAj8wGANTMBgDWzAYAKs0GAEPNBgCAzQYAkc0GANbNBgDizQYALM4GADTOBgDe5xEAjs4GANjOBgDezgYALs8GAEnPBgCEzwYAkM8GANrPBgDgzwYAMNAGADPQBgA06BEAo9AGANzQBgDd0AYAMtEGAEHRBgCI0QYAjdEGAN7RBgDr0QYANNIGAEHSBgCK0gYAltIGAODSBgDv0gYANtMGAEDTBgCM0wYAmtMGAOLTBgDn0wYAONQGAEXUBgCO1AYAmtQGAOTUBgDq1AYAOtUGAPfUBgC66gYAQNUGAJDVBgCV1QYA5tUGAOzVBgCK6BEAQdYGAJLWBgCy1gYA6NYGAPTWBgA+1wYARNcGAJTXBgCc1wYAQgQHAJ3XBgDq1wYA99cGAEDYBgBG2AYAltgGAKLYBgDs2AYA7tgGAELZBgBR2QYAmNkGAKPZBgDu2QYA8NkGAETaBgBd2gYAmtoGAKvaBgDw2gYA/NoGAEbbBgBS2wYAnNsGAK/bBgDy2wYAAdwGAEjcBgBU3AYAntwGAJ/cBgD03AYA/twGAErdBgBY3QYAoN0GAKXdBgD23QYAA94GAODoEQBZ3gYAot4GALbeBgD43gYAFN8GAE7fBgBq3wYANukRALPfBgD63wYA+98GAFDgBgBf4AYApuAGAKvgBgD84AYACeEGAFLhBgBf4QYAqOEGALThBgD+4QYADeIGAFTiBgBe4gYAquIGALjiBgAA4wYABeMGAFbjBgBj4wYArOMGALzjBgAC5AYABOQGAFjkBgBm5AYAruQGAL/kBgCM6REAC+UGAOLpEQBf5QYAsOUGAL3lBgAG5gYAE+YGAFzmBgBi5gYAsuYGAL7mBgAI5wYAGOcGAF7nBgBn5wYAtOcGALfnBgAK6AYAFugGAGDoBgBn6AYAOOoRAMLoBgAM6QYAHOkGAGLpBgBr6QYAuOkGALvpBgAO6gYAGuoGAGTqBgBr6gYAjuoRAMnqBgAQ6wYAHOsGAGbrBgBn6wYAvOsGAMbrBgAS7AYAIOwGAGjsBgBt7AYAvuwGAMvsBgDk6hEAGe0GAGrtBgB57QYAwO0GAODtBgAW7gYAIu4GAGzuBgB27gYAwu4GAMruBgAY7wYAJO8GAG7vBgB07wYAxO8GAMrvBgAa8AYAH/AGAHDwBgB28AYA5usRAMvwBgAc8QYAJfEGAHLxBgCD8QYAyPEGAM/xBgAe8gYAJvIGAHTyBgCB8gYAyvIGAM/yBgAg8wYAKvMGAHbzBgB+8wYAzPMGANvzBgAi9AYAJ/QGAHj0BgCF9AYAzvQGANv0BgAk9QYAMPUGAHr1BgCJ9QYA0PUGANr1BgAm9gYALvYGAHz2BgCG9gYA0vYGANf2BgAo9wYAMPcGAOjsEQCD9wYA1PcGANf3BgAq+AYANPgGAD7tEQCG+AYA1vgGANv4BgAs+QYATPkGAIL5BgCO+QYA2PkGAN75BgAu+gYAMfoGAIT6BgCG+gYA2voGAPX6BgAw+wYAMvsGAIb7BgCU+wYA3PsGAO37BgAy/AYANPwGAIj8BgCh/AYA3vwGAO/8BgA0/QYAQP0GAJTtEQCa/QYA4P0GAAD+BgA2/gYAOP4GAIz+BgCY/gYAmBYQAJv+BgC2EwcAqP4GACYhBwC4/gYA4v4GAOX+BgA4/wYAR/8GAI7/BgCT/wYA5P8GAPH/BgA6AAcARwAHAJAABwCcAAcA5gAHAPUABwA8AQcARgEHAJIBBwCgAQcA6AEHAO0BBwA+AgcASwIHAJQCBwCgAgcA6gIHAPACBwBAAwcARgMHAJYDBwCbAwcA7AMHAPIDBwDq7REAWAQHAJgEBwCaBAcA7gQHAAIFBwBEBQcATAUHAJoFBwCnBQcA8AUHAPUFBwBGBgcAUAYHAJwGBwCkBgcA8gYHAAsHBwBIBwcAVAcHAJ4HBwCmBwcAQO4RAA8IBwBKCAcATAgHAKAIBwCuCAcA9ggHAAcJBwBMCQcATgkHAKIJBwC7CQcA+AkHAAkKBwBOCgcAWgoHAJbuEQCpCgcA+goHAAMLBwBQCwcAYQsHAKYLBwCtCwcA/AsHAAQMBwBSDAcAXwwHAKgMBwCtDAcA/gwHAAgNBwBUDQcAXA0HAKoNBwDDDQcAAA4HAAwOBwBWDgcAXg4HAELvEQCvDgcAAg8HAAwPBwBYDwcAWg8HAK4PBwDHDwcABBAHABUQBwBaEAcAaBAHALAQBwCzEAcABhEHABERBwBcEQcAaBEHALIRBwC5EQcAmO8RAA0SBwBeEgcAZhIHALQSBwDCEgcAChMHAAsTBwBgEwcAexMHAO7vEQC7EwcADBQHABkUBwBiFAcAbxQHALgUBwDEFAcADhUHAB0VBwBkFQcAbhUHALoVBwDIFQcAEBYHABUWBwBmFgcAcxYHALwWBwDIFgcAEhcHABgXBwBoFwcAbhcHAL4XBwDDFwcAFBgHABoYBwBE8BEAdxgHAMAYBwDCGAcAFhkHAC8ZBwBsGQcAfRkHAMIZBwDOGQcAGBoHACAaBwBG8REAcxoHAMQaBwDMGgcAGhsHADMbBwBwGwcAdRsHAMYbBwDLGwcAHBwHACYcBwByHAcAdRwHAMgcBwDSHAcAHh0HACQdBwB0HQcAdh0HAModBwDLHQcAIB4HACgeBwB2HgcAhh4HAMweBwDSHgcAIh8HACcfBwB4HwcAjh8HAM4fBwDWHwcAJCAHAE4gBwB6IAcAnSAHANAgBwDvIAcAnPERAC4hBwDy8REAjSEHANIhBwDgIQcAKCIHADQiBwB+IgcAiyIHANQiBwDeIgcAKiMHADIjBwCAIwcAiyMHANYjBwDYIwcALCQHAC8kBwCCJAcAiiQHANgkBwDeJAcALiUHADclBwCEJQcAkSUHANolBwDiJQcAMCYHADUmBwCGJgcAjyYHANwmBwDmJgcAMicHADonBwCIJwcAjScHAN4nBwDuJwcANCgHADwoBwCKKAcAjCgHAOAoBwD7KAcANikHADgpBwCMKQcAmikHAOIpBwDzKQcAOCoHADoqBwCOKgcApyoHAOQqBwD1KgcAOisHAEYrBwCQKwcAmCsHAEjyEQDsKwcAPCwHAEEsBwCSLAcAsiwHAOgsBwD0LAcAPi0HAEQtBwCULQcAly0HAOotBwDyLQcAQC4HAEouBwCWLgcAmy4HAOwuBwD0LgcAQi8HAEwvBwCYLwcAmi8HAO4vBwD/LwcARDAHAGQwBwCaMAcAojAHAPAwBwD6MAcARjEHAEsxBwCe8hEAsDEHAPIxBwD6MQcASDIHAE0yBwCeMgcArjIHAPQyBwD8MgcASjMHAFQzBwCgMwcAqzMHAPYzBwACNAcATDQHAFQ0BwD08hEArjQHAPg0BwAENQcATjUHAFU1BwCkNQcArDUHAPo1BwATNgcAUDYHAFY2BwCmNgcAqzYHAPw2BwAcNwcAUjcHAF43BwCoNwcArjcHAP43BwABOAcASvMRAFY4BwCqOAcAYjgHAOISEQCtOAcAADkHAAo5BwBWOQcAZDkHAKw5BwC7OQcAAjoHAAU6BwBYOgcAGjoHACx6BwAeOgcAPlgHAGQ6BwCuOgcAsDoHAAQ7BwAKOwcAWjsHAGk7BwCwOwcAuzsHAAY8BwAOPAcArLoHACA8BwBcPAcAaDwHALI8BwDFPAcACD0HABc9BwBePQcAaj0HALQ9BwC1PQcACj4HABQ+BwBgPgcAbj4HALY+BwC7PgcADD8HABk/BwCg8xEAfD8HALg/BwDHPwcADkAHABNABwBkQAcAcUAHALpABwDHQAcAEEEHABxBBwBmQQcAdUEHALxBBwDGQQcAEkIHACBCBwBoQgcAbUIHAL5CBwDLQgcAFEMHACBDBwBqQwcAcEMHAMBDBwDGQwcAFkQHABtEBwBsRAcAckQHAPbzEQDDRAcAGEUHAMtEBwC47wkAz0QHADTYCQDRRAcACr8HAOJEBwBu/w4AJEUHAG5FBwB0RQcAVJAIAHtFBwDERQcAx0UHABpGBwAmRgcAcEYHAHJGBwDGRgcAzEYHABxHBwArRwcAckcHAH1HBwDIRwcAyUcHAB5IBwAySAcAdEgHAI5IBwDKSAcA1kgHACBJBwAzSQcAdkkHAIVJBwDMSQcA2EkHACJKBwAjSgcAeEoHAIJKBwDOSgcA3EoHACRLBwApSwcAeksHAIdLBwBM9BEA6ksHACZMBwA1TAcAfEwHAIFMBwDSTAcA30wHAChNBwA1TQcAfk0HAIpNBwDUTQcA400HACpOBwA0TgcAgE4HAI5OBwDWTgcA204HACxPBwA5TwcAgk8HAI5PBwDYTwcA3k8HAC5QBwA0UAcAhFAHAIlQBwDaUAcA4FAHAKL0EQA+UQcAhlEHAKFRBwDcUQcA6lEHADJSBwA/UgcAiFIHAJ9SBwDeUgcA7VIHADRTBwA5UwcAilMHAJdTBwDgUwcA7VMHADZUBwBCVAcAjFQHAJtUBwDiVAcA7FQHADhVBwBGVQcAjlUHAJNVBwDkVQcA8VUHADpWBwA9VgcAkFYHAJxWBwDmVgcA7FYHADxXBwBCVwcAklcHAJdXBwDoVwcA7lcHAPj0EQBaWAcATvURAJpYBwDqWAcA7FgHAEBZBwBNWQcAllkHAJlZBwDsWQcA7VkHAEJaBwBHWgcAmFoHAJ5aBwDuWgcA+FoHAERbBwBgWwcAmlsHALZbBwCk9REA9lsHAEZcBwBIXAcAnFwHAKlcBwDyXAcA9VwHAEhdBwBJXQcAnl0HAKNdBwD0XQcA+l0HAEpeBwBUXgcAoF4HALxeBwD2XgcAEl8HAPr1EQBSXwcAol8HAKhfBwD4XwcA/V8HAE5gBwBUYAcAUPYRAKZgBwD6YAcACGEHAFBhBwBhYQcAUvcRAK1hBwCo9xEAAWIHAFJiBwBaYgcAqGIHAK1iBwD+YgcAt2IHACZ3BwD/YgcAVGMHAGBjBwCqYwcAt2MHAABkBwAIZAcAVmQHAGBkBwCsZAcAu2QHAAJlBwADZQcAWGUHAGBlBwCuZQcAvWUHAARmBwAJZgcAWmYHAGdmBwCwZgcAvWYHAAZnBwASZwcAXGcHAGtnBwCyZwcAvGcHAAhoBwAWaAcAXmgHAGNoBwC0aAcAwWgHAAppBwASaQcAYGkHAGppBwC2aQcAu2kHAAxqBwAUagcAVPgRAGdqBwC4agcAwWoHAMJvBwDFagcADmsHABtrBwBkawcAcGsHALprBwDJawcAEGwHABpsBwBmbAcAdGwHALxsBwDBbAcAEm0HAB9tBwBobQcAcG0HAKr4EQDKbQcAFG4HACRuBwBqbgcAc24HAMBuBwDDbgcAFm8HACJvBwBsbwcAc28HAAD5EQDTbwcAGHAHAB9wBwBucAcAe3AHAMRwBwDjcAcAGnEHACRxBwBwcQcAeHEHAMZxBwDVcQcAHHIHACFyBwBycgcAf3IHAMhyBwDVcgcAHnMHACpzBwB0cwcAg3MHAMpzBwDUcwcAIHQHACh0BwB2dAcAgHQHAMx0BwDRdAcAInUHACp1BwBW+REAhHUHAM51BwDUdQcAJHYHAD92BwB6dgcAhnYHANB2BwDWdgcArPkRACt3BwB8dwcAiXcHANJ3BwDfdwcAKHgHADR4BwB+eAcAjXgHANR4BwDeeAcAAvoRADR5BwCAeQcAhXkHANZ5BwDeeQcAWPoRADZ6BwCCegcAiHoHANh6BwDaegcALnsHADt7BwCEewcAh3sHANp7BwDbewcAMHwHADV8BwCGfAcAjHwHANx8BwDmfAcAMn0HAEx9BwCIfQcAl30HAN59BwDjfQcANH4HAEF+BwCKfgcAl34HAOB+BwDsfgcANn8HAEV/BwCMfwcAln8HAOJ/BwDwfwcAOIAHAD2ABwCOgAcAm4AHAOSABwDugAcAoooHAPCABwA6gQcAQIEHAJCBBwCWgQcA5oEHAOuBBwA8ggcAQoIHAK76EQCXggcA6IIHAPWCBwA+gwcAS4MHAJSDBwCggwcA6oMHAPmDBwBAhAcASoQHAJaEBwCkhAcA7IQHAPGEBwBChQcAT4UHAJiFBwCghQcAsPsRAPSFBwBEhgcASoYHAJqGBwCfhgcA8IYHAPaGBwAG/BEASIcHAJyHBwClhwcA8ocHAPWHBwBIiAcAVIgHAJ6IBwCliAcA9IgHAPyIBwBKiQcAY4kHAKCJBwC0iQcA9okHABKKBwBMigcAVIoHALL8EQCwigcA+IoHAA6LBwBOiwcAWosHAKSLBwCpiwcA+osHAAOMBwBQjAcAWowHAKaMBwDCjAcA/IwHAASNBwAI/REAV40HAKiNBwC1jQcA/o0HAAuOBwBUjgcAYI4HAKqOBwC5jgcAAI8HAAqPBwBWjwcAZI8HAKyPBwCxjwcAApAHAA+QBwBYkAcAYJAHAF79EQC8kAcABJEHABqRBwBakQcAZpEHALCRBwC1kQcABpIHAA+SBwBckgcAZpIHALKSBwC6kgcACJMHABeTBwBekwcAYJMHALSTBwC9kwcACpQHAA2UBwBglAcAbJQHALaUBwC9lAcADJUHABSVBwBilQcAe5UHALiVBwDMlQcADpYHACqWBwBklgcAbJYHALT9EQC/lgcAEJcHAB2XBwBmlwcAc5cHALyXBwDIlwcAEpgHACGYBwBomAcAcpgHAL6YBwDImAcAFJkHACKZBwBqmQcAgJkHAMCZBwDMmQcAFpoHABuaBwBsmgcAdZoHAMKaBwDMmgcAGJsHACSbBwBumwcAdJsHAMSbBwDKmwcAGpwHAB+cBwBwnAcAdpwHAAr+EQDSnAcAHJ0HACCdBwBynQcAgZ0HAMidBwDNnQcAHp4HACueBwB0ngcAgZ4HAMqeBwDWngcAIJ8HAC+fBwB2nwcAgJ8HAMyfBwDanwcAIqAHACegBwB4oAcAhaAHAM6gBwDaoAcAJKEHACqhBwB6oQcAgKEHANChBwDVoQcAJqIHACyiBwBg/hEAgaIHANKiBwDZogcAKKMHADSjBwB+owcAgKMHANSjBwCBowcAiqkHAO+jBwAqpAcALKQHAICkBwCOpAcA1qQHAOekBwAspQcALqUHAIKlBwCbpQcA2KUHAOmlBwAupgcAOqYHAISmBwCQpgcA2qYHAO2mBwAwpwcAP6cHAIanBwCSpwcA3KcHAN2nBwAyqAcAPKgHAIioBwCWqAcA3qgHAOOoBwA0qQcAQakHALb+EQCMqQcA4KkHAPupBwA2qgcAOKoHAIyqBwCaqgcA4qoHAPOqBwA4qwcAOqsHAI6rBwCnqwcA5KsHAPWrBwA6rAcARqwHAJCsBwCcrAcA5qwHAPmsBwA8rQcAS60HAJKtBwCerQcA6K0HAOmtBwA+rgcASK4HAJSuBwCirgcA6q4HAO+uBwBArwcATa8HALj/EQCbrwcA7K8HAPSvBwBCsAcARLAHAJiwBwCpsAcA7rAHAPywBwBEsQcAX7EHAJqxBwCmsQcA8LEHAPixBwC6ABIAS7IHAJyyBwCjsgcA8rIHAP6yBwBIswcAS7MHAJ6zBwCmswcA9LMHAAS0BwBKtAcAT7QHAKC0BwCptAcA9rQHAAO1BwBMtQcAU7UHAKK1BwCqtQcAEAESAAW2BwBOtgcAVrYHAKS2BwC4tgcA+rYHAP+2BwBQtwcAWbcHAKa3BwCstwcA/LcHAAS4BwBSuAcAYbgHAKi4BwC5uAcA/rgHAAe5BwBUuQcAV7kHAKq5BwC0uQcAALoHAAy6BwBWugcAXLoHAGYBEgC5ugcAArsHAAe7BwBYuwcAX7sHAK67BwC6uwcABLwHAAy8BwC8ARIAdbwHALC8BwCyvAcABr0HABS9BwBcvQcAbb0HALK9BwC0vQcACL4HACG+BwBevgcAb74HALS+BwDAvgcAEgISABm/BwBgvwcAab8HALa/BwC8vwcADMAHABLABwBiwAcAbsAHALjABwC/wAcADsEHABbBBwBkwQcAaMEHALrBBwDFwQcAEMIHAB7CBwBmwgcAd8IHALzCBwDIwgcAEsMHABrDBwBoAhIAa8MHAL7DBwDIwwcAFMQHABbEBwBqxAcAg8QHAMDEBwDRxAcAFsUHACTFBwBsxQcAb8UHAMLFBwDNxQcAGMYHACbGBwBuxgcAe8YHAMTGBwDbxgcAGscHACLHBwBwxwcAcscHAMbHBwDOxwcAHMgHACvIBwByyAcAd8gHAMjIBwDVyAcAHskHACvJBwB0yQcAgMkHAMrJBwDZyQcAIMoHACrKBwB2ygcAhMoHAMzKBwDRygcAIssHAC/LBwB4ywcAgMsHAM7LBwDYywcAJMwHACnMBwB6zAcAgswHANDMBwDTzAcAJs0HAEPNBwB8zQcAjc0HANLNBwDazQcAKM4HACvOBwB+zgcAis4HANTOBwDazgcAKs8HAEXPBwCAzwcAjM8HANbPBwDczwcAvgISADvQBwCC0AcAg9AHANjQBwAQ0QcALtEHADzRBwCE0QcAhdEHANrRBwDi0QcAMNIHAD/SBwCG0gcAi9IHANzSBwDp0gcAMtMHAD/TBwCI0wcAlNMHAN7TBwDt0wcANNQHAD7UBwCK1AcAmNQHAODUBwDl1AcANtUHAEPVBwCM1QcAlNUHAOLVBwDs1QcAONYHAD3WBwCO1gcAltYHAOTWBwDu1gcAOtcHAEXXBwCQ1wcAnNcHAObXBwDu1wcAFAMSAEHYBwCS2AcAldgHAOjYBwDy2AcAPtkHAEbZBwBqAxIAotkHAOrZBwAA2gcAQNoHAEzaBwCW2gcAm9oHAOzaBwD12gcAQtsHAEzbBwCY2wcAoNsHAO7bBwD62wcARNwHAFfcBwCa3AcAm9wHAPDcBwD+3AcARt0HAEzdBwCc3QcAqN0HAPLdBwD53QcAwAMSAEneBwCe3gcAqt4HAPTeBwAB3wcASt8HAFLfBwCg3wcAqt8HAPbfBwAF4AcATOAHAE3gBwCi4AcAquAHAPjgBwAH4QcATuEHAFPhBwCk4QcAseEHAPrhBwAH4gcAUOIHAFziBwCm4gcAteIHAPziBwAG4wcAUuMHAGDjBwCo4wcAreMHAP7jBwAL5AcAVOQHAFzkBwCq5AcAruQHAADlBwAO5QcAVuUHAGDlBwCs5QcAt+UHAALmBwAK5gcAWOYHAGPmBwCu5gcAs+YHAATnBwAH5wcAWucHAGTnBwCw5wcAuOcHAAboBwAl6AcAFgQSAGvoBwCy6AcAs+gHAAjpBwAQ6QcAXukHAF/pBwC06QcAuukHAArqBwAP6gcAYOoHAHvqBwC26gcAxOoHAAzrBwAT6wcAYusHAG7rBwC46wcAvusHAA7sBwAq7AcAZOwHAGzsBwBsBBIAwOwHABDtBwAW7QcAZu0HAGvtBwC87QcAwu0HAMIEEgAX7gcAaO4HAG/uBwC+7gcAyu4HABTvBwAc7wcAbgUSAH3vBwDA7wcA9u8HABbwBwAY8AcAGPEHAEvwBwBs8AcAkfAHAMLwBwDJ8AcAGgYSAPzwBwDEBRIAKPEHAG7xBwCo8QcAcAYSAM3xBwBMQA0AzvEHACKFDwDh8QcAGvIHAOTxBwA0tw4AK/IHAHDyBwB48gcAxvIHAMnyBwAc8wcAKPMHAHLzBwB48wcAyPMHAOPzBwAe9AcAKvQHAHT0BwB69AcAyvQHANL0BwAg9QcAPPUHAHb1BwB+9QcAxgYSANv1BwAi9gcAI/YHAHj2BwCA9gcAzvYHAM/2BwAk9wcAKvcHAHr3BwB/9wcA0PcHAOv3BwAm+AcANPgHAHz4BwCD+AcA0vgHAN74BwAo+QcALvkHAH75BwCa+QcA1PkHANz5BwAcBxIAMPoHAID6BwCG+gcA1voHANv6BwAs+wcAMvsHAHIHEgCH+wcA2PsHAN/7BwAu/AcAOvwHAIT8BwCM/AcAHggSAO38BwAw/QcAZv0HAIb9BwCI/QcAiP4HALv9BwDc/QcAAf4HADL+BwA5/gcAyggSAGz+BwB0CBIAmP4HAN7+BwAY/wcAIAkSADb/BwCK/wcAi/8HAOD/BwDq/wcANgAIAEQACACMAAgApwAIAOIACADuAAgAOAEIAEABCAB2CRIAmgEIAOQBCADqAQgAOgIIAFUCCACQAggAnAIIAOYCCADsAggAPAMIAEQDCACSAwgAoAMIAOgDCADrAwgAPgQIAEYECACUBAgAnQQIAOoECAD3BAgAQAUIAEIFCACWBQgAsQUIAOwFCADuBQgAQgYIAFAGCACYBggAqQYIAO4GCADwBggARAcIAF0HCACaBwgAqwcIAPAHCAD8BwgARggIAE4ICADMCRIAoggIAPIICAD6CAgASAkIAE8JCACeCQgAowkIAPQJCAAACggASgoIAE0KCACgCggAqAoIAPYKCAADCwgATAsIAFELCACiCwgArAsIAPgLCAAADAgATgwIAFoMCACkDAgAtwwIAPoMCAAIDQgAUA0IAFMNCACmDQgAsA0IACIKEgD/DQgAUg4IAFoOCACoDggAqw4IAP4OCAAKDwgAVA8IAFoPCACqDwgAxQ8IAAAQCAAMEAgAVhAIAFwQCACsEAgAtBAIAAIRCAAQEQgAWBEIAFsRCACuEQgAthEIAAQSCAANEggAWhIIAGcSCACwEggAshIIAAYTCAAhEwgAXBMIAF4TCACyEwgAwBMIAAgUCAAZFAgAXhQIAGAUCAC0FAgAzRQIAAoVCAAbFQgAYBUIAGwVCAC2FQgAvhUIAHgKEgASFggAYhYIAGoWCAC4FggAvxYIAA4XCAATFwgAZBcIAHAXCAC6FwgAvRcIABAYCAAYGAgAZhgIAHMYCAC8GAgAwRgIABIZCAAcGQgAaBkIAHAZCAC+GQgAyhkIABQaCAAnGggAahoIAHgaCADAGggAwxoIABYbCAAgGwgAzgoSAG8bCADCGwgAzhsIABgcCAAeHAgAbhwIAIkcCADEHAgA0BwIABodCAAgHQgAcB0IAHgdCADGHQgA1B0IABweCAAfHggAch4IAHoeCADIHggA0R4IAB4fCAArHwgAdB8IAHYfCADKHwgA5R8IACAgCAAiIAgAdiAIAIQgCADMIAgA3SAIACIhCAAkIQgAeCEIAJEhCADOIQgA3yEIACQiCAAwIggAeiIIAIIiCAAkCxIA1iIIACYjCAAuIwgAfCMIAIMjCADSIwgA1yMIACgkCAA0JAgAfiQIAIEkCADUJAgA3CQIAColCAA3JQgAgCUIAIUlCADWJQgA4CUIACwmCAA0JggAgiYIAI4mCADYJggA6yYIAC4nCAA8JwgAhCcIAIcnCADaJwgA5CcIAHoLEgA4KAgA0AsSAJQoCADcKAgA7SgIADIpCAA+KQgAiCkIAJApCAAmDBIA4ykIADQqCAA+KggAiioIAJIqCADgKggA8CoIADYrCAA7KwgAjCsIAJUrCADiKwgA7ysIADgsCAA/LAgAfAwSAJAsCADkLAgAkywIAFY9CQCXLAgA4rwQAJosCAAmsg8AnCwIAM6kCQDuLAgAFCoQAPUsCAA6LQgASy0IAJAtCACeLQgA5i0IAAIuCAA8LggAWC4IANIMEgCgLggA6C4IAPUuCAA+LwgAVS8IAJQvCACgLwgA6i8IAPAvCABAMAgARjAIAJYwCACbMAgA7DAIAPIwCAAoDRIAWDEIAJgxCACnMQgA7jEIAMQxCAD4NggA8DEIAEQyCABTMggAmjIIAKUyCADwMggA/DIIAEYzCABJMwgAnDMIAE0zCAC2QAgAYjMIAFQ6CACoMwgA8jMIAPgzCABINAgAYzQIAJ40CACqNAgA9DQIAPo0CABKNQgAVjUIAKA1CACmNQgA9jUIAPw1CABMNggAUTYIAKI2CACoNggAfg0SAPs2CABONwgAajcIAKQ3CACsNwgAgA4SAAY4CABQOAgAVjgIAKY4CADBOAgA/DgIAAg5CABSOQgAWDkIAKg5CACwOQgA/jkIAB86CADWDhIAXDoIACwPEgCvOggAADsIAA07CABWOwgAYzsIAKw7CAC4OwgAAjwIABE8CABYPAgAYjwIAK48CAC2PAgABD0IAA49CABaPQgAaD0IALA9CADGPQgABj4IABI+CABcPggAYT4IALI+CAC7PggACD8IABI/CABePwgAZj8IALQ/CAC+PwgACkAIAA9ACABgQAgAaEAIAIIPEgDCQAgADEEIAB9BCABiQQgAcUEIALhBCADEQQgADkIIAA9CCABkQggAbkIIALpCCADIQggAEEMIABVDCABmQwgAc0MIANgPEgDHQwgAEkQIAB5ECABoRAgAbkQIAL5ECADKRAgAFEUIABxFCADaEBIAbUUIAMBFCADIRQgAFkYIACNGCABsRggAcUYIAMJGCADKRggAGEcIABpHCABuRwgAiUcIAMRHCADGRwgAGkgIAChICABwSAgAgUgIAMZICADISAgAHEkIADVJCABySQgAg0kIAMhJCADUSQgAHkoIACZKCAAwERIAeUoIAMpKCADXSggAIEsIAC1LCAB2SwgAgksIAMxLCADbSwgAIkwIACxMCAB4TAgAhkwIAM5MCADTTAgAJE0IADFNCAB6TQgAgk0IANBNCADSTQgAJk4IADBOCAB8TggAhE4IAIYREgDdTggAKE8IADZPCAB+TwgAgU8IANRPCADcTwgAKlAIAEBQCACAUAgAhVAIANZQCADsUAgALFEIADhRCACCUQgAj1EIANhRCADiUQgA3BESADBSCACEUggAklIIANpSCADrUggAMhISADZTCACGUwgAklMIAIgSEgDeUwgAMlQIADhUCACIVAgAqFQIAN5UCADqVAgANFUIADtVCACKVQgAklUIAOBVCADnVQgANlYIAEJWCACMVggAjlYIAOJWCADpVggA3hISADtXCACOVwgAllcIAORXCAD0VwgAOlgIADxYCACQWAgAnlgIAOZYCAD3WAgANBMSAENZCACKExIAn1kIAOhZCADvWQgAPloIAEZaCACUWggAoloIAOpaCADtWggAQFsIAEhbCACWWwgAnVsIAOxbCAD6WwgAQlwIAEVcCACYXAgAmlwIAO5cCAAHXQgARF0IAFVdCACaXQgApl0IAPBdCAD3XQgARl4IAE5eCACcXggApV4IAPJeCAD/XggASF8IAFJfCACeXwgArF8IAPRfCAAFYAgASmAIAFJgCACgYAgAqmAIAPZgCAAEYQgATGEIAGJhCACiYQgArmEIAPhhCAD/YQgATmIIAFZiCACkYggAqmIIAPpiCAAGYwgAUGMIAFpjCACmYwgArGMIAPxjCAAQZAgANhQSAGBkCACoZAgAwWQIAP5kCAAUZQgAVGUIAGNlCACqZQgAxGUIAABmCAADZggACmsIAAtmCAAUcAgAD2YIAFZmCABbZggArGYIALlmCAACZwgAD2cIAFhnCABkZwgArmcIAL1nCAAEaAgADmgIAFpoCABoaAgAsGgIALVoCAAGaQgAE2kIAFxpCABoaQgAsmkIALhpCAAIaggADmoIAF5qCABjaggAtGoIALpqCACMFBIAFmsIAGBrCABmawgAtmsIANFrCAAMbAgAGGwIAGJsCABobAgAuGwIAL9sCAAObQgAE20IALxuCAAabQgAZG0IAGZtCAC6bQgAwW0IABBuCAAsbggAZm4IAG5uCACOFRIAwG4IABJvCAAfbwgAaG8IAIRvCAC+bwgAxm8IAOQVEgAZcAgAanAIAG1wCADAcAgAynAIABZxCAAncQgAbHEIAHFxCADCcQgAx3EIABhyCAA4cggAbnIIAHdyCADEcggAxXIIABpzCAAmcwgAcHMIAHZzCADGcwgAzHMIABx0CAAhdAgAcnQIAHh0CAA6FhIAyXQIAB51CAAqdQgAdHUIAIF1CADKdQgA0nUIACB2CAApdggAdnYIAIN2CADMdggA2nYIACJ3CAA1dwgAeHcIAIB3CADOdwgA0XcIACR4CAApeAgAengIAIl4CADQeAgA8HgIACZ5CAAyeQgAfHkIAIZ5CAA8FxIA3HkIACh6CAAqeggAfnoIAIh6CADUeggA3XoIACp7CAAtewgAgHsIAIh7CADWewgADXwIAJIXEgA4fAgAgnwIAJF8CADYfAgA+HwIAC59CAA6fQgAhH0IAIt9CADafQgA330IADB+CAAxfggAhn4IAJJ+CADcfggA4n4IADJ/CAA0fwgAiH8IAJJ/CADefwgA7H8IADSACAA5gAgAioAIAJeACADggAgA6oAIADaBCABEgQgAjIEIAKKBCADigQgA7oEIADiCCAA9gggAjoIIAJeCCADkgggA7oIIADqDCABGgwgAkIMIAKODCADmgwgA9YMIADyECABIhAgAkoQIAJOECADohAgA8oQIAD6FCABMhQgAlIUIAJmFCADqhQgA94UIAOgXEgBOhggAloYIAKyGCADshggA+IYIAEKHCABJhwgAmIcIAKCHCADuhwgA84cIAESICABNiAgAmogIAKSICADwiAgA+IgIAEaJCABKiQgAnIkIAJ6JCADyiQgAAIoIAEiKCABSiggAnooIAKyKCAD0iggAAYsIAEqLCABhiwgAoIsIAKiLCAD2iwgABowIAEyMCABRjAgAoowIAKiMCAD4jAgAAI0IAE6NCABTjQgApI0IAKWNCAD6jQgABo4IAFCOCABWjggApo4IAKiOCAD8jggABo8IAFKPCABgjwgAqI8IAK2PCAD+jwgAC5AIAOoYEgBWkAgAqpAIALSQCAAAkQgADpEIAFaRCABbkQgArJEIALmRCAACkggABJIIAFhrCgAMkggAWJIIAGaSCACukggAxJIIAASTCAAQkwgAWpMIAF+TCACwkwgAuZMIAAaUCAAQlAgAXJQIAGiUCACylAgAxZQIAAiVCAAXlQgAXpUIAGqVCAC0lQgAtZUIAAqWCAAUlggAYJYIAG6WCAC2lggAu5YIAAyXCAAZlwgAQBkSAGuXCAC4lwgAwpcIAA6YCAAQmAgAZJgIAG6YCAC6mAgAxpgIABCZCAAYmQgAQhoSAGeZCAC8mQgAyJkIABKaCAAYmggAaJoIAGqaCAC+mggAyJoIABSbCAAimwgAapsIAG+bCADAmwgAzZsIABacCAAenAgAbJwIAHacCADCnAgA0JwIABidCAAunQgAbp0IAHqdCADEnQgAy50IABqeCAAinggAcJ4IAHWeCADGnggAz54IAByfCAAmnwgAcp8IAIefCADInwgA0Z8IAB6gCAAroAgAdKAIAHagCADKoAgA46AIACChCAAxoQgAdqEIAIKhCADMoQgA1KEIAJgaEgAnoggAeKIIAICiCADOoggA5KIIACSjCAApowgAeqMIAIGjCADQowgA3qMIACakCAA2pAgAfKQIAJCkCADSpAgA2qQIACilCAA3pQgAfqUIAIOlCADUpQgA3aUIACqmCAA3pggAgKYIAIqmCADWpggA4qYIACynCAAypwgA7hoSAJCnCADYpwgA7qcIAC6oCAA6qAgAhKgIAImoCADaqAgA46gIADCpCAA6qQgAhqkIAI6pCADcqQgA4KkIADKqCAA0qggAiKoIAJaqCADeqggA6KoIADSrCABCqwgAiqsIAJerCADgqwgA96sIADasCAA+rAgAjKwIAJysCADirAgA56wIADitCAA+rQgAjq0IAJatCADkrQgA/60IADquCAA8rggAkK4IAKGuCADmrggA764IADyvCABIrwgARBsSAJevCADorwgA668IAD6wCABIsAgAlLAIAJawCADqsAgABbEIAECxCABCsQgAlrEIAKSxCADssQgA/bEIAEKyCABEsggAmLIIALGyCADusggA/7IIAESzCABQswgAmhsSALezCADwswgAAbQIAEa0CABitAgAnLQIAKS0CADwGxIA97QIAEi1CABQtQgAnrUIAKm1CAD0tQgA+bUIAEq2CABNtggAoLYIAKq2CAD2tggA+bYIAEy3CABUtwgAorcIAKS3CAD4twgAE7gIAE64CABQuAgApLgIALK4CAD6uAgAC7kIAFC5CABSuQgAprkIAL+5CAD8uQgADboIAFK6CABeuggAqLoIALC6CABGHBIAC7sIAFS7CABcuwgAqrsIALS7CAAAvAgAC7wIAFa8CABivAgArLwIALS8CACcHBIAB70IAFi9CABdvQgArr0IAL+9CADyHBIAEb4IAFq+CABcvggAsL4IAMm+CAAGvwgAF78IAFy/CABovwgAsr8IALq/CABIHRIADcAIAF7ACABmwAgAtMAIAMPACAAKwQgAEMEIAGDBCABswQgAtsEIALjBCAAMwggAFsIIAGLCCABuwggAuMIIAMDCCACeHRIAGsMIAGTDCABnwwgAusMIAL3DCAAQxAgAHsQIAGbECABrxAgAvMQIAMnECAD0HRIAI8UIAGjFCABwxQgAvsUIAHXFCAAmzwgAycUIABTGCAAZxggAasYIAG3GCADAxggAysYIABbHCAA5xwgAbMcIAG/HCADCxwgA5scIABjICAAgyAgASh4SAHTICADEyAgA0sgIABrJCAAmyQgAcMkIAHfJCADGyQgAzskIABzKCAAsyggAcsoIAHfKCADIyggAzsoIAB7LCAAmywgAdMsIAJHLCADKywgA08sIACDMCAAszAgAdswIAHzMCADMzAgA4MwIACLNCAAqzQgAeM0IAIjNCADOzQgA0M0IACTOCAAyzggAes4IAIvOCACgHhIA184IAPYeEgArzwgAfM8IAIPPCADSzwgA3s8IACjQCAAr0AgAftAIAI7QCADU0AgA1tAIACrRCAA40QgAgNEIAJHRCABMHxIA3dEIAKIfEgA/0ggAgtIIAJHSCADY0ggA5NIIAC7TCAAv0wgAhNMIAI7TCADa0wgA6NMIADDUCAA11AgAhtQIAJPUCAD4HxIA4dQIADLVCAA71QgAiNUIAJnVCADe1QgA5dUIADTWCAA81ggAitYIAJfWCADg1ggA5dYIADbXCABA1wgAjNcIAJTXCADi1wgA6NcIADjYCABE2AgAjtgIAJDYCADk2AgA89gIADrZCABF2QgAkNkIAJjZCADm2QgA6NkIADzaCABJ2ggAktoIAKbaCADo2ggA8NoIAD7bCABN2wgAlNsIAJnbCADq2wgA99sIAEDcCABK3AgAltwIAJjcCADs3AgA+9wIAELdCABM3QgAmN0IAKDdCADu3QgA790IAETeCABJ3ggAmt4IAKjeCADw3ggA/d4IAEbfCABQ3wgA+iASAJ/fCADy3wgA/t8IAGbvCAAO4AgASOAIAFDgCABQIRIAo+AIAPTgCAD84AgASuEIAE3hCACg4QgArOEIAPbhCAD84QgATOIIAGfiCACi4ggAruIIAPjiCAD+4ggATuMIAFHjCACk4wgArOMIAPrjCAD84wgAUOQIAGvkCACm5AgAqOQIAPzkCAAK5QgAUuUIAGPlCACo5QgAquUIAP7lCAAX5ggAVOYIAGXmCACq5ggAtuYIAADnCAAI5wgApiESAFvnCACs5wgAsucIAALoCAAK6AgAWOgIAGfoCACu6AgAs+gIAATpCAAR6QgAWukIAGfpCACw6QgAvOkIAAbqCAAV6ggAXOoIAGbqCACy6ggAwOoIAAjrCAAN6wgAXusIAGvrCAD8IRIAwOsIAArsCAAQ7AgAYOwIAHvsCAC27AgAwuwIAAztCAAS7QgAYu0IAGXtCAC47QgAxO0IAA7uCAAU7ggAZO4IAGruCAC67ggAv+4IABDvCAAW7wgAUiISAGzvCAC87wgAwu8IABLwCAAX8AgAaPAIAG7wCACoIhIAw/AIABTxCAAh8QgAavEIAHfxCADA8QgAzPEIABbyCAAl8ggAbPIIAHbyCADC8ggA0PIIABjzCAAd8wgAbvMIAHvzCADE8wgA3PMIABr0CAAg9AgAcPQIAHz0CADG9AgA1vQIABz1CAAl9QgAcvUIAHX1CADI9QgA1PUIAB72CAAl9ggAqiMSAHb2CADK9ggA1PYIACD3CAAj9wgAdvcIAH73CADM9wgAz/cIACL4CAAu+AgAePgIAH74CADO+AgA6fgIACT5CAAw+QgAevkIAID5CAAAJBIA8PkIACb6CAAx+ggAfPoIAIH6CADS+ggA2/oIACj7CAAr+wgAfvsIAIr7CADU+wgA4PsIAJQGCQDs+wgAKvwIADH8CACA/AgAhvwIANb8CADk/AgALP0IAEf9CACC/QgAjv0IANj9CADe/QgALv4IAEj+CACE/ggAkP4IANr+CADg/ggAMP8IADb/CACG/wgAi/8IANz/CADi/wgAViQSAD8ACQCIAAkAlAAJAN4ACQDoAAkANAEJADgBCQCKAQkAjwEJAOABCQDmAQkANgIJAFYCCQCMAgkAmAIJAOICCQDoAgkAOAMJAD4DCQCOAwkAkwMJAOQDCQDqAwkAAiUSAD8ECQCQBAkAlwQJAOYECQDyBAkAPAUJAFgFCQCSBQkAmgUJAAQmEgARBgkAPgYJAGQGCQBaJhIApwYJAOoGCQD5BgkAQAcJAEwHCQCWBwkAlwcJAOwHCQD2BwkAQggJAFAICQCYCAkAnQgJAO4ICQD7CAkAsCYSAEwJCQCyJxIAnwkJAPAJCQD9CQkARgoJAFMKCQCcCgkAqAoJAPIKCQABCwkASAsJAFILCQCeCwkArAsJAPQLCQD5CwkASgwJAFcMCQCgDAkAqAwJAAgoEgACDQkATA0JAFwNCQCiDQkAqw0JAPgNCQD7DQkATg4JAFoOCQCkDgkAqw4JAF4oEgAFDwkAUA8JAFwPCQCmDwkArg8JALQoEgAJEAkAUhAJAFkQCQCoEAkAqRAJAP4QCQADEQkAVBEJAGIRCQCqEQkAtxEJAAASCQAKEgkAVhIJAF4SCQCsEgkAtRIJAAITCQAIEwkAWBMJAGkTCQCuEwkAyhMJAAQUCQAMFAkACikSAGUUCQCwFAkAuhQJAAYVCQAQFQkAXBUJAF0VCQBgKRIAtxUJAAgWCQAVFgkAXhYJAGsWCQC0FgkAwBYJAAoXCQAZFwkAYBcJAGoXCQC2FwkAvhcJAAwYCQAWGAkAYhgJAGcYCQC4GAkAwBgJALYpEgAZGQkAZBkJAHAZCQC6GQkAwhkJAAwqEgAVGgkAZhoJAHUaCQC8GgkA3BoJABIbCQAeGwkAaBsJAG4bCQC+GwkAxhsJABQcCQAbHAkAahwJAGwcCQDAHAkAzBwJABYdCQAsHQkAbB0JAHEdCQDCHQkAzx0JAGIqEgAdHgkAbh4JAH0eCQDEHgkA5B4JABofCQAmHwkAcB8JAHYfCQDGHwkAzh8JABwgCQAjIAkAciAJAHQgCQDIIAkA1CAJAB4hCQA0IQkAdCEJAHkhCQDKIQkA1yEJACAiCQAoIgkAdiIJAHwiCQDMIgkA1SIJACIjCQAvIwkAeCMJAIUjCQDOIwkA3CMJACQkCQAxJAkAeiQJAJEkCQDQJAkAACUJALgqEgAsJQkAfCUJADMlCQCmxw8AkiUJANIlCQDgJQkAKCYJACsmCQB+JgkAgSYJANQmCQDiJgkAKicJAC8nCQCAJwkAjScJANYnCQDeJwkALCgJADMoCQCCKAkAjigJANgoCQDlKAkALikJADwpCQCEKQkAkCkJANopCQDhKQkAMCoJADgqCQCGKgkAiioJANwqCQDnKgkAMisJAEArCQCIKwkAmSsJAN4rCQDqKwkANCwJADwsCQAOKxIAkCwJAOAsCQD0LAkANi0JAEQtCQCMLQkAmS0JAOItCQD5LQkAOC4JAEAuCQCOLgkAmC4JAOQuCQDpLgkAOi8JAEIvCQCQLwkAny8JAOYvCQDrLwkAPDAJAEkwCQCSMAkAnzAJAOgwCQD0MAkAPjEJAE0xCQCUMQkAnjEJAOoxCQDyMQkAQDIJAEoyCQCWMgkAmzIJAOwyCQD0MgkAZCsSAE0zCQCYMwkApDMJAO4zCQD2MwkAuisSAEk0CQCaNAkAqTQJAPA0CQAQNQkARjUJAFI1CQCcNQkAojUJAPI1CQD6NQkASDYJAE82CQCeNgkAoDYJAPQ2CQAANwkASjcJAGA3CQCgNwkApTcJAPY3CQADOAkAECwSAFU4CQCiOAkAqDgJAPg4CQAGOQkATjkJAFs5CQCkOQkAuzkJAPo5CQACOgkAUDoJAF86CQCmOgkAqzoJAPw6CQAJOwkAUjsJAF87CQCoOwkAtDsJAP47CQANPAkAVDwJAF48CQCqPAkAxjwJAAA9CQAIPQkAZiwSAGM9CQAqXA4AZT0JAKw9CQC2PQkAINgOAMw9CQACPgkADj4JAFg+CQBePgkArj4JALY+CQDegQkAuj4JAAQ/CQDIPgkAsmsJABc/CQBaPwkAaT8JALA/CQC8PwkABkAJAAdACQBcQAkAZkAJALJACQDAQAkACEEJAA1BCQBeQQkAa0EJALwsEgC6QQkACkIJABBCCQBgQgkAZUIJALZCCQC8QgkAvi0SABdDCQBiQwkAcEMJALhDCQDJQwkADkQJABpECQBkRAkAbEQJAGouEgDGRAkAEEUJABpFCQBmRQkAdUUJALxFCQDHRQkAEkYJACBGCQBoRgkAdUYJAL5GCQDVRgkAFEcJABxHCQBqRwkAbUcJAMBHCQDMRwkAFkgJABxICQBsSAkAh0gJAMJICQDOSAkAGEkJAB5JCQBuSQkAdkkJAMRJCQDGSQkAGkoJABtKCQBwSgkAfkoJAMZKCQDOSgkAHEsJADdLCQBySwkAfksJAMhLCQDOSwkAHkwJACFMCQB0TAkAgkwJAMpMCQDPTAkAIE0JAC1NCQB2TQkAkk0JAMxNCQDUTQkAwC4SAC9OCQAa1Q4AM04JAHhOCQA1TgkAeC8PAIROCQDOTgkA204JACRPCQApTwkAek8JAIRPCQDQTwkA4E8JACZQCQArUAkAfFAJAIVQCQDSUAkA31AJAChRCQAvUQkAflEJAIpRCQDUUQkA2lEJACpSCQAwUgkAgFIJAIVSCQDWUgkA3FIJABYvEgA4UwkAglMJAIhTCQDYUwkA3lMJAC5UCQA7VAkAhFQJAIlUCQDaVAkA4lQJADBVCQBmVQkAhlUJALFVCQDcVQkA5FUJADJWCQA/VgkAiFYJAI1WCQDeVgkA5lYJADRXCQA3VwkAilcJAJNXCQDgVwkA71cJADZYCQBBWAkAjFgJAJRYCQDiWAkA8lgJADhZCQBGWQkAjlkJAJ9ZCQDkWQkA8FkJADpaCQBCWgkAGDASAJZaCQDmWgkA7loJADxbCQBDWwkAklsJAKBbCQDoWwkA7lsJAD5cCQBKXAkAlFwJAKNcCQDqXAkA9FwJAEBdCQBFXQkAll0JAJxdCQDsXQkAAF4JAG4wEgBMXgkAlN0JAE9eCQCYXgkAUV4JAHKhCQCdXgkA7l4JAPpeCQBEXwkAUV8JAJpfCQCkXwkAxDASAAtgCQBGYAkASGAJAJxgCQCiYAkA8mAJACphCQBIYQkATmEJAJ5hCQCnYQkA9GEJAAFiCQBKYgkAgmIJAKBiCQCnYgkA9mIJAPtiCQBMYwkAW2MJAKJjCQDCYwkA+GMJAARkCQBOZAkAVGQJAKRkCQC+ZAkA+mQJAP1kCQBQZQkAVWUJAKZlCQC1ZQkA/GUJABxmCQBwMRIAcmYJAKhmCQC0ZgkA/mYJAAhnCQBUZwkAYGcJALwcCgBhZwkAqmcJAK9nCQAAaAkACmgJAFZoCQBmaAkArGgJALFoCQACaQkAC2kJAFhpCQBlaQkArmkJALVpCQAEagkAEGoJAFpqCQBgagkAsGoJALZqCQAGawkAC2sJAFxrCQBiawkAxjESALVrCQAIbAkADWwJAF5sCQBtbAkAtGwJANRsCQByMhIAGG0JAGBtCQBtbQkAtm0JAL1tCQAMbgkAFG4JAGJuCQBkbgkAuG4JAGluCQDUggwAeW4JAD43DAC+bgkA9mgMAMBuCQAObwkAEm8JAB53CQAkbwkAavcLAClvCQBkbwkAZm8JALpvCQDLbwkAEHAJAB5wCQBmcAkAbXAJALxwCQDEcAkAEnEJABlxCQBocQkAbXEJAL5xCQDNcQkAFHIJADRyCQBqcgkAdnIJAMByCQDGcgkAFnMJAB5zCQBscwkAeHMJAMJzCQDPcwkAGHQJADN0CQBudAkAfHQJAMR0CQDKdAkAGnUJAB91CQBwdQkAfXUJAMZ1CQDcdQkAHHYJACh2CQBydgkAf3YJAMh2CQDSdgkAyDISACN3CQB0dwkAencJAMp3CQDqdwkAIHgJAC54CQB2eAkAg3gJAMx4CQDjeAkAInkJACp5CQB4eQkAh3kJAM55CQDTeQkAJHoJADF6CQB6egkAhHoJANB6CQDSegkAJnsJADR7CQB8ewkAiXsJANJ7CQDeewkAKHwJAC58CQB+fAkAhnwJANR8CQDafAkAKn0JADN9CQCAfQkAjX0JANZ9CQDgfQkALH4JADp+CQCCfgkAmH4JANh+CQDkfgkALn8JADZ/CQAeMxIAjn8JANp/CQDgfwkAMIAJADKACQCGgAkAkIAJANyACQDogAkAMoEJAEmBCQCIgQkAnIEJAHQzEgDsgQkANIIJADeCCQCKggkAkoIJAOCCCQDsggkANoMJAESDCQCMgwkAloMJAOKDCQDtgwkAOIQJAESECQCOhAkAlIQJAOSECQDshAkAOoUJAEeFCQCQhQkAlYUJAOaFCQDwhQkAPIYJAESGCQCShgkAmIYJAOiGCQDxhgkAPocJAEuHCQCUhwkAoYcJAOqHCQD4hwkAQIgJAE2ICQCWiAkArYgJAOyICQD0iAkAQokJAEeJCQCYiQkAnokJAO6JCQD2iQkARIoJAFqKCQCaigkAqIoJAPCKCQDzigkARosJAFWLCQCciwkAoYsJAPKLCQD/iwkASIwJAFiMCQCejAkArIwJAPSMCQALjQkASo0JAFONCQCgjQkApo0JAPaNCQACjgkATI4JAFOOCQDKMxIAro4JAPiOCQD6jgkATo8JAFiPCQCkjwkAsI8JAPqPCQACkAkAIDQSAFWQCQCmkAkAtZAJAPyQCQAckQkAUpEJAF6RCQCokQkArpEJAP6RCQAGkgkAVJIJAFWSCQCqkgkAsJIJAACTCQAFkwkAVpMJAHGTCQCskwkAupMJAAKUCQAJlAkAWJQJAGSUCQCulAkAtJQJAHY0EgAJlQkAWpUJAGSVCQCwlQkAwZUJAAaWCQASlgkAXJYJAF+WCQCylgkAtZYJAAiXCQAQlwkAXpcJAGWXCQC0lwkAuZcJAAqYCQAZmAkAYJgJAICYCQC2mAkAwpgJAAyZCQASmQkAYpkJAGqZCQC4mQkAxZkJAA6aCQATmgkAZJoJAG6aCQC6mgkAwpoJABCbCQAgmwkAZpsJAGubCQC8mwkAxZsJABKcCQAfnAkAaJwJAG+cCQDMNBIAw5wJABSdCQAjnQkAap0JAIqdCQDAnQkAzJ0JABaeCQAcngkAbJ4JAHSeCQDCngkAzp4JABifCQAlnwkAbp8JAHWfCQDEnwkAxZ8JABqgCQAfoAkAcKAJAH6gCQDGoAkA06AJAByhCQAmoQkAIjUSAHehCQDIoQkA1aEJAB6iCQArogkAdKIJAHqiCQDKogkA1qIJACCjCQAwowkAdqMJAH+jCQDMowkAz6MJACKkCQAupAkAeKQJAH+kCQB4NRIA0KQJACSlCQDVpAkAbHsNAN6kCQAQzg0ANaUJAHqlCQCCpQkA0KUJANqlCQAmpgkANaYJAHymCQB9pgkA0qYJANqmCQAkNhIAMKcJAHo2EgCcpwkA1KcJAKGnCQBCRRIAqKcJAMDICQDcpwkAKqgJADmoCQCAqAkAhagJANaoCQDjqAkALKkJADmpCQCCqQkAjqkJANipCQDnqQkALqoJADiqCQCEqgkAp6oJANqqCQAQqwkAMKsJAFSrCQCGqwkAjqsJANI3EgDhqwkAMqwJADisCQCIrAkAkKwJACg4EgDsrAkANK0JAE+tCQCKrQkAlq0JAOCtCQDxrQkANq4JAEquCQCMrgkAlK4JAOKuCQDorgkAOK8JAESvCQCOrwkAnq8JAOSvCQDtrwkAOrAJAD2wCQCQsAkAnLAJAOawCQDtsAkAfjgSAEqxCQCSsQkAnLEJANQ4EgDtsQkAPrIJAEuyCQCUsgkAobIJAOqyCQD2sgkAQLMJAE+zCQCWswkAoLMJAOyzCQD6swkAQrQJAEe0CQCYtAkApbQJAO60CQD2tAkAKjkSAFC1CQCatQkAqrUJAPC1CQD5tQkARrYJAEm2CQCctgkAqLYJAPK2CQD5tgkAgDkSAFe3CQCetwkAo7cJAPS3CQABuAkASrgJAFe4CQCguAkAprgJAPa4CQACuQkATLkJAFy5CQCiuQkAq7kJAPi5CQD7uQkATroJAFq6CQCkugkAq7oJANY5EgD/ugkAULsJAF27CQCmuwkAxLsJAPy7CQAIvAkAUrwJAGW8CQCovAkAtrwJAP68CQABvQkAVL0JAF69CQCqvQkAuL0JAAC+CQANvgkAVr4JAG2+CQCsvgkAtL4JAAK/CQAJvwkAWL8JAF2/CQCuvwkAxL8JAATACQAGwAkAWsAJAGjACQCwwAkAvcAJACw6EgAOwQkAgjoSAGHBCQCywQkAv8EJAAjCCQAVwgkAXsIJAGrCCQC0wgkAw8IJAArDCQAUwwkAYMMJAG7DCQC2wwkAu8MJAAzECQAZxAkAYsQJAGrECQDYOhIAxMQJAA7FCQAexQkAZMUJAG3FCQC6xQkAvcUJABDGCQAcxgkAZsYJAG3GCQAuOxIAyMYJABLHCQAixwkAaMcJACjHCQDYsw4AcccJAL7HCQDBxwkAFMgJACDICQBqyAkAccgJAIQ7EgDJyAkAHMwJAMrICQAWyQkAJckJAGzJCQAnyQkAxMoJAG3JCQDCyQkA3skJABjKCQBQygkAbsoJAKbKCQDaOxIAx8oJABrLCQA2ywkAcMsJAKjLCQDGywkA/ssJADA8EgApzAkAcswJAIDMCQDIzAkA28wJAB7NCQA6zQkAdM0JAKzNCQDKzQkAAs4JAIY8EgAxzgkAds4JAILOCQDMzgkA1M4JANw8EgAnzwkAeM8JAIDPCQDOzwkA3c8JACTQCQAp0AkAetAJAIfQCQDQ0AkA3dAJACbRCQAy0QkAfNEJAIvRCQDS0QkA3NEJACjSCQAw0gkAftIJAIjSCQDU0gkA2dIJACrTCQAy0wkAMj0SAI/TCQDW0wkAkdMJAC7VCQDX0wkALNQJAEjUCQCC1AkAutQJANjUCQAQ1QkAiD0SADHVCQCE1QkAoNUJANrVCQAS1gkAMNYJAGjWCQDePRIAidYJANzWCQDt1gkAMtcJAE7XCQCI1wkAwNcJAN7XCQAW2AkAND4SAEHYCQCK2AkAltgJAODYCQDv2AkANtkJAEDZCQCM2QkAlNkJAMxPCgCa2QkA4tkJAOfZCQA42gkARdoJAI7aCQCW2gkA5NoJAOraCQA62wkA9NoJALBBCgBG2wkAkNsJAKDbCQDm2wkA79sJADzcCQA/3AkAktwJAJ7cCQDo3AkA79wJAIo+EgBh3QkA4D4SAKLdCQDq3QkAAN4JAEDeCQBM3gkAlt4JAJ3eCQDs3gkA8d4JAELfCQBL3wkAmN8JAKLfCQA2PxIA898JAPpBDQD43wkAROAJAPrfCQDW2QwATuAJAJrgCQCb4AkA8OAJAP/gCQBG4QkAS+EJAJzhCQCp4QkA8uEJAP/hCQBI4gkAVOIJAJ7iCQCt4gkA9OIJAP7iCQBK4wkAWOMJAKDjCQCl4wkA9uMJAAPkCQBM5AkATeQJAKLkCQCn5AkA+OQJAP3kCQBO5QkAX+UJAKTlCQDH5QkA+uUJAAXmCQBQ5gkAVeYJAKbmCQCp5gkA/OYJAAbnCQBS5wkAeucJAKjnCQDH5wkA4j8SAAroCQBU6AkAVugJAKroCQC56AkAAOkJAAvpCQBW6QkAXukJAKzpCQCz6QkAAuoJAATqCQBY6gkAYuoJAK7qCQCw6gkABOsJAB3rCQBa6wkAXOsJALDrCQCz6wkABuwJABLsCQBc7AkAZOwJADhAEgC+7AkACO0JAA7tCQBe7QkAee0JALTtCQDA7QkACu4JABDuCQBg7gkAaO4JALbuCQC47gkADO8JABbvCQBi7wkAau8JAI5AEgDJ7wkADvAJABXwCQBk8AkAbPAJALrwCQDH8AkAEPEJABXxCQBm8QkAcPEJALzxCQDE8QkAEvIJACHyCQBo8gkAbfIJAL7yCQDL8gkAFPMJACHzCQBq8wkAdvMJAMDzCQDP8wkAFvQJACD0CQBs9AkAdPQJAML0CQDM9AkAGPUJAB31CQBu9QkAdvUJAORAEgDQ9QkAGvYJACr2CQBw9gkAefYJAMb2CQDJ9gkAHPcJACj3CQBy9wkAefcJADpBEgDO9wkAHvgJACT4CQB0+AkAefgJAMr4CQDQ+AkAkEESACb5CQB2+QkAfPkJAMz5CQDR+QkATnAPANn5CQAi+gkAJ/oJAHj6CQCA+gkAzvoJAPf6CQAk+wkAAvsJAIgCCgBN+wkAevsJAKP7CQDQ+wkA+/sJACb8CQAu/AkAfPwJAIv8CQDS/AkA1/wJACj9CQA1/QkAfv0JAIv9CQDU/QkA4P0JACr+CQA5/gkAgP4JAIr+CQDW/gkA5P4JACz/CQAx/wkAgv8JAI//CQDY/wkA4P8JAC4ACgA0AAoAhAAKAJAACgDaAAoA6gAKADABCgA5AQoAhgEKAIkBCgDcAQoA6AEKADICCgA5AgoA5kESALECCgDeAgoACQMKADQDCgA8AwoAigMKAJkDCgDgAwoA5QMKADYECgBDBAoAjAQKAJkECgDiBAoA7gQKADgFCgBHBQoAjgUKAJgFCgDkBQoA8gUKADoGCgA/BgoAkAYKAJ0GCgDmBgoA7gYKADwHCgBCBwoAkgcKAJ4HCgDoBwoA+AcKAD4ICgBHCAoAlAgKAJcICgDqCAoA9ggKAEAJCgBHCQoAPEISAJgJCgAYgA8ApAkKAOwJCgD5CQoAQgoKAE4KCgCYCgoAngoKAO4KCgD0CgoARAsKAEkLCgCaCwoAoAsKAJJCEgAWDAoARgwKAGwMCgCcDAoA0AwKAPIMCgAbDQoASA0KAHMNCgA+QxIAqg0KAPQNCgCsDQoATDwLAP4NCgBKDgoAZA4KAKAOCgCjDgoA4FkKAK8OCgD2DgoA+w4KAEwPCgBZDwoAog8KAK8PCgD4DwoABBAKAE4QCgBdEAoApBAKAK4QCgD6EAoABhEKAFARCgBjEQoAphEKALURCgD8EQoACBIKAFISCgBTEgoAqBIKALISCgD+EgoADBMKAFQTCgBZEwoAqhMKALcTCgCUQxIABRQKAFYUCgBjFAoArBQKALkUCgACFQoADhUKAFgVCgBnFQoArhUKALgVCgAEFgoAEhYKAFoWCgBfFgoAsBYKAL0WCgAGFwoADhcKAJZEEgBoFwoAshcKAMIXCgAIGAoAERgKAF4YCgBhGAoAtBgKAMAYCgAKGQoAERkKAOxEEgBjGQoAthkKAL4ZCgAMGgoAGBoKAGIaCgBoGgoAuBoKAL4aCgAOGwoAExsKAGQbCgBqGwoAmEUSAOMbCgAQHAoAORwKAGYcCgCKHAoAREYSAMIcCgAmVAsAzxwKABIdCgAhHQoAaB0KAHQdCgC+HQoAvx0KABQeCgAeHgoAah4KAHgeCgDAHgoAxR4KABYfCgAjHwoAmkYSAI8fCgDwRhIA6x8KABggCgBBIAoAbiAKAJIgCgBGRxIA0iAKABohCgAfIQoAcCEKAH0hCgDGIQoAziEKABwiCgAiIgoAciIKAH4iCgDIIgoA2CIKAB4jCgAnIwoAdCMKAHcjCgDKIwoABSQKACAkCgAsJAoAnEcSAHwkCgDMJAoA5SQKACIlCgAwJQoAeCUKAIUlCgDOJQoA1SUKACQmCgAtJgoAeiYKAIcmCgDQJgoA5yYKACYnCgApJwoAfCcKAH4nCgDSJwoA2ycKACgoCgA4KAoAfigKAJcoCgDUKAoA1igKACopCgAzKQoAgCkKAIgpCgDWKQoA2CkKACwqCgBFKgoAgioKAJkqCgDYKgoA5CoKAC4rCgA/KwoAhCsKAJArCgDaKwoA5SsKADAsCgA9LAoAhiwKAJAsCgDyRxIA7ywKADItCgBALQoAiC0KAG8tCgDuNQoAxC0KAN4tCgDrLQoANC4KADwuCgCKLgoAkC4KAOAuCgDsLgoANi8KAEEvCgCMLwoAlS8KAOIvCgDlLwoAODAKADowCgCOMAoAlTAKAOQwCgDmMAoASEgSAD0xCgCQMQoAnjEKAOYxCgDrMQoAPDIKAEkyCgCSMgoAnjIKAOgyCgDwMgoAnkgSAEwzCgCUMwoApDMKAOozCgD4MwoAQDQKAEk0CgCWNAoAoDQKAOw0CgDuNAoAQjUKAEw1CgCYNQoAmjUKAPRIEgDzNQoARDYKAEw2CgCaNgoAoDYKAPA2CgD8NgoARjcKAFU3CgCcNwoApTcKAPI3CgD1NwoASDgKAEo4CgCeOAoApTgKAPQ4CgD2OAoASkkSAE85CgCgOQoAvDkKAPY5CgASOgoAoEkSAFk6CgBicgsAWzoKAKI6CgCnOgoA+DoKAAU7CgBOOwoAWzsKAKQ7CgCqOwoA+jsKAAY8CgBQPAoAYDwKAKY8CgCvPAoA/DwKAP88CgBSPQoAXj0KAKg9CgCvPQoA9kkSAA0+CgBUPgoAWT4KAKo+CgC3PgoAAD8KAA0/CgBWPwoAXD8KAKw/CgC4PwoAAkAKABJACgBYQAoAYUAKAK5ACgCxQAoABEEKABBBCgBaQQoAYUEKAExKEgCyQQoABkIKABRCCgBcQgoAbUIKAKJKEgC5QgoA+EoSABBDCgBOSxIAY0MKALRDCgDBQwoACkQKABdECgBgRAoAbEQKALZECgDFRAoADEUKABZFCgBiRQoAcEUKALhFCgC9RQoADkYKABtGCgBkRgoAbEYKAKRLEgDGRgoAEEcKACBHCgBmRwoAb0cKALxHCgC/RwoAEkgKAB5ICgBoSAoAb0gKAPpLEgDASAoAFEkKACJJCgBqSQoAe0kKAFBMEgDHSQoApkwSAB5KCgD8TBIAcUoKAMJKCgDPSgoAGEsKACVLCgBuSwoAeksKAMRLCgDTSwoAGkwKACRMCgBwTAoAfkwKAMZMCgDLTAoAHE0KAClNCgByTQoAek0KAFJNEgDUTQoAHk4KAC5OCgB0TgoAfU4KAMpOCgDNTgoAIE8KACxPCgB2TwoAfU8KAKhNEgDWTwoAIlAKADBQCgB4UAoAjlAKAM5QCgDaUAoAJFEKACtRCgB6UQoAglEKANBRCgDVUQoAJlIKAC9SCgB8UgoAhlIKAP5NEgDoUgoAKFMKADRTCgB+UwoAhVMKANRTCgDcUwoAKlQKAC9UCgCAVAoAiVQKANZUCgDgVAoAVE4SADFVCgAERw0AOFUKAMijCgA7VQoAglUKAFZVCgDCMRMAh1UKANhVCgDlVQoALlYKADtWCgCEVgoAkFYKANpWCgDpVgoAMFcKADpXCgCGVwoAlFcKANxXCgDpVwoAMlgKAElYCgCIWAoAkFgKAN5YCgDoWAoANFkKADlZCgCKWQoAklkKAKpOEgDlWQoANloKAEVaCgCMWgoArFoKAOJaCgDuWgoAOFsKAEJbCgCOWwoAmFsKAORbCgDyWwoAOlwKAFBcCgCQXAoAnFwKAOZcCgDrXAoAPF0KAEVdCgCSXQoAnF0KAOhdCgD0XQoAPl4KAFFeCgCUXgoAo14KAOpeCgD2XgoAQF8KAEFfCgCWXwoAoF8KAOxfCgD6XwoAQmAKAEdgCgCYYAoApWAKAFZPEgD8YAoARGEKAFphCgCaYQoApmEKAPBhCgD3YQoARmIKAE5iCgCcYgoAoWIKAPJiCgD7YgoASGMKAFJjCgBYUBIAo2MKAPRjCgD8YwoASmQKAE1kCgCgZAoAqWQKAPZkCgAFZQoATGUKAFdlCgCiZQoAqmUKAPhlCgAIZgoATmYKAFxmCgCkZgoAtWYKAPpmCgAGZwoAUGcKAFhnCgCuUBIArGcKAPxnCgAEaAoAUmgKAFloCgCoaAoAtmgKAP5oCgAEaQoAVGkKAGBpCgCqaQoAuWkKAABqCgAKagoAVmoKAFtqCgCsagoAsmoKAAJrCgAWawoABFESAGlrCgCuawoAumsKAARsCgAKbAoAWmwKAGBsCgCwbAoAtWwKAAZtCgAMbQoAWlESAGFtCgCybQoAw20KAAhuCgAQbgoAXm4KABRuCgDsigoAFm4KALAiEABobgoAtG4KAMJuCgAKbwoAIG8KAGBvCgBsbwoAtm8KAL1vCgAMcAoAFHAKAGJwCgBncAoAuHAKAMFwCgAOcQoAGHEKAGRxCgBscQoAunEKAL5xCgAQcgoAG3IKAGZyCgB0cgoAvHIKAM1yCgAScwoAHnMKAGhzCgBwcwoAsFESAMBzCgAUdAoAInQKAGp0CgB0dAoAwHQKAM50CgAWdQoAI3UKAGx1CgCDdQoAwnUKAMp1CgAYdgoAKHYKAG52CgBzdgoAxHYKAMp2CgAadwoAIncKAHB3CgBydwoAxncKANN3CgAceAoAJHgKAHJ4CgB3eAoAyHgKAMl4CgAeeQoAKnkKAHR5CgCBeQoAynkKANJ5CgAgegoAL3oKAHZ6CgB7egoAzHoKANl6CgAiewoAL3sKAHh7CgCEewoAznsKAN17CgAkfAoALnwKAHp8CgCIfAoA0HwKANV8CgAmfQoAM30KAAZSEgB/fQoA0n0KANp9CgAofgoANX4KAH5+CgCDfgoA1H4KAN5+CgAqfwoAMn8KAIB/CgCCfwoA1n8KAPF/CgAsgAoALoAKAIKACgCQgAoA2IAKAOmACgAugQoAMIEKAISBCgCdgQoA2oEKAOuBCgAwggoAPIIKAFxSEgCOggoA3IIKAOKCCgAygwoAPoMKAIiDCgClgwoA3oMKAOeDCgA0hAoAQIQKAIqECgCNhAoA4IQKAOqECgA2hQoAPoUKAIyFCgCWhQoA4oUKAPCFCgA4hgoAToYKAI6GCgCahgoA5IYKAOuGCgA6hwoAQocKAJCHCgCVhwoA5ocKAO+HCgA8iAoARogKAJKICgCaiAoA6IgKAOqICgA+iQoATokKAJSJCgCeiQoA6okKAPaJCgBAigoARooKAJaKCgCeigoAslISAPKKCgBCiwoASIsKAJiLCgCdiwoA7osKAPSLCgAIUxIAUowKAJqMCgCwjAoA8IwKAPyMCgBGjQoAS40KAJyNCgCljQoA8o0KAPyNCgBIjgoAa44KAJ6OCgCijgoA9I4KAK2OCgBMkAoA9o4KAEqPCgBYjwoAoI8KAKqPCgD2jwoAGpAKAApUEgBSkAoAopAKAK6QCgD4kAoA+pAKAE6RCgBYkQoApJEKALCRCgD6kQoAHpIKAGBUEgBUkgoAppIKAF+SCgD+kwoAqJIKAPySCgAKkwoAUpMKAFyTCgCokwoAzJMKALZUEgAElAoAVJQKAGCUCgCqlAoArJQKAACVCgAKlQoAVpUKAGKVCgCslQoA0JUKAAxVEgAflgoAWJYKAGGWCgCulgoAvJYKAASXCgAKlwoAWpcKAGaXCgCwlwoAuJcKAGJVEgANmAoAXJgKAHWYCgCymAoAwZgKAAiZCgAQmQoAXpkKAG2ZCgC0mQoAuZkKAAqaCgAXmgoAYJoKAG2aCgC2mgoAwpoKAAybCgAbmwoAYpsKAGybCgC4mwoAxpsKAA6cCgATnAoAZJwKAHGcCgC4VRIAu5wKAKoVCwDTnAoAEJ0KABqdCgBmnQoAaJ0KALydCgDKnQoAEp4KAB+eCgBongoAcJ4KAL6eCgDqngoAFJ8KABufCgBqnwoAg58KAMCfCgDPnwoAFqAKAB6gCgBsoAoAe6AKAMKgCgDHoAoAGKEKACWhCgBuoQoAe6EKAMShCgDQoQoAGqIKACmiCgBwogoAeqIKAMaiCgDUogoAHKMKACGjCgByowoAf6MKAA5WEgDbowoAHqQKAC2kCgB0pAoAgKQKAMqkCgDWpAoAIKUKACelCgB2pQoAgqUKAMylCgDTpQoAIqYKACqmCgB4pgoAfKYKAM6mCgDZpgoAJKcKADCnCgB6pwoAh6cKANCnCgDYpwoAJqgKADCoCgB8qAoAgqgKANKoCgDmqAoAKKkKADapCgB+qQoAi6kKANSpCgDrqQoAKqoKADKqCgCAqgoAiqoKANaqCgDbqgoALKsKADSrCgCCqwoAkasKANirCgDdqwoALqwKADusCgCErAoAkawKANqsCgDmrAoAMK0KAD+tCgCGrQoAkK0KAGRWEgDkrQoAMq4KAEGuCgCIrgoAja4KAN6uCgDnrgoANK8KAEWvCgCKrwoAka8KAOCvCgDorwoANrAKAEOwCgCMsAoAkbAKAOKwCgDssAoAOLEKAECxCgCOsQoAp7EKAOSxCgDwsQoAOrIKAEKyCgC6VhIAn7IKAOayCgADswoAPLMKAEWzCgCSswoAoLMKAOizCgDuswoAPrQKAEq0CgCUtAoAm7QKAOq0CgDytAoAQLUKAFC1CgCWtQoAnLUKAOy1CgDxtQoAQrYKAFi2CgCYtgoAoLYKAO62CgD4tgoARLcKAE+3CgCatwoAprcKAPC3CgD4twoAEFcSAFO4CgCcuAoAo7gKAPK4CgD+uAoASLkKAE65CgCeuQoAr7kKAPS5CgAIugoASroKAFi6CgCgugoArboKAPa6CgANuwoATLsKAFS7CgCiuwoAqbsKAPi7CgD6uwoATrwKAFi8CgCkvAoAprwKAPq8CgATvQoAUL0KAFK9CgCmvQoAqb0KAPy9CgAIvgoAUr4KAIC+CgBmVxIAt74KAP6+CgAbvwoAVL8KAF2/CgCqvwoAuL8KAADACgAGwAoAVsAKAGLACgCswAoAtMAKALxXEgAKwQoAWMEKAF7BCgCuwQoAusEKAATCCgAHwgoAWsIKAF/CCgCwwgoAucIKAAbDCgAMwwoAXMMKAGvDCgCywwoAvsMKAAjECgAQxAoAElgSAGTECgC0xAoAucQKAArFCgAgxQoAYMUKAGjFCgC2xQoAxMUKAAzGCgAWxgoAYsYKAGXGCgC4xgoAwMYKAA7HCgAPxwoAZMcKAGrHCgC6xwoAyMcKABDICgAmyAoAZsgKAGjICgC8yAoAwsgKABLJCgAmyQoAaMkKAHDJCgC+yQoAzskKABTKCgAWygoAasoKAHnKCgDAygoAysoKABbLCgAbywoAbMsKAHLLCgDCywoA1ssKABjMCgAgzAoAbswKAHPMCgDEzAoAyswKABrNCgAizQoAcM0KAHPNCgDGzQoAy80KABzOCgAlzgoAcs4KAHjOCgDIzgoA184KAB7PCgAqzwoAaFgSAIDPCgDKzwoA3c8KACDQCgA80AoAdtAKAH7QCgC+WBIA2tAKACLRCgA40QoAeNEKAITRCgDO0QoA09EKACTSCgAt0goAetIKAITSCgDQ0goA2NIKACbTCgAo0woAfNMKAIvTCgDS0woA79MKACjUCgAx1AoAftQKAIzUCgDU1AoA2tQKACrVCgA41QoAgNUKAI3VCgDW1QoA7dUKACzWCgA01goAgtYKAITWCgDY1goA4NYKAC7XCgA91woAhNcKAInXCgDa1woA59cKADDYCgA92AoAhtgKAJLYCgDc2AoA69gKADLZCgA82QoAiNkKAJbZCgDe2QoA49kKADTaCgBB2goAFFkSAJTaCgDg2goA4toKADbbCgA92woAjNsKAJPbCgDi2woA6NsKADjcCgBG3AoAjtwKAJvcCgDk3AoA9NwKADrdCgA/3QoAkN0KAJjdCgDm3QoArN0KALpICwDy3QoAPN4KAD7eCgBC4QoASd4KAJLeCgCX3goA6N4KAPLeCgA+3woATt8KAJTfCgCZ3woA6t8KAPPfCgBA4AoATeAKAJbgCgCd4AoA7OAKAPTgCgBqWRIAUOEKAJjhCgCw4QoA7uEKAPDhCgBE4goAW+IKAJriCgCc4goA8OIKAP7iCgBG4woAU+MKAJzjCgCk4woAwFkSAPXjCgBI5AoACeQKAKyZDABR5AoAnuQKAKzkCgCeDwsAreQKAPTkCgD/5AoASuUKAFLlCgCg5QoAq+UKAPblCgD75QoATOYKAE/mCgCi5goArOYKABZaEgD+5goATucKAALnCgAGIQ8AaecKAKTnCgCw5woA+ucKAADoCgBQ6AoAWOgKAKboCgC86AoA/OgKAArpCgBS6QoAVekKAKjpCgDB6QoA/ukKAArqCgBU6goAX+oKAKrqCgCs6goAAOsKABvrCgBW6woAZOsKAKzrCgC56woAAuwKABnsCgBsWhIAWuwKAGAjDwBu7AoAruwKAK/sCgAE7QoACe0KAFrtCgBg7QoAsO0KALLtCgAG7goADO4KAFzuCgBw7goAsu4KALruCgAI7woAGO8KAF7vCgBg7woAtO8KAMLvCgAK8AoAG/AKAMJaEgBm8AoAtvAKAMLwCgAYWxIADvEKAGLxCgBz8QoAuPEKAMDxCgAO8goAF/IKAGTyCgBr8goAuvIKALvyCgBuWxIAHPMKAGbzCgBo8woAvPMKAMPzCgAS9AoAGvQKAGj0CgBx9AoAvvQKAMX0CgAU9QoAFfUKAMRbEgBv9QoAwPUKAMj1CgAW9goAIPYKAGz2CgB69goAwvYKANj2CgAY9woAJPcKAG73CgBz9woAxPcKAM33CgAa+AoAJPgKABpcEgBx+AoAxvgKAM74CgB4fwwA3vgKABz5CgAp+QoAcvkKAH75CgDI+QoA0vkKAB76CgAi+goAdPoKAHn6CgDK+goA0PoKACD7CgBA+woAdvsKAI77CgDM+woA4/sKACL8CgAu/AoAePwKAIL8CgDO/AoA0PwKACT9CgAr/QoAev0KAIH9CgDQ/QoA1v0KACb+CgAy/goAfP4KAH/+CgDS/goA1f4KACj/CgA0/woAfv8KAIH/CgDU/woA8P8KACoACwAyAAsAcFwSAIwACwDWAAsA4AALACwBCwAuAQsAggELAIkBCwDYAQsA3wELAC4CCwA0AgsAhAILAJICCwDaAgsA5wILADADCwBAAwsAhgMLAIsDCwDcAwsA5AMLADIECwBCBAsAiAQLAI0ECwDeBAsA5AQLADQFCwA8BQsAxlwSAJAFCwDgBQsA6AULADYGCwA5BgsAjAYLAJgGCwDiBgsA6AYLADgHCwBTBwsAjgcLAJwHCwDkBwsA8wcLADoICwBGCAsAkAgLAJgICwByXRIA6wgLADwJCwBGCQsAkgkLAJoJCwDoCQsACAoLAD4KCwBLCgsAlAoLAJkKCwDqCgsA7goLAEALCwBNCwsAyF0SAJsLCwDsCwsA7wsLAEIMCwBMDAsAmAwLAKQMCwDuDAsAAQ0LAEQNCwBTDQsAmg0LAKYNCwDwDQsA8Q0LAEYOCwBQDgsAnA4LAKoOCwDyDgsA9w4LAEgPCwBVDwsAHl4SAKgPCwD0DwsA9g8LAEoQCwBjEAsAoBALALEQCwD2EAsAAhELAEwRCwBUEQsAIF8SAKkRCwD4EQsA/xELAE4SCwBUEgsApBILALASCwD6EgsA/RILAFATCwBTEwsAphMLAK4TCwD8EwsADBQLAFIUCwBXFAsAqBQLALEUCwD+FAsACxULAFQVCwBbFQsAdl8SALYVCwAAFgsADRYLAFYWCwBeFgsArBYLALYWCwACFwsAERcLAFgXCwBZFwsArhcLALYXCwAEGAsAExgLAFoYCwBfGAsAsBgLAL0YCwAGGQsAExkLAFwZCwBoGQsAshkLAMEZCwAIGgsAEhoLAF4aCwBsGgsAtBoLALkaCwAKGwsAFxsLAGAbCwBoGwsAthsLAMAbCwAMHAsAERwLAGIcCwBqHAsAzF8SAMYcCwAOHQsAGh0LAGQdCwBqHQsAuh0LAMAdCwAQHgsAFR4LAGYeCwBsHgsAImASAMgeCwASHwsAGB8LAGgfCwBuHwsAvh8LAMsfCwAUIAsAGSALAGogCwByIAsAwCALAN4gCwAkYRIAGCELAJ5rDgAZIQsAukwNABwhCwA23wwALCELAGwhCwBtIQsAwiELAMchCwAYIgsAHiILAG4iCwBwIgsAxCILAMoiCwAaIwsALiMLAHAjCwB4IwsAxiMLANYjCwAcJAsAHiQLAHIkCwCAJAsAyCQLANkkCwB6YRIAJCULAHQlCwCAJQsA0GESANclCwAgJgsAKCYLAHYmCwCDJgsAzCYLAM4mCwAiJwsAOCcLAHgnCwCEJwsAzicLANYnCwB8YhIAMCgLAHooCwB9KAsA0CgLANUoCwAmKQsANykLAHwpCwCFKQsA0ikLANwpCwAoKgsANioLAH4qCwCDKgsA1CoLAOEqCwDSYhIANisLAIArCwCNKwsA1isLANgrCwAsLAsAQiwLAIIsCwCOLAsA2CwLAOAsCwAoYxIAMy0LAIQtCwCKLQsA2i0LAOItCwAwLgsAMy4LAIYuCwCSLgsA3C4LAOIuCwAyLwsATS8LAIgvCwCVLwsA3i8LAOAvCwA0MAsASjALAIowCwCWMAsA4DALAOgwCwB+YxIAPDELAIwxCwCRMQsA4jELAP0xCwA4MgsARjILAI4yCwCVMgsA5DILAPAyCwA6MwsAQTMLANRjEgCbMwsA5jMLAO4zCwA8NAsARzQLAJI0CwCXNAsA6DQLAOs0CwA+NQsASDULAJQ1CwCcNQsA6jULAPg1CwBANgsAQzYLAJY2CwCeNgsA7DYLAAw3CwBCNwsATzcLAJg3CwCdNwsA7jcLAPI3CwBEOAsAUTgLACpkEgC6OAsA8DgLAPk4CwBGOQsARzkLAJw5CwCkOQsA8jkLAAI6CwBIOgsASjoLAJ46CwCsOgsA9DoLAAU7CwCAZBIAUDsLAKA7CwCsOwsA1mQSAP07CwAsZRIAUTwLAKI8CwC8PAsA+DwLAAc9CwBOPQsAWT0LAKQ9CwCmPQsA+j0LAAc+CwBQPgsAXT4LAKY+CwCyPgsA/D4LAA0/CwBSPwsAVT8LAKg/CwDCPwsA/j8LAAdACwBUQAsAYUALAKpACwCwQAsAAEELAAxBCwBWQQsAWUELAKxBCwCxQQsAAkILABNCCwBYQgsAc0ILAK5CCwC6QgsABEMLAAtDCwBaQwsAXEMLALBDCwC3QwsABkQLAA1ECwBcRAsAYkQLALJECwC+RAsACEULAAtFCwBeRQsAYUULALRFCwDARQsACkYLAB1GCwBgRgsAb0YLALZGCwDCRgsADEcLAA1HCwBiRwsAbEcLALhHCwDGRwsADkgLABNICwBkSAsAcUgLAIJlEgDCSAsA2GUSABJJCwBmSQsAfEkLALxJCwDISQsAEkoLABpKCwAuZhIAbkoLAL5KCwDGSgsAFEsLABdLCwBqSwsAdksLAMBLCwDGSwsAFkwLADFMCwBsTAsAekwLAMJMCwDRTAsAGE0LACRNCwBuTQsAdk0LAIRmEgDJTQsAGk4LACROCwBwTgsAeE4LAMZOCwDmTgsAHE8LAClPCwByTwsAd08LAMhPCwDMTwsAHlALACtQCwDaZhIAl1ALADBnEgDPUAsAIFELAC9RCwB2UQsAllELAMxRCwDYUQsAIlILACxSCwB4UgsAhFILAM5SCwDUUgsAJFMLACpTCwB6UwsAf1MLANBTCwDWUwsAhmcSACxUCwB8VAsAgVQLANJUCwDYVAsAMmgSACtVCwB+VQsAiFULANRVCwDWVQsAKlYLAENWCwCAVgsAkVYLANZWCwDkVgsALFcLAC9XCwCCVwsAjVcLANhXCwDgVwsALlgLADBYCwCEWAsAjFgLANpYCwDnWAsAMFkLADxZCwCGWQsAilkLANxZCwDkWQsAMloLAEFaCwCIWgsAjVoLAN5aCwDrWgsANFsLAEFbCwCKWwsAllsLAOBbCwDvWwsANlwLAEBcCwCMXAsAmlwLAOJcCwDnXAsAOF0LAEVdCwCIaBIAll0LAN5oEgDoXQsAQmILAPBdCwA6XgsAQF4LAJBeCwCWXgsA5l4LAPNeCwA8XwsAQV8LAJJfCwCaXwsA6F8LABFgCwA+YAsAHGALAOpgCwBkYAsAQGELAGdgCwCUYAsAvWALADRpEgATYQsAimkSAGZhCwCWYQsAymELAOxhCwAVYgsA4GkSAFBiCwCYYgsApWILAO5iCwD6YgsARGMLAEpjCwCaYwsAoGMLAPBjCwD1YwsARmQLAExkCwA2ahIAwmQLAJ5lCwDFZAsA8mQLABtlCwDiahIAcWULADhrEgDEZQsA9GULAChmCwBKZgsAc2YLAI5rEgCqZgsA9mYLAPtmCwBMZwsAVGcLAORrEgCnZwsA+GcLAAFoCwBOaAsAW2gLAKRoCwCraAsAOmwSAAJpCwCQbBIAY2kLAKZpCwCyaQsA/GkLAAtqCwBSagsAW2oLAKhqCwCyagsA/moLAABrCwBUawsAbWsLAKprCwC7awsAAGwLAAxsCwBWbAsAXmwLAOZsEgC6bAsAAm0LABNtCwBYbQsAZG0LAK5tCwC2bQsAPG0SAAluCwBabgsAZG4LALBuCwC4bgsABm8LABZvCwBcbwsAYW8LALJvCwC7bwsACHALABVwCwBecAsAZXALAJJtEgC6cAsAcNcPAMFwCwAKcQsAx3ALABipDgAPcQsAYHELAGxxCwC2cQsAw3ELAAxyCwAWcgsA6G0SAGdyCwC4cgsAxHILAA5zCwAbcwsAZHMLAG5zCwC6cwsA1nMLABB0CwAYdAsAPm4SAGt0CwC8dAsAxHQLABJ1CwAVdQsAaHULAHF1CwC+dQsAzXULABR2CwAfdgsAanYLAHJ2CwDAdgsA0HYLABZ3CwAkdwsAbHcLAH13CwDCdwsAzncLABh4CwAgeAsAlG4SAHR4CwDEeAsAzHgLABp5CwAheQsAcHkLAH55CwDGeQsAzHkLABx6CwAoegsAcnoLAIF6CwDIegsA0noLAB57CwAjewsAdHsLAHp7CwDKewsA3nsLACB8CwAofAsAdnwLAJR8CwDMfAsA1HwLAOpuEgAqfQsAQG8SAIB9CwDOfQsA530LACR+CwAtfgsAen4LAIp+CwDQfgsA4H4LACZ/CwAyfwsAfH8LAIJ/CwDSfwsA4H8LACiACwA1gAsAfoALAJWACwDUgAsA3IALACqBCwA0gQsAgIELAI6BCwDWgQsA7IELACyCCwA4ggsAgoILAImCCwDYggsA4IILAC6DCwAzgwsAhIMLAI2DCwDagwsA5IMLADCECwA4hAsAhoQLAIiECwDchAsA7IQLADKFCwA8hQsAiIULAJSFCwDehQsA5IULADSGCwA8hgsA7G8SAIyGCwDghgsA8YYLADaHCwBShwsAjIcLAJSHCwBCcBIA84cLADiICwBJiAsAjogLAJaICwDkiAsA/YgLADqJCwBAiQsAkIkLAJWJCwDmiQsABooLADyKCwBIigsAkooLAJiKCwDoigsA8IoLAD6LCwBNiwsAlIsLAJmLCwDqiwsA94sLAECMCwBNjAsAlowLAKKMCwDsjAsA+4wLAEKNCwBMjQsAmI0LAKaNCwDujQsA840LAESOCwBRjgsAmo4LAJ2OCwDwjgsA+I4LAEaPCwBIjwsAnI8LAKKPCwDyjwsA/o8LAEiQCwBQkAsAmHASAKOQCwD0kAsA+JALAEqRCwBXkQsA7nASAKiRCwBEcRIA/JELAEySCwBjkgsAopILAKuSCwD4kgsADpMLAE6TCwBakwsApJMLALGTCwD6kwsABJQLAFCUCwBYlAsAppQLAOSUCwD8lAsAJZULAFKVCwBalQsAqJULAMuVCwCacRIADZYLAFSWCwAUlgsAOLMLAFmWCwCqlgsAt5YLAACXCwANlwsAVpcLAGKXCwCslwsAu5cLAAKYCwAMmAsAWJgLAGaYCwCumAsAs5gLAASZCwARmQsAWpkLAH6ZCwCwmQsAuJkLAPBxEgAPmgsAXJoLAF+aCwCymgsAvJoLAAibCwAQmwsAXpsLAHebCwC0mwsAwJsLAAqcCwASnAsARnISAHCcCwC2nAsAvpwLAAydCwAWnQsAYp0LAHadCwC4nQsAuZ0LAA6eCwAangsAZJ4LAGyeCwCcchIAzZ4LABCfCwARnwsAZp8LAHKfCwC8nwsAy58LABKgCwAcoAsAaKALAGugCwC+oAsAxqALABShCwAVoQsAaqELAGyhCwDAoQsAxqELABaiCwAYogsAbKILAIKiCwDCogsAzqILABijCwAiowsAbqMLAHqjCwDEowsAyqMLABqkCwAipAsAcKQLAJmkCwDGpAsAzqQLABylCwAmpQsAcqULAHelCwDIpQsA0KULAB6mCwA3pgsAdKYLAICmCwDKpgsA0qYLAPJyEgAspwsAdqcLAHmnCwDMpwsA0acLACKoCwArqAsAeKgLAH6oCwDOqAsA3agLACSpCwAwqQsAeqkLAI+pCwDQqQsA2KkLACaqCwAzqgsAMrALAD+qCwB8qgsAgaoLANKqCwDXqgsAKKsLADmrCwB+qwsAhqsLANSrCwCKqwsAgq0LAOurCwAqrAsAOKwLAICsCwCbrAsA1qwLAOKsCwAsrQsAOa0LAEhzEgCErQsA2K0LAOWtCwAurgsANq4LAISuCwCbrgsA2q4LAOiuCwAwrwsAS68LAIavCwCSrwsA3K8LAOmvCwCecxIAO7ALAIiwCwCZsAsA3rALAO+wCwA0sQsAPLELAIqxCwChsQsA4LELAO6xCwA2sgsAUbILAIyyCwCYsgsA4rILAO+yCwD0cxIATLMLAI6zCwCRswsA5LMLAAG0CwA6tAsAS7QLAJC0CwC0tAsA5rQLAO60CwBKdBIARbULAJK1CwCVtQsA6LULAPK1CwA+tgsARrYLAJS2CwCttgsA6rYLAPa2CwBAtwsASLcLAKB0EgCmtwsA7LcLAPS3CwBCuAsATLgLAJi4CwCsuAsA7rgLAO+4CwBEuQsAULkLAJq5CwCiuQsA9nQSAAS6CwBGugsASboLAJy6CwC5ugsA8roLAAO7CwBIuwsAVrsLAJ67CwCzuwsA9LsLAPy7CwBKvAsAV7wLAKa/CwBjvAsAoLwLAKW8CwD2vAsA+7wLAEy9CwBdvQsAor0LAKq9CwD4vQsAD74LAE6+CwBcvgsApL4LAL++CwD6vgsABr8LAFC/CwBdvwsATHUSAK+/CwD8vwsADcALAFLACwBjwAsAqMALALDACwD+wAsAFcELAFTBCwBiwQsAqsELAMXBCwAAwgsADMILAFbCCwBjwgsAonUSAMDCCwACwwsABcMLAFjDCwB1wwsArsMLAL/DCwAExAsAEsQLAFrECwBvxAsAsMQLALjECwAGxQsAE8ULABLLCwAfxQsAXMULAGHFCwCyxQsAt8ULAAjGCwAZxgsAXsYLAGbGCwC0xgsAasYLAGLICwDLxgsACscLABjHCwBgxwsAe8cLALbHCwDCxwsADMgLABnICwD4dRIAZMgLALjICwDFyAsADskLABbJCwBkyQsAe8kLALrJCwDIyQsAEMoLACvKCwBmygsAcsoLALzKCwDJygsATnYSABvLCwBoywsAecsLAL7LCwDPywsAFMwLABzMCwBqzAsAgcwLAMDMCwDOzAsAFs0LADHNCwBszQsAeM0LAMLNCwDPzQsApHYSACHOCwBuzgsAf84LAMTOCwDQzgsAGs8LACfPCwBwzwsAdc8LAMbPCwDQzwsAHNALACzQCwBy0AsAd9ALAMjQCwDR0AsAHtELACvRCwB00QsAe9ELAMrRCwDW0QsAINILACbSCwB20gsAfNILAMzSCwDR0gsAItMLACjTCwD6dhIAfdMLAM7TCwDW0wsAJNQLADrUCwB61AsAf9QLANDUCwDX1AsAJtULAC/VCwB81QsAjdULANLVCwDe1QsAKNYLADDWCwD8dxIAgNYLANTWCwDq1gsAKtcLADbXCwCA1wsAh9cLANbXCwDe1wsAUngSADHYCwCC2AsAidgLANjYCwDh2AsALtkLAD/ZCwCE2QsAkNkLANrZCwDi2QsAqHgSADLaCwCG2gsAnNoLANzaCwDo2gsAMtsLADnbCwCI2wsAkNsLAP54EgDj2wsANNwLADvcCwCK3AsAk9wLAODcCwDx3AsANt0LAELdCwCM3QsAlN0LAFR5EgDk3QsAON4LAEfeCwCO3gsArt4LAOTeCwDm3gsAOt8LAFHfCwCQ3wsAnN8LAObfCwDu3wsAAHoSAEHgCwCS4AsAlOALAOjgCwDv4AsAPuELAEbhCwCU4QsAneELAOrhCwDw4QsAQOILAFHiCwCW4gsAnuILAKx6EgD44gsAQuMLAEXjCwCY4wsAneMLAO7jCwD/4wsAROQLAF/kCwCa5AsApuQLAPDkCwD45AsAAnsSAFzlCwCc5QsAneULAPLlCwD35QsASOYLAE7mCwCe5gsAqOYLAPTmCwD85gsASucLAFznCwBYexIArecLAPbnCwAA6AsATOgLAFLoCwCi6AsAtugLAPjoCwAA6QsATukLAF7pCwCk6QsAqekLAPrpCwAA6gsAUOoLAFjqCwCm6gsAp+oLAPzqCwD+6gsAUusLAGHrCwCo6wsAyOsLAP7rCwAA7AsAVOwLAGvsCwCq7AsAtuwLAADtCwAI7QsArnsSAF7tCwCs7QsAxe0LAALuCwAL7gsAWO4LAGLuCwCu7gsAtu4LAATvCwAU7wsAWu8LAF/vCwCw7wsAue8LAAbwCwAT8AsAXPALAGPwCwCy8AsAuvALAFp8EgAS8QsAXvELAGbxCwC08QsAwvELAAryCwAX8gsAYPILAGjyCwC28gsAuPILAAzzCwAU8wsAYvMLAGPzCwC48wsAuvMLAA70CwAd9AsAZPQLAIT0CwC69AsAvPQLABD1CwAn9QsAZvULAHL1CwC89QsA1vULABL2CwA+9gsAaPYLAGv2CwC+9gsAw/YLABT3CwAh9wsAsHwSAGz3CwDA9wsAyvcLABb4CwAl+AsAbPgLAHf4CwDC+AsA0PgLABj5CwAl+QsAbvkLAIX5CwDE+QsAzPkLABr6CwAb+gsAcPoLAHL6CwDG+gsA1foLABz7CwA8+wsAcvsLAHT7CwDI+wsA3/sLAB78CwAq/AsAdPwLAHz8CwAGfRIAz/wLACD9CwAm/QsAdv0LAH79CwDM/QsA6/0LACL+CwAv/gsAeP4LAHn+CwDO/gsA5P4LACT/CwBA/wsAXH0SAH//CwDQ/wsA2v8LACYADAAuAAwAfAAMAH0ADADSAAwAfgAMAOQJDADYAAwAKAEMADQBDAB+AQwAjgEMANQBDADiAQwAKgIMAD0CDACAAgwAjAIMANYCDADdAgwALAMMADQDDACCAwwAhgMMANgDDADmAwwALgQMADgEDACEBAwAjwQMANoEDADiBAwAMAUMAGgFDACGBQwAjgUMANwFDADhBQwAMgYMADgGDACIBgwAkAYMAN4GDAD4BgwANAcMAGwHDACKBwwAkgcMAOAHDADlBwwANggMADwIDACMCAwAlAgMAOIIDAD8CAwAOAkMAFIJDACOCQwAxgkMALJ9EgDsCQwAOgoMAEEKDACQCgwAnAoMAOYKDADnCgwAPAsMAEgLDACSCwwAnwsMAOgLDADvCwwAPgwMAEoMDACUDAwAoQwMAOoMDAD5DAwAQA0MAFQNDAAIfhIAmA0MAOwNDACiDQwADvoOAO8NDADmZA4A+Q0MABz9DAD7DQwAQg4MAGIODACYDgwAmg4MAO4ODAAFDwwARA8MAFAPDACaDwwAog8MAF5+EgDyDwwARhAMAFMQDACcEAwApRAMAPIQDAD0EAwASBEMAFkRDACeEQwArxEMAPQRDAAIEgwAtH4SAGoSDACgEgwAohIMAPYSDAANEwwATBMMAFgTDACiEwwAqhMMAAp/EgD6EwwAThQMAFEUDACkFAwArBQMAPoUDAAHFQwAUBUMAFUVDACmFQwAsBUMAPwVDAAEFgwAUhYMAGsWDACoFgwAtBYMAP4WDAAKFwwAVBcMAGEXDACqFwwAshcMAAAYDAAQGAwAVhgMAFsYDACsGAwAtRgMAAIZDAAPGQwAWBkMAF8ZDACuGQwAthkMAGB/EgARGgwAWhoMAF0aDACwGgwAuhoMAAYbDAAIGwwAXBsMAG0bDACyGwwAwxsMAAgcDAAUHAwAXhwMAGUcDAC0HAwAzhwMAAodDAASHQwAYB0MAGEdDAAeJwwAah0MALYdDAC8HQwADB4MACAeDABiHgwAah4MALgeDADCHgwADh8MABMfDABkHwwAbB8MALofDADIHwwAECAMAB0gDABmIAwAaSAMALwgDADGIAwAEiEMABQhDABoIQwAeSEMAL4hDADPIQwAFCIMABwiDAC2fxIAdCIMAMAiDADcIgwAFiMMAB4jDAAMgBIAbSMMAMIjDADYIwwAGCQMACAkDABuJAwAfCQMAMQkDADRJAwAGiUMAB0lDABwJQwAeiUMAMYlDADIJQwAHCYMAC0mDAByJgwAgyYMAMgmDADQJgwAYoASAC8nDAB0JwwAgCcMAMonDADMJwwAICgMACMoDAB2KAwAgigMAMwoDADUKAwAuIASACspDAB4KQwAhSkMAM4pDADWKQwAJCoMADYqDAB6KgwAhyoMANAqDADRKgwAJisMADwrDAB8KwwAhCsMANIrDADgKwwAKCwMADUsDAB+LAwAgSwMANQsDADeLAwAKi0MACwtDACALQwAkS0MANYtDADnLQwALC4MADQuDAAOgRIAjy4MANguDADiLgwALi8MAOUuDAAEHg4APC8MAIQvDACaLwwA2i8MAOYvDAAwMAwAPDAMAIYwDACMMAwA3DAMAOIwDAAyMQwANzEMAIgxDACOMQwAZIESAOMxDAA0MgwANjIMAIoyDACRMgwA4DIMAOgyDAA2MwwAOTMMAIwzDACVMwwA4jMMAPEzDAA4NAwAQzQMAI40DACWNAwA5DQMAPQ0DAA6NQwASDUMAJA1DAChNQwA5jUMAPI1DAA8NgwARDYMAGaCEgCwNgwA6DYMAPA2DAC8ghIASjcMAJQ3DACqNwwA6jcMAPI3DABAOAwAXzgMABKDEgCZOAwAcnwMAKM4DADsOAwA7zgMANTgEAD0OAwAQjkMAPY4DACQ5Q4ARDkMAJg5DABMOQwABkYMAFM5DAD4PgwApTkMAO45DAACOgwARDoMAEw6DACaOgwAnzoMAPA6DAAAOwwARjsMAE47DACcOwwApjsMAPI7DAD9OwwASDwMAFQ8DACePAwApjwMAGiDEgD5PAwASj0MAFM9DACgPQwApj0MAPY9DAAFPgwATD4MAFg+DACiPgwApT4MAL6DEgD9PgwATj8MAF0/DACkPwwApj8MAPo/DAALQAwAUEAMAGFADACmQAwAukAMAPxADAAEQQwAUkEMAGBBDACoQQwAtUEMAP5BDAABQgwAVEIMAF5CDACqQgwArEIMAABDDAARQwwAVkMMAGdDDACsQwwAuEMMAAJEDAAJRAwAWEQMAGBEDACuRAwAxUQMAARFDAAQRQwAWkUMAHBFDACwRQwAs0UMABSEEgARRgwAXEYMAGhGDACyRgwAukYMAGqEEgAURwwAXkcMAHRHDAC0RwwAt0cMAApIDAASSAwAYEgMAGJIDAC2SAwA0UgMAAxJDAAOSQwAYkkMAHBJDAC4SQwAyUkMAA5KDAAQSgwAZEoMAH1KDAC6SgwAy0oMABBLDAAcSwwAwIQSAGxLDAC8SwwAyksMABJMDAAtTAwAaEwMAHRMDAC+TAwAxEwMABRNDAAcTQwAak0MAHpNDADATQwAxU0MABZODAAfTgwAbE4MAHlODADCTgwAyU4MABhPDAAgTwwAFoUSAHNPDADETwwAyk8MABpQDAAiUAwAcFAMAJxQDADGUAwAzVAMABxRDAA1UQwAclEMAIFRDADIUQwA5FEMAGyFEgAqUgwAdFIMAH5SDADKUgwA0lIMACBTDAAnUwwAdlMMAHxTDADMUwwA2lMMACJUDAA9VAwAeFQMAIRUDADOVAwA1FQMACRVDAAsVQwAelUMAIhVDADQVQwA3VUMACZWDAApVgwAfFYMAIZWDADSVgwA1FYMAChXDAA1VwwAflcMAI1XDADUVwwA4FcMACpYDAAyWAwAwoUSAIVYDADWWAwA3FgMACxZDAA0WQwAglkMAK5ZDADYWQwA31kMAC5aDABHWgwAhFoMAJNaDADaWgwA41oMADBbDAA2WwwAhlsMAJdbDADcWwwABFwMADJcDABeXAwAiFwMAI9cDADeXAwA91wMADRdDABDXQwAil0MAKZdDAAYhhIA5V0MADZeDABAXgwAjF4MAJxeDADiXgwA514MADhfDABBXwwAjl8MAJtfDADkXwwA618MADpgDABGYAwAkGAMAKNgDADmYAwA9WAMADxhDABIYQwAkmEMAJNhDADoYQwA8mEMAD5iDABMYgwAlGIMAJliDADqYgwA92IMAG6GEgBRYwwAlmMMAJhjDADsYwwA72MMAEJkDABFZAwAmGQMAJ9kDADuZAwA+mQMAERlDABUZQwAmmUMAKplDADwZQwA9WUMAEZmDABPZgwAnGYMAKlmDADyZgwA+WYMAEhnDABUZwwAnmcMAKRnDAD0ZwwA+mcMAEpoDABPaAwAoGgMAKZoDABwhxIAAGkMAExpDABaaQwAomkMALJpDAD4aQwA+mkMAE5qDABdagwApGoMAK5qDAD6agwAAmsMAHKIEgBWawwApmsMALJrDADIiBIAAWwMAFJsDABabAwAqGwMALhsDAD+bAwADG0MAFRtDABhbQwAqm0MALFtDAAAbgwACG4MAHSJEgBnbgwArG4MALNuDAACbwwACm8MAFhvDABlbwwArm8MALNvDAAEcAwADnAMAFpwDABicAwAsHAMAMlwDAAGcQwAEnEMAFxxDABkcQwAyokSAL5xDAAIcgwAC3IMAF5yDABjcgwAtHIMAMVyDAAKcwwAJXMMAGBzDABscwwAtnMMAL1zDAAMdAwAKHQMAGJ0DABqdAwAIIoSAL10DAAOdQwAGHUMAGR1DABsdQwAunUMALx1DAAM9w0AynUMABB2DAAVdgwAZnYMAG92DAC8dgwAyXYMABJ3DAAZdwwAdooSAHF3DAC+dwwAy3cMABR4DAAjeAwAangMAHR4DADAeAwAzngMABZ5DAAbeQwAbHkMAHl5DADCeQwAynkMAMyKEgAkegwAbnoMAHt6DADEegwAx3oMABp7DAAoewwAcHsMAHV7DADGewwA03sMABx8DAAkfAwAIosSAHp8DADIfAwAznwMAB59DADPfAwAQA8NACp9DAB0fQwAkX0MAMp9DADTfQwAIH4MAC5+DAB2fgwAfH4MAMx+DADYfgwAIn8MACl/DAB4ixIAeX8MAP7tDACEfwwAzn8MAIh/DACi6gwA4X8MACSADAAugAwAeoAMAIaADADQgAwA3YAMACaBDAApgQwAfIEMAIqBDADSgQwA14EMACiCDAA1ggwAfoIMAIaCDADOixIA2oIMACqDDAA4gwwAgIMMAJuDDADWgwwA4oMMACyEDAAyhAwAeowSAKWEDADQjBIA3YQMAC6FDAA7hQwAhIUMAJGFDADahQwA5oUMADCGDAA/hgwAhoYMAJCGDADchgwA6oYMADKHDAA3hwwAiIcMAJWHDADehwwA+ocMADSIDAA8iAwAJo0SAI+IDADgiAwA5ogMADaJDAA+iQwAjIkMAI2JDADiiQwA6YkMADiKDAA9igwAjooMAJaKDADkigwA8ooMADqLDAA9iwwAkIsMAJiLDADmiwwA84sMADyMDABBjAwAkowMAJyMDADojAwA8IwMAD6NDABPjQwAlI0MAJmNDADqjQwA7I0MAECODABHjgwAlo4MAKKODADsjgwA844MAHyNEgBOjwwAmI8MALWPDADujwwA948MAESQDABSkAwAmpAMAKCQDADwkAwA/JAMAEaRDABNkQwAnJEMAKSRDADykQwACJIMAEiSDABNkgwAnpIMAKWSDAD0kgwA/ZIMAEqTDABbkwwAoJMMAKyTDAD2kwwA/pMMACiOEgBSlAwAopQMAKeUDAD4lAwAE5UMAE6VDABclQwApJUMAKuVDAD6lQwABpYMAFCWDABTlgwAppYMAK6WDAD8lgwA/ZYMAFKXDABUlwwAqJcMALeXDAD+lwwAHpgMAFSYDABWmAwAqpgMAMGYDAAAmQwADJkMAFaZDABemQwAfo4SALGZDAACmgwACpoMAFiaDABomgwArpoMALyaDAAEmwwAFZsMAFqbDABmmwwAsJsMALObDAAGnAwADpwMAFycDABqnAwAspwMAL+cDAAInQwAEJ0MAF6dDACWnQwA1I4SALWdDAAKngwAFp4MAGCeDABvngwAtp4MAL6eDAAqjxIADp8MAGKfDABwnwwAuJ8MAMmfDACAjxIAFaAMANaPEgBsoAwAgpASALugDADyvAwAvaAMACKqDAC+oAwAaKIMAMCgDAB8rAwAwaAMAMamDADDoAwA9r4MAMagDAAQoQwAx6AMAMKkDADJoAwA3LEMABahDABmoQwAbKEMALyhDADBoQwAEqIMABiiDADYkBIAaqIMAL6iDADEogwAFKMMACGjDADakRIAd6MMAMCjDADXowwAFqQMADKkDABspAwAdKQMADCSEgDHpAwAGKUMACKlDABupQwAfKUMAMSlDADTpQwAGqYMACamDACGkhIAeKYMANySEgDSpgwAHKcMAB2nDABypwwAeKcMAMinDADUpwwAHqgMAC2oDAB0qAwAdqgMAMqoDADUqAwAIKkMACypDAB2qQwAfakMADKTEgDUqQwAiJMSACyqDAB4qgwAfqoMAM6qDADcqgwAJKsMADOrDAB6qwwAhKsMANCrDADsqwwAJqwMAC6sDADekxIAiKwMANKsDADhrAwAKK0MAC2tDAB+rQwAma0MANStDADgrQwAKq4MADCuDACArgwAgq4MANauDADvrgwALK8MAD2vDACCrwwAjq8MANivDADwrwwALrAMADqwDACEsAwAirAMANqwDADgsAwAMLEMADWxDACGsQwAjLEMADSUEgDhsQwAMrIMADiyDACIsgwASLIMADy3DACUsgwA3rIMAPayDAA0swwAOLMMAOK0DABAswwAirMMAJCzDADgswwA5rMMADa0DAA7tAwAjLQMAJK0DAA2lRIA5LQMADi1DAA+tQwAjrUMAJu1DAA4lhIA8bUMADq2DABRtgwAkLYMAKy2DADmtgwA7rYMAI6WEgA9twwAkrcMAKC3DADotwwA+bcMAD64DABKuAwAlLgMAKy4DADquAwA7rgMAJi6DAD2uAwAQLkMAEa5DACWuQwAnLkMAOy5DADxuQwAQroMAEi6DADklhIAmroMAO66DAD0ugwARLsMAFG7DADmlxIAp7sMAPC7DAAHvAwARrwMAGK8DACcvAwApLwMADyYEgD0vAwASL0MAE69DACevQwAob0MAPS9DAAAvgwASr4MAGa+DACgvgwAqL4MAJKYEgD5vgwATL8MAFi/DACivwwAqL8MAPi/DAAQwAwATsAMAFLADAD8wQwAVcAMAFrGDABawAwApMAMAFvADABWxAwAqsAMAPrADAAAwQwAUMEMAFXBDACmwQwArMEMAOiYEgD+wQwAUsIMAFjCDACowgwAtcIMAOqZEgALwwwAVMMMAGvDDACqwwwAxsMMAADEDAAIxAwAQJoSAFvEDACsxAwAtsQMAALFDAAQxQwAWMUMAGfFDACuxQwAusUMAJaaEgAMxgwA7JoSAGbGDACwxgwAscYMAAbHDAAMxwwAXMcMAGjHDACyxwwAwccMAAjIDAAKyAwAXsgMAGjIDAC0yAwAwMgMAArJDAARyQwAQpsSAGjJDACYmxIAwMkMAAzKDAAYygwAYsoMAHjKDAC4ygwAxMoMAA7LDAAhywwAZMsMAHLLDAC6ywwAxMsMAO6bEgAYzAwARJwSAHzMDAC8zAwAyMwMABLNDAAfzQwAaM0MAHLNDAC+zQwAwM0MABTODAAezgwAas4MAHjODADAzgwAxc4MABbPDAAjzwwAbM8MAHTPDADCzwwA0s8MABjQDAAa0AwAbtAMAHfQDADE0AwA1dAMABrRDAAk0QwAmpwSAHzRDADG0QwA3dEMABzSDAA30gwA8JwSAIvSDADI0gwAztIMAB7TDAAo0wwARp0SAHbTDADK0wwA29MMACDUDAAo1AwAdtQMADzUDADG/AwAgtQMAMzUDADS1AwAItUMACjVDAB41QwAfdUMAM7VDADU1QwAnJ0SAEDWDAB61gwAgtYMAJ6eEgDe1gwAJtcMADfXDAB81wwAjdcMANLXDADe1wwAKNgMAC/YDAD0nhIAj9gMANTYDADl2AwAKtkMADbZDACA2QwAh9kMAEqfEgDY2QwALNoMAC3aDACC2gwAitoMANjaDADd2gwALtsMADfbDACE2wwAjtsMANrbDADi2wwAMNwMADXcDACG3AwAltwMANzcDADk3AwAMt0MAEjdDACI3QwAlN0MAN7dDAD03QwANN4MADneDACK3gwAkN4MAODeDAD03gwAoJ8SAEzfDACM3wwAmt8MAOLfDADv3wwAOOAMADrgDACO4AwAmOAMAOTgDADw4AwAOuEMAEHhDACQ4QwAmOEMAObhDAD/4QwAPOIMAFDiDACS4gwAmuIMAOjiDADq4gwAPuMMAEvjDACU4wwAmeMMAOrjDAD04wwAQOQMAEvkDACW5AwAouQMAOzkDADy5AwAQuUMAErlDACY5QwAmeUMAO7lDAD05QwAROYMAEnmDACa5gwAqeYMAPDmDAD85gwARucMAEnnDACc5wwAn+cMAPafEgD35wwASOgMAGToDABMoBIAvugMAPToDAD86AwAoqASAFDpDACg6QwArOkMAPigEgD86QwATOoMAFjqDABSoxIApOoMAPjqDAAC6wwATusMAFDrDACk6wwAtesMAPrrDAAC7AwAUOwMAFzsDACm7AwArOwMAPzsDAAC7QwAUu0MAFftDACo7QwAru0MAKijEgAA7gwAVO4MAFruDACq7gwAre4MAADvDAAM7wwAVu8MAF7vDACqpBIAsu8MAALwDAAI8AwAWPAMAF3wDACu8AwAtPAMAAClEgAG8QwAWvEMAGPxDACw8QwAx/EMAAbyDAAR8gwAXPIMAGbyDACy8gwAuvIMAAKmEgAV8wwAXvMMAGbzDAC08wwAvvMMAAr0DAAV9AwAYPQMAGb0DAC29AwAwvQMAAz1DAAO9QwAYvUMAGn1DAC49QwAwPUMAA72DAAg9gwAWKYSAKP2DAC69gwAwvYMABD3DAAz9wwAWqcSAGj3DAC89wwAyfcMABL4DAAZ+AwAaPgMAHn4DAC++AwAyvgMABT5DAAb+QwAavkMAGv5DABWGg0AcvkMALCnEgDT+QwAFvoMACX6DABs+gwAePoMAML6DADD+gwAGPsMACL7DABu+wwAfPsMAMT7DADJ+wwAGvwMACf8DAAGqBIAePwMAFyoEgDO/AwAsqgSACr9DABy/QwAgf0MAMj9DADo/QwAHv4MACr+DAB0/gwAe/4MAMr+DADS/gwAIP8MACL/DAB2/wwAgP8MALSpEgDW/wwAIgANACoADQAKqhIAggANAM4ADQDWAA0AYKoSAGQBDQB6AQ0AggENANABDQDuAQ0AtqoSACsCDQCe6g0ANAINAHwCDQCDAg0A4OIOAIwCDQDSAg0A4gINACgDDQA0Aw0AfgMNAIQDDQDUAw0A8AMNACoEDQAyBA0ADKsSAJQEDQDWBA0A4AQNACwFDQA4BQ0AggUNAIoFDQBiqxIA4wUNAC4GDQAwBg0AhAYNAIoGDQDaBg0A4gYNALirEgAyBw0AhgcNAIkHDQDcBw0A5AcNADIIDQBCCA0AiAgNAIoIDQDeCA0A7AgNADQJDQBFCQ0ADqwSAJEJDQBkrBIA5gkNADYKDQA7Cg0AjAoNAJIKDQC6rBIA7AoNADgLDQA6Cw0AjgsNAKELDQDkCw0A7AsNADoMDQBGDA0AkAwNAJYMDQDmDA0A7AwNADwNDQBBDQ0Akg0NAJgNDQC8rRIA8Q0NAD4ODQBLDg0AlA4NAJsODQDqDg0A8g4NABKuEgBMDw0Alg8NAKAPDQDsDw0A+A8NAEIQDQBREA0AmBANAKIQDQDuEA0A+hANAEQRDQBLEQ0AaK4SAJ0RDQCQvA8AoBENAPARDQCpEQ0AbNMOAKsRDQAE8w0A/BENAEYSDQBOEg0Avq4SAKgSDQDyEg0A/BINAEgTDQBUEw0AnhMNAK0TDQD0Ew0A/hMNAEoUDQBWFA0AoBQNAKcUDQAUrxIABBUNAEwVDQAWFQ0AosMOAGMVDQCiFQ0ArxUNAPgVDQD6FQ0AThYNAF8WDQCkFg0AwBYNAPoWDQACFw0Aaq8SAGkXDQCmFw0AuhcNAPwXDQAEGA0AUhgNAFUYDQCoGA0AthgNAP4YDQAVGQ0AVBkNAGEZDQCqGQ0ArBkNAAAaDQARGg0AwK8SAFwaDQCsGg0AsRoNAAIbDQAYGw0AWBsNAGYbDQCuGw0AsRsNAAQcDQAQHA0AWhwNAGAcDQCwHA0AvBwNAAYdDQAyHQ0AXB0NAGgdDQCyHQ0AwR0NAAgeDQASHg0AXh4NAGweDQC0Hg0AuR4NAAofDQAXHw0AFrASAGIfDQC2Hw0AxB8NAAwgDQAZIA0AYiANAHQgDQBssBIAxyANAA4hDQAaIQ0AZCENAH0hDQC6IQ0AvCENABAiDQAfIg0AZiINAIYiDQC8Ig0AxCINABIjDQA1Iw0AwrASAG0jDQC+Iw0AwSMNABQkDQAeJA0AaiQNAHIkDQDAJA0AxiQNABYlDQAiJQ0AbCUNAHslDQDCJQ0AziUNABgmDQAlJg0AbiYNAHgmDQDEJg0AzCYNABonDQApJw0AcCcNAHInDQDGJw0A1ycNABwoDQAtKA0AcigNAHooDQDIKA0A2SgNAB4pDQAgKQ0AdCkNAHcpDQDKKQ0A1CkNACAqDQBEKg0AdioNAJIqDQAYsRIA0ioNACIrDQAnKw0AeCsNAIcrDQDOKw0A2isNACQsDQAnLA0AeiwNAH0sDQDQLA0A2CwNACYtDQA1LQ0AfC0NAIEtDQDSLQ0A6C0NACguDQApLg0Afi4NAI8uDQDULg0A4C4NACovDQA0Lw0AgC8NAIwvDQDWLw0A3S8NAG6xEgAwMA0AgjANAJAwDQDYMA0A4jANAC4xDQA5MQ0AhDENAIwxDQDaMQ0A5jENADAyDQBDMg0AhjINAJQyDQDcMg0A5jINADIzDQA6Mw0AiDMNAJczDQDeMw0A4zMNADQ0DQA7NA0AijQNAJY0DQDEsRIA7DQNADY1DQA5NQ0AjDUNAI81DQDiNQ0A/DUNADg2DQBENg0AjjYNAKE2DQDkNg0A8jYNADo3DQBENw0AkDcNALM3DQAashIA8DcNADw4DQBIOA0AkjgNAJk4DQDoOA0A8DgNAD45DQBCOQ0AlDkNAKI5DQDqOQ0A9DkNAEA6DQBLOg0AljoNAJ46DQDsOg0A+zoNAEI7DQBHOw0AmDsNAJ87DQDuOw0A+jsNAEQ8DQBMPA0AcLISALA8DQBKmQ8AszwNAPA8DQD6PA0ARj0NAFI9DQCcPQ0Anz0NAPI9DQD8PQ0ASD4NAEs+DQCePg0Arj4NAPQ+DQD2Pg0ASj8NAFg/DQCgPw0AsT8NAMayEgD9Pw0AHLMSAGVADQCiQA0ArEANAPhADQAEQQ0ATkENAFFBDQCkQQ0ArkENAHKzEgD/QQ0AUEINAHBCDQCmQg0ArkINAMizEgAKQw0AUkMNAGhDDQCoQw0AtEMNAP5DDQAFRA0AVEQNAFxEDQCqRA0Ar0QNAABFDQAJRQ0AVkUNAGBFDQCsRQ0AtEUNAAJGDQAQRg0AWEYNAGVGDQCuRg0AtkYNAB60EgAURw0AWkcNAGJHDQB0tBIAt0cNAAZIDQASSA0AXEgNAGNIDQCySA0AukgNAAhJDQASSQ0AXkkNAGxJDQC0SQ0AykkNAApKDQAWSg0AYEoNAGVKDQC2Sg0Av0oNAAxLDQAWSw0AYksNAGpLDQC4Sw0AvUsNAA5MDQAeTA0AZEwNAGxMDQDKtBIAxEwNABBNDQATTQ0AFlIOABhNDQAgtRIAdE0NALxNDQDSTQ0AEk4NAB5ODQBoTg0Ab04NAL5ODQDGTg0AFE8NABlPDQBqTw0Ac08NAMBPDQDKTw0AFlANAB5QDQBsUA0AblANAC5cDQB6UA0AwlANAM9QDQAYUQ0AIFENAHa1EgB6UQ0AxFENAMdRDQAaUg0AJFINAMy1EgB+Ug0AxlINANxSDQAcUw0AKFMNAHJTDQB5Uw0AyFMNANBTDQAeVA0AI1QNAHRUDQB9VA0AylQNANRUDQAgVQ0AKFUNAHZVDQB4VQ0AzFUNANxVDQAiVg0ALFYNAHhWDQCEVg0AzlYNANRWDQB4thIAMlcNAHpXDQCQVw0A0FcNANxXDQAmWA0AK1gNAHxYDQCFWA0A0lgNANxYDQAoWQ0AMFkNAH5ZDQCgWQ0AzrYSAONZDQAqWg0ANloNAIBaDQCBWg0A1loNAOBaDQAsWw0AOlsNAIJbDQCHWw0A2FsNAOVbDQAktxIAPlwNAIRcDQCOXA0A2lwNAOZcDQAwXQ0ANl0NAIZdDQCOXQ0AJrgSAOFdDQAyXg0AOl4NAIheDQCUXg0AnGgNAKFeDQDeXg0A6l4NADRfDQA8Xw0AfLgSAJdfDQDgXw0A6F8NADZgDQBEYA0AjGANAJlgDQDiYA0A5WANADhhDQBCYQ0AjmENAJBhDQDkYQ0A8WENADpiDQBJYg0AkGINAJxiDQDmYg0A7mINANK4EgBMYw0AkmMNAJpjDQDoYw0A9GMNAD5kDQBEZA0AlGQNAJpkDQDqZA0A72QNAEBlDQBGZQ0AKLkSAKNlDQDsZQ0A8WUNAEJmDQBMZg0AmGYNAKBmDQDuZg0A+mYNAERnDQBXZw0AmmcNAKhnDQDwZw0A82cNAEZoDQBQaA0AfrkSAK9oDQDyaA0AAGkNAEhpDQBLaQ0AnmkNAKhpDQDUuRIA+WkNAEpqDQACag0AMokNAFJqDQCgag0ArGoNAPZqDQD8ag0ATGsNAAlrDQDYhg0AUmsNAKJrDQCnaw0A+GsNAP5rDQAquhIAVGwNAKRsDQCpbA0A+mwNAABtDQCAuhIAXm0NAKZtDQDBbQ0A/G0NAAhuDQBSbg0AWW4NANa6EgCxbg0A/m4NAAtvDQBUbw0AYG8NAKpvDQC9bw0AAHANAAFwDQBWcA0AYnANAKxwDQC7cA0AAnENAAxxDQBYcQ0AZHENAK5xDQC1cQ0ALLsSAApyDQBacg0AYHINALByDQC1cg0ABnMNAAxzDQDYuxIAZXMNALJzDQC/cw0ACHQNAAx0DQBedA0AYHQNALR0DQDBdA0ACnUNABR1DQAuvBIAZ3UNALZ1DQC+dQ0ADHYNABh2DQBidg0AdXYNALh2DQDHdg0ADncNABp3DQBkdw0AZXcNALp3DQDEdw0AEHgNAB54DQBmeA0Aa3gNALx4DQDJeA0AhLwSAB55DQBoeQ0AbnkNAL55DQDEeQ0AFHoNABl6DQBqeg0AcHoNANq8EgDFeg0AFnsNACB7DQCGvRIAdHsNAMJ7DQDPew0AGHwNAB18DQBufA0AeHwNAMR8DQDMfA0AGn0NACZ9DQBwfQ0Ag30NAMZ9DQDHfQ0AHH4NACh+DQByfg0AgX4NAMh+DQDSfg0AHn8NACZ/DQB0fw0Adn8NANy9EgDTfw0AIIANAC+ADQB2gA0AhYANAMyADQDYgA0AIoENACWBDQB4gQ0Ae4ENADK+EgDQgQ0AJIINACeCDQB6gg0AgoINANCCDQDdgg0AJoMNACuDDQB8gw0AhoMNANKDDQDagw0AKIQNADSEDQB+hA0AkYQNANSEDQDVhA0AKoUNADaFDQCAhQ0Aj4UNANaFDQDghQ0ALIYNADiGDQCChg0AiYYNAIi+EgDnhg0ALocNADqHDQCEhw0AhYcNANqHDQDkhw0AMIgNAD6IDQCGiA0Ai4gNANyIDQDpiA0A3r4SAEOJDQA0vxIAlYkNAN6JDQDsiQ0ANIoNAEWKDQCKig0ArIoNAIq/EgDlig0ANosNAOaKDQBOwg0APosNAIyLDQCNiw0A6o8NAI+LDQDskA0AkYsNAOiODQCSiw0ARJINAJOLDQDmjQ0Am4sNAOKLDQCliw0ASpUNAOeLDQA4jA0ARYwNAI6MDQCbjA0A5IwNAPCMDQA6jQ0ASY0NAJCNDQCajQ0A4L8SAPSNDQA8jg0APo4NAJKODQCjjg0ANsASAOmODQA+jw0ASo8NAJSPDQChjw0AjMASAPiPDQBAkA0ATZANAJaQDQCtkA0A4sASAPWQDQCckw0A9pANAEKRDQBEkQ0AmJENAJ6RDQDukQ0A+JENADjBEgBQkg0AmpINAJySDQDwkg0A/5INAEaTDQBRkw0AjsESAKuTDQDykw0AAZQNAEiUDQBUlA0AnpQNAKqUDQD0lA0A+5QNAOTBEgBWlQ0AoJUNAKiVDQA6whIAD5YNAEyWDQBdlg0AopYNAK6WDQCQwhIA/5YNAE6XDQBWlw0ApJcNAKWXDQD6lw0AAJgNAFCYDQBVmA0AppgNAKeYDQD8mA0ACJkNAFKZDQBYmQ0AqJkNALKZDQD+mQ0ADJoNAF6fDQASmg0AVJoNAFyaDQDmwhIAupoNAACbDQAImw0AVpsNAF+bDQCsmw0AY5sNAFyeDQC5mw0AApwNAAmcDQBYnA0AZJwNAK6cDQC+nA0ABJ0NABKdDQBanQ0AZ50NALCdDQC8nQ0ABp4NAA2eDQA8wxIAZZ4NALKeDQDDng0ACJ8NABmfDQCSwxIAap8NALSfDQC3nw0ACqANABKgDQBgoA0AZaANALagDQDGoA0ADKENABShDQBioQ0Aa6ENALihDQBvoQ0AaKQNAMWhDQAOog0AFaINAGSiDQBwog0AuqINAMqiDQAQow0AHqMNAGajDQBzow0AvKMNAMijDQASpA0AGaQNAOjDEgBxpA0AvqQNAM+kDQAUpQ0AJaUNAD7EEgBvpQ0AwKUNAM2lDQAWpg0AIqYNAGymDQB2pg0AwqYNANamDQAYpw0AGacNAG6nDQB6pw0AxKcNAOOnDQAaqA0AIqgNAHCoDQB1qA0AxqgNAN+oDQAcqQ0ASKkNAHKpDQB+qQ0AyKkNANepDQAeqg0AKKoNAHSqDQB8qg0AyqoNANWqDQAgqw0AIqsNAHarDQB5qw0AzKsNANSrDQAirA0AL6wNAHisDQB9rA0AzqwNANasDQAkrQ0AJq0NAHqtDQCErQ0A0K0NANqtDQAmrg0ALK4NAHyuDQCKrg0A0q4NAOuuDQAorw0AMa8NAH6vDQCIrw0A1K8NAOCvDQCUxBIANrANAICwDQCKsA0A1rANAOGwDQAssQ0AMbENAIKxDQCJsQ0A2LENAOCxDQAusg0AW7INAOrEEgCLsg0A2rINAOKyDQAwsw0AXbMNAIazDQCLsw0A3LMNAN2zDQAytA0APLQNAIi0DQCWtA0A3rQNAOO0DQA0tQ0AQbUNAIq1DQCmtQ0A4LUNAPy1DQBAxRIAQ7YNAIy2DQCQtg0A4rYNAOi2DQA4tw0AOrcNAI63DQCPtw0A5LcNAAe4DQA6uA0AXrgNAJC4DQC9uA0A5rgNAO64DQA8uQ0AQbkNAJK5DQCfuQ0A6LkNAPC5DQA+ug0AQLoNAJS6DQCcug0A6roNABe7DQBAuw0ATbsNAJa7DQCbuw0A7LsNAPm7DQBCvA0ATrwNAJi8DQDFvA0A7rwNAPa8DQBEvQ0AX70NAJq9DQCcvQ0A8L0NAAG+DQBGvg0AT74NAJy+DQCovg0AlsUSAP++DQBIvw0AY78NAJ6/DQCjvw0A9L8NABTADQBKwA0AVsANAKDADQCowA0A7MUSAATBDQBMwQ0AVsENAKLBDQCtwQ0A+MENAADCDQCYxhIAV8INAKTCDQCuwg0A+sINAAXDDQBQww0AZMMNAKbDDQC7ww0A/MMNAATEDQBSxA0AacQNAKjEDQCtxA0A/sQNAAjFDQBUxQ0AXMUNAO7GEgCsxQ0AAMYNABHGDQBWxg0AWcYNAKzGDQC4xg0ARMcSABDHDQBYxw0AaccNAJrHEgCxxw0ABMgNAAfIDQBayA0AZsgNALDIDQC2yA0ABskNABDJDQDwxxIAackNALLJDQDJyQ0ACMoNABDKDQBGyBIAZMoNALTKDQC6yg0ACssNACLLDQBgyw0AYssNALbLDQC5yw0ADMwNAA/MDQBizA0AbswNALjMDQC+zA0ADs0NABjNDQDyyBIAac0NALrNDQDHzQ0ASMkSACDODQBmzg0Acs4NALzODQDCzg0AEs8NAB7PDQBozw0AIM8NAICLEAB1zw0Avs8NAM3PDQAU0A0AINANAGrQDQBy0A0AnskSAMjQDQAW0Q0AGNENAGzRDQB70Q0AwtENAMzRDQAY0g0AIdINAG7SDQBw0g0AxNINANXSDQAa0w0AL9MNAHDTDQB40w0AxtMNAAfUDQAc1A0AJNQNAHLUDQB+1A0AyNQNANvUDQAe1Q0AH9UNAHTVDQCA1Q0AytUNANnVDQAg1g0AKtYNAHbWDQCC1g0AzNYNANPWDQBKyhIAPtcNAKDKEgB71w0AztcNANbXDQAk2A0AMdgNAHrYDQB/2A0A0NgNANrYDQAm2Q0ALtkNAHzZDQCG2Q0A2t0NAIzZDQDe3w0AqdkNANLZDQDc2Q0AKNoNAOLZDQDW2w0ALtoNAH7aDQCH2g0A1NoNAODaDQAq2w0AV9sNAIDbDQCc2w0ATMsSANjbDQAs3A0APdwNAILcDQCF3A0A2NwNAOTcDQAu3Q0AW90NAITdDQCg3Q0AossSAODdDQAw3g0AOd4NAIbeDQCQ3g0A3N4NAOfeDQAy3w0ARt8NAIjfDQCk3w0A+MsSAODfDQA04A0AReANAIrgDQCN4A0A4OANAPTgDQA24Q0AUuENAE7MEgCU4Q0ApMwSAOrhDQD6zBIAROINAI7iDQCU4g0A5OINAOriDQA64w0AP+MNAJDjDQCW4w0AUM0SAPDjDQA85A0AROQNAPzNEgCY5A0A6OQNAPDkDQA+5Q0AS+UNAJTlDQCg5Q0A6uUNAOzlDQBA5g0ARuYNAJbmDQCe5g0AUs4SAPnmDQBC5w0ASecNAJjnDQCg5w0A7ucNAPPnDQBE6A0AVOgNAJroDQCi6A0A8OgNAP7oDQBG6Q0AU+kNAJzpDQCd6Q0A8ukNAPvpDQBI6g0AUuoNAKjOEgCq6g0A9OoNAPfqDQBK6w0AUusNAKDrDQCt6w0A9usNAPvrDQBM7A0AVuwNAKLsDQCq7A0A+OwNAATtDQBO7Q0AYe0NAKTtDQCy7Q0A+u0NAP3tDQBQ7g0AWu4NAP7OEgCr7g0A/O4NAAjvDQBS7w0AVe8NAKjvDQCw7w0A/u8NAAvwDQBU8A0AWfANAKrwDQC08A0AAPENAAjxDQBW8Q0AYvENAKzxDQC/8Q0AAvINABDyDQBY8g0AW/INAK7yDQC48g0AVM8SAArzDQBa8w0AZvMNALDzDQCy8w0ABvQNAA30DQBc9A0AcPQNALL0DQC69A0ACPUNABT1DQBe9Q0AcfUNALT1DQDC9Q0ACvYNAA32DQBg9g0AavYNALb2DQC59g0Aqs8SACf3DQBi9w0AZPcNALj3DQDG9w0ADvgNAB/4DQBk+A0AZvgNALr4DQDT+A0AEPkNACH5DQBm+Q0AcvkNAADQEgDF+Q0AEvoNAB/6DQBo+g0AcvoNAL76DQDM+g0AFPsNACr7DQBq+w0AdvsNAMD7DQDM+w0AFvwNACn8DQBs/A0Ae/wNAML8DQDO/A0AGP0NABn9DQBu/Q0AeP0NAMT9DQDS/Q0AGv4NAB/+DQBw/g0Aff4NAFbQEgDU/g0AHP8NADL/DQBy/w0Afv8NAMj/DQDP/w0AHgAOACYADgB0AA4AeQAOAMoADgDTAA4AIAEOACoBDgB2AQ4AfgEOAMwBDgDQAQ4AIgIOACQCDgB4Ag4AhgIOAM4CDgDYAg4AJAMOADIDDgB6Aw4AhwMOANADDgDnAw4AJgQOAC4EDgB8BA4AjAQOANIEDgDXBA4AKAUOAC4FDgB+BQ4AhgUOANQFDgDZBQ4AKgYOACsGDgCABg4AjAYOANYGDgDcBg4ALAcOAC4HDgCCBw4AjAcOANgHDgDmBw4ALggOADMIDgCECA4AkQgOAFjREgDgCA4AMAkOADUJDgCGCQ4AjAkOAK7REgDhCQ4AMgoOAD8KDgCICg4AlQoOAN4KDgDqCg4ANAsOAEMLDgCKCw4AlAsOAOALDgDuCw4ANgwOADsMDgCMDA4AmQwOAOIMDgDqDA4AsNISAEQNDgCODQ4Ang0OAOQNDgDtDQ4AOg4OAD0ODgCQDg4AnA4OAOYODgDtDg4ABtMSAEEPDgCSDw4Anw8OAOgPDgD1Dw4APhAOAEoQDgCUEA4AoxAOAOoQDgD0EA4AQBEOAE4RDgCWEQ4AmxEOAOwRDgD5EQ4AQhIOAEoSDgBc0xIApBIOAO4SDgD+Eg4ARBMOAE0TDgCaEw4AnRMOAPATDgD8Ew4ARhQOAE0UDgCy0xIAoRQOAPIUDgD7FA4AiDsRAP8UDgBIFQ4AVRUOAJ4VDgCqFQ4A9BUOAAMWDgBKFg4AVBYOAKAWDgCuFg4A9hYOAPsWDgBMFw4AWRcOAKIXDgCqFw4ACNQSAAQYDgBOGA4AXhgOAKQYDgCtGA4A+hgOAP0YDgBQGQ4AXBkOAKYZDgCtGQ4AXtQSABMaDgBSGg4AWBoOAKgaDgC0Gg4A/hoOABUbDgBUGw4AVhsOAKobDgC0Gw4AABwOAAwcDgBWHA4AYhwOAKwcDgCyHA4AAh0OAAgdDgBYHQ4AXR0OAK4dDgC0HQ4AtNQSABIeDgBaHg4AZx4OALAeDgDHHg4ABh8OAA4fDgBcHw4AXx8OALIfDgC+Hw4ACCAOABkgDgBeIA4AaiAOALQgDgDDIA4ACiEOABQhDgBgIQ4AbCEOALYhDgC9IQ4ADCIOABQiDgBiIg4AbCIOALgiDgDEIg4ADiMOABEjDgBkIw4AbiMOAArVEgDUIw4AYNUSABokDgBmJA4AaCQOALwkDgDCJA4AEiUOABwlDgBoJQ4AcCUOAAzWEgDBJQ4AhmMQAMklDgAUJg4AFSYOAGomDgB0Jg4AwCYOAOsmDgBi1hIAJicOAGwnDgBuJw4AwicOANAnDgAYKA4AKSgOALjWEgB0KA4AxCgOANAoDgAaKQ4AHCkOAHApDgBzKQ4AxikOAMspDgAcKg4AKSoOAHIqDgCOKg4AyCoOANAqDgBk1xIAKysOAHQrDgCPKw4AyisOAMwrDgAgLA4AMSwOAHYsDgCELA4AzCwOANMsDgAiLQ4AKi0OAHgtDgB9LQ4Azi0OANctDgAkLg4ALi4OAHouDgB7Lg4A0C4OANkuDgAmLw4AMC8OAHwvDgCELw4A0i8OAOIvDgAoMA4ALjAOAH4wDgCDMA4A1DAOAOowDgAqMQ4AMjEOAIAxDgCDMQ4A1jEOAI8xDgAuMw4A9jEOACwyDgA6Mg4AgjIOAIMyDgC61xIA6DIOABDYEgA/Mw4AhDMOAJAzDgDaMw4A3DMOADA0DgA9NA4AZtgSAIw0DgDcNA4A/DQOADI1DgA6NQ4AvNgSAD41DgAOTg4AizUOAN41DgDoNQ4AEtkSAD02DgCKNg4AoDYOAOA2DgD2Ng4ANjcOADg3DgCMNw4AkjcOAOI3DgD2Nw4AvtkSAEU4DgAU2hIAlTgOAOQ4DgDsOA4AOjkOAEQ5DgCQOQ4AnDkOAOY5DgDpOQ4APDoOAEY6DgBq2hIAmzoOAOg6DgD+Og4APjsOAFQ7DgCUOw4AljsOAOo7DgDwOw4AQDwOAFQ8DgAW2xIAmDwOAOw8DgCmPA4Aho4QAAw9DgBs2xIAST0OAJg9DgCgPQ4A7j0OAPg9DgBEPg4AUD4OAJo+DgCdPg4A8D4OAPo+DgDC2xIATz8OAJw/DgCyPw4A8j8OAAhADgBIQA4ASkAOAJ5ADgCkQA4A9EAOAAhBDgBu3BIATEEOAKBBDgCuQQ4A9kEOAAdCDgDE3BIAU0IOABrdEgCuQg4A+EIOAPtCDgBOQw4AWEMOAMbdEgCtQw4A+kMOABBEDgBQRA4AZkQOAKZEDgCoRA4A/EQOAAJFDgBSRQ4AZkUOAHLeEgC0RQ4A/kUOAABGDgBURg4AdEYOAMjeEgC0Rg4AAEcOAAxHDgBWRw4AWUcOAKxHDgC2Rw4AHt8SAAtIDgBYSA4AbkgOAK5IDgDESA4ABEkOAAZJDgBaSQ4AYEkOALBJDgDESQ4Ayt8SAApKDgBcSg4AZEoOALJKDgC8Sg4ACEsOABRLDgBeSw4AYUsOALRLDgC+Sw4AIOASABNMDgBgTA4AdkwOALZMDgDMTA4ADE0OAA5NDgBiTQ4AaE0OALhNDgDMTQ4AzOASABVODgBkTg4AbE4OALpODgDETg4AEE8OABxPDgBmTw4AaU8OALxPDgDGTw4AIuESABtQDgBoUA4AflAOAL5QDgDUUA4AFFEOABZRDgBqUQ4AcFEOAMBRDgDUUQ4AzuESAB5SDgBsUg4AMlIOAIQ9EwByUg4A7moPAHxSDgDCUg4AfVIOAArPDwCFUg4AXM0PAMRSDgAYUw4AJlMOAG5TDgB/Uw4AJOISAMtTDgB64hIAI1QOAKxJDwAmVA4AcFQOAHNUDgDGVA4Az1QOABxVDgAtVQ4AclUOAHxVDgDIVQ4A0FUOAB5WDgDkVQ4A9JgPACFWDgB0Vg4AfVYOAMpWDgDgVg4AIFcOADZXDgB2Vw4AeFcOAMxXDgDSVw4AIlgOADZYDgDQ4hIAoFgOAM5YDgD2WA4AJuMSACpZDgAwNg8AMFkOANJaDgAxWQ4A3jcPADNZDgDcNg8ANFkOAHpZDgB8WQ4A0FkOAN5ZDgAmWg4AN1oOAHzjEgCEWg4A0uMSANhaDgAoWw4ALlsOAH5bDgCDWw4A1FsOANpbDgAo5BIANlwOAIBcDgCIXA4A1OQSAOJcDgAsXQ4ANl0OAIJdDgCLXQ4A2F0OANldDgAuXg4ANl4OAIReDgCJXg4A2l4OAOpeDgCA5RIAPF8OAIZfDgCIXw4A3F8OAOJfDgAyYA4AOWAOAIhgDgCNYA4A3mAOAOJgDgA0YQ4AQWEOAIphDgCSYQ4A4GEOAOVhDgA2Yg4ARmIOANblEgCdYg4A4mIOAO5iDgA4Yw4AR2MOAI5jDgCYYw4A5GMOAPJjDgA6ZA4AR2QOAJBkDgCnZA4ALOYSAOlkDgDY5hIAP2UOAJJlDgBDZQ4AqPkSAJplDgDoZQ4AEGYOAD5mDgBmZg4AlGYOALxmDgAu5xIA82YOAEBnDgBBZw4AlmcOAKVnDgDsZw4ArGcOAJppDgD9Zw4AQmgOAERoDgCYaA4Am2gOAO5oDgDxaA4ARGkOAExpDgAw6BIAn2kOAPBpDgD3aQ4ARmoOAE9qDgCcag4ArWoOAPJqDgD+ag4ASGsOAFBrDgCG6BIApGsOAPRrDgD7aw4ASmwOAE9sDgCgbA4ApGwOAPZsDgADbQ4ATG0OAFttDgCibQ4As20OAPhtDgD6bQ4ATm4OAFFuDgCkbg4Ap24OAPpuDgACbw4A3OgSAFVvDgCMuA4AW28OAPZwEABcbw4Apm8OAKlvDgD8bw4ABnAOADLpEgBbcA4AqHAOALdwDgD+cA4ADXEOAFRxDgBgcQ4AqnEOAK1xDgAAcg4AA3IOAIjpEgBZcg4ArHIOANRyDgDe6RIACnMOADTqEgBgcw4AiuoSALxzDgAEdA4AFXQOAFp0DgBmdA4AsHQOANN0DgAGdQ4ACXUOAFx1DgCAdQ4AsnUOALp1DgA26xIACnYOAF52DgBsdg4AtHYOAMV2DgCM6xIAEXcOAOLrEgBodw4AjuwSALt3DgAMeA4AGXgOAGJ4DgBleA4AuHgOAL14DgAOeQ4AH3kOAGR5DgBweQ4A5OwSAL95DgAQeg4AIXoOAGZ6DgByeg4AvHoOANZ6DgASew4AFnsOABZ9DgAZew4AcH8OABx7DgDIgA4AHnsOABh+DgAgew4AFHwOACN7DgBoew4AbXsOAL57DgDVew4AOu0SACF8DgBqfA4AenwOAMB8DgDFfA4AkO0SABh9DgBsfQ4Acn0OAMJ9DgDPfQ4A5u0SAB5+DgBufg4AdH4OAMR+DgDJfg4AGn8OACB/DgA87hIAfH8OAMZ/DgDffw4AHIAOACWADgBygA4AiYAOAJLuEgDOgA4AHoEOACCBDgB0gQ4Ag4EOAMqBDgDWgQ4A6O4SACKCDgB2gg4Ah4IOAMyCDgDagg4AIoMOACmDDgB4gw4AeoMOAM6DDgDYgw4AJIQOADKEDgB6hA4Af4QOANCEDgDdhA4AJoUOAC6FDgB8hQ4AgIUOANKFDgDUhQ4AKIYOAC6GDgB+hg4Ai4YOAD7vEgDhhg4AKocOAEGHDgCAhw4AnIcOAJTvEgDihw4ALIgOAC2IDgCCiA4AiIgOANiIDgDkiA4ALokOAD2JDgCEiQ4AhokOANqJDgDkiQ4AMIoOAD6KDgCGig4Ai4oOANyKDgDpig4AMosOADqLDgCIiw4AjIsOAN6LDgDgiw4ANIwOADqMDgCKjA4Al4wOAOrvEgDtjA4ANo0OAE2NDgCMjQ4AqI0OAEDwEgDrjQ4AOI4OAEaODgCOjg4AmI4OAOSODgDwjg4AOo8OAD2PDgCQjw4ArI8OAOaPDgDujw4AlvASAEiQDgCSkA4AlZAOAOiQDgDykA4AmPESAEeRDgCUkQ4AopEOAOqRDgD0kQ4AQJIOAEySDgCWkg4AnpIOAETyEgDukg4AQpMOAFCTDgCYkw4AqZMOAJryEgD1kw4A8PISAEmUDgCalA4AopQOAPCUDgD2lA4ARpUOAE+VDgCclQ4AqZUOAJzzEgD3lQ4ASJYOAP6VDgD2lw4AUZYOAJ6WDgColg4A9JYOAPyWDgBKlw4AkJcOAKCXDgColw4A8vMSAPyXDgBMmA4AUpgOAKKYDgCqmA4A+JgOAD6ZDgBOmQ4AVpkOAEj0EgCsmQ4AnvQSAAOaDgBQmg4AXpoOAKaaDgCwmg4A/JoOAAibDgBSmw4AVZsOAKibDgCwmw4ASvUSAAqcDgBUnA4AV5wOAKqcDgC0nA4AoPUSAAidDgD29RIAZJ0OAKydDgC9nQ4AAp4OAA6eDgBYng4AW54OAEz2EgD2ng4ABJ8OAEyfDgCi9hIAap8OALCfDgCynw4ABqAOABSgDgBcoA4AbaAOAPj2EgDOoA4ACKEOABChDgBO9xIAZKEOAJwWDwBxoQ4AtKEOAMOhDgAKog4AFqIOAGCiDgBhog4AtqIOAMCiDgAMow4AGqMOAGKjDgBnow4AuKMOAMWjDgCk9xIAHKQOAGSkDgBxpA4AuqQOAMKkDgD69xIAHKUOAGalDgCSpQ4AvKUOAMilDgASpg4AIaYOAGimDgBypg4AvqYOAMymDgAUpw4AGacOAGqnDgB3pw4AwKcOAMinDgAWqA4AJKgOAGyoDgB5qA4AwqgOAMqoDgBQ+BIAGqkOAATMDwAmqQ4AbqkOAHipDgDEqQ4A0KkOABqqDgAhqg4AcKoOAHiqDgDGqg4AyqoOAByrDgAqqw4AcqsOAHyrDgDIqw4A06sOAB6sDgAmrA4AdKwOAHasDgDKrA4A0qwOACCtDgAtrQ4Adq0OAHutDgDMrQ4A2a0OACKuDgBArg4AeK4OAKmuDgDOrg4A2q4OACSvDgAqrw4Aeq8OAH+vDgDQrw4A2K8OACawDgAysA4AfLAOAI+wDgDSsA4A4LAOACixDgAysQ4AfrEOAIaxDgDUsQ4A47EOACqyDgAvsg4AgLIOAIeyDgDWsg4A4rIOACyzDgBIsw4AgrMOAIqzDgCm+BIA2rMOAC60DgA8tA4AhLQOAJG0DgDatA4A6LQOADC1DgA9tQ4AhrUOAJ21DgDctQ4A5LUOADK2DgBAtg4AiLYOAJW2DgDetg4A5rYOAFL5EgBCtw4AircOAIu3DgD++RIA7LcOADa4DgA9uA4AVPoSAJO4DgDiuA4A57gOAKr6EgBAuQ4AAPsSAJa5DgDkuQ4AzLkOACgLEQDluQ4A5A8PAOe5DgDoEQ8A7bkOADq6DgDuuQ4AjA4PAPS5DgDmEA8AAroOAFykEABHug4AkLoOAJu6DgDmug4A6LoOADy7DgBJuw4AkrsOAJm7DgDouw4A+bsOAD68DgBKvA4AlLwOAJu8DgDqvA4A8rwOAFb7EgBGvQ4Alr0OAJy9DgDsvQ4A8b0OAEK+DgBIvg4ArPsSAKS+DgDuvg4A+L4OAES/DgBIvw4Amr8OAKa/DgDwvw4A/L8OAEbADgBTwA4AnMAOAKTADgDywA4A/MAOAEjBDgBUwQ4AnsEOAKHBDgD0wQ4A/sEOAFj8EgBMwg4AoMIOAKPCDgD2wg4A+cIOAAT9EgBUww4AWv0SALDDDgD4ww4A+cMOALD9EgBWxA4ABv4SAKnEDgD6xA4AAcUOAFDFDgBVxQ4AXP4SAK7FDgCy/hIABMYOAFLGDgBcxg4AqMYOALPGDgD+xg4ADMcOAFTHDgBXxw4AqscOALLHDgAAyA4ACsgOAFbIDgBiyA4ArMgOAK/IDgACyQ4ADMkOAAj/EgBmyQ4ArskOAMTJDgAEyg4AEMoOAFrKDgBhyg4AsMoOALjKDgAGyw4AC8sOAFzLDgBlyw4AsssOALzLDgAIzA4AEMwOAF7MDgBgzA4AtMwOAMTMDgAKzQ4AFM0OAGDNDgBszQ4Ats0OALzNDgAMzg4AFM4OALT/EgBwzg4AuM4OALnODgAKABMAE88OAGAAEwBmzw4Aus8OALvPDgAQ0A4AE9AOAGbQDgBx0A4AvNAOAMHQDgAS0Q4AHNEOALYAEwCM0Q4AvtEOAMbRDgAMARMAFtIOAGrSDgB70g4AwNIOANHSDgAW0w4AGdMOAGIBEwBy0w4AwtMOAMfTDgAY1A4AG9QOAG7UDgBx1A4AxNQOAMzUDgC4ARMAKNUOAHDVDgBz1Q4AxtUOANHVDgAc1g4AKNYOAHLWDgB51g4AyNYOANDWDgAe1w4ALNcOAHTXDgCB1w4AytcOANLXDgAOAhMALNgOAHbYDgB52A4AzNgOANbYDgAi2Q4AKtkOAGQCEwCE2Q4AztkOANTZDgAk2g4ALtoOAHraDgCO2g4A0NoOANjaDgC6AhMAM9sOAHzbDgCE2w4A0tsOANXbDgAo3A4ANNwOAH7cDgCI3A4A1NwOAN3cDgAq3Q4AK90OAIDdDgCY3Q4A1t0OANjdDgAs3g4APd4OAILeDgCT3g4A2N4OAODeDgAu3w4APd8OAITfDgCG3w4A2t8OAOvfDgAw4A4AQeAOAIbgDgCf4A4A3OAOAN7gDgAy4Q4AQeEOAIjhDgCo4Q4AZgMTAODhDgA04g4AVOIOAIriDgCe4g4AvgQTAOjiDgA24w4AQ+MOAIzjDgCR4w4A4uMOAOzjDgA45A4AQOQOAI7kDgCU5A4A5OQOAO3kDgA65Q4AR+UOABQFEwCc5Q4A5uUOAOzlDgA85g4AQuYOAJLmDgCb5g4A6OYOAOnmDgA+5w4ASOcOAJTnDgCg5w4A6ucOAPHnDgBqBRMASOgOAMAFEwCe6A4AFgYTAPToDgBsBhMATukOAJjpDgCo6Q4A7ukOAPPpDgBE6g4ASuoOAJrqDgCm6g4A8OoOAPjqDgDCBhMAV+sOAJzrDgCt6w4A8usOAATsDgBI7A4AUOwOAJ7sDgCp7A4A9OwOAPnsDgBK7Q4AT+0OAKDtDgDA7Q4AGAcTAAbuDgBM7g4AVu4OAKLuDgCu7g4A+O4OAP7uDgBO7w4AVu8OAKTvDgCm7w4A+u8OALDvDgCw9Q4AC/AOAFDwDgBh8A4ApvAOALjwDgD88A4ABPEOAFLxDgBd8Q4AqPEOAK3xDgD+8Q4AA/IOAFTyDgB08g4AbgcTAKzyDgAA8w4AD/MOAFbzDgBh8w4ArPMOAL7zDgAC9A4ACvQOAFj0DgBj9A4ArvQOALP0DgAE9Q4ACfUOAFr1DgB69Q4AxAcTALL1DgAG9g4AFfYOAFz2DgBn9g4AsvYOAMT2DgAI9w4AEPcOAF73DgBp9w4AtPcOALn3DgAK+A4AD/gOAGD4DgCA+A4AGggTAMP4DgAM+Q4AI/kOAHAIEwBv+Q4AuPkOAM/5DgDGCBMAG/oOAGT6DgBr+g4AuvoOAMj6DgAQ+w4AHfsOAGb7DgB9+w4AHAkTAMT7DgByCRMAFPwOAGj8DgB2/A4AvvwOAM/8DgDICRMAIf0OAGr9DgCB/Q4AHgoTAMr9DgAW/g4AIv4OAGz+DgBv/g4Awv4OAMz+DgB0ChMANP8OAMoKEwB2/w4AIAsTAMz/DgAaAA8AGwAPAMwDDwAdAA8AyAEPACEADwDaCg8AJAAPAHAADwApAA8A0AUPACoADwDOBA8AdQAPAC4KDwB8AA8AxgAPAMkADwAcAQ8AJgEPAHYLEwB6AQ8AzAsTANEBDwAeAg8A6AEPANYIDwAsAg8AdAIPAH4CDwDKAg8A1gIPACADDwAjAw8AdgMPAH4DDwAiDBMAzgMPACIEDwAlBA8AeAQPAHsEDwB4DBMA0AQPACQFDwAyBQ8AegUPAIsFDwAkDRMA0gUPACYGDwAzBg8AfAYPAIsGDwDSBg8A3gYPACgHDwA5Bw8AfgcPAI8HDwDUBw8A4AcPACoIDwAxCA8AgAgPAIgIDwDQDRMA5AgPACwJDwAtCQ8AJg4TAI4JDwDYCQ8A3wkPAHwOEwA1Cg8AhAoPAIkKDwAoDxMA4woPADALDwA2Cw8AhgsPAIgLDwDcCw8A5gsPADIMDwBADA8AiAwPAI0MDwDeDA8A6wwPADQNDwBMDQ8Aig0PAKANDwDgDQ8A4w0PADYODwA+Dg8A1A8TAJgODwDiDg8A5Q4PADgPDwBCDw8AKhATAJYPDwCAEBMA5g8PADoQDwA9EA8AkBAPAJMQDwDWEBMA6BAPADwRDwBKEQ8AkhEPAKMRDwCCERMA8REPAD4SDwBMEg8AlBIPAFcSDwBg0RAAnhIPAOoSDwD2Eg8AQBMPAEMTDwCWEw8AnhMPAC4SEwAGFA8AhBITAFwUDwCYFA8AshQPANoSEwDzFA8A9hgPAPwUDwCiGQ8A/hQPAEQVDwBGFQ8AmhUPAKgVDwDwFQ8AARYPADATEwBNFg8AhhMTAKIWDwDyFg8A9xYPAEgXDwBOFw8A3BMTAKQXDwD0Fw8A+RcPAEoYDwBgGA8AoBgPAKgYDwCIFBMAFhkPAEwZDwBUGQ8A3hQTALkZDwD4GQ8ABRoPAE4aDwBTGg8ApBoPAKoaDwD6Gg8ABhsPAFAbDwBXGw8AphsPAK4bDwD8Gw8AHxwPAIoVEwBfHA8AqBwPALccDwD+HA8AAB0PAFQdDwBdHQ8Aqh0PAMEdDwAAHg8ACx4PAFYeDwBgHg8ArB4PALQeDwA2FhMACB8PAFgfDwBeHw8Arh8PALMfDwAEIA8ACiAPAIwWEwB8IA8AsCAPALggDwA4FxMADyEPAFwhDwBdIQ8AsiEPALohDwAIIg8AEyIPAF4iDwBjIg8AtCIPALkiDwAKIw8AKiMPAI4XEwBmIw8AtiMPAL0jDwAMJA8AESQPAGIkDwBmJA8AuCQPAMUkDwAOJQ8AFiUPAGQlDwBvJQ8AuiUPAL8lDwAQJg8AFSYPAGYmDwCGJg8A5BcTAMsmDwASJw8AHScPAGgnDwBwJw8AvicPAMEnDwAUKA8AyCcPABorDwAgKA8AaigPAHQoDwDAKA8AySgPABYpDwAXKQ8AbCkPAHQpDwDCKQ8AzSkPABgqDwAdKg8AbioPAHMqDwDEKg8A5CoPADoYEwAmKw8AcCsPAHIrDwDGKw8AzCsPABwsDwAjLA8AciwPAHcsDwDILA8AzCwPAB4tDwArLQ8AdC0PAHwtDwDKLQ8A1S0PACAuDwAlLg8Adi4PAHsuDwDMLg8A7C4PAJAYEwAqLw8A5hgTAIIvDwDOLw8A1y8PACQwDwAqMA8AejAPAIYwDwDQMA8A7jAPACYxDwAnMQ8AfDEPAH4xDwDSMQ8A3zEPACgyDwA2Mg8AfjIPAI0yDwDUMg8A8DIPACozDwAyMw8AkhkTAJMzDwDWMw8A1zMPACw0DwA4NA8AgjQPAJE0DwDYNA8A4jQPAC41DwA6NQ8AhDUPAIs1DwDoGRMA4jUPAD4aEwA5Ng8AhjYPAJM2DwCUGhMA4TYPADI3DwA/Nw8AiDcPAJI3DwDqGhMA4DcPADQ4DwBKOA8AijgPAJY4DwBAGxMA6DgPAFJ0EAD+OA8ANjkPAD45DwCCtQ8AVDkPAIw5DwCUOQ8A4jkPAK45DwBEmBAA4zkPAJA7DwDlOQ8A6DwPAO45DwCamBAA8jkPADg6DwA6Og8AjjoPAJw6DwDkOg8A9ToPAJYbEwBCOw8A7BsTAJI7DwDmOw8A6TsPADw8DwA/PA8AQhwTAJo8DwCYHBMA8jwPAJiVDwAIPQ8APj0PAEw9DwCUPQ8AlT0PAO4cEwDyPQ8ARB0TAGM+DwCaHRMAoz4PAOw+DwD6Pg8AQj8PAEw/DwCYPw8AoD8PAO4/DwDvPw8A+EQPAAlADwCeQg8AGkAPAERADwBNQA8AmkAPAJtADwDwQA8A/kAPAEZBDwBQQQ8AnEEPAKhBDwDyQQ8A+EEPAEhCDwBkQg8A8B0TAKxCDwD0Qg8AAUMPAEpDDwBUQw8AoEMPAKJDDwD2Qw8ADUQPAExEDwBYRA8AokQPAL5EDwBGHhMACUUPAE5FDwBQRQ8ApEUPAK5FDwD6RQ8ACkYPAFBGDwBVRg8ApkYPAKxGDwD8Rg8AEkcPAFJHDwBaRw8AqEcPAKtHDwD+Rw8AB0gPAFRIDwBiSA8AqkgPALRIDwAASQ8ADEkPAFZJDwBySQ8AnB4TALlJDwACSg8ACkoPAFhKDwBbSg8AtKMPAGhKDwCuSg8AsEoPALKiDwC8Sg8ABEsPABFLDwBaSw8AaEsPALBLDwCzSw8ABkwPABFMDwBcTA8AaEwPALJMDwC5TA8ACE0PABBNDwBeTQ8AYE0PALRNDwDETQ8ACk4PABRODwBgTg8AbE4PALZODwC8Tg8ADE8PABRPDwDyHhMAZE8PALhPDwDGTw8ADlAPABtQDwBkUA8AcFAPALpQDwDAUA8AEFEPABNRDwBmUQ8AblEPALxRDwC+UQ8AxlYPAL9RDwBqUw8AzFEPABJSDwAUUg8AelsPABdSDwBoUg8AcVIPAL5SDwDLUg8AFFMPABtTDwBIHxMAc1MPAMpYDwB0Uw8AGFUPAIpTDwDAUw8AzlMPABZUDwAXVA8Anh8TAHhUDwDCVA8AyVQPAPQfEwAaVQ8AblUPAHRVDwDEVQ8AzlUPABpWDwAmVg8AcFYPAHdWDwBKIBMA31YPABxXDwAhVw8AclcPAHhXDwDIVw8A0lcPAB5YDwAqWA8AdFgPAHtYDwCgIBMA2VgPACBZDwAvWQ8AdlkPAIJZDwDMWQ8Az1kPACJaDwAlWg8AeFoPAIhaDwDOWg8A11oPACRbDwA1Ww8A9iATAIhbDwDQWw8A4VsPAEwhEwAtXA8AoiETAIRcDwDSXA8A1FwPANxhDwDVXA8AgF4PAOJcDwAoXQ8AKl0PAJBmDwAtXQ8Afl0PAIddDwDUXQ8A4V0PACpeDwAxXg8A+CETAIleDwDgYw8Ail4PAC5gDwCgXg8A1l4PAOReDwAsXw8ALV8PAE4iEwCOXw8A2F8PAN9fDwCkIhMAMGAPAIRgDwCKYA8A2mAPAORgDwAwYQ8APGEPAIZhDwCNYQ8A+iITAPVhDwAyYg8AN2IPAIhiDwCOYg8A3mIPAOhiDwA0Yw8AQGMPAIpjDwCRYw8AUCMTAO9jDwA2ZA8ARWQPAIxkDwCYZA8A4mQPAOVkDwA4ZQ8AO2UPAI5lDwCeZQ8A5GUPAO1lDwA6Zg8AS2YPAKYjEwCeZg8A5mYPAPdmDwD8IxMAQ2cPAFIkEwCaZw8A6GcPABFoDwA+aA8ARmgPAJRoDwCkaA8A6mgPAOxoDwBAaQ8ATmkPAJZpDwCnaQ8AqCQTAPJpDwBCag8ATmoPAP4kEwDGag8AqiUTAPdqDwBEaw8AUWsPAJprDwC2aw8A8GsPAPhrDwAAJhMAV2wPAJxsDwCebA8A8mwPAPNsDwBIbQ8AS20PAJ5tDwCqbQ8A9G0PAPttDwBKbg8AZm4PAKBuDwCobg8AViYTAANvDwBMbw8AXG8PAKJvDwCnbw8A+G8PACNwDwCsJhMAVHAPAAInEwCscA8A+nAPAPtwDwBieg8AAHEPAAgmEQAEcQ8AUHEPAAZxDwCudQ8ACnEPAAB0DwAYcQ8Avn0PAFVxDwBOHhEAW3EPAEQZEQBccQ8ApnEPAKlxDwD8cQ8ABnIPAFgnEwBacg8AqHIPAK5yDwD+cg8AB3MPAFRzDwBhcw8AqnMPAMZzDwCuJxMAAnQPAFZ0DwAFdA8AuikRAGR0DwCsdA8AvXQPAAQoEwAIdQ8AWHUPAGR1DwBaKBMAtHUPAAR2DwAKdg8AWnYPAF92DwCwdg8AtnYPAFwpEwANdw8AXioTAGF3DwCydw8AuncPAAh4DwAUeA8AXngPAHF4DwC0eA8AwHgPAAp5DwAZeQ8AYHkPAGl5DwC2eQ8AwHkPAAx6DwAYeg8ACisTAHN6DwC4eg8AxHoPAA57DwAQew8AZHsPAGd7DwC6ew8AxnsPABB8DwAYfA8AYCsTAHJ8DwC8fA8AzHwPABJ9DwAefQ8AaH0PAG59DwC2KxMA4H0PABR+DwAcfg8Aan4PAJR+DwDAfg8Ay34PABZ/DwAifw8AbH8PAH1/DwDCfw8Aw38PAAwsEwAegA8AboAPAHuADwBiLBMA0YAPABqBDwAxgQ8AcIEPAJuBDwDGgQ8AzoEPAByCDwAmgg8AcoIPAH6CDwDIgg8Ay4IPAB6DDwAogw8AuCwTAHyDDwDKgw8A0IMPACCEDwAphA8AdoQPAIOEDwDMhA8A6IQPAA4tEwAkhQ8AeIUPACmFDwDokg8AhYUPAM6FDwDVhQ8AJIYPACaGDwB6hg8AgIYPANCGDwDXhg8AJocPAD6HDwB8hw8AgYcPANKHDwCIhw8AfogPANuHDwAoiA8AMogPAGQtEwCEiA8A1IgPANqIDwAqiQ8AL4kPAICJDwCGiQ8Aui0TANeJDwAsig8APYoPAIKKDwCOig8A2IoPAOKKDwAuiw8AOosPAISLDwCLiw8AEC4TANyLDwAwjA8A5YsPANI1EQAzjA8AhowPAKaMDwDcjA8A5IwPAGYuEwBDjQ8AiI0PAI+NDwDejQ8A5o0PADSODwA3jg8A4o8PAESODwCKjg8AjI4PAOCODwDujg8ANo8PAEePDwC8LhMAk48PABIvEwDrjw8AOJAPAEeQDwCOkA8AnZAPAOSQDwDwkA8AOpEPAD2RDwCQkQ8Ak5EPAOaRDwD2kQ8APJIPAEWSDwCSkg8Ao5IPAGgvEwDtkg8APpMPAEeTDwCUkw8AnpMPAOqTDwDykw8AQJQPAF6UDwCWlA8AtJQPAOyUDwAKlQ8AQpUPAGCVDwC+LxMAn5UPAO6VDwDzlQ8ARJYPAPqVDwBGlw8ATZYPAJqWDwCklg8A8JYPAAyXDwAUMBMATJcPAJyXDwCilw8A8pcPAA6YDwBqMBMAcpgPABYxEwDImA8AbDETAPyYDwBuMhMAYJkPAKCZDwCimQ8A9pkPAPyZDwBMmg8AYJoPAKKaDwCqmg8A+JoPACKbDwDEMhMAV5sPAKSbDwCxmw8A+psPAAicDwBQnA8AWpwPAKacDwDAnA8A/JwPAAmdDwBSnQ8AXp0PAKidDwCynQ8A/p0PAAaeDwAaMxMAW54PAKqeDwCyng8AcDMTANieDwByNBMADJ8PAFafDwBdnw8ArJ8PALSfDwDGMxMABKAPAFigDwBpoA8ArqAPALagDwAEoQ8ADqEPAFqhDwBmoQ8AsKEPALOhDwAGog8AEKIPAMg0EwB4og8AHjUTAMCiDwAIow8AGaMPAHQ1EwBlow8AyjUTAL2jDwAKpA8AGaQPAGCkDwBvpA8AtqQPAMKkDwAMpQ8AD6UPAGKlDwBlpQ8AuKUPAMilDwAOpg8AF6YPAGSmDwB1pg8AIDYTALymDwAQpw8AxqYPALynDwATpw8AZqcPAG6nDwB2NhMAwqcPABKoDwAeqA8AaKgPAHCoDwDMNhMAyqgPABSpDwAXqQ8AaqkPAHSpDwAiNxMAxakPABaqDwAsqg8AbKoPAG2qDwDCqg8A06oPABirDwAkqw8AbqsPAHirDwDEqw8A0KsPAHg3EwAmrA8AcKwPAHOsDwDGrA8A0KwPACQ4EwAfrQ8Acq0PAHWtDwDIrQ8A1K0PAB6uDwAkrg8AdK4PAH6uDwB6OBMAz64PACCvDwAtrw8Adq8PAHmvDwDMrw8A6K8PACKwDwAqsA8A0DgTAICwDwAmORMA1rAPAHw5EwAnsQ8AerEPADuxDwDikRAAmrEPANCxDwDksQ8A0jkTACeyDwB8sg8AgrIPANKyDwDesg8AKLMPADezDwB+sw8AgLMPANSzDwDesw8AKrQPADa0DwCAtA8Ah7QPACg6EwDitA8AfjoTADS1DwDUOhMAhbUPAIa3DwCStQ8A2LUPANq1DwAutg8APLYPAIS2DwCVtg8A2j0TAOG2DwAwPhMAOLcPAIY+EwCmtw8A3LcPAOq3DwAyuA8AM7gPANw+EwCUuA8A3rgPAOW4DwAyPxMAPLkPAIg/EwCMuQ8A4LkPAO65DwA2ug8AR7oPAN4/EwCSug8A4roPAO66DwA0QBMAPrsPAI67DwCUuw8A5LsPAOm7DwA6vA8AQLwPAOBAEwCTvA8A5rwPAPK8DwA8vQ8AQr0PAJK9DwCcvQ8AjEETAO29DwA+vg8AS74PAJS+DwCXvg8A6r4PAP++DwBAvw8ASL8PAOJBEwCevw8A7L8PAPi/DwBCwA8ASMAPAJjADwCewA8A7sAPAPPADwBEwQ8ASsEPAOZDEwCpwQ8A8MEPAP/BDwBGwg8AT8IPAJzCDwCiwg8A8sIPAPjCDwBIww8AVMMPAJ7DDwClww8A9MMPAPzDDwCSRBMAVMQPAKDEDwCrxA8A9sQPAALFDwBMxQ8AUsUPAKLFDwCqxQ8A+MUPAATGDwBOxg8AVMYPAKTGDwCqxg8A+sYPAP/GDwBQxw8AVscPAOhEEwCtxw8A/McPAArIDwBSyA8AX8gPAKjIDwC/yA8A/sgPABrJDwBUyQ8AXMkPAD5FEwC9yQ8AAMoPAALKDwBWyg8AbMoPAKzKDwCtyg8AAssPABPLDwBYyw8AZMsPAJRFEwDKyw8A6kUTABrMDwBazA8AW8wPALDMDwDBzA8ABs0PABLNDwBARhMAYc0PALLNDwC4zQ8ACM4PACjODwBezg8Aas4PALTODwC7zg8AlkYTABbPDwBgzw8AYs8PALbPDwDWzw8A7EYTABPQDwBCRxMAZ9APALjQDwDI0A8ADtEPABbRDwBk0Q8AbtEPALrRDwDG0Q8AENIPABPSDwBm0g8AcNIPAJhHEwDB0g8AwtUPAMrSDwAS0w8AItMPAGjTDwB40w8AvtMPAObTDwAU1A8APNQPAGrUDwCS1A8AREgTAMzUDwAW1Q8AGNUPAGzVDwCM1Q8ASEoTAM/VDwAY1g8AJNYPAG7WDwCW1g8AxNYPAOzWDwAa1w8AQtcPAJ5KEwB21w8AxtcPAMvXDwAc2A8AItgPAKJMEwB62A8ATk0TANTYDwAe2Q8AIdkPAHTZDwB+2Q8AytkPANLZDwD6TRMALtoPAHbaDwB92g8AzNoPANTaDwAi2w8AL9sPAHjbDwB92w8AztsPANjbDwAk3A8ALNwPAHrcDwCK3A8A0NwPAN7cDwAm3Q8AM90PAHzdDwCK3Q8A0t0PANXdDwAo3g8AM94PAH7eDwCG3g8A1N4PAO3eDwAq3w8ANt8PAIDfDwCQ3w8A1t8PANvfDwAs4A8AMuAPAILgDwCO4A8A2OAPAODgDwBQThMAOOEPAIThDwCH4Q8A2uEPAOLhDwAw4g8AMeIPAIbiDwCI4g8A3OIPAOLiDwAy4w8APuMPAIjjDwCV4w8A3uMPAOjjDwA05A8APOQPAIrkDwCM5A8A4OQPAO3kDwA25Q8APeUPAIzlDwCU5Q8A4uUPAOblDwA45g8AOuYPAI7mDwCR5g8A5OYPAOzmDwA65w8ASecPAJDnDwCS5w8A5ucPAPPnDwA86A8AS+gPAJLoDwCe6A8A6OgPAPnoDwA+6Q8AT+kPAJTpDwCg6Q8A6ukPAPHpDwBA6g8AX+oPAKZOEwCq6g8A7OoPAO3qDwBC6w8ATusPAJjrDwC06w8A7usPAPbrDwD8ThMATOwPAKhPEwCm7A8A8OwPAPbsDwBG7Q8ATO0PAJztDwC07Q8A8u0PAPztDwBI7g8AVO4PAJ7uDwCh7g8A9O4PAP7uDwBK7w8AYu8PAKDvDwCw7w8A9u8PAPjvDwBM8A8AWvAPAKLwDwCz8A8A/k8TAP7wDwBO8Q8AWvEPAFRQEwCs8Q8AAFETAAbyDwBQ8g8AU/IPAKbyDwCw8g8AVlETAP7yDwBS8w8AYPMPAKjzDwC58w8AAlITAAX0DwBYUhMAXPQPAK5SEwCy9A8AsFMTAAL1DwBW9Q8AY/UPAKz1DwC79Q8AAvYPAAj2DwBY9g8AZPYPAK72DwCw9g8ABPcPAA73DwBa9w8AaPcPALD3DwC19w8ABvgPABP4DwBc+A8AaPgPALL4DwDF+A8ACPkPABf5DwBe+Q8AavkPALT5DwC1+Q8ACvoPABT6DwBg+g8AbvoPALb6DwC7+g8ADPsPABn7DwAGVBMAbPsPALj7DwDG+w8ADvwPABH8DwBk/A8AdPwPALr8DwDI/A8AEP0PABz9DwBm/Q8Abf0PALz9DwDD/Q8AEv4PAB7+DwBo/g8Aaf4PAL7+DwDK/g8AFP8PACH/DwBq/w8Acf8PAMD/DwDM/w8AFgAQACMAEABsABAAewAQAMIAEADWABAAGAEQACQBEABuARAAgQEQAMQBEADTARAAGgIQACYCEABwAhAAcQIQAMYCEADQAhAAHAMQACoDEAByAxAAdwMQAMgDEADVAxAAXFQTAB8EEAB0BBAAhQQQAMoEEADYBBAAIAUQAC8FEAB2BRAAeAUQAMwFEADWBRAAIgYQADAGEAB4BhAAfQYQAM4GEADbBhAAJAcQADMHEAB6BxAAfwcQANAHEADdBxAAJggQADAIEAB8CBAAiAgQANIIEADlCBAAKAkQADIJEAB+CRAAigkQANQJEADnCRAAKgoQADkKEACAChAAjAoQANYKEADXChAALAsQADYLEACCCxAAkAsQANgLEADdCxAALgwQADsMEACyVBMAiQwQANoMEADnDBAAMA0QADoNEACGDRAAjA0QANwNEADeDRAAMg4QAD8OEACIDhAAiw4QAN4OEADsDhAANA8QAEAPEACKDxAAlw8QAOAPEADqDxAANhAQAEUQEACMEBAAkRAQAOIQEADvEBAAOBEQAEUREACOERAAmhEQAOQREADzERAAOhIQAEQSEACQEhAAnhIQAOYSEADrEhAAPBMQAEkTEACSExAAnhMQAOgTEAD7ExAAPhQQAE0UEACUFBAAoBQQAOoUEADrFBAAQBUQAEoVEACWFRAApBUQAOwVEADxFRAAQhYQAE8WEAAIVRMAqxYQAO4WEAD9FhAARBcQAFAXEACaFxAAmxcQAPAXEAD6FxAARhgQAFQYEACcGBAAoRgQAPIYEAD/GBAAXlUTAFsZEACeGRAArRkQAPQZEAAAGhAAShoQAEsaEACgGhAAqhoQAPYaEAAEGxAATBsQAFEbEACiGxAArxsQALRVEwD6GxAAThwQAFwcEACkHBAAsRwQAPocEAAGHRAAUB0QAFYdEACmHRAAtx0QAPwdEAD+HRAAUh4QAFseEACoHhAAtR4QAP4eEAANHxAAVB8QAF8fEACqHxAAth8QAAAgEAATIBAAViAQAGUgEACsIBAAuCAQAAIhEAADIRAAWCEQAGIhEACuIRAAvCEQAAQiEAAJIhAAWiIQAGciEAAKVhMAvSIQAAYjEAAUIxAAXCMQAGYjEACyIxAAwCMQAAgkEAAKJBAAXiQQAG8kEAC0JBAAwiQQAAolEAA7JRAAYCUQAGIlEAC2JRAAwCUQAAwmEAAaJhAAYiYQAGcmEAC4JhAAxSYQAA4nEAAaJxAAZCcQAHcnEAC6JxAAyScQABAoEAAcKBAAZigQAGcoEAC8KBAAxigQABIpEAAgKRAAaCkQAG0pEAC+KRAAyykQAGBWEwAWKhAAaioQAGwqEADAKhAAzyoQABYrEAAlKxAAbCsQAHgrEADCKxAAxSsQABgsEAAbLBAAbiwQAHQsEADELBAA0CwQABotEAAdLRAAcC0QAHUtEADGLRAAzy0QABwuEAAiLhAAci4QAIEuEADILhAA1C4QAB4vEAAuLxAAdC8QAHYvEADKLxAA2C8QACAwEAAxMBAAtlYTAHwwEADMMBAA2DAQAAxXEwA1MRAAeDEQAIcxEADOMRAA2jEQACQyEAAlMhAAejIQAIQyEADQMhAA3jIQACYzEAArMxAAfDMQAIkzEABiVxMA3jMQACg0EAAyNBAAfjQQAKo0EADUNBAA2zQQACo1EABDNRAAgDUQAI81EADWNRAA5TUQACw2EAAxNhAAgjYQAI82EADYNhAA5TYQAC43EAA6NxAAhDcQAJM3EADaNxAA5DcQADA4EAA+OBAAhjgQAIs4EADcOBAA6TgQADI5EAA+ORAAiDkQAJs5EADeORAA7TkQADQ6EABAOhAAijoQAIs6EADgOhAA6joQADY7EABEOxAAjDsQAJE7EADiOxAA7zsQALhXEwBJPBAAjjwQAJ88EADkPBAA8DwQADo9EABRPRAAkD0QAJI9EADmPRAA9z0QADw+EAA/PhAAkj4QAJw+EADoPhAA6j4QAD4/EABIPxAAlD8QAKA/EADqPxAA9j8QAEBAEABTQBAAlkAQAKVAEADsQBAA+EAQAEJBEABDQRAAmEEQAKJBEADuQRAA/EEQAERCEABJQhAAmkIQAKdCEAAOWBMA8kIQAEZDEABQQxAAnEMQAKRDEABkWBMABUQQAEhEEABURBAAnkQQAK1EEAD0RBAA/UQQAEpFEABURRAAoEUQAK5FEAD2RRAA+0UQAExGEABZRhAAokYQAK5GEAD4RhAAC0cQAE5HEABdRxAApEcQALBHEAD6RxAA+0cQAFBIEABaSBAApkgQALRIEAD8SBAAAUkQAFJJEABfSRAAulgTAKpJEAD+SRAACEoQAFRKEABcShAAEFkTAK9KEAAASxAAFksQAFZLEABXSxAArEsQAL1LEAACTBAADkwQAFhMEABiTBAArkwQALxMEAAETRAACU0QAFpNEABnTRAAsE0QALxNEAAGThAAGU4QAFxOEABrThAAsk4QAL5OEAAITxAACU8QAF5PEABoTxAAtE8QAMJPEAAKUBAAD1AQAGBQEABtUBAAZlkTALhQEAAMURAAFlEQAGJREABqURAAvFkTAM5REAAOUhAAGlIQAGRSEABpUhAAulIQAMNSEAAQUxAAGlMQAGZTEAByUxAAvFMQAM9TEAASVBAAIVQQAGhUEAB0VBAAvlQQAL9UEAAUVRAAHlUQAGpVEAB4VRAAwFUQAMVVEAAWVhAAI1YQABJaEwBuVhAAwlYQAMxWEAAYVxAAIFcQAGhaEwB7VxAAxFcQANNXEAAaWBAAJVgQAHBYEAB8WBAAxlgQANVYEAAcWRAAPFkQAHJZEAB+WRAAyFkQAM9ZEAAeWhAALFoQAHRaEAB5WhAAyloQANZaEAAgWxAAM1sQAHZbEACFWxAAzFsQANhbEAAiXBAAI1wQAHhcEACCXBAAzlwQANxcEAAkXRAAKV0QAHpdEACHXRAAvloTANJdEAAmXhAAMF4QAHxeEACEXhAAFFsTAO9eEAAoXxAAOV8QAH5fEACKXxAA1F8QAOdfEAAqYBAAOWAQAIBgEACMYBAA1mAQANdgEAAsYRAANmEQAIJhEACQYRAA2GEQAN1hEAAuYhAAO2IQAGpbEwCGYhAA2mIQAORiEAAwYxAAOGMQAMBbEwCjYxAA3GMQAO1jEAAyZBAAPmQQAIhkEACbZBAA3mQQAO1kEAA0ZRAAQGUQAIplEACLZRAA4GUQAOplEAA2ZhAARGYQAIxmEACRZhAA4mYQAO9mEAAWXBMAOmcQAI5nEACYZxAA5GcQAOxnEABsXBMAS2gQAJBoEACkaBAA5mgQAOpoEAA8aRAAPmkQAJJpEACmaRAA6GkQAOtpEAA+ahAAW2oQAJRqEAClahAA6moQAPZqEABAaxAAU2sQAJZrEAClaxAA7GsQAPhrEABCbBAAQ2wQAJhsEACibBAA7mwQAPxsEABEbRAASW0QAJptEACnbRAAwlwTAPJtEABGbhAAUG4QAJxuEACkbhAAGF0TAPRuEABIbxAAVm8QAJ5vEACvbxAAbl0TAPtvEADEXRMAbXAQAMZeEwCocBAAyF8TAPxwEABMcRAAUXEQAKJxEACmcRAA+HEQAAVyEAAeYBMAU3IQAKRyEACochAA+nIQAPxyEABQcxAAaXMQAKZzEAC3cxAA/HMQAAh0EAB0YBMAVXQQAAh6EABedBAAqHQQALt0EAD+dBAA/3QQAFR1EABgdRAAqnUQALl1EAAAdhAACnYQAFZ2EABidhAArHYQALN2EADKYBMACncQAFh3EABadxAAcIMQAFt3EABifBAAXncQAK53EABkdxAAvH4QAGV3EADq6xAAuncQAAR4EAATeBAAWngQAGZ4EACweBAAvngQAAZ5EAAheRAAXHkQAGh5EACyeRAAuXkQACBhEwAVehAAXnoQAGB6EAC0ehAAtXoQAAp7EAANexAAYHsQAGt7EAC2exAAu3sQAAx8EAAWfBAAdmETAG98EAC4fBAAunwQAA59EAAPfRAAZH0QAGd9EAC6fRAAxX0QABB+EAAVfhAAZn4QAHB+EADMYRMAz34QABJ/EAATfxAAaH8QAHR/EAC+fxAAzX8QABSAEAAegBAAaoAQAHaAEADAgBAAx4AQACJiEwAegRAAbIEQAG6BEADCgRAA0YEQABiCEAAighAAboIQAHeCEADEghAAxoIQABqDEAArgxAAzmITAH+DEADGgxAA0IMQAByEEAAlhBAAcoQQAHSEEADIhBAA2YQQAB6FEAAmhRAAdIUQAJKFEADKhRAA0oUQACCGEAAshhAAdoYQAImGEADMhhAAzYYQACKHEAAuhxAAeIcQAIeHEADOhxAA2IcQACSIEAAwiBAAeogQAIGIEAAkYxMA4YgQACaJEAA3iRAAfIkQAISJEADSiRAA2YkQACiKEAA2ihAAfooQAI6KEADUihAA5IoQACqLEABGixAAemMTAI2LEADWixAA7YsQACyMEAA0jBAAgowQAJCMEADYjBAA4owQAC6NEAA6jRAAhI0QAJqNEADajRAA3Y0QADCOEABMjhAA0GMTAJCOEADcjhAA5I4QADKPEABBjxAAiI8QAI2PEADejxAA648QADSQEAA+kBAAipAQAIyQEADgkBAA7pAQADaREABDkRAAjJEQAI+REAAmZBMA7ZEQADiSEABCkhAAjpIQAJaSEADkkhAA85IQADqTEAA/kxAAkJMQAJ2TEADmkxAA8JMQADyUEAA+lBAAkpQQAKCUEADolBAA9ZQQAD6VEABBlRAAfGQTAJeVEADqlRAA9pUQAECWEABHlhAAlpYQAJ6WEADslhAABZcQAEKXEABWlxAAmJcQALSXEADulxAA9pcQAChlEwBMmBAAfmUTAKeYEADwmBAA95gQAEaZEABOmRAAnJkQAKGZEADymRAAApoQAEiaEABQmhAAnpoQAKyaEAD0mhAAAZsQAEqbEABXmxAAoJsQAKybEAD2mxAA/JsQAEycEABUnBAAopwQAK6cEAD4nBAAC50QAE6dEABdnRAApJ0QALCdEAD6nRAA+50QAFCeEABanhAApp4QALSeEAD8nhAAAZ8QAFKfEABfnxAA1GUTAKufEAD+nxAACKAQAFSgEABWoBAAqqAQALmgEAAAoRAAIKEQAFahEABeoRAArKEQALahEAACohAACKIQAFiiEABaohAArqIQAL2iEAAEoxAAEKMQAFqjEABioxAAKmYTAM6jEAAGpBAAJKQQAIBmEwB6pBAAsqQQANCkEAAIpRAAEKUQAF6lEABtpRAAtKUQALalEAAKphAAE6YQAGCmEABjphAAtqYQAMKmEAAMpxAAE6cQAGKnEABqpxAAuKcQANGnEAAOqBAAIqgQAGSoEACAqBAAuqgQAMKoEADWZhMALqkQAGapEACEqRAALGcTANWpEAASqhAAF6oQAGiqEACDqhAAvqoQAMqqEAAUqxAAHKsQAIJnEwB9qxAAwKsQAM+rEAAWrBAAIqwQAGysEABtrBAAwqwQAMysEAAYrRAAJq0QAG6tEABzrRAAxK0QANGtEADYZxMAHq4QAHCuEAByrhAAxq4QAMmuEAAcrxAAJK8QAHKvEAB8rxAAyK8QANOvEAAesBAAKrAQAHSwEAB8sBAALmgTANiwEAAgsRAAJrEQAHaxEACCsRAAzLEQANuxEAAishAALLIQAHiyEACAshAAzrIQAN2yEAAksxAAJrMQAHqzEACDsxAA0LMQANOzEAAmtBAAMrQQAHy0EACEtBAAhGgTAOK0EAAotRAAMLUQAH61EACItRAA1LUQAN+1EAAqthAANrYQAIC2EACIthAA2mgTANu2EAAstxAAPbcQAIK3EACTtxAA2LcQAN23EAAuuBAAMrgQAIS4EACSuBAA2rgQAOe4EAAwuRAAR7kQAIa5EACOuRAA3LkQAOi5EAAyuhAARboQAIi6EACXuhAA3roQAOq6EAA0uxAANbsQAIq7EACUuxAA4LsQAO67EAA2vBAAO7wQAIy8EACZvBAAMGkTAOi8EAA4vRAARr0QAI69EACbvRAA5L0QAPu9EAA6vhAAQr4QAJC+EACbvhAA5r4QAOi+EAA8vxAASb8QAJK/EACZvxAA6L8QAPm/EAA+wBAATMAQAJTAEAChwBAA6sAQAAHBEABAwRAASMEQAJbBEACbwRAA7MEQAPzBEABCwhAASsIQAJjCEACiwhAA7sIQAPnCEABEwxAAUMMQAJrDEACiwxAA3GkTAAnEEABGxBAAS8QQAJzEEAC3xBAA8sQQAP7EEABIxRAAUMUQADJqEwCxxRAA9MUQAAPGEABKxhAAVsYQAKDGEAChxhAA9sYQAADHEABMxxAAWscQAKLHEACnxxAA+McQAAXIEACIahMAVsgQAKTIEACmyBAA+sgQAAfJEABQyRAAVckQAKbJEACwyRAA/MkQAAfKEABSyhAAXsoQAKjKEACuyhAA/soQAAbLEABUyxAAYMsQAKrLEAC9yxAAAMwQAA/MEABWzBAAYswQAKzMEACtzBAAAs0QAAzNEABYzRAAZs0QAK7NEACzzRAABM4QABHOEADeahMAX84QALDOEAC/zhAABs8QABXPEABczxAAZc8QALLPEAC4zxAACNAQAA7QEABe0BAAatAQALTQEAC70BAACtEQACbREAA0axMAatEQALbREADC0RAADNIQAA/SEABi0hAAbNIQAIprEwDA0hAA4GsTABbTEAA2bBMAbNMQAIxsEwDC0xAAENQQABHUEADK2xAAHdQQAGbUEAAk1BAAGtkQACfUEACC4hAAKdQQADTmEABn1BAAvNQQANLUEAAS1RAAGtUQAGjVEABq1RAAGNgQAHbVEAC+1RAAxtUQAOJsEwDL1RAAFNYQABfWEABq1hAAdNYQAMDWEADC1hAAFtcQACfXEABs1xAAfdcQAMLXEADK1xAAOG0TAB/YEABu2BAAddgQAMTYEADM2BAAjm0TABzZEABw2RAAdtkQAMbZEADT2RAAHNoQACTaEABy2hAAdNoQAMjaEADP2hAAHtsQACXbEAB02xAAfNsQAORtEwDX2xAAINwQACHcEAB23BAAjNwQAMzcEADU3BAAIt0QACTdEADS3xAAMN0QAHjdEACA3RAAOm4TAIXdEADO3RAA0d0QACTeEAAu3hAAet4QAHzeEADQ3hAA4d4QACbfEAA33xAAfN8QAITfEACQbhMA2d8QACjgEAAv4BAAfuAQAIbgEADmbhMA3uAQACrhEAAs4RAAgOEQAJHhEADW4RAA5+EQACziEAA04hAAPG8TAIfiEAA86hAAjuIQANjiEADu4hAALuMQADbjEACE4xAAkuMQANrjEADn4xAAMOQQADPkEACG5BAAkOQQANzkEADe5BAAMuUQAEPlEACI5RAAmeUQAN7lEADm5RAAkm8TAD3mEACK5hAAl+YQAODmEADn5hAANucQAEfnEACM5xAAmOcQAOLnEADq5xAA6G8TAEXoEACO6BAAkegQAOToEADu6BAAOukQADzpEACQ6RAAoekQAObpEAD36RAAPnATAETqEACS6hAAqeoQAOjqEAD06hAAPusQAEjrEACU6xAAnOsQAJRwEwDr6xAAQOwQAFbsEACW7BAAnuwQAOzsEAD67BAAQu0QAErtEADqcBMAT+0QAJjtEACb7RAA7u0QAPjtEABE7hAARu4QAJruEACr7hAA8O4QAAHvEABG7xAATu8QAEBxEwCi7xAA8u8QAPfvEABI8BAAY/AQAJ7wEACs8BAA9PAQAPvwEABK8RAAVvEQAKDxEACm8RAA9vEQAPnxEABM8hAAVvIQAKLyEACo8hAA+PIQAPryEABO8xAAWPMQAKTzEACw8xAA+vMQABH0EABQ9BAAZPQQAKb0EADC9BAA/PQQAAT1EACWcRMAVPUQAKj1EAC29RAA/vUQAA/2EADscRMAW/YQAEJyEwC49hAAAPcQAAr3EABW9xAAYfcQAKz3EAC09xAAAvgQAA74EABY+BAAa/gQAK74EAC9+BAABPkQABD5EABa+RAAW/kQALD5EAC6+RAABvoQABT6EABc+hAAYfoQALL6EAC/+hAA7nITABD7EABe+xAAaPsQALT7EAC5+xAACvwQABL8EABg/BAAZvwQALb8EADC/BAADP0QABL9EABi/RAAa/0QALj9EADF/RAADv4QABb+EABk/hAAZf4QALr+EAC8/hAAEP8QABP/EABm/xAAaf8QAJpzEwDS/xAAEgARABoAEQBoABEAdAARAL4AEQDEABEAFAERABoBEQBqAREAbwERABYCEQCYAREAwAERAMgBEQBGdBMAHAIRAJx0EwCCAhEAwgIRAMQCEQAYAxEAJQMRAG4DEQB1AxEAxAMRAMwDEQAaBBEAKgQRAHAEEQByBBEAxgQRANQEEQAcBREALQURAEh1EwB5BREAnnUTANYFEQAeBhEAKAYRAHQGEQB/BhEAygYRANIGEQAgBxEALAcRAHYHEQCJBxEAzAcRANoHEQAiCBEALAgRAHgIEQCACBEAzggRAN0IEQAkCREAKQkRAHoJEQCBCREA0AkRANwJEQBKdhMAZQoRAHwKEQC7ChEA0goRANoKEQCgdhMAUgsRAH4LEQCKCxEA1AsRANoLEQAqDBEAMAwRAIAMEQCFDBEA1gwRANwMEQD2dhMALQ0RAIINEQCIDREA2A0RAN0NEQAuDhEAPQ4RAIQOEQCQDhEA2g4RAN0OEQAwDxEAMw8RAIYPEQCODxEA3A8RAOsPEQAyEBEANxARAIgQEQCeEBEA3hARAN8QEQA0EREARRERAIoREQCWEREA4BERAOoREQA2EhEAQhIRAIwSEQCTEhEATHcTAPISEQA4ExEARBMRAI4TEQCdExEA5BMRAPgTEQA6FBEASRQRAJAUEQChFBEA5hQRAPIUEQCidxMAPhURAJIVEQCgFREA6BURAPkVEQD4dxMARBYRAJQWEQCgFhEATngTAPAWEQBAFxEARhcRAJYXEQCbFxEA7BcRAPIXEQBQeRMARxgRAJgYEQCaGBEA7hgRAP8YEQCoehMAUBkRAJoZEQCgGREA8BkRAPwZEQBGGhEAThoRAP56EwCiGhEA8hoRAP4aEQBIGxEAUBsRAFR7EwCqGxEA9BsRAPcbEQBKHBEAVBwRAKp7EwCiHBEA9hwRAAQdEQBMHREAXR0RAFZ8EwCoHREA+B0RAAQeEQCsfBMAVh4RAKQeEQCnHhEA+h4RAAYfEQBQHxEAXB8RAKYfEQCuHxEAWH0TAAcgEQBSIBEAXiARAKggEQCwIBEArn0TAAchEQBUIREAZSERAKohEQC7IREAACIRAAgiEQBWIhEAWSIRAKwiEQC2IhEAAiMRAAQjEQBYIxEAZyMRAK4jEQDOIxEABCQRAAwkEQBaJBEAZCQRALAkEQC2JBEABiURAAglEQBcJREAayURALIlEQC+JREABH4TABQmEQBeJhEAfCYRALQmEQC6JhEACicRABMnEQBgJxEAbScRALYnEQC+JxEADCgRACIoEQBiKBEAZCgRALgoEQDTKBEADikRABopEQBkKREAcSkRAFp+EwDAKREAECoRABgqEQBmKhEAfCoRALwqEQDBKhEAEisRABgrEQBoKxEAdCsRAL4rEQDGKxEAsH4TACEsEQBqLBEAeiwRAMAsEQDFLBEAFi0RABwtEQBsLREAgi0RAMItEQDELREAGC4RACIuEQBuLhEAfC4RAMQuEQDJLhEAGi8RACcvEQAGfxMAfy8RAMYvEQDPLxEAHDARACYwEQByMBEAgDARAMgwEQDNMBEAHjERACsxEQB0MREAfDERAMoxEQDaMREAIDIRACIyEQB2MhEAhDIRAMwyEQDdMhEAXH8TACkzEQCyfxMAfTMRAM4zEQDUMxEAJDQRACw0EQB6NBEAhDQRANA0EQDSNBEAJjURACk1EQB8NREAnDURAF6AEwDeNREAKDYRAC42EQB+NhEAijYRANQ2EQDcNhEAtIATADY3EQCANxEAhjcRANY3EQDiNxEALDgRADQ4EQAKgRMAhDgRANg4EQDmOBEALjkRAD85EQBggRMAkTkRANo5EQDxOREAtoETADo6EQCGOhEAkjoRANw6EQDfOhEAMjsRADw7EQAMghMAmTsRAN47EQDlOxEANDwRADw8EQCKPBEAlzwRAOA8EQDlPBEANj0RAEA9EQCMPREAlD0RAOI9EQDxPREAOD4RAD0+EQCOPhEApD4RAOQ+EQDlPhEAOj8RAEg/EQCQPxEAoT8RAOY/EQDyPxEAPEARAERAEQC4ghMAlkARAFgBAACaQBEA7PASAJ5AEQBUng8A9EARABIJAABGQREAREQRAPlCEQBWKwAARkMRAFotAABURBEAeDwAAPNEEQB+PwAASUURAORHAAD0RREAvKkQAPVFEQCUSgAA+UURADqkAwD8RREALNAHAExGEQAOXQAA+EYRAHBjAABORxEA3m8AAPlHEQCWdgAAW0gRAKh/AACmSBEABIMAAPpIEQAMhwAArEkRAHSQAABvShEApkoRAAhNEQCg0QAABk4RALjdAABcThEAIOcAAAhPEQDo9QAAvE8RAFD/AAAqUBEApv8AAF5QEQD8/wAAvlARAAgGAQBoUREAtgcBAL1REQDADAEAf1IRANIVAQDCUhEA3hsBACtTEQBiUxEA1FMRAA5UEQAWVBEAZFQRAHBUEQBCIwEAwlQRAPIlAQCCVREAvFURAMRVEQASVhEAFFYRAFYtAQB0VhEAYjMBABxXEQDKPAEAeFgRAFJWAQAgWREABFoBADRZEQAIqRIAPFkRAASnEgCTWREAWloBAMpZEQCyWwEALFoRAAxeAQB1WhEAEmEBAMpaEQAWYwEA1FsRAOZ1AQA4XBEAdFwRAHxcEQA8dgEA2VwRAJZ4AQCCXREAVoMBAO9dEQCsgwEALl4RAFqFAQCAXhEAzl4RANheEQCwhQEALl8RALqKAQA0YREAmKQBAIZhEQDUYREA5GERAO6kAQCMYhEA9qgBAN5iEQAsYxEAPGMRAEypAQDkYxEACLIBADhmEQAONgIAPGYRALw3AgBAZhEANMgBAExmEQAuRgIA5mYRAELxEgDnZhEAUGsMAOpmEQA6ywEA+mYRABDMDAA8ZxEAJrYRAFBnEQCQywEAYmcRABw0EwCRZxEA5ssBAJRnEQAkVw0AQmgRAPDQAQCYaBEARtEBAEZpEQCo1wEA7WkRALTdAQCZahEAvOEBAOlqEQA8axEASGsRAGjiAQBGbBEAlGwRAJdsEQBScA4AoGwRACDpAQD/bBEA0OsBAGFtEQCWbREA8G0RAPbADQD8bREAQvoBABluEQDW7gEATm4RADj1AQD6bhEA7PkBAKZvEQBE+wEADHARAJr7AQCocBEAup4LAKxwEQBG/AEA+3ARAEj9AQACchEAsgcCAKlyEQD26QwArHIRALwMAgCuchEAtvgOAP5yEQD09BIAEHMRAExzEQCqcxEA+HMRAL5zEQAmFwIA+3MRAMp/DQACdBEA4IoNAAV0EQD0aQ0ACHQRAEpBDgAJdBEAqEUOABN0EQDADgIAGXQRAIiJDQCmdBEAHhMCAM50EQBanw4ACHURAMwUAgBcdREAzhUCAMV4EQCeKAIAiIYRACqwDQAwhxEAdIcRANyHEQAgiBEAhogRAGh3DACMiBEAst4CANGJEQCmohIA1okRAHqKEQDqiREAgI0RAPKJEQCuphIA+IkRANLuAgB8ihEAeAANAH6KEQDOgQ0AgYoRAEw4CQCEihEAKO8CAImKEQB+7wIAi4oRABrBBACxihEAsg0FAOCMEQDy/gIAiI0RANaNEQDXjREAzCoNAOCNEQD68Q8A5Y0RAJwUDgD1jREApE0TADaOEQD8AwMAMY8RAE4tAwA0jxEAEPMKADWPEQDUGgMAN48RAGALAwA4jxEAFhEDADqPEQCqMgQAO48RAHATAwA8jxEAjCEDAD2PEQAQDgMAPo8RAEwuBABEjxEAdhYDAG2PEQAmChEAjJIRAABcAwCQkhEAWDIDAJSSEQBuUQ0A7JIRALI0AwA+lREA6lADAKuWEQAWZwMAV5cRACpxAwAJmBEAMnUDAEmYEQCSegMARJkRAAqMAwCgmREA7pkRAPyZEQBkjgMA9JoRALqmDwD+mhEAIJcDAPWbEQDqpgMAUZ0RABq/AwD3nREAgMcDALSeEQD4nhEAWZ8RAPzaAwC2nxEA+p8RAAugEQAC3gMAVKERAHBCBQBVoREAjvkDAFyhEQD6DgkAAaIRAJb9AwAFohEAGB4JAAOjEQDCEwQADaQRAC4fBAC9pBEAiiIEAHalEQCwpREAuKURAAamEQAVphEARCoEAGamEQCgLQQAEacRAErpDAAUpxEATi8EAGanEQC0pxEAeqcRAE6hEgC+pxEApC8EAGioEQBaNQQAxagRAF43BABoqREAaj0EAMCpEQA+3QkAEaoRACJEBAAcqxEA8lYEAG6rEQDQNhIA2KsRABKsEQAarBEAaKwRAHWsEQAYagQAd6wRAA6QBAB5rBEATloEACeuEQDcdgQAJK8RAAKKBAB2rxEAxK8RANWvEQBaiwQA1bARAIKfBAAmsREA3qIEAMqxEQCYqgQAL7IRAFCxBAA6shEAaL0EAEeyEQBctwQASbMRAL69BADrsxEAzMQEACi0EQAuywQA1bQRAKLaBADatBEASLcJANu0EQD6ugkA3bQRAOixCQBAtREAerURAIK1EQDQtREAKLYRAK7HDQAuthEApKESADC2EQCo3QQAMrYRAKrJDwBJthEA+EwTAGy2EQCk8Q8AhLYRAK7gBAD/thEAKLcRADO3EQCw4QQA3rcRAGbnBACPuBEAIO8EAC+5EQAy+AQAMrkRAFgNBgCeuREA4PkEAOW5EQBGAgUA57kRADb6BAA0uhEAkv0EADi6EQCW/wQAOrsRAPYEBQBBvBEADBAFAIu8EQAWFQUAVL8RAI6/EQCWvxEA5L8RAPO/EQAKOgUAQ8ARAMRBBQA+wREAKkoFAEnBEQB09ggAlcERAIZNBQCZwhEABGIFAKPCEQD0WQUA8MIRAFBdBQD0whEAVF8FAF7EEQCYxBEAoMQRAO7EEQDzxBEALHYFAP3EEQAcbgUASsURAHhxBQBOxREAfHMFAFLHEQCujAUA+scRAMCVBQCmyBEAkqkFAHHJEQBcuQUAyMkRALy+BQAHyhEAwMAFAF7KEQAixwUAsMoRACTIBQACyxEAUMsRAFrLEQB6yAUAqcsRAIDLBQCxzBEAlNUFAHDNEQCqzREAss0RAADOEQAGzhEAVuEFAGzOEQAI5QUAGM8RAHbxBQBczxEAivsFABPQEQCS/wUAv9ARAKIHBgDO0REACNIRABDSEQBe0hEAbtIRAGwXBgCK0hEAyhsGAMDSEQBuGAYAEtMRAGDTEQBq0xEAxBgGAH7UEQC41BEAwNQRAA7VEQAX1REAkCkGAG7VEQCUKwYALNYRAGbWEQBu1hEAvNYRAL3WEQCqNgYAwdYRAI5+BgDJ1hEAZD4GAMvWEQBKMQYAGNcRAKY0BgAc1xEA3nsGAB7YEQAUQQYAytgRACRJBgAg2REAgk0GAHLZEQCETgYAJtoRAOpWBgDg2hEAGtsRACLbEQBw2xEAetsRAPpeBgDJ2xEACGYGAI7cEQDI3BEA0NwRAB7dEQAr3REAZmoGAC3dEQB6dAYAed0RAG5uBgAm3hEA1ncGAH7eEQDaeQYA6t8RACTgEQAs4BEAeuARAIngEQDyhQYA2uARAE6JBgDg4hEAeJ4GAEbjEQCA4xEAnOMRANbjEQDj4xEA0J8GAPTkEQAu5REANuURAITlEQCH5REAnrEGAGfmEQC4vgYA3+YRAMLDBgDj5hEAZksMAJXnEQB6ygYA4ecRAILOBgBA6REApN8GAJjpEQAE5QYAluoRAH6nCQCq6hEAKKcJAADrEQA66xEAQusRAJDrEQCT6xEAFO0GAALsEQA87BEAROwRAJLsEQCh7BEAxvAGAPPsEQB+9wYAQu4RAPQHBwDz7hEApu4NAPjuEQA4uw8A++4RAKQKBwD87hEAirkPAE7vEQCsDgcAYPARAJrwEQCi8BEA8PARAPnwEQBqGAcAUPERAG4aBwAB8hEAfCEHAGHyEQDmKwcA9/IRAKI0BwCj8xEAYj8HAE/0EQDQSwcAWPURAJRYBwCu9REA8FsHAAb2EQBMXwcAbPYRAKb2EQCu9hEA/PYRAAv3EQBiagcADPcRAKRgBwBe9xEApmEHALD3EQD+9xEACPgRAPxhBwCw+BEAvm0HAFn5EQB4dQcACvoRACp5BwDK+hEABPsRAAz7EQBa+xEAafsRAJKCBwC8+xEA7oUHAA78EQBc/BEAa/wRAEaHBwAX/REAUo0HAGj9EQCukAcAwf0RAMacBwDD/REAupYHANL+EQAM/xEAFP8RAGL/EQDU/xEADgASABYAEgBkABIAcQASAJavBwDHABIARrIHAB4BEgD4tQcAvgESAFq8BwB0AhIAaMMHAB8DEgA82AcAeAQSALrsBwDKBBIAGAUSACcFEgAS7gcAlAUSAGrvBwDQBhIAzPUHACgHEgAq+gcAegcSAMgHEgDXBxIAgvsHAEQIEgDa/AcAeQkSAI4BCADRCRIAnAgIAH0KEgAMFggAKQsSANAiCADgCxIAhigIADMMEgDeKQgA2AwSAJIuCACaDRIA1A0SANwNEgAqDhIAgw4SAPo3CAA7DxIAqjoIAPQPEgAuEBIANhASAIQQEgCOEBIAvEMIAOgQEgBqRQgAPxESAHRKCACQERIA0k4IADsSEgAwUwgAQBMSADxZCACSExIA4BMSAOITEgCSWQgAqBQSAOIUEgDqFBIAOBUSAFYWEgCQFhIAmBYSAOYWEgAEGBIAPhgSAEYYEgCUGBIAnhgSAECGCABcGRIAlhkSAJ4ZEgDsGRIA9hkSAIKnCAACGhIAYpcIAEcaEgBmmQgAohoSACKiCAD5GxIABL4IAP0bEgDytAgAVBwSAP66CACdHBIAAr0IAFIdEgAIwAgAoR0SAA7DCABUHhIAbsgIAKweEgDQzggAWB8SANbRCACuHxIALNIIABQgEgBOIBIAViASAKQgEgCzIBIA3NQIAF0hEgCe4AgAtiESAFbnCADEIhIA/iISAAYjEgBUIxIAYyMSAL7wCABZJBIArCQSAMYkEgAyAAkAHiUSAFglEgBgJRIAriUSAL0lEgA6BAkAOiYSAOgFCQDMJhIABicSAA4nEgBcJxIAwScSAJoJCQAOKBIA9gwJAMAoEgD8DwkAHCkSAFoUCQC9KRIAvpwJAMApEgAOGQkAEyoSABAaCQAYKxIAiiwJAG4rEgBCMwkAwSsSAEQ0CQDYLBIAEi0SABotEgBoLRIAdC0SALRBCQDGLRIAFC4SABguEgAMQwkAei4SALpECQAyLxIAbC8SAHQvEgDCLxIA7C8SACxTCQAdMBIAkFoJAIowEgAifQsAzDASABoxEgBSMRIA8F8JAOkxEgAcMhIAITMSAIR/CQAnNBIAUJAJAIA1EgDONRIA8zYSACY3EgBFNxIAfDcSAOI3EgDcqwkAhjgSADyxCQAwORIARLUJAI86EgCeYwoAkToSAFzBCQDeOhIAuMQJAOY8EgAizwkANT0SAIbWCQA8PRIAgNMJAD4/EgCMPxIAO0ASALLsCQBGQRIAyPcJAJpCEgDoQhIAEUMSAPALCgCwQxIA6kMSAPJDEgBARBIAT0QSAAAUCgCcRBIAXBcKAKBEEgDuYAoAR0USAGAZCgCgRRIA7kUSABdGEgC6GwoAokYSAGwfCgAZRxIAwh8KAKRIEgA+MwoArEkSAEw6CgCuShIAskIKABRLEgAIQwoAXUsSAF5DCgCqSxIAukYKAFxMEgDASQoAwkwSABZKCgALTRIAbEoKAFhNEgDITQoA1E4SAABPEgByTxIArE8SALRPEgACUBIAs1ASAKZnCgC0URIAvnMKAHFSEgCGggoAJFMSAF5TEgBmUxIAtFMSAL5TEgBEjAoAjlUSAAaYCgC8VhIAkLIKABlXEgBGuAoAvlcSAALBCgAiWBIAXsQKAMhYEgDM0AoAy1oSAGDwCgCHXBIAgAALACFdEgCKBQsAf10SAOYICwA6XhIAdF4SAHxeEgDKXhIAIl8SAKIRCwA+YBIAeGASAIBgEgDOYBIA+GASALweCwCDYRIAHiULANhhEgAmYhIANGISAMolCwCCYhIAJCgLADVjEgAuLQsAf2MSADYxCwCJZBIASjsLAIxkEgD2OwsA5WUSABBJCwAzZhIAaEoLAJFmEgDETQsA4mYSAHRQCwAzZxIAylALAKpnEgDcZxIApGgSAI5dCwAIaRIA5F0LAD5qEgCMahIAtWoSAJxkCwDAahIASGULAJxsEgBQaQsA9mwSAKxsCwBJbRIABG4LAEtuEgBmdAsAmW4SAG54CwBfbxIAlm8SAERwEgDihwsAn3ASAJ6QCwBGcRIA9pELAMxxEgD+lQsABnISAAaaCwBLchIAYJwLAPhyEgAgpwsACHMSAKzCCwBgdBIAPLULAKV0EgCWtwsADHUSAPC5CwAWdxIAUHcSAFh3EgCmdxIAs3cSAHjTCwAJeBIAftYLALV4EgAw2gsAc3kSAKp5EgASehIA0o0SAB96EgBWehIADnsSAKDnCwAQexIARuULAMB7EgAEfBIAaHwSAAjxCwAWfRIAyvwLAHR+EgDwDwwAFX8SAPgTDABufxIABBoMAMR/EgBqIgwAGYASAGwjDAC+gBIAIikMAICBEgC6gRIAwoESABCCEgCEghIAkjYMAGuDEgD0PAwAgYQSAAhHDAAmhRIAbk8MANKFEgCAWAwAioYSAMSGEgDMhhIAGocSAIyHEgDGhxIAzocSAByIEgDLiBIA+qESANCIEgAeiRIA0ogSAJbqDwDkiBIAhOcSACiJEgD8awwA0IkSALJxDADeixIAiogMAO2LEgAkjBIAgowSAIKEDADfjBIA2IQMACmOEgBMlAwAjI8SAA6gDACkjxIAOLkOAN6PEgAskBIASpASAGSgDAD0kBIALpESADaREgCEkRIA6JESAGqjDACikhIAcKYMAE6TEgDMqQwAUJQSAIqUEgCSlBIA4JQSAFKVEgCMlRIAlJUSAOKVEgBGlhIA5LUMAACXEgA6lxIAQpcSAJCXEgD0lxIAmrsMAASZEgA+mRIARpkSAJSZEgD4mRIA/sIMALKaEgAExgwAXpsSAGDJDAD4nBIASJgPAE6dEgCemA8AuJ0SAPKdEgD6nRIASJ4SAL6eEgDQ1gwAUp8SAFAXDQAAoRIAEAMTAAKiEgBAPg8AFqISABgyEwAoohIAUKISAFiiEgBKcBAAfqISAJhqDwDUohIA/KISAFWjEgBUJRMAxKMSAP6jEgAGpBIAVKQSALakEgCs7wwAHKUSAFalEgBepRIArKUSAA6mEgBeoQ4AbqYSAGAfDQC2pxIAEKUOALynEgDA+QwAIKgSAHD8DAAQqRIAXqkSAG2pEgA8Dw4AvKkSANJkEwAbqxIA2AUNACWrEgCABA0AGqwSAIoJDQDWrBIAEK0SABitEgBmrRIAxa4SAJwSDQDYsBIAaCMNAHaxEgAsMA0A0rISAPY/DQDSsxIA/EINACO1EgDijQ4AJrUSABpUDgAqtRIAZk0NADC1EgBWnQ4A1LUSACK2EgAsthIAcFINAEC3EgB6txIAgrcSANC3EgB+uBIAil8NANe4EgA8Yw0A3roSAKhuDQA0uxIAgrsSAI67EgAEcg0AOrwSAGB1DQDivBIAML0SAEe9EgDAeg0APMISAPaVDQDrwhIAqpoNAEnFEgA2tg0A/sUSAELGEgD7xhIAAscNAP7GEgCqxQ0A/scSAFzJDQCoyBIAXsoNAADJEgBkzQ0AwckSAPTJEgASyhIAwNANAG7KEgAi1w0ABMsSAHjXDQBYzRIAps0SAKjNEgDm4w0AAc4SAJLkDQAIzhIA7OYNAHLQEgCs0BIAtNASAALREgAM0RIAxv4NAMrREgAE0hIADNISAFrSEgBp0hIA3AkOALbSEgA4DQ4AYtMSAJgSDgAO1BIA+BcOAA3VEgC6Iw4AudUSABAkDgDC1RIARmwPAGrWEgBuKA4AwNYSAA7XEgBy1xIAHisOAMjXEgDYMg4AGtkSAGjZEgBr2RIANDYOACDaEgCOOA4ActoSAMDaEgDD2hIAkjoOAHjbEgBCPQ4AytsSABjcEgAb3BIARj8OANDcEgBMQg4AIt0SAHDdEgB63RIAokIOAM7dEgAc3hIAH94SAKRDDgDQ3hIAqkYOACbfEgB03xIAd98SAAJIDgAo4BIAduASAHngEgAKTA4AKuESAHjhEgB74RIAElAOADDiEgDEUw4ALuMSACRZDgBO4xIAOEITAJjjEgB8Wg4AK+QSAH7kEgAt5RIA1lwOADTlEgAwXw4A5OYSADxlDgDm5hIAYvkOAIznEgDa5xIANekSAHxcDwA66RIA4OoSAJTpEgBWcg4A8OoSAK5zDgBG6xIACHYOAJjrEgAKdw4A/usSADjsEgCV7BIA1ocOAJjsEgA8kA4AnewSALZ3DgCp7BIAIIIOAEzvEgDUhg4A+O8SAOCMDgBO8RIAgDMPAGzxEgDAMBMAhvESAHLYDwCg8RIA7vESAPHxEgA+kQ4AVPISAOySDgCm8hIA7pMOAPjyEgBG8xIAUPMSAESUDgD39BIA+pkOAP70EgD+mw4Ao/USAACdDgAj9xIAsqAOAKz3EgAOpA4ARfkSACo7EwC9+RIAVPQPAP/5EgDgtw4AYvsSAEC9DgC0+xIAAvwSABv8EgCYvg4AW/wSAK78EgAo/RIATMMOANT9EgBOxA4AgP4SAKbFDgAQ/xIAXv8SAGj/EgBYyQ4ACwATAACfDwAbARMAFNIOABUDEwAm2w4ABQQTABIEEwBbBBMAaAQTAMQGEwBG6w4AzgYTAKryDgCCCRMAEvwOANYJEwAU/Q4AJgoTAMD9DgB3ChMAGP8OAHkLEwByAQ8AgAwTAM4MEwAsDRMAeg0TACcOEwCCCQ8AhA4TANIOEwAwDxMAfg8TAC0QEwCODw8A3hATACwREwCKERMA2BETAOISEwDuFA8APBMTAEYWDwDkExMAMhQTAEIUEwCeFw8AARUTADQVEwDpFRMAUhwPAEIWEwACHw8AsBYTAOIWEwAEGhMA2jUPALIbEwA6Ow8AXhwTAJI8DwAKHRMA6j0PAJ8fEwBsVA8AWCETACZcDwBPIhMAgl8PAAgkEwA8Zw8AsSQTAOxpDwAtJxMApHAPAFsnEwBScg8AticTAARTEwANKBMAAnUPABAoEwAGdw8AXSgTALAoEwDMKBMABikTAF8pEwCyKRMAzikTAAgqEwBmKhMAtCoTAL4qEwBcdw8AEisTAFJ6EwBmKxMAZnwPAHAsEwDEgA8AuywTAHSDDwAWLRMAWlMTACUuEwCq9A8AyC4TAIyPDwB+MhMA8m4QANAzEwC+qA8AyzQTAFyiDwCANRMAXqMPAIA3EwDONxMA2DcTABqsDwCIOBMAyq4PAHM7EwCAOxMAyTsTANY7EwAfPBMALDwTAHU8EwCCPBMAyzwTANg8EwAhPRMALj0TAOY9EwDatg8ATD4TADC3DwDdPhMAiLgPAE4/EwA0uQ8A5z8TAIy6DwBQQBMAikATAPxAEwA2QRMAmkETAOi9DwBgQhMAjkITALZCEwDkQhMADEMTADpDEwBiQxMAkEMTAJdDEwC80g8A7kMTADxEEwBBRBMAmsEPAJdFEwCuyw8A+EYTAAzQDwCbRxMA7kcTAGxIEwCaSBMAwkgTAPBIEwAYSRMARkkTAG5JEwCcSRMAxEkTAPJJEwDGShMA9EoTABxLEwBKSxMAcksTAKBLEwDISxMA9ksTAB5MEwBMTBMABE0TAOoWEQAITRMAPBURAAFOEwAg2g8AXk4TAC7hDwAbTxMAUk8TAMdPEwCa7A8AB1ATAPjwDwBzUBMAqlATAF5REwCsURMAvFETAPzyDwAOUhMA/vMPAG1SEwAI+xAAv1YTAHYwEAAYVxMAIjEQABZYEwDwQhAAwlgTAKhJEABuWRMAtlAQABpaEwBsVhAAxloTANBdEAByWxMAhGIQAB5cEwA4ZxAAylwTAPBtEAB6XRMA9G8QAN5dEwAaXhMAIl4TAHBeEwAqYhMAeGITAJZiEwAWgRAA3GUTAKifEABIZhMAsKMQAPRmEwAQqRAAjmcTAGqrEADgZxMAGq4QADVoEwDKsBAAiWgTANK0EADqaBMA1rYQAExpEwCGaRMA3mkTAPDDEAA+ahMAnsUQAJ1qEwBOyBAA5moTAFrOEACmaxMAuNIQAPZvEwA46BAApnETAFL1EAD4cRMAVPYQAEpyEwCYchMAnHITAKr2EAD2chMARHMTAKJzEwDwcxMApHQTAPJ0EwBUdRMAcgURAKZ1EwD0dRMA+HUTAMgFEQAhdxMALA0RAAF4EwA+FhEAUXgTAKR4EwDMeBMA+ngTAFN5EwCmeRMAznkTAPx5EwBpehMAQhgRAAB7EwCcGhEAXnsTAJ4bEQCyexMAAHwTABB8EwCgHBEAX3wTAKIdEQCvfBMAAn0TAGJ9EwD8HxEAvn0TAP4gEQC+fhMAFCwRAGh/EwAiMxEAun8TAAiAEwAYgBMAeDMRALiAEwAqNxEAGoETAII4EQBugRMAhDkRAL6BEwAwOhEAD4ITAGKCEwA=","fail":"AAAAAAAAAABmiQAA3MYBAFrZAADCRAcA0kICAI4sCABkCwIAmhENAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAJgINAJ7qDQD06g0ASusNAKDrDQD26w0ATOwNAKLsDQD47A0ATu0NAKTtDQD67Q0AUO4NAAAAAADCRAcA0kICANJCAgBaiQMAqC0CAP4tAgBQbw4AjLgOALbgAgAM4QIANBwBAJzZBQCWvw8AWokDAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAJoRDQAE8w0AWvMNALDzDQAG9A0AXPQNAAAAAADCRAcAZAsCAJYNDADeIQQAVi8CAO7fCQA6IQIAZokAAGo5AgCqShAAAEsQALy4AgBOJwAAZAsCALRwCwAKcQsAkkkAAPSEBQAqlgAAgJYAACTCAgB2JAoAzCQKAGQLAgAmAg0AnuoNAPTqDQBK6w0AoOsNAPbrDQBM7A0AouwNAPjsDQDE8QcATEANAFYAAABWAAAAXG0KANJCAgCSSQAAZAsCAMTxBwAqwwEAAAAAACqWAAC6oAwAIqoMAOgeAACGGAAAjiwIAOQsCACQyQAA5skAADzKAAAKCwMAcBMDAMYTAwDy4woAiBkAAOwNDADmZA4AWAEAAK4BAAAEAgAAWgIAALACAADE8QcATEANAFYAAABWAAAAkqEBAKhcBAAqlgAAZLMAANJCAgAoQwIAhtAGAGQLAgCaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAC8xgkAEscJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEAqFwEAP5cBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAAAKCwMATi0DACrDAQCAwwEA1sMBAJY4DAByfAwAyHwMALh0DAAOdQwAZHUMALp1DADqIwIACnELAEJQAgAgzgkAds4JAMzOCQCOLAgAZAsCAErEDwA02AkAZAsCAFBvDgD2cBAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAO7fCQDW2QwAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAALzGCQASxwkAAAAAAMqQAAAqlgAAcg4AABSPAgAWIQsAjiwIAGQLAgDE8QcAYjEAALgxAAAOMgAAZDIAAOA4DwA6IQIAZokAANzGAQDoHgAAjiwIAGQLAgCaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIAgJwDANacAwAsnQMAgp0DALh0DAAOdQwAMhkAAIgZAADsDQwA5mQOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgCSZw8A6GcPAJYNDACQSgEA5koBACTCAgDMkwEAjiwIACayDwCWDQwA7A0MAOZkDgBYAQAArgEAAAQCAABaAgAA4DgPADohAgBmiQAA3MYBAOgeAACOLAgAZAsCAJoRDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAuHQMAA51DAAyGQAAiBkAAOwNDADmZA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAJJnDwDoZw8Alg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAJrIPAGaJAADcxgEAvmUDAAoLAwBOLQMAYjEAALgxAAAOMgAAZDIAAOA4DwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAADgOA8ATicAACJOCQDSQgIAtJ0MABSPAgDgOA8ANBwBAEIxCAByDgAAKsMBAD51AAD8GQ4AitoKAOLhDQAQDgMAurMAABC0AABmtAAAvLQAABK1AABotQAAlg0MAOwNDADmZA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgAA9Q8AmhENADClBgDE8QcAIoUPAPSEBQBKhQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgAmAg0AJrIPAIYYAADyVAMAKpYAAI4sCABkCwIAugsCAOgNDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgB0zwoA3BgAAFrZAACGGAAAZAsCACYCDQDkLAgAFCoQAGoqEAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAI4sCAAmsg8AhhgAAPJUAwAqlgAAjiwIAFYvAgAqlgAAgJYAANTrAAB87gIAOiECAGaJAAA0/wcAVi8CAI4sCAA6IQIAVi8CACqWAACAlgAA1OsAAHzuAgDKkAAAOiECAJKhAQCoXAQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAvMYJABLHCQCSSQAA9IQFAEqFBQAqlgAAJMICAHrCAgDQwgIAZAsCAJY4DAByfAwAyHwMALh0DAAOdQwAZHUMALp1DAAM9w0ABPMNAGjFCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAJo8DQBWAAAAVgAAAFxtCgDSQgIAkkkAABYhCwCOLAgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQAYzgsAAAAAAJKhAQCoXAQAKpYAAIYYAACSSQAAZAsCACYCDQCe6g0A9OoNAErrDQCg6w0A9usNAEzsDQCi7A0A+OwNAMTxBwBMQA0AVgAAAFYAAABcbQoA0kICAJJJAABkCwIAmhENAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgAKvwcAZosBAIxiDgBkCwIAvMYJABLHCQAAAAAAypAAACqWAAByDgAAFI8CABYhCwCOLAgAZAsCADohAgBaiQMAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAAnlsGAGSzAACExwIAnFICAJ5bBgDCRAcANNgJAGQLAgCWDQwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAJoRDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AALzGCQASxwkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAASVCQA02AkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEANtEFAITHAgDaxwIAMMgCAISyDQDasg0AMLMNAFrZAADMkwEAGEMGAOhJAAD6QQ0AuO8JAJJJAABkCwIAmhENAJa/DwBaiQMAZAsCAJYNDADsDQwA5mQOAFgBAACuAQAABAIAAFoCAACwAgAANtEFAIzRBQDi0QUATicAACJOCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgA20QUAurMAABC0AABmtAAAvLQAABK1AABotQAAxPEHAOgeAACGGAAAkkkAAGQLAgCaEQ0AkMkAAObJAAA8ygAAqC0CAP4tAgCAnAMA1pwDACydAwCCnQMAuHQMAA51DAAyGQAAiBkAAOwNDADmZA4AWAEAAK4BAAAEAgAAWgIAALACAACWOAwAcnwMAMh8DADE8QcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQD22QQAmhENAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgAgzgkAds4JAMzOCQAizwkAeM8JAM7PCQCaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABYhCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEAQjEIAFrlBgAsfAgAZokAAJa/DwDyVAMA6PsDADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAAoLAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAMJEBwA02AkAfBcCANIXAgByDgAA6B4AAFrlBgBYuQYArrkGACSxDwAYQwYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqjIEAAAzBABWMwQArDMEAAI0BABYNAQArjQEAAQ1BABaNQQAzP8MAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAAB87gIAmhENAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgDQiBAAcg4AAOgeAACOLAgAZAsCAOA4DwBSdBAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgCSZw8A6GcPALzGCQASxwkAaMcJAL7HCQAUyAkAasgJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgCaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEAQjEIAFrlBgAsfAgAZokAAJa/DwDyVAMA6PsDAJJJAABWLwIAZokAABLFCABoxQgA6KEBAFrZAAAqlgAAjiwIAGQLAgDgOA8A0kICAASVCQA6IQIAZokAADohAgCSoQEAljwOAOw8DgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAAfO4CALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQAmsg8AgJYAANTrAAB87gIA9P0BAGSzAAAqlgAAVgAAAJJJAACeWwYAwkQHAGQLAgAAAAAAAAAAAAAAAAD22QQAvMYJABLHCQBw7gUA3MYBAMgOAAA02AkACgsDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAIoFCwDgBQsANgYLAJYNDADsDQwA5mQOAFgBAACuAQAABAIAAFoCAACwAgAAuHQMAA51DABkdQwAunUMAAz3DQAE8w0AaMUIAOihAQBa2QAAKpYAAI4sCACGGAAA3BgAADIZAACaEQ0AbNMOABKKAABoigAAvooAABSLAABqiwAAUG8OAIy4DgCWZQ0AUG8OAPZwEADMkwEA6PsDAD78AwAkwgIA7t8JAPpBDQByDgAAFI8CAFrZAADMkwEAGEMGAOhJAABkCwIAvMYJAChDAgA6IQIAOiECAMyTAQAYQwYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgCWDQwAkqEBAJY8DgDsPA4A3MYBAOgeAAA20QUALHwIAIJ8CADYfAgALn0IAGQLAgBaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMA0nkIAOgeAADqZg4AkkkAAJ5bBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQCo3QQA/t0EAFTeBACaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAABYhCwBQbw4AjLgOAMJEBwCOLAgAJrIPAHhYDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAADT/BwBkCwIANtEFANJCAgA6TAIAOv4FACayDwCGGAAAkkkAAJ5bBgBmiQAAEsUIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAKhcBACOLAgA5CwIALyJAAASigAAaIoAAL6KAAAUiwAAYs4OAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgCc3wgAypAAANJCAgA6TAIAOv4FAFY9CQAqlgAAcg4AAGTPDgDcGAAA3kYBADQcAQCc2QUAnFICAGSzAACOLAgAJrIPAIYYAADyVAMAKpYAAAAAAADCRAcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIA6A0NANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAOgNDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgCaEQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIAdiQKAMwkCgC0nQwAgpkBAMJEBwA02AkAzJMBACKUAQDyVAMASFcEAGDeAQA0HAEAZAsCAMTxBwBMQA0AVgAAAFYAAABcbQoA0kICAJJJAAAWIQsAjiwIAGQLAgCaEQ0AHgQQAMyTAQBkCwIAJMICAHYkCgDMJAoAtJ0MAIKZAQDCRAcANNgJAGQLAgCWOAwAAAAAAHIOAAAqwwEAgMMBAAoLAwByDgAAvmUDAGQLAgC8xgkABJUJALjvCQCSSQAAnlsGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAACeWwYAwkQHADTYCQAqlgAAgJYAANTrAAB87gIAZokAAMyTAQCWPA4ACgsDANQaAwAM8QoA4OIOADbjDgCM4w4A4uMOADjkDgCO5A4A5OQOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQAmsg8AgJYAANTrAAB87gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAJa/DwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgAksQ8AerEPAMgOAAA02AkATicAAI7KAQDkygEAUGsMAKZrDADKkAAAkqEBAJJJAACeWwYAVgAAAJKhAQCWPA4Aho4QAI7KAQDkygEAUGsMAKZrDADoHgAAPh8AANTrAAB87gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CALRwCwAYqQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgC0cAsAGKkOABINAgBoDQIAvg0CABQOAgBqDgIAeH0LAJKhAQCWPA4Aho4QANyOEAAyjxAAWiAPAM5YDgBkCwIAvMYJACSxDwDikRAAOJIQAI6SEAB4fQsAzn0LALoLAgAQDAIAZgwCALwMAgAAAAAAeFgOAGQLAgC8xgkAJLEPAOKREAA4khAAjpIQAHh9CwDOfQsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEA9tkEAIq5DwDguQ8ANroPAIy6DwDiug8AAAAAAMqQAAAgkQAA8lQDABhDBgBqOQIA0l4QAI4sCABsZQIAypAAACCRAADyVAMAGEMGAGo5AgA6aBAA0kICAChDAgCG0AYAQjEIAFrZAADCRAcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAACYlCQBa5QYAkkkAABYhCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAUG8OAIy4DgCWZQ0AOiECAAD1DwAAAAAAmhENAJC8DwDmvA8APL0PAJK9DwDovQ8APr4PAJS+DwC0cAsAcNcPAMbXDwAc2A8ACgsDAAAAAADCRAcAkkkAAAoLAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAOv4FAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgBaIA8AzlgOALRwCwAAAAAAkqEBAAAAAADKkAAAZokAABLFCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIAkmcPAGQLAgC0cAsAAAAAAMqQAABmiQAA7t8JAPpBDQC47wkADvAJAGTwCQC68AkAOiECABDxCQBm8QkAvPEJADohAgA20QUAjNEFAOLRBQBiTw8AuE8PAA5QDwA20QUAjNEFAOLRBQBiTw8AuE8PAA5QDwBmiQAAlr8PAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAAAWIQsAukwNABBNDQBqOQIA8ucMAEjoDABaiQMAkkkAABYhCwC6TA0AEE0NAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAAD0hAUAuCANAH5DAgDUQwIAKkQCAJJJAADoSQAATnIQAKRyEAD6chAAAAAAANJCAgA6TAIAntIBAAgQBgBa5QYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgACoA8A6EkAAE5yEACkchAAwkQHAGo5AgB0PgIA6EkAAE5yEACkchAA+nIQAAAAAABmiQAAzJMBAOj7AwDoHgAAuqAMABChDABmoQwAvKEMABKiDABqOQIAdD4CAOhJAABOchAApHIQAPpyEABqOQIAdD4CAOhJAABOchAApHIQAFqJAwBWAAAAJiUJACqWAACAlgAA1OsAAHzuAgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAHzuAgBmiQAAhtAGAEIxCAAqlgAAgJYAANTrAAB87gIAkkkAAJJJAAD0hAUASoUFADohAgCQIQIA5iECABYhCwAqlgAAgJYAANTrAAB87gIANBwBAEIxCACSSQAA6EkAAPpBDQCOLAgAJrIPAICWAADU6wAAfO4CAJKhAQCSoQEAVgAAAFxtCgDMkwEAIpQBACJtAwB4bQMANt8MADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAFqJAwAqlgAAgJYAANTrAAB87gIAjiwIACayDwCqVwEAcC8RAICWAADU6wAAfO4CAAAAAAAqlgAAgJYAAASVCQCOLAgAzqQJACTCAgDMkwEA6PsDAIKZAQDCRAcANNgJACqWAACAlgAA1OsAAHzuAgA6IQIAhjQOALjvCQAgkQAAKsUCAJKhAQDooQEAioYLAOCGCwA2hwsAljwOAICWAADU6wAAfO4CAJa/DwB8FwIAitoKACqWAACAlgAA1OsAAHzuAgDSQgIAfBcCAMqQAAA0HAEAQjEIAIYYAACSSQAAFiELADbfDADU6wAAfO4CAMJEBwC47wkAkkkAAHhAAgBOJwAAOiECAIY0DgC47wkAIJEAACrFAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAAhMcCANzGAQAUjwIAFiELAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWPQkAGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAAKSCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFrlBgBYuQYArrkGALSdDACCmQEAwkQHADTYCQAqlgAAgJYAANTrAAB87gIAkkkAAGaJAAC8iQAAbGUCAMJEBwAkwgIAdiQKAMwkCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAAfO4CAJ5bBgD0WwYAnlcEAJKhAQCWPA4ANBwBAEIxCACGGAAAkkkAABYhCwCOLAgAJrIPAICWAADU6wAAfO4CAHIOAACaPA0AVgAAAFYAAABcbQoA0kICAJJJAAAWIQsAjiwIAFY9CQAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQCWPA4AfBcCALgcCwASxQgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAWokDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAAPUPAICWAABOJwAA6A0NANJCAgA0HAEAnNkFAJxSAgAWIQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADTYCQBkswAAWLkGAK65BgAEugYAWroGALC6BgAGuwYANBwBAIocAQAYzgsAzqQJABDODQAiTgkAZLMAAITHAgCcUgIAnlsGAMJEBwA02AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAABLFCADKkAAAKpYAACqWAACAlgAA1OsAAHzuAgCOLAgAJrIPAE4nAAAiTgkAGtUOACqWAACOLAgAZokAABLFCABoxQgAvsUIAFBvDgCMuA4AlmUNAJoRDQAwpQYANBwBAEIxCACYMQgAOiECAAD1DwCAlgAAZAsCALoLAgDQiBAAIJEAAATxDACSSQAAnlsGAMJEBwA02AkAFiELAGwhCwDCIQsAkkkAAGQLAgBQbw4AjLgOAJZlDQC8xgkAEscJAHDuBQA0/wcAZAsCAJYNDACQSgEA5koBAHjZDgDO2Q4AJNoOAHraDgDQ2g4AmhENAJC8DwDmvA8AgpkBANiZAQAumgEAZAsCAJYNDACQSgEA5koBAHjZDgDO2Q4AJNoOAHraDgDQ2g4AypAAACCRAAAqxQIAgMUCANbFAgAsxgIAgsYCANjGAgAuxwIAKrANAICwDQDWsA0ALLENAIKxDQDYsQ0AwkQHAGQLAgC6CwIApCcAAFrZAABkCwIAmhENAPARDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgByDgAAZAsCAFBvDgCMuA4AlmUNALoLAgDQiBAAIJEAAATxDACSSQAAnlsGAMJEBwA02AkAlr8PAIYYAADcGAAA3kYBAJQjAgC8xgkAEscJADr+BQAmsg8AWuUGALqzAACigAIAjnYCADpMAgAElQkAfMEBAFBvDgA20QUAWokDAOIKDQA4Cw0AjgsNAOQLDQAqlgAAgJYAANTrAAB87gIAhhgAAJJJAABmiQAAnFICAJ5bBgDCRAcANNgJACqWAACAlgAA1OsAAHzuAgCiZwsAIk4JABrVDgDGZwIAZAsCAMTxBwDU7wIANBwBADohAgCGNA4AzJMBADqiAgBmiQAAnFICAJ5bBgDCRAcANNgJAGQLAgC0cAsAcNcPAMbXDwAc2A8AugsCABAMAgBmDAIAvAwCAAAAAABkCwIAljgMAOw4DADAqQ8AFqoPAGyqDwDCqg8ArtoBAJxSAgCeWwYAOiECAJKhAQCWPA4AUG8OAOBJAgA2SgIAjEoCADbRBQCExwIAyOkCAB7qAgB06gIAyuoCACDrAgCM9gIA4vYCADj3AgCO9wIA5PcCADr4AgCQ+AIA5vgCADz5AgCS+QIAAAAAAMqQAAAgkQAAKsUCAIDFAgDWxQIALMYCAILGAgDYxgIANtEFAITHAgDI6QIAHuoCAHTqAgDK6gIAIOsCAMqQAAByDgAAUG8OAIy4DgC24AIADOECADQcAQCc2QUAlr8PALh0DAAOdQwAZHUMALp1DADqIwIACnELAGBxCwC47wkAfBcCADQcAQBotwEA6PsDACrDAQCCmQEAIpQBAHwXAgBkCwIAvMYJABLHCQCSSQAAypAAANJCAgAmAg0AJrIPAFrlBgC6swAAooACAI52AgA6TAIAOv4FAGQLAgCaEQ0Alr8PAI4sCABkCwIAuHQMAA51DABkdQwAunUMAMqQAAByDgAA6B4AAJY4DADsOAwAeJQBAM6UAQAklQEAepUBANCVAQBesgEASsQPABhFBwBuRQcAVJAIAKqQCAAAkQgAVpEIAKyRCABIVwQAnlcEAPRXBABKWAQAoFgEAPZYBACOLAgAZAsCAJoRDQCWvw8AjiwIAGQLAgC4dAwADnUMAGR1DAC6dQwAypAAAHIOAADoHgAAxPEHANTvAgAq8AIAgPACANbwAgAs8QIAOOINAI7iDQDk4g0AOuMNAJDjDQCWvw8A8lQDAGSzAAAKCwMAEPMKAIIuDADYLgwALi8MAIQvDADaLwwAMDAMAEZsDwBw1w8AxtcPABzYDwBkCwIASsQPALjvCQCSSQAAZAsCAErEDwBOJwAAZAsCADohAgCGNA4AuO8JACCRAAAqxQIAvMYJAChDAgA0dAIAinQCADT/BwCOLAgAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIASsQPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBAMTxBwBMQA0AokANAPhADQD0hAUAuCANAA4hDQDerAkAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIASsQPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBADQcAQBg3gEAtt4BAAzfAQBi3wEAuN8BAA7gAQBaiQMAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIASsQPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBACYCDQB8Ag0AJMICAMyTAQCOLAgAJrIPAFrZAADMkwEAGEMGAOhJAABkCwIASsQPACTCAgB2JAoAzCQKAE4nAACSoQEA6KEBAMyTAQA6ogIAZAsCAJYNDABcbQoAzJMBACKUAQAibQMAeG0DADbfDABkCwIAJgINACayDwCAlgAAOkwCAJBMAgDmTAIAPE0CAJJNAgDoTQIAPk4CAJoRDQCQvA8A5rwPAIKZAQDYmQEALpoBADQcAQBCMQgAhhgAAJJJAABkCwIAUG8OAIy4DgCWZQ0AtHALAApxCwCSSQAA9IQFAFqJAwBkCwIAljgMAOw4DABCOQwAuHQMAPJUAwBIVQMAnlUDADQcAQCc2QUAkqEBAKhcBABkswAAKpYAADohAgCGNA4AuO8JACCRAAAqxQIAcg4AAGQLAgBKxA8AuO8JAJJJAABkCwIASsQPAE4nAABkCwIAvMYJAChDAgA0dAIAinQCAJJJAAAWIQsAfBcCAIraCgCAlgAAZAsCACYCDQB8Ag0AJMICAMyTAQCOLAgAJrIPADohAgBaiQMAZAsCACBqAgB2agIAzGoCAGxlAgDCZQIAjiwIAGQLAgCaEQ0AnFICACASAQB2EgEAhMcCANrHAgAwyAIAhLINANqyDQAwsw0AhrMNANyzDQAytA0AiLQNAN60DQA0tQ0AirUNAOC1DQA2tg0AjLYNAOK2DQA4tw0AjrcNAOS3DQA6uA0AkLgNAOa4DQA8uQ0AkrkNAOi5DQA+ug0AlLoNAOq6DQBAuw0AlrsNAOy7DQBCvA0AmLwNAO68DQBEvQ0Amr0NAPC9DQBGvg0AnL4NAMyTAQAilAEAxmcCABxoAgByaAIACjYDAGA2AwC2NgMADDcDAGI3AwC4NwMADjgDAGQ4AwC6OAMAEDkDAGY5AwC8OQMAEjoDAAAAAADCRAcAuO8JAGQLAgAwBw0AhgcNACTCAgB2JAoAmhENAJa/DwDsvw8AQsAPAJjADwDuwA8ARMEPAJY4DADsOAwAQjkMAFqJAwCwiQMABooDANJCAgBkCwIAxPEHABryBwBw8gcAxvIHABzzBwDU7wIAKvACAIDwAgDW8AIANtEFAIzRBQCMYg4AypAAADQcAQCGGAAAZAsCAICWAAA6TAIAljgMAHJ8DADIfAwAuHQMAA51DAAyGQAAiBkAAOwNDACOdgIAKEMCAIbQBgBCMQgAkkkAABYhCwA23wwAZAsCADohAgCQIQIA5iECADwiAgCWDQwAkEoBADpMAgBWAAAArAAAAI52AgA6TAIAOv4FAGQLAgDE8QcAIoUPAHiFDwCcUgIAFiELAGwhCwBCMQgAhhgAAJJJAABkCwIAJgINAOQsCAAUKhAAaioQADohAgBmiQAA3MYBAOgeAADE8QcA1O8CALbJDAAMygwAYsoMALjKDABkCwIAljgMAHJ8DADIfAwAxPEHACKFDwB4hQ8AjnYCAJJJAACeWwYAIpQBAHwXAgBkCwIAypAAAEIlAgDKkAAAkkkAAJJJAACeWwYAIpQBAHwXAgBkCwIAJgINAJ7qDQBa2QAAljgMAOw4DABCOQwAvMYJABLHCQBiiwIAsOUGACTCAgB2JAoAzCQKAFqJAwBkCwIANBwBAIocAQAYzgsAZokAADT/BwDOpAkAIpQBAHwXAgBkCwIAvMYJABLHCQA6/gUAkP4FAOb+BQA4UwYAljgMAHJ8DADIfAwAkqEBAOihAQBetgMAtLYDAAq3AwBgtwMAtrcDAAy4AwBQbw4A9nAQAD5KAAA6pAMAkKQDAOakAwA8pQMA3MYBAOgeAADqZg4AZAsCAJY4DADsOAwAQjkMADQcAQBCMQgAmDEIAIocAQDSQgIAljgMAHJ8DADIfAwAljgMAOw4DABCOQwABkYMAFxGDACyRgwAlg0MAJBKAQDmSgEA4DQNADY1DQCMNQ0A4jUNAGQLAgBKxA8ATicAAGQLAgDE8QcAIoUPAHiFDwCOdgIAkkkAAJ5bBgAilAEAfBcCAGQLAgDKkAAAitgJAODYCQA22QkAjNkJAOLZCQA42gkAjtoJAOTaCQBQbw4AjLgOAJZlDQDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAmhENAJxSAgC47wkADvAJAGTwCQC68AkAEPEJAGbxCQC88QkAEvIJANxdDQD0hAUAuCANADR0AgByDgAAvmUDAGaJAACcUgIAFiELADAHDQD6QQ0Acg4AABSPAgBkCwIAuHQMAEJQAgCYUAIA7lACAJKhAQDooQEAioYLAOCGCwA2hwsA7t8JAPpBDQByDgAAFI8CAGgJAAC+CQAAUG8OAIy4DgCWZQ0AmhENADT/BwCOLAgA0kICADpMAgByDgAAKsMBAAoLAwBKxA8ANNgJAGQLAgDE8QcAyA4AAFJmCQCoZgkA/mYJAFRnCQBkCwIAVgAAAJJJAACeWwYAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADANytCgAyrgoASsQPADTYCQBkCwIAypAAACCRAADyVAMA9P0BAGQLAgAmAg0AnuoNADQcAQCc2QUAzJMBACKUAQBkCwIAxPEHAMgOAABSZgkAqGYJAP5mCQBUZwkAZAsCAGjyCQC+8gkAFPMJAGrzCQDA8wkAFvQJAGz0CQDC9AkAGPUJAG71CQDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAAAKCwMAcg4AAGQLAgBQbw4A9nAQAD5KAACUSgAA6koAAEBLAACWSwAA7EsAAEJMAACYTAAA7kwAAIIuDADYLgwABB4OAFoeDgCwHg4ABh8OAFwfDgBKxA8ANNgJAGQLAgAwBw0A+kENAHIOAACSoQEA6KEBAIqGCwDghgsANocLADDIAgAAAAAAkqEBAHIOAAAUjwIAao8CAJxSAgAWIQsAfMEBAAAAAAAAAAAAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAEj/AgCe/wIAVAUDAIzRBQBWbgwArG4MAAJvDABYbwwArm8MAARwDABacAwAsHAMADL2AwCI9gMA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwCO+QMA5PkDADr6AwCQ+gMA5voDAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwCU0QMA6tEDAEDSAwCW0gMA7NIDAELTAwCY0wMA7tMDAETUAwCa1AMA9tcDAEzYAwCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFbdAwB8FwIACgsDAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwA6IQIAZokAAHIOAACoBgQA/gYEAJY8DgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgDsEQ4AQhIOAD7RAwCU0QMAugsCABAMAgBmDAIAvAwCAP6bDgD+3QQAVN4EAKreBAAA3wQAVt8EAKzfBAAC4AQAWOAEALRwCwAYqQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAADu3wkAzJMBADqiAgCWPA4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMAtugGAAzpBgBi6QYAuOkGAA7qBgBk6gYA1O8CACrwAgBkswAAVgAAAN4hBABqOQIA8kMQAEhEEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCAKpKEACExwIAyOkCAB7qAgB06gIAyuoCAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwCGGAAA3BgAAFrZAAAqlgAAgJYAANTrAAB87gIAAEsQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAjiwIAFY9CQAqlgAAcg4AAGTPDgDcGAAA3kYBABYhCwCqVwEA5jcNAOj7AwAUjwIAFiELADbfDADU6wAAfO4CAMxPCgA20QUAhMcCANrHAgAwyAIAhsgCALoLAgAQDAIAZgwCALwMAgA0HAEAVgAAAFxtCgDSQgIAkkkAABYhCwA23wwA1OsAAHzuAgCSoQEAqFwEAP5cBABWAAAA0j4AAGo5AgDSXhAAzJMBADohAgA81gYAKEMCAI52AgBaiQMAZAsCALh0DAAOdQwAZHUMALp1DACSoQEA6KEBAF62AwC0tgMAJrIPAI4sCAAKCwMAnugMABhFBwBuRQcAxEUHAGQLAgDE8QcAQiUCAGaJAACOdgIAOkwCADr+BQBkCwIASsQPADohAgCe0gEACBAGAFrlBgCSSQAAZAsCALoLAgAiTgkAeE4JAHATAwDGEwMA8uMKAIgZAADSPgAAZAsCAFrZAACw2QAAKEMCAB4EEAB0BBAAJiUJAHwlCQBkCwIAmhENACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkCwIAljgMAEhXBACeVwQAkqEBAJY8DgA0HAEAQjEIAIYYAACSSQAAZokAAJxSAgCeWwYAwkQHADTYCQAKCwMAkqEBAKhcBAD+XAQAVgAAANI+AABkCwIAkqEBAKhcBAD+XAQAVF0EAKpdBAAAXgQAVl4EAKxeBAACXwQAWF8EAK5fBAAEYAQAEHYMAGZ2DAC8dgwAEncMAGQLAgCSoQEAqFwEAP5cBABUXQQAql0EAABeBABWXgQArF4EAAJfBABYXwQArl8EAARgBAAQdgwAZnYMALx2DAASdwwAkEoBAOZKAQB42Q4AztkOACTaDgCSoQEAWokDAGSzAABmiwEAvLgCAE4nAAAiTgkAfBcCAMqQAADSQgIAOkwCADr+BQAKCwMAqjIEAOAJDQA2Cg0AjAoNABrBBABwwQQAxsEEABzCBABywgQAyMIEAB7DBAB0wwQAlg0MAJImBADU7wIAZLMAAGaLAQAYRQcAnBQOAGYOAwC8DgMAEg8DAGgPAwC+DwMAFBADAIz2AgDi9gIAOPcCAI73AgDk9wIAmhENADClBgCWDQwAXG0KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAbBsIACYCDQDSQgIAJLEPACTCAgB2JAoAzCQKAKgtAgD+LQIAUG8OAPSEBQBKhQUAKpYAAI4sCACSSQAAnlsGAPRbBgBKXAYAoFwGAPZcBgBMXQYACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BAA+0QMA0lIKAChTCgB+UwoAoFwGAPZcBgBMXQYALFUKAMijCgAepAoAEg0CAMyTAQDSQgIAOkwCACASAQDI2A8AZAsCADbRBQDSQgIAOkwCAHDuBQCcUgIAFiELAJoRDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwAwBw0A+kENAHIOAAAUjwIAkqEBAOihAQCKhgsA4IYLADaHCwDu3wkA+kENAHIOAAAUjwIAZAsCAJoRDQCWvw8AjiwIAGQLAgCWDQwAXG0KANJCAgCSSQAAAAAAAAAAAAAAAAAAajkCAAAAAABqOQIAAAAAAGo5AgAAAAAAZAsCAJoRDQCWvw8AjiwIAGQLAgCWDQwAXG0KANJCAgCSSQAAoHAQAAAAAABkCwIAmhENAJa/DwCOLAgAZAsCAJYNDABcbQoA0kICAJJJAACSoQEA6KEBAF62AwC0tgMACrcDAGC3AwC2twMADLgDAFBvDgD2cBAAPkoAACASAQBWAAAAXG0KAHIOAAAUjwIAfBcCANJCAgA6TAIAcg4AAKgGBAD+BgQAIBIBAHxxBACaEQ0AbNMOAN6sCQA0rQkAiq0JAOCtCQC8xgkAEscJAGKLAgCw5QYA0kICAI4sCABkCwIAmhENADT/BwCK/wcA4P8HADYACAAWIQsANt8MAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgCaEQ0AMKUGAHwXAgCK2goANBwBAGQLAgCWOAwAGEMGAG5DBgAmAg0AJrIPAHyyDwAmJQkApscPAPzHDwByDgAAZAsCAErEDwA02AkAAAAAAAAAAAAKCwMA1BoDAAzxCgBi8QoAuPEKAA7yCgC0cAsAcNcPAMbXDwAc2A8AUG8OAIy4DgCWZQ0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAoGYLAPZmCwBMZwsA7t8JAPpBDQByDgAAFI8CAKZvDgA23wwAjN8MAOLfDAA44AwAjuAMAOTgDAA64QwAkOEMAObhDAAmAg0A4rwQACqWAABQbw4AjLgOAJZlDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAD7RAwDSUgoAKFMKAH5TCgCgXAYA9lwGACSxDwAYQwYAFiELADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBWLwIArC8CAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFAMTxBwDoHgAAPh8AAJQfAADqHwAACgsDABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAHATAwDGEwMA8uMKAEKPDAAElQkAuO8JAJJJAAAWIQsAUG8OAIy4DgCWZQ0AMAcNAPpBDQByDgAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAZAsCAJY4DAByfAwAyHwMAMqQAAAgkQAA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQAAAAAAZAsCAGxlAgB+2AwAIpQBAMZnAgAKCwMAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAKgtAgD+LQIANtEFAITHAgCUlRAA6pUQAECWEADi4Q0ATi0DAMgOAAA0HAEAQjEIAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAKBmCwD2ZgsATGcLAO7fCQBaiQMAAAAAAAAAAAAAAAAASP8CAJ7/AgB8wQEAAAAAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgA0HAEAEGgFAGZoBQC8aAUAEmkFAI4sCAA6IQIAZAsCADQcAQCKHAEAGM4LAG7OCwDEzgsANBwBABBoBQBmaAUAvGgFABJpBQBkswAAurMAABC0AABmtAAAvLQAAJzZBQCOdgIAJLEPAGaJAAA0/wcANBwBABBoBQBmaAUAvGgFABJpBQBsGwgAJgINANJCAgAksQ8AJMICAHYkCgDMJAoAqC0CAP4tAgBQbw4A9IQFAEqFBQAqlgAAjiwIADQcAQBg3gEAIJEAAPJUAwBkswAAhMcCAJxSAgCeWwYAwkQHADTYCQByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQA8Dw4Akg8OANaJDwCoMwUA/jMFAFQ0BQCqNAUAADUFAFY1BQCsNQUAAjYFAFg2BQCuNgUABDcFAGQLAgCSoQEAqFwEACKUAQBsZQIAZAsCALoLAgAQDAIAZgwCAPbpDABM6gwAmhENADT/BwCOLAgA0kICADpMAgByDgAAKsMBAHhYDgBE+QAA7FUFAPpBDQByDgAAFI8CACTQCQB60AkA0NAJACbRCQB80QkA0tEJACjSCQB+0gkA1NIJACrTCQCaEQ0Alr8PAFqJAwBkCwIASsQPAE4nAABkCwIAUG8OAPZwEAA+SgAAlEoAAFYAAAAmJQkAWuUGAMyTAQASeQ0AIk4JACqWAACOLAgAZAsCADQcAQAQaAUAZmgFALxoBQASaQUAbBsIADAHDQD6QQ0Acg4AABSPAgAwBw0A+kENAHIOAAAUjwIAZAsCAO7fCQBaiQMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD22QQATNoEAOixCQA+sgkAlLIJAOqyCQBAswkAlrMJAOyzCQBCtAkAmLQJAO60CQBEtQkAmrUJAPC1CQBGtgkAnLYJAPK2CQA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAErEDwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAFqJAwByDgAAqAYEAP4GBACoXAQAVi8CAHIOAACoBgQA/gYEAFYvAgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADwPDgCSDw4A6A8OAD4QDgCUEA4A6hAOAEARDgCWEQ4A7BEOAEISDgCYEg4A7hIOAEQTDgCaEw4A8BMOAEYUDgA+0QMA0lIKAChTCgB+UwoA1FMKACpUCgCAVAoA1lQKAErEDwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAD7RAwDSUgoAKFMKAH5TCgDUUwoAKlQKAIBUCgDWVAoASsQPABhFBwBuRQcAVJAIAKqQCAAAkQgAVpEIAKyRCAACkggAZAsCAFBvDgCeWwYA9FsGAEpcBgCOLAgAZAsCAErEDwC47wkA0kICACSxDwA6ogIA6KEBAD6iAQBaiQMAVi8CAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDsUwQA4DgPAFJ0EADKkAAAIJEAAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUAJEcFAHpHBQDQRwUAJkgFAHxIBQDSSAUAKEkFAH5JBQDUSQUANBwBABBoBQBmaAUAvGgFABJpBQAAAAAAIBIBAHxxBACaEQ0AbNMOAN6sCQA0rQkAiq0JAOCtCQC8xgkAEscJAGKLAgCw5QYA0kICAI4sCABkCwIAmhENADT/BwCK/wcA4P8HADYACAAWIQsANt8MAGo5AgBkCwIANBwBAGi3AQDo+wMAKsMBAIKZAQAilAEAfBcCAGQLAgCaEQ0AMKUGAHwXAgCK2goANBwBAGQLAgCWOAwAGEMGAG5DBgAmAg0AJrIPAHyyDwAmJQkApscPAPzHDwByDgAAZAsCAErEDwA02AkAAAAAAMjYDwD0hAUASoUFAKCFBQD2hQUATIYFAKKGBQAgEgEAfHEEAJoRDQBs0w4A3qwJADStCQCKrQkA4K0JALzGCQASxwkAYosCALDlBgDSQgIAjiwIAGQLAgCaEQ0ANP8HAIr/BwDg/wcANgAIABYhCwA23wwAajkCAGQLAgA0HAEAaLcBAOj7AwAqwwEAgpkBACKUAQB8FwIAZAsCAJoRDQAwpQYAfBcCAIraCgA0HAEAZAsCAJY4DAAYQwYAbkMGACYCDQAmsg8AfLIPACYlCQCmxw8A/McPAHIOAABkCwIASsQPADTYCQAAAAAAuHQMAA51DAAKCwMAAAAAAAAAAAAAAAAAAAAAAAAAAACoLQIA/i0CAMTxBwAa8gcAcPIHAFQHBACqBwQAAAgEAFYIBACsCAQA4uENAAAAAAAAAAAAcg4AAAAAAAAAAAAA9tkEAKQKBwD6CgcA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDANJSCgAoUwoAflMKAKBcBgD2XAYATF0GAAoLAwBMLgQAoi4EAPguBABOLwQApC8EAPovBABQMAQApjAEAKKOCQD4jgkATo8JAKSPCQD6jwkAxPEHAMgOAABSZgkAqGYJAP5mCQBUZwkAZAsCAJoRDQBOJwAAkkkAABYhCwA23wwAIpQBAHwXAgBkCwIAUG8OAIy4DgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DAIjPBQDezwUANNAFAIrQBQDg0AUAypAAACCRAADyVAMA9P0BAGQLAgDE8QcAyA4AAFJmCQCoZgkA/mYJAFRnCQAKCwMAZokAAPT9AQDSQgIAOkwCAJJJAAD0hAUASoUFACqWAAByDgAAVgAAACYlCQB8JQkA1OsAADpMAgAAAAAAypAAACqWAAByDgAAFI8CABYhCwA23wwA1OsAAHzuAgAQ8woAZvMKALzzCgDG7gUAHO8FAHLvBQDI7wUAHvAFAHTwBQDK8AUAIPEFAHbxBQDM8QUAIvIFAHjyBQDO8gUAJPMFAHrzBQDQ8wUAJvQFAHz0BQDS9AUAKPUFAH71BQDU9QUAKvYFAID2BQDW9gUALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQBmiQAAvIkAACx8CACCfAgAjiwIAGQLAgBQbw4A9nAQAD5KAAA0HAEAnNkFAPLZBQBkCwIAvMYJABLHCQCSSQAA9IQFAEqFBQAqlgAAcg4AAGQLAgCWDQwADvoOAHwlCQBkCwIAvMYJABLHCQAAAAAAypAAACqWAAByDgAAFI8CAGQLAgCSoQEAqFwEAEhXBABotwEAGEMGAG5DBgBa2QAA7t8JAMyTAQBkswAALHwIAGQLAgCWOAwAcnwMAI4sCADOpAkA6PsDAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMASBkQADbfDADU6wAAfO4CAGIxAAC6swAAELQAAGa0AAC8tAAAErUAAAoLAwBkswAAhMcCAMjpAgAe6gIAdOoCAMrqAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMASBkQADbfDADU6wAAfO4CALzGCQASxwkAOv4FAJD+BQDm/gUAOFMGAErEDwA02AkAKpYAAI4sCADOpAkA6PsDAGIxAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAEwuBACiLgQA+C4EAE4vBACkLwQA+i8EAFAwBACmMAQA/DAEAFIxBACoMQQA/jEEAFQyBACe0gEA9NIBAErTAQCg0wEA9tMBAJ4NCgD0DQoASg4KAKAOCgD2DgoATA8KAKIPCgD4DwoAThAKAKQQCgD6EAoAUBEKAKYRCgD8EQoAUhIKAKgSCgD+EgoAVBMKAKoTCgBmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBAM5GBQAkRwUAekcFANBHBQAmSAUAfEgFAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgDsEQ4AQhIOAJgSDgDuEg4ARBMOAJoTDgDwEw4ARhQOAJYNDABw+AoAxvgKABz5CgBy+QoAyPkKAB76CgB0+goAyvoKACD7CgB2+woAzPsKACL8CgB4/AoAzvwKACT9CgB6/QoA0P0KACb+CgB8/goA0v4KACj/CgB+/woAcBMDAMYTAwDy4woAQo8MAASVCQC47wkAkkkAABYhCwBQbw4AjLgOAJZlDQAwBw0A+kENAHIOAACSSQAAZAsCAFrZAAD8LAIAkmcPAOhnDwC4dAwADnUMAGR1DAC6dQwAlg0MAFxtCgByDgAAKsMBAIKZAQA6IQIAkqEBAJY8DgBQbw4AjLgOAJZlDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAUG8OAPZwEAA+SgAAvMYJABLHCQA6/gUAkP4FAOb+BQA4UwYAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAARPkAAPYUDQA+/AMANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAHx9CgDsOAwAQjkMADohAgA81gYAktYGAOjWBgA+1wYAhhgAAGQLAgDE8QcAIoUPAHiFDwCcUgIAzJMBAEhXBABCMQgAwkQHALjvCQCSSQAAFiELADbfDADU6wAAfO4CAPrxDwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAglUKANhVCgAuVgoAhFYKANpWCgAwVwoAhlcKANxXCgAyWAoAiFgKAN5YCgA0WQoAilkKAMTxBwDoHgAAPh8AAJQfAADqHwAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAxhMDAPLjCgBI5AoAnuQKAPTkCgBK5QoAoOUKALoLAgAiTgkAeE4JAM5OCQBKxA8A0kICAGQLAgAmAg0AfAINANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIAfMEBAMqQAAAgkQAA8lQDAPT9AQA8Dw4Akg8OAOgPDgA+EA4AlBAOAOoQDgBAEQ4AlhEOAOwRDgBCEg4AmBIOAO4SDgBEEw4AmhMOAPATDgBGFA4APt0JAMDICQAczAkAcswJAMjMCQAezQkAPtEDANJSCgAoUwoAflMKANRTCgAqVAoAgFQKANZUCgBKxA8AGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAAKSCABkCwIAUG8OAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQCiXQYA+F0GAE5eBgCkXgYAnBQOAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAD7RAwDSUgoAKFMKAH5TCgCgXAYA9lwGALSdDADoHgAAVDgHAJY8DgBa5QYAkkkAAJ5bBgDCRAcANNgJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYA+F0GAE5eBgCkXgYAKpYAAICWAADU6wAAfO4CACgYAgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYA1FkNACpaDQCAWg0A1loNACxbDQCCWw0A2FsNAMgOAABSZgkAqGYJAP5mCQBUZwkAeEACABhFBwBuRQcAxEUHACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEACgsDAP49CgCAlgAA1OsAAHzuAgCGGAAA3BgAALTrCAAK7AgAYOwIALbsCAAM7QgAYu0IAChDAgAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAFBvDgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoABEcNAAq/BwBgvwcAtr8HAAzABwBiwAcAuMAHAA7BBwBkwQcAmhENAE4nAACSSQAAFiELADbfDADE8QcA6B4AAFQ4BwCWPA4AWuUGAJJJAACeWwYAwkQHADTYCQBkCwIAtHALAHDXDwDG1w8AHNgPAE4tAwD45goATucKAKTnCgD65woAUOgKAKboCgDqrAYAQK0GAJatBgDsrQYAQq4GAJiuBgDurgYARK8GAJqvBgDwrwYAyscGACDIBgB2yAYAzMgGACLJBgB4yQYAypAAANJCAgDSQgIAOkwCAIYYAACSSQAAZAsCAFBvDgCMuA4AGEUHAFxtCgCSoQEA6KEBAD6iAQBaiQMACgsDAAAAAABkCwIAUG8OAOBJAgA2SgIAjEoCAOLhDQDE8QcATEANAMyTAQAYQwYAZokAADohAgCSoQEAljwOAMTxBwDoHgAAPh8AAJQfAADqHwAAQCAAAFKLBgBkCwIAugsCAOgNDQA+Dg0AlA4NAFBvDgCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAKCwMAcBMDAMYTAwDy4woAmhENACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCWPA4AxPEHAOgeAAA+HwAAlB8AAOofAABAIAAANBwBAAAAAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgDaCA4AMAkOAIYJDgDSQgIABJUJAG7/DgDCZQIAgJYAAIIuDADYLgwA0kICADpMAgBw7gUAxu4FABzvBQBmiQAAOiECAJKhAQCWPA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAgkQAAhhgAAFqJAwAKCwMAkkkAAGSzAABWAAAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAE4nAACOygEA5MoBADrLAQBkswAAZosBALy4AgCOzgMA0kICADpMAgCQTAIA0IgQAHIOAADoHgAAOtsJAJDbCQDm2wkAPNwJAJLcCQDo3AkADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGAE4tAwDIDgAAUmYJAKhmCQD+ZgkAVGcJAGQLAgC0cAsAcNcPAMbXDwAc2A8AnBQOAPIUDgCIOxEA3jsRADQ8EQCKPBEA4DwRADY9EQCMPREA4j0RADg+EQCOPhEA3vYDADT3AwCK9wMA4PcDADb4AwCM+AMA4vgDADj5AwAwBw0A+kENAHIOAAA6IQIAPNYGAJLWBgDo1gYAPtcGAJTXBgC0nQwAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBmiQAATicAAGxlAgCK/QYAntIBAHIOAABiMQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGANoIDgAwCQ4AhgkOAGQLAgA0HAEAnNkFAFqJAwBkCwIAuHQMAA51DABkdQwAunUMADohAgAA9Q8AmhENACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQA20QUAjNEFAFZuDACsbgwAAm8MAFhvDACubwwABHAMAFpwDACwcAwABnEMAFxxDAC0cAsAcg4AABSPAgBqjwIAOiECAJKhAQCoXAQA6PsDAEIlAgDW2QwAIlAKAIy4DgCWZQ0AljgMAFYAAAC8iQAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGANoIDgAwCQ4AhgkOAGALAwC2CwMAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADohAgCGNA4AwkQHAJJJAAByDgAAFI8CAPSEBQC4IA0AHgQQAGQLAgC6CwIA0kICAASVCQA0HAEAZAsCAHzBAQBE+QAACgsDABAOAwC6swAAELQAAGa0AAC8tAAAErUAAGi1AAAwBw0AhgcNANwHDQAyCA0AvMYJAIIuDADYLgwAZAsCAErEDwC47wkAkkkAAGQLAgBKxA8ATicAAGQLAgCaEQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgA6IQIAPNYGAJLWBgDo1gYAPtcGAJTXBgC0nQwAZAsCAFBvDgCMuA4AlmUNAFBvDgBmiQAAEsUIAGxlAgBkCwIAUG8OAJa/DwBaiQMAZAsCAErEDwBOJwAAZAsCAFBvDgD2cBAAPkoAAJRKAADqSgAAKpYAAI4sCABkCwIAOiECADzWBgCS1gYA6NYGAD7XBgCU1wYAkqEBAGaJAADcxgEAFI8CAJ5bBgBkswAAcg4AAOgeAABmiQAAjnYCAGSzAAAsfAgAajkCAPJDEABIRBAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgCqShAAAEsQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGANoIDgAwCQ4AhgkOAAAAAABWAAAAJiUJAKbHDwByDgAA6B4AAGaJAACOdgIAZLMAACx8CABWAAAABjICAGo5AgDyQxAASEQQAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAqkoQAABLEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgDaCA4AMAkOAIYJDgCSoQEAqFwEACTCAgDMkwEAIpQBAHwXAgBkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMA3K0KAOgeAAA+HwAA1OsAAHzuAgAKCwMAkkkAAPSEBQC4IA0ANHQCAHIOAABWAAAAXG0KANJCAgCSSQAACgsDAJJJAAD0hAUAuCANADR0AgByDgAAVgAAAFxtCgDSQgIAkkkAAAoLAwD+PQoAgJYAANTrAAB87gIATC4EAKIuBAD4LgQATi8EAKQvBAD6LwQAUDAEALqcCgCqFQsAABYLAFYWCwCsFgsAAhcLAFgXCwCuFwsABBgLAFoYCwCwGAsABhkLAFwZCwCyGQsACBoLAF4aCwC0GgsAChsLAGAbCwC2GwsADBwLAGIcCwCcFA4A8hQOAEgVDgCeFQ4A9BUOAEoWDgCgFg4A9hYOAEwXDgCiFw4A+BcOAE4YDgCkGA4A+hgOAFAZDgCmGQ4AiDsRAN47EQA0PBEAhhgAACASAQDI2A8AZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCgZgsA9mYLAExnCwDE8QcA6B4AAD4fAACUHwAA6h8AAKYwBAD8MAQAUjEEAKgxBAD+MQQAVDIEAK7gBAAE4QQAWuEEAFYvAgCsLwIA9IQFALggDQA0dAIAcg4AAFYAAABcbQoA0kICAJJJAABqOQIAqkoQAABLEAC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgDaCA4AMAkOAIYJDgDcCQ4AMgoOAIgKDgDeCg4ANAsOAIoLDgDgCw4ANgwOAIwMDgDiDA4AtHALAHDXDwDG1w8AHNgPAH7vAgCExwIAlJUQAOqVEABAlhAAlpYQAOyWEABClxAAmJcQAO6XEADSnAQAKJ0EAH6dBADUnQQAKp4EAICeBADWngQALJ8EAIKfBADYnwQALqAEAISgBADaoAQAMKEEAIahBADcoQQAMqIEAIiiBADeogQANKMEAIqjBADgowQANqQEAIykBADipAQAOKUEAIJVCgCExwIAlJUQAOqVEABAlhAAlpYQAOyWEABClxAAmJcQAO6XEAAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAkkkAAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GAKJdBgD4XQYATl4GAKReBgBwEwMAKpYAAFrZAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGANoIDgAwCQ4AhgkOADTYCQDcGAAAKisLAIArCwBmiQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAAA+dQAAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwDGEwMA8uMKAJoRDQAE8w0AqFwEACTCAgB2JAoAuHQMAA51DAAqKwsAgCsLAHIOAABkCwIAugsCAOgNDQA+Dg0AlA4NAOoODQCWOAwA7DgMAEI5DABaiQMAsIkDAAaKAwDSQgIAZAsCADbRBQC6swAAypAAAHIOAAAUjwIAFiELAGQLAgC4dAwADnUMACorCwCAKwsAmhENACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQBkswAAZLMAAFi5BgCuuQYABLoGAFq6BgA6/gUAZAsCAFrZAADu3wkAzJMBADqiAgCWPA4AtHALAHIOAAAUjwIAao8CADohAgCSoQEAqFwEAOj7AwBCJQIAzJMBACKUAQB8FwIAZAsCAJoRDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBA0gMAGvIHAHDyBwDG8gcAHPMHAHLzBwDI8wcAHvQHAHT0BwBQbw4AZLMAAFYAAAAAAAAAzJMBAFYAAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwA+0QMAlNEDAOrRAwBQbw4A9nAQAD5KAAAwBw0A+kENAHIOAAAUjwIAUG8OAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GACxVCgDIowoAHqQKABINAgDMkwEA0kICADpMAgBKxA8AGEUHAG5FBwDERQcAZAsCAFBvDgBkswAAVgAAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA6NADAFrZAADMkwEAGEMGAOhJAABkCwIAMAcNAPpBDQByDgAAFI8CAGQLAgCSSQAAZLMAAFYAAABkCwIAlg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAJrIPAICWAAAKCwMAqjIEAOAJDQA2Cg0AjAoNAH7vAgAq9AQAvIsBABKMAQAAAAAA9P0BAAAAAAAAAAAAAAAAAGaJAABOJwAAcg4AAKgGBAD+BgQAbBsIAMIbCAAYHAgAbhwIAMQcCAAaHQgAcB0IAMYdCACgcBAAFhEDAGSzAABWAAAAZAsCAJYNDACQSgEA5koBACTCAgDMkwEAjiwIACayDwCAlgAACgsDAKoyBADgCQ0ANgoNAIwKDQB+7wIAKvQEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAI4sCADkLAgAHgQQAJJJAACeWwYAJMICAHYkCgDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgBKxA8A0kICAGQLAgAmAg0AnuoNAPTqDQBK6w0AoOsNAPbrDQBM7A0AouwNAPjsDQBO7Q0ApO0NAPrtDQBQ7g0AjiwIAHIOAABkCwIAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAHrEAwDQxAMAJsUDAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCWPA4ASsQPANJCAgBkCwIAJgINAJ7qDQD06g0ASusNAKDrDQD26w0ATOwNAKLsDQD47A0ATu0NAKTtDQD67Q0AUO4NAGQLAgDE8QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAAesQDANDEAwAmxQMAypAAACCRAABeBgEAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgBKxA8A0kICAGQLAgAmAg0AnuoNAPTqDQBK6w0AoOsNAPbrDQBM7A0AouwNAPjsDQBO7Q0ApO0NAPrtDQBQ7g0AoHAQAEwuBAAiTgkAeE4JAM5OCQC4dAwADnUMAGR1DAC6dQwAEHYMAGZ2DAC8dgwAEncMAAAAAABmiQAAEsUIAGjFCACoXAQACgsDANJCAgAksQ8AIpQBAHwXAgCK2goAgJYAANTrAAB87gIAKpYAADQcAQBkswAAhMcCALyJAAAsfAgAgnwIAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAADpMAgCAlgAA1OsAAHzuAgCe0gEAcg4AAAoLAwBOLQMA+OYKAE7nCgCk5woA+ucKAFDoCgCm6AoA4uENABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BACgZgsA9mYLAHhQCgDOUAoAJFEKAKBcBgD2XAYATF0GACxVCgBQbw4AjLgOAI4sCAAmsg8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYRAwD2cBAAPkoAAHSWAwDKlgMAIJcDAHaXAwDMlwMAIpgDAHiYAwDOmAMAmhENACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQCWPA4ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwCaEQ0AnFICADBfDgD2cBAAzJMBAOj7AwA+/AMANBwBAIocAQA0HAEAQjEIAIYYAACwQQoABkIKAFxCCgD26QwATOoMADQcAQCc2QUAjnYCAGxlAgDCZQIAjiwIAGQLAgAmAg0AJrIPAGaJAACGBw0A3AcNADIIDQCICA0A3ggNADQJDQCKCQ0ArscNAJa/DwCOLAgAZAsCAJY4DAByfAwAyHwMAEAPDQB8Ag0A6PsDAD51AAA6IQIAkqEBAJY8DgCOLAgAZAsCAMqQAAAgkQAAkkkAAJ5bBgA6ogIAZAsCAFBvDgCeWwYA9FsGAEpcBgCOLAgAZAsCALzGCQASxwkAkkkAAPSEBQCSoQEAqFwEAP5cBAA8KAUAZLMAAGo5AgCqShAAAEsQALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGANoIDgAwCQ4AhgkOANJeEADoHgAAPh8AAJQfAADqHwAAQCAAAI4sCAAmsg8AZokAADT/BwAKCwMAVj0JAFrZAACGGAAACgsDAO7fCQD6QQ0Acg4AABSPAgCSoQEA6KEBAJo4CwDwOAsARjkLAJw5CwAmJQkAfCUJANTrAAB87gIAnugMABhFBwBuRQcAxEUHAGQLAgDKkAAAIJEAAPJUAwD0/QEAZAsCAMTxBwDIDgAAUmYJAKhmCQD+ZgkAxPEHACKFDwB4hQ8AnFICAMqQAAByDgAAZAsCAO7fCQDW2QwAWuUGAGxlAgDCZQIAjiwIAFY9CQAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAFiSCACukggABJMIAFqTCACwkwgABpQIAFyUCACylAgACJUIAF6VCAC0lQgACpYIAGCWCAC2lggADJcIAIKnCADYpwgALqgIAISoCACOLAgAZAsCAErEDwC47wkAkkkAAGQLAgBa2QAA/CwCAMyTAQAYQwYAnlsGACKUAQB8FwIAZAsCALoLAgDoDQ0A0kICAGQLAgBKxA8AGEUHAG5FBwBUkAgAqpAIAACRCABWkQgArJEIAHwlCQAoQwIAnFICAJ5bBgDCRAcANNgJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYA1FkNACpaDQCAWg0A1loNACxbDQCCWw0A2FsNAHYWAwBg3gEAkkkAAGaJAACcUgIAFiELAErEDwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAApIIAGQLAgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAJJJAACoLQIAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANBwBAIocAQAYzgsAzqQJABDODQBaiQMAZAsCADbRBQCM0QUAVm4MACCRAACSSQAAFiELABYRAwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAWtkAAPwsAgDMkwEAGEMGAJ5bBgAilAEAfBcCAGQLAgC6CwIA6A0NANJCAgBkCwIAJMICAHrCAgDQwgIAJsMCAO7fCQD6QQ0Acg4AABSPAgBqjwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAAq/BwAAAAAAkqEBAAoLAwBwEwMAxhMDAPLjCgAwBw0A+kENAHIOAAAUjwIAcg4AAGQLAgCaEQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgCWOAwA7DgMAEI5DAAGRgwAXEYMALJGDACWDQwAXG0KALJtCgBgCwMAtgsDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQDORgUA0kICADpMAgBw7gUAnFICABYhCwDE8QcA6B4AAHIOAAAqwwEAgpkBAMJEBwCSoQEAkqEBAGQLAgAwBw0A+kENAHIOAAAUjwIARPkAAPYUDQD22QQAUG8OAPSEBQBKhQUAKpYAAI4sCABkCwIAugsCAOgNDQDSQgIAZAsCAAAAAADKkAAAKpYAAICWAABaiQMAZAsCALoLAgAQDAIAZgwCALwMAgCGGAAA3BgAACorCwCAKwsAcg4AAE4nAACOygEA5MoBADrLAQAmsg8AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBADwPDgCSDw4AVm4MAKxuDAACbwwAWG8MAK5vDAAEcAwAWnAMALBwDAC8xgkAEscJAHDuBQDG7gUAHO8FAGQLAgCaEQ0Alr8PAFqJAwBkCwIANtEFAIzRBQDi0QUAYk8PALhPDwC8iQAA3qwJAGQLAgCWDQwAXG0KAMyTAQAilAEAnFICAHIOAAAKCwMAcBMDAMYTAwDy4woASOQKAOgeAAA+HwAAlB8AAOofAABAIAAAUosGAGQLAgCaEQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJY8DgC6CwIA6A0NANJCAgBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAcg4AAOgeAAA+HwAAlB8AAOofAABAIAAAUosGAKiLBgA+HwAA1OsAAHzuAgDoHgAAPh8AANTrAAB87gIAnBQOAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAFYvAgDSQgIAOkwCAJBMAgDQiBAAcg4AAOgeAADsZQ0AQlACAJzfCADy3wgAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAZLMAAGxlAgDu3wkA+kENALjvCQByDgAA6B4AALqgDADGpgwA0kICACSxDwAkwgIAdiQKAMwkCgBqOQIA8kMQAICWAADU6wAAfO4CAGo5AgCGGAAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAwmUCAICWAADU6wAAfO4CAJwUDgDyFA4AvIsBABKMAQBE7A8AAAAAAAAAAAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAUG8OAPZwEAA+SgAAtHALAApxCwCOLAgAVgAAAFxtCgDMkwEAIpQBACJtAwBkCwIAypAAANJCAgCSoQEACgsDAGgJAADu3wkAROAJAJrgCQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAUG8OAPZwEAA+SgAAOqQDAJ7qDQCsPQkAAj4JAFg+CQCuPgkA3oEJACYCDQDkLAgAKpYAADQcAQCKHAEAOqQDAJ7qDQCsPQkAAj4JAFg+CQCuPgkA3oEJACYCDQDkLAgAKpYAADQcAQCKHAEA4BwBAGQLAgC8xgkAgi4MANguDAAEHg4AWh4OALAeDgAGHw4AKpYAAICWAAA0HAEAaLcBAOj7AwAqwwEAgpkBAMJEBwA02AkAZAsCACYCDQAmsg8AhhgAAPJUAwAqlgAAjiwIAGQLAgBa2QAA7t8JAMyTAQA6ogIAljwOAFBvDgD0hAUAWokDAMyTAQAilAEAfBcCAGQLAgBQbw4AjLgOAJZlDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAUG8OAPZwEAA+SgAAOqQDAJ7qDQCsPQkAAj4JAFg+CQCuPgkA3oEJACYCDQDkLAgAKpYAADQcAQCKHAEAJgINAOK8EAA4vRAAjr0QAOS9EAA6vhAAkL4QADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBECQkAwkQHAAq/BwBsZQIAwmUCAICWAAA6TAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKoyBADgCQ0ANgoNAIwKDQDOgQ0A7t8JAMyTAQA6ogIAljwOALoLAgCkJwAAkkkAAGSzAAAsfAgAzJMBACKUAQB8FwIAZAsCAMTxBwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAACaEQ0AHgQQAMyTAQBkCwIAJMICAHYkCgDMJAoAtJ0MAIKZAQDCRAcANNgJAAoLAwDMkwEAOqICAJY8DgCGGAAA3BgAAN5GAQBOJwAA6A0NAD4ODQCUDg0A6g4NAIDFAgCAlgAA1OsAAHzuAgB8wQEAIPkJAHb5CQDM+QkAIvoJAHj6CQDO+gkAAAAAAEj/AgCe/wIAuHQMAA51DAAyGQAAEsEGAGjBBgCQMwsA5jMLADw0CwC6CwIAIk4JAHhOCQDOTgkASsQPANJCAgBkCwIAJgINAHwCDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgC0cAsACnELAGBxCwC2cQsADHILAAAAAAAkwgIAesICAI52AgAAAAAA0kICAIIuDADYLgwAAAAAAI4sCABWPQkArD0JAAI+CQBYPgkArj4JALJrCQAIbAkAXmwJALRsCQAKvwcAbGUCAMJlAgCSSQAAhhgAANwYAADeRgEATicAAOgNDQA+Dg0AlA4NAOoODQCAxQIAgJYAANTrAAB87gIAajkCANJeEADIDgAAUmYJABB2DAAiTgkAGtUOAMZnAgBkCwIAmhENADClBgAkwgIAesICANDCAgCoXAQAjiwIAGQLAgAmAg0AnuoNAKw9CQACPgkAWD4JAK4+CQDegQkAtHALAApxCwAkwgIAzJMBANJCAgAElQkANNgJADQcAQBCMQgAhhgAAFrZAADCRAcA0kICAGxlAgB+2AwAIpQBAHwXAgBkCwIANtEFAIzRBQDi0QUAYk8PALhPDwAOUA8AZFAPALpQDwAQUQ8AZAsCALzGCQCCLgwA2C4MAC4vDACELwwA2i8MADAwDAAQJA4AZiQOAPSEBQC4IA0AnFICABYhCwB8FwIAZAsCAJY4DAByfAwAyHwMALRwCwDMkwEAGEMGAOhJAAA+SgAAdJYDAGQLAgC4dAwADnUMAGR1DAC6dQwAvMYJAIIuDADYLgwABB4OAFoeDgCwHg4ABh8OAFwfDgBKxA8A0kICAGQLAgA0HAEAaLcBAOj7AwBiMQAAZosBALy4AgBOJwAAIk4JAHwXAgDKkAAA0kICADpMAgDSQgIAOkwCAHDuBQCcUgIAFiELACYCDQCe6g0ArD0JAAI+CQBYPgkArj4JAN6BCQCWDQwAkEoBAOZKAQAkwgIAzJMBAI4sCAAmsg8AwkQHAMJEBwCSSQAAkqEBAJY8DgByDgAAKsMBAGQLAgAmAg0AnuoNAKw9CQACPgkAWD4JAK4+CQDegQkAuHQMAA51DABkdQwAunUMABB2DABmdgwAvHYMABJ3DAAmAg0AnuoNAKw9CQACPgkAWD4JAK4+CQDegQkAtHALAApxCwCOLAgAVgAAAFxtCgDMkwEAIpQBAFrlBgCw5QYABuYGAFzmBgCy5gYACOcGAF7nBgC05wYACugGAGDoBgDMkwEAZokAABLFCABkCwIAUG8OAGSzAABWAAAACgsDAGQLAgDgOA8AUnQQADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQBE+QAAAAAAAPbZBACKuQ8A6A0NANJCAgCSSQAAnlsGACTCAgB2JAoAVDgHAFqJAwBkCwIAvMYJABLHCQBoxwkAvscJABTICQBqyAkAZAsCAJY4DAAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAqjIEAFrlBgCw5QYABuYGAFzmBgCy5gYACOcGAF7nBgC05wYACugGAGDoBgBwEwMAxhMDAHyiBwDgOA8AKpYAAKpXAQDmNw0A6PsDABSPAgCeWwYAIpQBAHwXAgBkCwIAJgINAJ7qDQA0HAEAnNkFAMyTAQBECQkAmgkJAPAJCQBGCgkAnAoJAPIKCQBICwkAngsJAPQLCQBKDAkAoAwJAPYMCQBMDQkAog0JAPgNCQBODgkApA4JANJCAgA6TAIAkEwCANCIEAByDgAA6B4AAHzBAQCSSQAAZLMAAFYAAAAKCwMAAAAAAJKhAQByDgAACgsDAAAAAADKkAAAIJEAAPJUAwD0/QEACgsDAAAAAAA6IQIAkqEBAJY8DgBQbw4AjLgOAJZlDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsAUG8OAGSzAABWAAAACgsDAAAAAACSoQEAcg4AAAoLAwAAAAAAxPEHACrDAQCAwwEACgsDAAAAAACGGAAAhhgAACqWAABa5QYAkkkAAJ5bBgDCRAcANNgJAGQLAgC8xgkAEscJAGjHCQC+xwkAFMgJAGrICQB+pwkAkkkAAJ5bBgD0WwYASlwGAI4sCABWPQkAuO8JAAAAAACSSQAAkkkAAFYAAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAvP8QAFxtCgCybQoACG4KAET5AADsVQUA+kENAHIOAAAUjwIAeFgOALzGCQASxwkAcO4FAMbuBQAc7wUAZAsCACYCDQDkLAgAFCoQAGoqEAA6IQIAZokAANzGAQDoHgAAxPEHAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAJoRDQCcUgIAypAAAJKhAQCOLAgAZAsCALh0DAAOdQwAZHUMALp1DAA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAoGYLAPZmCwBMZwsA0kICADpMAgCQTAIA0IgQAHIOAADoHgAAJrIPAICWAADU6wAAfO4CACqWAACAlgAA1OsAAEo5CgCgOQoAMhkAAAAAAAAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgAAAAAAAAAAAEj/AgCe/wIAVAUDAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAktADAOjQAwC26AYADOkGAGLpBgC46QYADuoGAGTqBgBa2QAAzJMBACKUAQAqlgAAgJYAANTrAAB87gIAAAAAAAAAAAAAAAAAAAAAAAAAAACGGAAAKpYAAJJJAABqOQIAqkoQAABLEAC8uAIAjs4DAOTOAwA6zwMAkM8DAEgZEACeGRAA9BkQAEoaEACgGhAA9hoQAEwbEACiGxAAPA8OAJIPDgDoDw4APhAOAJQQDgDqEA4AQBEOAJYRDgDsEQ4AQhIOAJgSDgDuEg4ARBMOAJoTDgDwEw4ARhQOAMJEBwByDgAAZAsCALRwCwBw1w8AxtcPABzYDwAAAAAAAAAAAAAAAAAWIQsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQAAAAAAAAAAAAAAAACqVwEA5jcNAMJEBwA02AkAZAsCALzGCQASxwkAaMcJAL7HCQAUyAkAAAAAACqWAACAlgAAOiECAMyTAQAilAEAxmcCAOK8EAAgkQAAfBcCAHIOAAA+dQAAkMkAAE4nAAA6IQIAZokAAJDJAABkCwIAmhENADohAgB8FwIAitoKAFQ4BwCWPA4A7t8JAIYYAAAqlgAAqlcBAOY3DQAAAAAAhhgAAGQLAgC8xgkAEscJAO7fCQDKkAAAcg4AAD51AAA0/wcAcg4AACrDAQCCmQEAwkQHADTYCQAqlgAAvMYJACSxDwASeQ0AIk4JAMqQAACSSQAAZokAAJxSAgAAAAAAwkQHAGQLAgC8xgkAEscJAGKLAgC4iwIAcg4AAD51AAA0/wcAhhgAANwYAAAKCwMA/j0KAFQ+CgCqPgoAAD8KAFY/CgCsPwoAAkAKAFhACgCuQAoABEEKAFpBCgAqlgAAWuUGALDlBgAG5gYAXOYGALLmBgAI5wYAXucGALTnBgAK6AYAYOgGALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EALoLAgAQDAIAZgwCALwMAgCQywEAEA4DAGQ6BAC6OgQAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAFj4EAGw+BADCPgQAGD8EAGQLAgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQBkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQDm0wUAPNQFAJLUBQDo1AUAPtUFANJeEADIDgAAUmYJAKhmCQD+ZgkAVGcJAJJJAACeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgCiXQYA1FkNACpaDQCAWg0A1loNACxbDQCCWw0A2FsNAD7RAwDSUgoAKFMKAH5TCgDUUwoAKlQKAIBUCgDWVAoAcBMDAMYTAwDy4woASOQKAJ7kCgD05AoASuUKAKDlCgC6CwIAIk4JAHhOCQDOTgkASsQPANJCAgBkCwIAJgINAHwCDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgBCUAIAEsUIAJY8DgCAlgAA1OsAAHzuAgDCRAcAwkQHAJKhAQBkCwIAUG8OAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQCSSQAAZAsCAFrZAADu3wkAzJMBADqiAgCWPA4AWtkAAPwsAgDMkwEAGEMGAJ5bBgAilAEAfBcCAGQLAgC6CwIA6A0NANJCAgBkCwIAmhENAJa/DwDsvw8ASsQPABhFBwBuRQcAxEUHAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCWOAwAcnwMAMh8DAC4dAwADnUMAGR1DAC6dQwADPcNAGL3DQC49w0ADvgNAGT4DQC6+A0AEPkNAGb5DQCoLQIA/i0CALzGCQASxwkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAUG8OAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQCSSQAAZAsCAJoRDQBOJwAAkkkAABYhCwA23wwAljwOAICWAADU6wAAfO4CAPrxDwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgBQkgoAppIKAPySCgBSkwoAqJMKAP6TCgBUlAoAqpQKAACVCgBWlQoArJUKAET5AABa2QAA/CwCAMyTAQAYQwYA1BgCANJCAgA6TAIAcO4FAJxSAgAWIQsAbNMOAAAAAADKkAAAzJMBANJCAgA6TAIAntIBAI4sCAA6IQIAZLMAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwBKxA8AOiECAJJJAABmiQAAzJMBACKUAQBkCwIAntIBAI4sCAA6IQIAZLMAAGQLAgA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwC0cAsAGKkOAABYAQBWWAEAsEcNAAZIDQBcSA0AskgNAAhJDQBa2QAA7t8JANbZDACGGAAAZAsCAFBvDgD0hAUAWokDAMyTAQAilAEAfBcCAGQLAgBQbw4AjLgOAJZlDQA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQByDgAAZAsCADbRBQCM0QUAVm4MAKxuDAACbwwAWG8MAK5vDAAEcAwAWnAMALBwDAAGcQwAXHEMAJoRDQBs0w4AAAAAAMqQAADMkwEA0kICADpMAgA6/gUAZAsCALoLAgDSQgIABJUJADQcAQBkCwIAUG8OAPZwEAA+SgAAypAAACCRAAAqxQIAgMUCAICWAACSoQEAWokDAMyTAQAilAEAfBcCAGQLAgAmAg0A5CwIABQqEABqKhAAOiECAGaJAADcxgEA6B4AAAz3DQBs0w4AAAAAAMqQAADMkwEA0kICADpMAgCaEQ0AMKUGALzGCQASxwkAcg4AAMgOAAC47wkA0kICAGSzAAAqlgAAugsCANJCAgAElQkANBwBAGQLAgCWOAwAGEMGAHIOAABkCwIAlg0MAJBKAQAksQ8ASFcEAJzZBQCOdgIAWokDAGQLAgC6CwIAEAwCALyJAADerAkAeEACANJCAgBaiQMAZAsCAErEDwDSQgIAZAsCAMTxBwDIDgAAuO8JANJCAgBkswAAhhgAACqWAACqVwEACgsDABYRAwCeWwYA9FsGAEpcBgCgXAYA9lwGAExdBgAsVQoAmhENAGzTDgAAAAAAypAAAMyTAQDSQgIAJLEPACKUAQB8FwIAZAsCAJoRDQAwpQYANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMAKpYAAJJJAABmiQAANP8HAI4sCADSQgIAJLEPACKUAQBOJwAA6A0NAGQLAgC0cAsACnELAGBxCwDeRgEATicAAOgNDQA+Dg0AlA4NAOoODQBmiQAAzJMBAFYvAgBmiQAA/BkOALgcCwAOHQsAIpQBADIZAAASwQYAaMEGAJAzCwDmMwsAPDQLAJI0CwDoNAsAPjULAOgeAAA+HwAAlB8AAOofAABAIAAAliAAADQcAQBotwEA6PsDADohAgAA9Q8A7t8JAGaJAAAkwgIAzJMBACKUAQCmbw4AbCELAMIhCwAYIgsAbiILAMQiCwAaIwsAcCMLAMYjCwAcJAsAciQLAMgkCwAeJQsAdCULAHwCDQAkpQkAeqUJANClCQDKkAAAjiwIALzGCQASxwkAcO4FADT/BwBkCwIAypAAAI4sCAAAAAAAwkQHAGQLAgBQbw4AnlsGAPRbBgBKXAYAoFwGAPZcBgDu3wkAVgAAAFYvAgCGGAAAKpYAAJJJAABa2QAAwkQHANJCAgBsZQIAVi8CAHwXAgCK2goA4NoKADbbCgCM2woA4tsKADjcCgA6TAIAcg4AACrDAQDoHgAAcg4AAAoLAwB8FwIAitoKAODaCgA22woAjNsKAOLbCgA43AoAjtwKAOTcCgA63QoAkN0KAObdCgC6CwIA6A0NANJCAgBKxA8A0kICAGQLAgDE8QcA6B4AAD4fAACUHwAAzJMBAGSzAAAqlgAAuHQMAA51DABkdQwAunUMAGxlAgB0zwoA3BgAAFrZAADu3wkA+kENAHIOAAAUjwIAFiELAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQC+wQYAFMIGAGrCBgDAwgYAFsMGAGzDBgCaEQ0ANP8HAI4sCADSQgIAOkwCAHIOAAAqwwEAZAsCALoLAgDoDQ0APg4NAJQODQAYRQcAbkUHAMRFBwBkCwIAUG8OAGSzAABWAAAAZAsCADbRBQCM0QUA4tEFADjSBQCO0gUA5NIFADrTBQCQ0wUAPNADAJLQAwDo0AMAPtEDAJTRAwBmiQAAzJMBACqWAACAlgAA1OsAAHzuAgB8wQEAIPkJAHb5CQDM+QkAIvoJAHj6CQDO+gkAKpYAADQcAQBWAAAAXG0KANJCAgAoQwIAjnYCAFqJAwBkCwIAugsCABAMAgBmDAIA9ukMAEzqDACWOAwA7DgMAEI5DAC4dAwAQlACAJhQAgDuUAIAvMYJABLHCQByDgAAyA4AAJKhAQDKkAAAkkkAAJ5bBgDCRAcAjiwIACayDwCGGAAAQlACAJhQAgDuUAIAuHQMAA51DADSQgIAZAsCAMTxBwDoHgAAPh8AAJQfAACGGAAAQlACAJhQAgDuUAIAlg0MAJBKAQDmSgEAJMICAMyTAQCOLAgAJrIPAGSzAAAsfAgAZAsCADAHDQD6QQ0Acg4AABSPAgBkCwIAljgMAHJ8DADIfAwAbGUCAHTPCgDcGAAAWtkAAMJEBwBu/w4AypAAAFYAAABkCwIAugsCABAMAgBmDAIA9ukMAEzqDAC8DAIA8lQDAMJEBwBqOQIAqkoQACx8CABmiQAAlr8PAIYYAAAqlgAAVDgHAHIOAABqOQIAblcQAMRXEADSQgIAOkwCAHIOAADIDgAAkqEBACTCAgB2JAoAjiwIAOQsCAA0/wcAjiwIANJCAgA6TAIAcg4AACrDAQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAoLAwBwEwMAQlACAJhQAgDuUAIAigULAOAFCwA2BgsAjAYLAOIGCwA4BwsAjgcLAOQHCwA6CAsAkAgLAOYICwA8CQsAkgkLAOgJCwA+CgsAlAoLAOoKCwBACwsAZAsCAPYUDQDIDgAAUmYJAKhmCQD+ZgkAVGcJALwcCgAmVAsAfFQLANJUCwA23wwA1OsAAHzuAgC0cAsAcg4AABSPAgBqjwIAOiECAJKhAQCoXAQA6PsDAEIlAgBkCwIAmhENADClBgC4dAwAKpYAAFrZAABkCwIANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAOtMFAJDTBQA80AMACgsDAHzBAQAg+QkAdvkJAMz5CQAi+gkAePoJAM76CQAk+wkAevsJAIgCCgAAAAAAAAAAAAAAAACWCQoA7AkKAEIKCgCYCgoA7goKAEQLCgCaCwoA8AsKAAAAAAAAAAAARgwKAJwMCgDyDAoA7FMEAAgSBwBeEgcAugsCAOgNDQA+Dg0AlA4NAAoLAwCqMgQAADMEAHAvEQDGLxEAHDARAHIwEQBmiQAAOiECAJKhAQCWPA4AugsCACJOCQB4TgkAzk4JALh0DAAOdQwAZHUMALp1DAAQdgwAZnYMALx2DAASdwwAKpYAAIYYAADcGAAAKpYAAIYYAACGGAAA3BgAACqWAACGGAAAkkkAAAoLAwBwEwMAxhMDAPLjCgBI5AoAnuQKAPTkCgBK5QoAoOUKALoLAgAiTgkAeE4JAM5OCQBKxA8A0kICAGQLAgAmAg0AfAINANJCAgA6TAIAYosCAJJJAAB4QAIA0kICAFqJAwBkCwIA4DgPAAoLAwAAAAAAZAsCADohAgCQIQIATicAAE4nAACkJwAAgJYAACSxDwAilAEAfBcCAGQLAgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAJJJAABkCwIAmhENAE4nAACSSQAAFiELADbfDAAKvwcAhMcCANrHAgAKCwMAmhENAATzDQBoxQgAvsUIADohAgA81gYAktYGAOjWBgA+1wYAlNcGAEIEBwA20QUAjNEFAOLRBQA40gUAjtIFAOTSBQA60wUAkNMFADzQAwCS0AMA3K0KADKuCgCaEQ0A8BENAEYSDQCcEg0AnuoNAFrZAABM2gQAmhENAPARDQDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgBkCwIAjrkOAAAAAABkCwIAutMQAGSzAABmiwEAvLgCAI7OAwDkzgMAOs8DAJDPAwDmzwMAPNADAJLQAwD22QQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAAPUPAErEDwBOJwAAZAsCAFBvDgDgSQIANkoCAIxKAgA4uw8AGKkOABINAgBoDQIAvg0CABQOAgByDgAAZAsCAJYNDADsDQwAjnYCAChDAgCG0AYAQjEIAJJJAAAWIQsANt8MAGQLAgAAAAAAZAsCAFBvDgCMuA4AlmUNADohAgAA9Q8AvMYJABLHCQByDgAAyA4AALjvCQDSQgIAZLMAACqWAACoLQIA/i0CAICcAwCGNA4AwkQHAJKhAQBkCwIAfBcCAMyTAQAkwgIAdiQKAJY8DgDsPA4Alr8PAOy/DwB8FwIAzJMBACTCAgB2JAoAWrgFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgB2JAoANBwBABBoBQBmaAUAvGgFABJpBQD22QQANBwBAGDeAQByDgAAFI8CAGQLAgA6IQIAAPUPAErEDwBOJwAAZAsCAFBvDgDgSQIANkoCAIxKAgA0HAEAEGgFAGZoBQC8aAUAEmkFAGhpBQCoLQIA/i0CAICcAwCGNA4AwkQHAJKhAQBkCwIAfBcCAMyTAQAkwgIAdiQKAFq4BQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIAdiQKADQcAQAQaAUAZmgFALxoBQASaQUAaGkFAKgtAgD+LQIAgJwDAIY0DgDCRAcAkqEBAGQLAgB8FwIAzJMBACTCAgB2JAoAljwOAOw8DgCWvw8A7L8PAHwXAgDMkwEAJMICAHYkCgBauAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAHYkCgCOLAgA4rwQAJKhAQCWPA4AhhgAANwYAADeRgEATicAAOgNDQA+Dg0AlA4NAOoODQCAxQIAgJYAANTrAAB87gIAcBMDAMYTAwDy4woANBwBAIocAQAYzgsAbs4LAMTOCwAazwsAuHQMAEJQAgCYUAIA7lACAI4sCAA0HAEAihwBABjOCwBuzgsAxM4LABrPCwC4dAwAQlACAJhQAgDuUAIAjiwIADQcAQCKHAEAGM4LAG7OCwDEzgsAGs8LAJYNDADsDQwAQg4MAJgODADuDgwARA8MAJoPDACSoQEA6KEBAF62AwC0tgMAZAsCAMqQAADSQgIAkqEBALzGCQASxwkAcg4AAMgOAACSoQEAJMICAHYkCgCWOAwASFcEAJ5XBAD0VwQASlgEAKBYBABkCwIAtHALAApxCwCSSQAA9IQFAFqJAwBkCwIAugsCAOgNDQDSQgIAZAsCAJYNDADsDQwAQg4MAJgODADuDgwARA8MAJoPDACoLQIA/i0CAICcAwDWnAMALJ0DAIKdAwC6CwIA6A0NAD4ODQCUDg0A6g4NAJY4DAAYQwYAbkMGAJY4DADsOAwAQjkMAJg5DAAwpQYAlg0MAOwNDABCDgwAmA4MAO4ODABEDwwAmg8MAGo5AgCe0gEAcg4AAMgOAAA0HAEAnNkFAJxSAgBkswAALHwIAMyTAQAilAEAfBcCAGQLAgCWDQwA7A0MAEIODACYDgwA7g4MAEQPDACaDwwAugsCAOgNDQDSQgIAZAsCACASAQBqpQ0AvP8QABIAEQC4dAwADnUMAGR1DAC6dQwAlg0MAJBKAQA6TAIAkEwCACJOCQB4Lw8AKpYAAI4sCABkCwIAWtkAAMyTAQAYQwYA6EkAAGQLAgAAAAAAZAsCAErEDwDSQgIAZAsCAEIUDwAAAAAAZAsCAErEDwDSQgIAZAsCAEIUDwCYFA8ADPcNADClBgAmAg0AJrIPAHyyDwAmJQkApscPAPzHDwAmsg8AhhgAAGSzAABWAAAArAAAAEoSDACgEgwA9hIMAEwTDACiEwwANBwBAJzZBQCWvw8A+gACAGaJAAASxQgAaMUIALyJAABsZQIAiv0GAPwZDgCK2goAMAcNAIYHDQDcBw0AMggNALh0DAAOdQwAZHUMALp1DAA6IQIAAPUPACqWAACGGAAAZAsCALoLAgDoDQ0APg4NAJQODQDqDg0AljgMAOw4DADU4BAAKuEQAIDhEADW4RAALOIQAJY8DgCOLAgAajkCAGQLAgBQbw4A9IQFAFqJAwBkCwIAUG8OAIy4DgCWZQ0AljgMAOw4DADU4BAAKuEQAIDhEADW4RAALOIQAJY4DAAYQwYACgsDAHATAwC8/xAAEgARAGgAEQCWOAwA7DgMANTgEAAq4RAAgOEQANbhEAAs4hAAlg0MAJKhAQCWPA4A7DwOANzGAQDoHgAAvMYJAIIuDADYLgwAZAsCAGgJAACGGAAAvP8QABIAEQBoABEAljgMAOw4DADU4BAAKuEQAIDhEADW4RAALOIQAMqQAAAgkQAAkkkAAJ5bBgD0WwYASlwGACqWAACAlgAA1OsAAHzuAgCSoQEA6KEBAF62AwC0tgMAZAsCAMTxBwBMQA0AZLMAACx8CABkCwIAugsCACJOCQB4TgkAzk4JAOA4DwA2OQ8AfBcCAIraCgA0HAEAZAsCAMyTAQAilAEAZAsCAJoRDQCWvw8AWokDAGQLAgBKxA8ATicAAGQLAgBQbw4A9nAQAD5KAACUSgAAyA4AALjvCQDSQgIAZLMAACqWAACSoQEA6KEBAIqGCwDghgsANocLADDIAgBaiQMAZAsCAJY4DADsOAwA1OAQACrhEACA4RAA1uEQACziEACWPA4AjiwIAGQLAgB8FwIAitoKADQcAQBQbw4A9nAQAD5KAAB8FwIAitoKADQcAQByDgAAZAsCAJoRDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAJgINANJCAgAksQ8AJMICAHYkCgDMJAoAZAsCALoLAgDoDQ0APg4NAJQODQDqDg0AugsCAOgNDQDSQgIAZAsCAJ7SAQCOLAgAOiECAGSzAAB8FwIAitoKAODaCgBkCwIAJgINANJCAgAksQ8AJMICAHYkCgDMJAoAZAsCAJY4DADsOAwA1OAQACrhEACA4RAAlr8PAGSzAAAqlgAAugsCAOgNDQDSQgIAZAsCAJ7SAQCOLAgAOiECAGSzAABYuQYArrkGAJKhAQB4WA4AntIBAI4sCAA6IQIAZLMAAGTPDgDcGAAA3kYBAE4nAADoDQ0APg4NAJQODQDqDg0AgMUCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAKvwcAurMAAKKAAgD4gAIAToECAI4sCAAmsg8ATicAAE4nAADoDQ0APg4NAJQODQDqDg0AgMUCAICWAADU6wAAfO4CAPARDQCSSQAAnlsGABJ5DQCOygEAvIkAAN6sCQDKkAAA0kICAFBvDgCMuA4AlmUNALoLAgAiTgkAGtUOAMZnAgBG1QMAnNUDAPLVAwBI1gMAntYDAPTWAwBK1wMAoNcDADohAgAA9Q8AvMYJABLHCQByDgAAyA4AAJKhAQAkwgIAdiQKAI4sCAAKCwMAhhgAANwYAADeRgEAlCMCAKJnCwD4ZwsATmgLAKRoCwC6CwIA0IgQACCRAAAE8QwAkkkAAJ5bBgDCRAcANNgJAJJJAAAWIQsAhhgAAHIOAACCmQEAwkQHADTYCQDo+wMAPvwDALzGCQASxwkAAAAAAMqQAADMkwEA0kICADpMAgBkCwIAtHALABipDgAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAJgINANJCAgAksQ8AJMICAHYkCgBkCwIA1BgCACoZAgC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADAAoLAwC6CwIA6A0NANJCAgBkCwIAlg0MAI4sCABWPQkAZAsCAJY4DAByfAwAyHwMALh0DAAOdQwAZHUMALp1DACSoQEA6KEBAF62AwC0tgMAJrIPALzGCQASxwkAAAAAAMqQAADMkwEA0kICADpMAgA6/gUAZAsCADQcAQCKHAEAGM4LAG7OCwDEzgsAGs8LAJYNDACQSgEA5koBACTCAgDMkwEAjiwIACayDwByDgAAZAsCAJYNDADsDQwAQg4MAJgODADuDgwARA8MAJoPDAB8FwIA0hcCAGQLAgC6CwIAIk4JAHhOCQDOTgkAcg4AAGQLAgCWOAwA7DgMAEI5DAByDgAAVgAAACYlCQBa5QYATicAAI7KAQDkygEAOssBAOA4DwBWLwIAKpYAAICWAADU6wAAfO4CAFrZAAD8LAIAODgOAPJUAwAilAEAfBcCAAoLAwCGGAAA3BgAAN5GAQB0lAIA1rQPAOLhDQCOLAgAJrIPAHyyDwDSsg8AKLMPAH6zDwDUsw8AKrQPAIC0DwAKCwMAcg4AABSPAgD0hAUASoUFAGSzAACSSQAACgsDANJCAgA6TAIAYosCALDlBgAkwgIAdiQKAMwkCgAoQwIAOiECAJKhAQCWPA4AuqAMABChDABmoQwAvKEMABKiDABkswAAZosBANJCAgA6TAIAuqAMABChDABmoQwAvKEMABKiDABoogwAvqIMABSjDABqowwAwKMMABakDABspAwAAtoBAFjaAQDo+QIAPvoCAJY8DgC6oAwAEKEMAGahDAC8oQwAEqIMAGiiDAC+ogwAFKMMAGqjDADAowwAFqQMAGykDABWAAAArAAAAI52AgC0nQwA6B4AAOLhDQDKkAAAcg4AAOgeAAA+HwAA1pYAACqWAACAlgAA1OsAAHzuAgBa2QAA/CwCADg4DgDyVAMAIpQBAHwXAgAKCwMAAKwAAFasAACsrAAAdJQCANa0DwDi4Q0AjiwIACayDwB8sg8A0rIPACizDwB+sw8A1LMPACq0DwCAtA8ACgsDAHIOAAAUjwIAFiELAGwhCwBCMQgAqlcBAOY3DQAKCwMAfBcCADQcAQBCMQgAhhgAAJJJAABmiQAAnFICAJ5bBgDCRAcANNgJAGQLAgC6CwIAEAwCAJDJAACSoQEAcg4AAOgeAABmzAwAuBwLADohAgA81gYAnFICAGaJAAASxQgAZAsCALRwCwBw1w8AxtcPABzYDwASxQgACgsDAGxlAgB+2AwA1NgMACrZDACA2QwAzJMBADqiAgCQogIA5qICACqWAABmiQAAHgQQAGQLAgBKxA8AuO8JAJJJAABkCwIASsQPAE4nAABkCwIANBwBAEIxCACYMQgAihwBANJCAgCAlgAANBwBAGi3AQC+twEAQlACAJzfCAAWIQsAjiwIAGQLAgA6IQIAWokDAGQLAgCaEQ0Alr8PANwYAADeRgEA6EkAAD5KAAB0lgMAZAsCAJYNDACQSgEA5koBAOA0DQA2NQ0AjDUNAHwXAgDSFwIASsQPAG7/DgD26QwATOoMAFBrDACmawwAugsCABAMAgB00wwAytMMACDUDAB21AwAzNQMACLVDAB41QwAztUMAJYNDADsDQwAjnYCALSdDADoHgAAtHALAHDXDwDG1w8AHNgPAGSzAACExwIAlJUQAHwXAgDu3wkAROAJAJY4DADsOAwAQjkMAAZGDABcRgwATHEQADpMAgBw7gUANP8HAGQLAgAAAAAAZPYMAGQLAgDu3wkAZokAAJa/DwCOLAgAkqEBAJY8DgCOLAgAtHALABipDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBqOQIACgsDAAAxAwBWMQMArDEDAC5zAwCEcwMA2nMDADB0AwCGdAMAmhENAJxSAgCaEQ0AnFICAAAAAAAkAQ0AZAsCAI4sCADOpAkAEM4NAGbODQC8zg0AEs8NAAoLAwA6IQIAWokDAJJJAAAWIQsAEA4DACx8CABmiQAAjnYCAO7fCQBmiQAA3MYBAGQLAgC6CwIAEAwCAGYMAgC8DAIAcNcPAMbXDwAc2A8AhhgAAJJJAABmiQAA9P0BAGQLAgC0cAsAcNcPAMbXDwAc2A8AwkQHALjvCQAgkQAAKsUCACYCDQAmsg8AkkkAABYhCwBa5QYAkkkAABYhCwBmiQAAjnYCADpMAgAmAg0AJrIPAJJJAAAWIQsAWuUGAJJJAAAWIQsAcg4AAIKZAQDYmQEALpoBAISaAQAk1gwAetYMAGQLAgA6IQIAWokDAGQLAgDE8QcAgpkBANiZAQAumgEAhJoBAFYAAACQSgEA5koBADQcAQBotwEA6PsDAOgeAAA+HwAAOkwCAJ7SAQAIEAYAWuUGAJJJAACeWwYAwkQHADQcAQCc2QUAzJMBACKUAQAoQwIAvIkAACqWAAA6IQIAZokAALyJAABsZQIAZAsCADQcAQCKHAEAcg4AABSPAgBkCwIAvMYJABLHCQBiiwIAUG0NAIYYAACSSQAAZAsCADbRBQCExwIA2scCADDIAgCGyAIAkqEBAGaJAADcxgEAFI8CAPbZBACWDQwAkEoBAOZKAQDgNA0ANjUNAIw1DQDiNQ0AZAsCADbRBQCM0QUA1okPACyKDwCCig8A2IoPAC6LDwCEiw8AZAsCAFrZAADMkwEAGEMGAOhJAABkCwIAtHALABipDgBuqQ4AxKkOAG5DBgA20QUAjNEFALyLAQAKvwcAKpYAAHIOAAAqwwEAajkCAPJDEABIRBAA5jcNADw4DQDMkwEAGEMGABYhCwCOLAgAZAsCAFrZAADMkwEAGEMGAOhJAABkCwIANtEFAIzRBQC8iwEAEowBAMqQAAA6IQIAkkkAABYhCwC6TA0AEE0NABZSDgBOJwAAjsoBAOTKAQA6ywEAmjwNAPA8DQBGPQ0AnD0NAPI9DQDCRAcAwkQHAG7/DgBQbw4AnlsGAPRbBgBKXAYAjiwIAGQLAgBKxA8AuO8JAJJJAABkCwIAljgMAOw4DABKxA8ATicAACqWAACOLAgAJrIPAI4sCABkCwIAUG8OAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GACxVCgAERw0AWkcNAHIOAAAUjwIAUG8OAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQCSSQAAZAsCAJY4DADsOAwAFhEDAFjsCgD8bw4AZk0NALxNDQASTg0AaE4NAL5ODQAUTw0Aak8NAMBPDQAWUA0AbFANAC5cDQCEXA0A2lwNADBdDQAWEQMAnlsGAPRbBgBKXAYAoFwGAPZcBgBMXQYALFUKAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCaEQ0ATicAAJJJAAAWIQsANt8MAFBvDgCMuA4AlmUNADohAgAA9Q8AmhENAJa/DwDsvw8AljgMAOw4DADU4BAAKuEQAIDhEACWvw8AZLMAACqWAABKxA8ATicAAGQLAgC0cAsAcNcPAMbXDwAc2A8AZAsCALh0DAAOdQwAZHUMALp1DADqIwIAGKkOAG6pDgDo+wMAtHALABipDgBuqQ4A6PsDALh0DAAOdQwAMhkAALRwCwBw1w8AxtcPABzYDwBw1w8AxtcPABzYDwAqlgAAzJMBACTCAgB2JAoAZAsCAMqQAAAgkQAAxuYBABznAQBy5wEAyOcBAB7oAQB06AEAyugBACDpAQBObA0ApGwNAPpsDQBkCwIAypAAACCRAABa2QAA/CwCAFItAgAWIQsAjiwIAGQLAgC0cAsAGKkOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAE4nAACkJwAAgJYAANTrAAB87gIAfBcCANIXAgCOLAgAZAsCALh0DAAOdQwAZHUMALp1DADqIwIAGKkOABINAgBoDQIAvg0CABQOAgBkCwIAxPEHAExADQBkswAAZLMAACqWAAByDgAAWtkAAPwsAgCSZw8A6GcPALh0DAAOdQwAZHUMALp1DADqIwIAGKkOABINAgBoDQIAvg0CABQOAgBqDgIAGKkOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAPJUAwAAAAAAhhgAAPJUAwBIVQMAUG8OAIy4DgCWZQ0ANtEFAIzRBQDi0QUAONIFAI7SBQDk0gUAJgINAHwCDQAkpQkASsQPABhFBwBuRQcAlg0MAMyTAQAilAEAxPEHACKFDwB4hQ8AjnYCALzGCQASxwkAcO4FAMbuBQBMQA0AZLMAAGSzAAAqlgAAKpYAADohAgAA9Q8AmhENADohAgCSoQEAcO4FADT/BwBkCwIAlg0MAJBKAQDmSgEAeNkOAM7ZDgAk2g4AetoOANDaDgBKxA8ATicAAGQLAgDKkAAAIJEAACrFAgCAxQIA1sUCACzGAgCCxgIA2MYCALh0DAD6AAIAAFoCAJ5bBgAqlgAAcg4AAGQLAgBKxA8ATicAAGQLAgDKkAAAIJEAACrFAgCAxQIA1sUCACzGAgCCxgIA2MYCALh0DAD6AAIAAFoCAIYYAADcGAAAfKIHACqWAACSSQAA4EkCADZKAgCMSgIAIBIBAHxxBABKxA8AOiECAJ7SAQAIEAYAWuUGAJJJAABkCwIAMAcNAIYHDQDcBw0AMggNALh0DAAOdQwAMhkAAJoRDQCcUgIA8lICAEhTAgCeUwIA9FMCAEpUAgCgVAIANBwBAEIxCACSSQAA6EkAAPpBDQCOLAgAZAsCAJY8DgCOLAgAZAsCAHh9CwDCRAcAGEUHAJJJAACeWwYAwkQHADTYCQAKCwMAypAAACCRAABa2QAAsNkAAChDAgAeBBAARPkAAPD7AQB4fQsAzn0LAErEDwA02AkAZAsCAJoRDQAwpQYAeH0LAIYYAADcGAAAfKIHACqWAAB4fQsAzn0LACTCAgB6wgIA0MICACbDAgCWOAwA7DgMAHiUAQDCRAcAbv8OAMJlAgBa2QAAzJMBABhDBgDoSQAA9IQFAIIuDACSSQAA6EkAAFqJAwCoLQIA/i0CAFQuAgCqLgIAAC8CALoLAgAQDAIAEsUIAHIOAAC4dAwA8lQDAJoRDQCQvA8A5rwPADy9DwCSvQ8A6L0PACKUAQB8FwIAtHALAHDXDwDG1w8AVi8CAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQASeQ0ATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAAOA4DwBSdBAAmhENAGzTDgDerAkAypAAAGaJAAASxQgAqC0CAP4tAgACdxAAWHcQALx+EAASfxAAaH8QAL5/EAAUgBAAaoAQAMCAEAD22QQAljgMAHJ8DADIfAwAuHQMAA51DABkdQwAunUMAHh9CwCSSQAA9IQFAIIuDAAqlgAAeH0LAE4nAACOygEAEsUIAHIOAADoHgAAeH0LANxdDQD0hAUAgi4MAJJJAADoSQAAWokDABB2DAAQDAIAEsUIAHIOAADU7wIACgsDAAoLAwA6DA0AkAwNAOYMDQA8DQ0Akg0NAHgADQDOAA0ASsQPANJCAgBkCwIAuHQMACqWAABmiQAAjnYCALRwCwAKcQsAjiwIAGQLAgBKxA8ATicAAGQLAgCWOAwA7DgMALz/EADqoAAAVj0JACqWAAByDgAAZAsCALh0DAAOdQwAZHUMALp1DADqIwIAGKkOAG6pDgDo+wMAJgINAJ7qDQD06g0ASusNAKDrDQD26w0ATOwNAKLsDQD47A0ATu0NAKTtDQD67Q0AUO4NABLFCADSQgIAOkwCAHDuBQA0/wcAWokDAGQLAgC0cAsAGKkOAG6pDgDo+wMAFI8CAJoRDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAwDkCAIIuDADYLgwALi8MAIQvDADaLwwAMDAMAIYwDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAFhEDAJ5bBgD0WwYASlwGAI4sCABkCwIASsQPALjvCQCSSQAAZAsCAFrZAAD8LAIAzJMBABhDBgCeWwYAIpQBAHwXAgBkCwIAugsCAOgNDQDSQgIAZAsCAErEDwAYRQcAbkUHAFSQCACqkAgAAJEIAFaRCACskQgAgJYAANTrAAB87gIAnBQOAPIUDgBIFQ4AnhUOAPQVDgBKFg4AoBYOAPYWDgBMFw4AohcOAPgXDgBOGA4ApBgOAPoYDgBQGQ4AphkOABAOAwBkOgQAujoEABA7BABmOwQAvDsEABI8BABoPAQAvjwEABQ9BABqPQQAwD0EABY+BABsPgQAwj4EABg/BAAQDgMAZDoEALo6BAAQOwQAZjsEALw7BAASPAQAaDwEAL48BAAUPQQAaj0EAMA9BAAWPgQAbD4EAMI+BAAYPwQAfBcCAHwXAgDSQgIAOkwCAHwXAgC4HAsAnFICABYhCwAqlgAAgJYAANTrAAB87gIAhhgAAPJUAwAilAEAfBcCAGQLAgDE8QcA6B4AAFQ4BwCWPA4AWuUGAJJJAAAWIQsAjiwIAGQLAgBQbw4Apm8OAPxvDgB8XA8AxPEHACKFDwB4hQ8AjnYCAJJJAABWAAAAcPgKAMb4CgCSSQAAAAAAAE4nAACOygEA5MoBAJ7/AgC8xgkAEscJAHDuBQDcxgEAyA4AADTYCQAKCwMAjCEDAOIhAwA4IgMAjiIDAOQiAwA6IwMAkCMDAOYjAwA8JAMAuO8JAJJJAABWAAAA6qAAAJJJAABkCwIAugsCANJCAgAElQkANBwBAGQLAgDE8QcANLcOAIq3DgDMkwEANtEFALqzAACWPA4A7DwOAMJEBwDSQgIAbGUCAKZvDgD8bw4A4o0OADiODgBKmQ8AoJkPAPaZDwBMmg8AjnYCACqWAACOLAgAZAsCAFBvDgCmbw4A/G8OAOKNDgA4jg4ASpkPAKCZDwD2mQ8ATJoPACqWAABmiQAAwmUCAI4sCABkCwIAUG8OAKZvDgD8bw4A4o0OADiODgBKmQ8AoJkPAPaZDwBMmg8AugsCABAMAgBmDAIAvAwCAP6bDgBUnA4AqpwOADQ2DgCKNg4A4DYOADY3DgCMNw4A4jcOAJKhAQCWPA4A7DwOAGQLAgBQbw4Apm8OAPxvDgDijQ4AOI4OAEqZDwCgmQ8A9pkPAEyaDwDooQEAWtkAAGQLAgBQbw4Apm8OAPxvDgDijQ4AOI4OAEqZDwCgmQ8A9pkPAEyaDwDCZQIAjiwIAGQLAgBQbw4Apm8OAPxvDgDijQ4AOI4OAEqZDwCgmQ8A9pkPAEyaDwByDgAAZAsCALoLAgAQDAIAZgwCALwMAgC8xgkAEscJAHIOAACaPA0AkqEBAJJJAABkCwIAxPEHAExADQBKmQ8AoJkPAPaZDwBMmg8AAAAAAHhYDgBkCwIAugsCABAMAgBmDAIAEMwMALRwCwBw1w8AxtcPABzYDwA02AkAKpYAAMTxBwDoHgAA6mYOAEBnDgCWZw4AZAsCAErEDwBQbw4Apm8OAJ5rDgD0aw4ASmwOAKBsDgD2bA4ATG0OAGQLAgBKxA8AkqEBAJKhAQCWPA4AWuUGAJJJAACeWwYAIpQBAAIBAABUng8Acg4AAGQLAgBaIA8AzlgOAJJJAADKkAAAVgAAAGSzAAC6swAAooACAPiAAgBOgQIANBwBAIocAQAYzgsAbs4LAMTOCwAazwsAZokAAI52AgCOLAgAVj0JAFrZAACGGAAAZLMAALqzAACigAIA+IACAE6BAgCSSQAAFiELALpMDQDKfw0AIIANAHaADQDMgA0AIoENAHiBDQDoHgAAcg4AAAAAAAAAAAAAVp0OAKydDgACng4AWJ4OAET5AAD2FA0A9tkEAIq5DwDguQ8ANroPALwMAgAAAAAANtEFAIzRBQDi0QUAunkOABB6DgBmeg4Acg4AAMgOAACSoQEAljwOAGo5AgCSoQEA6KEBADg8EAAilAEATicAAFrZAAD8LAIAODgOAPJDEACAlgAA1OsAAHzuAgCOLAgAJrIPADohAgCQIQIAdD4CAPSEBQC4IA0ADiENACTCAgB6wgIA0MICAKhcBACOLAgA5CwIABQqEACeWwYAwkQHADTYCQBkCwIAWtkAAPwsAgA4OA4A8lQDACKUAQB8FwIAJgINACayDwB8sg8A0rIPACizDwB+sw8A1LMPACq0DwCeWwYAwkQHADTYCQBkCwIAWtkAAPwsAgA4OA4A8lQDACKUAQB8FwIAxPEHAExADQDMkwEAGEMGABYhCwC6TA0ACgsDAFBvDgCmbw4A/G8OAOKNDgA4jg4Ajo4OAOSODgA6jw4AugsCABAMAgBmDAIAvAwCAP6bDgD+3QQAVN4EAOziCwCCLgwA/A0IAFY9CQC47wkAkkkAAGQLAgAAAAAAJrIPAICWAADU6wAAKuwAAAAAAAAAAAAAxPEHAExADQDMkwEAGEMGABYhCwC6TA0AqN0EAIg1DgDeNQ4AfFwPALoLAgAiTgkAeE4JAM5OCQAAAAAArp4OAHzBAQBOJwAAjsoBAOTKAQBI/wIACgsDALRwCwAYqQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAAjzDABe8wwAvMYJABLHCQCe0gEACBAGAFrlBgCSSQAAnlsGAMJEBwA02AkAZAsCAJY4DADsOAwAqlcBAOY3DQA8OA0AkjgNAOg4DQA+OQ0AlDkNAOo5DQBAOg0AljoNAOw6DQCaEQ0AMKUGALh0DAAOdQwAfKIHAOA4DwAgagIAdmoCAMxqAgAiawIAZAsCALRwCwAYqQ4AbqkOAMSpDgBuQwYANtEFAIzRBQC8iwEAEowBAETsDwA0HAEAnNkFAMyTAQAilAEA8lQDACKUAQB8FwIAZAsCAJY4DADsOAwAYs4OALjODgAAnw8AVp8PAHhAAgAOzw4A9tkEAAAAAABkCwIAypAAACCRAABm9wwAvPcMABL4DABo+AwAvvgMABT5DABq+QwAwPkMAHDXDwDG1w8AHNgPADohAgAA9Q8AkkkAAFrZAAAqlgAAKpYAAIYYAABkCwIAUG8OAKZvDgD8bw4AVgAAAKwAAAACAQAA9tkEAGLODgC4zg4A9tkEAJJJAAB4QAIADs8OAPbZBAAAAAAAZAsCAFBvDgD2cBAAzJMBAOj7AwA+/AMAlPwDAKZvDgD8bw4AZk0NALxNDQASTg0AaE4NAL5ODQAUTw0Aak8NAMBPDQAWUA0AbFANAC5cDQCEXA0A2lwNADBdDQCGXQ0AbGUCAH7YDACOLAgAhhgAAEJQAgAeBBAAkiYEAEIlAgCYJQIARPkAAPD7AQCkCgcAhMcCANrHAgAwyAIAvIkAANJCAgAElQkAcg4AACrDAQAilAEA8lQDAOj7AwBCJQIA1tkMAI4sCABkCwIAljgMAOw4DACSSQAAFiELALpMDQAQTQ0AGEUHAG5FBwBUkAgAkkkAAOBJAgBKxA8ANNgJAGQLAgDE8QcA6B4AAOpmDgBAZw4AlmcOAFYvAgBmiQAAEsUIAGjFCAC+xQgANtEFAITHAgDaxwIAMMgCADohAgBmiQAAvIkAAJKhAQBmiQAAbGUCAGx7DQDCew0AGHwNAG58DQDEfA0AGn0NALzGCQCCLgwAIm0DAHhtAwA23wwA1OsAAIIuDABWAAAAkkkAABYhCwAAAAAAAAAAAAAAAAA6IQIAAPUPAE4nAADoDQ0A0kICADpMAgCaEQ0ABPMNAGjFCABoCQAAvgkAADAHDQD6QQ0AUEINAGaJAABOJwAAkkkAABYhCwA23wwAZAsCAJoRDQAE8w0AaMUIAGgJAAC+CQAAMAcNAPpBDQBQQg0AtHALAGaJAAC8iQAALHwIAGgJAAC+CQAAMAcNAPpBDQBQQg0AtHALAGaJAAC8iQAALHwIAGgJAAC+CQAAMAcNAPpBDQBQQg0AqFwEACKUAQCCmQEAIpQBACYlCQCmxw8A/McPAFLIDwCoyA8AAAAAALoLAgAQDAIAZgwCALb4DgAM+Q4AZAsCAFBvDgCmbw4A/G8OAHxcDwBsZQIAAAAAAGQLAgBQbw4Apm8OAPxvDgB8XA8AxPEHAExADQDMkwEAGEMGABYhCwC6TA0Alg0MAOwNDADmZA4AugsCABAMAgBmDAIANtEFAITHAgDI6QIAZLMAACqWAABUOAcAkqEBAJY8DgCOLAgANLcOAIq3DgDgtw4ANrgOAIy4DgDiuA4AJgINAOK8EAA4vRAAKEMCAJxSAgCeWwYAwkQHADTYCQBWLwIANBwBAHIOAABQbw4Apm8OAPxvDgB8XA8Alg0MAOwNDADmZA4AugsCABAMAgBmDAIAxPEHAExADQDMkwEAGEMGABYhCwC6TA0AajkCAGo5AgDsEw8AZAsCALoLAgAQDAIAZgwCALwMAgBw1w8AxtcPABzYDwC6CwIA0kICAASVCQA0HAEASsQPAG7/DgCWOAwAfBcCAIYYAADcGAAA0kICADpMAgA6/gUAZAsCAMqQAAAgkQAABPEMAFrxDACw8QwABvIMAFzyDACy8gwAXqEOAJwWDwDyFg8ASBcPAHhYDgDA4wEA6mYOAEBnDgCWZw4AZAsCADAHDQD6QQ0AUEINAJ5rDgD0aw4ASmwOAKBsDgD2bA4ATG0OAGQLAgAwBw0A+kENAFBCDQBmiQAAvIkAACx8CABkCwIAxPEHAOgeAADqZg4AQGcOAJZnDgBkCwIAMAcNAPpBDQBQQg0AUG8OAKZvDgCeaw4A9GsOAEpsDgCgbA4A9mwOAExtDgBkCwIAMAcNAPpBDQBQQg0AAAAAAPT9AQCSSQAAypAAANJCAgA6TAIA4DgPAFYAAACsAAAAADEDAFYxAwCsMQMAAjIDALRwCwAYqQ4AEg0CAGgNAgC+DQIAFA4CAGoOAgAmFwIAvMYJAIIuDAA20QUAjNEFAOLRBQC4dAwAQlACAJhQAgAAAAAA4DgPADY5DwCCtQ8A2LUPAC62DwCEtg8AEMwMAJYNDADsDQwA5mQOAAoLAwCGtw8A3LcPADK4DwAKCwMAZAsCAMqQAAAgkQAA8lQDABhDBgBuQwYAntIBAJY+DwBWAAAAzJMBABhDBgAWIQsANt8MACTCAgDMkwEAIpQBACJtAwBmiQAA/BkOAIraCgCWDQwAkqEBAGaJAACcUgIATicAAOgNDQDSQgIANBwBAGQLAgDE8QcATEANAMyTAQAYQwYAFiELAIIuDADYLgwAZAsCALoLAgAiTgkAGtUOAHDVDgDG1Q4AHNYOAHLWDgDI1g4AHtcOAJoRDQBOJwAAkkkAABYhCwA23wwA+BsQAE4cEACkHBAA+hwQAFAdEACmHRAAtJ0MAGQLAgC6CwIA6A0NAD4ODQCUDg0AxPEHADS3DgCKtw4A4LcOADa4DgAihQ8AeIUPAI52AgCSSQAAFiELAJoRDQA6IQIAhjQOANw0DgCSSQAAFiELAExADQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADQiBAAEAwCAGYMAgC8DAIAFlIOAGxSDgDCUg4A6A0NAD4ODQCUDg0AxPEHADS3DgCKtw4A4LcOADa4DgAihQ8AeIUPAI52AgCSSQAAFiELAJoRDQA6IQIAhjQOANw0DgCSSQAAFiELAExADQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADQiBAAGFMOAG5TDgDEUw4A3MYBAGQLAgAAAAAAZAsCALoLAgAQDAIAZgwCAPbpDABM6gwAAAAAALzGCQCCLgwA2C4MAAoLAwC0cAsAVDgHAKo4BwAeBBAAkiYEAOgeAACOLAgACgsDAMyTAQAilAEATicAAOgNDQB87gIASP8CAJ7/AgBQbw4Apm8OAPxvDgB8XA8A0lwPAO5qDwBEaw8AmmsPAL5ICgAUSQoAakkKAPbpDABM6gwAtHALAHDXDwDG1w8AHNgPAMBJCgD+mw4A/t0EAFTeBAAoVQsAGKkOAHAvEQDGLxEAHDARAHIwEQCWDQwAkqEBAJY8DgDsPA4A3MYBAOgeAAC8xgkAEscJAGjHCQDmTAIA4DgPAMDjAQAW5AEAfMEBAO7fCQDW2QwAVDgHAPwsAgA4OA4A8lQDACKUAQB8FwIASP8CAJ7/AgBQbw4Apm8OAPxvDgB8XA8A0lwPAO5qDwBEaw8AmmsPABSPAgBqjwIAlr8PAI4sCADkLAgAjnYCAI4sCABWLwIAwkQHALjvCQAqlgAAgJYAANTrAAB87gIAAtoBAFjaAQCSoQEAljwOAJJJAAAWIQsAUG8OAGaJAADcxgEAYs4OAMyTAQA6ogIAjiwIAGQLAgC6CwIAEAwCAGYMAgC8DAIAxPEHAExADQBkswAAZLMAACqWAAByDgAAKsMBAE4nAADQiBAA8pUOAEiWDgCelg4A9JYOAEqXDgDgOA8ANjkPAIw5DwAihQ8A6JIPAD6TDwCUkw8A6pMPAPaXDgBMmA4AopgOAGQLAgBkCwIACgsDADQcAQA0HAEAnNkFAI52AgBaiQMAZAsCAPT9AQBK/gEAoP4BAPb+AQBM/wEAov8BAIYYAAAqlgAAkkkAAIjHAQCOLAgAVgAAACYlCQCOLAgAkkkAAGaJAAASxQgAZAsCAFBvDgCmbw4A/G8OAHxcDwAQDAIAZgwCALwMAgDE8QcATEANAGSzAABkswAAKpYAAHIOAAAqwwEATicAANCIEABa2QAA/CwCAJJnDwAqlgAAgJYAADpMAgBQbw4Apm8OAPxvDgBkswAAZosBAALaAQBY2gEAkqEBAJY8DgCSSQAAUG8OAKZvDgD8bw4AmhENAJC8DwDmvA8APL0PAJK9DwDovQ8APr4PAJS+DwDqvg8ACgsDAAAAAAAAAAAAzJMBAOj7AwBizg4AKpYAAFYAAACQSgEAOkwCAGKLAgCExwIAnFICABYhCwBkswAAAAAAAFJ0EAC6CwIAEAwCAGYMAgC8DAIAkMsBAAh6EAA0tw4AircOAOC3DgA2uA4ACgsDALoLAgAQDAIAZgwCAPbpDABM6gwAtHALAHDXDwDG1w8AHNgPANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQByDgAAqC0CAIYYAABkCwIAtHALAHDXDwDG1w8AHNgPAErEDwAKvwcAYL8HALa/BwAMwAcAYsAHALjABwAOwQcAwkQHAJJJAADoSQAAPkoAAHSWAwBkCwIAtHALAHDXDwDG1w8AHNgPAIYYAACOLAgAzqQJACKUAQB8FwIACgsDALRwCwAYqQ4ABMwPAFrMDwCwzA8ABs0PAHIOAABmiQAAhtAGAFYAAACSoQEAOiECAIY0DgDcNA4AMjUOAA5ODgCSoQEAljwOAOw8DgBCPQ4AZAsCAErEDwBOJwAAZAsCAFBvDgCmbw4A/G8OAI4sCADOpAkAEM4NAGbODQB4WA4AzlgOAJKhAQCWPA4A7DwOAFY9CQAqXA4AgFwOAHhYDgDOWA4AgJYAANTrAAB87gIAWHMOAJJJAAAWIQsAukwNABBNDQAmAg0AfAINAODiDgA24w4AjOMOAOLjDgA45A4AjuQOABB2DAAiTgkAGtUOAHDVDgDG1Q4AHNYOAGQLAgA6IQIAAPUPAE4nAADoDQ0A0kICADpMAgCWOAwAGEMGAHIOAABkCwIAlg0MAOwNDACOdgIAOkwCAIYYAACSSQAAZAsCAJoRDQCWvw8AjiwIAGQLAgBa2QAA/CwCAJJnDwDoZw8ANtEFAITHAgDI6QIAZLMAACqWAABUOAcAkqEBAJY8DgCOLAgAkkkAAOBJAgA2SgIAjEoCAOLhDQDi4Q0AIBIBACqWAACAlgAA1OsAAFYvAgCsLwIAAjACAFgwAgCuMAIAVi8CAE4nAACOygEA5MoBAFBrDACmawwAAAAAABYRAwBY7AoA/G8OAK5zDgAQDAIAZgwCALwMAgCoLQIAqC0CACqWAABmiQAAlr8PAGSzAADSQgIAOkwCAHDuBQCcUgIAnlsGAMJEBwA02AkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQA+dQAAnFICAJ5bBgDo+wMATicAACJOCQAqlgAAjiwIAI4sCAAmsg8AfLIPACYlCQCmxw8A/McPACayDwCGGAAAZLMAAFqJAwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAFYAAABWAAAAkqEBAKhcBABkswAAhMcCAJxSAgCeWwYAwkQHADTYCQBkswAAZosBALy4AgD4GxAAFiELAKpXAQAYegwAbnoMAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCGGAAA3BgAAHyiBwCSSQAA9IQFALggDQA0dAIAcg4AAIKZAQAqlgAAhhgAAJJJAABkswAAZosBALy4AgCOzgMA5M4DADrPAwCQzwMA5s8DADzQAwCS0AMAtmcGAAxoBgBiaAYAuGgGAA5pBgBkaQYAumkGABBqBgAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBABYhCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkkkAAGaJAADMkwEAIpQBACqWAACAlgAAkqEBAGaJAACQyQAAIJEAAATxDAAsfAgAgnwIAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoXAQAIpQBAPJUAwAYQwYAnlsGAGaJAAASxQgAqFwEACBqAgBmiQAAnFICAJ5bBgDCRAcANNgJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAnFICAGaJAABmiQAAvIkAABKKAABoigAAvooAABSLAADSQgIAOkwCAHIOAADIDgAAuO8JANJCAgBkswAAKpYAAE4nAACOygEA5MoBAFBrDACmawwAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB8FwIAitoKAODaCgCe0gEAjiwIADohAgBkswAAZLMAAGaLAQC8uAIAjs4DAOTOAwA6zwMAkM8DAObPAwA80AMAktADALZnBgAMaAYAYmgGALhoBgAOaQYAZGkGALppBgAQagYAzJMBADqiAgCQogIA5qICADyjAgCSowIA6KMCAHIOAAAUjwIAao8CAJxSAgAWIQsAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAzP8MACIADQAqlgAAqlcBAHAvEQDGLxEAHDARAHIwEQDIMBEAHjERAHQxEQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDM/wwAIgANAGSzAABmiwEAAtoBAFjaAQCSoQEAljwOAJJJAACeWwYAwkQHADTYCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDM/wwAIgANAJ5bBgD0WwYASlwGAKBcBgD2XAYATF0GAKJdBgDUWQ0AKloNAIBaDQDWWg0ALFsNAIJbDQDYWw0ABFoBAMz/DAAiAA0AypAAACCRAAAE8QwALHwIAIJ8CADYfAgALn0IAIR9CADafQgAzqQJAMJEBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDM/wwAIgANAHIOAACoBgQA/gYEAJY8DgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAMz/DAAiAA0AkiYEAOgmBAA+JwQAlCcEAOonBABAKAQAligEAOwoBABCKQQAmCkEAO4pBAAEWgEAzP8MACIADQBOJwAAkqEBAFqJAwBa2QAA/CwCAFqJAwByDgAAqAYEAP4GBACWPA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQDM/wwAIgANAEwuBACiLgQA+C4EAE4vBABkCwIACgsDAOhJAABOchAApHIQAPpyEADSQgIABJUJAFrZAAD8LAIAOiECAJKhAQBkCwIAtHALABipDgASDQIAaA0CAL4NAgAUDgIAag4CAAAAAABkCwIAvMYJABLHCQBiiwIAUG0NAKZtDQD8bQ0AUm4NAMTxBwBkzw4Aus8OABDQDgBm0A4AvNAOABLRDgDE8QcAZM8OALrPDgAQ0A4AZtAOALzQDgAS0Q4AtHALABipDgASDQIAaA0CAL4NAgAUDgIAag4CAOA4DwBSdBAAmhENAGzTDgDerAkAypAAAGaJAACaEQ0AbNMOAN6sCQDKkAAAZokAABLFCABkCwIA4DgPAFJ0EACodBAA/nQQAFR1EACqdRAAAHYQAFZ2EACsdhAAypAAAJKhAQCSoQEAZAsCACYCDQB8Ag0A0gINACgDDQAksQ8AIpQBAHwXAgBkCwIAljgMABhDBgAWIQsAbCELAHIOAABOJwAAkkkAAGQLAgA20QUAjNEFAOLRBQBiTw8AuE8PAA5QDwBkUA8AfBcCAO7fCQBE4AkAZAsCADbRBQCM0QUA4tEFAGJPDwC4Tw8ADlAPAGRQDwCQyQAAcg4AAOgeAACOLAgAZAsCADohAgBaiQMACgsDAMDjAQCodBAACnELAI4sCABkCwIASsQPAE4nAABkCwIAljgMAOw4DACGGAAAKpYAAICWAABkCwIAtHALABipDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAxPEHACKFDwB4hQ8AwI8CABaQAgBkCwIAUG8OAPSEBQC4IA0ADiENAGQhDQDgOA8ANjkPAOA4DwA2OQ8AjDkPAOI5DwA20QUAhMcCAJSVEADqlRAAQJYQAJaWEADslhAAQpcQAJiXEADulxAA4DgPADY5DwCaEQ0AOiECAIY0DgAkwgIAdiQKALRwCwAYqQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAFrZAAD8LAIAkmcPAOhnDwBQbw4A9nAQAD5KAAA6pAMAfAINANJCAgA6TAIAYosCAJJJAABkCwIANtEFAITHAgCUlRAA6pUQAECWEABKxA8ATicAAGQLAgBQbw4A9nAQAD5KAAC6CwIA6A0NAJKhAQCSoQEA6KEBAFrZAADMkwEAIpQBAHwXAgBkCwIAtHALABipDgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDKkAAA0kICACSxDwAilAEAfBcCAGQLAgAwBw0AhgcNAJa/DwCOLAgAkqEBAKhcBAAilAEAfBcCAGQLAgBKxA8ATicAAGQLAgBQbw4A9nAQAD5KAAC8qRAAEqoQAGiqEAC+qhAAFKsQAGqrEADAqxAAFqwQAGysEADCrBAAGK0QAG6tEADErRAAqC0CAP4tAgAcrQ8Alr8PANwYAADeRgEA6EkAAD5KAAB0lgMAZAsCALRwCwAYqQ4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBAErEDwAKvwcAYL8HALa/BwAMwAcAYsAHALjABwAOwQcAokANAPhADQBOQQ0ApEENAAoLAwAAAAAAAAAAAAAAAABkCwIAuHQMALz/EAASABEAaAARAJY4DADsOAwA1OAQACrhEACA4RAA1uEQACziEACaEQ0ANP8HAI4sCABaiQMAZokAAI52AgCGGAAAZAsCAJoRDQA0/wcAjiwIAJYNDACGGAAAvP8QABIAEQBoABEAljgMAOw4DADU4BAAKuEQAIDhEADW4RAALOIQAJoRDQA0/wcAjiwIAHIOAAAUjwIAao8CABLFCABoxQgAfBcCAIraCgA0HAEAZAsCAJY4DADsOAwA1OAQACrhEACA4RAA1uEQACziEAA6IQIAkCECAEzeBgAqxQIAkqEBAJY8DgCWOAwA7DgMANTgEAAq4RAAgOEQANbhEADSFwIAZAsCAHwXAgCK2goA4NoKALh0DAC8/xAAEgARAGgAEQCWOAwA7DgMANTgEAAq4RAAgOEQANbhEAAs4hAAVgAAAJBKAQDmSgEAJMICAMyTAQCOLAgAJrIPAICWAAC0nQwAFI8CAPSEBQC4IA0AnFICABYhCwB8FwIAWokDAAoLAwBMLgQAoi4EAPguBABOLwQAWtkAAMyTAQAYQwYA6EkAAGQLAgC0cAsAGKkOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKgtAgD+LQIAUG8OAIy4DgCWZQ0AvMYJABLHCQCAlgAAgi4MANguDABkCwIAlg0MAOwNDADmZA4AVgAAADQcAQBkCwIAtHALAHDXDwDG1w8AAAAAABzYDwDWiQ8AqDMFAJzZBQCWvw8AjiwIAGQLAgC6CwIAEAwCAGYMAgC8DAIAWtkAAMyTAQAYQwYA6EkAAGQLAgC0cAsAGKkOAG6pDgDEqQ4AbkMGADbRBQCM0QUAvIsBAGT2DAC69gwAuvYMAI65DgB8wQEAIPkJAHb5CQDM+QkATnAPAKRwDwBWAAAAkEoBAOZKAQDgNA0ANjUNAIw1DQDiNQ0AZAsCADbRBQCM0QUA1okPACyKDwCCig8A2IoPAC6LDwCEiw8AqFwEABJ5DQBoeQ0AWuUGAFqJAwBkswAAurMAAAyfDABinwwAuJ8MAFBrDACmawwAKpYAAICWAADU6wAAfO4CAHwXAgDSFwIAZokAAPZwEAA+SgAAdJYDAMqWAwCaEQ0A8BENAEYSDQBQbw4Apm8OAPxvDgCucw4AEAwCAGYMAgD26QwATOoMAIy4DgCWZQ0AxPEHAOgeAAAqlgAAUG8OAPZwEAA+SgAAugsCANCIEAAmiRAAfIkQANKJEADE8QcAIoUPAHiFDwDAjwIAFpACAGQLAgBQbw4A9IQFALggDQAOIQ0AvMYJABLHCQDgOA8A0kICAIIuDADYLgwAZAsCADQcAQCc2QUAJMICAHYkCgDoDQ0A0kICAGQLAgA0HAEAihwBANJCAgA6TAIAljgMAOw4DABOJwAA6A0NANJCAgA0HAEAnNkFAJxSAgCeWwYAwkQHACqWAABa5QYAWLkGAJJJAACeWwYAwkQHADTYCQBkCwIAugsCABAMAgBmDAIAvAwCALoLAgDoDQ0A0kICAGQLAgBQbw4AZokAANzGAQD2cBAAPkoAAHSWAwDKlgMAuqYPALynDwASqA8AaKgPALoLAgAQDAIAZgwCALb4DgAM+Q4AZAsCAFBvDgCmbw4A/G8OAFZuDACsbgwAAm8MAFhvDACubwwABHAMAFpwDACwcAwAMvYDAIj2AwDWiQ8ALIoPAOj5AgA++gIAljwOADLHAQCAYhEA1mIRAP7OEgCy9A0AWokDAIDDAQAujxEA2OYSAI4sCADSPgAALGMRAIJjEQAujxEA8kURAEJMAAAcXxMA2OYSAI4sCADY5hIA2OYSAI4sCAAujxEA+swSANjmEgAcXxMAfBcCAD4fAAAgEgEAHF8TACASAQDOiREAzokRAI4sCAAmsg8AQCAAACASAQA8ygAAOv4FAJJAEQCSQBEA2OYSADr+BQDY5hIA6mYOAHZdEQDMXREA7O4RAIBiEQDWYhEA3DwSABxfEwBoCQAALo8RAHZdEQDMXREAIBIBABhZEQAIqRIAXqkSAGCoEQB8FwIAzokRAICNEQDWjREAgGIRANZiEQCEOxIANBwBAFJ0EADOiREA0mARAM6JEQA02AkA4BUTAOzuEQAujxEAHF0SANjmEgBoCQAAaAkAAKByEQD2chEATHMRABxfEwByDgAA3mYRADRnEQDeZhEANGcRACa2EQAcXxMAlmUNAEj/AgCOLAgALHwIAI4sCACgchEA9nIRAPT0EgAgEgEAoHIRAPZyEQD09BIAPh8AAIBiEQDWYhEA7lACAGQLAgByfAwALo8RAAoLAwCSSQAAzokRADqiAgCOLAgALo8RACpEAgDeZhEANGcRAM6JEQAyZhEAiGYRAN5mEQDIiBIA3mYRAMiIEgD6oRIAzokRAKp3EQCicxEA+HMRABhZEQCicxEAAAAAAGQLAgCgchEA9nIRAKByEQD2chEAoHIRAPZyEQCKZxEA7O4RAN4/EwA0QBMAajkCADJmEQAYWREA3mYRADRnEQBqOQIAjiwIAGQLAgAcXxMAZAsCAIxBEwDsbREAokwTAC6PEQAujxEA9tkEAPbZBAD22QQACgsDABLFCAAA9Q8AEvIJAAD1DwBkUA8AZFAPAJJJAABccw0ATKASAET5AAByDgAAcg4AAF58EQD6chAARPkAANiQEgByDgAA+nIQAM6JEQDOiREAzokRAM6JEQDOiREAGFkRABhZEQDOiREAzokRAM6JEQDOiREAzokRAM6JEQAYWREAGFkRABhZEQDOiREAzokRAM6JEQAYWREAGFkRAGqCEQAYWREAGFkRAM6JEQBkCwIAZAsCALoCEwBoCQAAugITAGgJAAByhhEALrINAGQLAgAcXxMA0kICACD5CQBkCwIAcg4AAHIOAADOiREAzokRAJKhAQCiTBMAoHIRAPZyEQAKCwMALo8RABxfEwByDgAAKIwRAGQLAgAuxwIA6B4AAFqJAwDu3wkAhhgAAI4sCAACkggAjiwIAFDNEgAujxEAttUSAKJMEwByDgAA4HQCAFrZAABa2QAAWtkAABxfEwBa2QAAlE4CAB4EEAAcXxMA4HQCABxfEwAiawIAKuUSAEDFEgCWxRIAjJMRABxfEwDmQxMAPEQTACzxAgAgEgEAHF8TALrTEABoCQAAHF8TAFYAAACGGAAAJrIPAPJFEQBaiQMAaoQSAFYAAAAq5RIAaAkAABxfEwAcXRIAaAkAAC6PEQBoCQAAaAkAAORAEgAujxEA8kURABSPAgBaiQMAUqERADz7AwDw1AMATp8RAKzdAwByXxMANP8HABhZEQAIqRIAXqkSAFzTEgDq0QMAoHIRAPZyEQD09BIAfLYRABhZEQAcXxMAPNQFAOjQAwCO6hEAGFkRAM6JEQDOiREAoHIRAPZyEQDOiREAgI0RANaNEQDIDgAALo8RAM5OCQCWPA4ALo8RAHaKEgB2ihIALo8RALqsEgB6ihEA3iEEAGQLAgAujxEAYqkRADr+BQAcXxMAZAsCAGQLAgBkCwIAcl8TAGQLAgDyRREAHF8TAGQLAgAujxEAokwTAICNEQDWjREAZAsCADrTBQDkaxIAeH0LAHhYDgAcXxMATF0GABxfEwAsVQoAqMwRAEAgAAAujxEAYqkRALipEQBUThIAHF8TABSPAgCWPA4ALo8RAPrMEgBE+QAA5GsSAI7qEQAazwsAErUAADohAgBkCwIAGFkRAAipEgBeqRIAoHIRAFKjEgB4WA4AMj0SAPJFEQByDgAAIBIBAM60EQAqORIAgDkSAFROEgCSSQAAGFkRAAipEgBeqRIAXNMSALLTEgBUThIAkkkAAFROEgCSSQAAXlERADzBEQAcXxMAZAsCABxfEwBkCwIALo8RAPrMEgDs7hEALo8RAAinEQBepxEAtKcRACA0EgBkCwIAlmUNAFLMEQAujxEAzokRAICNEQDWjREAAs8RAN76BQDyRREA4BUTAMh8DAByXxMAzokRAHJfEwDOiREAZAsCAHLcEQDI3BEAHt0RAAinEQBepxEAtKcRAAqoEQCUQxIActwRAMjcEQAe3REAXlERANJIBQAYWREACKkSAF6pEgBc0xIAstMSANT/CgAcXxMAFI8CABxfEwDkaxIA8kURAPbZBADo0AMAFiELAM6JEQCAjREA1o0RAKpOEgBAIAAAGFkRAAipEgBeqRIAHF8TAAoLAwBc0xIAstMSAHTNCQBUThIAkkkAAMTaEQAa2xEAcNsRAAjUEgBMXQYAxNoRAM6JEQAktxIAGFkRAHJfEwDOiREAgI0RAHJfEwCWPA4AZAsCAKJMEwCAjREA1o0RAM7JBgAujxEA+swSABxfEwDqDg0ALo8RABxfEwBSiwYArtESABhZEQByXxMA3mYRADRnEQCOLAgAij4SAHLcEQDI3BEAHt0RAKJMEwCAjREA1o0RAFKhEQAUjwIAljwOAK7REgAcXxMAljwOAGQLAgDKiRIAjiwIACTCAgCu0RIABNISAFrSEgBeUREAIBIBAC6PEQAcXxMAjLgOAPJFEQC0nQwAGFkRAK7REgAYWREArtESAM6JEQByXxMAcl8TAHJfEwDOiREAgI0RANaNEQAIpxEAXqcRALSnEQDMXxIACNQSAF7UEgDkaxIAQCAAAAqoEQDSthEArtESAATSEgBa0hIAsNISAKJMEwB6ihEAKGUTAMawEQAcsREAKGUTAMTaEQCu0RIAGFkRAAipEgBeqRIAGFkRAAipEgBeqRIAHF8TABKuEgA23wwAHF8TAJY8DgAcXxMAyvQHAPJFEQBkCwIAOv4FACASAQAujxEAuqwSAHqKEQCcyBIAAAAAAI4sCAAAAAAAyF8TAC6PEQC6rBIAeooRAJzIEgAAAAAAjiwIAAAAAAAcXxMAHF8TAP7OEgAcXxMA/s4SABxfEwD+zhIAyF8TABxfEwB2ihIAcl8TAM6JEQDOiREAgI0RANaNEQAujxEAAAAAAPrMEgCWZQ0AGFkRAAipEgBeqRIA8JoRABxfEwAq5RIAkkkAAKJKEgBSoxIANP8HAA6sEgBkrBIA9PQSAFqJAwCu0RIABNISAFrSEgAujxEALo8RAM6JEQCAjREA1o0RAFRnCQAAAAAAQBkSAJYZEgDsGRIAApIIACS3EgB6txIA0LcSABxfEwBeUREANt8MAHzDAgCWPA4ALo8RABxfEwBqhBIACG4KAF5REQAcXxMANNgJAOzuEQCgchEA9nIRAN5mEQA0ZxEAGFkRAAipEgBeqRIAIm0DAC6PEQAcXxMAktADAM6JEQDOiREAgI0RANaNEQCOLAgAQCAAAM6JEQCmohIAzokRAICNEQDWjREAqE8TAAAAAAAYWREACKkSAF6pEgAujxEAYqkRALipEQDyRREALo8RAPDgCQDkaxIA8kURAOAcAQAAAAAAHF8TAORrEgDyRREA4BwBALInEgAYWREACKkSAF6pEgC6rBIAeooRABxfEwAujxEAzokRAICNEQDWjREAHF8TAFqJAwDobRIAZAsCAHIyEgDOiREARPkAAKhmCQCSSQAAttUSAFqJAwA6/gUAHF8TAICWAAB2ihIAIm0DADjqEQBkCwIAZAsCAC6PEQD09BIA+EwTACASAQDs7hEAZAsCAIQ7EgAYQwYAYqkRALipEQA46hEAIpQBALInEgAIKBIAXigSAI4sCAAAAAAAAAAAAAAAAAAcXxMA5GsSAAAAAAAAAAAAAAAAAIQ7EgBCRRIAkkkAAGQLAgAgEgEAHF8TACrlEgDkaxIAjiwIAM6JEQCO6hEAjuoRAM6JEQB6ihEASP8CALRVEwAIqRIAXqkSAFzTEgCy0xIA4BUTAKJMEwB6ihEA9tkEABhZEQBuWREA9tkEACqWAACSSQAAiv8HABxfEwBmiQAAiv8HAHJfEwBMShIAOOoRAKByEQD2chEAimcRAGKpEQC4qREAoHIRAPZyEQCKZxEAYqkRALipEQCSSQAAkkkAAKjMEQB8wQEAJLcSAHq3EgDQtxIAVE4SABxfEwBaiQMAzokRABxfEwCS0AMAANASAGQLAgDOiREAgI0RANaNEQC2VBIADFUSAPbZBAD22QQAHF8TAJLQAwCS0AMAOtMFAMqJEgDyRREAAAAAABxfEwAcXxMAKpYAAC6PEQCS0AMAEq4SAGQLAgCUNQsAfBcCAHphEgDQYRIAVgAAAFYAAABMXQYALo8RAGQLAgAcXxMAHF8TAIYYAAAYWREACKkSAF6pEgDc5hEA6g4NAOrRAwDOiREAgI0RANaNEQDgOA8AoHIRAFKjEgAeiRIAHF0SADTYCQAcXRIAHF0SAI4sCACGGAAAoHIRAFKjEgD2chEAGFkRAC6PEQAcXRIAcl0SAMhdEgDgFRMAMmgSAK6mEgDOiREAktADAC6PEQDQ+wkA3gIKAAAAAACSQhIA6EISAAAAAAAAAAAASA0KALQSBwDqDg0ALo8RABxfEwAcXxMAdooSAJJJAAAujxEAHF8TAFJ0EAAujxEAIBIBAGQLAgAujxEAvq4SAIYYAADOtBEA4BUTAOzuEQAcXxMAHF8TABxfEwCGGAAAhhgAAIYYAADs7hEAHF8TABxfEwCGGAAAhhgAAIYYAACGGAAAhhgAAM6JEQCAjREA1o0RABxfEwBkCwIAHF8TAGQLAgAcXxMAIBIBAF5+EgAgEgEAZAsCABxfEwBoCQAAXn4SAGgJAAASrhIANNgJAF5+EgAKCwMAAAAAAFqJAwAKfxIAWokDABxfEwASrhIAPG8TAC6PEQA8bxMAHF8TADxvEwDOiREAgI0RANaNEQAcXxMAgrUPACASAQDyRREAcg4AAHIOAADyRREAljwOABKuEgAKCwMAHF8TAAoLAwAYWREACKkSAF6pEgDOiREAgI0RANaNEQBkCwIAOkwCABxfEwBkCwIAHF8TAC6PEQA6bBIAZAsCAGQLAgA6/gUAIosSACASAQDMJAoA4BUTAC6PEQCOLAgAaAkAABxfEwBefhIAAAAAAGQLAgDeZhEANGcRACa2EQBSdBAAzokRAICNEQDWjREAFNoSAC6PEQB+OhMA+swSACg6EwAujxEALo8RANiQEgAukRIAhJESANiQEgAukRIAhJESANqREgAwkhIA2JASAC6REgCEkRIA2pESADCSEgD6zBIAzokRAICNEQDWjREAFNoSAC6PEQB+OhMA+swSACg6EwAujxEAPDgNAC6PEQCSSQAAJMICAJJJAACiTBMAgI0RANaNEQAujxEASp8SAI4sCABaiQMA4jUNAAoLAwAgCxMAUqMSAJDLAQBkCwIAcg4AAAAAAAC0nQwAAAAAAMiIEgCcnRIA8p0SAEieEgAcXxMAokwTAICNEQDWjREAZAsCAGgJAAD22QQA9tkEAOAVEwBkCwIAGFkRAGQLAgAujxEACgsDAC6PEQDcdAMAKuUSACrlEgDgOA8ALo8RABxfEwBkCwIAoHIRAPZyEQCiTBMAgI0RANaNEQCiTBMAZAsCAI4sCAAcXxMAjiwIAJ6eEgAk1gwANNgJAGgJAADgFRMATNoEABAuEwASjAEARPkAAJzIEgDeZhEANGcRAEg+DQAgCxMAQjkMAGQLAgB0tBIAZAsCAEI5DAAy6RIA4OoSAIZdDQDA4wEAGFkRAAipEgBeqRIAZAsCABxfEwAcXxMAokwTABSPAgAUjwIAokwTAKJMEwCOLAgAPmwRAJRsEQCAuhIABHoRABhZEQDOiREAeooRACgYAgCaEQ0AKsMBAKJzEQAYWREASFUDAMDjAQA60wUAeqUJAMRFBwB8FwIAkkkAABzvBQCOLAgAHF8TAJY8DgC6AhMALscCAFZaAgAuxwIAVloCAPZUAgB4fQsAcl8TAHzDAgAcXxMAaAkAAGQLAgBaehEA6B4AAEhVAwCMQRMAZAsCABxfEwAyZhEA4MgBABxfEwDgFRMAImITAEzaBAAcXxMACgsDAAoLAwAKCwMACgsDAC6PEQAujxEAvK0SAHqKEQBgqhIAZAsCAJJJAAAUjwIA/s4SAHIOAACWPA4AGFkRAAipEgBeqRIAApIIAM6JEQCAjREA1o0RAAjUEgBe1BIAYqkRALipEQBiqREAuKkRAM6JEQAy6RIAajkCABxfEwBkCwIASP8CAN5mEQBC8RIALo8RAP75EgASeQ0Alr8PAGQLAgAy6RIA4OoSAKKaDwCGGAAAMukSAODqEgCimg8AbGUCADLpEgDg6hIAopoPAKByEQD2chEA9PQSAKD1EgBo2RIAvtkSAGzbEgAy6RIA4OoSAKKaDwAy6RIA4OoSAKKaDwAy6RIA4OoSAKKaDwCgchEA9nIRAKKaDwDOWA4AoHIRAEScEgCiTBMApqISABxfEwBkCwIATicAAE4nAAB8FwIAVi8CAJJAEQAm4xIA4uENAPrMEgBkCwIAHF8TAGQLAgAQTQ0AMr4SAHhYDgBkCwIAZAsCACC1EgDs7hEA3j8TAPZyEQCQywEAZAsCALx6DgA+ogEA6A0NABTaEgDOiREAfBcCAGQhDQAU2hIACgsDABTaEgAKCwMALo8RAGQLAgBkCwIAMukSAODqEgAcXxMAoHIRAPZyEQD09BIA2C4MAGQLAgBkCwIAZAsCACa2EQBkCwIAEtkSANJcDwByDgAABJ8OAN5mEQAujxEAGFkRALTzDABCOQwAqE8TAAAAAABCOQwAqp4PAAoAEwCsnw8AYAATAOzuEQCwpxIAokwTAHqKEQAy6RIAfFwPAJJAEQDs7hEACgATAOzuEQBgABMA7O4RADLpEgDg6hIAJrgSAFYAAABWPQkAkkkAAJxwEQByDgAAZAsCAEI5DAAgtRIAZAsCAB6JEgBsZQIA/PgSACo7EwCAOxMAWokDANguDACOLAgAZAsCAGQLAgBkCwIAHF8TAKZCDQCmQg0ApkINAKZCDQB8FwIAfBcCAP7IDwBkCwIAoHIRAHAIEwAy6RIAhD0TAGQLAgAy6RIA0lwPAGQLAgDY5hIA7PASAKByEQBC8RIAZAsCAP75EgBU+hIAxjMTAKr6EgBkCwIAZAsCADLpEgDSXA8A2OYSAOzwEgCgchEAQvESAGQLAgDsEw8AhBITAKByEQD2chEAokwTAHqKEQBkCwIAIAsTAOAVEwDgFRMARPkAAAKmEgDcExMArqYSABbkAQCmQg0ApkINAKZCDQCmQg0AZAsCAPz4EgCKkhEAonMRAPx1EQDYLgwAYk8PAO5QAgDaPRMARJwSANjmEgAujxEA3D4TAC6PEQDgFRMACgsDAOLhDQDi4Q0AZAsCAOoODQD++RIAVPoSAI4sCACOLAgAJokQAKByEQD2chEA6g4NAP75EgBU+hIAjiwIAI4sCAAmiRAAJOISAHriEgCgchEAUqMSAPqhEgAAAAAALo8RAC6PEQBI/wIAzokRADLpEgDwaw8AUEwSAFKjEgBUJRMAGDITAKJMEwCmohIACgsDAKZMEgD09BIAFiELABxfEwA8TQIAVgAAABTaEgAy6RIA8GsPAJJJAADOiREAjiwIAGQLAgCgchEA9nIRACaJEACMOQ8ACgsDAAoLAwB8wQEAfMEBAHzBAQB8wQEACgsDAC6PEQB8wQEAZAsCAGQLAgBkCwIAAAAAAAAAAAAy6RIAhD0TAKByEQD2chEAJokQAOhnDwAcXxMAMukSABYhCwAcXxMAMukSAIxBEwAujxEAZAsCAGQLAgBaiQMAjiwIACqWAABkCwIA/PgSACo7EwCAOxMA1jsTACw8EwCCPBMA2DwTAAoLAwCgchEA9nIRAIpnEQD++RIAVPoSAC6PEQCgchEAUqMSAITnEgCiTBMAgI0RADJmEQD+LQIAJuMSADhCEwCOQhMA5EITADpDEwCiTBMAeooRAGTBBwCiTBMALo8RAEBGEwAKCwMAljwOAGRODgBs2xIAmD0OADLpEgB8XA8AJuMSADhCEwCOQhMA5EITADpDEwCQQxMAbNsSACbjEgA4QhMAjkITAORCEwA6QxMAkEMTAM6JEQDgFRMAiuoSACASAQAgtRIAHF8TACASAQD6zBIAIBIBAPrMEgDeZhEAyIgSACASAQBkCwIAMukSAODqEgCgchEA9nIRAP4tAgAAJhMAACYTAP4tAgAYWREAGFkRABhZEQBy3BEAGFkRABhZEQAYWREAGFkRAN5mEQDIiBIAGFkRAHLcEQAYWREACqoSABhZEQAKqhIAGFkRAAqqEgAktxIACqoSABhZEQAKqhIAGFkRAAqqEgBapREACqoSABhZEQAKqhIACKcRAF6nEQBMcxEAZAsCAOAVEwBkCwIACgsDAC6PEQCGGAAAljwOAKJzEQDWuhIAtgATALYAEwCicxEA+HMRABLFCADKYBMACgsDAAoLAwByDgAAcg4AAOqXEQAujxEAFuQBABhZEQAcXxMAjDkPAChlEwCMOQ8AHF8TABhZEQDyRREAHF8TAPJFEQAYWREACKkSAPJFEQCCZxMA2GcTABhZEQAKCwMAcrMSAC6PEQBkCwIAZAsCAGQLAgA8bxMAZAsCAGQLAgBkCwIAPG8TAGQLAgC+xQgAPG8TABxfEwAs4hAAZAsCAGQLAgA8bxMALo8RAAinEQBepxEAtKcRABhZEQAEWgEA2OYSAOzwEgBkCwIAokwTAHqKEQCgchEA9nIRAPT0EgASjAEAEPcMAAInEwAQLhMAljwOAICPEgDIiBIA+qESAHhYDgDOiREApqISAHhYDgAcXxMAEsUIAPCaEQC+rhIAMukSAODqEgCgchEAUqMSAFQlEwAcXxMA8kURAGQhDQCGGAAAHF8TADTYCQCgchEA9nIRAPT0EgBizg4A8JoRAMw2EwCgchEAcAgTADLpEgB8XA8AHF8TAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAgAAAAAIAAQAABgAACAAAAAIAAAICBHIAABAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQACBgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAAiAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAgAAAAAIAAQAABgAAiAAAAAIAAAICBHoAABAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACACAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAIAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACIABAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAICAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAMAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHMAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAEAwAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAIAAQAABgAACAAAAAIAAAACBHIAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAIIAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAACAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABA"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,202,237],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,168,169,170,173,174,175,176,181,182,190,193,202,207,209,210,214,215,218,227,228,232,237,239,241,242,243,244,246,248,249,251,252,255,256,257,258,259,273],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,168,169,170,173,174,175,176,181,182,190,193,202,207,209,210,211,214,215,218,227,228,232,237,239,241,242,243,244,246,248,249,251,252,255,256,257,258,259,262,263,264,273],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,202,217,237,259,262,279],[13,14,15,20,29,30,109,111,112,113,141,142,143,202,237,265,266,267,268,269,270,271],[6,7,13,14,15,29,30,109,111,112,113,202,218,237],[13,14,15,29,30,78,80,109,111,112,113,202,237],[13,14,15,29,30,109,111,112,113,202,237,252,272],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,177,178,202,237,252,257,258],[10,13,14,15,29,30,109,111,112,113,141,142,143,202,237],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,162,181,182,184,188,196,199,202,210,212,213,214,215,226,234,235,236,237,245,273],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,187,200,202,203,205,237,238,251],[13,14,15,29,30,109,111,112,113,145,202,237,285],[12,13,14,15,29,30,109,111,112,113,202,237],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,171,172,189,202,237,239,243,244,273],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,171,172,202,237,239,243,244,273],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,171,172,202,218,237,239,243,244,256,273],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,171,172,173,202,204,237,239,243,244,261,273],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,165,171,172,173,183,186,202,218,220,237,239,240,243,244,247,250,253,273,274,277,280,281,284,286],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,165,171,172,173,180,185,192,194,195,201,202,206,207,218,219,230,233,237,239,243,244,273,282,287],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,173,202,237,239,243,244,273],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,171,172,201,202,237,239,243,244,273],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273,278],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,171,172,173,179,198,202,237,239,243,244,263,273,275,276],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,167,171,172,180,202,222,237,239,243,244,263,273],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,171,172,191,201,202,207,237,239,243,244,273],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,171,172,173,202,237,239,243,244,273],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,171,172,201,202,237,239,243,244,273],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,161,163,164,166,171,172,176,197,202,208,209,221,224,229,231,232,237,239,243,244,254,260,273],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,171,172,202,237,239,243,244,273],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,171,172,173,201,202,237,239,243,244,273],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,171,172,201,202,237,239,243,244,273],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,202,223,225,237,283],[13,14,15,29,30,81,109,111,112,113,202,237],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,202,237,239,243,244,273],[13,14,15,29,30,51,109,111,112,113,202,237],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,202,237],[13,14,15,29,30,53,109,111,112,113,202,237],[13,14,15,29,30,64,68,69,71,109,111,112,113,202,237],[13,14,15,29,30,67,90,109,111,112,113,202,237],[13,14,15,29,30,67,109,111,112,113,114,115,202,237],[13,14,15,29,30,67,91,93,109,111,112,113,202,237],[13,14,15,29,30,67,109,111,112,113,202,237],[13,14,15,29,30,72,74,76,90,109,111,112,113,202,237,246],[13,14,15,29,30,75,109,111,112,113,175,202,237],[13,14,15,29,30,90,109,111,112,113,202,237,246],[13,14,15,29,30,91,93,99,109,111,112,113,202,237,264],[13,14,15,29,30,93,109,111,112,113,202,237],[13,14,15,29,30,98,104,109,111,112,113,202,237,246,264],[13,14,15,29,30,101,109,111,112,113,202,216,237],[13,14,15,29,30,109,111,112,113,174,202,237],[13,14,15,29,30,109,111,112,113,202,237,246],[13,14,15,29,30,109,111,112,113,202,237,264],[13,14,15,29,30,95,109,111,112,113,202,237,249],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,202,237,249,259,262],[13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,249],[6,7,13,14,15,29,30,95,109,111,112,113,202,218,237,249],[13,14,15,29,30,95,109,111,112,113,202,237,249,252],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,202,237,249,252,257,258],[10,13,14,15,29,30,95,103,109,111,112,113,202,227,228,237,249],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,181,182,193,202,210,211,214,215,227,228,237,249,273],[13,14,15,29,30,95,109,111,112,113,202,237,249,251],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,255,273],[10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,202,218,227,228,237,239,241,242,243,244,249,256,273],[6,10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,173,202,218,227,228,237,239,241,242,243,244,248,249,273],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,173,202,207,218,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,109,111,112,113,190,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,95,105,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,263,273],[10,13,14,15,20,29,30,95,100,109,111,112,113,202,227,228,237,239,241,242,243,244,249,263,273],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,202,207,227,228,237,239,241,242,243,244,249,273],[9,10,13,14,15,20,29,30,95,109,111,112,113,173,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,202,227,228,237,239,241,242,243,244,249,273],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,176,202,209,227,228,232,237,239,241,242,243,244,249,273],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[7,10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,241,242,243,244,249,273],[13,14,15,29,30,81,95,109,111,112,113,202,237,249],[10,13,14,15,20,29,30,95,109,111,112,113,202,227,228,237,239,243,244,249,273],[13,14,15,29,30,51,95,109,111,112,113,202,237,249],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,202,237,249],[13,14,15,29,30,53,95,109,111,112,113,202,237,249],[13,14,15,29,30,68,69,71,95,109,111,112,113,202,237,249],[13,14,15,29,30,66,67,90,95,109,111,112,113,202,237,249],[13,14,15,29,30,67,95,109,111,112,113,202,237,249],[13,14,15,29,30,67,91,93,95,109,111,112,113,202,237,249],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,168,202,237,246,249],[13,14,15,29,30,75,95,109,111,112,113,175,202,237,249],[13,14,15,29,30,90,95,109,111,112,113,202,237,246,249],[13,14,15,29,30,91,93,95,99,109,111,112,113,170,202,237,249,264],[13,14,15,29,30,93,95,109,111,112,113,202,237,249],[13,14,15,29,30,95,98,104,109,111,112,113,202,237,246,249,264],[13,14,15,29,30,95,109,111,112,113,169,202,237,249],[13,14,15,29,30,95,109,111,112,113,170,202,237,249],[13,14,15,29,30,95,109,111,112,113,174,202,237,249],[13,14,15,29,30,95,109,111,112,113,202,237,246,249],[13,14,15,29,30,95,109,111,112,113,202,237,249,264]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,115,116,117,120,121,122,127,128,135,138],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,115,116,117,120,121,122,127,128,135,138],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,123,124],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,111,127,128,130,133,139],[6,7,13,14,20,21,75,77,78,79,85,133],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,118,119,134],[5,6,7,8,11,75,77,78,79,99,100,101,102,118,119],[6,7,75,77,78,79,99,100,101,118,119],[6,7,15,75,77,78,79,99,100,101,118,119,120],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,114,118,119,120,129,132],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,114,118,119,120,126,131,137,139],[6,7,75,77,78,79,99,100,101,118,119,120],[2,4,6,7,10,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,84,96,99,100,101,114,118,119,126],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,118,119,136],[0,6,7,24,54,75,77,78,79,99,100,101,118,119,120],[6,7,9,10,75,77,78,79,99,100,101,108,118,119],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,110,112,113,114,118,119,122],[6,7,45,75,76,77,78,79,99,100,101,118,119],[3,6,7,9,10,75,77,78,79,99,100,101,118,119,120],[3,6,7,9,75,77,78,79,99,100,101,118,119],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,125],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,122],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,121],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,127,128,138],[6,7,65,75,77,78,79,120],[6,7,65,73,75,77,78,79,120],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,120],[6,7,65,75,77,78,79,135],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,120],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,122],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,115],[6,7,47,65,75,77,78,79,122],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,117],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,117],[6,7,65,75,77,78,79,121]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, listsAssertions: marker.listsAssertions === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...marker.dropsOutput ? { dropsOutput: true } : {}, ...marker.countedApart ? { countedApart: true } : {}, ...marker.entries ? { entries: marker.entries } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
    assertedBySection: void 0,
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
  if (unit.assertedBySection && !unit.wrapped) return { kind: "code", evidence: unit.assertedBySection };
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
  /**
   * The header of the details section open now (`There were 2 failures:`): JUnitCore prints PHPUnit's words, so the
   * runner whose test is listed below says whether it is its section of failed assertions (dialect.ts `listsAssertions`).
   */
  detailsHeader;
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
      if (marker.event === "details" || marker.event === "end" || marker.event === "passes") this.detailsHeader = marker.event === "details" ? line : void 0;
      else if (marker.event === "start" && this.current && this.current.assertedBySection === void 0 && this.listsAssertions(marker.dialect)) {
        this.current.assertedBySection = { ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} lists it among its failed assertions` };
      }
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
  /** The open details section is, by its header, one the test's own runner lists failed assertions under. */
  listsAssertions(dialect) {
    const header = this.detailsHeader;
    return header !== void 0 && dialect.markers.some((m) => m.listsAssertions === true && m.event === "details" && m.pattern.test(header));
  }
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
