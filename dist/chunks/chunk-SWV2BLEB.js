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
} from "./chunk-MBQVPXYR.js";
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
} from "./chunk-PSZ4EZKC.js";
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
      const own = rule.service !== "" && read.kind === "infrastructure" && read.confidence === "ambiguous" && read.service === "" && groups.host !== void 0 ? servicesNamedIn(groups.host) : [];
      if (own.length > 0 && own.every((s) => sameService(s, rule.service))) return { kind: "infrastructure", confidence: "high", service: rule.service };
      const compound = rule.service !== "" && read.kind === "infrastructure" && read.service === "" && groups.host !== void 0 ? otherServiceIn(groups.host, rule.service) : void 0;
      if (compound) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ""}, a name for ${compound}: a setting copied from another service, or that service missing` };
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
      if (service && groups.lookup !== void 0) return { kind: "infrastructure", confidence: "ambiguous", service, note: `no registered driver accepted this jdbc:${groups.protocol ?? ""} URL: the driver is missing, or the installed one refused a URL the code built wrong` };
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
function otherServiceIn(host, client) {
  const whole = serviceForHost(host);
  if (whole) return sameService(whole, client) ? void 0 : whole;
  const named = servicesNamedIn(host);
  if (named.length === 0 || named.some((s) => sameService(s, client))) return void 0;
  return named[0];
}
var servicesNamedIn = (host) => host.toLowerCase().split(/[-_.]/).map((part) => serviceForHost(part)).filter((s) => s !== void 0 && s !== "");
var HOST_PORT_TOKEN = /(?:^|[\s('"[@=]|\/\/)([A-Za-z][\w-]{0,62}(?:\.[A-Za-z][\w-]{0,62}){0,6}):(\d{2,5})(?![\d:])/g;
var SOURCE_FILE = /\.(?:[cm]?js|tsx?|rb|py|go|java|kt|scala|php|phpt|cs|rs|exs?|erl)$/i;
function otherServiceHost(line, service) {
  if (!line.includes(":")) return void 0;
  for (const found of line.matchAll(HOST_PORT_TOKEN)) {
    const host = found[1] ?? "";
    if (SOURCE_FILE.test(host)) continue;
    const named = otherServiceIn(host, service);
    if (named) return { host, service: named };
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
    const hostService = host === "" ? void 0 : otherServiceIn(host, rule.service);
    if (hostService) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${host}, ${hostService}'s host name: a setting copied from another service, or that service missing` };
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
var DERIVED = `{"prefilter":{"key":"rules 297\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:\\\\/[\\\\w./-]{0,300}\\\\/)?(?<tool>rabbitmq\\\\-server|redis\\\\-server|nats\\\\-server|memcached|mariadbd|initdb|pg_ctl|mysqld|mongod|sqlcmd)'$/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>\\\\w{1,40}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,34,35,44,53,55,58,59,60,165,174,208,220,221,247,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,475,476,478,480,481,482,483,484,485,486,489,490,491,493],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,50,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,9472,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":9,"quiet":13181,"states":14906,"edges":"AAAAAAAAAAABAAAAVgAAAAIAAABmiQAAAwAAAHIOAAAEAAAAWtkAAAUAAAAuUAcABgAAANJCAgAHAAAA+jcIAAgAAABkCwIACQAAAMqQAAAKAAAAkkkAAAsAAABa6wkADAAAACqWAAANAAAAhhgAAA4AAADMkwEADwAAAGSzAAAQAAAATicAABEAAACSoQEAEgAAAGgJAAATAAAA9P0BABQAAADAkQMAFQAAAKgtAgAWAAAANBwBABcAAAB8FwIAGAAAAFYvAgAZAAAAOiECABoAAABqOQIAGwAAACTCAgAcAAAAcBMDAB0AAAAAAAAAHgAAAExEDwAfAAAAIBIBACAAAABsZQIAIQAAAAAAAAAiAAAAwOMBACMAAABE+QAAJAAAAFziBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA5GMOACkAAAAAAAAAKgAAAHzBAQArAAAArgcDACwAAACe0gEALQAAAOSICwAuAAAAAAAAAC8AAADIEgIAMAAAAAAAAAAxAAAAIGoCADIAAAAm3xAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAD6xA4APwAAANABDQBAAAAAkAwNAEEAAABughAAQgAAAIIyDgBDAAAAbn4OAEQAAAAAAAAARQAAAMyCDgBGAAAAAAAAAEcAAAAQpQ4ASAAAABqqDgBJAAAAagUTAEoAAABo0Q4ASwAAAKzzDgBMAAAAAvQOAE0AAABY9A4ATgAAACgHDwBPAAAAMAsPAFAAAACOOg8AUQAAAOS7DwBSAAAAOrwPAFMAAACYwA8AVAAAAHreEABVAAAA0N4QAFgAAACsAAAAWQAAAPguBABbAAAAyHgKAFwAAACQSgEAXwAAAOqgAABhAAAA3AMLAGIAAACSMAkAagAAAAYyAgBtAAAARCoEAHMAAADSPgAArwAAAAIBAAC5AAAAZjkDALsAAAC2HQwABQEAAP5LEQBdAQAArgEAALQBAAAEAgAACwIAAFoCAABiAgAAsAIAALICAAAGAwAADwMAAFwDAABmAwAAsgMAAL0DAAAIBAAAFAQAAF4EAABrBAAAtAQAAL4EAAAKBQAAGAUAAGAFAABvBQAAtgUAALgFAAAMBgAAFgYAAGIGAABwBgAAuAYAAL0GAAAOBwAAGwcAAGQHAABsBwAAugcAAMoHAAAQCAAAEggAAGYIAAB0CAAAvAgAAM0IAABUTBEAGQkAAKpMEQBqCQAAYvkOAHAJAAC+CQAAfQkAAML4CwCBCQAArvQOAIQJAABmdAsAxQkAABQKAADLCQAA5goMABkKAABqCgAAdgoAAMAKAADDCgAAFgsAAB4LAABsCwAAeQsAAMILAADHCwAAGAwAACIMAABuDAAAdgwAAMQMAADQDAAAGg0AANMMAAD4KgIALQ0AAHANAAB+DQAAxg0AAMkNAAAcDgAAJg4AAABNEQB0DgAAPnUAAHUOAAAqwwEAdw4AAMgOAAB7DgAABkgNAHwOAAAUjwIAfQ4AAEIlAgB+DgAA6B4AAH8OAADQ2g4AgA4AAIKZAQCBDgAAYjEAAIMOAAAkbgMAhg4AADr4AgCPDgAADg8EAJIOAADO2Q4Azg4AAB4PAADXDgAAvnEJACQPAAB0DwAAiA8AAMoPAADfDwAAIBAAACgQAAB2EAAAgBAAAMwQAADREAAAIhEAACcRAAB4EQAAgBEAAM4RAADkEQAAJBIAACYSAAB6EgAAhxIAANASAADkEgAAJhMAAC4TAAB8EwAAixMAANITAADjEwAAKBQAADYUAAB+FAAAihQAANQUAADhFAAAKhUAADQVAACAFQAAgxUAANYVAADeFQAALBYAAC4WAACCFgAAkxYAANgWAADeFgAALhcAADoXAACEFwAAhhcAANoXAADhFwAAMBgAAEQYAABWTREAhxgAACgLEQCIGAAAQlACAIsYAADcGAAAjxgAAPoAAgCUGAAAWF0DAN4YAACe0AAA3xgAACD3CADjGAAAljYLAOQYAAAyGQAA5hgAAN5GAQDnGAAA/roIAOkYAADorQcA6xgAAKxuDADtGAAAnFwHAPIYAACkVgIA9RgAAOwDBwAzGQAAiBkAADUZAAB+zAYAOBkAAK6aDACfGQAA3hkAAPYZAAA0GgAAPxoAAIoaAACjGgAA4BoAAOIaAAA2GwAAUBsAAIwbAACbGwAA4hsAAOcbAAA4HAAARRwAAI4cAACeHAAA5BwAAOwcAAA6HQAARh0AAJAdAACdHQAA5h0AAPAdAAA8HgAAQh4AAJIeAACmHgAArE0RAO4eAAA+HwAA8h4AAFZyDgD/HgAA0tcMAFkfAACUHwAAoB8AAOofAADwHwAAQCAAAEMgAAC+lgYASCAAAJYgAACZIAAAVrgGAJ0gAADsIAAAoSAAAKRcBQCkIAAA4MwDAPEgAABCIQAATiEAAJghAACbIQAA7iEAAPYhAABEIgAAUSIAAJoiAACfIgAA8CIAAPoiAABGIwAATiMAAJwjAACfIwAA8iMAAPsjAABIJAAASSQAAJ4kAACfJAAA9CQAAPkkAABKJQAAUCUAAKAlAACqJQAA9iUAAP4lAABMJgAATyYAAKImAAClJgAA+CYAAAknAAACThEAUCcAAI7KAQBTJwAAVBkNAFcnAAA8lBAAWicAAKQnAABcJwAAjlkJALwnAAD6JwAA/ScAAFAoAABcKAAApigAALMoAAD8KAAAAykAAFIpAABUKQAAqCkAALEpAAD+KQAACCoAAFQqAABfKgAAqioAAMYqAAAAKwAACCsAAFhOEQBbKwAArCsAALQrAAACLAAAAywAAFgsAABaLAAAriwAALEsAAAELQAABy0AAK5OEQBfLQAAsC0AALYtAAAGLgAADS4AAFwuAABkLgAAsi4AALUuAAAILwAAES8AAF4vAABfLwAAtC8AALUvAAAKMAAAGzAAAGAwAABuMAAAtjAAAMIwAAAMMQAAEzEAAARPEQBoMQAAuDEAALoxAAAOMgAAJDIAAGQyAABsMgAAujIAALwyAAAQMwAAGTMAAGYzAABwMwAAvDMAAMczAAASNAAAHjQAAGg0AAB1NAAAvjQAAMg0AAAUNQAAIjUAAGo1AAB5NQAAwDUAAMI1AAAWNgAAIDYAAGw2AAB6NgAAwjYAAMc2AAAYNwAAJTcAAG43AAB2NwAAxDcAAMo3AAAaOAAAJjgAAHA4AACNOAAAxjgAAM84AAAcOQAAKjkAAHI5AAB4OQAAyDkAANQ5AAAeOgAAIToAAHQ6AAB8OgAAyjoAANs6AAAgOwAALjsAAHY7AACPOwAAzDsAAM07AAAiPAAAPzwAAFpPEQB9PAAAzjwAANQ8AAAkPQAALD0AAHo9AACDPQAA0D0AANM9AAAmPgAAMj4AAHw+AACCPgAABlARAO4+AAAoPwAAMD8AAFxQEQCBPwAA1D8AAOU/AAAqQAAAMkAAAIBAAACOQAAA1kAAANlAAAAsQQAANEEAAIJBAACPQQAA2EEAAN1BAAAuQgAAOEIAAIRCAACMQgAA2kIAAOZCAAAwQwAAPUMAAIZDAACIQwAA3EMAAPVDAAAyRAAAQ0QAAIhEAACURAAA3kQAAOVEAAA0RQAAPEUAAIpFAACPRQAA4EUAAO1FAAA2RgAAPkYAAIxGAACWRgAA4kYAAO1GAAA4RwAAREcAAI5HAACWRwAAslARAPBHAAA6SAAAQEgAAJBIAACrSAAA5kgAAPJIAAA8SQAAQkkAAAhREQCXSQAAeEACAJhJAABajQUAmUkAAGgZCACdSQAA6EkAAJ5JAACCLAsAoEkAAApnBgCmSQAA4EkCAO5JAAC6fRAA9EkAAD5KAABESgAA2p4DAEZKAABeUREAoEoAAOpKAADwSgAAQEsAAFtLAACWSwAAoksAAOxLAADySwAAQkwAAEpMAACYTAAAnkwAAO5MAAD6TAAARE0AAGFNAACaTQAAo00AAPBNAAD8TQAARk4AAElOAACcTgAApk4AAPJOAAD+TgAASE8AAE9PAACeTwAApk8AAPRPAAD1TwAAbmIAAPdPAABKUAAAWVAAAKBQAACmUAAA9lAAAPhQAABMUQAAYlEAAKJRAADAUQAA+FEAABFSAABOUgAAUFIAAKRSAACnUgAA+lIAAAZTAABQUwAAV1MAAKZTAACuUwAA/FMAAP5TAABSVAAAW1QAAKhUAACyVAAA/lQAAAlVAABUVQAAYFUAAKpVAAC3VQAAAFYAAApWAABWVgAAZFYAAKxWAAC7VgAAAlcAAARXAABYVwAAYlcAAK5XAAC8VwAABFgAAAlYAABaWAAAZ1gAALBYAADFWAAABlkAAA5ZAABcWQAAdVkAALJZAAC7WQAACFoAABJaAABeWgAAZloAALRaAADBWgAAClsAAA9bAABgWwAAaFsAALZbAAC3WwAADFwAAA5cAABiXAAAZVwAALhcAAC7XAAAtFERABNdAABkXQAAal0AALpdAADBXQAAEF4AABheAABmXgAAal4AALxeAAC+XgAAEl8AABVfAABoXwAAcF8AAL5fAAC/XwAAFGAAABpgAABqYAAAb2AAAMBgAADbYAAAFmEAACRhAABsYQAAc2EAAMJhAADOYQAAGGIAAB9iAAAKUhEAcGIAAMRiAADHYgAAGmMAAB1jAABgUhEAdWMAAMZjAADMYwAAHGQAACNkAAByZAAAkGQAAMhkAADhZAAAHmUAACBlAAB0ZQAAd2UAAMplAADWZQAAIGYAACdmAAB2ZgAAfmYAAMxmAADOZgAAImcAACtnAAB4ZwAAgmcAAM5nAADZZwAAJGgAADBoAAB6aAAAh2gAANBoAADaaAAAJmkAADRpAAB8aQAAi2kAANJpAADUaQAAKGoAADJqAAB+agAAjGoAANRqAADZagAAKmsAADdrAACAawAAlWsAANZrAADeawAALGwAAEVsAACCbAAAi2wAANhsAADibAAALm0AADZtAACEbQAAkW0AANptAADfbQAAMG4AADhuAACGbgAAh24AANxuAADebgAAMm8AADVvAACIbwAAi28AALZSEQDjbwAANHAAADpwAACKcAAAkXAAAOBwAADocAAANnEAADpxAACMcQAAjnEAAOJxAADlcQAAOHIAAEByAACOcgAAj3IAAORyAADqcgAAOnMAAD9zAACQcwAAq3MAAOZzAAD0cwAAPHQAAEN0AACSdAAAnnQAAOh0AADvdAAADFMRAEF1AACUdQAApXUAAOp1AADydQAApqsBAAZ2AABAdgAASHYAAGJTEQCldgAA7HYAAPJ2AABCdwAARHcAAJh3AACudwAA7ncAAAx4AABEeAAAR3gAAJp4AACmeAAA8HgAAPZ4AABGeQAAYXkAAJx5AACoeQAA8nkAAPh5AABIegAAZnoAAJ56AACuegAA9HoAAAJ7AABKewAAUHsAAKB7AACjewAA9nsAAAB8AABMfAAAanwAAKJ8AAC4fAAA+HwAAAR9AABOfQAAUX0AAKR9AACnfQAA+n0AAPx9AABQfgAAZ34AAKZ+AACyfgAA/H4AABh/AABSfwAAWn8AALhTEQC5fwAA/n8AAAyAAABUgAAAYIAAAKqAAAC3gAAAAIEAAAqBAABWgQAAXoEAAKyBAACtgQAAAoIAAASCAABYggAAW4IAAK6CAACxggAADlQRAAmDAABagwAAYIMAALCDAAC3gwAABoQAAA6EAABchAAAcoQAALKEAAC7hAAACIUAAAuFAABehQAAaIUAALSFAAC8hQAACoYAACOGAABghgAAbIYAALaGAAC+hgAAZFQRABSHAABihwAAZYcAALiHAADChwAADogAABSIAABkiAAAcogAALqIAADHiAAAEIkAACeJAAC6VBEAZ4kAAIoPEABpiQAA3MYBAGyJAACOdgIAbYkAAKAKCABuiQAAnLAGAG+JAACQyQAAcIkAAJxSAgBziQAAAssPAHWJAAC8iQAAd4kAAH7QCAB8iQAA8tsGAH2JAABoJQ4AxokAAEq4CQDLiQAAEooAAB6KAABoigAAaYoAACjxAwBrigAAvooAAMGKAAAUiwAAG4sAAOSfAQAciwAAaosAACyLAAC4MwEAcYsAAMCLAADMiwAAFowAACOMAABsjAAAeowAAMKMAADOjAAAGI0AAB+NAABujQAAdo0AAMSNAADUjQAAGo4AAB+OAABwjgAAdo4AAMaOAADOjgAAHI8AACWPAAByjwAAdY8AAMiPAADUjwAAHpAAACSQAAAQVREAk5AAAGZVEQDXkAAAIJEAACKRAABeBgEAI5EAAH6ZAgAnkQAAkM0CACuRAADSAg0ALJEAAMbmAQAukQAAKsUCAC+RAABw/AwAOZEAAIBvAgBAkQAAdpEAAIORAADMkQAA0ZEAACKSAAAmkgAAeJIAAIWSAADOkgAA1pIAACSTAADZkgAAAhcLACuTAAB6kwAAM5MAAICcAwB8kwAA0JMAANqTAAAmlAAAKJQAAHyUAACVlAAA0pQAANSUAAAolQAAK5UAAH6VAACKlQAA1JUAANyVAAC8VREAMJYAAICWAAAylgAAimsTADmWAADG8AYAO5YAAMBDBwA9lgAAqlcBAEKWAAAmrAwARpYAAE7tDQCGlgAA1OsAAJiWAADWlgAA2JYAACyXAADjlgAAAKwAAO+WAAA4nQAAO5cAAIKXAACRlwAA2JcAAOSXAAAumAAAMZgAAISYAACHmAAA2pgAAPKYAAAwmQAAN5kAAIaZAACSmQAA3JkAAOmZAAAymgAAQJoAAIiaAACUmgAA3poAAOWaAAA0mwAATJsAAIqbAACWmwAA4JsAAOabAAA2nAAAPJwAAIycAACRnAAA4pwAAOicAABoVhEAOp0AAI6dAACVnQAA5J0AAPydAAA6ngAAQZ4AAJCeAACpngAA5p4AAP6eAAA8nwAASJ8AAJKfAACYnwAA6J8AAO6fAAA+oAAAQ6AAAJSgAACaoAAAvlYRAAOhAABAoQAAUaEAAJahAACkoQAA7KEAAPuhAABCogAASqIAAJiiAAC4ogAA7qIAAPqiAABEowAAWKMAAJqjAACiowAA8KMAAPajAABGpAAAUqQAAJykAACmpAAA8qQAAPikAABIpQAAVqUAAJ6lAACqpQAA9KUAAA+mAABKpgAATKYAAKCmAACxpgAA9qYAAP6mAABMpwAAWqcAAKKnAAClpwAA+KcAAACoAABOqAAAW6gAAKSoAACpqAAA+qgAAASpAABQqQAAWKkAAKapAACoqQAA/KkAAA2qAABSqgAAY6oAAKiqAACtqgAA/qoAAAKrAABUqwAAYKsAAKqrAACxqwAAFFcRAAWsAABWrAAAYKwAAKysAADErAAAAq0AAAWtAABYrQAAYa0AAK6tAACvrQAABK4AAAWuAABargAAX64AALCuAAC2rgAABq8AABCvAABcrwAAaK8AALKvAAC5rwAACLAAACCwAABesAAAYLAAALSwAAC9sAAACrEAABSxAABgsQAAa7EAALaxAADOsQAADLIAACKyAABisgAAZ7IAALiyAAC/sgAADrMAABqzAABqVxEAZrMAAOrPAgBpswAAZosBAG2zAADExAYAb7MAAJiHCAB1swAAurMAALyzAACigAIAyLMAABC0AAActAAAZrQAAB+0AAA8BQkAc7QAALy0AADGtAAAErUAABO1AAAI+xAAGrUAAGi1AABvtQAAvrUAAIO1AAAOtQEAw7UAABS2AAAgtgAAarYAAG22AADAtgAAyLYAABa3AAAjtwAAbLcAAHG3AADCtwAAzLcAABi4AAAguAAAbrgAAHG4AADEuAAAzbgAABq5AAAbuQAAcLkAAHG5AADGuQAAy7kAABy6AAAiugAAcroAAHy6AADIugAA0LoAAB67AAAguwAAdLsAAH27AADKuwAA1LsAACC8AAArvAAAdrwAAIK8AADMvAAA2bwAACK9AAAsvQAAeL0AAIa9AADOvQAA3b0AACS+AAAmvgAAer4AAIS+AADQvgAA3r4AACa/AAArvwAAfL8AAIm/AADSvwAA2r8AACjAAAApwAAAfsAAAITAAADUwAAA2cAAACrBAAA0wQAAgMEAAIXBAADWwQAA5cEAACzCAAAxwgAAgsIAAJPCAADYwgAA4MIAAC7DAAA0wwAAhMMAAJDDAADawwAA98MAADDEAAA5xAAAhsQAAJLEAADcxAAA38QAADLFAAA8xQAAiMUAAJTFAADexQAA5cUAADTGAAA8xgAAisYAAKPGAADgxgAA9MYAADbHAAA+xwAAjMcAAI/HAADixwAA7scAADjIAAA+yAAAjsgAAKnIAADkyAAA8MgAADrJAABAyQAAwFcRAJrJAADmyQAA8ckAADzKAABEygAACtwAAEjKAACSygAAn8oAAOjKAADyygAAPssAAEzLAACUywAAo8sAAOrLAADsywAAQMwAAErMAACWzAAApMwAAOzMAADxzAAAQs0AAE/NAACYzQAAoM0AAO7NAACozQAAVIIBAO/NAABEzgAA8s0AADBwAQD+zQAA9KcBAFXOAACazgAAo84AAPDOAAAHzwAARs8AAFTPAACczwAAqc8AAPLPAAD6zwAASNAAAGfQAAAWWBEAp9AAAPTQAAD+0AAAStEAAFXRAABsWBEAotEAAPbRAAD/0QAATNIAAFbSAACi0gAArdIAAPjSAAAE0wAATtMAAFvTAACk0wAArtMAAPrTAAAI1AAAUNQAAF/UAACm1AAAqNQAAPzUAAAG1QAAUtUAAGDVAACo1QAArdUAAP7VAAAL1gAAVNYAAFzWAACq1gAAsNYAAADXAAAM1wAAVtcAAHPXAACs1wAAtdcAAALYAAAQ2AAAWNgAAF7YAACu2AAAutgAAATZAAAL2QAAwlgRAFzZAAD8LAIAYNkAALDZAAC12QAABtoAAL7ZAACE9gQAE9oAAFzaAABz2gAAstoAALPaAAAI2wAACtsAAF7bAABh2wAAtNsAALfbAAAYWREAK9wAAGDcAABh3AAAttwAALjcAAAM3QAAD90AAGLdAABl3QAAblkRAL3dAAAO3gAAFN4AAGTeAABr3gAAut4AANzeAAAQ3wAAGN8AAGbfAAB13wAAvN8AAL7fAAAS4AAAI+AAAGjgAAB54AAAvuAAAMrgAAAU4QAAG+EAAGrhAABy4QAAwOEAAMThAAAW4gAAJOIAAGziAAB24gAAwuIAAM3iAAAY4wAAHeMAAG7jAAB34wAAxOMAAM7jAAAa5AAAIuQAAHDkAABy5AAAxuQAANPkAAAc5QAAMOUAAHLlAAB65QAAyOUAAMnlAAAe5gAAIOYAAHTmAAB35gAAyuYAAM3mAADEWREAJecAAHbnAAB85wAAzOcAANPnAAAi6AAAKugAAHjoAACH6AAAzugAANPoAAAk6QAAMekAAHrpAACK6QAA0OkAAN7pAAAm6gAAPeoAAHzqAACF6gAA0uoAANjqAAAo6wAANOsAAH7rAACF6wAAGloRANnrAADi9gIA3OsAACrsAADh6wAAtkQKADnsAACA7AAAkewAANbsAADk7AAALO0AADjtAACC7QAAj+0AANjtAADi7QAALu4AADbuAACE7gAAh+4AANruAADm7gAAMO8AAD3vAACG7wAAkO8AANzvAADk7wAAMvAAADTwAACI8AAAkfAAAN7wAADo8AAANPEAAD/xAACK8QAAn/EAAODxAADo8QAANvIAAE/yAACM8gAAlfIAAOLyAADs8gAAOPMAAEDzAACO8wAAm/MAAOTzAADp8wAAOvQAAEL0AACQ9AAAkfQAAOb0AADo9AAAPPUAAD/1AACS9QAAlfUAAHBaEQDt9QAAPvYAAET2AACU9gAAm/YAAOr2AADy9gAAQPcAAE73AACW9wAAmfcAAOz3AAD09wAAQvgAAEX4AACY+AAApPgAAO74AAD4+AAAxloRAEX5AAC2zQ4ARvkAAJr5AABH+QAAYiANAE75AAAQ0A4AT/kAAFJeBQBT+QAA1BgCAFT5AAB4qgwAaPkAAPD7AQCj+QAA8PkAAPr5AABG+gAAUfoAAJz6AACo+gAA8voAAP/6AABI+wAAUvsAAJ77AACs+wAA9PsAAAP8AABK/AAATPwAAKD8AACq/AAA9vwAAAT9AABM/QAAUf0AAKL9AACv/QAA+P0AAAj+AABO/gAAUP4AAKT+AACy/gAA+v4AAAv/AAAcWxEAV/8AAHJbEQCu/wAAyFsRAAUAAQBSAAEAXAABAKgAAQCzAAEA/gABAAoBAQBUAQEAYQEBAKoBAQC0AQEAAAIBAA4CAQBWAgEAZQIBAKwCAQCuAgEAAgMBAAwDAQBYAwEAZgMBAK4DAQCzAwEABAQBABEEAQBaBAEAYgQBALAEAQDABAEABgUBAAgFAQBcBQEAagUBALIFAQDDBQEAHlwRAA8GAQB0XBEAdwYBALQGAQDFBgEACgcBABYHAQBgBwEAaAcBAMpcEQC7BwEADAgBABQIAQBiCAEAZAgBALgIAQBnCAEAtOkHAHEIAQA0TwUAwQgBAA4JAQDHCAEAbqEKABgJAQBkCQEAbwkBALoJAQDGCQEAEAoBAB0KAQBmCgEAcAoBALwKAQDKCgEAEgsBACELAQBoCwEAagsBAL4LAQDICwEAFAwBACAMAQBqDAEAcgwBACBdEQDDDAEAFg0BACQNAQBsDQEAeQ0BAMINAQDZDQEAGA4BACAOAQBuDgEAhA4BAMQOAQDQDgEAGg8BACkPAQBwDwEAew8BAMYPAQDIDwEAHBABACkQAQByEAEAgBABAMgQAQDLEAEAHhEBADQRAQB0EQEAfBEBAMoRAQDcEQEAdl0RACgSAQDieQQAKhIBADTkDwAtEgEA1rANAC8SAQB2EgEAexIBAMwSAQDTEgEAIhMBAC4TAQB4EwEAhRMBAM4TAQDQEwEAJBQBADoUAQB6FAEAhhQBANAUAQDvFAEAJhUBAEIVAQB8FQEAhBUBAMxdEQDUFQEAKBYBADEWAQB+FgEAiBYBANQWAQDfFgEAKhcBADYXAQCAFwEAjRcBANYXAQDgFwEALBgBADoYAQCCGAEAkRgBANgYAQDaGAEALhkBADgZAQCEGQEAkhkBANoZAQDfGQEAMBoBAD0aAQCGGgEAlhoBANwaAQDeGgEAMhsBAEAbAQCIGwEAmRsBACJeEQDlGwEAeF4RADYcAQAC4gUAORwBAIocAQA9HAEAYN4BAEAcAQCuPAgAQhwBAGi3AQBIHAEAdnAFAJEcAQCE2QsAlxwBAOAcAQD3HAEANh0BADsdAQCMHQEAjx0BAOIdAQCWHQEAzp4GAKgdAQCOqQYA5x0BANijBgDuHQEAOB4BAD4eAQCmKgEARx4BAI4eAQCXHgEA5B4BAOoeAQA6HwEASB8BAJAfAQCaHwEA5h8BAPofAQA8IAEASCABAJIgAQClIAEA6CABAPcgAQA+IQEASiEBAJQhAQCVIQEA6iEBAPQhAQBAIgEATiIBAJYiAQCbIgEA7CIBAPkiAQAkXxEAVSMBAJgjAQCnIwEA7iMBAPojAQBEJAEARSQBAJokAQCkJAEA8CQBAP4kAQBGJQEASyUBAJwlAQCpJQEAJmARAPQlAQBIJgEAUSYBAJ4mAQCoJgEA9CYBAP8mAQBKJwEAVicBAKAnAQCtJwEA9icBAAAoAQBMKAEAWigBAKIoAQCxKAEA+CgBAPooAQBOKQEAWCkBAKQpAQCyKQEA+ikBAAcqAQBQKgEAZyoBAHxgEQDBKgEA/CoBAAgrAQBSKwEAWCsBAKgrAQC0KwEA/isBAAQsAQBULAEAWiwBAKosAQCvLAEAAC0BAAYtAQDSYBEAXy0BAKwtAQC2LQEAAi4BAA0uAQBYLgEAZC4BAK4uAQC7LgEABC8BAA4vAQBaLwEAaC8BALAvAQC/LwEABjABAAgwAQBcMAEAZjABALIwAQDAMAEACDEBAA0xAQBeMQEAazEBALQxAQC8MQEACjIBABoyAQBgMgEAYjIBALYyAQDEMgEADDMBAB0zAQDUYREAaTMBACpiEQC+MwEADjQBABo0AQBkNAEAdDQBALo0AQDDNAEAEDUBABM1AQBmNQEAcjUBALw1AQDDNQEAEjYBABo2AQBoNgEAhjYBAL42AQDGNgEAFDcBACU3AQBqNwEAbzcBAMA3AQDXNwEAFjgBACQ4AQBsOAEAeTgBAMI4AQDKOAEAGDkBABw5AQBuOQEAcDkBAMQ5AQDHOQEAGjoBACI6AQBwOgEAdjoBAMY6AQDSOgEAHDsBACw7AQByOwEAezsBAMg7AQDLOwEAHjwBACo8AQB0PAEAezwBAIBiEQDTPAEAID0BACM9AQB2PQEAhD0BAMw9AQDZPQEAIj4BADk+AQB4PgEAgD4BAM4+AQDQPgEAJD8BAC0/AQB6PwEAhD8BANA/AQDbPwEAJkABADJAAQB8QAEAiUABANJAAQDcQAEAKEEBADZBAQB+QQEAjUEBANRBAQDWQQEAKkIBADRCAQCAQgEAjkIBANZCAQDbQgEALEMBADlDAQCCQwEAikMBANhDAQDuQwEALkQBADpEAQCERAEAk0QBANpEAQDlRAEAMEUBADJFAQCGRQEAk0UBANxFAQDqRQEAMkYBADVGAQCIRgEAnkYBANZiEQDmRgEAlCMCAOxGAQB0lAIA9kYBADRHAQA2RwEAikcBAJtHAQDgRwEA8UcBADZIAQA7SAEAjEgBAJBIAQDiSAEA7kgBADhJAQA/SQEAjkkBAJZJAQDkSQEAAkoBADpKAQBCSgEALGMRAJVKAQDmSgEA50oBAOTkDgD1SgEATEANAP9KAQA8SwEAPksBAJJLAQCrSwEA6EsBAPlLAQA+TAEASkwBAJRMAQCWTAEA6kwBAPNMAQBATQEA+UwBAPZSAQBKTQEAlk0BAKFNAQDsTQEA+E0BAEJOAQBPTgEAmE4BAKJOAQDuTgEA/E4BAERPAQBTTwEAmk8BAJxPAQDwTwEA+k8BAEZQAQBUUAEAnFABAKFQAQDyUAEA/1ABAEhRAQBUUQEAnlEBAKRRAQD0UQEA+lEBAEpSAQBPUgEAoFIBAKZSAQCCYxEABVMBAExTAQBYUwEAolMBAKVTAQD4UwEA+1MBAE5UAQBVVAEApFQBALBUAQD6VAEAB1UBAFBVAQBeVQEAplUBALJVAQD8VQEAA1YBANhjEQBYVgEAqFYBAK5WAQD+VgEAA1cBAFRXAQBaVwEALmQRAKtXAQASDQIAtFcBAISFDAC2VwEA3DoRALhXAQBSQw0AuVcBAABYAQAMWAEAVlgBAFdYAQCsWAEAYlgBABxTDQC2WAEAAlkBABBZAQBYWQEAXVkBAK5ZAQC7WQEAhGQRAAZaAQA4Cw0AEloBAHT+DAAnWgEA2mQRAIBaAQCwWgEA11oBAAZbAQAqWwEAXFsBAGRbAQAwZREAvlsBAAhcAQAKXAEAXlwBAGFcAQC0XAEAuVwBAApdAQAXXQEAYF0BAHxdAQC2XQEAvl0BAIZlEQAVXgEAYl4BABleAQB2aAEAZV4BALheAQDEXgEADl8BABRfAQBkXwEAcV8BALpfAQC8XwEAEGABACZgAQBmYAEAcmABALxgAQDEYAEA3GURABhhAQBoYQEAcGEBAL5hAQC/YQEAFGIBABZiAQBqYgEAbWIBAMBiAQDDYgEAMmYRABtjAQBsYwEAcmMBAMJjAQDJYwEAGGQBACBkAQBuZAEAe2QBAMRkAQDJZAEAGmUBACRlAQBwZQEAeGUBAMZlAQDIZQEAHGYBAC1mAQByZgEAg2YBAMhmAQDNZgEAHmcBACJnAQB0ZwEAgGcBAMpnAQDRZwEAIGgBADJoAQCIZhEAe2gBAMxoAQDUaAEAImkBACRpAQB4aQEAh2kBAM5pAQDdaQEAJGoBADBqAQB6agEAfWoBANBqAQDTagEAJmsBAC5rAQB8awEAhmsBANJrAQDXawEAKGwBADBsAQB+bAEAiGwBANRsAQDfbAEAKm0BADhtAQCAbQEAg20BANZtAQDebQEALG4BAEduAQCCbgEAjW4BANhuAQDdbgEALm8BADFvAQCEbwEAjm8BANpvAQDsbwEA3mYRAD5wAQCGcAEAkHABANxwAQDncAEAMnEBADpxAQCIcQEAjnEBAN5xAQDgcQEANHIBAE1yAQCKcgEAo3IBAOByAQDucgEANnMBAEBzAQCMcwEAonMBAOJzAQD/cwEAOHQBAEB0AQCOdAEAnnQBAOR0AQDmdAEAOnUBAEh1AQCQdQEAoXUBADRnEQDtdQEAimcRAD12AQCSdgEAo3YBAOh2AQD0dgEAPncBAEB3AQCUdwEAl3cBAOp3AQD2dwEAQHgBAEh4AQA2aBEAoXgBAOx4AQD4eAEAQnkBAFF5AQCYeQEAuHkBAO55AQD2eQEARHoBAFh6AQCaegEAn3oBAPB6AQD5egEARnsBAEx7AQCcewEApHsBAPJ7AQABfAEASHwBAE18AQCefAEAq3wBAPR8AQABfQEASn0BAFZ9AQCgfQEAr30BAPZ9AQAAfgEATH4BAFp+AQCifgEAp34BAPh+AQAFfwEATn8BAFZ/AQCkfwEAp38BAPp/AQAGgAEAUIABAFqAAQCmgAEAsIABAPyAAQAKgQEAUoEBAF+BAQCogQEAv4EBAP6BAQABggEAjGgRAFaCAQCqggEAuIIBAACDAQARgwEA4mgRAF2DAQA4aREAy4MBAAKEAQAShAEAWIQBAFqEAQCuhAEAvIQBAASFAQAVhQEAjmkRAGGFAQDkaREAtYUBAAaGAQAOhgEAXIYBAF6GAQCyhgEAu4YBAAiHAQAShwEAXocBAGmHAQC0hwEAwIcBAAqIAQAXiAEAYIgBAGqIAQC2iAEAxIgBAAyJAQAbiQEAYokBAGSJAQC4iQEAwokBAA6KAQAaigEAZIoBAGyKAQCQahEAv4oBABCLAQAYiwEA5moRAG2LAQC8iwEAb4sBAKzdAwBziwEAvLgCAHeLAQD4bQ4AfIsBAALaAQDIiwEAEowBABqMAQAK1RIALowBALD3DwA6jAEAaIwBAI6MAQC+jAEA54wBABSNAQA6jQEAao0BAJCNAQDAjQEAyI0BABaOAQBAjgEAbI4BAIWOAQDCjgEAxI4BABiPAQAfjwEAbo8BAHaPAQDEjwEA048BABqQAQAgkAEAcJABAHyQAQDGkAEAzZABAByRAQAokQEAcpEBAH+RAQDIkQEA0pEBAB6SAQAskgEAdJIBAHaSAQDKkgEA25IBACCTAQAjkwEAdpMBAKGTAQA8axEAz5MBAE4EBADWkwEAhE4GANmTAQAilAEA3JMBAH6EDQDdkwEAOqICAOKTAQCuXwQAKZQBAMZnAgAslAEAiHUDADGUAQAstQ8APZQBAHiUAQB6lAEAzpQBAN+UAQAklQEAMpUBAHqVAQCBlQEA0JUBANKVAQAmlgEA1ZUBAKyFAgDYlQEAXrIBADWWAQB8lgEAi5YBANKWAQDelgEAKJcBACuXAQB+lwEAgZcBANSXAQD0lwEAKpgBADaYAQCAmAEAlJgBANaYAQDkmAEALJkBADOZAQCSaxEAmZkBANiZAQDamQEA3t0MANuZAQDc3AwA5ZkBAC6aAQAwmgEAhJoBAI6aAQDamgEAlZoBAJDhDADjmgEAMJsBADabAQCGmwEAkpsBANybAQDjmwEAMpwBADecAQCInAEAlJwBAN6cAQDhnAEANJ0BAEGdAQCKnQEAj50BAOCdAQDqnQEANp4BAEyeAQCMngEAjp4BAOKeAQDsngEAOJ8BAEefAQCOnwEAmZ8BAOhrEQDwnwEAOqABAEegAQCQoAEAnqABAOagAQDyoAEAPKEBAEOhAQA+bBEAl6EBAOihAQCeoQEAAkgOAKChAQAOZQQA6qEBAMS+AwDtoQEABkQLAPehAQD2kQsA/6EBAD6iAQBMogEAlKIBAKGiAQDqogEA8qIBAECjAQBKowEAAOUHAFCjAQCWowEAmKMBAOyjAQD6owEAQqQBAFOkAQCUbBEAn6QBAOpsEQDzpAEARKUBAEqlAQCapQEAoqUBAPClAQD5pQEARqYBAEmmAQCcpgEAqKYBAPKmAQD4pgEASKcBAFCnAQCepwEAvacBAJZtEQD2pwEASqgBAFioAQCgqAEAsagBAOxtEQD9qAEAQm4RAFGpAQCiqQEAqKkBAPipAQAAqgEATqoBAFeqAQCkqgEAp6oBAPqqAQAGqwEAUKsBAFarAQDubhEAqKsBAPyrAQAFrAEAUqwBAFysAQCorAEAs6wBAP6sAQAKrQEAVK0BAGGtAQCqrQEAtK0BAACuAQAOrgEAVq4BAGWuAQCsrgEArq4BAAKvAQAMrwEAWK8BAGavAQCurwEAs68BAASwAQARsAEAWrABAGKwAQCwsAEAwLABAAaxAQAIsQEAXLEBAGqxAQCysQEAw7EBAERvEQAPsgEAmm8RAGeyAQC0sgEAt7IBAAqzAQAWswEAYLMBAGazAQC2swEAw7MBAAy0AQAOtAEAYrQBAHi0AQC4tAEAxLQBAPBvEQAatQEAZLUBAGq1AQC6tQEAvbUBABC2AQAetgEAZrYBAGu2AQC8tgEAybYBABK3AQAatwEARnARAHW3AQC+twEAzLcBABS4AQAquAEAargBAHO4AQDAuAEA1rgBABa5AQAeuQEAbLkBAG+5AQDCuQEAy7kBABi6AQAZugEAbroBAG+6AQDEugEAyboBABq7AQAguwEAcLsBAHq7AQDGuwEA0rsBABy8AQAjvAEAcrwBAHq8AQDIvAEAyrwBAB69AQAfvQEAdL0BAIK9AQDKvQEA0r0BACC+AQA7vgEAdr4BAIK+AQDMvgEA0r4BACK/AQAlvwEAeL8BAIa/AQDOvwEA078BACTAAQAxwAEAesABAILAAQDQwAEA3sABACbBAQApwQEAnHARAH/BAQDSwQEAgMEBAAIVCgCIwQEAjAQKAIrBAQBieg8Aj8EBALqmDwDVwQEAKMIBADnCAQB+wgEAmsIBANTCAQDcwgEA8nARADvDAQCAwwEAiMMBANbDAQDcwwEALMQBADHEAQCCxAEAi8QBANjEAQDixAEALsUBADzFAQCExQEAkcUBANrFAQDmxQEAMMYBADPGAQCGxgEAosYBAEhxEQDfxgEAMscBAPDGAQDURwQAPscBAIjHAQCOxwEA3scBAOjHAQCecREAOcgBAIrIAQCXyAEA4MgBAOjIAQBYeREA7MgBADbJAQDwyAEA7s8BAPzIAQD47A0APMkBAIzJAQCSyQEA4skBAOfJAQA4ygEAPsoBAPRxEQCYygEA4N4MAJzKAQDkygEA9coBAEpyEQBBywEAoHIRAJjLAQD2chEA9MsBADzMAQBDzAEAkswBAJrMAQDozAEA9cwBAD7NAQBDzQEAlM0BAJ7NAQDqzQEA8s0BAEDOAQBGzgEAls4BAJjOAQDszgEA+s4BAELPAQBFzwEAmM8BAKTPAQBMcxEA8M8BAETQAQBS0AEAmtABAKvQAQCicxEA99ABAPhzEQBM0QEAnNEBAKLRAQDy0QEA99EBAEjSAQBO0gEATnQRAKDSAQD00gEAp9IBAAJKDwCq0gEAdBsGAA/TAQBK0wEATNMBAKDTAQC60wEA9tMBAAPUAQAKGQoAB9QBAEzUAQBO1AEAotQBAK/UAQD41AEAD9UBAE7VAQBo1QEApNUBAKbVAQD61QEAqtUBACgFDgD91QEAUNYBAFPWAQCm1gEAstYBAPzWAQAC1wEAUtcBAFzXAQCkdBEArdcBAP7XAQAL2AEAVNgBAGDYAQCq2AEAsNgBAADZAQAG2QEAVtkBAFvZAQCs2QEAstkBAPp0EQAD2gEAWNoBABjaAQAOPAUAWtoBAK7aAQBm2gEATgIDALTaAQAE2wEAEtsBAFrbAQBd2wEAsNsBALXbAQAG3AEAE9wBAFzcAQBs3AEAstwBALTcAQAI3QEAFt0BAF7dAQBv3QEAUHURALrdAQAK3gEAFt4BAKZ1EQBx3gEAtt4BAMDeAQAM3wEAGt8BAGLfAQBj3wEAuN8BAMnfAQAO4AEAGuABAGTgAQB04AEAuuABALzgAQAQ4QEAHuEBAGbhAQB34QEA/HURAMLhAQAS4gEAHuIBAFJ2EQBu4gEAvuIBAMTiAQAU4wEAGeMBAGrjAQBw4wEA/nYRAMjjAQAW5AEAIOQBAEaXDwAv5AEAbOQBAHXkAQDC5AEAzOQBABjlAQAg5QEAbuUBAHLlAQDE5QEAxuUBABrmAQAd5gEAcOYBAIzmAQBUdxEA2eYBABznAQAd5wEAcucBAH7nAQDI5wEA1+cBAB7oAQAo6AEAdOgBAIDoAQDK6AEA0egBAKp3EQAm6QEAuncNADPpAQB26QEAhekBAMzpAQDY6QEAIuoBACPqAQB46gEAguoBAM7qAQDc6gEAJOsBACnrAQB66wEAh+sBAFZ4EQDY6wEAJuwBADLsAQB87AEAj+wBANLsAQDT7AEAKO0BADTtAQB+7QEAje0BANTtAQDe7QEAKu4BADbuAQCA7gEAh+4BAKx4EQDn7gEALO8BADjvAQCC7wEAku8BANjvAQDi7wEALvABADbwAQCE8AEArPABANrwAQCy8AEAjvUBAALxAQAw8QEAOPEBAIbxAQCM8QEA3PEBAOrxAQAy8gEASfIBAIjyAQCT8gEA3vIBAOjyAQA08wEAYfMBAIrzAQCS8wEA4PMBAPDzAQA29AEAOPQBAIz0AQCa9AEA4vQBAPP0AQCueREAP/UBAAR6EQC29QEA5PUBAOz1AQA69gEAQPYBAJD2AQCe9gEA5vYBAP32AQA89wEAR/cBAJL3AQCc9wEA6PcBABX4AQA++AEARvgBAJT4AQCk+AEA6vgBAOz4AQBA+QEATvkBAJb5AQCn+QEAWnoRAPP5AQCwehEARPoBAJj6AQCm+gEA7voBAP/6AQAGexEAS/sBAFx7EQCi+wEAsnsRAPj7AQAIfBEADPwBAAydCwBI/AEAnPwBAKr8AQDy/AEAA/0BAF58EQBO/QEAnv0BAKr9AQC0fBEA/f0BAEr+AQAF/gEALOAPAFf+AQCg/gEArv4BAPb+AQAA/wEATP8BAGb/AQCi/wEApf8BAPj/AQD//wEATgACAG4AAgCkAAIAvgACAAp9EQAHAQIAUAECAAsBAgAAWgIAEAECALCyAgBeAQIApgECALABAgD8AQIAFgICAFICAgBiAgIAqAICAK4CAgD+AgIAAAMCAFQDAgBqAwIAqgMCALYDAgAABAIABAQCAFYEAgBbBAIArAQCALIEAgACBQIAIgUCAFgFAgByBQIArgUCALAFAgAEBgIABwYCAFoGAgBdBgIAsAYCALwGAgAGBwIADAcCAFwHAgBmBwIAYH0RALcHAgAICAIAFQgCAF4IAgBqCAIAtAgCAMcIAgAKCQIAGQkCAGAJAgBsCQIAtgkCALcJAgAMCgIAFgoCAGIKAgBwCgIAuAoCAL0KAgAOCwIAGwsCALZ9EQBlCwIAAhkMAGYLAgAGHQ0AZwsCADD9BwBpCwIAts8PAGoLAgAo0gkAawsCAJINDQBuCwIAvHoOAG8LAgCcEg0AcAsCAHZ8CwBxCwIAJIAMAHILAgACRAwAcwsCAJzZBQB0CwIAugsCAHwLAgDw8hIAfgsCAK4fDwCACwIADHwQAIcLAgBOIhMAjAsCAMYrDwCoCwIAxH4OAK0LAgAqEBMAvAsCABAMAgDLCwIASu0OAB4MAgBmDAIAdwwCAAx+EQDDDAIAYn4RAB4NAgBoDQIAdw0CAL4NAgDIDQIAFA4CACAOAgBqDgIANw4CANTcDgBxDgIADn8RAMIOAgAWDwIAJw8CAGwPAgB1DwIAwg8CAM4PAgAYEAIAGxACAG4QAgB2EAIAxBACAM4QAgAaEQIAHxECAHARAgB4EQIAxhECAN8RAgAcEgIAKBICAHISAgB6EgIAun8RANASAgAQgBEAIRMCAHQTAgB3EwIAyhMCANYTAgAgFAIAJhQCAHYUAgCAFAIAZoARANEUAgAiFQIALxUCAHgVAgCAFQIAvIARANQVAgAkFgIAKhYCAHoWAgB/FgIA0BYCANYWAgASgREALhcCAGiBEQB+FwIAJCgLAIEXAgDSFwIAiBcCAPblCgDcFwIAKBgCAOEXAgAGvwgAMBgCAMh+DQBEGAIAfhgCAIYYAgC+gREA2RgCACoZAgBAGQIAgBkCAIEZAgDWGQIA2BkCACwaAgAyGgIAghoCAI4aAgDYGgIA3xoCAC4bAgA2GwIAhBsCAI0bAgDaGwIA3RsCADAcAgA+HAIAhhwCAJMcAgDcHAIA8xwCADIdAgA6HQIAiB0CAJQdAgCKHgIAsB0CAN4dAgAGHgIANB4CAFgeAgAUghEApx4CAOAeAgDpHgIA4h8CAPEeAgA2HwIAZh8CAIwfAgCwHwIAaoIRAOQfAgA4IAIASSACAI4gAgC+IAIA5CACAAghAgDAghEAPyECAPI/DgBAIQIAqOEGAEMhAgCQIQIARiECAGwAEACaIQIA5iECAJ0hAgC46QYAniECAJ6YDwDuIQIAPCICAEAiAgCSIgIAlCICAOgiAgDrIgIAPiMCAFojAgAWgxEAmSMCAAr0DACeIwIASGkNAKAjAgDqIwIApCMCAA5zCwAHJAIAQCQCAEkkAgCWJAIAmCQCAOwkAgD9JAIAbIMRAEclAgCYJQIAoSUCAO4lAgD/JQIARCYCAEsmAgCaJgIAoiYCAPAmAgC0JgIAMkgCAP0mAgCcJwIA/yYCAPQoAgAJJwIARicCAFInAgDCgxEAoScCAPInAgD8JwIASCgCAFAoAgAYhBEAqigCAG6EEQD5KAIASikCAFcpAgCgKQIAqikCAPYpAgD4KQIATCoCAFoqAgCiKgIAryoCAMSEEQD9KgIATisCAFsrAgCkKwIArisCAPorAgD8KwIAUCwCAF4sAgCmLAIAsywCABqFEQD/LAIA/nIPAAItAgCkQw4ACS0CAFItAgBcLQIAcIURALAtAgD+LQIAAC4CAIi4DwALLgIAwMAFABUuAgBULgIAFy4CAOakAwBZLgIAqi4CALQuAgAALwIACC8CAMaFEQBgLwIArC8CALgvAgACMAIABTACAFgwAgBiMAIArjACAMgwAgAEMQIAGzECAFoxAgBfMQIAsDECAMwxAgAchhEAEDICAFwyAgAXMgIAvm8IAGgyAgCyMgIAtTICAAgzAgASMwIAXjMCAHgzAgC0MwIAujMCAAo0AgAMNAIAYDQCAG40AgC2NAIAuTQCAAw1AgAYNQIAYjUCAGU1AgC4NQIA2zUCAHKGEQAQNgIAZDYCAHI2AgC6NgIAvTYCABA3AgAcNwIAZjcCAGk3AgDIhhEAxzcCABI4AgAYOAIAaDgCAG04AgC+OAIAwjgCABQ5AgAXOQIAHocRAGs5AgAqMQ4AbTkCAD5qEABwOQIAwDkCAHM5AgDaYhAAdDkCAHQ+AgB2OQIAXk8QAHg5AgCkRxAAeTkCABZWEAB6OQIApnMQAIE5AgBe8wwAhDkCAFgfDwDMOQIAFjoCAEI6AgBsOgIAeDoCAMI6AgDROgIAGDsCACI7AgBuOwIAcTsCAMQ7AgDeOwIAGjwCACQ8AgBwPAIAdTwCAMY8AgDQPAIAHD0CACc9AgByPQIAeD0CAMg9AgDNPQIAHj4CACI+AgB0hxEAeT4CAMo+AgCCPgIAJF0QANQ+AgAgPwIAKz8CAHY/AgB8PwIAzD8CANE/AgAiQAIAJkACAMqHEQB9QAIAHOkCAH9AAgB62g4AgEACAAJxDQCCQAIAbqsPAJJAAgDOQAIA2EACACRBAgAvQQIAekECAIBBAgDQQQIA1UECACZCAgAqQgIAfEICAJ9CAgAgiBEA1EICAChDAgDVQgIAIKkMANdCAgBwoAkA20ICAO45DADeQgIAOkwCAOBCAgCQvA8ANUMCADR0AgA2QwIAfkMCAIFDAgDUQwIA4EMCACpEAgBCRAIAgEQCAIxEAgDWRAIA3EQCACxFAgAyRQIAgkUCAIdFAgDYRQIA3kUCAHaIEQA4RgIAhEYCAI9GAgDaRgIA4EYCADBHAgA1RwIAhkcCAIpHAgDcRwIA30cCAMyIEQA8SAIAiEgCAJNIAgDeSAIA5EgCADRJAgA5SQIAikkCAI5JAgAiiREA4UkCADZKAgBCSgIAjEoCAJhKAgDiSgIA6EoCADhLAgA+SwIAjksCAJNLAgDkSwIA6ksCAHiJEQA8TAIA1vYFAEFMAgCgBgYASUwCAGKLAgBKTAIAkEwCAJxMAgDmTAIA7EwCADxNAgBITQIAkk0CAJ9NAgDoTQIA900CAD5OAgBKTgIAlE4CAKBOAgDqTgIA8E4CAEBPAgBGTwIAlk8CAJtPAgDsTwIA8k8CAM6JEQBMUAIACOsIAFhQAgCYUAIAW1ACAIzZCQCkUAIA7lACAPZQAgCKaRIA+lACAERRAgBKUQIAmlECAKBRAgDwUQIA9VECAEZSAgBMUgIAJIoRAKRSAgCY8RIAplICAPJSAgD4UgIASFMCAP5SAgD61wIAVlMCAJ5TAgC3UwIA9FMCAP1TAgBKVAIAVFQCAKBUAgCsVAIA9lQCAAJVAgBMVQIAUlUCAKJVAgCoVQIA+FUCAP1VAgBOVgIAVFYCAHqKEQCwVgIA+lYCAARXAgBQVwIAW1cCAKZXAgCrVwIA/FcCAANYAgBSWAIAXlgCAKhYAgCuWAIA/lgCAARZAgBUWQIAWVkCAKpZAgCwWQIA0IoRABFaAgBWWgIAV1oCAKxaAgBcWgIAtl8CALFaAgACWwIAEFsCAFhbAgBlWwIArlsCALhbAgAEXAIAEFwCAFpcAgBgXAIAsFwCALxcAgAGXQIAGV0CAFxdAgBrXQIAsl0CAL5dAgAIXgIACV4CAF5eAgBoXgIAtF4CAMJeAgAKXwIAD18CAGBfAgBtXwIAJosRAMJfAgAMYAIAHGACAGJgAgBuYAIAuGACAL5gAgAOYQIAGmECAGRhAgBxYQIAumECAMlhAgAQYgIAHGICAGZiAgByYgIAvGICAM9iAgASYwIAIWMCAGhjAgB0YwIAvmMCAL9jAgAUZAIAHmQCAGpkAgB4ZAIAwGQCAMVkAgAWZQIAI2UCAHyLEQBuZQIA9ggHAHhlAgDCZQIAeWUCAODaCgB6ZQIA6uMMANZlAgAYZgIAJGYCAG5mAgB0ZgIAxGYCAMpmAgAaZwIAH2cCAHBnAgB2ZwIA0osRANJnAgAcaAIAKWgCAED7AgAvaAIAcmgCAHdoAgBAegIAemgCAHA+AwB+aAIAyGgCAM5oAgAeaQIAJGkCAHRpAgB5aQIAymkCANBpAgAojBEALGoCAHZqAgB8agIAzGoCANFqAgAiawIAKWsCAHhrAgCGawIAzmsCAOlrAgAkbAIAMmwCAHpsAgB9bAIA0GwCAN5sAgAmbQIAK20CAHxtAgCJbQIA0m0CAN5tAgAobgIALm4CAH5uAgCEbgIA1G4CANluAgAqbwIAMG8CAH6MEQCFbwIA1m8CAN9vAgAscAIAOXACAIJwAgCJcAIA2HACAOlwAgAucQIAM3ECAIRxAgCTcQIA2nECANxxAgAwcgIAQXICAIZyAgCScgIA3HICAOJyAgAycwIAOHMCAIhzAgCNcwIA3nMCAORzAgDUjBEAS3QCAIp0AgCWdAIA4HQCAOx0AgA2dQIAPHUCAIx1AgCSdQIA4nUCAOd1AgA4dgIAPnYCACqNEQCUdgIAnqkCAKV2AgDkdgIA7XYCADp3AgBQdwIAkHcCAJx3AgDmdwIA83cCADx4AgBGeAIAkngCAJ54AgDoeAIA7ngCAD55AgBEeQIAlHkCAJl5AgDqeQIA8HkCAICNEQBJegIAlnoCAKB6AgDsegIA8XoCAEJ7AgBSewIAmHsCALF7AgDuewIA83sCAER8AgBNfAIAmnwCAKd8AgDwfAIA93wCAEZ9AgBJfQIAnH0CAKh9AgDyfQIABX4CAEh+AgBXfgIAnn4CAKp+AgD0fgIA9X4CAEp/AgBUfwIAoH8CAK5/AgD2fwIA+38CAEyAAgBZgAIA1o0RAKWAAgD4gAIA+4ACAE6BAgBbgQIATGkMAF2BAgCkgQIApoECAPqBAgD9gQIAUIICAFqCAgCmggIAsoICAPyCAgAPgwIAUoMCAGGDAgCogwIAtIMCAP6DAgD/gwIAVIQCAF6EAgCqhAIAuIQCAACFAgAFhQIAVoUCAGOFAgAsjhEArYUCAAKGAgAOhgIAWIYCAF6GAgCuhgIAsIYCAASHAgAOhwIAWocCAGiHAgCwhwIAtYcCAAaIAgATiAIAXIgCAGiIAgCyiAIAxYgCAAiJAgAXiQIAXokCAGqJAgC0iQIAtYkCAAqKAgAUigIAYIoCAG6KAgC2igIAu4oCAAyLAgAZiwIAgo4RAGuLAgC4iwIAbosCALx4DQC+iwIADowCABGMAgBkjAIAcowCALqMAgC/jAIAEI0CAB2NAgBmjQIAco0CALyNAgDCjQIAEo4CABiOAgBojgIAbY4CAL6OAgDEjgIA2I4RABaPAgBqjwIAG48CAF6hDgB5jwIAwI8CAOCPAgAWkAIAG5ACAGyQAgCHkAIAwpACAM6QAgAYkQIAHpECAG6RAgB+kQIAxJECANWRAgAakgIAH5ICAHCSAgB0kgIAxpICANKSAgAckwIAIpMCAHKTAgB4kwIAyJMCAM2TAgAelAIAJJQCAC6PEQCDlAIAQsAPAIqUAgDKlAIAy5QCACCVAgAxlQIAdpUCAIKVAgDMlQIA4pUCACKWAgAulgIAeJYCAIWWAgDOlgIA2JYCACSXAgAwlwIAepcCAIGXAgDQlwIA3JcCACaYAgAsmAIAfJgCAIKYAgDSmAIA15gCACiZAgAumQIAhI8RAICZAgDOBhAAh5kCANSZAgDVmQIAKpoCACuaAgCAmgIAhZoCANaaAgDcmgIALJsCADabAgCCmwIAjpsCANibAgDfmwIALpwCADOcAgCEnAIAhZwCANqcAgDmnAIAMJ0CADadAgCGnQIAiJ0CANydAgDmnQIAMp4CAECeAgCIngIAjZ4CAN6eAgDrngIANJ8CAECfAgCKnwIAnZ8CAOCfAgDvnwIANqACAEKgAgCMoAIAjaACAOKgAgDsoAIAOKECAEahAgCOoQIAk6ECAOShAgDxoQIA2o8RAEuiAgCQogIAnKICAOaiAgD9ogIAPKMCAD6jAgCSowIAo6MCAOijAgDqowIAPqQCAESkAgCUpAIAq6QCAOqkAgDzpAIAQKUCAFalAgCWpQIAoqUCAOylAgD5pQIAQqYCAEymAgCYpgIApKYCAO6mAgABpwIARKcCAFOnAgCapwIApqcCAPCnAgDxpwIARqgCAFCoAgCcqAIAqqgCAPKoAgD3qAIASKkCAFWpAgAwkBEAoKkCAPSpAgAIqgIASqoCAFiqAgCgqgIAraoCAPaqAgD9qgIATKsCAFirAgCiqwIAtasCAPirAgD9qwIATqwCAFesAgCkrAIArqwCAPqsAgD/rAIAUK0CAGCtAgCmrQIAv60CAPytAgABrgIAUq4CAFuuAgCorgIAta4CAP6uAgAFrwIAVK8CAFevAgCqrwIAtq8CAACwAgATsAIAVrACAGWwAgCssAIAuLACAAKxAgADsQIAWLECAGKxAgCusQIAvLECAASyAgAJsgIAWrICAGeyAgCGkBEAybICAAazAgASswIAXLMCAGKzAgCyswIAurMCAM7bDwDCswIACLQCAA20AgBetAIAZLQCALS0AgDKtAIACrUCAAy1AgBgtQIAarUCALa1AgDCtQIADLYCAB+2AgBitgIAcbYCALi2AgDEtgIADrcCAA+3AgBktwIAbrcCALq3AgDItwIAELgCABW4AgBmuAIAc7gCANyQEQC/uAIAJoUOAMa4AgBkJxAAyLgCAEg4CgDJuAIA9NYDAMu4AgASuQIAG7kCAGi5AgBuuQIAvrkCAMS5AgAUugIAILoCAGq6AgB3ugIAwLoCAMq6AgAWuwIALLsCAGy7AgBxuwIAwrsCAMm7AgAYvAIAJrwCAG68AgB+vAIAxLwCANK8AgAavQIAKb0CAHC9AgByvQIAxr0CANC9AgAcvgIAKr4CAHK+AgB3vgIAyL4CANW+AgAevwIAKr8CAHS/AgCHvwIAyr8CANm/AgAgwAIALMACAHbAAgB3wAIAzMACANbAAgAiwQIAMMECAHjBAgB9wQIAzsECANvBAgAykREAJsICAHrCAgAwwgIA4i8KAIvCAgDQwgIA2cICACbDAgAywwIAfMMCAITDAgBk1xIAiMMCANLDAgDYwwIAKMQCAC7EAgB+xAIAg8QCANTEAgDaxAIAiJERADnFAgCAxQIAhcUCANbFAgDdxQIALMYCADjGAgCCxgIAicYCADTKAgCOxgIA2MYCAOXGAgAuxwIAPccCAITHAgCJxwIA2scCAOHHAgAwyAIAPMgCAIbIAgCSyAIA3MgCAOLIAgAyyQIAOMkCAIjJAgCNyQIA3skCAOTJAgDekREAQMoCAIrKAgCZygIA4MoCAOXKAgA2ywIAPcsCAIzLAgCYywIA4ssCAO7LAgA4zAIAPswCAI7MAgCUzAIA5MwCAOnMAgA6zQIAQM0CADSSEQCczQIA5s0CAPbNAgA8zgIASs4CAJLOAgCfzgIA6M4CAPTOAgA+zwIARc8CAJTPAgCczwIAipIRAPPPAgAAoRAA988CAC7yAgD7zwIAQNACAFHQAgCW0AIAntACAOzQAgCi0AIA8L0NAPbQAgBC0QIAR9ECAJjRAgCg0QIA7tECAPDRAgBE0gIA99ECABLkAgBM0gIAmtICALDSAgDw0gIA/NICAEbTAgBc0wIAnNMCALXTAgDy0wIA/tMCAEjUAgBO1AIAntQCAKbUAgD01AIABNUCAErVAgBT1QIAoNUCAK3VAgD21QIABdYCAEzWAgBW1gIAotYCALDWAgD41gIA/dYCAE7XAgBb1wIApNcCAKzXAgDgkhEAENgCAFDYAgBR2AIAptgCALDYAgD82AIABNkCAFLZAgBc2QIAqNkCAK3ZAgD+2QIABtoCAFTaAgBW2gIACN8CAFfaAgAwSQMAWtoCAKraAgBb2gIATFcDAGraAgA+UAMAttoCAADbAgAC2wIAVtsCAF3bAgCs2wIAtNsCAALcAgAD3AIAWNwCAF7cAgCu3AIAs9wCAATdAgAF3QIAWt0CAGbdAgCw3QIAtt0CAAbeAgAQ3gIAXN4CAHDeAgCy3gIAut4CADaTEQAL3wIAXt8CAA/fAgAmRAMAYd8CALTfAgDC3wIACuACACHgAgBg4AIAbeACALbgAgC+4AIADOECAA3hAgBi4QIAaOECALjhAgC94QIADuICAA/iAgBk4gIAcOICALriAgDA4gIAEOMCABrjAgBm4wIAeuMCALzjAgDE4wIA4pMRAB/kAgBo5AIAb+QCAL7kAgDK5AIAFOUCACTlAgBq5QIAeOUCAMDlAgDN5QIAFuYCACLmAgBs5gIAc+YCAMLmAgDK5gIAjpQRACTnAgBu5wIAeOcCAMTnAgDP5wIAGugCAB/oAgBw6AIAd+gCAMboAgDO6AIA5JQRACTpAgBy6QIAgukCAMjpAgDU6QIAHuoCACLqAgB06gIAfOoCAMrqAgDM6gIAIOsCACbrAgB26wIAjesCAMzrAgDV6wIAIuwCADjsAgB47AIAhOwCAM7sAgDb7AIAJO0CAC7tAgB67QIAfe0CANDtAgDY7QIAJu4CADDuAgB87gIAge4CANLuAgDa7gIAKO8CADjvAgB+7wIAh+8CANTvAgDh7wIAKvACADnwAgCA8AIAivACANbwAgDk8AIALPECADHxAgCC8QIAj/ECANjxAgDg8QIAOpURADvyAgCE8gIATfICAPivBACJ8gIA2vICAOTyAgAw8wIAOPMCAIbzAgBH8wIAPj8QAIzzAgDc8wIAlPMCAF7KDQCV8wIAHiEJAJbzAgDy/gIAl/MCAEo9DADo8wIAMvQCADT0AgBkog0AOfQCAIj0AgCU9AIA3vQCAO30AgA09QIARfUCAIr1AgCM9QIA4PUCAOb1AgA29gIAQvYCAIz2AgCU9gIAkJURAOj2AgDmlREARPcCADyWEQCR9wIA6JYRAOf3AgA+lxEA6fcCAJD8BAA9+AIAItUMAEf4AgCQ+AIAmvgCAOb4AgDo+AIAPPkCAE/5AgCS+QIAmvkCAKTtDQCe+QIA6PkCAO75AgA++gIARPoCAJT6AgCZ+gIA6voCAPD6AgCUlxEASvsCAJb7AgCY+wIA7PsCAPb7AgBC/AIAUPwCAJj8AgCd/AIA7vwCAPv8AgBE/QIAUP0CAJr9AgCg/QIA8P0CAPb9AgBG/gIAS/4CAJz+AgCi/gIA6pcRAAD/AgBI/wIAVf8CAJ7/AgCl/wIA9P8CAPz/AgBKAAMASwADAE7pCwBNAAMAoAADAGAAAwBK5wsAtAADAPYAAwAMAQMATAEDAGUBAwCiAQMApwEDAPgBAwAJAgMAQJgRAF8CAwCkAgMApgIDAPoCAwAEAwMAUAMDAF4DAwCmAwMAqwMDAPwDAwAJBAMAUgQDAFoEAwCoBAMAtAQDAP4EAwC4BAMAVgYDAAQFAwBUBQMAWgUDAKoFAwCvBQMAAAYDAAYGAwCWmBEAWAYDAKwGAwC6BgMAAgcDABMHAwDsmBEAXwcDAEKZEQC2BwMABAgDALgHAwDI8wcA9wcDAKolEwASCAMAWggDABMIAwC6DQMAFAgDACpUCgBnCAMAsAgDAL8IAwAGCQMACwkDAFwJAwByCQMAsgkDALMJAwAICgMACgoDAF4KAwBoCgMAtAoDAMIKAwAKCwMAIwsDAGALAwBxCwMAtgsDAMILAwAMDAMAFAwDAESaEQB2DAMAuAwDALkMAwAODQMAGg0DAGQNAwBnDQMAmpoRALwNAwAQDgMAHQ4DAGYOAwBzDgMAvA4DAMEOAwASDwMAHA8DAGgPAwBwDwMAvg8DAM4PAwAUEAMAIhADAGoQAwB3EAMAwBADAMcQAwAWEQMAHhEDAGwRAwBvEQMAwhEDANYRAwAYEgMALhIDAG4SAwCHEgMAxBIDAMkSAwAaEwMAKxMDAPCaEQB4EwMARpsRAHwTAwBqSQoAjBMDAOBrEwDTEwMAHBQDACMUAwByFAMAfhQDAMgUAwDYFAMAHhUDACwVAwB0FQMAgRUDAMoVAwDWFQMAIBYDACcWAwCcmxEAeBYDAMwWAwB7FgMAykIEANkWAwAiFwMALxcDAHgXAwB9FwMAzhcDANgXAwAkGAMALBgDAHoYAwB/GAMAGmsEAIMYAwDQGAMA0xgDACYZAwAyGQMA8psRAIEZAwDSGQMAiBkDAMT3CgDXGQMAKBoDADAaAwB+GgMAlBoDANQaAwDWGgMAKhsDADcbAwCAGwMAlBsDAEicEQDbGwMALBwDADQcAwBe7woANhwDAIIcAwCKHAMA2BwDAOQcAwAuHQMAOx0DAIQdAwCJHQMA2h0DAOMdAwAwHgMARx4DAIYeAwCRHgMAnpwRAOoeAwAyHwMANR8DAIgfAwCLHwMA3h8DAOwfAwA0IAMAQSADAIogAwChIAMA4CADAOggAwA2IQMAPCEDAIwhAwCYIQMA4iEDAOwhAwA4IgMAQSIDAI4iAwCUIgMA5CIDAPEiAwD0nBEARiMDAJAjAwBIIwMAePwKAJ8jAwDmIwMA9yMDADwkAwA+JAMAkiQDAJgkAwDoJAMA9CQDAD4lAwBFJQMAlCUDAJwlAwDqJQMA7CUDAEAmAwBNJgMAliYDAJ0mAwDsJgMA9CYDAEInAwBPJwMAmCcDAJ0nAwDuJwMA+CcDAEQoAwBMKAMAmigDAKMoAwDwKAMA8ygDAEYpAwBSKQMAnCkDAKMpAwBKnREA/ykDAEgqAwAIKgMAUi8DACoqAwDWAAsAYyoDAJ4qAwCgKgMA9CoDAAUrAwBKKwMAWCsDAKArAwCnKwMA9isDAP4rAwBMLAMAUSwDAKIsAwCjLAMA+CwDAAQtAwBOLQMAVC0DAKQtAwCmLQMA+i0DAAQuAwBQLgMAXi4DAKYuAwCrLgMA/C4DAAkvAwCgnREAUy8DAKgvAwCtLwMA/i8DAAQwAwBUMAMAXjADAKowAwC2MAMAADEDAAcxAwBWMQMAXjEDAKwxAwCuMQMAAjIDAA8yAwBYMgMAXzIDAK4yAwC2MgMABDMDABEzAwBaMwMAXzMDALAzAwC6MwMABjQDAA40AwBcNAMAZTQDALI0AwC1NAMACDUDABQ1AwBeNQMAZTUDAPadEQDANQMAZPIKAMg1AwAKNgMAFzYDAGA2AwBqNgMAtjYDALg2AwAMNwMAHzcDAGI3AwBqNwMAuDcDAMQ3AwAOOAMAFDgDAGQ4AwBqOAMAujgDAL84AwAQOQMAFjkDAEyeEQB0OQMAvDkDAMs5AwASOgMALjoDAGg6AwAyOgMAlHsDAHA6AwCinhEAxzoDABQ7AwAhOwMAajsDAHQ7AwDAOwMAzjsDABY8AwAsPAMAbDwDAHg8AwDCPAMAyjwDAPieEQAePQMAbj0DAHQ9AwDEPQMAyT0DABo+AwAgPgMATp8RAHU+AwDGPgMAzz4DABw/AwAmPwMAcj8DAHo/AwDIPwMAzT8DAB5AAwAuQAMAdEADAHxAAwDKQAMA0EADAM5CAwDjQAMAIEEDACVBAwB2QQMAf0EDAMxBAwDZQQMAIkIDAClCAwB4QgMAe0IDAKSfEQDQQgMAJEMDADFDAwB6QwMAkUMDANBDAwDcQwMA+p8RAC1EAwB8RAMAhEQDANJEAwDWRAMAKEUDADZFAwB+RQMAiEUDANRFAwDfRQMAKkYDADJGAwCARgMAhUYDANZGAwDxRgMALEcDADhHAwCCRwMAiEcDANhHAwDoRwMALkgDAD9IAwCESAMAiUgDANpIAwDeSAMAUKARADlJAwCGSQMAn0kDANxJAwDmSQMAMkoDADhKAwCISgMAikoDAN5KAwDtSgMANEsDAD5LAwCKSwMAkksDAOBLAwDkSwMANkwDAERMAwCMTAMAlkwDAOJMAwDtTAMAOE0DAEBNAwCOTQMAk00DAORNAwD/TQMAOk4DAEZOAwCQTgMAlk4DAOZOAwD2TgMAPE8DAE1PAwCSTwMAl08DAOhPAwDsTwMApqARAEdQAwCUUAMApVADAOpQAwD0UAMAQFEDAE5RAwCWUQMAl1EDAOxRAwD9UQMAQlIDAFZSAwCYUgMAoFIDAO5SAwDyUgMARFMDAFJTAwCaUwMApFMDAPBTAwD7UwMARlQDAE5UAwCcVAMAoVQDAPJUAwANVQMASFUDAFRVAwCeVQMApFUDAPRVAwAEVgMASlYDAFtWAwCgVgMApVYDAPZWAwD6VgMA/KARAFpXAwCiVwMAvVcDAPhXAwAGWAMATlgDAFVYAwCkWAMAsFgDAPpYAwACWQMAUqERAF5ZAwCmWQMAsFkDAPxZAwAHWgMAUloDAFpaAwCoWgMArVoDAP5aAwAZWwMAVFsDAGBbAwCqWwMAsFsDAABcAwAQXAMAVlwDAGdcAwCsXAMAsVwDAAJdAwAGXQMAqKERAGldAwCuXQMAtl0DAAReAwAFXgMAWl4DAF9eAwCwXgMAvl4DAAZfAwATXwMAXF8DAGZfAwCyXwMAvl8DAAhgAwAOYAMAXmADAGZgAwC0YAMAu2ADAAphAwAWYQMAYGEDAGZhAwC2YQMAwmEDAAxiAwAcYgMAYmIDAG5iAwC4YgMAvmIDAA5jAwAaYwMAZGMDAHFjAwC6YwMAyWMDABBkAwAcZAMA/qERAGlkAwC8ZAMAv2QDABJlAwAgZQMAaGUDAH9lAwC+ZQMAy2UDABRmAwAqZgMAamYDAHZmAwDAZgMAzWYDABZnAwAgZwMAbGcDAHRnAwDCZwMAzGcDABhoAwAdaAMAbmgDAHZoAwDEaAMA0GgDABppAwAnaQMAcGkDAHppAwDGaQMAzGkDABxqAwAwagMAcmoDAHpqAwDIagMA1moDAB5rAwArawMAdGsDAHxrAwDKawMA12sDACBsAwAubAMAdmwDAIdsAwDMbAMA1GwDACJtAwA4bQMAeG0DAHptAwDObQMAz20DAFSiEQApbgMAclUOADJuAwB6bgMAiW4DANBuAwDcbgMAJm8DAC5vAwCqohEAgW8DANJvAwDbbwMAKHADADVwAwB+cAMAhXADANRwAwDXcAMAKnEDADJxAwCAcQMAhXEDANZxAwDfcQMALHIDADZyAwCCcgMAinIDANhyAwDdcgMALnMDAD5zAwCEcwMAjHMDANpzAwDgcwMAMHQDADJ0AwCGdAMAk3QDANx0AwDzdAMAMnUDAD51AwAAoxEAlHUDAN51AwD1dQMANHYDAEB2AwCKdgMAkHYDAOB2AwDodgMANncDAD13AwCMdwMAmncDAOJ3AwD9dwMAOHgDAEZ4AwCOeAMAlXgDAOR4AwDweAMAOnkDAEJ5AwBWoxEApHkDAOZ5AwDueQMAPHoDAG16AwCSegMAnnoDAOh6AwDuegMAPnsDAEN7AwCsoxEAoHsDAOp7AwDxewMAQHwDAEh8AwCWfAMAmHwDAOx8AwD2fAMAQn0DAEp9AwACpBEApn0DALSLAwCnfQMA7n0DAPB9AwBEfgMAVX4DAJp+AwCrfgMA8H4DAPx+AwBGfwMATX8DAJx/AwCkfwMA8n8DAB+AAwBIgAMATYADAJ6AAwCfgAMA9IADAP6AAwBKgQMAWIEDAKCBAwClgQMA9oEDAAOCAwBMggMAaIIDAKKCAwC+ggMAWKQRAAWDAwBOgwMAUoMDAKSDAwCqgwMA+oMDAPyDAwBQhAMAUYQDAKaEAwDJhAMA/IQDACCFAwBShQMAf4UDAKiFAwCwhQMA/oUDAAOGAwBUhgMAYYYDAKqGAwCyhgMAAIcDAAKHAwBWhwMAXocDAKyHAwDZhwMAAogDAA+IAwBYiAMAXYgDAK6IAwC7iAMABIkDABCJAwBaiQMAh4kDALCJAwC4iQMABooDACGKAwBcigMAXooDALKKAwDDigMACIsDABGLAwBeiwMAaosDAK6kEQDBiwMACowDABGMAwBgjAMAbIwDALaMAwDJjAMADI0DABSNAwBijQMAZ40DALiNAwDBjQMADo4DABiOAwBkjgMAbI4DALqOAwC/jgMAEI8DACCPAwBmjwMAbo8DALyPAwDVjwMAEpADABeQAwBokAMAcZADAL6QAwDLkAMAFJEDABuRAwBqkQMAbZEDAASlEQDFkQMAFpIDAM2RAwBOFg0AH5IDAGySAwB0kgMAwpIDAM2SAwAYkwMAGpMDAG6TAwCJkwMAxJMDANCTAwAalAMAIpQDAFqlEQB9lAMAxpQDAM6UAwAclQMAKJUDAHKVAwB4lQMAyJUDAM6VAwAelgMAI5YDAHSWAwB6lgMAsKURANeWAwAglwMAKJcDAHaXAwCKlwMAzJcDANGXAwAimAMAK5gDAHiYAwB+mAMAzpgDANaYAwAkmQMAJ5kDAHqZAwCXmQMA0JkDAOGZAwAmmgMALpoDAHyaAwB/mgMA0poDAOaaAwAomwMANZsDAH6bAwCImwMA1JsDANabAwAqnAMAPZwDAFymEQCFnAMA1pwDAOecAwAsnQMANZ0DAIKdAwCYnQMA2J0DAOWdAwAungMANp4DAISeAwCjngMAsqYRAOaeAwAwnwMAOJ8DAAinEQCJnwMA3J8DAOSfAwAyoAMAP6ADAIigAwCNoAMA3qADAOagAwA0oQMANaEDAIqhAwCMoQMA4KEDAOahAwA2ogMAOKIDAIyiAwCiogMA4qIDAO6iAwA4owMAQqMDAI6jAwCaowMA5KMDAOqjAwA6pAMAQqQDAJCkAwDCpAMAXqcRAO+kAwA8pQMARqUDAJKlAwCapQMA6KUDAOmlAwA+pgMARKYDAJSmAwCgpgMA6qYDAOumAwBApwMAQqcDAJanAwCcpwMA7KcDAPinAwBCqAMASagDAJioAwCgqAMA7qgDAPGoAwBEqQMATqkDAJqpAwCcqQMA8KkDAPqpAwBGqgMAUqoDAJyqAwCyqgMA8qoDAP6qAwBIqwMAVasDAJ6rAwCoqwMA9KsDAPyrAwBKrAMAXKwDALSnEQCirAMA9qwDAACtAwBMrQMATq0DAKKtAwC7rQMA+K0DAPqtAwBOrgMAUa4DAKSuAwCwrgMA+q4DAAKvAwAKqBEAZK8DAKavAwCprwMA/K8DAAawAwBSsAMAXrADAKiwAwC+sAMA/rADAAaxAwBUsQMAYrEDAKqxAwCtsQMAALIDAAiyAwBWsgMAWbIDAKyyAwBksgMAurkDALayAwACswMAt7IDAAi2AwAEswMAWLMDAF6zAwCuswMAuLMDAAS0AwAStAMAWrQDAGe0AwCwtAMAx7QDAAa1AwAOtQMAXLUDAGW1AwCytQMAs7UDAGCoEQARtgMAXrYDAGi2AwC0tgMAvrYDAAq3AwAYtwMAYLcDAG23AwC2twMAzbcDAAy4AwAUuAMAYrgDAGm4AwC4uAMAvbgDAA65AwASuQMAZLkDAHG5AwC2qBEAx7kDABC6AwAYugMAZroDAGy6AwC8ugMAyLoDABK7AwAhuwMAaLsDAG27AwC+uwMA2bsDABS8AwAgvAMAarwDAHC8AwDAvAMA1LwDABa9AwAevQMAbL0DAIK9AwDCvQMAx70DABi+AwAfvgMAbr4DAHq+AwAMqREAy74DABq/AwAovwMAcL8DAH2/AwDGvwMA3b8DABzAAwAkwAMAcsADAHjAAwDIwAMA1MADAB7BAwAlwQMAdMEDAILBAwDKwQMAzcEDACDCAwAowgMAdsIDAITCAwDMwgMAz8IDACLDAwAqwwMAeMMDAInDAwDOwwMA08MDACTEAwAmxAMAesQDAIHEAwDQxAMA3sQDACbFAwAzxQMAfMUDAJPFAwDSxQMA2sUDACjGAwAyxgMAfsYDAInGAwDUxgMA4MYDACrHAwAyxwMAYqkRAILHAwDWxwMA4McDACzIAwAuyAMAgsgDAIXIAwDYyAMA5MgDAC7JAwA4yQMAhMkDAIzJAwDayQMA6MkDADDKAwA9ygMAhsoDAI7KAwDcygMA8soDADLLAwA+ywMAiMsDAJ7LAwDeywMA48sDADTMAwA6zAMAiswDAJ7MAwC4qREA48wDADbNAwA+zQMAjM0DAJrNAwDizQMAos0DAEhfCADvzQMAOM4DAEDOAwCOzgMAmM4DAOTOAwDvzgMAOs8DAEbPAwCQzwMAmM8DAA6qEQDszwMAPNADAEHQAwCS0AMAodADAOjQAwD00AMAPtEDAEHRAwCU0QMAl9EDAOrRAwDy0QMAQNIDAEXSAwCW0gMAptIDAOzSAwD00gMAQtMDAEXTAwCY0wMAotMDAO7TAwDw0wMARNQDAErUAwCa1AMApNQDAPDUAwD+1AMARtUDAFPVAwCc1QMAs9UDAPLVAwD61QMASNYDAFHWAwCe1gMAn9YDAGSqEQAA1wMAStcDAE3XAwCmPAoAWdcDAKDXAwBd1wMAMCwKAKrXAwD21wMA/tcDAFJcBAAC2AMAtCQQAATYAwBM2AMAEtgDALAUCQBR2AMAotgDAFnYAwDu1wUAr9gDAPjYAwD72AMASLkKAP7YAwAwAQoAANkDAE7ZAwAC2QMAOKUEAATZAwAicwYAUdkDAD6FCABU2QMAIvQGAFjZAwCk2QMAXNkDAOiICgBe2QMAml0IAKnZAwD62QMAsNkDAG7rBACy2QMAPl4KAALaAwBQ2gMAU9oDAKbaAwCy2gMA/NoDAALbAwBS2wMAbdsDAKjbAwC02wMA/tsDAATcAwBU3AMAXNwDAKrcAwCs3AMAAN0DAK/cAwDM7QMACt0DAFbdAwBe3QMAuqoRAL3dAwAC3gMACd4DAFjeAwBg3gMArt4DALveAwAE3wMACd8DAFrfAwBk3wMAsN8DALjfAwAG4AMACOADABTKCgAL4AMANIAIABDgAwBc4AMAFeADAJj+AwAW4AMAdngJAGLgAwCy4AMAtOADAAjhAwAV4QMAXuEDAGHhAwC04QMAxeEDAAriAwAM4gMAYOIDAGriAwC24gMAwuIDAAzjAwAU4wMAZqsRAGfjAwC44wMAu+MDAA7kAwAY5AMAZOQDAGzkAwC65AMAx+QDABDlAwAS5QMAZuUDAHzlAwC85QMAyOUDABLmAwAa5gMAvKsRAG3mAwC+5gMAzeYDABTnAwAW5wMAaucDAHvnAwDA5wMAy+cDABboAwAb6AMAbOgDAG/oAwDC6AMAzOgDABjpAwAq6QMAbukDAHbpAwDE6QMAzukDABrqAwAf6gMAcOoDAHjqAwDG6gMAyOoDABzrAwAj6wMAcusDAHnrAwDI6wMAzusDAB7sAwAq7AMAdOwDAHfsAwDK7AMAzewDACDtAwA87QMAdu0DAH7tAwBorBEA2e0DACLuAwAq7gMAeO4DAHvuAwDO7gMA0+4DACTvAwAz7wMAeu8DAJrvAwDQ7wMA3O8DACbwAwAw8AMAfPADAITwAwDS8AMA5PADAL6sEQAy8QMAfvEDAIzxAwDU8QMA4fEDACryAwBB8gMAgPIDAIjyAwDW8gMA5fIDACzzAwAx8wMAgvMDAI/zAwDY8wMA5fMDAC70AwA69AMAhPQDAJP0AwDa9AMA5PQDADD1AwA+9QMAhvUDAIv1AwDc9QMA6fUDADL2AwA19gMAiPYDAJD2AwDe9gMA4/YDADT3AwBB9wMAivcDAJL3AwDg9wMA6fcDADb4AwBD+AMAjPgDAJr4AwDi+AMA9fgDADj5AwBA+QMAjvkDAJX5AwDk+QMA6fkDADr6AwBQ+gMAkPoDAJL6AwDm+gMA9PoDADz7AwBJ+wMAkvsDAJr7AwDo+wMA6/sDAD78AwBD/AMAlPwDAKP8AwDq/AMACv0DAED9AwBM/QMAlv0DAKD9AwDs/QMA9P0DAEL+AwBU/gMAFK0RAJ3+AwDu/gMA+/4DAET/AwBR/wMAmv8DAKb/AwDw/wMA//8DAEYABABQAAQAnAAEAKQABADyAAQA/AAEAEgBBABNAQQAngEEAKYBBABqrREAAAIEAEoCBABQAgQAoAIEALsCBAD2AgQAAgMEAEwDBABSAwQAogMEAL4DBAD4AwQAAAQEAMCtEQBWBAQApAQEAK4EBAD6BAQABQUEAFAFBABcBQQApgUEAK4FBAAWrhEACAYEAFIGBABYBgQAqAYEAMMGBAD+BgQACgcEAFQHBABaBwQAqgcEALIHBAAACAQABggEAFYIBABfCAQArAgEALkIBAACCQQADwkEAFgJBABmCQQArgkEALsJBAAECgQAGwoEAFoKBABiCgQAsAoEALUKBAAGCwQAwQoEAAoNBAATCwQAXAsEAGQLBACyCwQAvQsEAAgMBAANDAQAXgwEAGEMBAC0DAQAvgwEAGyuEQAPDQQAYA0EAG8NBAC2DQQAuA0EAAwOBAAdDgQAYg4EAHMOBAC4DgQAzA4EAMKuEQAfDwQAZA8EAGcPBAC6DwQAbA8EANgmCABxDwQA8BcQAMQPBAAQEAQAEhAEAGYQBABwEAQAvBAEAMgQBAASEQQAPBEEAGgRBABzEQQA2iEFAI4RBAC+EQQA8REEABQSBAA6EgQAahIEAJASBADAEgQA9BIEABYTBABBEwQAbBMEAHQTBADCEwQA7BMEABgUBABNFAQAbhQEAJkUBADEFAQAzBQEABoVBAApFQQAcBUEAHUVBADGFQQAzxUEABwWBADTFQQA1h0EAC0WBAByFgQAeRYEAMgWBADQFgQAHhcEACsXBAB0FwQAeRcEAMoXBADUFwQAIBgEACgYBAB2GAQAgBgEAI4kBACFGAQAzBgEANEYBAAiGQQALxkEAHgZBACFGQQAzhkEANoZBAAkGgQAMxoEAHoaBACEGgQA0BoEANgaBAAmGwQAMBsEAHwbBACBGwQA0hsEANobBAAYrxEANBwEAH4cBACEHAQA1BwEAO8cBAAqHQQANh0EAIAdBACGHQQAbq8RAOMdBAAsHgQAOB4EAIIeBACRHgQA2B4EAOIeBAAuHwQAPB8EAIQfBACJHwQA2h8EAOcfBAAwIAQAOCAEAIYgBACQIAQA3CAEAOEgBAAyIQQAOiEEAIghBACLIQQA3iEEAOohBAA0IgQAOiIEAIoiBAClIgQA4CIEAOwiBAA2IwQAPCMEAIwjBACUIwQA4iMEAOQjBAA4JAQAQiQEAMSvEQCUJAQA5CQEAOYkBAA6JQQARyUEAJAlBACTJQQA5iUEAPclBAA8JgQAPiYEAJImBACcJgQA6CYEAPQmBAA+JwQARicEABqwEQCZJwQA6icEAO0nBABAKAQASigEAJYoBACeKAQA7CgEAPkoBABCKQQARCkEAJgpBACuKQQA7ikEAPopBABwsBEAYCoEAJoqBAC2KgQAxrARAPUqBABGKwQAUysEAJwrBACpKwQA8isEAP4rBABILAQAVywEAJ4sBACoLAQA9CwEAAItBABKLQQATy0EAKAtBACtLQQA9i0EAA8uBABMLgQATi4EAKIuBACpLgQAHLERABUvBABOLwQAXy8EAKQvBACwLwQA+i8EAA0wBABQMAQAXzAEAKYwBACyMAQA/DAEAP0wBABSMQQAXDEEAKgxBAC2MQQA/jEEAAMyBABUMgQAYTIEAHKxEQCvMgQAADMEAA0zBABWMwQAYzMEAKwzBAC4MwQAAjQEABE0BABYNAQAYjQEAK40BAC8NAQABDUEAAk1BABaNQQAZzUEALA1BAC4NQQAdLIRAAs2BABcNgQAZDYEAMqyEQC0NgQACDcEABY3BABeNwQAbzcEACCzEQC7NwQAdrMRAA84BABgOAQAaDgEALY4BADFOAQADDkEABE5BABiOQQAbzkEALg5BADFOQQADjoEABo6BABkOgQAczoEALo6BADEOgQAIrQRABI7BAAoMg8AFjsEAEwVDQAjOwQAZjsEAHU7BAC8OwQAyDsEABI8BAATPAQAaDwEAHI8BAC+PAQAzDwEABQ9BAAZPQQAaj0EAHc9BAB4tBEAxD0EABY+BAAhPgQAbD4EAHo+BADCPgQA0z4EABg/BAAkPwQAbj8EAHY/BADOtBEAyT8EABpABAAnQAQAcEAEAH1ABADGQAQA0kAEABxBBAArQQQAckEEAHxBBADIQQQA1kEEAB5CBAArQgQAdEIEAItCBAAktREA10IEACBDBAAtQwQAdkMEAIJDBADMQwQA20MEACJEBAAsRAQAeEQEAIZEBADORAQAlEQEAHLMCQDTRAQAJEUEADFFBAB6RQQAgkUEAHq1EQDcRQQAJkYEADZGBAB8RgQAhUYEANJGBADVRgQAKEcEADRHBAB+RwQAhUcEANC1EQDhRwQAKkgEADlIBACASAQAgUgEANZIBADtSAQALEkEAEZJBACCSQQAjkkEANhJBADrSQQALkoEAD1KBACESgQAkEoEANpKBADbSgQAMEsEADpLBACGSwQAlEsEANxLBADhSwQAMkwEAD9MBAAmthEAokwEAN5MBADtTAQANE0EADZNBACKTQQAOU0EAOxTBACXTQQA4E0EAO1NBAA2TgQAO04EAIxOBACWTgQA4k4EAPFOBAA4TwQAPU8EAI5PBACbTwQA5E8EAPFPBAA6UAQARlAEAJBQBACfUAQA5lAEAPBQBAA8UQQASVEEAJJRBACXUQQA6FEEAOxRBAA+UgQASlIEAJRSBACaUgQA6lIEAPBSBABAUwQARVMEAJZTBACcUwQAfLYRAPlTBABCVAQAT1QEAJhUBACkVAQA7lQEAP1UBABEVQQATlUEAJpVBACoVQQA8FUEAPVVBABGVgQAU1YEAJxWBACjVgQA8lYEAPdWBABIVwQAVFcEAJ5XBAChVwQA9FcEAAFYBABKWAQAT1gEAKBYBACqWAQA9lgEAAJZBABMWQQAX1kEAKJZBACwWQQA+FkEAPtZBABOWgQAWFoEAKRaBACwWgQA+loEAABbBABQWwQAVlsEAKZbBACrWwQA/FsEAAJcBADSthEAXFwEAHQdBwBeXAQArmkJAGFcBACoXAQAqlwEAP5cBAAPXQQAVF0EAGVdBACqXQQAsl0EAABeBAAQXgQAVl4EAFheBACsXgQAul4EAAJfBAATXwQAKLcRAF9fBAB+txEAr18EAARgBAAJYAQAWmAEAApgBABcjAQAYGAEALBgBAC6YAQABmEEABJhBABcYQQAYmEEALJhBAC4YQQACGIEAA1iBABeYgQAZGIEANS3EQDCYgQACmMEACNjBABgYwQAYWMEALZjBADTYwQADGQEABRkBACmhgQAJmQEAGJkBABlZAQAuGQEAL1kBADWuBEAJ2UEAGRlBABqZQQAumUEAHplBACiMAUAvGUEABBmBAAWZgQAZmYEAHpmBAC8ZgQAxGYEABJnBAAfZwQAaGcEAG1nBAC+ZwQAyGcEABRoBAAcaAQAamgEAHtoBADAaAQAxWgEABZpBAAYaQQAbGkEAHNpBADCaQQAzmkEABhqBAAfagQAbmoEAIpqBADEagQAzGoEACy5EQAbawQAcGsEAHxrBADGawQA02sEABxsBAAkbAQAcmwEAHVsBADIbAQA02wEAB5tBAAgbQQAdG0EAHptBADKbQQA1m0EACBuBAAnbgQAdm4EAH5uBADMbgQA0W4EACJvBAA7bwQAeG8EAKRvBADObwQA2m8EACRwBAAzcAQAenAEAIRwBADQcAQA2HAEACZxBAA2cQQAfHEEAIpxBADScQQA43EEAChyBAA0cgQAgrkRAINyBADUcgQA3HIEACpzBAArcwQAgHMEAEBzBACY4wsAnXMEANZzBADecwQALHQEADB0BACCdAQAiHQEANh0BADadAQALnUEAC91BACEdQQAhXUEANp1BADmdQQAMHYEADZ2BACGdgQAjnYEANx2BADedgQAMncEAE13BACIdwQAincEAN53BADsdwQANHgEAEV4BACKeAQAjHgEAOB4BAD5eAQANnkEAEd5BACMeQQAmHkEANi5EQDweQQAOHoEAP55BACcMwgATnoEAI56BACPegQA5HoEAPV6BAA6ewQARnsEAJB7BACmewQA5nsEAPJ7BAA8fAQASXwEAJJ8BACcfAQA6HwEAOp8BAA+fQQASH0EAJR9BACifQQA6n0EAO99BABAfgQATX4EAJZ+BACyfgQA7H4EAPR+BAAuuhEAUH8EAJh/BACxfwQA7n8EAO9/BABEgAQAYYAEAJqABACigAQA8IAEAAGBBABGgQQAVIEEAJyBBAC1gQQA8oEEAPiBBABIggQASoIEAJ6CBACkggQA9IIEAAiDBABKgwQAUoMEAKCDBACtgwQA9oMEAPuDBABMhAQAVoQEAKKEBACqhAQA+IQEAAiFBABOhQQAU4UEAKSFBACthQQA+oUEAAeGBABQhgQAV4YEAIS6EQC3hgQA/IYEAAqHBABShwQAa4cEAKiHBACuhwQA/ocEAACIBABUiAQAWogEAKqIBAC+iAQAAIkEAAiJBABWiQQAY4kEAKyJBACxiQQAAooEAAyKBABYigQAYIoEAK6KBAC+igQABIsEAAmLBABaiwQAY4sEALCLBAC9iwQABowEAA2MBADauhEAYYwEALKMBACzjAQACI0EABSNBABejQQAZI0EALSNBADFjQQACo4EAB6OBABgjgQAb44EALaOBAC7jgQADI8EABmPBABijwQAco8EALiPBADGjwQADpAEACWQBABkkAQAbZAEALqQBADAkAQAEJEEAByRBABmkQQAbZEEALyRBADYkQQAEpIEABqSBAAwuxEAbpIEAL6SBADEkgQAFJMEABmTBABqkwQAcJMEAIa7EQDFkwQAFpQEABiUBABslAQAc5QEAMKUBADQlAQAGJUEACWVBABulQQAhZUEAMSVBADMlQQAGpYEABuWBABwlgQAc5YEAMaWBADalgQAHJcEACuXBABylwQAd5cEAMiXBADJlwQAHpgEADWYBAAyvBEAdpgEAMqYBADXmAQAIJkEAC2ZBAB2mQQAe5kEAMyZBADWmQQAIpoEACqaBAB4mgQAiJoEAM6aBADcmgQAJJsEADGbBAB6mwQAgZsEANCbBADYmwQAJpwEACicBAB8nAQAhJwEANKcBADTnAQAKJ0EAOicBACsNQUALZ0EAH6dBACBnQQA1J0EAN6dBAAqngQAQZ4EAICeBACGngQA1p4EAOKeBAAsnwQAL58EAIKfBACfnwQA2J8EAOmfBAAuoAQANqAEAISgBACLoAQA2qAEAOCgBAAwoQQAPqEEAIahBAChoQQA3KEEAOihBAAyogQAOKIEAIiiBACdogQA3qIEAOaiBAA0owQAPqMEAIqjBACQowQA4KMEAO6jBAA2pAQAQqQEAIykBACTpAQA4qQEAOqkBACIvBEARqUEAI6lBACkpQQA5KUEAPClBAA6pgQAP6YEAJCmBACZpgQA5qYEAPCmBAA8pwQASKcEAAaQBgBYpwQAkqcEAJqnBADevBEA7acEAD6oBABLqAQAlKgEAKGoBADqqAQA9qgEAECpBABPqQQAlqkEAKCpBADsqQQA+qkEAEKqBABHqgQAmKoEAKWqBADuqgQA9qoEADS9EQBSqwQAmqsEALCrBADwqwQA/KsEAEasBABLrAQAnKwEAKWsBADyrAQA/KwEAEitBABQrQQAnq0EAKqtBAD0rQQAB64EAEquBABLrgQAoK4EAK6uBAD2rgQA/K4EAEyvBABYrwQAoq8EAKmvBACKvREAArAEAE6wBABWsAQApLAEAKqwBABq8wkAs7AEAPqwBAD/sAQA1B4FAACxBABQsQQAXLEEAKaxBACosQQA/LEEAAayBABSsgQAXrIEAKiyBACwsgQA4L0RAAazBABUswQAY7MEAKqzBACvswQAALQEAA20BABWtAQAY7QEAKy0BAC4tAQAArUEABG1BABYtQQAYrUEAK61BAC8tQQABLYEAAm2BABatgQAZ7YEALC2BAC4tgQABrcEABC3BABctwQAYbcEALK3BAC6twQACLgEABO4BABeuAQAY7gEALS4BAC3uAQACrkEABS5BABguQQAaLkEADa+EQC7uQQADLoEABu6BABiugQAZLoEALi6BADJugQADrsEABm7BABkuwQAabsEALq7BAC9uwQAELwEABq8BABmvAQAbrwEALy8BAC+vAQAEr0EAB+9BABovQQAb70EAL69BADGvQQAFL4EABW+BABqvgQAb74EAMC+BADGvgQAFr8EACC/BABsvwQAdL8EAIy+EQD4vwQAGMAEAE3ABABuwAQAiMAEAMTABADqwAQAGsEEADTBBABwwQQAlsEEAMbBBADgwQQAHMIEAEXCBABywgQAesIEAMjCBADKwgQAHsMEACvDBAB0wwQAe8MEAMrDBADSwwQAIMQEACHEBAB2xAQAe8QEAMzEBADSxAQAIsUEACzFBAB4xQQAgMUEAOK+EQDqxQQAOL8RACzGBAB6xgQAfMYEANDGBADdxgQAJscEAC3HBAB8xwQAhMcEANLHBADTxwQAKMgEAC3IBAB+yAQAhMgEANTIBADeyAQAKskEADLJBACOvxEAhckEANbJBADYyQQALMoEADPKBACCygQAkMoEANjKBADlygQALssEAEXLBACEywQAjMsEANrLBADkywQAMMwEAPDLBABELAUAO8wEAIbMBACSzAQA3MwEAOTMBADkvxEAM80EAIjNBAA8zQQA7qwFAEjNBABymQUAjc0EAN7NBADhzQQANM4EAD7OBACKzgQAoc4EAODOBADmzgQANs8EAELPBACMzwQAj88EAOLPBAD/zwQAONAEAEnQBACO0AQArdAEAOTQBADs0AQAOtEEADzRBACQ0QQAn9EEAObRBADw0QQAPNIEAErSBACS0gQArdIEAOjSBAD00gQAPtMEAEbTBAA6wBEAoNMEAOrTBAD50wQAQNQEAEXUBACW1AQAnNQEAOzUBADz1AQAQtUEAErVBACY1QQAmtUEAO7VBAD11QQARNYEAEbWBACa1gQAm9YEAPDWBAD61gQARtcEAFLXBACc1wQAotcEAPLXBAAM2AQASNgEAFDYBACe2AQAtNgEAPTYBAAC2QQAStkEAE3ZBACg2QQAo9kEAPbZBAAE2gQATNoEAFnaBACi2gQAudoEAPjaBAAA2wQATtsEAFDbBACk2wQArNsEAPrbBAAR3AQAUNwEAFzcBACm3AQAvNwEAPzcBAAE3QQAUt0EAGDdBACo3QQAst0EAP7dBAAG3gQAVN4EAFveBACq3gQAtt4EAADfBAAB3wQAVt8EAGLfBACs3wQAud8EAALgBAAJ4AQAWOAEAFvgBACu4AQAtuAEAAThBAAJ4QQAWuEEAGfhBACw4QQA4OEEAAbiBAAO4gQAkMARAGTiBABa+xEAeOIEALLiBAC64gQA5sARABbjBABe4wQAYOMEALTjBADF4wQACuQEABLkBABg5AQAbOQEALbkBAC85AQADOUEABLlBABi5QQAZ+UEALjlBAC+5QQAPMERABPmBABk5gQAGuYEAPRADgBs5gQAuuYEAL/mBAAmqAoAwOYEAFjuCwDG5gQAlGALAMnmBAAQ5wQAy+YEAKjrCwDR5gQAil0MABXnBABm5wQAFucEAA6aCQBz5wQAvOcEAMnnBAAS6AQAHugEAGjoBAB36AQAvugEAMjoBACUwhEAHukEAGrpBABv6QQAwOkEAMjpBADqwhEAG+oEAGzqBABv6gQAwuoEAMzqBAAY6wQAQOsEAJbDEQB06wQAxOsEANrrBAAa7AQAKOwEAHDsBAB97AQAxuwEAMjsBAAc7QQAJu0EAHLtBAB+7QQAyO0EAM/tBAAe7gQAJu4EAHTuBAB77gQAyu4EANPuBAAg7wQALO8EAHbvBAB+7wQA7MMRANHvBAAi8AQAKvAEAHjwBACH8AQAzvAEANPwBAAk8QQAMfEEAHrxBACH8QQA0PEEANzxBAAm8gQANfIEAHzyBACG8gQA0vIEAODyBAAo8wQALfMEAH7zBACL8wQA1PMEANzzBAAq9AQANPQEAID0BACO9AQA1vQEAOz0BAAs9QQAOPUEAIL1BACH9QQA2PUEAOH1BAAu9gQAOPYEAELEEQCO9gQA2vYEAOb2BAAw9wQAOPcEAJjEEQCL9wQA3PcEAOn3BAAy+AQAP/gEAIj4BACU+AQA3vgEAO34BAA0+QQAPvkEAIr5BACi+QQA4PkEAOr5BAA2+gQARPoEAIz6BACi+gQA4voEAO76BAA4+wQAPfsEAI77BACX+wQA5PsEAO77BAA6/AQAQvwEAO7EEQCd/AQA5vwEAKb8BADYDREA8/wEADz9BABI/QQAkv0EAKH9BADo/QQA8v0EAD7+BABM/gQAlP4EAKH+BADq/gQAAf8EAED/BABI/wQAlv8EAKD/BADs/wQA8f8EAEIABQBKAAUARMURAKQABQDuAAUA9AAFAEQBBQBfAQUAmgEFAKYBBQDwAQUA9gEFAJrFEQBOAgUA8MURAKECBQDyAgUA/wIFAEgDBQBVAwUAngMFAKoDBQD0AwUAAwQFAEoEBQBUBAUAoAQFAK4EBQD2BAUA+wQFAEwFBQBZBQUAogUFAKoFBQBGxhEABAYFAE4GBQBeBgUApAYFAK0GBQD6BgUA/QYFAFAHBQBcBwUApgcFAK0HBQCcxhEACggFAFIIBQBoCAUAqAgFALQIBQD+CAUABQkFAFQJBQBcCQUAqgkFAK8JBQAACgUACQoFAFYKBQBgCgUA8sYRALEKBQACCwUAuAoFAGAPBQAKCwUAWAsFAF4LBQCuCwUAswsFAAQMBQANDAUAWgwFAGQMBQCwDAUAvAwFAAYNBQAODQUASMcRAGENBQCyDQUAug0FAAgOBQATDgUAXg4FAGMOBQC0DgUAtw4FAAoPBQAUDwUAnscRAGoPBQC2DwUAug8FAAwQBQAREAUAYhAFAGgQBQC4EAUA2BAFAA4RBQAWEQUAZBEFAHIRBQC6EQUAvREFABASBQAYEgUAZhIFAG8SBQC8EgUAyRIFABITBQAYEwUAaBMFAHQTBQC+EwUAwBMFABQUBQAjFAUAahQFAHUUBQDAFAUAwhQFABYVBQAvFQUAbBUFAH0VBQDCFQUAzhUFAPTHEQAgFgUAbhYFAI4WBQDEFgUA0hYFABoXBQAnFwUAcBcFAHcXBQDGFwUA4hcFABwYBQAkGAUASsgRAHcYBQDIGAUA1RgFAB4ZBQArGQUAdBkFAIAZBQDKGQUA2RkFACAaBQAqGgUAdhoFAIsaBQDMGgUA1BoFACIbBQAxGwUAeBsFAHobBQDOGwUA1xsFACQcBQAnHAUAehwFAIYcBQDQHAUA7BwFACYdBQAuHQUAoMgRAIEdBQDSHQUA6B0FACgeBQA0HgUAfh4FAKEeBQD2yBEA4R4FACofBQA3HwUAgB8FAIwfBQDWHwUA5R8FACwgBQA2IAUAgiAFAIogBQDYIAUA4iAFAC4hBQAzIQUAhCEFAIwhBQBMyREA7iEFADAiBQBWIgUAhiIFAKwiBQDcIgUAAiMFADIjBQBdIwUAiCMFAJAjBQDeIwUACCQFADQkBQBqJAUAiiQFALAkBQDgJAUABiUFADYlBQBsJQUAjCUFALclBQDiJQUA6iUFADgmBQA9JgUATocFAEcmBQCOJgUAkyYFAOQmBQDxJgUAOicFAEcnBQCQJwUAnCcFAOYnBQD1JwUAPCgFAEYoBQCSKAUAoCgFAOgoBQDtKAUAPikFAEspBQCUKQUAnCkFAOopBQDwKQUAQCoFAPQpBQCehAUATCoFAJYqBQCmKgUA7CoFAPUqBQBCKwUARSsFAJgrBQCkKwUA7isFAPUrBQCiyREAWCwFAJosBQCdLAUA8CwFAA0tBQBGLQUAVy0FAJwtBQCjLQUA8i0FAAsuBQBILgUAUC4FAJ4uBQC0LgUA9C4FAPkuBQBKLwUAUS8FAKAvBQCpLwUA9i8FAAcwBQBMMAUAWDAFAPjJEQCkMAUA/jMFALYwBQD4MAUA+zAFAE4xBQBrMQUApDEFALUxBQD6MQUACTIFAFAyBQBhMgUApjIFALQyBQD8MgUACDMFAFIzBQBfMwUAqDMFALIzBQBOyhEABDQFAFQ0BQBiNAUAqjQFAKw0BQAANQUABzUFAFY1BQBvNQUApMoRAMA1BQACNgUABTYFAFg2BQB1NgUArjYFAL82BQAENwUADDcFAFo3BQBhNwUAsDcFALY3BQAGOAUAFDgFAFw4BQB3OAUAsjgFAL44BQAIOQUADjkFAF45BQBzOQUAtDkFALw5BQAKOgUAFDoFAGA6BQBmOgUAtjoFAMQ6BQAMOwUAGDsFAGI7BQBpOwUAuDsFAMA7BQD6yhEAFzwFAGQ8BQBxPAUAujwFAMg8BQAQPQUAHz0FAGY9BQBoPQUAvD0FAMY9BQASPgUAID4FAGg+BQBtPgUAvj4FAMs+BQAUPwUAFz8FAGo/BQB2PwUAwD8FANM/BQAWQAUAJUAFAGxABQB4QAUAwkAFAMNABQAYQQUAIkEFAG5BBQB8QQUAxEEFAMlBBQAaQgUAJ0IFAFDLEQB1QgUAxkIFANxCBQAcQwUAMkMFAHJDBQB7QwUAyEMFANVDBQAeRAUALEQFAHREBQCDRAUAykQFAMxEBQAgRQUAKkUFAHZFBQCERQUAzEUFANFFBQAiRgUAL0YFAHhGBQB7RgUAzkYFANZGBQAkRwUANUcFAHpHBQCIRwUA0EcFAN1HBQAmSAUARkgFAHxIBQCESAUA0kgFAOJIBQAoSQUAKkkFAH5JBQCMSQUA1EkFAOVJBQBSzBEAMEoFAIBKBQCMSgUAqMwRAN1KBQAsSwUA40oFAAg9BwAzSwUAgksFAIhLBQDYSwUA5EsFAC5MBQAxTAUAhEwFAIdMBQDaTAUAAk0FADBNBQBTTQUAhk0FAJFNBQDcTQUA4U0FADJOBQA1TgUAiE4FAJJOBQDeTgUABk8FAP7MEQA5TwUAik8FAJdPBQDgTwUA7U8FADZQBQBCUAUAjFAFAJtQBQDiUAUA7FAFADhRBQBAUQUAjlEFAJhRBQDkUQUA6VEFADpSBQBCUgUAVM0RAJ1SBQDmUgUA+lIFADxTBQBEUwUAklMFAJdTBQDoUwUA+FMFAD5UBQBGVAUAlFQFAJ5UBQDqVAUA9VQFAEBVBQBMVQUAllUFAJ5VBQCqzREA7VUFAEJWBQBOVgUAmFYFAKdWBQDuVgUA/FYFAERXBQBUVwUAmlcFAKhXBQDwVwUA/FcFAEZYBQBNWAUAnFgFAKRYBQDyWAUACFkFAEhZBQBcWQUAnlkFAKFZBQD0WQUAEVoFAEpaBQBbWgUAoFoFAKhaBQD2WgUAAVsFAExbBQBRWwUAolsFAKVbBQD4WwUAAlwFAE5cBQBRXAUAAM4RAKZcBQCkYggAqVwFAPpcBQD9XAUAUF0FAFpdBQCmXQUArl0FAPxdBQAbXgUAVs4RAGZeBQCoXgUAzl4FAP5eBQAkXwUAVF8FAHpfBQCqXwUA4l8FAABgBQA2YAUAVmAFAHxgBQCsYAUA0mAFAAJhBQA4YQUAWGEFAHxhBQCuYQUAymEFAARiBQAMYgUArM4RAF9iBQCwYgUAvWIFAAZjBQATYwUAXGMFAGhjBQCyYwUAwWMFAAhkBQASZAUAXmQFAGxkBQC0ZAUAuWQFAAplBQAXZQUAYGUFAGhlBQACzxEAwmUFAAxmBQAcZgUAYmYFAGtmBQC4ZgUAu2YFAA5nBQAaZwUAZGcFAGtnBQBYzxEAyGcFABBoBQAmaAUAZmgFAHJoBQC8aAUAw2gFABJpBQAaaQUAaGkFAG1pBQC+aQUAx2kFABRqBQAeagUArs8RAGtqBQDAagUAzGoFABZrBQAcawUAbGsFAG5rBQDCawUAzGsFABhsBQAmbAUAbmwFAHNsBQDEbAUA0WwFABptBQAibQUAcG0FAHptBQDGbQUA1G0FABxuBQAybgUAcm4FAH5uBQDIbgUAz24FAB5vBQAmbwUAdG8FAHlvBQDKbwUA028FACBwBQAqcAUABNARAHlwBQDMcAUA6XAFACJxBQAzcQUAeHEFAIZxBQDOcQUA5nEFACRyBQAncgUAenIFAJdyBQDQcgUA4XIFACZzBQA+cwUAfHMFAIhzBQDScwUA5XMFACh0BQA3dAUAfnQFAIp0BQDUdAUA1XQFACp1BQA0dQUAgHUFAI51BQDWdQUA23UFACx2BQA5dgUAWtARAId2BQDYdgUA5XYFAC53BQA7dwUAhHcFAJB3BQDadwUA6XcFADB4BQA6eAUAhngFAJR4BQDceAUA4XgFADJ5BQA/eQUAiHkFAJB5BQBc0REA6nkFADR6BQBEegUAinoFAJN6BQDgegUA43oFADZ7BQBCewUAjHsFAJN7BQCy0REA8HsFADh8BQBOfAUAjnwFAJp8BQDkfAUA63wFADp9BQBCfQUAkH0FAJV9BQDmfQUA730FADx+BQBGfgUACNIRAJN+BQDofgUA9H4FAD5/BQBEfwUAlH8FAJZ/BQDqfwUA9H8FAECABQBOgAUAloAFAJuABQDsgAUA+YAFAEKBBQBKgQUAmIEFAKKBBQDugQUA/IEFAESCBQBaggUAmoIFAKaCBQDwggUA94IFAEaDBQBOgwUAnIMFAKGDBQDygwUA+4MFAEiEBQBShAUAXtIRAKyEBQD0hAUACoUFAEqFBQBWhQUAoIUFAKeFBQD2hQUA/oUFAEyGBQBRhgUAooYFAKuGBQD4hgUAAocFALTSEQBPhwUApIcFALCHBQD6hwUAAIgFAFCIBQBSiAUApogFALCIBQD8iAUACokFAFKJBQBXiQUAqIkFALWJBQD+iQUABooFAFSKBQBeigUAqooFALiKBQAAiwUAFosFAFaLBQBiiwUArIsFALOLBQACjAUACowFAFiMBQBdjAUArowFALeMBQAEjQUADo0FAArTEQBcjQUAJCwNAGiNBQCwjQUAwY0FAAaOBQALjgUAXI4FAHOOBQCyjgUAxo4FAAiPBQAgjwUAXo8FAG2PBQC0jwUAuY8FAAqQBQAXkAUAYJAFAG2QBQC2kAUAwpAFAAyRBQAbkQUAYpEFAGyRBQC4kQUAwJEFAA6SBQAskgUAZJIFAGySBQC6kgUAw5IFABCTBQAdkwUAZpMFAGiTBQC8kwUA1ZMFABKUBQAjlAUAaJQFAHSUBQC+lAUAxpQFAGDTEQAZlQUAapUFAHKVBQDAlQUAz5UFABaWBQAblgUAbJYFAHmWBQDClgUAz5YFABiXBQAklwUAbpcFAH2XBQDElwUAzpcFABqYBQAimAUAcJgFAHqYBQDGmAUAy5gFAByZBQAkmQUAttMRAIaZBQDImQUAy5kFAB6aBQA7mgUAdJoFAIWaBQDKmgUAAJsFACCbBQA/mwUAdpsFAH6bBQDMmwUAzpsFACKcBQAxnAUAeJwFAIKcBQDOnAUA3JwFACSdBQA/nQUAep0FAIadBQDQnQUA2J0FAAzUEQAyngUAfJ4FAIueBQDSngUA154FACifBQAunwUAfp8FAIWfBQDUnwUA3J8FACqgBQAsoAUAgKAFAIegBQDWoAUA2KAFACyhBQAtoQUAgqEFAIyhBQDYoQUA5KEFAC6iBQA0ogUAhKIFAJ6iBQDaogUA4qIFADCjBQBGowUAhqMFAJSjBQDcowUA36MFADKkBQA1pAUAiKQFAJakBQDepAUA66QFADSlBQBLpQUAiqUFAJKlBQDgpQUA4qUFADamBQA+pgUAjKYFAKOmBQDipgUA7qYFADinBQBOpwUAjqcFAJanBQDkpwUA8qcFADqoBQBEqAUAkKgFAJioBQDmqAUA7agFADypBQBIqQUAkqkFAJOpBQDoqQUA9KkFAD6qBQBLqgUAlKoFAJuqBQDqqgUA7aoFAECrBQBIqwUAlqsFAJurBQDsqwUA+asFAEKsBQByrAUAmKwFAKCsBQBi1BEA9KwFAEStBQBSrQUAmq0FAKutBQDwrQUA9a0FAEauBQBdrgUAnK4FALCuBQDyrgUAEa8FAEivBQBQrwUAnq8FAKCvBQD0rwUAA7AFAEqwBQBUsAUAoLAFAK6wBQD2sAUAEbEFAEyxBQBYsQUAorEFAKqxBQC41BEABLIFAE6yBQBdsgUApLIFAKmyBQD6sgUAALMFAFCzBQBXswUAprMFAK6zBQD8swUA/rMFAFK0BQBZtAUAqLQFAKq0BQD+tAUA/7QFAFS1BQBetQUAqrUFALa1BQAAtgUABrYFAFa2BQBwtgUArLYFALS2BQACtwUAGLcFAFi3BQBmtwUArrcFALG3BQAEuAUAB7gFAFq4BQBouAUAsLgFAL24BQAGuQUAHbkFAFy5BQBkuQUAsrkFALS5BQAIugUAELoFAF66BQB1ugUAtLoFAMC6BQAKuwUAILsFAGC7BQBouwUAtrsFAMS7BQAMvAUAFrwFAGK8BQBqvAUAuLwFAL+8BQAOvQUAGr0FAGS9BQBlvQUAur0FAMa9BQAQvgUAHb4FAGa+BQBtvgUAvL4FAL++BQASvwUAGr8FAGi/BQBtvwUAvr8FAMu/BQAUwAUARMAFAGrABQBywAUADtURAMXABQAWwQUAMsEFAGzBBQB0wQUAZNURAPvBBQAYwgUAPsIFAG7CBQCXwgUAxMIFAPrCBQAawwUAL8MFAHDDBQB4wwUAxsMFAMnDBQAcxAUAOcQFAHLEBQCDxAUAyMQFAMvEBQAexQUAKMUFAHTFBQB2xQUAysUFANTFBQAgxgUALMYFAHbGBQCSxgUAzMYFANTGBQC61REAVccFAHjHBQB7xwUAzscFAPTHBQAkyAUATcgFAHrIBQCeyAUA0MgFANjIBQAQ1hEAK8kFAHzJBQCJyQUA0skFAN/JBQAoygUANMoFAH7KBQCNygUA1MoFAN7KBQAqywUAOMsFAIDLBQCFywUA1ssFAOPLBQAszAUANMwFAILMBQCMzAUA2MwFAObMBQAuzQUARM0FAITNBQCQzQUA2s0FAN/NBQAwzgUAOc4FAIbOBQCQzgUA3M4FAPjOBQAyzwUAOs8FAGbWEQCKzwUA3s8FAOzPBQA00AUARdAFALzWEQCR0AUAEtcRAOXQBQA20QUAPtEFAIzRBQCb0QUA4tEFAOjRBQA40gUARNIFAI7SBQCQ0gUA5NIFAO7SBQA60wUARtMFAJDTBQCY0wUAvtcRAOvTBQA81AUAS9QFAJLUBQCy1AUA6NQFAPTUBQA+1QUASNUFAJTVBQCc1QUA6tUFAOzVBQBA1gUAUNYFAJbWBQCg1gUA7NYFAPjWBQBC1wUASNcFAJjXBQCg1wUAFNgRAAXYBQBE2AUATNgFAJrYBQCk2AUA8NgFAPXYBQBG2QUATtkFAGrYEQCh2QUA8tkFAPvZBQDCeQwA/9kFAEjaBQAI2gUAQpUPAFLaBQDOWg8AVdoFAJ7aBQCq2gUA9NoFAAPbBQBK2wUAVNsFAKDbBQCo2wUADHILAK7bBQD22wUAA9wFAEzcBQBj3AUAotwFAKrcBQD43AUAAt0FAE7dBQBT3QUApN0FAKzdBQDA2BEAB94FAFDeBQBe3gUApt4FALneBQD83gUABN8FAFLfBQBV3wUAqN8FAK3fBQD+3wUADeAFAFTgBQB04AUAquAFALbgBQAA4QUACuEFAFbhBQBy4QUArOEFALThBQAW2REAFeIFAFjiBQBe4gUAruIFALriBQAE4wUADuMFAFrjBQBg4wUAsOMFAL7jBQAG5AUAEuQFAFzkBQBf5AUAsuQFALPkBQAI5QUAFOUFAF7lBQBk5QUAtOUFALrlBQAK5gUAFuYFAGDmBQB95gUAtuYFAL/mBQAM5wUAGOcFAGLnBQBl5wUAuOcFAMLnBQAO6AUAGugFAGToBQBq6AUAuugFAMDoBQAQ6QUAFekFAGbpBQBs6QUAbNkRAMjpBQAS6gUAFOoFAGjqBQB36gUAvuoFAMnqBQAU6wUAIOsFAGrrBQBx6wUAwOsFAMjrBQAW7AUAIOwFAGzsBQB37AUAwuwFAM7sBQAY7QUAIO0FAG7aEQBw7QUAxO0FANftBQAa7gUAIu4FAHDuBQB27gUAxu4FANLuBQAc7wUAJu8FAHLvBQB47wUAyO8FANbvBQAe8AUAKvAFAHTwBQB38AUAyvAFANLwBQAg8QUAIfEFAHbxBQCC8QUAzPEFANLxBQAi8gUAKvIFAHjyBQB+8gUAzvIFANryBQAk8wUAQfMFAHrzBQCD8wUA0PMFANzzBQAm9AUAKfQFAHz0BQCG9AUA0vQFANr0BQAo9QUAOfUFAH71BQCM9QUA1PUFAOr1BQAq9gUAOPYFAID2BQCK9gUAxNoRAOX2BQAs9wUAN/cFAIL3BQCO9wUA2PcFAN/3BQAu+AUANvgFAIT4BQCO+AUA2vgFAOX4BQAw+QUAPPkFAIb5BQCO+QUAGtsRAN75BQAy+gUARfoFAIj6BQCQ+gUA3voFAOT6BQA0+wUAQPsFAIr7BQCU+wUA4PsFAOb7BQA2/AUARPwFAIz8BQCY/AUA4vwFAOX8BQA4/QUAQP0FAI79BQCP/QUA5P0FAPD9BQA6/gUAQP4FAJD+BQCY/gUA5v4FAOz+BQA8/wUASP8FAJL/BQCv/wUA6P8FAPH/BQA+AAYASgAGAJQABgCXAAYA6gAGAPQABgBAAQYASAEGAJYBBgCnAQYA7AEGAPoBBgBCAgYAWAIGAJgCBgCmAgYA7gIGAPgCBgBEAwYATAMGAJoDBgC9AwYAcNsRAPsDBgBGBAYAVAQGAJwEBgCrBAYA8gQGAP0EBgBIBQYAUAUGAJ4FBgCsBQYA9AUGAPcFBgBKBgYAUgYGAMbbEQCuBgYA9gYGAPkGBgBMBwYAVAcGAKReBgBYBwYABjoGAFsHBgCuDQYAaAcGAKIHBgC+BwYAHNwRAPoHBgBOCAYAWwgGAKQIBgCxCAYA+ggGAP8IBgBQCQYAWgkGAKYJBgC1CQYA/AkGAAEKBgBSCgYAXwoGAKgKBgC1CgYA/goGAAoLBgBUCwYAYwsGAKoLBgC0CwYAAAwGAAwMBgBWDAYAXAwGAKwMBgCyDAYAAg0GAAcNBgBYDQYAXg0GAHLcEQCzDQYARi8GAL8NBgAEDgYAEg4GAFoOBgBmDgYAsA4GAL0OBgAGDwYAEA8GAFwPBgB4DwYAsg8GAM4PBgDI3BEAChAGAF4QBgBrEAYAtBAGAMEQBgAKEQYADxEGAGARBgBqEQYAthEGAMURBgAMEgYAERIGAGISBgBvEgYAuBIGAMUSBgAOEwYAGhMGAGQTBgBzEwYAuhMGAMQTBgAQFAYAHBQGAGYUBgBsFAYAvBQGAMIUBgASFQYAFxUGAGgVBgBuFQYAHt0RAMoVBgAUFgYAGxYGAGoWBgB4FgYAwBYGAMMWBgAWFwYAHhcGAGwXBgBxFwYAwhcGAM8XBgAYGAYAIBgGAHTdEQBzGAYAxBgGANMYBgAaGQYAHBkGAHAZBgCBGQYAxhkGANEZBgAcGgYAIRoGAHIaBgB1GgYAyBoGANIaBgAeGwYAOhsGAMrdEQB7GwYAyhsGANgbBgAgHAYAIxwGAHYcBgCFHAYAzBwGANEcBgAiHQYALx0GAHgdBgCFHQYAzh0GANodBgAkHgYAMx4GAHoeBgCEHgYA0B4GAN4eBgAmHwYAKx8GAHwfBgCJHwYA0h8GAN4fBgAoIAYAOyAGAH4gBgCNIAYA1CAGAOAgBgAqIQYAKyEGAIAhBgCKIQYA1iEGAOQhBgAsIgYAMSIGAIIiBgCPIgYAIN4RANoiBgAuIwYAPCMGAIQjBgCVIwYAIt8RAOEjBgB43xEANSQGAIYkBgCOJAYA3CQGAOskBgAyJQYANyUGAIglBgCVJQYA3iUGAOslBgA0JgYAQCYGAIomBgCZJgYA4CYGAOomBgAk4BEAOCcGAIwnBgCnJwYA4icGAOQnBgA4KAYAUigGAI4oBgCbKAYA5CgGAPAoBgA6KQYARCkGAJApBgCqKQYA5ikGAPUpBgA8KgYAQSoGAJIqBgCfKgYA6CoGAPUqBgA+KwYASisGAJQrBgCjKwYA6isGAPQrBgBALAYATCwGAJYsBgCpLAYA7CwGAPssBgBCLQYATi0GAJgtBgCZLQYA7i0GAPgtBgBELgYAUi4GAJouBgCfLgYA8C4GAP0uBgB64BEAUy8GAJwvBgCpLwYA8i8GAP4vBgBIMAYAVzAGAJ4wBgCoMAYA9DAGAAIxBgBKMQYATzEGAKAxBgCtMQYA9jEGAAIyBgBMMgYAXzIGAKIyBgCxMgYA+DIGAAQzBgBOMwYATzMGAKQzBgCuMwYA+jMGAAg0BgBQNAYAVTQGAKY0BgCzNAYA0OARAAk1BgBSNQYAVDUGAKg1BgDBNQYA/jUGAA82BgBUNgYAYDYGAKo2BgCyNgYA0uERAAU3BgBWNwYAXjcGAKw3BgC7NwYAAjgGAAc4BgBYOAYAZTgGAK44BgC7OAYABDkGABA5BgBaOQYAaTkGALA5BgC6OQYAKOIRABk6BgBcOgYAazoGALI6BgC+OgYACDsGAAk7BgBeOwYAaDsGALQ7BgDCOwYACjwGAA88BgBgPAYAbTwGAH7iEQC7PAYADD0GABk9BgBiPQYAbz0GALg9BgDEPQYADj4GAB0+BgBkPgYAbj4GALo+BgDIPgYAED8GABU/BgBmPwYAcz8GALw/BgDEPwYAgOMRAB5ABgBoQAYAeEAGAL5ABgDHQAYAFEEGABdBBgBqQQYAdkEGAMBBBgDHQQYA1uMRACFCBgBsQgYAbUIGAMJCBgDaQgYAGEMGACVDBgBuQwYAekMGAMRDBgDOQwYAGkQGAB5EBgBwRAYAdUQGAMZEBgDMRAYAHEUGADxFBgByRQYAikUGAMhFBgDfRQYAHkYGACpGBgB0RgYAfkYGAMpGBgDMRgYAIEcGACdHBgB2RwYAfUcGAMxHBgDSRwYAIkgGAC5IBgB4SAYAe0gGAM5IBgDRSAYAJEkGADBJBgB6SQYAfUkGACzkEQDVSQYAJkoGAC5KBgB8SgYAgkoGANJKBgDXSgYAKEsGADFLBgB+SwYAiEsGANRLBgDgSwYAKkwGADJMBgCC5BEAhUwGANZMBgDeTAYALE0GADdNBgCCTQYAh00GANhNBgDbTQYALk4GADhOBgDY5BEAjE4GANpOBgDeTgYAME8GADJPBgCGTwYAiU8GANxPBgDkTwYAMlAGAD9QBgCIUAYAjVAGAN5QBgDoUAYANFEGADxRBgCKUQYAi1EGAOBRBgDlUQYANlIGADlSBgCMUgYAj1IGAOJSBgDwUgYAOFMGAFFTBgCOUwYAn1MGAORTBgDwUwYAOlQGAEJUBgAu5REAlVQGAOZUBgDuVAYAPFUGAEtVBgCSVQYAl1UGAOhVBgD1VQYAPlYGAEtWBgCUVgYAoFYGAOpWBgD5VgYAQFcGAEpXBgCWVwYAnlcGAOxXBgD2VwYAQlgGAEdYBgCYWAYAoFgGAITlEQD5WAYARFkGAFBZBgCaWQYAolkGANrlEQD8WQYARloGAE1aBgCcWgYAqloGAPJaBgD1WgYASFsGAFBbBgCeWwYAoVsGAPRbBgAAXAYASlwGAFBcBgCgXAYAu1wGAPZcBgACXQYATF0GAFJdBgCiXQYAxV0GAPhdBgD7XQYATl4GAHJeBgAw5hEAs14GAPpeBgD/XgYAUF8GAF1fBgCmXwYAs18GAPxfBgAIYAYAUmAGAGFgBgCoYAYAsmAGAP5gBgAMYQYAVGEGAFlhBgCqYQYAt2EGAABiBgAIYgYAhuYRAGNiBgCsYgYAtGIGAAJjBgAbYwYAWGMGAF5jBgCuYwYAs2MGAARkBgAkZAYAWmQGAGZkBgCwZAYAvWQGAAZlBgAOZQYAXGUGAF9lBgCyZQYAvGUGAAhmBgAKZgYAXmYGAGhmBgC0ZgYAwGYGANzmEQAgZwYAYGcGAGxnBgC2ZwYAu2cGAAxoBgC+ZwYAJOISABVoBgBiaAYAbGgGALhoBgDAaAYAmGAKAMRoBgAOaQYA22gGALydCgAUaQYAZGkGACFpBgBAZQ0AamkGALppBgC/aQYAEGoGABZqBgAy5xEAdGoGALxqBgDSagYAEmsGAB5rBgBoawYAbWsGAL5rBgDHawYAFGwGAB5sBgBqbAYAcmwGAMBsBgDPbAYAFm0GABttBgBsbQYAeW0GAMJtBgDPbQYAGG4GACRuBgBubgYAfW4GAMRuBgDObgYAGm8GAChvBgBwbwYAfW8GAMZvBgDdbwYAHHAGACRwBgBycAYAfHAGAMhwBgDNcAYAHnEGACZxBgA06BEAgHEGAMpxBgDQcQYAIHIGADtyBgB2cgYAgnIGAMxyBgDScgYAiugRAChzBgBGFA4ANXMGAHhzBgCHcwYAznMGANpzBgAkdAYAJXQGAHp0BgCEdAYA0HQGAN50BgAmdQYAK3UGAHx1BgCJdQYA4OgRANd1BgAodgYAMHYGAH52BgCBdgYA1HYGAN12BgAqdwYAOXcGAIB3BgCLdwYA1ncGAN53BgAseAYAPHgGAIJ4BgCQeAYA2HgGAOl4BgAueQYAOnkGAIR5BgCMeQYA4ukRAOB5BgAwegYAOHoGAIZ6BgCNegYA3HoGAOp6BgAyewYAOHsGAIh7BgCUewYA3nsGAO17BgA0fAYAPnwGAIp8BgCPfAYA4HwGAOZ8BgA2fQYASn0GAIx9BgCUfQYA4n0GAAx+BgA4fgYAQX4GAI5+BgCbfgYA5H4GAPJ+BgA6fwYATX8GAJB/BgCsfwYAOOoRAOt/BgA8gAYASYAGAJKABgCfgAYA6IAGAPSABgA+gQYATYEGAJSBBgCegQYA6oEGAPiBBgBAggYARYIGAJaCBgCjggYA7IIGAPSCBgCO6hEAToMGAJiDBgCogwYA7oMGAPeDBgBEhAYAR4QGAJqEBgCmhAYA8IQGAPeEBgDk6hEAcIUGAJyFBgClhQYA8oUGAP+FBgBIhgYAVoYGAJ6GBgCxhgYA9IYGABCHBgA66xEAWIcGAKCHBgC2hwYA9ocGAAKIBgBMiAYAU4gGAKKIBgCqiAYA+IgGAP2IBgBOiQYAV4kGAKSJBgCuiQYAkOsRAPuJBgBQigYAXIoGAKaKBgCsigYA/IoGAP6KBgBSiwYAXIsGAKiLBgC2iwYA/osGAAOMBgBUjAYAYYwGAKqMBgCyjAYAAI0GAAqNBgBWjQYAZI0GAKyNBgDCjQYAAo4GAA6OBgBYjgYAX44GAK6OBgC2jgYABI8GAAmPBgBajwYAY48GALCPBgC6jwYA5usRAAyQBgBckAYAYpAGALKQBgC3kAYACJEGAA6RBgA87BEAY5EGALSRBgDBkQYACpIGABeSBgBgkgYAbJIGALaSBgDFkgYADJMGABaTBgBikwYAcJMGALiTBgC9kwYADpQGABuUBgBklAYAbJQGAD7tEQDIlAYAEJUGACaVBgBmlQYAcpUGALyVBgDBlQYAEpYGABuWBgBolgYAcpYGAJTtEQDKlgYAFJcGACWXBgBqlwYAdpcGAMCXBgDPlwYAFpgGACCYBgBsmAYAepgGAMKYBgDHmAYAGJkGACWZBgBumQYAeJkGAMSZBgB6mQYAdp0GANKZBgAamgYAMJoGAHCaBgB8mgYAxpoGAMuaBgAcmwYAJZsGAHKbBgB8mwYAyJsGANSbBgAenAYAJJwGAHScBgB6nAYAypwGAM+cBgAgnQYAJp0GAOrtEQB8nQYAzJ0GANKdBgAingYAJ54GAHieBgB+ngYAQO4RANyeBgAknwYAOp8GAHqfBgCGnwYA0J8GANWfBgAmoAYAL6AGAHygBgCGoAYA0qAGAN6gBgAooQYAO6EGAH6hBgCNoQYA1KEGAOChBgAqogYAK6IGAICiBgCKogYA1qIGAOSiBgAsowYAMaMGAIKjBgCPowYAlu4RAOejBgAupAYATqQGAISkBgCQpAYA2qQGAOSkBgAwpQYANaUGAIalBgCHpQYA3KUGAOilBgAypgYAP6YGAIimBgCUpgYA3qYGAPGmBgA0pwYAQ6cGAIqnBgCWpwYA4KcGAOGnBgA2qAYAQKgGAIyoBgCaqAYA4qgGAOeoBgA4qQYARakGAOzuEQCqqQYAQu8RAOqpBgA6qgYAQKoGAJCqBgCVqgYA5qoGAOyqBgCY7xEAQasGAJKrBgCVqwYA6KsGAPSrBgA+rAYARKwGAJSsBgCvrAYA6qwGAPasBgBArQYARq0GAJatBgCYrQYA7K0GAAeuBgBCrgYARK4GAJiuBgCmrgYA7q4GAP+uBgBErwYARq8GAJqvBgCzrwYA8K8GAAGwBgBGsAYAUrAGAJrwEQCmsAYA8rAGAACxBgBIsQYAXrEGAJ6xBgCqsQYA9LEGAPmxBgBKsgYAU7IGAKCyBgCqsgYA9rIGAP6yBgBMswYAUbMGAKKzBgCxswYA+LMGAAe0BgBOtAYAV7QGAKS0BgCqtAYA+rQGAAC1BgBQtQYAXLUGAKa1BgCttQYA/LUGAAS2BgBStgYAVLYGAKi2BgC4tgYA/rYGAAi3BgBUtwYAYLcGAKq3BgCwtwYAALgGAAi4BgDw8BEAYrgGAKy4BgC9uAYAArkGAA65BgBYuQYAZ7kGAK65BgC4uQYABLoGABK6BgBaugYAX7oGALC6BgC9ugYABrsGAA67BgBcuwYAZrsGADbTBgBouwYAsrsGALi7BgAIvAYADrwGAF68BgBjvAYAtLwGALq8BgBG8REAFr0GAGC9BgBmvQYAtr0GANG9BgAMvgYAGL4GAGK+BgBovgYAuL4GAMC+BgAOvwYAEb8GAGS/BgBwvwYAur8GAMu/BgAQwAYAHMAGAGbABgB1wAYAvMAGAMbABgASwQYAIMEGAGjBBgBtwQYAvsEGAMvBBgAUwgYAHMIGAGrCBgB0wgYAwMIGAM7CBgAWwwYALMMGAGzDBgB4wwYAwsMGAMfDBgAYxAYAIcQGAG7EBgB4xAYASPIRAMrEBgAaxQYAIMUGAHDFBgB8xQYAxsUGANPFBgAcxgYAJsYGAHLGBgB6xgYAyMYGANLGBgAexwYAI8cGAHTHBgB1xwYAyscGAM/HBgAgyAYAMcgGAHbIBgB7yAYAzMgGAOPIBgAiyQYANskGAHjJBgCUyQYAzskGANbJBgCe8hEALMoGAHrKBgCEygYA0MoGAOTKBgAmywYAJ8sGAHzLBgCIywYA0ssGAO7LBgAozAYAMMwGAPTyEQCHzAYA1MwGAOLMBgAqzQYA48wGAPw+CwA0zQYAgM0GAILNBgDWzQYA780GACzOBgA9zgYAgs4GAI7OBgDYzgYA4M4GAErzEQA6zwYAhM8GAIrPBgDazwYA9c8GADDQBgA80AYAhtAGAIzQBgDc0AYA39AGADLRBgA60QYAiNEGAJjRBgDe0QYA49EGADTSBgA90gYAitIGAJfSBgDg0gYA59IGAKDzEQBE0wYAjNMGAKLTBgDi0wYA7tMGADjUBgA91AYAjtQGAJfUBgDk1AYA7tQGADrVBgBW1QYAkNUGAJjVBgD28xEA69UGADzWBgBE1gYAktYGAJTWBgDo1gYAA9cGAD7XBgBA1wYAlNcGAKLXBgDq1wYA+9cGAEDYBgBC2AYAltgGAK/YBgDs2AYA/dgGAELZBgBO2QYAmNkGAKDZBgBM9BEA+tkGAETaBgBK2gYAmtoGALXaBgDw2gYA/NoGAEbbBgBM2wYAnNsGAJ/bBgCi9BEAD9wGAEjcBgBJ3AYAntwGAK3cBgD03AYA+dwGAErdBgBX3QYAoN0GAK3dBgD23QYAAt4GAEzeBgBb3gYAot4GAKzeBgD43gYABt8GAE7fBgBT3wYApN8GALHfBgD63wYABuAGAFDgBgBW4AYApuAGAGPgBgAm9gYArOAGAPzgBgAB4QYAUuEGAFjhBgD49BEAreEGAP7hBgAe4gYAVOIGAGDiBgCq4gYAsOIGAADjBgAI4wYArg8HAAnjBgBW4wYAY+MGAKzjBgCy4wYAAuQGAA7kBgBY5AYAWuQGAK7kBgC95AYABOUGAA/lBgBa5QYAXOUGALDlBgDJ5QYABuYGABfmBgBc5gYAaOYGALLmBgC+5gYACOcGABvnBgBe5wYAbecGALTnBgDA5wYACugGAAvoBgBg6AYAaugGALboBgDE6AYADOkGABHpBgBi6QYAb+kGAE71EQDF6QYADuoGACLqBgBk6gYAgOoGALrqBgDW6gYApPURAB/rBgBm6wYAZ+sGALzrBgDL6wYAEuwGABfsBgBo7AYAdewGAL7sBgDL7AYAFO0GACDtBgBq7QYAee0GAMDtBgDK7QYAFu4GACTuBgBs7gYAce4GAMLuBgDP7gYAGO8GACjvBgBu7wYAcO8GAMTvBgDS7wYAGvAGACvwBgD69REAd/AGAFD2EQDL8AYAHPEGACnxBgBy8QYAf/EGAMjxBgDO8QYAHvIGACryBgB08gYAhPIGAMryBgDT8gYAIPMGACPzBgB28wYAgvMGAMzzBgDT8wYApvYRAC70BgB49AYAiPQGAM70BgDX9AYAJPUGACf1BgB69QYAhvUGAND1BgDX9QYA/PYRADX2BgB89gYAiPYGANL2BgDT9gYAKPcGADL3BgB+9wYAjPcGANT3BgDZ9wYAKvgGADf4BgBS9xEAhfgGANb4BgDl+AYALPkGAEz5BgCC+QYAjvkGANj5BgDi+QYALvoGADb6BgCE+gYAkPoGANr6BgDg+gYAMPsGADb7BgCG+wYAi/sGANz7BgDi+wYAVPgRADf8BgCI/AYAkfwGAN78BgDv/AYANP0GADv9BgCK/QYAkv0GAOD9BgDt/QYANv4GADv+BgCM/gYAlv4GAOL+BgDq/gYAOP8GAEf/BgCO/wYAk/8GAOT/BgDx/wYAOgAHAEcABwCQAAcAnAAHAOYABwD1AAcAPAEHAEYBBwCSAQcAmgEHAOgBBwDyAQcAPgIHAEMCBwCUAgcAnAIHAFb5EQDvAgcAQAMHAEMDBwCWAwcAoAMHAKz5EQDyAwcAQgQHAEcEBwCYBAcAuAQHAO4EBwD6BAcARAUHAEoFBwCaBQcAnQUHAPAFBwDyBQcARgYHAGEGBwCcBgcAngYHAPIGBwAABwcASAcHAFkHBwCeBwcAoAcHAPQHBwANCAcASggHAFsIBwCgCAcArAgHAAL6EQAGCQcATAkHAGwJBwCiCQcApAkHAPgJBwAECgcABCIQAAcKBwAiHwcAFAoHAJIsBwAkCgcATgoHAFEKBwCkCgcAswoHAPoKBwD/CgcAUAsHAF0LBwCmCwcAswsHAPwLBwAIDAcAUgwHAGEMBwCoDAcAsgwHAP4MBwAMDQcAVA0HAFkNBwCqDQcAtw0HAAAOBwAMDgcAVg4HAFwOBwCsDgcAsg4HAAIPBwAHDwcAWA8HAF4PBwBY+hEAxA8HAAQQBwAGEAcAWhAHAG4QBwCwEAcAuBAHAAYRBwATEQcAXBEHAGERBwCyEQcAvBEHAAgSBwAQEgcAXhIHAHcSBwC0EgcAwBIHAAoTBwASEwcArvoRAHsTBwC2EwcAuBMHAAwUBwAaFAcAYhQHAHMUBwC4FAcAuhQHAA4VBwAnFQcAZBUHAHUVBwC6FQcAxhUHAAT7EQAVFgcAZhYHAG8WBwC8FgcAzRYHABIXBwAZFwcAaBcHAHAXBwC+FwcAyxcHABQYBwAZGAcAahgHAHQYBwDAGAcAyBgHABYZBwAvGQcAbBkHAHgZBwDCGQcAyhkHALD7EQAbGgcAbhoHAHgaBwDEGgcAxhoHABobBwAzGwcAcBsHAIEbBwDGGwcA1BsHABwcBwAfHAcAchwHAH0cBwDIHAcA1BwHAB4dBwAlHQcABvwRAHkdBwDKHQcA0h0HACAeBwAuHgcAdh4HAHceBwDMHgcA5x4HAFz8EQAnHwcAeB8HAIUfBwDOHwcA2x8HACQgBwAwIAcAeiAHAIkgBwDQIAcA2iAHACYhBwA0IQcAfCEHAIEhBwDSIQcA3yEHACgiBwA0IgcAfiIHAIQiBwDUIgcA2iIHACojBwAvIwcAgCMHAIYjBwCy/BEA4yMHACwkBwAuJAcAgiQHAJskBwDYJAcA6SQHAC4lBwA6JQcAhCUHAIwlBwC0/REA3yUHADAmBwA4JgcAhiYHAJ8mBwDcJgcA4SYHADInBwA3JwcAiCcHAJInBwDeJwcA4ScHADQoBwA+KAcAiigHAJAoBwDgKAcA4igHADYpBwA3KQcAjCkHAJQpBwDiKQcA8ikHADgqBwA+KgcAjioHAJMqBwDkKgcA+ioHADorBwBCKwcAkCsHALorBwDmKwcACSwHADwsBwBbLAcACv4RAJosBwBg/hEA+SwHAD4tBwBMLQcAlC0HAKAtBwDqLQcA9y0HAEAuBwBKLgcAli4HAJ4uBwDsLgcA9y4HAEIvBwBELwcAmC8HAJsvBwDuLwcA9i8HAEQwBwBKMAcAmjAHAKMwBwDwMAcA/TAHAEYxBwBOMQcAnDEHAKExBwDyMQcA+zEHAEgyBwBSMgcAnjIHAKYyBwD0MgcA+TIHAEozBwBaMwcAoDMHAKgzBwD2MwcA+DMHAEw0BwBnNAcAojQHAKQ0BwD4NAcABjUHAE41BwBfNQcApDUHAKY1BwD6NQcAEzYHAFA2BwBhNgcApjYHALI2BwD8NgcABDcHALb+EQBYNwcAqDcHAK03BwD+NwcAHjgHAFQ4BwBgOAcAqjgHALA4BwAAOQcAAzkHAFY5BwBeOQcArDkHALY5BwACOgcABzoHAFg6BwBgOgcArjoHALg6BwAEOwcABjsHAFo7BwBrOwcAsDsHANA7BwAGPAcADjwHAFw8BwBmPAcAsjwHALc8BwAM/xEAHD0HAF49BwBmPQcAtD0HALk9BwAKPgcAGj4HAGA+BwBoPgcAtj4HAMA+BwAMPwcAFz8HAGI/BwBuPwcAuD8HAMA/BwBi/xEAGkAHAGRABwBwQAcAukAHAMFABwAQQQcAGEEHAGZBBwB/QQcAvEEHAMJBBwASQgcAF0IHAGhCBwCIQgcAvkIHAMpCBwAUQwcAGkMHAGpDBwBtQwcAuP8RAMJDBwAWRAcAzkMHAE4eEQAZRAcAbEQHAHZEBwDCRAcA0EQHABhFBwAnRQcAbkUHAHFFBwDERQcAhkUHAJiFBwCKRQcAqmMHANBFBwAaRgcAHEYHAHBGBwB2RgcAxkYHANVGBwAcRwcAJ0cHAHJHBwB6RwcAGMYHAIxHBwDIRwcA1EcHAB5IBwAxSAcAdEgHAINIBwDKSAcA1kgHACBJBwAhSQcAdkkHAIBJBwDMSQcA2kkHACJKBwAnSgcAeEoHAIVKBwAOABIA6EoHACRLBwAzSwcAeksHAH9LBwDQSwcA3UsHACZMBwAzTAcAfEwHAIhMBwDSTAcA4UwHAChNBwAyTQcAfk0HAIxNBwDUTQcA2U0HACpOBwA3TgcAgE4HAIxOBwDWTgcA3E4HACxPBwAyTwcAgk8HAIdPBwDYTwcA3k8HAGQAEgAvUAcAhFAHADdQBwAk+wkAO1AHAKDjCQA9UAcAdsoHAE5QBwDaCg8AkFAHANpQBwDgUAcAwJsIAOdQBwAwUQcAM1EHAIZRBwCSUQcA3FEHAN5RBwAyUgcAOFIHAIhSBwCXUgcA3lIHAOlSBwA0UwcANVMHAIpTBwCeUwcA4FMHAPpTBwA2VAcAQlQHAIxUBwCfVAcA4lQHAPFUBwA4VQcARFUHAI5VBwCPVQcA5FUHAO5VBwA6VgcASFYHAJBWBwCVVgcA5lYHAPNWBwC6ABIAVlcHAJJXBwChVwcA6FcHAO1XBwA+WAcAS1gHAJRYBwChWAcA6lgHAPZYBwBAWQcAT1kHAJZZBwCgWQcA7FkHAPpZBwBCWgcAR1oHAJhaBwClWgcA7loHAPpaBwBEWwcASlsHAJpbBwCgWwcA8FsHAPVbBwBGXAcATFwHABABEgCqXAcA8lwHAA1dBwBIXQcAVl0HAJ5dBwCrXQcA9F0HAAteBwBKXgcAWV4HAKBeBwClXgcA9l4HAANfBwBMXwcAWV8HAKJfBwCuXwcA+F8HAAdgBwBOYAcAWGAHAKRgBwCyYAcA+mAHAP9gBwBQYQcAXWEHAKZhBwCpYQcA/GEHAAhiBwBSYgcAWGIHAKhiBwCuYgcA/mIHAANjBwBUYwcAWmMHAGYBEgDGYwcAvAESAAZkBwBWZAcAWGQHAKxkBwC5ZAcAAmUHAAVlBwBYZQcAWWUHAK5lBwCzZQcABGYHAApmBwBaZgcAZGYHALBmBwDMZgcABmcHACJnBwASAhIAYmcHALJnBwC0ZwcACGgHABVoBwBeaAcAYWgHALRoBwC1aAcACmkHAA9pBwBgaQcAZmkHALZpBwDAaQcADGoHAChqBwBiagcAfmoHAGgCEgC+agcADmsHABRrBwBkawcAaWsHALprBwDAawcAvgISABJsBwBmbAcAdGwHALxsBwDNbAcAwAMSABltBwAWBBIAbW0HAL5tBwDGbQcAFG4HABluBwBqbgcAI24HAJKCBwBrbgcAwG4HAMxuBwAWbwcAI28HAGxvBwB0bwcAwm8HAMxvBwAYcAcAJ3AHAG5wBwBvcAcAxHAHAMxwBwAacQcAKXEHAHBxBwB1cQcAxnEHANNxBwAccgcAKXIHAHJyBwB+cgcAyHIHANdyBwAecwcAKHMHAHRzBwCCcwcAynMHAM9zBwAgdAcALXQHAHZ0BwB+dAcAzHQHANZ0BwAidQcAJ3UHAHh1BwCAdQcAwgQSANN1BwAkdgcALXYHAC57BwAxdgcAenYHAId2BwDQdgcA3HYHACZ3BwA1dwcAfHcHAIZ3BwDSdwcA4HcHACh4BwAteAcAfngHAIt4BwDUeAcA3HgHABgFEgA2eQcAgHkHAJB5BwDWeQcA33kHACx6BwAvegcAgnoHAI56BwDYegcA33oHAG4FEgA/ewcAhHsHAIt7BwDaewcA53sHADB8BwBPfAcAhnwHAJB8BwDcfAcA5HwHADJ9BwBBfQcAiH0HAI19BwDefQcA630HADR+BwBBfgcAin4HAJZ+BwDgfgcA734HADZ/BwBAfwcAjH8HAJR/BwDifwcA7H8HADiABwA9gAcAjoAHAJaABwDEBRIA8IAHADqBBwBAgQcAkIEHAKuBBwDmgQcA8oEHADyCBwBCggcAGgYSAJeCBwDoggcA9YIHAD6DBwBLgwcAlIMHAKCDBwDqgwcA+YMHAECEBwBKhAcAcAYSAKCEBwDshAcA8YQHAEKFBwBKhQcAxgYSAKKFBwDuhQcA9IUHAESGBwBGhgcAmoYHAKeGBwDwhgcA84YHAEaHBwBHhwcAnIcHAKGHBwDyhwcA+IcHAEiIBwBSiAcAnogHALiIBwD0iAcAA4kHAEqJBwBPiQcAoIkHAK2JBwD2iQcAA4oHAEyKBwBYigcAoooHALGKBwD4igcAAosHAE6LBwBciwcApIsHAKmLBwD6iwcAB4wHAFCMBwBajAcADpYHAFyMBwCmjAcArIwHAPyMBwACjQcAUo0HAFeNBwCojQcAro0HABwHEgADjgcAVI4HAGGOBwCqjgcAt44HAACPBwAMjwcAVo8HAGWPBwCsjwcAto8HAAKQBwAQkAcAWJAHAF2QBwCukAcAu5AHAASRBwAMkQcAHggSAGCRBwCwkQcAtpEHAAaSBwALkgcAXJIHAGKSBwB0CBIAtJIHAAiTBwARkwcAXpMHAGGTBwC0kwcAwJMHAAqUBwARlAcAYJQHAGiUBwC2lAcAz5QHAAyVBwAglQcAYpUHAH6VBwC4lQcAwJUHACAJEgAclgcAZJYHAHqWBwC6lgcAxpYHABCXBwAVlwcAZpcHAG+XBwC8lwcAxpcHABKYBwAumAcAaJgHAHCYBwB2CRIAw5gHABSZBwAhmQcAapkHAHeZBwDAmQcAzJkHABaaBwAlmgcAbJoHAHaaBwDCmgcA0JoHABibBwAdmwcAbpsHAHubBwDEmwcAzJsHAMwJEgAonAcAcJwHAIacBwDGnAcA0pwHABydBwAhnQcAcp0HAHudBwDInQcA0p0HAB6eBwAmngcAdJ4HAIOeBwDKngcAzJ4HACCfBwApnwcAdp8HAHmfBwDMnwcA2J8HACKgBwApoAcAeKAHAICgBwDOoAcA56AHACShBwA4oQcAeqEHAJahBwDQoQcA2KEHACIKEgArogcAfKIHAImiBwDSogcA36IHACijBwA0owcAfqMHAI2jBwDUowcA3qMHACqkBwA0pAcAgKQHAI6kBwDWpAcA7KQHACylBwA4pQcAgqUHAIelBwDYpQcA4aUHAC6mBwA4pgcAhKYHAJCmBwDapgcA4KYHADCnBwA2pwcAhqcHAIunBwDcpwcA4qcHAHgKEgA+qAcAiKgHAIyoBwDeqAcA7agHADSpBwA5qQcAiqkHAJepBwDgqQcA7akHADaqBwBCqgcAjKoHAJuqBwDiqgcA7KoHADirBwBGqwcAjqsHAJOrBwDkqwcA8asHADqsBwBGrAcAkKwHAJasBwDmrAcA7KwHADytBwBBrQcAkq0HAJitBwDOChIA7a0HAD6uBwBFrgcAlK4HAKCuBwDqrgcA7K4HAECvBwDtrgcA9rQHAFuvBwCWrwcAmK8HAOyvBwD6rwcAQrAHAFOwBwCYsAcAmrAHAO6wBwAHsQcARLEHAFWxBwCasQcAprEHAPCxBwD8sQcARrIHAFmyBwCcsgcAq7IHAPKyBwD+sgcASLMHAEmzBwCeswcAqLMHAPSzBwACtAcASrQHAE+0BwCgtAcArbQHACQLEgD4tAcATLUHAGe1BwCitQcApLUHAPi1BwAGtgcATrYHAF+2BwCktgcAprYHAPq2BwATtwcAULcHAGG3BwCmtwcAsrcHAPy3BwAIuAcAUrgHAGW4BwCouAcAt7gHAP64BwAKuQcAVLkHAFW5BwCquQcAtLkHAAC6BwAOugcAVroHAFu6BwCsugcAuboHACYMEgAHuwcAWLsHAGC7BwCuuwcAsLsHAAS8BwAVvAcAWrwHAGi8BwCwvAcAy7wHAAa9BwASvQcAXL0HAGS9BwAoDRIAt70HAAi+BwAPvgcAXr4HAGq+BwC0vgcAt74HAAq/BwASvwcAYL8HAHC/BwC2vwcAu78HAAzABwAVwAcAYsAHAG/ABwC4wAcAv8AHAA7BBwAWwQcAfg0SAHHBBwC6wQcAwsEHABDCBwAkwgcAZsIHAGvCBwC8wgcAxcIHABLDBwAYwwcAaMMHAHDDBwC+wwcAzcMHABTEBwAlxAcAasQHAHPEBwDAxAcAw8QHABbFBwAgxQcAbMUHAHjFBwDCxQcAyMUHANQNEgAlxgcAbsYHAHPGBwDExgcAy8YHABrHBwAmxwcAcMcHAHjHBwAqDhIA4ccHABzIBwAeyAcAcsgHAIDIBwDIyAcA2cgHAB7JBwAgyQcAdMkHAI3JBwDKyQcA28kHACDKBwAsygcAgA4SAIXKBwDMygcA1coHACLLBwAoywcAeMsHAH7LBwDOywcA2ssHACTMBwArzAcAeswHAILMBwDQzAcA1MwHACbNBwAxzQcAfM0HAIrNBwDSzQcA480HACjOBwA0zgcAfs4HAIbOBwDWDhIA184HACrPBwA0zwcAgM8HAILPBwDWzwcA788HACzQBwA90AcAgtAHAJDQBwDY0AcA29AHAC7RBwA50QcAhNEHAJLRBwDa0QcA59EHADDSBwBH0gcAhtIHAI7SBwDc0gcA3tIHADLTBwA60wcAiNMHAJfTBwDe0wcA49MHADTUBwBB1AcAitQHAJfUBwDg1AcA7NQHADbVBwBF1QcAjNUHAJbVBwDi1QcA8NUHADjWBwA91gcAjtYHAJvWBwDk1gcA7NYHADrXBwBE1wcAkNcHAJXXBwDm1wcA7tcHADzYBwA/2AcAktgHAK/YBwDo2AcA+dgHAD7ZBwBG2QcAlNkHAJfZBwDq2QcA9tkHAEDaBwBG2gcAltoHALHaBwDs2gcA+NoHAELbBwBI2wcALA8SAKfbBwDu2wcA79sHAETcBwB83AcAmtwHAKjcBwDw3AcA8dwHAEbdBwBO3QcAnN0HAKvdBwDy3QcA990HAEjeBwBV3gcAnt4HAKveBwD03gcAAN8HAErfBwBZ3wcAoN8HAKrfBwD23wcABOAHAEzgBwBR4AcAouAHAK/gBwD44AcAAOEHAE7hBwBY4QcApOEHAKnhBwD64QcAAuIHAFDiBwBa4gcApuIHALHiBwD84gcACOMHAFLjBwBa4wcAgg8SAK3jBwD+4wcAAeQHAFTkBwBe5AcAquQHALLkBwDYDxIADuUHAFblBwBs5QcArOUHALjlBwAC5gcAB+YHAFjmBwBh5gcAruYHALjmBwAE5wcADOcHAFrnBwBm5wcAsOcHAMPnBwAG6AcAB+gHAFzoBwBq6AcAsugHALjoBwAI6QcAFOkHAF7pBwBl6QcALhASALXpBwAK6gcAFuoHAGDqBwBt6gcAtuoHAL7qBwAM6wcAFusHAGLrBwBx6wcAuOsHALnrBwAO7AcAFuwHAGTsBwBz7AcAuuwHAL/sBwAQ7QcAHe0HAGbtBwBz7QcAvO0HAMjtBwAS7gcAIe4HAGjuBwBy7gcAvu4HAMzuBwAU7wcAGe8HAGrvBwB37wcAwO8HAMjvBwAW8AcAGvAHAGzwBwB68AcAwvAHAMzwBwAY8QcAI/EHAG7xBwB28QcAxPEHAM/xBwAa8gcAH/IHAHDyBwBz8gcAxvIHANDyBwAc8wcAJPMHAHLzBwCR8wcAhBASANfzBwAe9AcAH/QHAHT0BwB89AcAyvQHAMv0BwAg9QcAJvUHAHb1BwB79QcAzPUHAOf1BwAi9gcAMPYHAHj2BwB/9gcAzvYHANr2BwAk9wcAKvcHAHr3BwCW9wcA0PcHANj3BwDaEBIALPgHAHz4BwCC+AcA0vgHANf4BwAo+QcALvkHADAREgCD+QcA1PkHANv5BwAq+gcANvoHAID6BwCI+gcA3BESAOn6BwAs+wcAYvsHAIL7BwCE+wcAhPwHALf7BwDY+wcA/fsHAC78BwA1/AcAiBISAGj8BwAyEhIAlPwHANr8BwAU/QcA3hISADn9BwC4Sw0AOv0HAI6QDwBN/QcAhv0HAFD9BwCgwg4Al/0HANz9BwDk/QcAMv4HADX+BwCI/gcAlP4HAN7+BwDk/gcANP8HAE//BwCK/wcAlv8HAOD/BwDm/wcANgAIAD4ACACMAAgAqAAIAOIACADqAAgANBMSAEcBCACOAQgAjwEIAOQBCADsAQgAOgIIADsCCACQAggAlgIIAOYCCADrAggAPAMIAFcDCACSAwgAoAMIAOgDCADvAwgAPgQIAEoECACUBAgAmgQIAOoECAAGBQgAQAUIAEgFCACKExIAnAUIAOwFCADyBQgAQgYIAEcGCACYBggAngYIAOATEgDzBggARAcIAEsHCACaBwgApgcIAPAHCAD4BwgAjBQSAFkICACcCAgA0ggIAPIICAD0CAgA9AkIACcJCABICQgAbQkIAJ4JCAClCQgAOBUSANgJCADiFBIABAoIAEoKCACECggAjhUSAKIKCAD2CggA9woIAEwLCABWCwgAogsIALALCAD4CwgAEwwIAE4MCABaDAgApAwIAKwMCADkFRIABg0IAFANCABWDQgApg0IAMENCAD8DQgACA4IAFIOCABYDggAqA4IALAOCAD+DggADA8IAFQPCABXDwgAqg8IALIPCAAAEAgACRAIAFYQCABjEAgArBAIAK4QCAACEQgAHREIAFgRCABaEQgArhEIALwRCAAEEggAFRIIAFoSCABcEggAsBIIAMkSCAAGEwgAFxMIAFwTCABoEwgAshMIALoTCAA6FhIADhQIAF4UCABmFAgAtBQIALsUCAAKFQgADxUIAGAVCABsFQgAthUIALkVCAAMFggAFBYIAGIWCABvFggAuBYIAL0WCAAOFwgAGBcIAGQXCABsFwgAuhcIAMYXCAAQGAgAIxgIAGYYCAB0GAgAvBgIAL8YCAASGQgAHBkIAJAWEgBrGQgAvhkIAMYZCAAUGggAFxoIAGoaCAB2GggAwBoIAMYaCAAWGwgAMRsIAGwbCAB4GwgAwhsIAMgbCAAYHAgAIBwIAG4cCAB8HAgAxBwIAMccCAAaHQgAIh0IAHAdCAB5HQgAxh0IANMdCAAcHggAHh4IAHIeCACNHggAyB4IAMoeCAAeHwgALB8IAHQfCACFHwgAyh8IAMwfCAAgIAgAOSAIAHYgCACHIAgAzCAIANggCAAiIQgAKiEIAOYWEgB+IQgAziEIANYhCAAkIggAKyIIAHoiCAB/IggA0CIIANwiCAAmIwgAKSMIAHwjCACEIwgA0iMIAN8jCAAoJAgALSQIAH4kCACIJAgA1CQIANwkCAAqJQgANiUIAIAlCACTJQgA1iUIAOQlCAAsJggALyYIAIImCACMJggAPBcSANsmCAAuJwgAOicIAIQnCACKJwgA2icIAPUnCAAwKAgAPCgIAIYoCACMKAgA3CgIAOQoCAAyKQgAQCkIAIgpCACLKQgA3ikIAOYpCAA0KggAPSoIAIoqCACXKggA4CoIAOIqCAA2KwgAUSsIAIwrCACOKwgA4isIAPArCAA4LAgASSwIAI4sCACQLAgA5CwIAP0sCAA6LQgASy0IAJAtCACcLQgA5i0IAO4tCACSFxIAQi4IAJIuCACaLggA6C4IAO8uCAA+LwgAQy8IAJQvCACgLwgA6i8IAO0vCABAMAgASDAIAJYwCACjMAgA7DAIAPEwCABCMQgATDEIAJgxCACgMQgA7jEIAPoxCABEMggAVzIIAJoyCACoMggA8DIIAPMyCABGMwgAUDMIAOgXEgCkMwgAPhgSAAA0CABINAgAWTQIAJ40CACqNAgA9DQIAPw0CACUGBIATzUIAKA1CACqNQgA9jUIAP41CABMNggAXDYIAKI2CACnNggA+DYIAAE3CABONwgAWzcIAKQ3CACrNwgA6hgSAPw3CABQOAgA/zcIAMJICQADOAgATsgQAAY4CACSvQ8ACDgIADqwCQBaOAgAgDUQAGE4CACmOAgAtzgIAPw4CAAKOQgAUjkIAG45CACoOQgAxDkIAEAZEgAMOggAVDoIAGE6CACqOggAwToIAAA7CAAMOwgAVjsIAFw7CACsOwgAsjsIAAI8CAAHPAgAWDwIAF48CACWGRIAxDwIAAQ9CAATPQgAWj0IADA9CABkQggAXD0IALA9CAC/PQgABj4IABE+CABcPggAaD4IALI+CAC1PggACD8IALk+CAAiTAgAzj4IAMBFCAAUPwgAXj8IAGQ/CAC0PwgAzz8IAApACAAWQAgAYEAIAGZACAC2QAgAwkAIAAxBCAASQQgAYkEIAGhBCAC4QQgAvUEIAA5CCAAUQggA7BkSAGdCCAC6QggA1kIIABBDCAAYQwgA7hoSAHJDCAC8QwgAwkMIABJECAAtRAgAaEQIAHRECAC+RAgAxEQIABRFCAAcRQgAakUIAItFCABEGxIAyEUIAJobEgAbRggAbEYIAHlGCADCRggAz0YIABhHCAAkRwgAbkcIAH1HCADERwgAzkcIABpICAAiSAgAcEgIAHpICADGSAgA1EgIABxJCAAySQgAckkIAH5JCADISQgAzUkIAB5KCAAnSggAdEoIAH5KCADKSggA0koIACBLCAAqSwgAdksIAHtLCADMSwgA1EsIAPAbEgAuTAgAeEwIAItMCADOTAgA3UwIACRNCAAwTQgAek0IAHtNCADQTQgA2k0IACZOCAA0TggAfE4IAIFOCADSTggA304IAEYcEgAzTwgAfk8IAIpPCADUTwgA2k8IACpQCAA2UAgAgFAIAIhQCABIHRIA2VAIACxRCAA0UQgAglEIAI9RCADYUQgA3VEIAC5SCAA2UggAhFIIAIZSCADaUggA9VIIADBTCAAyUwgAhlMIAJRTCADcUwgA7VMIADJUCAA0VAgAiFQIAKFUCADeVAgA71QIADRVCABAVQgAilUIAJJVCACeHRIA5VUIADZWCABDVggAjFYIAJlWCADiVggA7lYIADhXCABHVwgAjlcIAJhXCADkVwgA8lcIADpYCAA/WAgAkFgIAJ1YCADmWAgA7lgIADxZCAA+WQgAklkIAJxZCADoWQgA8FkIAPQdEgBJWggAlFoIAKJaCADqWggA7VoIAEBbCABIWwgAllsIAKxbCADsWwgA8VsIAEJcCABYXAgAmFwIAKRcCADuXAgA+1wIAERdCABOXQgASh4SAJxdCADwXQgA/l0IAEZeCABXXggAoB4SAKJeCADyXggA/l4IAPYeEgBKXwgAnl8IAKRfCAD0XwgAFGAIAEpgCABWYAgAoGAIAKdgCAD2YAgA/mAIAExhCABTYQgAomEIAK5hCAD4YQgA+mEIAE5iCABVYggATB8SAKdiCAD6YggAAmMIAFBjCABgYwgApmMIAKhjCAD8YwgACmQIAFJkCABjZAgAoh8SAK9kCAD4HxIAC2UIAFRlCABbZQgAqmUIALJlCAAAZggADmYIAFZmCABZZggArGYIALRmCAACZwgACWcIAFhnCABmZwgArmcIALFnCAAEaAgABmgIAFpoCABzaAgAsGgIAMFoCAAGaQgAEmkIAFxpCABjaQgAsmkIALppCAAIaggAEWoIAF5qCABraggAtGoIAL5qCAAKawgAGGsIAGBrCABxawgAtmsIAL5rCAAMbAgAFmwIAGJsCABwbAgAuGwIAM5sCAAObQgAGm0IAGRtCABrbQgAum0IAMJtCAAQbggAFm4IAGZuCABybggAvG4IAMZuCAASbwgAGG8IAGhvCAB8bwgApCASAMxvCAAUcAgALXAIAGpwCACAcAgAwHAIAM9wCAAWcQgAMHEIAGxxCABvcQgAdnYIAHdxCACAewgAe3EIAMJxCADHcQgAGHIIACVyCABucggAe3IIAMRyCADQcggAGnMIAClzCABwcwgAenMIAMZzCADUcwgAHHQIACF0CABydAgAf3QIAMh0CADUdAgAHnUIACR1CAB0dQgAenUIAMp1CADPdQgAIHYIACZ2CAD6IBIAgnYIAMx2CADSdggAIncIAD13CAB4dwgAhHcIAM53CADUdwgAJHgIACt4CAB6eAgAf3gIACh6CACGeAgA0HgIANJ4CAAmeQgALXkIAHx5CACYeQgA0nkIANp5CAD8IRIALHoIAH56CACLeggA1HoIAPB6CAAqewgAMnsIAFIiEgCFewgA1nsIANl7CAAsfAgANnwIAIJ8CACTfAgA2HwIAN18CAAufQgAM30IAIR9CACkfQgA2n0IAON9CAAwfggAMX4IAIZ+CACSfggA3H4IAOJ+CAAyfwgAOH8IAIh/CACNfwgA3n8IAOR/CACoIhIANYAIAIqACACWgAgA4IAIAO2ACAA2gQgAPoEIAIyBCACVgQgA4oEIAO+BCAA4gggARoIIAI6CCAChgggA5IIIAOyCCAA6gwgAPYMIAJCDCACVgwgA5oMIAPWDCAA8hAgAXIQIAJKECACehAgA6IQIAPKECACqIxIASIUIAJSFCACWhQgA6oUIAPSFCABAhggASYYIAJaGCACZhggA7IYIAPSGCABChwgAeYcIAAAkEgCkhwgA7ocIAP2HCABEiAgAZIgIAJqICACmiAgA8IgIAPeICABGiQgAS4kIAJyJCACdiQgA8okIAP6JCABIiggATooIAJ6KCACgiggA9IoIAP6KCABKiwgAWIsIAKCLCACliwgA9osIAAOMCABMjAgAVowIAKKMCACwjAgA+IwIAA6NCABOjQgAWo0IAKSNCACpjQgA+o0IAAOOCABQjggAWo4IAKaOCACyjggA/I4IAA+PCABSjwgAYY8IAKiPCAC0jwgA/o8IAP+PCABUkAgAXpAIAKqQCAC4kAgAAJEIAAWRCABWkQgAY5EIAFYkEgC6kQgAApIIABiSCABYkggAZJIIAK6SCAC1kggABJMIAAyTCABakwgAX5MIALCTCAC5kwgABpQIABCUCABclAgAZJQIALKUCAC2lAgACJUIAAqVCABelQgAbJUIALSVCAC+lQgACpYIABiWCABglggAbZYIALaWCADNlggADJcIABSXCABilwgAcpcIALiXCAC9lwgADpgIABSYCABkmAgAbJgIALqYCAC/mAgAEJkIABGZCABmmQgAcpkIALyZCADCmQgAEpoIABSaCABomggAcpoIAL6aCADMmggAFJsIABmbCABqmwgAd5sIAFglEgDCmwgAFpwIACCcCABsnAgAepwIAMKcCADHnAgAGJ0IACWdCABunQgAcJ0IAMR2CgB4nQgAxJ0IANKdCAAanggAMJ4IAHCeCAB8nggAxp4IAMueCAAcnwgAJZ8IAHKfCAB8nwgAyJ8IANSfCAAeoAgAMaAIAHSgCACDoAgAyqAIANagCAAgoQgAIaEIAHahCACAoQgAzKEIANqhCAAioggAJ6IIAHiiCACFoggAriUSANeiCAAkowgALqMIAHqjCAB8owgA0KMIANqjCAAmpAgAMqQIAHykCACEpAgAsCYSANOkCAAopQgANKUIAH6lCACEpQgA1KUIANalCAAqpggANKYIAICmCACOpggA1qYIANumCAAspwgAOacIAIKnCACKpwgA2KcIAOKnCAAuqAgAPKgIAISoCACaqAgA2qgIAOaoCAAwqQgAN6kIAIapCACOqQgA3KkIAOGpCAAyqggAO6oIAIiqCACSqggA3qoIAPOqCAA0qwgAPasIAIqrCACXqwgA4KsIAOKrCAA2rAgAT6wIAIysCACdrAgA4qwIAO6sCAA4rQgAQK0IAAYnEgCTrQgA5K0IAOytCAA6rggAUK4IAJCuCACVrggA5q4IAO2uCAA8rwgASq8IAJKvCACirwgA6K8IAPyvCAA+sAgARrAIAJSwCACjsAgA6rAIAO+wCABAsQgASbEIAJaxCACjsQgA7LEIAPaxCABCsggATrIIAJiyCACesggAXCcSAPyyCABEswgAWrMIAJqzCACmswgA8LMIAPWzCABGtAgAT7QIAJy0CACmtAgA8rQIAPq0CABItQgATLUIAJ61CACgtQgA9LUIAAK2CABKtggAVLYIAKC2CACutggA9rYIAAO3CABMtwgAY7cIAKK3CACqtwgA+LcIAAi4CABOuAgAU7gIAKS4CACquAgA+rgIAAK5CABQuQgAa7kIAKa5CACouQgA/LkIAA26CABSuggAW7oIAKi6CAC0uggAsicSAAO7CABUuwgAV7sIAKq7CAC0uwgAALwIAAK8CABWvAgAcbwIAKy8CACuvAgAAr0IABC9CABYvQgAab0IAK69CACwvQgABL4IAB2+CABavggAa74IALC+CAC8vggACCgSACO/CABcvwgAbb8IALK/CADOvwgACMAIABDACABeKBIAY8AIALTACAC8wAgACsEIABXBCABgwQgAZcEIALbBCAC5wQgADMIIABbCCABiwggAZcIIALjCCADAwggADsMIABDDCABkwwgAf8MIALrDCAC8wwgAEMQIAB7ECABmxAgAd8QIALzECAC+xAgAEsUIACvFCABoxQgAecUIAL7FCADKxQgAFMYIABzGCAC0KBIAd8YIAMDGCADIxggAFscIACDHCABsxwgAd8cIAMLHCADOxwgAGMgIACDICAAKKRIAc8gIAMTICADJyAgAGskIACvJCABgKRIAfckIAMbJCADIyQgAHMoIADXKCAByyggAg8oIAMjKCADUyggAHssIACbLCAC2KRIAecsIAMrLCADSywgAIMwIAC/MCAB2zAgAfMwIAMzMCADYzAgAIs0IACTNCAB4zQgAgs0IAM7NCADazQgAJM4IACzOCAAMKhIAhs4IANDOCADTzggAJs8IACnPCAB8zwgAis8IANLPCADXzwgAKNAIADXQCABiKhIAj9AIANTQCADc0AgAKtEIAOHQCACS2ggANdEIAIDRCACF0QgA1tEIANnRCAAs0ggANtIIAILSCACl0ggA2NIIANvSCAAu0wgAUtMIAITTCACM0wgAuCoSAODTCAAw1AgAPtQIAIbUCACS1AgA3NQIAOPUCAAy1QgAOtUIAIjVCACY1QgA3tUIAOPVCAA01ggAOtYIAIrWCACS1ggA4NYIAP3WCAA21wgAP9cIAIzXCACY1wgA4tcIAOjXCAA42AgATNgIAI7YCACW2AgA5NgIAPTYCAA62QgAPNkIAJDZCACe2QgA5tkIAPfZCAAOKxIAQ9oIAGQrEgCX2ggA6NoIAO/aCAA+2wgAStsIAJTbCACX2wgA6tsIAPrbCABA3AgAQtwIAJbcCACk3AgA7NwIAP3cCAC6KxIASd0IABAsEgCr3QgA7t0IAP3dCABE3ggAUN4IAJreCACb3ggA8N4IAPreCABG3wgAVN8IAJzfCACh3wgA8t8IAP/fCABmLBIATeAIAJ7gCACn4AgA9OAIAAXhCABK4QgAUeEIAKDhCACo4QgA9uEIAAPiCABM4ggAUeIIAKLiCACs4ggA+OIIAADjCABO4wgAVOMIAKTjCACw4wgA+uMIAPzjCABQ5AgAX+QIAKbkCACx5AgA/OQIAATlCABS5QgAVOUIAKjlCAC15QgA/uUIABLmCABU5ggAXOYIAKrmCAC55ggAAOcIAAXnCABW5wgAY+cIAKznCAC25wgAAugIAAToCABY6AgAZ+gIAK7oCAC46AgABOkIAAzpCABa6QgAW+kIALDpCAC16QgABuoIABTqCABc6ggAaeoIALLqCAC86ggAaC0SAAvrCABe6wgAausIANL6CAB66wgAtOsIALzrCAC+LRIAD+wIAGDsCABo7AgAtuwIALnsCAAM7QgAGO0IAGLtCABo7QgAuO0IANPtCAAO7ggAGu4IAGTuCABq7ggAuu4IAL3uCAAQ7wgAGO8IAGbvCABo7wgAvO8IANfvCAAS8AgAFPAIAGjwCAB28AgAvvAIAM/wCAAU8QgAFvEIAGrxCACD8QgAwPEIANHxCAAW8ggAIvIIAGzyCAB08ggAFC4SAMfyCAAY8wgAHvMIAG7zCAB28wgAxPMIANPzCAAa9AgAH/QIAHD0CAB99AgAxvQIANP0CAAc9QgAKPUIAHL1CACB9QgAyPUIANL1CAAe9ggALPYIAHT2CAB59ggAyvYIANf2CABqLhIALPcIAHb3CAB89wgAzPcIAOf3CAAi+AgALvgIAHj4CAB++AgAzvgIANH4CAAk+QgAMPkIAHr5CACA+QgA0PkIANb5CAAm+ggAK/oIAHz6CACC+ggAwC4SANj6CAAo+wgALvsIAH77CACD+wgA1PsIANr7CAAWLxIAL/wIAID8CACN/AgA1vwIAOP8CAAs/QgAOP0IAIL9CACR/QgA2P0IAOL9CAAu/ggAPP4IAIT+CACJ/ggA2v4IAOf+CAAw/wgASP8IAIb/CACM/wgA3P8IAOj/CAAyAAkAQgAJAIgACQCRAAkA3gAJAOEACQA0AQkAQAEJAIoBCQCRAQkAGDASAOIBCQA2AgkAQAIJAIwCCQCPAgkA4gIJAOoCCQA4AwkAOwMJAI4DCQCaAwkA5AMJAOoDCQA6BAkAVQQJAJAECQCcBAkA5gQJAOwECQBuMBIAXAUJAJIFCQCdBQkA6AUJAO0FCQA+BgkARwYJAJQGCQCXBgkA6gYJAPYGCQBABwkATAcJAAASCQBYBwkAlgcJAJ0HCQDsBwkA8gcJAEIICQBQCAkAmAgJALMICQDuCAkA+ggJAEQJCQBKCQkAmgkJALQJCQDwCQkA/AkJAEYKCQBMCgkAnAoJAKIKCQDyCgkA9woJAEgLCQBOCwkAxDASAKsLCQD0CwkAAAwJAEoMCQBUDAkAoAwJAKQMCQD2DAkA+wwJAEwNCQBSDQkAog0JAMINCQD4DQkABA4JAE4OCQBUDgkApA4JAKoOCQD6DgkA/w4JAFAPCQBWDwkAcDESAKsPCQD8DwkAAxAJAFIQCQBeEAkAqBAJAMQQCQD+EAkABhEJAHIyEgB9EQkAqhEJANARCQDIMhIAExIJAFYSCQBlEgkArBIJALgSCQACEwkAAxMJAFgTCQBiEwkArhMJALwTCQAEFAkACRQJAFoUCQBnFAkAHjMSALgUCQAgNBIACxUJAFwVCQBpFQkAshUJAL8VCQAIFgkAFBYJAF4WCQBtFgkAtBYJAL4WCQAKFwkAGBcJAGAXCQBlFwkAthcJAMMXCQAMGAkAFBgJAHY0EgBuGAkAuBgJAMgYCQAOGQkAFxkJAGQZCQBnGQkAuhkJAMYZCQAQGgkAFxoJAMw0EgBxGgkAvBoJAMgaCQASGwkAGhsJACI1EgB1GwkAvhsJAMUbCQAUHAkAFRwJAGocCQBvHAkAwBwJAM4cCQAWHQkAIx0JAGwdCQB2HQkAwh0JAModCQAYHgkAIR4JAG4eCQB0HgkAxB4JANUeCQAaHwkANh8JAHAfCQB4HwkAeDUSANEfCQAcIAkAJiAJAHIgCQB8IAkAyCAJAMkgCQDONRIAIyEJAHQhCQCBIQkAyiEJANchCQAgIgkALCIJAHYiCQCFIgkAzCIJANYiCQAiIwkAKiMJAHgjCQCCIwkAziMJANMjCQAkJAkALCQJACQ2EgCFJAkA0CQJANwkCQAmJQkALiUJAHo2EgCBJQkA0iUJAOElCQAoJgkASCYJAH4mCQCKJgkA1CYJANomCQAqJwkAMicJAIAnCQCHJwkA1icJANgnCQAsKAkAOCgJAIIoCQCYKAkA2CgJAN0oCQAuKQkAOykJANA2EgCJKQkA2ikJAOkpCQAwKgkAUCoJAIYqCQCSKgkA3CoJAOIqCQAyKwkAOisJAIgrCQCPKwkA3isJAOArCQA0LAkAQCwJAIosCQCgLAkA4CwJAOUsCQA2LQkAQy0JAIwtCQCULQkA4i0JAOgtCQA4LgkAQS4JAI4uCQCbLgkA5C4JAPEuCQA6LwkASC8JAJAvCQCdLwkA5i8JAP0vCQA8MAkAbDAJACY3EgCYMAkA6DAJAJ8wCQAS0w8A/jAJAD4xCQBMMQkAlDEJAJcxCQDqMQkA7TEJAEAyCQBOMgkAljIJAJsyCQDsMgkA+TIJAEIzCQBKMwkAmDMJAJ8zCQDuMwkA+jMJAEQ0CQBRNAkAmjQJAKg0CQDwNAkA/DQJAEY1CQBNNQkAnDUJAKQ1CQDyNQkA9jUJAEg2CQBTNgkAnjYJAKw2CQD0NgkABTcJAEo3CQBWNwkAoDcJAKg3CQB8NxIA/DcJAEw4CQBgOAkAojgJALA4CQD4OAkABTkJAE45CQBlOQkApDkJAKw5CQD6OQkABDoJAFA6CQBVOgkApjoJAK46CQD8OgkACzsJAFI7CQBXOwkAqDsJALU7CQD+OwkACzwJAFQ8CQBgPAkAqjwJALk8CQAAPQkACj0JAFY9CQBePQkArD0JALY9CQACPgkABz4JAFg+CQBgPgkA0jcSALk+CQAEPwkAED8JAFo/CQBiPwkAKDgSALU/CQAGQAkAFUAJAFxACQB8QAkAskAJAL5ACQAIQQkADkEJAF5BCQBmQQkAtEEJALtBCQAKQgkADEIJAGBCCQBsQgkAtkIJAMxCCQAMQwkAEUMJAGJDCQBvQwkAfjgSAMFDCQAORAkAFEQJAGRECQByRAkAukQJAMdECQAQRQkAJ0UJAGZFCQBuRQkAvEUJAMtFCQASRgkAF0YJAGhGCQB1RgkAvkYJAMtGCQAURwkAIEcJAGpHCQB5RwkAwEcJAMpHCQAWSAkAMkgJAGxICQB0SAkA1DgSAM9ICQCWZw4A0UgJABhJCQAiSQkAjOMOADhJCQBuSQkAekkJAMRJCQDKSQkAGkoJACJKCQBKjQkAJkoJAHBKCQA0SgkAHncJAINKCQDGSgkA1UoJABxLCQAoSwkAcksJAHNLCQDISwkA0ksJAB5MCQAsTAkAdEwJAHlMCQDKTAkA10wJACo5EgAmTQkAdk0JAHxNCQDMTQkA0U0JACJOCQAoTgkALDoSAINOCQDOTgkA3E4JACRPCQA1TwkAek8JAIZPCQDQTwkA2E8JANg6EgAyUAkAfFAJAIZQCQDSUAkA4VAJAChRCQAzUQkAflEJAIxRCQDUUQkA4VEJACpSCQBBUgkAgFIJAIhSCQDWUgkA2VIJACxTCQA4UwkAglMJAIhTCQDYUwkA81MJAC5UCQA6VAkAhFQJAIpUCQDaVAkA4lQJADBVCQAyVQkAhlUJAIdVCQDcVQkA6lUJADJWCQA6VgkAiFYJAKNWCQDeVgkA6lYJADRXCQA6VwkAilcJAI1XCQDgVwkA7lcJADZYCQA7WAkAjFgJAJlYCQDiWAkA/lgJADhZCQBAWQkALjsSAJtZCQCG4A4An1kJAORZCQChWQkA5DoPAPBZCQA6WgkAR1oJAJBaCQCVWgkA5loJAPBaCQA8WwkATFsJAJJbCQCXWwkA6FsJAPFbCQA+XAkAS1wJAJRcCQCbXAkA6lwJAPZcCQBAXQkARl0JAJZdCQCcXQkA7F0JAPFdCQBCXgkASF4JAIQ7EgCkXgkA7l4JAPReCQBEXwkASl8JAJpfCQCnXwkA8F8JAPVfCQBGYAkATmAJAJxgCQDSYAkA8mAJAB1hCQBIYQkAUGEJAJ5hCQCrYQkA9GEJAPlhCQBKYgkAUmIJAKBiCQCjYgkA9mIJAP9iCQBMYwkAW2MJAKJjCQCtYwkA+GMJAABkCQBOZAkAXmQJAKRkCQCyZAkA+mQJAAtlCQBQZQkAXGUJAKZlCQCuZQkAhjwSAAJmCQBSZgkAWmYJAKhmCQCvZgkA/mYJAAxnCQBUZwkAWmcJAKpnCQC2ZwkAAGgJAA9oCQBWaAkAYGgJAKxoCQCxaAkAAmkJAAhpCQBYaQkAbGkJANw8EgC4aQkAAOkJALtpCQAEagkAvWkJAN6sCQAJagkAWmoJAGZqCQCwagkAvWoJAAZrCQAQawkAMj0SAHdrCQCyawkAtGsJAAhsCQAObAkAXmwJAJZsCQC0bAkAumwJAAptCQATbQkAYG0JAG1tCQC2bQkA7m0JAAxuCQATbgkAYm4JAGduCQC4bgkAx24JAA5vCQAubwkAZG8JAHBvCQC6bwkAwG8JABBwCQAqcAkAZnAJAGlwCQC8cAkAwXAJABJxCQAhcQkAaHEJAIhxCQDePRIA3nEJABRyCQAgcgkAanIJAHRyCQDAcgkAzHIJACgoCgDNcgkAFnMJABtzCQBscwkAdnMJAMJzCQDScwkAGHQJAB10CQBudAkAd3QJAMR0CQDRdAkAGnUJACF1CQBwdQkAfHUJAMZ1CQDMdQkAHHYJACJ2CQBydgkAd3YJAMh2CQDOdgkAND4SACF3CQB0dwkAeXcJAMp3CQDZdwkAIHgJAEB4CQDgPhIAhHgJAMx4CQDZeAkAInkJACl5CQB4eQkAgHkJAM55CQDQeQkAJHoJANV5CQBAjgwA5XkJAKpCDAAqegkAYnQMACx6CQB6egkAfnoJAIqCCQCQegkA1gIMAJV6CQDQegkA0noJACZ7CQA3ewkAfHsJAIp7CQDSewkA2XsJACh8CQAwfAkAfnwJAIV8CQDUfAkA2XwJACp9CQA5fQkAgH0JAKB9CQDWfQkA4n0JACx+CQAyfgkAgn4JAIp+CQDYfgkA5H4JAC5/CQA7fwkAhH8JAJ9/CQDafwkA6H8JADCACQA2gAkAhoAJAIuACQDcgAkA6YAJADKBCQBIgQkAiIEJAJSBCQDegQkA64EJADSCCQA+ggkANj8SAI+CCQDgggkA5oIJADaDCQBWgwkAjIMJAJqDCQDigwkA74MJADiECQBPhAkAjoQJAJaECQDkhAkA84QJADqFCQA/hQkAkIUJAJ2FCQDmhQkA8IUJADyGCQA+hgkAkoYJAKCGCQDohgkA9YYJAD6HCQBKhwkAlIcJAJqHCQDqhwkA8ocJAECICQBGiAkAlogJAJ+ICQDsiAkA+YgJAEKJCQBMiQkAmIkJAKaJCQDuiQkABIoJAESKCQBQigkAmooJAKKKCQCMPxIA+ooJAEaLCQBMiwkAnIsJAJ6LCQDyiwkA/IsJAEiMCQBUjAkAnowJALWMCQD0jAkACI0JAOI/EgBYjQkAoI0JAKONCQD2jQkA/o0JAEyOCQBYjgkAoo4JALCOCQD4jgkAAo8JAE6PCQBZjwkApI8JALCPCQD6jwkAAJAJAFCQCQBYkAkAppAJALOQCQD8kAkAAZEJAFKRCQBckQkAqJEJALCRCQD+kQkABJIJAFSSCQBdkgkAqpIJALeSCQAAkwkADZMJAFaTCQBkkwkArJMJALmTCQAClAkAGZQJAFiUCQBglAkArpQJALOUCQAElQkACpUJAFqVCQBilQkAsJUJAMaVCQAGlgkAFJYJAFyWCQBflgkAspYJAMGWCQAIlwkADZcJAF6XCQBrlwkAtJcJAMSXCQAKmAkAGJgJAGCYCQB3mAkAtpgJAL+YCQAMmQkAEpkJAGKZCQBumQkAuJkJAL+ZCQA4QBIAGpoJAGSaCQBmmgkAupoJAMSaCQAQmwkAHJsJAGabCQBumwkAjkASAMGbCQASnAkAIZwJAGicCQCInAkAvpwJAMqcCQAUnQkAGp0JAGqdCQBynQkAwJ0JAMGdCQAWngkAHJ4JAGyeCQBxngkAwp4JAN2eCQAYnwkAJp8JAG6fCQB1nwkAxJ8JANCfCQAaoAkAIKAJAORAEgB1oAkAxqAJANCgCQAcoQkALaEJAHKhCQB+oQkAyKEJAMuhCQAeogkAIaIJAHSiCQB8ogkAyqIJANGiCQAgowkAJaMJAHajCQCFowkAzKMJAOyjCQAipAkALqQJAHikCQB+pAkAzqQJANakCQAkpQkAMaUJAHqlCQB/pQkA0KUJANqlCQAmpgkALqYJAHymCQCMpgkA0qYJANemCQAopwkAMacJAH6nCQCLpwkA1KcJANunCQA6QRIAL6gJAICoCQCPqAkA1qgJAPaoCQAsqQkAOKkJAIKpCQCIqQkA2KkJAOCpCQAuqgkAOqoJAISqCQCRqgkA2qoJAOGqCQAwqwkAMasJAIarCQCLqwkA3KsJAOqrCQAyrAkAP6wJAIisCQCSrAkAkEESAOOsCQA0rQkAQa0JAIqtCQCXrQkA4K0JAOatCQA2rgkAQq4JAIyuCQCcrgkA4q4JAOuuCQA4rwkAO68JAI6vCQCarwkA5K8JAOuvCQDmQRIAPLAJAJCwCQBBsAkA2IYNAEqwCQB82Q0AobAJAOawCQDusAkAPLEJAEaxCQCSsQkAobEJAOixCQDpsQkAPrIJAEayCQCSQhIAnLIJAOhCEgAIswkAQLMJAA2zCQCwURIAFLMJACzUCQBIswkAlrMJAKWzCQDsswkA8bMJAEK0CQBPtAkAmLQJAKW0CQDutAkA+rQJAES1CQBTtQkAmrUJAKS1CQDwtQkAE7YJAEa2CQB8tgkAnLYJAMC2CQDytgkA+rYJAEBEEgBNtwkAnrcJAKS3CQD0twkA/LcJAJZEEgBYuAkAoLgJALu4CQD2uAkAArkJAEy5CQBduQkAorkJALa5CQD4uQkAALoJAE66CQBUugkApLoJALC6CQD6ugkACrsJAFC7CQBZuwkAprsJAKm7CQD8uwkACLwJAFK8CQBZvAkA7EQSALa8CQD+vAkACL0JAEJFEgBZvQkAqr0JALe9CQAAvgkADb4JAFa+CQBivgkArL4JALu+CQACvwkADL8JAFi/CQBmvwkArr8JALO/CQAEwAkAEcAJAFrACQBiwAkAmEUSALzACQAGwQkAFsEJAFzBCQBlwQkAssEJALXBCQAIwgkAFMIJAF7CCQBlwgkA7kUSAMPCCQAKwwkAD8MJAGDDCQBtwwkAtsMJAMPDCQAMxAkAEsQJAGLECQBuxAkAuMQJAMjECQAOxQkAF8UJAGTFCQBnxQkAusUJAMbFCQAQxgkAF8YJAERGEgBrxgkAvMYJAMnGCQASxwkAMMcJAGjHCQB0xwkAvscJANHHCQAUyAkAIsgJAGrICQBtyAkAwMgJAMrICQAWyQkAJMkJAGzJCQB5yQkAwskJANnJCQAYygkAIMoJAG7KCQB1ygkAxMoJAMnKCQAaywkAMMsJAHDLCQByywkAxssJANTLCQAczAkAKcwJAJpGEgB6zAkA8EYSAM3MCQAezQkAK80JAHTNCQCBzQkAys0JANbNCQAgzgkAL84JAHbOCQCAzgkAzM4JANrOCQAizwkAJ88JAHjPCQCFzwkAzs8JANbPCQBGRxIAMNAJAHrQCQCK0AkA0NAJANnQCQAm0QkAKdEJAHzRCQCI0QkA0tEJANnRCQCcRxIANNIJAH7SCQCO0gkA1NIJAJTSCQBEvw4A3dIJACrTCQAt0wkAgNMJAIzTCQDW0wkA3dMJAPJHEgA11AkAiNcJADbUCQCC1AkAkdQJANjUCQCT1AkAMNYJANnUCQAu1QkAStUJAITVCQC81QkA2tUJABLWCQBISBIAM9YJAIbWCQCi1gkA3NYJABTXCQAy1wkAatcJAJ5IEgCV1wkA3tcJAOzXCQA02AkAR9gJAIrYCQCm2AkA4NgJABjZCQA22QkAbtkJAPRIEgCd2QkA4tkJAO7ZCQA42gkAQNoJAEpJEgCT2gkA5NoJAOzaCQA62wkASdsJAJDbCQCV2wkA5tsJAPPbCQA83AkASdwJAJLcCQCe3AkA6NwJAPfcCQA+3QkASN0JAJTdCQCc3QkA6t0JAPTdCQBA3gkARd4JAJbeCQCe3gkAoEkSAPveCQBC3wkA/d4JAJrgCQBD3wkAmN8JALTfCQDu3wkAJuAJAETgCQB84AkA9kkSAJ3gCQDw4AkADOEJAEbhCQB+4QkAnOEJANThCQBMShIA9eEJAEjiCQBZ4gkAnuIJALriCQD04gkALOMJAErjCQCC4wkAokoSAK3jCQD24wkAAuQJAEzkCQBb5AkAouQJAKzkCQD45AkAAOUJADhbCgAG5QkATuUJAFPlCQCk5QkAseUJAPrlCQAC5gkAUOYJAFbmCQCm5gkAYOYJABxNCgCy5gkA/OYJAAznCQBS5wkAW+cJAKjnCQCr5wkA/ucJAAroCQBU6AkAW+gJAPhKEgDN6AkATksSAA7pCQBW6QkAbOkJAKzpCQC46QkAAuoJAAnqCQBY6gkAXeoJAK7qCQC36gkABOsJAA7rCQCkSxIAX+sJAGZNDQBk6wkAsOsJAGbrCQBC5QwAuusJAAbsCQAH7AkAXOwJAGvsCQCy7AkAt+wJAAjtCQAV7QkAXu0JAGvtCQC07QkAwO0JAAruCQAZ7gkAYO4JAGruCQC27gkAxO4JAAzvCQAR7wkAYu8JAG/vCQC47wkAue8JAA7wCQAT8AkAZPAJAGnwCQC68AkAy/AJABDxCQAz8QkAZvEJAHHxCQC88QkAwfEJABLyCQAV8gkAaPIJAHLyCQC+8gkA5vIJABTzCQAz8wkAUEwSAHbzCQDA8wkAwvMJABb0CQAl9AkAbPQJAHf0CQDC9AkAyvQJABj1CQAf9QkAbvUJAHD1CQDE9QkAzvUJABr2CQAc9gkAcPYJAIn2CQDG9gkAyPYJABz3CQAf9wkAcvcJAH73CQDI9wkA0PcJAKZMEgAq+AkAdPgJAHr4CQDK+AkA5fgJACD5CQAs+QkAdvkJAHz5CQDM+QkA1PkJACL6CQAk+gkAePoJAIL6CQDO+gkA1voJAPxMEgA1+wkAevsJAIH7CQDQ+wkA2PsJACb8CQAz/AkAfPwJAIH8CQDS/AkA3PwJACj9CQAw/QkAfv0JAI39CQDU/QkA2f0JACr+CQA3/gkAgP4JAI3+CQDW/gkA4v4JACz/CQA7/wkAgv8JAIz/CQDY/wkA4P8JAC4ACgA4AAoAhAAKAIkACgDaAAoA4gAKAFJNEgA8AQoAhgEKAJYBCgDcAQoA5QEKADICCgA1AgoAiAIKAJQCCgDeAgoA5QIKAKhNEgA6AwoAigMKAJADCgDgAwoA5QMKADYECgA8BAoA/k0SAJIECgDiBAoA6AQKADgFCgA9BQoAunsPAEUFCgCOBQoAkwUKAOQFCgDsBQoAOgYKAGMGCgCQBgoAbgYKAPQNCgC5BgoA5gYKAA8HCgA8BwoAZwcKAJIHCgCaBwoA6AcKAPcHCgA+CAoAQwgKAJQICgChCAoA6ggKAPcICgBACQoATAkKAJYJCgClCQoA7AkKAPYJCgBCCgoAUAoKAJgKCgCdCgoA7goKAPsKCgBECwoATAsKAJoLCgCgCwoA8AsKAPwLCgBGDAoAVgwKAJwMCgClDAoA8gwKAPUMCgBIDQoAVA0KAJ4NCgClDQoAVE4SAB0OCgBKDgoAdQ4KAKAOCgCoDgoA9g4KAAUPCgBMDwoAUQ8KAKIPCgCvDwoA+A8KAAUQCgBOEAoAWhAKAKQQCgCzEAoA+hAKAAQRCgBQEQoAXhEKAKYRCgCrEQoA/BEKAAkSCgBSEgoAWhIKAKgSCgCuEgoA/hIKAAoTCgBUEwoAZBMKAKoTCgCzEwoAABQKAAMUCgBWFAoAYhQKAKwUCgCzFAoAqk4SAAQVCgCEiw8AEBUKAFgVCgBlFQoArhUKALoVCgAEFgoAChYKAFoWCgBgFgoAsBYKALUWCgAGFwoADBcKAABPEgCCFwoAshcKANgXCgAIGAoAPBgKAF4YCgCHGAoAtBgKAN8YCgCsTxIAFhkKAGAZCgAYGQoAuEcLAGoZCgC2GQoA0BkKAAwaCgAPGgoATGUKABsaCgBiGgoAZxoKALgaCgDFGgoADhsKABsbCgBkGwoAcBsKALobCgDJGwoAEBwKABocCgBmHAoAchwKALwcCgDPHAoAEh0KACEdCgBoHQoAdB0KAL4dCgC/HQoAFB4KAB4eCgBqHgoAeB4KAMAeCgDFHgoAFh8KACMfCgACUBIAcR8KAMIfCgDPHwoAGCAKACUgCgBuIAoAeiAKAMQgCgDTIAoAGiEKACQhCgBwIQoAfiEKAMYhCgDLIQoAHCIKACkiCgByIgoAeiIKAARREgDUIgoAHiMKAC4jCgB0IwoAfSMKAMojCgDNIwoAICQKACwkCgB2JAoAfSQKAFpREgDPJAoAIiUKAColCgB4JQoAhCUKAM4lCgDUJQoAJCYKAComCgB6JgoAfyYKANAmCgDWJgoABlISAE8nCgB8JwoApScKANInCgD2JwoAslISAC4oCgCSXwsAOygKAH4oCgCNKAoA1CgKAOAoCgAqKQoAKykKAIApCgCKKQoA1ikKAOQpCgAsKgoAMSoKAIIqCgCPKgoACFMSAPsqCgBeUxIAVysKAIQrCgCtKwoA2isKAP4rCgC0UxIAPiwKAIYsCgCLLAoA3CwKAOksCgAyLQoAOi0KAIgtCgCOLQoA3i0KAOotCgA0LgoARC4KAIouCgCTLgoA4C4KAOMuCgA2LwoAcS8KAIwvCgCYLwoAClQSAOgvCgA4MAoAUTAKAI4wCgCcMAoA5DAKAPEwCgA6MQoAQTEKAJAxCgCZMQoA5jEKAPMxCgA8MgoAUzIKAJIyCgCVMgoA6DIKAOoyCgA+MwoARzMKAJQzCgCkMwoA6jMKAAM0CgBANAoAQjQKAJY0CgCfNAoA7DQKAPQ0CgBCNQoARDUKAJg1CgCxNQoA7jUKAAU2CgBENgoAUDYKAJo2CgCrNgoA8DYKAPw2CgBGNwoAUTcKAJw3CgCpNwoA8jcKAPw3CgBgVBIAWzgKAJ44CgCsOAoA9DgKANs4CgBaQQoAMDkKAEo5CgBXOQoAoDkKAKg5CgD2OQoA/DkKAEw6CgBYOgoAojoKAK06CgD4OgoAATsKAE47CgBROwoApDsKAKY7CgD6OwoAATwKAFA8CgBSPAoAtlQSAKk8CgD8PAoACj0KAFI9CgBXPQoAqD0KALU9CgD+PQoACj4KAFQ+CgBcPgoADFUSALg+CgAAPwoAED8KAFY/CgBkPwoArD8KALU/CgACQAoADEAKAFhACgBaQAoArkAKALhACgAEQQoABkEKAGJVEgBfQQoAsEEKALhBCgAGQgoADEIKAFxCCgBoQgoAskIKAMFCCgAIQwoAEUMKAF5DCgBhQwoAtEMKALZDCgAKRAoAEUQKAGBECgBiRAoAuFUSALtECgAMRQoAKEUKAGJFCgB+RQoADlYSAMVFCgAkfgsAx0UKAA5GCgATRgoAZEYKAHFGCgC6RgoAx0YKABBHCgAWRwoAZkcKAHJHCgC8RwoAzEcKABJICgAbSAoAaEgKAGtICgC+SAoAykgKABRJCgAbSQoAZFYSAHlJCgDASQoAxUkKABZKCgAjSgoAbEoKAHlKCgDCSgoAyEoKABhLCgAkSwoAbksKAH5LCgDESwoAzUsKABpMCgAdTAoAcEwKAHxMCgDGTAoAzUwKALpWEgAeTQoAck0KAIBNCgDITQoA2U0KABBXEgAlTgoAZlcSAHxOCgC8VxIAz04KACBPCgAtTwoAdk8KAINPCgDMTwoA2E8KACJQCgAxUAoAeFAKAIJQCgDOUAoA3FAKACRRCgApUQoAelEKAIdRCgDQUQoA2FEKABJYEgAyUgoAfFIKAIxSCgDSUgoA21IKAChTCgArUwoAflMKAIpTCgDUUwoA21MKAGhYEgAsVAoAgFQKAI5UCgDWVAoA51QKAL5YEgAzVQoAFFkSAIpVCgBqWRIA3VUKAC5WCgA7VgoAhFYKAJFWCgDaVgoA5lYKADBXCgA/VwoAhlcKAJBXCgDcVwoA6lcKADJYCgA3WAoAiFgKAJVYCgDeWAoA5lgKAMBZEgBAWQoAilkKAJpZCgDgWQoA6VkKADZaCgA5WgoAjFoKAJhaCgDiWgoA6VoKABZaEgBCWwoAjlsKAJxbCgDkWwoA+lsKADpcCgBGXAoAkFwKAJdcCgDmXAoA7lwKADxdCgBBXQoAkl0KAJtdCgDoXQoA8l0KAGxaEgBUXgoAlF4KAKBeCgDqXgoA8V4KAEBfCgBIXwoAll8KAJtfCgDsXwoA9V8KAEJgCgBMYAoAwloSAJ1gCgBwUg0ApGAKADSvCgCnYAoA7mAKAMJgCgAwPhMA82AKAERhCgBRYQoAmmEKAKdhCgDwYQoA/GEKAEZiCgBVYgoAnGIKAKZiCgDyYgoAAGMKAEhjCgBVYwoAnmMKALVjCgD0YwoA/GMKAEpkCgBUZAoAoGQKAKVkCgD2ZAoA/mQKABhbEgBRZQoAomUKALFlCgD4ZQoAGGYKAE5mCgBaZgoApGYKAK5mCgD6ZgoABGcKAFBnCgBeZwoApmcKALxnCgD8ZwoACGgKAFJoCgBXaAoAqGgKALFoCgD+aAoACGkKAFRpCgBgaQoAqmkKAL1pCgAAagoAD2oKAFZqCgBiagoArGoKAK1qCgACawoADGsKAFhrCgBmawoArmsKALNrCgAEbAoAEWwKAMRbEgBobAoAsGwKAMZsCgAGbQoAEm0KAFxtCgBjbQoAsm0KALptCgAIbgoADW4KAF5uCgBnbgoAtG4KAL5uCgDGXBIAD28KAGBvCgBobwoAtm8KALlvCgAMcAoAFXAKAGJwCgBxcAoAuHAKAMNwCgAOcQoAFnEKAGRxCgB0cQoAunEKAMhxCgAQcgoAIXIKAGZyCgBycgoAvHIKAMRyCgAcXRIAGHMKAGhzCgBwcwoAvnMKAMVzCgAUdAoAInQKAGp0CgBwdAoAwHQKAMx0CgAWdQoAJXUKAGx1CgB2dQoAwnUKAMd1CgAYdgoAHnYKAG52CgCCdgoAcl0SANV2CgAadwoAJncKAHB3CgB2dwoAxncKAMx3CgAceAoAIXgKAHJ4CgB4eAoAyF0SAM14CgAeeQoAL3kKAHR5CgB8eQoAynkKAIB5CgBYlgoAgnkKABwuEADUeQoAIHoKAC56CgB2egoAjHoKAMx6CgDYegoAInsKACl7CgB4ewoAgHsKAM57CgDTewoAJHwKAC18CgB6fAoAhHwKANB8CgDYfAoAJn0KACp9CgB8fQoAh30KANJ9CgDgfQoAKH4KADl+CgB+fgoAin4KANR+CgDcfgoAHl4SACx/CgCAfwoAjn8KANZ/CgDgfwoALIAKADqACgCCgAoAj4AKANiACgDvgAoALoEKADaBCgCEgQoAlIEKANqBCgDfgQoAMIIKADaCCgCGggoAjoIKANyCCgDeggoAMoMKAD+DCgCIgwoAkIMKAN6DCgDjgwoANIQKADWECgCKhAoAloQKAOCECgDthAoANoUKAD6FCgCMhQoAm4UKAOKFCgDnhQoAOIYKAEWGCgCOhgoAm4YKAOSGCgDwhgoAOocKAEmHCgCQhwoAmocKAOaHCgD0hwoAPIgKAEGICgCSiAoAn4gKAHReEgDriAoAPokKAEaJCgCUiQoAoYkKAOqJCgDviQoAQIoKAEqKCgCWigoAnooKAOyKCgDuigoAQosKAF2LCgCYiwoAmosKAO6LCgD8iwoARIwKAFWMCgCajAoAnIwKAPCMCgAJjQoARo0KAFeNCgCcjQoAqI0KAMpeEgD6jQoASI4KAE6OCgCejgoAqo4KAPSOCgARjwoASo8KAFOPCgCgjwoArI8KAPaPCgD5jwoATJAKAFaQCgCikAoAqpAKAPiQCgACkQoATpEKAFyRCgCkkQoAupEKAPqRCgAGkgoAUJIKAFeSCgCmkgoArpIKAPySCgABkwoAUpMKAFuTCgCokwoAspMKAP6TCgAGlAoAVJQKAFaUCgCqlAoAupQKAACVCgAKlQoAVpUKAGKVCgCslQoAspUKAAKWCgAKlgoAIF8SAF6WCgCulgoAtJYKAASXCgAJlwoAWpcKAGCXCgB2XxIAvpcKAAaYCgAcmAoAXJgKAGiYCgCymAoAt5gKAAiZCgARmQoAXpkKAGiZCgC0mQoA15kKAAqaCgAOmgoAYJoKABmaCgC4mwoAYpoKALaaCgDEmgoADJsKABabCgBimwoAhpsKAHhgEgC+mwoADpwKABqcCgBknAoAZpwKALqcCgDEnAoAEJ0KABydCgBmnQoAip0KAM5gEgDAnQoAEp4KAMudCgBqnwoAFJ4KAGieCgB2ngoAvp4KAMieCgAUnwoAOJ8KACRhEgBwnwoAwJ8KAMyfCgAWoAoAGKAKAGygCgB2oAoAwqAKAM6gCgAYoQoAPKEKAHphEgCLoQoAxKEKAM2hCgAaogoAKKIKAHCiCgB2ogoAxqIKANKiCgAcowoAJKMKANBhEgB5owoAyKMKAOGjCgAepAoALaQKAHSkCgB8pAoAyqQKANmkCgAgpQoAJaUKAHalCgCDpQoAzKUKANmlCgAipgoALqYKAHimCgCHpgoAzqYKANimCgAkpwoAMqcKAHqnCgB/pwoA0KcKAN2nCgAmYhIAJ6gKABYhCwA/qAoAfKgKAIaoCgDSqAoA1KgKACipCgA2qQoAfqkKAIupCgDUqQoA3KkKACqqCgBWqgoAgKoKAIeqCgDWqgoA76oKACyrCgA7qwoAgqsKAIqrCgDYqwoA56sKAC6sCgAzrAoAhKwKAJGsCgDarAoA56wKADCtCgA8rQoAhq0KAJWtCgDcrQoA5q0KADKuCgBArgoAiK4KAI2uCgDergoA664KAHxiEgBHrwoAiq8KAJmvCgDgrwoA7K8KADawCgBCsAoAjLAKAJOwCgDisAoA7rAKADixCgA/sQoAjrEKAJaxCgDksQoA6LEKADqyCgBFsgoAkLIKAJyyCgDmsgoA87IKADyzCgBEswoAkrMKAJyzCgDoswoA7rMKAD60CgBStAoAlLQKAKK0CgDqtAoA97QKAEC1CgBXtQoAlrUKAJ61CgDstQoA9rUKAEK2CgBHtgoAmLYKAKC2CgDutgoA/bYKAES3CgBJtwoAmrcKAKe3CgDwtwoA/bcKAEa4CgBSuAoAnLgKAKu4CgDyuAoA/LgKANJiEgBQuQoAnrkKAK25CgD0uQoA+bkKAEq6CgBTugoAoLoKALG6CgD2ugoA/boKAEy7CgBUuwoAorsKAK+7CgD4uwoA/bsKAE68CgBYvAoApLwKAKy8CgD6vAoAE70KAFC9CgBcvQoApr0KAK69CgAoYxIAC74KAFK+CgBvvgoAqL4KALG+CgD+vgoADL8KAFS/CgBavwoAqr8KALa/CgAAwAoAB8AKAFbACgBewAoArMAKALzACgACwQoACMEKAFjBCgBdwQoArsEKAMTBCgAEwgoADMIKAFrCCgBkwgoAsMIKALvCCgAGwwoAEsMKAFzDCgBkwwoAfmMSAL/DCgAIxAoAD8QKAF7ECgBqxAoAtMQKALrECgAKxQoAG8UKAGDFCgB0xQoAtsUKAMTFCgAMxgoAGcYKAGLGCgB5xgoAuMYKAMDGCgAOxwoAFccKAGTHCgBmxwoAuscKAMTHCgAQyAoAEsgKAGbICgB/yAoAvMgKAL7ICgASyQoAFckKAGjJCgB0yQoAvskKAOzJCgDUYxIAI8oKAGrKCgCHygoAwMoKAMnKCgAWywoAJMsKAGzLCgByywoAwssKAM7LCgAYzAoAIMwKACpkEgB2zAoAxMwKAMrMCgAazQoAJs0KAHDNCgBzzQoAxs0KAMvNCgAczgoAJc4KAHLOCgB4zgoAyM4KANfOCgAezwoAKs8KAHTPCgB8zwoAgGQSANDPCgAg0AoAJdAKAHbQCgCM0AoAzNAKANTQCgAi0QoAMNEKAHjRCgCC0QoAztEKANHRCgAk0goALNIKAHrSCgB70goA0NIKANbSCgAm0woANNMKAHzTCgCS0woA0tMKANTTCgAo1AoALtQKAH7UCgCS1AoA1NQKANzUCgAq1QoAOtUKAIDVCgCC1QoA1tUKAOXVCgAs1goANtYKAILWCgCH1goA2NYKAN7WCgAu1woAQtcKAITXCgCM1woA2tcKAN/XCgAw2AoANtgKAIbYCgCO2AoA3NgKAN/YCgAy2QoAN9kKAIjZCgCR2QoA3tkKAOTZCgA02goAQ9oKAIraCgCW2goA1mQSAOzaCgA22woASdsKAIzbCgCo2woA4tsKAOrbCgAsZRIARtwKAI7cCgCk3AoA5NwKAPDcCgA63QoAP90KAJDdCgCZ3QoA5t0KAPDdCgA83goARN4KAJLeCgCU3goA6N4KAPfeCgA+3woAW98KAJTfCgCd3woA6t8KAPjfCgBA4AoARuAKAJbgCgCk4AoA7OAKAPngCgBC4QoAWeEKAJjhCgCg4QoA7uEKAPDhCgBE4goATOIKAJriCgCp4goA8OIKAPXiCgBG4woAU+MKAJzjCgCp4woA8uMKAP7jCgBI5AoAV+QKAJ7kCgCo5AoA9OQKAALlCgBK5QoAT+UKAKDlCgCt5QoAgmUSAADmCgBM5goATuYKAKLmCgCp5goA+OYKAP/mCgBO5woAVOcKAKTnCgCy5woA+ucKAAfoCgBQ6AoAYOgKAKboCgCr6AoA/OgKAATpCgBS6QoAGOkKACZUCwBe6QoAqOkKAKrpCgCu7AoAtekKAP7pCgAD6goAVOoKAF7qCgCq6goAuuoKAADrCgAF6woAVusKAF/rCgCs6woAuesKAALsCgAJ7AoAWOwKAGDsCgDYZRIAvOwKAATtCgAc7QoAWu0KAFztCgCw7QoAx+0KAAbuCgAI7goAXO4KAGruCgCy7goAv+4KAAjvCgAQ7woALmYSAGHvCgC07woAde8KABilDAC97woACvAKABjwCgAKGwsAGfAKAGDwCgBr8AoAtvAKAL7wCgAM8QoAF/EKAGLxCgBn8QoAuPEKALvxCgAO8goAGPIKAIRmEgBq8goAuvIKAG7yCgByLA8A1fIKABDzCgAc8woAZvMKAGzzCgC88woAxPMKABL0CgAo9AoAaPQKAHb0CgC+9AoAwfQKABT1CgAt9QoAavUKAHb1CgDA9QoAy/UKABb2CgAY9goAbPYKAIf2CgDC9goA0PYKABj3CgAl9woAbvcKAIX3CgDaZhIAxvcKAMwuDwDa9woAGvgKABv4CgBw+AoAdfgKAMb4CgDM+AoAHPkKAB75CgBy+QoAePkKAMj5CgDc+QoAHvoKACb6CgB0+goAhPoKAMr6CgDM+goAIPsKAC77CgB2+woAh/sKADBnEgDS+woAIvwKAC78CgCGZxIAevwKAM78CgDf/AoAJP0KACz9CgB6/QoAg/0KAND9CgDX/QoAJv4KACf+CgDcZxIAiP4KANL+CgDU/goAKP8KAC//CgB+/woAhv8KANT/CgDd/woAKgALADEACwCAAAsAgQALADJoEgDbAAsALAELADQBCwCCAQsAjAELANgBCwDmAQsALgILAEQCCwCEAgsAkAILANoCCwDfAgsAMAMLADkDCwCGAwsAkAMLAIhoEgDdAwsAMgQLADoECwDkigwASgQLAIgECwCVBAsA3gQLAOoECwA0BQsAPgULAIoFCwCOBQsA4AULAOUFCwA2BgsAPAYLAIwGCwCsBgsA4gYLAPoGCwA4BwsATwcLAI4HCwCaBwsA5AcLAO4HCwA6CAsAPAgLAJAICwCXCAsA5ggLAO0ICwA8CQsAQgkLAJIJCwCeCQsA6AkLAOsJCwA+CgsAQQoLAJQKCwCgCgsA6goLAO0KCwBACwsAXAsLAJYLCwCeCwsA3mgSAPgLCwBCDAsATAwLAJgMCwCaDAsA7gwLAPUMCwBEDQsASw0LAJoNCwCgDQsA8A0LAP4NCwBGDgsAUw4LAJwOCwCsDgsA8g4LAPcOCwBIDwsAUA8LAJ4PCwCuDwsA9A8LAPkPCwBKEAsAUBALAKAQCwCoEAsANGkSAPwQCwBMEQsAVBELAKIRCwClEQsA+BELAAQSCwBOEgsAVBILAKQSCwC/EgsA+hILAAgTCwBQEwsAXxMLAKYTCwCyEwsA/BMLAAQUCwDgaRIAVxQLAKgUCwCyFAsA/hQLAAYVCwBUFQsAdBULAKoVCwC3FQsAABYLAAUWCwBWFgsAWhYLAKwWCwC5FgsANmoSAAcXCwBYFwsAWxcLAK4XCwC4FwsABBgLABAYCwBaGAsAbRgLALAYCwC/GAsABhkLABIZCwBcGQsAXRkLALIZCwC8GQsACBoLABYaCwBeGgsAYxoLALQaCwDBGgsAjGoSABQbCwBgGwsAYhsLALYbCwDPGwsADBwLAB0cCwBiHAsAbhwLALgcCwDAHAsAjmsSABUdCwBkHQsAax0LALodCwDAHQsAEB4LABweCwBmHgsAaR4LALweCwC/HgsAEh8LABofCwBoHwsAeB8LAL4fCwDDHwsAFCALAB0gCwBqIAsAdyALAMAgCwDHIAsA5GsSACIhCwBsIQsAeSELAMIhCwDKIQsAGCILACIiCwBuIgsAfSILAMQiCwDFIgsAGiMLACIjCwBwIwsAfyMLAMYjCwDLIwsAHCQLACkkCwByJAsAfyQLAMgkCwDUJAsAHiULAC0lCwB0JQsAfiULAMolCwDYJQsAICYLACUmCwB2JgsAgyYLAMwmCwDUJgsAIicLACwnCwB4JwsAfScLAM4nCwDWJwsAOmwSADIoCwB6KAsAhigLANAoCwDWKAsAJikLACwpCwB8KQsAgSkLANIpCwDYKQsAkGwSADQqCwB+KgsAhCoLANQqCwDaKgsAKisLADcrCwCAKwsAhSsLANYrCwDeKwsALCwLAEosCwCSbRIAhCwLAAp3DgCFLAsAJlgNAIgsCwCi6gwAmCwLANgsCwDZLAsALi0LADMtCwCELQsAii0LANotCwDcLQsAMC4LADYuCwCGLgsAmi4LANwuCwDkLgsAMi8LAEIvCwCILwsAii8LAN4vCwDsLwsANDALAEUwCwDobRIAkDALAOAwCwDsMAsAPm4SAEMxCwCMMQsAlDELAOIxCwDvMQsAODILADoyCwCOMgsApDILAOQyCwDwMgsAOjMLAEIzCwDqbhIAnDMLAOYzCwDpMwsAPDQLAEE0CwCSNAsAozQLAOg0CwDxNAsAPjULAEg1CwCUNQsAojULAOo1CwDvNQsAQDYLAE02CwBAbxIAojYLAOw2CwD5NgsAQjcLAEQ3CwCYNwsArjcLAO43CwD6NwsARDgLAEw4CwCWbxIAnzgLAPA4CwD2OAsARjkLAE45CwCcOQsAnzkLAPI5CwD+OQsASDoLAE46CwCeOgsAuToLAPQ6CwABOwsASjsLAEw7CwCgOwsAtjsLAPY7CwACPAsATDwLAFQ8CwDsbxIAqDwLAPg8CwD9PAsATj0LAGk9CwCkPQsAsj0LAPo9CwABPgsAUD4LAFw+CwCmPgsArT4LAEJwEgAHPwsAUj8LAFo/CwCoPwsAsz8LAP4/CwADQAsAVEALAFdACwCqQAsAtEALAABBCwAIQQsAVkELAGRBCwCsQQsAr0ELAAJCCwAKQgsAWEILAHhCCwCuQgsAu0ILAARDCwAJQwsAWkMLAF5DCwCwQwsAvUMLAJhwEgAmRAsAXEQLAGVECwCyRAsAs0QLAAhFCwAQRQsAXkULAG5FCwC0RQsAtkULAApGCwAYRgsAYEYLAHFGCwDucBIAvEYLAAxHCwAYRwsARHESAGlHCwCacRIAvUcLAA5ICwAoSAsAZEgLAHNICwC6SAsAxUgLABBJCwASSQsAZkkLAHNJCwC8SQsAyUkLABJKCwAeSgsAaEoLAHlKCwC+SgsAwUoLABRLCwAuSwsAaksLAHNLCwDASwsAzUsLABZMCwAcTAsAbEwLAHhMCwDCTAsAxUwLABhNCwAdTQsAbk0LAH9NCwDETQsA300LABpOCwAmTgsAcE4LAHdOCwDGTgsAyE4LABxPCwAjTwsAck8LAHlPCwDITwsAzk8LAB5QCwAqUAsAdFALAHdQCwDKUAsAzVALACBRCwAsUQsAdlELAIlRCwDMUQsA21ELACJSCwAuUgsAeFILAHlSCwDOUgsA2FILACRTCwAyUwsAelMLAH9TCwDQUwsA3VMLAPBxEgAuVAsARnISAH5UCwDSVAsA6FQLAChVCwA0VQsAflULAIZVCwCcchIA2lULACpWCwAyVgsAgFYLAINWCwDWVgsA4lYLACxXCwAyVwsAglcLAJ1XCwDYVwsA5lcLAC5YCwA9WAsAhFgLAJBYCwDaWAsA4lgLAPJyEgA1WQsAhlkLAJBZCwDcWQsA5FkLADJaCwBSWgsAiFoLAJVaCwDeWgsA41oLADRbCwA4WwsAilsLAJdbCwBIcxIAA1wLAJ5zEgA7XAsAjFwLAJtcCwDiXAsAAl0LADhdCwBEXQsAjl0LAJhdCwDkXQsA8F0LADpeCwBAXgsAkF4LAJZeCwDmXgsA614LADxfCwBCXwsA9HMSAJhfCwDoXwsA7V8LAD5gCwBEYAsAoHQSAJdgCwDqYAsA9GALAEBhCwBCYQsAlmELAK9hCwDsYQsA/WELAEJiCwBQYgsAmGILAJtiCwDuYgsA+WILAERjCwBMYwsAmmMLAJxjCwDwYwsA+GMLAEZkCwBTZAsAnGQLAKhkCwDyZAsA9mQLAEhlCwBQZQsAnmULAK1lCwD0ZQsA+WULAEpmCwBXZgsAoGYLAK1mCwD2ZgsAAmcLAExnCwBbZwsAomcLAKxnCwD4ZwsABmgLAE5oCwBTaAsApGgLALFoCwD2dBIAAmkLAEx1EgBUaQsArm0LAFxpCwCmaQsArGkLAPxpCwACagsAUmoLAF9qCwCoagsArWoLAP5qCwAGawsAVGsLAH1rCwCqawsAiGsLAFZsCwDQawsArGwLANNrCwAAbAsAKWwLAKJ1EgB/bAsA+HUSANJsCwACbQsANm0LAFhtCwCBbQsATnYSALxtCwAEbgsAEW4LAFpuCwBmbgsAsG4LALZuCwAGbwsADG8LAFxvCwBhbwsAsm8LALhvCwCkdhIALnALAApxCwAxcAsAXnALAIdwCwBQdxIA3XALAKZ3EgAwcQsAYHELAJRxCwC2cQsA33ELAPx3EgAWcgsAYnILAGdyCwC4cgsAwHILAFJ4EgATcwsAZHMLAG1zCwC6cwsAx3MLABB0CwAXdAsAqHgSAG50CwD+eBIAz3QLABJ1CwAedQsAaHULAHd1CwC+dQsAx3ULABR2CwAedgsAanYLAGx2CwDAdgsA2XYLABZ3CwAndwsAbHcLAHh3CwDCdwsAyncLAFR5EgAmeAsAbngLAH94CwDEeAsA0HgLABp5CwAieQsAqnkSAHV5CwDGeQsA0HkLABx6CwAkegsAcnoLAIJ6CwDIegsAzXoLAB57CwAnewsAdHsLAIF7CwDKewsA0XsLAAB6EgAofAsAVnoSAHx8CwDc4g8Ag3wLAMx8CwCJfAsAhLQOANF8CwAifQsALn0LAHh9CwCFfQsAzn0LANh9CwACexIAKX4LAHp+CwCGfgsA0H4LAN1+CwAmfwsAMH8LAHx/CwCYfwsA0n8LANp/CwBYexIALYALAH6ACwCGgAsA1IALANeACwAqgQsAM4ELAICBCwCPgQsA1oELAOGBCwAsggsANIILAIKCCwCSggsA2IILAOaCCwAugwsAP4MLAISDCwCQgwsA2oMLAOKDCwCuexIANoQLAIaECwCOhAsA3IQLAOOECwAyhQsAQIULAIiFCwCOhQsA3oULAOqFCwA0hgsAQ4YLAIqGCwCUhgsA4IYLAOWGCwA2hwsAPIcLAIyHCwCghwsA4ocLAOqHCwA4iAsAVogLAI6ICwCWiAsABHwSAOyICwA6iQsAU4kLAJCJCwCZiQsA5okLAPaJCwA8igsATIoLAJKKCwCeigsA6IoLAO6KCwA+iwsATIsLAJSLCwChiwsA6osLAAGMCwBAjAsASIwLAJaMCwCgjAsA7IwLAPqMCwBCjQsAWI0LAJiNCwCkjQsA7o0LAPWNCwBEjgsATI4LAJqOCwCfjgsA8I4LAPmOCwBGjwsAUI8LAJyPCwCkjwsA8o8LAPSPCwBIkAsAWJALAJ6QCwCokAsA9JALAACRCwBKkQsAUJELAKCRCwCokQsAWnwSAPiRCwBMkgsAXZILAKKSCwC+kgsA+JILAACTCwCwfBIAX5MLAKSTCwC1kwsA+pMLAAKUCwBQlAsAaZQLAKaUCwCslAsA/JQLAAGVCwBSlQsAcpULAKiVCwC0lQsA/pULAASWCwBUlgsAXJYLAKqWCwC5lgsAAJcLAAWXCwBWlwsAY5cLAKyXCwC5lwsAApgLAA6YCwBYmAsAZ5gLAK6YCwC4mAsABJkLABKZCwBamQsAX5kLALCZCwC9mQsABpoLAAmaCwBcmgsAZJoLALKaCwC0mgsACJsLAA6bCwBemwsAapsLALSbCwC8mwsABn0SAA+cCwBgnAsAZJwLALacCwDDnAsAXH0SABSdCwCyfRIAaJ0LALidCwDPnQsADp4LABeeCwBkngsAep4LALqeCwDGngsAEJ8LAB2fCwBmnwsAcJ8LALyfCwDEnwsAEqALAFCgCwBooAsAkaALAL6gCwDGoAsAFKELADehCwAIfhIAeaELAMChCwCAoQsApL4LAMWhCwAWogsAI6ILAGyiCwB5ogsAwqILAM6iCwAYowsAJ6MLAG6jCwB4owsAxKMLANKjCwAapAsAH6QLAHCkCwB9pAsAxqQLAOqkCwAcpQsAJKULAF5+EgB7pQsAyKULAMulCwAepgsAKKYLAHSmCwB8pgsAyqYLAOOmCwAgpwsALKcLAHanCwB+pwsAtH4SANynCwAiqAsAKqgLAHioCwCCqAsAzqgLAOKoCwAkqQsAJakLAHqpCwCGqQsA0KkLANipCwAKfxIAOaoLAHyqCwB9qgsA0qoLAN6qCwAoqwsAN6sLAH6rCwCIqwsA1KsLANerCwAqrAsAMqwLAICsCwCBrAsA1qwLANisCwAsrQsAMq0LAIKtCwCErQsA2K0LAO6tCwAurgsAOq4LAISuCwCOrgsA2q4LAOauCwAwrwsANq8LAIavCwCOrwsA3K8LAAWwCwAysAsAOrALAIiwCwCSsAsA3rALAOOwCwA0sQsAPLELAIqxCwCjsQsA4LELAOyxCwA2sgsAPrILAGB/EgCYsgsA4rILAOWyCwA4swsAPbMLAI6zCwCXswsA5LMLAOqzCwA6tAsASbQLAJC0CwCctAsA5rQLAPu0CwA8tQsARLULAJK1CwCftQsAnrsLAKu1CwDotQsA7bULAD62CwBDtgsAlLYLAKW2CwDqtgsA8rYLAEC3CwD2tgsA7rgLAFe3CwCWtwsApLcLAOy3CwAHuAsAQrgLAE64CwCYuAsApbgLALZ/EgDwuAsARLkLAFG5CwCauQsAorkLAPC5CwAHugsARroLAFS6CwCcugsAt7oLAPK6CwD+ugsASLsLAFW7CwAMgBIAp7sLAPS7CwAFvAsASrwLAFu8CwCgvAsAqLwLAPa8CwANvQsATL0LAFq9CwCivQsAvb0LAPi9CwAEvgsATr4LAFu+CwBigBIAuL4LAPq+CwD9vgsAUL8LAG2/CwCmvwsAt78LAPy/CwAgwAsAUsALAFrACwC4gBIAscALAP7ACwABwQsAVMELAF7BCwCqwQsAssELAADCCwAZwgsAVsILAGLCCwCswgsAtMILAA6BEgASwwsAWMMLAGDDCwCuwwsAuMMLAATECwAYxAsAWsQLAFvECwCwxAsAvMQLAAbFCwAOxQsAZIESAHDFCwCyxQsAtcULAAjGCwAlxgsAXsYLAG/GCwC0xgsAwsYLAArHCwAfxwsAYMcLAGjHCwC2xwsAw8cLABLLCwDPxwsADMgLABHICwBiyAsAZ8gLALjICwDJyAsADskLABbJCwBkyQsAe8kLALrJCwDIyQsAEMoLACvKCwBmygsAcsoLALzKCwDJygsAuoESABvLCwBoywsAecsLAL7LCwDPywsAFMwLABzMCwBqzAsAgcwLAMDMCwDOzAsAFs0LADHNCwBszQsAeM0LAMLNCwDPzQsAEIISACzOCwBuzgsAcc4LAMTOCwDhzgsAGs8LACvPCwBwzwsAfs8LAMbPCwDbzwsAHNALACTQCwBy0AsAf9ALAH7WCwCL0AsAyNALAM3QCwAe0QsAI9ELAHTRCwCF0QsAytELANLRCwAg0gsA1tELAM7TCwA30gsAdtILAITSCwDM0gsA59ILACLTCwAu0wsAeNMLAIXTCwBmghIA0NMLACTUCwAx1AsAetQLAILUCwDQ1AsA59QLACbVCwA01QsAfNULAJfVCwDS1QsA3tULACjWCwA11gsAvIISAIfWCwDU1gsA5dYLACrXCwA71wsAgNcLAIjXCwDW1wsA7dcLACzYCwA62AsAgtgLAJ3YCwDY2AsA5NgLAC7ZCwA72QsAEoMSAI3ZCwDa2QsA69kLADDaCwA82gsAhtoLAJPaCwDc2gsA4doLADLbCwA82wsAiNsLAJjbCwDe2wsA49sLADTcCwA93AsAitwLAJfcCwDg3AsA59wLADbdCwBC3QsAjN0LAJLdCwDi3QsA6N0LADjeCwA93gsAjt4LAJTeCwBogxIA6d4LADrfCwBC3wsAkN8LAKbfCwDm3wsA698LADzgCwBD4AsAkuALAJvgCwDo4AsA+eALAD7hCwBK4QsAlOELAJzhCwBqhBIA7OELAEDiCwBW4gsAluILAKLiCwDs4gsA8+ILAELjCwBK4wsAwIQSAJ3jCwDu4wsA9eMLAETkCwBN5AsAmuQLAKvkCwDw5AsA/OQLAEblCwBO5QsAFoUSAJ7lCwDy5QsACOYLAEjmCwBU5gsAnuYLAKXmCwD05gsA/OYLAGyFEgBP5wsAoOcLAKfnCwD25wsA/+cLAEzoCwBd6AsAougLAK7oCwD46AsAAOkLAMKFEgBQ6QsApOkLALPpCwD66QsAGuoLAFDqCwBS6gsApuoLAL3qCwD86gsACOsLAFLrCwBa6wsAboYSAK3rCwD+6wsAAOwLAFTsCwBb7AsAquwLALLsCwAA7QsACe0LAFbtCwBc7QsArO0LAL3tCwAC7gsACu4LABqHEgBk7gsAru4LALHuCwAE7wsACe8LAFrvCwBr7wsAsO8LAMvvCwAG8AsAEvALAFzwCwBk8AsAcIcSAMjwCwAI8QsACfELAF7xCwBj8QsAtPELALrxCwAK8gsAFPILAGDyCwBo8gsAtvILAMjyCwDGhxIAGfMLAGLzCwBs8wsAuPMLAL7zCwAO9AsAIvQLAGT0CwBs9AsAuvQLAMr0CwAQ9QsAFfULAGb1CwBs9QsAvPULAMT1CwAS9gsAE/YLAGj2CwBq9gsAvvYLAM32CwAU9wsANPcLAGr3CwBs9wsAwPcLANf3CwAW+AsAIvgLAGz4CwB0+AsAHIgSAMr4CwAY+QsAMfkLAG75CwB3+QsAxPkLAM75CwAa+gsAIvoLAHD6CwCA+gsAxvoLAMv6CwAc+wsAJfsLAHL7CwB/+wsAyPsLAM/7CwAe/AsAJvwLAMiIEgB+/AsAyvwLANL8CwAg/QsALv0LAHb9CwCD/QsAzP0LANT9CwAi/gsAJP4LAHj+CwCA/gsAzv4LAM/+CwAk/wsAJv8LAHr/CwCJ/wsA0P8LAPD/CwAmAAwAKAAMAHwADACTAAwA0gAMAN4ADAAoAQwAQgEMAH4BDACqAQwA1AEMANcBDAAqAgwALwIMAIACDACNAgwAHokSANgCDAAsAwwANgMMAIIDDACRAwwA2AMMAOMDDAAuBAwAPAQMAIQEDACRBAwA2gQMAPEEDAAwBQwAOAUMAIYFDACHBQwA3AUMAN4FDAAyBgwAQQYMAIgGDACoBgwA3gYMAOAGDAA0BwwASwcMAIoHDACWBwwA4AcMAOgHDAB0iRIAOwgMAIwIDACSCAwA4ggMAOoIDAA4CQwAVwkMAI4JDACbCQwA5AkMAOUJDAA6CgwAUAoMAJAKDACsCgwAyokSAOsKDAA8CwwARgsMAJILDACaCwwA6AsMAOkLDAA+DAwA6gsMAFAVDABEDAwAlAwMAKAMDADqDAwA+gwMAEANDABODQwAlg0MAKkNDADsDQwA+A0MAEIODABJDgwAmA4MAKAODADuDgwA8g4MAEQPDABSDwwAmg8MAKQPDADwDwwA+w8MAEYQDABOEAwAnBAMANQQDADyEAwA+hAMAEgRDABNEQwAnhEMAKQRDAD0EQwA/BEMAEoSDABkEgwAoBIMANgSDAD2EgwA/hIMAEwTDABREwwAohMMAKgTDAD4EwwAABQMAE4UDABoFAwApBQMAL4UDAD6FAwAMhUMACCKEgBYFQwAphUMAK0VDAD8FQwACBYMAFIWDABTFgwAqBYMALQWDAD+FgwACxcMAFQXDABbFwwAqhcMALYXDAAAGAwADRgMAFYYDABlGAwArBgMAMAYDAB2ihIABBkMAFgZDAAOGQwAegUPAFsZDABScA4AZRkMAIgIDQBnGQwArhkMAM4ZDAAEGgwABhoMAFoaDABxGgwAsBoMALwaDAAGGwwADhsMAMyKEgBeGwwAshsMAL8bDAAIHAwAERwMAF4cDABgHAwAtBwMAMUcDAAKHQwAGx0MAGAdDAB0HQwAIosSANYdDAAMHgwADh4MAGIeDAB5HgwAuB4MAMQeDAAOHwwAFh8MAHiLEgBmHwwAuh8MAL0fDAAQIAwAGCAMAGYgDABzIAwAvCAMAMEgDAASIQwAHCEMAGghDABwIQwAviEMANchDAAUIgwAICIMAGoiDAB2IgwAwCIMAM0iDAAWIwwAHiMMAGwjDAB8IwwAwiMMAMcjDAAYJAwAISQMAG4kDAB7JAwAxCQMAMskDAAaJQwAIiUMAM6LEgB9JQwAxiUMAMklDAAcJgwAJiYMAHImDAB0JgwAyCYMANkmDAAeJwwALycMAHQnDACAJwwAyicMANEnDAAgKAwAOigMAHYoDAB+KAwAzCgMAM0oDACKMgwA1igMACIpDAAoKQwAeCkMAIwpDADOKQwA1ikMACQqDAAuKgwAeioMAH8qDADQKgwA2CoMACYrDAA0KwwAfCsMAIkrDADSKwwA1SsMACgsDAAyLAwAfiwMAIAsDADULAwA5SwMACotDAA7LQwAgC0MAIgtDAAkjBIA4C0MACwuDABILgwAgi4MAIouDAB6jBIA2S4MAC4vDABELwwAhC8MAIwvDADaLwwA6C8MADAwDAA9MAwAhjAMAIkwDADcMAwA5jAMADIxDAA0MQwAiDEMAJkxDADeMQwA7zEMADQyDAA8MgwA0IwSAJsyDADgMgwA7DIMADYzDAA4MwwAjDMMAI8zDADiMwwA7jMMADg0DABANAwAJo0SAJc0DADkNAwA8TQMADo1DABCNQwAkDUMAKI1DADmNQwA8zUMADw2DAA9NgwAkjYMAKg2DADoNgwA8DYMAD43DABMNwwAlDcMAKE3DADqNwwA7TcMAEA4DABKOAwAljgMAJg4DADsOAwA/TgMAEI5DABTOQwAmDkMAKA5DAB8jRIA+zkMAEQ6DABOOgwAmjoMAFE6DABwKQ4AqDoMAPA6DAAGOwwARjsMAFI7DACcOwwAqDsMAPI7DAD4OwwASDwMAE48DACePAwAozwMAPQ8DAD6PAwA0o0SAE89DACgPQwAoj0MAPY9DAD9PQwATD4MAFQ+DACiPgwApT4MAPg+DAABPwwATj8MAF0/DACkPwwArz8MAPo/DAACQAwAUEAMAGBADACmQAwAtEAMAPxADAANQQwAUkEMAF5BDACoQQwAsEEMANSOEgAcQgwAVEIMAFxCDAAqjxIAtkIMAABDDAAWQwwAVkMMAF5DDACsQwwAy0MMAICPEgAFRAwA3ocMAA9EDABYRAwAW0QMAEDsEABgRAwArkQMAGJEDAD88A4AsEQMAARFDAC4RAwAclEMAL9EDABkSgwAEUUMAFpFDABuRQwAsEUMALhFDAAGRgwAC0YMAFxGDABsRgwAskYMALpGDAAIRwwAEkcMAF5HDABpRwwAtEcMAMBHDAAKSAwAEkgMANaPEgBlSAwAtkgMAL9IDAAMSQwAEkkMAGJJDABxSQwAuEkMAMRJDAAOSgwAEUoMACyQEgBpSgwAukoMAMlKDAAQSwwAEksMAGZLDAB3SwwAvEsMAM1LDAASTAwAJkwMAGhMDABwTAwAvkwMAMxMDAAUTQwAIU0MAGpNDABtTQwAwE0MAMpNDAAWTgwAGE4MAGxODAB9TgwAwk4MANNODAAYTwwAJE8MAG5PDAB1TwwAxE8MAMxPDAAaUAwAMVAMAHBQDAB8UAwAxlAMANxQDAAcUQwAH1EMAIKQEgB9UQwAyFEMANRRDAAeUgwAJlIMANiQEgCAUgwAylIMAOBSDAAgUwwAI1MMAHZTDAB+UwwAzFMMAM5TDAAiVAwAPVQMAHhUDAB6VAwAzlQMANxUDAAkVQwANVUMAHpVDAB8VQwA0FUMAOlVDAAmVgwAN1YMAHxWDACIVgwALpESANhWDAAoVwwANlcMAH5XDACZVwwA1FcMAOBXDAAqWAwAMFgMAIBYDACIWAwA1lgMAOZYDAAsWQwAMVkMAIJZDACLWQwA2FkMAOVZDAAuWgwANVoMAIRaDACMWgwAhJESAN9aDAAwWwwANlsMAIZbDACOWwwA3FsMAAhcDAAyXAwAOVwMAIhcDAChXAwA3lwMAO1cDAA0XQwAUF0MANqREgCWXQwA4F0MAOpdDAA2XgwAPl4MAIxeDACTXgwA4l4MAOheDAA4XwwARl8MAI5fDACpXwwA5F8MAPBfDAA6YAwAQGAMAJBgDACYYAwA5mAMAPRgDAA8YQwASWEMAJJhDACVYQwA6GEMAPJhDAA+YgwAQGIMAJRiDAChYgwA6mIMAPliDABAYwwATGMMAJZjDACeYwwAMJISAPFjDABCZAwASGQMAJhkDACgZAwA7mQMABplDABEZQwAS2UMAJplDACzZQwA8GUMAP9lDABGZgwAT2YMAJxmDACiZgwA8mYMAANnDABIZwwAcGcMAJ5nDADKZwwA9GcMAPtnDABKaAwAY2gMAKBoDACvaAwA9mgMABJpDACGkhIAUWkMAKJpDACsaQwA+GkMAAhqDABOagwAU2oMAKRqDACtagwA+moMAAdrDABQawwAV2sMAKZrDACyawwA/GsMAA9sDABSbAwAYWwMAKhsDAC0bAwA/mwMAP9sDABUbQwAXm0MAKptDAC4bQwAAG4MAAVuDABWbgwAY24MANySEgC9bgwAAm8MAARvDABYbwwAW28MAK5vDACxbwwABHAMAAtwDABacAwAZnAMALBwDADAcAwABnEMABZxDABccQwAYXEMALJxDAC7cQwACHIMABVyDABecgwAZXIMALRyDADAcgwACnMMABBzDABgcwwAZnMMALZzDAC7cwwADHQMABJ0DADekxIAbHQMALh0DADGdAwADnUMAB51DABkdQwAZnUMALp1DADJdQwAEHYMABp2DABmdgwAbnYMAOCUEgDCdgwAEncMAB53DAA2lRIAbXcMAL53DADGdwwAFHgMACR4DABqeAwAeHgMAMB4DADNeAwAFnkMAB15DABseQwAdHkMAOKVEgDTeQwAGHoMAB96DABuegwAdnoMAMR6DADRegwAGnsMAB97DABwewwAensMAMZ7DADOewwAHHwMADV8DAByfAwAfnwMAMh8DADQfAwAOJYSACp9DAB0fQwAd30MAMp9DADPfQwAIH4MADF+DAB2fgwAkX4MAMx+DADYfgwAIn8MACl/DAB4fwwAlH8MAM5/DADWfwwAjpYSACmADAB6gAwAhIAMANCADADYgAwAJoEMACiBDAB4Ag4ANoEMAHyBDACBgQwA0oEMANuBDAAoggwANYIMAH6CDACFggwA5JYSAN2CDAAqgwwAN4MMAICDDACPgwwA1oMMAOCDDAAshAwAOoQMAIKEDACHhAwA2IQMAOWEDAAuhQwANoUMADqXEgCQhQwA2oUMAOeFDAAwhgwAM4YMAIaGDACUhgwA3IYMAOGGDAAyhwwAP4cMAIiHDACQhwwAkJcSAOaHDAA0iAwAOogMAIqIDAA7iAwArBoNAJaIDADgiAwA/YgMADaJDAA/iQwAjIkMAJqJDADiiQwA6IkMADiKDABEigwAjooMAJWKDADmlxIA5YoMAGr5DADwigwAOosMAPSKDAAO9gwATYsMAJCLDACaiwwA5osMAPKLDAA8jAwASYwMAJKMDACVjAwA6IwMAPaMDAA+jQwAQ40MAJSNDAChjQwA6o0MAPKNDAA8mBIARo4MAJaODACkjgwA7I4MAAePDABCjwwATo8MAJiPDACejwwA6JgSABGQDAA+mRIASZAMAJqQDACnkAwA8JAMAP2QDABGkQwAUpEMAJyRDACrkQwA8pEMAPyRDABIkgwAVpIMAJ6SDACjkgwA9JIMAAGTDABKkwwAZpMMAKCTDACokwwAlJkSAPuTDABMlAwAUpQMAKKUDACqlAwA+JQMAPmUDABOlQwAVZUMAKSVDACplQwA+pUMAAKWDABQlgwAXpYMAKaWDACplgwA/JYMAASXDABSlwwAX5cMAKiXDACtlwwA/pcMAAiYDABUmAwAXJgMAKqYDAC7mAwAAJkMAAWZDABWmQwAWJkMAKyZDACzmQwAApoMAA6aDABYmgwAX5oMAOqZEgC6mgwABJsMACGbDABamwwAY5sMALCbDAC+mwwABpwMAAycDABcnAwAaJwMALKcDAC5nAwACJ0MABCdDABenQwAdJ0MALSdDAC5nQwACp4MABGeDABgngwAaZ4MALaeDADHngwADJ8MABifDABinwwAap8MAJaaEgC+nwwADqAMABOgDABkoAwAf6AMALqgDADIoAwAEKEMABehDABmoQwAcqEMALyhDAC/oQwAEqIMABqiDABoogwAaaIMAL6iDADAogwAFKMMACOjDABqowwAiqMMAMCjDADCowwAFqQMAC2kDABspAwAeKQMAMKkDADKpAwA7JoSAB2lDABupQwAdqUMAMSlDADUpQwAGqYMACimDABwpgwAgaYMAMamDADSpgwAHKcMAB+nDABypwwAeqcMAMinDADWpwwAHqgMACuoDAB0qAwAfKgMAMqoDAACqQwAQpsSACGpDAB2qQwAgqkMAMypDADbqQwAIqoMACqqDACYmxIAeqoMAM6qDADcqgwAJKsMADWrDADumxIAgasMAEScEgDYqwwA8JwSACesDABeyAwAKawMAI61DAAqrAwA1K0MACysDADotwwALawMADKyDAAvrAwAYsoMADKsDAB8rAwAM6wMAC6wDAA1rAwASL0MAIKsDADSrAwA2KwMACitDAAtrQwAfq0MAIStDABGnRIA1q0MACquDAAwrgwAgK4MAI2uDABInhIA464MACyvDABDrwwAgq8MAJ6vDADYrwwA4K8MAJ6eEgAzsAwAhLAMAI6wDADasAwA6LAMADCxDAA/sQwAhrEMAJKxDAD0nhIA5LEMAEqfEgA+sgwAiLIMAImyDADesgwA5LIMADSzDABAswwAirMMAJmzDADgswwA4rMMADa0DABAtAwAjLQMAJi0DADitAwA6bQMAKCfEgBAtQwA9p8SAJi1DADktQwA6rUMADq2DABItgwAkLYMAJ+2DADmtgwA8LYMADy3DABYtwwAkrcMAJq3DABMoBIA9LcMAD64DABNuAwAlLgMAJm4DADquAwABbkMAEC5DABMuQwAlrkMAJy5DADsuQwA7rkMAEK6DABbugwAmLoMAKm6DADuugwA+roMAES7DABcuwwAmrsMAKa7DADwuwwA9rsMAEa8DABMvAwAnLwMAKG8DADyvAwA+LwMAKKgEgBNvQwAnr0MAKS9DAD0vQwAtL0MAKjCDAAAvgwASr4MAGK+DACgvgwApL4MAE7ADACsvgwA9r4MAPy+DABMvwwAUr8MAKK/DACnvwwA+L8MAP6/DACkoRIAUMAMAKTADACqwAwA+sAMAAfBDACmohIAXcEMAKbBDAC9wQwA/MEMABjCDABSwgwAWsIMAPyiEgCpwgwA/sIMAAzDDABUwwwAZcMMAKrDDAC2wwwAAMQMABjEDABWxAwAWsQMAATGDABixAwArMQMALLEDAACxQwACMUMAFjFDABdxQwArsUMALTFDABSoxIABsYMAFrGDABgxgwAsMYMAL3GDABUpBIAE8cMAFzHDABzxwwAsscMAM7HDAAIyAwAEMgMAKqkEgBgyAwAtMgMALrIDAAKyQwADckMAGDJDABsyQwAtskMANLJDAAMygwAFMoMAAClEgBlygwAuMoMAMTKDAAOywwAFMsMAGTLDAB8ywwAussMAL7LDABozQwAwcsMAMbRDADGywwAEMwMAMfLDADCzwwAFswMAGbMDABszAwAvMwMAMHMDAASzQwAGM0MAFalEgBqzQwAvs0MAMTNDAAUzgwAIc4MAFimEgB3zgwAwM4MANfODAAWzwwAMs8MAGzPDAB0zwwArqYSAMfPDAAY0AwAItAMAG7QDAB80AwAxNAMANPQDAAa0QwAJtEMAASnEgB40QwAWqcSANLRDAAc0gwAHdIMAHLSDAB40gwAyNIMANTSDAAe0wwALdMMAHTTDAB20wwAytMMANTTDAAg1AwALNQMAHbUDAB91AwAsKcSANTUDAAGqBIALNUMAHjVDACE1QwAztUMAOTVDAAk1gwAMNYMAHrWDACN1gwA0NYMAN7WDAAm1wwAMNcMAFyoEgCE1wwAsqgSAOjXDAAo2AwANNgMAH7YDACL2AwA1NgMAN7YDAAq2QwALNkMAIDZDACK2QwA1tkMAOTZDAAs2gwAMdoMAILaDACP2gwA2NoMAODaDAAu2wwAPtsMAITbDACG2wwA2tsMAOPbDAAw3AwAQdwMAIbcDACQ3AwACKkSAOjcDAAy3QwASd0MAIjdDACj3QwAXqkSAPfdDAA03gwAOt4MAIreDACU3gwAtKkSAOLeDAA23wwAR98MAIzfDACU3wwA4t8MAKjfDAAyCA0A7t8MADjgDAA+4AwAjuAMAJTgDADk4AwA6eAMADrhDABA4QwACqoSAKzhDADm4QwA7uEMAAyrEgBK4gwAkuIMAKPiDADo4gwA+eIMAD7jDABK4wwAlOMMAJvjDABiqxIA++MMAEDkDABR5AwAluQMAKLkDADs5AwA8+QMALirEgBE5QwAmOUMAJnlDADu5QwA9uUMAETmDABJ5gwAmuYMAKPmDADw5gwA+uYMAEbnDABO5wwAnOcMAKHnDADy5wwAAugMAEjoDABQ6AwAnugMALToDAD06AwAAOkMAErpDABg6QwAoOkMAKXpDAD26QwA/OkMAEzqDABg6gwADqwSALjqDAD46gwABusMAE7rDABb6wwApOsMAKbrDAD66wwABOwMAFDsDABc7AwApuwMAK3sDAD87AwABO0MAFLtDABr7QwAqO0MALztDAD+7QwABu4MAFTuDABW7gwAqu4MALfuDAAA7wwABe8MAFbvDABg7wwArO8MALfvDAAC8AwADvAMAFjwDABe8AwArvAMALbwDAAE8QwABfEMAFrxDABg8QwAsPEMALXxDAAG8gwAFfIMAFzyDABo8gwAsvIMALXyDAAI8wwAC/MMAGSsEgBj8wwAtPMMANDzDAC6rBIAKvQMAGD0DABo9AwAEK0SALz0DAAM9QwAGPUMAGatEgBo9QwAuPUMAMT1DADArxIAEPYMAGT2DABu9gwAuvYMALz2DAAQ9wwAIfcMAGb3DABu9wwAvPcMAMj3DAAS+AwAGPgMAGj4DABu+AwAvvgMAMP4DAAU+QwAGvkMABawEgBs+QwAwPkMAMb5DAAW+gwAGfoMAGz6DAB4+gwAwvoMAMr6DAAYsRIAHvsMAG77DAB0+wwAxPsMAMn7DAAa/AwAIPwMAG6xEgBy/AwAxvwMAM/8DAAc/QwAM/0MAHL9DAB9/QwAyP0MANL9DAAe/gwAJv4MAHCyEgCB/gwAyv4MANL+DAAg/wwAKv8MAHb/DACB/wwAzP8MANL/DAAiAA0ALgANAHgADQB6AA0AzgANANUADQAkAQ0ALAENAHoBDQCMAQ0AxrISAA8CDQAmAg0ALgINAHwCDQCfAg0AyLMSANQCDQAoAw0ANQMNAH4DDQCFAw0A1AMNAOUDDQAqBA0ANgQNAIAEDQCHBA0A1gQNANcEDQDCJQ0A3gQNAB60EgA/BQ0AggUNAJEFDQDYBQ0A5AUNAC4GDQAvBg0AhAYNAI4GDQDaBg0A6AYNADAHDQA1Bw0AhgcNAJMHDQB0tBIA5AcNAMq0EgA6CA0AILUSAJYIDQDeCA0A7QgNADQJDQBUCQ0AigkNAJYJDQDgCQ0A5wkNADYKDQA+Cg0AjAoNAI4KDQDiCg0A7AoNACK2EgBCCw0AjgsNAJYLDQB4thIA7gsNADoMDQBCDA0AzrYSANAMDQDmDA0A7gwNADwNDQBaDQ0AJLcSAJcNDQAK9g0AoA0NAOgNDQDvDQ0ATO4OAPgNDQA+Dg0ATg4NAJQODQCgDg0A6g4NAPAODQBADw0AXA8NAJYPDQCeDw0AercSAAAQDQBCEA0ATBANAJgQDQCkEA0A7hANAPYQDQDQtxIATxENAJoRDQCcEQ0A8BENAPYRDQBGEg0AThINACa4EgCeEg0A8hINAPUSDQBIEw0AUBMNAJ4TDQCuEw0A9BMNAPYTDQBKFA0AWBQNAKAUDQCxFA0AfLgSAP0UDQDSuBIAUhUNAKIVDQCnFQ0A+BUNAP4VDQAouRIAWBYNAKQWDQCmFg0A+hYNAA0XDQBQFw0AWBcNAKYXDQCyFw0A/BcNAAIYDQBSGA0AWBgNAKgYDQCtGA0A/hgNAAQZDQAquhIAXRkNAKoZDQC3GQ0AABoNAAcaDQBWGg0AXhoNAIC6EgC4Gg0AAhsNAAwbDQBYGw0AZBsNAK4bDQC9Gw0ABBwNAA4cDQBaHA0AZhwNALAcDQC3HA0A1roSAAkdDQD8xw8ADB0NAFwdDQAVHQ0A2N4OABcdDQBw/g0AaB0NALIdDQC6HQ0ALLsSABQeDQBeHg0AaB4NALQeDQDAHg0ACh8NABkfDQBgHw0Aah8NALYfDQDCHw0ADCANABMgDQCCuxIAcCANALggDQCCIA0ADs8OAM8gDQAOIQ0AGyENAGQhDQBmIQ0AuiENAMshDQAQIg0ALCINAGYiDQBuIg0A2LsSANUiDQASIw0AJiMNAGgjDQBwIw0AviMNAMEjDQAUJA0AIiQNAGokDQCBJA0AwCQNAM0kDQAWJQ0AGCUNAGwlDQB9JQ0ALrwSAMglDQAYJg0AHSYNAG4mDQCEJg0AxCYNANImDQAaJw0AHScNAHAnDQB8Jw0AxicNAMwnDQAcKA0AKCgNAHIoDQCeKA0AyCgNANQoDQAeKQ0ALSkNAHQpDQB+KQ0AyikNANgpDQAgKg0AJSoNAHYqDQCDKg0AhLwSAM4qDQAiKw0AMCsNAHgrDQCFKw0AzisNAOArDQDavBIAMywNAHosDQCGLA0A0CwNAOksDQAmLQ0AKC0NAHwtDQCLLQ0A0i0NAPItDQAoLg0AMC4NAH4uDQChLg0AML0SANkuDQAqLw0ALS8NAIAvDQCKLw0A1i8NAN4vDQAsMA0AMjANAIIwDQCOMA0A2DANAOcwDQAuMQ0AOjENAIQxDQCRMQ0A2jENAOQxDQAwMg0AODINAIYyDQCVMg0A3DINAN4yDQAyMw0AQzMNAIgzDQCZMw0A3jMNAOYzDQA0NA0ARTQNAIo0DQCMNA0A4DQNAOM0DQA2NQ0AQDUNAIw1DQCwNQ0A4jUNAP41DQCGvRIAPjYNAI42DQCTNg0A5DYNAPM2DQA6Nw0ARjcNAJA3DQCTNw0A5jcNAOk3DQA8OA0ARDgNAJI4DQChOA0A6DgNAO04DQA+OQ0AVDkNAJQ5DQCVOQ0A6jkNAPs5DQBAOg0ATDoNAJY6DQCgOg0A7DoNAPg6DQBCOw0ASTsNANy9EgCcOw0A7jsNAPw7DQBEPA0ATjwNAJo8DQClPA0A8DwNAPg8DQBGPQ0AUj0NAJw9DQCvPQ0A8j0NAAA+DQBIPg0AUj4NAJ4+DQCmPg0A9D4NAAM/DQBKPw0ATz8NAKA/DQCnPw0A9j8NAAJADQAyvhIAWEANAKJADQClQA0A+EANAPtADQBOQQ0AaEENAKRBDQCwQQ0A+kENAA1CDQBQQg0AXkINAKZCDQCwQg0A/EINAB9DDQCIvhIAXEMNAKhDDQC0Qw0A/kMNAAVEDQBURA0AXEQNAKpEDQCuRA0AAEUNAA5FDQBWRQ0AYEUNAKxFDQC3RQ0AAkYNAApGDQBYRg0AZ0YNAK5GDQCzRg0ABEcNAAtHDQBaRw0AZkcNALBHDQC4Rw0A3r4SABxIDQC2pA8AH0gNAFxIDQBmSA0AskgNAL5IDQAISQ0AC0kNAF5JDQBoSQ0AtEkNALdJDQAKSg0AGkoNAGBKDQBiSg0AtkoNAMRKDQAMSw0AHUsNADS/EgBpSw0Air8SANFLDQAOTA0AGEwNAGRMDQBwTA0AukwNAL1MDQAQTQ0AGk0NAOC/EgBrTQ0AvE0NANxNDQASTg0AGk4NADbAEgB2Tg0Avk4NANRODQAUTw0AIE8NAGpPDQBxTw0AwE8NAMhPDQAWUA0AG1ANAGxQDQB1UA0AwlANAMxQDQAYUQ0AIFENAG5RDQB8UQ0AxFENANFRDQAaUg0AIlINAIzAEgCAUg0AxlINAM5SDQDiwBIAI1MNAHJTDQB+Uw0AyFMNAM9TDQAeVA0AJlQNAHRUDQB+VA0AylQNANhUDQAgVQ0ANlUNAHZVDQCCVQ0AzFUNANFVDQAiVg0AK1YNAHhWDQCCVg0AzlYNANZWDQAkVw0AKVcNAHpXDQCKVw0A0FcNANhXDQA4wRIAMFgNAHxYDQB/WA0Agl0OAIRYDQCOwRIA4FgNAChZDQA+WQ0AflkNAIpZDQDUWQ0A21kNACpaDQAyWg0AgFoNAIVaDQDWWg0A31oNACxbDQA2Ww0AglsNAIpbDQDYWw0A2lsNAJpnDQDmWw0ALlwNADtcDQCEXA0AjFwNAOTBEgDmXA0AMF0NADNdDQCGXQ0AkF0NADrCEgDqXQ0AMl4NAEheDQCIXg0AlF4NAN5eDQDlXg0ANF8NADxfDQCKXw0Aj18NAOBfDQDpXw0ANmANAEBgDQCMYA0AlGANAOJgDQDkYA0AOGENAEhhDQCOYQ0AmGENAORhDQDwYQ0AOmINAEBiDQDmwhIAnmINAOZiDQD8Yg0APGMNAEhjDQCSYw0Al2MNAOhjDQDxYw0APmQNAEhkDQCUZA0AnGQNAOpkDQAMZQ0APMMSAE9lDQCWZQ0AomUNAOxlDQDtZQ0AQmYNAExmDQCYZg0ApmYNAO5mDQDzZg0ARGcNAFFnDQCSwxIAqmcNAPBnDQD6Zw0ARmgNAFJoDQCcaA0AomgNAPJoDQD6aA0AlMQSAE1pDQCeaQ0ApmkNAPRpDQAAag0ACHQNAA1qDQBKag0AVmoNAKBqDQCoag0A6sQSAANrDQBMaw0AVGsNAKJrDQCwaw0A+GsNAAVsDQBObA0AUWwNAKRsDQCubA0A+mwNAPxsDQBQbQ0AXW0NAKZtDQC1bQ0A/G0NAAhuDQBSbg0AWm4NAEDFEgC4bg0A/m4NAAZvDQBUbw0AYG8NAKpvDQCwbw0AAHANAAZwDQBWcA0AW3ANAKxwDQCycA0AlsUSAA9xDQBYcQ0AXXENAK5xDQC4cQ0ABHINAAxyDQBacg0AZnINALByDQDDcg0ABnMNABRzDQBccw0AX3MNALJzDQC8cw0A7MUSABt0DQBedA0AbHQNALR0DQC3dA0ACnUNABR1DQBCxhIAZXUNALZ1DQBudQ0AnpQNAL51DQAMdg0AGHYNAGJ2DQBodg0AuHYNAHV2DQBEkg0AvnYNAA53DQATdw0AZHcNAGp3DQCYxhIAwHcNABB4DQAVeA0AZngNAGx4DQDuxhIAyngNABJ5DQAteQ0AaHkNAHR5DQC+eQ0AxXkNAETHEgAdeg0AanoNAHd6DQDAeg0AzHoNABZ7DQApew0AbHsNAG17DQDCew0AznsNABh8DQAnfA0AbnwNAHh8DQDEfA0A0HwNABp9DQAhfQ0AmscSAHZ9DQDGfQ0AzH0NABx+DQAhfg0Acn4NAHh+DQBGyBIA0X4NAB5/DQArfw0AdH8NAHh/DQDKfw0AzH8NACCADQAtgA0AdoANAICADQCcyBIA04ANACKBDQAqgQ0AeIENAISBDQDOgQ0A4YENACSCDQAzgg0AeoINAIaCDQDQgg0A0YINACaDDQAwgw0AfIMNAIqDDQDSgw0A14MNACiEDQA1hA0A8sgSAIqEDQDUhA0A2oQNACqFDQAwhQ0AgIUNAIWFDQDWhQ0A3IUNAEjJEgAxhg0AgoYNAIyGDQD0yRIA4IYNAC6HDQA7hw0AhIcNAImHDQDahw0A5IcNADCIDQA4iA0AhogNAJKIDQDciA0A74gNADKJDQAziQ0AiIkNAJSJDQDeiQ0A7YkNADSKDQA+ig0AiooNAJKKDQDgig0A4ooNAErKEgA/iw0AjIsNAJuLDQDiiw0A8YsNADiMDQBEjA0AjowNAJGMDQDkjA0A54wNAKDKEgA8jQ0AkI0NAJONDQDmjQ0A7o0NADyODQBJjg0Ako4NAJeODQDojg0A8o4NAD6PDQBGjw0AlI8NAKCPDQDqjw0A/Y8NAECQDQBBkA0AlpANAKKQDQDskA0A+5ANAEKRDQBMkQ0AmJENAKSRDQDukQ0A9ZENAPbKEgBTkg0AmpINAKaSDQDwkg0A8ZINAEaTDQBQkw0AnJMNAKqTDQDykw0A95MNAEiUDQBVlA0ATMsSAK+UDQCiyxIAAZUNAEqVDQBYlQ0AoJUNALGVDQD2lQ0AGJYNAPjLEgBRlg0AopYNAFKWDQC6zQ0AqpYNAPiWDQD5lg0AVpsNAPuWDQBYnA0A/ZYNAFSaDQD+lg0AsJ0NAP+WDQBSmQ0AB5cNAE6XDQARlw0AtqANAFOXDQCklw0AsZcNAPqXDQAHmA0AUJgNAFyYDQCmmA0AtZgNAPyYDQAGmQ0ATswSAGCZDQComQ0AqpkNAP6ZDQAPmg0ApMwSAFWaDQCqmg0AtpoNAACbDQANmw0A+swSAGSbDQCsmw0AuZsNAAKcDQAZnA0AUM0SAGGcDQAInw0AYpwNAK6cDQCwnA0ABJ0NAAqdDQBanQ0AZJ0NAKbNEgC8nQ0ABp4NAAieDQBcng0Aa54NALKeDQC9ng0A/M0SABefDQBenw0AbZ8NALSfDQDAnw0ACqANABagDQBgoA0AZ6ANAFLOEgDCoA0ADKENABShDQCozhIAe6ENALihDQDJoQ0ADqINABqiDQD+zhIAa6INALqiDQDCog0AEKMNABGjDQBmow0AbKMNALyjDQDBow0AEqQNABOkDQBopA0AdKQNAL6kDQDEpA0AFKUNAB6lDQBqpQ0AeKUNAMqqDQB+pQ0AwKUNAMilDQBUzxIAJqYNAGymDQB0pg0AwqYNAMumDQAYpw0Az6YNAMipDQAlpw0AbqcNAHWnDQDEpw0A0KcNABqoDQAqqA0AcKgNAH6oDQDGqA0A06gNABypDQAoqQ0AcqkNAHmpDQCqzxIA0akNAB6qDQAvqg0AdKoNAIWqDQAA0BIA1qoNACCrDQAjqw0AdqsNAH6rDQDMqw0A0asNACKsDQAyrA0AeKwNAICsDQDOrA0A16wNACStDQDbrA0A1K8NADGtDQB6rQ0Aga0NANCtDQDcrQ0AJq4NADauDQB8rg0Aiq4NANKuDQDfrg0AKK8NADSvDQB+rw0Aha8NAFbQEgDdrw0AKrANADuwDQCAsA0AkbANAKzQEgDbsA0ALLENADmxDQCCsQ0AjrENANixDQDisQ0ALrINAEKyDQCEsg0AhbINANqyDQDmsg0AMLMNAE+zDQCGsw0AjrMNANyzDQDhsw0AMrQNAEu0DQCItA0AtLQNAN60DQDqtA0ANLUNAEO1DQCKtQ0AlLUNAOC1DQDotQ0ANrYNAEG2DQCMtg0AjrYNAOK2DQDltg0AOLcNAEC3DQCOtw0Am7cNAOS3DQDptw0AOrgNAEK4DQCQuA0AkrgNAOa4DQDwuA0APLkNAEa5DQCSuQ0AmLkNAOi5DQD2uQ0AProNAFe6DQCUug0AnboNAOq6DQD0ug0AQLsNAEy7DQAC0RIAorsNAOy7DQD2uw0AQrwNAE28DQCYvA0AnbwNAO68DQD1vA0ARL0NAEy9DQCavQ0Ax70NAFjREgD3vQ0ARr4NAE6+DQCcvg0Ayb4NAPK+DQD3vg0ASL8NAEm/DQCevw0AqL8NAPS/DQACwA0ASsANAE/ADQCgwA0ArcANAPbADQASwQ0ATMENAGjBDQCu0RIAr8ENAPjBDQD8wQ0ATsINAFTCDQCkwg0ApsINAPrCDQD7wg0AUMMNAHPDDQCmww0AysMNAPzDDQApxA0AUsQNAFrEDQCoxA0ArcQNAP7EDQALxQ0AVMUNAFzFDQCqxQ0ArMUNAADGDQAIxg0AVsYNAIPGDQCsxg0AucYNAALHDQAHxw0AWMcNAGXHDQCuxw0AuscNAATIDQAxyA0AWsgNAGLIDQCwyA0Ay8gNAAbJDQAIyQ0AXMkNAG3JDQCyyQ0Au8kNAAjKDQAUyg0ABNISAGvKDQC0yg0Az8oNAArLDQAPyw0AYMsNAIDLDQC2yw0AwssNAAzMDQAUzA0AWtISAHDMDQC4zA0AwswNAA7NDQAZzQ0AZM0NAGzNDQAG0xIAw80NABDODQAazg0AZs4NAHHODQC8zg0A0M4NABLPDQAnzw0AaM8NAHDPDQC+zw0A1c8NABTQDQAZ0A0AatANAHTQDQDA0A0AyNANAFzTEgAY0Q0AbNENAH3RDQDC0Q0AxdENABjSDQAk0g0AstMSAHzSDQDE0g0A1dINAAjUEgAd0w0AcNMNAHPTDQDG0w0A0tMNABzUDQAi1A0ActQNAHzUDQBe1BIA1dQNAB7VDQA11Q0AdNUNAHzVDQC01BIA0NUNACDWDQAm1g0AdtYNAI7WDQDM1g0AztYNACLXDQAl1w0AeNcNAHvXDQDO1w0A2tcNACTYDQAq2A0AetgNAITYDQBg1RIA1dgNACbZDQAz2Q0AttUSAIzZDQDS2Q0A3tkNACjaDQAu2g0AftoNAIraDQDU2g0AjNoNAOyWEADh2g0AKtsNADnbDQCA2w0AjNsNANbbDQDe2w0ADNYSADTcDQCC3A0AhNwNANjcDQDn3A0ALt0NADjdDQCE3Q0Ajd0NANrdDQDc3Q0AMN4NAEHeDQCG3g0Am94NANzeDQDk3g0AMt8NAHPfDQCI3w0AkN8NAN7fDQDq3w0ANOANAEfgDQCK4A0Ai+ANAODgDQDs4A0ANuENAEXhDQCM4Q0AluENAOLhDQDu4Q0AOOINAD/iDQC41hIAquINAA7XEgDn4g0AOuMNAELjDQCQ4w0AneMNAObjDQDr4w0APOQNAEbkDQCS5A0AmuQNAOjkDQDy5A0ARukNAPjkDQBK6w0AFeUNAD7lDQBI5Q0AlOUNAE7lDQBC5w0AmuUNAOrlDQDz5Q0AQOYNAEzmDQCW5g0Aw+YNAOzmDQAI5w0AutcSAETnDQCY5w0AqecNAO7nDQDx5w0AROgNAFDoDQCa6A0Ax+gNAPDoDQAM6Q0AENgSAEzpDQCc6Q0ApekNAPLpDQD86Q0ASOoNAFPqDQCe6g0AsuoNAPTqDQAQ6w0AZtgSAEzrDQCg6w0AsesNAPbrDQD56w0ATOwNAGDsDQCi7A0AvuwNALzYEgAA7Q0AEtkSAFbtDQBo2RIAsO0NAPrtDQAA7g0AUO4NAFbuDQCm7g0Aq+4NAPzuDQAC7w0AvtkSAFzvDQCo7w0AsO8NAGraEgAE8A0AVPANAFzwDQCq8A0At/ANAADxDQAM8Q0AVvENAFjxDQCs8Q0AsvENAALyDQAK8g0AwNoSAGXyDQCu8g0AtfINAATzDQAM8w0AWvMNAF/zDQCw8w0AwPMNAAb0DQAO9A0AXPQNAGr0DQCy9A0Av/QNAAj1DQAJ9Q0AXvUNAGf1DQC09Q0AvvUNABbbEgAW9g0AYPYNAGP2DQC29g0AvvYNAAz3DQAZ9w0AYvcNAGf3DQC49w0AwvcNAA74DQAW+A0AZPgNAHD4DQC6+A0AzfgNABD5DQAe+Q0AZvkNAGn5DQC8+Q0AxvkNAGzbEgAX+g0AaPoNAHT6DQC++g0AwfoNABT7DQAc+w0AavsNAHf7DQDA+w0AxfsNABb8DQAg/A0AbPwNAHT8DQDC/A0AzvwNABj9DQAr/Q0Abv0NAHz9DQDE/Q0Ax/0NABr+DQAk/g0AwtsSAHb+DQDG/g0A0v4NABz/DQAe/w0Acv8NAHn/DQDI/w0A3P8NAB4ADgAmAA4AdAAOAIAADgDKAA4A3QAOACABDgAuAQ4AdgEOAHkBDgDMAQ4A1gEOACICDgAlAg4AGNwSAJMCDgDOAg4A0AIOACQDDgAyAw4AegMOAIsDDgDQAw4A0gMOACYEDgA/BA4AfAQOAI0EDgDSBA4A3gQOAG7cEgAxBQ4AfgUOAIsFDgDUBQ4A3gUOACoGDgA4Bg4AgAYOAJYGDgDWBg4A4gYOACwHDgA4Bw4AggcOAJUHDgDYBw4A5wcOAC4IDgA6CA4AhAgOAIUIDgDaCA4A5AgOADAJDgA+CQ4AhgkOAIsJDgDcCQ4A6QkOAMTcEgBACg4AiAoOAJ4KDgDeCg4A6goOADQLDgA7Cw4AigsOAJILDgDgCw4A5QsOADYMDgA/DA4AjAwOAJYMDgDiDA4A6gwOADgNDgA8DQ4Ajg0OAJANDgDkDQ4A8g0OADoODgBEDg4AkA4OAJ4ODgDmDg4A8w4OADwPDgBTDw4Akg8OAJoPDgDoDw4A+A8OAD4QDgBDEA4AlBAOAJoQDgDqEA4A8hAOAEARDgBFEQ4AlhEOAJcRDgDsEQ4A+BEOAEISDgBIEg4AmBIOAJoSDgDuEg4A+BIOAEQTDgBSEw4AmhMOAJ8TDgDwEw4A/RMOAMbdEgBMFA4AnBQOAKEUDgDyFA4A+BQOABzeEgBNFQ4AnhUOAKsVDgD0FQ4AARYOAEoWDgBWFg4AoBYOAK8WDgD2Fg4AABcOAEwXDgBaFw4AohcOAKcXDgD4Fw4ABRgOAE4YDgBWGA4AHt8SALAYDgD6GA4AChkOAFAZDgBZGQ4AphkOAKkZDgD8GQ4ACBoOAFIaDgBZGg4AdN8SAK0aDgD+Gg4ACxsOAFQbDgBhGw4AqhsOALYbDgAAHA4ADxwOAFYcDgBgHA4ArBwOALocDgACHQ4ABx0OAFgdDgBlHQ4Arh0OALYdDgDK3xIAEB4OAFoeDgBqHg4AsB4OALkeDgAGHw4ACR8OAFwfDgBoHw4Ash8OALkfDgAg4BIADSAOAF4gDgBnIA4A9EYRAGsgDgC0IA4AwSAOAAohDgAWIQ4AYCEOAG8hDgC2IQ4AwCEOAAwiDgAaIg4AYiIOAGciDgC4Ig4AxSIOAA4jDgAWIw4AduASAHAjDgC6Iw4AyiMOABAkDgAZJA4AZiQOAGkkDgC8JA4AyCQOABIlDgAZJQ4AzOASAH8lDgC+JQ4AxCUOABQmDgAgJg4AaiYOAIEmDgDAJg4AwiYOABYnDgAgJw4AbCcOAHgnDgDCJw4AzicOABgoDgAeKA4AbigOAHQoDgDEKA4AySgOABopDgAgKQ4AIuESAH4pDgDGKQ4A0ykOABwqDgAzKg4AcioOAHoqDgDIKg4AyyoOAB4rDgAqKw4AdCsOAIUrDgDKKw4A1isOACAsDgAvLA4AdiwOAIAsDgDMLA4A2CwOACItDgApLQ4AeC0OAIAtDgDOLQ4A2C0OACQuDgAwLg4Aei4OAH0uDgDQLg4A2i4OAHjhEgBALw4AzuESAIYvDgDSLw4A1C8OACgwDgAuMA4AfjAOAIgwDgDUMA4A3DAOAHriEgAtMQ4A8m4QADUxDgCAMQ4AgTEOANYxDgDgMQ4ALDIOAFcyDgDQ4hIAkjIOANgyDgDaMg4ALjMOADwzDgCEMw4AlTMOACbjEgDgMw4AMDQOADw0DgCGNA4AiDQOANw0DgDfNA4AMjUOADc1DgCINQ4AlTUOAN41DgD6NQ4ANDYOADw2DgDS4xIAlzYOAOA2DgD7Ng4ANjcOADg3DgCMNw4AnTcOAOI3DgDwNw4AODgOAD84DgCOOA4AljgOAOQ4DgDpOA4AOjkOAEM5DgCQOQ4AmjkOAOY5DgDnOQ4APDoOAEU6DgCSOg4AnDoOAOg6DgDwOg4APjsOAE47DgCUOw4AmjsOAOo7DgDvOw4AQDwOAFY8DgCWPA4AnjwOAOw8DgDvPA4AQj0OAPs8DgCaPg4AYj0OAJg9DgCmPQ4A7j0OAO89DgAo5BIAVD4OAH7kEgCrPg4A8D4OAPw+DgBGPw4ASD8OAJw/DgCpPw4A1OQSAPg/DgBIQA4AaEAOAJ5ADgCmQA4AKuUSAKpADgB6WQ4A90AOAEpBDgBUQQ4AgOUSAKlBDgD2QQ4ADEIOAExCDgBiQg4AokIOAKRCDgD4Qg4A/kIOAE5DDgBiQw4ALOYSALFDDgCC5hIAAUQOAFBEDgBYRA4ApkQOALBEDgD8RA4ACEUOAFJFDgBVRQ4AqEUOALJFDgDY5hIAB0YOAFRGDgBqRg4AqkYOAMBGDgAARw4AAkcOAFZHDgBcRw4ArEcOAMBHDgCE5xIABEgOAFhIDgASSA4A8pkQAHhIDgDa5xIAtUgOAARJDgAMSQ4AWkkOAGRJDgCwSQ4AvEkOAAZKDgAJSg4AXEoOAGZKDgAw6BIAu0oOAAhLDgAeSw4AXksOAHRLDgC0Sw4AtksOAApMDgAQTA4AYEwOAHRMDgDc6BIAuEwOAAxNDgAaTQ4AYk0OAHNNDgAy6RIAv00OAIjpEgAaTg4AZE4OAGdODgC6Tg4AxE4OADTqEgAZTw4AZk8OAHxPDgC8Tw4A0k8OABJQDgAUUA4AaFAOAG5QDgC+UA4A0lAOAODqEgAgUQ4AalEOAGxRDgDAUQ4A4FEOADbrEgAgUg4AbFIOAHhSDgDCUg4AxVIOABhTDgAiUw4AjOsSAHdTDgDEUw4A2lMOABpUDgAwVA4AcFQOAHJUDgDGVA4AzFQOABxVDgAwVQ4AOOwSAHZVDgDIVQ4A0FUOAB5WDgAoVg4AdFYOAIBWDgDKVg4AzVYOACBXDgAqVw4AjuwSAH9XDgDMVw4A4lcOACJYDgA4WA4AeFgOAHpYDgDOWA4A1FgOACRZDgA4WQ4AOu0SAIFZDgDQWQ4A2FkOACZaDgAwWg4AfFoOAIhaDgDSWg4A1VoOAChbDgAyWw4AkO0SAIdbDgDUWw4A6lsOACpcDgBAXA4AgFwOAIJcDgDWXA4A3FwOACxdDgBAXQ4APO4SAIpdDgDYXQ4Anl0OAPJJEwDeXQ4AWnYPAOhdDgAuXg4A6V0OAHbaDwDxXQ4AyNgPADBeDgCEXg4Akl4OANpeDgDrXg4Aku4SADdfDgDo7hIAj18OABhVDwCSXw4A3F8OAN9fDgAyYA4AO2AOAIhgDgCZYA4A3mAOAOhgDgA0YQ4APGEOAIphDgBQYQ4AYKQPAI1hDgDgYQ4A6WEOADZiDgBMYg4AjGIOAKJiDgDiYg4A5GIOADhjDgA+Yw4AjmMOAKJjDgA+7xIADGQOADpkDgBiZA4AlO8SAJZkDgCcQQ8AnGQOAD5mDgCdZA4ASkMPAJ9kDgBIQg8AoGQOAOZkDgDoZA4APGUOAEplDgCSZQ4Ao2UOAOrvEgDwZQ4AQPASAERmDgCUZg4AmmYOAOpmDgDvZg4AQGcOAEZnDgCW8BIAomcOAOxnDgD0Zw4AQvESAE5oDgCYaA4AomgOAO5oDgD3aA4ARGkOAEVpDgCaaQ4AomkOAPBpDgD1aQ4ARmoOAFZqDgDu8RIAqGoOAPJqDgD0ag4ASGsOAE5rDgCeaw4ApWsOAPRrDgD5aw4ASmwOAE5sDgCgbA4ArWwOAPZsDgD+bA4ATG0OAFFtDgCibQ4Asm0OAETyEgAJbg4ATm4OAFpuDgCkbg4As24OAPpuDgAEbw4AUG8OAF5vDgCmbw4As28OAPxvDgATcA4AmvISAFVwDgBG8xIAq3AOAP5wDgCvcA4AFgYTAAZxDgBUcQ4AfHEOAKpxDgDScQ4AAHIOAChyDgCc8xIAX3IOAKxyDgCtcg4AAnMOABFzDgBYcw4AGHMOAAZ1DgBpcw4ArnMOALBzDgAEdA4AB3QOAFp0DgBddA4AsHQOALh0DgCe9BIAC3UOAFx1DgBjdQ4AsnUOALt1DgAIdg4AGXYOAF52DgBqdg4AtHYOALx2DgD09BIAEHcOAGB3DgBndw4AtncOALt3DgAMeA4AEHgOAGJ4DgBveA4AuHgOAMd4DgAOeQ4AH3kOAGR5DgBmeQ4AunkOAL15DgAQeg4AE3oOAGZ6DgBueg4ASvUSAMF6DgD4ww4Ax3oOAGJ8EADIeg4AEnsOABV7DgBoew4AcnsOAKD1EgDHew4AFHwOACN8DgBqfA4AeXwOAMB8DgDMfA4AFn0OABl9DgBsfQ4Ab30OAPb1EgDFfQ4AGH4OAEB+DgBM9hIAdn4OAKL2EgDMfg4A+PYSACh/DgBwfw4AgX8OAMZ/DgDSfw4AHIAOAD+ADgBygA4AdYAOAMiADgDsgA4AHoEOACaBDgCk9xIAdoEOAMqBDgDYgQ4AIIIOADGCDgD69xIAfYIOAFD4EgDUgg4A/PgSACeDDgB4gw4AhYMOAM6DDgDRgw4AJIQOACmEDgB6hA4Ai4QOANCEDgDchA4AUvkSACuFDgB8hQ4AjYUOANKFDgDehQ4AKIYOAEKGDgB+hg4AgoYOAIKIDgCFhg4A3IoOAIiGDgA0jA4AioYOAISJDgCMhg4AgIcOAI+GDgDUhg4A2YYOACqHDgBBhw4AqPkSAI2HDgDWhw4A5ocOACyIDgAxiA4A/vkSAISIDgDYiA4A3ogOAC6JDgA7iQ4AVPoSAIqJDgDaiQ4A4IkOADCKDgA1ig4AhooOAIyKDgCq+hIA6IoOADKLDgBLiw4AiIsOAJGLDgDeiw4A9YsOAAD7EgA6jA4AiowOAIyMDgDgjA4A74wOADaNDgBCjQ4AVvsSAI6NDgDijQ4A840OADiODgBGjg4Ajo4OAJWODgDkjg4A5o4OADqPDgBEjw4AkI8OAJ6PDgDmjw4A648OADyQDgBJkA4AkpAOAJqQDgDokA4A7JAOAD6RDgBAkQ4AlJEOAJqRDgDqkQ4A95EOAKz7EgBNkg4AlpIOAK2SDgDskg4ACJMOAAL8EgBOkw4AmJMOAJmTDgDukw4A9JMOAESUDgBQlA4AmpQOAKmUDgDwlA4A8pQOAEaVDgBQlQ4AnJUOAKqVDgDylQ4A95UOAEiWDgBVlg4AnpYOAKaWDgD0lg4A+JYOAEqXDgBMlw4AoJcOAKaXDgD2lw4AA5gOAFj8EgBZmA4AopgOALmYDgD4mA4AFJkOAK78EgBXmQ4ApJkOALKZDgD6mQ4ABJoOAFCaDgBcmg4AppoOAKmaDgD8mg4AGJsOAFKbDgBamw4ABP0SALSbDgD+mw4AAZwOAFScDgBenA4ABv4SALOcDgAAnQ4ADp0OAFadDgBgnQ4ArJ0OALidDgACng4ACp4OALL+EgBang4Arp4OALyeDgAEnw4AFZ8OAAj/EgBhnw4AXv8SALWfDgAGoA4ADqAOAFygDgBioA4AsqAOALugDgAIoQ4AFaEOAAoAEwBjoQ4AtKEOAGqhDgBiow4AvaEOAAqiDgAUog4AYKIOAGiiDgC2og4A/KIOAAyjDgAUow4AYAATAGijDgC4ow4AvqMOAA6kDgAWpA4AZKQOAKqkDgC6pA4AwqQOALYAEwAYpQ4ADAETAG+lDgC8pQ4AyqUOABKmDgAcpg4AaKYOAHSmDgC+pg4AwaYOABSnDgAcpw4AuAETAHanDgDApw4Aw6cOABaoDgAgqA4ADgITAHSoDgBkAhMA0KgOABipDgApqQ4AbqkOAHqpDgDEqQ4Ax6kOALoCEwBiqg4AcKoOALiqDgAQAxMA1qoOAByrDgAeqw4AcqsOAICrDgDIqw4A2asOAGYDEwA6rA4AdKwOAHysDgC8AxMA0KwOAAgiDwDdrA4AIK0OAC+tDgB2rQ4Agq0OAMytDgDNrQ4AIq4OACyuDgB4rg4Ahq4OAM6uDgDTrg4AJK8OADGvDgASBBMAiK8OANCvDgDdrw4AJrAOAC6wDgBoBBMAiLAOANKwDgD+sA4AKLEOADSxDgB+sQ4AjbEOANSxDgDesQ4AKrIOADiyDgCAsg4AhbIOANayDgDjsg4ALLMOADSzDgCCsw4AkLMOANizDgDlsw4ALrQOADa0DgC+BBMAhrQOAHDXDwCStA4A2rQOAOS0DgAwtQ4APLUOAIa1DgCNtQ4A3LUOAOS1DgAytg4ANrYOAIi2DgCWtg4A3rYOAOi2DgA0tw4AP7cOAIq3DgCStw4A4LcOAOK3DgA2uA4APrgOAIy4DgCZuA4A4rgOAOe4DgA4uQ4ARbkOAI65DgCsuQ4A5LkOABW6DgA6ug4ARroOAJC6DgCWug4A5roOAOu6DgA8uw4ARLsOAJK7DgCeuw4A6LsOAPu7DgA+vA4ATLwOAJS8DgCevA4A6rwOAPK8DgBAvQ4AT70OAJa9DgCbvQ4A7L0OAPO9DgBCvg4ATr4OAJi+DgC0vg4A7r4OAPa+DgAUBRMARr8OAJq/DgCovw4A8L8OAP2/DgBGwA4AVMAOAJzADgCpwA4A8sAOAAnBDgBIwQ4AUMEOAJ7BDgCswQ4A9MEOAAHCDgBKwg4AUsIOAMAFEwCuwg4A9sIOAPfCDgBsBhMAWMMOAKLDDgCpww4AwgYTAP/DDgBOxA4AU8QOABgHEwCsxA4AbgcTAALFDgBQxQ4AOMUOAJQWEQBRxQ4AUBsPAFPFDgBUHQ8AWcUOAKbFDgBaxQ4A+BkPAGDFDgBSHA8AbsUOAMivEACzxQ4A/MUOAAfGDgBSxg4AVMYOAKjGDgC1xg4A/sYOAAXHDgBUxw4AZccOAKrHDgC2xw4AAMgOAAfIDgBWyA4AXsgOAMQHEwCyyA4AAskOAAjJDgBYyQ4AXckOAK7JDgC0yQ4AGggTABDKDgBayg4AZMoOALDKDgC0yg4ABssOABLLDgBcyw4AaMsOALLLDgC/yw4ACMwOABDMDgBezA4AaMwOALTMDgDAzA4ACs0OAA3NDgBgzQ4Aas0OAMYIEwC4zQ4ADM4OAA/ODgBizg4AZc4OAHIJEwDAzg4AyAkTABzPDgBkzw4AZc8OAB4KEwDCzw4AdAoTABXQDgBm0A4AbdAOALzQDgDB0A4AygoTABrRDgAgCxMAcNEOAL7RDgDI0Q4AFNIOAB/SDgBq0g4AeNIOAMDSDgDD0g4AFtMOAB7TDgBs0w4AdtMOAMLTDgDO0w4AGNQOABvUDgBu1A4AeNQOAHYLEwDS1A4AGtUOADDVDgBw1Q4AfNUOAMbVDgDN1Q4AHNYOACTWDgBy1g4Ad9YOAMjWDgDR1g4AHtcOACjXDgB01w4AfNcOAMrXDgDM1w4AINgOADDYDgB22A4AgNgOAMzYDgDY2A4AItkOACjZDgB42Q4AgNkOACIMEwDc2Q4AJNoOACXaDgB4DBMAf9oOAM4MEwDS2g4AJtsOACfbDgB82w4Af9sOANLbDgDd2w4AKNwOAC3cDgB+3A4AiNwOACQNEwD43A4AKt0OADLdDgB6DRMAgt0OANbdDgDn3Q4ALN4OAD3eDgCC3g4Ahd4OANANEwDe3g4ALt8OADPfDgCE3w4Ah98OANrfDgDd3w4AMOAOADjgDgAmDhMAlOAOANzgDgDf4A4AMuEOAD3hDgCI4Q4AlOEOAN7hDgDl4Q4ANOIOADziDgCK4g4AmOIOAODiDgDt4g4ANuMOAD7jDgB8DhMAmOMOAOLjDgDl4w4AOOQOAELkDgCO5A4AluQOANIOEwDw5A4AOuUOAEDlDgCQ5Q4AmuUOAOblDgD65Q4APOYOAETmDgAoDxMAn+YOAOjmDgDw5g4APucOAEHnDgCU5w4AoOcOAOrnDgD05w4AQOgOAEnoDgCW6A4Al+gOAOzoDgAE6Q4AQukOAETpDgCY6Q4AqekOAO7pDgD/6Q4AROoOAEzqDgCa6g4AqeoOAPDqDgDy6g4ARusOAFfrDgCc6w4AresOAPLrDgAL7A4ASOwOAErsDgCe7A4ArewOAPTsDgAU7Q4A1A8TAEztDgCg7Q4AwO0OAPbtDgAK7g4ALBETAFTuDgCi7g4Ar+4OAPjuDgD97g4ATu8OAFjvDgCk7w4ArO8OAPrvDgAA8A4AUPAOAFnwDgCm8A4As/AOAIIREwAI8Q4AUvEOAFjxDgCo8Q4ArvEOAP7xDgAH8g4AVPIOAFXyDgCq8g4AtPIOAADzDgAM8w4AVvMOAF3zDgDYERMAtPMOAC4SEwAK9A4AhBITAGD0DgDaEhMAuvQOAAT1DgAU9Q4AWvUOAF/1DgCw9Q4AtvUOAAb2DgAS9g4AXPYOAGT2DgAwExMAw/YOAAj3DgAZ9w4AXvcOAHD3DgC09w4AvPcOAAr4DgAV+A4AYPgOAGX4DgC2+A4Au/gOAAz5DgAs+Q4AhhMTAHL5DgC4+Q4AwvkOAA76DgAa+g4AZPoOAGr6DgC6+g4AwvoOABD7DgAS+w4AZvsOABz7DgAcAQ8Ad/sOALz7DgDN+w4AEvwOACT8DgBo/A4AcPwOAL78DgDJ/A4AFP0OABn9DgBq/Q4Ab/0OAMD9DgDg/Q4A3BMTABj+DgBs/g4Ae/4OAML+DgDN/g4AGP8OACr/DgBu/w4Adv8OAMT/DgDP/w4AGgAPAB8ADwBwAA8AdQAPAMYADwDmAA8AMhQTAB4BDwByAQ8AgQEPAMgBDwDTAQ8AHgIPADACDwB0Ag8AfAIPAMoCDwDVAg8AIAMPACUDDwB2Aw8AewMPAMwDDwDsAw8AiBQTAC8EDwB4BA8AjwQPAN4UEwDbBA8AJAUPADsFDwA0FRMAhwUPANAFDwDXBQ8AJgYPADQGDwB8Bg8AiQYPANIGDwDpBg8AihUTADAHDwDgFRMAgAcPANQHDwDiBw8AKggPADsIDwA2FhMAjQgPANYIDwDtCA8AjBYTADYJDwCCCQ8AjgkPANgJDwDbCQ8ALgoPADgKDwDiFhMAoAoPADgXEwDiCg8AjhcTADgLDwCGCw8AhwsPADgPDwCJCw8ANA0PAI0LDwBGFg8AkAsPANwLDwCVCw8APBEPAJYLDwA6EA8A4QsPAJoVDwDoCw8AMgwPADUMDwCIDA8AkgwPAOQXEwDmDA8AOhgTAD0NDwCKDQ8AVA0PAEIUDwCYDQ8A4A0PAOoNDwA2Dg8AQg4PAIwODwCPDg8A4g4PAOoODwCQGBMAOg8PAI4PDwCRDw8A5A8PAOcPDwDmGBMAPBAPAJAQDwCeEA8A5hAPAPcQDwCSGRMAPhEPAJIRDwCfEQ8A6BEPAPcRDwA+Eg8AShIPAJQSDwClEg8A6hIPAPsSDwBAEw8ATBMPAJYTDwCdEw8A7BMPAPQTDwA+GhMAUBQPAJgUDwCZFA8AlBoTAPoUDwBEFQ8ASxUPAOoaEwChFQ8A8BUPAPUVDwCWGxMATxYPAJwWDwCiFg8A8hYPAPQWDwBIFw8AUhcPAJ4XDwCsFw8A9BcPAPkXDwBKGA8AVxgPAKAYDwC4GA8A9hgPAAwZDwBMGQ8ATxkPAKIZDwCqGQ8AQhwTAAQaDwBOGg8AURoPAKQaDwCuGg8AmBwTAAIbDwDuHBMAUhsPAKYbDwCpGw8A/BsPAP8bDwBEHRMAVBwPAKgcDwC2HA8A/hwPAA8dDwDwHRMAXR0PAKodDwC4HQ8AAB4PAMMdDwDM3BAACh4PAFYeDwBiHg8ArB4PAK8eDwACHw8ACh8PAJweEwByHw8A8h4TAMgfDwAEIA8AHiAPAEgfEwBfIA8AYiQPAGggDwAOJQ8AaiAPALAgDwCyIA8ABiEPABQhDwBcIQ8AbSEPAJ4fEwC5IQ8A9B8TAA4iDwBeIg8AYyIPALQiDwC6Ig8ASiATABAjDwBgIw8AZSMPALYjDwDMIw8ADCQPABQkDwD2IBMAgiQPALgkDwDAJA8ATCETACUlDwBkJQ8AcSUPALolDwC/JQ8AECYPABYmDwBmJg8AciYPALwmDwDDJg8AEicPABonDwBoJw8AiycPAPghEwDLJw8AFCgPACMoDwBqKA8AbCgPAMAoDwDJKA8AFikPAC0pDwBsKQ8AdykPAMIpDwDMKQ8AGCoPACAqDwCkIhMAdCoPAMQqDwDKKg8AGisPAB8rDwBwKw8AdisPAPoiEwDoKw8AHCwPACQsDwCmIxMAeywPAMgsDwDJLA8AHi0PACYtDwB0LQ8Afy0PAMotDwDPLQ8AIC4PACUuDwB2Lg8Ali4PAPwjEwDSLg8AIi8PACkvDwB4Lw8AfS8PAM4vDwDSLw8AJDAPADEwDwB6MA8AgjAPANAwDwDbMA8AJjEPACsxDwB8MQ8AgTEPANIxDwDyMQ8AUiQTADcyDwB+Mg8AiTIPANQyDwDcMg8AKjMPAC0zDwCAMw8ANDMPAIY2DwCMMw8A1jMPAOAzDwAsNA8ANTQPAII0DwCDNA8A2DQPAOA0DwAuNQ8AOTUPAIQ1DwCJNQ8A2jUPAN81DwAwNg8AUDYPAKgkEwCSNg8A3DYPAN42DwAyNw8AODcPAIg3DwCPNw8A3jcPAOM3DwA0OA8AODgPAIo4DwCXOA8A4DgPAOg4DwA2OQ8AQTkPAIw5DwCROQ8A4jkPAOc5DwA4Og8AWDoPAP4kEwCWOg8AVCUTAO46DwA6Ow8AQzsPAJA7DwCWOw8A5jsPAPI7DwA8PA8AWjwPAJI8DwCTPA8A6DwPAOo8DwA+PQ8ASz0PAJQ9DwCiPQ8A6j0PAPk9DwBAPg8AXD4PAJY+DwCePg8AACYTAP8+DwBCPw8AQz8PAJg/DwCkPw8A7j8PAP0/DwBEQA8ATkAPAJpADwCmQA8A8EAPAPdADwBWJhMATkEPAKwmEwClQQ8A8kEPAP9BDwACJxMATUIPAJ5CDwCrQg8A9EIPAP5CDwBYJxMATEMPAKBDDwC2Qw8A9kMPAAJEDwCuJxMAVEQPAL5/EABqRA8AokQPAKpEDwDuwA8AwEQPAPhEDwAARQ8ATkUPABpFDwCwoxAAT0UPAPxGDwBRRQ8AVEgPAFpFDwAGpBAAXkUPAKRFDwCmRQ8A+kUPAAhGDwBQRg8AYUYPAAQoEwCuRg8AWigTAP5GDwBSRw8AVUcPAKhHDwCrRw8AsCgTAAZIDwAGKRMAXkgPAAShDwB0SA8AqkgPALhIDwAASQ8AAUkPAFwpEwBeSQ8AsikTAM9JDwAIKhMAD0oPAFhKDwBmSg8ArkoPALhKDwAESw8ADEsPAFpLDwBbSw8AZFAPAHVLDwAKTg8AhksPALBLDwC5Sw8ABkwPAAdMDwBcTA8AakwPALJMDwC8TA8ACE0PABRNDwBeTQ8AZE0PALRNDwDQTQ8AXioTABhODwBgTg8AbU4PALZODwDATg8ADE8PAA5PDwBiTw8AeU8PALhPDwDETw8ADlAPACpQDwC0KhMAdVAPALpQDwC8UA8AEFEPABpRDwBmUQ8AdlEPALxRDwDBUQ8AElIPABhSDwBoUg8AflIPAL5SDwDGUg8AFFMPABdTDwBqUw8Ac1MPAMBTDwDOUw8AFlQPACBUDwBsVA8AeFQPAMJUDwDeVA8ACisTACVVDwBuVQ8AdlUPAMRVDwDHVQ8AIK8PANRVDwAaVg8AHFYPAB6uDwAoVg8AcFYPAH1WDwDGVg8A1FYPABxXDwAfVw8AclcPAH1XDwDIVw8A1FcPAB5YDwAlWA8AdFgPAHxYDwDKWA8AzFgPACBZDwAwWQ8AdlkPAIBZDwDMWQ8A2FkPACJaDwAoWg8AeFoPAIBaDwBgKxMA0FoPACRbDwAyWw8AelsPAIdbDwDQWw8A3FsPACZcDwAsXA8AfFwPAH9cDwDSXA8A2lwPAChdDwAqXQ8AMmIPACtdDwDWXg8AOF0PAH5dDwCAXQ8A5mYPAINdDwDUXQ8A3V0PACpeDwA3Xg8AgF4PAIdeDwC2KxMA314PADZkDwDgXg8AhGAPAPZeDwAsXw8AOl8PAIJfDwCDXw8ADCwTAORfDwAuYA8ANWAPAGIsEwCGYA8A2mAPAOBgDwAwYQ8AOmEPAIZhDwCSYQ8A3GEPAONhDwC4LBMAS2IPAIhiDwCNYg8A3mIPAORiDwA0Yw8APmMPAIpjDwCWYw8A4GMPAOdjDwAOLRMARWQPAIxkDwCbZA8A4mQPAO5kDwA4ZQ8AO2UPAI5lDwCRZQ8A5GUPAPRlDwA6Zg8AQ2YPAJBmDwChZg8AZC0TAPRmDwA8Zw8ATWcPALotEwCZZw8AEC4TAPBnDwA+aA8AQGgPAEhtDwBBaA8A7GkPAE5oDwCUaA8AlmgPAPxxDwCZaA8A6mgPAPNoDwBAaQ8ATWkPAJZpDwCdaQ8AZi4TAPVpDwBMbw8A9mkPAJprDwAMag8AQmoPAFBqDwCYag8AmWoPALwuEwD6ag8ARGsPAEtrDwASLxMAnGsPAPBrDwD2aw8ARmwPAFBsDwCcbA8AqGwPAPJsDwD5bA8AaC8TAGFtDwCebQ8Ao20PAPRtDwD6bQ8ASm4PAFRuDwCgbg8ArG4PAPZuDwD9bg8Avi8TAFtvDwCibw8AsW8PAPhvDwAEcA8ATnAPAFFwDwCkcA8Ap3APAPpwDwAKcQ8AUHEPAFlxDwCmcQ8At3EPABQwEwAKcg8AUnIPAGNyDwBqMBMAr3IPAMAwEwAGcw8AVHMPAH1zDwCqcw8AsnMPAAB0DwAQdA8AVnQPAFh0DwCsdA8AunQPAAJ1DwATdQ8AFjETAF51DwCudQ8AunUPAGwxEwAydg8AGDITAGN2DwCwdg8AvXYPAAZ3DwAidw8AXHcPAGR3DwBuMhMAw3cPAAh4DwAKeA8AXngPAF94DwC0eA8At3gPAAp5DwAWeQ8AYHkPAGd5DwC2eQ8A0nkPAAx6DwAUeg8AxDITAG96DwC4eg8AyHoPAA57DwATew8AZHsPAI97DwAaMxMAwHsPAHAzEwAYfA8AZnwPAGd8DwDOhQ8AbHwPAHQxEQBwfA8AvHwPAHJ8DwAagQ8AdnwPAGx/DwCEfA8AKokPAMF8DwC6KREAx3wPALAkEQDIfA8AEn0PABV9DwBofQ8Acn0PAMYzEwDGfQ8AFH4PABp+DwBqfg8Ac34PAMB+DwDNfg8AFn8PADJ/DwAcNBMAbn8PAMJ/DwBxfw8AJjURANB/DwAYgA8AKYAPAHI0EwB0gA8AxIAPANCADwDINBMAIIEPAHCBDwB2gQ8AxoEPAMuBDwAcgg8AIoIPAMo1EwB5gg8AzDYTAM2CDwAegw8AJoMPAHSDDwCAgw8AyoMPAN2DDwAghA8ALIQPAHaEDwCFhA8AzIQPANWEDwAihQ8ALIUPAHiFDwCEhQ8AeDcTAN+FDwAkhg8AMIYPAHqGDwB8hg8A0IYPANOGDwAmhw8AMocPAHyHDwCEhw8AzjcTAN6HDwAoiA8AOIgPAH6IDwCKiA8A1IgPANqIDwAkOBMATIkPAICJDwCIiQ8A1okPAACKDwAsig8AN4oPAIKKDwCOig8A2IoPAOmKDwAuiw8AL4sPAHo4EwCKiw8A2osPAOeLDwDQOBMAPYwPAIaMDwCdjA8A3IwPAAeNDwAyjQ8AOo0PAIiNDwCSjQ8A3o0PAOqNDwA0jg8AN44PAIqODwCUjg8AJjkTAOiODwA2jw8API8PAIyPDwCVjw8A4o8PAO+PDwA4kA8AVJAPAHw5EwCQkA8A5JAPAJWQDwBUng8A8ZAPADqRDwBBkQ8AkJEPAJKRDwDmkQ8A7JEPADySDwBDkg8AkpIPAKqSDwDokg8A7ZIPAD6TDwD0kg8A6pMPAEeTDwCUkw8AnpMPANI5EwDwkw8AQJQPAEaUDwCWlA8Am5QPAOyUDwDylA8AKDoTAEOVDwCYlQ8AqZUPAO6VDwD6lQ8ARJYPAE6WDwCalg8AppYPAPCWDwD3lg8AfjoTAEiXDwCclw8AUZcPAD5BEQCflw8A8pcPABKYDwBImA8AUJgPANQ6EwCvmA8A9JgPAPuYDwBKmQ8AUpkPAKCZDwCjmQ8ATpsPALCZDwD2mQ8A+JkPAEyaDwBamg8AopoPALOaDwAqOxMA/5oPAIA7EwBXmw8ApJsPALObDwD6mw8ACZwPAFCcDwBcnA8AppwPAKmcDwD8nA8A/5wPAFKdDwBinQ8AqJ0PALGdDwD+nQ8AD54PANY7EwBZng8Aqp4PALOeDwAAnw8ACp8PAFafDwBenw8ArJ8PAMqfDwACoA8AIKAPAFigDwB2oA8ArqAPAMygDwAsPBMAC6EPAFqhDwBfoQ8AsKEPAGahDwCyog8AuaEPAAaiDwAQog8AXKIPAHiiDwCCPBMAuKIPAAijDwAOow8AXqMPAHqjDwDYPBMA3qMPAIQ9EwA0pA8A2j0TAGikDwDcPhMAzKQPAAylDwAOpQ8AYqUPAGilDwC4pQ8AzKUPAA6mDwAWpg8AZKYPAI6mDwAyPxMAw6YPABCnDwAdpw8AZqcPAHSnDwC8pw8AxqcPABKoDwAsqA8AaKgPAHWoDwC+qA8AyqgPABSpDwAeqQ8AaqkPAHKpDwCIPxMAx6kPABaqDwAeqg8A3j8TAESqDwDgQBMAeKoPAMKqDwDJqg8AGKsPACCrDwA0QBMAcKsPAMSrDwDVqw8AGqwPACKsDwBwrA8AeqwPAMasDwDSrA8AHK0PAB+tDwByrQ8AfK0PADZBEwDkrQ8AjEETACyuDwB0rg8Aha4PAOJBEwDRrg8AOEITACmvDwB2rw8Aha8PAMyvDwDbrw8AIrAPAC6wDwB4sA8Ae7APAM6wDwDRsA8AJLEPADSxDwB6sQ8Ag7EPANCxDwDhsQ8AjkITACiyDwB8sg8AMrIPACizDwB/sg8A0rIPANqyDwDkQhMALrMPAH6zDwCKsw8A1LMPANyzDwA6QxMANrQPAIC0DwCDtA8A1rQPAOC0DwCQQxMAMbUPAIK1DwCYtQ8A2LUPANm1DwAutg8AP7YPAIS2DwCQtg8A2rYPAOS2DwAwtw8APLcPAOZDEwCStw8A3LcPAN+3DwAyuA8APLgPAJJEEwCLuA8A3rgPAOG4DwA0uQ8AQLkPAIq5DwCQuQ8A4LkPAOq5DwDoRBMAO7oPAIy6DwCZug8A4roPAOW6DwA4uw8AVLsPAI67DwCWuw8APkUTAOy7DwCURRMAQrwPAOpFEwCTvA8A5rwPAKe8DwBOnRAABr0PADy9DwBQvQ8AQEYTAJO9DwDovQ8A7r0PAD6+DwBKvg8AlL4PAKO+DwDqvg8A7L4PAEC/DwBKvw8Alr8PAKK/DwDsvw8A878PAJZGEwBOwA8A7EYTAKDADwBCRxMA8cAPAPLCDwD+wA8ARMEPAEbBDwCawQ8AqMEPAPDBDwABwg8ASEoTAE3CDwCeShMApMIPAPRKEwASww8ASMMPAFbDDwCeww8An8MPAEpLEwAAxA8ASsQPAFHEDwCgSxMAqMQPAPZLEwD4xA8ATMUPAFrFDwCixQ8As8UPAExMEwD+xQ8ATsYPAFrGDwCiTBMAqsYPAPrGDwAAxw8AUMcPAFXHDwCmxw8ArMcPAE5NEwD/xw8AUsgPAF7IDwCoyA8ArsgPAP7IDwAIyQ8A+k0TAFnJDwCqyQ8At8kPAADKDwADyg8AVsoPAGvKDwCsyg8AtMoPAFBOEwAKyw8AWMsPAGTLDwCuyw8AtMsPAATMDwAKzA8AWswPAF/MDwCwzA8AtswPAFRQEwAVzQ8AXM0PAGvNDwCyzQ8Au80PAAjODwAOzg8AXs4PAGTODwC0zg8AwM4PAArPDwARzw8AYM8PAGjPDwAAURMAwM8PAAzQDwAX0A8AYtAPAG7QDwC40A8AvtAPAA7RDwAW0Q8AZNEPAHDRDwC60Q8AwNEPABDSDwAW0g8AZtIPAGvSDwC80g8AwtIPAFZREwAZ0w8AaNMPAHbTDwC+0w8Ay9MPABTUDwAr1A8AatQPAIbUDwDA1A8AyNQPAKxREwAp1Q8AbNUPAG7VDwDC1Q8A2NUPABjWDwAZ1g8AbtYPAH/WDwDE1g8A0NYPAAJSEwA21w8AWFITAIbXDwDG1w8Ax9cPABzYDwAt2A8ActgPAH7YDwCuUhMAzdgPAB7ZDwAk2Q8AdNkPAJTZDwDK2Q8A1tkPACDaDwAn2g8ABFMTAILaDwDM2g8AztoPACLbDwBC2w8AWlMTAH/bDwCwUxMA09sPACTcDwA03A8AetwPAILcDwDQ3A8A2twPACbdDwAy3Q8AfN0PAH/dDwDS3Q8A3N0PAAZUEwAt3g8ALuEPADbeDwB+3g8Ajt4PANTeDwDk3g8AKt8PAFLfDwCA3w8AqN8PANbfDwD+3w8AslQTADjgDwCC4A8AhOAPANjgDwD44A8AtlYTADvhDwCE4Q8AkOEPANrhDwAC4g8AMOIPAFjiDwCG4g8AruIPAAxXEwDi4g8AMuMPADfjDwCI4w8AjuMPABBZEwDm4w8AvFkTAEDkDwCK5A8AjeQPAODkDwDq5A8ANuUPAD7lDwBoWhMAmuUPAOLlDwDp5Q8AOOYPAEDmDwCO5g8Am+YPAOTmDwDp5g8AOucPAETnDwCQ5w8AmOcPAObnDwD25w8APOgPAEroDwCS6A8An+gPAOjoDwD26A8APukPAEHpDwCU6Q8An+kPAOrpDwDy6Q8AQOoPAFnqDwCW6g8AouoPAOzqDwD86g8AQusPAEfrDwCY6w8AnusPAO7rDwD66w8AROwPAEzsDwC+WhMApOwPAPDsDwDz7A8ARu0PAE7tDwCc7Q8Ane0PAPLtDwD07Q8ASO4PAE7uDwCe7g8Aqu4PAPTuDwAB7w8ASu8PAFTvDwCg7w8AqO8PAPbvDwD47w8ATPAPAFnwDwCi8A8AqfAPAPjwDwAA8Q8ATvEPAFLxDwCk8Q8ApvEPAPrxDwD98Q8AUPIPAFjyDwCm8g8AtfIPAPzyDwD+8g8AUvMPAF/zDwCo8w8At/MPAP7zDwAK9A8AVPQPAGX0DwCq9A8Au/QPAAD1DwAM9Q8AVvUPAF31DwCs9Q8Ay/UPABRbEwAW9g8AWPYPAFn2DwCu9g8AuvYPAAT3DwAg9w8AWvcPAGL3DwBqWxMAuPcPABZcEwAS+A8AXPgPAGL4DwCy+A8AuPgPAAj5DwAg+Q8AXvkPAGj5DwC0+Q8AwPkPAAr6DwAN+g8AYPoPAGr6DwC2+g8AzvoPAAz7DwAc+w8AYvsPAGT7DwC4+w8AxvsPAA78DwAf/A8AbFwTAGr8DwC6/A8AxvwPAMJcEwAY/Q8Abl0TAHL9DwC8/Q8Av/0PABL+DwAc/g8AxF0TAGr+DwC+/g8AzP4PABT/DwAl/w8AcF4TAHH/DwDGXhMAyP8PABxfEwAeABAAHmATAG4AEADCABAAzwAQABgBEAAnARAAbgEQAHQBEADEARAA0AEQABoCEAAcAhAAcAIQAHoCEADGAhAA1AIQABwDEAAhAxAAcgMQAH8DEADIAxAA1AMQAB4EEAAxBBAAdAQQAIMEEADKBBAA1gQQACAFEAAhBRAAdgUQAIAFEADMBRAA2gUQACIGEAAnBhAAeAYQAIUGEAB0YBMA2AYQACQHEAAyBxAAegcQAH0HEADQBxAA4AcQACYIEAA0CBAAfAgQAIgIEADSCBAA2QgQACgJEAAvCRAAfgkQAIoJEADUCRAA1QkQACoKEAA2ChAAgAoQAI0KEADWChAA3QoQACwLEAA4CxAAggsQAI8LEADYCxAA5wsQAC4MEABCDBAAhAwQAJAMEADaDBAA7QwQADANEAA/DRAAhg0QAJINEADcDRAA3Q0QADIOEAA8DhAAiA4QAJYOEADeDhAA4w4QADQPEABBDxAAymATAIsPEADgDxAA8Q8QADYQEABEEBAAjBAQAJsQEADiEBAA5BAQADgREABCERAAjhEQAJwREADkERAA6REQADoSEABHEhAAkBIQAJ8SEADmEhAA6xIQADwTEABJExAAkhMQAJwTEADoExAA9BMQAD4UEABRFBAAlBQQAJ4UEADqFBAA9hQQAEAVEABTFRAAlhUQAKUVEADsFRAA+BUQAEIWEABDFhAAmBYQAKIWEADuFhAA/BYQAEQXEABJFxAAmhcQAKcXEAAgYRMA9RcQAEYYEABTGBAAnBgQAKYYEADyGBAA+BgQAEgZEABKGRAAnhkQAKsZEAD0GRAA9xkQAEoaEABYGhAAoBoQAKwaEAD2GhAAAxsQAEwbEABWGxAAohsQALEbEAD4GxAA/RsQAE4cEABbHBAApBwQALEcEAD6HBAABh0QAFAdEABfHRAAph0QALAdEAD8HRAACh4QAFIeEABXHhAAqB4QALUeEAD+HhAACh8QAFQfEABnHxAAqh8QALkfEAAAIBAADCAQAFYgEABXIBAArCAQALYgEAACIRAAECEQAFghEABdIRAAriEQALshEAB2YRMAFyIQAFoiEABpIhAAsCIQALwiEAAGIxAAByMQAFwjEABmIxAAsiMQAMAjEAAIJBAADSQQAF4kEABrJBAAzGETAMckEAAKJRAAGSUQAGAlEABsJRAAtiUQALclEAAMJhAAFiYQAGImEABwJhAAuCYQAL0mEAAOJxAAGycQACJiEwBmJxAAuicQAMgnEAAQKBAAHSgQAGYoEAByKBAAvCgQAMIoEAASKRAAIykQAGgpEABqKRAAvikQAMcpEAAUKhAAISoQAGoqEAB5KhAAwCoQAMsqEAAWKxAAIisQAGwrEAB/KxAAwisQANErEAAYLBAAJCwQAG4sEABvLBAAxCwQAM4sEAAaLRAAKC0QAHAtEAB1LRAAxi0QANMtEAB4YhMAKS4QAHIuEACALhAAyC4QANIuEAAeLxAALC8QAHQvEAB2LxAAyi8QANsvEAAgMBAALjAQAHYwEACnMBAAzDAQAM4wEAAiMRAALDEQAHgxEACGMRAAzjEQANMxEAAkMhAAMTIQAHoyEACGMhAA0DIQAOMyEAAmMxAANTMQAHwzEACIMxAA0jMQANMzEAAoNBAAMjQQAH40EACMNBAA1DQQANk0EAAqNRAANzUQAM5iEwCCNRAA1jUQANg1EAAsNhAAOzYQAII2EACRNhAA2DYQAOQ2EAAuNxAAMTcQAIQ3EACHNxAA2jcQAOA3EAAwOBAAPDgQAIY4EACJOBAA3DgQAOE4EAAyORAAOzkQAIg5EACOORAA3jkQAO05EAA0OhAAQDoQAIo6EACaOhAA4DoQAOI6EAA2OxAARDsQAIw7EACdOxAAJGMTAOg7EAA4PBAARDwQAHpjEwChPBAA5DwQAPM8EAA6PRAARj0QAJA9EACRPRAA5j0QAPA9EAA8PhAASj4QAJI+EACXPhAA6D4QAPU+EADQYxMASj8QAJQ/EACePxAA6j8QABZAEABAQBAAR0AQAJZAEACvQBAA7EAQAPtAEABCQRAAUUEQAJhBEACdQRAA7kEQAPtBEABEQhAAUUIQAJpCEACmQhAA8EIQAP9CEABGQxAAUEMQAJxDEACqQxAA8kMQAPdDEABIRBAAVUQQAJ5EEACqRBAA9EQQAAdFEABKRRAAWUUQAKBFEACsRRAA9kUQAPdFEABMRhAAVkYQAKJGEACwRhAA+EYQAP1GEABORxAAW0cQACZkEwC1RxAA+kcQAAtIEABQSBAAXEgQAKZIEAC9SBAA/EgQAP5IEABSSRAAY0kQAKhJEACrSRAA/kkQAAhKEABUShAAVkoQAKpKEAC0ShAAAEsQAAxLEABWSxAAYksQAKxLEAC/SxAAAkwQABFMEABYTBAAZEwQAK5MEACvTBAABE0QAA5NEABaTRAAaE0QALBNEAC1TRAABk4QABNOEAB8ZBMAXk4QALJOEAC8ThAACE8QABBPEADSZBMAcU8QALRPEADATxAAClAQABlQEABgUBAAaVAQALZQEADAUBAADFEQABpREABiURAAZ1EQALhREADFURAADlIQABpSEABkUhAAd1IQALpSEADJUhAAEFMQABxTEABmUxAAZ1MQALxTEADGUxAAElQQACBUEABoVBAAbVQQAL5UEADLVBAAKGUTABZVEABqVRAAdFUQAMBVEADIVRAAfmUTABtWEABsVhAAglYQAMJWEADDVhAAGFcQAClXEABuVxAAelcQAMRXEADOVxAAGlgQAChYEABwWBAAdVgQAMZYEADTWBAAHFkQAChZEAByWRAAhVkQAMhZEADXWRAAHloQACpaEAB0WhAAdVoQAMpaEADUWhAAIFsQAC5bEAB2WxAAe1sQAMxbEADZWxAA1GUTACRcEAB4XBAAglwQAM5cEADWXBAAKmYTADpdEAB6XRAAhl0QANBdEADVXRAAJl4QAC9eEAB8XhAAhl4QANJeEADeXhAAKF8QADtfEAB+XxAAjV8QANRfEADgXxAAKmAQACtgEACAYBAAimAQANZgEADkYBAALGEQADFhEACCYRAAj2EQAIBmEwDaYRAALmIQADhiEACEYhAAjGIQANZmEwDnYhAAMGMQAD9jEACGYxAAkWMQANxjEADoYxAAMmQQAEFkEACIZBAAqGQQAN5kEADqZBAANGUQADtlEACKZRAAmGUQAOBlEADlZRAANmYQAEJmEACMZhAAn2YQAOJmEADxZhAAOGcQAERnEACOZxAAj2cQAORnEADuZxAAOmgQAEhoEACQaBAAlWgQAOZoEADzaBAALGcTAD5pEACSaRAAnGkQAOhpEADwaRAAgmcTAFtqEACUahAApWoQAOpqEAD2ahAAQGsQAFNrEACWaxAApWsQAOxrEAD4axAAQmwQAENsEACYbBAAomwQAO5sEAD8bBAARG0QAEltEACabRAAp20QANhnEwDybRAARm4QAFBuEACcbhAApG4QAC5oEwAPbxAASG8QAFlvEACebxAAqm8QAPRvEAAHcBAASnAQAFlwEACgcBAArHAQAPZwEAD3cBAATHEQAFZxEACicRAAsHEQAPhxEAD9cRAATnIQAFtyEACEaBMApnIQAPpyEAAEcxAAUHMQAFhzEADaaBMAt3MQAPxzEAAQdBAAUnQQAFZ0EACodBAAqnQQAP50EAASdRAAVHUQAFd1EACqdRAAx3UQAAB2EAARdhAAVnYQAGJ2EACsdhAAv3YQAAJ3EAARdxAAWHcQAGR3EACudxAAr3cQAAR4EAAOeBAAWngQAGh4EACweBAAtXgQAAZ5EAATeRAAMGkTAF55EACyeRAAvHkQAAh6EAAQehAAhmkTAGB6EAC0ehAAwnoQAAp7EAAbexAA3GkTAGd7EAAyahMA2XsQADRrEwAUfBAANmwTAGh8EAC4fBAAvXwQAA59EAASfRAAZH0QAHF9EACMbBMAv30QABB+EAAUfhAAZn4QAGh+EAC8fhAA1X4QABJ/EAAjfxAAaH8QAHR/EADibBMAwX8QAHSFEADKfxAAFIAQACeAEABqgBAAa4AQAMCAEADMgBAAFoEQACWBEABsgRAAdoEQAMKBEADOgRAAGIIQAB+CEAA4bRMAdoIQAMSCEADGghAA3I4QAMeCEADOhxAAyoIQABqDEADQghAAKIoQANGCEABW9xAAJoMQAHCDEAB/gxAAxoMQANKDEAAchBAAKoQQAHKEEACNhBAAyIQQANSEEAAehRAAJYUQAI5tEwCBhRAAyoUQAMyFEAAghhAAIYYQAHaGEAB5hhAAzIYQANeGEAAihxAAJ4cQAHiHEACChxAA5G0TANuHEAAkiBAAJogQAHqIEAB7iBAA0IgQANOIEAAmiRAAMYkQAHyJEACBiRAA0okQANyJEAA6bhMAO4oQAH6KEAB/ihAA1IoQAOCKEAAqixAAOYsQAICLEACKixAA1osQAOKLEAAsjBAAM4wQAJBuEwCKjBAA2IwQANqMEAAujRAAPY0QAISNEACOjRAA2o0QAOONEAAwjhAAMo4QAIaOEACXjhAAPG8TAOuOEAAyjxAAPI8QAIiPEACRjxAA3o8QAOCPEAA0kBAARZAQAIqQEACSkBAA4JAQAP6QEAA2kRAAPpEQAIyREACYkRAA4pEQAPWREAA4khAAOZIQAI6SEACakhAA5JIQAPOSEAA6kxAARJMQAJCTEACckxAA5pMQAO2TEACSbxMATZQQAJKUEACjlBAA6JQQAPCUEAA+lRAARZUQAJSVEACilRAA6pUQAPqVEABAlhAAUJYQAJaWEACylhAA6G8TAPmWEABClxAAWZcQAJiXEACglxAA7pcQAPyXEABEmBAATpgQAJqYEACmmBAA8JgQAAaZEABGmRAASZkQAJyZEAC4mRAAPnATAPyZEABImhAAUJoQAJ6aEACtmhAA9JoQAPmaEABKmxAAV5sQAKCbEACqmxAA9psQAPibEABMnBAAWpwQAKKcEACvnBAA+JwQAPucEACUcBMAWZ0QAKSdEACunRAA+p0QAAKeEABQnhAAX54QAKaeEACrnhAA/J4QAAmfEABSnxAAXJ8QAKifEACqnxAA/p8QAAygEABUoBAAYaAQAKqgEACtoBAA6nATAAOhEABWoRAAYqEQAKyhEACzoRAAAqIQAAqiEABYohAAcaIQAK6iEADCohAABKMQACCjEABaoxAAYqMQAJZxEwC4oxAA7HETABOkEABcpBAAY6QQALKkEAC6pBAACKUQAA2lEABepRAAbqUQALSlEAC8pRAACqYQABimEABgphAAbaYQALamEADDphAADKcQABinEABipxAAaKcQALinEADApxAADqgQABqoEABkqBAAd6gQALqoEADJqBAAEKkQABypEABmqRAAZ6kQALypEADGqRAAEqoQACCqEABoqhAAbaoQAL6qEADLqhAAQnITABerEABqqxAAdKsQAMCrEADCqxAAFqwQACWsEABsrBAAjKwQAMKsEADKrBAAGK0QACKtEABurRAAdK0QAMStEADGrRAAGq4QACmuEABwrhAAfK4QAMauEADOrhAAmHITADqvEAByrxAAkK8QAO5yEwDmrxAAHrAQADywEAB0sBAAfLAQAMqwEADZsBAAILEQACKxEAB2sRAAf7EQAMyxEADPsRAAIrIQAC6yEAB4shAAf7IQAM6yEADWshAAJLMQAD2zEAB6sxAAjrMQANCzEADssxAAJrQQAC60EABEcxMAmrQQANK0EADwtBAAmnMTAEG1EAB+tRAAg7UQANS1EADvtRAAKrYQADa2EACAthAAiLYQAPBzEwDpthAALLcQADu3EACCtxAAjrcQANi3EADZtxAALrgQADi4EACEuBAAkrgQANq4EADfuBAAMLkQAD25EABGdBMAirkQANy5EADeuRAAMroQADW6EACIuhAAkLoQAN66EADouhAANLsQAD+7EACKuxAAlrsQAOC7EADouxAAnHQTAES8EACMvBAAkrwQAOK8EADuvBAAOL0QAEe9EACOvRAAmL0QAOS9EADsvRAAOr4QAEm+EACQvhAAkr4QAOa+EADvvhAAPL8QAD+/EACSvxAAnr8QAOi/EADwvxAA8nQTAE7AEACUwBAAnMAQAOrAEAD0wBAAQMEQAEvBEACWwRAAosEQAOzBEAD0wRAASHUTAEfCEACYwhAAqcIQAO7CEAD/whAARMMQAEnDEACawxAAnsMQAPDDEAD+wxAARsQQAFPEEACcxBAAs8QQAPLEEAD6xBAASMUQAFTFEACexRAAscUQAPTFEAADxhAASsYQAFbGEACgxhAAocYQAPbGEAAAxxAATMcQAFrHEACixxAAp8cQAPjHEAAFyBAAnnUTAFTIEACkyBAAssgQAPrIEAAHyRAAUMkQAGfJEACmyRAArskQAPzJEAAHyhAAUsoQAFTKEACoyhAAtcoQAP7KEAAFyxAAVMsQAGXLEACqyxAAuMsQAADMEAANzBAAVswQAG3MEACszBAAtMwQAALNEAAHzRAAWM0QAGjNEACuzRAAts0QAATOEAAOzhAAWs4QAGXOEACwzhAAvM4QAAbPEAAOzxAASnYTAHXPEACyzxAAt88QAAjQEAAj0BAAXtAQAGrQEAC00BAAvNAQAKB2EwAd0RAAYNEQAG/REAC20RAAwtEQAAzSEAAN0hAAYtIQAGzSEAC40hAAxtIQAA7TEAAT0xAAZNMQAHHTEAD2dhMAwtMQABDUEAAS1BAAZtQQAHPUEAC81BAAwdQQABLVEAAc1RAAaNUQAHPVEAC+1RAAytUQABTWEAAa1hAAatYQAHLWEADA1hAAzNYQABbXEAAp1xAAbNcQAHvXEADC1xAAztcQABjYEAAZ2BAAbtgQAHjYEADE2BAA0tgQABrZEAAf2RAAcNkQAH3ZEABMdxMAy9kQABzaEAAr2hAActoQAIHaEADI2hAA0doQAB7bEAAk2xAAdNsQAHrbEADK2xAA1tsQACDcEAAn3BAAdtwQAJLcEACidxMA1twQACLdEAAu3RAAeN0QAHvdEADO3RAA2N0QAPh3EwAs3hAATngTAILeEACkeBMA2N4QAPp4EwAu3xAAfN8QAH3fEAA25xAAid8QANLfEACQ3xAAhuQQAJPfEADu7RAAld8QAKDxEADT3xAAKOAQAD7gEAB+4BAAhuAQANTgEADW4BAAhOMQAOLgEAAq4RAAMuEQAFB5EwA34RAAgOEQAIPhEADW4RAA4OEQACziEAAu4hAAguIQAJPiEADY4hAA6eIQAC7jEAA24xAApnkTAIvjEADa4xAA4eMQADDkEAA45BAA/HkTAIjkEADc5BAA4uQQADLlEAA/5RAAiOUQAJDlEADe5RAA4OUQADTmEAA75hAAiuYQAJHmEADg5hAA6OYQAFJ6EwBD5xAAjOcQAI3nEADi5xAA+OcQADjoEABA6BAAjugQAJDoEAA+6xAAnOgQAOToEADs6BAAqHoTAPHoEAA66RAAPekQAJDpEACa6RAA5ukQAOjpEAA86hAATeoQAJLqEACj6hAA6OoQAPDqEAD+ehMAResQAJTrEACb6xAA6usQAPLrEABUexMASuwQAJbsEACY7BAA7OwQAP3sEABC7RAAU+0QAJjtEACg7RAAqnsTAPPtEACo9RAA+u0QAETuEABa7hAAmu4QAKLuEADw7hAA/u4QAEbvEABT7xAAnO8QAJ/vEADy7xAA/O8QAEjwEABK8BAAnvAQAK/wEAD08BAABfEQAErxEABS8RAAAHwTAKnxEAD28RAAA/IQAEzyEABT8hAAovIQALPyEAD48hAABPMQAE7zEABW8xAAVnwTALHzEAD68xAA/fMQAFD0EABa9BAApvQQAKj0EAD89BAADfUQAFL1EABj9RAArHwTALD1EAD+9RAAFfYQAFT2EABg9hAAqvYQALT2EAAA9xAACPcQAAJ9EwBX9xAArPcQAML3EAAC+BAACvgQAFj4EABm+BAArvgQALb4EABYfRMAu/gQAAT5EAAH+RAAWvkQAGT5EACw+RAAsvkQAAb6EAAX+hAAXPoQAG36EACy+hAAuvoQAK59EwAO+xAAXvsQAGP7EAC0+xAAz/sQAAr8EAAY/BAAYPwQAGf8EAC2/BAAwvwQAAz9EAAS/RAAYv0QAGX9EAC4/RAAwv0QAA7+EAAU/hAAZP4QAGb+EAC6/hAAxP4QABD/EAAc/xAAZv8QAH3/EAC8/xAA0P8QABIAEQAuABEAaAARAHAAEQAEfhMAwAARABQBEQAiAREAagERAHsBEQBafhMAxwERALB+EwAkAhEAbAIRAHYCEQDCAhEAzQIRABgDEQAgAxEAbgMRAHoDEQDEAxEA1wMRABoEEQApBBEAcAQRAHwEEQDGBBEAxwQRABwFEQAmBREAcgURAIAFEQDIBREAzQURAB4GEQArBhEAXH8TAHwGEQDKBhEA1AYRACAHEQAlBxEAdgcRAH4HEQDMBxEA0gcRACIIEQAuCBEAeAgRAH4IEQDOCBEA1wgRACQJEQAxCREAegkRAIIJEQDQCREA0QkRACYKEQAoChEAfAoRAH8KEQDSChEA1QoRAAiAEwA+CxEAfgsRAIYLEQDUCxEA4AsRACoMEQAwDBEAgAwRAIYMEQDWDBEA2wwRAIINEQAEDREALA0RADQNEQC0gBMAiA0RAAqBEwDuDREALg4RADAOEQCEDhEAkQ4RANoOEQDhDhEAMA8RADgPEQCGDxEAlg8RANwPEQDeDxEAMhARAEAQEQCIEBEAmRARALaBEwDlEBEADIITAEIREQCKEREAlBERAOAREQDrEREANhIRAD4SEQCMEhEAmBIRAOISEQD1EhEAOBMRAEYTEQCOExEAmBMRAOQTEQDsExEAOhQRAEkUEQCQFBEAlRQRAOYUEQDtFBEAPBURAEgVEQC4ghMA0RURAOgVEQAnFhEAPhYRAEYWEQAOgxMAvhYRAOoWEQD2FhEAQBcRAEYXEQCWFxEAnBcRAOwXEQDxFxEAQhgRAEgYEQBkgxMAmRgRAO4YEQD0GBEARBkRAEkZEQCaGREAqRkRAPAZEQD8GREARhoRAEkaEQCcGhEAnxoRAPIaEQD6GhEASBsRAFcbEQCeGxEAoxsRAPQbEQAKHBEAShwRAEscEQCgHBEAsRwRAPYcEQACHREATB0RAFYdEQCiHREArh0RAPgdEQD/HREAuoMTAF4eEQCkHhEAsB4RAPoeEQAJHxEAUB8RAGQfEQCmHxEAtR8RAPwfEQANIBEAUiARAF4gEQAQhBMAqiARAP4gEQAMIREAVCERAGUhEQBmhBMAsCERAAAiEQAMIhEAvIQTAFwiEQCsIhEAsiIRAAIjEQAHIxEAWCMRAF4jEQC+hRMAsyMRAAQkEQAGJBEAWiQRAGskEQAWhxMAvCQRAAYlEQAMJREAXCURAGglEQCyJREAuiURAGyHEwAOJhEAXiYRAGomEQC0JhEAvCYRAMKHEwAWJxEAYCcRAGMnEQC2JxEAwCcRABiIEwAOKBEAYigRAHAoEQC4KBEAySgRAMSIEwAUKREAZCkRAHApEQAaiRMAwikRABAqEQATKhEAZioRAHIqEQC8KhEAyCoRABIrEQAaKxEAxokTAHMrEQC+KxEAyisRABQsEQAcLBEAHIoTAHMsEQDALBEA0SwRABYtEQAnLREAbC0RAHQtEQDCLREAxS0RABguEQAiLhEAbi4RAHAuEQDELhEA0y4RABovEQA6LxEAcC8RAHgvEQDGLxEA0C8RABwwEQAiMBEAcjARAHQwEQDIMBEA1zARAB4xEQAqMREAcooTAIAxEQDKMREA6DERACAyEQAmMhEAdjIRAH8yEQDMMhEA2TIRACIzEQAqMxEAeDMRAI4zEQDOMxEA0DMRACQ0EQA/NBEAejQRAIY0EQDQNBEA3TQRAMiKEwAsNREAfDURAIQ1EQDSNREA6DURACg2EQAtNhEAfjYRAIQ2EQDUNhEA4DYRACo3EQAyNxEAHosTAI03EQDWNxEA5jcRACw4EQAxOBEAgjgRAIg4EQDYOBEA7jgRAC45EQAwOREAhDkRAI45EQDaOREA6DkRADA6EQA1OhEAhjoRAJM6EQB0ixMA6zoRADI7EQA7OxEAiDsRAJI7EQDeOxEA7DsRADQ8EQA5PBEAijwRAJc8EQDgPBEA6DwRADY9EQBGPREAjD0RAI49EQDiPREA8D0RADg+EQBJPhEAyosTAJU+EQAgjBMA6T4RADo/EQBAPxEAkD8RAJg/EQDmPxEA8D8RADxAEQA+QBEAkkARAJVAEQDoQBEACEERAMyMEwBKQREAlEERAJpBEQDqQREA9kERAEBCEQBIQhEAIo0TAKJCEQDsQhEA8kIRAEJDEQBOQxEAmEMRAKBDEQB4jRMA8EMRAEREEQBSRBEAmkQRAKtEEQDOjRMA/UQRAEZFEQBdRREAJI4TAKZFEQDyRREA/kURAEhGEQBLRhEAnkYRAKhGEQB6jhMABUcRAEpHEQBRRxEAoEcRAKhHEQD2RxEAA0gRAExIEQBRSBEAokgRAKxIEQD4SBEAAEkRAE5JEQBdSREApEkRAKlJEQD6SREAEEoRAFBKEQBRShEApkoRALRKEQD8ShEADUsRAFJLEQBeSxEAqEsRALBLEQAmjxMAAkwRAFgBAAAGTBEAWv0SAApMEQDAqQ8AYEwRABIJAACyTBEAsE8RAGVOEQBWKwAAsk4RAFotAADATxEAeDwAAF9QEQB+PwAAtVARAORHAABgUREAKLUQAGFREQCUSgAAZVERAKCsAwBoUREAmNsHALhREQAOXQAAZFIRAHBjAAC6UhEA3m8AAGVTEQCWdgAAx1MRAKh/AAASVBEABIMAAGZUEQAMhwAAGFURAHSQAADbVREAElYRAHRYEQCg0QAAclkRALjdAADIWREAIOcAAHRaEQDo9QAAKFsRAFD/AACWWxEApv8AAMpbEQD8/wAAKlwRAAgGAQDUXBEAtgcBACldEQDADAEA610RANIVAQAuXhEA3hsBAJdeEQDOXhEAQF8RAHpfEQCCXxEA0F8RANxfEQBCIwEALmARAPIlAQDuYBEAKGERADBhEQB+YREAgGERAFYtAQDgYREAYjMBAIhiEQDKPAEA5GMRAFJWAQCMZBEABFoBAKBkEQB2tRIAqGQRAHKzEgD/ZBEAWloBADZlEQCyWwEAmGURAAxeAQDhZREAEmEBADZmEQAWYwEAQGcRAOZ1AQCkZxEA4GcRAOhnEQA8dgEARWgRAJZ4AQDuaBEAVoMBAFtpEQCsgwEAmmkRAFqFAQDsaREAOmoRAERqEQCwhQEAmmoRALqKAQCgbBEAmKQBAPJsEQBAbREAUG0RAO6kAQD4bREA9qgBAEpuEQCYbhEAqG4RAEypAQBQbxEACLIBAKRxEQAONgIAqHERALw3AgCscREANMgBALhxEQAuRgIAUnIRALD9EgBTchEAvHYMAFZyEQA6ywEAZnIRAHzXDACochEAPsIRALxyEQCQywEAznIRAIpAEwD9chEA5ssBAABzEQCQYg0ArnMRAPDQAQAEdBEARtEBALJ0EQCo1wEAWXURALTdAQAFdhEAvOEBAFV2EQCodhEAtHYRAGjiAQCydxEAAHgRAAN4EQC+ew4ADHgRACDpAQBreBEA0OsBAM14EQACeREAXHkRAGLMDQBoeREAQvoBAIV5EQDW7gEAunkRADj1AQBmehEA7PkBABJ7EQBE+wEAeHsRAJr7AQAUfBEAJqoLABh8EQBG/AEAZ3wRAEj9AQBufREAsgcCABV+EQBi9QwAGH4RALwMAgAafhEAIgQPAGp+EQBiARMAfH4RALh+EQAWfxEAZH8RACp/EQAmFwIAZ38RADaLDQBufxEATJYNAHF/EQBgdQ0AdH8RALZMDgB1fxEAFFEOAH9/EQDADgIAhX8RAPSUDQASgBEAHhMCADqAEQDGqg4AdIARAMwUAgDIgBEAzhUCADGEEQCeKAIAoJIRAJa7DQBIkxEAjJMRAPSTEQA4lBEAnpQRANSCDACklBEAGOcCAOmVEQAUrxIA7pURAJKWEQAClhEAmJkRAAqWEQAcsxIAEJYRADj3AgCUlhEA5AsNAJaWEQA6jQ0AmZYRALhDCQCclhEAjvcCAKGWEQDk9wIAo5YRAIDJBADJlhEAGBYFAPiYEQBYBwMAoJkRAO6ZEQDvmREAODYNAPiZEQBm/Q8A/ZkRAAggDgANmhEAEloTAE6aEQBiDAMASZsRALQ1AwBMmxEAfP4KAE2bEQA6IwMAT5sRAMYTAwBQmxEAfBkDAFKbEQAQOwQAU5sRANYbAwBUmxEA8ikDAFWbEQB2FgMAVpsRALI2BABcmxEA3B4DAIWbEQCSFREApJ4RAGZkAwConhEAvjoDAKyeEQDaXA0ABJ8RABg9AwBWoREAUFkDAMOiEQB8bwMAb6MRAJB5AwAhpBEAmH0DAGGkEQD4ggMAXKURAHCUAwC4pREABqYRABSmEQDKlgMADKcRACayDwAWpxEAhp8DAA2oEQBQrwMAaakRAIDHAwAPqhEA5s8DAMyqEQAQqxEAcasRAGLjAwDOqxEAEqwRACOsEQBo5gMAbK0RANZKBQBtrREA9AEEAHStEQBmGgkAGa4RAPwFBAAdrhEAhCkJABuvEQAoHAQAJbARAJQnBADVsBEA8CoEAI6xEQDIsREA0LERAB6yEQAtshEAqjIEAH6yEQAGNgQAKbMRALb0DAAssxEAtDcEAH6zEQDMsxEAkrMRALytEgDWsxEACjgEAIC0EQDAPQQA3bQRAMQ/BACAtREA0EUEANi1EQCq6AkAKbYRAIhMBAA0txEAWF8EAIa3EQA+QxIA8LcRACq4EQAyuBEAgLgRAI24EQB+cgQAj7gRAHSYBACRuBEAtGIEAD+6EQBCfwQAPLsRAGiSBACOuxEA3LsRAO27EQDAkwQA7bwRAOinBAA+vREARKsEAOK9EQD+sgQAR74RALa5BABSvhEAzsUEAF++EQDCvwQAYb8RACTGBAADwBEAMs0EAEDAEQCU0wQA7cARAAjjBADywBEAtMIJAPPAEQBmxgkA9cARAFS9CQBYwREAksERAJrBEQDowREAQMIRABrTDQBGwhEAEq4SAEjCEQAO5gQASsIRABbVDwBhwhEAZlkTAITCEQAQ/Q8AnMIRABTpBAAXwxEAQMMRAEvDEQAW6gQA9sMRAMzvBACnxBEAhvcEAEfFEQCYAAUASsURAL4VBgC2xREARgIFAP3FEQCsCgUA/8URAJwCBQBMxhEA+AUFAFDGEQD8BwUAUscRAFwNBQBZyBEAchgFAKPIEQB8HQUAbMsRAKbLEQCuyxEA/MsRAAvMEQBwQgUAW8wRACpKBQBWzREAkFIFAGHNEQDgAQkArc0RAOxVBQCxzhEAamoFALvOEQBaYgUACM8RALZlBQAMzxEAumcFAHbQEQCw0BEAuNARAAbREQAL0REAkn4FABXREQCCdgUAYtERAN55BQBm0REA4nsFAGrTEQAUlQUAEtQRACaeBQC+1BEA+LEFAInVEQDCwQUA4NURACLHBQAf1hEAJskFAHbWEQCIzwUAyNYRAIrQBQAa1xEAaNcRAHLXEQDg0AUAwdcRAObTBQDJ2BEA+t0FAIjZEQDC2REAytkRABjaEQAe2hEAvOkFAITaEQBu7QUAMNsRANz5BQB02xEA8AMGACvcEQD4BwYA19wRAAgQBgCF3REAbhgGADzeEQB23hEAft4RAMzeEQDc3hEA2CIGAPjeEQA2JwYALt8RANojBgCA3xEAzt8RANjfEQAwJAYA7OARACbhEQAu4REAfOERAIXhEQD8NAYA3OERAAA3BgCa4hEA1OIRANziEQAq4xEAK+MRABZCBgAv4xEA+okGADfjEQDQSQYAOeMRALY8BgCG4xEAEkAGAIrjEQBKhwYAjOQRAIBMBgA45REAkFQGAI7lEQDuWAYA4OURAPBZBgCU5hEAVmIGAE7nEQCI5xEAkOcRAN7nEQDo5xEAZmoGADfoEQB0cQYA/OgRADbpEQA+6REAjOkRAJnpEQDSdQYAm+kRAOZ/BgDn6REA2nkGAJTqEQBCgwYA7OoRAEaFBgBY7BEAkuwRAJrsEQDo7BEA9+wRAF6RBgBI7REAupQGAE7vEQDkqQYAtO8RAO7vEQAK8BEARPARAFHwEQA8qwYAYvERAJzxEQCk8REA8vERAPXxEQAKvQYA1fIRACTKBgBN8xEALs8GAFHzEQDSVgwAA/QRAObVBgBP9BEA7tkGAK71EQAQ6wYABvYRAHDwBgAE9xEA6rIJABj3EQCUsgkAbvcRAKj3EQCw9xEA/vcRAAH4EQCA+AYAcPgRAKr4EQCy+BEAAPkRAA/5EQAy/AYAYfkRAOoCBwCw+hEAYBMHAGH7EQAS+g0AZvsRAKTGDwBp+xEAEBYHAGr7EQD2xA8AvPsRABgaBwDO/BEACP0RABD9EQBe/REAZ/0RANYjBwC+/REA2iUHAG/+EQDoLAcAz/4RAFI3BwBl/xEADkAHABEAEgDOSgcAvQASADxXBwDGARIAAGQHABwCEgBcZwcAdAISALhqBwDaAhIAFAMSABwDEgBqAxIAeQMSAM51BwB6AxIAEGwHAMwDEgASbQcAHgQSAGwEEgB2BBIAaG0HAB4FEgAqeQcAxwUSAOSABwB4BhIAloQHADgHEgByBxIAegcSAMgHEgDXBxIA/o0HACoIEgBakQcAfAgSAMoIEgDZCBIAspIHAIUJEgC+mAcA1gkSABqcBwAvChIAMqgHADEKEgAmogcAQAsSAHoLEgCCCxIA0AsSAEIMEgB8DBIAhAwSANIMEgDfDBIAArsHADUNEgCyvQcAjA0SAGTBBwAsDhIAxscHAOIOEgDUzgcAjQ8SAKjjBwDmEBIAJvgHADgREgCGERIAlRESAH75BwACEhIA1voHAD4TEgA4AQgAlhMSAJYFCADoExIANhQSAEUUEgDuBggAshQSAEYICADnFRIA+gwIAD8WEgAIFAgA6xYSAHghCACXFxIAPC4IAE4YEgDyMwgAoRgSAEo1CABGGRIA/jkIAAgaEgBCGhIAShoSAJgaEgDxGhIAZkMIAKkbEgAWRggAYhwSAJwcEgCkHBIA8hwSAPwcEgAoTwgAVh0SANZQCACtHRIA4FUIAP4dEgA+WggAqR4SAJxeCACuHxIAqGQIAAAgEgBOIBIAUCASAP5kCAAWIRIAUCESAFghEgCmIRIAxCISAP4iEgAGIxIAVCMSAHIkEgCsJBIAtCQSAAIlEgAMJRIArJEIAMolEgAEJhIADCYSAFomEgBkJhIA7rIIAHAmEgDOoggAtSYSANKkCAAQJxIAjq0IAGcoEgBwyQgAaygSAF7ACADCKBIAasYIAAspEgBuyAgAwCkSAHTLCAAPKhIAes4IAMIqEgDa0wgAGisSADzaCADGKxIAQt0IABwsEgCY3QgAgiwSALwsEgDELBIAEi0SACEtEgBI4AgAyy0SAArsCAAkLhIAwvIIADIvEgBsLxIAdC8SAMIvEgDRLxIAKvwIAMcwEgAaMRIANDESAJ4LCQCMMRIAxjESAM4xEgAcMhIAKzISAKYPCQCoMhIAVBEJADozEgB0MxIAfDMSAMozEgAvNBIABhUJAHw0EgBiGAkALjUSAGgbCQCKNRIAxh8JACs2EgAqqAkALjYSAHokCQCBNhIAfCUJAIY3EgD2NwkA3DcSAK4+CQAvOBIAsD8JAEY5EgCAORIAiDkSANY5EgDiORIAIE0JADQ6EgCCOhIAhjoSAHhOCQDoOhIAJlAJAKA7EgDaOxIA4jsSADA8EgBaPBIAmF4JAIs8EgD8ZQkA+DwSACB8CwA6PRIAiD0SAMA9EgBcawkAVz4SAIo+EgCPPxIA8IoJAJVAEgC8mwkA7kESADxCEgBhQxIAlEMSALNDEgDqQxIAUEQSAEi3CQD0RBIAqLwJAJ5FEgCwwAkA/UYSAApvCgD/RhIAyMwJAExHEgAk0AkAVEkSAI7aCQCjSRIA8uEJAKpJEgDs3gkArEsSAPpLEgCpTBIAHvgJALRNEgA0AwoACE8SAFZPEgB/TxIAXBcKAB5QEgBYUBIAYFASAK5QEgC9UBIAbB8KAApREgDIIgoADlESAFpsCgC1URIAzCQKAA5SEgBcUhIAhVISACYnCgAQUxIA2CoKAIdTEgAuKwoAElUSAKo+CgAaVhIAuEUKABxXEgAeTgoAglcSAHROCgDLVxIAyk4KABhYEgAmUgoAylgSACxVCgAwWRIAglUKAHlZEgDYVQoAxlkSADRZCgBCWxIAblsSAOBbEgAaXBIAIlwSAHBcEgAhXRIAEnMKACJeEgAqfwoA314SAPKNCgCSXxIAzF8SANRfEgAiYBIALGASALCXCgD8YRIAcqMKACpjEgD8vQoAh2MSALLDCgAsZBIAbswKAJBkEgDKzwoANmUSADjcCgA5ZxIAzPsKAPVoEgDsCwsAj2kSAPYQCwDtaRIAUhQLAKhqEgDiahIA6moSADhrEgCQaxIADh0LAKxsEgDmbBIA7mwSADxtEgBmbRIAKCoLAPFtEgCKMAsARm4SAJRuEgCibhIANjELAPBuEgCQMwsAo28SAJo4CwDtbxIAojwLAPdwEgC2RgsA+nASAGJHCwBTchIAfFQLAKFyEgDUVQsA/3ISADBZCwBQcxIA4FsLAKFzEgA2XAsAGHQSAEp0EgASdRIA+mgLAHZ1EgBQaQsArHYSAPp2EgAjdxIACHALAC53EgC0cAsACnkSALx0CwBkeRIAGHgLALd5EgBweQsAdXoSAKx6EgBlexIAKIALALN7EgAwhAsAsnwSAE6TCwANfRIACpwLALR9EgBinQsAOn4SAGqhCwB0fhIAcqULALl+EgDMpwsAZn8SAIyyCwB2fxIAGM4LAM6AEgCowAsAE4ESAALDCwB6gRIAXMULAISDEgC+gxIAxoMSABSEEgAhhBIA5N4LAHeEEgDq4QsAI4USAJzlCwDhhRIAGIYSAICGEgBAmhIAjYYSAMSGEgB8hxIADPMLAH6HEgCy8AsALogSAHKIEgDWiBIAdPwLAISJEgA2CAwA4ooSAFwbDACDixIAZB8MANyLEgBwJQwAMowSANYtDACHjBIA2C4MACyNEgCONAwA7o0SACiOEgAwjhIAfo4SAPKOEgD+QQwA2Y8SAGBIDADvkBIAdFIMAJSREgDaWgwAQJISAOxjDAD4khIAMpMSADqTEgCIkxIA+pMSADSUEgA8lBIAipQSADmVEgBorhIAPpUSAIyVEgBAlRIAAvYPAFKVEgDy8xIAlpUSAGh3DAA+lhIAHn0MAEyYEgD2kwwAW5gSAJKYEgDwmBIA7o8MAE2ZEgBEkAwAl5oSALifDAD6mxIAeqsMABKcEgCkxA4ATJwSAJqcEgC4nBIA0KsMAGKdEgCcnRIApJ0SAPKdEgBWnhIA1q4MABCfEgDcsQwAvJ8SADi1DAC+oBIA+KASAAChEgBOoRIAwKESAPqhEgACohIAUKISALSiEgBQwQwAbqMSAKijEgCwoxIA/qMSAGKkEgAGxwwAcqUSAKylEgC0pRIAAqYSAGamEgBqzgwAIKcSAHDRDADMpxIAzNQMAGapEgC0ow8AvKkSAAqkDwAmqhIAYKoSAGiqEgC2qhIALKsSADziDADAqxIAvCINAG6tEgB+DxMAcK4SAKxJDwCErhIAhj4TAJauEgC+rhIAxq4SALZ7EADsrhIABHYPAEKvEgBqrxIAw68SAMIxEwAysBIAbLASAHSwEgDCsBIAJLESABj7DACKsRIAxLESAMyxEgAashIAfLISAMqsDgDcshIAzCoNACS0EgB8sA4AKrQSACwFDQCOtBIA3AcNAH61EgDMtRIA27USAKgaDgAqthIAQHETAIm3EgBEEQ0Ak7cSAOwPDQCIuBIA9hQNAES5EgB+uRIAhrkSANS5EgAzuxIACB4NAEa9EgDULg0A5L0SAJg7DQBAvxIAYksNAEDAEgBoTg0AkcESAE6ZDgCUwRIAhl8OAJjBEgDSWA0AnsESAMKoDgBCwhIAkMISAJrCEgDcXQ0ArsMSAOjDEgDwwxIAPsQSAOzEEgD2ag0ARcUSAKhuDQBMxxIAFHoNAKLHEgDwxxIA/McSAHB9DQCoyBIAzIANAFDJEgCeyRIAtckSACyGDQCqzhIAYqENAFnPEgAWpg0At9ESAKLBDQBs0hIAsNISAGnTEgBu0g0AbNMSABbRDQBs1BIAyNQNABbVEgDK1Q0AbtUSANDYDQAv1hIAYtYSAIDWEgAs3A0A3NYSAI7iDQBy1xIA5OINAMbZEgAU2hIAFtoSAFLvDQBv2hIA/u8NAHbaEgBY8g0A4NwSABrdEgAi3RIAcN0SAHrdEgAyCg4AON4SAHLeEgB63hIAyN4SANfeEgBIFQ4AJN8SAKQYDgDQ3xIABB4OAHzgEgBkIw4Ae+ESACYvDgAn4hIAfC8OADDiEgCydw8A2OISANozDgAu4xIAfOMSAODjEgCKNg4ANuQSAEQ+DgCI5RIA1uUSANnlEgCgQQ4AjuYSAPpDDgDg5hIALucSADHnEgD+RQ4A5ucSAK5IDgA46BIAhugSAInoEgCySg4APukSALhNDgCQ6RIA3ukSAOjpEgAOTg4APOoSAIrqEgCN6hIAEE8OAD7rEgAWUg4AlOsSAOLrEgDl6xIAblMOAJbsEgDk7BIA5+wSAHZXDgCY7RIA5u0SAOntEgB+Ww4Anu4SADBfDgCc7xIAkGQOALzvEgCmThMABvASAOhlDgCZ8BIA7PASAJvxEgBCaA4AovESAJxqDgBS8xIAqHAOAFTzEgDOBA8A+vMSAEj0EgCj9RIA6GcPAKj1EgBO9xIAAvYSAMJ9DgBe9xIAGn8OALT3EgB0gQ4ABvgSAHaCDgBs+BIApvgSAAP5EgBCkw4ABvkSAKibDgAL+RIAIoMOABf5EgCMjQ4AuvsSAECSDgBm/BIATJgOALz9EgDsPg8A2v0SAC49EwD0/RIA3uMPAA7+EgBc/hIAX/4SAKqcDgDC/hIAWJ4OABT/EgBanw4AZv8SALT/EgC+/xIAsJ8OAGUBEwBmpQ4AbAETAGqnDgARAhMAbKgOAJEDEwAerA4AGgQTAHqvDgCzBRMAmEcTACsGEwDA/w8AbQYTAEzDDgDQBxMArMgOACIIEwBwCBMAiQgTAATKDgDJCBMAHAkTAJYJEwC4zg4AQgoTALrPDgDuChMAEtEOAH4LEwDMCxMA1gsTAMTUDgB5DBMAbKoPAIkNEwCA3Q4Agw8TAJLmDgBzEBMAgBATAMkQEwDWEBMAMhMTALL2DgA8ExMAFv4OAPAVEwB+Bw8ARBYTAIAIDwCUFhMALAkPAOUWEwCECg8A5xcTAN4MDwDuGBMAPBkTAJoZEwDoGRMAlRoTAO4UDwDyGhMAQBsTAJ4bEwDsGxMAmxwTAPoaDwBMHRMAmh0TAPgdEwBGHhMAUB8TAFogDwCqHxMAsiEPAFIgEwCgIBMAsCATAAojDwBvIRMAoiETAFciEwC+Jw8AsCITAG4qDwAeIxMAUCMTAHImEwBGQQ8AICgTAKZGDwDMKBMA/kcPAHgpEwBWSQ8ADSwTANhfDwDGLRMAkmcPAL0uEwDuag8AdjATAKhyDwAfMRMAWHUPAJszEwAQfA8AyTMTAL59DwAkNBMAcl8TAHs0EwBugA8AfjQTAHKCDwDLNBMAHjUTADo1EwB0NRMAzTUTACA2EwA8NhMAdjYTANQ2EwAiNxMALDcTAMiCDwCANxMAwIYTANQ3EwDShw8A3jgTADCMDwApORMA4I4PAIQ5EwDIXxMAkzoTABYAEAA2OxMA+JoPAOw+EwBeehAAPkATACq0DwA5QRMAyK0PAO5BEwDKrg8A7kMTADxEEwBGRBMAhrcPAPZEEwA2ug8A4UcTAO5HEwA3SBMAREgTAI1IEwCaSBMA40gTAPBIEwA5SRMARkkTAI9JEwCcSRMAVEoTAEbCDwC6ShMAnMIPAEtLEwD0ww8AvEsTAKDEDwBVTBMA+MUPAL5MEwD4TBMAak0TAKRNEwAIThMAVMkPAM5OEwD8ThMAJE8TAFJPEwB6TxMAqE8TANBPEwD+TxMABVATACjeDwBcUBMAqlATAK9QEwAGzQ8ABVITABrXDwBmUxMAeNsPAAlUEwBcVBMA2lQTAAhVEwAwVRMAXlUTAIZVEwC0VRMA3FUTAApWEwAyVhMAYFYTADRXEwBiVxMAilcTALhXEwDgVxMADlgTADZYEwBkWBMAjFgTALpYEwByWRMAViIRAHZZEwCoIBEAb1oTAIzlDwDMWhMAmuwPAIlbEwDAWxMANVwTAAb4DwB1XBMAZPwPAOFcEwAYXRMAzF0TABpeEwAqXhMAaP4PAHxeEwBq/w8A214TAHQGEQAtYxMA4jsQAIZjEwCOPBAAhGQTAFxOEAAwZRMAFFUQANxlEwAiXBAAiGYTANhhEAA0ZxMAPGkQAOBnEwDwbRAAjGgTAKRyEAA4aRMAXHkQAOhpEwBgexAATGoTAIhqEwCQahMA3moTAJhuEwDmbhMABG8TAIKMEABKchMAFKsQALZyEwAcrxAAYnMTAHy0EAD8cxMA1rYQAE50EwCGuRAAo3QTADa8EAD3dBMAPsAQAFh1EwBCwhAAunUTAPR1EwBMdhMAXM8QAKx2EwAK0RAAC3cTALrTEABUdxMAxtkQABR4EwAk3hAAZHwTAKTzEAAUfhMAvgARAGZ+EwDAAREAuH4TAAZ/EwAKfxMAFgIRAGR/EwCyfxMAEIATAF6AEwASgRMAYIETAMKBEwDeEBEAFIITAGKCEwBmghMANBERAI+DEwCYGBEAb4QTAKohEQC/hBMAEoUTADqFEwBohRMAwYUTABSGEwA8hhMAaoYTANeGEwCuIxEAbocTAAgmEQDMhxMACicRACCIEwBuiBMAfogTAAwoEQDNiBMADikRAB2JEwBwiRMA0IkTAGgrEQAsihMAaiwRACyLEwCANxEA1osTAI4+EQAojBMAdowTAIaMEwDkPhEAJo0TAJZCEQCIjRMA7kMRANyNEwDwRBEALI4TAJxFEQB9jhMA0I4TAA==","fail":"AAAAAAAAAABmiQAA3MYBAFrZAAAuUAcA0kICAPo3CABkCwIABh0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAAAAAABkCwIAkg0NAAr2DQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNAAAAAAAuUAcA0kICANJCAgDAkQMAqC0CAP4tAgC8eg4A+MMOABzpAgBy6QIANBwBAALiBQACyw8AwJEDAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AAByDgAAZAsCAAYdDQBw/g0Axv4NABz/DQBy/w0AyP8NAAAAAAAuUAcAZAsCAAIZDABEKgQAVi8CAFrrCQA6IQIAZokAAGo5AgAWVhAAbFYQALy4AgBOJwAAZAsCAHZ8CwDMfAsAkkkAAFqNBQAqlgAAgJYAACTCAgDiLwoAODAKAGQLAgCSDQ0ACvYNAGD2DQC29g0ADPcNAGL3DQC49w0ADvgNAGT4DQAw/QcAuEsNAFYAAABWAAAAyHgKANJCAgCSSQAAZAsCADD9BwAqwwEAAAAAACqWAAAmrAwAjrUMAOgeAACGGAAA+jcIAFA4CACQyQAA5skAADzKAABwEwMA1hsDACwcAwBe7woAiBkAAFgZDABScA4AWAEAAK4BAAAEAgAAWgIAALACAAAw/QcAuEsNAFYAAABWAAAAkqEBAA5lBAAqlgAAZLMAANJCAgAoQwIA8tsGAGQLAgAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAAo0gkAftIJAAAAAADKkAAAzJMBANJCAgA6TAIAcg4AAGQLAgCSoQEADmUEAGRlBABWAAAATKkBAKKpAQD4qQEATqoBAKSqAQD6qgEAUKsBAAAAAABwEwMAtDUDACrDAQCAwwEA1sMBAAJEDADehwwANIgMACSADAB6gAwA0IAMACaBDADqIwIAzHwLAEJQAgCM2QkA4tkJADjaCQD6NwgAZAsCALbPDwCg4wkAZAsCALx6DgBifBAAPkoAAJRKAADqSgAAQEsAAJZLAADsSwAAAAAAAFrrCQBC5QwAMP0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAACjSCQB+0gkAAAAAAMqQAAAqlgAAcg4AABSPAgCCLAsA+jcIAGQLAgAw/QcAYjEAALgxAAAOMgAAZDIAAExEDwA6IQIAZokAANzGAQDoHgAA+jcIAGQLAgAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAKgtAgD+LQIA5qQDADylAwCSpQMA6KUDACSADAB6gAwAMhkAAIgZAABYGQwAUnAOAFgBAACuAQAABAIAAFoCAACwAgAAWtkAAPwsAgD+cg8AVHMPAAIZDACQSgEA5koBACTCAgDMkwEA+jcIAJK9DwACGQwAWBkMAFJwDgBYAQAArgEAAAQCAABaAgAATEQPADohAgBmiQAA3MYBAOgeAAD6NwgAZAsCAAYdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAJIAMAHqADAAyGQAAiBkAAFgZDABScA4AWAEAAK4BAAAEAgAAWgIAALACAABa2QAA/CwCAP5yDwBUcw8AAhkMAJBKAQDmSgEAJMICAMyTAQD6NwgAkr0PAGaJAADcxgEAJG4DAHATAwC0NQMAYjEAALgxAAAOMgAAZDIAAExEDwByDgAA6B4AAD4fAACUHwAA6h8AAEAgAABMRA8ATicAAI5ZCQDSQgIAIKkMABSPAgBMRA8ANBwBAK48CAByDgAAKsMBAD51AABoJQ4A9uUKAE7tDQB2FgMAurMAABC0AABmtAAAvLQAABK1AABotQAAAhkMAFgZDABScA4AWAEAAK4BAAAEAgAAWgIAALACAAA0HAEAYN4BAHIOAAAUjwIAZAsCADohAgBsABAABh0NAJywBgAw/QcAjpAPAFqNBQCwjQUAIpQBAAAAAABkswAAZLMAACqWAAByDgAAKsMBAGQLAgCSDQ0Akr0PAIYYAABYXQMAKpYAAPo3CABkCwIAugsCAFQZDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAAAAAAhhgAAGxlAgDg2goA3BgAAFrZAACGGAAAZAsCAJINDQBQOAgAgDUQANY1EAA6IQIAZokAANzGAQDoHgAAAAAAANJCAgBWLwIAZokAALyJAAASigAAaIoAAL6KAAAUiwAAuDMBAPo3CACSvQ8AhhgAAFhdAwAqlgAA+jcIAFYvAgAqlgAAgJYAANTrAADi9gIAOiECAGaJAACgCggAVi8CAPo3CAA6IQIAVi8CACqWAACAlgAA1OsAAOL2AgDKkAAAOiECAJKhAQAOZQQAZLMAAGQLAgBsZQIAwmUCABhmAgBkCwIAKNIJAH7SCQCSSQAAWo0FALCNBQAqlgAAJMICAHrCAgDQwgIAZAsCAAJEDADehwwANIgMACSADAB6gAwA0IAMACaBDAB4Ag4AcP4NANTQCADooQEAWtkAACqWAACGGAAA3BgAAN5GAQA0RwEAcg4AAAZIDQBWAAAAVgAAAMh4CgDSQgIAkkkAAIIsCwD6NwgAVi8CAGaJAACQyQAA5skAADzKAABWLwIANBwBAIocAQCE2QsAAAAAAJKhAQAOZQQAKpYAAIYYAACSSQAAZAsCAJINDQAK9g0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNADD9BwC4Sw0AVgAAAFYAAADIeAoA0kICAJJJAABkCwIABh0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAARM4AAJBKAQDmSgEAkkkAAHhAAgB2ygcAZosBAPhtDgBkCwIAKNIJAH7SCQAAAAAAypAAACqWAAByDgAAFI8CAIIsCwD6NwgAZAsCADohAgDAkQMAZAsCADD9BwDoHgAAPh8AAJQfAADqHwAAypAAAJJJAADoSQAAPkoAAIYYAACSSQAACmcGAGSzAADqzwIAnFICAApnBgAuUAcAoOMJAGQLAgACGQwAkqEBAMqQAAB8FwIAzJMBACKUAQBkCwIAZokAAJDJAADmyQAACtwAAAYdDQCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAA7s0AACjSCQB+0gkAAAAAAMqQAADMkwEA0kICADpMAgAAAAAA0kICAHCgCQCg4wkAfBcCAFYAAACsAAAAAgEAAGQLAgAAAAAAVgAAAKwAAAACAQAAWAEAAK4BAAAEAgAAWgIAAMDjAQAW5AEAnNkFAOrPAgBA0AIAltACAPC9DQBGvg0AnL4NAFrZAADMkwEAhE4GAOhJAABmTQ0AJPsJAJJJAABkCwIABh0NAALLDwDAkQMAZAsCAAIZDABYGQwAUnAOAFgBAACuAQAABAIAAFoCAACwAgAAnNkFAPLZBQBI2gUATicAAI5ZCQB8FwIAypAAANJCAgA6TAIA0kICAGQLAgCc2QUAurMAABC0AABmtAAAvLQAABK1AABotQAAMP0HAOgeAACGGAAAkkkAAGQLAgAGHQ0AkMkAAObJAAA8ygAAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAJIAMAHqADAAyGQAAiBkAAFgZDABScA4AWAEAAK4BAAAEAgAAWgIAALACAAACRAwA3ocMADSIDAAw/QcA6B4AAAAAAABmiQAAkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAFSCAQCqggEAAIMBAFaDAQBc4gQABh0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAEJQAgCM2QkA4tkJADjaCQCO2gkA5NoJADrbCQAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAIIsCwDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgA0HAEArjwIAMbwBgCYhwgAZokAAALLDwBYXQMATgQEADQcAQBkCwIAAAAAAGSzAABmiwEAvIsBABKMAQCGGAAAQlACAJhQAgDuUAIAIBIBAHATAwAgEgEAZokAAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAABUggEAqoIBAACDAQBWgwEAAAAAAC5QBwCg4wkAfBcCANIXAgByDgAA6B4AAMbwBgDExAYAGsUGAJC8DwCETgYA4EkCACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAEDsEAGY7BAC8OwQAEjwEAGg8BAC+PAQAFD0EAGo9BADAPQQAOAsNAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAIpQBAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAADi9gIABh0NAJDJAADmyQAAPMoAAJLKAADoygAAPssAAJTLAADqywAAQMwAAJbMAADszAAAQs0AAJjNAADuzQAA9KcBAEqoAQCgqAEA9qgBAFYvAgDSQgIAOkwCAJBMAgA8lBAAcg4AAOgeAAD6NwgAZAsCAExEDwC+fxAAkqEBAOihAQA+ogEAlKIBAOqiAQBAowEAWtkAAPwsAgD+cg8AVHMPACjSCQB+0gkA1NIJACrTCQCA0wkA1tMJAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAA0HAEArjwIAMbwBgCYhwgAZokAAALLDwBYXQMATgQEAJJJAABWLwIAZokAAH7QCADU0AgA6KEBAFrZAAAqlgAA+jcIAGQLAgBMRA8A0kICAHCgCQA6IQIAZokAADohAgCSoQEAAkgOAFhIDgCQyQAA5skAADzKAACSygAA6MoAAD7LAACUywAA6ssAAEDMAACWzAAA7MwAAELNAACYzQAAKpYAAICWAADU6wAA4vYCALyJAAASigAAaIoAAL6KAAAUiwAA5J8BADqgAQCQoAEA5qABADyhAQCSvQ8AgJYAANTrAADi9gIA9P0BAGSzAAAqlgAAVgAAAJJJAAAKZwYALlAHAGQLAgAAAAAAAAAAAAAAAABc4gQAKNIJAH7SCQDW9gUA3MYBAMgOAACg4wkAcBMDAGgJAADKkAAAcg4AAOgeAAA+HwAAhhgAAEJQAgCYUAIA7lACAPYQCwBMEQsAohELAAIZDABYGQwAUnAOAFgBAACuAQAABAIAAFoCAACwAgAAJIAMAHqADADQgAwAJoEMAHgCDgBw/g0A1NAIAOihAQBa2QAAKpYAAPo3CACGGAAA3BgAADIZAAAGHQ0A2N4OABKKAABoigAAvooAABSLAABqiwAAvHoOAPjDDgACcQ0AvHoOAGJ8EADMkwEATgQEAKQEBAAkwgIAWusJAGZNDQByDgAAFI8CAFrZAADMkwEAhE4GAOhJAABkCwIAKNIJAChDAgA6IQIAOiECAMyTAQCETgYANBwBAAAAAABkCwIAugsCABAMAgBmDAIAvAwCAGQLAgACGQwAkqEBAAJIDgBYSA4A3MYBAOgeAACc2QUAmIcIAO6HCABEiAgAmogIAGQLAgDAkQMAFpIDAGySAwDSQgIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAPoUIAOgeAABWcg4AkkkAAApnBgAilAEAfBcCAE4nAACOygEA5MoBADrLAQBE+QAAIBIBAE4nAACOygEA5MoBADrLAQAO5gQAZOYEALrmBAAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAIIsCwC8eg4A+MMOAC5QBwD6NwgAkr0PAORjDgAAAAAAAAAAAAAAAAAAAAAAZAsCAHzBAQA6IQIAZokAAKAKCABkCwIAnNkFANJCAgA6TAIAoAYGAJK9DwCGGAAAkkkAAApnBgBmiQAAftAIAHIOAAAAAAAAhhgAACTCAgB6wgIA0MICAA5lBAD6NwgAUDgIALyJAAASigAAaIoAAL6KAAAUiwAAztkOAMJlAgAYZgIAzJMBAMyTAQB8FwIAhhgAAEJQAgAI6wgAypAAANJCAgA6TAIAoAYGAMJICQAqlgAAcg4AANDaDgDcGAAA3kYBADQcAQAC4gUAnFICAGSzAAD6NwgAkr0PAIYYAABYXQMAKpYAAAAAAAAuUAcAfBcCAMyTAQAilAEAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAVBkNANJCAgBkCwIAypAAAHIOAADoHgAAPh8AAGQLAgC6CwIAEAwCAGYMAgC8DAIAugsCAFQZDQDSQgIAZAsCAMqQAAByDgAA6B4AAGQLAgAGHQ0AkMkAAObJAAA8ygAAksoAAOjKAAA+ywAAlMsAAOrLAABAzAAAlswAAOzMAABCzQAAmM0AAO7NAAD0pwEASqgBAKCoAQD2qAEAZAsCAMqQAAByDgAA6B4AAD4fAACGGAAAQlACAJhQAgAkwgIA4i8KADgwCgAgqQwAgpkBAC5QBwCg4wkAzJMBACKUAQBYXQMArl8EAGDeAQA0HAEAZAsCADD9BwC4Sw0AVgAAAFYAAADIeAoA0kICAJJJAACCLAsA+jcIAGQLAgAGHQ0Aig8QAMyTAQBkCwIAJMICAOIvCgA4MAoAIKkMAIKZAQAuUAcAoOMJAGQLAgACRAwAAAAAAHIOAAAqwwEAgMMBAHATAwByDgAAJG4DAGQLAgAo0gkAcKAJACT7CQCSSQAACmcGACKUAQAqlgAAcg4AAHIOAAAqwwEA6B4AAD4fAAAKZwYALlAHAKDjCQAqlgAAgJYAANTrAADi9gIAZokAAMyTAQACSA4AcBMDADojAwB4/AoATO4OAKLuDgD47g4ATu8OAKTvDgD67w4AUPAOAChDAgB+QwIA1EMCAE4nAACOygEA5MoBADrLAQCSvQ8AgJYAANTrAADi9gIAAAAAAGaJAAAkwgIAesICAGo5AgCSoQEAZokAAALLDwB8FwIAajkCAGaJAADcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEANskBAIzJAQDiyQEAOMoBADQcAQBWAAAArAAAAI52AgCQvA8A5rwPAMgOAACg4wkATicAAI7KAQDkygEAvHYMABJ3DADKkAAAkqEBAJJJAAAKZwYAVgAAAJKhAQACSA4A8pkQAI7KAQDkygEAvHYMABJ3DADoHgAAPh8AANTrAADi9gIAAAAAAGQLAgA6IQIAkCECAOYhAgA8IgIAkiICAOgiAgA+IwIAKpYAAKpXAQASDQIAaA0CAL4NAgAUDgIAag4CAHZ8CwCEtA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqC0CAP4tAgB2fAsAhLQOABINAgBoDQIAvg0CABQOAgBqDgIA5IgLAJKhAQACSA4A8pkQAEiaEACemhAAxisPADpkDgBkCwIAKNIJAJC8DwBOnRAApJ0QAPqdEADkiAsAOokLALoLAgAQDAIAZgwCALwMAgAAAAAA5GMOAGQLAgAo0gkAkLwPAE6dEACknRAA+p0QAOSICwA6iQsAugsCABAMAgBmDAIAvAwCALoLAgAQDAIAZgwCALwMAgCQywEAXOIEAPbEDwBMxQ8AosUPAPjFDwBOxg8AAAAAAMqQAAAgkQAAKsUCAIROBgBqOQIAPmoQAPo3CABsZQIAypAAACCRAAAqxQIAhE4GAGo5AgCmcxAA0kICAChDAgDy2wYArjwIAFrZAAAuUAcA0kICAGxlAgBqOQIAZokAANzGAQAyxwEAiMcBAN7HAQA0yAEAisgBAODIAQA2yQEAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAAAAAABOJwAAjsoBAOTKAQA6ywEAVgAAAJIwCQDG8AYAkkkAAIIsCwAkwgIAesICANDCAgAmwwIAfMMCAHIOAABkCwIAvHoOAPjDDgACcQ0AOiECAGwAEAAAAAAABh0NAPzHDwBSyA8AqMgPAP7IDwBUyQ8AqskPAADKDwB2fAsA3OIPADLjDwCI4w8AcBMDAAAAAAAuUAcAkkkAAHATAwBkswAAZosBAALaAQBY2gEArtoBAATbAQA6TAIAoAYGAGQLAgDKkAAAcg4AAIKZAQAilAEAfBcCAGQLAgDGKw8AOmQOAHZ8CwAAAAAAkqEBAAAAAADKkAAAZokAAH7QCAAAAAAAAAAAAMqQAACSSQAAZAsCAFrZAAD8LAIA/nIPAGQLAgB2fAsAAAAAAMqQAABmiQAAWusJAGZNDQAk+wkAevsJAND7CQAm/AkAOiECAHz8CQDS/AkAKP0JADohAgCc2QUA8tkFAEjaBQDOWg8AJFsPAHpbDwCc2QUA8tkFAEjaBQDOWg8AJFsPAHpbDwBmiQAAAssPAAAAAABkCwIAfBcCANIXAgAoGAIAAAAAAJJJAACCLAsAJlgNAHxYDQBqOQIAXvMMALTzDADAkQMAkkkAAIIsCwAmWA0AfFgNAGo5AgDAOQIAKEMCAH5DAgDUQwIAKkQCAHIOAABajQUAJCwNAH5DAgDUQwIAKkQCAJJJAADoSQAAun0QABB+EABmfhAAAAAAANJCAgA6TAIAntIBAHQbBgDG8AYAkkkAAHIOAABqOQIAdD4CAMo+AgAgPwIAdj8CAMw/AgAiQAIAkkkAAHhAAgBuqw8A6EkAALp9EAAQfhAALlAHAGo5AgB0PgIA6EkAALp9EAAQfhAAZn4QAAAAAABmiQAAzJMBAE4EBADoHgAAJqwMAHysDADSrAwAKK0MAH6tDABqOQIAdD4CAOhJAAC6fRAAEH4QAGZ+EABqOQIAdD4CAOhJAAC6fRAAEH4QAMCRAwBWAAAAkjAJACqWAACAlgAA1OsAAOL2AgAqlgAATicAAKQnAACAlgAAOkwCAIYYAABkswAAKpYAACqWAACAlgAA1OsAAOL2AgBmiQAA8tsGAK48CAAqlgAAgJYAANTrAADi9gIAkkkAAJJJAABajQUAsI0FADohAgCQIQIA5iECAIIsCwAqlgAAgJYAANTrAADi9gIANBwBAK48CACSSQAA6EkAAGZNDQD6NwgAkr0PAICWAADU6wAA4vYCAJKhAQCSoQEAVgAAAMh4CgDMkwEAIpQBAIh1AwDedQMAouoMADpMAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA0kICADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgCUTgIA6k4CAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAKpYAAMCRAwAqlgAAgJYAANTrAADi9gIA+jcIAJK9DwCqVwEA3DoRAICWAADU6wAA4vYCAAAAAAAqlgAAgJYAAHCgCQD6NwgAOrAJACTCAgDMkwEATgQEAIKZAQAuUAcAoOMJACqWAACAlgAA1OsAAOL2AgA6IQIA8j8OACT7CQAgkQAAkM0CAJKhAQDooQEA9pELAEySCwCikgsAAkgOAICWAADU6wAA4vYCAALLDwB8FwIA9uUKACqWAACAlgAA1OsAAOL2AgDSQgIAfBcCAMqQAAA0HAEArjwIAIYYAACSSQAAgiwLAKLqDADU6wAA4vYCAC5QBwAk+wkAkkkAAHhAAgBOJwAAOiECAPI/DgAk+wkAIJEAAJDNAgByDgAA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBmiQAA3MYBADLHAQBiMQAA6s8CANzGAQAUjwIAgiwLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDCSAkAhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAG6dCAAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAMbwBgDExAYAGsUGACCpDACCmQEALlAHAKDjCQAqlgAAgJYAANTrAADi9gIAkkkAAGaJAAC8iQAAbGUCAC5QBwAkwgIA4i8KADgwCgBOJwAAkqEBAOihAQBa2QAAKpYAAICWAADU6wAA4vYCAApnBgBgZwYABGAEAJKhAQACSA4ANBwBAK48CACGGAAAkkkAAIIsCwD6NwgAkr0PAICWAADU6wAA4vYCAHIOAAAGSA0AVgAAAFYAAADIeAoA0kICAJJJAACCLAsA+jcIAMJICQCEUAcA2lAHAMCbCAAWnAgAbJwIAMKcCAAYnQgAbp0IACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAkqEBAJKhAQACSA4AfBcCACQoCwB+0AgAZokAAI52AgDkdgIAOncCAJB3AgDmdwIAPHgCAJJ4AgDoeAIAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBANJCAgAoQwIAwJEDAMyTAQAilAEAxmcCABxoAgByaAIAQHoCAJZ6AgDsegIAQnsCAJh7AgDuewIARHwCAJp8AgDwfAIARn0CAJx9AgDyfQIASH4CAJ5+AgD0fgIASn8CAKB/AgD2fwIATIACADQcAQA6IQIAbAAQAICWAABOJwAAVBkNANJCAgA0HAEAAuIFAJxSAgCCLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKDjCQBkswAAxMQGABrFBgBwxQYAxsUGABzGBgByxgYANBwBAIocAQCE2QsAOrAJAHzZDQCOWQkAZLMAAOrPAgCcUgIACmcGAC5QBwCg4wkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAAAAAAZokAAH7QCADKkAAAKpYAACqWAACAlgAA1OsAAOL2AgBYXQMAZLMAAGaLAQC8iwEAEowBACqWAACGGAAAZLMAAGaLAQC8iwEAEowBACqWAACAlgAA1OsAAOL2AgD6NwgAkr0PAMbwBgAc8QYAvIsBABKMAQAqlgAAgJYAANTrAADi9gIA+jcIAJK9DwBOJwAAjlkJAIbgDgAqlgAA+jcIAGaJAAB+0AgA1NAIACrRCAC8eg4A+MMOAAJxDQAGHQ0AnLAGADQcAQCuPAgABD0IADohAgBsABAAgJYAAGQLAgC6CwIAPJQQACCRAABw/AwAkkkAAApnBgAuUAcAoOMJAIIsCwDYLAsALi0LAJJJAABkCwIAvHoOAPjDDgACcQ0AKNIJAH7SCQDW9gUAoAoIAGQLAgACGQwAkEoBAOZKAQDk5A4AOuUOAJDlDgDm5Q4APOYOAAYdDQD8xw8AUsgPAIKZAQDYmQEALpoBAGQLAgACGQwAkEoBAOZKAQDk5A4AOuUOAJDlDgDm5Q4APOYOAMqQAAAgkQAAkM0CAObNAgA8zgIAks4CAOjOAgA+zwIAlM8CAJa7DQDsuw0AQrwNAJi8DQDuvA0ARL0NAC5QBwBkCwIAugsCAKQnAABa2QAAZAsCAAYdDQBcHQ0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAcg4AAGQLAgC8eg4A+MMOAAJxDQC6CwIAPJQQACCRAABw/AwAkkkAAApnBgAuUAcAoOMJAALLDwCGGAAA3BgAAN5GAQCUIwIAKNIJAH7SCQCgBgYAkr0PAMbwBgC6swAAooACAI52AgA6TAIAcKAJAHzBAQC8eg4AnNkFAMCRAwBOFg0ApBYNAPoWDQBQFw0AKpYAAICWAADU6wAA4vYCAIYYAACSSQAAZokAAJxSAgAKZwYALlAHAKDjCQAqlgAAgJYAANTrAADi9gIADnMLAI5ZCQCG4A4AxmcCAGQLAgAw/QcAOvgCADQcAQA6IQIA8j8OAMyTAQA6ogIAZokAAJxSAgAKZwYALlAHAKDjCQBkCwIAdnwLANziDwAy4w8AiOMPALoLAgAQDAIAZgwCALwMAgAAAAAAZAsCAAJEDABYRAwALLUPAIK1DwDYtQ8ALrYPAK7aAQCcUgIACmcGADohAgCSoQEAAkgOALx6DgDgSQIANkoCAIxKAgCc2QUA6s8CAC7yAgCE8gIA2vICADDzAgCG8wIA8v4CAEj/AgCe/wIA9P8CAEoAAwCgAAMA9gADAEwBAwCiAQMA+AEDAAAAAADKkAAAIJEAAJDNAgDmzQIAPM4CAJLOAgDozgIAPs8CAJzZBQDqzwIALvICAITyAgDa8gIAMPMCAIbzAgDKkAAAcg4AALx6DgD4ww4AHOkCAHLpAgA0HAEAAuIFAALLDwAkgAwAeoAMANCADAAmgQwA6iMCAMx8CwAifQsAJPsJAHwXAgA0HAEAaLcBAE4EBAAqwwEAgpkBACKUAQB8FwIAZAsCACjSCQB+0gkAkkkAAMqQAADSQgIAkg0NAJK9DwDG8AYAurMAAKKAAgCOdgIAOkwCAKAGBgBkCwIABh0NAALLDwD6NwgAZAsCACSADAB6gAwA0IAMACaBDADKkAAAcg4AAOgeAAACRAwAWEQMAHiUAQDOlAEAJJUBAHqVAQDQlQEAXrIBALbPDwCEUAcA2lAHAMCbCAAWnAgAbJwIAMKcCAAYnQgArl8EAARgBABaYAQAsGAEAAZhBABcYQQA+jcIAGQLAgAGHQ0AAssPAPo3CABkCwIAJIAMAHqADADQgAwAJoEMAMqQAAByDgAA6B4AADD9BwA6+AIAkPgCAOb4AgA8+QIAkvkCAKTtDQD67Q0AUO4NAKbuDQD87g0AAssPAFhdAwBkswAAcBMDAHz+CgDuOQwARDoMAJo6DADwOgwARjsMAJw7DACydw8A3OIPADLjDwCI4w8AZAsCALbPDwAk+wkAkkkAAGQLAgC2zw8ATicAAGQLAgA6IQIA8j8OACT7CQAgkQAAkM0CACjSCQAoQwIANHQCAIp0AgCgCggA+jcIAGQLAgBa2QAAzJMBAIROBgDoSQAAZAsCALbPDwAkwgIA4i8KADgwCgBOJwAAkqEBAOihAQAw/QcAuEsNAA5MDQBkTA0AWo0FACQsDQB6LA0ASrgJAGQLAgBa2QAAzJMBAIROBgDoSQAAZAsCALbPDwAkwgIA4i8KADgwCgBOJwAAkqEBAOihAQA0HAEAYN4BALbeAQAM3wEAYt8BALjfAQAO4AEAwJEDAGQLAgBa2QAAzJMBAIROBgDoSQAAZAsCALbPDwAkwgIA4i8KADgwCgBOJwAAkqEBAOihAQCSDQ0A6A0NACTCAgDMkwEA+jcIAJK9DwBa2QAAzJMBAIROBgDoSQAAZAsCALbPDwAkwgIA4i8KADgwCgBOJwAAkqEBAOihAQDMkwEAOqICAGQLAgACGQwAyHgKAMyTAQAilAEAiHUDAN51AwCi6gwAZAsCAJINDQCSvQ8AgJYAADpMAgCQTAIA5kwCADxNAgCSTQIA6E0CAD5OAgAGHQ0A/McPAFLIDwCCmQEA2JkBAC6aAQA0HAEArjwIAIYYAACSSQAAZAsCALx6DgD4ww4AAnENAHZ8CwDMfAsAkkkAAFqNBQDAkQMAZAsCAAJEDABYRAwArkQMACSADABYXQMArl0DAAReAwA0HAEAAuIFAJKhAQAOZQQAZLMAACqWAAA6IQIA8j8OACT7CQAgkQAAkM0CAHIOAABkCwIAts8PACT7CQCSSQAAZAsCALbPDwBOJwAAZAsCACjSCQAoQwIANHQCAIp0AgCSSQAAgiwLAHwXAgD25QoAgJYAAGQLAgCSDQ0A6A0NACTCAgDMkwEA+jcIAJK9DwA6IQIAwJEDAGQLAgAgagIAdmoCAMxqAgBsZQIAwmUCAPo3CABkCwIABh0NAJxSAgAgEgEAdhIBAOrPAgBA0AIAltACAPC9DQBGvg0AnL4NAPK+DQBIvw0Anr8NAPS/DQBKwA0AoMANAPbADQBMwQ0AosENAPjBDQBOwg0ApMINAPrCDQBQww0ApsMNAPzDDQBSxA0AqMQNAP7EDQBUxQ0AqsUNAADGDQBWxg0ArMYNAALHDQBYxw0ArscNAATIDQBayA0AsMgNAAbJDQBcyQ0AsskNAAjKDQDMkwEAIpQBAMZnAgAcaAIAcmgCAHA+AwDGPgMAHD8DAHI/AwDIPwMAHkADAHRAAwDKQAMAIEEDAHZBAwDMQQMAIkIDAHhCAwAAAAAALlAHACT7CQBkCwIAnBINAPISDQAkwgIA4i8KAAYdDQACyw8AWMsPAK7LDwAEzA8AWswPALDMDwACRAwAWEQMAK5EDADAkQMAFpIDAGySAwDSQgIAZAsCADD9BwCG/QcA3P0HADL+BwCI/gcAOvgCAJD4AgDm+AIAPPkCAJzZBQDy2QUA+G0OAMqQAAA0HAEAhhgAAGQLAgCAlgAAOkwCAAJEDADehwwANIgMACSADAB6gAwAMhkAAIgZAABYGQwAjnYCAChDAgDy2wYArjwIAJJJAACCLAsAouoMAGQLAgA6IQIAkCECAOYhAgA8IgIAAhkMAJBKAQA6TAIAVgAAAKwAAACOdgIAOkwCAKAGBgBkCwIAMP0HAI6QDwDkkA8AnFICAIIsCwDYLAsArjwIAIYYAACSSQAAZAsCAJINDQBQOAgAgDUQANY1EAA6IQIAZokAANzGAQDoHgAAMP0HADr4AgAi1QwAeNUMAM7VDAAk1gwAZAsCAAJEDADehwwANIgMADD9BwCOkA8A5JAPAI52AgCSSQAACmcGACKUAQB8FwIAZAsCAMqQAABCJQIAypAAAJJJAACSSQAACmcGACKUAQB8FwIAZAsCAJINDQAK9g0AWtkAAAJEDABYRAwArkQMACjSCQB+0gkAYosCABzxBgAkwgIA4i8KADgwCgDAkQMAZAsCADQcAQCKHAEAhNkLAGaJAACgCggAOrAJACKUAQB8FwIAZAsCACjSCQB+0gkAoAYGAPYGBgBMBwYApF4GAAJEDADehwwANIgMAJKhAQDooQEAxL4DABq/AwBwvwMAxr8DABzAAwBywAMAvHoOAGJ8EAA+SgAAoKwDAPasAwBMrQMAoq0DANzGAQDoHgAAVnIOAGQLAgACRAwAWEQMAK5EDAA0HAEArjwIAAQ9CACKHAEA0kICAAJEDADehwwANIgMAAJEDABYRAwArkQMAHJRDADIUQwAHlIMAAIZDACQSgEA5koBAExADQCiQA0A+EANAE5BDQBkCwIAts8PAE4nAABkCwIAMP0HAI6QDwDkkA8AjnYCAJJJAAAKZwYAIpQBAHwXAgBkCwIAypAAAPbjCQBM5AkAouQJAPjkCQBO5QkApOUJAPrlCQBQ5gkAvHoOAPjDDgACcQ0AMP0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAAYdDQCcUgIAJPsJAHr7CQDQ+wkAJvwJAHz8CQDS/AkAKP0JAH79CQBIaQ0AWo0FACQsDQA0dAIAcg4AACRuAwBmiQAAnFICAIIsCwCcEg0AZk0NAHIOAAAUjwIAZAsCACSADABCUAIAmFACAO5QAgCSoQEA6KEBAPaRCwBMkgsAopILAFrrCQBmTQ0Acg4AABSPAgBoCQAAvgkAALx6DgD4ww4AAnENAAYdDQCgCggA+jcIANJCAgA6TAIAcg4AACrDAQBwEwMAts8PAKDjCQBkCwIAMP0HAMgOAAC+cQkAFHIJAGpyCQDAcgkAZAsCAFYAAACSSQAACmcGACKUAQB8FwIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBIuQoAnrkKALbPDwCg4wkAZAsCAMqQAAAgkQAAKsUCAPT9AQBkCwIAkg0NAAr2DQA0HAEAAuIFAMyTAQAilAEAZAsCADD9BwDIDgAAvnEJABRyCQBqcgkAwHIJAGQLAgDU/QkAKv4JAID+CQDW/gkALP8JAIL/CQDY/wkALgAKAIQACgDaAAoAMP0HAOgeAAA+HwAAlB8AAOofAABAIAAAcBMDAHIOAABkCwIAvHoOAGJ8EAA+SgAAlEoAAOpKAABASwAAlksAAOxLAABCTAAAmEwAAO5MAADuOQwARDoMAHApDgDGKQ4AHCoOAHIqDgDIKg4Ats8PAKDjCQBkCwIAnBINAGZNDQByDgAAkqEBAOihAQD2kQsATJILAKKSCwCW0AIAAAAAAJKhAQByDgAAFI8CAGqPAgCcUgIAgiwLAHzBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAACuBwMABAgDALoNAwDy2QUAwnkMABh6DABuegwAxHoMABp7DABwewwAxnsMABx8DACY/gMA7v4DAET/AwCa/wMA8P8DAEYABACcAAQA8gAEAEgBBACeAQQA9AEEAEoCBACgAgQA9gIEAEwDBABI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMA+tkDAFDaAwCm2gMA/NoDAFLbAwCo2wMA/tsDAFTcAwCq3AMAAN0DAFzgAwCy4AMACOEDAF7hAwC04QMACuIDAGDiAwC24gMADOMDAGLjAwC44wMADuQDAGTkAwC65AMAEOUDAGblAwC85QMAfBcCAHATAwBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAOiECAGaJAAByDgAADg8EAGQPBAACSA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgCk2QMA+tkDALoLAgAQDAIAZgwCALwMAgBqpw4AZOYEALrmBAAQ5wQAZucEALznBAAS6AQAaOgEAL7oBAB2fAsAhLQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAAWusJAMyTAQA6ogIAAkgOAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDACL0BgB49AYAzvQGACT1BgB69QYA0PUGADr4AgCQ+AIAZLMAAFYAAABEKgQAajkCAF5PEAC0TxAAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAcg4AAGo5AgAWVhAA6s8CAC7yAgCE8gIA2vICADDzAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAhhgAANwYAABa2QAAKpYAAICWAADU6wAA4vYCAGxWEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAPo3CADCSAkAKpYAAHIOAADQ2g4A3BgAAN5GAQCCLAsAqlcBAFJDDQBOBAQAFI8CAIIsCwCi6gwA1OsAAOL2AgA4WwoAnNkFAOrPAgBA0AIAltACAOzQAgC6CwIAEAwCAGYMAgC8DAIANBwBAFYAAADIeAoA0kICAJJJAACCLAsAouoMANTrAADi9gIAkqEBAA5lBABkZQQAVgAAANI+AABqOQIAPmoQAMyTAQA6IQIAqOEGAChDAgCOdgIAwJEDAGQLAgAkgAwAeoAMANCADAAmgQwAkqEBAOihAQDEvgMAGr8DAJK9DwD6NwgAcBMDAAr0DACEUAcA2lAHADBRBwBkCwIAMP0HAEIlAgBmiQAAjnYCADpMAgCgBgYAZAsCALbPDwA6IQIAntIBAHQbBgDG8AYAkkkAAGQLAgC6CwIAjlkJAORZCQDWGwMALBwDAF7vCgCIGQAA0j4AAGQLAgBa2QAAsNkAAChDAgCKDxAA4A8QAJIwCQDoMAkAZAsCAAYdDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZAsCAAJEDACuXwQABGAEAJKhAQACSA4ANBwBAK48CACGGAAAkkkAAGaJAACcUgIACmcGAC5QBwCg4wkAcBMDAJKhAQAOZQQAZGUEAFYAAADSPgAAZAsCAJKhAQAOZQQAZGUEALplBAAQZgQAZmYEALxmBAASZwQAaGcEAL5nBAAUaAQAamgEAHyBDADSgQwAKIIMAH6CDABkCwIAkqEBAA5lBABkZQQAumUEABBmBABmZgQAvGYEABJnBABoZwQAvmcEABRoBABqaAQAfIEMANKBDAAoggwAfoIMAJBKAQDmSgEA5OQOADrlDgCQ5Q4AkqEBAMCRAwBkswAAZosBALy4AgBOJwAAjlkJAHwXAgDKkAAA0kICADpMAgCgBgYAcBMDABA7BABMFQ0AohUNAPgVDQCAyQQA1skEACzKBACCygQA2MoEAC7LBACEywQA2ssEAAIZDAD4LgQAOvgCAGSzAABmiwEAhFAHAAggDgDMFgMAIhcDAHgXAwDOFwMAJBgDAHoYAwDy/gIASP8CAJ7/AgD0/wIASgADAAYdDQCcsAYAAhkMAMh4CgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EANgmCACSDQ0A0kICAJC8DwAkwgIA4i8KADgwCgCoLQIA/i0CALx6DgBajQUAsI0FACqWAAD6NwgAkkkAAApnBgBgZwYAtmcGAAxoBgBiaAYAuGgGAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQApNkDAD5eCgCUXgoA6l4KAAxoBgBiaAYAuGgGAJhgCgA0rwoAiq8KABINAgDMkwEA0kICADpMAgAgEgEANOQPAGQLAgCc2QUA0kICADpMAgDW9gUAnFICAIIsCwAGHQ0AnLAGAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAnBINAGZNDQByDgAAFI8CAJKhAQDooQEA9pELAEySCwCikgsAWusJAGZNDQByDgAAFI8CAGQLAgAGHQ0AAssPAPo3CABkCwIAAhkMAMh4CgDSQgIAkkkAAAAAAAAAAAAAAAAAAGo5AgAAAAAAajkCAAAAAABqOQIAAAAAAGQLAgAGHQ0AAssPAPo3CABkCwIAAhkMAMh4CgDSQgIAkkkAAAx8EAAAAAAAZAsCAAYdDQACyw8A+jcIAGQLAgACGQwAyHgKANJCAgCSSQAAkqEBAOihAQDEvgMAGr8DAHC/AwDGvwMAHMADAHLAAwC8eg4AYnwQAD5KAAAgEgEAVgAAAMh4CgByDgAAFI8CAHwXAgDSQgIAOkwCAHIOAAAODwQAZA8EACASAQDieQQABh0NANjeDgBKuAkAoLgJAPa4CQBMuQkAKNIJAH7SCQBiiwIAHPEGANJCAgD6NwgAZAsCAAYdDQCgCggA9goIAEwLCACiCwgAgiwLAKLqDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIABh0NAJywBgB8FwIA9uUKADQcAQBkCwIAAkQMAIROBgDaTgYAkg0NAJK9DwDovQ8AkjAJABLTDwBo0w8Acg4AAGQLAgC2zw8AoOMJAAAAAAAAAAAAcBMDADojAwB4/AoAzvwKACT9CgB6/QoAdnwLANziDwAy4w8AiOMPALx6DgD4ww4AAnENAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAAxyCwBicgsAuHILAFrrCQBmTQ0Acg4AABSPAgASew4AouoMAPjqDABO6wwApOsMAPrrDABQ7AwApuwMAPzsDABS7QwAkg0NAE7IEAAqlgAAvHoOAPjDDgACcQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwCk2QMAPl4KAJReCgDqXgoADGgGAGJoBgCQvA8AhE4GAIIsCwCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUAVi8CAKwvAgAKZwYAYGcGALZnBgAMaAYAYmgGALhoBgDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAKLcBQD43AUATt0FAKTdBQAw/QcA6B4AAD4fAACUHwAA6h8AAHATAwB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQApNkDAD5eCgCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgDWGwMALBwDAF7vCgCumgwAcKAJACT7CQCSSQAAgiwLALx6DgD4ww4AAnENAJwSDQBmTQ0Acg4AACqWAACSSQAAWtkAAC5QBwDSQgIAbGUCAGQLAgACRAwA3ocMADSIDADKkAAAIJEAANJCAgA6TAIA1vYFACz3BQCC9wUAZokAADohAgCSoQEAAAAAAGQLAgBsZQIA6uMMACKUAQDGZwIAcBMDAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBACoLQIA/i0CAJzZBQDqzwIAAKEQAFahEACsoRAATu0NALQ1AwDIDgAANBwBAK48CADy2QUASNoFAJ7aBQD02gUAStsFAKDbBQAMcgsAYnILALhyCwBa6wkAwJEDAAAAAAAAAAAAAAAAAK4HAwAECAMAfMEBAAAAAAAAAAAAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAIvQGAHj0BgDO9AYAJPUGAHr1BgDQ9QYANBwBAHZwBQDMcAUAInEFAHhxBQD6NwgAOiECAGQLAgA0HAEAihwBAITZCwDa2QsAMNoLADQcAQB2cAUAzHAFACJxBQB4cQUAZLMAALqzAAAQtAAAZrQAALy0AAAC4gUAjnYCAJC8DwBmiQAAoAoIADQcAQB2cAUAzHAFACJxBQB4cQUA2CYIAJINDQDSQgIAkLwPACTCAgDiLwoAODAKAKgtAgD+LQIAvHoOAFqNBQCwjQUAKpYAAPo3CAA0HAEAYN4BACCRAAAqxQIAgMUCAOrPAgCcUgIACmcGAC5QBwCg4wkAcg4AAOgeAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAqBoOAP4aDgBClQ8ADjwFAGQ8BQC6PAUAED0FAGY9BQC8PQUAEj4FAGg+BQC+PgUAFD8FAGo/BQBkCwIAkqEBAA5lBAAilAEAbGUCAGQLAgC6CwIAEAwCAGYMAgBi9QwAuPUMAAYdDQCgCggA+jcIANJCAgA6TAIAcg4AACrDAQDkYw4ARPkAAFJeBQBmTQ0Acg4AABSPAgCQ2wkA5tsJADzcCQCS3AkA6NwJAD7dCQCU3QkA6t0JAEDeCQCW3gkABh0NAALLDwDAkQMAZAsCALbPDwBOJwAAZAsCALx6DgBifBAAPkoAAJRKAABWAAAAkjAJAMbwBgDMkwEAfoQNAI5ZCQAqlgAA+jcIAGQLAgA0HAEAdnAFAMxwBQAicQUAeHEFANgmCACcEg0AZk0NAHIOAAAUjwIAnBINAGZNDQByDgAAFI8CAGQLAgBa6wkAwJEDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXOIEALLiBABUvQkAqr0JAAC+CQBWvgkArL4JAAK/CQBYvwkArr8JAATACQBawAkAsMAJAAbBCQBcwQkAssEJAAjCCQBewgkApNkDAD5eCgCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgC2zw8AhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAG6dCABkCwIAvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQDAkQMAcg4AAA4PBABkDwQADmUEAFYvAgByDgAADg8EAGQPBABWLwIAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoGg4A/hoOAFQbDgCqGw4AABwOAFYcDgCsHA4AAh0OAFgdDgCuHQ4ABB4OAFoeDgCwHg4ABh8OAFwfDgCyHw4ApNkDAD5eCgCUXgoA6l4KAEBfCgCWXwoA7F8KAEJgCgC2zw8AhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAG6dCABkCwIAvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQCk2QMAPl4KAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKALbPDwCEUAcA2lAHAMCbCAAWnAgAbJwIAMKcCAAYnQgAbp0IAGQLAgC8eg4ACmcGAGBnBgC2ZwYA+jcIAGQLAgC2zw8AJPsJANJCAgCQvA8AOqICAOihAQA+ogEAwJEDAFYvAgBkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMAUlwEAExEDwC+fxAAypAAACCRAABeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FAIpPBQDgTwUANlAFAIxQBQDiUAUAOFEFAI5RBQDkUQUAOlIFADQcAQB2cAUAzHAFACJxBQB4cQUAAAAAACASAQDieQQABh0NANjeDgBKuAkAoLgJAPa4CQBMuQkAKNIJAH7SCQBiiwIAHPEGANJCAgD6NwgAZAsCAAYdDQCgCggA9goIAEwLCACiCwgAgiwLAKLqDABqOQIAZAsCADQcAQBotwEATgQEACrDAQCCmQEAIpQBAHwXAgBkCwIABh0NAJywBgB8FwIA9uUKADQcAQBkCwIAAkQMAIROBgDaTgYAkg0NAJK9DwDovQ8AkjAJABLTDwBo0w8Acg4AAGQLAgC2zw8AoOMJAAAAAAA05A8AWo0FALCNBQAGjgUAXI4FALKOBQAIjwUAIBIBAOJ5BAAGHQ0A2N4OAEq4CQCguAkA9rgJAEy5CQAo0gkAftIJAGKLAgAc8QYA0kICAPo3CABkCwIABh0NAKAKCAD2CggATAsIAKILCACCLAsAouoMAGo5AgBkCwIANBwBAGi3AQBOBAQAKsMBAIKZAQAilAEAfBcCAGQLAgAGHQ0AnLAGAHwXAgD25QoANBwBAGQLAgACRAwAhE4GANpOBgCSDQ0Akr0PAOi9DwCSMAkAEtMPAGjTDwByDgAAZAsCALbPDwCg4wkAAAAAACSADAB6gAwAcBMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAqC0CAP4tAgAw/QcAhv0HANz9BwC6DwQAEBAEAGYQBAC8EAQAEhEEAE7tDQAAAAAAAAAAAHIOAAAAAAAAAAAAAFziBAAQFgcAZhYHAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwA+XgoAlF4KAOpeCgAMaAYAYmgGALhoBgBwEwMAsjYEAAg3BABeNwQAtDcEAAo4BABgOAQAtjgEAAw5BAAOmgkAZJoJALqaCQAQmwkAZpsJADD9BwDIDgAAvnEJABRyCQBqcgkAwHIJAGQLAgAGHQ0ATicAAJJJAACCLAsAouoMACKUAQB8FwIAZAsCALx6DgD4ww4AZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwDu1wUARNgFAJrYBQDw2AUARtkFAMqQAAAgkQAAKsUCAPT9AQBkCwIAMP0HAMgOAAC+cQkAFHIJAGpyCQDAcgkAcBMDAGaJAAD0/QEA0kICADpMAgCSSQAAWo0FALCNBQAqlgAAcg4AAFYAAACSMAkA6DAJANTrAAA6TAIAAAAAAMqQAAAqlgAAcg4AABSPAgCCLAsAouoMANTrAADi9gIAfP4KANL+CgAo/woALPcFAIL3BQDY9wUALvgFAIT4BQDa+AUAMPkFAIb5BQDc+QUAMvoFAIj6BQDe+gUANPsFAIr7BQDg+wUANvwFAIz8BQDi/AUAOP0FAI79BQDk/QUAOv4FAJD+BQDm/gUAPP8FAJL/BQDo/wUAPgAGAJQABgDqAAYAQAEGAJYBBgDsAQYAQgIGAJgCBgDuAgYAZokAALyJAACYhwgA7ocIAPo3CABkCwIAvHoOAGJ8EAA+SgAANBwBAALiBQBY4gUAZAsCACjSCQB+0gkAkkkAAFqNBQCwjQUAKpYAAHIOAABkCwIAAhkMAHoFDwDoMAkAZAsCACjSCQB+0gkAAAAAAMqQAAAqlgAAcg4AABSPAgBkCwIAkqEBAA5lBACuXwQAaLcBAIROBgDaTgYAWtkAAFrrCQDMkwEAZLMAAJiHCABkCwIAAkQMAN6HDAD6NwgAOrAJAE4EBABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDALQkEACi6gwA1OsAAOL2AgBiMQAAurMAABC0AABmtAAAvLQAABK1AABwEwMAZLMAAOrPAgAu8gIAhPICANryAgAw8wIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDALQkEACi6gwA1OsAAOL2AgAo0gkAftIJAKAGBgD2BgYATAcGAKReBgC2zw8AoOMJAJKhAQDooQEA9pELAEySCwCikgsAWusJAGZNDQByDgAAFI8CACqWAAD6NwgAOrAJAE4EBABiMQAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAInMGAHhzBgDOcwYAJHQGAHp0BgDQdAYAJnUGAHx1BgCyNgQACDcEAF43BAC0NwQACjgEAGA4BAC2OAQADDkEAGI5BAC4OQQADjoEAGQ6BAC6OgQAntIBAPTSAQBK0wEAoNMBAPbTAQAKGQoAYBkKALYZCgAMGgoAYhoKALgaCgAOGwoAZBsKALobCgAQHAoAZhwKALwcCgASHQoAaB0KAL4dCgAUHgoAah4KAMAeCgAWHwoAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAInMGAHhzBgDOcwYAJHQGAHp0BgDQdAYAJnUGAHx1BgDGEwMAHBQDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA0TwUAik8FAOBPBQA2UAUAjFAFAOJQBQDoHgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgAEHg4AWh4OALAeDgAGHw4AXB8OALIfDgACGQwA3AMLADIECwCIBAsA3gQLADQFCwCKBQsA4AULADYGCwCMBgsA4gYLADgHCwCOBwsA5AcLADoICwCQCAsA5ggLADwJCwCSCQsA6AkLAD4KCwCUCgsA6goLANYbAwAsHAMAXu8KAK6aDABwoAkAJPsJAJJJAACCLAsAvHoOAPjDDgACcQ0AnBINAGZNDQByDgAAkkkAAGQLAgBa2QAA/CwCAP5yDwBUcw8AJIAMAHqADADQgAwAJoEMAAIZDADIeAoAcg4AACrDAQCCmQEAOiECAJKhAQACSA4AvHoOAPjDDgACcQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAxyCwBicgsAuHILALx6DgBifBAAPkoAACjSCQB+0gkAoAYGAPYGBgBMBwYApF4GADD9BwDoHgAAPh8AAJQfAADqHwAAQCAAAET5AABiIA0ApAQEAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwDoiAoAWEQMAK5EDAA6IQIAqOEGAP7hBgBU4gYAquIGAIYYAABkCwIAMP0HAI6QDwDkkA8AnFICAMyTAQCuXwQArjwIAC5QBwAk+wkAkkkAAIIsCwCi6gwA1OsAAOL2AgBm/Q8ACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAmGAKAO5gCgBEYQoAmmEKAPBhCgBGYgoAnGIKAPJiCgBIYwoAnmMKAPRjCgBKZAoAoGQKAPZkCgAw/QcA6B4AAD4fAACUHwAA6h8AACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEA1hsDACwcAwBe7woAtO8KAArwCgBg8AoAtvAKAAzxCgC6CwIAjlkJAORZCQA6WgkAts8PANJCAgBkCwIAkg0NAOgNDQDSQgIAOkwCAGKLAgCSSQAAeEACANJCAgDAkQMAZAsCAHzBAQDKkAAAIJEAACrFAgD0/QEAqBoOAP4aDgBUGw4AqhsOAAAcDgBWHA4ArBwOAAIdDgBYHQ4Arh0OAAQeDgBaHg4AsB4OAAYfDgBcHw4Ash8OAKroCQAs1AkAiNcJAN7XCQA02AkAitgJAKTZAwA+XgoAlF4KAOpeCgBAXwoAll8KAOxfCgBCYAoAts8PAIRQBwDaUAcAwJsIABacCABsnAgAwpwIABidCABunQgAZAsCALx6DgAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkADmkGAGRpBgC6aQYAEGoGAAggDgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgCk2QMAPl4KAJReCgDqXgoADGgGAGJoBgAgqQwA6B4AAMBDBwACSA4AxvAGAJJJAAAKZwYALlAHAKDjCQCSSQAACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYADmkGAGRpBgC6aQYAEGoGACqWAACAlgAA1OsAAOL2AgAoGAIACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYADmkGAEBlDQCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQDIDgAAvnEJABRyCQBqcgkAwHIJAHhAAgCEUAcA2lAHADBRBwAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHATAwBqSQoAgJYAANTrAADi9gIAhhgAANwYAAAg9wgAdvcIAMz3CAAi+AgAePgIAM74CAAoQwIAJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAGQLAgC8eg4ACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAmGAKAHBSDQB2ygcAzMoHACLLBwB4ywcAzssHACTMBwB6zAcA0MwHAAYdDQBOJwAAkkkAAIIsCwCi6gwAMP0HAOgeAADAQwcAAkgOAMbwBgCSSQAACmcGAC5QBwCg4wkAZAsCAHZ8CwDc4g8AMuMPAIjjDwC0NQMAZPIKALryCgAQ8woAZvMKALzzCgAS9AoAVrgGAKy4BgACuQYAWLkGAK65BgAEugYAWroGALC6BgAGuwYAXLsGADbTBgCM0wYA4tMGADjUBgCO1AYA5NQGAMqQAADSQgIA0kICADpMAgCGGAAAkkkAAGQLAgC8eg4A+MMOAIRQBwDIeAoAkqEBAOihAQA+ogEAwJEDAHATAwAAAAAAZAsCALx6DgDgSQIANkoCAIxKAgBO7Q0AMP0HALhLDQDMkwEAhE4GAGaJAAA6IQIAkqEBAAJIDgAw/QcA6B4AAD4fAACUHwAA6h8AAEAgAAC+lgYAZAsCALoLAgBUGQ0AqhkNAAAaDQC8eg4ACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAcBMDANYbAwAsHAMAXu8KAAYdDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAAkgOADD9BwDoHgAAPh8AAJQfAADqHwAAQCAAADQcAQAAAAAAVgAAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAicwYARhQOAJwUDgDyFA4A0kICAHCgCQDaCg8AwmUCAICWAADuOQwARDoMANJCAgA6TAIA1vYFACz3BQCC9wUAZokAADohAgCSoQEAAkgOACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAIJEAAIYYAADAkQMAcBMDAJJJAABkswAAVgAAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBOJwAAjsoBAOTKAQA6ywEAZLMAAGaLAQC8uAIA9NYDANJCAgA6TAIAkEwCADyUEAByDgAA6B4AAKbmCQD85gkAUucJAKjnCQD+5wkAVOgJAHhzBgDOcwYAJHQGAHp0BgDQdAYAJnUGAHx1BgC0NQMAyA4AAL5xCQAUcgkAanIJAMByCQBkCwIAdnwLANziDwAy4w8AiOMPAAggDgBeIA4A9EYRAEpHEQCgRxEA9kcRAExIEQCiSBEA+EgRAE5JEQCkSREA+kkRAET/AwCa/wMA8P8DAEYABACcAAQA8gAEAEgBBACeAQQAnBINAGZNDQByDgAAOiECAKjhBgD+4QYAVOIGAKriBgAA4wYAIKkMAD51AAAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZokAAE4nAABsZQIA9ggHAJ7SAQByDgAAYjEAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgBGFA4AnBQOAPIUDgBkCwIANBwBAALiBQDAkQMAZAsCACSADAB6gAwA0IAMACaBDAA6IQIAbAAQAAYdDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAnNkFAPLZBQDCeQwAGHoMAG56DADEegwAGnsMAHB7DADGewwAHHwMAHJ8DADIfAwAdnwLAHIOAAAUjwIAao8CADohAgCSoQEADmUEAE4EBABCJQIAQuUMAI5bCgD4ww4AAnENAAJEDABWAAAAvIkAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgBGFA4AnBQOAPIUDgDGEwMAHBQDAF4GAQC0BgEACgcBAGAHAQC2BwEADAgBAGIIAQA6IQIA8j8OAC5QBwCSSQAAcg4AABSPAgBajQUAJCwNAIoPEABkCwIAugsCANJCAgBwoAkANBwBAGQLAgB8wQEARPkAAHATAwB2FgMAurMAABC0AABmtAAAvLQAABK1AABotQAAnBINAPISDQBIEw0AnhMNACjSCQDuOQwARDoMAGQLAgC2zw8AJPsJAJJJAABkCwIAts8PAE4nAABkCwIABh0NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4AOiECAKjhBgD+4QYAVOIGAKriBgAA4wYAIKkMAGQLAgC8eg4A+MMOAAJxDQC8eg4AZokAAH7QCABsZQIAZAsCALx6DgACyw8AwJEDAGQLAgC2zw8ATicAAGQLAgC8eg4AYnwQAD5KAACUSgAA6koAACqWAAD6NwgAZAsCADohAgCo4QYA/uEGAFTiBgCq4gYAAOMGAJKhAQBmiQAA3MYBABSPAgAKZwYAZLMAAHIOAADoHgAAZokAAI52AgBkswAAmIcIAGo5AgBeTxAAtE8QAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHIOAABqOQIAFlYQAGxWEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgBGFA4AnBQOAPIUDgAAAAAAVgAAAJIwCQAS0w8Acg4AAOgeAABmiQAAjnYCAGSzAACYhwgAVgAAAAYyAgBqOQIAXk8QALRPEAAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAajkCABZWEABsVhAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAicwYARhQOAJwUDgDyFA4AkqEBAA5lBAAkwgIAzJMBACKUAQB8FwIAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDAEi5CgDoHgAAPh8AANTrAADi9gIAcBMDAJJJAABajQUAJCwNADR0AgByDgAAVgAAAMh4CgDSQgIAkkkAAHATAwCSSQAAWo0FACQsDQA0dAIAcg4AAFYAAADIeAoA0kICAJJJAABwEwMAakkKAICWAADU6wAA4vYCALI2BAAINwQAXjcEALQ3BAAKOAQAYDgEALY4BAAmqAoAFiELAGwhCwDCIQsAGCILAG4iCwDEIgsAGiMLAHAjCwDGIwsAHCQLAHIkCwDIJAsAHiULAHQlCwDKJQsAICYLAHYmCwDMJgsAIicLAHgnCwDOJwsACCAOAF4gDgC0IA4ACiEOAGAhDgC2IQ4ADCIOAGIiDgC4Ig4ADiMOAGQjDgC6Iw4AECQOAGYkDgC8JA4AEiUOAPRGEQBKRxEAoEcRAIYYAAAgEgEANOQPAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUADHILAGJyCwC4cgsAMP0HAOgeAAA+HwAAlB8AAOofAAAMOQQAYjkEALg5BAAOOgQAZDoEALo6BAAU6QQAaukEAMDpBABWLwIArC8CAFqNBQAkLA0ANHQCAHIOAABWAAAAyHgKANJCAgCSSQAAajkCABZWEABsVhAAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAicwYARhQOAJwUDgDyFA4ASBUOAJ4VDgD0FQ4AShYOAKAWDgD2Fg4ATBcOAKIXDgD4Fw4AThgOAHZ8CwDc4g8AMuMPAIjjDwDk9wIA6s8CAAChEABWoRAArKEQAAKiEABYohAArqIQAASjEABaoxAAOKUEAI6lBADkpQQAOqYEAJCmBADmpgQAPKcEAJKnBADopwQAPqgEAJSoBADqqAQAQKkEAJapBADsqQQAQqoEAJiqBADuqgQARKsEAJqrBADwqwQARqwEAJysBADyrAQASK0EAJ6tBADuYAoA6s8CAAChEABWoRAArKEQAAKiEABYohAArqIQAASjEABaoxAAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAJJJAAAKZwYAYGcGALZnBgAMaAYAYmgGALhoBgAOaQYAZGkGALppBgAQagYA1hsDACqWAABa2QAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgBGFA4AnBQOAPIUDgCg4wkA3BgAAJY2CwDsNgsAZokAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQByDgAAPnUAACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4AKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQDWGwMALBwDAF7vCgAGHQ0AcP4NAA5lBAAkwgIA4i8KACSADAB6gAwAljYLAOw2CwByDgAAZAsCALoLAgBUGQ0AqhkNAAAaDQBWGg0AAkQMAFhEDACuRAwAwJEDABaSAwBskgMA0kICAGQLAgCc2QUAurMAAMqQAAByDgAAFI8CAIIsCwBkCwIAJIAMAHqADACWNgsA7DYLAAYdDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAZLMAAGSzAADExAYAGsUGAHDFBgDGxQYAoAYGAGQLAgBa2QAAWusJAMyTAQA6ogIAAkgOAHZ8CwByDgAAFI8CAGqPAgA6IQIAkqEBAA5lBABOBAQAQiUCAMyTAQAilAEAfBcCAGQLAgAGHQ0AnLAGAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAptoDAIb9BwDc/QcAMv4HAIj+BwDe/gcANP8HAIr/BwDg/wcAvHoOAGSzAABWAAAAAAAAAMyTAQBWAAAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMApNkDAPrZAwBQ2gMAvHoOAGJ8EAA+SgAAnBINAGZNDQByDgAAFI8CALx6DgAKZwYAYGcGALZnBgAMaAYAYmgGALhoBgCYYAoANK8KAIqvCgASDQIAzJMBANJCAgA6TAIAts8PAIRQBwDaUAcAMFEHAGQLAgC8eg4AZLMAAFYAAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAE7ZAwBa2QAAzJMBAIROBgDoSQAAZAsCAJwSDQBmTQ0Acg4AABSPAgBkCwIAkkkAAGSzAABWAAAAZAsCAAIZDACQSgEA5koBACTCAgDMkwEA+jcIAJK9DwCAlgAAcBMDABA7BABMFQ0AohUNAPgVDQDk9wIAkPwEALyLAQASjAEAAAAAAPT9AQAAAAAAAAAAAAAAAABmiQAATicAAHIOAAAODwQAZA8EANgmCAAuJwgAhCcIANonCAAwKAgAhigIANwoCAAyKQgADHwQAHwZAwBkswAAVgAAAGQLAgACGQwAkEoBAOZKAQAkwgIAzJMBAPo3CACSvQ8AgJYAAHATAwAQOwQATBUNAKIVDQD4FQ0A5PcCAJD8BAC8iwEAEowBAAAAAAD0/QEAAAAAAAAAAAAAAAAAZokAAE4nAAD6NwgAUDgIAIoPEACSSQAACmcGACTCAgDiLwoAMP0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAODMAwA2zQMAjM0DAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4Ats8PANJCAgBkCwIAkg0NAAr2DQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNAPo3CAByDgAAZAsCADD9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAADgzAMANs0DAIzNAwDKkAAAIJEAAF4GAQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAAkgOALbPDwDSQgIAZAsCAJINDQAK9g0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQBkCwIAMP0HAOgeAAA+HwAAlB8AAOofAABAIAAAliAAAODMAwA2zQMAjM0DAMqQAAAgkQAAXgYBACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4Ats8PANJCAgBkCwIAkg0NAAr2DQBg9g0AtvYNAAz3DQBi9w0AuPcNAA74DQBk+A0AuvgNABD5DQBm+Q0AvPkNAAx8EACyNgQAjlkJAORZCQA6WgkAJIAMAHqADADQgAwAJoEMAHyBDADSgQwAKIIMAH6CDAAAAAAAZokAAH7QCADU0AgADmUEAHATAwDSQgIAkLwPACKUAQB8FwIA9uUKAICWAADU6wAA4vYCACqWAAA0HAEAZLMAAOrPAgC8iQAAmIcIAO6HCAByDgAA6B4AAD4fAACUHwAA6h8AAEAgAAA6TAIAgJYAANTrAADi9gIAntIBAHIOAABwEwMAtDUDAGTyCgC68goAEPMKAGbzCgC88woAEvQKAE7tDQB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQADHILAGJyCwDkWwoAOlwKAJBcCgAMaAYAYmgGALhoBgCYYAoAvHoOAPjDDgD6NwgAkr0PAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQB8GQMAYnwQAD5KAADangMAMJ8DAIafAwDcnwMAMqADAIigAwDeoAMANKEDAAYdDQAkwgIAesICAMyTAQA6ogIAZokAADohAgCSoQEAAkgOAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMABh0NAJxSAgCcag4AYnwQAMyTAQBOBAQApAQEADQcAQCKHAEANBwBAK48CACGGAAAHE0KAHJNCgDITQoAYvUMALj1DAA0HAEAAuIFAI52AgBsZQIAwmUCAPo3CABkCwIAkg0NAJK9DwBmiQAA8hINAEgTDQCeEw0A9BMNAEoUDQCgFA0A9hQNABrTDQACyw8A+jcIAGQLAgACRAwA3ocMADSIDACsGg0A6A0NAE4EBAA+dQAAOiECAJKhAQACSA4A+jcIAGQLAgDKkAAAIJEAAJJJAAAKZwYAOqICAGQLAgC8eg4ACmcGAGBnBgC2ZwYA+jcIAGQLAgAo0gkAftIJAJJJAABajQUAkqEBAA5lBABkZQQAojAFAGSzAABqOQIAFlYQAGxWEAC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgBGFA4AnBQOAPIUDgA+ahAA6B4AAD4fAACUHwAA6h8AAEAgAAD6NwgAkr0PAGaJAACgCggAcBMDAMJICQBa2QAAhhgAAHATAwBa6wkAZk0NAHIOAAAUjwIAkqEBAOihAQAGRAsAXEQLALJECwAIRQsAkjAJAOgwCQDU6wAA4vYCAAr0DACEUAcA2lAHADBRBwBkCwIAypAAACCRAAAqxQIA9P0BAGQLAgAw/QcAyA4AAL5xCQAUcgkAanIJADD9BwCOkA8A5JAPAJxSAgDKkAAAcg4AAGQLAgBa6wkAQuUMAMbwBgBsZQIAwmUCAPo3CADCSAkAhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAG6dCADEnQgAGp4IAHCeCADGnggAHJ8IAHKfCADInwgAHqAIAHSgCADKoAgAIKEIAHahCADMoQgAIqIIAHiiCADusggARLMIAJqzCADwswgA+jcIAGQLAgC2zw8AJPsJAJJJAABkCwIAWtkAAPwsAgDMkwEAhE4GAApnBgAilAEAfBcCAGQLAgC6CwIAVBkNANJCAgBkCwIAts8PAIRQBwDaUAcAwJsIABacCABsnAgAwpwIABidCADoMAkAKEMCAJxSAgAKZwYALlAHAKDjCQCSSQAACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYADmkGAEBlDQCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQDcHgMAYN4BAJJJAABmiQAAnFICAIIsCwC2zw8AhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAG6dCABkCwIAvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQCSSQAAqC0CAMqQAAAgkQAAXgYBALQGAQAKBwEAYAcBALYHAQAMCAEAYggBADQcAQCKHAEAhNkLADqwCQB82Q0AwJEDAGQLAgCc2QUA8tkFAMJ5DAAgkQAAkkkAAIIsCwB8GQMACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAmGAKAFrZAAD8LAIAzJMBAIROBgAKZwYAIpQBAHwXAgBkCwIAugsCAFQZDQDSQgIAZAsCACTCAgB6wgIA0MICACbDAgBa6wkAZk0NAHIOAAAUjwIAao8CACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQB2ygcAAAAAAJKhAQBwEwMA1hsDACwcAwBe7woAnBINAGZNDQByDgAAFI8CAHIOAABkCwIABh0NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4AAkQMAFhEDACuRAwAclEMAMhRDAAeUgwAAhkMAMh4CgAeeQoAxhMDABwUAwBeBgEAtAYBAAoHAQBgBwEAtgcBAAwIAQBiCAEANE8FANJCAgA6TAIA1vYFAJxSAgCCLAsAMP0HAOgeAAByDgAAKsMBAIKZAQAuUAcAkqEBAJKhAQBkCwIAnBINAGZNDQByDgAAFI8CAET5AABiIA0AXOIEALx6DgBajQUAsI0FACqWAAD6NwgAZAsCALoLAgBUGQ0A0kICAGQLAgAAAAAAypAAACqWAACAlgAAwJEDAGQLAgC6CwIAEAwCAGYMAgC8DAIAhhgAANwYAACWNgsA7DYLAHIOAABOJwAAjsoBAOTKAQA6ywEAkr0PAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoGg4A/hoOAMJ5DAAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAKNIJAH7SCQDW9gUALPcFAIL3BQBkCwIABh0NAALLDwDAkQMAZAsCAJzZBQDy2QUASNoFAM5aDwAkWw8AvIkAAEq4CQBkCwIAAhkMAMh4CgDMkwEAIpQBAJxSAgByDgAAcBMDANYbAwAsHAMAXu8KALTvCgDoHgAAPh8AAJQfAADqHwAAQCAAAL6WBgBkCwIABh0NACTCAgB6wgIAzJMBADqiAgBmiQAAOiECAJKhAQACSA4AugsCAFQZDQDSQgIAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAHIOAADoHgAAPh8AAJQfAADqHwAAQCAAAL6WBgAUlwYAPh8AANTrAADi9gIA6B4AAD4fAADU6wAA4vYCAAggDgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBWLwIA0kICADpMAgCQTAIAPJQQAHIOAADoHgAAWHENAEJQAgAI6wgAXusIAGQLAgAw/QcA6B4AAD4fAACUHwAA6h8AAGSzAABsZQIAWusJAGZNDQAk+wkAcg4AAOgeAAAmrAwAMrIMANJCAgCQvA8AJMICAOIvCgA4MAoAajkCAF5PEACAlgAA1OsAAOL2AgBqOQIAhhgAACqWAACSSQAAWtkAAC5QBwDSQgIAbGUCAMJlAgCAlgAA1OsAAOL2AgAIIA4AXiAOALyLAQASjAEAsPcPAAAAAAAAAAAAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEALx6DgBifBAAPkoAAHZ8CwDMfAsA+jcIAFYAAADIeAoAzJMBACKUAQCIdQMAZAsCAMqQAADSQgIAkqEBAHATAwBoCQAAWusJALDrCQAG7AkAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAxyCwBicgsAuHILALx6DgBifBAAPkoAAKCsAwAK9g0AGEkJAG5JCQDESQkAGkoJAEqNCQCSDQ0AUDgIACqWAAA0HAEAihwBAKCsAwAK9g0AGEkJAG5JCQDESQkAGkoJAEqNCQCSDQ0AUDgIACqWAAA0HAEAihwBAOAcAQBkCwIAKNIJAO45DABEOgwAcCkOAMYpDgAcKg4AcioOACqWAACAlgAANBwBAGi3AQBOBAQAKsMBAIKZAQAuUAcAoOMJAGQLAgCSDQ0Akr0PAIYYAABYXQMAKpYAAPo3CABkCwIAWtkAAFrrCQDMkwEAOqICAAJIDgC8eg4AWo0FAMCRAwDMkwEAIpQBAHwXAgBkCwIAvHoOAPjDDgACcQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAxyCwBicgsAuHILALx6DgBifBAAPkoAAKCsAwAK9g0AGEkJAG5JCQDESQkAGkoJAEqNCQCSDQ0AUDgIACqWAAA0HAEAihwBAJINDQBOyBAApMgQAPrIEABQyRAApskQAPzJEACc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUAsBQJAC5QBwB2ygcAbGUCAMJlAgCAlgAAOkwCAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAQOwQATBUNAKIVDQD4FQ0AOo0NAFrrCQDMkwEAOqICAAJIDgC6CwIApCcAAJJJAABkswAAmIcIAMyTAQAilAEAfBcCAGQLAgAw/QcA6B4AAD4fAACUHwAA6h8AAEAgAACWIAAABh0NAIoPEADMkwEAZAsCACTCAgDiLwoAODAKACCpDACCmQEALlAHAKDjCQBwEwMAzJMBADqiAgACSA4AhhgAANwYAADeRgEATicAAFQZDQCqGQ0AABoNAFYaDQDmzQIAgJYAANTrAADi9gIAfMEBAIwECgDiBAoAOAUKAI4FCgDkBQoAOgYKAAAAAACuBwMABAgDACSADAB6gAwAMhkAAH7MBgDUzAYA/D4LAFI/CwCoPwsAugsCAI5ZCQDkWQkAOloJALbPDwDSQgIAZAsCAJINDQDoDQ0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAdnwLAMx8CwAifQsAeH0LAM59CwAAAAAAJMICAHrCAgCOdgIAAAAAANJCAgDuOQwARDoMAAAAAAD6NwgAwkgJABhJCQBuSQkAxEkJABpKCQAedwkAdHcJAMp3CQAgeAkAdsoHAGxlAgDCZQIAkkkAAIYYAADcGAAA3kYBAE4nAABUGQ0AqhkNAAAaDQBWGg0A5s0CAICWAADU6wAA4vYCAGo5AgA+ahAAyA4AAL5xCQB8gQwAjlkJAIbgDgDGZwIAZAsCAAYdDQCcsAYAJMICAHrCAgDQwgIADmUEAPo3CABkCwIAkg0NAAr2DQAYSQkAbkkJAMRJCQAaSgkASo0JAHZ8CwDMfAsAJMICAMyTAQDSQgIAcKAJAKDjCQA0HAEArjwIAIYYAABa2QAALlAHANJCAgBsZQIA6uMMACKUAQB8FwIAZAsCAJzZBQDy2QUASNoFAM5aDwAkWw8AelsPANBbDwAmXA8AfFwPAGQLAgAo0gkA7jkMAEQ6DACaOgwA8DoMAEY7DACcOwwAfC8OANIvDgBajQUAJCwNAJxSAgCCLAsAfBcCAGQLAgACRAwA3ocMADSIDAB2fAsAzJMBAIROBgDoSQAAPkoAANqeAwBkCwIAJIAMAHqADADQgAwAJoEMACjSCQDuOQwARDoMAHApDgDGKQ4AHCoOAHIqDgDIKg4Ats8PANJCAgBkCwIANBwBAGi3AQBOBAQAYjEAAGaLAQC8uAIATicAAI5ZCQB8FwIAypAAANJCAgA6TAIA0kICADpMAgDW9gUAnFICAIIsCwCSDQ0ACvYNABhJCQBuSQkAxEkJABpKCQBKjQkAAhkMAJBKAQDmSgEAJMICAMyTAQD6NwgAkr0PAC5QBwAuUAcAkkkAAJKhAQACSA4Acg4AACrDAQBkCwIAkg0NAAr2DQAYSQkAbkkJAMRJCQAaSgkASo0JACSADAB6gAwA0IAMACaBDAB8gQwA0oEMACiCDAB+ggwAkg0NAAr2DQAYSQkAbkkJAMRJCQAaSgkASo0JAHZ8CwDMfAsA+jcIAFYAAADIeAoAzJMBACKUAQDG8AYAHPEGAHLxBgDI8QYAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYAzJMBAGaJAAB+0AgAZAsCALx6DgBkswAAVgAAAHATAwBkCwIATEQPAL5/EACc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUARPkAAAAAAABc4gQA9sQPAFQZDQDSQgIAkkkAAApnBgAkwgIA4i8KAMBDBwDAkQMAZAsCACjSCQB+0gkA1NIJACrTCQCA0wkA1tMJAGQLAgACRAwAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEABA7BADG8AYAHPEGAHLxBgDI8QYAHvIGAHTyBgDK8gYAIPMGAHbzBgDM8wYA1hsDACwcAwDorQcATEQPACqWAACqVwEAUkMNAE4EBAAUjwIACmcGACKUAQB8FwIAZAsCAJINDQAK9g0ANBwBAALiBQDMkwEAsBQJAAYVCQBcFQkAshUJAAgWCQBeFgkAtBYJAAoXCQBgFwkAthcJAAwYCQBiGAkAuBgJAA4ZCQBkGQkAuhkJABAaCQDSQgIAOkwCAJBMAgA8lBAAcg4AAOgeAAB8wQEAkkkAAGSzAABWAAAAcBMDAAAAAACSoQEAcg4AAHATAwAAAAAAypAAACCRAAAqxQIA9P0BAHATAwAAAAAAOiECAJKhAQACSA4AvHoOAPjDDgACcQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAxyCwBicgsAuHILALx6DgBkswAAVgAAAHATAwAAAAAAkqEBAHIOAABwEwMAAAAAADD9BwAqwwEAgMMBAHATAwAAAAAAhhgAAIYYAAAqlgAAxvAGAJJJAAAKZwYALlAHAKDjCQBkCwIAKNIJAH7SCQDU0gkAKtMJAIDTCQDW0wkA6rIJAJJJAAAKZwYAYGcGALZnBgD6NwgAwkgJACT7CQAAAAAAkkkAAJJJAABWAAAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACgLEQDIeAoAHnkKAHR5CgBE+QAAUl4FAGZNDQByDgAAFI8CAORjDgAo0gkAftIJANb2BQAs9wUAgvcFAGQLAgCSDQ0AUDgIAIA1EADWNRAAOiECAGaJAADcxgEA6B4AADD9BwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAAGHQ0AnFICAMqQAACSoQEA+jcIAGQLAgAkgAwAeoAMANCADAAmgQwAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAAxyCwBicgsAuHILANJCAgA6TAIAkEwCADyUEAByDgAA6B4AAJK9DwCAlgAA1OsAAOL2AgAqlgAAgJYAANTrAAC2RAoADEUKADIZAAAAAAAAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAIvQGAHj0BgDO9AYAJPUGAHr1BgDQ9QYAAAAAAAAAAACuBwMABAgDALoNAwDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAPjYAwBO2QMAIvQGAHj0BgDO9AYAJPUGAHr1BgDQ9QYAWtkAAMyTAQAilAEAKpYAAICWAADU6wAA4vYCAAAAAAAAAAAAAAAAAAAAAAAAAAAAhhgAACqWAACSSQAAajkCABZWEABsVhAAvLgCAPTWAwBK1wMAoNcDAPbXAwC0JBAACiUQAGAlEAC2JRAADCYQAGImEAC4JhAADicQAKgaDgD+Gg4AVBsOAKobDgAAHA4AVhwOAKwcDgACHQ4AWB0OAK4dDgAEHg4AWh4OALAeDgAGHw4AXB8OALIfDgAuUAcAcg4AAGQLAgB2fAsA3OIPADLjDwCI4w8AAAAAAAAAAAAAAAAAgiwLAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAAAAAAAAAAAAAAAAAqlcBAFJDDQAuUAcAoOMJAGQLAgAo0gkAftIJANTSCQAq0wkAgNMJAAAAAAAqlgAAgJYAADohAgDMkwEAIpQBAMZnAgBOyBAAIJEAAHwXAgByDgAAPnUAAJDJAABOJwAAOiECAGaJAACQyQAAZAsCAAYdDQA6IQIAfBcCAPblCgDAQwcAAkgOAFrrCQCGGAAAKpYAAKpXAQBSQw0AAAAAAIYYAABkCwIAKNIJAH7SCQBa6wkAypAAAHIOAAA+dQAAoAoIAHIOAAAqwwEAgpkBAC5QBwCg4wkAKpYAACjSCQCQvA8AfoQNAI5ZCQDKkAAAkkkAAGaJAACcUgIAAAAAAC5QBwBkCwIAKNIJAH7SCQBiiwIAuIsCAHIOAAA+dQAAoAoIAIYYAADcGAAAcBMDAGpJCgDASQoAFkoKAGxKCgDCSgoAGEsKAG5LCgDESwoAGkwKAHBMCgDGTAoAKpYAAMbwBgAc8QYAcvEGAMjxBgAe8gYAdPIGAMryBgAg8wYAdvMGAMzzBgC6CwIAEAwCAGYMAgC8DAIAkMsBAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBAC6CwIAEAwCAGYMAgC8DAIAkMsBAHYWAwDKQgQAIEMEAHZDBADMQwQAIkQEAHhEBADORAQAJEUEAHpFBADQRQQAJkYEAHxGBADSRgQAKEcEAH5HBABkCwIAvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUATNwFAKLcBQD43AUATt0FAKTdBQA+ahAAyA4AAL5xCQAUcgkAanIJAMByCQCSSQAACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYADmkGAEBlDQCWZQ0A7GUNAEJmDQCYZg0A7mYNAERnDQCk2QMAPl4KAJReCgDqXgoAQF8KAJZfCgDsXwoAQmAKANYbAwAsHAMAXu8KALTvCgAK8AoAYPAKALbwCgAM8QoAugsCAI5ZCQDkWQkAOloJALbPDwDSQgIAZAsCAJINDQDoDQ0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAQlACAH7QCAACSA4AgJYAANTrAADi9gIALlAHAC5QBwCSoQEAZAsCALx6DgAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkAkkkAAGQLAgBa2QAAWusJAMyTAQA6ogIAAkgOAFrZAAD8LAIAzJMBAIROBgAKZwYAIpQBAHwXAgBkCwIAugsCAFQZDQDSQgIAZAsCAAYdDQACyw8AWMsPALbPDwCEUAcA2lAHADBRBwBkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMAAkQMAN6HDAA0iAwAJIAMAHqADADQgAwAJoEMAHgCDgDOAg4AJAMOAHoDDgDQAw4AJgQOAHwEDgDSBA4AqC0CAP4tAgAo0gkAftIJAAAAAADKkAAAKpYAAHIOAAAUjwIAZAsCALx6DgAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkAkkkAAGQLAgAGHQ0ATicAAJJJAACCLAsAouoMAAJIDgCAlgAA1OsAAOL2AgBm/Q8ACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAvJ0KABKeCgBongoAvp4KABSfCgBqnwoAwJ8KABagCgBsoAoAwqAKABihCgBE+QAAWtkAAPwsAgDMkwEAhE4GANQYAgDSQgIAOkwCANb2BQCcUgIAgiwLANjeDgAAAAAAypAAAMyTAQDSQgIAOkwCAJ7SAQD6NwgAOiECAGSzAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMAts8PADohAgCSSQAAZokAAMyTAQAilAEAZAsCAJ7SAQD6NwgAOiECAGSzAABkCwIAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMAdnwLAIS0DgAAWAEAVlgBABxTDQByUw0AyFMNAB5UDQB0VA0AWtkAAFrrCQBC5QwAhhgAAGQLAgC8eg4AWo0FAMCRAwDMkwEAIpQBAHwXAgBkCwIAvHoOAPjDDgACcQ0AnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAcg4AAGQLAgCc2QUA8tkFAMJ5DAAYegwAbnoMAMR6DAAaewwAcHsMAMZ7DAAcfAwAcnwMAMh8DAAGHQ0A2N4OAAAAAADKkAAAzJMBANJCAgA6TAIAoAYGAGQLAgC6CwIA0kICAHCgCQA0HAEAZAsCALx6DgBifBAAPkoAAMqQAAAgkQAAkM0CAObNAgCAlgAAkqEBAMCRAwDMkwEAIpQBAHwXAgBkCwIAkg0NAFA4CACANRAA1jUQADohAgBmiQAA3MYBAOgeAAB4Ag4A2N4OAAAAAADKkAAAzJMBANJCAgA6TAIABh0NAJywBgAo0gkAftIJAHIOAADIDgAAJPsJANJCAgBkswAAKpYAALoLAgDSQgIAcKAJADQcAQBkCwIAAkQMAIROBgByDgAAZAsCAAIZDACQSgEAkLwPAK5fBAAC4gUAjnYCAMCRAwBkCwIAugsCABAMAgC8iQAASrgJAHhAAgDSQgIAwJEDAGQLAgC2zw8A0kICAGQLAgAw/QcAyA4AACT7CQDSQgIAZLMAAIYYAAAqlgAAqlcBAHATAwB8GQMACmcGAGBnBgC2ZwYADGgGAGJoBgC4aAYAmGAKAAYdDQDY3g4AAAAAAMqQAADMkwEA0kICAJC8DwAilAEAfBcCAGQLAgAGHQ0AnLAGAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDACqWAACSSQAAZokAAKAKCAD6NwgA0kICAJC8DwAilAEATicAAFQZDQBkCwIAdnwLAMx8CwAifQsA3kYBAE4nAABUGQ0AqhkNAAAaDQBWGg0AZokAAMyTAQBWLwIAZokAAGglDgAkKAsAeigLACKUAQAyGQAAfswGANTMBgD8PgsAUj8LAKg/CwD+PwsAVEALAKpACwDoHgAAPh8AAJQfAADqHwAAQCAAAJYgAAA0HAEAaLcBAE4EBAA6IQIAbAAQAFrrCQBmiQAAJMICAMyTAQAilAEAEnsOANgsCwAuLQsAhC0LANotCwAwLgsAhi4LANwuCwAyLwsAiC8LAN4vCwA0MAsAijALAOAwCwDoDQ0AkLAJAOawCQA8sQkAypAAAPo3CAAo0gkAftIJANb2BQCgCggAZAsCAMqQAAD6NwgAAAAAAC5QBwBkCwIAvHoOAApnBgBgZwYAtmcGAAxoBgBiaAYAWusJAFYAAABWLwIAhhgAACqWAACSSQAAWtkAAC5QBwDSQgIAbGUCAFYvAgB8FwIA9uUKAEzmCgCi5goA+OYKAE7nCgCk5woAOkwCAHIOAAAqwwEA6B4AAHIOAABwEwMAfBcCAPblCgBM5goAouYKAPjmCgBO5woApOcKAPrnCgBQ6AoApugKAPzoCgBS6QoAugsCAFQZDQDSQgIAts8PANJCAgBkCwIAMP0HAOgeAAA+HwAAlB8AAMyTAQBkswAAKpYAACSADAB6gAwA0IAMACaBDABsZQIA4NoKANwYAABa2QAAWusJAGZNDQByDgAAFI8CAIIsCwCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAKs0GAIDNBgDWzQYALM4GAILOBgDYzgYABh0NAKAKCAD6NwgA0kICADpMAgByDgAAKsMBAGQLAgC6CwIAVBkNAKoZDQAAGg0AhFAHANpQBwAwUQcAZAsCALx6DgBkswAAVgAAAGQLAgCc2QUA8tkFAEjaBQCe2gUA9NoFAErbBQCg2wUA9tsFAKLYAwD42AMATtkDAKTZAwD62QMAZokAAMyTAQAqlgAAgJYAANTrAADi9gIAfMEBAIwECgDiBAoAOAUKAI4FCgDkBQoAOgYKACqWAAA0HAEAVgAAAMh4CgDSQgIAKEMCAI52AgDAkQMAZAsCALoLAgAQDAIAZgwCAGL1DAC49QwAAkQMAFhEDACuRAwAJIAMAEJQAgCYUAIA7lACACjSCQB+0gkAcg4AAMgOAACSoQEAypAAAJJJAAAKZwYALlAHAPo3CACSvQ8AhhgAAEJQAgCYUAIA7lACACSADAB6gAwA0kICAGQLAgAw/QcA6B4AAD4fAACUHwAAhhgAAEJQAgCYUAIA7lACAAIZDACQSgEA5koBACTCAgDMkwEA+jcIAJK9DwBkswAAmIcIAGQLAgCcEg0AZk0NAHIOAAAUjwIAZAsCAAJEDADehwwANIgMAGxlAgDg2goA3BgAAFrZAAAuUAcA2goPAMqQAABWAAAAZAsCALoLAgAQDAIAZgwCAGL1DAC49QwAvAwCAFhdAwAuUAcAajkCABZWEACYhwgAZokAAALLDwCGGAAAKpYAAMBDBwByDgAAajkCANpiEAAwYxAA0kICADpMAgByDgAAyA4AAJKhAQAkwgIA4i8KAPo3CABQOAgAoAoIAPo3CADSQgIAOkwCAHIOAAAqwwEA6B4AAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBwEwMA1hsDAEJQAgCYUAIA7lACAPYQCwBMEQsAohELAPgRCwBOEgsApBILAPoSCwBQEwsAphMLAPwTCwBSFAsAqBQLAP4UCwBUFQsAqhULAAAWCwBWFgsArBYLAGQLAgBiIA0AyA4AAL5xCQAUcgkAanIJAMByCQAoKAoAkl8LAOhfCwA+YAsAouoMANTrAADi9gIAdnwLAHIOAAAUjwIAao8CADohAgCSoQEADmUEAE4EBABCJQIAZAsCAAYdDQCcsAYAJIAMACqWAABa2QAAZAsCAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAKDbBQD22wUAotgDAHATAwB8wQEAjAQKAOIECgA4BQoAjgUKAOQFCgA6BgoAkAYKAOYGCgD0DQoAAAAAAAAAAAAAAAAAAhUKAFgVCgCuFQoABBYKAFoWCgCwFgoABhcKAFwXCgAAAAAAAAAAALIXCgAIGAoAXhgKAFJcBAB0HQcAyh0HALoLAgBUGQ0AqhkNAAAaDQBwEwMAEDsEAGY7BADcOhEAMjsRAIg7EQDeOxEAZokAADohAgCSoQEAAkgOALoLAgCOWQkA5FkJADpaCQAkgAwAeoAMANCADAAmgQwAfIEMANKBDAAoggwAfoIMAHATAwAqlgAAhhgAANwYAAAqlgAAhhgAAIYYAADcGAAAKpYAAIYYAACSSQAAcBMDANYbAwAsHAMAXu8KALTvCgAK8AoAYPAKALbwCgAM8QoAugsCAI5ZCQDkWQkAOloJALbPDwDSQgIAZAsCAJINDQDoDQ0A0kICADpMAgBiiwIAkkkAAHhAAgDSQgIAwJEDAGQLAgBMRA8AAAAAAGQLAgA6IQIAkCECAE4nAABOJwAApCcAAICWAACQvA8AIpQBAHwXAgBkCwIAvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQCSSQAAZAsCAAYdDQBOJwAAkkkAAIIsCwCi6gwAdsoHAOrPAgBA0AIAcBMDAAYdDQBw/g0A1NAIACrRCAA6IQIAqOEGAP7hBgBU4gYAquIGAADjBgCuDwcAnNkFAPLZBQBI2gUAntoFAPTaBQBK2wUAoNsFAPbbBQCi2AMA+NgDAEi5CgCeuQoABh0NAFwdDQCyHQ0ACB4NAAr2DQBa2QAAsuIEAAYdDQBcHQ0A5HYCADp3AgCQdwIA5ncCADx4AgCSeAIAZAsCAPrEDgAAAAAAZAsCACbfEABkswAAZosBALy4AgD01gMAStcDAKDXAwD21wMATNgDAKLYAwD42AMAXOIEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAGwAEAC2zw8ATicAAGQLAgC8eg4A4EkCADZKAgCMSgIApMYPAIS0DgASDQIAaA0CAL4NAgAUDgIAcg4AAGQLAgACGQwAWBkMAI52AgAoQwIA8tsGAK48CACSSQAAgiwLAKLqDABkCwIAAAAAAGQLAgC8eg4A+MMOAAJxDQA6IQIAbAAQACjSCQB+0gkAcg4AAMgOAAAk+wkA0kICAGSzAAAqlgAAqC0CAP4tAgDmpAMA8j8OAC5QBwCSoQEAZAsCAHwXAgDMkwEAJMICAOIvCgACSA4AWEgOAALLDwBYyw8AfBcCAMyTAQAkwgIA4i8KAMDABQD6AAIAAFoCAFZaAgBkCwIAfBcCAMyTAQAkwgIA4i8KADQcAQB2cAUAzHAFACJxBQB4cQUAXOIEADQcAQBg3gEAcg4AABSPAgBkCwIAOiECAGwAEAC2zw8ATicAAGQLAgC8eg4A4EkCADZKAgCMSgIANBwBAHZwBQDMcAUAInEFAHhxBQDOcQUAqC0CAP4tAgDmpAMA8j8OAC5QBwCSoQEAZAsCAHwXAgDMkwEAJMICAOIvCgDAwAUA+gACAABaAgBWWgIAZAsCAHwXAgDMkwEAJMICAOIvCgA0HAEAdnAFAMxwBQAicQUAeHEFAM5xBQCoLQIA/i0CAOakAwDyPw4ALlAHAJKhAQBkCwIAfBcCAMyTAQAkwgIA4i8KAAJIDgBYSA4AAssPAFjLDwB8FwIAzJMBACTCAgDiLwoAwMAFAPoAAgAAWgIAVloCAGQLAgB8FwIAzJMBACTCAgDiLwoA+jcIAE7IEACSoQEAAkgOAIYYAADcGAAA3kYBAE4nAABUGQ0AqhkNAAAaDQBWGg0A5s0CAICWAADU6wAA4vYCANYbAwAsHAMAXu8KADQcAQCKHAEAhNkLANrZCwAw2gsAhtoLACSADABCUAIAmFACAO5QAgD6NwgANBwBAIocAQCE2QsA2tkLADDaCwCG2gsAJIAMAEJQAgCYUAIA7lACAPo3CAA0HAEAihwBAITZCwDa2QsAMNoLAIbaCwACGQwAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAkqEBAOihAQDEvgMAGr8DAGQLAgDKkAAA0kICAJKhAQAo0gkAftIJAHIOAADIDgAAkqEBACTCAgDiLwoAAkQMAK5fBAAEYAQAWmAEALBgBAAGYQQAZAsCAHZ8CwDMfAsAkkkAAFqNBQDAkQMAZAsCALoLAgBUGQ0A0kICAGQLAgACGQwAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAqC0CAP4tAgDmpAMAPKUDAJKlAwDopQMAugsCAFQZDQCqGQ0AABoNAFYaDQACRAwAhE4GANpOBgACRAwAWEQMAK5EDAAERQwAnLAGAAIZDABYGQwArhkMAAQaDABaGgwAsBoMAAYbDABqOQIAntIBAHIOAADIDgAANBwBAALiBQCcUgIAZLMAAJiHCADMkwEAIpQBAHwXAgBkCwIAAhkMAFgZDACuGQwABBoMAFoaDACwGgwABhsMALoLAgBUGQ0A0kICAGQLAgAgEgEA1rANACgLEQB+CxEAJIAMAHqADADQgAwAJoEMAAIZDACQSgEAOkwCAJBMAgCOWQkA5DoPACqWAAD6NwgAZAsCAFrZAADMkwEAhE4GAOhJAABkCwIAAAAAAGQLAgC2zw8A0kICAGQLAgCuHw8AAAAAAGQLAgC2zw8A0kICAGQLAgCuHw8ABCAPAHgCDgCcsAYAkg0NAJK9DwDovQ8AkjAJABLTDwBo0w8Akr0PAIYYAABkswAAVgAAAKwAAAC2HQwADB4MAGIeDAC4HgwADh8MADQcAQAC4gUAAssPAPoAAgBmiQAAftAIANTQCAC8iQAAbGUCAPYIBwBoJQ4A9uUKAJwSDQDyEg0ASBMNAJ4TDQAkgAwAeoAMANCADAAmgQwAOiECAGwAEAAqlgAAhhgAAGQLAgC6CwIAVBkNAKoZDQAAGg0AVhoNAAJEDABYRAwAQOwQAJbsEADs7BAAQu0QAJjtEAACSA4A+jcIAGo5AgBkCwIAvHoOAFqNBQDAkQMAZAsCALx6DgD4ww4AAnENAAJEDABYRAwAQOwQAJbsEADs7BAAQu0QAJjtEAACRAwAhE4GAHATAwDWGwMAKAsRAH4LEQDUCxEAAkQMAFhEDABA7BAAluwQAOzsEABC7RAAmO0QAAIZDACSoQEAAkgOAFhIDgDcxgEA6B4AACjSCQDuOQwARDoMAGQLAgBoCQAAhhgAACgLEQB+CxEA1AsRAAJEDABYRAwAQOwQAJbsEADs7BAAQu0QAJjtEADKkAAAIJEAAJJJAAAKZwYAYGcGALZnBgAqlgAAgJYAANTrAADi9gIAkqEBAOihAQDEvgMAGr8DAGQLAgAw/QcAuEsNAGSzAACYhwgAZAsCALoLAgCOWQkA5FkJADpaCQBMRA8AokQPAHwXAgD25QoANBwBAGQLAgDMkwEAIpQBAGQLAgAGHQ0AAssPAMCRAwBkCwIAts8PAE4nAABkCwIAvHoOAGJ8EAA+SgAAlEoAAMgOAAAk+wkA0kICAGSzAAAqlgAAkqEBAOihAQD2kQsATJILAKKSCwCW0AIAwJEDAGQLAgACRAwAWEQMAEDsEACW7BAA7OwQAELtEACY7RAAAkgOAPo3CABkCwIAfBcCAPblCgA0HAEAvHoOAGJ8EAA+SgAAfBcCAPblCgA0HAEAcg4AAGQLAgAGHQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAJINDQDSQgIAkLwPACTCAgDiLwoAODAKAGQLAgC6CwIAVBkNAKoZDQAAGg0AVhoNALoLAgBUGQ0A0kICAGQLAgCe0gEA+jcIADohAgBkswAAfBcCAPblCgBM5goAZAsCAJINDQDSQgIAkLwPACTCAgDiLwoAODAKAGQLAgACRAwAWEQMAEDsEACW7BAA7OwQAALLDwBkswAAKpYAALoLAgBUGQ0A0kICAGQLAgCe0gEA+jcIADohAgBkswAAxMQGABrFBgCSoQEA5GMOAJ7SAQD6NwgAOiECAGSzAADQ2g4A3BgAAN5GAQBOJwAAVBkNAKoZDQAAGg0AVhoNAObNAgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAdsoHALqzAACigAIA+IACAE6BAgD6NwgAkr0PAE4nAABOJwAAVBkNAKoZDQAAGg0AVhoNAObNAgCAlgAA1OsAAOL2AgBcHQ0AkkkAAApnBgB+hA0AjsoBALyJAABKuAkAypAAANJCAgC8eg4A+MMOAAJxDQC6CwIAjlkJAIbgDgDGZwIArN0DAALeAwBY3gMArt4DAATfAwBa3wMAsN8DAAbgAwA6IQIAbAAQACjSCQB+0gkAcg4AAMgOAACSoQEAJMICAOIvCgD6NwgAcBMDAIYYAADcGAAA3kYBAJQjAgAOcwsAZHMLALpzCwAQdAsAugsCADyUEAAgkQAAcPwMAJJJAAAKZwYALlAHAKDjCQCSSQAAgiwLAIYYAAByDgAAgpkBAC5QBwCg4wkATgQEAKQEBAAo0gkAftIJAAAAAADKkAAAzJMBANJCAgA6TAIAZAsCAHZ8CwCEtA4AhIUMANqFDAAwhgwAhoYMANyGDAAyhwwAiIcMAJINDQDSQgIAkLwPACTCAgDiLwoAZAsCANQYAgAqGQIAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwBwEwMAugsCAFQZDQDSQgIAZAsCAAIZDAD6NwgAwkgJAGQLAgACRAwA3ocMADSIDAAkgAwAeoAMANCADAAmgQwAkqEBAOihAQDEvgMAGr8DAJK9DwAo0gkAftIJAAAAAADKkAAAzJMBANJCAgA6TAIAoAYGAGQLAgA0HAEAihwBAITZCwDa2QsAMNoLAIbaCwACGQwAkEoBAOZKAQAkwgIAzJMBAPo3CACSvQ8Acg4AAGQLAgACGQwAWBkMAK4ZDAAEGgwAWhoMALAaDAAGGwwAfBcCANIXAgBkCwIAugsCAI5ZCQDkWQkAOloJAHIOAABkCwIAAkQMAFhEDACuRAwAcg4AAFYAAACSMAkAxvAGAE4nAACOygEA5MoBADrLAQBMRA8AVi8CACqWAACAlgAA1OsAAOL2AgBa2QAA/CwCAKRDDgBYXQMAIpQBAHwXAgBwEwMAhhgAANwYAADeRgEAdJQCAELADwBO7Q0A+jcIAJK9DwDovQ8APr4PAJS+DwDqvg8AQL8PAJa/DwDsvw8AcBMDAHIOAAAUjwIAWo0FALCNBQBkswAAkkkAAHATAwDSQgIAOkwCAGKLAgAc8QYAJMICAOIvCgA4MAoAKEMCADohAgCSoQEAAkgOACasDAB8rAwA0qwMACitDAB+rQwAZLMAAGaLAQDSQgIAOkwCACasDAB8rAwA0qwMACitDAB+rQwA1K0MACquDACArgwA1q4MACyvDACCrwwA2K8MAALaAQBY2gEATgIDAKQCAwACSA4AJqwMAHysDADSrAwAKK0MAH6tDADUrQwAKq4MAICuDADWrgwALK8MAIKvDADYrwwAVgAAAKwAAACOdgIAIKkMAOgeAABO7Q0AypAAAHIOAADoHgAAPh8AANaWAAAqlgAAgJYAANTrAADi9gIAWtkAAPwsAgCkQw4AWF0DACKUAQB8FwIAcBMDAACsAABWrAAArKwAAHSUAgBCwA8ATu0NAPo3CACSvQ8A6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8A7L8PAHATAwByDgAAFI8CAIIsCwDYLAsArjwIAKpXAQBSQw0AcBMDAHwXAgA0HAEArjwIAIYYAACSSQAAZokAAJxSAgAKZwYALlAHAKDjCQBkCwIAugsCABAMAgCQyQAAkqEBAHIOAADoHgAA0tcMACQoCwA6IQIAqOEGAJxSAgBmiQAAftAIAGQLAgB2fAsA3OIPADLjDwCI4w8AftAIAHATAwBsZQIA6uMMAEDkDACW5AwA7OQMAMyTAQA6ogIAkKICAOaiAgAqlgAAZokAAIoPEABkCwIAts8PACT7CQCSSQAAZAsCALbPDwBOJwAAZAsCADQcAQCuPAgABD0IAIocAQDSQgIAgJYAADQcAQBotwEAvrcBAEJQAgAI6wgAgiwLAPo3CABkCwIAOiECAMCRAwBkCwIABh0NAALLDwDcGAAA3kYBAOhJAAA+SgAA2p4DAGQLAgACGQwAkEoBAOZKAQBMQA0AokANAPhADQB8FwIA0hcCALbPDwDaCg8AYvUMALj1DAC8dgwAEncMALoLAgAQDAIA4N4MADbfDACM3wwA4t8MADjgDACO4AwA5OAMADrhDAACGQwAWBkMAI52AgAgqQwA6B4AAHZ8CwDc4g8AMuMPAIjjDwBkswAA6s8CAAChEAB8FwIAWusJALDrCQACRAwAWEQMAK5EDAByUQwAyFEMALh8EAA6TAIA1vYFAKAKCABkCwIAAAAAANABDQBkCwIAWusJAGaJAAACyw8A+jcIAJKhAQACSA4A+jcIAHZ8CwCEtA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAajkCAHATAwBmOQMAvDkDABI6AwCUewMA6nsDAEB8AwCWfAMA7HwDAAYdDQCcUgIABh0NAJxSAgAAAAAAkAwNAGQLAgD6NwgAOrAJAHzZDQDS2Q0AKNoNAH7aDQBwEwMAOiECAMCRAwCSSQAAgiwLAHYWAwCYhwgAZokAAI52AgBa6wkAZokAANzGAQBkCwIAugsCABAMAgBmDAIAvAwCANziDwAy4w8AiOMPAIYYAACSSQAAZokAAPT9AQBkCwIAdnwLANziDwAy4w8AiOMPAC5QBwAk+wkAIJEAAJDNAgCSDQ0Akr0PAJJJAACCLAsAxvAGAJJJAACCLAsAZokAAI52AgA6TAIAkg0NAJK9DwCSSQAAgiwLAMbwBgCSSQAAgiwLAHIOAACCmQEA2JkBAC6aAQCEmgEAkOEMAObhDABkCwIAOiECAMCRAwBkCwIAMP0HAIKZAQDYmQEALpoBAISaAQBWAAAAkEoBAOZKAQA0HAEAaLcBAE4EBADoHgAAPh8AADpMAgCe0gEAdBsGAMbwBgCSSQAACmcGAC5QBwA0HAEAAuIFAMyTAQAilAEAKEMCALyJAAAqlgAAOiECAGaJAAC8iQAAbGUCAGQLAgA0HAEAihwBAHIOAAAUjwIAZAsCACjSCQB+0gkAYosCALx4DQCGGAAAkkkAAGQLAgCc2QUA6s8CAEDQAgCW0AIA7NACAJKhAQBmiQAA3MYBABSPAgBc4gQAAhkMAJBKAQDmSgEATEANAKJADQD4QA0ATkENAGQLAgCc2QUA8tkFAEKVDwCYlQ8A7pUPAESWDwCalg8A8JYPAGQLAgBa2QAAzJMBAIROBgDoSQAAZAsCAHZ8CwCEtA4A2rQOADC1DgDaTgYAnNkFAPLZBQC8iwEAdsoHACqWAAByDgAAKsMBAGo5AgBeTxAAtE8QAFJDDQCoQw0AzJMBAIROBgCCLAsA+jcIAGQLAgBa2QAAzJMBAIROBgDoSQAAZAsCAJzZBQDy2QUAvIsBABKMAQDKkAAAOiECAJJJAACCLAsAJlgNAHxYDQCCXQ4ATicAAI7KAQDkygEAOssBAAZIDQBcSA0AskgNAAhJDQBeSQ0ALlAHAC5QBwDaCg8AvHoOAApnBgBgZwYAtmcGAPo3CABkCwIAts8PACT7CQCSSQAAZAsCAAJEDABYRAwAts8PAE4nAAAqlgAA+jcIAJK9DwD6NwgAZAsCALx6DgAKZwYAYGcGALZnBgAMaAYAYmgGALhoBgCYYAoAcFINAMZSDQByDgAAFI8CALx6DgAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkAkkkAAGQLAgACRAwAWEQMAHwZAwDE9woAaHsOANJYDQAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQCaZw0A8GcNAEZoDQCcaA0AfBkDAApnBgBgZwYAtmcGAAxoBgBiaAYAuGgGAJhgCgCqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABh0NAE4nAACSSQAAgiwLAKLqDAC8eg4A+MMOAAJxDQA6IQIAbAAQAAYdDQACyw8AWMsPAAJEDABYRAwAQOwQAJbsEADs7BAAAssPAGSzAAAqlgAAts8PAE4nAABkCwIAdnwLANziDwAy4w8AiOMPAGQLAgAkgAwAeoAMANCADAAmgQwA6iMCAIS0DgDatA4ATgQEAHZ8CwCEtA4A2rQOAE4EBAAkgAwAeoAMADIZAAB2fAsA3OIPADLjDwCI4w8A3OIPADLjDwCI4w8AKpYAAMyTAQAkwgIA4i8KAGQLAgDKkAAAIJEAAMbmAQAc5wEAcucBAMjnAQAe6AEAdOgBAMroAQAg6QEAuncNABB4DQBmeA0AZAsCAMqQAAAgkQAAWtkAAPwsAgBSLQIAgiwLAPo3CABkCwIAdnwLAIS0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBOJwAApCcAAICWAADU6wAA4vYCAHwXAgDSFwIA+jcIAGQLAgAkgAwAeoAMANCADAAmgQwA6iMCAIS0DgASDQIAaA0CAL4NAgAUDgIAZAsCADD9BwC4Sw0AZLMAAGSzAAAqlgAAcg4AAFrZAAD8LAIA/nIPAFRzDwAkgAwAeoAMANCADAAmgQwA6iMCAIS0DgASDQIAaA0CAL4NAgAUDgIAag4CAIS0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBYXQMAAAAAAIYYAABYXQMArl0DALx6DgD4ww4AAnENAJzZBQDy2QUASNoFAJ7aBQD02gUAStsFAJINDQDoDQ0AkLAJALbPDwCEUAcA2lAHAAIZDADMkwEAIpQBADD9BwCOkA8A5JAPAI52AgAo0gkAftIJANb2BQAs9wUAuEsNAGSzAABkswAAKpYAACqWAAA6IQIAbAAQAAYdDQA6IQIAkqEBANb2BQCgCggAZAsCAAIZDACQSgEA5koBAOTkDgA65Q4AkOUOAOblDgA85g4Ats8PAE4nAABkCwIAypAAACCRAACQzQIA5s0CADzOAgCSzgIA6M4CAD7PAgAkgAwA+gACAABaAgAKZwYAKpYAAHIOAABkCwIAts8PAE4nAABkCwIAypAAACCRAACQzQIA5s0CADzOAgCSzgIA6M4CAD7PAgAkgAwA+gACAABaAgCGGAAA3BgAAOitBwAqlgAAkkkAAOBJAgA2SgIAjEoCACASAQDieQQAts8PADohAgCe0gEAdBsGAMbwBgCSSQAAZAsCAJwSDQDyEg0ASBMNAJ4TDQAkgAwAeoAMADIZAAAGHQ0AnFICAPJSAgBIUwIAnlMCAPRTAgBKVAIAoFQCADQcAQCuPAgAkkkAAOhJAABmTQ0A+jcIAGQLAgACSA4A+jcIAGQLAgDkiAsALlAHAIRQBwCSSQAACmcGAC5QBwCg4wkAcBMDAMqQAAAgkQAAWtkAALDZAAAoQwIAig8QAET5AADw+wEA5IgLADqJCwC2zw8AoOMJAGQLAgAGHQ0AnLAGAOSICwCGGAAA3BgAAOitBwAqlgAA5IgLADqJCwAkwgIAesICANDCAgAmwwIAAkQMAFhEDAB4lAEALlAHANoKDwDCZQIAWtkAAMyTAQCETgYA6EkAAFqNBQDuOQwAkkkAAOhJAADAkQMAqC0CAP4tAgBULgIAqi4CAAAvAgC6CwIAEAwCAH7QCAByDgAAJIAMAFhdAwAGHQ0A/McPAFLIDwCoyA8A/sgPAFTJDwAilAEAfBcCAHZ8CwDc4g8AMuMPAFYvAgBmiQAA3MYBADLHAQCIxwEA3scBADTIAQCKyAEAfoQNAE4nAACkJwAAgJYAADpMAgCGGAAAZLMAACqWAABMRA8Avn8QAAYdDQDY3g4ASrgJAMqQAABmiQAAftAIAKgtAgD+LQIAboIQAMSCEAAoihAAfooQANSKEAAqixAAgIsQANaLEAAsjBAAXOIEAAJEDADehwwANIgMACSADAB6gAwA0IAMACaBDADkiAsAkkkAAFqNBQDuOQwAKpYAAOSICwBOJwAAjsoBAH7QCAByDgAA6B4AAOSICwBIaQ0AWo0FAO45DACSSQAA6EkAAMCRAwB8gQwAEAwCAH7QCAByDgAAOvgCAHATAwBwEwMAphcNAPwXDQBSGA0AqBgNAP4YDQDkCw0AOgwNALbPDwDSQgIAZAsCACSADAAqlgAAZokAAI52AgB2fAsAzHwLAPo3CABkCwIAts8PAE4nAABkCwIAAkQMAFhEDAAoCxEA6qAAAMJICQAqlgAAcg4AAGQLAgAkgAwAeoAMANCADAAmgQwA6iMCAIS0DgDatA4ATgQEAJINDQAK9g0AYPYNALb2DQAM9w0AYvcNALj3DQAO+A0AZPgNALr4DQAQ+Q0AZvkNALz5DQB+0AgA0kICADpMAgDW9gUAoAoIAMCRAwBkCwIAdnwLAIS0DgDatA4ATgQEABSPAgAGHQ0AJMICAHrCAgDMkwEAOqICAGaJAAA6IQIAkqEBAMA5AgDuOQwARDoMAJo6DADwOgwARjsMAJw7DADyOwwAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAHwZAwAKZwYAYGcGALZnBgD6NwgAZAsCALbPDwAk+wkAkkkAAGQLAgBa2QAA/CwCAMyTAQCETgYACmcGACKUAQB8FwIAZAsCALoLAgBUGQ0A0kICAGQLAgC2zw8AhFAHANpQBwDAmwgAFpwIAGycCADCnAgAGJ0IAICWAADU6wAA4vYCAAggDgBeIA4AtCAOAAohDgBgIQ4AtiEOAAwiDgBiIg4AuCIOAA4jDgBkIw4AuiMOABAkDgBmJA4AvCQOABIlDgB2FgMAykIEACBDBAB2QwQAzEMEACJEBAB4RAQAzkQEACRFBAB6RQQA0EUEACZGBAB8RgQA0kYEAChHBAB+RwQAdhYDAMpCBAAgQwQAdkMEAMxDBAAiRAQAeEQEAM5EBAAkRQQAekUEANBFBAAmRgQAfEYEANJGBAAoRwQAfkcEAHwXAgB8FwIA0kICADpMAgB8FwIAJCgLAJxSAgCCLAsAKpYAAICWAADU6wAA4vYCAIYYAABYXQMAIpQBAHwXAgBkCwIAMP0HAOgeAADAQwcAAkgOAMbwBgCSSQAAgiwLAPo3CABkCwIAvHoOABJ7DgBoew4A6GcPADD9BwCOkA8A5JAPAI52AgCSSQAAVgAAANwDCwAyBAsAkkkAAAAAAABOJwAAjsoBAOTKAQAECAMAKNIJAH7SCQDW9gUA3MYBAMgOAACg4wkAcBMDAPIpAwBIKgMAnioDAPQqAwBKKwMAoCsDAPYrAwBMLAMAoiwDACT7CQCSSQAAVgAAAOqgAACSSQAAZAsCALoLAgDSQgIAcKAJADQcAQBkCwIAMP0HAKDCDgD2wg4AzJMBAJzZBQC6swAAAkgOAFhIDgAuUAcA0kICAGxlAgASew4AaHsOAE6ZDgCkmQ4AtqQPAAylDwBipQ8AuKUPAI52AgAqlgAA+jcIAGQLAgC8eg4AEnsOAGh7DgBOmQ4ApJkOALakDwAMpQ8AYqUPALilDwAqlgAAZokAAMJlAgD6NwgAZAsCALx6DgASew4AaHsOAE6ZDgCkmQ4AtqQPAAylDwBipQ8AuKUPALoLAgAQDAIAZgwCALwMAgBqpw4AwKcOABaoDgCgQQ4A9kEOAExCDgCiQg4A+EIOAE5DDgCSoQEAAkgOAFhIDgBkCwIAvHoOABJ7DgBoew4ATpkOAKSZDgC2pA8ADKUPAGKlDwC4pQ8A6KEBAFrZAABkCwIAvHoOABJ7DgBoew4ATpkOAKSZDgC2pA8ADKUPAGKlDwC4pQ8AwmUCAPo3CABkCwIAvHoOABJ7DgBoew4ATpkOAKSZDgC2pA8ADKUPAGKlDwC4pQ8Acg4AAGQLAgC6CwIAEAwCAGYMAgC8DAIAKNIJAH7SCQByDgAABkgNAJKhAQCSSQAAZAsCADD9BwC4Sw0AtqQPAAylDwBipQ8AuKUPAAAAAADkYw4AZAsCALoLAgAQDAIAZgwCAHzXDAB2fAsA3OIPADLjDwCI4w8AoOMJACqWAAAw/QcA6B4AAFZyDgCscg4AAnMOAGQLAgC2zw8AvHoOABJ7DgAKdw4AYHcOALZ3DgAMeA4AYngOALh4DgBkCwIAts8PAJKhAQCSoQEAAkgOAMbwBgCSSQAACmcGACKUAQACAQAAwKkPAHIOAABkCwIAxisPADpkDgCSSQAAypAAAFYAAABkswAAurMAAKKAAgD4gAIAToECADQcAQCKHAEAhNkLANrZCwAw2gsAhtoLAGaJAACOdgIA+jcIAMJICQBa2QAAhhgAAGSzAAC6swAAooACAPiAAgBOgQIAkkkAAIIsCwAmWA0ANosNAIyLDQDiiw0AOIwNAI6MDQDkjA0A6B4AAHIOAAAAAAAAAAAAAMKoDgAYqQ4AbqkOAMSpDgBE+QAAYiANAFziBAD2xA8ATMUPAKLFDwC8DAIAAAAAAJzZBQDy2QUASNoFACaFDgB8hQ4A0oUOAHIOAADIDgAAkqEBAAJIDgBqOQIAkqEBAOihAQCkRxAAIpQBAE4nAABa2QAA/CwCAKRDDgBeTxAAgJYAANTrAADi9gIA+jcIAJK9DwA6IQIAkCECAHQ+AgBajQUAJCwNAHosDQAkwgIAesICANDCAgAOZQQA+jcIAFA4CACANRAACmcGAC5QBwCg4wkAZAsCAFrZAAD8LAIApEMOAFhdAwAilAEAfBcCAJINDQCSvQ8A6L0PAD6+DwCUvg8A6r4PAEC/DwCWvw8ACmcGAC5QBwCg4wkAZAsCAFrZAAD8LAIApEMOAFhdAwAilAEAfBcCADD9BwC4Sw0AzJMBAIROBgCCLAsAJlgNAHATAwC8eg4AEnsOAGh7DgBOmQ4ApJkOAPqZDgBQmg4AppoOALoLAgAQDAIAZgwCALwMAgBqpw4AZOYEALrmBABY7gsA7jkMAGgZCADCSAkAJPsJAJJJAABkCwIAAAAAAJK9DwCAlgAA1OsAACrsAAAAAAAAAAAAADD9BwC4Sw0AzJMBAIROBgCCLAsAJlgNAA7mBAD0QA4ASkEOAOhnDwC6CwIAjlkJAORZCQA6WgkAAAAAABqqDgB8wQEATicAAI7KAQDkygEArgcDAHATAwB2fAsAhLQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQB0/gwAyv4MACjSCQB+0gkAntIBAHQbBgDG8AYAkkkAAApnBgAuUAcAoOMJAGQLAgACRAwAWEQMAKpXAQBSQw0AqEMNAP5DDQBURA0AqkQNAABFDQBWRQ0ArEUNAAJGDQBYRg0ABh0NAJywBgAkgAwAeoAMAOitBwBMRA8AIGoCAHZqAgDMagIAImsCAGQLAgB2fAsAhLQOANq0DgAwtQ4A2k4GAJzZBQDy2QUAvIsBABKMAQCw9w8ANBwBAALiBQDMkwEAIpQBAFhdAwAilAEAfBcCAGQLAgACRAwAWEQMAM7ZDgAk2g4AbKoPAMKqDwB4QAIAetoOAFziBAAAAAAAZAsCAMqQAAAgkQAA0gINACgDDQB+Aw0A1AMNACoEDQCABA0A1gQNACwFDQDc4g8AMuMPAIjjDwA6IQIAbAAQAJJJAABa2QAAKpYAACqWAACGGAAAZAsCALx6DgASew4AaHsOAFYAAACsAAAAAgEAAFziBADO2Q4AJNoOAFziBACSSQAAeEACAHraDgBc4gQAAAAAAGQLAgC8eg4AYnwQAMyTAQBOBAQApAQEAPoEBAASew4AaHsOANJYDQAoWQ0AflkNANRZDQAqWg0AgFoNANZaDQAsWw0AglsNANhbDQCaZw0A8GcNAEZoDQCcaA0A8mgNAGxlAgDq4wwA+jcIAIYYAABCUAIAig8QAPguBABCJQIAmCUCAET5AADw+wEAEBYHAOrPAgBA0AIAltACALyJAADSQgIAcKAJAHIOAAAqwwEAIpQBAFhdAwBOBAQAQiUCAELlDAD6NwgAZAsCAAJEDABYRAwAkkkAAIIsCwAmWA0AfFgNAIRQBwDaUAcAwJsIAJJJAADgSQIAts8PAKDjCQBkCwIAMP0HAOgeAABWcg4ArHIOAAJzDgBWLwIAZokAAH7QCADU0AgAKtEIAJzZBQDqzwIAQNACAJbQAgA6IQIAZokAALyJAACSoQEAZokAAGxlAgDYhg0ALocNAISHDQDahw0AMIgNAIaIDQAo0gkA7jkMAIh1AwDedQMAouoMANTrAADuOQwAVgAAAJJJAACCLAsAAAAAAAAAAAAAAAAAOiECAGwAEABOJwAAVBkNANJCAgA6TAIABh0NAHD+DQDU0AgAaAkAAL4JAACcEg0AZk0NALxNDQBmiQAATicAAJJJAACCLAsAouoMAGQLAgAGHQ0AcP4NANTQCABoCQAAvgkAAJwSDQBmTQ0AvE0NAHZ8CwBmiQAAvIkAAJiHCABoCQAAvgkAAJwSDQBmTQ0AvE0NAHZ8CwBmiQAAvIkAAJiHCABoCQAAvgkAAJwSDQBmTQ0AvE0NAA5lBAAilAEAgpkBACKUAQCSMAkAEtMPAGjTDwC+0w8AFNQPAAAAAAC6CwIAEAwCAGYMAgAiBA8AeAQPAGQLAgC8eg4AEnsOAGh7DgDoZw8AbGUCAAAAAABkCwIAvHoOABJ7DgBoew4A6GcPADD9BwC4Sw0AzJMBAIROBgCCLAsAJlgNAAIZDABYGQwAUnAOALoLAgAQDAIAZgwCAJzZBQDqzwIALvICAGSzAAAqlgAAwEMHAJKhAQACSA4A+jcIAKDCDgD2wg4ATMMOAKLDDgD4ww4ATsQOAJINDQBOyBAApMgQAChDAgCcUgIACmcGAC5QBwCg4wkAVi8CADQcAQByDgAAvHoOABJ7DgBoew4A6GcPAAIZDABYGQwAUnAOALoLAgAQDAIAZgwCADD9BwC4Sw0AzJMBAIROBgCCLAsAJlgNAGo5AgBqOQIAWB8PAGQLAgC6CwIAEAwCAGYMAgC8DAIA3OIPADLjDwCI4w8AugsCANJCAgBwoAkANBwBALbPDwDaCg8AAkQMAHwXAgCGGAAA3BgAANJCAgA6TAIAoAYGAGQLAgDKkAAAIJEAAHD8DADG/AwAHP0MAHL9DADI/QwAHv4MAMqsDgAIIg8AXiIPALQiDwDkYw4AwOMBAFZyDgCscg4AAnMOAGQLAgCcEg0AZk0NALxNDQAKdw4AYHcOALZ3DgAMeA4AYngOALh4DgBkCwIAnBINAGZNDQC8TQ0AZokAALyJAACYhwgAZAsCADD9BwDoHgAAVnIOAKxyDgACcw4AZAsCAJwSDQBmTQ0AvE0NALx6DgASew4ACncOAGB3DgC2dw4ADHgOAGJ4DgC4eA4AZAsCAJwSDQBmTQ0AvE0NAAAAAAD0/QEAkkkAAMqQAADSQgIAOkwCAExEDwBWAAAArAAAAGY5AwC8OQMAEjoDAGg6AwB2fAsAhLQOABINAgBoDQIAvg0CABQOAgBqDgIAJhcCACjSCQDuOQwAnNkFAPLZBQBI2gUAJIAMAEJQAgCYUAIAAAAAAExEDwCiRA8A7sAPAETBDwCawQ8A8MEPAHzXDAACGQwAWBkMAFJwDgBwEwMA8sIPAEjDDwCeww8AcBMDAGQLAgDKkAAAIJEAACrFAgCETgYA2k4GAJ7SAQACSg8AVgAAAMyTAQCETgYAgiwLAKLqDAAkwgIAzJMBACKUAQCIdQMAZokAAGglDgD25QoAAhkMAJKhAQBmiQAAnFICAE4nAABUGQ0A0kICADQcAQBkCwIAMP0HALhLDQDMkwEAhE4GAIIsCwDuOQwARDoMAGQLAgC6CwIAjlkJAIbgDgDc4A4AMuEOAIjhDgDe4Q4ANOIOAIriDgAGHQ0ATicAAJJJAACCLAsAouoMAGQnEAC6JxAAECgQAGYoEAC8KBAAEikQACCpDABkCwIAugsCAFQZDQCqGQ0AABoNADD9BwCgwg4A9sIOAEzDDgCiww4AjpAPAOSQDwCOdgIAkkkAAIIsCwAGHQ0AOiECAPI/DgBIQA4AkkkAAIIsCwC4Sw0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAPJQQABAMAgBmDAIAvAwCAIJdDgDYXQ4ALl4OAFQZDQCqGQ0AABoNADD9BwCgwg4A9sIOAEzDDgCiww4AjpAPAOSQDwCOdgIAkkkAAIIsCwAGHQ0AOiECAPI/DgBIQA4AkkkAAIIsCwC4Sw0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAPJQQAIReDgDaXg4AMF8OANzGAQBkCwIAAAAAAGQLAgC6CwIAEAwCAGYMAgBi9QwAuPUMAAAAAAAo0gkA7jkMAEQ6DABwEwMAdnwLAMBDBwAWRAcAig8QAPguBADoHgAA+jcIAHATAwDMkwEAIpQBAE4nAABUGQ0A4vYCAK4HAwAECAMAvHoOABJ7DgBoew4A6GcPAD5oDwBadg8AsHYPAAZ3DwAqVAoAgFQKANZUCgBi9QwAuPUMAHZ8CwDc4g8AMuMPAIjjDwAsVQoAaqcOAGTmBAC65gQAlGALAIS0DgDcOhEAMjsRAIg7EQDeOxEAAhkMAJKhAQACSA4AWEgOANzGAQDoHgAAKNIJAH7SCQDU0gkA5kwCAExEDwDA4wEAFuQBAHzBAQBa6wkAQuUMAMBDBwD8LAIApEMOAFhdAwAilAEAfBcCAK4HAwAECAMAvHoOABJ7DgBoew4A6GcPAD5oDwBadg8AsHYPAAZ3DwAUjwIAao8CAALLDwD6NwgAUDgIAI52AgD6NwgAVi8CAC5QBwAk+wkAKpYAAICWAADU6wAA4vYCAALaAQBY2gEAkqEBAAJIDgCSSQAAgiwLALx6DgBmiQAA3MYBAM7ZDgDMkwEAOqICAPo3CABkCwIAugsCABAMAgBmDAIAvAwCADD9BwC4Sw0AZLMAAGSzAAAqlgAAcg4AACrDAQBOJwAAPJQQAF6hDgC0oQ4ACqIOAGCiDgC2og4ATEQPAKJEDwD4RA8AjpAPAFSeDwCqng8AAJ8PAFafDwBiow4AuKMOAA6kDgBkCwIAZAsCAHATAwA0HAEANBwBAALiBQCOdgIAwJEDAGQLAgD0/QEASv4BAKD+AQD2/gEATP8BAKL/AQCGGAAAKpYAAJJJAACIxwEA+jcIAFYAAACSMAkA+jcIAJJJAABmiQAAftAIAGQLAgC8eg4AEnsOAGh7DgDoZw8AEAwCAGYMAgC8DAIAMP0HALhLDQBkswAAZLMAACqWAAByDgAAKsMBAE4nAAA8lBAAWtkAAPwsAgD+cg8AKpYAAICWAAA6TAIAvHoOABJ7DgBoew4AZLMAAGaLAQAC2gEAWNoBAJKhAQACSA4AkkkAALx6DgASew4AaHsOAAYdDQD8xw8AUsgPAKjIDwD+yA8AVMkPAKrJDwAAyg8AVsoPAHATAwAAAAAAAAAAAMyTAQBOBAQAztkOACqWAABWAAAAkEoBADpMAgBiiwIA6s8CAJxSAgCCLAsAZLMAAAAAAAC+fxAAugsCABAMAgBmDAIAvAwCAJDLAQB0hRAAoMIOAPbCDgBMww4AosMOAHATAwC6CwIAEAwCAGYMAgBi9QwAuPUMAHZ8CwDc4g8AMuMPAIjjDwDcxgEAMscBAIjHAQDexwEANMgBAIrIAQDgyAEAcg4AAKgtAgCGGAAAZAsCAHZ8CwDc4g8AMuMPAIjjDwC2zw8AdsoHAMzKBwAiywcAeMsHAM7LBwAkzAcAeswHAC5QBwCSSQAA6EkAAD5KAADangMAZAsCAHZ8CwDc4g8AMuMPAIjjDwCGGAAA+jcIADqwCQAilAEAfBcCAHATAwB2fAsAhLQOAHDXDwDG1w8AHNgPAHLYDwByDgAAZokAAPLbBgBWAAAAkqEBADohAgDyPw4ASEAOAJ5ADgB6WQ4AkqEBAAJIDgBYSA4ArkgOAGQLAgC2zw8ATicAAGQLAgC8eg4AEnsOAGh7DgD6NwgAOrAJAHzZDQDS2Q0A5GMOADpkDgCSoQEAAkgOAFhIDgDCSAkAlmcOAOxnDgDkYw4AOmQOAICWAADU6wAA4vYCAMR+DgCSSQAAgiwLACZYDQB8WA0Akg0NAOgNDQBM7g4Aou4OAPjuDgBO7w4ApO8OAPrvDgB8gQwAjlkJAIbgDgDc4A4AMuEOAIjhDgBkCwIAOiECAGwAEABOJwAAVBkNANJCAgA6TAIAAkQMAIROBgByDgAAZAsCAAIZDABYGQwAjnYCADpMAgCGGAAAkkkAAGQLAgAGHQ0AAssPAPo3CABkCwIAWtkAAPwsAgD+cg8AVHMPAJzZBQDqzwIALvICAGSzAAAqlgAAwEMHAJKhAQACSA4A+jcIAJJJAADgSQIANkoCAIxKAgBO7Q0ATu0NACASAQAqlgAAgJYAANTrAABWLwIArC8CAAIwAgBYMAIArjACAFYvAgBOJwAAjsoBAOTKAQC8dgwAEncMAAAAAAB8GQMAxPcKAGh7DgAafw4AEAwCAGYMAgC8DAIAqC0CAKgtAgAqlgAAZokAAALLDwBkswAA0kICADpMAgDW9gUAnFICAApnBgAuUAcAoOMJACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAPnUAAJxSAgAKZwYATgQEAE4nAACOWQkAKpYAAPo3CAD6NwgAkr0PAOi9DwCSMAkAEtMPAGjTDwCSvQ8AhhgAAGSzAADAkQMAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQBWAAAAVgAAAJKhAQAOZQQAZLMAAOrPAgCcUgIACmcGAC5QBwCg4wkAZLMAAGaLAQC8uAIAZCcQAIIsCwCqVwEAhIUMANqFDACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAhhgAANwYAADorQcAkkkAAFqNBQAkLA0ANHQCAHIOAACCmQEAKpYAAIYYAACSSQAAZLMAAGaLAQC8uAIA9NYDAErXAwCg1wMA9tcDAEzYAwCi2AMA+NgDACJzBgB4cwYAznMGACR0BgB6dAYA0HQGACZ1BgB8dQYAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCCLAsAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJJJAABmiQAAzJMBACKUAQAqlgAAgJYAAJKhAQBmiQAAkMkAACCRAABw/AwAmIcIAO6HCACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEADmUEACKUAQBYXQMAhE4GAApnBgBmiQAAftAIAA5lBAAgagIAZokAAJxSAgAKZwYALlAHAKDjCQAqlgAAqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAJxSAgBmiQAAZokAALyJAAASigAAaIoAAL6KAAAUiwAA0kICADpMAgByDgAAyA4AACT7CQDSQgIAZLMAACqWAABOJwAAjsoBAOTKAQC8dgwAEncMACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAfBcCAPblCgBM5goAntIBAPo3CAA6IQIAZLMAAGSzAABmiwEAvLgCAPTWAwBK1wMAoNcDAPbXAwBM2AMAotgDAPjYAwAicwYAeHMGAM5zBgAkdAYAenQGANB0BgAmdQYAfHUGAMyTAQA6ogIAkKICAOaiAgA8owIAkqMCAOijAgByDgAAFI8CAGqPAgCcUgIAgiwLACqWAACqVwEAAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBADgLDQCOCw0AKpYAAKpXAQDcOhEAMjsRAIg7EQDeOxEANDwRAIo8EQDgPBEAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAOAsNAI4LDQBkswAAZosBAALaAQBY2gEAkqEBAAJIDgCSSQAACmcGAC5QBwCg4wkAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAOAsNAI4LDQAKZwYAYGcGALZnBgAMaAYAYmgGALhoBgAOaQYAQGUNAJZlDQDsZQ0AQmYNAJhmDQDuZg0ARGcNAARaAQA4Cw0AjgsNAMqQAAAgkQAAcPwMAJiHCADuhwgARIgIAJqICADwiAgARokIADqwCQAuUAcAKpYAAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAOAsNAI4LDQByDgAADg8EAGQPBAACSA4AqlcBAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQA4Cw0AjgsNAPguBABOLwQApC8EAPovBABQMAQApjAEAPwwBABSMQQAqDEEAP4xBABUMgQABFoBADgLDQCOCw0ATicAAJKhAQDAkQMAWtkAAPwsAgDAkQMAcg4AAA4PBABkDwQAAkgOAKpXAQAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQAEWgEAOAsNAI4LDQCyNgQACDcEAF43BAC0NwQAZAsCAHATAwDoSQAAun0QABB+EABmfhAA0kICAHCgCQBa2QAA/CwCADohAgCSoQEAZAsCAHZ8CwCEtA4AEg0CAGgNAgC+DQIAFA4CAGoOAgAAAAAAZAsCACjSCQB+0gkAYosCALx4DQASeQ0AaHkNAL55DQAw/QcA0NoOACbbDgB82w4A0tsOACjcDgB+3A4AMP0HANDaDgAm2w4AfNsOANLbDgAo3A4AftwOAHZ8CwCEtA4AEg0CAGgNAgC+DQIAFA4CAGoOAgBMRA8Avn8QAAYdDQDY3g4ASrgJAMqQAABmiQAABh0NANjeDgBKuAkAypAAAGaJAAB+0AgAZAsCAExEDwC+fxAAFIAQAGqAEADAgBAAFoEQAGyBEADCgRAAGIIQAMqQAACSoQEAkqEBAGQLAgCSDQ0A6A0NAD4ODQCUDg0AkLwPACKUAQB8FwIAZAsCAAJEDACETgYAgiwLANgsCwByDgAATicAAJJJAABkCwIAnNkFAPLZBQBI2gUAzloPACRbDwB6Ww8A0FsPAHwXAgBa6wkAsOsJAGQLAgCc2QUA8tkFAEjaBQDOWg8AJFsPAHpbDwDQWw8AkMkAAHIOAADoHgAA+jcIAGQLAgA6IQIAwJEDAHATAwDA4wEAFIAQAMx8CwD6NwgAZAsCALbPDwBOJwAAZAsCAAJEDABYRAwAhhgAACqWAACAlgAAZAsCAHZ8CwCEtA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEABFoBADD9BwCOkA8A5JAPAMCPAgAWkAIAZAsCALx6DgBajQUAJCwNAHosDQDQLA0ATEQPAKJEDwBMRA8AokQPAPhEDwBORQ8AnNkFAOrPAgAAoRAAVqEQAKyhEAACohAAWKIQAK6iEAAEoxAAWqMQAExEDwCiRA8ABh0NADohAgDyPw4AJMICAOIvCgB2fAsAhLQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQBa2QAA/CwCAP5yDwBUcw8AvHoOAGJ8EAA+SgAAoKwDAOgNDQDSQgIAOkwCAGKLAgCSSQAAZAsCAJzZBQDqzwIAAKEQAFahEACsoRAAts8PAE4nAABkCwIAvHoOAGJ8EAA+SgAAugsCAFQZDQCSoQEAkqEBAOihAQBa2QAAzJMBACKUAQB8FwIAZAsCAHZ8CwCEtA4AAFgBAFZYAQCsWAEAAlkBAFhZAQCuWQEAypAAANJCAgCQvA8AIpQBAHwXAgBkCwIAnBINAPISDQACyw8A+jcIAJKhAQAOZQQAIpQBAHwXAgBkCwIAts8PAE4nAABkCwIAvHoOAGJ8EAA+SgAAKLUQAH61EADUtRAAKrYQAIC2EADWthAALLcQAIK3EADYtxAALrgQAIS4EADauBAAMLkQAKgtAgD+LQIAiLgPAALLDwDcGAAA3kYBAOhJAAA+SgAA2p4DAGQLAgB2fAsAhLQOAABYAQBWWAEArFgBAAJZAQBYWQEArlkBAARaAQC2zw8AdsoHAMzKBwAiywcAeMsHAM7LBwAkzAcAeswHAA5MDQBkTA0AukwNABBNDQBwEwMAAAAAAAAAAAAAAAAAZAsCACSADAAoCxEAfgsRANQLEQACRAwAWEQMAEDsEACW7BAA7OwQAELtEACY7RAABh0NAKAKCAD6NwgAwJEDAGaJAACOdgIAhhgAAGQLAgAGHQ0AoAoIAPo3CAACGQwAhhgAACgLEQB+CxEA1AsRAAJEDABYRAwAQOwQAJbsEADs7BAAQu0QAJjtEAAGHQ0AoAoIAPo3CAByDgAAFI8CAGqPAgB+0AgA1NAIAHwXAgD25QoANBwBAGQLAgACRAwAWEQMAEDsEACW7BAA7OwQAELtEACY7RAAOiECAJAhAgC46QYAkM0CAJKhAQACSA4AAkQMAFhEDABA7BAAluwQAOzsEABC7RAA0hcCAGQLAgB8FwIA9uUKAEzmCgAkgAwAKAsRAH4LEQDUCxEAAkQMAFhEDABA7BAAluwQAOzsEABC7RAAmO0QAFYAAACQSgEA5koBACTCAgDMkwEA+jcIAJK9DwCAlgAAIKkMABSPAgBajQUAJCwNAJxSAgCCLAsAfBcCAMCRAwBwEwMAsjYEAAg3BABeNwQAtDcEAFrZAADMkwEAhE4GAOhJAABkCwIAdnwLAIS0DgAAWAEAVlgBAKxYAQACWQEAWFkBAK5ZAQCoLQIA/i0CALx6DgD4ww4AAnENACjSCQB+0gkAgJYAAO45DABEOgwAZAsCAAIZDABYGQwAUnAOAFYAAAA0HAEAZAsCAHZ8CwDc4g8AMuMPAAAAAACI4w8AQpUPAA48BQAC4gUAAssPAPo3CABkCwIAugsCABAMAgBmDAIAvAwCAFrZAADMkwEAhE4GAOhJAABkCwIAdnwLAIS0DgDatA4AMLUOANpOBgCc2QUA8tkFALyLAQDQAQ0AJgINACYCDQD6xA4AfMEBAIwECgDiBAoAOAUKALp7DwAQfA8AVgAAAJBKAQDmSgEATEANAKJADQD4QA0ATkENAGQLAgCc2QUA8tkFAEKVDwCYlQ8A7pUPAESWDwCalg8A8JYPAA5lBAB+hA0A1IQNAMbwBgDAkQMAZLMAALqzAAB4qgwAzqoMACSrDAC8dgwAEncMACqWAACAlgAA1OsAAOL2AgB8FwIA0hcCAGaJAABifBAAPkoAANqeAwAwnwMABh0NAFwdDQCyHQ0AvHoOABJ7DgBoew4AGn8OABAMAgBmDAIAYvUMALj1DAD4ww4AAnENADD9BwDoHgAAKpYAALx6DgBifBAAPkoAALoLAgA8lBAAkpQQAOiUEAA+lRAAMP0HAI6QDwDkkA8AwI8CABaQAgBkCwIAvHoOAFqNBQAkLA0AeiwNACjSCQB+0gkATEQPANJCAgDuOQwARDoMAGQLAgA0HAEAAuIFACTCAgDiLwoAVBkNANJCAgBkCwIANBwBAIocAQDSQgIAOkwCAAJEDABYRAwATicAAFQZDQDSQgIANBwBAALiBQCcUgIACmcGAC5QBwAqlgAAxvAGAMTEBgCSSQAACmcGAC5QBwCg4wkAZAsCALoLAgAQDAIAZgwCALwMAgC6CwIAVBkNANJCAgBkCwIAvHoOAGaJAADcxgEAYnwQAD5KAADangMAMJ8DACayDwAosw8AfrMPANSzDwC6CwIAEAwCAGYMAgAiBA8AeAQPAGQLAgC8eg4AEnsOAGh7DgDCeQwAGHoMAG56DADEegwAGnsMAHB7DADGewwAHHwMAJj+AwDu/gMAQpUPAJiVDwBOAgMApAIDAAJIDgAyxwEA7G0RAEJuEQBs2xIAHgAOAMCRAwCAwwEARpsRAEbzEgD6NwgA0j4AAJhuEQDubhEARpsRAF5REQBCTAAAimsTAEbzEgD6NwgARvMSAEbzEgD6NwgARpsRAGjZEgBG8xIAimsTAHwXAgA+HwAAIBIBAIprEwAgEgEA5pURAOaVEQD6NwgAkr0PAEAgAAAgEgEAPMoAAKAGBgD+SxEA/ksRAEbzEgCgBgYARvMSAFZyDgDiaBEAOGkRAFr7EQDsbREAQm4RAEpJEgCKaxMAaAkAAEabEQDiaBEAOGkRACASAQCEZBEAdrUSAMy1EgB4tBEAfBcCAOaVEQCYmREA7pkRAOxtEQBCbhEA8kcSADQcAQC+fxAA5pURAD5sEQDmlREAoOMJAE4iEwBa+xEARpsRAIppEgBG8xIAaAkAAGgJAAAMfhEAYn4RALh+EQCKaxMAcg4AAEpyEQCgchEASnIRAKByEQA+whEAimsTAAJxDQCuBwMA+jcIAJiHCAD6NwgADH4RAGJ+EQBiARMAIBIBAAx+EQBifhEAYgETAD4fAADsbREAQm4RAO5QAgBkCwIA3ocMAEabEQBwEwMAkkkAAOaVEQA6ogIA+jcIAEabEQAqRAIASnIRAKByEQDmlREAnnERAPRxEQBKchEANpUSAEpyEQA2lRIAaK4SAOaVEQAWgxEADn8RAGR/EQCEZBEADn8RAAAAAABkCwIADH4RAGJ+EQAMfhEAYn4RAAx+EQBifhEA9nIRAFr7EQBMTBMAokwTAGo5AgCecREAhGQRAEpyEQCgchEAajkCAPo3CABkCwIAimsTAGQLAgD6TRMAWHkRABBZEwBGmxEARpsRAFziBABc4gQAXOIEAHATAwB+0AgAbAAQAH79CQBsABAA0FsPANBbDwCSSQAAyH4NALqsEgBE+QAAcg4AAHIOAADKhxEAZn4QAET5AABGnRIAcg4AAGZ+EADmlREA5pURAOaVEQDmlREA5pURAIRkEQCEZBEA5pURAOaVEQDmlREA5pURAOaVEQDmlREAhGQRAIRkEQCEZBEA5pURAOaVEQDmlREAhGQRAIRkEQDWjREAhGQRAIRkEQDmlREA5pURAOaVEQBkCwIAZAsCACgPEwBoCQAAKA8TAGgJAACKkhEAmr0NAGQLAgCKaxMA0kICAIwECgBkCwIAcg4AAHIOAADmlREA5pURAJKhAQAQWRMADH4RAGJ+EQBwEwMARpsRAIprEwByDgAAQJgRAGQLAgCUzwIA6B4AAMCRAwBa6wkAhhgAAPo3CABunQgA+jcIAL7ZEgBGmxEAJOISABBZEwByDgAA4HQCAFrZAABa2QAAWtkAAIprEwBa2QAAlE4CAIoPEACKaxMA4HQCAIprEwAiawIAmPESAK7REgAE0hIApJ8RAIprEwBUUBMAqlATAJL5AgAgEgEAimsTACbfEABoCQAAimsTAFYAAACGGAAAkr0PAF5REQDAkQMA2JASAFYAAACY8RIAaAkAAIprEwCKaRIAaAkAAEabEQBoCQAAaAkAAFJNEgBGmxEAXlERABSPAgDAkQMAaq0RAKIDBABW3QMAZqsRABLmAwDgaxMAoAoIAIRkEQB2tRIAzLUSAMrfEgBQ2gMADH4RAGJ+EQBiARMAlMIRAIRkEQCKaxMAotwFAE7ZAwD89hEAhGQRAOaVEQDmlREADH4RAGJ+EQDmlREAmJkRAO6ZEQDIDgAARpsRADpaCQACSA4ARpsRAOSWEgDklhIARpsRACi5EgCSlhEARCoEAGQLAgBGmxEAerURAKAGBgCKaxMAZAsCAGQLAgBkCwIA4GsTAGQLAgBeUREAimsTAGQLAgBGmxEAEFkTAJiZEQDumREAZAsCAKDbBQBSeBIA5IgLAORjDgCKaxMAuGgGAIprEwCYYAoAwNgRAEAgAABGmxEAerURANC1EQDCWhIAimsTABSPAgACSA4ARpsRAGjZEgBE+QAAUngSAPz2EQCG2gsAErUAADohAgBkCwIAhGQRAHa1EgDMtRIADH4RAMCvEgDkYw4AoEkSAF5REQByDgAAIBIBAObAEQCYRRIA7kUSAMJaEgCSSQAAhGQRAHa1EgDMtRIAyt8SACDgEgDCWhIAkkkAAMJaEgCSSQAAylwRAFTNEQCKaxMAZAsCAIprEwBkCwIARpsRAGjZEgBa+xEARpsRACCzEQB2sxEAzLMRAI5AEgBkCwIAAnENAGrYEQBGmxEA5pURAJiZEQDumREAGtsRAEQDBgBeUREATiITADSIDADgaxMA5pURAOBrEwDmlREAZAsCAHATAwDg6BEANukRAIzpEQAgsxEAdrMRAMyzEQAitBEAAlASAODoEQA26REAjOkRAMpcEQA4UQUAhGQRAHa1EgDMtRIAyt8SACDgEgBACwsAimsTABSPAgCKaxMAUngSAF5REQBc4gQATtkDAIIsCwDmlREAmJkRAO6ZEQAYWxIAQCAAAIRkEQB2tRIAzLUSAIprEwBwEwMAyt8SACDgEgDg2AkAwloSAJJJAAAy5xEAiOcRAN7nEQB24BIAuGgGADLnEQDmlREAksMSAIRkEQDgaxMA5pURAJiZEQDgaxMAAkgOAGQLAgAQWRMAmJkRAO6ZEQA61QYARpsRAGjZEgCKaxMAVhoNAEabEQCKaxMAvpYGABzeEgCEZBEA4GsTAEpyEQCgchEA+jcIAPhKEgDg6BEANukRAIzpEQAQWRMAmJkRAO6ZEQBqrREAFI8CAAJIDgAc3hIAimsTAAJIDgBkCwIAOJYSAPo3CAAkwgIAHN4SAHLeEgDI3hIAylwRACASAQBGmxEAimsTAPjDDgBeUREAIKkMAIRkEQAc3hIAhGQRABzeEgDmlREA4GsTAOBrEwDgaxMA5pURAJiZEQDumREAILMRAHazEQDMsxEAOmwSAHbgEgDM4BIAUngSAEAgAAAitBEA6sIRABzeEgBy3hIAyN4SAB7fEgAQWRMAkpYRAJZxEwDevBEANL0RAJZxEwAy5xEAHN4SAIRkEQB2tRIAzLUSAIRkEQB2tRIAzLUSAIprEwCAuhIAouoMAIprEwACSA4AimsTADYACABeUREAZAsCAKAGBgAgEgEARpsRACi5EgCSlhEACtUSAAAAAAD6NwgAAAAAADZsEwBGmxEAKLkSAJKWEQAK1RIAAAAAAPo3CAAAAAAAimsTAIprEwBs2xIAimsTAGzbEgCKaxMAbNsSADZsEwCKaxMA5JYSAOBrEwDmlREA5pURAJiZEQDumREARpsRAAAAAABo2RIAAnENAIRkEQB2tRIAzLUSAAinEQCKaxMAmPESAJJJAAAQVxIAwK8SAKAKCAB8uBIA0rgSAGIBEwDAkQMAHN4SAHLeEgDI3hIARpsRAEabEQDmlREAmJkRAO6ZEQDAcgkAAAAAAK4lEgAEJhIAWiYSAG6dCACSwxIA6MMSAD7EEgCKaxMAylwRAKLqDAB8wwIAAkgOAEabEQCKaxMA2JASAHR5CgDKXBEAimsTAKDjCQBa+xEADH4RAGJ+EQBKchEAoHIRAIRkEQB2tRIAzLUSAIh1AwBGmxEAimsTAPjYAwDmlREA5pURAJiZEQDumREA+jcIAEAgAADmlREAFK8SAOaVEQCYmREA7pkRABZcEwAAAAAAhGQRAHa1EgDMtRIARpsRAHq1EQDQtREAXlERAEabEQBc7AkAUngSAF5REQDgHAEAAAAAAIprEwBSeBIAXlERAOAcAQAgNBIAhGQRAHa1EgDMtRIAKLkSAJKWEQCKaxMARpsRAOaVEQCYmREA7pkRAIprEwDAkQMAAnsSAGQLAgDgPhIA5pURAET5AAAUcgkAkkkAACTiEgDAkQMAoAYGAIprEwCAlgAA5JYSAIh1AwCm9hEAZAsCAGQLAgBGmxEAYgETAGZZEwAgEgEAWvsRAGQLAgDyRxIAhE4GAHq1EQDQtREApvYRACKUAQAgNBIAdjQSAMw0EgD6NwgAAAAAAAAAAAAAAAAAimsTAFJ4EgAAAAAAAAAAAAAAAADyRxIAsFESAJJJAABkCwIAIBIBAIprEwCY8RIAUngSAPo3CADmlREA/PYRAPz2EQDmlREAkpYRAK4HAwAiYhMAdrUSAMy1EgDK3xIAIOASAE4iEwAQWRMAkpYRAFziBACEZBEA2mQRAFziBAAqlgAAkkkAAPYKCACKaxMAZokAAPYKCADgaxMAulYSAKb2EQAMfhEAYn4RAPZyEQB6tREA0LURAAx+EQBifhEA9nIRAHq1EQDQtREAkkkAAJJJAADA2BEAfMEBAJLDEgDowxIAPsQSAMJaEgCKaxMAwJEDAOaVEQCKaxMA+NgDAG7cEgBkCwIA5pURAJiZEQDumREAJGESAHphEgBc4gQAXOIEAIprEwD42AMA+NgDAKDbBQA4lhIAXlERAAAAAACKaxMAimsTACqWAABGmxEA+NgDAIC6EgBkCwIAAEELAHwXAgDobRIAPm4SAFYAAABWAAAAuGgGAEabEQBkCwIAimsTAIprEwCGGAAAhGQRAHa1EgDMtRIASvMRAFYaDQBQ2gMA5pURAJiZEQDumREATEQPAAx+EQDArxIAjJUSAIppEgCg4wkAimkSAIppEgD6NwgAhhgAAAx+EQDArxIAYn4RAIRkEQBGmxEAimkSAOBpEgA2ahIATiITAKB0EgAcsxIA5pURAPjYAwBGmxEAPAcKAEoOCgAAAAAAAE8SAFZPEgAAAAAAAAAAALQYCgAgHgcAVhoNAEabEQCKaxMAimsTAOSWEgBGmxEAIBIBAJJJAABGmxEAimsTAL5/EABkCwIARpsRACy7EgCGGAAA5sARAE4iEwBa+xEAimsTAIprEwCKaxMAhhgAAIYYAACGGAAAWvsRAIprEwCKaxMAhhgAAIYYAACGGAAAhhgAAIYYAADmlREAmJkRAO6ZEQCKaxMAZAsCAIprEwBkCwIAimsTACASAQDMihIAIBIBAGQLAgCKaxMAaAkAAMyKEgBoCQAAgLoSAKDjCQDMihIAcBMDAAAAAADAkQMAeIsSAMCRAwCKaxMAgLoSAKp7EwBGmxEAqnsTAIprEwCqexMA5pURAJiZEQDumREAimsTAO7ADwAgEgEAXlERAHIOAAByDgAAXlERAAJIDgCAuhIAcBMDAIprEwBwEwMAhGQRAHa1EgDMtRIA5pURAJiZEQDumREAZAsCADpMAgCKaxMAZAsCAIprEwBGmxEAqHgSAGQLAgBkCwIAoAYGAJCXEgAgEgEAODAKAE4iEwBGmxEA+jcIAGgJAACKaxMAzIoSAAAAAABkCwIASnIRAKByEQA+whEAvn8QAOaVEQCYmREA7pkRAILmEgBGmxEA7EYTAGjZEgCWRhMARpsRAEabEQBGnRIAnJ0SAPKdEgBGnRIAnJ0SAPKdEgBInhIAnp4SAEadEgCcnRIA8p0SAEieEgCenhIAaNkSAOaVEQCYmREA7pkRAILmEgBGmxEA7EYTAGjZEgCWRhMARpsRAKhDDQBGmxEAkkkAACTCAgCSSQAAEFkTAJiZEQDumREARpsRALirEgD6NwgAwJEDAE5BDQBwEwMAjhcTAMCvEgCQywEAZAsCAHIOAAAAAAAAIKkMAAAAAAA2lRIACqoSAGCqEgC2qhIAimsTABBZEwCYmREA7pkRAGQLAgBoCQAAXOIEAFziBABOIhMAZAsCAIRkEQBkCwIARpsRAHATAwBGmxEAQn0DAJjxEgCY8RIATEQPAEabEQCKaxMAZAsCAAx+EQBifhEAEFkTAJiZEQDumREAEFkTAGQLAgD6NwgAimsTAPo3CAAMqxIAkOEMAKDjCQBoCQAATiITALLiBAB+OhMAEowBAET5AAAK1RIASnIRAKByEQC0SQ0AjhcTAK5EDABkCwIA4sASAGQLAgCuRAwAoPUSAE73EgDyaA0AwOMBAIRkEQB2tRIAzLUSAGQLAgCKaxMAimsTABBZEwAUjwIAFI8CABBZEwAQWRMA+jcIAKp3EQAAeBEA7sYSAHCFEQCEZBEA5pURAJKWEQAoGAIABh0NACrDAQAOfxEAhGQRAK5dAwDA4wEAoNsFAOawCQAwUQcAfBcCAJJJAACC9wUA+jcIAIprEwACSA4AKA8TAJTPAgBWWgIAlM8CAFZaAgD2VAIA5IgLAOBrEwB8wwIAimsTAGgJAABkCwIAxoURAOgeAACuXQMA+k0TAGQLAgCKaxMAnnERAODIAQCKaxMATiITAJBuEwCy4gQAimsTAHATAwBwEwMAcBMDAHATAwBGmxEARpsRACq6EgCSlhEAzrYSAGQLAgCSSQAAFI8CAGzbEgByDgAAAkgOAIRkEQB2tRIAzLUSAG6dCADmlREAmJkRAO6ZEQB24BIAzOASAHq1EQDQtREAerURANC1EQDmlREAoPUSAGo5AgCKaxMAZAsCAK4HAwBKchEAsP0SAEabEQBsBhMAfoQNAALLDwBkCwIAoPUSAE73EgAOpg8AhhgAAKD1EgBO9xIADqYPAGxlAgCg9RIATvcSAA6mDwAMfhEAYn4RAGIBEwAOAhMA1uUSACzmEgDa5xIAoPUSAE73EgAOpg8AoPUSAE73EgAOpg8AoPUSAE73EgAOpg8ADH4RAGJ+EQAOpg8AOmQOAAx+EQCyqBIAEFkTABSvEgCKaxMAZAsCAE4nAABOJwAAfBcCAFYvAgD+SxEAlO8SAE7tDQBo2RIAZAsCAIprEwBkCwIAfFgNAKDKEgDkYw4AZAsCAGQLAgCOwRIAWvsRAExMEwBifhEAkMsBAGQLAgAohg4APqIBAFQZDQCC5hIA5pURAHwXAgDQLA0AguYSAHATAwCC5hIAcBMDAEabEQBkCwIAZAsCAKD1EgBO9xIAimsTAAx+EQBifhEAYgETAEQ6DABkCwIAZAsCAGQLAgA+whEAZAsCAIDlEgA+aA8Acg4AAHCqDgBKchEARpsRAIRkEQAg/wwArkQMABZcEwAAAAAArkQMABaqDwB4DBMAGKsPAM4MEwBa+xEAHrQSABBZEwCSlhEAoPUSAOhnDwD+SxEAWvsRAHgMEwBa+xEAzgwTAFr7EQCg9RIATvcSAJTEEgBWAAAAwkgJAJJJAAAIfBEAcg4AAGQLAgCuRAwAjsESAGQLAgCMlRIAbGUCAGoFEwCYRxMA7kcTAMCRAwBEOgwA+jcIAGQLAgBkCwIAZAsCAIprEwASTg0AEk4NABJODQASTg0AfBcCAHwXAgBq1A8AZAsCAAx+EQDeFBMAoPUSAPJJEwBkCwIAoPUSAD5oDwBkCwIARvMSAFr9EgAMfhEAsP0SAGQLAgBsBhMAwgYTADRAEwAYBxMAZAsCAGQLAgCg9RIAPmgPAEbzEgBa/RIADH4RALD9EgBkCwIAWB8PAPIeEwAMfhEAYn4RABBZEwCSlhEAZAsCAI4XEwBOIhMATiITAET5AABwshIASiATAByzEgAW5AEAEk4NABJODQASTg0AEk4NAGQLAgBqBRMAop4RAA5/EQBogREARDoMAM5aDwDuUAIASEoTALKoEgBG8xIARpsRAEpLEwBGmxEATiITAHATAwBO7Q0ATu0NAGQLAgBWGg0AbAYTAMIGEwD6NwgA+jcIAJKUEAAMfhEAYn4RAFYaDQBsBhMAwgYTAPo3CAD6NwgAkpQQAJLuEgDo7hIADH4RAMCvEgBorhIAAAAAAEabEQBGmxEArgcDAOaVEQCg9RIAXHcPAL5YEgDArxIAwjETAIY+EwAQWRMAFK8SAHATAwAUWRIAYgETAIIsCwCKaxMAPE0CAFYAAACC5hIAoPUSAFx3DwCSSQAA5pURAPo3CABkCwIADH4RAGJ+EQCSlBAA+EQPAHATAwBwEwMAfMEBAHzBAQB8wQEAfMEBAHATAwBGmxEAfMEBAGQLAgBkCwIAZAsCAAAAAAAAAAAAoPUSAPJJEwAMfhEAYn4RAJKUEABUcw8AimsTAKD1EgCCLAsAimsTAKD1EgD6TRMARpsRAGQLAgBkCwIAwJEDAPo3CAAqlgAAZAsCAGoFEwCYRxMA7kcTAERIEwCaSBMA8EgTAEZJEwBwEwMADH4RAGJ+EQD2chEAbAYTAMIGEwBGmxEADH4RAMCvEgDy8xIAEFkTAJiZEQCecREA/i0CAJTvEgCmThMA/E4TAFJPEwCoTxMAEFkTAJKWEQDQzAcAEFkTAEabEQCuUhMAcBMDAAJIDgDQWQ4A2ucSAARJDgCg9RIA6GcPAJTvEgCmThMA/E4TAFJPEwCoTxMA/k8TANrnEgCU7xIApk4TAPxOEwBSTxMAqE8TAP5PEwDmlREATiITAPj2EgAgEgEAjsESAIprEwAgEgEAaNkSACASAQBo2RIASnIRADaVEgAgEgEAZAsCAKD1EgBO9xIADH4RAGJ+EQD+LQIAbjITAG4yEwD+LQIAhGQRAIRkEQCEZBEA4OgRAIRkEQCEZBEAhGQRAIRkEQBKchEANpUSAIRkEQDg6BEAhGQRAHi2EgCEZBEAeLYSAIRkEQB4thIAksMSAHi2EgCEZBEAeLYSAIRkEQB4thIAcrERAHi2EgCEZBEAeLYSACCzEQB2sxEAuH4RAGQLAgBOIhMAZAsCAHATAwBGmxEAhhgAAAJIDgAOfxEARMcSACQNEwAkDRMADn8RAGR/EQB+0AgAOG0TAHATAwBwEwMAcg4AAHIOAAACpBEARpsRABbkAQCEZBEAimsTAPhEDwCWcRMA+EQPAIprEwCEZBEAXlERAIprEwBeUREAhGQRAHa1EgBeUREA8HMTAEZ0EwCEZBEAcBMDAOC/EgBGmxEAZAsCAGQLAgBkCwIAqnsTAGQLAgBkCwIAZAsCAKp7EwBkCwIAKtEIAKp7EwCKaxMAmO0QAGQLAgBkCwIAqnsTAEabEQAgsxEAdrMRAMyzEQCEZBEABFoBAEbzEgBa/RIAZAsCABBZEwCSlhEADH4RAGJ+EQBiARMAEowBAHwCDQBwMxMAfjoTAAJIDgDumxIANpUSAGiuEgDkYw4A5pURABSvEgDkYw4AimsTAH7QCAAIpxEALLsSAKD1EgBO9xIADH4RAMCvEgDCMRMAimsTAF5REQDQLA0AhhgAAIprEwCg4wkADH4RAGJ+EQBiARMAztkOAAinEQA6QxMADH4RAN4UEwCg9RIA6GcPAIprEwA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAIAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAAAAgAEAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAEAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAQAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAACAAAAAEAAAEJAjEIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAKCAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAQAAAAAAAAAAAAAABAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABBAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQACBgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAACAAAAAAAAAAACABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAAiAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAgAAAAAIAAQAABgAAiAAAAAEAAAEJAjUIAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACACAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAIAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAGAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAMAAAAAAMAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAEAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAACAYAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAIAAQAABgAACAAAAAEAAAAJAjEIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAACAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAEEAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAIAAAABAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAg"},"index":{"lists":[[13,14,15,29,30,109,111,112,113,201,236],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,86,87,89,90,91,92,93,94,95,96,97,98,99,100,104,105,106,107,109,111,112,113,117,122,123,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,272],[1,2,4,5,6,7,8,9,10,13,14,15,16,17,18,19,20,21,29,30,51,52,53,54,55,56,57,59,60,61,62,63,66,67,68,69,70,71,72,73,74,75,76,77,81,82,86,87,89,90,91,92,93,94,95,96,97,98,99,100,103,104,105,106,107,109,111,112,113,117,122,123,129,150,153,154,156,167,168,169,172,173,174,175,180,181,189,192,201,206,208,209,210,213,214,217,226,227,231,236,238,240,241,242,243,245,247,248,250,251,254,255,256,257,258,261,262,263,272],[5,13,14,15,20,29,30,51,52,79,102,109,111,112,113,201,216,236,258,261,278],[13,14,15,20,29,30,109,111,112,113,141,142,143,201,236,264,265,266,267,268,269,270],[6,7,13,14,15,29,30,109,111,112,113,201,217,236],[13,14,15,29,30,78,80,109,111,112,113,201,236],[13,14,15,29,30,109,111,112,113,201,236,251,271],[10,13,14,15,29,30,91,109,111,112,113,122,123,148,149,176,177,201,236,251,256,257],[10,13,14,15,29,30,109,111,112,113,141,142,143,201,236],[10,13,14,15,29,30,54,77,84,89,92,96,97,109,111,112,113,133,141,142,143,144,161,180,181,183,187,195,198,201,209,211,212,213,214,225,233,234,235,236,244,272],[13,14,15,29,30,37,38,39,45,46,109,111,112,113,121,186,199,201,202,204,236,237,250],[13,14,15,29,30,109,111,112,113,145,201,236,284],[12,13,14,15,29,30,109,111,112,113,201,236],[1,10,13,14,15,20,21,29,30,109,111,112,113,141,142,143,170,171,188,201,236,238,242,243,272],[10,13,14,15,20,28,29,30,31,34,109,111,112,113,141,142,143,147,170,171,201,236,238,242,243,272],[4,10,13,14,15,18,19,20,29,30,56,109,111,112,113,141,142,143,170,171,201,217,236,238,242,243,255,272],[6,10,13,14,15,20,29,30,40,109,111,112,113,141,142,143,170,171,172,201,203,236,238,242,243,260,272],[0,2,9,10,11,13,14,15,16,18,20,29,30,33,43,44,47,48,106,109,111,112,113,141,142,143,164,170,171,172,182,185,201,217,219,236,238,239,242,243,246,249,252,272,273,276,279,280,283,285],[3,5,10,13,14,15,20,25,29,30,33,43,47,48,50,59,62,63,85,88,107,108,109,111,112,113,117,119,125,126,128,134,141,142,143,146,151,154,157,164,170,171,172,179,184,191,193,194,200,201,205,206,217,218,229,232,236,238,242,243,272,281,286],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,17,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,25,27,29,30,33,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272,277],[10,13,14,15,20,29,30,105,109,111,112,113,141,142,143,170,171,172,178,197,201,236,238,242,243,262,272,274,275],[10,13,14,15,20,29,30,100,108,109,111,112,113,120,124,135,141,142,143,166,170,171,179,201,221,236,238,242,243,262,272],[10,13,14,15,20,29,30,32,59,109,111,112,113,119,127,141,142,143,156,157,170,171,190,200,201,206,236,238,242,243,272],[9,10,13,14,15,20,22,29,30,49,83,109,111,112,113,141,142,143,170,171,172,201,236,238,242,243,272],[10,13,14,15,16,20,29,30,32,33,65,109,111,112,113,141,142,143,156,170,171,200,201,236,238,242,243,272],[10,13,14,15,20,23,24,29,30,35,36,58,70,109,111,112,113,118,130,132,136,141,142,143,152,158,159,160,162,163,165,170,171,175,196,201,207,208,220,223,228,230,231,236,238,242,243,253,259,272],[10,13,14,15,19,20,21,29,30,73,109,110,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[7,10,13,14,15,20,29,30,109,111,112,113,141,142,143,170,171,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,33,109,111,112,113,141,142,143,170,171,172,200,201,236,238,242,243,272],[10,13,14,15,20,26,29,30,32,109,111,112,113,141,142,143,170,171,200,201,236,238,242,243,272],[13,14,15,29,30,109,111,112,113,116,131,137,138,139,140,155,201,222,224,236,282],[13,14,15,29,30,81,109,111,112,113,201,236],[10,13,14,15,20,29,30,41,42,109,111,112,113,141,142,143,201,236,238,242,243,272],[13,14,15,29,30,51,109,111,112,113,201,236],[13,14,15,29,30,52,55,57,60,61,109,111,112,113,201,236],[13,14,15,29,30,53,109,111,112,113,201,236],[13,14,15,29,30,64,68,69,71,109,111,112,113,201,236],[13,14,15,29,30,67,90,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,114,115,201,236],[13,14,15,29,30,67,91,93,109,111,112,113,201,236],[13,14,15,29,30,67,109,111,112,113,201,236],[13,14,15,29,30,72,74,76,90,109,111,112,113,201,236,245],[13,14,15,29,30,75,109,111,112,113,174,201,236],[13,14,15,29,30,90,109,111,112,113,201,236,245],[13,14,15,29,30,91,93,99,109,111,112,113,201,236,263],[13,14,15,29,30,93,109,111,112,113,201,236],[13,14,15,29,30,98,104,109,111,112,113,201,236,245,263],[13,14,15,29,30,101,109,111,112,113,201,215,236],[13,14,15,29,30,109,111,112,113,173,201,236],[13,14,15,29,30,109,111,112,113,201,236,245],[13,14,15,29,30,109,111,112,113,201,236,263],[13,14,15,29,30,95,109,111,112,113,201,236,248],[5,13,14,15,20,29,30,51,52,95,109,111,112,113,201,236,248,258,261],[13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,248],[6,7,13,14,15,29,30,95,109,111,112,113,201,217,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,251],[10,13,14,15,29,30,91,95,109,111,112,113,122,123,201,236,248,251,256,257],[10,13,14,15,29,30,95,103,109,111,112,113,201,226,227,236,248],[10,13,14,15,29,30,54,77,82,86,87,89,92,94,95,96,97,109,111,112,113,180,181,192,201,209,210,213,214,226,227,236,248,272],[13,14,15,29,30,95,109,111,112,113,201,236,248,250],[1,8,10,13,14,15,20,21,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,254,272],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[4,10,13,14,15,18,19,20,29,30,56,95,109,111,112,113,201,217,226,227,236,238,240,241,242,243,248,255,272],[6,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[2,9,10,13,14,15,16,18,20,29,30,95,106,109,111,112,113,172,201,217,226,227,236,238,240,241,242,243,247,248,272],[5,10,13,14,15,20,29,30,59,62,63,95,107,109,111,112,113,117,150,154,172,201,206,217,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,189,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,17,20,29,30,95,109,111,112,113,129,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,95,105,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,95,100,109,111,112,113,201,226,227,236,238,240,241,242,243,248,262,272],[10,13,14,15,20,29,30,59,95,109,111,112,113,156,201,206,226,227,236,238,240,241,242,243,248,272],[9,10,13,14,15,20,29,30,95,109,111,112,113,172,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,16,20,29,30,95,109,111,112,113,150,153,156,201,226,227,236,238,240,241,242,243,248,272],[10,13,14,15,20,29,30,70,95,109,111,112,113,150,175,201,208,226,227,231,236,238,240,241,242,243,248,272],[10,13,14,15,19,20,21,29,30,73,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[7,10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,240,241,242,243,248,272],[13,14,15,29,30,81,95,109,111,112,113,201,236,248],[10,13,14,15,20,29,30,95,109,111,112,113,201,226,227,236,238,242,243,248,272],[13,14,15,29,30,51,95,109,111,112,113,201,236,248],[13,14,15,29,30,52,55,57,60,61,95,109,111,112,113,201,236,248],[13,14,15,29,30,53,95,109,111,112,113,201,236,248],[13,14,15,29,30,68,69,71,95,109,111,112,113,201,236,248],[13,14,15,29,30,66,67,90,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,95,109,111,112,113,201,236,248],[13,14,15,29,30,67,91,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,72,74,76,90,95,109,111,112,113,167,201,236,245,248],[13,14,15,29,30,75,95,109,111,112,113,174,201,236,248],[13,14,15,29,30,90,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,91,93,95,99,109,111,112,113,169,201,236,248,263],[13,14,15,29,30,93,95,109,111,112,113,201,236,248],[13,14,15,29,30,95,98,104,109,111,112,113,201,236,245,248,263],[13,14,15,29,30,95,109,111,112,113,168,201,236,248],[13,14,15,29,30,95,109,111,112,113,169,201,236,248],[13,14,15,29,30,95,109,111,112,113,173,201,236,248],[13,14,15,29,30,95,109,111,112,113,201,236,245,248],[13,14,15,29,30,95,109,111,112,113,201,236,248,263]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,35,0,0,36,37,0,14,15,16,17,18,19,20,20,21,22,20,23,24,25,26,27,20,28,29,30,31,32,33,34,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,38],[9679,39],[8250,40],[9135,41],[215,42],[10095,43],[10003,44],[8595,45],[10008,46],[9472,47],[10007,48],[10004,49],[8730,50],[10006,51],[8505,52],[9762,0],[9888,0],[8617,0],[8226,53],[10060,54],[9654,55],[65123,55]],"plainDefault":0,"spaced":[56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,56,57,58,56,56,59,56,56,56,60,56,61,62,56,63,63,63,63,63,63,63,63,63,63,56,56,56,64,56,56,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,82,83,56,65,66,67,68,69,70,71,66,72,73,66,66,66,74,75,76,66,77,78,79,80,81,72,66,66,66,56,56,56,56,56],"spacedOther":[[160,56],[5760,56],[8192,56],[8193,56],[8194,56],[8195,56],[8196,56],[8197,56],[8198,56],[8199,56],[8200,56],[8201,56],[8202,56],[8232,56],[8233,56],[8239,56],[8287,56],[12288,56],[65279,56],[9676,84],[9679,85],[8250,86],[9135,87],[215,88],[10095,89],[10003,90],[8595,89],[10008,91],[9472,92],[10007,93],[10004,94],[8730,95],[10006,96],[8505,56],[9762,97],[9888,97],[8617,98],[8226,99],[10060,100],[9654,101],[65123,101]],"spacedDefault":56,"blank":56}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,75,77,78,79],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,56,57,59,60,61,62,63,64,65,66,67,68,69,71,72,73,74,75,77,78,79,82,86,87,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,53,54,56,57,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,77,78,79,82,86,87,92,105,106,107,108,114,115,116,119,120,121,126,127,134,137],[6,7,26,27,51,70,75,77,78,79],[6,7,75,77,78,79,99,100,101],[6,7,50,52,75,77,78,79],[6,7,61,75,77,78,79,86,87,103,104,122,123],[6,7,29,49,55,59,62,66,67,75,77,78,79,95,99,100,101,102,110,126,127,129,132,138],[6,7,13,14,20,21,75,77,78,79,85,132],[6,7,75,77,78,79,102],[6,7,75,77,78,79,99,100,101,117,118,133],[5,6,7,8,11,75,77,78,79,99,100,101,102,117,118],[6,7,75,77,78,79,99,100,101,117,118],[6,7,15,75,77,78,79,99,100,101,117,118,119],[6,7,10,18,19,22,23,73,75,77,78,79,99,100,101,113,117,118,119,128,131],[2,6,7,10,18,22,23,25,33,36,37,55,58,74,75,77,78,79,82,83,89,90,91,96,99,100,101,102,107,108,113,117,118,119,125,130,136,138],[6,7,75,77,78,79,99,100,101,117,118,119],[2,4,6,7,10,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,84,96,99,100,101,113,117,118,125],[6,7,9,33,75,77,78,79,83,90,99,100,101,108,117,118,135],[0,6,7,24,54,75,77,78,79,99,100,101,117,118,119],[6,7,9,10,75,77,78,79,99,100,101,108,117,118],[0,1,6,7,12,32,42,75,77,78,79,82,93,94,96,99,100,101,108,109,111,112,113,117,118,121],[6,7,45,75,76,77,78,79,99,100,101,117,118],[3,6,7,9,10,75,77,78,79,99,100,101,117,118,119],[3,6,7,9,75,77,78,79,99,100,101,117,118],[6,7,75,77,78,79,82,93,97,98,107],[6,7,53,75,77,78,79],[6,7,16,17,75,77,78,79,99,100,101],[6,7,30,75,77,78,79,99,100,101],[6,7,75,77,78,79,99,100,101,106],[6,7,72,75,77,78,79,99,100,101,124],[6,7,69,74,75,77,78,79,88,99,100,101],[6,7,38,75,77,78,79,99,100,101],[6,7,26,75,77,78,79],[6,7,27,30,31,34,35,75,77,78,79],[6,7,28,75,77,78,79],[6,7,37,41,42,43,75,77,78,79],[6,7,40,60,75,77,78,79],[6,7,40,75,77,78,79,80,81],[6,7,40,61,63,75,77,78,79],[6,7,40,75,77,78,79],[6,7,44,46,48,60,75,77,78,79],[6,7,47,75,77,78,79,121],[6,7,60,75,77,78,79],[6,7,61,63,69,75,77,78,79],[6,7,63,75,77,78,79],[6,7,68,71,75,77,78,79],[6,7,70,75,77,78,79],[6,7,75,77,78,79,120],[6,7,65,75,77,78,79],[6,7,26,27,65,70,75,77,78,79],[6,7,61,65,75,77,78,79,86,87],[6,7,65,70,75,77,78,79],[6,7,29,49,54,56,57,59,62,64,65,66,67,75,77,78,79,126,127,137],[6,7,65,75,77,78,79,119],[6,7,65,73,75,77,78,79,119],[6,7,33,36,37,65,74,75,77,78,79,82,105,107,108,119],[6,7,65,75,77,78,79,134],[6,7,65,75,77,78,79,92],[6,7,33,65,75,77,78,79,108],[6,7,54,65,75,77,78,79,119],[6,7,65,75,77,78,79,105,106,108],[6,7,42,65,75,77,78,79,82,105,108,121],[6,7,45,65,75,77,78,79],[6,7,65,75,77,78,79,82,107],[6,7,53,65,75,77,78,79],[6,7,30,65,75,77,78,79],[6,7,65,75,77,78,79,106],[6,7,65,72,75,77,78,79],[6,7,65,69,74,75,77,78,79],[6,7,26,65,75,77,78,79],[6,7,27,30,31,34,35,65,75,77,78,79],[6,7,28,65,75,77,78,79],[6,7,37,41,42,43,65,75,77,78,79],[6,7,39,40,60,65,75,77,78,79],[6,7,40,65,75,77,78,79],[6,7,40,61,63,65,75,77,78,79],[6,7,44,46,48,60,65,75,77,78,79,114],[6,7,47,65,75,77,78,79,121],[6,7,60,65,75,77,78,79],[6,7,61,63,65,69,75,77,78,79,116],[6,7,63,65,75,77,78,79],[6,7,65,68,71,75,77,78,79],[6,7,65,75,77,78,79,115],[6,7,65,75,77,78,79,116],[6,7,65,75,77,78,79,120]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,17,12,16,18,19,12,20,21,22,23,12,24,25,12,12,26,0,0,27,28,0,4,4,29,4,4,30,4,4,4,4,4,4,4,31,32,4,4,4,33,30,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[8250,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,50,50,50,50,50,50,50,50,50,52,53,50,54,54,54,54,54,54,54,54,54,54,50,50,50,50,50,50,50,50,50,50,55,56,57,58,50,55,59,50,50,50,55,50,60,50,61,62,63,64,50,55,50,50,50,65,50,50,66,50,50,50,50,67,50,50,68,50,50,50,50,50,50,50,69,70,50,50,50,50,68,50,50,50,50,50,50,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,71],[9679,72],[8250,73],[9135,74],[215,75],[10095,76],[10003,77],[8595,76],[10008,78],[9472,79],[10007,80],[10004,81],[8730,82],[10006,83],[8505,53],[9762,84],[9888,84],[8617,85],[8226,86]],"spacedDefault":50,"blank":50}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[4,6,7,11,12,24],[4,6,7,8,11,12,24],[13],[7,9,10,11,12,20,26,27,28],[2],[1],[3,4,14,22,25],[16],[4],[0,5,6,15,18,23,24],[17,19],[21],[7,8,11,12],[6,24]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
