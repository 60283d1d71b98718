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
} from "./chunk-VIDFAU2V.js";
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
  // FlatPrintingListener.indented: every line of the account 13 spaces deep (a frame's tab after them).
  accountIndent: " ".repeat(13),
  // Every test and container it starts it finishes: one started and never finished is one the JVM died inside.
  concludesEveryTest: true,
  // A throwable below `Finished:`, unless it says the test was aborted (Jupiter's and the vintage engine's
  // assumption failures are counted as aborted, in the summary's `tests aborted`, not as failed).
  failedBlock: /^(?: {13})?=> Exception: (?!(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException)(?::|\s*$))/,
  // Throwable.toString(): the class's binary name, then `: ` and the message, or nothing. The launcher's writer flushes
  // in blocks while a test's own prints go out at once, so one can land inside the line (`shop.PricingExceptiprice cache
  // unavailable...: java.net.ConnectException: Connection refused`, attack 39a): then the account is not read.
  wholeBlockStart: /^(?: {13})?=> Exception: [\w$]{1,200}(?:\.[\w$]{1,200}){0,40}(?::(?: |$)|\s*$)/
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
  // format_test_failure ends each block with an empty line; a later test's print can be indented five spaces too (attack 40a).
  blankEndsDetails: true,
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

// src/classify/dialects/perl.ts
var SCRIPT = String.raw`[\w./+-]{0,300}\.t`;
var proveKey = (name) => `prove:${name}`;
var PROVE = {
  id: "prove",
  markers: [
    // The script's line with its result still to come (a failure, or -v's TAP below it): what came above it is its stderr.
    { event: "run", pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,}\s*$`), afterOutput: true, keyFromName: proveKey },
    // It passed on its own line (`t/02-trim.t .. ok`, `ok     12 ms ( ... )` under --timer, `skipped: no database`).
    { event: "pass", pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,} (?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$`), afterOutput: true, keyFromName: proveKey },
    // Under the announced script's line: its failure (Dubious when it exited non-zero; the subtest count ends its block).
    { event: "fail", pattern: /^Dubious, test returned \d{1,3} \(wstat \d{1,6}, 0x[0-9a-f]{1,6}\)\s*$/, ofAnnounced: true },
    { event: "fail", pattern: /^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$/, ofAnnounced: true, closes: true },
    // -v: a lone `ok` (and its timing) or `skipped:` concludes a script that passed.
    { event: "pass", pattern: /^(?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$/, ofAnnounced: true, closes: true },
    // -v: the script's TAP (`ok 1 - name`, `not ok 2 - name`, `1..3`, `Bail out!`): its own stream, read as output.
    { event: "data", pattern: /^(?:not )?ok \d{1,6}\b|^1\.\.\d{1,6}\b|^Bail out!/, ofAnnounced: true },
    // The summary names each script that failed: one it never concluded above is a failure with no account.
    { event: "listed", pattern: new RegExp(String.raw`^(?<name>${SCRIPT})\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: \d{1,6}\)\s*$`), keyFromName: proveKey },
    { event: "end", pattern: /^Test Summary Report\s*$|^Files=\d{1,9}, Tests=\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\s*$/ }
  ],
  // The summary's count of a script's failed subtests (`Tests: 3 Failed: 1`): a script that died before any test counts none.
  reportedFailures: new RegExp(String.raw`^${SCRIPT}\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: (\d{1,6})\)\s*$`),
  // Formatter/Base.pm _output_success.
  passedAll: /^All tests successful\.$/,
  // prove's and Test::More's words that a script failed, which say nothing about why.
  uninformative: /^Dubious, test returned |^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$|^# Looks like (?:you failed \d|you planned \d|your test exited with \d)|^\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/
};

// src/classify/dialects/index.ts
var DIALECTS = [PROVE, PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, UVU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_FLAT, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 319\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\s{0,40}\\\\tError: {0,20}\\\\t(?![^\\\\n]{0,600}(?:Received unexpected error|(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: )))\\\\S/\\n/^\\\\s{0,12}--[^\\\\n]{0,500}\\\\s\\\\(Actual\\\\)$/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/Can't locate object method \\"\\\\w{1,100}\\" via package \\"[\\\\w:]{1,200}\\"|Can't call method \\"\\\\w{1,100}\\" (?:on unblessed reference|without a package or object reference)|Undefined subroutine &[\\\\w:]{1,200} called|\\\\bNot an? (?:HASH|ARRAY|CODE|SCALAR|GLOB) reference at |Can't use an undefined value as an? (?:HASH|ARRAY|SCALAR|CODE|symbol|filehandle|subroutine) reference|Can't use string \\\\(\\"[^\\\\n]{0,200}\\"\\\\) as an? \\\\w{1,20} ref while \\"strict refs\\" in use|\\\\bIllegal division by zero at |Modification of a read-only value attempted at |Global symbol \\"[$@%]\\\\w{1,100}\\" requires explicit package name|Bareword \\"[\\\\w:]{1,200}\\" not allowed while \\"strict subs\\" in use/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^All tests successful\\\\.$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^=+ test session starts =+$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^(?: {13})?=> Exception: (?!(?:org\\\\.opentest4j\\\\.TestAbortedException|org\\\\.junit\\\\.(?:internal\\\\.)?AssumptionViolatedException)(?::|\\\\s*$))/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Test run finished after \\\\d{1,9} ms$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\d{1,6}\\\\) (?<name>Error|Warning)$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^\\\\s{1,8}\u2718 (?<name>Error|Warning)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^The data provider specified for (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}) is invalid\\\\.?$/\\n/^(?:Error|Warning) Test Case \\\\(PHPUnit\\\\\\\\Framework\\\\\\\\(?:Error|Warning)TestCase\\\\)\\\\s*$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,4}RUN\\\\s{1,4}v\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\b/\\n/^(?:JUNIT|JSON|blob) report written to \\\\S/\\n/^\\\\s{0,8}Test Files\\\\s{1,8}\\\\d{1,9} (?:failed|passed)\\\\b/\\n/^# Looks like your test exited with \\\\d{1,3} (?:just after \\\\d{1,9}|before it could output anything)\\\\.$/\\n/^(?:Bailout called\\\\.\\\\s{1,4}Further testing stopped:|FAILED--Further testing stopped\\\\b)/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|^(?:#\\\\s{1,4}|\\\\s{2,4})Failed test(?: '| at \\\\S)|Can't call method \\"\\\\w{1,100}\\" on an undefined value\\\\b|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?(?:\\\\s{0,8}| {13}\\\\t(?=Suppressed: ))(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b|^\\\\s{0,12}Expected$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,50,51,53,63,65,67,72,75,76,77,183,192,214,228,240,241,267,272,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,497,498,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,556,557,558,559,560,561,562,563,564,565,566,567,568,569,570,571,572,573,574,575,576,577,578,579,580,581,582,583,584,585,586,587,588,591,592,593,594,595,596,597,599,601,602,603,604,605,606,607,610,611,612,614],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,38,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,92,9654,65123],"words":13,"quiet":14659,"states":16652,"edges":"AAAAAAAAAAABAAAAWQAAAAIAAAAxjgAAAwAAAPMOAAAEAAAA7+AAAAUAAAAWWggABgAAAJjbAQAHAAAAn0kJAAgAAADjSwIACQAAANeVAAAKAAAAI0wAAAsAAACSFQsADAAAAGebAAANAAAAYRkAAA4AAADioQEADwAAAKa5AAAQAAAArSgAABEAAAAjsAEAEgAAALwJAAATAAAA+z0CABQAAABkhgQAFQAAAKduAgAWAAAAHiYBABcAAAAOWAIAGAAAAGRwAgAZAAAAymECABoAAADdewIAGwAAAFEIAwAcAAAAyNUDAB0AAAAAAAAAHgAAAIj1EAAfAAAAsBsBACAAAAC2qAIAIQAAAHYLDgAiAAAAIwkCACMAAAD2AQEAJAAAAODdBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA3QoQACkAAADFvw8AKgAAACrRAQArAAAAnckDACwAAABo9wEALQAAAKy0DAAuAAAAAAAAAC8AAACJUwIAMAAAAAAAAAAxAAAAlK0CADIAAAB02A8AMwAAAAAAAAA0AAAAEAUEADUAAABZeBMANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAAAAAAABAAAAAVm8QAEEAAACVdw4AQgAAALWCDgBDAAAAFxkTAEQAAABUJhAARQAAAAAAAABGAAAA5CsQAEcAAAAAAAAASAAAAKhOEABJAAAALVMQAEoAAAD1VRAASwAAAPXlFQBMAAAAM3wQAE0AAAD3nhAATgAAAFCfEABPAAAA/7cQAFAAAADSuxAAUQAAAHPrEABSAAAAPogRAFMAAACXiBEAVAAAAByNEQBVAAAAAAAAAFYAAAAAAAAAVwAAAKd3EwBYAAAAAHgTAFsAAACyAAAAXAAAAJ4lBQBeAAAAxJsLAF8AAAAYVgEAYgAAAIemAABkAAAAsisMAGUAAAAxSgoAagAAAEQMAgBtAAAAN3QCAHAAAADAIAUAdgAAAANBAAC1AAAACwEAALgAAACFvxEAvwAAAE4rBADBAAAA50sNAA4BAABL6BMAaQEAAL0BAADDAQAAFgIAAB0CAABvAgAAdwIAAMgCAADKAgAAIQMAACoDAAB6AwAAhAMAANMDAADeAwAALAQAADgEAACFBAAAkgQAAN4EAADoBAAANwUAAEUFAACQBQAAnwUAAOkFAADrBQAAQgYAAEwGAACbBgAAqQYAAPQGAAD5BgAATQcAAFoHAACmBwAArgcAAP8HAAAPCAAAWAgAAFoIAACxCAAAvwgAAAoJAAAbCQAApOgTAGoJAAD96BMAvgkAAL6pEAC/CQAABhEOAMQJAAAVCgAAyAkAAK8ADgDJCQAAbvINAMwJAABY8A0A0QkAAL8nDQDVCQAA4KQQANgJAAB3nwwAGQoAADJOAwAaCgAA5UYDABsKAAD7oQMAHAoAAG4KAAAiCgAAt6sDAHMKAADHCgAA0woAACALAAAjCwAAeQsAAIELAADSCwAA3wsAACsMAAAwDAAAhAwAAI4MAADdDAAA5QwAADYNAABCDQAAjw0AAEUNAADfawIAog0AAOgNAAD2DQAAQQ4AAEQOAACaDgAApA4AAFbpEwD1DgAAVXkAAPYOAADn0gEA+A4AAEwPAAD8DgAAgb4OAP0OAADS0wIA/g4AAPZlAgD/DgAA/B8AAAAPAAA9hRAAAQ8AAMunAQACDwAAGzMAAAQPAACKYQQABw8AAJ+5AwAQDwAAlwQFABMPAAAIvg8AUg8AAKUPAABbDwAASo0KAKsPAAD+DwAAEhAAAFcQAABsEAAAsBAAALgQAAAJEQAAExEAAGIRAABnEQAAuxEAAMARAAAUEgAAHBIAAG0SAACDEgAAxhIAAMgSAAAfEwAALBMAAHgTAACMEwAA0RMAANkTAAAqFAAAORQAAIMUAACUFAAA3BQAAOoUAAA1FQAAQRUAAI4VAACbFQAA5xUAAPEVAABAFgAAQxYAAJkWAAChFgAA8hYAAPQWAABLFwAAXBcAAKQXAACqFwAA/RcAAAkYAABWGAAAWBgAAK8YAAC2GAAACBkAABwZAACv6RMAYhkAAIulEwBjGQAAz5ICAGYZAAC6GQAAahkAABxBAgBvGQAAKFAEALwZAADl1wAAvRkAABcPCgDBGQAA2F8MAMIZAAATGgAAxBkAAEVSAQDFGQAA3NAJAMcZAAAVuwgAyRkAAP6eDQDLGQAA82YIANAZAABqmQIA0xkAAJoNCAAUGgAAbBoAABYaAADv1AcAGRoAAGXhDQCDGgAAxRoAAN0aAAAeGwAAKRsAAHcbAACQGwAA0BsAANIbAAApHAAAQxwAAIIcAACRHAAA2xwAAOAcAAA0HQAAQR0AAI0dAACdHQAA5h0AAO4dAAA/HgAASx4AAJgeAAClHgAA8R4AAPseAABKHwAAUB8AAKMfAAC3HwAACOoTAAIgAABVIAAABiAAANAZEAATIAAAN0YOAHAgAACuIAAAuiAAAAchAAANIQAAYCEAAGMhAABPnQcAaCEAALkhAAC8IQAAE8AHAMAhAAASIgAAxCEAAGxcBgDHIQAAMMIEABciAABrIgAAdyIAAMQiAADHIgAAHSMAACUjAAB2IwAAgyMAAM8jAADUIwAAKCQAADIkAACBJAAAiSQAANokAADdJAAAMyUAADwlAACMJQAAjSUAAOUlAADmJQAAPiYAAEMmAACXJgAAnSYAAPAmAAD6JgAASScAAFEnAACiJwAApScAAPsnAAD+JwAAVCgAAGUoAABh6hMArygAABDvAQCyKAAA4I4OALYoAAAwAxMAuSgAAAYpAAC7KAAAm3QKAB4pAABfKQAAYikAALgpAADEKQAAESoAAB4qAABqKgAAcSoAAMMqAADFKgAAHCsAACUrAAB1KwAAfysAAM4rAADZKwAAJywAAEMsAACALAAAiCwAALrqEwDeLAAAMi0AADotAACLLQAAjC0AAOQtAADmLQAAPS4AAEAuAACWLgAAmS4AABPrEwD0LgAASC8AAE4vAAChLwAAqC8AAPovAAACMAAAUzAAAFYwAACsMAAAtTAAAAUxAAAGMQAAXjEAAF8xAAC3MQAAyDEAABAyAAAeMgAAaTIAAHUyAADCMgAAyTIAAGzrEwAhMwAAdDMAAHYzAADNMwAA4zMAACY0AAAuNAAAfzQAAIE0AADYNAAA4TQAADE1AAA7NQAAijUAAJU1AADjNQAA7zUAADw2AABJNgAAlTYAAJ82AADuNgAA/DYAAEc3AABWNwAAoDcAAKI3AAD5NwAAAzgAAFI4AABgOAAAqzgAALA4AAAEOQAAETkAAF05AABlOQAAtjkAALw5AAAPOgAAGzoAAGg6AACFOgAAwToAAMo6AAAaOwAAKDsAAHM7AAB5OwAAzDsAANg7AAAlPAAAKDwAAH48AACGPAAA1zwAAOg8AAAwPQAAPj0AAIk9AACiPQAA4j0AAOM9AAA7PgAAWD4AAMXrEwCZPgAA7T4AAPM+AABGPwAATj8AAJ8/AACoPwAA+D8AAPs/AABRQAAAXUAAAKpAAACwQAAAd+wTAB9BAABcQQAAZEEAANDsEwC4QQAADkIAAB9CAABnQgAAb0IAAMBCAADOQgAAGUMAABxDAAByQwAAekMAAMtDAADYQwAAJEQAAClEAAB9RAAAh0QAANZEAADeRAAAL0UAADtFAACIRQAAlUUAAOFFAADjRQAAOkYAAFNGAACTRgAApEYAAOxGAAD4RgAARUcAAExHAACeRwAApkcAAPdHAAD8RwAAUEgAAF1IAACpSAAAsUgAAAJJAAAMSQAAW0kAAGZJAAC0SQAAwEkAAA1KAAAVSgAAKe0TAHJKAAC/SgAAxUoAABhLAAAzSwAAcUsAAH1LAADKSwAA0EsAAILtEwAoTAAAKoMCAClMAADVjgYAKkwAAPwpCQAuTAAAfEwAAC9MAABf5gEAMUwAAPFrBwA3TAAAjYwCAIJMAAA5FBMAiEwAANVMAADbTAAA85MEAN1MAADb7RMAOk0AAIdNAACNTQAA4E0AAPtNAAA5TgAARU4AAJJOAACYTgAA604AAPNOAABETwAASk8AAJ1PAACpTwAA9k8AABNQAABPUAAAWFAAAKhQAAC0UAAAAVEAAARRAABaUQAAZFEAALNRAAC/UQAADFIAABNSAABlUgAAbVIAAL5SAAC/UgAA3WUAAMFSAAAXUwAAJlMAAHBTAAB2UwAAyVMAAMtTAAAiVAAAOFQAAHtUAACZVAAA1FQAAO1UAAAtVQAAL1UAAIZVAACJVQAA31UAAOtVAAA4VgAAP1YAAJFWAACZVgAA6lYAAOxWAABDVwAATFcAAJxXAACmVwAA9VcAAABYAABOWAAAWlgAAKdYAAC0WAAAAFkAAApZAABZWQAAZ1kAALJZAADBWQAAC1oAAA1aAABkWgAAbloAAL1aAADLWgAAFlsAABtbAABvWwAAfFsAAMhbAADdWwAAIVwAAClcAAB6XAAAk1wAANNcAADcXAAALF0AADZdAACFXQAAjV0AAN5dAADrXQAAN14AADxeAACQXgAAmF4AAOleAADqXgAAQl8AAERfAACbXwAAnl8AAPRfAAD3XwAANO4TAFJgAACmYAAArGAAAP9gAAAGYQAAWGEAAGBhAACxYQAAtWEAAApiAAAMYgAAY2IAAGZiAAC8YgAAxGIAABVjAAAWYwAAbmMAAHRjAADHYwAAzGMAACBkAAA7ZAAAeWQAAIdkAADSZAAA2WQAACtlAAA3ZQAAhGUAAItlAACN7hMA32UAADZmAAA5ZgAAj2YAAJJmAADm7hMA7WYAAEFnAABHZwAAmmcAAKFnAADzZwAAEWgAAExoAABlaAAApWgAAKdoAAD+aAAAAWkAAFdpAABjaQAAsGkAALdpAAAJagAAEWoAAGJqAABkagAAu2oAAMRqAAAUawAAHmsAAG1rAAB4awAAxmsAANJrAAAfbAAALGwAAHhsAACCbAAA0WwAAN9sAAAqbQAAOW0AAINtAACFbQAA3G0AAOZtAAA1bgAAQ24AAI5uAACTbgAA524AAPRuAABAbwAAVW8AAJlvAAChbwAA8m8AAAtwAABLcAAAVHAAAKRwAACucAAA/XAAAAVxAABWcQAAY3EAAK9xAAC0cQAACHIAABByAABhcgAAYnIAALpyAAC8cgAAE3MAABZzAABscwAAb3MAAD/vEwDKcwAAHnQAACR0AAB3dAAAfnQAANB0AADYdAAAKXUAAC11AACCdQAAhHUAANt1AADedQAANHYAADx2AACNdgAAjnYAAOZ2AADsdgAAP3cAAER3AACYdwAAs3cAAPF3AAD/dwAASngAAFF4AACjeAAAr3gAAPx4AAADeQAAmO8TAFh5AACueQAAv3kAAAd6AAAPegAAkboBACN6AABgegAAaHoAAPHvEwDIegAAEnsAABh7AABrewAAbXsAAMR7AADaewAAHXwAADt8AAB2fAAAeXwAAM98AADbfAAAKH0AAC59AACBfQAAnH0AANp9AADmfQAAM34AADl+AACMfgAAqn4AAOV+AAD1fgAAPn8AAEx/AACXfwAAnX8AAPB/AADzfwAASYAAAFOAAACigAAAwIAAAPuAAAARgQAAVIEAAGCBAACtgQAAsIEAAAaCAAAJggAAX4IAAGGCAAC4ggAAz4IAABGDAAAdgwAAaoMAAIaDAADDgwAAy4MAAErwEwAthAAAdYQAAIOEAADOhAAA2oQAACeFAAA0hQAAgIUAAIqFAADZhQAA4YUAADKGAAAzhgAAi4YAAI2GAADkhgAA54YAAD2HAABAhwAAo/ATAJuHAADvhwAA9YcAAEiIAABPiAAAoYgAAKmIAAD6iAAAEIkAAFOJAABciQAArIkAAK+JAAAFigAAD4oAAF6KAABmigAAt4oAANCKAAAQiwAAHIsAAGmLAABxiwAA/PATAMqLAAAbjAAAHowAAHSMAAB+jAAAzYwAANOMAAAmjQAANI0AAH+NAACMjQAA2I0AAO+NAABV8RMAMo4AAPQaEgA0jgAAYN4BADeOAABxugIAOI4AALAaCQA5jgAAFLgHADqOAACY0AAAO44AAD6VAgA+jgAA+ZkRAD+OAACLvA0AQI4AAIqOAABCjgAAHOcJAEeOAADt5AcASI4AALyuDwCUjgAAxeEKAJmOAADjjgAA744AADyPAAA9jwAA/+UEAD+PAACVjwAAmI8AAO6PAAD1jwAAZq4BAPaPAABHkAAABpAAAHQ+AQBOkAAAoJAAAKyQAAD5kAAABpEAAFKRAABgkQAAq5EAALeRAAAEkgAAC5IAAF2SAABlkgAAtpIAAMaSAAAPkwAAFJMAAGiTAABukwAAwZMAAMmTAAAalAAAI5QAAHOUAAB2lAAAzJQAANiUAAAllQAAK5UAAK7xEwCdlQAAB/ITAOSVAAAwlgAAMpYAAIUPAQAzlgAAmd4CADeWAAAjFAMAO5YAAKB4DgA8lgAA/iUCAD6WAAByCwMAP5YAAAVyDgBJlgAAJLMCAFCWAACJlgAAlpYAAOKWAADnlgAAO5cAAD+XAACUlwAAoZcAAO2XAAD1lwAARpgAAPiXAACDPwwATZgAAJ+YAABVmAAAhJEEAKGYAAD4mAAAApkAAFGZAABTmQAAqpkAAMOZAAADmgAABZoAAFyaAABfmgAAtZoAAMGaAAAOmwAAFpsAAGDyEwBtmwAAwJsAAG+bAABHdxYAdpsAAMn5BwB4mwAAOU0IAHqbAACnYwEAf5sAAAUZDgCDmwAAYG0PAMabAAAO9AAA2JsAABmcAAAbnAAAcpwAACacAAAAsgAAMpwAALSiAACBnAAAy5wAANqcAAAknQAAMJ0AAH2dAACAnQAA1p0AANmdAAAvngAAR54AAIieAACPngAA4Z4AAO2eAAA6nwAAR58AAJOfAAChnwAA7J8AAPifAABFoAAATKAAAJ6gAAC2oAAA96AAAAOhAABQoQAAVqEAAKmhAACvoQAAAqIAAAeiAABbogAAYaIAABLzEwC2ogAADaMAABSjAABmowAAfqMAAL+jAADGowAAGKQAADGkAABxpAAAiaQAAMqkAADWpAAAI6UAACmlAAB8pQAAgqUAANWlAADapQAALqYAADSmAABr8xMAoKYAAOCmAADxpgAAOacAAEenAACSpwAAoacAAOunAADzpwAARKgAAGSoAACdqAAAqagAAPaoAAAKqQAAT6kAAFepAACoqQAArqkAAAGqAAANqgAAWqoAAGSqAACzqgAAuaoAAAyrAAAaqwAAZasAAHGrAAC+qwAA2asAABesAAAZrAAAcKwAAIGsAADJrAAA0awAACKtAAAwrQAAe60AAH6tAADUrQAA3K0AAC2uAAA6rgAAhq4AAIuuAADfrgAA6a4AADivAABArwAAka8AAJOvAADqrwAA+68AAEOwAABUsAAAnLAAAKGwAAD1sAAA+bAAAE6xAABasQAAp7EAAK6xAADE8xMABbIAAFmyAABjsgAAsrIAAMqyAAALswAADrMAAGSzAABtswAAvbMAAL6zAAAWtAAAF7QAAG+0AAB0tAAAyLQAAM60AAAhtQAAK7UAAHq1AACGtQAA07UAANq1AAAstgAARLYAAIW2AACHtgAA3rYAAOe2AAA3twAAQbcAAJC3AACbtwAA6bcAAAG4AABCuAAAWLgAAJu4AACguAAA9LgAAPu4AABNuQAAWbkAAB30EwCouQAAkhYDAKu5AAAxmQEAr7kAAPDMBwCxuQAAq5sJALe5AAD/uQAAAboAAN/EAgANugAAWLoAAGS6AACxugAAZ7oAALEdCgC+ugAACrsAABS7AABjuwAAZLsAADSVEwBruwAAvLsAAMO7AAAVvAAA17sAAE3EAQAavAAAbrwAAHq8AADHvAAAyrwAACC9AAAovQAAeb0AAIa9AADSvQAA170AACu+AAA1vgAAhL4AAIy+AADdvgAA4L4AADa/AAA/vwAAj78AAJC/AADovwAA6b8AAEHAAABGwAAAmsAAAKDAAADzwAAA/cAAAEzBAABUwQAApcEAAKfBAAD+wQAAB8IAAFfCAABhwgAAsMIAALvCAAAJwwAAFcMAAGLDAABvwwAAu8MAAMXDAAAUxAAAIsQAAG3EAAB8xAAAxsQAAMjEAAAfxQAAKcUAAHjFAACGxQAA0cUAANbFAAAqxgAAN8YAAIPGAACLxgAA3MYAAN3GAAA1xwAAO8cAAI7HAACTxwAA58cAAPHHAABAyAAARcgAAJnIAACoyAAA8sgAAPfIAABLyQAAXMkAAKTJAACsyQAA/ckAAAPKAABWygAAYsoAAK/KAADMygAACMsAABHLAABhywAAbcsAALrLAAC9ywAAE8wAAB3MAABszAAAeMwAAMXMAADMzAAAHs0AACbNAAB3zQAAkM0AANDNAADkzQAAKc4AADHOAACCzgAAhc4AANvOAADnzgAANM8AADrPAACNzwAAqM8AAObPAADyzwAAP9AAAEXQAAB29BMAotAAAPHQAAD80AAAStEAAFLRAAC34wAAVtEAAKPRAACw0QAA/NEAAAbSAABV0gAAY9IAAK7SAAC90gAAB9MAAAnTAABg0wAAatMAALnTAADH0wAAEtQAABfUAABr1AAAeNQAAMTUAADM1AAAHdUAANTUAADOjwEAHtUAAHbVAAAh1QAACH0BAC3VAAC+tgEAh9UAAM/VAADY1QAAKNYAAD/WAACB1gAAj9YAANrWAADn1gAAM9cAADvXAACM1wAAq9cAAM/0EwDu1wAAPtgAAEjYAACX2AAAotgAACj1EwDy2AAASdkAAFLZAACi2QAArNkAAPvZAAAG2gAAVNoAAGDaAACt2gAAutoAAAbbAAAQ2wAAX9sAAG3bAAC42wAAx9sAABHcAAAT3AAAatwAAHTcAADD3AAA0dwAABzdAAAh3QAAdd0AAILdAADO3QAA1t0AACfeAAAt3gAAgN4AAIzeAADZ3gAA9t4AADLfAAA73wAAi98AAJnfAADk3wAA6t8AAD3gAABJ4AAAluAAAJ3gAACB9RMA8eAAAPVtAgD14AAASOEAAE3hAACh4QAAVuEAALzyBQCu4QAA+uEAABHiAABT4gAAVOIAAKziAACu4gAABeMAAAjjAABe4wAAYeMAANr1EwDY4wAAEOQAABHkAABp5AAAa+QAAMLkAADF5AAAG+UAAB7lAAAz9hMAeeUAAM3lAADT5QAAJuYAAC3mAAB/5gAAoeYAANjmAADg5gAAMecAAEDnAACK5wAAjOcAAOPnAAD05wAAPOgAAE3oAACV6AAAoegAAO7oAAD16AAAR+kAAE/pAACg6QAApOkAAPnpAAAH6gAAUuoAAFzqAACr6gAAtuoAAATrAAAJ6wAAXesAAGbrAAC26wAAwOsAAA/sAAAX7AAAaOwAAGrsAADB7AAAzuwAABrtAAAu7QAAc+0AAHvtAADM7QAAze0AACXuAAAn7gAAfu4AAIHuAADX7gAA2u4AAIz2EwA17wAAie8AAI/vAADi7wAA6e8AADvwAABD8AAAlPAAAKPwAADt8AAA8vAAAEbxAABT8QAAn/EAAK/xAAD48QAABvIAAFHyAABo8gAAqvIAALPyAAAD8wAACfMAAFzzAABo8wAAtfMAALzzAADl9hMAE/QAADu4AwAW9AAAZ/QAABv0AADhZQsAdvQAAMD0AADR9AAAGfUAACf1AABy9QAAfvUAAMv1AADY9QAAJPYAAC72AAB99gAAhfYAANb2AADZ9gAAL/cAADv3AACI9wAAlfcAAOH3AADr9wAAOvgAAEL4AACT+AAAlfgAAOz4AAD1+AAARfkAAE/5AACe+QAAqfkAAPf5AAAM+gAAUPoAAFj6AACp+gAAwvoAAAL7AAAL+wAAW/sAAGX7AAC0+wAAvPsAAA38AAAa/AAAZvwAAGv8AAC//AAAx/wAABj9AAAZ/QAAcf0AAHP9AADK/QAAzf0AACP+AAAm/gAAPvcTAIH+AADV/gAA2/4AAC7/AAA1/wAAh/8AAI//AADg/wAA7v8AADkAAQA8AAEAkgABAJoAAQDrAAEA7gABAEQBAQBQAQEAnQEBAKcBAQCX9xMA9wEBAGB4EAD4AQEATwIBAPkBAQB7lQ4AAAIBAM96EAABAgEAKV4GAAUCAQAZWQIABgIBAEgXDgAaAgEA5TsCAFgCAQCoAgEAXgIBACloDwCyAgEAAQMBAAwDAQBaAwEAZgMBALMDAQDAAwEADAQBABYEAQBlBAEAcwQBAL4EAQDNBAEAFwUBABkFAQBwBQEAegUBAMkFAQDXBQEAIgYBACcGAQB7BgEAiAYBANQGAQDkBgEALQcBAC8HAQCGBwEAlAcBAN8HAQDwBwEA8PcTAD8IAQBJ+BMAmQgBAKL4EwDzCAEAQwkBAE0JAQCcCQEApwkBAPUJAQABCgEATgoBAFsKAQCnCgEAsQoBAAALAQAOCwEAWQsBAGgLAQCyCwEAtAsBAAsMAQAVDAEAZAwBAHIMAQC9DAEAwgwBABYNAQAjDQEAbw0BAHcNAQDIDQEA2A0BACEOAQAjDgEAeg4BAIgOAQDTDgEA5A4BAPv4EwAzDwEAVPkTAJ4PAQDeDwEA7w8BADcQAQBDEAEAkBABAJgQAQCt+RMA7hABAEIRAQBKEQEAmxEBAJ0RAQD0EQEAoBEBAPf4CACqEQEAhE4GAP0RAQBNEgEAAxIBAO23CwBXEgEAphIBALESAQD/EgEACxMBAFgTAQBlEwEAsRMBALsTAQAKFAEAGBQBAGMUAQByFAEAvBQBAL4UAQAVFQEAHxUBAG4VAQB6FQEAxxUBAM8VAQAG+hMAIxYBAHkWAQCHFgEA0hYBAN8WAQArFwEAQhcBAIQXAQCMFwEA3RcBAPMXAQA2GAEAQhgBAI8YAQCeGAEA6BgBAPMYAQBBGQEAQxkBAJoZAQCnGQEA8xkBAAEaAQBMGgEATxoBAKUaAQC7GgEA/hoBAAYbAQBXGwEAaRsBAF/6EwC4GwEAzHIFALobAQBI6hEAvRsBAO4pDwC/GwEACRwBAA4cAQBiHAEAaRwBALscAQDHHAEAFB0BACEdAQBtHQEAbx0BAMYdAQDcHQEAHx4BACseAQB4HgEAlx4BANEeAQDtHgEAKh8BADIfAQC4+hMAhR8BANwfAQDlHwEANSABAD8gAQCOIAEAmSABAOcgAQDzIAEAQCEBAE0hAQCZIQEAoyEBAPIhAQAAIgEASyIBAFoiAQCkIgEApiIBAP0iAQAHIwEAViMBAGQjAQCvIwEAtCMBAAgkAQAVJAEAYSQBAHEkAQC6JAEAvCQBABMlAQAhJQEAbCUBAH0lAQAR+xMAzCUBAGr7EwAgJgEAAuQGACMmAQB3JgEAJyYBAJMDAgAqJgEAfU4JACwmAQC8xgEAMiYBAO9wBgB+JgEACJMDAIQmAQDQJgEA5yYBACknAQAuJwEAgicBAIUnAQDbJwEAjCcBAKelBwCeJwEAx7AHAOAnAQDeqgcA5ycBADQoAQA6KAEAETUBAEMoAQCNKAEAligBAOYoAQDsKAEAPykBAE0pAQCYKQEAoikBAPEpAQAFKgEASioBAFYqAQCjKgEAtioBAPwqAQALKwEAVSsBAGErAQCuKwEArysBAAcsAQARLAEAYCwBAG4sAQC5LAEAviwBABItAQAfLQEAHPwTAH4tAQDELQEA0y0BAB0uAQApLgEAdi4BAHcuAQDPLgEA2S4BACgvAQA2LwEAgS8BAIYvAQDaLwEA5y8BACf9EwA1MAEAjDABAJUwAQDlMAEA7zABAD4xAQBJMQEAlzEBAKMxAQDwMQEA/TEBAEkyAQBTMgEAojIBALAyAQD7MgEACjMBAFQzAQBWMwEArTMBALczAQAGNAEAFDQBAF80AQBsNAEAuDQBAM80AQCA/RMALDUBAGo1AQB2NQEAwzUBAMk1AQAcNgEAKDYBAHU2AQB7NgEAzjYBANQ2AQAnNwEALDcBAIA3AQCGNwEA2f0TAOI3AQAyOAEAPDgBAIs4AQCWOAEA5DgBAPA4AQA9OQEASjkBAJY5AQCgOQEA7zkBAP05AQBIOgEAVzoBAKE6AQCjOgEA+joBAAQ7AQBTOwEAYTsBAKw7AQCxOwEABTwBABI8AQBePAEAZjwBALc8AQDHPAEAED0BABI9AQBpPQEAdz0BAMI9AQDTPQEA5P4TACI+AQA9/xMAej4BAM0+AQDZPgEAJj8BADY/AQB/PwEAiD8BANg/AQDbPwEAMUABAD1AAQCKQAEAkUABAONAAQDrQAEAPEEBAFpBAQCVQQEAnUEBAO5BAQD/QQEAR0IBAExCAQCgQgEAt0IBAPlCAQAHQwEAUkMBAF9DAQCrQwEAs0MBAAREAQAIRAEAXUQBAF9EAQC2RAEAuUQBAA9FAQAXRQEAaEUBAG5FAQDBRQEAzUUBABpGAQAqRgEAc0YBAHxGAQDMRgEAz0YBACVHAQAxRwEAfkcBAIVHAQCW/xMA4EcBADBIAQAzSAEAiUgBAJdIAQDiSAEA70gBADtJAQBSSQEAlEkBAJxJAQDtSQEA70kBAEZKAQBPSgEAn0oBAKlKAQD4SgEAA0sBAFFLAQBdSwEAqksBALdLAQADTAEADUwBAFxMAQBqTAEAtUwBAMRMAQAOTQEAEE0BAGdNAQBxTQEAwE0BAM5NAQAZTgEAHk4BAHJOAQB/TgEAy04BANNOAQAkTwEAOk8BAH1PAQCJTwEA1k8BAOVPAQAvUAEAOlABAIhQAQCKUAEA4VABAO5QAQA6UQEASFEBAJNRAQCWUQEA7FEBAAJSAQDv/xMATVIBADlkAgBRUgEAvg8CAFNSAQBi2QIAXVIBAJ5SAQCgUgEA91IBAAhTAQBQUwEAYVMBAKlTAQCuUwEAAlQBAAZUAQBbVAEAZ1QBALRUAQC7VAEADVUBABVVAQBmVQEAhFUBAL9VAQDHVQEASAAUAB1WAQBxVgEAclYBAKuPEACAVgEAgrYOAIpWAQDKVgEAzFYBACNXAQA8VwEAfFcBAI1XAQDVVwEA4VcBAC5YAQAwWAEAh1gBAJBYAQDgWAEAllgBAMleAQDqWAEAOVkBAERZAQCSWQEAnlkBAOtZAQD4WQEARFoBAE5aAQCdWgEAq1oBAPZaAQAFWwEAT1sBAFFbAQCoWwEAslsBAAFcAQAPXAEAWlwBAF9cAQCzXAEAwFwBAAxdAQAYXQEAZV0BAGtdAQC+XQEAxF0BABdeAQAcXgEAcF4BAHZeAQChABQA2F4BACJfAQAuXwEAe18BAH5fAQDUXwEA118BAC1gAQA0YAEAhmABAJJgAQDfYAEA7GABADhhAQBGYQEAkWEBAJ1hAQDqYQEA8WEBAPoAFABJYgEAnGIBAKJiAQD1YgEA+mIBAE5jAQBUYwEAUwEUAKhjAQCgTQIAsWMBAH7LDQCzYwEAkNYTALVjAQCjuQ4AtmMBAABkAQAMZAEAWWQBAFpkAQCyZAEAZWQBAKHJDgC8ZAEAC2UBABllAQBkZQEAaWUBAL1lAQDKZQEArAEUABhmAQBRgQ4AJGYBABt0DgA5ZgEABQIUAJVmAQDIZgEA72YBACFnAQBFZwEAemcBAIJnAQBeAhQA32cBACxoAQAuaAEAhWgBAIhoAQDeaAEA42gBADdpAQBEaQEAkGkBAKxpAQDpaQEA8WkBALcCFABLagEAm2oBAE9qAQAJdQEAnmoBAPRqAQAAawEATWsBAFNrAQCmawEAs2sBAP9rAQABbAEAWGwBAG5sAQCxbAEAvWwBAAptAQASbQEAEAMUAGltAQC8bQEAxG0BABVuAQAWbgEAbm4BAHBuAQDHbgEAym4BACBvAQAjbwEAaQMUAH5vAQDSbwEA2G8BACtwAQAycAEAhHABAIxwAQDdcAEA6nABADZxAQA7cQEAj3EBAJlxAQDocQEA8HEBAEFyAQBDcgEAmnIBAKtyAQDzcgEABHMBAExzAQBRcwEApXMBAKlzAQD+cwEACnQBAFd0AQBedAEAsHQBAMJ0AQDCAxQADnUBAGJ1AQBqdQEAu3UBAL11AQAUdgEAI3YBAG12AQB8dgEAxnYBANJ2AQAfdwEAIncBAHh3AQB7dwEA0XcBANl3AQAqeAEANHgBAIN4AQCIeAEA3HgBAOR4AQA1eQEAP3kBAI55AQCZeQEA53kBAPV5AQBAegEAQ3oBAJl6AQChegEA8noBAA17AQBLewEAVnsBAKR7AQCpewEA/XsBAAB8AQBWfAEAYHwBAK98AQDBfAEAGwQUABZ9AQBhfQEAa30BALp9AQDFfQEAE34BABt+AQBsfgEAcn4BAMV+AQDHfgEAHn8BADd/AQB3fwEAkH8BANB/AQDefwEAKYABADOAAQCCgAEAmIABANuAAQD4gAEANIEBADyBAQCNgQEAnYEBAOaBAQDogQEAP4IBAE2CAQCYggEAqYIBAHQEFAD4ggEAzQQUAEuDAQCjgwEAtIMBAPyDAQAIhAEAVYQBAFeEAQCuhAEAsYQBAAeFAQAThQEAYIUBAGiFAQB/BRQAxIUBABKGAQAehgEAa4YBAHqGAQDEhgEA5IYBAB2HAQAlhwEAdocBAIqHAQDPhwEA1IcBACiIAQAxiAEAgYgBAIeIAQDaiAEA4ogBADOJAQBCiQEAjIkBAJGJAQDliQEA8okBAD6KAQBLigEAl4oBAKOKAQDwigEA/4oBAEmLAQBTiwEAoosBALCLAQD7iwEAAIwBAFSMAQBhjAEArYwBALWMAQAGjQEACY0BAF+NAQBrjQEAuI0BAMKNAQARjgEAG44BAGqOAQB4jgEAw44BANCOAQAcjwEAM48BAHWPAQB4jwEA2AUUANCPAQAnkAEANZABAICQAQCRkAEAMQYUAOCQAQCKBhQAUZEBAIuRAQCbkQEA5JEBAOaRAQA9kgEAS5IBAJaSAQCnkgEA4wYUAPaSAQA8BxQATZMBAKGTAQCpkwEA+pMBAPyTAQBTlAEAXJQBAKyUAQC2lAEABZUBABCVAQBelQEAapUBALeVAQDElQEAEJYBABqWAQBplgEAd5YBAMKWAQDRlgEAG5cBAB2XAQB0lwEAfpcBAM2XAQDZlwEAJpgBAC6YAQDuBxQAhJgBANiYAQDgmAEARwgUADiZAQCKmQEAOpkBANXRBAA+mQEAutYBAEKZAQBLFRAAR5kBAA7/AQBMmQEA4RgEAJaZAQDjmQEA65kBABOoFQD/mQEAcv4RAAuaAQA8mgEAYpoBAJWaAQC+mgEA7poBABSbAQBHmwEAbZsBAKCbAQComwEA+ZsBACOcAQBSnAEAa5wBAKucAQCtnAEABJ0BAAudAQBdnQEAZZ0BALadAQDFnQEAD54BABWeAQBongEAdJ4BAMGeAQDIngEAGp8BACafAQBznwEAgJ8BAMyfAQDWnwEAJaABADOgAQB+oAEAgKABANegAQDooAEAMKEBADOhAQCJoQEAtKEBAKAIFADloQEA0PkEAOyhAQBCUwcA76EBADuiAQDyoQEACvwOAPOhAQCj5wIA+KEBAK5XBQBCogEAJasCAEWiAQAwaQQASqIBAKOBEQBWogEAlKIBAJaiAQDtogEA/qIBAEajAQBUowEAn6MBAKajAQD4owEA+qMBAFGkAQD9owEAFsoCAACkAQCFwQEAYKQBAKqkAQC5pAEAA6UBAA+lAQBcpQEAX6UBALWlAQC4pQEADqYBAC6mAQBnpgEAc6YBAMCmAQDUpgEAGacBACenAQBypwEAeacBAPkIFADhpwEAlBEEAOKnAQAkqAEAJqgBAHlMDgAnqAEAbksOADGoAQB9qAEAf6gBANaoAQDgqAEAL6kBAOeoAQBMUA4AOKkBAIipAQCOqQEA4akBAO2pAQA6qgEAQaoBAJOqAQCYqgEA7KoBAPiqAQBFqwEASKsBAJ6rAQCrqwEA96sBAPyrAQBQrAEAWqwBAKmsAQC/rAEAAq0BAAStAQBbrQEAZa0BALStAQDDrQEADa4BABiuAQBSCRQAcq4BAL+uAQDMrgEAGK8BACavAQBxrwEAfa8BAMqvAQDRrwEAqwkUACiwAQB8sAEAL7ABAALuDwAxsAEAPl0FAH6wAQCWswQAgbABAMBtDACLsAEAD74MAJOwAQDVsAEA47ABAC6xAQA7sQEAh7EBAI+xAQDgsQEA6rEBABn0CADwsQEAObIBADuyAQCSsgEAoLIBAOuyAQD8sgEABAoUAEuzAQBdChQAorMBAPazAQD8swEAT7QBAFe0AQCotAEAsbQBAAG1AQAEtQEAWrUBAGa1AQCztQEAubUBAAy2AQAUtgEAZbYBAIS2AQAPCxQAwLYBABe3AQAltwEAcLcBAIG3AQBoCxQA0LcBAMELFAAnuAEAe7gBAIG4AQDUuAEA3LgBAC25AQA2uQEAhrkBAIm5AQDfuQEA67kBADi6AQA+ugEAcwwUAJO6AQDqugEA87oBAEO7AQBNuwEAnLsBAKe7AQD1uwEAAbwBAE68AQBbvAEAp7wBALG8AQAAvQEADr0BAFm9AQBovQEAsr0BALS9AQALvgEAFb4BAGS+AQByvgEAvb4BAMK+AQAWvwEAI78BAG+/AQB3vwEAyL8BANi/AQAhwAEAI8ABAHrAAQCIwAEA08ABAOTAAQDMDBQAM8EBACUNFACOwQEA3sEBAOHBAQA3wgEAQ8IBAJDCAQCWwgEA6cIBAPbCAQBCwwEARMMBAJvDAQCxwwEA9MMBAADEAQB+DRQAWcQBAKbEAQCsxAEA/8QBAALFAQBYxQEAZsUBALHFAQC2xQEACsYBABfGAQBjxgEAa8YBANcNFADJxgEAFccBACPHAQBuxwEAeMcBADPiAQCExwEAx8cBANDHAQAgyAEANsgBAHnIAQCByAEA0sgBANXIAQAryQEANMkBAITJAQCFyQEA3ckBAN7JAQA2ygEAO8oBAI/KAQCVygEA6MoBAPLKAQBBywEATcsBAJrLAQChywEA88sBAPvLAQBMzAEATswBAKXMAQCmzAEA/swBAAzNAQBXzQEAX80BALDNAQDLzQEACc4BABXOAQBizgEAaM4BALvOAQC+zgEAFM8BACLPAQBtzwEAcs8BAMbPAQDTzwEAH9ABACfQAQB40AEAhtABANHQAQDU0AEAMA4UAC3RAQCD0QEALtEBAK5ACwA20QEApS8LADjRAQCKPhEAPdEBAMZ0EQCG0QEA3NEBAO3RAQA10gEAUdIBAI7SAQCW0gEAiQ4UAPjSAQBA0wEASNMBAJnTAQCf0wEA8tMBAPfTAQBL1AEAVNQBAKTUAQCu1AEA/dQBAAvVAQBW1QEAY9UBAK/VAQC71QEACNYBAAvWAQBh1gEAfdYBAOIOFAC91gEAUy4QAMTWAQCjMxIAxtYBAARZCwDH1gEAE9cBAMnWAQDu/gIAH9cBAGzXAQBv1wEAiV0LAHvXAQDF1wEAf9cBAIBMCwDP1wEAHtgBACbYAQCN2gEAKtgBANswEgAs2AEAd9gBADrYAQCvLQoAfNgBAJ7MBACE2AEA0NgBAOfYAQAp2QEAMdkBAILZAQCM2QEA29kBAODZAQA02gEAPNoBADsPFACX2gEA5toBAJnaAQBLhQoAnNoBAI1UBQDr2gEAP9sBAEfbAQCUDxQAmtsBAJmFAgCb2wEA5BUOAJ3bAQDrvAoAodsBAMJoDQCk2wEA8dsBAKbbAQDwiBEA8tsBABcDEQDz2wEAkPkGAPTbAQAoyQ8A+NsBAErcAQAA3AEA/88CAAHcAQD8jgIACNwBADgGEQBY3AEAo9wBAKbcAQD83AEABN0BAFXdAQAI3QEADT4HAAvdAQApEAcAGN0BAOcJBwBa3QEArt0BAGTdAQDyYwcAu90BAAfeAQAP3gEA7Q8UAGPeAQC53gEAdN4BAFg/BQDF3gEAEt8BABjfAQBr3wEAdd8BAEYQFADJ3wEAHeABACrgAQB24AEAfuABAOAeFACC4AEAz+ABAIbgAQCg9AEAkuABANBnDwDV4AEAKOEBAC7hAQCB4QEAhuEBANrhAQDg4QEAnxAUAD/iAQCM4gEAj+IBAOXiAQDv4gEAPuMBAFrjAQCX4wEAs+MBAPgQFADz4wEASeQBAEzkAQCi5AEAruQBAPvkAQAB5QEAVOUBAF7lAQBRERQAsuUBAAbmAQAT5gEAqhEUAGHmAQCuHhAAYuYBALjmAQBl5gEAr1kOAHXmAQDDVQwAwuYBABHnAQAU5wEAQgQQABnnAQBmGxQALecBAGrnAQCG5wEAAxIUANDnAQAc6AEAKugBAHXoAQB/6AEAzugBAOroAQAn6QEAQ+kBAFwSFACD6QEA2ekBANzpAQAy6gEAPuoBAIvqAQCR6gEA5OoBAO7qAQC1EhQAQusBAJbrAQCj6wEA7+sBAP/rAQBI7AEASuwBAKHsAQCv7AEA+uwBAAvtAQAOExQAWu0BAGcTFACy7QEABe4BAAvuAQBe7gEAY+4BALfuAQC97gEAwBMUABrvAQCETQ4AHu8BAGnvAQB67wEAGRQUAMnvAQByFBQAI/ABAMsUFACC8AEAzfABANTwAQAm8QEALvEBAH/xAQCM8QEA2PEBAN3xAQAx8gEAO/IBAIryAQCS8gEA4/IBAOnyAQA88wEAPvMBAJXzAQCj8wEA7vMBAPHzAQBH9AEAU/QBACQVFACi9AEA+fQBAAf1AQBS9QEAY/UBAH0VFACy9QEA1hUUAAr2AQBd9gEAY/YBALb2AQC79gEAD/cBABX3AQAvFhQAavcBAMH3AQBr9wEA++0SAHH3AQAsDREAdPcBAGoeBwDc9wEAGvgBABz4AQBz+AEAjfgBAMz4AQDZ+AEAyMkKAN34AQAl+QEAJ/kBAH75AQCL+QEA1/kBAO75AQAw+gEASvoBAIn6AQCL+gEA4voBAI/6AQC1jQ8A5foBADv7AQA++wEAlPsBAKD7AQDt+wEA8/sBAEb8AQBQ/AEAiBYUAKT8AQD4/AEABf0BAFH9AQBd/QEAqv0BALD9AQAD/gEACf4BAFz+AQBh/gEAtf4BALv+AQDhFhQAD/8BAGf/AQAk/wEAszoGAGn/AQDA/wEAdf8BAA3EAwDG/wEAGQACACcAAgByAAIAdQACAMsAAgDQAAIAJAECADEBAgB9AQIAjQECANYBAgDYAQIALwICAD0CAgCIAgIAmQICADoXFADnAgIAOgMCAEYDAgCTFxQApAMCAOwDAgD2AwIARQQCAFMEAgCeBAIAnwQCAPcEAgAIBQIAUAUCAFwFAgCpBQIAuQUCAAIGAgAEBgIAWwYCAGkGAgC0BgIAxQYCAOwXFAATBwIAZgcCAHIHAgBFGBQAxQcCABgIAgAeCAIAcQgCAHYIAgDKCAIA0AgCAPcYFAArCQIAfAkCAIYJAgC+WxEAlQkCANUJAgDeCQIALgoCADgKAgCHCgIAjwoCAOAKAgDkCgIAOQsCADsLAgCSCwIAlQsCAOsLAgAHDAIAUBkUAEYMAgCdDAIAqgwCAPYMAgADDQIATw0CAFsNAgCoDQIArw0CAAEOAgAJDgIAWg4CAGoOAgCzDgIAuA4CAAwPAgASDwIAZQ8CAG0PAgCpGRQA2g8CABcQAgAfEAIAAhoUAHwQAgDJEAIAzBACACIRAgAsEQIAWxoUAIkRAgDUEQIA2xECAC0SAgA1EgIAhhICAJMSAgDfEgIA5BICADgTAgBCEwIAkRMCAJkTAgDqEwIA6xMCAEMUAgBFFAIAnBQCAKkUAgD1FAIAAxUCAE4VAgBdFQIApxUCAK8VAgAAFgIAAhYCAFkWAgBcFgIAshYCALoWAgALFwIAFxcCAGQXAgB3FwIAvRcCAL4XAgAWGAIAIhgCAG8YAgB+GAIAyBgCANIYAgAhGQIALRkCAHoZAgCBGQIADRsUAOEZAgAsGgIAORoCAIUaAgA9GgIAe1IQAJMaAgDeGgIA4RoCADcbAgBCGwIAkBsCAJwbAgDpGwIA8BsCAEIcAgBKHAIAmxwCAJ8cAgD0HAIAAh0CAE0dAgBXHQIAph0CALEdAgD/HQIABB4CAFgeAgBhHgIAsR4CALseAgAKHwIAEh8CAGMfAgBpHwIAvB8CAMUfAgAVIAIAIiACAL8bFAB8IAIAxyACANQgAgAgIQIANyECAHkhAgCBIQIA0iECANQhAgArIgIAOCICAIQiAgCYIgIA3SICAOUiAgA2IwIAOCMCAI8jAgCSIwIA6CMCAOsjAgBBJAIATSQCAJokAgCgJAIA8yQCAP0kAgAYHBQAUSUCAKUlAgCyJQIAcRwUABEmAgBXJgIAWCYCALAmAgC8JgIACScCABgnAgBiJwIAbCcCALsnAgDHJwIAFCgCABsoAgAjHRQAcygCANTuDgCAKAIAxigCANUoAgAfKQIAKykCAHgpAgB5KQIA0SkCANspAgAqKgIAOCoCAIMqAgCIKgIA3CoCAOkqAgDVHRQAPSsCAI4rAgCaKwIA5ysCAPorAgBALAIAQSwCAJksAgClLAIA8iwCAAEtAgBLLQIAVS0CAKQtAgCwLQIA/S0CAAQuAgAuHhQAZy4CAK8uAgC7LgIACC8CABgvAgBhLwIAay8CALovAgDCLwIAEzACADswAgBsMAIAQTACAEo1AgCUMAIAxTACAM0wAgAeMQIAJDECAHcxAgCFMQIA0DECAOcxAgApMgIANDICAIIyAgCMMgIA2zICAAgzAgA0MwIAPDMCAI0zAgCdMwIA5jMCAOgzAgA/NAIATTQCAJg0AgCpNAIAOR8UAPg0AgCSHxQAcjUCAKM1AgCrNQIA/DUCAAI2AgBVNgIAYzYCAK42AgDFNgIABzcCABI3AgBgNwIAajcCALk3AgDmNwIAEjgCABo4AgBrOAIAezgCAMQ4AgDGOAIAHTkCACs5AgB2OQIAhzkCAOsfFADWOQIARCAUACo6AgCBOgIAjzoCANo6AgDrOgIAnSAUADo7AgD2IBQAlDsCAE8hFADtOwIAqCEUAAE8AgAvyQwAQDwCAJc8AgClPAIA8DwCAAE9AgABIhQATz0CAKI9AgCuPQIAWiIUAAQ+AgBUPgIADD4CAPPJEQBhPgIArT4CALs+AgAGPwIAED8CAF8/AgB5PwIAuD8CALs/AgARQAIAGEACAGpAAgCKQAIAw0ACAN1AAgCzIhQAKUECAHVBAgAtQQIA5JwCADJBAgCs+AIAg0ECAM5BAgDYQQIAJ0ICAEFCAgCAQgIAkEICANlCAgDfQgIAMkMCADRDAgCLQwIAoUMCAORDAgDwQwIAPUQCAEFEAgCWRAIAm0QCAO9EAgD1RAIASEUCAGhFAgChRQIAu0UCAPpFAgD8RQIAU0YCAFZGAgCsRgIAr0YCAAVHAgARRwIAXkcCAGRHAgC3RwIAwUcCAAwjFAAVSAIAaUgCAHZIAgDCSAIAzkgCABtJAgAuSQIAdEkCAINJAgDNSQIA2UkCACZKAgAnSgIAf0oCAIlKAgDYSgIA5koCADFLAgA2SwIAiksCAJdLAgBlIxQA5EsCAAlHDQDlSwIAZ2MDAOZLAgCHbgMA50sCACxzAgDoSwIA154RAOlLAgBYggMA6ksCAMCDDgDtSwIAgSIQAO5LAgDXXQMA70sCAHanDADwSwIAErENAPFLAgDXcg0A8ksCAFBpAwDzSwIAPEwCAPZLAgCDzxEA+ksCAMl0AwD7SwIAfdIVAPxLAgDuoxIA/UsCAOiyDwD/SwIAfBITAAZMAgCCAxYAC0wCACfcEAAoTAIArSYQAC5MAgC88BUAPkwCAJVMAgBNTAIAXJgQAKNMAgDuTAIA/0wCAL4jFABOTQIAFyQUAKxNAgD5TQIACE4CAFJOAgBcTgIAq04CALdOAgAETwIAzk4CAFOHEAALTwIAySQUAF9PAgC2TwIAx08CAA9QAgAYUAIAaFACAHRQAgDBUAIAxFACABpRAgAiUQIAc1ECAH1RAgDMUQIA0VECACVSAgAtUgIAflICAJdSAgDXUgIA41ICADBTAgA4UwIAeyUUAJFTAgDUJRQA5VMCADtUAgA+VAIAlFQCAKBUAgDtVAIA81QCAEZVAgBQVQIALSYUAKRVAgD4VQIABVYCAIYmFABXVgIAqlYCALBWAgADVwIACFcCAFxXAgBiVwIAOCcUAL1XAgCRJxQAEFgCAD5RDAATWAIAZ1gCABpYAgDBDAwAcVgCAMBYAgB2WAIACNUJAMhYAgAh9g4A3FgCAOonFAAeWQIAclkCAIhZAgDLWQIAzFkCACRaAgAmWgIAfVoCAINaAgDWWgIA4loCAC9bAgA2WwIAiFsCAJBbAgDhWwIA6lsCADpcAgA9XAIAk1wCAKFcAgDsXAIA+VwCAEVdAgBcXQIAnl0CAKZdAgD3XQIAA14CAAJfAgAfXgIAUF4CAHheAgCpXgIAzV4CAJwoFAAfXwIAW18CAGRfAgBmYAIAbF8CALRfAgDkXwIADWACADFgAgD1KBQAaGACAL9gAgDQYAIAGGECAEhhAgBxYQIAlWECAE4pFADMYQIAd8APAM9hAgBc5g8A0GECANbqBwDTYQIAI2ICANZhAgBPCxIA22ECAEj1EgAtYgIAfGICADBiAgB88gcAMWICACJdEQCEYgIA1WICANliAgAuYwIAMGMCAIdjAgCKYwIA4GMCAPxjAgCnKRQAPmQCAGtjDgBDZAIA4d8OAEVkAgCSZAIASWQCABOeDACvZAIA62QCAPRkAgBEZQIARmUCAJ1lAgCuZQIAACoUAPtlAgBPZgIAWGYCAKhmAgC5ZgIAAWcCAAhnAgBaZwIAYmcCALNnAgB0ZwIA0IoCAMBnAgBlaAIAwmcCAMlpAgDMZwIADGgCABhoAgBZKhQAamgCAL5oAgDIaAIAF2kCAB9pAgCyKhQAfGkCAAsrFADOaQIAImoCAC9qAgB7agIAhWoCANRqAgDWagIALWsCADtrAgCGawIAk2sCAGQrFADkawIAOGwCAEVsAgCRbAIAm2wCAOpsAgDsbAIAQ20CAFFtAgCcbQIAqW0CAL0rFAD4bQIAPTcRAPttAgB96Q8AAm4CAE5uAgBYbgIAFiwUAK9uAgAAbwIAuW4CABH9AwACbwIAHYURAApvAgDExw8ADW8CAAbEBgAXbwIAWW8CABlvAgABJAQAJm8CAJcODgBebwIAsm8CALxvAgALcAIAE3ACAG8sFABlcAIApNIRAGdwAgBnpBEAbnACAL1wAgDJcAIAFnECABlxAgBvcQIAeXECAMhxAgDicQIAIXICADhyAgB6cgIAf3ICANNyAgDvcgIAyCwUAC5zAgCFcwIAknMCAN5zAgDocwIAIS0UAEF0AgCQdAIASHQCAFWDCQCcdAIA6XQCAOx0AgBCdQIATHUCAJt1AgC1dQIA9HUCAPp1AgBNdgIAT3YCAKZ2AgC0dgIA/3YCAAJ3AgBYdwIAZHcCALF3AgC0dwIACngCAC14AgB6LRQAZXgCALx4AgDKeAIAFXkCABh5AgBueQIAenkCAMd5AgDKeQIA0y0UACt6AgB5egIAf3oCANJ6AgDXegIAK3sCAC97AgCEewIAh3sCACwuFADeewIAENcPAOB7AgDSeBIA43sCADZ8AgDmewIALHESAOd7AgAUgQIA6XsCAAJdEgDrewIAA1USAOx7AgD2YxIA7XsCAI6CEgD0ewIAuWIOAPd7AgDmaQ8AQnwCAI98AgC7fAIA6HwCAPR8AgBBfQIAUH0CAJp9AgCkfQIA830CAPZ9AgBMfgIAZn4CAKV+AgCvfgIA/n4CAAN/AgBXfwIAYX8CALB/AgC7fwIACYACAA+AAgBigAIAZ4ACALuAAgC/gAIAhS4UABmBAgBtgQIAIoECAENrEgB3gQIAxoECANGBAgAfggIAJYICAHiCAgB9ggIA0YICANWCAgDeLhQAL4MCAKUwAwAxgwIA5IQQADKDAgDg5w4ANIMCANkqEABEgwIAg4MCAI2DAgDcgwIA54MCADWEAgA7hAIAjoQCAJOEAgDnhAIA64QCAECFAgBjhQIANy8UAKaFAgACuAIAp4UCAPKFAgD1hQIAS4YCAFeGAgCkhgIAvIYCAP2GAgAJhwIAVocCAFyHAgCvhwIAtYcCAAiIAgANiAIAYYgCAGeIAgCQLxQAxIgCABOJAgAeiQIAbIkCAHKJAgDFiQIAyokCAB6KAgAiigIAd4oCAHqKAgDpLxQA2ooCACmLAgA0iwIAgosCAIiLAgDbiwIA4IsCADSMAgA4jAIAQjAUAI6MAgDmjAIA8owCAD+NAgBLjQIAmI0CAJ6NAgDxjQIA940CAEqOAgBPjgIAo44CAKmOAgCbMBQACI8CAFWPAgBbjwIAro8CALqPAgAHkAIAFJACAGCQAgBvkAIAuZACAMWQAgASkQIAHpECAGuRAgBxkQIAxJECAMqRAgAdkgIAIpICAHaSAgB8kgIA9DAUANmSAgCTAgoA5ZICACiTAgDokgIAJQMLADSTAgCBkwIAiZMCAFotFQCNkwIA2pMCAOCTAgAzlAIAOZQCAIyUAgCRlAIA5ZQCAOuUAgBNMRQARpUCABnRFQBIlQIAl5UCAJ2VAgDwlQIAo5UCAOoeAwD+lQIASZYCAGKWAgCilgIAq5YCAPuWAgAFlwIAVJcCAGCXAgCtlwIAuZcCAAaYAgAMmAIAX5gCAGWYAgC4mAIAvZgCABGZAgAXmQIApjEUAHaZAgDDmQIAzZkCAByaAgAnmgIAdZoCAHqaAgDOmgIA1ZoCACebAgAzmwIAgJsCAIabAgDZmwIA35sCADKcAgA3nAIAi5wCAJGcAgD/MRQA9ZwCAD2dAgA+nQIAlp0CAEOdAgDNogIAm50CAO+dAgD9nQIASJ4CAFWeAgChngIAq54CAPqeAgAGnwIAU58CAFmfAgCsnwIAuJ8CAAWgAgAYoAIAXqACAG2gAgC3oAIAw6ACABChAgARoQIAaaECAHOhAgDCoQIA0KECABuiAgAgogIAdKICAIGiAgBYMhQA2aICACajAgA2owIAf6MCAIujAgDYowIA3qMCADGkAgA9pAIAiqQCAJekAgDjpAIA8qQCADylAgBIpQIAlaUCAKGlAgDupQIAAaYCAEemAgBWpgIAoKYCAKymAgD5pgIA+qYCAFKnAgBcpwIAq6cCALmnAgAEqAIACagCAF2oAgBqqAIAsTIUALioAgB4EggAwqgCAA+pAgDDqAIASAEMAMSoAgC7Ug4AI6kCAGipAgB0qQIAwakCAIGpAgBV2xEAx6kCABqqAgAgqgIAc6oCAHiqAgDMqgIA0qoCAAozFAAxqwIAfqsCAIurAgDAvAMAkasCANerAgDcqwIARL4CAN+rAgAsMAQA46sCADCsAgA2rAIAiawCAI+sAgDirAIA56wCADutAgBBrQIAYzMUAKCtAgDtrQIA860CAEauAgBLrgIAn64CAKauAgD4rgIABq8CAFGvAgBsrwIAqq8CALivAgADsAIABrACAFywAgBqsAIAtbACALqwAgAOsQIAG7ECAGexAgBzsQIAwLECAMaxAgAZsgIAH7ICAHKyAgB3sgIAy7ICANGyAgC8MxQAKbMCAH2zAgCGswIA1rMCAOOzAgAvtAIANrQCAIi0AgCZtAIA4bQCAOa0AgA6tQIASbUCAJO1AgCVtQIA7LUCAP21AgBFtgIAUbYCAJ62AgCktgIA97YCAP22AgBQtwIAVbcCAKm3AgCvtwIAFTQUABm4AgBbuAIAZ7gCALS4AgDAuAIADbkCABO5AgBmuQIAbLkCAL+5AgDEuQIAGLoCAB66AgBuNBQAd7oCAEnvAgCIugIAyroCANO6AgAjuwIAObsCAHy7AgCIuwIA1bsCAOK7AgAuvAIAOLwCAIe8AgCTvAIA4LwCAOa8AgA5vQIAP70CAJK9AgCXvQIA670CAPG9AgDHNBQATb4CAJ2+AgCnvgIA9r4CAPu+AgBPvwIAX78CAKi/AgDBvwIAAcACAAbAAgBawAIAY8ACALPAAgDAwAIADMECABPBAgBlwQIAaMECAL7BAgDKwQIAF8ICACrCAgBwwgIAf8ICAMnCAgDVwgIAIsMCACPDAgB7wwIAhcMCANTDAgDiwwIALcQCADLEAgCGxAIAk8QCACA1FADixAIAOMUCADvFAgCRxQIAnsUCAG6ZDQCgxQIA6sUCAOzFAgBDxgIARsYCAJzGAgCmxgIA9cYCAAHHAgBOxwIAYccCAKfHAgC2xwIAAMgCAAzIAgBZyAIAWsgCALLIAgC8yAIAC8kCABnJAgBkyQIAackCAL3JAgDKyQIAeTUUABfKAgBvygIAe8oCAMjKAgDOygIAIcsCACPLAgB6ywIAhMsCANPLAgDhywIALMwCADHMAgCFzAIAkswCAN7MAgDqzAIAN80CAErNAgCQzQIAn80CAOnNAgD1zQIAQs4CAEPOAgCbzgIApc4CAPTOAgACzwIATc8CAFLPAgCmzwIAs88CANI1FAAI0AIAWNACAAvQAgDf7w4AXtACALHQAgC00AIACtECABjRAgBj0QIAaNECALzRAgDJ0QIAFdICACHSAgBu0gIAdNICAMfSAgDN0gIAINMCACXTAgB50wIAf9MCACs2FADU0wIAK9QCANfTAgDa3xEA2dMCANVKEAAx1AIAGPsQADrUAgCE1AIApNQCAN3UAgDi1AIANtUCAFHVAgCP1QIAm9UCAOjVAgDu1QIAQdYCAFHWAgCa1gIAq9YCAPPWAgD41gIATNcCAFDXAgCl1wIAsdcCAP7XAgAE2AIAV9gCAF3YAgCw2AIAtdgCAAnZAgAP2QIAhDYUAHHZAgDDjBEAeNkCALvZAgC82QIAFNoCACXaAgBt2gIAedoCAMbaAgDc2gIAH9sCACvbAgB42wIAhdsCANHbAgDb2wIAKtwCADbcAgCD3AIAitwCANzcAgDo3AIANd0CADvdAgCO3QIAlN0CAOfdAgDs3QIAQN4CAEbeAgDdNhQAm94CAOoREgCi3gIA8t4CAPPeAgBL3wIATN8CAKTfAgCp3wIA/d8CAAPgAgBW4AIAYOACAK/gAgC74AIACOECAA/hAgBh4QIAZuECALrhAgC74QIAE+ICAB/iAgBs4gIAcuICAMXiAgDH4gIAHuMCACjjAgB34wIAheMCANDjAgDV4wIAKeQCADbkAgCC5AIAjuQCANvkAgDu5AIANOUCAEPlAgCN5QIAmeUCAOblAgDn5QIAP+YCAEnmAgCY5gIApuYCAPHmAgD25gIASucCAFfnAgA2NxQAtOcCAPznAgAI6AIAVegCAGzoAgCu6AIAsOgCAAfpAgAY6QIAYOkCAGLpAgC56QIAaOkCABSMAwC/6QIAEuoCACnqAgBr6gIAdOoCAMTqAgDa6gIAHesCACnrAgB26wIAg+sCAM/rAgDZ6wIAKOwCADTsAgCB7AIAlOwCANrsAgDp7AIAM+0CAD/tAgCM7QIAje0CAOXtAgDv7QIAPu4CAEzuAgCX7gIAnO4CAPDuAgD97gIAjzcUAEvvAgCi7wIAtu8CAPvvAgAJ8AIAVPACAGHwAgCt8AIAtPACAAbxAgAS8QIAX/ECAHLxAgC48QIAvfECABHyAgAa8gIAavICAHTyAgDD8gIAyPICABzzAgAs8wIAdfMCAI7zAgDO8wIA0/MCACf0AgAw9AIAgPQCAI30AgDZ9AIA4PQCADL1AgA19QIAi/UCAJf1AgDk9QIA9/UCAD32AgBM9gIAlvYCAKL2AgDv9gIA8PYCAEj3AgBS9wIAofcCAK/3AgD69wIA//cCAFP4AgBg+AIA6DcUAMX4AgAF+QIAEfkCAF75AgBk+QIAt/kCAL/5AgBuxREAx/kCABD6AgAV+gIAafoCAG/6AgDC+gIA2PoCABv7AgAd+wIAdPsCAH77AgDN+wIA2fsCACb8AgA5/AIAf/wCAI78AgDY/AIA5PwCADH9AgAy/QIAiv0CAJT9AgDj/QIA8f0CADz+AgBB/gIAlf4CAKL+AgBBOBQA9/4CAEf/AgBN/wIAoP8CAKb/AgD5/wIABQADAFIAAwBfAAMAqwADALUAAwAEAQMAGgEDAF0BAwBiAQMAtgEDAL0BAwAPAgMAHQIDAGgCAwB4AgMAwQIDAM8CAwAaAwMAKQMDAHMDAwB1AwMAzAMDANYDAwAlBAMAMwQDAH4EAwCDBAMA1wQDAOQEAwAwBQMAPAUDAIkFAwCcBQMA4gUDAPEFAwA7BgMARwYDAJQGAwCVBgMA7QYDAPcGAwBGBwMAVAcDAJ8HAwCkBwMA+AcDAAUIAwCaOBQAUwgDAKoIAwBdCAMAU1ALALsIAwADCQMADAkDAFwJAwBoCQMAtQkDAL0JAwCCqhUAwQkDAA4KAwAUCgMAZwoDAG0KAwDACgMAxQoDABkLAwAfCwMA8zgUAIELAwDLCwMA0AsDACQMAwArDAMAfQwDAIkMAwDWDAMA3QwDAKkQAwDiDAMALw0DADwNAwCIDQMAlw0DAOENAwDmDQMAOg4DAEEOAwCTDgMAnw4DAOwOAwD4DgMARQ8DAEsPAwCeDwMApA8DAPcPAwD8DwMAUBADAFYQAwBMORQAtRADAAIRAwAREQMAWxEDAGARAwC0EQMAuxEDAA0SAwAZEgMAZhIDAHISAwC/EgMAxRIDABgTAwAeEwMAcRMDAHYTAwDKEwMA0BMDAKU5FAAvFAMAfBQDAIwUAwDVFAMA4xQDAC4VAwA7FQMAhxUDAJMVAwDgFQMA5xUDADkWAwBBFgMA/jkUAJsWAwBhOBMAnxYDAAg6AwCjFgMA6xYDAPwWAwBEFwMATBcDAJ0XAwBQFwMAfTcPAKcXAwD2FwMA+xcDAE8YAwBXGAMAqBgDAKoYAwABGQMAsRgDAG4rAwAJGQMAWhkDAHAZAwCzGQMAvxkDAAwaAwAiGgMAZRoDAH4aAwC+GgMAyhoDABcbAwAdGwMAcBsDAHgbAwDJGwMA2RsDACIcAwArHAMAexwDAIgcAwDUHAMA4xwDAC0dAwA3HQMAhh0DAJQdAwDfHQMA5B0DADgeAwBFHgMAkR4DAJkeAwBXOhQAAB8DAEMfAwBEHwMAnB8DAKYfAwD1HwMA/R8DAE4gAwBYIAMApyADAKwgAwAAIQMACCEDAFkhAwBbIQMANyYDAFwhAwBMOwQAXyEDALIhAwBgIQMA5kkEAG8hAwCZQgQAviEDAAsiAwANIgMAZCIDAGsiAwC9IgMAxSIDABYjAwAXIwMAbyMDAHUjAwDIIwMAzSMDACEkAwAiJAMAeiQDAIYkAwDTJAMA2SQDACwlAwA2JQMAhSUDAJklAwDeJQMA5iUDALA6FAA6JgMAkCYDAD4mAwAVNgQAkyYDAOkmAwD3JgMAQicDAFknAwCbJwMAqCcDAPQnAwD8JwMATSgDAE4oAwCmKAMArCgDAP8oAwAEKQMAWCkDAFkpAwCxKQMAvSkDAAoqAwAQKgMAYyoDAG0qAwC8KgMA0CoDABUrAwAdKwMAYjsUAHsrAwDHKwMAzisDACAsAwAsLAMAeSwDAIksAwDSLAMA4CwDACstAwA4LQMAhC0DAJAtAwDdLQMA5C0DADYuAwA+LgMAFDwUAJsuAwDoLgMA8i4DAEEvAwBMLwMAmi8DAJ8vAwDzLwMA+i8DAEwwAwBUMAMAbTwUAK0wAwD+MAMADjEDAFcxAwBjMQMAsDEDALQxAwAJMgMAETIDAGIyAwBkMgMAuzIDAMEyAwAUMwMAKzMDAG0zAwB2MwMAxjMDANwzAwAfNAMAKzQDAHg0AwCFNAMA0TQDANs0AwAqNQMALTUDAIM1AwCLNQMA3DUDAOY1AwA1NgMAOjYDAI42AwCWNgMA5zYDAPc2AwBANwMASTcDAJk3AwCmNwMA8jcDAAE4AwBLOAMAVTgDAKQ4AwCyOAMA/TgDAAI5AwBWOQMAYzkDAK85AwC3OQMAxjwUABU6AwBhOgMAJzoDAOY+AwBmOgMAujoDAMQ6AwATOwMAGzsDAGw7AwAqOwMAUkwSAHI7AwDFOwMAejsDAFpEDwB7OwMAjDoKAHw7AwCTwAMAfTsDAONrDQDROwMAHjwDACA8AwD7Gg8AJTwDAHc8AwCDPAMA0DwDAN88AwApPQMAOj0DAII9AwCEPQMA2z0DAOE9AwA0PgMAQD4DAI0+AwCVPgMAHz0UAPA+AwA/PwMARz8DAJg/AwCePwMA6h0LAKE/AwBZegMApz8DAMWqBQCpPwMA8T8DAPY/AwBKQAMAWUADAKNAAwClQAMA/EADAAZBAwBVQQMAYUEDAK5BAwC2QQMAeD0UACBCAwBgQgMAjEIDALlCAwDFQgMAEkMDACFDAwBrQwMAdUMDAMRDAwDMQwMAHUQDADNEAwB2RAMAgkQDAM9EAwDZRAMAKEUDADNFAwCBRQMAhkUDANpFAwDhRQMAM0YDADtGAwCMRgMAnkYDANE9FADyRgMAPkcDAEZHAwCXRwMAmUcDAHZkDgCgRwMA8EcDAP1HAwBJSAMAYkgDAKJIAwCzSAMA+0gDAAdJAwBUSQMAV0kDAK1JAwCwSQMABkoDABJKAwBfSgMAZkoDALhKAwDASgMAEUsDABdLAwBqSwMAdksDAMNLAwDTSwMAHEwDAChMAwB1TAMAe0wDAM5MAwDaTAMAJ00DADRNAwCATQMAj00DANlNAwDlTQMAKj4UAEBOAwCLTgMAlU4DAOROAwDvTgMAPU8DAEJPAwCWTwMAn08DAO9PAwD5TwMASFADAFBQAwChUAMAo1ADAPpQAwACUQMAU1EDAFRRAwCsUQMArlEDAAVSAwAUUgMAXlIDAH5SAwC3UgMAuVIDABBTAwAnUwMAaVMDAHVTAwDCUwMAylMDAIM+FAAhVAMAdFQDAHxUAwDNVAMA0lQDACZVAwA/VQMAf1UDAKtVAwDYVQMA5FUDADFWAwBAVgMAilYDAJRWAwDjVgMA61YDADxXAwBCVwMAlVcDAKFXAwDuVwMA/lcDAEdYAwBTWAMAoFgDAKZYAwD5WAMABVkDAFJZAwBfWQMAq1kDALpZAwAEWgMAEFoDANw+FABmWgMAtloDAM9aAwAPWwMAFVsDAGhbAwBtWwMAwVsDAMpbAwAaXAMAJFwDAHNcAwCBXAMAzFwDANlcAwAlXQMAMV0DAH5dAwCGXQMANT8UANldAwAwXgMAM14DAIleAwCRXgMA94gOAJReAwDiXgMA6l4DADtfAwBBXwMAlF8DAKBfAwDtXwMA/V8DAEZgAwBSYAMAn2ADAKVgAwD4YAMABGEDAFFhAwBeYQMAqmEDALlhAwADYgMAD2IDAFxiAwBkYgMA5z8UAL9iAwAOYwMAFmMDAEBAFABqYwMAEJQRAG1jAwDAYwMAdmMDAGmJEAB4YwMAwYYPAMZjAwAZZAMAzGMDALOSDgAbZAMAcmQDAIZkAwDLZAMA02QDACRlAwAqZQMAfWUDAIllAwDWZQMA5mUDAC9mAwA7ZgMAiGYDAI5mAwDhZgMA7WYDADpnAwBHZwMAk2cDAKJnAwDsZwMA+GcDAEVoAwBNaAMAmUAUAKhoAwD3aAMA/2gDAPJAFABVaQMAqWkDALBpAwACagMAsmkDAHeqDQC2aQMAA9wGAL9pAwCoWREADmoDAFtqAwBjagMAS0EUAMBqAwANawMAHWsDAGZrAwByawMAv2sDAMVrAwAYbAMAJGwDAHFsAwB+bAMAymwDANlsAwAjbQMAL20DAHxtAwCEbQMApEEUAN9tAwAubgMANm4DAP1BFACQbgMAVMIOAJFuAwDKVBEAlm4DAOBuAwCkbgMAIQ0JAKduAwDnbBAA4m4DADlvAwBKbwMAkm8DAJRvAwDrbwMA8W8DAERwAwBMcAMAnXADAKNwAwD2cAMAAnEDAE9xAwBfcQMAqHEDALRxAwABcgMAB3IDAFpyAwBmcgMAs3IDAMByAwAMcwMAG3MDAGVzAwBxcwMAvnMDAMZzAwBWQhQAIXQDAHB0AwB4dAMAr0IUANp0AwAidQMAJ3UDAHt1AwCUdQMA1HUDANx1AwAtdgMAM3YDAIZ2AwCSdgMA33YDAO92AwA4dwMARHcDAJF3AwCXdwMA6ncDAPZ3AwBDeAMAUHgDAJx4AwCreAMA9XgDAAF5AwBOeQMAVnkDAAhDFACxeQMAAHoDAAh6AwBhQxQAXHoDALJ6AwC+egMAC3sDABN7AwC6QxQAcXsDAL17AwDFewMAFnwDAB98AwBvfAMAfHwDAMh8AwDPfAMAIX0DAC19AwB6fQMAin0DANN9AwDhfQMALH4DADl+AwCFfgMAkX4DAN5+AwDlfgMAN38DAD9/AwATRBQAkn8DAOl/AwD6fwMAQoADAEuAAwCbgAMAp4ADAPSAAwD8gAMAbEQUAFCBAwCmgQMAroEDAP+BAwABggMAxUQUAGSCAwCxggMAwYIDAAqDAwDHggMAbWkQABKDAwBjgwMAE4MDAIr8CgBngwMAvIMDAMeDAwAVhAMAI4QDAG6EAwB/hAMAx4QDANOEAwAghQMAKIUDAB5FFAB8hQMA0oUDANyFAwArhgMAMYYDAISGAwCShgMA3YYDAOyGAwA2hwMAQIcDAI+HAwCXhwMA6IcDAO6HAwBBiAMATYgDAJqIAwCqiAMA84gDAPaIAwBMiQMAXokDAKWJAwCtiQMA/okDAAyKAwBXigMAZIoDALCKAwC4igMACYsDABKLAwBiiwMAZYsDALuLAwDHiwMAd0UUABuMAwBtjAMAe4wDAMaMAwDhjAMAH40DAC2NAwB4jQMAe40DANGNAwDfjQMAKo4DAC+OAwCDjgMAkI4DANyOAwDkjgMANY8DAE6PAwCOjwMAoo8DAOePAwDvjwMAQJADAHGQAwCZkAMApZADAPKQAwD4kAMAS5EDAFCRAwCkkQMArJEDAP2RAwD/kQMAVpIDAGCSAwCvkgMAt5IDANBFFAARkwMAwwcNABaTAwBhkwMAcZMDALqTAwDIkwMAE5QDACKUAwBslAMAbpQDAMWUAwDPlAMAHpUDACyVAwB3lQMAfJUDANCVAwDdlQMAKZYDADGWAwCClgMAh5YDANuWAwDrlgMANJcDADyXAwCNlwMAj5cDAOaXAwDulwMAP5gDAEWYAwCYmAMApJgDAPGYAwDzmAMASpkDAFGZAwCjmQMAwZkDAPyZAwABmgMAVZoDAGKaAwCumgMAv5oDAAebAwAbmwMAYJsDAGibAwC5mwMA1JsDABKcAwAUnAMAa5wDAHycAwDEnAMAzZwDAB2dAwApnQMAdp0DAH6dAwApRhQA2Z0DACieAwAyngMAgZ4DAI2eAwDangMA8J4DADOfAwA0nwMAjJ8DAJafAwDlnwMA8Z8DAD6gAwBFoAMAl6ADAJ+gAwDwoAMA8qADAEmhAwBToQMAoqEDAKqhAwCCRhQAB6IDAFSiAwBxogMAraIDALaiAwAGowMAFKMDAF+jAwBlowMAuKMDAMSjAwARpAMAFKQDAGqkAwBypAMAw6QDAM+kAwAcpQMAL6UDAHWlAwB2pQMAzqUDAN+lAwAnpgMANaYDAICmAwCPpgMA2aYDAOemAwAypwMAPKcDAIunAwCTpwMA5KcDAOWnAwA9qAMAP6gDAJaoAwClqAMA76gDAA+pAwBIqQMASqkDAKGpAwC4qQMA+qkDAAaqAwBTqgMAW6oDANtGFACuqgMABasDABurAwBeqwMAaqsDADRHFAC8qwMAEKwDABqsAwBprAMAcawDAMKsAwDDrAMAhToNAMSsAwAbrQMAI60DAI9DDQAsrQMAdK0DAIWtAwDNrQMA0q0DACauAwAqrgMAf64DAIuuAwDYrgMA364DADGvAwA5rwMAiq8DAI6vAwDjrwMA7q8DADywAwBKsAMAlbADAKawAwDusAMA+rADAEexAwBPsQMAjUcUAKOxAwD5sQMAA7IDAFKyAwBYsgMAq7IDALmyAwAEswMAE7MDAF2zAwBnswMAtrMDAL6zAwAPtAMAErQDAGi0AwBxtAMAwbQDANq0AwAatQMAHbUDAHO1AwCFtQMAzLUDANS1AwAltgMAM7YDAH62AwCLtgMA17YDAN+2AwAwtwMAObcDAIm3AwCMtwMA4rcDAO63AwDmRxQAQbgDAD9IFACguAMAmEgUAPC4AwBKSRQA+bgDAAG+EgBJuQMAo0kUAEu5AwD++AUAorkDAG9DDgCsuQMA+LkDAAK6AwBRugMAU7oDAKq6AwC9ugMAA7sDAAu7AwBfdQ8AD7sDAFy7AwBiuwMAtbsDALu7AwAOvAMAE7wDAGe8AwBtvAMA/EkUAMq8AwAZvQMAG70DAHK9AwB8vQMAy70DANm9AwAkvgMAKb4DAH2+AwCKvgMA1r4DAOK+AwAvvwMANb8DAIi/AwCOvwMA4b8DAOa/AwA6wAMAQMADAFVKFAChwAMA7MADAPnAAwBFwQMATMEDAJ7BAwCmwQMA98EDAPjBAwDBFw0A+sEDAFDCAwANwgMAqxUNAGTCAwCpwgMAv8IDAALDAwAbwwMAW8MDAGDDAwC0wwMAxcMDAK5KFAAexAMAZsQDAGjEAwC/xAMAycQDABjFAwAmxQMAccUDAHbFAwDKxQMA18UDACPGAwArxgMAfMYDAIjGAwDVxgMAjMYDADnIAwDbxgMALscDADTHAwCHxwMAjMcDAODHAwDmxwMAB0sUADvIAwCSyAMAoMgDAOvIAwD8yAMAYEsUAEvJAwC5SxQApckDAPbJAwCnyQMAZQMJAOjJAwD8BhYABMoDAE/KAwAFygMA388DAAbKAwDfdQsAXMoDAKjKAwC3ygMAAcsDAAbLAwBaywMAcMsDALPLAwC0ywMADMwDAA7MAwBlzAMAb8wDAL7MAwDMzAMAF80DADDNAwBwzQMAgc0DAMnNAwDVzQMAIs4DACrOAwDETBQAj84DANTOAwDVzgMALc8DADnPAwCGzwMAic8DAB1NFADhzwMAONADAEXQAwCR0AMAntADAOrQAwDv0AMAQ9EDAE3RAwCc0QMApNEDAPXRAwAF0gMATtIDAFzSAwCn0gMAtNIDAADTAwAH0wMAWdMDAGHTAwCy0wMAtdMDAAvUAwAf1AMAZNQDAHrUAwC91AMA1tQDABbVAwAb1QMAb9UDAIDVAwB2TRQA0NUDAM9NFADU1QMAv2oLAOTVAwCgdxYALtYDAHrWAwCB1gMA09YDAN/WAwAs1wMAPNcDAIXXAwCT1wMA3tcDAOvXAwA32AMAQ9gDAJDYAwCX2AMAKE4UAOvYAwBC2QMA7tgDACE6BQBP2QMAm9kDAKjZAwD02QMA+dkDAE3aAwBX2gMAptoDAK7aAwD/2gMABNsDAIBjBQAI2wMAWNsDAFvbAwCx2wMAvdsDAIFOFAAP3AMAY9wDABbcAwAuHwwAaNwDALzcAwDE3AMAFd0DACvdAwBu3QMAcN0DAMfdAwDU3QMAIN4DADTeAwDaThQAft4DANLeAwDa3gMAfRYMANzeAwAr3wMAM98DAITfAwCQ3wMA3d8DAOrfAwA24AMAO+ADAI/gAwCY4AMA6OADAP/gAwBB4QMATOEDADNPFACo4QMA8+EDAPbhAwBM4gMAT+IDAKXiAwCz4gMA/uIDAAvjAwBX4wMAbuMDALDjAwC44wMACeQDAA/kAwBi5AMAbuQDALvkAwDF5AMAFOUDAB3lAwBt5QMAc+UDAMblAwDT5QMAjE8UACvmAwB45gMALeYDAAwkDACH5gMA0eYDAOLmAwAq5wMALOcDAIPnAwCJ5wMA3OcDAOjnAwA16AMAPOgDAI7oAwCW6AMA5+gDAOnoAwBA6QMATekDAJnpAwCg6QMA8ukDAPrpAwBL6gMAWOoDAKTqAwCp6gMA/eoDAAfrAwBW6wMAXusDAK/rAwC46wMACOwDAAvsAwBh7AMAbewDALrsAwDB7AMA5U8UACDtAwBs7QMAKe0DAKPyAwBN7QMAkSgMAIftAwDF7QMAx+0DAB7uAwAv7gMAd+4DAIXuAwDQ7gMA1+4DACnvAwAx7wMAgu8DAIfvAwDb7wMA3O8DADTwAwBA8AMAjfADAJPwAwDm8AMA6PADAD/xAwBJ8QMAmPEDAKbxAwDx8QMA9vEDAEryAwBX8gMAPlAUAKTyAwD88gMAAfMDAFXzAwBb8wMArvMDALjzAwAH9AMAE/QDAGD0AwBn9AMAufQDAMH0AwAS9QMAFPUDAGv1AwB49QMAxPUDAMv1AwAd9gMAJfYDAHb2AwCD9gMAz/YDANT2AwAo9wMAMvcDAIH3AwCJ9wMA2vcDAOP3AwAz+AMANvgDAIz4AwCY+AMA5fgDAOz4AwCXUBQASvkDAJ4ZDABS+QMAl/kDAKT5AwDw+QMA+vkDAEn6AwBL+gMAovoDALX6AwD7+gMAA/sDAFT7AwBg+wMArfsDALP7AwAG/AMADPwDAF/8AwBk/AMAuPwDAL78AwDwUBQAFP0DAGr9AwB2/QMAw/0DAN79AwAc/gMAKP4DAHX+AwB7/gMAzv4DANz+AwAn/wMAMf8DAID/AwCU/wMA2f8DAOv/AwAyAAQATgAEAIsABAC+AAQA5AAEAPkABAA9AQQATwEEAJYBBACsAQQA7wEEAPsBBABIAgQASwIEAKECBACkAgQA+gIEAPwCBABTAwQAagMEAKwDBAC4AwQABQQEABcEBABeBAQAegQEALcEBADJBAQASVEUADQFBABpBQQAcQUEAKJRFADFBQQAGwYEACMGBAB0BgQAjQYEAM0GBADZBgQAJgcEADcHBAB/BwQAhAcEANgHBADcBwQAMQgEADkIBACKCAQAlAgEAOMIBADuCAQAPAkEAEgJBACVCQQAnQkEAPtRFAABCgQARwoEAEgKBACgCgQArAoEAPkKBAAICwQAUgsEAFwLBACrCwQAtwsEAAQMBAALDAQAVFIUAGsMBAC2DAQAwwwEAA8NBAAdDQQAaA0EAH4NBADBDQQAyg0EABoOBAAwDgQAcw4EAHsOBADMDgQA2w4EACUPBAAqDwQAfg8EAJkPBADXDwQA4w8EADAQBAA2EAQAiRAEAIsQBADiEAQA+RAEADsRBABHEQQABlMUAJURBADtEQQA/hEEAEYSBABSEgQAnxIEAK4SBAD4EgQA/RIEAFETBABsEwQAqhMEALITBAADFAQAExQEAFwUBABeFAQAtRQEAMMUBAAOFQQAHxUEAF9TFABuFQQAuFMUAM4VBAAZFgQAIxYEAHIWBAB9FgQAyxYEANMWBAAkFwQAMBcEAH0XBACQFwQA1hcEAOQXBAAvGAQAORgEAIgYBACQGAQAalQUAO0YBAA6GQQAQBkEAJMZBACVGQQA7BkEAAMaBABFGgQAURoEAJ4aBACmGgQAw1QUAAIbBABQGwQAVhsEAKkbBAC1GwQAAhwEAAUcBABbHAQAZhwEALQcBAC5HAQADR0EAB4dBABmHQQAbR0EAL8dBADHHQQAGB4EACgeBABxHgQAdh4EAMoeBADQHgQAIx8EACsfBAAcVRQAgR8EANUfBADhHwQALiAEADEgBACHIAQAjyAEAOAgBADtIAQAOSEEAD4hBACSIQQAnCEEAOshBADzIQQARCIEAFoiBACdIgQAqSIEAPYiBAACIwQATyMEAFkjBACoIwQAsCMEAHVVFAAKJAQAWiQEAGQkBACzJAQAuyQEAAwlBAANJQQANZoEABglBABlJQQAeCUEAL4lBAC/JQQAFyYEACMmBABwJgQAfyYEAMkmBADTJgQAIicEAC4nBAB7JwQAgicEAM5VFADiJwQALSgEADooBACGKAQAlCgEAN8oBAD1KAQAOCkEAEEpBACRKQQApykEAOopBADyKQQAQyoEAFEqBACcKgQAnyoEAPUqBAD9KgQAgFYUAFwrBACnKwQAtisEAAAsBAAcLAQAWSwEACAsBABybwQAYSwEANlWFAC7LAQACy0EABgtBAAyVxQAci0EAL0tBADTLQQAFi4EACIuBABvLgQAdy4EAItXFADOLgQAIS8EACcvBAB6LwQAfy8EANMvBADZLwQA5FcUADEwBACFMAQAjjAEAN4wBADoMAQANzEEAD8xBACQMQQAlTEEAOkxBAD5MQQAQjIEAEoyBACbMgQAoTIEALE0BAC0MgQA9DIEAPkyBABNMwQAVjMEAKYzBACzMwQA/zMEAAY0BABYNAQAWzQEAD1YFACzNAQACjUEABc1BABjNQQAejUEALw1BADINQQAllgUABw2BABuNgQAdjYEAMc2BADLNgQAIDcEAC43BAB5NwQAgzcEANI3BADdNwQAKzgEADM4BACEOAQAiTgEAN04BAD4OAQANjkEAEI5BACPOQQAlTkEAOg5BAD4OQQAQToEAFI6BACaOgQAnzoEAPM6BAD3OgQA71gUAFU7BAClOwQAvjsEAP47BAAIPAQAVzwEAF08BACwPAQAsjwEAAk9BAAYPQQAYj0EAGw9BAC7PQQAwz0EABQ+BAAYPgQAbT4EAHs+BADGPgQA0D4EAB8/BAAqPwQAeD8EAIA/BADRPwQA1j8EACpABABFQAQAg0AEAI9ABADcQAQA4kAEADVBBABFQQQAjkEEAJ9BBADnQQQA7EEEAEBCBABEQgQASFkUAKJCBADyQgQAA0MEAEtDBABVQwQApEMEALJDBAD9QwQA/kMEAFZEBABnRAQAr0QEAMNEBAAIRQQAEEUEAGFFBABlRQQAukUEAMhFBAATRgQAHUYEAGxGBAB3RgQAxUYEAM1GBAAeRwQAI0cEAHdHBACSRwQA0EcEANxHBAApSAQAL0gEAIJIBACSSAQA20gEAOxIBAA0SQQAOUkEAI1JBACRSQQAoVkUAPRJBAA/SgQAWkoEAJhKBACmSgQA8UoEAPhKBABKSwQAVksEAKNLBACrSwQA+lkUAApMBABVTAQAX0wEAK5MBAC5TAQAB00EAA9NBABgTQQAZU0EALlNBADUTQQAEk4EAB5OBABrTgQAcU4EAMROBADUTgQAHU8EAC5PBAB2TwQAe08EAM9PBADTTwQAU1oUADlQBACBUAQAiVAEANpQBADbUAQAM1EEADhRBACMUQQAmlEEAOVRBADyUQQAPlIEAEhSBACXUgQAo1IEAPBSBAD2UgQASVMEAFFTBACiUwQAqVMEAPtTBAAHVAQAVFQEAFpUBACtVAQAuVQEAAZVBAAWVQQAX1UEAGtVBAC4VQQAvlUEABFWBAAdVgQAalYEAHdWBADDVgQA0lYEABxXBAAoVwQArFoUAHhXBADOVwQA0VcEACdYBAA1WAQAgFgEAJdYBADZWAQA5lgEADJZBABIWQQAi1kEAJdZBADkWQQA8VkEAD1aBABHWgQAlloEAJ5aBADvWgQA+VoEAEhbBABNWwQAoVsEAKlbBAD6WwQABlwEAFNcBABgXAQArFwEALZcBAAFXQQAC10EAF5dBAByXQQAt10EAL9dBAAQXgQAHl4EAGleBAB2XgQAwl4EAMpeBAAbXwQAKF8EAHRfBACCXwQAzV8EAN5fBAAmYAQALmAEAH9gBACVYAQA2GAEANpgBAAxYQQAMmEEAAVbFACPYQQA6vsPAJhhBADjYQQA8mEEADxiBABIYgQAlWIEAJ1iBABeWxQA82IEAEdjBABQYwQAoGMEAK1jBAD5YwQAAGQEAFJkBABVZAQAq2QEALNkBAAEZQQACWUEAF1lBABmZQQAtmUEAMBlBAAPZgQAF2YEAGhmBABtZgQAwWYEANFmBAAaZwQAImcEAHNnBAB5ZwQAzGcEAM5nBAAlaAQAMmgEAH5oBACVaAQA12gEAONoBAC3WxQAPGkEAIlpBACPaQQAP9kRAKBpBADiaQQA7mkEADtqBABBagQAlGoEAJxqBADtagQA9GoEAEZrBABUawQAn2sEALprBAD4awQABmwEAFFsBABYbAQAqmwEALZsBAADbQQAC20EABBcFABwbQQAtW0EAL1tBAAObgQAP24EAGduBABzbgQAwG4EAMZuBAAZbwQAHm8EAGlcFAB+bwQAy28EANJvBAAkcAQALHAEAH1wBAB/cAQA1nAEAOBwBAAvcQQAN3EEAMJcFACWcQQAIoAEAJdxBADhcQQA43EEADpyBABLcgQAk3IEAKRyBADscgQA+HIEAEVzBABMcwQAnnMEAKZzBAD3cwQAJHQEAFB0BABVdAQAqXQEAKp0BAACdQQADHUEAFt1BABpdQQAtHUEALl1BAANdgQAGnYEAGZ2BACCdgQAv3YEANt2BAAbXRQAJXcEAHF3BAB1dwQAyncEANB3BAAjeAQAJXgEAHx4BAB9eAQA1XgEAPh4BAAueQQAUnkEAId5BAC0eQQA4HkEAOh5BAA5egQAPnoEAJJ6BACfegQA63oEAPN6BABEewQARnsEAJ17BAClewQA9nsEACN8BABPfAQAXHwEAKh8BACtfAQAAX0EAA59BABafQQAZn0EALN9BADgfQQADH4EABR+BABlfgQAgH4EAL5+BADAfgQAF38EACh/BABwfwQAeX8EAMl/BADVfwQAdF0UAC+ABAB7gAQAgoAEANSABADggAQALYEEAECBBACGgQQAjoEEAN+BBADkgQQAOIIEAEGCBACRggQAm4IEAOqCBADyggQAQ4MEAEiDBACcgwQArIMEAPWDBAD9gwQAToQEAGeEBACnhAQArIQEAACFBAAJhQQAWYUEAGaFBACyhQQAuYUEAAuGBAAOhgQAzV0UAGmGBAC9hgQAcYYEAL+LDgDGhgQAFocEAB6HBABvhwQAeocEAMiHBADKhwQAIYgEADyIBAB6iAQAhogEANOIBADbiAQAJl4UADmJBACFiQQAjYkEAN6JBADqiQQAN4oEAD2KBACQigQAlooEAOmKBADuigQAQosEAEiLBAB/XhQAqIsEAPSLBAD8iwQATYwEAGGMBACmjAQAq4wEAP+MBAAIjQQAWI0EAF6NBACxjQQAuY0EAAqOBAANjgQAY44EAICOBAC8jgQAzY4EABWPBAAdjwQAbo8EAHGPBADHjwQA248EACCQBAAtkAQAeZAEAIOQBADSkAQA1JAEACuRBAA+kQQAMV8UAImRBADdkQQA7pEEADaSBAA/kgQAj5IEAKWSBADokgQA9ZIEAEGTBABJkwQAmpMEALmTBACKXxQA/5MEAEyUBABUlAQA418UAKiUBAD+lAQABpUEAFeVBABklQQAsJUEALWVBAAJlgQAEZYEAGKWBABjlgQAu5YEAL2WBAAUlwQAGpcEAG2XBABvlwQAxpcEANyXBAAfmAQAK5gEAHiYBACCmAQA0ZgEAN2YBAAqmQQAMJkEAIOZBACLmQQA3JkEABGaBAA8YBQAO5oEAI6aBACamgQA55oEAOiaBABAmwQAQpsEAJmbBACfmwQA8psEAP6bBABLnAQAUpwEAKScBACsnAQA/ZwEAACdBABWnQQAYJ0EAK+dBACxnQQACJ4EABKeBABhngQAbZ4EALqeBADQngQAE58EAB+fBABsnwQAeZ8EAMWfBADPnwQAHqAEACagBAB3oAQAiaAEAJVgFADSoAQAKaEEADOhBACCoQQAhKEEANuhBADjoQQA4bISAPShBAA0ogQANqIEAI2iBACQogQA5qIEAPKiBAA/owQAR6MEAO5gFACsowQA8aMEAPSjBABKpAQAVKQEAKOkBACvpAQA/KQEABKlBABVpQQAXaUEAK6lBAC8pQQAB6YEAAqmBABgpgQAaKYEALmmBAC8pgQAEqcEAMemBABfrgQAHKcEAGunBAAdpwQAjKoEAG2nBADEpwQAyqcEAB2oBAAnqAQAdqgEAISoBADPqAQA3KgEACipBAA/qQQAgakEAImpBADaqQQA46kEADOqBAA0qgQAR2EUAJWqBADlqgQA76oEAD6rBABIqwQAl6sEAKWrBADwqwQA/asEAEmsBABgrAQAoqwEAKqsBAD7rAQAAq0EAFStBABZrQQAra0EALGtBAAGrgQAE64EAKBhFABsrgQAuK4EAMCuBAARrwQAF68EAGqvBAB2rwQAw68EANKvBAAcsAQAIbAEAHWwBACQsAQAzrAEANqwBAAnsQQALbEEAICxBACUsQQA2bEEAOGxBAAysgQASLIEAIuyBACQsgQA5LIEAOuyBAA9swQASbMEAPlhFACdswQA77MEAP2zBABItAQAVbQEAKG0BAC4tAQA+rQEAAK1BABTtQQAWbUEAKy1BAC4tQQABbYEAAy2BABetgQAbLYEALe2BAC6tgQAELcEABi3BABptwQAd7cEAMK3BADFtwQAG7gEACO4BAB0uAQAhbgEAM24BADSuAQAJrkEACi5BAB/uQQAhrkEANi5BADmuQQAMboEAD66BACKugQAoboEAOO6BADrugQAPLsEAEa7BACVuwQAoLsEAO67BAD6uwQAR7wEAE+8BABSYhQAorwEAPm8BAADvQQAUr0EAFS9BACrvQQArr0EAAS+BAAQvgQAXb4EAGe+BAC2vgQAvr4EAA+/BAAdvwQAaL8EAHW/BADBvwQAyb8EABrABAAwwAQAc8AEAH/ABADMwAQA4sAEACXBBAAqwQQAfsEEAITBBADXwQQA68EEAKtiFAAzwgQAicIEAJHCBADiwgQA8MIEADvDBAD4wgQATHIJAEjDBACUwwQAnMMEAO3DBAD3wwQARsQEAFHEBACfxAQAq8QEAPjEBAAAxQQABGMUAFfFBACqxQQAr8UEAAPGBAASxgQAXMYEAGjGBAC1xgQAuMYEAA7HBAARxwQAZ8cEAG/HBADAxwQAxccEABnIBAApyAQAcsgEAHrIBADLyAQAzsgEACTJBAAuyQQAfckEAH/JBADWyQQA3MkEAC/KBAA5ygQAiMoEAJbKBADhygQA7soEADrLBABRywQAk8sEAJvLBADsywQA9csEAEXMBABGzAQAXWMUAKvMBAD3zAQA+swEAJzQCwD9zAQAKywLAP/MBABQzQQAAc0EAKWfBQADzQQAdXgHAFPNBAA8mQkAVs0EAEP9BwBazQQAqc0EAF7NBABg8wsAYM0EAI9wCQCuzQQAAs4EALXNBABD5wUAt80EAE2ACwAKzgQAW84EAF7OBAC0zgQAwM4EAA3PBAATzwQAZs8EAIHPBAC/zwQAy88EABjQBAAe0AQAcdAEAHnQBADK0AQAzNAEACPRBADP0AQAheIEAC3RBAB80QQAhNEEALZjFADm0QQALtIEADXSBACH0gQAj9IEAODSBADt0gQAOdMEAD7TBACS0wQAnNMEAOvTBADz0wQARNQEAEbUBAD+4QsASdQEAAWUCQBO1AQAndQEAFPUBADn8wQAVNQEAD6UCgCj1AQA9tQEAPjUBABP1QQAXNUEAKjVBACr1QQAAdYEABLWBABa1gQAXNYEALPWBAC91gQADNcEABjXBABl1wQAbdcEAGhkFADD1wQAF9gEABrYBABw2AQAetgEAMnYBADR2AQAItkEAC/ZBAB72QQAfdkEANTZBADq2QQALdoEADnaBACG2gQAjtoEAMFkFADk2gQAONsEAEfbBACR2wQAk9sEAOrbBAD72wQAQ9wEAE7cBACc3AQAodwEAPXcBAD43AQATt0EAFjdBACn3QQAud0EAADeBAAI3gQAWd4EAGPeBACy3gQAt94EAAvfBAAT3wQAZN8EAGbfBAC93wQAxN8EABbgBAAd4AQAb+AEAHXgBADI4AQA1OAEACHhBAAk4QQAeuEEAH3hBADT4QQA7+EEACziBAA04gQAc2UUAJLiBADe4gQA5uIEADfjBAA64wQAkOMEAJXjBADp4wQA+OMEAELkBABi5AQAm+QEAKfkBAD05AQA/uQEAE3lBABV5QQApuUEALjlBADMZRQACeYEAFjmBABm5gQAseYEAL7mBAAK5wQAIecEAGPnBABr5wQAvOcEAMvnBAAV6AQAGugEAG7oBAB76AQAx+gEANToBAAg6QQALOkEAHnpBACI6QQA0ukEANzpBAAr6gQAOeoEAITqBACJ6gQA3eoEAOrqBAA26wQAOesEAI/rBACX6wQA6OsEAO3rBABB7AQATuwEAJrsBACi7AQA8+wEAPzsBABM7QQAWe0EAKXtBACz7QQA/u0EABHuBABX7gQAX+4EALDuBAC37gQACe8EAA7vBABi7wQAeO8EALvvBAC97wQAFPAEACLwBABt8AQAevAEAMbwBADO8AQAH/EEACLxBAB48QQAffEEANHxBADg8QQAKvIEAEryBACD8gQAj/IEANzyBADm8gQANfMEAD3zBACO8wQAoPMEACVmFADs8wQAQPQEAE30BACZ9AQApvQEAPL0BAD+9AQAS/UEAFr1BACk9QQArvUEAP31BAAF9gQAVvYEAGD2BACv9gQAtPYEAAj3BAAQ9wQAfmYUAG33BAC69wQAwPcEABP4BAAu+AQAbPgEAHj4BADF+AQAy/gEAB75BAA6+QQAd/kEAH/5BADXZhQA2PkEACn6BAAz+gQAgvoEAI36BADb+gQA5/oEADT7BAA8+wQAMGcUAJn7BADm+wQA7PsEAD/8BABa/AQAmPwEAKT8BADx/AQA9/wEAEr9BABS/QQAo/0EAKn9BAD8/QQABf4EAFX+BABi/gQAiWcUALz+BAAH/wQAFP8EAGD/BAB3/wQAuf8EAMH/BAASAAUAFwAFAGsABQAjAAUAgQIFAHgABQDEAAUAzAAFAB0BBQAoAQUAdgEFAHsBBQDPAQUA0gEFACgCBQAyAgUA4mcUAIYCBQDaAgUA6QIFADMDBQA1AwUAjAMFAJ0DBQDlAwUA9gMFAD4EBQBSBAUAO2gUAKgEBQDwBAUA8wQFAEkFBQD4BAUA5DcJAP0EBQClIxIAUwUFAKIFBQCkBQUA+wUFAAUGBQBUBgUAYAYFAK0GBQDXBgUABgcFABEHBQCVHwYALAcFAF8HBQCVBwUAuAcFAN4HBQARCAUANwgFAGoIBQChCAUAwwgFAO4IBQAcCQUAJAkFAHUJBQCfCQUAzgkFAAYKBQAnCgUAUgoFAIAKBQCICgUA2QoFAOgKBQAyCwUANwsFAIsLBQCUCwUA5AsFAJgLBQDjEwUA9QsFAD0MBQBEDAUAlgwFAJ4MBQDvDAUA/AwFAEgNBQBNDQUAoQ0FAKsNBQD6DQUAAg4FAFMOBQBdDgUA1xoFAGIOBQCsDgUAsQ4FAAUPBQASDwUAXg8FAGsPBQC3DwUAww8FABAQBQAfEAUAaRAFAHMQBQDCEAUAyhAFABsRBQAlEQUAdBEFAHkRBQDNEQUA1REFAJRoFAAyEgUAfxIFAIUSBQDYEgUA8xIFADETBQA9EwUAihMFAJATBQDtaBQA8BMFADwUBQBIFAUAlRQFAKQUBQDuFAUA+BQFAEcVBQBVFQUAoBUFAKUVBQD5FQUABhYFAFIWBQBaFgUAqxYFALUWBQAEFwUACRcFAF0XBQBlFwUAthcFALkXBQAPGAUAGxgFAGgYBQBuGAUAwRgFANwYBQAaGQUAJhkFAHMZBQB5GQUAzBkFANQZBQAlGgUAJxoFAH4aBQCIGgUARmkUAN0aBQAwGwUAMhsFAIkbBQCWGwUA4hsFAOUbBQA7HAUATBwFAJQcBQCWHAUA7RwFAPccBQBGHQUAUh0FAJ8dBQCnHQUAn2kUAP0dBQBRHgUAVB4FAKoeBQC0HgUAAx8FAAsfBQBcHwUAaR8FALUfBQC3HwUADiAFACQgBQBnIAUAcyAFAPhpFADcIAUAGSEFADUhBQBRahQAdyEFAMshBQDYIQUAJCIFADEiBQB9IgUAiSIFANYiBQDlIgUALyMFADkjBQCIIwUAliMFAOEjBQDmIwUAOiQFAEckBQCTJAUArCQFAOwkBQDuJAUARSUFAEwlBQCqahQAuyUFAPclBQAIJgUAUCYFAFwmBQCpJgUAvCYFAAInBQARJwUAWycFAGcnBQC0JwUAtScFAA0oBQAXKAUAZigFAHQoBQC/KAUAxCgFABgpBQAlKQUAA2sUAHYpBQDKKQUA1ykFACMqBQAwKgUAfCoFAIgqBQDVKgUA5CoFAC4rBQA4KwUAhysFAJUrBQDgKwUA5SsFADksBQBGLAUAkiwFAJosBQAObBQA8CwFAEQtBQBMLQUAZ2wUAJ8tBQD2LQUABC4FAE8uBQBgLgUAwGwUAK8uBQAZbRQABi8FAFovBQBiLwUAsy8FAMIvBQAMMAUAETAFAGUwBQByMAUAvjAFAMswBQAXMQUAIzEFAHAxBQB/MQUAyTEFANMxBQDLbRQAJDIFAMLiEAAoMgUAtIoOADUyBQB7MgUAijIFANQyBQDgMgUALTMFAC4zBQCGMwUAkDMFAN8zBQDtMwUAODQFAD00BQCRNAUAnjQFACRuFADuNAUAQzUFAE41BQCcNQUAqjUFAPU1BQAGNgUATjYFAFo2BQCnNgUArzYFAH1uFAAFNwUAWTcFAGY3BQCyNwUAvzcFAAs4BQAXOAUAZDgFAHM4BQC9OAUAxzgFABY5BQAkOQUAbzkFAHw5BQDIOQUA3zkFANZuFAAuOgUAejoFAIc6BQDTOgUA3zoFACw7BQA7OwUAhTsFAI87BQDeOwUA7DsFADc8BQD6OwUAofYKADw8BQCQPAUAnTwFAOk8BQDxPAUAL28UAE49BQCbPQUAqz0FAPQ9BQD9PQUATT4FAFA+BQCmPgUAsj4FAP8+BQAGPwUAiG8UAGU/BQCxPwUAwD8FAApABQALQAUAY0AFAHpABQC8QAUA1kAFABVBBQAhQQUAbkEFAIFBBQDHQQUA1kEFACBCBQAsQgUAeUIFAHpCBQDSQgUA3EIFACtDBQA5QwUAhEMFAIlDBQDdQwUA6kMFAOFvFABQRAUAj0QFAJ5EBQDoRAUA6kQFAEFFBQDtRAUA3EsFAE5FBQCaRQUAp0UFAPNFBQD4RQUATEYFAFZGBQClRgUAtEYFAP5GBQADRwUAV0cFAGRHBQCwRwUAvUcFAAlIBQAVSAUAYkgFAHFIBQC7SAUAxUgFABRJBQAhSQUAbUkFAHJJBQDGSQUAykkFAB9KBQArSgUAeEoFAH5KBQDRSgUA10oFACpLBQAvSwUAg0sFAIlLBQA6cBQA6UsFADVMBQBCTAUAjkwFAJpMBQDnTAUA9kwFAEBNBQBKTQUAmU0FAKdNBQDyTQUA900FAEtOBQBYTgUApE4FAKtOBQD9TgUAAk8FAFZPBQBiTwUAr08FALJPBQAIUAUAFVAFAGFQBQBmUAUAulAFAMRQBQATUQUAH1EFAGxRBQB/UQUAxVEFANNRBQAeUgUAIVIFAHdSBQCBUgUA0FIFANxSBQApUwUAL1MFAIJTBQCIUwUA21MFAOBTBQA0VAUAOlQFAJNwFACPVAUA5lQFAPdUBQA/VQUAUFUFAJhVBQCgVQUA8VUFAAFWBQBKVgUATFYFAKNWBQCxVgUA/FYFAA1XBQDscBQAXFcFAEVxFACvVwUAB1gFAAxYBQBgWAUADVgFAOuFBQBmWAUAuVgFAMNYBQASWQUAHlkFAGtZBQBxWQUAxFkFAMpZBQAdWgUAIloFAHZaBQB8WgUAnnEUAN1aBQAoWwUAQVsFAIFbBQCCWwUA2lsFAPdbBQAzXAUAO1wFAAKABQBNXAUAjFwFAI9cBQDlXAUA6lwFAKlyFABXXQUAl10FAJ1dBQDwXQUArV0FAOEuBgDyXQUASV4FAE9eBQCiXgUAtl4FAPteBQADXwUAVF8FAGFfBQCtXwUAsl8FAAZgBQAQYAUAX2AFAGdgBQC4YAUAyWAFABFhBQAWYQUAamEFAGxhBQDDYQUAymEFABxiBQAoYgUAdWIFAHxiBQDOYgUA6mIFACdjBQAvYwUAAnMUAIFjBQDZYwUA5WMFADJkBQA/ZAUAi2QFAJNkBQDkZAUA52QFAD1lBQBIZQUAlmUFAJhlBQDvZQUA9WUFAEhmBQBUZgUAoWYFAKhmBQD6ZgUAAmcFAFNnBQBYZwUArGcFAMVnBQAFaAUAMWgFAF5oBQBqaAUAt2gFAMZoBQAQaQUAGmkFAGlpBQBxaQUAwmkFANJpBQAbagUAKWoFAHRqBQCFagUAzWoFANlqBQBbcxQAK2sFAH9rBQCHawUA2GsFANlrBQAxbAUA7msFANgRDQBObAUAimwFAJJsBQDjbAUA52wFADxtBQBCbQUAlW0FAJdtBQDubQUA720FAEduBQBIbgUAoG4FAKxuBQD5bgUA/24FAFJvBQBabwUAq28FAK1vBQAEcAUAH3AFAF1wBQBfcAUAtnAFAMRwBQAPcQUAIHEFAGhxBQBqcQUAwXEFANpxBQAacgUAK3IFAHNyBQB/cgUAtHMUANpyBQAlcwUA6HIFABpFCQA7cwUAfnMFAH9zBQDXcwUA6HMFADB0BQA8dAUAiXQFAJ90BQDidAUA7nQFADt1BQBIdQUAlHUFAJ51BQDtdQUA73UFAEZ2BQBQdgUAn3YFAK12BQD4dgUA/XYFAFF3BQBedwUAqncFAMZ3BQADeAUAC3gFAA10FABqeAUAtXgFAM54BQAOeQUAD3kFAGd5BQCEeQUAwHkFAMh5BQAZegUAKnoFAHJ6BQCAegUAy3oFAOR6BQAkewUAKnsFAH17BQB/ewUA1nsFANx7BQAvfAUAQ3wFAIh8BQCQfAUA4XwFAO58BQA6fQUAP30FAJN9BQCdfQUA7H0FAPR9BQBFfgUAVX4FAJ5+BQCjfgUA934FAAB/BQBQfwUAXX8FAKl/BQCwfwUAZnQUABOABQBbgAUAaYAFALSABQDNgAUADYEFABOBBQBmgQUAaIEFAL+BBQDFgQUAGIIFACyCBQBxggUAeYIFAMqCBQDXggUAI4MFACiDBQB8gwUAhoMFANWDBQDdgwUALoQFAD6EBQCHhAUAjIQFAOCEBQDphAUAOYUFAEaFBQCShQUAmYUFAL90FADwhQUARIYFAEWGBQCdhgUAqYYFAPaGBQD8hgUAT4cFAGCHBQCohwUAvIcFAAGIBQAQiAUAWogFAF+IBQCziAUAwIgFAAyJBQAciQUAZYkFAHOJBQC+iQUA1YkFABeKBQAgigUAcIoFAHaKBQDJigUA1YoFACKLBQApiwUAe4sFAJeLBQDUiwUA3IsFABh1FAAzjAUAhowFAIyMBQDfjAUA5IwFADiNBQA+jQUAcXUUAJaNBQDqjQUA7I0FAEOOBQBKjgUAnI4FAKqOBQD1jgUAAo8FAE6PBQBljwUAp48FAK+PBQAAkAUAAZAFAFmQBQBckAUAspAFAMaQBQALkQUAGpEFAGSRBQBpkQUAvZEFAL6RBQAWkgUALZIFACN2FABxkgUAyJIFANWSBQAhkwUALpMFAHqTBQB/kwUA05MFAN2TBQAslAUANJQFAIWUBQCVlAUA3pQFAOyUBQA3lQUARJUFAJCVBQCXlQUA6ZUFAPGVBQBClgUARJYFAJuWBQCjlgUA9JYFAPWWBQBNlwUACpcFABg0BgBSlwUAppcFAKmXBQD/lwUACZgFAFiYBQBvmAUAsZgFALeYBQAKmQUAFpkFAGOZBQBmmQUAvJkFANmZBQAVmgUAJpoFAG6aBQB2mgUAx5oFAM6aBQAgmwUAJpsFAHmbBQCHmwUA0psFAO2bBQArnAUAN5wFAIScBQCKnAUA3ZwFAPKcBQA2nQUAPp0FAI+dBQCZnQUA6J0FAO6dBQBBngUAT54FAJqeBQCmngUA854FAPqeBQBMnwUAVJ8FAHx2FACznwUA/p8FABSgBQBXoAUAY6AFALCgBQC1oAUACaEFABKhBQBioQUAbKEFALuhBQDHoQUAW5YHANehBQAUogUAHKIFANV2FAByogUAxqIFANOiBQAfowUALKMFAHijBQCEowUA0aMFAOCjBQAqpAUANKQFAIOkBQCRpAUA3KQFAOGkBQA1pQUAQqUFAI6lBQCWpQUALncUAPWlBQBApgUAVqYFAJmmBQClpgUA8qYFAPemBQBLpwUAVKcFAKSnBQCupwUA/acFAAWoBQBWqAUAYqgFAK+oBQDCqAUACKkFAAmpBQBhqQUAb6kFALqpBQDAqQUAE6oFAB+qBQBsqgUAc6oFAId3FADKqgUAdBwGAMuqBQAeqwUAKqsFAHerBQB5qwUA0KsFANqrBQAprAUANawFAIKsBQCKrAUA4HcUAOOsBQA0rQUAQ60FAI2tBQCSrQUA5q0FAPOtBQA/rgUATK4FAJiuBQCkrgUA8a4FAACvBQBKrwUAVK8FAKOvBQCxrwUA/K8FAAGwBQBVsAUAYrAFAK6wBQC2sAUAB7EFABGxBQBgsQUAZbEFALmxBQDBsQUAErIFAB2yBQBrsgUAcLIFAMSyBQDHsgUAHbMFACezBQB2swUAfrMFADl4FADUswUAKLQFADe0BQCBtAUAg7QFANq0BQDrtAUAM7UFAD61BQCMtQUAkbUFAOW1BQDotQUAPrYFAEi2BQCXtgUAn7YFAPC2BQDytgUASbcFAFa3BQCitwUAqbcFAPu3BQADuAUAVLgFAFW4BQCtuAUAsrgFAAa5BQAMuQUAX7kFAGm5BQC4uQUAwLkFAJJ4FABEugUAaroFAKK6BQDDugUA3boFABy7BQBCuwUAdbsFAI+7BQDOuwUA9LsFACe8BQBBvAUAgLwFAKm8BQDZvAUA4bwFADK9BQA0vQUAi70FAJi9BQDkvQUA670FAD2+BQBFvgUAlr4FAJe+BQDvvgUA9L4FAEi/BQBOvwUAob8FAKu/BQD6vwUAAsAFAOt4FABvwAUARHkUALTABQAFwQUAB8EFAF7BBQBrwQUAt8EFAL7BBQAQwgUAGMIFAGnCBQBqwgUAwsIFAMfCBQAbwwUAIcMFAHTDBQB+wwUAzcMFANXDBQCdeRQAK8QFAH/EBQCBxAUA2MQFAN/EBQAxxQUAP8UFAIrFBQCXxQUA48UFAPrFBQA8xgUARMYFAJXGBQCfxgUA7sYFAKvGBQBcKgYA+cYFAEfHBQBTxwUAoMcFAKjHBQD2eRQA+scFAFLIBQADyAUAg68GAA/IBQBZmwYAV8gFAKvIBQCuyAUABMkFAA7JBQBdyQUAdMkFALbJBQC8yQUAD8oFABvKBQBoygUAa8oFAMHKBQDeygUAGssFACvLBQBzywUAkssFAMzLBQDUywUAJcwFACfMBQB+zAUAjcwFANfMBQDhzAUAMM0FAD7NBQCJzQUApM0FAOLNBQDuzQUAO84FAEPOBQBPehQAoM4FAO3OBQD8zgUARs8FAEvPBQCfzwUApc8FAPjPBQD/zwUAUdAFAFnQBQCq0AUArNAFAAPRBQAK0QUAXNEFAF7RBQC10QUAttEFAA7SBQAY0gUAZ9IFAHPSBQDA0gUAxtIFABnTBQAz0wUActMFAHrTBQDL0wUA4dMFACTUBQAy1AUAfdQFAIDUBQDW1AUA2dQFAC/VBQA91QUAiNUFAJXVBQDh1QUA+NUFADrWBQBC1gUAk9YFAJXWBQDs1gUA9NYFAEXXBQBc1wUAntcFAKrXBQD31wUADdgFAFDYBQBY2AUAqdgFALfYBQAC2QUADNkFAFvZBQBj2QUAtNkFALvZBQAN2gUAGdoFAGbaBQBn2gUAv9oFAMvaBQAY2wUAJdsFAHHbBQB42wUAytsFAM3bBQAj3AUAK9wFAHzcBQCB3AUA1dwFAOLcBQAu3QUAXt0FAIfdBQCP3QUAqHoUAOjdBQCKuBQA/N0FADneBQBB3gUAAXsUAKDeBQDr3gUA7d4FAETfBQBV3wUAnd8FAKXfBQD23wUAAuAFAE/gBQBV4AUAqOAFAK7gBQAB4QUABuEFAFrhBQBg4QUAWnsUALjhBQAM4gUAv+EFAMRjDgAU4gUAZeIFAGriBQDhvgsAa+IFAPgcDQBx4gUA9IoMAHTiBQC+4gUAduIFADAaDQB84gUAQ40NAMPiBQAX4wUAxOIFAFC2CgAk4wUAcOMFAH3jBQDJ4wUA1eMFACLkBQAx5AUAe+QFAIXkBQC+fBQA3uQFAC3lBQAy5QUAhuUFAI7lBQAXfRQA5OUFADjmBQA75gUAkeYFAJvmBQDq5gUAEucFAMl9FABJ5wUAnOcFALLnBQD15wUAA+gFAE7oBQBb6AUAp+gFAKnoBQAA6QUACukFAFnpBQBl6QUAsukFALnpBQAL6gUAE+oFAGTqBQBr6gUAveoFAMbqBQAW6wUAIusFAG/rBQB36wUAIn4UAM3rBQAh7AUAKewFAHrsBQCJ7AUA0+wFANjsBQAs7QUAOe0FAIXtBQCS7QUA3u0FAOrtBQA37gUARu4FAJDuBQCa7gUA6e4FAPfuBQBC7wUAR+8FAJvvBQCo7wUA9O8FAPzvBQBN8AUAV/AFAKbwBQC08AUA//AFABXxBQBY8QUAZPEFALHxBQC28QUACvIFABPyBQBj8gUAbfIFAHt+FADG8gUAFfMFACHzBQBu8wUAdvMFANR+FADM8wUAIPQFAC30BQB59AUAhvQFANL0BQDe9AUAK/UFADr1BQCE9QUAjvUFAN31BQD19QUANvYFAED2BQCP9gUAnfYFAOj2BQD+9gUAQfcFAE33BQCa9wUAn/cFAPP3BQD89wUATPgFAFb4BQCl+AUArfgFAC1/FAAL+QUAV/kFABT5BQBTqBMAZPkFALD5BQC8+QUACfoFABj6BQBi+gUAbPoFALv6BQDJ+gUAFPsFACH7BQBt+wUAhPsFAMb7BQDO+wUAH/wFACn8BQB4/AUAffwFANH8BQDZ/AUAhn8UADb9BQCD/QUAif0FANz9BQD3/QUANf4FAEH+BQCO/gUAlP4FAN9/FADv/gUAOIAUAEX/BQCZ/wUApv8FAPL/BQD//wUASwAGAFcABgCkAAYAswAGAP0ABgAHAQYAVgEGAGQBBgCvAQYAtAEGAAgCBgAVAgYAYQIGAGkCBgCRgBQAxgIGABMDBgAjAwYAbAMGAHUDBgDFAwYAyAMGAB4EBgAqBAYAdwQGAH4EBgDqgBQA3gQGACkFBgA/BQYAggUGAI4FBgDbBQYA4gUGADQGBgA8BgYAjQYGAJIGBgDmBgYA7wYGAD8HBgBJBwYAQ4EUAJ0HBgDxBwYApAcGAHYMBgD5BwYASggGAFAIBgCjCAYAqAgGAPwIBgAFCQYAVQkGAF8JBgCuCQYAugkGAAcKBgAPCgYAnIEUAGUKBgC5CgYAwQoGABILBgAdCwYAawsGAHALBgDECwYAxwsGAB0MBgAnDAYA9YEUAIAMBgDPDAYA0wwGACgNBgAtDQYAgQ0GAIcNBgDaDQYA+g0GADMOBgA7DgYAjA4GAJoOBgDlDgYA6A4GAD4PBgBGDwYAlw8GAKAPBgDwDwYA/Q8GAEkQBgBPEAYAohAGAK4QBgD7EAYA/RAGAFQRBgBjEQYArREGALgRBgAGEgYACBIGAF8SBgB4EgYAuBIGAMkSBgAREwYAHRMGAE6CFAByEwYAwxMGAOMTBgAcFAYAKhQGAHUUBgCCFAYAzhQGANUUBgAnFQYAQxUGAIAVBgCIFQYAp4IUAN4VBgAyFgYAPxYGAIsWBgCYFgYA5BYGAPAWBgA9FwYATBcGAJYXBgCgFwYA7xcGAAQYBgBIGAYAUBgGAKEYBgCwGAYA+hgGAPwYBgBTGQYAXBkGAKwZBgCvGQYABRoGABEaBgBeGgYAehoGALcaBgC/GgYAAIMUABUbBgBpGwYAfxsGAMIbBgDOGwYAGxwGAD4cBgBZgxQAgRwGAM0cBgDaHAYAJh0GADIdBgB/HQYAjh0GANgdBgDiHQYAMR4GADkeBgCKHgYAlB4GAOMeBgDoHgYAPB8GAEQfBgCygxQAqR8GAO4fBgAUIAYARyAGAG0gBgCgIAYAxiAGAPkgBgAkIQYAUiEGAFohBgCrIQYA1SEGAAQiBgA3IgYAXSIGAIMiBgC2IgYA3CIGAA8jBgBCIwYAaCMGAJMjBgDBIwYAySMGABokBgAfJAYAk4gGACkkBgBzJAYAeCQGAMwkBgDZJAYAJSUGADIlBgB+JQYAiiUGANclBgDmJQYAMCYGADomBgCJJgYAlyYGAOImBgDnJgYAOycGAEgnBgCUJwYAnCcGAO0nBgDzJwYARigGAPcnBgDLhQYAUigGAJ8oBgCvKAYA+CgGAAEpBgBRKQYAVCkGAKopBgC2KQYAAyoGAAoqBgALhBQAcCoGALUqBgC4KgYADisGACsrBgBnKwYAeCsGAMArBgDHKwYAGSwGADIsBgByLAYAeiwGAMssBgDhLAYAJC0GACktBgB9LQYAhC0GANYtBgDfLQYALy4GAEAuBgCILgYAlC4GAGSEFADjLgYAWzIGAPUuBgA6LwYAPS8GAJMvBgCwLwYA7C8GAP0vBgBFMAYAVDAGAJ4wBgCvMAYA9zAGAAUxBgBQMQYAXDEGAKkxBgC2MQYAAjIGAAwyBgC9hBQAYTIGALQyBgDCMgYADTMGAA8zBgBmMwYAbTMGAL8zBgDYMwYAFoUUACw0BgBxNAYAdDQGAMo0BgDnNAYAIzUGADQ1BgB8NQYAhDUGANU1BgDcNQYALjYGADQ2BgCHNgYAlTYGAOA2BgD7NgYAOTcGAEU3BgCSNwYAmDcGAOs3BgAAOAYARDgGAEw4BgCdOAYApzgGAPY4BgD8OAYATzkGAF05BgCoOQYAtDkGAAE6BgAIOgYAWjoGAGI6BgBvhRQAvDoGAAw7BgAZOwYAZTsGAHM7BgC+OwYAzTsGABc8BgAZPAYAcDwGAHo8BgDJPAYA1zwGACI9BgAnPQYAez0GAIg9BgDUPQYA1z0GAC0+BgA5PgYAhj4GAJk+BgDfPgYA7j4GADg/BgBEPwYAkT8GAJI/BgDqPwYA9D8GAENABgBRQAYAnEAGAKFABgD1QAYAAkEGAMiFFABTQQYAp0EGAL1BBgAAQgYAFkIGAFlCBgBiQgYAskIGAL9CBgALQwYAGUMGAGRDBgBzQwYAvUMGAL9DBgAWRAYAIEQGAG9EBgB9RAYAyEQGAM1EBgAhRQYALkUGAHpFBgB9RQYA00UGANtFBgAsRgYAPUYGAIVGBgCTRgYA3kYGAOtGBgA3RwYAV0cGAJBHBgCYRwYA6UcGAPlHBgBCSAYAREgGAJtIBgCpSAYA9EgGAAVJBgDThhQAU0kGAKZJBgCySQYALIcUAAZKBgBYSgYADEoGAJ5GCABfSgYAsUoGALdKBgAKSwYAFksGAGNLBgBmSwYAvEsGAL9LBgAVTAYAPUwGAG5MBgCRTAYAx0wGANJMBgAgTQYAJU0GAHlNBgB8TQYA0k0GANxNBgArTgYAU04GAIWHFACJTgYA3U4GAOpOBgA2TwYAQ08GAI9PBgCbTwYA6E8GAPdPBgBBUAYAS1AGAJpQBgCiUAYA81AGAP1QBgBMUQYAUVEGAKVRBgCtUQYA3ocUAAtSBgBXUgYAa1IGALBSBgC4UgYACVMGAA5TBgBiUwYAclMGALtTBgDDUwYAFFQGAB5UBgBtVAYAeFQGAMZUBgDSVAYAH1UGACdVBgA3iBQAeVUGANFVBgDdVQYAKlYGADlWBgCDVgYAkVYGANxWBgDsVgYANVcGAENXBgCOVwYAmlcGAOdXBgDuVwYAQFgGAEhYBgCZWAYAr1gGAPJYBgAGWQYAS1kGAE5ZBgCkWQYAwVkGAP1ZBgAOWgYAVloGAF5aBgCvWgYAuloGAAhbBgANWwYAYVsGAGRbBgC6WwYAxFsGABNcBgAWXAYAkIgUAG5cBgDGdQkAcVwGAMVcBgDIXAYAHl0GAChdBgB3XQYAf10GANBdBgDvXQYA6YgUAD1eBgCCXgYAqF4GANteBgABXwYANF8GAFpfBgCNXwYAx18GAOZfBgAZYAYAP2AGAGVgBgCYYAYAvmAGAPFgBgAkYQYASmEGAG5hBgCjYQYAv2EGAPxhBgAEYgYAQokUAFpiBgCuYgYAu2IGAAdjBgAUYwYAYGMGAGxjBgC5YwYAyGMGABJkBgAcZAYAa2QGAHlkBgDEZAYAyWQGAB1lBgAqZQYAdmUGAH5lBgCbiRQA22UGAChmBgA4ZgYAgWYGAIpmBgDaZgYA3WYGADNnBgA/ZwYAjGcGAJNnBgD0iRQA82cGAD5oBgBUaAYAl2gGAKNoBgDwaAYA92gGAElpBgBRaQYAomkGAKdpBgD7aQYABGoGAFRqBgBeagYATYoUAK5qBgAGawYAEmsGAF9rBgBlawYAuGsGALprBgARbAYAG2wGAGpsBgB4bAYAw2wGAMhsBgAcbQYAKW0GAHVtBgB9bQYAzm0GANhtBgAnbgYANW4GAIBuBgCWbgYA2W4GAOVuBgAybwYAOW8GAItvBgCTbwYA5G8GAOlvBgA9cAYARnAGAJZwBgCgcAYApooUAPJwBgBIcQYAZXEGAKFxBgCycQYA+nEGAAhyBgBTcgYAa3IGAKxyBgCvcgYABXMGACJzBgBecwYAb3MGALdzBgDPcwYAEHQGABx0BgBpdAYAfHQGAMJ0BgDRdAYAG3UGACd1BgB0dQYAdXUGAM11BgDXdQYAJnYGADR2BgB/dgYAhHYGANh2BgDldgYA/4oUADZ3BgCKdwYAl3cGAON3BgDwdwYAPHgGAEh4BgCVeAYApHgGAO54BgD4eAYAR3kGAFV5BgCgeQYApXkGAPl5BgAGegYAUnoGAFp6BgAKjBQAt3oGAAR7BgAUewYAXXsGAGZ7BgC2ewYAuXsGAA98BgAbfAYAaHwGAG98BgBjjBQAz3wGABp9BgAwfQYAc30GAH99BgDMfQYA030GACV+BgAtfgYAfn4GAIN+BgDXfgYA4H4GADB/BgA6fwYAvIwUAIp/BgDifwYA7n8GADuABgBBgAYAlIAGAJaABgDtgAYA94AGAEaBBgBUgQYAn4EGAKSBBgD4gQYABYIGAFGCBgBZggYAqoIGALSCBgADgwYAEYMGAFyDBgBygwYAtYMGAMGDBgAOhAYAFYQGAGeEBgBvhAYAwIQGAMWEBgAZhQYAIoUGAHKFBgB8hQYAFY0UANmFBgAkhgYAOoYGAH2GBgCJhgYA1oYGAN2GBgAvhwYAN4cGAIiHBgCNhwYA4YcGAOqHBgA6iAYARIgGAG6NFACUiAYA7IgGAPiIBgBFiQYAS4kGAJ6JBgCgiQYA94kGAAGKBgBQigYAXooGAKmKBgCuigYAAosGAA+LBgBbiwYAY4sGALSLBgC+iwYADYwGABuMBgBmjAYAfIwGAL+MBgDLjAYAGI0GAB+NBgBxjQYAeY0GAMqNBgDPjQYAI44GACyOBgB8jgYAho4GAMeNFADXjgYApqEOAOOOBgAujwYAP48GAIePBgCMjwYA4I8GAPePBgA5kAYATZAGAJKQBgCqkAYA65AGAPqQBgBEkQYASZEGAJ2RBgCqkQYA9pEGAAOSBgBPkgYAW5IGAKiSBgC3kgYAAZMGAAuTBgBakwYAYpMGALOTBgDRkwYADJQGABSUBgBllAYAbpQGAL6UBgDLlAYAF5UGABmVBgBwlQYAiZUGAMmVBgDalQYAIpYGAC6WBgB7lgYAg5YGACCOFADZlgYALZcGADWXBgCGlwYAlZcGAN+XBgDklwYAOJgGAEWYBgCRmAYAnpgGAOqYBgD2mAYAQ5kGAFKZBgCcmQYAppkGAPWZBgD9mQYATpoGAFiaBgCnmgYArJoGAACbBgAImwYAeY4UAG2bBgCymwYAtZsGAAucBgAonAYAZJwGAHWcBgC9nAYA8JwGABadBgA1nQYAb50GAHedBgDInQYAyp0GACGeBgAwngYAep4GAISeBgDTngYA4Z4GACyfBgBHnwYAhZ8GAJGfBgDenwYA5p8GANKOFABDoAYAkKAGAJ+gBgDpoAYA7qAGAEKhBgBIoQYAm6EGAKKhBgD0oQYA/KEGAE2iBgBPogYApqIGAK2iBgD/ogYAAaMGAFijBgBZowYAsaMGALujBgAKpAYAFqQGAGOkBgBppAYAvKQGANakBgAVpQYAHaUGAG6lBgCEpQYAx6UGANWlBgAgpgYAI6YGAHmmBgB8pgYA0qYGAOCmBgArpwYAOKcGAISnBgCbpwYA3acGAOWnBgA2qAYAOKgGAI+oBgCXqAYA6KgGAP+oBgBBqQYATakGAJqpBgCwqQYA86kGAPupBgBMqgYAWqoGAKWqBgCvqgYA/qoGAAarBgBXqwYAXqsGALCrBgC8qwYACawGAAqsBgBirAYAbqwGALusBgDIrAYAFK0GAButBgBtrQYAcK0GAMatBgDOrQYAH64GACSuBgB4rgYAha4GANGuBgABrwYAKq8GADKvBgArjxQAia8GANyvBgDqrwYANbAGAEawBgCOsAYAk7AGAOewBgD+sAYAQLEGAFSxBgCZsQYAuLEGAPKxBgD6sQYAS7IGAE2yBgCksgYAs7IGAP2yBgAHswYAVrMGAGSzBgCvswYAyrMGAAi0BgAUtAYAYbQGAGm0BgCEjxQAxrQGABO1BgAitQYAbLUGAHG1BgDFtQYAy7UGAB62BgAltgYAd7YGAH+2BgDQtgYA0rYGACm3BgAwtwYAgrcGAIS3BgDbtwYA3LcGADS4BgA+uAYAjbgGAJm4BgDmuAYA7LgGAD+5BgBZuQYAmLkGAKC5BgDxuQYAB7oGAEq6BgBYugYAo7oGAKa6BgD8ugYA/7oGAFW7BgBjuwYArrsGALu7BgAHvAYAHrwGAGC8BgBovAYAubwGALu8BgASvQYAGr0GAGu9BgCCvQYAxL0GANC9BgAdvgYAM74GAHa+BgB+vgYAz74GAN2+BgAovwYAMr8GAIG/BgCJvwYA2r8GAOG/BgAzwAYAP8AGAIzABgCNwAYA5cAGAPHABgA+wQYAS8EGAJfBBgCewQYA8MEGAPPBBgBJwgYAUcIGAKLCBgCnwgYA+8IGAAjDBgBUwwYAhMMGAK3DBgC1wwYA3Y8UAAvEBgBfxAYAe8QGALjEBgDAxAYANpAUAEzFBgBqxQYAkMUGAMPFBgDsxQYAHMYGAE/GBgB1xgYAisYGAM7GBgDWxgYAJ8cGACrHBgCAxwYAnccGANnHBgDqxwYAMsgGADXIBgCLyAYAlcgGAOTIBgDmyAYAPckGAEfJBgCWyQYAoskGAO/JBgALygYASMoGAFDKBgCPkBQA18oGAPrKBgD9ygYAU8sGAHnLBgCsywYA1csGAAXMBgApzAYAXswGAGbMBgDokBQAvMwGABDNBgAdzQYAac0GAHbNBgDCzQYAzs0GABvOBgAqzgYAdM4GAH7OBgDNzgYA284GACbPBgArzwYAf88GAIzPBgDYzwYA4M8GADHQBgA70AYAitAGAJjQBgDj0AYA+dAGADzRBgBI0QYAldEGAJrRBgDu0QYA99EGAEfSBgBR0gYAoNIGALzSBgD50gYAAdMGAEGRFABU0wYAq9MGALnTBgAE1AYAFdQGAJqRFABk1AYA85EUALvUBgAP1QYAF9UGAGjVBgB31QYAwdUGAMfVBgAa1gYAJtYGAHPWBgB11gYAzNYGANbWBgAl1wYAMdcGAH7XBgCG1wYApZIUANzXBgAw2AYAP9gGAInYBgCp2AYA4tgGAO7YBgA72QYARdkGAJTZBgCc2QYA7dkGAO/ZBgBG2gYAVtoGAJ/aBgCp2gYA+NoGAATbBgBR2wYAV9sGAKrbBgCy2wYA/pIUAA3cBgA1HhEAENwGAFzcBgBo3AYAtdwGAMTcBgAO3QYAGN0GAGfdBgBv3QYACJ0MAHXdBgDA3QYAzd0GABneBgAw3gYAct4GAHreBgDL3gYA1d4GACTfBgAp3wYAfd8GAIXfBgBXkxQA498GAC/gBgA94AYAiOAGAJvgBgDh4AYA6eAGADrhBgA94QYAk+EGAJjhBgDs4QYA++EGAEXiBgBl4gYAnuIGAKriBgD34gYAAeMGAFDjBgBs4wYAqeMGALHjBgCwkxQAFeQGAFvkBgBh5AYAtOQGAMDkBgAN5QYAF+UGAGblBgBs5QYAv+UGAM3lBgAY5gYAJOYGAHHmBgB05gYAyuYGAMvmBgAj5wYAL+cGAHznBgCC5wYA1ecGANvnBgAu6AYAOugGAIfoBgCk6AYA4OgGAOnoBgA56QYARekGAJLpBgCV6QYA6+kGAPXpBgBE6gYAUOoGAJ3qBgCj6gYA9uoGAPzqBgBP6wYAVOsGAKjrBgCu6wYACZQUAA3sBgBa7AYAXOwGALPsBgDC7AYADO0GABftBgBl7QYAce0GAL7tBgDF7QYAF+4GAB/uBgBw7gYAeu4GAMnuBgDU7gYAIu8GAC7vBgB77wYAg+8GABSVFADW7wYALfAGAEDwBgCG8AYAjvAGAN/wBgDl8AYAOPEGAETxBgCR8QYAm/EGAOrxBgDw8QYAQ/IGAFHyBgCc8gYAqPIGAPXyBgD48gYATvMGAFbzBgCn8wYAqPMGAAD0BgAM9AYAWfQGAF/0BgCy9AYAuvQGAAv1BgAR9QYAZPUGAHD1BgC99QYA2vUGABb2BgAf9gYAb/YGAHv2BgDI9gYAy/YGACH3BgAr9wYAevcGAIL3BgDT9wYA5PcGACz4BgA6+AYAhfgGAJv4BgDe+AYA7PgGADf5BgBB+QYAbZUUAJ/5BgDp+QYA9PkGAEL6BgBO+gYAm/oGAKL6BgD0+gYA/PoGAE37BgBX+wYApvsGALH7BgD/+wYAC/wGAFj8BgBg/AYAxpUUALP8BgAK/QYAHf0GAGP9BgBr/QYAvP0GAML9BgAV/gYAIf4GAG7+BgB4/gYAx/4GAM3+BgAg/wYALv8GAHn/BgCF/wYA0v8GANX/BgArAAcAMwAHAIQABwCFAAcA3QAHAOkABwA2AQcAPAEHAI8BBwCXAQcA6AEHAO4BBwBBAgcATQIHAJoCBwC3AgcA8wIHAPwCBwBMAwcAWAMHAKUDBwCoAwcA/gMHAAgEBwBXBAcAXwQHALAEBwDBBAcACQUHABcFBwBiBQcAeAUHALsFBwDJBQcAFAYHAB4GBwBtBgcAdQYHAMYGBwDpBgcAH5YUACoHBwB4BwcAhgcHANEHBwDgBwcAKggHADUIBwCDCAcAiwgHANwIBwDqCAcANQkHADgJBwCOCQcAlgkHAHiWFAADCgcA0ZYUAEIKBwCZCgcApgoHAPIKBwD/CgcASwsHAFALBwCkCwcArgsHAP0LBwAMDAcAVgwHAFsMBwCvDAcAvAwHAAgNBwAVDQcAYQ0HAG0NBwC6DQcAyQ0HABMOBwAdDgcAbA4HAHgOBwDFDgcAyw4HAB4PBwAkDwcAdw8HAHwPBwDQDwcA1g8HACqXFAAuEAcA7TIHADoQBwCCEAcAkBAHANsQBwDnEAcANBEHAEERBwCNEQcAlxEHAOYRBwACEgcAPxIHAFsSBwCDlxQAmhIHAPESBwD+EgcAShMHAFcTBwCjEwcAqBMHAPwTBwAGFAcAVRQHAGQUBwCuFAcAsxQHAAcVBwAUFQcAYBUHAG0VBwC5FQcAxRUHABIWBwAhFgcAaxYHAHUWBwDEFgcA0BYHAB0XBwAjFwcAdhcHAHwXBwDPFwcA1BcHACgYBwAuGAcA3JcUAI0YBwDaGAcA4RgHADMZBwBBGQcAjBkHAI8ZBwDlGQcA7RkHAD4aBwBDGgcAlxoHAKQaBwDwGgcA+BoHADWYFABOGwcAohsHALEbBwD7GwcA/RsHAFQcBwBlHAcArRwHALgcBwAGHQcACx0HAF8dBwBiHQcAuB0HAMIdBwARHgcALR4HAI6YFABxHgcAwx4HANEeBwAcHwcAHx8HAHUfBwCEHwcAzh8HANMfBwAnIAcANCAHAIAgBwCNIAcA2SAHAOUgBwAyIQcAQSEHAIshBwCVIQcA5CEHAPIhBwA9IgcAQiIHAJYiBwCjIgcA7yIHAPsiBwBIIwcAWyMHAKEjBwCwIwcA+iMHAAYkBwBTJAcAVCQHAKwkBwC2JAcABSUHABMlBwBeJQcAYyUHALclBwDEJQcA55gUABImBwBpJgcAdyYHAMImBwDTJgcA8pkUACInBwBLmhQAeScHAM0nBwDVJwcAJigHADUoBwB/KAcAhCgHANgoBwDlKAcAMSkHAD4pBwCKKQcAlikHAOMpBwDyKQcAPCoHAEYqBwD9mhQAlyoHAO4qBwAJKwcARysHAEkrBwCgKwcAuisHAPkrBwAGLAcAUiwHAF4sBwCrLAcAtSwHAAQtBwAeLQcAXS0HAGwtBwC2LQcAuy0HAA8uBwAcLgcAaC4HAHUuBwDBLgcAzS4HABovBwApLwcAcy8HAH0vBwDMLwcA2C8HACUwBwA4MAcAfjAHAI0wBwDXMAcA4zAHADAxBwAxMQcAiTEHAJMxBwDiMQcA8DEHADsyBwBAMgcAlDIHAKEyBwBWmxQA+jIHAEYzBwBTMwcAnzMHAKszBwD4MwcABzQHAFE0BwBbNAcAqjQHALg0BwADNQcACDUHAFw1BwBpNQcAtTUHAME1BwAONgcAITYHAGc2BwB2NgcAwDYHAMw2BwAZNwcAGjcHAHI3BwB8NwcAyzcHANk3BwAkOAcAKTgHAH04BwCKOAcAr5sUAOM4BwAvOQcAMTkHAIg5BwChOQcA4TkHAPI5BwA6OgcARjoHAJM6BwCbOgcAupwUAPE6BwBFOwcATTsHAJ47BwCtOwcA9zsHAPw7BwBQPAcAXTwHAKk8BwC2PAcAAj0HAA49BwBbPQcAaj0HALQ9BwC+PQcAE50UACA+BwBmPgcAdT4HAL8+BwDLPgcAGD8HABk/BwBxPwcAez8HAMo/BwDYPwcAI0AHAChABwB8QAcAiUAHAGydFADaQAcALkEHADtBBwCHQQcAlEEHAOBBBwDsQQcAOUIHAEhCBwCSQgcAnEIHAOtCBwD5QgcAREMHAElDBwCdQwcAqkMHAPZDBwD+QwcAd54UAFtEBwCoRAcAuEQHAAFFBwAKRQcAWkUHAF1FBwCzRQcAv0UHAAxGBwATRgcA0J4UAHBGBwC+RgcAv0YHABdHBwAvRwcAcEcHAH1HBwDJRwcA1UcHACJIBwAsSAcAe0gHAH9IBwDUSAcA2UgHAC1JBwAzSQcAhkkHAKZJBwDfSQcA90kHADhKBwBPSgcAkUoHAJ1KBwDqSgcA9EoHAENLBwBFSwcAnEsHAKNLBwD1SwcA/EsHAE5MBwBUTAcAp0wHALNMBwAATQcAA00HAFlNBwBcTQcAsk0HAL5NBwALTgcADk4HACmfFABpTgcAvU4HAMVOBwAWTwcAHE8HAG9PBwB0TwcAyE8HANFPBwAhUAcAK1AHAHpQBwCGUAcA01AHANtQBwCCnxQAMVEHAIVRBwCNUQcA3lEHAOlRBwA3UgcAPFIHAJBSBwCTUgcA6VIHAPNSBwDbnxQASlMHAJtTBwCfUwcA9FMHAPZTBwBNVAcAUFQHAKZUBwCuVAcA/1QHAAxVBwBYVQcAXVUHALFVBwC7VQcAClYHABJWBwBjVgcAZFYHALxWBwDBVgcAFVcHABhXBwBuVwcAcVcHAMdXBwDVVwcAIFgHADlYBwB5WAcAilgHANJYBwDeWAcAK1kHADNZBwA0oBQAiVkHAN1ZBwDlWQcANloHAEVaBwCPWgcAlFoHAOhaBwD1WgcAQVsHAE5bBwCaWwcAplsHAPNbBwACXAcATFwHAFZcBwClXAcArVwHAP5cBwAIXQcAV10HAFxdBwCwXQcAuF0HAI2gFAAUXgcAYl4HAG5eBwC7XgcAw14HAOagFAAgXwcAbV8HAHRfBwDGXwcA1F8HAB9gBwAiYAcAeGAHAIBgBwDRYAcA1GAHACphBwA2YQcAg2EHAIlhBwDcYQcA92EHADViBwBBYgcAjmIHAJRiBwDnYgcACmMHAEBjBwBDYwcAmWMHAL1jBwA/oRQA92MHAEtkBwBYZAcApGQHALFkBwD9ZAcACWUHAFZlBwBlZQcAr2UHALllBwAIZgcAFmYHAGFmBwBmZgcAumYHAMdmBwATZwcAG2cHAJihFAB5ZwcAxWcHAM1nBwAeaAcAN2gHAHdoBwB9aAcA0GgHANVoBwApaQcASWkHAPGhFACPaQcA22kHAONpBwA0agcAN2oHAI1qBwCXagcA5moHAOhqBwA/awcASWsHAJhrBwCkawcASqIUAAdsBwBKbAcAVmwHAKNsBwCobAcA/GwHAKtsBwB0wRUABW0HAFVtBwBfbQcArm0HALZtBwC8ggsAum0HAAduBwDRbQcAGrQLAA1uBwBgbgcAGm4HALXbDgBmbgcAuW4HAL5uBwASbwcAGG8HAKOiFAB5bwcAxG8HANpvBwAdcAcAKXAHAHZwBwB7cAcAz3AHANhwBwAocQcAMnEHAIFxBwCJcQcA2nEHAOlxBwAzcgcAOHIHAIxyBwCZcgcA5XIHAPJyBwA+cwcASnMHAJdzBwCmcwcA8HMHAPpzBwBJdAcAV3QHAKJ0BwCvdAcA+3QHABJ1BwBUdQcAXHUHAK11BwC3dQcABnYHAAt2BwBfdgcAZ3YHAK6jFADEdgcAEXcHABd3BwBqdwcAhXcHAMN3BwDPdwcAHHgHACJ4BwAHpBQAe3gHAAGdDwCIeAcAzngHAN14BwAneQcAM3kHAIB5BwCBeQcA2XkHAON5BwAyegcAQHoHAIt6BwCQegcA5HoHAPF6BwBgpBQAQnsHAJZ7BwCeewcA73sHAPJ7BwBIfAcAUXwHAKF8BwCwfAcA+nwHAAV9BwBTfQcAW30HAKx9BwC8fQcABX4HABN+BwBefgcAb34HALd+BwDDfgcAEH8HABh/BwBrpRQAb38HAMJ/BwDKfwcAG4AHACKABwB0gAcAgoAHAM2ABwDTgAcAJoEHADKBBwB/gQcAjoEHANiBBwDigQcAMYIHADaCBwCKggcAkIIHAOOCBwD3ggcAPIMHAESDBwCVgwcAv4MHAO6DBwD3gwcAR4QHAFSEBwCghAcAroQHAPmEBwAMhQcAUoUHAG6FBwDEpRQAsIUHAASGBwARhgcAXYYHAGqGBwC2hgcAwoYHAA+HBwAehwcAaIcHAHKHBwDBhwcAz4cHABqIBwAfiAcAc4gHAICIBwDMiAcA1IgHAB2mFAAxiQcAfokHAI6JBwDXiQcA4IkHADCKBwAzigcAiYoHAJWKBwDiigcA6YoHAHamFABliwcAlIsHAJ2LBwDtiwcA+osHAEaMBwBUjAcAn4wHALKMBwD4jAcAFI0HAM+mFABfjQcAqo0HAMCNBwADjgcAD44HAFyOBwBjjgcAtY4HAL2OBwAOjwcAE48HAGePBwBwjwcAwI8HAMqPBwAopxQAGpAHAHKQBwB+kAcAy5AHANGQBwAkkQcAJpEHAH2RBwCHkQcA1pEHAOSRBwAvkgcANJIHAIiSBwCVkgcA4ZIHAOmSBwA6kwcARJMHAJOTBwChkwcA7JMHAAKUBwBFlAcAUZQHAJ6UBwCllAcA95QHAP+UBwBQlQcAVZUHAKmVBwCylQcAApYHAAyWBwCBpxQAYZYHALSWBwC6lgcADZcHABKXBwBmlwcAbJcHANqnFADElwcAGJgHACWYBwBxmAcAfpgHAMqYBwDWmAcAI5kHADKZBwB8mQcAhpkHANWZBwDjmQcALpoHADOaBwCHmgcAlJoHAOCaBwDomgcA5agUAEebBwCSmwcAqJsHAOubBwD3mwcARJwHAEmcBwCdnAcAppwHAPacBwAAnQcAPqkUAFudBwConQcAuZ0HAAGeBwANngcAWp4HAGmeBwCzngcAvZ4HAAyfBwAanwcAZZ8HAGqfBwC+nwcAy58HABegBwAhoAcAcKAHACOgBwBDpAcAfqAHAMmgBwDfoAcAIqEHAC6hBwB7oQcAgKEHANShBwDdoQcALaIHADeiBwCGogcAkqIHAN+iBwDlogcAOKMHAD6jBwCRowcAlqMHAOqjBwDwowcAl6kUAEmkBwCcpAcAoqQHAPWkBwD6pAcATqUHAFSlBwDwqRQAtaUHAACmBwAWpgcAWaYHAGWmBwCypgcAt6YHAAunBwAUpwcAZKcHAG6nBwC9pwcAyacHABaoBwApqAcAb6gHAH6oBwDIqAcA1KgHACGpBwAiqQcAeqkHAISpBwDTqQcA4akHACyqBwAxqgcAhaoHAJKqBwBJqhQA7aoHADerBwBXqwcAkKsHAJyrBwDpqwcA86sHAEKsBwBHrAcAm6wHAJysBwD0rAcAAK0HAE2tBwBarQcApq0HALKtBwD/rQcAEq4HAFiuBwBnrgcAsa4HAL2uBwAKrwcAC68HAGOvBwBtrwcAvK8HAMqvBwAVsAcAGrAHAG6wBwB7sAcAoqoUAOOwBwD7qhQAJrEHAHmxBwB/sQcA0rEHANexBwArsgcAMbIHAFSrFACJsgcA3bIHAOCyBwA2swcAQrMHAI+zBwCVswcA6LMHAAO0BwBBtAcATbQHAJq0BwCgtAcA87QHAPW0BwBMtQcAZ7UHAKW1BwCntQcA/rUHAAy2BwBXtgcAaLYHALC2BwCytgcACbcHACK3BwBitwcAc7cHALu3BwDHtwcAX6wUAB64BwBtuAcAe7gHAMa4BwDcuAcAH7kHACu5BwB4uQcAfbkHANG5BwDauQcAKroHADS6BwCDugcAi7oHANy6BwDhugcANbsHAES7BwCOuwcAnbsHAOe7BwDwuwcAQLwHAEa8BwCZvAcAn7wHAPK8BwD+vAcAS70HAFK9BwCkvQcArL0HAP29BwD/vQcAVr4HAGa+BwCvvgcAub4HAAi/BwAUvwcAYb8HAGe/BwC6vwcAwr8HALisFAAfwAcAbMAHAH3ABwDFwAcA0cAHAB7BBwAtwQcAd8EHAIHBBwDQwQcA3sEHACnCBwAuwgcAgsIHAI/CBwDbwgcA48IHADTDBwA+wwcA49sHAEDDBwCNwwcAk8MHAObDBwDswwcAP8QHAETEBwCYxAcAnsQHABGtFAD9xAcASsUHAFDFBwCjxQcAvsUHAPzFBwAIxgcAVcYHAFvGBwCuxgcAtsYHAAfHBwAKxwcAYMcHAGzHBwC5xwcAyscHABLIBwAeyAcAa8gHAHrIBwDEyAcAzsgHAB3JBwAryQcAdskHAHvJBwDPyQcA3MkHACjKBwAwygcAgcoHAIvKBwDaygcA6MoHADPLBwBJywcAjMsHAJjLBwDlywcA6ssHAD7MBwBHzAcAl8wHAKHMBwAcrhQA9swHAEnNBwBPzQcAos0HAK7NBwD7zQcACM4HAFTOBwBezgcArc4HALXOBwAGzwcAEM8HAF/PBwBkzwcAuM8HALnPBwAR0AcAFtAHAGrQBwB70AcAw9AHAMjQBwAc0QcAM9EHAHXRBwCJ0QcAztEHAOrRBwAn0gcAL9IHAHWuFACI0gcA2dIHAOPSBwAy0wcARtMHAIvTBwCM0wcA5NMHAPDTBwA91AcAWdQHAJbUBwCe1AcAzq4UAPjUBwBI1QcAVtUHAKHVBwBX1QcAiWgMAGHVBwDcuQ8Aq9UHAPrVBwD81QcAU9YHAGzWBwCs1gcAvdYHAAXXBwAR1wcAXtcHAGbXBwAnrxQAw9cHABDYBwAW2AcAadgHAITYBwDC2AcAztgHABvZBwAh2QcAdNkHAHfZBwDN2QcA1dkHACbaBwA22gcAf9oHAITaBwDY2gcA4doHADHbBwA+2wcAitsHAJHbBwCArxQA8dsHADzcBwBS3AcAldwHAKHcBwDu3AcA89wHAEfdBwBQ3QcAoN0HAKrdBwD53QcAFd4HAFLeBwBa3gcA2a8UALDeBwAE3wcADN8HAF3fBwBf3wcAtt8HANHfBwAP4AcAEeAHAGjgBwB24AcAweAHANLgBwAa4QcAHOEHAHPhBwCM4QcAzOEHAN3hBwAl4gcAMeIHAH7iBwCG4gcAMrAUAOPiBwAw4wcANuMHAInjBwCk4wcA4uMHAO7jBwA75AcAQeQHAJTkBwCX5AcAi7AUAArlBwBG5QcAR+UHAJ/lBwCu5QcA+OUHAP3lBwBR5gcAXuYHAKrmBwC35gcAA+cHAA/nBwBc5wcAa+cHALXnBwC/5wcADugHABzoBwBn6AcAbOgHAMDoBwDN6AcAGekHACXpBwBy6QcAeOkHAMvpBwCF6QcAWf8HANHpBwAk6gcAKeoHAH3qBwCD6gcA5LAUANvqBwAv6wcAT+sHAD2xFACO6wcA4esHAOnrBwBsGQgA6usHADrsBwBH7AcAlrEUAJ/sBwDs7AcA7uwHAEXtBwBU7QcAnu0HAKntBwD37QcA+e0HAFDuBwBp7gcAqe4HALruBwAC7wcADu8HAFvvBwBn7wcAtO8HAMfvBwAN8AcAHPAHAGbwBwBy8AcAv/AHAMDwBwAY8QcAIvEHAHHxBwB/8QcAyvEHAM/xBwAj8gcAMPIHAO+xFACJ8gcA1fIHAOnyBwAu8wcASvMHAIfzBwCj8wcASLIUAO/zBwA59AcAOvQHAJL0BwCh9AcA6/QHAPD0BwBE9QcAUfUHAJ31BwCq9QcA9vUHAAL2BwBP9gcAXvYHAKj2BwCy9gcAAfcHAA/3BwBa9wcAX/cHALP3BwDA9wcADPgHABz4BwBl+AcAZ/gHAL74BwDM+AcAF/kHACj5BwChshQAd/kHAPqyFADO+QcAIvoHAC/6BwB7+gcAiPoHANT6BwDa+gcALfsHADn7BwCG+wcAlvsHAN/7BwDo+wcAOPwHADv8BwCR/AcAnfwHAOr8BwDx/AcAU7MUAE/9BwCc/QcArP0HAPX9BwD+/QcATv4HAFH+BwCn/gcAs/4HAAD/BwAH/wcArLMUAGj/BwCy/wcAvv8HAAsACAAMAAgAZAAIAG4ACAC9AAgAywAIABYBCAAbAQgAbwEIAHwBCAAFtBQAzQEIACECCAAwAggAegIIAJoCCADTAggA3wIIACwDCAA2AwgAhQMIAI0DCADeAwgA6gMIADcECAA9BAgAkAQIAJYECADpBAgA7gQIAEIFCABIBQgAELUUAKAFCAD0BQgA/QUIAE0GCABeBggApgYIAK0GCAD/BggABwcIAFgHCABlBwgAsQcIALYHCAAKCAgAFAgIAGMICABrCAgAvAgIAMsICAAVCQgAGgkIAG4JCAB7CQgAxwkIANQJCAAgCggALAoIAHkKCACICggA0goIANwKCAArCwgAMwsIAIQLCACOCwgA3QsIAOILCAA2DAgAPgwIABu2FACUDAgA6AwIAOsMCABBDQgASw0IAHS2FACgDQgA8w0IAPgNCABMDggAbA4IAM22FACrDggA/g4IAAEPCABXDwgAWQ8IALAPCADLDwgACRAIAAsQCABiEAgAcBAIALsQCADMEAgAFBEIABYRCABtEQgAhhEIAMYRCADXEQgAHxIIACsSCAAmtxQAiBIIANESCADxEggAKhMIACwTCACDEwgAjxMIABMuEgCSEwgAXygIAJ8TCABHNggArxMIANwTCADfEwgANRQIAEQUCACOFAgAkxQIAOcUCAD0FAgAQBUIAE0VCACZFQgApRUIAPIVCAABFggASxYIAFUWCACkFggAshYIAP0WCAACFwgAVhcIAGMXCACvFwgAuxcIAAgYCAAOGAgAYRgIAGcYCAC6GAgAvxgIABMZCAAZGQgAf7cUAIIZCADFGQgAxxkIAB4aCAAyGggAdxoIAH8aCADQGggA3RoIACkbCAAuGwgAghsIAIwbCADbGwgA4xsIADQcCABNHAgAjRwIAJkcCADmHAgA7hwIANi3FABaHQgAmB0IAJodCADxHQgA/x0IAEoeCABbHggAox4IAKUeCAD8HggAFR8IAFUfCABmHwgArh8IALofCAAxuBQADCAIAGAgCABpIAgAuSAIAMogCAASIQgAGSEIAGshCABzIQgAxCEIANEhCAAdIggAIiIIAHYiCACAIggAzyIIANciCAAoIwgAQSMIAIEjCACNIwgA2iMIAOIjCADjuBQANiQIAIwkCACWJAgA5SQIAOckCAA+JQgAVyUIAJclCACoJQgA8CUIAP4lCABJJggATCYIAKImCACtJggA+yYIAAcnCABUJwgAWycIADy5FACuJwgABigIACEoCACVuRQAZCgIALgoCADFKAgAESkIAB4pCABqKQgAdikIAMMpCADSKQgAHCoIACYqCAB1KggAgyoIAM4qCADTKggAJysIADQrCACAKwgAjCsIANkrCADfKwgAMiwIADgsCACLLAgAkCwIAOQsCADqLAgA7rkUAEotCACWLQgAmC0IAO8tCAAILggASC4IAFkuCAChLggArS4IAPouCAACLwgA+boUAFgvCACsLwgAtC8IAAUwCAAeMAgAXjAIAGMwCAC3MAgAvDAIABAxCAAaMQgAaTEIAGwxCADCMQgAzDEIABsyCAAhMggAdDIIAHYyCADNMggAzjIIACYzCAAuMwgAfzMIAI8zCADYMwgA3jMIADE0CAA2NAgAijQIAKA0CADjNAgA6zQIADw1CABmNQgAlTUIALg1CADuNQgADTYIAFK7FABPNggAq7sUALE2CAD5NggABzcIAFI3CABeNwgAqzcIALg3CAAEOAgADjgIAF04CABlOAgAtjgIAME4CAAPOQgAETkIAGg5CABrOQgAwTkIAMk5CAAaOggAIDoIAHM6CAB8OggAzDoIANk6CAAEvBQAKjsIAH47CACHOwgA1zsIAOE7CAAwPAgAODwIAIk8CACOPAgA4jwIAPI8CAA7PQgAQz0IAJQ9CACWPQgA7T0IAAg+CABGPggASD4IAJ8+CACtPggA+D4IAAk/CABRPwgAUz8IAKo/CADDPwgAA0AIABRACABcQAgAaEAIALVACAC9QAgAXbwUABRBCABnQQgAbEEIAMBBCADgQQgAtrwUAB9CCAByQggAdUIIAMtCCADTQggAJEMIAC5DCAB9QwgAgkMIANZDCADeQwgAL0QIADlECACIRAgAikQIAOFECADyRAgAOkUIAFpFCACTRQgAm0UIAOxFCAD2RQgARUYIAEpGCAAPvRQAskYIAPdGCAD/RggAUEcIAFVHCACpRwgAuUcIAAJICAAKSAgAW0gIAGVICAC0SAgAv0gIAA1JCAAZSQgAZkkIAG5JCABovRQAy0kIABhKCAAkSggAcUoIAHhKCADKSggA0koIACNLCAA8SwgAfEsIAIJLCADVSwgA2ksIAC5MCABOTAgAwb0UAI1MCADgTAgA40wIABq+FAA7TQgAkk0IAEdNCABcuRMAlU0IAOtNCAD1TQgARE4IAFJOCACdTggArE4IAPZOCAD5TggAT08IAA5PCABdkQgAEk8IAEBuCABbTwgAqE8IAKpPCAABUAgAB1AIAFpQCABpUAgAs1AIAL5QCAAMUQgAFFEIAB3UCAAmUQgAZVEIAHFRCAC+UQgA0VEIABdSCAAmUggAcFIIAHxSCADJUggAylIIACJTCAAsUwgAe1MIAIlTCADUUwgA2VMIAC1UCAA6VAgAc74UAKBUCADfVAgA7lQIADhVCAA9VQgAkVUIAJ5VCADqVQgA91UIAENWCABPVggAnFYIAKtWCAD1VggA/1YIAE5XCABcVwgAp1cIAKxXCAAAWAgADVgIAFlYCABlWAgAslgIALhYCAALWQgAEVkIAGRZCABpWQgAvVkIAMNZCADMvhQAF1oIAG9aCAAfWggA6SULACNaCACTDQsAJVoIAKLYCAA2WggAi7sVAHtaCADIWggAzloIAIewCQDVWggAIVsIACRbCAB6WwgAhlsIANNbCADVWwgALFwIADJcCACFXAgAlFwIAN5cCADpXAgAN10IADhdCACQXQgApF0IAOldCAADXggAQl4IAE5eCACbXggArl4IAPReCAADXwgATV8IAFlfCACmXwgAp18IAP9fCAAJYAgAWGAIAGZgCACxYAgAtmAIAAphCAAXYQgAJb8UAH1hCAC8YQgAy2EIABViCAAaYggAbmIIAHtiCADHYggA1GIIACBjCAAsYwgAeWMIAIhjCADSYwgA3GMIACtkCAA5ZAgAhGQIAIlkCADdZAgA6mQIADZlCABCZQgAj2UIAJVlCADoZQgA7mUIAEFmCABGZggAmmYIAKBmCAB+vxQAAWcIAExnCABnZwgApWcIALNnCAD+ZwgAC2gIAFdoCABuaAgAsGgIAL9oCAAJaQgADmkIAGJpCABvaQgAu2kIAMhpCAAUaggAIGoIAG1qCAB8aggAxmoIANBqCAAfawgALWsIAHhrCAB9awgA0WsIAN5rCAAqbAgALWwIAINsCACPbAgA3GwIAOJsCAA1bQgAO20IAI5tCACTbQgA520IAO1tCADXvxQAXG4IADDAFACfbggA8m4IAPRuCABLbwgAWG8IAKRvCACnbwgA/W8IAP5vCABWcAgAW3AIAK9wCAC1cAgACHEIABJxCABhcQgAfXEIALpxCADWcQgAicAUABlyCABscggAbnIIAMVyCADScggAHnMIACFzCAB3cwgAeHMIANBzCADVcwgAKXQIAC90CACCdAgAjHQIANt0CAD3dAgANHUIAFB1CADiwBQAk3UIAOZ1CADsdQgAP3YIAER2CACYdggAnnYIADvBFADzdggASncIAFh3CACjdwgAtHcIAEbCFAADeAgAn8IUAFp4CACueAgAtngIAAd5CAAMeQgAYHkIABZ5CAA8jggAYXkIALl5CADFeQgAEnoIAB96CABreggAc3oIAMR6CADOeggAHXsIACx7CAB2ewgAd3sIAM97CADXewgAKHwIADd8CACBfAgAhnwIANp8CADnfAgAM30IAEB9CACMfQgAmH0IAOV9CAD0fQgAPn4IAEh+CACXfggApX4IAPB+CAD1fggASX8IAFZ/CACifwgAqn8IAPt/CAAFgAgAVIAIAFmACACtgAgAtYAIAFHDFAALgQgAX4EIAGiBCACWhggAbIEIALiBCADFgQgAEYIIAB2CCABqgggAeYIIAMOCCADNgggAHIMIACqDCAB1gwgAeoMIAM6DCADbgwgAJ4QIAC+ECACqwxQAjIQIANmECADphAgAMoUIADuFCACLhQgAjoUIAOSFCADwhQgAPYYIAESGCAADxBQAp4YIAO+GCAD2hggASIcIAFWHCAChhwgAwIcIAPqHCAAEiAgAU4gIAFuICACsiAgAu4gIAAWJCAAKiQgAXokIAGuJCAC3iQgAxIkIABCKCAAciggAaYoIAHiKCADCiggAzIoIABuLCAAjiwgAdIsIAH6LCADNiwgA0osIACaMCAAujAgAXMQUAIuMCADYjAgA3owIADGNCABMjQgAio0IAJaNCADjjQgA6Y0IALXEFABBjggAlY4IAKKOCADujggA+44IAEePCABTjwgAoI8IAK+PCAD5jwgAA5AIAA7FFABckAgAq5AIALCQCAAEkQgADJEIAGfFFABnkQgAtpEIALyRCAAPkggAEZIIAGiSCAB1kggAwZIIAMSSCAAakwgAG5MIAHOTCAB4kwgAzJMIANKTCAAllAgAL5QIAH6UCACYlAgA15QIAOaUCAAwlQgANZUIAImVCACWlQgA4pUIAO+VCAA7lggAR5YIAJSWCACjlggA7ZYIAPeWCABGlwgAVJcIAJ+XCACklwgA+JcIAAWYCABRmAgAW5gIAGaiCABdmAgAqpgIALCYCAADmQgACZkIAFyZCABhmQgAtZkIALuZCADAxRQAE5oIAGeaCAB0mggAwJoIAM2aCAAZmwgAJZsIAHKbCACBmwgAy5sIANWbCAAknAgAMpwIAH2cCACCnAgA1pwIAOOcCAAvnQgAN50IAMvGFACOnQgA4Z0IAOedCAA6nggAP54IAJOeCACZnggAJMcUAO6eCABFnwgATp8IAJ6fCAChnwgA958IAAOgCABQoAgAV6AIAKmgCACxoAgAAqEIABuhCABboQgAb6EIALShCADQoQgADaIIABWiCADWxxQAdKIIAL+iCADVoggAGKMIACSjCABxowgAdqMIAMqjCADTowgAI6QIAC2kCAB8pAgAmKQIANWkCADdpAgAL8gUADOlCACHpQgAlKUIAOClCADtpQgAOaYIAEWmCACSpggAoaYIAOumCAD1pggARKcIAFKnCACdpwgAoqcIAPanCAADqAgAT6gIAFeoCACIyBQAtqgIAAGpCAAXqQgAWqkIAGapCACzqQgAuKkIAAyqCAAVqggAZaoIAG+qCAC+qggAxqoIABerCAAmqwgAcKsIAHKrCADJqwgA0qsIACKsCAAlrAgAe6wIAIesCADUrAgA26wIAC2tCAA1rQgAhq0IAJ+tCADfrQgA860IADiuCABUrggAka4IAJmuCADhyBQA764IAEOvCABQrwgAnK8IAKmvCAD1rwgAAbAIAE6wCABdsAgAp7AIALGwCAAAsQgACrEIAFmxCABnsQgAsrEIAMixCAALsggAF7IIAGSyCABpsggAvbIIAMayCAAWswgAILMIAG+zCAB7swgAyLMIAM6zCAAhtAgAJ7QIAHq0CAB/tAgA07QIANm0CAA6yRQAOLUIAIW1CACJtQgA3rUIAO21CAA3tggAPLYIAJC2CACdtggA6bYIAPa2CABCtwgATrcIAJu3CACqtwgA9LcIAP63CABNuAgAW7gIAKa4CACruAgA/7gIAAy5CABYuQgAZLkIALG5CAC3uQgACroIABC6CABjuggAaLoIALy6CADCuggAk8kUABq7CABuuwgAM7sIAPW5EQB1uwgAx7sIANO7CAAgvAgAIrwIAHm8CAAjvAgAYsIIAJS8CADSvAgA1LwIACu9CAA5vQgAhL0IAJW9CADdvQgA370IADa+CABPvggAj74IAKC+CADovggA9L4IAEG/CABNvwgAmr8IAK2/CADzvwgAAsAIAEzACABYwAgApcAIAKbACAD+wAgACMEIAFfBCABlwQgAsMEIALXBCAAJwggAFsIIAOzJFABkwggAu8IIANbCCAAUwwgAFsMIAG3DCAB7wwgAxsMIANfDCAAfxAgAIcQIAHjECACRxAgA0cQIAOLECAAqxQgANsUIAIPFCACPxQgA3MUIAO/FCAA1xggARMYIAI7GCACaxggA58YIAOjGCABAxwgASscIAJnHCACnxwgA8scIAPfHCABLyAgAWMgIAPfKFACpyAgA/cgIAAXJCABWyQgAWMkIAK/JCADAyQgACMoIABbKCABhyggAfMoIALrKCADGyggAE8sIABvLCAACzBQAccsIAMXLCADMywgAHswIACrMCAB3zAgAeswIANDMCADYzAgAKc0IADnNCACCzQgAh80IANvNCADkzQgANM4IAEHOCACNzggAlM4IAObOCADuzggAW8wUAEzPCACYzwgAoM8IAPHPCAAF0AgAStAIAE/QCACj0AgArNAIAPzQCAAC0QgAVdEIAF3RCACu0QgAvdEIAAfSCAAY0ggAYNIIAGnSCAC50ggAvNIIABLTCAAc0wgAa9MIAHfTCADE0wgAytMIALTMFAAq1AgAdtQIAHvUCADP1AgA1tQIACjVCAA01QgAgdUIAInVCAANzRQA9dUIADPWCAA11ggAjNYIAJrWCADl1ggA9tYIAD7XCABA1wgAl9cIALDXCADw1wgAAdgIAEnYCABV2AgAZs0UALHYCAD72AgABNkIAFTZCABa2QgArdkIALPZCAAG2ggAEtoIAF/aCABm2ggAuNoIAMDaCAAR2wgAFdsIAGrbCAB12wgAw9sIANHbCAAc3AgALdwIAHXcCACB3AgAztwIANbcCAC/zRQAKt0IAIDdCACK3QgA2d0IANvdCAAy3ggAS94IAIveCACc3ggA5N4IAPLeCAA93wgAQN8IAJbfCACh3wgA798IAP3fCABI4AgAVeAIAKHgCAC44AgA+uAIAALhCABT4QgAVeEIAKzhCAC04QgABeIIABTiCABe4ggAY+IIALfiCADE4ggAEOMIAB3jCABp4wgAdeMIAMLjCADR4wgAG+QIACXkCAB05AgAguQIAM3kCADS5AgAJuUIADPlCAB/5QgAh+UIANjlCADi5QgAMeYIADbmCACK5ggAkuYIAOPmCADm5ggAPOcIAFnnCACV5wgApucIAO7nCAD25wgAR+gIAEroCACg6AgArOgIAPnoCAD/6AgAUukIAG3pCACr6QgAt+kIAATqCAAK6ggAGM4UAGzqCAC26ggAt+oIAA/rCABJ6wgAaOsIAHbrCADB6wgAwusIABrsCAAi7AgAc+wIAILsCADM7AgA0ewIACXtCAAy7QgAfu0IAIvtCADX7QgA4+0IADDuCAA/7ggAie4IAJPuCADi7ggA8O4IADvvCABA7wgAlO8IAKHvCADt7wgA9e8IAEbwCABQ8AgAn/AIAKTwCAD48AgAAPEIAFHxCABb8QgAqvEIALXxCAAD8ggAD/IIAFzyCABk8ggAcc4UALryCAAO8wgAEfMIAGfzCABx8wgAwPMIAMjzCADKzhQAJ/QIAHL0CACI9AgAy/QIANf0CAAk9QgAKfUIAH31CACG9QgA1vUIAOD1CAAv9ggAN/YIAIj2CACU9ggA4fYIAPT2CAA69wgAO/cIAJP3CACh9wgA7PcIAPL3CABF+AgAUfgIAJ74CACl+AgAI88UAPj4CABQ+QgAXPkIAKn5CAC2+QgAAvoIAAr6CABb+ggAZfoIALT6CADD+ggADfsIAA77CABm+wgAbvsIAL/7CADO+wgAGPwIAB38CABx/AgAfvwIAMr8CADX/AgAI/0IAC/9CAB8/QgAi/0IANX9CADf/QgALv4IADz+CACH/ggAjP4IAOD+CADt/ggAOf8IAEH/CACS/wgAlv8IAOv/CAD5/wgARAAJAE4ACQCdAAkAqAAJAPYACQD+AAkATwEJAFoBCQCoAQkArQEJAAECCQAEAgkAWgIJAGQCCQCzAgkAuwIJAAwDCQArAwkAfM8UAHQDCQC+AwkAvwMJABcECQAfBAkAcAQJAHEECQDJBAkAzwQJACIFCQAnBQkAewUJAJYFCQDUBQkA4gUJAC0GCQA0BgkAhgYJAJIGCQDfBgkA5QYJADgHCQBUBwkAkQcJAJkHCQDVzxQA8AcJAEMICQBJCAkAnAgJAKEICQD1CAkA+wgJAC7QFABTCQkApwkJAK4JCQAACgkADAoJAFkKCQBhCgkA4NAUAMUKCQALCwkAPgsJAGQLCQBmCwkAbwwJAJwLCQC9CwkA4gsJABYMCQAdDAkAktEUAFIMCQA50RQAfwwJAMgMCQAEDQkA69EUADINCQB6DQkAgg0JANMNCQDWDQkALA4JADgOCQCFDgkAiw4JAN4OCQD5DgkANw8JAEMPCQCQDwkAlg8JAOkPCQDxDwkAQhAJAF4QCQCbEAkAoxAJAETSFAADEQkATREJAE4RCQCmEQkArhEJAP8RCQAAEgkAWBIJAF4SCQCxEgkAthIJAAoTCQAlEwkAYxMJAHETCQC8EwkAwxMJABUUCQAhFAkAbhQJAHQUCQDHFAkA4xQJACAVCQAoFQkAndIUAH8VCQDSFQkA2BUJACsWCQAwFgkAhBYJAIoWCQD20hQA4hYJADYXCQA9FwkAjxcJAJsXCQDoFwkA8BcJAKjTFABUGAkAmhgJAM0YCQDzGAkA9RgJAP4ZCQArGQkATBkJAHEZCQClGQkArBkJAFrUFADhGQkAAdQUAA4aCQBXGgkAkxoJALPUFACyGgkACRsJAAobCQBiGwkAbBsJALsbCQDJGwkAFBwJAC8cCQBtHAkAeRwJAMYcCQDOHAkADNUUACsdCQB4HQkAfh0JANEdCQDsHQkAKh4JADYeCQCDHgkAiR4JANweCQDkHgkANR8JAEMfCQCOHwkAkR8JAOcfCQDvHwkAQCAJAEkgCQCZIAkApiAJAPIgCQD0IAkASyEJAGYhCQCkIQkApiEJAP0hCQALIgkAViIJAGciCQCvIgkAsSIJAAgjCQAhIwkAYSMJAHIjCQC6IwkAxiMJABMkCQAbJAkAZdUUAHIkCQDFJAkAzSQJAB4lCQAlJQkAdyUJAHwlCQDQJQkA3CUJACkmCQAsJgkAgiYJAIomCQDbJgkA6CYJADQnCQA5JwkAjScJAJcnCQDmJwkA7icJAD8oCQBLKAkAmCgJAKsoCQDxKAkA/ygJAEopCQBNKQkAoykJAK0pCQC+1RQA/ykJAFUqCQBdKgkArioJALEqCQAHKwkAEysJAGArCQBmKwkAuSsJANQrCQASLAkAHiwJAGssCQBxLAkAxCwJAMwsCQAdLQkAKy0JAHYtCQB5LQkAzy0JANctCQAoLgkAMS4JAIEuCQCOLgkA2i4JANwuCQAzLwkATi8JAIwvCQCOLwkA5S8JAPMvCQA+MAkATzAJAJcwCQCZMAkA8DAJAAkxCQBJMQkAWjEJAKIxCQCuMQkA+zEJAAMyCQAX1hQAWjIJAK0yCQC1MgkABjMJAA0zCQBfMwkAZDMJALgzCQDEMwkAETQJABQ0CQBqNAkAcjQJAMM0CQDQNAkAHDUJACE1CQB1NQkAfzUJAM41CQDWNQkAJzYJADM2CQCANgkAkzYJANk2CQDnNgkAMjcJADU3CQCLNwkAlTcJAHDWFADnNwkAPTgJAEk4CQCWOAkAnDgJAO84CQAKOQkASDkJAFQ5CQChOQkApzkJAPo5CQACOgkAUzoJAGE6CQCsOgkArzoJAAU7CQANOwkAXjsJAGc7CQC3OwkAxDsJABA8CQASPAkAaTwJAIQ8CQDCPAkAxDwJABs9CQApPQkAdD0JAIU9CQDNPQkAzz0JACY+CQA/PgkAfz4JAJA+CQDYPgkA5D4JADE/CQA5PwkAydYUAJA/CQDjPwkA6z8JADxACQBDQAkAlUAJAJpACQDuQAkA+kAJAEdBCQBKQQkAoEEJAKhBCQD5QQkABkIJAFJCCQBXQgkAq0IJALVCCQAEQwkADEMJAF1DCQBpQwkAtkMJAMlDCQAPRAkAHUQJAGhECQBrRAkAwUQJAMtECQAi1xQAIkUJAHvXFACBRQkAzEUJAN1FCQAlRgkAMUYJAH5GCQCGRgkA1NcUANxGCQAwRwkAOkcJAIlHCQCRRwkA4kcJAPJHCQA7SAkAQEgJAJRICQCdSAkA7UgJAPpICQBGSQkATUkJAC3YFAChSQkA+EkJAKRJCQA5YwoAqEkJAEGzDwCrSQkA+4kRAK1JCQBt2QoAAkoJAD1CEgAJSgkAUUoJAGJKCQCqSgkAuEoJAANLCQAfSwkAXEsJAHhLCQCG2BQAw0sJAA5MCQAbTAkAZ0wJAH5MCQDATAkAzEwJABlNCQAfTQkAck0JAHhNCQDLTQkA0E0JACROCQAqTgkA39gUAJNOCQDWTgkA5U4JAC9PCQACTwkAZlQJADFPCQCITwkAl08JAOFPCQDsTwkAOlAJAEZQCQCTUAkAllAJAOxQCQCaUAkAe14JAK9QCQDgVwkA+FAJAEVRCQBLUQkAnlEJALlRCQD3UQkAA1IJAFBSCQBWUgkAqVIJALVSCQACUwkACFMJAFtTCQBhUwkAtFMJALlTCQANVAkAE1QJADjZFABpVAkAv1QJANtUCQAYVQkAIFUJAEPaFAB9VQkAylUJANBVCQAjVgkAPlYJAHxWCQCIVgkA1VYJANtWCQAuVwkANlcJAIdXCQCoVwkAnNoUAOhXCQD12hQAPlgJAJJYCQCfWAkA61gJAPhYCQBEWQkAUFkJAJ1ZCQCsWQkA9lkJAABaCQBPWgkAV1oJAKhaCQCyWgkAAVsJAA9bCQBaWwkAcFsJALNbCQC/WwkADFwJABFcCQBlXAkAblwJAL5cCQDIXAkAF10JAB9dCQBwXQkAel0JAMldCQDOXQkAIl4JACpeCQBO2xQAh14JANReCQDnXgkALV8JADxfCQCGXwkAkl8JAN9fCQDgXwkAOGAJAEJgCQCRYAkAn2AJAOpgCQDvYAkAQ2EJAFBhCQCn2xQAp2EJAPVhCQABYgkATmIJAFRiCQCnYgkAs2IJAABjCQAIYwkAstwUAFxjCQCyYwkAumMJAAtkCQAYZAkAZGQJAGlkCQC9ZAkAxWQJABZlCQAYZQkAb2UJAIplCQDIZQkAymUJACFmCQAvZgkAemYJAItmCQDTZgkA1WYJACxnCQBFZwkAhWcJAJZnCQDeZwkA6mcJADdoCQA/aAkAC90UAJVoCQDpaAkA9mgJAEJpCQBPaQkAm2kJAKdpCQD0aQkAA2oJAE1qCQBXagkApmoJALRqCQD/agkABGsJAFhrCQBlawkAsWsJALlrCQAKbAkADGwJAGNsCQBtbAkAvGwJAMRsCQBk3RQAIG0JAG5tCQB8bQkAx20JAMptCQAgbgkAKG4JAHluCQCPbgkA0m4JANduCQArbwkAQW8JAIRvCQCQbwkA3W8JAOpvCQA2cAkAQHAJAL3dFACRcAkA6HAJAPZwCQBBcQkAUnEJABbeFACgcQkA83EJAP9xCQBv3hQATnIJAKVyCQCrcgkA/nIJAB5zCQBXcwkAY3MJALBzCQC3cwkACXQJABF0CQBidAkAaXQJALt0CQDHdAkAFHUJABZ1CQBtdQkAdHUJAMjeFADJdQkAH3YJACd2CQB4dgkAiHYJANF2CQDTdgkAKncJADh3CQCDdwkAlHcJACHfFADjdwkAet8UAEJ4CQCOeAkAlXgJAOd4CQDveAkAQHkJAE55CQCZeQkAnHkJAPJ5CQD6eQkAS3oJAFJ6CQCkegkAsnoJAP16CQAAewkAVnsJAFh7CQCvewkAyHsJAAh8CQAZfAkAYXwJAG18CQC6fAkAwXwJABN9CQAbfQkAbH0JAHV9CQDFfQkA0n0JAB5+CQAofgkAd34JAIV+CQDQfgkA4X4JACl/CQAxfwkAgn8JAIx/CQDbfwkA6X8JADSACQBKgAkAjYAJAJmACQDmgAkA7YAJAD+BCQBHgQkAmIEJAJ6BCQDxgQkA/YEJAEqCCQBUggkAo4IJAKmCCQD8ggkAEIMJACzgFABjgwkAroMJAMeDCQAHhAkAHYQJAGCECQBvhAkAuYQJANOECQAShQkAFYUJAEmKCQAdhQkAgI8JACGFCQBrhQkAcIUJAMSFCQDRhQkAHYYJACqGCQB2hgkAgoYJAM+GCQDehgkAKIcJADKHCQCBhwkAj4cJANqHCQDfhwkAM4gJAECICQCMiAkAmIgJAOWICQDriAkAPokJAESJCQCXiQkAnIkJAPCJCQD2iQkAheAUAFWKCQCiigkAqIoJAPuKCQAWiwkAVIsJAGCLCQCtiwkAs4sJAAaMCQANjAkAX4wJAGSMCQAcjgkAa4wJALiMCQC6jAkAEY0JABiNCQBqjQkAho0JAMONCQDLjQkAkOEUACCOCQB1jgkAgo4JAM6OCQDqjgkAJ48JAC+PCQDp4RQAhY8JANmPCQDcjwkAMpAJADyQCQCLkAkAnJAJAOSQCQDpkAkAPZEJAEKRCQCWkQkAtpEJAELiFADwkQkASJIJAFSSCQChkgkAp5IJAPqSCQAAkwkAU5MJAFiTCQCskwkAspMJAJviFAAGlAkAXpQJAGqUCQC3lAkAxJQJABCVCQAYlQkAaZUJAHKVCQDClQkAz5UJABuWCQAplgkAdJYJAIeWCQDNlgkA1ZYJACaXCQAplwkAf5cJAISXCQDYlwkA55cJADGYCQBRmAkAipgJAJaYCQDjmAkA7ZgJAKbjFABGmQkAlZkJAJeZCQDumQkA+JkJAEeaCQBQmgkAoJoJAKOaCQD5mgkAAZsJAFKbCQCLmwkA/+MUALebCQAEnAkAE5wJAF2cCQB9nAkAtpwJAMKcCQAPnQkAFp0JAGidCQBtnQkAwZ0JAMKdCQAangkAJp4JAHOeCQB5ngkAzJ4JAM6eCQAlnwkAL58JAH6fCQCMnwkA158JANyfCQAwoAkAPaAJAImgCQCToAkA4qAJAPCgCQA7oQkAUaEJAJShCQCgoQkA7aEJAPKhCQBGogkAT6IJAJ+iCQCpogkA+KIJAASjCQBRowkAZKMJAKqjCQC5owkAA6QJAA+kCQBcpAkAXaQJALWkCQC/pAkADqUJABylCQBnpQkAbKUJAMClCQDNpQkAWOQUACemCQBypgkAiKYJAMumCQDXpgkAJKcJACunCQB9pwkAhacJANanCQDbpwkAL6gJADioCQCIqAkAkqgJAOGoCQDpqAkAOqkJAD6pCQCTqQkAlakJAOypCQD6qQkARaoJAE+qCQCeqgkArKoJAPeqCQAEqwkAUKsJAGerCQCpqwkAsasJAAKsCQASrAkAW6wJAGCsCQC0rAkAuqwJAA2tCQAVrQkAZq0JAGutCQC/rQkAwK0JABiuCQAkrgkAca4JAHeuCQDKrgkAzK4JACOvCQAtrwkAfK8JAIqvCQDVrwkA2q8JAC6wCQA7sAkAY+UUAImwCQDgsAkA6rAJADmxCQBHsQkAkrEJAJexCQDrsQkA+LEJAESyCQBGsgkArpkLAE6yCQCdsgkAq7IJAPayCQAMswkAT7MJAFuzCQCoswkArbMJAAG0CQAKtAkAWrQJAGS0CQCztAkAv7QJAAy1CQAftQkAZbUJAHS1CQC+tQkAyrUJABe2CQAYtgkAcLYJAHq2CQDJtgkA17YJACK3CQAntwkAe7cJAIi3CQC85RQA3bcJAC24CQA3uAkAhrgJAIi4CQDfuAkA6bgJADi5CQBEuQkAkbkJAJm5CQDH5hQA67kJAEO6CQBPugkAnLoJAKK6CQD1ugkA97oJAE67CQBYuwkAp7sJALW7CQAAvAkABbwJAFm8CQBmvAkAsrwJALq8CQALvQkAFb0JAGS9CQByvQkAvb0JANO9CQAWvgkAIr4JAG++CQB2vgkAyL4JANC+CQAhvwkAJr8JAHq/CQCDvwkA078JAN2/CQAswAkAQcAJAIXACQCOwAkA3sAJAOvACQA3wQkAOcEJAJDBCQCpwQkA6cEJAPrBCQBCwgkATsIJAJvCCQCjwgkAIOcUAPnCCQBNwwkAVcMJAKbDCQC8wwkA/8MJAATECQBYxAkAX8QJALHECQC/xAkACsUJABrFCQBjxQkAd8UJALzFCQDExQkAFcYJACTGCQBuxgkAc8YJAMfGCQDQxgkAIMcJAC3HCQB5xwkAg8cJANLHCQDexwkAK8gJADHICQB55xQAksgJAN3ICQDzyAkANskJAELJCQCPyQkAlMkJAOjJCQDxyQkAQcoJAEvKCQCaygkAosoJAPPKCQD3ygkATMsJAE7LCQClywkAs8sJAP7LCQAIzAkAV8wJAGXMCQCwzAkAvcwJAAnNCQAgzQkAYs0JAGrNCQC7zQkAy80JABTOCQAZzgkAbc4JAHPOCQDGzgkAzs4JAB/PCQA6zwkAeM8JAHrPCQDRzwkA4s8JACrQCQAz0AkAg9AJAI/QCQDS5xQA4dAJADXRCQA40QkAjtEJAJjRCQDn0QkA6dEJAEDSCQBb0gkAmdIJAJvSCQDy0gkAANMJAEvTCQBc0wkApNMJAKbTCQD90wkAFtQJAFbUCQBn1AkAr9QJALvUCQAr6BQAJdUJAGHVCQBy1QkAutUJANbVCQAT1gkAG9YJAIToFABx1gkAxdYJAM3WCQAe1wkAKdcJAHfXCQB81wkA0NcJANPXCQAp2AkAM9gJAILYCQCF2AkA29gJAOPYCQA02QkANtkJAI3ZCQCo2QkA5tkJAOjZCQA/2gkATdoJAJjaCQCp2gkA8doJAPPaCQBK2wkAY9sJAKPbCQC02wkA/NsJAAjcCQBV3AkAXdwJAN3oFAC73AkAB90JAA/dCQBg3QkAat0JALndCQDE3QkAEt4JAB7eCQBr3gkAc94JADbpFADJ3gkAHd8JACLfCQB23wkAh98JAI/pFADc3wkAKOAJACrgCQCB4AkAmuAJANrgCQDr4AkAM+EJAD/hCQCM4QkAlOEJAOjpFADq4QkAPuIJAEbiCQCX4gkApuIJAPDiCQD24gkASeMJAFXjCQCi4wkApOMJAPvjCQAF5AkAVOQJAGDkCQCt5AkAteQJAEHqFAAS5QkAX+UJAGLlCQC45QkAu+UJABHmCQAf5gkAauYJAG/mCQDD5gkA0OYJAJrqFAAt5wkAdecJAH3nCQDO5wkAgucJAIrxCQDY5wkA9rERANnnCQAn6AkALOgJAIDoCQCD6AkA2egJAOPoCQAy6QkAVekJAIvpCQCO6QkA5OkJAAjqCQA96gkAReoJAPPqFACc6gkA7+oJAP3qCQBI6wkAVOsJAKHrCQCo6wkA+usJAALsCQBT7AkAY+wJAKzsCQCx7AkABe0JAAvtCQBe7QkAZu0JALftCQDU7QkAEO4JABnuCQBp7gkAde4JAMLuCQDI7gkAG+8JAC/vCQB07wkAfO8JAM3vCQDd7wkAJvAJACjwCQB/8AkAjfAJANjwCQDp8AkATOsUADjxCQCl6xQAj/EJAOPxCQDq8QkAPPIJAEjyCQCV8gkAmPIJAO7yCQD+8gkAR/MJAEnzCQCg8wkArvMJAPnzCQAK9AkA/usUAFn0CQBX7BQAvvQJAAT1CQAT9QkAXfUJAGn1CQC29QkAt/UJAA/2CQAZ9gkAaPYJAHb2CQDB9gkAxvYJABr3CQAn9wkAsOwUAHj3CQDM9wkA1fcJACX4CQA2+AkAfvgJAIX4CQDX+AkA3/gJADD5CQA9+QkAifkJAI75CQDi+QkA7PkJADv6CQBD+gkAlPoJAJr6CQDt+gkA+foJAEb7CQBI+wkAn/sJAK77CQD4+wkAA/wJAFH8CQBZ/AkAqvwJAKz8CQAD/QkAEP0JAFz9CQBw/QkAtf0JAL39CQAO/gkAHf4JAGf+CQBs/gkAwP4JAM3+CQAZ/wkAI/8JAHL/CQB0/wkAy/8JANr/CQAkAAoALgAKAH0ACgCFAAoA1gAKANcACgAvAQoANAEKAIgBCgCWAQoA4QEKAO4BCgA6AgoARAIKALvtFACWAgoA7AIKAPgCCgDqEgoACAMKAEUDCgBNAwoAFO4UAKMDCgD3AwoA/wMKAFAECgBTBAoAqQQKALUECgACBQoACAUKAFsFCgB2BQoAtAUKAMAFCgANBgoAEwYKAGYGCgBpBgoAvwYKAMcGCgAYBwoAGgcKAHEHCgCMBwoAygcKAMwHCgAjCAoAMQgKAHwICgCNCAoA1QgKANcICgAuCQoARwkKAIcJCgCYCQoA4AkKAOwJCgA5CgoAQQoKAG3uFACXCgoA6woKAPEKCgBECwoATAsKAJ0LCgCsCwoA9gsKAPsLCgBPDAoAXAwKAKgMCgC1DAoAAQ0KAA0NCgBaDQoAaQ0KALMNCgC9DQoADA4KABoOCgBlDgoAag4KAL4OCgDLDgoAxu4UACMPCgBwDwoAdg8KAMkPCgDkDwoAIhAKAC4QCgB7EAoAgRAKANQQCgDXEAoALREKADkRCgCGEQoAjBEKAN8RCgDlEQoAOBIKAD0SCgCREgoAlxIKAB/vFADwEgoAQxMKAEkTCgCcEwoAoRMKAPUTCgD7EwoAeO8UAFMUCgCnFAoAtBQKAAAVCgANFQoAWRUKAGUVCgCyFQoAwRUKAAsWCgAVFgoAZBYKAHIWCgC9FgoAwhYKABYXCgAjFwoAbxcKAIcXCgDIFwoAzhcKACEYCgAtGAoAehgKAIoYCgDTGAoA3BgKACwZCgAvGQoAhRkKAJEZCgDeGQoA5RkKAIPwFAA5GgoAkBoKAJoaCgDpGgoA7BoKAEIbCgBKGwoAmxsKAJ4bCgD0GwoAABwKAE0cCgBTHAoAphwKAMEcCgD/HAoACx0KAFgdCgBeHQoA3PAUANEdCgAKHgoAFR4KAGMeCgBoHgoAvB4KAMUeCgAVHwoAGB8KAG4fCgB6HwoAxx8KANMfCgDnKgoA3x8KACAgCgAnIAoAeSAKAH8gCgDSIAoA4CAKACshCgBGIQoAhCEKAJAhCgDdIQoA4yEKADYiCgBQIgoAjyIKAJsiCgDoIgoA7iIKAEEjCgBHIwoAmiMKAJ8jCgDzIwoA+SMKADXxFABZJAoApSQKALEkCgD+JAoACCUKAFclCgBbJQoAsCUKALUlCgAJJgoADyYKAGImCgCCJgoAuyYKAMcmCgAUJwoAGicKAG0nCgBzJwoAxicKAMsnCgAfKAoAJSgKAOfxFAB9KAoA0SgKANgoCgAqKQoANikKAIMpCgCfKQoA3CkKAOQpCgDy8hQAXioKAI4qCgC0KgoAS/MUAPoqCgBAKwoATysKAJkrCgClKwoA8isKAPMrCgBLLAoAVSwKAKQsCgCyLAoA/SwKAAItCgBWLQoAYy0KAKTzFAC3LQoAr/QUAA0uCgBhLgoAbi4KALouCgDHLgoAEy8KAB8vCgBsLwoAey8KAMUvCgDPLwoAHjAKACwwCgB3MAoAfDAKANAwCgDdMAoAKTEKADExCgAI9RQAjjEKANsxCgDrMQoANDIKAD0yCgCNMgoAkDIKAOYyCgDyMgoAPzMKAEYzCgBh9RQAozMKAPEzCgD9MwoASjQKAFI0CgC69RQAsDQKAPw0CgADNQoAVTUKAFY1CgCuNQoAszUKAAc2CgAVNgoAYDYKAG02CgC5NgoAwzYKABI3CgAaNwoAazcKAHQ3CgDENwoAyjcKAB04CgAuOAoAdjgKAJI4CgDPOAoA1zgKABP2FAAzOQoAgTkKAIs5CgDaOQoA5DkKADM6CgA0OgoAbPYUAJE6CgDlOgoA8joKAD47CgBLOwoAlzsKAKM7CgDwOwoA/zsKAEk8CgBTPAoAojwKAKo8CgD7PAoABT0KAFQ9CgBZPQoArT0KALU9CgDF9hQAET4KAF8+CgBrPgoAuD4KAMA+CgAe9xQAFj8KAGo/CgB5PwoAwz8KAOM/CgAcQAoAKEAKAHVACgB7QAoAzkAKANZACgAnQQoALkEKAIBBCgCCQQoA2UEKAOVBCgAyQgoASEIKAItCCgCQQgoA5EIKAPFCCgB39xQAQkMKAJZDCgClQwoA70MKAA9ECgBIRAoAVEQKAKFECgCnRAoA+kQKAAJFCgBTRQoAWkUKAKxFCgCuRQoABUYKABFGCgBeRgoAdEYKALdGCgC8RgoAEEcKAB1HCgBpRwoAcUcKAMJHCgDIRwoAG0gKACRICgB0SAoAgUgKAND3FADbSAoAJkkKADNJCgB/SQoAlkkKANhJCgAISgoAKfgUADdKCgCKSgoAPkoKAFGiEQCgSgoA40oKAPFKCgA8SwoAP0sKAJVLCgCYSwoA7ksKAPxLCgBHTAoATEwKAKBMCgCtTAoA+UwKAAFNCgBSTQoAWU0KAKtNCgC3TQoABE4KABFOCgBdTgoAa04KALZOCgDCTgoAD08KABZPCgBoTwoAcE8KAMFPCgDFTwoAGlAKACVQCgBzUAoAgVAKAMxQCgDdUAoAJVEKADFRCgB+UQoAhlEKAIL4FADdUQoAMFIKAERSCgCJUgoAl1IKAOJSCgDvUgoAO1MKAFJTCgCUUwoAnFMKAO1TCgD3UwoARlQKAEtUCgCfVAoAp1QKAPhUCgAHVQoAUVUKAFZVCgCqVQoAt1UKAANWCgAQVgoAXFYKAGhWCgC1VgoAxFYKAA5XCgAYVwoAZ1cKAG9XCgDAVwoAylcKABlYCgAeWAoAclgKAHpYCgDb+BQA1lgKACRZCgAwWQoAfVkKAIVZCgA0+RQA21kKAC9aCgA+WgoAiFoKAKhaCgDhWgoA7VoKADpbCgBAWwoAk1sKAJtbCgDsWwoA81sKAEVcCgBHXAoAnlwKAKpcCgD3XAoADV0KAFBdCgBVXQoAqV0KALZdCgCN+RQAC14KAFteCgBhXgoAtF4KAMJeCgANXwoAGl8KAGZfCgB9XwoAv18KAMdfCgAYYAoAJ2AKAHFgCgB2YAoAymAKANdgCgAjYQoAMGEKAHxhCgCIYQoA1WEKAORhCgAuYgoAOGIKAIdiCgCjYgoA4GIKAOhiCgDm+RQARmMKALAOEABIYwoAkmMKAJxjCgBHjhAAsmMKAOtjCgD3YwoARGQKAEpkCgCdZAoApWQKAHOpCgCpZAoA9mQKALdkCgDakgoACWUKAE9lCgBeZQoAqGUKALRlCgABZgoAAmYKAFpmCgBkZgoAs2YKAMFmCgAMZwoAEWcKAGVnCgByZwoAP/oUAMRnCgAXaAoAHWgKAHBoCgB1aAoAyWgKAM9oCgBK+xQALWkKAHtpCgCJaQoA1GkKAOVpCgAtagoAOWoKAIZqCgCOagoA/PsUAOtqCgA4awoAQmsKAJFrCgCgawoA6msKAPVrCgBDbAoAUWwKAJxsCgCpbAoA9WwKAAxtCgBObQoAVm0KAKdtCgCqbQoAAG4KAAxuCgBZbgoAX24KALJuCgDNbgoAC28KABdvCgBkbwoAam8KAL1vCgDFbwoAFnAKABhwCgBvcAoAcHAKAMhwCgDWcAoAIXEKAClxCgB6cQoAlXEKANNxCgDfcQoALHIKADJyCgCFcgoAiHIKAN5yCgDscgoAN3MKADxzCgCQcwoAnXMKAOlzCgAFdAoAQnQKAEp0CgBV/BQAqHQKACaLEACsdAoA9HQKAK50CgDM6xAAAHUKAE11CgBadQoApnUKAKt1CgD/dQoACXYKAFh2CgBodgoAsXYKALZ2CgAKdwoAE3cKAGN3CgBwdwoAvHcKAMN3CgAVeAoAIXgKAG54CgB0eAoAx3gKAM14CgAgeQoAJXkKAHl5CgB/eQoArvwUAN55CgAregoAMXoKAIR6CgCKegoA3XoKAOp6CgA2ewoAO3sKAI97CgCXewoA6HsKABt8CgBBfAoAbHwKAJp8CgCifAoA83wKAAB9CgBMfQoAUX0KAKV9CgCtfQoA/n0KAAF+CgBXfgoAYH4KALB+CgC/fgoACX8KABR/CgBifwoAan8KALt/CgDLfwoAFIAKACKACgBtgAoAfoAKAMaACgDSgAoAH4EKACeBCgC5/RQAfoEKANGBCgDZgQoAKoIKADGCCgCDggoAkYIKANyCCgDiggoANYMKAEGDCgCOgwoAnYMKAOeDCgDxgwoAQIQKAEWECgCZhAoAn4QKAPKECgAGhQoAEv4UAFWFCgAjEwsAWIUKAKSFCgBahQoA89UKAKmFCgD9hQoACYYKAFaGCgBjhgoAr4YKALmGCgBr/hQAI4cKAGGHCgBjhwoAuocKAMCHCgATiAoATYgKAGyICgByiAoAxYgKAM6ICgAeiQoAK4kKAB3/FAB+iQoA0IkKANWJCgApigoAOIoKAIKKCgCiigoA24oKAOeKCgA0iwoAOosKAI2LCgCniwoA5osKAOmLCgA/jAoARIwKAJiMCgCnjAoA8YwKABGNCgB2/xQAao0KAKONCgCvjQoA/I0KAAaOCgBVjgoAYY4KAFRICwBijgoAro4KALOOCgAHjwoAEY8KAGCPCgBwjwoAuY8KAL6PCgASkAoAG5AKAGuQCgB4kAoAxJAKAMuQCgAdkQoAKZEKAHaRCgB8kQoAz5EKANWRCgAokgoALZIKAIGSCgCHkgoAz/8UAN2SCgAzkwoAOJMKAIyTCgCbkwoA5ZMKAAWUCgCBABUATJQKAJeUCgCklAoA8JQKAPeUCgBJlQoAUZUKAKKVCgCklQoA+5UKAKmVCgCI1A0AuZUKAHNxDQABlgoA56QNAAOWCgBUlgoAWJYKAKyeCgBqlgoALTINAG+WCgCtlgoAr5YKAAaXCgAXlwoAX5cKAG2XCgC4lwoAv5cKABGYCgAZmAoAapgKAHGYCgDDmAoAyJgKAByZCgArmQoAdZkKAJWZCgDOmQoA2pkKACeaCgAtmgoAgJoKAIiaCgDZmgoA5ZoKADKbCgA/mwoAi5sKAKabCgDkmwoA8psKAD2cCgBDnAoAlpwKAJucCgDvnAoA/JwKAEidCgBenQoAoZ0KAK2dCgD6nQoAB54KAFOeCgBdngoA2gAVALGeCgAFnwoAC58KAF6fCgB+nwoAt58KAMWfCgAQoAoAHaAKAGmgCgCAoAoAwqAKAMqgCgAboQoAKqEKAHShCgB5oQoAzaEKANqhCgAmogoAMKIKAH+iCgCBogoA2KIKAOaiCgAxowoAPqMKAIqjCgCWowoA46MKAOmjCgA8pAoARKQKAJWkCgCbpAoA7qQKAPekCgBHpQoAVKUKADMBFQCupQoA+aUKAA+mCgBSpgoAXqYKAKumCgCzpgoAjAEVAA6nCgBdpwoAY6cKALanCgC4pwoAD6gKABmoCgBoqAoAdKgKAMGoCgDYqAoAGqkKAC6pCgDlARUAgakKAMypCgDPqQoAJaoKAC2qCgB+qgoAiqoKANeqCgDlqgoAMKsKADqrCgCJqwoAlKsKAOKrCgDuqwoAO6wKAEGsCgCUrAoAnKwKAO2sCgD6rAoARq0KAEutCgCfrQoAqa0KAPitCgAArgoAUa4KAFeuCgCqrgoAs64KAAOvCgAQrwoAPgIVAGqvCgC1rwoAwq8KAA6wCgAlsAoAZ7AKAG+wCgDAsAoAxbAKABmxCgAfsQoAcrEKAHqxCgDLsQoA4bEKACSyCgAysgoAfbIKAICyCgDWsgoA5bIKAC+zCgA0swoAiLMKAJWzCgDhswoA8bMKADq0CgBItAoAk7QKAKq0CgDstAoA9bQKAEW1CgBLtQoAnrUKAKq1CgD3tQoA/rUKAJcCFQBctgoAqbYKAKu2CgACtwoADLcKAFu3CgBntwoAtLcKALy3CgDwAhUAErgKAGa4CgB1uAoAv7gKAN+4CgAYuQoAJLkKAHG5CgB3uQoAyrkKANK5CgAjugoAJLoKAHy6CgCCugoA1boKANq6CgAuuwoASbsKAIe7CgCVuwoA4LsKAOe7CgA5vAoARbwKAJK8CgCYvAoASQMVAPC8CgBEvQoATr0KAJ29CgCuvQoA9r0KAAK+CgBPvgoAUr4KAKi+CgCrvgoAAb8KAAm/CgBavwoAYb8KALO/CgC4vwoADMAKABvACgBlwAoAhcAKAL7ACgDKwAoAF8EKAB3BCgBwwQoAeMEKAMnBCgDWwQoAIsIKACfCCgB7wgoAhcIKANTCCgDcwgoALcMKAD3DCgCGwwoAi8MKAN/DCgDowwoAOMQKAEXECgCRxAoAmMQKAKIDFQDvxAoAQ8UKAFLFCgCcxQoAvMUKAPXFCgABxgoATsYKAFTGCgCnxgoAr8YKAADHCgAMxwoAWccKAGbHCgCyxwoAuccKAAvICgAMyAoAZMgKAGnICgC9yAoAy8gKABbJCgAjyQoAb8kKAHnJCgD7AxUA1MkKACHKCgDWyQoAOnEMACvKCgB6ygoAlMoKANPKCgDWygoAmocLAOLKCgAsywoAMcsKAIXLCgCSywoA3ssKAOvLCgA3zAoAQ8wKAJDMCgCfzAoA6cwKAPPMCgBCzQoATs0KAJvNCgCuzQoA9M0KAAPOCgBNzgoAWc4KAKbOCgCnzgoA/84KAAnPCgBYzwoAZs8KALHPCgC2zwoACtAKABfQCgBUBBUAaNAKALzQCgDJ0AoAFdEKACLRCgBu0QoAetEKAMfRCgDW0QoAINIKACrSCgB50goAh9IKANLSCgDX0goAK9MKADjTCgCE0woAjNMKAF8FFQDp0woANtQKAEbUCgCP1AoAmNQKAOjUCgDr1AoAQdUKAE3VCgCa1QoAodUKALgFFQD41QoATNYKAFnWCgCl1goAstYKAP7WCgAE1woAV9cKAGPXCgCw1woAwNcKAAnYCgAS2AoAYtgKAGXYCgC72AoAx9gKABTZCgAb2QoAEQYVAG/ZCgDG2QoAdNkKAHn+DgB92QoAplMPANfZCgAf2goAJ9oKAHjaCgCC2goA0doKAODaCgAq2woAK9sKAIPbCgCL2woAwwYVAOTbCgAcBxUAU9wKAI7cCgBY3AoAqxQVAF/cCgCV/QoAltwKAOfcCgD23AoAQN0KAEXdCgCZ3QoApt0KAPLdCgD/3QoAS94KAFfeCgCk3goAs94KAP3eCgAH3woAVt8KAHnfCgCv3woA4t8KAAjgCgAs4AoAYeAKAGngCgCACBUAv+AKABPhCgAZ4QoAbOEKAHThCgDZCBUA0+EKAB7iCgA54goAd+IKAIPiCgDQ4goA4eIKACnjCgA94woAguMKAIrjCgDb4woA4eMKADTkCgBA5AoAjeQKAJ3kCgDm5AoA7+QKAD/lCgBC5QoAmOUKAKTlCgDx5QoA+OUKADIJFQBY5goAo+YKAK3mCgCLCRUAAecKAFXnCgBi5woArucKALvnCgAH6AoAE+gKAGDoCgBv6AoAuegKAMPoCgAS6QoAIOkKAGvpCgBw6QoAxOkKANHpCgAd6goAJeoKAOQJFQCC6goAz+oKAN/qCgAo6woAMesKAIHrCgCE6woA2usKAObrCgAz7AoAOuwKAD0KFQCb7AoA5ewKAOrsCgA+7QoAS+0KAJftCgCk7QoA8O0KAPbtCgBJ7goAVe4KAKLuCgCy7goA++4KAATvCgBU7woAV+8KAK3vCgC57woABvAKAA3wCgCWChUAZPAKALjwCgDF8AoAEfEKAC/xCgBq8QoAdvEKAMPxCgDW8QoAHPIKACryCgB18goAePIKAM7yCgDY8goAJ/MKADXzCgCA8woAjfMKANnzCgDw8woAMvQKADr0CgCL9AoAkvQKAOT0CgDp9AoAPfUKAFP1CgCW9QoAmPUKAO/1CgD99QoASPYKAFX2CgDvChUAqfYKAEgLFQD/9goAU/cKAGD3CgCs9woAufcKAAX4CgAR+AoAXvgKAG34CgC3+AoAwfgKABD5CgAe+QoAafkKAG75CgDC+QoAz/kKABv6CgAj+goAoQsVAID6CgDN+goA3foKACb7CgAv+woAf/sKAIL7CgDY+woA5PsKADH8CgA4/AoA+gsVAI38CgDj/AoA7/wKADz9CgBD/QoAUwwVAJ79CgAPAQsAn/0KAO79CgD9/QoAR/4KAP/9CgCr/woASP4KAKD+CgC8/goA+f4KADP/CgBS/woAjP8KAKwMFQCu/woABAALACAACwBdAAsAlwALALYACwDwAAsABQ0VABwBCwBoAQsAdgELAMEBCwDUAQsAGgILADYCCwBzAgsArQILAMwCCwAGAwsAXg0VADYDCwB+AwsAigMLANcDCwDfAwsAtw0VADUECwCJBAsAkQQLAOIECwDxBAsAOwULAEAFCwCUBQsAoQULAO0FCwD6BQsARgYLAFIGCwCfBgsArgYLAPgGCwACBwsAUQcLAFkHCwCqBwsAtAcLAAMICwAICAsAXAgLAGQICwAQDhUAxAgLAA4JCwDGCAsAcgoLAA8JCwBnCQsAgwkLAMAJCwD6CQsAGQoLAFMKCwBpDhUAdQoLAMsKCwDnCgsAJAsLAF4LCwB9CwsAtwsLAMIOFQDZCwsALwwLAEAMCwCIDAsApAwLAOEMCwAbDQsAOg0LAHQNCwAbDxUAoA0LAOwNCwD4DQsARQ4LAFQOCwCeDgsAqA4LAPcOCwD/DgsALH0LAAUPCwBQDwsAVQ8LAKkPCwC2DwsAAhALAAoQCwBbEAsAYRALALQQCwBrEAsAkm4LAMAQCwANEQsAHRELAGYRCwBvEQsAvxELAMIRCwAYEgsAJBILAHESCwB4EgsAdA8VAO0SCwDNDxUAMRMLAHwTCwCSEwsA1RMLAOETCwAuFAsANRQLAIcUCwCMFAsA4BQLAOkUCwA5FQsAQxULACYQFQCXFQsAEcQOAJwVCwDrFQsAnhULAB9UDgD1FQsARBYLAEUWCwCdFgsArBYLAPYWCwD7FgsATxcLAFwXCwCoFwsAtRcLAAEYCwANGAsAWhgLAGkYCwCzGAsAvRgLAAwZCwAaGQsAZRkLAGoZCwC+GQsAyxkLABcaCwAYGgsAcBoLAHUaCwDJGgsAzhoLACIbCwAzGwsAexsLAJ4bCwDUGwsA3xsLAC0cCwAyHAsAhhwLAIkcCwDfHAsA6RwLADgdCwBgHQsAkR0LALAdCwDYEBUA9h0LAEMeCwBFHgsAnB4LAKseCwD1HgsAAB8LAE4fCwBWHwsApx8LAK4fCwAAIAsAAiALAFkgCwBjIAsAsiALALQgCwALIQsAJCELAGQhCwBmIQsAvSELAMAhCwAWIgsAIiILAG8iCwB3IgsAMREVANQiCwAhIwsAJyMLAHojCwCVIwsA0yMLAN8jCwAsJAsAMiQLAIUkCwCNJAsA3iQLAOAkCwA3JQsAQSULAJAlCwCYJQsAihEVAPolCwBCJgsASSYLAJsmCwCjJgsA9CYLAAEnCwBNJwsAUicLAKYnCwCwJwsA/ycLAAcoCwBYKAsAZygLALEoCwC2KAsACikLABcpCwBjKQsAcCkLALwpCwDIKQsAFSoLACQqCwBuKgsAeCoLAMcqCwDPKgsAICsLACorCwB5KwsAfisLANIrCwDaKwsA4xEVADcsCwCELAsAlCwLAN0sCwDmLAsANi0LADktCwCPLQsAmy0LAOgtCwDvLQsAPBIVAEcuCwCaLgsAoC4LAPMuCwD4LgsATC8LAFIvCwCVEhUAqy8LAP4vCwAEMAsAVzALAFwwCwDuPxEAZDALALAwCwC1MAsACTELABExCwBiMQsAizELALsxCwCZMQsAYTkLAOQxCwAUMgsAPTILAG0yCwCYMgsAxjILAM4yCwAfMwsALjMLAHgzCwB9MwsA0TMLAN4zCwAqNAsANzQLAIM0CwCPNAsA3DQLAOs0CwA1NQsAPzULAI41CwCcNQsA5zULAOw1CwBANgsATTYLAJk2CwChNgsA8jYLAPg2CwBLNwsAVzcLAKQ3CwC0NwsA/TcLAAY4CwBWOAsAWTgLAK84CwC7OAsACDkLAA85CwDuEhUAijkLALo5CwDlOQsAEzoLABs6CwBsOgsAezoLAMU6CwDKOgsAHjsLACs7CwB3OwsAhDsLANA7CwDcOwsAKTwLADg8CwCCPAsAjDwLANs8CwDpPAsAND0LADk9CwCNPQsAmj0LAOY9CwDuPQsAPz4LAEU+CwCYPgsApD4LAPE+CwABPwsASj8LAFM/CwCjPwsApj8LAPw/CwAIQAsAVUALAFxACwBHExUAsEALAOxPEQC8QAsAB0ELABRBCwBgQQsAbEELALlBCwC/QQsAEkILABhCCwBrQgsAcEILAMRCCwDKQgsAoBMVAENDCwB2QwsAnEMLAM9DCwAGRAsAKEQLAFFECwCBRAsArEQLAFIUFQDdRAsAM0ULADtFCwCMRQsAmEULAOVFCwDrRQsAPkYLAERGCwCXRgsAnEYLAPBGCwD2RgsABBUVAHJHCwCiRwsAy0cLAPtHCwAfSAsAthUVAFpICwDpiQwAZ0gLAK1ICwC8SAsABkkLABJJCwBfSQsAYEkLALhJCwDCSQsAEUoLAB9KCwBqSgsAb0oLAMNKCwDQSgsADxYVAD9LCwBoFhUAnksLAM5LCwD3SwsAJ0wLAEtMCwDBFhUAjkwLANlMCwDeTAsAMk0LAD9NCwCLTQsAk00LAORNCwDqTQsAPU4LAElOCwCWTgsApk4LAO9OCwD4TgsASE8LAEtPCwChTwsA3k8LAPpPCwAGUAsAGhcVAFlQCwCsUAsAxVALAAVRCwATUQsAXlELAGtRCwC3UQsAvlELABBSCwAZUgsAaVILAHZSCwDCUgsA2VILABtTCwAeUwsAdFMLAHZTCwDNUwsA1lMLACZUCwA2VAsAf1QLAJhUCwDYVAsA2lQLADFVCwA6VQsAilULAJJVCwDjVQsA5VULADxWCwBVVgsAlVYLAKxWCwDuVgsA+lYLAEdXCwBYVwsAoFcLAKxXCwD5VwsABFgLAFJYCwBfWAsAq1gLALVYCwBzFxUAF1kLAF1ZCwBrWQsAtlkLAJxZCwBnYgsA9FkLAA9aCwAcWgsAaFoLAHBaCwDBWgsAx1oLABpbCwAmWwsAc1sLAH5bCwDMWwsA1VsLACVcCwAoXAsAflwLAIBcCwDXXAsA3lwLADBdCwAyXQsAzBcVAIxdCwDiXQsA8F0LADteCwBAXgsAlF4LAKFeCwDtXgsA+V4LAEZfCwBOXwsAJRgVAK1fCwD4XwsACGALAFFgCwBfYAsAqmALALNgCwADYQsADWELAFxhCwBeYQsAtWELAL9hCwAOYgsAEGILAH4YFQBsYgsAwGILAMhiCwAZYwsAH2MLAHJjCwB+YwsAy2MLANpjCwAkZAsALWQLAH1kCwCAZAsA1mQLANhkCwAvZQsANmULAIhlCwCKZQsA1xgVAOZlCwA6ZgsAVmYLAJNmCwCvZgsAMBkVAPlmCwAzqQwA+2YLAEVnCwBKZwsAnmcLAKtnCwD3ZwsABGgLAFBoCwBWaAsAqWgLALVoCwACaQsAEmkLAFtpCwBkaQsAtGkLALdpCwANagsAGWoLAGZqCwBtagsAiRkVAM5qCwAYawsAHWsLAHFrCwB+awsAymsLANdrCwAjbAsAKWwLAHxsCwCIbAsA1WwLAOVsCwAubQsAN20LAIdtCwCKbQsA4G0LAOxtCwA5bgsAQG4LAOIZFQCUbgsA624LAPluCwBEbwsAVW8LADsaFQCkbwsAlBoVAP5vCwDtGhUAVHALAKhwCwC1cAsAAXELAA5xCwBacQsAZnELALNxCwDCcQsADHILABZyCwBlcgsAc3ILAL5yCwDDcgsAF3MLACRzCwBwcwsAeHMLAEYbFQDVcwsAInQLADJ0CwB7dAsAhHQLANR0CwDXdAsALXULADl1CwCGdQsAjXULAJ8bFQDhdQsAOHYLAEZ2CwCRdgsAonYLAPgbFQDxdgsAURwVAEt3CwCqHBUAoXcLAPV3CwACeAsATngLAFt4CwCneAsAs3gLAAB5CwAPeQsAWXkLAGN5CwCyeQsAwHkLAAt6CwAQegsAZHoLAHF6CwC9egsAxXoLAAMdFQAiewsAb3sLAH97CwDIewsA0XsLACF8CwAkfAsAenwLAIZ8CwDTfAsA2nwLAFwdFQA2fQsAhX0LAJN9CwDefQsA9H0LADd+CwBDfgsAkH4LAJd+CwDpfgsA8X4LAEJ/CwBHfwsAm38LAKR/CwD0fwsA/n8LALUdFQBjgAsApoALALKACwD/gAsABoELAFiBCwBggQsAsYELALaBCwAKggsAE4ILAGOCCwBtggsADh4VAMGCCwDvyA4AyIILAC7GCwDLggsAFYMLAOaCCwCUJRYAGoMLAG6DCwB7gwsAx4MLANSDCwAghAsALIQLAHmECwCIhAsA0oQLANyECwArhQsAOYULAISFCwCRhQsA3YULAPSFCwA2hgsAPoYLAI+GCwCZhgsA6IYLAO2GCwBBhwsASYcLAGceFQCfhwsA84cLAAKICwBMiAsAbIgLAKWICwCxiAsA/ogLAAiJCwBXiQsAYYkLALCJCwC+iQsACYoLAB+KCwBiigsAbooLALuKCwDAigsAFIsLAB2LCwBtiwsAd4sLAMaLCwDSiwsAH4wLADKMCwB4jAsAh4wLANGMCwDdjAsAKo0LACuNCwCDjQsAjY0LANyNCwDqjQsANY4LADqOCwCOjgsAm44LABkfFQD1jgsAQI8LAFaPCwCZjwsApY8LAPKPCwD5jwsAS5ALAFOQCwCkkAsAqZALAP2QCwAGkQsAVpELAGCRCwAkIBUAtJELAAiSCwAQkgsAYZILAGSSCwC6kgsAw5ILABOTCwAikwsAbJMLAHeTCwDFkwsAzZMLAB6UCwAulAsAd5QLAIWUCwDQlAsA4ZQLACmVCwA1lQsAgpULAIqVCwB9IBUA4ZULADSWCwA8lgsAjZYLAJSWCwDmlgsA9JYLAD+XCwBFlwsAmJcLAKSXCwDxlwsAAJgLAEqYCwBUmAsAo5gLAKiYCwD8mAsAApkLAFWZCwBpmQsA1iAVAL+ZCwAHmgsAE5oLAGCaCwBmmgsAuZoLAL+aCwASmwsAF5sLAGubCwBxmwsALyEVAMmbCwAdnAsALpwLAHacCwB+nAsAz5wLAIKcCwB0rAsAhJwLAJc6EgDZnAsAKJ0LADadCwCBnQsAl50LANqdCwDmnQsAM54LADqeCwCMngsAlJ4LAOWeCwDqngsAPp8LAEefCwCXnwsAoZ8LAPCfCwD4nwsASaALAE2gCwCioAsAraALAPugCwAJoQsAVKELAGWhCwCtoQsAuaELAAaiCwAOogsAiCEVAGGiCwC4ogsAxqILABGjCwAbowsAaqMLAHijCwDDowsA0KMLABykCwAzpAsAdaQLAH2kCwDOpAsA3qQLACelCwAspQsAgKULAIalCwDZpQsA4aULADKmCwA0pgsAi6YLAJimCwDkpgsA7KYLAD2nCwBCpwsAlqcLAJenCwDvpwsA+6cLAEioCwBVqAsAoagLAKmoCwD6qAsACakLAFOpCwBYqQsArKkLALmpCwAFqgsAEqoLAF6qCwBqqgsAt6oLAMaqCwAQqwsAGqsLAGmrCwB3qwsAwqsLAMerCwAbrAsAKKwLAOEhFQB6rAsAzawLANOsCwAmrQsAK60LAH+tCwCFrQsAOiIVAOatCwAxrgsAR64LAIquCwCWrgsA464LAOiuCwA8rwsARa8LAJWvCwCfrwsA7q8LABGwCwBHsAsAS7ALAKCwCwBWsAsABLILAKKwCwD5sAsAB7ELAFKxCwBcsQsAq7ELAM+xCwBFIxUACrILAF2yCwBpsgsAtrILALiyCwAPswsAGbMLAGizCwB0swsAwbMLAOWzCwCeIxUAHrQLAHO0CwAptAsA17ULAHW0CwDMtAsA2rQLACW1CwAvtQsAfrULAKK1CwD3IxUA3bULADC2CwA8tgsAibYLAIu2CwDitgsA7LYLADu3CwBHtwsAlLcLALi3CwBQJBUACrgLAEa4CwBPuAsAn7gLAK24CwD4uAsA/rgLAFG5CwBduQsAqrkLALK5CwCpJBUACroLAFy6CwB1ugsAtboLAMS6CwAOuwsAFrsLAGe7CwB2uwsAwLsLAMW7CwAZvAsAJrwLAHK8CwB/vAsAy7wLANe8CwAkvQsAM70LAH29CwCHvQsA1r0LAOS9CwAvvgsANL4LAIi+CwCVvgsAAiUVAOK+CwDxSQwA+r4LADq/CwBEvwsAk78LAJW/CwDsvwsA+r8LAEXACwBSwAsAnsALAKbACwD3wAsAI8ELAFDBCwBXwQsAqcELAMLBCwACwgsAEcILAFvCCwBjwgsAtMILAMPCCwANwwsAEsMLAGbDCwBzwwsAv8MLAMzDCwAYxAsAJMQLAHHECwCAxAsAysQLANTECwAjxQsAMcULAHzFCwCBxQsA1cULAOLFCwBbJRUAQcYLAIfGCwCWxgsA4MYLAOzGCwA5xwsARccLAJLHCwCZxwsA68cLAPfHCwBEyAsAS8gLAJ3ICwClyAsA9sgLAPrICwBPyQsAWskLAKjJCwC0yQsAAcoLAA7KCwBaygsAYsoLALPKCwC9ygsADMsLABLLCwBlywsAecsLAL7LCwDMywsAF8wLACTMCwBwzAsAh8wLAMnMCwDRzAsAIs0LACzNCwB7zQsAgM0LANTNCwDczQsALc4LADzOCwCGzgsAi84LAN/OCwDszgsAOM8LAEXPCwCRzwsAnc8LAOrPCwD5zwsAQ9ALAE3QCwC0JRUApNALAPXQCwAE0QsATtELAFPRCwCn0QsAsNELAADSCwAR0gsAWdILAGDSCwCy0gsAutILAAvTCwAY0wsAZNMLAGnTCwC90wsAx9MLABbUCwAe1AsAb9QLAIjUCwDI1AsA1NQLACHVCwAp1QsADSYVAInVCwDT1QsA8NULACzWCwA11gsAhdYLAJPWCwDe1gsA5NYLADfXCwBD1wsAkNcLAJfXCwDp1wsA8dcLAELYCwBS2AsAm9gLAKHYCwD02AsA+dgLAE3ZCwBj2QsAptkLAK7ZCwD/2QsACdoLAFjaCwBj2gsAsdoLAL3aCwAK2wsAEtsLAGYmFQBw2wsAvNsLAMPbCwAV3AsAIdwLAG7cCwB03AsAx9wLANjcCwAg3QsANN0LAHndCwCH3QsA0t0LAN/dCwAr3gsAQt4LAITeCwCM3gsA3d4LAOTeCwA23wsAON8LAI/fCwCZ3wsA6N8LAOrfCwBB4AsAWuALAJrgCwCc4AsA8+ALAPbgCwBM4QsAWOELAKXhCwDT4QsAvyYVAA3iCwBX4gsAdOILALDiCwC54gsACeMLABfjCwBi4wsAaOMLALvjCwDH4wsAFOQLABzkCwAYJxUAdeQLAMbkCwDM5AsAH+ULACvlCwB45QsAe+ULANHlCwDW5QsAKuYLADPmCwCD5gsAieYLANzmCwDr5gsANecLAEHnCwCO5wsAlucLAHEnFQDt5wsAQOgLAEXoCwCZ6AsAr+gLAPLoCwD66AsAS+kLAFnpCwCk6QsArukLAP3pCwAA6gsAVuoLAF7qCwCv6gsAsOoLAAjrCwAO6wsAYesLAG/rCwC66wsA0OsLABPsCwAV7AsAbOwLAHLsCwDF7AsA2ewLAB7tCwAm7QsAd+0LAIftCwDQ7QsA0u0LACnuCwA47gsAgu4LAIzuCwDb7gsA4O4LADTvCwA67wsAje8LAKHvCwDm7wsA7u8LAD/wCwBE8AsAmPALAJ7wCwDx8AsA+fALAErxCwBN8QsAo/ELAKjxCwD88QsABfILAFXyCwBb8gsArvILAL3yCwAH8wsAE/MLAMonFQBj8wsAufMLAMHzCwAS9AsAH/QLAGv0CwBw9AsAxPQLAM70CwAd9QsAJfULAHb1CwB49QsAz/ULAOr1CwAo9gsAKvYLAIH2CwCP9gsA2vYLAOv2CwAz9wsANfcLAIz3CwCl9wsA5fcLAPb3CwA++AsASvgLACMoFQCf+AsA8PgLAPb4CwBJ+QsAVfkLAKL5CwC/+QsA+/kLAAT6CwBU+gsAYPoLAK36CwCw+gsABvsLABD7CwBf+wsAZ/sLALj7CwDC+wsAEfwLAB/8CwBq/AsAgPwLAMP8CwDP/AsAHP0LACP9CwB1/QsAff0LAM79CwDT/QsAJ/4LADD+CwCA/gsAiv4LANn+CwDh/gsAMv8LADT/CwCL/wsAm/8LAOT/CwDu/wsAPQAMAEkADACWAAwAnAAMAO8ADAD3AAwAfCgVAFQBDAChAQwAtAEMAPoBDAAWAgwAUwIMAFsCDADVKBUAugIMAAUDDAAbAwwAXgMMAGoDDAC3AwwAvAMMABAEDAAZBAwAaQQMAHMEDADCBAwAygQMABsFDAAdBQwAdAUMAIMFDADNBQwA6gUMACYGDAAvBgwAfwYMAI0GDADYBgwA3gYMADEHDAA/BwwAigcMAJcHDADjBwwA+gcMADwIDABECAwAlQgMAJcIDADuCAwA9ggMAEcJDABWCQwAoAkMAKUJDAD5CQwABgoMAFIKDABfCgwAqwoMALcKDAAECwwAEwsMAF0LDABnCwwAtgsMAMQLDAAPDAwAFAwMAGgMDAB1DAwALikVAMsMDAAaDQwAHA0MAHMNDAB6DQwAzA0MANMNDAAlDgwAKw4MAH4ODACMDgwA1w4MAOQODAAwDwwAQA8MAIkPDACODwwA4g8MAOoPDAA7EAwA/g8MABd+DABHEAwAlBAMAJYQDAC1EwwAoRAMAO0QDADyEAwARhEMAFARDACfEQwArxEMAPgRDAD9EQwAURIMAFoSDACqEgwAtxIMAAMTDAAKEwwAXBMMAGQTDACHKRUAwxMMAA4UDAAmFAwAZxQMAGkUDADAFAwA1xQMABkVDAAbFQwAchUMAIAVDADLFQwA2BUMACQWDAAsFgwA4CkVAIAWDADWFgwAlBYMACzsDQDfFgwALxcMAD0XDACvQwwAPhcMAIgXDACTFwwA4RcMAOkXDAA6GAwARRgMAJMYDACYGAwA7BgMAO8YDABFGQwATxkMADkqFQCkGQwA9xkMAKgZDADZ3BAAEhoMAFAaDABcGgwAqRoMAK8aDAACGwwAChsMAFsbDABxGwwAtBsMAMIbDAANHAwAEBwMAGYcDAB/HAwAvxwMAMscDAAYHQwAIx0MAHEdDABzHQwAyh0MAOUdDAAjHgwAMR4MAHweDACJHgwA1R4MAOweDACSKhUAMB8MAEjfEABEHwwAhx8MAIgfDADgHwwA5R8MADkgDAA/IAwAkiAMAJQgDADrIAwA8SAMAEQhDABYIQwAnSEMAKUhDAD2IQwABiIMAE8iDABRIgwAqCIMALYiDAABIwwAEiMMAOsqFQBgIwwAsyMMAL8jDABEKxUADiQMAGUkDAB2JAwAviQMAMYkDAAXJQwAICUMAHAlDAB3JQwAySUMAMolDACdKxUALiYMAHsmDAB9JgwA1CYMANsmDAAtJwwANScMAIYnDACPJwwA3ycMAOYnDAA4KAwAOSgMAPYrFQCWKAwA6igMAPIoDABDKQwATSkMAJwpDACqKQwA9SkMAAsqDABOKgwAWioMAKcqDACsKgwAACsMAAkrDABZKwwAYysMAE8sFQCzKwwACywMABMsDAAO0Q0AIywMAGQsDABxLAwAvSwMAMksDAAWLQwAIC0MAG8tDABzLQwAyC0MAM0tDAAhLgwAJy4MAHouDACaLgwA0y4MAOsuDAAsLwwAQy8MAIUvDACRLwwA3i8MAOgvDAA3MAwAOTAMAJAwDACXMAwA6TAMAPAwDABCMQwASDEMAJsxDACnMQwA9DEMAPcxDABNMgwAUDIMAKYyDACyMgwA/zIMAAIzDABYMwwAdDMMALEzDAC5MwwAqCwVABY0DABjNAwAbTQMALw0DAC+NAwAFTUMABw1DABuNQwAdTUMAMc1DADNNQwAIDYMAC42DAB5NgwAhjYMANI2DADiNgwAKzcMADA3DACENwwAjDcMAN03DADtNwwANjgMADs4DACPOAwAlTgMAOg4DADwOAwAAS0VAEc5DACaOQwAojkMAPM5DAD2OQwATDoMAFg6DAClOgwAqzoMAP46DAAZOwwAVzsMAGU7DACwOwwAvzsMAAk8DAAVPAwAYjwMAGo8DACzLRUAwDwMABQ9DAAePQwAbT0MAHU9DADGPQwA5j0MAB8+DAAsPgwAeD4MAH0+DADRPgwA1T4MACo/DAA3PwwADC4VAIg/DADcPwwA3z8MADVADAA/QAwAjkAMAJpADADnQAwA+kAMAEBBDABPQQwAmUEMAKVBDADyQQwA80EMAEtCDABVQgwApEIMALJCDAD9QgwAAkMMAFZDDABjQwwAZS4VALlDDAAIRAwACkQMAGFEDAB6RAwAukQMAMtEDAATRQwAH0UMAGxFDAB0RQwAcC8VAMxFDAAeRgwAJUYMAHdGDAB9RgwA0EYMANxGDAApRwwALEcMAIJHDACFRwwA20cMAONHDAA0SAwAREgMAI1IDACSSAwA5kgMAO9IDAA/SQwATEkMAJhJDACfSQwAyS8VAP1JDABKSgwAV0oMAKNKDACrSgwA/EoMAAZLDABVSwwAZEsMAK5LDACvSwwAB0wMAA9MDABgTAwAb0wMALlMDAC+TAwAEk0MAB9NDABrTQwAeE0MAMRNDADQTQwAHU4MACxODAB2TgwAgE4MAM9ODADdTgwAKE8MAC1PDACBTwwAjk8MANpPDADiTwwAM1AMAD1QDACMUAwAkVAMAOVQDADtUAwAIjAVAExRDACXUQwAo1EMAPBRDAD2UQwASVIMAE9SDACiUgwAp1IMAPtSDAABUwwAezAVAGBTDACtUwwAs1MMAAZUDAAMVAwAX1QMAGxUDAC4VAwAvVQMABFVDAAZVQwAalUMAIhVDACGMRUAxFUMABxWDAAhVgwAdVYMAHtWDADOVgwA0FYMACdXDAAtVwwAgFcMAJRXDADZVwwA4VcMADJYDABCWAwAi1gMAI1YDADkWAwA8lgMAD1ZDABOWQwA3zEVAJxZDADvWQwA+1kMADgyFQBVWgwAoVoMAKlaDAD6WgwAB1sMAFNbDABVWwwArFsMAMJbDAAFXAwAEVwMAF5cDABmXAwA6jIVAMNcDAAQXQwAE10MAGldDABuXQwAwl0MANNdDAAbXgwAJF4MAHReDAB+XgwAzV4MANteDAAmXwwAK18MAH9fDACMXwwAQzMVAORfDAAxYAwAPmAMAIpgDACMYAwA42AMAPlgDAA8YQwASGEMAJVhDACdYQwAnDMVAPNhDABHYgwATWIMAKBiDACoYgwA+WIMAPxiDABSYwwAXmMMAKtjDACxYwwABGQMAB9kDABdZAwAamQMALZkDAC4ZAwAD2UMACVlDABoZQwAdGUMAMFlDADJZQwA9TMVACBmDABzZgwAeGYMAMxmDADnZgwAJWcMADNnDAB+ZwwAhWcMANdnDADjZwwAMGgMADdoDABONBUAlGgMAOJoDADqaAwAO2kMAEZpDACUaQwAmWkMAO1pDADwaQwARmoMAFBqDACfagwAp2oMAPhqDAAGawwAUWsMAFRrDACqawwAsmsMAANsDAAjbAwAXGwMAGlsDAC1bAwAumwMAA5tDAASbQwAZ20MAHRtDACnNBUA4G0MAAA1FQAabgwAcm4MAHpuDADLbgwA224MACRvDAAmbwwAfW8MAItvDADWbwwA528MAFk1FQA1cAwAiHAMAJRwDACyNRUA6HAMAAs2FQA/cQwAk3EMAK1xDADscQwA+3EMAEVyDABQcgwAnnIMAKByDAD3cgwABHMMAFBzDABdcwwAqXMMALVzDAACdAwAE3QMAFt0DABedAwAtHQMAM50DAANdQwAFnUMAGZ1DABzdQwAv3UMAMV1DAAYdgwAJHYMAHF2DAB0dgwAynYMAM92DAAjdwwANHcMAHx3DACXdwwA1XcMAOF3DAAueAwANXgMAId4DACJeAwA4HgMAOd4DAA5eQwAQHkMAJJ5DACYeQwA63kMAPd5DABEegwAR3oMAJ16DACgegwA9noMAAJ7DABPewwAYnsMAKh7DAC3ewwAAXwMAA18DABafAwAW3wMALN8DAC9fAwADH0MABp9DABlfQwAan0MAL59DADLfQwAZDYVAB9+DAC9NhUAcn4MAMl+DADffgwAIn8MAC5/DAB7fwwAg38MABY3FQDafwwALYAMADWADACGgAwAiYAMAN+ADADrgAwAOIEMAD6BDACRgQwArIEMAOqBDAD4gQwAQ4IMAFKCDACcggwAqIIMAPWCDAD9ggwAbzcVAFODDACngwwAsYMMAACEDAAIhAwAWYQMAHmEDACyhAwAv4QMAAuFDAAQhQwAZIUMAGiFDAC9hQwAyoUMAMg3FQA5hgwAITgVAHSGDADIhgwA14YMACGHDABBhwwAeocMAIaHDADThwwA3YcMACyIDAA4iAwAhYgMAIuIDADeiAwA5IgMADeJDAA8iQwAkIkMAJaJDAB6OBUA74kMAEKKDABHigwAm4oMAKGKDAAsORUA94oMAE2LDABXiwwAposMAKiLDAD/iwwAGIwMAFiMDABpjAwAsYwMAL+MDAAKjQwADY0MAGONDABujQwAvI0MAMSNDAAVjgwAF44MAG6ODAB2jgwAx44MANSODAAgjwwALI8MAHmPDAB9jwwA0o8MANqPDAArkAwAOpAMAISQDACJkAwA3ZAMAOqQDAA2kQwAQ5EMAI+RDACbkQwA6JEMAPeRDABBkgwAS5IMAJqSDACokgwA85IMAPiSDABMkwwAWZMMAIU5FQCtkwwA3jkVAAKUDACDmAwACpQMAFeUDABdlAwAsJQMALaUDAAJlQwAFpUMAGKVDABnlQwAu5UMAMOVDAAUlgwAPZYMAG2WDABLlgwAH5cMAJOWDAB4lwwAlpYMAMaWDADvlgwANzoVAEiXDACQOhUAnpcMANGXDAAImAwAKpgMAFOYDADpOhUAkZgMANyYDADpmAwANZkMAEGZDACOmQwAlJkMAOeZDADtmQwAQJoMAEWaDACZmgwAn5oMAEI7FQAYmwwA/ZsMABubDABLmwwAdJsMAPQ7FQDNmwwATTwVACOcDABWnAwAjZwMAK+cDADYnAwApjwVABKdDABhnQwAZp0MALqdDADCnQwA/zwVABieDABsngwAdZ4MAMWeDADSngwAHp8MACWfDABYPRUAf58MALE9FQDjnwwAKaAMADWgDACCoAwAkaAMANugDADkoAwANKEMAD6hDACNoQwAj6EMAOahDAD/oQwAP6IMAFCiDACYogwApKIMAPGiDAD5ogwACj4VAFijDACjowwAtKMMAPyjDAAIpAwAVaQMAF2kDABjPhUAs6QMAAelDAARpQwAYKUMAGilDAC5pQwAyaUMABKmDAAXpgwAa6YMAHSmDADEpgwA0aYMAB2nDAAkpwwAvD4VAHynDADKrREAg6cMAM+nDACJpwwATV4QANSnDAAoqAwANKgMAIGoDACOqAwA2qgMAOSoDAAVPxUAOKkMAIypDACYqQwA5akMAPKpDAA+qgwASKoMAJeqDACzqgwA8KoMAPiqDABuPxUATqsMAKKrDACqqwwA+6sMAP6rDABUrAwAXawMAK2sDAC8rAwABq0MABGtDABfrQwAZ60MALitDADIrQwAEa4MAB+uDABqrgwAe64MAMOuDADPrgwAHK8MACSvDADHPxUAe68MAM6vDADWrwwAJ7AMAC6wDACAsAwAjrAMANmwDADfsAwAMrEMAD6xDACLsQwAmrEMAOSxDADusQwAPbIMAEKyDACWsgwAnLIMAO+yDAADswwASLMMAFCzDAChswwAv7MMAPqzDAACtAwAIEAVAFu0DAB5QBUAtLQMAAW1DAAetQwAXrUMAGe1DAC3tQwAx7UMABC2DAAgtgwAabYMAHW2DADCtgwAyLYMABu3DAAptwwAdLcMAIG3DADNtwwA5LcMACa4DAAuuAwAf7gMAIm4DADYuAwA5rgMADG5DABHuQwAirkMAJa5DADjuQwA6rkMADy6DABEugwAlboMAJq6DADuugwA97oMAEe7DABRuwwAoLsMAKi7DAD5uwwA+7sMAFK8DABivAwAq7wMALW8DAAEvQwAEL0MAF29DABjvQwAtr0MAL69DAArQRUAEb4MAGi+DAB5vgwAwb4MAN2+DAAavwwAIr8MAIRBFQCEvwwAzL8MAN2/DAAlwAwALcAMAH7ADACXwAwA18AMAN3ADAAwwQwANcEMAInBDACpwQwA3UEVAOjBDAA7wgwAQ8IMAJTCDACjwgwA7cIMAPLCDABGwwwAU8MMAJ/DDACswwwA+MMMAATEDABRxAwAYMQMAKrEDAC0xAwAA8UMABHFDABcxQwAYcUMALXFDADCxQwADsYMABHGDABnxgwAb8YMAMDGDADCxgwAGccMAB/HDAByxwwAfscMAMvHDADTxwwANkIVACnIDAB9yAwAgcgMANbIDADjyAwAj0IVADfJDADoQhUAjskMAOHJDAD4yQwAOsoMAEPKDACTygwAqcoMAOzKDAD4ygwARcsMAFLLDACeywwAqMsMAPfLDAD/ywwAUMwMAJDMDACpzAwA0swMAALNDAAKzQwAW80MAH7NDABBQxUAw80MAA3ODADKzQwA8+sMABLODABmzgwAc84MAL/ODADMzgwAGM8MACTPDABxzwwAgM8MAMrPDADUzwwAI9AMADHQDAB80AwAgdAMANXQDADi0AwALtEMAFLRDACH0QwAj9EMAJpDFQDp0QwAOdIMADzSDACS0gwAnNIMAOvSDADz0gwARNMMAF3TDACd0wwAqdMMAPbTDAD+0wwA80MVAF/UDACo1AwAsNQMAAHVDAAL1QwAWtUMAG7VDACz1QwAtNUMAAzWDAAY1gwAZdYMAG3WDABMRBUA0dYMABfXDAAY1wwAcNcMAHzXDADJ1wwA2NcMACLYDAAs2AwAe9gMAH7YDADU2AwA3NgMAC3ZDAAu2QwAhtkMAIjZDADf2QwA5dkMADjaDAA62gwAkdoMAKfaDADq2gwA9toMAEPbDABN2wwAnNsMAKjbDAD12wwA+9sMAE7cDABW3AwAp9wMANDcDAAA3QwACN0MAFndDABj3QwAst0MALfdDAAL3gwAE94MAGTeDAB93gwAvd4MAMneDAAW3wwAHt8MAKVEFQB73wwAyN8MAMvfDAAh4AwAJuAMAHrgDACD4AwA0+AMANngDAAs4QwAO+EMAIXhDACR4QwA3uEMAPPhDAA34gwAP+IMAJDiDACd4gwA0ugMAKniDADp4gwA7uIMAELjDABH4wwAm+MMAKzjDAD04wwA/OMMAE3kDAAA5AwACuYMAGTkDACm5AwAtOQMAP/kDAAa5QwAWOUMAGTlDACx5QwAvuUMAP5EFQAM5gwAY+YMAHDmDAC85gwAxOYMABXnDAAs5wwAbucMAHznDADH5wwA4ucMACDoDAAs6AwAeegMAIboDABXRRUA2+gMACvpDAA86QwAhOkMAJXpDADd6QwA5ekMADbqDABN6gwAj+oMAJ3qDADo6gwAA+sMAEHrDABN6wwAmusMAKfrDACwRRUAB+wMAEzsDABP7AwApewMAMLsDAD+7AwAD+0MAFftDAB77QwAsO0MALjtDAAJRhUAEu4MAGLuDABl7gwAu+4MAMXuDAAU7wwAHO8MAG3vDACG7wwAxu8MANLvDAAf8AwAJ/AMAGJGFQCI8AwA0fAMANnwDAAq8QwANPEMAIPxDACX8QwA3PEMAN3xDAA18gwAQfIMAI7yDACW8gwAu0YVAPvyDABA8wwAQ/MMAJnzDAC28wwA8vMMAAP0DABL9AwAWfQMAKT0DAC59AwA/fQMAAX1DABW9QwAY/UMAND4DABv9QwAr/UMALT1DAAI9gwADfYMAGH2DABy9gwAuvYMAML2DAAT9wwAKvcMAGz3DAB69wwAxfcMAOD3DAAe+AwAKvgMAHf4DACE+AwAFEcVANn4DAAp+QwAOvkMAIL5DACT+QwA2/kMAOP5DAA0+gwAS/oMAI36DACb+gwA5voMAAH7DAA/+wwAS/sMAJj7DACl+wwAbUcVAAX8DABK/AwATfwMAKP8DADA/AwA/PwMAA39DABV/QwAY/0MAK79DADD/QwAB/4MAA/+DABg/gwAbf4MAKIEDQB5/gwAuf4MAL7+DAAS/wwAF/8MAGv/DAB8/wwAxP8MAMz/DAAdAA0A0P8MANoBDQA0AA0AdgANAIQADQDPAA0A6gANACgBDQA0AQ0AgQENAI4BDQDGRxUA3AENADMCDQBAAg0AjAINAJQCDQDlAg0A/AINAD4DDQBMAw0AlwMNALIDDQDwAw0A/AMNAEkEDQBWBA0AH0gVAKsEDQD7BA0ADAUNAFQFDQBlBQ0ArQUNALUFDQAGBg0AHQYNAF8GDQBtBg0AuAYNANMGDQARBw0AHQcNAGoHDQB3Bw0AeEgVANQHDQAcCA0AKAgNAHUIDQCCCA0AzggNANMIDQAnCQ0AMQkNAIAJDQCQCQ0A2QkNAN4JDQAyCg0AOwoNAIsKDQCYCg0A5AoNAOsKDQA9Cw0ASQsNAJYLDQCcCw0A7wsNAPULDQBIDA0ATQwNAKEMDQCnDA0A0UgVAP8MDQBTDQ0AWw0NAKwNDQDCDQ0ABQ4NAAoODQBeDg0AZQ4NALcODQDADg0AEA8NACEPDQBpDw0AdQ8NAMIPDQDKDw0A3EkVAB0QDQB0EA0AihANAM0QDQDZEA0AJhENAC0RDQB/EQ0AhxENADVKFQDdEQ0AMRINADgSDQCKEg0AkxINAOMSDQD0Eg0APBMNAEgTDQCVEw0AnRMNAI5KFQDwEw0ARxQNAF0UDQCgFA0ArBQNAPkUDQAAFQ0AUhUNAFoVDQDnShUAsBUNAAQWDQALFg0AXRYNAGYWDQC2Fg0AxxYNAA8XDQAbFw0AaBcNAHAXDQBASxUAwxcNABoYDQApGA0AcxgNAJMYDQDMGA0AzhgNACUZDQA8GQ0AfhkNAIoZDQDXGQ0A3xkNAPJLFQA1Gg0AiRoNAIsaDQDiGg0A6RoNADsbDQBDGw0AlBsNAJ0bDQDtGw0A8xsNAEYcDQBXHA0AnxwNAKccDQCkTBUABB0NAFEdDQBUHQ0Aqh0NAK8dDQADHg0AFB4NAFweDQB3Hg0AtR4NAMEeDQAOHw0AFh8NAP1MFQB9Hw0AwB8NAMEfDQAZIA0AHiANAHIgDQB4IA0AyyANANUgDQAkIQ0ALCENAH0hDQCPIQ0AVk0VAOMhDQAvIg0AOSINAIgiDQCOIg0A4SINAPUiDQA6Iw0AQiMNAJMjDQCjIw0A7CMNAPEjDQBFJA0ASyQNAJ4kDQCmJA0A9yQNAPgkDQBQJQ0AUiUNAKklDQC4JQ0AAiYNACImDQBbJg0AXSYNALQmDQDLJg0ADScNABknDQBmJw0AbicNAK9NFQDHJw0AGCgNADEoDQBxKA0AeigNAMooDQDUKA0AIykNACspDQB8KQ0AjCkNANUpDQDaKQ0ALioNADcqDQCHKg0AlCoNAOAqDQDnKg0AOSsNAEErDQBhThUAnCsNAOsrDQDzKw0ARCwNAFIsDQCdLA0AqiwNAPYsDQD+LA0ATy0NAFEtDQCoLQ0AsC0NAAEuDQACLg0AWi4NAFwuDQCzLg0Awi4NAAwvDQAsLw0AZS8NAGcvDQC+Lw0A1S8NABcwDQAjMA0AcDANAIowDQDJMA0A9TANACIxDQAlMQ0AezENAIAxDQDUMQ0A4TENALpOFQAvMg0AhjINAJAyDQDfMg0A7jINADgzDQBDMw0AkTMNAJ8zDQDqMw0A9zMNAEM0DQBaNA0AnDQNAKQ0DQD1NA0A9jQNAE41DQBQNQ0ApzUNALY1DQAANg0AIDYNAFk2DQBbNg0AsjYNAMk2DQALNw0AFzcNAGQ3DQBsNw0AE08VAMI3DQAWOA0AHDgNAG84DQB3OA0AyDgNAOc4DQAhOQ0ALjkNAHo5DQB7OQ0A0zkNAOk5DQAsOg0ASDoNAGxPFQCLOg0A3joNAOo6DQA3Ow0ARzsNAJA7DQCeOw0A6TsNAPw7DQBCPA0ATjwNAJs8DQCiPA0A9DwNAPw8DQBNPQ0AUT0NAKY9DQC0PQ0A/z0NAAk+DQBYPg0AYz4NALE+DQC5Pg0ACj8NAEQ/DQBjPw0Aaz8NALw/DQDBPw0AFUANABtADQBuQA0AdkANAMdADQDhQA0AIEENAFpBDQB5QQ0AgUENANJBDQDXQQ0AK0INADFCDQCEQg0AjEINAN1CDQD3Qg0ANkMNAFBDDQDFTxUAlkMNAOhDDQD0Qw0AQUQNAEJEDQCaRA0ApkQNAPNEDQAARQ0ATEUNAFNFDQClRQ0AsUUNAP5FDQALRg0AV0YNAGZGDQCwRg0AxEYNAHdQFQALRw0AYkcNABVHDQBCthAAZUcNALoXEABvRw0AiX4OAHFHDQC7Rw0A20cNABRIDQAWSA0AbUgNAIRIDQDGSA0A0kgNAB9JDQAnSQ0A0FAVAHpJDQDRSQ0A3kkNACpKDQAzSg0Ag0oNAIVKDQDcSg0A7UoNADVLDQBGSw0AjksNAKJLDQApURUAB0wNAEBMDQBCTA0AmUwNALBMDQDyTA0A/kwNAEtNDQBTTQ0AglEVAKZNDQD9TQ0AAE4NAFZODQBeTg0Ar04NALxODQAITw0ADU8NAGFPDQBrTw0Auk8NAMJPDQATUA0ALFANAGxQDQB4UA0AxVANANFQDQAeUQ0AK1ENAHdRDQB/UQ0A0FENAOBRDQApUg0ALlINAIJSDQCLUg0A21INAOhSDQA0Uw0AO1MNAI1TDQCVUw0A21EVAPNTDQA/VA0AQlQNAJhUDQCiVA0A8VQNAPNUDQBKVQ0AW1UNAKNVDQC0VQ0A/FUNAAhWDQBVVg0AXFYNAK5WDQDIVg0AB1cNAA9XDQBgVw0AYVcNAHVhDQBqVw0AuVcNAL9XDQASWA0AJlgNAGtYDQBzWA0AxFgNAM5YDQAdWQ0AIlkNAHZZDQB+WQ0Az1kNAN1ZDQAoWg0ANVoNAIFaDQCEWg0A2loNAORaDQAzWw0ANVsNAIxbDQCdWw0A5VsNAPZbDQA+XA0ARlwNADRSFQChXA0A8FwNAAxdDQBJXQ0AUV0NAI1SFQCjXQ0A+10NABFeDQBUXg0AXF4NAK1eDQC7Xg0ABl8NABNfDQBfXw0AYl8NALhfDQDCXw0AEWANABNgDQBqYA0Ae2ANAMNgDQDUYA0AHGENACRhDQDmUhUAhmENAM5hDQDaYQ0AJ2INACliDQCAYg0Ag2INANliDQDlYg0AMmMNADpjDQA/UxUAlGMNAORjDQDxYw0AmFMVAE9kDQCWZA0Ao2QNAO9kDQDwZA0ASGUNAF5lDQChZQ0AqWUNAPplDQAIZg0AU2YNAGBmDQCsZg0Ar2YNAAVnDQAPZw0AXmcNAGBnDQC3Zw0AyGcNABBoDQAhaA0AaWgNAHFoDQDxUxUAz2gNAEpUFQApaQ0AdGkNAIppDQDNaQ0A2WkNACZqDQAyag0Af2oNAIVqDQDYag0A3moNADFrDQA2aw0AimsNAJBrDQCjVBUA6GsNADxsDQA+bA0AlWwNAJxsDQDubA0A9mwNAEdtDQBKbQ0AoG0NAKltDQD5bQ0ACG4NAFJuDQBdbg0Aq24NALNuDQAEbw0AFG8NAF1vDQBrbw0Atm8NAMdvDQAPcA0AG3ANAGhwDQBwcA0ArlUVAN9wDQAacQ0AInENAAdWFQB/cQ0AzHENAOJxDQAlcg0ALXINAH5yDQCdcg0AYFYVANpyDQDtzQ0A5HINADBzDQAzcw0A6IUTADhzDQCJcw0AOnMNAC+cEACLcw0A4nMNAJNzDQC/gA0AmnMNAHJ5DQDvcw0AO3QNAE90DQCUdA0AnHQNAO10DQDydA0ARnUNAFZ1DQCfdQ0Ap3UNAPh1DQACdg0AUXYNAFx2DQCqdg0AtnYNAAN3DQALdw0AuVYVAGF3DQC1dw0AvncNAA54DQAUeA0AZ3gNAHZ4DQDAeA0AzHgNABl5DQAceQ0AElcVAHd5DQDLeQ0A2nkNACR6DQAmeg0AfXoNAI56DQDWeg0A53oNAC97DQBDew0AiHsNAJB7DQDhew0A73sNADp8DQBHfA0Ak3wNAJZ8DQDsfA0A9nwNAEV9DQBHfQ0Ann0NAK99DQD3fQ0ACH4NAFB+DQBcfg0AqX4NALB+DQACfw0ACn8NAFt/DQByfw0AtH8NAMB/DQANgA0AI4ANAGaADQBpgA0Aa1cVAMqADQAYgQ0AJIENAHGBDQB5gQ0AxFcVANaBDQAjgg0AOYINAHyCDQB/gg0A1YINAN2CDQAugw0AMIMNAIeDDQCigw0A4IMNAOKDDQA5hA0AR4QNAJKEDQCjhA0A64QNAO2EDQBEhQ0AXYUNAJ2FDQCuhQ0A9oUNAAKGDQAdWBUAVYYNAKiGDQC2hg0AAYcNAByHDQBahw0AZocNALOHDQC5hw0ADIgNABSIDQBliA0AdYgNAL6IDQDDiA0AF4kNACCJDQBwiQ0AfYkNAMmJDQDQiQ0AIooNACqKDQB2WBUAgIoNANSKDQDaig0ALYsNADWLDQCGiw0AsosNAN+LDQDmiw0AOIwNAFGMDQCRjA0AoIwNAOqMDQAGjQ0Az1gVAE+NDQCcjQ0Apo0NAPWNDQD9jQ0ATo4NAFWODQCnjg0ArY4NAACPDQAOjw0AWY8NAHSPDQCyjw0Avo8NAAuQDQARkA0AZJANAGyQDQC9kA0Ay5ANABaRDQAjkQ0Ab5ENAHKRDQDIkQ0A0pENACGSDQAjkg0AepINAIeSDQDTkg0A4pINACyTDQA4kw0AhZMNAI2TDQAoWRUA45MNADeUDQA9lA0AkJQNAJiUDQDplA0AFZUNAEKVDQBJlQ0Am5UNALSVDQD0lQ0AA5YNAE2WDQBWlg0AppYNAKyWDQD/lg0AEJcNAFiXDQCAlw0AsZcNAN2XDQAKmA0AEZgNAGOYDQB8mA0AvJgNAMuYDQAVmQ0AMZkNAIFZFQBzmQ0Ax5kNANGZDQAgmg0AMJoNAHmaDQB+mg0A0poNANuaDQArmw0AOJsNAISbDQCLmw0A3ZsNAOmbDQA2nA0ASZwNAI+cDQCenA0A6JwNAPScDQBBnQ0AQp0NAJqdDQCknQ0A850NAAGeDQBMng0AUZ4NAKWeDQCyng0A2lkVAA+fDQBXnw0AWZ8NALCfDQCznw0ACaANAAygDQBioA0AaaANALugDQDHoA0AFKENACShDQBtoQ0AfaENAMahDQDLoQ0AH6INACiiDQB4og0AhaINANGiDQDYog0AKqMNADajDQCDow0AiaMNANyjDQDiow0ANaQNADqkDQCOpA0AlKQNAOVaFQDxpA0AQKUNAE6lDQCZpQ0AqaUNAPKlDQD0pQ0AS6YNAFqmDQCkpg0ArqYNAP2mDQAFpw0A8FsVAFynDQCvpw0Au6cNAElcFQANqA0AYagNAGmoDQC6qA0AyqgNABOpDQAhqQ0AbKkNAHmpDQDFqQ0AzKkNAB6qDQAmqg0A+1wVAIiqDQDQqg0A16oNACmrDQAxqw0AgqsNAI+rDQDbqw0A4KsNADSsDQA+rA0AjawNAJWsDQDmrA0A/6wNAD+tDQBLrQ0AmK0NAKCtDQBUXRUA/a0NAEquDQBNrg0Ao64NAKiuDQD8rg0ADa8NAFWvDQBwrw0Arq8NALqvDQAHsA0ADrANAGCwDQB8sA0AubANAMGwDQCtXRUAF7ENAGuxDQB1sQ0AxLENAMyxDQAdsg0AH7INAO2KDwAtsg0AdrINAHuyDQDPsg0A2LINACizDQA1sw0AgbMNAIizDQAGXhUA47MNADO0DQBAtA0AjLQNAJu0DQDltA0A77QNAD61DQBMtQ0Al7UNAJy1DQDwtQ0A/bUNAEm2DQBRtg0AX14VAKO2DQD7tg0AB7cNAFS3DQBhtw0ArbcNALu3DQAGuA0AE7gNAF+4DQB2uA0AuLgNAMC4DQARuQ0AF7kNAGq5DQB2uQ0Aw7kNAOC5DQAcug0AJboNAHW6DQCDug0AzroNANS6DQAnuw0AM7sNAIC7DQCHuw0A2bsNAOG7DQAyvA0AUbwNALheFQCcvA0A5LwNAPC8DQA9vQ0ARL0NAJa9DQCevQ0A770NAPm9DQBIvg0ATb4NAKG+DQCpvg0A+r4NAP++DQBTvw0AVL8NAKy/DQC4vw0ABcANABLADQBewA0AZsANALfADQC6wA0AEMENABrBDQBpwQ0Ab8ENAMLBDQDOwQ0AG8INAB3CDQB0wg0AisINAM3CDQDpwg0AJsMNAC7DDQARXxUAhMMNANjDDQDgww0AMcQNADTEDQCKxA0Ak8QNAOPEDQDyxA0APMUNAEfFDQCVxQ0AncUNAO7FDQD+xQ0AR8YNAFXGDQCgxg0AscYNAPnGDQAFxw0AUscNAFrHDQBqXxUAsccNAATIDQAMyA0AXcgNAGTIDQC2yA0AxMgNAA/JDQAVyQ0AaMkNAHTJDQDByQ0A0MkNABrKDQAkyg0Ac8oNAHjKDQDMyg0A0soNACXLDQA5yw0Aw18VAIrLDQDXyw0A5MsNADDMDQAzzA0AicwNAJfMDQDizA0A58wNADvNDQBIzQ0AlM0NAJzNDQAcYBUA9c0NAEbODQBMzg0An84NAE3ODQBEkA4Aq84NAPjODQAVzw0AUc8NAFrPDQCqzw0AuM8NAAPQDQAJ0A0AXNANAGjQDQC10A0AvNANAHVgFQAP0Q0A5G4OABrRDQBn0Q0AHtENAGprDgB60Q0AwNENAMrRDQAZ0g0AJdINAHLSDQB/0g0Ay9INAM7SDQAk0w0AMtMNAH3TDQCC0w0A1tMNAOPTDQAv1A0AN9QNAM5gFQCO1A0A4dQNAO/UDQA61Q0AVdUNAJPVDQCf1Q0A7NUNAPLVDQCAYRUAaNYNANlhFQCj1g0A99YNAATXDQBQ1w0AXdcNAKnXDQC11w0AAtgNABHYDQBb2A0AZdgNALTYDQDC2A0ADdkNABLZDQBm2Q0Ac9kNAL/ZDQDb2Q0AGNoNACDaDQAyYhUAdtoNAMraDQDQ2g0AI9sNACvbDQB82w0AfdsNANXbDQDc2w0ALtwNADPcDQCH3A0Aj9wNAODcDQDu3A0AOd0NADzdDQCS3Q0Amt0NAOvdDQD43Q0ARN4NAEneDQCd3g0Ap94NAPbeDQD+3g0AT98NAGDfDQCo3w0Ard8NAAHgDQAD4A0AWuANAGHgDQCz4A0Av+ANAAzhDQAT4Q0Ai2IVAHHhDQC+4Q0A2+ENABfiDQAg4g0AcOINAH7iDQDJ4g0Az+INACLjDQAu4w0Ae+MNAILjDQDU4w0A3OMNAC3kDQBD5A0AhuQNAIvkDQDf5A0A5uQNADjlDQBB5Q0AkeUNAKLlDQDq5Q0A9uUNAEPmDQBL5g0APWMVAKLmDQD15g0A+uYNAE7nDQBp5w0Ap+cNALXnDQAA6A0AB+gNAFnoDQBl6A0AsugNALXoDQAL6Q0AE+kNAGTpDQBl6Q0AvekNAL/pDQAW6g0AJeoNAG/qDQCP6g0AyOoNAMrqDQAh6w0AOOsNAHrrDQCG6w0A0+sNANvrDQCWYxUAMewNAIXsDQCN7A0A3uwNAO7sDQA37Q0ARe0NAJDtDQCh7Q0A6e0NAPXtDQBC7g0ARe4NAJvuDQCj7g0A9O4NAALvDQBN7w0AWu8NAKbvDQCu7w0A/+8NADnwDQDvYxUAWvANALHwDQC/8A0ACvENABvxDQBIZBUAafENALzxDQDI8Q0AoWQVADHyDQBTZRUAd/INAMfyDQDd8g0AIPMNACbzDQDz9g0AMPMNAHnzDQB78w0A0vMNAODzDQAr9A0APPQNAKxlFQCL9A0ABWYVAOn0DQA29Q0AOfUNAI/1DQCZ9Q0A6PUNAOv1DQBB9g0AU/YNAJr2DQC29g0AXmYVAPz2DQBM9w0AWfcNALdmFQCz9w0A/vcNABT4DQBX+A0AY/gNALD4DQC8+A0ACfkNAA/5DQBi+Q0AaPkNALv5DQDA+Q0AFPoNABr6DQAQZxUAefoNAMb6DQDJ+g0AH/sNACn7DQB4+w0Ae/sNANH7DQDa+w0AKvwNADj8DQCD/A0AjfwNANz8DQDo/A0ANf0NADj9DQCO/Q0AoP0NAOf9DQAD/g0AaWcVAE/+DQCZ/g0Anv4NAPL+DQD7/g0AS/8NAFj/DQCk/w0Arv8NAP3/DQAPAA4AVgAOAHIADgDCZxUAtQAOAAgBDgAOAQ4AYQEOAGYBDgC6AQ4AwAEOABtoFQAYAg4AbAIOAHUCDgDFAg4AzwIOAB4DDgAhAw4AdwMOAIUDDgDQAw4A1wMOACkEDgA1BA4AggQOAJoEDgDbBA4A4AQOADQFDgBEBQ4AjQUOAKUFDgDmBQ4A8gUOAD8GDgBSBg4AmAYOAJoGDgDxBg4ABwcOAEoHDgBLBw4AowcOALQHDgD8Bw4ACAgOAFUIDgBYCA4ArggOAMYIDgAHCQ4AFgkOAGAJDgBlCQ4AuQkOAMIJDgASCg4AHwoOAGsKDgB1Cg4AxAoOANYKDgAdCw4AOQsOAM1oFQB9Cw4AqZ8QAIALDgDPCw4A2wsOACgMDgArDA4AgQwOAIsMDgDaDA4A3QwOADMNDgA8DQ4AjA0OAJoNDgDlDQ4A7w0OAD4ODgBKDg4AJmkVAJ8ODgDwDg4AAA8OAEkPDgBLDw4Aog8OALAPDgD7Dw4ADBAOAH9pFQBaEA4ArRAOALkQDgDYaRUADxEOAF8RDgB1EQ4AuBEOAM4RDgAREg4AExIOAGoSDgBwEg4AwxIOANcSDgAcEw4ANBMOAHUTDgCGEw4AzhMOANwTDgAnFA4ANBQOAIAUDgCMFA4A2RQOAOsUDgAyFQ4AThUOAIsVDgCdFQ4AimoVAOUVDgA9Fg4ASRYOAJYWDgClFg4A7xYOAPcWDgDjahUAShcOAKEXDgCvFw4A+hcOAAsYDgA8axUAWhgOAJVrFQC0GA4AR2wVAAYZDgA5Ng4ACBkOAMEiDgAJGQ4AwhoOAAsZDgAwJQ4ADBkOAEcfDgAOGQ4ATzgOABEZDgBeGQ4AEhkOADEdDgAUGQ4AwCoOAGQZDgC3GQ4AvRkOABAaDgAVGg4AaRoOAG8aDgCgbBUAxBoOABsbDgAhGw4AdBsOAIEbDgCrbRUA2hsOACYcDgA9HA4AfxwOAJscDgDYHA4A4BwOAARuFQA2HQ4Aih0OAJQdDgDjHQ4A8R0OADweDgBLHg4AlR4OAKEeDgBdbhUA9h4OALZuFQBTHw4AoB8OAKEfDgD5Hw4A/x8OAFIgDgBeIA4AqyAOALogDgAEIQ4ABiEOAF0hDgBnIQ4AtiEOAMIhDgAPIg4AFiIOAA9vFQBwIg4AaG8VAMsiDgAaIw4AICMOAHMjDgCBIw4AzCMOANsjDgAlJA4ALyQOAH4kDgCaJA4A1yQOAN8kDgDBbxUAPCUOAIklDgCYJQ4A4iUOAOclDgA7Jg4AViYOAJQmDgCgJg4A7SYOAPMmDgBGJw4ASCcOAJ8nDgC4Jw4A+CcOAAkoDgBRKA4AXSgOAKooDgDCKA4AAykOAA8pDgBcKQ4AYikOALUpDgC7KQ4ADioOABMqDgBnKg4AbSoOABpwFQDFKg4AGSsOAB8rDgByKw4ALysOAFAwDgB+Kw4AyysOAOMrDgAkLA4AKCwOAOEtDgAwLA4AfSwOAIMsDgDWLA4A3CwOAC8tDgA0LQ4AiC0OAI4tDgAlcRUA4y0OADouDgBALg4Aky4OAKAuDgAwchUA+S4OAEUvDgBcLw4Ani8OALovDgD3Lw4A/y8OAIlyFQBRMA4AqTAOALcwDgACMQ4AEzEOAFsxDgBnMQ4AtDEOAMwxDgANMg4AETIOAMozDgAZMg4AZjIOAGwyDgC/Mg4AxTIOABgzDgAdMw4AcTMOAHczDgDichUAzDMOACM0DgApNA4AfDQOAIk0DgDtcxUA4jQOAC41DgBFNQ4AhzUOAKM1DgDgNQ4A6DUOAEZ0FQA7Ng4AkjYOAJg2DgDrNg4A7jYOAEQ3DgBQNw4AnTcOALk3DgD2Nw4A/jcOAJ90FQBSOA4AqDgOALQ4DgABOQ4ABzkOAFo5DgByOQ4AszkOALc5DgBwOw4AujkOAPU/DgC/OQ4ADDoOAMA5DgDfPQ4AEjoOAGU6DgBrOg4AvjoOAMM6DgAXOw4AHTsOAPh0FQByOw4AyTsOAM87DgAiPA4ALzwOAAN2FQCIPA4A1DwOAOs8DgAtPQ4AST0OAIY9DgCOPQ4AXHYVAOQ9DgA4Pg4AQj4OAJE+DgCfPg4A6j4OAPk+DgBDPw4ATz8OALV2FQCkPw4ADncVAAFADgBOQA4AT0AOAKdADgCtQA4AAEEOAAxBDgBZQQ4AaEEOALJBDgC0QQ4AC0IOABVCDgBkQg4AcEIOAL1CDgDEQg4AZ3cVAB5DDgDAdxUAeUMOAMhDDgDUQw4AIUQOADdEDgB6RA4AhkQOANNEDgDmRA4ALEUOADpFDgCFRQ4Aj0UOABl4FQDmRQ4AcngVAE1GDgCQRg4AnEYOAOlGDgD2Rg4AQkcOAExHDgCbRw4AnUcOAPRHDgD+Rw4ATUgOAFtIDgCmSA4Aq0gOAP9IDgAMSQ4AWEkOAGBJDgCxSQ4AwUkOAApKDgAMSg4AY0oOAGxKDgC8Sg4AzUoOABVLDgAfSw4Ay3gVAHpLDgDHSw4A3ksOACBMDgA7TA4AJHkVAJJMDgDSTA4A2EwOACtNDgA1TQ4AfXkVAIZNDgDdTQ4A7k0OADZODgA+Tg4Aj04OAFJODgAwfg4Am04OAOhODgDuTg4AQU8OAEdPDgCaTw4An08OAPNPDgD5Tw4A1nkVAGhQDgClUA4ArVAOAOF6FQAMUQ4AV1EOAGhRDgCwUQ4AwVEOAAlSDgAVUg4AYlIOAGlSDgA6exUAzFIOABRTDgAlUw4AbVMOAHlTDgDGUw4AzVMOAJN7FQAhVA4AeFQOAHlUDgDRVA4A2VQOACpVDgAvVQ4Ag1UOAIxVDgDcVQ4A5lUOADVWDgA9Vg4AjlYOAJNWDgDnVg4A91YOAEBXDgBIVw4AmVcOAK9XDgDyVw4A/lcOAEtYDgBhWA4ApFgOAKlYDgD9WA4AA1kOAFZZDgBqWQ4A7HsVAMVZDgAIWg4AFloOAGFaDgBuWg4AuloOALxaDgATWw4AHVsOAGxbDgB4Ww4AxVsOAMxbDgAeXA4AJlwOAHdcDgCQXA4A0FwOAORcDgApXQ4AMV0OAIJdDgCEXQ4A210OAOhdDgA0Xg4AOV4OAI1eDgCXXg4A5l4OAPFeDgA/Xw4AS18OAJhfDgCeXw4A8V8OAPlfDgBKYA4AS2AOAKNgDgCpYA4A/GAOAAFhDgBVYQ4AZGEOAK5hDgC6YQ4AB2IOAApiDgBgYg4AY2IOAEV8FQC+Yg4AEmMOAC5jDgCefBUAi2MOAPd8FQDHYw4AHWQOACdkDgCpfRUAg2QOAM9kDgDXZA4AKGUOADFlDgCBZQ4AjmUOANplDgDhZQ4AM2YOAD9mDgCMZg4AnGYOAOVmDgDzZg4APmcOAEtnDgCXZw4Ao2cOAPBnDgD3Zw4ASWgOAFFoDgACfhUApGgOAPtoDgAMaQ4AVGkOAF1pDgCtaQ4AuWkOAFt+FQAMag4AX2oOAGtqDgC0fhUAvmoOABFrDgAdaw4AI4EVAGxrDgDDaw4AzWsOABxsDgAebA4AdWwOAIZsDgDObA4A1mwOACdtDgAzbQ4AgG0OAIZtDgDZbQ4A320OADJuDgA3bg4Ai24OAJFuDgB8gRUA5m4OAD1vDgBDbw4Alm8OAJlvDgDvbw4A+28OAEhwDgBQcA4Ah4IVAKdwDgD6cA4AAHEOAFNxDgBYcQ4ArHEOALJxDgDgghUAB3IOAF5yDgBncg4At3IOAM5yDgAQcw4AG3MOAGlzDgBzcw4AwnMOAMpzDgDrgxUAKHQOAHR0DgB8dA4AzXQOANd0DgAmdQ4AMXUOAH91DgCFdQ4A2HUOAOR1DgAxdg4AM3YOAIp2DgCRdg4A43YOAOt2DgA8dw4ATncOAESEFQDWdw4A7ncOAPZ3DgBHeA4AangOAE+FFQCieA4A+XgOAAZ5DgBSeQ4AWXkOAKt5DgC8eQ4ABHoOABB6DgBdeg4AZHoOALZ6DgC3eg4AC5sOAL56DgCohRUAInsOAGh7DgB3ew4AwXsOAM17DgAafA4AG3wOAHN8DgB9fA4AzHwOANp8DgAlfQ4AKn0OAH59DgCLfQ4AAYYVAN99DgBahhUAOH4OALOGFQCXfg4A4n4OAPF+DgA7fw4AW38OAJR/DgCgfw4A7X8OAPR/DgBGgA4AToAOAJ+ADgChgA4A+IAOAAKBDgC+hxUAW4EOAKqBDgCygQ4AF4gVAA2CDgBcgg4AZIIOAHCIFQD3gg4ADoMOABaDDgBngw4AhYMOAMmIFQDFgw4AEH4PAMyDDgC7zBEAzoMOABmEDgAghA4AZ5kQACmEDgByhA4AgoQOAMuEDgDXhA4AJIUOACqFDgB9hQ4AmYUOANaFDgDehQ4AIokVAEOGDgCIhg4AkoYOAOGGDgDthg4AOocOAEKHDgB7iRUAnocOAOyHDgDuhw4ARYgOAEuIDgCeiA4ApogOANSJFQAHiQ4AUIkOAFKJDgCpiQ4At4kOAAKKDgATig4ALYoVAGKKDgCGihUAuooOAA2LDgASiw4AZosOAGyLDgDfihUAyYsOABiMDgAajA4AcYwOAISMDgDKjA4A0owOACONDgAvjQ4AfI0OAIKNDgDVjQ4A240OAC6ODgAzjg4Ah44OAI2ODgDqixUA6Y4OADmPDgBGjw4Ako8OAJmPDgDrjw4A848OAEOMFQBQkA4AnZAOAKeQDgD2kA4AApEOAE+RDgBekQ4AqJEOALKRDgABkg4ADZIOAFqSDgBhkg4AnIwVALuSDgD1jBUAGJMOAGWTDgBvkw4AvpMOAMqTDgAXlA4AJpQOAHCUDgB6lA4AyZQOANWUDgAilQ4AKZUOAE6NFQCJlQ4A1JUOAJuVDgDEeRAA65UOAC2WDgA6lg4AhpYOAIiWDgDflg4A8JYOADiXDgBUlw4AkZcOAJmXDgCnjRUAA5gOAEOYDgBXmA4AnJgOAKSYDgD1mA4A+JgOAE6ZDgBcmQ4Ap5kOAL6ZDgAAmg4ADZoOAFmaDgBbmg4AspoOAMOaDgAAjhUAEZsOAGSbDgBpmw4AvZsOANObDgAWnA4AJJwOAG+cDgBynA4AyJwOANScDgAhnQ4AJ50OAHqdDgCGnQ4A050OAP+dDgAsng4AOJ4OAIWeDgCUng4A3p4OAOieDgA3nw4ARZ8OAJCfDgCVnw4A6Z8OAPafDgBZjhUARKAOAJugDgCpoA4A9KAOAAGhDgBNoQ4AX6EOALKOFQC1oQ4A/6EOAAuiDgBYog4AcaIOALGiDgCzog4ACqMOABmjDgBjow4Ag6MOALyjDgDEow4AFaQOADikDgALjxUAc6QOAMekDgDKpA4AIKUOACqlDgB5pQ4AgaUOANKlDgDYpQ4AK6YOADemDgCEpg4Ak6YOAN2mDgDppg4ANqcOAEOnDgCPpw4AmacOAOinDgDwpw4AQagOAFCoDgCaqA4AnKgOAPOoDgAEqQ4ATKkOAF2pDgClqQ4ArakOAP6pDgAPqg4AV6oOAFmqDgCwqg4As6oOAAmrDgATqw4AYqsOAIarDgC7qw4A16sOAGSPFQAarA4AbawOAHKsDgDGrA4A1awOAB+tDgArrQ4AeK0OAHutDgDRrQ4A1K0OACquDgAyrg4Ag64OAJKuDgDcrg4A4a4OADWvDgBLrw4Ajq8OAI+vDgDnrw4A+K8OAECwDgBMsA4AmbAOAKOwDgDysA4A/rAOAEuxDgBSsQ4AvY8VAKixDgD9sQ4AC7IOAFayDgBgsg4Ar7IOALqyDgAIsw4AELMOAGGzDgBtsw4AurMOAM2zDgATtA4AIbQOAGy0DgB2tA4AxbQOAM20DgAetQ4ALbUOAHe1DgB8tQ4A0LUOANe1DgAptg4ANbYOABaQFQCOtg4A27YOAN62DgA0tw4AN7cOAI23DgCVtw4ATWkRAKe3DgDmtw4A8rcOAD+4DgBSuA4AmLgOAKa4DgDxuA4A+7gOAEq5DgBtuQ4Ab5AVAK25DgD8uQ4ACLoOAFW6DgBcug4ArroOALa6DgAHuw4AC7sOAGC7DgBuuw4AubsOAMO7DgASvA4AHbwOAGu8DgBzvA4AxLwOANO8DgAdvQ4AIr0OAHa9DgB9vQ4Az70OANu9DgAovg4AML4OAMiQFQCXvg4AsHIRAJq+DgDavg4A5L4OADO/DgA/vw4AjL8OAI+/DgDlvw4A778OAD7ADgBBwA4Al8AOAKfADgDwwA4A8sAOAEnBDgBXwQ4AosEOALPBDgAhkRUAAsIOAHqRFQBtwg4ArcIOALfCDgAGww4AEsMOAF/DDgBiww4AuMMOAMLDDgDTkRUAFsQOAGrEDgCKxA4ALJIVANHEDgAcxQ4AMsUOAHXFDgCBxQ4AzsUOANXFDgAnxg4AL8YOAIDGDgCFxg4A2cYOAOLGDgAyxw4APMcOAIvHDgCTxw4A5McOAPLHDgA9yA4ASsgOAJbIDgCeyA4A3pIVAP/IDgBIyQ4AUMkOADeTFQCoyQ4A+skOAAbKDgBTyg4AWsoOAKzKDgC0yg4ABcsOAA/LDgBeyw4AbMsOALfLDgDNyw4AEMwOABzMDgBpzA4AbswOAMLMDgDLzA4AG80OACXNDgB0zQ4AfM0OAM3NDgDSzQ4AJs4OADbODgB/zg4Ah84OAJCTFQDmzg4AMc8OAEfPDgCKzw4Als8OAOPPDgDqzw4APNAOAETQDgCV0A4AmtAOAO7QDgD30A4AR9EOAFHRDgCg0Q4AqNEOAPnRDgD70Q4AJN4OAAfSDgBS0g4AX9IOAKvSDgCz0g4A6ZMVABDTDgBd0w4AYNMOALbTDgDA0w4AQpQVAB3UDgBo1A4AftQOAMHUDgDN1A4AGtUOACHVDgBz1Q4Ae9UOAMzVDgDR1Q4AJdYOAC7WDgB+1g4AiNYOANfWDgDf1g4AMNcOADLXDgCJ1w4AmdcOAOLXDgDs1w4AO9gOAEfYDgCU2A4AmtgOAPSUFQD72A4ARtkOAFzZDgCf2Q4Aq9kOAPjZDgD92Q4AUdoOAFraDgCq2g4AtNoOAAPbDgAL2w4AXNsOAH7bDgBNlRUAxNsOAA7cDgAa3A4AZ9wOAGjcDgDA3A4AytwOABndDgAn3Q4Act0OAHfdDgDL3Q4A2N0OAKaVFQA03g4Afd4OAIfeDgDW3g4A4t4OAC/fDgA13w4AiN8OAJDfDgCxlhUA5t8OADrgDgBC4A4Ak+AOAJ/gDgAB6w4ArOAOAOzgDgD44A4AReEOAE3hDgAKlxUAq+EOAPfhDgD/4Q4AUOIOAF7iDgCp4g4AtuIOAALjDgAF4w4AW+MOAGXjDgC04w4AtuMOAA3kDgAa5A4AZuQOAHXkDgC/5A4Ay+QOABjlDgAg5Q4AY5cVAIHlDgDK5Q4A0uUOACPmDgAv5g4AfOYOAILmDgDV5g4A2+YOAC7nDgAz5w4Ah+cOAI3nDgC8lxUA7ecOADnoDgA+6A4AkugOAJzoDgDr6A4A8+gOAETpDgBQ6Q4AnekOALDpDgD26Q4ABOoOAE/qDgBS6g4AqOoOALLqDgAVmBUAFOsOAFrrDgBo6w4As+sOALbrDgAM7A4AFuwOAG6YFQBq7A4AvuwOAHPsDgC6DA8AxuwOABftDgAj7Q4AcO0OAHbtDgDJ7Q4Ag+0OAEsKDwDP7Q4AIu4OACfuDgB77g4Age4OAMeYFQDa7g4ALe8OADLvDgCG7w4AjO8OACCZFQDt7w4AOPAOAFPwDgCR8A4AnfAOAOrwDgDx8A4AeZkVAEzxDgCc8Q4AqfEOAPXxDgAB8g4ATvIOAGHyDgCn8g4AqPIOAADzDgAM8w4AWfMOAGjzDgCy8w4AvPMOAAv0DgAX9A4AZPQOAGv0DgDSmRUAw/QOABb1DgAc9Q4Ab/UOAHT1DgDI9Q4AzvUOAISaFQAq9g4AevYOAIf2DgDT9g4A1/YOACz3DgAu9w4AhfcOAJL3DgDe9w4A6PcOAN2aFQA++A4AkPgOAJj4DgDp+A4A9fgOAEL5DgBV+Q4Am/kOAKr5DgD0+Q4AAPoOAE36DgBO+g4ApvoOALD6DgD/+g4ADfsOAFj7DgBd+w4AsfsOAL77DgA2mxUAFvwOAGP8DgBp/A4AvPwOAML8DgAV/Q4AGv0OAG79DgB0/Q4Aj5sVAMz9DgAg/g4AKv4OAEGcFQCB/g4A0v4OAN/+DgAr/w4AMP8OAIT/DgCO/w4A3f8OAOX/DgA2AA8AQgAPAI8ADwCiAA8A6AAPAOkADwBBAQ8ATQEPAJoBDwCpAQ8A8wEPAP0BDwBMAg8AVAIPAKUCDwCnAg8AmpwVAAcDDwBXAw8AZgMPALADDwC/Aw8ACQQPABUEDwBiBA8AZQQPALsEDwC+BA8A85wVABYFDwBtBQ8AcAUPAMYFDwDOBQ8AHwYPACwGDwB4Bg8AfQYPANEGDwDbBg8AKgcPADIHDwCDBw8AjwcPANwHDwDvBw8ANQgPADYIDwCOCA8AmggPAOcIDwD2CA8AQAkPAEoJDwCZCQ8ApQkPAPIJDwD5CQ8ATJ0VAFoKDwCkCg8AsAoPAP0KDwD+Cg8AVgsPAGALDwCvCw8AvQsPAAgMDwANDA8AYQwPAG4MDwClnRUAywwPAP6dFQAgDQ8AbA0PAHoNDwDFDQ8A1g0PAB4ODwBADg8AV54VAHwODwDQDg8AfQ4PAHtHDwDYDg8AKQ8PACoPDwCuEw8ALA8PALkUDwAuDw8AoxIPAC8PDwAdFg8AMA8PAJgRDwA4Dw8Agg8PAEIPDwA+GQ8Ahw8PANsPDwDoDw8ANBAPAEEQDwCNEA8AmRAPAOYQDwD1EA8APxEPAEkRDwCwnhUAphEPAPERDwDzEQ8AShIPAFsSDwAJnxUApBIPAPwSDwAIEw8AVRMPAGITDwBinxUAvBMPAAcUDwAUFA8AYBQPAHcUDwC7nxUAwhQPAIEXDwDDFA8AEhUPABQVDwBrFQ8AcRUPAMQVDwDOFQ8AFKAVACkWDwB2Fg8AeBYPAM8WDwDeFg8AKBcPADMXDwBtoBUAkBcPANoXDwDpFw8AMxgPAD8YDwCMGA8AmBgPAOUYDwDsGA8AxqAVAEoZDwCXGQ8AnxkPAB+hFQAJGg8ASRoPAFoaDwCiGg8ArhoPAHihFQACGw8AVBsPAFwbDwCtGw8ArhsPAAYcDwAMHA8AXxwPAGQcDwC4HA8AuRwPABEdDwAdHQ8Aah0PAHAdDwDDHQ8AzR0PABweDwAqHg8ArCMPADAeDwB1Hg8AfR4PANGhFQDeHg8AJx8PAC8fDwCAHw8AiR8PANkfDwCNHw8AoSIPAOYfDwAyIA8AOSAPAIsgDwCXIA8A5CAPAPQgDwA9IQ8ASyEPAJYhDwCjIQ8A7yEPAPshDwBIIg8ATyIPACqiFQCqIg8A+iIPAAsjDwBTIw8AZCMPAIOiFQC4Iw8ABSQPAAgkDwBeJA8AZiQPALckDwC8JA8AECUPACAlDwBpJQ8AcSUPAMIlDwDLJQ8AGyYPAM8lDwDjKA8AKCYPAHQmDwB7Jg8AzSYPANkmDwAmJw8ANicPAH8nDwCNJw8A2CcPAOUnDwAxKA8APSgPAIooDwCRKA8A3KIVAOwoDwA8KQ8ATSkPAJUpDwCmKQ8ANaMVAPMpDwBHKg8AVCoPAKAqDwCsKg8A+SoPAAMrDwBSKw8AZisPAKsrDwCsKw8ABCwPABAsDwBdLA8AfCwPALYsDwC+LA8ADy0PABQtDwBoLQ8AgS0PAMEtDwDtLQ8AGi4PACYuDwBzLg8Agi4PAMwuDwDWLg8AJS8PAC0vDwB+Lw8AiS8PANcvDwDZLw8AMDAPADMwDwCJMA8AkTAPAOIwDwDvMA8AOzEPAEAxDwCUMQ8AnDEPAO0xDwDvMQ8ARjIPAFAyDwCfMg8AqTIPAPgyDwD+Mg8AUTMPAF8zDwCqMw8AwzMPAAM0DwAMNA8AXDQPAGY0DwC1NA8AwTQPAI6jFQAaNQ8AZzUPAHE1DwDANQ8AyzUPABk2DwAeNg8AcjYPAHk2DwDLNg8A0zYPACQ3DwBRNw8A56MVAIQ3DwDWNw8A3jcPAC84DwBcOA8AiDgPAI04DwDhOA8A4jgPADo5DwBEOQ8AkzkPAKE5DwDsOQ8A8TkPAEU6DwBSOg8AnjoPALo6DwD3Og8AEzsPAECkFQBdOw8AqTsPAK07DwACPA8ACDwPAFs8DwBdPA8AtDwPALU8DwANPQ8AMD0PAGY9DwCKPQ8Avz0PAOw9DwAYPg8AID4PAHE+DwB2Pg8Ayj4PANc+DwAjPw8AKz8PAHw/DwB+Pw8A1T8PAN0/DwAuQA8AW0APAIdADwCUQA8A4EAPAOVADwA5QQ8ARkEPAJJBDwCeQQ8A60EPABhCDwBEQg8ATEIPAJ1CDwC4Qg8A9kIPAPhCDwBPQw8AYEMPAKhDDwCxQw8AAUQPAA1EDwCZpBUAZ0QPALNEDwDORA8ADEUPABFFDwBlRQ8AhUUPAPKkFQDGRQ8AS6UVACVGDwBwRg8AekYPAMlGDwDURg8AIkcPACpHDwD9pRUAhEcPANRHDwDeRw8ALUgPADhIDwCGSA8AmkgPAN9IDwD0SA8AOEkPAEBJDwCRSQ8AqEkPAOpJDwDvSQ8AQ0oPAE1KDwCcSg8ApEoPAFamFQD3Sg8ATksPAF9LDwCnSw8AqksPAABMDwAMTA8Ar6YVAGdMDwCyTA8Aw0wPAAinFQAOTQ8AZE0PAGdNDwC9TQ8AyU0PABZODwAcTg8Ab04PAHlODwBhpxUA1U4PACFPDwA4Tw8Aek8PAIJPDwC6pxUA2U8PACxQDwAyUA8AhVAPAJ1QDwDeUA8A4FAPADdRDwA6UQ8AkFEPAJNRDwDpUQ8A9VEPAEJSDwBIUg8Am1IPAKVSDwBsqBUA+VIPAE1TDwBaUw8AxagVALZTDwD/Uw8AC1QPAFhUDwBeVA8AsVQPAL1UDwAKVQ8Av1QPAPMtEwAXVQ8AY1UPAHJVDwC8VQ8AyFUPABVWDwAdVg8AHqkVAHZWDwDHVg8AyVYPACBXDwAvVw8AeVcPAINXDwDSVw8A21cPACtYDwAtWA8AhFgPAJVYDwDdWA8A8lgPADZZDwA+WQ8Aj1kPANJZDwDoWQ8A8FkPAEFaDwBNWg8AmloPAK1aDwDzWg8A9FoPAExbDwBYWw8ApVsPALRbDwD+Ww8ACFwPAFdcDwBjXA8AsFwPALdcDwDQqRUAJV0PACmqFQBlXQ8Au10PAMNdDwAUXg8AIV4PAG1eDwByXg8Axl4PANBeDwAfXw8AJ18PAHhfDwCCXw8A/WMPAIhfDwATZg8ApV8PANFfDwDbXw8AKmAPAOFfDwDnYQ8AMGAPAINgDwCMYA8A3GAPAOhgDwA1YQ8AYmEPAI5hDwCqYQ8A26oVAOlhDwBAYg8AUWIPAJliDwCcYg8A8mIPAP5iDwBLYw8AeGMPAKRjDwDAYw8ANKsVAANkDwBWZA8AX2QPAK9kDwC5ZA8ACGUPABNlDwBhZQ8AdWUPALplDwDWZQ8AjasVABVmDwBsZg8AfWYPAMVmDwDIZg8AHmcPADJnDwB3Zw8Ak2cPAOarFQDYZw8AP6wVADNoDwCCaA8Ai2gPANtoDwDdaA8ANGkPAEVpDwCNaQ8AsWkPAJisFQAAag8A8awVAERqDwCYag8AsWoPAPFqDwD7ag8ASmsPAExrDwCjaw8AsWsPAPxrDwAJbA8AVWwPAGFsDwCubA8AtWwPAAdtDwAPbQ8ASq0VAGhtDwCjrRUAxW0PABJuDwAvbg8Aa24PAHRuDwDEbg8A0m4PAB1vDwAjbw8Adm8PAIJvDwDPbw8A1m8PAChwDwAwcA8AgXAPAItwDwDacA8A5nAPADNxDwA2cQ8AjHEPAJZxDwBVrhUA6nEPAD5yDwBZcg8Al3IPAKNyDwDwcg8A9nIPAElzDwBLcw8AonMPALlzDwD7cw8AB3QPAFR0DwBcdA8AB68VAL10DwAGdQ8ADnUPAGCvFQBrdQ8AuHUPAL51DwARdg8AF3YPAGp2DwBvdg8Aw3YPAMl2DwC5rxUAJncPAHV3DwB9dw8Aa7AVANR3DwAneA8AL3gPAIB4DwCNeA8A2XgPAOV4DwAyeQ8ANHkPAIt5DwCReQ8A5HkPAOx5DwDEsBUASnoPAJZ6DwCdeg8A73oPAPd6DwBIew8ATXsPAKF7DwCxew8A+nsPAAJ8DwBTfA8AYXwPAKx8DwC5fA8ABX0PAAZ9DwBefQ8AZ30PALd9DwDBfQ8AHbEVABx+DwBpfg8AbH4PAMJ+DwDKfg8AG38PACh/DwB0fw8AeX8PAM1/DwDXfw8AJoAPAC6ADwB/gA8Ai4APANiADwDrgA8AMYEPAD+BDwCKgQ8AjYEPAOOBDwDtgQ8AdrEVAEGCDwCVgg8AoYIPAO6CDwDxgg8AR4MPAE+DDwCggw8ArYMPAPmDDwD+gw8AUoQPAFyEDwCrhA8As4QPAASFDwAQhQ8AXYUPAHCFDwC2hQ8AxIUPAA+GDwAShg8AaIYPAHKGDwDPsRUAx4YPABqHDwAmhw8Ac4cPAHWHDwDMhw8A04cPACWIDwA5iA8AfogPAIaIDwDXiA8A44gPADCJDwBDiQ8AiYkPAJeJDwDiiQ8A5YkPADuKDwBFig8AlIoPAJeKDwAoshUACIsPAEaLDwBIiw8An4sPAK2LDwD4iw8ACYwPAFGMDwBTjA8AqowPAMOMDwADjQ8AFI0PAFyNDwBojQ8AgbIVAL6NDwAOjg8AG44PANqyFQB1jg8AwI4PANaODwAZjw8AJY8PAHKPDwB+jw8Ay48PAN6PDwAkkA8AM5APAH2QDwCJkA8A1pAPANeQDwAvkQ8AOZEPAIiRDwCWkQ8A4ZEPAOaRDwA6kg8AR5IPADOzFQChkg8A7JIPAAKTDwBFkw8AUZMPAJ6TDwClkw8A95MPAP+TDwBQlA8AVZQPAKmUDwCylA8AApUPAAyVDwBblQ8AY5UPALSVDwC4lQ8ADZYPAA+WDwBmlg8AdJYPAL+WDwDJlg8AGJcPACaXDwBxlw8AfpcPAMqXDwDhlw8AI5gPACuYDwB8mA8AjJgPANWYDwDamA8ALpkPADSZDwCHmQ8Aj5kPAOCZDwDlmQ8AOZoPADqaDwCSmg8AnpoPAOuaDwDxmg8ARJsPAEabDwCdmw8Ap5sPAPabDwAEnA8AT5wPAFScDwConA8AtZwPAD60FQAHnQ8AWp0PAF+dDwCznQ8AuZ0PAJe0FQARng8AZZ4PAHKeDwC+ng8Ay54PABefDwAjnw8AcJ8PAH+fDwDJnw8A058PACKgDwAwoA8Ae6APAICgDwDUoA8A4aAPAC2hDwA1oQ8AorUVAJKhDwDfoQ8A76EPADiiDwBBog8AkaIPAJSiDwDqog8A9qIPAEOjDwBKow8A+7UVAKGjDwD1ow8AAqQPAE6kDwBbpA8Ap6QPALOkDwAApQ8AD6UPAFmlDwBjpQ8AsqUPAMClDwALpg8AEKYPAGSmDwBxpg8AvaYPAMWmDwBUthUAIqcPAG+nDwB/pw8AyKcPANGnDwAhqA8AJKgPAHqoDwCGqA8A06gPANqoDwCtthUAMakPAIWpDwCOqQ8AFOMTAJKpDwDeqQ8A66kPADeqDwBDqg8AkKoPAJ+qDwDpqg8A86oPAEKrDwBQqw8Am6sPAKCrDwD0qw8AAawPAE2sDwBVrA8ABrcVALKsDwD/rA8AD60PAFitDwBhrQ8Asa0PALStDwAKrg8AFq4PAGOuDwBqrg8AX7cVANOuDwAVrw8AG68PAG6vDwB6rw8Ax68PAN6vDwAgsA8AIrAPAHmwDwCDsA8A0rAPAN6wDwArsQ8AN7EPAISxDwCKsQ8A3bEPAOOxDwA2sg8AO7IPAI+yDwCVsg8AuLcVAAKzDwARuBUAR7MPAA5hEwBasw8AmrMPAKizDwDzsw8A+LMPAEy0DwBVtA8ApbQPAKi0DwD+tA8AE7UPAFe1DwBftQ8AsLUPALq1DwAJtg8AFbYPAGK2DwBltg8Au7YPAMW2DwBquBUAILcPAG23DwB3tw8AxrcPAM+3DwAfuA8AJbgPAHi4DwCFuA8A0bgPAN24DwAquQ8AMbkPAIO5DwCLuQ8AHLkVAOa5DwA1ug8AQboPAI66DwCRug8A57oPAPG6DwDOuRUARrsPAJm7DwCiuw8A8rsPAP+7DwCAuhUATLwPAKS8DwCmvA8A/bwPAAC9DwBWvQ8AWb0PANm6FQC2vQ8AMrsVABa+DwBhvg8AYr4PAOS7FQDGvg8AE78PABq/DwBsvw8AdL8PAFwoFgCIvw8APbwVAN+/DwAewA8AOMAPAEi9FQCFwA8A0MAPAOHADwApwQ8AMcEPAILBDwCHwQ8A28EPAOTBDwA0wg8APsIPAI3CDwC7wg8Aob0VAO7CDwD6vRUASMMPAJjDDwCmww8AL0MQAK7DDwDxww8AB8QPAErEDwBMxA8Ao8QPAKnEDwD8xA8AEMUPAFXFDwBdxQ8ArsUPALTFDwAHxg8AE8YPAGDGDwBhxg8AucYPAL7GDwASxw8AGMcPAGvHDwB1xw8AU74VANDHDwAdyA8AIMgPAHbIDwCAyA8ArL4VAPfIDwAFvxUAMckPAIHJDwCSyQ8A2skPAOTJDwAzyg8AT8oPAIzKDwCUyg8AXr8VAOfKDwA+yw8ATMsPAJfLDwCoyw8At78VAPLLDwBJzA8ATMwPAKLMDwClzA8AEMAVAADNDwBUzQ8AXs0PAK3NDwC5zQ8ABs4PAAnODwBfzg8Aac4PALjODwC7zg8AacAVAB/PDwBqzw8Ad88PAMPPDwDazw8AHNAPACTQDwB10A8AeNAPAM7QDwDa0A8AJ9EPADjRDwCA0Q8AjNEPANnRDwDo0Q8AMtIPADzSDwCL0g8Al9IPAOTSDwDr0g8APdMPAEXTDwCW0w8AoNMPAO/TDwD70w8ASNQPAEvUDwCh1A8Aq9QPAMLAFQAU1Q8AG8EVAF3VDwCs1Q8ArtUPAAXWDwAL1g8AXtYPAGjWDwC31g8Av9YPAM3BFQAT1w8AsH0SABvXDwBp1w8AatcPAMLXDwDM1w8AG9gPAEbYDwAmwhUAhNgPAM3YDwDP2A8AJtkPADTZDwB/2Q8AkNkPAH/CFQDe2Q8AMdoPAD3aDwCK2g8AjNoPAOPaDwDm2g8APNsPAEHbDwCV2w8AotsPAO7bDwAK3A8AR9wPAE/cDwAxwxUArdwPAPncDwAU3Q8AUt0PAFTdDwCr3Q8AvN0PAATeDwAS3g8AXd4PAGTeDwC23g8Avt4PAA/fDwAU3w8AaN8PAHHfDwDB3w8Ay98PABrgDwAb4A8Ac+APAHzgDwDM4A8A1uAPACXhDwAt4Q8AfuEPAI7hDwDX4Q8A3eEPADDiDwA14g8AieIPAJ/iDwDi4g8A6uIPADvjDwA+4w8AlOMPAErjDwD45A8AtOMPAO3jDwD74w8ARuQPAEfkDwCKwxUAr+QPAOPDFQAJ5Q8AUeUPAF3lDwCq5Q8ArOUPAAPmDwAQ5g8APMQVAGLmDwC15g8A1eYPAA7nDwAW5w8AlcQVABrnDwAWABAAcOcPAMDnDwDW5w8AGegPAC/oDwBy6A8AdOgPAMvoDwDR6A8AJOkPADjpDwBHxRUAiukPAKDFFQDd6Q8AL+oPADfqDwCI6g8AkuoPAOHqDwDt6g8AOusPAD3rDwCT6w8AnesPAPnFFQD16w8ARewPAFvsDwCe7A8AtOwPAPfsDwD57A8AUO0PAFbtDwCp7Q8Ave0PAKvGFQAE7g8AW+4PABLuDwAUMRMAe+4PAATHFQC77g8ADe8PABXvDwBm7w8AcO8PAL/vDwDL7w8AGPAPABvwDwBx8A8Ae/APAF3HFQDT8A8AI/EPADnxDwB88Q8AkvEPANXxDwDX8Q8ALvIPADTyDwCH8g8Am/IPAA/IFQDi8g8AOfMPAEfzDwCS8w8Ao/MPAGjIFQDy8w8AwcgVAFD0DwCd9A8AoPQPAPb0DwAA9Q8Ac8kVAFj1DwCo9Q8AvvUPAAH2DwAX9g8AWvYPAFz2DwCz9g8AufYPAAz3DwAg9w8AJcoVAHH3DwC+9w8AwPcPABf4DwA3+A8AfsoVAHr4DwDJ+A8A1fgPACL5DwAl+Q8Ae/kPAIX5DwDXyhUA3fkPAC36DwBD+g8AhvoPAJz6DwDf+g8A4foPADj7DwA++w8AkfsPAKX7DwCJyxUA7vsPAEP8DwBL/A8AnPwPAKb8DwD1/A8AAf0PAE79DwBR/Q8Ap/0PALH9DwDiyxUACf4PAFn+DwBv/g8Asv4PAMj+DwAL/w8ADf8PAGT/DwBq/w8Avf8PANH/DwCUzBUAHQAQAG8AEAB3ABAAyAAQANIAEAAhARAALQEQAHoBEAB9ARAA0wEQAN0BEADtzBUANQIQAIUCEACbAhAA3gIQAPQCEAA3AxAAOQMQAJADEACWAxAA6QMQAP0DEACfzRUASgQQAJsEEABeBBAAyjIWAKEEEAC3OhEAqwQQAPQEEACsBBAAZqwRALQEEACpqhEA9gQQAE0FEABbBRAApgUQALcFEAD4zRUABgYQAFHOFQBhBhAApRgRAGQGEACxBhAAtAYQAAoHEAATBxAAYwcQAHQHEAC8BxAAxgcQABUIEAAdCBAAbggQADEIEABXchEAcQgQAMcIEADQCBAAIAkQADYJEAB5CRAAjwkQANIJEADUCRAAKwoQADEKEACEChAAmAoQAKrOFQD/ChAA9v8QAAULEAA2CxAAXgsQAAPPFQCVCxAAwPIQAJsLEABMDRAAnAsQAH30EACeCxAAcvMQAJ8LEADoCxAA6gsQAEEMEABPDBAAmgwQAKsMEABczxUA+wwQALXPFQBSDRAApQ0QAKsNEAD+DRAAAw4QAFcOEABdDhAADtAVALwOEAAJDxAAEQ8QAMDQFQBuDxAAuw8QAMUPEAAUEBAAHRAQAG0QEABuEBAAxhAQAM4QEAAfERAAJBEQAHgREACIERAActEVAN0REAAqEhAALBIQAIMSEACJEhAA3BIQAOMSEAA1ExAAOhMQAI4TEACSExAA5xMQAPQTEABAFBAASBQQAJkUEACeFBAA8hQQAAIVEADL0RUAXBUQAKQVEACwFRAA/RUQAAwWEABWFhAAYBYQAK8WEAC9FhAACBcQABUXEABhFxAAeBcQACTSFQC9FxAA1tIVABYYEABsGBAAGhgQAKfmFQB0GBAAxRgQAO0YEAAeGRAARhkQAHcZEACfGRAAL9MVANkZEAApGhAAKhoQAIIaEACRGhAA2xoQAJgaEACYHBAA7BoQADQbEAA2GxAAjRsQAJAbEADmGxAA6RsQAD8cEABHHBAAOtQVAJ0cEADxHBAA+BwQAEodEABTHRAAox0QALQdEAD8HRAACB4QAFUeEABdHhAAk9QVALQeEAAHHxAADh8QAGAfEABlHxAAuR8QAL0fEAASIBAAHyAQAGsgEAB6IBAAxCAQANUgEAAdIRAAHyEQAHYhEAB5IRAAzyEQANIhEAAoIhAAMCIQAOzUFQCGIhAAS24QAIwiEADVEhMAjSIQANoiEADdIhAAMyMQAD0jEABF1RUAlSMQAOUjEAD0IxAAPiQQAE0kEACXJBAAoyQQAPAkEADzJBAASSUQAEwlEACe1RUApSUQAPslEAAjJhAA99UVAFwmEABQ1hUAtSYQAKnWFQAUJxAAXycQAHAnEAC4JxAAxCcQABEoEAA0KBAAaigQAG0oEADDKBAA5ygQABwpEAAkKRAAW9cVAHcpEADOKRAA3CkQACcqEAA4KhAAtNcVAIcqEAAN2BUA2yoQADIrEABDKxAAiysQAJMrEACZeBEApysQAL/YFQDsKxAAGNkVAEIsEACWLBAAoywQAO8sEADyLBAASC0QAE0tEAChLRAAsi0QAPotEAAGLhAAcdkVAFguEACsLhAAvS4QAAUvEAARLxAAXi8QAHgvEAC3LxAAuy8QAM0xEAC+LxAAPDQQAMEvEACgNRAAwy8QANgyEADFLxAAwjAQAMgvEAAQMBAAFTAQAGkwEACAMBAAytkVAM8wEAAbMRAAKzEQAHQxEAB5MRAAI9oVAM8xEAAmMhAALDIQAH8yEACMMhAAfNoVAN4yEAAxMxAANzMQAIozEACPMxAA4zMQAOkzEADV2hUASDQQAJU0EACuNBAA7jQQAPc0EABHNRAAXjUQAC7bFQCmNRAA+TUQAPs1EABSNhAAYTYQAKs2EAC3NhAAh9sVAAY3EABdNxAAbjcQALY3EADENxAADzgQABY4EABoOBAAajgQAME4EADLOBAAGjkQACg5EABzORAAeDkQAMw5EADZORAAJToQAC06EAB+OhAAgjoQANc6EADZOhAAMDsQADY7EACJOxAAljsQAODbFQDvOxAAOzwQAFI8EACUPBAAsDwQADncFQD5PBAARj0QAEc9EACfPRAApT0QAPg9EAAEPhAAUT4QAGA+EACqPhAArD4QAAM/EAANPxAAXD8QAGo/EAC1PxAAuj8QAA5AEAAbQBAAZ0AQAG9AEADAQBAAxEAQABlBEAAbQRAAckEQAHhBEADLQRAA2EEQAJLcFQAxQhAAfUIQAJRCEADWQhAA8kIQAOvcFQA5QxAAiEMQAJRDEADhQxAA5EMQADpEEABWRBAAk0QQAJtEEABE3RUA+EQQAEVFEABIRRAAnkUQAKhFEAD23RUAAEYQAFBGEABeRhAAqUYQALNGEAACRxAADkcQAFtHEABjRxAAqN4VALZHEAANSBAAG0gQAGZIEAB3SBAAAd8VAMZIEABa3xUAHUkQAHFJEAB5SRAAykkQANBJEAAjShAALEoQAHxKEACJShAADOAVANpKEAAuSxAA4UoQAOtMEAA3SxAAh0sQAJFLEADgSxAA6EsQADlMEACATBAAkkwQAJpMEABl4BUA8UwQAERNEABKTRAAnU0QAKVNEAD2TRAAPU4QAE9OEABXThAAvuAVALBOEAAX4RUACk8QAFpPEABoTxAAs08QAL1PEAAMUBAAGFAQAGVQEABoUBAAvlAQAMZQEADJ4RUAI1EQAHBREABzURAAyVEQANNREAAi4hUAKlIQAHviFQCHUhAA1FIQANdSEADU4hUAdlMQAIZTEADPUxAALeMVAO9TEAA4VBAAOlQQAJFUEACfVBAA6lQQAPtUEACG4xUAX1UQAJxVEACkVRAA3+MVAP1VEAA45BUAVFYQAGvSEABhVhAAp1YQALZWEAAAVxAADFcQAFlXEABaVxAAslcQALxXEAALWBAAGVgQAGRYEABpWBAAvVgQAMpYEACR5BUAJFkQAG9ZEAB8WRAAyFkQANBZEADq5BUALVoQAHpaEACmWhAA01oQAN9aEAAsWxAAO1sQAIVbEACPWxAA3lsQAOxbEAA3XBAAPFwQAJBcEACdXBAA6VwQAPFcEABCXRAAUF0QAJtdEACoXRAA9F0QAPxdEABD5RUAT14QAEWpEQBbXhAApl4QALBeEAD/XhAAC18QAFhfEABfXxAAsV8QALlfEAAKYBAADmAQAGNgEABxYBAAvGAQAMZgEAAVYRAAIGEQAG5hEAB2YRAAx2EQAMlhEAAgYhAAKGIQAHliEACGYhAA0mIQANdiEAArYxAAOGMQAIRjEACiYxAA3WMQAA5kEAA2ZBAAQmQQAI9kEACVZBAA6GQQAO1kEABBZRAASWUQAJplEACmZRAA82UQAAZmEABMZhAAWmYQAKVmEACvZhAA/mYQAAZnEABXZxAAZmcQALBnEAC1ZxAACWgQABBoEABiaBAAbmgQALtoEADXaBAAFGkQABxpEACc5RUAb2kQAMZpEADUaRAAH2oQACxqEAB4ahAAhmoQANFqEADeahAAKmsQAEFrEACDaxAAi2sQANxrEADqaxAANWwQAEJsEACObBAAlmwQAE7mFQD1bBAAQG0QAEFtEAAA5xUApW0QAPJtEAD5bRAAWecVAFJuEACkbhAAqW4QALLnFQAFbxAAC+gVAF5vEACvbxAAlm8QAF2xEwCwbxAAgswQALJvEACYzhAAuG8QAAhwEAC5bxAAHssQAL9vEACNzRAAwG8QANS2EQDNbxAArUcTABVwEABhcBAAbHAQALpwEAC8cBAAE3EQACBxEABscRAAc3EQAMVxEADWcRAAHnIQACpyEAB3chAAfnIQANByEADYchAAZOgVAC9zEACCcxAAiHMQANtzEADgcxAANHQQADp0EAC96BUAmXQQAOZ0EADwdBAAP3UQAEN1EACYdRAApHUQAPF1EAD9dRAASnYQAFd2EACjdhAAq3YQAPx2EAAGdxAAVXcQAGF3EACudxAAsXcQAAd4EAAReBAAb+kVAGJ4EAC5eBAAvHgQABJ5EAAVeRAAIeoVAHN5EAB66hUA0nkQAB16EAAeehAA0+oVAH56EAAs6xUA1HoQACh7EAAvexAAgXsQAIZ7EACF6xUA4nsQAN7rFQA7fBAAjHwQAJZ8EADlfBAA8HwQAD59EABMfRAAl30QAJp9EADwfRAA+H0QAEl+EABTfhAAon4QAK5+EAD7fhAA/n4QAFR/EABefxAAN+wVALt/EAAGgBAAHIAQAF+AEABrgBAAuIAQAL+AEAARgRAAGYEQAGqBEABvgRAAw4EQAMyBEAAcghAAJoIQAHWCEAB9ghAAzoIQANCCEAAngxAAN4MQAICDEACKgxAA2YMQAOWDEAAyhBAAOIQQAIuEEACThBAA6ewVAOmEEABC7RUAP4UQAJaFEACXhRAA74UQAPKFEABIhhAAU4YQAKGGEACmhhAA+oYQAASHEACb7RUAd4cQAKyHEAC0hxAA9O0VAAeIEABeiBAAb4gQALeIEADIiBAAEIkQABOJEABN7hUAb4kQAMKJEADHiRAAG4oQAB6KEAB0ihAAd4oQAM2KEADVihAApu4VADSLEAB/ixAAgosQANiLEADjixAAMYwQAD2MEACKjBAAkYwQAOOMEADrjBAAPI0QAP+MEADg/RAARo0QAKGREQBKjRAAlY0QAKKNEADujRAA9o0QAP/uFQBTjhAAoI4QAKOOEAD5jhAAA48QAFKPEABajxAAWO8VALePEAAEkBAACpAQAF2QEABnkBAAtpAQAMqQEAAPkRAAF5EQALHvFQB1kRAAwZEQAMmREAAakhAAHZIQAHOSEAB/khAAzJIQANaSEAAlkxAALpMQAH6TEAB/kxAA15MQAO+TEAAwlBAAMpQQAImUEACalBAA4pQQAPOUEAA7lRAAQ5UQAJSVEACjlRAA7ZUQAO+VEABGlhAAV5YQAJ+WEACwlhAA+JYQABGXEABRlxAAU5cQAKqXEAC5lxAAA5gQACOYEABj8BUAXpgQALWYEADVmBAADpkQACKZEADH8RUAb5kQAMCZEADNmRAAGZoQAB6aEABymhAAfJoQAMuaEADTmhAAJJsQACqbEAB9mxAAhpsQANabEADjmxAAIPIVADucEACInBAAjpwQAOGcEADnnBAAOp0QAEOdEACTnRAAlJ0QAOydEAD2nRAARZ4QAFGeEACenhAApZ4QAHnyFQD/nhAA0vIVAFifEAAr8xUAs58QAAKgEAAKoBAAW6AQAGqgEAC0oBAAxaAQAA2hEAAPoRAAZqEQAGmhEAC/oRAAwqEQABiiEABAohAAcaIQAIOiEADKohAA1qIQACOjEAApoxAAfKMQAIKjEADVoxAA2qMQAC6kEAA0pBAAhPMVAKmkEADd8xUA7KQQADmlEABJpRAAkqUQAJelEADrpRAA8aUQAESmEABQphAAnaYQAKWmEAA29BUAB6cQAE+nEABgpxAAqKcQALqnEAABqBAACagQAFqoEABlqBAAs6gQALioEAAMqRAAEakQAGWpEACFqRAAj/QVAM6pEAAXqhAAIaoQAHCqEAB8qhAAyaoQAM+qEAAiqxAAKqsQAHurEAB9qxAA1KsQAIerEAC9sRAA5asQAC2sEAA+rBAAhqwQAJisEADfrBAA56wQADitEABDrRAAka0QAJatEADqrRAA760QAEOuEABjrhAA6PQVAJ6uEAD1rhAABK8QAE6vEABZrxAAp68QALmvEAAAsBAACLAQAFmwEABksBAAsrAQALewEAALsRAAELEQAGSxEACEsRAAQfUVAL+xEAAWshAAJbIQAG+yEAB6shAAyLIQANqyEAAhsxAAKbMQAHqzEACFsxAA07MQANizEAAstBAAMbQQAIW0EACltBAAmvUVAOu0EAA3tRAATrUQAPP1FQCdtRAA6bUQAAC2EABM9hUAT7YQAJu2EACithAA9LYQAAK3EABNtxAAWrcQAKa3EAC9txAApfYVAAe4EAD+9hUAWrgQALG4EAC/uBAACrkQABu5EABX9xUAcLkQALy5EADTuRAAsPcVAB+6EABuuhAAeroQAMe6EADKuhAAILsQACq7EAAJ+BUAlbsQAGL4FQDauxAAK7wQACy8EAD+vxAALrwQAOi9EAAyvBAAS8cQADW8EACEvBAAOrwQABTCEAA7vBAACcEQAIm8EACZxhAAkLwQAN28EADgvBAANr0QAEC9EAC7+BUAl70QABT5FQDxvRAAQb4QAAi+EAA1xRAAT74QAJq+EACkvhAA874QAP++EABMvxAAT78QAKW/EACtvxAAbfkVAADAEABXwBAAWsAQALDAEACzwBAAxvkVAAvBEABiwRAAcMEQALvBEADMwRAAePoVABbCEABtwhAAesIQAMbCEADVwhAAH8MQACvDEAB4wxAAicMQANHDEADiwxAAKsQQADbEEACDxBAAisQQANzEEADkxBAAKvsVAEPFEACOxRAAj8UQAIP7FQDzxRAAQMYQAEfGEADc+xUAoMYQAPLGEAD3xhAAjvwVAFTHEACkxxAAqscQAP3HEAD/xxAAVsgQAGDIEACvyBAAvcgQAAjJEAANyRAAYckQAG7JEAC6yRAA0skQABPKEAApyhAAbMoQAG/KEADFyhAAzcoQAED9FQAqyxAAd8sQAHrLEADQyxAA2ssQAJn9FQAxzBAA8v0VAITMEADbzBAA3swQADTNEAA3zRAAS/4VAI/NEADmzRAA9M0QAD/OEABQzhAA/f4VAKHOEADxzhAA/84QAErPEAAKzxAA6nUTAFTPEACjzxAAr88QAPzPEAD/zxAAVdAQAF3QEACv/xUAs9AQANrUEAC80BAAM9UQAL7QEAAH0RAACdEQAGDREABu0RAAudEQAMrREABhABYAGdIQALoAFgBx0hAAxNIQAMnSEAAd0xAAI9MQABMBFgB80xAAz9MQANTTEAAo1BAAPtQQAIHUEACJ1BAAxQEWAPrUEAAeAhYAStUQAIzVEACZ1RAA5dUQAOrVEAA+1hAARNYQAJfWEACj1hAA8NYQAPfWEABJ1xAAUdcQAKLXEADF1xAAKQMWAAjYEABU2BAAY9gQAK3YEACv2BAABtkQAA/ZEABf2RAAdtkQALjZEADD2RAAEdoQABvaEABq2hAActoQANsDFgDJ2hAAHNsQACLbEAB12xAAetsQAM7bEADU2xAANAQWAEncEACA3BAAiNwQAOYEFgDi3BAAMt0QADPdEACL3RAAk90QAOTdEADv3RAAPd4QAELeEACW3hAAm94QAO/eEAAP3xAAPwUWAE7fEACh3xAAqN8QAPrfEAD/3xAAU+AQAFfgEACs4BAAueAQAAXhEAAN4RAAXuEQAGnhEAC34RAAvOEQABDiEAAV4hAAaeIQAIniEACYBRYA0eIQABvjEAAm4xAAdOMQAHzjEADN4xAA0OMQACbkEADX4xAAR+cQADLkEAB/5BAAieQQANjkEADh5BAAMeUQADLlEACK5RAAkuUQAOPlEADu5RAAPOYQAEHmEACV5hAAmuYQAO7mEAAO5xAA8QUWAFPnEACg5xAAoucQAPnnEAD/5xAAUugQAFnoEACr6BAAsOgQAATpEAAI6RAAXekQAGrpEAC26RAAvukQAA/qEAAa6hAAaOoQAG3qEADB6hAAxuoQABrrEAA66xAASgYWAHvrEACjBhYA1usQACXsEAAu7BAAfuwQAITsEADX7BAA4+wQADDtEABO7RAAie0QAIrtEADi7RAA5O0QADvuEABI7hAAlO4QAKLuEADt7hAA/O4QAEbvEABi7xAAn+8QAKfvEABVBxYAC/AQAFHwEABS8BAAqvAQALbwEAAD8RAAEvEQAFzxEABm8RAAtfEQAMHxEAAO8hAAFfIQAK4HFgBv8hAABwgWAMnyEAAZ8xAAJvMQAGAIFgB38xAAy/MQANjzEAAk9BAALvQQALkIFgB/9BAA1vQQAOz0EAAv9RAAO/UQABIJFgCQ9RAATxYTAKb1EADh9RAA6fUQAHWNEQD/9RAAOvYQAEL2EACT9hAAXPYQACk7EwCU9hAAUPgQAJb2EAC0+RAAn/YQAII7EwCj9hAA7PYQAO72EABF9xAAU/cQAJ73EACv9xAAawkWAP/3EADECRYAUvgQAKn4EACs+BAAAvkQAAX5EAAdChYAY/kQAHYKFgC++RAA02URANT5EAAN+hAAG/oQAGb6EABn+hAAzwoWAMf6EAAoCxYAIvsQAHH7EAB9+xAAyvsQANH7EAAj/BAAP/wQAHz8EACE/BAAgQsWAN38EAAu/RAANv0QAIf9EACP/RAA2gsWAOj9EAAzDBYAQf4QAJL+EACa/hAAjAwWAPP+EABE/xAATP8QAJ3/EACl/xAA5QwWAP7/EABPABEAVQARAKgAEQBbABEAcQYSALQAEQABAREAAwERAFoBEQBdAREAswERALgBEQAMAhEAGQIRAGUCEQCBAhEAvgIRAMYCEQA+DRYAHAMRAHADEQB2AxEAyQMRANMDEQAiBBEALgQRAHsEEQCCBBEA1AQRAPAEEQAtBREANQURAJcNFgCOBREA3wURAOcFEQDwDRYARgYRAJEGEQCUBhEA6gYRAPQGEQBDBxEATwcRAJwHEQCiBxEA9QcRAAEIEQBOCBEAVQgRAKcIEQDDCBEAAAkRAAgJEQBJDhYAYQkRAKIOFgDFCREACwoRABcKEQBkChEAcwoRAL0KEQDGChEAFgsRACALEQBvCxEAfQsRAMgLEQDNCxEAIQwRAC4MEQB6DBEAggwRAPsOFgD2DBEAVA8WADkNEQCFDREAkw0RAN4NEQDoDREANw4RAD8OEQCQDhEAkQ4RAMcTEQCWDhEAEugSAKsOEQBYEREAvA4RAOkOEQDyDhEAQg8RAEMPEQCbDxEAqQ8RAPQPEQD+DxEATRARAFkQEQCmEBEArBARAP8QEQAbEREArQ8WAGQREQA5CRIAZhERALEREQC+EREAChIRABQSEQBjEhEAZRIRALwSEQDTEhEAFRMRACETEQBuExEAihMRAAYQFgDYExEAIBQRACIUEQB5FBEAgxQRANIUEQDiFBEAKxURADAVEQCEFREAihURAN0VEQDzFREANhYRAD4WEQCPFhEAkhYRAOgWEQDxFhEAQRcRAE8XEQCaFxEApBcRAPMXEQD/FxEATBgRAGgYEQBfEBYAshgRALgQFgABGREAYXsRAA4ZEQBXGREAWRkRAFZ6EQBlGREAsBkRAL0ZEQAJGhEAFxoRAGIaEQBlGhEAuxoRAMYaEQAUGxEAIBsRAG0bEQB0GxEAxhsRAM4bEQAfHBEAIRwRAHgcEQCIHBEA0RwRANscEQAqHREANh0RAIMdEQCJHREA3B0RAOQdEQARERYANx4RAI4eEQCcHhEA5x4RAPQeEQBAHxEATB8RAJkfEQCfHxEA8h8RAPUfEQBLIBEAUyARAKQgEQCmIBEA2yURAKcgEQBhIhEAtCARAP0gEQD/IBEAuSoRAAIhEQBWIREAXyERAK8hEQC8IREACCIRAA8iEQBqERYAaiIRAPEnEQBrIhEAHiQRAIEiEQC6IhEAyCIRABMjEQAUIxEAwxEWAHgjEQDFIxEAzCMRABwSFgAgJBEAdyQRAH0kEQDQJBEA2iQRACklEQA1JREAgiURAIklEQB1EhYA9CURADQmEQA5JhEAjSYRAJMmEQDmJhEA8CYRAD8nEQBLJxEAmCcRAJ8nEQDOEhYAACgRAEooEQBZKBEAoygRAK8oEQD8KBEA/ygRAFUpEQBYKREArikRAL4pEQAHKhEAECoRAGAqEQBxKhEAJxMWAMcqEQASKxEAIysRAIATFgByKxEA2RMWAMwrEQAdLBEAHywRAFQxEQAgLBEA2i0RAC0sEQB2LBEAeCwRADI2EQB7LBEAzywRANgsEQAoLREANS0RAIEtEQCILREAMhQWAOMtEQBqMxEA5C0RAJcvEQD6LREAMy4RAEEuEQCMLhEAjS4RAIsUFgDxLhEAPi8RAEUvEQDkFBYAmS8RAPAvEQD2LxEASTARAFMwEQCiMBEArjARAPswEQACMREAPRUWAG0xEQCtMREAsjERAAYyEQAMMhEAXzIRAGkyEQC4MhEAxDIRABEzEQAYMxEAlhUWAHkzEQDDMxEA0jMRABw0EQAoNBEAdTQRAHg0EQDONBEA0TQRACc1EQA3NREAgDURAIk1EQDZNREA6jURAO8VFgBANhEAizYRAJw2EQBIFhYA6zYRAKEWFgBFNxEAljcRAL83EQDvNxEA9zcRAEg4EQBYOBEAoTgRAKM4EQD6OBEACDkRAFM5EQBkOREA+hYWALI5EQAFOhEAEToRAFMXFgCMOhEABRgWAMA6EQAQOxEAHTsRAF4YFgBxOxEAtxgWANM7EQAbPBEAHTwRAHQ8EQB1PBEAzTwRANA8EQAmPREAMj0RAH89EQCGPREA2D0RAPQ9EQAxPhEAOT4RABAZFgCXPhEA4z4RAPM+EQA8PxEAQT8RAJU/EQDAPxEAaRkWAPQ/EQDCGRYAT0ARAKBAEQChQBEAA0oRAKZAEQAtzRMAqkARAPlAEQCsQBEAJUURALBAEQBoQxEAvkARAH1NEQD+QBEALsUTAARBEQD3vxMABUERAFJBEQBVQREAq0ERALVBEQAbGhYADEIRAF1CEQBjQhEAtkIRAL9CEQAPQxEAHEMRAHQaFgBqQxEAwUMRAG1DEQCn0BMAz0MRABpEEQArRBEAJhsWAHlEEQDMRBEA2EQRAH8bFgArRREAfkURAIRFEQDXRREA3EURADBGEQA2RhEAihwWAJBGEQCVHRYA50YRADtHEQBDRxEAlEcRAKBHEQDtRxEAAEgRAEZIEQBSSBEAn0gRAK5IEQD4SBEAAUkRAFFJEQBbSREAqkkRALZJEQBHHhYAFEoRAFxKEQBoShEAtUoRALdKEQAOSxEAEUsRAGdLEQBzSxEAwEsRAMhLEQCgHhYAJUwRAHJMEQCCTBEAy0wRANdMEQAkTREAKk0RAPkeFgCfTREA1k0RAN5NEQAvThEAWU4RAIhOEQCTThEA4U4RAO1OEQA6TxEAS08RAJNPEQCUTxEAUh8WAPJPEQBFUBEAUlARAKsfFgCrUBEA91ARAA5REQBQUREAe1ERAKlREQCxUREAAlIRAAxSEQBbUhEAZ1IRALRSEQC3UhEADVMRABdTEQAEIBYAblMRAL9TEQDFUxEAGFQRACFUEQBxVBEAflQRAF0gFgDMVBEAI1URANFUEQALYxEAMFURAHxVEQCDVREA1VURANdVEQAuVhEANFYRAIdWEQCOVhEA4FYRAPhWEQA5VxEAPlcRAJJXEQBFVxEARFgRAJtXEQDrVxEA9VcRAA8hFgBKWBEAnVgRAKNYEQD2WBEA+1gRAE9ZEQBVWREAaCEWAKlZEQABWhEAEloRAFpaEQBmWhEAs1oRAL1aEQAMWxEAGFsRAGVbEQBsWxEAwSEWAMBbEQAXXBEAyVsRACvdEwAaXBEAcFwRAJBcEQDJXBEA0VwRABoiFgAzXREAe10RAIJdEQDUXREA3F0RAC1eEQAwXhEA6l8RAD1eEQCGXhEAiF4RAN9eEQDtXhEAOF8RAElfEQBzIhYAmF8RAMwiFgDzXxEAQ2ARAFJgEQCcYBEAq2ARAPVgEQABYREATmERAFFhEQCnYREAqmERAABiEQAQYhEAWWIRAGJiEQCyYhEAw2IRACUjFgAQYxEAZGMRAG1jEQC9YxEAx2MRABZkEQAeZBEAb2QRAI1kEQDIZBEA5mQRACFlEQA/ZREAemURAJhlEQB+IxYA2mURACxmEQAxZhEAhWYRADhmEQCQZxEAjmYRAN5mEQDoZhEAN2cRAFNnEQDXIxYAlmcRAOlnEQDvZxEAQmgRAF5oEQAwJBYAxWgRAOIkFgAeaREAOyUWAFRpEQCmaREAtGkRAP9pEQAGahEAWGoRAGVqEQCxahEA0GoRAAprEQAUaxEAY2sRAGtrEQC8axEAyGsRABVsEQAobBEAbmwRAHxsEQDHbBEA0WwRACBtEQAobREAeW0RAHxtEQDSbREA220RACtuEQA6bhEAhG4RAJNuEQDdbhEA6W4RADZvEQA5bxEAj28RAJJvEQDobxEA+G8RAEFwEQBKcBEAmnARAKtwEQDzcBEABHERAExxEQBgcREApXERAMFxEQD+cREABnIRAO0lFgBfchEA+CYWAMZyEQAJcxEAC3MRAGJzEQBocxEAu3MRAM9zEQAUdBEAHHQRAG10EQCXdBEAUScWAM90EQAfdREALHURAHh1EQCGdREA0XURANt1EQAqdhEARHYRAIN2EQCQdhEA3HYRAOh2EQA1dxEAP3cRAI53EQCWdxEAqicWAO53EQBAeBEASHgRAAMoFgBueBEADikWAKN4EQDyeBEA/ngRAEt5EQBOeREApHkRAK55EQBnKRYAGXoRAMApFgBkehEAr3oRAMB6EQAZKhYAD3sRAHIqFgBqexEAunsRAMl7EQATfBEAInwRAGx8EQB4fBEAxXwRAMh8EQAefREAIX0RAHd9EQCHfREA0H0RANl9EQApfhEAOn4RAMsqFgCEfhEA234RAI5+EQCNfxEA3n4RADR/EQA8fxEAJCsWAJN/EQDmfxEA8n8RAD+AEQBHgBEAfSsWAKSAEQDxgBEA9IARAEqBEQBUgREA1isWAKiBEQD8gREAEoIRAFWCEQBWghEAroIRAL+CEQAHgxEAE4MRAGCDEQBqgxEAuYMRAMWDEQAvLBYAHoQRAGuEEQBuhBEAxIQRAM6EEQDhLBYAIIURAHaFEQB5hREAz4URANuFEQAohhEALoYRAIGGEQCLhhEAOi0WAN+GEQAzhxEAQIcRAJMtFgCohxEA5YcRAO2HEQDsLRYARogRAEUuFgCfiBEAni4WAPOIEQBJiREAB4kRAI40EwBpiREAookRALaJEQD3LhYA/IkRAFSKEQBaihEArYoRALmKEQAGixEAFYsRAF+LEQBhixEAuIsRAMKLEQARjBEAHYwRAGqMEQBxjBEAUC8WAM+MEQCpLxYAJI0RAAIwFgB4jREAi48RAIWNEQDOjREA0I0RACeOEQA1jhEAgI4RAJGOEQAjMxYA4I4RAHwzFgA6jxEA1TMWAKuPEQDkjxEA8o8RAD2QEQA+kBEALjQWAKKQEQDvkBEA9pARAIc0FgBrkREAnTYWAK2REQD6kREA/ZERAFOSEQBdkhEA9jYWALSSEQAFkxEAE5MRAF6TEQBrkxEAt5MRAL+TEQBPNxYAE5QRAGmUEQB1lBEAwpQRAMiUEQAblREAJZURAKg3FgB5lREAzZURANqVEQABOBYAO5YRAH+WEQCHlhEAWjgWANqWEQAxlxEAP5cRAIqXEQCblxEAszgWAOmXEQA8mBEASJgRAAw5FgCbmBEA7pgRAPSYEQBHmREATJkRAKCZEQCmmREAvjkWAAGaEQBSmhEAXpoRAKuaEQCxmhEABJsRAAqbEQBdmxEAYpsRALabEQC8mxEALTwWAB6cEQBonBEAd5wRAMGcEQDKnBEAGp0RACCdEQBznREAeZ0RAMydEQDYnREAJZ4RACyeEQB+nhEAhp4RAN88FgDhnhEAMJ8RADufEQCJnxEAlZ8RAOKfEQDonxEAO6ARAEOgEQCUoBEAoKARAO2gEQDzoBEARqERAEyhEQCfoREApKERAPihEQD+oREAOD0WAFiiEQCqohEAuKIRAAOjEQAQoxEAXKMRAHOjEQC1oxEA0aMRAA6kEQAWpBEAkT0WAGikEQDApBEAzKQRABmlEQAopREAcqURAIylEQDLpREA0aURACSmEQA9phEAfaYRAJmmEQDqPRYA6aYRAC+nEQAxpxEAiKcRAJ6nEQDhpxEA4qcRADqoEQBLqBEAk6gRAJ+oEQBDPhYACKkRAJw+FgBbqREAnqkRAJ+pEQD3qREACKoRAFCqEQBcqhEA9T4WAK6qEQACqxEACKsRAFurEQB7qxEAtKsRAMCrEQANrBEAFKwRAE4/FgByrBEAv6wRAMGsEQAYrREAOK0RAKc/FgB4rREAAEAWANCtEQAjrhEAKK4RAHyuEQCCrhEAWUAWAN2uEQALQRYANq8RAGRBFgCPrxEAvUEWAOivEQDIQhYAO7ARAJKwEQCgsBEA67ARAPywEQAhQxYAS7ERAHpDFgDAsREAhUQWAAKyEQBPshEAUrIRAKiyEQCyshEAN0UWAAmzEQBasxEAXbMRALOzEQC8sxEADLQRABu0EQBltBEAdLQRAL60EQDKtBEAF7URABq1EQBwtREAc7URAMm1EQDZtREAIrYRACu2EQB7thEAjLYRAJBFFgDZthEALbcRADK3EQCGtxEAprcRAEJGFgDntxEAOLgRAEm4EQCRuBEAn7gRAOq4EQAKuREAQ7kRAE+5EQCcuREApLkRAJtGFgAmuhEATroRAFq6EQCnuhEArboRAAC7EQAFuxEAWbsRAGG7EQCyuxEAtrsRAPTBEQC+uxEAC7wRAB68EQBkvBEAcrwRAL28EQDHvBEAFr0RAB69EQBvvREAcr0RAMi9EQDSvREAIb4RACO+EQB6vhEAhL4RANO+EQDcvhEALL8RAC+/EQD0RhYAiL8RAN6/EQDqvxEAN8ARAD/AEQBNRxYAlsARAOnAEQDvwBEAQsERAEfBEQCbwREAocERAKZHFgD2wREATcIRAFvCEQCmwhEAsMIRAP/CEQAHwxEAWMMRAFvDEQCxwxEAu8MRAArEEQAMxBEAY8QRAG3EEQC8xBEAxcQRABXFEQAYxREAWEgWAHPFEQDHxREA18URACDGEQAoxhEAecYRAIPGEQDSxhEA3sYRACvHEQAuxxEAhMcRAI7HEQCxSBYA4scRAP7KEQDrxxEANsgRAEbIEQCPyBEAn8gRAOjIEQAQyREAQckRAGnJEQCayREAwskRAGNJFgD/yREATMoRAE7KEQClyhEAxcoRAHlLFgALyxEAV8sRAGPLEQCwyxEA2MsRAAnMEQAxzBEAYswRAIrMEQDSSxYAvswRABTNEQAgzREAbc0RAH7NEQDGzREA0s0RAB/OEQAuzhEAeM4RAILOEQDRzhEA3c4RACrPEQAxzxEA6E0WAITPEQBA0REAk88RANzPEQDezxEANdARAEPQEQCO0BEAn9ARAEFOFgDu0BEAmk4WAELREQCZ0REAnNERAPLREQD10REA804WAFLSEQBMTxYAuNIRAP3SEQAH0xEAVtMRAGLTEQCv0xEAstMRAAjUEQAS1BEAYdQRAHvUEQC61BEAv9QRABPVEQAc1REAbNURAHbVEQDF1REA1NURAB7WEQAj1hEAd9YRAI3WEQDQ1hEA3NYRACnXEQAs1xEAgtcRAJzXEQDb1xEA59cRADTYEQBH2BEAjdgRAJvYEQDm2BEA8NgRAKVPFgBF2REAmNkRAKHZEQDx2REA8tkRAEraEQBU2hEAo9oRAK/aEQD82hEAA9sRAP5PFgBa2xEArtsRALDbEQAH3BEADdwRAGDcEQBn3BEAudwRAMfcEQAS3REAH90RAGvdEQB13REAxN0RANDdEQAd3hEAI94RAHbeEQB83hEAz94RANjeEQAo3xEAKd8RAIHfEQCL3xEAV1AWANvfEQAz4BEANOARAIzgEQCa4BEA5eARAPLgEQA+4REAVeERAJfhEQCf4REA8OERAPLhEQBJ4hEAWeIRAKLiEQCs4hEA++IRAAfjEQBU4xEAWuMRAK3jEQC14xEAsFAWABLkEQBf5BEAYuQRALjkEQC75BEAEeURAB/lEQBq5REAb+URAMPlEQDQ5REAHOYRACTmEQB15hEAeOYRAM7mEQDY5hEAJ+cRACnnEQCA5xEAhucRANnnEQDj5xEAMugRADXoEQCL6BEAk+gRAOToEQAM6REACVEWAEXpEQBiURYAnukRALtRFgAS6hEAFFIWAFTqEQCh6hEApOoRAPrqEQAE6xEAU+sRAFvrEQB4UxYAuusRAAXsEQAM7BEAXuwRAGbsEQC37BEAxOwRABDtEQAV7REAae0RAHPtEQDC7REAyu0RABvuEQAr7hEAdO4RAILuEQDN7hEA2u4RACbvEQA07xEAf+8RAILvEQDY7xEA4+8RADHwEQA58BEAivARAKPwEQDj8BEA7/ARADzxEQBM8REAlfERAJrxEQDu8REA9PERAEfyEQBT8hEAoPIRAKjyEQDRUxYAA/MRAFLzEQBV8xEAq/MRALPzEQAE9BEABfQRAF30EQBf9BEAtvQRALz0EQAP9REAG/URAGj1EQB19REAwfURAMv1EQAa9hEAIvYRAHP2EQB19hEAzPYRANn2EQAl9xEALPcRAH73EQCG9xEA1/cRANv3EQAw+BEAMvgRAIn4EQCM+BEA4vgRAOr4EQA7+REASvkRAJT5EQCW+REA7fkRAPr5EQBG+hEAVfoRAJ/6EQCr+hEA+PoRAAn7EQBR+xEAYvsRAKr7EQC2+xEAA/wRAAr8EQBc/BEAe/wRACpUFgDJ/BEADv0RAA/9EQBn/REAc/0RAMD9EQDc/REAGf4RACH+EQCDVBYAev4RADVVFgDX/hEAJP8RACr/EQB9/xEAg/8RANb/EQDu/xEALwASADkAEgCIABIAlAASAOEAEgDkABIAOgESAEQBEgCTARIAqwESAOwBEgD8ARIARQISAEcCEgCeAhIArAISAPcCEgAIAxIAjlUWAFYDEgCpAxIAtQMSAOdVFgAOBBIAWwQSAF4EEgC0BBIAvgQSAJlWFgAPBRIAZgUSAHQFEgC/BRIA0AUSAEtXFgAfBhIApFcWAIQGEgDKBhIA2QYSACMHEgAvBxIAfAcSAH0HEgDVBxIA3wcSAC4IEgA8CBIAhwgSAIwIEgDgCBIA7QgSAP1XFgA/CRIAkgkSAJUJEgDrCRIA+QkSAEQKEgBJChIAnQoSAKoKEgD2ChIA/goSAAhZFgBRCxIAqAsSALULEgABDBIAEAwSAFoMEgBgDBIAswwSAL8MEgAMDRIADg0SAGUNEgBvDRIAvg0SAMwNEgAXDhIAHA4SAHAOEgB9DhIAyQ4SANUOEgAiDxIANQ8SAHsPEgCKDxIA1A8SAOAPEgAtEBIALhASAIYQEgCQEBIA3xASAO0QEgA4ERIAPRESAJEREgCeERIAYVkWAPQREgBDEhIAURISAJwSEgCfEhIA9RISAAUTEgBOExIAXBMSAKcTEgCzExIAABQSAAcUEgBZFBIAYBQSALIUEgC+FBIACxUSAAwVEgBkFRIAcBUSAL0VEgDKFRIAFhYSAB0WEgBvFhIAexYSAMgWEgDVFhIAIRcSADAXEgB6FxIAjhcSANMXEgDfFxIALBgSAD8YEgCFGBIAlBgSAN4YEgDqGBIANxkSADgZEgCQGRIAmhkSAOkZEgD3GRIAQhoSAEcaEgCbGhIAqBoSALpZFgD1GhIATRsSAF4bEgCmGxIAtBsSAP8bEgAOHBIAWBwSAFocEgCxHBIAuxwSAAodEgAYHRIAYx0SAGgdEgC8HRIAyR0SABUeEgAkHhIAbh4SAHMeEgDHHhIA1B4SACAfEgAqHxIAeR8SAIUfEgDSHxIA5R8SACsgEgA1IBIAhCASAJAgEgDdIBIA8CASADYhEgBFIRIAjyESAJshEgDoIRIA6SESAEEiEgBLIhIAmiISAKgiEgDzIhIA+CISAEwjEgBZIxIAE1oWAKojEgD+IxIACyQSAFckEgBhJBIAsCQSALYkEgAJJRIACyUSAGIlEgBvJRIAuyUSAL4lEgAUJhIAIiYSAG0mEgB5JhIAxiYSANMmEgAfJxIAKScSAHgnEgCHJxIA0ScSANYnEgAqKBIANygSAIMoEgCQKBIA3CgSAOgoEgA1KRIARCkSAI4pEgCYKRIA5ykSAPUpEgBAKhIARSoSAJkqEgCmKhIA8ioSAP4qEgBLKxIAXisSAKQrEgCzKxIA/SsSAAksEgBWLBIAVywSAK8sEgC5LBIACC0SABYtEgBhLRIAZi0SALotEgDHLRIAbFoWACYuEgBsLhIAey4SAMUuEgDRLhIAHi8SAB8vEgB3LxIAgS8SANAvEgDeLxIAKTASAC4wEgCCMBIAjzASAMVaFgDuMBIANDESAEMxEgCNMRIAmTESAOYxEgDnMRIAPzISAEkyEgCYMhIApjISAPEyEgD2MhIASjMSAFczEgAeWxYApTMSAPwzEgAKNBIAVTQSAGI0EgCuNBIAujQSAAc1EgANNRIAYDUSAHE1EgC5NRIAuzUSABI2EgAbNhIAazYSAHg2EgDENhIA0zYSAB03EgAoNxIAdjcSAII3EgDPNxIA4jcSACg4EgA3OBIAgTgSAI04EgDaOBIA2zgSADM5EgA9ORIAjDkSAJo5EgDlORIA6jkSAD46EgBLOhIAd1sWAKQ6EgDwOhIA/joSAEk7EgBTOxIAojsSALA7EgD7OxIA/TsSAFQ8EgBlPBIArTwSALs8EgAGPRIANz0SAF89EgBhPRIAuD0SAMI9EgARPhIAHz4SAGo+EgBvPhIAwz4SANA+EgAcPxIAKD8SAHU/EgCIPxIAzj8SAN0/EgAnQBIAM0ASAIBAEgCBQBIA2UASAONAEgAyQRIAQEESAItBEgCQQRIA5EESAPFBEgDQWxYAP0ISAJZCEgCYQhIA70ISAP5CEgBIQxIAV0MSAKFDEgCtQxIA+kMSAP1DEgBTRBIAVkQSAKxEEgCyRBIABUUSABFFEgBeRRIAYUUSALdFEgC8RRIAEEYSABlGEgBpRhIAb0YSAMJGEgDRRhIAG0cSACdHEgB0RxIAhEcSAM1HEgDPRxIAJkgSADRIEgB/SBIAkEgSAClcFgDeSBIAMUkSAD1JEgCCXBYAnUkSAONJEgDySRIAPEoSAEhKEgCVShIAlkoSAO5KEgD4ShIAR0sSAFVLEgCgSxIApUsSAPlLEgAGTBIA21wWAF5MEgCrTBIAtUwSAARNEgAwTRIAXU0SAGRNEgC2TRIAz00SAA9OEgAeThIAaE4SAHdOEgDBThIAxk4SABpPEgAnTxIAc08SAIBPEgDMTxIA2E8SACVQEgA0UBIAflASAIhQEgDXUBIA5VASADBREgA1URIAiVESAJZREgDiURIA7lESADtSEgBOUhIAlFISAKNSEgDtUhIA+VISAEZTEgBHUxIAn1MSAKlTEgD4UxIABlQSAFFUEgBWVBIAqlQSALdUEgA0XRYAFFUSAFxVEgBtVRIAtVUSAMFVEgAOVhIAJVYSAGdWEgBpVhIAwFYSANFWEgAZVxIAHFcSAHJXEgB8VxIAy1cSAM1XEgAkWBIALlgSAH1YEgCJWBIA1lgSAOJYEgAvWRIAQlkSAIhZEgCXWRIA4VkSAO1ZEgA6WhIAO1oSAJNaEgCdWhIA7FoSAPpaEgBFWxIASlsSAJ5bEgCrWxIAjV0WAPlbEgBQXBIAWlwSAKlcEgCxXBIA5l0WABVdEgBbXRIAZ10SALRdEgDDXRIADV4SABZeEgBmXhIAcF4SAL9eEgDNXhIAGF8SAB1fEgBxXxIAfl8SAMpfEgDWXxIAI2ASADZgEgB8YBIAi2ASANVgEgDhYBIALmESAC9hEgCHYRIAkWESAOBhEgDuYRIAOWISAD5iEgCSYhIAn2ISAD9eFgDtYhIARGMSAE5jEgCdYxIApWMSAJheFgD7YxIAT2QSAGVkEgCoZBIAqWQSAAFlEgASZRIAWmUSAGZlEgCzZRIAvWUSAAxmEgAaZhIAZWYSAGpmEgC+ZhIAy2YSABdnEgAjZxIAcGcSAINnEgDJZxIA2GcSACJoEgAuaBIAe2gSAHxoEgDUaBIA3mgSAC1pEgA7aRIAhmkSAItpEgDfaRIA7GkSAPFeFgA6ahIAkWoSAJtqEgDqahIA8moSAEpfFgBZaxIAnGsSAKhrEgD1axIA+msSAE5sEgBXbBIAp2wSALFsEgAAbRIADG0SAFltEgBsbRIAsm0SAMFtEgALbhIAF24SAGRuEgBlbhIAvW4SAMduEgAWbxIAJG8SAG9vEgB0bxIAyG8SANVvEgCjXxYAI3ASAHpwEgCEcBIA03ASANtwEgD8XxYAOXESAIVxEgCUcRIA3nESAOlxEgA3chIAQ3ISAJByEgCfchIA6XISAAlzEgBCcxIATnMSAJtzEgCicxIA9HMSAAJ0EgBNdBIAUnQSAKZ0EgCydBIA/3QSABJ1EgBYdRIAZ3USALF1EgC9dRIACnYSAAt2EgBjdhIAbXYSALx2EgDKdhIAFXcSABp3EgBudxIAe3cSAFVgFgDJdxIAIHgSACp4EgB5eBIAgXgSAK5gFgDveBIAK3kSADx5EgCEeRIAkHkSAN15EgDweRIANnoSAEV6EgCPehIAm3oSAOh6EgDpehIAQXsSAEt7EgCaexIAqHsSAPN7EgD4exIATHwSAFl8EgAHYRYAp3wSAP58EgAIfRIAV30SAF99EgBgYRYAzX0SAAl+EgAafhIAYn4SAG5+EgC7fhIAzn4SABR/EgAjfxIAbX8SAHl/EgDGfxIAx38SAB+AEgApgBIAeIASAIaAEgDRgBIA1oASACqBEgA3gRIAuWEWAIWBEgDcgRIA5oESADWCEgA9ghIAEmIWAJ+CEgDnghIA+4ISAECDEgBEgxIAmYMSAJuDEgDygxIABoQSAEuEEgBOhBIApIQSAMGEEgD9hBIADoUSAFaFEgBihRIAr4USAMKFEgAIhhIAF4YSAGGGEgBthhIAuoYSALuGEgAThxIAHYcSAGyHEgB6hxIAxYcSAMqHEgAeiBIAK4gSAGtiFgB5iBIA0IgSANqIEgApiRIAMYkSAMRiFgCKiRIA24kSAAGKEgA0ihIAPIoSAI2KEgCdihIA5ooSAOiKEgA/ixIATYsSAJiLEgCpixIAHWMWAPiLEgB2YxYAUowSAKOMEgC8jBIA/IwSAAWNEgBVjRIAX40SAK6NEgC2jRIAB44SAAqOEgCsnRIAEY4SAHWYEgAVjhIAYI4SAG2OEgC5jhIAyI4SABKPEgAXjxIAa48SAIGPEgDEjxIAxY8SAB2QEgAukBIAdpASAIKQEgDPkBIA2ZASACiREgA0kRIAKGQWAImREgDakRIA3ZESADOSEgBTkhIAjJISAJqSEgDlkhIA5pISAIFkFgBKkxIAl5MSAJ6TEgDaZBYA+JMSADNlFgBPlBIAopQSAKqUEgD7lBIAAZUSAFSVEgBilRIArZUSALCVEgAGlhIAJpYSAF+WEgBzlhIAjGUWAMKWEgARlxIAHZcSAGqXEgBtlxIAw5cSAM2XEgDlZRYASpgSAD5mFgCAmBIAzpgSANqYEgAnmRIALZkSAICZEgCMmRIA2ZkSAOGZEgCXZhYAPpoSAIuaEgCRmhIA5JoSAPCaEgA9mxIARZsSAPBmFgCZmxIA75sSAPKbEgBInBIAUZwSAKGcEgCtnBIA+pwSAP2cEgBTnRIAgZ0SAElnFgCxnRIABZ4SABueEgBenhIAap4SALeeEgC/nhIAomcWAByfEgBpnxIAbJ8SAMKfEgDMnxIA+2cWACOgEgB0oBIAeKASAM2gEgDZoBIAJqESACyhEgB/oRIAi6ESANihEgDgoRIAVGgWAFGiEgCKohIAmKISAOOiEgDkohIArWgWAEijEgCVoxIAnKMSAAZpFgACpBIAR6QSAE+kEgCgpBIAo6QSAPmkEgAFpRIAUqUSAGulEgCrpRIAraUSAASmEgAHphIAXaYSAGemEgC2phIAxKYSAA+nEgARpxIAaKcSAHWnEgDBpxIAyacSABqoEgAzqBIAc6gSAH+oEgDMqBIA0qgSACWpEgA8qRIAfqkSAJSpEgDXqRIA2akSADCqEgA9qhIAiaoSAJaqEgDiqhIA6qoSADurEgA9qxIAlKsSAKGrEgDtqxIA9KsSAEasEgBOrBIAn6wSAK6sEgD4rBIA/awSAFGtEgBerRIAqq0SALStEgADrhIACa4SAFyuEgBqrhIAta4SAM6uEgAOrxIAF68SAGevEgBxrxIAwK8SAMWvEgAZsBIAH7ASAHKwEgB1sBIAy7ASAOWwEgC4aRYAJrESAH2xEgCDsRIA1rESAOOxEgARahYAPLISAIiyEgCfshIAamoWAOKyEgA6sxIAQLMSAJOzEgCYsxIA7LMSAAe0EgBFtBIAU7QSAJ60EgCltBIA97QSAAO1EgBQtRIAVrUSAKm1EgCxtRIAArYSAAW2EgBbthIAXLYSALS2EgDAthIADbcSABy3EgBmtxIAdLcSAL+3EgDPtxIAGLgSACa4EgBxuBIAfbgSAMq4EgDRuBIAI7kSACu5EgB8uRIAjLkSANW5EgDauRIALroSADS6EgCHuhIAj7oSAMNqFgDmuhIAObsSAD+7EgCSuxIAl7sSAOu7EgDxuxIAHGsWAEa8EgCdvBIAo7wSAPa8EgADvRIAdWsWAFy9EgCovRIAv70SAM5rFgAEvhIAWr4SAGS+EgAnbBYAtb4SAAy/EgAPvxIAZb8SAHG/EgC+vxIAxr8SANlsFgAiwBIAcMASAHHAEgDJwBIA0sASACLBEgAvwRIAe8ESAInBEgDUwRIA3sESAC3CEgCDwhIAhsISAJbCEgDfwhIA5cISADjDEgA6wxIAkcMSAKfDEgDqwxIA9sMSAEPEEgBHxBIAnMQSAKHEEgD1xBIA+8QSAE7FEgBuxRIAp8USAP3FEgAAxhIABMYSAIXKEgAMxhIAWcYSAF/GEgCyxhIAuMYSAAvHEgAQxxIAZMcSAGrHEgCLbRYAyccSABbIEgAZyBIAb8gSAHnIEgDIyBIA18gSACHJEgAjyRIAeskSAH3JEgDTyRIA38kSACzKEgBQyhIA5G0WAIfKEgDeyhIA5MoSADfLEgBEyxIAPW4WAJ3LEgDpyxIAAMwSAELMEgBMzBIAm8wSAKfMEgD0zBIA98wSAE3NEgBXzRIAps0SALXNEgD/zRIAAc4SAFjOEgBbzhIAsc4SAL3OEgAKzxIALs8SAJZuFgBwzxIAvM8SANPPEgAV0BIAHdASAG7QEgB40BIAx9ASANPQEgAg0RIAI9ESAHnREgCD0RIA724WANTREgAr0hIALtISAITSEgCQ0hIA3dISAOXSEgChbxYAQdMSAI/TEgCQ0xIA6NMSAPHTEgBB1BIATtQSAJrUEgCo1BIA89QSAP3UEgBM1RIAotUSAKXVEgC11RIA/tUSAATWEgBX1hIAWdYSALDWEgDG1hIACdcSABXXEgBi1xIAZtcSALvXEgDA1xIAFNgSABrYEgBt2BIAjdgSAMbYEgAc2RIAH9kSACPZEgCk3RIAK9kSAHjZEgB+2RIA0dkSANfZEgAq2hIAL9oSAIPaEgCJ2hIAU3AWAOjaEgA12xIAONsSAI7bEgCY2xIA59sSAPbbEgBA3BIAQtwSAJncEgCc3BIA8twSAP7cEgBL3RIAb90SAKxwFgCm3RIA/d0SAAPeEgBW3hIAY94SAAVxFgC83hIACN8SAB/fEgBh3xIAa98SALrfEgDG3xIAE+ASABbgEgBs4BIAduASAMXgEgDU4BIAHuESACDhEgB34RIAeuESANDhEgDc4RIAKeISAE3iEgBecRYAiuISANviEgDr4hIANOMSADbjEgCN4xIAm+MSAObjEgD34xIAt3EWAEXkEgCY5BIApOQSABByFgD55BIASuUSAHDlEgCj5RIAq+USAPzlEgAI5hIAVeYSAFvmEgCu5hIAtOYSAAfnEgAM5xIAYOcSAGbnEgDCchYAwecSAHRzFgAe6BIAa+gSAGzoEgDE6BIAyegSAB3pEgAj6RIAdukSAIDpEgDP6RIA1+kSACjqEgAs6hIAgeoSAIfqEgDa6hIA6OoSADPrEgA96xIAjOsSAJbrEgDl6xIA8esSAD7sEgBL7BIAl+wSAJ/sEgDw7BIA+uwSAEntEgBO7RIAou0SAKrtEgDNcxYAAO4SAFTuEgBh7hIAre4SALXuEgAG7xIADO8SAF/vEgBr7xIAuO8SALnvEgAR8BIAFvASAGrwEgBw8BIAw/ASAM3wEgAc8RIAJPESAHXxEgB58RIAzvESANTxEgAn8hIANfISAIDyEgCK8hIA2fISAOPyEgAy8xIAPvMSAIvzEgCY8xIA5PMSAOzzEgA99BIAR/QSAJb0EgCb9BIA7/QSAPf0EgAmdBYATfUSAKH1EgC69RIA+vUSAAL2EgBT9hIAWfYSAKz2EgC49hIABfcSAAb3EgBe9xIAY/cSALf3EgC99xIAEPgSABr4EgBp+BIAcfgSAML4EgDG+BIAG/kSACH5EgB0+RIAgvkSAM35EgDX+RIAJvoSADD6EgB/+hIAi/oSANj6EgDl+hIAMfsSADn7EgCK+xIAlPsSAOP7EgDo+xIAPPwSAET8EgB/dBYAmvwSAO78EgD3/BIAR/0SAE39EgCg/RIAqP0SAPn9EgAD/hIAUv4SAF7+EgCr/hIArv4SAAT/EgAO/xIA2HQWAHD/EgC2/xIAxP8SAA8AEwAZABMAaAATAHQAEwDBABMAyAATABoBEwAiARMAcwETAHcBEwDMARMA2gETACUCEwAvAhMAfgITAIkCEwDXAhMA3wITAIp1FgA2AxMAiQMTAEEDEwCEKxMAkwMTAOIDEwDtAxMAOwQTAEcEEwCUBBMAmgQTAO0EEwD1BBMARgUTAFAFEwCfBRMAqwUTAPgFEwD7BRMAUQYTAFsGEwDjdRYAtwYTAAMHEwAaBxMAXAcTAGQHEwC1BxMAuAcTAA4IEwAYCBMAZwgTAGwIEwDACBMAwQgTABkJEwAaCRMAcgkTAH4JEwDLCRMA0gkTACQKEwBAChMAPHYWAJsKEwDWChMA5goTAC8LEwA4CxMAiAsTAI4LEwDhCxMA6wsTADoMEwBFDBMAkwwTAJ8MEwDsDBMA8gwTAEUNEwBNDRMAng0TAKgNEwD3DRMAAw4TAFAOEwBTDhMAqQ4TALMOEwCVdhYADw8TAFsPEwByDxMAtA8TALwPEwANEBMAEBATAGYQEwBwEBMAvxATAMQQEwAYERMAGRETAHEREwByERMAyhETANYREwAjEhMAKhITAO52FgCEEhMA+XcWANsSEwAuExMAMxMTAIcTEwCLExMA4BMTAO0TEwBSeBYAPhQTAJIUEwCWFBMA6xQTAO0UEwBEFRMAXRUTAJ0VEwCuFRMA9hUTAAIWEwCreBYAUhYTADgcEwBbFhMAqBYTALsWEwABFxMAAhcTAFoXEwBmFxMAsxcTAMIXEwAMGBMAFhgTAGUYEwBxGBMAvhgTAMUYEwAEeRYAHxkTAHAZEwByGRMA9CUTAHMZEwCnHhMAdhkTAMkZEwB8GRMAFiETAH0ZEwBhkRMA1RkTACIaEwAxGhMAexoTAIcaEwDUGhMA4hoTAC0bEwBIGxMAhhsTAJIbEwDfGxMA5hsTAF15FgBFHBMAkRwTAJMcEwDqHBMA6xwTAEMdEwBGHRMAnB0TAKcdEwD1HRMA+h0TAE4eEwBYHhMAtnkWALQeEwAAHxMAAh8TAFkfEwBaHxMAsh8TALUfEwALIBMAFiATAGQgEwBpIBMAvSATAMcgEwAPehYAKSETAG8hEwBwIRMAyCETANQhEwAhIhMAMCITAHoiEwCEIhMA0yITAN8iEwAsIxMAMyMTAGh6FgCNIxMA3iMTAOAjEwA3JBMARiQTAJAkEwCaJBMA6SQTAPIkEwBCJRMARCUTAJslEwCsJRMAGnsWAAMmEwBNJhMAVyYTAKYmEwCvJhMA/yYTAAEnEwBYJxMAaScTALEnEwC5JxMACigTACgoEwBjKBMAaygTALwoEwDIKBMAFSkTACgpEwBuKRMAbykTAMcpEwDTKRMAICoTAC8qEwB5KhMAgyoTANIqEwDeKhMAKysTADIrEwBzexYAlSsTAN0rEwDlKxMANiwTAD0sEwCPLBMAnSwTAOgsEwD4LBMAQS0TAFEtEwCaLRMAti0TAMx7FgAALhMATC4TAGMuEwClLhMArS4TAP4uEwAMLxMAVy8TAGEvEwCwLxMAvC8TAAkwEwAfMBMAYjATAGUwEwC7MBMA1zATACV8FgAeMRMAbTETAHUxEwDGMRMA1TETAB8yEwAkMhMAeDITAIUyEwDRMhMA2zITACozEwAsMxMAgzMTAJEzEwDcMxMA6TMTADU0EwA4NBMAfnwWAJk0EwDnNBMA8TQTAEA1EwBINRMAmTUTAKg1EwDyNRMA9zUTAEs2EwBYNhMApDYTAK42EwD9NhMA/zYTAFY3EwBkNxMArzcTALw3EwAIOBMACzgTANd8FgBkOBMAujgTAMY4EwATORMAGjkTAGw5EwB0ORMAxTkTAN45EwAeOhMAMjoTAHc6EwCTOhMA0DoTANg6EwCJfRYAMTsTAOJ9FgCPOxMA2zsTAOI7EwA0PBMAPDwTAI08EwCSPBMA5jwTAPY8EwA/PRMARz0TAJg9EwCmPRMA8T0TAP49EwBKPhMAVz4TAKM+EwCvPhMA/D4TAAI/EwBVPxMAXT8TAK4/EwC6PxMAB0ATABpAEwBgQBMAb0ATALlAEwDFQBMAEkETABNBEwBrQRMAdUETAMRBEwDSQRMAHUITACJCEwB2QhMAg0ITADt+FgDSQhMAKEMTADJDEwCBQxMAg0MTANpDEwDpQxMAM0QTAFNEEwCMRBMAlEQTAOVEEwDvRBMAPkUTAERFEwCXRRMAmUUTAPBFEwD/RRMASUYTAFVGEwCiRhMAqkYTAJR+FgAZRxMAVEcTAHJHEwDtfhYAy0cTAAZIEwAkSBMAX0gTAGdIEwC4SBMAx0gTABFJEwATSRMAakkTAHNJEwDDSRMAxkkTABxKEwAoShMAdUoTAHxKEwDOShMA1koTACdLEwBASxMAgEsTAJRLEwDZSxMA9UsTADJMEwA6TBMARn8WAKlMEwDkTBMAAk0TAJ9/FgBWTRMAlk0TAJtNEwDvTRMACk4TAEhOEwBUThMAoU4TAKlOEwD4fxYADU8TAFNPEwBiTxMArE8TALhPEwAFUBMABlATAF5QEwBoUBMAt1ATAMVQEwAQURMAFVETAGlREwB2URMAUYAWAMZREwAbUhMAHVITAHRSEwB3UhMAzVITANVSEwAmUxMAMFMTAH9TEwCKUxMA2FMTAORTEwAxVBMAOVQTAKqAFgCYVBMA41QTAOlUEwA8VRMASFUTAJVVEwCkVRMA7lUTAPhVEwBHVhMAT1YTAKBWEwCvVhMA+VYTAPtWEwBSVxMAW1cTAKtXEwCuVxMABFgTABBYEwBdWBMAZVgTAAOBFgDGWBMAD1kTABdZEwBoWRMAclkTAMFZEwDMWRMAGloTACZaEwBzWhMAe1oTAFyBFgDRWhMAJVsTADZbEwB+WxMAj1sTANdbEwDcWxMAMFwTADRcEwCJXBMAl1wTAOJcEwDvXBMAO10TAFJdEwCUXRMAnF0TAO1dEwD5XRMARl4TAFleEwCfXhMArl4TAPheEwAEXxMAUV8TAFJfEwCqXxMAtF8TAANgEwARYBMAXGATAGFgEwC1YBMAwmATALWBFgAcYRMAZ2ETAHRhEwDAYRMA12ETABliEwAhYhMAcmITAH1iEwDLYhMAzWITACRjEwAxYxMAfWMTAIRjEwDWYxMA52MTAC9kEwA9ZBMAiGQTAJVkEwDhZBMA+GQTADplEwBCZRMAk2UTAJhlEwDsZRMA/GUTAEVmEwBNZhMAnmYTAKhmEwD3ZhMAAmcTAFBnEwBcZxMAqWcTALFnEwBnghYAG2gTAFtoEwBgaBMAtGgTAM9oEwANaRMAGWkTAGZpEwBuaRMAwIIWANJpEwAYahMAJ2oTAHFqEwB9ahMAymoTAMtqEwAjaxMALWsTAHxrEwCKaxMA1WsTANprEwAubBMAO2wTABmDFgCPbBMA4GwTAOJsEwA5bRMARm0TAJJtEwCXbRMA620TAPVtEwBEbhMAT24TAJ1uEwCpbhMA9m4TAPxuEwBPbxMAV28TAKhvEwC0bxMAAXATABRwEwBacBMAaXATALNwEwC/cBMADHETAA1xEwBlcRMAb3ETAL5xEwDMcRMAF3ITABxyEwBwchMAfXITAHKDFgDOchMAInMTADFzEwB7cxMAinMTANRzEwDdcxMALXQTADN0EwCGdBMAjHQTAN90EwDrdBMAOHUTAD91EwCRdRMArXUTAMuDFgD0dRMAQ3YTAE92EwCcdhMAn3YTAPV2EwD/dhMAJIQWAFZ3EwB9hBYAr3cTANaEFgAIeBMAL4UWAGF4EwCyeBMAs3gTALGAEwC/eBMAC3kTAMZ4EwDpfRMAyXgTAKWHEwDLeBMAeIsTAAx5EwBkeRMAenkTAL15EwDFeRMAFnoTABh6EwDefBMAJHoTAG96EwB3ehMAiIUWAHx6EwDIehMAy3oTACF7EwArexMAensTAHx7EwDTexMA5HsTACx8EwA9fBMAhXwTAI18EwDhhRYA5XwTADd9EwA+fRMAkH0TAJh9EwA6hhYA630TAEJ+EwBIfhMAm34TAKh+EwD0fhMA/H4TAE1/EwBPfxMApn8TAK1/EwD/fxMABoATAFiAEwBggBMAk4YWAL6AEwAKgRMAC4ETAGOBEwB5gRMAvIETAMSBEwAVghMAF4ITAN2EEwAjghMAboITAHaCEwDshhYAe4ITAMeCEwDKghMAIIMTACqDEwB5gxMAe4MTANKDEwDjgxMAK4QTADyEEwCEhBMAjIQTAEWHFgDkhBMANoUTAD2FEwCPhRMAl4UTAJ6HFgDyhRMAQYYTAEOGEwCahhMAq4YTAPOGEwAEhxMATIcTAFSHEwD3hxYAqocTAKSPEwCxhxMA/ocTABSIEwBXiBMAX4gTALCIEwC+iBMACYkTABaJEwBiiRMAZYkTALuJEwDFiRMAFIoTABaKEwBtihMAfooTAMaKEwDXihMAH4sTACeLEwBQiBYAgYsTANGLEwDeixMAKowTADGMEwCDjBMAlIwTANyMEwDojBMANY0TAD2NEwCpiBYAm40TAOeNEwDqjRMAQI4TAEqOEwCZjhMAm44TAPKOEwADjxMAS48TAFyPEwACiRYArI8TAP2PEwAUkBMAVpATAGKQEwCvkBMAuZATAAiREwAQkRMAW4kWAGKREwC6kRMA0JETABOSEwAbkhMAbJITAHqSEwDFkhMAzZITALSJFgDSkhMAHpMTACGTEwB3kxMAgZMTANCTEwDSkxMAKZQTADqUEwCClBMAk5QTANuUEwDjlBMADYoWADqVEwCNlRMAkpUTAOaVEwABlhMAP5YTAE2WEwCYlhMAn5YTAPGWEwD9lhMASpcTAFCXEwCjlxMAppcTAPyXEwAGmBMAVZgTAFuYEwCumBMAsJgTAAeZEwARmRMAYJkTAGyZEwC5mRMA0JkTABKaEwAmmhMAa5oTAIeaEwDEmhMAzJoTAGaKFgAfmxMAdpsTAISbEwDPmxMA4JsTAL+KFgAvnBMAGIsWAI+cEwDanBMA5JwTADOdEwA+nRMAjJ0TAJSdEwDlnRMA8Z0TAD6eEwBRnhMAl54TAKaeEwDwnhMA/J4TAEmfEwBKnxMAop8TAKyfEwD7nxMACaATAFSgEwBZoBMAraATALqgEwDKixYADqETAF+hEwBpoRMAuKETAL2hEwARohMAGaITAGqiEwBwohMAw6ITAM+iEwAcoxMAIqMTAHWjEwB+oxMAzqMTANujEwB8jBYAKKQTAICkEwCCpBMA2aQTANykEwAypRMANaUTANWMFgChpRMA5KUTAOylEwA9phMASaYTAJamEwCcphMA76YTAPWmEwBIpxMATacTAPqnEwB2pxMAoacTAKmnEwCHjRYAAKgTAOCNFgBpqBMArKgTAK6oEwAFqRMAEqkTAF6pEwBlqRMAt6kTAL+pEwAQqhMAIKoTAGmqEwBrqhMAwqoTANCqEwAbqxMALKsTAJKOFgB7qxMA644WANurEwAmrBMAMKwTAH+sEwCKrBMA2KwTAOCsEwAxrRMAPa0TAIqtEwCdrRMA460TAPGtEwA8rhMARq4TAJWuEwCdrhMA7q4TAP2uEwBHrxMATK8TAKCvEwCnrxMA+a8TAAWwEwCdjxYAk7ATAKuwEwDssBMABLETAAyxEwD2jxYAh7ETALaxEwDCsRMAD7ITABWyEwBoshMAbrITAMGyEwDGshMAGrMTACCzEwBPkBYAdLMTAMyzEwDSsxMAJbQTACq0EwB+tBMAjbQTANe0EwDjtBMAMLUTADO1EwCJtRMAjLUTAOK1EwDqtRMAO7YTAEq2EwCUthMAmbYTAO22EwADtxMARrcTAEe3EwCftxMAsLcTAPi3EwAEuBMAUbgTAFu4EwCquBMAtrgTAAO5EwAKuRMAqJAWAGy5EwC1uRMAwbkTAA66EwAduhMAZ7oTAHu6EwDAuhMAz7oTABm7EwAquxMAcrsTAH67EwABkRYAzbsTACS8EwAyvBMAfbwTAI68EwBakRYA3LwTAC+9EwA7vRMAs5EWAI69EwDhvRMA570TADq+EwA/vhMAk74TAJm+EwC+khYA8b4TAEW/EwBHvxMAnr8TAK+/EwAilBYAA8ATAFDAEwBWwBMAqcATALXAEwACwRMACsETAHuUFgBhwRMAtMETAMDBEwANwhMAFcITANSUFgBywhMAv8ITAMLCEwAYwxMAIsMTAC2VFgBzwxMAysMTANjDEwAjxBMANMQTAN+VFgCCxBMA1cQTAOHEEwA4lhYANsUTAIfFEwCKxRMA4MUTAOzFEwA5xhMARcYTAJLGEwCaxhMA6pYWAPbGEwBExxMAUMcTAJ3HEwClxxMAQ5cWAP/HEwBPyBMAYMgTAKjIEwC5yBMAAckTAAnJEwBayRMAXckTALPJEwC9yRMADMoTAA7KEwBlyhMAdMoTAL7KEwDeyhMAF8sTAB/LEwBwyxMAessTAMnLEwDPyxMAIswTACTMEwB7zBMAiswTANTMEwDgzBMAnJcWADnNEwCGzRMApM0TAN/NEwDlzRMAOM4TAEHOEwCRzhMAns4TAPWXFgAAzxMAQ88TAEXPEwCczxMAt88TAPXPEwAB0BMATtATAFvQEwBOmBYArdATAADREwAI0RMAWdETAG/REwCy0RMAt9ETAAvSEwAR0hMAZNITAHDSEwC90hMAxdITAKeYFgAj0xMAb9MTAH/TEwDI0xMAzdMTACHUEwAn1BMAetQTAJDUEwDT1BMA1dQTACzVEwA21RMAhdUTAJPVEwDe1RMA49UTADfWEwBE1hMAAJkWAJ/WEwDp1hMA8tYTAELXEwBM1xMAm9cTAKnXEwD01xMA+dcTAE3YEwBa2BMAptgTAK7YEwD/2BMAD9kTAFjZEwBa2RMAsdkTAL/ZEwAK2hMAG9oTAFmZFgBq2hMAspkWAMHaEwAV2xMAG9sTAG7bEwB22xMAx9sTANHbEwAg3BMAItwTAHncEwB83BMA0twTAPLcEwBkmhYAN90TAITdEwCK3RMA3d0TAOndEwA23hMAPt4TAL2aFgCb3hMA6N4TAO7eEwBB3xMATd8TAJrfEwCi3xMAFpsWAPXfEwBM4BMAWuATAKXgEwC24BMAb5sWAAvhEwBX4RMAbuETAMibFgC64RMACeITABXiEwBi4hMAZeITALviEwDF4hMAIZwWACXjEwBt4xMAdOMTAMbjEwDO4xMAH+QTACzkEwB45BMAfeQTANHkEwDb5BMAKuUTADLlEwCD5RMAkuUTANzlEwDh5RMANeYTAEvmEwCO5hMAj+YTAOfmEwD15hMAQOcTAFHnEwCZ5xMApecTAPLnEwD65xMA05wWAE/oEwBkAQAAU+gTAJ3dFQBX6BMA53cRALDoEwBjCQAABekTAB7sEwDH6hMA2SwAABfrEwDvLgAALuwTAJQ+AADT7BMAtUEAACztEwBmSgAA3e0TAD1NEwDe7RMALk0AAOLtEwDQoAQA5e0TAF3qCAA47hMATWAAAOruEwDoZgAAQ+8TAMVzAAD07xMAuXoAAFnwEwAchAAAp/ATAJaHAAD+8BMAwosAALbxEwB+lQAAf/ITALnyEwAw9RMA8NgAADf2EwB05QAAkPYTADDvAABC9xMAfP4AAPz3EwA4CAEAbfgTAJEIAQCk+BMA6ggBAAf5EwAsDwEAt/kTAOkQAQAP+hMAIBYBANf6EwCDHwEAHfsTAMUlAQCJ+xMAw/sTADj8EwB1/BMAffwTAM78EwDa/BMAay0BAC/9EwAzMAEA9f0TADL+EwA6/hMAi/4TAI3+EwDZNwEA8P4TABs+AQCe/xMA10cBAAYBFABDYgEAtAEUABZmAQDIARQADIcVANABFAD2hBUAKgIUAG9mAQBkAhQA02cBAMkCFABCagEAFQMUAGNtAQBtAxQAeW8BAIAEFADxggEA5wQUACYFFAAuBRQASoMBAI4FFAC5hQEAPQYUANmQAQCtBhQAMpEBAO8GFADvkgEARAcUAJUHFACfBxQASJMBAPgHFAB/mAEAEAoUAESzAQBlChQAtgoUAMYKFACdswEAdAsUAMm3AQDJCxQAGgwUACoMFAAiuAEA2AwUACzBAQCiDxQArScIAEwQFABjeAIAUBAUACB6AgBUEBQAxN8BAGAQFAC6iAIA+hAUAPDjAQBfERQAreUBAAwSFADD5wEAXhIUAIDpAQDDEhQAPesBABoTFABT7QEAcxMUAKztAQAhFBQA/K0VACIUFABWpw0AJRQUAMLvAQA1FBQA3kUOAHoUFABlfBQAjhQUABvwAQCQFBQAfQoTAKAUFAC1KBYA0hQUAHTwAQDVFBQA7dgOAIkVFACr9QEA4hUUAAT2AQCWFhQAn/wBAEMXFADhAgIA9RcUAA0HAgBIGBQAnhgUAKoYFAC/BwIADBoUAHAQAgBjGhQAtBoUALsaFAB7EQIAaRsUAD/DDwBsGxQAWAYQAHAbFADYzg4AchsUALIJEQB2GxQA0xkCAMwbFABuIAIAJhwUAEwlAgB0HBQAyhwUACsdFAB8HRQAfx0UAIwjEACIHRQAbSgCAOodFAA1KwIATx4UAIceFADkHhQAF0YPAPAeFAAoOgIADR8UAFYuAgBFHxQA8TQCAPcfFADPOQIAqSAUADM7AgASIRQAjDsCALQhFAC+1gwAuCEUAD48AgAKIhQAST0CABojFAAQSAIAxyMUALhqDgDKIxQAR00CAMwjFADetBAAHyQUAHDhFQAxJBQAcCQUADMkFADmwg8A0SQUACIlFADlJBQAtVcCACUlFAD+Ag8ALCUUAHcODwAvJRQAZewOADIlFADg8g8AMyUUAGX3DwA9JRQAXU8CAEMlFAATDQ8A1iUUAOJTAgDYJRQARLwSAOAlFADguhIA/iUUAN9TEAA7JhQAn1UCAI4mFADfJhQA6yYUAFFWAgDyJxQAQygUAMsqFABwaQIAMiwUAN5EFgABOhQAXVoDABQ6FAAONQ8AwjoUAAk7FAB0OxQAuzsUACQ8FADasw0AKjwUAI8uAwB9PRQAB0IDAIg+FAAbVAMAZz8UAI4/FADpPxQAtWIDAJtAFACeaAMAUUEUALRqAwCmQRQA1W0DAFhCFAAXdAMACkMUAKd5AwC8QxQAZHsDAC5EFACQfwMAbkQUAE2BAwAwRRQAeYUDACtGFADPnQMA6EYUAKyqAwCfRxQAoLEDAEJIFABxgBUAR0gUAPFIFABbSBQAEkwUAGNIFACdhBUAaUgUAJS4AwDzSBQAA4IOAPVIFAAUBQ8A+EgUAAJeCgD7SBQA7bgDAABJFABGuQMAAkkUACbEBQAUSRQA6zUWACpJFABqEwYAbEsUAETJAwAaTBQAa0wUAGxMFAAUrA4AdUwUAAIEEgB6TBQALKkPAIpMFAAfUxYAzkwUAHvOAwDSTRQAPvkDANVNFAAiJgwA1k0UAB/mAwDYTRQAIdYDANlNFAAK3AMA200UACIyBQDcTRQAed4DAN1NFAAT7QMA3k0UAOnYAwDfTRQAnS0FAOVNFACa4QMAEE4UAFKwEwCpURQAfB8EALBRFADCBQQAB1IUAO4JBABcUhQArVIUAMNSFABdDAQAa1MUAGcVBADAUxQAEVQUABVUFADAFQQAzVQUAPcaBADWVRQAJ1YUAD1WFADUJwQA21YUAHVXBADfVhQAsiwEAONWFAAE0w4APFcUAGQtBACXVxQAyC4EAP5ZFAD8SwQAd1sUAO5iBAApXBQAXG0EAOFcFACIcQQAJF0UABh3BAAoXhQALIkEAIdeFADYXhQA5l4UAJuLBADnXxQAgn4RAPFfFACllAQA8WAUAJijBABZYhQAoLwEAAVjFABRxQQAyGMUAA9kFABzZBQAvtcEANNkFAAaZRQAK2UUAN/aBACAZhQA/0kGAIFmFABh9wQAiGYUAJgzCgAzZxQAjfsEADdnFAA9QwoAlmcUAK7+BACXaBQAJhIFAKppFAD4HQUAYGoUAHIhBQAfaxQAXGsUAGRrFAC1axQAxGsUAHEpBQAYbBQA6ywFAMlsFAAGag4AzGwUAKguBQAhbRQAcm0UADVtFAANfxUAfG0UAAEvBQAsbhQA6jQFAIxuFAAANwUANW8UAEI9BQCQbxQAyhILAORvFAA2RAUA+HAUAFVXBQBNcRQAdQcVALpxFAD3cRQA/3EUAFByFABdchQAJmsFAF9yFABvkgUAYXIUAM9aBQAedBQAXHgFACR1FAAtjAUAeXUUAMp1FADbdRQAkY0FAOR2FABtogUAOHcUAOelBQDidxQA26wFAEp4FADPswUAVXgUAFPABQBieBQAEboFAG15FACswAUAFXoUAPnHBQBVehQAlM4FAAh7FACS3gUADXsUAIzsCgAOexQAX/AKABB7FAD85goAdnsUALN7FAC7exQADHwUAGd8FAALTQ8AanwUAKK2DQBtfBQAZn8VAG98FACz4QUAcXwUANamEQCIfBQAskAWAKx8FAAurxEAxnwUANTkBQBEfRQAcH0UAHt9FADf5QUALH4UAMjrBQDjfhQAx/MFAIl/FAAq/QUAjH8UAIEYBwD7fxQA5/4FAEWAFACYBwYAR4AUAED/BQCXgBQAugIGAJuAFADQBAYApoEUAGAKBgC2ghQA2RUGAAODFAAQGwYA5IUUACGGFAAphhQAeoYUAImGFABOQQYA3IYUAE1JBgDghxQA/lEGAOuHFAA3GgoAOogUAHhVBgBHiRQArWoGAFGJFABVYgYAoYkUAM9lBgCliRQA5WcGABuLFABYixQAYIsUALGLFAC2ixQAiX8GAMCLFAAxdwYAEIwUAKt6BgAUjBQAwXwGACqOFADUlgYA2I4UADegBgCKjxQAurQGAFuQFAARxQYAtZAUAKHKBgD3kBQAt8wGAFGRFABS0wYAppEUAF3UBgD7kRQATJIUAFaSFAC21AYAqJIUANfXBgBgkxQA1t8GACWUFABilBQAapQUALuUFADBlBQAAewGACqVFADU7wYA3JUUALH8BgAjlhQAHwcHAOCWFABACgcAkpcUAJgSBwBGmBQASRsHAAOZFABAmRQASJkUAJmZFACpmRQAECYHAMWZFACVKgcA/pkUABsnBwBTmhQApJoUAK6aFAB0JwcAy5sUAAicFAAQnBQAYZwUAGqcFADWOAcAxJwUAOw6BwCInRQAxZ0UAM2dFAAenhQAH54UAGVGBwAjnhQAGZAHACueFABkTgcALZ4UANVABwB9nhQAT0QHAIGeFABRjQcAjJ8UACxRBwA+oBQAhFkHAJegFAAJXgcA7KAUABRfBwCmoRQAbGcHAP2hFACCaQcAv6IUAPyiFAAEoxQAVaMUAF+jFABrbwcAsaMUALh2BwB8pBQAuaQUAMGkFAASpRQAH6UUAD17BwAhpRQAq4UHAHClFABpfwcAI6YUACWJBwB+phQAO4sHAPanFAAzqBQAO6gUAIyoFACbqBQAv5cHAO+oFAA5mwcAB6sUACCxBwBwqxQArasUAMmrFAAGrBQAE6wUAISyBwAtrRQAaq0UAHKtFADDrRQAxq0UAPHEBwCurhQAgNIHACqvFAC31wcALq8UAE+GDQDmrxQAq94HADWwFADX4gcASbEUAIjrBwCcsRQAk+wHAFKyFADg8wcArbIUAHD5BwC0sxQANdwKAMizFADc2woAIbQUAF60FABmtBQAt7QUALq0FADIAQgALLUUAGm1FABxtRQAwrUUANG1FACbBQgAJrYUAI8MCADZthQApQ4IANq3FAA/HQgAjrgUACSxEgCRuBQAPIIPAJa4FACVmBEAmbgUAAcgCACauBQA2JYRAO+4FAAzJAgACroUAEe6FABPuhQAoLoUAKm6FAA9LQgAA7sUAFMvCAC6uxQAoDYIAAy8FAAlOwgAdrwUAA5BCADCvBQAGUIIAGu9FAC/SQgAzb0UAIdMCAB2vhQAhlQIACi/FABjYQgAOsAUAJluCACTwBQAE3IIAO7AFACNdQgAV8EUAJTBFACcwRQA7cEUAPzBFAAGgQgA/cEUAPF2CABSwhQA/HcIAKfCFAD4whQAAsMUAFV4CACwwxQAgIQIAF/EFAB/jAgAFsUUAFKQCADcxRQAGcYUACHGFAByxhQAgcYUAA6aCADXxhQAiJ0IACzHFAB9xxQAjMcUAOyeCAA+yBQALqUIAJLIFACoqAgA7sgUACy1CADwyBQA6q4IAAjKFABFyhQATcoUAJ7KFAATyxQAUMsUAFjLFACpyxQAtssUAKTICAAPzBQAbMsIAGnMFAA/zwgAD80UANrVCADLzRQAJ90IAHzOFAC18ggA4c8UAOoHCQA20BQAh9AUAJbQFABOCQkABtEUALIKCQBO0hQA9BAJAKnSFAB5FQkA/tIUAE/TFABe0xQA3RYJAM7TFABBGAkAD9UUAB8dCQBq1RQAbCQJABzWFABUMgkAztYUAIo/CQCL1xQAc0UJAOHXFADXRgkAjNgUALVLCQBU2RQAkdkUAJnZFADq2RQARtoUAHFVCQAE2xQAOVgJAMPbFAAA3BQACNwUAFncFABj3BQAnGEJAMDcFABZYwkAGt0UAJBoCQBu3RQAFW0JAB/eFACacQkALd8UANx3CQCC3xQA098UANXfFAA1eAkAoeAUAN7gFADm4BQAN+EUAEviFADvkQkAt+IUAPTiFAD84hQATeMUAHTkFACx5BQAueQUAArlFAAU5RQAGaYJANjlFAAV5hQAHeYUAG7mFAB45hQAhMgJAITmFADUtwkAzOYUAOq5CQAq5xQA9MIJAI3oFADP3wkAkegUAGzWCQDr6BQArtwJADfpFADE3gkA8ukUAOXhCQBE6hQABuUJAP3qFACW6gkAWOsUADHxCQAK7BQAUvQJAGPsFACr9AkAzOwUAAntFAAR7RQAYu0UAHHtFABz9wkAIe4UAJ4DCgB97hQAkgoKAJTvFADR7xQA2e8UACrwFAA58BQAThQKADjxFACO8RQAqPEUAEwkCgAD8hQAQPIUAEjyFACZ8hQAqPIUAHgoCgAl8xQANSoKAMDzFAD98xQABfQUAFb0FAC+9BQACC4KAA71FACCMQoAxvUUAKM0CgAl9hQAKDkKAMz2FADqxAoAz/YUAAY+CgAl9xQAET8KAN33FADNSAoAjPgUANdRCgDl+BQAy1gKADv5FADWWQoAW/oUAJj6FACg+hQA8foUAP36FAC+ZwoAUvsUAKP7FACn+xQAImkKAAz8FADfagoAyvwUAAf9FAAP/RQAYP0UAIr9FADSeQoAvv0UAHiBCgAu/hQAU7QMAHP+FADE/hQA/v4UAAiHCgBX/xQAd4kKAPL/FAAoABUAPQEVAKClCgCPARUABKcKAEsCFQBcrwoA9wIVAA24CgBwBBUArQQVALUEFQAGBRUAFQUVAGPQCgBlBRUA3dMKAGkFFQDnjgsAGQYVAGoGFQCYBxUAzgcVAO0HFQAnCBUAkAgVALrgCgA6CRUASuYKAOoJFQB26goAVQsVAK+RCwBXCxUA+vYKAKcLFQB0+goAwQ0VADAECwATDhUA1gsLABoOFQC1CAsALhAVAH8QFQA0ERUAyCILAEgSFQBBLgsAqBMVAPkTFQAiFBUAHUMLALAUFQDaRAsADBUVAF0VFQCGFRUASUcLABcWFQAcSwsAkRYVAHVLCwArGBUAn18LADwZFQDsZgsARxoVAJ1vCwCwGhUA9m8LAPwaFQBPcAsATBsVAMlzCwAEHBUA6nYLAG0cFQBDdwsAuRwVAJx3CwAJHRUAFnsLAJEeFQDAHhUANR8VAHIfFQB6HxUAyx8VAIIgFQDblQsAjCEVAF+iCwBWIhUAkyIVAJsiFQDsIhUA9iIVANitCwDVJBUAA7oLAA8mFQB61QsAbyYVAGPbCwAaJxUAbeQLAIEnFQDn5wsAOCgVAJf4CwDfKBUArAIMAPQqFQBaIwwAvywVAAo0DABfLRUAQTkMAMAtFQC7PAwAgS4VAL4uFQDGLhUAFy8VAHIvFQDFRQwAlzAVANQwFQDcMBUALTEVAFcxFQBUUwwA6DEVAJZZDABAMhUAkTIVAJ8yFQBIWgwA8DIVALdcDACpMxUA7mEMAPYzFQAaZgwACTUVABluDABiNRUAL3AMAGU1FQDhcAwAyjYVAHB+DAAbNxUA1H8MAHw3FQBOgwwA0DcVABaGDAAkOBUAb4YMAJ44FQDTOBUAoTkVAKWTDAAIOhUA/pMMAEo7FQCbOxUAxDsVAPKaDADSOxUApJsMAL09FQDQnwwAGj4VAEqjDABwPhUArqQMAHs/FQBJqwwAzD8VAHWvDACYQBUA0kAVAIZBFQBzvwwA6UEVAOLBDAA9QhUAJMgMAOpCFQCIyQwAdkMVALTNDACwQxUA4NEMAPhDFQBP1AwAq0QVAG/fDAC7RBUA8fsMAB9GFQAJ7gwAZ0YVAHjwDADRRhUA5/IMAO1IFQAqSRUAMkkVAINJFQCQSRUA+gwNAOlJFQAbEA0Am0oVAO4TDQBfSxUAmUsVAARMFQDkYhUAEUwVAEtMFQAJTRUA1iENAAtNFQBnHw0AwU0VAAhOFQBvThUAkisNACNPFQC9Nw0A/08VAB5QFQDmUBUAeEkNAI1RFQCkTQ0A6VEVAOZTDQBCUhUAl1wNAJpSFQCiXQ0ARVMVAItjDQCgUxUAPWQNAFRUFQAbaQ0AV1QVABHPDwC/VBUA/FQVAARVFQBVVRUAzFUVAMFwDQC8VhUAXHcNANtXFQDKgQ0AhlgVAHuKDQA4WRUA3pMNAPZZFQAzWhUAO1oVAIxaFQABWxUAPlsVAEZbFQCXWxUATFwVAL9/FQBRXBUAolwVAFNcFQC1/BEAZVwVAIjTFQCsXBUACKgNAFpdFQDxrQ0AHl8VAH/DDQBvXxUAq8cNAN5gFQBx2g0A7WAVACdhFQCIYRUARdYNAOhhFQCe1g0APmMVAJzmDQBRZBUAY/ENAKRkFQD6ZBUAuWQVAED+DQAMZRUAFfINALhlFQCE9A0AD2YVAN30DQDBZhUApfcNABpnFQBt+g0AHmgVAHRoFQCMaBUAEwIOAIhpFQBUEA4A22kVADFqFQBIaxUAUxgOAGBrFQD9bhAAnWsVAO5rFQAMbBUArBgOALxsFQD5bBUAAW0VAFJtFQC5bRUAzRsOAHluFQDuHg4AK28VAGgiDgA2cBUAc3AVAHtwFQDMcBUAQXEVAH5xFQCGcRUA13EVAD5yFQDsLg4A/nIVADtzFQBDcxUAlHMVAPtzFQDVNA4AFHUVAFF1FQBZdRUAqnUVABF2FQB7PA4A0XYVAJw/DgCDdxUAFkMOACx5FQCbaBEAhXkVAPRoEQDyeRUAL3oVADd6FQCIehUAAXsVAP5QDgCbexUA6pcOAP98FQBQfRUAsX0VAO7EFQAdfhUAomgOALx+FQAK8BUAx38VANMMEQDbfxUAnyYWAO1/FQAYgBUAIIAVAJ2xEQBGgBUAXjoRAJ+AFQDKgBUAJoEVAKwXFgCYgRUA1YEVAN2BFQAughUAk4IVAKFwDgD8ghUAOYMVAEGDFQCSgxUA94MVAE5WEABahBUAQqAOAK6FFQAhWhAAtIUVAA97DgAbhhUA130OABSHFQBlhxUAdIcVAJyjDwDGhxUAMH0WADGJFQCThw4AO4kVAC+GDgA5ihUAW4oOAPuKFQA4ixUAQIsVAJGLFQD8jBUADJMOACGPFQBupA4AxY8VAKSxDgAtkRUA+8EOANaRFQB1uRUANJIVAIWSFQCPkhUAw8QOAEqUFQCblBUApZQVAA/UDgDClRUA/5UVAAeWFQBYlhUADJcVAJ7hDgBolxUAceUOAIGZFQBD8Q4A2pkVACuaFQA3mhUAvfQOAOmaFQA3+A4Al5sVAOibFQD/mxUAx/0OACGhFQDwGQ8A1qEVAM4eDwBJpBUAUDsPAP6kFQC+RQ8AXaUVAKSlFQBjphUAWUwPAGamFQD1Sg8Ab6cVAMhODwAfqBUA008PAHqoFQD0Ug8AQakVAHepFQCVqRUAblYPAPSpFQAJXQ8AkKoVAGJdDwD5rBUAP2oPAAKuFQC5bQ8ACK4VAPjvEAAfrhUAkjUWACauFQCJJBYAQa4VANWuEQBdrhUArq4VAL2uFQDlcQ8ADK8VAK10DwDBrxUAErAVABSwFQAcdw8AcLAVAM53DwB3sBUAPXoPAOSyFQBnjg8AT7MVAIyzFQCUsxUA5bMVAO+zFQCTkg8As7QVAPC0FQD4tBUASbUVAFi1FQAMng8AqLUVAIahDwBathUAFqcPAAy3FQCmrA8AK7gVAAgAFgByuBUAw7gVAMm4FQAUtw8AfbkVAEu8DwDRuRUAJ7oVAC+6FQBAuw8A5boVAK+9DwCTuxUA77wVAKC7FQBKjBIA5bsVALq+DwDsuxUASJERAEW8FQCWvBUAnrwVAOv+EACvvhUAz8gPAF+/FQDwyw8Aa78VAPvMDwBuvxUA5coPAMXAFQD61A8Ad8EVAFPVDwCAwRUAwjsRAC7CFQDY2Q8Ah8IVANjCFQA/wxUAoNwPAJjDFQCf5A8A8cQVAGfnDwCsxRUA1ukPAK7FFQBjzxIAAcYVAFLGFQBVxhUA7OsPABDHFQC07g8AZccVALbHFQC5xxUAyvAPAHTIFQDr8w8AycgVABrJFQAkyRUARPQPAHvJFQDMyRUAz8kVAE/1DwCGyhUAcPgPAN/KFQAwyxUAM8sVANT5DwDqyxUAO8wVAD7MFQAA/g8A9cwVAEbNFQBJzRUALAIQAATOFQD/BRAAC88VAI8LEAArzxUAcDoWAHjPFQDzDBAAEdAVAGfQFQAc0RUAYg8QACPRFQDRERAA4tIVABMYEADk0hUAkLUQAJDTFQDh0xUASNUVAMQrEQBN1RUAAtcVAKrVFQCiJRAABdcVAAbkEQAS1xUABicQAGvXFQB1KRAAwNcVAIAqEAAp2BUAZtgVAB/ZFQDtPBAAItkVAOxEEAAn2RUAPSwQADPZFQAENxAA7tsVAOI7EACg3BUAJEIQAMDdFQBENhYA/t0VAE/eFQBS3hUA90UQALjeFQC0RxAADd8VAL9IEABi3xUAs98VAL3fFQAYSRAAc+EVAAFPEAB64RUAF1EQACXiFQAiUhAAseMVAENVEACZ5BUAFlkQAEDmFQBbMBYAvOYVAIevEQD85hUAgokSAAHnFQCZbRAAbucVAD3pEQDH5xUAlukRAHDoFQApcxAAxegVABbpFQAv6RUAjXQQAHLpFQDI6RUAReoVAGt5EAD36hUAdnoQAKnrFQDaexAAP+wVAJDsFQCa7BUArX8QAAPuFQAFiBAAD/AVAGiREAAH8RUAFfEVAGDxFQBu8RUAlvMVAIekEAA49BUA9qYQAEL0FQCcrhAAVPYVAO/pEQAO9xUAWLgQAGX3FQBjuRAAuPcVABW6EAAM+BUAebsQAL74FQCPvRAAzvkVAB/6FQCA+hUA0foVAPf6FQBtUhYAhPsVAOfFEADk+xUANfwVAJb8FQDn/BUAnP0VACnMEABT/hUApP4VAAX/FQBW/xUAfP8VAMZSFgAQABYArtAQAG0AFgAS0hAAGwEWAGwBFgB8ARYAdtMQACYCFgB3AhYAmgIWANACFgCLAxYA+9cQAOcDFgDD2hAAWAQWAI0EFgDKBxYAZ/IQAIcJFgD39xAAOQoWAFv5EADrChYAv/oQAIkLFgDV/BAAOwwWADn+EACfDRYAhgURAFEOFgBZCREAwBAWAP4YEQDEERYAbCMRAIwTFgBrKxEAjBQWAOUuEQBUFhYA5DYRAAMXFgCsOREAehgWAGk7EQDtGRYAR0ARAB4aFgAEQhEAkBoWAM0aFgDVGhYAFkIWAC8bFgBzRBEAMhsWAIlGEQCCGxYA2BsWAPQbFgAxHBYAjRwWAOMcFgD/HBYAPB0WAJ0dFgDuHRYA+B0WAOJGEQBPHhYAyZMWAKYeFgAZTBEAuR8WAJ5QEQAHIBYAZlMRAHkgFgC2IBYAviAWAG9CFgDWIRYA4K8RAH8iFgCRXxEAGiYWAEYmFgAIJxYAObARAGYoFgCYgBEAaikWAP15EQAlKhYACHsRADcsFgCILBYAkiwWABKEEQBILRYA2oYRAJYtFgCMhxEApjAWALQwFgD/MBYADTEWAFgxFgBmMRYAsTEWAL8xFgAKMhYAGDIWAGMyFgBxMhYALzMWANmOEQCYMxYAMo8RAC80FgCWkBEAozQWAOA0FgDoNBYAOTUWAPk2FgCskhEAtjcWAHSVEQAEOBYAJpYRAIA4FgCC4hIAvDgWAOOXEQAoORYAZTkWANo5FgAXOhYAmDoWAMk6FgDxOhYAIjsWAEo7FgB7OxYAozsWANQ7FgDbOxYA3ccRADU8FgCGPBYAizwWAA+cEQBGPhYA7KgRALM/FgBxrREAvkAWAIi9EwDCQBYAy7sTAC1DFgBEsREAlEMWANNDFgDbQxYALEQWADpFFgABsxEAqkUWAOlFFgBFRhYA37cRAK9GFgCV/BIAWUcWAJDAEQCpRxYA/0cWALRIFgAKSRYAi0kWALxJFgDkSRYAFUoWAD1KFgBuShYAlkoWAMdKFgDvShYAIEsWAPpLFgArTBYAU0wWAIRMFgCsTBYA3UwWAAVNFgA2TRYAXk0WAI9NFgBNThYA59ARAP9OFgBL0hEAf1MWAKzrEQDfUxYA+fIRAKJUFgDcVBYAVFUWAMv+EQCXVRYAUAMSAAZWFgBAVhYAoVYWAPJWFgACVxYADQUSAFdXFgAYBhIAuVcWAAahEwAZWBYAVlgWAF5YFgCvWBYAMlwWANhIEgCOXBYAikkSAJVdFgD3WxIAR14WAOtiEgD5XhYAOGoSAKtfFgAhcBIAXWAWAMd3EgAPYRYApXwSAMFhFgCDgRIAc2IWAHeIEgApYxYA8YsSAMtjFgDPYxYAPWQWAIGREgCCZBYAPpMSAO9kFgDwkxIAOGUWAEmUEgCUZRYAuJYSAOhlFgAcmBIAm2YWADKaEgD+ZhYAlpsSAKxnFgAQnxIA/mcWABugEgBXaBYAMaISAK5oFgA8oxIANGkWAF9pFgAfahYAL7ISAINrFgBPvRIAL2wWAIBsFgCPbBYAs74SAPxsFgAybRYAM20WABfAEgCVbRYAvccSAEtuFgCQyxIA924WAEhvFgBXbxYA0tESAMRvFgD6bxYA+28WADbTEgBdcBYA3NoSABNxFgCv3hIAwHEWAD/kEgATchYAaXIWAH5yFgDx5BIAxXIWABtzFgAwcxYAuecSAOB0FgAxdRYAPXUWAF3/EgDxdRYAqgYTAKN2FgACDxMAcHoWAMF6FgDfehYAhSMTAEN+FgDPQhMAsn4WAPtGEwBkfxYAi0wTAASAFgD6ThMAWYAWAMJREwCxgBYAilQTAAiBFgC2WBMAbIEWAMxaEwDRgRYADoIWAGmCFgACaBMAzIIWAL9pEwAugxYAh2wTAHqDFgDJchMAQIQWAE53EwC3iBYAjo0TAHaKFgAdmxMAy4oWACicEwAgixYAcYsWAHWLFgCBnBMA0osWACOMFgCEjBYAJ6QTAN2MFgAujRYA6I0WADmOFgCejhYAdKsTAPOOFgBEjxYASI8WAM2rEwB6kBYAc7MTAGORFgDWvBMAtpEWAAySFgA0khYAZZIWAMGSFgAXkxYAP5MWAHCTFgDgkxYA7L4TAH2UFgBbwRMA3pQWAGbCEwA1lRYAhpUWAJaVFgBxwxMA6JUWAHzEEwA7lhYAkZYWAPSWFgDrxhMAU5cWAPbHEwD9lxYA6s4TALWYFgAW0xMAZZkWAGPaEwC6mRYAC5oWABuaFgC82hMAwZoWAI/eEwAmmxYA898TAH2bFgD+4BMA0JsWALDhEwAknBYAepwWAA==","fail":"AAAAAAAAAAAxjgAAYN4BAO/gAAAWWggAmNsBAJ9JCQDjSwIAZ2MDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAAAAAADjSwIAwIMOABB+DwBpfg8Awn4PABt/DwB0fw8AzX8PACaADwB/gA8A2IAPADGBDwCKgQ8A44EPAAAAAAAWWggAmNsBAJjbAQBkhgQAp24CAABvAgDExw8AS24QAKUwAwD+MAMAHiYBAALkBgD5mREAZIYEAONLAgBQaQMA/7kAAFi6AACxugAACrsAAGO7AADzDgAA40sCAGdjAwDBhg8AGocPAHOHDwDMhw8AJYgPAAAAAAAWWggA40sCAAlHDQDAIAUAZHACAJIVCwDKYQIAd8APAN17AgD2YxIAT2QSALrWAQCtKAAA40sCAHanDADPpwwAI0wAANWOBgBnmwAAwJsAAFEIAwBTUAsArFALAONLAgDAgw4AEH4PAGl+DwDCfg8AG38PAHR/DwDNfw8AJoAPAH+ADwCHbgMAVMIOAFkAAABZAAAAxJsLAJjbAQAjTAAA40sCAIduAwDn0gEAAAAAAGebAAAFGQ4AwSIOAPwfAABhGQAAn0kJAPhJCQCY0AAA8dAAAErRAADI1QMAed4DANLeAwB9FgwAbBoAAGJHDQC6FxAAZAEAAL0BAAAWAgAAbwIAAMgCAACHbgMAVMIOAFkAAABZAAAARAwCAD5dBQBnmwAAprkAAJjbAQCZhQIA7eQHAONLAgBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAABYggMAsYIDAAAAAADXlQAA4qEBAJjbAQDx2wEAKMkPAONLAgAjsAEAPl0FAJddBQBZAAAAIrgBAHu4AQDUuAEALbkBAIa5AQDfuQEAOLoBAAAAAADI1QMAPvkDAOfSAQBA0wEAmdMBANdyDQDtzQ0ARs4NABKxDQBrsQ0AxLENAB2yDQCSZAIAz6cMAM+SAgAlAwsAfgMLANcDCwCfSQkA40sCANeeEQCTDQsA40sCAIEiEADVEhMA1UwAAC5NAACHTQAA4E0AADlOAACSTgAAAAAAAJIVCwAfVA4Ah24DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAFiCAwCxggMAAAAAANeVAABnmwAA8w4AANLTAgBf5gEAn0kJAONLAgCHbgMA4G4DAHQzAADNMwAAJjQAAIj1EADKYQIAd8APAGDeAQD8HwAAn0kJAONLAgBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAKduAgAAbwIAASQEAFokBACzJAQADCUEABKxDQBrsQ0AExoAAGwaAABiRw0AuhcQAGQBAAC9AQAAFgIAAG8CAADIAgAALHMCAIVzAgA9NxEAljcRAAlHDQAYVgEAcVYBAFEIAwDioQEAn0kJAPuJEQAJRw0AYkcNALoXEABkAQAAvQEAABYCAABvAgAAiPUQAMphAgB3wA8AYN4BAPwfAACfSQkA40sCAGdjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAp24CAABvAgABJAQAWiQEALMkBAAMJQQAErENAGuxDQATGgAAbBoAAGJHDQC6FxAAZAEAAL0BAAAWAgAAbwIAAMgCAAAscwIAhXMCAD03EQCWNxEACUcNABhWAQBxVgEAUQgDAOKhAQCfSQkA+4kRADGOAABg3gEAimEEAMjVAwA++QMA4G4DAHQzAADNMwAAJjQAAIj1EADzDgAA/B8AAFUgAACuIAAAByEAAGAhAACI9RAArSgAAJt0CgCY2wEA5BUOANLTAgCI9RAAHiYBAH1OCQDzDgAA59IBAFV5AAC8rg8AwQwMAGBtDwDp2AMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAACUcNAGJHDQC6FxAAZAEAAL0BAAAWAgAAbwIAAMgCAAAeJgEAkwMCAPMOAADS0wIA40sCAO6jEgBPCxIAZ2MDABS4BwCHbgMAylQRANWOBgAujwYAO6IBAAAAAACmuQAAprkAAGebAADzDgAA59IBAONLAgDAgw4Au8wRAGEZAAAoUAQAZ5sAAJ9JCQDjSwIAPEwCAOCODgCY2wEA40sCANeVAADzDgAA/B8AAONLAgAAAAAAYRkAALaoAgBIAQwAuhkAAO/gAABhGQAA40sCAMCDDgD4SQkAPUISAJZCEgDKYQIAd8APAGDeAQD8HwAAAAAAAJjbAQBkcAIAMY4AAIqOAADjjgAAPI8AAJWPAADujwAAdD4BAJ9JCQD7iREAYRkAAChQBABnmwAAn0kJAGRwAgBnmwAAwJsAAA70AAA7uAMAymECAHfADwCwGgkAZHACAJ9JCQDKYQIAZHACAGebAADAmwAADvQAADu4AwDXlQAAymECAEj1EgA+XQUAprkAAONLAgC2qAIAD6kCAGipAgDjSwIAWIIDALGCAwAjTAAA1Y4GAC6PBgBnmwAAUQgDAKoIAwADCQMA40sCANdyDQDtzQ0ARs4NABKxDQBrsQ0AxLENAB2yDQDtig8AwYYPAHXnCQB8sAEA7+AAAGebAABhGQAAuhkAAEVSAQCeUgEAZ6QRAIG+DgBZAAAAWQAAAMSbCwCY2wEAI0wAAF/mAQCfSQkAZHACADGOAACY0AAA8dAAAErRAABkcAIAHiYBAHcmAQAIkwMAAAAAACOwAQA+XQUAZ5sAAGEZAAAjTAAA40sCAMCDDgAQfg8AaX4PAMJ+DwAbfw8AdH8PAM1/DwAmgA8Af4APAIduAwBUwg4AWQAAAFkAAADEmwsAmNsBACNMAADjSwIAZ2MDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAdtUAABhWAQBxVgEAI0wAACqDAgCi2AgAMZkBAEsVEADjSwIAWIIDALGCAwAAAAAA15UAAGebAADzDgAA0tMCAF/mAQCfSQkA40sCAO6jEgBHpBIAoKQSAPmkEgBSpRIAVSAAAK4gAAAHIQAA15UAACNMAAB8TAAA1UwAAGEZAAAjTAAA8WsHAKa5AACSFgMAPpUCAPFrBwAWWggAkw0LAONLAgAJRw0ARAwCANeVAAAOWAIA4qEBADuiAQDjSwIAMY4AAJjQAADx0AAAt+MAAGdjAwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAHdUAAFiCAwCxggMAAAAAANeVAADioQEAmNsBAPHbAQAAAAAAmNsBAOu8CgCTDQsADlgCAFkAAACyAAAACwEAAONLAgB2Cw4AWQAAALIAAAALAQAAZAEAAL0BAAAWAgAAbwIAACMJAgB8CQIAUGkDAJIWAwDrFgMARBcDAH03DwDWNw8ALzgPACxzAgDioQEAQlMHAHxMAAARxA4A6SULACNMAADjSwIAZ2MDAPmZEQBkhgQA40sCAAlHDQBiRw0AuhcQAGQBAAC9AQAAFgIAAG8CAADIAgAAUGkDAKlpAwAD3AYArSgAAJt0CgAOWAIA15UAAJjbAQDx2wEAmNsBAONLAgBQaQMA/7kAAFi6AACxugAACrsAAGO7AAC8uwAAh24DAPwfAABhGQAAI0wAAONLAgBnYwMAmNAAAPHQAABK0QAAp24CAABvAgABJAQAWiQEALMkBAAMJQQAErENAGuxDQATGgAAbBoAAGJHDQC6FxAAZAEAAL0BAAAWAgAAbwIAAMgCAADXcg0A7c0NAEbODQCHbgMA/B8AAAAAAAAxjgAAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAM6PAQAnkAEAgJABANmQAQDg3QUAZ2MDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAM+SAgAlAwsAfgMLANcDCwAwBAsAiQQLAOIECwBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQDXlQAA8w4AAMunAQA7ogEADlgCAONLAgAeJgEAfU4JAMn5BwCrmwkAMY4AAPmZEQAoUAQA0PkEAB4mAQDjSwIAAAAAAKa5AAAxmQEAipkBAOOZAQBhGQAAz5ICACiTAgCBkwIAsBsBAMjVAwCwGwEAMY4AAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAADOjwEAJ5ABAICQAQDZkAEAAAAAABZaCACTDQsADlgCAGdYAgDzDgAA/B8AAMn5BwDwzAcASc0HAPCIEQBCUwcAjYwCAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIjIFAHsyBQDUMgUALTMFAIYzBQDfMwUAODQFAJE0BQDqNAUAUYEOAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAO6IBAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AAA7uAMAZ2MDAJjQAADx0AAAStEAAKPRAAD80QAAVdIAAK7SAAAH0wAAYNMAALnTAAAS1AAAa9QAAMTUAAAd1QAAvrYBABe3AQBwtwEAybcBAGRwAgCY2wEA8dsBAPyOAgAwAxMA8w4AAPwfAACfSQkA40sCAIj1EABPFhMAI7ABAHywAQDVsAEALrEBAIexAQDgsQEALHMCAIVzAgA9NxEAljcRAFiCAwCxggMACoMDAIr8CgDj/AoAPP0KAONLAgDXlQAA8w4AAMunAQA7ogEADlgCAONLAgBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAAeJgEAfU4JAMn5BwCrmwkAMY4AAPmZEQAoUAQA0PkEACNMAABkcAIAMY4AABznCQB15wkAfLABAO/gAABnmwAAn0kJAONLAgCI9RAAmNsBAOu8CgDKYQIAd8APAMphAgBI9RIAAu4PAFvuDwCY0AAA8dAAAErRAACj0QAA/NEAAFXSAACu0gAAB9MAAGDTAAC50wAAEtQAAGvUAADE1AAAZ5sAAMCbAAAO9AAAO7gDAIqOAADjjgAAPI8AAJWPAADujwAAZq4BAL+uAQAYrwEAca8BAMqvAQD7iREAwJsAAA70AAA7uAMA+z0CAKa5AABnmwAAWQAAACNMAADxawcAFloIAONLAgAAAAAAAAAAAAAAAADg3QUAWIIDALGCAwCQ+QYAYN4BAEwPAACTDQsAyNUDALwJAADXlQAA8w4AAPwfAABVIAAAYRkAAM+SAgAokwIAgZMCAEE5DACaOQwA8zkMAAlHDQBiRw0AuhcQAGQBAAC9AQAAFgIAAG8CAADIAgAAErENAGuxDQDEsQ0AHbINAO2KDwDBhg8AdecJAHywAQDv4AAAZ5sAAJ9JCQBu8g0AuhkAABMaAABnYwMAaYkQAOOOAAA8jwAAlY8AAO6PAABHkAAAgSIQAEtuEADg5w4AgSIQANUSEwDioQEA0PkEACn6BABRCAMAkhULABHEDgDzDgAA0tMCACxzAgDioQEAQlMHAHxMAADjSwIAWIIDAJmFAgDKYQIAymECAOKhAQBCUwcAHiYBAAAAAADjSwIAPEwCAJVMAgDuTAIAR00CAONLAgAJRw0ARAwCAALuDwBb7g8AYN4BAPwfAABQaQMAq5sJAAScCQBdnAkAtpwJAONLAgBkhgQAvYYEABaHBACY2wEA40sCAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQAPJkJAPwfAADQGRAAI0wAAPFrBwA7ogEADlgCAK0oAAAQ7wEAae8BAMLvAQD2AQEAsBsBAK0oAAAQ7wEAae8BAMLvAQCz4QUADOIFAGXiBQBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAAF/mAQCBIhAAS24QABZaCACfSQkA+4kRAN0KEAAAAAAAxb8PAAAAAAAAAAAA40sCACrRAQDKYQIAd8APALAaCQDjSwIAUGkDAJjbAQDx2wEAStwBAPuJEQBhGQAAI0wAAPFrBwAxjgAAHOcJAPMOAAAAAAAAYRkAAFEIAwCqCAMAAwkDAD5dBQCfSQkA+EkJAIqOAADjjgAAPI8AAJWPAADujwAACL4PAA+pAgBoqQIA4qEBAOKhAQAOWAIAYRkAAM+SAgCTAgoA15UAAJjbAQDx2wEAStwBADljCgBnmwAA8w4AAD2FEAC6GQAARVIBAB4mAQAC5AYAPpUCAKa5AACfSQkA+4kRAGEZAAAoUAQAZ5sAAAAAAAAWWggADlgCAOKhAQA7ogEA40sCADxMAgCVTAIA7kwCAEdNAgA8TAIA4I4OAJjbAQDjSwIA15UAAPMOAAD8HwAAVSAAAONLAgA8TAIAlUwCAO5MAgBHTQIAPEwCAOCODgCY2wEA40sCANeVAADzDgAA/B8AAONLAgBnYwMAmNAAAPHQAABK0QAAo9EAAPzRAABV0gAArtIAAAfTAABg0wAAudMAABLUAABr1AAAxNQAAB3VAAC+tgEAF7cBAHC3AQDJtwEA40sCANeVAADzDgAA/B8AAFUgAABhGQAAz5ICACiTAgBRCAMAU1ALAKxQCwDkFQ4Ay6cBABZaCACTDQsA4qEBADuiAQAoUAQArlcFAJMDAgAeJgEA40sCAIduAwBUwg4AWQAAAFkAAADEmwsAmNsBACNMAABf5gEAn0kJAONLAgBnYwMA9BoSAOKhAQDjSwIAUQgDAFNQCwCsUAsA5BUOAMunAQAWWggAkw0LAONLAgDXcg0AAAAAAPMOAADn0gEAQNMBAMjVAwDzDgAAimEEAONLAgBYggMA67wKAOklCwAjTAAA8WsHADuiAQBnmwAA8w4AAJMNCwDsDQsARQ4LAJ4OCwD3DgsAUA8LADuiAQAOWAIA40sCAIEiEABLbhAALH0LAIV9CwBLbhAAAAAAAGebAACfSQkAbdkKAND5BAAp+gQA154RAJMNCwDzDgAA59IBAPwfAABVIAAA8WsHABZaCACTDQsAZ5sAAMCbAAAO9AAAO7gDAEJTBwBf5gEAuOYBABHnAQBq5wEAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAGebAADzDgAA0tMCAMjVAwDXlQAAMJYAAHILAwBCUwcAyNUDADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAoPQBAPn0AQBS9QEAq/UBAAT2AQBd9gEAtvYBAA/3AQAxjgAAi7wNAD29DQDI1QMAH+YDAAwkDABnmRAAwJkQABmaEABymhAAy5oQACSbEAB9mxAAmYUCAPKFAgBLhgIArSgAABDvAQBp7wEAwu8BAPuJEQDAmwAADvQAADu4AwAAAAAAMY4AAFEIAwCqCAMA3XsCACOwAQAxjgAA+ZkRAA5YAgDdewIAMY4AAGDeAQC53gEAEt8BAGvfAQDE3wEAHeABAHbgAQDP4AEAKOEBAIHhAQDa4QEAHiYBAFkAAACyAAAAhb8RAPCIEQBJiREATA8AAJMNCwCtKAAAEO8BAGnvAQBWpw0Ar6cNANeVAAAjsAEAI0wAAPFrBwBZAAAARAwCAALuDwAUMRMAEO8BAGnvAQBWpw0Ar6cNAPwfAABVIAAADvQAADu4AwAAAAAA40sCAO6jEgAjYgIAfGICANViAgAuYwIAh2MCAOBjAgAjsAEAMY4AAPmZEQBhGQAAZ5sAAJ9JCQDjSwIAPEwCAOCODgCY2wEAX+YBAGBtDwAK3AMALh8MADMjEADAgw4AGYQOAGeZEADAmRAAGZoQAHKaEADLmhAAJJsQAAlHDQBiRw0AiX4OAOJ+DgA7fw4A40sCAGdjAwAQlBEA40sCAHanDABNXhAAoE0CAPlNAgBSTgIAq04CAARPAgA8TAIAm3QKACaLEAB/ixAA2IsQADGMEACKjBAA44wQADyNEAAscwIA4qEBAEJTBwB8TAAAEcQOAOklCwAjTAAA40sCAFiCAwDCaA0AEc8PAGrPDwDDzw8AHNAPAHXQDwBnYwMA+ZkRAGSGBADjSwIAZ2MDABCUEQBplBEAwpQRABuVEQB0lREAzZURAGebAACnYwEAoE0CAPlNAgBSTgIAq04CAARPAgB2pwwATV4QAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKduAgAAbwIAdqcMAE1eEACgTQIA+U0CAFJOAgCrTgIABE8CAKy0DAAjsAEAAu4PABQxEwBtMRMAxjETACfcEAA2CxAA40sCAFiCAwDwiBEAjjQTAOc0EwBANRMArLQMAAW1DAA8TAIAlUwCAO5MAgBHTQIAAAAAAN0KEADjSwIAWIIDAPCIEQCONBMA5zQTAEA1EwCstAwABbUMADxMAgCVTAIA7kwCAEdNAgA8TAIAlUwCAO5MAgBHTQIA5sIPAODdBQDYlhEAMZcRAIqXEQDjlxEAPJgRAAAAAADXlQAAMJYAAHILAwBCUwcA3XsCANJ4EgCfSQkAtqgCANeVAAAwlgAAcgsDAEJTBwDdewIAjoISAJjbAQCZhQIA7eQHAH1OCQDv4AAAFloIAJjbAQC2qAIA3XsCADGOAABg3gEAud4BABLfAQBr3wEAxN8BAB3gAQB24AEAz+ABAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAArSgAABDvAQBp7wEAwu8BAFkAAAAxSgoAyfkHACNMAABf5gEAUQgDAKoIAwADCQMAXAkDALUJAwDzDgAA40sCAIEiEABLbhAA4OcOAO6jEgBPCxIAAAAAAGdjAwAQlBEAaZQRAMKUEQAblREAdJURAM2VEQB2pwwAyq0RACOuEQB8rhEAyNUDAAAAAAAWWggAI0wAAKa5AAAxmQEADv8BAGf/AQDA/wEAGQACAPHbAQBK3AEA40sCANeVAADzDgAAy6cBADuiAQAOWAIA40sCACfcEAA2CxAAdqcMAAAAAAAjsAEAAAAAANeVAAAxjgAAHOcJAAAAAAAAAAAA15UAACNMAADjSwIALHMCAIVzAgA9NxEA40sCAHanDAAAAAAA15UAADGOAACSFQsAEcQOAOklCwBCJgsAmyYLAPQmCwDuoxIATScLAKYnCwD/JwsA7qMSAFBpAwCpaQMAA9wGADUeEQCOHhEA5x4RAFBpAwCpaQMAA9wGADUeEQCOHhEA5x4RADGOAAD5mREAAAAAAONLAgDJdAMAZ1gCAMBYAgAAAAAAI0wAAF/mAQC45gEAEecBAN17AgC5Yg4AEmMOAO/gAAD1bQIATm4CAGSGBAAjTAAAX+YBALjmAQAR5wEA3XsCADZ8AgCZhQIA8oUCAEuGAgCkhgIA8w4AANWOBgCmoQ4A8oUCAEuGAgCkhgIAI0wAAHxMAAA5FBMAkhQTAOsUEwAAAAAAmNsBAPHbAQBo9wEAah4HAMn5BwAjTAAA8w4AAN17AgAUgQIAbYECAMaBAgAfggIAeIICANGCAgAjTAAAKoMCANkqEAB8TAAAORQTAJIUEwAWWggA3XsCABSBAgB8TAAAORQTAJIUEwDrFBMAMY4AAIu8DQDQ+QQA/B8AAAUZDgBeGQ4AtxkOABAaDgBpGg4A3XsCABSBAgB8TAAAORQTAJIUEwDrFBMA3XsCABSBAgB8TAAAORQTAJIUEwBkhgQAWQAAADFKCgBnmwAAwJsAAA70AAA7uAMArSgAAAYpAADAmwAA8dsBAGEZAACmuQAAZ5sAAGebAADAmwAADvQAADu4AwAxjgAA7eQHAH1OCQBnmwAAwJsAAA70AAA7uAMAI0wAACNMAADVjgYALo8GAMphAgAjYgIAfGICAF/mAQBnmwAAwJsAAA70AAA7uAMAHiYBAH1OCQAjTAAAfEwAABHEDgCfSQkA+4kRAMCbAAAO9AAAO7gDACOwAQAjsAEAWQAAAMSbCwDioQEAO6IBADBpBACJaQQAP9kRAPHbAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAmNsBAPHbAQD8jgIAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAa5ECAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAAAAAAZ5sAAGSGBABnmwAAwJsAAA70AAA7uAMAn0kJAPuJEQCnYwEAkNYTAMCbAAAO9AAAO7gDAAAAAABnmwAAwJsAAOu8CgCfSQkAbdkKAFEIAwDioQEA0PkEAMunAQAWWggAkw0LAGebAADAmwAADvQAADu4AwDKYQIAXOYPAOklCwAwlgAAIxQDACOwAQB8sAEAD74MAGi+DADBvgwAAu4PAMCbAAAO9AAAO7gDAPmZEQAOWAIAwQwMAGebAADAmwAADvQAADu4AwCY2wEADlgCANeVAAAeJgEAfU4JAGEZAAAjTAAAX+YBAK9ZDgAO9AAAO7gDABZaCADpJQsAI0wAACqDAgCtKAAAymECAFzmDwDpJQsAMJYAACMUAwDzDgAA/B8AAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAxjgAAYN4BALneAQAbMwAAkhYDAGDeAQDS0wIAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQA5YwoAb1oIAMhaCACHsAkA4LAJADmxCQCSsQkA67EJAESyCQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMn5BwDwzAcASc0HAOQVDgDLpwEAFloIAJMNCwBnmwAAwJsAAA70AAA7uAMAI0wAADGOAACKjgAAtqgCABZaCABRCAMAU1ALAKxQCwCtKAAAI7ABAHywAQDv4AAAZ5sAAMCbAAAO9AAAO7gDAPFrBwBKbAcAB1gFAEQMAgAC7g8AHiYBAH1OCQBhGQAAI0wAAF/mAQCfSQkA+4kRAMCbAAAO9AAAO7gDAPMOAACBvg4AWQAAAFkAAADEmwsAmNsBACNMAABf5gEAn0kJADljCgBvWggAyFoIAIewCQDgsAkAObEJAJKxCQDrsQkARLIJAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAI7ABACOwAQAC7g8ADlgCAD5RDAAc5wkAMY4AAHG6AgDKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDgvAIAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJjbAQCZhQIAZIYEAOKhAQA7ogEAJasCAH6rAgDXqwIARL4CAJ2+AgD2vgIAT78CAKi/AgABwAIAWsACALPAAgAMwQIAZcECAL7BAgAXwgIAcMICAMnCAgAiwwIAe8MCANTDAgAtxAIAhsQCAB4mAQDKYQIATwsSAMCbAACtKAAA4I4OAJjbAQAeJgEAAuQGAD6VAgBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKa5AADwzAcASc0HAKLNBwD7zQcAVM4HAK3OBwAeJgEAdyYBAAiTAwBhkwMAupMDABOUAwBslAMAxZQDAB6VAwB3lQMA0JUDACmWAwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAAAAAAAxjgAAHOcJANeVAABnmwAAZ5sAAMCbAAAO9AAAO7gDAChQBACmuQAAMZkBAIqZAQDjmQEAZ5sAAGEZAACmuQAAMZkBAIqZAQDjmQEAZ5sAAMCbAAAO9AAAO7gDAJ9JCQD7iREAyfkHACL6BwCKmQEA45kBAGebAADAmwAADvQAADu4AwCfSQkA+4kRAK0oAACbdAoAJosQAGebAACfSQkAMY4AABznCQB15wkAzucJAPaxEQBLbhAA4OcOAGdjAwAUuAcAHiYBAH1OCQDWTgkAymECAE8LEgDAmwAA40sCADxMAgAwAxMAMJYAAAVyDgAjTAAA8WsHABZaCACTDQsAX+YBAMNVDAAcVgwAI0wAAONLAgCBIhAAS24QAODnDgBYggMAsYIDAJD5BgCwGgkA40sCAAlHDQAYVgEAcVYBAKuPEAAEkBAAXZAQALaQEAAPkRAAZ2MDABCUEQBplBEAy6cBACSoAQB9qAEA40sCAAlHDQAYVgEAcVYBAKuPEAAEkBAAXZAQALaQEAAPkRAA15UAADCWAAAjFAMAfBQDANUUAwAuFQMAhxUDAOAVAwA5FgMADjUPAGc1DwDANQ8AGTYPAHI2DwDLNg8AFloIAONLAgA8TAIABikAAO/gAADjSwIAZ2MDAMBjAwDKugIAI7sCAHy7AgDVuwIALrwCAIe8AgDzDgAA40sCAIEiEABLbhAA4OcOADxMAgAwAxMAMJYAAAVyDgAjTAAA8WsHABZaCACTDQsA+ZkRAGEZAAC6GQAARVIBADlkAgBYggMAsYIDAErcAQD7iREAyfkHAP+5AADfxAIAcboCAPHbAQCwGwEASOoRAONLAgAjsAEAfLABAA++DABovgwAPpUCAF/mAQDXnhEAymECAGj3AQBqHgcAyfkHACNMAADjSwIAHiYBAH1OCQAjTAAAfEwAABHEDgCfSQkA40sCANeeEQCTDQsA40sCANeVAAAwlgAAJLMCAEj1EgAC7g8A8w4AAOfSAQD8HwAAn0kJAONLAgBYggMAsYIDAAqDAwBVjwIAro8CAAeQAgBgkAIAuZACACxzAgDioQEAQlMHAHxMAAARxA4A6SULACNMAADjSwIAZ2MDABS4BwAJRw0AYkcNALtHDQAUSA0AbUgNAMZIDQAfSQ0A154RAJjbAQDjSwIA154RAMphAgBo9wEAah4HAMn5BwAjTAAA40sCAFiCAwCxggMACoMDAFWPAgCujwIAB5ACAGCQAgC5kAIAh24DAFTCDgCtwg4A1uoHAC/rBwDpJQsAI0wAAPFrBwA7ogEAZ5sAAJIVCwAxjgAAYN4BAPZlAgDjSwIAWIIDALGCAwAKgwMAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAZ2MDAD6VAgAxjgAAcboCAEnvAgCi7wIA++8CAONLAgBYggMAsYIDAAqDAwBVjwIAro8CAAeQAgBgkAIAuZACABKRAgBnYwMAPpUCAKa5AAAxmQEAipkBAOOZAQBYggMAsYIDAAqDAwBVjwIAro8CAAeQAgBgkAIAuZACABKRAgBnYwMAPpUCAPMOAAAbMwAAkhYDAOsWAwAxjgAAcboCAONLAgBYggMAsYIDAAqDAwBVjwIAro8CAAeQAgBgkAIAuZACABKRAgBnYwMAPpUCAA5YAgAjsAEAfLABAMphAgDjSwIAWIIDALGCAwAKgwMAVY8CAK6PAgAHkAIAYJACALmQAgASkQIAZ2MDAD6VAgDXlQAA8w4AAPwfAABnYwMA+ZkRAFKaEQDXlQAAMJYAACMUAwB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwBRCAMAqggDAAMJAwBcCQMAtQkDAGdjAwAQlBEA40sCAJjbAQDx2wEA/I4CAONLAgAscwIAkhULAOKhAQCj5wIAAu4PALwJAAAGEQ4A0tMCANWOBgAujwYAprkAACNMAADjSwIAWIIDALGCAwAKgwMA8w4AALwJAAAVCgAA13INADBzDQCJcw0A15UAAPMOAADjSwIAwIMOABmEDgBRCAMA4qEBAND5BADLpwEAFloIAJMNCwDjSwIA7qMSAEekEgCgpBIAlK0CAO2tAgBGrgIAn64CAONLAgBnYwMAPpUCAJ9JCQBt2QoAplMPAJt0CgCmuQAAkhYDAD6VAgDxawcAFloIAJMNCwDjSwIA154RAK0oAADjSwIAZ2MDABS4BwBYggMAsYIDAJD5BgCwGgkAiPUQABZaCACTDQsAI7ABAGSGBADjSwIAUQgDAKoIAwADCQMAXAkDALUJAwBnYwMAPpUCAJeVAgDqHgMAQx8DAJwfAwD1HwMAX+YBAJ9JCQDjSwIAZ2MDAD6VAgBYggMAsYIDAAAAAADXlQAA4qEBAJjbAQDx2wEAKMkPAONLAgB2pwwATV4QAKBNAgBEDAIAPl0FAKa5AADioQEAQlMHAJtTBwAJRw0AYkcNALtHDQAUSA0AbUgNAMZIDQAfSQ0AErENAM+SAgAokwIAErENAGuxDQDEsQ0AHbINAO2KDwDBhg8AdecJAHywAQDv4AAAZ5sAAJ9JCQDjSwIALHMCAJIVCwDioQEAo+cCAALuDwC8CQAABhEOANLTAgDVjgYALo8GAKa5AAAjTAAA40sCAIduAwBUwg4ArcIOAPMOAAC8CQAAFQoAANdyDQAwcw0AiXMNANeVAADzDgAA67wKACrRAQCBIhAAUGkDAGSGBAC/iw4AGIwOAHGMDgDKjA4AZ5sAAMCbAAAO9AAAO7gDAGEZAAAjTAAAMY4AAD6VAgDxawcAFloIAJMNCwBnmwAAwJsAAA70AAA7uAMAE54MAJt0CgAmixAAJasCAONLAgCHbgMAn7kDAB4mAQDKYQIAXOYPAOKhAQCj5wIAMY4AAD6VAgDxawcAFloIAJMNCwDjSwIAdqcMAMqtEQAjrhEAfK4RADxMAgCVTAIA7kwCAEdNAgAAAAAA40sCANdyDQAwcw0Ao4ERAPyBEQBVghEAroIRAMD/AQA+lQIA8WsHAMphAgBI9RIAAu4PAIEiEACNjAIA5owCAD+NAgBQaQMAkhYDAAg6AwBhOgMAujoDABM7AwBsOwMAk8ADAOzAAwBFwQMAnsEDAPfBAwBQwgMAqcIDAALDAwBbwwMAtMMDAAAAAADXlQAAMJYAACMUAwB8FAMA1RQDAC4VAwCHFQMA4BUDAFBpAwCSFgMACDoDAGE6AwC6OgMAEzsDAGw7AwDXlQAA8w4AAIEiEABLbhAApTADAP4wAwAeJgEAAuQGAPmZEQASsQ0Aa7ENAMSxDQAdsg0AkmQCAM+nDAAoqAwA6SULAA5YAgAeJgEAvMYBAND5BADn0gEAy6cBADuiAQAOWAIA40sCAFiCAwCxggMAI0wAANeVAACY2wEAwIMOALvMEQDJ+QcA/7kAAN/EAgBxugIA8dsBAErcAQDjSwIAZ2MDAPmZEQCfSQkA40sCABKxDQBrsQ0AxLENAB2yDQDXlQAA8w4AAPwfAADXcg0AMHMNAJSiAQDtogEARqMBAJ+jAQD4owEAhcEBANeeEQBvWggAyFoIAIewCQDgsAkAObEJAJKxCQDrsQkArlcFAAdYBQBgWAUAuVgFABJZBQBrWQUAn0kJAONLAgBnYwMA+ZkRAJ9JCQDjSwIAErENAGuxDQDEsQ0AHbINANeVAADzDgAA/B8AAIduAwCfuQMA+LkDAFG6AwCqugMAA7sDAF91DwC4dQ8AEXYPAGp2DwDDdg8AvAkAAAYRDgD8HwAAUQgDAFNQCwCsUAsA8IgRAEJTBwCNjAIAvAkAAHefDAAAAAAAp24CABH9AwAeJgEAfU4JAPMOAADn0gEAVXkAALyuDwDBDAwAvAkAAHefDAAAAAAA4N0FANdyDQDtzQ0ARs4NAO6jEgBPCxIAOU0IAHywAQDv4AAA40sCAIEiEADVEhMA1UwAAHanDABNXhAAoE0CAPlNAgBSTgIAq04CAARPAgAeJgEAvMYBABXHAQBuxwEAx8cBACDIAQB5yAEA0sgBAFBpAwCpaQMA4RgEADoZBACTGQQA7BkEAEUaBACuVwUAB1gFAEQMAgAC7g8AyfkHACL6BwDhGAQA40sCADxMAgCVTAIA7kwCAEdNAgAscwIA4qEBAEJTBwB8TAAA40sCAHanDABNXhAApl4QAP9eEABRCAMAU1ALAKxQCwCZhQIAvK4PAMEMDACBIhAA1RITAC4TEwDx2wEAKMkPAPZlAgBPZgIAI7ABAJ9JCQDjSwIAPEwCAOCODgCY2wEAPIIPAJWCDwDugg8AR4MPAKCDDwD5gw8AUoQPAKuEDwAEhQ8AHiYBAH1OCQBnmwAAI0wAAO6jEgAjYgIAfGICANViAgB2pwwATV4QAKBNAgD5TQIAUk4CAKtOAgAETwIAHiYBALzGAQAVxwEAbscBAMfHAQAgyAEAecgBANLIAQDXcg0A7c0NAPmZEQAoUAQAprkAAMjVAwAiJgwAwmgNABtpDQB0aQ0AzWkNACZqDQDCOxEAyq0RACOuEQB8rhEA40sCANeeEQDpJQsAI0wAAONLAgDXnhEArSgAAONLAgDuoxIAXOYPAOklCwAwlgAAIxQDAFiCAwCZhQIAArgCAFu4AgCwGgkAn0kJAONLAgAscwIA4qEBAEJTBwB8TAAA40sCANeeEQBRCAMAU1ALAKxQCwCtKAAAI7ABAHywAQCHbgMAVMIOAK3CDgAGww4A1Y4GAKahDgD/oQ4AxeEKAONLAgAscwIA4qEBAEJTBwB8TAAA40sCANeeEQBRCAMAU1ALAKxQCwCtKAAAI7ABAHywAQAeJgEAkwMCAOwDAgBFBAIAngQCAPcEAgBQBQIAZIYEAONLAgAscwIA4qEBAEJTBwB8TAAA40sCANeeEQBRCAMAU1ALAKxQCwCtKAAAI7ABAHywAQDAgw4AGYQOAFEIAwDioQEAn0kJAPuJEQAscwIA4qEBAEJTBwB8TAAA40sCANeeEQBRCAMAU1ALAKxQCwCtKAAAI7ABAHywAQDioQEAo+cCAONLAgAJRw0AxJsLAOKhAQA7ogEAMGkEAIlpBAA/2REA40sCAMCDDgC7zBEAwJsAAPHbAQD8jgIAVY8CAK6PAgAHkAIAYJACALmQAgBnYwMAEJQRAGmUEQDLpwEAJKgBAH2oAQAeJgEAfU4JAGEZAAAjTAAA40sCAIEiEABLbhAA4OcOAHanDADPpwwAI0wAANWOBgBkhgQA40sCANdyDQAwcw0AiXMNABKxDQAoUAQAgVAEANpQBAAeJgEAAuQGACOwAQA+XQUAprkAAGebAADuoxIAXOYPAOklCwAwlgAAIxQDAPMOAADjSwIA154RAOklCwAjTAAA40sCANeeEQCtKAAA40sCAFiCAwCZhQIAArgCAFu4AgAjTAAAX+YBAA5YAgDBDAwAwJsAAONLAgDAgw4AGYQOAFEIAwDioQEAn0kJAPuJEQDuoxIAR6QSAKCkEgCUrQIA7a0CAEauAgC2qAIAD6kCAJ9JCQDjSwIAZ2MDAD6VAgCwGwEACRwBAJIWAwDrFgMARBcDAH03DwDWNw8ALzgPAIg4DwDhOA8AOjkPAJM5DwDsOQ8ARToPAJ46DwD3Og8AUDsPAKk7DwACPA8AWzwPALQ8DwANPQ8AZj0PAL89DwAYPg8AcT4PAMo+DwAjPw8AfD8PANU/DwAuQA8Ah0APAOBADwA5QQ8AkkEPAOtBDwBEQg8AnUIPAPZCDwBPQw8AqEMPAAFEDwDioQEAO6IBACWrAgB+qwIA16sCACwwBACFMAQA3jAEADcxBACQMQQA6TEEAEIyBACbMgQA9DIEAE0zBACmMwQA/zMEAFg0BAAAAAAAFloIAOklCwDjSwIA110DADBeAwBRCAMAU1ALAGdjAwD5mREAUpoRAKuaEQAEmxEAXZsRALabEQDXcg0AMHMNAIlzDQBkhgQAvYYEABaHBACY2wEA40sCAIduAwAhDQkAeg0JANMNCQAsDgkAn7kDAPi5AwBRugMAqroDAFBpAwCpaQMASxUQANeVAAAeJgEAYRkAAONLAgDAmwAA8dsBANdyDQDtzQ0ARs4NABKxDQBrsQ0AExoAAGwaAABiRw0Ahb8RAJmFAgDt5AcAfU4JACNMAABf5gEAr1kOAONLAgAJRw0AGFYBAPHbAQAXAxEAsgAAAIW/EQDx2wEAStwBAONLAgCHbgMAylQRACNVEQA+lQIAX+YBAMNVDAB9TgkAYRkAACNMAADjSwIAwIMOAPhJCQA9QhIAlkISAMphAgB3wA8AYN4BAPwfAACHbgMAn7kDAG9DDgDIQw4AIUQOAHpEDgDjSwIA13INAO3NDQBGzg0Ah24DAMpUEQAjVREAGPsQAHH7EADxawcAO6IBAA5YAgDjSwIA15UAAPZlAgDXlQAAI0wAACNMAADxawcAO6IBAA5YAgDjSwIAwIMOABB+DwDv4AAA13INADBzDQCJcw0AWIIDALGCAwD/zwIAIvoHAOEYBAA6GQQAkxkEAGSGBADjSwIAHiYBAHcmAQAIkwMAMY4AALAaCQBt2QoAO6IBAA5YAgDjSwIAWIIDALGCAwBK3AEAo9wBAPzcAQBV3QEA13INAO3NDQBGzg0AI7ABAHywAQCWswQA77MEAEi0BAChtAQA+rQEAFO1BACBIhAA1RITANVMAADQoAQAKaEEAIKhBADboQQAYN4BAPwfAADQGRAA40sCANdyDQAwcw0AiXMNAB4mAQB9TgkA1k4JAHcmAQCY2wEA13INAO3NDQBGzg0A13INADBzDQCJcw0Av4ANABiBDQBxgQ0ACUcNABhWAQBxVgEAgrYOANu2DgA0tw4AjbcOAE1pEQDXnhEArSgAAONLAgCHbgMAylQRACNVEQAY+xAAcfsQAPFrBwA7ogEADlgCAONLAgDXlQAAqQ8LAAIQCwBbEAsAgSIQAEtuEADg5w4Ah24DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAGdjAwA+lQIA6SULAEImCwCbJgsA9CYLAE0nCwCmJwsA/ycLAFgoCwDh3w4A1Y4GAKahDgACuAIA8w4AAIphBAAxjgAAPpUCAF/mAQDXXQMAEcQOAPMOAADS0wIA40sCABKxDQDPkgIAKJMCAIGTAgAjsAEAfLABAA++DABovgwAwb4MAJIVCwARxA4A8w4AANLTAgC8CQAAFQoAAIEiEABLbhAA4OcOAGdjAwCwGgkAn0kJAJjbAQDx2wEAKMkPAOfSAQDI1QMA154RAJMNCwDjSwIAh24DAEwPAABKjQoAo40KAPyNCgBVjgoA40sCAFkAAAAjTAAA8WsHADuiAQAOWAIA40sCAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBACc0AsA9dALANeeEQCTDQsA40sCANeVAAAwlgAAcgsDAPs9AgDjSwIAwIMOABB+DwAeJgEAAuQGAIu8DQA7ogEA40sCAIduAwBMDwAASo0KAKONCgD8jQoAVY4KAONLAgCxKAsACikLAGMpCwC8KQsAFSoLAG4qCwDHKgsAICsLAHkrCwDSKwsAh24DAPwfAABVIAAAriAAAAchAABgIQAAyNUDAPMOAADjSwIAgSIQANUSEwDVTAAALk0AAIdNAADgTQAAOU4AAJJOAADrTgAARE8AAJ1PAADCaA0AEc8PAGrPDwDDzw8AHNAPAHXQDwDXnhEAkw0LAONLAgDXXQMAEcQOAPMOAAAjsAEAfLABAA++DABovgwAwb4MAEQXAwAAAAAAI7ABAPMOAADS0wIAK9QCAD6VAgBf5gEAKtEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAnckDAPbJAwAq0QEAAAAAAJ3JAwD2yQMA388DAKlpAwB3qg0A0KoNACmrDQCCqw0A26sNADSsDQCNrA0A5qwNAOfzBABA9AQAmfQEAPL0BABL9QQApPUEAP31BABW9gQAr/YEAAj3BABh9wQAuvcEABP4BABs+AQAxfgEAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAUM0EAKnNBAACzgQAW84EALTOBAANzwQAZs8EAL/PBAAY0AQAcdAEAMrQBAAj0QQAndQEAPbUBABP1QQAqNUEAAHWBABa1gQAs9YEAAzXBABl1wQAvtcEABfYBABw2AQAydgEACLZBAB72QQA1NkEAC3aBAAOWAIAyNUDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBADKYQIAd8APAPMOAACXBAUA8AQFAALuDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAnKMPAPWjDwBOpA8Ap6QPAAClDwBZpQ8AsqUPAAumDwBkpg8AvaYPAKnNBAACzgQAPEwCAJVMAgDuTAIAR00CABdREAAM4gUAZeIFAL7iBQAX4wUAcOMFAMnjBQAi5AUAe+QFAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBACxzAgCSFQsA4qEBAKPnAgAC7g8AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgAZ3gYAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAQ/0HAJz9BwD1/QcATv4HAKf+BwAA/wcAn7kDAPi5AwCmuQAAWQAAAMAgBQDdewIAAl0SAFtdEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAA3XsCAPZjEgCSFgMACDoDAGE6AwC6OgMAEzsDAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQBhGQAAuhkAAO/gAABnmwAAwJsAAA70AAA7uAMAT2QSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAn0kJADljCgBnmwAA8w4AAD2FEAC6GQAARVIBAL4PAgCnYwEAo7kOAND5BADS0wIAX+YBAK9ZDgAO9AAAO7gDAFBpAwCSFgMA6xYDAEQXAwCdFwMAPEwCAJVMAgDuTAIAR00CAB4mAQBZAAAAxJsLAJjbAQAjTAAAX+YBAK9ZDgAO9AAAO7gDACOwAQA+XQUAl10FAFkAAAADQQAA3XsCANJ4EgDioQEAymECANbqBwCZhQIAcboCAGSGBADjSwIAErENAGuxDQDEsQ0AHbINACOwAQB8sAEAlrMEAO+zBAD7iREAn0kJAMjVAwBrYw4Ab1oIAMhaCAAhWwgA40sCAIduAwD2ZQIAMY4AAHG6AgDx2wEAStwBAONLAgDXnhEAymECAGj3AQBqHgcAyfkHACNMAADjSwIAPEwCAJt0CgD0dAoAed4DANLeAwB9FgwAbBoAAANBAADjSwIALHMCAEjhAACZhQIA9BoSAE0bEgAxSgoAikoKAONLAgBnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAONLAgDXcg0ArlcFAAdYBQBEDAIAAu4PAB4mAQB9TgkAYRkAACNMAAAxjgAAPpUCAPFrBwAWWggAkw0LAMjVAwAjsAEAPl0FAJddBQBZAAAAA0EAAONLAgAjsAEAPl0FAJddBQDwXQUASV4FAKJeBQD7XgUAVF8FAK1fBQAGYAUAX2AFALhgBQB2sg0Az7INACizDQCBsw0A40sCACOwAQA+XQUAl10FAPBdBQBJXgUAol4FAPteBQBUXwUArV8FAAZgBQBfYAUAuGAFAHayDQDPsg0AKLMNAIGzDQAYVgEAcVYBAKuPEAAEkBAAXZAQACOwAQBkhgQAprkAADGZAQC61gEArSgAAJt0CgAOWAIA15UAAJjbAQDx2wEAStwBAMjVAwAiMgUAtIoOAA2LDgBmiw4AJsQFAH/EBQDYxAUAMcUFAIrFBQDjxQUAPMYFAJXGBQAJRw0AniUFAJ+5AwCmuQAAMZkBAG9aCAAsqQ8AQtkDAJvZAwD02QMATdoDAKbaAwD/2gMAk8ADAOzAAwBFwQMAnsEDAPfBAwBnYwMAFLgHAAlHDQDEmwsA8w4AANLTAgAOWAIAmNsBAPHbAQAoyQ8AlwQFAPAEBQDkNwkAwIMOAJjbAQDwiBEAUQgDAFNQCwCsUAsAp24CAABvAgDExw8A1Y4GAC6PBgBnmwAAn0kJACNMAADxawcASmwHAKNsBwD8bAcAVW0HAK5tBwDI1QMA6dgDACE6BQB6OgUA0zoFACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAKnNBABNgAsApoALAP+ACwD8bAcAVW0HAK5tBwC8ggsALsYLAIfGCwCgTQIA4qEBAJjbAQDx2wEAUGkDAJjbAQDx2wEAkPkGAD6VAgBf5gEAZ2MDABS4BwBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAUM0EAKnNBAACzgQAW84EANddAwARxA4A8w4AANLTAgAjsAEAfLABAA++DABovgwAwb4MAJIVCwARxA4A8w4AANLTAgDjSwIAZ2MDAPmZEQCfSQkA40sCAAlHDQDEmwsAmNsBACNMAADFvw8AAAAAAAAAAADdewIAAAAAAN17AgAAAAAA3XsCAMW/DwDjSwIAZ2MDAPmZEQCfSQkA40sCAAlHDQDEmwsAmNsBACNMAAB8EhMAxb8PAONLAgBnYwMA+ZkRAJ9JCQDjSwIACUcNAMSbCwCY2wEAI0wAACOwAQB8sAEAlrMEAO+zBABItAQAobQEAPq0BABTtQQAgSIQANUSEwDVTAAAsBsBAFkAAADEmwsA8w4AANLTAgAOWAIAmNsBAPHbAQAoyQ8AlwQFAPAEBQCwGwEAzHIFAGdjAwBpiRAAxeEKAB7iCgB34goA0OIKAFiCAwCxggMA/88CACL6BwCY2wEAn0kJAONLAgBnYwMAsBoJAAkbCQBiGwkAuxsJAF/mAQCvWQ4A3XsCAONLAgAeJgEAvMYBAND5BADn0gEAy6cBADuiAQAOWAIA40sCAGdjAwAUuAcAyXQDAMEMDAAeJgEA40sCANdyDQBCUwcAm1MHAMCDDgC7zBEAVIoRADFKCgBRohEAqqIRAPMOAADjSwIA154RAJMNCwAAAAAAAAAAAMjVAwAf5gMADCQMAGUkDAC+JAwAFyUMAHanDADKrREAI64RAHyuEQBIvg0Aob4NAPq+DQBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgAInQwAYZ0MALqdDACSFQsAEcQOAPMOAADS0wIA2iIQAK9ZDgAIWg4AYVoOALpaDgATWw4AbFsOAMVbDgAeXA4Ad1wOAMCDDgBBsw8AZ5sAAIEiEABLbhAA4OcOAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQAqc0EAE2ACwCmgAsA/4ALAPxsBwBVbQcA8IgRAEJTBwBf5gEAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAGRwAgC9cAIA8WsHAEpsBwCjbAcA/GwHAFVtBwCubQcAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYAh24DAPwfAABVIAAAriAAAAchAADI1QMA6dgDACE6BQB6OgUA0zoFACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAKnNBABNgAsApoALAP+ACwBYgQsAsYELAAqCCwBjggsAed4DANLeAwB9FgwAZeENAOu8CgDpJQsAI0wAAF/mAQCBIhAAS24QAODnDgDXXQMAEcQOAPMOAABnmwAAI0wAAO/gAAAWWggAmNsBALaoAgDjSwIA13INAO3NDQBGzg0A15UAADCWAACY2wEA8dsBAJD5BgDp+QYAQvoGADGOAADKYQIASPUSAAAAAADjSwIAtqgCALtSDgA7ogEAJasCAMjVAwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUAp24CAABvAgBQaQMAkhYDAGE4EwC6OBMAEzkTAGBtDwA++QMATA8AAB4mAQB9TgkAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYACJ0MAGGdDAC6nQwAkhULAGSGBAAAAAAAAAAAAAAAAACdyQMA9skDACrRAQAAAAAAAAAAAAAAAAAAAAAAnckDAPbJAwDfzwMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAUM0EAEP9BwCc/QcA9f0HAE7+BwCn/gcAAP8HAB4mAQDvcAYASHEGAKFxBgD6cQYAn0kJAMphAgDjSwIAHiYBAHcmAQAIkwMAwwcNABwIDQAeJgEA73AGAEhxBgChcQYA+nEGAKa5AAD/uQAAWLoAALG6AAAKuwAAAuQGAHG6AgDwiBEAMY4AALAaCQAeJgEA73AGAEhxBgChcQYA+nEGAOQ3CQDAgw4AmNsBAPCIEQBRCAMAU1ALAKxQCwCnbgIAAG8CAMTHDwDVjgYALo8GAGebAACfSQkAHiYBAJMDAgAwlgAAcgsDAMsLAwCSFgMAPpUCAPFrBwAWWggAkw0LAPMOAAD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJyjDwD1ow8AqFkRALM6BgAMOwYAZTsGAL47BgAXPAYAcDwGAMk8BgAiPQYAez0GANQ9BgAtPgYA40sCACOwAQA+XQUAO6IBALaoAgDjSwIAPEwCAJVMAgDuTAIAuGoOABFrDgBnYwMAsBoJAJ9JCQCY2wEA8dsBACjJDwDn0gEA3QoQAPYBAQApXgYAEcQOAPMOAADS0wIAOwULAJQFCwDtBQsARgYLAJ8GCwD4BgsAUQcLAKoHCwADCAsAXAgLAGdjAwD5mREAZIYEAONLAgDXnhEArSgAAONLAgCBIhAA1RITANVMAAAuTQAAWQAAADFKCgDJ+QcA4qEBAAr8DgCbdAoAZ5sAAJ9JCQDjSwIAHiYBAO9wBgBIcQYAoXEGAPpxBgDkNwkA110DABHEDgDzDgAA0tMCANddAwARxA4A8w4AANLTAgDjSwIAkhULAGSGBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAODdBQA53gUA/OYKAFXnCgCu5woAB+gKAGDoCgC56AoAEukKAGvpCgDE6QoAHeoKAHbqCgDP6goAKOsKAIHrCgDa6woAM+wKAKnNBABNgAsApoALAP+ACwBYgQsAsYELAAqCCwBjggsA154RAG9aCADIWggAh7AJAOCwCQA5sQkAkrEJAOuxCQBEsgkA40sCAIEiEADxawcASmwHAKNsBwCfSQkA40sCANeeEQDpJQsAZIYEAPMOAACXBAUA8AQFAD5dBQBkcAIAZ6QRAJcEBQDwBAUAZHACAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAnKMPAPWjDwBOpA8Ap6QPAAClDwBZpQ8AsqUPAAumDwBkpg8AvaYPABanDwBvpw8AyKcPACGoDwB6qA8A06gPAKnNBABNgAsApoALAP+ACwBYgQsAsYELAAqCCwBjggsA154RAG9aCADIWggAh7AJAOCwCQA5sQkAkrEJAOuxCQBEsgkA40sCAIEiEADxawcASmwHAKNsBwCfSQkA40sCANeeEQDpJQsAqc0EAE2ACwCmgAsA/4ALAFiBCwCxgQsACoILAGOCCwDXnhEAb1oIAMhaCACHsAkA4LAJADmxCQCSsQkA67EJAESyCQDjSwIAgSIQAPFrBwBKbAcAo2wHAJ9JCQDjSwIA154RAOklCwCY2wEA8IgRAKPnAgB8sAEA1bABAGSGBABkcAIAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAI3aAQCI9RAATxYTANeVAAAwlgAAhQ8BAN4PAQA3EAEAkBABAOkQAQBCEQEAmxEBAIROBgDdTgYANk8GAI9PBgDoTwYAQVAGAJpQBgDzUAYATFEGAKVRBgAeJgEA73AGAEhxBgChcQYA+nEGAAAAAACwGwEAzHIFAGdjAwBpiRAAxeEKAB7iCgB34goA0OIKAFiCAwCxggMA/88CACL6BwCY2wEAn0kJAONLAgBnYwMAsBoJAAkbCQBiGwkAuxsJAF/mAQCvWQ4A3XsCAONLAgAeJgEAvMYBAND5BADn0gEAy6cBADuiAQAOWAIA40sCAGdjAwAUuAcAyXQDAMEMDAAeJgEA40sCANdyDQBCUwcAm1MHAMCDDgC7zBEAVIoRADFKCgBRohEAqqIRAPMOAADjSwIA154RAJMNCwAAAAAASOoRANWOBgAujwYAh48GAOCPBgA5kAYAkpAGALAbAQDMcgUAZ2MDAGmJEADF4QoAHuIKAHfiCgDQ4goAWIIDALGCAwD/zwIAIvoHAJjbAQCfSQkA40sCAGdjAwCwGgkACRsJAGIbCQC7GwkAX+YBAK9ZDgDdewIA40sCAB4mAQC8xgEA0PkEAOfSAQDLpwEAO6IBAA5YAgDjSwIAZ2MDABS4BwDJdAMAwQwMAB4mAQDjSwIA13INAEJTBwCbUwcAwIMOALvMEQBUihEAMUoKAFGiEQCqohEA8w4AAONLAgDXnhEAkw0LAAAAAAASsQ0Aa7ENAMjVAwAAAAAAAAAAAAAAAADFvw8AAAAAAKduAgAAbwIAh24DACENCQB6DQkASQUFAKIFBQD7BQUAVAYFAK0GBQBgbQ8AAAAAAAAAAADzDgAAAAAAAMW/DwDg3QUAByAIAGAgCAAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQA98wEAFDNBACpzQQATYALAKaACwD/gAsA/GwHAFVtBwCubQcAyNUDAJ0tBQD2LQUATy4FAKguBQABLwUAWi8FALMvBQAMMAUAULYKAKm2CgACtwoAW7cKALS3CgCHbgMATA8AAEqNCgCjjQoA/I0KAFWOCgDjSwIAZ2MDAK0oAAAjTAAAX+YBAK9ZDgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQDQ2AEAKdkBAILZAQDb2QEANNoBANeVAAAwlgAAcgsDAPs9AgDjSwIAh24DAEwPAABKjQoAo40KAPyNCgBVjgoAyNUDADGOAAD7PQIAmNsBAPHbAQAjTAAA1Y4GAC6PBgBnmwAA8w4AAFkAAAAxSgoAikoKAA70AADx2wEAAAAAANeVAABnmwAA8w4AANLTAgBf5gEAr1kOAA70AAA7uAMAIiYMAHsmDADUJgwA6fkGAEL6BgCb+gYA9PoGAE37BgCm+wYA//sGAFj8BgCx/AYACv0GAGP9BgC8/QYAFf4GAG7+BgDH/gYAIP8GAHn/BgDS/wYAKwAHAIQABwDdAAcANgEHAI8BBwDoAQcAQQIHAJoCBwDzAgcATAMHAKUDBwD+AwcAVwQHALAEBwAJBQcAYgUHALsFBwAUBgcAMY4AAIqOAACrmwkABJwJAJ9JCQDjSwIAgSIQANUSEwDVTAAAHiYBAALkBgBb5AYA40sCAFiCAwCxggMAI0wAANWOBgAujwYAZ5sAAPMOAADjSwIACUcNAEK2EACKSgoA40sCAFiCAwCxggMAAAAAANeVAABnmwAA8w4AANLTAgDjSwIAI7ABAD5dBQCuVwUAvMYBAEJTBwCbUwcA7+AAAJIVCwDioQEAprkAAKubCQDjSwIA13INAO3NDQDI1QMAprkAAJIWAwAIOgMAYToDALo6AwATOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBANswEgCvWQ4ADvQAADu4AwAbMwAA/7kAAFi6AACxugAACrsAAGO7AADI1QMAprkAAJIWAwAIOgMAYToDALo6AwATOwMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBANswEgCvWQ4ADvQAADu4AwBYggMAsYIDAErcAQCj3AEA/NwBAFXdAQCu3QEAB94BACOwAQB8sAEAD74MAGi+DADBvgwAkhULABHEDgDzDgAA0tMCAGebAACfSQkAbdkKAND5BAAbMwAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAM54BwAneQcAgHkHANl5BwAyegcAi3oHAOR6BwCdLQUA9i0FAE8uBQCoLgUAAS8FAFovBQCzLwUADDAFAGUwBQC+MAUAFzEFAHAxBQDJMQUAaPcBAMH3AQAa+AEAc/gBAMz4AQDIyQoAIcoKAHrKCgDTygoALMsKAIXLCgDeywoAN8wKAJDMCgDpzAoAQs0KAJvNCgD0zQoATc4KAKbOCgD/zgoAWM8KALHPCgAK0AoAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAM54BwAneQcAgHkHANl5BwAyegcAi3oHAOR6BwAh1gMAetYDAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQCETgYA3U4GADZPBgCPTwYA6E8GAEFQBgD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwAhqA8AeqgPANOoDwAJRw0AsisMAAssDABkLAwAvSwMABYtDABvLQwAyC0MACEuDAB6LgwA0y4MACwvDACFLwwA3i8MADcwDACQMAwA6TAMAEIxDACbMQwA9DEMAE0yDACmMgwA/zIMAHneAwDS3gMAfRYMAGXhDQDrvAoA6SULACNMAABf5gEAgSIQAEtuEADg5w4A110DABHEDgDzDgAAI0wAAONLAgAscwIAhXMCAD03EQCWNxEAErENAGuxDQDEsQ0AHbINAAlHDQDEmwsA8w4AAOfSAQDLpwEAymECAEj1EgAC7g8AgSIQAEtuEADg5w4AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAAidDABhnQwAup0MAIEiEADVEhMA1UwAAFiCAwCxggMAStwBAKPcAQD83AEAVd0BAIduAwD8HwAAVSAAAK4gAAAHIQAAYCEAAPYBAQB7lQ4AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQA98wEAGDzCwAwcw0AiXMNAO6jEgDW6gcAL+sHAIjrBwBhGQAA40sCAIduAwDKVBEAI1URAD6VAgDioQEArlcFAH1OCQAWWggA6SULACNMAABf5gEAr1kOAA70AAA7uAMAAgQSAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HALyCCwAVgwsAboMLAMeDCwAghAsAeYQLANKECwArhQsAhIULAN2FCwA2hgsAj4YLAOiGCwBBhwsAh24DAPwfAABVIAAAriAAAAchAABnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAHneAwDS3gMAfRYMANYWDAAvFwwAiBcMAOEXDAA6GAwAPEwCAJt0CgD0dAoATXUKANeeEQCY2wEA40sCAMCDDgAZhA4AmNsBAPHbAQD/zwIAI0wAACqDAgCY2wEAZIYEAONLAgAq0QEA15UAADCWAAByCwMA+z0CAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwAhqA8AeqgPANOoDwDKEgsAlf0KAA8BCwBoAQsAwQELABoCCwCpzQQATYALAKaACwD/gAsAWIELALGBCwAKggsAY4ILANeeEQBvWggAyFoIAIewCQDgsAkAObEJAJKxCQDrsQkARLIJAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULAAduBwBgbgcAuW4HABJvBwAsqQ8AhakPAN6pDwA3qg8AkKoPAOmqDwBCqw8Am6sPAPSrDwBNrA8Aqc0EAE2ACwCmgAsA/4ALAPxsBwBVbQcA5BUOAPwfAAA5TQgAAu4PAMn5BwAjTAAA8WsHABZaCACTDQsAI0wAAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HAAduBwBgbgcAuW4HABJvBwBnmwAAwJsAAA70AAA7uAMAwFgCAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HAAduBwC12w4ADtwOAGfcDgDA3A4AGd0OAHLdDgDL3Q4ATA8AAEqNCgCjjQoA/I0KAFWOCgAqgwIAb1oIAMhaCAAhWwgAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDI1QMAv2oLAMCbAAAO9AAAO7gDAGEZAAC6GQAAFw8KAHAPCgDJDwoAIhAKAHsQCgDUEAoAmYUCAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgDjSwIAgSIQAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HALyCCwDvyA4AotgIAPvYCABU2QgArdkIAAbaCABf2ggAuNoIABHbCABnYwMArSgAACNMAABf5gEAr1kOAIduAwD8HwAAOU0IAALuDwDJ+QcAI0wAAPFrBwAWWggAkw0LAONLAgB2pwwAyq0RACOuEQB8rhEAPvkDAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMABPABwBswAcAxcAHAB7BBwB3wQcA0MEHACnCBwCCwgcA28IHADTDBwDj2wcAPNwHAJXcBwDu3AcAR90HAKDdBwDXlQAAmNsBAJjbAQDx2wEAYRkAACNMAADjSwIAgSIQAEtuEABvWggAxJsLACOwAQB8sAEA1bABAGSGBADI1QMAAAAAAONLAgCBIhAAjYwCAOaMAgA/jQIAYG0PAIduAwBUwg4A4qEBAEJTBwAxjgAAymECAEj1EgAC7g8Ah24DAPwfAABVIAAAriAAAAchAABgIQAAT50HAONLAgA8TAIA4I4OADmPDgCSjw4AgSIQAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HAMjVAwB53gMA0t4DAH0WDABnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAALuDwCHbgMA/B8AAFUgAACuIAAAByEAAGAhAAAeJgEAAAAAAFkAAACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAAGdDwBanQ8As50PAJjbAQDrvAoAD6kCAMCbAADCaA0AmNsBAPHbAQCQ+QYA6fkGAEL6BgAxjgAAymECAEj1EgAC7g8AZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAwlgAAYRkAAGSGBADI1QMAI0wAAKa5AABZAAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQCezAQA98wEAK0oAAAQ7wEAae8BAMLvAQCmuQAAMZkBALrWAQAT1wEAmNsBAPHbAQD8jgIAMAMTAPMOAAD8HwAAtBALAA0RCwBmEQsAvxELABgSCwBxEgsAzngHACd5BwCAeQcA2XkHADJ6BwCLegcA5HoHAD75AwBMDwAASo0KAKONCgD8jQoAVY4KAONLAgB2pwwAyq0RACOuEQB8rhEALKkPAIWpDwAU4xMAbeMTAMbjEwAf5BMAeOQTANHkEwAq5RMAg+UTANzlEwA15hMAmfQEAPL0BABL9QQApPUEAP31BABW9gQAr/YEAAj3BADXXQMAEcQOAPMOAADKYQIA1uoHAC/rBwCI6wcA4esHAOQVDgBVeQAAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSADGOAACtKAAAtqgCAHgSCABo9wEA++0SABszAAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBAB1eAcAAZ0PAFqdDwCznQ8A40sCAB4mAQAC5AYAZIYEAONLAgASsQ0Aa7ENAMSxDQAdsg0A7qMSAE8LEgBnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAFBpAwCpaQMAd6oNANCqDQApqw0AgqsNANurDQA0rA0AjawNAOasDQA/rQ0AmK0NAHanDADzDgAA0tMCACvUAgDKYQIASPUSAD5dBQDQ+QQA9mUCAB9UDgDXcg0AWQAAAIqOAAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBAB1eAcAAZ0PAFqdDwCznQ8AIdYDAHrWAwCFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEA7qMSAFzmDwAWWggAI0wAAPMOAADS0wIA1Y4GAKahDgD0GhIA40sCADxMAgCY2wEA67wKAB4mAQDjSwIAKtEBAPYBAQDI1QMA6dgDAP+5AABYugAAsboAAAq7AABjuwAAvLsAANddAwAwXgMAiV4DAPeIDgBYggMAwmgNAONLAgDXnhEA6SULACNMAADjSwIA154RAK0oAADjSwIAZ2MDAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgAC7g8A7qMSANbqBwAv6wcAiOsHAOHrBwDkFQ4A40sCAIEiEABLbhAA4OcOAIEiEAAxjgAAHOcJALaoAgDjSwIAgSIQAPmZEQBkhgQA40sCANeeEQCtKAAA40sCAIEiEADVEhMA1UwAAC5NAACHTQAAZ5sAAJ9JCQDjSwIA7qMSANbqBwAv6wcAiOsHAOHrBwAjsAEAMY4AAGDeAQDS0wIA8WsHAKa5AADzDgAA/B8AADGOAABxugIAprkAAKubCQDdewIAAl0SAFtdEgAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQDzDgAA3XsCAPZjEgBPZBIAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBAB1eAcAAZ0PAFqdDwCznQ8AAAAAAFkAAAAxSgoAUaIRAPMOAAD8HwAAMY4AAHG6AgCmuQAAq5sJAFkAAAA3dAIA3XsCAAJdEgBbXRIAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA8w4AAN17AgD2YxIAT2QSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAAGdDwBanQ8As50PACOwAQA+XQUAUQgDAOKhAQA7ogEADlgCAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBACc0AsA/B8AAFUgAAAO9AAAO7gDAMjVAwAjTAAA1Y4GAKahDgACuAIA8w4AAFkAAADEmwsAmNsBACNMAADI1QMAI0wAANWOBgCmoQ4AArgCAPMOAABZAAAAxJsLAJjbAQAjTAAAyNUDAL9qCwDAmwAADvQAADu4AwCdLQUA9i0FAE8uBQCoLgUAAS8FAFovBQCzLwUA4b4LAPFJDABKSgwAo0oMAPxKDABVSwwArksMAAdMDABgTAwAuUwMABJNDABrTQwAxE0MAB1ODAB2TgwAz04MAChPDACBTwwA2k8MADNQDACMUAwA5VAMACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwCxrQ8ACq4PAGOuDwAU4xMAbeMTAMbjEwBhGQAAsBsBAEjqEQDjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAAidDABhnQwAup0MAIduAwD8HwAAVSAAAK4gAAAHIQAADDAFAGUwBQC+MAUAFzEFAHAxBQDJMQUA1OQFAC3lBQCG5QUAZHACAL1wAgDVjgYApqEOAAK4AgDzDgAAWQAAAMSbCwCY2wEAI0wAAN17AgD2YxIAT2QSALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAAGdDwBanQ8As50PAAyeDwBlng8Avp4PABefDwBwnw8AyZ8PACKgDwB7oA8A1KAPAC2hDwB2pwwAyq0RACOuEQB8rhEARrkDAJIWAwBhOBMAujgTABM5EwBsORMAxTkTAB46EwB3OhMA0DoTAKWfBQD+nwUAV6AFALCgBQAJoQUAYqEFALuhBQAUogUAbaIFAMaiBQAfowUAeKMFANGjBQAqpAUAg6QFANykBQA1pQUAjqUFAOelBQBApgUAmaYFAPKmBQBLpwUApKcFAP2nBQBWqAUAFYMLAJIWAwBhOBMAujgTABM5EwBsORMAxTkTAB46EwB3OhMA0DoTAOnYAwAhOgUAejoFANM6BQAsOwUAhTsFAN47BQAjTAAA8WsHAEpsBwCjbAcA/GwHAFVtBwCubQcAB24HAGBuBwC5bgcAEm8HAHneAwBnmwAA7+AAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBAB1eAcAAZ0PAFqdDwCznQ8Akw0LALoZAADYXwwAMWAMADGOAABRCAMAqggDAIu8DQDkvA0AMY4AAMphAgBI9RIAAu4PAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA8w4AAFV5AABRCAMAqggDAIu8DQDkvA0AMY4AAMphAgBI9RIAAu4PAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAed4DANLeAwB9FgwAZ2MDAMGGDwA+XQUAUQgDAFNQCwASsQ0Aa7ENANhfDAAxYAwA8w4AAONLAgA8TAIA4I4OADmPDgCSjw4A648OANdyDQAwcw0AiXMNAGSGBAC9hgQAFocEAJjbAQDjSwIAUGkDAP+5AADXlQAA8w4AANLTAgBf5gEA40sCABKxDQBrsQ0A2F8MADFgDABnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAKa5AACmuQAA8MwHAEnNBwCizQcA+80HAErcAQDjSwIALHMCAJIVCwDioQEAo+cCAALuDwB2pwwA8w4AANLTAgAr1AIAymECAEj1EgA+XQUA0PkEAPZlAgDioQEAO6IBAA5YAgDjSwIAZ2MDABS4BwBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAUM0EAKnNBAACzgQAW84EALTOBAAhDQkAeg0JANMNCQAsDgkAhQ4JAN4OCQA3DwkAkA8JAIEiEACmuQAAWQAAAAAAAADioQEAWQAAAONLAgBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBAD3zAQAUM0EAKnNBAACzgQAW84EAIEiEADVEhMA1UwAANddAwARxA4A8w4AANLTAgCBIhAA8WsHAEpsBwCjbAcA/GwHAFVtBwCubQcAvIILAC7GCwCHxgsAoE0CAOKhAQCY2wEA8dsBANeeEQBvWggAyFoIACFbCADjSwIAgSIQAKa5AABZAAAA40sCAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQALHMCAOKhAQBCUwcAfEwAAONLAgDXXQMAEcQOAPMOAADS0wIA40sCACNMAACmuQAAWQAAAONLAgAJRw0AGFYBAHFWAQBRCAMA4qEBAJ9JCQD7iREAwJsAAMjVAwAiMgUAtIoOAA2LDgBmiw4ARrkDAP74BQACagMAW2oDAAAAAAD7PQIAAAAAAAAAAAAAAAAAMY4AAK0oAACXBAUA8AQFAOQ3CQA9OAkAljgJAO84CQBIOQkAoTkJAPo5CQBTOgkAfBITAArcAwCmuQAAWQAAAONLAgAJRw0AGFYBAHFWAQBRCAMA4qEBAJ9JCQD7iREAwJsAAMjVAwAiMgUAtIoOAA2LDgBmiw4ARrkDAP74BQACagMAW2oDAAAAAAD7PQIAAAAAAAAAAAAAAAAAMY4AAK0oAACfSQkA+EkJAPQaEgAjTAAA8WsHAFEIAwBTUAsAh24DAPwfAABVIAAAriAAAAchAABgIQAAuSEAADDCBACJwgQA4sIEANeVAAAwlgAAhQ8BAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgAC7g8A154RAJjbAQDjSwIAwIMOABB+DwBpfg8Awn4PABt/DwB0fw8AzX8PACaADwB/gA8A2IAPADGBDwCKgQ8A44EPAJ9JCQDzDgAA40sCAIduAwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAAAwwgQAicIEAOLCBADXlQAAMJYAAIUPAQBRCAMAqggDAIu8DQDkvA0AMY4AAMphAgBI9RIAAu4PANeeEQCY2wEA40sCAMCDDgAQfg8AaX4PAMJ+DwAbfw8AdH8PAM1/DwAmgA8Af4APANiADwAxgQ8AioEPAOOBDwDjSwIAh24DAPwfAABVIAAAriAAAAchAABgIQAAuSEAADDCBACJwgQA4sIEANeVAAAwlgAAhQ8BAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgAC7g8A154RAJjbAQDjSwIAwIMOABB+DwBpfg8Awn4PABt/DwB0fw8AzX8PACaADwB/gA8A2IAPADGBDwCKgQ8A44EPAHwSEwCdLQUAm3QKAPR0CgBNdQoAErENAGuxDQDEsQ0AHbINAHayDQDPsg0AKLMNAIGzDQAAAAAAMY4AABznCQB15wkAPl0FAMjVAwCY2wEA8IgRADuiAQAOWAIAwQwMAMCbAAAO9AAAO7gDAGebAAAeJgEAprkAAJIWAwCKjgAAq5sJAAScCQDzDgAA/B8AAFUgAACuIAAAByEAAGAhAADx2wEAwJsAAA70AAA7uAMAaPcBAPvtEgDI1QMAPvkDAJ4ZDAD3GQwAUBoMAKkaDAACGwwAWxsMAGBtDwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUACJ0MAGGdDADefQsAN34LAJB+CwD8bAcAVW0HAK5tBwC8ggsAgSIQAEtuEACfSQkA+4kRAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAK3AMA1RITANVMAADzkwQATJQEAKWUBAD+lAQAV5UEALCVBAAJlgQAYpYEAGdjAwBRCAMAqggDAIu8DQDkvA0AMY4AAMphAgBI9RIAAu4PAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQAZ2MDAD6VAgDRERAA1RITAOKhAQDQ+QQAKfoEAB4mAQB3JgEAHiYBAH1OCQBhGQAAkm4LAOtuCwBEbwsAuGoOABFrDgAeJgEAAuQGAHG6AgC2qAIAD6kCAJ9JCQDjSwIAwIMOALvMEQAxjgAAMF4DAIleAwD3iA4AUIkOAKmJDgACig4AW4oOAAtNDwD5mREAn0kJAONLAgDXcg0A7c0NAEbODQBEkA4AGYQOAND5BABVeQAAymECAEj1EgAC7g8An0kJAONLAgDXlQAAMJYAACNMAADxawcAo+cCAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgBYggMAsYIDACNMAADVjgYAI7ABAD5dBQCXXQUA4S4GAKa5AADdewIA9mMSAE9kEgC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQCezAQA98wEAHV4BwABnQ8AWp0PALOdDwDSeBIA/B8AAFUgAACuIAAAByEAAGAhAACfSQkA+4kRADGOAACwGgkAyNUDADljCgDv4AAAYRkAAMjVAwCSFQsAEcQOAPMOAADS0wIAI7ABAHywAQDAbQwAGW4MAHJuDAAxSgoAikoKAA70AAA7uAMAa2MOAG9aCADIWggAIVsIAONLAgDXlQAAMJYAAHILAwD7PQIA40sCAIduAwBMDwAASo0KAKONCgD8jQoAh24DAMpUEQAjVREAPpUCANeVAADzDgAA40sCAJIVCwAfVA4AyfkHALaoAgAPqQIAn0kJADljCgBvWggAyFoIAIewCQDgsAkAObEJAJKxCQDrsQkARLIJAJ2yCQD2sgkAT7MJAKizCQABtAkAWrQJALO0CQAMtQkAZbUJAL61CQAXtgkAcLYJAMm2CQAitwkAe7cJAITICQDdyAkANskJAI/JCQCfSQkA40sCANeeEQDpJQsAI0wAAONLAgAscwIAhXMCAIu8DQBCUwcA8WsHADuiAQAOWAIA40sCADxMAgDgjg4AmNsBAONLAgDXnhEAb1oIAMhaCACHsAkA4LAJADmxCQCSsQkA67EJAIpKCgCZhQIAPpUCAPFrBwAWWggAkw0LACNMAADxawcASmwHAKNsBwD8bAcAVW0HAK5tBwAHbgcAtdsOAA7cDgBn3A4AwNwOABndDgBy3Q4Ay90OAJrhAwCTAwIAI0wAADGOAAA+lQIAX+YBANeeEQBvWggAyFoIAIewCQDgsAkAObEJAJKxCQDrsQkARLIJAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULACNMAACnbgIA15UAADCWAACFDwEA3g8BADcQAQCQEAEA6RABAEIRAQCbEQEAHiYBAHcmAQAIkwMAYZMDALqTAwBkhgQA40sCAFBpAwCpaQMAd6oNADCWAAAjTAAAX+YBAArcAwDxawcASmwHAKNsBwD8bAcAVW0HAK5tBwC8ggsALHMCAIVzAgCLvA0AQlMHAPFrBwA7ogEADlgCAONLAgA8TAIA4I4OAJjbAQDjSwIAUQgDAKoIAwADCQMAXAkDAJIVCwARxA4A8w4AANLTAgAr1AIAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAKLYCAAAAAAAI7ABAMjVAwB53gMA0t4DAH0WDADXXQMAEcQOAPMOAADS0wIA8w4AAONLAgBnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAALuDwDXcg0AMHMNAIlzDQC/gA0AGIENAHGBDQAJRw0AxJsLAB2cCwAh1gMAetYDAIUPAQDeDwEANxABAJAQAQDpEAEAQhEBAJsRAQCETgYAmNsBAPHbAQCQ+QYAPpUCAF/mAQCHbgMA/B8AAPMOAADn0gEAy6cBABZaCAAjsAEAI7ABAONLAgDXXQMAEcQOAPMOAADS0wIA9gEBAHuVDgDg3QUAgSIQANWOBgAujwYAZ5sAAJ9JCQDjSwIAPEwCAOCODgCY2wEA40sCAAAAAADXlQAAZ5sAAMCbAABkhgQA40sCADxMAgCVTAIA7kwCAEdNAgBhGQAAuhkAANhfDAAxYAwA8w4AAK0oAAAQ7wEAae8BAMLvAQD7iREAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAJyjDwD1ow8Ad6oNANCqDQApqw0AgqsNANurDQA0rA0AjawNAOasDQBYggMAsYIDAJD5BgDp+QYAQvoGAONLAgBnYwMA+ZkRAGSGBADjSwIAUGkDAKlpAwAD3AYANR4RAI4eEQCKjgAAxeEKAONLAgAJRw0AxJsLAOKhAQA7ogEAPpUCAPMOAADI1QMAed4DANLeAwB9FgwA1hYMAPwfAABVIAAAriAAAAchAABgIQAAT50HAONLAgBnYwMAUQgDAKoIAwCLvA0A5LwNADGOAADKYQIASPUSAALuDwA8TAIA4I4OAJjbAQDjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQA8w4AAPwfAABVIAAAriAAAAchAABgIQAAT50HAKidBwBVIAAADvQAADu4AwD8HwAAVSAAAA70AAA7uAMALKkPAIWpDwDeqQ8AN6oPAJCqDwDpqg8AQqsPAJurDwD0qw8ATawPAGRwAgCY2wEA8dsBAPyOAgAwAxMA8w4AAPwfAAA56A4Az5ICAJMCCgDsAgoA40sCAIduAwD8HwAAVSAAAK4gAAAHIQAAprkAALaoAgCSFQsAEcQOAOklCwDzDgAA/B8AAAUZDgBHHw4AmNsBAPCIEQBRCAMAU1ALAKxQCwDdewIAAl0SAMCbAAAO9AAAO7gDAN17AgBhGQAAZ5sAACNMAADv4AAAFloIAJjbAQC2qAIAD6kCAMCbAAAO9AAAO7gDACypDwCFqQ8AAmoDAFtqAwBy/hEAAAAAAMW/DwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMjVAwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAgSIQANUSEwDVTAAAdqcMAM+nDACfSQkAWQAAAMSbCwDioQEAO6IBADBpBADjSwIA15UAAJjbAQAjsAEAyNUDALwJAACSFQsA6xULAEQWCwBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYACJ0MAGGdDAC6nQwAgSIQANUSEwDVTAAA0KAEABB+DwCSYwoA62MKAERkCgCdZAoAc6kKAMCDDgD4SQkAZ5sAAB4mAQB3JgEA0KAEABB+DwCSYwoA62MKAERkCgCdZAoAc6kKAMCDDgD4SQkAZ5sAAB4mAQB3JgEA0CYBAONLAgBYggMAwmgNABHPDwBqzw8Aw88PABzQDwBnmwAAwJsAAB4mAQC8xgEA0PkEAOfSAQDLpwEAFloIAJMNCwDjSwIAwIMOALvMEQBhGQAAKFAEAGebAACfSQkA40sCACxzAgCSFQsA4qEBAKPnAgAC7g8AgSIQANWOBgBkhgQA4qEBADuiAQAOWAIA40sCAIEiEABLbhAA4OcOAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgAInQwAYZ0MALqdDACBIhAA1RITANVMAADQoAQAEH4PAJJjCgDrYwoARGQKAJ1kCgBzqQoAwIMOAPhJCQBnmwAAHiYBAHcmAQDAgw4AQbMPAA5hEwBnYRMAwGETABliEwByYhMAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAK8tCgAWWggAotgIALaoAgAPqQIAwJsAAPHbAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAIjIFALSKDgANiw4AZosOABQFDwCSFQsA4qEBAKPnAgAC7g8APEwCAAYpAAAjTAAAprkAAKubCQDioQEAO6IBAA5YAgDjSwIAh24DAPwfAABVIAAAriAAAAchAABgIQAAuSEAAGdjAwD0GhIA4qEBAONLAgBRCAMAU1ALAKxQCwDkFQ4Ay6cBABZaCACTDQsAyNUDAOKhAQCj5wIAAu4PAGEZAAC6GQAARVIBAK0oAADgjg4AOY8OAJKPDgDrjw4AfBQDAMCbAAAO9AAAO7gDACrRAQClLwsA/i8LAFcwCwCwMAsACTELAGIxCwAAAAAAnckDAPbJAwASsQ0Aa7ENABMaAADv1AcASNUHAIloDADiaAwAO2kMADxMAgCbdAoA9HQKAE11CgDXnhEAmNsBAONLAgDAgw4AGYQOAJjbAQDx2wEA/88CACNMAAAqgwIAmNsBAHanDADPpwwAKKgMAIGoDADaqAwAAAAAAFEIAwCqCAMAcboCAAAAAACY2wEAwmgNAAAAAACfSQkAOWMKAJJjCgDrYwoARGQKAJ1kCgDakgoAM5MKAIyTCgDlkwoAotgIALaoAgAPqQIAI0wAAGEZAAC6GQAARVIBAK0oAADgjg4AOY8OAJKPDgDrjw4AfBQDAMCbAAAO9AAAO7gDAN17AgDSeBIATA8AAEqNCgB2sg0Am3QKACaLEAAlqwIA40sCAGdjAwAUuAcAUQgDAKoIAwADCQMAPl0FAJ9JCQDjSwIAwIMOABB+DwCSYwoA62MKAERkCgCdZAoAc6kKAHanDADPpwwAUQgDAOKhAQCY2wEA67wKAJMNCwAeJgEAfU4JAGEZAAAscwIAFloIAJjbAQC2qAIAu1IOADuiAQAOWAIA40sCAFBpAwCpaQMAA9wGADUeEQCOHhEA5x4RAEAfEQCZHxEA8h8RAONLAgBYggMAwmgNABtpDQB0aQ0AzWkNACZqDQBT1Q8ArNUPANWOBgCmoQ4APpUCAF/mAQAOWAIA40sCANdyDQDtzQ0ARs4NAHanDADioQEAQlMHAHxMAADVTAAA85MEAONLAgASsQ0Aa7ENAMSxDQAdsg0AWIIDAMJoDQARzw8Aas8PAMPPDwAc0A8AddAPANeeEQCY2wEA40sCAB4mAQC8xgEA0PkEABszAAAxmQEAutYBAK0oAACbdAoADlgCANeVAACY2wEA8dsBAJjbAQDx2wEAkPkGAD6VAgBf5gEAwIMOABB+DwCSYwoA62MKAERkCgCdZAoAc6kKAAlHDQAYVgEAcVYBAFEIAwDioQEAn0kJAPuJEQAWWggAFloIACNMAAAjsAEAAu4PAPMOAADn0gEA40sCAMCDDgAQfg8AkmMKAOtjCgBEZAoAnWQKAHOpCgASsQ0Aa7ENAMSxDQAdsg0AdrINAM+yDQAosw0AgbMNAMCDDgAQfg8AkmMKAOtjCgBEZAoAnWQKAHOpCgB2pwwAz6cMAJ9JCQBZAAAAxJsLAOKhAQA7ogEAYRkAAGebAAAjTAAA3XsCAPZjEgBPZBIAutYBABPXAQBs1wEAxdcBAB7YAQDbMBIANDESAI0xEgDmMRIAPzISAJgyEgDxMhIASjMSAJyjDwD1ow8ATqQPAKekDwAApQ8AWaUPALKlDwALpg8AZKYPAL2mDwAWpw8Ab6cPAMinDwAhqA8AeqgPANOoDwDJ+QcAIvoHAHv6BwDU+gcALfsHAIb7BwDf+wcAOPwHAJH8BwDq/AcA4qEBADGOAAAc5wkA40sCAIEiEACmuQAAWQAAAMjVAwDjSwIAiPUQAE8WEwBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYA9gEBAAAAAADg3QUA2JYRAOCODgCY2wEAI0wAAPFrBwBRCAMAU1ALADlNCABkhgQA40sCAFiCAwCxggMACoMDAIr8CgDj/AoAPP0KAONLAgDXcg0A6dgDACE6BQB6OgUA0zoFACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FACIyBQDJ+QcAIvoHAHv6BwDU+gcALfsHAIb7BwDf+wcAOPwHAJH8BwDq/AcAed4DANLeAwAVuwgA9bkRAGebAACnYwEAo7kOAND5BADS0wIA8WsHADuiAQAOWAIA40sCAMCDDgAQfg8AHiYBAALkBgCLvA0Ary0KAAguCgBhLgoAui4KABMvCgBsLwoAxS8KAB4wCgB3MAoA0DAKACkxCgCCMQoA2zEKADQyCgCNMgoA5jIKAD8zCgAwAxMA8w4AAPwfAAAq0QEAI0wAAKa5AABZAAAAyNUDAAAAAAAjsAEA8w4AAMjVAwAAAAAA15UAADCWAAByCwMA+z0CAMjVAwAAAAAAymECAEj1EgAC7g8AgSIQAEtuEADg5w4AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAAidDABhnQwAup0MAIEiEACmuQAAWQAAAMjVAwAAAAAAI7ABAPMOAADI1QMAAAAAAIduAwDn0gEAQNMBAMjVAwAAAAAAYRkAAGEZAABnmwAAyfkHACNMAADxawcAFloIAJMNCwDjSwIAWIIDALGCAwAKgwMAivwKAOP8CgA8/QoANdwKACNMAADxawcASmwHAKNsBwCfSQkAOWMKAOklCwAAAAAAI0wAACNMAABZAAAAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQCezAQA98wEAIulEwDEmwsAHZwLAHacCwD2AQEAKV4GABHEDgDzDgAA0tMCAN0KEABYggMAsYIDAJD5BgDp+QYAQvoGAONLAgDAgw4A+EkJAD1CEgCWQhIAymECAHfADwBg3gEA/B8AAIduAwD8HwAAVSAAAK4gAAAHIQAAYCEAALkhAABnYwMAPpUCANeVAAAjsAEAn0kJAONLAgASsQ0Aa7ENAMSxDQAdsg0AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAAidDABhnQwAup0MAJjbAQDx2wEA/I4CADADEwDzDgAA/B8AAPuJEQDAmwAADvQAADu4AwBnmwAAwJsAAA70AADhZQsAOmYLABMaAADFvw8Axb8PAMW/DwCdyQMA9skDAN/PAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQAQ/0HAJz9BwD1/QcATv4HAKf+BwAA/wcAAAAAAMW/DwCdyQMA9skDAN/PAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBABQzQQAQ/0HAJz9BwD1/QcATv4HAKf+BwAA/wcA7+AAAOKhAQA7ogEAZ5sAAMCbAAAO9AAAO7gDAMW/DwAAAAAAAAAAAAAAAADFvw8AFloIAPMOAADjSwIAdqcMAMqtEQAjrhEAfK4RAMW/DwDFvw8Axb8PAF/mAQCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAMW/DwDFvw8Axb8PAKdjAQCjuQ4AFloIAJMNCwDjSwIAWIIDALGCAwAKgwMAivwKAOP8CgAAAAAAZ5sAAMCbAADKYQIA4qEBADuiAQAlqwIAQbMPADCWAAAOWAIA8w4AAFV5AACY0AAArSgAAMphAgB3wA8AmNAAAONLAgBnYwMAymECAA5YAgDBDAwAOU0IAALuDwCSFQsAYRkAAGebAACnYwEAo7kOAAAAAABhGQAA40sCAFiCAwCxggMAkhULANeVAADzDgAAVXkAALAaCQDzDgAA59IBAMunAQAWWggAkw0LAGebAABYggMA8IgRAAr8DgCbdAoA15UAACNMAAAxjgAAPpUCAAAAAAAWWggA40sCAFiCAwCxggMA/88CAFjQAgDzDgAAVXkAALAaCQBhGQAAuhkAAMjVAwC/agsAGGsLAHFrCwDKawsAI2wLAHxsCwDVbAsALm0LAIdtCwDgbQsAOW4LAGebAADJ+QcAIvoHAHv6BwDU+gcALfsHAIb7BwDf+wcAOPwHAJH8BwDq/AcAPEwCAJVMAgDuTAIAR00CAObCDwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUAPEwCAJVMAgDuTAIAR00CAObCDwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUA40sCAIEiEADxawcASmwHAKNsBwCfSQkA40sCANeeEQDpJQsA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULAONLAgBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GABneBgBy3gYAy94GACTfBgB93wYA0ngSAEwPAABKjQoAo40KAPyNCgBVjgoAI0wAAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HAAduBwC12w4ADtwOAGfcDgDA3A4AGd0OAHLdDgDL3Q4Aqc0EAE2ACwCmgAsA/4ALAFiBCwCxgQsACoILAGOCCwB53gMA0t4DAH0WDADWFgwALxcMAIgXDADhFwwAOhgMADxMAgCbdAoA9HQKAE11CgDXnhEAmNsBAONLAgDAgw4AGYQOAJjbAQDx2wEA/88CACNMAAAqgwIAmNsBAM+SAgAc5wkAAu4PAMCbAAAO9AAAO7gDABZaCAAWWggAI7ABAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULACNMAADjSwIALHMCAJIVCwDioQEAo+cCAALuDwAscwIAhXMCAIu8DQBCUwcA8WsHADuiAQAOWAIA40sCADxMAgDgjg4AmNsBAONLAgBnYwMA+ZkRAFKaEQDXnhEAb1oIAMhaCAAhWwgA40sCAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAALuDwDAmwAADvQAADu4AwACBBIA8WsHAEpsBwCjbAcA/GwHAFVtBwCubQcAGrQLAHO0CwDMtAsAJbULAH61CwDXtQsAMLYLAIm2CwDitgsAO7cLAJS3CwD2AQEA7+AAAPVtAgCLvA0AQlMHABlZAgCY2wEA8dsBAJD5BgA+lQIAX+YBAGmJEAAAAAAA15UAAOKhAQCY2wEA8dsBAGj3AQCfSQkAymECAKa5AADjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQAU78NAMphAgAjTAAAMY4AAIu8DQA7ogEA40sCAGj3AQCfSQkAymECAKa5AADjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQAdqcMAE1eEAAAZAEAWWQBAKHJDgD6yQ4AU8oOAKzKDgAFyw4ALHMCAJIVCwAfVA4AYRkAAONLAgCBIhAA1Y4GAGSGBADioQEAO6IBAA5YAgDjSwIAgSIQAEtuEADg5w4AUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYA8w4AAONLAgBQaQMAqWkDAHeqDQDQqg0AKasNAIKrDQDbqw0ANKwNAI2sDQDmrA0AP60NAJitDQBnYwMAaYkQAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBAONLAgA8TAIAmNsBAOu8CgAeJgEA40sCAIEiEADVEhMA1UwAANeVAAAwlgAAIxQDAHwUAwDAmwAAI7ABAGSGBADioQEAO6IBAA5YAgDjSwIAwIMOAPhJCQA9QhIAlkISAMphAgB3wA8AYN4BAPwfAADtig8AaYkQAAAAAADXlQAA4qEBAJjbAQDx2wEAZ2MDABS4BwBYggMAsYIDACjJDwBMDwAA6SULAJjbAQCmuQAAZ5sAADxMAgCY2wEA67wKAB4mAQDjSwIA13INAEJTBwDzDgAA40sCAAlHDQAYVgEA8IgRAK5XBQAC5AYAcboCAGSGBADjSwIAPEwCAJVMAgCKjgAAxeEKACqDAgCY2wEAZIYEAONLAgDXnhEAmNsBAONLAgCHbgMATA8AAOklCwCY2wEAprkAANdyDQDtzQ0ARs4NABKxDQBrsQ0AxLENAB2yDQDtig8ARosPAJ+LDwD4iw8AUYwPAKqMDwADjQ8AXI0PAKduAgAAbwIAWIIDALGCAwAAAAAA15UAAGebAADzDgAA0tMCAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULACNMAADjSwIAZ2MDAK0oAAAjTAAAX+YBAK9ZDgBhGQAAZ5sAAKdjAQDI1QMACtwDAPFrBwBKbAcAo2wHAPxsBwBVbQcArm0HALyCCwBnYwMAaYkQAAAAAADXlQAA4qEBAJjbAQDwiBEAO6IBAA5YAgDjSwIAZ2MDABS4BwBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgBn3QYAwN0GAJ7MBABnmwAAI0wAADGOAACwGgkAn0kJAJjbAQDwiBEAO6IBAK0oAADgjg4A40sCAHanDADPpwwAKKgMAEVSAQCtKAAA4I4OADmPDgCSjw4A648OADGOAACLvA0AZHACADGOAAC8rg8APlEMAJdRDAA7ogEAExoAAO/UBwBI1QcAiWgMAOJoDAA7aQwAlGkMAO1pDABGagwA/B8AAFUgAACuIAAAByEAAGAhAAC5IQAAHiYBALzGAQDQ+QQAymECAE8LEgCSFQsAMY4AAFEIAwDioQEAO6IBANoiEADDVQwAHFYMAHVWDADOVgwAJ1cMAIBXDADZVwwAMlgMAItYDADkWAwAPVkMAJZZDADvWQwAGYQOAMbZCgAf2goAeNoKANeVAACfSQkAWIIDALGCAwCQ+QYAsBoJAONLAgDXlQAAn0kJAAAAAAAWWggA40sCAIEiEADxawcASmwHAKNsBwD8bAcAVW0HAJIVCwBZAAAAZHACAGEZAABnmwAAI0wAAO/gAAAWWggAmNsBALaoAgBkcAIADlgCAMEMDAAaDQwAcw0MAMwNDAAlDgwAfg4MAPHbAQAoyQ8A59IBAPwfAADzDgAAyNUDAMl0AwDBDAwAGg0MAHMNDADMDQwAJQ4MAH4ODADXDgwAMA8MAIkPDADiDwwAOxAMADxMAgDgjg4AmNsBANeeEQCY2wEA40sCAIduAwD8HwAAVSAAAK4gAADioQEAprkAAGebAAASsQ0Aa7ENAMSxDQAdsg0AtqgCAEgBDAC6GQAA7+AAAJIVCwARxA4A8w4AANLTAgBf5gEAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKHVBwD61QcAU9YHAKzWBwAF1wcAXtcHAGdjAwCwGgkAn0kJAJjbAQDx2wEAKMkPAOfSAQDjSwIAPEwCAOCODgA5jw4Ako8OAKy/DQAFwA0AXsANALfADQCBIhAAprkAAFkAAADjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQA98wEAFDNBACpzQQAAs4EADGOAACLvA0AZ5sAAMCbAAAO9AAAO7gDACrRAQClLwsA/i8LAFcwCwCwMAsACTELAGIxCwAeJgEAWQAAAMSbCwCY2wEAmYUCAHG6AgBkhgQA40sCADxMAgCVTAIA7kwCALhqDgARaw4A13INADBzDQCJcw0AErENAM+SAgAokwIAgZMCAFiCAwCxggMAKMkPAEwPAAAjsAEA15UAACNMAADxawcAFloIAJ9JCQD7iREAYRkAAM+SAgAokwIAgZMCABKxDQBrsQ0AmNsBAONLAgCHbgMA/B8AAFUgAACuIAAAYRkAAM+SAgAokwIAgZMCAAlHDQAYVgEAcVYBAFEIAwDioQEAn0kJAPuJEQCmuQAAq5sJAONLAgDXXQMAEcQOAPMOAADS0wIA40sCANdyDQDtzQ0ARs4NALaoAgBIAQwAuhkAAO/gAAAWWggA15UAAFkAAADjSwIAPEwCAJVMAgDuTAIAuGoOABFrDgBHTQIAKFAEABZaCADdewIA9mMSAKubCQAxjgAA+ZkRAGEZAABnmwAAOU0IAPMOAADdewIALHESAIVxEgCY2wEA8dsBACjJDwBMDwAAI7ABAFEIAwBTUAsAn0kJAPhJCQCwGgkAn0kJAJjbAQDx2wEAKMkPAOfSAQD8HwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAMjVAwB53gMAz5ICACiTAgCBkwIAQTkMAJo5DADzOQwATDoMAKU6DAD+OgwAVzsMALA7DAAJPAwAYjwMALs8DAAUPQwAbT0MAMY9DAAfPgwAeD4MANE+DAAqPwwA40sCAHuVDgBMDwAASo0KAKONCgD8jQoAVY4KAFRICwDpiQwAQooMAJuKDACvWQ4ADvQAADu4AwB2pwwA8w4AANLTAgAr1AIAymECAEj1EgA+XQUA0PkEAPZlAgDjSwIAZ2MDABS4BwASsQ0AZ5sAAO/gAADjSwIAUGkDAKlpAwAD3AYAXNwGALXcBgAO3QYAZ90GAMDdBgCezAQAyNUDACrRAQClLwsA/i8LAFcwCwCwMAsACTELAGIxCwC7MQsAFDILAGE5CwAAAAAAAAAAAAAAAACuQAsAB0ELAGBBCwC5QQsAEkILAGtCCwDEQgsAHUMLAMW/DwAAAAAAdkMLAM9DCwAoRAsAjdoBAObaAQA/2wEAPEwCAOCODgA5jw4Ako8OAMjVAwAiMgUAezIFAJDWEwDp1hMAQtcTAJvXEwAxjgAAymECAEj1EgAC7g8APEwCAJt0CgD0dAoATXUKABKxDQBrsQ0AxLENAB2yDQB2sg0Az7INACizDQCBsw0AZ5sAAGEZAAC6GQAAZ5sAAGEZAABhGQAAuhkAAGebAABhGQAAI0wAAMjVAwB53gMA0t4DAH0WDADWFgwALxcMAIgXDADhFwwAOhgMADxMAgCbdAoA9HQKAE11CgDXnhEAmNsBAONLAgDAgw4AGYQOAJjbAQDx2wEA/88CACNMAAAqgwIAmNsBAGSGBADjSwIAiPUQAMjVAwAAAAAA40sCAO6jEgAjYgIArSgAAK0oAAAGKQAAwJsAAPCIEQA7ogEADlgCAONLAgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULACNMAADjSwIAZ2MDAK0oAAAjTAAAX+YBAK9ZDgCi2AgAkhYDAOsWAwDI1QMAZ2MDAMGGDwB15wkAzucJAO6jEgDW6gcAL+sHAIjrBwDh6wcAbBkIAFBpAwCpaQMAA9wGAFzcBgC13AYADt0GAGfdBgDA3QYAnswEAPfMBACc0AsA9dALAGdjAwDAYwMAs5IOAAyTDgAQfg8A7+AAADneBQBnYwMAwGMDAMq6AgAjuwIAfLsCANW7AgAuvAIAh7wCAONLAgBWbxAAxb8PAONLAgBZeBMAprkAADGZAQC61gEAE9cBAGzXAQDF1wEAHtgBAHfYAQCezAQA98wEAODdBQAeJgEAkwMCAPMOAADS0wIA40sCAO6jEgBPCxIA154RAK0oAADjSwIAgSIQAI2MAgDmjAIAP40CAJWYEQBNXhAAoE0CAPlNAgBSTgIAq04CAPMOAADjSwIACUcNAGJHDQCFvxEAmYUCAO3kBwB9TgkAI0wAAF/mAQCvWQ4A40sCAMW/DwDjSwIAgSIQAEtuEADg5w4A7qMSAE8LEgBYggMAsYIDACjJDwBMDwAA6SULAJjbAQCmuQAAZ5sAAKduAgAAbwIAASQEAFzmDwAWWggAI7ABAONLAgDJdAMA4qEBAFEIAwBTUAsAAu4PAFvuDwD5mREAUpoRAMl0AwDioQEAUQgDAFNQCwAGxAYAHEECAOScAgA9nQIA40sCAMl0AwDioQEAUQgDAFNQCwAeJgEA73AGAEhxBgChcQYA+nEGAODdBQAeJgEAkwMCAPMOAADS0wIA40sCAO6jEgBPCxIA154RAK0oAADjSwIAgSIQAI2MAgDmjAIAP40CAB4mAQDvcAYASHEGAKFxBgD6cQYAU3IGAKduAgAAbwIAASQEAFzmDwAWWggAI7ABAONLAgDJdAMA4qEBAFEIAwBTUAsABsQGABxBAgDknAIAPZ0CAONLAgDJdAMA4qEBAFEIAwBTUAsAHiYBAO9wBgBIcQYAoXEGAPpxBgBTcgYAp24CAABvAgABJAQAXOYPABZaCAAjsAEA40sCAMl0AwDioQEAUQgDAFNQCwAC7g8AW+4PAPmZEQBSmhEAyXQDAOKhAQBRCAMAU1ALAAbEBgAcQQIA5JwCAD2dAgDjSwIAyXQDAOKhAQBRCAMAU1ALAEGzDwAjsAEAAu4PAGEZAAC6GQAARVIBAK0oAADgjg4AOY8OAJKPDgDrjw4AfBQDAMCbAAAO9AAAO7gDAHneAwDS3gMAfRYMAB4mAQB3JgEACJMDAMMHDQAcCA0AdQgNABKxDQDPkgIAKJMCAIGTAgCfSQkAHiYBAHcmAQAIkwMAwwcNABwIDQB1CA0AErENAM+SAgAokwIAgZMCAJ9JCQAeJgEAdyYBAAiTAwDDBw0AHAgNAHUIDQAJRw0AYkcNALtHDQAUSA0AbUgNAMZIDQAfSQ0AI7ABAHywAQCWswQA77MEAONLAgDXlQAAmNsBACOwAQBYggMAsYIDACjJDwBMDwAAI7ABAFEIAwBTUAsA13INAK5XBQAHWAUAYFgFALlYBQASWQUA40sCAHanDADPpwwAI0wAANWOBgBkhgQA40sCADxMAgDgjg4AmNsBAONLAgAJRw0AYkcNALtHDQAUSA0AbUgNAMZIDQAfSQ0Ap24CAABvAgABJAQAWiQEALMkBAAMJQQAPEwCAOCODgA5jw4Ako8OAOuPDgDXcg0AQlMHAJtTBwDXcg0AMHMNAIlzDQDicw0AFLgHAAlHDQBiRw0Au0cNABRIDQBtSA0AxkgNAB9JDQDdewIAaPcBAPvtEgBU7hIAHiYBAALkBgA+lQIAprkAAKubCQDioQEAO6IBAA5YAgDjSwIACUcNAGJHDQC7Rw0AFEgNAG1IDQDGSA0AH0kNADxMAgDgjg4AmNsBAONLAgCwGwEA7ikPAIulEwDkpRMACUcNABhWAQDx2wEA/I4CAJt0CgDM6xAAZ5sAAJ9JCQDjSwIALHMCAOKhAQBCUwcAfEwAAONLAgAAAAAA40sCANeeEQCY2wEA40sCAOiyDwAAAAAA40sCANeeEQCY2wEA40sCAOiyDwAUuAcAwIMOALvMEQBUihEAMUoKAFGiEQCqohEA+4kRAGEZAACmuQAAWQAAALIAAADnSw0AQEwNAJlMDQDyTA0AS00NAB4mAQAC5AYA+ZkRABxBAgAxjgAAHOcJAHXnCQCKjgAAtqgCAHgSCAC8rg8AwQwMANddAwAwXgMAiV4DAPeIDgASsQ0Aa7ENAMSxDQAdsg0A7qMSAE8LEgBnmwAAYRkAAONLAgA8TAIA4I4OADmPDgCSjw4A648OANdyDQAwcw0A6IUTAEGGEwCahhMA84YTAEyHEwAC7g8An0kJAN17AgDjSwIAgSIQANWOBgBkhgQA40sCAIEiEABLbhAA4OcOANdyDQAwcw0A6IUTAEGGEwCahhMA84YTAEyHEwDXcg0AQlMHAMjVAwB53gMAi6UTAOSlEwA9phMA13INADBzDQDohRMAQYYTAJqGEwDzhhMATIcTAAlHDQBEDAIAAu4PAFvuDwBg3gEA/B8AAFiCAwDCaA0A40sCALwJAABu8g0Ai6UTAOSlEwA9phMA13INADBzDQDohRMAQYYTAJqGEwDzhhMATIcTANeVAAAjTAAA8WsHAEpsBwCjbAcAZ5sAAMCbAAAO9AAAO7gDACOwAQB8sAEAlrMEAO+zBADjSwIAh24DAFTCDgCmuQAAq5sJAONLAgA8TAIAm3QKAPR0CgBNdQoAiPUQAOH1EADJdAMAwQwMAB4mAQDjSwIA4qEBADuiAQDjSwIAZ2MDAPmZEQBkhgQA40sCANeeEQCtKAAA40sCAIEiEADVEhMA1UwAAC5NAABMDwAA6SULAJjbAQCmuQAAZ5sAACOwAQB8sAEAD74MAGi+DADBvgwARBcDAGSGBADjSwIA13INADBzDQDohRMAQYYTAJqGEwDzhhMATIcTAALuDwCfSQkA40sCAMl0AwDBDAwAHiYBAIEiEADVEhMA1UwAAMl0AwDBDAwAHiYBAPMOAADjSwIAZ2MDAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgDAgw4AmNsBAPCIEQBRCAMAU1ALAKxQCwDjSwIAPEwCAOCODgA5jw4Ako8OAOuPDgA8TAIA4I4OAJjbAQDjSwIAaPcBAJ9JCQDKYQIAprkAAMl0AwDBDAwAGg0MAONLAgDAgw4AmNsBAPCIEQBRCAMAU1ALAKxQCwDjSwIA13INADBzDQDohRMAQYYTAJqGEwD5mREAprkAAGebAAA8TAIA4I4OAJjbAQDjSwIAaPcBAJ9JCQDKYQIAprkAAPDMBwBJzQcAI7ABAN0KEABo9wEAn0kJAMphAgCmuQAAPYUQALoZAABFUgEArSgAAOCODgA5jw4Ako8OAOuPDgB8FAMAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAKLYCAD/uQAA38QCADjFAgCRxQIAn0kJAPuJEQCtKAAArSgAAOCODgA5jw4Ako8OAOuPDgB8FAMAwJsAAA70AAA7uAMAwGMDACNMAADxawcACvwOABDvAQCKjgAAxeEKANeVAACY2wEAgSIQAEtuEADg5w4APEwCAJt0CgAmixAAJasCANXRBAAu0gQAh9IEAODSBAA50wQAktMEAOvTBABE1AQA7qMSAE8LEgBYggMAsYIDACjJDwBMDwAAI7ABAFEIAwBTUAsAn0kJAMjVAwBhGQAAuhkAAEVSAQA5ZAIAE54MAGyeDADFngwAHp8MADxMAgAwAxMAMJYAAAVyDgAjTAAA8WsHABZaCACTDQsA154RAG9aCADIWggAIVsIAChQBAA7ogEADlgCAONLAgBYggMAsYIDAAAAAADXlQAA4qEBAJjbAQDx2wEAStwBAONLAgDioQEAo+cCAALuDwCfSQkA40sCAIEiEABLbhAA4OcOANeeEQBvWggAyFoIACFbCADjSwIAh24DAMpUEQDVjgYA8dsBAJD5BgDt5AcAyNUDAHneAwDS3gMAfRYMANYWDAAvFwwAiBcMAOEXDAA6GAwAPEwCAJt0CgD0dAoATXUKANeeEQCY2wEA40sCAMCDDgAZhA4AmNsBAPHbAQD/zwIAI0wAACqDAgCY2wEAI0wAAF/mAQBhGQAA8w4AAMunAQAWWggAkw0LAND5BAAp+gQAWIIDALGCAwAAAAAA15UAAOKhAQCY2wEA8dsBAONLAgB2pwwATV4QAH7LDQDXyw0AMMwNAInMDQDizA0AO80NAJTNDQDAgw4AmNsBAPCIEQBRCAMAU1ALAONLAgAZWQIAclkCALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAyNUDADxMAgDgjg4AmNsBAONLAgAJRw0An0kJADljCgDjSwIA13INAO3NDQBGzg0AErENAGuxDQDEsQ0AHbINACOwAQB8sAEAlrMEAO+zBAD7iREAWIIDALGCAwAAAAAA15UAAOKhAQCY2wEA8dsBAErcAQDjSwIAHiYBAHcmAQAIkwMAwwcNABwIDQB1CA0ACUcNABhWAQBxVgEAUQgDAOKhAQCfSQkA+4kRAPMOAADjSwIACUcNAGJHDQC7Rw0AFEgNAG1IDQDGSA0AH0kNAMl0AwBnWAIA40sCADxMAgCbdAoA9HQKAE11CgDzDgAA40sCANdyDQAwcw0AiXMNAK0oAAAQ7wEAae8BAFanDQCvpw0AvAkAAGEZAAAcQQIArPgCAK0oAAAQ7wEAae8BAMLvAQAjTAAAX+YBALjmAQAR5wEAQgQQALwJAACY2wEAwmgNABtpDQB0aQ0AzWkNACZqDQB/ag0A2GoNADFrDQCKaw0AI0wAAF/mAQC45gEAEecBAEIEEACBvg4A4qEBAEJTBwBf5gEAuOYBALwJAAAFGQ4AwCoOABkrDgDV0QQAMJYAACNMAAC8CQAAZ5sAAMCbAAAO9AAAO7gDAGRwAgAWWggA6SULACNMAADzDgAAy6cBAJ9JCQD7iREABRkOABZaCACtKAAAZHACAGebAACnYwEAMY4AAO3kBwBZAAAARAwCAALuDwDzDgAAZHACAKa5AAAxmQEA1dEEADCWAAAjTAAAvAkAAAAAAAAjTAAAX+YBALjmAQAR5wEAQgQQAIG+DgDioQEAQlMHAAAAAADjSwIAPEwCAJVMAgDuTAIAuGoOABFrDgDzDgAAgb4OALByEQAJcxEAYnMRALtzEQAUdBEAZHACACOwAQA+XQUAO6IBAGebAAC8CQAAd58MAPMOAABZAAAAMUoKAMn5BwCtKAAAEO8BAGnvAQDC7wEAiPUQAGRwAgBnmwAAwJsAAA70AAA7uAMA7+AAAPVtAgB96Q8AY88SALzPEgAV0BIAyNUDAGEZAAC6GQAARVIBAGLZAgDDjBEAYG0PAJ9JCQD7iREAVIoRAK2KEQAGixEAX4sRALiLEQARjBEAaowRAMjVAwBnpBEA0tMCANWOBgAujwYAprkAACNMAADI1QMAmNsBAPHbAQD/zwIAIvoHAOEYBAA6GQQAkxkEAOwZBADKYQIASPUSAALuDwAFGQ4AXhkOALcZDgAQGg4AaRoOAKa5AAAxmQEAmNsBAPHbAQAFGQ4AXhkOALcZDgAQGg4AaRoOAMIaDgAbGw4AdBsOAM0bDgAmHA4AfxwOANgcDgAO/wEAZ/8BAA3EAwBmxAMAAu4PAAUZDgBeGQ4AtxkOABAaDgBpGg4AwhoOABsbDgB0Gw4AzRsOACYcDgB/HA4A2BwOAKTSEQCyAAAAhb8RAN6/EQA3wBEAYG0PANeVAADzDgAA/B8AAFUgAAAZnAAAZ5sAAMCbAAAO9AAAO7gDAO/gAAD1bQIAfekPAGPPEgC8zxIAFdASAMjVAwAAsgAAWbIAALKyAABi2QIAw4wRAGBtDwCfSQkA+4kRAFSKEQCtihEABosRAF+LEQC4ixEAEYwRAGqMEQDI1QMA8w4AANLTAgBf5gEAw1UMAH1OCQCnYwEAo7kOAMjVAwAOWAIAHiYBAH1OCQBhGQAAI0wAADGOAAA+lQIA8WsHABZaCACTDQsA40sCADxMAgCVTAIAmNAAACOwAQDzDgAA/B8AADdGDgA+UQwAymECANbqBwA+lQIAMY4AABznCQDjSwIAdqcMAMqtEQAjrhEAfK4RABznCQDI1QMAtqgCALtSDgAUUw4AbVMOAMZTDgDioQEAo+cCAPznAgBV6AIAZ5sAADGOAAD0GhIA40sCANeeEQDpJQsAI0wAAONLAgDXnhEArSgAAONLAgAeJgEAfU4JANZOCQB3JgEAmNsBAMCbAAAeJgEAvMYBABXHAQDPkgIAkwIKAF/mAQCfSQkA40sCAO6jEgBHpBIAoKQSAGdjAwD5mREAuhkAAEVSAQB8TAAA1UwAAPOTBADjSwIACUcNABhWAQBxVgEAgrYOANu2DgA0tw4ADlgCAGdYAgDXnhEA2iIQADMjEABnYwMA+ZkRAFKaEQDXlQAAMJYAACMUAwB8FAMA1RQDAC4VAwCHFQMA4BUDADkWAwBRCAMAqggDAAMJAwBcCQMAuGoOABFrDgBWpw0Ar6cNADxMAgCVTAIAhE0OAN1NDgA2Tg4Aj04OAOhODgBBTw4Amk8OAPNPDgAJRw0AYkcNAIW/EQDevxEAN8ARAJDAEQDpwBEAQsERAJvBEQCmuQAAkhYDAGE4EwAOWAIAkhULAOsVCwDXcg0AMHMNAIlzDQC/gA0AGIENAC4TEwDx2wEAkPkGALAaCQDjSwIAAAAAAJV3DgDjSwIAkhULADGOAAD5mREAn0kJACOwAQAC7g8An0kJAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEA3XsCAMjVAwBOKwQApysEAAAsBABybwQAy28EACRwBAB9cAQA1nAEAGdjAwA+lQIAZ2MDAD6VAgAAAAAAtYIOAONLAgCfSQkAbdkKAKZTDwD/Uw8AWFQPALFUDwDI1QMA7qMSAEekEgAjTAAAX+YBAOnYAwCrmwkAMY4AAHG6AgDjSwIAPEwCAJVMAgDuTAIAR00CAMqtEQAjrhEAfK4RAGEZAAAjTAAAMY4AAPs9AgDjSwIAdqcMAMqtEQAjrhEAfK4RABZaCADpJQsAMJYAACMUAwDAgw4Au8wRACNMAABf5gEAyfkHACNMAABf5gEA8dsBAMCDDgC7zBEAI0wAAF/mAQDJ+QcAI0wAAF/mAQDzDgAAy6cBACSoAQB9qAEA1qgBAExQDgClUA4A40sCAO6jEgBHpBIAoKQSAPmkEgDLpwEAJKgBAH2oAQDWqAEAWQAAABhWAQBxVgEAHiYBALzGAQDQ+QQA/B8AAFUgAADx2wEAaPcBAGoeBwDJ+QcAI0wAAPFrBwAWWggAHiYBAALkBgCLvA0AO6IBAJmFAgCKjgAAZ5sAAMphAgB3wA8Aio4AALaoAgDjSwIAHiYBAHcmAQDzDgAA0tMCAONLAgBYggMAsYIDAP/PAgDf7w4AYRkAACNMAADjSwIAUGkDAJIWAwDrFgMARBcDAJ0XAwAjsAEAMY4AAGDeAQDS0wIA4N0FAAlHDQAYVgEAcVYBAIK2DgDbtg4ANLcOAI23DgBNaREAUGkDAKlpAwCoWREAAVoRAFpaEQCzWhEADFsRAGVbEQDjSwIALHMCAOKhAQBCUwcAfEwAAONLAgB2pwwATV4QAKZeEAD/XhAAm1MHAFBpAwCpaQMAAmoDAKLYCABnmwAA8w4AAOfSAQDdewIAAl0SAFtdEgCjuQ4A/LkOAOKhAQBCUwcAX+YBAJ9JCQDjSwIALHMCAOKhAQBCUwcAfEwAAONLAgBQaQMAqWkDAAJqAwBbagMA15UAAMphAgAjTAAAX+YBALjmAQAR5wEAQgQQAK0oAAAQ7wEAae8BAMLvAQCBvg4A2r4OADO/DgCMvw4A5b8OABZaCAAWWggAgSIQAPFrBwBKbAcAo2wHAJ9JCQDjSwIA154RAOklCwAjTAAA40sCANdyDQAwcw0A154RAK0oAABnmwAAn0kJAPuJEQCfSQkA40sCAIEiEADxawcASmwHAKNsBwD8bAcAVW0HAK5tBwC8ggsA78gOAEjJDgCBIhAA8WsHAEpsBwCjbAcAn0kJAONLAgDXnhEA6SULACNMAADjSwIA13INADBzDQAK3AMALh8MADMjEADYzg4AMc8OAIrPDgDjzw4APNAOAJXQDgDu0A4AR9EOAKDRDgD50Q4AJN4OAH3eDgDW3g4AL98OAArcAwDxawcASmwHAKNsBwD8bAcAVW0HAK5tBwC8ggsAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGdjAwCtKAAAI0wAAF/mAQCvWQ4AgSIQAEtuEADg5w4A7qMSAE8LEgBnYwMA+ZkRAFKaEQDXcg0AMHMNAOiFEwBBhhMAmoYTAPmZEQCmuQAAZ5sAANeeEQCtKAAA40sCAHanDADKrREAI64RAHyuEQDjSwIAErENAGuxDQDEsQ0AHbINAJJkAgBNXhAApl4QAND5BAB2pwwATV4QAKZeEADQ+QQAErENAGuxDQATGgAAdqcMAMqtEQAjrhEAfK4RAMqtEQAjrhEAfK4RAGebAADioQEAUQgDAFNQCwDjSwIA15UAADCWAAD+JQIAVyYCALAmAgAJJwIAYicCALsnAgAUKAIAbSgCANTuDgAt7w4Ahu8OAONLAgDXlQAAMJYAAO/gAAD1bQIATm4CAF/mAQCfSQkA40sCAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEArSgAAAYpAADAmwAADvQAADu4AwDJdAMAZ1gCAJ9JCQDjSwIAErENAGuxDQDEsQ0AHbINAJJkAgBNXhAAoE0CAPlNAgBSTgIAq04CAONLAgCHbgMAVMIOAKa5AACmuQAAZ5sAAPMOAAAscwIAhXMCAD03EQCWNxEAErENAGuxDQDEsQ0AHbINAJJkAgBNXhAAoE0CAPlNAgBSTgIAq04CAARPAgBNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAKFAEAHYLDgBhGQAAKFAEAIFQBACBIhAAS24QAODnDgBQaQMAqWkDAAPcBgBc3AYAtdwGAA7dBgDAgw4AGYQOAMbZCgDXnhEAb1oIAMhaCAAJRw0A4qEBADuiAQCHbgMAylQRACNVEQAY+xAAWIIDALGCAwCQ+QYA6fkGAFTCDgCmuQAAprkAAGebAABnmwAA7qMSAE8LEgBnYwMAymECAEj1EgCQ+QYAsBoJAONLAgAJRw0AGFYBAHFWAQCrjxAABJAQAF2QEAC2kBAAD5EQANeeEQCtKAAA40sCANeVAAAwlgAAIxQDAHwUAwDVFAMALhUDAIcVAwDgFQMAErENABxBAgDknAIA8WsHAGebAADzDgAA40sCANeeEQCtKAAA40sCANeVAAAwlgAAIxQDAHwUAwDVFAMALhUDAIcVAwDgFQMAErENABxBAgDknAIAYRkAALoZAAAVuwgAZ5sAACNMAACNjAIA5owCAD+NAgCwGwEAzHIFANeeEQDKYQIAaPcBAGoeBwDJ+QcAI0wAAONLAgDXXQMAMF4DAIleAwD3iA4AErENAGuxDQATGgAAZ2MDAD6VAgCXlQIA8JUCAEmWAgCilgIA+5YCAFSXAgAeJgEAfU4JACNMAAB8TAAAEcQOAJ9JCQDjSwIAAu4PAJ9JCQDjSwIArLQMABZaCABvWggAI0wAAPFrBwAWWggAkw0LAMjVAwDXlQAAMJYAAO/gAABI4QAAmYUCAPQaEgD2AQEA5TsCAKy0DAAFtQwA154RAJMNCwDjSwIAZ2MDABS4BwCstAwAYRkAALoZAAAVuwgAZ5sAAKy0DAAFtQwAUQgDAKoIAwADCQMAXAkDANdyDQAwcw0AlKIBABZaCAAPqQIALHMCAOKhAQBCUwcAfEwAANWOBgDCaA0AI0wAAHxMAABkhgQAp24CAABvAgBZbwIAsm8CAAtwAgA8TAIAlUwCABznCQDzDgAAErENAChQBABnYwMAEJQRAGmUEQDClBEAG5URAHSVEQA7ogEADlgCAHanDADKrREAI64RAGRwAgAxjgAAYN4BALneAQAS3wEAa98BAMTfAQAd4AEACvwOAK0oAAAGKQAAwJsAAPHbAQBhGQAAprkAAGebAACI9RAATxYTAGdjAwBpiRAAxeEKANeVAAAxjgAAHOcJAKduAgAAbwIAFxkTAHAZEwAWIRMAbyETAMghEwAhIhMAeiITANMiEwAsIxMA4N0FANdyDQDtzQ0ARs4NABKxDQBrsQ0AxLENAB2yDQCstAwAI0wAANWOBgDCaA0AZ5sAAKy0DACtKAAAEO8BABznCQDzDgAA/B8AAKy0DADh3w4A1Y4GAMJoDQAjTAAAfEwAAGSGBAB2sg0AlUwCABznCQDzDgAAn7kDAMjVAwCKjgAAxeEKANeVAAAxjgAAHOcJAN17AgDjSwIA154RAMphAgAjTAAAMY4AAIu8DQA7ogEAZ5sAAJ9JCQDI1QMAWIIDALGCAwAAAAAA15UAAOKhAQCY2wEA8dsBAErcAQDjSwIAgSIQANoiEAAzIxAAUGkDAKlpAwDhGAQAOhkEAJMZBADsGQQARRoEAJ4aBADXnhEArSgAACONDgB8jQ4A1Y0OAC6ODgCHjg4AA4IOAFyCDgDXnhEAmNsBAONLAgASsQ0AZ5sAADGOAABxugIAdqcMAM+nDACfSQkA40sCANeeEQCtKAAA40sCANdyDQAwcw0Ai6UTAIemAAA5YwoAZ5sAAPMOAADjSwIAErENAGuxDQDEsQ0AHbINAJJkAgBNXhAApl4QAND5BADAgw4AEH4PAGl+DwDCfg8AG38PAHR/DwDNfw8AJoAPAH+ADwDYgA8AMYEPAIqBDwDjgQ8AHOcJAJjbAQDx2wEAkPkGALAaCQBkhgQA40sCAHanDABNXhAApl4QAND5BADS0wIAZ2MDAFEIAwCqCAMAi7wNAOS8DQAxjgAAymECAEj1EgA2fAIAwmgNABtpDQB0aQ0AzWkNACZqDQB/ag0Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAArcAwDxawcASmwHAKNsBwCfSQkA40sCANeeEQDpJQsAI0wAAONLAgAscwIAhXMCAIu8DQBCUwcA8WsHADuiAQAOWAIA40sCADxMAgDgjg4AmNsBAONLAgDXnhEAb1oIAMhaCACHsAkA4LAJADmxCQCSsQkA67EJAMCbAAAO9AAAO7gDACypDwCFqQ8A3qkPADeqDwCQqg8A6aoPAEKrDwCbqw8A9KsPAE2sDwCmrA8A/6wPAFitDwCxrQ8ACq4PAGOuDwDp2AMAIToFAHo6BQDTOgUALDsFAIU7BQDeOwUANzwFAJA8BQDpPAUAQj0FAJs9BQD0PQUATT4FAKY+BQD/PgUA6dgDACE6BQB6OgUA0zoFACw7BQCFOwUA3jsFADc8BQCQPAUA6TwFAEI9BQCbPQUA9D0FAE0+BQCmPgUA/z4FAA5YAgAOWAIAmNsBAPHbAQA4BhEAPlEMAD6VAgBf5gEAZ5sAAMCbAAAO9AAAO7gDAN17AgDXlQAAymECAOKhAQAWWggA6SULAPMOAACnbgIAAG8CAMTHDwAdyA8AdsgPAFgGEACxBhAAI0wAANeVAACY2wEAYRkAAGebAACfSQkArcIOAAbDDgBfww4AuMMOAEu8DwC3OhEAEDsRAJsEEAAJRw0AYkcNALoXEAATGBAAtqgCALtSDgBZAAAAMUoKAJ9JCQAAAAAA3XsCADGOAACLvA0A5LwNAONLAgDXnhEA6SULACNMAAAb8AEAh24DAFTCDgCwchEACXMRAGJzEQC7cxEAFHQRAG10EQBYggMAsYIDABcDEQBwAxEAyQMRAIEiEADaIhAAMyMQAMQrEQDzDgAAgb4OACOwAQAjTAAAyNUDAJ0tBQD2LQUATy4FAAlHDQBiRw0AuhcQAHneAwDS3gMAK98DAL4PAgC45gEAEecBAGEZAAAoUAQAO6IBAA5YAgDjSwIAh24DAPwfAAA5TQgAAu4PAMn5BwAjTAAAX+YBAJ9JCQDjSwIAgSIQANoiEAAzIxAAxCsRAIduAwDKVBEAI1URABj7EABx+xAAWQAAALIrDAALLAwAI0wAAAAAAACtKAAAEO8BAGnvAQD2yQMAWIIDALGCAwCQ+QYAYN4BAEwPAACTDQsAyNUDABPtAwBs7QMAxe0DAB7uAwB37gMA0O4DACnvAwCC7wMA2+8DAOklCwAjTAAAWQAAAIemAAAjTAAA40sCADxMAgCY2wEA67wKAB4mAQDjSwIAh24DAOdsEABAbRAA4qEBAFBpAwD/uQAAAu4PAFvuDwAWWggAmNsBALaoAgAG5BEAmMMPAPHDDwBKxA8Ao8QPAPzEDwBxugIAZ5sAAJ9JCQDjSwIAgSIQANoiEAAzIxAABuQRAJjDDwDxww8ASsQPAKPEDwD8xA8AZ5sAADGOAAAPqQIAn0kJAONLAgCBIhAA2iIQADMjEAAG5BEAmMMPAPHDDwBKxA8Ao8QPAPzEDwA8TAIAlUwCAO5MAgBHTQIAF1EQAHBREADJURAAZ+cPAMDnDwAZ6A8AcugPAMvoDwAk6Q8AI7ABAALuDwBb7g8A40sCAIEiEADaIhAAMyMQAAbkEQCYww8A8cMPAErEDwCjxA8A/MQPAHywAQDv4AAA40sCAIEiEADaIhAAMyMQAAbkEQCYww8A8cMPAErEDwCjxA8A/MQPAA+pAgCfSQkA40sCAIEiEADaIhAAMyMQAAbkEQCYww8A8cMPAErEDwCjxA8A/MQPAPMOAADjSwIAPEwCAJVMAgDuTAIAR00CAFiCAwCxggMAKMkPAIHJDwDayQ8AM8oPAONLAgCHbgMAVMIOALByEQAJcxEAYnMRALtzEQAAAAAA3QoQAONLAgA8TAIAlUwCAO5MAgDeRQ4AdqcMAMqtEQAjrhEAfK4RAJMNCwBnmwAAh24DAPwfAADQGRAAKRoQAIIaEADjSwIA154RAIEiEADaIhAArh4QAAcfEABgHxAAuR8QABIgEABrIBAA40sCANeeEQAjsAEAI7ABAALuDwDJ+QcAI0wAAPFrBwA7ogEACwEAAOd3EQDzDgAA40sCACfcEAA2CxAAI0wAANeVAABZAAAAprkAAP+5AADfxAIAOMUCAJHFAgAeJgEAdyYBAAiTAwDDBw0AHAgNAHUIDQAxjgAAcboCAJ9JCQA5YwoA7+AAAGEZAACmuQAA/7kAAN/EAgA4xQIAkcUCACNMAABf5gEAuOYBAP4CDwBXAw8AsAMPAAkEDwBiBA8AuwQPAPwfAADzDgAAAAAAAAAAAADTGQIALBoCAHtSEADUUhAA9gEBAHuVDgDg3QUA2JYRADGXEQCKlxEAR00CACNMAAAxjgAAHOcJAAAAAABQaQMAqWkDAAPcBgBTLhAArC4QAAUvEADzDgAATA8AACOwAQAC7g8A3XsCACOwAQB8sAEAA1USADuiAQCtKAAA7+AAAPVtAgB96Q8AAl0SAMCbAAAO9AAAO7gDAJ9JCQD7iREAymECACNiAgAUgQIA1Y4GAKahDgD/oQ4AUQgDAKoIAwADCQMAPl0FAJ9JCQD4SQkAPUISAPFrBwAWWggAkw0LAONLAgAscwIAhXMCAH3pDwBjzxIAvM8SABXQEgDAgw4Au8wRAFSKEQCtihEABosRAF+LEQC4ixEAEYwRAPFrBwAWWggAkw0LAONLAgAscwIAhXMCAH3pDwBjzxIAvM8SABXQEgDioQEAQlMHAF/mAQC45gEAyNUDAIEiEADaIhAAMyMQAAbkEQCYww8AL0MQAIhDEADhQxAAPEwCAJVMAgDuTAIAR00CABdREAAM4gUAZeIFAPgcDQDCaA0A/CkJADljCgDpJQsAI0wAAONLAgAAAAAA+4kRAMCbAAAO9AAAZ/QAAAAAAAAAAAAAh24DAFTCDgDioQEAQlMHAF/mAQC45gEAs+EFAMRjDgAdZA4AxCsRAPR0CgBNdQoAAAAAAC1TEAAq0QEArSgAABDvAQBp7wEAnckDAMjVAwAAAAAAdqcMAE1eEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAG3QOAHR0DgBYggMAsYIDAGj3AQBqHgcAyfkHACNMAADxawcAFloIAJMNCwDjSwIA13INADBzDQCnYwEAo7kOAPy5DgBVug4ArroOAAe7DgBguw4AubsOABK8DgBrvA4AxLwOAGdjAwAUuAcAErENAGuxDQAVuwgA9bkRAE66EQCnuhEAALsRAFm7EQCyuxEAC7wRAGS8EQC9vBEAFr0RAG+9EQBQaQMAqWkDAAJqAwBbagMAcv4RAB4mAQAC5AYAi7wNADuiAQAoUAQAO6IBAA5YAgDjSwIA13INADBzDQAIvg8AYb4PALq+DwATvw8AKoMCAOSEEADg3QUAAAAAAONLAgDXlQAAMJYAAKB4DgD5eA4AUnkOAKt5DgAEeg4AXXoOALZ6DgAPew4Ayq0RACOuEQB8rhEA7qMSAE8LEgAjTAAA7+AAAGebAABnmwAAYRkAAONLAgCBIhAA2iIQADMjEABZAAAAsgAAAAsBAADg3QUACL4PAGG+DwDg3QUAI0wAACqDAgDkhBAA4N0FAAAAAADjSwIAgSIQANUSEwDioQEA0PkEACn6BACC+gQA2iIQADMjEADYzg4AMc8OAIrPDgDjzw4APNAOAJXQDgDu0A4AR9EOAKDRDgD50Q4AJN4OAH3eDgDW3g4AL98OAIjfDgCfSQkAYRkAAM+SAgD0GhIAniUFAPZlAgBPZgIA9gEBAOU7AgAHIAgAkhYDAOsWAwBEFwMAio4AAJjbAQDrvAoA8w4AAOfSAQA7ogEAKFAEAND5BAD2ZQIAH1QOAJ9JCQDjSwIA13INADBzDQAjTAAAX+YBALjmAQAR5wEAb1oIAMhaCACHsAkAI0wAAI2MAgDXnhEAkw0LAONLAgCHbgMA/B8AANAZEAApGhAAghoQAGRwAgAxjgAAHOcJAHXnCQDO5wkAUGkDAJIWAwDrFgMARBcDAMphAgB3wA8Aio4AACOwAQAxjgAAtqgCAHn+DgDS/g4AK/8OAIT/DgDd/w4ANgAPAFiCAwDCaA0AMGkEAIlpBAA/2REAmNkRAPHZEQBK2hEAo9oRAPzaEQAAAAAAAAAAAJ9JCQAjTAAA40sCAFBpAwD/uQAA38QCADjFAgCRxQIA3QoQALwJAACvAA4ACAEOAGEBDgC6AQ4AvAkAAMphAgBPCxIArSgAAOCODgCY2wEA8dsBAGdjAwDBhg8AdecJALwJAAAVCgAA110DABHEDgBqxA4AMY4AAK0oAAAjTAAAX+YBAK9ZDgDjSwIAZ2MDAMGGDwB15wkAvAkAABUKAADXXQMAEcQOAGrEDgB2pwwAMY4AAIqOAACrmwkAvAkAABUKAADXXQMAEcQOAGrEDgB2pwwAMY4AAIqOAACrmwkAvAkAABUKAADXXQMAEcQOAGrEDgA+XQUAO6IBAMunAQA7ogEAMUoKAFGiEQCqohEAA6MRAFyjEQAAAAAAPEwCAJVMAgDuTAIA3rQQADe1EADjSwIAgSIQANoiEAAzIxAAxCsRAAAAAADjSwIAgSIQANoiEAAzIxAAxCsRAIduAwBUwg4A4qEBAEJTBwBf5gEAuOYBAAlHDQBiRw0AuhcQADxMAgCVTAIA7kwCAFBpAwCSFgMACDoDAKa5AABnmwAAOU0IACOwAQAC7g8An0kJAOdsEABAbRAAmW0QAPJtEABLbhAApG4QAMCDDgBBsw8ADmETAJmFAgA+lQIA8WsHABZaCACTDQsAZHACAB4mAQDzDgAAgSIQANoiEAAzIxAAxCsRAAlHDQBiRw0AuhcQADxMAgCVTAIA7kwCAIduAwBUwg4A4qEBAEJTBwBf5gEAuOYBAD9qDwA8TAIAlUwCAO5MAgBHTQIAyq0RACOuEQB8rhEAPEwCAJjbAQDrvAoAHiYBAJhqDwDXcg0ADlgCAGEZAAC6GQAAmNsBAPHbAQBK3AEA40sCANeVAAAwlgAABXIOAF5yDgC3cg4AEHMOAGlzDgDCcw4ATlYQAGvSEADE0hAAHdMQAN0KEAD2/xAA0BkQACkaEACCGhAA40sCANddAwARxA4AasQOAK4eEAAHHxAAYB8QALkfEAASIBAAayAQAONLAgDXXQMAEcQOAGrEDgAxjgAAio4AAKubCQDjSwIAh24DAPwfAADQGRAAKRoQAIIaEADjSwIA110DABHEDgBqxA4AgSIQANoiEACuHhAABx8QAGAfEAC5HxAAEiAQAGsgEADjSwIA110DABHEDgBqxA4AAAAAAPs9AgAjTAAA15UAAJjbAQDx2wEAiPUQAFkAAACyAAAATisEAKcrBAAALAQAWSwEAHanDABNXhAAoE0CAPlNAgBSTgIAq04CAARPAgC1VwIAWIIDAMJoDQBQaQMAqWkDAAPcBgASsQ0Az5ICACiTAgAAAAAAiPUQAOH1EAB1jREAzo0RACeOEQCAjhEA3kUOAAlHDQBiRw0AuhcQAMjVAwCLjxEA5I8RAD2QEQDI1QMAcboCACNMAABf5gEAn0kJAMjVAwDjSwIA40sCAONLAgDI1QMA40sCAONLAgDjSwIA40sCAONLAgAjCQIAfAkCAFiCAwCxggMAkPkGAGDeAQBMDwAAkw0LAMjVAwBZAAAAxJsLAJjbAQAjTAAAX+YBAJ9JCQDI1QMA40sCAONLAgAOWAIA4qEBAND5BADS0wIAX+YBAK9ZDgDx2wEAStwBAMjVAwDjSwIAdqcMAE1eEACQ1hMA6dYTAELXEwCb1xMA9NcTAE3YEwCm2BMA40sCANeVAAAwlgAAcgsDAEJTBwCbUwcAaPcBACwNEQBZAAAA4qEBAEJTBwBf5gEAr1kOAFEIAwDioQEAO6IBADBpBAAxjgAAvK4PAMEMDAAJRw0ARAwCAJ0MAgA+lQIArSgAAOCODgCY2wEAHiYBAONLAgCHbgMAVMIOAOKhAQBCUwcAX+YBAMJoDQDjSwIAPEwCAJt0CgAmixAAf4sQANiLEAAxjBAAiowQAOOMEAA8jRAAZ2MDAK0oAAAjTAAAX+YBAK9ZDgCjMxIA/DMSAFU0EgCuNBIABzUSAGA1EgDkFQ4A40sCADxMAgDgjg4AOY8OAJKPDgCHbgMA52wQAEBtEACZbRAA8m0QAMpUEQAjVREAGPsQAHH7EADK+xAAZ2MDAMphAgBc5g8AteYPACNMAABf5gEAVMIOAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAADADEwCVTAIA7kwCAEdNAgBCBBAAmwQQAPQEEADgjg4AOY8OAJKPDgCHbgMA52wQAEBtEACZbRAA8m0QAMpUEQAjVREAGPsQAHH7EADK+xAAZ2MDAMphAgBc5g8AteYPACNMAABf5gEAVMIOAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAADADEwBNBRAApgUQAP8FEABg3gEA40sCAMW/DwDjSwIAPEwCAJVMAgDuTAIAuGoOABFrDgAAAAAAWIIDAMJoDQDI1QMAdqcMADlNCACSTQgA9BoSAJ4lBQD8HwAAn0kJAMjVAwDioQEAO6IBAK0oAADgjg4AO7gDAJ3JAwD2yQMAgSIQANoiEAAzIxAAxCsRAB0sEQC3OhEAEDsRAN91CwA4dgsAkXYLALhqDgARaw4AdqcMAMqtEQAjrhEAfK4RAOp2CwAXURAADOIFAGXiBQD0igwATV4QAJDWEwDp1hMAQtcTAJvXEwAJRw0ARAwCAALuDwBb7g8AYN4BAPwfAABYggMAsYIDAAqDAwBVjwIAiPUQACMJAgB8CQIAKtEBAJIVCwAfVA4AOU0IAPVtAgB96Q8AY88SALzPEgAV0BIAnckDAPbJAwCBIhAA2iIQADMjEADEKxEAHSwRALc6EQAQOxEA0tMCACvUAgD5mREAn0kJAPhJCQBxugIAn0kJAGRwAgAWWggA6SULAGebAADAmwAADvQAADu4AwAO/wEAZ/8BAEQMAgAC7g8AI0wAAF/mAQCBIhAAMY4AAGDeAQAIvg8A4qEBAKPnAgCfSQkA40sCADxMAgCVTAIA7kwCAEdNAgCHbgMAVMIOAKa5AACmuQAAZ5sAAPMOAADn0gEArSgAADADEwDVShAALksQAIdLEADgSxAAOUwQAIj1EADh9RAAOvYQAMpUEQALYxEAZGMRAL1jEQAWZBEA60wQAERNEACdTRAA40sCAONLAgDjSwIAwIMOABmEDgBnmRAAYRkAALAbAQBI6hEA40sCAHanDABNXhAApl4QAP9eEACbUwcAh24DAFTCDgCmuQAAprkAAGebAADzDgAA59IBAK0oAAAwAxMAhCsTAN0rEwBkhgQAyNUDAIzKDwAeJgEAHiYBAALkBgBxugIAZIYEAONLAgD7PQIAVD4CAK0+AgAGPwIAXz8CALg/AgBhGQAAZ5sAACNMAAAS3wEAn0kJAONLAgCBIhAA2iIQADMjEADEKxEAlUwCAO5MAgBHTQIAh24DAFTCDgCmuQAAprkAAGebAADzDgAA59IBAK0oAAAwAxMALHMCAIVzAgA9NxEAZ5sAAMCbAADx2wEAgSIQANoiEAAzIxAAprkAADGZAQAO/wEAZ/8BAEQMAgAC7g8AI0wAAIEiEADaIhAAMyMQAGdjAwAQlBEAaZQRAMKUEQAblREAdJURAM2VEQAmlhEAyNUDAAAAAAAAAAAA4qEBAND5BAAIvg8AZ5sAAFkAAAAYVgEA8dsBAP/PAgCSFgMAPpUCAF/mAQCmuQAAAAAAAE8WEwA8TAIAlUwCAO5MAgBHTQIA5sIPADgcEwDnbBAAQG0QAJltEADybRAA40sCAIEiEADaIhAAMyMQAMQrEQAdLBEA13INADBzDQBg3gEAud4BABLfAQBr3wEAxN8BAB3gAQDzDgAAp24CADxMAgCVTAIA7kwCALhqDgARaw4AdqcMAMqtEQAjrhEAfK4RAGEZAADjSwIAdqcMAMqtEQAjrhEAfK4RANeeEQCi2AgA+9gIAFTZCACt2QgABtoIAF/aCAC42ggAFloIACNMAAB8TAAA1UwAAPOTBADjSwIAdqcMAMqtEQAjrhEAfK4RAGEZAACfSQkAbdkKADuiAQAOWAIAyNUDAPMOAABZAAAAMUoKAMn5BwDdewIANnwCAMphAgB2pwwATV4QAEWpEQCeqREA96kRAFCqEQDzDgAAMY4AAO3kBwBZAAAARAwCAO6jEgBc5g8AteYPAA7nDwAWABAAI7ABAALuDwBb7g8AtO4PAMCbAAAO9AAAO7gDAK0mEAAAAAAAp24CAKduAgDlyg8APssPAJfLDwCoLgUA40sCAIEiEADaIhAAMyMQAMQrEQAdLBEA2i0RAGozEQDDMxEAHDQRAHU0EQDONBEAJzURAIA1EQDZNREAI7ABAHywAQDAbQwA8w4AAONLAgAjsAEAPl0FALaoAgAPqQIAiPUQAJStAgDtrQIARq4CAJ+uAgDjSwIAdqcMAE1eEACmXhAA/14QAJtTBwCHbgMAylQRACNVEQA+lQIA15UAAHG6AgDkFQ4A/B8AAHanDADKrREAI64RAHyuEQAscwIAhXMCAIu8DQBCUwcAm1MHAIduAwDKVBEAI1URAD6VAgDXlQAA40sCANeeEQCtKAAA40sCAIEiEADaIhAAMyMQAJ9JCQBt2QoAplMPAP9TDwDdChAANgsQACOwAQAC7g8AW+4PADljCgCwDhAACQ8QAN0KEAA2CxAA+4kRAPMOAAD8HwAAOU0IAALuDwDJ+QcAI0wAAF/mAQD7PQIArSgAABDvAQBp7wEAwu8BAFkAAACyAAAACwEAAOd3EQBZAAAAN3QCAJB0AgDpdAIAQnUCAJt1AgD0dQIAFloIAOklCwAjTAAAprkAADGZAQAO/wEAfU4JAPMOAADdewIAAl0SAFtdEgCjuQ4Ar1kOAA70AADCaA0AWQAAACNMAABf5gEAymECAFzmDwAxjgAAcboCAJ9JCQBt2QoAO6IBADBpBACJaQQAP9kRAJjZEQDx2REAStoRACqDAgBvWggAWQAAAOKhAQA7ogEADlgCAONLAgBnYwMArSgAACNMAABf5gEAr1kOAD/DDwD8HwAA8w4AAOfSAQDLpwEAFloIAJMNCwDjSwIAh24DAMpUEQAjVREAGPsQAHH7EADzDgAA40sCAKduAgCnbgIA40sCACNMAABf5gEAuOYBABHnAQDAgw4AGYQOAGeZEADAmRAAGZoQAHKaEADLmhAAJJsQAHayDQCbdAoAJosQAH+LEADYixAAMYwQAONLAgDuoxIATwsSAK0oAADgjg4AmNsBAPHbAQDXcg0AQlMHAPMOAADjSwIACUcNAGJHDQCFvxEA8dsBAGEZAAAjTAAA40sCAGdjAwD5mREAn0kJAONLAgAscwIAhXMCAD03EQCWNxEAUGkDAJIWAwAIOgMAprkAAGebAAA5TQgAI7ABAALuDwCfSQkAI0wAAI2MAgDmjAIAP40CAGBtDwBgbQ8AsBsBAGebAADAmwAADvQAAGRwAgC9cAIAFnECAG9xAgDIcQIAZHACAK0oAAAQ7wEAae8BAFanDQCvpw0ACtwDAC4fDAAzIxAABicQAJVMAgDuTAIAR00CAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAU1ALAKxQCwDkFQ4Ay6cBABZaCACTDQsAZ5sAADGOAAD5mREAprkAAJjbAQDx2wEAkPkGAD6VAgDxawcAFloIAJMNCwBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAFV5AAA+lQIA8WsHAND5BACtKAAAm3QKAGebAACfSQkAn0kJAPuJEQBUihEAMUoKAFGiEQCqohEA+4kRAGEZAACmuQAAZIYEAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAWQAAAFkAAABEDAIAPl0FAKa5AACSFgMAPpUCAPFrBwAWWggAkw0LAKa5AAAxmQEAutYBAKMzEgBf5gEAp2MBAH7LDQDXyw0Ap2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAGEZAAC6GQAAFbsIACNMAADVjgYApqEOAAK4AgDzDgAAy6cBAGebAABhGQAAI0wAAKa5AAAxmQEAutYBABPXAQBs1wEAxdcBAB7YAQB32AEAnswEAPfMBAB1eAcAzngHACd5BwCAeQcA2XkHADJ6BwCLegcA5HoHAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAX+YBAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAjTAAAMY4AAIu8DQA7ogEAZ5sAAMCbAAAjsAEAMY4AAJjQAAAwlgAABXIOAKubCQAEnAkAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAD5dBQA7ogEAKFAEAEJTBwDxawcAMY4AABznCQA+XQUAlK0CADGOAAA+lQIA8WsHABZaCACTDQsAZ5sAAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQA+lQIAMY4AADGOAACKjgAA444AADyPAACVjwAA7o8AAJjbAQDx2wEAKMkPAEwPAADpJQsAmNsBAKa5AABnmwAArSgAABDvAQBp7wEAVqcNAK+nDQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBAA5YAgDBDAwAGg0MAGj3AQCfSQkAymECAKa5AACmuQAAMZkBALrWAQAT1wEAbNcBAMXXAQAe2AEAd9gBAJ7MBAD3zAQAdXgHAM54BwAneQcAgHkHANl5BwAyegcAi3oHAOR6BwDioQEAo+cCAPznAgBV6AIArugCAAfpAgBg6QIA8w4AANLTAgAr1AIAPpUCAF/mAQBnmwAAp2MBAABkAQBZZAEAsmQBAAtlAQBkZQEAvWUBABZmAQBRgQ4AqoEOAGebAACnYwEAkNYTAOnWEwBC1xMAm9cTAPTXEwBN2BMAptgTAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAFGBDgCqgQ4AprkAADGZAQAO/wEAZ/8BAEQMAgAC7g8AI0wAAPFrBwAWWggAkw0LAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAFGBDgCqgQ4A8WsHAEpsBwCjbAcA/GwHAFVtBwCubQcAB24HALXbDgAO3A4AZ9wOAMDcDgAZ3Q4Act0OAMvdDgAWZgEAUYEOAKqBDgDXlQAAMJYAAAVyDgCrmwkABJwJAF2cCQC2nAkAD50JAGidCQBt2QoAFloIAGebAACnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAFGBDgCqgQ4A8w4AAJcEBQDwBAUAAu4PAKdjAQAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAUYEOAKqBDgCeJQUA9yUFAFAmBQCpJgUAAicFAFsnBQC0JwUADSgFAGYoBQC/KAUAGCkFABZmAQBRgQ4AqoEOAK0oAAAjsAEAZIYEAO/gAAD1bQIAZIYEAPMOAACXBAUA8AQFAALuDwCnYwEAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBAFGBDgCqgQ4AAAAAAONLAgAAAAAA40sCADxMAgCVTAIA7kwCAEdNAgCnbgIAAG8CAAEkBABaJAQAsyQEAAwlBADXcg0AMHMNAKOBEQD8gREAVYIRAK6CEQAHgxEAYIMRALmDEQCnbgIAAG8CAIduAwDnbBAAQG0QAJltEADybRAAPekRANeeEQCY2wEA40sCAFiCAwDwiBEASYkRAKKJEQDjSwIAgSIQANoiEAAzIxAAxCsRAIEiEADVEhMA1UwAAPOTBABMlAQAgn4RAI1/EQDmfxEAP4ARANdyDQDtzQ0A59IBAIG+DgBnmwAA8w4AAIduAwBMDwAAHiYBAH1OCQCBIhAA2iIQADMjEADEKxEAHSwRACxzAgBnmwAAwJsAAPHbAQCHbgMA52wQAEBtEACZbRAA8m0QAMphAgBkhgQA40sCAIduAwD8HwAAymECAHfADwBg3gEA0tMCAPFrBwAxjgAA+ZkRAFKaEQDuoxIATwsSAMCbAAAOWAIAHiYBAALkBgD5mREAYRkAAONLAgBnYwMA+ZkRAJ9JCQDjSwIAUGkDAKlpAwAD3AYANR4RANWOBgAujwYAymECACNiAgB8YgIAKoMCAJjbAQDkFQ4ALHMCAIVzAgB96Q8AY88SALzPEgAUuAcACUcNABhWAQBxVgEAUQgDAOKhAQCfSQkA+4kRAMCbAADjSwIAh24DAFkAAAAxSgoAyfkHAOKhAQAK/A4Am3QKAGebAACfSQkA40sCADxMAgDgjg4AmNsBAHanDADKrREAI64RAHyuEQAscwIAhXMCAH3pDwBjzxIAvM8SANoiEAAzIxAAUGkDAJIWAwBg3gEA/B8AAGB4EACyKwwACywMAIemAAAwlgAAcgsDAEJTBwAAAAAArSgAAJjbAQCZhQIA7eQHAH1OCQDv4AAAFloIAJjbAQC2qAIAAAAAAGebAADAmwAADvQAADu4AwAjTAAAX+YBALjmAQAR5wEAprkAAJIWAwBg3gEA/B8AAO/gAAD1bQIAfekPAGPPEgC8zxIAFdASACNMAABf5gEAuOYBABHnAQCmuQAAkhYDAGDeAQD8HwAAKFAEADuiAQAOWAIA40sCAIEiEADaIhAAMyMQAFBpAwCSFgMAYN4BAPwfAABgeBAAsisMAAssDACHpgAAMJYAAHILAwBCUwcAAAAAAK0oAACY2wEAmYUCAO3kBwB9TgkA7+AAABZaCACY2wEAtqgCAAAAAABnmwAAwJsAAA70AAA7uAMAI0wAAF/mAQC45gEAEecBAKa5AACSFgMAYN4BAPwfAADv4AAA9W0CAH3pDwBjzxIAvM8SABXQEgAjTAAAX+YBALjmAQAR5wEAprkAAJIWAwBg3gEA/B8AAJcODgDwDg4ASQ8OAKIPDgD7Dw4AVBAOAK0QDgCnbgIAAG8CAJcODgDwDg4AdqcMAMqtEQAjrhEAfK4RAKduAgBYggMAsYIDABcDEQBwAxEAyQMRACIEEQDjSwIALHMCAEjhAAC88gUAFfMFACNMAABf5gEAYRkAAONLAgCBIhAAS24QAPMOAABMDwAAkw0LAONLAgBYggMAsYIDABcDEQBwAxEAyQMRACIEEQDjSwIALHMCAEjhAAC88gUAFfMFACNMAABf5gEAYRkAAONLAgCBIhAAS24QACOwAQB8sAEAymECAONLAgBYggMAsYIDABcDEQBwAxEAyQMRACIEEQDjSwIALHMCAEjhAAC88gUAFfMFACNMAABf5gEAYRkAAONLAgCBIhAAS24QAGSGBAC9hgQAFocEAJjbAQDjSwIAgSIQANoiEAAzIxAAsgkRAAsKEQCmXhAA/14QAFhfEACxXxAACmAQAGNgEAC8YBAAFWEQAG5hEADXlQAAmNsBACNMAAB8TAAA1UwAAPOTBADjSwIAgSIQANoiEAAzIxAA8WsHADuiAQAOWAIA40sCAIduAwDKVBEA2t8RADPgEQCM4BEAMUoKAJ9JCQCI9RAA4fUQAK0oAAAwAxMAiQMTAOIDEwA7BBMAlAQTAO0EEwBGBRMAnwUTAPgFEwBRBhMAqgYTAAMHEwBcBxMAtQcTAA4IEwBnCBMAwAgTABkJEwByCRMAywkTAMjVAwB8TAAAORQTAJIUEwDrFBMAmNsBAOu8CgDv4AAA9W0CAMphAgBI9RIA40sCAHanDABNXhAAoE0CAPlNAgBSTgIAq04CAARPAgAAAAAA40sCAFiCAwCxggMA/88CAN/vDgA48A4AkfAOAOrwDgCHbgMAPYUQAJaFEADvhRAASIYQAKGGEAD6hhAAh24DAD2FEACWhRAA74UQAEiGEAChhhAA+oYQAHanDABNXhAAoE0CAPlNAgBSTgIAq04CAARPAgCI9RAATxYTAGdjAwBpiRAAxeEKANeVAAAxjgAAZ2MDAGmJEADF4QoA15UAADGOAAAc5wkA40sCAIj1EABPFhMAqBYTAAEXEwBaFxMAsxcTAAwYEwBlGBMAvhgTACOwAQAjsAEA40sCAMCDDgAZhA4AcoQOAMuEDgDwiBEAO6IBAA5YAgDjSwIA13INAEJTBwBf5gEAw1UMAPMOAACtKAAAI0wAAONLAgBQaQMAqWkDAAPcBgA1HhEAjh4RAOceEQBAHxEADlgCAJIVCwDrFQsA40sCAFBpAwCpaQMAA9wGADUeEQCOHhEA5x4RAEAfEQCY0AAA8w4AAPwfAACfSQkA40sCAO6jEgBHpBIAyNUDACMJAgCoFhMAz6cMAJ9JCQDjSwIA154RAK0oAADjSwIA13INADBzDQBhGQAAZ5sAAMCbAADjSwIAdqcMAE1eEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEAh24DAMpUEQAjVREAhNQCAN3UAgDjSwIAgSIQANWOBgCmoQ4A/6EOAFiiDgCI9RAA4fUQAIj1EADh9RAAOvYQAJP2EABQaQMAkhYDAGE4EwC6OBMAEzkTAGw5EwDFORMAHjoTAHc6EwDQOhMAiPUQAOH1EABnYwMAymECAFzmDwBRCAMAU1ALAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAFmYBACxzAgCFcwIAPTcRAJY3EQCBIhAA1RITANVMAADQoAQAGYQOAJjbAQDx2wEA/88CACNMAADjSwIAUGkDAJIWAwBhOBMAujgTABM5EwDXnhEArSgAAONLAgCBIhAA1RITANVMAAA8TAIA4I4OACOwAQAjsAEAfLABAO/gAADioQEAO6IBAA5YAgDjSwIAdqcMAE1eEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQCY2wEA8IgRADuiAQAOWAIA40sCANddAwAwXgMA+ZkRAJ9JCQAjsAEAPl0FADuiAQAOWAIA40sCANeeEQCtKAAA40sCAIEiEADVEhMA1UwAAD1NEwCWTRMA700TAEhOEwChThMA+k4TAFNPEwCsTxMABVATAF5QEwC3UBMAEFETAGlREwCnbgIAAG8CAB2FEQD5mREAuhkAAEVSAQB8TAAA1UwAAPOTBADjSwIAdqcMAE1eEAAAZAEAWWQBALJkAQALZQEAZGUBAL1lAQAWZgEA154RAKLYCAD72AgAVNkIAK3ZCAAG2ggAX9oIALjaCACtwg4ABsMOAF/DDgC4ww4AaucBAAAAAAAAAAAAAAAAAONLAgASsQ0Ai6UTAOSlEwA9phMA13INADBzDQDohRMAQYYTAJqGEwDzhhMATIcTAGdjAwCwGgkAn0kJAGSGBAAxjgAAcboCAGEZAADjSwIAZ2MDALAaCQCfSQkACUcNAGEZAACLpRMA5KUTAD2mEwDXcg0AMHMNAOiFEwBBhhMAmoYTAPOGEwBMhxMAZ2MDALAaCQCfSQkA8w4AANLTAgAr1AIAHOcJAHXnCQDJdAMAwQwMAB4mAQDjSwIA13INADBzDQDohRMAQYYTAJqGEwDzhhMATIcTAO6jEgAjYgIAfPIHACMUAwAjsAEAAu4PANdyDQAwcw0A6IUTAEGGEwCahhMA84YTAGdYAgDjSwIAyXQDAMEMDAAaDQwAErENAIulEwDkpRMAPaYTANdyDQAwcw0A6IUTAEGGEwCahhMA84YTAEyHEwBZAAAAGFYBAHFWAQBRCAMA4qEBAJ9JCQD7iREAwJsAAOQVDgDS0wIA1Y4GAKahDgA+lQIAX+YBAA5YAgBkhgQAyNUDAJ0tBQD2LQUATy4FAKguBQAscwIA4qEBAEJTBwB8TAAA40sCAHanDABNXhAAAGQBAFlkAQCyZAEAC2UBAGRlAQC9ZQEAp24CAABvAgDExw8AS24QAODnDgBYggMAsYIDAMCbAADCaA0A40sCAAlHDQBiRw0AuhcQAFkAAAAeJgEA40sCAHanDADKrREAI64RAAAAAAB8rhEAqFkRALM6BgAC5AYA+ZkRAJ9JCQDjSwIAPEwCAJVMAgDuTAIAR00CACxzAgDioQEAQlMHAHxMAADjSwIAdqcMAE1eEACmXhAA/14QAJtTBwBQaQMAqWkDAAJqAwCVdw4A7ncOAO53DgBWbxAAKtEBAKUvCwD+LwsAVzALAO4/EQBHQBEAWQAAABhWAQBxVgEAgrYOANu2DgA0tw4AjbcOAE1pEQBQaQMAqWkDAKhZEQABWhEAWloRALNaEQAMWxEAZVsRAD5dBQAK/A4AY/wOAMn5BwBkhgQAprkAAP+5AABIFw4AoRcOAPoXDgBWpw0Ar6cNAGebAADAmwAADvQAADu4AwDJdAMAZ1gCADGOAADVEhMA1UwAAPOTBABMlAQAZ2MDAMBjAwCzkg4AgSIQANoiEAAzIxAABicQAJVMAgDuTAIAuGoOABFrDgBLbhAA4OcOAIduAwD8HwAAZ5sAAIEiEADVEhMA1UwAADxMAgAwAxMAhCsTAN0rEwA2LBMAh24DAMpUEQAjVREAhNQCAN3UAgDjSwIAgSIQANWOBgCmoQ4A/6EOAFiCAwCxggMAiPUQAJjbAQDCaA0A40sCAB4mAQAC5AYAUQgDAFNQCwDgjg4AmNsBAONLAgAeJgEAdyYBAJjbAQDx2wEA13INADBzDQCtKAAA4I4OAJjbAQAeJgEAAuQGAD6VAgDxawcAFloIAGebAADJ+QcA8MwHACNMAADxawcAFloIAJMNCwDjSwIAPEwCAJVMAgDuTAIAR00CADxMAgDgjg4AmNsBAONLAgCBIhAAMY4AAGDeAQDVEhMA1UwAAPOTBABMlAQAgn4RAI1/EQDmfxEAP4ARADxMAgCVTAIA7kwCAN60EAA3tRAA40sCAIEiEADaIhAAMyMQAHeqDQDQqg0AKasNAIKrDQDbqw0ANKwNAI2sDQDmrA0A5/MEAED0BACoWREAAVoRAA3EAwBmxAMAAu4PALneAQBoCxQAwQsUAHaxFQB+iA8AZIYEAEDTAQDPTRQA1tIVAJ9JCQADQQAAGgwUAHMMFADPTRQA2+0TAOtOAABHdxYA1tIVAJ9JCQDW0hUA1tIVAJ9JCQDPTRQAo60VANbSFQBHdxYADlgCAFUgAACwGwEAR3cWALAbAQA/SBQAP0gUAJ9JCQD7iREAYCEAALAbAQBK0QAAStwBAEvoEwBL6BMA1tIVAErcAQDW0hUA0BkQADEGFACKBhQAirgUAGgLFADBCxQAtw0VAEd3FgC8CQAAz00UADEGFACKBhQAsBsBAKwBFAAMhxUAZYcVACRuFAAOWAIAP0gUABJMFABrTBQAaAsUAMELFABTDBUAHiYBAE8WEwA/SBQAqwkUAD9IFACTDQsAggMWAIq4FADPTRQAWi0VANbSFQC8CQAAvAkAAL4jFAAXJBQAcCQUAEd3FgDzDgAAGRQUAHIUFAAZFBQAchQUAGV8FABHdxYA4OcOAJ3JAwCfSQkAq5sJAJ9JCQC+IxQAFyQUAHDhFQCwGwEAviMUABckFABw4RUAVSAAAGgLFADBCxQAgZMCAONLAgDtzQ0Az00UAMjVAwDg5w4A4OcOAONLAgAjTAAAP0gUAAMSFABGEBQAduABAKB3FgCgdxYARhAUAH0VFADWFRQALxYUAOS8DQCWvQ0Az00UAKSGAgAZFBQAchQUAD9IFABGEBQAnxAUABkUFABJXBUAGRQUAElcFQC/fxUAP0gUAKcpFADjSwIAo60VAEXVFQAC1xUAySQUAONLAgBKVBUAqDcWAAE4FgAmlhEAySQUACIlFACsARQAySQUAHYLDgDjSwIAviMUABckFAC+IxQAFyQUAL4jFAAXJBQA+r0VAIq4FACzOBYADDkWAN17AgBGEBQArAEUABkUFAByFBQA3XsCAJ9JCQDjSwIAR3cWAONLAgCoNxYAATgWAOAeFABZQBYAz00UAMjVAwDPTRQA4N0FAODdBQDg3QUAyNUDABznCQBPCxIAWCgLAE8LEgBAHxEAQB8RACNMAAAh9g4AnnwVABYsFAD2AQEA8w4AAPMOAADeLhQA6xQTAPYBAQCgbBUA8w4AAOsUEwA/SBQAP0gUAD9IFAA/SBQAP0gUAKwBFACsARQAP0gUAD9IFAA/SBQAP0gUAD9IFAA/SBQArAEUAKwBFACsARQAP0gUAD9IFAA/SBQArAEUAKwBFAAgNRQArAEUAKwBFAA/SBQAP0gUAD9IFADjSwIA40sCALHvFQC8CQAAse8VALwJAAD+ORQAJDcPAONLAgBHdxYAR3cWALwJAAASkQIA0FAVABKRAgBHdxYAdNgPAEd3FgAZ0RUAR3cWABnRFQATqBUAR3cWABnRFQBHdxYAGdEVAEd3FgAZ0RUAR3cWAP45FACCqhUAZ2MDAEd3FgD8HwAAGdEVAIKqFQAZ0RUA0FAVAIGTAgBHdxYA/B8AAJjbAQClLwsA40sCAPMOAADzDgAAP0gUAD9IFAAjsAEAWUAWAL4jFAAXJBQAyNUDAM9NFABHdxYA8w4AAK5KFADjSwIAORYDAPwfAABkhgQAkhULAGEZAACfSQkARLIJAJ9JCQC5rxUAvAkAAIq4FADb7RMAySQUACIlFACeGgQAviMUABckFABw4RUAm1MHAEd3FgDjSwIA40sCAMkkFAAiJRQARs4NAM9NFABKVBUAdMEVAFlAFgDzDgAAtLgCAO/gAADv4AAA7+AAAEd3FgDv4AAAEpECAPQaEgBHdxYAtLgCAEd3FgCfrgIAGdEVAECkFQCZpBUAPVgUAEd3FgAtPBYAhjwWAAO7AwCwGwEAR3cWAFl4EwC8CQAAR3cWAFkAAABhGQAA+4kRANvtEwBkhgQAxFcVAFkAAAAZ0RUAvAkAAEd3FgBaLRUAvAkAAM9NFAC8CQAAvAkAAOMRFQDPTRQA2+0TAEpUFQDS0wIAZIYEAH5mFAAe+QQAfNEEAGhkFACG2gQAoHcWALAaCQCsARQADIcVAGWHFQBUthUAW84EAL4jFAAXJBQAcOEVAL58FACsARQAR3cWAHLeBgBQzQQArLMUAKwBFAA/SBQAP0gUAL4jFAAXJBQAP0gUABJMFABrTBQATA8AAM9NFABNdQoAAu4PAM9NFAAGXhUABl4VAM9NFADfihUA8UgUAMAgBQDjSwIAz00UAC9vFABK3AEAR3cWAONLAgDjSwIA40sCAKB3FgDjSwIA2+0TAEd3FgDjSwIAz00UAFlAFgASTBQAa0wUAO+9DQBn3QYA/zwVAKy0DADdChAAR3cWAK5tBwBHdxYAvIILAFeTFABgIQAAz00UAC9vFACIbxQADh4VAEd3FgDS0wIAAu4PAM9NFACjrRUA9gEBAP88FQCssxQAdQgNAGO7AADKYQIA40sCAKwBFAAMhxUAZYcVAL4jFAAjgRUA3QoQABAOFQDb7RMA8w4AALAbAQABexQA5AkVAD0KFQAOHhUAI0wAAKwBFAAMhxUAZYcVAFS2FQCtthUADh4VACNMAAAOHhUAI0wAAK35EwDehxQAR3cWAONLAgBHdxYA40sCAM9NFACjrRUAirgUAM9NFADAbBQAGW0UAHJtFADwAhUA40sCADsPFADPTRQAP0gUABJMFABrTBQAxpUUAG0GBwDb7RMAggMWAEbODQCgdxYAP0gUAKB3FgA/SBQA7Q8UAMjVAwBgpBQAuaQUABKlFADAbBQAGW0UAHJtFADLbRQAVAQVAGCkFAC5pBQAEqUUAK35EwCaUAYArAEUAAyHFQBlhxUAVLYVAK22FQBYMwwAR3cWANLTAgBHdxYA/zwVANvtEwDg3QUAUM0EAD2xFABf5gEAP0gUABJMFABrTBQAZx4VAGAhAACsARQADIcVAGWHFQBHdxYAyNUDAFS2FQCtthUAcwILAA4eFQAjTAAAo6IUAPyiFABVoxQABrcVAK5tBwCjohQAP0gUAKaVFQCsARQAoHcWAD9IFAASTBQAoHcWAALuDwDjSwIAWUAWABJMFABrTBQA+d0HAM9NFACjrRUAR3cWAOuPDgDPTRQAR3cWAE+dBwCXtBUAi7sVAEpUFQCsARQAoHcWABkUFAByFBQAn0kJAHQPFQBgpBQAuaQUABKlFABZQBYAEkwUAGtMFAB+ZhQA0tMCAD2xFAAC7g8Al7QVAEd3FgAC7g8A40sCAFRdFQCfSQkAUQgDAJe0FQDwtBUASbUVAK35EwCwGwEAz00UAEpUFQBHdxYAPbEUAEtuEADb7RMAPbEUAOQVDgCsARQAl7QVAKwBFACXtBUAP0gUAKB3FgCgdxYAoHcWAD9IFAASTBQAa0wUAMBsFAAZbRQAcm0UACIwFQAGtxUAX7cVAP88FQBgIQAAy20UABd9FACXtBUA8LQVAEm1FQCitRUAWUAWAPFIFACJfRYA1XYUAC53FACJfRYAo6IUAJe0FQCsARQADIcVAGWHFQCsARQADIcVAGWHFQBHdxYAQ4wVAK9ZDgBHdxYAAu4PAEd3FgDpDwkA2+0TAONLAgBK3AEAsBsBAM9NFADfihUA8UgUAEtBFAAAAAAAn0kJAAAAAAD5dxYAz00UAN+KFQDxSBQAS0EUAAAAAACfSQkAAAAAAEd3FgBHdxYAdrEVAEd3FgB2sRUAR3cWAHaxFQD5dxYAR3cWAAZeFQCgdxYAP0gUAD9IFAASTBQAa0wUAM9NFAB2Cw4Ao60VAODnDgCsARQADIcVAGWHFQDjXxQAR3cWABnRFQAjTAAAOxoVACOBFQCwGgkALYoVAIaKFQBw4RUAZIYEAJe0FQDwtBUASbUVAM9NFADPTRQAADUVAD9IFAASTBQAa0wUAFWOCgAAAAAAvOUUABXmFABu5hQARLIJAKaVFQD/lRUAWJYVAEd3FgCt+RMAr1kOALUJAwAC7g8Az00UAEd3FgDEVxUAdpwLAK35EwBHdxYAkw0LAIq4FAC+IxQAFyQUABkUFAByFBQArAEUAAyHFQBlhxUAMGkEAM9NFABHdxYA98wEAD9IFAA/SBQAEkwUAGtMFACfSQkAYCEAAD9IFABxgBUAP0gUABJMFABrTBQANVUWAAAAAACsARQADIcVAGWHFQDPTRQAL28UAIhvFADb7RMAz00UAJ0WCwD/PBUA2+0TANAmAQBKVBUAAAAAAEd3FgD/PBUA2+0TANAmAQCv9BQArAEUAAyHFQBlhxUA34oVAPFIFABHdxYAz00UAD9IFAASTBQAa0wUAEd3FgBkhgQAFT8VAONLAgBKVBUAgQAVAD9IFAD2AQEAo40KACNMAABKVBUAdMEVAGSGBABKVBUAStwBAEd3FgDAmwAABl4VADBpBAAeWxYADIcVAGWHFQBUthUArbYVAFOzFADjSwIA40sCAM9NFABw4RUAskAWALAbAQCKuBQA40sCAFMMFQBCUwcAL28UAIhvFABTsxQAO6IBAK/0FAAI9RQAYfUUAJ9JCQAAAAAAAAAAAAAAAABHdxYA/zwVAAAAAAAAAAAAAAAAAFMMFQCrFBUAI0wAAONLAgCwGwEAR3cWABnRFQD/PBUAn0kJAD9IFACssxQArLMUAD9IFADxSBQAnckDAIIDFgBZQBYA8UgUAODdBQCsARQABQIUAODdBQBnmwAAI0wAAAkbCQBHdxYAMY4AAAkbCQCgdxYA4hkVAFOzFAC+IxQAFyQUAPq9FQAvbxQAiG8UAL4jFAAXJBQA+r0VAC9vFACIbxQAI0wAACNMAABXkxQAKtEBAKaVFQD/lRUAWJYVAA4eFQBHdxYAZIYEAD9IFABHdxYA98wEAD9IFAASTBQAa0wUAPcjFQBQJBUA4N0FAODdBQBHdxYA98wEAPfMBABn3QYAVF0VANvtEwAAAAAAR3cWAEd3FgBnmwAAgbIVAONLAgDPTRQA98wEAEOMFQDjSwIAn2oMAA5YAgDfMRUAODIVAFkAAABZAAAArm0HAM9NFADjSwIAR3cWAEd3FgBhGQAArAEUAAyHFQBlhxUAJ68UAOuPDgBbzgQAP0gUABJMFABrTBQAiPUQAL4jFAAjgRUAolwVAFotFQCTDQsAWi0VAFotFQCfSQkAYRkAAIu7FQC+IxQAI4EVABckFACsARQAz00UAFotFQCzLRUADC4VAIIDFgAsORUAnYQVAD9IFAD3zAQAz00UAG0yCwC6OQsAxb8PAKATFQD5ExUAxb8PAMW/DwCBRAsAlA8UAOuPDgDPTRQAR3cWAEd3FgAGXhUAI0wAAM9NFABHdxYATxYTAM9NFACwGwEA40sCAM9NFAA9sRQA9YwVAGEZAAABexQAggMWAIq4FABHdxYAR3cWAEd3FgBhGQAAYRkAAGEZAACKuBQAR3cWAEd3FgBhGQAAYRkAAGEZAABhGQAAYRkAAD9IFAASTBQAa0wUAEd3FgDjSwIAR3cWAONLAgBHdxYAsBsBANBQFQCwGwEA40sCAEd3FgC8CQAA0FAVALwJAABDjBUAre4SANBQFQDI1QMAEbgVAAAAAABkhgQAglEVAGSGBABHdxYAQ4wVAPeHFgDPTRQA94cWAEd3FgBKVBUA94cWADCWAAA/SBQAEkwUAGtMFABHdxYAdY0RALAbAQDb7RMA8w4AAPMOAADb7RMAAu4PAEOMFQDI1QMAR3cWAMjVAwCsARQADIcVAGWHFQA/SBQAEkwUAGtMFADjSwIA8dsBAEd3FgDjSwIAR3cWAM9NFABYPRUA40sCALAbAQDPTRQAR3cWAGSGBADjSwIAStwBABxgFQCwGwEArFALAIIDFgDPTRQAn0kJALwJAABHdxYA0FAVAAAAAAAZFBQASVwVAL9/FQB3nwwAGRQUAHIUFAB3nwwASlQVAKNUFQB3nwwAd58MAD9IFABxgBUAd58MAF/mAQC+IxQAI4EVAKwXFgC8CQAA40sCABkUFAByFBQAZXwUAE8WEwA/SBQAEkwUAGtMFACgxRUAz00UAKkvFgCjrRUAUC8WAM9NFADPTRQAoGwVAPlsFQBSbRUAoGwVAPlsFQBSbRUAq20VAARuFQCgbBUA+WwVAFJtFQCrbRUABG4VAKOtFQA/SBQAEkwUAGtMFACgxRUAz00UAKkvFgCjrRUAUC8WAM9NFAD8uQ4Az00UACNMAABRCAMAI0wAAFlAFgASTBQAa0wUAM9NFACTexUAn0kJAGSGBACNtw4AyNUDAIu7FQDvvBUARdUVAP45FAC1CQMAI4EVAObCDwDjSwIAKMkPAAAAAADkFQ4AAAAAAElcFQDWeRUAL3oVAIh6FQBNRxYApkcWABJMFABrTBQA40sCALwJAADg3QUA4N0FAIIDFgDjSwIArAEUAONLAgDPTRQAyNUDAM9NFAAvcQQAGdEVABnRFQCI9RAAz00UAEd3FgDjSwIAviMUABckFABZQBYAEkwUAGtMFABZQBYA40sCAJ9JCQBHdxYAn0kJAOF6FQBMUA4Akw0LALwJAACCAxYAOd4FAMEhFgBbagMA9gEBAEtBFAAZFBQAchQUAD7ADgCLuxUA77wVAIlzDQDjSwIAN5MVAIlzDQBF1RUAAtcVAIjfDgAjCQIArAEUAAyHFQBlhxUA40sCAEd3FgBHdxYAWUAWANLTAgDS0wIAWUAWAFlAFgCfSQkAIx0UAHwdFAAgmRUAFiwUAKwBFAA/SBQA8UgUAMBYAgBnYwMA59IBAMkkFACsARQAgVAEACMJAgBn3QYAH9oKACFbCAAOWAIAcfsQAEL6BgCfSQkAR3cWAALuDwCx7xUAORYDAD2dAgA5FgMAPZ0CAK2XAgCstAwAoHcWALUJAwCLuxUAR3cWALwJAADjSwIAbywUAPwfAACBUAQAqDcWAONLAgBHdxYARhAUAHbgAQBHdxYAggMWAGh6FgA53gUAR3cWAMjVAwDI1QMAyNUDAMjVAwDPTRQA4N0FAOZpDwDjSwIAz00UAONLAgBF1RUAAtcVAMNUFADjSwIA6osVAPFIFABwiBUA40sCACNMAADS0wIAdrEVAPMOAAAC7g8ASlQVAKwBFAAMhxUAZYcVAESyCQA/SBQAEkwUAGtMFAAGtxUAX7cVAC9vFACIbxQAL28UAIhvFAA/SBQA5mkPAKy+FQAC1xUA40sCAJfADgDTkRUAdbkVAF4YFgDW0hUAp+YVALaoAgBZAAAAyNUDAM9NFADjSwIA5mkPAAAAAADLFBQAIgQRAEXVFQDdChAAz00UAMBsFADW0hUAQgQQAEXVFQDdewIAR3cWAONLAgCdyQMAGRQUAPytFQDPTRQAAOcVAAr8DgD5mREA40sCAALXFQBVxQ8AYRkAAEXVFQAC1xUAVcUPALaoAgBF1RUAAtcVAFXFDwC+IxQAFyQUAHDhFQAi4hUA7sQVAEfFFQAExxUARdUVAALXFQBVxQ8ARdUVAALXFQBVxQ8ARdUVAALXFQBVxQ8AviMUABckFAAUdBEANgsQAL4jFAByeBUAWUAWAHGAFQBHdxYA40sCAK0oAACtKAAADlgCAGRwAgBL6BMAA88VAGBtDwCjrRUA40sCAEd3FgDjSwIAEecBAPOcFQDdChAA40sCAONLAgBmGxQAirgUALM4FgAXJBQA5sIPAMjVAwDjSwIAXi8QANWwAQDgjg4AoMUVAD9IFAAOWAIAWKIOAKDFFQDI1QMAoMUVAMjVAwDPTRQA40sCAEXVFQAC1xUAR3cWAL4jFAAXJBQAcOEVAEpUFQDjSwIA40sCAONLAgBlfBQA40sCAKl9FQAdLBEA8w4AAIZTEAAZFBQAz00UAONLAgCsARQAzXQOAIlzDQA1VRYAAAAAAIlzDQBAeBEA5LsVAGy/DwBC7RUAirgUAKiFFQBZQBYA8UgUAEXVFQDEKxEAS+gTAIq4FADkuxUAirgUAELtFQCKuBQARdUVAALXFQCxlhUAOWMKACNMAACoIRQA8w4AAONLAgCJcw0AZhsUAONLAgCiXBUAtqgCAPXlFQBbMBYAtDAWAGSGBABKVBUA/k8WAONLAgDjSwIAG2gVACMJAgBHdxYALJIVACySFQAskhUALJIVAA5YAgAOWAIAtaMRAONLAgC+IxQA8/UVAEXVFQDKMhYARdUVAB0sEQDjSwIA1tIVAJ3dFQC+IxQA/K0VAONLAgAA5xUAWecVAFwoFgCy5xUA40sCAONLAgBF1RUAHSwRANbSFQCd3RUAviMUAPytFQDjSwIA8awVAL4jFAAXJBQAWUAWAPFIFADjSwIAi7sVAO+8FQCCAxYAggMWAPYBAQDrgxUAEwEWAJ2EFQBPABEALJIVACySFQAskhUALJIVAONLAgD15RUA2VYUAMkkFACRJxQASlQVADUeEQCBkwIAIzMWAHJ4FQDW0hUAz00UAC40FgDPTRQAz00UAONLAgDPTRQA40sCAONLAgDPTRQAz00UAONLAgDPTRQA40sCAP/YEwCCAxYAyNUDAGBtDwBgbQ8ASlQVAONLAgDrjw4AAOcVAFnnFQAj/BAAn0kJAIQrEwC+IxQAFyQUAOuPDgAA5xUAWecVACP8EACfSQkAhCsTAPjNFQBRzhUAviMUACOBFQC/fxUAAAAAAEpUFQDPTRQAz00UAJ3JAwA/SBQARdUVAF4YFgBpOxEA+BsVACOBFQCsFxYAnyYWAFlAFgBxgBUAyNUDAFEcFQBw4RUAX+YBAEd3FgCujwIAWQAAAKDFFQBF1RUAXhgWAGk7EQAjTAAAP0gUAJ9JCQDjSwIAviMUABckFACEKxMAOvYQAMjVAwDI1QMAKtEBACrRAQAq0QEAKtEBAM9NFACstAwAyNUDAF6/FQAq0QEA40sCAONLAgDjSwIAAAAAAAAAAABF1RUAyjIWAL4jFAAXJBQAhCsTAJY3EQBHdxYARdUVAF/mAQBHdxYARdUVAKg3FgABOBYAz00UAONLAgDjSwIAZIYEAJ9JCQBnmwAA40sCAPXlFQBbMBYAtDAWAA0xFgBmMRYAvzEWABgyFgDI1QMAviMUABckFAD6vRUAAOcVAFnnFQA9vBUAlrwVAIIDFgCCAxYAggMWAIIDFgBF1RUAiXMNAEYQFAB24AEAAG8CAL4jFAAjgRUAiNMVAFlAFgASTBQAA88VAHA6FgDJOhYAIjsWAHs7FgBZQBYA8UgUABHbCABZQBYAz00UAMjVAwD1PhYAyNUDAALuDwBvABAABMcVAA3vDwA/SBQAggMWAKnWFQDjSwIAAG8CALcYFgC3GBYAAG8CALe/FQAZbRQAcCQUAONLAgCCAxYAyNUDAEXVFQDvFRYA3XsCAAA1FQBHdxYA8w4AAEd3FgBZQBYAcYAVAPMOAABF1RUAxCsRAAPPFQBwOhYAyToWACI7FgB7OxYA1DsWAATHFQADzxUAcDoWAMk6FgAiOxYAezsWANQ7FgCfSQkAGRQUAHIUFABL6BMAQHgRAPy5DgCfSQkAo9oRAONLAgAn3BAAAG8CAABvAgCCAxYAAAAAAAAAAACwGwEAZhsUAEd3FgCwGwEAo60VALAbAQCjrRUAGRQUAElcFQCwGwEARdUVAALXFQC+IxQAFyQUAKwBFAAMhxUAZYcVAONLAgCsARQArAEUAKwBFABgpBQArAEUAKwBFACsARQArAEUABkUFABJXBUArAEUAGCkFACsARQAF4gVAKwBFAAXiBUArAEUABeIFQCmlRUAF4gVAKwBFAAXiBUArAEUABeIFQADaxQAF4gVAKwBFAAXiBUAviMUABckFAAAAAAALywWAADnFQBZ5xUAYlEWAPcuFgBF1RUAAAAAAONfFAB9KxYAAAAAAEd3FgBF1RUAR3cWAADnFQBZ5xUAAAAAAN17AgCgxRUAFdASAONLAgBZQBYAoMUVABXQEgBF1RUAAtcVAEd3FgCCAxYAP0gUAODdBQCgxRUA4N0FAEXVFQAC1xUAR3cWAIIDFgA/SBQA4N0FAKDFFQDg3QUAf2kVANhpFQAxahUAWUAWAHGAFQAAbwIA4OcOAODnDgDg5w4ARdUVAALXFQDHYRAARdUVAMjVAwDjdRYAJAoTAONLAgDI1QMAz00UAGEZAAAC7g8AySQUAHmZFQCb7RUAm+0VAMkkFAAiJRQAHOcJAAR5FgDI1QMAyNUDAPMOAADzDgAAwlwUAM9NFAB8CQIArAEUAEd3FgA69hAAiX0WADr2EABHdxYArAEUANvtEwBHdxYA2+0TAKwBFAAMhxUA2+0TAPh/FgBRgBYArAEUAMjVAwDTkRUAz00UAONLAgDjSwIA40sCAPeHFgDjSwIA40sCAONLAgD3hxYA40sCAM7nCQD3hxYAR3cWAEyHEwDjSwIA40sCAPeHFgDPTRQAwGwUABltFABybRQArAEUABZmAQBKVBUA1tIVAJ3dFQDjSwIAWUAWAPFIFAC+IxQAFyQUAHDhFQBbagMAR3gOAMIZFgDBIRYAAu4PADxrFQBJXBUAv38VAN0KEAA/SBQAcYAVAN0KEABHdxYAHOcJAONfFAD1jBUARdUVAALXFQC+IxQAI4EVAKwXFgBHdxYA2+0TAFiiDgBKVBUAYRkAAEd3FgCTDQsAviMUABckFABw4RUACL4PAONfFAB9KxYAviMUAPP1FQBF1RUAxCsRAEd3FgA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAgAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAAAAIACAACAAAAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIAAAACAAQAAAAMAAIADAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAAAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAACAAAAAgAMAAIACAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAAAAIADAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAAAAgAMAAAADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAgAAgAMAAIADAAAAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAQAAgAIAAIADAACAAAAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAIABAACAAgAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAIAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIADAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAQAAgAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAAADAACAAwAAgAMAAAADAAAAAwAAgAEAAIACAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAgAAAAIAAAACAAwAAAAAAAIADAACAAQAAgAIAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAIAAIADAACAAwAAgAMAAIAAAACAAQAAgAIAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIACAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAgAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAACAAQAAgAIAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAIACAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAgAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAQAAgAIAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAACAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAgAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAIAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAAAAIADAACAAAAAgAEAAIACAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIACAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAAAAACAAQAAgAEAAAABAAAAAQAAgAAAAIABAAAAAQAAAAAAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAAAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAIABAACAAgAAgAMAAIABAACAAgAAgAMAAIAAAACAAQAAgAEAAIACAACAAwAAgAAAAIABAACAAwAAgAEAAIACAACAAwAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAIAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAADAACAAAAAgAEAAIABAACAAwAAAAEAAAABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIACAACAAwAAgAAAAIABAACAAgAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIACAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIAAAACAAAAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIAAAACAAQAAgAAAAIABAACAAgAAgAEAAIACAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEGAAAAQACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQYAAABAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAIAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAgAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEGAAAAQACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgBAAgAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQYAAABAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAQACKAAAAAQAAAAAAAAAAAAAAAAEAAGBAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAgAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAACAAEAAAwAAAAIAAAABAAAACA5ggBAoCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAFBAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAIoAAAABAAAAAAAAAAAAAAAAAAAAYEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAIAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAgAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAIAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAEAQAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAEAAAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAQMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAEAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAACEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAIgAAAAEAAAAADmCAUCAICBCgEkAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAIQAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAgABAAAMAAAAiAAAAAQAAAAgOYIBQKAgIEKASQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAQYAAABAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQYAAABAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAIAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAQAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAkAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABEAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQEQAAAAA4AAAAAAAAAACgAgAAAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEGAAAAQACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABgAAAACAAQAAAABAAAAAwQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAADAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAYAAAAAAAAgAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAGAAAAAAAAIAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAEAAAAIABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgABAAAMAAAACAAAAAQAAAAAOYIAQIAgIEKAQQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEGAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAkAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAYAAAAAgAEAAAAAAAEAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAQAAABAAAAAAAAAAAgAAAAQAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQYAAABAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAGAAAAAIABAAAAAAAAAADBAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAQAADAAAAAgAAAAEAAAAADmCAECAICBCgEEAAAIAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABgAAAEAAAAAMAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAMEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAEAAAAAAAAAACAAAABAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAABAAAACAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABBgAAAEAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAEAAAwAAAAIAAAABAAAAAA5ggBAgCAgQoBBAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAkAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAGAAAAQAAAAAwAAAAAAAAAAAAAAAAAQAAAAgAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAQAAAAAAAAAAIAAAAEAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAA=="},"index":{"lists":[[18,19,20,48,49,132,134,135,136,284,348],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,127,128,129,130,132,134,135,136,140,145,146,180,181,184,185,187,199,200,201,204,205,206,207,221,222,230,233,244,246,247,251,252,265,278,284,294,297,298,299,304,305,306,311,324,325,336,339,348,350,352,355,357,358,359,360,362,364,365,367,368,369,372,373,374,375,376,390],[1,2,4,5,6,7,8,9,10,11,13,18,19,20,21,22,24,25,26,27,28,48,49,70,71,72,73,74,75,76,77,78,80,81,82,83,84,87,88,89,90,91,92,93,94,95,96,97,98,99,103,104,108,109,111,112,113,114,115,116,117,118,119,120,121,122,123,126,127,128,129,130,132,134,135,136,140,145,146,154,159,180,181,184,185,187,199,200,201,204,205,206,207,212,213,214,221,222,230,233,244,246,247,248,251,252,265,278,284,294,297,298,299,300,304,305,306,311,316,324,325,336,339,348,350,352,355,357,358,359,360,362,364,365,367,368,369,372,373,374,375,376,379,380,381,390],[18,19,20,48,49,132,134,135,136,284,291,348],[5,18,19,20,26,48,49,70,71,101,125,132,134,135,136,254,277,284,308,310,348,353,376,379,396],[18,19,20,26,48,49,132,134,135,136,171,172,173,284,348,382,383,384,385,386,387,388],[6,7,18,19,20,48,49,132,134,135,136,284,311,348],[18,19,20,48,49,100,102,132,134,135,136,284,348],[18,19,20,29,30,37,48,49,132,134,135,136,238,273,284,348,369,389],[11,13,15,18,19,20,29,30,37,48,49,113,132,134,135,136,145,146,178,179,208,209,238,273,284,348,369,374,375],[12,13,15,18,19,20,23,29,30,37,48,49,132,134,135,136,171,172,173,234,238,273,284,348],[15,18,19,20,29,30,37,48,49,132,134,135,136,238,273,284,348],[13,15,18,19,20,29,30,37,48,49,73,99,106,108,109,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,242,247,249,250,251,252,261,267,268,269,270,273,281,284,288,290,299,301,302,303,304,305,306,323,334,341,342,343,344,345,346,347,348,361,390],[13,15,18,19,20,29,30,35,37,48,49,73,99,106,108,109,111,114,119,120,132,134,135,136,163,171,172,173,174,193,220,221,222,224,228,237,238,242,247,249,250,251,252,261,267,268,269,270,273,281,284,288,290,299,301,302,303,304,305,306,323,334,341,342,343,344,345,346,347,348,361,390],[18,19,20,48,49,116,132,134,135,136,284,348],[18,19,20,48,49,56,57,58,64,65,132,134,135,136,144,227,241,282,284,285,287,289,292,316,348,349,367],[18,19,20,48,49,132,134,135,136,175,284,348,402],[17,18,19,20,48,49,132,134,135,136,284,348],[1,13,15,18,19,20,26,27,29,30,32,37,48,49,132,134,135,136,171,172,173,202,203,229,238,273,274,276,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,36,37,47,48,49,50,53,132,134,135,136,171,172,173,177,202,203,238,273,284,348,351,354,355,359,360,390],[4,13,15,18,19,20,24,25,26,28,29,30,37,48,49,77,132,134,135,136,171,172,173,202,203,238,273,284,311,348,355,359,360,373,390],[6,13,15,18,19,20,26,29,30,31,37,48,49,59,132,134,135,136,171,172,173,202,203,204,238,240,273,275,284,286,348,355,359,360,378,390],[0,2,9,13,14,15,18,19,20,21,24,26,29,30,37,48,49,52,62,63,66,67,129,132,134,135,136,171,172,173,196,202,203,204,217,223,226,238,273,284,311,313,338,348,355,356,359,360,363,366,368,370,390,391,394,397,398,401,403],[3,5,13,15,16,18,19,20,26,28,29,30,32,37,39,44,48,49,52,62,66,67,69,74,80,83,84,107,110,130,131,132,134,135,136,140,142,148,149,152,158,164,171,172,173,176,182,185,188,196,202,203,204,211,215,216,219,225,232,235,236,238,243,244,255,263,266,273,276,283,284,293,294,311,312,328,340,348,354,355,359,360,390,399,404],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,271,273,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,273,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,204,238,273,284,348,355,359,360,390],[13,15,18,19,20,22,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,273,284,321,348,351,355,359,360,390],[13,15,18,19,20,26,29,30,37,44,46,48,49,52,132,134,135,136,171,172,173,202,203,238,273,283,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,273,284,348,355,359,360,390,395],[13,15,18,19,20,26,29,30,32,34,37,48,49,128,132,134,135,136,171,172,173,202,203,204,210,238,273,276,280,284,348,355,359,360,380,390,392,393],[13,15,18,19,20,26,28,29,30,33,34,37,48,49,123,131,132,134,135,136,143,147,165,171,172,173,198,202,203,211,238,257,273,284,315,320,331,332,348,355,359,360,380,390],[13,15,18,19,20,26,29,30,37,48,49,51,80,132,134,135,136,142,150,171,172,173,181,187,188,202,203,231,238,244,273,283,284,294,329,333,348,355,359,360,390],[9,13,15,18,19,20,26,28,29,30,37,40,41,48,49,68,105,132,134,135,136,155,156,171,172,173,202,203,204,238,273,284,348,350,355,359,360,390],[13,15,18,19,20,21,26,29,30,33,37,48,49,51,52,86,132,134,135,136,151,153,171,172,173,187,202,203,218,238,273,283,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,38,42,43,48,49,54,55,75,79,91,132,134,135,136,141,157,160,162,166,171,172,173,183,189,190,191,192,194,195,197,202,203,207,238,239,245,246,256,259,262,264,265,273,279,284,295,296,297,298,314,318,319,326,327,330,335,337,339,348,352,355,359,360,371,377,390],[13,15,18,19,20,25,26,27,28,29,30,37,48,49,95,132,133,134,135,136,171,172,173,202,203,238,273,284,348,355,359,360,390],[7,13,15,18,19,20,26,29,30,37,48,49,132,134,135,136,171,172,173,202,203,238,273,284,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,45,48,49,51,52,132,134,135,136,171,172,173,202,203,204,238,272,273,283,284,338,348,355,359,360,390],[13,15,18,19,20,26,29,30,37,45,48,49,51,132,134,135,136,171,172,173,202,203,238,273,283,284,348,355,359,360,390],[18,19,20,29,30,48,49,132,134,135,136,139,161,167,168,169,170,186,258,260,284,317,322,348,400],[18,19,20,48,49,103,132,134,135,136,284,348],[13,15,18,19,20,26,29,30,37,48,49,60,61,132,134,135,136,171,172,173,238,273,284,348,355,359,360,390],[18,19,20,48,49,70,132,134,135,136,284,348],[18,19,20,48,49,71,76,78,81,82,132,134,135,136,284,348],[18,19,20,48,49,72,132,134,135,136,284,348],[18,19,20,48,49,85,89,90,92,132,134,135,136,284,348],[18,19,20,48,49,88,112,132,134,135,136,284,348],[18,19,20,48,49,88,132,134,135,136,137,138,284,348],[18,19,20,48,49,88,113,115,132,134,135,136,284,348],[18,19,20,48,49,88,132,134,135,136,284,348],[18,19,20,48,49,93,96,98,112,132,134,135,136,284,348,362],[18,19,20,48,49,94,113,115,122,132,134,135,136,284,348,381],[18,19,20,48,49,97,132,134,135,136,206,284,348],[18,19,20,48,49,112,132,134,135,136,284,348,362],[18,19,20,48,49,115,132,134,135,136,284,348],[18,19,20,48,49,121,127,132,134,135,136,284,348,362,381],[18,19,20,48,49,124,132,134,135,136,253,284,307,309,348],[18,19,20,48,49,132,134,135,136,205,284,348],[18,19,20,48,49,132,134,135,136,284,348,362],[18,19,20,48,49,132,134,135,136,284,348,381],[18,19,20,48,49,118,132,134,135,136,212,213,214,284,348,365],[5,18,19,20,26,48,49,70,71,118,132,134,135,136,212,213,214,284,348,365,376,379],[18,19,20,26,48,49,118,132,134,135,136,212,213,214,284,324,325,348,365],[6,7,18,19,20,48,49,118,132,134,135,136,212,213,214,284,311,348,365],[18,19,20,48,49,118,132,134,135,136,212,213,214,284,348,365,369],[11,13,18,19,20,48,49,113,118,132,134,135,136,145,146,212,213,214,284,348,365,369,374,375],[13,18,19,20,48,49,118,126,132,134,135,136,212,213,214,284,324,325,348,365],[13,18,19,20,48,49,73,99,104,108,109,111,114,117,118,119,120,132,134,135,136,212,213,214,221,222,233,247,248,251,252,284,299,300,304,305,306,324,325,348,365,390],[18,19,20,48,49,116,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,118,132,134,135,136,154,212,213,214,284,316,348,365,367],[1,8,13,18,19,20,26,27,48,49,118,132,134,135,136,212,213,214,284,324,325,348,355,357,358,359,360,365,372,390],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[4,13,18,19,20,24,25,26,28,48,49,77,118,132,134,135,136,212,213,214,284,311,324,325,348,355,357,358,359,360,365,373,390],[6,13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[2,9,10,13,18,19,20,21,24,26,48,49,118,129,132,134,135,136,204,212,213,214,284,311,324,325,348,355,357,358,359,360,364,365,368,390],[5,13,18,19,20,26,28,48,49,74,80,83,84,118,130,132,134,135,136,140,180,185,204,212,213,214,244,278,284,294,311,324,325,348,355,357,358,359,360,365,390],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,230,284,324,325,348,355,357,358,359,360,365,390],[13,18,19,20,26,48,49,118,132,134,135,136,204,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[13,18,19,20,22,26,48,49,118,132,134,135,136,159,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[13,18,19,20,26,48,49,118,128,132,134,135,136,204,212,213,214,278,284,324,325,348,355,357,358,359,360,365,380,390],[13,18,19,20,26,28,48,49,118,123,132,134,135,136,212,213,214,284,324,325,348,355,357,358,359,360,365,380,390],[13,18,19,20,26,48,49,80,118,132,134,135,136,181,187,212,213,214,244,278,284,294,324,325,348,355,357,358,359,360,365,390],[9,13,18,19,20,26,28,48,49,118,132,134,135,136,204,212,213,214,284,324,325,348,350,355,357,358,359,360,365,390],[13,18,19,20,21,26,48,49,118,132,134,135,136,180,184,187,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[13,18,19,20,26,48,49,75,91,118,132,134,135,136,180,207,212,213,214,246,265,284,297,298,324,325,339,348,352,355,357,358,359,360,365,390],[13,18,19,20,25,26,27,28,48,49,95,118,132,134,135,136,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[7,13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,284,324,325,348,355,357,358,359,360,365,390],[18,19,20,48,49,103,118,132,134,135,136,212,213,214,284,348,365],[13,18,19,20,26,48,49,118,132,134,135,136,212,213,214,284,324,325,348,355,359,360,365,390],[18,19,20,48,49,70,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,71,76,78,81,82,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,72,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,89,90,92,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,87,88,112,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,88,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,88,113,115,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,93,96,98,112,118,132,134,135,136,199,212,213,214,284,336,348,362,365],[18,19,20,48,49,94,113,115,118,122,132,134,135,136,201,212,213,214,284,348,365,381],[18,19,20,48,49,97,118,132,134,135,136,206,212,213,214,284,348,365],[18,19,20,48,49,112,118,132,134,135,136,212,213,214,284,348,362,365],[18,19,20,48,49,115,118,132,134,135,136,212,213,214,284,348,365],[18,19,20,48,49,118,121,127,132,134,135,136,212,213,214,284,348,362,365,381],[18,19,20,48,49,118,132,134,135,136,200,212,213,214,284,348,365],[18,19,20,48,49,118,132,134,135,136,201,212,213,214,284,348,365],[18,19,20,48,49,118,132,134,135,136,205,212,213,214,284,348,365],[18,19,20,48,49,118,132,134,135,136,212,213,214,284,348,362,365],[18,19,20,48,49,118,132,134,135,136,212,213,214,284,348,365,381]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,13,12,12,12,12,12,12,12,12,0,0,14,15,16,0,17,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,40,0,0,41,42,0,18,19,20,21,22,23,24,25,26,27,25,28,29,30,31,32,25,33,34,35,36,37,38,39,25,25,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,43],[9679,44],[8250,45],[9135,46],[215,47],[10095,48],[10003,49],[8595,50],[10008,51],[10004,52],[9472,53],[10007,54],[8730,55],[10006,56],[8505,57],[9762,0],[9888,0],[8617,0],[8226,58],[10060,59],[9654,60],[65123,60]],"plainDefault":0,"spaced":[61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,62,63,61,61,64,61,61,61,65,61,66,67,61,68,68,68,68,68,68,68,68,68,68,61,61,69,70,61,61,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,88,89,61,71,72,73,74,75,76,77,72,78,79,72,72,72,80,81,82,72,83,84,85,86,87,78,72,72,72,61,61,61,61,61],"spacedOther":[[160,61],[5760,61],[8192,61],[8193,61],[8194,61],[8195,61],[8196,61],[8197,61],[8198,61],[8199,61],[8200,61],[8201,61],[8202,61],[8232,61],[8233,61],[8239,61],[8287,61],[12288,61],[65279,61],[9676,90],[9679,91],[8250,92],[9135,93],[215,94],[10095,95],[10003,96],[8595,95],[10008,97],[10004,98],[9472,99],[10007,100],[8730,101],[10006,102],[8505,61],[9762,103],[9888,103],[8617,104],[8226,105],[10060,106],[9654,107],[65123,107]],"spacedDefault":61,"blank":61}}},"markers":{"key":"\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,}\\\\s*$/\\n/^(?:\\\\[\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d\\\\] )?(?<name>[\\\\w./+-]{0,300}\\\\.t) \\\\.{2,} (?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^Dubious, test returned \\\\d{1,3} \\\\(wstat \\\\d{1,6}, 0x[0-9a-f]{1,6}\\\\)\\\\s*$/\\n/^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$/\\n/^(?:ok(?:\\\\s{1,20}\\\\d{1,9} m?s\\\\b[^\\\\n]{0,200})?|skipped: [^\\\\n]{0,500})\\\\s*$/\\n/^(?:not )?ok \\\\d{1,6}\\\\b|^1\\\\.\\\\.\\\\d{1,6}\\\\b|^Bail out!/\\n/^(?<name>[\\\\w./+-]{0,300}\\\\.t)\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: \\\\d{1,6}\\\\)\\\\s*$/\\n/^Test Summary Report\\\\s*$|^Files=\\\\d{1,9}, Tests=\\\\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\\\\s*$/\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,4}FAIL {1,4}(?<name>\\\\S[^\\\\n]{0,300}? {1,4}\\"[^\\"\\\\n]{1,300}\\")$/\\n/^\\\\s{0,4}Total:\\\\s{1,10}\\\\d{1,9}$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{0,2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Started: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Finished: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Skipped: {5}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^ {13}=> Reason: /\\n/^Reported: {4}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Registered: {3}(?<name>[^\\\\n]{1,600}? \\\\(\\\\[engine:[^\\\\n]{1,2000}\\\\))$/\\n/^Test execution (?:started\\\\. Number of static tests: \\\\d{1,9}|finished\\\\.)$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF\\\\\\\\]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?<name>\\\\.\\\\/\\\\S{1,300}_spec\\\\.rb:\\\\d{1,6}:\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[14,15,87,89,90,91],[14,15,34,35,36,37,38,39,40,41,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,67,68,70,71,72,73,74,75,76,77,78,79,80,81,83,84,85,86,87,89,90,91,94,98,99,124,125,126,127,128,135,136,137,140,141,142,155,156,163,166],[14,15,34,35,36,37,38,39,40,41,43,44,45,46,47,49,50,51,52,53,54,55,56,57,58,59,60,64,65,67,68,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,89,90,91,94,98,99,106,111,124,125,126,127,128,135,136,137,140,141,142,147,148,149,155,156,163,166],[14,15,34,35,62,82,87,89,90,91],[14,15,87,89,90,91,118,119,120],[14,15,61,63,87,89,90,91],[0,1,6,14,15,87,89,90,91],[0,1,6,14,15,72,87,89,90,91,98,99,122,123,143,144],[0,1,6,14,15,87,89,90,91,118,119,120,167],[0,1,6,14,15,37,60,66,67,68,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[0,1,5,6,14,15,37,60,66,67,68,70,73,78,79,87,89,90,91,114,118,119,120,121,131,154,155,156,158,161,168],[14,15,75,87,89,90,91],[14,15,21,22,28,29,87,89,90,91,97,161],[14,15,87,89,90,91,121],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,162],[0,1,5,6,13,14,15,16,19,87,89,90,91,118,119,120,121,138,139],[0,1,6,14,15,87,89,90,91,118,119,120,138,139],[0,1,2,6,14,15,23,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,18,26,27,30,31,85,87,89,90,91,118,119,120,134,138,139,140,152,157,160],[0,1,3,6,7,10,14,15,18,26,30,31,33,38,43,46,47,66,69,86,87,89,90,91,94,95,101,102,104,110,115,118,119,120,121,127,128,134,138,139,140,146,150,151,154,159,165,168],[0,1,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,10,12,14,15,18,87,89,90,91,118,119,120,138,139],[0,1,3,6,14,15,87,89,90,91,118,119,120,138,139,140],[0,1,6,14,15,87,89,90,91,96,115,118,119,120,134,138,139,146],[0,1,6,14,15,17,43,87,89,90,91,95,102,118,119,120,128,138,139,164],[0,1,6,7,8,14,15,32,65,87,89,90,91,107,108,118,119,120,138,139,140],[0,1,6,14,15,17,18,87,89,90,91,103,105,118,119,120,128,138,139,153],[0,1,6,7,8,9,14,15,20,39,42,52,87,89,90,91,94,109,112,113,115,118,119,120,128,129,130,132,133,134,138,139,142],[0,1,6,14,15,56,87,88,89,90,91,118,119,120,138,139],[0,1,6,11,14,15,17,18,87,89,90,91,118,119,120,138,139,140],[0,1,6,11,14,15,17,87,89,90,91,118,119,120,138,139],[0,1,14,15,87,89,90,91,94,112,116,117,127],[14,15,64,87,89,90,91],[0,1,6,14,15,24,25,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120],[0,1,6,14,15,40,87,89,90,91,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,126],[0,1,5,6,14,15,84,87,89,90,91,118,119,120,145],[0,1,4,5,6,14,15,81,86,87,89,90,91,100,118,119,120],[0,1,6,14,15,87,89,90,91,118,119,120,125],[0,1,4,6,14,15,48,87,89,90,91,118,119,120],[14,15,34,87,89,90,91],[14,15,35,40,41,44,45,87,89,90,91],[14,15,36,87,89,90,91],[14,15,47,51,52,53,87,89,90,91],[14,15,50,71,87,89,90,91],[14,15,50,87,89,90,91,92,93],[14,15,50,72,74,87,89,90,91],[14,15,50,87,89,90,91],[14,15,54,57,59,71,87,89,90,91],[14,15,55,72,74,81,87,89,90,91],[14,15,58,87,89,90,91,142],[14,15,71,87,89,90,91],[14,15,74,87,89,90,91],[14,15,80,83,87,89,90,91],[14,15,82,87,89,90,91],[14,15,87,89,90,91,141],[14,15,77,87,89,90,91,147,148,149],[14,15,34,35,77,82,87,89,90,91,147,148,149],[14,15,72,77,87,89,90,91,98,99,147,148,149],[14,15,77,82,87,89,90,91,147,148,149],[14,15,37,60,65,67,68,70,73,76,77,78,79,87,89,90,91,147,148,149,155,156,166],[14,15,75,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,106,147,148,149],[14,15,77,87,89,90,91,140,147,148,149],[14,15,77,85,87,89,90,91,140,147,148,149],[14,15,38,43,46,47,77,86,87,89,90,91,94,124,127,128,140,147,148,149],[14,15,77,87,89,90,91,147,148,149,163],[14,15,77,87,89,90,91,111,147,148,149],[14,15,43,77,87,89,90,91,128,147,148,149],[14,15,65,77,87,89,90,91,140,147,148,149],[14,15,77,87,89,90,91,124,126,128,147,148,149],[14,15,39,52,77,87,89,90,91,94,124,128,142,147,148,149],[14,15,56,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,94,127,147,148,149],[14,15,64,77,87,89,90,91,147,148,149],[14,15,40,77,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,126,147,148,149],[14,15,77,84,87,89,90,91,147,148,149],[14,15,77,81,86,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,125,147,148,149],[14,15,34,77,87,89,90,91,147,148,149],[14,15,35,40,41,44,45,77,87,89,90,91,147,148,149],[14,15,36,77,87,89,90,91,147,148,149],[14,15,47,51,52,53,77,87,89,90,91,147,148,149],[14,15,49,50,71,77,87,89,90,91,147,148,149],[14,15,50,77,87,89,90,91,147,148,149],[14,15,50,72,74,77,87,89,90,91,147,148,149],[14,15,54,57,59,71,77,87,89,90,91,135,147,148,149],[14,15,55,72,74,77,81,87,89,90,91,137,147,148,149],[14,15,58,77,87,89,90,91,142,147,148,149],[14,15,71,77,87,89,90,91,147,148,149],[14,15,74,77,87,89,90,91,147,148,149],[14,15,77,80,83,87,89,90,91,147,148,149],[14,15,77,87,89,90,91,136,147,148,149],[14,15,77,87,89,90,91,137,147,148,149],[14,15,77,87,89,90,91,141,147,148,149]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,6,9,10,9,9,9,9,9,9,9,9,0,0,11,12,13,0,0,14,15,16,17,18,19,16,16,20,16,16,21,16,22,23,24,16,25,26,27,28,16,29,30,16,16,31,0,0,32,33,0,34,34,35,34,34,36,34,34,34,34,34,34,34,37,38,39,34,34,40,36,34,34,34,34,34,34,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,41],[9679,42],[8250,43],[9135,44],[215,45],[10095,46],[10003,47],[8595,48],[10008,49],[10004,50],[9472,51],[10007,52],[8730,53],[10006,54],[8505,55],[9762,0],[9888,0],[8617,0],[8226,56]],"plainDefault":0,"spaced":[57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,57,58,57,57,57,57,57,57,57,57,57,59,60,57,61,61,61,61,61,61,61,61,61,61,57,57,62,63,57,57,57,57,57,57,64,65,66,67,57,64,68,57,57,57,64,57,69,57,70,71,72,73,57,64,57,57,57,74,57,57,75,57,57,57,57,76,57,57,77,57,57,57,57,57,57,57,78,79,80,57,57,57,77,57,57,57,57,57,57,57,57,57,57,57],"spacedOther":[[160,57],[5760,57],[8192,57],[8193,57],[8194,57],[8195,57],[8196,57],[8197,57],[8198,57],[8199,57],[8200,57],[8201,57],[8202,57],[8232,57],[8233,57],[8239,57],[8287,57],[12288,57],[65279,57],[9676,81],[9679,82],[8250,83],[9135,84],[215,85],[10095,86],[10003,87],[8595,86],[10008,88],[10004,89],[9472,90],[10007,91],[8730,92],[10006,93],[8505,60],[9762,94],[9888,94],[8617,95],[8226,96]],"spacedDefault":57,"blank":57}},"reported":{"key":"\\n/^[\\\\w./+-]{0,300}\\\\.t\\\\s{1,300}\\\\(Wstat: \\\\d{1,6}(?: \\\\([^)\\\\n]{1,60}\\\\))? Tests: \\\\d{1,6} Failed: (\\\\d{1,6})\\\\)\\\\s*$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)|^(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n=]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)[^\\\\n=]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) (?:tests|containers) failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?(?![^\\\\n]{0,200}Time elapsed)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[31,32],[5,7,8,12,13,25,31,32],[5,7,8,9,12,13,25,31,32],[14,31,32],[0,31,32],[0,3,8,10,11,12,13,21,27,28,29,30,31,32],[3,31,32],[0,2,31,32],[0,4,5,15,23,26,31,32],[0,17,31,32],[0,5,31,32],[0,1,6,7,16,19,24,25,31,32],[18,20,31,32],[0,22,31,32],[8,9,12,13,31,32],[5,31,32],[7,25,31,32]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,4,0,4,4,4,5,5,5,5,5,5,5,5,5,5,0,0,0,6,0,0,0,4,4,4,7,4,8,4,4,4,4,4,4,4,4,9,10,4,4,4,11,4,4,4,4,4,4,12,0,0,0,4,0,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,13,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14,14,14,14,14,14,14,14,14,14,0,0,0,0,0,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,0,15,0,0,0,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^All tests successful\\\\.$/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[14],[3,5,14],[6,14],[1,4,5,11,12,13,14],[1,14],[0,14],[7,10,14],[9,14],[2,3,14],[8,14],[5,14],[3,14]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0,6,7,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,10,10,10,10,10,10,10,10,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^Dubious, test returned |^(?:Failed \\\\d{1,6}\\\\/\\\\d{1,6} subtests|No subtests run|All \\\\d{1,6} subtests passed)\\\\s*$|^# Looks like (?:you failed \\\\d|you planned \\\\d|your test exited with \\\\d)|^\\\\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[11],[1,3,6,7,9,11,12],[3,6,7,11],[6,11],[9,11],[3,11],[6,8,11],[6,7,11],[3,6,11],[5,6,7,11],[0,6,11],[0,4,6,11],[6,9,11],[6,9,10,11],[2,6,11],[6,11,12],[11,12],[6,7,11,12],[3,6,11,12],[1,6,11,12],[6,9,11,12]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,7,3,8,9,10,7,3,3,3,3,3,3,3,7,3,3,3,3,3,11,3,3,3,3,3,3,3,0,0,0,3,0,3,3,12,3,13,12,3,3,3,3,3,3,3,3,3,3,3,3,3,14,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,15,0,0,4,0,0,0,3,0,5,16,0,15,15,15,15,15,15,15,15,15,15,0,0,0,0,3,0,0,17,15,18,17,15,17,15,15,15,15,15,15,15,17,15,17,15,15,15,15,15,15,15,15,15,15,3,0,0,0,15,0,19,15,20,15,20,20,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var PASSED_OF_DIALECTS = DIALECTS.map((d) => d.passedAll).filter((p) => p !== void 0);
var GO_EXAMPLE_GOT = /^got:$/;
var GO_EXAMPLE_WANT = /^want:$/;
var INTERRUPTED_OF_DIALECTS = DIALECTS.map((d) => d.interrupted).filter((p) => p !== void 0);
var PROGRESS_OF_DIALECTS = DIALECTS.flatMap((d) => d.banner && d.progress ? [{ banner: d.banner, progress: d.progress }] : []);
var REPORTED_SUM_FROM = [...DIALECTS.filter((d) => d.reportedFailures !== void 0).map((d) => d.reportedSumFrom), ...MACHINE_REPORT_COUNTS.map(() => void 0)];
var index;
function markerOf(line, seen, sections, announced) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue;
    if (marker.inSection === true && sections !== void 0 && !sections.has(dialect)) continue;
    if (marker.ofAnnounced === true && announced?.runner !== dialect.id) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    if (marker.ofAnnounced === true && announced !== void 0) return { dialect, event: marker.event, name: announced.name, key: announced.key, afterOutput: false, closes: marker.closes === true, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 };
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
var ERROR_HEADLINE = /^\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \S|^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|^(?:#\s{1,4}|\s{2,4})Failed test(?: '| at \S)|Can't call method "\w{1,100}" on an undefined value\b|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
var DOTTED_HEADLINE = /^(?:E {1,8})?(?:\s{0,8}| {13}\t(?=Suppressed: ))(?:Suppressed: )?(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^E {1,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}\s*$|^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$|^\s{2,}[A-Z]\w{0,80}(?:Error|Exception|Failure):\s*$|^\s*(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80} : \S|^\s{0,8}(?:[a-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}(?:Exception|Error)\s*$/;
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
var PERL_SCRIPT_DIED = /^# Looks like your test exited with \d{1,3} (?:just after \d{1,9}|before it could output anything)\.$/;
var PERL_BAILED_OUT = /^(?:Bailout called\.\s{1,4}Further testing stopped:|FAILED--Further testing stopped\b)/;

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
    PERL_SCRIPT_DIED,
    PERL_BAILED_OUT,
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
var OWN_INDENT = new Map(DIALECTS.flatMap((d) => d.accountIndent !== void 0 ? [[d.id, d.accountIndent]] : []));
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
  /** The line a failed test's account began on (Dialect `failedBlock`). */
  blockHeadLine = 0;
  /** A summary whose counts still come a line each (dialect.ts `reportedSumFrom`), by its pattern's index: its count so far. */
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
  /** Dialects under whose `headedBelow.underFile` header the lines now are. */
  underHeader = /* @__PURE__ */ new Set();
  /** The dialect whose header, on the line before, named no test (dialect.ts `headedBelow`). */
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
    if (line.charCodeAt(0) === 35 && PERL_SCRIPT_DIED.test(line)) {
      this.record(this.unexplained(line, "runner.script-died", "A test script that died on an error no rule explains"));
      return;
    }
    if ((line.charCodeAt(0) === 66 || line.charCodeAt(0) === 70) && PERL_BAILED_OUT.test(line)) {
      this.record(this.unexplained(line, "runner.bailed-out", "A test script stopped the whole run (bail out)"));
      return;
    }
    if (this.current !== void 0 && HOOK_FAILED.test(line)) this.current.hookFailed = true;
    if (this.current !== void 0 && TAP_SUITE.test(line)) this.current.suite = true;
    this.behindBar = BOX_MARK.test(rawLine);
    this.source.readHeadlineMessage(line);
    const account = this.detailsIndent;
    const ownIndent = account?.resumes !== void 0 ? OWN_INDENT.get(account.unit.runner) : void 0;
    if (account !== void 0 && ownIndent !== void 0 && account.cut !== true && this.current === account.unit && account.unit.failedBlock && this.blockHeadLine === this.lineNumber - 1 && line.trim() !== "" && !line.startsWith(ownIndent) && !markerOf(line)) {
      account.cut = true;
      this.recordCutAccount(line);
    }
    const blockEnded = this.detailsIndent?.blankEnds === true && this.current === this.detailsIndent.unit && line.trim() !== "" && this.lineNumber > (this.detailsIndent.seenLine ?? this.lineNumber) + 1 && this.detailsIndent.logged?.test(line) !== true;
    if (this.detailsIndent?.blankEnds === true && this.current === this.detailsIndent.unit) this.detailsIndent.seenLine = this.lineNumber;
    if (this.detailsIndent && this.current === this.detailsIndent.unit && line.trim() !== "" && (blockEnded || indentOf(line) <= this.detailsIndent.indent) && !markerOf(line)) {
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
    let marker = this.reportMode || this.pokuRepeat ? void 0 : markerOf(line, this.behindBar ? void 0 : this.dialectsSeen, this.sectionsOpen, this.current);
    if (marker?.event === "data") {
      this.handledLine = this.lineNumber;
      return;
    }
    if (!this.reportMode && !this.pokuRepeat) {
      const current = this.current;
      if (current?.state === "pending" && (current.concluded || !AWAITS_RESULT.has(current.runner)) && FAILED_BLOCKS.get(current.runner)?.test(line) === true) {
        current.failedBlock = true;
        this.blockHeadLine = this.lineNumber;
        if (WHOLE_BLOCK_STARTS.get(current.runner)?.test(line) === false) this.recordCutAccount(line);
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
      if (marker.dialect === PYTEST && this.tbLines && !this.tbLines.open && TB_LISTED_FAILED.test(line)) this.tbLines.listed++;
      this.onMarker(marker);
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
        lineCount = count2;
        lineRunner = n;
      }
    }
    if (lineRunner !== void 0) {
      const open = this.summed.has(lineRunner) ? this.openSummaries.get(lineRunner) : void 0;
      if (open !== void 0) {
        this.reportedFailures += lineCount - open;
        this.openSummaries.set(lineRunner, lineCount);
      } else {
        if (this.summed.has(lineRunner)) this.openSummaries.set(lineRunner, lineCount);
        this.reportedFailures += lineCount;
      }
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
        const depth = marker.dialect.detailsDepth;
        this.detailsIndent = marker.detailsIndented ? { unit, indent: depth === void 0 ? marker.indent : depth - 1, ...marker.dialect.resumesDetails ? { resumes: marker.dialect.resumesDetails } : {}, ...marker.dialect.loggedSection ? { logged: marker.dialect.loggedSection } : {}, ...marker.dialect.blankEndsDetails ? { blankEnds: true, seenLine: this.lineNumber } : {} } : void 0;
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
  /** A failed test's account that another stream's print was written into (Dialect `wholeBlockStart`, `accountIndent`): unread. */
  recordCutAccount(line) {
    this.record(this.unexplained(line, "runner.cut-account", "A failed test\u2019s account cut by other output written into it"));
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
