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
} from "./chunk-K2KPAOXO.js";
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
  serviceForPhpLibraryFile,
  serviceForPhpName,
  serviceForPort,
  serviceForSocket,
  serviceForTool,
  speaksHttp
} from "./chunk-OSC2T3SQ.js";
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
      if (rule.service !== "" && groups.host?.toLowerCase() === "localhost" && LOOKUP_FAILED.test(line)) return { kind: "infrastructure", confidence: "high", service: rule.service, note: "localhost did not resolve: the runner lost its loopback name" };
      const role = rule.service !== "" && read.kind === "infrastructure" && read.confidence === "ambiguous" && read.service === "" && groups.host !== void 0 && !NO_HOST_LABEL.test(groups.host) ? ROLE_HOST.exec(groups.host) : null;
      if (role && serviceForHost(role[1] ?? "") !== void 0 && sameService(serviceForHost(role[1] ?? "") ?? "", rule.service)) return { kind: "infrastructure", confidence: "high", service: rule.service };
      const compound = rule.service !== "" && read.kind === "infrastructure" && read.service === "" && groups.host !== void 0 ? otherServiceIn(groups.host, rule.service) : void 0;
      if (compound) return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ""}, a name for ${compound}: a setting copied from another service, or that service missing` };
      if (rule.service !== "" && read.kind === "infrastructure" && read.service !== "" && !sameService(read.service, rule.service)) {
        return { kind: "infrastructure", confidence: "ambiguous", service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ""}, ${read.service}'s host name: a setting copied from another service, or that service missing` };
      }
      return read;
    }
    case "named": {
      const service = canonicalService(groups.service ?? "");
      return service ? { kind: "infrastructure", confidence: rule.confidence, service } : void 0;
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
    case "file:php": {
      const service = serviceForPhpLibraryFile(groups.path ?? "");
      return service ? { kind: "infrastructure", confidence: "ambiguous", service, note: "the project may have built the path or the include_path wrong" } : void 0;
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
var NO_HOST_LABEL = /(?:^|\.)\d{1,10}(?:\.|$)|\.(?:invalid|example)$/i;
var LOOKUP_FAILED = /Errno -[235]\b|\[Errno -[235]\]|Error -[235] |EAI_(?:NONAME|AGAIN|NODATA)|ENOTFOUND|Name or service not known|[Tt]emporary failure in name resolution|No address associated with hostname|nodename nor servname provided|no such host|could not translate host name|\(SocketError\)|hostname resolving error|server misbehaving|UnknownHostException/;
var ROLE_HOST = /^([a-z][a-z0-9]{1,30})-(?:master|primary|replica|slave|main|leader|follower|server|srv|svc|service|cache|db|database|node|cluster|sentinel|broker)(?:-?\d{1,3})?(?:\.[a-z0-9-]{1,63}){0,6}$/;
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
    // cargo's word on a test binary that ended without libtest's own failure status (101): it died inside a test (a
    // `process::exit` in the code, attack 35b), with no result of that test printed. A failure of its own, unexplained.
    { event: "outside", pattern: /^\s{0,8}process didn't exit successfully: `(?<name>[^`\n]{1,500})` \(exit status: (?!101\))\d{1,3}\)$/ },
    { event: "end", pattern: /^failures:$|^test result: |^\s+Summary \[/ }
  ],
  reportedFailures: /^test result: FAILED\. \d+ passed; (\d{1,6}) failed/,
  // libtest's result line when no test failed.
  passedAll: /^test result: ok\. \d{1,9} passed; 0 failed;/
};

// src/classify/dialects/dotnet.ts
var DOTNET = {
  id: "dotnet",
  markers: [
    { event: "start", pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
    { event: "end", pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
  ],
  reportedFailures: /^Failed!\s+-\s+Failed:\s+(\d{1,6})/,
  // dotnet test's line when no test failed.
  passedAll: /^Passed!\s+-\s+Failed:\s+0,/
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
  // The module's totals, not each class's line (`..., Time elapsed: 0.2 s <<< FAILURE! -- in com.acme.OrdersTest`), which
  // the totals count again: a reactor's modules each print theirs, and they add up.
  reportedFailures: /^\[(?:ERROR|WARNING)\] Tests run: \d+, Failures: (\d+)(?:, Errors: (\d+))?(?![^\n]{0,200}Time elapsed)/
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
  // Its summary box (MutableTestExecutionSummary.printTo) counts failed containers (a class whose
  // `@BeforeAll` threw, an engine) apart from failed tests, each line below `Test run finished after`:
  // both are failures it lists, in the tree's `Failures (N):` as in the flat mode's `=> Exception:` blocks.
  reportedFailures: /^\[\s{1,20}(\d{1,6}) (?:tests|containers) failed\s{0,20}\]$/,
  reportedSumFrom: /^Test run finished after \d{1,9} ms$/,
  // The path is display names (MutableTestExecutionSummary.describeTest): a class's simple name, so
  // `a.StoreTest` and `b.StoreTest` print alike; the source below it (printSource) tells them apart.
  unitIdentity: /^\s{2,8}((?:MethodSource|ClassSource) \[className = '[^'\n]{1,300}'[^\n]{0,500})$/
};
var FLAT_LINE = (label, pad) => new RegExp(`^${label}: {${pad}}(?<name>[^\\n]{1,600}? \\(\\[engine:[^\\n]{1,2000}\\))$`);
var CONSOLE_FLAT = {
  id: "junit-console-flat",
  markers: [
    { event: "run", pattern: FLAT_LINE("Started", 5), contains: "([engine:" },
    // Its outcome is the block below it, or nothing (it succeeded): concluded, not yet failed.
    { event: "run", pattern: FLAT_LINE("Finished", 4), contains: "([engine:", awaitsResult: true, detailsIndented: true },
    { event: "pass", pattern: FLAT_LINE("Skipped", 5), contains: "([engine:" },
    // Why it was skipped (a condition's words, `@Disabled("...")`): no account of any failure.
    { event: "quiet", pattern: /^ {13}=> Reason: /, contains: "=> Reason: " },
    // A running test's report entry, and a dynamic test registered before it starts: the test's lines.
    { event: "run", pattern: FLAT_LINE("Reported", 4), contains: "([engine:" },
    { event: "run", pattern: FLAT_LINE("Registered", 3), contains: "([engine:" },
    { event: "end", pattern: /^Test execution (?:started\. Number of static tests: \d{1,9}|finished\.)$/ }
  ],
  // The `=> Exception:` block's own lines, each indented 13 spaces (FlatPrintingListener.indented), after a
  // test's output cut it (its writer flushes in blocks: seen cutting a stack frame in two in real runs).
  resumesDetails: /^ {13}\S/,
  // Every test and container it starts it finishes: one started and never finished is one the JVM died inside.
  concludesEveryTest: true,
  // A throwable below `Finished:`, unless it says the test was aborted (Jupiter's and the vintage engine's
  // assumption failures are counted as aborted, in the summary's `tests aborted`, not as failed).
  failedBlock: /^ {13}=> Exception: (?!(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException)(?::|\s*$))/,
  // Throwable.toString(): the class's binary name, then `: ` and the message, or nothing. The launcher's writer flushes
  // in blocks while a test's own prints go out at once, so one can land inside the line (`shop.PricingExceptiprice cache
  // unavailable...: java.net.ConnectException: Connection refused`, attack 39a): then the account is not read.
  wholeBlockStart: /^ {13}=> Exception: [\w$]{1,200}(?:\.[\w$]{1,200}){0,40}(?::(?: |$)|\s*$)/
};
var JUNITCORE = {
  id: "junitcore",
  markers: [
    { event: "details", pattern: /^There (?:was 1 failure|were \d{1,6} failures):$/ },
    { event: "start", pattern: /^(?<key>\d{1,5})\) (?<name>[\w$]{1,300}\([\w.$]{1,300}\)|[a-z][\w$]{0,100}\.[\w$.]{1,300})$/ },
    { event: "end", pattern: /^FAILURES!!!$|^OK \(\d{1,6} tests?\)$|^Tests run: \d{1,6},\s{1,3}Failures: \d{1,6}$/ }
  ],
  reportedFailures: /^Tests run: \d{1,6},\s{1,3}Failures: (\d{1,6})$/,
  // JUnitCore's footer when every test passed.
  passedAll: /^OK \(\d{1,9} tests?\)$/,
  // JUnitCore's `JUnit version 4.13.2`, then a `.` as each test starts (its output follows on the same line).
  banner: /^JUnit version \d{1,3}\.\d{1,3}(?:\.\d{1,3})?$/,
  progress: /^\.{1,200}(?![./])/,
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
  // jest's count when no test failed.
  passedAll: /^Tests:\s{1,20}(?![^\n]{0,200}\bfailed\b)\d{1,9} (?:skipped|todo|passed), [^\n]{0,200}\d{1,9} total$/,
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
  // vitest's count when no test failed.
  passedAll: /^\s{0,20}Tests\s{1,20}\d{1,9} passed(?![^\n]{0,200}\bfailed\b)[^\n]{0,200}\(\d{1,9}\)$/,
  groupsIdenticalFailures: true
};
var AVA = {
  id: "ava",
  markers: [
    // Printed when the test ends, after what it printed: what follows is other tests' output (AVA runs files in parallel
    // workers), never this test's (attack 33b); its details come later, under its title (`titledDetails`).
    { event: "listed", pattern: /^\s{0,4}✘ \[fail\]: (?<name>\S[^\n]{0,500})$/, afterOutput: true },
    // A passing test's line (ava lib/reporters/default.js: `✔` then the title), printed when it ends: what another worker
    // printed just before it (a passing test's logged fallback) is not the failing test's above (attack 33b).
    { event: "pass", pattern: /^\s{0,4}✔ (?!\[)\S[^\n]{0,500}$/, afterOutput: true },
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
  reportedFailures: /^\d{1,6} specs?, (\d{1,6}) failures?/,
  // Jasmine's summary when no spec failed.
  passedAll: /^\d{1,9} specs?, 0 failures(?:, \d{1,9} pending specs?)?$/
};
var UVU = {
  id: "uvu",
  markers: [
    // Listed, not opened: uvu prints a suite's failures when the suite ends, and the next file's output runs on after them
    // with nothing marking where a block stops (attack 37a). Its message, diff and stack are read outside any unit: a
    // mismatch there counts against the run, a refusal there explains no test.
    { event: "listed", pattern: /^\s{0,4}FAIL {1,4}(?<name>\S[^\n]{0,300}? {1,4}"[^"\n]{1,300}")$/ },
    { event: "end", pattern: /^\s{0,4}Total:\s{1,10}\d{1,9}$/ }
  ]
};
var MOCHA = {
  id: "mocha",
  markers: [
    // Inline, `  1) does x` lists a failing test; its details come after `N failing` under the same number.
    // A passing test's line ends whatever came before; what a test prints comes before its line.
    { event: "pass", pattern: /^\s*(?:✓|✔|√) \S/, afterOutput: true },
    { event: "start", pattern: /^\s{0,40}<dt class="error">(?![/.]|[A-Za-z]:\\)(?<name>[^<\n]{1,300})<\/dt>$/, afterOutput: true },
    // A hook's inline line (`  1) "before each" hook for "x"`) comes after what the hook printed, as a test's does.
    { event: "outside", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/, afterOutput: true },
    // Spec's `  1) does x`, or the list reporter's `  suite does x:   1) suite does x`.
    // minitest's `  1) Error:` / `  1) Failure:` is that runner's, whose details follow the line.
    // mocha before 6 printed a failure's details under `fullTitle()`, its root suite's empty title and a space
    // before the test's (lib/runnable.js: `this.parent.fullTitle() + ' ' + this.title`): a failure outside any
    // suite (`Uncaught error outside test suite`, a root hook) is headed `  1)  Uncaught error outside test suite:`.
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) {1,2}(?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
    { event: "details", pattern: /^\s*\d+ failing$/ },
    { event: "end", pattern: /^\s*\d+ (?:passing|pending)\b/ }
  ],
  reportedFailures: /^\s*(\d{1,6}) failing$/,
  // mocha's count of passing tests; with a failure its `N failing` follows, a count of its own (reportedFailures).
  passedAll: /^\s{0,4}\d{1,9} passing \(\d{1,9}(?:ms|s|m)\)$/
};
var NODE_TEST = {
  id: "node:test",
  markers: [
    { event: "details", pattern: /^\s*✖ failing tests:$/ },
    // TAP's passing result, with the dash or without it (tape: `ok 2 should be strictly equal`, attack 35c).
    { event: "pass", pattern: /^\s*✔ |^\s*ok \d{1,6}(?: -)? \S/, afterOutput: true },
    // TAP's YAML block after `not ok` ends at `  ...`: what follows is the next test's output.
    { event: "end", pattern: /^ℹ (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \d|^# (?:tests|pass|fail|suites) \d|^ {2}\.\.\.$/ },
    // mocha's CLI prints `✖ ERROR: <error>` when it cannot load or run (a --require, a root hook): no test's line.
    { event: "start", pattern: /^\s*✖ (?!ERROR: )(?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true, detailsIndented: true },
    // TAP: `not ok 3 - name`, or without the dash (tape, node-tap's plain form).
    { event: "start", pattern: /^\s*not ok \d+(?: -)? (?<name>[^\n#]{1,500}?)(?: # [^\n]{0,200})?$/, afterOutput: true }
  ],
  reportedFailures: /^ℹ fail (\d{1,6})$|^# fail (\d{1,6})$/,
  // node:test's count when no test failed (spec and tap reporters).
  passedAll: /^ℹ fail 0$|^# fail 0$/,
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
  // Its session header, then a `.` for each test that passed, a test's own output (`-s`) printed where it falls on the
  // progress line: a passing test's printed traceback is followed by its `.` (attack 37c).
  banner: /^=+ test session starts =+$/,
  progress: /^\.{1,200}(?![./])/,
  // The session was stopped (`pytest.exit()` in a fixture, a collection error, Ctrl-C): the summary after it counts
  // only the tests that ran before, so it does not say that no test failed.
  interrupted: /^!{1,40} (?:_pytest\.outcomes\.Exit\b|Interrupted\b|KeyboardInterrupt\b|stopping after \d)/,
  // With `-q` the same counts stand alone, without the `=` rule (`1 failed, 1 passed in 0.01s`): counted too (attack 39b).
  reportedFailures: /^=+ (?:[^\n]{0,200}?, )??(?:(\d{1,6}) failed\b(?:, [^\n]{0,200}?\b(\d{1,6}) errors?\b)?|(\d{1,6}) errors?\b)|^(?:(\d{1,6}) failed\b(?:, [^\n=]{0,200}?\b(\d{1,6}) errors?\b)?|(\d{1,6}) errors?\b)[^\n=]{0,300} in \d{1,9}(?:\.\d{1,9})?s(?: \(\d{1,2}:\d{1,2}(?::\d{1,2})?\))?$/,
  // pytest's final line when nothing failed or errored.
  // With `-q` the same counts stand alone, without the `=` rule (`3 passed in 0.01s`, attack 32a).
  passedAll: /^=+ (?![^\n]{0,300}\b(?:failed|errors?|no tests ran)\b)\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\b[^\n]{0,300} in \d{1,9}(?:\.\d{1,9})?s\b[^\n]{0,60}=$|^(?![^\n]{0,300}\b(?:failed|errors?)\b)\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\b[^\n]{0,300} in \d{1,9}(?:\.\d{1,9})?s(?: \(\d{1,2}:\d{1,2}(?::\d{1,2})?\))?$/,
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
    // The failures formatter (`--format failures`, rspec-core FailureListFormatter) lists each failed example as
    // `path:line:description` and nothing else: a failure listed without details (attack 36c).
    { event: "listed", pattern: /^(?<name>\.\/\S{1,300}_spec\.rb:\d{1,6}:\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^Finished in |^Failed examples:|^\d+ examples?, / }
  ],
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/,
  // RSpec's summary with nothing failed (with an error outside the examples it goes on: `, 1 error occurred outside of examples`).
  // Its JSON formatter's one line holds the same summary (`"summary_line":"2 examples, 0 failures"`, attack 32a).
  passedAll: /^\d{1,9} examples?, 0 failures(?:, \d{1,9} pending)?$|"summary_line":"\d{1,9} examples?, 0 failures(?:, \d{1,9} pending)?"/,
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
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/,
  // minitest's summary with nothing failed.
  passedAll: /^\d{1,9} runs, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} skips$/
};
var MINITEST_REPORTERS = {
  id: "minitest-reporters",
  markers: [
    { event: "start", pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {1,63}FAIL \(\d{1,6}\.\d\ds\)$/, asserts: true },
    { event: "start", pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {0,63}ERROR \(\d{1,6}\.\d\ds\)$/ },
    { event: "pass", pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {1,63}(?:PASS|SKIP) \(\d{1,6}\.\d\ds\)$/ },
    { event: "details", pattern: /^Finished tests in \d{1,6}\.\d{6}s, \d{1,9}\.\d{4} tests\/s, \d{1,9}\.\d{4} assertions\/s\.$/ },
    { event: "start", pattern: /^(?<name>Failure):$/, asserts: true, namedBelow: true, afterItsTests: true },
    { event: "start", pattern: /^(?<name>Error):$/, namedBelow: true, afterItsTests: true },
    { event: "pass", pattern: /^(?<name>Skipped):$/, namedBelow: true, afterItsTests: true },
    { event: "end", pattern: /^Finished in \d{1,6}\.\d{5}s$|^\d+ tests, \d+ assertions, \d+ failures, \d+ errors, \d+ skips$/ }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures, (\d{1,6}) errors, \d{1,6} skips$/,
  // base_reporter.rb's summary with nothing failed.
  passedAll: /^\d{1,9} tests, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} skips$/,
  repeatsAreFailures: true
};
var TEST_UNIT = {
  id: "test-unit",
  markers: [
    { event: "start", pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: "start", pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: "end", pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/,
  // test-unit's summary with nothing failed.
  passedAll: /^\d{1,9} tests, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} pendings, \d{1,9} omissions, \d{1,9} notifications$/
};

// src/classify/dialects/elixir.ts
var EXUNIT = {
  id: "exunit",
  markers: [
    // The counter is right-aligned in three columns (` 10)`, `100)`): the indentation shrinks as it grows.
    { event: "start", pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>(?:test|doctest|property) [^\n]{1,500}? \([A-Z][\w.]{0,200}\))$/, detailsIndented: true },
    // A module's setup_all failed: every test of the module failed outside any test.
    { event: "outside", pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>[A-Z][\w.]{0,200}: failure on setup_all callback[^\n]{0,200})$/, detailsIndented: true },
    { event: "end", pattern: /^Finished in [\d.]+ seconds?/ }
  ],
  detailsDepth: 5,
  loggedSection: /^ {5}The following output was logged:$/,
  reportedFailures: /^\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\n]{0,200}?, (\d{1,6}) failures?\b/
};

// src/classify/dialects/php.ts
var PHP_LETTERS = "\\w\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF";
var TEST_NAME = `[${PHP_LETTERS}\\\\]{1,300}::[${PHP_LETTERS}]{1,300}`;
var phpunitKey = (name) => `phpunit:${name}`;
var PROVIDER_NAMES = new RegExp(`^The data provider specified for (?<name>${TEST_NAME}) is invalid\\.?$`);
var PHPUNIT = {
  id: "phpunit",
  markers: [
    // PHPUnit's failures are its AssertionFailedErrors (an assert*, `$this->fail()`, a mock's expectation), its errors
    // every other Throwable (sebastianbergmann/phpunit src/Framework/TestResult.php run(): `catch (AssertionFailedError $e)
    // { $failure = true; }`, `catch (Throwable $e) { $error = true; }`; ResultPrinter printErrors/printFailures).
    { event: "details", pattern: /^There (?:was|were) \d{1,6} errors?:$/ },
    { event: "details", pattern: /^There (?:was|were) \d{1,6} failures?:$/, listsAssertions: true },
    // Numbering restarts in each section: a test is known by its name, each data set apart (PHPUnit counts each).
    // Read only inside its sections (`sectionHeader`), until the summary: a bootstrap's own numbered report before
    // PHPUnit's banner (`1) App\\Lager::größe`) is not its failures (attack 29k).
    // PHP names take bytes \x80-\xff as letters (php.net "Names"; UTF-8 source: `testWirdAufgefüllt`): letters of Latin-1
    // Supplement and Latin Extended-A/B (× and ÷ left out), Greek and Cyrillic are read too (attack 29j).
    { event: "start", pattern: new RegExp(`^\\d{1,6}\\) (?<name>${TEST_NAME}(?: with data set [^\\n]{1,300})?)$`), inSection: true, keyFromName: phpunitKey },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    // PHPUnit counts them as `Warnings: 1`, `Risky: 1`, never under the `Errors:`/`Failures:` that `reportedFailures` reads
    // (DefaultResultPrinter::printFooter): an entry listed there stands for none of those (attack 29j).
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/, entriesCountedApart: true },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  // PHPUnit 9's TestBuilder reports a data provider that threw as a test named `Error` (ErrorTestCase; PHPUnit 8 and a
  // --filter run: `Warning`, WarningTestCase) whose message names the test: `The data provider specified for %s::%s is
  // invalid.`, then the provider's exception. Keyed as that test, so a run printed twice (a retried step) lists it once.
  headedBelow: { head: /^\d{1,6}\) (?<name>Error|Warning)$/, name: PROVIDER_NAMES, keyFromName: phpunitKey },
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors: (\d{1,6})(?:, Failures: (\d{1,6}))?|Failures: (\d{1,6}))/,
  // PHPUnit's footer when no test failed or errored (a skipped or risky test can still fail the run under failOnSkipped/failOnRisky).
  passedAll: /^OK \(\d{1,9} tests?, \d{1,9} assertions?\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/,
  // TextUI's version string, then a `.` for each test that passed (`E`, `F`, `S` for the others), a test's own output
  // printed where it falls on the progress line (`..invalid price`).
  banner: /^PHPUnit \d{1,3}\.\d{1,3}(?:\.\d{1,3})?\S{0,40} by Sebastian Bergmann and contributors\.$/,
  progress: /^\.{1,200}(?![./])/,
  // DefaultResultPrinter::printDefects() heads each kind's list `There %s %d %s%s:` (error, failure, warning, risky test,
  // incomplete test, skipped test; PHPUnit 10's ResultPrinter adds deprecations, notices, runner warnings alike).
  sectionHeader: /^There (?:was|were) \d{1,6} [A-Za-z][A-Za-z ]{0,60}:$/
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
  // A data provider that threw (PHPUnit 9's ErrorTestCase, `✘ Error` under `Error Test Case (PHPUnit\\Framework\\ErrorTestCase)`):
  // the test it names two lines below, behind the bar, after an empty one.
  headedBelow: { head: /^\s{1,8}✘ (?<name>Error|Warning)(?: \[[\d.]{1,12} ?m?s\])?$/, name: PROVIDER_NAMES, keyFromName: phpunitKey, blankLines: 1, underFile: /^(?:Error|Warning) Test Case \(PHPUnit\\Framework\\(?:Error|Warning)TestCase\)\s*$/ }
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, UVU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_FLAT, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 318\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^ {13}=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^(?:Error|Warning) Test Case \\\\(PHPUnit\\\\\\\\Framework\\\\\\\\(?:Error|Warning)TestCase\\\\)\\\\s*$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,4}RUN\\\\s{1,4}v\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\b/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b|^\\\\s{0,12}Expected$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,62,64,66,71,74,75,76,182,191,213,227,239,240,266,271,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,578,579,580,581,582,584,586,587,588,589,590,591,592,595,596,597,599],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,92,9654,65123],"words":12,"quiet":14139,"states":16048,"edges":"AAAAAAAAAAABAAAAWQAAAAIAAAAxjgAAAwAAAPMOAAAEAAAA7+AAAAUAAAA75AcABgAAAJjbAQAHAAAAHdQIAAgAAADjSwIACQAAANeVAAAKAAAAI0wAAAsAAAB0oQoADAAAAGebAAANAAAAYRkAAA4AAADioQEADwAAAKa5AAAQAAAArSgAABEAAAAjsAEAEgAAALwJAAATAAAA+z0CABQAAAAPDQQAFQAAAKduAgAWAAAAHiYBABcAAAAOWAIAGAAAAGRwAgAZAAAAymECABoAAADdewIAGwAAAFEIAwAcAAAAc1wDAB0AAAAAAAAAHgAAAGJoEAAfAAAAsBsBACAAAAC2qAIAIQAAAHmaDQAiAAAAIwkCACMAAAD2AQEAJAAAAJZlBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA73oPACkAAAAAAAAAKgAAACrRAQArAAAASFADACwAAABo9wEALQAAAOdADAAuAAAAAAAAAC8AAACJUwIAMAAAAAAAAAAxAAAAlK0CADIAAAAAAAAAMwAAALuLAwA0AAAAkcMSADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAABrgDwBAAAAArwAOAEEAAADPCw4AQgAAAJ1jEgBDAAAA1EcPAEQAAABmlg8ARQAAAAAAAABGAAAA9psPAEcAAAAAAAAASAAAAGy/DwBJAAAA8cMPAEoAAAC5xg8ASwAAANcYFQBMAAAA9+wPAE0AAABtEBAATgAAAMYQEABPAAAAdSkQAFAAAAChLRAAUQAAAE1eEABSAAAAI/wQAFMAAAB8/BAAVAAAAAEBEQBVAAAAAAAAAFYAAAAAAAAAVwAAAN/CEgBYAAAAOMMSAFsAAACyAAAAXAAAAEmsBABeAAAApicLAF8AAAAYVgEAYgAAAIemAABkAAAAlLcLAGUAAAAI1QkAagAAAEQMAgBtAAAAN3QCAHAAAABrpwQAdgAAAANBAAC1AAAACwEAAL8AAAD5sQMAwQAAAOraDAAOAQAAgzMTAGkBAAC9AQAAwwEAABYCAAAdAgAAbwIAAHcCAADIAgAAygIAACEDAAAqAwAAegMAAIQDAADTAwAA3gMAACwEAAA4BAAAhQQAAJIEAADeBAAA6AQAADcFAABFBQAAkAUAAJ8FAADpBQAA6wUAAEIGAABMBgAAmwYAAKkGAAD0BgAA+QYAAE0HAABaBwAApgcAAK4HAAD/BwAADwgAAFgIAABaCAAAsQgAAL8IAAAKCQAAGwkAANwzEwBqCQAANTQTAL4JAAA0GxAAvwkAAAmgDQDECQAAFQoAAMgJAACyjw0AyQkAAHGBDQDMCQAAW38NANEJAACstAwA1QkAAFYWEADYCQAAsisMABwKAABuCgAAIgoAAHLHDABzCgAAxwoAANMKAAAgCwAAIwsAAHkLAACBCwAA0gsAAN8LAAArDAAAMAwAAIQMAACODAAA3QwAAOUMAAA2DQAAQg0AAI8NAABFDQAA32sCAKINAADoDQAA9g0AAEEOAABEDgAAmg4AAKQOAACONBMA9Q4AAFV5AAD2DgAA59IBAPgOAABMDwAA/A4AAFhJDgD9DgAA0tMCAP4OAAD2ZQIA/w4AAPwfAAAADwAAs/YPAAEPAADLpwEAAg8AABszAAAEDwAANegDAAcPAABKQAMAEA8AAEKLBAATDwAAqPUPAFIPAAClDwAAWw8AACEYCgCrDwAA/g8AABIQAABXEAAAbBAAALAQAAC4EAAACREAABMRAABiEQAAZxEAALsRAADAEQAAFBIAABwSAABtEgAAgxIAAMYSAADIEgAAHxMAACwTAAB4EwAAjBMAANETAADZEwAAKhQAADkUAACDFAAAlBQAANwUAADqFAAANRUAAEEVAACOFQAAmxUAAOcVAADxFQAAQBYAAEMWAACZFgAAoRYAAPIWAAD0FgAASxcAAFwXAACkFwAAqhcAAP0XAAAJGAAAVhgAAFgYAACvGAAAthgAAAgZAAAcGQAA5zQTAGIZAADD8BIAYxkAAM+SAgBmGQAAuhkAAGoZAAAcQQIAbxkAANPWAwC8GQAA5dcAAL0ZAADumQkAwRkAALrrCwDCGQAAExoAAMQZAABFUgEAxRkAALNbCQDHGQAAOkUIAMkZAAABLg0AyxkAABjxBwDQGQAAapkCANMZAAC0lgcAFBoAAGwaAAAWGgAAsF0HABkaAABocA0AgxoAAMUaAADdGgAAHhsAACkbAAB3GwAAkBsAANAbAADSGwAAKRwAAEMcAACCHAAAkRwAANscAADgHAAANB0AAEEdAACNHQAAnR0AAOYdAADuHQAAPx4AAEseAACYHgAApR4AAPEeAAD7HgAASh8AAFAfAACjHwAAtx8AAEA1EwACIAAAVSAAAAYgAADiiQ8AEyAAADrVDQBwIAAAriAAALogAAAHIQAADSEAAGAhAABjIQAAECYHAGghAAC5IQAAvCEAANRIBwDAIQAAEiIAAMQhAAAi5AUAxyEAANtIBAAXIgAAayIAAHciAADEIgAAxyIAAB0jAAAlIwAAdiMAAIMjAADPIwAA1CMAACgkAAAyJAAAgSQAAIkkAADaJAAA3SQAADMlAAA8JQAAjCUAAI0lAADlJQAA5iUAAD4mAABDJgAAlyYAAJ0mAADwJgAA+iYAAEknAABRJwAAoicAAKUnAAD7JwAA/icAAFQoAABlKAAAmTUTAK8oAAAQ7wEAsigAAAUZDgC2KAAACnYSALkoAAAGKQAAuygAAHL/CQAeKQAAXykAAGIpAAC4KQAAxCkAABEqAAAeKgAAaioAAHEqAADDKgAAxSoAABwrAAAlKwAAdSsAAH8rAADOKwAA2SsAACcsAABDLAAAgCwAAIgsAADyNRMA3iwAADItAAA6LQAAiy0AAIwtAADkLQAA5i0AAD0uAABALgAAli4AAJkuAABLNhMA9C4AAEgvAABOLwAAoS8AAKgvAAD6LwAAAjAAAFMwAABWMAAArDAAALUwAAAFMQAABjEAAF4xAABfMQAAtzEAAMgxAAAQMgAAHjIAAGkyAAB1MgAAwjIAAMkyAACkNhMAITMAAHQzAAB2MwAAzTMAAOMzAAAmNAAALjQAAH80AACBNAAA2DQAAOE0AAAxNQAAOzUAAIo1AACVNQAA4zUAAO81AAA8NgAASTYAAJU2AACfNgAA7jYAAPw2AABHNwAAVjcAAKA3AACiNwAA+TcAAAM4AABSOAAAYDgAAKs4AACwOAAABDkAABE5AABdOQAAZTkAALY5AAC8OQAADzoAABs6AABoOgAAhToAAME6AADKOgAAGjsAACg7AABzOwAAeTsAAMw7AADYOwAAJTwAACg8AAB+PAAAhjwAANc8AADoPAAAMD0AAD49AACJPQAAoj0AAOI9AADjPQAAOz4AAFg+AAD9NhMAmT4AAO0+AADzPgAARj8AAE4/AACfPwAAqD8AAPg/AAD7PwAAUUAAAF1AAACqQAAAsEAAAK83EwAfQQAAXEEAAGRBAAAIOBMAuEEAAA5CAAAfQgAAZ0IAAG9CAADAQgAAzkIAABlDAAAcQwAAckMAAHpDAADLQwAA2EMAACREAAApRAAAfUQAAIdEAADWRAAA3kQAAC9FAAA7RQAAiEUAAJVFAADhRQAA40UAADpGAABTRgAAk0YAAKRGAADsRgAA+EYAAEVHAABMRwAAnkcAAKZHAAD3RwAA/EcAAFBIAABdSAAAqUgAALFIAAACSQAADEkAAFtJAABmSQAAtEkAAMBJAAANSgAAFUoAAGE4EwBySgAAv0oAAMVKAAAYSwAAM0sAAHFLAAB9SwAAyksAANBLAAC6OBMAKEwAACqDAgApTAAAixYGACpMAAB6tAgALkwAAHxMAAAvTAAAX+YBADFMAACy9AYAN0wAAI2MAgCCTAAAv14SAIhMAADVTAAA20wAAJ4aBADdTAAAEzkTADpNAACHTQAAjU0AAOBNAAD7TQAAOU4AAEVOAACSTgAAmE4AAOtOAADzTgAARE8AAEpPAACdTwAAqU8AAPZPAAATUAAAT1AAAFhQAACoUAAAtFAAAAFRAAAEUQAAWlEAAGRRAACzUQAAv1EAAAxSAAATUgAAZVIAAG1SAAC+UgAAv1IAAN1lAADBUgAAF1MAACZTAABwUwAAdlMAAMlTAADLUwAAIlQAADhUAAB7VAAAmVQAANRUAADtVAAALVUAAC9VAACGVQAAiVUAAN9VAADrVQAAOFYAAD9WAACRVgAAmVYAAOpWAADsVgAAQ1cAAExXAACcVwAAplcAAPVXAAAAWAAATlgAAFpYAACnWAAAtFgAAABZAAAKWQAAWVkAAGdZAACyWQAAwVkAAAtaAAANWgAAZFoAAG5aAAC9WgAAy1oAABZbAAAbWwAAb1sAAHxbAADIWwAA3VsAACFcAAApXAAAelwAAJNcAADTXAAA3FwAACxdAAA2XQAAhV0AAI1dAADeXQAA610AADdeAAA8XgAAkF4AAJheAADpXgAA6l4AAEJfAABEXwAAm18AAJ5fAAD0XwAA918AAGw5EwBSYAAApmAAAKxgAAD/YAAABmEAAFhhAABgYQAAsWEAALVhAAAKYgAADGIAAGNiAABmYgAAvGIAAMRiAAAVYwAAFmMAAG5jAAB0YwAAx2MAAMxjAAAgZAAAO2QAAHlkAACHZAAA0mQAANlkAAArZQAAN2UAAIRlAACLZQAAxTkTAN9lAAA2ZgAAOWYAAI9mAACSZgAAHjoTAO1mAABBZwAAR2cAAJpnAAChZwAA82cAABFoAABMaAAAZWgAAKVoAACnaAAA/mgAAAFpAABXaQAAY2kAALBpAAC3aQAACWoAABFqAABiagAAZGoAALtqAADEagAAFGsAAB5rAABtawAAeGsAAMZrAADSawAAH2wAACxsAAB4bAAAgmwAANFsAADfbAAAKm0AADltAACDbQAAhW0AANxtAADmbQAANW4AAENuAACObgAAk24AAOduAAD0bgAAQG8AAFVvAACZbwAAoW8AAPJvAAALcAAAS3AAAFRwAACkcAAArnAAAP1wAAAFcQAAVnEAAGNxAACvcQAAtHEAAAhyAAAQcgAAYXIAAGJyAAC6cgAAvHIAABNzAAAWcwAAbHMAAG9zAAB3OhMAynMAAB50AAAkdAAAd3QAAH50AADQdAAA2HQAACl1AAAtdQAAgnUAAIR1AADbdQAA3nUAADR2AAA8dgAAjXYAAI52AADmdgAA7HYAAD93AABEdwAAmHcAALN3AADxdwAA/3cAAEp4AABReAAAo3gAAK94AAD8eAAAA3kAANA6EwBYeQAArnkAAL95AAAHegAAD3oAAJG6AQAjegAAYHoAAGh6AAApOxMAyHoAABJ7AAAYewAAa3sAAG17AADEewAA2nsAAB18AAA7fAAAdnwAAHl8AADPfAAA23wAACh9AAAufQAAgX0AAJx9AADafQAA5n0AADN+AAA5fgAAjH4AAKp+AADlfgAA9X4AAD5/AABMfwAAl38AAJ1/AADwfwAA838AAEmAAABTgAAAooAAAMCAAAD7gAAAEYEAAFSBAABggQAArYEAALCBAAAGggAACYIAAF+CAABhggAAuIIAAM+CAAARgwAAHYMAAGqDAACGgwAAw4MAAMuDAACCOxMALYQAAHWEAACDhAAAzoQAANqEAAAnhQAANIUAAICFAACKhQAA2YUAAOGFAAAyhgAAM4YAAIuGAACNhgAA5IYAAOeGAAA9hwAAQIcAANs7EwCbhwAA74cAAPWHAABIiAAAT4gAAKGIAACpiAAA+ogAABCJAABTiQAAXIkAAKyJAACviQAABYoAAA+KAABeigAAZooAALeKAADQigAAEIsAAByLAABpiwAAcYsAADQ8EwDKiwAAG4wAAB6MAAB0jAAAfowAAM2MAADTjAAAJo0AADSNAAB/jQAAjI0AANiNAADvjQAAjTwTADKOAABhexEANI4AAGDeAQA3jgAAcboCADiOAAAupQgAOY4AANVABwA6jgAAmNAAADuOAAA+lQIAPo4AAN4NEQA/jgAAjksNAECOAACKjgAAQo4AAPNxCQBHjgAArm0HAEiOAABFOg8AlI4AAJxsCgCZjgAA444AAO+OAAA8jwAAPY8AAKpsBAA/jwAAlY8AAJiPAADujwAA9Y8AAGauAQD2jwAAR5AAAAaQAAB0PgEATpAAAKCQAACskAAA+ZAAAAaRAABSkQAAYJEAAKuRAAC3kQAABJIAAAuSAABdkgAAZZIAALaSAADGkgAAD5MAABSTAABokwAAbpMAAMGTAADJkwAAGpQAACOUAABzlAAAdpQAAMyUAADYlAAAJZUAACuVAADmPBMAnZUAAD89EwDklQAAMJYAADKWAACFDwEAM5YAAJneAgA3lgAAIxQDADuWAAC6AQ4APJYAAP4lAgA+lgAAcgsDAD+WAAAf+w0ASZYAACSzAgBQlgAAiZYAAJaWAADilgAA55YAADuXAAA/lwAAlJcAAKGXAADtlwAA9ZcAAEaYAAD4lwAAZcsLAE2YAACfmAAAVZgAAC8YBAChmAAA+JgAAAKZAABRmQAAU5kAAKqZAADDmQAAA5oAAAWaAABcmgAAX5oAALWaAADBmgAADpsAABabAACYPRMAbZsAAMCbAABvmwAAS6UVAHabAADjggcAeJsAAF7XBwB6mwAAp2MBAH+bAAAIqA0Ag5sAAOn4DgDGmwAADvQAANibAAAZnAAAG5wAAHKcAAAmnAAAALIAADKcAAC0ogAAgZwAAMucAADanAAAJJ0AADCdAAB9nQAAgJ0AANadAADZnQAAL54AAEeeAACIngAAj54AAOGeAADtngAAOp8AAEefAACTnwAAoZ8AAOyfAAD4nwAARaAAAEygAACeoAAAtqAAAPegAAADoQAAUKEAAFahAACpoQAAr6EAAAKiAAAHogAAW6IAAGGiAABKPhMAtqIAAA2jAAAUowAAZqMAAH6jAAC/owAAxqMAABikAAAxpAAAcaQAAImkAADKpAAA1qQAACOlAAAppQAAfKUAAIKlAADVpQAA2qUAAC6mAAA0pgAAoz4TAKCmAADgpgAA8aYAADmnAABHpwAAkqcAAKGnAADrpwAA86cAAESoAABkqAAAnagAAKmoAAD2qAAACqkAAE+pAABXqQAAqKkAAK6pAAABqgAADaoAAFqqAABkqgAAs6oAALmqAAAMqwAAGqsAAGWrAABxqwAAvqsAANmrAAAXrAAAGawAAHCsAACBrAAAyawAANGsAAAirQAAMK0AAHutAAB+rQAA1K0AANytAAAtrgAAOq4AAIauAACLrgAA364AAOmuAAA4rwAAQK8AAJGvAACTrwAA6q8AAPuvAABDsAAAVLAAAJywAAChsAAA9bAAAPmwAABOsQAAWrEAAKexAACusQAA/D4TAAWyAABZsgAAY7IAALKyAADKsgAAC7MAAA6zAABkswAAbbMAAL2zAAC+swAAFrQAABe0AABvtAAAdLQAAMi0AADOtAAAIbUAACu1AAB6tQAAhrUAANO1AADatQAALLYAAES2AACFtgAAh7YAAN62AADntgAAN7cAAEG3AACQtwAAm7cAAOm3AAABuAAAQrgAAFi4AACbuAAAoLgAAPS4AAD7uAAATbkAAFm5AABVPxMAqLkAAJIWAwCruQAAMZkBAK+5AACxVQcAsbkAAIImCQC3uQAA/7kAAAG6AADfxAIADboAAFi6AABkugAAsboAAGe6AACIqAkAvroAAAq7AAAUuwAAY7sAAGS7AABs4BIAa7sAALy7AADDuwAAFbwAANe7AABNxAEAGrwAAG68AAB6vAAAx7wAAMq8AAAgvQAAKL0AAHm9AACGvQAA0r0AANe9AAArvgAANb4AAIS+AACMvgAA3b4AAOC+AAA2vwAAP78AAI+/AACQvwAA6L8AAOm/AABBwAAARsAAAJrAAACgwAAA88AAAP3AAABMwQAAVMEAAKXBAACnwQAA/sEAAAfCAABXwgAAYcIAALDCAAC7wgAACcMAABXDAABiwwAAb8MAALvDAADFwwAAFMQAACLEAABtxAAAfMQAAMbEAADIxAAAH8UAACnFAAB4xQAAhsUAANHFAADWxQAAKsYAADfGAACDxgAAi8YAANzGAADdxgAANccAADvHAACOxwAAk8cAAOfHAADxxwAAQMgAAEXIAACZyAAAqMgAAPLIAAD3yAAAS8kAAFzJAACkyQAArMkAAP3JAAADygAAVsoAAGLKAACvygAAzMoAAAjLAAARywAAYcsAAG3LAAC6ywAAvcsAABPMAAAdzAAAbMwAAHjMAADFzAAAzMwAAB7NAAAmzQAAd80AAJDNAADQzQAA5M0AACnOAAAxzgAAgs4AAIXOAADbzgAA584AADTPAAA6zwAAjc8AAKjPAADmzwAA8s8AAD/QAABF0AAArj8TAKLQAADx0AAA/NAAAErRAABS0QAAt+MAAFbRAACj0QAAsNEAAPzRAAAG0gAAVdIAAGPSAACu0gAAvdIAAAfTAAAJ0wAAYNMAAGrTAAC50wAAx9MAABLUAAAX1AAAa9QAAHjUAADE1AAAzNQAAB3VAADU1AAAzo8BAB7VAAB21QAAIdUAAAh9AQAt1QAAvrYBAIfVAADP1QAA2NUAACjWAAA/1gAAgdYAAI/WAADa1gAA59YAADPXAAA71wAAjNcAAKvXAAAHQBMA7tcAAD7YAABI2AAAl9gAAKLYAABgQBMA8tgAAEnZAABS2QAAotkAAKzZAAD72QAABtoAAFTaAABg2gAArdoAALraAAAG2wAAENsAAF/bAABt2wAAuNsAAMfbAAAR3AAAE9wAAGrcAAB03AAAw9wAANHcAAAc3QAAId0AAHXdAACC3QAAzt0AANbdAAAn3gAALd4AAIDeAACM3gAA2d4AAPbeAAAy3wAAO98AAIvfAACZ3wAA5N8AAOrfAAA94AAASeAAAJbgAACd4AAAuUATAPHgAAD1bQIA9eAAAEjhAABN4QAAoeEAAFbhAAByegUAruEAAPrhAAAR4gAAU+IAAFTiAACs4gAAruIAAAXjAAAI4wAAXuMAAGHjAAASQRMA2OMAABDkAAAR5AAAaeQAAGvkAADC5AAAxeQAABvlAAAe5QAAa0ETAHnlAADN5QAA0+UAACbmAAAt5gAAf+YAAKHmAADY5gAA4OYAADHnAABA5wAAiucAAIznAADj5wAA9OcAADzoAABN6AAAlegAAKHoAADu6AAA9egAAEfpAABP6QAAoOkAAKTpAAD56QAAB+oAAFLqAABc6gAAq+oAALbqAAAE6wAACesAAF3rAABm6wAAtusAAMDrAAAP7AAAF+wAAGjsAABq7AAAwewAAM7sAAAa7QAALu0AAHPtAAB77QAAzO0AAM3tAAAl7gAAJ+4AAH7uAACB7gAA1+4AANruAADEQRMANe8AAInvAACP7wAA4u8AAOnvAAA78AAAQ/AAAJTwAACj8AAA7fAAAPLwAABG8QAAU/EAAJ/xAACv8QAA+PEAAAbyAABR8gAAaPIAAKryAACz8gAAA/MAAAnzAABc8wAAaPMAALXzAAC88wAAHUITABP0AADmPgMAFvQAAGf0AAAb9AAAw/EKAHb0AADA9AAA0fQAABn1AAAn9QAAcvUAAH71AADL9QAA2PUAACT2AAAu9gAAffYAAIX2AADW9gAA2fYAAC/3AAA79wAAiPcAAJX3AADh9wAA6/cAADr4AABC+AAAk/gAAJX4AADs+AAA9fgAAEX5AABP+QAAnvkAAKn5AAD3+QAADPoAAFD6AABY+gAAqfoAAML6AAAC+wAAC/sAAFv7AABl+wAAtPsAALz7AAAN/AAAGvwAAGb8AABr/AAAv/wAAMf8AAAY/QAAGf0AAHH9AABz/QAAyv0AAM39AAAj/gAAJv4AAHZCEwCB/gAA1f4AANv+AAAu/wAANf8AAIf/AACP/wAA4P8AAO7/AAA5AAEAPAABAJIAAQCaAAEA6wABAO4AAQBEAQEAUAEBAJ0BAQCnAQEAz0ITAPcBAQAk6Q8A+AEBAE8CAQD5AQEAUiAOAAACAQCT6w8AAQIBAN/lBQAFAgEAGVkCAAYCAQBLpg0AGgIBAOU7AgBYAgEAqAIBAF4CAQCy8w4AsgIBAAEDAQAMAwEAWgMBAGYDAQCzAwEAwAMBAAwEAQAWBAEAZQQBAHMEAQC+BAEAzQQBABcFAQAZBQEAcAUBAHoFAQDJBQEA1wUBACIGAQAnBgEAewYBAIgGAQDUBgEA5AYBAC0HAQAvBwEAhgcBAJQHAQDfBwEA8AcBAChDEwA/CAEAgUMTAJkIAQDaQxMA8wgBAEMJAQBNCQEAnAkBAKcJAQD1CQEAAQoBAE4KAQBbCgEApwoBALEKAQAACwEADgsBAFkLAQBoCwEAsgsBALQLAQALDAEAFQwBAGQMAQByDAEAvQwBAMIMAQAWDQEAIw0BAG8NAQB3DQEAyA0BANgNAQAhDgEAIw4BAHoOAQCIDgEA0w4BAOQOAQAzRBMAMw8BAIxEEwCeDwEA3g8BAO8PAQA3EAEAQxABAJAQAQCYEAEA5UQTAO4QAQBCEQEAShEBAJsRAQCdEQEA9BEBAKARAQAcgwgAqhEBADrWBQD9EQEATRIBAAMSAQDPQwsAVxIBAKYSAQCxEgEA/xIBAAsTAQBYEwEAZRMBALETAQC7EwEAChQBABgUAQBjFAEAchQBALwUAQC+FAEAFRUBAB8VAQBuFQEAehUBAMcVAQDPFQEAPkUTACMWAQB5FgEAhxYBANIWAQDfFgEAKxcBAEIXAQCEFwEAjBcBAN0XAQDzFwEANhgBAEIYAQCPGAEAnhgBAOgYAQDzGAEAQRkBAEMZAQCaGQEApxkBAPMZAQABGgEATBoBAE8aAQClGgEAuxoBAP4aAQAGGwEAVxsBAGkbAQCXRRMAuBsBAHf5BAC6GwEAtUoRAL0bAQAetQ4AvxsBAAkcAQAOHAEAYhwBAGkcAQC7HAEAxxwBABQdAQAhHQEAbR0BAG8dAQDGHQEA3B0BAB8eAQArHgEAeB4BAJceAQDRHgEA7R4BACofAQAyHwEA8EUTAIUfAQDcHwEA5R8BADUgAQA/IAEAjiABAJkgAQDnIAEA8yABAEAhAQBNIQEAmSEBAKMhAQDyIQEAACIBAEsiAQBaIgEApCIBAKYiAQD9IgEAByMBAFYjAQBkIwEAryMBALQjAQAIJAEAFSQBAGEkAQBxJAEAuiQBALwkAQATJQEAISUBAGwlAQB9JQEASUYTAMwlAQCiRhMAICYBAGpsBgAjJgEAdyYBACcmAQCTAwIAKiYBAPvYCAAsJgEAvMYBADImAQCl+AUAfiYBAFeUDACEJgEA0CYBAOcmAQApJwEALicBAIInAQCFJwEA2ycBAIwnAQBoLgcAnicBAIg5BwDgJwEAnzMHAOcnAQA0KAEAOigBABE1AQBDKAEAjSgBAJYoAQDmKAEA7CgBAD8pAQBNKQEAmCkBAKIpAQDxKQEABSoBAEoqAQBWKgEAoyoBALYqAQD8KgEACysBAFUrAQBhKwEArisBAK8rAQAHLAEAESwBAGAsAQBuLAEAuSwBAL4sAQASLQEAHy0BAFRHEwB+LQEAxC0BANMtAQAdLgEAKS4BAHYuAQB3LgEAzy4BANkuAQAoLwEANi8BAIEvAQCGLwEA2i8BAOcvAQBfSBMANTABAIwwAQCVMAEA5TABAO8wAQA+MQEASTEBAJcxAQCjMQEA8DEBAP0xAQBJMgEAUzIBAKIyAQCwMgEA+zIBAAozAQBUMwEAVjMBAK0zAQC3MwEABjQBABQ0AQBfNAEAbDQBALg0AQDPNAEAuEgTACw1AQBqNQEAdjUBAMM1AQDJNQEAHDYBACg2AQB1NgEAezYBAM42AQDUNgEAJzcBACw3AQCANwEAhjcBABFJEwDiNwEAMjgBADw4AQCLOAEAljgBAOQ4AQDwOAEAPTkBAEo5AQCWOQEAoDkBAO85AQD9OQEASDoBAFc6AQChOgEAozoBAPo6AQAEOwEAUzsBAGE7AQCsOwEAsTsBAAU8AQASPAEAXjwBAGY8AQC3PAEAxzwBABA9AQASPQEAaT0BAHc9AQDCPQEA0z0BABxKEwAiPgEAdUoTAHo+AQDNPgEA2T4BACY/AQA2PwEAfz8BAIg/AQDYPwEA2z8BADFAAQA9QAEAikABAJFAAQDjQAEA60ABADxBAQBaQQEAlUEBAJ1BAQDuQQEA/0EBAEdCAQBMQgEAoEIBALdCAQD5QgEAB0MBAFJDAQBfQwEAq0MBALNDAQAERAEACEQBAF1EAQBfRAEAtkQBALlEAQAPRQEAF0UBAGhFAQBuRQEAwUUBAM1FAQAaRgEAKkYBAHNGAQB8RgEAzEYBAM9GAQAlRwEAMUcBAH5HAQCFRwEAzkoTAOBHAQAwSAEAM0gBAIlIAQCXSAEA4kgBAO9IAQA7SQEAUkkBAJRJAQCcSQEA7UkBAO9JAQBGSgEAT0oBAJ9KAQCpSgEA+EoBAANLAQBRSwEAXUsBAKpLAQC3SwEAA0wBAA1MAQBcTAEAakwBALVMAQDETAEADk0BABBNAQBnTQEAcU0BAMBNAQDOTQEAGU4BAB5OAQByTgEAf04BAMtOAQDTTgEAJE8BADpPAQB9TwEAiU8BANZPAQDlTwEAL1ABADpQAQCIUAEAilABAOFQAQDuUAEAOlEBAEhRAQCTUQEAllEBAOxRAQACUgEAJ0sTAE1SAQA5ZAIAUVIBAL4PAgBTUgEAYtkCAF1SAQCeUgEAoFIBAPdSAQAIUwEAUFMBAGFTAQCpUwEArlMBAAJUAQAGVAEAW1QBAGdUAQC0VAEAu1QBAA1VAQAVVQEAZlUBAIRVAQC/VQEAx1UBAIBLEwAdVgEAcVYBAHJWAQAhARAAgFYBAFlBDgCKVgEAylYBAMxWAQAjVwEAPFcBAHxXAQCNVwEA1VcBAOFXAQAuWAEAMFgBAIdYAQCQWAEA4FgBAJZYAQDJXgEA6lgBADlZAQBEWQEAklkBAJ5ZAQDrWQEA+FkBAERaAQBOWgEAnVoBAKtaAQD2WgEABVsBAE9bAQBRWwEAqFsBALJbAQABXAEAD1wBAFpcAQBfXAEAs1wBAMBcAQAMXQEAGF0BAGVdAQBrXQEAvl0BAMRdAQAXXgEAHF4BAHBeAQB2XgEA2UsTANheAQAiXwEALl8BAHtfAQB+XwEA1F8BANdfAQAtYAEANGABAIZgAQCSYAEA32ABAOxgAQA4YQEARmEBAJFhAQCdYQEA6mEBAPFhAQAyTBMASWIBAJxiAQCiYgEA9WIBAPpiAQBOYwEAVGMBAItMEwCoYwEAoE0CALFjAQCBWg0As2MBAMghEwC1YwEAekQOALZjAQAAZAEADGQBAFlkAQBaZAEAsmQBAGVkAQDRVA4AvGQBAAtlAQAZZQEAZGUBAGllAQC9ZQEAymUBAORMEwAYZgEAawoOACRmAQA1/Q0AOWYBAD1NEwCVZgEAyGYBAO9mAQAhZwEARWcBAHpnAQCCZwEAlk0TAN9nAQAsaAEALmgBAIVoAQCIaAEA3mgBAONoAQA3aQEARGkBAJBpAQCsaQEA6WkBAPFpAQDvTRMAS2oBAJtqAQBPagEACXUBAJ5qAQD0agEAAGsBAE1rAQBTawEApmsBALNrAQD/awEAAWwBAFhsAQBubAEAsWwBAL1sAQAKbQEAEm0BAEhOEwBpbQEAvG0BAMRtAQAVbgEAFm4BAG5uAQBwbgEAx24BAMpuAQAgbwEAI28BAKFOEwB+bwEA0m8BANhvAQArcAEAMnABAIRwAQCMcAEA3XABAOpwAQA2cQEAO3EBAI9xAQCZcQEA6HEBAPBxAQBBcgEAQ3IBAJpyAQCrcgEA83IBAARzAQBMcwEAUXMBAKVzAQCpcwEA/nMBAAp0AQBXdAEAXnQBALB0AQDCdAEA+k4TAA51AQBidQEAanUBALt1AQC9dQEAFHYBACN2AQBtdgEAfHYBAMZ2AQDSdgEAH3cBACJ3AQB4dwEAe3cBANF3AQDZdwEAKngBADR4AQCDeAEAiHgBANx4AQDkeAEANXkBAD95AQCOeQEAmXkBAOd5AQD1eQEAQHoBAEN6AQCZegEAoXoBAPJ6AQANewEAS3sBAFZ7AQCkewEAqXsBAP17AQAAfAEAVnwBAGB8AQCvfAEAwXwBAFNPEwAWfQEAYX0BAGt9AQC6fQEAxX0BABN+AQAbfgEAbH4BAHJ+AQDFfgEAx34BAB5/AQA3fwEAd38BAJB/AQDQfwEA3n8BACmAAQAzgAEAgoABAJiAAQDbgAEA+IABADSBAQA8gQEAjYEBAJ2BAQDmgQEA6IEBAD+CAQBNggEAmIIBAKmCAQCsTxMA+IIBAAVQEwBLgwEAo4MBALSDAQD8gwEACIQBAFWEAQBXhAEAroQBALGEAQAHhQEAE4UBAGCFAQBohQEAt1ATAMSFAQAShgEAHoYBAGuGAQB6hgEAxIYBAOSGAQAdhwEAJYcBAHaHAQCKhwEAz4cBANSHAQAoiAEAMYgBAIGIAQCHiAEA2ogBAOKIAQAziQEAQokBAIyJAQCRiQEA5YkBAPKJAQA+igEAS4oBAJeKAQCjigEA8IoBAP+KAQBJiwEAU4sBAKKLAQCwiwEA+4sBAACMAQBUjAEAYYwBAK2MAQC1jAEABo0BAAmNAQBfjQEAa40BALiNAQDCjQEAEY4BABuOAQBqjgEAeI4BAMOOAQDQjgEAHI8BADOPAQB1jwEAeI8BABBREwDQjwEAJ5ABADWQAQCAkAEAkZABAGlREwDgkAEAwlETAFGRAQCLkQEAm5EBAOSRAQDmkQEAPZIBAEuSAQCWkgEAp5IBABtSEwD2kgEAdFITAE2TAQChkwEAqZMBAPqTAQD8kwEAU5QBAFyUAQCslAEAtpQBAAWVAQAQlQEAXpUBAGqVAQC3lQEAxJUBABCWAQAalgEAaZYBAHeWAQDClgEA0ZYBABuXAQAdlwEAdJcBAH6XAQDNlwEA2ZcBACaYAQAumAEAJlMTAISYAQDYmAEA4JgBAH9TEwA4mQEAipkBADqZAQCAWAQAPpkBALrWAQBCmQEAXYUPAEeZAQAO/wEATJkBAIyfAwCWmQEA45kBAOuZAQBN4xQA/5kBAN9eEQALmgEAPJoBAGKaAQCVmgEAvpoBAO6aAQAUmwEAR5sBAG2bAQCgmwEAqJsBAPmbAQAjnAEAUpwBAGucAQCrnAEArZwBAASdAQALnQEAXZ0BAGWdAQC2nQEAxZ0BAA+eAQAVngEAaJ4BAHSeAQDBngEAyJ4BABqfAQAmnwEAc58BAICfAQDMnwEA1p8BACWgAQAzoAEAfqABAICgAQDXoAEA6KABADChAQAzoQEAiaEBALShAQDYUxMA5aEBAHuABADsoQEAqtsGAO+hAQA7ogEA8qEBADqHDgDzoQEAo+cCAPihAQBZ3gQAQqIBACWrAgBFogEA2+8DAEqiAQCI9RAAVqIBAJSiAQCWogEA7aIBAP6iAQBGowEAVKMBAJ+jAQCmowEA+KMBAPqjAQBRpAEA/aMBABbKAgAApAEAhcEBAGCkAQCqpAEAuaQBAAOlAQAPpQEAXKUBAF+lAQC1pQEAuKUBAA6mAQAupgEAZ6YBAHOmAQDApgEA1KYBABmnAQAnpwEAcqcBAHmnAQAxVBMA4acBAD+YAwDipwEAJKgBACaoAQB82w0AJ6gBAHHaDQAxqAEAfagBAH+oAQDWqAEA4KgBAC+pAQDnqAEAT98NADipAQCIqQEAjqkBAOGpAQDtqQEAOqoBAEGqAQCTqgEAmKoBAOyqAQD4qgEARasBAEirAQCeqwEAq6sBAPerAQD8qwEAUKwBAFqsAQCprAEAv6wBAAKtAQAErQEAW60BAGWtAQC0rQEAw60BAA2uAQAYrgEAilQTAHKuAQC/rgEAzK4BABivAQAmrwEAca8BAH2vAQDKrwEA0a8BAONUEwAosAEAfLABAC+wAQAUXg8AMbABAOnjBAB+sAEAQToEAIGwAQCi+QsAi7ABAEpKDACTsAEA1bABAOOwAQAusQEAO7EBAIexAQCPsQEA4LEBAOqxAQA+fggA8LEBADmyAQA7sgEAkrIBAKCyAQDrsgEA/LIBADxVEwBLswEAlVUTAKKzAQD2swEA/LMBAE+0AQBXtAEAqLQBALG0AQABtQEABLUBAFq1AQBmtQEAs7UBALm1AQAMtgEAFLYBAGW2AQCEtgEAR1YTAMC2AQAXtwEAJbcBAHC3AQCBtwEAoFYTANC3AQD5VhMAJ7gBAHu4AQCBuAEA1LgBANy4AQAtuQEANrkBAIa5AQCJuQEA37kBAOu5AQA4ugEAProBAKtXEwCTugEA6roBAPO6AQBDuwEATbsBAJy7AQCnuwEA9bsBAAG8AQBOvAEAW7wBAKe8AQCxvAEAAL0BAA69AQBZvQEAaL0BALK9AQC0vQEAC74BABW+AQBkvgEAcr4BAL2+AQDCvgEAFr8BACO/AQBvvwEAd78BAMi/AQDYvwEAIcABACPAAQB6wAEAiMABANPAAQDkwAEABFgTADPBAQBdWBMAjsEBAN7BAQDhwQEAN8IBAEPCAQCQwgEAlsIBAOnCAQD2wgEAQsMBAETDAQCbwwEAscMBAPTDAQAAxAEAtlgTAFnEAQCmxAEArMQBAP/EAQACxQEAWMUBAGbFAQCxxQEAtsUBAArGAQAXxgEAY8YBAGvGAQAPWRMAycYBABXHAQAjxwEAbscBAHjHAQAz4gEAhMcBAMfHAQDQxwEAIMgBADbIAQB5yAEAgcgBANLIAQDVyAEAK8kBADTJAQCEyQEAhckBAN3JAQDeyQEANsoBADvKAQCPygEAlcoBAOjKAQDyygEAQcsBAE3LAQCaywEAocsBAPPLAQD7ywEATMwBAE7MAQClzAEApswBAP7MAQAMzQEAV80BAF/NAQCwzQEAy80BAAnOAQAVzgEAYs4BAGjOAQC7zgEAvs4BABTPAQAizwEAbc8BAHLPAQDGzwEA088BAB/QAQAn0AEAeNABAIbQAQDR0AEA1NABAGhZEwAt0QEAg9EBAC7RAQCQzAoANtEBAIe7CgA40QEAb7IQAD3RAQCr6BAAhtEBANzRAQDt0QEANdIBAFHSAQCO0gEAltIBAMFZEwD40gEAQNMBAEjTAQCZ0wEAn9MBAPLTAQD30wEAS9QBAFTUAQCk1AEArtQBAP3UAQAL1QEAVtUBAGPVAQCv1QEAu9UBAAjWAQAL1gEAYdYBAH3WAQAaWhMAvdYBAGWeDwDE1gEAEJQRAMbWAQDm5AoAx9YBABPXAQDJ1gEA7v4CAB/XAQBs1wEAb9cBAGvpCgB71wEAxdcBAH/XAQBi2AoAz9cBAB7YAQAm2AEAjdoBACrYAQBIkREALNgBAHfYAQA62AEAhrgJAHzYAQBJUwQAhNgBANDYAQDn2AEAKdkBADHZAQCC2QEAjNkBANvZAQDg2QEANNoBADzaAQBzWhMAl9oBAObaAQCZ2gEAIhAKAJzaAQA42wQA69oBAD/bAQBH2wEAzFoTAJrbAQCZhQIAm9sBAOekDQCd2wEAwkcKAKHbAQDF9wwApNsBAPHbAQCm2wEA1fwQAPLbAQD8dhAA89sBAPiBBgD42wEAStwBAADcAQD/zwIAAdwBAPyOAgAI3AEAHXoQAFjcAQCj3AEAptwBAPzcAQAE3QEAVd0BAAjdAQB1xgYAC90BAJGYBgAY3QEAT5IGAFrdAQCu3QEAZN0BAFrsBgC73QEAB94BAA/eAQAlWxMAY94BALneAQB03gEAA8YEAMXeAQAS3wEAGN8BAGvfAQB13wEAflsTAMnfAQAd4AEAKuABAHbgAQB+4AEAGGoTAILgAQDP4AEAhuABAKD0AQCS4AEAWfMOANXgAQAo4QEALuEBAIHhAQCG4QEA2uEBAODhAQDXWxMAP+IBAIziAQCP4gEA5eIBAO/iAQA+4wEAWuMBAJfjAQCz4wEAMFwTAPPjAQBJ5AEATOQBAKLkAQCu5AEA++QBAAHlAQBU5QEAXuUBAIlcEwCy5QEABuYBABPmAQDiXBMAYeYBAMCODwBi5gEAuOYBAGXmAQCy6A0AdeYBAKXhCwDC5gEAEecBABTnAQBUdA8AGecBAJ5mEwAt5wEAaucBAIbnAQA7XRMA0OcBABzoAQAq6AEAdegBAH/oAQDO6AEA6ugBACfpAQBD6QEAlF0TAIPpAQDZ6QEA3OkBADLqAQA+6gEAi+oBAJHqAQDk6gEA7uoBAO1dEwBC6wEAlusBAKPrAQDv6wEA/+sBAEjsAQBK7AEAoewBAK/sAQD67AEAC+0BAEZeEwBa7QEAn14TALLtAQAF7gEAC+4BAF7uAQBj7gEAt+4BAL3uAQD4XhMAGu8BAIfcDQAe7wEAae8BAHrvAQBRXxMAye8BAKpfEwAj8AEAA2ATAILwAQDN8AEA1PABACbxAQAu8QEAf/EBAIzxAQDY8QEA3fEBADHyAQA78gEAivIBAJLyAQDj8gEA6fIBADzzAQA+8wEAlfMBAKPzAQDu8wEA8fMBAEf0AQBT9AEAXGATAKL0AQD59AEAB/UBAFL1AQBj9QEAtWATALL1AQAOYRMACvYBAF32AQBj9gEAtvYBALv2AQAP9wEAFfcBAGdhEwBq9wEAwfcBAGv3AQBoThIAcfcBABGBEAB09wEA0qYGANz3AQAa+AEAHPgBAHP4AQCN+AEAzPgBANn4AQCfVAoA3fgBACX5AQAn+QEAfvkBAIv5AQDX+QEA7vkBADD6AQBK+gEAifoBAIv6AQDi+gEAj/oBAD4ZDwDl+gEAO/sBAD77AQCU+wEAoPsBAO37AQDz+wEARvwBAFD8AQDAYRMApPwBAPj8AQAF/QEAUf0BAF39AQCq/QEAsP0BAAP+AQAJ/gEAXP4BAGH+AQC1/gEAu/4BABliEwAP/wEAZ/8BACT/AQBpwgUAaf8BAMD/AQB1/wEAuEoDAMb/AQAZAAIAJwACAHIAAgB1AAIAywACANAAAgAkAQIAMQECAH0BAgCNAQIA1gECANgBAgAvAgIAPQICAIgCAgCZAgIAcmITAOcCAgA6AwIARgMCAMtiEwCkAwIA7AMCAPYDAgBFBAIAUwQCAJ4EAgCfBAIA9wQCAAgFAgBQBQIAXAUCAKkFAgC5BQIAAgYCAAQGAgBbBgIAaQYCALQGAgDFBgIAJGMTABMHAgBmBwIAcgcCAH1jEwDFBwIAGAgCAB4IAgBxCAIAdggCAMoIAgDQCAIAL2QTACsJAgB8CQIAhgkCAKPPEACVCQIA1QkCAN4JAgAuCgIAOAoCAIcKAgCPCgIA4AoCAOQKAgA5CwIAOwsCAJILAgCVCwIA6wsCAAcMAgCIZBMARgwCAJ0MAgCqDAIA9gwCAAMNAgBPDQIAWw0CAKgNAgCvDQIAAQ4CAAkOAgBaDgIAag4CALMOAgC4DgIADA8CABIPAgBlDwIAbQ8CAOFkEwDaDwIAFxACAB8QAgA6ZRMAfBACAMkQAgDMEAIAIhECACwRAgCTZRMAiRECANQRAgDbEQIALRICADUSAgCGEgIAkxICAN8SAgDkEgIAOBMCAEITAgCREwIAmRMCAOoTAgDrEwIAQxQCAEUUAgCcFAIAqRQCAPUUAgADFQIAThUCAF0VAgCnFQIArxUCAAAWAgACFgIAWRYCAFwWAgCyFgIAuhYCAAsXAgAXFwIAZBcCAHcXAgC9FwIAvhcCABYYAgAiGAIAbxgCAH4YAgDIGAIA0hgCACEZAgAtGQIAehkCAIEZAgBFZhMA4RkCACwaAgA5GgIAhRoCAD0aAgA/ww8AkxoCAN4aAgDhGgIANxsCAEIbAgCQGwIAnBsCAOkbAgDwGwIAQhwCAEocAgCbHAIAnxwCAPQcAgACHQIATR0CAFcdAgCmHQIAsR0CAP8dAgAEHgIAWB4CAGEeAgCxHgIAux4CAAofAgASHwIAYx8CAGkfAgC8HwIAxR8CABUgAgAiIAIA92YTAHwgAgDHIAIA1CACACAhAgA3IQIAeSECAIEhAgDSIQIA1CECACsiAgA4IgIAhCICAJgiAgDdIgIA5SICADYjAgA4IwIAjyMCAJIjAgDoIwIA6yMCAEEkAgBNJAIAmiQCAKAkAgDzJAIA/SQCAFBnEwBRJQIApSUCALIlAgCpZxMAESYCAFcmAgBYJgIAsCYCALwmAgAJJwIAGCcCAGInAgBsJwIAuycCAMcnAgAUKAIAGygCAFtoEwBzKAIABHoOAIAoAgDGKAIA1SgCAB8pAgArKQIAeCkCAHkpAgDRKQIA2ykCACoqAgA4KgIAgyoCAIgqAgDcKgIA6SoCAA1pEwA9KwIAjisCAJorAgDnKwIA+isCAEAsAgBBLAIAmSwCAKUsAgDyLAIAAS0CAEstAgBVLQIApC0CALAtAgD9LQIABC4CAGZpEwBnLgIAry4CALsuAgAILwIAGC8CAGEvAgBrLwIAui8CAMIvAgATMAIAOzACAGwwAgBBMAIASjUCAJQwAgDFMAIAzTACAB4xAgAkMQIAdzECAIUxAgDQMQIA5zECACkyAgA0MgIAgjICAIwyAgDbMgIACDMCADQzAgA8MwIAjTMCAJ0zAgDmMwIA6DMCAD80AgBNNAIAmDQCAKk0AgBxahMA+DQCAMpqEwByNQIAozUCAKs1AgD8NQIAAjYCAFU2AgBjNgIArjYCAMU2AgAHNwIAEjcCAGA3AgBqNwIAuTcCAOY3AgASOAIAGjgCAGs4AgB7OAIAxDgCAMY4AgAdOQIAKzkCAHY5AgCHOQIAI2sTANY5AgB8axMAKjoCAIE6AgCPOgIA2joCAOs6AgDVaxMAOjsCAC5sEwCUOwIAh2wTAO07AgDgbBMAATwCAMNVDABAPAIAlzwCAKU8AgDwPAIAAT0CADltEwBPPQIAoj0CAK49AgCSbRMABD4CAFQ+AgAMPgIAYCoRAGE+AgCtPgIAuz4CAAY/AgAQPwIAXz8CAHk/AgC4PwIAuz8CABFAAgAYQAIAakACAIpAAgDDQAIA3UACAOttEwApQQIAdUECAC1BAgDknAIAMkECAKz4AgCDQQIAzkECANhBAgAnQgIAQUICAIBCAgCQQgIA2UICAN9CAgAyQwIANEMCAItDAgChQwIA5EMCAPBDAgA9RAIAQUQCAJZEAgCbRAIA70QCAPVEAgBIRQIAaEUCAKFFAgC7RQIA+kUCAPxFAgBTRgIAVkYCAKxGAgCvRgIABUcCABFHAgBeRwIAZEcCALdHAgDBRwIARG4TABVIAgBpSAIAdkgCAMJIAgDOSAIAG0kCAC5JAgB0SQIAg0kCAM1JAgDZSQIAJkoCACdKAgB/SgIAiUoCANhKAgDmSgIAMUsCADZLAgCKSwIAl0sCAJ1uEwDkSwIADNYMAOVLAgDYHA4A5ksCAEaXCADnSwIALHMCAOhLAgC8EhEA6UsCAGGHCgDqSwIA2gwOAO1LAgCTkg8A7ksCABESDgDvSwIAsTMMAPBLAgAVQA0A8UsCANoBDQDySwIAuWMGAPNLAgA8TAIA9ksCAPAvEQD7SwIAXwUVAPxLAgBbBBIA/UsCAH1CEAD/SwIAAl0SAAZMAgC9NhUAC0wCAAFPEAAoTAIAv5YPAC5MAgD3IxUAPkwCAJVMAgBNTAIA0gkQAKNMAgDuTAIA/0wCAPZuEwBOTQIAT28TAKxNAgD5TQIACE4CAFJOAgBcTgIAq04CALdOAgAETwIAzk4CAMn4DwALTwIAAXATAF9PAgC2TwIAx08CAA9QAgAYUAIAaFACAHRQAgDBUAIAxFACABpRAgAiUQIAc1ECAH1RAgDMUQIA0VECACVSAgAtUgIAflICAJdSAgDXUgIA41ICADBTAgA4UwIAs3ATAJFTAgAMcRMA5VMCADtUAgA+VAIAlFQCAKBUAgDtVAIA81QCAEZVAgBQVQIAZXETAKRVAgD4VQIABVYCAL5xEwBXVgIAqlYCALBWAgADVwIACFcCAFxXAgBiVwIAcHITAL1XAgDJchMAEFgCACDdCwATWAIAZ1gCABpYAgCjmAsAcVgCAMBYAgB2WAIA318JAMhYAgBRgQ4A3FgCACJzEwAeWQIAclkCAIhZAgDLWQIAzFkCACRaAgAmWgIAfVoCAINaAgDWWgIA4loCAC9bAgA2WwIAiFsCAJBbAgDhWwIA6lsCADpcAgA9XAIAk1wCAKFcAgDsXAIA+VwCAEVdAgBcXQIAnl0CAKZdAgD3XQIAA14CAAJfAgAfXgIAUF4CAHheAgCpXgIAzV4CANRzEwAfXwIAW18CAGRfAgBmYAIAbF8CALRfAgDkXwIADWACADFgAgAtdBMAaGACAL9gAgDQYAIAGGECAEhhAgBxYQIAlWECAIZ0EwDPYQIAvFUPANBhAgCXcwcA02ECACNiAgDWYQIAvGsRANthAgC1VRIALWICAHxiAgAwYgIAlnsHADFiAgAH0RAAhGICANViAgDZYgIALmMCADBjAgCHYwIAimMCAOBjAgD8YwIA33QTAD5kAgBu8g0AQ2QCABFrDgBFZAIAkmQCAElkAgBOKgwAr2QCAOtkAgD0ZAIARGUCAEZlAgCdZQIArmUCADh1EwD7ZQIAT2YCAFhmAgCoZgIAuWYCAAFnAgAIZwIAWmcCAGJnAgCzZwIAdGcCANCKAgDAZwIAZWgCAMJnAgDJaQIAzGcCAAxoAgAYaAIAkXUTAGpoAgC+aAIAyGgCABdpAgAfaQIA6nUTAHxpAgBDdhMAzmkCACJqAgAvagIAe2oCAIVqAgDUagIA1moCAC1rAgA7awIAhmsCAJNrAgCcdhMA5GsCADhsAgBFbAIAkWwCAJtsAgDqbAIA7GwCAENtAgBRbQIAnG0CAKltAgD1dhMA+G0CACKrEAD7bQIAj1kPAAJuAgBObgIAWG4CAE53EwCvbgIAAG8CALluAgC8gwMAAm8CAAL5EAANbwIAvEsGABdvAgBZbwIAGW8CAKyqAwAmbwIAmp0NAF5vAgCybwIAvG8CAAtwAgATcAIAp3cTAGVwAgARMxEAZ3ACAEwYEQBucAIAvXACAMlwAgAWcQIAGXECAG9xAgB5cQIAyHECAOJxAgAhcgIAOHICAHpyAgB/cgIA03ICAO9yAgAAeBMALnMCAIVzAgCScwIA3nMCAOhzAgBZeBMAQXQCAJB0AgBIdAIA0w0JAJx0AgDpdAIA7HQCAEJ1AgBMdQIAm3UCALV1AgD0dQIA+nUCAE12AgBPdgIApnYCALR2AgD/dgIAAncCAFh3AgBkdwIAsXcCALR3AgAKeAIALXgCALJ4EwBleAIAvHgCAMp4AgAVeQIAGHkCAG55AgB6eQIAx3kCAMp5AgALeRMAK3oCAHl6AgB/egIA0noCANd6AgArewIAL3sCAIR7AgCHewIAZHkTAN57AgBwRg8A4HsCAD/ZEQDjewIANnwCAOZ7AgCZ0REA53sCABSBAgDpewIAb70RAOt7AgBwtREA7HsCAGPEEQDtewIA++IRAPR7AgC88Q0A93sCAG/1DgBCfAIAj3wCALt8AgDofAIA9HwCAEF9AgBQfQIAmn0CAKR9AgDzfQIA9n0CAEx+AgBmfgIApX4CAK9+AgD+fgIAA38CAFd/AgBhfwIAsH8CALt/AgAJgAIAD4ACAGKAAgBngAIAu4ACAL+AAgC9eRMAGYECAG2BAgAigQIAsMsRAHeBAgDGgQIA0YECAB+CAgAlggIAeIICAH2CAgDRggIA1YICABZ6EwAvgwIApTADADGDAgBa9g8AMoMCABBzDgA0gwIA65oPAESDAgCDgwIAjYMCANyDAgDngwIANYQCADuEAgCOhAIAk4QCAOeEAgDrhAIAQIUCAGOFAgBvehMApoUCAAK4AgCnhQIA8oUCAPWFAgBLhgIAV4YCAKSGAgC8hgIA/YYCAAmHAgBWhwIAXIcCAK+HAgC1hwIACIgCAA2IAgBhiAIAZ4gCAMh6EwDEiAIAE4kCAB6JAgBsiQIAcokCAMWJAgDKiQIAHooCACKKAgB3igIAeooCACF7EwDaigIAKYsCADSLAgCCiwIAiIsCANuLAgDgiwIANIwCADiMAgB6exMAjowCAOaMAgDyjAIAP40CAEuNAgCYjQIAno0CAPGNAgD3jQIASo4CAE+OAgCjjgIAqY4CANN7EwAIjwIAVY8CAFuPAgCujwIAuo8CAAeQAgAUkAIAYJACAG+QAgC5kAIAxZACABKRAgAekQIAa5ECAHGRAgDEkQIAypECAB2SAgAikgIAdpICAHySAgAsfBMA2ZICAGqNCQDlkgIAKJMCAOiSAgAHjwoANJMCAIGTAgCJkwIAtWsUAI2TAgDakwIA4JMCADOUAgA5lAIAjJQCAJGUAgDllAIA65QCAIV8EwBGlQIA+wMVAEiVAgCXlQIAnZUCAPCVAgCjlQIA6h4DAP6VAgBJlgIAYpYCAKKWAgCrlgIA+5YCAAWXAgBUlwIAYJcCAK2XAgC5lwIABpgCAAyYAgBfmAIAZZgCALiYAgC9mAIAEZkCABeZAgDefBMAdpkCAMOZAgDNmQIAHJoCACeaAgB1mgIAepoCAM6aAgDVmgIAJ5sCADObAgCAmwIAhpsCANmbAgDfmwIAMpwCADecAgCLnAIAkZwCADd9EwD1nAIAPZ0CAD6dAgCWnQIAQ50CAM2iAgCbnQIA750CAP2dAgBIngIAVZ4CAKGeAgCrngIA+p4CAAafAgBTnwIAWZ8CAKyfAgC4nwIABaACABigAgBeoAIAbaACALegAgDDoAIAEKECABGhAgBpoQIAc6ECAMKhAgDQoQIAG6ICACCiAgB0ogIAgaICAJB9EwDZogIAJqMCADajAgB/owIAi6MCANijAgDeowIAMaQCAD2kAgCKpAIAl6QCAOOkAgDypAIAPKUCAEilAgCVpQIAoaUCAO6lAgABpgIAR6YCAFamAgCgpgIArKYCAPmmAgD6pgIAUqcCAFynAgCrpwIAuacCAASoAgAJqAIAXagCAGqoAgDpfRMAuKgCAOubBwDCqAIAD6kCAMOoAgAqjQsAxKgCAL7hDQAjqQIAaKkCAHSpAgDBqQIAgakCAMI7EQDHqQIAGqoCACCqAgBzqgIAeKoCAMyqAgDSqgIAQn4TADGrAgB+qwIAi6sCAGtDAwCRqwIA16sCANyrAgBEvgIA36sCANe2AwDjqwIAMKwCADasAgCJrAIAj6wCAOKsAgDnrAIAO60CAEGtAgCbfhMAoK0CAO2tAgDzrQIARq4CAEuuAgCfrgIApq4CAPiuAgAGrwIAUa8CAGyvAgCqrwIAuK8CAAOwAgAGsAIAXLACAGqwAgC1sAIAurACAA6xAgAbsQIAZ7ECAHOxAgDAsQIAxrECABmyAgAfsgIAcrICAHeyAgDLsgIA0bICAPR+EwApswIAfbMCAIazAgDWswIA47MCAC+0AgA2tAIAiLQCAJm0AgDhtAIA5rQCADq1AgBJtQIAk7UCAJW1AgDstQIA/bUCAEW2AgBRtgIAnrYCAKS2AgD3tgIA/bYCAFC3AgBVtwIAqbcCAK+3AgBNfxMAGbgCAFu4AgBnuAIAtLgCAMC4AgANuQIAE7kCAGa5AgBsuQIAv7kCAMS5AgAYugIAHroCAKZ/EwB3ugIASe8CAIi6AgDKugIA07oCACO7AgA5uwIAfLsCAIi7AgDVuwIA4rsCAC68AgA4vAIAh7wCAJO8AgDgvAIA5rwCADm9AgA/vQIAkr0CAJe9AgDrvQIA8b0CAP9/EwBNvgIAnb4CAKe+AgD2vgIA+74CAE+/AgBfvwIAqL8CAMG/AgABwAIABsACAFrAAgBjwAIAs8ACAMDAAgAMwQIAE8ECAGXBAgBowQIAvsECAMrBAgAXwgIAKsICAHDCAgB/wgIAycICANXCAgAiwwIAI8MCAHvDAgCFwwIA1MMCAOLDAgAtxAIAMsQCAIbEAgCTxAIAWIATAOLEAgA4xQIAO8UCAJHFAgCexQIAcSgNAKDFAgDqxQIA7MUCAEPGAgBGxgIAnMYCAKbGAgD1xgIAAccCAE7HAgBhxwIAp8cCALbHAgAAyAIADMgCAFnIAgBayAIAssgCALzIAgALyQIAGckCAGTJAgBpyQIAvckCAMrJAgCxgBMAF8oCAG/KAgB7ygIAyMoCAM7KAgAhywIAI8sCAHrLAgCEywIA08sCAOHLAgAszAIAMcwCAIXMAgCSzAIA3swCAOrMAgA3zQIASs0CAJDNAgCfzQIA6c0CAPXNAgBCzgIAQ84CAJvOAgClzgIA9M4CAALPAgBNzwIAUs8CAKbPAgCzzwIACoETAAjQAgBY0AIAC9ACAA97DgBe0AIAsdACALTQAgAK0QIAGNECAGPRAgBo0QIAvNECAMnRAgAV0gIAIdICAG7SAgB00gIAx9ICAM3SAgAg0wIAJdMCAHnTAgB/0wIAY4ETANTTAgAr1AIA19MCAEdAEQDZ0wIAmbsPADHUAgDybRAAOtQCAITUAgCk1AIA3dQCAOLUAgA21QIAUdUCAI/VAgCb1QIA6NUCAO7VAgBB1gIAUdYCAJrWAgCr1gIA89YCAPjWAgBM1wIAUNcCAKXXAgCx1wIA/tcCAATYAgBX2AIAXdgCALDYAgC12AIACdkCAA/ZAgC8gRMAcdkCAKgAEQB42QIAu9kCALzZAgAU2gIAJdoCAG3aAgB52gIAxtoCANzaAgAf2wIAK9sCAHjbAgCF2wIA0dsCANvbAgAq3AIANtwCAIPcAgCK3AIA3NwCAOjcAgA13QIAO90CAI7dAgCU3QIA590CAOzdAgBA3gIARt4CABWCEwCb3gIAV3IRAKLeAgDy3gIA894CAEvfAgBM3wIApN8CAKnfAgD93wIAA+ACAFbgAgBg4AIAr+ACALvgAgAI4QIAD+ECAGHhAgBm4QIAuuECALvhAgAT4gIAH+ICAGziAgBy4gIAxeICAMfiAgAe4wIAKOMCAHfjAgCF4wIA0OMCANXjAgAp5AIANuQCAILkAgCO5AIA2+QCAO7kAgA05QIAQ+UCAI3lAgCZ5QIA5uUCAOflAgA/5gIASeYCAJjmAgCm5gIA8eYCAPbmAgBK5wIAV+cCAG6CEwC05wIA/OcCAAjoAgBV6AIAbOgCAK7oAgCw6AIAB+kCABjpAgBg6QIAYukCALnpAgC/6QIAEuoCACnqAgBr6gIAdOoCAMTqAgDa6gIAHesCACnrAgB26wIAg+sCAM/rAgDZ6wIAKOwCADTsAgCB7AIAlOwCANrsAgDp7AIAM+0CAD/tAgCM7QIAje0CAOXtAgDv7QIAPu4CAEzuAgCX7gIAnO4CAPDuAgD97gIAx4ITAEvvAgCi7wIAtu8CAPvvAgAJ8AIAVPACAGHwAgCt8AIAtPACAAbxAgAS8QIAX/ECAHLxAgC48QIAvfECABHyAgAa8gIAavICAHTyAgDD8gIAyPICABzzAgAs8wIAdfMCAI7zAgDO8wIA0/MCACf0AgAw9AIAgPQCAI30AgDZ9AIA4PQCADL1AgA19QIAi/UCAJf1AgDk9QIA9/UCAD32AgBM9gIAlvYCAKL2AgDv9gIA8PYCAEj3AgBS9wIAofcCAK/3AgD69wIA//cCAFP4AgBg+AIAIIMTAMX4AgAF+QIAEfkCAF75AgBk+QIAt/kCAL/5AgDbJREAx/kCABD6AgAV+gIAafoCAG/6AgDC+gIA2PoCABv7AgAd+wIAdPsCAH77AgDN+wIA2fsCACb8AgA5/AIAf/wCAI78AgDY/AIA5PwCADH9AgAy/QIAiv0CAJT9AgDj/QIA8f0CADz+AgBB/gIAlf4CAKL+AgB5gxMA9/4CAEf/AgBN/wIAoP8CAKb/AgD5/wIABQADAFIAAwBfAAMAqwADALUAAwAEAQMAGgEDAF0BAwBiAQMAtgEDAL0BAwAPAgMAHQIDAGgCAwB4AgMAwQIDAM8CAwAaAwMAKQMDAHMDAwB1AwMAzAMDANYDAwAlBAMAMwQDAH4EAwCDBAMA1wQDAOQEAwAwBQMAPAUDAIkFAwCcBQMA4gUDAPEFAwA7BgMARwYDAJQGAwCVBgMA7QYDAPcGAwBGBwMAVAcDAJ8HAwCkBwMA+AcDAAUIAwDSgxMAUwgDAKoIAwBdCAMANdwKALsIAwADCQMADAkDAFwJAwBoCQMAtQkDAL0JAwC85RQAwQkDAA4KAwAUCgMAZwoDAG0KAwDACgMAxQoDABkLAwAfCwMAK4QTAIELAwDLCwMA0AsDACQMAwArDAMAfQwDAIkMAwDWDAMA3QwDAKkQAwDiDAMALw0DADwNAwCIDQMAlw0DAOENAwDmDQMAOg4DAEEOAwCTDgMAnw4DAOwOAwD4DgMARQ8DAEsPAwCeDwMApA8DAPcPAwD8DwMAUBADAFYQAwCEhBMAtRADAAIRAwAREQMAWxEDAGARAwC0EQMAuxEDAA0SAwAZEgMAZhIDAHISAwC/EgMAxRIDABgTAwAeEwMAcRMDAHYTAwDKEwMA0BMDAN2EEwAvFAMAfBQDAIwUAwDVFAMA4xQDAC4VAwA7FQMAhxUDAJMVAwDgFQMA5xUDADkWAwBBFgMANoUTAJsWAwBAgxIAnxYDAAg6AwCjFgMA6xYDAPwWAwBEFwMATBcDAJ0XAwBQFwMArcIOAKcXAwD2FwMA+xcDAE8YAwBXGAMAqBgDAKoYAwABGQMAsRgDAG4rAwAJGQMAWhkDAHAZAwCzGQMAvxkDAAwaAwAiGgMAZRoDAH4aAwC+GgMAyhoDABcbAwAdGwMAcBsDAHgbAwDJGwMA2RsDACIcAwArHAMAexwDAIgcAwDUHAMA4xwDAC0dAwA3HQMAhh0DAJQdAwDfHQMA5B0DADgeAwBFHgMAkR4DAJkeAwCPhRMAAB8DAEMfAwBEHwMAnB8DAKYfAwD1HwMA/R8DAE4gAwBYIAMApyADAKwgAwAAIQMACCEDAFkhAwBbIQMANyYDAFwhAwD3wQMAXyEDALIhAwBgIQMAkdADAG8hAwBEyQMAviEDAAsiAwANIgMAZCIDAGsiAwC9IgMAxSIDABYjAwAXIwMAbyMDAHUjAwDIIwMAzSMDACEkAwAiJAMAeiQDAIYkAwDTJAMA2SQDACwlAwA2JQMAhSUDAJklAwDeJQMA5iUDAOiFEwA6JgMAkCYDAD4mAwDAvAMAkyYDAOkmAwD3JgMAQicDAFknAwCbJwMAqCcDAPQnAwD8JwMATSgDAE4oAwCmKAMArCgDAP8oAwAEKQMAWCkDAFkpAwCxKQMAvSkDAAoqAwAQKgMAYyoDAG0qAwC8KgMA0CoDABUrAwAdKwMAmoYTAHsrAwDHKwMAzisDACAsAwAsLAMAeSwDAIksAwDSLAMA4CwDACstAwA4LQMAhC0DAJAtAwDdLQMA5C0DADYuAwA+LgMATIcTAJsuAwDoLgMA8i4DAEEvAwBMLwMAmi8DAJ8vAwDzLwMA+i8DAEwwAwBUMAMApYcTAK0wAwD+MAMADjEDAFcxAwBjMQMAsDEDALQxAwAJMgMAETIDAGIyAwBkMgMAuzIDAMEyAwAUMwMAKzMDAG0zAwB2MwMAxjMDANwzAwAfNAMAKzQDAHg0AwCFNAMA0TQDANs0AwAqNQMALTUDAIM1AwCLNQMA3DUDAOY1AwA1NgMAOjYDAI42AwCWNgMA5zYDAPc2AwBANwMASTcDAJk3AwCmNwMA8jcDAAE4AwBLOAMAVTgDAKQ4AwCyOAMA/TgDAAI5AwBWOQMAYzkDAK85AwC3OQMA/ocTABU6AwBhOgMAJzoDAHAxBQBmOgMAujoDAMQ6AwATOwMAGzsDAGw7AwAqOwMAv6wRAHI7AwDFOwMAejsDAIrPDgB7OwMAY8UJAHw7AwA+RwMAfTsDAOb6DADROwMAHjwDACA8AwArpg4AJTwDAHc8AwCDPAMA0DwDAN88AwApPQMAOj0DAII9AwCEPQMA2z0DAOE9AwA0PgMAQD4DAI0+AwCVPgMAV4gTAOw+AwCwiBMASz8DAAmJEwCbPwMAu4kTAKQ/AwBuHhIA9D8DABSKEwD2PwMAtIAFAE1AAwBy0g0AV0ADAKNAAwCtQAMA/EADAP5AAwBVQQMAaEEDAK5BAwC2QQMA6AAPALpBAwAHQgMADUIDAGBCAwBmQgMAuUIDAL5CAwASQwMAGEMDAG2KEwB1QwMAxEMDAMZDAwAdRAMAJ0QDAHZEAwCERAMAz0QDANREAwAoRQMANUUDAIFFAwCNRQMA2kUDAOBFAwAzRgMAOUYDAIxGAwCRRgMA5UYDAOtGAwDGihMATEcDAJdHAwCkRwMA8EcDAPdHAwBJSAMAUUgDAKJIAwCjSAMArqQMAKVIAwD7SAMAuEgDAJiiDAAPSQMAVEkDAGpJAwCtSQMAxkkDAAZKAwALSgMAX0oDAHBKAwAfixMAyUoDABFLAwATSwMAaksDAHRLAwDDSwMA0UsDABxMAwAhTAMAdUwDAIJMAwDOTAMA1kwDACdNAwAzTQMAgE0DADdNAwDkTgMAhk0DANlNAwDfTQMAMk4DADdOAwCLTgMAkU4DAHiLEwDmTgMAPU8DAEtPAwCWTwMAp08DANGLEwD2TwMAKowTAFBQAwChUAMAUlADAIqNCACTUAMANzoVAK9QAwD6UAMAsFADAIpWAwCxUAMAwQELAAdRAwBTUQMAYlEDAKxRAwCxUQMABVIDABtSAwBeUgMAX1IDALdSAwC5UgMAEFMDABpTAwBpUwMAd1MDAMJTAwDbUwMAG1QDACxUAwB0VAMAgFQDAM1UAwDVVAMANY0TADpVAwB/VQMAgFUDANhVAwDkVQMAMVYDADRWAwCOjRMAjFYDAONWAwDwVgMAPFcDAElXAwCVVwMAmlcDAO5XAwD4VwMAR1gDAE9YAwCgWAMAsFgDAPlYAwAHWQMAUlkDAF9ZAwCrWQMAslkDAARaAwAMWgMAXVoDAGBaAwC2WgMAyloDAA9bAwAlWwMAaFsDAIFbAwDBWwMAxlsDABpcAwArXAMA540TAHtcAwBAjhMAf1wDAKH2CgCPXAMApKUVANlcAwAlXQMALF0DAH5dAwCKXQMA110DAOddAwAwXgMAPl4DAIleAwCWXgMA4l4DAO5eAwA7XwMAQl8DAJmOEwCWXwMA7V8DAJlfAwDMwAQA+l8DAEZgAwBTYAMAn2ADAKRgAwD4YAMAAmEDAFFhAwBZYQMAqmEDAK9hAwAr6gQAs2EDAANiAwAGYgMAXGIDAGhiAwDyjhMAumIDAA5jAwDBYgMAEKsLABNjAwBnYwMAb2MDAMBjAwDWYwMAGWQDABtkAwByZAMAf2QDAMtkAwDfZAMAS48TACllAwB9ZQMAhWUDAF+iCwCHZQMA1mUDAN5lAwAvZgMAO2YDAIhmAwCVZgMA4WYDAOZmAwA6ZwMAQ2cDAJNnAwCqZwMA7GcDAPdnAwCkjxMAU2gDAJ5oAwChaAMA92gDAPpoAwBQaQMAXmkDAKlpAwC2aQMAAmoDABlqAwBbagMAY2oDALRqAwC6agMADWsDABlrAwBmawMAcGsDAL9rAwDIawMAGGwDAB5sAwBxbAMAfmwDAP2PEwDWbAMAI20DANhsAwDurwsAMm0DAHxtAwCNbQMA1W0DANdtAwAubgMANG4DAIduAwCTbgMA4G4DAOduAwA5bwMAQW8DAJJvAwCUbwMA628DAPhvAwBEcAMAS3ADAJ1wAwClcAMA9nADAANxAwBPcQMAVHEDAKhxAwCycQMAAXIDAAlyAwBacgMAY3IDALNyAwC2cgMADHMDABhzAwBlcwMAbHMDAFaQEwDLcwMAF3QDANRzAwBOeQMA93MDAHO0CwAydAMAcHQDAHJ0AwDJdAMA2nQDACJ1AwAwdQMAe3UDAIJ1AwDUdQMA3HUDAC12AwAydgMAhnYDAId2AwDfdgMA63YDADh3AwA+dwMAkXcDAJN3AwDqdwMA9HcDAEN4AwBReAMAnHgDAKF4AwD1eAMAAnkDAK+QEwBPeQMAp3kDAKx5AwAAegMABnoDAFl6AwBjegMAsnoDAL56AwALewMAEnsDAGR7AwBsewMAvXsDAL97AwAWfAMAI3wDAG98AwB2fAMAyHwDANB8AwAhfQMALn0DAHp9AwB/fQMA030DAN19AwAsfgMANH4DAIV+AwCOfgMA3n4DAOF+AwA3fwMAQ38DAJB/AwCXfwMACJETAPV/AwCApQsA/X8DAEKAAwBPgAMAm4ADAKWAAwD0gAMA9oADAE2BAwBggQMApoEDAK6BAwD/gQMAC4IDAFiCAwBeggMAsYIDALeCAwAKgwMAD4MDAGODAwBpgwMAYZETAL+DAwAVhAMAIYQDAG6EAwCJhAMAx4QDANOEAwAghQMAJoUDAHmFAwCHhQMA0oUDANyFAwArhgMAP4YDAISGAwCWhgMA3YYDAPmGAwA2hwMAaIcDAI+HAwCkhwMA6IcDAPqHAwBBiAMAV4gDAJqIAwCmiAMA84gDAPaIAwBMiQMAT4kDAKWJAwCniQMA/okDABWKAwBXigMAY4oDALCKAwDCigMACYsDACWLAwBiiwMAdIsDALqREwDfiwMAFIwDAByMAwATkhMAcIwDAMaMAwDOjAMAH40DADiNAwB4jQMAhI0DANGNAwDijQMAKo4DAC+OAwCDjgMAh44DANyOAwDkjgMANY8DAD+PAwCOjwMAmY8DAOePAwDzjwMAQJADAEiQAwBskhMArJADAPKQAwDzkAMAS5EDAFeRAwCkkQMAs5EDAP2RAwAHkgMAVpIDAGKSAwCvkgMAtpIDAMWSEwAWkwMAYZMDAG6TAwC6kwMAyJMDABOUAwAplAMAbJQDAHWUAwDFlAMA25QDAB6VAwAmlQMAd5UDAIaVAwDQlQMA1ZUDACmWAwBElgMAgpYDAI6WAwDblgMA4ZYDADSXAwA2lwMAjZcDAKSXAwDmlwMA8pcDAHeTEwBAmAMAmJgDAKmYAwDxmAMA/ZgDAEqZAwBZmQMAo5kDAKiZAwD8mQMAF5oDAFWaAwBdmgMArpoDAL6aAwAHmwMACZsDAGCbAwBumwMAuZsDAMqbAwDQkxMAGZwDACmUEwB5nAMAxJwDAM6cAwAdnQMAKJ0DAHadAwB+nQMAz50DANudAwAongMAO54DAIGeAwCPngMA2p4DAOSeAwAznwMAO58DANuUEwCYnwMA5Z8DAOufAwA+oAMAQKADAJegAwCuoAMA8KADAPygAwBJoQMAUaEDADSVEwCtoQMA+6EDAAGiAwBUogMAYKIDAK2iAwCwogMABqMDABGjAwBfowMAZKMDALijAwDJowMAEaQDABikAwBqpAMAcqQDAMOkAwDTpAMAHKUDACGlAwB1pQMAe6UDAM6lAwDWpQMAjZUTACymAwCApgMAjKYDANmmAwDcpgMAMqcDADqnAwCLpwMAmKcDAOSnAwDppwMAPagDAEeoAwCWqAMAnqgDAO+oAwAFqQMASKkDAFSpAwChqQMArakDAPqpAwAEqgMAU6oDAFuqAwDmlRMAtaoDAAWrAwAPqwMAXqsDAGarAwC3qwMAuKsDAOAgBADDqwMAEKwDACOsAwBprAMAaqwDAMKsAwDOrAMAG60DACqtAwB0rQMAfq0DAM2tAwDZrQMAJq4DAC2uAwA/lhMAja4DANiuAwDlrgMAMa8DAD+vAwCKrwMAoK8DAOOvAwDsrwMAPLADAFKwAwCVsAMAnbADAO6wAwD8sAMAR7EDAEqxAwCgsQMAqLEDAPGWEwAHsgMAUrIDAGGyAwCrsgMAx7IDAASzAwDLsgMAHfYDAAyzAwBKlxMAZrMDALazAwDDswMAo5cTAB20AwBotAMAfrQDAMG0AwDNtAMAGrUDACK1AwD8lxMAebUDAMy1AwDStQMAJbYDACq2AwB+tgMAhLYDAFWYEwDctgMAMLcDADm3AwCJtwMAk7cDAOK3AwDqtwMAO7gDAEC4AwCUuAMApLgDAO24AwD1uAMARrkDAEy5AwBcuwMAX7kDAJ+5AwCkuQMA+LkDAAG6AwBRugMAXroDAKq6AwCxugMAA7sDAAa7AwCumBMAXrsDALW7AwDCuwMADrwDACW8AwBnvAMAc7wDAAeZEwDHvAMAGb0DACG9AwByvQMAdr0DAMu9AwDZvQMAJL4DAC6+AwB9vgMAiL4DANa+AwDevgMAL78DADS/AwCIvwMAo78DAOG/AwDtvwMAOsADAEDAAwCTwAMAo8ADAOzAAwD9wAMARcEDAErBAwCewQMAosEDAGCZEwAAwgMAUMIDAGnCAwCpwgMAs8IDAALDAwAIwwMAW8MDAF3DAwC0wwMAw8MDAA3EAwAXxAMAZsQDAG7EAwC/xAMAw8QDABjFAwAmxQMAccUDAHvFAwDKxQMA1cUDACPGAwArxgMAfMYDAIHGAwDVxgMA8MYDAC7HAwA6xwMAh8cDAI3HAwDgxwMA8McDADnIAwBKyAMAksgDAJfIAwDryAMA78gDALmZEwBNyQMAnckDAK7JAwD2yQMAAMoDAE/KAwBdygMAqMoDAKnKAwABywMAEssDAFrLAwBuywMAs8sDALvLAwAMzAMAEMwDAGXMAwBzzAMAvswDAMjMAwAXzQMAIs0DAHDNAwB4zQMAyc0DAM7NAwAizgMAPc4DAHvOAwCHzgMA1M4DANrOAwAtzwMAPc8DAIbPAwCXzwMA388DAOTPAwA40AMAPNADABKaEwCf0AMA6tADAAXRAwBD0QMAUdEDAJzRAwCj0QMA9dEDAAHSAwBO0gMAVtIDAGuaEwC10gMAANMDAArTAwBZ0wMAZNMDALLTAwC60wMAC9QDABDUAwBk1AMAf9QDAL3UAwDJ1AMAFtUDABzVAwBv1QMAf9UDAMjVAwDZ1QMAIdYDACbWAwB61gMAftYDAMSaEwDk1gMALNcDADTXAwCF1wMAhtcDAN7XAwDj1wMAN9gDAEXYAwCQ2AMAndgDAOnYAwDz2AMAQtkDAE7ZAwCb2QMAodkDAPTZAwD82QMATdoDAFTaAwCm2gMAstoDAP/aAwAF2wMAWNsDAGTbAwCx2wMAwdsDAArcAwAW3AMAY9wDAGncAwC83AMAyNwDABXdAwAi3QMAbt0DAH3dAwDH3QMA090DAB2bEwAj3gMAed4DAHzeAwDS3gMA4N4DACvfAwBC3wMAhN8DAJHfAwDd3wMA898DADbgAwBC4AMAj+ADAJzgAwDo4AMA8uADAEHhAwBJ4QMAmuEDAKThAwDz4QMA+OEDAEziAwBU4gMApeIDALHiAwD+4gMAC+MDAFfjAwBh4wMAsOMDALbjAwAJ5AMAHeQDAGLkAwBq5AMAu+QDAMnkAwAU5QMAIeUDAG3lAwB15QMAxuUDANPlAwAf5gMALeYDAHjmAwCJ5gMA0eYDANnmAwAq5wMAQOcDAIPnAwCF5wMA3OcDAN3nAwB2mxMAOugDAPxrDwBD6AMAjugDAJ3oAwDn6AMA8+gDAEDpAwBI6QMAz5sTAJ7pAwDy6QMA++kDAEvqAwBY6gMApOoDAKvqAwD96gMAAOsDAFbrAwBe6wMAr+sDALTrAwAI7AMAEewDAGHsAwBr7AMAuuwDAMLsAwAT7QMAGO0DAGztAwB87QMAxe0DAM3tAwAe7gMAJO4DAHfuAwB57gMA0O4DAN3uAwAp7wMAQO8DAILvAwCO7wMAKJwTAOfvAwA08AMAOvADAKw5EQBL8AMAjfADAJnwAwDm8AMA7PADAD/xAwBH8QMAmPEDAJ/xAwDx8QMA//EDAEryAwBl8gMAo/IDALHyAwD88gMAA/MDAFXzAwBh8wMArvMDALbzAwCBnBMAG/QDAGD0AwBo9AMAufQDAOr0AwAS9QMAHvUDAGv1AwBx9QMAxPUDAMn1AwDanBMAKfYDAHb2AwB99gMAz/YDANf2AwAo9wMAKvcDAIH3AwCL9wMA2vcDAOL3AwAznRMAQfgDAM0GBABC+AMAjPgDAI74AwDl+AMA9vgDAD75AwBP+QMAl/kDAKP5AwDw+QMA9/kDAEn6AwBR+gMAovoDAM/6AwD7+gMAAPsDAFT7AwBV+wMArfsDALf7AwAG/AMAFPwDAF/8AwBk/AMAuPwDAMX8AwAR/QMALf0DAGr9AwCG/QMAjJ0TAND9AwAc/gMAIP4DAHX+AwB7/gMAzv4DAND+AwAn/wMAKP8DAID/AwCj/wMA2f8DAP3/AwAyAAQAXwAEAIsABACTAAQA5AAEAOkABAA9AQQASgEEAJYBBACeAQQA7wEEAPEBBABIAgQAUAIEAKECBADOAgQA+gIEAAcDBABTAwQAWAMEAKwDBAC5AwQABQQEABEEBABeBAQAiwQEALcEBAC/BAQAEAUEACsFBABpBQQAawUEAMIFBADTBQQAGwYEACQGBAB0BgQAgAYEAOWdEwDaBgQAJgcEAC0HBAB/BwQAiwcEANgHBADrBwQAMQgEADkIBACKCAQAjwgEAOMIBADsCAQAPAkEAEYJBACVCQQAnQkEAO4JBADzCQQARwoEAFcKBACgCgQAqAoEAPkKBAASCwQAUgsEAFcLBACrCwQAtAsEAAQMBAARDAQAXQwEAGQMBAC2DAQAuQwEAD6eEwAUDQQAaA0EABwNBADkFQ4AcQ0EAMENBADJDQQAGg4EACUOBABzDgQAdQ4EAMwOBADnDgQAJQ8EADEPBAB+DwQAhg8EAJeeEwDkDwQAMBAEADgQBACJEAQAlRAEAOIQBADoEAQAOxEEAEERBACUEQQAmREEAO0RBADzEQQA8J4TAFMSBACfEgQApxIEAPgSBAAMEwQAURMEAFYTBACqEwQAsxMEAAMUBAAJFAQAXBQEAGQUBAC1FAQAuBQEAA4VBAArFQQAZxUEAHgVBADAFQQAyBUEABkWBAAcFgQAchYEAIYWBADLFgQA2BYEACQXBAAuFwQAfRcEAH8XBADWFwQA6RcEAKKfEwA0GAQAiBgEAJkYBADhGAQA6hgEADoZBABQGQQAkxkEAKAZBADsGQQA9BkEAEUaBABkGgQA+58TAKoaBAD3GgQA/xoEAFSgEwBTGwQAqRsEALEbBAACHAQADxwEAFscBABgHAQAtBwEALwcBAANHQQADh0EAGYdBABoHQQAvx0EAMUdBAAYHgQAGh4EAHEeBACHHgQAyh4EANYeBAAjHwQALR8EAHwfBACIHwQA1R8EANsfBAAuIAQANiAEAIcgBAC7IAQAraATAOYgBAA5IQQARSEEAJIhBACTIQQA6yEEAO0hBABEIgQASiIEAJ0iBACpIgQA9iIEAP0iBABPIwQAVyMEAKgjBACrIwQAASQEAAskBABaJAQAXCQEALMkBAC9JAQADCUEABglBABlJQQAeyUEAL4lBADKJQQAFyYEACQmBABwJgQAeiYEAMkmBADRJgQAIicEADQnBAAGoRMAfScEANQnBADeJwQALSgEAC8oBACGKAQAjigEAE4TEgCfKAQA3ygEAOEoBAA4KQQAOykEAJEpBACdKQQA6ikEAPIpBABfoRMAVyoEAJwqBACfKgQA9SoEAP8qBABOKwQAWisEAKcrBAC9KwQAACwEAAgsBABZLAQAZywEALIsBAC1LAQACy0EABMtBABkLQQAZy0EAL0tBAByLQQACjUEAMctBAAWLgQAyC0EADcxBAAYLgQAby4EAHUuBADILgQA0i4EACEvBAAvLwQAei8EAIcvBADTLwQA6i8EACwwBAA0MAQAhTAEAI4wBADeMAQA3zAEALihEwBAMQQAkDEEAJoxBADpMQQA8zEEAEIyBABQMgQAmzIEAKgyBAD0MgQACzMEAE0zBABVMwQApjMEAK0zBAD/MwQABDQEAFg0BABcNAQAsTQEAL40BAARohMAFzUEAGM1BABrNQQAvDUEAMI1BAAVNgQAITYEAG42BAB9NgQAxzYEAMw2BAAgNwQAOzcEAHk3BACFNwQA0jcEANg3BAArOAQAPzgEAIQ4BACMOAQA3TgEAPM4BAA2OQQAOzkEAI85BACWOQQA6DkEAPQ5BABqohMASDoEAJo6BACoOgQA8zoEAAA7BABMOwQAYzsEAKU7BACtOwQA/jsEAAQ8BABXPAQAYzwEALA8BAC3PAQACT0EABc9BABiPQQAZT0EALs9BADDPQQAFD4EACI+BABtPgQAcD4EAMY+BADOPgQAHz8EADA/BAB4PwQAfT8EANE/BADTPwQAKkAEADFABACDQAQAkUAEANxABADpQAQANUEEAExBBACOQQQAlkEEAOdBBADxQQQAQEIEAEtCBACZQgQApUIEAPJCBAD6QgQAw6ITAE1DBACkQwQArkMEAP1DBAD/QwQAVkQEAFlEBACvRAQAu0QEAAhFBAASRQQAYUUEAGlFBAC6RQQAyEUEABNGBAAgRgQAbEYEAHRGBADFRgQA20YEAB5HBAAqRwQAd0cEAI1HBADQRwQA1UcEAClIBAAvSAQAgkgEAJZIBAAcoxMA3kgEADRJBAA8SQQAjUkEAJtJBADmSQQAo0kEAMr8CADzSQQAP0oEAEdKBACYSgQAokoEAPFKBAD8SgQASksEAFZLBACjSwQAq0sEAHWjEwACTAQAVUwEAFpMBACuTAQAvUwEAAdNBAATTQQAYE0EAGNNBAC5TQQAvE0EABJOBAAaTgQAa04EAHBOBADETgQA1E4EAB1PBAAlTwQAdk8EAHlPBADPTwQA2U8EAChQBAAqUAQAgVAEAIdQBADaUAQA5FAEADNRBABBUQQAjFEEAJlRBADlUQQA/FEEAD5SBABGUgQAl1IEAKBSBADwUgQA8VIEAM6jEwBWUwQAolMEAKVTBAB+XAsAqFMEAA24CgCqUwQA+1MEAKxTBABQJgUArlMEADYBBwD+UwQAEyQJAAFUBABdhgcABVQEAFRUBAAJVAQAQn8LAAtUBAAN+wgAWVQEAK1UBABgVAQA+W4FAGJUBAAvDAsAtVQEAAZVBAAJVQQAX1UEAGtVBAC4VQQAvlUEABFWBAAsVgQAalYEAHZWBADDVgQAyVYEABxXBAAkVwQAdVcEAHdXBADOVwQAelcEADBpBADYVwQAJ1gEAC9YBAAnpBMAkVgEANlYBADgWAQAMlkEADpZBACLWQQAmFkEAORZBADpWQQAPVoEAEdaBACWWgQAnloEAO9aBADxWgQA4G0LAPRaBADcHgkA+VoEAEhbBAD+WgQAknoEAP9aBAAVHwoATlsEAKFbBACjWwQA+lsEAAdcBABTXAQAVlwEAKxcBAC9XAQABV0EAAddBABeXQQAaF0EALddBADDXQQAEF4EABheBADZpBMAbl4EAMJeBADFXgQAG18EACVfBAB0XwQAfF8EAM1fBADaXwQAJmAEAChgBAB/YAQAlWAEANhgBADkYAQAMWEEADlhBAAypRMAj2EEAONhBADyYQQAPGIEAD5iBACVYgQApmIEAO5iBAD5YgQAR2MEAExjBACgYwQAo2MEAPljBAADZAQAUmQEAGRkBACrZAQAs2QEAARlBAAOZQQAXWUEAGJlBAC2ZQQAvmUEAA9mBAARZgQAaGYEAG9mBADBZgQAyGYEABpnBAAgZwQAc2cEAH9nBADMZwQAz2cEACVoBAAoaAQAfmgEAJpoBADXaAQA32gEAOSlEwA9aQQAiWkEAJFpBADiaQQA5WkEADtqBABAagQAlGoEAKNqBADtagQADWsEAEZrBABSawQAn2sEAKlrBAD4awQAAGwEAFFsBABjbAQAPaYTALRsBAADbQQAEW0EAFxtBABpbQQAtW0EAMxtBAAObgQAFm4EAGduBAB2bgQAwG4EAMVuBAAZbwQAJm8EAHJvBAB/bwQAy28EANdvBAAkcAQAM3AEAH1wBACHcAQA1nAEAORwBAAvcQQANHEEAIhxBACVcQQA4XEEAORxBAA6cgQAQnIEAJNyBACYcgQA7HIEAPlyBABFcwQATXMEAJ5zBACncwQA93MEAAR0BABQdAQAXnQEAKl0BAC8dAQAAnUEAAp1BABbdQQAYnUEALR1BAC5dQQADXYEACN2BABmdgQAaHYEAL92BADNdgQAGHcEACV3BABxdwQAeXcEAMp3BADNdwQAI3gEACh4BAB8eAQAi3gEANV4BAD1eAQALnkEADp5BACHeQQAkXkEAOB5BADoeQQAOXoEAEt6BACWphMAl3oEAOt6BAD4egQARHsEAFF7BACdewQAqXsEAPZ7BAAFfAQAT3wEAFl8BACofAQAsHwEAAF9BAALfQQAWn0EAF99BACzfQQAu30EAO+mEwAYfgQAZX4EAGt+BAC+fgQA2X4EABd/BAAjfwQAcH8EAHZ/BADJfwQA5X8EACKABAAqgAQASKcTAIOABADUgAQA3oAEAC2BBAA4gQQAhoEEAJKBBADfgQQA54EEAKGnEwBEggQAkYIEAJeCBADqggQABYMEAEODBABPgwQAnIMEAKKDBAD1gwQA/YMEAE6EBABUhAQAp4QEALCEBAAAhQQADYUEAPqnEwBnhQQAsoUEAL+FBAALhgQAIoYEAGSGBABshgQAvYYEAMKGBAAWhwQAzoYEACyJBAAjhwQAb4cEAHeHBADIhwQA04cEACGIBAAmiAQAeogEAH2IBADTiAQA3YgEAFOoEwAxiQQAhYkEAJSJBADeiQQA4IkEADeKBABIigQAkIoEAKGKBADpigQA/YoEAKyoEwBTiwQAm4sEAJ6LBAD0iwQAo4sEAGLCCACoiwQAEoQRAP6LBABNjAQAT4wEAKaMBACwjAQA/4wEAAuNBABYjQQAgo0EALGNBAC8jQQAS6cFANeNBAAKjgQAP44EAGOOBACJjgQAvI4EAOKOBAAVjwQAS48EAG6PBACZjwQAx48EAM+PBAAgkAQASpAEAHmQBACwkAQA0pAEAP2QBAArkQQAM5EEAISRBACTkQQA3ZEEAOKRBAA2kgQAP5IEAI+SBABDkgQAjpoEAKCSBADokgQA75IEAEGTBABJkwQAmpMEAKeTBADzkwQA+JMEAEyUBABWlAQApZQEAK2UBAD+lAQACJUEAIKhBAANlQQAV5UEAFyVBACwlQQAvZUEAAmWBAAWlgQAYpYEAG6WBAC7lgQAypYEABSXBAAelwQAbZcEAHWXBADGlwQA0JcEAB+YBAAkmAQAeJgEAICYBAAFqRMA3ZgEACqZBAAwmQQAg5kEAJ6ZBADcmQQA6JkEADWaBAA7mgQAXqkTAJuaBADnmgQA85oEAECbBABPmwQAmZsEAKObBADymwQAAJwEAEucBABQnAQApJwEALGcBAD9nAQABZ0EAFadBABgnQQAr50EALSdBAAIngQAEJ4EAGGeBABkngQAup4EAMaeBAATnwQAGZ8EAGyfBACHnwQAxZ8EANGfBAAeoAQAJKAEAHegBAB/oAQA0KAEANKgBAApoQQAM6EEALepEwCIoQQA26EEAN2hBAA0ogQAQaIEAI2iBACQogQA5qIEAPeiBAA/owQAQaMEAJijBACiowQA8aMEAP2jBABKpAQAUqQEABCqEwCopAQA/KQEAP+kBABVpQQAX6UEAK6lBAC2pQQAB6YEABSmBABgpgQAYqYEALmmBADPpgQAEqcEAB6nBABpqhMAh6cEAMSnBADgpwQAwqoTACKoBAB2qAQAg6gEAM+oBADcqAQAKKkEADSpBACBqQQAkKkEANqpBADkqQQAM6oEAEGqBACMqgQAkaoEAOWqBADyqgQAPqsEAFerBACXqwQAmasEAPCrBAD3qwQAG6sTAGasBACirAQAs6wEAPusBAAHrQQAVK0EAGetBACtrQQAvK0EAAauBAASrgQAX64EAGCuBAC4rgQAwq4EABGvBAAfrwQAaq8EAG+vBADDrwQA0K8EAHSrEwAhsAQAdbAEAIKwBADOsAQA27AEACexBAAzsQQAgLEEAI+xBADZsQQA47EEADKyBABAsgQAi7IEAJCyBADksgQA8bIEAD2zBABFswQAf6wTAJuzBADvswQA97MEANisEwBKtAQAobQEAK+0BAD6tAQAC7UEADGtEwBatQQAiq0TALG1BAAFtgQADbYEAF62BABttgQAt7YEALy2BAAQtwQAHbcEAGm3BAB2twQAwrcEAM63BAAbuAQAKrgEAHS4BAB+uAQAPK4TAM+4BACcVRAA07gEANkUDgDguAQAJrkEADW5BAB/uQQAi7kEANi5BADZuQQAMboEADu6BACKugQAmLoEAOO6BADougQAPLsEAEm7BACVrhMAmbsEAO67BAD5uwQAR7wEAFW8BACgvAQAsbwEAPm8BAAFvQQAUr0EAFq9BADurhMAsL0EAAS+BAARvgQAXb4EAGq+BAC2vgQAwr4EAA+/BAAevwQAaL8EAHK/BADBvwQAz78EABrABAAnwAQAc8AEAIrABABHrxMA2cAEACXBBAAywQQAfsEEAIrBBADXwQQA5sEEADDCBAA6wgQAicIEAJfCBADiwgQApcIEAHiBCgDnwgQAO8MEAEjDBACUwwQAnMMEAKCvEwD5wwQARsQEAFbEBACfxAQAqMQEAPjEBAD7xAQAUcUEAF3FBACqxQQAscUEAPmvEwAQxgQAXMYEAGvGBAC1xgQAtsYEAA7HBAAlxwQAZ8cEAIHHBADAxwQAzMcEABnIBAAsyAQAcsgEAIHIBADLyAQA18gEACTJBAAlyQQAfckEAIfJBADWyQQA5MkEAC/KBAA0ygQAiMoEAJXKBABSsBMA+8oEADrLBABJywQAk8sEAJXLBADsywQAmMsEAIfSBAD5ywQARcwEAFLMBACezAQAo8wEAPfMBAABzQQAUM0EAF/NBACpzQQArs0EAALOBAAPzgQAW84EAGjOBAC0zgQAwM4EAA3PBAAczwQAZs8EAHDPBAC/zwQAzM8EABjQBAAd0AQAcdAEAHXQBADK0AQA1tAEACPRBAAp0QQAfNEEAILRBADV0QQA2tEEAC7SBAA00gQAq7ATAJTSBADg0gQA7dIEADnTBABF0wQAktMEAKHTBADr0wQA9dMEAETUBABS1AQAndQEAKLUBAD21AQAA9UEAE/VBABW1QQAqNUEAK3VBAAB1gQADdYEAFrWBABd1gQAs9YEAMDWBAAM1wQAEdcEAGXXBABv1wQAvtcEAMrXBAAX2AQAKtgEAHDYBAB+2AQAydgEAMzYBAAi2QQALNkEAHvZBACH2QQA1NkEANrZBAAt2gQAM9oEAIbaBACL2gQA39oEAOXaBAAEsRMAOtsEAJHbBACi2wQA6tsEAPvbBABD3AQAS9wEAJzcBACs3AQA9dwEAPfcBABO3QQAXN0EAKfdBAC43QQAXbETAAfeBAC2sRMAWt4EALLeBAC33gQAC98EALjeBACWDAUAEd8EAGTfBABu3wQAvd8EAMnfBAAW4AQAHOAEAG/gBAB14AQAyOAEAM3gBAAh4QQAJ+EEAA+yEwCI4QQA0+EEAOzhBAAs4gQALeIEAIXiBACi4gQA3uIEAObiBACtBgUA+OIEADfjBAA64wQAkOMEAJXjBAAasxMAAuQEAELkBABI5AQAm+QEAFjkBACXtgUAneQEAPTkBAD65AQATeUEAGHlBACm5QQAruUEAP/lBAAM5gQAWOYEAF3mBACx5gQAu+YEAArnBAAS5wQAY+cEAHTnBAC85wQAwecEABXoBAAX6AQAbugEAHXoBADH6AQA0+gEACDpBAAn6QQAeekEAJXpBADS6QQA2ukEAHOzEwAs6gQAhOoEAJDqBADd6gQA6uoEADbrBAA+6wQAj+sEAJLrBADo6wQA8+sEAEHsBABD7AQAmuwEAKDsBADz7AQA/+wEAEztBABT7QQApe0EAK3tBAD+7QQAA+4EAFfuBABw7gQAsO4EANzuBAAJ7wQAFe8EAGLvBABx7wQAu+8EAMXvBAAU8AQAHPAEAG3wBAB98AQAxvAEANTwBAAf8QQAMPEEAHjxBACE8QQAzLMTANbxBAAq8gQAMvIEAIPyBACE8gQA3PIEAJnyBADFngwA+fIEADXzBAA98wQAjvMEAJLzBADn8wQA7fMEAED0BABC9AQAmfQEAJr0BADy9AQA8/QEAEv1BABX9QQApPUEAKr1BAD99QQABfYEAFb2BABY9gQAr/YEAMr2BAAI9wQACvcEAGH3BABv9wQAuvcEAMv3BAAT+AQAFfgEAGz4BACF+AQAxfgEANb4BAAe+QQAKvkEACW0EwCF+QQA0PkEAJP5BACYzwgA5vkEACn6BAAq+gQAgvoEAJP6BADb+gQA5/oEADT7BABK+wQAjfsEAJn7BADm+wQA8/sEAD/8BABJ/AQAmPwEAJr8BADx/AQA+/wEAEr9BABY/QQAo/0EAKj9BAD8/QQACf4EAFX+BABx/gQArv4EALb+BAB+tBMAFf8EAGD/BAB5/wQAuf8EALr/BAASAAUALwAFAGsABQBzAAUAxAAFANUABQAdAQUAKwEFAHYBBQCPAQUAzwEFANUBBQAoAgUAKgIFAIECBQCHAgUA2gIFAO4CBQAzAwUAOwMFAIwDBQCZAwUA5QMFAOoDBQA+BAUASAQFAJcEBQCfBAUA8AQFAAAFBQBJBQUATgUFAKIFBQCrBQUA+wUFAAgGBQBUBgUAWwYFANe0EwC+BgUABgcFABQHBQBfBwUAeAcFALgHBQC+BwUAEQgFABMIBQBqCAUAcAgFAMMIBQDXCAUAHAkFACQJBQB1CQUAggkFAM4JBQDTCQUAJwoFADEKBQCACgUAiAoFANkKBQDpCgUAMgsFADcLBQCLCwUAlAsFAOQLBQDxCwUAPQwFAEQMBQAwtRMAmwwFAO8MBQDwDAUASA0FAFQNBQChDQUApw0FAPoNBQALDgUAUw4FAGcOBQCsDgUAuw4FAAUPBQAKDwUAXg8FAGsPBQC3DwUAxw8FABAQBQAeEAUAaRAFAIAQBQDCEAUAyxAFABsRBQAhEQUAdBEFAIARBQDNEQUA1BEFACYSBQBCEgUAfxIFAIcSBQCJtRMA3hIFADETBQA3EwUAihMFAI8TBQDjEwUA6RMFAOK1EwBBFAUAlRQFAJcUBQDuFAUA9RQFAEcVBQBVFQUAoBUFAK0VBQD5FQUAEBYFAFIWBQBaFgUAqxYFAKwWBQAEFwUABxcFAF0XBQBxFwUAthcFAMUXBQAPGAUAFBgFAGgYBQBpGAUAwRgFANgYBQCUthMAHBkFAHMZBQCAGQUAzBkFANkZBQAlGgUAKhoFAH4aBQCIGgUA1xoFAN8aBQAwGwUAQBsFAIkbBQCXGwUA4hsFAO8bBQA7HAUAQhwFAJQcBQCcHAUA7RwFAO8cBQBGHQUATh0FAJ8dBQCgHQUA+B0FALUdBQDOuwUA/R0FAFEeBQBUHgUAqh4FALQeBQADHwUAGh8FAFwfBQBiHwUAtR8FAMEfBQAOIAUAESAFAGcgBQCEIAUAwCAFANEgBQAZIQUAISEFAHIhBQB5IQUAyyEFANEhBQAkIgUAMiIFAH0iBQCYIgUA1iIFAOIiBQAvIwUANSMFAIgjBQCdIwUA4SMFAOkjBQA6JAUARCQFAJMkBQCZJAUA7CQFAPokBQBFJQUAUSUFAJ4lBQClJQUA9yUFAP8lBQDtthMAXiYFAKkmBQC/JgUAAicFAA4nBQBbJwUAYCcFALQnBQC9JwUADSgFABcoBQBmKAUAcigFABwfBwCCKAUAvygFAMcoBQBGtxMAHSkFAHEpBQB+KQUAyikFANcpBQAjKgUALyoFAHwqBQCLKgUA1SoFAN8qBQAuKwUAPCsFAIcrBQCMKwUA4CsFAO0rBQA5LAUAQSwFAJ+3EwCgLAUA6ywFAAEtBQBELQUAUC0FAJ0tBQCiLQUA9i0FAP8tBQBPLgUAWS4FAKguBQCwLgUAAS8FAA0vBQBaLwUAbS8FALMvBQC0LwUADDAFABowBQBlMAUAazAFAL4wBQDKMAUAFzEFAB4xBQD4txMAejEFAMkxBQDRMQUAIjIFACgyBQDMqQoAMTIFAHsyBQCAMgUAKqQFAIEyBQDUMgUA4DIFAC0zBQAvMwUAhjMFAJAzBQDfMwUA6zMFADg0BQBANAUAUbgTAJk0BQDqNAUA+TQFAEM1BQBINQUAnDUFAKk1BQD1NQUAAjYFAE42BQBaNgUApzYFALY2BQAANwUACjcFAFk3BQBnNwUAsjcFALc3BQALOAUAGDgFAGQ4BQBsOAUAvTgFAMc4BQAWOQUAGzkFAG85BQB3OQUAyDkFANM5BQAhOgUAJjoFAHo6BQB9OgUA0zoFAN06BQAsOwUANDsFAKq4EwCKOwUA3jsFAO07BQA3PAUAOTwFAJA8BQChPAUA6TwFAPQ8BQBCPQUARz0FAJs9BQCePQUA9D0FAP49BQBNPgUAVT4FAKY+BQCoPgUA/z4FAAw/BQBYPwUAXz8FALE/BQC5PwUACkAFAAtABQBjQAUAaEAFALxABQDCQAUAFUEFAB9BBQBuQQUAdkEFAAO5EwD5QQUAIEIFAFdCBQB5QgUAk0IFANJCBQD4QgUAK0MFAEVDBQCEQwUAqkMFAN1DBQD3QwUANkQFAF9EBQCPRAUAl0QFAOhEBQDqRAUAQUUFAE5FBQCaRQUAoUUFAPNFBQD7RQUATEYFAE1GBQClRgUAqkYFAP5GBQAERwUAV0cFAGFHBQCwRwUAuEcFAFy5EwAlSAUAtbkTAGpIBQC7SAUAvUgFABRJBQAhSQUAbUkFAHRJBQDGSQUAzkkFAB9KBQAgSgUAeEoFAH1KBQDRSgUA10oFACpLBQA0SwUAg0sFAItLBQAOuhMA4UsFADVMBQA3TAUAjkwFAJVMBQDnTAUA9UwFAEBNBQBNTQUAmU0FALBNBQDyTQUA+k0FAEtOBQBVTgUApE4FAGFOBQASsgUAr04FAP1OBQAJTwUAVk8FAF5PBQBnuhMAsE8FAAhQBQC5TwUAOTcGAMVPBQAPIwYADVAFAGFQBQBkUAUAulAFAMRQBQATUQUAKlEFAGxRBQByUQUAxVEFANFRBQAeUgUAIVIFAHdSBQCUUgUA0FIFAOFSBQApUwUASFMFAIJTBQCKUwUA21MFAN1TBQA0VAUAQ1QFAI1UBQCXVAUA5lQFAPRUBQA/VQUAWlUFAJhVBQCkVQUA8VUFAPlVBQDAuhMAVlYFAKNWBQCyVgUA/FYFAAFXBQBVVwUAW1cFAK5XBQC1VwUAB1gFAA9YBQBgWAUAYlgFALlYBQDAWAUAElkFABRZBQBrWQUAbFkFAMRZBQDOWQUAHVoFAClaBQB2WgUAfFoFAM9aBQDpWgUAKFsFADBbBQCBWwUAl1sFANpbBQDoWwUAM1wFADZcBQCMXAUAj1wFAOVcBQDzXAUAPl0FAEtdBQCXXQUArl0FAPBdBQD4XQUASV4FAEteBQCiXgUAql4FAPteBQASXwUAVF8FAGBfBQCtXwUAw18FAAZgBQAOYAUAX2AFAG1gBQC4YAUAwmAFABFhBQAZYQUAamEFAHFhBQDDYQUAz2EFABxiBQAdYgUAdWIFAIFiBQDOYgUA22IFACdjBQAuYwUAgGMFAINjBQDZYwUA4WMFADJkBQA3ZAUAi2QFAJhkBQDkZAUAFGUFAD1lBQBFZQUAGbsTAJ5lBQDw9xMAsmUFAO9lBQD3ZQUAcrsTAFZmBQChZgUAo2YFAPpmBQALZwUAU2cFAFtnBQCsZwUAuGcFAAVoBQALaAUAXmgFAGRoBQC3aAUAvGgFABBpBQAWaQUAy7sTAG5pBQDCaQUAdWkFAMdWDwDKaQUAG2oFACBqBQDDSgsAIWoFAOWpDAAnagUALxcMACpqBQB0agUALGoFAB2nDAAyagUARhwNAHlqBQDNagUAemoFACdBCgDaagUAJmsFADNrBQB/awUAi2sFANhrBQDnawUAMWwFADtsBQAvvRMAlGwFAONsBQDobAUAPG0FAERtBQCIvRMAmm0FAO5tBQDxbQUAR24FAFFuBQCgbgUAyG4FADq+EwD/bgUAUm8FAGhvBQCrbwUAuW8FAARwBQARcAUAXXAFAF9wBQC2cAUAwHAFAA9xBQAbcQUAaHEFAG9xBQDBcQUAyXEFABpyBQAhcgUAc3IFAHxyBQDMcgUA2HIFACVzBQAtcwUAk74TAINzBQDXcwUA33MFADB0BQA/dAUAiXQFAI50BQDidAUA73QFADt1BQBIdQUAlHUFAKB1BQDtdQUA/HUFAEZ2BQBQdgUAn3YFAK12BQD4dgUA/XYFAFF3BQBedwUAqncFALJ3BQADeAUADXgFAFx4BQBqeAUAtXgFAMt4BQAOeQUAGnkFAGd5BQBseQUAwHkFAMl5BQAZegUAI3oFAOy+EwB8egUAy3oFANd6BQAkewUALHsFAEW/EwCCewUA1nsFAON7BQAvfAUAPHwFAIh8BQCUfAUA4XwFAPB8BQA6fQUARH0FAJN9BQCrfQUA7H0FAPZ9BQBFfgUAU34FAJ5+BQC0fgUA934FAAN/BQBQfwUAVX8FAKl/BQCyfwUAAoAFAAyABQBbgAUAY4AFAJ6/EwDBgAUADYEFAMqABQCL8xIAGoEFAGaBBQBygQUAv4EFAM6BBQAYggUAIoIFAHGCBQB/ggUAyoIFANeCBQAjgwUAOoMFAHyDBQCEgwUA1YMFAN+DBQAuhAUAM4QFAIeEBQCPhAUA978TAOyEBQA5hQUAP4UFAJKFBQCthQUA64UFAPeFBQBEhgUASoYFAFDAEwClhgUAqcATAPuGBQBPhwUAXIcFAKiHBQC1hwUAAYgFAA2IBQBaiAUAaYgFALOIBQC9iAUADIkFABqJBQBliQUAaokFAL6JBQDLiQUAF4oFAB+KBQACwRMAfIoFAMmKBQDZigUAIosFACuLBQB7iwUAfosFANSLBQDgiwUALYwFADSMBQBbwRMAlIwFAN+MBQD1jAUAOI0FAESNBQCRjQUAmI0FAOqNBQDyjQUAQ44FAEiOBQCcjgUApY4FAPWOBQD/jgUAtMETAFOPBQCnjwUAWo8FACyUBQCvjwUAAJAFAAaQBQBZkAUAXpAFALKQBQC7kAUAC5EFABWRBQBkkQUAcJEFAL2RBQDFkQUADcITABuSBQBvkgUAd5IFAMiSBQDTkgUAIZMFACaTBQB6kwUAfZMFANOTBQDdkwUAZsITADaUBQCFlAUAiZQFAN6UBQDjlAUAN5UFAD2VBQCQlQUAsJUFAOmVBQDxlQUAQpYFAFCWBQCblgUAnpYFAPSWBQD8lgUATZcFAFaXBQCmlwUAs5cFAP+XBQAFmAUAWJgFAGSYBQCxmAUAs5gFAAqZBQAZmQUAY5kFAG6ZBQC8mQUAvpkFABWaBQAumgUAbpoFAH+aBQDHmgUA05oFAL/CEwAomwUAeZsFAJmbBQDSmwUA4JsFACucBQA4nAUAhJwFAIucBQDdnAUA+ZwFADadBQA+nQUAGMMTAJSdBQDonQUA9Z0FAEGeBQBOngUAmp4FAKaeBQDzngUAAp8FAEyfBQBWnwUApZ8FALqfBQD+nwUABqAFAFegBQBmoAUAsKAFALKgBQAJoQUAEqEFAGKhBQBloQUAu6EFAMehBQAUogUAMKIFAG2iBQB1ogUAccMTAMuiBQAfowUANaMFAHijBQCEowUA0aMFAPSjBQDKwxMAN6QFAIOkBQCQpAUA3KQFAOikBQA1pQUARKUFAI6lBQCYpQUA56UFAO+lBQBApgUASqYFAJmmBQCepgUA8qYFAPqmBQAjxBMAX6cFAKSnBQDKpwUA/acFACOoBQBWqAUAfKgFAK+oBQDaqAUACKkFABCpBQBhqQUAi6kFALqpBQDsqQUAE6oFADmqBQBsqgUAkqoFAMWqBQD3qgUAHqsFAEmrBQB3qwUAf6sFANCrBQDVqwUASRAGAN+rBQAprAUALqwFAIKsBQCPrAUA26wFAOisBQA0rQUAQK0FAI2tBQCcrQUA5q0FAPCtBQA/rgUATa4FAJiuBQCdrgUA8a4FAP6uBQBKrwUAUq8FAKOvBQCprwUA/K8FAK2vBQCBDQYACLAFAFWwBQBlsAUArrAFALewBQAHsQUACrEFAGCxBQBssQUAubEFAMCxBQB8xBMAJrIFAGuyBQBusgUAxLIFAOGyBQAdswUALrMFAHazBQB9swUAz7MFAOizBQAotAUAMLQFAIG0BQCXtAUA2rQFAN+0BQAztQUAOrUFAIy1BQCVtQUA5bUFAPa1BQA+tgUASrYFANXEEwCZtgUAEboFAKu2BQDwtgUA87YFAEm3BQBmtwUAorcFALO3BQD7twUACrgFAFS4BQBluAUArbgFALu4BQAGuQUAErkFAF+5BQBsuQUAuLkFAMK5BQAuxRMAF7oFAGq6BQB4ugUAw7oFAMW6BQAcuwUAI7sFAHW7BQCOuwUAh8UTAOK7BQAnvAUAKrwFAIC8BQCdvAUA2bwFAOq8BQAyvQUAOr0FAIu9BQCSvQUA5L0FAOq9BQA9vgUAS74FAJa+BQCxvgUA774FAPu+BQBIvwUATr8FAKG/BQC2vwUA+r8FAALABQBTwAUAXcAFAKzABQCywAUABcEFABPBBQBewQUAasEFALfBBQC+wQUAEMIFABjCBQDgxRMAcsIFAMLCBQDPwgUAG8MFACnDBQB0wwUAg8MFAM3DBQDPwwUAJsQFADDEBQB/xAUAjcQFANjEBQDdxAUAMcUFAD7FBQCKxQUAjcUFAOPFBQDvxQUAPMYFAE/GBQCVxgUApMYFAO7GBQD6xgUAR8cFAEjHBQCgxwUAqscFAPnHBQAHyAUAUsgFAFfIBQCryAUAuMgFADnGEwAJyQUAXckFAHPJBQC2yQUAzMkFAA/KBQAYygUAaMoFAHXKBQDBygUAz8oFABrLBQApywUAc8sFAHXLBQDMywUA1ssFACXMBQAzzAUAfswFAIPMBQDXzAUA5MwFADDNBQAzzQUAic0FAJHNBQDizQUA880FADvOBQBJzgUAlM4FAKHOBQDtzgUADc8FAEbPBQBOzwUAn88FAK/PBQD4zwUA+s8FAFHQBQBf0AUAqtAFALvQBQBExxMACdEFAFzRBQBo0QUAnccTALzRBQAO0gUAwtEFAGrQBwAV0gUAZ9IFAG3SBQDA0gUAzNIFABnTBQAc0wUActMFAHXTBQDL0wUA89MFACTUBQBH1AUAfdQFAIjUBQDW1AUA29QFAC/VBQAy1QUAiNUFAJLVBQDh1QUACdYFAPbHEwA/1gUAk9YFAKDWBQDs1gUA+dYFAEXXBQBR1wUAntcFAK3XBQD31wUAAdgFAFDYBQBY2AUAqdgFALPYBQAC2QUAB9kFAFvZBQBj2QUAT8gTAMHZBQAN2gUAIdoFAGbaBQBu2gUAv9oFAMTaBQAY2wUAKNsFAHHbBQB52wUAytsFANTbBQAj3AUALtwFAHzcBQCI3AUA1dwFAN3cBQCoyBMAL90FAIfdBQCT3QUA4N0FAO/dBQA53gUAR94FAJLeBQCi3gUA694FAPneBQBE3wUAUN8FAJ3fBQCk3wUA9t8FAP7fBQBP4AUAZeAFAKjgBQC84AUAAeEFAAThBQBa4QUAd+EFALPhBQDE4QUADOIFABTiBQBl4gUAcOIFAL7iBQDD4gUAF+MFABrjBQBw4wUAeuMFAMnjBQDM4wUAAckTACTkBQBEAAkAJ+QFAHvkBQB+5AUA1OQFAN7kBQAt5QUANeUFAIblBQCl5QUAWskTAPPlBQA45gUAXuYFAJHmBQC35gUA6uYFABDnBQBD5wUAfOcFAJznBQDO5wUA9ecFABvoBQBO6AUAdOgFAKfoBQDZ6AUAAOkFACTpBQBZ6QUAdekFALLpBQC66QUAs8kTABDqBQBk6gUAceoFAL3qBQDK6gUAFusFACLrBQBv6wUAfusFAMjrBQDS6wUAIewFAC/sBQB67AUAf+wFANPsBQDg7AUALO0FADTtBQAMyhMAke0FAN7tBQDu7QUAN+4FAEDuBQCQ7gUAk+4FAOnuBQD17gUAQu8FAEnvBQBlyhMAqe8FAPTvBQAK8AUATfAFAFnwBQCm8AUArfAFAP/wBQAH8QUAWPEFAF3xBQCx8QUAuvEFAAryBQAU8gUAvsoTAGTyBQC88gUAyPIFABXzBQAb8wUAbvMFAHDzBQDH8wUA0fMFACD0BQAu9AUAefQFAH70BQDS9AUA3/QFACv1BQAz9QUAhPUFAI71BQDd9QUA6/UFADb2BQBM9gUAj/YFAJv2BQDo9gUA7/YFAEH3BQBJ9wUAmvcFAJ/3BQDz9wUA/PcFAEz4BQBW+AUAF8sTAKj4BQD++AUAG/kFAFf5BQBo+QUAsPkFAL75BQAJ+gUAIfoFAGL6BQBl+gUAu/oFANj6BQAU+wUAJfsFAG37BQCF+wUAxvsFANL7BQAf/AUAMvwFAHj8BQCH/AUA0fwFAN38BQAq/QUAK/0FAIP9BQCN/QUA3P0FAOr9BQA1/gUAOv4FAI7+BQCb/gUAcMsTAOz+BQBA/wUATf8FAJn/BQCm/wUA8v8FAP7/BQBLAAYAWgAGAKQABgCuAAYA/QAGAAsBBgBWAQYAWwEGAK8BBgC8AQYACAIGABACBgB7zBMAbQIGALoCBgDKAgYAEwMGABwDBgBsAwYAbwMGAMUDBgDRAwYAHgQGACUEBgDUzBMAhQQGANAEBgDmBAYAKQUGADUFBgCCBQYAiQUGANsFBgDjBQYANAYGADkGBgCNBgYAlgYGAOYGBgDwBgYALc0TAEAHBgCYBwYApAcGAPEHBgD3BwYASggGAEwIBgCjCAYArQgGAPwIBgAKCQYAVQkGAFoJBgCuCQYAuwkGAAcKBgAPCgYAYAoGAGoKBgC5CgYAxwoGABILBgAoCwYAawsGAHcLBgDECwYAywsGAB0MBgAlDAYAdgwGAHsMBgDPDAYA2AwGACgNBgAyDQYAhs0TAI8NBgDaDQYA8A0GADMOBgA/DgYAjA4GAJMOBgDlDgYA7Q4GAD4PBgBDDwYAlw8GAKAPBgDwDwYA+g8GAN/NEwBKEAYAohAGAK4QBgD7EAYAAREGAFQRBgBWEQYArREGALcRBgAGEgYAFBIGAF8SBgBkEgYAuBIGAMUSBgAREwYAGRMGAGoTBgB0EwYAwxMGANETBgAcFAYAMhQGAHUUBgCBFAYAzhQGANUUBgAnFQYALxUGAIAVBgCFFQYA2RUGAOIVBgAyFgYAPBYGADjOEwCNFgYAfSwOAJkWBgDkFgYA9RYGAD0XBgBCFwYAlhcGAK0XBgDvFwYAAxgGAEgYBgBgGAYAoRgGALAYBgD6GAYA/xgGAFMZBgBgGQYArBkGALkZBgAFGgYAERoGAF4aBgBtGgYAtxoGAMEaBgAQGwYAGBsGAGkbBgCHGwYAwhsGAMobBgAbHAYAJBwGAHQcBgCBHAYAzRwGAM8cBgAmHQYAPx0GAH8dBgCQHQYA2B0GAOQdBgAxHgYAOR4GAJHOEwCPHgYA4x4GAOseBgA8HwYASx8GAJUfBgCaHwYA7h8GAPsfBgBHIAYAVCAGAKAgBgCsIAYA+SAGAAghBgBSIQYAXCEGAKshBgCzIQYABCIGAA4iBgBdIgYAYiIGALYiBgC+IgYA6s4TACMjBgBoIwYAayMGAMEjBgDeIwYAGiQGACskBgBzJAYApSQGAMwkBgDrJAYAJSUGAC0lBgB+JQYAgCUGANclBgDmJQYAMCYGADomBgCJJgYAlyYGAOImBgD9JgYAOycGAEcnBgCUJwYAnCcGAEPPEwD5JwYARigGAFUoBgCfKAYApCgGAPgoBgD+KAYAUSkGAFgpBgCqKQYAsikGAAMqBgAFKgYAXCoGAGMqBgC1KgYAtyoGAA4rBgAPKwYAZysGAHErBgDAKwYAzCsGABksBgAfLAYAciwGAIwsBgDLLAYA0ywGACQtBgA6LQYAfS0GAIstBgDWLQYA2S0GAC8uBgAyLgYAiC4GAJYuBgDhLgYA7i4GADovBgBRLwYAky8GAJsvBgDsLwYA7i8GAEUwBgBNMAYAnjAGALUwBgD3MAYAAzEGAFAxBgBmMQYAqTEGALExBgACMgYAEDIGAFsyBgBlMgYAtDIGALwyBgANMwYAFDMGAGYzBgByMwYAvzMGAMAzBgAYNAYAJDQGAHE0BgB+NAYAyjQGANE0BgAjNQYAJjUGAHw1BgCENQYA1TUGANo1BgAuNgYAOzYGAIc2BgC3NgYA4DYGAOg2BgCczxMAPzcGAJI3BgCgNwYA6zcGAPw3BgBEOAYASTgGAJ04BgC0OAYA9jgGAAo5BgBPOQYAbjkGAKg5BgCwOQYAAToGAAM6BgBaOgYAaToGALM6BgC9OgYADDsGABo7BgBlOwYAgDsGAL47BgDKOwYAFzwGAB88BgD1zxMAfDwGAMk8BgDYPAYAIj0GACc9BgB7PQYAgT0GANQ9BgDbPQYALT4GADU+BgCGPgYAiD4GAN8+BgDmPgYAOD8GADo/BgCRPwYAkj8GAOo/BgD0PwYAQ0AGAE9ABgCcQAYAokAGAPVABgAPQQYATkEGAFZBBgCnQQYAvUEGAABCBgAOQgYAWUIGAFxCBgCyQgYAtUIGAAtDBgAZQwYAZEMGAHFDBgC9QwYA1EMGABZEBgAeRAYAb0QGAHFEBgDIRAYA0EQGACFFBgA4RQYAekUGAIZFBgDTRQYA6UUGACxGBgA0RgYAhUYGAJNGBgDeRgYA6EYGADdHBgA/RwYAkEcGAJdHBgDpRwYA9UcGAEJIBgBDSAYAm0gGAKdIBgD0SAYAAUkGAE1JBgBUSQYApkkGAKlJBgD/SQYAB0oGAFhKBgBdSgYAsUoGAL5KBgAKSwYAOksGAGNLBgBrSwYATtATAMFLBgAVTAYAMUwGAG5MBgB2TAYAp9ATAAFNBgAgTQYARk0GAHlNBgCiTQYA0k0GAAROBgArTgYAQE4GAIROBgCMTgYA3U4GAOBOBgA2TwYAU08GAI9PBgCgTwYA6E8GAOtPBgBBUAYAS1AGAJpQBgCcUAYA81AGAP1QBgBMUQYAWFEGAKVRBgDBUQYA/lEGAAZSBgAA0RMAjFIGALBSBgCzUgYACVMGAC9TBgBiUwYAi1MGALtTBgDfUwYAFFQGABxUBgBZ0RMAclQGAMZUBgDTVAYAH1UGACxVBgB4VQYAhFUGANFVBgDgVQYAKlYGADRWBgCDVgYAkVYGANxWBgDhVgYANVcGAEJXBgCOVwYAllcGAOdXBgDxVwYAQFgGAE5YBgCZWAYAr1gGAPJYBgD+WAYAS1kGAFBZBgCkWQYArVkGAP1ZBgAHWgYAVloGAHJaBgCvWgYAt1oGALLREwAKWwYAYVsGAG9bBgC6WwYAy1sGAAvSEwAaXAYAZNITAHFcBgDFXAYAzVwGAB5dBgAtXQYAd10GAH1dBgDQXQYA3F0GACleBgArXgYAgl4GAIxeBgDbXgYA514GADRfBgA8XwYAFtMTAJJfBgDmXwYA9V8GAD9gBgBfYAYAmGAGAKRgBgDxYAYA+2AGAEphBgBSYQYAo2EGAKVhBgD8YQYADGIGAFViBgBfYgYArmIGALpiBgAHYwYADWMGAGBjBgBoYwYAb9MTAL5jBgASZAYAG2QGAHo5DQAfZAYAa2QGAChkBgCNzRAAdWQGABqSEAB4ZAYAxGQGANBkBgAdZQYALGUGAHZlBgCAZQYAz2UGANdlBgBDKQwA3WUGAChmBgA1ZgYAgWYGAJhmBgDaZgYA4mYGADNnBgA9ZwYAjGcGAJFnBgDlZwYA7WcGAMjTEwBLaAYAl2gGAKVoBgDwaAYAA2kGAElpBgBRaQYAomkGAKVpBgD7aQYAAGoGAFRqBgBjagYArWoGAM1qBgAGawYAEmsGAF9rBgBpawYAuGsGANRrBgARbAYAGWwGACHUEwB9bAYAw2wGAMlsBgAcbQYAKG0GAHVtBgB/bQYAzm0GANRtBgAnbgYANW4GAIBuBgCMbgYA2W4GANxuBgAybwYAM28GAItvBgCXbwYA5G8GAOpvBgA9cAYAQ3AGAJZwBgCicAYA73AGAAxxBgBIcQYAUXEGAKFxBgCtcQYA+nEGAP1xBgBTcgYAXXIGAKxyBgC4cgYABXMGAAtzBgBecwYAZHMGALdzBgC8cwYAEHQGABZ0BgB61BMAdXQGAMJ0BgDEdAYAG3UGACp1BgB0dQYAf3UGAM11BgDZdQYAJnYGAC12BgB/dgYAh3YGANh2BgDidgYAMXcGADx3BgCKdwYAlncGAON3BgDrdwYAhdUTAD54BgCVeAYAqHgGAO54BgD2eAYAR3kGAE15BgCgeQYArHkGAPl5BgADegYAUnoGAFh6BgCregYAuXoGAAR7BgAQewYAXXsGAGB7BgC2ewYAvnsGAA98BgAQfAYAaHwGAHR8BgDBfAYAx3wGABp9BgAifQYAc30GAHl9BgDMfQYA2H0GACV+BgBCfgYAfn4GAId+BgDXfgYA434GADB/BgAzfwYAiX8GAJN/BgDifwYA6n8GADuABgBMgAYAlIAGAKKABgDtgAYAA4EGAEaBBgBUgQYAn4EGAKmBBgDe1RMAB4IGAFGCBgBcggYAqoIGALaCBgADgwYACoMGAFyDBgBkgwYAtYMGAL+DBgAOhAYAGYQGAGeEBgBzhAYAwIQGAMiEBgA31hMAG4UGAHKFBgCFhQYAy4UGANOFBgAkhgYAKoYGAH2GBgCJhgYA1oYGAOCGBgAvhwYANYcGAIiHBgCWhwYA4YcGAO2HBgA6iAYAPYgGAJOIBgCbiAYA7IgGAO2IBgBFiQYAUYkGAJ6JBgCkiQYA94kGAP+JBgBQigYAVooGAKmKBgC1igYAAosGAB+LBgBbiwYAZIsGALSLBgDAiwYADYwGABCMBgBmjAYAcIwGAL+MBgDHjAYAGI0GACmNBgBxjQYAf40GAMqNBgDgjQYAI44GADGOBgB8jgYAho4GANWOBgDdjgYALo8GAFGPBgCQ1hMAko8GAOCPBgDujwYAOZAGAEiQBgCSkAYAnZAGAOuQBgDzkAYARJEGAFKRBgCdkQYAoJEGAPaRBgD+kQYA6dYTAGuSBgBC1xMAqpIGAAGTBgAOkwYAWpMGAGeTBgCzkwYAuJMGAAyUBgAWlAYAZZQGAHSUBgC+lAYAw5QGABeVBgAklQYAcJUGAH2VBgDJlQYA1ZUGACKWBgAxlgYAe5YGAIWWBgDUlgYA4JYGAC2XBgAzlwYAhpcGAIyXBgDflwYA5JcGADiYBgA+mAYAm9cTAJaYBgBVuwYAopgGAOqYBgD4mAYAQ5kGAE+ZBgCcmQYAqZkGAPWZBgD/mQYATpoGAGqaBgCnmgYAw5oGAPTXEwACmwYAWZsGAGabBgCymwYAv5sGAAucBgAQnAYAZJwGAG6cBgC9nAYAzJwGABadBgAbnQYAb50GAHydBgDInQYA1Z0GACGeBgAtngYAep4GAImeBgDTngYA3Z4GACyfBgA4nwYAhZ8GAIufBgDenwYA5J8GADegBgA8oAYAkKAGAJagBgBN2BMA9aAGAEKhBgBJoQYAm6EGAKmhBgD0oQYA96EGAE2iBgBVogYApqIGAKuiBgD/ogYADKMGAFijBgBgowYAptgTALajBgAKpAYAGaQGAGOkBgBlpAYAvKQGAM2kBgAVpQYAIKUGAG6lBgBzpQYAx6UGAMqlBgAgpgYAKqYGAHmmBgCVpgYA/9gTANmmBgArpwYAOacGAISnBgCHpwYA3acGAOynBgA2qAYAO6gGAI+oBgCcqAYA6KgGAPWoBgBBqQYATakGAJqpBgCpqQYA86kGAP2pBgBMqgYAWqoGAKWqBgCqqgYA/qoGAAurBgBXqwYAY6sGALCrBgDDqwYACawGABisBgBirAYAbqwGALusBgC8rAYAFK0GAB6tBgBtrQYAe60GAMatBgDLrQYAH64GACyuBgBY2RMAeq4GANGuBgDfrgYAKq8GADuvBgBj2hMAiq8GALzaEwDhrwYANbAGAD2wBgCOsAYAnbAGAOewBgDssAYAQLEGAE2xBgCZsQYAprEGAPKxBgD+sQYAS7IGAFqyBgCksgYArrIGAG7bEwD/sgYAVrMGAHGzBgCvswYAsbMGAAi0BgAitAYAYbQGAG60BgC6tAYAxrQGABO1BgAdtQYAbLUGAIa1BgDFtQYA1LUGAB62BgAjtgYAd7YGAIS2BgDQtgYA3bYGACm3BgA1twYAgrcGAJG3BgDbtwYA5bcGADS4BgBAuAYAjbgGAKC4BgDmuAYA9bgGAD+5BgBLuQYAmLkGAJm5BgDxuQYA+7kGAEq6BgBYugYAo7oGAKi6BgD8ugYACbsGAMfbEwBiuwYArrsGALu7BgAHvAYAE7wGAGC8BgBvvAYAubwGAMO8BgASvQYAIL0GAGu9BgBwvQYAxL0GANG9BgAdvgYAKb4GAHa+BgCJvgYAz74GAN6+BgAovwYANL8GAIG/BgCCvwYA2r8GAOS/BgAzwAYAQcAGAIzABgCRwAYA5cAGAPLABgAg3BMAS8EGAJfBBgCZwQYA8MEGAAnCBgBJwgYAWsIGAKLCBgCuwgYA+8IGAAPDBgAr3RMAWcMGAK3DBgC1wwYABsQGABXEBgBfxAYAZMQGALjEBgDFxAYAEcUGAB7FBgBqxQYAdsUGAMPFBgDSxQYAHMYGACbGBgCE3RMAiMYGAM7GBgDdxgYAJ8cGADPHBgCAxwYAgccGANnHBgDjxwYAMsgGAEDIBgCLyAYAkMgGAOTIBgDxyAYA3d0TAELJBgCWyQYAo8kGAO/JBgD8yQYASMoGAFTKBgChygYAsMoGAPrKBgAEywYAU8sGAGHLBgCsywYAscsGAAXMBgASzAYAXswGAGbMBgDo3hMAw8wGABDNBgAgzQYAac0GAHLNBgDCzQYAxc0GABvOBgAnzgYAdM4GAHvOBgBB3xMA2M4GACbPBgAnzwYAf88GAJfPBgDYzwYA5c8GADHQBgA90AYAitAGAJTQBgDj0AYA59AGADzRBgBB0QYAldEGAJvRBgDu0QYADtIGAEfSBgBf0gYAoNIGALfSBgD50gYABdMGAFLTBgBc0wYAq9MGAK3TBgAE1AYAC9QGAF3UBgBk1AYAttQGALzUBgAP1QYAG9UGAGjVBgBr1QYAwdUGAMTVBgAa1gYAJtYGAHPWBgB21gYAmt8TANHWBgAl1wYALdcGAH7XBgCE1wYA19cGANzXBgAw2AYAOdgGAInYBgCT2AYA4tgGAO7YBgA72QYAQ9kGAPPfEwCZ2QYA7dkGAPXZBgBG2gYAUdoGAJ/aBgCk2gYA+NoGAPvaBgBR2wYAW9sGAEzgEwCy2wYAA9wGAAfcBgBc3AYAXtwGALXcBgC43AYADt0GABbdBgBn3QYAdN0GAMDdBgDF3QYAGd4GACPeBgBy3gYAet4GAMveBgDM3gYAJN8GACnfBgB93wYAgN8GANbfBgDZ3wYAL+AGAD3gBgCI4AYAoeAGAOHgBgDy4AYAOuEGAEbhBgCT4QYAm+EGAKXgEwDx4QYAReIGAE3iBgCe4gYAreIGAPfiBgD84gYAUOMGAF3jBgCp4wYAtuMGAALkBgAO5AYAW+QGAGrkBgC05AYAvuQGAA3lBgAV5QYAZuUGAHDlBgC/5QYAxOUGABjmBgAg5gYA/uATAHzmBgDK5gYA1uYGACPnBgAr5wYAV+ETAIjnBgDV5wYA3OcGAC7oBgA86AYAh+gGAIroBgDg6AYA6OgGADnpBgA86QYAkukGAJ7pBgDr6QYA8ekGAETqBgBf6gYAneoGAKnqBgD26gYA/OoGAE/rBgBy6wYAqOsGAKvrBgAB7AYAJewGALDhEwBf7AYAs+wGAMDsBgAM7QYAGe0GAGXtBgBx7QYAvu0GAM3tBgAX7gYAIe4GAHDuBgB+7gYAye4GAM7uBgAi7wYAL+8GAHvvBgCD7wYACeITAOHvBgAt8AYANfAGAIbwBgCf8AYA3/AGAOXwBgA48QYAPfEGAJHxBgCx8QYA6vEGAPbxBgBD8gYAUPIGAJzyBgCk8gYA9fIGAPjyBgBO8wYAWPMGAKfzBgCp8wYAAPQGAAr0BgBZ9AYAZfQGAGLiEwDI9AYAC/UGABf1BgBk9QYAafUGAL31BgBs9QYA/fMUAMb1BgAW9gYAIPYGAG/2BgB39gYAng4LAHv2BgDI9gYAkvYGAPw/CwDO9gYAIfcGANv2BgDlZg4AJ/cGAHr3BgB/9wYA0/cGANn3BgC74hMAOvgGAIX4BgCb+AYA3vgGAOr4BgA3+QYAPPkGAJD5BgCZ+QYA6fkGAPP5BgBC+gYASvoGAJv6BgCq+gYA9PoGAPn6BgBN+wYAWvsGAKb7BgCz+wYA//sGAAv8BgBY/AYAZ/wGALH8BgC7/AYACv0GABj9BgBj/QYAcP0GALz9BgDT/QYAFf4GAB3+BgBu/gYAeP4GAMf+BgDM/gYAIP8GACj/BgDG4xMAhf8GANL/BgDY/wYAKwAHAEYABwCEAAcAkAAHAN0ABwDjAAcAH+QTADwBBwCKKA8ASQEHAI8BBwCeAQcA6AEHAPQBBwBBAgcAQgIHAJoCBwCkAgcA8wIHAAEDBwBMAwcAUQMHAKUDBwCyAwcAeOQTAAMEBwBXBAcAXwQHALAEBwCzBAcACQUHABIFBwBiBQcAcQUHALsFBwDGBQcAFAYHABwGBwBtBgcAfQYHAMYGBwDUBgcAHwcHADAHBwB4BwcAhAcHANEHBwDZBwcAg+UTADAIBwCDCAcAiwgHANwIBwDjCAcANQkHAEMJBwCOCQcAlAkHAOcJBwDzCQcAQAoHAE8KBwCZCgcAowoHAPIKBwD3CgcASwsHAFELBwCkCwcAuAsHAP0LBwAFDAcAVgwHAIAMBwCvDAcAuAwHAAgNBwAVDQcAYQ0HAG8NBwC6DQcAzQ0HABMOBwAvDgcA3OUTAHEOBwDFDgcA0g4HAB4PBwArDwcAdw8HAIMPBwDQDwcA3w8HACkQBwAzEAcAghAHAJAQBwDbEAcA4BAHADQRBwBBEQcAjREHAJURBwA15hMA8hEHAD8SBwBPEgcAmBIHAKESBwDxEgcA9BIHAEoTBwBWEwcAoxMHAKoTBwCO5hMAJhQHAFUUBwBeFAcArhQHALsUBwAHFQcAFRUHAGAVBwBzFQcAuRUHANUVBwDn5hMAIBYHAGsWBwCBFgcAxBYHANAWBwAdFwcAJBcHAHYXBwB+FwcAzxcHANQXBwAoGAcAMRgHAIEYBwCLGAcAQOcTANsYBwAzGQcAPxkHAIwZBwCSGQcA5RkHAOcZBwA+GgcASBoHAJcaBwClGgcA8BoHAPUaBwBJGwcAVhsHAKIbBwCqGwcA+xsHAAUcBwBUHAcAYhwHAK0cBwDDHAcABh0HABIdBwBfHQcAZh0HALgdBwDAHQcAER4HABYeBwBqHgcAcx4HAMMeBwDNHgcAmecTACIfBwB1HwcAex8HAM4fBwDTHwcAJyAHAC0gBwDy5xMAhSAHANkgBwDmIAcAMiEHAD8hBwCLIQcAlyEHAOQhBwDzIQcAPSIHAEciBwCWIgcApCIHAO8iBwD0IgcASCMHAFUjBwChIwcAqSMHAP3oEwAIJAcAUyQHAGkkBwCsJAcAuCQHAAUlBwAKJQcAXiUHAGclBwC3JQcAwSUHAFbpEwAcJgcAaSYHAHomBwDCJgcAziYHABsnBwAqJwcAdCcHAH4nBwDNJwcA2ycHACYoBwArKAcAfygHAIwoBwDYKAcA4igHADEpBwDkKAcABC0HAD8pBwCKKQcAoCkHAOMpBwDvKQcAPCoHAEEqBwCVKgcAnioHAO4qBwD4KgcARysHAFMrBwCgKwcApisHAPkrBwD/KwcAUiwHAFcsBwCrLAcAsSwHAK/pEwAKLQcAXS0HAGMtBwC2LQcAuy0HAA8uBwAVLgcACOoTAHYuBwDBLgcA1y4HABovBwAmLwcAcy8HAHgvBwDMLwcA1S8HACUwBwAvMAcAfjAHAIowBwDXMAcA6jAHADAxBwA/MQcAiTEHAJUxBwDiMQcA4zEHADsyBwBFMgcAlDIHAKIyBwDtMgcA8jIHAEYzBwBTMwcAYeoTAK4zBwD4MwcAGDQHAFE0BwBdNAcAqjQHALQ0BwADNQcACDUHAFw1BwBdNQcAtTUHAME1BwAONgcAGzYHAGc2BwBzNgcAwDYHANM2BwAZNwcAKDcHAHI3BwB+NwcAyzcHAMw3BwAkOAcALjgHAH04BwCLOAcA1jgHANs4BwAvOQcAPDkHALrqEwCkOQcAE+sTAOc5BwA6OgcAQDoHAJM6BwCYOgcA7DoHAPI6BwBs6xMASjsHAJ47BwChOwcA9zsHAAM8BwBQPAcAVjwHAKk8BwDEPAcAAj0HAA49BwBbPQcAYT0HALQ9BwC2PQcADT4HACg+BwBmPgcAaD4HAL8+BwDNPgcAGD8HACk/BwBxPwcAcz8HAMo/BwDjPwcAI0AHADRABwB8QAcAiEAHAHfsEwDfQAcALkEHADxBBwCHQQcAnUEHAOBBBwDsQQcAOUIHAD5CBwCSQgcAm0IHAOtCBwD1QgcAREMHAExDBwCdQwcAokMHAPZDBwAFRAcAT0QHAF5EBwCoRAcAsUQHAAFFBwAHRQcAWkUHAGBFBwCzRQcAv0UHAAxGBwATRgcAZUYHAG1GBwC+RgcAwEYHABdHBwAnRwcAcEcHAHpHBwDJRwcA1UcHACJIBwAoSAcAe0gHAINIBwDQ7BMA4EgHAC1JBwA+SQcAhkkHAJJJBwDfSQcA7kkHADhKBwBCSgcAkUoHAJ9KBwDqSgcA70oHAENLBwBQSwcAnEsHAKRLBwD1SwcA/0sHAKRkBwABTAcATkwHAFRMBwCnTAcArUwHAABNBwAFTQcAWU0HAF9NBwAp7RMAvk0HAAtOBwARTgcAZE4HAH9OBwC9TgcAyU4HABZPBwAcTwcAb08HAHdPBwDITwcAy08HACFQBwAtUAcAelAHAItQBwDTUAcA31AHACxRBwA7UQcAhVEHAI9RBwDeUQcA7FEHADdSBwA8UgcAkFIHAJ1SBwDpUgcA8VIHAEJTBwBMUwcAm1MHAKlTBwD0UwcAClQHAE1UBwBZVAcAplQHAKtUBwD/VAcACFUHAFhVBwBiVQcANO4TALdVBwAKVgcAEFYHAGNWBwBvVgcAvFYHAMlWBwAVVwcAH1cHAG5XBwB2VwcAx1cHANFXBwAgWAcAJVgHAHlYBwB6WAcA0lgHANdYBwArWQcAPFkHAIRZBwCJWQcA3VkHAPRZBwA2WgcASloHAI9aBwCrWgcA6FoHAPBaBwCN7hMASVsHAJpbBwCkWwcA81sHAAdcBwBMXAcATVwHAKVcBwCxXAcA/lwHABpdBwBXXQcAX10HAObuEwC5XQcACV4HABdeBwBiXgcAGF4HAGv0CwBsXgcAu14HAL1eBwAUXwcALV8HAG1fBwB+XwcAxl8HANJfBwAfYAcAJ2AHAD/vEwCEYAcA0WAHANdgBwAqYQcARWEHAINhBwCPYQcA3GEHAOJhBwA1YgcAOGIHAI5iBwCWYgcA52IHAPdiBwBAYwcARWMHAJljBwCiYwcA8mMHAP9jBwBLZAcAUmQHAJjvEwCyZAcA/WQHABNlBwBWZQcAYmUHAK9lBwC0ZQcACGYHABFmBwBhZgcAa2YHALpmBwDWZgcAE2cHABtnBwDx7xMAcWcHAMVnBwDNZwcAHmgHACBoBwB3aAcAkmgHANBoBwDSaAcAKWkHADdpBwCCaQcAk2kHANtpBwDdaQcANGoHAE1qBwCNagcAnmoHAOZqBwDyagcAP2sHAEdrBwBK8BMApGsHAPFrBwD3awcASmwHAGVsBwCjbAcAr2wHAPxsBwACbQcAVW0HAFhtBwCj8BMAy20HAAduBwAIbgcAYG4HAG9uBwC5bgcAvm4HABJvBwAfbwcAa28HAHhvBwDEbwcA0G8HAB1wBwAscAcAdnAHAIBwBwDPcAcA3XAHAChxBwAtcQcAgXEHAI5xBwDacQcA5nEHADNyBwA5cgcAjHIHAEZyBwBziAcAknIHAOVyBwDqcgcAPnMHAERzBwD88BMAnHMHAPBzBwAQdAcASXQHAFV0BwCidAcAqHQHAPt0BwADdQcA36IHAAR1BwBUdQcAYXUHAFXxEwC5dQcABnYHAAh2BwBfdgcAbnYHALh2BwDDdgcAEXcHABN3BwBqdwcAg3cHAMN3BwDUdwcAHHgHACh4BwB1eAcAgXgHAM54BwDheAcAJ3kHADZ5BwCAeQcAjHkHANl5BwDaeQcAMnoHADx6BwCLegcAmXoHAOR6BwDpegcAPXsHAEp7BwCu8RMAo3sHAO97BwADfAcASHwHAGR8BwChfAcAvXwHAAfyEwAJfQcAU30HAFR9BwCsfQcAu30HAAV+BwAKfgcAXn4HAGt+BwC3fgcAxH4HABB/BwAcfwcAaX8HAHh/BwDCfwcAzH8HABuABwApgAcAdIAHAHmABwDNgAcA2oAHACaBBwA2gQcAf4EHAIGBBwDYgQcA5oEHADGCBwBCggcAYPITAJGCBwC58hMA6IIHADyDBwBJgwcAlYMHAKKDBwDugwcA9IMHAEeEBwBThAcAoIQHALCEBwD5hAcAAoUHAFKFBwBVhQcAq4UHALeFBwAEhgcAC4YHABLzEwBphgcAtoYHAMaGBwAPhwcAGIcHAGiHBwBrhwcAwYcHAM2HBwAaiAcAIYgHAGvzEwCCiAcAzIgHANiIBwAliQcAJokHAH6JBwCIiQcA14kHAOWJBwAwigcANYoHAImKBwCWigcAxPMTAOeKBwA7iwcASosHAJSLBwC0iwcA7YsHAPmLBwBGjAcAUIwHAJ+MBwCnjAcA+IwHAASNBwBRjQcAV40HAKqNBwCwjQcAA44HAAiOBwBcjgcAYo4HAM/0EwC6jgcADo8HABePBwBnjwcAeI8HAMCPBwDHjwcAGZAHACGQBwBykAcAf5AHAMuQBwDQkAcAJJEHAC6RBwB9kQcAhZEHANaRBwDlkQcAL5IHADSSBwCIkgcAlZIHAOGSBwDukgcAOpMHAEaTBwCTkwcAopMHAOyTBwD2kwcARZQHAE2UBwCelAcAqJQHAPeUBwD8lAcAUJUHAFiVBwDa9RMArpUHAAKWBwAFlgcAW5YHAGWWBwAz9hMAupYHAA2XBwASlwcAZpcHAIaXBwC/lwcAy5cHABiYBwAemAcAcZgHAHSYBwDKmAcAzJgHACOZBwA+mQcAfJkHAH6ZBwDVmQcA45kHAC6aBwA/mgcAh5oHAImaBwDgmgcA+ZoHADmbBwBKmwcAkpsHAJ6bBwCM9hMA+5sHAEScBwBknAcAnZwHAJ+cBwD2nAcAAp0HAICOEQAFnQcA0rEHABKdBwC6vwcAIp0HAE+dBwBSnQcAqJ0HALedBwABngcABp4HAFqeBwBnngcAs54HAMCeBwAMnwcAGJ8HAGWfBwB0nwcAvp8HAMifBwAXoAcAJaAHAHCgBwB1oAcAyaAHANagBwAioQcALqEHAHuhBwCBoQcA1KEHANqhBwAtogcAMqIHAIaiBwCMogcA5fYTAPWiBwA4owcAOqMHAJGjBwClowcA6qMHAPKjBwBDpAcAUKQHAJykBwChpAcA9aQHAP+kBwBOpQcAVqUHAKelBwDApQcAAKYHAAymBwBZpgcAYaYHAD73EwDNpgcAC6cHAA2nBwBkpwcAcqcHAL2nBwDOpwcAFqgHABioBwBvqAcAiKgHAMioBwDZqAcAIakHAC2pBwCX9xMAf6kHANOpBwDcqQcALKoHAD2qBwCFqgcAjKoHAN6qBwDmqgcAN6sHAESrBwCQqwcAlasHAOmrBwDzqwcAQqwHAEqsBwCbrAcAtKwHAPSsBwAArQcATa0HAFWtBwBJ+BMAqa0HAP+tBwAJrgcAWK4HAFquBwCxrgcAyq4HAAqvBwAbrwcAY68HAHGvBwC8rwcAv68HABWwBwAgsAcAbrAHAHqwBwDHsAcAzrAHAKL4EwAhsQcAebEHAJSxBwD7+BMA17EHACuyBwA4sgcAhLIHAJGyBwDdsgcA6bIHADazBwBFswcAj7MHAJmzBwDoswcA9rMHAEG0BwBGtAcAmrQHAKe0BwDztAcA/7QHAEy1BwBStQcApbUHAKu1BwD+tQcAA7YHAFe2BwBdtgcAVPkTAL22BwAJtwcAC7cHAGK3BwB7twcAu7cHAMy3BwAUuAcAILgHAG24BwB1uAcAX/oTAMu4BwAfuQcAJ7kHAHi5BwCRuQcA0bkHANa5BwAqugcAL7oHAIO6BwCNugcA3LoHAN+6BwA1uwcAP7sHAI67BwCUuwcA57sHAOm7BwBAvAcAQbwHAJm8BwChvAcA8rwHAAK9BwBLvQcAUb0HAKS9BwCpvQcA/b0HABO+BwBWvgcAXr4HAK++BwDZvgcACL8HACu/BwBhvwcAgL8HALj6EwDCvwcAEfsTACTABwBswAcAesAHAMXABwDRwAcAHsEHACvBBwB3wQcAgcEHANDBBwDYwQcAKcIHADTCBwCCwgcAhMIHANvCBwDewgcANMMHADzDBwCNwwcAk8MHAObDBwDvwwcAP8QHAEzEBwBq+xMAncQHAPHEBwD6xAcASsUHAFTFBwCjxQcAq8UHAPzFBwABxgcAVcYHAGXGBwCuxgcAtsYHAAfHBwAJxwcAYMcHAHvHBwC5xwcAu8cHABLIBwAgyAcAa8gHAHzIBwDEyAcAxsgHAB3JBwA2yQcAdskHAIfJBwDPyQcA28kHACjKBwAwygcAw/sTAIfKBwDaygcA38oHADPLBwBTywcAjMsHAJjLBwDlywcA68sHAD7MBwBBzAcAl8wHAJ/MBwDwzAcA+swHAEnNBwBOzQcAos0HAKrNBwD7zQcABc4HAFTOBwBWzgcArc4HAL7OBwAGzwcAJs8HAF/PBwBnzwcAuM8HAMLPBwAR0AcAFtAHABz8EwB+0AcAw9AHAMvQBwAc0QcAIdEHAHXRBwCF0QcAztEHANbRBwAn0gcAMdIHAIDSBwCL0gcA2dIHAOXSBwAy0wcAOtMHAHX8EwCX0wcA5NMHAPDTBwA91AcARNQHAJbUBwCe1AcA79QHAAjVBwBI1QcATtUHAKHVBwCm1QcA+tUHABrWBwBT1gcAX9YHAKzWBwCy1gcABdcHAAjXBwDO/BMAYNcHALfXBwBs1wcAlAQTALrXBwAQ2AcAGtgHAGnYBwB32AcAwtgHANHYBwAb2QcAHtkHAHTZBwAz2QcAghsIADfZBwBl+AcAgNkHAM3ZBwDP2QcAJtoHACzaBwB/2gcAjtoHANjaBwDj2gcAMdsHADnbBwBCXggAS9sHAIrbBwCW2wcA49sHAPbbBwA83AcAS9wHAJXcBwCh3AcA7twHAO/cBwBH3QcAUd0HAKDdBwCu3QcA+d0HAP7dBwBS3gcAX94HACf9EwDF3gcABN8HABPfBwBd3wcAYt8HALbfBwDD3wcAD+AHABzgBwBo4AcAdOAHAMHgBwDQ4AcAGuEHACThBwBz4QcAgeEHAMzhBwDR4QcAJeIHADLiBwB+4gcAiuIHANfiBwDd4gcAMOMHADbjBwCJ4wcAjuMHAOLjBwDo4wcAgP0TADzkBwCU5AcAROQHAMuxCgBI5AcAdZkKAErkBwDHYggAW+QHAEgtEACg5AcA7eQHAPPkBwBeOwkA+uQHAEblBwBJ5QcAn+UHAKvlBwD45QcA+uUHAFHmBwBX5gcAquYHALnmBwAD5wcADucHAFznBwBd5wcAtecHAMnnBwAO6AcAKOgHAGfoBwBz6AcAwOgHANPoBwAZ6QcAKOkHAHLpBwB+6QcAy+kHAMzpBwAk6gcALuoHAH3qBwCL6gcA1uoHANvqBwAv6wcAPOsHANn9EwCi6wcA4esHAPDrBwA67AcAP+wHAJPsBwCg7AcA7OwHAPnsBwBF7QcAUe0HAJ7tBwCt7QcA9+0HAAHuBwBQ7gcAXu4HAKnuBwCu7gcAAu8HAA/vBwBb7wcAZ+8HALTvBwC67wcADfAHABPwBwBm8AcAa/AHAL/wBwDF8AcAMv4TACbxBwBx8QcAjPEHAMrxBwDY8QcAI/IHADDyBwB88gcAk/IHANXyBwDk8gcALvMHADPzBwCH8wcAlPMHAODzBwDt8wcAOfQHAEX0BwCS9AcAofQHAOv0BwD19AcARPUHAFL1BwCd9QcAovUHAPb1BwAD9gcAT/YHAFL2BwCo9gcAtPYHAAH3BwAH9wcAWvcHAGD3BwCz9wcAuPcHAAz4BwAS+AcAi/4TAIH4BwDk/hMAxPgHABf5BwAZ+QcAcPkHAH35BwDJ+QcAzPkHACL6BwAj+gcAe/oHAID6BwDU+gcA2voHAC37BwA3+wcAhvsHAKL7BwDf+wcA+/sHAD3/EwA+/AcAkfwHAJP8BwDq/AcA9/wHAEP9BwBG/QcAnP0HAJ39BwD1/QcA+v0HAE7+BwBU/gcAp/4HALH+BwAA/wcAHP8HAFn/BwB1/wcAlv8TALj/BwALAAgAEQAIAGQACABpAAgAvQAIAMMACADv/xMAGAEIAG8BCAB9AQgAyAEIANkBCAD6ABQAKAIIAFMBFAB/AggA0wIIANsCCAAsAwgAMQMIAIUDCAA7AwgAYRgIAIYDCADeAwgA6gMIADcECABEBAgAkAQIAJgECADpBAgA8wQIAEIFCABRBQgAmwUIAJwFCAD0BQgA/AUIAE0GCABcBggApgYIAKsGCAD/BggADAcIAFgHCABlBwgAsQcIAL0HCAAKCAgAGQgIAGMICABtCAgAvAgIAMoICAAVCQgAGgkIAG4JCAB7CQgAxwkIAM8JCAAgCggAKgoIAHkKCAB+CggA0goIANoKCAAFAhQAMAsIAIQLCACNCwgAuxAIAJELCADdCwgA6gsIADYMCABCDAgAjwwIAJ4MCADoDAgA8gwIAEENCABPDQgAmg0IAJ8NCADzDQgAAA4IAEwOCABUDggAXgIUALEOCAD+DggADg8IAFcPCABgDwgAsA8IALMPCAAJEAgAFRAIAGIQCABpEAgAtwIUAMwQCAAUEQgAGxEIAG0RCAB6EQgAxhEIAOURCAAfEggAKRIIAHgSCACAEggA0RIIAOASCAAqEwgALxMIAIMTCACQEwgA3BMIAOkTCAA1FAgAQRQIAI4UCACdFAgA5xQIAPEUCABAFQgASBUIAJkVCACjFQgA8hUIAPcVCABLFggAUxYIABADFACwFggA/RYIAAMXCABWFwgAcRcIAK8XCAC7FwgACBgIAA4YCABpAxQAZhgIALoYCADHGAgAExkIACAZCABsGQgAeBkIAMUZCADUGQgAHhoIACgaCADCAxQAgRoIANAaCADVGggAKRsIADEbCAAbBBQAjBsIANsbCADhGwgANBwIADYcCACNHAgAmhwIAOYcCADpHAgAPx0IAEAdCACYHQgAnR0IAPEdCAD3HQgASh4IAFQeCACjHggAvR4IAPweCAALHwgAVR8IAFofCACuHwgAux8IAAcgCAAUIAgAYCAIAGwgCAC5IAgAyCAIABIhCAAcIQgAayEIAHkhCADEIQgAySEIAB0iCAAqIggAdiIIAIAiCACLLAgAgiIIAM8iCADVIggAKCMIAC4jCACBIwgAhiMIANojCADgIwgAdAQUADgkCACMJAgAmSQIAOUkCADyJAgAPiUIAEolCACXJQgApiUIAPAlCAD6JQgASSYIAFcmCACiJggApyYIAPsmCAAIJwgAVCcIAFwnCAB/BRQAsycIAAYoCAAMKAgAXygIAGQoCAC4KAgAvigIANgFFAATKQgAaikIAHMpCADDKQgAxikIABwqCAAoKggAdSoIAHwqCADOKggA1ioIACcrCABAKwgAgCsIAJQrCADZKwgA9SsIADIsCAA6LAgAigYUAJksCADkLAgA+iwIAD0tCABJLQgAli0IAJstCADvLQgA+C0IAEguCABSLggAoS4IAL0uCAD6LggAAi8IAOMGFABYLwgArC8IALkvCAAFMAgAEjAIAF4wCABqMAgAtzAIAMYwCAAQMQgAGjEIAGkxCAB3MQgAwjEIAMcxCAAbMggAKDIIAHQyCAB8MggAPAcUANsyCAAmMwgAPDMIAH8zCACLMwgA2DMIAN0zCAAxNAgAOjQIAIo0CACUNAgA4zQIAOs0CAA8NQgASzUIAJU1CACXNQgA7jUIAPc1CABHNggASjYIAKA2CACsNggA+TYIAAA3CABSNwgAWjcIAKs3CADENwgABDgIABg4CABdOAgAeTgIALY4CAC+OAgAlQcUABQ5CABoOQgAdTkIAME5CADOOQgAGjoIACY6CABzOggAgjoIAMw6CADWOggAJTsIAC87CAB+OwgAjDsIANc7CADtOwgAMDwIADw8CACJPAgAjjwIAOI8CADrPAgAOz0IAEU9CACUPQgAoD0IAO09CADzPQgARj4IAEw+CACfPggApD4IAPg+CAD+PggA7gcUAF0/CACqPwgArj8IAANACAASQAgAXEAIAGFACAC1QAgAwkAIAA5BCAAbQQgAZ0EIAHNBCADAQQgAz0EIABlCCAAjQggAckIIAIBCCADLQggA0EIIACRDCAAxQwgAfUMIAIlDCADWQwgA3EMIAC9ECAA1RAgAiEQIAI1ECADhRAgA50QIAEcIFAA/RQgAk0UIAJpFCADsRQgA+EUIAEVGCABHRggAnkYIAEhGCACHTAgAuUYIAPdGCAD5RggAUEcIAF5HCACpRwgAukcIAAJICAAESAgAW0gIAHRICAC0SAgAxUgIAA1JCAAZSQgAZkkIAHJJCAC/SQgA0kkIABhKCAAnSggAcUoIAH1KCADKSggAy0oIACNLCAAtSwgAfEsIAIpLCADVSwgA2ksIAC5MCAA7TAgAoAgUAIlMCADgTAgA+0wIADlNCAA7TQgAkk0IAKBNCADrTQgA/E0IAEROCABGTggAnU4IALZOCAD2TggAB08IAE9PCABbTwgAqE8IALRPCAABUAgAFFAIAFpQCABpUAgAs1AIAL9QCAAMUQgADVEIAGVRCABvUQgAvlEIAMxRCAAXUggAHFIIAHBSCAB9UggAqwkUAM5SCAAiUwgAKlMIAHtTCAB9UwgA1FMIAOVTCAAtVAgAO1QIAIZUCAChVAgA31QIAOtUCAA4VQgAQFUIALYKFACWVQgA6lUIAPFVCABDVggAT1YIAJxWCACfVggA9VYIAP1WCABOVwgAXlcIAKdXCACsVwgAAFgIAAlYCABZWAgAZlgIALJYCAC5WAgAC1kIABNZCAAPCxQAcVkIAL1ZCADFWQgAFloIACpaCABvWggAdFoIAMhaCADRWggAIVsIACdbCAB6WwgAglsIANNbCADiWwgALFwIAD1cCACFXAgAjlwIAN5cCADhXAgAN10IAEFdCACQXQgAnF0IAOldCADvXQgAaAsUAE9eCACbXggAoF4IAPReCAD7XggATV8IAFlfCACmXwgArl8IAMELFAAaYAgAWGAIAFpgCACxYAgAv2AIAAphCAAbYQgAY2EIAGVhCAC8YQgA1WEIABViCAAmYggAbmIIAHpiCAAaDBQA1mIIACBjCAApYwgAeWMIAH9jCADSYwgA2GMIACtkCAA3ZAgAhGQIAItkCADdZAgA5WQIADZlCAA6ZQgAj2UIAJplCADoZQgA9mUIAEFmCABSZggAmmYIAKZmCADzZggA+2YIAHMMFABPZwgApWcIAK9nCAD+ZwgAAGgIAFdoCABwaAgAsGgIAMFoCAAJaQgAF2kIAGJpCABlaQgAu2kIAMZpCAAUaggAImoIAG1qCAB6aggAxmoIAN1qCAAfawgAJ2sIAHhrCAB6awgA0WsIANlrCAAqbAgAOWwIAINsCACIbAgA3GwIAOlsCAA1bQgAQm0IAI5tCACabQgA520IAPZtCABAbggASm4IAJluCACnbggA8m4IAPduCABLbwgAWG8IAKRvCACsbwgA/W8IAAdwCABWcAgAW3AIAK9wCAC3cAgACHEIAAtxCABhcQgAfnEIALpxCADLcQgAE3IIABtyCABscggAb3IIAMVyCADRcggAHnMIACRzCAB3cwgAknMIANBzCADccwgAKXQIAC90CADMDBQAkXQIANt0CADcdAgANHUIAG11CACNdQgAm3UIAOZ1CADndQgAP3YIAEd2CACYdggAp3YIAPF2CAD2dggASncIAFd3CACjdwgAsHcIAPx3CAAIeAgAVXgIAGR4CACueAgAuHgIAAd5CAAVeQgAYHkIAGV5CAC5eQgAxnkIABJ6CAAaeggAa3oIAHV6CADEeggAyXoIAB17CAAlewgAdnsIAIB7CADPewgA2nsIACh8CAA0fAgAgXwIAIl8CAAlDRQA33wIADN9CAA2fQgAjH0IAJZ9CADlfQgA7X0IAH4NFABMfggAl34IAK1+CADwfggA/H4IAEl/CABOfwgAon8IAKt/CAD7fwgABYAIAFSACABcgAgArYAIALmACAAGgQgAGYEIAF+BCABggQgAuIEIAMaBCAARgggAF4IIAGqCCAB2gggAw4IIAMqCCADXDRQAHYMIAHWDCACBgwgAzoMIANuDCAAnhAgAL4QIAICECACKhAgA2YQIAOiECAAyhQgAM4UIAIuFCACThQgA5IUIAPOFCAA9hggAQoYIAJaGCACjhggA74YIAPyGCABIhwgAVIcIAKGHCACwhwgA+ocIAASICABTiAgAYYgIAKyICACxiAgABYkIABKJCABeiQgAZokIALeJCAC7iQgAEIoIAB6KCABpiggAc4oIAMKKCADNiggAG4sIACOLCAB0iwgAf4sIAM2LCADSiwgAJowIACmMCAB/jAgAiYwIANiMCADgjAgAMY0IAFCNCAAwDhQAmY0IAOONCADkjQgAPI4IAESOCACVjggAlo4IAO6OCAD0jggAR48IAEyPCACgjwgAu48IAPmPCAAHkAgAUpAIAFmQCACrkAgAt5AIAASRCAAKkQgAXZEIAHmRCAC2kQgAvpEIAIkOFAAVkggAaJIIAG6SCADBkggAxpIIABqTCAAgkwgA4g4UAHiTCADMkwgA05MIACWUCAAxlAgAfpQIAIaUCACUDxQA6pQIADCVCABilQgAiZUIAIuVCACUlggAwJUIAOKVCAAHlggAO5YIAEKWCABGEBQAdpYIAO0PFACklggA7ZYIACiXCACfEBQAT5cIACtNDgBQlwgAr8gQAGOXCACflwgAZpcIAKvdDwCwlwgA+JcIAACYCABRmAgAVJgIAKqYCAC2mAgAA5kIAAmZCABcmQgAd5kIALWZCADBmQgADpoIABSaCABnmggAb5oIAMCaCADcmggAGZsIACGbCAD4EBQAgZsIAMubCADMmwgAJJwIACycCAB9nAgAfpwIANacCADcnAgAL50IADSdCACInQgAo50IAOGdCADvnQgAOp4IAEGeCACTnggAn54IAOyeCADynggARZ8IAGGfCACenwgApp8IAFERFAD9nwgAUKAIAFagCACpoAgArqAIAAKhCAAIoQgAqhEUAGChCAC0oQgAu6EIAA2iCAAZoggAZqIIAG6iCABcEhQA0qIIABijCABKowgAcaMIAHOjCAB8pAgAqKMIAMqjCADvowgAI6QIACqkCAAOExQAXqQIALUSFACMpAgA1aQIABClCABnExQAMKUIAIelCACIpQgA4KUIAOqlCAA5pggAR6YIAJKmCACtpggA66YIAPemCABEpwgATKcIAMATFACppwgA9qcIAPynCABPqAgAaqgIAKioCAC0qAgAAakIAAepCABaqQgAYqkIALOpCADBqQgADKoIAA+qCABlqggAbaoIAL6qCADHqggAF6sIACSrCABwqwgAcqsIAMmrCADkqwgAIqwIACSsCAB7rAgAiawIANSsCADlrAgALa0IAC+tCACGrQgAn60IAN+tCADwrQgAOK4IAESuCACRrggAma4IABkUFADwrggAQ68IAEuvCACcrwgAo68IAPWvCAD6rwgATrAIAFqwCACnsAgAqrAIAACxCAAIsQgAWbEIAGaxCACysQgAt7EIAAuyCAAVsggAZLIIAGyyCAC9sggAybIIABazCAApswgAb7MIAH2zCADIswgAy7MIACG0CAArtAgAchQUAH20CADTtAgA27QIACy1CAAvtQgAhbUIAJG1CADetQgA5LUIADe2CABStggAkLYIAJy2CADptggA77YIAEK3CABKtwgAm7cIAKm3CAD0twgA97cIAE24CABVuAgAprgIAK+4CAD/uAgADLkIAFi5CABauQgAsbkIAMy5CAAKuggADLoIAGO6CABxuggAvLoIAM26CAAVuwgAF7sIAG67CACHuwgAx7sIANi7CAAgvAgALLwIAHm8CACBvAgAyxQUANi8CAArvQgAM70IAIS9CACLvQgA3b0IAOK9CAA2vggAQr4IAI++CACSvggA6L4IAPC+CABBvwgATr8IAJq/CACfvwgA878IAP2/CABMwAgAVMAIAKXACACxwAgA/sAIABHBCABXwQgAZcEIALDBCACzwQgACcIIABPCCAAkFRQAZcIIALvCCADHwggAFMMIABrDCABtwwgAiMMIAMbDCADSwwgAH8QIACXECAB4xAgAgMQIANHECADfxAgAKsUIAC3FCACDxQgAi8UIANzFCADlxQgANcYIAELGCACOxggAkMYIAOfGCAACxwgAQMcIAELHCACZxwgAp8cIAPLHCAADyAgAS8gIAE3ICACkyAgAvcgIAP3ICAAOyQgAVskIAGLJCACvyQgAt8kIAH0VFAAOyggAYcoIAGnKCAC6yggAwcoIABPLCAAYywgAbMsIAHjLCADFywgAyMsIAB7MCAAmzAgAd8wIAITMCADQzAgA1cwIACnNCAAzzQgAgs0IAIrNCADbzQgA580IADTOCABHzggAjc4IAJvOCADmzggA6c4IAD/PCABJzwgA1hUUAKDPCAAvFhQA/88IAErQCABb0AgAo9AIAK/QCAD80AgABNEIAIgWFABa0QgArtEIALjRCAAH0ggAD9IIAGDSCABw0ggAudIIAL7SCAAS0wgAG9MIAGvTCAB40wgAxNMIAMvTCADhFhQAH9QIAHbUCAAi1AgAEO4JACbUCADtqxIAKdQIAOD9EAAr1AgARGQKAIDUCACqohEAh9QIAM/UCADg1AgAKNUIADbVCACB1QgAndUIANrVCAD21QgAOhcUAEHWCACM1ggAmdYIAOXWCAD81ggAPtcIAErXCACX1wgAndcIAPDXCAD21wgASdgIAE7YCACi2AgAqNgIAJMXFAAR2QgAVNkIAGPZCACt2QgAgNkIAOTeCACv2QgABtoIABXaCABf2ggAatoIALjaCADE2ggAEdsIABTbCABq2wgAGNsIAPnoCAAt2wgAXuIIAHbbCADD2wgAydsIABzcCAA33AgAddwIAIHcCADO3AgA1NwIACfdCAAz3QgAgN0IAIbdCADZ3QgA390IADLeCAA33ggAi94IAJHeCADsFxQA594IAD3fCABZ3wgAlt8IAJ7fCAD3GBQA+98IAEjgCABO4AgAoeAIALzgCAD64AgABuEIAFPhCABZ4QgArOEIALThCAAF4ggAJuIIAFAZFABm4ggAqRkUALziCAAQ4wgAHeMIAGnjCAB24wgAwuMIAM7jCAAb5AgAKuQIAHTkCAB+5AgAzeQIANXkCAAm5QgAMOUIAH/lCACN5QgA2OUIAO7lCAAx5ggAPeYIAIrmCACP5ggA4+YIAOzmCAA85wgARucIAJXnCACd5wgA7ucIAPjnCABH6AgATOgIAKDoCACo6AgAAhoUAAXpCABS6QgAZekIAKvpCAC66QgABOoIABDqCABd6ggAXuoIALbqCADA6ggAD+sIAB3rCABo6wgAbesIAMHrCADO6wgAWxoUACXsCABz7AgAf+wIAMzsCADS7AgAJe0IADHtCAB+7QgAhu0IAGYbFADa7QgAMO4IADjuCACJ7ggAlu4IAOLuCADn7ggAO+8IAEPvCACU7wgAlu8IAO3vCAAI8AgARvAIAEjwCACf8AgArfAIAPjwCAAJ8QgAUfEIAFPxCACq8QgAw/EIAAPyCAAU8ggAXPIIAGjyCAC18ggAvfIIAL8bFAAT8wgAZ/MIAHTzCADA8wgAzfMIABn0CAAl9AgAcvQIAIH0CADL9AgA1fQIACT1CAAy9QgAffUIAIL1CADW9QgA4/UIAC/2CAA39ggAiPYIAIr2CADh9ggA6/YIADr3CABC9wgAGBwUAJ73CADs9wgA+vcIAEX4CABI+AgAnvgIAKb4CAD3+AgADfkIAFD5CABV+QgAqfkIAL/5CAAC+ggADvoIAFv6CABo+ggAtPoIAL76CABxHBQAD/sIAGb7CAB0+wgAv/sIAND7CADKHBQAHvwIAHH8CAB9/AgAIx0UAMz8CAAj/QgAKf0IAHz9CACc/QgA1f0IAOH9CAAu/ggANf4IAIf+CACP/ggA4P4IAOf+CAA5/wgARf8IAJL/CACU/wgA6/8IAPL/CAB8HRQARwAJAJ0ACQClAAkA9gAJAAYBCQBPAQkAUQEJAKgBCQC2AQkAAQIJABICCQDVHRQAYQIJAC4eFADAAgkADAMJABMDCQBlAwkAbQMJAL4DCQDMAwkAFwQJABoECQBwBAkAeAQJAMkECQDQBAkAIgUJADAFCQB7BQkAfgUJANQFCQDWBQkALQYJAEYGCQCGBgkAlwYJAN8GCQDrBgkAOAcJAD8HCQCRBwkAmQcJAOoHCQDzBwkAQwgJAFAICQCcCAkApggJAPUICQADCQkATgkJAF8JCQCnCQkArwkJAAAKCQAKCgkAWQoJAGcKCQCyCgkAyAoJAAsLCQAXCwkAZAsJAGsLCQC9CwkAxQsJABYMCQAcDAkAbwwJAHsMCQDIDAkA0gwJACENCQAnDQkAeg0JAI4NCQDgHhQA4Q0JACwOCQBFDgkAhQ4JAJsOCQDeDgkA7Q4JADcPCQBRDwkAkA8JAJMPCQDHFAkAmw8JAP4ZCQCfDwkA6Q8JAO4PCQBCEAkATxAJAJsQCQCoEAkA9BAJAAARCQBNEQkAXBEJAKYRCQCwEQkA/xEJAA0SCQBYEgkAXRIJALESCQC+EgkAChMJABYTCQBjEwkAaRMJALwTCQDCEwkAFRQJABoUCQBuFAkAdBQJADkfFADTFAkAIBUJACYVCQB5FQkAlBUJANIVCQDeFQkAKxYJADEWCQCEFgkAixYJAN0WCQDiFgkAmhgJAOkWCQA2FwkAOBcJAI8XCQCWFwkA6BcJAAQYCQBBGAkASRgJAEQgFACeGAkA8xgJAAAZCQBMGQkAaBkJAKUZCQCtGQkAnSAUAAMaCQBXGgkAWhoJALAaCQC6GgkACRsJABobCQBiGwkAZxsJALsbCQDAGwkAFBwJADQcCQBtHAkAdhwJAMYcCQDHHAkAHx0JACsdCQB4HQkAfh0JANEdCQDXHQkAKh4JAC8eCQCDHgkAiR4JAPYgFADdHgkANR8JAEEfCQCOHwkAmx8JAOcfCQDvHwkAQCAJAEkgCQCZIAkApiAJAPIgCQAAIQkASyEJAF4hCQCkIQkArCEJAP0hCQAAIgkAViIJAFsiCQCvIgkAviIJAAgjCQAoIwkAYSMJAG0jCQC6IwkAxCMJAAEiFAAdJAkAbCQJAG4kCQDFJAkAzyQJAB4lCQAnJQkAdyUJAHolCQDQJQkA2CUJACkmCQBhJgkAWiIUAI4mCQDbJgkA6iYJADQnCQBUJwkAjScJAJknCQDmJwkA7ScJAD8oCQBEKAkAmCgJAJkoCQDxKAkA/SgJAEopCQBQKQkAoykJAKUpCQD8KQkABioJAFUqCQBjKgkArioJALMqCQAHKwkAFCsJAGArCQBqKwkAuSsJAMcrCQASLAkAKCwJAGssCQB3LAkAxCwJAMksCQAdLQkAJi0JAHYtCQCALQkAzy0JANstCQAoLgkAOy4JAIEuCQCQLgkA2i4JAOYuCQAzLwkANC8JAIwvCQCWLwkA5S8JAPMvCQA+MAkAQzAJAJcwCQCkMAkAsyIUAP4wCQBJMQkAXzEJAKIxCQCuMQkA+zEJAAIyCQBUMgkAXDIJAK0yCQCyMgkABjMJAA8zCQBfMwkAaTMJALgzCQDAMwkAETQJABU0CQBqNAkAbDQJAMM0CQDRNAkAHDUJACY1CQB1NQkAgzUJAM41CQDbNQkAJzYJAD42CQCANgkAiDYJANk2CQDpNgkAMjcJADc3CQCLNwkAkTcJAOQ3CQDsNwkAPTgJAEI4CQCWOAkAlzgJAO84CQD7OAkASDkJAE45CQChOQkAozkJAPo5CQAEOgkAUzoJAGE6CQCsOgkAsToJAAU7CQASOwkAviMUAGA7CQC3OwkAwTsJABA8CQAePAkAaTwJAG48CQDCPAkAzzwJABs9CQAdPQkAkCULACU9CQB0PQkAgj0JAM09CQDjPQkAJj4JADI+CQB/PgkAhD4JANg+CQDhPgkAMT8JADs/CQCKPwkAlj8JAOM/CQD2PwkAPEAJAEtACQCVQAkAoUAJAO5ACQDvQAkAR0EJAFFBCQCgQQkArkEJAPlBCQD+QQkAUkIJAF9CCQAXJBQAtEIJAARDCQAOQwkAXUMJAF9DCQC2QwkAwEMJAA9ECQAbRAkAaEQJAHBECQAiJRQAwkQJABpFCQAmRQkAc0UJAHlFCQDMRQkAzkUJACVGCQAvRgkAfkYJAIxGCQDXRgkA3EYJADBHCQA9RwkAiUcJAJFHCQDiRwkA7EcJADtICQBJSAkAlEgJAKpICQDtSAkA+UgJAEZJCQBNSQkAn0kJAKdJCQD4SQkA/UkJAFFKCQBaSgkAqkoJALRKCQADSwkAGEsJAFxLCQBlSwkAtUsJAMJLCQAOTAkAEEwJAGdMCQCATAkAwEwJANFMCQAZTQkAJU0JAHJNCQB6TQkAeyUUANBNCQAkTgkALE4JAH1OCQCTTgkA1k4JANtOCQAvTwkANk8JAIhPCQCWTwkA4U8JAPFPCQA6UAkATlAJAJNQCQCbUAkA7FAJAPtQCQBFUQkASlEJAJ5RCQCnUQkA91EJAARSCQBQUgkAWlIJAKlSCQC1UgkAAlMJAAhTCQDUJRQAaVMJALRTCQDKUwkADVQJABlUCQBmVAkAa1QJAL9UCQDIVAkAGFUJACJVCQBxVQkAeVUJAMpVCQDOVQkAI1YJACVWCQB8VgkAilYJANVWCQDfVgkALlcJADxXCQCHVwkAlFcJAOBXCQD3VwkAOVgJAEFYCQCSWAkAolgJAOtYCQDwWAkARFkJAEpZCQCdWQkApVkJAPZZCQARWgkAT1oJAFFaCQCoWgkAuVoJAAFbCQAKWwkAWlsJAGZbCQAtJhQAuFsJAAxcCQAPXAkAZVwJAG9cCQC+XAkAwFwJABddCQAyXQkAcF0JAHJdCQDJXQkA110JACJeCQAzXgkAe14JAH1eCQDUXgkA7V4JAC1fCQA+XwkAhl8JAJJfCQCGJhQA/F8JADhgCQBJYAkAkWAJAK1gCQDqYAkA8mAJAN8mFABIYQkAnGEJAKRhCQD1YQkAAGIJAE5iCQBTYgkAp2IJAKpiCQAAYwkACmMJAFljCQBcYwkAsmMJALpjCQALZAkADWQJAGRkCQB/ZAkAvWQJAL9kCQAWZQkAJGUJAG9lCQCAZQkAyGUJAMplCQAhZgkAOmYJAHpmCQCLZgkA02YJAN9mCQAsZwkANGcJADgnFACSZwkA3mcJAOZnCQA3aAkAQWgJAJBoCQCbaAkA6WgJAPVoCQBCaQkASmkJAJEnFACgaQkA9GkJAPlpCQBNagkAXmoJAOonFACzagkA/2oJAAFrCQBYawkAcWsJALFrCQDCawkACmwJABZsCQBjbAkAa2wJAEMoFADBbAkAFW0JAB1tCQBubQkAfW0JAMdtCQDNbQkAIG4JACxuCQB5bgkAe24JANJuCQDcbgkAK28JADdvCQCEbwkAjG8JAJwoFADpbwkANnAJADlwCQCPcAkAknAJAOhwCQD2cAkAQXEJAEZxCQCacQkAp3EJAPUoFAAEcgkATHIJAFRyCQClcgkAWXIJAGF8CQCwcgkA/nIJAANzCQBXcwkAWnMJALBzCQC6cwkACXQJACx0CQBidAkAZXQJALt0CQDfdAkAFHUJABx1CQBOKRQAc3UJAMZ1CQDUdQkAH3YJACt2CQB4dgkAf3YJANF2CQDZdgkAKncJADp3CQCDdwkAiHcJANx3CQDidwkANXgJAD14CQCOeAkAq3gJAOd4CQDweAkAQHkJAEx5CQCZeQkAn3kJAPJ5CQAGegkAS3oJAFN6CQCkegkAtHoJAP16CQD/egkAVnsJAGR7CQCvewkAwHsJAKcpFAAPfAkAACoUAGZ8CQC6fAkAwXwJABN9CQAffQkAbH0JAG99CQDFfQkA1X0JAB5+CQAgfgkAd34JAIV+CQDQfgkA4X4JAFkqFAAwfwkAsioUAJV/CQDbfwkA6n8JADSACQBAgAkAjYAJAI6ACQDmgAkA8IAJAD+BCQBNgQkAmIEJAJ2BCQDxgQkA/oEJAAsrFABPggkAo4IJAKyCCQD8ggkADYMJAFWDCQBcgwkAroMJALaDCQAHhAkAFIQJAGCECQBlhAkAuYQJAMOECQAShQkAGoUJAGuFCQBxhQkAxIUJANCFCQAdhgkAH4YJAHaGCQCFhgkAz4YJANqGCQAohwkAMIcJAIGHCQCDhwkA2ocJAOeHCQAziAkAR4gJAIyICQCUiAkA5YgJAPSICQA+iQkAQ4kJAJeJCQCkiQkA8IkJAPqJCQBJigkAS4oJAKKKCQCxigkA+4oJAAWLCQBUiwkAXIsJAK2LCQCuiwkABowJAAuMCQBfjAkAbYwJALiMCQDFjAkAEY0JABuNCQAWLBQAbY0JAMONCQDPjQkAwZ0JAN+NCQAcjgkAJI4JAG8sFAB6jgkAzo4JANaOCQAnjwkAKo8JAICPCQCMjwkA2Y8JAN+PCQAykAkATZAJAIuQCQCXkAkA5JAJAOqQCQA9kQkAQJEJAJaRCQCekQkA75EJAPGRCQBIkgkAY5IJAKGSCQCjkgkA+pIJAAiTCQBTkwkAZJMJAKyTCQCukwkABZQJAB6UCQBelAkAb5QJALeUCQDDlAkAEJUJABiVCQDILBQAbpUJAMKVCQDIlQkAG5YJACOWCQB0lgkAg5YJAM2WCQDSlgkAJpcJADOXCQB/lwkAjJcJANiXCQDklwkAMZgJAECYCQCKmAkAlJgJAOOYCQDxmAkAPJkJAEGZCQCVmQkAopkJACEtFAD6mQkAR5oJAE2aCQCgmgkAu5oJAPmaCQAFmwkAUpsJAFibCQCrmwkArpsJAAScCQAQnAkAXZwJAGOcCQC2nAkAvJwJAA+dCQAUnQkAaJ0JAG6dCQB6LRQAx50JABqeCQAgngkAc54JAHieCQDMngkA0p4JANMtFAAqnwkAfp8JAIufCQDXnwkA5J8JADCgCQA8oAkAiaAJAJigCQDioAkA7KAJADuhCQBJoQkAlKEJAJmhCQDtoQkA+qEJAEaiCQBeogkAn6IJAKWiCQD4ogkABKMJAFGjCQBhowkAqqMJALOjCQADpAkABqQJAFykCQBopAkAtaQJALykCQDeLhQAEKUJAGelCQBxpQkAwKUJAMOlCQAZpgkAIaYJAHKmCQB1pgkAy6YJANemCQAkpwkAKqcJAH2nCQCYpwkA1qcJAOKnCQAvqAkANagJADcvFACoqAkA4agJAOyoCQA6qQkAP6kJAJOpCQCcqQkA7KkJAO+pCQBFqgkAUaoJAJ6qCQCqqgkAvrUJALaqCQD3qgkA/qoJAFCrCQBWqwkAqasJALerCQACrAkAHawJAFusCQBnrAkAtKwJALqsCQANrQkAJ60JAGatCQByrQkAv60JAMWtCQAYrgkAHq4JAHGuCQB2rgkAyq4JANCuCQCQLxQAMK8JAHyvCQCIrwkA1a8JAN+vCQAusAkAMrAJAIewCQCMsAkA4LAJAOawCQA5sQkAWbEJAJKxCQCesQkA67EJAPGxCQBEsgkASrIJAJ2yCQCisgkA9rIJAPyyCQBCMBQAVLMJAKizCQCvswkAAbQJAA20CQBatAkAdrQJALO0CQC7tAkATTEUADW1CQBltQkAi7UJAKYxFADRtQkAF7YJACa2CQBwtgkAfLYJAMm2CQDKtgkAIrcJACy3CQB7twkAibcJANS3CQDZtwkALbgJADq4CQD/MRQAjrgJAAozFADkuAkAOLkJAEW5CQCRuQkAnrkJAOq5CQD2uQkAQ7oJAFK6CQCcugkAproJAPW6CQADuwkATrsJAFO7CQCnuwkAtLsJAAC8CQAIvAkAYzMUAGW8CQCyvAkAwrwJAAu9CQAUvQkAZL0JAGe9CQC9vQkAyb0JABa+CQAdvgkAvDMUAHq+CQDIvgkA1L4JACG/CQApvwkAFTQUAIe/CQDTvwkA2r8JACzACQAtwAkAhcAJAIrACQDewAkA7MAJADfBCQBEwQkAkMEJAJrBCQDpwQkA8cEJAELCCQBLwgkAm8IJAKHCCQD0wgkABcMJAE3DCQBpwwkApsMJAK7DCQBuNBQACsQJAFjECQBixAkAscQJALvECQAKxQkAC8UJAMc0FABoxQkAvMUJAMnFCQAVxgkAIsYJAG7GCQB6xgkAx8YJANbGCQAgxwkAKscJAHnHCQCBxwkA0scJANzHCQAryAkAMMgJAITICQCMyAkAIDUUAOjICQA2yQkAQskJAI/JCQCXyQkAeTUUAO3JCQBBygkAUMoJAJrKCQC6ygkA88oJAP/KCQBMywkAUssJAKXLCQCtywkA/ssJAAXMCQBXzAkAWcwJALDMCQC8zAkACc0JAB/NCQBizQkAZ80JALvNCQDIzQkA0jUUABnOCQBtzgkAfM4JAMbOCQDmzgkAH88JACvPCQB4zwkAfs8JANHPCQDZzwkAKtAJADHQCQCD0AkAhdAJANzQCQDo0AkANdEJAEvRCQCO0QkAk9EJAOfRCQD00QkAQNIJAEjSCQCZ0gkAn9IJAPLSCQD70gkAS9MJAFjTCQArNhQAstMJAP3TCQAK1AkAVtQJAG3UCQCv1AkA39QJAIQ2FAAO1QkAYdUJABXVCQA2FhEAd9UJALrVCQDI1QkAE9YJABbWCQBs1gkAb9YJAMXWCQDT1gkAHtcJACPXCQB31wkAhNcJANDXCQDY1wkAKdgJADDYCQCC2AkAjtgJANvYCQDo2AkANNkJAELZCQCN2QkAmdkJAObZCQDt2QkAP9oJAEfaCQCY2gkAnNoJAPHaCQD82gkAStsJAFjbCQCj2wkAtNsJAPzbCQAI3AkAVdwJAF3cCQDdNhQAtNwJAAfdCQAb3QkAYN0JAG7dCQC53QkAxt0JABLeCQAp3gkAa94JAHPeCQDE3gkAzt4JAB3fCQAi3wkAdt8JAH7fCQDP3wkA3t8JACjgCQAt4AkAgeAJAI7gCQDa4AkA5+AJADPhCQA/4QkAjOEJAJvhCQDl4QkA7+EJAD7iCQBG4gkAl+IJAKHiCQDw4gkA9eIJAEnjCQBR4wkANjcUAK3jCQD74wkAB+QJAFTkCQBc5AkAjzcUALLkCQAG5QkAFeUJAF/lCQB/5QkAuOUJAMTlCQAR5gkAF+YJAGrmCQBy5gkAw+YJAMrmCQAc5wkAHucJAHXnCQCB5wkAzucJAOTnCQAn6AkALOgJAIDoCQCN6AkA6DcUAOLoCQAy6QkAOOkJAIvpCQCZ6QkA5OkJAPHpCQA96gkAVOoJAJbqCQCe6gkA7+oJAP7qCQBI6wkATesJAKHrCQCu6wkA+usJAAfsCQBT7AkAX+wJAKzsCQC77AkABe0JAA/tCQBe7QkAeu0JALftCQC/7QkAQTgUAB3uCQDCfg8AH+4JAGnuCQBz7gkAvf8PAInuCQDC7gkAzu4JABvvCQAh7wkAdO8JAHzvCQBKNAoAgO8JAM3vCQCO7wkAsR0KAODvCQAm8AkANfAJAH/wCQCL8AkA2PAJANnwCQAx8QkAO/EJAIrxCQCY8QkA4/EJAOjxCQA88gkASfIJAJo4FACb8gkA7vIJAPTyCQBH8wkATPMJAKDzCQCm8wkApTkUAAT0CQBS9AkAYPQJAKv0CQC89AkABPUJABD1CQBd9QkAZfUJAFc6FADC9QkAD/YJABn2CQBo9gkAd/YJAMH2CQDM9gkAGvcJACj3CQBz9wkAgPcJAMz3CQDj9wkAJfgJAC34CQB++AkAgfgJANf4CQDj+AkAMPkJADb5CQCJ+QkApPkJAOL5CQDu+QkAO/oJAEH6CQCU+gkAnPoJAO36CQDv+gkARvsJAEf7CQCf+wkArfsJAPj7CQAA/AkAUfwJAGz8CQCq/AkAtvwJAAP9CQAJ/QkAXP0JAF/9CQC1/QkAw/0JAA7+CQAT/gkAZ/4JAHT+CQDA/gkA3P4JABn/CQAh/wkAsDoUAH//CQCc/A8Ag/8JAMv/CQCF/wkApl4QANf/CQAkAAoAMQAKAH0ACgCCAAoA1gAKAOAACgAvAQoAPwEKAIgBCgCNAQoA4QEKAOoBCgA6AgoARwIKAJMCCgCaAgoA7AIKAPgCCgBFAwoASwMKAJ4DCgCkAwoA9wMKAPwDCgBQBAoAVgQKAAk7FAC1BAoAAgUKAAgFCgBbBQoAYQUKALQFCgDBBQoADQYKABIGCgBmBgoAbgYKAL8GCgDxBgoAGAcKAEMHCgBxBwoAeQcKAMoHCgDXBwoAIwgKACgICgB8CAoAhAgKANUICgDYCAoALgkKADcJCgCHCQoAlgkKAOAJCgDrCQoAOQoKAEEKCgCSCgoAogoKAOsKCgD5CgoARAsKAFULCgCdCwoAqQsKAPYLCgD+CwoAFDwUAFUMCgCoDAoAsAwKAAENCgAIDQoAWg0KAGgNCgCzDQoAuQ0KAAwOCgAYDgoAZQ4KAHQOCgC+DgoAyA4KABcPCgAcDwoAcA8KAHYPCgDJDwoA3Q8KAG08FAAsEAoABZ8KAC8QCgB7EAoAMRAKAMpgCgCAEAoA1BAKAOAQCgAtEQoAOhEKAIYRCgCQEQoAxjwUAPoRCgA4EgoAOhIKAJESCgCXEgoA6hIKACMTCgBDEwoASRMKAJwTCgClEwoA9RMKAAIUCgB4PRQAVRQKAKcUCgCsFAoAABUKAA8VCgBZFQoAeRUKALIVCgC+FQoACxYKABEWCgBkFgoAfhYKAL0WCgDAFgoAFhcKABsXCgBvFwoAfhcKAMgXCgDoFwoA0T0UAEEYCgB6GAoAhhgKANMYCgDdGAoALBkKADgZCgA21AoAORkKAIUZCgCKGQoA3hkKAOgZCgA3GgoARxoKAJAaCgCVGgoA6RoKAPIaCgBCGwoATxsKAJsbCgCiGwoA9BsKAAAcCgBNHAoAUxwKAKYcCgCsHAoA/xwKAAQdCgBYHQoAXh0KACo+FAC0HQoACh4KAA8eCgBjHgoAch4KALweCgDcHgoA3D4UACMfCgBuHwoAex8KAMcfCgDOHwoAICAKACggCgB5IAoAeyAKANIgCgCAIAoAi2MNAJAgCgB2AA0A2CAKAOozDQDaIAoAKyEKAC8hCgCDKQoAQSEKABq/DABGIQoAhCEKAIYhCgDdIQoA7iEKADYiCgBEIgoAjyIKAJYiCgDoIgoA8CIKAEEjCgBIIwoAmiMKAJ8jCgDzIwoAAiQKAEwkCgBsJAoApSQKALEkCgD+JAoABCUKAFclCgBfJQoAsCUKALwlCgAJJgoAFiYKAGImCgB9JgoAuyYKAMkmCgAUJwoAGicKAG0nCgByJwoAxicKANMnCgAfKAoANSgKAHgoCgCEKAoA0SgKAN4oCgAqKQoANCkKADU/FACIKQoA3CkKAOIpCgA1KgoAVSoKAI4qCgCcKgoA5yoKAPQqCgBAKwoAVysKAJkrCgChKwoA8isKAAEsCgBLLAoAUCwKAKQsCgCxLAoA/SwKAActCgBWLQoAWC0KAK8tCgC9LQoACC4KABUuCgBhLgoAbS4KALouCgDALgoAEy8KABsvCgBsLwoAci8KAMUvCgDOLwoAHjAKACswCgCOPxQAhTAKANAwCgDmMAoAKTEKADUxCgCCMQoAijEKAOc/FADlMQoANDIKADoyCgCNMgoAjzIKAOYyCgDwMgoAPzMKAEszCgCYMwoArzMKAPEzCgAFNAoAQEAUAFg0CgCjNAoApjQKAPw0CgAENQoAVTUKAGE1CgCuNQoAvDUKAAc2CgARNgoAYDYKAGs2CgC5NgoAxTYKABI3CgAYNwoAazcKAHM3CgDENwoA0TcKAB04CgAiOAoAdjgKAIA4CgDPOAoA1zgKACg5CgAuOQoAgTkKAIo5CgDaOQoA5zkKAJlAFABBOgoAjDoKAJk6CgDlOgoA/DoKAD47CgBGOwoAlzsKAJw7CgDwOwoA9jsKAEk8CgBRPAoAojwKALg8CgD7PAoACT0KAFQ9CgBXPQoArT0KALw9CgAGPgoACz4KAF8+CgBsPgoAuD4KAMg+CgARPwoAHz8KAGo/CgCBPwoAwz8KAMw/CgAcQAoAIkAKAHVACgCBQAoAzkAKANVACgDyQBQAM0EKAIBBCgCCQQoA2UEKAONBCgAyQgoAPkIKAItCCgCTQgoAS0EUAOlCCgA9QwoATEMKAJZDCgC2QwoA70MKAPtDCgBIRAoATkQKAKFECgCpRAoA+kQKAPtECgBTRQoAWUUKAKxFCgCxRQoABUYKACBGCgBeRgoAbEYKALdGCgC+RgoAEEcKABxHCgBpRwoAb0cKAKRBFADHRwoAG0gKACVICgB0SAoAhUgKAM1ICgDZSAoAJkkKAClJCgB/SQoAgkkKANhJCgDgSQoAMUoKADhKCgCKSgoAj0oKAONKCgDySgoAPEsKAFxLCgCVSwoAoUsKAO5LCgD0SwoAR0wKAE9MCgCgTAoArUwKAPlMCgD+TAoAUk0KAFxNCgCrTQoAs00KAAROCgAUTgoAXU4KAGJOCgC2TgoAv04KAA9PCgAcTwoAaE8KAG9PCgD9QRQAxk8KABpQCgApUAoAc1AKAJNQCgDMUAoA2FAKACVRCgArUQoAflEKAIZRCgDXUQoA41EKADBSCgA9UgoAiVIKAJBSCgDiUgoA41IKADtTCgBAUwoAlFMKAKJTCgDtUwoA+lMKAEZUCgBQVAoAVkIUAKtUCgD4VAoArVQKAHX9CwACVQoAUVUKAGtVCgCqVQoArVUKAHwTCwC5VQoAA1YKAAhWCgBcVgoAaVYKALVWCgDCVgoADlcKABpXCgBnVwoAdlcKAMBXCgDKVwoAGVgKACVYCgByWAoAhVgKAMtYCgDaWAoAJFkKADBZCgB9WQoAflkKANZZCgDgWQoAL1oKAD1aCgCIWgoAjVoKAOFaCgDuWgoAr0IUAD9bCgCTWwoAoFsKAOxbCgD5WwoARVwKAFFcCgCeXAoArVwKAPdcCgABXQoAUF0KAF5dCgCpXQoArl0KAAJeCgAPXgoAW14KAGNeCgC6QxQAwF4KAA1fCgAdXwoAZl8KAG9fCgC/XwoAwl8KABhgCgAkYAoAcWAKAHhgCgATRBQAz2AKACNhCgAwYQoAfGEKAIlhCgDVYQoA22EKAC5iCgA6YgoAh2IKAJdiCgDgYgoA6WIKADljCgA8YwoAkmMKAJ5jCgDrYwoA8mMKAGxEFABGZAoAnWQKAEtkCgCpiQ4AVGQKAC/fDgCuZAoA9mQKAP5kCgBPZQoAWWUKAKhlCgC3ZQoAAWYKAAJmCgBaZgoAYmYKAB5FFAC7ZgoAd0UUACpnCgBlZwoAL2cKAAZTFAA2ZwoAd4kKAG1nCgC+ZwoAzWcKABdoCgAcaAoAcGgKAH1oCgDJaAoA1mgKACJpCgAuaQoAe2kKAIppCgDUaQoA3mkKAC1qCgBQagoAhmoKALhqCgDfagoAA2sKADhrCgBAawoA20YUAJZrCgDqawoA8GsKAENsCgBLbAoANEcUAKpsCgD1bAoAEG0KAE5tCgBabQoAp20KALhtCgAAbgoAFG4KAFluCgBhbgoAsm4KALhuCgALbwoAF28KAGRvCgB0bwoAvW8KAMZvCgAWcAoAGXAKAG9wCgB7cAoAyHAKAM9wCgCNRxQAL3EKAHpxCgCEcQoA5kcUANhxCgAscgoAOXIKAIVyCgCScgoA3nIKAOpyCgA3cwoARnMKAJBzCgCacwoA6XMKAPdzCgBCdAoAR3QKAJt0CgCodAoA9HQKAPx0CgA/SBQAWXUKAKZ1CgC2dQoA/3UKAAh2CgBYdgoAW3YKALF2CgC9dgoACncKABF3CgCYSBQAcncKALx3CgDBdwoAFXgKACJ4CgBueAoAe3gKAMd4CgDNeAoAIHkKACx5CgB5eQoAiXkKANJ5CgDbeQoAK3oKAC56CgCEegoAkHoKAN16CgDkegoA8UgUADt7CgCPewoAnHsKAOh7CgAGfAoAQXwKAE18CgCafAoArXwKAPN8CgABfQoATH0KAE99CgClfQoAr30KAP59CgAMfgoAV34KAGR+CgCwfgoAx34KAAl/CgARfwoAYn8KAGl/CgC7fwoAwH8KABSACgAqgAoAbYAKAG+ACgDGgAoA1IAKAB+BCgAsgQoASkkUAICBCgCjSRQA1oEKACqCCgA3ggoAg4IKAJCCCgDcggoA6IIKADWDCgBEgwoAjoMKAJiDCgDngwoA9YMKAECECgBFhAoAmYQKAKaECgDyhAoA+oQKAPxJFABXhQoApIUKALSFCgD9hQoABoYKAFaGCgBZhgoAr4YKALuGCgAIhwoAD4cKAFVKFABthwoAuocKAMqHCgATiAoA0IcKADHaDwAciAoAbIgKAG+ICgDFiAoA0YgKAB6JCgAliQoArkoUAICJCgDxjAoAgYkKANCJCgDfiQoAKYoKAOGJCgCNiwoAKooKAIKKCgCeigoA24oKABSLCgA0iwoAbYsKAAdLFACQiwoA5osKAAKMCgA/jAoAeIwKAJiMCgDRjAoAYEsUAP6MCgBKjQoAWI0KAKONCgC2jQoA/I0KABiOCgBVjgoAjo4KAK6OCgDnjgoAuUsUABiPCgBgjwoAbI8KALmPCgDBjwoAEkwUABeQCgBrkAoAc5AKAMSQCgDTkAoAHZEKACKRCgB2kQoAg5EKAM+RCgDckQoAKJIKADSSCgCBkgoAkJIKANqSCgDkkgoAM5MKADuTCgCMkwoAlpMKAOWTCgDqkwoAPpQKAEaUCgBrTBQAppQKAPCUCgColAoAVJYKAPGUCgBJlQoAZZUKAKKVCgDblQoA+5UKADSWCgDETBQAV5YKAK2WCgDJlgoABpcKAD+XCgBflwoAmJcKAB1NFAC7lwoAEZgKACKYCgBqmAoAhpgKAMOYCgD8mAoAHJkKAFWZCgB2TRQAgpkKAM6ZCgDamQoAJ5oKADaaCgCAmgoAipoKANmaCgDhmgoADgkLAOeaCgAymwoAN5sKAIubCgCYmwoA5JsKAOybCgA9nAoAQ5wKAJacCgBNnAoAdPoKAKKcCgDvnAoA/5wKAEidCgBRnQoAoZ0KAKSdCgD6nQoABp4KAFOeCgBangoAz00UAM+eCgAoThQAE58KAF6fCgB0nwoAt58KAMOfCgAQoAoAF6AKAGmgCgBuoAoAwqAKAMugCgAboQoAJaEKAIFOFAB5oQoA6E4OAH6hCgDNoQoAgKEKACLjDQDXoQoAJqIKACeiCgB/ogoAjqIKANiiCgDdogoAMaMKAD6jCgCKowoAl6MKAOOjCgDvowoAPKQKAEukCgCVpAoAn6QKAO6kCgD8pAoAR6UKAEylCgCgpQoAraUKAPmlCgD6pQoAUqYKAFemCgCrpgoAsKYKAASnCgAVpwoAXacKAICnCgC2pwoAwacKAA+oCgAUqAoAaKgKAGuoCgDBqAoAy6gKABqpCgBCqQoAc6kKAJKpCgAzTxQA2KkKACWqCgAnqgoAfqoKAI2qCgDXqgoA4qoKADCrCgA4qwoAiasKAJCrCgDiqwoA5KsKADusCgBFrAoAlKwKAJasCgDtrAoABq0KAEatCgBIrQoAn60KAKKtCgD4rQoABK4KAFGuCgBZrgoAjE8UALauCgADrwoACa8KAFyvCgB3rwoAta8KAMGvCgAOsAoAFLAKAGewCgBvsAoAwLAKAMKwCgAZsQoAI7EKAHKxCgB6sQoA5U8UANyxCgAksgoAK7IKAH2yCgCFsgoA1rIKAOOyCgAvswoANLMKAIizCgCSswoA4bMKAOmzCgA6tAoASbQKAJO0CgCYtAoA7LQKAPm0CgBFtQoAUrUKAJ61CgCqtQoA97UKAAa2CgBQtgoAWrYKAKm2CgCxtgoAArcKAAy3CgBbtwoAYLcKALS3CgC8twoAPlAUABm4CgBmuAoAdrgKAL+4CgDIuAoAGLkKABu5CgBxuQoAfbkKAMq5CgDRuQoAl1AUACm6CgB8ugoAgroKANW6CgDaugoALrsKADS7CgDwUBQAjbsKAOC7CgDmuwoAObwKAD68CgDTsxAARrwKAJK8CgCXvAoA67wKAPO8CgBEvQoAbb0KAJ29CgB6vQoAQ8UKAMa9CgD2vQoAH74KAE++CgB6vgoAqL4KALC+CgABvwoAEL8KAFq/CgBfvwoAs78KAMC/CgAMwAoAGcAKAGXACgBxwAoAvsAKAM3ACgAXwQoAIcEKAHDBCgB+wQoAycEKAM7BCgAiwgoAL8IKAHvCCgCDwgoA1MIKANrCCgAtwwoAOcMKAIbDCgCWwwoA38MKAOjDCgA4xAoAO8QKAJHECgCdxAoA6sQKAPHECgBJURQAbMUKAJzFCgDHxQoA9cUKAP3FCgBOxgoAXcYKAKfGCgCsxgoAAMcKAA3HCgBZxwoAZscKALLHCgC+xwoAC8gKABrICgBkyAoAbsgKAL3ICgDLyAoAFskKABvJCgBvyQoAfMkKAMjJCgDQyQoAIcoKACfKCgB6ygoAhsoKANPKCgDjygoALMsKADXLCgCFywoAiMsKAN7LCgDqywoAN8wKAD7MCgCiURQAkswKANHDEACezAoA6cwKAPbMCgBCzQoATs0KAJvNCgChzQoA9M0KAPrNCgBNzgoAUs4KAKbOCgCszgoA+1EUACXPCgBYzwoAfs8KALHPCgDnzwoACtAKADPQCgBj0AoAjtAKAK1SFAC/0AoAFdEKAB3RCgBu0QoAetEKAMfRCgDN0QoAINIKACbSCgB50goAftIKANLSCgDY0goAX1MUAFTTCgCE0woArdMKAN3TCgAB1AoAEVQUADzUCgAkFgwASdQKAI/UCgCe1AoA6NQKAPTUCgBB1QoAQtUKAJrVCgCk1QoA89UKAAHWCgBM1goAUdYKAKXWCgCy1goAalQUACHXCgDDVBQAgNcKALDXCgDZ1woACdgKAC3YCgAcVRQAcNgKALvYCgDA2AoAFNkKACHZCgBt2QoAddkKAMbZCgDM2QoAH9oKACvaCgB42goAiNoKANHaCgDa2goAKtsKAC3bCgCD2woAv9sKANzbCgDo2woAdVUUADvcCgCO3AoAp9wKAOfcCgD13AoAQN0KAE3dCgCZ3QoAoN0KAPLdCgD73QoAS94KAFjeCgCk3goAu94KAP3eCgAA3woAVt8KAFjfCgCv3woAuN8KAAjgCgAY4AoAYeAKAHrgCgC64AoAvOAKABPhCgAc4QoAbOEKAHThCgDF4QoAx+EKAB7iCgA34goAd+IKAI7iCgDQ4goA3OIKACnjCgA64woAguMKAI7jCgDb4woA5uMKADTkCgBB5AoAjeQKAJfkCgDOVRQA+eQKAD/lCgBN5QoAmOUKAH3lCgBJ7goA1eUKAPHlCgD+5QoASuYKAFLmCgCj5goAqeYKAPzmCgAI5woAVecKAGDnCgCu5woAt+cKAAfoCgAK6AoAYOgKAGLoCgC56AoAwOgKABLpCgAU6QoAJ1YUAG7pCgDE6QoA0ukKAB3qCgAi6goAduoKAIPqCgDP6goA2+oKACjrCgAw6woAgFYUAI/rCgDa6woA6usKADPsCgBB7AoAjOwKAJXsCgDl7AoA7+wKAD7tCgBA7QoAl+0KAKHtCgDw7QoA8u0KANlWFABO7goAou4KAKruCgD77goAAe8KAFTvCgBg7woAre8KALzvCgAG8AoAD/AKAF/wCgBi8AoAuPAKALrwCgAR8QoAGPEKAGrxCgBs8QoAMlcUAMjxCgAc8goAOPIKAHXyCgCR8goAi1cUANvyCgBuNQwA3fIKACfzCgAs8woAgPMKAI3zCgDZ8woA5vMKADL0CgA49AoAi/QKAJf0CgDk9AoA9PQKAD31CgBG9QoAlvUKAJn1CgDv9QoA+/UKAEj2CgBP9goA5FcUALD2CgD69goA//YKAFP3CgBg9woArPcKALn3CgAF+AoAC/gKAF74CgBq+AoAt/gKAMf4CgAQ+QoAGfkKAGn5CgBs+QoAwvkKAM75CgAb+goAIvoKAD1YFAB2+goAzfoKANv6CgAm+woAN/sKAJZYFACG+woA71gUAOD7CgBIWRQANvwKAIr8CgCX/AoA4/wKAPD8CgA8/QoASP0KAJX9CgCk/QoA7v0KAPj9CgBH/goAVf4KAKD+CgCl/goA+f4KAAb/CgBS/woAWv8KAKFZFAC3/woABAALABQACwBdAAsAZgALALYACwC5AAsADwELABsBCwBoAQsAbwELAPpZFADDAQsAGgILACgCCwBzAgsAhAILAFNaFADTAgsArFoUAC0DCwAFWxQAgwMLANcDCwDkAwsAMAQLAD0ECwCJBAsAlQQLAOIECwDxBAsAOwULAEUFCwCUBQsAogULAO0FCwDyBQsARgYLAFMGCwCfBgsApwYLAF5bFAAEBwsAUQcLAGEHCwCqBwsAswcLAAMICwAGCAsAXAgLAGgICwC1CAsAvAgLALdbFAAYCQsAZwkLAHUJCwDACQsA1gkLABkKCwAlCgsAcgoLAHkKCwDLCgsA0woLACQLCwApCwsAfQsLAIYLCwDWCwsA4AsLABBcFABFDAsAiAwLAJQMCwDhDAsA6AwLADoNCwBCDQsAkw0LAJgNCwDsDQsA9Q0LAEUOCwBPDgsAaVwUAKMOCwAfVA4Aqg4LABBSCwCtDgsA9w4LAMgOCwCBWRUA/A4LAFAPCwBdDwsAqQ8LALYPCwACEAsADhALAFsQCwBqEAsAtBALAL4QCwANEQsAGxELAGYRCwBzEQsAvxELANYRCwAYEgsAIBILAHESCwB7EgsAyhILAM8SCwAjEwsAKxMLAMJcFACBEwsA1RMLAOQTCwAuFAsAThQLAIcUCwCTFAsA4BQLAOoUCwA5FQsAQxULAJIVCwCgFQsA6xULAAEWCwBEFgsAUBYLAJ0WCwCiFgsA9hYLAP8WCwBPFwsAWRcLAKgXCwC0FwsAARgLABQYCwBaGAsAaRgLALMYCwC/GAsADBkLAA0ZCwBlGQsAbxkLAL4ZCwDMGQsAFxoLABwaCwBwGgsAfRoLAHRdFADXGgsAIhsLADgbCwB7GwsAhxsLANQbCwDbGwsALRwLADUcCwCGHAsAixwLAN8cCwDoHAsAOB0LAEIdCwB/XhQAlh0LAOodCwDyHQsAQx4LAEYeCwCcHgsApR4LAPUeCwAEHwsATh8LAFkfCwCnHwsArx8LAAAgCwAQIAsAWSALAGcgCwCyIAsAwyALAAshCwAXIQsAZCELAGwhCwDYXhQAwyELABYiCwAeIgsAbyILAHYiCwDIIgsA1iILACEjCwAnIwsAeiMLAIYjCwDTIwsA4iMLACwkCwA2JAsAhSQLAIokCwDeJAsA5CQLADclCwBLJQsAMV8UAKElCwDpJQsA9SULAEImCwBIJgsAmyYLAKEmCwD0JgsA+SYLAE0nCwBTJwsAil8UAKsnCwD/JwsAECgLAFgoCwBgKAsAsSgLAGQoCwBWOAsAZigLAASbEQC7KAsACikLABgpCwBjKQsAeSkLALwpCwDIKQsAFSoLABwqCwBuKgsAdioLAMcqCwDMKgsAICsLACkrCwB5KwsAgysLANIrCwDaKwsAKywLAC8sCwCELAsAjywLAN0sCwDrLAsANi0LAEctCwCPLQsAmy0LAOgtCwDwLQsA418UAEMuCwCaLgsAqC4LAPMuCwD9LgsATC8LAFovCwClLwsAsi8LAP4vCwAVMAsAVzALAF8wCwCwMAsAwDALAAkxCwAOMQsAYjELAGgxCwC7MQsAwzELABQyCwAWMgsAbTILAHoyCwDGMgsAzjILAB8zCwAkMwsAeDMLAHkzCwDRMwsA3TMLACo0CwA3NAsAgzQLAIs0CwDcNAsA6zQLADU1CwA6NQsAjjULAJs1CwDnNQsA9DULAEA2CwBMNgsAmTYLAKg2CwDyNgsA/DYLAEs3CwBZNwsApDcLAKk3CwD9NwsACjgLADxgFABcOAsArzgLALU4CwAIOQsADTkLAGE5CwBnOQsAlWAUAMg5CwATOgsAKToLAGw6CwB4OgsAxToLAMo6CwAeOwsAJzsLAHc7CwCBOwsA0DsLAPM7CwApPAsALTwLAII8CwA4PAsA5j0LAIQ8CwDbPAsA6TwLADQ9CwA+PQsAjT0LALE9CwCgYRQA7D0LAD8+CwBLPgsAmD4LAJo+CwDxPgsA+z4LAEo/CwBWPwsAoz8LAMc/CwD5YRQAAEALAFVACwALQAsAuUELAFdACwCuQAsAvEALAAdBCwARQQsAYEELAIRBCwBSYhQAv0ELABJCCwAeQgsAa0ILAG1CCwDEQgsAzkILAB1DCwApQwsAdkMLAJpDCwCrYhQA7EMLAChECwAxRAsAgUQLAI9ECwDaRAsA4EQLADNFCwA/RQsAjEULAJRFCwAEYxQA7EULAD5GCwBXRgsAl0YLAKZGCwDwRgsA+EYLAElHCwBYRwsAokcLAKdHCwD7RwsACEgLAFRICwBhSAsArUgLALlICwAGSQsAFUkLAF9JCwBpSQsAuEkLAMZJCwARSgsAFkoLAGpKCwB3SgsAXWMUAMRKCwDT1QsA3EoLABxLCwAmSwsAdUsLAHdLCwDOSwsA3EsLACdMCwA0TAsAgEwLAIhMCwDZTAsABU0LADJNCwA5TQsAi00LAKRNCwDkTQsA800LAD1OCwBFTgsAlk4LAKVOCwDvTgsA9E4LAEhPCwBVTwsAoU8LAK5PCwD6TwsABlALAFNQCwBiUAsArFALALZQCwAFUQsAE1ELAF5RCwBjUQsAt1ELAMRRCwC2YxQAI1ILAGlSCwB4UgsAwlILAM5SCwAbUwsAJ1MLAHRTCwB7UwsAzVMLANlTCwAmVAsALVQLAH9UCwCHVAsA2FQLANxUCwAxVQsAPFULAIpVCwCWVQsA41ULAPBVCwA8VgsARFYLAJVWCwCfVgsA7lYLAPRWCwBHVwsAW1cLAKBXCwCuVwsA+VcLAAZYCwBSWAsAaVgLAKtYCwCzWAsABFkLAA5ZCwBdWQsAYlkLALZZCwC+WQsAD1oLAB5aCwBoWgsAbVoLAMFaCwDOWgsAGlsLACdbCwBzWwsAf1sLAMxbCwDbWwsAJVwLAC9cCwAPZBQAhlwLANdcCwDmXAsAMF0LADVdCwCJXQsAkl0LAOJdCwDzXQsAO14LAEJeCwCUXgsAnF4LAO1eCwD6XgsARl8LAEtfCwCfXwsAqV8LAPhfCwAAYAsAUWALAGpgCwCqYAsAtmALAANhCwALYQsAaGQUAGthCwC1YQsA0mELAA5iCwAXYgsAZ2ILAHViCwDAYgsAxmILABljCwAlYwsAcmMLAHljCwDLYwsA02MLACRkCwA0ZAsAfWQLAINkCwDWZAsA22QLAC9lCwBFZQsAiGULAJBlCwDhZQsA62ULADpmCwBFZgsAk2YLAJ9mCwDsZgsA9GYLAMFkFABSZwsAnmcLAKVnCwD3ZwsAA2gLAFBoCwBWaAsAqWgLALpoCwACaQsAFmkLAFtpCwBpaQsAtGkLAMFpCwANagsAJGoLAGZqCwBuagsAv2oLAMZqCwAYawsAGmsLAHFrCwB7awsAymsLAMxrCwAjbAsAPGwLAHxsCwB+bAsA1WwLANhsCwAubQsAOm0LAIdtCwC1bQsAGmUUAO9tCwA5bgsAVm4LAJJuCwCbbgsA624LAPluCwBEbwsASm8LAJ1vCwCpbwsA9m8LAP5vCwBzZRQAV3ALAKhwCwCucAsAAXELAA1xCwBacQsAXXELALNxCwC4cQsADHILABVyCwBlcgsAa3ILAL5yCwDNcgsAF3MLACNzCwBwcwsAeHMLAMxlFADPcwsAInQLACd0CwB7dAsAkXQLANR0CwDcdAsALXULADt1CwCGdQsAkHULAN91CwDidQsAOHYLAEB2CwCRdgsAknYLAOp2CwDwdgsAQ3cLAFF3CwCcdwsAsncLAPV3CwD3dwsATngLAFR4CwCneAsAu3gLAAB5CwAIeQsAWXkLAGl5CwCyeQsAtHkLAAt6CwAaegsAZHoLAG56CwC9egsAwnoLABZ7CwAcewsAb3sLAIN7CwDIewsA0HsLACF8CwAmfAsAenwLAIB8CwDTfAsA23wLACx9CwAvfQsAhX0LAIp9CwDefQsA530LADd+CwA9fgsAkH4LAJ9+CwDpfgsA9X4LACVmFABFfwsAm38LAKN/CwD0fwsAAYALAE2ACwBSgAsApoALALCACwD/gAsAB4ELAFiBCwBagQsAsYELAMyBCwAKggsADIILAGOCCwBxggsAvIILAM2CCwAVgwsAF4MLAG6DCwCHgwsAx4MLANiDCwAghAsALIQLAH5mFACBhAsA0oQLANiECwArhQsAN4ULAISFCwChhQsA3YULAOaFCwA2hgsAQoYLAI+GCwCShgsA6IYLAPKGCwBBhwsASYcLAJqHCwCkhwsA84cLAAGICwBMiAsAYogLAKWICwCxiAsA/ogLAAWJCwBXiQsAX4kLALCJCwC1iQsACYoLABKKCwBiigsAbIoLALuKCwDDigsAFIsLABaLCwBtiwsAfYsLAMaLCwDQiwsAH4wLACuMCwB4jAsAfowLANGMCwDZjAsA12YUADaNCwCDjQsAlo0LANyNCwD4jQsANY4LAD2OCwAwZxQAnI4LAOeOCwD9jgsAQI8LAEyPCwCZjwsAno8LAPKPCwD7jwsAS5ALAFWQCwCkkAsArJALAP2QCwD/kAsAVpELAGWRCwCvkQsAzJELAAiSCwARkgsAYZILAG+SCwC6kgsAwJILABOTCwAhkwsAbJMLAHmTCwDFkwsA3JMLAB6UCwAmlAsAd5QLAHmUCwDQlAsA2JQLACmVCwA4lQsAgpULAIeVCwDblQsA6JULADSWCwBBlgsAjZYLAJmWCwDmlgsA9ZYLAD+XCwBJlwsAmJcLAKaXCwDxlwsA9pcLAEqYCwBXmAsAiWcUAK2YCwD8mAsA/pgLAFWZCwBcmQsArpkLALWZCwAHmgsADZoLAGCaCwBumgsAuZoLAMaaCwASmwsAIpsLAGubCwBwmwsAxJsLAMybCwAdnAsA4JsLAFIKDAApnAsAdpwLAHicCwCXnwsAg5wLAM+cCwDUnAsAKJ0LADKdCwCBnQsAkZ0LANqdCwDfnQsAM54LADyeCwCMngsAmZ4LAOWeCwDsngsAPp8LAEafCwDiZxQApZ8LAPCfCwAIoAsASaALAEugCwCioAsAuaALAPugCwD9oAsAVKELAGKhCwCtoQsAuqELAAaiCwAOogsAO2gUAGKiCwC4ogsAdqILAC97DQDBogsAEaMLAB+jCwCRzwsAIKMLAGqjCwB1owsAw6MLAMujCwAcpAsAJ6QLAHWkCwB6pAsAzqQLANGkCwAnpQsAMaULAJRoFACGpQsA2aULAIqlCwCzTxAA9KULADKmCwA+pgsAi6YLAJGmCwDkpgsA7KYLAD2nCwBTpwsAlqcLAKSnCwDvpwsA8qcLAEioCwBhqAsAoagLAK2oCwD6qAsABakLAFOpCwBVqQsArKkLAMepCwAFqgsAE6oLAF6qCwBrqgsAt6oLAM6qCwDtaBQAEqsLACJSEAAmqwsAaasLAGqrCwDCqwsAx6sLABusCwAhrAsAdKwLAHasCwDNrAsA06wLACatCwA6rQsAf60LAIetCwDYrQsA6K0LADGuCwAzrgsAiq4LAJiuCwDjrgsA9K4LAEZpFABCrwsAla8LAKGvCwCfaRQA8K8LAEewCwBYsAsAoLALAKiwCwD5sAsAArELAFKxCwBZsQsAq7ELAKyxCwD4aRQAELILAF2yCwBfsgsAtrILAL2yCwAPswsAF7MLAGizCwBxswsAwbMLAMizCwAatAsAG7QLAFFqFAB4tAsAzLQLANS0CwAltQsAL7ULAH61CwCMtQsA17ULAO21CwAwtgsAPLYLAIm2CwCOtgsA4rYLAOu2CwA7twsARbcLAKpqFACVtwsA7bcLAPW3CwARYA0ABbgLAEa4CwBTuAsAn7gLAKu4CwD4uAsAArkLAFG5CwBVuQsAqrkLAK+5CwADugsACboLAFy6CwB8ugsAtboLAM26CwAOuwsAJbsLAGe7CwBzuwsAwLsLAMq7CwAZvAsAG7wLAHK8CwB5vAsAy7wLANK8CwAkvQsAKr0LAH29CwCJvQsA1r0LANm9CwAvvgsAMr4LAIi+CwCUvgsA4b4LAOS+CwA6vwsAVr8LAJO/CwCbvwsAA2sUAPi/CwBFwAsAT8ALAJ7ACwCgwAsA98ALAP7ACwBQwQsAV8ELAKnBCwCvwQsAAsILABDCCwBbwgsAaMILALTCCwDEwgsADcMLABLDCwBmwwsAbsMLAL/DCwDPwwsAGMQLAB3ECwBxxAsAd8QLAMrECwDSxAsAXGsUACnFCwB8xQsAhMULANXFCwDYxQsALsYLADrGCwCHxgsAjcYLAODGCwD7xgsAOccLAEfHCwCSxwsAoccLAOvHCwD3xwsARMgLAEzICwAObBQAosgLAPbICwAAyQsAT8kLAFfJCwCoyQsAyMkLAAHKCwAOygsAWsoLAF/KCwCzygsAt8oLAAzLCwAZywsAZ2wUAGrLCwC+ywsAwcsLABfMCwAhzAsAcMwLAHzMCwDJzAsA3MwLACLNCwAxzQsAe80LAIfNCwDUzQsA1c0LAC3OCwA3zgsAhs4LAJTOCwDfzgsA5M4LADjPCwBFzwsAwGwUAJvPCwDqzwsA7M8LAEPQCwBc0AsAnNALAK3QCwD10AsAAdELAE7RCwBW0QsAy20UAK7RCwAA0gsAB9ILAFnSCwBf0gsAstILAL7SCwAL0wsADtMLAGTTCwBn0wsAvdMLAMXTCwAW1AsAJtQLAG/UCwB01AsAyNQLANHUCwAh1QsALtULAHrVCwCB1QsAJG4UAN/VCwAs1gsAOdYLAIXWCwCN1gsA3tYLAOjWCwA31wsARtcLAJDXCwCR1wsA6dcLAPHXCwBC2AsAUdgLAJvYCwCg2AsA9NgLAAHZCwBN2QsAWtkLAKbZCwCy2QsA/9kLAA7aCwBY2gsAYtoLALHaCwC/2gsACtsLAA/bCwBj2wsAcNsLALzbCwDE2wsAFdwLAB/cCwBu3AsAc9wLAMfcCwDP3AsAfW4UAC7dCwB53QsAhd0LANLdCwDY3QsAK94LADHeCwCE3gsAid4LAN3eCwDj3gsA1m4UAELfCwCP3wsAld8LAOjfCwDu3wsAQeALAE7gCwCa4AsAn+ALAPPgCwD74AsATOELAGrhCwDhbxQApuELAP7hCwAD4gsAV+ILAF3iCwCw4gsAsuILAAnjCwAP4wsAYuMLAHbjCwC74wsAw+MLABTkCwAk5AsAbeQLAG/kCwDG5AsA1OQLAB/lCwAw5QsAOnAUAH7lCwDR5QsA3eULAJNwFAA35gsAg+YLAIvmCwDc5gsA6eYLADXnCwA35wsAjucLAKTnCwDn5wsA8+cLAEDoCwBI6AsARXEUAKXoCwDy6AsA9egLAEvpCwBQ6QsApOkLALXpCwD96QsABuoLAFbqCwBg6gsAr+oLAL3qCwAI6wsADesLAGHrCwBu6wsAnnEUAMbrCwAT7AsAIOwLAGzsCwBu7AsAxewLANvsCwAe7QsAKu0LAHftCwB/7QsA93EUANXtCwAp7gsAL+4LAILuCwCK7gsA2+4LAN7uCwA07wsAQO8LAI3vCwCT7wsA5u8LAAHwCwA/8AsATPALAJjwCwCa8AsA8fALAAfxCwBK8QsAVvELAKPxCwCr8QsAUHIUAALyCwBV8gsAWvILAK7yCwDJ8gsAB/MLABXzCwBg8wsAZ/MLALnzCwDF8wsAEvQLABn0CwCpchQAdvQLAMT0CwDM9AsAHfULACj1CwB29QsAe/ULAM/1CwDS9QsAKPYLADL2CwCB9gsAifYLANr2CwDo9gsAM/cLADb3CwCM9wsAlPcLAOX3CwAF+AsAPvgLAEv4CwCX+AsAnPgLAPD4CwD0+AsASfkLAFb5CwACcxQAwvkLAPv5CwAE+gsAVPoLAFX6CwCt+gsAtfoLAAb7CwAW+wsAX/sLAGH7CwC4+wsAxvsLABH8CwAi/AsAW3MUAHD8CwDD/AsAz/wLALRzFAAj/QsADXQUAHr9CwDO/QsA6P0LACf+CwA2/gsAgP4LAIv+CwDZ/gsA2/4LADL/CwA//wsAi/8LAJj/CwDk/wsA8P8LAD0ADABOAAwAlgAMAJkADADvAAwACQEMAEgBDABRAQwAoQEMAK4BDAD6AQwAAAIMAFMCDABfAgwArAIMAK8CDAAFAwwACgMMAF4DDABvAwwAtwMMANIDDAAQBAwAHAQMAGkEDABwBAwAwgQMAMQEDAAbBQwAIgUMAHQFDAB7BQwAzQUMANMFDAAmBgwAMgYMAH8GDACCBgwA2AYMANsGDAAxBwwAPQcMAIoHDACdBwwA4wcMAPIHDAA8CAwASAgMAJUIDACWCAwA7ggMAPgIDABHCQwAVQkMAKAJDAClCQwA+QkMAAYKDABmdBQAWgoMAL90FACtCgwABAsMABoLDABdCwwAaQsMALYLDAC+CwwAGHUUABUMDABoDAwAcAwMAMEMDADEDAwAGg0MACYNDABzDQwAeQ0MAMwNDADnDQwAJQ4MADMODAB+DgwAjQ4MANcODADjDgwAMA8MADgPDABxdRQAjg8MAOIPDADsDwwAOxAMAEMQDACUEAwAtBAMAO0QDAD6EAwARhEMAEsRDACfEQwAoxEMAPgRDAAFEgwAynUUAHQSDAAjdhQArxIMAAMTDAASEwwAXBMMAHwTDAC1EwwAwRMMAA4UDAAYFAwAZxQMAHMUDADAFAwAxhQMABkVDAAfFQwAchUMAHcVDADLFQwA0RUMAHx2FAAqFgwAfRYMAIIWDADWFgwA3BYMAC53FAAyFwwAiBcMAJIXDADhFwwA4xcMADoYDABTGAwAkxgMAKQYDADsGAwA+hgMAEUZDABIGQwAnhkMAKkZDAD3GQwA/xkMAFAaDABSGgwAqRoMALEaDAACGwwADxsMAFsbDABnGwwAtBsMALgbDAANHAwAFRwMAGYcDAB1HAwAvxwMAMQcDAAYHQwAJR0MAHEdDAB+HQwAyh0MANYdDAAjHgwAMh4MAHweDACGHgwA1R4MAOMeDAAuHwwAMx8MAIcfDACUHwwAh3cUAOgfDADgdxQAPSAMAL4kDABFIAwAkiAMAJggDADrIAwA8SAMAEQhDABRIQwAnSEMAKIhDAD2IQwA/iEMAE8iDAB4IgwAqCIMAIUiDABaIwwAziIMALMjDADRIgwAASMMACojDAA5eBQAgyMMAJJ4FADZIwwADCQMAEIkDABlJAwAjiQMAOt4FADMJAwAFyUMACQlDABwJQwAfCUMAMklDADPJQwAIiYMACgmDAB7JgwAgCYMANQmDADaJgwARHkUAFMnDAA4KAwAVicMAIYnDACvJwwA9nkUAAgoDABPehQAXigMAJEoDADHKAwA6igMABMpDACoehQATSkMAJwpDAChKQwA9SkMAP0pDAABexQAUyoMAKcqDACwKgwAACsMAA0rDABZKwwAYCsMAFp7FAC6KwwAs3sUAB4sDABkLAwAcCwMAL0sDADMLAwAFi0MAB8tDABvLQwAeS0MAMgtDADKLQwAIS4MADouDAB6LgwAiy4MANMuDADfLgwALC8MADQvDAAMfBQAky8MAN4vDADvLwwANzAMAEMwDACQMAwAmDAMAGV8FADuMAwAQjEMAEwxDACbMQwAozEMAPQxDAAEMgwATTIMAFIyDACmMgwArzIMAP8yDAAMMwwAWDMMAF8zDAC+fBQAtzMMAK8hEQC+MwwACjQMAMQzDAARzw8ADzQMAGM0DABvNAwAvDQMAMk0DAAVNQwAHzUMABd9FABzNQwAxzUMANM1DAAgNgwALTYMAHk2DACDNgwA0jYMAO42DAArNwwAMzcMAHB9FACJNwwA3TcMAOU3DAA2OAwAOTgMAI84DACYOAwA6DgMAPc4DABBOQwATDkMAJo5DACiOQwA8zkMAAM6DABMOgwAWjoMAKU6DAC2OgwA/joMAAo7DABXOwwAXzsMAMl9FAC2OwwACTwMABE8DABiPAwAaTwMALs8DADJPAwAFD0MABo9DABtPQwAeT0MAMY9DADVPQwAHz4MACk+DAB4PgwAfT4MANE+DADXPgwAKj8MAD4/DACDPwwAiz8MANw/DAD6PwwANUAMAD1ADAAifhQAlkAMAHt+FADvQAwAQEEMAFlBDACZQQwAokEMAPJBDAACQgwAS0IMAFtCDACkQgwAsEIMAP1CDAADQwwAVkMMAGRDDACvQwwAvEMMAAhEDAAfRAwAYUQMAGlEDAC6RAwAxEQMABNFDAAhRQwAbEUMAIJFDADFRQwA0UUMAB5GDAAlRgwAd0YMAH9GDADQRgwA1UYMAClHDAAyRwwAgkcMAIxHDADbRwwA40cMADRIDAA2SAwAjUgMAJ1IDADmSAwA8EgMAD9JDABLSQwAmEkMAJ5JDADxSQwA+UkMAC1/FABMSgwAo0oMALRKDAD8SgwAGEsMAFVLDABdSwwAhn8UAL9LDAAHTAwAGEwMAGBMDABoTAwAuUwMANJMDAASTQwAGE0MAGtNDABwTQwAxE0MAORNDAAdTgwAKU4MAHZODAB8TgwAz04MANdODAAoTwwAN08MAIFPDACGTwwA2k8MAOdPDAAzUAwAQFAMAIxQDACYUAwA5VAMAPRQDAA+UQwASFEMAJdRDAClUQwA8FEMAPVRDABJUgwAVlIMAKJSDAClUgwA+1IMAANTDABUUwwAVlMMAK1TDACzUwwABlQMABJUDABfVAwAZ1QMAN9/FAC9VAwAEVUMABVVDABqVQwAd1UMADiAFADLVQwAkYAUACJWDAB1VgwAjFYMAM5WDADXVgwAJ1cMAD1XDACAVwwAjFcMANlXDADmVwwAMlgMADxYDACLWAwAk1gMAORYDAAjWQwAPVkMAGZZDACWWQwAnlkMAO9ZDAASWgwA6oAUAFdaDAChWgwAXloMAId4DACmWgwA+loMAAdbDABTWwwAYFsMAKxbDAC4WwwABVwMABRcDABeXAwAaFwMALdcDADFXAwAEF0MABVdDABpXQwAdl0MAMJdDADmXQwAG14MACNeDABDgRQAfV4MAM1eDADQXgwAJl8MADBfDAB/XwwAh18MANhfDADxXwwAMWAMAD1gDACKYAwAkmAMAJyBFADzYAwAPGEMAERhDACVYQwAn2EMAO5hDAACYgwAR2IMAEhiDACgYgwArGIMAPliDAABYwwA9YEUAGVjDACrYwwArGMMAARkDAAQZAwAXWQMAGxkDAC2ZAwAwGQMAA9lDAASZQwAaGUMAHBlDADBZQwAwmUMABpmDAAcZgwAc2YMAHlmDADMZgwAzmYMACVnDAA7ZwwAfmcMAIpnDADXZwwA4WcMADBoDAA8aAwAiWgMAI9oDADiaAwA6mgMADtpDABkaQwAlGkMAJxpDADtaQwA92kMAEZqDABLagwAn2oMAKdqDAD4agwAEWsMAFFrDABdawwAqmsMALJrDABOghQAD2wMAFxsDABfbAwAtWwMALpsDAAObQwAF20MAGdtDABtbQwAwG0MAM9tDAAZbgwAJW4MAHJuDACHbgwAy24MANNuDAAkbwwAMW8MAGZ1DAA9bwwAfW8MAIJvDADWbwwA228MAC9wDABAcAwAiHAMAJBwDADhcAwAlHAMAJ5yDAD4cAwAOnEMAEhxDACTcQwArnEMAOxxDAD4cQwARXIMAFJyDACnghQAoHIMAPdyDAAEcwwAUHMMAFhzDACpcwwAwHMMAAJ0DAAQdAwAW3QMAHZ0DAC0dAwAwHQMAA11DAAadQwAAIMUAG91DAC/dQwA0HUMABh2DAApdgwAcXYMAHl2DADKdgwA4XYMACN3DAAxdwwAfHcMAJd3DADVdwwA4XcMAC54DAA7eAwAWYMUAJt4DADgeAwA43gMADl5DABWeQwAknkMAKN5DADreQwAD3oMAER6DABMegwAsoMUAKZ6DAD2egwA+XoMAE97DABZewwAqHsMALB7DAABfAwAGnwMAFp8DABmfAwAs3wMALt8DAALhBQAHH0MAGV9DABtfQwAvn0MAMh9DAAXfgwAK34MAHB+DABxfgwAyX4MANV+DAAifwwAKn8MAGSEFACPfwwA1H8MANd/DAAtgAwASoAMAIaADACXgAwA34AMAO2ADAA4gQwATYEMAJGBDACZgQwA6oEMAPeBDABkhQwAA4IMAEOCDABIggwAnIIMAKGCDAD1ggwABoMMAE6DDABWgwwAp4MMAL6DDAAAhAwADoQMAFmEDAB0hAwAsoQMAL6EDAALhQwAGIUMAL2EFABthQwAvYUMAM6FDAAWhgwAJ4YMAG+GDAB3hgwAyIYMAN+GDAAhhwwAL4cMAHqHDACVhwwA04cMAN+HDAAsiAwAOYgMABaFFACZiAwA3ogMAOGIDAA3iQwAVIkMAJCJDAChiQwA6YkMAPeJDABCigwAV4oMAJuKDACjigwA9IoMAAGLDAA2kQwADYsMAE2LDABSiwwAposMAKuLDAD/iwwAEIwMAFiMDABgjAwAsYwMAGSMDABujgwAyIwMAAqNDAAYjQwAY40MAH6NDAC8jQwAyI0MABWODAAijgwAb4UUAHCODADHjgwA1I4MACCPDAAojwwAeY8MAJCPDADSjwwA4I8MACuQDABGkAwAhJAMAJCQDADdkAwA6pAMAMiFFAA/kQwAj5EMAKCRDADokQwA+ZEMAEGSDABJkgwAmpIMALGSDADzkgwAAZMMAEyTDABnkwwApZMMALGTDAD+kwwAC5QMACGGFABglAwAsJQMAMGUDAAJlQwAFZUMAGKVDABvlQwAu5UMAMCVDAAUlgwAHpYMAG2WDAB9lgwAxpYMAMuWDAAflwwAKJcMAHiXDACFlwwA0ZcMANiXDAAqmAwANpgMAIOYDACJmAwA3JgMAOKYDAA1mQwAOpkMAI6ZDACUmQwAeoYUAOyZDABAmgwASJoMAJmaDACvmgwA8poMAPeaDABLmwwAUpsMAKSbDACtmwwA/ZsMAA6cDABWnAwAYpwMAK+cDAC3nAwAhYcUAAqdDABhnQwAd50MALqdDADGnQwAE54MABqeDABsngwAdJ4MAN6HFADKngwAHp8MACWfDAB3nwwAgJ8MANCfDADhnwwAKaAMADWgDACCoAwAiqAMADeIFADdoAwANKEMAEqhDACNoQwAmaEMAOahDADtoQwAP6IMAEeiDACQiBQAnaIMAPGiDAD4ogwASqMMAFOjDACjowwAtKMMAPyjDAAIpAwAVaQMAF2kDADpiBQAsKQMAAelDAAWpQwAYKUMAIClDAC5pQwAu6UMABKmDAAppgwAa6YMAHemDADEpgwAzKYMAJuJFAAipwwAdqcMAHinDADPpwwA1qcMACioDAAwqAwAgagMAIqoDADaqAwA4KgMADOpDABEqQwAjKkMAJSpDABNihQA8akMAD6qDABBqgwAl6oMAJyqDADwqgwAAasMAEmrDABkqwwAoqsMAK6rDAD7qwwAA6wMAKaKFABqrAwArawMAK6sDAAGrQwAC60MAF+tDABlrQwAuK0MAMKtDAARrgwAGa4MAGquDAB8rgwA/4oUANCuDAAcrwwAJq8MAHWvDAB7rwwAzq8MAOKvDAAnsAwAL7AMAICwDACQsAwA2bAMAN6wDAAysQwAOLEMAIuxDACTsQwA5LEMAOWxDAA9sgwAP7IMAJayDAClsgwA77IMAA+zDABIswwASrMMAKGzDAC4swwA+rMMAAa0DABTtAwAW7QMAFiLFAC0tAwABbUMAB61DABetQwAZ7UMALe1DADBtQwAELYMABi2DABptgwAebYMAMK2DADHtgwAG7cMACS3DAB0twwAgbcMAM23DADUtwwAJrgMAC64DAAKjBQAibgMANi4DADguAwAMbkMAD+5DACKuQwAl7kMAOO5DADruQwAPLoMAD66DACVugwAnboMAO66DADvugwAR7sMAEm7DACguwwAr7sMAPm7DAAZvAwAUrwMAFS8DACrvAwAwrwMAAS9DAAQvQwAXb0MAHe9DAC2vQwA4r0MAA++DAASvgwAaL4MAG2+DADBvgwAzr4MAGOMFAAcvwwAc78MAH2/DADMvwwA278MACXADAAwwAwAfsAMAIzADADXwAwA5MAMADDBDABHwQwAicEMAJHBDADiwQwA48EMADvCDAA9wgwAlMIMAKPCDADtwgwADcMMAEbDDABIwwwAn8MMALbDDAD4wwwABMQMAFHEDABZxAwAvIwUAK/EDAADxQwACcUMAFzFDABkxQwAtcUMANTFDAAOxgwAG8YMAGfGDABoxgwAwMYMANbGDAAZxwwANccMABWNFAB3xwwAy8cMANXHDAAkyAwALMgMAH3IDAB+yAwA1sgMAH/IDAA50gwA3MgMAC/JDAA7yQwAiMkMAJjJDADhyQwA78kMADrKDABNygwAk8oMAJ/KDADsygwA88oMAEXLDABNywwAnssMAKLLDAD3ywwABcwMAFDMDABazAwAqcwMALTMDAACzQwACs0MAFvNDACUzQwAtM0MALzNDAANzgwAEs4MAGbODABszgwAv84MAMfODAAYzwwAMs8MAHHPDACqzwwAys8MANLPDAAj0AwAKNAMAHzQDACC0AwA1dAMAN3QDAAu0QwASNEMAIfRDACh0QwA4NEMABnSDABujRQAQdIMAJLSDACZ0gwA69IMAPfSDABE0wwARdMMAJ3TDACp0wwA9tMMAAPUDABP1AwAVtQMAKjUDAC01AwAAdUMAA7VDABa1QwAadUMALPVDADH1QwAx40UAA7WDABl1gwAGNYMALgnEABo1gwAzIcPAHLWDACjBw4AdNYMAL7WDADe1gwAF9cMABnXDABw1wwAh9cMAMnXDADV1wwAItgMACrYDAAgjhQAfdgMANTYDADh2AwALdkMADbZDACG2QwAiNkMAN/ZDADw2QwAONoMAEnaDACR2gwApdoMAHmOFAAK2wwAQ9sMAEXbDACc2wwAs9sMAPXbDAAB3AwATtwMAFbcDADSjhQAqdwMAADdDAAD3QwAWd0MAGHdDACy3QwAv90MAAveDAAQ3gwAZN4MAG7eDAC93gwAxd4MABbfDAAv3wwAb98MAHvfDADI3wwA1N8MACHgDAAu4AwAeuAMAILgDADT4AwA4+AMACzhDAAx4QwAheEMAI7hDADe4QwA6+EMADfiDAA+4gwAkOIMAJjiDAArjxQA9uIMAELjDABF4wwAm+MMAKXjDAD04wwA9uMMAE3kDABe5AwApuQMALfkDAD/5AwAC+UMAFjlDABf5QwAseUMAMvlDAAK5gwAEuYMAGPmDABk5gwAePAMAG3mDAC85gwAwuYMABXnDAAp5wwAbucMAHbnDADH5wwA0ecMACDoDAAl6AwAeegMAIHoDADS6AwA4OgMACvpDAA46QwAhOkMAIfpDADd6QwA5+kMADbqDAA46gwAj+oMAKDqDADo6gwA+eoMAEHrDABJ6wwAhI8UAKTrDADz6wwAD+wMAEzsDABU7AwA3Y8UAKbsDAD+7AwAFO0MAFftDABf7QwAsO0MAL7tDAAJ7gwAFu4MAGLuDABl7gwAu+4MAMXuDAAU7wwAFu8MAG3vDAB+7wwAxu8MANfvDAAf8AwAJ/AMADaQFACJ8AwA0fAMAN3wDAAq8QwALPEMAIPxDACG8QwA3PEMAOjxDAA18gwAPfIMAI+QFACX8gwA5/IMAPTyDADokBQAUvMMAJnzDACm8wwA8vMMAPPzDABL9AwAYfQMAKT0DACs9AwA/fQMAAv1DABW9QwAY/UMAK/1DACy9QwACPYMABL2DABh9gwAY/YMALr2DADL9gwAE/cMACT3DABs9wwAdPcMAEGRFADS9wwAmpEUACz4DAB3+AwAjfgMAND4DADc+AwAKfkMADX5DACC+QwAiPkMANv5DADh+QwANPoMADn6DACN+gwAk/oMAPORFADr+gwAP/sMAEH7DACY+wwAn/sMAPH7DAD5+wwASvwMAE38DACj/AwArPwMAPz8DAAL/QwAVf0MAGD9DACu/QwAtv0MAAf+DAAX/gwAYP4MAG7+DAC5/gwAyv4MABL/DAAe/wwAa/8MAHP/DAD+khQA4v8MAB0ADQAlAA0AV5MUAIIADQDPAA0A5QANACgBDQAwAQ0AgQENAKABDQCwkxQA3QENAPBcDQDnAQ0AMwINADYCDQAg0RIAOwINAIwCDQA9Ag0ApQ0QAI4CDQDlAg0AlgINAMIPDQCdAg0AdQgNAPICDQA+Aw0AUgMNAJcDDQCfAw0A8AMNAPUDDQBJBA0AWQQNAKIEDQCqBA0A+wQNAAUFDQBUBQ0AXwUNAK0FDQC5BQ0ABgYNAA4GDQAJlBQAZAYNALgGDQDBBg0AEQcNABcHDQBqBw0AeQcNAMMHDQDPBw0AHAgNAB8IDQBilBQAeggNAM4IDQDdCA0AJwkNACkJDQCACQ0AkQkNANkJDQDqCQ0AMgoNAEYKDQCLCg0AkwoNAOQKDQDyCg0APQsNAEoLDQCWCw0AmQsNAO8LDQD5Cw0ASAwNAEoMDQChDA0AsgwNAPoMDQALDQ0AUw0NAF8NDQCsDQ0Asw0NAAUODQANDg0AXg4NAHUODQC3Dg0Aww4NABAPDQAmDw0AaQ8NAGwPDQC7lBQAzQ8NABsQDQAnEA0AdBANAHwQDQAUlRQA2RANACYRDQA8EQ0AfxENAIIRDQDYEQ0A4BENADESDQAzEg0AihINAKUSDQDjEg0A5RINADwTDQBKEw0AlRMNAKYTDQDuEw0A8BMNAEcUDQBgFA0AoBQNALEUDQD5FA0ABRUNAG2VFABYFQ0AqxUNALkVDQAEFg0AHxYNAF0WDQBpFg0AthYNALwWDQAPFw0AFxcNAGgXDQB4Fw0AwRcNAMYXDQAaGA0AIxgNAHMYDQCAGA0AzBgNANMYDQAlGQ0ALRkNAMaVFACDGQ0A1xkNAN0ZDQAwGg0AOBoNAIkaDQC1Gg0A4hoNAOkaDQA7Gw0AVBsNAJQbDQCjGw0A7RsNAAkcDQAflhQAUhwNAJ8cDQCpHA0A+BwNAAAdDQBRHQ0AWB0NAKodDQCwHQ0AAx4NABEeDQBcHg0Adx4NALUeDQDBHg0ADh8NABQfDQBnHw0Abx8NAMAfDQDOHw0AGSANACYgDQByIA0AdSANAMsgDQDVIA0AJCENACYhDQB9IQ0AiiENANYhDQDlIQ0ALyINADsiDQCIIg0AkCINAHiWFADmIg0AOiMNAEAjDQCTIw0AmyMNAOwjDQAYJA0ARSQNAEwkDQCeJA0AtyQNAPckDQAGJQ0AUCUNAFklDQCpJQ0AryUNAAImDQATJg0AWyYNAIMmDQC0Jg0A4CYNAA0nDQAUJw0AZicNAH8nDQC/Jw0AzicNABgoDQA0KA0A0ZYUAHYoDQDKKA0A1CgNACMpDQAzKQ0AfCkNAIEpDQDVKQ0A3ikNAC4qDQA7Kg0AhyoNAI4qDQDgKg0A7CoNADkrDQBMKw0AkisNAKErDQDrKw0A9ysNAEQsDQBFLA0AnSwNAKcsDQD2LA0ABC0NAE8tDQBULQ0AqC0NALUtDQAqlxQAEi4NAFouDQBcLg0Asy4NALYuDQAMLw0ADy8NAGUvDQBsLw0Avi8NAMovDQAXMA0AJzANAHAwDQCAMA0AyTANAM4wDQAiMQ0AKzENAHsxDQCIMQ0A1DENANsxDQAtMg0AOTINAIYyDQCMMg0A3zINAOUyDQA4Mw0APTMNAJEzDQCXMw0ANZgUAPQzDQBDNA0AUTQNAJw0DQCsNA0A9TQNAPc0DQBONQ0AXTUNAKc1DQCxNQ0AADYNAAg2DQBAmRQAXzYNALI2DQC+Ng0AmZkUABA3DQBkNw0AbDcNAL03DQDNNw0AFjgNACQ4DQBvOA0AfDgNAMg4DQDPOA0AITkNACk5DQBLmhQAizkNANM5DQDaOQ0ALDoNADQ6DQCFOg0AkjoNAN46DQDjOg0ANzsNAEE7DQCQOw0AmDsNAOk7DQACPA0AQjwNAE48DQCbPA0AozwNAKSaFAAAPQ0ATT0NAFA9DQCmPQ0Aqz0NAP89DQAQPg0AWD4NAHM+DQCxPg0AvT4NAAo/DQARPw0AYz8NAH8/DQC8Pw0AxD8NAP2aFAAaQA0AbkANAHhADQDHQA0Az0ANACBBDQAiQQ0AdhYPADBBDQB5QQ0AfkENANJBDQDbQQ0AK0INADhCDQCEQg0Ai0INAFabFADmQg0ANkMNAENDDQCPQw0AnkMNAOhDDQDyQw0AQUQNAE9EDQCaRA0An0QNAPNEDQAARQ0ATEUNAFRFDQCvmxQApkUNAP5FDQAKRg0AV0YNAGRGDQCwRg0AvkYNAAlHDQAWRw0AYkcNAHlHDQC7Rw0Aw0cNABRIDQAaSA0AbUgNAHlIDQDGSA0A40gNAB9JDQAoSQ0AeEkNAIZJDQDRSQ0A10kNACpKDQA2Sg0Ag0oNAIpKDQDcSg0A5EoNADVLDQBUSw0ACJwUAJ9LDQDnSw0A80sNAEBMDQBHTA0AmUwNAKFMDQDyTA0A/EwNAEtNDQBQTQ0ApE0NAKxNDQD9TQ0AAk4NAFZODQBXTg0Ar04NALtODQAITw0AFU8NAGFPDQBpTw0Auk8NAL1PDQATUA0AHVANAGxQDQByUA0AxVANANFQDQAeUQ0AIFENAHdRDQCNUQ0A0FENAOxRDQApUg0AMVINAGGcFACHUg0A21INAONSDQA0Uw0AN1MNAI1TDQCWUw0A5lMNAPVTDQA/VA0ASlQNAJhUDQCgVA0A8VQNAAFVDQBKVQ0AWFUNAKNVDQC0VQ0A/FUNAAhWDQBVVg0AXVYNALqcFAC0Vg0AB1cNAA9XDQBgVw0AZ1cNALlXDQDHVw0AElgNABhYDQBrWA0Ad1gNAMRYDQDTWA0AHVkNACdZDQB2WQ0Ae1kNAM9ZDQDVWQ0AKFoNADxaDQATnRQAjVoNANpaDQDnWg0AM1sNADZbDQCMWw0AmlsNAOVbDQDqWw0APlwNAEtcDQCXXA0An1wNAGydFAD4XA0ASV0NAE9dDQCiXQ0AUF0NAGkaDgCuXQ0A+10NABheDQBUXg0AXV4NAK1eDQC7Xg0ABl8NAAxfDQBfXw0Aa18NALhfDQC/Xw0AxZ0UABJgDQD+9w0AHWANAGpgDQAhYA0AhPQNAH1gDQDDYA0AzWANABxhDQAoYQ0AdWENAIJhDQDOYQ0A0WENACdiDQA1Yg0AgGINAIViDQDZYg0A5mINADJjDQA6Yw0AHp4UAJFjDQDkYw0A8mMNAD1kDQBYZA0AlmQNAKJkDQDvZA0A9WQNANCeFABrZQ0AKZ8UAKZlDQD6ZQ0AB2YNAFNmDQBgZg0ArGYNALhmDQAFZw0AFGcNAF5nDQBoZw0At2cNAMVnDQAQaA0AFWgNAGloDQB2aA0AwmgNAN5oDQAbaQ0AI2kNAIKfFAB5aQ0AzWkNANNpDQAmag0ALmoNAH9qDQCAag0A2GoNAN9qDQAxaw0ANmsNAIprDQCSaw0A42sNAPFrDQA8bA0AP2wNAJVsDQCdbA0A7mwNAPtsDQBHbQ0ATG0NAKBtDQCqbQ0A+W0NAAFuDQBSbg0AY24NAKtuDQCwbg0ABG8NAAZvDQBdbw0AZG8NALZvDQDCbw0AD3ANABZwDQDbnxQAdHANAMFwDQDecA0AGnENACNxDQBzcQ0AgXENAMxxDQDScQ0AJXINADFyDQB+cg0AhXINANdyDQDfcg0AMHMNAEZzDQCJcw0AjnMNAOJzDQDpcw0AO3QNAER0DQCUdA0ApXQNAO10DQD5dA0ARnUNAE51DQCNoBQApXUNAPh1DQD9dQ0AUXYNAGx2DQCqdg0AuHYNAAN3DQAKdw0AXHcNAGh3DQC1dw0AuHcNAA54DQAWeA0AZ3gNAGh4DQDAeA0AwngNABl5DQAoeQ0AcnkNAJJ5DQDLeQ0AzXkNACR6DQA7eg0AfXoNAIl6DQDWeg0A3noNAOagFAA0ew0AiHsNAJB7DQDhew0A8XsNADp8DQBIfA0Ak3wNAKR8DQDsfA0A+HwNAEV9DQBIfQ0Ann0NAKZ9DQD3fQ0ABX4NAFB+DQBdfg0AqX4NALF+DQACfw0AO38NAD+hFABdfw0AtH8NAMJ/DQANgA0AHoANAJihFABsgA0Av4ANAMuADQDxoRQANIENAKOiFAB6gQ0AyoENAOCBDQAjgg0AKYINAPaFDQAzgg0AfIINAH6CDQDVgg0A44INAC6DDQA/gw0A/KIUAI6DDQBVoxQA7IMNADmEDQA8hA0AkoQNAJyEDQDrhA0A7oQNAESFDQBWhQ0AnYUNALmFDQCuoxQA/4UNAE+GDQBchg0AB6QUALaGDQABhw0AF4cNAFqHDQBmhw0As4cNAL+HDQAMiA0AEogNAGWIDQBriA0AvogNAMOIDQAXiQ0AHYkNAGCkFAB8iQ0AyYkNAMyJDQAiig0ALIoNAHuKDQB+ig0A1IoNAN2KDQAtiw0AO4sNAIaLDQCQiw0A34sNAOuLDQA4jA0AO4wNAJGMDQCjjA0A6owNAAaNDQC5pBQAUo0NAJyNDQChjQ0A9Y0NAP6NDQBOjg0AW44NAKeODQCxjg0AAI8NABKPDQBZjw0AdY8NABKlFAC4jw0AC5ANABGQDQBkkA0AaZANAL2QDQDDkA0Aa6UUABuRDQBvkQ0AeJENAMiRDQDSkQ0AIZINACSSDQB6kg0AiJINANOSDQDakg0ALJMNADiTDQCFkw0AnZMNAN6TDQDjkw0AN5QNAEeUDQCQlA0AqJQNAOmUDQD1lA0AQpUNAFWVDQCblQ0AnZUNAPSVDQAKlg0ATZYNAE6WDQCmlg0At5YNAP+WDQALlw0AWJcNAFuXDQCxlw0AyZcNAAqYDQAZmA0AY5gNAGiYDQC8mA0AxZgNABWZDQAimQ0AbpkNAHiZDQDHmQ0A2ZkNACCaDQA8mg0AHaYUAICaDQAfERAAg5oNANKaDQDemg0AK5sNAC6bDQCEmw0AjpsNAN2bDQDgmw0ANpwNAD+cDQCPnA0AnZwNAOicDQDynA0AQZ0NAE2dDQB2phQAop0NAPOdDQADng0ATJ4NAE6eDQClng0As54NAP6eDQAPnw0Az6YUAF2fDQCwnw0AvJ8NACinFAASoA0AYqANAHigDQC7oA0A0aANABShDQAWoQ0AbaENAHOhDQDGoQ0A2qENAB+iDQA3og0AeKINAImiDQDRog0A36INACqjDQA3ow0Ag6MNAI+jDQDcow0A7qMNADWkDQBRpA0AjqQNAKCkDQDapxQA6KQNAEClDQBMpQ0AmaUNAKilDQDypQ0A+qUNADOoFABNpg0ApKYNALKmDQD9pg0ADqcNAIyoFABdpw0A5agUALenDQCXqRQACagNADzFDQALqA0AxLENAAyoDQDFqQ0ADqgNADO0DQAPqA0ASq4NABGoDQBSxw0AFKgNAGGoDQAVqA0ANKwNABeoDQDDuQ0AZ6gNALqoDQDAqA0AE6kNABipDQBsqQ0AcqkNAPCpFADHqQ0AHqoNACSqDQB3qg0AhKoNAPuqFADdqg0AKasNAECrDQCCqw0AnqsNANurDQDjqw0AVKsUADmsDQCNrA0Al6wNAOasDQD0rA0AP60NAE6tDQCYrQ0ApK0NAK2rFAD5rQ0ABqwUAFauDQCjrg0ApK4NAPyuDQACrw0AVa8NAGGvDQCurw0Ava8NAAewDQAJsA0AYLANAGqwDQC5sA0AxbANABKxDQAZsQ0AX6wUAHOxDQC4rBQAzrENAB2yDQAjsg0AdrINAISyDQDPsg0A3rINACizDQAysw0AgbMNAJ2zDQDasw0A4rMNABGtFAA/tA0AjLQNAJu0DQDltA0A6rQNAD61DQBZtQ0Al7UNAKO1DQDwtQ0A9rUNAEm2DQBLtg0AorYNALu2DQD7tg0ADLcNAFS3DQBgtw0ArbcNAMW3DQAGuA0AErgNAF+4DQBluA0AuLgNAL64DQARuQ0AFrkNAGq5DQBwuQ0Aaq0UAMi5DQAcug0AIroNAHW6DQAyug0AU78NAIG6DQDOug0A5roNACe7DQAruw0A5LwNADO7DQCAuw0AhrsNANm7DQDfuw0AMrwNADe8DQCLvA0AkbwNAHWuFADmvA0APb0NAEO9DQCWvQ0Ao70NAICvFAD8vQ0ASL4NAF++DQChvg0Avb4NAPq+DQACvw0A2a8UAFS/DQCsvw0Aur8NAAXADQAWwA0AXsANAGrADQC3wA0Az8ANABDBDQAUwQ0AzcINABzBDQBpwQ0Ab8ENAMLBDQDIwQ0AG8INACDCDQB0wg0AesINADKwFADPwg0AJsMNACzDDQB/ww0AjMMNAD2xFADlww0AMcQNAEjEDQCKxA0ApsQNAOPEDQDrxA0AlrEUAD7FDQCVxQ0Am8UNAO7FDQDxxQ0AR8YNAFPGDQCgxg0AvMYNAPnGDQABxw0A77EUAFXHDQCrxw0At8cNAATIDQAKyA0AXcgNAHXIDQC2yA0AusgNAHPKDQC9yA0A+M4NAMLIDQAPyQ0Aw8gNAOLMDQAVyQ0AaMkNAG7JDQDByQ0AxskNABrKDQAgyg0ASLIUAHXKDQDMyg0A0soNACXLDQAyyw0AU7MUAIvLDQDXyw0A7ssNADDMDQBMzA0AicwNAJHMDQCssxQA58wNADvNDQBFzQ0AlM0NAKLNDQDtzQ0A/M0NAEbODQBSzg0ABbQUAKfODQBetBQABM8NAFHPDQBSzw0Aqs8NALDPDQAD0A0AD9ANAFzQDQBr0A0AtdANALfQDQAO0Q0AGNENAGfRDQBz0Q0AwNENAMfRDQC3tBQAIdINABC1FAB80g0Ay9INANfSDQAk0w0AOtMNAH3TDQCJ0w0A1tMNAOnTDQAv1A0APdQNAIjUDQCS1A0AabUUAOnUDQDCtRQAUNUNAJPVDQCf1Q0A7NUNAPnVDQBF1g0AT9YNAJ7WDQCg1g0A99YNAAHXDQBQ1w0AXtcNAKnXDQCu1w0AAtgNAA/YDQBb2A0AY9gNALTYDQDE2A0ADdkNAA/ZDQBm2Q0Ab9kNAL/ZDQDQ2Q0AGNoNACLaDQAbthQAfdoNAMraDQDh2g0AI9sNAD7bDQB0thQAldsNANXbDQDb2w0ALtwNADjcDQDNthQAidwNAODcDQDx3A0AOd0NAEHdDQCS3Q0AVd0NAEoHDgCe3Q0A690NAPHdDQBE3g0ASt4NAJ3eDQCi3g0A9t4NAPzeDQAmtxQAa98NAKjfDQCw3w0AMbgUAA/gDQBa4A0Aa+ANALPgDQDE4A0ADOENABjhDQBl4Q0AbOENAIq4FADP4Q0AF+INACjiDQBw4g0AfOINAMniDQDQ4g0A47gUACTjDQB74w0AfOMNANTjDQDc4w0ALeQNADLkDQCG5A0Aj+QNAN/kDQDp5A0AOOUNAEDlDQCR5Q0AluUNAOrlDQD65Q0AQ+YNAEvmDQCc5g0AsuYNAPXmDQAB5w0ATucNAGTnDQCn5w0ArOcNAADoDQAG6A0AWegNAG3oDQA8uRQAyOgNAAvpDQAZ6Q0AZOkNAHHpDQC96Q0Av+kNABbqDQAg6g0Ab+oNAHvqDQDI6g0Az+oNACHrDQAp6w0AeusNAJPrDQDT6w0A5+sNACzsDQA07A0AhewNAIfsDQDe7A0A6+wNADftDQA87Q0AkO0NAJrtDQDp7Q0A9O0NAELuDQBO7g0Am+4NAKHuDQD07g0A/O4NAE3vDQBO7w0Apu8NAKzvDQD/7w0ABPANAFjwDQBn8A0AsfANAL3wDQAK8Q0ADfENAGPxDQBm8Q0AlbkUAMHxDQAV8g0AMfINAO65FACO8g0Ax/INAM/yDQBHuhQAJvMNAHnzDQCF8w0AoLoUANjzDQAr9A0AN/QNAA+9FACG9A0A3fQNAOf0DQA29Q0AOPUNAI/1DQCg9Q0A6PUNAPD1DQBB9g0ATfYNAJr2DQCg9g0A8/YNAPn2DQBM9w0AUfcNAKX3DQCr9w0AaL0UAAD4DQBX+A0AXfgNALD4DQCz+A0ACfkNABX5DQBi+Q0AavkNAHO+FADB+Q0AFPoNABr6DQBt+g0AcvoNAMb6DQDM+g0AzL4UACH7DQB4+w0AgfsNANH7DQDo+w0AKvwNADX8DQCD/A0AjfwNANz8DQDk/A0A178UAEL9DQCO/Q0Alv0NAOf9DQDx/Q0AQP4NAEv+DQCZ/g0An/4NAPL+DQD+/g0AS/8NAE3/DQCk/w0Aq/8NAP3/DQAFAA4AVgAOAGgADgAwwBQA7wAOAAgBDgAQAQ4AYQEOAIQBDgA7wRQAvAEOABMCDgAgAg4AbAIOAHMCDgDFAg4A1gIOAB4DDgAqAw4AdwMOAH4DDgDQAw4A0QMOAOIlDgDYAw4AlMEUADwEDgCCBA4AkQQOANsEDgDnBA4ANAUOADUFDgCNBQ4AlwUOAOYFDgD0BQ4APwYOAEQGDgCYBg4ApQYOAO3BFAD5Bg4ARsIUAFIHDgCfwhQAsQcOAPwHDgALCA4AVQgOAHUIDgCuCA4AuggOAAcJDgAOCQ4AYAkOAGgJDgC5CQ4AuwkOABIKDgAcCg4AqsMUAHUKDgDECg4AzAoOAAPEFAAnCw4AdgsOAH4LDgBcxBQAEAwOACgMDgAwDA4AgQwOAJ8MDgC1xBQA3wwOAJkJDwDmDA4AKC0RAOgMDgAzDQ4AOg0OAN0KEABDDQ4AjA0OAJwNDgDlDQ4A8Q0OAD4ODgBEDg4Alw4OALMODgDwDg4A+A4OAA7FFABdDw4Aog8OAKwPDgD7Dw4ABxAOAFQQDgBcEA4AZ8UUALgQDgAGEQ4ACBEOAF8RDgBlEQ4AuBEOAMARDgDAxRQAExIOAGoSDgBtEg4AwxIOAMsSDgAcEw4ALBMOAHUTDgB3Ew4AzhMOANwTDgAnFA4AOBQOABnGFACHFA4AcsYUAN8UDgAyFQ4ANxUOAIsVDgCRFQ4Ay8YUAO4VDgA9Fg4APxYOAJYWDgCpFg4A7xYOAPcWDgBIFw4AVBcOAKEXDgCnFw4A+hcOAAAYDgBTGA4AWBgOAKwYDgCyGA4A1scUAA4ZDgBeGQ4AaxkOALcZDgC+GQ4AEBoOABgaDgAvyBQAdRoOAMIaDgDMGg4AGxsOACcbDgB0Gw4AgxsOAM0bDgDXGw4AJhwOADIcDgB/HA4AhhwOAIjIFADbHA4A9QcRAN4cDgAxHQ4A5xwOAN/6DwDpHA4AShIPAD0dDgCKHQ4Akh0OAOHIFADvHQ4APB4OAEYeDgCVHg4AoR4OAO4eDgD9Hg4ARx8OAFEfDgCgHw4ArB8OAPkfDgAAIA4AOskUAGAgDgCrIA4AciAOAIjqDwDCIA4ABCEOABEhDgBdIQ4AXyEOALYhDgDHIQ4ADyIOACsiDgBoIg4AcCIOAJPJFADaIg4AGiMOAC4jDgBzIw4AeyMOAMwjDgDPIw4AJSQOADMkDgB+JA4AlSQOANckDgDkJA4AMCUOADIlDgCJJQ4AmiUOAOzJFADoJQ4AOyYOAEAmDgCUJg4AqiYOAO0mDgD7Jg4ARicOAEknDgCfJw4AqycOAPgnDgD+Jw4AUSgOAF0oDgCqKA4A1igOAAMpDgAPKQ4AXCkOAGspDgC1KQ4AvykOAA4qDgAcKg4AZyoOAGwqDgDAKg4AzSoOAEXKFAAbKw4AcisOAIArDgDLKw4A2CsOACQsDgA2LA4AnsoUAIwsDgDWLA4A4iwOAC8tDgBILQ4AiC0OAIotDgDhLQ4A8C0OADouDgBaLg4Aky4OAJsuDgDsLg4ADy8OAPfKFABKLw4Ani8OAKEvDgD3Lw4AATAOAFAwDgBYMA4AqTAOAK8wDgACMQ4ADjEOAFsxDgBqMQ4AtDEOAMAxDgANMg4AGjIOAGYyDgBwMg4AvzIOAMcyDgAYMw4AJzMOAHEzDgBzMw4AyjMOANszDgAjNA4ANDQOAHw0DgCENA4A1TQOAOY0DgAuNQ4AMDUOAIc1DgCKNQ4A4DUOAOo1DgA5Ng4AXTYOAJI2DgCuNg4AUMsUAPE2DgBENw4ASTcOAJ03DgCsNw4A9jcOAAI4DgBPOA4AUjgOAKg4DgCrOA4AATkOAAk5DgBaOQ4AaTkOALM5DgC4OQ4ADDoOACI6DgBlOg4AZjoOAL46DgDPOg4AFzsOACM7DgBwOw4AejsOAMk7DgDVOw4AIjwOACk8DgCpyxQAfzwOANQ8DgDiPA4ALT0OADc9DgCGPQ4AkT0OAN89DgDnPQ4AOD4OAEQ+DgCRPg4ApD4OAOo+DgD4Pg4AQz8OAE0/DgCcPw4ApD8OAPU/DgAEQA4ATkAOAFNADgCnQA4ArkAOAABBDgAMQQ4AAswUAGVBDgCyQQ4AtUEOAAtCDgAOQg4AZEIOAGxCDgAy3RAAfkIOAL1CDgDJQg4AFkMOAClDDgBvQw4AfUMOAMhDDgDSQw4AIUQOAEREDgBbzBQAhEQOANNEDgDfRA4ALEUOADNFDgCFRQ4AjUUOAN5FDgDiRQ4AN0YOAEVGDgCQRg4AmkYOAOlGDgD0Rg4AQkcOAEpHDgCbRw4AqkcOAPRHDgD5Rw4ATUgOAFRIDgCmSA4AskgOAP9IDgAHSQ4AtMwUAG5JDgCV5hAAcUkOALFJDgC7SQ4ACkoOABZKDgBjSg4AZkoOALxKDgDGSg4AFUsOABhLDgBuSw4AfksOAMdLDgDJSw4AIEwOAC5MDgB5TA4AikwOAA3NFADZTA4AZs0UAERNDgCETQ4Ajk0OAN1NDgDpTQ4ANk4OADlODgCPTg4AmU4OAL/NFADtTg4AQU8OAGFPDgCaTw4Aok8OABjOFAABUA4ATFAOAGJQDgClUA4AsVAOAP5QDgAFUQ4AV1EOAF9RDgCwUQ4AtVEOAAlSDgASUg4AYlIOAGxSDgC7Ug4Aw1IOABRTDgAiUw4AbVMOAHpTDgDGUw4AzlMOAHHOFAAvVA4AeFQOAIBUDgDKzhQA2FQOACpVDgA2VQ4Ag1UOAIpVDgDcVQ4A5FUOADVWDgA/Vg4AjlYOAJxWDgDnVg4A/VYOAEBXDgBMVw4AmVcOAJ5XDgDyVw4A+1cOAEtYDgBVWA4ApFgOAKxYDgD9WA4AAlkOAFZZDgBmWQ4Ar1kOALdZDgAjzxQAFloOAGFaDgB3Wg4AuloOAMZaDgATWw4AGlsOAGxbDgB0Ww4AxVsOAMpbDgAeXA4AJ1wOAHdcDgCBXA4A0FwOANhcDgApXQ4AK10OAFRpDgA3XQ4Agl0OAI9dDgDbXQ4A410OAHzPFABAXg4AjV4OAJBeDgDmXg4A8F4OANXPFABNXw4AmF8OAK5fDgDxXw4A/V8OAEpgDgBRYA4Ao2AOAKtgDgD8YA4AAWEOAFVhDgBeYQ4ArmEOALhhDgAHYg4AD2IOAGBiDgBiYg4AuWIOAMliDgASYw4AHGMOAGtjDgB3Yw4AxGMOAMpjDgCH0BQAK2QOAHZkDgCMZA4Az2QOANtkDgAoZQ4ALWUOAIFlDgCKZQ4A2mUOAORlDgAzZg4AO2YOAIxmDgCuZg4A4NAUAPRmDgA+Zw4ASmcOAJdnDgCYZw4A8GcOAPpnDgBJaA4AV2gOAKJoDgCnaA4A+2gOAAhpDgA50RQAZGkOAK1pDgC3aQ4ABmoOABJqDgBfag4AZWoOALhqDgDAag4ARNIUABZrDgBqaw4AcmsOAMNrDgDPaw4AMXYOANxrDgAcbA4AKGwOAHVsDgB9bA4AndIUANtsDgAnbQ4AL20OAIBtDgCObQ4A2W0OAOZtDgAybg4ANW4OAItuDgCVbg4A5G4OAOZuDgA9bw4ASm8OAJZvDgClbw4A728OAPtvDgBIcA4AUHAOAPbSFACxcA4A+nAOAAJxDgBTcQ4AX3EOAKxxDgCycQ4ABXIOAAtyDgBecg4AY3IOALdyDgC9cg4AT9MUAB1zDgBpcw4AbnMOAMJzDgDMcw4AG3QOACN0DgB0dA4AgHQOAM10DgDgdA4AJnUOADR1DgB/dQ4AgnUOANh1DgDidQ4AqNMUAER2DgCKdg4AmHYOAON2DgDmdg4APHcOAEZ3DgAB1BQAmncOAO53DgCjdw4A6pcOAPZ3DgBHeA4AU3gOAKB4DgCmeA4A+XgOALN4DgB7lQ4A/3gOAFJ5DgBXeQ4Aq3kOALF5DgBa1BQACnoOAF16DgBieg4AtnoOALx6DgCz1BQAHXsOAGh7DgCDew4AwXsOAM17DgAafA4AIXwOAAzVFAB8fA4AzHwOANl8DgAlfQ4AMX0OAH59DgCRfQ4A130OANh9DgAwfg4APH4OAIl+DgCYfg4A4n4OAOx+DgA7fw4AR38OAJR/DgCbfw4AZdUUAPN/DgBGgA4ATIAOAJ+ADgCkgA4A+IAOAP6ADgAX1hQAWoEOAKqBDgC3gQ4AA4IOAAeCDgBcgg4AXoIOALWCDgDCgg4ADoMOABiDDgBw1hQAboMOAMCDDgDIgw4AGYQOACWEDgByhA4AhYQOAMuEDgDahA4AJIUOADCFDgB9hQ4AfoUOANaFDgDghQ4AL4YOAD2GDgCIhg4AjYYOAOGGDgDuhg4AydYUAEaHDgCThw4AmYcOAOyHDgDyhw4ARYgOAEqIDgCeiA4ApIgOACLXFAD8iA4AUIkOAFqJDgDU1xQAsYkOAAKKDgAPig4AW4oOAGCKDgC0ig4AvooOAA2LDgAViw4AZosOAHKLDgC/iw4A0osOABiMDgAZjA4AcYwOAH2MDgDKjA4A2YwOACONDgAtjQ4AfI0OAISNDgDVjQ4A140OAC3YFAA3jg4Ah44OAJaODgDgjg4A744OADmPDgBFjw4Ako8OAJWPDgDrjw4A7o8OAIbYFABGkA4AnZAOAKCQDgD2kA4A/pAOAE+RDgBckQ4AqJEOAK2RDgABkg4AC5IOAFqSDgBikg4As5IOAL+SDgAMkw4AH5MOAGWTDgBmkw4AvpMOAMqTDgAXlA4AJpQOAHCUDgB6lA4AyZQOANWUDgAilQ4AKZUOAN/YFACKlQ4A1JUOAOCVDgAtlg4ALpYOAIaWDgCQlg4A35YOAO2WDgA4lw4APZcOAJGXDgCelw4AONkUAPuXDgCR2RQAUJgOAJyYDgCqmA4A9ZgOAAaZDgBOmQ4AcJkOAOrZFACsmQ4AAJoOAK2ZDgAE0w4ACJoOAFmaDgBamg4A3p4OAFyaDgDpnw4AXpoOANOdDgBfmg4ATaEOAGCaDgDInA4AaJoOALKaDgBymg4AbqQOALeaDgALmw4AGJsOAGSbDgBxmw4AvZsOAMmbDgAWnA4AJZwOAG+cDgB5nA4AQ9oUANacDgAhnQ4AI50OAHqdDgCLnQ4AnNoUANSdDgAsng4AOJ4OAIWeDgCSng4A9doUAOyeDgA3nw4ARJ8OAJCfDgCnnw4ATtsUAPKfDgCxog4A858OAEKgDgBEoA4Am6AOAKGgDgD0oA4A/qAOAKfbFABZoQ4ApqEOAKihDgD/oQ4ADqIOAFiiDgBjog4AANwUAMCiDgAKow4AGaMOAGOjDgBvow4AvKMOAMijDgAVpA4AHKQOAFncFAB6pA4Ax6QOAM+kDgCy3BQAOaUOAHmlDgCKpQ4A0qUOAN6lDgAL3RQAMqYOAISmDgCMpg4A3aYOAN6mDgA2pw4APKcOAI+nDgCUpw4A6KcOAOmnDgBBqA4ATagOAJqoDgCgqA4A86gOAP2oDgBMqQ4AWqkOANyuDgBgqQ4ApakOAK2pDgBk3RQADqoOAFeqDgBfqg4AsKoOALmqDgAJqw4AvaoOANGtDgAWqw4AYqsOAGmrDgC7qw4Ax6sOABSsDgAkrA4AbawOAHusDgDGrA4A06wOAB+tDgArrQ4AeK0OAH+tDgC93RQA2q0OACquDgA7rg4Ag64OAJSuDgAW3hQA6K4OADWvDgA4rw4Ajq8OAJavDgDnrw4A7K8OAECwDgBQsA4AmbAOAKGwDgDysA4A+7AOAEuxDgD/sA4AE7QOAFixDgCksQ4Aq7EOAP2xDgAJsg4AVrIOAGayDgCvsg4AvbIOAAizDgAVsw4AYbMOAG2zDgC6sw4AwbMOAG/eFAActA4AbLQOAH20DgDFtA4A1rQOAMjeFAAjtQ4Ad7UOAIS1DgDQtQ4A3LUOACm2DgAztg4AgrYOAJa2DgDbtg4A3LYOADS3DgBAtw4AjbcOAKy3DgDmtw4A7rcOAD+4DgBEuA4AmLgOALG4DgDxuA4AHbkOAEq5DgBWuQ4Ao7kOALK5DgD8uQ4ABroOAFW6DgBdug4ArroOALm6DgAHuw4ACbsOAGC7DgBjuw4AubsOAMG7DgASvA4AH7wOAGu8DgBwvA4AxLwOAMy8DgAdvQ4AH70OAHa9DgCAvQ4Az70OANm9DgAovg4ALr4OAIG+DgCPvg4A2r4OAPO+DgAzvw4APL8OAIy/DgCWvw4A5b8OAPG/DgAh3xQASsAOAJfADgChwA4A8MAOAPvADgBJwQ4ATsEOAKLBDgCpwQ4A+8EOAAPCDgBUwg4AgcIOAHrfFAC0wg4ABsMOAA7DDgBfww4AjMMOALjDDgC9ww4AEcQOABLEDgBqxA4AdMQOAMPEDgDRxA4AHMUOACHFDgB1xQ4AgsUOAM7FDgDqxQ4AJ8YOAEPGDgDT3xQAjcYOANnGDgDdxg4AMscOADjHDgCLxw4AjccOAOTHDgDlxw4APcgOAGDIDgCWyA4AusgOAO/IDgAcyQ4ASMkOAFDJDgChyQ4ApskOAPrJDgAHyg4AU8oOAFvKDgCsyg4ArsoOAAXLDgANyw4AXssOAIvLDgC3yw4AxMsOABDMDgAVzA4AacwOAHbMDgDCzA4AzswOABvNDgBIzQ4AdM0OAHzNDgDNzQ4A6M0OACbODgAozg4Af84OAJDODgDYzg4A4c4OADHPDgA9zw4ALOAUAJfPDgDjzw4A/s8OADzQDgBB0A4AldAOALXQDgDu0A4A+tAOAEfRDgBP0Q4AheAUAK7RDgD50Q4AA9IOAFLSDgBd0g4Aq9IOALPSDgA34RQADdMOAF3TDgBn0w4AttMOAMHTDgAP1A4AI9QOAGjUDgB91A4AwdQOAMnUDgAa1Q4AMdUOAHPVDgB41Q4AzNUOANbVDgAl1g4ALdYOAJDhFACA1g4A19YOAOjWDgAw1w4AM9cOAInXDgCV1w4A6eEUAPDXDgA72A4ATNgOAELiFACX2A4A7dgOAPDYDgBG2Q4AUtkOAJ/ZDgCl2Q4A+NkOAALaDgCb4hQAXtoOAKraDgDB2g4AA9sOAAvbDgD04hQAYtsOALXbDgC72w4ADtwOACbcDgBn3A4AadwOAMDcDgDD3A4AGd0OABzdDgBy3Q4Aft0OAMvdDgDR3Q4AJN4OAC7eDgCm4xQAgt4OANbeDgDj3g4A/+MUAD/fDgCI3w4AlN8OAOHfDgDn3w4AOuAOAEbgDgCT4A4ASOAOANJ4EgCg4A4A7OAOAPvgDgBF4Q4AUeEOAJ7hDgCm4Q4AWOQUAP/hDgBQ4g4AUuIOAKniDgC44g4AAuMOAAzjDgBb4w4AZOMOALTjDgC24w4ADeQOAB7kDgBm5A4Ae+QOAL/kDgDH5A4AGOUOAFrlDgBx5Q4AeeUOAMrlDgDW5Q4AI+YOADbmDgB85g4AfeYOANXmDgDh5g4ALucOAD3nDgCH5w4AkecOAODnDgDs5w4AOegOAEDoDgAK5RQArugOAGPlFADu6A4AROkOAEzpDgCd6Q4AqukOAPbpDgD76Q4AT+oOAFnqDgCo6g4AsOoOAAHrDgAL6w4Ahu8OABHrDgCc8Q4ALusOAFrrDgBk6w4As+sOAGrrDgBw7Q4AuesOAAzsDgAV7A4AZewOAHHsDgC+7A4A6+wOABftDgAz7Q4AFeYUAHLtDgDJ7Q4A2u0OACLuDgAl7g4Ae+4OAIfuDgDU7g4AAe8OAC3vDgBJ7w4AbuYUAIzvDgDf7w4A6O8OADjwDgBC8A4AkfAOAJzwDgDq8A4A/vAOAEPxDgBf8Q4Ax+YUAJ7xDgD18Q4ABvIOAE7yDgBR8g4Ap/IOALvyDgAA8w4AHPMOACDnFABh8w4AeecUALzzDgAL9A4AFPQOAGT0DgBm9A4AvfQOAM70DgAW9Q4AOvUOANLnFACJ9Q4AK+gUAM31DgAh9g4AOvYOAHr2DgCE9g4A0/YOANX2DgAs9w4AOvcOAIX3DgCS9w4A3vcOAOr3DgA3+A4APvgOAJD4DgCY+A4AhOgUAPH4DgDd6BQATvkOAJv5DgC4+Q4A9PkOAP35DgBN+g4AW/oOAKb6DgCs+g4A//oOAAv7DgBY+w4AX/sOALH7DgC5+w4ACvwOABT8DgBj/A4Ab/wOALz8DgC//A4AFf0OAB/9DgCP6RQAc/0OAMf9DgDi/Q4AIP4OACz+DgB5/g4Af/4OANL+DgDU/g4AK/8OAEL/DgCE/w4AkP8OAN3/DgDl/w4AQeoUAEYADwCPAA8AlwAPAJrqFAD0AA8AQQEPAEcBDwCaAQ8AoAEPAPMBDwD4AQ8ATAIPAFICDwDz6hQArwIPAP4CDwAGAw8ApesUAF0DDwCwAw8AuAMPAAkEDwAWBA8AYgQPAG4EDwC7BA8AvQQPABQFDwAaBQ8AbQUPAHUFDwD+6xQA0wUPAB8GDwAmBg8AeAYPAIAGDwDRBg8A1gYPACoHDwA6Bw8AgwcPAIsHDwDcBw8A6gcPADUIDwBCCA8AjggPAI8IDwDnCA8A8AgPAEAJDwBKCQ8AV+wUAKUJDwDyCQ8A9QkPAEsKDwBTCg8ApAoPALEKDwD9Cg8AAgsPAFYLDwBgCw8ArwsPALcLDwAIDA8AFAwPAGEMDwB0DA8AugwPAMgMDwATDQ8AFg0PAGwNDwB2DQ8AsOwUAMoNDwAeDg8AKg4PAHcODwB6Dg8A0A4PANgODwApDw8ANg8PAIIPDwCHDw8A2w8PAOUPDwA0EA8APBAPAI0QDwCZEA8A5hAPAPkQDwA/EQ8ATREPAJgRDwCbEQ8A8REPAPsRDwAJ7RQAUBIPAKMSDwCvEg8A/BIPAP4SDwBVEw8AXBMPAK4TDwDCEw8ABxQPAA8UDwBgFA8AbBQPALkUDwDMFA8AEhUPACAVDwBrFQ8AbhUPAMQVDwDOFQ8AHRYPACAWDwBi7RQAkRYPAM8WDwDRFg8AKBcPADYXDwCBFw8AkhcPANoXDwDcFw8AMxgPAEwYDwCMGA8AnRgPAOUYDwDxGA8Au+0UAEcZDwCXGQ8ApBkPABTuFAD+GQ8ASRoPAF8aDwCiGg8ArhoPAPsaDwAHGw8AVBsPAGcbDwCtGw8AvBsPAAYcDwASHA8AXxwPAGAcDwC4HA8AwhwPABEdDwAfHQ8Aah0PAG8dDwDDHQ8A0B0PAG3uFAAqHg8AdR4PAIseDwDOHg8A2h4PACcfDwAuHw8AgB8PAIgfDwDZHw8A3h8PADIgDwA7IA8AiyAPAJUgDwDkIA8A7CAPAD0hDwBBIQ8AliEPAJghDwDvIQ8A/SEPAEgiDwBSIg8AoSIPAK8iDwD6Ig8AByMPAFMjDwBqIw8ArCMPALQjDwAFJA8AFSQPAF4kDwBjJA8AtyQPAL0kDwAQJQ8AGCUPAGklDwBuJQ8AwiUPAMMlDwAbJg8AJyYPAHQmDwB6Jg8AzSYPAM8mDwAmJw8AMCcPAH8nDwCNJw8A2CcPAN0nDwAxKA8APigPAHjvFACQKA8A4ygPAOgoDwA8KQ8AQikPANHvFACaKQ8A7ikPAPspDwBHKg8AVCoPAKAqDwCsKg8A+SoPAAgrDwBSKw8AXCsPAKsrDwC5Kw8ABCwPAAksDwBdLA8AaiwPALYsDwC+LA8A3PAUABstDwBoLQ8AeC0PAMEtDwDKLQ8AGi4PAB0uDwBzLg8Afy4PAMwuDwDTLg8ANfEUACovDwB+Lw8Aiy8PANcvDwDkLw8AMDAPADwwDwCJMA8AmDAPAOIwDwDsMA8AOzEPAEkxDwCUMQ8AmTEPAO0xDwD6MQ8ARjIPAE4yDwCO8RQAqzIPAPgyDwAIMw8AUTMPAFozDwCqMw8ArTMPAAM0DwAPNA8AXDQPAGM0DwDn8RQAujQPAA41DwAXNQ8ATC4TABs1DwBnNQ8AdDUPAMA1DwDMNQ8AGTYPACg2DwByNg8AfDYPAMs2DwDZNg8AJDcPACk3DwB9Nw8AijcPANY3DwDeNw8AQPIUADs4DwCIOA8AmDgPAOE4DwDqOA8AOjkPAD05DwCTOQ8AnzkPAOw5DwDzOQ8AmfIUAFw6DwCeOg8ApDoPAPc6DwADOw8AUDsPAGc7DwCpOw8AqzsPAAI8DwAMPA8AWzwPAGc8DwC0PA8AwDwPAA09DwATPQ8AZj0PAGw9DwC/PQ8AxD0PABg+DwAePg8A8vIUAH8+DwDKPg8A1z4PACM/DwA6Pw8AfD8PAIQ/DwDVPw8A2D8PAC5ADwA6QA8Ah0APAJhADwDgQA8A7EAPADlBDwBIQQ8AkkEPAJxBDwDrQQ8A90EPAERCDwBLQg8AnUIPAKVCDwD2Qg8AAEMPAE9DDwBbQw8AqEMPAKtDDwABRA8AC0QPAEvzFAB0RA8ApPMUAL1EDwAMRQ8ADkUPAGVFDwBrRQ8AvkUPAMhFDwAXRg8AH0YPAFb0FABzRg8AHd4RAHtGDwDJRg8AykYPACJHDwAsRw8Ae0cPAKZHDwCv9BQA5EcPAC1IDwAvSA8AhkgPAJRIDwDfSA8A8EgPAAj1FAA+SQ8AkUkPAJ1JDwDqSQ8A7EkPAENKDwBGSg8AnEoPAKFKDwD1Sg8AAksPAE5LDwBqSw8Ap0sPAK9LDwC69RQADUwPAFlMDwB0TA8AskwPALRMDwALTQ8AHE0PAGRNDwByTQ8AvU0PAMRNDwAWTg8AHk4PAG9ODwB0Tg8AyE4PANFODwAhTw8AK08PAHpPDwB7Tw8A008PANxPDwAsUA8ANlAPAIVQDwCNUA8A3lAPAO5QDwA3UQ8APVEPAJBRDwCVUQ8A6VEPAP9RDwBCUg8ASlIPAJtSDwCeUg8A9FIPAKpSDwBYVA8AFFMPAE1TDwBbUw8AplMPAKdTDwAT9hQAD1QPAGz2FABpVA8AsVQPAL1UDwAKVQ8ADFUPAGNVDwBwVQ8AxfYUAMJVDwAVVg8ANVYPAG5WDwB2Vg8AHvcUAHpWDwAocA8AylYPACBXDwAqVw8Ad/cUAIJXDwDSVw8A6FcPACtYDwBBWA8AhFgPAIZYDwDdWA8A41gPADZZDwBKWQ8AKfgUAJxZDwCC+BQA71kPAEFaDwBJWg8AmloPAKRaDwDzWg8A/1oPAExbDwBPWw8ApVsPAK9bDwDb+BQAB1wPAFdcDwBtXA8AsFwPAMZcDwAJXQ8AC10PAGJdDwBoXQ8Au10PAM9dDwCN+RQAFl4PAG1eDwAkXg8A83sSAI1eDwDm+RQAzV4PAB9fDwAnXw8AeF8PAIJfDwDRXw8A3V8PACpgDwAtYA8Ag2APAI1gDwA/+hQA5WAPADVhDwBLYQ8AjmEPAKRhDwDnYQ8A6WEPAEBiDwBGYg8AmWIPAK1iDwDx+hQA9GIPAEtjDwBZYw8ApGMPALVjDwBK+xQABGQPAKP7FABiZA8Ar2QPALJkDwAIZQ8AEmUPAFX8FABqZQ8AumUPANBlDwATZg8AKWYPAGxmDwBuZg8AxWYPAMtmDwAeZw8AMmcPAAf9FACDZw8A0GcPANJnDwApaA8ASWgPAGD9FACMaA8A22gPAOdoDwA0aQ8AN2kPAI1pDwCXaQ8Auf0UAO9pDwA/ag8AVWoPAJhqDwCuag8A8WoPAPNqDwBKaw8AUGsPAKNrDwC3aw8Aa/4UAABsDwBVbA8AXWwPAK5sDwC4bA8AB20PABNtDwBgbQ8AY20PALltDwDDbQ8AxP4UABtuDwBrbg8AgW4PAMRuDwDabg8AHW8PAB9vDwB2bw8AfG8PAM9vDwDjbw8Adv8UAC9wDwCBcA8AiXAPANpwDwDkcA8AM3EPAD9xDwCMcQ8Aj3EPAOVxDwDvcQ8Az/8UAEdyDwCXcg8ArXIPAPByDwAGcw8ASXMPAEtzDwCicw8AqHMPAPtzDwAPdA8AgQAVAFx0DwCtdA8AcHQPALdmFQCzdA8AnK4QAL10DwAGdQ8AvnQPAEsgEQDGdA8Ajh4RAAh1DwBfdQ8AbXUPALh1DwDJdQ8A2gAVABh2DwAzARUAc3YPAIqMEAB2dg8Aw3YPAMZ2DwAcdw8AJXcPAHV3DwCGdw8AzncPANh3DwAneA8AL3gPAIB4DwBDeA8APOYQAIN4DwDZeA8A4ngPADJ5DwBIeQ8Ai3kPAKF5DwDkeQ8A5nkPAD16DwBDeg8AlnoPAKp6DwCMARUAEXsPANtzEAAXew8ASHsPAHB7DwDlARUAp3sPAJplEACtew8AXn0PAK57DwBXZxAAsHsPAExmEACxew8A+nsPAPx7DwBTfA8AYXwPAKx8DwC9fA8APgIVAA19DwCXAhUAZH0PALd9DwC9fQ8AEH4PABV+DwBpfg8Ab34PAPACFQDOfg8AG38PACN/DwCiAxUAgH8PAM1/DwDXfw8AJoAPAC+ADwB/gA8AgIAPANiADwDggA8AMYEPADaBDwCKgQ8AmoEPAFQEFQDvgQ8APIIPAD6CDwCVgg8Am4IPAO6CDwD1gg8AR4MPAEyDDwCggw8ApIMPAPmDDwAGhA8AUoQPAFqEDwCrhA8AsIQPAASFDwAUhQ8ArQQVAG6FDwC2hQ8AwoUPAA+GDwAehg8AaIYPAHKGDwDBhg8Az4YPABqHDwAnhw8Ac4cPAIqHDwAGBRUAz4cPALgFFQAoiA8AfogPACyIDwCJGRUAhogPANeIDwD/iA8AMIkPAFiJDwCJiQ8AsYkPABEGFQDriQ8AO4oPADyKDwCUig8Ao4oPAO2KDwCqig8AqowPAP6KDwBGiw8ASIsPAJ+LDwCiiw8A+IsPAPuLDwBRjA8AWYwPABwHFQCvjA8AA40PAAqNDwBcjQ8AZY0PALWNDwDGjQ8ADo4PABqODwBnjg8Ab44PAHUHFQDGjg8AGY8PACCPDwByjw8Ad48PAMuPDwDPjw8AJJAPADGQDwB9kA8AjJAPANaQDwDnkA8AL5EPADGRDwCIkQ8Ai5EPAOGRDwDkkQ8AOpIPAEKSDwDOBxUAmJIPAA/fDwCekg8AW10SAJ+SDwDskg8A75IPAEWTDwBPkw8AJwgVAKeTDwD3kw8ABpQPAFCUDwBflA8AqZQPALWUDwAClQ8ABZUPAFuVDwBelQ8AgAgVALeVDwANlg8ANZYPANkIFQBulg8AMgkVAMeWDwCLCRUAJpcPAHGXDwCClw8AypcPANaXDwAjmA8ARpgPAHyYDwB/mA8A1ZgPAPmYDwAumQ8ANpkPAD0KFQCJmQ8A4JkPAO6ZDwA5mg8ASpoPAJYKFQCZmg8A7woVAO2aDwBEmw8AVZsPAJ2bDwClmw8AfuwQALmbDwChCxUA/psPAPoLFQBUnA8AqJwPALWcDwABnQ8ABJ0PAFqdDwBfnQ8As50PAMSdDwAMng8AGJ4PAFMMFQBqng8Avp4PAM+eDwAXnw8AI58PAHCfDwCKnw8AyZ8PAM2fDwDfoQ8A0J8PAE6kDwDTnw8AsqUPANWfDwDqog8A158PANSgDwDanw8AIqAPACegDwB7oA8AkqAPAKwMFQDhoA8ALaEPAD2hDwCGoQ8Ai6EPAAUNFQDhoQ8AOKIPAD6iDwCRog8AnqIPAF4NFQDwog8AQ6MPAEmjDwCcow8AoaMPAPWjDwD7ow8Atw0VAFqkDwCnpA8AwKQPAAClDwAJpQ8AWaUPAHClDwAQDhUAuKUPAAumDwANpg8AZKYPAHOmDwC9pg8AyaYPAGkOFQAYpw8Ab6cPAICnDwDIpw8A1qcPACGoDwAoqA8AeqgPAHyoDwDTqA8A3agPACypDwA6qQ8AhakPAIqpDwDeqQ8A66kPADeqDwA/qg8AkKoPAJSqDwDpqg8A66oPAEKrDwBIqw8Am6sPAKirDwDCDhUAAawPAE2sDwBkrA8ApqwPAMKsDwAbDxUAC60PAFitDwBZrQ8Asa0PALetDwAKrg8AFq4PAGOuDwByrg8AvK4PAL6uDwAVrw8AH68PAG6vDwB8rw8Ax68PAMyvDwAgsA8ALbAPAHmwDwCBsA8A0rAPANawDwArsQ8ALbEPAISxDwCKsQ8A3bEPAOqxDwB0DxUAQ7IPAI+yDwCmsg8A6LIPAASzDwDNDxUASrMPAJqzDwCosw8A87MPAP2zDwBMtA8AWLQPAKW0DwCotA8A/rQPABq1DwBXtQ8AX7UPACYQFQC8tQ8ACbYPAAy2DwBitg8AbLYPANgQFQDEtg8AFLcPACK3DwBttw8Ad7cPAMa3DwDStw8AH7gPACe4DwCKERUAergPANG4DwDfuA8AKrkPADu5DwDjERUAirkPADwSFQDhuQ8ANboPAD26DwCOug8AlLoPAOe6DwDwug8AQLsPAE27DwDuEhUAnrsPAPK7DwCluw8Ar70PAPu7DwBLvA8AVbwPAKS8DwCsvA8A/bwPAES9DwBWvQ8AXr0PAEcTFQC1vQ8ACL4PAA6+DwBhvg8Aab4PALq+DwABvw8AE78PABu/DwCgExUAdL8PAPkTFQDOvw8AHsAPACzADwB3wA8AgcAPANDADwDcwA8AKcEPACzBDwCCwQ8AisEPAKsUFQDnwQ8ANMIPADfCDwCNwg8Al8IPAAQVFQDuwg8AXRUVAEvDDwCYww8Am8MPALYVFQA6xA8ASsQPAJPEDwAPFhUAs8QPAPzEDwD+xA8AVcUPAGPFDwCuxQ8Av8UPAGgWFQAjxg8AYMYPAGjGDwDBFhUAwcYPABoXFQAYxw8A7EQQACXHDwBrxw8AescPAMTHDwDQxw8AHcgPAB7IDwB2yA8AgMgPAM/IDwDdyA8AKMkPAC3JDwCByQ8AjskPAHMXFQDoyQ8AM8oPAEDKDwCMyg8AlMoPAMwXFQDxyg8APssPAGrLDwCXyw8Ao8sPAPDLDwD/yw8AScwPAFPMDwCizA8AsMwPAPvMDwAAzQ8AVM0PAGHNDwCtzQ8Atc0PAAbODwAUzg8AX84PAGzODwC4zg8AwM4PACUYFQATzw8AKh0RAB/PDwBqzw8AdM8PAMPPDwDPzw8AHNAPACPQDwB10A8AfdAPAM7QDwDS0A8AJ9EPADXRDwCA0Q8AitEPANnRDwDk0Q8AMtIPADrSDwCL0g8AjdIPAOTSDwDs0g8APdMPAErTDwCW0w8Am9MPAO/TDwD80w8ASNQPAGbUDwCh1A8A0tQPAPrUDwAG1Q8AU9UPAFnVDwCs1Q8AsdUPAAXWDwAN1g8AXtYPAGrWDwC31g8AytYPABDXDwAe1w8AadcPAHPXDwDC1w8AytcPABvYDwAq2A8AdNgPAHnYDwDN2A8A1NgPACbZDwAy2Q8Af9kPAJvZDwDY2Q8A4NkPAH4YFQAz2g8AitoPAJjaDwDj2g8A8NoPADzbDwBK2w8AldsPAKLbDwDu2w8ABdwPAEfcDwBP3A8AoNwPAK7cDwD53A8ABt0PAFLdDwBa3Q8AMBkVALndDwAE3g8ABd4PAOIZFQBp3g8Att4PAL3eDwA7GhUAFt8PAGjfDwBt3w8AlBoVAMnfDwDtGhUAIuAPAHPgDwBZ4A8AlfwSAHTgDwBRPhAAduAPAGdAEAB84A8AzOAPAH3gDwDtPBAAg+APAFw/EACR4A8AjJISANngDwAl4Q8AMOEPAH7hDwCA4Q8A1+EPAOThDwAw4g8AN+IPAIniDwCa4g8A4uIPAO7iDwA74w8AQuMPAJTjDwCc4w8ARhsVAPPjDwBG5A8ATOQPAJ/kDwCk5A8A+OQPAP7kDwCfGxUAXeUPAKrlDwC05Q8AA+YPAAfmDwBc5g8AaOYPALXmDwDB5g8ADucPABvnDwBn5w8Ab+cPAMDnDwDK5w8AGegPACXoDwBy6A8AdegPAMvoDwDV6A8AURwVACbpDwB96Q8AgOkPANbpDwDZ6Q8AAx0VADfqDwBcHRUAluoPAOHqDwDi6g8AtR0VAELrDwAOHhUAmOsPAOzrDwDz6w8ARewPAErsDwBnHhUApuwPAMAeFQD/7A8AUO0PAFrtDwCp7Q8AtO0PAALuDwAQ7g8AW+4PAF7uDwC07g8AvO4PAA3vDwAX7w8AZu8PAHLvDwC/7w8Awu8PABjwDwAi8A8AGR8VAH/wDwDK8A8A4PAPACPxDwAv8Q8AfPEPAIPxDwDV8Q8A3fEPAC7yDwAz8g8Ah/IPAJDyDwDg8g8A6vIPADnzDwBB8w8AkvMPAJTzDwDr8w8A+/MPAET0DwBO9A8AnfQPAKn0DwD29A8A/PQPAE/1DwBX9Q8Ayx8VALb1DwAB9g8AAvYPACQgFQBf9g8AfSAVALX2DwAM9w8ADfcPAGX3DwBo9w8AvvcPAMn3DwAX+A8AHPgPAHD4DwB6+A8A1iAVAO34DwAi+Q8AKvkPAC8hFQB9+Q8A1PkPAOX5DwAt+g8APvoPAIb6DwCJ+g8AiCEVAOX6DwA4+w8APfsPAJH7DwCU+w8A6vsPAO37DwBD/A8AS/wPAOEhFQCq/A8A9fwPAPj8DwBO/Q8AWf0PAKf9DwCz/Q8AAP4PAAf+DwBZ/g8AYf4PALL+DwB1/g8AunAQALz+DwCGBREAwP4PAAv/DwAY/w8AZP8PAGz/DwA6IhUAyf8PABYAEAAZABAAbwAQAHkAEADIABAA0AAQAJMiFQAtARAAegEQAIABEADTARAA3QEQACwCEABAAhAAhQIQAI0CEADsIhUA6wIQADcDEAA/AxAAkAMQAJMDEADpAxAA9QMQAEIEEABMBBAAmwQQAKQEEAD0BBAA9QQQAE0FEABlBRAApgUQAKgFEAD/BRAAEAYQAFgGEABpBhAAsQYQALkGEAAKBxAAGQcQAGMHEABlBxAAvAcQAM0HEAAVCBAAJggQAG4IEACHCBAAxwgQAMkIEAAgCRAALwkQAHkJEACZCRAAniMVANQJEAArChAASwoQAIQKEACYChAAAiUVAOUKEAA2CxAAQwsQAI8LEACUCxAA6AsQAPILEABBDBAASQwQAJoMEACgDBAA8wwQAPwMEABMDRAAWQ0QAFslFQCxDRAA/g0QAAQOEABXDhAAXQ4QALAOEAC5DhAACQ8QAAoPEABiDxAAbA8QALsPEADHDxAAFBAQABsQEAC0JRUAdRAQAA0mFQDOEBAAZiYVACkREAB4ERAAgBEQANEREADgERAAKhIQADsSEACDEhAAhRIQANwSEADfEhAANRMQADgTEACOExAAthMQAOcTEAD5ExAAQBQQAEwUEACZFBAAnxQQAPIUEAD4FBAASxUQAFAVEACkFRAAqhUQAL8mFQAfFhAAGCcVAGIWEACvFhAAvxYQAAgXEAANFxAAYRcQAGcXEAC6FxAAxhcQABMYEAAbGBAAcScVAH0YEADFGBAA1hgQAB4ZEAAwGRAAdxkQAH8ZEADQGRAA2xkQACkaEAAuGhAAghoQAIcaEADbGhAA+xoQAMonFQBEGxAAjRsQAJcbEADmGxAA8hsQAD8cEABFHBAAmBwQAKAcEADxHBAA8xwQAEodEAD9HBAAMyMQAFsdEACjHRAAtB0QAPwdEAAOHhAAVR4QAF0eEACuHhAAuR4QAAcfEAAMHxAAYB8QAGUfEAC5HxAA2R8QACMoFQAUIBAAayAQAHogEADEIBAAzyAQAB0hEAAvIRAAdiEQAH4hEADPIRAA2iEQACgiEAAtIhAAgSIQAIYiEADaIhAA+iIQAHwoFQA1IxAAjCMQAJsjEADlIxAA8CMQAD4kEABQJBAAlyQQAJ8kEADwJBAA+yQQAEklEABOJRAAoiUQAKclEAD7JRAAGyYQANUoFQBhJhAArSYQAMQmEAAuKRUAEycQAF8nEAB2JxAAhykVAMUnEAARKBAAGCgQAGooEAB4KBAAwygQANAoEAAcKRAAMykQAOApFQB9KRAAOSoVANApEAAnKhAANSoQAIAqEACRKhAAkioVAOYqEAAyKxAASSsQAOsqFQCVKxAA5CsQAPArEAA9LBAAQCwQAJYsEACgLBAARCsVAAstEACdKxUAUC0QAPYrFQBdLRAAt+wRAKktEAD6LRAA+y0QAM0xEAD9LRAAty8QAAEuEAAaORAABC4QAFMuEAAJLhAA4zMQAAouEADYMhAAWC4QAGg4EABfLhAArC4QAK8uEAAFLxAADy8QAE8sFQBmLxAAqCwVAMAvEAAQMBAA1y8QAAQ3EAAeMBAAaTAQAHMwEADCMBAAzjAQABsxEAAeMRAAdDEQAHwxEAABLRUAzzEQACYyEAApMhAAfzIQAIIyEABaLRUA2jIQADEzEAA/MxAAijMQAJszEAAMLhUA5TMQADw0EABJNBAAlTQQAKQ0EADuNBAA+jQQAEc1EABYNRAAoDUQALE1EAD5NRAABTYQAFI2EABZNhAAqzYQALM2EAC+LhUAEjcQAF03EABeNxAAFy8VAMI3EAAPOBAAFjgQAHAvFQBvOBAAwTgQAMY4EAAiMBUAIzkQAHM5EAB5ORAAzDkQAM45EAAlOhAALzoQAH46EACMOhAA1zoQANw6EAAwOxAAPTsQAIk7EAChOxAA4jsQAPg7EAA7PBAAPjwQAJQ8EACcPBAA1DAVAPk8EABGPRAAST0QAJ89EACpPRAALTEVAAA+EACGMRUAUz4QAKo+EACtPhAAAz8QAAY/EADfMRUAXj8QALU/EADDPxAADkAQAB9AEACRMhUAcEAQAMBAEADOQBAAGUEQANlAEAAiwRIAI0EQAHJBEAB+QRAAy0EQAM5BEAAkQhAALEIQAEMzFQCXQhAA1kIQAPBCEACcMxUANEMQAFtHEAA9QxAADUgQAD9DEACIQxAAikMQAOFDEADvQxAAOkQQAEtEEAD1MxUAmkQQAE40FQDyRBAARUUQAEpFEACeRRAApEUQAKc0FQD9RRAAUEYQAFVGEACpRhAAv0YQAAJHEAAKRxAAWTUVAHtHEAC0RxAAvEcQALI1FQAkSBAAZkgQAHNIEAC/SBAAxEgQABhJEAAeSRAAcUkQAH1JEADKSRAA0UkQACNKEAArShAAfEoQAJ9KEABkNhUA4koQAC5LEAA9SxAAh0sQAIlLEADgSxAA6UsQADlMEABQTBAAkkwQAJ1MEADrTBAA9UwQAERNEABMTRAAFjcVAKNNEAD2TRAA/E0QAE9OEABUThAAqE4QAK5OEABvNxUAI08QAFpPEABiTxAAITgVALxPEAAMUBAADVAQAGVQEABtUBAAvlAQAMlQEAAXURAAHFEQAHBREAB1URAAyVEQAOlREAB6OBUAKFIQAHtSEACCUhAA1FIQANlSEAAtUxAAMVMQAIZTEACTUxAA31MQAOdTEAA4VBAAQ1QQAJFUEACWVBAA6lQQAO9UEABDVRAAY1UQANM4FQCrVRAA9VUQAABWEABOVhAAVlYQAKdWEACqVhAAAFcQALFWEAAhWhAADFcQAFlXEABjVxAAslcQALtXEAALWBAADFgQAGRYEABsWBAAvVgQAMhYEAAWWRAAG1kQAG9ZEAB0WRAAyFkQAOhZEAAsORUALVoQAHpaEAB8WhAA01oQANlaEAAsWxAAM1sQAIVbEACKWxAA3lsQAOJbEAA3XBAARFwQAJBcEACYXBAA6VwQAPRcEABCXRAAR10QAJtdEACgXRAA9F0QABReEACFORUAVV4QAN45FQCwXhAA/14QAAhfEABYXxAAXl8QALFfEAC9XxAACmAQAChgEABjYBAAZGAQALxgEAC+YBAAFWEQACJhEABuYRAAfGEQAMdhEADWYRAAIGIQADxiEAB5YhAAgWIQAJA6FQDlYhAAK2MQACxjEACEYxAAkGMQAN1jEADsYxAANmQQAEBkEACPZBAAm2QQAOhkEADvZBAA6ToVAEllEABCOxUAo2UQAPNlEAAAZhAAmzsVAFFmEAClZhAAsmYQAP5mEAAIZxAA9DsVAFlnEACwZxAAxmcQAAloEAAVaBAATTwVAGpoEADVYBIAgGgQALtoEADDaBAAWgERANloEAAUaRAAHGkQAG1pEAA2aRAACIYSAG5pEAAqaxAAcGkQAI5sEAB5aRAAYYYSAH1pEADGaRAAyGkQAB9qEAAtahAAeGoQAIlqEACmPBUA2WoQAP88FQAsaxAAg2sQAIZrEADcaxAA32sQAFg9FQA9bBAAsT0VAJhsEAC42RAArmwQAOdsEAD1bBAAQG0QAEFtEAAKPhUAoW0QAGM+FQD8bRAAS24QAFduEACkbhAAq24QAP1uEAAZbxAAVm8QAF5vEAC8PhUAt28QAAhwEAAQcBAAYXAQAGlwEAAVPxUAwnAQAG4/FQAbcRAAbHEQAHRxEADHPxUA0XEQAB5yEAAlchAAd3IQAH9yEABJXBUAk3IQACBAFQDYchAAKXMQADFzEACCcxAAinMQANJAFQDjcxAANHQQADp0EACNdBAAQHQQAN5mEQCZdBAA5nQQAOh0EAA/dRAAQnUQAJh1EACddRAA8XUQAP51EABKdhAAZnYQAKN2EACrdhAAK0EVAAF3EABVdxAAW3cQAK53EAC4dxAAB3gQABN4EABgeBAAZ3gQALl4EADVeBAAEnkQABp5EACEQRUAc3kQAMR5EADMeRAA3UEVACt6EAB2ehAAeXoQAM96EADZehAAKHsQADR7EACBexAAh3sQANp7EADmexAAM3wQADp8EACMfBAAqHwQAOV8EADtfBAANkIVAEZ9EACPQhUAqn0QAPB9EAD8fRAASX4QAFh+EACifhAAq34QAPt+EAAFfxAAVH8QAGJ/EACtfxAAsn8QAAaAEAATgBAAX4AQAGeAEADoQhUA24AQAEFDFQAegRAAaoEQAHiBEADDgRAAzYEQAByCEAAkghAAdYIQAHaCEACshxAAe4IQAH9IEgCQghAAPYUQAKGCEADOghAA14IQACeDEAAogxAAgIMQAI6DEADZgxAA44MQADKEEAA+hBAAi4QQAJGEEADkhBAAAIUQAJpDFQBJhRAApmkRAEuFEACWhRAAo4UQAO+FEAD5hRAASIYQAEqGEAChhhAAuIYQAPqGEAAGhxAAU4cQAG+HEADzQxUAvYcQAAWIEAAHiBAAXogQAGiIEAC3iBAAx4gQABCJEAAViRAAaYkQAG+JEADCiRAA2IkQABuKEAAjihAAdIoQAHeKEADNihAA1ooQACaLEAA0ixAAf4sQAImLEADYixAA5IsQADGMEABNjBAATEQVAJeMEAClRBUA5owQAEbvEADzjBAAPI0QAD6NEAA77hAASo0QAJWNEACijRAA7o0QAPyNEABHjhAASo4QAKCOEACrjhAA+Y4QAAWPEABSjxAAWY8QAKuPEACzjxAABJAQAAaQEABdkBAAbZAQALaQEADAkBAAD5EQABuREABokRAAbpEQAMGREADJkRAA/kQVABySEABzkhAAgZIQAMySEADZkhAAJZMQADGTEAB+kxAAhJMQANeTEADakxAAMJQQADiUEACJlBAAi5QQAMCZEACMlBAARpYQAJmUEADilBAA5JQQAJ6eEADnlBAAO5UQAESVEACUlRAAoZUQAO2VEAD0lRAAV0UVAE+WEADWmxAAUJYQAAOYEABmlhAAn5YQAK2WEAD4lhAA+ZYQALBFFQBdlxAAqpcQALGXEAAJRhUABZgQAFyYEABimBAAtZgQAL+YEAAOmRAAGpkQAGeZEABumRAAYkYVANmZEAAZmhAAHpoQAHKaEAB4mhAAy5oQANWaEAAkmxAAMJsQAH2bEACEmxAAu0YVAOWbEAAvnBAAPpwQAIicEACUnBAA4ZwQAOScEAA6nRAAPZ0QAJOdEACjnRAA7J0QAPWdEABFnhAAVp4QABRHFQCsnhAA954QAAifEABtRxUAV58QAMZHFQCxnxAAAqAQAASgEAA5pRAABaAQAL+hEAASoBAAW6AQAF2gEAAXqhAAYKAQALSgEAC9oBAADaEQABqhEABmoRAAbaEQAB9IFQDIoRAAT6cQAMmhEAB8oxAA36EQABiiEAAmohAAcaIQAHKiEAB4SBUA1qIQACOjEAAqoxAA0UgVAH6jEADVoxAA26MQAC6kEAA4pBAAh6QQAJOkEADgpBAA56QQACpJFQBSpRAAkqUQAJelEADrpRAA8aUQAESmEABOphAAnaYQAKmmEAD2phAA/aYQAINJFQBepxAAqKcQALenEAABqBAADagQAFqoEABdqBAAs6gQALaoEAAMqRAAHKkQAGWpEABuqRAAvqkQAM+pEADcSRUAJaoQAHCqEACBqhAANUoVANCqEACOShUAKqsQAHurEACkqxAA1KsQANyrEAAtrBAAPawQAIasEACIrBAA36wQAO2sEAA4rRAASa0QAOdKFQCXrRAA6q0QAPatEABASxUAca4QAPJLFQClrhAA9a4QAAKvEABLTBUAVq8QAKRMFQC4rxAAALAQAAKwEABZsBAAWrAQALKwEAC1sBAAC7EQABexEABksRAAa7EQAL2xEADZsRAAFrIQAB6yEAD9TBUAfLIQAMiyEADYshAAIbMQACazEAB6sxAApbMQAFZNFQDZsxAAr00VADS0EACFtBAAhrQQAOi9EACLtBAAZRgTAI+0EADetBAAkbQQAAq5EACVtBAATbcQAKO0EABiwRAA47QQAGYQEwDptBAALwsTAOq0EAA3tRAAOrUQAJC1EACatRAACE4VAPG1EABCthAASLYQAJu2EACkthAA9LYQAAG3EABhThUAT7cQAKa3EABStxAA3xsTALS3EAD/txAAELgQABNPFQBeuBAAsbgQAL24EABsTxUAELkQAGO5EABpuRAAvLkQAMG5EAAVuhAAG7oQAHdQFQB1uhAAglEVAMy6EAAguxAAKLsQAHm7EACFuxAA0rsQAOW7EAArvBAAN7wQAIS8EACTvBAA3bwQAOa8EAA2vRAAQL0QAI+9EACbvRAANFIVAPm9EABBvhAATb4QAJq+EACcvhAA874QAPa+EABMvxAAWL8QAKW/EACtvxAAjVIVAArAEABXwBAAZ8AQALDAEAC8wBAACcEQAA/BEADmUhUAhMEQALvBEADDwRAAFMIQAD7CEABtwhAAeMIQAMbCEADSwhAAH8MQADDDEAB4wxAAecMQAD9TFQDXwxAAKsQQADfEEACYUxUAkMQQANzEEADzxBAANcUQAGDFEACOxRAAlsUQAOfFEADxxRAAQMYQAEzGEACZxhAAnMYQAPLGEAD8xhAA8VMVAFPHEACkxxAAqscQAP3HEAAGyBAAVsgQAGPIEABKVBUAscgQAAjJEAC2yBAA8NYQABXJEABhyRAAaMkQALrJEAC8yRAAE8oQABnKEABsyhAAc8oQAMXKEADdyhAAHssQACPLEAB3yxAAKssQACnMEACAyxAA0MsQANrLEAD8VBUAL8wQAILMEACIzBAA28wQAODMEAA0zRAAOs0QAFVVFQCOzRAA5s0QAPfNEAA/zhAAS84QAJjOEACizhAA8c4QAP3OEABKzxAAUc8QAK5VFQClzxAA/M8QAK7PEABjKBMA/88QAFXQEAB10BAArtAQALbQEAAHVhUAGNEQAGDREABn0RAAudEQAMHREAAS0hAAFdIQAM/TEAAi0hAAa9IQAG3SEADE0hAA0tIQAB3TEAAu0xAAYFYVAH3TEAC5VhUA2NMQACjUEAA31BAAgdQQAJDUEADa1BAA5tQQADPVEAA21RAAjNUQAI/VEADl1RAA9dUQAD7WEABH1hAAl9YQAKjWEAASVxUA9dYQAEnXEABS1xAAotcQAKzXEAD71xAAA9gQAFTYEABy2BAArdgQAMvYEAAG2RAAJNkQAF/ZEAB92RAAa1cVAL/ZEAAR2hAAFtoQAGraEAAd2hAAddsQAHPaEADD2hAAzdoQABzbEAA42xAAxFcVAHvbEADO2xAA1NsQACfcEABD3BAAHVgVAKrcEADPWBUAA90QAChZFQA53RAAi90QAJndEADk3RAA690QAD3eEABK3hAAlt4QALXeEADv3hAA+d4QAEjfEABQ3xAAod8QAK3fEAD63xAADeAQAFPgEABh4BAArOAQALbgEAAF4RAADeEQAF7hEABh4RAAt+EQAMDhEAAQ4hAAH+IQAGniEAB44hAAwuIQAM7iEAAb4xAAHuMQAHTjEAB34xAAzeMQAN3jEAAm5BAAL+QQAH/kEACQ5BAA2OQQAOnkEAAx5RAAReUQAIrlEACm5RAA4+UQAOvlEADaWRUAROYQAOVaFQCr5hAA7uYQAPDmEABH5xAATecQAKDnEAC05xAA+ecQAAHoEABS6BAAfOgQAD5bFQC06BAABOkQABHpEABd6RAAa+kQALbpEADA6RAAD+oQACnqEABo6hAAdeoQAMHqEADN6hAAGusQACTrEABz6xAAe+sQAJdbFQDT6xAAJewQAC3sEADwWxUAU+wQAPtcFQCI7BAA1+wQAOPsEAAw7RAAM+0QAIntEACT7RAAVF0VAP7tEACtXRUASe4QAJTuEACl7hAABl4VAPTuEABfXhUAT+8QAJ/vEACu7xAA+O8QAAfwEABR8BAAXfAQAKrwEACt8BAAA/EQAAbxEABc8RAAbPEQALXxEAC+8RAADvIQAB/yEAC4XhUAafIQAMDyEABz8hAAcvMQAMPyEAAZ8xAAIfMQABFfFQB48xAAy/MQANfzEAAk9BAALPQQAGpfFQCJ9BAA1vQQANn0EAAv9RAAOfUQAMNfFQCN9RAA4fUQAPf1EAA69hAAO/YQAJP2EACk9hAA7PYQAPj2EABF9xAAT/cQAJ73EACq9xAAHGAVAAP4EABQ+BAAU/gQAKn4EACz+BAAzmAVAAX5EABb+RAAXvkQALT5EADA+RAADfoQABP6EABm+hAAcPoQACdhFQDE+hAAGPsQACX7EACAYRUAjfsQAMr7EADS+xAA2WEVACv8EAAyYhUAhPwQAItiFQDY/BAALv0QAOz8EABtfxIATv0QAIf9EACb/RAA5GIVAOH9EAA5/hAAP/4QAJL+EACe/hAA6/4QAPr+EABE/xAARv8QAJ3/EACn/xAA9v8QAAIAEQBPABEAVgARAD1jFQC0ABEAlmMVAAkBEQDvYxUAXQERAHADEQBqAREAswERALUBEQAMAhEAGgIRAGUCEQB2AhEAEGcVAMUCEQBpZxUAHwMRAMJnFQCQAxEAyQMRANcDEQAiBBEAIwQRABtoFQCHBBEA1AQRANsEEQB0aBUAUAURAIpqFQCSBREA3wURAOIFEQA4BhEAQgYRAONqFQCZBhEA6gYRAPgGEQBDBxEAUAcRAJwHEQCkBxEAPGsVAPgHEQBOCBEAWggRAKcIEQCtCBEAAAkRAAoJEQCVaxUAXgkRALIJEQC/CREA7msVACAKEQBkChEAbAoRAEdsFQC/ChEAFgsRACQLEQBvCxEAgAsRAKBsFQDOCxEAIQwRAC0MEQD5bBUAgAwRANMMEQDZDBEALA0RADENEQCFDREAiw0RAKttFQDmDREANw4RAEMOEQCQDhEAlg4RAOkOEQDvDhEAQg8RAEcPEQCbDxEAoQ8RABpwFQADEBEATRARAFwQEQCmEBEArxARAP8QEQAFEREAWBERAF4REQCxEREAvRERAAoSEQAREhEAYxIRAGsSEQDMcBUAxhIRABUTEQAgExEAbhMRAHoTEQDHExEAzRMRACAUEQAoFBEAeRQRAIUUEQDSFBEA2BQRACsVEQAxFREAhBURAIkVEQDdFREA4xURACVxFQA9FhEAjxYRAJ0WEQDoFhEA9RYRAEEXEQBYFxEAmhcRALYXEQDzFxEA+xcRAH5xFQBNGBEApRgRALEYEQD+GBEADRkRAFcZEQBxGREAsBkRALYZEQAJGhEAIhoRAGIaEQB+GhEA13EVAM4aEQAUGxEAFhsRAG0bEQCDGxEAxhsRAMcbEQAfHBEAMBwRAHgcEQCEHBEAMHIVAO0cEQCJchUAQB0RAIMdEQCEHREA3B0RAO0dEQA1HhEAQR4RAOJyFQCTHhEA5x4RAO0eEQBAHxEAYB8RAJkfEQClHxEA8h8RAPkfEQA7cxUAVyARAKQgEQCmIBEA/SARAB0hEQCUcxUAXSERAO1zFQC1IREACCIRAA0iEQBhIhEAZyIRAEZ0FQDCIhEA+HQVABsjEQBRdRUAdCMRAKp1FQDNIxEAtXYVACAkEQB3JBEAhSQRANAkEQDhJBEADncVADAlEQBndxUApSURAHJ4FQDgJREANCYRAEQmEQCNJhEAlSYRAOYmEQDwJhEAPycRAEsnEQCYJxEAmycRAPEnEQD7JxEAJHkVAE8oEQBrKxEAWCgRAKMoEQCzKBEA/CgRAAwpEQBVKREAfSkRAK4pEQDWKREAByoRAC8qEQDWeRUAbCoRALkqEQC7KhEAEisRADIrEQDsexUAeCsRAMQrEQDQKxEAHSwRAEUsEQB2LBEAniwRAM8sEQD3LBEARXwVACstEQCBLREAjS0RANotEQDrLREAMy4RAD8uEQCMLhEAmy4RAOUuEQDvLhEAPi8RAEovEQCXLxEAni8RAFt+FQDxLxEArTERAAAwEQBJMBEASzARAKIwEQCwMBEA+zARAAwxEQC0fhUAWzERAA1/FQCvMREABjIRAAkyEQBfMhEAYjIRAGZ/FQC/MhEAv38VACUzEQBqMxEAdDMRAMMzEQDPMxEAHDQRAB80EQB1NBEAfzQRAM40EQDoNBEAJzURACw1EQCANREAiTURANk1EQDjNREAMjYRAEE2EQCLNhEAkDYRAOQ2EQD6NhEAPTcRAEk3EQCWNxEAmTcRAO83EQAJOBEASDgRAFQ4EQChOBEAtDgRAPo4EQAIOREAUzkRAF05EQAYgBUAsjkRAAU6EQAOOhEAXjoRAF86EQC3OhEAwToRABA7EQAcOxEAaTsRAHA7EQBxgBUAxzsRABs8EQAdPBEAdDwRAHo8EQDNPBEA1DwRACY9EQA0PREAfz0RAIw9EQDYPREA4j0RADE+EQA9PhEAij4RAJA+EQDjPhEA6T4RADw/EQBFPxEAlT8RAJY/EQDuPxEA+D8RAMqAFQBIQBEAoEARAKFAEQD5QBEAB0ERAFJBEQBfQREAq0ERAMJBEQAEQhEADEIRAF1CEQBfQhEAtkIRAMZCEQAPQxEAGUMRAGhDEQB0QxEAwUMRAMdDEQAaRBEAIkQRACOBFQB/RBEAzEQRAM9EEQAlRREAKEURAH5FEQCMRREA10URANxFEQAwRhEAPUYRAIlGEQCRRhEA4kYRAOVGEQA7RxEARUcRAJRHEQCWRxEA7UcRAPNHEQBGSBEAUEgRAJ9IEQCiSBEA+EgRAABJEQBRSREAeUkRAHyBFQCySREA1YEVAAtKEQAughUAf0oRAIeCFQDBShEADksRABFLEQBnSxEAcUsRAMBLEQDISxEA64MVACdMEQByTBEAeUwRAMtMEQDTTBEAJE0RADFNEQB9TREAgk0RANZNEQDgTREAL04RADdOEQCIThEAmE4RAOFOEQDvThEAOk8RAEdPEQCTTxEAoU8RAOxPEQDvTxEARVARAFBQEQCeUBEAplARAPdQEQAQUREAUFERAFxREQCpUREAuVERAAJSEQAHUhEAW1IRAGFSEQC0UhEAwFIRAA1TEQAVUxEARIQVAHBTEQC/UxEAwlMRABhUEQAgVBEAcVQRAHJUEQDKVBEAzFQRACNVEQApVREAfFURAIhVEQDVVREA4lURAC5WEQA4VhEAh1YRAI9WEQDgVhEA4lYRADlXEQBGVxEAklcRAJlXEQDrVxEA81cRAERYEQBIWBEAnVgRAJ9YEQD2WBEA+VgRAE9ZEQBXWREAqFkRALdZEQABWhEAA1oRAFpaEQBnWhEAs1oRAMJaEQAMWxEAGFsRAGVbEQB2WxEAvlsRAM9bEQAXXBEAI1wRAHBcEQB3XBEAyVwRAOhcEQCdhBUANl0RAHtdEQB8XREA1F0RAOBdEQAtXhEASV4RAIZeEQCOXhEA9oQVAOdeEQCohRUARF8RAJFfEQCXXxEA6l8RAPBfEQBDYBEAW2ARAJxgEQCmYBEA9WARAAFhEQBOYREAUWERAKdhEQCxYREAAGIRABhiEQBZYhEAaWIRALJiEQC0YhEAC2MRABljEQBkYxEAdWMRAAGGFQDDYxEAFmQRACJkEQBahhUAe2QRAMhkEQDLZBEAIWURACtlEQAMhxUAfGURANNlEQDhZREALGYRAD1mEQC+hxUAjGYRABeIFQDxZhEAN2cRAEZnEQCQZxEAnGcRAOlnEQDqZxEAQmgRAExoEQCbaBEAqWgRAPRoEQD5aBEATWkRAFppEQBwiBUArGkRAP9pEQACahEAWGoRAGZqEQCxahEAtmoRAAprEQAXaxEAY2sRAGtrEQB7iRUAvmsRABVsEQAibBEAbmwRAH1sEQDHbBEAzWwRACBtEQAsbREAeW0RAHttEQDSbREA3G0RACtuEQA5bhEAhG4RAIluEQDdbhEA6m4RADZvEQBCbxEAj28RAKJvEQDobxEA928RAEFwEQBNcBEAmnARAJtwEQDzcBEA/XARAExxEQBacREApXERAKpxEQD+cREAC3IRANSJFQBhchEAsHIRAL5yEQAJcxEADHMRAGJzEQBycxEAu3MRAMlzEQAUdBEAIHQRAG10EQB0dBEAxnQRAM10EQAfdREAK3URAHh1EQB5dREA0XURAN11EQAqdhEAN3YRAIN2EQCKdhEA3HYRAOh2EQA1dxEAQncRAI53EQCddxEA53cRAPt3EQBAeBEATHgRAJl4EQCseBEA8ngRAAF5EQBLeREAV3kRAKR5EQCleREA/XkRAAd6EQBWehEAZHoRAK96EQC0ehEACHsRABV7EQAtihUAYnsRALp7EQDLexEAE3wRACF8EQBsfBEAe3wRAMV8EQDHfBEAHn0RACh9EQB3fREAhX0RANB9EQDVfREAKX4RADZ+EQCCfhEAkX4RANt+EQDgfhEANH8RAEF/EQCNfxEAl38RAOZ/EQDyfxEAP4ARAFKAEQCYgBEAooARAPGAEQD9gBEASoERAF2BEQCjgREAsoERAPyBEQAIghEAVYIRAFaCEQCughEAuIIRAAeDEQAVgxEAYIMRAGWDEQC5gxEAxoMRAIaKFQAXhBEAa4QRAHiEEQDEhBEAzoQRAB2FEQAjhREAdoURAHiFEQDPhREA3IURACiGEQArhhEAgYYRAI+GEQDahhEA5oYRADOHEQBAhxEAjIcRAJaHEQDlhxEA9IcRAD6IEQBDiBEAl4gRAKSIEQDwiBEA/YgRAEmJEQBViREAookRALGJEQD7iREABYoRAFSKEQBiihEArYoRALKKEQAGixEAE4sRAF+LEQBrixEAuIsRAMuLEQARjBEAIIwRAGqMEQB2jBEAw4wRAMSMEQAcjREAJo0RAHWNEQCDjREAzo0RANONEQAnjhEANI4RAN+KFQCTjhEA2Y4RAOiOEQAyjxEAPo8RAIuPEQCMjxEA5I8RAO6PEQA9kBEAS5ARAJaQEQCbkBEA75ARAPyQEQA4ixUAW5ERAKGREQCwkREA+pERAAaSEQBTkhEAVJIRAKySEQC2khEABZMRABOTEQBekxEAY5MRALeTEQDEkxEAkYsVABKUEQBplBEAd5QRAMKUEQDPlBEAG5URACeVEQB0lREAepURAM2VEQDelREAJpYRACiWEQB/lhEAiJYRANiWEQDllhEAMZcRAECXEQCKlxEAlZcRAOOXEQDvlxEAPJgRAE+YEQCVmBEApJgRAO6YEQD6mBEAR5kRAEiZEQCgmREAqpkRAPmZEQAHmhEAUpoRAFeaEQCrmhEAuJoRAOqLFQARmxEAXZsRAGubEQC2mxEAwJsRAA+cEQAdnBEAaJwRAGqcEQDBnBEA0pwRABqdEQAonREAc50RAKSdEQDMnREAzp0RACWeEQAvnhEAfp4RAIyeEQDXnhEA3J4RADCfEQA9nxEAiZ8RAJWfEQDinxEA9Z8RADugEQBKoBEAlKARAKCgEQDtoBEA7qARAEahEQBQoREAn6ERAK2hEQD4oREA/aERAFGiEQBeohEAQ4wVAKyiEQADoxEABaMRAFyjEQBroxEAtaMRAMSjEQAOpBEAGqQRAGekEQBqpBEAwKQRAMOkEQAZpREAH6URAHKlEQB+pREAy6URAM6lEQAkphEAKaYRAH2mEQCGphEA1qYRANymEQAvpxEAPqcRAIinEQCUpxEA4acRAPGnEQA6qBEAPKgRAJOoEQChqBEA7KgRAP2oEQCcjBUAS6kRAJ6pEQCqqREA9YwVAAqqEQBQqhEAX6oRAKmqEQC1qhEAAqsRAAOrEQBbqxEAZasRALSrEQDCqxEADawRABKsEQBmrBEAc6wRAE6NFQDLrBEAGK0RACKtEQBxrREAna0RAMqtEQDRrREAI64RADyuEQB8rhEAi64RANWuEQDkrhEALq8RADOvEQCHrxEAlK8RAOCvEQDtrxEAObARAEWwEQCSsBEAobARAOuwEQD1sBEARLERAFKxEQCdsREAorERAPaxEQADshEAT7IRAFuyEQCoshEAu7IRAAGzEQAQsxEAWrMRAGazEQCzsxEAtLMRAAy0EQAWtBEAZbQRAHO0EQC+tBEAw7QRABe1EQAktREAp40VAIG1EQDJtREA2rURACK2EQAuthEAe7YRAJK2EQDUthEA1rYRAC23EQA+txEAhrcRAIm3EQDftxEA6bcRADi4EQA6uBEAkbgRAJu4EQDquBEA9rgRAEO5EQBPuREAnLkRAK+5EQD1uREABLoRAE66EQBauhEAp7oRAKi6EQAAuxEACrsRAFm7EQBnuxEAsrsRALe7EQALvBEAGLwRAACOFQBmvBEAvbwRAMe8EQAWvREAHr0RAFmOFQCCvREAyL0RANS9EQAhvhEAML4RAHq+EQCDvhEA074RAN2+EQAsvxEAOr8RAIW/EQCKvxEA3r8RAOu/EQA3wBEAQ8ARAJDAEQCjwBEA6cARAPjAEQBCwREATsERAJvBEQCcwREA9MERAP7BEQBNwhEAW8IRAKbCEQCrwhEA/8IRAAzDEQCyjhUAWsMRALHDEQC7wxEACsQRABLEEQALjxUAaMQRALzEEQDSxBEAFcURABbFEQBuxREAf8URAMfFEQDTxREAIMYRACrGEQB5xhEAh8YRANLGEQDXxhEAK8cRADjHEQCExxEAkMcRAN3HEQDwxxEANsgRAEXIEQCPyBEAm8gRAOjIEQDpyBEAQckRAEvJEQCayREAqMkRAPPJEQD4yREATMoRAFnKEQBkjxUAp8oRAP7KEQAIyxEAV8sRAF/LEQC9jxUAxssRAAnMEQAVzBEAYswRAGfMEQC7zBEAxMwRABTNEQAezREAbc0RAHnNEQDGzREA2c0RAB/OEQAuzhEAeM4RAITOEQDRzhEA0s4RACrPEQA0zxEAg88RAJHPEQDczxEA4c8RADXQEQBC0BEAFpAVAJDQEQDn0BEA8dARAEDREQBI0REAb5AVAKbREQDy0REAAdIRAEvSEQBW0hEApNIRALDSEQD90hEADNMRAFbTEQB20xEAr9MRALvTEQAI1BEAD9QRAGHUEQBv1BEAutQRAL/UEQAT1REAH9URAGzVEQB/1REAxdURANTVEQAe1hEAKtYRAHfWEQB41hEA0NYRANrWEQAp1xEAN9cRAILXEQCH1xEA29cRAOjXEQDIkBUANtgRAI3YEQCX2BEA5tgRAO7YEQAhkRUAXNkRAJjZEQCp2REA8dkRAP3ZEQBK2hEAXdoRAKPaEQCy2hEA/NoRAAjbEQBV2xEAVtsRAK7bEQC42xEAB9wRABXcEQBg3BEAZdwRALncEQDG3BEAepEVABTdEQBr3REAdd0RAMTdEQDM3REA05EVADreEQB23hEAh94RAM/eEQDb3hEAKN8RADvfEQCB3xEAkN8RANrfEQDm3xEAM+ARADTgEQCM4BEAluARAOXgEQDz4BEAPuERAEPhEQCX4REApOERACySFQDy4REASeIRAFPiEQCi4hEAquIRAIWSFQAM4xEAVOMRAGjjEQCt4xEAseMRAAbkEQAI5BEAX+QRAHPkEQC45BEAu+QRABHlEQAu5REAauURAHvlEQDD5REAz+URABzmEQAv5hEAdeYRAITmEQDO5hEA2uYRACfnEQAo5xEAgOcRAIrnEQDZ5xEA5+cRADLoEQA36BEAi+gRAJjoEQDekhUA5ugRAD3pEQBH6REAlukRAJ7pEQA3kxUA9+kRAEjqEQBu6hEAoeoRAKnqEQD66hEACusRAFPrEQBV6xEArOsRALrrEQAF7BEAFuwRAJCTFQBl7BEA6ZMVAL/sEQAQ7REAKe0RAGntEQBy7REAwu0RAMztEQAb7hEAI+4RAHTuEQB37hEAGf4RAH7uEQDi+BEAgu4RAM3uEQDa7hEAJu8RADXvEQB/7xEAhO8RANjvEQDu7xEAMfARADLwEQCK8BEAm/ARAOPwEQDv8BEAPPERAEbxEQCV8REAofERAJuUFQD28REAR/IRAEryEQCg8hEAwPIRAPnyEQAH8xEAUvMRAFPzEQD0lBUAt/MRAAT0EQAL9BEATZUVAGX0EQCmlRUAvPQRAA/1EQAX9REAaPURAG71EQDB9REAz/URABr2EQAd9hEAc/YRAJP2EQDM9hEA4PYRAP+VFQAv9xEAfvcRAIr3EQDX9xEA2vcRADD4EQA6+BEAWJYVALf4EQCxlhUA7fgRADv5EQBH+REAlPkRAJr5EQDt+REA+fkRAEb6EQBO+hEACpcVAKv6EQD4+hEA/voRAFH7EQBd+xEAqvsRALL7EQBjlxUABvwRAFz8EQBf/BEAtfwRAL78EQAO/REAGv0RAGf9EQBq/REAwP0RAO79EQC8lxUAHv4RAHL+EQCI/hEAy/4RANf+EQAk/xEALP8RABWYFQCJ/xEA1v8RANn/EQAvABIAOQASAG6YFQCQABIA4QASAOUAEgA6ARIARgESAJMBEgCZARIA7AESAPgBEgBFAhIATQISAMeYFQC+AhIA9wISAAUDEgBQAxIAUQMSACCZFQC1AxIAAgQSAAkEEgB5mRUAbwQSALQEEgC8BBIADQUSABAFEgBmBRIAcgUSAL8FEgDYBRIAGAYSABoGEgBxBhIAdAYSAMoGEgDUBhIAIwcSADEHEgB8BxIAfgcSANUHEgDiBxIALggSADYIEgCHCBIAoAgSAOAIEgDsCBIAOQkSAD8JEgCSCRIAqQkSAOsJEgABChIARAoSAEYKEgCdChIAqgoSAPYKEgADCxIATwsSAFcLEgCoCxIAqgsSAAEMEgAODBIAWgwSAGEMEgCzDBIAuwwSAAwNEgAbDRIAZQ0SAGoNEgC+DRIAyw0SABcOEgAhDhIAcA4SAHYOEgDJDhIA1w4SACIPEgA7DxIAew8SAIQPEgDUDxIA3g8SAC0QEgAyEBIAhhASAIwQEgDfEBIA4hASADgREgBSERIAK5oVAJMREgDqERIA8BESAEMSEgBQEhIAhJoVAKkSEgD1EhIADBMSAN2aFQBPExIApxMSAK0TEgAAFBIABRQSAFkUEgB0FBIAshQSAMAUEgALFRIAEhUSAGQVEgBwFRIAvRUSAMMVEgAWFhIAHhYSAG8WEgByFhIAyBYSAMkWEgAhFxIALRcSAHoXEgCJFxIA0xcSAOEXEgAsGBIAPBgSAIUYEgCTGBIA3hgSAOoYEgA3GRIAPhkSAJAZEgCYGRIA6RkSAPkZEgBCGhIARxoSAJsaEgChGhIA9BoSAPwaEgA2mxUAUxsSAKYbEgCsGxIA/xsSAAQcEgBYHBIAXhwSAI+bFQCzHBIACh0SABAdEgBjHRIAcB0SAOibFQDJHRIAFR4SACweEgBBnBUAcR4SAMceEgDRHhIAmpwVACIfEgB5HxIAfB8SANIfEgDeHxIAKyASADMgEgBMnRUAjyASAN0gEgDeIBIANiESAD8hEgCPIRIAnCESAOghEgD2IRIAQSISAEsiEgCaIhIA8CISAPMiEgADIxIATCMSAFIjEgClIxIApyMSAP4jEgAUJBIAVyQSAGMkEgCwJBIAtCQSAAklEgAOJRIAYiUSAGglEgC7JRIA2yUSABQmEgBqJhIAbSYSAHEmEgDyKhIAeSYSAMYmEgDMJhIAHycSACUnEgB4JxIAfScSANEnEgDXJxIA/p0VADYoEgCDKBIAhigSANwoEgDmKBIANSkSAEQpEgCOKRIAkCkSAOcpEgDqKRIAQCoSAEwqEgCZKhIAvSoSAFeeFQD0KhIASysSAFErEgCkKxIAsSsSALCeFQAKLBIAViwSAG0sEgCvLBIAuSwSAAgtEgAULRIAYS0SAGQtEgC6LRIAxC0SABMuEgAiLhIAbC4SAG4uEgDFLhIAyC4SAB4vEgAqLxIAdy8SAJsvEgAJnxUA3S8SACkwEgBAMBIAgjASAIowEgDbMBIA5TASADQxEgBAMRIAjTESAJAxEgDmMRIA8DESAGKfFQBBMhIAmDISAJsyEgDxMhIA/TISAEozEgBSMxIAFKAVAK4zEgD8MxIA/TMSAFU0EgBeNBIArjQSALs0EgAHNRIAFTUSAGA1EgBqNRIAuTUSAA82EgASNhIAIjYSAGs2EgBxNhIAxDYSAMY2EgAdNxIAMzcSAHY3EgCCNxIAzzcSANM3EgAoOBIALTgSAIE4EgCHOBIA2jgSAPo4EgAzORIAiTkSAIw5EgCQORIAET4SAJg5EgDlORIA6zkSAD46EgBEOhIAlzoSAJw6EgDwOhIA9joSAMagFQBVOxIAojsSAKU7EgD7OxIABTwSAFQ8EgBjPBIArTwSAK88EgAGPRIACT0SAF89EgBrPRIAuD0SANw9EgAfoRUAEz4SAGo+EgBwPhIAwz4SANA+EgB4oRUAKT8SAHU/EgCMPxIAzj8SANg/EgAnQBIAM0ASAIBAEgCDQBIA2UASAONAEgAyQRIAQUESAItBEgCNQRIA5EESAOdBEgA9QhIASUISAJZCEgC6QhIA0aEVAPdCEgBIQxIAWEMSAKFDEgCjQxIA+kMSAAhEEgBTRBIAZEQSACqiFQCyRBIABUUSABFFEgCDohUAZkUSALdFEgDdRRIAEEYSABhGEgBpRhIAdUYSAMJGEgDIRhIAG0cSACFHEgB0RxIAeUcSAM1HEgDTRxIANaMVAC5IEgDnoxUAi0gSANhIEgDZSBIAMUkSADZJEgCKSRIAkEkSAONJEgDtSRIAPEoSAERKEgCVShIAmUoSAO5KEgD0ShIAR0sSAFVLEgCgSxIAqksSAPlLEgADTBIAUkwSAF5MEgCrTBIAuEwSAARNEgAMTRIAXU0SAGdNEgC2TRIAu00SAA9OEgAXThIAQKQVAG1OEgDBThIAzk4SABpPEgAiTxIAc08SAHlPEgDMTxIA2E8SACVQEgAmUBIAflASAINQEgDXUBIA3VASADBREgA6URIAiVESAJFREgDiURIA5lESADtSEgBBUhIAlFISAKJSEgDtUhIA91ISAEZTEgBQUxIAn1MSAKtTEgD4UxIABVQSAFFUEgBZVBIAqlQSALRUEgADVRIACFUSAFxVEgBkVRIAmaQVALpVEgAOVhIAJ1YSAGdWEgBvVhIAwFYSAMZWEgAZVxIAJVcSAHJXEgBzVxIAy1cSANBXEgAkWBIAKlgSAH1YEgCHWBIA1lgSAN5YEgAvWRIAM1kSAIhZEgCOWRIA4VkSAO9ZEgA6WhIARFoSAJNaEgCdWhIA7FoSAPhaEgBFWxIAUlsSAJ5bEgCmWxIA91sSAAFcEgBQXBIAVVwSAKlcEgCxXBIA8qQVAApdEgD9pRUAYV0SALRdEgC5XRIADV4SABFeEgBmXhIAc14SAFamFQDEXhIAGF8SABxfEgBxXxIAc18SAMpfEgDjXxIAI2ASADRgEgB8YBIAiGASAK+mFQDYYBIAvmYSAOFgEgAuYRIAQWESAIdhEgCIYRIA4GESAOxhEgA5YhIASGISAJJiEgCcYhIA62ISAPdiEgBEYxIAS2MSAAinFQClYxIA9mMSAPhjEgB6cBIA+WMSAC1pEgD8YxIAT2QSAAJkEgCcaxIAA2QSAJncEgBbZBIAqGQSALdkEgABZRIADWUSAFplEgBoZRIAs2USAM5lEgAMZhIAGGYSAGVmEgBsZhIAYacVAMtmEgAXZxIAGWcSAHBnEgBxZxIAyWcSAMxnEgAiaBIALWgSAHtoEgCAaBIA1GgSAN5oEgC6pxUAOmkSAIZpEgCIaRIA32kSAOBpEgA4ahIAO2oSAJFqEgCcahIA6moSAO9qEgBDaxIATWsSABOoFQCvaxIA9WsSAPZrEgBObBIAWmwSAKdsEgC2bBIAAG0SAAptEgBZbRIAZW0SALJtEgC5bRIAbKgVABNuEgBkbhIAZm4SAL1uEgDMbhIAFm8SACBvEgBvbxIAeG8SAMhvEgDKbxIAIXASADJwEgAeqRUAiXASANNwEgDdcBIALHESADVxEgCFcRIAh3ESAN5xEgDvcRIAN3ISAD9yEgCQchIArnISAOlyEgDxchIAQnMSAE5zEgCbcxIArnMSAPRzEgD1cxIATXQSAFl0EgCmdBIAtXQSAP90EgAJdRIAWHUSAGR1EgCxdRIAuHUSAHepFQAbdhIAY3YSAHR2EgC8dhIAxHYSABV3EgAcdxIAbncSAHx3EgDHdxIA13cSACB4EgAweBIAeXgSAJV4EgDQqRUA33gSACt5EgBCeRIAhHkSAIx5EgDdeRIA63kSADZ6EgBAehIAj3oSAJt6EgDoehIA/noSAEF7EgBEexIAmnsSALZ7EgApqhUA/XsSAEx8EgBUfBIApXwSALR8EgD+fBIAA30SAFd9EgBkfRIAsH0SALp9EgAJfhIAC34SAGJ+EgBwfhIAu34SAMh+EgAUfxIAF38SAIKqFQB4fxIAxn8SANB/EgAfgBIAJ4ASAHiAEgCHgBIA0YASANaAEgAqgRIAN4ESAIOBEgCNgRIA3IESAN6BEgA1ghIAQ4ISAI6CEgCbghIA54ISAOqCEgDbqhUAQ4MSAJmDEgClgxIA8oMSAPmDEgBLhBIAU4QSAKSEEgC9hBIA/YQSABGFEgBWhRIAcoUSAK+FEgC3hRIAjasVABCGEgDmqxUAboYSALqGEgDBhhIAE4cSABuHEgBshxIAcYcSAMWHEgDVhxIAHogSACaIEgB3iBIAhYgSANCIEgDdiBIAKYkSADaJEgCCiRIAjokSANuJEgDhiRIANIoSADyKEgCNihIAmYoSAOaKEgD5ihIAP4sSAE6LEgCYixIApIsSAPGLEgDyixIASowSAFSMEgCjjBIAsYwSAPyMEgABjRIAVY0SAGKNEgA/rBUAsY0SAAeOEgARjhIAYI4SAGKOEgC5jhIAyI4SABKPEgAyjxIAa48SAHOPEgDEjxIAzo8SAB2QEgAjkBIAdpASAHiQEgDPkBIA3pASACiREgA0kRIAgZESAImREgCYrBUA+JESADOSEgBRkhIA8awVAKqSEgDlkhIAA5MSAD6TEgBGkxIAl5MSAKaTEgDwkxIA8pMSAEmUEgBSlBIAopQSAKWUEgD7lBIAB5USAFSVEgBblRIArZUSALWVEgAGlhIAH5YSAF+WEgBzlhIAuJYSANSWEgARlxIAGZcSAEqtFQCIlxIAw5cSAOGXEgCjrRUANZgSAHWYEgB6mBIAzpgSAOmYEgAnmRIAM5kSAICZEgCImRIA/K0VAOyZEgAymhIAQZoSAIuaEgCXmhIA5JoSAOWaEgA9mxIAR5sSAJabEgCkmxIA75sSAPSbEgBInBIAVZwSAFWuFQClnBIA+pwSAPycEgBTnRIAVp0SAKydEgC0nRIABZ4SAA+eEgBenhIAaZ4SALeeEgDDnhIAEJ8SABifEgCurhUAd58SAMKfEgDInxIAG6ASACegEgB0oBIAg6ASAM2gEgDXoBIAJqESAC6hEgB/oRIAjqESANihEgDaoRIAMaISADqiEgCKohIAjaISAOOiEgDvohIAPKMSAESjEgAHrxUApaMSAO6jEgD2oxIAR6QSAFGkEgCgpBIAq6QSAPmkEgAFpRIAUqUSAFqlEgBgrxUAsKUSAASmEgAVphIAXaYSAG6mEgC2phIAu6YSAA+nEgATpxIAaKcSAHanEgDBpxIAzqcSABqoEgAxqBIAc6gSAHuoEgDMqBIA2KgSACWpEgA4qRIAfqkSAI2pEgDXqRIA46kSADCqEgAxqhIAiaoSAJOqEgDiqhIA8KoSADurEgBAqxIAlKsSAKGrEgC5rxUA86sSAEasEgBUrBIAn6wSAKysEgD4rBIAD60SAFGtEgBZrRIAqq0SALWtEgADrhIABa4SAFyuEgBprhIAta4SALyuEgAOrxIAH68SAGevEgB1rxIAwK8SAM2vEgAZsBIAMLASAHKwEgB6sBIAy7ASANCwEgAksRIANLESAH2xEgCFsRIA1rESAOCxEgAvshIAOrISAIiyEgCUshIA4bISAOmyEgBrsBUAU7MSAJOzEgCYsxIA7LMSAAe0EgBFtBIAUbQSAJ60EgCmtBIAxLAVAAq1EgBQtRIAX7USAKm1EgC1tRIAArYSAAO2EgBbthIAZbYSALS2EgDCthIADbcSABK3EgBmtxIAc7cSAB2xFQDHtxIAGLgSABq4EgBxuBIAfrgSAMq4EgDPuBIAI7kSAC25EgB8uRIAh7kSANW5EgDhuRIALroSADS6EgCHuhIAj7oSAOC6EgDsuhIAObsSAEy7EgCSuxIAobsSAOu7EgD3uxIARLwSAEW8EgCdvBIAp7wSAPa8EgAEvRIAT70SAFS9EgCovRIAtb0SAHaxFQAGvhIAWr4SAGm+EgCzvhIAwr4SAAy/EgAVvxIAZb8SAGu/EgC+vxIAxL8SABfAEgAjwBIAcMASAHfAEgDJwBIA5cASAM+xFQAswRIAe8ESAIfBEgDUwRIA18ESAC3CEgA3whIAKLIVAI7CEgCBshUA58ISANqyFQBAwxIAM7MVAJnDEgDqwxIA68MSAOnLEgD3wxIAQ8QSAP7DEgAhyRIAAcQSAN3SEgADxBIAsNYSAETEEgCcxBIAssQSAPXEEgD9xBIATsUSAFDFEgAWyBIAXMUSAKfFEgCvxRIAjLMVALTFEgAAxhIAA8YSAFnGEgBjxhIAssYSALTGEgALxxIAHMcSAGTHEgB1xxIAvccSAMXHEgDlsxUAHcgSAG/IEgB2yBIAyMgSANDIEgA+tBUAI8kSAHrJEgCAyRIA08kSAODJEgAsyhIANMoSAIXKEgCHyhIA3soSAOXKEgA3yxIAPssSAJDLEgCYyxIAl7QVAPbLEgBCzBIAQ8wSAJvMEgCxzBIA9MwSAPzMEgBNzRIAT80SABXQEgBbzRIAps0SAK7NEgDwtBUAs80SAP/NEgACzhIAWM4SAGLOEgCxzhIAs84SAArPEgAbzxIAY88SAHTPEgC8zxIAxM8SAEm1FQAc0BIAbtASAHXQEgDH0BIAz9ASAKK1FQAq0RIAedESAHvREgDS0RIA49ESACvSEgA80hIAhNISAIzSEgD7tRUA4tISANzaEgDp0hIANtMSAEzTEgCP0xIAl9MSAOjTEgD20xIAQdQSAE7UEgCa1BIAndQSAPPUEgD91BIATNUSAE7VEgCl1RIAttUSAP7VEgAP1hIAV9YSAF/WEgBUthUAudYSAAnXEgAW1xIAYtcSAGnXEgC71xIAzNcSABTYEgAg2BIAbdgSAHXYEgCtthUA09gSAB/ZEgAi2RIAeNkSAILZEgDR2RIA09kSACraEgA72hIAg9oSAJTaEgAGtxUA5NoSADXbEgBM2xIAjtsSAJrbEgDn2xIA8dsSAEDcEgBI3BIAX7cVAJrcEgDy3BIACN0SAEvdEgBT3RIApN0SALLdEgD93RIABd4SALi3FQAK3hIAVt4SAFneEgCv3hIAud4SAAjfEgAK3xIAYd8SAHLfEgC63xIAy98SABPgEgAb4BIAEbgVAHLgEgDF4BIAyuASAB7hEgA54RIAd+ESAIXhEgDQ4RIA1+ESACniEgA14hIAguISAIjiEgDb4hIA3uISADTjEgA+4xIAjeMSAJPjEgDm4xIA6OMSAD/kEgBJ5BIAmOQSAKTkEgDx5BIACOUSAErlEgBe5RIAo+USAL/lEgD85RIABOYSAGq4FQBX5hIAruYSALzmEgAH5xIAGOcSAMO4FQBn5xIAHLkVAMfnEgAS6BIAHOgSAGvoEgB26BIAxOgSAMzoEgAd6RIAKekSAHbpEgCJ6RIAz+kSAN7pEgAo6hIANOoSAIHqEgCC6hIA2uoSAOTqEgAz6xIAQesSAIzrEgCR6xIA5esSAPLrEgDOuRUARuwSAJfsEgCh7BIA8OwSAPXsEgBJ7RIAUe0SAKLtEgCo7RIA++0SAAfuEgBU7hIAWu4SAK3uEgC27hIABu8SABPvEgCAuhUAYO8SALjvEgC67xIAEfASABTwEgBq8BIAbfASANm6FQDZ8BIAHPESACTxEgB18RIAgfESAM7xEgDU8RIAJ/ISAC3yEgCA8hIAhfISADLzEgCu8hIA2fISAOHyEgCLuxUAOPMSAOS7FQCh8xIA5PMSAObzEgA99BIASvQSAJb0EgCd9BIA7/QSAPf0EgBI9RIAWPUSAKH1EgCj9RIA+vUSAAj2EgBT9hIAZPYSAJa8FQCz9hIA77wVABP3EgBe9xIAaPcSALf3EgDC9xIAEPgSABj4EgBp+BIAdfgSAML4EgDV+BIAG/kSACn5EgB0+RIAfvkSAM35EgDV+RIAJvoSADX6EgB/+hIAhPoSANj6EgDf+hIAMfsSAD37EgChvRUAyvsSAOP7EgAj/BIAPPwSAET8EgD6vRUAv/wSAO78EgD6/BIAR/0SAE39EgCg/RIApv0SAPn9EgD+/RIAUv4SAFj+EgBTvhUArP4SAAT/EgAK/xIAXf8SAGL/EgC2/xIAxf8SAA8AEwAbABMAaAATAGsAEwDBABMAxAATABoBEwAiARMAcwETAIIBEwDMARMA0QETACUCEwA7AhMAfgITAH8CEwDXAhMA6AITADADEwA8AxMAiQMTAJMDEwDiAxMA7gMTADsEEwBCBBMArL4VAKQEEwDtBBMA+QQTAEYFEwBVBRMAnwUTALMFEwD4BRMABwYTAFEGEwBiBhMAqgYTALYGEwAFvxUABQcTAFwHEwBqBxMAtQcTAMYHEwBevxUAFAgTAGcIEwBzCBMAt78VAMYIEwAZCRMAHwkTAHIJEwB3CRMAywkTANEJEwDCwBUAKQoTAH0KEwB/ChMA1goTAOcKEwAmwhUAOwsTAIgLEwCOCxMA4QsTAO0LEwA6DBMAQgwTAH/CFQCZDBMA7AwTAPgMEwBFDRMATQ0TANjCFQCqDRMA9w0TAPoNEwBQDhMAWg4TADHDFQCrDhMAAg8TABAPEwBbDxMAbA8TAOPDFQC6DxMADRATABkQEwA8xBUAbhATAL8QEwDCEBMAGBETACQREwBxERMAfRETAMoREwDSERMA7sQVAC4SEwB8EhMAiBITANUSEwDdEhMAR8UVADcTEwCHExMAmBMTAOATEwDxExMAORQTAEEUEwCSFBMAlRQTAOsUEwD1FBMARBUTAEYVEwCdFRMArBUTAPYVEwAWFhMATxYTAFcWEwCoFhMAshYTAAEXEwAHFxMAWhcTAFwXEwCzFxMAwhcTAAwYEwAYGBMAoMUVAHEYEwC+GBMA3BgTABcZEwAdGRMAcBkTAHkZEwDJGRMA1hkTAPnFFQA4GhMAexoTAH0aEwDUGhMA7xoTAC0bEwA5GxMAhhsTAJMbEwBSxhUA5RsTADgcEwBAHBMAkRwTAKccEwDqHBMA7xwTAEMdEwBJHRMAnB0TAKgdEwD1HRMA/R0TAKvGFQBbHhMApx4TALceEwAAHxMABR8TAFkfEwBfHxMAsh8TAMgfEwALIBMADSATAGQgEwBuIBMAvSATAMsgEwAWIRMAGyETAG8hEwB8IRMABMcVANchEwAhIhMAKiITAHoiEwCEIhMA0yITAOEiEwAsIxMAMSMTAIUjEwCSIxMA3iMTAOYjEwA3JBMARyQTAJAkEwCSJBMA6SQTAPckEwBCJRMAUyUTAF3HFQCiJRMAtscVAPklEwBNJhMAUyYTAKYmEwCuJhMA/yYTAAknEwBYJxMAWicTALEnEwC0JxMACigTACooEwBoyBUAbygTALwoEwDCKBMAFSkTACEpEwBuKRMAdikTAMHIFQDTKRMAICoTACYqEwB5KhMAhSoTANIqEwDaKhMAGskVAC0rEwCEKxMAkisTAN0rEwDuKxMAc8kVAEMsEwCPLBMApiwTAMzJFQDyLBMAQS0TAE0tEwCaLRMAnS0TAPMtEwD9LRMAJcoVAF0uEwClLhMArC4TAP4uEwAGLxMAVy8TAGQvEwCwLxMAtS8TAAkwEwATMBMAYjATAGowEwC7MBMAyjATABQxEwAZMRMAbTETAIMxEwDGMRMAxzETAB8yEwAtMhMAeDITAIkyEwDRMhMA3TITACozEwAyMxMA18oVAIczEwBkAQAAizMTAH8QFQCPMxMAzOsQAOgzEwBjCQAAPTQTAFY3EwD/NRMA2SwAAE82EwDvLgAAZjcTAJQ+AAALOBMAtUEAAGQ4EwBmSgAAFTkTAByYEgAWORMALk0AABo5EwB7JwQAHTkTAIJ0CABwORMATWAAACI6EwDoZgAAezoTAMVzAAAsOxMAuXoAAJE7EwAchAAA3zsTAJaHAAA2PBMAwosAAO48EwB+lQAAtz0TAPE9EwBoQBMA8NgAAG9BEwB05QAAyEETADDvAAB6QhMAfP4AADRDEwA4CAEApUMTAJEIAQDcQxMA6ggBAD9EEwAsDwEA70QTAOkQAQBHRRMAIBYBAA9GEwCDHwEAVUYTAMUlAQDBRhMA+0YTAHBHEwCtRxMAtUcTAAZIEwASSBMAay0BAGdIEwAzMAEALUkTAGpJEwBySRMAw0kTAMVJEwDZNwEAKEoTABs+AQDWShMA10cBAD5MEwBDYgEA7EwTABZmAQAATRMA+MIUAAhNEwDiwBQAYk0TAG9mAQCcTRMA02cBAAFOEwBCagEATU4TAGNtAQClThMAeW8BALhPEwDxggEAH1ATAF5QEwBmUBMASoMBAMZQEwC5hQEAdVETANmQAQDlURMAMpEBACdSEwDvkgEAfFITAM1SEwDXUhMASJMBADBTEwB/mAEASFUTAESzAQCdVRMA7lUTAP5VEwCdswEArFYTAMm3AQABVxMAUlcTAGJXEwAiuAEAEFgTACzBAQDaWhMAILEHAIRbEwBjeAIAiFsTACB6AgCMWxMAxN8BAJhbEwC6iAIAMlwTAPDjAQCXXBMAreUBAERdEwDD5wEAll0TAIDpAQD7XRMAPesBAFJeEwBT7QEAq14TAKztAQBZXxMANukUAFpfEwBZNg0AXV8TAMLvAQBtXxMA4dQNALJfEwDWvBMAxl8TABvwAQDYXxMAolwVAApgEwB08AEADWATAB1kDgDBYBMAq/UBABphEwAE9gEAzmETAJ/8AQB7YhMA4QICAC1jEwANBwIAgGMTANZjEwDiYxMAvwcCAERlEwBwEAIAm2UTAOxlEwDzZRMAexECAKFmEwBBsw8ApGYTAGp2DwCoZhMACFoOAKpmEwCXfRAArmYTANMZAgAEZxMAbiACAF5nEwBMJQIArGcTAAJoEwBjaBMAtGgTALdoEwCekw8AwGgTAG0oAgAiaRMANSsCAIdpEwC/aRMAHGoTAKDRDgAoahMAKDoCAEVqEwBWLgIAfWoTAPE0AgAvaxMAzzkCAOFrEwAzOwIASmwTAIw7AgDsbBMAUmMMAPBsEwA+PAIAQm0TAEk9AgBSbhMAEEgCAP9uEwDS8w0AAm8TAEdNAgAEbxMAVCYQAFdvEwBSFBUAaW8TAKhvEwAJcBMAWnATAB1wEwC1VwIAXXATAC6ODgBkcBMAp5kOAGdwEwCVdw4AanATAPJiDwBrcBMAd2cPAHVwEwBdTwIAe3ATAEOYDgAOcRMA4lMCABBxEwCxHBIAGHETAE0bEgA2cRMAo8QPAHNxEwCfVQIAxnETABdyEwAjchMAUVYCACpzEwB7cxMAA3YTAHBpAgBqdxMAy3gVAEyFEwA+wA4A+oUTAEGGEwCshhMA84YTAFyHEwDdQg0AYocTAI8uAwCziBMAXbwUALiIEwBiiRMAzIgTAIOMEwDUiBMAicAUANqIEwA/PwMAZIkTAB0LDgBmiRMARJAOAGmJEwDZ6AkAbIkTAJg/AwBxiRMA8T8DAHOJEwDcSwUAhYkTANhpFQCaiRMAIJsFAN2LEwDvTwMAi4wTANyMEwDdjBMA6zYOAOaMEwBvZBEA64wTALU0DwD7jBMAkoMVAD+NEwAmVQMAQ44TAOl/AwBGjhMABLILAEeOEwDKbAMASY4TAMxcAwBKjhMAtWIDAEyOEwDNuAQATY4TACRlAwBOjhMAvnMDAE+OEwCUXwMAUI4TAEi0BABWjhMARWgDAICOEwCK+xIAGpITACemAwAhkhMAbYwDAHiSEwCZkAMAzZITAB6TEwA0kxMACJMDANyTEwASnAMAMZQTAIKUEwCGlBMAa5wDAD6VEwCioQMAR5YTAJiWEwCulhMAf64DAEyXEwAg3gMAUJcTAF2zAwBUlxMANF4OAK2XEwAPtAMACJgTAHO1AwBvmhMAp9IDAOibEwCZ6QMAmpwTAAf0AwBSnRMAM/gDAJWdEwDD/QMAmZ4TANcPBAD4nhMASZ8TAFefEwBGEgQAWKATAGfyEABioBMAUBsEAGKhEwBDKgQAyqITAEtDBAB2oxMA/EsEADmkEwCApBMA5KQTAGleBABEpRMAi6UTAJylEwCKYQQA8aYTALXRBQDyphMADH4EAPmmEwBvvgkApKcTADiCBACopxMAFM4JAAeoEwBZhQQACKkTANGYBAAbqhMAo6QEANGqEwAdqAQAkKsTAM2rEwDVqxMAJqwTADWsEwAcsAQAiawTAJazBAA6rRMAIPMNAD2tEwBTtQQAkq0TAOOtEwCmrRMA+boUAO2tEwCstQQAna4TAJW7BAD9rhMAq70EAKavEwDtwwQAAbATAKyeCgBVsBMA4coEAGmxEwAA3gQAvrETANBFFAArshMAaLITAHCyEwDBshMAzrITANHxBADQshMAGhkFANKyEwB64QQAj7QTAAf/BACVtRMA2BIFAOq1EwA7thMATLYTADwUBQBVtxMAGCkFAKm3EwCSLAUAU7gTAJE0BQC7uBMAhTsFAMa4EwAJSAUA07gTAMdBBQDeuRMAYkgFAIa6EwCvTwUAxroTAEpWBQB5uxMASGYFAH67EwBjdwoAf7sTADZ7CgCBuxMA03EKAOe7EwAkvBMALLwTAH28EwDYvBMAlNgOANu8EwClRQ0A3rwTAFK7FADgvBMAaWkFAOK8EwC7GhEA+bwTAJ90FQAdvRMAEyMRADe9EwCKbAUAtb0TAOG9EwDsvRMAlW0FAJ2+EwB+cwUAVL8TAH17BQD6vxMA4IQFAP2/EwDpoAYAbMATAJ2GBQC2wBMATo8FALjAEwD2hgUACMETAHCKBQAMwRMAhowFABfCEwAWkgUAJ8MTAI+dBQB0wxMAxqIFAFXGEwCSxhMAmsYTAOvGEwD6xhMABMkFAE3HEwAD0QUAUcgTALTZBQBcyBMADqUJAKvIEwAu3QUAuMkTAGPyBQDCyRMAC+oFABLKEwCF7QUAFsoTAJvvBQCMyxMAycsTANHLEwAizBMAJ8wTAD8HBgAxzBMA5/4FAIHMEwBhAgYAhcwTAHcEBgCbzhMAih4GAEnPEwDtJwYA+88TAHA8BgDM0BMAx0wGACbREwBXUgYAaNETAG1UBgDC0RMACFsGABfSEwATXAYAbNITAL3SEwDH0hMAbFwGABnTEwCNXwYA0dMTAD5oBgCW1BMA09QTANvUEwAs1RMAMtUTAGl0BgCb1RMAPHgGAE3WEwAZhQYAlNYTAIePBgBR1xMAqJIGAAPYEwAAmwYAt9gTALGjBgB02RMAsdkTALnZEwAK2hMAGtoTAHiuBgA22hMA/bIGAG/aEwCDrwYAxNoTABXbEwAf2xMA3K8GADzcEwB53BMAgdwTANLcEwDb3BMAPsEGADXdEwBUwwYA+d0TADbeEwA+3hMAj94TAJDeEwDNzgYAlN4TANoYBwCc3hMAzNYGAJ7eEwA9yQYA7t4TALfMBgDy3hMAEhYHAP3fEwCU2QYAr+ATAOzhBgAI4RMAceYGAF3hEwB85wYAF+ITANTvBgDX4hMAFOMTABzjEwBt4xMAd+MTACz4BgDJ4xMAef8GAJTkEwDR5BMA2eQTACrlEwA35RMA/gMHADnlEwBsDgcAiOUTACoIBwA75hMA5hEHAJbmEwD8EwcADugTAEvoEwBT6BMApOgTALPoEwCAIAcAB+kTAPojBwAf6xMA4TkHAIjrEwDF6xMA4esTAB7sEwAr7BMARTsHAEXtEwCC7RMAiu0TANvtEwDe7RMAsk0HAMXuEwBBWwcAQu8TAHhgBwBG7xMAUhUNAP7vEwBsZwcATfATAJhrBwBb8RMArXUHABHyEwD6fAcAbPITAIqCBwBz8xMADGcKAIfzEwCzZgoA4PMTAB30EwAl9BMAdvQTAHn0EwDiigcA6/QTACj1EwAw9RMAgfUTAJD1EwC1jgcA5fUTAKmVBwBA9xMAsqYHAPT3EwCRERIA9/cTAMUNDwD89xMAegwRAP/3EwB6qQcAAPgTAL0KEQBV+BMApq0HAHD5EwCt+RMAtfkTAAb6EwAP+hMAsLYHAGn6EwDGuAcAIPsTABPABwBy+xMAmMQHANz7EwCBygcAePwTAIvTBwAq/RMAq94HANz9EwCI6wcA7v4TAL74BwBH/xMAOPwHAKL/EwCy/wcACwAUAEgAFABQABQAoQAUALAAFAArCwgAsQAUABYBCAAGARQAIQIIAFsBFACsARQAtgEUAHoCCABkAhQApQ4IABMDFACkFggAygMUAHcaCACQBBQAzQQUANUEFAAmBRQANQUUADMkCACLBRQArScIAOAFFAAxBhQAQAYUABEpCADyBhQAUy8IAEYHFADNMggAogcUAFE/CACkBxQADzkIALwIFAD5CBQAAQkUAFIJFADHCRQABAoUAAwKFABdChQAagoUAMlSCADDChQAkVUIAB0LFABkWQgAwwsUAP9fCAB/DBQATGcIADANFADafAgAlQ4UAA+SCADqDhQAOw8UAEoPFABzkwgAug8UANeUCAACERQAcpsIAF0RFAD3nwgAshEUAAMSFAASEhQAW6EIAIISFAC/oggAwxMUAJ2nCAAeFBQA6q4IANAUFADSvAgAghUUAAjKCAA/FhQA8c8IAJUWFABV0QgAQBcUADPWCAAIGBQARRgUAE0YFACeGBQA+hgUAO/fCAC4GRQAt+IIAHcaFAC0GhQAvBoUAA0bFAAXGxQAGuwIAHQbFADX7QgAzhsUAA7zCAAiHBQAk/cIANMcFAAY/AgA4R0UAFoCCQA2HhQAhx4UAIkeFACzAgkAVR8UAJIfFACaHxQA6x8UABIhFABPIRQAVyEUAKghFADPIhQADCMUABQjFABlIxQAbyMUAPAwCQAzJBQAcCQUAHgkFADJJBQA0yQUAFtTCQDfJBQAq0IJACclFADBRAkAhSUUAMtNCQDoJhQApmoJAOwmFABDYQkARicUAIVnCQCSJxQAm2kJAE0oFAC8bAkAnygUAN1vCQBYKRQAbXUJALMpFAAIfAkAZSoUACl/CQC+KhQAgn8JACcrFABkKxQAbCsUAL0rFADMKxQASoIJAHwsFAB1jgkA2CwUAGmVCQDvLRQALC4UADQuFACFLhQAlC4UACWfCQCTLxQA6S8UAAMwFAAjrwkAXjAUAJswFACjMBQA9DAUAAMxFABPswkAfzEUAAy1CQAbMhQAWDIUAGAyFACxMhQAGTMUAN+4CQBpMxQAWbwJACE0FAB6vwkAgDQUAP/DCQAnNRQAwU8KACo1FADdyAkAgDUUAOjJCQA4NhQApNMJAOc2FACu3AkAQDcUAKLjCQCWNxQAreQJALY4FADzOBQA+zgUAEw5FABYORQAlfIJAK05FAD+ORQAAjoUAPnzCQBnOhQAtvUJACU7FABiOxQAajsUALs7FADlOxQAqQQKABk8FABPDAoAiTwUAI5ADADOPBQAHz0UAFg9FADfEQoAsT0UAE4UCgBNPhQAgz4UAJg/FAB3MAoA6j8UANsxCgCmQBQAMzoKAFJBFADkQgoAy0IUAAhDFAAQQxQAYUMUAHBDFAA6WwoAwEMUALReCgDEQxQAyRoLAHREFADFRBQA80UUAClGFABIRhQAgkYUAOtGFACRawoAlUcUACFxCgBFSBQATXUKALBJFACRHQsAskkUANGBCgACShQAS4UKABxMFAASkAoAbkwUALiXCgB1TBQAl5QKAIlOFADaThQAj08UAKquCgCjUBQAI7oKAANSFABUUhQAfVIUAP/OCgALUxQAvNAKAGdTFAC4UxQA4VMUACvTCgByVBQA/tYKAOxUFABX1woAhlYUAIHrCgCXVxQAzvIKAKJYFAB/+woAC1kUANj7CgBXWRQAMfwKAKdZFACr/woAX1oUAMwCCwDIWhQAJQMLABRbFAB+AwsAZFsUAPgGCwDsXBQAG10UAJBdFADNXRQA1V0UACZeFADdXhQAvSELAOdfFABBLgsAsWAUAO5gFAD2YBQAR2EUAFFhFAC6OQsAMGMUAOVFCwBqZBQAXGELAMpkFABFZwsAdWUUAE9wCwDcZRQAyXMLAJNmFAB5hAsAOmcUAI6OCwBPaRQAPK8LABprFADsvwsAumsUACPFCwAbbBQAncgLANxsFAAZbRQAIW0UAHJtFADNbRQAp9ELAPJuFAAvbxQAN28UAIhvFACybxQANt8LAENwFAB45QsAm3AUAOxwFAD6cBQAKuYLAEtxFACZ6AsABHIUANDtCwBRchQA/PELAGRzFABq/AsAZ3MUABz9CwDMdBQAqwoMAB11FAAPDAwAfnUUAIkPDADSdRQAURIMACZ2FACqEgwAoHYUANV2FACjdxQA4B8MAAp4FAA5IAwATHkUAJ15FADGeRQALScMANN5FADfJwwAv3sUAAssDAAcfBQAhS8MAHJ8FADpMAwAfX0UAIQ3DADOfRQAsDsMAJp+FADUfhQAiH8UAK5LDADmfxQAuFQMAJOAFAAcVgwAHoEUAEhaDABZgRQAdF4MAKGBFADjYAwAVIIUAANsDABkghQAhYgMAMiDFACdegwAEIQUAAx9DAB6hBQAe38MAJaGFADThhQA24YUACyHFAA5hxQA55kMAJKHFAAInQwARIgUANugDAAIiRQAQokUAK2JFAA0oBQAuokUAPSJFACyihQAw64MALSKFABUrAwAaosUALGLFAAYjBQAf7gMAMyMFACqxAwANo4UAHvYDADdjhQAp9wMADmPFADp4gwAko8UAJrrDADqjxQApewMAJWQFACO8gwA8JAUAEDzDACkkRQAHvgMAKeRFABxPg8AD5IUAEySFABUkhQApZIUAByTFADE/wwADJQUAF8GDQArlRQAzRANANaVFAB+GQ0AiJYUAOEiDQBGlxQAg5cUAIuXFADclxQAUZgUAI6YFACWmBQA55gUAJyZFACruxQAoZkUAPKZFACjmRQAIl0RALWZFABqBhUA/JkUAAs3DQCqmhQA9DwNAG6cFACCUg0Av5wUAK5WDQAunhQAdGkNAD2eFAB3nhQA2J4UAEhlDQA4nxQAoWUNAI6gFACfdQ0AoaEUAGaADQD0oRQASqIUAAmiFABDjQ0AXKIUABiBDQAIoxQAh4MNAF+jFADggw0AEaQUAKiGDQBqpBQAcIkNAG6lFADEpRQA3KUUABaRDQDYphQAV58NACunFACBpxQAmKgUAFanDQCwqBQAwd8PAO2oFAA+qRQAXKkUAK+nDQAMqhQASaoUAFGqFACiqhQACasUANCqDQDJqxQA8a0NAHusFABrsQ0Ahq0UAMOtFADLrRQAHK4UAJGuFADOrhQA1q4UACevFACOrxQA770NAE6wFACLsBQAk7AUAOSwFABLsRQA2MMNAGSyFAChshQAqbIUAPqyFABhsxQAfssNACG0FACfzg0A07QUABnSDQB8thQAgNwQANW2FADZ3BAAQrcUAH+3FACHtxQA2LcUAFG4FAAB4A0A67gUAMEiDgCouhQARSMVALO7FAC4gBAAx7sUAIxaFQDZuxQABLwUAAy8FACCJREAMrwUAEOuEACLvBQAtrwUABK9FACZSxUAhL0UAMG9FADJvRQAGr4UAH++FAC7+Q0A6L4UACW/FAAtvxQAfr8UAOO/FAASxw8ARsAUABkrDgCawRQA5coPAKDBFAApBA4AB8IUAPEGDgAAwxQAUcMUAGDDFAAlLw8AssMUADSrFQAdxRQArRAOACfFFABJDw4AJcYUAIAUDgDnxhQAJMcUACzHFAB9xxQA6MgUAOMdDgANyxQARS8OALHLFAB7PA4AGc0UANJMDgAizhQA808OAN3PFAAu0BQAONAUAD9fDgBV0RQAktEUAJrRFADr0RQAn9IUAM5sDgD70hQAoXAOABTVFABzfA4AbdUUAL7VFADK1RQA7X8OAHzWFABngw4AKtcUAHvXFACS1xQA94gOALTcFAAgpQ4Aad0UAP6pDgDc3xQAgMYOAJfgFADe4BQAneEUAOLXDgCg4RQAftYOAKniFABR2g4AWeMUAFzbDgC04xQAfd4OAHvkFACx5BQAz+QUAPfhDgAu5RQAkugOAMrlFADr6A4AM+gUAMj1DgA86RQAQvkOAELpFADSYhAAWekUAH9pFQBg6RQAdlgVAHvpFAC6IhEAl+kUAOjpFAD36RQAbv0OAEbqFAA2AA8A++oUAEzrFABO6xQApQIPAKrrFABXAw8AsesUAMYFDwAe7hQA8BkPAInuFADG7hQAzu4UAB/vFAAp7xQAHB4PAO3vFAAq8BQAMvAUAIPwFACS8BQAlSkPAOLwFAAPLQ8AlPEUAJ8yDwBG8hQALzgPAE7zFABaRA8AAPQUALNEDwAJ9BQAp68QALf0FAA4SQ8AEPUUAGH1FADI9RQAAEwPACH2FAD/Uw8Af/cUAND3FADT9xQAeVcPAI74FADoWQ8AkPgUANAvEgDj+BQANPkUADf5FAD+Ww8A8vkUAMZeDwBH+hQAmPoUAJv6FADcYA8AVvsUAP1jDwCr+xQA/PsUAAb8FABWZA8AXfwUAK78FACx/BQAYWUPAGj9FACCaA8Awf0UABL+FAAV/hQA5mkPAMz+FAAd/xQAIP8UABJuDwDX/xQAKAAVACsAFQA+cg8A5gAVABF2DwDtARUAoXsPAA0CFQBdbhUAWgIVAAV9DwDzAhUASQMVAP4DFQB0fw8ABQQVAOOBDwDEBRUAJYgPAMYFFQAGJxAAcgYVAMMGFQAqCBUAqZ8QAC8IFQDkCRUAjAgVALSVDwDnCRUAc0QRAPQJFQAYlw8ATQoVAIeZDwCiChUAkpoPAAsLFQBICxUAAQwVAP+sDwAEDBUAsLUPAAkMFQBPnA8AFQwVABanDwDQDhUA9KsPAIIPFQA2sg8AohAVADFqFQDgEBUAMREVADQRFQC7tg8AmhEVAHi4DwDvERUAg7kPAEQSFQCVEhUAnxIVANy5DwBVFBUAxb8PAFwUFQDbwQ8ABxUVAObCDwCTFhUAB8YPAHsXFQDayQ8AIhkVAEhkFQCeGRUAbCMRAN4ZFQDv6REA4xkVAF3eDwBQGhUAqkkRAKkaFQADShEAUhsVAO3jDwCnGxUA+BsVABEcFQBR5Q8AVBwVAKocFQAnHRUAL+oPANkdFQA66w8Aix4VAJ7sDwAhHxUAch8VAHwfFQBx8A8AJSAVAMVxEAAsIBUALQURAD4hFQB7+Q8ASiMVAN4CEABCJBUAUCQVAJskFQCpJBUA0SYVAP0VEABzJxUAbBgQAH0nFQASIBAAjykVAFxKEQBJKhUAzikQAKAqFQDZKhAA8yoVAIsrEABHKxUA7ywQAFIsFQBeLxAAYi0VALMtFQAULhUAZS4VAIsuFQDgghUAGC8VALY3EAB4LxUAyS8VACowFQB7MBUAMDEVAPg9EADnMRUAODIVAJkyFQDqMhUAEDMVADmDFQCkMxUAL0MQAAE0FQCTRBAArzQVAAA1FQAQNRUA90UQANU1FQALNhUAxjYVANVKEAAiNxUAnU0QAJM3FQDINxUABTsVAEFlEADCPBUA0WoQAHQ9FQA1bBAAJj4VAJltEADEPhUAr28QAHY/FQATcRAAKEAVAHlAFQCBQBUA0HIQAIxBFQBreRAAPkIVAD59EACtRBUA44wQALFFFQBRlxAAeUcVAFCfEAB5SBUAyqIQAEFKFQDJqhAA8EoVAJGtEABnTBUATq8QANpNFQAstBAAC04VAOm1EAB9ThUAuk4VAMJOFQADdhUAHE8VAFi4EAAfTxUAbroQAG9PFQDFTxUA4U8VAB5QFQB6UBUA0FAVAOxQFQApURUAilEVANtRFQDlURUAx7oQADxSFQDNwRUAk1IVAP6/EACmUxUAg8QQAPRTFQBLxxAAZlQVAKNUFQCrVBUAXHYVAMNVFQDFIxEAbFYVAHbTEAAHWhUAM1oVAPVaFQAeJBEAU1wVAH30EABXXRUA4u0QABJeFQDt7hAAJGAVAHVgFQB/YBUA9/cQADVhFQC/+hAAg2EVAHH7EACTZBUAoWQVAOxkFQD6ZBUARWUVAFNlFQCeZRUArGUVAPdlFQAFZhUAUGYVAF5mFQAcZxUAvgIRAIVnFQAXAxEAHGgVAHsEEQCQaBUAzWgVANVoFQAmaRUA5moVAJEGEQCjaxUAWQkRAPFrFQALChEAbWwVAO9CEgCpbBUAyAsRABVtFQBSbRUAx20VAARuFQCFbhUAtm4VAN5uFQAPbxUAN28VAGhvFQCQbxUAwW8VAMhvFQBKKBEAInAVAHNwFQB4cBUA9A8RADNyFQDRHBEAoHMVAFYhEQCrdBUAwAgTAK90FQADBxMAGncVACklEQCBdxUAwHcVAMh3FQAZeBUAJ3kVAH15FQD+eRUAL3oVAFd6FQCIehUAsHoVAOF6FQAJexUAOnsVAGJ7FQCTexUAbXwVAJ58FQDGfBUA93wVAB99FQBQfRUAeH0VAKl9FQDRfRUAAn4VAMB+FQBUMREAcn8VALgyEQDygxUAGUwRAFKEFQBmUxEAFYUVAE+FFQDHhRUAOF8RAAqGFQC9YxEAeYYVALOGFQAUhxUAZYcVAHWHFQB6ZREAyocVAIVmEQAsiBUAPuwSAIyIFQDJiBUA0YgVACKJFQCljBUARakRAAGNFQD3qREACI4VAGS8EQC6jhUAWMMRAGyPFQClyhEAHpAVAI7QEQDQkBUANNgRAIKRFQAS3REANJIVAPDhEQDmkhUA5OgRAJyTFQBe7BEAPpQVAEKUFQCwlBUA7vERAPWUFQCr8xEAYpUVAF30EQCrlRUAtvQRAAeWFQAl9xEAW5YVAIn4EQAOlxUAn/oRAHGXFQAD/BEAH5gVAH3/EQBxmBUAiAASAMqYFQCeAhIAIZkVAKkDEgCnmRUA0pkVAJKaFQCcEhIA9psVALwdEgCinBUA85wVAAKdFQAgHxIAb50VAKWdFQCmnRUAhCASAAieFQAqKBIAvp4VAP0rEgBqnxUAu58VAMqfFQA/MhIAN6AVAG2gFQBuoBUAozMSANCgFQBJOxIAhqEVABw/EgAzohUArEQSAIaiFQDcohUA8aIVAF5FEgA4oxUAjqMVAKOjFQAmSBIAdKgVAMWoFQDjqBUAC24SAEesFQCujRIAtqwVANqREgBorRUAapcSAAiuFQDZmRIAXa4VAKGcEgC1rhUAaZ8SAAyvFQCVoxIAcK8VAKulEgDVrxUAErAVAG2wFQA6sxIA0LAVAPe0EgAysRUAv7cSAH6xFQABvhIARLIVAIbCEgC7thUAxtgSAHq4FQBV5hIAz7gVAGDnEgAkuRUAdbkVAHm5FQC55xIA1rkVACe6FQCIuhUAX+8SAOG6FQAyuxUA7LsVAD28FQCivBUArPYSAPe8FQBIvRUATL0VAAX3EgB+vhUAq/4SAGe/FQAOCBMAur8VABDAFQA4wBUAacAVAMXAFQAbwRUAQ8EVAHTBFQDkwRUAJAoTAIHCFQCTDBMA4sIVAJ4NEwA5wxUAisMVAJrDFQCpDhMA7MMVALQPEwA/xBUAlcQVAPjEFQAjEhMAV8UVAC4TEwABxhUAIhoTALnGFQBOHhMAaccVAJslEwC+xxUAD8gVAB/IFQD0JRMAxcgVAMcpEwAqyRUAKysTAIHJFQA2LBMA1MkVAOgsEwAoyhUAfsoVAA==","fail":"AAAAAAAAAAAxjgAAYN4BAO/gAAA75AcAmNsBAB3UCADjSwIA2BwOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAAAAAADjSwIA2gwOAJkJDwDyCQ8ASwoPAKQKDwD9Cg8AVgsPAK8LDwAIDA8AYQwPALoMDwATDQ8AbA0PAAAAAAA75AcAmNsBAJjbAQAPDQQAp24CAABvAgCTkg8AD98PAKUwAwD+MAMAHiYBAGpsBgDeDREADw0EAONLAgC5YwYA/7kAAFi6AACxugAACrsAAGO7AADzDgAA40sCANgcDgBKEg8AoxIPAPwSDwBVEw8ArhMPAAAAAAA75AcA40sCAAzWDABrpwQAZHACAHShCgDKYQIAMY4AAN17AgBjxBEAvMQRALrWAQCtKAAA40sCALEzDAAKNAwAI0wAAIsWBgBnmwAAwJsAAFEIAwA13AoAjtwKAONLAgDaDA4AmQkPAPIJDwBLCg8ApAoPAP0KDwBWCw8ArwsPAAgMDwBGlwgAK00OAFkAAABZAAAApicLAJjbAQAjTAAA40sCAEaXCADn0gEAAAAAAGebAAAIqA0AxLENAPwfAABhGQAAHdQIAHbUCACY0AAA8dAAAErRAABzXAMAJGUDAH1lAwBfogsAbBoAAGXWDADMhw8AZAEAAL0BAAAWAgAAbwIAAMgCAABGlwgAK00OAFkAAABZAAAARAwCAOnjBABnmwAAprkAAJjbAQCZhQIArm0HAONLAgDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAABhhwoAuocKAAAAAADXlQAA4qEBAJjbAQDx2wEA8w4AAONLAgAjsAEA6eMEAELkBABZAAAAIrgBAHu4AQDUuAEALbkBAIa5AQDfuQEAOLoBAAAAAABzXAMA6X8DAOfSAQBA0wEAmdMBANoBDQDwXA0ASV0NABVADQBuQA0Ax0ANACBBDQCSZAIACjQMAM+SAgAHjwoAYI8KALmPCgAd1AgA40sCALwSEQB1mQoA40sCAJOSDwBbXRIA1UwAAC5NAACHTQAA4E0AADlOAACSTgAAAAAAAHShCgAi4w0ARpcIAPwfAABVIAAAriAAAAchAABgIQAAuSEAAGGHCgC6hwoAAAAAANeVAABnmwAA8w4AANLTAgBf5gEAHdQIAONLAgBGlwgAGzMAAHQzAADNMwAAJjQAAGJoEADKYQIAMY4AAGDeAQD8HwAAHdQIAONLAgDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAKduAgAAbwIArKoDAAWrAwBeqwMAt6sDABVADQBuQA0AExoAAGwaAABl1gwAzIcPAGQBAAC9AQAAFgIAAG8CAADIAgAALHMCAIVzAgAiqxAAe6sQAAzWDAAYVgEAcVYBAFEIAwDioQEAHdQIAOD9EAAM1gwAZdYMAMyHDwBkAQAAvQEAABYCAABvAgAAYmgQAMphAgAxjgAAYN4BAPwfAAAd1AgA40sCANgcDgCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAp24CAABvAgCsqgMABasDAF6rAwC3qwMAFUANAG5ADQATGgAAbBoAAGXWDADMhw8AZAEAAL0BAAAWAgAAbwIAAMgCAAAscwIAhXMCACKrEAB7qxAADNYMABhWAQBxVgEAUQgDAOKhAQAd1AgA4P0QADGOAABg3gEANegDAHNcAwDpfwMAGzMAAHQzAADNMwAAJjQAAGJoEADzDgAA/B8AAFUgAACuIAAAByEAAGAhAABiaBAArSgAAHL/CQCY2wEA56QNANLTAgBiaBAAHiYBAPvYCADzDgAA59IBAFV5AABFOg8Ao5gLAOn4DgCUXwMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAADNYMAGXWDADMhw8AZAEAAL0BAAAWAgAAbwIAAMgCAAAeJgEAkwMCAPMOAADS0wIA40sCAFsEEgC8axEA2BwOANVABwBGlwgAr8gQAIsWBgDkFgYAO6IBAAAAAACmuQAAprkAAGebAADzDgAA59IBAONLAgDaDA4AKC0RAGEZAADT1gMAZ5sAAB3UCADjSwIAPEwCAAUZDgCY2wEA40sCANeVAADzDgAA/B8AAONLAgAAAAAAYRkAALaoAgAqjQsAuhkAAO/gAABhGQAA40sCANoMDgB21AgAqqIRAAOjEQDKYQIAMY4AAGDeAQD8HwAAAAAAAJjbAQBkcAIAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAdD4BAB3UCADg/RAAYRkAANPWAwBnmwAAHdQIAGRwAgBnmwAAwJsAAA70AADmPgMAymECADGOAAAupQgAZHACAB3UCADKYQIAZHACAGebAADAmwAADvQAAOY+AwDXlQAAymECALVVEgDp4wQAprkAAONLAgC2qAIAD6kCAGipAgDjSwIAYYcKALqHCgAjTAAAixYGAOQWBgBnmwAAUQgDAKoIAwADCQMA40sCANoBDQDwXA0ASV0NABVADQBuQA0Ax0ANACBBDQB2Fg8AShIPAExyCQB8sAEA7+AAAGebAABhGQAAuhkAAEVSAQCeUgEATBgRAFhJDgBZAAAAWQAAAKYnCwCY2wEAI0wAAF/mAQAd1AgAZHACADGOAACY0AAA8dAAAErRAABkcAIAHiYBAHcmAQBXlAwAAAAAACOwAQDp4wQAZ5sAAGEZAAAjTAAA40sCANoMDgCZCQ8A8gkPAEsKDwCkCg8A/QoPAFYLDwCvCw8ACAwPAEaXCAArTQ4AWQAAAFkAAACmJwsAmNsBACNMAADjSwIA2BwOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAdtUAABhWAQBxVgEAI0wAACqDAgDHYggAMZkBAF2FDwDjSwIAYYcKALqHCgAAAAAA15UAAGebAADzDgAA0tMCAF/mAQAd1AgA40sCAFsEEgC0BBIADQUSAGYFEgC/BRIAVSAAAK4gAAAHIQAA15UAACNMAAB8TAAA1UwAAGEZAAAjTAAAsvQGAKa5AACSFgMAPpUCALL0BgA75AcAdZkKAONLAgAM1gwARAwCANeVAAAOWAIA4qEBADuiAQDjSwIAMY4AAJjQAADx0AAAt+MAANgcDgCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAHdUAAGGHCgC6hwoAAAAAANeVAADioQEAmNsBAPHbAQAAAAAAmNsBAMJHCgB1mQoADlgCAFkAAACyAAAACwEAAONLAgB5mg0AWQAAALIAAAALAQAAZAEAAL0BAAAWAgAAbwIAACMJAgB8CQIAuWMGAJIWAwDrFgMARBcDAK3CDgAGww4AX8MOACxzAgDioQEAqtsGAHxMAADoTg4Ay7EKACNMAADjSwIA2BwOAN4NEQAPDQQA40sCAAzWDABl1gwAzIcPAGQBAAC9AQAAFgIAAG8CAADIAgAAuWMGABJkBgBrZAYArSgAAHL/CQAOWAIA15UAAJjbAQDx2wEAmNsBAONLAgC5YwYA/7kAAFi6AACxugAACrsAAGO7AAC8uwAARpcIAPwfAABhGQAAI0wAAONLAgDYHA4AmNAAAPHQAABK0QAAp24CAABvAgCsqgMABasDAF6rAwC3qwMAFUANAG5ADQATGgAAbBoAAGXWDADMhw8AZAEAAL0BAAAWAgAAbwIAAMgCAADaAQ0A8FwNAEldDQBGlwgA/B8AAAAAAAAxjgAAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAM6PAQAnkAEAgJABANmQAQCWZQUA2BwOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAM+SAgAHjwoAYI8KALmPCgASkAoAa5AKAMSQCgDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQDXlQAA8w4AAMunAQA7ogEADlgCAONLAgAeJgEA+9gIAOOCBwCCJgkAMY4AAN4NEQDT1gMAe4AEAB4mAQDjSwIAAAAAAKa5AAAxmQEAipkBAOOZAQBhGQAAz5ICACiTAgCBkwIAsBsBAHNcAwCwGwEAMY4AAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAADOjwEAJ5ABAICQAQDZkAEAAAAAADvkBwB1mQoADlgCAGdYAgDzDgAA/B8AAOOCBwCxVQcAClYHANX8EACq2wYAjYwCAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAzbgEACa5BAB/uQQA2LkEADG6BACKugQA47oEADy7BACVuwQAawoOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAO6IBAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AADmPgMA2BwOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAGRwAgCY2wEA8dsBAPyOAgAKdhIA8w4AAPwfAAAd1AgA40sCAGJoEADVYBIAI7ABAHywAQDVsAEALrEBAIexAQDgsQEALHMCAIVzAgAiqxAAe6sQAGGHCgC6hwoAE4gKAGyICgDFiAoAHokKAONLAgDXlQAA8w4AAMunAQA7ogEADlgCAONLAgDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAAeJgEA+9gIAOOCBwCCJgkAMY4AAN4NEQDT1gMAe4AEACNMAABkcAIAMY4AAPNxCQBMcgkAfLABAO/gAABnmwAAHdQIAONLAgBiaBAAmNsBAMJHCgDKYQIAMY4AAMphAgC1VRIAFF4PAG1eDwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAZ5sAAMCbAAAO9AAA5j4DAIqOAADjjgAAPI8AAJWPAADujwAAZq4BAL+uAQAYrwEAca8BAMqvAQDg/RAAwJsAAA70AADmPgMA+z0CAKa5AABnmwAAWQAAACNMAACy9AYAO+QHAONLAgAAAAAAAAAAAAAAAACWZQUAYYcKALqHCgD4gQYAYN4BAEwPAAB1mQoAc1wDALwJAADXlQAA8w4AAPwfAABVIAAAYRkAAM+SAgAokwIAgZMCACPFCwB8xQsA1cULAAzWDABl1gwAzIcPAGQBAAC9AQAAFgIAAG8CAADIAgAAFUANAG5ADQDHQA0AIEENAHYWDwBKEg8ATHIJAHywAQDv4AAAZ5sAAB3UCABxgQ0AuhkAABMaAADYHA4A3/oPAOOOAAA8jwAAlY8AAO6PAABHkAAAk5IPAA/fDwAQcw4Ak5IPAFtdEgDioQEAe4AEANSABABRCAMAdKEKAOhODgDzDgAA0tMCACxzAgDioQEAqtsGAHxMAADjSwIAYYcKAJmFAgDKYQIAymECAOKhAQCq2wYAHiYBAAAAAADjSwIAPEwCAJVMAgDuTAIAR00CAONLAgAM1gwARAwCABReDwBtXg8AYN4BAPwfAAC5YwYAgiYJANsmCQA0JwkAjScJAONLAgAPDQQAaA0EAMENBACY2wEA40sCALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBAD7UwQAEyQJAPwfAADiiQ8AI0wAALL0BgA7ogEADlgCAK0oAAAQ7wEAae8BAMLvAQD2AQEAsBsBAK0oAAAQ7wEAae8BAMLvAQBpaQUAwmkFABtqBQDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQCTkg8AD98PADvkBwAd1AgA4P0QAO96DwAAAAAAAAAAAAAAAAAAAAAA40sCACrRAQDKYQIAMY4AAC6lCADjSwIAuWMGAJjbAQDx2wEAStwBAOD9EABhGQAAI0wAALL0BgAxjgAA83EJAPMOAAAAAAAAYRkAAFEIAwCqCAMAAwkDAOnjBAAd1AgAdtQIAIqOAADjjgAAPI8AAJWPAADujwAAqPUPAA+pAgBoqQIA4qEBAOKhAQAOWAIAYRkAAM+SAgBqjQkA15UAAJjbAQDx2wEAStwBABDuCQBnmwAA8w4AALP2DwC6GQAARVIBAB4mAQBqbAYAPpUCAKa5AAAd1AgA4P0QAGEZAADT1gMAZ5sAAAAAAAA75AcADlgCAOKhAQA7ogEA40sCADxMAgCVTAIA7kwCAEdNAgA8TAIABRkOAJjbAQDjSwIA15UAAPMOAAD8HwAAVSAAAONLAgA8TAIAlUwCAO5MAgBHTQIAPEwCAAUZDgCY2wEA40sCANeVAADzDgAA/B8AAONLAgDYHA4AmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAC+tgEAF7cBAHC3AQDJtwEA40sCANeVAADzDgAA/B8AAFUgAABhGQAAz5ICACiTAgBRCAMANdwKAI7cCgDnpA0Ay6cBADvkBwB1mQoA4qEBADuiAQDT1gMAWd4EAJMDAgAeJgEA40sCAEaXCAArTQ4AWQAAAFkAAACmJwsAmNsBACNMAABf5gEAHdQIAONLAgDYHA4AYXsRAOKhAQDjSwIAUQgDADXcCgCO3AoA56QNAMunAQA75AcAdZkKAONLAgDaAQ0AAAAAAPMOAADn0gEAQNMBAHNcAwDzDgAANegDAONLAgBhhwoAwkcKAMuxCgAjTAAAsvQGADuiAQBnmwAA8w4AAHWZCgDOmQoAJ5oKAICaCgDZmgoAMpsKADuiAQAOWAIA40sCAJOSDwAP3w8ADgkLAGcJCwAP3w8AAAAAAGebAAAd1AgARGQKAHuABADUgAQAvBIRAHWZCgDzDgAA59IBAPwfAABVIAAAsvQGADvkBwB1mQoAZ5sAAMCbAAAO9AAA5j4DAKrbBgBf5gEAuOYBABHnAQBq5wEAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGebAADzDgAA0tMCAHNcAwDXlQAAMJYAAHILAwCq2wYAc1wDADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAoPQBAPn0AQBS9QEAq/UBAAT2AQBd9gEAtvYBAA/3AQAxjgAAjksNAEBMDQBzXAMAymwDAO6vCwDdChAANgsQAI8LEADoCxAAQQwQAJoMEADzDBAAmYUCAPKFAgBLhgIArSgAABDvAQBp7wEAwu8BAOD9EADAmwAADvQAAOY+AwAAAAAAMY4AAFEIAwCqCAMA3XsCACOwAQAxjgAA3g0RAA5YAgDdewIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAHbgAQDP4AEAKOEBAIHhAQDa4QEAHiYBAFkAAACyAAAAcboCANX8EAAu/RAATA8AAHWZCgCtKAAAEO8BAGnvAQBZNg0AsjYNANeVAAAjsAEAI0wAALL0BgBZAAAARAwCABReDwDzexIAEO8BAGnvAQBZNg0AsjYNAPwfAABVIAAADvQAAOY+AwAAAAAA40sCAFsEEgAjYgIAfGICANViAgAuYwIAh2MCAOBjAgAjsAEAMY4AAN4NEQBhGQAAZ5sAAB3UCADjSwIAPEwCAAUZDgCY2wEAX+YBAOn4DgC1YgMAEKsLAEWTDwDaDA4AMw0OAN0KEAA2CxAAjwsQAOgLEABBDBAAmgwQAAzWDABl1gwAowcOAPwHDgBVCA4A40sCANgcDgD1BxEA40sCALEzDAARzw8AoE0CAPlNAgBSTgIAq04CAARPAgA8TAIAcv8JAJz8DwD1/A8ATv0PAKf9DwAA/g8AWf4PALL+DwAscwIA4qEBAKrbBgB8TAAA6E4OAMuxCgAjTAAA40sCAGGHCgDF9wwAcT4PAMo+DwAjPw8AfD8PANU/DwDYHA4A3g0RAA8NBADjSwIA2BwOAPUHEQBOCBEApwgRAAAJEQBZCREAsgkRAGebAACnYwEAoE0CAPlNAgBSTgIAq04CAARPAgCxMwwAEc8PAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKduAgAAbwIAsTMMABHPDwCgTQIA+U0CAFJOAgCrTgIABE8CAOdADAAjsAEAFF4PAPN7EgBMfBIApXwSAAFPEABIew8A40sCAGGHCgDV/BAAbX8SAMZ/EgAfgBIA50AMAEBBDAA8TAIAlUwCAO5MAgBHTQIAAAAAAO96DwDjSwIAYYcKANX8EABtfxIAxn8SAB+AEgDnQAwAQEEMADxMAgCVTAIA7kwCAEdNAgA8TAIAlUwCAO5MAgBHTQIAG/ABAJZlBQC9ChEAFgsRAG8LEQDICxEAIQwRAAAAAADXlQAAMJYAAHILAwCq2wYA3XsCAD/ZEQAd1AgAtqgCANeVAAAwlgAAcgsDAKrbBgDdewIA++IRAJjbAQCZhQIArm0HAPvYCADv4AAAO+QHAJjbAQC2qAIA3XsCADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAz+ABAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAArSgAABDvAQBp7wEAwu8BAFkAAAAI1QkA44IHACNMAABf5gEAUQgDAKoIAwADCQMAXAkDALUJAwDzDgAA40sCAJOSDwAP3w8AEHMOAFsEEgC8axEAAAAAANgcDgD1BxEATggRAKcIEQAACREAWQkRALIJEQCxMwwAryERAAgiEQBhIhEAc1wDAAAAAAA75AcAI0wAAKa5AAAxmQEADv8BAGf/AQDA/wEAGQACAPHbAQBK3AEA40sCANeVAADzDgAAy6cBADuiAQAOWAIA40sCAAFPEABIew8AsTMMAAAAAAAjsAEAAAAAANeVAAAxjgAA83EJAAAAAAAAAAAA15UAACNMAADjSwIALHMCAIVzAgAiqxAA40sCALEzDAAAAAAA15UAADGOAAB0oQoA6E4OAMuxCgAksgoAfbIKANayCgBbBBIAL7MKAIizCgDhswoAWwQSALljBgASZAYAa2QGABqSEABzkhAAzJIQALljBgASZAYAa2QGABqSEABzkhAAzJIQADGOAADeDREAAAAAAONLAgAOWAIAZ1gCAMBYAgAAAAAAI0wAAF/mAQC45gEAEecBAN17AgC88Q0AFfINAO/gAAD1bQIATm4CAA8NBAAjTAAAX+YBALjmAQAR5wEA3XsCADZ8AgCZhQIA8oUCAEuGAgCkhgIA8w4AAIsWBgB9LA4A8oUCAEuGAgCkhgIAI0wAAHxMAAC/XhIAGF8SAHFfEgAAAAAAmNsBAPHbAQBo9wEA0qYGAOOCBwAjTAAA8w4AAN17AgAUgQIAbYECAMaBAgAfggIAeIICANGCAgAjTAAAKoMCAOuaDwB8TAAAv14SABhfEgA75AcA3XsCABSBAgB8TAAAv14SABhfEgBxXxIAMY4AAI5LDQB7gAQA/B8AAAioDQBhqA0AuqgNABOpDQBsqQ0A3XsCABSBAgB8TAAAv14SABhfEgBxXxIA3XsCABSBAgB8TAAAv14SABhfEgAPDQQAWQAAAAjVCQBnmwAAwJsAAA70AADmPgMArSgAAAYpAADAmwAA8dsBAGEZAACmuQAAZ5sAAGebAADAmwAADvQAAOY+AwAxjgAArm0HAPvYCABnmwAAwJsAAA70AADmPgMAI0wAACNMAACLFgYA5BYGAMphAgAjYgIAfGICAF/mAQBnmwAAwJsAAA70AADmPgMAHiYBAPvYCAAjTAAAfEwAAOhODgAd1AgA4P0QAMCbAAAO9AAA5j4DACOwAQAjsAEAWQAAAKYnCwDioQEAO6IBANvvAwA08AMArDkRAPHbAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAmNsBAPHbAQD8jgIAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAAZ5sAAA8NBABnmwAAwJsAAA70AADmPgMAHdQIAOD9EACnYwEAyCETAMCbAAAO9AAA5j4DAAAAAABnmwAAwJsAAMJHCgAd1AgARGQKAFEIAwDioQEAe4AEAMunAQA75AcAdZkKAGebAADAmwAADvQAAOY+AwDKYQIAvFUPAMuxCgAwlgAAIxQDACOwAQB8sAEASkoMAKNKDAD8SgwAFF4PAMCbAAAO9AAA5j4DAN4NEQAOWAIAo5gLAGebAADAmwAADvQAAOY+AwCY2wEADlgCANeVAAAeJgEA+9gIAGEZAAAjTAAAX+YBALLoDQAO9AAA5j4DADvkBwDLsQoAI0wAACqDAgCtKAAAymECALxVDwDLsQoAMJYAACMUAwDzDgAA/B8AAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAxjgAAYN4BALneAQAbMwAAkhYDAGDeAQDS0wIAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAQ7gkAlOQHAO3kBwBeOwkAtzsJABA8CQBpPAkAwjwJABs9CQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAOOCBwCxVQcAClYHAOekDQDLpwEAO+QHAHWZCgBnmwAAwJsAAA70AADmPgMAI0wAADGOAACKjgAAtqgCADvkBwBRCAMANdwKAI7cCgCtKAAAI7ABAHywAQDv4AAAZ5sAAMCbAAAO9AAA5j4DALL0BgAL9QYAst4EAEQMAgAUXg8AHiYBAPvYCABhGQAAI0wAAF/mAQAd1AgA4P0QAMCbAAAO9AAA5j4DAPMOAABYSQ4AWQAAAFkAAACmJwsAmNsBACNMAABf5gEAHdQIABDuCQCU5AcA7eQHAF47CQC3OwkAEDwJAGk8CQDCPAkAGz0JAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAI7ABACOwAQAUXg8ADlgCACDdCwDzcQkAMY4AAHG6AgDKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQCZhQIADw0EAOKhAQA7ogEAJasCAH6rAgDXqwIARL4CAJ2+AgD2vgIAT78CAKi/AgABwAIAWsACALPAAgAMwQIAZcECAL7BAgAXwgIAcMICAMnCAgAiwwIAe8MCANTDAgAtxAIAhsQCAB4mAQDKYQIAvGsRAMCbAACtKAAABRkOAJjbAQAeJgEAamwGAD6VAgBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKa5AACxVQcAClYHAGNWBwC8VgcAFVcHAG5XBwAeJgEAdyYBAFeUDABEZAoAL98OAHL/CQCmuQAAkhYDAD6VAgCy9AYAO+QHAHWZCgBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAAAAAAAxjgAA83EJANeVAABnmwAAZ5sAAMCbAAAO9AAA5j4DANPWAwCmuQAAMZkBAIqZAQDjmQEAZ5sAAGEZAACmuQAAMZkBAIqZAQDjmQEAZ5sAAMCbAAAO9AAA5j4DAB3UCADg/RAA44IHADyDBwCKmQEA45kBAGebAADAmwAADvQAAOY+AwAd1AgA4P0QAK0oAABy/wkAnPwPAGebAAAd1AgAMY4AAPNxCQBMcgkApXIJAJOSDwAP3w8AEHMOANgcDgDVQAcAHiYBAPvYCABU2QgAymECALxrEQDAmwAA40sCADxMAgAKdhIAMJYAAB/7DQAjTAAAsvQGADvkBwB1mQoAX+YBAKXhCwD+4QsAI0wAAONLAgCTkg8AD98PABBzDgBhhwoAuocKAPiBBgAupQgA40sCAAzWDAAYVgEAcVYBACEBEAB6ARAA0wEQACwCEACFAhAA2BwOAPUHEQBOCBEAy6cBACSoAQB9qAEA40sCAAzWDAAYVgEAcVYBACEBEAB6ARAA0wEQACwCEACFAhAA15UAADCWAAAjFAMAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMAPsAOAJfADgDwwA4AScEOAKLBDgD7wQ4AO+QHAONLAgA8TAIABikAAO/gAADjSwIA2BwOADEdDgDKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDzDgAA40sCAJOSDwAP3w8AEHMOADxMAgAKdhIAMJYAAB/7DQAjTAAAsvQGADvkBwB1mQoA3g0RAGEZAAC6GQAARVIBADlkAgBhhwoAuocKAErcAQDg/RAA44IHAP+5AADfxAIAcboCAPHbAQDCRwoAKtEBAJOSDwC5YwYADw0EAOQVDgA9Fg4AlhYOAO8WDgBnmwAAwJsAAA70AADmPgMAYRkAACNMAAAxjgAAPpUCALL0BgA75AcAdZkKAGebAADAmwAADvQAAOY+AwBOKgwAcv8JAJz8DwAlqwIA40sCAEaXCABKQAMAHiYBAMphAgC8VQ8A4qEBAKPnAgAxjgAAPpUCALL0BgA75AcAdZkKAONLAgCxMwwAryERAAgiEQBhIhEAPEwCAJVMAgDuTAIAR00CAAAAAADjSwIA2gENADMCDQCI9RAA4fUQADr2EACT9hAAwP8BAD6VAgCy9AYAymECALVVEgAUXg8Ak5IPAI2MAgDmjAIAP40CALljBgCSFgMACDoDAGE6AwC6OgMAEzsDAGw7AwA+RwMAl0cDAPBHAwBJSAMAokgDAPtIAwBUSQMArUkDAAZKAwBfSgMAAAAAANeVAAAwlgAAIxQDAHwUAwDVFAMALhUDAIcVAwDgFQMAuWMGAJIWAwAIOgMAYToDALo6AwATOwMAbDsDANeVAADzDgAAk5IPAA/fDwClMAMA/jADAB4mAQBqbAYA3g0RABVADQBuQA0Ax0ANACBBDQCSZAIACjQMAGM0DADLsQoADlgCAB4mAQC8xgEAe4AEAOfSAQDLpwEAO6IBAA5YAgDjSwIAYYcKALqHCgAjTAAA15UAAJjbAQDaDA4AKC0RAOOCBwD/uQAA38QCAHG6AgDx2wEAStwBAONLAgDYHA4A3g0RAB3UCADjSwIAFUANAG5ADQDHQA0AIEENANeVAADzDgAA/B8AANoBDQAzAg0AlKIBAO2iAQBGowEAn6MBAPijAQCFwQEAvBIRAJTkBwDt5AcAXjsJALc7CQAQPAkAaTwJAMI8CQBZ3gQAst4EAAvfBABk3wQAvd8EABbgBAAd1AgA40sCANgcDgDeDREAHdQIAONLAgAVQA0AbkANAMdADQAgQQ0A15UAAPMOAAD8HwAARpcIAEpAAwCjQAMA/EADAFVBAwCuQQMA6AAPAEEBDwCaAQ8A8wEPAEwCDwC8CQAACaANAPwfAABRCAMANdwKAI7cCgDV/BAAqtsGAI2MAgC8CQAAsisMAAAAAACnbgIAvIMDAB4mAQD72AgA8w4AAOfSAQBVeQAARToPAKOYCwC8CQAAsisMAAAAAACWZQUA2gENAPBcDQBJXQ0AWwQSALxrEQBe1wcAfLABAO/gAADjSwIAk5IPAFtdEgDVTAAAsTMMABHPDwCgTQIA+U0CAFJOAgCrTgIABE8CAB4mAQC8xgEAFccBAG7HAQDHxwEAIMgBAHnIAQDSyAEAuWMGABJkBgCMnwMA5Z8DAD6gAwCXoAMA8KADAFneBACy3gQARAwCABReDwDjggcAPIMHAIyfAwDjSwIAPEwCAJVMAgDuTAIAR00CACxzAgDioQEAqtsGAHxMAADjSwIAsTMMABHPDwBqzw8Aw88PAFEIAwA13AoAjtwKAJmFAgBFOg8Ao5gLAJOSDwBbXRIAtF0SAPHbAQDzDgAA9mUCAE9mAgAjsAEAHdQIAONLAgA8TAIABRkOAJjbAQDFDQ8AHg4PAHcODwDQDg8AKQ8PAIIPDwDbDw8ANBAPAI0QDwAeJgEA+9gIAGebAAAjTAAAWwQSACNiAgB8YgIA1WICALEzDAARzw8AoE0CAPlNAgBSTgIAq04CAARPAgAeJgEAvMYBABXHAQBuxwEAx8cBACDIAQB5yAEA0sgBANoBDQDwXA0A3g0RANPWAwCmuQAAc1wDAASyCwDF9wwAHvgMAHf4DADQ+AwAKfkMAKevEACvIREACCIRAGEiEQDjSwIAvBIRAMuxCgAjTAAA40sCALwSEQCtKAAA40sCAFsEEgC8VQ8Ay7EKADCWAAAjFAMAYYcKAJmFAgACuAIAW7gCAC6lCAAd1AgA40sCACxzAgDioQEAqtsGAHxMAADjSwIAvBIRAFEIAwA13AoAjtwKAK0oAAAjsAEAfLABAEaXCAArTQ4AhE0OAN1NDgCLFgYAfSwOANYsDgCcbAoA40sCACxzAgDioQEAqtsGAHxMAADjSwIAvBIRAFEIAwA13AoAjtwKAK0oAAAjsAEAfLABAB4mAQCTAwIA7AMCAEUEAgCeBAIA9wQCAFAFAgAPDQQA40sCACxzAgDioQEAqtsGAHxMAADjSwIAvBIRAFEIAwA13AoAjtwKAK0oAAAjsAEAfLABANoMDgAzDQ4AUQgDAOKhAQAd1AgA4P0QACxzAgDioQEAqtsGAHxMAADjSwIAvBIRAFEIAwA13AoAjtwKAK0oAAAjsAEAfLABAOKhAQCj5wIA40sCAAzWDACmJwsA4qEBADuiAQDb7wMANPADAKw5EQDjSwIA2gwOACgtEQDAmwAA8dsBAPyOAgBVjwIAro8CAAeQAgBgkAIAuZACANgcDgD1BxEATggRAMunAQAkqAEAfagBAB4mAQD72AgAYRkAACNMAADjSwIAk5IPAA/fDwAQcw4AsTMMAAo0DAAjTAAAixYGAA8NBADjSwIA2gENADMCDQCMAg0AFUANANPWAwAs1wMAhdcDAB4mAQBqbAYAI7ABAOnjBACmuQAAZ5sAAFsEEgC8VQ8Ay7EKADCWAAAjFAMA8w4AAONLAgC8EhEAy7EKACNMAADjSwIAvBIRAK0oAADjSwIAYYcKAJmFAgACuAIAW7gCACNMAABf5gEADlgCAKOYCwDAmwAA40sCANoMDgAzDQ4AUQgDAOKhAQAd1AgA4P0QAFsEEgC0BBIADQUSAJStAgDtrQIARq4CALaoAgAPqQIAHdQIAONLAgDYHA4APpUCALAbAQAJHAEAkhYDAOsWAwBEFwMArcIOAAbDDgBfww4AuMMOABHEDgBqxA4Aw8QOABzFDgB1xQ4AzsUOACfGDgCAxg4A2cYOADLHDgCLxw4A5McOAD3IDgCWyA4A78gOAEjJDgChyQ4A+skOAFPKDgCsyg4ABcsOAF7LDgC3yw4AEMwOAGnMDgDCzA4AG80OAHTNDgDNzQ4AJs4OAH/ODgDYzg4AMc8OAOKhAQA7ogEAJasCAH6rAgDXqwIA17YDADC3AwCJtwMA4rcDADu4AwCUuAMA7bgDAEa5AwCfuQMA+LkDAFG6AwCqugMAA7sDAAAAAAA75AcAy7EKAONLAgAREg4AahIOAFEIAwA13AoA2BwOAN4NEQA3DhEAkA4RAOkOEQBCDxEAmw8RANoBDQAzAg0AjAINAA8NBABoDQQAwQ0EAJjbAQDjSwIARpcIAJ+XCAD4lwgAUZgIAKqYCABKQAMAo0ADAPxAAwBVQQMAuWMGABJkBgBdhQ8A15UAAB4mAQBhGQAA40sCAMCbAADx2wEA2gENAPBcDQBJXQ0AFUANAG5ADQATGgAAbBoAAGXWDABxugIAmYUCAK5tBwD72AgAI0wAAF/mAQCy6A0A40sCAAzWDAAYVgEA8dsBAPx2EACyAAAAcboCAPHbAQBK3AEA40sCAEaXCACvyBAACMkQAD6VAgBf5gEApeELAPvYCABhGQAAI0wAAONLAgDaDA4AdtQIAKqiEQADoxEAymECADGOAABg3gEA/B8AAEaXCABKQAMActINAMvSDQAk0w0AfdMNAONLAgDaAQ0A8FwNAEldDQBGlwgAr8gQAAjJEADybRAAS24QALL0BgA7ogEADlgCAONLAgDXlQAA9mUCANeVAAAjTAAAI0wAALL0BgA7ogEADlgCAONLAgDaDA4AmQkPAO/gAADaAQ0AMwINAIwCDQBhhwoAuocKAP/PAgA8gwcAjJ8DAOWfAwA+oAMADw0EAONLAgAeJgEAdyYBAFeUDAAxjgAALqUIAERkCgA7ogEADlgCAONLAgBhhwoAuocKAErcAQCj3AEA/NwBAFXdAQDaAQ0A8FwNAEldDQAjsAEAfLABAEE6BACaOgQA8zoEAEw7BAClOwQA/jsEAJOSDwBbXRIA1UwAAHsnBADUJwQALSgEAIYoBABg3gEA/B8AAOKJDwDjSwIA2gENADMCDQCMAg0AHiYBAPvYCABU2QgAdyYBAJjbAQDaAQ0A8FwNAEldDQDaAQ0AMwINAIwCDQDCDw0AGxANAHQQDQAM1gwAGFYBAHFWAQBZQQ4AskEOAAtCDgBkQg4AMt0QALwSEQCtKAAA40sCAEaXCACvyBAACMkQAPJtEABLbhAAsvQGADuiAQAOWAIA40sCANeVAACLmwoA5JsKAD2cCgCTkg8AD98PABBzDgBGlwgA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA2BwOAD6VAgDLsQoAJLIKAH2yCgDWsgoAL7MKAIizCgDhswoAOrQKABFrDgCLFgYAfSwOAAK4AgDzDgAANegDADGOAAA+lQIAX+YBABESDgDoTg4A8w4AANLTAgDjSwIAFUANAM+SAgAokwIAgZMCACOwAQB8sAEASkoMAKNKDAD8SgwAdKEKAOhODgDzDgAA0tMCALwJAAAVCgAAk5IPAA/fDwAQcw4A2BwOAC6lCAAd1AgAmNsBAPHbAQDzDgAA59IBAHNcAwC8EhEAdZkKAONLAgBGlwgATA8AACEYCgB6GAoA0xgKACwZCgDjSwIAWQAAACNMAACy9AYAO6IBAA5YAgDjSwIAuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAolMEAH5cCwDXXAsAvBIRAHWZCgDjSwIA15UAADCWAAByCwMA+z0CAONLAgDaDA4AmQkPAB4mAQBqbAYAjksNADuiAQDjSwIARpcIAEwPAAAhGAoAehgKANMYCgAsGQoA40sCAJO0CgDstAoARbUKAJ61CgD3tQoAULYKAKm2CgACtwoAW7cKALS3CgBGlwgA/B8AAFUgAACuIAAAByEAAGAhAABzXAMA8w4AAONLAgCTkg8AW10SANVMAAAuTQAAh00AAOBNAAA5TgAAkk4AAOtOAABETwAAnU8AAMX3DABxPg8Ayj4PACM/DwB8Pw8A1T8PALwSEQB1mQoA40sCABESDgDoTg4A8w4AACOwAQB8sAEASkoMAKNKDAD8SgwARBcDAAAAAAAjsAEA8w4AANLTAgAr1AIAPpUCAF/mAQAq0QEAAAAAAAAAAAAAAAAAAAAAAAAAAABIUAMAoVADACrRAQAAAAAASFADAKFQAwCKVgMAEmQGAHo5DQDTOQ0ALDoNAIU6DQDeOg0ANzsNAJA7DQDpOw0AknoEAOt6BABEewQAnXsEAPZ7BABPfAQAqHwEAAF9BABafQQAs30EAAx+BABlfgQAvn4EABd/BABwfwQAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBAD7UwQAVFQEAK1UBAAGVQQAX1UEALhVBAARVgQAalYEAMNWBAAcVwQAdVcEAM5XBABIWwQAoVsEAPpbBABTXAQArFwEAAVdBABeXQQAt10EABBeBABpXgQAwl4EABtfBAB0XwQAzV8EACZgBAB/YAQA2GAEAA5YAgBzXAMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBJUwQAolMEAMphAgAxjgAA8w4AAEKLBACbiwQAFF4PAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAlLw8Afi8PANcvDwAwMA8AiTAPAOIwDwA7MQ8AlDEPAO0xDwBGMg8AVFQEAK1UBAA8TAIAlUwCAO5MAgBHTQIA28EPAMJpBQAbagUAdGoFAM1qBQAmawUAf2sFANhrBQAxbAUAsTMMABHPDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEALHMCAHShCgDioQEAo+cCABReDwC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAIFmBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBABdhgcAtoYHAA+HBwBohwcAwYcHABqIBwBKQAMAo0ADAKa5AABZAAAAa6cEAN17AgBvvREAyL0RAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAPMOAADdewIAY8QRAJIWAwAIOgMAYToDALo6AwATOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAGEZAAC6GQAA7+AAAGebAADAmwAADvQAAOY+AwC8xBEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAAd1AgAEO4JAGebAADzDgAAs/YPALoZAABFUgEAvg8CAKdjAQB6RA4Ae4AEANLTAgBf5gEAsugNAA70AADmPgMAuWMGAJIWAwDrFgMARBcDAJ0XAwA8TAIAlUwCAO5MAgBHTQIAHiYBAFkAAACmJwsAmNsBACNMAABf5gEAsugNAA70AADmPgMAI7ABAOnjBABC5AQAWQAAAANBAADdewIAP9kRAOKhAQDKYQIAl3MHAJmFAgBxugIADw0EAONLAgAVQA0AbkANAMdADQAgQQ0AI7ABAHywAQBBOgQAmjoEAOD9EAAd1AgAc1wDAG7yDQCU5AcA7eQHAEblBwDjSwIARpcIAPZlAgAxjgAAcboCAPHbAQBK3AEA40sCALwSEQDKYQIAaPcBANKmBgDjggcAI0wAAONLAgA8TAIAcv8JAMv/CQAkZQMAfWUDAF+iCwBsGgAAA0EAAONLAgAscwIASOEAAJmFAgBhexEAunsRAAjVCQBh1QkA40sCANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIA40sCANoBDQBZ3gQAst4EAEQMAgAUXg8AHiYBAPvYCABhGQAAI0wAADGOAAA+lQIAsvQGADvkBwB1mQoAc1wDACOwAQDp4wQAQuQEAFkAAAADQQAA40sCACOwAQDp4wQAQuQEAJvkBAD05AQATeUEAKblBAD/5QQAWOYEALHmBAAK5wQAY+cEAHlBDQDSQQ0AK0INAIRCDQDjSwIAI7ABAOnjBABC5AQAm+QEAPTkBABN5QQApuUEAP/lBABY5gQAseYEAArnBABj5wQAeUENANJBDQArQg0AhEINABhWAQBxVgEAIQEQAHoBEADTARAAI7ABAA8NBACmuQAAMZkBALrWAQCtKAAAcv8JAA5YAgDXlQAAmNsBAPHbAQBK3AEAc1wDAM24BADZFA4AMhUOAIsVDgDcSwUANUwFAI5MBQDnTAUAQE0FAJlNBQDyTQUAS04FAAzWDABJrAQASkADAKa5AAAxmQEAlOQHALU0DwDtXwMARmADAJ9gAwD4YAMAUWEDAKphAwA+RwMAl0cDAPBHAwBJSAMAokgDANgcDgDVQAcADNYMAKYnCwDzDgAA0tMCAA5YAgCY2wEA8dsBAPMOAABCiwQAm4sEAGLCCADaDA4AmNsBANX8EABRCAMANdwKAI7cCgCnbgIAAG8CAJOSDwCLFgYA5BYGAGebAAAd1AgAI0wAALL0BgAL9QYAZPUGAL31BgAW9gYAb/YGAHNcAwCUXwMAzMAEACXBBAB+wQQA18EEADDCBACJwgQA4sIEADvDBACUwwQAVFQEAC8MCwCIDAsA4QwLAL31BgAW9gYAb/YGAJ4OCwAQUgsAaVILAKBNAgDioQEAmNsBAPHbAQCwGwEAtUoRAONLAgC5YwYAmNsBAPHbAQD4gQYAPpUCAF/mAQDYHA4A1UAHALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBAD7UwQAVFQEAK1UBAAGVQQAERIOAOhODgDzDgAA0tMCACOwAQB8sAEASkoMAKNKDAD8SgwAdKEKAOhODgDzDgAA0tMCAONLAgDYHA4A3g0RAB3UCADjSwIADNYMAKYnCwCY2wEAI0wAAAAAAAAAAAAAAAAAAN17AgAAAAAA3XsCAAAAAADdewIAAAAAAONLAgDYHA4A3g0RAB3UCADjSwIADNYMAKYnCwCY2wEAI0wAAAJdEgAAAAAA40sCANgcDgDeDREAHdQIAONLAgAM1gwApicLAJjbAQAjTAAAI7ABAHywAQBBOgQAmjoEAPM6BABMOwQApTsEAP47BACTkg8AW10SANVMAACwGwEAWQAAAKYnCwDzDgAA0tMCAA5YAgCY2wEA8dsBAPMOAABCiwQAm4sEALAbAQB3+QQA2BwOAN/6DwCcbAoA9WwKAE5tCgCnbQoAYYcKALqHCgD/zwIAPIMHAJjbAQAd1AgA40sCANgcDgAupQgAh6UIAOClCAA5pggAX+YBALLoDQDdewIA40sCAB4mAQC8xgEAe4AEAOfSAQDLpwEAO6IBAA5YAgDjSwIA2BwOANVABwAOWAIAo5gLAB4mAQDjSwIA2gENAKrbBgAD3AYA2gwOACgtEQA5/hAACNUJADYWEQCPFhEA8w4AAONLAgC8EhEAdZkKAAAAAAAAAAAAc1wDAMpsAwDurwsAR7ALAKCwCwD5sAsAsTMMAK8hEQAIIhEAYSIRAEtNDQCkTQ0A/U0NALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAEMpDACcKQwA9SkMAHShCgDoTg4A8w4AANLTAgDskg8AsugNAAvpDQBk6Q0AvekNABbqDQBv6g0AyOoNACHrDQB66w0A2gwOAO2rEgBnmwAAk5IPAA/fDwAQcw4AuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAolMEAPtTBABUVAQALwwLAIgMCwDhDAsAvfUGABb2BgDV/BAAqtsGAF/mAQC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAZHACAL1wAgCy9AYAC/UGAGT1BgC99QYAFvYGAG/2BgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYAjGcGAOVnBgBGlwgA/B8AAFUgAACuIAAAByEAAHNcAwCUXwMAzMAEACXBBAB+wQQA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQA+MQEAFHFBACqxQQAVFQEAC8MCwCIDAsA4QwLADoNCwCTDQsA7A0LAEUOCwAkZQMAfWUDAF+iCwBocA0AwkcKAMuxCgAjTAAAX+YBAJOSDwAP3w8AEHMOABESDgDoTg4A8w4AAGebAAAjTAAA7+AAADvkBwCY2wEAtqgCAONLAgDaAQ0A8FwNAEldDQDXlQAAMJYAAJjbAQDx2wEA+IEGAFGCBgCqggYAMY4AAMphAgC1VRIAAAAAAONLAgC2qAIAvuENADuiAQAlqwIAc1wDAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBACnbgIAAG8CALljBgCSFgMAQIMSAJmDEgDygxIA6fgOAOl/AwBMDwAAHiYBAPvYCAASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgBDKQwAnCkMAPUpDAB0oQoADw0EAAAAAAAAAAAAAAAAAEhQAwChUAMAKtEBAAAAAAAAAAAAAAAAAAAAAABIUAMAoVADAIpWAwASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBAD7UwQAXYYHALaGBwAPhwcAaIcHAMGHBwAaiAcAHiYBAKX4BQD++AUAV/kFALD5BQAd1AgAymECAONLAgAeJgEAdyYBAFeUDACwlAwACZUMAB4mAQCl+AUA/vgFAFf5BQCw+QUAprkAAP+5AABYugAAsboAAAq7AABqbAYAcboCANX8EAAxjgAALqUIAB4mAQCl+AUA/vgFAFf5BQCw+QUAYsIIANoMDgCY2wEA1fwQAFEIAwA13AoAjtwKAKduAgAAbwIAk5IPAIsWBgDkFgYAZ5sAAB3UCAAeJgEAkwMCADCWAAByCwMAywsDAJIWAwA+lQIAsvQGADvkBwB1mQoA8w4AAPwfAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAJS8PAH4vDwCNzRAAacIFAMLCBQAbwwUAdMMFAM3DBQAmxAUAf8QFANjEBQAxxQUAisUFAOPFBQDjSwIAI7ABAOnjBAA7ogEAtqgCAONLAgA8TAIAlUwCAO5MAgDS8w0AK/QNANgcDgAupQgAHdQIAJjbAQDx2wEA8w4AAOfSAQDveg8A9gEBAN/lBQDoTg4A8w4AANLTAgAdkQoAdpEKAM+RCgAokgoAgZIKANqSCgAzkwoAjJMKAOWTCgA+lAoA2BwOAN4NEQAPDQQA40sCALwSEQCtKAAA40sCAJOSDwBbXRIA1UwAAC5NAABZAAAACNUJAOOCBwDioQEAOocOAHL/CQBnmwAAHdQIAONLAgAeJgEApfgFAP74BQBX+QUAsPkFAGLCCAAREg4A6E4OAPMOAADS0wIAERIOAOhODgDzDgAA0tMCAONLAgB0oQoADw0EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlmUFAO9lBQDTcQoALHIKAIVyCgDecgoAN3MKAJBzCgDpcwoAQnQKAJt0CgD0dAoATXUKAKZ1CgD/dQoAWHYKALF2CgAKdwoAVFQEAC8MCwCIDAsA4QwLADoNCwCTDQsA7A0LAEUOCwC8EhEAlOQHAO3kBwBeOwkAtzsJABA8CQBpPAkAwjwJABs9CQDjSwIAk5IPALL0BgAL9QYAZPUGAB3UCADjSwIAvBIRAMuxCgAPDQQA8w4AAEKLBACbiwQA6eMEAGRwAgBMGBEAQosEAJuLBABkcAIAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAlLw8Afi8PANcvDwAwMA8AiTAPAOIwDwA7MQ8AlDEPAO0xDwBGMg8AnzIPAPgyDwBRMw8AqjMPAAM0DwBcNA8AVFQEAC8MCwCIDAsA4QwLADoNCwCTDQsA7A0LAEUOCwC8EhEAlOQHAO3kBwBeOwkAtzsJABA8CQBpPAkAwjwJABs9CQDjSwIAk5IPALL0BgAL9QYAZPUGAB3UCADjSwIAvBIRAMuxCgBUVAQALwwLAIgMCwDhDAsAOg0LAJMNCwDsDQsARQ4LALwSEQCU5AcA7eQHAF47CQC3OwkAEDwJAGk8CQDCPAkAGz0JAONLAgCTkg8AsvQGAAv1BgBk9QYAHdQIAONLAgC8EhEAy7EKAJjbAQDV/BAAo+cCAHywAQDVsAEADw0EAGRwAgCmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAjdoBAGJoEADVYBIA15UAADCWAACFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEAOtYFAJPWBQDs1gUARdcFAJ7XBQD31wUAUNgFAKnYBQAC2QUAW9kFAB4mAQCl+AUA/vgFAFf5BQCw+QUAAAAAALAbAQB3+QQA2BwOAN/6DwCcbAoA9WwKAE5tCgCnbQoAYYcKALqHCgD/zwIAPIMHAJjbAQAd1AgA40sCANgcDgAupQgAh6UIAOClCAA5pggAX+YBALLoDQDdewIA40sCAB4mAQC8xgEAe4AEAOfSAQDLpwEAO6IBAA5YAgDjSwIA2BwOANVABwAOWAIAo5gLAB4mAQDjSwIA2gENAKrbBgAD3AYA2gwOACgtEQA5/hAACNUJADYWEQCPFhEA8w4AAONLAgC8EhEAdZkKAAAAAAC1ShEAixYGAOQWBgA9FwYAlhcGAO8XBgBIGAYAsBsBAHf5BADYHA4A3/oPAJxsCgD1bAoATm0KAKdtCgBhhwoAuocKAP/PAgA8gwcAmNsBAB3UCADjSwIA2BwOAC6lCACHpQgA4KUIADmmCABf5gEAsugNAN17AgDjSwIAHiYBALzGAQB7gAQA59IBAMunAQA7ogEADlgCAONLAgDYHA4A1UAHAA5YAgCjmAsAHiYBAONLAgDaAQ0AqtsGAAPcBgDaDA4AKC0RADn+EAAI1QkANhYRAI8WEQDzDgAA40sCALwSEQB1mQoAAAAAABVADQBuQA0Ac1wDAAAAAAAAAAAAAAAAAAAAAAAAAAAAp24CAABvAgBGlwgAn5cIAPiXCAD0iwQATYwEAKaMBAD/jAQAWI0EAOn4DgAAAAAAAAAAAPMOAAAAAAAAAAAAAJZlBQB6qQcA06kHAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQA+1MEAFRUBAAvDAsAiAwLAOEMCwC99QYAFvYGAG/2BgBzXAMASLQEAKG0BAD6tAQAU7UEAKy1BAAFtgQAXrYEALe2BAAnQQoAgEEKANlBCgAyQgoAi0IKAEaXCABMDwAAIRgKAHoYCgDTGAoALBkKAONLAgDYHA4ArSgAACNMAABf5gEAsugNAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEA0NgBACnZAQCC2QEA29kBADTaAQDXlQAAMJYAAHILAwD7PQIA40sCAEaXCABMDwAAIRgKAHoYCgDTGAoALBkKAHNcAwAxjgAA+z0CAJjbAQDx2wEAI0wAAIsWBgDkFgYAZ5sAAPMOAABZAAAACNUJAGHVCQAO9AAA8dsBAAAAAADXlQAAZ5sAAPMOAADS0wIAX+YBALLoDQAO9AAA5j4DAASyCwBdsgsAtrILAFGCBgCqggYAA4MGAFyDBgC1gwYADoQGAGeEBgDAhAYAGYUGAHKFBgDLhQYAJIYGAH2GBgDWhgYAL4cGAIiHBgDhhwYAOogGAJOIBgDsiAYARYkGAJ6JBgD3iQYAUIoGAKmKBgACiwYAW4sGALSLBgANjAYAZowGAL+MBgAYjQYAcY0GAMqNBgAjjgYAfI4GADGOAACKjgAAgiYJANsmCQAd1AgA40sCAJOSDwBbXRIA1UwAAB4mAQBqbAYAw2wGAONLAgBhhwoAuocKACNMAACLFgYA5BYGAGebAADzDgAA40sCAAzWDAC4JxAAYdUJAONLAgBhhwoAuocKAAAAAADXlQAAZ5sAAPMOAADS0wIA40sCACOwAQDp4wQAWd4EALzGAQCq2wYAA9wGAO/gAAB0oQoA4qEBAKa5AACCJgkA40sCANoBDQDwXA0Ac1wDAKa5AACSFgMACDoDAGE6AwC6OgMAEzsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQBIkREAsugNAA70AADmPgMAGzMAAP+5AABYugAAsboAAAq7AABjuwAAc1wDAKa5AACSFgMACDoDAGE6AwC6OgMAEzsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQBIkREAsugNAA70AADmPgMAYYcKALqHCgBK3AEAo9wBAPzcAQBV3QEArt0BAAfeAQAjsAEAfLABAEpKDACjSgwA/EoMAHShCgDoTg4A8w4AANLTAgBnmwAAHdQIAERkCgB7gAQAGzMAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBJUwQAolMEADYBBwCPAQcA6AEHAEECBwCaAgcA8wIHAEwDBwClAwcASLQEAKG0BAD6tAQAU7UEAKy1BAAFtgQAXrYEALe2BAAQtwQAabcEAMK3BAAbuAQAdLgEAGj3AQDB9wEAGvgBAHP4AQDM+AEAn1QKAPhUCgBRVQoAqlUKAANWCgBcVgoAtVYKAA5XCgBnVwoAwFcKABlYCgByWAoAy1gKACRZCgB9WQoA1lkKAC9aCgCIWgoA4VoKADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBJUwQAolMEADYBBwCPAQcA6AEHAEECBwCaAgcA8wIHAEwDBwClAwcAzFwDACVdAwCFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEAOtYFAJPWBQDs1gUARdcFAJ7XBQD31wUA/B8AAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAlLw8Afi8PANcvDwAwMA8AiTAPAOIwDwA7MQ8AlDEPAO0xDwBGMg8AnzIPAPgyDwBRMw8AqjMPAAM0DwBcNA8ADNYMAJS3CwDttwsARrgLAJ+4CwD4uAsAUbkLAKq5CwADugsAXLoLALW6CwAOuwsAZ7sLAMC7CwAZvAsAcrwLAMu8CwAkvQsAfb0LANa9CwAvvgsAiL4LAOG+CwAkZQMAfWUDAF+iCwBocA0AwkcKAMuxCgAjTAAAX+YBAJOSDwAP3w8AEHMOABESDgDoTg4A8w4AACNMAADjSwIALHMCAIVzAgAiqxAAe6sQABVADQBuQA0Ax0ANACBBDQAM1gwApicLAPMOAADn0gEAy6cBAMphAgC1VRIAFF4PAJOSDwAP3w8AEHMOALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgBDKQwAnCkMAPUpDACTkg8AW10SANVMAABhhwoAuocKAErcAQCj3AEA/NwBAFXdAQBGlwgA/B8AAFUgAACuIAAAByEAAGAhAAD2AQEAUiAOALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBABCfwsAMwINAIwCDQBbBBIAl3MHAPBzBwBJdAcAonQHAGEZAADjSwIARpcIAK/IEAAIyRAAPpUCAOKhAQBZ3gQA+9gIADvkBwDLsQoAI0wAAF/mAQCy6A0ADvQAAOY+AwBvZBEAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAng4LAPcOCwBQDwsAqQ8LAAIQCwBbEAsAtBALAA0RCwBmEQsAvxELABgSCwBxEgsAyhILACMTCwBGlwgA/B8AAFUgAACuIAAAByEAAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAJGUDAH1lAwBfogsAuKILABGjCwBqowsAw6MLABykCwA8TAIAcv8JAMv/CQAkAAoAvBIRAJjbAQDjSwIA2gwOADMNDgCY2wEA8dsBAP/PAgAjTAAAKoMCAJjbAQAPDQQA40sCACrRAQDXlQAAMJYAAHILAwD7PQIAJS8PAH4vDwDXLw8AMDAPAIkwDwDiMA8AOzEPAJQxDwDtMQ8ARjIPAJ8yDwD4Mg8AUTMPAKozDwADNA8AXDQPAKyeCgB3iQoA8YwKAEqNCgCjjQoA/I0KAFRUBAAvDAsAiAwLAOEMCwA6DQsAkw0LAOwNCwBFDgsAvBIRAJTkBwDt5AcAXjsJALc7CQAQPAkAaTwJAMI8CQAbPQkA40sCAJOSDwCy9AYAC/UGAGT1BgAd1AgA40sCALwSEQDLsQoAyPYGACH3BgB69wYA0/cGALU0DwAONQ8AZzUPAMA1DwAZNg8AcjYPAMs2DwAkNw8AfTcPANY3DwBUVAQALwwLAIgMCwDhDAsAvfUGABb2BgDnpA0A/B8AAF7XBwAUXg8A44IHACNMAACy9AYAO+QHAHWZCgAjTAAAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGAGebAADAmwAADvQAAOY+AwDAWAIAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAyPYGAOVmDgA+Zw4Al2cOAPBnDgBJaA4AomgOAPtoDgBMDwAAIRgKAHoYCgDTGAoALBkKACqDAgCU5AcA7eQHAEblBwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAHNcAwCh9goAwJsAAA70AADmPgMAYRkAALoZAADumQkAR5oJAKCaCQD5mgkAUpsJAKubCQCZhQIAUQgDAKoIAwCOSw0A50sNADGOAADKYQIAtVUSAONLAgCTkg8AsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAng4LAB9UDgDHYggAIGMIAHljCADSYwgAK2QIAIRkCADdZAgANmUIANgcDgCtKAAAI0wAAF/mAQCy6A0ARpcIAPwfAABe1wcAFF4PAOOCBwAjTAAAsvQGADvkBwB1mQoA40sCALEzDACvIREACCIRAGEiEQDpfwMAgKULANmlCwAypgsAi6YLAOSmCwA9pwsA1EgHAC1JBwCGSQcA30kHADhKBwCRSgcA6koHAENLBwCcSwcA9UsHAKRkBwD9ZAcAVmUHAK9lBwAIZgcAYWYHANeVAACY2wEAmNsBAPHbAQBhGQAAI0wAAONLAgCTkg8AD98PAJTkBwCmJwsAI7ABAHywAQDVsAEADw0EAHNcAwAAAAAA40sCAJOSDwCNjAIA5owCAD+NAgDp+A4ARpcIACtNDgDioQEAqtsGADGOAADKYQIAtVUSABReDwBGlwgA/B8AAFUgAACuIAAAByEAAGAhAAAQJgcA40sCADxMAgAFGQ4AXhkOALcZDgCTkg8AsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAc1wDACRlAwB9ZQMAX6ILANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PAEaXCAD8HwAAVSAAAK4gAAAHIQAAYCEAAB4mAQAAAAAAWQAAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAA2AQcAiigPAOMoDwA8KQ8AmNsBAMJHCgBILRAAD6kCAMCbAADF9wwAmNsBAPHbAQD4gQYAUYIGAKqCBgAxjgAAymECALVVEgAUXg8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAwlgAAYRkAAA8NBABzXAMAI0wAAKa5AABZAAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQBJUwQAolMEAK0oAAAQ7wEAae8BAMLvAQCmuQAAMZkBALrWAQAT1wEAmNsBAPHbAQD8jgIACnYSAPMOAAD8HwAAlpwKAO+cCgBInQoAoZ0KAPqdCgBTngoAjwEHAOgBBwBBAgcAmgIHAPMCBwBMAwcApQMHAOl/AwBMDwAAIRgKAHoYCgDTGAoALBkKAONLAgCxMwwAryERAAgiEQBhIhEAtTQPAA41DwBMLhMApS4TAP4uEwBXLxMAsC8TAAkwEwBiMBMAuzATABQxEwBtMRMARHsEAJ17BAD2ewQAT3wEAKh8BAABfQQAWn0EALN9BAAREg4A6E4OAPMOAADKYQIAl3MHAPBzBwBJdAcAonQHAPt0BwDnpA0AVXkAAFEIAwCqCAMAjksNAOdLDQAxjgAAymECALVVEgAxjgAArSgAALaoAgDrmwcAaPcBAGhOEgAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQANgEHAIooDwDjKA8APCkPAONLAgAeJgEAamwGAA8NBADjSwIAFUANAG5ADQDHQA0AIEENAFsEEgC8axEA2BwOAFEIAwCqCAMAjksNAOdLDQAxjgAAymECALVVEgC5YwYAEmQGAHo5DQDTOQ0ALDoNAIU6DQDeOg0ANzsNAJA7DQDpOw0AQjwNAJs8DQCxMwwA8w4AANLTAgAr1AIAymECALVVEgDp4wQAe4AEAPZlAgAi4w0A2gENAFkAAACKjgAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQANgEHAIooDwDjKA8APCkPAMxcAwAlXQMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAFsEEgC8VQ8AO+QHACNMAADzDgAA0tMCAIsWBgB9LA4AYXsRAONLAgA8TAIAmNsBAMJHCgAeJgEA40sCACrRAQD2AQEAc1wDAJRfAwD/uQAAWLoAALG6AAAKuwAAY7sAALy7AAAREg4AahIOAMMSDgAcEw4AYYcKAMX3DADjSwIAvBIRAMuxCgAjTAAA40sCALwSEQCtKAAA40sCANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PAFsEEgCXcwcA8HMHAEl0BwCidAcA+3QHAOekDQDjSwIAk5IPAA/fDwAQcw4Ak5IPADGOAADzcQkAtqgCAONLAgCTkg8A3g0RAA8NBADjSwIAvBIRAK0oAADjSwIAk5IPAFtdEgDVTAAALk0AAIdNAABnmwAAHdQIAONLAgBbBBIAl3MHAPBzBwBJdAcAonQHAPt0BwAjsAEAMY4AAGDeAQDS0wIAsvQGAKa5AADzDgAA/B8AADGOAABxugIAprkAAIImCQDdewIAb70RAMi9EQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAA3XsCAGPEEQC8xBEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAA2AQcAiigPAOMoDwA8KQ8AAAAAAFkAAAAI1QkANhYRAPMOAAD8HwAAMY4AAHG6AgCmuQAAgiYJAFkAAAA3dAIA3XsCAG+9EQDIvREAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA8w4AAN17AgBjxBEAvMQRALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQANgEHAIooDwDjKA8APCkPACOwAQDp4wQAUQgDAOKhAQA7ogEADlgCAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAB+XAsA/B8AAFUgAAAO9AAA5j4DAHNcAwAjTAAAixYGAH0sDgACuAIA8w4AAFkAAACmJwsAmNsBACNMAABzXAMAI0wAAIsWBgB9LA4AArgCAPMOAABZAAAApicLAJjbAQAjTAAAc1wDAKH2CgDAmwAADvQAAOY+AwBItAQAobQEAPq0BABTtQQArLUEAAW2BABetgQAw0oLANPVCwAs1gsAhdYLAN7WCwA31wsAkNcLAOnXCwBC2AsAm9gLAPTYCwBN2QsAptkLAP/ZCwBY2gsAsdoLAArbCwBj2wsAvNsLABXcCwBu3AsAx9wLALU0DwAONQ8AZzUPAMA1DwAZNg8AcjYPAMs2DwAkNw8AfTcPANY3DwAvOA8AiDgPAOE4DwA6OQ8AkzkPAOw5DwBMLhMApS4TAP4uEwBhGQAAsBsBALVKEQDjSwIAuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAEMpDACcKQwA9SkMAEaXCAD8HwAAVSAAAK4gAAAHIQAAt7YEABC3BABptwQAwrcEABu4BAB0uAQAimwFAONsBQA8bQUAZHACAL1wAgCLFgYAfSwOAAK4AgDzDgAAWQAAAKYnCwCY2wEAI0wAAN17AgBjxBEAvMQRALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQANgEHAIooDwDjKA8APCkPAJUpDwDuKQ8ARyoPAKAqDwD5Kg8AUisPAKsrDwAELA8AXSwPALYsDwCxMwwAryERAAgiEQBhIhEA8T8DAJIWAwBAgxIAmYMSAPKDEgBLhBIApIQSAP2EEgBWhRIAr4USAFAmBQCpJgUAAicFAFsnBQC0JwUADSgFAGYoBQC/KAUAGCkFAHEpBQDKKQUAIyoFAHwqBQDVKgUALisFAIcrBQDgKwUAOSwFAJIsBQDrLAUARC0FAJ0tBQD2LQUATy4FAKguBQABLwUA9w4LAJIWAwBAgxIAmYMSAPKDEgBLhBIApIQSAP2EEgBWhRIAr4USAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBAAjTAAAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAyPYGACH3BgB69wYA0/cGACRlAwBnmwAA7+AAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAA2AQcAiigPAOMoDwA8KQ8AdZkKALoZAAC66wsAE+wLADGOAABRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA8w4AAFV5AABRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAJGUDAH1lAwBfogsA2BwOAEoSDwDp4wQAUQgDADXcCgAVQA0AbkANALrrCwAT7AsA8w4AAONLAgA8TAIABRkOAF4ZDgC3GQ4AEBoOANoBDQAzAg0AjAINAA8NBABoDQQAwQ0EAJjbAQDjSwIAuWMGAP+5AADXlQAA8w4AANLTAgBf5gEA40sCABVADQBuQA0AuusLABPsCwDYHA4AUQgDAKoIAwCOSw0A50sNADGOAADKYQIAtVUSAKa5AACmuQAAsVUHAApWBwBjVgcAvFYHAErcAQDjSwIALHMCAHShCgDioQEAo+cCABReDwCxMwwA8w4AANLTAgAr1AIAymECALVVEgDp4wQAe4AEAPZlAgDioQEAO6IBAA5YAgDjSwIA2BwOANVABwC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQA+1MEAFRUBACtVAQABlUEAF9VBACflwgA+JcIAFGYCACqmAgAA5kIAFyZCAC1mQgADpoIAJOSDwCmuQAAWQAAAAAAAADioQEAWQAAAONLAgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQA+1MEAFRUBACtVAQABlUEAJOSDwBbXRIA1UwAABESDgDoTg4A8w4AANLTAgCTkg8AsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAng4LABBSCwBpUgsAoE0CAOKhAQCY2wEA8dsBALwSEQCU5AcA7eQHAEblBwDjSwIAk5IPAKa5AABZAAAA40sCALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAKJTBAD7UwQALHMCAOKhAQCq2wYAfEwAAONLAgAREg4A6E4OAPMOAADS0wIA40sCACNMAACmuQAAWQAAAONLAgAM1gwAGFYBAHFWAQBRCAMA4qEBAB3UCADg/RAAwJsAAHNcAwDNuAQA2RQOADIVDgCLFQ4A8T8DALSABQCKmQEA45kBAAAAAAD7PQIAAAAAAAAAAAAAAAAAMY4AAK0oAADzDgAAQosEAJuLBABiwggAu8IIABTDCABtwwgAxsMIAB/ECAB4xAgA0cQIAAJdEgC1YgMAprkAAFkAAADjSwIADNYMABhWAQBxVgEAUQgDAOKhAQAd1AgA4P0QAMCbAABzXAMAzbgEANkUDgAyFQ4AixUOAPE/AwC0gAUAipkBAOOZAQAAAAAA+z0CAAAAAAAAAAAAAAAAADGOAACtKAAAHdQIAHbUCABhexEAI0wAALL0BgBRCAMANdwKAEaXCAD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAADbSAQANEkEAI1JBADXlQAAMJYAAIUPAQBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PALwSEQCY2wEA40sCANoMDgCZCQ8A8gkPAEsKDwCkCg8A/QoPAFYLDwCvCw8ACAwPAGEMDwC6DA8AEw0PAGwNDwAd1AgA8w4AAONLAgBGlwgA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA20gEADRJBACNSQQA15UAADCWAACFDwEAUQgDAKoIAwCOSw0A50sNADGOAADKYQIAtVUSABReDwC8EhEAmNsBAONLAgDaDA4AmQkPAPIJDwBLCg8ApAoPAP0KDwBWCw8ArwsPAAgMDwBhDA8AugwPABMNDwBsDQ8A40sCAEaXCAD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAADbSAQANEkEAI1JBADXlQAAMJYAAIUPAQBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PALwSEQCY2wEA40sCANoMDgCZCQ8A8gkPAEsKDwCkCg8A/QoPAFYLDwCvCw8ACAwPAGEMDwC6DA8AEw0PAGwNDwACXRIASLQEAHL/CQDL/wkAJAAKABVADQBuQA0Ax0ANACBBDQB5QQ0A0kENACtCDQCEQg0AAAAAADGOAADzcQkATHIJAOnjBABzXAMAmNsBANX8EAA7ogEADlgCAKOYCwDAmwAADvQAAOY+AwBnmwAAHiYBAKa5AACSFgMAio4AAIImCQDbJgkA8w4AAPwfAABVIAAAriAAAAchAABgIQAA8dsBAMCbAAAO9AAA5j4DAGj3AQBoThIAc1wDAOl/AwCApQsA2aULADKmCwCLpgsA5KYLAD2nCwDp+A4AlF8DAMzABAAlwQQAfsEEANfBBAAwwgQAicIEAEMpDACcKQwAwAkLABkKCwByCgsAvfUGABb2BgBv9gYAng4LAJOSDwAP3w8AHdQIAOD9EACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAtWIDAFtdEgDVTAAAnhoEAPcaBABQGwQAqRsEAAIcBABbHAQAtBwEAA0dBADYHA4AUQgDAKoIAwCOSw0A50sNADGOAADKYQIAtVUSABReDwC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQA+1MEANgcDgA+lQIA44EPAFtdEgDioQEAe4AEANSABAAeJgEAdyYBAB4mAQD72AgAYRkAAHT6CgDN+goAJvsKANLzDQAr9A0AHiYBAGpsBgBxugIAtqgCAA+pAgAd1AgA40sCANoMDgAoLREAMY4AAGoSDgDDEg4AHBMOAHUTDgDOEw4AJxQOAIAUDgCU2A4A3g0RAB3UCADjSwIA2gENAPBcDQBJXQ0AaRoOADMNDgB7gAQAVXkAAMphAgC1VRIAFF4PAB3UCADjSwIA15UAADCWAAAjTAAAsvQGAKPnAgDjSwIAk5IPALL0BgAL9QYAZPUGAB3UCADjSwIAYYcKALqHCgAjTAAAixYGACOwAQDp4wQAQuQEAJe2BQCmuQAA3XsCAGPEEQC8xBEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAA2AQcAiigPAOMoDwA8KQ8AP9kRAPwfAABVIAAAriAAAAchAABgIQAAHdQIAOD9EAAxjgAALqUIAHNcAwAQ7gkA7+AAAGEZAABzXAMAdKEKAOhODgDzDgAA0tMCACOwAQB8sAEAovkLAPv5CwBU+gsArfoLAAjVCQBh1QkADvQAAOY+AwBu8g0AlOQHAO3kBwBG5QcA40sCANeVAAAwlgAAcgsDAPs9AgDjSwIARpcIAEwPAAAhGAoAehgKANMYCgBGlwgAr8gQAAjJEAA+lQIA15UAAPMOAADjSwIAdKEKACLjDQDjggcAtqgCAA+pAgAd1AgAEO4JAJTkBwDt5AcAXjsJALc7CQAQPAkAaTwJAMI8CQAbPQkAdD0JAM09CQAmPgkAfz4JANg+CQAxPwkAij8JAOM/CQA8QAkAlUAJAO5ACQBHQQkAoEEJAPlBCQBSQgkAW1MJALRTCQANVAkAZlQJAB3UCADjSwIAvBIRAMuxCgAjTAAA40sCACxzAgCFcwIAjksNAKrbBgCy9AYAO6IBAA5YAgDjSwIAPEwCAAUZDgCY2wEA40sCALwSEQCU5AcA7eQHAF47CQC3OwkAEDwJAGk8CQDCPAkAYdUJAJmFAgA+lQIAsvQGADvkBwB1mQoAI0wAALL0BgAL9QYAZPUGAL31BgAW9gYAb/YGAMj2BgDlZg4APmcOAJdnDgDwZw4ASWgOAKJoDgD7aA4ARWgDAJMDAgAjTAAAMY4AAD6VAgBf5gEAvBIRAJTkBwDt5AcAXjsJALc7CQAQPAkAaTwJAMI8CQAbPQkA40sCAJOSDwCy9AYAC/UGAGT1BgAd1AgA40sCALwSEQDLsQoAI0wAAKduAgDXlQAAMJYAAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQAeJgEAdyYBAFeUDABEZAoAL98OAA8NBADjSwIAuWMGABJkBgB6OQ0AMJYAACNMAABf5gEAtWIDALL0BgAL9QYAZPUGAL31BgAW9gYAb/YGAJ4OCwAscwIAhXMCAI5LDQCq2wYAsvQGADuiAQAOWAIA40sCADxMAgAFGQ4AmNsBAONLAgBRCAMAqggDAAMJAwBcCQMAdKEKAOhODgDzDgAA0tMCACvUAgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAx2IIAAAAAAAjsAEAc1wDACRlAwB9ZQMAX6ILABESDgDoTg4A8w4AANLTAgDzDgAA40sCANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PANoBDQAzAg0AjAINAMIPDQAbEA0AdBANAAzWDACmJwsA/ycLAMxcAwAlXQMAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBADrWBQCY2wEA8dsBAPiBBgA+lQIAX+YBAEaXCAD8HwAA8w4AAOfSAQDLpwEAO+QHACOwAQAjsAEA40sCABESDgDoTg4A8w4AANLTAgD2AQEAUiAOAJZlBQCTkg8AixYGAOQWBgBnmwAAHdQIAONLAgA8TAIABRkOAJjbAQDjSwIAAAAAANeVAABnmwAAwJsAAA8NBADjSwIAPEwCAJVMAgDuTAIAR00CAGEZAAC6GQAAuusLABPsCwDzDgAArSgAABDvAQBp7wEAwu8BAOD9EACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAJS8PAH4vDwB6OQ0A0zkNACw6DQCFOg0A3joNADc7DQCQOw0A6TsNAGGHCgC6hwoA+IEGAFGCBgCqggYA40sCANgcDgDeDREADw0EAONLAgC5YwYAEmQGAGtkBgAakhAAc5IQAIqOAACcbAoA40sCAAzWDACmJwsA4qEBADuiAQA+lQIA8w4AAHNcAwAkZQMAfWUDAF+iCwC4ogsA/B8AAFUgAACuIAAAByEAAGAhAAAQJgcA40sCANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIAFF4PADxMAgAFGQ4AmNsBAONLAgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBADzDgAA/B8AAFUgAACuIAAAByEAAGAhAAAQJgcAaSYHAFUgAAAO9AAA5j4DAPwfAABVIAAADvQAAOY+AwC1NA8ADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8AJDcPAH03DwDWNw8AZHACAJjbAQDx2wEA/I4CAAp2EgDzDgAA/B8AAGlzDgDPkgIAao0JAMONCQDjSwIARpcIAPwfAABVIAAAriAAAAchAACmuQAAtqgCAHShCgDoTg4Ay7EKAPMOAAD8HwAACKgNAEquDQCY2wEA1fwQAFEIAwA13AoAjtwKAN17AgBvvREAwJsAAA70AADmPgMA3XsCAGEZAABnmwAAI0wAAO/gAAA75AcAmNsBALaoAgAPqQIAwJsAAA70AADmPgMAtTQPAA41DwCKmQEA45kBAN9eEQAAAAAAAAAAAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAc1wDAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBACTkg8AW10SANVMAACxMwwACjQMAB3UCABZAAAApicLAOKhAQA7ogEA2+8DAONLAgDXlQAAmNsBACOwAQBzXAMAvAkAAHShCgDNoQoAJqIKALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgBDKQwAnCkMAPUpDACTkg8AW10SANVMAAB7JwQAmQkPAGnuCQDC7gkAG+8JAHTvCQBKNAoA2gwOAHbUCABnmwAAHiYBAHcmAQB7JwQAmQkPAGnuCQDC7gkAG+8JAHTvCQBKNAoA2gwOAHbUCABnmwAAHiYBAHcmAQDQJgEA40sCAGGHCgDF9wwAcT4PAMo+DwAjPw8AfD8PAGebAADAmwAAHiYBALzGAQB7gAQA59IBAMunAQA75AcAdZkKAONLAgDaDA4AKC0RAGEZAADT1gMAZ5sAAB3UCADjSwIALHMCAHShCgDioQEAo+cCABReDwCTkg8AixYGAA8NBADioQEAO6IBAA5YAgDjSwIAk5IPAA/fDwAQcw4AuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAEMpDACcKQwA9SkMAJOSDwBbXRIA1UwAAHsnBACZCQ8Aae4JAMLuCQAb7wkAdO8JAEo0CgDaDA4AdtQIAGebAAAeJgEAdyYBANoMDgDtqxIARqwSAJ+sEgD4rBIAUa0SAKqtEgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAhrgJADvkBwDHYggAtqgCAA+pAgDAmwAA8dsBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDNuAQA2RQOADIVDgCLFQ4ARJAOAHShCgDioQEAo+cCABReDwA8TAIABikAACNMAACmuQAAgiYJAOKhAQA7ogEADlgCAONLAgBGlwgA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAA2BwOAGF7EQDioQEA40sCAFEIAwA13AoAjtwKAOekDQDLpwEAO+QHAHWZCgBzXAMA4qEBAKPnAgAUXg8AYRkAALoZAABFUgEArSgAAAUZDgBeGQ4AtxkOABAaDgB8FAMAwJsAAA70AADmPgMAKtEBAIe7CgDguwoAObwKAJK8CgDrvAoARL0KAAAAAABIUAMAoVADABVADQBuQA0AExoAALBdBwAJXgcAa/QLAMT0CwAd9QsAPEwCAHL/CQDL/wkAJAAKALwSEQCY2wEA40sCANoMDgAzDQ4AmNsBAPHbAQD/zwIAI0wAACqDAgCY2wEAsTMMAAo0DABjNAwAvDQMABU1DAAAAAAAUQgDAKoIAwBxugIAAAAAAJjbAQDF9wwAAAAAAB3UCAAQ7gkAae4JAMLuCQAb7wkAdO8JALEdCgAKHgoAYx4KALweCgDHYggAtqgCAA+pAgAjTAAAYRkAALoZAABFUgEArSgAAAUZDgBeGQ4AtxkOABAaDgB8FAMAwJsAAA70AADmPgMA3XsCAD/ZEQBMDwAAIRgKAHlBDQBy/wkAnPwPACWrAgDjSwIA2BwOANVABwBRCAMAqggDAAMJAwDp4wQAHdQIAONLAgDaDA4AmQkPAGnuCQDC7gkAG+8JAHTvCQBKNAoAsTMMAAo0DABRCAMA4qEBAJjbAQDCRwoAdZkKAB4mAQD72AgAYRkAACxzAgA75AcAmNsBALaoAgC+4Q0AO6IBAA5YAgDjSwIAuWMGABJkBgBrZAYAGpIQAHOSEADMkhAAJZMQAH6TEADXkxAA40sCAGGHCgDF9wwAHvgMAHf4DADQ+AwAKfkMALNEDwAMRQ8AixYGAH0sDgA+lQIAX+YBAA5YAgDjSwIA2gENAPBcDQBJXQ0AsTMMAOKhAQCq2wYAfEwAANVMAACeGgQA40sCABVADQBuQA0Ax0ANACBBDQBhhwoAxfcMAHE+DwDKPg8AIz8PAHw/DwDVPw8AvBIRAJjbAQDjSwIAHiYBALzGAQB7gAQAGzMAADGZAQC61gEArSgAAHL/CQAOWAIA15UAAJjbAQDx2wEAmNsBAPHbAQD4gQYAPpUCAF/mAQDaDA4AmQkPAGnuCQDC7gkAG+8JAHTvCQBKNAoADNYMABhWAQBxVgEAUQgDAOKhAQAd1AgA4P0QADvkBwA75AcAI0wAACOwAQAUXg8A8w4AAOfSAQDjSwIA2gwOAJkJDwBp7gkAwu4JABvvCQB07wkASjQKABVADQBuQA0Ax0ANACBBDQB5QQ0A0kENACtCDQCEQg0A2gwOAJkJDwBp7gkAwu4JABvvCQB07wkASjQKALEzDAAKNAwAHdQIAFkAAACmJwsA4qEBADuiAQBhGQAAZ5sAACNMAADdewIAY8QRALzEEQC61gEAE9cBAGzXAQDF1wEAHtgBAEiREQChkREA+pERAFOSEQCskhEABZMRAF6TEQC3kxEAJS8PAH4vDwDXLw8AMDAPAIkwDwDiMA8AOzEPAJQxDwDtMQ8ARjIPAJ8yDwD4Mg8AUTMPAKozDwADNA8AXDQPAOOCBwA8gwcAlYMHAO6DBwBHhAcAoIQHAPmEBwBShQcAq4UHAASGBwDioQEAMY4AAPNxCQDjSwIAk5IPAKa5AABZAAAAc1wDAONLAgBiaBAA1WASALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgD2AQEAAAAAAJZlBQC9ChEABRkOAJjbAQAjTAAAsvQGAFEIAwA13AoAXtcHAA8NBADjSwIAYYcKALqHCgATiAoAbIgKAMWICgAeiQoA40sCANoBDQCUXwMAzMAEACXBBAB+wQQA18EEADDCBACJwgQA4sIEADvDBACUwwQA7cMEAEbEBACfxAQA+MQEAFHFBACqxQQAzbgEAOOCBwA8gwcAlYMHAO6DBwBHhAcAoIQHAPmEBwBShQcAq4UHAASGBwAkZQMAfWUDADpFCABiaBAAZ5sAAKdjAQB6RA4Ae4AEANLTAgCy9AYAO6IBAA5YAgDjSwIA2gwOAJkJDwAeJgEAamwGAI5LDQCGuAkA37gJADi5CQCRuQkA6rkJAEO6CQCcugkA9boJAE67CQCnuwkAALwJAFm8CQCyvAkAC70JAGS9CQC9vQkAFr4JAJjbAQDx2wEA/I4CAAp2EgDzDgAA/B8AACrRAQAjTAAAprkAAFkAAABzXAMAAAAAACOwAQDzDgAAc1wDAAAAAADXlQAAMJYAAHILAwD7PQIAc1wDAAAAAADKYQIAtVUSABReDwCTkg8AD98PABBzDgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAQykMAJwpDAD1KQwAk5IPAKa5AABZAAAAc1wDAAAAAAAjsAEA8w4AAHNcAwAAAAAARpcIAOfSAQBA0wEAc1wDAAAAAABhGQAAYRkAAGebAADjggcAI0wAALL0BgA75AcAdZkKAONLAgBhhwoAuocKABOICgBsiAoAxYgKAB6JCgAMZwoAI0wAALL0BgAL9QYAZPUGAB3UCAAQ7gkAy7EKAAAAAAAjTAAAI0wAAFkAAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQAw/ASAKYnCwD/JwsAWCgLAPYBAQDf5QUA6E4OAPMOAADS0wIA73oPAGGHCgC6hwoA+IEGAFGCBgCqggYA40sCANoMDgB21AgAqqIRAAOjEQDKYQIAMY4AAGDeAQD8HwAARpcIAPwfAABVIAAAriAAAAchAABgIQAAuSEAANgcDgA+lQIA15UAACOwAQAd1AgA40sCABVADQBuQA0Ax0ANACBBDQC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAQykMAJwpDAD1KQwAmNsBAPHbAQD8jgIACnYSAPMOAAD8HwAA4P0QAMCbAAAO9AAA5j4DAGebAADAmwAADvQAAMPxCgAc8goAExoAAAAAAAAAAAAAAAAAAEhQAwChUAMAilYDABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAolMEAPtTBABdhgcAtoYHAA+HBwBohwcAwYcHABqIBwAAAAAAAAAAAEhQAwChUAMAilYDABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAolMEAPtTBABdhgcAtoYHAA+HBwBohwcAwYcHABqIBwDv4AAA4qEBADuiAQBnmwAAwJsAAA70AADmPgMAAAAAAAAAAAAAAAAAAAAAAAAAAAA75AcA8w4AAONLAgCxMwwAryERAAgiEQBhIhEAAAAAAAAAAAAAAAAAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAAAAAAAAAAAAAAAAAp2MBAHpEDgA75AcAdZkKAONLAgBhhwoAuocKABOICgBsiAoAxYgKAAAAAABnmwAAwJsAAMphAgDioQEAO6IBACWrAgDtqxIAMJYAAA5YAgDzDgAAVXkAAJjQAACtKAAAymECADGOAACY0AAA40sCANgcDgDKYQIADlgCAKOYCwBe1wcAFF4PAHShCgBhGQAAZ5sAAKdjAQB6RA4AAAAAAGEZAADjSwIAYYcKALqHCgB0oQoA15UAAPMOAABVeQAALqUIAPMOAADn0gEAy6cBADvkBwB1mQoAZ5sAAGGHCgDV/BAAOocOAHL/CQDXlQAAI0wAADGOAAA+lQIAAAAAADvkBwDjSwIAYYcKALqHCgD/zwIAWNACAPMOAABVeQAALqUIAGEZAAC6GQAAc1wDAKH2CgD69goAU/cKAKz3CgAF+AoAXvgKALf4CgAQ+QoAafkKAML5CgAb+goAZ5sAAOOCBwA8gwcAlYMHAO6DBwBHhAcAoIQHAPmEBwBShQcAq4UHAASGBwA8TAIAlUwCAO5MAgBHTQIAG/ABAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBAA8TAIAlUwCAO5MAgBHTQIAG/ABAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBADjSwIAk5IPALL0BgAL9QYAZPUGAB3UCADjSwIAvBIRAMuxCgCy9AYAC/UGAGT1BgAd1AgA40sCALwSEQDLsQoA40sCALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYAgWYGANpmBgAzZwYAjGcGAOVnBgA/2REATA8AACEYCgB6GAoA0xgKACwZCgAjTAAAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAyPYGAOVmDgA+Zw4Al2cOAPBnDgBJaA4AomgOAPtoDgBUVAQALwwLAIgMCwDhDAsAOg0LAJMNCwDsDQsARQ4LACRlAwB9ZQMAX6ILALiiCwARowsAaqMLAMOjCwAcpAsAPEwCAHL/CQDL/wkAJAAKALwSEQCY2wEA40sCANoMDgAzDQ4AmNsBAPHbAQD/zwIAI0wAACqDAgCY2wEAz5ICAPNxCQAUXg8AwJsAAA70AADmPgMAO+QHADvkBwAjsAEA40sCAJOSDwCy9AYAC/UGAGT1BgAd1AgA40sCALwSEQDLsQoAI0wAAONLAgAscwIAdKEKAOKhAQCj5wIAFF4PACxzAgCFcwIAjksNAKrbBgCy9AYAO6IBAA5YAgDjSwIAPEwCAAUZDgCY2wEA40sCANgcDgDeDREANw4RALwSEQCU5AcA7eQHAEblBwDjSwIAuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAFF4PAMCbAAAO9AAA5j4DAG9kEQCy9AYAC/UGAGT1BgC99QYAFvYGAG/2BgD8PwsAVUALAK5ACwAHQQsAYEELALlBCwASQgsAa0ILAMRCCwAdQwsAdkMLAPYBAQDv4AAA9W0CAI5LDQCq2wYAGVkCAJjbAQDx2wEA+IEGAD6VAgBf5gEA3/oPAAAAAADXlQAA4qEBAJjbAQDx2wEAaPcBAB3UCADKYQIAprkAAONLAgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBABWTg0AymECACNMAAAxjgAAjksNADuiAQDjSwIAaPcBAB3UCADKYQIAprkAAONLAgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACxMwwAEc8PAABkAQBZZAEA0VQOACpVDgCDVQ4A3FUOADVWDgAscwIAdKEKACLjDQBhGQAA40sCAJOSDwCLFgYADw0EAOKhAQA7ogEADlgCAONLAgCTkg8AD98PABBzDgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDzDgAA40sCALljBgASZAYAejkNANM5DQAsOg0AhToNAN46DQA3Ow0AkDsNAOk7DQBCPA0AmzwNANgcDgDf+g8AAAAAANeVAADioQEAmNsBAPHbAQBK3AEA40sCADxMAgCY2wEAwkcKAB4mAQDjSwIAk5IPAFtdEgDVTAAA15UAADCWAAAjFAMAfBQDAMCbAAAjsAEADw0EAOKhAQA7ogEADlgCAONLAgDaDA4AdtQIAKqiEQADoxEAymECADGOAABg3gEA/B8AAHYWDwDf+g8AAAAAANeVAADioQEAmNsBAPHbAQDYHA4A1UAHAGGHCgC6hwoA8w4AAEwPAADLsQoAmNsBAKa5AABnmwAAPEwCAJjbAQDCRwoAHiYBAONLAgDaAQ0AqtsGAPMOAADjSwIADNYMABhWAQDV/BAAWd4EAGpsBgBxugIADw0EAONLAgA8TAIAlUwCAIqOAACcbAoAKoMCAJjbAQAPDQQA40sCALwSEQCY2wEA40sCAEaXCABMDwAAy7EKAJjbAQCmuQAA2gENAPBcDQBJXQ0AFUANAG5ADQDHQA0AIEENAHYWDwDPFg8AKBcPAIEXDwDaFw8AMxgPAIwYDwDlGA8Ap24CAABvAgBhhwoAuocKAAAAAADXlQAAZ5sAAPMOAADS0wIA40sCAJOSDwCy9AYAC/UGAGT1BgAd1AgA40sCALwSEQDLsQoAI0wAAONLAgDYHA4ArSgAACNMAABf5gEAsugNAGEZAABnmwAAp2MBAHNcAwC1YgMAsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAng4LANgcDgDf+g8AAAAAANeVAADioQEAmNsBANX8EAA7ogEADlgCAONLAgDYHA4A1UAHALljBgASZAYAa2QGAMRkBgAdZQYAdmUGAM9lBgAoZgYASVMEAGebAAAjTAAAMY4AAC6lCAAd1AgAmNsBANX8EAA7ogEArSgAAAUZDgDjSwIAsTMMAAo0DABjNAwARVIBAK0oAAAFGQ4AXhkOALcZDgAQGg4AMY4AAI5LDQBkcAIAMY4AAEU6DwAg3QsAed0LADuiAQATGgAAsF0HAAleBwBr9AsAxPQLAB31CwB29QsAz/ULACj2CwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAAAeJgEAvMYBAHuABADKYQIAvGsRAHShCgAxjgAAUQgDAOKhAQA7ogEA7JIPAKXhCwD+4QsAV+ILALDiCwAJ4wsAYuMLALvjCwAU5AsAbeQLAMbkCwAf5QsAeOULANHlCwAzDQ4AnWQKAPZkCgBPZQoA15UAAB3UCABhhwoAuocKAPiBBgAupQgA40sCANeVAAAd1AgAAAAAADvkBwDjSwIAk5IPALL0BgAL9QYAZPUGAL31BgAW9gYAdKEKAFkAAABkcAIAYRkAAGebAAAjTAAA7+AAADvkBwCY2wEAtqgCAGRwAgAOWAIAo5gLAPyYCwBVmQsArpkLAAeaCwBgmgsA8dsBAPMOAADn0gEA/B8AAPMOAABzXAMADlgCAKOYCwD8mAsAVZkLAK6ZCwAHmgsAYJoLALmaCwASmwsAa5sLAMSbCwAdnAsAPEwCAAUZDgCY2wEAvBIRAJjbAQDjSwIARpcIAPwfAABVIAAAriAAAOKhAQCmuQAAZ5sAABVADQBuQA0Ax0ANACBBDQC2qAIAKo0LALoZAADv4AAAdKEKAOhODgDzDgAA0tMCAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAYl4HALteBwAUXwcAbV8HAMZfBwAfYAcA2BwOAC6lCAAd1AgAmNsBAPHbAQDzDgAA59IBAONLAgA8TAIABRkOAF4ZDgC3GQ4Ar04NAAhPDQBhTw0Auk8NAJOSDwCmuQAAWQAAAONLAgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQA+1MEAFRUBACtVAQAMY4AAI5LDQBnmwAAwJsAAA70AADmPgMAKtEBAIe7CgDguwoAObwKAJK8CgDrvAoARL0KAB4mAQBZAAAApicLAJjbAQCZhQIAcboCAA8NBADjSwIAPEwCAJVMAgDuTAIA0vMNACv0DQDaAQ0AMwINAIwCDQAVQA0Az5ICACiTAgCBkwIAYYcKALqHCgDzDgAATA8AACOwAQDXlQAAI0wAALL0BgA75AcAHdQIAOD9EABhGQAAz5ICACiTAgCBkwIAFUANAG5ADQCY2wEA40sCAEaXCAD8HwAAVSAAAK4gAABhGQAAz5ICACiTAgCBkwIADNYMABhWAQBxVgEAUQgDAOKhAQAd1AgA4P0QAKa5AACCJgkA40sCABESDgDoTg4A8w4AANLTAgDjSwIA2gENAPBcDQBJXQ0AtqgCACqNCwC6GQAA7+AAADvkBwBILRAA15UAAFkAAADjSwIAPEwCAJVMAgDuTAIA0vMNACv0DQBHTQIA09YDADvkBwDdewIAY8QRAIImCQAxjgAA3g0RAGEZAABnmwAAXtcHAPMOAADdewIAmdERAPLREQCY2wEA8dsBAPMOAABMDwAAI7ABAFEIAwA13AoAHdQIAHbUCAAupQgAHdQIAJjbAQDx2wEA8w4AAOfSAQD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAHNcAwAkZQMAz5ICACiTAgCBkwIAI8ULAHzFCwDVxQsALsYLAIfGCwDgxgsAOccLAJLHCwDrxwsARMgLAJ3ICwD2yAsAT8kLAKjJCwABygsAWsoLALPKCwAMywsA40sCAFIgDgBMDwAAIRgKAHoYCgDTGAoALBkKADbUCgAkFgwAfRYMANYWDACy6A0ADvQAAOY+AwCxMwwA8w4AANLTAgAr1AIAymECALVVEgDp4wQAe4AEAPZlAgDjSwIA2BwOANVABwAVQA0AZ5sAAO/gAADjSwIAuWMGABJkBgBrZAYAxGQGAB1lBgB2ZQYAz2UGAChmBgBJUwQAc1wDACrRAQCHuwoA4LsKADm8CgCSvAoA67wKAES9CgCdvQoA9r0KAEPFCgAAAAAAAAAAAAAAAACQzAoA6cwKAELNCgCbzQoA9M0KAE3OCgCmzgoA/84KAAAAAAAAAAAAWM8KALHPCgAK0AoAjdoBAObaAQA/2wEAPEwCAAUZDgBeGQ4AtxkOAHNcAwDNuAQAJrkEAMghEwAhIhMAeiITANMiEwAxjgAAymECALVVEgAUXg8APEwCAHL/CQDL/wkAJAAKABVADQBuQA0Ax0ANACBBDQB5QQ0A0kENACtCDQCEQg0AZ5sAAGEZAAC6GQAAZ5sAAGEZAABhGQAAuhkAAGebAABhGQAAI0wAAHNcAwAkZQMAfWUDAF+iCwC4ogsAEaMLAGqjCwDDowsAHKQLADxMAgBy/wkAy/8JACQACgC8EhEAmNsBAONLAgDaDA4AMw0OAJjbAQDx2wEA/88CACNMAAAqgwIAmNsBAA8NBADjSwIAYmgQAHNcAwAAAAAA40sCAFsEEgAjYgIArSgAAK0oAAAGKQAAwJsAANX8EAA7ogEADlgCAONLAgCTkg8AsvQGAAv1BgBk9QYAHdQIAONLAgC8EhEAy7EKACNMAADjSwIA2BwOAK0oAAAjTAAAX+YBALLoDQDHYggAkhYDAOsWAwBzXAMA2BwOAEoSDwBMcgkApXIJAFsEEgCXcwcA8HMHAEl0BwCidAcA+3QHAN+iBwC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDPZQYAKGYGAElTBACiUwQAflwLANdcCwDYHA4AMR0OAIodDgDjHQ4AmQkPAO/gAADvZQUA2BwOADEdDgDKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDjSwIAGuAPAAAAAADjSwIAkcMSAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBACWZQUAHiYBAJMDAgDzDgAA0tMCAONLAgBbBBIAvGsRALwSEQCtKAAA40sCAJOSDwCNjAIA5owCAD+NAgB6DBEAEc8PAKBNAgD5TQIAUk4CAKtOAgDzDgAA40sCAAzWDABl1gwAcboCAJmFAgCubQcA+9gIACNMAABf5gEAsugNAONLAgAAAAAA40sCAJOSDwAP3w8AEHMOAFsEEgC8axEAYYcKALqHCgDzDgAATA8AAMuxCgCY2wEAprkAAGebAACnbgIAAG8CAKyqAwC8VQ8AO+QHACOwAQDjSwIADlgCAOKhAQBRCAMANdwKABReDwBtXg8A3g0RADcOEQAOWAIA4qEBAFEIAwA13AoAvEsGABxBAgDknAIAPZ0CAONLAgAOWAIA4qEBAFEIAwA13AoAHiYBAKX4BQD++AUAV/kFALD5BQCWZQUAHiYBAJMDAgDzDgAA0tMCAONLAgBbBBIAvGsRALwSEQCtKAAA40sCAJOSDwCNjAIA5owCAD+NAgAeJgEApfgFAP74BQBX+QUAsPkFAAn6BQCnbgIAAG8CAKyqAwC8VQ8AO+QHACOwAQDjSwIADlgCAOKhAQBRCAMANdwKALxLBgAcQQIA5JwCAD2dAgDjSwIADlgCAOKhAQBRCAMANdwKAB4mAQCl+AUA/vgFAFf5BQCw+QUACfoFAKduAgAAbwIArKoDALxVDwA75AcAI7ABAONLAgAOWAIA4qEBAFEIAwA13AoAFF4PAG1eDwDeDREANw4RAA5YAgDioQEAUQgDADXcCgC8SwYAHEECAOScAgA9nQIA40sCAA5YAgDioQEAUQgDADXcCgAd1AgA7asSACOwAQAUXg8AYRkAALoZAABFUgEArSgAAAUZDgBeGQ4AtxkOABAaDgB8FAMAwJsAAA70AADmPgMAJGUDAH1lAwBfogsAHiYBAHcmAQBXlAwAsJQMAAmVDABilQwAFUANAM+SAgAokwIAgZMCAB3UCAAeJgEAdyYBAFeUDACwlAwACZUMAGKVDAAVQA0Az5ICACiTAgCBkwIAHdQIAB4mAQB3JgEAV5QMALCUDAAJlQwAYpUMAAzWDABl1gwAvtYMABfXDABw1wwAydcMACLYDAAjsAEAfLABAEE6BACaOgQA40sCANeVAACY2wEAI7ABAGGHCgC6hwoA8w4AAEwPAAAjsAEAUQgDADXcCgDaAQ0AWd4EALLeBAAL3wQAZN8EAL3fBADjSwIAsTMMAAo0DAAjTAAAixYGAA8NBADjSwIAPEwCAAUZDgCY2wEA40sCAAzWDABl1gwAvtYMABfXDABw1wwAydcMACLYDACnbgIAAG8CAKyqAwAFqwMAXqsDALerAwA8TAIABRkOAF4ZDgC3GQ4AEBoOANoBDQCq2wYAA9wGANoBDQAzAg0AjAINAOUCDQDVQAcADNYMAGXWDAC+1gwAF9cMAHDXDADJ1wwAItgMAN17AgBo9wEAaE4SAMFOEgAeJgEAamwGAD6VAgCmuQAAgiYJAOKhAQA7ogEADlgCAONLAgAM1gwAZdYMAL7WDAAX1wwAcNcMAMnXDAAi2AwAPEwCAAUZDgCY2wEA40sCALAbAQAetQ4Aw/ASABzxEgAVQA0AbkANAMdADQAgQQ0ADNYMABhWAQDx2wEA/I4CAHL/CQCmXhAAZ5sAAB3UCADjSwIALHMCAOKhAQCq2wYAfEwAAONLAgAAAAAA40sCALwSEQCY2wEA40sCAH1CEAAAAAAA40sCALwSEQCY2wEA40sCAH1CEADWQhAAdhYPANVABwDaDA4AKC0RADn+EAAI1QkANhYRAI8WEQDg/RAAYRkAAKa5AABZAAAAsgAAAOraDABD2wwAnNsMAPXbDABO3AwAHiYBAGpsBgDeDREAHEECADGOAADzcQkATHIJAIqOAAC2qAIA65sHAEU6DwCjmAsAERIOAGoSDgDDEg4AHBMOABVADQBuQA0Ax0ANACBBDQBbBBIAvGsRAGebAABhGQAA40sCADxMAgAFGQ4AXhkOALcZDgAQGg4A2gENADMCDQAg0RIAedESANLREgAr0hIAhNISABReDwAd1AgA3XsCAONLAgCTkg8AixYGAA8NBADjSwIAk5IPAA/fDwAQcw4A2gENADMCDQAg0RIAedESANLREgAr0hIAhNISANoBDQCq2wYAc1wDACRlAwDD8BIAHPESAHXxEgDaAQ0AMwINACDREgB50RIA0tESACvSEgCE0hIADNYMAEQMAgAUXg8AbV4PAGDeAQD8HwAAYYcKAMX3DADjSwIAvAkAAHGBDQDD8BIAHPESAHXxEgDaAQ0AMwINACDREgB50RIA0tESACvSEgCE0hIA15UAACNMAACy9AYAC/UGAGT1BgBnmwAAwJsAAA70AADmPgMAI7ABAHywAQBBOgQAmjoEAONLAgBGlwgAK00OAKa5AACCJgkA40sCADxMAgBy/wkAy/8JACQACgBiaBAAu2gQAA5YAgCjmAsAHiYBAONLAgDioQEAO6IBAONLAgDYHA4A3g0RAA8NBADjSwIAvBIRAK0oAADjSwIAk5IPAFtdEgDVTAAALk0AAEwPAADLsQoAmNsBAKa5AABnmwAAI7ABAHywAQBKSgwAo0oMAPxKDABEFwMADw0EAONLAgDaAQ0AMwINACDREgB50RIA0tESACvSEgCE0hIAFF4PAB3UCADjSwIADlgCAKOYCwAeJgEAk5IPAFtdEgDVTAAADlgCAKOYCwAeJgEA8w4AAONLAgDYHA4AUQgDAKoIAwCOSw0A50sNADGOAADKYQIAtVUSANoMDgCY2wEA1fwQAFEIAwA13AoAjtwKAONLAgA8TAIABRkOAF4ZDgC3GQ4AEBoOADxMAgAFGQ4AmNsBAONLAgBo9wEAHdQIAMphAgCmuQAADlgCAKOYCwD8mAsA40sCANoMDgCY2wEA1fwQAFEIAwA13AoAjtwKAONLAgDaAQ0AMwINACDREgB50RIA0tESAN4NEQCmuQAAZ5sAADxMAgAFGQ4AmNsBAONLAgBo9wEAHdQIAMphAgCmuQAAsVUHAApWBwAjsAEA73oPAGj3AQAd1AgAymECAKa5AACz9g8AuhkAAEVSAQCtKAAABRkOAF4ZDgC3GQ4AEBoOAHwUAwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAx2IIAP+5AADfxAIAOMUCAJHFAgAd1AgA4P0QAK0oAACtKAAABRkOAF4ZDgC3GQ4AEBoOAHwUAwDAmwAADvQAAOY+AwAxHQ4AI0wAALL0BgA6hw4AEO8BAIqOAACcbAoA15UAAJjbAQCTkg8AD98PABBzDgA8TAIAcv8JAJz8DwAlqwIAgFgEANlYBAAyWQQAi1kEAORZBAA9WgQAlloEAO9aBABbBBIAvGsRAGGHCgC6hwoA8w4AAEwPAAAjsAEAUQgDADXcCgAd1AgAc1wDAGEZAAC6GQAARVIBADlkAgBOKgwApyoMAAArDABZKwwAPEwCAAp2EgAwlgAAH/sNACNMAACy9AYAO+QHAHWZCgC8EhEAlOQHAO3kBwBG5QcA09YDADuiAQAOWAIA40sCAGGHCgC6hwoAAAAAANeVAADioQEAmNsBAPHbAQBK3AEA40sCAOKhAQCj5wIAFF4PAB3UCADjSwIAk5IPAA/fDwAQcw4AvBIRAJTkBwDt5AcARuUHAONLAgBGlwgAr8gQAIsWBgDx2wEA+IEGAK5tBwBzXAMAJGUDAH1lAwBfogsAuKILABGjCwBqowsAw6MLABykCwA8TAIAcv8JAMv/CQAkAAoAvBIRAJjbAQDjSwIA2gwOADMNDgCY2wEA8dsBAP/PAgAjTAAAKoMCAJjbAQAjTAAAX+YBAGEZAADzDgAAy6cBADvkBwB1mQoAe4AEANSABABhhwoAuocKAAAAAADXlQAA4qEBAJjbAQDx2wEA40sCALEzDAARzw8AgVoNANpaDQAzWw0AjFsNAOVbDQA+XA0Al1wNANoMDgCY2wEA1fwQAFEIAwA13AoA40sCABlZAgByWQIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBABzXAMAPEwCAAUZDgCY2wEA40sCAAzWDAAd1AgAEO4JAONLAgDaAQ0A8FwNAEldDQAVQA0AbkANAMdADQAgQQ0AI7ABAHywAQBBOgQAmjoEAOD9EABhhwoAuocKAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBAONLAgAeJgEAdyYBAFeUDACwlAwACZUMAGKVDAAM1gwAGFYBAHFWAQBRCAMA4qEBAB3UCADg/RAA8w4AAONLAgAM1gwAZdYMAL7WDAAX1wwAcNcMAMnXDAAi2AwADlgCAGdYAgDjSwIAPEwCAHL/CQDL/wkAJAAKAPMOAADjSwIA2gENADMCDQCMAg0ArSgAABDvAQBp7wEAWTYNALI2DQC8CQAAYRkAABxBAgCs+AIArSgAABDvAQBp7wEAwu8BACNMAABf5gEAuOYBABHnAQBUdA8AvAkAAJjbAQDF9wwAHvgMAHf4DADQ+AwAKfkMAIL5DADb+QwANPoMAI36DAAjTAAAX+YBALjmAQAR5wEAVHQPAFhJDgDioQEAqtsGAF/mAQC45gEAvAkAAAioDQDDuQ0AHLoNAIBYBAAwlgAAI0wAALwJAABnmwAAwJsAAA70AADmPgMAZHACADvkBwDLsQoAI0wAAPMOAADLpwEAHdQIAOD9EAAIqA0AO+QHAK0oAABkcAIAZ5sAAKdjAQAxjgAArm0HAFkAAABEDAIAFF4PAPMOAABkcAIAprkAADGZAQCAWAQAMJYAACNMAAC8CQAAAAAAACNMAABf5gEAuOYBABHnAQBUdA8AWEkOAOKhAQCq2wYAAAAAAONLAgA8TAIAlUwCAO5MAgDS8w0AK/QNAPMOAABYSQ4AleYQAO7mEABH5xAAoOcQAPnnEABkcAIAI7ABAOnjBAA7ogEAZ5sAALwJAACyKwwA8w4AAFkAAAAI1QkA44IHAK0oAAAQ7wEAae8BAMLvAQBiaBAAZHACAGebAADAmwAADvQAAOY+AwDv4AAA9W0CAI9ZDwDQLxIAKTASAIIwEgBzXAMAYRkAALoZAABFUgEAYtkCAKgAEQDp+A4AHdQIAOD9EAA5/hAAkv4QAOv+EABE/xAAnf8QAPb/EABPABEAc1wDAEwYEQDS0wIAixYGAOQWBgCmuQAAI0wAAHNcAwCY2wEA8dsBAP/PAgA8gwcAjJ8DAOWfAwA+oAMAl6ADAMphAgC1VRIAFF4PAAioDQBhqA0AuqgNABOpDQBsqQ0AprkAADGZAQCY2wEA8dsBAAioDQBhqA0AuqgNABOpDQBsqQ0AxakNAB6qDQB3qg0A0KoNACmrDQCCqw0A26sNAA7/AQBn/wEAuEoDABFLAwAUXg8ACKgNAGGoDQC6qA0AE6kNAGypDQDFqQ0AHqoNAHeqDQDQqg0AKasNAIKrDQDbqw0AETMRALIAAABxugIA56QNAPwfAADp+A4A15UAAPMOAAD8HwAAVSAAABmcAABnmwAAwJsAAA70AADmPgMA7+AAAPVtAgCPWQ8A0C8SACkwEgCCMBIAc1wDAACyAABZsgAAsrIAAGLZAgCoABEA6fgOAB3UCADg/RAAOf4QAJL+EADr/hAARP8QAJ3/EAD2/xAATwARAHNcAwDzDgAA0tMCAF/mAQCl4QsA+9gIAKdjAQB6RA4Ac1wDAA5YAgAeJgEA+9gIAGEZAAAjTAAAMY4AAD6VAgCy9AYAO+QHAHWZCgDjSwIAPEwCAJVMAgCY0AAAI7ABAPMOAAD8HwAAOtUNACDdCwDKYQIAl3MHAD6VAgAxjgAA83EJAONLAgCxMwwAryERAAgiEQBhIhEA83EJAHNcAwC2qAIAvuENABfiDQBw4g0AyeINAOKhAQCj5wIA/OcCAFXoAgBnmwAAMY4AAGF7EQDjSwIAvBIRAMuxCgAjTAAA40sCALwSEQCtKAAA40sCAB4mAQD72AgAVNkIAHcmAQCY2wEAwJsAAB4mAQC8xgEAFccBAM+SAgBqjQkAX+YBAB3UCADjSwIAWwQSALQEEgANBRIA2BwOAN4NEQC6GQAARVIBAHxMAADVTAAAnhoEAONLAgAM1gwAGFYBAHFWAQBZQQ4AskEOAAtCDgAOWAIAZ1gCALwSEQBILRAA0vMNACv0DQBZNg0AsjYNADxMAgCVTAIAh9wNAODcDQA53Q0Akt0NAOvdDQBE3g0And4NAPbeDQAM1gwAZdYMAHG6AgDnpA0A/B8AALEzDACvIREACCIRAGEiEQCmuQAAkhYDAECDEgAOWAIAdKEKAM2hCgDaAQ0AMwINAIwCDQDCDw0AGxANALRdEgDx2wEA+IEGAC6lCADjSwIAAAAAAK8ADgDjSwIAdKEKADGOAADeDREAHdQIACOwAQAUXg8AHdQIALEzDAARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA3XsCAHNcAwD5sQMAUrIDAKuyAwAd9gMAdvYDAM/2AwAo9wMAgfcDANgcDgA+lQIA2BwOAD6VAgAAAAAAzwsOAONLAgAd1AgARGQKAC/fDgCI3w4A4d8OADrgDgBzXAMAWwQSALQEEgAjTAAAX+YBAJRfAwCCJgkAMY4AAHG6AgB0oQoAMY4AAGDeAQDjSwIAPEwCAJVMAgDuTAIAR00CAK8hEQAIIhEAYSIRAGEZAAAjTAAAMY4AAPs9AgDjSwIAsTMMAK8hEQAIIhEAYSIRADvkBwDLsQoAMJYAACMUAwDaDA4AKC0RACNMAABf5gEA44IHACNMAABf5gEAMY4AAHG6AgDx2wEA2gwOACgtEQAjTAAAX+YBAOOCBwAjTAAAX+YBAPMOAADLpwEAJKgBAH2oAQDWqAEAT98NAKjfDQDjSwIAWwQSALQEEgANBRIAZgUSAMunAQAkqAEAfagBANaoAQBZAAAAGFYBAHFWAQAeJgEAvMYBAHuABAD8HwAAVSAAAPHbAQBo9wEA0qYGAOOCBwAjTAAAsvQGADvkBwAeJgEAamwGAI5LDQA7ogEAmYUCAIqOAABnmwAAymECADGOAACKjgAAtqgCAONLAgAeJgEAdyYBAPMOAADS0wIA40sCAGGHCgC6hwoA/88CAA97DgBhGQAAI0wAAONLAgC5YwYAkhYDAOsWAwBEFwMAnRcDACOwAQAxjgAAYN4BANLTAgCWZQUADNYMABhWAQBxVgEAWUEOALJBDgALQg4AZEIOADLdEAC5YwYAEmQGAI3NEADmzRAAP84QAJjOEADxzhAASs8QAONLAgAscwIA4qEBAKrbBgB8TAAA40sCALEzDAARzw8Aas8PAMPPDwAD3AYAuWMGABJkBgCKmQEAx2IIAGebAADzDgAA59IBAN17AgBvvREAyL0RAHpEDgDTRA4A4qEBAKrbBgBf5gEAHdQIAONLAgAscwIA4qEBAKrbBgB8TAAA40sCALljBgASZAYAipkBAOOZAQDXlQAAymECACNMAABf5gEAuOYBABHnAQBUdA8ArSgAABDvAQBp7wEAwu8BAFhJDgCxSQ4ACkoOAGNKDgC8Sg4AO+QHADvkBwBILRAAk5IPALL0BgAL9QYAZPUGAB3UCADjSwIAvBIRAMuxCgAjTAAA40sCANoBDQAzAg0AvBIRAK0oAABnmwAAHdQIAOD9EAAd1AgA40sCAJOSDwCy9AYAC/UGAGT1BgC99QYAFvYGAG/2BgCeDgsAH1QOAHhUDgCTkg8AsvQGAAv1BgBk9QYAHdQIAONLAgC8EhEAy7EKACNMAADjSwIA2gENADMCDQC1YgMAEKsLAEWTDwAIWg4AYVoOALpaDgATWw4AbFsOAMVbDgAeXA4Ad1wOANBcDgApXQ4AVGkOAK1pDgAGag4AX2oOALViAwCy9AYAC/UGAGT1BgC99QYAFvYGAG/2BgCeDgsAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBANgcDgCtKAAAI0wAAF/mAQCy6A0Ak5IPAA/fDwAQcw4AWwQSALxrEQDYHA4A3g0RADcOEQDaAQ0AMwINACDREgB50RIA0tESAN4NEQCmuQAAZ5sAALwSEQCtKAAA40sCALEzDACvIREACCIRAGEiEQDjSwIAFUANAG5ADQDHQA0AIEENAJJkAgARzw8Aas8PAHuABACxMwwAEc8PAGrPDwB7gAQAFUANAG5ADQATGgAAsTMMAK8hEQAIIhEAYSIRAK8hEQAIIhEAYSIRAGebAADioQEAUQgDADXcCgDjSwIA15UAADCWAAD+JQIAVyYCALAmAgAJJwIAYicCALsnAgAUKAIAbSgCAAR6DgBdeg4AtnoOAONLAgDXlQAAMJYAAO/gAAD1bQIATm4CAF/mAQAd1AgA40sCALEzDAARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEArSgAAAYpAADAmwAADvQAAOY+AwAOWAIAZ1gCAB3UCADjSwIAFUANAG5ADQDHQA0AIEENAJJkAgARzw8AoE0CAPlNAgBSTgIAq04CAONLAgBGlwgAK00OAKa5AACmuQAAZ5sAAPMOAAAscwIAhXMCACKrEAB7qxAAFUANAG5ADQDHQA0AIEENAJJkAgARzw8AoE0CAPlNAgBSTgIAq04CAARPAgARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA09YDAHmaDQBhGQAA09YDACzXAwCTkg8AD98PABBzDgC5YwYAEmQGAGtkBgDEZAYAHWUGAHZlBgDaDA4AMw0OAJ1kCgC8EhEAlOQHAO3kBwAM1gwA4qEBADuiAQBGlwgAr8gQAAjJEADybRAAYYcKALqHCgD4gQYAUYIGACtNDgCmuQAAprkAAGebAABnmwAAWwQSALxrEQDYHA4AymECALVVEgD4gQYALqUIAONLAgAM1gwAGFYBAHFWAQAhARAAegEQANMBEAAsAhAAhQIQALwSEQCtKAAA40sCANeVAAAwlgAAIxQDAHwUAwDVFAMALhUDAIcVAwDgFQMAFUANABxBAgDknAIAsvQGAGebAADzDgAA40sCALwSEQCtKAAA40sCANeVAAAwlgAAIxQDAHwUAwDVFAMALhUDAIcVAwDgFQMAFUANABxBAgDknAIAYRkAALoZAAA6RQgAZ5sAACNMAACNjAIA5owCAD+NAgCwGwEAd/kEALwSEQDKYQIAaPcBANKmBgDjggcAI0wAAONLAgAREg4AahIOAMMSDgAcEw4AFUANAG5ADQATGgAA2BwOAD6VAgCXlQIA8JUCAEmWAgCilgIA+5YCAFSXAgAeJgEA+9gIACNMAAB8TAAA6E4OAB3UCADjSwIAFF4PAB3UCADjSwIA50AMADvkBwCU5AcAI0wAALL0BgA75AcAdZkKAHNcAwDXlQAAMJYAAO/gAABI4QAAmYUCAGF7EQD2AQEA5TsCAOdADABAQQwAvBIRAHWZCgDjSwIA2BwOANVABwDnQAwAYRkAALoZAAA6RQgAZ5sAAOdADABAQQwAUQgDAKoIAwADCQMAXAkDANoBDQAzAg0AlKIBADvkBwBILRAAD6kCACxzAgDioQEAqtsGAHxMAACLFgYAxfcMACNMAAB8TAAADw0EAKduAgAAbwIAWW8CALJvAgALcAIAPEwCAJVMAgDzcQkA8w4AABVADQDT1gMA2BwOAPUHEQBOCBEApwgRAAAJEQBZCREAO6IBAA5YAgCxMwwAryERAAgiEQBkcAIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABADqHDgCtKAAABikAAMCbAADx2wEAYRkAAKa5AABnmwAAYmgQANVgEgDYHA4A3/oPAJxsCgDXlQAAMY4AAPNxCQCnbgIAAG8CAJ1jEgD2YxIAnGsSAPVrEgBObBIAp2wSAABtEgBZbRIAsm0SAJZlBQDaAQ0A8FwNAEldDQAVQA0AbkANAMdADQAgQQ0A50AMACNMAACLFgYAxfcMAGebAADnQAwArSgAABDvAQDzcQkA8w4AAPwfAADnQAwAEWsOAIsWBgDF9wwAI0wAAHxMAAAPDQQAeUENAJVMAgDzcQkA8w4AAEpAAwBzXAMAio4AAJxsCgDXlQAAMY4AAPNxCQDdewIA40sCALwSEQDKYQIAI0wAADGOAACOSw0AO6IBAGebAAAd1AgAc1wDAGGHCgC6hwoAAAAAANeVAADioQEAmNsBAPHbAQBK3AEA40sCAJOSDwDskg8ARZMPALljBgASZAYAjJ8DAOWfAwA+oAMAl6ADAPCgAwBJoQMAvBIRAK0oAABIFw4AoRcOAPoXDgBTGA4ArBgOAB0LDgB2Cw4AvBIRAJjbAQDjSwIAFUANAGebAAAxjgAAcboCALEzDAAKNAwAHdQIAONLAgC8EhEArSgAAONLAgDaAQ0AMwINAMPwEgCHpgAAEO4JAGebAADzDgAA40sCABVADQBuQA0Ax0ANACBBDQCSZAIAEc8PAGrPDwB7gAQA2gwOAJkJDwDyCQ8ASwoPAKQKDwD9Cg8AVgsPAK8LDwAIDA8AYQwPALoMDwATDQ8AbA0PAPNxCQCY2wEA8dsBAPiBBgAupQgADw0EAONLAgCxMwwAEc8PAGrPDwB7gAQA0tMCANgcDgBRCAMAqggDAI5LDQDnSw0AMY4AAMphAgC1VRIANnwCAMX3DAAe+AwAd/gMAND4DAAp+QwAgvkMAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQC1YgMAsvQGAAv1BgBk9QYAHdQIAONLAgC8EhEAy7EKACNMAADjSwIALHMCAIVzAgCOSw0AqtsGALL0BgA7ogEADlgCAONLAgA8TAIABRkOAJjbAQDjSwIAvBIRAJTkBwDt5AcAXjsJALc7CQAQPAkAaTwJAMI8CQDAmwAADvQAAOY+AwC1NA8ADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8AJDcPAH03DwDWNw8ALzgPAIg4DwDhOA8AOjkPAJM5DwDsOQ8AlF8DAMzABAAlwQQAfsEEANfBBAAwwgQAicIEAOLCBAA7wwQAlMMEAO3DBABGxAQAn8QEAPjEBABRxQQAqsUEAJRfAwDMwAQAJcEEAH7BBADXwQQAMMIEAInCBADiwgQAO8MEAJTDBADtwwQARsQEAJ/EBAD4xAQAUcUEAKrFBAAOWAIADlgCAJjbAQDx2wEAHXoQACDdCwA+lQIAX+YBAGebAADAmwAADvQAAOY+AwBhGQAA09YDADuiAQAOWAIA40sCAEaXCAD8HwAAXtcHABReDwDjggcAI0wAAF/mAQAd1AgA40sCAJOSDwDskg8ARZMPAKmfEABGlwgAr8gQAAjJEADybRAAS24QAFkAAACUtwsA7bcLACNMAAAAAAAArSgAABDvAQBp7wEAoVADAGGHCgC6hwoA+IEGAGDeAQBMDwAAdZkKAHNcAwC+cwMAF3QDAHB0AwDJdAMAInUDAHt1AwDUdQMALXYDAIZ2AwDLsQoAI0wAAFkAAACHpgAAI0wAAONLAgA8TAIAmNsBAMJHCgAeJgEA40sCAEaXCACr3Q8ABN4PAOKhAQC5YwYA/7kAABReDwBtXg8AO+QHAJjbAQC2qAIA7JIPAEWTDwBzRBEAmrMPAJXmEADu5hAAR+cQAKDnEABxugIAZ5sAAB3UCADjSwIAk5IPAOySDwBFkw8Ac0QRAJqzDwCV5hAA7uYQAEfnEACg5xAAZ5sAADGOAAAPqQIAHdQIAONLAgCTkg8A7JIPAEWTDwBzRBEAmrMPAJXmEADu5hAAR+cQAKDnEAA8TAIAlUwCAO5MAgBHTQIA28EPADTCDwCNwg8AeVcPANJXDwArWA8AhFgPAN1YDwA2WQ8AI7ABABReDwBtXg8A40sCAJOSDwDskg8ARZMPAHNEEQCasw8AleYQAO7mEABH5xAAoOcQAHywAQDv4AAA40sCAJOSDwDskg8ARZMPAHNEEQCasw8AleYQAO7mEABH5xAAoOcQAA+pAgAd1AgA40sCAJOSDwDskg8ARZMPAHNEEQCasw8AleYQAO7mEABH5xAAoOcQAPMOAADjSwIAPEwCAJVMAgDuTAIAR00CAGGHCgC6hwoA8w4AAFhJDgAjsAEAI0wAAONLAgBGlwgAK00OAJXmEADu5hAAR+cQAKDnEAAAAAAA73oPAONLAgA8TAIAlUwCAO5MAgDh1A0AsTMMAK8hEQAIIhEAYSIRAHWZCgBnmwAARpcIAPwfAADiiQ8AO4oPAJSKDwDjSwIAvBIRAJOSDwDskg8AwI4PABmPDwByjw8Ay48PACSQDwB9kA8A40sCALwSEQAjsAEAI7ABABReDwDjggcAI0wAALL0BgA7ogEACwEAAMzrEADzDgAA40sCAAFPEABIew8AI0wAANeVAABZAAAAprkAAP+5AADfxAIAOMUCAJHFAgAeJgEAdyYBAFeUDACwlAwACZUMAGKVDAAxjgAAcboCAB3UCAAQ7gkA7+AAAGEZAACmuQAA/7kAAN/EAgA4xQIAkcUCACNMAABf5gEAuOYBAC6ODgCHjg4A4I4OADmPDgCSjw4A648OAPwfAADzDgAAAAAAAAAAAADTGQIALBoCAD/DDwCYww8A9gEBAFIgDgCWZQUAvQoRABYLEQBvCxEAR00CACNMAAAxjgAA83EJAAAAAAC5YwYAEmQGAGtkBgBlng8Avp4PABefDwDzDgAATA8AACOwAQAUXg8A3XsCACOwAQB8sAEAcLURADuiAQCtKAAA7+AAAPVtAgCPWQ8Ab70RAMCbAAAO9AAA5j4DAB3UCADg/RAAymECACNiAgAUgQIAixYGAH0sDgDWLA4AUQgDAKoIAwADCQMA6eMEAB3UCAB21AgAqqIRALL0BgA75AcAdZkKAONLAgAscwIAhXMCAI9ZDwDQLxIAKTASAIIwEgDaDA4AKC0RADn+EACS/hAA6/4QAET/EACd/xAA9v8QALL0BgA75AcAdZkKAONLAgAscwIAhXMCAI9ZDwDQLxIAKTASAIIwEgBGlwgAK00OAOKhAQCq2wYAX+YBALjmAQBzXAMAk5IPAOySDwBFkw8Ac0QRAJqzDwDzsw8ATLQPAKW0DwA8TAIAlUwCAO5MAgBHTQIA28EPAMJpBQAbagUA5akMAMX3DAB6tAgAEO4JAMuxCgAjTAAA40sCAAAAAADg/RAAwJsAAA70AABn9AAAAAAAAAAAAABGlwgAK00OAOKhAQCq2wYAX+YBALjmAQBpaQUAx1YPACBXDwCpnxAAy/8JACQACgAAAAAA8cMPACrRAQCtKAAAEO8BAGnvAQBIUAMAc1wDAAAAAACxMwwAEc8PAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQA1/Q0Ajv0NAGGHCgC6hwoAaPcBANKmBgDjggcAI0wAALL0BgA75AcAdZkKAONLAgDaAQ0AMwINAKdjAQB6RA4A00QOACxFDgCFRQ4A3kUOADdGDgCQRg4A6UYOAEJHDgCbRw4A2BwOANVABwAVQA0AbkANADpFCABiaBAAlK0CAO2tAgBGrgIAn64CAONLAgCxMwwAEc8PAGrPDwDDzw8AA9wGALljBgASZAYAipkBAOOZAQDfXhEAHiYBAGpsBgCOSw0AO6IBANPWAwA7ogEADlgCAONLAgDaAQ0AMwINAKj1DwAB9g8AxXEQAB5yEAAqgwIAWvYPAJZlBQAAAAAA40sCANeVAAAwlgAAugEOABMCDgBsAg4AxQIOAB4DDgB3Aw4A0AMOACkEDgCvIREACCIRAGEiEQBbBBIAvGsRACNMAADv4AAAZ5sAAGebAABhGQAA40sCAJOSDwDskg8ARZMPAFkAAACyAAAACwEAAJZlBQCo9Q8AAfYPAJZlBQAjTAAAKoMCAFr2DwCWZQUAAAAAAONLAgCTkg8AW10SAOKhAQB7gAQA1IAEAC2BBADskg8ARZMPAAhaDgBhWg4AuloOABNbDgBsWw4AxVsOAB5cDgB3XA4A0FwOACldDgBUaQ4ArWkOAAZqDgBfag4AuGoOALaoAgC+4Q0AHdQIAGEZAADPkgIAYXsRAEmsBAD2ZQIAT2YCAPYBAQDlOwIAeqkHAJIWAwDrFgMARBcDAIqOAACY2wEAwkcKAPMOAADn0gEAO6IBANPWAwB7gAQA9mUCACLjDQAd1AgA40sCANoBDQAzAg0AI0wAAF/mAQC45gEAEecBAJTkBwDt5AcAXjsJACNMAACNjAIAvBIRAHWZCgDjSwIARpcIAPwfAADiiQ8AO4oPAJSKDwBkcAIAMY4AAPNxCQBMcgkApXIJALljBgCSFgMA6xYDAEQXAwDKYQIAMY4AAIqOAAAjsAEAMY4AALaoAgCpiQ4AAooOAFuKDgC0ig4ADYsOAGaLDgBhhwoAxfcMANvvAwA08AMArDkRAAU6EQBeOhEAtzoRABA7EQBpOxEAAAAAAAAAAAAd1AgAI0wAAONLAgC5YwYA/7kAAN/EAgA4xQIAkcUCAO96DwC8CQAAso8NAAuQDQBkkA0AvZANALwJAADKYQIAvGsRAK0oAAAFGQ4AmNsBAPHbAQDYHA4AShIPAExyCQC8CQAAFQoAABESDgDoTg4AQU8OADGOAACtKAAAI0wAAF/mAQCy6A0A40sCANgcDgBKEg8ATHIJALwJAAAVCgAAERIOAOhODgBBTw4AsTMMADGOAACKjgAAgiYJALwJAAAVCgAAERIOAOhODgBBTw4AsTMMADGOAACKjgAAgiYJALwJAAAVCgAAERIOAOhODgBBTw4A6eMEADuiAQDLpwEAO6IBAAjVCQA2FhEAjxYRAOgWEQBBFxEAAAAAADxMAgCVTAIA7kwCAFQmEACtJhAA40sCAJOSDwDskg8ARZMPAKmfEAC2qAIAAAAAAONLAgCTkg8A7JIPAEWTDwCpnxAARpcIACtNDgDioQEAqtsGAF/mAQC45gEADNYMAGXWDADMhw8APEwCAJVMAgDuTAIAuWMGAJIWAwAIOgMAprkAAGebAABe1wcAI7ABABReDwAd1AgAq90PAATeDwBd3g8Att4PAA/fDwBo3w8A2gwOAO2rEgBGrBIAmYUCAD6VAgCy9AYAO+QHAHWZCgBkcAIAHiYBAPMOAACTkg8A7JIPAEWTDwCpnxAADNYMAGXWDADMhw8APEwCAJVMAgDuTAIARpcIACtNDgDioQEAqtsGAF/mAQC45gEA3XsCAG/1DgDI9Q4APEwCAJVMAgDuTAIAR00CAK8hEQAIIhEAYSIRADxMAgCY2wEAwkcKAB4mAQAh9g4ASC0QANoBDQAOWAIAYRkAALoZAACY2wEA8dsBAErcAQDjSwIA15UAADCWAAAf+w0AePsNANH7DQAq/A0Ag/wNANz8DQASxw8A7EQQAEVFEACeRRAA73oPANtzEADiiQ8AO4oPAJSKDwDjSwIAERIOAOhODgBBTw4AwI4PABmPDwByjw8Ay48PACSQDwB9kA8A40sCABESDgDoTg4AQU8OADGOAACKjgAAgiYJAONLAgBGlwgA/B8AAOKJDwA7ig8AlIoPAONLAgAREg4A6E4OAEFPDgCTkg8A7JIPAMCODwAZjw8Aco8PAMuPDwAkkA8AfZAPAONLAgAREg4A6E4OAEFPDgAAAAAA+z0CACNMAADXlQAAmNsBAPHbAQBiaBAAWQAAALIAAAD5sQMAUrIDAKuyAwAEswMAsTMMABHPDwCgTQIA+U0CAFJOAgCrTgIABE8CALVXAgBhhwoAxfcMALljBgASZAYAa2QGABVADQDPkgIAKJMCAAAAAABiaBAAu2gQAFoBEQCzAREADAIRAGUCEQDh1A0ADNYMAGXWDADMhw8Ac1wDAHADEQDJAxEAIgQRAHNcAwBxugIAI0wAAF/mAQAd1AgAc1wDAONLAgDjSwIA40sCAHNcAwDjSwIA40sCAFkAAAAI1QkAHdQIAONLAgDjSwIA40sCACMJAgB8CQIAYYcKALqHCgD4gQYAYN4BAEwPAAB1mQoAc1wDAFkAAACmJwsAmNsBACNMAABf5gEAHdQIAHNcAwDjSwIA40sCAA5YAgDioQEAe4AEANLTAgBf5gEAsugNAPHbAQBK3AEAc1wDAONLAgCxMwwAEc8PAMghEwAhIhMAeiITANMiEwAsIxMAhSMTAN4jEwDjSwIA15UAADCWAAByCwMAqtsGAAPcBgBo9wEAEYEQAFkAAADioQEAqtsGAF/mAQCy6A0AUQgDAOKhAQA7ogEA2+8DADGOAABFOg8Ao5gLAAzWDABEDAIAnQwCAD6VAgCtKAAABRkOAJjbAQAeJgEA40sCAEaXCAArTQ4A4qEBAKrbBgBf5gEAxfcMAONLAgA8TAIAcv8JAJz8DwD1/A8ATv0PAKf9DwAA/g8AWf4PALL+DwDYHA4ArSgAACNMAABf5gEAsugNABCUEQBplBEAwpQRABuVEQB0lREAzZURAOekDQDjSwIAPEwCAAUZDgBeGQ4AtxkOAEaXCACr3Q8ABN4PAF3eDwC23g8Ar8gQAAjJEADybRAAS24QAKRuEADYHA4AymECALxVDwAVVg8AI0wAAF/mAQArTQ4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAACnYSAJVMAgDuTAIAR00CAFR0DwCtdA8ABnUPAAUZDgBeGQ4AtxkOAEaXCACr3Q8ABN4PAF3eDwC23g8Ar8gQAAjJEADybRAAS24QAKRuEADYHA4AymECALxVDwAVVg8AI0wAAF/mAQArTQ4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAACnYSAF91DwC4dQ8AEXYPAGDeAQDjSwIAAAAAAONLAgA8TAIAlUwCAO5MAgDS8w0AK/QNAAAAAABhhwoAxfcMAHNcAwCxMwwAXtcHALfXBwBhexEASawEAPwfAAAd1AgAc1wDAOKhAQA7ogEArSgAAAUZDgDmPgMASFADAKFQAwCTkg8A7JIPAEWTDwCpnxAAAqAQAJyuEAD1rhAAwQELABoCCwBzAgsA0vMNACv0DQCxMwwAryERAAgiEQBhIhEAzAILANvBDwDCaQUAG2oFAC8XDAARzw8AyCETACEiEwB6IhMA0yITAAzWDABEDAIAFF4PAG1eDwBg3gEA/B8AAGGHCgC6hwoAE4gKAFWPAgBiaBAAIwkCAHwJAgAq0QEAdKEKACLjDQBe1wcA9W0CAI9ZDwDQLxIAKTASAIIwEgBIUAMAoVADAJOSDwDskg8ARZMPAKmfEAACoBAAnK4QAPWuEADS0wIAK9QCAN4NEQAd1AgAdtQIAHG6AgAd1AgAZHACADvkBwDLsQoAZ5sAAMCbAAAO9AAA5j4DAA7/AQBn/wEARAwCABReDwAjTAAAX+YBAJOSDwAxjgAAYN4BAKj1DwDioQEAo+cCAB3UCADjSwIAPEwCAJVMAgDuTAIAR00CAEaXCAArTQ4AprkAAKa5AABnmwAA8w4AAOfSAQCtKAAACnYSAJm7DwDyuw8AS7wPAKS8DwD9vA8AYmgQALtoEAAUaRAAr8gQAPDWEABJ1xAAotcQAPvXEACvvQ8ACL4PAGG+DwDjSwIA40sCAONLAgDaDA4AMw0OAN0KEABhGQAAsBsBALVKEQDjSwIAsTMMABHPDwBqzw8Aw88PAAPcBgBGlwgAK00OAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAAAp2EgBjdhIAvHYSAA8NBABzXAMAc1wDAB4mAQAeJgEAamwGAHG6AgAPDQQA40sCAPs9AgBUPgIArT4CAAY/AgBfPwIAuD8CAGEZAABnmwAAI0wAABLfAQAd1AgA40sCAJOSDwDskg8ARZMPAKmfEACVTAIA7kwCAEdNAgBGlwgAK00OAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAAAp2EgAscwIAhXMCACKrEABnmwAAwJsAAPHbAQCTkg8A7JIPAEWTDwCmuQAAMZkBAA7/AQBn/wEARAwCABReDwAjTAAAk5IPAOySDwBFkw8A2BwOAPUHEQBOCBEApwgRAAAJEQBZCREAsgkRAAsKEQBzXAMAAAAAAAAAAADioQEAe4AEAKj1DwBnmwAAWQAAABhWAQDx2wEA/88CAJIWAwA+lQIAX+YBAKa5AAAAAAAA1WASADxMAgCVTAIA7kwCAEdNAgAb8AEAvmYSAKvdDwAE3g8AXd4PALbeDwDjSwIAk5IPAOySDwBFkw8AqZ8QAAKgEADaAQ0AMwINAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAPMOAACnbgIAPEwCAJVMAgDuTAIA0vMNACv0DQCxMwwAryERAAgiEQBhIhEAYRkAAONLAgCxMwwAryERAAgiEQBhIhEAvBIRAMdiCAAgYwgAeWMIANJjCAArZAgAhGQIAN1kCAA75AcAI0wAAHxMAADVTAAAnhoEAONLAgCxMwwAryERAAgiEQBhIhEAYRkAAB3UCABEZAoAO6IBAA5YAgBzXAMA8w4AAFkAAAAI1QkA44IHAN17AgA2fAIAymECALEzDAARzw8AKh0RAIMdEQDcHREANR4RAPMOAAAxjgAArm0HAFkAAABEDAIAWwQSALxVDwAVVg8AblYPAChwDwAjsAEAFF4PAG1eDwDGXg8AwJsAAA70AADmPgMAv5YPAAAAAACnbgIAp24CAEi0BAChtAQA+rQEAFO1BADjSwIA40sCALwSEQCtKAAA40sCAJOSDwDskg8ARZMPAB3UCABEZAoAL98OAIjfDgDveg8ASHsPACOwAQAUXg8AbV4PABDuCQDCfg8AG38PAO96DwBIew8A4P0QAPMOAAD8HwAAXtcHABReDwDjggcAI0wAAF/mAQD7PQIArSgAABDvAQBp7wEAwu8BAFkAAACyAAAACwEAAMzrEABZAAAAN3QCAJB0AgDpdAIAQnUCAJt1AgD0dQIAO+QHAMuxCgAjTAAAprkAADGZAQAO/wEA+9gIAPMOAADdewIAb70RAMi9EQB6RA4AsugNAA70AADF9wwAWQAAACNMAABf5gEAymECALxVDwAxjgAAcboCAB3UCABEZAoAO6IBANvvAwA08AMArDkRAAU6EQBeOhEAtzoRACqDAgCU5AcAWQAAAOKhAQA7ogEADlgCAONLAgDYHA4ArSgAACNMAABf5gEAsugNAEGzDwD8HwAA8w4AAOfSAQDLpwEAO+QHAHWZCgDjSwIARpcIAK/IEAAIyRAA8m0QAEtuEADzDgAA40sCAKduAgCnbgIA40sCACNMAABf5gEAuOYBABHnAQDaDA4AMw0OAN0KEAA2CxAAjwsQAOgLEABBDBAAmgwQAHlBDQBy/wkAnPwPAPX8DwBO/Q8Ap/0PAONLAgBbBBIAvGsRAK0oAAAFGQ4AmNsBAPHbAQDaAQ0AqtsGAPMOAADjSwIADNYMAGXWDABxugIA8dsBAGEZAAAjTAAA40sCANgcDgDeDREAHdQIAONLAgAscwIAhXMCACKrEAB7qxAAuWMGAJIWAwAIOgMAprkAAGebAABe1wcAI7ABABReDwAd1AgAI0wAAI2MAgDmjAIAP40CAOn4DgDp+A4AsBsBAGebAADAmwAADvQAAGRwAgC9cAIAFnECAG9xAgDIcQIAZHACAK0oAAAQ7wEAae8BAFk2DQCyNg0AtWIDABCrCwBFkw8AGJcPAJVMAgDuTAIAR00CALEzDAARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEANdwKAI7cCgDnpA0Ay6cBADvkBwB1mQoAZ5sAADGOAADeDREAprkAAJjbAQDx2wEA+IEGAD6VAgCy9AYAO+QHAHWZCgBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAFV5AAA+lQIAsvQGAHuABACtKAAAcv8JAGebAAAd1AgAHdQIAOD9EAA5/hAACNUJADYWEQCPFhEA4P0QAGEZAACmuQAADw0EAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAWQAAAFkAAABEDAIA6eMEAKa5AACSFgMAPpUCALL0BgA75AcAdZkKAKa5AAAxmQEAutYBABCUEQBf5gEAp2MBAIFaDQDaWg0Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGEZAAC6GQAAOkUIACNMAACLFgYAfSwOAAK4AgDzDgAAy6cBAGebAABhGQAAI0wAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEASVMEAKJTBAA2AQcAjwEHAOgBBwBBAgcAmgIHAPMCBwBMAwcApQMHAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAjTAAAMY4AAI5LDQA7ogEAZ5sAAMCbAAAjsAEAMY4AAJjQAAAwlgAAH/sNAIImCQDbJgkAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAOnjBAA7ogEA09YDAKrbBgCy9AYAMY4AAPNxCQDp4wQAlK0CADGOAAA+lQIAsvQGADvkBwB1mQoAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQA+lQIAMY4AADGOAACKjgAA444AADyPAACVjwAA7o8AAJjbAQDx2wEA8w4AAEwPAADLsQoAmNsBAKa5AABnmwAArSgAABDvAQBp7wEAWTYNALI2DQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAA5YAgCjmAsA/JgLAGj3AQAd1AgAymECAKa5AACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAElTBACiUwQANgEHAI8BBwDoAQcAQQIHAJoCBwDzAgcATAMHAKUDBwDioQEAo+cCAPznAgBV6AIArugCAAfpAgBg6QIA8w4AANLTAgAr1AIAPpUCAF/mAQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQBrCg4AxAoOAGebAACnYwEAyCETACEiEwB6IhMA0yITACwjEwCFIxMA3iMTAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAGsKDgDECg4AprkAADGZAQAO/wEAZ/8BAEQMAgAUXg8AI0wAALL0BgA75AcAdZkKAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAGsKDgDECg4AsvQGAAv1BgBk9QYAvfUGABb2BgBv9gYAyPYGAOVmDgA+Zw4Al2cOAPBnDgBJaA4AomgOAPtoDgAWZgEAawoOAMQKDgDXlQAAMJYAAB/7DQCCJgkA2yYJADQnCQCNJwkA5icJAD8oCQBEZAoAO+QHAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAGsKDgDECg4A8w4AAEKLBACbiwQAFF4PAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAawoOAMQKDgBJrAQAoqwEAPusBABUrQQAra0EAAauBABfrgQAuK4EABGvBABqrwQAw68EABZmAQBrCg4AxAoOAK0oAAAjsAEADw0EAO/gAAD1bQIADw0EAPMOAABCiwQAm4sEABReDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAGsKDgDECg4AAAAAAONLAgAAAAAA40sCADxMAgCVTAIA7kwCAEdNAgCnbgIAAG8CAKyqAwAFqwMAXqsDALerAwDaAQ0AMwINAIj1EADh9RAAOvYQAJP2EADs9hAARfcQAJ73EACnbgIAAG8CAEaXCACr3Q8ABN4PAF3eDwC23g8AqkkRALwSEQCY2wEA40sCAGGHCgDV/BAALv0QAIf9EADjSwIAk5IPAOySDwBFkw8AqZ8QAJOSDwBbXRIA1UwAAJ4aBAD3GgQAZ/IQAHLzEADL8xAAJPQQANoBDQDwXA0A59IBAFhJDgBnmwAA8w4AAEaXCABMDwAAHiYBAPvYCACTkg8A7JIPAEWTDwCpnxAAAqAQACxzAgBnmwAAwJsAAPHbAQBGlwgAq90PAATeDwBd3g8Att4PAMphAgAPDQQA40sCAEaXCAD8HwAAymECADGOAABg3gEA0tMCALL0BgAxjgAA3g0RADcOEQBbBBIAvGsRAMCbAAAOWAIAHiYBAGpsBgDeDREAYRkAAONLAgDYHA4A3g0RAB3UCADjSwIAuWMGABJkBgBrZAYAGpIQAIsWBgDkFgYAymECACNiAgB8YgIAKoMCAJjbAQDnpA0ALHMCAIVzAgCPWQ8A0C8SACkwEgDVQAcADNYMABhWAQBxVgEAUQgDAOKhAQAd1AgA4P0QAMCbAADjSwIARpcIAFkAAAAI1QkA44IHAOKhAQA6hw4Acv8JAGebAAAd1AgA40sCADxMAgAFGQ4AmNsBALEzDACvIREACCIRAGEiEQAscwIAhXMCAI9ZDwDQLxIAKTASAOySDwBFkw8AuWMGAJIWAwBg3gEA/B8AACTpDwCUtwsA7bcLAIemAAAwlgAAcgsDAKrbBgAAAAAArSgAAJjbAQCZhQIArm0HAPvYCADv4AAAO+QHAJjbAQC2qAIAAAAAAGebAADAmwAADvQAAOY+AwAjTAAAX+YBALjmAQAR5wEAprkAAJIWAwBg3gEA/B8AAO/gAAD1bQIAj1kPANAvEgApMBIAgjASACNMAABf5gEAuOYBABHnAQCmuQAAkhYDAGDeAQD8HwAA09YDADuiAQAOWAIA40sCAJOSDwDskg8ARZMPALljBgCSFgMAYN4BAPwfAAAk6Q8AlLcLAO23CwCHpgAAMJYAAHILAwCq2wYAAAAAAK0oAACY2wEAmYUCAK5tBwD72AgA7+AAADvkBwCY2wEAtqgCAAAAAABnmwAAwJsAAA70AADmPgMAI0wAAF/mAQC45gEAEecBAKa5AACSFgMAYN4BAPwfAADv4AAA9W0CAI9ZDwDQLxIAKTASAIIwEgAjTAAAX+YBALjmAQAR5wEAprkAAJIWAwBg3gEA/B8AAJqdDQDznQ0ATJ4NAKWeDQD+ng0AV58NALCfDQCnbgIAAG8CAJqdDQDznQ0AsTMMAK8hEQAIIhEAYSIRAKduAgBhhwoAuocKAPx2EABVdxAArncQAAd4EADjSwIALHMCAEjhAAByegUAy3oFACNMAABf5gEAYRkAAONLAgCTkg8AD98PAPMOAABMDwAAdZkKAONLAgBhhwoAuocKAPx2EABVdxAArncQAAd4EADjSwIALHMCAEjhAAByegUAy3oFACNMAABf5gEAYRkAAONLAgCTkg8AD98PACOwAQB8sAEAymECAONLAgBhhwoAuocKAPx2EABVdxAArncQAAd4EADjSwIALHMCAEjhAAByegUAy3oFACNMAABf5gEAYRkAAONLAgCTkg8AD98PAHNcAwB8TAAAv14SABhfEgBxXxIAmNsBAMJHCgDv4AAA9W0CAMphAgC1VRIA40sCALEzDAARzw8AoE0CAPlNAgBSTgIAq04CAARPAgAAAAAA40sCAGGHCgC6hwoA/88CAA97DgBoew4AwXsOABp8DgBGlwgAs/YPAAz3DwBl9w8AvvcPABf4DwBw+A8ARpcIALP2DwAM9w8AZfcPAL73DwAX+A8AcPgPALEzDAARzw8AoE0CAPlNAgBSTgIAq04CAARPAgBiaBAA1WASANgcDgDf+g8AnGwKANeVAAAxjgAA2BwOAN/6DwCcbAoA15UAADGOAADzcQkA40sCAGJoEADVYBIALmESAIdhEgDgYRIAOWISAJJiEgDrYhIARGMSANeVAAAjsAEAI7ABAONLAgDaDA4AMw0OAIwNDgDlDQ4A1fwQADuiAQAOWAIA40sCANoBDQCq2wYAX+YBAKXhCwDzDgAArSgAACNMAADjSwIAuWMGABJkBgBrZAYAGpIQAHOSEADMkhAAJZMQAA5YAgB0oQoAzaEKAONLAgC5YwYAEmQGAGtkBgAakhAAc5IQAMySEAAlkxAAmNAAAPMOAAD8HwAAHdQIAONLAgBbBBIAtAQSAHNcAwAjCQIALmESAAo0DAAd1AgA40sCALwSEQCtKAAA40sCANoBDQAzAg0AYRkAAGebAADAmwAA40sCALEzDAARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAEaXCACvyBAACMkQAITUAgDd1AIA40sCAJOSDwCLFgYAfSwOANYsDgAvLQ4AYmgQALtoEABiaBAAu2gQABRpEABtaRAAuWMGAJIWAwBAgxIAmYMSAPKDEgBLhBIApIQSAP2EEgBWhRIAr4USAGJoEAC7aBAA2BwOAMphAgC8VQ8AUQgDADXcCgCxMwwAEc8PAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQAscwIAhXMCACKrEAB7qxAAk5IPAFtdEgDVTAAAeycEADMNDgCY2wEA8dsBAP/PAgAjTAAA40sCALljBgCSFgMAQIMSAJmDEgDygxIAvBIRAK0oAADjSwIAk5IPAFtdEgDVTAAAPEwCAAUZDgAjsAEAI7ABAHywAQDv4AAA4qEBADuiAQAOWAIA40sCALEzDAARzw8AAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA15UAAJjbAQDV/BAAO6IBAA5YAgDjSwIAERIOAGoSDgDeDREAHdQIACOwAQDp4wQAO6IBAA5YAgDjSwIAvBIRAK0oAADjSwIAk5IPAFtdEgDVTAAAHJgSAHWYEgDOmBIAJ5kSAICZEgDZmRIAMpoSAIuaEgDkmhIAPZsSAJabEgDvmxIASJwSAKduAgAAbwIAAvkQAN4NEQC6GQAARVIBAHxMAADVTAAAnhoEAONLAgCxMwwAEc8PAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQC8EhEAx2IIACBjCAB5YwgA0mMIACtkCACEZAgA3WQIAIRNDgDdTQ4ANk4OAI9ODgBq5wEAAAAAAAAAAAAAAAAA40sCABVADQDD8BIAHPESAHXxEgDaAQ0AMwINACDREgB50RIA0tESACvSEgCE0hIA2BwOAC6lCAAd1AgADw0EADGOAABxugIAYRkAAONLAgDYHA4ALqUIAB3UCAAM1gwAYRkAAMPwEgAc8RIAdfESANoBDQAzAg0AINESAHnREgDS0RIAK9ISAITSEgDYHA4ALqUIAB3UCADzDgAA0tMCACvUAgDzcQkATHIJAA5YAgCjmAsAHiYBAONLAgDaAQ0AMwINACDREgB50RIA0tESACvSEgCE0hIAWwQSACNiAgCWewcAIxQDACOwAQAUXg8A2gENADMCDQAg0RIAedESANLREgAr0hIAZ1gCAONLAgAOWAIAo5gLAPyYCwAVQA0Aw/ASABzxEgB18RIA2gENADMCDQAg0RIAedESANLREgAr0hIAhNISAFkAAAAYVgEAcVYBAFEIAwDioQEAHdQIAOD9EADAmwAA56QNANLTAgCLFgYAfSwOAD6VAgBf5gEADlgCAA8NBABzXAMASLQEAKG0BAD6tAQAU7UEACxzAgDioQEAqtsGAHxMAADjSwIAsTMMABHPDwAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCnbgIAAG8CAJOSDwAP3w8AEHMOAGGHCgC6hwoAwJsAAMX3DADjSwIADNYMAGXWDADMhw8AWQAAAB4mAQDjSwIAsTMMAK8hEQAIIhEAAAAAAGEiEQCNzRAAacIFAGpsBgDeDREAHdQIAONLAgA8TAIAlUwCAO5MAgBHTQIALHMCAOKhAQCq2wYAfEwAAONLAgCxMwwAEc8PAGrPDwDDzw8AA9wGALljBgASZAYAipkBAK8ADgAIAQ4ACAEOABrgDwAq0QEAh7sKAOC7CgA5vAoA07MQACy0EABZAAAAGFYBAHFWAQBZQQ4AskEOAAtCDgBkQg4AMt0QALljBgASZAYAjc0QAObNEAA/zhAAmM4QAPHOEABKzxAA6eMEADqHDgCThw4A44IHAA8NBACmuQAA/7kAAEumDQCkpg0A/aYNAFk2DQCyNg0AZ5sAAMCbAAAO9AAA5j4DAA5YAgBnWAIAMY4AAFtdEgDVTAAAnhoEAPcaBADYHA4AMR0OAIodDgCTkg8A7JIPAEWTDwAYlw8AlUwCAO5MAgDS8w0AK/QNAA/fDwAQcw4ARpcIAPwfAABnmwAAk5IPAFtdEgDVTAAAPEwCAAp2EgBjdhIAvHYSABV3EgBGlwgAr8gQAAjJEACE1AIA3dQCAONLAgCTkg8AixYGAH0sDgDWLA4AYYcKALqHCgBiaBAAmNsBAMX3DADjSwIAHiYBAGpsBgBRCAMANdwKAAUZDgCY2wEA40sCAB4mAQB3JgEAmNsBAPHbAQDaAQ0AMwINAK0oAAAFGQ4AmNsBAB4mAQBqbAYAPpUCALL0BgA75AcAZ5sAAOOCBwCxVQcAI0wAALL0BgA75AcAdZkKAONLAgA8TAIAlUwCAO5MAgBHTQIAPEwCAAUZDgCY2wEA40sCAJOSDwAxjgAAYN4BAFtdEgDVTAAAnhoEAPcaBABn8hAAcvMQAMvzEAAk9BAAPEwCAJVMAgDuTAIAVCYQAK0mEADjSwIAk5IPAOySDwBFkw8AejkNANM5DQAsOg0AhToNAN46DQA3Ow0AkDsNAOk7DQCSegQA63oEAI3NEADmzRAAuEoDABFLAwAUXg8Aud4BAKBWEwD5VhMAsOwUAAcUDwAPDQQAQNMBAECOEwC4BRUAHdQIAANBAABSVxMAq1cTAECOEwATORMA604AAEulFQC4BRUAHdQIALgFFQC4BRUAHdQIAECOEwDd6BQAuAUVAEulFQAOWAIAVSAAALAbAQBLpRUAsBsBALCIEwCwiBMAHdQIAOD9EABgIQAAsBsBAErRAABK3AEAgzMTAIMzEwC4BRUAStwBALgFFQDiiQ8AaVETAMJREwDw9xMAoFYTAPlWEwASTBQAS6UVALwJAABAjhMAaVETAMJREwCwGwEA5EwTAPjCFABRwxQAla4TAA5YAgCwiBMAg4wTANyMEwCgVhMA+VYTAK5KFAAeJgEA1WASALCIEwDjVBMAsIgTAHWZCgC9NhUA8PcTAECOEwC1axQAuAUVALwJAAC8CQAA9m4TAE9vEwCobxMAS6UVAPMOAABRXxMAql8TAFFfEwCqXxMA1rwTAEulFQAQcw4ASFADAB3UCACCJgkAHdQIAPZuEwBPbxMAUhQVALAbAQD2bhMAT28TAFIUFQBVIAAAoFYTAPlWEwCBkwIA40sCAPBcDQBAjhMAc1wDABBzDgAQcw4A40sCACNMAACwiBMAO10TAH5bEwB24AEApKUVAKSlFQB+WxMAtWATAA5hEwBnYRMA50sNAJlMDQBAjhMApIYCAFFfEwCqXxMAsIgTAH5bEwDXWxMAUV8TAJmZFABRXxMAmZkUAKu7FACwiBMA33QTAONLAgDd6BQAJwgVAOQJFQABcBMA40sCAJqRFACVaxUA7msVAAsKEQABcBMAWnATAORMEwABcBMAeZoNAONLAgD2bhMAT28TAPZuEwBPbxMA9m4TAE9vEwADYBMA8PcTAKBsFQD5bBUA3XsCAH5bEwDkTBMAUV8TAKpfEwDdewIAHdQIAONLAgBLpRUA40sCAJVrFQDuaxUAGGoTAEZ0FQBAjhMAc1wDAECOEwCWZQUAlmUFAJZlBQBzXAMA83EJALxrEQA6tAoAvGsRACWTEAAlkxAAI0wAAFGBDgDuuRQATncTAPYBAQDzDgAA8w4AABZ6EwBxXxIA9gEBAPCpFADzDgAAcV8SALCIEwCwiBMAsIgTALCIEwCwiBMA5EwTAORMEwCwiBMAsIgTALCIEwCwiBMAsIgTALCIEwDkTBMA5EwTAORMEwCwiBMAsIgTALCIEwDkTBMA5EwTAFiAEwDkTBMA5EwTALCIEwCwiBMAsIgTAONLAgDjSwIA7CIVALwJAADsIhUAvAkAADaFEwBUwg4A40sCAEulFQCY2wEAh7sKAONLAgDzDgAA8w4AALCIEwCwiBMAI7ABAEZ0FQD2bhMAT28TAHNcAwBAjhMAS6UVAPMOAAAfixMA40sCADkWAwD8HwAADw0EAHShCgBhGQAAHdQIABs9CQAd1AgA8+oUALwJAADw9xMAEzkTAAFwEwBacBMASaEDAPZuEwBPbxMAUhQVAAPcBgBLpRUA40sCAONLAgABcBMAWnATAEldDQBAjhMAmpEUAP3zFABGdBUA8w4AALS4AgDv4AAA7+AAAO/gAABLpRUA7+AAABKRAgBhexEAS6UVALS4AgBLpRUAn64CAPsDFQDT3xQALOAUAK6YEwBLpRUAGnAVAHNwFQCuQQMAsBsBAEulFQCRwxIAvAkAAEulFQBZAAAAYRkAAOD9EAATORMADw0EABSVFABZAAAA+wMVALwJAABLpRUAtWsUALwJAABAjhMAvAkAALwJAAA+UBQAQI4TABM5EwCakRQA0tMCAA8NBADvphMAyX8EACdYBADZpBMAMWEEAKSlFQAupQgA5EwTAPjCFABRwxQAjvEUAAZVBAD2bhMAT28TAFIUFQAvvRMA5EwTAEulFQDaZgYA+1MEAGvzEwDkTBMAsIgTALCIEwD2bhMAT28TALCIEwCDjBMA3IwTAEwPAABAjhMAJAAKABReDwBAjhMAVpsUAFabFABAjhMAy8YUAGKJEwBrpwQA40sCAECOEwCgrxMAStwBAEulFQDjSwIA40sCAONLAgCkpRUA40sCABM5EwBLpRUA40sCAECOEwBGdBUAg4wTANyMEwDyTA0Az2UGAAF7FADnQAwA73oPAEulFQBv9gYAS6UVAJ4OCwDI0xMAYCEAAECOEwCgrxMA+a8TAGlcFABLpRUA0tMCABReDwBAjhMA3egUAPYBAQABexQAa/MTAGKVDABjuwAAymECAONLAgDkTBMA+MIUAFHDFAD2bhMAD70UAO96DwBrTBQAEzkTAPMOAACwGwEAcrsTAD9IFACYSBQAaVwUACNMAADkTBMA+MIUAFHDFACO8RQA5/EUAGlcFAAjTAAAaVwUACNMAADlRBMAT8gTAEulFQDjSwIAS6UVAONLAgBAjhMA3egUAPD3EwBAjhMAMa0TAIqtEwDjrRMAS0EUAONLAgBzWhMAQI4TALCIEwCDjBMA3IwTADfWEwDVjgYAEzkTAL02FQBJXQ0ApKUVALCIEwCkpRUAsIgTACVbEwBzXAMAeOQTANHkEwAq5RMAMa0TAIqtEwDjrRMAPK4TAK9CFAB45BMA0eQTACrlEwDlRBMAUNgFAORMEwD4whQAUcMUAI7xFADn8RQAOr8LAEulFQDS0wIAS6UVAAF7FAATORMAlmUFAPtTBABf5gEAsIgTAIOMEwDcjBMAwlwUAGAhAADkTBMA+MIUAFHDFABLpRUAc1wDAI7xFADn8RQAVY4KAGlcFAAjTAAAu+ITABTjEwBt4xMAQPIUAG/2BgC74hMAsIgTADnRFADkTBMApKUVALCIEwCDjBMApKUVABReDwDjSwIARnQVAIOMEwDcjBMAumYHAECOEwDd6BQAS6UVABAaDgBAjhMAS6UVABAmBwDR7xQAmpEUAORMEwCkpRUAUV8TAKpfEwAd1AgAz00UAHjkEwDR5BMAKuUTAEZ0FQCDjBMA3IwTAO+mEwDS0wIAFF4PANHvFABLpRUAFF4PAONLAgCkmhQAHdQIAFEIAwDR7xQAKvAUAIPwFADlRBMAsBsBAECOEwCakRQAS6UVAA/fDwATORMA56QNAORMEwDR7xQA5EwTANHvFACwiBMApKUVAKSlFQCkpRUAsIgTAIOMEwDcjBMAMa0TAIqtEwDjrRMAfW4UAEDyFACZ8hQAAXsUAGAhAAA8rhMAiL0TANHvFAAq8BQAg/AUANzwFABGdBUAYokTAI2rFQBGtxMAn7cTAI2rFQC74hMA0e8UAORMEwD4whQAUcMUAORMEwD4whQAUcMUAEulFQAvyBQAsugNAEulFQAUXg8AS6UVAGeaCAATORMA40sCAErcAQCwGwEAQI4TAMvGFABiiRMATeMUAAAAAAAd1AgAAAAAAP2lFQBAjhMAy8YUAGKJEwBN4xQAAAAAAB3UCAAAAAAAS6UVAEulFQCw7BQAS6UVALDsFABLpRUAsOwUAP2lFQBLpRUAVpsUAKSlFQCwiBMAsIgTAIOMEwDcjBMAQI4TAHmaDQDd6BQAEHMOAORMEwD4whQAUcMUAFSgEwBLpRUA+wMVACNMAACWWBQAD70UAC6lCAAZxhQAcsYUAFIUFQAPDQQA0e8UACrwFACD8BQAQI4TAECOEwCwiBMAg4wTANyMEwAsGQoAAAAAABckFABwJBQAySQUABs9CQA50RQAktEUAOvRFABLpRUA5UQTALLoDQC1CQMAFF4PAECOEwBLpRUAFJUUAFgoCwDlRBMAS6UVAHWZCgDw9xMA9m4TAE9vEwBRXxMAql8TAORMEwD4whQAUcMUANvvAwBAjhMAS6UVAKJTBACwiBMAsIgTAIOMEwDcjBMAHdQIAGAhAACwiBMAXbwUALCIEwCDjBMA3IwTAKiFFQAAAAAA5EwTAPjCFABRwxQAQI4TAKCvEwD5rxMAEzkTAECOEwB/ogoAAXsUABM5EwDQJgEAmpEUAAAAAABLpRUAAXsUABM5EwDQJgEACjMUAORMEwD4whQAUcMUAMvGFABiiRMAS6UVAECOEwCwiBMAg4wTANyMEwBLpRUADw0EABd9FADjSwIAmpEUANw+FACwiBMA9gEBAHoYCgAjTAAAmpEUAP3zFAAPDQQAmpEUAErcAQBLpRUAwJsAAFabFADb7wMAkYsVAPjCFABRwxQAjvEUAOfxFAAS8xMA40sCAONLAgBAjhMAUhQVAJ90FQCwGwEA8PcTAONLAgCuShQAqtsGAKCvEwD5rxMAEvMTADuiAQAKMxQAYzMUALwzFAAd1AgAAAAAAAAAAAAAAAAAS6UVAAF7FAAAAAAAAAAAAAAAAACuShQABlMUACNMAADjSwIAsBsBAEulFQD7AxUAAXsUAB3UCACwiBMAa/MTAGvzEwCwiBMAYokTAEhQAwC9NhUARnQVAGKJEwCWZQUA5EwTAD1NEwCWZQUAZ5sAACNMAACHpQgAS6UVADGOAACHpQgApKUVAD1YFAAS8xMA9m4TAE9vEwADYBMAoK8TAPmvEwD2bhMAT28TAANgEwCgrxMA+a8TACNMAAAjTAAAyNMTACrRAQA50RQAktEUAOvRFABpXBQAS6UVAA8NBACwiBMAS6UVAKJTBACwiBMAg4wTANyMEwBSYhQAq2IUAJZlBQCWZQUAS6UVAKJTBACiUwQAz2UGAKSaFAATORMAAAAAAEulFQBLpRUAZ5sAALvtFADjSwIAQI4TAKJTBAAvyBQA40sCAIH2CwAOWAIAOnAUAJNwFABZAAAAWQAAAG/2BgBAjhMA40sCAEulFQBLpRUAYRkAAORMEwD4whQAUcMUAD/vEwAQGg4ABlUEALCIEwCDjBMA3IwTAGJoEAD2bhMAD70UAPKZFAC1axQAdZkKALVrFAC1axQAHdQIAGEZAAD2bhMAD70UAE9vEwDkTBMAQI4TALVrFAAObBQAZ2wUAL02FQAudxQAicAUALCIEwCiUwQAQI4TAE++CgCcxQoAAAAAAPtRFABUUhQAAAAAAAAAAABj0AoAzFoTABAaDgBAjhMAS6UVAEulFQBWmxQAI0wAAECOEwBLpRUA1WASAECOEwCwGwEA40sCAECOEwDhyBQAYRkAAHK7EwC9NhUA8PcTAEulFQBLpRUAS6UVAGEZAABhGQAAYRkAAPD3EwBLpRUAS6UVAGEZAABhGQAAYRkAAGEZAABhGQAAsIgTAIOMEwDcjBMAS6UVAONLAgBLpRUA40sCAEulFQCwGwEAII4UALAbAQDjSwIAS6UVALwJAAAgjhQAvAkAAC/IFAAaTxIAII4UAHNcAwAAAAAADw0EANKOFAAPDQQAS6UVAC/IFAD7tRUAQI4TAPu1FQBLpRUAmpEUAPu1FQAwlgAAsIgTAIOMEwDcjBMAS6UVAFoBEQCwGwEAEzkTAPMOAADzDgAAEzkTABReDwAvyBQAc1wDAEulFQBzXAMA5EwTAPjCFABRwxQAsIgTAIOMEwDcjBMA40sCAPHbAQBLpRUA40sCAEulFQBAjhMAWnsUAONLAgCwGwEAQI4TAEulFQAPDQQA40sCAErcAQBsnRQAsBsBAI7cCgC9NhUAQI4TAB3UCAC8CQAAS6UVACCOFAAAAAAAUV8TAJmZFACruxQAsisMAFFfEwCqXxMAsisMAJqRFADzkRQAsisMALIrDACwiBMAXbwUALIrDABf5gEA9m4TAA+9FACZSxUAvAkAAONLAgBRXxMAql8TANa8EwDVYBIAsIgTAIOMEwDcjBMAgvgUAECOEwCWYxUA3egUAD1jFQBAjhMAQI4TAPCpFABJqhQAoqoUAPCpFABJqhQAoqoUAPuqFABUqxQA8KkUAEmqFACiqhQA+6oUAFSrFADd6BQAsIgTAIOMEwDcjBMAgvgUAECOEwCWYxUA3egUAD1jFQBAjhMA00QOAECOEwAjTAAAUQgDACNMAABGdBUAg4wTANyMEwBAjhMA47gUAB3UCAAPDQQAZEIOAHNcAwD2KxUAD70UABvwAQDjSwIA8w4AAAAAAADnpA0AAAAAAJmZFAAmtxQAf7cUANi3FABLpRUARnQVAIOMEwDcjBMA40sCALwJAACWZQUAlmUFAL02FQDjSwIA5EwTAONLAgBAjhMAc1wDAECOEwDa9wMA+wMVAPsDFQBiaBAAQI4TAEulFQDjSwIA9m4TAE9vEwBGdBUAg4wTANyMEwBGdBUA40sCAB3UCABLpRUAHdQIADG4FABP3w0AdZkKALwJAAC9NhUA72UFAK5VFQDjmQEA9gEBAE3jFABRXxMAql8TABVLDgD2KxUAjAINAONLAgDKzhQAjAINACcIFQDkCRUAuGoOACMJAgDkTBMA+MIUAFHDFADjSwIAS6UVAEulFQBGdBUA0tMCANLTAgBGdBUARnQVAB3UCABbaBMAtGgTALPUFABOdxMA5EwTALCIEwBiiRMAwFgCANgcDgDn0gEAAXATAORMEwAs1wMAIwkCAM9lBgD2ZAoARuUHAA5YAgBLbhAAqoIGAB3UCABLpRUAFF4PAOwiFQA5FgMAPZ0CADkWAwA9nQIArZcCAOdADACkpRUAtQkDAEulFQC8CQAA40sCAKd3EwD8HwAALNcDAJVrFQDjSwIAS6UVAH5bEwB24AEAS6UVAL02FQBsqBUA72UFAEulFQBzXAMAc1wDAHNcAwBzXAMAQI4TAJZlBQBv9Q4A40sCAECOEwDjSwIAJwgVAOQJFQA0lRMA40sCANbHFABiiRMAXMQUAONLAgAjTAAA0tMCALDsFADzDgAAFF4PAJqRFADkTBMA+MIUAFHDFAAbPQkAsIgTAIOMEwDcjBMAQPIUAJnyFACgrxMA+a8TAKCvEwD5rxMAsIgTACcIFQDdewIAS6UVAONLAgBIUAMAUV8TADbpFABAjhMA4hkVADqHDgDeDREA40sCACcIFQDkCRUA+ecQAGEZAAAnCBUA5AkVAPnnEAC2qAIAJwgVAOQJFQD55xAA9m4TAE9vEwBSFBUABBUVAND3FAAp+BQA5vkUACcIFQDkCRUA+ecQACcIFQDkCRUA+ecQACcIFQDkCRUA+ecQAPZuEwBPbxMA+ecQAEh7DwD2bhMAwrUUAEZ0FQBdvBQAS6UVAONLAgCtKAAArSgAAA5YAgBkcAIAgzMTAOUBFQDp+A4A3egUAONLAgBLpRUA40sCABHnAQCG2BQA73oPAONLAgDjSwIAnmYTAPD3EwCgbBUAT28TABvwAQBzXAMA40sCAHCfDwDVsAEABRkOAIL4FACwiBMADlgCAC8tDgCC+BQAc1wDAIL4FABzXAMAQI4TAONLAgAnCBUA5AkVAEulFQD2bhMAT28TAFIUFQCakRQA40sCAONLAgDjSwIA1rwTAONLAgB39xQAAqAQAPMOAABKxA8AUV8TAECOEwDjSwIA5EwTAOf9DQCMAg0AqIUVAAAAAACMAg0AJewQACQgFQB3chAAfSAVAPD3EwCUwRQARnQVAGKJEwAnCBUAqZ8QAIMzEwDw9xMAJCAVAPD3EwB9IBUA8PcTACcIFQDkCRUARNIUAFkAAAAQ7gkAI0wAAOBsEwDzDgAA40sCAIwCDQCeZhMA40sCAPKZFAC2qAIA1xgVAEhkFQChZBUADw0EAJqRFABxgBUA40sCAONLAgBrpRQAIwkCAEulFQCaTw4Amk8OAJpPDgCaTw4ADlgCAA5YAgCaFxEA40sCAPZuEwAuKRUAJwgVALdmFQDjSwIAJwgVAAKgEADjSwIAuAUVAH8QFQD2bhMANukUAONLAgDiGRUAOxoVAElcFQCUGhUA40sCAONLAgAnCBUAAqAQALgFFQB/EBUA9m4TADbpFADjSwIAK+gUAPZuEwBPbxMARnQVAGKJEwDjSwIA9isVAL02FQC9NhUA9gEBANe/FACnNBUAicAUADR0EACaTw4Amk8OAJpPDgCaTw4A40sCANcYFQBKlxMAAXATAMlyEwCakRQAGpIQAIGTAgAQZxUAwrUUALgFFQBAjhMAG2gVAECOEwBAjhMA40sCAECOEwDjSwIAc1wDAECOEwDjSwIAQI4TAECOEwDjSwIAQI4TAONLAgA3JBMAvTYVAHNcAwDp+A4A6fgOAJqRFADjSwIAEBoOAOIZFQA7GhUA/W4QAB3UCABjdhIA9m4TAE9vEwAQGg4A4hkVADsaFQD9bhAAHdQIAGN2EgDaABUAMwEVAPZuEwAPvRQAq7sUAAAAAACakRQAQI4TAECOEwBIUAMAsIgTACcIFQBLTBUATq8QAFNaFAAPvRQAmUsVAIxaFQBGdBUAXbwUAHNcAwCsWhQAUhQVAF/mAQBLpRUAro8CAFkAAACC+BQAJwgVAEtMFQBOrxAAI0wAALCIEwAd1AgA40sCAPZuEwBPbxMAY3YSABRpEABzXAMAc1wDACrRAQAq0QEAKtEBACrRAQBAjhMA50AMAHNcAwBAjhMAKtEBAONLAgDjSwIA40sCAAAAAAAAAAAAJwgVALdmFQD2bhMAT28TAGN2EgB7qxAAS6UVACcIFQBf5gEAS6UVACcIFQCVaxUA7msVAECOEwDjSwIA40sCAA8NBAAd1AgAZ5sAAONLAgDXGBUASGQVAKFkFQD6ZBUAU2UVAKxlFQAFZhUAc1wDAPZuEwBPbxMAA2ATAOIZFQA7GhUAIEAVAHlAFQC9NhUAvTYVAL02FQC9NhUAJwgVAIwCDQB+WxMAduABAABvAgD2bhMAD70UAGoGFQBGdBUAg4wTAOUBFQBdbhUAtm4VAA9vFQBobxUARnQVAGKJEwA2ZQgARnQVAECOEwBzXAMA4nIVAHNcAwAUXg8AgXAPAOb5FAAfXw8AsIgTAL02FQCLCRUA40sCAABvAgCkTBUApEwVAABvAgAxrRMAiq0TAKhvEwDjSwIAvTYVAHNcAwAnCBUAqZ8QAOUBFQBdbhUAtm4VAA9vFQBobxUAwW8VAOb5FADlARUAXW4VALZuFQAPbxUAaG8VAMFvFQAd1AgAUV8TAKpfEwCDMxMAJewQANNEDgAd1AgAEDsRAONLAgABTxAAAG8CAABvAgC9NhUAAAAAAAAAAACwGwEAnmYTAEulFQCwGwEA3egUALAbAQDd6BQAUV8TAJmZFACwGwEAJwgVAOQJFQD2bhMAT28TAORMEwD4whQAUcMUAONLAgDkTBMA5EwTAORMEwB45BMA5EwTAORMEwDkTBMA5EwTAFFfEwCZmRQA5EwTAHjkEwDkTBMAA8QUAORMEwADxBQA5EwTAAPEFAA50RQAA8QUAORMEwADxBQA5EwTAAPEFAB0qxMAA8QUAORMEwADxBQA9m4TAE9vEwAAAAAAHGAVAOIZFQA7GhUA1YEVAORiFQAnCBUAAAAAAFSgEwBqXxUAAAAAAEulFQAnCBUAS6UVAOIZFQA7GhUAAAAAAN17AgCC+BQAgjASAONLAgBGdBUAgvgUAIIwEgAnCBUA5AkVAEulFQC9NhUAsIgTAJZlBQCC+BQAlmUFACcIFQDkCRUAS6UVAL02FQCwiBMAlmUFAIL4FACWZQUAz6YUACinFACBpxQARnQVAF28FAAAbwIAEHMOABBzDgAQcw4A40sCAHNcAwBAjhMAYRkAABReDwABcBMADNUUANYgFQDWIBUAAXATAFpwEwDzcQkACKcVAHNcAwBzXAMA8w4AAPMOAAAznRMAQI4TAHwJAgDkTBMAS6UVABRpEACNqxUAFGkQAEulFQDkTBMAEzkTAEulFQATORMA5EwTAPjCFAATORMA/K0VAFWuFQDkTBMAc1wDAL/NFABAjhMA40sCAONLAgDjSwIA+7UVAONLAgDjSwIA40sCAPu1FQDjSwIApXIJAPu1FQBLpRUAhNISAONLAgDjSwIA+7UVAECOEwAxrRMAiq0TAOOtEwDkTBMAFmYBAJqRFAC4BRUAfxAVAONLAgBGdBUAYokTAPZuEwBPbxMAUhQVAOOZAQBhAQ4Ar00VAK5VFQAUXg8AjKgUAJmZFACruxQA73oPALCIEwBdvBQA73oPAEulFQDzcQkAVKATAOHIFAAnCBUA5AkVAPZuEwAPvRQAmUsVAEulFQATORMALy0OAJqRFABhGQAAS6UVAHWZCgD2bhMAT28TAFIUFQCo9Q8AVKATAGpfFQD2bhMALikVACcIFQCpnxAAS6UVAA==","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAAAAIACAACAAAAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIAAAACAAQAAAAMAAIADAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAIAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAMAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAAAMAAAADAACAAwAAgAAAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIACAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIACAACAAAAAgAMAAAADAAAAAQAAgAIAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAIADAAAAAwAAAAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAAAAAwAAgAEAAIACAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAIAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAIAAIADAACAAwAAgAMAAIABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIACAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAIAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIACAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAAAAgAMAAIAAAACAAQAAgAIAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAQAAgAIAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAAAAIABAACAAQAAAAEAAAABAACAAAAAgAEAAAABAAAAAAAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIACAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAQAAgAIAAIADAACAAAAAgAEAAIADAACAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAgAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAMAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIAAAACAAQAAgAIAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAgAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAgAAgAIAAIAAAACAAAAAgAAAAIAAAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAAAAIABAACAAAAAgAEAAIACAACAAQAAgAIAAIADAACAAwAAAAMAAIADAAAAAwAAgAMAAAADAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAIAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAEAAAAAIAAQAAAAAMAAAACAAAAAQAAADRHCBAQMFAhgAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAABQQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAQAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQACAAAoAAAABAAAAAAAAAAAAAAAAwIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAEAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAEAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAQMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAIAACAAAAAQAAADBHKBAAMFAhgAQAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAEAAAAAIAAQAAAAAMAIAACAAAAAQAAADRHKBAQMFAhgAQAAAEAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAAiAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAQAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAEAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAQAAAMABAAAAAAAAAFQAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAACAAACAYAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAMAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABDAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAAAAAAAAJAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAAAAAAAAJAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhwAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAABAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAIAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAADAAAAAAMAAAAAAAAAAACAYAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgwAAAACAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAMAAAACAAAAAQAAADBHCBAAMFAhgAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAQAQAAAAAAADAAAAAAAAAAAAAAAIAAAAAQACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAIAAAAEgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABA"},"index":{"lists":[[18,19,20,36,37,120,122,123,124,265,329],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,115,116,117,118,120,122,123,124,128,133,134,168,169,172,173,175,187,188,189,192,193,194,195,209,210,218,221,231,233,234,238,239,252,265,275,278,279,280,285,286,287,292,305,306,317,320,329,331,333,334,336,337,338,339,341,343,344,346,347,348,351,352,353,354,355,369],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,36,37,58,59,60,61,62,63,64,65,66,68,69,70,71,72,75,76,77,78,79,80,81,82,83,84,85,86,87,91,92,96,97,99,100,101,102,103,104,105,106,107,108,109,110,111,114,115,116,117,118,120,122,123,124,128,133,134,142,147,168,169,172,173,175,187,188,189,192,193,194,195,200,201,202,209,210,218,221,231,233,234,235,238,239,252,265,275,278,279,280,281,285,286,287,292,297,305,306,317,320,329,331,333,334,336,337,338,339,341,343,344,346,347,348,351,352,353,354,355,358,359,360,369],[18,19,20,36,37,120,122,123,124,265,272,329],[5,18,19,20,26,36,37,58,59,89,113,120,122,123,124,241,265,289,291,329,355,358,375],[18,19,20,26,36,37,120,122,123,124,159,160,161,265,329,361,362,363,364,365,366,367],[6,7,18,19,20,36,37,120,122,123,124,265,292,329],[18,19,20,36,37,88,90,120,122,123,124,265,329],[18,19,20,36,37,120,122,123,124,265,329,348,368],[11,13,15,18,19,20,36,37,101,120,122,123,124,133,134,166,167,196,197,265,329,348,353,354],[12,13,15,18,19,20,23,36,37,120,122,123,124,159,160,161,222,265,329],[15,18,19,20,36,37,120,122,123,124,265,329],[13,15,18,19,20,36,37,61,87,94,96,97,99,102,107,108,120,122,123,124,151,159,160,161,162,181,208,209,210,212,216,225,229,234,236,237,238,239,248,254,255,256,257,262,265,269,271,280,282,283,284,285,286,287,304,315,322,323,324,325,326,327,328,329,340,369],[18,19,20,36,37,104,120,122,123,124,265,329],[18,19,20,36,37,44,45,46,52,53,120,122,123,124,132,215,228,263,265,266,268,270,273,329,330,346],[18,19,20,36,37,120,122,123,124,163,265,329,381],[17,18,19,20,36,37,120,122,123,124,265,329],[1,13,15,18,19,20,26,27,36,37,120,122,123,124,159,160,161,190,191,217,265,329,334,338,339,369],[13,15,18,19,20,26,35,36,37,38,41,120,122,123,124,159,160,161,165,190,191,265,329,332,334,338,339,369],[4,13,15,18,19,20,24,25,26,28,36,37,65,120,122,123,124,159,160,161,190,191,265,292,329,334,338,339,352,369],[6,13,15,18,19,20,26,36,37,47,120,122,123,124,159,160,161,190,191,192,227,265,267,329,334,338,339,357,369],[0,2,9,13,14,15,18,19,20,21,24,26,36,37,40,50,51,54,55,117,120,122,123,124,159,160,161,184,190,191,192,205,211,214,265,292,294,319,329,334,335,338,339,342,345,347,349,369,370,373,376,377,380,382],[3,5,13,15,16,18,19,20,26,28,32,36,37,40,50,54,55,57,62,68,71,72,95,98,118,119,120,122,123,124,128,130,136,137,140,146,152,159,160,161,164,170,173,176,184,190,191,192,199,203,204,207,213,220,223,224,230,231,242,250,253,264,265,274,275,292,293,309,321,329,334,338,339,369,378,383],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,258,265,329,334,338,339,369],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,265,329,334,338,339,369],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,192,265,329,334,338,339,369],[13,15,18,19,20,22,26,36,37,120,122,123,124,159,160,161,190,191,265,302,329,332,334,338,339,369],[13,15,18,19,20,26,32,34,36,37,40,120,122,123,124,159,160,161,190,191,264,265,329,334,338,339,369],[13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,265,329,334,338,339,369,374],[13,15,18,19,20,26,36,37,116,120,122,123,124,159,160,161,190,191,192,198,261,265,329,334,338,339,359,369,371,372],[13,15,18,19,20,26,28,36,37,111,119,120,122,123,124,131,135,153,159,160,161,186,190,191,199,244,265,296,301,312,313,329,334,338,339,359,369],[13,15,18,19,20,26,36,37,39,68,120,122,123,124,130,138,159,160,161,169,175,176,190,191,219,231,264,265,275,310,314,329,334,338,339,369],[9,13,15,18,19,20,26,28,29,36,37,56,93,120,122,123,124,143,144,159,160,161,190,191,192,265,329,331,334,338,339,369],[13,15,18,19,20,21,26,36,37,39,40,74,120,122,123,124,139,141,159,160,161,175,190,191,206,264,265,329,334,338,339,369],[13,15,18,19,20,26,30,31,36,37,42,43,63,67,79,120,122,123,124,129,145,148,150,154,159,160,161,171,177,178,179,180,182,183,185,190,191,195,226,232,233,243,246,249,251,252,260,265,276,277,278,279,295,299,300,307,308,311,316,318,320,329,333,334,338,339,350,356,369],[13,15,18,19,20,25,26,27,28,36,37,83,120,121,122,123,124,159,160,161,190,191,265,329,334,338,339,369],[7,13,15,18,19,20,26,36,37,120,122,123,124,159,160,161,190,191,265,329,334,338,339,369],[13,15,18,19,20,26,33,36,37,39,40,120,122,123,124,159,160,161,190,191,192,259,264,265,319,329,334,338,339,369],[13,15,18,19,20,26,33,36,37,39,120,122,123,124,159,160,161,190,191,264,265,329,334,338,339,369],[18,19,20,36,37,120,122,123,124,127,149,155,156,157,158,174,245,247,265,298,303,329,379],[18,19,20,36,37,91,120,122,123,124,265,329],[13,15,18,19,20,26,36,37,48,49,120,122,123,124,159,160,161,265,329,334,338,339,369],[18,19,20,36,37,58,120,122,123,124,265,329],[18,19,20,36,37,59,64,66,69,70,120,122,123,124,265,329],[18,19,20,36,37,60,120,122,123,124,265,329],[18,19,20,36,37,73,77,78,80,120,122,123,124,265,329],[18,19,20,36,37,76,100,120,122,123,124,265,329],[18,19,20,36,37,76,120,122,123,124,125,126,265,329],[18,19,20,36,37,76,101,103,120,122,123,124,265,329],[18,19,20,36,37,76,120,122,123,124,265,329],[18,19,20,36,37,81,84,86,100,120,122,123,124,265,329,341],[18,19,20,36,37,82,101,103,110,120,122,123,124,265,329,360],[18,19,20,36,37,85,120,122,123,124,194,265,329],[18,19,20,36,37,100,120,122,123,124,265,329,341],[18,19,20,36,37,103,120,122,123,124,265,329],[18,19,20,36,37,109,115,120,122,123,124,265,329,341,360],[18,19,20,36,37,112,120,122,123,124,240,265,288,290,329],[18,19,20,36,37,120,122,123,124,193,265,329],[18,19,20,36,37,120,122,123,124,265,329,341],[18,19,20,36,37,120,122,123,124,265,329,360],[18,19,20,36,37,106,120,122,123,124,200,201,202,265,329,344],[5,18,19,20,26,36,37,58,59,106,120,122,123,124,200,201,202,265,329,344,355,358],[18,19,20,26,36,37,106,120,122,123,124,200,201,202,265,305,306,329,344],[6,7,18,19,20,36,37,106,120,122,123,124,200,201,202,265,292,329,344],[18,19,20,36,37,106,120,122,123,124,200,201,202,265,329,344,348],[11,13,18,19,20,36,37,101,106,120,122,123,124,133,134,200,201,202,265,329,344,348,353,354],[13,18,19,20,36,37,106,114,120,122,123,124,200,201,202,265,305,306,329,344],[13,18,19,20,36,37,61,87,92,96,97,99,102,105,106,107,108,120,122,123,124,200,201,202,209,210,221,234,235,238,239,265,280,281,285,286,287,305,306,329,344,369],[18,19,20,36,37,104,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,106,120,122,123,124,142,200,201,202,265,297,329,344,346],[1,8,13,18,19,20,26,27,36,37,106,120,122,123,124,200,201,202,265,305,306,329,334,336,337,338,339,344,351,369],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[4,13,18,19,20,24,25,26,28,36,37,65,106,120,122,123,124,200,201,202,265,292,305,306,329,334,336,337,338,339,344,352,369],[6,13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[2,9,10,13,18,19,20,21,24,26,36,37,106,117,120,122,123,124,192,200,201,202,265,292,305,306,329,334,336,337,338,339,343,344,347,369],[5,13,18,19,20,26,28,36,37,62,68,71,72,106,118,120,122,123,124,128,168,173,192,200,201,202,231,265,275,292,305,306,329,334,336,337,338,339,344,369],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,218,265,305,306,329,334,336,337,338,339,344,369],[13,18,19,20,26,36,37,106,120,122,123,124,192,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[13,18,19,20,22,26,36,37,106,120,122,123,124,147,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[13,18,19,20,26,36,37,106,116,120,122,123,124,192,200,201,202,265,305,306,329,334,336,337,338,339,344,359,369],[13,18,19,20,26,28,36,37,106,111,120,122,123,124,200,201,202,265,305,306,329,334,336,337,338,339,344,359,369],[13,18,19,20,26,36,37,68,106,120,122,123,124,169,175,200,201,202,231,265,275,305,306,329,334,336,337,338,339,344,369],[9,13,18,19,20,26,28,36,37,106,120,122,123,124,192,200,201,202,265,305,306,329,331,334,336,337,338,339,344,369],[13,18,19,20,21,26,36,37,106,120,122,123,124,168,172,175,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[13,18,19,20,26,36,37,63,79,106,120,122,123,124,168,195,200,201,202,233,252,265,278,279,305,306,320,329,333,334,336,337,338,339,344,369],[13,18,19,20,25,26,27,28,36,37,83,106,120,122,123,124,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[7,13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,265,305,306,329,334,336,337,338,339,344,369],[18,19,20,36,37,91,106,120,122,123,124,200,201,202,265,329,344],[13,18,19,20,26,36,37,106,120,122,123,124,200,201,202,265,305,306,329,334,338,339,344,369],[18,19,20,36,37,58,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,59,64,66,69,70,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,60,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,77,78,80,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,75,76,100,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,76,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,76,101,103,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,81,84,86,100,106,120,122,123,124,187,200,201,202,265,317,329,341,344],[18,19,20,36,37,82,101,103,106,110,120,122,123,124,189,200,201,202,265,329,344,360],[18,19,20,36,37,85,106,120,122,123,124,194,200,201,202,265,329,344],[18,19,20,36,37,100,106,120,122,123,124,200,201,202,265,329,341,344],[18,19,20,36,37,103,106,120,122,123,124,200,201,202,265,329,344],[18,19,20,36,37,106,109,115,120,122,123,124,200,201,202,265,329,341,344,360],[18,19,20,36,37,106,120,122,123,124,188,200,201,202,265,329,344],[18,19,20,36,37,106,120,122,123,124,189,200,201,202,265,329,344],[18,19,20,36,37,106,120,122,123,124,193,200,201,202,265,329,344],[18,19,20,36,37,106,120,122,123,124,200,201,202,265,329,341,344],[18,19,20,36,37,106,120,122,123,124,200,201,202,265,329,344,360]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,39,0,0,40,41,0,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,42],[9679,43],[8250,44],[9135,45],[215,46],[10095,47],[10003,48],[8595,49],[10008,50],[10004,51],[9472,52],[10007,53],[8730,54],[10006,55],[8505,56],[9762,0],[9888,0],[8617,0],[8226,57],[10060,58],[9654,59],[65123,59]],"plainDefault":0,"spaced":[60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,61,62,60,60,63,60,60,60,64,60,65,66,60,67,67,67,67,67,67,67,67,67,67,60,60,68,69,60,60,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,87,88,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,60,60],"spacedOther":[[160,60],[5760,60],[8192,60],[8193,60],[8194,60],[8195,60],[8196,60],[8197,60],[8198,60],[8199,60],[8200,60],[8201,60],[8202,60],[8232,60],[8233,60],[8239,60],[8287,60],[12288,60],[65279,60],[9676,89],[9679,90],[8250,91],[9135,92],[215,93],[10095,94],[10003,95],[8595,94],[10008,96],[10004,97],[9472,98],[10007,99],[8730,100],[10006,101],[8505,60],[9762,102],[9888,102],[8617,103],[8226,104],[10060,105],[9654,106],[65123,106]],"spacedDefault":60,"blank":60}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,79,81,82,83],[6,7,26,27,28,29,30,31,32,33,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,59,60,62,63,64,65,66,67,68,69,70,71,72,73,75,76,77,78,79,81,82,83,86,90,91,116,117,118,119,120,127,128,129,132,133,134,147,148,155,158],[6,7,26,27,28,29,30,31,32,33,35,36,37,38,39,41,42,43,44,45,46,47,48,49,50,51,52,56,57,59,60,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,81,82,83,86,90,91,98,103,116,117,118,119,120,127,128,129,132,133,134,139,140,141,147,148,155,158],[6,7,26,27,54,74,79,81,82,83],[6,7,79,81,82,83,110,111,112],[6,7,53,55,79,81,82,83],[6,7,64,79,81,82,83,90,91,114,115,135,136],[6,7,79,81,82,83,110,111,112,159],[6,7,29,52,58,59,60,62,65,70,71,79,81,82,83,106,110,111,112,113,123,146,147,148,150,153,160],[6,7,67,79,81,82,83],[6,7,13,14,20,21,79,81,82,83,89,153],[6,7,79,81,82,83,113],[6,7,79,81,82,83,110,111,112,130,131,154],[5,6,7,8,11,79,81,82,83,110,111,112,113,130,131],[6,7,79,81,82,83,110,111,112,130,131],[6,7,15,79,81,82,83,110,111,112,130,131,132],[6,7,10,18,19,22,23,77,79,81,82,83,110,111,112,126,130,131,132,144,149,152],[2,6,7,10,18,22,23,25,30,35,38,39,58,61,78,79,81,82,83,86,87,93,94,96,102,107,110,111,112,113,119,120,126,130,131,132,138,142,143,146,151,157,160],[6,7,79,81,82,83,110,111,112,130,131,132],[2,4,6,7,10,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,88,107,110,111,112,126,130,131,138],[6,7,9,35,79,81,82,83,87,94,110,111,112,120,130,131,156],[0,6,7,24,57,79,81,82,83,99,100,110,111,112,130,131,132],[6,7,9,10,79,81,82,83,95,97,110,111,112,120,130,131,145],[0,1,6,7,12,31,34,44,79,81,82,83,86,101,104,105,107,110,111,112,120,121,122,124,125,126,130,131,134],[6,7,48,79,80,81,82,83,110,111,112,130,131],[3,6,7,9,10,79,81,82,83,110,111,112,130,131,132],[3,6,7,9,79,81,82,83,110,111,112,130,131],[6,7,79,81,82,83,86,104,108,109,119],[6,7,56,79,81,82,83],[6,7,16,17,79,81,82,83,110,111,112],[6,7,32,79,81,82,83,110,111,112],[6,7,79,81,82,83,110,111,112,118],[6,7,76,79,81,82,83,110,111,112,137],[6,7,73,78,79,81,82,83,92,110,111,112],[6,7,79,81,82,83,110,111,112,117],[6,7,40,79,81,82,83,110,111,112],[6,7,26,79,81,82,83],[6,7,27,32,33,36,37,79,81,82,83],[6,7,28,79,81,82,83],[6,7,39,43,44,45,79,81,82,83],[6,7,42,63,79,81,82,83],[6,7,42,79,81,82,83,84,85],[6,7,42,64,66,79,81,82,83],[6,7,42,79,81,82,83],[6,7,46,49,51,63,79,81,82,83],[6,7,47,64,66,73,79,81,82,83],[6,7,50,79,81,82,83,134],[6,7,63,79,81,82,83],[6,7,66,79,81,82,83],[6,7,72,75,79,81,82,83],[6,7,74,79,81,82,83],[6,7,79,81,82,83,133],[6,7,69,79,81,82,83,139,140,141],[6,7,26,27,69,74,79,81,82,83,139,140,141],[6,7,64,69,79,81,82,83,90,91,139,140,141],[6,7,69,74,79,81,82,83,139,140,141],[6,7,29,52,57,59,60,62,65,68,69,70,71,79,81,82,83,139,140,141,147,148,158],[6,7,67,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,98,139,140,141],[6,7,69,79,81,82,83,132,139,140,141],[6,7,69,77,79,81,82,83,132,139,140,141],[6,7,30,35,38,39,69,78,79,81,82,83,86,116,119,120,132,139,140,141],[6,7,69,79,81,82,83,139,140,141,155],[6,7,69,79,81,82,83,103,139,140,141],[6,7,35,69,79,81,82,83,120,139,140,141],[6,7,57,69,79,81,82,83,132,139,140,141],[6,7,69,79,81,82,83,116,118,120,139,140,141],[6,7,31,44,69,79,81,82,83,86,116,120,134,139,140,141],[6,7,48,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,86,119,139,140,141],[6,7,56,69,79,81,82,83,139,140,141],[6,7,32,69,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,118,139,140,141],[6,7,69,76,79,81,82,83,139,140,141],[6,7,69,73,78,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,117,139,140,141],[6,7,26,69,79,81,82,83,139,140,141],[6,7,27,32,33,36,37,69,79,81,82,83,139,140,141],[6,7,28,69,79,81,82,83,139,140,141],[6,7,39,43,44,45,69,79,81,82,83,139,140,141],[6,7,41,42,63,69,79,81,82,83,139,140,141],[6,7,42,69,79,81,82,83,139,140,141],[6,7,42,64,66,69,79,81,82,83,139,140,141],[6,7,46,49,51,63,69,79,81,82,83,127,139,140,141],[6,7,47,64,66,69,73,79,81,82,83,129,139,140,141],[6,7,50,69,79,81,82,83,134,139,140,141],[6,7,63,69,79,81,82,83,139,140,141],[6,7,66,69,79,81,82,83,139,140,141],[6,7,69,72,75,79,81,82,83,139,140,141],[6,7,69,79,81,82,83,128,139,140,141],[6,7,69,79,81,82,83,129,139,140,141],[6,7,69,79,81,82,83,133,139,140,141]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,7,0,8,8,8,8,8,8,8,8,8,8,0,0,9,10,11,0,0,12,13,14,15,16,17,14,14,18,14,14,19,14,18,20,21,14,22,23,24,25,14,26,27,14,14,28,0,0,29,30,0,4,4,31,4,4,32,4,4,4,4,4,4,4,33,34,35,4,4,36,32,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,37],[9679,38],[8250,39],[9135,40],[215,41],[10095,42],[10003,43],[8595,44],[10008,45],[10004,46],[9472,47],[10007,48],[8730,49],[10006,50],[8505,51],[9762,0],[9888,0],[8617,0],[8226,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,53,53,53,53,53,53,53,53,53,55,56,53,57,57,57,57,57,57,57,57,57,57,53,53,58,59,53,53,53,53,53,53,60,61,62,63,53,60,64,53,53,53,60,53,65,53,66,67,68,69,53,60,53,53,53,70,53,53,71,53,53,53,53,72,53,53,73,53,53,53,53,53,53,53,74,75,76,53,53,53,73,53,53,53,53,53,53,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,77],[9679,78],[8250,79],[9135,80],[215,81],[10095,82],[10003,83],[8595,82],[10008,84],[10004,85],[9472,86],[10007,87],[8730,88],[10006,89],[8505,56],[9762,90],[9888,90],[8617,91],[8226,92]],"spacedDefault":53,"blank":53}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[2,7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var MACHINE_REPORT_COUNTS = [
  /"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)":\s{0,4}(\d{1,6})\b/,
  /<testsuites?\b[^>]{0,500}?\b(?:errors="(\d{1,6})"[^>]{0,500}?\bfailures="(\d{1,6})"|failures="(\d{1,6})"(?:[^>]{0,500}?\berrors="(\d{1,6})")?)/
];
var REPORTED_OF_DIALECTS = [...DIALECTS.map((d) => d.reportedFailures).filter((p) => p !== void 0), ...MACHINE_REPORT_COUNTS];
var REPORTED_RUNNER = [...DIALECTS.flatMap((d) => d.reportedFailures ? [d.id] : []), ...MACHINE_REPORT_COUNTS.map(() => void 0)];
var PASSED_OF_DIALECTS = DIALECTS.map((d) => d.passedAll).filter((p) => p !== void 0);
var GO_EXAMPLE_GOT = /^got:$/;
var GO_EXAMPLE_WANT = /^want:$/;
var INTERRUPTED_OF_DIALECTS = DIALECTS.map((d) => d.interrupted).filter((p) => p !== void 0);
var PROGRESS_OF_DIALECTS = DIALECTS.flatMap((d) => d.banner && d.progress ? [{ banner: d.banner, progress: d.progress }] : []);
var REPORTED_SUM_FROM = [...DIALECTS.filter((d) => d.reportedFailures !== void 0).map((d) => d.reportedSumFrom), ...MACHINE_REPORT_COUNTS.map(() => void 0)];
var index;
function markerOf(line, seen, sections) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue;
    if (marker.inSection === true && sections !== void 0 && !sections.has(dialect)) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`;
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, listsAssertions: marker.listsAssertions === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...marker.dropsOutput ? { dropsOutput: true } : {}, ...marker.awaitsResult ? { awaitsResult: true } : {}, ...marker.countedApart ? { countedApart: true } : {}, ...marker.entriesCountedApart ? { entriesCountedApart: true } : {}, ...marker.entries ? { entries: marker.entries } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$|^error$|^\s{0,20}=> (?:Exception: )?[\w$.]{1,200}(?:Exception|Error|Throwable)\b|^\s{0,12}Expected$/;
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
var VITEST_REPORT_FILE = /^(?:JUNIT|JSON|blob) report written to \S/;
var VITEST_BANNER = /^\s{0,4}RUN\s{1,4}v\d{1,3}\.\d{1,3}\.\d{1,3}\b/;
var VITEST_TOTALS = /^\s{0,8}Test Files\s{1,8}\d{1,9} (?:failed|passed)\b/;

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
    ...REPORTED_OF_DIALECTS,
    GO_EXAMPLE_GOT,
    GO_EXAMPLE_WANT,
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.passedAll, d.interrupted, d.banner, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after, d.headedBelow?.head, d.headedBelow?.name, d.headedBelow?.underFile].filter((p) => p !== void 0)),
    ...DIALECTS.flatMap((d) => d.markers.flatMap((m) => m.entries ? [m.entries.last, m.entries.end] : [])),
    VITEST_BANNER,
    VITEST_REPORT_FILE,
    VITEST_TOTALS,
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
    concluded: false,
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
  if (link !== "direct-cause") unit.wrapsNext = false;
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
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all), inputs.reportedFailures, inputs.passedSummaryLine, inputs.progressLine);
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
  const printed = Math.max(failing.reduce((n, u) => n + Math.max(u.phases, u.identities.size, u.summaryKinds.size), 0), inputs.printedAcrossRuns ?? 0);
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
    unprinted > 0 ? `the runner reports ${inputs.reportedFailures} failure(s) but printed ${printed + countedParents} of them` : "",
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
function judgeByFatal(run, counts, other, reported = 0, passedSummaryLine = 0, progressLine = 0) {
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
  if (fatal.kind === "infrastructure" && fatal.confidence === "high" && reported > 0) {
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}) ended the run, but the runner counted ${reported} failure(s) and no test's own lines could be read: not every failure is shown to be a missing service.` };
  }
  if (fatal.kind === "infrastructure" && fatal.confidence === "high" && reported === 0 && passedSummaryLine > fatal.line) {
    return { ...base, ...unrecognised(`The runner's summary (line ${passedSummaryLine}) says no test failed, after the only connection error (line ${fatal.line}) was printed: that error failed no test, and what failed the run is not in the log, so the failure is treated as the code\u2019s.`), evidence };
  }
  if (fatal.kind === "infrastructure" && fatal.confidence === "high" && progressLine > fatal.line) {
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}), but the runner went on to another test after it (line ${progressLine}) and the run ended without its summary: the connection error is not shown to be what ended the run.` };
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
var HEADED_BELOW = DIALECTS.filter((d) => d.headedBelow !== void 0);
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
var MINITEST_WRAPPED = /^\s{0,12}Minitest::UnexpectedError:\s{1,12}[A-Z]\w{0,100}(?:::[A-Z]\w{0,100}){0,10}(?::|\s*$)/;
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
var SECTIONED = DIALECTS.flatMap((d) => d.sectionHeader === void 0 ? [] : [{ dialect: d, header: d.sectionHeader, ends: d.markers.filter((m) => m.event === "end" && m.afterItsTests !== true).map((m) => m.pattern) }]);
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
var WHOLE_BLOCK_STARTS = new Map(DIALECTS.flatMap((d) => d.wholeBlockStart ? [[d.id, d.wholeBlockStart]] : []));
var AWAITS_RESULT = new Set(DIALECTS.filter((d) => d.markers.some((m) => m.awaitsResult === true)).map((d) => d.id));
var knowledgeBuilt;
function knowledge() {
  return knowledgeBuilt ??= {
    prefilter: prefilter(),
    anyRule: anyOf(ALL_RULES.flatMap((r) => r.patterns)),
    reported: lineStartIndex("reported", REPORTED_OF_DIALECTS),
    passed: lineStartIndex("passed", PASSED_OF_DIALECTS)
  };
}
var MOCHA_DOC_FAILURE = /^\s{0,40}<dt class="error">/;
var GO_EXAMPLE_RUNNERS = /* @__PURE__ */ new Set(["go", "gotestsum"]);
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
  /** Each runner summary's count of failures (its pattern's index in REPORTED_OF_DIALECTS, the line it was last printed on), in the log's order; they add up (reportedFailures). */
  summaries = [];
  /** The failing units each runner printed since its last summary, and their sum over its summaries so far (verdict.ts `printedAcrossRuns`). */
  printedSince = /* @__PURE__ */ new Map();
  printedAcrossRuns = 0;
  /** The unit the marker being handled opened or named (onMarker). */
  touched;
  /** The last line a dialect's marker of a test (or group of tests) was read on. */
  lastMarkerLine = 0;
  /** A summary whose counts still come a line each (dialect.ts `reportedSumFrom`), by its pattern's index: its place in `summaries`. */
  openSummaries = /* @__PURE__ */ new Map();
  /** The last line where a runner's summary said no test failed (dialect.ts `passedAll`). */
  passedSummaryLine = 0;
  /** A runner said it stopped the run early (dialect.ts `interrupted`): no summary says every test passed. */
  interrupted = false;
  /** Runners whose banner the log printed, whose progress marks are read from then on (dialect.ts `progress`). */
  bannered = [];
  /** The last line that began with such a runner's progress mark. */
  progressLine = 0;
  /** The dialects one of whose sections is open (dialect.ts `sectionHeader`, `inSection`). */
  sectionsOpen = /* @__PURE__ */ new Set();
  /** The open details section's entries are counted under another heading (dialect.ts `entriesCountedApart`): its dialect. */
  sectionApart;
  /** Inside a closing list whose entries are accounts (dialect.ts `entries`): its dialect and patterns. */
  entries;
  /** A result line whose title goes on below (dialect.ts `wrappedResults`): its first line, and how many more it may take. */
  /** The dialect whose numbered header, on the line before, named no test (dialect.ts `headedBelow`). */
  /** Dialects under whose `headedBelow.underFile` header the lines now are. */
  underHeader = /* @__PURE__ */ new Set();
  headedBelow;
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
      printedAcrossRuns: this.printedAcrossRuns,
      passedSummaryLine: this.interrupted ? 0 : this.passedSummaryLine,
      progressLine: this.progressLine,
      logged: this.logged,
      // poku prints nothing for a test that failed on node:assert (its ● line's colour alone says so), and a
      // neighbour's unawaited output lands in any test's span (attacks 28c, 28e): its logs prove no outage alone.
      crossDialled: this.crossDialled,
      silentFailures: this.pokuSeen ? "poku prints no node:assert failure (only its \u25CF line's colour says a test failed), so no test's lines can show all it failed on" : this.mochaDocSeen ? "mocha's doc reporter prints a failing test's error as HTML after the output of the tests around it (`<dd class=\"error\">`), so no test's lines can be told apart from its neighbours'" : this.reportFileLine > 0 ? `vitest wrote its results to a file (line ${this.reportFileLine}) in a run that printed no totals of its own, so a test it failed is in no line of this log` : void 0,
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.headedBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !(this.bannered.length > 0 && lines[i].charCodeAt(0) === 46) && this.goExample === void 0 && !interesting(lines[i])) continue;
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
    this.readProgress(line);
    this.readGoExample(line);
    if (!this.mochaDocSeen && line.includes("<dt") && MOCHA_DOC_FAILURE.test(line)) this.mochaDocSeen = true;
    if (line.includes("RUN") && VITEST_BANNER.test(line)) this.vitestRunLine = this.lineNumber;
    if (line.includes("Test Files") && VITEST_TOTALS.test(line)) this.vitestTotalsLine = this.lineNumber;
    if (this.reportFileLine === 0 && line.includes(" report written to ") && VITEST_REPORT_FILE.test(line) && !(this.vitestTotalsLine > this.vitestRunLine)) this.reportFileLine = this.lineNumber;
    if (this.current !== void 0 && HOOK_FAILED.test(line)) this.current.hookFailed = true;
    if (this.current !== void 0 && TAP_SUITE.test(line)) this.current.suite = true;
    this.behindBar = BOX_MARK.test(rawLine);
    this.source.readHeadlineMessage(line);
    if (this.detailsIndent && this.current === this.detailsIndent.unit && line.trim() !== "" && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      this.current = void 0;
      if (this.detailsIndent.resumes === void 0) this.detailsIndent = void 0;
    } else if (this.detailsIndent?.resumes !== void 0 && this.current === void 0 && this.detailsIndent.resumes.test(line) && !markerOf(line)) {
      this.current = this.detailsIndent.unit;
    } else if (this.detailsIndent?.logging === true && line.trim() !== "" && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      this.detailsIndent = void 0;
      this.quiet = false;
      this.logScope = void 0;
    }
    const details = this.detailsIndent;
    if (details?.logged !== void 0 && details.logging !== true && this.current === details.unit && details.logged.test(line)) {
      details.logging = true;
      this.current = void 0;
      this.quiet = true;
      this.logScope = this.loggedFor(details.unit.name);
      this.logScopeLine = this.lineNumber;
      return;
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
      const name = /^(\S[^\n]{0,500}?)(?: \[[^\]\n]{1,300}\]:?|:)$/.exec(line.trim())?.[1];
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
  /** A failed Go example's output being read (`got:` seen, `want:` not yet): its unit, its lines, and the unit's sure findings before it. */
  goExample;
  /**
   * A failed Go example printed other output than it documents: the code's mismatch, read at `want:`, unless every line of
   * its output was a sure connection error (the example printed the error it met, as pgx's examples do with no database).
   * Any other output, a refusal among other lines or none, is the mismatch it says (attacks 33c, 34a).
   */
  readGoExample(line) {
    const unit = this.current;
    if (GO_EXAMPLE_GOT.test(line) && unit !== void 0 && GO_EXAMPLE_RUNNERS.has(unit.runner)) {
      this.goExample = { unit, lines: 0, sureBefore: unit.high };
      return;
    }
    const block = this.goExample;
    if (block === void 0) return;
    if (block.unit !== unit) {
      this.goExample = void 0;
      return;
    }
    if (!GO_EXAMPLE_WANT.test(line)) {
      block.lines++;
      return;
    }
    this.goExample = void 0;
    if (block.lines > 0 && block.unit.high - block.sureBefore >= block.lines) return;
    this.record({ ruleId: "code.go-example-output", title: "A Go example printed other output than it documents", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: "go test prints a failed example's output under `got:` and its `// Output:` under `want:`" });
  }
  /** A runner's banner, and after it that runner's progress marks at a line's start (dialect.ts `progress`). */
  readProgress(line) {
    if (this.bannered.length > 0 && line.charCodeAt(0) === 46 && this.bannered.some((b) => b.progress.test(line))) this.progressLine = this.lineNumber;
    const first = line.charCodeAt(0);
    if ((first >= 65 && first <= 90 || first === 61) && this.bannered.length < PROGRESS_OF_DIALECTS.length) {
      for (const b of PROGRESS_OF_DIALECTS) if (!this.bannered.includes(b) && b.banner.test(line)) this.bannered.push(b);
    }
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
    if (!this.reportMode && !this.pokuRepeat) this.trackSections(line);
    let marker = this.reportMode || this.pokuRepeat ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen, this.sectionsOpen);
    if (!this.reportMode && !this.pokuRepeat) {
      const current = this.current;
      if (current?.state === "pending" && (current.concluded || !AWAITS_RESULT.has(current.runner)) && FAILED_BLOCKS.get(current.runner)?.test(line) === true) {
        current.failedBlock = true;
        if (WHOLE_BLOCK_STARTS.get(current.runner)?.test(line) === false) this.record(this.unexplained(line, "runner.cut-account", "A failed test\u2019s account cut by other output written into it"));
      }
      const own = this.statefulMarker(line, marker);
      if (own === "data") {
        this.handledLine = this.lineNumber;
        return;
      }
      marker = own;
    }
    if (marker) {
      this.handledLine = this.lineNumber;
      if (marker.event !== "end" && marker.event !== "details" && marker.event !== "passes" && marker.event !== "quiet" && marker.event !== "note") this.lastMarkerLine = this.lineNumber;
      if (marker.dialect === PYTEST && this.tbLines && !this.tbLines.open && TB_LISTED_FAILED.test(line)) this.tbLines.listed++;
      this.touched = void 0;
      this.onMarker(marker);
      const touched = this.touched;
      if (touched !== void 0 && touched.state === "failing" && touched.phases > 0) {
        const hits = this.printedSince.get(touched.runner) ?? /* @__PURE__ */ new Set();
        hits.add(touched);
        this.printedSince.set(touched.runner, hits);
      }
      if (marker.unnamedEntry === true && this.current !== void 0) this.record(this.unexplained(line, "runner.unnamed-entry", "A failure the runner listed under no test\u2019s name"));
      if (marker.event === "details" || marker.event === "end" || marker.event === "passes") this.detailsHeader = marker.event === "details" ? line : void 0;
      else if (marker.event === "start" && this.current && this.current.assertedBySection === void 0 && this.listsAssertions(marker.dialect)) {
        this.current.assertedBySection = { ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} lists it among its failed assertions` };
      }
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const [n, from] of SUMMED) {
      if (!from.test(line)) continue;
      this.summed.set(n, 0);
      this.openSummaries.delete(n);
    }
    let lineCount = 0;
    let lineRunner;
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (!found) continue;
      let count2 = found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0);
      const below = this.summed.get(n);
      if (below !== void 0) {
        count2 += below;
        this.summed.set(n, count2);
      }
      if (count2 > lineCount || lineRunner === void 0) {
        lineCount = Math.max(lineCount, count2);
        lineRunner ??= n;
      }
    }
    if (lineRunner !== void 0) {
      const open = this.summed.has(lineRunner) ? this.openSummaries.get(lineRunner) : void 0;
      const last = [...this.summaries].reverse().find((summary) => summary.runner === lineRunner);
      if (open !== void 0) this.summaries[open].count = lineCount;
      else if (last !== void 0 && last.count === lineCount && this.lastMarkerLine < last.line) last.line = this.lineNumber;
      else {
        if (this.summed.has(lineRunner)) this.openSummaries.set(lineRunner, this.summaries.length);
        this.summaries.push({ runner: lineRunner, count: lineCount, line: this.lineNumber });
        const runner = REPORTED_RUNNER[lineRunner];
        if (runner !== void 0) {
          this.printedAcrossRuns += this.printedSince.get(runner)?.size ?? 0;
          this.printedSince.delete(runner);
        }
      }
      this.reportedFailures = this.summaries.reduce((sum, c) => sum + c.count, 0);
    }
    for (const n of knowledge().passed.candidates(line)) if (PASSED_OF_DIALECTS[n].test(line)) this.passedSummaryLine = this.lineNumber;
    if (!this.interrupted && line.charCodeAt(0) === 33 && INTERRUPTED_OF_DIALECTS.some((p) => p.test(line))) this.interrupted = true;
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
    if (MINITEST_WRAPPED.test(text)) {
      this.record({ ruleId: "error.unexplained", title: "An error no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) });
      return;
    }
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
    const headed = this.headedBelow;
    this.headedBelow = void 0;
    if (headed !== void 0 && marker === void 0) {
      if (line.trim() === "" && headed.blanks > 0) {
        this.headedBelow = { ...headed, blanks: headed.blanks - 1 };
        return "data";
      }
      const name = headed.spec.name.exec(line.trim())?.groups?.name;
      if (name !== void 0) return { ...this.synthetic(headed.dialect, "start", name, headed.spec.keyFromName(name), false), afterOutput: false };
      return { ...this.synthetic(headed.dialect, "start", headed.title, `${headed.dialect.id}:${headed.title}\0${line.trim()}`, false), afterOutput: false, unnamedEntry: true };
    }
    for (const dialect of HEADED_BELOW) {
      const spec2 = dialect.headedBelow;
      if (spec2 === void 0) continue;
      if (spec2.underFile !== void 0) {
        if (spec2.underFile.test(line)) this.underHeader.add(dialect);
        else if (marker?.dialect === dialect && marker.event === "end") this.underHeader.delete(dialect);
        if (!this.underHeader.has(dialect)) continue;
      }
      if (marker !== void 0 && marker.dialect !== dialect || dialect.sectionHeader !== void 0 && !this.sectionsOpen.has(dialect)) continue;
      const title2 = spec2.head.exec(line)?.groups?.name;
      if (title2 === void 0) continue;
      this.headedBelow = { dialect, title: title2, spec: spec2, blanks: spec2.blankLines ?? 0 };
      if (marker !== void 0) return "data";
    }
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
  /** A section header opens its dialect's sections, that dialect's `end` closes them (dialect.ts `sectionHeader`). */
  trackSections(line) {
    for (const { dialect, header, ends } of SECTIONED) {
      if (header.test(line)) this.sectionsOpen.add(dialect);
      else if (this.sectionsOpen.has(dialect) && ends.some((end) => end.test(line))) this.sectionsOpen.delete(dialect);
    }
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
    if (marker.event === "pass" && !this.reportMode) this.progressLine = this.lineNumber;
    if (marker.dialect === POKU) {
      this.onPoku(marker);
      return;
    }
    const pokuFailed = marker.dialect === NODE_TEST && (marker.event === "start" || marker.event === "pass") ? this.pokuEndFile(marker.event === "pass" && NODE_FILE_PASS.test(this.lineText)) : false;
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    if ((marker.event === "start" || marker.event === "pass" || marker.event === "details") && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect);
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
  /** mocha's doc reporter printed a failing test (`<dt class="error">`): see MOCHA_DOC_FAILURE. */
  mochaDocSeen = false;
  /** Where vitest said it wrote its results to a file in a run that printed no totals of its own (VITEST_REPORT_FILE; 0: nowhere). */
  reportFileLine = 0;
  /** The last lines of vitest's banner (a run's start) and of its totals. */
  vitestRunLine = 0;
  vitestTotalsLine = 0;
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
    if (this.detailsIndent?.resumes !== void 0) this.detailsIndent = void 0;
    this.inData = false;
    if (!marker.afterOutput && marker.event !== "details" || this.detailsDialect !== void 0) this.settlePreceding(void 0);
    if (marker.event === "fail" || marker.event === "start" || marker.event === "outside") this.failedInGroup = true;
    const runner = marker.key.startsWith("#") && this.detailsDialect ? this.detailsDialect.id : marker.dialect.id;
    if (this.passes && (marker.event === "start" || marker.event === "listed") && marker.reason === void 0) return;
    if (marker.event !== "passes") this.passes = void 0;
    if (marker.event === "details" || marker.event === "passes" || marker.event === "end") this.sectionApart = marker.entriesCountedApart === true ? marker.dialect : void 0;
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
        this.touched = unit;
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
        this.touched = unit;
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
        const depth = marker.dialect.detailsDepth;
        this.detailsIndent = marker.detailsIndented ? { unit, indent: depth === void 0 ? marker.indent : depth - 1, ...marker.dialect.resumesDetails ? { resumes: marker.dialect.resumesDetails } : {}, ...marker.dialect.loggedSection ? { logged: marker.dialect.loggedSection } : {} } : void 0;
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
        if (marker.awaitsResult && unit.state === "pending") unit.concluded = true;
        if (marker.countedApart || known2 === void 0 && marker.event === "start" && this.sectionApart === marker.dialect) unit.phases = 0;
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
    if (unit.state !== "pending" || unit.concluded || !CONCLUDING_RUNNERS.has(unit.runner)) return;
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
      if (unit.state === "pending" && !unit.failedBlock && unit.evidence.length === 0 && unit !== this.current) {
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
