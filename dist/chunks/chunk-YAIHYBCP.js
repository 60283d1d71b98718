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
} from "./chunk-RLNXBBTH.js";
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
  // The session was stopped (`pytest.exit()` in a fixture, a collection error, Ctrl-C): the summary after it counts
  // only the tests that ran before, so it does not say that no test failed.
  interrupted: /^!{1,40} (?:_pytest\.outcomes\.Exit\b|Interrupted\b|KeyboardInterrupt\b|stopping after \d)/,
  reportedFailures: /^=+ (?:[^\n]{0,200}?, )??(?:(\d{1,6}) failed\b(?:, [^\n]{0,200}?\b(\d{1,6}) errors?\b)?|(\d{1,6}) errors?\b)/,
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
    // Read only inside its sections (`sectionHeader`), until the summary: a bootstrap's own numbered report before
    // PHPUnit's banner (`1) App\\Lager::größe`) is not its failures (attack 29k).
    // PHP names take bytes \x80-\xff as letters (php.net "Names"; UTF-8 source: `testWirdAufgefüllt`): letters of Latin-1
    // Supplement and Latin Extended-A/B (× and ÷ left out), Greek and Cyrillic are read too (attack 29j).
    { event: "start", pattern: /^\d{1,6}\) (?<name>[\w\\\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF]{1,300}::[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF]{1,300}(?: with data set [^\n]{1,300})?)$/, inSection: true, keyFromName: (name) => `phpunit:${name}` },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    // PHPUnit counts them as `Warnings: 1`, `Risky: 1`, never under the `Errors:`/`Failures:` that `reportedFailures` reads
    // (DefaultResultPrinter::printFooter): an entry listed there stands for none of those (attack 29j).
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/, entriesCountedApart: true },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 316\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?:connecting to|connect to|Redis on) ['\\"]?[a-z][a-z0-9+.-]{1,20}:\\\\/\\\\/[^\\\\s'\\"/]{1,255}\\\\/[^\\\\s:'\\"]{0,200}:\\\\d{1,5}(?!\\\\d)/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/(?<!rescue |raise )\\\\b(?:Minitest::Assertion|Test::Unit::AssertionFailedError)(?=:|\\\\s*$)/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/\\\\bPlanned for \\\\d{1,6} assertions?, but got \\\\d{1,6}\\\\./\\n/\\\\bnote: test did not panic as expected\\\\b/\\n/\\\\bTest finished without running any assertions\\\\b/\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,60}Code ERR_ASSERTION\\\\s*$/\\n/^\\\\s{0,12}(?:# )?Failed: (?:['\\"[]|-?\\\\d|\\\\.\\\\.\\\\.|(?:array|true|false|null|NAN)\\\\b|[A-Z][\\\\w\\\\\\\\]{0,200} ?[#(])[^\\\\n]{0,2000}? should (?:not )?(?:be|contain|match)\\\\b/\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?![^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/\\\\S\\\\) = (?![^\\\\n]{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))[^\\\\n]{1,200}?[;,] want:? \\\\S/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError(?!: (?:pg|mysqli)_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$(?:connection|mysql)\\\\) must be of type \\\\??(?:PgSql\\\\\\\\Connection|mysqli), (?:bool|null) given)|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException(?! ?: An exception has been raised that is likely due to a transient failure\\\\.)|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError|Unicode(?:En|De)codeError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^[\\\\w./-]{1,300}\\\\.go:\\\\d{1,6}:\\\\d{1,6}: (?!cannot find package |no required module provides package |package [\\\\w./-]{1,200} is not in |could not import |[\\\\w./-]{0,200}imports? )\\\\S/\\n/\\"ruleId\\":(?:\\"[^\\"\\\\n]{1,200}\\"|null),\\"severity\\":2,\\"message\\":\\"/\\n/^FAIL Required test coverage of [\\\\d.]{1,10}% not reached\\\\b/\\n/\\\\bcoverage \\\\([\\\\d.]{1,10}%\\\\) is below the expected minimum coverage\\\\b|^SimpleCov failed with exit \\\\d{1,3}\\\\b/\\n/\\\\bcoverage threshold for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) not met\\\\b/\\n/\\\\bCoverage for \\\\w{1,20} \\\\([\\\\d.]{1,10}%\\\\) does not meet (?:global )?threshold\\\\b/\\n/\\\\bRule violated for \\\\w{1,20} [^\\\\n]{1,300}: \\\\w{1,30} covered ratio is [\\\\d.]{1,10}, but expected minimum is [\\\\d.]{1,10}/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near (?:\\"|&(?:amp;)?quot;)|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT|NOTICE):)(?!.{0,2000}\\\\bNOTICE:).{0,2000}?\\\\brelation (?:\\"[^\\"\\\\n]{1,200}\\"|&(?:amp;)?quot;[^&\\"\\\\n]{1,200}&(?:amp;)?quot;) already exists(?!, skipping)\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed(?::?\\\\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed: (?:timeout expired|Connection timed out)/\\n/could not translate host name \\"localhost\\" to address: /\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing \\"=\\" after|unterminated quoted string|unrecognized|invalid \\\\w{1,40} value|could not translate host name|connection to server at))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ImportError: Cannot find a PostgreSQL driver, tried /\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>(?!localhost |127\\\\.0\\\\.0\\\\.1 |::1 )[\\\\w.-]{1,255}) and port \\\\d{1,5} \\\\(timeout is/\\n/Can't create a connection to host (?<host>localhost|127\\\\.0\\\\.0\\\\.1|::1) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \\\\\`[^\\\\\`]{1,300}\\\\\`: dial error \\\\((?:dial tcp (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)|dial unix \\\\S{0,300}\\\\.s\\\\.PGSQL\\\\.\\\\d{1,5}:)/\\n/failed to connect to \`host=(?<host>[\\\\w.-]{1,255}) (?![^\`]{0,300}\\\\b(?:database|user)=(?:localhost|127\\\\.0\\\\.0\\\\.1|::1)\\\\b)[^\`]{0,300}\`: hostname resolving error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)(?![^\\\\n]{0,200}(?:Errno -\\\\d|\\\\[Errno -\\\\d\\\\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))/\\n/Can't connect to (?:MySQL )?server on '(?<host>[\\\\w.-]{1,255})(?::\\\\d{1,5})?'[^\\\\n]{0,40}?(?:Errno -[235]\\\\b|\\\\[Errno -[235]\\\\]|Name or service not known|name resolution|nodename nor servname)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/ImportError: Cannot find a MySQL driver, tried /\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/\\\\(conn[:=]-?\\\\d{1,12}, no: 45012, SQLState: 08S01\\\\) Connection timeout: failed to create socket after \\\\d{1,9}ms/\\n/Error (?:(?!-)\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error -[235] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5}\\\\./\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError(?!:?\\\\s{1,4}Error connecting to Redis on (?!(?:[\\\\w.-]{1,255}:\\\\d{1,5}|\\\\/[^\\\\s()]{1,255}) \\\\((?!Errno::EINVAL\\\\)|Redis::TimeoutError\\\\)|SocketError\\\\))))/\\n/Error connecting to Redis on localhost:\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?!localhost:)(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(SocketError\\\\)/\\n/Error connecting to Redis on (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\\\\)/\\n/Error connecting to Redis on (?<socket>\\\\/[^\\\\s()]{1,255}) \\\\((?:Errno::ENOENT|Errno::ECONNREFUSED)\\\\)/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/^\\\\s*(?:Error: )?Server at (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) not available\\\\s*$/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/^\\\\.\\\\.\\\\. obtained [\\\\w.*[\\\\]{}]{1,100} = (?=[^\\\\n]{0,600}(?:OpError|[Cc]onnection refused|dial (?:tcp|udp)|no such host|i\\\\/o timeout|connect: ))/\\n/(?<![\\\\w$.])(?!(?:io\\\\.netty|io\\\\.vertx|reactor|org\\\\.springframework|org\\\\.apache\\\\.http|org\\\\.apache\\\\.hc|org\\\\.apache\\\\.commons\\\\.dbcp2|org\\\\.apache\\\\.tomcat\\\\.jdbc|okhttp3|feign|retrofit2|io\\\\.grpc|org\\\\.postgresql|com\\\\.mysql|org\\\\.mariadb|redis\\\\.clients\\\\.jedis|io\\\\.lettuce|com\\\\.mongodb|org\\\\.mongodb|com\\\\.rabbitmq|org\\\\.apache\\\\.kafka|org\\\\.elasticsearch|co\\\\.elastic\\\\.clients|org\\\\.opensearch|com\\\\.microsoft\\\\.sqlserver|net\\\\.spy\\\\.memcached|net\\\\.rubyeye\\\\.xmemcached|com\\\\.datastax|io\\\\.nats|com\\\\.clickhouse|ru\\\\.yandex\\\\.clickhouse|io\\\\.minio|org\\\\.testcontainers|com\\\\.github\\\\.dockerjava|org\\\\.hibernate|org\\\\.jooq|org\\\\.flywaydb|org\\\\.liquibase|com\\\\.zaxxer\\\\.hikari)\\\\.|(?:java\\\\.util\\\\.concurrent\\\\.ExecutionException|java\\\\.util\\\\.concurrent\\\\.CompletionException|java\\\\.io\\\\.UncheckedIOException|java\\\\.lang\\\\.reflect\\\\.UndeclaredThrowableException|java\\\\.lang\\\\.reflect\\\\.InvocationTargetException): )(?:[A-Za-z_$][\\\\w$.]{0,300}(?:Exception|Error)[\\\\w$]{0,40}|[a-z][\\\\w$]{0,60}\\\\.[\\\\w$.]{1,300}): (?:[^\\\\n]{0,300}?[\\\\s:(])?java\\\\.net\\\\.ConnectException: Connection refused/\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{0,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HttpRequestException ?: Connection refused \\\\((?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)/\\n/\\\\bconnect ETIMEDOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/^\\\\s*(?:Error: )?connect ETIMEDOUT\\\\s*$/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/^\\\\s*(?:Uncaught )?ConnectionError: connection refused\\\\s*$/\\n/^(?:# )?\\\\s{0,12}(?:PHP Fatal error:\\\\s{1,4}Uncaught )?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}[A-Z]\\\\w{0,80}(?:Exception|Error): Connection refused\\\\.?\\\\s*$/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: Connection refused/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):\\\\d/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/^\\\\s{0,40}(?:(?:org\\\\.springframework\\\\.data\\\\.redis\\\\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/\\\\S[^\\\\n]{0,300}\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$connection\\\\) must be of type \\\\??PgSql\\\\\\\\Connection, (?:bool|null) given/\\n/\\\\bpg_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be resource, (?:bool|boolean|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\): Argument #1 \\\\(\\\\$mysql\\\\) must be of type mysqli, (?:bool|null) given/\\n/\\\\bmysqli_\\\\w{1,40}\\\\(\\\\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/\\n/(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\\\\/\\\\//\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\bFailed opening required '(?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)' \\\\(include_path=/\\n/\\\\brequire(?:_once)?\\\\((?<path>(?:[^'()\\\\s]{0,300}\\\\/)?vendor\\\\/(?:composer\\\\/\\\\.\\\\.\\\\/)?(?:predis\\\\/predis|mongodb\\\\/mongodb|php-amqplib\\\\/php-amqplib|elasticsearch\\\\/elasticsearch)\\\\/[^'()\\\\s]{1,300}|(?:\\\\/usr\\\\/share\\\\/php\\\\/)?(?:Predis|MongoDB|PhpAmqpLib|Elasticsearch|Elastic)\\\\/(?:autoload|Autoloader)\\\\.php)\\\\): [Ff]ailed to open stream: No such file or directory/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bPHP extension '(?<module>[A-Za-z_]\\\\w{1,40})' is not loaded\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/\\\\bPHP extension for PDO is not loaded\\\\b/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>github\\\\.com\\\\/lib\\\\/pq|github\\\\.com\\\\/go-sql-driver\\\\/mysql|github\\\\.com\\\\/jackc\\\\/pgx\\\\/v[45](?:\\\\/stdlib|\\\\/pgxpool)?|github\\\\.com\\\\/jackc\\\\/pgconn|github\\\\.com\\\\/(?:go-redis\\\\/redis\\\\/v[7-9]|redis\\\\/go-redis\\\\/v9)|github\\\\.com\\\\/(?:gomodule|garyburd)\\\\/redigo\\\\/redis|github\\\\.com\\\\/ziutek\\\\/mymysql\\\\/(?:mysql|native|godrv|thrsafe|autorc)|go\\\\.mongodb\\\\.org\\\\/mongo-driver\\\\/mongo|gopkg\\\\.in\\\\/mgo\\\\.v2|github\\\\.com\\\\/(?:streadway\\\\/amqp|rabbitmq\\\\/amqp091-go)): no Go files in \\\\//\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/\\n/^got:$/\\n/^want:$/\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^Number of tests\\\\s{0,20}:/\\n/^\\\\d{3}[+-] /\\n/^========DIFF========$/\\n/^(?<type>(?:X?LEAK&)?(?:WARN&)?(?:X?FAIL|XLEAK)|X?LEAK(?:&WARN)?|WARN|PASS|SKIP) (?<name>\\\\S[^\\\\n]{0,400})$/\\n/^(?<name>[^\\\\n]{0,400}?\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: [^[\\\\]\\\\n]{0,600})?$/\\n/^========DONE========$/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^!{1,40} (?:_pytest\\\\.outcomes\\\\.Exit\\\\b|Interrupted\\\\b|KeyboardInterrupt\\\\b|stopping after \\\\d)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^JUnit version \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^PHPUnit \\\\d{1,3}\\\\.\\\\d{1,3}(?:\\\\.\\\\d{1,3})?\\\\S{0,40} by Sebastian Bergmann and contributors\\\\.$/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?<reason>[^\\\\n]{0,3000}?)\\\\s?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^={20,}\\\\s*$/\\n/^\\\\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \\\\S|^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}(?:\\\\.|\\\\\\\\|::)){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|Attempt to (?:read|assign) property \\"\\\\w{1,100}\\" on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[21,30,34,35,36,37,38,39,40,49,51,60,62,64,69,72,73,74,180,189,211,225,237,238,264,269,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,415,416,417,418,419,420,421,422,423,424,425,426,427,428,429,430,431,432,433,434,435,436,437,438,439,440,441,442,443,444,445,446,447,448,449,450,451,452,453,454,455,456,457,458,459,460,461,462,463,464,465,466,467,468,469,470,471,472,473,474,475,476,477,478,479,480,481,482,483,484,485,486,487,488,489,490,491,492,493,494,495,496,499,500,501,502,503,504,505,506,507,508,509,510,511,512,513,514,515,516,517,518,519,520,521,522,523,524,525,526,527,528,529,530,531,532,533,534,535,536,537,538,539,540,541,542,543,544,545,546,547,548,549,550,551,552,553,554,555,558,559,561,563,564,565,566,567,568,569,572,573,574,576],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,50,37,36,56,54,55,123,47,53,57,201,211,195,35,42,64,43,38,9676,8250,9679,124,215,9135,10004,9472,94,10003,8730,10006,8505,10095,9762,9888,8226,59,9654,65123],"words":12,"quiet":13871,"states":15717,"edges":"AAAAAAAAAAABAAAAWAAAAAIAAACYjAAAAwAAAMgOAAAEAAAAaN4AAAUAAABAzwcABgAAAEDWAQAHAAAAcLwIAAgAAACgRQIACQAAACiUAAAKAAAASEsAAAsAAAD4hQoADAAAAKiZAAANAAAAGBkAAA4AAAAwnQEADwAAAJC3AAAQAAAAOCgAABEAAABIqwEAEgAAAKAJAAATAAAA4DcCABQAAAAYAgQAFQAAAABoAgAWAAAA0CIBABcAAACoUQIAGAAAALhpAgAZAAAASFsCABoAAAAQdQIAGwAAAPD/AgAcAAAAIFMDAB0AAAAAAAAAHgAAAOg6EAAfAAAAgBgBACAAAABooQIAIQAAAHh3DQAiAAAASAMCACMAAAAQ/wAAJAAAABhXBQAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAKFEPACkAAAAAAAAAKgAAAPDLAQArAAAAGEcDACwAAADA8QEALQAAAMAgDAAuAAAAAAAAAC8AAAAwTQIAMAAAAAAAAAAxAAAAOKYCADIAAAAAAAAAMwAAAOCBAwA0AAAAyDASADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAAAAAAAD4AAAAAAAAAPwAAACi0DwBAAAAAiNwNAEEAAACI5w0AQgAAAOjREQBDAAAAoB4PAEQAAABQbA8ARQAAAAAAAABGAAAAyHAPAEcAAAAAAAAASAAAANiTDwBJAAAAUJgPAEoAAAAQmw8ASwAAAOB6FABMAAAA4MAPAE0AAADw4w8ATgAAAEjkDwBPAAAAsPwPAFAAAADQABAAUQAAAPAwEABSAAAA4L0QAFMAAAA4vhAAVAAAALDCEABVAAAAAAAAAFYAAAAYMBIAVwAAAHAwEgBaAAAAsAAAAFsAAADgnwQAXQAAAKgKCwBeAAAAQFIBAGEAAACopAAAYwAAAPiYCwBkAAAA0LoJAGkAAABgBgIAbAAAAIBtAgBvAAAAEJsEAHUAAABIQAAAswAAAAgBAAC9AAAAsKcDAL8AAAAIuQwACwEAACigEgBlAQAAuAEAAL4BAAAQAgAAFwIAAGgCAABwAgAAwAIAAMICAAAYAwAAIQMAAHADAAB6AwAAyAMAANMDAAAgBAAALAQAAHgEAACFBAAA0AQAANoEAAAoBQAANgUAAIAFAACPBQAA2AUAANoFAAAwBgAAOgYAAIgGAACWBgAA4AYAAOUGAAA4BwAARQcAAJAHAACYBwAA6AcAAPgHAABACAAAQggAAJgIAACmCAAA8AgAAAEJAACAoBIATwkAANigEgCiCQAAmO4PAKMJAAD4fA0AqAkAAPgJAACsCQAA0GwNAK0JAABgXg0AsAkAAFBcDQC1CQAAOJMMALkJAADI6Q8AvAkAAMgLDAD/CQAAUAoAAAUKAADIpQwAVQoAAKgKAAC0CgAAAAsAAAMLAABYCwAAYAsAALALAAC9CwAACAwAAA0MAABgDAAAagwAALgMAADADAAAEA0AABwNAABoDQAAHw0AAEBlAgB7DQAAwA0AAM4NAAAYDgAAGw4AAHAOAAB6DgAAMKESAMoOAAD4dwAAyw4AAKjNAQDNDgAAIA8AANEOAABgJA4A0g4AAAjMAgDTDgAAaF8CANQOAACgHwAA1Q4AAIDKDwDWDgAACKMBANcOAACIMgAA2Q4AAKjdAwDcDgAASDcDAOUOAAA4fwQA6A4AAHjJDwAmDwAAeA8AAC8PAACA/QkAfg8AANAPAADkDwAAKBAAAD0QAACAEAAAiBAAANgQAADiEAAAMBEAADURAACIEQAAjREAAOARAADoEQAAOBIAAE4SAACQEgAAkhIAAOgSAAD1EgAAQBMAAFQTAACYEwAAoBMAAPATAAD/EwAASBQAAFkUAACgFAAArhQAAPgUAAAEFQAAUBUAAF0VAACoFQAAshUAAAAWAAADFgAAWBYAAGAWAACwFgAAshYAAAgXAAAZFwAAYBcAAGYXAAC4FwAAxBcAABAYAAASGAAAaBgAAG8YAADAGAAA1BgAAIihEgAZGQAA0F0SABoZAADAiwIAHRkAAHAZAAAhGQAA+DoCACYZAAB4zAMAchkAAHjVAABzGQAACIAJAHcZAACIzAsAeBkAAMgZAAB6GQAAeE4BAHsZAACAQgkAfRkAACgvCAB/GQAA4AsNAIEZAAD42wcAhhkAAEiSAgCJGQAAQIIHAMkZAAAgGgAAyxkAAIhJBwDOGQAAiE0NADcaAAB4GgAAkBoAANAaAADbGgAAKBsAAEEbAACAGwAAghsAANgbAADyGwAAMBwAAD8cAACIHAAAjRwAAOAcAADtHAAAOB0AAEgdAACQHQAAmB0AAOgdAAD0HQAAQB4AAE0eAACYHgAAoh4AAPAeAAD2HgAASB8AAFwfAADgoRIAph8AAPgfAACqHwAA8F8PALcfAACQsQ0AEyAAAFAgAABcIAAAqCAAAK4gAAAAIQAAAyEAAIgSBwAIIQAAWCEAAFshAADoNAcAXyEAALAhAABjIQAAONQFAGYhAAA4PQQAtSEAAAgiAAAUIgAAYCIAAGMiAAC4IgAAwCIAABAjAAAdIwAAaCMAAG0jAADAIwAAyiMAABgkAAAgJAAAcCQAAHMkAADIJAAA0SQAACAlAAAhJQAAeCUAAHklAADQJQAA1SUAACgmAAAuJgAAgCYAAIomAADYJgAA4CYAADAnAAAzJwAAiCcAAIsnAADgJwAA8ScAADiiEgA6KAAAgOkBAD0oAACY9A0AQSgAACDkEQBEKAAAkCgAAEYoAADA5AkAqCgAAOgoAADrKAAAQCkAAEwpAACYKQAApSkAAPApAAD3KQAASCoAAEoqAACgKgAAqSoAAPgqAAACKwAAUCsAAFsrAACoKwAAxCsAAAAsAAAILAAAkKISAF0sAACwLAAAuCwAAAgtAAAJLQAAYC0AAGItAAC4LQAAuy0AABAuAAATLgAA6KISAG0uAADALgAAxi4AABgvAAAfLwAAcC8AAHgvAADILwAAyy8AACAwAAApMAAAeDAAAHkwAADQMAAA0TAAACgxAAA5MQAAgDEAAI4xAADYMQAA5DEAADAyAAA3MgAAQKMSAI4yAADgMgAA4jIAADgzAABOMwAAkDMAAJgzAADoMwAA6jMAAEA0AABJNAAAmDQAAKI0AADwNAAA+zQAAEg1AABUNQAAoDUAAK01AAD4NQAAAjYAAFA2AABeNgAAqDYAALc2AAAANwAAAjcAAFg3AABiNwAAsDcAAL43AAAIOAAADTgAAGA4AABtOAAAuDgAAMA4AAAQOQAAFjkAAGg5AAB0OQAAwDkAAN05AAAYOgAAIToAAHA6AAB+OgAAyDoAAM46AAAgOwAALDsAAHg7AAB7OwAA0DsAANg7AAAoPAAAOTwAAIA8AACOPAAA2DwAAPE8AAAwPQAAMT0AAIg9AAClPQAAmKMSAOU9AAA4PgAAPj4AAJA+AACYPgAA6D4AAPE+AABAPwAAQz8AAJg/AACkPwAA8D8AAPY/AABIpBIAZEAAAKBAAACoQAAAoKQSAPtAAABQQQAAYUEAAKhBAACwQQAAAEIAAA5CAABYQgAAW0IAALBCAAC4QgAACEMAABVDAABgQwAAZUMAALhDAADCQwAAEEQAABhEAABoRAAAdEQAAMBEAADNRAAAGEUAABpFAABwRQAAiUUAAMhFAADZRQAAIEYAACxGAAB4RgAAf0YAANBGAADYRgAAKEcAAC1HAACARwAAjUcAANhHAADgRwAAMEgAADpIAACISAAAk0gAAOBIAADsSAAAOEkAAEBJAAD4pBIAnEkAAOhJAADuSQAAQEoAAFtKAACYSgAApEoAAPBKAAD2SgAAUKUSAE1LAABIfAIATksAABAGBgBPSwAAKJ0IAFNLAACgSwAAVEsAAOjgAQBWSwAAuOEGAFxLAACQhQIApksAABjNEQCsSwAA+EsAAP5LAACADwQAAEwAAKilEgBcTAAAqEwAAK5MAAAATQAAG00AAFhNAABkTQAAsE0AALZNAAAITgAAEE4AAGBOAABmTgAAuE4AAMROAAAQTwAALU8AAGhPAABxTwAAwE8AAMxPAAAYUAAAG1AAAHBQAAB6UAAAyFAAANRQAAAgUQAAJ1EAAHhRAACAUQAA0FEAANFRAAC4ZAAA01EAAChSAAA3UgAAgFIAAIZSAADYUgAA2lIAADBTAABGUwAAiFMAAKZTAADgUwAA+VMAADhUAAA6VAAAkFQAAJNUAADoVAAA9FQAAEBVAABHVQAAmFUAAKBVAADwVQAA8lUAAEhWAABRVgAAoFYAAKpWAAD4VgAAA1cAAFBXAABcVwAAqFcAALVXAAAAWAAAClgAAFhYAABmWAAAsFgAAL9YAAAIWQAAClkAAGBZAABqWQAAuFkAAMZZAAAQWgAAFVoAAGhaAAB1WgAAwFoAANVaAAAYWwAAIFsAAHBbAACJWwAAyFsAANFbAAAgXAAAKlwAAHhcAACAXAAA0FwAAN1cAAAoXQAALV0AAIBdAACIXQAA2F0AANldAAAwXgAAMl4AAIheAACLXgAA4F4AAONeAAAAphIAPV8AAJBfAACWXwAA6F8AAO9fAABAYAAASGAAAJhgAACcYAAA8GAAAPJgAABIYQAAS2EAAKBhAACoYQAA+GEAAPlhAABQYgAAVmIAAKhiAACtYgAAAGMAABtjAABYYwAAZmMAALBjAAC3YwAACGQAABRkAABgZAAAZ2QAAFimEgC6ZAAAEGUAABNlAABoZQAAa2UAALCmEgDFZQAAGGYAAB5mAABwZgAAd2YAAMhmAADmZgAAIGcAADlnAAB4ZwAAemcAANBnAADTZwAAKGgAADRoAACAaAAAh2gAANhoAADgaAAAMGkAADJpAACIaQAAkWkAAOBpAADqaQAAOGoAAENqAACQagAAnGoAAOhqAAD1agAAQGsAAEprAACYawAApmsAAPBrAAD/awAASGwAAEpsAACgbAAAqmwAAPhsAAAGbQAAUG0AAFVtAACobQAAtW0AAABuAAAVbgAAWG4AAGBuAACwbgAAyW4AAAhvAAARbwAAYG8AAGpvAAC4bwAAwG8AABBwAAAdcAAAaHAAAG1wAADAcAAAyHAAABhxAAAZcQAAcHEAAHJxAADIcQAAy3EAACByAAAjcgAACKcSAH1yAADQcgAA1nIAAChzAAAvcwAAgHMAAIhzAADYcwAA3HMAADB0AAAydAAAiHQAAIt0AADgdAAA6HQAADh1AAA5dQAAkHUAAJZ1AADodQAA7XUAAEB2AABbdgAAmHYAAKZ2AADwdgAA93YAAEh3AABUdwAAoHcAAKd3AABgpxIA+3cAAFB4AABheAAAqHgAALB4AACYtQEAxHgAAAB5AAAIeQAAuKcSAGd5AACweQAAtnkAAAh6AAAKegAAYHoAAHZ6AAC4egAA1noAABB7AAATewAAaHsAAHR7AADAewAAxnsAABh8AAAzfAAAcHwAAHx8AADIfAAAznwAACB9AAA+fQAAeH0AAIh9AADQfQAA3n0AACh+AAAufgAAgH4AAIN+AADYfgAA4n4AADB/AABOfwAAiH8AAJ5/AADgfwAA7H8AADiAAAA7gAAAkIAAAJOAAADogAAA6oAAAECBAABXgQAAmIEAAKSBAADwgQAADIIAAEiCAABQggAAEKgSALGCAAD4ggAABoMAAFCDAABcgwAAqIMAALWDAAAAhAAACoQAAFiEAABghAAAsIQAALGEAAAIhQAACoUAAGCFAABjhQAAuIUAALuFAABoqBIAFYYAAGiGAABuhgAAwIYAAMeGAAAYhwAAIIcAAHCHAACGhwAAyIcAANGHAAAgiAAAI4gAAHiIAACCiAAA0IgAANiIAAAoiQAAQYkAAICJAACMiQAA2IkAAOCJAADAqBIAOIoAAIiKAACLigAA4IoAAOqKAAA4iwAAPosAAJCLAACeiwAA6IsAAPWLAABAjAAAV4wAABipEgCZjAAAYDERAJuMAAAA2QEAnowAAPCyAgCfjAAACI4IAKCMAAAALQcAoYwAAEDOAACijAAAKI4CAKWMAABozxAApowAABgpDQCnjAAA8IwAAKmMAACAWAkArowAAFhZBwCvjAAAOBEPAPqMAAC4UQoA/4wAAEiNAABUjQAAoI0AAKGNAACgYAQAo40AAPiNAAD7jQAAUI4AAFeOAACQqQEAWI4AAKiOAABojgAA4DoBAK+OAAAAjwAADI8AAFiPAABljwAAsI8AAL6PAAAIkAAAFJAAAGCQAABnkAAAuJAAAMCQAAAQkQAAIJEAAGiRAABtkQAAwJEAAMaRAAAYkgAAIJIAAHCSAAB5kgAAyJIAAMuSAAAgkwAALJMAAHiTAAB+kwAAcKkSAO+TAADIqRIANZQAAICUAACClAAAeAwBAIOUAACw1gIAh5QAAKALAwCLlAAAkN0NAIyUAAAoIAIAjpQAAAgDAwCPlAAACNcNAJmUAAC4qwIAoJQAANiUAADllAAAMJUAADWVAACIlQAAjJUAAOCVAADtlQAAOJYAAECWAACQlgAAQ5YAAJCsCwCXlgAA6JYAAJ+WAAAYDQQA6pYAAECXAABKlwAAmJcAAJqXAADwlwAACZgAAEiYAABKmAAAoJgAAKOYAAD4mAAABJkAAFCZAABYmQAAIKoSAK6ZAAAAmgAAsJkAAPD1FAC3mQAAqG4HALmZAACIwgcAu5kAAKhfAQDAmQAA4IQNAMSZAABA0A4ABpoAAFDxAAAYmgAAWJoAAFqaAACwmgAAZZoAAACwAABxmgAA4KAAAL+aAAAImwAAF5sAAGCbAABsmwAAuJsAALubAAAQnAAAE5wAAGicAACAnAAAwJwAAMecAAAYnQAAJJ0AAHCdAAB9nQAAyJ0AANadAAAgngAALJ4AAHieAAB/ngAA0J4AAOieAAAonwAANJ8AAICfAACGnwAA2J8AAN6fAAAwoAAANaAAAIigAACOoAAA0KoSAOKgAAA4oQAAP6EAAJChAACooQAA6KEAAO+hAABAogAAWaIAAJiiAACwogAA8KIAAPyiAABIowAATqMAAKCjAACmowAA+KMAAP2jAABQpAAAVqQAACirEgDBpAAAAKUAABGlAABYpQAAZqUAALClAAC/pQAACKYAABCmAABgpgAAgKYAALimAADEpgAAEKcAACSnAABopwAAcKcAAMCnAADGpwAAGKgAACSoAABwqAAAeqgAAMioAADOqAAAIKkAAC6pAAB4qQAAhKkAANCpAADrqQAAKKoAACqqAACAqgAAkaoAANiqAADgqgAAMKsAAD6rAACIqwAAi6sAAOCrAADoqwAAOKwAAEWsAACQrAAAlawAAOisAADyrAAAQK0AAEitAACYrQAAmq0AAPCtAAABrgAASK4AAFmuAACgrgAApa4AAPiuAAD8rgAAUK8AAFyvAACorwAAr68AAICrEgAFsAAAWLAAAGKwAACwsAAAyLAAAAixAAALsQAAYLEAAGmxAAC4sQAAubEAABCyAAARsgAAaLIAAG2yAADAsgAAxrIAABizAAAiswAAcLMAAHyzAADIswAAz7MAACC0AAA4tAAAeLQAAHq0AADQtAAA2bQAACi1AAAytQAAgLUAAIu1AADYtQAA8LUAADC2AABGtgAAiLYAAI22AADgtgAA57YAADi3AABEtwAA2KsSAJK3AAAIDgMAlbcAAJiUAQCZtwAAoEEHAJu3AADoDQkAobcAAOi3AADqtwAAQL0CAPa3AABAuAAATLgAAJi4AABPuAAAeI4JAKW4AADwuAAA+rgAAEi5AABJuQAAUE0SAFC5AACguQAAp7kAAPi5AAC7uQAAOL8BAP25AABQugAAXLoAAKi6AACrugAAALsAAAi7AABYuwAAZbsAALC7AAC1uwAACLwAABK8AABgvAAAaLwAALi8AAC7vAAAEL0AABm9AABovQAAab0AAMC9AADBvQAAGL4AAB2+AABwvgAAdr4AAMi+AADSvgAAIL8AACi/AAB4vwAAer8AANC/AADZvwAAKMAAADLAAACAwAAAi8AAANjAAADkwAAAMMEAAD3BAACIwQAAksEAAODBAADuwQAAOMIAAEfCAACQwgAAksIAAOjCAADywgAAQMMAAE7DAACYwwAAncMAAPDDAAD9wwAASMQAAFDEAACgxAAAocQAAPjEAAD+xAAAUMUAAFXFAACoxQAAssUAAADGAAAFxgAAWMYAAGfGAACwxgAAtcYAAAjHAAAZxwAAYMcAAGjHAAC4xwAAvscAABDIAAAcyAAAaMgAAIXIAADAyAAAycgAABjJAAAkyQAAcMkAAHPJAADIyQAA0skAACDKAAAsygAAeMoAAH/KAADQygAA2MoAACjLAABBywAAgMsAAJTLAADYywAA4MsAADDMAAAzzAAAiMwAAJTMAADgzAAA5swAADjNAABTzQAAkM0AAJzNAADozQAA7s0AADCsEgBKzgAAmM4AAKPOAADwzgAA+M4AACjhAAD8zgAASM8AAFXPAACgzwAAqs8AAPjPAAAG0AAAUNAAAF/QAACo0AAAqtAAAADRAAAK0QAAWNEAAGbRAACw0QAAtdEAAAjSAAAV0gAAYNIAAGjSAAC40gAAcNIAAFCLAQC50gAAENMAALzSAADAeAEAyNIAANCxAQAh0wAAaNMAAHHTAADA0wAA19MAABjUAAAm1AAAcNQAAH3UAADI1AAA0NQAACDVAAA/1QAAiKwSAIHVAADQ1QAA2tUAACjWAAAz1gAA4KwSAILWAADY1gAA4dYAADDXAAA61wAAiNcAAJPXAADg1wAA7NcAADjYAABF2AAAkNgAAJrYAADo2AAA9tgAAEDZAABP2QAAmNkAAJrZAADw2QAA+tkAAEjaAABW2gAAoNoAAKXaAAD42gAABdsAAFDbAABY2wAAqNsAAK7bAAAA3AAADNwAAFjcAAB13AAAsNwAALncAAAI3QAAFt0AAGDdAABm3QAAuN0AAMTdAAAQ3gAAF94AADitEgBq3gAAUGcCAG7eAADA3gAAxd4AABjfAADO3gAAuGsFACXfAABw3wAAh98AAMjfAADJ3wAAIOAAACLgAAB44AAAe+AAANDgAADT4AAAkK0SAEnhAACA4QAAgeEAANjhAADa4QAAMOIAADPiAACI4gAAi+IAAOitEgDl4gAAOOMAAD7jAACQ4wAAl+MAAOjjAAAK5AAAQOQAAEjkAACY5AAAp+QAAPDkAADy5AAASOUAAFnlAACg5QAAseUAAPjlAAAE5gAAUOYAAFfmAACo5gAAsOYAAADnAAAE5wAAWOcAAGbnAACw5wAAuucAAAjoAAAT6AAAYOgAAGXoAAC46AAAwegAABDpAAAa6QAAaOkAAHDpAADA6QAAwukAABjqAAAl6gAAcOoAAITqAADI6gAA0OoAACDrAAAh6wAAeOsAAHrrAADQ6wAA0+sAACjsAAAr7AAAQK4SAIXsAADY7AAA3uwAADDtAAA37QAAiO0AAJDtAADg7QAA7+0AADjuAAA97gAAkO4AAJ3uAADo7gAA+O4AAEDvAABO7wAAmO8AAK/vAADw7wAA+e8AAEjwAABO8AAAoPAAAKzwAAD48AAA//AAAJiuEgBV8QAA6DUDAFjxAACo8QAAXfEAAGDVCgC38QAAAPIAABHyAABY8gAAZvIAALDyAAC88gAACPMAABXzAABg8wAAavMAALjzAADA8wAAEPQAABP0AABo9AAAdPQAAMD0AADN9AAAGPUAACL1AABw9QAAePUAAMj1AADK9QAAIPYAACn2AAB49gAAgvYAAND2AADb9gAAKPcAAD33AACA9wAAiPcAANj3AADx9wAAMPgAADn4AACI+AAAkvgAAOD4AADo+AAAOPkAAEX5AACQ+QAAlfkAAOj5AADw+QAAQPoAAEH6AACY+gAAmvoAAPD6AADz+gAASPsAAEv7AADwrhIApfsAAPj7AAD++wAAUPwAAFf8AACo/AAAsPwAAAD9AAAO/QAAWP0AAFv9AACw/QAAuP0AAAj+AAAL/gAAYP4AAGz+AAC4/gAAwv4AAEivEgAR/wAAGL0PABL/AABo/wAAE/8AAND7DQAa/wAAgL8PABv/AADw1QUAH/8AALBSAgAg/wAAKIMNADT/AADQNQIAcf8AAMD/AADK/wAAGAABACMAAQBwAAEAfAABAMgAAQDVAAEAIAEBACoBAQB4AQEAhgEBANABAQDfAQEAKAIBACoCAQCAAgEAigIBANgCAQDmAgEAMAMBADUDAQCIAwEAlQMBAOADAQDwAwEAOAQBADoEAQCQBAEAngQBAOgEAQD5BAEAoK8SAEcFAQD4rxIAoAUBAFCwEgD5BQEASAYBAFIGAQCgBgEAqwYBAPgGAQAEBwEAUAcBAF0HAQCoBwEAsgcBAAAIAQAOCAEAWAgBAGcIAQCwCAEAsggBAAgJAQASCQEAYAkBAG4JAQC4CQEAvQkBABAKAQAdCgEAaAoBAHAKAQDACgEA0AoBABgLAQAaCwEAcAsBAH4LAQDICwEA2QsBAKiwEgAnDAEAALESAJEMAQDQDAEA4QwBACgNAQA0DQEAgA0BAIgNAQBYsRIA3Q0BADAOAQA4DgEAiA4BAIoOAQDgDgEAjQ4BAFhsCACXDgEAeMYFAOkOAQA4DwEA7w4BAIAmCwBCDwEAkA8BAJsPAQDoDwEA9A8BAEAQAQBNEAEAmBABAKIQAQDwEAEA/hABAEgRAQBXEQEAoBEBAKIRAQD4EQEAAhIBAFASAQBcEgEAqBIBALASAQCwsRIAAxMBAFgTAQBmEwEAsBMBAL0TAQAIFAEAHxQBAGAUAQBoFAEAuBQBAM4UAQAQFQEAHBUBAGgVAQB3FQEAwBUBAMsVAQAYFgEAGhYBAHAWAQB9FgEAyBYBANYWAQAgFwEAIxcBAHgXAQCOFwEA0BcBANgXAQAoGAEAOhgBAAiyEgCIGAEAMOwEAIoYAQAABBEAjRgBAPCODgCPGAEA2BgBAN0YAQAwGQEANxkBAIgZAQCUGQEA4BkBAO0ZAQA4GgEAOhoBAJAaAQCmGgEA6BoBAPQaAQBAGwEAXxsBAJgbAQC0GwEA8BsBAPgbAQBgshIAShwBAKAcAQCpHAEA+BwBAAIdAQBQHQEAWx0BAKgdAQC0HQEAAB4BAA0eAQBYHgEAYh4BALAeAQC+HgEACB8BABcfAQBgHwEAYh8BALgfAQDCHwEAECABAB4gAQBoIAEAbSABAMAgAQDNIAEAGCEBACghAQBwIQEAciEBAMghAQDWIQEAICIBADEiAQC4shIAfyIBABCzEgDSIgEA+FoGANUiAQAoIwEA2SIBAMj9AQDcIgEAQMEIAN4iAQCgwQEA5CIBAIDoBQAvIwEAQHMMADUjAQCAIwEAlyMBANgjAQDdIwEAMCQBADMkAQCIJAEAOiQBAMgaBwBMJAEAyCUHAI0kAQDwHwcAlCQBAOAkAQDmJAEAmDEBAO8kAQA4JQEAQSUBAJAlAQCWJQEA6CUBAPYlAQBAJgEASiYBAJgmAQCsJgEA8CYBAPwmAQBIJwEAWycBAKAnAQCvJwEA+CcBAAQoAQBQKAEAUSgBAKgoAQCyKAEAACkBAA4pAQBYKQEAXSkBALApAQC9KQEAwLMSABsqAQBgKgEAbyoBALgqAQDEKgEAECsBABErAQBoKwEAcisBAMArAQDOKwEAGCwBAB0sAQBwLAEAfSwBAMi0EgDKLAEAIC0BACktAQB4LQEAgi0BANAtAQDbLQEAKC4BADQuAQCALgEAjS4BANguAQDiLgEAMC8BAD4vAQCILwEAly8BAOAvAQDiLwEAODABAEIwAQCQMAEAnjABAOgwAQD1MAEAQDEBAFcxAQAgtRIAszEBAPAxAQD8MQEASDIBAE4yAQCgMgEArDIBAPgyAQD+MgEAUDMBAFYzAQCoMwEArTMBAAA0AQAGNAEAeLUSAGE0AQCwNAEAujQBAAg1AQATNQEAYDUBAGw1AQC4NQEAxTUBABA2AQAaNgEAaDYBAHY2AQDANgEAzzYBABg3AQAaNwEAcDcBAHo3AQDINwEA1jcBACA4AQAlOAEAeDgBAIU4AQDQOAEA2DgBACg5AQA4OQEAgDkBAII5AQDYOQEA5jkBADA6AQBBOgEAgLYSAI86AQDYthIA5joBADg7AQBEOwEAkDsBAKA7AQDoOwEA8TsBAEA8AQBDPAEAmDwBAKQ8AQDwPAEA9zwBAEg9AQBQPQEAoD0BAL49AQD4PQEAAD4BAFA+AQBhPgEAqD4BAK0+AQAAPwEAFz8BAFg/AQBmPwEAsD8BAL0/AQAIQAEAEEABAGBAAQBkQAEAuEABALpAAQAQQQEAE0EBAGhBAQBwQQEAwEEBAMZBAQAYQgEAJEIBAHBCAQCAQgEAyEIBANFCAQAgQwEAI0MBAHhDAQCEQwEA0EMBANdDAQAwtxIAMUQBAIBEAQCDRAEA2EQBAOZEAQAwRQEAPUUBAIhFAQCfRQEA4EUBAOhFAQA4RgEAOkYBAJBGAQCZRgEA6EYBAPJGAQBARwEAS0cBAJhHAQCkRwEA8EcBAP1HAQBISAEAUkgBAKBIAQCuSAEA+EgBAAdJAQBQSQEAUkkBAKhJAQCySQEAAEoBAA5KAQBYSgEAXUoBALBKAQC9SgEACEsBABBLAQBgSwEAdksBALhLAQDESwEAEEwBAB9MAQBoTAEAc0wBAMBMAQDCTAEAGE0BACVNAQBwTQEAfk0BAMhNAQDLTQEAIE4BADZOAQCItxIAgE4BALBdAgCETgEA0AkCAIZOAQCI0QIAkE4BANBOAQDSTgEAKE8BADlPAQCATwEAkU8BANhPAQDdTwEAMFABADRQAQCIUAEAlFABAOBQAQDnUAEAOFEBAEBRAQCQUQEArlEBAOhRAQDwUQEA4LcSAEVSAQCYUgEAmVIBANDUDwCnUgEAeBwOALFSAQDwUgEA8lIBAEhTAQBhUwEAoFMBALFTAQD4UwEABFQBAFBUAQBSVAEAqFQBALFUAQAAVQEAt1QBANhaAQAKVQEAWFUBAGNVAQCwVQEAvFUBAAhWAQAVVgEAYFYBAGpWAQC4VgEAxlYBABBXAQAfVwEAaFcBAGpXAQDAVwEAylcBABhYAQAmWAEAcFgBAHVYAQDIWAEA1VgBACBZAQAsWQEAeFkBAH5ZAQDQWQEA1lkBAChaAQAtWgEAgFoBAIZaAQA4uBIA51oBADBbAQA8WwEAiFsBAItbAQDgWwEA41sBADhcAQA/XAEAkFwBAJxcAQDoXAEA9VwBAEBdAQBOXQEAmF0BAKRdAQDwXQEA910BAJC4EgBOXgEAoF4BAKZeAQD4XgEA/V4BAFBfAQBWXwEA6LgSAKlfAQBYRwIAsl8BAOA3DQC0XwEAoI4SALZfAQCQHw4At18BAABgAQAMYAEAWGABAFlgAQCwYAEAZGABALgvDgC6YAEACGEBABZhAQBgYQEAZWEBALhhAQDFYQEAQLkSABJiAQAo5g0AHmIBABjZDQAzYgEAmLkSAI5iAQDAYgEA52IBABhjAQA8YwEAcGMBAHhjAQDwuRIA1GMBACBkAQAiZAEAeGQBAHtkAQDQZAEA1WQBAChlAQA1ZQEAgGUBAJxlAQDYZQEA4GUBAEi6EgA5ZgEAiGYBAD1mAQDYcAEAi2YBAOBmAQDsZgEAOGcBAD5nAQCQZwEAnWcBAOhnAQDqZwEAQGgBAFZoAQCYaAEApGgBAPBoAQD4aAEAoLoSAE5pAQCgaQEAqGkBAPhpAQD5aQEAUGoBAFJqAQCoagEAq2oBAABrAQADawEA+LoSAF1rAQCwawEAtmsBAAhsAQAPbAEAYGwBAGhsAQC4bAEAxWwBABBtAQAVbQEAaG0BAHJtAQDAbQEAyG0BABhuAQAabgEAcG4BAIFuAQDIbgEA2W4BACBvAQAlbwEAeG8BAHxvAQDQbwEA3G8BAChwAQAvcAEAgHABAJJwAQBQuxIA3XABADBxAQA4cQEAiHEBAIpxAQDgcQEA73EBADhyAQBHcgEAkHIBAJxyAQDocgEA63IBAEBzAQBDcwEAmHMBAKBzAQDwcwEA+nMBAEh0AQBNdAEAoHQBAKh0AQD4dAEAAnUBAFB1AQBbdQEAqHUBALZ1AQAAdgEAA3YBAFh2AQBgdgEAsHYBAMt2AQAIdwEAE3cBAGB3AQBldwEAuHcBALt3AQAQeAEAGngBAGh4AQB6eAEAqLsSAM54AQAYeQEAInkBAHB5AQB7eQEAyHkBANB5AQAgegEAJnoBAHh6AQB6egEA0HoBAOl6AQAoewEAQXsBAIB7AQCOewEA2HsBAOJ7AQAwfAEARnwBAIh8AQClfAEA4HwBAOh8AQA4fQEASH0BAJB9AQCSfQEA6H0BAPZ9AQBAfgEAUX4BAAC8EgCffgEAWLwSAPF+AQBIfwEAWX8BAKB/AQCsfwEA+H8BAPp/AQBQgAEAU4ABAKiAAQC0gAEAAIEBAAiBAQAIvRIAY4EBALCBAQC8gQEACIIBABeCAQBgggEAgIIBALiCAQDAggEAEIMBACSDAQBogwEAbYMBAMCDAQDJgwEAGIQBAB6EAQBwhAEAeIQBAMiEAQDXhAEAIIUBACWFAQB4hQEAhYUBANCFAQDdhQEAKIYBADSGAQCAhgEAj4YBANiGAQDihgEAMIcBAD6HAQCIhwEAjYcBAOCHAQDthwEAOIgBAECIAQCQiAEAk4gBAOiIAQD0iAEAQIkBAEqJAQCYiQEAookBAPCJAQD+iQEASIoBAFWKAQCgigEAt4oBAPiKAQD7igEAYL0SAFKLAQCoiwEAtosBAACMAQARjAEAuL0SAF+MAQAQvhIAz4wBAAiNAQAYjQEAYI0BAGKNAQC4jQEAxo0BABCOAQAhjgEAaL4SAG+OAQDAvhIAxY4BABiPAQAgjwEAcI8BAHKPAQDIjwEA0Y8BACCQAQAqkAEAeJABAIOQAQDQkAEA3JABACiRAQA1kQEAgJEBAIqRAQDYkQEA5pEBADCSAQA/kgEAiJIBAIqSAQDgkgEA6pIBADiTAQBEkwEAkJMBAJiTAQBwvxIA7ZMBAECUAQBIlAEAyL8SAJ+UAQDwlAEAoZQBALBMBACllAEAcNEBAKmUAQB4Ww8ArpQBAFD5AQCzlAEAeJUDAPyUAQBIlQEAUJUBAPhGFABklQEA8BcRAHCVAQCglQEAxpUBAPiVAQAhlgEAUJYBAHaWAQColgEAzpYBAACXAQAIlwEAWJcBAIKXAQCwlwEAyZcBAAiYAQAKmAEAYJgBAGeYAQC4mAEAwJgBABCZAQAfmQEAaJkBAG6ZAQDAmQEAzJkBABiaAQAfmgEAcJoBAHyaAQDImgEA1ZoBACCbAQAqmwEAeJsBAIabAQDQmwEA0psBACicAQA5nAEAgJwBAIOcAQDYnAEAA50BACDAEgAznQEAOHQEADqdAQD4yAYAPZ0BAIidAQBAnQEAkGEOAEGdAQCg3wIARp0BAGDRBACPnQEA0KMCAJKdAQA45QMAl50BAFi3EACjnQEA4J0BAOKdAQA4ngEASZ4BAJCeAQCengEA6J4BAO+eAQBAnwEAQp8BAJifAQBFnwEAaMICAEifAQB4vAEAp58BAPCfAQD/nwEASKABAFSgAQCgoAEAo6ABAPigAQD7oAEAUKEBAHChAQCooQEAtKEBAACiAQAUogEAWKIBAGaiAQCwogEAt6IBAHjAEgAeowEAQI4DAB+jAQBgowEAYqMBAMC3DQBjowEAuLYNAG2jAQC4owEAuqMBABCkAQAapAEAaKQBACGkAQCIuw0AcaQBAMCkAQDGpAEAGKUBACSlAQBwpQEAd6UBAMilAQDNpQEAIKYBACymAQB4pgEAe6YBANCmAQDdpgEAKKcBAC2nAQCApwEAiqcBANinAQDupwEAMKgBADKoAQCIqAEAkqgBAOCoAQDvqAEAOKkBAEOpAQDQwBIAnKkBAOipAQD1qQEAQKoBAE6qAQCYqgEApKoBAPCqAQD3qgEAKMESAE2rAQCgqwEAVKsBAKA0DwBWqwEA4NYEAKKrAQDILgQApasBAEjaCwCvqwEACCoMALerAQD4qwEABqwBAFCsAQBdrAEAqKwBALCsAQAArQEACq0BAIhnCAAQrQEAWK0BAFqtAQCwrQEAvq0BAAiuAQAZrgEAgMESAGeuAQDYwRIAva4BABCvAQAWrwEAaK8BAHCvAQDArwEAya8BABiwAQAbsAEAcLABAHywAQDIsAEAzrABACCxAQAosQEAeLEBAJexAQCIwhIA0rEBACiyAQA2sgEAgLIBAJGyAQDgwhIA37IBADjDEgA1swEAiLMBAI6zAQDgswEA6LMBADi0AQBBtAEAkLQBAJO0AQDotAEA9LQBAEC1AQBGtQEA6MMSAJq1AQDwtQEA+bUBAEi2AQBStgEAoLYBAKu2AQD4tgEABLcBAFC3AQBdtwEAqLcBALK3AQAAuAEADrgBAFi4AQBnuAEAsLgBALK4AQAIuQEAErkBAGC5AQBuuQEAuLkBAL25AQAQugEAHboBAGi6AQBwugEAwLoBANC6AQAYuwEAGrsBAHC7AQB+uwEAyLsBANm7AQBAxBIAJ7wBAJjEEgCBvAEA0LwBANO8AQAovQEANL0BAIC9AQCGvQEA2L0BAOW9AQAwvgEAMr4BAIi+AQCevgEA4L4BAOy+AQDwxBIARL8BAJC/AQCWvwEA6L8BAOu/AQBAwAEATsABAJjAAQCdwAEA8MABAP3AAQBIwQEAUMEBAEjFEgCtwQEA+MEBAAbCAQBQwgEAWsIBAMjcAQBmwgEAqMIBALHCAQAAwwEAFsMBAFjDAQBgwwEAsMMBALPDAQAIxAEAEcQBAGDEAQBhxAEAuMQBALnEAQAQxQEAFcUBAGjFAQBuxQEAwMUBAMrFAQAYxgEAJMYBAHDGAQB3xgEAyMYBANDGAQAgxwEAIscBAHjHAQB5xwEA0McBAN7HAQAoyAEAMMgBAIDIAQCbyAEA2MgBAOTIAQAwyQEANskBAIjJAQCLyQEA4MkBAO7JAQA4ygEAPcoBAJDKAQCdygEA6MoBAPDKAQBAywEATssBAJjLAQCbywEAoMUSAPPLAQBIzAEA9MsBAJiwCgD8ywEAwJ8KAP7LAQBAchAAA8wBAJCoEABLzAEAoMwBALHMAQD4zAEAFM0BAFDNAQBYzQEA+MUSALnNAQAAzgEACM4BAFjOAQBezgEAsM4BALXOAQAIzwEAEc8BAGDPAQBqzwEAuM8BAMbPAQAQ0AEAHdABAGjQAQB00AEAwNABAMPQAQAY0QEANNEBAFDGEgBz0QEAMHMPAHrRAQDISREAfNEBAKjICgB90QEAyNEBAH/RAQCo9gIA1NEBACDSAQAj0gEAIM0KAC/SAQB40gEAM9IBAEi8CgCC0gEA0NIBANjSAQA41QEA3NIBAAhHEQDe0gEAKNMBAOzSAQBIngkALdMBAIhHBAA10wEAgNMBAJfTAQDY0wEA4NMBADDUAQA61AEAiNQBAI3UAQDg1AEA6NQBAKjGEgBC1QEAkNUBAETVAQBA9QkAR9UBAEjOBACV1QEA6NUBAPDVAQAAxxIAQtYBALB+AgBD1gEAyIENAEXWAQBILQoASdYBAOjVDABM1gEAmNYBAE7WAQCQvhAAmtYBAEhwBgCf1gEA8NYBAKfWAQBAyAIAqNYBAPiHAgD+1gEASNcBAEvXAQCg1wEAqNcBAPjXAQCs1wEAALQGAK/XAQCghgYAvNcBAHCABgD91wEAUNgBAAfYAQB42QYAXdgBAKjYAQCw2AEAWMcSAAPZAQBY2QEAFNkBAFC5BABk2QEAsNkBALbZAQAI2gEAEtoBALDHEgBl2gEAuNoBAMXaAQAQ2wEAGNsBAMjVEgAc2wEAaNsBACDbAQAA7wEALNsBAHjMDgBu2wEAwNsBAMbbAQAY3AEAHdwBAHDcAQB23AEACMgSANTcAQAg3QEAI90BAHjdAQCC3QEA0N0BAOzdAQAo3gEARN4BAGDIEgCD3gEA2N4BANveAQAw3wEAPN8BAIjfAQCO3wEA4N8BAOrfAQC4yBIAPeABAJDgAQCd4AEAEMkSAOrgAQDAZA8A6+ABAEDhAQDu4AEA0MQNAP7gAQCQwgsASuEBAJjhAQCb4QEAoEoPAKDhAQCw0hIAtOEBAPDhAQAM4gEAaMkSAFXiAQCg4gEAruIBAPjiAQAC4wEAUOMBAGzjAQCo4wEAxOMBAMDJEgAD5AEAWOQBAFvkAQCw5AEAvOQBAAjlAQAO5QEAYOUBAGrlAQAYyhIAveUBABDmAQAd5gEAaOYBAHjmAQDA5gEAwuYBABjnAQAm5wEAcOcBAIHnAQBwyhIAz+cBAMjKEgAm6AEAeOgBAH7oAQDQ6AEA1egBACjpAQAu6QEAIMsSAIrpAQDIuA0AjukBANjpAQDp6QEAeMsSADfqAQDQyxIAkOoBACjMEgDu6gEAOOsBAD/rAQCQ6wEAmOsBAOjrAQD16wEAQOwBAEXsAQCY7AEAouwBAPDsAQD47AEASO0BAE7tAQCg7QEAou0BAPjtAQAG7gEAUO4BAFPuAQCo7gEAtO4BAIDMEgAC7wEAWO8BAGbvAQCw7wEAwe8BANjMEgAP8AEAMM0SAGbwAQC48AEAvvABABDxAQAV8QEAaPEBAG7xAQCIzRIAwvEBABjyAQDJ8QEAwEAQAMzxAQC4lAYAM/IBAHDyAQBy8gEAyPIBAOLyAQAg8wEALfMBAAA6CgAx8wEAePMBAHrzAQDQ8wEA3fMBACj0AQA/9AEAgPQBAJr0AQDY9AEA2vQBADD1AQDe9AEAOPAOADP1AQCI9QEAi/UBAOD1AQDs9QEAOPYBAD72AQCQ9gEAmvYBAODNEgDt9gEAQPcBAE33AQCY9wEApPcBAPD3AQD29wEASPgBAE74AQCg+AEApfgBAPj4AQD++AEAOM4SAFH5AQCo+QEAZvkBAOCyBQCq+QEAAPoBALb5AQCYQQMABvoBAFj6AQBm+gEAsPoBALP6AQAI+wEADfsBAGD7AQBt+wEAuPsBAMj7AQAQ/AEAEvwBAGj8AQB2/AEAwPwBANH8AQCQzhIAHv0BAHD9AQB8/QEA6M4SANn9AQAg/gEAKv4BAHj+AQCG/gEA0P4BANH+AQAo/wEAOf8BAID/AQCM/wEA2P8BAOj/AQAwAAIAMgACAIgAAgCWAAIA4AACAPEAAgBAzxIAPgECAJABAgCcAQIAmM8SAO4BAgBAAgIARgICAJgCAgCdAgIA8AICAPYCAgBI0BIAUAMCAKADAgCqAwIA0I8QALkDAgD4AwIAAQQCAFAEAgBaBAIAqAQCALAEAgAABQIABAUCAFgFAgBaBQIAsAUCALMFAgAIBgIAJAYCAKDQEgBiBgIAuAYCAMUGAgAQBwIAHQcCAGgHAgB0BwIAwAcCAMcHAgAYCAIAIAgCAHAIAgCACAIAyAgCAM0IAgAgCQIAJgkCAHgJAgCACQIA+NASAOwJAgAoCgIAMAoCAFDREgCMCgIA2AoCANsKAgAwCwIAOgsCAKjREgCWCwIA4AsCAOcLAgA4DAIAQAwCAJAMAgCdDAIA6AwCAO0MAgBADQIASg0CAJgNAgCgDQIA8A0CAPENAgBIDgIASg4CAKAOAgCtDgIA+A4CAAYPAgBQDwIAXw8CAKgPAgCwDwIAABACAAIQAgBYEAIAWxACALAQAgC4EAIACBECABQRAgBgEQIAcxECALgRAgC5EQIAEBICABwSAgBoEgIAdxICAMASAgDKEgIAGBMCACQTAgBwEwIAdxMCAFjSEgDWEwIAIBQCAC0UAgB4FAIAMRQCAKCXDwCGFAIA0BQCANMUAgAoFQIAMxUCAIAVAgCMFQIA2BUCAN8VAgAwFgIAOBYCAIgWAgCMFgIA4BYCAO4WAgA4FwIAQhcCAJAXAgCbFwIA6BcCAO0XAgBAGAIASRgCAJgYAgCiGAIA8BgCAPgYAgBIGQIAThkCAKAZAgCpGQIA+BkCAAUaAgBQGgIAXRoCAKgaAgC2GgIAABsCAA0bAgBYGwIAbxsCALAbAgC4GwIACBwCAAocAgBgHAIAbRwCALgcAgDMHAIAEB0CABgdAgBoHQIAah0CAMAdAgDDHQIAGB4CABseAgBwHgIAfB4CAMgeAgDOHgIAIB8CACofAgAI0xIAfR8CANAfAgDdHwIAYNMSADsgAgCAIAIAgSACANggAgDkIAIAMCECAD8hAgCIIQIAkiECAOAhAgDsIQIAOCICAD8iAgAQ1BIAliICAIBUDgCjIgIA6CICAPciAgBAIwIATCMCAJgjAgCZIwIA8CMCAPojAgBIJAIAViQCAKAkAgClJAIA+CQCAAUlAgDA1BIAWCUCAKglAgC0JQIAACYCABMmAgBYJgIAWSYCALAmAgC8JgIACCcCABcnAgBgJwIAaicCALgnAgDEJwIAECgCABcoAgAY1RIAeSgCAMAoAgDMKAIAGCkCACgpAgBwKQIAeikCAMgpAgDQKQIAICoCAEgqAgB4KgIATioCAEgvAgCgKgIA0CoCANgqAgAoKwIALisCAIArAgCOKwIA2CsCAO8rAgAwLAIAOywCAIgsAgCSLAIA4CwCAA0tAgA4LQIAQC0CAJAtAgCgLQIA6C0CAOotAgBALgIATi4CAJguAgCpLgIAINYSAPcuAgB41hIAcC8CAKAvAgCoLwIA+C8CAP4vAgBQMAIAXjACAKgwAgC/MAIAADECAAsxAgBYMQIAYjECALAxAgDdMQIACDICABAyAgBgMgIAcDICALgyAgC6MgIAEDMCAB4zAgBoMwIAeTMCANDWEgDHMwIAKNcSABo0AgBwNAIAfjQCAMg0AgDZNAIAgNcSACc1AgDY1xIAgDUCADDYEgDYNQIAiNgSAOw1AgBgNQwAKjYCAIA2AgCONgIA2DYCAOk2AgDg2BIANjcCAIg3AgCUNwIAONkSAOk3AgA4OAIA8TcCADDpEABFOAIAkDgCAJ44AgDoOAIA8jgCAEA5AgBaOQIAmDkCAJs5AgDwOQIA9zkCAEg6AgBoOgIAoDoCALo6AgCQ2RIABTsCAFA7AgAJOwIAuJUCAA47AgB48AIAXjsCAKg7AgCyOwIAADwCABo8AgBYPAIAaDwCALA8AgC2PAIACD0CAAo9AgBgPQIAdj0CALg9AgDEPQIAED4CABQ+AgBoPgIAbT4CAMA+AgDGPgIAGD8CADg/AgBwPwIAij8CAMg/AgDKPwIAIEACACNAAgB4QAIAe0ACANBAAgDcQAIAKEECAC5BAgCAQQIAikECAOjZEgDdQQIAMEICAD1CAgCIQgIAlEICAOBCAgDzQgIAOEMCAEdDAgCQQwIAnEMCAOhDAgDpQwIAQEQCAEpEAgCYRAIApkQCAPBEAgD1RAIASEUCAFVFAgBA2hIAoUUCADi0DACiRQIAYPgNAKNFAgBIgAgApEUCAHhsAgClRQIAONQQAKZFAgAwbAoAp0UCAJDoDQCqRQIAiGgPAKtFAgC47Q0ArEUCALATDACtRQIAwB0NAK5FAgA44AwAr0UCAGBSBgCwRQIA+EUCALNFAgCw7hAAuEUCAPhnFAC5RQIA0LgRALpFAgBwFRAAvEUCAGDLEQDDRQIAcJgUAMhFAgDQIRAA5UUCAKhsDwDrRQIA4IUUAPpFAgBQRgIACUYCAGjdDwBeRgIAqEYCALlGAgCY2hIAB0cCAPDaEgBkRwIAsEcCAL9HAgAISAIAEkgCAGBIAgBsSAIAuEgCAINIAgCQzA8Av0gCAKDbEgASSQIAaEkCAHlJAgDASQIAyUkCABhKAgAkSgIAcEoCAHNKAgDISgIA0EoCACBLAgAqSwIAeEsCAH1LAgDQSwIA2EsCAChMAgBBTAIAgEwCAIxMAgDYTAIA4EwCAFDcEgA4TQIAqNwSAItNAgDgTQIA400CADhOAgBETgIAkE4CAJZOAgDoTgIA8k4CAADdEgBFTwIAmE8CAKVPAgBY3RIA9k8CAEhQAgBOUAIAoFACAKVQAgD4UAIA/lACAAjeEgBYUQIAYN4SAKpRAgAYvgsArVECAABSAgC0UQIAYHoLAApSAgBYUgIAD1ICAKBGCQBgUgIAuFsOAHRSAgC43hIAtVICAAhTAgAeUwIAYFMCAGFTAgC4UwIAulMCABBUAgAWVAIAaFQCAHRUAgDAVAIAx1QCABhVAgAgVQIAcFUCAHlVAgDIVQIAy1UCACBWAgAuVgIAeFYCAIVWAgDQVgIA51YCAChXAgAwVwIAgFcCAIxXAgCIWAIAqFcCANhXAgAAWAIAMFgCAFRYAgBo3xIApVgCAOBYAgDpWAIA6FkCAPFYAgA4WQIAaFkCAJBZAgC0WQIAwN8SAOpZAgBAWgIAUVoCAJhaAgDIWgIA8FoCABRbAgAY4BIATVsCAGAsDwBOWwIAMF8HAFFbAgCgWwIAVFsCAOghEQCqWwIA+FsCAK1bAgBwZwcArlsCADCREAAAXAIAUFwCAFRcAgCoXAIAqlwCAABdAgADXQIAWF0CAHRdAgBw4BIAtV0CAHDODQC6XQIAuEUOALxdAgAIXgIAwF0CAGgKDAAlXgIAYF4CAGleAgC4XgIAul4CABBfAgAhXwIAyOASAG1fAgDAXwIAyV8CABhgAgApYAIAcGACAHdgAgDIYAIA0GACACBhAgDiYAIA2IMCAC1hAgDQYQIAL2ECADBjAgA5YQIAeGECAIRhAgAg4RIA1WECAChiAgAyYgIAgGICAIhiAgB44RIA5GICANDhEgA1YwIAiGMCAJVjAgDgYwIA6mMCADhkAgA6ZAIAkGQCAJ5kAgDoZAIA9WQCACjiEgBFZQIAmGUCAKVlAgDwZQIA+mUCAEhmAgBKZgIAoGYCAK5mAgD4ZgIABWcCAIDiEgBTZwIAsGoQAFZnAgAoMA8AXWcCAKhnAgCyZwIA2OISAAhoAgBYaAIAEmgCAPh5AwBaaAIAyLoQAGVoAgCoOgYAb2gCALBoAgBxaAIAeKADAH5oAgCQeg0AtWgCAAhpAgASaQIAYGkCAGhpAgAw4xIAuWkCAMjxEADCaQIAEGoCABxqAgBoagIAa2oCAMBqAgDKagIAGGsCADJrAgBwawIAh2sCAMhrAgDNawIAIGwCADxsAgCI4xIAemwCANBsAgDdbAIAKG0CADJtAgDg4xIAim0CANhtAgCRbQIAgPUIAORtAgAwbgIAM24CAIhuAgCSbgIA4G4CAPpuAgA4bwIAPm8CAJBvAgCSbwIA6G8CAPZvAgBAcAIAQ3ACAJhwAgCkcAIA8HACAPNwAgBIcQIAa3ECADjkEgCicQIA+HECAAZyAgBQcgIAU3ICAKhyAgC0cgIAAHMCAANzAgCQ5BIAY3MCALBzAgC2cwIACHQCAA10AgBgdAIAZHQCALh0AgC7dAIA6OQSABF1AgBAHQ8AE3UCADCOEQAWdQIAaHUCABl1AgCghhEAGnUCADh6AgAcdQIAsHIRAB51AgDIahEAH3UCAJB5EQAgdQIA0JcRACd1AgDAzQ0AKnUCANDMDgB0dQIAwHUCAOx1AgAYdgIAJHYCAHB2AgB/dgIAyHYCANJ2AgAgdwIAI3cCAHh3AgCSdwIA0HcCANp3AgAoeAIALXgCAIB4AgCKeAIA2HgCAON4AgAweQIANnkCAIh5AgCNeQIA4HkCAOR5AgBA5RIAPXoCAJB6AgBGegIAyIARAJp6AgDoegIA83oCAEB7AgBGewIAmHsCAJ17AgDwewIA9HsCAJjlEgBNfAIA0CcDAE98AgAoyg8AUHwCAKBNDgBSfAIAYK0QAGJ8AgCgfAIAqnwCAPh8AgADfQIAUH0CAFZ9AgCofQIArX0CAAB+AgAEfgIAWH4CAHt+AgDw5RIAvX4CAIiwAgC+fgIACH8CAAt/AgBgfwIAbH8CALh/AgDQfwIAEIACAByAAgBogAIAboACAMCAAgDGgAIAGIECAB2BAgBwgQIAdoECAEjmEgDSgQIAIIICACuCAgB4ggIAfoICANCCAgDVggIAKIMCACyDAgCAgwIAg4MCAKDmEgDigwIAMIQCADuEAgCIhAIAjoQCAOCEAgDlhAIAOIUCADyFAgD45hIAkYUCAOiFAgD0hQIAQIYCAEyGAgCYhgIAnoYCAPCGAgD2hgIASIcCAE2HAgCghwIApocCAFDnEgAEiAIAUIgCAFaIAgCoiAIAtIgCAACJAgANiQIAWIkCAGeJAgCwiQIAvIkCAAiKAgAUigIAYIoCAGaKAgC4igIAvooCABCLAgAViwIAaIsCAG6LAgCo5xIAyosCAKhzCQDWiwIAGIwCANmLAgDAcwoAJIwCAHCMAgB4jAIAwNETAHyMAgDIjAIAzowCACCNAgAmjQIAeI0CAH2NAgDQjQIA1o0CAADoEgAwjgIAmGYUADKOAgCAjgIAho4CANiOAgCMjgIASBYDAOaOAgAwjwIASY8CAIiPAgCRjwIA4I8CAOqPAgA4kAIARJACAJCQAgCckAIA6JACAO6QAgBAkQIARpECAJiRAgCdkQIA8JECAPaRAgBY6BIAVJICAKCSAgCqkgIA+JICAAOTAgBQkwIAVZMCAKiTAgCvkwIAAJQCAAyUAgBYlAIAXpQCALCUAgC2lAIACJUCAA2VAgBglQIAZpUCALDoEgDJlQIAEJYCABGWAgBolgIAFpYCAJCbAgBtlgIAwJYCAM6WAgAYlwIAJZcCAHCXAgB6lwIAyJcCANSXAgAgmAIAJpgCAHiYAgCEmAIA0JgCAOOYAgAomQIAN5kCAICZAgCMmQIA2JkCANmZAgAwmgIAOpoCAIiaAgCWmgIA4JoCAOWaAgA4mwIARZsCAAjpEgCcmwIA6JsCAPibAgBAnAIATJwCAJicAgCenAIA8JwCAPycAgBInQIAVZ0CAKCdAgCvnQIA+J0CAASeAgBQngIAXJ4CAKieAgC7ngIAAJ8CAA+fAgBYnwIAZJ8CALCfAgCxnwIACKACABKgAgBgoAIAbqACALigAgC9oAIAEKECAB2hAgBg6RIAaqECAGiHBwB0oQIAwKECAHWhAgAIbwsAdqECAPC9DQDUoQIAGKICACSiAgBwogIAMaICAGD6EAB2ogIAyKICAM6iAgAgowIAJaMCAHijAgB+owIAuOkSANyjAgAopAIANaQCAGA6AwA7pAIAgKQCAIWkAgC4tgIAiKQCANisAwCMpAIA2KQCAN6kAgAwpQIANqUCAIilAgCNpQIA4KUCAOalAgAQ6hIARKYCAJCmAgCWpgIA6KYCAO2mAgBApwIAR6cCAJinAgCmpwIA8KcCAAuoAgBIqAIAVqgCAKCoAgCjqAIA+KgCAAapAgBQqQIAVakCAKipAgC1qQIAAKoCAAyqAgBYqgIAXqoCALCqAgC2qgIACKsCAA2rAgBgqwIAZqsCAGjqEgC9qwIAEKwCABmsAgBorAIAdawCAMCsAgDHrAIAGK0CACmtAgBwrQIAda0CAMitAgDXrQIAIK4CACKuAgB4rgIAia4CANCuAgDcrgIAKK8CAC6vAgCArwIAhq8CANivAgDdrwIAMLACADawAgDA6hIAn7ACAOCwAgDssAIAOLECAESxAgCQsQIAlrECAOixAgDusQIAQLICAEWyAgCYsgIAnrICABjrEgD2sgIAMOcCAAezAgBIswIAUbMCAKCzAgC2swIA+LMCAAS0AgBQtAIAXbQCAKi0AgCytAIAALUCAAy1AgBYtQIAXrUCALC1AgC2tQIACLYCAA22AgBgtgIAZrYCAHDrEgDBtgIAELcCABq3AgBotwIAbbcCAMC3AgDQtwIAGLgCADG4AgBwuAIAdbgCAMi4AgDRuAIAILkCAC25AgB4uQIAf7kCANC5AgDTuQIAKLoCADS6AgCAugIAk7oCANi6AgDnugIAMLsCADy7AgCIuwIAibsCAOC7AgDquwIAOLwCAEa8AgCQvAIAlbwCAOi8AgD1vAIAyOsSAEO9AgCYvQIAm70CAPC9AgD9vQIAYAYNAP+9AgBIvgIASr4CAKC+AgCjvgIA+L4CAAK/AgBQvwIAXL8CAKi/AgC7vwIAAMACAA/AAgBYwAIAZMACALDAAgCxwAIACMECABLBAgBgwQIAbsECALjBAgC9wQIAEMICAB3CAgAg7BIAacICAMDCAgDMwgIAGMMCAB7DAgBwwwIAcsMCAMjDAgDSwwIAIMQCAC7EAgB4xAIAfcQCANDEAgDdxAIAKMUCADTFAgCAxQIAk8UCANjFAgDnxQIAMMYCADzGAgCIxgIAicYCAODGAgDqxgIAOMcCAEbHAgCQxwIAlccCAOjHAgD1xwIAeOwSAEnIAgCYyAIATMgCAIhVDgCeyAIA8MgCAPPIAgBIyQIAVskCAKDJAgClyQIA+MkCAAXKAgBQygIAXMoCAKjKAgCuygIAAMsCAAbLAgBYywIAXcsCALDLAgC2ywIA0OwSAArMAgBgzAIADcwCANj+EAAPzAIAEJAPAG/MAgC4zAIA2MwCABDNAgAVzQIAaM0CAIPNAgDAzQIAzM0CABjOAgAezgIAcM4CAIDOAgDIzgIA2c4CACDPAgAlzwIAeM8CAHzPAgDQzwIA3M8CACjQAgAu0AIAgNACAIbQAgDY0AIA3dACADDRAgA20QIAKO0SAJfRAgBYwhAAntECAODRAgDh0QIAONICAEnSAgCQ0gIAnNICAOjSAgD+0gIAQNMCAEzTAgCY0wIApdMCAPDTAgD60wIASNQCAFTUAgCg1AIAp9QCAPjUAgAE1QIAUNUCAFbVAgCo1QIArtUCAADWAgAF1gIAWNYCAF7WAgCA7RIAstYCAHAoEQC51gIACNcCAAnXAgBg1wIAYdcCALjXAgC91wIAENgCABbYAgBo2AIActgCAMDYAgDM2AIAGNkCAB/ZAgBw2QIAddkCAMjZAgDJ2QIAINoCACzaAgB42gIAftoCANDaAgDS2gIAKNsCADLbAgCA2wIAjtsCANjbAgDd2wIAMNwCAD3cAgCI3AIAlNwCAODcAgDz3AIAON0CAEfdAgCQ3QIAnN0CAOjdAgDp3QIAQN4CAEreAgCY3gIApt4CAPDeAgD13gIASN8CAFXfAgDY7RIAsd8CAPjfAgAE4AIAUOACAGfgAgCo4AIAquACAADhAgAR4QIAWOECAFrhAgCw4QIAtuECAAjiAgAf4gIAYOICAGniAgC44gIAzuICABDjAgAc4wIAaOMCAHXjAgDA4wIAyuMCABjkAgAk5AIAcOQCAIPkAgDI5AIA1+QCACDlAgAs5QIAeOUCAHnlAgDQ5QIA2uUCACjmAgA25gIAgOYCAIXmAgDY5gIA5eYCADDuEgAy5wIAiOcCAJznAgDg5wIA7ucCADjoAgBF6AIAkOgCAJfoAgDo6AIA9OgCAEDpAgBT6QIAmOkCAJ3pAgDw6QIA+ekCAEjqAgBS6gIAoOoCAKXqAgD46gIACOsCAFDrAgBp6wIAqOsCAK3rAgAA7AIACewCAFjsAgBl7AIAsOwCALfsAgAI7QIAC+0CAGDtAgBs7QIAuO0CAMvtAgAQ7gIAH+4CAGjuAgB07gIAwO4CAMHuAgAY7wIAIu8CAHDvAgB+7wIAyO8CAM3vAgAg8AIALfACAIjuEgCR8AIA0PACANzwAgAo8QIALvECAIDxAgCI8QIAuOQQAJDxAgDY8QIA3fECADDyAgA28gIAiPICAJ7yAgDg8gIA4vICADjzAgBC8wIAkPMCAJzzAgDo8wIA+/MCAED0AgBP9AIAmPQCAKT0AgDw9AIA8fQCAEj1AgBS9QIAoPUCAK71AgD49QIA/fUCAFD2AgBd9gIA4O4SALH2AgAA9wIABvcCAFj3AgBe9wIAsPcCALz3AgAI+AIAFfgCAGD4AgBq+AIAuPgCAM74AgAQ+QIAFfkCAGj5AgBv+QIAwPkCAM75AgAY+gIAKPoCAHD6AgB++gIAyPoCANf6AgAg+wIAIvsCAHj7AgCC+wIA0PsCAN77AgAo/AIALfwCAID8AgCN/AIA2PwCAOT8AgAw/QIAQ/0CAIj9AgCX/QIA4P0CAOz9AgA4/gIAOf4CAJD+AgCa/gIA6P4CAPb+AgBA/wIARf8CAJj/AgCl/wIAOO8SAPL/AgBIAAMA/P8CABDACgBZAAMAoAADAKkAAwD4AAMABAEDAFABAwBYAQMAYEkUAFwBAwCoAQMArgEDAAACAwAGAgMAWAIDAF0CAwCwAgMAtgIDAJDvEgAXAwMAYAMDAGUDAwC4AwMAvwMDABAEAwAcBAMAaAQDAG8EAwAwCAMAdAQDAMAEAwDNBAMAGAUDACcFAwBwBQMAdQUDAMgFAwDPBQMAIAYDACwGAwB4BgMAhAYDANAGAwDWBgMAKAcDAC4HAwCABwMAhQcDANgHAwDeBwMA6O8SADwIAwCICAMAlwgDAOAIAwDlCAMAOAkDAD8JAwCQCQMAnAkDAOgJAwD0CQMAQAoDAEYKAwCYCgMAngoDAPAKAwD1CgMASAsDAE4LAwBA8BIArAsDAPgLAwAIDAMAUAwDAF4MAwCoDAMAtQwDAAANAwAMDQMAWA0DAF8NAwCwDQMAuA0DAJjwEgARDgMAMPERABUOAwAYMQMAGQ4DAGAOAwBxDgMAuA4DAMAOAwAQDwMAxA4DAFicDgAaDwMAaA8DAG0PAwDADwMAyA8DABgQAwAaEAMAcBADACEQAwCoIgMAeBADAMgQAwDeEAMAIBEDACwRAwB4EQMAjhEDANARAwDpEQMAKBIDADQSAwCAEgMAhhIDANgSAwDgEgMAMBMDAEATAwCIEwMAkRMDAOATAwDtEwMAOBQDAEcUAwCQFAMAmhQDAOgUAwD2FAMAQBUDAEUVAwCYFQMApRUDAPAVAwD4FQMA8PASAF4WAwCgFgMAoRYDAPgWAwACFwMAUBcDAFgXAwCoFwMAshcDAAAYAwAFGAMAWBgDAGAYAwCwGAMAshgDAIAdAwCzGAMA2LcDALYYAwAIGQMAtxgDAEjGAwDGGAMAEL8DABQZAwBgGQMAYhkDALgZAwC/GQMAEBoDABgaAwBoGgMAaRoDAMAaAwDGGgMAGBsDAB0bAwBwGwMAcRsDAMgbAwDUGwMAIBwDACYcAwB4HAMAghwDANAcAwDkHAMAKB0DADAdAwBI8RIAgx0DANgdAwCHHQMAsLIDANsdAwAwHgMAPh4DAIgeAwCfHgMA4B4DAO0eAwA4HwMAQB8DAJAfAwCRHwMA6B8DAO4fAwBAIAMARSADAJggAwCZIAMA8CADAPwgAwBIIQMATiEDAKAhAwCqIQMA+CEDAAwiAwBQIgMAWCIDAPjxEgC1IgMAACMDAAcjAwBYIwMAZCMDALAjAwDAIwMACCQDABYkAwBgJAMAbSQDALgkAwDEJAMAECUDABclAwBoJQMAcCUDAKjyEgDMJQMAGCYDACImAwBwJgMAeyYDAMgmAwDNJgMAICcDACcnAwB4JwMAgCcDAADzEgDYJwMAKCgDADgoAwCAKAMAjCgDANgoAwDcKAMAMCkDADgpAwCIKQMAiikDAOApAwDmKQMAOCoDAE8qAwCQKgMAmSoDAOgqAwD+KgMAQCsDAEwrAwCYKwMApSsDAPArAwD6KwMASCwDAEssAwCgLAMAqCwDAPgsAwACLQMAUC0DAFUtAwCoLQMAsC0DAAAuAwAQLgMAWC4DAGEuAwCwLgMAvS4DAAgvAwAXLwMAYC8DAGovAwC4LwMAxi8DABAwAwAVMAMAaDADAHUwAwDAMAMAyDADAFjzEgAlMQMAcDEDADcxAwCIIwUAdTEDAMgxAwDSMQMAIDIDACgyAwB4MgMANzIDADBiEQB+MgMA0DIDAIYyAwAQqQ4AhzIDAACrCQCIMgMAKD4DAIkyAwBY2QwA3DIDACgzAwAqMwMAKIAOAC8zAwCAMwMAjDMDANgzAwDnMwMAMDQDAEE0AwCINAMAijQDAOA0AwDmNAMAODUDAEQ1AwCQNQMAmDUDALDzEgDuNQMACPQSAEw2AwBg9BIAmzYDABD1EgDzNgMAaPUSAPU2AwDocQUASzcDANCuDQBVNwMAoDcDAKo3AwD4NwMA+jcDAFA4AwBjOAMAqDgDALA4AwAo2A4AtDgDAAA5AwAGOQMAWDkDAF45AwCwOQMAtTkDAAg6AwAOOgMAwPUSAGo6AwC4OgMAujoDABA7AwAaOwMAaDsDAHY7AwDAOwMAxTsDABg8AwAlPAMAcDwDAHw8AwDIPAMAzjwDACA9AwAmPQMAeD0DAH09AwDQPQMA1j0DABj2EgA2PgMAgD4DAI0+AwDYPgMA3z4DADA/AwA4PwMAiD8DAIk/AwBogwwAiz8DAOA/AwCePwMAWIEMAPQ/AwA4QAMATkADAJBAAwCpQAMA6EADAO1AAwBAQQMAUUEDAHD2EgCpQQMA8EEDAPJBAwBIQgMAUkIDAKBCAwCuQgMA+EIDAP1CAwBQQwMAXUMDAKhDAwCwQwMAAEQDAAxEAwBYRAMAEEQDALhFAwBeRAMAsEQDALZEAwAIRQMADUUDAGBFAwBmRQMAyPYSALpFAwAQRgMAHkYDAGhGAwB5RgMAIPcSAMdGAwB49xIAIEcDAHBHAwAiRwMAqHYIAGNHAwDgmxQAfkcDAMhHAwB/RwMASE0DAIBHAwAw5QoA1UcDACBIAwAvSAMAeEgDAH1IAwDQSAMA5kgDAChJAwApSQMAgEkDAIJJAwDYSQMA4kkDADBKAwA+SgMAiEoDAKFKAwDgSgMA8UoDADhLAwBESwMAkEsDAJhLAwCA+BIA/EsDAEBMAwBBTAMAmEwDAKRMAwDwTAMA80wDANj4EgBKTQMAoE0DAK1NAwD4TQMABU4DAFBOAwBVTgMAqE4DALJOAwAATwMACE8DAFhPAwBoTwMAsE8DAL5PAwAIUAMAFVADAGBQAwBnUAMAuFADAMBQAwAQUQMAE1EDAGhRAwB8UQMAwFEDANZRAwAYUgMAMVIDAHBSAwB1UgMAyFIDANlSAwAw+RIAKFMDAIj5EgAsUwMAMNoKADxTAwBI9hQAhVMDANBTAwDXUwMAKFQDADRUAwCAVAMAkFQDANhUAwDmVAMAMFUDAD1VAwCIVQMAlFUDAOBVAwDnVQMA4PkSADpWAwCQVgMAPVYDACi0BACdVgMA6FYDAPVWAwBAVwMARVcDAJhXAwCiVwMA8FcDAPhXAwBIWAMATVgDABDdBABRWAMAoFgDAKNYAwD4WAMABFkDADj6EgBVWQMAqFkDAFxZAwCYjAsArVkDAABaAwAIWgMAWFoDAG5aAwCwWgMAsloDAAhbAwAVWwMAYFsDAHRbAwCQ+hIAvVsDABBcAwAYXAMAAIQLABpcAwBoXAMAcFwDAMBcAwDMXAMAGF0DACVdAwBwXQMAdV0DAMhdAwDRXQMAIF4DADdeAwB4XgMAg14DAOj6EgDeXgMAKF8DACtfAwCAXwMAg18DANhfAwDmXwMAMGADAD1gAwCIYAMAn2ADAOBgAwDoYAMAOGEDAD5hAwCQYQMAnGEDAOhhAwDyYQMAQGIDAEliAwCYYgMAnmIDAPBiAwD9YgMAQPsSAFRjAwCgYwMAVmMDAGiRCwCvYwMA+GMDAAlkAwBQZAMAUmQDAKhkAwCuZAMAAGUDAAxlAwBYZQMAX2UDALBlAwC4ZQMACGYDAApmAwBgZgMAbWYDALhmAwC/ZgMAEGcDABhnAwBoZwMAdWcDAMBnAwDFZwMAGGgDACJoAwBwaAMAeGgDAMhoAwDRaAMAIGkDACNpAwB4aQMAhGkDANBpAwDXaQMAmPsSADVqAwCAagMAPmoDAKhvAwBhagMA4JULAJtqAwDYagMA2moDADBrAwBBawMAiGsDAJZrAwDgawMA52sDADhsAwBAbAMAkGwDAJVsAwDobAMA6WwDAEBtAwBMbQMAmG0DAJ5tAwDwbQMA8m0DAEhuAwBSbgMAoG4DAK5uAwD4bgMA/W4DAFBvAwBdbwMA8PsSAKlvAwAAcAMABXADAFhwAwBecAMAsHADALpwAwAIcQMAFHEDAGBxAwBncQMAuHEDAMBxAwAQcgMAEnIDAGhyAwB1cgMAwHIDAMdyAwAYcwMAIHMDAHBzAwB9cwMAyHMDAM1zAwAgdAMAKnQDAHh0AwCAdAMA0HQDANl0AwAodQMAK3UDAIB1AwCMdQMA2HUDAN91AwBI/BIAPHYDABiHCwBEdgMAiHYDAJV2AwDgdgMA6nYDADh3AwA6dwMAkHcDAKN3AwDodwMA8HcDAEB4AwBMeAMAmHgDAJ54AwDweAMA9ngDAEh5AwBNeQMAoHkDAKZ5AwCg/BIA+3kDAFB6AwBcegMAqHoDAMN6AwAAewMADHsDAFh7AwBeewMAsHsDAL57AwAIfAMAEnwDAGB8AwB0fAMAuHwDAMp8AwAQfQMALH0DAGh9AwCafQMAwH0DANV9AwAYfgMAKn4DAHB+AwCGfgMAyH4DANR+AwAgfwMAI38DAHh/AwB7fwMA0H8DANJ/AwAogAMAP4ADAICAAwCMgAMA2IADAOqAAwAwgQMATIEDAIiBAwCagQMA+PwSAASCAwA4ggMAQIIDAFD9EgCTggMA6IIDAPCCAwBAgwMAWYMDAJiDAwCkgwMA8IMDAAGEAwBIhAMATYQDAKCEAwCkhAMA+IQDAACFAwBQhQMAWoUDAKiFAwCzhQMAAIYDAAyGAwBYhgMAYIYDAKj9EgDDhgMACIcDAAmHAwBghwMAbIcDALiHAwDHhwMAEIgDABqIAwBoiAMAdIgDAMCIAwDHiAMAAP4SACaJAwBwiQMAfYkDAMiJAwDWiQMAIIoDADaKAwB4igMAgYoDANCKAwDmigMAKIsDADCLAwCAiwMAj4sDANiLAwDdiwMAMIwDAEuMAwCIjAMAlIwDAOCMAwDmjAMAOI0DADqNAwCQjQMAp40DAOiNAwD0jQMAsP4SAEGOAwCYjgMAqY4DAPCOAwD8jgMASI8DAFePAwCgjwMApY8DAPiPAwATkAMAUJADAFiQAwCokAMAuJADAACRAwACkQMAWJEDAGaRAwCwkQMAwZEDAAj/EgAPkgMAYP8SAG6SAwC4kgMAwpIDABCTAwAbkwMAaJMDAHCTAwDAkwMAzJMDABiUAwArlAMAcJQDAH6UAwDIlAMA0pQDACCVAwAolQMAEAATAISVAwDQlQMA1pUDACiWAwAqlgMAgJYDAJeWAwDYlgMA5JYDADCXAwA4lwMAaAATAJOXAwDglwMA5pcDADiYAwBEmAMAkJgDAJOYAwDomAMA85gDAECZAwBFmQMAmJkDAKmZAwDwmQMA95kDAEiaAwBQmgMAoJoDALCaAwD4mgMA/ZoDAFCbAwBWmwMAqJsDALCbAwDAABMABZwDAFicAwBknAMAsJwDALOcAwAInQMAEJ0DAGCdAwBtnQMAuJ0DAL2dAwAQngMAGp4DAGieAwBwngMAwJ4DANaeAwAYnwMAJJ8DAHCfAwB8nwMAyJ8DANKfAwAgoAMAKKADABgBEwCBoAMA0KADANqgAwAooQMAMKEDAIChAwCBoQMAsBUEAIyhAwDYoQMA66EDADCiAwAxogMAiKIDAJSiAwDgogMA76IDADijAwBCowMAkKMDAJyjAwDoowMA76MDAHABEwBOpAMAmKQDAKWkAwDwpAMA/qQDAEilAwBepQMAoKUDAKmlAwD4pQMADqYDAFCmAwBYpgMAqKYDALamAwAApwMAA6cDAFinAwBgpwMAIAITAL6nAwAIqAMAF6gDAGCoAwB8qAMAuKgDAICoAwBo6wMAwKgDAHgCEwAZqQMAaKkDAHWpAwDAqQMAyqkDABiqAwAmqgMAcKoDAIaqAwDIqgMA1KoDACCrAwAoqwMA0AITAH6rAwDQqwMA1qsDACisAwAtrAMAgKwDAIasAwAoAxMA3awDADCtAwA5rQMAiK0DAJKtAwDgrQMA6K0DADiuAwA9rgMAkK4DAKCuAwDorgMA8K4DAECvAwBGrwMAULEDAFmvAwCYrwMAna8DAPCvAwD5rwMASLADAFWwAwCgsAMAp7ADAPiwAwD7sAMAgAMTAFKxAwCosQMAtbEDAACyAwAXsgMAWLIDAGSyAwDYAxMAt7IDAAizAwAQswMAYLMDAGSzAwC4swMAxrMDABC0AwAatAMAaLQDAHO0AwDAtAMAyLQDABi1AwAdtQMAcLUDAIu1AwDItQMA1LUDACC2AwAmtgMAeLYDAIi2AwDQtgMA4bYDACi3AwAttwMAgLcDAIS3AwAwBBMA4bcDADC4AwBJuAMAiLgDAJK4AwDguAMA5rgDADi5AwA6uQMAkLkDAJ+5AwDouQMA8rkDAEC6AwBIugMAmLoDAJy6AwDwugMA/roDAEi7AwBSuwMAoLsDAKu7AwD4uwMAALwDAFC8AwBVvAMAqLwDAMO8AwAAvQMADL0DAFi9AwBevQMAsL0DAMC9AwAIvgMAGb4DAGC+AwBlvgMAuL4DALy+AwCIBBMAGb8DAGi/AwB5vwMAwL8DAMq/AwAYwAMAJsADAHDAAwBxwAMAyMADANnAAwAgwQMANMEDAHjBAwCAwQMA0MEDANTBAwAowgMANsIDAIDCAwCKwgMA2MIDAOPCAwAwwwMAOMMDAIjDAwCNwwMA4MMDAPvDAwA4xAMARMQDAJDEAwCWxAMA6MQDAPjEAwBAxQMAUcUDAJjFAwCdxQMA8MUDAPTFAwDgBBMAVsYDAKDGAwC7xgMA+MYDAAbHAwBQxwMAV8cDAKjHAwC0xwMAAMgDAAjIAwA4BRMAZsgDALDIAwC6yAMACMkDABPJAwBgyQMAaMkDALjJAwC9yQMAEMoDACvKAwBoygMAdMoDAMDKAwDGygMAGMsDACjLAwBwywMAgcsDAMjLAwDNywMAIMwDACTMAwCQBRMAicwDANDMAwDYzAMAKM0DACnNAwCAzQMAhc0DANjNAwDmzQMAMM4DAD3OAwCIzgMAks4DAODOAwDszgMAOM8DAD7PAwCQzwMAmM8DAOjPAwDvzwMAQNADAEzQAwCY0AMAntADAPDQAwD80AMASNEDAFjRAwCg0QMArNEDAPjRAwD+0QMAUNIDAFzSAwCo0gMAtdIDAADTAwAP0wMAWNMDAGTTAwDoBRMAs9MDAAjUAwAL1AMAYNQDAG7UAwC41AMAz9QDABDVAwAd1QMAaNUDAH7VAwDA1QMAzNUDABjWAwAl1gMAcNYDAHrWAwDI1gMA0NYDACDXAwAq1wMAeNcDAH3XAwDQ1wMA2NcDACjYAwA02AMAgNgDAI3YAwDY2AMA4tgDADDZAwA22QMAiNkDAJzZAwDg2QMA6NkDADjaAwBG2gMAkNoDAJ3aAwDo2gMA8NoDAEDbAwBN2wMAmNsDAKbbAwDw2wMAAdwDAEjcAwBQ3AMAoNwDALbcAwD43AMA+twDAFDdAwBR3QMAQAYTAK3dAwBgQg8Att0DAADeAwAP3gMAWN4DAGTeAwCw3gMAuN4DAJgGEwAN3wMAYN8DAGnfAwC43wMAxd8DABDgAwAX4AMAaOADAGvgAwDA4AMAyOADABjhAwAd4QMAcOEDAHnhAwDI4QMA0uEDACDiAwAo4gMAeOIDAH3iAwDQ4gMA4OIDACjjAwAw4wMAgOMDAIbjAwDY4wMA2uMDADDkAwA95AMAiOQDAJ/kAwDg5AMA7OQDAPAGEwBE5QMAkOUDAJblAwBQ+BAAp+UDAOjlAwD05QMAQOYDAEbmAwCY5gMAoOYDAPDmAwD35gMASOcDAFbnAwCg5wMAu+cDAPjnAwAG6AMAUOgDAFfoAwCo6AMAtOgDAADpAwAI6QMASAcTAGzpAwCw6QMAuOkDAAjqAwA56gMAYOoDAGzqAwC46gMAvuoDABDrAwAV6wMAoAcTAHTrAwDA6wMAx+sDABjsAwAg7AMAcOwDAHLsAwDI7AMA0uwDACDtAwAo7QMA+AcTAIbtAwDo+wMAh+0DANDtAwDS7QMAKO4DADnuAwCA7gMAke4DANjuAwDk7gMAMO8DADfvAwCI7wMAkO8DAODvAwAN8AMAOPADAD3wAwCQ8AMAkfADAOjwAwDy8AMAQPEDAE7xAwCY8QMAnfEDAPDxAwD98QMASPIDAGTyAwCg8gMAvPIDAFAIEwAF8wMAUPMDAFTzAwCo8wMArvMDAAD0AwAC9AMAWPQDAFn0AwCw9AMA0/QDAAj1AwAs9QMAYPUDAI31AwC49QMAwPUDABD2AwAV9gMAaPYDAHX2AwDA9gMAyPYDABj3AwAa9wMAcPcDAHj3AwDI9wMA9fcDACD4AwAt+AMAePgDAH34AwDQ+AMA3fgDACj5AwA0+QMAgPkDAK35AwDY+QMA4PkDADD6AwBL+gMAiPoDAIr6AwDg+gMA8foDADj7AwBB+wMAkPsDAJz7AwCoCBMA9fsDAED8AwBH/AMAmPwDAKT8AwDw/AMAA/0DAEj9AwBQ/QMAoP0DAKX9AwD4/QMAAf4DAFD+AwBa/gMAqP4DALD+AwAA/wMABf8DAFj/AwBo/wMAsP8DALj/AwAIAAQAIQAEAGAABABlAAQAuAAEAMEABAAQAQQAHQEEAGgBBABvAQQAwAEEAMMBBAAACRMAHQIEAHACBAAlAgQAgPENAHkCBADIAgQA0AIEACADBAArAwQAeAMEAHoDBADQAwQA6wMEACgEBAA0BAQAgAQEAIgEBABYCRMA5QQEADAFBAA4BQQAiAUEAJQFBADgBQQA5gUEADgGBAA+BgQAkAYEAJUGBADoBgQA7gYEALAJEwBNBwQAmAcEAKAHBADwBwQABAgEAEgIBABNCAQAoAgEAKkIBAD4CAQA/ggEAFAJBABYCQQAqAkEAKsJBAAACgQAHQoEAFgKBABpCgQAsAoEALgKBAAICwQACwsEAGALBAB0CwQAuAsEAMULBAAQDAQAGgwEAGgMBABqDAQAwAwEANMMBABgChMAHQ0EAHANBACBDQQAyA0EANENBAAgDgQANg4EAHgOBACFDgQA0A4EANgOBAAoDwQARw8EALgKEwCMDwQA2A8EAOAPBAAQCxMAMxAEAIgQBACQEAQA4BAEAO0QBAA4EQQAPREEAJARBACYEQQA6BEEAOkRBABAEgQAQhIEAJgSBACeEgQA8BIEAPISBABIEwQAXhMEAKATBACsEwQA+BMEAAIUBABQFAQAXBQEAKgUBACuFAQAABUEAAgVBABYFQQAjBUEAGgLEwC2FQQACBYEABQWBABgFgQAYRYEALgWBAC6FgQAEBcEABYXBABoFwQAdBcEAMAXBADHFwQAGBgEACAYBABwGAQAcxgEAMgYBADSGAQAIBkEACIZBAB4GQQAghkEANAZBADcGQQAKBoEAD4aBACAGgQAjBoEANgaBADlGgQAMBsEADobBACIGwQAkBsEAOAbBADyGwQAwAsTADocBACQHAQAmhwEAOgcBADqHAQAQB0EAFkdBACYHQQAmh0EAPAdBADzHQQASB4EAFQeBACgHgQAqB4EABgMEwAMHwQAUB8EAFMfBACoHwQAsh8EAAAgBAAMIAQAWCAEAG4gBACwIAQAuCAEAAghBAAWIQQAYCEEAGMhBAC4IQQAwCEEABAiBAATIgQAaCIEAB4iBACgKQQAciIEAMAiBABzIgQA2CUEAMIiBAAYIwQAHiMEAHAjBAB6IwQAyCMEANYjBAAgJAQALSQEAHgkBACPJAQA0CQEANgkBAAoJQQAMSUEAIAlBACBJQQAcAwTAOElBAAwJgQAOiYEAIgmBACSJgQA4CYEAO4mBAA4JwQARScEAJAnBACnJwQA6CcEAPAnBABAKAQARygEAJgoBACdKAQA8CgEAPQoBABIKQQAVSkEAMgMEwCtKQQA+CkEAAAqBABQKgQAVioEAKgqBAC0KgQAACsEAA8rBABYKwQAXSsEALArBADLKwQACCwEABQsBABgLAQAZiwEALgsBADMLAQAEC0EABgtBABoLQQAfi0EAMAtBADFLQQAGC4EAB8uBABwLgQAfC4EACANEwDPLgQAIC8EAC4vBAB4LwQAhS8EANAvBADnLwQAKDAEADAwBACAMAQAhjAEANgwBADkMAQAMDEEADcxBACIMQQAljEEAOAxBADjMQQAODIEAEAyBACQMgQAnjIEAOgyBADrMgQAQDMEAEgzBACYMwQAqTMEAPAzBAD1MwQASDQEAEo0BACgNAQApzQEAPg0BAAGNQQAUDUEAF01BACoNQQAvzUEAAA2BAAINgQAWDYEAGI2BACwNgQAuzYEAAg3BAAUNwQAYDcEAGg3BAB4DRMAujcEABA4BAAaOAQAaDgEAGo4BADAOAQAwzgEABg5BAAkOQQAcDkEAHo5BADIOQQA0DkEACA6BAAuOgQAeDoEAIU6BADQOgQA2DoEACg7BAA+OwQAgDsEAIw7BADYOwQA7jsEADA8BAA1PAQAiDwEAI48BADgPAQA9DwEANANEwA7PQQAkD0EAJg9BADoPQQA9j0EAEA+BAD+PQQAqOQIAE0+BACYPgQAoD4EAPA+BAD6PgQASD8EAFM/BACgPwQArD8EAPg/BAAAQAQAKA4TAFZABACoQAQArUAEAABBBAAPQQQAWEEEAGRBBACwQQQAs0EEAAhCBAALQgQAYEIEAGhCBAC4QgQAvUIEABBDBAAgQwQAaEMEAHBDBADAQwQAw0MEABhEBAAiRAQAcEQEAHJEBADIRAQAzkQEACBFBAAqRQQAeEUEAIZFBADQRQQA3UUEAChGBAA/RgQAgEYEAIhGBADYRgQA4UYEADBHBAAxRwQAgA4TAJVHBADgRwQA40cEAOg+CwDmRwQAUJwKAOhHBAA4SAQA6kcEAIgYBQDsRwQAGO4GADtIBACACwkAPkgEABhyBwBCSAQAkEgEAEZIBABIYQsASEgEAPDiCACVSAQA6EgEAJxIBABgYAUAnkgEAIDvCgDwSAQAQEkEAENJBACYSQQApEkEAPBJBAD2SQQASEoEAGNKBACgSgQArEoEAPhKBAD+SgQAUEsEAFhLBACoSwQAqksEAABMBACtSwQAMF0EAApMBABYTAQAYEwEANgOEwDBTAQACE0EAA9NBABgTQQAaE0EALhNBADFTQQAEE4EABVOBABoTgQAck4EAMBOBADITgQAGE8EABpPBAAYUAsAHU8EAFgGCQAiTwQAcE8EACdPBABgbgQAKE8EAGAECgB2TwQAyE8EAMpPBAAgUAQALVAEAHhQBAB7UAQA0FAEAOFQBAAoUQQAKlEEAIBRBACKUQQA2FEEAORRBAAwUgQAOFIEAIgPEwCNUgQA4FIEAONSBAA4UwQAQlMEAJBTBACYUwQA6FMEAPVTBABAVAQAQlQEAJhUBACuVAQA8FQEAPxUBABIVQQAUFUEAOAPEwClVQQA+FUEAAdWBABQVgQAUlYEAKhWBAC5VgQAAFcEAAtXBABYVwQAXVcEALBXBACzVwQACFgEABJYBABgWAQAclgEALhYBADAWAQAEFkEABpZBABoWQQAbVkEAMBZBADIWQQAGFoEABpaBABwWgQAd1oEAMhaBADPWgQAIFsEACZbBAB4WwQAhFsEANBbBADTWwQAKFwEACtcBACAXAQAnFwEANhcBADgXAQAkBATAD1dBACIXQQAkF0EAOBdBADjXQQAOF4EAD1eBACQXgQAn14EAOheBAAIXwQAQF8EAExfBACYXwQAol8EAPBfBAD4XwQASGAEAFpgBADoEBMAqmAEAPhgBAAGYQQAUGEEAF1hBACoYQQAv2EEAABiBAAIYgQAWGIEAGdiBACwYgQAtWIEAAhjBAAVYwQAYGMEAG1jBAC4YwQAxGMEABBkBAAfZAQAaGQEAHJkBADAZAQAzmQEABhlBAAdZQQAcGUEAH1lBADIZQQAy2UEACBmBAAoZgQAeGYEAH1mBADQZgQA3WYEAChnBAAwZwQAgGcEAIlnBADYZwQA5WcEADBoBAA+aAQAiGgEAJtoBADgaAQA6GgEADhpBAA/aQQAkGkEAJVpBADoaQQA/mkEAEBqBABCagQAmGoEAKZqBADwagQA/WoEAEhrBABQawQAoGsEAKNrBAD4awQA/WsEAFBsBABfbAQAqGwEAMhsBAAAbQQADG0EAFhtBABibQQAsG0EALhtBAAIbgQAGm4EAEAREwBlbgQAuG4EAMVuBAAQbwQAHW8EAGhvBAB0bwQAwG8EAM9vBAAYcAQAInAEAHBwBAB4cAQAyHAEANJwBAAgcQQAJXEEAHhxBACAcQQAmBETANxxBAAocgQALnIEAIByBACbcgQA2HIEAORyBAAwcwQANnMEAIhzBACkcwQA4HMEAOhzBADwERMAQHQEAJB0BACadAQA6HQEAPN0BABAdQQATHUEAJh1BACgdQQASBITAPx1BABIdgQATnYEAKB2BAC7dgQA+HYEAAR3BABQdwQAVncEAKh3BACwdwQAAHgEAAZ4BABYeAQAYXgEALB4BAC9eAQACHkEABV5BABgeQQAbnkEALh5BADFeQQAEHoEACd6BABoegQAcHoEAMB6BADFegQAGHsEANF6BAAofQQAJXsEAHB7BAB4ewQAyHsEANN7BAAgfAQAJXwEAHh8BAB7fAQA0HwEANp8BACgEhMALX0EAIB9BACPfQQA2H0EANp9BAAwfgQAQX4EAIh+BACZfgQA4H4EAPR+BAD4EhMASX8EAJB/BACTfwQA6H8EAJh/BADoqggAnX8EAPg5EQDyfwQAQIAEAEKABACYgAQAooAEAPCABAD8gAQASIEEAHKBBACggQQAq4EEABCYBQDGgQQA+IEEAC2CBABQggQAdoIEAKiCBADOggQAAIMEADaDBABYgwQAg4MEALCDBAC4gwQACIQEADKEBABghAQAl4QEALiEBADjhAQAEIUEABiFBABohQQAd4UEAMCFBADFhQQAGIYEACGGBABwhgQAJYYEAFiOBACBhgQAyIYEAM+GBAAghwQAKIcEAHiHBACFhwQA0IcEANWHBAAoiAQAMogEAICIBACIiAQA2IgEAOKIBAA4lQQA54gEADCJBAA1iQQAiIkEAJWJBADgiQQA7YkEADiKBABEigQAkIoEAJ+KBADoigQA8ooEAECLBABIiwQAmIsEAKKLBADwiwQA9YsEAEiMBABQjAQAUBMTAKyMBAD4jAQA/owEAFCNBABrjQQAqI0EALSNBAAAjgQABo4EAKgTEwBljgQAsI4EALyOBAAIjwQAF48EAGCPBABqjwQAuI8EAMaPBAAQkAQAFZAEAGiQBAB1kAQAwJAEAMiQBAAYkQQAIpEEAHCRBAB1kQQAyJEEANCRBAAgkgQAI5IEAHiSBACEkgQA0JIEANaSBAAokwQAQ5MEAICTBACMkwQA2JMEAN6TBAAwlAQAOJQEAIiUBACKlAQA4JQEAOqUBAAAFBMAPpUEAJCVBACSlQQA6JUEAPWVBABAlgQAQ5YEAJiWBACplgQA8JYEAPKWBABIlwQAUpcEAKCXBACslwQA+JcEAACYBABYFBMAVZgEAKiYBACrmAQAAJkEAAqZBABYmQQAYJkEALCZBAC9mQQACJoEAAqaBABgmgQAdpoEALiaBADEmgQAsBQTACybBABomwQAhJsEAAgVEwDFmwQAGJwEACWcBABwnAQAfZwEAMicBADUnAQAIJ0EAC+dBAB4nQQAgp0EANCdBADenQQAKJ4EAC2eBACAngQAjZ4EANieBADxngQAMJ8EADKfBACInwQAj58EAGAVEwD9nwQAOKAEAEmgBACQoAQAnKAEAOigBAD7oAQAQKEEAE+hBACYoQQApKEEAPChBADxoQQASKIEAFKiBACgogQArqIEAPiiBAD9ogQAUKMEAF2jBAC4FRMAraMEAACkBAANpAQAWKQEAGWkBACwpAQAvKQEAAilBAAXpQQAYKUEAGqlBAC4pQQAxqUEABCmBAAVpgQAaKYEAHWmBADApgQAyKYEAMAWEwAdpwQAcKcEAHinBAAYFxMAyqcEACCoBAAuqAQAeKgEAImoBABwFxMA16gEAMgXEwAtqQQAgKkEAIipBADYqQQA56kEADCqBAA1qgQAiKoEAJWqBADgqgQA7aoEADirBABEqwQAkKsEAJ+rBADoqwQA8qsEAHgYEwBCrAQAWCgQAEasBAB48A0AU6wEAJisBACnrAQA8KwEAPysBABIrQQASa0EAKCtBACqrQQA+K0EAAauBABQrgQAVa4EAKiuBAC1rgQA0BgTAASvBABYrwQAY68EALCvBAC+rwQACLAEABmwBABgsAQAbLAEALiwBADAsAQAKBkTABWxBABosQQAdbEEAMCxBADNsQQAGLIEACSyBABwsgQAf7IEAMiyBADSsgQAILMEAC6zBAB4swQAhbMEANCzBADnswQAgBkTADW0BACAtAQAjbQEANi0BADktAQAMLUEAD+1BACItQQAkrUEAOC1BADutQQAOLYEAPy1BABYZgoAPbYEAJC2BACdtgQA6LYEAPC2BADYGRMATLcEAJi3BACotwQA8LcEAPm3BABIuAQAS7gEAKC4BACsuAQA+LgEAP+4BAAwGhMAXbkEAKi5BAC3uQQAALoEAAG6BABYugQAb7oEALC6BADKugQACLsEABS7BABguwQAc7sEALi7BADHuwQAELwEABy8BABovAQAabwEAMC8BADKvAQAGL0EACa9BABwvQQAdb0EAMi9BADVvQQAiBoTADq+BAB4vgQAh74EANC+BADSvgQAKL8EANW+BACwxQQANb8EAIC/BACNvwQA2L8EAN2/BAAwwAQAOsAEAIjABACXwAQA4MAEAOXABAA4wQQARcEEAJDBBACdwQQA6MEEAPTBBABAwgQAT8IEAJjCBACiwgQA8MIEAP3CBABIwwQATcMEAKDDBACkwwQA+MMEAATEBABQxAQAVsQEAKjEBACuxAQAAMUEAAXFBABYxQQAXsUEAOAaEwC9xQQACMYEABXGBABgxgQAbMYEALjGBADHxgQAEMcEABrHBABoxwQAdscEAMDHBADFxwQAGMgEACXIBABwyAQAd8gEAMjIBADNyAQAIMkEACzJBAB4yQQAe8kEANDJBADdyQQAKMoEAC3KBACAygQAisoEANjKBADkygQAMMsEAEPLBACIywQAlssEAODLBADjywQAOMwEAELMBACQzAQAnMwEAOjMBADuzAQAQM0EAEbNBACYzQQAnc0EAPDNBAD2zQQAOBsTAErOBACgzgQAsc4EAPjOBAAJzwQAUM8EAFjPBACozwQAuM8EAADQBAAC0AQAWNAEAGbQBACw0AQAwdAEAJAbEwAP0QQA6BsTAGHRBAC40QQAvdEEABDSBAC+0QQAGP8EABbSBABo0gQActIEAMDSBADM0gQAGNMEAB7TBABw0wQAdtMEAMjTBADN0wQAINQEACbUBABAHBMAhtQEANDUBADp1AQAKNUEACnVBACA1QQAndUEANjVBADg1QQAQPkEAPLVBAAw1gQAM9YEAIjWBACN1gQASB0TAPnWBAA41wQAPtcEAJDXBABO1wQAMKcFAJLXBADo1wQA7tcEAEDYBABU2AQAmNgEAKDYBADw2AQA/dgEAEjZBABN2QQAoNkEAKrZBAD42QQAANoEAFDaBABh2gQAqNoEAK3aBAAA2wQAAtsEAFjbBABf2wQAsNsEALzbBAAI3AQAD9wEAGDcBAB83AQAuNwEAMDcBACgHRMAEd0EAGjdBAB03QQAwN0EAM3dBAAY3gQAIN4EAHDeBABz3gQAyN4EANPeBAAg3wQAIt8EAHjfBAB+3wQA0N8EANzfBAAo4AQAL+AEAIDgBACI4AQA2OAEAN3gBAAw4QQASeEEAIjhBAC04QQA4OEEAOzhBAA44gQAR+IEAJDiBACa4gQA6OIEAPDiBABA4wQAUOMEAJjjBACm4wQA8OMEAAHkBABI5AQAVOQEAPgdEwCl5AQA+OQEAADlBABQ5QQAUeUEAKjlBABm5QQAkH0MAMXlBAAA5gQACOYEAFjmBABc5gQAsOYEALbmBAAI5wQACucEAGDnBABh5wQAuOcEALnnBAAQ6AQAHOgEAGjoBABu6AQAwOgEAMjoBAAY6QQAGukEAHDpBACL6QQAyOkEAMrpBAAg6gQALuoEAHjqBACJ6gQA0OoEANLqBAAo6wQAQesEAIDrBACR6wQA2OsEAOTrBABQHhMAPuwEAIjsBABM7AQA+LcIAJ7sBADg7AQA4ewEADjtBABJ7QQAkO0EAJztBADo7QQA/u0EAEDuBABM7gQAmO4EAKXuBADw7gQA+u4EAEjvBABK7wQAoO8EAKrvBAD47wQABvAEAFDwBABV8AQAqPAEALXwBAAA8QQAHPEEAFjxBABg8QQAqB4TAL7xBAAI8gQAIfIEAGDyBABh8gQAuPIEANXyBAAQ8wQAGPMEAGjzBAB58wQAwPMEAM7zBAAY9AQAMfQEAHD0BAB29AQAyPQEAMr0BAAg9QQAJvUEAHj1BACM9QQA0PUEANj1BAAo9gQANfYEAID2BACF9gQA2PYEAOL2BAAw9wQAOPcEAIj3BACY9wQA4PcEAOX3BAA4+AQAQfgEAJD4BACd+AQA6PgEAO/4BAAAHxMAUfkEAJj5BACm+QQA8PkEAAn6BABI+gQATvoEAKD6BACi+gQA+PoEAP76BABQ+wQAZPsEAKj7BACw+wQAAPwEAA38BABY/AQAXfwEALD8BAC6/AQACP0EABD9BABg/QQAcP0EALj9BAC9/QQAEP4EABn+BABo/gQAdf4EAMD+BADH/gQAWB8TAB3/BABw/wQAcf8EAMj/BADU/wQAIAAFACYABQB4AAUAiQAFANAABQDkAAUAKAEFADcBBQCAAQUAhQEFANgBBQDlAQUAMAIFAEACBQCIAgUAlgIFAOACBQD3AgUAOAMFAEEDBQCQAwUAlgMFAOgDBQD0AwUAQAQFAEcEBQCYBAUAtAQFAPAEBQD4BAUAsB8TAE4FBQCgBQUApgUFAPgFBQD9BQUAUAYFAFYGBQAIIBMArQYFAAAHBQACBwUAWAcFAF8HBQCwBwUAvgcFAAgIBQAVCAUAYAgFAHcIBQC4CAUAwAgFABAJBQARCQUAaAkFAGsJBQDACQUA1AkFABgKBQAnCgUAcAoFAHUKBQDICgUAyQoFACALBQA3CwUAuCATAHoLBQDQCwUA3QsFACgMBQA1DAUAgAwFAIUMBQDYDAUA4gwFADANBQA4DQUAiA0FAJgNBQDgDQUA7g0FADgOBQBFDgUAkA4FAJcOBQDoDgUA8A4FAEAPBQBCDwUAmA8FAKAPBQDwDwUA8Q8FAEgQBQAGEAUAWKwFAE0QBQCgEAUAoxAFAPgQBQACEQUAUBEFAGcRBQCoEQUArhEFAAASBQAMEgUAWBIFAFsSBQCwEgUAzRIFAAgTBQAZEwUAYBMFAGgTBQC4EwUAvxMFABAUBQAWFAUAaBQFAHYUBQDAFAUA2xQFABgVBQAkFQUAcBUFAHYVBQDIFQUA3RUFACAWBQAoFgUAeBYFAIIWBQDQFgUA1hYFACgXBQA2FwUAgBcFAIwXBQDYFwUA3xcFADAYBQA4GAUAECETAJYYBQDgGAUA9hgFADgZBQBEGQUAkBkFAJUZBQDoGQUA8RkFAEAaBQBKGgUAmBoFAKQaBQCoCwcAtBoFAPAaBQD4GgUAaCETAE0bBQCgGwUArRsFAPgbBQAFHAUAUBwFAFwcBQCoHAUAtxwFAAAdBQAKHQUAWB0FAGYdBQCwHQUAtR0FAAgeBQAVHgUAYB4FAGgeBQDAIRMAxh4FABAfBQAmHwUAaB8FAHQfBQDAHwUAxR8FABggBQAhIAUAcCAFAHogBQDIIAUA0CAFACAhBQAsIQUAeCEFAIshBQDQIQUA0SEFACgiBQA2IgUAgCIFAIYiBQDYIgUA5CIFADAjBQA3IwUAGCITAJIjBQDgIwUA6CMFADgkBQA+JAUAOI4KAEckBQCQJAUAlSQFAPiUBQCWJAUA6CQFAPQkBQBAJQUAQiUFAJglBQCiJQUA8CUFAPwlBQBIJgUAUCYFAHAiEwCoJgUA+CYFAAcnBQBQJwUAVScFAKgnBQC1JwUAACgFAA0oBQBYKAUAZCgFALAoBQC/KAUACCkFABIpBQBgKQUAbikFALgpBQC9KQUAECoFAB0qBQBoKgUAcCoFAMAqBQDKKgUAGCsFAB0rBQBwKwUAeCsFAMgrBQDTKwUAICwFACUsBQB4LAUAeywFANAsBQDaLAUAKC0FADAtBQDIIhMAhS0FANgtBQDnLQUAMC4FADIuBQCILgUAmS4FAOAuBQDrLgUAOC8FAD0vBQCQLwUAky8FAOgvBQDyLwUAQDAFAEgwBQCYMAUAmjAFAPAwBQD9MAUASDEFAE8xBQCgMQUAqDEFAPgxBQD5MQUAUDIFAFUyBQCoMgUArjIFAAAzBQAKMwUAWDMFAGAzBQAgIxMA4jMFAAg0BQA/NAUAYDQFAHo0BQC4NAUA3jQFABA1BQAqNQUAaDUFAI41BQDANQUA2jUFABg2BQBBNgUAcDYFAHg2BQDINgUAyjYFACA3BQAtNwUAeDcFAH83BQDQNwUA2DcFACg4BQApOAUAgDgFAIU4BQDYOAUA3jgFADA5BQA6OQUAiDkFAJA5BQB4IxMA/DkFANAjEwBAOgUAkDoFAJI6BQDoOgUA9ToFAEA7BQBHOwUAmDsFAKA7BQDwOwUA8TsFAEg8BQBNPAUAoDwFAKY8BQD4PAUAAj0FAFA9BQBYPQUAKCQTAK09BQAAPgUAAj4FAFg+BQBfPgUAsD4FAL4+BQAIPwUAFT8FAGA/BQB3PwUAuD8FAMA/BQAQQAUAGkAFAGhABQAmQAUAuKIFAHNABQDAQAUAzEAFABhBBQAgQQUAgCQTAHFBBQDIQQUAekEFAGAmBgCGQQUAcBIGAM1BBQAgQgUAI0IFAHhCBQCCQgUA0EIFAOdCBQAoQwUALkMFAIBDBQCMQwUA2EMFANtDBQAwRAUATUQFAIhEBQCZRAUA4EQFAP9EBQA4RQUAQEUFAJBFBQCSRQUA6EUFAPdFBQBARgUASkYFAJhGBQCmRgUA8EYFAAtHBQBIRwUAVEcFAKBHBQCoRwUA2CQTAARIBQBQSAUAX0gFAKhIBQCtSAUAAEkFAAZJBQBYSQUAX0kFALBJBQC4SQUACEoFAApKBQBgSgUAZ0oFALhKBQC6SgUAEEsFABFLBQBoSwUAcksFAMBLBQDMSwUAGEwFAB5MBQBwTAUAikwFAMhMBQDQTAUAIE0FADZNBQB4TQUAhk0FANBNBQDTTQUAKE4FACtOBQCATgUAjk4FANhOBQDlTgUAME8FAEdPBQCITwUAkE8FAOBPBQDiTwUAOFAFAEBQBQCQUAUAp1AFAOhQBQD0UAUAQFEFAFZRBQCYUQUAoFEFAPBRBQD+UQUASFIFAFJSBQCgUgUAqFIFAPhSBQD/UgUAUFMFAFxTBQCoUwUAqVMFAABUBQAMVAUAWFQFAGVUBQCwVAUAt1QFAAhVBQALVQUAYFUFAGhVBQC4VQUAvVUFABBWBQAdVgUAaFYFAJhWBQDAVgUAyFYFADAlEwAgVwUAAGETADRXBQBwVwUAeFcFAIglEwDWVwUAIFgFACJYBQB4WAUAiVgFANBYBQDYWAUAKFkFADRZBQCAWQUAhlkFANhZBQDeWQUAMFoFADVaBQCIWgUAjloFAOAlEwDlWgUAOFsFAOxaBQBoLQ8AQFsFAJBbBQCVWwUAYC0LAJZbBQCQiAwAnFsFAID3CwCfWwUA6FsFAKFbBQDQhQwAp1sFAFj6DADtWwUAQFwFAO5bBQDAJgoATVwFAJhcBQClXAUA8FwFAPxcBQBIXQUAV10FAKBdBQCqXQUAQCcTAAJeBQBQXgUAVV4FAKheBQCwXgUAmCcTAAVfBQBYXwUAW18FALBfBQC6XwUACGAFADBgBQBIKBMAZmAFALhgBQDOYAUAEGEFAB5hBQBoYQUAdWEFAMBhBQDCYQUAGGIFACJiBQBwYgUAfGIFAMhiBQDPYgUAIGMFAChjBQB4YwUAf2MFANBjBQDZYwUAKGQFADRkBQCAZAUAiGQFAKAoEwDdZAUAMGUFADhlBQCIZQUAl2UFAOBlBQDlZQUAOGYFAEVmBQCQZgUAnWYFAOhmBQD0ZgUAQGcFAE9nBQCYZwUAomcFAPBnBQD+ZwUASGgFAE1oBQCgaAUArWgFAPhoBQAAaQUAUGkFAFppBQCoaQUAtmkFAABqBQAWagUAWGoFAGRqBQCwagUAtWoFAAhrBQARawUAYGsFAGprBQD4KBMAwmsFABBsBQAcbAUAaGwFAHBsBQBQKRMAxWwFABhtBQAlbQUAcG0FAH1tBQDIbQUA1G0FACBuBQAvbgUAeG4FAIJuBQDQbgUA6G4FAChvBQAybwUAgG8FAI5vBQDYbwUA7m8FADBwBQA8cAUAiHAFAI1wBQDgcAUA6XAFADhxBQBCcQUAkHEFAJhxBQCoKRMA9XEFAEByBQD+cQUAkGASAE1yBQCYcgUApHIFAPByBQD/cgUASHMFAFJzBQCgcwUArnMFAPhzBQAFdAUAUHQFAGd0BQCodAUAsHQFAAB1BQAKdQUAWHUFAF11BQCwdQUAuHUFAAAqEwAUdgUAYHYFAGZ2BQC4dgUA03YFABB3BQAcdwUAaHcFAG53BQBYKhMAyHcFALAqEwAdeAUAcHgFAH14BQDIeAUA1XgFACB5BQAseQUAeHkFAId5BQDQeQUA2nkFACh6BQA2egUAgHoFAIV6BQDYegUA5XoFADB7BQA4ewUACCsTAJR7BQDgewUA8HsFADh8BQBBfAUAkHwFAJN8BQDofAUA9HwFAEB9BQBHfQUAYCsTAKZ9BQDwfQUABn4FAEh+BQBUfgUAoH4FAKd+BQD4fgUAAH8FAFB/BQBVfwUAqH8FALF/BQAAgAUACoAFALgrEwBdgAUAsIAFAGSABQAohQUAuIAFAAiBBQAOgQUAYIEFAGWBBQC4gQUAwYEFABCCBQAaggUAaIIFAHSCBQDAggUAyIIFABAsEwAdgwUAcIMFAHiDBQDIgwUA04MFACCEBQAlhAUAeIQFAHuEBQDQhAUA2oQFAGgsEwAyhQUAgIUFAISFBQDYhQUA3YUFADCGBQA2hgUAiIYFAKiGBQDghgUA6IYFADiHBQBGhwUAkIcFAJOHBQDohwUA8IcFAECIBQBJiAUAmIgFAKWIBQDwiAUA9ogFAEiJBQBUiQUAoIkFAKKJBQD4iQUAB4oFAFCKBQBbigUAqIoFAKqKBQAAiwUAGYsFAFiLBQBpiwUAsIsFALyLBQDALBMAEIwFAGCMBQCAjAUAuIwFAMaMBQAQjQUAHY0FAGiNBQBvjQUAwI0FANyNBQAYjgUAII4FABgtEwB1jgUAyI4FANWOBQAgjwUALY8FAHiPBQCEjwUA0I8FAN+PBQAokAUAMpAFAICQBQCVkAUA2JAFAOCQBQAwkQUAP5EFAIiRBQCKkQUA4JEFAOmRBQA4kgUAO5IFAJCSBQCckgUA6JIFAASTBQBAkwUASJMFAHAtEwCdkwUA8JMFAAaUBQBIlAUAVJQFAKCUBQDDlAUAyC0TAAWVBQBQlQUAXZUFAKiVBQC0lQUAAJYFAA+WBQBYlgUAYpYFALCWBQC4lgUACJcFABKXBQBglwUAZZcFALiXBQDAlwUAIC4TACSYBQBomAUAjpgFAMCYBQDmmAUAGJkFAD6ZBQBwmQUAm5kFAMiZBQDQmQUAIJoFAEqaBQB4mgUAqpoFANCaBQD2mgUAKJsFAE6bBQCAmwUAspsFANibBQADnAUAMJwFADicBQCInAUAjZwFAOD/BQCXnAUA4JwFAOWcBQA4nQUARZ0FAJCdBQCdnQUA6J0FAPSdBQBAngUAT54FAJieBQCingUA8J4FAP6eBQBInwUATZ8FAKCfBQCtnwUA+J8FAACgBQBQoAUAVqAFAKigBQBaoAUAIP0FALSgBQAAoQUAEKEFAFihBQBhoQUAsKEFALOhBQAIogUAFKIFAGCiBQBnogUAeC4TAMyiBQAQowUAE6MFAGijBQCFowUAwKMFANGjBQAYpAUAH6QFAHCkBQCJpAUAyKQFANCkBQAgpQUANqUFAHilBQB9pQUA0KUFANelBQAopgUAMaYFAICmBQCRpgUA2KYFAOSmBQDQLhMAMqcFAKCqBQBEpwUAiKcFAIunBQDgpwUA/acFADioBQBJqAUAkKgFAJ+oBQDoqAUA+agFAECpBQBOqQUAmKkFAKSpBQDwqQUA/akFAEiqBQBSqgUAKC8TAKaqBQD4qgUABqsFAFCrBQBSqwUAqKsFAK+rBQAArAUAGawFAIAvEwBsrAUAsKwFALOsBQAIrQUAJa0FAGCtBQBxrQUAuK0FAMCtBQAQrgUAF64FAGiuBQBurgUAwK4FAM6uBQAYrwUAM68FAHCvBQB8rwUAyK8FAM6vBQAgsAUANbAFAHiwBQCAsAUA0LAFANqwBQAosQUALrEFAICxBQCOsQUA2LEFAOSxBQAwsgUAN7IFAIiyBQCQsgUA2C8TAOmyBQA4swUARbMFAJCzBQCeswUA6LMFAPezBQBAtAUAQrQFAJi0BQCitAUA8LQFAP60BQBItQUATbUFAKC1BQCttQUA+LUFAPu1BQBQtgUAXLYFAKi2BQC7tgUAALcFAA+3BQBYtwUAZLcFALC3BQCxtwUACLgFABK4BQBguAUAbrgFALi4BQC9uAUAELkFAB25BQAwMBMAbbkFAMC5BQDWuQUAGLoFAC66BQBwugUAeboFAMi6BQDVugUAILsFAC67BQB4uwUAh7sFANC7BQDSuwUAKLwFADK8BQCAvAUAjrwFANi8BQDdvAUAML0FAD29BQCIvQUAi70FAOC9BQDovQUAOL4FAEm+BQCQvgUAnr4FAOi+BQD1vgUAQL8FAGC/BQCYvwUAoL8FAPC/BQAAwAUASMAFAErABQCgwAUArsAFAPjABQAJwQUAODETAFbBBQCowQUAtMEFAJAxEwAHwgUAWMIFAA3CBQCouwcAX8IFALDCBQC2wgUACMMFABTDBQBgwwUAY8MFALjDBQC7wwUAEMQFADjEBQBoxAUAi8QFAMDEBQDLxAUAGMUFAB3FBQBwxQUAc8UFAMjFBQDSxQUAIMYFAEjGBQDoMRMAfcYFANDGBQDdxgUAKMcFADXHBQCAxwUAjMcFANjHBQDnxwUAMMgFADrIBQCIyAUAkMgFAODIBQDqyAUAOMkFAD3JBQCQyQUAmMkFAEAyEwD1yQUAQMoFAFTKBQCYygUAoMoFAPDKBQD1ygUASMsFAFjLBQCgywUAqMsFAPjLBQACzAUAUMwFAFvMBQCozAUAtMwFAADNBQAIzQUAmDITAFnNBQCwzQUAvM0FAAjOBQAXzgUAYM4FAG7OBQC4zgUAyM4FABDPBQAezwUAaM8FAHTPBQDAzwUAx88FABjQBQAg0AUAcNAFAIbQBQDI0AUA3NAFACDRBQAj0QUAeNEFAJXRBQDQ0QUA4dEFACjSBQAw0gUAgNIFAIvSBQDY0gUA3dIFADDTBQAz0wUAiNMFAJLTBQDg0wUA49MFAPAyEwA61AUAGOgIAD3UBQCQ1AUAk9QFAOjUBQDy1AUAQNUFAEjVBQCY1QUAt9UFAEgzEwAE1gUASNYFAG7WBQCg1gUAxtYFAPjWBQAe1wUAUNcFAInXBQCo1wUA2tcFAADYBQAm2AUAWNgFAH7YBQCw2AUA4tgFAAjZBQAs2QUAYNkFAHzZBQC42QUAwNkFAKAzEwAV2gUAaNoFAHXaBQDA2gUAzdoFABjbBQAk2wUAcNsFAH/bBQDI2wUA0tsFACDcBQAu3AUAeNwFAH3cBQDQ3AUA3dwFACjdBQAw3QUA+DMTAIzdBQDY3QUA6N0FADDeBQA53gUAiN4FAIveBQDg3gUA7N4FADjfBQA/3wUAUDQTAJ7fBQDo3wUA/t8FAEDgBQBM4AUAmOAFAJ/gBQDw4AUA+OAFAEjhBQBN4QUAoOEFAKnhBQD44QUAAuIFAKg0EwBR4gUAqOIFALTiBQAA4wUABuMFAFjjBQBa4wUAsOMFALrjBQAI5AUAFuQFAGDkBQBl5AUAuOQFAMXkBQAQ5QUAGOUFAGjlBQBy5QUAwOUFAM7lBQAY5gUALuYFAHDmBQB85gUAyOYFAM/mBQAg5wUAKOcFAHjnBQB95wUA0OcFANnnBQAo6AUAMugFAAA1EwCD6AUA2OgFAPXoBQAw6QUAQekFAIjpBQCW6QUA4OkFAPjpBQA46gUAO+oFAJDqBQCt6gUA6OoFAPnqBQBA6wUAWOsFAJjrBQCk6wUA8OsFAAPsBQBI7AUAV+wFAKDsBQCs7AUA+OwFAPnsBQBQ7QUAWu0FAKjtBQC27QUAAO4FAAXuBQBY7gUAZe4FAFg1EwC17gUACO8FABXvBQBg7wUAbe8FALjvBQDE7wUAEPAFAB/wBQBo8AUAcvAFAMDwBQDO8AUAGPEFAB3xBQBw8QUAffEFAMjxBQDQ8QUAYDYTACzyBQB48gUAiPIFANDyBQDZ8gUAKPMFACvzBQCA8wUAjPMFANjzBQDf8wUAuDYTAD70BQCI9AUAnvQFAOD0BQDs9AUAOPUFAD/1BQCQ9QUAmPUFAOj1BQDt9QUAQPYFAEn2BQCY9gUAovYFABA3EwDx9gUASPcFAFT3BQCg9wUApvcFAPj3BQD69wUAUPgFAFr4BQCo+AUAtvgFAAD5BQAF+QUAWPkFAGX5BQCw+QUAuPkFAAj6BQAS+gUAYPoFAG76BQC4+gUAzvoFABD7BQAc+wUAaPsFAG/7BQDA+wUAyPsFABj8BQAd/AUAcPwFAHn8BQDI/AUA0vwFAGg3EwAu/QUAeP0FAI79BQDQ/QUA3P0FACj+BQAv/gUAgP4FAIj+BQDY/gUA3f4FADD/BQA5/wUAiP8FAJL/BQDANxMA4f8FADgABgBEAAYAkAAGAJYABgDoAAYA6gAGAEABBgBKAQYAmAEGAKYBBgDwAQYA9QEGAEgCBgBVAgYAoAIGAKgCBgD4AgYAAgMGAFADBgBeAwYAqAMGAL4DBgAABAYADAQGAFgEBgBfBAYAsAQGALgEBgAIBQYADQUGAGAFBgBpBQYAuAUGAMIFBgAYOBMAEgYGANgHDgAeBgYAaAYGAHkGBgDABgYAxQYGABgHBgAvBwYAcAcGAIQHBgDIBwYA4AcGACAIBgAvCAYAeAgGAH0IBgDQCAYA3QgGACgJBgA1CQYAgAkGAIwJBgDYCQYA5wkGADAKBgA6CgYAiAoGAJAKBgDgCgYA/goGADgLBgBACwYAkAsGAJkLBgDoCwYA9QsGAEAMBgBCDAYAmAwGALEMBgDwDAYAAQ0GAEgNBgBUDQYAoA0GAKgNBgBwOBMA/Q0GAFAOBgBYDgYAqA4GALcOBgAADwYABQ8GAFgPBgBlDwYAsA8GAL0PBgAIEAYAFBAGAGAQBgBvEAYAuBAGAMIQBgAQEQYAGBEGAGgRBgByEQYAwBEGAMURBgAYEgYAIBIGAMg4EwCEEgYAyBIGAMsSBgAgEwYAPRMGAHgTBgCJEwYA0BMGAAIUBgAoFAYARxQGAIAUBgCIFAYA2BQGANoUBgAwFQYAPxUGAIgVBgCSFQYA4BUGAO4VBgA4FgYAUxYGAJAWBgCcFgYA6BYGAPAWBgAgORMATBcGAJgXBgCnFwYA8BcGAPUXBgBIGAYAThgGAKAYBgCnGAYA+BgGAAAZBgBQGQYAUhkGAKgZBgCvGQYAABoGAAIaBgBYGgYAWRoGALAaBgC6GgYACBsGABQbBgBgGwYAZhsGALgbBgDSGwYAEBwGABgcBgBoHAYAfhwGAMAcBgDOHAYAGB0GABsdBgBwHQYAcx0GAMgdBgDWHQYAIB4GAC0eBgB4HgYAjx4GANAeBgDYHgYAKB8GACofBgCAHwYAiB8GANgfBgDvHwYAMCAGADwgBgCIIAYAniAGAOAgBgDoIAYAOCEGAEYhBgCQIQYAmiEGAOghBgDwIQYAQCIGAEciBgCYIgYApCIGAPAiBgDxIgYASCMGAFQjBgCgIwYArSMGAPgjBgD/IwYAUCQGAFMkBgCoJAYAsCQGAAAlBgAFJQYAWCUGAGUlBgCwJQYA4CUGAAgmBgAQJgYAeDkTAGYmBgC4JgYAxiYGABAnBgAhJwYAaCcGAG0nBgDAJwYA1ycGABgoBgAsKAYAcCgGAI8oBgDIKAYA0CgGACApBgAiKQYAeCkGAIcpBgDQKQYA2ikGACgqBgA2KgYAgCoGAJsqBgDYKgYA5CoGADArBgA4KwYA0DkTAJQrBgDgKwYA7ysGADgsBgA9LAYAkCwGAJYsBgDoLAYA7ywGAEAtBgBILQYAmC0GAJotBgDwLQYA9y0GAEguBgBKLgYAoC4GAKEuBgD4LgYAAi8GAFAvBgBcLwYAqC8GAK4vBgAAMAYAGjAGAFgwBgBgMAYAsDAGAMYwBgAIMQYAFjEGAGAxBgBjMQYAuDEGALsxBgAQMgYAHjIGAGgyBgB1MgYAwDIGANcyBgAYMwYAIDMGAHAzBgByMwYAyDMGANAzBgAgNAYANzQGAHg0BgCENAYA0DQGAOY0BgAoNQYAMDUGAIA1BgCONQYA2DUGAOI1BgAwNgYAODYGAIg2BgCPNgYA4DYGAOw2BgA4NwYAOTcGAJA3BgCcNwYA6DcGAPU3BgBAOAYARzgGAJg4BgCbOAYA8DgGAPg4BgBIOQYATTkGAKA5BgCtOQYA+DkGACg6BgBQOgYAWDoGACg6EwCtOgYAADsGABw7BgBYOwYAYDsGAIA6EwDqOwYACDwGAC48BgBgPAYAiTwGALg8BgDqPAYAED0GACU9BgBoPQYAcD0GAMA9BgDDPQYAGD4GADU+BgBwPgYAgT4GAMg+BgDLPgYAID8GACo/BgB4PwYAej8GANA/BgDaPwYAKEAGADRABgCAQAYAnEAGANhABgDgQAYA2DoTAGVBBgCIQQYAi0EGAOBBBgAGQgYAOEIGAGFCBgCQQgYAtEIGAOhCBgDwQgYAMDsTAEVDBgCYQwYApUMGAPBDBgD9QwYASEQGAFREBgCgRAYAr0QGAPhEBgACRQYAUEUGAF5FBgCoRQYArUUGAABGBgANRgYAWEYGAGBGBgCwRgYAukYGAAhHBgAWRwYAYEcGAHZHBgC4RwYAxEcGABBIBgAVSAYAaEgGAHFIBgDASAYAykgGABhJBgA0SQYAcEkGAHhJBgCIOxMAykkGACBKBgAuSgYAeEoGAIlKBgDgOxMA10oGADg8EwAtSwYAgEsGAIhLBgDYSwYA50sGADBMBgA2TAYAiEwGAJRMBgDgTAYA4kwGADhNBgBCTQYAkE0GAJxNBgDoTQYA8E0GAOg8EwBFTgYAmE4GAKdOBgDwTgYAEE8GAEhPBgBUTwYAoE8GAKpPBgD4TwYAAFAGAFBQBgBSUAYAqFAGALhQBgAAUQYAClEGAFhRBgBkUQYAsFEGALZRBgAIUgYAEFIGAEA9EwBlUgYAuFIGAMFSBgA4Fw0AxVIGABBTBgDOUgYAwI0QABpTBgDwURAAHVMGAGhTBgB0UwYAwFMGAM9TBgAYVAYAIlQGAHBUBgB4VAYAYAkMAH5UBgDIVAYA1VQGACBVBgA3VQYAeFUGAIBVBgDQVQYA2lUGAChWBgAtVgYAgFYGAIhWBgCYPRMA5VYGADBXBgA+VwYAiFcGAJtXBgDgVwYA6FcGADhYBgA7WAYAkFgGAJVYBgDoWAYA91gGAEBZBgBgWQYAmFkGAKRZBgDwWQYA+lkGAEhaBgBkWgYAoFoGAKhaBgDwPRMAC1sGAFBbBgBWWwYAqFsGALRbBgAAXAYAClwGAFhcBgBeXAYAsFwGAL5cBgAIXQYAFF0GAGBdBgBjXQYAuF0GALldBgAQXgYAHF4GAGheBgBuXgYAwF4GAMZeBgAYXwYAJF8GAHBfBgCNXwYAyF8GANFfBgAgYAYALGAGAHhgBgB7YAYA0GAGANpgBgAoYQYANGEGAIBhBgCGYQYA2GEGAN5hBgAwYgYANWIGAIhiBgCOYgYASD4TAOxiBgA4YwYAOmMGAJBjBgCfYwYA6GMGAPNjBgBAZAYATGQGAJhkBgCfZAYA8GQGAPhkBgBIZQYAUmUGAKBlBgCrZQYA+GUGAARmBgBQZgYAWGYGAFA/EwCqZgYAAGcGABNnBgBYZwYAYGcGALBnBgC2ZwYACGgGABRoBgBgaAYAamgGALhoBgC+aAYAEGkGAB5pBgBoaQYAdGkGAMBpBgDDaQYAGGoGACBqBgBwagYAcWoGAMhqBgDUagYAIGsGACZrBgB4awYAgGsGANBrBgDWawYAKGwGADRsBgCAbAYAnWwGANhsBgDhbAYAMG0GADxtBgCIbQYAi20GAOBtBgDqbQYAOG4GAEBuBgCQbgYAoW4GAOhuBgD2bgYAQG8GAFZvBgCYbwYApm8GAPBvBgD6bwYAqD8TAFdwBgCgcAYAq3AGAPhwBgAEcQYAUHEGAFdxBgCocQYAsHEGAAByBgAKcgYAWHIGAGNyBgCwcgYAvHIGAAhzBgAQcwYAAEATAGJzBgC4cwYAy3MGABB0BgAYdAYAaHQGAG50BgDAdAYAzHQGABh1BgAidQYAcHUGAHZ1BgDIdQYA1nUGACB2BgAsdgYAeHYGAHt2BgDQdgYA2HYGACh3BgApdwYAgHcGAIx3BgDYdwYA3ncGADB4BgA4eAYAiHgGAI54BgDgeAYA7HgGADh5BgBVeQYAkHkGAJl5BgDoeQYA9HkGAEB6BgBDegYAmHoGAKJ6BgDwegYA+HoGAEh7BgBZewYAoHsGAK57BgD4ewYADnwGAFB8BgBefAYAqHwGALJ8BgAAfQYACH0GAFh9BgB7fQYAWEATALt9BgAIfgYAFn4GAGB+BgBvfgYAuH4GAMN+BgAQfwYAGH8GAGh/BgB2fwYAwH8GAMN/BgAYgAYAIIAGALBAEwCMgAYACEETAMqABgAggQYALYEGAHiBBgCFgQYA0IEGANWBBgAoggYAMoIGAICCBgCPggYA2IIGAN2CBgAwgwYAPYMGAIiDBgCVgwYA4IMGAOyDBgA4hAYAR4QGAJCEBgCahAYA6IQGAPSEBgBAhQYARoUGAJiFBgCehQYA8IUGAPWFBgBIhgYAToYGAGBBEwClhgYAAKkGALGGBgD4hgYABocGAFCHBgBchwYAqIcGALWHBgAAiAYACogGAFiIBgB0iAYAsIgGAMyIBgC4QRMACokGAGCJBgBtiQYAuIkGAMWJBgAQigYAFYoGAGiKBgByigYAwIoGAM+KBgAYiwYAHYsGAHCLBgB9iwYAyIsGANWLBgAgjAYALIwGAHiMBgCHjAYA0IwGANqMBgAojQYANI0GAICNBgCGjQYA2I0GAN6NBgAwjgYANY4GAIiOBgCOjgYAEEITAOyOBgA4jwYAP48GAJCPBgCejwYA6I8GAOuPBgBAkAYASJAGAJiQBgCdkAYA8JAGAP2QBgBIkQYAUJEGAGhCEwClkQYA+JEGAAeSBgBQkgYAUpIGAKiSBgC5kgYAAJMGAAuTBgBYkwYAXZMGALCTBgCzkwYACJQGABKUBgBglAYAfJQGAMBCEwC/lAYAEJUGAB6VBgBolQYAa5UGAMCVBgDPlQYAGJYGAB2WBgBwlgYAfZYGAMiWBgDVlgYAIJcGACyXBgB4lwYAh5cGANCXBgDalwYAKJgGADaYBgCAmAYAhZgGANiYBgDlmAYAMJkGADyZBgCImQYAm5kGAOCZBgDvmQYAOJoGAESaBgCQmgYAkZoGAOiaBgDymgYAQJsGAE6bBgCYmwYAnZsGAPCbBgD9mwYAGEMTAEqcBgCgnAYArpwGAPicBgAJnQYAIEQTAFedBgB4RBMArZ0GAACeBgAIngYAWJ4GAGeeBgCwngYAtZ4GAAifBgAVnwYAYJ8GAG2fBgC4nwYAxJ8GABCgBgAfoAYAaKAGAHKgBgAoRRMAwqAGABihBgAzoQYAcKEGAHKhBgDIoQYA4qEGACCiBgAtogYAeKIGAISiBgDQogYA2qIGACijBgBCowYAgKMGAI+jBgDYowYA3aMGADCkBgA9pAYAiKQGAJWkBgDgpAYA7KQGADilBgBHpQYAkKUGAJqlBgDopQYA9KUGAECmBgBTpgYAmKYGAKemBgDwpgYA/KYGAEinBgBJpwYAoKcGAKqnBgD4pwYABqgGAFCoBgBVqAYAqKgGALWoBgCARRMADakGAFipBgBlqQYAsKkGALypBgAIqgYAF6oGAGCqBgBqqgYAuKoGAMaqBgAQqwYAFasGAGirBgB1qwYAwKsGAMyrBgAYrAYAK6wGAHCsBgB/rAYAyKwGANSsBgAgrQYAIa0GAHitBgCCrQYA0K0GAN6tBgAorgYALa4GAICuBgCNrgYA2EUTAOWuBgAwrwYAMq8GAIivBgChrwYA4K8GAPGvBgA4sAYARLAGAJCwBgCYsAYA4EYTAO2wBgBAsQYASLEGAJixBgCnsQYA8LEGAPWxBgBIsgYAVbIGAKCyBgCtsgYA+LIGAASzBgBQswYAX7MGAKizBgCyswYAOEcTABO0BgBYtAYAZ7QGALC0BgC8tAYACLUGAAm1BgBgtQYAarUGALi1BgDGtQYAELYGABW2BgBotgYAdbYGAJBHEwDFtgYAGLcGACW3BgBwtwYAfbcGAMi3BgDUtwYAILgGAC+4BgB4uAYAgrgGANC4BgDeuAYAKLkGAC25BgCAuQYAjbkGANi5BgDguQYAmEgTADy6BgCIugYAmLoGAOC6BgDpugYAOLsGADu7BgCQuwYAnLsGAOi7BgDvuwYA8EgTAEu8BgCYvAYAmbwGAPC8BgAIvQYASL0GAFW9BgCgvQYArL0GAPi9BgACvgYAUL4GAFS+BgCovgYArb4GAAC/BgAGvwYAWL8GAHi/BgCwvwYAyL8GAAjABgAfwAYAYMAGAGzABgC4wAYAwsAGABDBBgASwQYAaMEGAG/BBgDAwQYAx8EGABjCBgAewgYAcMIGAHzCBgDIwgYAy8IGACDDBgAjwwYAeMMGAITDBgDQwwYA08MGAEhJEwAtxAYAgMQGAIjEBgDYxAYA3sQGADDFBgA1xQYAiMUGAJHFBgDgxQYA6sUGADjGBgBExgYAkMYGAJjGBgCgSRMA7cYGAEDHBgBIxwYAmMcGAKPHBgDwxwYA9ccGAEjIBgBLyAYAoMgGAKrIBgD4SRMAAMkGAFDJBgBUyQYAqMkGAKrJBgAAygYAA8oGAFjKBgBgygYAsMoGAL3KBgAIywYADcsGAGDLBgBqywYAuMsGAMDLBgAQzAYAEcwGAGjMBgBtzAYAwMwGAMPMBgAYzQYAG80GAHDNBgB+zQYAyM0GAOHNBgAgzgYAMc4GAHjOBgCEzgYA0M4GANjOBgBQShMALc8GAIDPBgCIzwYA2M8GAOfPBgAw0AYANdAGAIjQBgCV0AYA4NAGAO3QBgA40QYARNEGAJDRBgCf0QYA6NEGAPLRBgBA0gYASNIGAJjSBgCi0gYA8NIGAPXSBgBI0wYAUNMGAKhKEwCr0wYA+NMGAATUBgBQ1AYAWNQGAABLEwC01AYAANUGAAfVBgBY1QYAZtUGALDVBgCz1QYACNYGABDWBgBg1gYAY9YGALjWBgDE1gYAENcGABbXBgBo1wYAg9cGAMDXBgDM1wYAGNgGAB7YBgBw2AYAk9gGAMjYBgDL2AYAINkGAETZBgBYSxMAfdkGANDZBgDd2QYAKNoGADXaBgCA2gYAjNoGANjaBgDn2gYAMNsGADrbBgCI2wYAltsGAODbBgDl2wYAONwGAEXcBgCQ3AYAmNwGALBLEwD13AYAQN0GAEjdBgCY3QYAsd0GAPDdBgD23QYASN4GAE3eBgCg3gYAwN4GAPjeBgAE3wYAUN8GAF3fBgCo3wYAsN8GAADgBgAD4AYAWOAGAGLgBgCw4AYAsuAGAAjhBgAS4QYAYOEGAGzhBgAITBMAzuEGABDiBgAc4gYAaOIGAG3iBgDA4gYAcOIGAMhWFADJ4gYAGOMGACLjBgBw4wYAeOMGAOjxCgB84wYAyOMGAJPjBgC4IgsAzuMGACDkBgDb4wYAmEEOACbkBgB45AYAfeQGANDkBgDW5AYAYEwTADblBgCA5QYAluUGANjlBgDk5QYAMOYGADXmBgCI5gYAkeYGAODmBgDq5gYAOOcGAEDnBgCQ5wYAn+cGAOjnBgDt5wYAQOgGAE3oBgCY6AYApegGAPDoBgD86AYASOkGAFfpBgCg6QYAqukGAPjpBgAG6gYAUOoGAF3qBgCo6gYAv+oGAADrBgAI6wYAWOsGAGLrBgCw6wYAtesGAAjsBgAQ7AYAaE0TAGzsBgC47AYAvuwGABDtBgAr7QYAaO0GAHTtBgDA7QYAxu0GAMBNEwAe7gYAsP8OACvuBgBw7gYAf+4GAMjuBgDU7gYAIO8GACHvBgB47wYAgu8GANDvBgDe7wYAKPAGAC3wBgCA8AYAjfAGABhOEwDd8AYAMPEGADjxBgCI8QYAi/EGAODxBgDp8QYAOPIGAEfyBgCQ8gYAm/IGAOjyBgDw8gYAQPMGAFDzBgCY8wYApvMGAPDzBgAB9AYASPQGAFT0BgCg9AYAqPQGACBPEwD+9AYAUPUGAFj1BgCo9QYAr/UGAAD2BgAO9gYAWPYGAF72BgCw9gYAvPYGAAj3BgAX9wYAYPcGAGr3BgC49wYAvfcGABD4BgAW+AYAaPgGAHz4BgDA+AYAyPgGABj5BgBC+QYAcPkGAHn5BgDI+QYA1fkGACD6BgAu+gYAePoGAIv6BgDQ+gYA7PoGAHhPEwAt+wYAgPsGAI37BgDY+wYA5fsGADD8BgA8/AYAiPwGAJf8BgDg/AYA6vwGADj9BgBG/QYAkP0GAJX9BgDo/QYA9f0GAED+BgBI/gYA0E8TAKT+BgDw/gYAAP8GAEj/BgBR/wYAoP8GAKP/BgD4/wYABAAHAFAABwBXAAcAKFATANIABwAAAQcACQEHAFgBBwBlAQcAsAEHAL4BBwAIAgcAGwIHAGACBwB8AgcAgFATAMYCBwAQAwcAJgMHAGgDBwB0AwcAwAMHAMcDBwAYBAcAIAQHAHAEBwB1BAcAyAQHANEEBwAgBQcAKgUHANhQEwB5BQcA0AUHANwFBwAoBgcALgYHAIAGBwCCBgcA2AYHAOIGBwAwBwcAPgcHAIgHBwCNBwcA4AcHAO0HBwA4CAcAQAgHAJAIBwCaCAcA6AgHAPYIBwBACQcAVgkHAJgJBwCkCQcA8AkHAPcJBwBICgcAUAoHAKAKBwClCgcA+AoHAAELBwBQCwcAWgsHADBREwCuCwcAAAwHAAYMBwBYDAcAXQwHALAMBwC2DAcAiFETAA0NBwBgDQcAbQ0HALgNBwDFDQcAEA4HABwOBwBoDgcAdw4HAMAOBwDKDgcAGA8HACYPBwBwDwcAdQ8HAMgPBwDVDwcAIBAHACgQBwCQUhMAhhAHANAQBwDmEAcAKBEHADQRBwCAEQcAhREHANgRBwDhEQcAMBIHADoSBwDoUhMAlBIHAOASBwDxEgcAOBMHAEQTBwCQEwcAnxMHAOgTBwDyEwcAQBQHAE4UBwCYFAcAnRQHAPAUBwD9FAcASBUHAFIVBwCgFQcAVBUHAGgZBwCuFQcA+BUHAA4WBwBQFgcAXBYHAKgWBwCtFgcAABcHAAkXBwBYFwcAYhcHALAXBwC8FwcACBgHAA4YBwBgGAcAZhgHALgYBwC9GAcAEBkHABYZBwBAUxMAbhkHAMAZBwDGGQcAGBoHAB0aBwBwGgcAdhoHAJhTEwDWGgcAIBsHADYbBwB4GwcAhBsHANAbBwDVGwcAKBwHADEcBwCAHAcAihwHANgcBwDkHAcAMB0HAEMdBwCIHQcAlx0HAOAdBwDsHQcAOB4HADkeBwCQHgcAmh4HAOgeBwD2HgcAQB8HAEUfBwCYHwcApR8HAPBTEwD/HwcASCAHAGggBwCgIAcArCAHAPggBwACIQcAUCEHAFUhBwCoIQcAqSEHAAAiBwAMIgcAWCIHAGUiBwCwIgcAvCIHAAgjBwAbIwcAYCMHAG8jBwC4IwcAxCMHABAkBwARJAcAaCQHAHIkBwDAJAcAziQHABglBwAdJQcAcCUHAH0lBwBIVBMA5CUHAKBUEwAmJgcAeCYHAH4mBwDQJgcA1SYHACgnBwAuJwcA+FQTAIUnBwDYJwcA2ycHADAoBwA8KAcAiCgHAI4oBwDgKAcA+ygHADgpBwBEKQcAkCkHAJYpBwDoKQcA6ikHAEAqBwBbKgcAmCoHAJoqBwDwKgcA/ioHAEgrBwBZKwcAoCsHAKIrBwD4KwcAESwHAFAsBwBhLAcAqCwHALQsBwAAVhMACi0HAFgtBwBmLQcAsC0HAMYtBwAILgcAFC4HAGAuBwBlLgcAuC4HAMEuBwAQLwcAGi8HAGgvBwBwLwcAwC8HAMUvBwAYMAcAJzAHAHAwBwB/MAcAyDAHANEwBwAgMQcAJjEHAHgxBwB+MQcA0DEHANwxBwAoMgcALzIHAIAyBwCIMgcA2DIHANoyBwAwMwcAQDMHAIgzBwCSMwcA4DMHAOwzBwA4NAcAPjQHAJA0BwCYNAcAWFYTAPQ0BwBANQcAUTUHAJg1BwCkNQcA8DUHAP81BwBINgcAUjYHAKA2BwCuNgcA+DYHAP02BwBQNwcAXTcHAKg3BwCwNwcAADgHAAo4BwBoUAcADDgHAFg4BwBeOAcAsDgHALY4BwAIOQcADTkHAGA5BwBmOQcAsFYTAMQ5BwAQOgcAFjoHAGg6BwCDOgcAwDoHAMw6BwAYOwcAHjsHAHA7BwB4OwcAyDsHAMs7BwAgPAcALDwHAHg8BwCJPAcA0DwHANw8BwAoPQcANz0HAIA9BwCKPQcA2D0HAOY9BwAwPgcANT4HAIg+BwCVPgcA4D4HAOg+BwA4PwcAQj8HAJA/BwCePwcA6D8HAP4/BwBAQAcATEAHAJhABwCdQAcA8EAHAPlABwBIQQcAUkEHALhXEwCmQQcA+EEHAP5BBwBQQgcAXEIHAKhCBwC1QgcAAEMHAApDBwBYQwcAYEMHALBDBwC6QwcACEQHAA1EBwBgRAcAYUQHALhEBwC9RAcAEEUHACFFBwBoRQcAbUUHAMBFBwDXRQcAGEYHACxGBwBwRgcAjEYHAMhGBwDQRgcAEFgTAChHBwB4RwcAgkcHANBHBwDkRwcAKEgHAClIBwCASAcAjEgHANhIBwD0SAcAMEkHADhJBwBoWBMAkUkHAOBJBwDuSQcAOEoHAO9JBwAg1QsAQkoHAJBKBwCSSgcA6EoHAAFLBwBASwcAUUsHAJhLBwCkSwcA8EsHAPhLBwDAWBMAVEwHAKBMBwCmTAcA+EwHABNNBwBQTQcAXE0HAKhNBwCuTQcAAE4HAANOBwBYTgcAYE4HALBOBwDATgcACE8HAA1PBwBgTwcAaU8HALhPBwDFTwcAEFAHABdQBwAYWRMAdlAHAMBQBwDWUAcAGFEHACRRBwBwUQcAdVEHAMhRBwDRUQcAIFIHACpSBwB4UgcAlFIHANBSBwDYUgcAcFkTAC1TBwCAUwcAiFMHANhTBwDaUwcAMFQHAEtUBwCIVAcAilQHAOBUBwDuVAcAOFUHAElVBwCQVQcAklUHAOhVBwABVgcAQFYHAFFWBwCYVgcApFYHAPBWBwD4VgcAyFkTAFRXBwCgVwcAplcHAPhXBwATWAcAUFgHAFxYBwCoWAcArlgHAABZBwADWQcAIFoTAHVZBwCwWQcAsVkHAAhaBwAXWgcAYFoHAGVaBwC4WgcAxVoHABBbBwAdWwcAaFsHAHRbBwDAWwcAz1sHABhcBwAiXAcAcFwHAH5cBwDIXAcAzVwHACBdBwAtXQcAeF0HAIRdBwDQXQcA1l0HACheBwDjXQcAKHQHAC5eBwCAXgcAhV4HANheBwDeXgcAeFoTADVfBwCIXwcAqF8HAOBfBwDsXwcAOGAHAD5gBwCQYAcAmGAHAEiOBwCZYAcA6GAHAPVgBwBAYQcARmEHAJhhBwCkYQcA8GEHAPJhBwBIYgcAV2IHAKBiBwCrYgcA+GIHAPpiBwBQYwcAaWMHAKhjBwC5YwcAAGQHAAxkBwBYZAcAZGQHALBkBwDDZAcACGUHABdlBwBgZQcAbGUHALhlBwC5ZQcAEGYHABpmBwBoZgcAdmYHAMBmBwDFZgcAGGcHACVnBwDQWhMAfWcHAMhnBwDcZwcAIGgHADxoBwB4aAcAlGgHAChbEwDfaAcAKGkHAClpBwCAaQcAj2kHANhpBwDdaQcAMGoHAD1qBwCIagcAlWoHAOBqBwDsagcAOGsHAEdrBwCQawcAmmsHAOhrBwD2awcAQGwHAEVsBwCYbAcApWwHAPBsBwAAbQcASG0HAEptBwCgbQcArm0HAPhtBwAJbgcAgFsTAFduBwDYWxMArW4HAABvBwANbwcAWG8HAGVvBwCwbwcAtm8HAAhwBwAUcAcAYHAHAHBwBwC4cAcAwXAHABBxBwATcQcAaHEHAHRxBwDAcQcAx3EHADBcEwAkcgcAcHIHAIByBwDIcgcA0XIHACBzBwAjcwcAeHMHAIRzBwDQcwcA13MHAIhcEwA3dAcAgHQHAIx0BwDYdAcA2XQHADB1BwA6dQcAiHUHAJZ1BwDgdQcA5XUHADh2BwBFdgcA4FwTAJV2BwDodgcA93YHAEB3BwBgdwcAmHcHAKR3BwDwdwcA+ncHAEh4BwBQeAcAoHgHAKx4BwD4eAcA/ngHAFB5BwBWeQcAqHkHAK15BwAAegcABnoHAOhdEwBdegcAsHoHALl6BwAIewcAGXsHAGB7BwBnewcAuHsHAMB7BwAQfAcAHXwHAGh8BwBtfAcAwHwHAMp8BwAYfQcAIH0HAHB9BwB/fQcAyH0HAM19BwAgfgcALX4HAHh+BwCFfgcA0H4HANx+BwAofwcAN38HAIB/BwCKfwcA2H8HAOB/BwAwgAcAOoAHAIiABwCNgAcA4IAHAOiABwDwXhMAPYEHAJCBBwCTgQcA6IEHAPKBBwBIXxMARoIHAJiCBwCdggcA8IIHABCDBwBIgwcAVIMHAKCDBwCmgwcA+IMHAPuDBwBQhAcAUoQHAKiEBwDDhAcAAIUHAAKFBwBYhQcAZoUHALCFBwDBhQcACIYHAAqGBwBghgcAeYYHALiGBwDJhgcAEIcHAByHBwCgXxMAeIcHAMCHBwDghwcAGIgHABqIBwBwiAcAfIgHAEhEEQB/iAcAEJ0HAIyIBwDQqgcAnIgHAMiIBwDLiAcAIIkHAC+JBwB4iQcAfYkHANCJBwDdiQcAKIoHADWKBwCAigcAjIoHANiKBwDnigcAMIsHADqLBwCIiwcAlosHAOCLBwDliwcAOIwHAEWMBwCQjAcAnIwHAOiMBwDujAcAQI0HAEaNBwCYjQcAnY0HAPCNBwD2jQcA+F8TAF6OBwCgjgcAoo4HAPiOBwAMjwcAUI8HAFiPBwCojwcAtY8HAACQBwAFkAcAWJAHAGKQBwCwkAcAuJAHAAiRBwAhkQcAYJEHAGyRBwC4kQcAwJEHAFBgEwArkgcAaJIHAGqSBwDAkgcAzpIHABiTBwApkwcAcJMHAHKTBwDIkwcA4ZMHACCUBwAxlAcAeJQHAISUBwCoYBMA1ZQHACiVBwAxlQcAgJUHAJGVBwDYlQcA35UHADCWBwA4lgcAiJYHAJWWBwDglgcA5ZYHADiXBwBClwcAkJcHAJiXBwDolwcAAZgHAECYBwBMmAcAmJgHAKCYBwBYYRMA85gHAEiZBwBSmQcAoJkHAKKZBwD4mQcAEZoHAFCaBwBhmgcAqJoHALaaBwAAmwcAA5sHAFibBwBjmwcAsJsHALybBwAInAcAD5wHALBhEwBhnAcAuJwHANOcBwAIYhMAFZ0HAGidBwB1nQcAwJ0HAM2dBwAYngcAJJ4HAHCeBwB/ngcAyJ4HANKeBwAgnwcALp8HAHifBwB9nwcA0J8HAN2fBwAooAcANKAHAICgBwCGoAcA2KAHAN6gBwAwoQcANaEHAIihBwCOoQcAYGITAO2hBwA4ogcAOqIHAJCiBwCpogcA6KIHAPmiBwBAowcATKMHAJijBwCgowcAaGMTAPWjBwBIpAcAUKQHAKCkBwC5pAcA+KQHAP2kBwBQpQcAVaUHAKilBwCypQcAAKYHAAOmBwBYpgcAYqYHALCmBwC2pgcACKcHAAqnBwBgpwcAYacHALinBwDApwcAEKgHACCoBwBoqAcAbqgHAMCoBwDFqAcAGKkHAC6pBwBwqQcAeKkHAMipBwDyqQcAIKoHAEOqBwB4qgcAl6oHAMBjEwDYqgcAGGQTADmrBwCAqwcAjqsHANirBwDkqwcAMKwHAD2sBwCIrAcAkqwHAOCsBwDorAcAOK0HAEOtBwCQrQcAkq0HAOitBwDrrQcAQK4HAEiuBwCYrgcAnq4HAPCuBwD5rgcASK8HAFWvBwCgrwcAqK8HAPivBwD9rwcAULAHAFmwBwCosAcAsrAHAACxBwAIsQcAWLEHAF2xBwCwsQcAwLEHAAiyBwAQsgcAYLIHAGKyBwC4sgcA07IHABCzBwASswcAaLMHAHazBwDAswcA0bMHABi0BwAatAcAcLQHAIm0BwDItAcA2bQHACC1BwAstQcAeLUHAIC1BwBwZBMA1rUHACi2BwAttgcAgLYHAKC2BwDYtgcA5LYHADC3BwA2twcAiLcHAIu3BwDgtwcA6LcHADi4BwBCuAcAkLgHAJW4BwDouAcA8LgHAEC5BwBKuQcAmLkHAJq5BwDwuQcAAboHAEi6BwBougcAoLoHAKi6BwD4ugcAArsHAFC7BwBVuwcAyGQTALy7BwAAvAcACLwHAFi8BwBdvAcAsLwHAMC8BwAIvQcAEL0HAGC9BwBqvQcAuL0HAMO9BwAQvgcAHL4HAGi+BwBwvgcAIGUTAMy+BwAYvwcAJL8HAHC/BwB3vwcAyL8HANC/BwAgwAcAOcAHAHjABwB+wAcA0MAHANXABwAowQcASMEHAIDBBwCMwQcA2MEHAN7BBwAwwgcAM8IHAHhlEwCKwgcA4MIHAJbCBwBocRIA48IHADjDBwBCwwcAkMMHAJ7DBwDowwcA98MHAEDEBwBDxAcAmMQHAFjEBwDoBQgAXMQHADDjBwCkxAcA8MQHAPLEBwBIxQcATsUHAKDFBwCvxQcA+MUHAAPGBwBQxgcAWMYHAOhHCABqxgcAqMYHALTGBwAAxwcAE8cHAFjHBwBnxwcAsMcHALzHBwAIyAcACcgHAGDIBwBqyAcAuMgHAMbIBwAQyQcAFckHAGjJBwB1yQcA0GUTANrJBwAYygcAJ8oHAHDKBwB1ygcAyMoHANXKBwAgywcALcsHAHjLBwCEywcA0MsHAN/LBwAozAcAMswHAIDMBwCOzAcA2MwHAN3MBwAwzQcAPc0HAIjNBwCUzQcA4M0HAObNBwA4zgcAPs4HAJDOBwCVzgcA6M4HAO7OBwAoZhMAQc8HAJjPBwBJzwcAIJYKAE3PBwAQfgoAT88HAGBMCABgzwcAeAAQAKTPBwDwzwcA9s8HAIgiCQD9zwcASNAHAEvQBwCg0AcArNAHAPjQBwD60AcAUNEHAFbRBwCo0QcAt9EHAADSBwAL0gcAWNIHAFnSBwCw0gcAxNIHAAjTBwAi0wcAYNMHAGzTBwC40wcAy9MHABDUBwAf1AcAaNQHAHTUBwDA1AcAwdQHABjVBwAi1QcAcNUHAH7VBwDI1QcAzdUHACDWBwAt1gcAgGYTAJLWBwDQ1gcA39YHACjXBwAt1wcAgNcHAI3XBwDY1wcA5dcHADDYBwA82AcAiNgHAJfYBwDg2AcA6tgHADjZBwBG2QcAkNkHAJXZBwDo2QcA9dkHAEDaBwBM2gcAmNoHAJ7aBwDw2gcA9toHAEjbBwBN2wcAoNsHAKbbBwDYZhMABtwHAFDcBwBr3AcAqNwHALbcBwAA3QcADd0HAFjdBwBv3QcAsN0HAL/dBwAI3gcADd4HAGDeBwBt3gcAuN4HAMXeBwAQ3wcAHN8HAGjfBwB33wcAwN8HAMrfBwAY4AcAJuAHAHDgBwB14AcAyOAHANXgBwAg4QcAI+EHAHjhBwCE4QcA0OEHANbhBwAo4gcALuIHAIDiBwCF4gcA2OIHAN7iBwAwZxMATOMHAIhnEwCO4wcA4OMHAOLjBwA45AcAReQHAJDkBwCT5AcA6OQHAOnkBwBA5QcAReUHAJjlBwCe5QcA8OUHAPrlBwBI5gcAZOYHAKDmBwC85gcA4GcTAP7mBwBQ5wcAUucHAKjnBwC15wcAAOgHAAPoBwBY6AcAWegHALDoBwC16AcACOkHAA7pBwBg6QcAaukHALjpBwDU6QcAEOoHACzqBwA4aBMAbuoHAMDqBwDG6gcAGOsHAB3rBwBw6wcAdusHAJBoEwDK6wcAIOwHAC7sBwB47AcAiewHAJhpEwDX7AcA8GkTAC3tBwCA7QcAiO0HANjtBwDd7QcAMO4HAOftBwDQAggAMe4HAIjuBwCU7gcA4O4HAO3uBwA47wcAQO8HAJDvBwCa7wcA6O8HAPfvBwBA8AcAQfAHAJjwBwCg8AcA8PAHAP/wBwBI8QcATfEHAKDxBwCt8QcA+PEHAAXyBwBQ8gcAXPIHAKjyBwC38gcAAPMHAArzBwBY8wcAZvMHALDzBwC18wcACPQHABX0BwBg9AcAaPQHALj0BwDC9AcAEPUHABX1BwBo9QcAcPUHAKBqEwDF9QcAGPYHACH2BwBA+wcAJfYHAHD2BwB99gcAyPYHANT2BwAg9wcAL/cHAHj3BwCC9wcA0PcHAN73BwAo+AcALfgHAID4BwCN+AcA2PgHAOD4BwD4ahMAPPkHAIj5BwCY+QcA4PkHAOn5BwA4+gcAO/oHAJD6BwCc+gcA6PoHAO/6BwBQaxMAUfsHAJj7BwCf+wcA8PsHAP37BwBI/AcAZ/wHAKD8BwCq/AcA+PwHAAD9BwBQ/QcAX/0HAKj9BwCt/QcAAP4HAA3+BwBY/gcAZf4HALD+BwC8/gcACP8HABf/BwBg/wcAav8HALj/BwDA/wcAEAAIABoACABoAAgAbQAIAMAACADIAAgAqGsTACQBCABwAQgAdgEIAMgBCADjAQgAIAIIACwCCAB4AggAfgIIAABsEwDVAggAKAMIADUDCACAAwgAjQMIANgDCADkAwgAMAQIAD8ECACIBAgAkgQIAFhsEwDqBAgAOAUIAD0FCACQBQgAmAUIALBsEwDyBQgAQAYIAEYGCACYBggAmgYIAPAGCAD9BggASAcIAEsHCACgBwgAoQcIAPgHCAD9BwgAUAgIAFYICACoCAgAsggIAAAJCAAaCQgAWAkIAGcJCACwCQgAtQkIAAgKCAAVCggAYAoIAG0KCAC4CggAxAoIABALCAAfCwgAaAsIAHILCADACwgAzgsIABgMCAAdDAgAcAwIAH0MCADIDAgA0gwIAMAWCADUDAgAIA0IACYNCAB4DQgAfg0IANANCADVDQgAKA4IAC4OCAAIbRMAhQ4IANgOCADlDggAMA8IAD0PCACIDwgAlA8IAOAPCADvDwgAOBAIAEIQCACQEAgAnhAIAOgQCADtEAgAQBEIAE0RCACYEQgAoBEIABBuEwD2EQgASBIIAE4SCACgEggApRIIAPgSCAD+EggAaG4TAFITCACoEwgAsRMIAAAUCAADFAgAWBQIAGQUCACwFAgAtxQIAAgVCAAQFQgAYBUIAHkVCAC4FQgAzBUIABAWCAAsFggAaBYIAHAWCAAYbxMAzhYIABgXCAAuFwgAcBcIAHwXCADIFwgAzRcIACAYCAApGAgAeBgIAIIYCADQGAgA7BgIACgZCAAwGQgAcG8TAIUZCADYGQgA5RkIADAaCAA9GggAiBoIAJQaCADgGggA7xoIADgbCABCGwgAkBsIAJ4bCADoGwgA7RsIAEAcCABNHAgAmBwIAKAcCADIbxMA/hwIAEgdCABeHQgAoB0IAKwdCAD4HQgA/R0IAFAeCABZHggAqB4IALIeCAAAHwgACB8IAFgfCABnHwgAsB8IALIfCAAIIAgAESAIAGAgCABjIAgAuCAIAMQgCAAQIQgAFyEIAGghCABwIQgAwCEIANkhCAAYIggALCIIAHAiCACMIggAyCIIANAiCAAgcBMAJSMIAHgjCACFIwgA0CMIAN0jCAAoJAgANCQIAIAkCACPJAgA2CQIAOIkCAAwJQgAOiUIAIglCACWJQgA4CUIAPYlCAA4JggARCYIAJAmCACVJggA6CYIAPEmCABAJwgASicIAJgnCACkJwgA8CcIAPYnCABIKAgATigIAKAoCAClKAgA+CgIAP4oCAB4cBMAXCkIAKgpCACsKQgAACoIAA8qCABYKggAXSoIALAqCAC9KggACCsIABUrCABgKwgAbCsIALgrCADHKwgAECwIABosCABoLAgAdiwIAMAsCADFLAgAGC0IACUtCABwLQgAfC0IAMgtCADOLQgAIC4IACYuCAB4LggAfS4IANAuCADWLggA0HATAC0vCACALwgAhy8IANgvCADkLwgAMDAIADIwCACIMAgAMzAIAGA2CACjMAgA4DAIAOIwCAA4MQgARjEIAJAxCAChMQgA6DEIAOoxCABAMggAWTIIAJgyCACpMggA8DIIAPwyCABIMwgAVDMIAKAzCACzMwgA+DMIAAc0CABQNAgAXDQIAKg0CACpNAgAADUIAAo1CABYNQgAZjUIALA1CAC1NQgACDYIABU2CAAocRMAYjYIALg2CADTNggAEDcIABI3CABoNwgAdjcIAMA3CADRNwgAGDgIABo4CABwOAgAiTgIAMg4CADZOAgAIDkIACw5CAB4OQgAhDkIANA5CADjOQgAKDoIADc6CACAOggAjDoIANg6CADZOggAMDsIADo7CACIOwgAljsIAOA7CADlOwgAODwIAEU8CAAwchMAlTwIAOg8CADwPAgAQD0IAEI9CACYPQgAqT0IAPA9CAD+PQgASD4IAGM+CACgPggArD4IAPg+CAAAPwgAOHMTAFU/CACoPwgArz8IAABACAAMQAgAWEAIAFtACACwQAgAuEAIAAhBCAAYQQgAYEEIAGVBCAC4QQgAwUEIABBCCAAdQggAaEIIAG9CCADAQggAyEIIAJBzEwAlQwgAcEMIAHhDCADIQwgA3EMIACBECAAlRAgAeEQIAIFECADQRAgA1kQIAChFCAAwRQgAgEUIAI9FCADYRQgA6UUIADBGCAA5RggAiEYIAItGCADgRggA6kYIADhHCABERwgAkEcIAJZHCADocxMA9UcIAEBICABFSAgAmEgIAJ9ICADwSAgA/EgIAEhJCABQSQgAQHQTALtJCAD4SQgA+kkIAFBKCABeSggAqEoIALlKCAAASwgAAksIAFhLCABxSwgAsEsIAMFLCAAITAgAFEwIAJh0EwBvTAgAuEwIAMFMCAAQTQgAFk0IAGhNCABuTQgAwE0IAMxNCAAYTggAH04IAHBOCAB4TggAyE4IAMxOCAAgTwgAK08IAHhPCACGTwgA0E8IAOFPCAAoUAgANFAIAIBQCACIUAgA8HQTANtQCAAwUQgAOlEIAIhRCACKUQgA4FEIAPlRCAA4UggASVIIAJBSCACeUggA6FIIAOtSCABAUwgAS1MIAJhTCACmUwgA8FMIAP1TCABIVAgAX1QIAKBUCACoVAgA+FQIAPpUCABQVQgAWFUIAKhVCAC3VQgAAFYIAAVWCABYVggAZVYIALBWCAC9VggACFcIABRXCABgVwgAb1cIALhXCADCVwgAEFgIAB5YCABoWAgAbVgIAMBYCADNWAgAGFkIACBZCABwWQgAelkIAMhZCADNWQgAIFoIAChaCAB4WggAe1oIANBaCADtWggAKFsIADlbCACAWwgAiFsIANhbCADbWwgAMFwIADxcCACIXAgAjlwIAOBcCAD7XAgAOF0IAERdCACQXQgAll0IAEh1EwD3XQgAQF4IAEFeCACYXggA0V4IAPBeCAD+XggASF8IAElfCACgXwgAqF8IAPhfCAAHYAgAUGAIAFVgCACoYAgAtWAIAABhCAANYQgAWGEIAGRhCACwYQgAv2EIAAhiCAASYggAYGIIAG5iCAC4YggAvWIIABBjCAAdYwgAaGMIAHBjCADAYwgAymMIABhkCAAdZAgAcGQIAHhkCADIZAgA0mQIACBlCAArZQgAeGUIAIRlCADQZQgA2GUIAKB1EwAtZggAgGYIAINmCADYZggA4mYIADBnCAA4ZwgA+HUTAJZnCADgZwgA9mcIADhoCABEaAgAkGgIAJVoCADoaAgA8WgIAEBpCABKaQgAmGkIAKBpCADwaQgA/GkIAEhqCABbaggAoGoIAKFqCAD4aggABmsIAFBrCABWawgAqGsIALRrCAAAbAgAB2wIAFB2EwBZbAgAsGwIALxsCAAIbQgAFW0IAGBtCABobQgAuG0IAMJtCAAQbggAH24IAGhuCABpbggAwG4IAMhuCAAYbwgAJ28IAHBvCAB1bwgAyG8IANVvCAAgcAgALXAIAHhwCACEcAgA0HAIAN9wCAAocQgAMnEIAIBxCACOcQgA2HEIAN1xCAAwcggAPXIIAIhyCACQcggA4HIIAORyCAA4cwgARnMIAJBzCACacwgA6HMIAPNzCABAdAgASHQIAJh0CACjdAgA8HQIAPV0CABIdQgAS3UIAKB1CACqdQgA+HUIAAB2CABQdggAb3YIAKh2EwC3dggAAHcIAAF3CABYdwgAYHcIALB3CACxdwgACHgIAA54CABgeAgAZXgIALh4CADTeAgAEHkIAB55CABoeQgAb3kIAMB5CADMeQgAGHoIAB56CABweggAjHoIAMh6CADQeggAAHcTACZ7CAB4ewgAfnsIANB7CADVewgAKHwIAC58CABYdxMAhXwIANh8CADffAgAMH0IADx9CACIfQgAkH0IAAh4EwDzfQgAOH4IAGp+CACQfggAkn4IAJh/CADHfggA6H4IAA1/CABAfwgAR38IALh4EwB7fwgAYHgTAKh/CADwfwgAK4AIABB5EwBRgAgAKCgOAFKACADwiBAAZYAIAKCACABogAgAwLEPALGACAD4gAgAAIEIAFCBCABTgQgAqIEIALSBCAAAgggABoIIAFiCCABzgggAsIIIALyCCAAIgwgADoMIAGCDCABogwgAuIMIANSDCAAQhAgAGIQIAGh5EwB3hAgAwIQIAMGECAAYhQgAIIUIAHCFCABxhQgAyIUIAM6FCAAghggAJYYIAHiGCACThggA0IYIAN6GCAAohwgAL4cIAICHCACMhwgA2IcIAN6HCAAwiAgATIgIAIiICACQiAgAwHkTAOaICAA4iQgAPokIAJCJCACViQgA6IkIAO6JCAAYehMARYoIAJiKCACfiggA8IoIAPyKCABIiwgAUIsIAMh6EwCziwgA+IsIACqMCABQjAgAUowIAFiNCACHjAgAqIwIAM2MCAAAjQgAB40IAHh7EwA7jQgAIHsTAGiNCACwjQgA640IANB7EwAKjggAYI4IAGGOCAC4jggAwo4IABCPCAAejwgAaI8IAIOPCADAjwgAzI8IABiQCAAgkAgAKHwTAHyQCADIkAgAzpAIACCRCAA7kQgAeJEIAISRCADQkQgA1pEIACiSCAAwkggAgJIIAI6SCADYkggA25IIADCTCAA4kwgAiJMIAJGTCADgkwgA7ZMIADiUCAA6lAgAkJQIAKuUCADolAgA6pQIAECVCABOlQgAmJUIAKmVCADwlQgA8pUIAEiWCABhlggAoJYIALGWCAD4lggABJcIAFCXCABYlwgAgHwTAK6XCAAAmAgACJgIAFiYCABfmAgAsJgIALWYCAAImQgAFJkIAGCZCABjmQgAuJkIAMCZCAAQmggAHZoIAGiaCABtmggAwJoIAMqaCAAYmwgAIJsIAHCbCAB8mwgAyJsIANubCAAgnAgALpwIAHicCAB7nAgA0JwIANqcCADYfBMAK50IAICdCACInQgA2J0IANudCAAwnggAPJ4IAIieCACOnggA4J4IAPueCAA4nwgARJ8IAJCfCACWnwgA6J8IAPCfCABAoAgATqAIAJigCACboAgA8KAIAPigCABIoQgAUaEIAKChCACtoQgA+KEIAPqhCABQoggAa6IIAKiiCACqoggAAKMIAA6jCABYowgAaaMIALCjCACyowgACKQIACGkCABgpAgAcaQIALikCADEpAgAEKUIABilCAAwfRMAbqUIAMClCADIpQgAGKYIAB+mCABwpggAdaYIAMimCADUpggAIKcIACOnCAB4pwgAgKcIANCnCADdpwgAKKgIAC2oCACAqAgAiqgIANioCADgqAgAMKkIADypCACIqQgAm6kIAOCpCADuqQgAOKoIADuqCACQqggAmqoIAIh9EwDrqggAQKsIAEyrCACYqwgAnqsIAPCrCAALrAgASKwIAFSsCACgrAgApqwIAPisCAAArQgAUK0IAF6tCACorQgAq60IAACuCAAIrggAWK4IAGGuCACwrggAva4IAAivCAAKrwgAYK8IAHuvCAC4rwgAuq8IABCwCAAesAgAaLAIAHmwCADAsAgAwrAIABixCAAxsQgAcLEIAIGxCADIsQgA1LEIACCyCAAosggA4H0TAH6yCADQsggA2LIIACizCAAvswgAgLMIAIWzCADYswgA5LMIADC0CAAztAgAiLQIAJC0CADgtAgA7bQIADi1CAA9tQgAkLUIAJq1CADotQgA8LUIAEC2CABMtggAmLYIAKu2CADwtggA/rYIAEi3CABLtwgAoLcIAKq3CAA4fhMAALgIAJB+EwBeuAgAqLgIALm4CAAAuQgADLkIAFi5CABguQgA6H4TALW5CAAIuggAEroIAGC6CABouggAuLoIAMi6CAAQuwgAFbsIAGi7CABxuwgAwLsIAM27CAAYvAgAH7wIAEB/EwByvAgAyLwIAHW8CACQ0wkAebwIAGgZEgB8vAgAmL8QAH68CAB4SQoA0rwIADhYEQDZvAgAIL0IADG9CAB4vQgAhr0IANC9CADsvQgAKL4IAES+CACYfxMAjr4IANi+CADlvggAML8IAEe/CACIvwgAlL8IAOC/CADmvwgAOMAIAD7ACACQwAgAlcAIAOjACADuwAgA8H8TAFbBCACYwQgAp8EIAPDBCADEwQgAGMcIAPLBCABIwggAV8IIAKDCCACrwggA+MIIAATDCABQwwgAU8MIAKjDCABXwwgAENEIAGzDCACIyggAtMMIAADECAAGxAgAWMQIAHPECACwxAgAvMQIAAjFCAAOxQgAYMUIAGzFCAC4xQgAvsUIABDGCAAWxggAaMYIAG3GCADAxggAxsYIAEiAEwAbxwgAcMcIAIzHCADIxwgA0McIAFCBEwAsyAgAeMgIAH7ICADQyAgA68gIACjJCAA0yQgAgMkIAIbJCADYyQgA4MkIADDKCABRyggAqIETAJDKCAAAghMA5coIADjLCABFywgAkMsIAJ3LCADoywgA9MsIAEDMCABPzAgAmMwIAKLMCADwzAgA+MwIAEjNCABSzQgAoM0IAK7NCAD4zQgADs4IAFDOCABczggAqM4IAK3OCAAAzwgACc8IAFjPCABizwgAsM8IALjPCAAI0AgAEtAIAGDQCABl0AgAuNAIAMDQCABYghMAHNEIAGjRCAB70QgAwNEIAM/RCAAY0ggAJNIIAHDSCABx0ggAyNIIANLSCAAg0wgALtMIAHjTCAB90wgA0NMIAN3TCACwghMAM9QIAIDUCACM1AgA2NQIAN7UCAAw1QgAPNUIAIjVCACQ1QgAuIMTAOPVCAA41ggAQNYIAJDWCACd1ggA6NYIAO3WCABA1wgASNcIAJjXCACa1wgA8NcIAAvYCABI2AgAStgIAKDYCACu2AgA+NgIAAnZCABQ2QgAUtkIAKjZCADB2QgAANoIABHaCABY2ggAZNoIALDaCAC42ggAEIQTAA3bCABg2wgAbdsIALjbCADF2wgAENwIABzcCABo3AgAd9wIAMDcCADK3AgAGN0IACbdCABw3QgAdd0IAMjdCADV3QgAIN4IACjeCAB43ggAet4IANDeCADa3ggAKN8IADDfCABohBMAi98IANjfCADm3wgAMOAIADPgCACI4AgAkOAIAODgCAD24AgAOOEIAD3hCACQ4QgApuEIAOjhCAD04QgAQOIIAE3iCACY4ggAouIIAMCEEwDy4ggASOMIAFbjCACg4wgAseMIABiFEwD+4wgAUOQIAFzkCABwhRMAquQIAADlCAAG5QgAWOUIAHjlCACw5QgAvOUIAAjmCAAP5ggAYOYIAGjmCAC45ggAv+YIABDnCAAc5wgAaOcIAGrnCADA5wgAx+cIAMiFEwAb6AgAcOgIAHjoCADI6AgA2OgIACDpCAAi6QgAeOkIAIbpCADQ6QgA4ekIACCGEwAv6ggAeIYTAI3qCADY6ggA3+oIADDrCAA46wgAiOsIAJbrCADg6wgA4+sIADjsCABA7AgAkOwIAJfsCADo7AgA9uwIAEDtCABD7QgAmO0IAJrtCADw7QgACe4IAEjuCABZ7ggAoO4IAKzuCAD47ggA/+4IAFDvCABY7wgAqO8IALHvCAAA8AgADfAIAFjwCABi8AgAsPAIAL7wCAAI8QgAGfEIAGDxCABo8QgAuPEIAMLxCAAQ8ggAHvIIAGjyCAB+8ggAwPIIAMzyCAAY8wgAH/MIAHDzCAB48wgAyPMIAM7zCAAg9AgALPQIAHj0CACC9AgA0PQIANb0CAAo9QgAPPUIACiHEwCO9QgA2PUIAPH1CAAw9ggARvYIAIj2CACX9ggA4PYIAPr2CAA49wgAO/cIAGD8CABD9wgAiAEJAEf3CACQ9wgAlfcIAOj3CAD19wgAQPgIAE34CACY+AgApPgIAPD4CAD/+AgASPkIAFL5CACg+QgArvkIAPj5CAD9+QgAUPoIAF36CACo+ggAtPoIAAD7CAAG+wgAWPsIAF77CACw+wgAtfsIAAj8CAAO/AgAgIcTAGz8CAC4/AgAvvwIABD9CAAr/QgAaP0IAHT9CADA/QgAxv0IABj+CAAf/ggAcP4IAHX+CAAoAAkAfP4IAMj+CADK/ggAIP8IACf/CAB4/wgAlP8IAND/CADY/wgAiIgTACwACQCAAAkAjQAJANgACQD0AAkAMAEJADgBCQDgiBMAjQEJAOABCQDjAQkAOAIJAEICCQCQAgkAoQIJAOgCCQDtAgkAQAMJAEUDCQCYAwkAuAMJAPADCQD5AwkASAQJAEkECQCgBAkArAQJAPgECQD+BAkAUAUJAFYFCQCoBQkArQUJAAAGCQAGBgkAOIkTAFkGCQCwBgkAvAYJAAgHCQAVBwkAYAcJAGgHCQC4BwkAwQcJABAICQAdCAkAaAgJAHYICQDACAkA0wgJABgJCQAgCQkAcAkJAHMJCQDICQkAzQkJACAKCQAvCgkAeAoJAJgKCQDQCgkA3AoJACgLCQAyCwkAQIoTAIoLCQDYCwkA2gsJADAMCQA6DAkAiAwJAJEMCQDgDAkA4wwJADgNCQBADQkAkA0JAMgNCQCYihMA9A0JAEAOCQBPDgkAmA4JALgOCQDwDgkA/A4JAEgPCQBPDwkAoA8JAKUPCQD4DwkA+Q8JAFAQCQBcEAkAqBAJAK4QCQAAEQkAAhEJAFgRCQBiEQkAsBEJAL4RCQAIEgkADRIJAGASCQBtEgkAuBIJAMISCQAQEwkAHhMJAGgTCQB+EwkAwBMJAMwTCQAYFAkAHRQJAHAUCQB5FAkAyBQJANIUCQAgFQkALBUJAHgVCQCLFQkA0BUJAN8VCQAoFgkANBYJAIAWCQCBFgkA2BYJAOIWCQAwFwkAPhcJAIgXCQCNFwkA4BcJAO0XCQDwihMARhgJAJAYCQCmGAkA6BgJAPQYCQBAGQkARxkJAJgZCQCgGQkA8BkJAPUZCQBIGgkAURoJAKAaCQCqGgkA+BoJAAAbCQBQGwkAVBsJAKgbCQCqGwkAABwJAA4cCQBYHAkAYhwJALAcCQC+HAkACB0JABUdCQBgHQkAdx0JALgdCQDAHQkAEB4JACAeCQBoHgkAbR4JAMAeCQDGHgkAGB8JACAfCQBwHwkAdR8JAMgfCQDJHwkAICAJACwgCQB4IAkAfiAJANAgCQDSIAkAKCEJADIhCQCAIQkAjiEJANghCQDdIQkAMCIJAD0iCQD4ixMAiiIJAOAiCQDqIgkAOCMJAEYjCQCQIwkAlSMJAOgjCQD1IwkAQCQJAEIkCQCYCAsASiQJAJgkCQCmJAkA8CQJAAYlCQBIJQkAVCUJAKAlCQClJQkA+CUJAAEmCQBQJgkAWiYJAKgmCQC0JgkAACcJABMnCQBYJwkAZycJALAnCQC8JwkACCgJAAkoCQBgKAkAaigJALgoCQDGKAkAECkJABUpCQBoKQkAdSkJAFCMEwDJKQkAGCoJACIqCQBwKgkAcioJAMgqCQDSKgkAICsJACwrCQB4KwkAgCsJAFiNEwDRKwkAKCwJADQsCQCALAkAhiwJANgsCQDaLAkAMC0JADotCQCILQkAli0JAOAtCQDlLQkAOC4JAEUuCQCQLgkAmC4JAOguCQDyLgkAQC8JAE4vCQCYLwkAri8JAPAvCQD8LwkASDAJAE8wCQCgMAkAqDAJAPgwCQD9MAkAUDEJAFkxCQCoMQkAsjEJAAAyCQAVMgkAWDIJAGEyCQCwMgkAvTIJAAgzCQAKMwkAYDMJAHkzCQC4MwkAyTMJABA0CQAcNAkAaDQJAHA0CQCwjRMAxTQJABg1CQAgNQkAcDUJAIY1CQDINQkAzTUJACA2CQAnNgkAeDYJAIY2CQDQNgkA4DYJACg3CQA8NwkAgDcJAIg3CQDYNwkA5zcJADA4CQA1OAkAiDgJAJE4CQDgOAkA7TgJADg5CQBCOQkAkDkJAJw5CQDoOQkA7jkJAAiOEwBOOgkAmDoJAK46CQDwOgkA/DoJAEg7CQBNOwkAoDsJAKk7CQD4OwkAAjwJAFA8CQBYPAkAqDwJAKw8CQAAPQkAAj0JAFg9CQBmPQkAsD0JALo9CQAIPgkAFj4JAGA+CQBtPgkAuD4JAM8+CQAQPwkAGD8JAGg/CQB4PwkAwD8JAMU/CQAYQAkAHkAJAHBACQB4QAkAyEAJAONACQAgQQkAIkEJAHhBCQCJQQkA0EEJANlBCQAoQgkANEIJAGCOEwCFQgkA2EIJANtCCQAwQwkAOkMJAIhDCQCKQwkA4EMJAPtDCQA4RAkAOkQJAJBECQCeRAkA6EQJAPlECQBARQkAQkUJAJhFCQCxRQkA8EUJAAFGCQBIRgkAVEYJALiOEwC9RgkA+EYJAAlHCQBQRwkAbEcJAKhHCQCwRwkAEI8TAAVICQBYSAkAYEgJALBICQC7SAkACEkJAA1JCQBgSQkAY0kJALhJCQDCSQkAEEoJABNKCQBoSgkAcEoJAMBKCQDCSgkAGEsJADNLCQBwSwkAcksJAMhLCQDWSwkAIEwJADFMCQB4TAkAekwJANBMCQDpTAkAKE0JADlNCQCATQkAjE0JANhNCQDgTQkAaI8TAD1OCQCITgkAkE4JAOBOCQDqTgkAOE8JAENPCQCQTwkAnE8JAOhPCQDwTwkAwI8TAEVQCQCYUAkAnVAJAPBQCQABUQkAGJATAFVRCQCgUQkAolEJAPhRCQARUgkAUFIJAGFSCQCoUgkAtFIJAABTCQAIUwkAcJATAF1TCQCwUwkAuFMJAAhUCQAXVAkAYFQJAGZUCQC4VAkAxFQJABBVCQASVQkAaFUJAHJVCQDAVQkAzFUJABhWCQAgVgkAyJATAHxWCQDIVgkAy1YJACBXCQAjVwkAeFcJAIZXCQDQVwkA1VcJAChYCQA1WAkAIJETAJFYCQDYWAkA4FgJADBZCQDlWAkA0GIJADtZCQCIWQkAjVkJAOBZCQDjWQkAOFoJAEJaCQCQWgkAs1oJAOhaCQDrWgkAQFsJAGRbCQCYWwkAoFsJAHiREwD2WwkASFwJAFZcCQCgXAkArFwJAPhcCQD/XAkAUF0JAFhdCQCoXQkAuF0JAABeCQAFXgkAWF4JAF5eCQCwXgkAuF4JAAhfCQAlXwkAYF8JAGlfCQC4XwkAxF8JABBgCQAWYAkAaGAJAHxgCQDAYAkAyGAJABhhCQAoYQkAcGEJAHJhCQDIYQkA1mEJACBiCQAxYgkA0JETAH9iCQAokhMA1WIJAChjCQAvYwkAgGMJAIxjCQDYYwkA22MJADBkCQBAZAkAiGQJAIpkCQDgZAkA7mQJADhlCQBJZQkAgJITAJdlCQDYkhMA+2UJAEBmCQBPZgkAmGYJAKRmCQDwZgkA8WYJAEhnCQBSZwkAoGcJAK5nCQD4ZwkA/WcJAFBoCQBdaAkAMJMTAK1oCQAAaQkACWkJAFhpCQBpaQkAsGkJALdpCQAIagkAEGoJAGBqCQBtagkAuGoJAL1qCQAQawkAGmsJAGhrCQBwawkAwGsJAMZrCQAYbAkAJGwJAHBsCQBybAkAyGwJANdsCQAgbQkAK20JAHhtCQCAbQkA0G0JANJtCQAobgkANW4JAIBuCQCUbgkA2G4JAOBuCQAwbwkAP28JAIhvCQCNbwkA4G8JAO1vCQA4cAkAQnAJAJBwCQCScAkA6HAJAPdwCQBAcQkASnEJAJhxCQCgcQkA8HEJAPFxCQBIcgkATXIJAKByCQCucgkA+HIJAAVzCQBQcwkAWnMJADiUEwCrcwkAAHQJAAx0CQDQgwkAHHQJAFh0CQBgdAkAkJQTALV0CQAIdQkAEHUJAGB1CQBjdQkAuHUJAMR1CQAQdgkAFnYJAGh2CQCDdgkAwHYJAMx2CQAYdwkAHncJAHB3CQBzdwkAyHcJANB3CQAgeAkAIngJAHh4CQCTeAkA0HgJANJ4CQAoeQkANnkJAIB5CQCReQkA2HkJANp5CQAwegkASXoJAIh6CQCZegkA4HoJAOx6CQA4ewkAQHsJAOiUEwCVewkA6HsJAO57CQBAfAkASHwJAJh8CQCnfAkA8HwJAPV8CQBIfQkAVX0JAKB9CQCtfQkA+H0JAAR+CQBQfgkAX34JAKh+CQCyfgkAAH8JAA5/CQBYfwkAXX8JALB/CQC9fwkAQJUTABSACQBggAkAZoAJALiACQDTgAkAEIEJAByBCQBogQkAboEJAMCBCQDDgQkAGIIJACSCCQBwggkAdoIJAMiCCQDOggkAIIMJACWDCQB4gwkAfoMJAJiVEwDWgwkAKIQJAC6ECQCAhAkAhYQJANiECQDehAkA8JUTADWFCQCIhQkAlYUJAOCFCQDthQkAOIYJAESGCQCQhgkAn4YJAOiGCQDyhgkAQIcJAE6HCQCYhwkAnYcJAPCHCQD9hwkASIgJAGCICQCgiAkApogJAPiICQAEiQkAUIkJAGCJCQCoiQkAsYkJAACKCQADigkAWIoJAGSKCQCwigkAt4oJAPiWEwAKiwkAYIsJAGqLCQC4iwkAu4sJABCMCQAYjAkAaIwJAGuMCQDAjAkAzIwJABiNCQAejQkAcI0JAIuNCQDIjQkA1I0JACCOCQAmjgkAUJcTAJiOCQDQjgkA244JACiPCQAtjwkAgI8JAImPCQDYjwkA248JADCQCQA8kAkAiJAJAJSQCQCImwkAoJAJAOCQCQDnkAkAOJEJAD6RCQCQkQkAnpEJAOiRCQADkgkAQJIJAEySCQCYkgkAnpIJAPCSCQAKkwkASJMJAFSTCQCgkwkAppMJAPiTCQD+kwkAUJQJAFWUCQColAkArpQJAKiXEwANlQkAWJUJAGSVCQCwlQkAupUJAAiWCQAMlgkAYJYJAGWWCQC4lgkAvpYJABCXCQAwlwkAaJcJAHSXCQDAlwkAxpcJABiYCQAemAkAcJgJAHWYCQDImAkAzpgJAFiYEwAlmQkAeJkJAH+ZCQDQmQkA3JkJACiaCQBEmgkAgJoJAIiaCQBgmRMAAZsJADCbCQBWmwkAuJkTAJubCQDgmwkA75sJADicCQBEnAkAkJwJAJGcCQDonAkA8pwJAECdCQBOnQkAmJ0JAJ2dCQDwnQkA/Z0JABCaEwBQngkAGJsTAKWeCQD4ngkABZ8JAFCfCQBdnwkAqJ8JALSfCQAAoAkAD6AJAFigCQBioAkAsKAJAL6gCQAIoQkADaEJAGChCQBtoQkAuKEJAMChCQBwmxMAHKIJAGiiCQB4ogkAwKIJAMmiCQAYowkAG6MJAHCjCQB8owkAyKMJAM+jCQDImxMAK6QJAHikCQCEpAkA0KQJANikCQAgnBMANaUJAIClCQCHpQkA2KUJANmlCQAwpgkANaYJAIimCQCWpgkA4KYJAO2mCQA4pwkAQqcJAJCnCQCYpwkA6KcJAPGnCQBAqAkARqgJAJioCQCpqAkA8KgJAAypCQBIqQkAUKkJAHicEwCrqQkA+KkJAAKqCQBQqgkAWqoJAKiqCQCpqgkA0JwTAAWrCQBYqwkAZasJALCrCQC9qwkACKwJABSsCQBgrAkAb6wJALisCQDCrAkAEK0JABitCQBorQkAcq0JAMCtCQDFrQkAGK4JACCuCQAonRMAe64JAMiuCQDUrgkAIK8JACivCQCAnRMAfa8JANCvCQDfrwkAKLAJAEiwCQCAsAkAjLAJANiwCQDesAkAMLEJADixCQCIsQkAj7EJAOCxCQDisQkAOLIJAESyCQCQsgkAprIJAOiyCQDtsgkAQLMJAE2zCQDYnRMAnbMJAPCzCQD/swkASLQJAGi0CQCgtAkArLQJAPi0CQD+tAkAULUJAFi1CQCotQkAr7UJAAC2CQACtgkAWLYJAGS2CQCwtgkAxrYJAAi3CQANtwkAYLcJAG23CQC4twkAwLcJABC4CQAWuAkAaLgJAHG4CQDAuAkAzbgJABi5CQAluQkAcLkJAH65CQDIuQkA1bkJACC6CQA3ugkAeLoJAKi6CQAwnhMA1roJACi7CQDdugkAqNcQAD67CQCAuwkAjrsJANi7CQDbuwkAMLwJADO8CQCIvAkAlrwJAOC8CQDlvAkAOL0JAEW9CQCQvQkAmL0JAOi9CQDvvQkAQL4JAEy+CQCYvgkApb4JAPC+CQD+vgkASL8JAFS/CQCgvwkAp78JAPi/CQAAwAkAUMAJAFTACQCowAkAs8AJAADBCQAOwQkAWMEJAGnBCQCwwQkAvMEJAAjCCQAQwgkAiJ4TAGbCCQC4wgkAzMIJABDDCQAewwkAaMMJAHXDCQDAwwkA18MJABjECQAgxAkAcMQJAHrECQDIxAkAzcQJACDFCQAoxQkAeMUJAIfFCQDQxQkA1cUJACjGCQA1xgkAgMYJAI3GCQDYxgkA5MYJADDHCQA/xwkAiMcJAJLHCQDgxwkA6McJADjICQBCyAkAkMgJAJXICQDoyAkA8MgJAOCeEwBLyQkAmMkJAKTJCQDwyQkA+MkJADifEwBNygkAoMoJAK/KCQD4ygkAGMsJAFDLCQBcywkAqMsJAK7LCQAAzAkACMwJAFjMCQBfzAkAsMwJALLMCQAIzQkAFM0JAGDNCQB2zQkAuM0JAL3NCQAQzgkAHc4JAJCfEwBxzgkAwM4JAMbOCQAYzwkAJs8JAHDPCQB9zwkAyM8JAN/PCQAg0AkAKNAJAHjQCQCH0AkA0NAJANXQCQAo0QkANdEJAIDRCQCN0QkA2NEJAOTRCQAw0gkAP9IJAIjSCQCS0gkA4NIJAPzSCQA40wkAQNMJAOifEwCd0wkA8FQPAJ/TCQDo0wkA8tMJAHDTDwAI1AkAQNQJAEzUCQCY1AkAntQJAPDUCQD41AkAsBkKAPzUCQBI1QkACtUJAAADCgBb1QkAoNUJAK/VCQD41QkABNYJAFDWCQBR1gkAqNYJALLWCQAA1wkADtcJAFjXCQBd1wkAsNcJAL3XCQBAoBMADtgJAGDYCQBm2AkAuNgJAL3YCQAQ2QkAFtkJAEihEwBz2QkAwNkJAM7ZCQAY2gkAKdoJAHDaCQB82gkAyNoJANDaCQD4oRMALNsJAHjbCQCC2wkA0NsJAN/bCQAo3AkAM9wJAIDcCQCO3AkA2NwJAOXcCQAw3QkAR90JAIjdCQCQ3QkA4N0JAOPdCQA43gkARN4JAJDeCQCW3gkA6N4JAAPfCQBA3wkATN8JAJjfCQCe3wkA8N8JAPjfCQBI4AkASuAJAKDgCQCh4AkA+OAJAAbhCQBQ4QkAWOEJAKjhCQDD4QkAAOIJAAziCQBY4gkAXuIJALDiCQCz4gkACOMJABbjCQBg4wkAZeMJALjjCQDF4wkAEOQJACzkCQBo5AkAcOQJAFCiEwDN5AkAWNAPANHkCQAY5QkA0+QJAEgxEAAk5QkAcOUJAH3lCQDI5QkAzeUJACDmCQAq5gkAeOYJAIjmCQDQ5gkA1eYJACjnCQAx5wkAgOcJAI3nCQDY5wkA3+cJADDoCQA86AkAiOgJAI7oCQDg6AkA5ugJADjpCQA96QkAkOkJAJbpCQCoohMA9OkJAEDqCQBG6gkAmOoJAJ7qCQDw6gkA/eoJAEjrCQBN6wkAoOsJAKjrCQD46wkAKuwJAFDsCQB77AkAqOwJALDsCQAA7QkADe0JAFjtCQBd7QkAsO0JALjtCQAI7gkAC+4JAGDuCQBp7gkAuO4JAMfuCQAQ7wkAG+8JAGjvCQBw7wkAwO8JANDvCQAY8AkAJvAJAHDwCQCB8AkAyPAJANTwCQAg8QkAKPEJALCjEwB+8QkA0PEJANjxCQAo8gkAL/IJAIDyCQCO8gkA2PIJAN7yCQAw8wkAPPMJAIjzCQCX8wkA4PMJAOrzCQA49AkAPfQJAJD0CQCW9AkA6PQJAPz0CQAIpBMASvUJAJCDCgBN9QkAmPUJAE/1CQAIRgoAnfUJAPD1CQD89QkASPYJAFX2CQCg9gkAqvYJAGCkEwAT9wkAUPcJAFL3CQCo9wkArvcJAAD4CQA5+AkAWPgJAF74CQCw+AkAufgJAAj5CQAV+QkAYPkJAJn5CQC4+QkAv/kJABD6CQAV+gkAaPoJAHf6CQDA+gkA4PoJABj7CQAk+wkAcPsJAHb7CQDI+wkA4vsJACD8CQAj/AkAePwJAH38CQDQ/AkA3/wJACj9CQBI/QkAEKUTAKD9CQDY/QkA5P0JADD+CQA6/gkAiP4JAJT+CQAouAoAlf4JAOD+CQDl/gkAOP8JAEL/CQCQ/wkAoP8JAOj/CQDt/wkAQAAKAEkACgCYAAoApQAKAPAACgD3AAoASAEKAFQBCgCgAQoApgEKAPgBCgD+AQoAUAIKAFUCCgCoAgoArgIKAGilEwADAwoAWAMKAF0DCgCwAwoAvwMKAAgECgAoBAoAGKYTAG4ECgC4BAoAxQQKABAFCgAXBQoAaAUKAHAFCgDABQoAwgUKABgGCgDHBQoA0EANANcFCgDY3gwAHgYKALgRDQAgBgoAcAYKAHQGCgCwDgoAhgYKAIidDACLBgoAyAYKAMoGCgAgBwoAMQcKAHgHCgCGBwoA0AcKANcHCgAoCAoAMAgKAIAICgCHCAoA2AgKAN0ICgAwCQoAPwkKAIgJCgCoCQoA4AkKAOwJCgA4CgoAPgoKAJAKCgCYCgoA6AoKAPQKCgBACwoATQsKAJgLCgCzCwoA8AsKAP4LCgBIDAoATgwKAKAMCgClDAoA+AwKAAUNCgBQDQoAZg0KAKgNCgC0DQoAAA4KAA0OCgBYDgoAYg4KAHCmEwC1DgoACA8KAA4PCgBgDwoAgA8KALgPCgDGDwoAEBAKAB0QCgBoEAoAfxAKAMAQCgDIEAoAGBEKACcRCgBwEQoAdREKAMgRCgDVEQoAIBIKACoSCgB4EgoAehIKANASCgDeEgoAKBMKADUTCgCAEwoAjBMKANgTCgDeEwoAMBQKADgUCgCIFAoAjhQKAOAUCgDpFAoAOBUKAEUVCgCQFQoAmhUKAOgVCgD2FQoAQBYKAFYWCgCYFgoApBYKAPAWCgD4FgoAyKYTAFIXCgCgFwoAphcKAPgXCgD6FwoAUBgKAFoYCgCoGAoAtBgKAAAZCgAXGQoAWBkKAGwZCgAgpxMAvhkKAAgaCgALGgoAYBoKAGgaCgC4GgoAxBoKABAbCgAeGwoAaBsKAHIbCgDAGwoAyxsKABgcCgAkHAoAcBwKAHYcCgDIHAoA0BwKACAdCgAtHQoAeB0KAH0dCgDQHQoA2h0KACgeCgAwHgoAgB4KAIYeCgDYHgoA4R4KADAfCgA9HwoAiB8KAJUfCgDgHwoA7h8KADggCgBFIAoAkCAKAKcgCgDoIAoA8CAKAEAhCgBFIQoAmCEKAJ4hCgDwIQoA+CEKAEgiCgBeIgoAoCIKAK4iCgD4IgoA+yIKAFAjCgBfIwoAqCMKAK0jCgAAJAoADSQKAFgkCgBoJAoAsCQKAL4kCgAIJQoAHyUKAGAlCgBpJQoAuCUKAL4lCgAQJgoAHCYKAGgmCgBvJgoAeKcTAMwmCgAYJwoAGicKAHAnCgB6JwoAyCcKANQnCgAgKAoAKCgKANCnEwB9KAoA0CgKAN8oCgAoKQoASCkKAIApCgCMKQoA2CkKAN4pCgAwKgoAOCoKAIgqCgCJKgoA4CoKAOYqCgA4KwoAPSsKAJArCgCrKwoA6CsKAPYrCgBALAoARywKAJgsCgCkLAoA8CwKAPYsCgAoqBMATS0KAKAtCgCqLQoA+C0KAAkuCgBQLgoAXC4KAKguCgCrLgoAAC8KAAMvCgBYLwoAYC8KALAvCgC3LwoACDAKAA0wCgBgMAoAbzAKALgwCgDYMAoAEDEKABwxCgBoMQoAbjEKAMAxCgDIMQoAGDIKACUyCgBwMgoAdTIKAMgyCgDSMgoAIDMKACgzCgB4MwoAiDMKANAzCgDVMwoAKDQKADE0CgCANAoAjTQKANg0CgDfNAoAgKgTADU1CgCINQoAlzUKAOA1CgAANgoAODYKAEQ2CgCQNgoAljYKAOg2CgDwNgoAQDcKAEw3CgCYNwoApTcKAPA3CgD3NwoASDgKAEk4CgCgOAoApTgKAPg4CgAGOQoAUDkKAF05CgCoOQoAsjkKANioEwAMOgoAWDoKAA46CgAQ3gsAYjoKALA6CgDKOgoACDsKAAs7CgC49goAFzsKAGA7CgBlOwoAuDsKAMU7CgAQPAoAHTwKAGg8CgB0PAoAwDwKAM88CgAYPQoAIj0KAHA9CgB8PQoAyD0KANs9CgAgPgoALz4KAHg+CgCEPgoA0D4KANE+CgAoPwoAMj8KAIA/CgCOPwoA2D8KAN0/CgAwQAoAPUAKADCpEwCNQAoA4EAKAO1ACgA4QQoARUEKAJBBCgCcQQoA6EEKAPdBCgBAQgoASkIKAJhCCgCmQgoA8EIKAPVCCgBIQwoAVUMKAKBDCgCoQwoAOKoTAARECgBQRAoAYEQKAKhECgCxRAoAAEUKAANFCgBYRQoAZEUKALBFCgC3RQoAkKoTAA1GCgBgRgoAbUYKALhGCgDFRgoAEEcKABZHCgBoRwoAdEcKAMBHCgDQRwoAGEgKACFICgBwSAoAc0gKAMhICgDUSAoAIEkKACdJCgDoqhMAekkKANBJCgB/SQoA+GMOAIhJCgCIuA4A4UkKAChKCgAwSgoAgEoKAIpKCgDYSgoA50oKADBLCgAxSwoAiEsKAJBLCgCYqxMA6EsKAPCrEwBWTAoAkEwKAFtMCgBYuRMAYkwKAEBuCgCYTAoA6EwKAPdMCgBATQoARU0KAJhNCgClTQoA8E0KAP1NCgBITgoAVE4KAKBOCgCvTgoA+E4KAAJPCgBQTwoAc08KAKhPCgDaTwoAAFAKACRQCgBYUAoAYFAKAFCtEwC1UAoACFEKAA5RCgBgUQoAaFEKAKitEwDGUQoAEFIKACtSCgBoUgoAdFIKAMBSCgDRUgoAGFMKACxTCgBwUwoAeFMKAMhTCgDOUwoAIFQKACxUCgB4VAoAiFQKANBUCgDZVAoAKFUKACtVCgCAVQoAjFUKANhVCgDfVQoAAK4TAD5WCgCIVgoAklYKAFiuEwDlVgoAOFcKAEVXCgCQVwoAnVcKAOhXCgD0VwoAQFgKAE9YCgCYWAoAolgKAPBYCgD+WAoASFkKAE1ZCgCgWQoArVkKAPhZCgAAWgoAsK4TAFxaCgCoWgoAuFoKAABbCgAJWwoAWFsKAFtbCgCwWwoAvFsKAAhcCgAPXAoACK8TAG9cCgC4XAoAvVwKABBdCgAdXQoAaF0KAHVdCgDAXQoAxl0KABheCgAkXgoAcF4KAIBeCgDIXgoA0V4KACBfCgAjXwoAeF8KAIRfCgDQXwoA118KAGCvEwAtYAoAgGAKAI1gCgDYYAoA9mAKADBhCgA8YQoAiGEKAJthCgDgYQoA7mEKADhiCgA7YgoAkGIKAJpiCgDoYgoA9mIKAEBjCgBNYwoAmGMKAK9jCgDwYwoA+GMKAEhkCgBPZAoAoGQKAKVkCgD4ZAoADmUKAFBlCgBSZQoAqGUKALZlCgAAZgoADWYKALivEwBgZgoAELATALVmCgAIZwoAFWcKAGBnCgBtZwoAuGcKAMRnCgAQaAoAH2gKAGhoCgByaAoAwGgKAM5oCgAYaQoAHWkKAHBpCgB9aQoAyGkKANBpCgBosBMALGoKAHhqCgCIagoA0GoKANlqCgAoawoAK2sKAIBrCgCMawoA2GsKAN9rCgDAsBMAPGwKAIhsCgCYbAoA4GwKAJ5sCgBQrg8A6WwKADhtCgA7bQoAkG0KAJxtCgDobQoA720KABixEwBJbgoAsHEKAEpuCgCYbgoAp24KAPBuCgCpbgoAUHAKAPFuCgBIbwoAZG8KAKBvCgDZbwoA+G8KADFwCgBwsRMAU3AKAKhwCgDEcAoAAHEKADlxCgBYcQoAkXEKAMixEwC9cQoACHIKABZyCgBgcgoAc3IKALhyCgDUcgoAEHMKAElzCgBocwoAoXMKACCyEwDRcwoAGHQKACR0CgBwdAoAeHQKAHiyEwDNdAoAIHUKACh1CgB4dQoAh3UKANB1CgDVdQoAKHYKADV2CgCAdgoAjXYKANh2CgDkdgoAMHcKAD93CgCIdwoAkncKAOB3CgDodwoAOHgKAEJ4CgCQeAoAlXgKAOh4CgDweAoA0LITAE95CgCYeQoAUXkKAPh6CgCZeQoA8HkKAAx6CgBIegoAgXoKAKB6CgDZegoAKLMTAPt6CgBQewoAbHsKAKh7CgDhewoAAHwKADl8CgCAsxMAW3wKALB8CgDBfAoACH0KACR9CgBgfQoAmX0KALh9CgDxfQoA2LMTAB1+CgBofgoAdH4KAMB+CgDPfgoAGH8KACJ/CgBwfwoAeH8KAGjsCgB+fwoAyH8KAM1/CgAggAoALYAKAHiACgCAgAoA0IAKANaACgAogQoA4IAKAPjdCgA0gQoAgIEKAJCBCgDYgQoA4YEKADCCCgAzggoAiIIKAJSCCgDgggoA54IKADC0EwBbgwoAiLQTAJ6DCgDogwoA/oMKAECECgBMhAoAmIQKAJ+ECgDwhAoA9YQKAEiFCgBRhQoAoIUKAKqFCgDgtBMA/YUKAOApDgAChgoAUIYKAASGCgBQvw0AWoYKAKiGCgCphgoAAIcKAA+HCgBYhwoAXYcKALCHCgC9hwoACIgKABWICgBgiAoAbIgKALiICgDHiAoAEIkKABqJCgBoiQoAdokKAMCJCgDFiQoAGIoKACWKCgBwigoAcYoKAMiKCgDNigoAIIsKACWLCgB4iwoAiYsKANCLCgDziwoAKIwKADOMCgCAjAoAhYwKANiMCgDbjAoAMI0KADqNCgCIjQoAsI0KAOCNCgD/jQoAkLUTAESOCgCQjgoAko4KAOiOCgD3jgoAQI8KAEuPCgCYjwoAoI8KAPCPCgD3jwoASJAKAEqQCgCgkAoAqpAKAPiQCgD6kAoAUJEKAGmRCgCokQoAqpEKAACSCgADkgoAWJIKAGSSCgCwkgoAuJIKAOi1EwAUkwoAYJMKAGaTCgC4kwoA05MKABCUCgAclAoAaJQKAG6UCgDAlAoAyJQKABiVCgAalQoAcJUKAHqVCgDIlQoA0JUKAEC2EwAxlgoAeJYKAH+WCgDQlgoA2JYKACiXCgA1lwoAgJcKAIWXCgDYlwoA4pcKADCYCgA4mAoAiJgKAJeYCgDgmAoA5ZgKADiZCgBFmQoAkJkKAJ2ZCgDomQoA9JkKAECaCgBPmgoAmJoKAKKaCgDwmgoA+JoKAEibCgBSmwoAoJsKAKWbCgD4mwoAAJwKAJi2EwBcnAoAqJwKALicCgAAnQoACZ0KAFidCgBbnQoAsJ0KALydCgAIngoAD54KAPC2EwBmngoAuJ4KAL6eCgAQnwoAFZ8KAGifCgBunwoASLcTAMafCgAYoAoAHqAKAHCgCgB1oAoAoHMQAH2gCgDIoAoAzaAKACChCgAooQoAeKEKAKGhCgDQoQoArqEKAGCpCgD5oQoAKKIKAFGiCgCAogoAq6IKANiiCgDgogoAMKMKAD+jCgCIowoAjaMKAOCjCgDtowoAOKQKAEWkCgCQpAoAnKQKAOikCgD3pAoAQKUKAEqlCgCYpQoApqUKAPClCgD1pQoASKYKAFWmCgCgpgoAqKYKAPimCgD+pgoAUKcKAFynCgCopwoAuKcKAACoCgAJqAoAWKgKAFuoCgCwqAoAvKgKAAipCgAPqQoAoLcTAImpCgC4qQoA46kKABCqCgAYqgoAaKoKAHeqCgDAqgoAxaoKABirCgAlqwoAcKsKAH2rCgDIqwoA1KsKACCsCgAvrAoAeKwKAIKsCgDQrAoA3qwKACitCgAtrQoAgK0KAI2tCgDYrQoA4K0KADCuCgA2rgoAiK4KAJSuCgDgrgoA8K4KADivCgBBrwoAkK8KAJOvCgDorwoA9K8KAECwCgBHsAoA+LcTAJqwCgDIgxAAprAKAPCwCgD9sAoASLEKAFSxCgCgsQoAprEKAPixCgD+sQoAULIKAFWyCgCosgoArrIKAFC4EwAmswoAWLMKAH6zCgCwswoA5rMKAAi0CgAxtAoAYLQKAIu0CgAAuRMAu7QKABC1CgAYtQoAaLUKAHS1CgDAtQoAxrUKABi2CgAetgoAcLYKAHW2CgDItgoAzrYKALC5EwBJtwoAeLcKAKG3CgDQtwoA9LcKAGC6EwAuuAoAePYLADu4CgCAuAoAj7gKANi4CgDkuAoAMLkKADG5CgCIuQoAkrkKAOC5CgDuuQoAOLoKAD26CgCQugoAnboKALi6EwALuwoAELsTAGm7CgCYuwoAwbsKAPC7CgAUvAoAaLsTAFa8CgCgvAoApbwKAPi8CgAFvQoAUL0KAFi9CgCovQoArr0KAAC+CgAMvgoAWL4KAGi+CgCwvgoAub4KAAi/CgALvwoAYL8KAJy/CgC4vwoAxL8KAMC7EwAWwAoAaMAKAIHACgDAwAoAzsAKABjBCgAlwQoAcMEKAHfBCgDIwQoA0cEKACDCCgAtwgoAeMIKAI/CCgDQwgoA08IKACjDCgAqwwoAgMMKAInDCgDYwwoA6MMKADDECgBJxAoAiMQKAIrECgDgxAoA6cQKADjFCgBAxQoAkMUKAJLFCgDoxQoAAcYKAEDGCgBXxgoAmMYKAKTGCgDwxgoAAccKAEjHCgBUxwoAoMcKAKvHCgD4xwoABcgKAFDICgBayAoAGLwTALvICgAAyQoADskKAFjJCgA+yQoA8NEKAJXJCgCwyQoAvckKAAjKCgAQygoAYMoKAGbKCgC4ygoAxMoKABDLCgAbywoAaMsKAHHLCgDAywoAw8sKABjMCgAazAoAcMwKAHfMCgDIzAoAyswKAHC8EwAjzQoAeM0KAIbNCgDQzQoA1c0KACjOCgA1zgoAgM4KAIzOCgDYzgoA4M4KAMi8EwA+zwoAiM8KAJjPCgDgzwoA7s8KADjQCgBB0AoAkNAKAJrQCgDo0AoA6tAKAEDRCgBK0QoAmNEKAJrRCgAgvRMA9dEKAEjSCgBQ0goAoNIKAKbSCgD40goABNMKAFDTCgBf0woAqNMKALHTCgAA1AoAA9QKAFjUCgBa1AoAsNQKALfUCgAI1QoACtUKAHi9EwBl1QoAuNUKANTVCgAQ1goALNYKANC9EwB11goAaBUMAHfWCgDA1goAxdYKABjXCgAl1woAcNcKAH3XCgDI1woAztcKACDYCgAs2AoAeNgKAIjYCgDQ2AoA2dgKACjZCgAr2QoAgNkKAIzZCgDY2QoA39kKACi+EwA/2goAiNoKAI3aCgDg2goA7doKADjbCgBF2woAkNsKAJbbCgDo2woA9NsKAEDcCgBQ3AoAmNwKAKHcCgDw3AoA89wKAEjdCgBU3QoAoN0KAKfdCgCAvhMA+t0KAFDeCgBe3goAqN4KALneCgDYvhMAB98KADC/EwBg3woAiL8TALXfCgAI4AoAFeAKAGDgCgBt4AoAuOAKAMTgCgAQ4QoAH+EKAGjhCgBy4QoAwOEKAM7hCgAY4goAHeIKAHDiCgB94goAyOIKANDiCgDgvxMALOMKAHjjCgCI4woA0OMKANnjCgAo5AoAK+QKAIDkCgCM5AoA2OQKAN/kCgA4wBMAMuUKAIjlCgCW5QoA4OUKAPHlCgCQwBMAP+YKAOjAEwCY5goAQMETAO3mCgBA5woATecKAJjnCgCl5woA8OcKAPznCgBI6AoAV+gKAKDoCgCq6AoA+OgKAAbpCgBQ6QoAVekKAKjpCgC16QoAAOoKAAjqCgCYwRMAZOoKALDqCgDA6goACOsKABHrCgBg6woAY+sKALjrCgDE6woAEOwKABfsCgDwwRMAcuwKAMDsCgDO7AoAGO0KAC7tCgBw7QoAfO0KAMjtCgDP7QoAIO4KACjuCgB47goAfe4KANDuCgDZ7goAKO8KADLvCgBIwhMAlu8KANjvCgDk7woAMPAKADfwCgCI8AoAkPAKAODwCgDl8AoAOPEKAEHxCgCQ8QoAmvEKAKDCEwDt8QoACC8OAPTxCgCYNAsA9/EKAEDyCgAS8goA+LQUAEXyCgCY8goApfIKAPDyCgD98goASPMKAFTzCgCg8woAr/MKAPjzCgAC9AoAUPQKAF70CgCo9AoAtfQKAAD1CgAX9QoAWPUKAGD1CgCw9QoAuvUKAAj2CgAN9goAYPYKAGj2CgD4whMAvfYKABD3CgAf9woAaPcKAIj3CgDA9woAzPcKABj4CgAi+AoAcPgKAHr4CgDI+AoA1vgKACD5CgA2+QoAePkKAIT5CgDQ+QoA1fkKACj6CgAx+goAgPoKAIr6CgDY+goA5PoKADD7CgBD+woAiPsKAJf7CgDg+woA7PsKADj8CgA5/AoAkPwKAJr8CgDo/AoA9vwKAED9CgBF/QoAmP0KAKX9CgCowxMA/v0KAEj+CgBe/goAoP4KAKz+CgD4/goA//4KAFD/CgBY/woAqP8KAK3/CgAAAAsACQALAFgACwBiAAsAsMQTALUACwAIAQsAEAELAGABCwBjAQsAuAELAMEBCwAQAgsAHwILAGgCCwBzAgsAwAILAMgCCwAYAwsAKAMLAHADCwB+AwsAyAMLANkDCwAgBAsALAQLAHgECwCABAsACMUTANYECwAoBQsAMAULAIAFCwCHBQsA2AULAOYFCwAwBgsANgYLAIgGCwCUBgsA4AYLAO8GCwA4BwsAQgcLAJAHCwCVBwsA6AcLAO4HCwBACAsAVAgLAGDFEwCpCAsA8AgLAPwICwBICQsATgkLAKAJCwCmCQsA+AkLAP0JCwBQCgsAVgoLALjFEwCtCgsAAAsLABELCwBYCwsAYAsLALALCwBkCwsAKBsLAGYLCwCoUBEAugsLAAgMCwAWDAsAYAwLAHYMCwC4DAsAxAwLABANCwAXDQsAaA0LAHANCwDADQsAxQ0LABgOCwAhDgsAcA4LAHoOCwDIDgsA0A4LACAPCwAkDwsAeA8LAIMPCwDQDwsA3g8LACgQCwA5EAsAgBALAIwQCwDYEAsA4BALABDGEwAyEQsAiBELAJYRCwDgEQsA6hELADgSCwBGEgsAkBILAJ0SCwDoEgsA/xILAEATCwBIEwsAmBMLAKgTCwDwEwsA9RMLAEgUCwBOFAsAoBQLAKgUCwD4FAsA+hQLAFAVCwBdFQsAqBULALAVCwAAFgsABRYLAFgWCwBZFgsAsBYLALwWCwAIFwsAFRcLAGAXCwBoFwsAuBcLAMcXCwAQGAsAFRgLAGgYCwB1GAsAwBgLAM0YCwAYGQsAJBkLAHAZCwB/GQsAyBkLANIZCwAgGgsALhoLAHgaCwB9GgsA0BoLAN0aCwBoxhMALhsLAIAbCwCGGwsA2BsLAN0bCwAwHAsANhwLAMDGEwCWHAsA4BwLAPYcCwA4HQsARB0LAJAdCwCVHQsA6B0LAPEdCwBAHgsASh4LAJgeCwC7HgsA8B4LAPQeCwBIHwsA/x4LAKggCwBKHwsAoB8LAK4fCwD4HwsAAiALAFAgCwB0IAsAyMcTAK4gCwAAIQsADCELAFghCwBaIQsAsCELALohCwAIIgsAFCILAGAiCwCEIgsAIMgTALwiCwAQIwsAxyILAHAkCwASIwsAaCMLAHYjCwDAIwsAyiMLABgkCwA8JAsAeMgTAHYkCwDIJAsA1CQLACAlCwAiJQsAeCULAIIlCwDQJQsA3CULACgmCwBMJgsA0MgTAJ0mCwDYJgsA4SYLADAnCwA+JwsAiCcLAI4nCwDgJwsA7CcLADgoCwBAKAsAKMkTAJcoCwDoKAsAASkLAEApCwBPKQsAmCkLAKApCwDwKQsA/ykLAEgqCwBNKgsAoCoLAK0qCwD4KgsABSsLAFArCwBcKwsAqCsLALcrCwAALAsACiwLAFgsCwBmLAsAsCwLALUsCwAILQsAFS0LAIDJEwBhLQsA4LYLAHktCwC4LQsAwi0LABAuCwASLgsAaC4LAHYuCwDALgsAzS4LABgvCwAgLwsAcC8LAJwvCwDILwsAzy8LACAwCwA5MAsAeDALAIcwCwDQMAsA2DALACgxCwA3MQsAgDELAIUxCwDYMQsA5TELADAyCwA9MgsAiDILAJQyCwDgMgsA7zILADgzCwBCMwsAkDMLAJ4zCwDoMwsA7TMLAEA0CwBNNAsA2MkTAKs0CwDwNAsA/zQLAEg1CwBUNQsAoDULAKw1CwD4NQsA/zULAFA2CwBcNgsAqDYLAK82CwAANwsACDcLAFg3CwBcNwsAsDcLALs3CwAIOAsAFDgLAGA4CwBtOAsAuDgLAMA4CwAQOQsAGjkLAGg5CwBuOQsAwDkLANQ5CwAYOgsAJjoLAHA6CwB9OgsAyDoLAN86CwAgOwsAKDsLAHg7CwCCOwsA0DsLANU7CwAoPAsAMDwLAIA8CwCPPAsA2DwLAN08CwAwPQsAPT0LAIg9CwCVPQsA4D0LAOw9CwA4PgsARz4LAJA+CwCaPgsAMMoTAPA+CwBAPwsATz8LAJg/CwCdPwsA8D8LAPk/CwBIQAsAWUALAKBACwCnQAsA+EALAABBCwBQQQsAXUELAKhBCwCtQQsAAEILAApCCwBYQgsAYEILALBCCwDJQgsACEMLABRDCwBgQwsAaEMLAIjKEwDHQwsAEEQLAC1ECwBoRAsAcUQLAMBECwDORAsAGEULAB5FCwBwRQsAfEULAMhFCwDPRQsAIEYLAChGCwB4RgsAiEYLANBGCwDWRgsAKEcLAC1HCwCARwsAlkcLANhHCwDgRwsAMEgLADpICwCISAsAk0gLAOBICwDsSAsAOEkLAEBJCwDgyhMAnUkLAOhJCwDvSQsAQEoLAExKCwCYSgsAnkoLAPBKCwABSwsASEsLAFxLCwCgSwsArksLAPhLCwAFTAsAUEwLAGdMCwCoTAsAsEwLAABNCwAHTQsAWE0LAFpNCwCwTQsAuk0LAAhOCwAKTgsAYE4LAHlOCwC4TgsAuk4LABBPCwATTwsAaE8LAHRPCwDATwsA7k8LADjLEwAnUAsAcFALAI1QCwDIUAsA0VALACBRCwAuUQsAeFELAH5RCwDQUQsA3FELAChSCwAwUgsAkMsTAIhSCwDYUgsA3lILADBTCwA8UwsAiFMLAItTCwDgUwsA5VMLADhUCwBBVAsAkFQLAJZUCwDoVAsA91QLAEBVCwBMVQsAmFULAKBVCwDoyxMA9lULAEhWCwBNVgsAoFYLALZWCwD4VgsAAFcLAFBXCwBeVwsAqFcLALJXCwAAWAsAA1gLAFhYCwBgWAsAsFgLALFYCwAIWQsADlkLAGBZCwBuWQsAuFkLAM5ZCwAQWgsAEloLAGhaCwBuWgsAwFoLANRaCwAYWwsAIFsLAHBbCwCAWwsAyFsLAMpbCwAgXAsAL1wLAHhcCwCCXAsA0FwLANVcCwAoXQsALl0LAIBdCwCUXQsA2F0LAOBdCwAwXgsANV4LAIheCwCOXgsA4F4LAOheCwA4XwsAO18LAJBfCwCVXwsA6F8LAPFfCwBAYAsARmALAJhgCwCnYAsA8GALAPxgCwBAzBMAS2ELAKBhCwCoYQsA+GELAAViCwBQYgsAVWILAKhiCwCyYgsAAGMLAAhjCwBYYwsAWmMLALBjCwDLYwsACGQLAApkCwBgZAsAbmQLALhkCwDJZAsAEGULABJlCwBoZQsAgWULAMBlCwDRZQsAGGYLACRmCwCYzBMAeGYLAMhmCwDOZgsAIGcLACxnCwB4ZwsAlWcLANBnCwDZZwsAKGgLADRoCwCAaAsAg2gLANhoCwDiaAsAMGkLADhpCwCIaQsAkmkLAOBpCwDuaQsAOGoLAE5qCwCQagsAnGoLAOhqCwDvagsAQGsLAEhrCwCYawsAnWsLAPBrCwD5awsASGwLAFJsCwCgbAsAqGwLAPhsCwD6bAsAUG0LAGBtCwCobQsAsm0LAABuCwAMbgsAWG4LAF5uCwCwbgsAuG4LAPDMEwAUbwsAYG8LAHNvCwC4bwsA1G8LABBwCwAYcAsASM0TAHZwCwDAcAsA1nALABhxCwAkcQsAcHELAHVxCwDIcQsA0XELACByCwAqcgsAeHILAIByCwDQcgsA0nILAChzCwA3cwsAgHMLAJ1zCwDYcwsA4XMLADB0CwA+dAsAiHQLAI50CwDgdAsA7nQLADh1CwBFdQsAkHULAKd1CwDodQsA8HULAEB2CwBCdgsAmHYLAKB2CwDwdgsA/3YLAEh3CwBNdwsAoHcLAK13CwD4dwsABXgLAFB4CwBceAsAqHgLALd4CwAAeQsACnkLAFh5CwBmeQsAsHkLALV5CwAIegsAFXoLAKDNEwBqegsAuHoLALp6CwAQewsAF3sLAGh7CwBvewsAwHsLAMZ7CwAYfAsAJnwLAHB8CwB9fAsAyHwLANh8CwAgfQsAJX0LAHh9CwCAfQsA0H0LAJR9CwDI6gsA3H0LACh+CwAqfgsAQIELADV+CwCAfgsAhX4LANh+CwDifgsAMH8LAEB/CwCIfwsAjX8LAOB/CwDpfwsAOIALAEWACwCQgAsAl4ALAOiACwDwgAsA+M0TAE6BCwCYgQsAsIELAPCBCwDygQsASIILAF+CCwCgggsAooILAPiCCwAGgwsAUIMLAF2DCwCogwsAsIMLAFDOEwADhAsAWIQLABeECwAwWA0AYYQLALCECwC+hAsAsLALAL+ECwAIhQsAE4ULAGCFCwBohQsAuIULAMOFCwAQhgsAFYYLAGiGCwBrhgsAwIYLAMqGCwCozhMAHocLAHCHCwAihwsAgCIQAIuHCwDIhwsA1IcLACCICwAmiAsAeIgLAICICwDQiAsA5ogLACiJCwA2iQsAgIkLAIOJCwDYiQsA8YkLADCKCwA8igsAiIoLAJOKCwDgigsA4ooLADiLCwBTiwsAkIsLAJ6LCwDoiwsA9YsLAECMCwBXjAsAAM8TAJqMCwDoJBAArowLAPCMCwDxjAsASI0LAE2NCwCgjQsApo0LAPiNCwD6jQsAUI4LAFaOCwCojgsAvI4LAACPCwAIjwsAWI8LAGiPCwCwjwsAso8LAAiQCwAWkAsAYJALAHGQCwBYzxMAvpALABCRCwAckQsAsM8TAGqRCwDAkQsA0ZELABiSCwAgkgsAcJILAHmSCwDIkgsAz5ILACCTCwAhkwsACNATAISTCwDQkwsA0pMLACiUCwAvlAsAgJQLAIiUCwDYlAsA4ZQLADCVCwA3lQsAiJULAImVCwBg0BMA5ZULADiWCwBAlgsAkJYLAJqWCwDolgsA9pYLAECXCwBWlwsAmJcLAKSXCwDwlwsA9ZcLAEiYCwBRmAsAoJgLAKqYCwC40BMA+ZgLAFCZCwBYmQsAYD0NAGiZCwComQsAtZkLAACaCwAMmgsAWJoLAGKaCwCwmgsAtJoLAAibCwANmwsAYJsLAGabCwC4mwsA2JsLABCcCwAonAsAaJwLAH+cCwDAnAsAzJwLABidCwAinQsAcJ0LAHKdCwDInQsAz50LACCeCwAnngsAeJ4LAH6eCwDQngsA3J4LACifCwArnwsAgJ8LAIOfCwDYnwsA5J8LADCgCwAzoAsAiKALAKSgCwDgoAsA6KALABDREwBEoQsAkKELAJqhCwDooQsA6qELAECiCwBHogsAmKILAJ+iCwDwogsA9qILAEijCwBWowsAoKMLAK2jCwD4owsACKQLAFCkCwBVpAsAqKQLALCkCwAApQsAEKULAFilCwBdpQsAsKULALalCwAIpgsAEKYLAGjREwBmpgsAuKYLAMCmCwAQpwsAE6cLAGinCwB0pwsAwKcLAManCwAYqAsAM6gLAHCoCwB+qAsAyKgLANeoCwAgqQsALKkLAHipCwCAqQsAGNITANWpCwAoqgsAMqoLAICqCwCIqgsA2KoLAPiqCwAwqwsAPasLAIirCwCNqwsA4KsLAOSrCwA4rAsARawLAHDSEwCVrAsA6KwLAOusCwBArQsASq0LAJitCwCkrQsA8K0LAAOuCwBIrgsAV64LAKCuCwCsrgsA+K4LAPmuCwBQrwsAWq8LAKivCwC2rwsAALALAAWwCwBYsAsAZbALAMjSEwC6sAsACLELAAqxCwBgsQsAebELALixCwDJsQsAELILAByyCwBosgsAcLILANDTEwDHsgsAGLMLAB+zCwBwswsAdrMLAMizCwDUswsAILQLACO0CwB4tAsAe7QLANC0CwDYtAsAKLULADi1CwCAtQsAhbULANi1CwDhtQsAMLYLAD22CwCItgsAj7YLACjUEwDstgsAOLcLAEW3CwCQtwsAmLcLAOi3CwDytwsAQLgLAE+4CwCYuAsAmbgLAPC4CwD4uAsASLkLAFe5CwCguQsApbkLAPi5CwAFugsAULoLAF26CwCougsAtLoLAAC7CwAPuwsAWLsLAGK7CwCwuwsAvrsLAAi8CwANvAsAYLwLAG28CwC4vAsAwLwLABC9CwAavQsAaL0LAG29CwDAvQsAyL0LAIDUEwAmvgsAcL4LAHy+CwDIvgsAzr4LACC/CwAmvwsAeL8LAH2/CwDQvwsA1r8LANjUEwA0wAsAgMALAIbACwDYwAsA3sALADDBCwA9wQsAiMELAI3BCwDgwQsA6MELADjCCwBWwgsA4NUTAJHCCwDowgsA7cILAEDDCwBGwwsAmMMLAJrDCwDwwwsA9sMLAEjECwBcxAsAoMQLAKjECwD4xAsACMULAFDFCwBSxQsAqMULALbFCwAAxgsAEcYLADjWEwBexgsAsMYLALzGCwCQ1hMAFccLAGDHCwBoxwsAuMcLAMXHCwAQyAsAEsgLAGjICwB+yAsAwMgLAMzICwAYyQsAIMkLAEDXEwB8yQsAyMkLAMvJCwAgygsAJcoLAHjKCwCJygsA0MoLANnKCwAoywsAMssLAIDLCwCOywsA2MsLAN3LCwAwzAsAPcwLAJjXEwCUzAsA4MwLAO3MCwA4zQsAOs0LAJDNCwCmzQsA6M0LAPTNCwBAzgsASM4LAPDXEwCdzgsA8M4LAPbOCwBIzwsAUM8LAKDPCwCjzwsA+M8LAATQCwBQ0AsAVtALAKjQCwDD0AsAANELAA3RCwBY0QsAWtELALDRCwDG0QsACNILABTSCwBg0gsAaNILAEjYEwC+0gsAENMLABXTCwBo0wsAg9MLAMDTCwDO0wsAGNQLAB/UCwBw1AsAfNQLAMjUCwDP1AsAoNgTACvVCwB41QsAgNULANDVCwDb1QsAKNYLAC3WCwCA1gsAg9YLANjWCwDi1gsAMNcLADjXCwCI1wsAltcLAODXCwDj1wsAONgLAEDYCwCQ2AsAsNgLAOjYCwD12AsAQNkLAEXZCwCY2QsAnNkLAPDZCwD92QsA+NgTAGjaCwCg2gsAqdoLAPjaCwD52gsAUNsLAFjbCwCo2wsAuNsLAADcCwAC3AsAWNwLAGbcCwCw3AsAwdwLAFDZEwAO3QsAYN0LAGzdCwCo2RMAv90LAADaEwAV3gsAaN4LAILeCwDA3gsAz94LABjfCwAj3wsAcN8LAHLfCwDI3wsA1d8LACDgCwAt4AsAeOALAITgCwDQ4AsA4eALACjhCwAr4QsAgOELAJrhCwDY4QsA4eELADDiCwA94gsAiOILAI7iCwDg4gsA7OILADjjCwA74wsAkOMLAJXjCwDo4wsA+eMLAEDkCwBb5AsAmOQLAKTkCwDw5AsA9+QLAEjlCwBK5QsAoOULAKflCwD45QsA/+ULAFDmCwBW5gsAqOYLALTmCwAA5wsAA+cLAFjnCwBb5wsAsOcLALznCwAI6AsAG+gLAGDoCwBv6AsAuOgLAMToCwAQ6QsAEekLAGjpCwBy6QsAwOkLAM7pCwAY6gsAHeoLAHDqCwB96gsAWNoTANDqCwCw2hMAIusLAHjrCwCO6wsA0OsLANzrCwAo7AsAMOwLAAjbEwCG7AsA2OwLAODsCwAw7QsAM+0LAIjtCwCU7QsA4O0LAObtCwA47gsAU+4LAJDuCwCe7gsA6O4LAPfuCwBA7wsATO8LAJjvCwCg7wsAYNsTAPXvCwBI8AsAUvALAKDwCwCo8AsA+PALABjxCwBQ8QsAXfELAKjxCwCt8QsAAPILAATyCwBY8gsAZfILALjbEwDT8gsAENwTAA3zCwBg8wsAb/MLALjzCwDY8wsAEPQLABz0CwBo9AsAcvQLAMD0CwDM9AsAGPULAB71CwBw9QsAdvULAMj1CwDN9QsAIPYLACb2CwBo3BMAfvYLAND2CwDV9gsAKPcLAC73CwAY3RMAg/cLANj3CwDi9wsAMPgLADL4CwCI+AsAofgLAOD4CwDx+AsAOPkLAEb5CwCQ+QsAk/kLAOj5CwDz+QsAQPoLAEj6CwCY+gsAmvoLAPD6CwD4+gsASPsLAFX7CwCg+wsArPsLAPj7CwD8+wsAUPwLAFj8CwCo/AsAt/wLAAD9CwAF/QsAWP0LAGX9CwCw/QsAvf0LAAj+CwAU/gsAYP4LAG/+CwC4/gsAwv4LABD/CwAe/wsAaP8LAG3/CwDA/wsAzf8LAHDdEwAgAAwAyN0TAHQADADoBAwAfAAMAMgADADOAAwAIAEMACYBDAB4AQwAhQEMANABDADVAQwAKAIMADACDACAAgwAqQIMANgCDAC2AgwAiAMMAP4CDADgAwwAAQMMADADDABZAwwAIN4TALEDDAB43hMABgQMADgEDABuBAwAkAQMALkEDADQ3hMA9gQMAEAFDABNBQwAmAUMAKQFDADwBQwA9gUMAEgGDABOBgwAoAYMAKUGDAD4BgwA/gYMACjfEwB2BwwAWAgMAHkHDACoBwwA0QcMANjfEwApCAwAMOATAH4IDACwCAwA5ggMAAgJDAAxCQwAiOATAGoJDAC4CQwAvQkMABAKDAAYCgwA4OATAG0KDADACgwAyQoMABgLDAAlCwwAcAsMAHcLDAA44RMA0AsMAJDhEwAzDAwAeAwMAIQMDADQDAwA3wwMACgNDAAxDQwAgA0MAIoNDADYDQwA2g0MADAODABJDgwAiA4MAJkODADgDgwA7A4MADgPDABADwwA6OETAJ4PDADoDwwA+Q8MAEAQDABMEAwAmBAMAKAQDABA4hMA9RAMAEgRDABSEQwAoBEMAKgRDAD4EQwACBIMAFASDABVEgwAqBIMALESDAAAEwwADRMMAFgTDABfEwwAmOITALYTDACY4BAAvRMMAAgUDADDEwwAUKMPAA0UDABgFAwAbBQMALgUDADFFAwAEBUMABoVDADw4hMAbRUMAMAVDADMFQwAGBYMACUWDABwFgwAehYMAMgWDADkFgwAIBcMACgXDABI4xMAfRcMANAXDADYFwwAKBgMACsYDACAGAwAiRgMANgYDADnGAwAMBkMADsZDACIGQwAkBkMAOAZDADwGQwAOBoMAEYaDACQGgwAoRoMAOgaDAD0GgwAQBsMAEgbDACg4xMAnhsMAPAbDAD4GwwASBwMAE8cDACgHAwArhwMAPgcDAD+HAwAUB0MAFwdDACoHQwAtx0MAAAeDAAKHgwAWB4MAF0eDACwHgwAth4MAAgfDAAcHwwAYB8MAGgfDAC4HwwA1h8MABAgDAAYIAwA+OMTAHAgDABQ5BMAyCAMABghDAAxIQwAcCEMAHkhDADIIQwA2CEMACAiDAAwIgwAeCIMAIQiDADQIgwA1iIMACgjDAA2IwwAgCMMAI0jDADYIwwA7yMMADAkDAA4JAwAiCQMAJIkDADgJAwA7iQMADglDABOJQwAkCUMAJwlDADoJQwA7yUMAEAmDABIJgwAmCYMAJ0mDADwJgwA+SYMAEgnDABSJwwAoCcMAKgnDAD4JwwA+icMAFAoDABgKAwAqCgMALIoDAAAKQwADCkMAFgpDABeKQwAsCkMALgpDAAA5RMACioMAGAqDABxKgwAuCoMANQqDAAQKwwAGCsMAFjlEwB5KwwAwCsMANErDAAYLAwAICwMAHAsDACJLAwAyCwMAM4sDAAgLQwAJS0MAHgtDACYLQwA0C0MANwtDAAoLgwALi4MAIAuDACILgwA2C4MAOcuDAAwLwwANS8MAIgvDACVLwwA4C8MAO0vDAA4MAwARDAMAJAwDACfMAwA6DAMAPIwDABAMQwATjEMAJgxDACdMQwA8DEMAP0xDABIMgwASzIMAKAyDACoMgwA+DIMAPoyDABQMwwAVjMMAKgzDAC0MwwAADQMAAg0DACw5RMAXTQMALA0DAC0NAwACDUMABU1DAAI5hMAaDUMAGDmEwC+NQwAEDYMACc2DABoNgwAcTYMAMA2DADWNgwAGDcMACQ3DABwNwwAfTcMAMg3DADSNwwAIDgMACg4DAB4OAwAtzgMANA4DAD5OAwAKDkMADA5DACAOQwAozkMALjmEwDnOQwAMDoMAO45DADAVwwANToMAIg6DACVOgwA4DoMAO06DAA4OwwARDsMAJA7DACfOwwA6DsMAPI7DABAPAwATjwMAJg8DACdPAwA8DwMAP08DABIPQwAbD0MAKA9DACoPQwAEOcTAAE+DABQPgwAUz4MAKg+DACyPgwAAD8MAAg/DABYPwwAcT8MALA/DAC8PwwACEAMABBADABo5xMAcEAMALhADADAQAwAEEEMABpBDABoQQwAfEEMAMBBDADBQQwAGEIMACRCDABwQgwAeEIMAMDnEwDbQgwAIEMMACFDDAB4QwwAhEMMANBDDADfQwwAKEQMADJEDACARAwAg0QMANhEDADgRAwAMEUMADFFDACIRQwAikUMAOBFDADmRQwAOEYMADpGDACQRgwApkYMAOhGDAD0RgwAQEcMAEpHDACYRwwApEcMAPBHDAD2RwwASEgMAFBIDACgSAwAyUgMAPhIDAAASQwAUEkMAFpJDACoSQwArUkMAABKDAAISgwAWEoMAHFKDACwSgwAvEoMAAhLDAAQSwwAGOgTAGxLDAC4SwwAu0sMABBMDAAVTAwAaEwMAHFMDADATAwAxkwMABhNDAAnTQwAcE0MAHxNDADITQwA3U0MACBODAAoTgwAeE4MAIVODACoVAwAkU4MANBODADVTgwAKE8MAC1PDACATwwAkU8MANhPDADgTwwAMFAMAORPDADoUQwAR1AMAIhQDACWUAwA4FAMAPtQDAA4UQwARFEMAJBRDACdUQwAcOgTAOpRDABAUgwATVIMAJhSDACgUgwA8FIMAAdTDABIUwwAVlMMAKBTDAC7UwwA+FMMAARUDABQVAwAXVQMAMjoEwCxVAwAAFUMABFVDABYVQwAaVUMALBVDAC4VQwACFYMAB9WDABgVgwAblYMALhWDADTVgwAEFcMABxXDABoVwwAdVcMACDpEwDUVwwAGFgMABtYDABwWAwAjVgMAMhYDADZWAwAIFkMAERZDAB4WQwAgFkMAHjpEwDZWQwAKFoMACtaDACAWgwAiloMANhaDADgWgwAMFsMAElbDACIWwwAlFsMAOBbDADoWwwA0OkTAEhcDACQXAwAmFwMAOhcDADyXAwAQF0MAFRdDACYXQwAmV0MAPBdDAD8XQwASF4MAFBeDAAo6hMAtF4MAPheDAD7XgwAUF8MAG1fDACoXwwAuV8MAABgDAAOYAwAWGAMAG1gDACwYAwAuGAMAAhhDAAVYQwAeGQMACFhDABgYQwAZWEMALhhDAC9YQwAEGIMACFiDABoYgwAcGIMAMBiDADXYgwAGGMMACZjDABwYwwAi2MMAMhjDADUYwwAIGQMAC1kDACA6hMAgWQMANBkDADhZAwAKGUMADllDACAZQwAiGUMANhlDADvZQwAMGYMAD5mDACIZgwAo2YMAOBmDADsZgwAOGcMAEVnDADY6hMApGcMAOhnDADrZwwAQGgMAF1oDACYaAwAqWgMAPBoDAD+aAwASGkMAF1pDACgaQwAqGkMAPhpDAAFagwAKHAMABFqDABQagwAVWoMAKhqDACtagwAAGsMABFrDABYawwAYGsMALBrDABkawwAaG0MAMdrDAAIbAwAFmwMAGBsDAB7bAwAuGwMAMRsDAAQbQwAHW0MADDrEwBqbQwAwG0MAM1tDAAYbgwAIG4MAHBuDACHbgwAyG4MANZuDAAgbwwAO28MAHhvDACEbwwA0G8MAN1vDACI6xMAMXAMAIBwDACRcAwA2HAMAOlwDAAwcQwAOHEMAIhxDACfcQwA4HEMAO5xDAA4cgwAU3IMAJByDACccgwA6HIMAPVyDADg6xMASXMMAJhzDACpcwwA8HMMAPxzDABIdAwAVXQMAKB0DACldAwA+HQMAAJ1DABQdQwAYHUMAKh1DACtdQwAAHYMAAl2DABYdgwAZXYMALB2DAC3dgwACHcMABR3DABgdwwAZncMALh3DAC+dwwAEHgMABV4DABoeAwAbngMADjsEwDFeAwAGHkMACB5DABweQwAhnkMAMh5DADNeQwAIHoMACd6DAB4egwAgXoMANB6DADhegwAKHsMADR7DACAewwAiHsMAEDtEwDaewwAMHwMAEZ8DACIfAwAlHwMAOB8DADnfAwAOH0MAEB9DACY7RMAlX0MAOh9DADvfQwAQH4MAEl+DACYfgwAqX4MAPB+DAD8fgwASH8MAFB/DADw7RMAon8MAPh/DAAOgAwAUIAMAFyADACogAwAr4AMAACBDAAIgQwASO4TAF2BDACwgQwAt4EMAAiCDAARggwAYIIMAHGCDAC4ggwAxIIMABCDDAAYgwwAoO4TAGqDDADAgwwAz4MMABiEDAA4hAwAcIQMAHKEDADIhAwA34QMACCFDAAshQwAeIUMAICFDABQ7xMA1YUMACiGDAAqhgwAgIYMAIeGDADYhgwA4IYMADCHDAA5hwwAiIcMAI6HDADghwwA8YcMADiIDABAiAwAAPATAJyIDADoiAwA64gMAECJDABFiQwAmIkMAKmJDADwiQwAC4oMAEiKDABUigwAoIoMAKiKDABY8BMADosMAFCLDABRiwwAqIsMAK2LDAAAjAwABowMAFiMDABijAwAsIwMALiMDAAIjQwAGo0MALDwEwBtjQwAuI0MAMKNDAAQjgwAFo4MAGiODAB8jgwAwI4MAMiODAAYjwwAKI8MAHCPDAB1jwwAyI8MAM6PDAAgkAwAKJAMAHiQDAB5kAwA0JAMANKQDAAokQwAN5EMAICRDACgkQwA2JEMANqRDAAwkgwAR5IMAIiSDACUkgwA4JIMAOiSDAAI8RMAQJMMAJCTDACpkwwA6JMMAPGTDABAlAwASpQMAJiUDACglAwA8JQMAACVDABIlQwATZUMAKCVDACplQwA+JUMAAWWDABQlgwAV5YMAKiWDACwlgwAuPETAAqXDABYlwwAYJcMALCXDAC+lwwACJgMABWYDABgmAwAaJgMALiYDAC6mAwAEJkMABiZDABomQwAaZkMAMCZDADCmQwAGJoMACeaDABwmgwAkJoMAMiaDADKmgwAIJsMADebDAB4mwwAhJsMANCbDADqmwwAKJwMAFScDACAnAwAg5wMANicDADdnAwAMJ0MAD2dDAAQ8hMAip0MAOCdDADqnQwAOJ4MAEeeDACQngwAm54MAOieDAD2ngwAQJ8MAE2fDACYnwwAr58MAPCfDAD4nwwASKAMAEmgDACgoAwAoqAMAPigDAAHoQwAUKEMAHChDACooQwAqqEMAACiDAAXogwAWKIMAGSiDACwogwAuKIMAGjyEwANowwAYKMMAGajDAC4owwAwKMMABCkDAAvpAwAaKQMAHWkDADApAwAwaQMABilDAAupQwAcKUMAIylDADA8hMAzaUMACCmDAAqpgwAeKYMAICmDADQpgwA0aYMACinDADSpgwAcLAMAC6nDACApwwAjKcMANinDADopwwAMKgMAD6oDACIqAwAm6gMAOCoDADsqAwAOKkMAD+pDACQqQwAmKkMAOipDADsqQwAQKoMAE6qDACYqgwAoqoMAPCqDAD7qgwASKsMAFCrDACgqwwA2asMAPirDAAArAwAUKwMAFWsDACorAwArqwMAACtDAAIrQwAWK0MAHKtDACwrQwA6a0MAAiuDAAQrgwAYK4MAGWuDAC4rgwAvq4MABCvDAAYrwwAaK8MAIKvDADArwwA2q8MABiwDABRsAwAGPMTAHiwDADIsAwAz7AMACCxDAAssQwAeLEMAHmxDADQsQwA3LEMACiyDAA1sgwAgLIMAIeyDADYsgwA5LIMADCzDAA9swwAiLMMAJezDADgswwA9LMMAHDzEwA6tAwAkLQMAES0DAD4+g8Ak7QMAOBdDwCdtAwAaOMNAJ+0DADotAwACLUMAEC1DABCtQwAmLUMAK+1DADwtQwA/LUMAEi2DABQtgwAyPMTAKK2DAD4tgwABbcMAFC3DABZtwwAqLcMAKq3DAAAuAwAEbgMAFi4DABpuAwAsLgMAMS4DAAg9BMAKLkMAGC5DABiuQwAuLkMAM+5DAAQugwAHLoMAGi6DABwugwAePQTAMK6DAAYuwwAG7sMAHC7DAB4uwwAyLsMANW7DAAgvAwAJbwMAHi8DACCvAwA0LwMANi8DAAovQwAQb0MAIC9DACMvQwA2L0MAOS9DAAwvgwAPb4MAIi+DACQvgwA4L4MAPC+DAA4vwwAPb8MAJC/DACZvwwA6L8MAPW/DABAwAwAR8AMAJjADACgwAwA0PQTAP3ADABIwQwAS8EMAKDBDACqwQwA+MEMAPrBDABQwgwAYcIMAKjCDAC5wgwAAMMMAAzDDABYwwwAX8MMALDDDADKwwwACMQMABDEDABgxAwAYcQMAFjODABqxAwAuMQMAL7EDAAQxQwAJMUMAGjFDABwxQwAwMUMAMrFDAAYxgwAHcYMAHDGDAB4xgwAyMYMANbGDAAgxwwALccMAHjHDAB7xwwA0McMANrHDAAoyAwAKsgMAIDIDACRyAwA2MgMAOnIDAAwyQwAOMkMACj1EwCSyQwA4MkMAPzJDAA4ygwAQMoMAID1EwCRygwA6MoMAP7KDABAywwASMsMAJjLDACmywwA8MsMAP3LDABIzAwAS8wMAKDMDACqzAwA+MwMAPrMDABQzQwAYc0MAKjNDAC5zQwAAM4MAAjODADY9RMAac4MALDODAC8zgwACM8MAArPDABgzwwAY88MALjPDADEzwwAENAMABjQDAAw9hMAcdAMAMDQDADN0AwAGNEMACDRDABw0QwAgtEMAMjRDADV0QwAINIMACHSDAB40gwAjtIMANDSDADY0gwAKNMMADbTDACA0wwAjdMMANjTDADb0wwAMNQMADrUDACI1AwAitQMAODUDADx1AwAONUMAEnVDACQ1QwAmNUMAIj2EwD11QwAQNYMAErWDACY1gwATdYMAFgVDwCm1gwA8NYMAAbXDABI1wwAVNcMAKDXDACs1wwA+NcMAP7XDABQ2AwAVtgMAKjYDACt2AwAANkMAAbZDADg9hMAXdkMALDZDACy2QwACNoMAA/aDABg2gwAaNoMALjaDAC72gwAENsMABnbDABo2wwAd9sMAMDbDADL2wwAGNwMACDcDABw3AwAgNwMAMjcDADW3AwAIN0MADHdDAB43QwAhN0MANDdDADY3QwA6PcTAEbeDACA3gwAiN4MAED4EwDk3gwAMN8MAEbfDACI3wwAkN8MAODfDAD/3wwAmPgTADvgDABIOg0AReAMAJDgDACT4AwAMD4SAJjgDADo4AwAmuAMADDhDwDq4AwAQOEMAPLgDAD47QwA+eAMAMDmDABN4QwAmOEMAKzhDADw4QwA+OEMAEjiDABN4gwAoOIMALDiDAD44gwAAOMMAFDjDABa4wwAqOMMALPjDAAA5AwADOQMAFjkDABg5AwA8PgTALXkDAAI5QwAEeUMAGDlDABm5QwAuOUMAMflDAAQ5gwAHOYMAGjmDABr5gwASPkTAMXmDAAY5wwAJ+cMAHDnDABy5wwAyOcMANnnDAAg6AwAMegMAHjoDACM6AwA0OgMANjoDAAo6QwANukMAIDpDACN6QwA2OkMANvpDAAw6gwAOuoMAIjqDACK6gwA4OoMAPHqDAA46wwASesMAJDrDACc6wwA6OsMAO/rDABA7AwASOwMAJjsDACv7AwA8OwMAPzsDABI7QwAXu0MAKDtDACj7QwAoPkTAAPuDABQ7gwAXO4MAKjuDACw7gwA+PkTAAzvDABY7wwAbu8MALDvDACz7wwACPAMABDwDABg8AwAYvAMALjwDADT8AwAEPEMABLxDABo8QwAdvEMAMDxDADR8QwAGPIMABryDABw8gwAifIMAMjyDADZ8gwAIPMMACzzDABQ+hMAfvMMANDzDADe8wwAKPQMAEP0DACA9AwAjPQMANj0DADe9AwAMPUMADj1DACI9QwAmPUMAOD1DADl9QwAOPYMAEH2DACQ9gwAnfYMAOj2DADv9gwAQPcMAEj3DACo+hMAnfcMAPD3DAD29wwASPgMAFD4DACg+AwAzPgMAPj4DAD/+AwAUPkMAGn5DACo+QwAt/kMAAD6DAAc+gwAAPsTAGT6DACw+gwAuvoMAAj7DAAQ+wwAYPsMAGf7DAC4+wwAvvsMABD8DAAe/AwAaPwMAIP8DADA/AwAzPwMABj9DAAe/QwAcP0MAHj9DADI/QwA1v0MACD+DAAt/gwAeP4MAHv+DADQ/gwA2v4MACj/DAAq/wwAgP8MAI3/DADY/wwA5/8MADAADQA8AA0AiAANAJAADQBY+xMA5QANADgBDQA+AQ0AkAENAJgBDQDoAQ0AFAINAEACDQBHAg0AmAINALECDQDwAg0A/wINAEgDDQBRAw0AoAMNAKYDDQD4Aw0ACQQNAFAEDQB4BA0AqAQNANQEDQAABQ0ABwUNAFgFDQBxBQ0AsAUNAL8FDQAIBg0AJAYNALD7EwBlBg0AuAYNAMIGDQAQBw0AIAcNAGgHDQBtBw0AwAcNAMkHDQAYCA0AJQgNAHAIDQB3CA0AyAgNANQIDQAgCQ0AMwkNAHgJDQCHCQ0A0AkNANwJDQAoCg0AKQoNAIAKDQCKCg0A2AoNAOYKDQAwCw0ANQsNAIgLDQCVCw0ACPwTAPELDQA4DA0AOgwNAJAMDQCTDA0A6AwNAOsMDQBADQ0ARw0NAJgNDQCkDQ0A8A0NAAAODQBIDg0AWA4NAKAODQClDg0A+A4NAAEPDQBQDw0AXQ8NAKgPDQCvDw0AABANAAwQDQBYEA0AXhANALAQDQC2EA0ACBENAA0RDQBgEQ0AZhENABD9EwDCEQ0AEBINAB4SDQBoEg0AeBINAMASDQDCEg0AGBMNACcTDQBwEw0AehMNAMgTDQDQEw0AGP4TACYUDQB4FA0AhBQNAHD+EwDVFA0AKBUNADAVDQCAFQ0AkBUNANgVDQDmFQ0AMBYNAD0WDQCIFg0AjxYNAOAWDQDoFg0AIP8TAEkXDQCQFw0AlxcNAOgXDQDwFw0AQBgNAE0YDQCYGA0AnRgNAPAYDQD6GA0ASBkNAFAZDQCgGQ0AuRkNAPgZDQAEGg0AUBoNAFgaDQB4/xMAtBoNAAAbDQADGw0AWBsNAF0bDQCwGw0AwRsNAAgcDQAjHA0AYBwNAGwcDQC4HA0AvxwNABAdDQAsHQ0AaB0NAHAdDQDQ/xMAxR0NABgeDQAiHg0AcB4NAHgeDQDIHg0Ayh4NAHjtDgDYHg0AIB8NACUfDQB4Hw0AgR8NANAfDQDdHw0AKCANAC8gDQAoABQAiSANANggDQDlIA0AMCENAD8hDQCIIQ0AkiENAOAhDQDuIQ0AOCINAD0iDQCQIg0AnSINAOgiDQDwIg0AgAAUAEEjDQCYIw0ApCMNAPAjDQD9Iw0ASCQNAFYkDQCgJA0ArSQNAPgkDQAPJQ0AUCUNAFglDQCoJQ0AriUNAAAmDQAMJg0AWCYNAHUmDQCwJg0AuSYNAAgnDQAWJw0AYCcNAGYnDQC4Jw0AxCcNABAoDQAXKA0AaCgNAHAoDQDAKA0A3ygNANgAFAApKQ0AcCkNAHwpDQDIKQ0AzykNACAqDQAoKg0AeCoNAIIqDQDQKg0A1SoNACgrDQAwKw0AgCsNAIUrDQDYKw0A2SsNADAsDQA8LA0AiCwNAJUsDQDgLA0A6CwNADgtDQA7LQ0AkC0NAJotDQDoLQ0A7i0NAEAuDQBMLg0AmC4NAJouDQDwLg0ABi8NAEgvDQBkLw0AoC8NAKgvDQAwARQA/S8NAFAwDQBYMA0AqDANAKswDQAAMQ0ACTENAFgxDQBnMQ0AsDENALsxDQAIMg0AEDINAGAyDQBwMg0AuDINAMYyDQAQMw0AITMNAGgzDQB0Mw0AwDMNAMgzDQCIARQAHjQNAHA0DQB4NA0AyDQNAM80DQAgNQ0ALjUNAHg1DQB+NQ0A0DUNANw1DQAoNg0ANzYNAIA2DQCKNg0A2DYNAN02DQAwNw0ANjcNAIg3DQCcNw0A4AEUAOw3DQA4OA0ARTgNAJA4DQCTOA0A6DgNAPY4DQBAOQ0ARTkNAJg5DQClOQ0A8DkNAPg5DQA4AhQAUDoNAKA6DQCmOg0A+DoNAKc6DQD49Q0ABDsNAFA7DQBtOw0AqDsNALE7DQAAPA0ADjwNAFg8DQBePA0AsDwNALw8DQAIPQ0ADz0NAJACFABhPQ0A8NMNAGw9DQC4PQ0AcD0NAIDQDQDLPQ0AED4NABo+DQBoPg0AdD4NAMA+DQDNPg0AGD8NABs/DQBwPw0Afj8NAMg/DQDNPw0AIEANAC1ADQB4QA0AgEANAOgCFADWQA0AKEENADZBDQCAQQ0Am0ENANhBDQDkQQ0AMEINADZCDQCYAxQAq0INAPADFADlQg0AOEMNAEVDDQCQQw0AnUMNAOhDDQD0Qw0AQEQNAE9EDQCYRA0AokQNAPBEDQD+RA0ASEUNAE1FDQCgRQ0ArUUNAPhFDQAURg0AUEYNAFhGDQBIBBQArUYNAABHDQAGRw0AWEcNAGBHDQCwRw0AsUcNAAhIDQAPSA0AYEgNAGVIDQC4SA0AwEgNABBJDQAeSQ0AaEkNAGtJDQDASQ0AyEkNABhKDQAlSg0AcEoNAHVKDQDISg0A0koNACBLDQAoSw0AeEsNAIlLDQDQSw0A1UsNAChMDQAqTA0AgEwNAIdMDQDYTA0A5EwNADBNDQA3TQ0AoAQUAJRNDQDgTQ0A/U0NADhODQBBTg0AkE4NAJ5ODQDoTg0A7k4NAEBPDQBMTw0AmE8NAJ9PDQDwTw0A+E8NAEhQDQBeUA0AoFANAKVQDQD4UA0A/1ANAFBRDQBZUQ0AqFENALlRDQAAUg0ADFINAFhSDQBgUg0AUAUUALZSDQAIUw0ADVMNAGBTDQB7Uw0AuFMNAMZTDQAQVA0AF1QNAGhUDQB0VA0AwFQNAMNUDQAYVQ0AIFUNAHBVDQBxVQ0AyFUNAMpVDQAgVg0AL1YNAHhWDQCYVg0A0FYNANJWDQAoVw0AP1cNAIBXDQCMVw0A2FcNAOBXDQCoBRQANVgNAIhYDQCQWA0A4FgNAPBYDQA4WQ0ARlkNAJBZDQChWQ0A6FkNAPRZDQBAWg0AQ1oNAJhaDQCgWg0A8FoNAP5aDQBIWw0AVVsNAKBbDQCoWw0A+FsNADFcDQAABhQAUlwNAKhcDQC2XA0AAF0NABFdDQBYBhQAXl0NALBdDQC8XQ0AsAYUACReDQBgBxQAaV4NALheDQDOXg0AEF8NABZfDQDYYg0AIF8NAGhfDQBqXw0AwF8NAM5fDQAYYA0AKWANALgHFAB3YA0AEAgUANRgDQAgYQ0AI2ENAHhhDQCCYQ0A0GENANNhDQAoYg0AOmINAIBiDQCcYg0AaAgUAOFiDQAwYw0APWMNAIhjDQCSYw0A4GMNAO5jDQA4ZA0ATmQNAJBkDQCcZA0A6GQNAPRkDQBAZQ0ARmUNAJhlDQCeZQ0A8GUNAPVlDQBIZg0ATmYNAMAIFACsZg0A+GYNAPtmDQBQZw0AWmcNAKhnDQCrZw0AAGgNAAloDQBYaA0AZmgNALBoDQC6aA0ACGkNABRpDQBgaQ0AY2kNALhpDQDKaQ0AEGoNACxqDQAYCRQAd2oNAMBqDQDFag0AGGsNACFrDQBwaw0AfWsNAMhrDQDSaw0AIGwNADJsDQB4bA0AlGwNAHAJFADWbA0AKG0NAC5tDQCAbQ0AhW0NANhtDQDebQ0AyAkUADVuDQCIbg0AkW4NAOBuDQDqbg0AOG8NADtvDQCQbw0Anm8NAOhvDQDvbw0AQHANAExwDQCYcA0AsHANAPBwDQD1cA0ASHENAFhxDQCgcQ0AuHENAPhxDQAEcg0AUHINAGNyDQCocg0AqnINAABzDQAWcw0AWHMNAFlzDQCwcw0AwXMNAAh0DQAUdA0AYHQNAGN0DQC4dA0A0HQNABB1DQAfdQ0AaHUNAG11DQDAdQ0AyXUNABh2DQAldg0AcHYNAHp2DQDIdg0A2nYNACB3DQA8dw0AeAoUAH93DQCg5A8AgncNANB3DQDcdw0AKHgNACt4DQCAeA0AingNANh4DQDbeA0AMHkNADl5DQCIeQ0AlnkNAOB5DQDqeQ0AOHoNAER6DQDQChQAmHoNAOh6DQD4eg0AQHsNAEJ7DQCYew0ApnsNAPB7DQABfA0AKAsUAE58DQCgfA0ArHwNAIALFAABfQ0AUH0NAGZ9DQCofQ0Avn0NAAB+DQACfg0AWH4NAF5+DQCwfg0AxH4NAAh/DQAgfw0AYH8NAHF/DQC4fw0Axn8NABCADQAdgA0AaIANAHSADQDAgA0A0oANABiBDQA0gQ0AcIENAIKBDQAwDBQAyYENACCCDQAsgg0AeIINAIeCDQDQgg0A2IINAIgMFAAqgw0AgIMNAI6DDQDYgw0A6YMNAOAMFAA3hA0AOA0UAJCEDQDoDRQA4YQNAMChDQDjhA0AgI4NAOSEDQCYhg0A5oQNAOiQDQDnhA0AEIsNAOmEDQDQow0A7IQNADiFDQDthA0AAIkNAO+EDQBolg0APoUNAJCFDQCWhQ0A6IUNAO2FDQBAhg0ARoYNAEAOFACahg0A8IYNAPaGDQBIhw0AVYcNAEgPFACthw0A+IcNAA+IDQBQiA0AbIgNAKiIDQCwiA0AoA8UAAWJDQBYiQ0AYokNALCJDQC+iQ0ACIoNABeKDQBgig0AbIoNAPgPFADAig0AUBAUAByLDQBoiw0AaYsNAMCLDQDGiw0AGIwNACSMDQBwjA0Af4wNAMiMDQDKjA0AII0NACqNDQB4jQ0AhI0NANCNDQDXjQ0AqBAUADCODQAAERQAio4NANiODQDejg0AMI8NAD6PDQCIjw0Al48NAOCPDQDqjw0AOJANAFSQDQCQkA0AmJANAFgRFAD0kA0AQJENAE+RDQCYkQ0AnZENAPCRDQALkg0ASJINAFSSDQCgkg0AppINAPiSDQD6kg0AUJMNAGmTDQCokw0AuZMNAACUDQAMlA0AWJQNAHCUDQCwlA0AvJQNAAiVDQAOlQ0AYJUNAGaVDQC4lQ0AvZUNABCWDQAWlg0AsBEUAG2WDQDAlg0AxpYNABiXDQDWlg0A6JsNACSXDQBwlw0AiJcNAMiXDQDMlw0AgJkNANSXDQAgmA0AJpgNAHiYDQB+mA0A0JgNANWYDQAomQ0ALpkNALgSFACCmQ0A2JkNAN6ZDQAwmg0APZoNAMATFACVmg0A4JoNAPeaDQA4mw0AVJsNAJCbDQCYmw0AGBQUAOmbDQBAnA0ATpwNAJicDQCpnA0A8JwNAPycDQBInQ0AYJ0NAKCdDQCknQ0AWJ8NAKydDQD4nQ0A/p0NAFCeDQBWng0AqJ4NAK2eDQAAnw0ABp8NAHAUFABanw0AsJ8NALafDQAIoA0AFaANAHgVFABtoA0AuKANAM+gDQAQoQ0ALKENAGihDQBwoQ0A0BUUAMKhDQAYog0AHqINAHCiDQBzog0AyKINANSiDQAgow0APKMNAHijDQCAow0AKBYUANOjDQAopA0ANKQNAICkDQCGpA0A2KQNAPCkDQAwpQ0ANKUNAOimDQA3pQ0AYKsNADylDQCIpQ0APaUNAFCpDQCOpQ0A4KUNAOalDQA4pg0APaYNAJCmDQCWpg0AgBYUAOqmDQBApw0ARqcNAJinDQClpw0AiBcUAP2nDQBIqA0AX6gNAKCoDQC8qA0A+KgNAACpDQDgFxQAVakNAKipDQCyqQ0AAKoNAA6qDQBYqg0AZ6oNALCqDQC8qg0AOBgUABCrDQCQGBQAbKsNALirDQC5qw0AEKwNABasDQBorA0AdKwNAMCsDQDPrA0AGK0NABqtDQBwrQ0Aeq0NAMitDQDUrQ0AIK4NACeuDQDoGBQAgK4NAEAZFADarg0AKK8NADSvDQCArw0Alq8NANivDQDkrw0AMLANAEOwDQCIsA0AlrANAOCwDQDqsA0AmBkUAECxDQDwGRQAprENAOixDQD0sQ0AQLINAE2yDQCYsg0AorINAPCyDQDysg0ASLMNAFKzDQCgsw0ArrMNAPizDQD9sw0AULQNAF20DQCotA0AsLQNAAC1DQAQtQ0AWLUNAFq1DQCwtQ0AubUNAAi2DQAZtg0AYLYNAGq2DQBIGhQAxLYNABC3DQAntw0AaLcNAIO3DQCgGhQA2bcNABi4DQAeuA0AcLgNAHq4DQD4GhQAyrgNACC5DQAxuQ0AeLkNAIC5DQDQuQ0AlLkNABDjDQDcuQ0AKLoNAC66DQCAug0AhroNANi6DQDdug0AMLsNADa7DQBQGxQApLsNAOC7DQDouw0AWBwUAEa8DQCQvA0AobwNAOi8DQD5vA0AQL0NAEy9DQCYvQ0An70NALAcFAABvg0ASL4NAFm+DQCgvg0ArL4NAPi+DQD/vg0ACB0UAFK/DQCovw0Aqb8NAADADQAIwA0AWMANAF3ADQCwwA0AucANAAjBDQASwQ0AYMENAGjBDQC4wQ0AvcENABDCDQAgwg0AaMINAHDCDQDAwg0A1sINABjDDQAkww0AcMMNAIbDDQDIww0AzcMNACDEDQAmxA0AeMQNAIzEDQBgHRQA5sQNACjFDQA2xQ0AgMUNAI3FDQDYxQ0A2sUNADDGDQA6xg0AiMYNAJTGDQDgxg0A58YNADjHDQBAxw0AkMcNAKnHDQDoxw0A/McNAEDIDQBIyA0AmMgNAJrIDQDwyA0A/cgNAEjJDQBNyQ0AoMkNAKrJDQD4yQ0AA8oNAFDKDQBcyg0AqMoNAK7KDQAAyw0ACMsNAFjLDQBZyw0AsMsNALbLDQAIzA0ADcwNAGDMDQBvzA0AuMwNAMTMDQAQzQ0AE80NAGjNDQBrzQ0AuB0UAMXNDQAYzg0ANM4NABAeFACQzg0AyM4NANDODQBoHhQAJs8NAHjPDQCEzw0AwB4UANbPDQAo0A0ANNANACghFACC0A0A2NANAOLQDQAw0Q0AMtENAIjRDQCZ0Q0A4NENAOjRDQA40g0ARNINAJDSDQCW0g0A6NINAO7SDQBA0w0ARdMNAJjTDQCe0w0AgCEUAPLTDQBI1A0ATtQNAKDUDQCj1A0A+NQNAATVDQBQ1Q0AWNUNAIgiFACu1Q0AANYNAAbWDQBY1g0AXdYNALDWDQC21g0A4CIUAArXDQBg1w0AadcNALjXDQDP1w0AENgNABvYDQBo2A0ActgNAMDYDQDI2A0A6CMUACXZDQBw2Q0AeNkNAMjZDQDS2Q0AINoNACvaDQB42g0AftoNANDaDQDc2g0AKNsNACrbDQCA2w0Ah9sNANjbDQDg2w0AMNwNAELcDQBAJBQAyNwNAODcDQDo3A0AON0NAFvdDQBIJRQAkt0NAOjdDQD13Q0AQN4NAEfeDQCY3g0Aqd4NAPDeDQD83g0ASN8NAE/fDQCg3w0Aod8NAFABDgCo3w0AoCUUAAvgDQBQ4A0AX+ANAKjgDQC04A0AAOENAAHhDQBY4Q0AYuENALDhDQC+4Q0ACOINAA3iDQBg4g0AbeINAPglFADA4g0AUCYUABjjDQCoJhQAduMNAMDjDQDP4w0AGOQNADjkDQBw5A0AfOQNAMjkDQDP5A0AIOUNACjlDQB45Q0AeuUNANDlDQDa5Q0AsCcUADLmDQCA5g0AiOYNAAgoFADi5g0AMOcNADjnDQBgKBQAyecNAODnDQDo5w0AOOgNAFboDQC4KBQAlegNAMDgDgCc6A0A8OsQAJ7oDQDo6A0A7+gNAHDeDwD46A0AQOkNAFDpDQCY6Q0ApOkNAPDpDQD26Q0ASOoNAGTqDQCg6g0AqOoNABApFAAM6w0AUOsNAFrrDQCo6w0AtOsNAADsDQAI7A0AaCkUAGPsDQCw7A0AsuwNAAjtDQAO7Q0AYO0NAGjtDQDAKRQAuu0NABDuDQAT7g0AaO4NAHDuDQDA7g0A0O4NABjvDQAa7w0AcO8NAH7vDQDI7w0A2e8NABgqFAAn8A0AcCoUAH7wDQDQ8A0A1fANACjxDQAu8Q0AyCoUAIrxDQDY8Q0A2vENADDyDQBD8g0AiPINAJDyDQDg8g0A7PINADjzDQA+8w0AkPMNAJbzDQDo8w0A7fMNAED0DQBG9A0A0CsUAKH0DQDw9A0A/fQNAEj1DQBP9Q0AoPUNAKj1DQAoLBQABPYNAFD2DQBa9g0AqPYNALT2DQAA9w0AD/cNAFj3DQBi9w0AsPcNALz3DQAI+A0AD/gNAIAsFABj+A0AkMkQAGb4DQC4+A0Ab/gNAKDODwBx+A0AWOkOAMT4DQAQ+Q0AGPkNANgsFAB0+Q0AwPkNAMr5DQAY+g0AJPoNAHD6DQB/+g0AyPoNANL6DQAg+w0ALPsNAHj7DQB/+w0AMC0UAN77DQAo/A0A8PsNAHi+DwA//A0AgPwNAI38DQDY/A0A2vwNADD9DQBB/Q0AiP0NAKT9DQDg/Q0A6P0NAIgtFABR/g0AkP4NAKT+DQDo/g0A8P4NAED/DQBD/w0AmP8NAKb/DQDw/w0ABwAOAEgADgBVAA4AoAAOAKIADgD4AA4ACQEOAOAtFABWAQ4AqAEOAK0BDgAAAg4AFgIOAFgCDgBmAg4AsAIOALMCDgAIAw4AFAMOAGADDgBmAw4AuAMOAMQDDgAQBA4APAQOAGgEDgB0BA4AwAQOAM8EDgAYBQ4AIgUOAHAFDgB+BQ4AyAUOAM0FDgAgBg4ALQYOADguFAB6Bg4A0AYOAN4GDgAoBw4ANQcOAIAHDgCSBw4AkC4UAOcHDgAwCA4APAgOAIgIDgChCA4A4AgOAOIIDgA4CQ4ARwkOAJAJDgCwCQ4A6AkOAPAJDgBACg4AYwoOAOguFACdCg4A8AoOAPMKDgBICw4AUgsOAKALDgCoCw4A+AsOAP4LDgBQDA4AXAwOAKgMDgC3DA4AAA0OAAwNDgBYDQ4AZQ0OALANDgC6DQ4ACA4OABAODgBgDg4Abw4OALgODgC6Dg4AEA8OACEPDgBoDw4AeQ8OAMAPDgDIDw4AGBAOACkQDgBwEA4AchAOAMgQDgDLEA4AIBEOACoRDgB4EQ4AnBEOANARDgDsEQ4AQC8UAC4SDgCAEg4AhRIOANgSDgDnEg4AMBMOADwTDgCIEw4AixMOAOATDgDjEw4AOBQOAEAUDgCQFA4AnxQOAOgUDgDtFA4AQBUOAFYVDgCYFQ4AmRUOAPAVDgABFg4ASBYOAFQWDgCgFg4AqhYOAPgWDgAEFw4AUBcOAFcXDgCYLxQArBcOAAAYDgAOGA4AWBgOAGIYDgCwGA4AuxgOAAgZDgAQGQ4AYBkOAGwZDgC4GQ4AyxkOABAaDgAeGg4AaBoOAHIaDgDAGg4AyBoOABgbDgAnGw4AcBsOAHUbDgDIGw4AzxsOACAcDgAsHA4A8C8UAIQcDgDQHA4A0xwOACgdDgArHQ4AgB0OAIgdDgA4nRAAmh0OANgdDgDkHQ4AMB4OAEMeDgCIHg4Alh4OAOAeDgDqHg4AOB8OAFsfDgBIMBQAmh8OAOgfDgD0Hw4AQCAOAEcgDgCYIA4AoCAOAPAgDgD0IA4ASCEOAFYhDgCgIQ4AqiEOAPghDgADIg4AUCIOAFgiDgCoIg4AtyIOAAAjDgAFIw4AWCMOAF8jDgCwIw4AvCMOAAgkDgAQJA4AoDAUAHYkDgCAphAAeSQOALgkDgDCJA4AECUOABwlDgBoJQ4AayUOAMAlDgDKJQ4AGCYOABsmDgBwJg4AgCYOAMgmDgDKJg4AICcOAC4nDgB4Jw4AiScOAPgwFADXJw4AUDEUAEEoDgCAKA4AiigOANgoDgDkKA4AMCkOADMpDgCIKQ4AkikOAKgxFADlKQ4AOCoOAFgqDgCQKg4AmCoOAAAyFAD2Kg4AQCsOAFYrDgCYKw4ApCsOAPArDgD3Kw4ASCwOAFAsDgCgLA4ApSwOAPgsDgABLQ4AUC0OAFotDgCoLQ4AsC0OAAAuDgAOLg4AWC4OAGUuDgCwLg4AuC4OAFgyFAAYLw4AYC8OAGgvDgCwMhQAvy8OABAwDgAcMA4AaDAOAG8wDgDAMA4AyDAOABgxDgAiMQ4AcDEOAH4xDgDIMQ4A3jEOACAyDgAsMg4AeDIOAH0yDgDQMg4A2TIOACgzDgAyMw4AgDMOAIgzDgDYMw4A3TMOADA0DgBANA4AiDQOAJA0DgAIMxQA7jQOADg1DgBONQ4AkDUOAJw1DgDoNQ4A7zUOAEA2DgBINg4AmDYOAJ02DgDwNg4A+TYOAEg3DgBSNw4AoDcOAKg3DgD4Nw4A+jcOAABEDgAGOA4AUDgOAF04DgCoOA4AsDgOAGAzFAAMOQ4AWDkOAFs5DgCwOQ4AujkOALgzFAAWOg4AYDoOAHY6DgC4Og4AxDoOABA7DgAXOw4AaDsOAHA7DgDAOw4AxTsOABg8DgAhPA4AcDwOAHo8DgDIPA4A0DwOACA9DgAiPQ4AeD0OAIg9DgDQPQ4A2j0OACg+DgA0Pg4AgD4OAIY+DgBoNBQA5j4OADA/DgBGPw4AiD8OAJQ/DgDgPw4A5T8OADhADgBBQA4AkEAOAJpADgDoQA4A8EAOAEBBDgBiQQ4AwDQUAKdBDgDwQQ4A/EEOAEhCDgBJQg4AoEIOAKpCDgD4Qg4ABkMOAFBDDgBVQw4AqEMOALVDDgAYNRQAEEQOAFhEDgBiRA4AsEQOALxEDgAIRQ4ADkUOAGBFDgBoRQ4AIDYUAL1FDgAQRg4AGEYOAGhGDgB0Rg4AuFAOAIFGDgDARg4AzEYOABhHDgAgRw4AeDYUAH1HDgDIRw4A0EcOACBIDgAuSA4AeEgOAIVIDgDQSA4A00gOAChJDgAySQ4AgEkOAIJJDgDYSQ4A5UkOADBKDgA/Sg4AiEoOAJRKDgDgSg4A6EoOANA2FABISw4AkEsOAJhLDgDoSw4A9EsOAEBMDgBGTA4AmEwOAJ5MDgDwTA4A9UwOAEhNDgBOTQ4AKDcUAK1NDgD4TQ4A/U0OAFBODgBaTg4AqE4OALBODgAATw4ADE8OAFhPDgBrTw4AsE8OAL5PDgAIUA4AC1AOAGBQDgBqUA4AgDcUAMtQDgAQUQ4AHlEOAGhRDgBrUQ4AwFEOAMpRDgDYNxQAHVIOAHBSDgAmUg4AEHIOAHhSDgDIUg4A1FIOACBTDgAmUw4AeFMOADNTDgCobw4AflMOANBTDgDVUw4AKFQOAC5UDgAwOBQAhlQOANhUDgDdVA4AMFUOADZVDgCIOBQAllUOAOBVDgD7VQ4AOFYOAERWDgCQVg4Al1YOAOA4FADxVg4AQFcOAE1XDgCYVw4ApFcOAPBXDgADWA4ASFgOAElYDgCgWA4ArFgOAPhYDgAHWQ4AUFkOAFpZDgCoWQ4AtFkOAABaDgAHWg4AODkUAF5aDgCwWg4AtloOAAhbDgANWw4AYFsOAGZbDgDoORQAwVsOABBcDgAdXA4AaFwOAGxcDgDAXA4AwlwOABhdDgAlXQ4AcF0OAHpdDgBAOhQAz10OACBeDgAoXg4AeF4OAIReDgDQXg4A414OAChfDgA3Xw4AgF8OAIxfDgDYXw4A2V8OADBgDgA6YA4AiGAOAJZgDgDgYA4A5WAOADhhDgBFYQ4AmDoUAJxhDgDoYQ4A7mEOAEBiDgBGYg4AmGIOAJ1iDgDwYg4A9mIOAPA6FABNYw4AoGMOAKpjDgCgOxQAAGQOAFBkDgBdZA4AqGQOAK1kDgAAZQ4ACmUOAFhlDgBgZQ4AsGUOALxlDgAIZg4AG2YOAGBmDgBhZg4AuGYOAMRmDgAQZw4AH2cOAGhnDgByZw4AwGcOAMhnDgAYaA4AGmgOAPg7FAB5aA4AyGgOANdoDgAgaQ4AL2kOAHhpDgCEaQ4A0GkOANNpDgAoag4AK2oOAFA8FACCag4A2GoOANtqDgAwaw4AOGsOAIhrDgCVaw4A4GsOAOVrDgA4bA4AQmwOAJBsDgCYbA4A6GwOAPRsDgBAbQ4AU20OAJhtDgCZbQ4A8G0OAPxtDgBIbg4AV24OAKBuDgCqbg4A+G4OAARvDgBQbw4AV28OAKg8FAC3bw4AAHAOAAxwDgBYcA4AWXAOALBwDgC6cA4ACHEOABZxDgBgcQ4AZXEOALhxDgDFcQ4AAD0UACFyDgBYPRQAdXIOAMByDgDOcg4AGHMOAClzDgBwcw4AknMOALA9FADNcw4AIHQOAM5zDgCArA4AKHQOAHh0DgB5dA4A8HgOAHt0DgD4eQ4AfXQOAOh3DgB+dA4AWHsOAH90DgDgdg4Ah3QOANB0DgCRdA4AcH4OANV0DgAodQ4ANXUOAIB1DgCNdQ4A2HUOAOR1DgAwdg4AP3YOAIh2DgCSdg4ACD4UAO52DgA4dw4AOncOAJB3DgChdw4AYD4UAOl3DgBAeA4ATHgOAJh4DgCleA4AuD4UAP54DgBIeQ4AVXkOAKB5DgC3eQ4AED8UAAF6DgC4fA4AAnoOAFB6DgBSeg4AqHoOAK56DgAAew4ACnsOAGg/FABkew4AsHsOALJ7DgAIfA4AF3wOAGB8DgBrfA4AwD8UAMd8DgAQfQ4AH30OAGh9DgB0fQ4AwH0OAMx9DgAYfg4AH34OABhAFAB8fg4AyH4OANB+DgBwQBQAOX8OAHh/DgCJfw4A0H8OANx/DgDIQBQAL4AOAICADgCIgA4A2IAOANmADgAwgQ4ANoEOAIiBDgCNgQ4A4IEOAOGBDgA4gg4ARIIOAJCCDgCWgg4A6IIOAPKCDgBAgw4AToMOAMCIDgBUgw4AmIMOAKCDDgAgQRQAAIQOAEiEDgBQhA4AoIQOAKmEDgD4hA4ArYQOALiHDgAFhQ4AUIUOAFeFDgCohQ4AtIUOAACGDgAQhg4AWIYOAGaGDgCwhg4AvYYOAAiHDgAUhw4AYIcOAGeHDgB4QRQAwYcOABCIDgAhiA4AaIgOAHmIDgDQQRQAzIgOABiJDgAbiQ4AcIkOAHiJDgDIiQ4AzYkOACCKDgAwig4AeIoOAICKDgDQig4A2YoOACiLDgDdig4A6I0OADWLDgCAiw4Ah4sOANiLDgDkiw4AMIwOAECMDgCIjA4AlowOAOCMDgDtjA4AOI0OAESNDgCQjQ4Al40OAChCFADxjQ4AQI4OAFGODgCYjg4AqY4OAIBCFAD1jg4ASI8OAFWPDgCgjw4ArI8OAPiPDgACkA4AUJAOAGSQDgCokA4AqZAOAACRDgAMkQ4AWJEOAHeRDgCwkQ4AuJEOAAiSDgANkg4AYJIOAHmSDgC4kg4A5JIOABCTDgAckw4AaJMOAHeTDgDAkw4AypMOABiUDgAglA4AcJQOAHuUDgDIlA4AypQOACCVDgAjlQ4AeJUOAICVDgDQlQ4A3ZUOACiWDgAtlg4AgJYOAIiWDgDYlg4A2pYOADCXDgA6lw4AiJcOAJKXDgDglw4A5pcOADiYDgBGmA4AkJgOAKmYDgDomA4A8ZgOAECZDgBKmQ4AmJkOAKSZDgDYQhQA/JkOAEiaDgBSmg4AoJoOAKuaDgD4mg4A/ZoOAFCbDgBXmw4AqJsOALCbDgAAnA4ALZwOADBDFABfnA4AsJwOALicDgAInQ4ANZ0OAGCdDgBlnQ4AuJ0OALmdDgAQng4AGp4OAGieDgB2ng4AwJ4OAMWeDgAYnw4AJZ8OAHCfDgCMnw4AyJ8OAOSfDgCIQxQALaAOAHigDgB8oA4A0KAOANagDgAooQ4AKqEOAIChDgCBoQ4A2KEOAPuhDgAwog4AVKIOAIiiDgC1og4A4KIOAOiiDgA4ow4APaMOAJCjDgCdow4A6KMOAPCjDgBApA4AQqQOAJikDgCgpA4A8KQOAB2lDgBIpQ4AVaUOAKClDgClpQ4A+KUOAAWmDgBQpg4AXKYOAKimDgDVpg4AAKcOAAinDgBYpw4Ac6cOALCnDgCypw4ACKgOABmoDgBgqA4AaagOALioDgDEqA4A4EMUAB2pDgBoqQ4Ag6kOAMCpDgDFqQ4AGKoOADiqDgBwqg4AfKoOAMiqDgDQqg4AOEQUAC6rDgB4qw4AgqsOANCrDgDbqw4AKKwOADCsDgDoRBQAiawOANisDgDirA4AMK0OADutDgCIrQ4AnK0OAOCtDgD1rQ4AOK4OAECuDgCQrg4Ap64OAOiuDgDtrg4AQK8OAEqvDgCYrw4AoK8OAEBFFADyrw4ASLAOAFmwDgCgsA4Ao7AOAPiwDgAEsQ4AmEUUAF6xDgCosQ4AubEOAPBFFAADsg4AWLIOAFuyDgCwsg4AvLIOAAizDgAOsw4AYLMOAGqzDgBIRhQAxbMOABC0DgAntA4AaLQOAHC0DgCgRhQAxrQOABi1DgAetQ4AcLUOAIi1DgDItQ4AyrUOACC2DgAjtg4AeLYOAHu2DgDQtg4A3LYOACi3DgAutw4AgLcOAIq3DgBQRxQA3bcOADC4DgA9uA4AqEcUAJi4DgDguA4A7LgOADi5DgA+uQ4AkLkOAJy5DgDouQ4AnrkOAODmEQD1uQ4AQLoOAE+6DgCYug4ApLoOAPC6DgD4ug4AAEgUAFC7DgCguw4AorsOAPi7DgAHvA4AULwOAFq8DgCovA4AsbwOAAC9DgACvQ4AWL0OAGm9DgCwvQ4Axb0OAAi+DgAQvg4AYL4OAKK+DgC4vg4AwL4OABC/DgAcvw4AaL8OAHu/DgDAvw4Awb8OABjADgAkwA4AcMAOAH/ADgDIwA4A0sAOACDBDgAswQ4AeMEOAH/BDgCwSBQA7MEOAAhJFAArwg4AgMIOAIjCDgDYwg4A5cIOADDDDgA1ww4AiMMOAJLDDgDgww4A6MMOADjEDgBCxA4AsMgOAEjEDgDAyg4AZcQOAJDEDgCaxA4A6MQOAKDEDgCgxg4A7sQOAEDFDgBJxQ4AmMUOAKTFDgDwxQ4AHcYOAEjGDgBkxg4AuEkUAKLGDgD4xg4ACccOAFDHDgBTxw4AqMcOALTHDgAAyA4ALcgOAFjIDgB0yA4AEEoUALbIDgAIyQ4AEckOAGDJDgBqyQ4AuMkOAMPJDgAQyg4AJMoOAGjKDgCEyg4AaEoUAMLKDgAYyw4AKcsOAHDLDgBzyw4AyMsOANzLDgAgzA4APMwOAMBKFACAzA4AGEsUAOrMDgBwSxQALc0OAIDNDgCZzQ4A2M0OAOLNDgAwzg4AMs4OAIjODgCWzg4A4M4OAO3ODgA4zw4ARM8OAJDPDgCXzw4A6M8OAPDPDgDISxQASNAOACBMFACk0A4A8NAOAA3RDgBI0Q4AUdEOAKDRDgCu0Q4A+NEOAP7RDgBQ0g4AXNIOAKjSDgCv0g4AANMOAAjTDgBY0w4AYtMOALDTDgC80w4ACNQOAAvUDgBg1A4AatQOANBMFAC91A4AENUOACvVDgBo1Q4AdNUOAMDVDgDG1Q4AGNYOABrWDgBw1g4Ah9YOAMjWDgDU1g4AINcOACjXDgCATRQAiNcOANDXDgDY1w4A2E0UADTYDgCA2A4AhtgOANjYDgDe2A4AMNkOADXZDgCI2Q4AjtkOADBOFADq2Q4AONoOAEDaDgDgThQAltoOAOjaDgDw2g4AQNsOAE3bDgCY2w4ApNsOAPDbDgDy2w4ASNwOAE7cDgCg3A4AqNwOADhPFAAF3Q4AUN0OAFfdDgCo3Q4AsN0OAADeDgAF3g4AWN4OAGjeDgCw3g4AuN4OAAjfDgAW3w4AYN8OAG3fDgC43w4Aud8OABDgDgAZ4A4AaOAOAHLgDgCQTxQAzOAOABjhDgAb4Q4AcOEOAHjhDgDI4Q4A1eEOACDiDgAl4g4AeOIOAILiDgDQ4g4A2OIOACjjDgA04w4AgOMOAJPjDgDY4w4A5uMOADDkDgAz5A4AiOQOAJLkDgDoTxQA5eQOADjlDgBE5Q4AkOUOAJPlDgDo5Q4A8OUOAEDmDgBN5g4AmOYOAJ3mDgDw5g4A+uYOAEjnDgBQ5w4AoOcOAKznDgD45w4AC+gOAFDoDgBe6A4AqOgOAKvoDgAA6Q4ACukOAEBQFABe6Q4AsOkOALzpDgAI6g4ACuoOAGDqDgBn6g4AuOoOAMzqDgAQ6w4AGOsOAGjrDgB06w4AwOsOANPrDgAY7A4AJuwOAHDsDgBz7A4AyOwOANLsDgAg7Q4AI+0OAJhQFACT7Q4A0O0OANLtDgAo7g4ANu4OAIDuDgCR7g4A2O4OANruDgAw7w4ASe8OAIjvDgCZ7w4A4O8OAOzvDgDwUBQAQfAOAJDwDgCd8A4A6PAOAPLwDgBA8Q4ATvEOAJjxDgCu8Q4A8PEOAPzxDgBI8g4AVPIOAKDyDgCz8g4A+PIOAAfzDgBQ8w4AXPMOAKjzDgCp8w4AAPQOAAr0DgBY9A4AZvQOALD0DgC19A4ACPUOABX1DgBIURQAbvUOALj1DgDO9Q4AEPYOABz2DgBo9g4Ab/YOAMD2DgDI9g4AGPcOAB33DgBw9w4AefcOAMj3DgDS9w4AIPgOACj4DgB4+A4AfPgOAND4DgDS+A4AKPkOADb5DgCA+Q4AivkOANj5DgDm+Q4AMPoOAD36DgCI+g4An/oOAOD6DgDo+g4AOPsOAEj7DgCQ+w4AlfsOAOj7DgDu+w4AQPwOAEj8DgCY/A4AnfwOAPD8DgDx/A4ASP0OAFT9DgCg/Q4Apv0OAPj9DgD6/Q4AUP4OAFr+DgCo/g4Atv4OAAD/DgAF/w4AWP8OAGX/DgBQUhQAtv8OAAgADwANAA8AYAAPAGYADwCoUhQAvQAPABABDwAdAQ8AaAEPAHUBDwDAAQ8AzAEPABgCDwAnAg8AcAIPAHoCDwDIAg8A1gIPACADDwAlAw8AeAMPAIUDDwDQAw8A2AMPALBTFAA0BA8AgAQPAJAEDwDYBA8A4QQPADAFDwAzBQ8AiAUPAJQFDwDgBQ8A5wUPAAhUFAA9Bg8AkAYPAJ0GDwDoBg8A9QYPAEAHDwBMBw8AmAcPAKcHDwDwBw8A+gcPAEgIDwBWCA8AoAgPAKUIDwD4CA8ABQkPAFAJDwBYCQ8AYFQUALQJDwAACg8AEAoPAFgKDwBhCg8AsAoPALMKDwAICw8AFAsPAGALDwBnCw8AuFQUAL0LDwAQDA8AGQwPAACbEgAdDA8AaAwPAHUMDwDADA8AzAwPABgNDwAnDQ8AcA0PAHoNDwDIDQ8A1g0PACAODwAlDg8AeA4PAIUODwDQDg8A2A4PABBVFAA0Dw8AgA8PAJAPDwDYDw8A4Q8PADAQDwAzEA8AiBAPAJQQDwDgEA8A5xAPAGhVFABPEQ8AkBEPAJYRDwDoEQ8A9BEPAEASDwBXEg8AmBIPAJoSDwDwEg8A+hIPAEgTDwBUEw8AoBMPAKwTDwD4Ew8A/hMPAFAUDwBWFA8AqBQPAK0UDwAAFQ8ABhUPAMBVFABmFQ8AsBUPAL0VDwAIFg8AHxYPAGAWDwBoFg8AuBYPALsWDwAQFw8AHBcPAGgXDwB5Fw8AwBcPAMwXDwAYGA8AJxgPAHAYDwB6GA8AyBgPANQYDwAgGQ8AJxkPAHgZDwCAGQ8A0BkPANoZDwAoGg8ANBoPAIAaDwCDGg8A2BoPAOIaDwAYVhQAShsPAHBWFACSGw8A4BsPAOIbDwA4HA8APhwPAJAcDwCaHA8A6BwPAPAcDwAgVxQAQx0PAACTEQBLHQ8AmB0PAJkdDwDwHQ8A+h0PAEgeDwBzHg8AeFcUALAeDwD4Hg8A+h4PAFAfDwBeHw8AqB8PALkfDwDQVxQABiAPAFggDwBkIA8AsCAPALIgDwAIIQ8ACyEPAGAhDwBlIQ8AuCEPAMUhDwAQIg8ALCIPAGgiDwBwIg8AgFgUAM0iDwAYIw8AMyMPAHAjDwByIw8AyCMPANkjDwAgJA8ALiQPAHgkDwB/JA8A0CQPANgkDwAoJQ8ALSUPAIAlDwCJJQ8A2CUPAOIlDwAwJg8AMSYPAIgmDwCRJg8A4CYPAOomDwA4Jw8AQCcPAJAnDwCgJw8A6CcPAO4nDwBAKA8ARSgPAJgoDwCuKA8A8CgPAPgoDwBIKQ8ASykPAKApDwBXKQ8AACsPAMApDwD4KQ8ABioPAFAqDwBRKg8A2FgUALgqDwAwWRQAESsPAFgrDwBkKw8AsCsPALIrDwAILA8AFSwPAIhZFABmLA8AuCwPANgsDwAQLQ8AGC0PAOBZFAAcLQ8AgEYPAGstDwDALQ8Ayi0PADhaFAAhLg8AcC4PAIYuDwDILg8A3i4PACAvDwAiLw8AeC8PAH4vDwDQLw8A5C8PAOhaFAA1MA8AQFsUAIcwDwDYMA8A4DAPADAxDwA6MQ8AiDEPAJQxDwDgMQ8A4zEPADgyDwBCMg8AmFsUAJkyDwDoMg8A/jIPAEAzDwBWMw8AmDMPAJozDwDwMw8A9jMPAEg0DwBcNA8ASFwUAKI0DwD4NA8AsDQPAPjpEQAYNQ8AoFwUAFc1DwCoNQ8AsDUPAAA2DwAKNg8AWDYPAGQ2DwCwNg8AszYPAAg3DwASNw8A+FwUAGk3DwC4Nw8AzjcPABA4DwAmOA8AaDgPAGo4DwDAOA8AxjgPABg5DwAsOQ8AqF0UAHI5DwDIOQ8A1jkPACA6DwAxOg8AAF4UAH86DwBYXhQA3DoPACg7DwArOw8AgDsPAIo7DwAIXxQA4TsPADA8DwBGPA8AiDwPAJ48DwDgPA8A4jwPADg9DwA+PQ8AkD0PAKQ9DwC4XxQA9D0PAEA+DwBCPg8AmD4PALg+DwAQYBQA+j4PAEg/DwBUPw8AoD8PAKM/DwD4Pw8AAkAPAGhgFABZQA8AqEAPAL5ADwAAQQ8AFkEPAFhBDwBaQQ8AsEEPALZBDwAIQg8AHEIPABhhFABkQg8AuEIPAMBCDwAQQw8AGkMPAGhDDwB0Qw8AwEMPAMNDDwAYRA8AIkQPAHBhFAB5RA8AyEQPAN5EDwAgRQ8ANkUPAHhFDwB6RQ8A0EUPANZFDwAoRg8APEYPACBiFACHRg8A2EYPAOBGDwAwRw8AOkcPAIhHDwCURw8A4EcPAONHDwA4SA8AQkgPAHhiFACZSA8A6EgPAP5IDwBASQ8AVkkPAJhJDwCaSQ8A8EkPAPZJDwBISg8AXEoPAChjFACoSg8A+EoPALxKDwAIwhQA/koPACBuEAAISw8AUEsPAAlLDwA43xAAEUsPAIDdEABSSw8AqEsPALZLDwAATA8AEUwPAIBjFABfTA8A2GMUALlMDwAYTBAAvEwPAAhNDwALTQ8AYE0PAGlNDwC4TQ8AyU0PABBODwAaTg8AaE4PAHBODwDATg8AhE4PACimEADDTg8AGE8PACFPDwBwTw8Ahk8PAMhPDwDeTw8AIFAPACJQDwB4UA8AflAPANBQDwDkUA8AMGQUAFBRDwCAUQ8AqFEPAIhkFADeUQ8AKDgQAORRDwCQUw8A5VEPAOA5EADnUQ8A2DgQAOhRDwAwUg8AMlIPAIhSDwCWUg8A4FIPAPFSDwDgZBQAQFMPADhlFACWUw8A6FMPAO5TDwBAVA8ARVQPAJhUDwCeVA8AkGUUAPxUDwBIVQ8AUFUPAEBmFACsVQ8A+FUPAAJWDwBQVg8AWVYPAKhWDwCpVg8AAFcPAAhXDwBYVw8AXVcPALBXDwDAVw8A8GYUABRYDwBgWA8AYlgPALhYDwC+WA8AEFkPABdZDwBoWQ8AbVkPAMBZDwDEWQ8AGFoPACVaDwBwWg8AeFoPAMhaDwDNWg8AIFsPADBbDwBIZxQAiVsPANBbDwDcWw8AKFwPADdcDwCAXA8AilwPANhcDwDmXA8AMF0PAD1dDwCIXQ8An10PAKBnFADjXQ8AUGgUADteDwCQXg8AP14PAJB7FACYXg8A6F4PABBfDwBAXw8AaF8PAJhfDwDAXw8AqGgUAPlfDwBIYA8ASWAPAKBgDwCvYA8A+GAPALZgDwCwYg8ACWEPAFBhDwBSYQ8AqGEPAKthDwAAYg8AA2IPAFhiDwBgYg8AsGkUALViDwAIYw8AD2MPAGBjDwBpYw8AuGMPAMljDwAQZA8AHGQPAGhkDwBwZA8ACGoUAMZkDwAYZQ8AH2UPAHBlDwB1ZQ8AyGUPAMxlDwAgZg8ALWYPAHhmDwCHZg8A0GYPAOFmDwAoZw8AKmcPAIBnDwCDZw8A2GcPANtnDwAwaA8AOGgPAGBqFACNaA8AILMPAJNoDwC4yxEAlGgPAOBoDwDjaA8AOGkPAEJpDwC4ahQAmWkPAOhpDwD3aQ8AQGoPAE9qDwCYag8ApGoPAPBqDwDzag8ASGsPAEtrDwAQaxQAo2sPAPhrDwAgbA8AaGsUAFhsDwDAaxQAsGwPABhsFAAObQ8AWG0PAGltDwCwbQ8AvG0PAAhuDwArbg8AYG4PAGNuDwC4bg8A3G4PABBvDwAYbw8AyGwUAGpvDwDAbw8Azm8PABhwDwApcA8AIG0UAHdwDwB4bRQA0HAPAChuFAAlcQ8AeHEPAIVxDwDQcQ8A03EPAChyDwAtcg8AgHIPAJFyDwDYcg8A5HIPAIBuFAA1cw8AiHMPAJlzDwDgcw8A7HMPADh0DwBSdA8AkHQPAJR0DwCgdg8Al3QPAAh5DwCadA8AaHoPAJx0DwCodw8AnnQPAJh1DwChdA8A6HQPAO10DwBAdQ8AV3UPANhuFACldQ8A8HUPAAB2DwBIdg8ATXYPADBvFACidg8A+HYPAP52DwBQdw8AXXcPAIhvFACudw8AAHgPAAZ4DwBYeA8AXXgPALB4DwC2eA8A4G8UABR5DwBgeQ8AeXkPALh5DwDBeQ8AEHoPACd6DwA4cBQAbnoPAMB6DwDCeg8AGHsPACd7DwBwew8AfHsPAJBwFADKew8AIHwPADF8DwB4fA8AhnwPANB8DwDXfA8AKH0PACp9DwCAfQ8Ain0PANh9DwDmfQ8AMH4PADV+DwCIfg8AlX4PAOB+DwDofg8AOH8PADx/DwCQfw8Akn8PAOh/DwDufw8AQIAPAE2ADwDocBQApYAPAPCADwAHgQ8ASIEPAGSBDwBAcRQArIEPAPiBDwD5gQ8AUIIPAFaCDwCogg8AtIIPAACDDwAPgw8AWIMPAFqDDwCwgw8AuoMPAAiEDwAWhA8AYIQPAGWEDwC4hA8AxYQPABCFDwAYhQ8AaIUPAGyFDwDAhQ8AwoUPABiGDwAehg8AcIYPAH2GDwCYcRQA1YYPACCHDwA3hw8AeIcPAJSHDwDwcRQA2YcPACiIDwA2iA8AgIgPAIqIDwDYiA8A5IgPADCJDwAziQ8AiIkPAKSJDwDgiQ8A6IkPAEhyFABEig8AkIoPAJOKDwDoig8A8ooPAPhyFABJiw8AmIsPAKaLDwDwiw8A+osPAEiMDwBUjA8AoIwPAKiMDwCocxQA+owPAFCNDwBejQ8AqI0PALmNDwAAdBQAB44PAFh0FABdjg8AsI4PALiODwAIjw8ADo8PAGCPDwBpjw8AuI8PAMWPDwAIdRQAFZAPAGiQDwAckA8AIJIPAHGQDwDAkA8AypAPABiRDwAgkQ8AcJEPALeRDwDIkQ8A0JEPAGB1FAAmkg8AeJIPAH6SDwDQkg8A2JIPACiTDwBvkw8AgJMPAIiTDwC4dRQA4JMPABB2FAA5lA8AiJQPAJaUDwDglA8A6pQPADiVDwBElQ8AkJUPAJOVDwDolQ8A8JUPAMB2FABMlg8AmJYPAJuWDwDwlg8A+pYPABh3FABQlw8AcHcUAKyXDwD4lw8A+5cPAMh3FACZmA8AqJgPAPGYDwAgeBQAEJkPAFiZDwBamQ8AsJkPAL6ZDwAImg8AGZoPAHh4FAB8mg8AuJoPAMCaDwDQeBQAGJsPACh5FABumw8A2BcQAHubDwDAmw8Az5sPABicDwAknA8AcJwPAHGcDwDInA8A0pwPACCdDwAunQ8AeJ0PAH2dDwDQnQ8A3Z0PAIB5FAA2ng8AgJ4PAI2eDwDYng8A4J4PANh5FAA8nw8AiJ8PALSfDwDgnw8A7J8PADigDwBHoA8AkKAPAJqgDwDooA8A9qAPAEChDwBFoQ8AmKEPAKWhDwDwoQ8A+KEPAEiiDwBWog8AoKIPAK2iDwD4og8AAKMPADB6FABSow8AINwQAF6jDwCoow8AsqMPAACkDwAMpA8AWKQPAF+kDwCwpA8AuKQPAAilDwAMpQ8AYKUPAG6lDwC4pQ8AwqUPABCmDwAbpg8AaKYPAHCmDwDApg8AwqYPABinDwAgpw8AcKcPAH2nDwDIpw8AzacPACCoDwAtqA8AeKgPAJaoDwDQqA8AAakPACipDwA0qQ8AgKkPAIapDwDYqQ8A3akPADCqDwA4qg8AiKoPAJSqDwDgqg8A86oPADirDwBGqw8AkKsPAJqrDwDoqw8A8KsPAECsDwBPrA8AmKwPAJ2sDwDwrA8A96wPAEitDwBUrQ8AoK0PALytDwD4rQ8AAK4PAIh6FABSrg8AqK4PALauDwAArw8ADa8PAFivDwBmrw8AsK8PAL2vDwAIsA8AH7APAGCwDwBosA8AuLAPAMawDwAQsQ8AHbEPAGixDwBwsQ8AOHsUAM6xDwAYsg8AGbIPAOh7FAB8sg8AyLIPAM+yDwBAfBQAJ7MPAHizDwB9sw8AmHwUANizDwDwfBQAMLQPAIC0DwBntA8AgGkSAIG0DwBQERAAg7QPAGATEACJtA8A2LQPAIq0DwDwDxAAkLQPAFgSEACetA8AUAASAOW0DwAwtQ8AO7UPAIi1DwCKtQ8A4LUPAO21DwA4tg8AP7YPAJC2DwChtg8A6LYPAPS2DwBAtw8AR7cPAJi3DwCgtw8ASH0UAPa3DwBIuA8ATrgPAKC4DwCluA8A+LgPAP64DwCgfRQAXLkPAKi5DwCyuQ8AALoPAAS6DwBYug8AZLoPALC6DwC8ug8ACLsPABW7DwBguw8AaLsPALi7DwDCuw8AELwPABy8DwBovA8Aa7wPAMC8DwDKvA8AUH4UABq9DwBwvQ8Ac70PAMi9DwDLvQ8AAH8UACi+DwBYfxQAhr4PANC+DwDRvg8AsH8UADC/DwAIgBQAhb8PANi/DwDfvw8AMMAPADXADwBggBQAkMAPALiAFADowA8AOMEPAELBDwCQwQ8Am8EPAOjBDwD2wQ8AQMIPAEPCDwCYwg8AoMIPAPDCDwD6wg8ASMMPAFTDDwCgww8Ao8MPAPjDDwACxA8AEIEUAF7EDwCoxA8AvsQPAADFDwAMxQ8AWMUPAF/FDwCwxQ8AuMUPAAjGDwANxg8AYMYPAGnGDwC4xg8AwsYPABDHDwAYxw8AaMcPAGrHDwDAxw8A0McPABjIDwAiyA8AcMgPAHzIDwDIyA8AzsgPACDJDwAoyQ8AwIEUAIbJDwDQyQ8A0ckPABiCFAAtyg8AcIIUAILKDwDYyg8A2coPADDLDwAzyw8AiMsPAJPLDwDgyw8A5csPADjMDwBCzA8AyIIUALTMDwDozA8A8MwPACCDFABCzQ8AmM0PAKnNDwDwzQ8AAc4PAEjODwBLzg8AeIMUAKbODwD4zg8A/c4PAFDPDwBTzw8AqM8PAKvPDwAA0A8ACNAPANCDFABm0A8AsNAPALPQDwAI0Q8AE9EPAGDRDwBs0Q8AuNEPAL/RDwAQ0g8AGNIPAGjSDwBy0g8AKMcQAHbSDwDA0g8AzdIPABjTDwAg0w8AKIQUAHzTDwDI0w8Ay9MPACDUDwAq1A8AeNQPAIDUDwCAhBQA3NQPACjVDwAu1Q8AgNUPAIrVDwDY1Q8A7NUPADDWDwA41g8A2IQUAJXWDwDg1g8A6NYPADjXDwA71w8AkNcPAJzXDwDo1w8A8tcPAEDYDwBJ2A8AmNgPAJnYDwDw2A8ACNkPAEjZDwBK2Q8AoNkPALHZDwD42Q8ACdoPAFDaDwBY2g8AqNoPALfaDwAA2w8AAtsPAFjbDwBp2w8AsNsPAMHbDwAI3A8AIdwPAGDcDwBi3A8AuNwPAMfcDwAQ3Q8AMN0PAIiFFABq3Q8AwN0PAODdDwAY3g8ALN4PAOiGFAB43g8AyN4PANXeDwAg3w8AJd8PAHjfDwCC3w8A0N8PANjfDwAo4A8ALuAPAIDgDwCJ4A8A2OAPAOXgDwBAhxQAPOEPAIjhDwCO4Q8A4OEPAObhDwA44g8AQeIPAJDiDwCR4g8A6OIPAPLiDwBA4w8ATOMPAJjjDwCf4w8AmIcUAPjjDwDwhxQAUOQPAEiIFACq5A8A+OQPAADlDwBQ5Q8AX+UPAKjlDwC55Q8AAOYPAALmDwBY5g8AW+YPALDmDwCz5g8ACOcPADDnDwBg5w8AcucPALjnDwDE5w8AEOgPABboDwBo6A8AbugPAMDoDwDF6A8AGOkPAB7pDwCgiBQAkukPAPiIFADU6Q8AIOoPADDqDwB46g8AfeoPANDqDwDW6g8AKOsPADTrDwCA6w8AiOsPAFCJFADp6w8AMOwPAEHsDwCI7A8AmuwPAODsDwDo7A8AOO0PAEPtDwCQ7Q8Ale0PAOjtDwDt7Q8AQO4PAGDuDwCoiRQAqO4PAPDuDwD67g8ASO8PAFTvDwCg7w8Apu8PAPjvDwAA8A8AUPAPAFLwDwCo8A8AXPAPAID2DwC58A8AAPEPABHxDwBY8Q8AavEPALDxDwC48Q8ACPIPABPyDwBg8g8AZfIPALjyDwC98g8AEPMPADDzDwAAihQAavMPAMDzDwDP8w8AGPQPACP0DwBw9A8AgvQPAMj0DwDQ9A8AIPUPACv1DwB49Q8AffUPAND1DwDV9Q8AKPYPAEj2DwBYihQAgvYPANj2DwDn9g8AMPcPADv3DwCI9w8AmvcPAOD3DwDo9w8AOPgPAEP4DwCQ+A8AlfgPAOj4DwDt+A8AQPkPAGD5DwCwihQApfkPAPD5DwAH+g8ACIsUAFX6DwCg+g8At/oPAGCLFAAF+w8AUPsPAFf7DwCo+w8AtvsPAAD8DwAN/A8AWPwPAG/8DwC4ixQAuPwPABCMFAAK/Q8AYP0PAG79DwC4/Q8Ayf0PAGiMFAAd/g8AaP4PAH/+DwDAjBQAyv4PABj/DwAk/w8AcP8PAHP/DwDI/w8A0v8PABiNFAA8ABAAcI0UAIAAEADIjRQAjQAQAHChEQDYABAAKAEQACkBEADwBBAAKwEQAOACEAAvARAAKAwQADIBEACAARAANwEQAAAHEAA4ARAA+AUQAIUBEAB4CxAAjAEQANgBEADbARAAMAIQADoCEAAgjhQAkAIQAHiOFADpAhAAOAMQAAADEAAYChAARgMQAJADEACaAxAA6AMQAPQDEABABBAAQwQQAJgEEACgBBAA0I4UAPIEEABIBRAASwUQAKAFEACjBRAAKI8UAPoFEABQBhAAXgYQAKgGEAC5BhAA2I8UAAIHEABYBxAAZQcQALAHEAC/BxAACAgQABQIEABgCBAAcQgQALgIEADJCBAAEAkQABwJEABoCRAAbwkQAMAJEADICRAAiJAUACYKEABwChAAcQoQAOCQFADUChAAIAsQACcLEAA4kRQAfwsQANALEADVCxAA6JEUADEMEACADBAAhgwQANgMEADaDBAAMA0QADoNEACIDRAAlg0QAOANEADlDRAAOA4QAEUOEACQDhAAqA4QAOgOEAD+DhAAQA8QAEMPEACYDxAAoA8QAJiSFAD8DxAASBAQAEsQEACgEBAAqhAQAPCSFAAAERAASJMUAFIREACoERAAqxEQAAASEAADEhAAoJMUAFoSEACwEhAAvhIQAAgTEAAZExAAUJQUAGkTEAC4ExAAxhMQABAUEADRExAAYC4SABoUEABoFBAAdBQQAMAUEADDFBAAGBUQACAVEAAAlRQAihUQAMgVEADiFRAAWJUUACUWEABAGhAALhYQAPAaEAAwFhAAeBYQAHoWEADQFhAA3hYQACgXEAA5FxAAsJUUAIcXEAAIlhQA3hcQADAYEAA1GBAAiBgQAI4YEABglhQA5hgQADgZEAA9GRAAkBkQAKYZEADoGRAA8BkQABCXFABgGhAAmBoQAKAaEABolxQABxsQAEgbEABVGxAAoBsQAKUbEAD4GxAA/hsQAFAcEABcHBAAqBwQAK8cEAAAHRAACB0QAFgdEAB7HRAAGJgUAL0dEAAIHhAAFx4QAGAeEABiHhAAuB4QAMEeEAAQHxAAJx8QAGgfEABzHxAAwB8QAMofEAAYIBAAICAQAMiYFAB2IBAAyCAQAM4gEAAgIRAAJSEQAHghEAB+IRAAIJkUAPIhEAAoIhAAMCIQANCZFACJIhAA2CIQANkiEAAwIxAAOCMQAIgjEACTIxAA4CMQAOUjEAA4JBAAPSQQAJAkEACwJBAAKJoUAO4kEABAJRAARyUQAJglEACdJRAA8CUQAPQlEABIJhAAVSYQAKAmEACoJhAA+CYQAAMnEABQJxAAVScQAKgnEACtJxAAACgQACAoEACAmhQAZygQALAoEAC7KBAACCkQABApEABgKRAAYykQALgpEABqKRAA0CwQAMQpEAAQKhAAGioQAGgqEABxKhAAwCoQAMEqEAAYKxAAICsQAHArEAB7KxAAyCsQAM0rEAAgLBAAJSwQAHgsEACYLBAA2JoUANwsEAAoLRAAKi0QAIAtEACGLRAA2C0QAN8tEAAwLhAANS4QAIguEACMLhAA4C4QAO0uEAA4LxAAQC8QAJAvEACbLxAA6C8QAO0vEABAMBAARTAQAJgwEAC4MBAAMJsUAPgwEACImxQAUjEQAKAxEACpMRAA+DEQAP4xEABQMhAAXDIQAKgyEADGMhAAADMQAAEzEABYMxAAWjMQALAzEAC9MxAACDQQABY0EABgNBAAbzQQALg0EADUNBAAEDUQABg1EAA4nBQAezUQAMA1EADBNRAAGDYQACQ2EABwNhAAfzYQAMg2EADSNhAAIDcQACw3EAB4NxAAfzcQAJCcFADYNxAA6JwUADE4EACAOBAAjTgQAECdFADdOBAAMDkQAD05EACIORAAkjkQAJidFADiORAAODoQAE46EACQOhAAnDoQAPCdFADwOhAAKM8RAAY7EABAOxAASDsQAAjDEABeOxAAmDsQAKA7EADwOxAAujsQAPDzEQDxOxAAqD0QAPM7EAAIPxAA/DsQAEj0EQAAPBAASDwQAEo8EACgPBAArjwQAPg8EAAJPRAASJ4UAFg9EACgnhQAqj0QAAA+EAADPhAAWD4QAFs+EAD4nhQAuD4QAFCfFAASPxAAyJkQACg/EABgPxAAbj8QALg/EAC5PxAAqJ8UABhAEAAAoBQAi0AQAFigFADNQBAAGEEQACZBEABwQRAAekEQAMhBEADQQRAAIEIQACFCEABIRxAAO0IQAOBEEABMQhAAeEIQAIFCEADQQhAA0UIQAChDEAA2QxAAgEMQAIpDEADYQxAA5EMQADBEEAA2RBAAiEQQAKREEACwoBQA7EQQANgfEQDuRBAAOEUQAEVFEACQRRAAmkUQAOhFEADqRRAAQEYQAFdGEACYRhAApEYQAPBGEAAMRxAACKEUAFlHEACgRxAAokcQAPhHEAACSBAAUEgQAGBIEACoSBAArUgQAABJEAAGSRAAWEkQAG5JEACwSRAAuEkQAAhKEAALShAAYEoQAGlKEAC4ShAAxkoQABBLEAAaSxAAaEsQAHRLEADASxAA3EsQAGChFAAlTBAAcEwQAHhMEADITBAAy0wQACixEADYTBAAIE0QACJNEAAgsBAALk0QAHhNEACFTRAA0E0QAN5NEAAoThAAK04QAIBOEACLThAA2E4QAOROEAAwTxAAN08QAIhPEACQTxAA4E8QAOJPEAA4UBAASFAQAJBQEACaUBAA6FAQAPRQEABAURAARlEQAJhREACgURAAuKEUAPJREABIUhAAVlIQAKBSEACtUhAA+FIQAARTEABQUxAAVlMQAKhTEACrUxAAAFQQAAhUEABYVBAAWlQQAIBZEABbVBAAEFYQAGhUEACwVBAAslQQAFBeEAC1VBAACFUQABFVEABgVRAAbVUQALhVEAC/VRAAEKIUABlWEACQWxAAGlYQAMhXEAAwVhAAaFYQAHZWEADAVhAAwVYQAGiiFAAkVxAAcFcQAHdXEADAohQAylcQACBYEAAmWBAAeFgQAIJYEADQWBAA3FgQAChZEAAvWRAAGKMUAJlZEADYWRAA3VkQADBaEAA2WhAAiFoQAJJaEADgWhAA7FoQADhbEAA/WxAAcKMUAJ9bEADoWxAA91sQAEBcEABMXBAAmFwQAJtcEADwXBAA81wQAEhdEABYXRAAoF0QAKldEAD4XRAACV4QAMijFABeXhAAqF4QALleEAAgpBQAB18QAHikFABgXxAAsF8QALJfEADYZBAAs18QAGhhEADAXxAACGAQAApgEACoaRAADWAQAGBgEABpYBAAuGAQAMVgEAAQYRAAF2EQANCkFABxYRAA6GYQAHJhEAAgYxAAiGEQAMBhEADOYRAAGGIQABliEAAopRQAfGIQAMhiEADPYhAAgKUUACJjEAB4YxAAfmMQANBjEADaYxAAKGQQADRkEACAZBAAh2QQANilFADxZBAAMGUQADVlEACIZRAAjmUQAOBlEADqZRAAOGYQAERmEACQZhAAl2YQADCmFAD3ZhAAQGcQAE9nEACYZxAApGcQAPBnEADzZxAASGgQAEtoEACgaBAAsGgQAPhoEAABaRAAUGkQAGFpEACIphQAtmkQAABqEAARahAA4KYUAF9qEAA4pxQAuGoQAAhrEAAxaxAAYGsQAGhrEAC4axAAyGsQABBsEAASbBAAaGwQAHZsEADAbBAA0WwQAJCnFAAebRAAcG0QAHxtEADopxQA9m0QAJioFAApbhAAeG4QAIVuEADQbhAA7G4QAChvEAAwbxAA8KgUAJFvEADYbxAA2m8QADBwEAAxcBAAiHAQAItwEADgcBAA7HAQADhxEAA/cRAAkHEQAKxxEADocRAA8HEQAEipFABNchAAmHIQAKhyEADwchAA9XIQAEhzEABzcxAAoKkUAKZzEAD4qRQAAHQQAFB0EABRdBAA8H0QAFZ0EAAAhRIAWnQQAKh0EABcdBAAIHkQAGB0EABodxAAbnQQAGCBEACtdBAAGH0SALN0EADwdxIAtHQQAAB1EAADdRAAWHUQAGJ1EABQqhQAuHUQAAh2EAAOdhAAYHYQAGl2EAC4dhAAxXYQABB3EAAsdxAAqKoUAGp3EADAdxAAbXcQAMiIEgDOdxAAGHgQACl4EAAAqxQAdngQAMh4EADUeBAAWKsUACZ5EAB4eRAAfnkQANB5EADVeRAAKHoQAC56EABgrBQAh3oQAGitFADdehAAMHsQADh7EACIexAAlHsQAOB7EADzexAAOHwQAER8EACQfBAAn3wQAOh8EADxfBAAQH0QAEp9EACYfRAApH0QABiuFAABfhAASH4QAFR+EACgfhAAon4QAPh+EAD7fhAAUH8QAFx/EACofxAAsH8QAHCuFAAMgBAAWIAQAGiAEACwgBAAvIAQAAiBEAAOgRAAyK4UAIKBEAC4gRAAwIEQABCCEAA6ghAAaIIQAHOCEADAghAAzIIQABiDEAApgxAAcIMQAHGDEAAgrxQAzoMQACCEEAAthBAAeK8UAIWEEADQhBAA54QQACiFEABThRAAgIUQAIiFEADYhRAA4oUQADCGEAA8hhAAiIYQAIuGEADghhAA6oYQANCvFABAhxAAkIcQAJaHEADohxAA8YcQAECIEABNiBAAmIgQALSIEAAosBQA8ogQAEiJEAD3iBAACJcQAFWJEACgiRAAp4kQAPiJEAD6iRAAUIoQAFaKEACoihAAr4oQAACLEAAYixAAWIsQAF2LEACwixAAZIsQAGCMEAC5ixAACIwQABKMEACAsBQAZowQALiMEAC+jBAAEI0QABWNEABojRAAbo0QANiwFADBjRAAGI4QACmOEABwjhAAfI4QAMiOEADSjhAAII8QACyPEAB4jxAAf48QADCxFADSjxAAKJAQANuPEAAolRIAK5AQAICQEACgkBAA2JAQAOCQEACIsRQAQZEQAIiREACPkRAA4JEQAOiREAA4khAAO5IQAPCTEABIkhAAkJIQAJKSEADokhAA9pIQAECTEABRkxAA4LEUAJ+TEAA4shQA+ZMQAEiUEABXlBAAoJQQAK+UEAD4lBAABJUQAFCVEABTlRAAqJUQAKuVEAAAlhAAEJYQAFiWEABhlhAAsJYQAMGWEACQshQADZcQAGCXEABplxAAuJcQAMKXEAAQmBAAGJgQAGiYEACGmBAAwJgQAN6YEAAYmRAANpkQAHCZEACOmRAA6LIUAM+ZEAAgmhAAJZoQAHiaEAAsmhAAgJsQAIGaEADQmhAA2poQACibEABEmxAAQLMUAIabEADYmxAA3psQADCcEABMnBAAmLMUALKcEABItBQACp0QAKC0FAA/nRAAkJ0QAJ6dEADonRAA750QAECeEABNnhAAmJ4QALeeEADwnhAA+p4QAEifEABQnxAAoJ8QAKyfEAD4nxAAC6AQAFCgEABeoBAAqKAQALKgEAAAoRAACKEQAFihEABboRAAsKEQALmhEAAIohAAF6IQAGCiEABvohAAuKIQAMSiEAAQoxAAE6MQAGijEABroxAAwKMQANCjEAAYpBAAIaQQAHCkEACBpBAAyKQQANmkEAAgpRAANKUQAHilEACUpRAA0KUQANilEABQtRQAMKYQAFi2FACWphAA2KYQANqmEAAwpxAANqcQAIinEACcpxAA4KcQAOinEAA4qBAAYqgQALC2FACZqBAA6KgQAPWoEABAqRAATqkQAJipEACiqRAA8KkQAAqqEABIqhAAVaoQAKCqEACsqhAA+KoQAAKrEABQqxAAWKsQAAi3FACvqxAAAKwQAAisEABgtxQALqwQAGi4FABkrBAAsKwQALesEAAIrRAAEK0QALi3FAAkrRAA2MYUAGKtEAC4rRAAya0QABCuEAAYrhAAaK4QAHKuEADArhAAzK4QABivEAAbrxAAcK8QAHqvEADAuBQA5K8QABi5FAAusBAAeLAQAImwEABwuRQA17AQAMi5FAAxsRAAgLEQAI+xEADYsRAA57EQADCyEAA8shAAiLIQAIuyEADgshAA47IQADizEABIsxAAkLMQAJmzEADosxAA+bMQACC6FABCtBAAmLQQAEy0EABItRAAm7QQAPC0EAD4tBAAeLoUAE61EACgtRAArLUQAPi1EAAAthAA0LoUAFy2EACothAAq7YQAAC3EAAKtxAAKLsUAF23EACwtxAAxrcQAAi4EAAJuBAAYLgQAHG4EAC4uBAAxLgQABC5EAAauRAAaLkQAHS5EACAuxQAzLkQABi6EAAbuhAAcLoQAHq6EAAwvBQAy7oQACC7EAAjuxAAeLsQAIS7EADQuxAA1rsQACi8EAAyvBAAiLwUAIW8EADYvBAA5bwQAOC8FABMvRAAiL0QAJC9EAA4vRQA6L0QAJC9FABAvhAA6L0UAJO+EADovhAAp74QAGjtEQAIvxAAQL8QAFS/EABAvhQAmb8QAPC/EAD2vxAASMAQAFTAEACgwBAAr8AQAPjAEAD6wBAAUMEQAFrBEACowRAAtMEQAADCEAAHwhAAmL4UAGTCEADwvhQAuMIQAEi/FAALwxAAGMUQABjDEABgwxAAYsMQALjDEADGwxAAEMQQACHEEABgwhQAb8QQALjCFADIxBAAEMMUADjFEABwxRAAfsUQAMjFEADJxRAAaMMUACzGEAB4xhAAf8YQAMDDFADzxhAA0MUUADTHEACAxxAAg8cQANjHEADixxAAKMYUADjIEACIyBAAlsgQAODIEADtyBAAOMkQAEDJEACAxhQAk8kQAOjJEAD0yRAAQMoQAEbKEACYyhAAosoQADDHFAD1yhAASMsQAFXLEACIxxQAtcsQAPjLEAAAzBAA4McUAFLMEACozBAAtswQAADNEAARzRAAOMgUAF7NEACwzRAAvM0QAJDIFAAOzhAAYM4QAGbOEAC4zhAAvc4QABDPEAAWzxAAQMkUAHDPEADAzxAAzM8QABjQEAAe0BAAcNAQAHbQEADI0BAAzdAQACDREAAm0RAAqMsUAIfREADQ0RAA39EQACjSEAAx0hAAgNIQAIbSEADY0hAA3tIQADDTEAA80xAAiNMQAI/TEADg0xAA6NMQAFjMFABC1BAAkNQQAJvUEADo1BAA9NQQAEDVEABG1RAAmNUQAKDVEADw1RAA/NUQAEjWEABO1hAAoNYQAKbWEAD41hAA/dYQAFDXEABW1xAAsMwUAK/XEAAA2BAADtgQAFjYEABl2BAAsNgQAMfYEAAI2RAAJNkQAGDZEABo2RAACM0UAMvZEAAQ2hAAEtoQAGjaEAB+2hAAwNoQAMHaEAAY2xAAKdsQAHDbEAB82xAAYM0UAOTbEAC4zRQANtwQAHjcEAB53BAA0NwQAOHcEAAo3RAANN0QABDOFACF3RAA2N0QAN7dEAAw3hAAUN4QAIjeEACU3hAA4N4QAOfeEABozhQARN8QAJDfEACS3xAA6N8QAAjgEADAzhQAR+AQABjPFACe4BAA8OAQAPXgEABI4RAATuEQAHDPFACo4RAAINAUAADiEAB40BQAWOIQANDQFACw4hAA2NEUAALjEABY4xAAZuMQALDjEADB4xAAMNIUAA/kEACI0hQAg+QQAJDTFAC95BAAEOUQACDlEABo5RAAcOUQAMDlEADK5RAAGOYQACTmEABw5hAAc+YQAMjmEADS5hAAQNQUACXnEAA46hAALucQAHjnEACI5xAA0OcQAODnEAAo6BAAUOgQAIDoEACo6BAA2OgQAADpEADw1BQAPOkQAIjpEACK6RAA4OkQAADqEAAA1xQAReoQAJDqEACc6hAA6OoQABDrEABA6xAAaOsQAJjrEADA6xAAWNcUAPPrEABI7BAAVOwQAKDsEACx7BAA+OwQAATtEABQ7RAAX+0QAKjtEACy7RAAAO4QAAzuEABY7hAAX+4QAGjZFACx7hAAaPAQAMDuEAAI7xAACu8QAGDvEABu7xAAuO8QAMnvEADA2RQAF/AQABjaFABq8BAAwPAQAMPwEAAY8RAAG/EQAHDaFAB38RAAyNoUANzxEAAg8hAAKvIQAHjyEACE8hAA0PIQANPyEAAo8xAAMvMQAIDzEACa8xAA2PMQAN3zEAAw9BAAOfQQAIj0EACS9BAA4PQQAO/0EAA49RAAPfUQAJD1EACm9RAA6PUQAPT1EABA9hAAQ/YQAJj2EACy9hAA8PYQAPz2EABI9xAAW/cQAKD3EACu9xAA+PcQAAL4EAAg2xQAVvgQAKj4EACx+BAAAPkQAAH5EABY+RAAYvkQALD5EAC8+RAACPoQAA/6EAB42xQAZfoQALj6EAC6+hAAEPsQABb7EABo+xAAb/sQAMD7EADO+xAAGPwQACX8EABw/BAAevwQAMj8EADU/BAAIP0QACb9EAB4/RAAfv0QAND9EADZ/RAAKP4QACn+EACA/hAAiv4QANDbFADZ/hAAMP8QADH/EACI/xAAlv8QAOD/EADt/xAAOAARAE8AEQCQABEAmAARAOgAEQDqABEAQAERAFABEQCYAREAogERAPABEQD8AREASAIRAE4CEQCgAhEAqAIRACjcFAAAAxEAgNwUAFgDEQDY3BQAywMRADDdFAAMBBEAWAQRAFsEEQCwBBEAugQRAAgFEQAQBREAkN4UAG4FEQC4BREAvwURABAGEQAYBhEAaAYRAHUGEQDABhEAxQYRABgHEQAiBxEAcAcRAHgHEQDIBxEA2AcRACAIEQAuCBEAeAgRAIUIEQDQCBEA3ggRACgJEQArCREAgAkRAIsJEQDYCREA4AkRADAKEQBJChEAiAoRAJQKEQDgChEA8AoRADgLEQA9CxEAkAsRAJYLEQDoCxEA9AsRAEAMEQBIDBEA6N4UAKIMEQDwDBEA8wwRAEgNEQBQDREAoA0RAKENEQD4DREA+g0RAFAOEQBWDhEAqA4RALQOEQAADxEADQ8RAFgPEQBiDxEAsA8RALgPEQAIEBEAChARAGAQEQBtEBEAuBARAL8QEQAQEREAGBERAGgREQBsEREAwBERAMIREQAYEhEAGxIRAHASEQB4EhEAyBIRANcSEQAgExEAIhMRAHgTEQCFExEA0BMRAN8TEQAoFBEANBQRAIAUEQCRFBEA2BQRAOkUEQAwFREAPBURAIgVEQCPFREA4BURAP8VEQBA3xQATBYRAJAWEQCRFhEA6BYRAPQWEQBAFxEAXBcRAJgXEQCgFxEAmN8UAPgXEQBI4BQAVBgRAKAYEQCmGBEA+BgRAP4YEQBQGREAaBkRAKgZEQCyGREAABoRAAwaEQBYGhEAWxoRALAaEQC6GhEACBsRACAbEQBgGxEAcBsRALgbEQC6GxEAEBwRAB4cEQBoHBEAeRwRAKDgFADGHBEAGB0RACQdEQD44BQAfB0RAMgdEQDLHREAIB4RACoeEQCo4RQAeh4RANAeEQDeHhEAKB8RADkfEQBY4hQAhx8RALDiFADeHxEAMCARADMgEQCIIBEAliARAOAgEQDlIBEAOCERAEUhEQCQIREAmCERAAjjFADqIREAQCIRAE0iEQCYIhEApyIRAPAiEQD2IhEASCMRAFQjEQCgIxEAoiMRAPgjEQACJBEAUCQRAF4kEQCoJBEArSQRAAAlEQANJREAWCURAGQlEQCwJREAwyURAAgmEQAXJhEAYCYRAGwmEQC4JhEAuSYRABAnEQAaJxEAaCcRAHYnEQDAJxEAxScRABgoEQAlKBEAYOMUAHooEQDIKBEA1igRACApEQAjKREAeCkRAIgpEQDQKREA3ikRACgqEQA0KhEAgCoRAIcqEQDYKhEA3yoRADArEQA8KxEAiCsRAIkrEQDgKxEA7CsRADgsEQBFLBEAkCwRAJcsEQDoLBEA9CwRAEAtEQBNLREAmC0RAKctEQDwLREABC4RAEguEQBULhEAoC4RALMuEQD4LhEABy8RAFAvEQBcLxEAqC8RAKkvEQAAMBEACjARAFgwEQBmMBEAsDARALUwEQAIMREAFTERALjjFABhMREAuDERAMkxEQAQMhEAHjIRAGgyEQB3MhEAwDIRAMIyEQAYMxEAIjMRAHAzEQB+MxEAyDMRAM0zEQAgNBEALTQRAHg0EQCHNBEA0DQRANU0EQAoNREANTURAIA1EQCKNREA2DURAOQ1EQAwNhEAQzYRAIg2EQCSNhEA4DYRAOw2EQA4NxEASzcRAJA3EQCfNxEA6DcRAPQ3EQBAOBEAQTgRAJg4EQCiOBEA8DgRAP44EQBIOREATTkRAKA5EQCtOREAEOQUAP05EQBQOhEAXToRAKg6EQCyOhEAADsRAAY7EQBYOxEAWjsRALA7EQC9OxEACDwRAAs8EQBgPBEAbjwRALg8EQDEPBEAED0RAB09EQBoPREAcj0RAMA9EQDPPREAGD4RAB0+EQBwPhEAfT4RAMg+EQDVPhEAID8RACw/EQB4PxEAhz8RANA/EQDaPxEAKEARADZAEQCAQBEAhUARANhAEQDlQBEAMEERADxBEQCIQREAm0ERAOBBEQDvQREAOEIRAERCEQCQQhEAkUIRAOhCEQDyQhEAQEMRAE5DEQCYQxEAnUMRAPBDEQD9QxEAaOQUAFtEEQCgRBEAr0QRAPhEEQAERREAUEURAFFFEQCoRREAskURAABGEQAORhEAWEYRAF1GEQCwRhEAvUYRAMDkFAAbRxEAYEcRAG9HEQC4RxEAxEcRABBIEQARSBEAaEgRAHJIEQDASBEAzkgRABhJEQAdSREAcEkRAH1JEQAY5RQAykkRACBKEQAuShEAeEoRAIVKEQDQShEA3EoRAChLEQAuSxEAgEsRAJFLEQDYSxEA2ksRADBMEQA5TBEAiEwRAJVMEQDgTBEA70wRADhNEQBDTREAkE0RAJxNEQDoTREA+00RAEBOEQBPThEAmE4RAKROEQDwThEA8U4RAEhPEQBSTxEAoE8RAK5PEQD4TxEA/U8RAFBQEQBdUBEAcOUUALVQEQAAUREADlERAFhREQBiUREAsFERAL5REQAIUhEAClIRAGBSEQBxUhEAuFIRAMZSEQAQUxEAQVMRAGhTEQBqUxEAwFMRAMpTEQAYVBEAJlQRAHBUEQB1VBEAyFQRANVUEQAgVREALFURAHhVEQCLVREA0FURAN9VEQAoVhEANFYRAIBWEQCBVhEA2FYRAOJWEQAwVxEAPlcRAIhXEQCNVxEA4FcRAO1XEQDI5RQAOlgRAJBYEQCSWBEA6FgRAPdYEQBAWREAT1kRAJhZEQCkWREA8FkRAPNZEQBIWhEAS1oRAKBaEQCmWhEA+FoRAARbEQBQWxEAU1sRAKhbEQCtWxEAAFwRAAlcEQBYXBEAXlwRALBcEQC/XBEACF0RABRdEQBgXREAcF0RALhdEQC6XREAEF4RAB5eEQBoXhEAeV4RACDmFADGXhEAGF8RACRfEQB45hQAg18RAMhfEQDXXxEAIGARACxgEQB4YBEAeWARANBgEQDaYBEAKGERADZhEQCAYREAhWERANhhEQDlYREA0OYUADxiEQCIYhEAkmIRAOBiEQAMYxEAOGMRAD9jEQCQYxEAqWMRAOhjEQD3YxEAQGQRAE9kEQCYZBEAnWQRAPBkEQD9ZBEASGURAFVlEQCgZREArGURAPhlEQAHZhEAUGYRAFpmEQCoZhEAtmYRAABnEQAFZxEAWGcRAGVnEQCwZxEAvGcRAAhoEQAbaBEAYGgRAG9oEQC4aBEAxGgRABBpEQARaREAaGkRAHJpEQDAaREAzmkRABhqEQAdahEAcGoRAH1qEQAo5xQA2WoRACBrEQAxaxEAeGsRAIRrEQDQaxEA52sRAChsEQAqbBEAgGwRAJFsEQDYbBEA22wRADBtEQA6bREAiG0RAIptEQDgbREA6m0RADhuEQBEbhEAkG4RAJxuEQDobhEA+24RAEBvEQBPbxEAmG8RAKRvEQDwbxEA8W8RAEhwEQBScBEAoHARAK5wEQD4cBEA/XARAFBxEQBdcREAgOcUAKpxEQAAchEACnIRAFhyEQBgchEA2OcUAMNyEQAIcxEAFHMRAGBzEQBvcxEAuHMRAMFzEQAQdBEAGnQRAGh0EQB2dBEAwHQRAMV0EQAYdREAJXURAHB1EQB8dREAyHURANt1EQAgdhEAL3YRAHh2EQCEdhEA0HYRANF2EQAodxEAMncRAIB3EQCOdxEA2HcRAN13EQAweBEAPXgRADDoFACKeBEA4HgRAOp4EQA4eREAQHkRAIjoFACVeREA6HkRAP55EQBAehEAQXoRAJh6EQCpehEA8HoRAPx6EQBIexEAUnsRAKB7EQCuexEA+HsRAP17EQBQfBEAXXwRAKh8EQC0fBEAAH0RABN9EQBYfREAZ30RALB9EQC8fREACH4RAAl+EQBgfhEAan4RALh+EQDGfhEAEH8RABV/EQBofxEAdX8RAODoFADCfxEAGIARACKAEQBwgBEAeIARADjpFADegBEAIIERACyBEQB4gREAfYERANCBEQDZgREAKIIRADKCEQCAghEAjIIRANiCEQDrghEAMIMRAD+DEQCIgxEAlIMRAOCDEQDhgxEAOIQRAEKEEQCQhBEAnoQRAOiEEQDthBEAQIURAE2FEQCQ6RQAmoURAPCFEQD6hREASIYRAFCGEQDo6RQArYYRAPiGEQAHhxEAUIcRAFuHEQCohxEAtIcRAACIEQAPiBEAWIgRAHiIEQCwiBEAvIgRAAiJEQAPiREAYIkRAG6JEQC4iREAvYkRABCKEQAcihEAaIoRAHuKEQDAihEAz4oRABiLEQAkixEAcIsRAHGLEQDIixEA0osRACCMEQAujBEAeIwRAH2MEQDQjBEA3YwRAEDqFAAqjREAgI0RAIqNEQDYjREA4I0RAJjqFABNjhEAiI4RAJmOEQDgjhEA7I4RADiPEQBLjxEAkI8RAJ+PEQDojxEA9I8RAECQEQBBkBEAmJARAKKQEQDwkBEA/pARAEiREQBNkREAoJERAK2REQDw6hQA+pERAFCSEQBakhEAqJIRALCSEQBI6xQAHZMRAFiTEQBpkxEAsJMRALyTEQAIlBEAG5QRAGCUEQBvlBEAuJQRAMSUEQAQlREAEZURAGiVEQBylREAwJURAM6VEQAYlhEAHZYRAHCWEQB9lhEAoOsUAMqWEQAglxEAKpcRAHiXEQCAlxEA+OsUAOGXEQAomBEAPJgRAICYEQCEmBEA2JgRANqYEQAwmREARJkRAIiZEQCLmREA4JkRAP2ZEQA4mhEASZoRAJCaEQCcmhEA6JoRAPuaEQBAmxEAT5sRAJibEQCkmxEA8JsRAPGbEQBInBEAUpwRAKCcEQCunBEA+JwRAP2cEQBQnREAXZ0RAFDsFACqnREAAJ4RAAqeEQBYnhEAYJ4RAKjsFAC4nhEACJ8RAC6fEQBgnxEAaJ8RALifEQDInxEAEKARABKgEQBooBEAdqARAMCgEQDRoBEAAO0UAB+hEQBY7RQAeKERAMihEQDhoREAIKIRACmiEQB4ohEAgqIRANCiEQDYohEAKKMRACujEQCgshEAMqMRAHitEQA2oxEAgKMRAI2jEQDYoxEA56MRADCkEQA1pBEAiKQRAJ6kEQDgpBEA4aQRADilEQBJpREAkKURAJylEQDopREA8qURAECmEQBMphEACO4UAKCmEQDwphEA86YRAEinEQBopxEAoKcRAK6nEQD4pxEA+acRAGDuFABcqBEAqKgRAK+oEQC47hQACKkRABDvFABeqREAsKkRALipEQAIqhEADqoRAGCqEQBuqhEAuKoRALuqEQAQqxEAMKsRAGirEQB8qxEAaO8UAMqrEQAYrBEAJKwRAHCsEQBzrBEAyKwRANKsEQDA7xQATq0RABjwFACDrREA0K0RANytEQAorhEALq4RAICuEQCMrhEA2K4RAOCuEQBw8BQAPK8RAIivEQCOrxEA4K8RAOyvEQA4sBEAQLARAMjwFACTsBEA6LARAOuwEQBAsREASbERAJixEQCksREA8LERAPOxEQBIshEAdrIRACDxFAClshEA+LIRAA6zEQBQsxEAXLMRAKizEQCwsxEAePEUAAy0EQBYtBEAW7QRALC0EQC6tBEA0PEUABC1EQBgtREAZLURALi1EQDEtREAELYRABa2EQBothEAdLYRAMC2EQDIthEAKPIUADi3EQBwtxEAfrcRAMi3EQDJtxEAgPIUACy4EQB4uBEAf7gRANjyFADkuBEAKLkRADC5EQCAuREAg7kRANi5EQDkuREAMLoRAEm6EQCIuhEAiroRAOC6EQDjuhEAOLsRAEK7EQCQuxEAnrsRAOi7EQDquxEAQLwRAE28EQCYvBEAoLwRAPC8EQAJvREASL0RAFS9EQCgvREApr0RAPi9EQAPvhEAUL4RAGa+EQCovhEAqr4RAAC/EQANvxEAWL8RAGW/EQCwvxEAuL8RAAjAEQAKwBEAYMARAG3AEQC4wBEAv8ARABDBEQAYwREAaMERAHfBEQDAwREAxcERABjCEQAlwhEAcMIRAHrCEQDIwhEAzsIRACDDEQAuwxEAeMMRAJHDEQDQwxEA2cMRACjEEQAyxBEAgMQRAIXEEQDYxBEA3sQRADDFEQAzxREAiMURAKLFEQCI8xQA6MURADjGEQBIxhEAkMYRAJLGEQDoxhEA9sYRAEDHEQBRxxEA4PMUAJ7HEQDwxxEA/McRADj0FABQyBEAoMgRAMbIEQD4yBEAAMkRAFDJEQBcyREAqMkRAK7JEQAAyhEABsoRAFjKEQBdyhEAsMoRALbKEQDo9BQAEMsRAJj1FABoyxEAoPYUAL7LEQAQzBEAFcwRAGjMEQBszBEAwMwRAM3MEQD49hQAHc0RAHDNEQB0zREAyM0RAMrNEQAgzhEAOc4RAHjOEQCJzhEA0M4RANzOEQBQ9xQAK88RAADVEQA0zxEAgM8RAJPPEQDYzxEA2c8RADDQEQA80BEAiNARAJfQEQDg0BEA6tARADjREQBE0REAkNERAJfREQCo9xQA8NERAEDSEQBC0hEAoN4RAEPSEQBo1xEARtIRAJjSEQBM0hEA0NkRAE3SEQCISRIApNIRAPDSEQD/0hEASNMRAFTTEQCg0xEArtMRAPjTEQAT1BEAUNQRAFzUEQCo1BEAr9QRAAD4FAAN1REAWNURAFrVEQCw1REAsdURAAjWEQAL1hEAYNYRAGvWEQC41hEAvdYRABDXEQAa1xEAWPgUAHXXEQDA1xEAwtcRABjYEQAZ2BEAcNgRAHPYEQDI2BEA09gRACDZEQAl2REAeNkRAILZEQCw+BQA49kRACjaEQAp2hEAgNoRAIzaEQDY2hEA59oRADDbEQA62xEAiNsRAJTbEQDg2xEA59sRAAj5FABA3BEAkNwRAJLcEQDo3BEA99wRAEDdEQBK3REAmN0RAKHdEQDw3REA8t0RAEjeEQBZ3hEAuPkUAK/eEQD43hEAAt8RAFDfEQBZ3xEAqN8RAKrfEQAA4BEAEeARAFjgEQBg4BEAsOARAM7gEQAI4REAEOERAGDhEQBs4REAuOERAMvhEQAQ4hEAEeIRAGjiEQB04hEAwOIRAM/iEQAY4xEAIuMRAHDjEQB84xEAyOMRAM/jEQAQ+hQAMeQRAHjkEQCJ5BEA0OQRANjkEQAo5REAL+URAIDlEQCO5REA2OURAOjlEQAw5hEAQOYRAIjmEQCk5hEAaPoUAO3mEQA45xEAT+cRAJDnEQCY5xEA6OcRAPbnEQBA6BEASugRAJjoEQCk6BEA8OgRAAbpEQBI6REAS+kRAKDpEQC86REAwPoUAALqEQBQ6hEAWOoRAKjqEQC36hEAAOsRAAXrEQBY6xEAZesRALDrEQC66xEACOwRAArsEQBg7BEAbuwRALjsEQDF7BEAEO0RABPtEQAY+xQAc+0RAMDtEQDK7REAGO4RACDuEQBw7hEAf+4RAMjuEQDN7hEAIO8RAC3vEQB47xEAgu8RANDvEQDS7xEAKPARADbwEQCA8BEAjfARANjwEQDb8BEAcPsUADPxEQCI8REAlPERAODxEQDn8REAOPIRAEDyEQCQ8hEAqfIRAOjyEQD88hEAQPMRAFzzEQCY8xEAoPMRACD8FAD48xEAePwUAFX0EQCg9BEAp/QRAPj0EQAA9REAUPURAFX1EQCo9REAuPURAAD2EQAI9hEAWPYRAGb2EQCw9hEAvfYRAAj3EQAV9xEAYPcRAGz3EQC49xEAvvcRABD4EQAY+BEAaPgRAHT4EQDA+BEA0/gRABj5EQAn+REAcPkRAHz5EQDI+REAyfkRACD6EQAq+hEAePoRAIb6EQDQ+hEA1foRACj7EQA1+xEA0PwUAIP7EQDY+xEA4vsRADD8EQAy/BEAiPwRAJf8EQDg/BEAAP0RADj9EQBA/REAkP0RAJr9EQDo/REA7v0RAED+EQBC/hEAmP4RAKf+EQDw/hEA/P4RAEj/EQBQ/xEAKP0UAL7/EQD4/xEAFgASAID9FABuABIAqAASAMYAEgAAARIACAESAFgBEgBnARIAsAESALIBEgAIAhIAEQISAGACEgBjAhIAuAISAMQCEgAQAxIAFwMSAGgDEgBwAxIAwAMSANkDEgAYBBIALAQSAHAEEgCMBBIAyAQSANAEEgDY/RQAPgUSAHgFEgCWBRIAMP4UAOkFEgAoBhIALQYSAIAGEgCbBhIA2AYSAOQGEgAwBxIAOAcSAIj+FACbBxIA4AcSAO8HEgA4CBIARAgSAJAIEgCRCBIA6AgSAPIIEgBACRIATgkSAJgJEgCdCRIA8AkSAP0JEgDg/hQATAoSAKAKEgCiChIA+AoSAPsKEgBQCxIAWAsSAKgLEgCyCxIAAAwSAAsMEgBYDBIAZAwSALAMEgC4DBIAOP8UABYNEgBgDRIAZg0SALgNEgDEDRIAEA4SAB8OEgBoDhIAcg4SAMAOEgDIDhIAGA8SACcPEgBwDxIAcg8SAMgPEgDRDxIAIBASACMQEgB4EBIAhBASANAQEgDYEBIAkP8UADgREgCAERIAiBESANgREgDiERIAMBISADsSEgCIEhIAlBISAOASEgDoEhIA6P8UAD0TEgCQExIAoRMSAOgTEgD5ExIAQBQSAEUUEgCYFBIAnBQSAPAUEgD+FBIASBUSAFUVEgCgFRIAtxUSAPgVEgAAFhIAUBYSAFwWEgCoFhIAuxYSAAAXEgAPFxIAWBcSAGQXEgCwFxIAsRcSAAgYEgASGBIAYBgSAG4YEgC4GBIAvRgSABAZEgAdGRIAQAAVAG4ZEgDAGRIAzhkSABgaEgAlGhIAcBoSAIcaEgDIGhIA0BoSACAbEgArGxIAeBsSAHobEgDQGxIA3RsSACgcEgAvHBIAgBwSAJEcEgDYHBIA5hwSADAdEgA9HRIAiB0SAJ8dEgDgHRIA6B0SADgeEgA9HhIAkB4SAKAeEgDoHhIA8B4SAEAfEgBKHxIAmB8SAKMfEgDwHxIA/B8SAEggEgBQIBIA8AAVALkgEgD4IBIA/SASAFAhEgBrIRIAqCESALQhEgAAIhIACCISAEgBFQBrIhIAsCISAL8iEgAIIxIAFCMSAGAjEgBhIxIAuCMSAMIjEgAQJBIAHiQSAGgkEgBtJBIAwCQSAM0kEgCgARUAICUSAHAlEgByJRIAyCUSANUlEgAgJhIAJSYSAHgmEgCCJhIA0CYSANsmEgAoJxIANCcSAIAnEgCGJxIA2CcSAOAnEgAwKBIAPCgSAIgoEgCbKBIA4CgSAO8oEgA4KRIARCkSAJApEgCRKRIA6CkSAPIpEgBAKhIATioSAJgqEgCdKhIA8CoSAP0qEgD4ARUATSsSAKArEgCvKxIA+CsSAAcsEgBQLBIAWSwSAKgsEgCuLBIAAC0SAAYtEgBYLRIAZC0SALAtEgC3LRIACC4SACQuEgBQAhUAai4SALguEgDELhIAEC8SABMvEgBoLxIAci8SAKgCFQDILxIAAAMVACAwEgBYAxUAeDASALADFQDQMBIAIDESACExEgAIORIALTESAHgxEgA0MRIASDYSADcxEgDoPxIAOTESALBDEgB5MRIA0DESAOYxEgAoMhIAMDISAIAyEgCCMhIAQDUSAI4yEgDYMhIA4DISAAgEFQDlMhIAMDMSADMzEgCIMxIAkjMSAOAzEgDiMxIAODQSAEk0EgCQNBIAoTQSAOg0EgDwNBIAYAQVAEc1EgCYNRIAnzUSAPA1EgD4NRIAuAQVAEo2EgCgNhIApjYSAPg2EgAFNxIAUDcSAFg3EgCoNxIAqjcSAAA4EgAHOBIAWDgSAF84EgCwOBIAuDgSABAFFQAVORIAYDkSAGE5EgC4ORIAzjkSABA6EgAYOhIAaDoSAGo6EgAoPRIAdjoSAMA6EgDIOhIAaAUVAM06EgAYOxIAGzsSAHA7EgB6OxIAyDsSAMo7EgAgPBIAMTwSAHg8EgCJPBIA0DwSANg8EgDABRUALz0SAIA9EgCHPRIA2D0SAOA9EgAYBhUAOj4SAIg+EgCKPhIA4D4SAPE+EgA4PxIAST8SAJA/EgCYPxIAcAYVAO0/EgDQRxIA9D8SAEBAEgBWQBIAmEASAKBAEgDwQBIA/kASAEhBEgBVQRIAoEESAKNBEgD4QRIAAkISAFBCEgBSQhIAqEISALlCEgAAQxIAEUMSAFhDEgBgQxIAyAYVALlDEgAIRBIAFUQSAGBEEgBnRBIAuEQSAMlEEgAQRRIAHEUSAGhFEgBwRRIAIAcVAM1FEgAYRhIAG0YSAHBGEgB6RhIAyEYSAMpGEgAgRxIAMUcSAHhHEgCJRxIAeAcVANhHEgAoSBIAP0gSAIBIEgCMSBIA2EgSAOJIEgAwSRIAOEkSANAHFQCJSRIA4EkSAPZJEgA4ShIAQEoSAJBKEgCeShIA6EoSAPBKEgAoCBUA9UoSAEBLEgBDSxIAmEsSAKJLEgDwSxIA8ksSAEhMEgBZTBIAoEwSALFMEgD4TBIAAE0SAIAIFQBWTRIAqE0SAK1NEgAAThIAG04SAFhOEgBmThIAsE4SALdOEgAITxIAFE8SAGBPEgBmTxIAuE8SALtPEgAQUBIAGlASAGhQEgBuUBIAwFASAMJQEgAYURIAIlESAHBREgB8URIAyFESAN9REgAgUhIANFISAHhSEgCUUhIA0FISANhSEgDYCBUAKlMSAIBTEgCOUxIA2FMSAOlTEgAwCRUAN1QSAIgJFQCWVBIA4FQSAOpUEgA4VRIAQ1USAJBVEgCYVRIA6FUSAPRVEgBAVhIAU1YSAJhWEgCnVhIA8FYSAPxWEgBIVxIASVcSAKBXEgCqVxIA+FcSAAZYEgBQWBIAVVgSAKhYEgC1WBIAOAoVAAhZEgBYWRIAYlkSALBZEgC1WRIACFoSABBaEgBgWhIAZloSALhaEgDEWhIAEFsSABZbEgBoWxIAcVsSAMBbEgDNWxIAGFwSACBcEgBwXBIAcVwSAMhcEgDKXBIAIF0SACNdEgB4XRIAe10SAOgKFQDmXRIAKF4SADBeEgCAXhIAjF4SANheEgDeXhIAMF8SADZfEgCIXxIAjV8SADhgEgC2XxIA4F8SAOhfEgCYCxUAPmASAPALFQCmYBIA6GASAOpgEgBAYRIATWESAJhhEgCfYRIA8GESAPhhEgBIYhIAWGISAKBiEgCiYhIA+GISAAZjEgBQYxIAYWMSAKAMFQCvYxIA+AwVAA5kEgBYZBIAYmQSALBkEgC7ZBIACGUSABBlEgBgZRIAbGUSALhlEgDLZRIAEGYSAB5mEgBoZhIAcmYSAMBmEgDIZhIAGGcSACdnEgBwZxIAdWcSAMhnEgDPZxIAIGgSACxoEgCoDRUAuGgSANBoEgAQaRIAKGkSADBpEgAADhUAqmkSANhpEgDkaRIAMGoSADZqEgCIahIAjmoSAOBqEgDlahIAOGsSAD5rEgBYDhUAkWsSAOhrEgDuaxIAQGwSAEVsEgCYbBIAp2wSAPBsEgD8bBIASG0SAEttEgCgbRIAo20SAPhtEgAAbhIAUG4SAF9uEgCobhIArW4SAABvEgAWbxIAWG8SAFlvEgCwbxIAwW8SAAhwEgAUcBIAYHASAGpwEgC4cBIAxHASABBxEgAXcRIAsA4VAHhxEgDAcRIAzHESABhyEgAnchIAcHISAIRyEgDIchIA13ISACBzEgAxcxIAeHMSAIRzEgAIDxUA0nMSACh0EgA2dBIAgHQSAJF0EgBgDxUA3nQSADB1EgA8dRIAuA8VAI51EgDgdRIA5nUSADh2EgA9dhIAkHYSAJZ2EgDAEBUA7XYSAEB3EgBCdxIAmHcSAKl3EgAgEhUA/HcSAEh4EgBOeBIAoHgSAKx4EgD4eBIAAHkSAHgSFQBWeRIAqHkSALR5EgAAehIACHoSANASFQBkehIAsHoSALN6EgAIexIAEnsSACgTFQBiexIAuHsSAMZ7EgAQfBIAIXwSANgTFQBufBIAwHwSAMx8EgAwFBUAIH0SAHB9EgBzfRIAyH0SANR9EgAgfhIALH4SAHh+EgCAfhIA4BQVANt+EgAofxIANH8SAIB/EgCIfxIAOBUVAOF/EgAwgBIAQYASAIiAEgCZgBIA4IASAOiAEgA4gRIAO4ESAJCBEgCagRIA6IESAOqBEgBAghIAT4ISAJiCEgC4ghIA8IISAPiCEgBIgxIAUoMSAKCDEgCmgxIA+IMSAPqDEgBQhBIAX4QSAKiEEgC0hBIAkBUVAAyFEgBYhRIAdoUSALCFEgC2hRIACIYSABGGEgBghhIAbYYSALiGEgDAhhIAEIcSACaHEgBohxIAaocSAMCHEgDbhxIAGIgSACSIEgBwiBIAfYgSAOgVFQDOiBIAIIkSACiJEgB4iRIAjokSANCJEgDViRIAKIoSAC6KEgCAihIAjIoSANiKEgDgihIAQBYVAD2LEgCIixIAmIsSAOCLEgDlixIAOIwSAD6MEgCQjBIApowSAOiMEgDqjBIAQI0SAEqNEgCYjRIApo0SAPCNEgD1jRIASI4SAFWOEgCYFhUAr44SAPiOEgABjxIAUI8SAFqPEgCojxIAto8SAACQEgAFkBIAWJASAGWQEgCwkBIAuJASAAiREgAYkRIAYJESAGKREgC4kRIAxpESABCSEgAhkhIA8BYVAG+SEgBIFxUAxZISABiTEgAekxIAcJMSAHiTEgDIkxIA0pMSACCUEgAilBIAeJQSAHuUEgDQlBIA8JQSAPgXFQA0lRIAgJUSAIaVEgDYlRIA5JUSADCWEgA4lhIAUBgVAJSWEgDglhIA5pYSADiXEgBElxIAkJcSAJiXEgCoGBUA6pcSAECYEgBOmBIAmJgSAKmYEgAAGRUA/ZgSAEiZEgBfmRIAWBkVAKqZEgD4mRIABJoSAFCaEgBTmhIAqJoSALKaEgCwGRUAEZsSAFibEgBfmxIAsJsSALibEgAInBIAFZwSAGCcEgBlnBIAuJwSAMKcEgAQnRIAGJ0SAGidEgB3nRIAwJ0SAMWdEgAYnhIALp4SAHCeEgBxnhIAyJ4SANaeEgAgnxIAMZ8SAHifEgCEnxIA0J8SANifEgBgGhUALKASAGABAAAwoBIAoHIUADSgEgCoqxAAjKASAEgJAADgoBIA8KMSAJ2iEgBYLAAA7KISAGguAAAApBIA4D0AAKOkEgD4QAAA+6QSAJBJAACqpRIA0AUSAKulEgBQTAAAr6USADgcBACypRIA6F0IAASmEgA4XwAAtKYSAMBlAAAMpxIAeHIAALunEgBYeQAAH6gSAKCCAABsqBIAEIYAAMKoEgAwigAAeKkSANCTAAA/qhIAeKoSAOisEgCA1gAA7K0SAODiAABErhIAgOwAAPSuEgCg+wAArK8SAEAFAQAcsBIAmAUBAFKwEgDwBQEAtLASACAMAQBisRIA2A0BALmxEgAAEwEAf7ISAEgcAQDEshIAeCIBAC+zEgBosxIA3LMSABi0EgAgtBIAcLQSAHy0EgAIKgEA0LQSAMgsAQCUtRIA0LUSANi1EgAothIAKrYSAFg0AQCMthIAiDoBADi3EgAoRAEAnLgSAEheAQBIuRIAEGIBAFy5EgAAJxQAZLkSAPAkFAC9uRIAaGIBAPa5EgDIYwEAWroSADBmAQCluhIASGkBAPy6EgBYawEADLwSAJh+AQByvBIAsLwSALi8EgDwfgEAF70SAFiBAQDEvRIAWIwBADO+EgCwjAEAdL4SAGiOAQDIvhIAGL8SACK/EgDAjgEAer8SAOiTAQCMwRIAYK4BAODBEgAwwhIAQMISALiuAQDswhIA2LIBAEDDEgCQwxIAoMMSADCzAQBMxBIAILwBAA7HEgBgnAcAtscSAKBxAgC6xxIAWHMCAL7HEgBg2gEAyscSAMiBAgBiyBIAgN4BAMbIEgA44AEAcckSAEjiAQDCyRIAAOQBACbKEgC45QEAfMoSAMjnAQDUyhIAIOgBAIDLEgB4TBQAgcsSACAUDQCEyxIAMOoBAJTLEgA4sQ0A2MsSAOgmEwDsyxIAiOoBAP7LEgAQuBQAL8wSAODqAQAyzBIA2D4OAOTMEgAI8AEAPM0SAGDwAQDuzRIA6PYBAJnOEgAY/QEASc8SADgBAgCbzxIA8M8SAPzPEgDoAQIAWtESAIAKAgCw0RIAANISAAfSEgCICwIAs9ISANCHDwC20hIAsEwPALrSEgDgNA4AwNISAMgTAgAW0xIAeB8CAGPTEgC40xIAGNQSAGjUEgBr1BIAkGkPAHTUEgCQIgIA1dQSAFAlAgA51RIAcNUSAMzVEgAgqw4A2NUSABg0AgD11RIAaCgCACzWEgDwLgIA3NYSAMAzAgCM1xIAIDUCAPTXEgB4NQIAlNgSAMhCDACY2BIAKDYCAOnYEgAwNwIA9tkSANhBAgCh2hIA0M8NAKTaEgAARwIAptoSAJj5DwD42hIAaHYUAArbEgBI2xIAqNsSAPjbEgC82xIAUFECAPvbEgBwaA4AAtwSAMhzDgAF3BIAGFIOAAjcEgBwOQ8ACdwSAOg9DwAT3BIAEEkCABncEgBocg4AqtwSAIhNAgDS3BIAAJkPAA7dEgBATwIAYN0SALDdEgC83RIA8E8CAMDeEgAQ3xIAkeESANhiAgD04hIA6NMUAK7wEgDwmQ4AWvESAKDxEgAK8hIAUPISALjyEgCAIA0AvvISAMAlAwAL9BIAeCAUABD0EgC49BIAJPQSAND3EgAs9BIAmCQUADL0EgBANgMAuvQSANjmDQC89BIAgGoOAL/0EgBozgkAwvQSAJg2AwDH9BIA8DYDAMn0EgCoPQUA2/QSACDFFADw9BIACIwFACz3EgDARgMA2PcSACj4EgAp+BIAKBIOADL4EgBwHREAN/gSALgLDwBH+BIAON4UAIr4EgDoSwMAi/kSADB2AwCO+RIAeJMLAI/5EgBIYwMAkfkSAHhTAwCS+RIAUFkDAJT5EgBArAQAlfkSALhbAwCW+RIAKGoDAJf5EgA4VgMAmPkSAMinBACe+RIA0F4DAMj5EgB4aBIAV/0SAACcAwBe/RIAkIIDALT9EgCwhgMACP4SAFj+EgBu/hIAGIkDABT/EgAIkgMAaP8SALj/EgC8/xIAYJIDAHIAEwCIlwMAeAETAMgBEwDeARMAQKQDAHoCEwCw0wMAfgITABCpAwCCAhMAADkOANwCEwB4qwMAPAUTAFjIAwCxBhMACN8DAGEHEwBY6QMAFwgTAHjtAwBZCBMA+PIDAFoJEwDYBAQAuAkTAAgKEwAWChMAQAcEABQLEwBAtBAAHgsTADAQBAAbDBMA+B4EAH8NEwC4NwQAKQ4TAFBABADqDhMAMA8TAJMPEwCIUgQA8g8TADgQEwBJEBMAoFUEAJoREwAAwgUAmxETANBxBACiERMAIKQJAEsSEwDwdQQATxITAJizCQBTExMAoIwEAGMUEwBQmAQAFxUTAMCbBADUFRMAEBYTABgWEwBoFhMAdxYTAKijBADKFhMAGKcEAHkXEwAgzw0AfBcTANCoBADQFxMAIBgTAOQXEwAYHxQAKhgTACipBADYGBMAAK8EADcZEwAQsQQA3hkTAEC3BAA4GhMAOIMKAIsaEwAgvgQAnBsTAAjRBADwGxMASKwTAFwcEwCYHBMAoBwTAPAcEwD9HBMAoOQEAP8cEwB4CwUAAR0TAHjUBAC5HhMAsPEEALwfEwBIBQUAECATAGAgEwBxIBMAqAYFAHchEwBIGwUAyiETALgeBQByIhMAoCYFANkiEwCALQUA5CITAOA5BQDxIhMAsDMFAPkjEwA4OgUAnyQTAHBBBQDeJBMA+EcFAI8lEwDIVwUAlCUTAGBcCgCVJRMAKGAKAJclEwDgVgoA/CUTADgmEwBAJhMAkCYTAOomEwAAsg4A7SYTAEAjDQDwJhMAcB8UAPImEwDgWgUA9CYTALjZEAALJxMAyM8UAC8nEwD44RAASCcTAPhdBQDFJxMA8CcTAPsnEwAAXwUAqigTANhkBQBfKRMAwGwFAAMqEwAIdgUABioTAOCOBgB0KhMAwHcFAL0qEwBYgAUAvyoTABh4BQAOKxMAiHsFABIrEwCYfQUAGiwTABiDBQAnLRMAcI4FAHMtEwCYkwUATDATAIgwEwCQMBMA4DATAO8wEwBouQUAQTETAFDBBQBCMhMA6MkFAE0yEwAIiwkAmzITAFjNBQClMxMAUOIFAK8zEwAQ2gUA/jMTAIDdBQACNBMAkN8FAHQ1EwCwNRMAuDUTAAg2EwANNhMA8PYFABc2EwCw7gUAZjYTACDyBQBqNhMAMPQFAHo4EwD4DQYAJjkTAEAXBgDWORMAiCsGAKU6EwCwOwYA/joTADBBBgA/OxMAQEMGAJg7EwDISQYA7DsTANBKBgBAPBMAkDwTAJo8EwAoSwYA6zwTAEBOBgChPRMA2FYGAGQ+EwCgPhMAqD4TAPg+EwD+PhMA4GIGAGY/EwCoZgYAFkATAGBzBgBcQBMAsH0GABdBEwDIgAYAx0ETAAiJBgB5QhMAoJEGADRDEwBwQxMAeEMTAMhDEwDYQxMASJwGAPRDEwDAoAYALEQTAFCdBgCARBMA0EQTANpEEwConQYA9EUTADBGEwA4RhMAiEYTAJFGEwDYrgYA6kYTAOiwBgCsRxMA6EcTAPBHEwBASBMAQUgTAEC8BgBFSBMAeAUHAE1IEwAoxAYAT0gTAMC2BgCeSBMAMLoGAKJIEwC4AgcAqkkTAOjGBgBaShMAKM8GALJKEwCg0wYABksTAKjUBgC+SxMA6NwGAHxMEwC4TBMAwEwTABBNEwAaTRMAKOUGAGtNEwBg7AYANE4TAHBOEwB4ThMAyE4TANVOEwDY8AYA104TACj7BgAlTxMA+PQGANZPEwCY/gYAMFATAKgABwCkURMA4FETAOhREwA4UhMAR1ITAAgNBwCaUhMAeBAHAKxUEwAgJgcAFFUTAFBVEwBsVRMAqFUTALVVEwCAJwcAzFYTAAhXEwAQVxMAYFcTAGNXEwC4OQcASFgTACBHBwDDWBMASEwHAMdYEwB48wwAfVkTAChTBwDLWRMASFcHADJbEwDQaAcAjFsTAFBuBwCQXBMAOEwKAKRcEwDgSwoA/FwTADhdEwBAXRMAkF0TAJNdEwCQdgcABF4TAEBeEwBIXhMAmF4TAKdeEwBYegcA+14TADiBBwBSYBMAEJIHAAdhEwDg5A4ADGETAAjOEAAPYRMA0JQHABBhEwBQzBAAZGETAPCYBwB8YhMAuGITAMBiEwAQYxMAGWMTAOChBwByYxMA8KMHACdkEwAoqwcAiWQTANC1BwAjZRMAwL4HANNlEwDAyQcAg2YTAHjWBwCSZxMAiOMHAOpnEwD45gcARGgTAGjqBwCsaBMA6GgTAPBoEwBAaRMAT2kTAMD1BwBQaRMAyOsHAKRpEwDQ7AcA+GkTAEhqEwBSahMAKO0HAP5qEwAw+QcAq2sTABgBCABgbBMA4AQIACRtEwBgbRMAaG0TALhtEwDHbRMAgA4IABxuEwDwEQgAcG4TAMBuEwDPbhMAUBMIAH9vEwCAGQgA0m8TAPAcCAAtcBMAUCkIAC9wEwAgIwgARHETAIBxEwCIcRMA2HETAExyEwCIchMAkHITAOByEwDtchMAkDwIAEVzEwBQPwgAnnMTABhDCABCdBMAoEkIAPx0EwDYUAgAq3UTAChmCAAMdxMAIHsIAGB3EwCwdxMAv3cTAIB8CAAueBMA4H0IAHJ5EwBohAgAzHkTAOCICAAgehMAcHoTAH96EwBAiggA7noTAKCLCAArfBMAcJAIAIV8EwColwgANX0TAGilCADlfRMAeLIIAKB+EwBQuAgA9X4TALC5CACefxMAgL4IAGSAEwCggBMAqIATAPiAEwBTgRMAIMgIAA+CEwDgyggAzIITAAiDEwAQgxMAYIMTAGqDEwAo1AgAxoMTAODVCAAfhBMACNsIAHKEEwCA3wgAIYUTAPjjCAAshhMAKOoIAICGEwDQhhMA0oYTAIDqCACchxMA2IcTAOCHEwAwiBMAVIkTAJCJEwCYiRMA6IkTAAyLEwBIixMAUIsTAKCLEwCqixMAOBgJAGyMEwCojBMAsIwTAACNEwAKjRMAQDoJABaNEwDAKQkAXY0TANArCQC6jRMAwDQJABmPEwBIUQkAHY8TAABICQB2jxMAME4JAMGPEwBAUAkAepATAFhTCQDLkBMAcFYJAIKREwDwWwkA3JETAHhiCQCMkhMAkGUJAOSSEwDoZQkATJMTAIiTEwCQkxMA4JMTAO+TEwCoaAkAnZQTALB0CQD4lBMAkHsJAAyWEwBIlhMAUJYTAKCWEwCvlhMAMIUJAKuXEwAAmBMAGpgTAACVCQB0mBMAsJgTALiYEwAImRMAF5kTACCZCQCSmRMA2JoJACyaEwBomhMAcJoTAMCaEwAnmxMAoJ4JAHabEwAQogkALJwTACilCQCKnBMAoKkJAC+dEwAwNQoAMp0TAHCuCQCHnRMAeK8JAJKeEwBgwgkA6p4TAEDJCQA/nxMASMoJAFygEwCYoBMAoKATAPCgEwD8oBMACNgJAFChEwCgoRMApKETAGjZCQAIohMAINsJAMSiEwAAoxMACKMTAFijEwCCoxMA6OkJALWjEwB48QkAJKQTAGggDABopBMAuKQTAPGkEwD49gkAi6UTAMClEwDLphMASBcKANenEwB4KAoATKkTAIipEwCQqRMA4KkTAO+pEwCIQAoAPqoTAPhDCgBCqhMA8P0KAPCqEwBAqxMAa6wTAKCsEwC/rBMA+KwTAGCtEwCwUAoACK4TADBWCgC2rhMAUFoKAB2wEwCwAAsAH7ATALBmCgBusBMAIGoKAIKyEwDIdAoA07ITAFh8CgDashMAQHkKAOi0EwA4tRMA67UTAAiTCgD8thMAYJ4KAFi4EwCouBMA0bgTAACzCgBduRMAuLQKALi5EwAIuhMAMboTACC3CgDAuhMA6LoKADm7EwBAuwoAzrwTADDPCgDcvRMAaNYKAOS+EwAA3woATL8TAFjfCgCXvxMAsN8KAOa/EwAg4woAnMATADjmCgAEwRMAkOYKAE/BEwDo5goAnsETAFjqCgAiwxMAUMMTAMTDEwAAxBMACMQTAFjEEwANxRMA0AQLABTGEwAwEQsA3MYTABjHEwAgxxMAcMcTAHrHEwCIHAsAVMkTAJAoCwCKyhMAuEMLAOnKEwCQSQsAkssTAIBSCwD4yxMA8FULAK3MEwBwZgsAUs0TAGhwCwBhzxMAuJALACfREwA4oQsAxdETAGCmCwAl0hMA0KkLAOTSEwAg0xMAKNMTAHjTEwDS0xMAwLILAPTUEwAw1RMAONUTAIjVEwCy1RMAKMALAEHWEwBYxgsAmNYTAOjWEwD21hMACMcLAEbXEwBwyQsA/dcTAJjOCwBJ2BMAuNILAFnZEwAI3QsAXNkTALjdCwC92hMAIOsLAA3bEwCA7AsAbdsTAPDvCwDA2xMAsPILABPcEwAI8wsAjNwTAMDcEwCM3RMAGAAMAPLdEwBwAAwAMN8TAIDfEwCp3xMAUAcMALbfEwAACAwAnOETACAMDAD44RMAkA8MAE3iEwDwEAwAVeMTAHgXDACl4xMAmBsMAG/kEwCo5BMAWuUTAGgrDAC35RMAWDQMAGLmEwC4NQwA7OYTANg5DAAm5xMA+D0MAG3nEwBgQAwAHugTAGBLDAAu6BMAkGcMAI7pEwDQWQwA1ekTADhcDAA+6hMAoF4MAFTsEwCQ7BMAmOwTAOjsEwD17BMAwHgMAE3tEwDYewwA/e0TAKB/DAC/7hMA+O4TAGLvEwD4BBQAb+8TAKjvEwBk8BMAYI0MAGbwEwD4igwAGvETAGDxEwDG8RMAAJcMAHjyEwAIowwA3vMTAKC2DACD9BMAwLoMAN70EwDwwAwANvUTAIjJDACN9RMAkMoMADb2EwBo0AwA/PYTADj3EwBA9xMAkPcTAAb4EwAo3gwA8/gTALDkDAAP+hMAAO8MALj6EwCY9wwAaPsTAOAADQAk/BMAYPwTAGj8EwC4/BMALP0TAGj9EwBw/RMAwP0TAHP+EwDIHxQAeP4TAMj+EwB6/hMAOBYRAIz+EwAAaRQA0v4TANAUDQB+/xMAqBoNAD0BFAD4Lw0AjQEUABg0DQD4AhQAqEYNAAcDFABAAxQAoAMUAIhCDQD/AxQA4EINAFEFFACwUg0AYQYUAFhdDQCzBhQACAcUAMgGFABoag0AGgcUAAheDQDEBxQAcGANABoIFADIYA0AyggUAKBmDQDLCRQAIAoUADgKFAAwbg0AMQsUAEh8DQCDCxQA2AsUAOwMFAAwhA0ABA0UANCzDwBADRQAkA0UAK4NFACIhA0AXA4UAJgOFACgDhQA8A4UAFYPFACghw0AFBAUALiKDQDEEBQAKI4NAMwRFAAIEhQAEBIUAGASFADUEhQAEBMUABgTFABoExQAzhMUAIiaDQCMFBQAyBQUANAUFAAgFRQAhhUUAGCgDQCcFhQA2BYUAOAWFAAwFxQAlhcUAPCnDQBUGBQACKsNAAQZFAB4rg0AqBoUAIicEAAAGxQA4JwQAGwbFACoGxQAsBsUAAAcFAB4HBQAOLwNABAdFAA4/g0AyB4UADCFFADQHxQAaEAQAOQfFAAAthQA9h8UACAgFAAoIBQAYOQQAE4gFADIbRAApiAUANAgFAArIRQAQKgUAJwhFADYIRQA4CEUADAiFACUIhQAqNUNAPwiFAA4IxQAQCMUAJAjFAD0IxQAaJsPAFYkFAB4Bg4ApiUUADCfDwCsJRQA+N8NABImFAC44g0ACCcUAFgnFABnJxQAOAYPALgnFADI+xQAHykUAFjsDQApKRQA+OoNACQqFAAg8A0A5CoUACArFAAoKxQAeCsUAN8sFABo+Q0A/i4UAJgKDgCgLxQAqBcOAAQxFADQJw4ACjIUAOgqDgDAMxQAEDQUABo0FAAIOg4ANDUUAHA1FAB4NRQAyDUUAHo2FABwRw4A1TYUADhLDgDoOBQA6FYOAEA5FACQORQAnDkUAFhaDgBMOhQAyF0OAPg6FABIOxQAXzsUAEhjDgByQBQAIH8OACVBFADwgw4AkUMUACCgDgBKRBQAkEQUAE1FFABQsQ4AUEUUAPCvDgBWRhQAuLMOAARHFADAtA4AXkcUANi3DgAjSBQAWEgUAHZIFABIuw4A1EgUANDBDgBuSRQAKMIOAHhLFAAozQ4AfkwUAJjQDgCETBQAaDUQAJtMFADIxBQAokwUAPCzFAC9TBQAoOEQANhMFAAoTRQAN00UALjUDgCFTRQAeNcOADhOFACIThQAik4UAODZDgDlThQAkNoOAOxOFAD43A4AZFEUAKBRFACoURQA+FEUAAJSFABg9Q4AxFIUAABTFAAIUxQAWFMUAGdTFAC4AA8AtlMUACgEDwBmVBQAqAkPABZVFAAoDw8AG1YUADAbDwDLVhQAiBsPANRWFACAbxAAgFcUAAAgDwDYVxQAKFgUAI5YFADAIg8A5lgUAKgqDwBAWhQAkFoUAJNaFAAYLg8ATFsUAIAwDwCgWxQA8FsUAPNbFACQMg8ArFwUAFA1DwAAXRQAUF0UAFNdFABgNw8ADF4UAHg6DwBgXhQAsF4UALpeFADQOg8AEF8UAGBfFABjXxQA2DsPABhgFADwPg8AcGAUAMBgFADDYBQAUEAPAHhhFADIYRQAy2EUAHBEDwCAYhQA0GIUANNiFACQSA8AjGMUAFhMDwCQZBQA2FEPALBkFADwyRQA/GQUADhTDwCTZRQA6GUUAJtmFACgVQ8AomYUAAhYDwBcaBQAOF4PAF5oFABI+g8ACGkUAFhpFAC7ahQAWF8QAMBqFABwbBQAHGsUAKBrDwCAbBQAAG0PANhsFABobw8ALG0UAHBwDwCUbRQA0G0UAC9uFACggQ8AMm4UADiKDwA3bhQAIHEPAENuFADIew8A9nAUAJiADwCmcRQAyIYPAMNyFAB4xRQAAHMUAFBzFABTcxQAQIsPALhzFAD4jA8ADHQUAACODwBgdBQAsHQUALp0FABYjg8Aa3YUADCUDwBydhQAQJYPABt3FABIlw8Ao3gUAGCaDwCIeRQAKJ4PACt7FACgvxQApXsUAFDiEADlexQAsJ4RAOl7FABwsg8AVXwUAPgCEQCtfBQAUAMRAFR9FADwtw8AqH0UAPh9FAARfhQAULkPAFN+FACofhQAJH8UACC+DwDUfxQAKL8PAISAFACIwA8AGIEUAGiBFABygRQAUMQPABmCFABYrBAAIIIUANDGEAAvgxQAQM0PADWFFACI1g8AK4YUADiGFACDhhQAkIYUALKIFABw6Q8AUokUANjrDwBciRQAaPMPAGiLFACoAxEAIIwUAAj9DwB2jBQAEP4PAMiMFADA/g8AG40UACAAEAAjjhQAiAIQADCPFACAjxQA4I8UADCQFABWkBQAiN0UAOGQFADIChAAQJEUAJCRFADwkRQAQJIUAPOSFAD4EBAAqJMUAPiTFABYlBQAqJQUAM6UFADg3RQAYJUUACAWEAC8lRQAgBcQAGiWFAC4lhQAyJYUAOAYEACLlxQAwJcUAHmYFACwHRAA1JgUAHAgEABEmRQAeJkUAKycFADQNxAAZJ4UAFA9EAAUnxQAsD4QAMSfFAAQQBAAaaIUABhXEAAspBQAAF8QACmlFABwYhAA7KYUAFhqEACZpxQAGG0QACOqFAD4cxAAU6oUALB1EACwqhQAKNEUAAmrFABweBAADKsUAIB6EABbqxQAsKsUAMyrFAAIrBQAY6wUALisFADUrBQAEK0UAHCtFADArRQAyq0UANh6EAAgrhQAyBEVAHauFAAAgBAAhq8UAHiEEADTrxQAOIcQADCwFACA0RQARbEUAKjiEADssRQAmJMQAH21FACotRQAaLYUAADjEADCtxQAULYQAMO4FADIrxAAfLkUANCwEACIuxQA2LsUAOK7FADAuRAAlrwUAIC8EADjvBQAML0QAOu/FAD4vxQAQ8AUAFDAFACbwBQAqMAUAPPAFAAAwRQAS8EUAFjBFACjwRQAsMEUAGzCFABoxBAA1MIUAMDEEABpwxQAIMYQANzDFAAYxBQAIMQUAHDEFAArxhQAMMgQAD7HFADwyhAAi8cUAKDLEAAGyBQA4MURAEHIFABYzRAArMgUAOjIFABcyRQAmMkUABjKFABIyhQAcMoUAKDKFADIyhQA+MoUACDLFABQyxQAV8sUACDnEACwyxQAAMwUAAXMFAB40RAAY80UAMjbEADMzhQAQOAQANTPFACIdRIA2M8UANBzEgA80hQACOQQAKLSFADg0hQA6NIUADjTFABD1BQAmNQUABjVFABI1RQAcNUUAKDVFADI1RQA+NUUACDWFABQ1hQAeNYUAKjWFACA1xQAsNcUANjXFAAI2BQAMNgUAGDYFACI2BQAuNgUAODYFAAQ2RQAzNkUABDwEAB82hQAcPEQAJfeFABgBREA9t4UAJgMEQC33xQA8N8UAGfgFABIGBEAqeAUAMAcEQAX4RQAUOEUALDhFAAA4hQAEOIUAHgeEQBk4hQAgB8RAMXiFAAAWRIAKeYUAMBeEQCE5hQAcF8RAIjnFACocREAOOgUAIh4EQDo6BQAwH8RAJjpFACYhREASOoUACiNEQD46hQA+JERAKjrFADIlhEAWOwUAKidEQAM7RQAGKERAK3tFACw7RQAHe4UAJimEQBh7hQAUKgRAM3uFAAAqREAFe8UAFipEQBw7xQAwKsRAMPvFAAgrREAdPAUADCvEQDW8BQAkLARAILxFAAAtBEA0/EUAAi1EQAr8hQAGLcRAIHyFAAguBEABvMUADDzFADp8xQAmMcRADv0FACQ9BQApfQUAEjIEQDr9BQAQPUUAFX1FAAIyxEAEPkUAGD5FAB++RQAONwRANj8FACA+xEARv0UAKD/EQD2/RQAIAUSAJT+FACIBxIA6P4UAEgKEgA//xQACA0SAJX/FAAoERIA+P8UADgTEgBcABUAmAAVAPIAFQCgIBIAVAEVAFgiEgC1ARUAGCUSAAACFQBIKxIAxAIVAMAvEgAuBxUAwEUSAOgIFQAoUxIAPAkVADBUEgCQCRUA4AkVAOQJFQCIVBIAQAoVAJAKFQDwChUAQAsVAPgLFQBIDBUArAwVAKhjEgAADRUAUA0VAFQNFQAAZBIAgw4VAJBrEgBpDxUA2HQSALsPFQAQEBUAOBAVAGgQFQDDEBUAGBEVAEARFQBwERUA3xEVAOh2EgB6EhUAUHkSANoSFQBYehIAMBMVAIATFQCQExUAYHsSAOETFQBofBIAMxQVAIgUFQDqFBUA0H4SAEgVFQDYfxIAThYVADCLEgD8FhUAaJISAFAXFQCgFxUAsBcVAMCSEgBUGBUAiJYSALgYFQDolxIADhkVAPCYEgBgGRUAoJkSALMZFQAIGhUA","fail":"AAAAAAAAAACYjAAAANkBAGjeAABAzwcAQNYBAHC8CACgRQIAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAAAAAACgRQIAkOgNAMDgDgAY4Q4AcOEOAMjhDgAg4g4AeOIOANDiDgAo4w4AgOMOANjjDgAw5A4AiOQOAAAAAABAzwcAQNYBAEDWAQAYAgQAAGgCAFhoAgCIaA8AILMPANAnAwAoKAMA0CIBAPhaBgBozxAAGAIEAKBFAgBgUgYA6LcAAEC4AACYuAAA8LgAAEi5AADIDgAAoEUCAGD4DQBY6Q4AsOkOAAjqDgBg6g4AuOoOAAAAAABAzwcAoEUCADi0DAAQmwQAuGkCAPiFCgBIWwIAmIwAABB1AgCQeREA6HkRAHDRAQA4KAAAoEUCALATDAAIFAwASEsAABAGBgComQAAAJoAAPD/AgAQwAoAaMAKAKBFAgCQ6A0AwOAOABjhDgBw4Q4AyOEOACDiDgB44g4A0OIOACjjDgBIgAgAKCgOAFgAAABYAAAAqAoLAEDWAQBISwAAoEUCAEiACACozQEAAAAAAKiZAADghA0AgI4NAKAfAAAYGQAAcLwIAMi8CABAzgAAmM4AAPDOAAAgUwMAuFsDABBcAwAAhAsAIBoAAJC0DADgXQ8AYAEAALgBAAAQAgAAaAIAAMACAABIgAgAKCgOAFgAAABYAAAAYAYCAODWBAComQAAkLcAAEDWAQCwfgIAWFkHAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAAAwbAoAiGwKAAAAAAAolAAAMJ0BAEDWAQCY1gEAyA4AAKBFAgBIqwEA4NYEADjXBABYAAAAMLMBAIizAQDgswEAOLQBAJC0AQDotAEAQLUBAAAAAAAgUwMAMHYDAKjNAQAAzgEAWM4BADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQAIXgIACBQMAMCLAgDAcwoAGHQKAHB0CgBwvAgAoEUCADjUEAAQfgoAoEUCAIhoDwC4yxEA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAAAAAAAPiFCgBQvw0ASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADBsCgCIbAoAAAAAACiUAAComQAAyA4AAAjMAgDo4AEAcLwIAKBFAgBIgAgAiDIAAOAyAAA4MwAAkDMAAOg6EABIWwIAmIwAAADZAQCgHwAAcLwIAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAABoAgBYaAIAeKADANCgAwAooQMAgKEDAMAdDQAYHg0AyBkAACAaAACQtAwA4F0PAGABAAC4AQAAEAIAAGgCAADAAgAAeGwCANBsAgCwahAACGsQADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIAJi/EAA4tAwAkLQMAOBdDwBgAQAAuAEAABACAABoAgAA6DoQAEhbAgCYjAAAANkBAKAfAABwvAgAoEUCAGD4DQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAAGgCAFhoAgB4oAMA0KADACihAwCAoQMAwB0NABgeDQDIGQAAIBoAAJC0DADgXQ8AYAEAALgBAAAQAgAAaAIAAMACAAB4bAIA0GwCALBqEAAIaxAAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgAmL8QAJiMAAAA2QEAqN0DACBTAwAwdgMAiDIAAOAyAAA4MwAAkDMAAOg6EADIDgAAoB8AAPgfAABQIAAAqCAAAAAhAADoOhAAOCgAAMDkCQBA1gEAyIENAAjMAgDoOhAA0CIBAEDBCADIDgAAqM0BAPh3AAA4EQ8AYHoLAEDQDgA4VgMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAOLQMAJC0DADgXQ8AYAEAALgBAAAQAgAAaAIAAMACAADQIgEAyP0BAMgOAAAIzAIAoEUCANC4EQDoIREAYPgNAAAtBwBIgAgA8IgQABAGBgBoBgYAiJ0BAAAAAACQtwAAkLcAAKiZAADIDgAAqM0BAKBFAgCQ6A0A8OsQABgZAAB4zAMAqJkAAHC8CACgRQIA+EUCAJj0DQBA1gEAoEUCACiUAADIDgAAoB8AAKBFAgAAAAAAGBkAAGihAgAIbwsAcBkAAGjeAAAYGQAAoEUCAJDoDQDIvAgAOFgRAJBYEQBIWwIAmIwAAADZAQCgHwAAAAAAAEDWAQC4aQIAmIwAAPCMAABIjQAAoI0AAPiNAABQjgAA4DoBAHC8CACYvxAAGBkAAHjMAwComQAAcLwIALhpAgComQAAAJoAAFDxAADoNQMASFsCAJiMAAAIjggAuGkCAHC8CABIWwIAuGkCAKiZAAAAmgAAUPEAAOg1AwAolAAASFsCAEirAQDg1gQAkLcAAKBFAgBooQIAwKECABiiAgCgRQIAMGwKAIhsCgBISwAAEAYGAGgGBgComQAA8P8CAEgAAwCgAAMAoEUCADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQB47Q4AWOkOANhYCQCgqwEAaN4AAKiZAAAYGQAAcBkAAHhOAQDQTgEAyA4AAGAkDgBYAAAAWAAAAKgKCwBA1gEASEsAAOjgAQBwvAgAuGkCAJiMAABAzgAAmM4AAPDOAAC4aQIA0CIBACgjAQBAcwwAAAAAAEirAQDg1gQAqJkAABgZAABISwAAoEUCAJDoDQDA4A4AGOEOAHDhDgDI4Q4AIOIOAHjiDgDQ4g4AKOMOAEiACAAoKA4AWAAAAFgAAACoCgsAQNYBAEhLAACgRQIAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAAENMAAEBSAQCYUgEASEsAAEh8AgBgTAgAmJQBAHhbDwCgRQIAMGwKAIhsCgAAAAAAKJQAAKiZAADIDgAACMwCAOjgAQBwvAgAoEUCANC4EQAouREAgLkRANi5EQAwuhEA+B8AAFAgAACoIAAAKJQAAEhLAACgSwAA+EsAABgZAABISwAAuOEGAJC3AAAIDgMAKI4CALjhBgBAzwcAEH4KAKBFAgA4tAwAYAYCACiUAACoUQIAMJ0BAIidAQCgRQIAmIwAAEDOAACYzgAAKOEAAGD4DQBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAuNIAADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQAAAAAAQNYBAEgtCgAQfgoAqFECAFgAAACwAAAACAEAAKBFAgB4dw0AWAAAALAAAAAIAQAAYAEAALgBAAAQAgAAaAIAAEgDAgCgAwIAYFIGAAgOAwBgDgMAuA4DAFicDgCwnA4ACJ0OAHhsAgAwnQEA+MgGAKBLAADgKQ4AIJYKAEhLAACgRQIAYPgNAGjPEAAYAgQAoEUCADi0DACQtAwA4F0PAGABAAC4AQAAEAIAAGgCAADAAgAAYFIGALhSBgAQUwYAOCgAAMDkCQCoUQIAKJQAAEDWAQCY1gEAQNYBAKBFAgBgUgYA6LcAAEC4AACYuAAA8LgAAEi5AACguQAASIAIAKAfAAAYGQAASEsAAKBFAgBg+A0AQM4AAJjOAADwzgAAAGgCAFhoAgB4oAMA0KADACihAwCAoQMAwB0NABgeDQDIGQAAIBoAAJC0DADgXQ8AYAEAALgBAAAQAgAAaAIAAMACAAA44AwASDoNAKA6DQBIgAgAoB8AAAAAAACYjAAAQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAAFCLAQCoiwEAAIwBAFiMAQAYVwUAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBAMCLAgDAcwoAGHQKAHB0CgDIdAoAIHUKAHh1CgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQAolAAAyA4AAAijAQCInQEAqFECAKBFAgDQIgEAQMEIAKhuBwDoDQkAmIwAAGjPEAB4zAMAOHQEANAiAQCgRQIAAAAAAJC3AACYlAEA8JQBAEiVAQAYGQAAwIsCABiMAgBwjAIAgBgBACBTAwCAGAEAmIwAAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAABQiwEAqIsBAACMAQBYjAEAAAAAAEDPBwAQfgoAqFECAABSAgDIDgAAoB8AAKhuBwCgQQcA+EEHAJC+EAD4yAYAkIUCAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAQKwEAJisBADwrAQASK0EAKCtBAD4rQQAUK4EAKiuBAAArwQAKOYNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAAiJ0BAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADoNQMAYPgNAEDOAACYzgAA8M4AAEjPAACgzwAA+M8AAFDQAACo0AAAANEAAFjRAACw0QAACNIAAGDSAAC40gAA0LEBACiyAQCAsgEA2LIBALhpAgBA1gEAmNYBAPiHAgAg5BEAyA4AAKAfAABwvAgAoEUCAOg6EAAozxEASKsBAKCrAQD4qwEAUKwBAKisAQAArQEAeGwCANBsAgCwahAACGsQADBsCgCIbAoA4GwKADhtCgCQbQoA6G0KAKBFAgAolAAAyA4AAAijAQCInQEAqFECAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQIgEAQMEIAKhuBwDoDQkAmIwAAGjPEAB4zAMAOHQEAEhLAAC4aQIAmIwAAIBYCQDYWAkAoKsBAGjeAAComQAAcLwIAKBFAgDoOhAAQNYBAEgtCgBIWwIAmIwAAEhbAgBIqwEAoDQPAPg0DwBAzgAAmM4AAPDOAABIzwAAoM8AAPjPAABQ0AAAqNAAAADRAABY0QAAsNEAAAjSAABg0gAAqJkAAACaAABQ8QAA6DUDAPCMAABIjQAAoI0AAPiNAABQjgAAkKkBAOipAQBAqgEAmKoBAPCqAQCYvxAAAJoAAFDxAADoNQMA4DcCAJC3AAComQAAWAAAAEhLAAC44QYAQM8HAKBFAgAAAAAAAAAAAAAAAAAYVwUAMGwKAIhsCgBIcAYAANkBACAPAAAQfgoAIFMDAKAJAAAolAAAyA4AAKAfAAD4HwAAGBkAAMCLAgAYjAIAcIwCAGCmCwC4pgsAEKcLADi0DACQtAwA4F0PAGABAAC4AQAAEAIAAGgCAADAAgAAwB0NABgeDQBwHg0AyB4NAHjtDgBY6Q4A2FgJAKCrAQBo3gAAqJkAAHC8CABgXg0AcBkAAMgZAABg+A0AoM4PAEiNAACgjQAA+I0AAFCOAACojgAAiGgPACCzDwCgTQ4AiGgPALjLEQAwnQEAOHQEAJB0BADw/wIA+IUKAOApDgDIDgAACMwCAHhsAgAwnQEA+MgGAKBLAACgRQIAMGwKALB+AgBIWwIASFsCADCdAQD4yAYA0CIBAAAAAACgRQIA+EUCAFBGAgCoRgIAAEcCAKBFAgA4tAwAYAYCAKA0DwD4NA8AANkBAKAfAABgUgYA6A0JAEAOCQCYDgkA8A4JAKBFAgAYAgQAcAIEAMgCBABA1gEAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAgAsJAKAfAADwXw8ASEsAALjhBgCInQEAqFECADgoAACA6QEA2OkBADDqAQAQ/wAAgBgBADgoAACA6QEA2OkBADDqAQDgWgUAOFsFAJBbBQBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAAOjgAQCIaA8AILMPAEDPBwBwvAgAmL8QAChRDwAAAAAAAAAAAAAAAAAAAAAAoEUCAPDLAQBIWwIAmIwAAAiOCACgRQIAYFIGAEDWAQCY1gEA8NYBAJi/EAAYGQAASEsAALjhBgCYjAAAgFgJAMgOAAAAAAAAGBkAAPD/AgBIAAMAoAADAODWBABwvAgAyLwIAPCMAABIjQAAoI0AAPiNAABQjgAAeMkPAMChAgAYogIAMJ0BADCdAQCoUQIAGBkAAMCLAgCocwkAKJQAAEDWAQCY1gEA8NYBAJDTCQComQAAyA4AAIDKDwBwGQAAeE4BANAiAQD4WgYAKI4CAJC3AABwvAgAmL8QABgZAAB4zAMAqJkAAAAAAABAzwcAqFECADCdAQCInQEAoEUCAPhFAgBQRgIAqEYCAABHAgD4RQIAmPQNAEDWAQCgRQIAKJQAAMgOAACgHwAA+B8AAKBFAgD4RQIAUEYCAKhGAgAARwIA+EUCAJj0DQBA1gEAoEUCACiUAADIDgAAoB8AAKBFAgBg+A0AQM4AAJjOAADwzgAASM8AAKDPAAD4zwAAUNAAAKjQAAAA0QAAWNEAALDRAAAI0gAAYNIAALjSAADQsQEAKLIBAICyAQDYsgEAoEUCACiUAADIDgAAoB8AAPgfAAAYGQAAwIsCABiMAgDw/wIAEMAKAGjACgDIgQ0ACKMBAEDPBwAQfgoAMJ0BAIidAQB4zAMAYNEEAMj9AQDQIgEAoEUCAEiACAAoKA4AWAAAAFgAAACoCgsAQNYBAEhLAADo4AEAcLwIAKBFAgBg+A0AYDERADCdAQCgRQIA8P8CABDACgBowAoAyIENAAijAQBAzwcAEH4KAKBFAgA44AwAAAAAAMgOAACozQEAAM4BACBTAwDIDgAAqN0DAKBFAgAwbAoASC0KACCWCgBISwAAuOEGAIidAQComQAAyA4AABB+CgBofgoAwH4KABh/CgBwfwoAyH8KAIidAQCoUQIAoEUCAIhoDwAgsw8AaOwKAMDsCgAgsw8AAAAAAKiZAABwvAgAeEkKADh0BACQdAQAONQQABB+CgDIDgAAqM0BAKAfAAD4HwAAuOEGAEDPBwAQfgoAqJkAAACaAABQ8QAA6DUDAPjIBgDo4AEAQOEBAJjhAQDw4QEAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAKiZAADIDgAACMwCACBTAwAolAAAgJQAAAgDAwD4yAYAIFMDAJiMAAAA2QEAWNkBALDZAQAI2gEAYNoBALjaAQAQ2wEAAO8BAFjvAQCw7wEACPABAGDwAQC48AEAEPEBAGjxAQCYjAAAGCkNAMgpDQAgUwMASGMDAGiRCwBw3g8AyN4PACDfDwB43w8A0N8PACjgDwCA4A8AsH4CAAh/AgBgfwIAOCgAAIDpAQDY6QEAMOoBAJi/EAAAmgAAUPEAAOg1AwAAAAAAmIwAAPD/AgBIAAMAEHUCAEirAQCYjAAAaM8QAKhRAgAQdQIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBABDbAQBo2wEAwNsBABjcAQBw3AEA0CIBAFgAAACwAAAA8LICAJC+EADovhAAIA8AABB+CgA4KAAAgOkBANjpAQAgFA0AeBQNACiUAABIqwEASEsAALjhBgBYAAAAYAYCAKA0DwD46REAgOkBANjpAQAgFA0AeBQNAKAfAAD4HwAAUPEAAOg1AwAAAAAAoEUCANC4EQCgWwIA+FsCAFBcAgCoXAIAAF0CAFhdAgBIqwEAmIwAAGjPEAAYGQAAqJkAAHC8CACgRQIA+EUCAJj0DQBA1gEA6OABAEDQDgBQWQMAmIwLADhpDwCQ6A0A6OgNAHDeDwDI3g8AIN8PAHjfDwDQ3w8AKOAPADi0DACQtAwAaOMNAMDjDQAY5A0AoEUCAGD4DQCQyRAAoEUCALATDABQow8AWEcCALBHAgAISAIAYEgCALhIAgD4RQIAwOQJAFjQDwCw0A8ACNEPAGDRDwC40Q8AENIPAGjSDwB4bAIAMJ0BAPjIBgCgSwAA4CkOACCWCgBISwAAoEUCADBsCgDo1QwAQNYMAFgVDwCwFQ8ACBYPAGAWDwC4Fg8AYPgNAGjPEAAYAgQAoEUCAGD4DQCQyRAA6MkQAEDKEACYyhAA8MoQAEjLEAComQAAqF8BAFhHAgCwRwIACEgCAGBIAgC4SAIAsBMMAFCjDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAaAIAWGgCALATDABQow8AWEcCALBHAgAISAIAYEgCALhIAgDAIAwASKsBAKA0DwD46REAUOoRAKjqEQDQIRAAgFEPAKBFAgAwbAoAkL4QAGjtEQDA7REAGO4RAMAgDAAYIQwA+EUCAFBGAgCoRgIAAEcCAAAAAAAoUQ8AoEUCADBsCgCQvhAAaO0RAMDtEQAY7hEAwCAMABghDAD4RQIAUEYCAKhGAgAARwIA+EUCAFBGAgCoRgIAAEcCAIjqAQAYVwUAUMwQAKjMEAAAzRAAWM0QALDNEAAAAAAAKJQAAICUAAAIAwMA+MgGABB1AgAwjhEAcLwIAGihAgAolAAAgJQAAAgDAwD4yAYAEHUCANCXEQBA1gEAsH4CAFhZBwBAwQgAaN4AAEDPBwBA1gEAaKECABB1AgCYjAAAANkBAFjZAQCw2QEACNoBAGDaAQC42gEAENsBAGjbAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAADgoAACA6QEA2OkBADDqAQBYAAAA0LoJAKhuBwBISwAA6OABAPD/AgBIAAMAoAADAPgAAwBQAQMAyA4AAKBFAgCIaA8AILMPAKBNDgDQuBEA6CERAAAAAABg+A0AkMkQAOjJEABAyhAAmMoQAPDKEABIyxAAsBMMAJjgEADw4BAASOEQACBTAwAAAAAAQM8HAEhLAACQtwAAmJQBAFD5AQCo+QEAAPoBAFj6AQCY1gEA8NYBAKBFAgAolAAAyA4AAAijAQCInQEAqFECAKBFAgDQIRAAgFEPALATDAAAAAAASKsBAAAAAAAolAAAmIwAAIBYCQAAAAAAAAAAACiUAABISwAAoEUCAHhsAgDQbAIAsGoQAKBFAgCwEwwAAAAAACiUAACYjAAA+IUKAOApDgAglgoAeJYKANCWCgAolwoA0LgRAICXCgDYlwoAMJgKANC4EQBgUgYAuFIGABBTBgDwURAASFIQAKBSEABgUgYAuFIGABBTBgDwURAASFIQAKBSEACYjAAAaM8QAAAAAACgRQIAqFECAABSAgBYUgIAAAAAAEhLAADo4AEAQOEBAJjhAQAQdQIAwM0NABjODQBo3gAAUGcCAKhnAgAYAgQASEsAAOjgAQBA4QEAmOEBABB1AgBodQIAsH4CAAh/AgBgfwIAuH8CAMgOAAAQBgYA2AcOAAh/AgBgfwIAuH8CAEhLAACgSwAAGM0RAHDNEQDIzREAAAAAAEDWAQCY1gEAwPEBALiUBgCobgcASEsAAMgOAAAQdQIAOHoCAJB6AgDoegIAQHsCAJh7AgDwewIASEsAAEh8AgBgrRAAoEsAABjNEQBwzREAQM8HABB1AgA4egIAoEsAABjNEQBwzREAyM0RAJiMAAAYKQ0AOHQEAKAfAADghA0AOIUNAJCFDQDohQ0AQIYNABB1AgA4egIAoEsAABjNEQBwzREAyM0RABB1AgA4egIAoEsAABjNEQBwzREAGAIEAFgAAADQugkAqJkAAACaAABQ8QAA6DUDADgoAACQKAAAAJoAAJjWAQAYGQAAkLcAAKiZAAComQAAAJoAAFDxAADoNQMAmIwAAFhZBwBAwQgAqJkAAACaAABQ8QAA6DUDAEhLAABISwAAEAYGAGgGBgBIWwIAoFsCAPhbAgDo4AEAqJkAAACaAABQ8QAA6DUDANAiAQBAwQgASEsAAKBLAADgKQ4AcLwIAJi/EAAAmgAAUPEAAOg1AwBIqwEASKsBAFgAAACoCgsAMJ0BAIidAQA45QMAkOUDAFD4EACY1gEAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEDWAQCY1gEA+IcCAFCIAgCoiAIAAIkCAFiJAgCwiQIACIoCAGCKAgCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAAAAAAKiZAAAYAgQAqJkAAACaAABQ8QAA6DUDAHC8CACYvxAAqF8BAKCOEgAAmgAAUPEAAOg1AwAAAAAAqJkAAACaAABILQoAcLwIAHhJCgDw/wIAMJ0BADh0BAAIowEAQM8HABB+CgComQAAAJoAAFDxAADoNQMASFsCAGAsDwAglgoAgJQAAKALAwBIqwEAoKsBAAgqDABgKgwAuCoMAKA0DwAAmgAAUPEAAOg1AwBozxAAqFECAGB6CwComQAAAJoAAFDxAADoNQMAQNYBAKhRAgAolAAA0CIBAEDBCAAYGQAASEsAAOjgAQDQxA0AUPEAAOg1AwBAzwcAIJYKAEhLAABIfAIAOCgAAEhbAgBgLA8AIJYKAICUAACgCwMAyA4AAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAmIwAAADZAQBY2QEAiDIAAAgOAwAA2QEACMwCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAkNMJAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQBAJAkAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCobgcAoEEHAPhBBwDIgQ0ACKMBAEDPBwAQfgoAqJkAAACaAABQ8QAA6DUDAEhLAACYjAAA8IwAAGihAgBAzwcA8P8CABDACgBowAoAOCgAAEirAQCgqwEAaN4AAKiZAAAAmgAAUPEAAOg1AwC44QYAEOIGALjRBABgBgIAoDQPANAiAQBAwQgAGBkAAEhLAADo4AEAcLwIAJi/EAAAmgAAUPEAAOg1AwDIDgAAYCQOAFgAAABYAAAAqAoLAEDWAQBISwAA6OABAHC8CACQ0wkAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAEirAQBIqwEAoDQPAKhRAgAYvgsAgFgJAJiMAADwsgIASLMCAKCzAgD4swIAULQCAKi0AgAAtQIAWLUCAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBA1gEAsH4CABgCBAAwnQEAiJ0BANCjAgAopAIAgKQCALi2AgAQtwIAaLcCAMC3AgAYuAIAcLgCAMi4AgAguQIAeLkCANC5AgAougIAgLoCANi6AgAwuwIAiLsCAOC7AgA4vAIAkLwCAOi8AgDQIgEASFsCAOghEQAAmgAAOCgAAJj0DQBA1gEA0CIBAPhaBgAojgIA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQCQtwAAoEEHAPhBBwBQQgcAqEIHAABDBwBYQwcA0CIBACgjAQBAcwwAeEkKAIi4DgDA5AkAkLcAAAgOAwAojgIAuOEGAEDPBwAQfgoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAAAAAmIwAAIBYCQAolAAAqJkAAKiZAAAAmgAAUPEAAOg1AwB4zAMAkLcAAJiUAQDwlAEASJUBAKiZAAAYGQAAkLcAAJiUAQDwlAEASJUBAKiZAAAAmgAAUPEAAOg1AwBwvAgAmL8QAKhuBwAAbwcA8JQBAEiVAQComQAAAJoAAFDxAADoNQMAcLwIAJi/EAA4KAAAwOQJAFjQDwComQAAcLwIAJiMAACAWAkA2FgJADBZCQCIaA8AILMPAKBNDgBg+A0AAC0HANAiAQBAwQgAmMEIAEhbAgDoIREAAJoAAKBFAgD4RQIAIOQRAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KAOjgAQCQwgsA6MILAEhLAACgRQIAiGgPACCzDwCgTQ4AMGwKAIhsCgBIcAYACI4IAKBFAgA4tAwAQFIBAJhSAQDQ1A8AKNUPAIDVDwDY1Q8AMNYPAGD4DQCQyRAA6MkQAAijAQBgowEAuKMBAKBFAgA4tAwAQFIBAJhSAQDQ1A8AKNUPAIDVDwDY1Q8AMNYPACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAsA0DAPCZDgBImg4AoJoOAPiaDgBQmw4AqJsOAEDPBwCgRQIA+EUCAJAoAABo3gAAoEUCAGD4DQC4+A0ASLMCAKCzAgD4swIAULQCAKi0AgAAtQIAyA4AAKBFAgCIaA8AILMPAKBNDgD4RQIAIOQRAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KAGjPEAAYGQAAcBkAAHhOAQCwXQIAMGwKAIhsCgDw1gEAmL8QAKhuBwDotwAAQL0CAPCyAgCY1gEASC0KAPDLAQCIaA8AYFIGABgCBACA8Q0A2PENADDyDQCI8g0AqJkAAACaAABQ8QAA6DUDABgZAABISwAAmIwAACiOAgC44QYAQM8HABB+CgComQAAAJoAAFDxAADoNQMAaAoMAMDkCQBY0A8A0KMCAKBFAgBIgAgASDcDANAiAQBIWwIAYCwPADCdAQCg3wIAmIwAACiOAgC44QYAQM8HABB+CgCgRQIAsBMMAJjgEADw4BAASOEQAPhFAgBQRgIAqEYCAABHAgAAAAAAoEUCADjgDACQ4AwAWLcQALC3EAAIuBAAYLgQAAD6AQAojgIAuOEGAEhbAgBIqwEAoDQPAIhoDwCQhQIA6IUCAECGAgBgUgYACA4DABgxAwBwMQMAyDEDACAyAwB4MgMAKD4DAIA+AwDYPgMAMD8DAIg/AwDgPwMAOEADAJBAAwDoQAMAQEEDAAAAAAAolAAAgJQAAKALAwD4CwMAUAwDAKgMAwAADQMAWA0DAGBSBgAIDgMAGDEDAHAxAwDIMQMAIDIDAHgyAwAolAAAyA4AAIhoDwAgsw8A0CcDACgoAwDQIgEA+FoGAGjPEADAHQ0AGB4NAHAeDQDIHg0ACF4CAAgUDABgFAwAIJYKAKhRAgDQIgEAoMEBADh0BACozQEACKMBAIidAQCoUQIAoEUCADBsCgCIbAoASEsAACiUAABA1gEAkOgNAPDrEACobgcA6LcAAEC9AgDwsgIAmNYBAPDWAQCgRQIAYPgNAGjPEABwvAgAoEUCAMAdDQAYHg0AcB4NAMgeDQAolAAAyA4AAKAfAAA44AwAkOAMAOCdAQA4ngEAkJ4BAOieAQBAnwEAeLwBADjUEACYzwcA8M8HAIgiCQDgIgkAOCMJAJAjCQDoIwkAYNEEALjRBAAQ0gQAaNIEAMDSBAAY0wQAcLwIAKBFAgBg+A0AaM8QAHC8CACgRQIAwB0NABgeDQBwHg0AyB4NACiUAADIDgAAoB8AAEiACABINwMAoDcDAPg3AwBQOAMAqDgDACjYDgCA2A4A2NgOADDZDgCI2Q4AoAkAAPh8DQCgHwAA8P8CABDACgBowAoAkL4QAPjIBgCQhQIAoAkAAMgLDAAAAAAAAGgCAPh5AwDQIgEAQMEIAMgOAACozQEA+HcAADgRDwBgegsAoAkAAMgLDAAAAAAAGFcFADjgDABIOg0AoDoNANC4EQDoIREAiMIHAKCrAQBo3gAAoEUCAIhoDwC4yxEA+EsAALATDABQow8AWEcCALBHAgAISAIAYEgCALhIAgDQIgEAoMEBAPjBAQBQwgEAqMIBAADDAQBYwwEAsMMBAGBSBgC4UgYAeJUDANCVAwAolgMAgJYDANiWAwBg0QQAuNEEAGAGAgCgNA8AqG4HAABvBwB4lQMAoEUCAPhFAgBQRgIAqEYCAABHAgB4bAIAMJ0BAPjIBgCgSwAAoEUCALATDABQow8AqKMPAACkDwDw/wIAEMAKAGjACgCwfgIAOBEPAGB6CwCIaA8AuMsRABDMEQCY1gEAyA4AAGhfAgDAXwIASKsBAHC8CACgRQIA+EUCAJj0DQBA1gEA4OQOADjlDgCQ5Q4A6OUOAEDmDgCY5g4A8OYOAEjnDgCg5w4A0CIBAEDBCAComQAASEsAANC4EQCgWwIA+FsCAFBcAgCwEwwAUKMPAFhHAgCwRwIACEgCAGBIAgC4SAIA0CIBAKDBAQD4wQEAUMIBAKjCAQAAwwEAWMMBALDDAQA44AwASDoNAGjPEAB4zAMAkLcAACBTAwB4kwsA6NUMAEDWDACY1gwA8NYMAEjXDACg1wwAgG8QAJjgEADw4BAASOEQAKBFAgA41BAAIJYKAEhLAACgRQIAONQQADgoAACgRQIA0LgRAGAsDwAglgoAgJQAAKALAwAwbAoAsH4CAIiwAgDgsAIACI4IAHC8CACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgA41BAA8P8CABDACgBowAoAOCgAAEirAQCgqwEASIAIACgoDgCAKA4A2CgOABAGBgDYBw4AMAgOALhRCgCgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgA41BAA8P8CABDACgBowAoAOCgAAEirAQCgqwEA0CIBAMj9AQAg/gEAeP4BAND+AQAo/wEAgP8BABgCBACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgA41BAA8P8CABDACgBowAoAOCgAAEirAQCgqwEAkOgNAOjoDQDw/wIAMJ0BAHC8CACYvxAAeGwCADCdAQD4yAYAoEsAAKBFAgA41BAA8P8CABDACgBowAoAOCgAAEirAQCgqwEAMJ0BAKDfAgCgRQIAOLQMAKgKCwAwnQEAiJ0BADjlAwCQ5QMAUPgQAKBFAgCQ6A0A8OsQAACaAACY1gEA+IcCAFCIAgCoiAIAAIkCAFiJAgCwiQIAYPgNAJDJEADoyRAACKMBAGCjAQC4owEA0CIBAEDBCAAYGQAASEsAAKBFAgCIaA8AILMPAKBNDgCwEwwACBQMAEhLAAAQBgYAGAIEAKBFAgA44AwAkOAMAOjgDADAHQ0AeMwDANDMAwAozQMA0CIBAPhaBgBIqwEA4NYEAJC3AAComQAA0LgRAGAsDwAglgoAgJQAAKALAwDIDgAAoEUCADjUEAAglgoASEsAAKBFAgA41BAAOCgAAKBFAgAwbAoAsH4CAIiwAgDgsAIASEsAAOjgAQCoUQIAYHoLAACaAACgRQIAkOgNAOjoDQDw/wIAMJ0BAHC8CACYvxAA0LgRACi5EQCAuREAOKYCAJCmAgDopgIAaKECAMChAgBwvAgAoEUCAGD4DQAojgIAgBgBANgYAQAIDgMAYA4DALgOAwBYnA4AsJwOAAidDgBgnQ4AuJ0OABCeDgBong4AwJ4OABifDgBwnw4AyJ8OACCgDgB4oA4A0KAOACihDgCAoQ4A2KEOADCiDgCIog4A4KIOADijDgCQow4A6KMOAECkDgCYpA4A8KQOAEilDgCgpQ4A+KUOAFCmDgCopg4AAKcOAFinDgCwpw4ACKgOAGCoDgC4qA4AMJ0BAIidAQDQowIAKKQCAICkAgDYrAMAMK0DAIitAwDgrQMAOK4DAJCuAwDorgMAQK8DAJivAwDwrwMASLADAKCwAwD4sAMAAAAAAEDPBwAglgoAoEUCALjtDQAQ7g0A8P8CABDACgBg+A0AaM8QAMDPEAAY0BAAcNAQAMjQEAAg0RAAOOAMAJDgDADo4AwAGAIEAHACBADIAgQAQNYBAKBFAgBIgAgAoIAIAPiACABQgQgAqIEIAEg3AwCgNwMA+DcDAFA4AwBgUgYAuFIGAHhbDwAolAAA0CIBABgZAACgRQIAAJoAAJjWAQA44AwASDoNAKA6DQDAHQ0AGB4NAMgZAAAgGgAAkLQMAPCyAgCwfgIAWFkHAEDBCABISwAA6OABANDEDQCgRQIAOLQMAEBSAQCY1gEAWAAAALAAAADwsgIAmNYBAPDWAQCgRQIASIAIAPCIEABIiRAAKI4CAOjgAQCQwgsAQMEIABgZAABISwAAoEUCAJDoDQDIvAgAOFgRAJBYEQBIWwIAmIwAAADZAQCgHwAASIAIAEg3AwDQrg0AKK8NAICvDQDYrw0AoEUCADjgDABIOg0AoDoNAEiACADwiBAASIkQAPCyAgBISwAAuOEGAIidAQCoUQIAoEUCACiUAABoXwIAKJQAAEhLAABISwAAuOEGAIidAQCoUQIAoEUCAJDoDQDA4A4AaN4AADjgDACQ4AwA6OAMADBsCgCIbAoAQMgCAABvBwB4lQMA0JUDACiWAwAYAgQAoEUCANAiAQAoIwEAQHMMAJiMAAAIjggAeEkKAIidAQCoUQIAoEUCADBsCgCIbAoA8NYBAEjXAQCg1wEA+NcBADjgDABIOg0AoDoNAEirAQCgqwEAyC4EACAvBAB4LwQA0C8EACgwBACAMAQAiGgPALjLEQD4SwAAOBwEAJAcBADoHAQAQB0EAADZAQCgHwAA8F8PAKBFAgA44AwAkOAMAOjgDADQIgEAQMEIAJjBCAAoIwEAQNYBADjgDABIOg0AoDoNADjgDACQ4AwA6OAMAPjtDABQ7gwAqO4MADi0DABAUgEAmFIBAHgcDgDQHA4AKB0OAIAdDgA4nRAAONQQADgoAACgRQIASIAIAPCIEABIiRAA8LICAEhLAAC44QYAiJ0BAKhRAgCgRQIAKJQAACCACgB4gAoA0IAKAIhoDwAgsw8AoE0OAEiACACgHwAA+B8AAFAgAACoIAAAACEAAFghAABg+A0AKI4CACCWCgB4lgoA0JYKACiXCgCAlwoA2JcKADCYCgCImAoAuEUOABAGBgDYBw4AiLACAMgOAACo3QMAmIwAACiOAgDo4AEAuO0NAOApDgDIDgAACMwCAKBFAgDAHQ0AwIsCABiMAgBwjAIASKsBAKCrAQAIKgwAYCoMALgqDAD4hQoA4CkOAMgOAAAIzAIAoAkAAPgJAACIaA8AILMPAKBNDgBg+A0ACI4IAHC8CABA1gEAmNYBAMgOAACozQEAIFMDADjUEAAQfgoAoEUCAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JAKBFAgBYAAAASEsAALjhBgCInQEAqFECAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQA6D4LAEA/CwA41BAAEH4KAKBFAgAolAAAgJQAAAgDAwDgNwIAoEUCAJDoDQDA4A4A0CIBAPhaBgAYKQ0AiJ0BAKBFAgBIgAgAIA8AAID9CQDY/QkAMP4JAIj+CQCgRQIA4JgKADiZCgCQmQoA6JkKAECaCgCYmgoA8JoKAEibCgCgmwoA+JsKAEiACACgHwAA+B8AAFAgAACoIAAAACEAACBTAwDIDgAAoEUCAIhoDwC4yxEA+EsAAFBMAACoTAAAAE0AAFhNAACwTQAACE4AAGBOAAC4TgAA6NUMAEDWDABYFQ8AsBUPAAgWDwBgFg8AuBYPADjUEAAQfgoAoEUCALjtDQDgKQ4AyA4AAEirAQCgqwEACCoMAGAqDAC4KgwAuA4DAAAAAABIqwEAyA4AAAjMAgBgzAIAKI4CAOjgAQDwywEAAAAAAAAAAAAAAAAAAAAAAAAAAAAYRwMAcEcDAPDLAQAAAAAAGEcDAHBHAwBITQMAuFIGADgXDQCQFw0A6BcNAEAYDQCYGA0A8BgNAEgZDQCgGQ0AYG4EALhuBAAQbwQAaG8EAMBvBAAYcAQAcHAEAMhwBAAgcQQAeHEEANBxBAAocgQAgHIEANhyBAAwcwQAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAPBJBABISgQAoEoEAPhKBABQSwQAqEsEAABMBABwTwQAyE8EACBQBAB4UAQA0FAEAChRBACAUQQA2FEEADBSBACIUgQA4FIEADhTBACQUwQA6FMEAEBUBACYVAQA8FQEAKhRAgAgUwMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEAEhbAgCYjAAAyA4AADh/BACQfwQAoDQPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQA4Bg8AkAYPAOgGDwBABw8AmAcPAPAHDwBICA8AoAgPAPgIDwBQCQ8AkEgEAOhIBAD4RQIAUEYCAKhGAgAARwIAQJYPADhbBQCQWwUA6FsFAEBcBQCYXAUA8FwFAEhdBQCgXQUAsBMMAFCjDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAeGwCAPiFCgAwnQEAoN8CAKA0DwBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGACBVBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwBINwMAoDcDAJC3AABYAAAAEJsEABB1AgCwchEACHMRAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAAQdQIAkHkRAAgOAwAYMQMAcDEDAMgxAwAgMgMAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBABgZAABwGQAAaN4AAKiZAAAAmgAAUPEAAOg1AwDoeREAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBABwvAgAkNMJAKiZAADIDgAAgMoPAHAZAAB4TgEA0AkCAKhfAQCQHw4AOHQEAAjMAgDo4AEA0MQNAFDxAADoNQMAYFIGAAgOAwBgDgMAuA4DABAPAwD4RQIAUEYCAKhGAgAARwIA0CIBAFgAAACoCgsAQNYBAEhLAADo4AEA0MQNAFDxAADoNQMASKsBAODWBAA41wQAWAAAAEhAAAAQdQIAMI4RADCdAQBIWwIAMF8HALB+AgDwsgIAGAIEAKBFAgDAHQ0AGB4NAHAeDQDIHg0ASKsBAKCrAQDILgQAIC8EAJi/EABwvAgAIFMDAHDODQCYzwcA8M8HAEjQBwCgRQIASIAIAGhfAgCYjAAA8LICAJjWAQDw1gEAoEUCADjUEABIWwIAwPEBALiUBgCobgcASEsAAKBFAgD4RQIAwOQJABjlCQC4WwMAEFwDAACECwAgGgAASEAAAKBFAgB4bAIAwN4AALB+AgBgMREAuDERANC6CQAouwkAoEUCAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAoEUCADjgDABg0QQAuNEEAGAGAgCgNA8A0CIBAEDBCAAYGQAASEsAAJiMAAAojgIAuOEGAEDPBwAQfgoAIFMDAEirAQDg1gQAONcEAFgAAABIQAAAoEUCAEirAQDg1gQAONcEAJDXBADo1wQAQNgEAJjYBADw2AQASNkEAKDZBAD42QQAUNoEACAfDQB4Hw0A0B8NACggDQCgRQIASKsBAODWBAA41wQAkNcEAOjXBABA2AQAmNgEAPDYBABI2QQAoNkEAPjZBABQ2gQAIB8NAHgfDQDQHw0AKCANAEBSAQCYUgEA0NQPACjVDwCA1Q8ASKsBABgCBACQtwAAmJQBAHDRAQA4KAAAwOQJAKhRAgAolAAAQNYBAJjWAQDw1gEAIFMDAECsBAB48A0A0PANACjxDQCoPQUAAD4FAFg+BQCwPgUACD8FAGA/BQC4PwUAEEAFADi0DADgnwQASDcDAJC3AACYlAEAmM8HALgLDwCQVgMA6FYDAEBXAwCYVwMA8FcDAEhYAwAoPgMAgD4DANg+AwAwPwMAiD8DAGD4DQAALQcAOLQMAKgKCwDIDgAACMwCAKhRAgBA1gEAmNYBAMgOAAA4fwQAkH8EAOiqCACQ6A0AQNYBAJC+EADw/wIAEMAKAGjACgAAaAIAWGgCAIhoDwAQBgYAaAYGAKiZAABwvAgASEsAALjhBgAQ4gYAaOIGAMDiBgAY4wYAcOMGACBTAwA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAkEgEAIDvCgDY7woAMPAKAMDiBgAY4wYAcOMGAOjxCgCYNAsA8DQLAFhHAgAwnQEAQNYBAJjWAQCAGAEAAAQRAKBFAgBgUgYAQNYBAJjWAQBIcAYAKI4CAOjgAQBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAuO0NAOApDgDIDgAACMwCAEirAQCgqwEACCoMAGAqDAC4KgwA+IUKAOApDgDIDgAACMwCAKBFAgBg+A0AaM8QAHC8CACgRQIAOLQMAKgKCwBA1gEASEsAAAAAAAAAAAAAAAAAABB1AgAAAAAAEHUCAAAAAAAQdQIAAAAAAKBFAgBg+A0AaM8QAHC8CACgRQIAOLQMAKgKCwBA1gEASEsAAGDLEQAAAAAAoEUCAGD4DQBozxAAcLwIAKBFAgA4tAwAqAoLAEDWAQBISwAASKsBAKCrAQDILgQAIC8EAHgvBADQLwQAKDAEAIAwBACIaA8AuMsRAPhLAACAGAEAWAAAAKgKCwDIDgAACMwCAKhRAgBA1gEAmNYBAMgOAAA4fwQAkH8EAIAYAQAw7AQAYPgNAKDODwC4UQoAEFIKAGhSCgDAUgoAMGwKAIhsCgBAyAIAAG8HAEDWAQBwvAgAoEUCAGD4DQAIjggAYI4IALiOCAAQjwgA6OABANDEDQAQdQIAoEUCANAiAQCgwQEAOHQEAKjNAQAIowEAiJ0BAKhRAgCgRQIAYPgNAAAtBwCoUQIAYHoLANAiAQCgRQIAOOAMAPjIBgBQyQYAkOgNAPDrEADwvxAA0LoJAKjXEAAA2BAAyA4AAKBFAgA41BAAEH4KAAAAAAAAAAAAIFMDAEhjAwBokQsAwJELABiSCwBwkgsAsBMMAJjgEADw4BAASOEQANAqDQAoKw0AgCsNAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAGAJDAC4CQwAEAoMAPiFCgDgKQ4AyA4AAAjMAgDgaA8A0MQNACjFDQCAxQ0A2MUNADDGDQCIxg0A4MYNADjHDQCQxw0AkOgNAGgZEgComQAAiGgPACCzDwCgTQ4AYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBACQSAQAgO8KANjvCgAw8AoAwOIGABjjBgCQvhAA+MgGAOjgAQBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAuGkCABBqAgC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAIFUGAHhVBgDQVQYAKFYGAIBWBgBIgAgAoB8AAPgfAABQIAAAqCAAACBTAwA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgC4WwMAEFwDAACECwCITQ0ASC0KACCWCgBISwAA6OABAIhoDwAgsw8AoE0OALjtDQDgKQ4AyA4AAKiZAABISwAAaN4AAEDPBwBA1gEAaKECAKBFAgA44AwASDoNAKA6DQAolAAAgJQAAEDWAQCY1gEASHAGAKBwBgD4cAYAmIwAAEhbAgBIqwEAAAAAAKBFAgBooQIA8L0NAIidAQDQowIAIFMDADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAAAaAIAWGgCAGBSBgAIDgMAMPERAIjxEQDg8REAQNAOADB2AwAgDwAA0CIBAEDBCAC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgBgCQwAuAkMABAKDAD4hQoAGAIEAAAAAAAAAAAAAAAAABhHAwBwRwMA8MsBAAAAAAAAAAAAAAAAAAAAAAAYRwMAcEcDAEhNAwC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAGHIHAHByBwDIcgcAIHMHAHhzBwDQcwcA0CIBAIDoBQDY6AUAMOkFAIjpBQBwvAgASFsCAKBFAgDQIgEAKCMBAEBzDACYcwwA8HMMANAiAQCA6AUA2OgFADDpBQCI6QUAkLcAAOi3AABAuAAAmLgAAPC4AAD4WgYA8LICAJC+EACYjAAACI4IANAiAQCA6AUA2OgFADDpBQCI6QUA6KoIAJDoDQBA1gEAkL4QAPD/AgAQwAoAaMAKAABoAgBYaAIAiGgPABAGBgBoBgYAqJkAAHC8CADQIgEAyP0BAICUAAAIAwMAYAMDAAgOAwAojgIAuOEGAEDPBwAQfgoAyA4AAKAfAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOAYPAJAGDwDAjRAA4LIFADizBQCQswUA6LMFAEC0BQCYtAUA8LQFAEi1BQCgtQUA+LUFAFC2BQCgRQIASKsBAODWBACInQEAaKECAKBFAgD4RQIAUEYCAKhGAgDQzw0AKNANAGD4DQAIjggAcLwIAEDWAQCY1gEAyA4AAKjNAQAoUQ8AEP8AAPDVBQDgKQ4AyA4AAAjMAgDQdQoAKHYKAIB2CgDYdgoAMHcKAIh3CgDgdwoAOHgKAJB4CgDoeAoAYPgNAGjPEAAYAgQAoEUCADjUEAA4KAAAoEUCAIhoDwC4yxEA+EsAAFBMAABYAAAA0LoJAKhuBwAwnQEAkGEOAMDkCQComQAAcLwIAKBFAgDQIgEAgOgFANjoBQAw6QUAiOkFAOiqCAC47Q0A4CkOAMgOAAAIzAIAuO0NAOApDgDIDgAACMwCAKBFAgD4hQoAGAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGFcFAHBXBQDgVgoAOFcKAJBXCgDoVwoAQFgKAJhYCgDwWAoASFkKAKBZCgD4WQoAUFoKAKhaCgAAWwoAWFsKALBbCgAIXAoAkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgA41BAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAiGgPALjhBgAQ4gYAaOIGAHC8CACgRQIAONQQACCWCgAYAgQAyA4AADh/BACQfwQA4NYEALhpAgDIDgAAOH8EAJB/BAC4aQIAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQA4Bg8AkAYPAOgGDwBABw8AmAcPAPAHDwBICA8AoAgPAPgIDwBQCQ8AqAkPAAAKDwBYCg8AsAoPAAgLDwBgCw8AkEgEAIDvCgDY7woAMPAKAIjwCgDg8AoAOPEKAJDxCgA41BAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAiGgPALjhBgAQ4gYAaOIGAHC8CACgRQIAONQQACCWCgCQSAQAgO8KANjvCgAw8AoAiPAKAODwCgA48QoAkPEKADjUEACYzwcA8M8HAIgiCQDgIgkAOCMJAJAjCQDoIwkAQCQJAKBFAgCIaA8AuOEGABDiBgBo4gYAcLwIAKBFAgA41BAAIJYKAEDWAQCQvhAAoN8CAKCrAQD4qwEAGAIEALhpAgCQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAONUBAOg6EAAozxEAKJQAAICUAAB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFANDGBQAoxwUAgMcFANjHBQAwyAUAiMgFAODIBQA4yQUAkMkFANAiAQCA6AUA2OgFADDpBQCI6QUAAAAAAIAYAQAw7AQAYPgNAKDODwC4UQoAEFIKAGhSCgDAUgoAMGwKAIhsCgBAyAIAAG8HAEDWAQBwvAgAoEUCAGD4DQAIjggAYI4IALiOCAAQjwgA6OABANDEDQAQdQIAoEUCANAiAQCgwQEAOHQEAKjNAQAIowEAiJ0BAKhRAgCgRQIAYPgNAAAtBwCoUQIAYHoLANAiAQCgRQIAOOAMAPjIBgBQyQYAkOgNAPDrEADwvxAA0LoJAKjXEAAA2BAAyA4AAKBFAgA41BAAEH4KAAAAAAAABBEAEAYGAGgGBgDABgYAGAcGAHAHBgDIBwYAgBgBADDsBABg+A0AoM4PALhRCgAQUgoAaFIKAMBSCgAwbAoAiGwKAEDIAgAAbwcAQNYBAHC8CACgRQIAYPgNAAiOCABgjggAuI4IABCPCADo4AEA0MQNABB1AgCgRQIA0CIBAKDBAQA4dAQAqM0BAAijAQCInQEAqFECAKBFAgBg+A0AAC0HAKhRAgBgegsA0CIBAKBFAgA44AwA+MgGAFDJBgCQ6A0A8OsQAPC/EADQugkAqNcQAADYEADIDgAAoEUCADjUEAAQfgoAAAAAAMAdDQAYHg0AIFMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgCAFhoAgBIgAgAoIAIAPiACADofwQAQIAEAJiABADwgAQASIEEAEDQDgAAAAAAAAAAAMgOAAAAAAAAAAAAABhXBQDQlAcAKJUHABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQAOEgEAJBIBACA7woA2O8KADDwCgDA4gYAGOMGAHDjBgAgUwMAyKcEACCoBAB4qAQA0KgEACipBACAqQQA2KkEADCqBADAJgoAGCcKAHAnCgDIJwoAICgKAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JAKBFAgBg+A0AOCgAAEhLAADo4AEA0MQNAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAgNMBANjTAQAw1AEAiNQBAODUAQAolAAAgJQAAAgDAwDgNwIAoEUCAEiACAAgDwAAgP0JANj9CQAw/gkAiP4JACBTAwCYjAAA4DcCAEDWAQCY1gEASEsAABAGBgBoBgYAqJkAAMgOAABYAAAA0LoJACi7CQBQ8QAAmNYBAAAAAAAolAAAqJkAAMgOAAAIzAIA6OABANDEDQBQ8QAA6DUDAHiTCwDQkwsAKJQLAKBwBgD4cAYAUHEGAKhxBgAAcgYAWHIGALByBgAIcwYAYHMGALhzBgAQdAYAaHQGAMB0BgAYdQYAcHUGAMh1BgAgdgYAeHYGANB2BgAodwYAgHcGANh3BgAweAYAiHgGAOB4BgA4eQYAkHkGAOh5BgBAegYAmHoGAPB6BgBIewYAoHsGAPh7BgBQfAYAqHwGAJiMAADwjAAA6A0JAEAOCQBwvAgAoEUCAIhoDwC4yxEA+EsAANAiAQD4WgYAUFsGAKBFAgAwbAoAiGwKAEhLAAAQBgYAaAYGAKiZAADIDgAAoEUCADi0DAD4+g8AKLsJAKBFAgAwbAoAiGwKAAAAAAAolAAAqJkAAMgOAAAIzAIAoEUCAEirAQDg1gQAYNEEAKDBAQD4yAYAUMkGAGjeAAD4hQoAMJ0BAJC3AADoDQkAoEUCADjgDABIOg0AIFMDAJC3AAAIDgMAGDEDAHAxAwDIMQMAIDIDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAIRxEA0MQNAFDxAADoNQMAiDIAAOi3AABAuAAAmLgAAPC4AABIuQAAIFMDAJC3AAAIDgMAGDEDAHAxAwDIMQMAIDIDAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAIRxEA0MQNAFDxAADoNQMAMGwKAIhsCgDw1gEASNcBAKDXAQD41wEAUNgBAKjYAQBIqwEAoKsBAAgqDABgKgwAuCoMAPiFCgDgKQ4AyA4AAAjMAgComQAAcLwIAHhJCgA4dAQAiDIAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBw7gYAyO4GACDvBgB47wYA0O8GACjwBgCA8AYAyKcEACCoBAB4qAQA0KgEACipBACAqQQA2KkEADCqBACIqgQA4KoEADirBACQqwQA6KsEAMDxAQAY8gEAcPIBAMjyAQAg8wEAADoKAFg6CgCwOgoACDsKAGA7CgC4OwoAEDwKAGg8CgDAPAoAGD0KAHA9CgDIPQoAID4KAHg+CgDQPgoAKD8KAIA/CgDYPwoAMEAKAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgBw7gYAyO4GACDvBgB47wYA0O8GACjwBgCA8AYAeFMDANBTAwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFANDGBQAoxwUAgMcFANjHBQAwyAUAoB8AAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQA4Bg8AkAYPAOgGDwBABw8AmAcPAPAHDwBICA8AoAgPAPgIDwBQCQ8AqAkPAAAKDwBYCg8AsAoPAAgLDwBgCw8AOLQMAPiYCwBQmQsAqJkLAACaCwBYmgsAsJoLAAibCwBgmwsAuJsLABCcCwBonAsAwJwLABidCwBwnQsAyJ0LACCeCwB4ngsA0J4LACifCwCAnwsA2J8LADCgCwC4WwMAEFwDAACECwCITQ0ASC0KACCWCgBISwAA6OABAIhoDwAgsw8AoE0OALjtDQDgKQ4AyA4AAEhLAACgRQIAeGwCANBsAgCwahAACGsQAMAdDQAYHg0AcB4NAMgeDQA4tAwAqAoLAMgOAACozQEACKMBAEhbAgBIqwEAoDQPAIhoDwAgsw8AoE0OAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgBgCQwAuAkMABAKDACIaA8AuMsRAPhLAAAwbAoAiGwKAPDWAQBI1wEAoNcBAPjXAQBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAAAQ/wAA0PsNAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBABIYQsAkOAMAOjgDADQuBEAMF8HAIhfBwDgXwcAOGAHABgZAACgRQIASIAIAPCIEABIiRAAKI4CADCdAQBg0QQAQMEIAEDPBwAglgoASEsAAOjgAQDQxA0AUPEAAOg1AwBwHREAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAEDyCgCY8goA8PIKAEjzCgCg8woA+PMKAFD0CgCo9AoAAPUKAFj1CgCw9QoACPYKAGD2CgBIgAgAoB8AAPgfAABQIAAAqCAAAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAuFsDABBcAwAAhAsAWIQLALCECwAIhQsAYIULALiFCwD4RQIAwOQJABjlCQBw5QkAONQQAEDWAQCgRQIAkOgNAOjoDQBA1gEAmNYBAEDIAgBISwAASHwCAEDWAQAYAgQAoEUCAPDLAQAolAAAgJQAAAgDAwDgNwIAOAYPAJAGDwDoBg8AQAcPAJgHDwDwBw8ASAgPAKAIDwD4CA8AUAkPAKgJDwAACg8AWAoPALAKDwAICw8AYAsPADiDCgBAbgoAsHEKAAhyCgBgcgoAuHIKAJBIBACA7woA2O8KADDwCgCI8AoA4PAKADjxCgCQ8QoAONQQAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQBAJAkAoEUCAIhoDwC44QYAEOIGAGjiBgBwvAgAoEUCADjUEAAglgoAyOMGACDkBgB45AYA0OQGALgLDwAQDA8AaAwPAMAMDwAYDQ8AcA0PAMgNDwAgDg8AeA4PANAODwCQSAQAgO8KANjvCgAw8AoAwOIGABjjBgDIgQ0AoB8AAIjCBwCgNA8AqG4HAEhLAAC44QYAQM8HABB+CgBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGACDkBgB45AYA0OQGAKiZAAAAmgAAUPEAAOg1AwBYUgIAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgAgDwAAgP0JANj9CQAw/gkAiP4JAEh8AgCYzwcA8M8HAEjQBwComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACBTAwAw2goAAJoAAFDxAADoNQMAGBkAAHAZAAAIgAkAYIAJALiACQAQgQkAaIEJAMCBCQCwfgIA8P8CAEgAAwAYKQ0AcCkNAJiMAABIWwIASKsBAKBFAgCIaA8AuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAAgvDgBgTAgAuEwIABBNCABoTQgAwE0IABhOCABwTggAyE4IAGD4DQA4KAAASEsAAOjgAQDQxA0ASIAIAKAfAACIwgcAoDQPAKhuBwBISwAAuOEGAEDPBwAQfgoAoEUCALATDACY4BAA8OAQAEjhEAAwdgMAGIcLAHCHCwDIhwsAIIgLAHiICwDQiAsA6DQHAEA1BwCYNQcA8DUHAEg2BwCgNgcA+DYHAFA3BwCoNwcAADgHAGhQBwDAUAcAGFEHAHBRBwDIUQcAIFIHACiUAABA1gEAQNYBAJjWAQAYGQAASEsAAKBFAgCIaA8AILMPAJjPBwCoCgsASKsBAKCrAQD4qwEAGAIEACBTAwAAAAAAoEUCAIhoDwCQhQIA6IUCAECGAgBA0A4ASIAIACgoDgAwnQEA+MgGAJiMAABIWwIASKsBAKA0DwBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAACIEgcAoEUCAPhFAgCY9A0A8PQNAEj1DQCIaA8AuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAIFMDALhbAwAQXAMAAIQLAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAoDQPAEiACACgHwAA+B8AAFAgAACoIAAAACEAANAiAQAAAAAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAsP8OAAgADwBgAA8AQNYBAEgtCgB4ABAAwKECAACaAADo1QwAQNYMAEDWAQCY1gEASHAGAKBwBgD4cAYAmIwAAEhbAgBIqwEAoDQPAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAgJQAABgZAAAYAgQAIFMDAEhLAACQtwAAWAAAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAA4KAAAgOkBANjpAQAw6gEAkLcAAJiUAQBw0QEAyNEBAEDWAQCY1gEA+IcCACDkEQDIDgAAoB8AACiBCgCAgQoA2IEKADCCCgCIggoA4IIKAHDuBgDI7gYAIO8GAHjvBgDQ7wYAKPAGAIDwBgAwdgMAIA8AAID9CQDY/QkAMP4JAIj+CQCgRQIAsBMMAJjgEADw4BAASOEQALgLDwAQDA8AAJsSAFibEgCwmxIACJwSAGCcEgC4nBIAEJ0SAGidEgDAnRIAGJ4SABBvBABobwQAwG8EABhwBABwcAQAyHAEACBxBAB4cQQAuO0NAOApDgDIDgAASFsCADBfBwCIXwcA4F8HADhgBwCQYAcAyIENAPh3AADw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAmIwAADgoAABooQIAaIcHAMDxAQDIDgAAiDIAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgCw/w4ACAAPAGAADwCgRQIA0CIBAPhaBgAYAgQAoEUCAMAdDQAYHg0AcB4NAMgeDQDQuBEA6CERAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAYFIGALhSBgA4Fw0AkBcNAOgXDQBAGA0AmBgNAPAYDQBIGQ0AoBkNAPgZDQBQGg0AsBMMAMgOAAAIzAIAYMwCAEhbAgBIqwEA4NYEADh0BABoXwIAUL8NADjgDABYAAAA8IwAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgCw/w4ACAAPAGAADwB4UwMA0FMDAHgMAQDQDAEAKA0BAIANAQDYDQEAMA4BAIgOAQDQuBEAYCwPAEDPBwBISwAAyA4AAAjMAgAQBgYA2AcOAGAxEQCgRQIA+EUCAEDWAQBILQoA0CIBAKBFAgDwywEAEP8AACBTAwA4VgMA6LcAAEC4AACYuAAA8LgAAEi5AACguQAAuO0NABDuDQBo7g0AwO4NADBsCgDo1QwAQNYMAKBFAgA41BAAIJYKAEhLAACgRQIAONQQADgoAACgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8A0LgRADBfBwCIXwcA4F8HADhgBwCQYAcAyIENAKBFAgCIaA8AILMPAKBNDgCIaA8AmIwAAIBYCQBooQIAoEUCAIhoDwBozxAAGAIEAKBFAgA41BAAOCgAAKBFAgCIaA8AuMsRAPhLAABQTAAAqEwAAKiZAABwvAgAoEUCANC4EQAwXwcAiF8HAOBfBwA4YAcAkGAHAEirAQCYjAAAANkBAAjMAgC44QYAkLcAAMgOAACgHwAAmIwAAPCyAgCQtwAA6A0JABB1AgCwchEACHMRAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAMgOAAAQdQIAkHkRAOh5EQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgCw/w4ACAAPAGAADwAAAAAAWAAAANC6CQCo1xAAyA4AAKAfAACYjAAA8LICAJC3AADoDQkAWAAAAIBtAgAQdQIAsHIRAAhzEQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAAEHUCAJB5EQDoeREAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAsP8OAAgADwBgAA8ASKsBAODWBADw/wIAMJ0BAIidAQCoUQIAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEAOg+CwCgHwAA+B8AAFDxAADoNQMAIFMDAEhLAAAQBgYA2AcOAIiwAgDIDgAAWAAAAKgKCwBA1gEASEsAACBTAwBISwAAEAYGANgHDgCIsAIAyA4AAFgAAACoCgsAQNYBAEhLAAAgUwMAMNoKAACaAABQ8QAA6DUDAMinBAAgqAQAeKgEANCoBAAoqQQAgKkEANipBABgLQsA4LYLADi3CwCQtwsA6LcLAEC4CwCYuAsA8LgLAEi5CwCguQsA+LkLAFC6CwCougsAALsLAFi7CwCwuwsACLwLAGC8CwC4vAsAEL0LAGi9CwDAvQsAuAsPABAMDwBoDA8AwAwPABgNDwBwDQ8AyA0PACAODwB4Dg8A0A4PACgPDwCADw8A2A8PADAQDwCIEA8A4BAPAACbEgBYmxIAsJsSABgZAACAGAEAAAQRAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwASIAIAKAfAAD4HwAAUCAAAKggAAAwqgQAiKoEAOCqBAA4qwQAkKsEAOirBAD4XQUAUF4FAKheBQC4aQIAEGoCABAGBgDYBw4AiLACAMgOAABYAAAAqAoLAEDWAQBISwAAEHUCAJB5EQDoeREAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAsP8OAAgADwBgAA8AuAAPABABDwBoAQ8AwAEPABgCDwBwAg8AyAIPACADDwB4Aw8A0AMPALATDACY4BAA8OAQAEjhEADwNgMACA4DADDxEQCI8REA4PERADjyEQCQ8hEA6PIRAEDzEQCY8xEAiBgFAOAYBQA4GQUAkBkFAOgZBQBAGgUAmBoFAPAaBQBIGwUAoBsFAPgbBQBQHAUAqBwFAAAdBQBYHQUAsB0FAAgeBQBgHgUAuB4FABAfBQBoHwUAwB8FABggBQBwIAUAyCAFACAhBQBA8goACA4DADDxEQCI8REA4PERADjyEQCQ8hEA6PIRAEDzEQCY8xEAOFYDACi0BACAtAQA2LQEADC1BACItQQA4LUEAEhLAAC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDI4wYAIOQGAHjkBgDQ5AYAuFsDAKiZAABo3gAAkLcAAJiUAQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgCw/w4ACAAPAGAADwAQfgoAcBkAAIjMCwDgzAsAmIwAAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQDIDgAA+HcAAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8AqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQC4WwMAEFwDAACECwBg+A0AWOkOAODWBADw/wIAEMAKAMAdDQAYHg0AiMwLAODMCwDIDgAAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0AOOAMAJDgDADo4AwAGAIEAHACBADIAgQAQNYBAKBFAgBgUgYA6LcAACiUAADIDgAACMwCAOjgAQCgRQIAwB0NABgeDQCIzAsA4MwLAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAkLcAAJC3AACgQQcA+EEHAFBCBwCoQgcA8NYBAKBFAgB4bAIA+IUKADCdAQCg3wIAoDQPALATDADIDgAACMwCAGDMAgBIWwIASKsBAODWBAA4dAQAaF8CADCdAQCInQEAqFECAKBFAgBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAmEkEAKCACAD4gAgAUIEIAKiBCAAAgggAWIIIALCCCAAIgwgAiGgPAJC3AABYAAAAAAAAADCdAQBYAAAAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAkEgEAOhIBABASQQAiGgPALjLEQD4SwAAuO0NAOApDgDIDgAACMwCAIhoDwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoAmDQLAPA0CwBYRwIAMJ0BAEDWAQCY1gEAONQQAJjPBwDwzwcASNAHAKBFAgCIaA8AkLcAAFgAAACgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAB4bAIAMJ0BAPjIBgCgSwAAoEUCALjtDQDgKQ4AyA4AAAjMAgCgRQIASEsAAJC3AABYAAAAoEUCADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIAJi/EAAAmgAAIFMDAECsBAB48A0A0PANACjxDQDwNgMA6HEFAPCUAQBIlQEAAAAAAOA3AgAAAAAAAAAAAAAAAACYjAAAOCgAAMgOAAA4fwQAkH8EAOiqCABAqwgAmKsIAPCrCABIrAgAoKwIAPisCABQrQgAYMsRAFBZAwCQtwAAWAAAAKBFAgA4tAwAQFIBAJhSAQDw/wIAMJ0BAHC8CACYvxAAAJoAACBTAwBArAQAePANANDwDQAo8Q0A8DYDAOhxBQDwlAEASJUBAAAAAADgNwIAAAAAAAAAAAAAAAAAmIwAADgoAABwvAgAyLwIAGAxEQBISwAAuOEGAPD/AgAQwAoASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADg9BACQPQQA6D0EACiUAACAlAAAeAwBAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8AONQQAEDWAQCgRQIAkOgNAMDgDgAY4Q4AcOEOAMjhDgAg4g4AeOIOANDiDgAo4w4AgOMOANjjDgAw5A4AiOQOAHC8CADIDgAAoEUCAEiACACgHwAA+B8AAFAgAACoIAAAACEAAFghAAA4PQQAkD0EAOg9BAAolAAAgJQAAHgMAQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAoDQPADjUEABA1gEAoEUCAJDoDQDA4A4AGOEOAHDhDgDI4Q4AIOIOAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgCgRQIASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAADg9BACQPQQA6D0EACiUAACAlAAAeAwBAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8AONQQAEDWAQCgRQIAkOgNAMDgDgAY4Q4AcOEOAMjhDgAg4g4AeOIOANDiDgAo4w4AgOMOANjjDgAw5A4AiOQOAGDLEQDIpwQAwOQJABjlCQBw5QkAwB0NABgeDQBwHg0AyB4NACAfDQB4Hw0A0B8NACggDQAAAAAAmIwAAIBYCQDYWAkA4NYEACBTAwBA1gEAkL4QAIidAQCoUQIAYHoLAACaAABQ8QAA6DUDAKiZAADQIgEAkLcAAAgOAwDwjAAA6A0JAEAOCQDIDgAAoB8AAPgfAABQIAAAqCAAAAAhAACY1gEAAJoAAFDxAADoNQMAwPEBAMgOAAAgUwMAMHYDABiHCwBwhwsAyIcLACCICwB4iAsA0IgLAEDQDgA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAYAkMALgJDAAY7QoAcO0KAMjtCgDA4gYAGOMGAHDjBgDo8QoAiGgPACCzDwBwvAgAmL8QAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBQWQMAuMsRAPhLAACADwQA2A8EADAQBACIEAQA4BAEADgRBACQEQQA6BEEAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAoDQPAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAOBHBAA4SAQAYPgNACiOAgAIWA8AuMsRADCdAQA4dAQAkHQEANAiAQAoIwEA0CIBAEDBCAAYGQAA+N0KAFDeCgCo3goA0M8NACjQDQDQIgEA+FoGAPCyAgBooQIAwKECAHC8CACgRQIAkOgNAPDrEACYjAAAEO4NAGjuDQDA7g0AGO8NAHDvDQDI7w0AIPANAACyDgBozxAAcLwIAKBFAgA44AwASDoNAKA6DQD49Q0A6OgNADh0BAD4dwAASFsCAEirAQCgNA8AcLwIAKBFAgAolAAAgJQAAEhLAAC44QYAoN8CAKBFAgCIaA8AuOEGABDiBgBo4gYAcLwIAKBFAgAwbAoAiGwKAEhLAAAQBgYASKsBAODWBAA41wQAMKcFAJC3AAAQdQIAkHkRAOh5EQBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEABjuBgCw/w4ACAAPAGAADwAwjhEAoB8AAPgfAABQIAAAqCAAAAAhAABwvAgAmL8QAJiMAAAIjggAIFMDAJDTCQBo3gAAGBkAACBTAwD4hQoA4CkOAMgOAAAIzAIASKsBAKCrAQBI2gsAoNoLAPjaCwBQ2wsA0LoJACi7CQBQ8QAA6DUDAHDODQCYzwcA8M8HAEjQBwCgRQIAKJQAAICUAAAIAwMA4DcCAKBFAgBIgAgAIA8AAID9CQDY/QkAMP4JAEiACADwiBAASIkQACiOAgAolAAAyA4AAKBFAgD4hQoAUL8NAKhuBwBooQIAwKECAHC8CACQ0wkAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCYJAkA8CQJAEglCQCgJQkA+CUJAFAmCQCoJgkAACcJAFgnCQCwJwkACCgJAGAoCQC4KAkAECkJAGgpCQBAOgkAmDoJAPA6CQBIOwkAcLwIAKBFAgA41BAAIJYKAEhLAACgRQIAeGwCANBsAgAYKQ0A+MgGALjhBgCInQEAqFECAKBFAgD4RQIAmPQNAEDWAQCgRQIAONQQAJjPBwDwzwcAiCIJAOAiCQA4IwkAkCMJAOgjCQAouwkAsH4CACiOAgC44QYAQM8HABB+CgBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgDQXgMAyP0BAEhLAACYjAAAKI4CAOjgAQA41BAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAEAkCQCgRQIAiGgPALjhBgAQ4gYAaOIGAHC8CACgRQIAONQQACCWCgBISwAAAGgCACiUAACAlAAAeAwBANAMAQAoDQEAgA0BANgNAQAwDgEAiA4BANAiAQAoIwEAQHMMAHhJCgCIuA4AGAIEAKBFAgBgUgYAuFIGADgXDQCAlAAASEsAAOjgAQBQWQMAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAHhsAgDQbAIAGCkNAPjIBgC44QYAiJ0BAKhRAgCgRQIA+EUCAJj0DQBA1gEAoEUCAPD/AgBIAAMAoAADAPgAAwD4hQoA4CkOAMgOAAAIzAIAYMwCAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQBgTAgAAAAAAEirAQAgUwMAuFsDABBcAwAAhAsAuO0NAOApDgDIDgAACMwCAMgOAACgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8AOOAMAJDgDADo4AwA+O0MAFDuDACo7gwAOLQMAKgKCwAACwsAeFMDANBTAwB4DAEA0AwBACgNAQCADQEA2A0BADAOAQCIDgEAeMYFAEDWAQCY1gEASHAGACiOAgDo4AEASIAIAKAfAADIDgAAqM0BAAijAQBAzwcASKsBAEirAQCgRQIAuO0NAOApDgDIDgAACMwCABD/AADQ+w0AGFcFAIhoDwAQBgYAaAYGAKiZAABwvAgAoEUCAPhFAgCY9A0AQNYBAKBFAgAAAAAAKJQAAKiZAAAAmgAAGAIEAKBFAgD4RQIAUEYCAKhGAgAARwIAGBkAAHAZAACIzAsA4MwLAMgOAAA4KAAAgOkBANjpAQAw6gEAmL8QAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQA4Bg8AkAYPADgXDQCQFw0A6BcNAEAYDQCYGA0A8BgNAEgZDQCgGQ0AMGwKAIhsCgBIcAYAoHAGAPhwBgCgRQIAYPgNAGjPEAAYAgQAoEUCAGBSBgC4UgYAEFMGAPBREABIUhAA8IwAALhRCgCgRQIAOLQMAKgKCwAwnQEAiJ0BACiOAgDIDgAAIFMDALhbAwAQXAMAAIQLAFiECwCgHwAA+B8AAFAgAACoIAAAACEAAIgSBwCgRQIAYPgNAPD/AgBIAAMAGCkNAHApDQCYjAAASFsCAEirAQCgNA8A+EUCAJj0DQBA1gEAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAMgOAACgHwAA+B8AAFAgAACoIAAAACEAAIgSBwDgEgcA+B8AAFDxAADoNQMAoB8AAPgfAABQ8QAA6DUDALgLDwAQDA8AaAwPAMAMDwAYDQ8AcA0PAMgNDwAgDg8AeA4PANAODwC4aQIAQNYBAJjWAQD4hwIAIOQRAMgOAACgHwAA+E0OAMCLAgCocwkAAHQJAKBFAgBIgAgAoB8AAPgfAABQIAAAqCAAAJC3AABooQIA+IUKAOApDgAglgoAyA4AAKAfAADghA0AEIsNAEDWAQCQvhAA8P8CABDACgBowAoAEHUCALByEQAAmgAAUPEAAOg1AwAQdQIAGBkAAKiZAABISwAAaN4AAEDPBwBA1gEAaKECAMChAgAAmgAAUPEAAOg1AwC4Cw8AEAwPAPCUAQBIlQEA8BcRAAAAAAAAAAAAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAgUwMAOFYDACi0BACAtAQA2LQEADC1BACItQQA4LUEADi2BACQtgQA6LYEAEC3BACYtwQA8LcEAEi4BACguAQA+LgEAIhoDwC4yxEA+EsAALATDAAIFAwAcLwIAFgAAACoCgsAMJ0BAIidAQA45QMAoEUCACiUAABA1gEASKsBACBTAwCgCQAA+IUKAFCGCgCohgoAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAGAJDAC4CQwAEAoMAIhoDwC4yxEA+EsAADgcBADA4A4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBADgcBADA4A4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBAIAjAQCgRQIAMGwKAOjVDABA1gwAWBUPALAVDwAIFg8AYBYPAKiZAAAAmgAA0CIBAKDBAQA4dAQAqM0BAAijAQBAzwcAEH4KAKBFAgCQ6A0A8OsQABgZAAB4zAMAqJkAAHC8CACgRQIAeGwCAPiFCgAwnQEAoN8CAKA0DwCIaA8AEAYGABgCBAAwnQEAiJ0BAKhRAgCgRQIAiGgPACCzDwCgTQ4AYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAGAJDAC4CQwAEAoMAIhoDwC4yxEA+EsAADgcBADA4A4A6NMJAEDUCQCY1AkA8NQJALAZCgCQ6A0AyLwIAKiZAADQIgEAKCMBAJDoDQBoGRIAwBkSABgaEgBwGhIAyBoSACAbEgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYASJ4JAEDPBwBgTAgAaKECAMChAgAAmgAAmNYBAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBArAQAePANANDwDQAo8Q0AgGoOAPiFCgAwnQEAoN8CAKA0DwD4RQIAkCgAAEhLAACQtwAA6A0JADCdAQCInQEAqFECAKBFAgBIgAgAoB8AAPgfAABQIAAAqCAAAAAhAABYIQAAYPgNAGAxEQAwnQEAoEUCAPD/AgAQwAoAaMAKAMiBDQAIowEAQM8HABB+CgAgUwMAMJ0BAKDfAgCgNA8AGBkAAHAZAAB4TgEAOCgAAJj0DQDw9A0ASPUNAKD1DQD4CwMAAJoAAFDxAADoNQMA8MsBAMCfCgAYoAoAcKAKAMigCgAgoQoAeKEKAAAAAAAYRwMAcEcDAMAdDQAYHg0AyBkAAIhJBwDgSQcAINULAHjVCwDQ1QsA+EUCAMDkCQAY5QkAcOUJADjUEABA1gEAoEUCAJDoDQDo6A0AQNYBAJjWAQBAyAIASEsAAEh8AgBA1gEAsBMMAAgUDABgFAwAuBQMABAVDAAAAAAA8P8CAEgAAwDwsgIAAAAAAEDWAQDo1QwAQNYMAAAAAABwvAgAkNMJAOjTCQBA1AkAmNQJAPDUCQAAAwoAWAMKALADCgAIBAoAYEwIAGihAgDAoQIASEsAABgZAABwGQAAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAACaAABQ8QAA6DUDABB1AgAwjhEAIA8AAID9CQAgHw0AwOQJAFjQDwDQowIAoEUCAGD4DQAALQcA8P8CAEgAAwCgAAMA4NYEAHC8CACgRQIAkOgNAMDgDgDo0wkAQNQJAJjUCQDw1AkAsBkKALATDAAIFAwA8P8CADCdAQBA1gEASC0KABB+CgDQIgEAQMEIABgZAAB4bAIAQM8HAEDWAQBooQIA8L0NAIidAQCoUQIAoEUCAGBSBgC4UgYAEFMGAPBREABIUhAAoFIQAPhSEABQUxAAqFMQAKBFAgAwbAoA6NUMAEDWDACY1gwA8NYMAEjXDACg1wwAiBsPAOAbDwAQBgYA2AcOACiOAgDo4AEAqFECAKBFAgA44AwASDoNAKA6DQCwEwwAMJ0BAPjIBgCgSwAA+EsAAIAPBACgRQIAwB0NABgeDQBwHg0AyB4NADBsCgDo1QwAQNYMAFgVDwCwFQ8ACBYPAGAWDwC4Fg8AONQQAEDWAQCgRQIA0CIBAKDBAQA4dAQAiDIAAJiUAQBw0QEAOCgAAMDkCQCoUQIAKJQAAEDWAQCY1gEAQNYBAJjWAQBIcAYAKI4CAOjgAQCQ6A0AwOAOAOjTCQBA1AkAmNQJAPDUCQCwGQoAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgAmL8QAEDPBwBAzwcASEsAAEirAQCgNA8AyA4AAKjNAQCgRQIAkOgNAMDgDgDo0wkAQNQJAJjUCQDw1AkAsBkKAMAdDQAYHg0AcB4NAMgeDQAgHw0AeB8NANAfDQAoIA0AkOgNAMDgDgDo0wkAQNQJAJjUCQDw1AkAsBkKALATDAAIFAwAcLwIAFgAAACoCgsAMJ0BAIidAQAYGQAAqJkAAEhLAAAQdQIAkHkRAOh5EQBw0QEAyNEBACDSAQB40gEA0NIBAAhHEQBgRxEAuEcRABBIEQBoSBEAwEgRABhJEQBwSREAOAYPAJAGDwDoBg8AQAcPAJgHDwDwBw8ASAgPAKAIDwD4CA8AUAkPAKgJDwAACg8AWAoPALAKDwAICw8AYAsPAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwAwnQEAmIwAAIBYCQCgRQIAiGgPAJC3AABYAAAAIFMDAKBFAgDoOhAAKM8RAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgAQ/wAAAAAAABhXBQBQzBAAmPQNAEDWAQBISwAAuOEGAPD/AgAQwAoAiMIHABgCBACgRQIAMGwKAIhsCgDgbAoAOG0KAJBtCgDobQoAoEUCADjgDAA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAQKwEAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwC4WwMAEFwDACgvCADoOhAAqJkAAKhfAQCQHw4AOHQEAAjMAgC44QYAiJ0BAKhRAgCgRQIAkOgNAMDgDgDQIgEA+FoGABgpDQBIngkAoJ4JAPieCQBQnwkAqJ8JAACgCQBYoAkAsKAJAAihCQBgoQkAuKEJABCiCQBoogkAwKIJABijCQBwowkAyKMJAEDWAQCY1gEA+IcCACDkEQDIDgAAoB8AAPDLAQBISwAAkLcAAFgAAAAgUwMAAAAAAEirAQDIDgAAIFMDAAAAAAAolAAAgJQAAAgDAwDgNwIAIFMDAAAAAABIWwIASKsBAKA0DwCIaA8AILMPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwAiGgPAJC3AABYAAAAIFMDAAAAAABIqwEAyA4AACBTAwAAAAAASIAIAKjNAQAAzgEAIFMDAAAAAAAYGQAAGBkAAKiZAACobgcASEsAALjhBgBAzwcAEH4KAKBFAgAwbAoAiGwKAOBsCgA4bQoAkG0KAOhtCgA4TAoASEsAALjhBgAQ4gYAaOIGAHC8CACQ0wkAIJYKAAAAAABISwAASEsAAFgAAACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIhHBADgRwQA0F0SAKgKCwAACwsAWAsLABD/AADw1QUA4CkOAMgOAAAIzAIAKFEPADBsCgCIbAoASHAGAKBwBgD4cAYAoEUCAJDoDQDIvAgAOFgRAJBYEQBIWwIAmIwAAADZAQCgHwAASIAIAKAfAAD4HwAAUCAAAKggAAAAIQAAWCEAAGD4DQAojgIAKJQAAEirAQBwvAgAoEUCAMAdDQAYHg0AcB4NAMgeDQBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAYAkMALgJDAAQCgwAQNYBAJjWAQD4hwIAIOQRAMgOAACgHwAAmL8QAACaAABQ8QAA6DUDAKiZAAAAmgAAUPEAAGDVCgC41QoAyBkAAAAAAAAAAAAAAAAAABhHAwBwRwMASE0DALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwAAAAAAAAAAABhHAwBwRwMASE0DALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQA4EcEADhIBAAYcgcAcHIHAMhyBwAgcwcAeHMHANBzBwBo3gAAMJ0BAIidAQComQAAAJoAAFDxAADoNQMAAAAAAAAAAAAAAAAAAAAAAAAAAABAzwcAyA4AAKBFAgCwEwwAmOAQAPDgEABI4RAAAAAAAAAAAAAAAAAA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAAAAAAAAAAAAAAAAAqF8BAJAfDgBAzwcAEH4KAKBFAgAwbAoAiGwKAOBsCgA4bQoAkG0KAAAAAAComQAAAJoAAEhbAgAwnQEAiJ0BANCjAgBoGRIAgJQAAKhRAgDIDgAA+HcAAEDOAAA4KAAASFsCAJiMAABAzgAAoEUCAGD4DQBIWwIAqFECAGB6CwCIwgcAoDQPAPiFCgAYGQAAqJkAAKhfAQCQHw4AAAAAABgZAACgRQIAMGwKAIhsCgD4hQoAKJQAAMgOAAD4dwAACI4IAMgOAACozQEACKMBAEDPBwAQfgoAqJkAADBsCgCQvhAAkGEOAMDkCQAolAAASEsAAJiMAAAojgIAAAAAAEDPBwCgRQIAMGwKAIhsCgBAyAIAmMgCAMgOAAD4dwAACI4IABgZAABwGQAAIFMDADDaCgCI2goA4NoKADjbCgCQ2woA6NsKAEDcCgCY3AoA8NwKAEjdCgCg3QoAqJkAAKhuBwAAbwcAWG8HALBvBwAIcAcAYHAHALhwBwAQcQcAaHEHAMBxBwD4RQIAUEYCAKhGAgAARwIAiOoBADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAA4tgQAkLYEAOi2BABAtwQAmLcEAPC3BABIuAQAoLgEAPi4BAD4RQIAUEYCAKhGAgAARwIAiOoBADhWAwAotAQAgLQEANi0BAAwtQQAiLUEAOC1BAA4tgQAkLYEAOi2BABAtwQAmLcEAPC3BABIuAQAoLgEAPi4BACgRQIAiGgPALjhBgAQ4gYAaOIGAHC8CACgRQIAONQQACCWCgC44QYAEOIGAGjiBgBwvAgAoEUCADjUEAAglgoAoEUCAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAIFUGAHhVBgDQVQYAKFYGAIBWBgAwjhEAIA8AAID9CQDY/QkAMP4JAIj+CQBISwAAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgCQSAQAgO8KANjvCgAw8AoAiPAKAODwCgA48QoAkPEKALhbAwAQXAMAAIQLAFiECwCwhAsACIULAGCFCwC4hQsA+EUCAMDkCQAY5QkAcOUJADjUEABA1gEAoEUCAJDoDQDo6A0AQNYBAJjWAQBAyAIASEsAAEh8AgBA1gEAwIsCAIBYCQCgNA8AAJoAAFDxAADoNQMAQM8HAEDPBwBIqwEAoEUCAIhoDwC44QYAEOIGAGjiBgBwvAgAoEUCADjUEAAglgoASEsAAKBFAgB4bAIA+IUKADCdAQCg3wIAoDQPAHhsAgDQbAIAGCkNAPjIBgC44QYAiJ0BAKhRAgCgRQIA+EUCAJj0DQBA1gEAoEUCAGD4DQBozxAAwM8QADjUEACYzwcA8M8HAEjQBwCgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQAoDQPAACaAABQ8QAA6DUDAHAdEQC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgC4IgsAECMLAGgjCwDAIwsAGCQLAHAkCwDIJAsAICULAHglCwDQJQsAKCYLABD/AABo3gAAUGcCABgpDQD4yAYAsFICAEDWAQCY1gEASHAGACiOAgDo4AEAoM4PAAAAAAAolAAAMJ0BAEDWAQCY1gEAwPEBAHC8CABIWwIAkLcAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADYKw0ASFsCAEhLAACYjAAAGCkNAIidAQCgRQIAwPEBAHC8CABIWwIAkLcAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBACwEwwAUKMPAABgAQBYYAEAuC8OABAwDgBoMA4AwDAOABgxDgB4bAIA+IUKAFC/DQAYGQAAoEUCAIhoDwAQBgYAGAIEADCdAQCInQEAqFECAKBFAgCIaA8AILMPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgDIDgAAoEUCAGBSBgC4UgYAOBcNAJAXDQDoFw0AQBgNAJgYDQDwGA0ASBkNAKAZDQD4GQ0AUBoNAGD4DQCgzg8AAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAoEUCAPhFAgBA1gEASC0KANAiAQCgRQIAiGgPALjLEQD4SwAAKJQAAICUAACgCwMA+AsDAACaAABIqwEAGAIEADCdAQCInQEAqFECAKBFAgCQ6A0AyLwIADhYEQCQWBEASFsCAJiMAAAA2QEAoB8AAHjtDgCgzg8AAAAAACiUAAAwnQEAQNYBAJjWAQBg+A0AAC0HADBsCgCIbAoAyA4AACAPAAAglgoAQNYBAJC3AAComQAA+EUCAEDWAQBILQoA0CIBAKBFAgA44AwA+MgGAMgOAACgRQIAOLQMAEBSAQCQvhAAYNEEAPhaBgDwsgIAGAIEAKBFAgD4RQIAUEYCAPCMAAC4UQoASHwCAEDWAQAYAgQAoEUCADjUEABA1gEAoEUCAEiACAAgDwAAIJYKAEDWAQCQtwAAOOAMAEg6DQCgOg0AwB0NABgeDQBwHg0AyB4NAHjtDgDQ7Q4AKO4OAIDuDgDY7g4AMO8OAIjvDgDg7w4AAGgCAFhoAgAwbAoAiGwKAAAAAAAolAAAqJkAAMgOAAAIzAIAoEUCAIhoDwC44QYAEOIGAGjiBgBwvAgAoEUCADjUEAAglgoASEsAAKBFAgBg+A0AOCgAAEhLAADo4AEA0MQNABgZAAComQAAqF8BACBTAwBQWQMAuOEGABDiBgBo4gYAwOIGABjjBgBw4wYA6PEKAGD4DQCgzg8AAAAAACiUAAAwnQEAQNYBAJC+EACInQEAqFECAKBFAgBg+A0AAC0HAGBSBgC4UgYAEFMGAGhTBgDAUwYAGFQGAHBUBgDIVAYAiEcEAKiZAABISwAAmIwAAAiOCABwvAgAQNYBAJC+EACInQEAOCgAAJj0DQCgRQIAsBMMAAgUDABgFAwAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0AmIwAABgpDQC4aQIAmIwAADgRDwAYvgsAcL4LAIidAQDIGQAAiEkHAOBJBwAg1QsAeNULANDVCwAo1gsAgNYLANjWCwCgHwAA+B8AAFAgAACoIAAAACEAAFghAADQIgEAoMEBADh0BABIWwIA6CERAPiFCgCYjAAA8P8CADCdAQCInQEA4GgPAJDCCwDowgsAQMMLAJjDCwDwwwsASMQLAKDECwD4xAsAUMULAKjFCwAAxgsAWMYLALDGCwDo6A0A0EkKAChKCgCASgoAKJQAAHC8CAAwbAoAiGwKAEhwBgAIjggAoEUCACiUAABwvAgAAAAAAEDPBwCgRQIAiGgPALjhBgAQ4gYAaOIGAMDiBgAY4wYA+IUKAFgAAAC4aQIAGBkAAKiZAABISwAAaN4AAEDPBwBA1gEAaKECALhpAgCoUQIAYHoLALh6CwAQewsAaHsLAMB7CwAYfAsAmNYBAMgOAACozQEAoB8AAMgOAAAgUwMAqFECAGB6CwC4egsAEHsLAGh7CwDAewsAGHwLAHB8CwDIfAsAIH0LAHh9CwDQfQsA+EUCAJj0DQBA1gEAONQQAEDWAQCgRQIASIAIAKAfAAD4HwAAUCAAADCdAQCQtwAAqJkAAMAdDQAYHg0AcB4NAMgeDQBooQIACG8LAHAZAABo3gAA+IUKAOApDgDIDgAACMwCAOjgAQCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOEoHAJBKBwDoSgcAQEsHAJhLBwDwSwcAYPgNAAiOCABwvAgAQNYBAJjWAQDIDgAAqM0BAKBFAgD4RQIAmPQNAPD0DQBI9Q0AMCwNAIgsDQDgLA0AOC0NAIhoDwCQtwAAWAAAAKBFAgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQAOEgEAJBIBADoSAQAmIwAABgpDQComQAAAJoAAFDxAADoNQMA8MsBAMCfCgAYoAoAcKAKAMigCgAgoQoAeKEKANAiAQBYAAAAqAoLAEDWAQCwfgIA8LICABgCBACgRQIA+EUCAFBGAgCoRgIA0M8NACjQDQA44AwAkOAMAOjgDADAHQ0AwIsCABiMAgBwjAIAMGwKAIhsCgDIDgAAIA8AAEirAQAolAAASEsAALjhBgBAzwcAcLwIAJi/EAAYGQAAwIsCABiMAgBwjAIAwB0NABgeDQBA1gEAoEUCAEiACACgHwAA+B8AAFAgAAAYGQAAwIsCABiMAgBwjAIAOLQMAEBSAQCYUgEA8P8CADCdAQBwvAgAmL8QAJC3AADoDQkAoEUCALjtDQDgKQ4AyA4AAAjMAgCgRQIAOOAMAEg6DQCgOg0AaKECAAhvCwBwGQAAaN4AAEDPBwB4ABAAKJQAAFgAAACgRQIA+EUCAFBGAgCoRgIA0M8NACjQDQAARwIAeMwDAEDPBwAQdQIAkHkRAOgNCQCYjAAAaM8QABgZAAComQAAiMIHAMgOAAAQdQIAoIYRAPiGEQBA1gEAmNYBAMgOAAAgDwAASKsBAPD/AgAQwAoAcLwIAMi8CAAIjggAcLwIAEDWAQCY1gEAyA4AAKjNAQCgHwAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBACBTAwC4WwMAwIsCABiMAgBwjAIAYKYLALimCwAQpwsAaKcLAMCnCwAYqAsAcKgLAMioCwAgqQsAeKkLANCpCwAoqgsAgKoLANiqCwAwqwsAiKsLAOCrCwA4rAsAoEUCAND7DQAgDwAAgP0JANj9CQAw/gkAiP4JACi4CgB49gsA0PYLACj3CwDQxA0AUPEAAOg1AwCwEwwAyA4AAAjMAgBgzAIASFsCAEirAQDg1gQAOHQEAGhfAgCgRQIAYPgNAAAtBwDAHQ0AqJkAAGjeAACgRQIAYFIGALhSBgAQUwYAaFMGAMBTBgAYVAYAcFQGAMhUBgCIRwQAIFMDAPDLAQDAnwoAGKAKAHCgCgDIoAoAIKEKAHihCgDQoQoAKKIKAGCpCgAAAAAAAAAAAAAAAACYsAoA8LAKAEixCgCgsQoA+LEKAFCyCgCosgoAALMKAAAAAAAAAAAAWLMKALCzCgAItAoAONUBAJDVAQDo1QEA+EUCAJj0DQDw9A0ASPUNACBTAwBArAQAmKwEAKCOEgD4jhIAUI8SAKiPEgCYjAAASFsCAEirAQCgNA8A+EUCAMDkCQAY5QkAcOUJAMAdDQAYHg0AcB4NAMgeDQAgHw0AeB8NANAfDQAoIA0AqJkAABgZAABwGQAAqJkAABgZAAAYGQAAcBkAAKiZAAAYGQAASEsAACBTAwC4WwMAEFwDAACECwBYhAsAsIQLAAiFCwBghQsAuIULAPhFAgDA5AkAGOUJAHDlCQA41BAAQNYBAKBFAgCQ6A0A6OgNAEDWAQCY1gEAQMgCAEhLAABIfAIAQNYBABgCBACgRQIA6DoQACBTAwAAAAAAoEUCANC4EQCgWwIAOCgAADgoAACQKAAAAJoAAJC+EACInQEAqFECAKBFAgCIaA8AuOEGABDiBgBo4gYAcLwIAKBFAgA41BAAIJYKAEhLAACgRQIAYPgNADgoAABISwAA6OABANDEDQBgTAgACA4DAGAOAwAgUwMAYPgNAFjpDgDYWAkAMFkJANC4EQAwXwcAiF8HAOBfBwA4YAcAkGAHAEiOBwBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgBwVAYAyFQGAIhHBADgRwQA6D4LAEA/CwBg+A0AuPgNABD5DQBo+Q0AwOAOAGjeAABwVwUAYPgNALj4DQBIswIAoLMCAPizAgBQtAIAqLQCAAC1AgCgRQIAKLQPAAAAAACgRQIAyDASAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAYVwUA0CIBAMj9AQDIDgAACMwCAKBFAgDQuBEA6CERADjUEAA4KAAAoEUCAIhoDwCQhQIA6IUCAECGAgAIzhAAUKMPAFhHAgCwRwIACEgCAGBIAgDIDgAAoEUCADi0DACQtAwA8LICALB+AgBYWQcAQMEIAEhLAADo4AEA0MQNAKBFAgAAAAAAoEUCAIhoDwAgsw8AoE0OANC4EQDoIREAMGwKAIhsCgDIDgAAIA8AACCWCgBA1gEAkLcAAKiZAAAAaAIAWGgCAHigAwBgLA8AQM8HAEirAQCgRQIAqFECADCdAQDw/wIAEMAKAKA0DwD4NA8AaM8QAMDPEACoUQIAMJ0BAPD/AgAQwAoAqDoGAPg6AgC4lQIAEJYCAKBFAgCoUQIAMJ0BAPD/AgAQwAoA0CIBAIDoBQDY6AUAMOkFAIjpBQAYVwUA0CIBAMj9AQDIDgAACMwCAKBFAgDQuBEA6CERADjUEAA4KAAAoEUCAIhoDwCQhQIA6IUCAECGAgDQIgEAgOgFANjoBQAw6QUAiOkFAODpBQAAaAIAWGgCAHigAwBgLA8AQM8HAEirAQCgRQIAqFECADCdAQDw/wIAEMAKAKg6BgD4OgIAuJUCABCWAgCgRQIAqFECADCdAQDw/wIAEMAKANAiAQCA6AUA2OgFADDpBQCI6QUA4OkFAABoAgBYaAIAeKADAGAsDwBAzwcASKsBAKBFAgCoUQIAMJ0BAPD/AgAQwAoAoDQPAPg0DwBozxAAwM8QAKhRAgAwnQEA8P8CABDACgCoOgYA+DoCALiVAgAQlgIAoEUCAKhRAgAwnQEA8P8CABDACgBwvAgAaBkSAEirAQCgNA8AGBkAAHAZAAB4TgEAOCgAAJj0DQDw9A0ASPUNAKD1DQD4CwMAAJoAAFDxAADoNQMAuFsDABBcAwAAhAsA0CIBACgjAQBAcwwAmHMMAPBzDABIdAwAwB0NAMCLAgAYjAIAcIwCAHC8CADQIgEAKCMBAEBzDACYcwwA8HMMAEh0DADAHQ0AwIsCABiMAgBwjAIAcLwIANAiAQAoIwEAQHMMAJhzDADwcwwASHQMADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DABIqwEAoKsBAMguBAAgLwQAoEUCACiUAABA1gEASKsBADBsCgCIbAoAyA4AACAPAABIqwEA8P8CABDACgA44AwAYNEEALjRBAAQ0gQAaNIEAMDSBACgRQIAsBMMAAgUDABISwAAEAYGABgCBACgRQIA+EUCAJj0DQBA1gEAoEUCADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DAAAaAIAWGgCAHigAwDQoAMAKKEDAIChAwD4RQIAmPQNAPD0DQBI9Q0AoPUNADjgDAD4yAYAUMkGADjgDACQ4AwA6OAMAEDhDAAALQcAOLQMAJC0DADotAwAQLUMAJi1DADwtQwASLYMABB1AgDA8QEAyA4AACAPAADQIgEA+FoGACiOAgCQtwAA6A0JADCdAQCInQEAqFECAKBFAgA4tAwAkLQMAOi0DABAtQwAmLUMAPC1DABItgwA+EUCAJj0DQBA1gEAoEUCAIAYAQDwjg4A0F0SACheEgDAHQ0AGB4NAHAeDQDIHg0AOLQMAEBSAQCY1gEA+IcCAMDkCQBIMRAAqJkAAHC8CACgRQIAeGwCADCdAQD4yAYAoEsAAKBFAgAAAAAAoEUCADjUEABA1gEAoEUCAHAVEAAAAAAAoEUCADjUEABA1gEAoEUCAHAVEADIFRAAeO0OAAAtBwCQ6A0A8OsQAPC/EADQugkAqNcQAADYEACYvxAAGBkAAJC3AABYAAAAsAAAAAi5DABguQwAuLkMABC6DABougwA0CIBAPhaBgBozxAA+DoCAJiMAACAWAkA2FgJAPCMAABooQIAaIcHADgRDwBgegsAuO0NABDuDQBo7g0AwO4NAMAdDQAYHg0AcB4NAMgeDQDQuBEA6CERAKiZAAAYGQAAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0AOOAMAJDgDAAwPhIAiD4SAOA+EgA4PxIAkD8SAKA0DwBwvAgAEHUCAKBFAgCIaA8AEAYGABgCBACgRQIAiGgPACCzDwCgTQ4AOOAMAJDgDAAwPhIAiD4SAOA+EgA4PxIAkD8SADjgDAD4yAYAIFMDALhbAwDQXRIAKF4SAIBeEgA44AwAkOAMADA+EgCIPhIA4D4SADg/EgCQPxIAOLQMAGAGAgCgNA8A+DQPAADZAQCgHwAAMGwKAOjVDABA1gwAoEUCAKAJAABgXg0A0F0SACheEgCAXhIAOOAMAJDgDAAwPhIAiD4SAOA+EgA4PxIAkD8SACiUAACAlAAASEsAALjhBgAQ4gYAaOIGAKiZAAAAmgAAUPEAAOg1AwBIqwEAoKsBAMguBAAgLwQAoEUCAEiACAAoKA4AkLcAAOgNCQCgRQIA+EUCAMDkCQAY5QkAcOUJAOg6EABAOxAAqFECAGB6CwDQIgEAoEUCADCdAQCInQEAoEUCAGD4DQBozxAAGAIEAKBFAgA41BAAOCgAAKBFAgCIaA8AuMsRAPhLAABQTAAAIA8AACCWCgBA1gEAkLcAAKiZAABIqwEAoKsBAAgqDABgKgwAuCoMALgOAwAYAgQAoEUCADjgDACQ4AwAMD4SAIg+EgDgPhIAOD8SAJA/EgCgNA8AcLwIAKBFAgCoUQIAYHoLANAiAQCIaA8AuMsRAPhLAACoUQIAYHoLANAiAQDIDgAAoEUCAGD4DQDw/wIASAADABgpDQBwKQ0AmIwAAEhbAgBIqwEAkOgNAEDWAQCQvhAA8P8CABDACgBowAoAoEUCAPhFAgCY9A0A8PQNAEj1DQCg9Q0A+EUCAJj0DQBA1gEAoEUCAMDxAQBwvAgASFsCAJC3AACoUQIAYHoLALh6CwCgRQIAkOgNAEDWAQCQvhAA8P8CABDACgBowAoAoEUCADjgDACQ4AwAMD4SAIg+EgDgPhIAaM8QAJC3AAComQAA+EUCAJj0DQBA1gEAoEUCAMDxAQBwvAgASFsCAJC3AACgQQcA+EEHAEirAQAoUQ8AwPEBAHC8CABIWwIAkLcAAIDKDwBwGQAAeE4BADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBgTAgA6LcAAEC9AgCYvQIA8L0CAHC8CACYvxAAOCgAADgoAACY9A0A8PQNAEj1DQCg9Q0A+AsDAACaAABQ8QAA6DUDALj4DQBISwAAuOEGAJBhDgCA6QEA8IwAALhRCgAolAAAQNYBAIhoDwAgsw8AoE0OAPhFAgDA5AkAWNAPANCjAgCwTAQACE0EAGBNBAC4TQQAEE4EAGhOBADATgQAGE8EANC4EQDoIREAMGwKAIhsCgDIDgAAIA8AAEirAQDw/wIAEMAKAHC8CAAgUwMAGBkAAHAZAAB4TgEAsF0CAGgKDADACgwAGAsMAHALDAD4RQIAIOQRAICUAAAI1w0ASEsAALjhBgBAzwcAEH4KADjUEACYzwcA8M8HAEjQBwB4zAMAiJ0BAKhRAgCgRQIAMGwKAIhsCgAAAAAAKJQAADCdAQBA1gEAmNYBAPDWAQCgRQIAMJ0BAKDfAgCgNA8AcLwIAKBFAgCIaA8AILMPAKBNDgA41BAAmM8HAPDPBwBI0AcAoEUCAEiACADwiBAAEAYGAJjWAQBIcAYAWFkHACBTAwC4WwMAEFwDAACECwBYhAsAsIQLAAiFCwBghQsAuIULAPhFAgDA5AkAGOUJAHDlCQA41BAAQNYBAKBFAgCQ6A0A6OgNAEDWAQCY1gEAQMgCAEhLAABIfAIAQNYBAEhLAADo4AEAGBkAAMgOAAAIowEAQM8HABB+CgA4dAQAkHQEADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQCgRQIAsBMMAFCjDwDgNw0AODgNAJA4DQDoOA0AQDkNAJg5DQDwOQ0AkOgNAEDWAQCQvhAA8P8CABDACgCgRQIAsFICAAhTAgBw0QEAyNEBACDSAQB40gEA0NIBACjTAQCIRwQA4EcEACBTAwD4RQIAmPQNAEDWAQCgRQIAOLQMAHC8CACQ0wkAoEUCADjgDABIOg0AoDoNAMAdDQAYHg0AcB4NAMgeDQBIqwEAoKsBAMguBAAgLwQAmL8QADBsCgCIbAoAAAAAACiUAAAwnQEAQNYBAJjWAQDw1gEAoEUCANAiAQAoIwEAQHMMAJhzDADwcwwASHQMADi0DABAUgEAmFIBAPD/AgAwnQEAcLwIAJi/EADIDgAAoEUCADi0DACQtAwA6LQMAEC1DACYtQwA8LUMAEi2DACoUQIAAFICAKBFAgD4RQIAwOQJABjlCQBw5QkAyA4AAKBFAgA44AwAkOAMAOjgDAA4KAAAgOkBANjpAQAgFA0AeBQNAKAJAAAYGQAA+DoCAHjwAgA4KAAAgOkBANjpAQAw6gEASEsAAOjgAQBA4QEAmOEBAKBKDwCgCQAAQNYBAOjVDABA1gwAmNYMAPDWDABI1wwAoNcMAPjXDABQ2AwAqNgMAADZDABISwAA6OABAEDhAQCY4QEAoEoPAGAkDgAwnQEA+MgGAOjgAQBA4QEAoAkAAOCEDQBolg0AwJYNALBMBACAlAAASEsAAKAJAAComQAAAJoAAFDxAADoNQMAuGkCAEDPBwAglgoASEsAAMgOAAAIowEAcLwIAJi/EADghA0AQM8HADgoAAC4aQIAqJkAAKhfAQCYjAAAWFkHAFgAAABgBgIAoDQPAMgOAAC4aQIAkLcAAJiUAQCwTAQAgJQAAEhLAACgCQAAAAAAAEhLAADo4AEAQOEBAJjhAQCgSg8AYCQOADCdAQD4yAYAAAAAAKBFAgD4RQIAUEYCAKhGAgDQzw0AKNANAMgOAABgJA4AgKYQANimEAAwpxAAiKcQAOCnEAC4aQIASKsBAODWBACInQEAqJkAAKAJAADICwwAyA4AAFgAAADQugkAqG4HADgoAACA6QEA2OkBADDqAQDoOhAAuGkCAKiZAAAAmgAAUPEAAOg1AwBo3gAAUGcCACgwDwB4zAMAiJ0BAKhRAgAgUwMAGBkAAHAZAAB4TgEAiNECAFjCEABA0A4AcLwIAJi/EADwvxAASMAQAKDAEAD4wBAAUMEQAKjBEAAAwhAAIFMDAMgOAAAIzAIAEAYGAGgGBgCQtwAASEsAACBTAwBA1gEAmNYBAEDIAgAAbwcAeJUDANCVAwAolgMAgJYDAEhbAgBIqwEAoDQPAOCEDQA4hQ0AkIUNAOiFDQBAhg0AkLcAAJiUAQBA1gEAmNYBAOCEDQA4hQ0AkIUNAOiFDQBAhg0AmIYNAPCGDQBIhw0AoIcNAPiHDQBQiA0AqIgNAFD5AQCo+QEAmEEDAPBBAwCgNA8A4IQNADiFDQCQhQ0A6IUNAECGDQCYhg0A8IYNAEiHDQCghw0A+IcNAFCIDQCoiA0AyPEQALAAAADwsgIAyIENAKAfAABA0A4AKJQAAMgOAACgHwAA+B8AAFiaAAComQAAAJoAAFDxAADoNQMAaN4AAFBnAgAoMA8AeMwDAIidAQCoUQIAIFMDAACwAABYsAAAsLAAAIjRAgBYwhAAQNAOAHC8CACYvxAA8L8QAEjAEACgwBAA+MAQAFDBEACowRAAAMIQACBTAwDIDgAACMwCAOjgAQCQwgsAQMEIAKhfAQCQHw4AIFMDAKhRAgDQIgEAQMEIABgZAABISwAAmIwAACiOAgC44QYAQM8HABB+CgCgRQIA+EUCAFBGAgBAzgAASKsBAMgOAACgHwAAkLENABi+CwBIWwIAMF8HACiOAgCYjAAAgFgJAKBFAgCwEwwAmOAQAPDgEABI4RAAgFgJACBTAwBooQIA8L0NAEi+DQCgvg0A+L4NADCdAQCg3wIA+N8CAFDgAgComQAAmIwAAGAxEQCgRQIAONQQACCWCgBISwAAoEUCADjUEAA4KAAAoEUCANAiAQBAwQgAmMEIACgjAQBA1gEAAJoAANAiAQCgwQEA+MEBAMCLAgCocwkA6OABAHC8CACgRQIA0LgRACi5EQCAuREAYPgNAGjPEABwGQAAeE4BAKBLAAD4SwAAgA8EAKBFAgA4tAwAQFIBAJhSAQB4HA4A0BwOACgdDgCoUQIAAFICADjUEAB4ABAA0M8NACjQDQAgFA0AeBQNAPhFAgBQRgIAyLgNACC5DQB4uQ0A0LkNACi6DQCAug0A2LoNADC7DQA4tAwAkLQMAPCyAgDIgQ0AoB8AALATDACY4BAA8OAQAEjhEACQtwAACA4DADDxEQCoUQIA+IUKAFCGCgA44AwAkOAMAOjgDAD47QwAUO4MABDMEQCY1gEASHAGAAiOCACgRQIAAAAAAIjcDQCgRQIA+IUKAJiMAABozxAAcLwIAEirAQCgNA8AcLwIALATDABQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEHUCACBTAwCwpwMACKgDAGCoAwBo6wMAwOsDABjsAwBw7AMAyOwDAGD4DQAojgIAYPgNACiOAgAAAAAAiOcNAKBFAgBwvAgAeEkKAIi4DgDguA4AOLkOAJC5DgAgUwMA0LgRACi5EQBISwAA6OABADhWAwDoDQkAmIwAAPCyAgD4hQoAmIwAAADZAQCgRQIA+EUCAFBGAgCoRgIAAEcCAJjgEADw4BAASOEQABgZAABISwAAmIwAAOA3AgCgRQIAsBMMAJjgEADw4BAASOEQAEDPBwAglgoAgJQAAKALAwCQ6A0A8OsQAEhLAADo4AEAqG4HAEhLAADo4AEAmIwAAPCyAgCY1gEAkOgNAPDrEABISwAA6OABAKhuBwBISwAA6OABAMgOAAAIowEAYKMBALijAQAQpAEAiLsNAOC7DQCgRQIA0LgRACi5EQCAuREA2LkRAAijAQBgowEAuKMBABCkAQBYAAAAQFIBAJhSAQDQIgEAoMEBADh0BACgHwAA+B8AAJjWAQDA8QEAuJQGAKhuBwBISwAAuOEGAEDPBwDQIgEA+FoGABgpDQCInQEAsH4CAPCMAAComQAASFsCAJiMAADwjAAAaKECAKBFAgDQIgEAKCMBAMgOAAAIzAIAoEUCADBsCgCIbAoAQMgCAIhVDgAYGQAASEsAAKBFAgBgUgYACA4DAGAOAwC4DgMAEA8DAEirAQCYjAAAANkBAAjMAgAYVwUAOLQMAEBSAQCYUgEAeBwOANAcDgAoHQ4AgB0OADidEABgUgYAuFIGAMCNEAAYjhAAcI4QAMiOEAAgjxAAeI8QAKBFAgB4bAIAMJ0BAPjIBgCgSwAAoEUCALATDABQow8AqKMPAACkDwBQyQYAYFIGALhSBgDwlAEAYEwIAKiZAADIDgAAqM0BABB1AgCwchEACHMRAJAfDgDoHw4AMJ0BAPjIBgDo4AEAcLwIAKBFAgB4bAIAMJ0BAPjIBgCgSwAAoEUCAGBSBgC4UgYA8JQBAEiVAQAolAAASFsCAEhLAADo4AEAQOEBAJjhAQCgSg8AOCgAAIDpAQDY6QEAMOoBAGAkDgC4JA4AECUOAGglDgDAJQ4AQM8HAEDPBwB4ABAAiGgPALjhBgAQ4gYAaOIGAHC8CACgRQIAONQQACCWCgBISwAAoEUCADjgDACQ4AwAONQQADgoAAComQAAcLwIAJi/EABwvAgAoEUCAIhoDwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoACC8OAGAvDgCIaA8AuOEGABDiBgBo4gYAcLwIAKBFAgA41BAAIJYKAEhLAACgRQIAOOAMAJDgDABQWQMAmIwLADhpDwDgNA4AODUOAJA1DgDoNQ4AQDYOAJg2DgDwNg4ASDcOAKA3DgD4Nw4AAEQOAFhEDgCwRA4ACEUOAFBZAwC44QYAEOIGAGjiBgDA4gYAGOMGAHDjBgDo8QoAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAGD4DQA4KAAASEsAAOjgAQDQxA0AiGgPACCzDwCgTQ4A0LgRAOghEQBg+A0AaM8QAMDPEAA44AwAkOAMADA+EgCIPhIA4D4SAGjPEACQtwAAqJkAADjUEAA4KAAAoEUCALATDACY4BAA8OAQAEjhEACgRQIAwB0NABgeDQBwHg0AyB4NAAheAgBQow8AqKMPADh0BACwEwwAUKMPAKijDwA4dAQAwB0NABgeDQDIGQAAsBMMAJjgEADw4BAASOEQAJjgEADw4BAASOEQAKiZAAAwnQEA8P8CABDACgCgRQIAKJQAAICUAAAoIAIAgCACANggAgAwIQIAiCECAOAhAgA4IgIAkCICAIBUDgDYVA4AMFUOAKBFAgAolAAAgJQAAGjeAABQZwIAqGcCAOjgAQBwvAgAoEUCALATDABQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAOCgAAJAoAAAAmgAAUPEAAOg1AwCoUQIAAFICAHC8CACgRQIAwB0NABgeDQBwHg0AyB4NAAheAgBQow8AWEcCALBHAgAISAIAYEgCAKBFAgBIgAgAKCgOAJC3AACQtwAAqJkAAMgOAAB4bAIA0GwCALBqEAAIaxAAwB0NABgeDQBwHg0AyB4NAAheAgBQow8AWEcCALBHAgAISAIAYEgCALhIAgBQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAeMwDAHh3DQAYGQAAeMwDANDMAwCIaA8AILMPAKBNDgBgUgYAuFIGABBTBgBoUwYAwFMGABhUBgCQ6A0A6OgNANBJCgA41BAAmM8HAPDPBwA4tAwAMJ0BAIidAQBIgAgA8IgQAEiJEADwsgIAMGwKAIhsCgBIcAYAoHAGACgoDgCQtwAAkLcAAKiZAAComQAA0LgRAOghEQBg+A0ASFsCAEirAQBIcAYACI4IAKBFAgA4tAwAQFIBAJhSAQDQ1A8AKNUPAIDVDwDY1Q8AMNYPADjUEAA4KAAAoEUCACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAwB0NAPg6AgC4lQIAuOEGAKiZAADIDgAAoEUCADjUEAA4KAAAoEUCACiUAACAlAAAoAsDAPgLAwBQDAMAqAwDAAANAwBYDQMAwB0NAPg6AgC4lQIAGBkAAHAZAAAoLwgAqJkAAEhLAACQhQIA6IUCAECGAgCAGAEAMOwEADjUEABIWwIAwPEBALiUBgCobgcASEsAAKBFAgC47Q0AEO4NAGjuDQDA7g0AwB0NABgeDQDIGQAAYPgNACiOAgCAjgIA2I4CADCPAgCIjwIA4I8CADiQAgDQIgEAQMEIAEhLAACgSwAA4CkOAHC8CACgRQIAoDQPAHC8CACgRQIAwCAMAEDPBwCYzwcASEsAALjhBgBAzwcAEH4KACBTAwAolAAAgJQAAGjeAADA3gAAsH4CAGAxEQAQ/wAA0DUCAMAgDAAYIQwAONQQABB+CgCgRQIAYPgNAAAtBwDAIAwAGBkAAHAZAAAoLwgAqJkAAMAgDAAYIQwA8P8CAEgAAwCgAAMA+AADADjgDACQ4AwA4J0BAEDPBwB4ABAAwKECAHhsAgAwnQEA+MgGAKBLAAAQBgYA6NUMAEhLAACgSwAAGAIEAABoAgBYaAIAsGgCAAhpAgBgaQIA+EUCAFBGAgCAWAkAyA4AAMAdDQB4zAMAYPgNAJDJEADoyRAAQMoQAJjKEADwyhAAiJ0BAKhRAgCwEwwAmOAQAPDgEAC4aQIAmIwAAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAJBhDgA4KAAAkCgAAACaAACY1gEAGBkAAJC3AAComQAA6DoQACjPEQBg+A0AoM4PALhRCgAolAAAmIwAAIBYCQAAaAIAWGgCAOjREQBA0hEA0NkRACjaEQCA2hEA2NoRADDbEQCI2xEA4NsRABhXBQA44AwASDoNAKA6DQDAHQ0AGB4NAHAeDQDIHg0AwCAMAEhLAAAQBgYA6NUMAKiZAADAIAwAOCgAAIDpAQCAWAkAyA4AAKAfAADAIAwAuEUOABAGBgDo1QwASEsAAKBLAAAYAgQAIB8NAFBGAgCAWAkAyA4AAEg3AwAgUwMAEHUCAKBFAgA41BAASFsCAEhLAACYjAAAGCkNAIidAQComQAAcLwIACBTAwAwbAoAiGwKAAAAAAAolAAAMJ0BAEDWAQCY1gEA8NYBAKBFAgCIaA8A4GgPADhpDwBgUgYAuFIGAHiVAwDQlQMAKJYDAICWAwDYlgMAMJcDADjUEAA4KAAA4PINADjzDQCQ8w0A6PMNAED0DQDY5g0AMOcNADjUEABA1gEAoEUCAMAdDQComQAAmIwAAPCyAgCwEwwACBQMAHC8CACgRQIAONQQADgoAACgRQIAOOAMAJDgDADQXRIAqKQAAJDTCQComQAAyA4AAKBFAgDAHQ0AGB4NAHAeDQDIHg0ACF4CAFCjDwCoow8AOHQEAJDoDQDA4A4AGOEOAHDhDgDI4Q4AIOIOAHjiDgDQ4g4AKOMOAIDjDgDY4w4AMOQOAIjkDgCAWAkAQNYBAJjWAQBIcAYACI4IABgCBACgRQIAsBMMAFCjDwCoow8AOHQEAAjMAgBg+A0A8P8CAEgAAwAYKQ0AcCkNAJiMAABIWwIASKsBAGh1AgDo1QwAQNYMAJjWDADw1gwASNcMAKDXDAD41wwAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAFBZAwC44QYAEOIGAGjiBgBwvAgAoEUCADjUEAAglgoASEsAAKBFAgB4bAIA0GwCABgpDQD4yAYAuOEGAIidAQCoUQIAoEUCAPhFAgCY9A0AQNYBAKBFAgA41BAAmM8HAPDPBwCIIgkA4CIJADgjCQCQIwkA6CMJAACaAABQ8QAA6DUDALgLDwAQDA8AaAwPAMAMDwAYDQ8AcA0PAMgNDwAgDg8AeA4PANAODwAoDw8AgA8PANgPDwAwEA8AiBAPAOAQDwA4VgMAKLQEAIC0BADYtAQAMLUEAIi1BADgtQQAOLYEAJC2BADotgQAQLcEAJi3BADwtwQASLgEAKC4BAD4uAQAOFYDACi0BACAtAQA2LQEADC1BACItQQA4LUEADi2BACQtgQA6LYEAEC3BACYtwQA8LcEAEi4BACguAQA+LgEAKhRAgCoUQIAQNYBAJjWAQCoUQIAGL4LACiOAgDo4AEAqJkAAACaAABQ8QAA6DUDABgZAAB4zAMAiJ0BAKhRAgCgRQIASIAIAKAfAACIwgcAoDQPAKhuBwBISwAA6OABAHC8CACgRQIAiGgPAOBoDwA4aQ8AWF8QAEiACADwiBAASIkQAPCyAgBISwAAWAAAAPiYCwBQmQsASEsAAAAAAAA4KAAAgOkBANjpAQBwRwMAMGwKAIhsCgBIcAYAANkBACAPAAAQfgoAIFMDAChqAwCAagMA2GoDADBrAwCIawMA4GsDADhsAwCQbAMA6GwDACCWCgBISwAAWAAAAKikAABISwAAoEUCAPhFAgBA1gEASC0KANAiAQCgRQIASIAIAMCxDwAYsg8AMJ0BAGBSBgDotwAAoDQPAPg0DwBAzwcAQNYBAGihAgDgaA8AOGkPANCHDwAoiA8AgKYQANimEAAwpxAAiKcQAPCyAgComQAAcLwIAKBFAgCIaA8A4GgPADhpDwDQhw8AKIgPAICmEADYphAAMKcQAIinEAComQAAmIwAAMChAgBwvAgAoEUCAIhoDwDgaA8AOGkPANCHDwAoiA8AgKYQANimEAAwpxAAiKcQAPhFAgBQRgIAqEYCAABHAgBAlg8AmJYPAPCWDwAYLg8AcC4PAMguDwAgLw8AeC8PANAvDwBIqwEAoDQPAPg0DwCgRQIAiGgPAOBoDwA4aQ8A0IcPACiIDwCAphAA2KYQADCnEACIpxAAoKsBAGjeAACgRQIAiGgPAOBoDwA4aQ8A0IcPACiIDwCAphAA2KYQADCnEACIpxAAwKECAHC8CACgRQIAiGgPAOBoDwA4aQ8A0IcPACiIDwCAphAA2KYQADCnEACIpxAAyA4AAKBFAgD4RQIAUEYCAKhGAgAARwIAMGwKAIhsCgDIDgAAYCQOAEirAQBISwAAoEUCAEiACAAoKA4AgKYQANimEAAwpxAAiKcQAAAAAAAoUQ8AoEUCAPhFAgBQRgIAqEYCADixDQCwEwwAmOAQAPDgEABI4RAAEH4KAKiZAABIgAgAoB8AAPBfDwBIYA8AoGAPAKBFAgA41BAAiGgPAOBoDwDAZA8AGGUPAHBlDwDIZQ8AIGYPAHhmDwCgRQIAONQQAEirAQBIqwEAoDQPAKhuBwBISwAAuOEGAIidAQAIAQAAqKsQAMgOAACgRQIA0CEQAIBRDwBISwAAKJQAAFgAAACQtwAA6LcAAEC9AgCYvQIA8L0CANAiAQAoIwEAQHMMAJhzDADwcwwASHQMAJiMAADwsgIAcLwIAJDTCQBo3gAAGBkAAJC3AADotwAAQL0CAJi9AgDwvQIASEsAAOjgAQBA4QEAcGgOAMhoDgAgaQ4AeGkOANBpDgAoag4AoB8AAMgOAAAAAAAAAAAAAMgTAgAgFAIAoJcPAPiXDwAQ/wAA0PsNABhXBQBQzBAAqMwQAADNEAAARwIAAAAAAGBSBgC4UgYAEFMGADBzDwCIcw8A4HMPAMgOAAAgDwAASKsBAKA0DwAQdQIASKsBAKCrAQDIahEAiJ0BADgoAABo3gAAUGcCACgwDwCwchEAAJoAAFDxAADoNQMAcLwIAJi/EABIWwIAoFsCADh6AgAQBgYA2AcOADAIDgDw/wIASAADAKAAAwDg1gQAcLwIAMi8CAA4WBEAuOEGAEDPBwAQfgoAoEUCAHhsAgDQbAIAKDAPAHjMAwCInQEAqFECAJDoDQDw6xAA8L8QAEjAEACgwBAA+MAQAFDBEACowRAAuOEGAEDPBwAQfgoAoEUCAHhsAgDQbAIAKDAPAHjMAwCInQEAqFECAEiACAAoKA4AMJ0BAPjIBgDo4AEAQOEBACBTAwCIaA8A4GgPADhpDwDQhw8AKIgPAICIDwDYiA8AMIkPAPhFAgBQRgIAqEYCAABHAgBAlg8AOFsFAJBbBQCQiAwA6NUMACidCACQ0wkAIJYKAEhLAACgRQIAAAAAAJi/EAAAmgAAUPEAAKjxAAAAAAAAAAAAAEiACAAoKA4AMJ0BAPjIBgDo4AEAQOEBAOBaBQBoLQ8AwC0PAFhfEAAY5QkAcOUJAAAAAABQmA8A8MsBADgoAACA6QEA2OkBABhHAwAgUwMAAAAAALATDABQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBABjZDQBw2Q0AMGwKAIhsCgDA8QEAuJQGAKhuBwBISwAAuOEGAEDPBwAQfgoAoEUCADjgDACQ4AwAqF8BAJAfDgDoHw4AQCAOAJggDgDwIA4ASCEOAKAhDgD4IQ4AUCIOAKgiDgBg+A0AAC0HAMAdDQAYHg0AKC8IAOg6EAA4pgIAkKYCAOimAgBApwIAoEUCALATDABQow8AqKMPAACkDwBQyQYAYFIGALhSBgDwlAEASJUBAPAXEQDQIgEA+FoGABgpDQCInQEAeMwDAIidAQCoUQIAoEUCADjgDACQ4AwAeMkPANDJDwBYrBAAsKwQAEh8AgAoyg8AGFcFAAAAAACgRQIAKJQAAICUAACQ3Q0A6N0NAEDeDQCY3g0A8N4NAEjfDQCg3w0A+N8NAJjgEADw4BAASOEQANC4EQDoIREASEsAAGjeAAComQAAqJkAABgZAACgRQIAiGgPAOBoDwA4aQ8AWAAAALAAAAAIAQAAGFcFAHjJDwDQyQ8AGFcFAEhLAABIfAIAKMoPABhXBQAAAAAAoEUCAIhoDwC4yxEAMJ0BADh0BACQdAQA6HQEAOBoDwA4aQ8A4DQOADg1DgCQNQ4A6DUOAEA2DgCYNg4A8DYOAEg3DgCgNw4A+DcOAABEDgBYRA4AsEQOAAhFDgBgRQ4AaKECAPC9DQBwvAgAGBkAAMCLAgBgMREA4J8EAGhfAgDAXwIAEP8AANA1AgDQlAcACA4DAGAOAwC4DgMA8IwAAEDWAQBILQoAyA4AAKjNAQCInQEAeMwDADh0BABoXwIAUL8NAHC8CACgRQIAOOAMAJDgDABISwAA6OABAEDhAQCY4QEAmM8HAPDPBwCIIgkASEsAAJCFAgA41BAAEH4KAKBFAgBIgAgAoB8AAPBfDwBIYA8AoGAPALhpAgCYjAAAgFgJANhYCQAwWQkAYFIGAAgOAwBgDgMAuA4DAEhbAgCYjAAA8IwAAEirAQCYjAAAaKECAPhjDgBQZA4AqGQOAABlDgBYZQ4AsGUOADBsCgDo1QwAOOUDAJDlAwBQ+BAAqPgQAAD5EABY+RAAsPkQAAj6EAAAAAAAAAAAAHC8CABISwAAoEUCAGBSBgDotwAAQL0CAJi9AgDwvQIAKFEPAKAJAADQbA0AKG0NAIBtDQDYbQ0AoAkAAEhbAgDoIREAOCgAAJj0DQBA1gEAmNYBAGD4DQBY6Q4A2FgJAKAJAAD4CQAAuO0NAOApDgA4Kg4AmIwAADgoAABISwAA6OABANDEDQCgRQIAYPgNAFjpDgDYWAkAoAkAAPgJAAC47Q0A4CkOADgqDgCwEwwAmIwAAPCMAADoDQkAoAkAAPgJAAC47Q0A4CkOADgqDgCwEwwAmIwAAPCMAADoDQkAoAkAAPgJAAC47Q0A4CkOADgqDgDg1gQAiJ0BAAijAQCInQEA0LoJAKjXEAAA2BAAWNgQALDYEAAAAAAA+EUCAFBGAgCoRgIAmPkPAPD5DwCgRQIAiGgPAOBoDwA4aQ8AWF8QAGihAgAAAAAAoEUCAIhoDwDgaA8AOGkPAFhfEABIgAgAKCgOADCdAQD4yAYA6OABAEDhAQA4tAwAkLQMAOBdDwD4RQIAUEYCAKhGAgBgUgYACA4DABgxAwCQtwAAqJkAAIjCBwBIqwEAoDQPAHC8CADAsQ8AGLIPAHCyDwDIsg8AILMPAHizDwCQ6A0AaBkSAMAZEgCwfgIAKI4CALjhBgBAzwcAEH4KALhpAgDQIgEAyA4AAIhoDwDgaA8AOGkPAFhfEAA4tAwAkLQMAOBdDwD4RQIAUEYCAKhGAgBIgAgAKCgOADCdAQD4yAYA6OABAEDhAQAQdQIA0MwOACjNDgD4RQIAUEYCAKhGAgAARwIAmOAQAPDgEABI4RAA+EUCAEDWAQBILQoA0CIBAIDNDgB4ABAAOOAMAKhRAgAYGQAAcBkAAEDWAQCY1gEA8NYBAKBFAgAolAAAgJQAAAjXDQBg1w0AuNcNABDYDQBo2A0AwNgNAGibDwDYFxAAMBgQAIgYEAAoUQ8ASAMCAPBfDwBIYA8AoGAPAKBFAgC47Q0A4CkOADgqDgDAZA8AGGUPAHBlDwDIZQ8AIGYPAHhmDwCgRQIAuO0NAOApDgA4Kg4AmIwAAPCMAADoDQkAoEUCAEiACACgHwAA8F8PAEhgDwCgYA8AoEUCALjtDQDgKQ4AOCoOAIhoDwDgaA8AwGQPABhlDwBwZQ8AyGUPACBmDwB4Zg8AoEUCALjtDQDgKQ4AOCoOAAAAAADgNwIASEsAACiUAABA1gEAmNYBAOg6EABYAAAAsAAAALCnAwAIqAMAYKgDALioAwCwEwwAUKMPAFhHAgCwRwIACEgCAGBIAgC4SAIAUFECADBsCgDo1QwAYFIGALhSBgAQUwYAwB0NAMCLAgAYjAIAAAAAAOg6EABAOxAACMMQAGDDEAC4wxAAEMQQADixDQA4tAwAkLQMAOBdDwAgUwMAGMUQAHDFEADIxRAAIFMDAKBFAgAolAAAgJQAAAgDAwD4yAYAUMkGAMDxAQDAQBAAWAAAADCdAQD4yAYA6OABANDEDQDw/wIAMJ0BAIidAQA45QMAmIwAADgRDwBgegsAOLQMAGAGAgC4BgIAKI4CADgoAACY9A0AQNYBANAiAQCgRQIASIAIACgoDgAwnQEA+MgGAOjgAQDo1QwAQNYMAKBFAgD4RQIAwOQJAFjQDwCw0A8ACNEPAGDRDwC40Q8AENIPAGjSDwBg+A0AOCgAAEhLAADo4AEA0MQNAMhJEQAgShEAeEoRANBKEQAoSxEAgEsRAMiBDQCgRQIA+EUCAJj0DQDw9A0ASPUNAEiACADAsQ8AGLIPAHCyDwDIsg8A8IgQAEiJEADwsgIASEsAAOjgAQBg+A0ASFsCAGAsDwC4LA8ASEsAAOjgAQAoKA4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAIOQRAFBGAgCoRgIAAEcCAKBKDwD4Sg8AUEsPAJj0DQDw9A0ASPUNAEiACADAsQ8AGLIPAHCyDwDIsg8A8IgQAEiJEADwsgIASEsAAOjgAQBg+A0ASFsCAGAsDwC4LA8ASEsAAOjgAQAoKA4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAIOQRAKhLDwAATA8AWEwPAADZAQCgRQIAAAAAAKBFAgD4RQIAUEYCAKhGAgDQzw0AKNANAAAAAAAwbAoA6NUMAEDWDAAgUwMAsBMMAIjCBwDgwgcAYDERAOCfBACgHwAAcLwIACBTAwAwnQEAiJ0BADgoAACY9A0A6DUDABhHAwBwRwMAiGgPAOBoDwA4aQ8AWF8QALBfEAAgbhAAeG4QANBuEAAw5QoAiOUKAODlCgDQzw0AKNANALATDACY4BAA8OAQAEjhEAA45goAQJYPADhbBQCQWwUAgPcLAFCjDwCgjhIA+I4SAFCPEgCojxIAOLQMAGAGAgCgNA8A+DQPAADZAQCgHwAAMGwKAIhsCgDgbAoAUIgCAOg6EABIAwIAoAMCAPDLAQD4hQoAUL8NAIjCBwBQZwIAKDAPAHjMAwCInQEAqFECABhHAwBwRwMAiGgPAOBoDwA4aQ8AWF8QALBfEAAgbhAAeG4QANBuEAAIzAIAYMwCAGjPEABwvAgAyLwIAPCyAgBwvAgAuGkCAEDPBwAglgoAqJkAAACaAABQ8QAA6DUDAFD5AQCo+QEAYAYCAKA0DwBISwAA6OABAIhoDwCYjAAAANkBAHjJDwAwnQEAoN8CAHC8CACgRQIA+EUCAFBGAgCoRgIAAEcCAEiACAAoKA4AkLcAAJC3AAComQAAyA4AAKjNAQA4KAAAIOQRABCQDwBokA8AwJAPABiRDwBwkQ8A6DoQAEA7EACYOxAA8IgQAAiXEABglxAAuJcQABCYEAAgkg8AeJIPANCSDwCgRQIAoEUCAKBFAgCQ6A0A6OgNAHDeDwAYGQAAgBgBAAAEEQCgRQIAsBMMAFCjDwCoow8AAKQPAFDJBgBIgAgAKCgOAJC3AACQtwAAqJkAAMgOAACozQEAOCgAACDkEQB45BEA0OQRABgCBAAgUwMAIFMDANAiAQDQIgEA+FoGAPCyAgAYAgQAoEUCAOA3AgA4OAIAkDgCAOg4AgBAOQIAmDkCABgZAAComQAASEsAALDZAQBwvAgAWAAAANC6CQBwvAgASEsAAJiMAACAWAkAoEUCAIhoDwDgaA8AOGkPAFhfEABQRgIAqEYCAABHAgBIgAgAKCgOAJC3AACQtwAAqJkAAMgOAACozQEAOCgAACDkEQB4bAIA0GwCALBqEAComQAAAJoAAJjWAQCIaA8A4GgPADhpDwCQtwAAmJQBAFD5AQCo+QEAYAYCAKA0DwBISwAAiGgPAOBoDwA4aQ8AYPgNAJDJEADoyRAAQMoQAJjKEADwyhAASMsQAKDLEAAgUwMAAAAAAAAAAAAwnQEAOHQEAHjJDwComQAAWAAAAEBSAQCY1gEAQMgCAAgOAwAojgIA6OABAJC3AAAAAAAAKM8RAPhFAgBQRgIAqEYCAABHAgCI6gEAANURAMCxDwAYsg8AcLIPAMiyDwCgRQIAiGgPAOBoDwA4aQ8AWF8QALBfEAA44AwAkOAMAADZAQBY2QEAsNkBAAjaAQBg2gEAuNoBAMgOAAAAaAIA+EUCAFBGAgCoRgIA0M8NACjQDQCwEwwAmOAQAPDgEABI4RAAGBkAAKBFAgCwEwwAmOAQAPDgEABI4RAAONQQAGBMCAC4TAgAEE0IAGhNCADATQgAGE4IAHBOCABAzwcASEsAAKBLAAD4SwAAgA8EAKBFAgCwEwwAmOAQAPDgEABI4RAAGBkAAHC8CAB4SQoAiJ0BAKhRAgAgUwMAsBMMAFCjDwAg3BAAeNwQANDcEAAo3RAAyA4AAJiMAABYWQcAWAAAAGAGAgDQuBEAYCwPALgsDwAQLQ8AgEYPAEirAQCgNA8A+DQPAFA1DwAAmgAAUPEAAOg1AwCobA8AAAAAAABoAgAAaAIAyKcEACCoBAB4qAQA0KgEAKBFAgCgRQIAONQQADgoAACgRQIAiGgPAOBoDwA4aQ8AcLwIAHhJCgCIuA4A4LgOAChRDwCAUQ8ASKsBAKA0DwD4NA8AkNMJAPBUDwBIVQ8AKFEPAIBRDwCYvxAAyA4AAKAfAACIwgcAoDQPAKhuBwBISwAA6OABAOA3AgA4KAAAgOkBANjpAQAw6gEAWAAAALAAAAAIAQAAqKsQAFgAAACAbQIA2G0CADBuAgCIbgIA4G4CADhvAgBAzwcAIJYKAEhLAACQtwAAmJQBAFD5AQBAwQgAyA4AABB1AgCwchEACHMRAJAfDgDQxA0AUPEAAOjVDABYAAAASEsAAOjgAQBIWwIAYCwPAJiMAADwsgIAcLwIAHhJCgCInQEAOOUDAJDlAwBQ+BAAqPgQAAD5EABY+RAASHwCAJjPBwBYAAAAMJ0BAIidAQCoUQIAoEUCAGD4DQA4KAAASEsAAOjgAQDQxA0AAGgCAABoAgCgRQIASEsAAOjgAQBA4QEAmOEBAJDoDQDo6A0AcN4PAMjeDwAg3w8AeN8PANDfDwAo4A8AIB8NAMDkCQBY0A8AsNAPAAjRDwBg0Q8AoEUCANC4EQDoIREAOCgAAJj0DQBA1gEAmNYBADjgDAD4yAYAyA4AAKBFAgA4tAwAkLQMAPCyAgCY1gEAGBkAAEhLAACgRQIAYPgNAGjPEABwvAgAoEUCAHhsAgDQbAIAsGoQAAhrEABgUgYACA4DABgxAwCQtwAAqJkAAIjCBwBIqwEAoDQPAHC8CABISwAAkIUCAOiFAgBAhgIAQNAOAEDQDgCAGAEAqJkAAACaAABQ8QAAuGkCABBqAgBoagIAwGoCABhrAgC4aQIAOCgAAIDpAQDY6QEAIBQNAHgUDQBQWQMAmIwLADhpDwAAbQ8AUEYCAKhGAgAARwIAEMAKAGjACgDIgQ0ACKMBAEDPBwAQfgoAqJkAAJiMAABozxAAkLcAAEDWAQCY1gEASHAGACiOAgC44QYAQM8HABB+CgComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAPh3AAAojgIAuOEGADh0BAA4KAAAwOQJAKiZAABwvAgAcLwIAJi/EADwvxAA0LoJAKjXEAAA2BAAmL8QABgZAACQtwAAGAIEAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAWAAAAFgAAABgBgIA4NYEAJC3AAAIDgMAKI4CALjhBgBAzwcAEH4KAJC3AACYlAEAcNEBAMhJEQDo4AEAqF8BAOA3DQA4OA0AqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABgZAABwGQAAKC8IAEhLAAAQBgYA2AcOAIiwAgDIDgAACKMBAKiZAAAYGQAASEsAAJC3AACYlAEAcNEBAMjRAQAg0gEAeNIBANDSAQAo0wEAiEcEAOBHBAAY7gYAcO4GAMjuBgAg7wYAeO8GANDvBgAo8AYAgPAGAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEA6OABAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQBISwAAmIwAABgpDQCInQEAqJkAAACaAABIqwEAmIwAAEDOAACAlAAACNcNAOgNCQBADgkAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAODWBACInQEAeMwDAPjIBgC44QYAmIwAAIBYCQDg1gQAOKYCAJiMAAAojgIAuOEGAEDPBwAQfgoAqJkAAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAojgIAmIwAAJiMAADwjAAASI0AAKCNAAD4jQAAUI4AAEDWAQCY1gEAyA4AACAPAAAglgoAQNYBAJC3AAComQAAOCgAAIDpAQDY6QEAIBQNAHgUDQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBAKhRAgBgegsAuHoLAMDxAQBwvAgASFsCAJC3AACQtwAAmJQBAHDRAQDI0QEAINIBAHjSAQDQ0gEAKNMBAIhHBADgRwQAGO4GAHDuBgDI7gYAIO8GAHjvBgDQ7wYAKPAGAIDwBgAwnQEAoN8CAPjfAgBQ4AIAqOACAADhAgBY4QIAyA4AAAjMAgBgzAIAKI4CAOjgAQComQAAqF8BAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQAo5g0AgOYNAKiZAACoXwEAoI4SAPiOEgBQjxIAqI8SAACQEgBYkBIAsJASAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBACjmDQCA5g0AkLcAAJiUAQBQ+QEAqPkBAGAGAgCgNA8ASEsAALjhBgBAzwcAEH4KAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBACjmDQCA5g0AuOEGABDiBgBo4gYAwOIGABjjBgBw4wYAyOMGAJhBDgDwQQ4ASEIOAKBCDgD4Qg4AUEMOAKhDDgAQYgEAKOYNAIDmDQAolAAAgJQAAAjXDQDoDQkAQA4JAJgOCQDwDgkASA8JAKAPCQB4SQoAQM8HAKiZAACoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBACjmDQCA5g0AyA4AADh/BACQfwQAoDQPAKhfAQAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAQYgEAKOYNAIDmDQDgnwQAOKAEAJCgBADooAQAQKEEAJihBADwoQQASKIEAKCiBAD4ogQAUKMEABBiAQAo5g0AgOYNADgoAABIqwEAGAIEAGjeAABQZwIAGAIEAMgOAAA4fwQAkH8EAKA0DwCoXwEAAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBACjmDQCA5g0AAAAAAKBFAgAAAAAAoEUCAPhFAgBQRgIAqEYCAABHAgAAaAIAWGgCAHigAwDQoAMAKKEDAIChAwA44AwAkOAMAFi3EACwtxAACLgQAGC4EAC4uBAAELkQAGi5EAAAaAIAWGgCAEiACADAsQ8AGLIPAHCyDwDIsg8A+AIRADjUEABA1gEAoEUCADBsCgCQvhAA6L4QAEC/EACgRQIAiGgPAOBoDwA4aQ8AWF8QAIhoDwC4yxEA+EsAAIAPBADYDwQAQLQQAEi1EACgtRAA+LUQADjgDABIOg0AqM0BAGAkDgComQAAyA4AAEiACAAgDwAA0CIBAEDBCACIaA8A4GgPADhpDwBYXxAAsF8QAHhsAgComQAAAJoAAJjWAQBIgAgAwLEPABiyDwBwsg8AyLIPAEhbAgAYAgQAoEUCAEiACACgHwAASFsCAJiMAAAA2QEACMwCALjhBgCYjAAAaM8QAMDPEADQuBEA6CERAACaAACoUQIA0CIBAPhaBgBozxAAGBkAAKBFAgBg+A0AaM8QAHC8CACgRQIAYFIGALhSBgAQUwYA8FEQABAGBgBoBgYASFsCAKBbAgD4WwIASHwCAEDWAQDIgQ0AkHoNAOh6DQBAew0AmHsNAPB7DQBIfA0AoHwNAABoAgBYaAIAkHoNAOh6DQCwEwwAmOAQAPDgEABI4RAAAGgCACBTAwCgSwAAGM0RAHDNEQDIzREAQNYBAEgtCgBo3gAAUGcCAEhbAgBIqwEAoEUCALATDABQow8AWEcCALBHAgAISAIAYEgCALhIAgAAAAAAoEUCADBsCgCIbAoAQMgCAIhVDgDgVQ4AOFYOAJBWDgBIgAgAgMoPANjKDwAwyw8AiMsPAODLDwA4zA8ASIAIAIDKDwDYyg8AMMsPAIjLDwDgyw8AOMwPALATDABQow8AWEcCALBHAgAISAIAYEgCALhIAgDoOhAAKM8RAGD4DQCgzg8AuFEKACiUAACYjAAAYPgNAKDODwC4UQoAKJQAAJiMAACAWAkAoEUCAOg6EAAozxEAgM8RANjPEQAw0BEAiNARAODQEQA40REAkNERACiUAABIqwEASKsBAKBFAgCQ6A0A6OgNAEDpDQCY6Q0AkL4QAIidAQCoUQIAoEUCADjgDAD4yAYA6OABAJDCCwDIDgAAOCgAAEhLAACgRQIAYFIGALhSBgAQUwYA8FEQAEhSEACgUhAA+FIQAKhRAgD4hQoAUIYKAKBFAgBgUgYAuFIGABBTBgDwURAASFIQAKBSEAD4UhAAQM4AAMgOAACgHwAAcLwIAKBFAgDQuBEAKLkRACBTAwBIAwIAgM8RAAgUDABwvAgAoEUCADjUEAA4KAAAoEUCADjgDACQ4AwAGBkAAKiZAAAAmgAAoEUCALATDABQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAEGIBAEiACADwiBAASIkQALjMAgAQzQIAoEUCAIhoDwAQBgYA2AcOADAIDgCICA4A6DoQAEA7EADoOhAAQDsQAJg7EADwOxAAYFIGAAgOAwAw8REAiPERAODxEQA48hEAkPIRAOjyEQBA8xEAmPMRAOg6EABAOxAAYPgNAEhbAgBgLA8A8P8CABDACgCwEwwAUKMPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQB4bAIA0GwCALBqEAAIaxAAiGgPALjLEQD4SwAAOBwEAOjoDQBA1gEAmNYBAEDIAgBISwAAoEUCAGBSBgAIDgMAMPERAIjxEQDg8REAONQQADgoAACgRQIAiGgPALjLEQD4SwAA+EUCAJj0DQBIqwEASKsBAKCrAQBo3gAAMJ0BAIidAQCoUQIAoEUCALATDABQow8AAGABAFhgAQCwYAEACGEBAGBhAQC4YQEAKJQAAEDWAQCQvhAAiJ0BAKhRAgCgRQIAuO0NABDuDQBozxAAcLwIAEirAQDg1gQAiJ0BAKhRAgCgRQIAONQQADgoAACgRQIAiGgPALjLEQD4SwAA0AUSACgGEgCABhIA2AYSADAHEgCIBxIA4AcSADgIEgCQCBIA6AgSAEAJEgCYCRIA8AkSAABoAgBYaAIAyLoQAGjPEABwGQAAeE4BAKBLAAD4SwAAgA8EAKBFAgCwEwwAUKMPAABgAQBYYAEAsGABAAhhAQBgYQEAuGEBABBiAQA41BAAYEwIALhMCAAQTQgAaE0IAMBNCAAYTggAcE4IAIAoDgDYKA4AMCkOAIgpDgDw4QEAAAAAAAAAAAAAAAAAoEUCAMAdDQDQXRIAKF4SAIBeEgA44AwAkOAMADA+EgCIPhIA4D4SADg/EgCQPxIAYPgNAAiOCABwvAgAGAIEAJiMAADwsgIAGBkAAKBFAgBg+A0ACI4IAHC8CAA4tAwAGBkAANBdEgAoXhIAgF4SADjgDACQ4AwAMD4SAIg+EgDgPhIAOD8SAJA/EgBg+A0ACI4IAHC8CADIDgAACMwCAGDMAgCAWAkA2FgJAKhRAgBgegsA0CIBAKBFAgA44AwAkOAMADA+EgCIPhIA4D4SADg/EgCQPxIA0LgRAKBbAgBwZwcAoAsDAEirAQCgNA8AOOAMAJDgDAAwPhIAiD4SAOA+EgA4PxIAAFICAKBFAgCoUQIAYHoLALh6CwDAHQ0A0F0SACheEgCAXhIAOOAMAJDgDAAwPhIAiD4SAOA+EgA4PxIAkD8SAFgAAABAUgEAmFIBAPD/AgAwnQEAcLwIAJi/EAAAmgAAyIENAAjMAgAQBgYA2AcOACiOAgDo4AEAqFECABgCBAAgUwMAyKcEACCoBAB4qAQA0KgEAHhsAgAwnQEA+MgGAKBLAACgRQIAsBMMAFCjDwAAYAEAWGABALBgAQAIYQEAYGEBALhhAQAAaAIAWGgCAIhoDwAgsw8AoE0OADBsCgCIbAoAAJoAAOjVDABA1gwAoEUCADi0DACQtAwA4F0PAFgAAADQIgEAoEUCALATDACY4BAA8OAQAAAAAABI4RAAwI0QAOCyBQD4WgYAaM8QAHC8CACgRQIA+EUCAFBGAgCoRgIAAEcCAHhsAgAwnQEA+MgGAKBLAACgRQIAsBMMAFCjDwCoow8AAKQPAFDJBgBgUgYAuFIGAPCUAQCI3A0A4NwNAODcDQAotA8A8MsBAMCfCgAYoAoAcKAKAKBzEAD4cxAAWAAAAEBSAQCYUgEAeBwOANAcDgAoHQ4AgB0OADidEABgUgYAuFIGAMCNEAAYjhAAcI4QAMiOEAAgjxAAeI8QAODWBACQYQ4A6GEOAKhuBwAYAgQAkLcAAOi3AAAogw0AgIMNANiDDQAgFA0AeBQNAKiZAAAAmgAAUPEAAOg1AwCoUQIAAFICAJiMAAC4yxEA+EsAAIAPBADYDwQAYPgNALj4DQAQ+Q0AiGgPAOBoDwA4aQ8AAG0PAFBGAgCoRgIA0M8NACjQDQAgsw8AoE0OAEiACACgHwAAqJkAAIhoDwC4yxEA+EsAAPhFAgAg5BEAeOQRANDkEQAo5REASIAIAPCIEABIiRAAuMwCABDNAgCgRQIAiGgPABAGBgDYBw4AMAgOADBsCgCIbAoA6DoQAEDWAQDo1QwAQNYMAKBFAgDQIgEA+FoGAPD/AgAQwAoAmPQNAEDWAQCgRQIA0CIBACgjAQBA1gEAmNYBADjgDACQ4AwAOCgAAJj0DQBA1gEA0CIBAPhaBgAojgIAuOEGAEDPBwComQAAqG4HAKBBBwBISwAAuOEGAEDPBwAQfgoAoEUCAPhFAgBQRgIAqEYCAABHAgD4RQIAmPQNAEDWAQCgRQIAiGgPAJiMAAAA2QEAuMsRAPhLAACADwQA2A8EAEC0EABItRAAoLUQAPi1EAD4RQIAUEYCAKhGAgCY+Q8A8PkPAKBFAgCIaA8A4GgPADhpDwA4Fw0AkBcNAOgXDQBAGA0AmBgNAPAYDQBIGQ0AoBkNAGBuBAC4bgQAwI0QABiOEACYQQMA8EEDAKA0DwBY2QEA4MISADjDEgDoTxQAEOsOABgCBAAAzgEAiPkSAFBoFABwvAgASEAAAJDDEgDowxIAiPkSAKilEgAITgAA8PUUAFBoFABwvAgAUGgUAFBoFABwvAgAiPkSACBMFABQaBQA8PUUAKhRAgD4HwAAgBgBAPD1FACAGAEACPQSAAj0EgBwvAgAmL8QAAAhAACAGAEA8M4AAPDWAQAooBIAKKASAFBoFADw1gEAUGgUAPBfDwC4vRIAEL4SAABhEwDgwhIAOMMSAHiyEwDw9RQAoAkAAIj5EgC4vRIAEL4SAIAYAQBAuRIAACcUAFgnFADQGBMAqFECAAj0EgDQ9xIAKPgSAODCEgA4wxIAGLETANAiAQAozxEACPQSACjBEgAI9BIAEH4KAHCYFAAAYRMAiPkSAMDREwBQaBQAoAkAAKAJAACY2hIA8NoSAEjbEgDw9RQAyA4AAHjLEgDQyxIAeMsSANDLEgDoJhMA8PUUAKBNDgAYRwMAcLwIAOgNCQBwvAgAmNoSAPDaEgBodhQAgBgBAJjaEgDw2hIAaHYUAPgfAADgwhIAOMMSAHCMAgCgRQIASDoNAIj5EgAgUwMAoE0OAKBNDgCgRQIASEsAAAj0EgBoyRIAsMcSABDbAQBI9hQASPYUALDHEgDYzBIAMM0SAIjNEgBwKQ0AICoNAIj5EgC4fwIAeMsSANDLEgAI9BIAsMcSAAjIEgB4yxIAcP4TAHjLEgBw/hMAyB8UAAj0EgBw4BIAoEUCACBMFAC4ahQAcGwUAKDbEgCgRQIAMMcUAIjHFACgyxAAoNsSAPjbEgBAuRIAoNsSAHh3DQCgRQIAmNoSAPDaEgCY2hIA8NoSAJjaEgDw2hIAKMwSAABhEwA4yBQAkMgUABB1AgCwxxIAQLkSAHjLEgDQyxIAEHUCAHC8CACgRQIA8PUUAKBFAgAwxxQAiMcUAMjVEgBwzxQAiPkSACBTAwCI+RIAGFcFABhXBQAYVwUAIFMDAIBYCQDoIREAiJgKAOghEQD4UhAA+FIQAEhLAAC4Ww4AEB4UANjiEgAQ/wAAyA4AAMgOAACY5RIAyM0RABD/AABADhQAyA4AAMjNEQAI9BIACPQSAAj0EgAI9BIACPQSAEC5EgBAuRIACPQSAAj0EgAI9BIACPQSAAj0EgAI9BIAQLkSAEC5EgBAuRIACPQSAAj0EgAI9BIAQLkSAEC5EgDI6xIAQLkSAEC5EgAI9BIACPQSAAj0EgCgRQIAoEUCANiEFACgCQAA2IQUAKAJAACY8BIAAJwOAKBFAgDw9RQAQNYBAMCfCgCgRQIAyA4AAMgOAAAI9BIACPQSAEirAQBwzxQAmNoSAPDaEgAgUwMAiPkSAPD1FADIDgAAcPYSAKBFAgCwDQMAoB8AABgCBAD4hQoAGBkAAHC8CABAJAkAcLwIADBOFACgCQAAAGETAKilEgCg2xIA+NsSADCXAwCY2hIA8NoSAGh2FABQyQYA8PUUAKBFAgCgRQIAoNsSAPjbEgCgOg0AiPkSAMhWFABwzxQAyA4AADixAgBo3gAAaN4AAGjeAADw9RQAaN4AAAiKAgBgMREA8PUUADixAgDw9RQAQKcCAJhmFACIQxQA4EMUAIADEwDw9RQAqMsUAADMFACoOAMAgBgBAPD1FADIMBIAoAkAAPD1FABYAAAAGBkAAJi/EACopRIAGAIEAPj5EwBYAAAAmGYUAKAJAADw9RQAwNETAKAJAACI+RIAoAkAAKAJAACYthMAiPkSAKilEgAIzAIAGAIEAJgREwCIcwQAWEwEAIgPEwBIVQQASPYUAAiOCABAuRIAACcUAFgnFABgVBQAQEkEAJjaEgDw2hIAaHYUAEAnEwBAuRIA8PUUAHhVBgA4SAQAiFwTAEC5EgAI9BIACPQSAJjaEgDw2hIACPQSAND3EgAo+BIAIA8AAIj5EgBw5QkAoDQPAIj5EgAoABQAKAAUAIj5EgDIKhQAuPQSABCbBACgRQIAiPkSANgZEwDw1gEA8PUUAKBFAgCgRQIAoEUCAEj2FACgRQIAqKUSAPD1FACgRQIAiPkSAHDPFADQ9xIAKPgSAHgqDQBwVAYA4OATAMAgDAAoUQ8A8PUUAHDjBgDw9RQA6PEKAJg9EwAAIQAAiPkSANgZEwAwGhMAoMITAPD1FAAIzAIAoDQPAIj5EgAgTBQAEP8AAODgEwCIXBMASHQMAEi5AABIWwIAoEUCAEC5EgAAJxQAWCcUAJjaEgAoIRQAKFEPANCyEwCopRIAyA4AAIAYAQCIJRMAsK4TAAivEwCgwhMASEsAAEC5EgAAJxQAWCcUAGBUFAC4VBQAoMITAEhLAACgwhMASEsAAFixEgBAMhMA8PUUAKBFAgDw9RQAoEUCAIj5EgAgTBQAAGETAIj5EgBwFxMAyBcTACAYEwDQpxMAoEUCAKjGEgCI+RIACPQSAND3EgAo+BIAAEATAAB9BgCopRIAcJgUAKA6DQBI9hQACPQSAEj2FAAI9BIAWMcSACBTAwAYThMAcE4TAMhOEwBwFxMAyBcTACAYEwB4GBMAMKkTABhOEwBwThMAyE4TAFixEgCIyAUAQLkSAAAnFABYJxQAYFQUALhUFACIoAsA8PUUAAjMAgDw9RQA4OATAKilEgAYVwUAOEgEAOjgAQAI9BIA0PcSACj4EgD4whMAACEAAEC5EgAAJxQAWCcUAPD1FAAgUwMAYFQUALhUFAAQcwoAoMITAEhLAABgTBMAuEwTABBNEwAQVRQAcOMGAGBMEwAI9BIAGDUUAEC5EgBI9hQACPQSAND3EgBI9hQAoDQPAKBFAgBwzxQA0PcSACj4EgB4UgcAiPkSACBMFADw9RQAoPUNAIj5EgDw9RQAiBIHAKhSFABAuRIASPYUAHjLEgDQyxIAcLwIADC0EwAYThMAcE4TAMhOEwBwzxQA0PcSACj4EgCYERMACMwCAKA0DwCoUhQA8PUUAKA0DwCgRQIAeP8TAHC8CADw/wIAqFIUAABTFABYUxQAWLESAIAYAQCI+RIA8PUUACCzDwCopRIAyIENAEC5EgCoUhQAQLkSAKhSFAAI9BIASPYUAEj2FABI9hQACPQSAND3EgAo+BIAcBcTAMgXEwAgGBMAgNQTABBVFABoVRQA4OATAAAhAAB4GBMAmCcTAKhSFAAAUxQAWFMUALBTFABwzxQAuPQSACD8FABoIRMAwCETACD8FABgTBMAqFIUAEC5EgAAJxQAWCcUAEC5EgAAJxQAWCcUAPD1FAAoLBQA0MQNAPD1FACgNA8A8PUUAGCDCACopRIAoEUCAPDWAQCAGAEAiPkSAMgqFAC49BIA+EYUAAAAAABwvAgAAAAAAKD2FACI+RIAyCoUALj0EgD4RhQAAAAAAHC8CAAAAAAA8PUUAPD1FADoTxQA8PUUAOhPFADw9RQA6E8UAKD2FADw9RQAKAAUAEj2FAAI9BIACPQSAND3EgAo+BIAiPkSAHh3DQAgTBQAoE0OAEC5EgAAJxQAWCcUABALEwDw9RQAmGYUAEhLAADYvhMAKCEUAAiOCAAYKhQAcCoUAGh2FAAYAgQAqFIUAABTFABYUxQAiPkSAIj5EgAI9BIA0PcSACj4EgCI/gkAAAAAAFCMEwCojBMAAI0TAEAkCQAYNRQAcDUUAMg1FADw9RQAWLESANDEDQBQAQMAoDQPAIj5EgDw9RQA+PkTAFgLCwBYsRIA8PUUABB+CgAAYRMAmNoSAPDaEgB4yxIA0MsSAEC5EgAAJxQAWCcUADjlAwCI+RIA8PUUAOBHBAAI9BIACPQSAND3EgAo+BIAcLwIAAAhAAAI9BIAeCAUAAj0EgDQ9xIAKPgSAEjgFAAAAAAAQLkSAAAnFABYJxQAiPkSANgZEwAwGhMAqKUSAIj5EgAAhwoA4OATAKilEgCAIwEAAAAAAPD1FADg4BMAqKUSAIAjAQAYmxMAQLkSAAAnFABYJxQAyCoUALj0EgDw9RQAiPkSAAj0EgDQ9xIAKPgSAPD1FAAYAgQA8OITAKBFAgAYphMACPQSABD/AADY/QkASEsAAMhWFAAYAgQA8NYBAPD1FAAAmgAAKAAUADjlAwAY5RQAACcUAFgnFABgVBQAuFQUADBcEwCgRQIAoEUCAIj5EgBodhQAyM8UAIAYAQAAYRMAoEUCABixEwD4yAYA2BkTADAaEwAwXBMAiJ0BABibEwBwmxMAyJsTAHC8CAAAAAAAAAAAAAAAAADw9RQA4OATAAAAAAAAAAAAAAAAABixEwBYuRMASEsAAKBFAgCAGAEA8PUUAJhmFADg4BMAcLwIAAj0EgCIXBMAiFwTAAj0EgC49BIAGEcDAHCYFABwzxQAuPQSABhXBQBAuRIAmLkSABhXBQComQAASEsAAGCOCADw9RQAmIwAAGCOCABI9hQAgL4TADBcEwCY2hIA8NoSACjMEgDYGRMAMBoTAJjaEgDw2hIAKMwSANgZEwAwGhMASEsAAEhLAACYPRMA8MsBABg1FABwNRQAyDUUAKDCEwDw9RQAGAIEAAj0EgDw9RQA4EcEAAj0EgDQ9xIAKPgSAHjIEwDQyBMAGFcFABhXBQDw9RQA4EcEAOBHBABwVAYAeP8TAKilEgAAAAAA8PUUAPD1FAComQAA8FAUAKBFAgCI+RIA4EcEACgsFACgRQIAMNcLAKhRAgA41hMAkNYTAFgAAABYAAAAcOMGAIj5EgCgRQIA8PUUAPD1FAAYGQAAQLkSAAAnFABYJxQAwFgTAKD1DQBASQQACPQSAND3EgAo+BIA6DoQAJjaEgAoIRQAyP4TAMDREwAQfgoAwNETAMDREwBwvAgAGBkAAJjaEgAoIRQA8NoSAEC5EgCI+RIAwNETABjSEwBw0hMAcJgUABjdEwCYJBQACPQSAOBHBACI+RIAgKIKALipCgAAAAAAULgTAKi4EwAAAAAAAAAAAGC0CgAAxxIAoPUNAIj5EgDw9RQA8PUUACgAFABISwAAiPkSAPD1FAAozxEAiPkSAIAYAQCgRQIAiPkSANgsFAAYGQAAiCUTAHCYFAAAYRMA8PUUAPD1FADw9RQAGBkAABgZAAAYGQAAAGETAPD1FADw9RQAGBkAABgZAAAYGQAAGBkAABgZAAAI9BIA0PcSACj4EgDw9RQAoEUCAPD1FACgRQIA8PUUAIAYAQDI8xMAgBgBAKBFAgDw9RQAoAkAAMjzEwCgCQAAKCwUABB+CgDI8xMAIFMDAAAAAAAYAgQAePQTABgCBADw9RQAKCwUAHAGFQCI+RIAcAYVAPD1FABwBhUACPQSAND3EgAo+BIA8PUUAAjDEACAGAEAqKUSAMgOAADIDgAAqKUSAKA0DwAoLBQAIFMDAPD1FAAgUwMAQLkSAAAnFABYJxQACPQSAND3EgAo+BIAoEUCAJjWAQDw9RQAoEUCAPD1FACI+RIAOOETAKBFAgCAGAEAiPkSAPD1FAAYAgQAoEUCAPDWAQA4AhQAgBgBAGjACgBwmBQAiPkSAHC8CACgCQAA8PUUAMjzEwAAAAAAeMsSAHD+EwDIHxQAyAsMAHjLEgDQyxIAyAsMAOD2EwDICwwAyAsMAAj0EgB4IBQAyAsMAOjgAQCY2hIAKCEUAECoFACgCQAAoEUCAHjLEgDQyxIA6CYTACjPEQAI9BIA0PcSACj4EgBAWxQAiPkSAPC+FAAgTBQAmL4UAIj5EgCI+RIAQA4UAJgOFADwDhQAQA4UAJgOFADwDhQASA8UAKAPFABADhQAmA4UAPAOFABIDxQAoA8UACBMFAAI9BIA0PcSACj4EgBAWxQAiPkSAPC+FAAgTBQAmL4UAIj5EgDoHw4AiPkSAEhLAADw/wIASEsAAHDPFADQ9xIAKPgSAIj5EgAIHRQAcLwIABgCBACAHQ4AIFMDAMiNFAAoIRQAiOoBAKBFAgDIDgAAAAAAAMiBDQAAAAAAcP4TAFAbFACoGxQAABwUAPD1FABwzxQA0PcSACj4EgCgRQIAoAkAABhXBQAYVwUAcJgUAKBFAgBAuRIAoEUCAIj5EgAgUwMAiPkSACDtAwCYZhQAmGYUAOg6EACI+RIA8PUUAKBFAgCY2hIA8NoSAHDPFADQ9xIAKPgSAHDPFACgRQIAcLwIAPD1FABwvAgAWBwUAIi7DQAQfgoAoAkAAHCYFABwVwUAMLEUAEiVAQAQ/wAA+EYUAHjLEgDQyxIAGCYOAMiNFADo4AwAoEUCALAyFADo4AwAuGoUAHBsFABgRQ4ASAMCAEC5EgAAJxQAWCcUAKBFAgDw9RQA8PUUAHDPFAAIzAIACMwCAHDPFABwzxQAcLwIABDUEgBo1BIAiDgUANjiEgBAuRIACPQSALj0EgBYUgIAYPgNAKjNAQCg2xIAQLkSANDMAwBIAwIAcFQGAChKCgBI0AcAqFECAEhLAAD4cAYAcLwIAPD1FACgNA8A2IQUALANAwAQlgIAsA0DABCWAgCQkAIAwCAMAEj2FABQAQMA8PUUAKAJAACgRQIAMOMSAKAfAADQzAMAMMcUAKBFAgDw9RQAsMcSABDbAQDw9RQAcJgUAAj5FABwVwUA8PUUACBTAwAgUwMAIFMDACBTAwCI+RIA0MwOAKBFAgCI+RIAoEUCALhqFABwbBQAaAATAKBFAgDQKxQAuPQSAGAoFACgRQIASEsAAAjMAgDoTxQAyA4AAKA0DwBAuRIAACcUAFgnFABAJAkACPQSAND3EgAo+BIAEFUUAGhVFADYGRMAMBoTANgZEwAwGhMACPQSALhqFAAQdQIA8PUUAKBFAgAYRwMAeMsSAHhMFACI+RIA6HsUAJBhDgBozxAAoEUCALhqFABwbBQA4KcQABgZAAC4ahQAcGwUAOCnEABooQIAuGoUAHBsFADgpxAAmNoSAPDaEgBodhQAGHcUAJBaFADoWhQAoFwUALhqFABwbBQA4KcQALhqFABwbBQA4KcQALhqFABwbBQA4KcQAJjaEgDw2hIA4KcQAIBRDwCY2hIA8BkUAHDPFAB4IBQA8PUUAKBFAgA4KAAAOCgAAKhRAgC4aQIAKKASAIhkFABA0A4AIEwUAKBFAgDw9RQAoEUCAJjhAQBQPBQAKFEPAKBFAgCgRQIAsNISAABhEwA4yBQA8NoSAIjqAQCgRQIAOHQPAPirAQCY9A0AQFsUAAj0EgCoUQIAiAgOAEBbFAAgUwMAQFsUACBTAwCI+RIAoEUCALhqFABwbBQA8PUUAJjaEgDw2hIAaHYUAEDWDACgRQIAoEUCAKBFAgDoJhMAoEUCADhaFACwXxAAyA4AAKiYDwB4yxIAiPkSAKBFAgBAuRIAyNkNAOjgDABI4BQAAAAAAOjgDAAArBAAGIIUAAitEABwghQAAGETAKAlFABwzxQAuPQSALhqFABYXxAAKKASAABhEwAYghQAAGETAHCCFAAAYRMAuGoUAHBsFAAgNhQAWAAAAJDTCQBISwAAiNgSAMgOAACgRQIA6OAMALDSEgCgRQIAyP4TAGihAgDgehQAoL8UAPi/FAAYAgQAQNYMAHjbFACgRQIAoEUCAMgJFABIAwIA8PUUAJAqDgCQKg4AkCoOAJAqDgCoUQIAqFECAAjZEACgRQIAmNoSAAiLFAC4ahQACMIUAKBFAgC4ahQAsF8QAKBFAgBQaBQAoHIUAJjaEgB4TBQAoEUCAOh7FABAfBQAuLcUAJh8FACgRQIAoEUCALhqFACwXxAAUGgUAKByFACY2hIAeEwUAKBFAgBwSxQAmNoSAPDaEgBwzxQAuPQSAKBFAgDIjRQAcJgUAHCYFAAQ/wAA6CMUAGCWFACYJBQAoAMCAJAqDgCQKg4AkCoOAJAqDgCgRQIA4HoUAHgCEwCg2xIAYN4SAEDWDADwURAAcIwCAGDCFADwGRQAUGgUAIj5EgBowxQAiPkSAHCYFAAgUwMAQNAOAEDQDgCgRQIAoPUNAOh7FABAfBQAcLwIAHC8CAB45BEAmNoSAPDaEgCg9Q0A6HsUAEB8FABwvAgAcLwIAHjkEQCAYxQA2GMUAJjaEgAoIRQAyB8UAAAAAACI+RIAiPkSABhHAwAI9BIAuGoUAChvEACQwBMAKCEUAECoFAAAthQAcM8UAHggFAAgUwMA6MATAGh2FADo4AEA8PUUAKiIAgBYAAAAQFsUALhqFAAobxAASEsAAAj0EgBwvAgAoEUCAJjaEgDw2hIAeOQRAJg7EAAgUwMAIFMDAPDLAQDwywEA8MsBAPDLAQCI+RIAwCAMACBTAwCI+RIA8MsBAKBFAgCgRQIAoEUCAAAAAAAAAAAAuGoUAAjCFACY2hIA8NoSAHjkEQAIaxAA8PUUALhqFADo4AEA8PUUALhqFAAwxxQAiMcUAIj5EgCgRQIAoEUCABgCBABwvAgAqJkAAKBFAgDgehQAoL8UAPi/FABQwBQAqMAUAADBFABYwRQAIFMDAJjaEgDw2hIAKMwSAOh7FABAfBQA2MYUAIj5EgBwmBQAcJgUAHCYFABwmBQAuGoUAOjgDAAgUwMAsMcSABDbAQBYaAIAmNoSACghFAAAaRQAcM8UAND3EgCIZBQA8MkUAEjKFACgyhQA+MoUAHDPFAC49BIAyE4IAHDPFACI+RIAEM4UACBTAwCgNA8A2EYPAKBcFACoNQ8ACPQSAHCYFAAYbBQAoEUCAFhoAgDwqBQA8KgUAFhoAgBwFxMAyBcTAEjbEgCgRQIAcJgUACBTAwC4ahQAWF8QAIhkFADwyRQASMoUAKDKFAD4yhQAUMsUAKBcFACIZBQA8MkUAEjKFACgyhQA+MoUAFDLFABwvAgAeMsSANDLEgAooBIAAKwQAOgfDgBwvAgAsPkQAKBFAgBYaAIAWGgCAHCYFAAAAAAAAAAAAIAYAQCw0hIA8PUUAIAYAQAgTBQAgBgBACBMFAB4yxIAcP4TAIAYAQC4ahQAcGwUAJjaEgDw2hIAoEUCAEC5EgBAuRIAQLkSABhOEwBAuRIAQLkSAEC5EgBAuRIAeMsSAHD+EwBAuRIAGE4TAEC5EgAIKBQAQLkSAAgoFABAuRIACCgUABg1FAAIKBQAQLkSAAgoFABAuRIACCgUALgVEwAIKBQAQLkSAAgoFACY2hIA8NoSAAAAAACAuxQA6HsUAEB8FACA3BQAQL4UALhqFAAAAAAAEAsTANC6FAAAAAAA8PUUALhqFADw9RQA6HsUAEB8FAAAAAAAEHUCACgLFACACxQA2AsUAHDPFAB4IBQAWGgCAKBFAgAgUwMAiPkSABgZAACgNA8AoNsSAOA4FADIghQAyIIUAKDbEgD42xIAgFgJAKj3FAAgUwMAIFMDAMgOAADIDgAA+AcTAIj5EgCgAwIAQLkSAPD1FACYOxAAIPwUAJg7EADw9RQAQLkSAKilEgDw9RQAqKUSAEC5EgAAJxQAqKUSAIj+FADg/hQAQLkSACBTAwCoMRQAiPkSAKBFAgCgRQIAoEUCAHAGFQCgRQIAoEUCAKBFAgBwBhUAoEUCADBZCQBwBhUA8PUUAJA/EgCgRQIAoEUCAHAGFQCI+RIAcBcTAMgXEwAgGBMAQLkSABBiAQBQaBQAoHIUAKBFAgBwzxQAuPQSAJjaEgDw2hIAaHYUAEiVAQA43Q0A+KkUADCxFACgNA8A4AwUAHD+EwDIHxQAKFEPAAj0EgB4IBQAKFEPAPD1FACAWAkAEAsTANgsFAC4ahQAcGwUAJjaEgAoIRQAQKgUAPD1FACopRIAiAgOABgZAADw9RQAEH4KAJjaEgDw2hIAaHYUAHjJDwAQCxMA0LoUAJjaEgAIixQAuGoUAFhfEADw9RQA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAIAAIADAACAAAAAgAIAAIADAAAAAAAAgAAAAIACAACAAAAAgAEAAIADAACAAAAAgAEAAIACAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAAACAACAAAAAgAAAAIADAACAAAAAgAIAAIAAAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAAAAIABAAAAAwAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAEAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIAAAACAAwAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAgAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAgAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAIADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAgAIAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIACAACAAwAAAAMAAAAAAACAAQAAgAIAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAIAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAAAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAAAAIADAACAAwAAAAAAAIABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAQAAAAEAAAABAACAAAAAgAEAAAABAAAAAAAAgAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAAAAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAAAAIABAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAMAAIABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAAAAIACAACAAgAAgAAAAIAAAACAAAAAgAAAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAEAAIAAAACAAwAAgAMAAAADAACAAwAAAAMAAIADAAAAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAgABAAAMAAAQAAAACAAAABAOUKAgICgQgABAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAUEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAIoAAAIAAAAAAAAAAAAAAAAAADAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAABAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAQMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAEQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAEIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAgABAAAMAAEQAAAACAAAABAOUKBgICgQgAFAAQAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAIAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAQAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQACAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAiAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAiAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAQAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAICIAAAAADgAAAAAAAFABAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAwAAAAAAAAAAAAAAAAAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAABAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAABIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAGAAAAAABIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQoABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAIAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAABAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAABAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAIAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAMAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAgAEAAEAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAMAAAQAAAACAAAAAAOUKAAICgQgABAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAYAAABAAAAADAAAAAAAAAAAAAAQAAAAAgABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAABAAAAAgAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAQAAAA"},"index":{"lists":[[16,17,18,34,35,116,118,119,120,252,307],[1,2,4,5,6,7,8,9,11,16,17,18,19,20,22,23,24,25,26,34,35,56,57,58,59,60,61,62,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,111,112,113,114,116,118,119,120,124,129,130,157,158,161,162,164,176,177,178,181,182,183,184,198,199,207,210,218,220,221,225,226,239,252,260,263,264,265,270,271,272,277,288,289,298,307,309,311,312,313,314,316,318,319,321,322,325,326,327,328,329,343],[1,2,4,5,6,7,8,9,11,16,17,18,19,20,22,23,24,25,26,34,35,56,57,58,59,60,61,62,64,65,66,67,68,71,72,73,74,75,76,77,78,79,80,81,82,83,87,88,92,93,95,96,97,98,99,100,101,102,103,104,105,106,107,110,111,112,113,114,116,118,119,120,124,129,130,136,157,158,161,162,164,176,177,178,181,182,183,184,189,190,191,198,199,207,210,218,220,221,222,225,226,239,252,260,263,264,265,266,270,271,272,277,288,289,298,307,309,311,312,313,314,316,318,319,321,322,325,326,327,328,329,332,333,334,343],[16,17,18,34,35,116,118,119,120,252,258,307],[5,16,17,18,24,34,35,56,57,85,109,116,118,119,120,228,252,274,276,307,329,332,349],[16,17,18,24,34,35,116,118,119,120,148,149,150,252,307,335,336,337,338,339,340,341],[6,7,16,17,18,34,35,116,118,119,120,252,277,307],[16,17,18,34,35,84,86,116,118,119,120,252,307],[16,17,18,34,35,116,118,119,120,252,307,322,342],[11,13,16,17,18,34,35,97,116,118,119,120,129,130,155,156,185,186,252,307,322,327,328],[10,11,13,16,17,18,21,34,35,116,118,119,120,148,149,150,252,307],[13,16,17,18,34,35,116,118,119,120,252,307],[11,13,16,17,18,34,35,59,83,90,95,98,103,104,116,118,119,120,140,148,149,150,151,170,197,198,199,201,205,213,221,223,224,225,226,235,241,242,243,244,249,252,257,265,267,268,269,270,271,272,287,300,301,302,303,304,305,306,307,315,343],[16,17,18,34,35,100,116,118,119,120,252,307],[16,17,18,34,35,42,43,44,50,51,116,118,119,120,128,204,216,250,252,253,255,256,307,308,321],[16,17,18,34,35,116,118,119,120,152,252,307,355],[15,16,17,18,34,35,116,118,119,120,252,307],[1,11,13,16,17,18,24,25,34,35,116,118,119,120,148,149,150,179,180,206,252,307,309,313,314,343],[11,13,16,17,18,24,33,34,35,36,39,116,118,119,120,148,149,150,154,179,180,252,307,309,313,314,343],[4,11,13,16,17,18,22,23,24,26,34,35,61,116,118,119,120,148,149,150,179,180,252,277,307,309,313,314,326,343],[6,11,13,16,17,18,24,34,35,45,116,118,119,120,148,149,150,179,180,181,215,252,254,307,309,313,314,331,343],[0,2,9,11,12,13,16,17,18,19,22,24,34,35,38,48,49,52,53,113,116,118,119,120,148,149,150,173,179,180,181,194,200,203,252,277,279,307,309,310,313,314,317,320,323,343,344,347,350,351,354,356],[3,5,11,13,14,16,17,18,24,26,30,34,35,38,48,52,53,55,64,67,68,91,94,114,115,116,118,119,120,124,126,132,133,135,141,148,149,150,153,159,162,165,173,179,180,181,188,192,193,196,202,209,211,212,217,218,229,237,240,251,252,259,260,277,278,292,299,307,309,313,314,343,352,357],[11,13,16,17,18,24,34,35,116,118,119,120,148,149,150,179,180,245,252,307,309,313,314,343],[11,13,16,17,18,24,34,35,116,118,119,120,148,149,150,179,180,252,307,309,313,314,343],[11,13,16,17,18,24,34,35,116,118,119,120,148,149,150,179,180,181,252,307,309,313,314,343],[11,13,16,17,18,20,24,34,35,116,118,119,120,148,149,150,179,180,252,285,307,309,313,314,343],[11,13,16,17,18,24,30,32,34,35,38,116,118,119,120,148,149,150,179,180,251,252,307,309,313,314,343],[11,13,16,17,18,24,34,35,116,118,119,120,148,149,150,179,180,252,307,309,313,314,343,348],[11,13,16,17,18,24,34,35,112,116,118,119,120,148,149,150,179,180,181,187,248,252,307,309,313,314,333,343,345,346],[11,13,16,17,18,24,26,34,35,107,115,116,118,119,120,127,131,142,148,149,150,175,179,180,188,231,252,281,284,295,296,307,309,313,314,333,343],[11,13,16,17,18,24,34,35,37,64,116,118,119,120,126,134,148,149,150,158,164,165,179,180,208,218,251,252,260,293,297,307,309,313,314,343],[9,11,13,16,17,18,24,26,27,34,35,54,89,116,118,119,120,148,149,150,179,180,181,252,307,309,313,314,343],[11,13,16,17,18,19,24,34,35,37,38,70,116,118,119,120,148,149,150,164,179,180,195,251,252,307,309,313,314,343],[11,13,16,17,18,24,28,29,34,35,40,41,63,75,116,118,119,120,125,137,139,143,148,149,150,160,166,167,168,169,171,172,174,179,180,184,214,219,220,230,233,236,238,239,247,252,261,262,263,264,280,283,290,291,294,298,307,309,313,314,324,330,343],[11,13,16,17,18,23,24,25,26,34,35,79,116,117,118,119,120,148,149,150,179,180,252,307,309,313,314,343],[7,11,13,16,17,18,24,34,35,116,118,119,120,148,149,150,179,180,252,307,309,313,314,343],[11,13,16,17,18,24,31,34,35,37,38,116,118,119,120,148,149,150,179,180,181,246,251,252,307,309,313,314,343],[11,13,16,17,18,24,31,34,35,37,116,118,119,120,148,149,150,179,180,251,252,307,309,313,314,343],[16,17,18,34,35,116,118,119,120,123,138,144,145,146,147,163,232,234,252,282,286,307,353],[16,17,18,34,35,87,116,118,119,120,252,307],[11,13,16,17,18,24,34,35,46,47,116,118,119,120,148,149,150,252,307,309,313,314,343],[16,17,18,34,35,56,116,118,119,120,252,307],[16,17,18,34,35,57,60,62,65,66,116,118,119,120,252,307],[16,17,18,34,35,58,116,118,119,120,252,307],[16,17,18,34,35,69,73,74,76,116,118,119,120,252,307],[16,17,18,34,35,72,96,116,118,119,120,252,307],[16,17,18,34,35,72,116,118,119,120,121,122,252,307],[16,17,18,34,35,72,97,99,116,118,119,120,252,307],[16,17,18,34,35,72,116,118,119,120,252,307],[16,17,18,34,35,77,80,82,96,116,118,119,120,252,307,316],[16,17,18,34,35,78,97,99,106,116,118,119,120,252,307,334],[16,17,18,34,35,81,116,118,119,120,183,252,307],[16,17,18,34,35,96,116,118,119,120,252,307,316],[16,17,18,34,35,99,116,118,119,120,252,307],[16,17,18,34,35,105,111,116,118,119,120,252,307,316,334],[16,17,18,34,35,108,116,118,119,120,227,252,273,275,307],[16,17,18,34,35,116,118,119,120,182,252,307],[16,17,18,34,35,116,118,119,120,252,307,316],[16,17,18,34,35,116,118,119,120,252,307,334],[16,17,18,34,35,102,116,118,119,120,189,190,191,252,307,319],[5,16,17,18,24,34,35,56,57,102,116,118,119,120,189,190,191,252,307,319,329,332],[16,17,18,24,34,35,102,116,118,119,120,189,190,191,252,288,289,307,319],[6,7,16,17,18,34,35,102,116,118,119,120,189,190,191,252,277,307,319],[16,17,18,34,35,102,116,118,119,120,189,190,191,252,307,319,322],[11,16,17,18,34,35,97,102,116,118,119,120,129,130,189,190,191,252,307,319,322,327,328],[11,16,17,18,34,35,102,110,116,118,119,120,189,190,191,252,288,289,307,319],[11,16,17,18,34,35,59,83,88,92,93,95,98,101,102,103,104,116,118,119,120,189,190,191,198,199,210,221,222,225,226,252,265,266,270,271,272,288,289,307,319,343],[16,17,18,34,35,100,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,102,116,118,119,120,189,190,191,252,307,319,321],[1,8,11,16,17,18,24,25,34,35,102,116,118,119,120,189,190,191,252,288,289,307,309,311,312,313,314,319,325,343],[11,16,17,18,24,34,35,102,116,118,119,120,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[4,11,16,17,18,22,23,24,26,34,35,61,102,116,118,119,120,189,190,191,252,277,288,289,307,309,311,312,313,314,319,326,343],[6,11,16,17,18,24,34,35,102,116,118,119,120,181,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[2,9,11,16,17,18,19,22,24,34,35,102,113,116,118,119,120,181,189,190,191,252,277,288,289,307,309,311,312,313,314,318,319,343],[5,11,16,17,18,24,26,34,35,64,67,68,102,114,116,118,119,120,124,157,162,181,189,190,191,218,252,260,277,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,24,34,35,102,116,118,119,120,189,190,191,207,252,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,24,34,35,102,116,118,119,120,181,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,20,24,34,35,102,116,118,119,120,136,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,24,34,35,102,112,116,118,119,120,181,189,190,191,252,288,289,307,309,311,312,313,314,319,333,343],[11,16,17,18,24,26,34,35,102,107,116,118,119,120,189,190,191,252,288,289,307,309,311,312,313,314,319,333,343],[11,16,17,18,24,34,35,64,102,116,118,119,120,158,164,189,190,191,218,252,260,288,289,307,309,311,312,313,314,319,343],[9,11,16,17,18,24,26,34,35,102,116,118,119,120,181,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,19,24,34,35,102,116,118,119,120,157,161,164,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[11,16,17,18,24,34,35,75,102,116,118,119,120,157,184,189,190,191,220,239,252,263,264,288,289,298,307,309,311,312,313,314,319,343],[11,16,17,18,23,24,25,26,34,35,79,102,116,118,119,120,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[7,11,16,17,18,24,34,35,102,116,118,119,120,189,190,191,252,288,289,307,309,311,312,313,314,319,343],[16,17,18,34,35,87,102,116,118,119,120,189,190,191,252,307,319],[11,16,17,18,24,34,35,102,116,118,119,120,189,190,191,252,288,289,307,309,313,314,319,343],[16,17,18,34,35,56,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,57,60,62,65,66,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,58,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,73,74,76,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,71,72,96,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,72,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,72,97,99,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,77,80,82,96,102,116,118,119,120,176,189,190,191,252,307,316,319],[16,17,18,34,35,78,97,99,102,106,116,118,119,120,178,189,190,191,252,307,319,334],[16,17,18,34,35,81,102,116,118,119,120,183,189,190,191,252,307,319],[16,17,18,34,35,96,102,116,118,119,120,189,190,191,252,307,316,319],[16,17,18,34,35,99,102,116,118,119,120,189,190,191,252,307,319],[16,17,18,34,35,102,105,111,116,118,119,120,189,190,191,252,307,316,319,334],[16,17,18,34,35,102,116,118,119,120,177,189,190,191,252,307,319],[16,17,18,34,35,102,116,118,119,120,178,189,190,191,252,307,319],[16,17,18,34,35,102,116,118,119,120,182,189,190,191,252,307,319],[16,17,18,34,35,102,116,118,119,120,189,190,191,252,307,316,319],[16,17,18,34,35,102,116,118,119,120,189,190,191,252,307,319,334]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,3,0,4,5,0,0,6,7,0,0,8,0,9,10,11,12,12,12,12,12,12,12,12,12,12,0,0,13,14,15,0,16,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,39,0,0,40,41,0,17,18,19,20,21,22,23,24,25,26,24,27,28,29,30,31,24,32,33,34,35,36,37,38,24,24,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,42],[9679,43],[8250,44],[9135,45],[215,46],[10095,47],[10003,48],[8595,49],[10008,50],[10004,51],[9472,52],[10007,53],[8730,54],[10006,55],[8505,56],[9762,0],[9888,0],[8617,0],[8226,57],[10060,58],[9654,59],[65123,59]],"plainDefault":0,"spaced":[60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,60,61,62,60,60,63,60,60,60,64,60,65,66,60,67,67,67,67,67,67,67,67,67,67,60,60,68,69,60,60,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,87,88,60,70,71,72,73,74,75,76,71,77,78,71,71,71,79,80,81,71,82,83,84,85,86,77,71,71,71,60,60,60,60,60],"spacedOther":[[160,60],[5760,60],[8192,60],[8193,60],[8194,60],[8195,60],[8196,60],[8197,60],[8198,60],[8199,60],[8200,60],[8201,60],[8202,60],[8232,60],[8233,60],[8239,60],[8287,60],[12288,60],[65279,60],[9676,89],[9679,90],[8250,91],[9135,92],[215,93],[10095,94],[10003,95],[8595,94],[10008,96],[10004,97],[9472,98],[10007,99],[8730,100],[10006,101],[8505,60],[9762,102],[9888,102],[8617,103],[8226,104],[10060,105],[9654,106],[65123,106]],"spacedDefault":60,"blank":60}}},"markers":{"key":"\\n/^Running selected tests\\\\.$|^TIME START \\\\d{4}-\\\\d\\\\d-\\\\d\\\\d \\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\d$/\\n/^TEST \\\\d{1,6}\\\\/\\\\d{1,6} \\\\[(?<name>[^\\\\]\\\\n]{1,300}\\\\.phpt)\\\\]\\\\s*$/\\n/^(?:LEAK&(?:WARN&)?)?FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^(?:WARN|XLEAK(?:&WARN)?)&FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^LEAK(?:&WARN)? (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])(?: {1,2}\\\\((?:info|warn): [^\\\\n]{0,500}\\\\))?\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from SKIPIF)\\\\s*$/\\n/^[^\\\\n]{0,3000}?(?<name>\\\\[[^[\\\\]\\\\n]{1,300}\\\\.phpt\\\\] reason: invalid output from CLEAN)\\\\s*$/\\n/^BORK (?<reason>(?![^\\\\n]{0,3000}\\\\.phpt\\\\](?: reason: invalid output from (?:SKIPIF|CLEAN))?\\\\s*$)\\\\S[^\\\\n]{0,3000})$/\\n/^(?:PASS|SKIP|XFAIL|XLEAK|WARN(?:&X(?:FAIL|LEAK))?) (?<name>[^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:FAILED|WARNED|LEAKED|EXPECTED FAILED|EXPECTED LEAK|SLOW) TEST SUMMARY$/\\n/^BORKED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^(?:# )?\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^(?:# )?\\\\s*\u25CF (?<name>[^\\\\n]{1,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\u203A (?<name>\\\\S[^\\\\n]{0,500}?) \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,4}\\\\d{1,6} test file\\\\(s\\\\) failed:$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\u2714 (?!\\\\[)\\\\S[^\\\\n]{0,500}$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{0,40}<dt class=\\"error\\">(?![/.]|[A-Za-z]:\\\\\\\\)(?<name>[^<\\\\n]{1,300})<\\\\/dt>$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) {1,2}(?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d{1,6}(?: -)? \\\\S/\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,8}process didn't exit successfully: \`(?<name>[^\`\\\\n]{1,500})\` \\\\(exit status: (?!101\\\\))\\\\d{1,3}\\\\)$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} errors?:$/\\n/^There (?:was|were) \\\\d{1,6} failures?:$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}::[\\\\w\\\\u00C0-\\\\u00D6\\\\u00D8-\\\\u00F6\\\\u00F8-\\\\u024F\\\\u0370-\\\\u03FF\\\\u0400-\\\\u04FF]{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?:(?<name>\\\\S[^\\\\n]{0,500}?))?(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] (?:\\\\S|$)/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^(?<name>(?=[A-Z][\\\\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^-- FAILED: (?<name>\\\\S[^\\\\n]{0,600})$/\\n/^-- Skipped: \\\\S/\\n/^not ok (?<name>[^\\\\s#][^\\\\n#]{0,400}\\\\.phpt\\\\b[^\\\\n]{0,400})$/\\n/^(?:FAILURES!|OK) \\\\(\\\\d{1,9} tests?, /\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}FAIL \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {0,63}ERROR \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^ {2}(?<name>\\\\S[^\\\\n]{0,500}?) {1,63}(?:PASS|SKIP) \\\\(\\\\d{1,6}\\\\.\\\\d\\\\ds\\\\)$/\\n/^Finished tests in \\\\d{1,6}\\\\.\\\\d{6}s, \\\\d{1,9}\\\\.\\\\d{4} tests\\\\/s, \\\\d{1,9}\\\\.\\\\d{4} assertions\\\\/s\\\\.$/\\n/^(?<name>Failure):$/\\n/^(?<name>Error):$/\\n/^(?<name>Skipped):$/\\n/^Finished in \\\\d{1,6}\\\\.\\\\d{5}s$|^\\\\d+ tests, \\\\d+ assertions, \\\\d+ failures, \\\\d+ errors, \\\\d+ skips$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[6,7,77,79,80,81],[6,7,26,27,28,29,30,31,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,57,58,60,61,62,63,64,65,66,67,68,69,70,71,73,74,75,76,77,79,80,81,84,88,89,107,108,109,110,111,118,119,120,123,124,125,138,139,146,149],[6,7,26,27,28,29,30,31,33,34,35,36,37,39,40,41,42,43,44,45,46,47,48,49,50,54,55,57,58,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,79,80,81,84,88,89,94,107,108,109,110,111,118,119,120,123,124,125,130,131,132,138,139,146,149],[6,7,26,27,52,72,77,79,80,81],[6,7,77,79,80,81,101,102,103],[6,7,51,53,77,79,80,81],[6,7,62,77,79,80,81,88,89,105,106,126,127],[6,7,29,50,56,60,63,68,69,77,79,80,81,97,101,102,103,104,114,137,138,139,141,144,150],[6,7,65,77,79,80,81],[6,7,13,14,20,21,77,79,80,81,87,144],[6,7,77,79,80,81,104],[6,7,77,79,80,81,101,102,103,121,122,145],[5,6,7,8,11,77,79,80,81,101,102,103,104,121,122],[6,7,77,79,80,81,101,102,103,121,122],[6,7,15,77,79,80,81,101,102,103,121,122,123],[6,7,10,18,19,22,23,75,77,79,80,81,101,102,103,117,121,122,123,135,140,143],[2,6,7,10,18,22,23,25,33,36,37,56,59,76,77,79,80,81,84,85,91,92,93,98,101,102,103,104,110,111,117,121,122,123,129,133,134,137,142,148,150],[6,7,77,79,80,81,101,102,103,121,122,123],[2,4,6,7,10,77,79,80,81,101,102,103,121,122],[6,7,77,79,80,81,86,98,101,102,103,117,121,122,129],[6,7,9,33,77,79,80,81,85,92,101,102,103,111,121,122,147],[0,6,7,24,55,77,79,80,81,101,102,103,121,122,123],[6,7,9,10,77,79,80,81,101,102,103,111,121,122,136],[0,1,6,7,12,32,42,77,79,80,81,84,95,96,98,101,102,103,111,112,113,115,116,117,121,122,125],[6,7,46,77,78,79,80,81,101,102,103,121,122],[3,6,7,9,10,77,79,80,81,101,102,103,121,122,123],[3,6,7,9,77,79,80,81,101,102,103,121,122],[6,7,77,79,80,81,84,95,99,100,110],[6,7,54,77,79,80,81],[6,7,16,17,77,79,80,81,101,102,103],[6,7,30,77,79,80,81,101,102,103],[6,7,77,79,80,81,101,102,103,109],[6,7,74,77,79,80,81,101,102,103,128],[6,7,71,76,77,79,80,81,90,101,102,103],[6,7,77,79,80,81,101,102,103,108],[6,7,38,77,79,80,81,101,102,103],[6,7,26,77,79,80,81],[6,7,27,30,31,34,35,77,79,80,81],[6,7,28,77,79,80,81],[6,7,37,41,42,43,77,79,80,81],[6,7,40,61,77,79,80,81],[6,7,40,77,79,80,81,82,83],[6,7,40,62,64,77,79,80,81],[6,7,40,77,79,80,81],[6,7,44,47,49,61,77,79,80,81],[6,7,45,62,64,71,77,79,80,81],[6,7,48,77,79,80,81,125],[6,7,61,77,79,80,81],[6,7,64,77,79,80,81],[6,7,70,73,77,79,80,81],[6,7,72,77,79,80,81],[6,7,77,79,80,81,124],[6,7,67,77,79,80,81,130,131,132],[6,7,26,27,67,72,77,79,80,81,130,131,132],[6,7,62,67,77,79,80,81,88,89,130,131,132],[6,7,67,72,77,79,80,81,130,131,132],[6,7,29,50,55,57,58,60,63,66,67,68,69,77,79,80,81,130,131,132,138,139,149],[6,7,65,67,77,79,80,81,130,131,132],[6,7,67,77,79,80,81,123,130,131,132],[6,7,67,75,77,79,80,81,123,130,131,132],[6,7,33,36,37,67,76,77,79,80,81,84,107,110,111,123,130,131,132],[6,7,67,77,79,80,81,130,131,132,146],[6,7,67,77,79,80,81,94,130,131,132],[6,7,33,67,77,79,80,81,111,130,131,132],[6,7,55,67,77,79,80,81,123,130,131,132],[6,7,67,77,79,80,81,107,109,111,130,131,132],[6,7,42,67,77,79,80,81,84,107,111,125,130,131,132],[6,7,46,67,77,79,80,81,130,131,132],[6,7,67,77,79,80,81,84,110,130,131,132],[6,7,54,67,77,79,80,81,130,131,132],[6,7,30,67,77,79,80,81,130,131,132],[6,7,67,77,79,80,81,109,130,131,132],[6,7,67,74,77,79,80,81,130,131,132],[6,7,67,71,76,77,79,80,81,130,131,132],[6,7,67,77,79,80,81,108,130,131,132],[6,7,26,67,77,79,80,81,130,131,132],[6,7,27,30,31,34,35,67,77,79,80,81,130,131,132],[6,7,28,67,77,79,80,81,130,131,132],[6,7,37,41,42,43,67,77,79,80,81,130,131,132],[6,7,39,40,61,67,77,79,80,81,130,131,132],[6,7,40,67,77,79,80,81,130,131,132],[6,7,40,62,64,67,77,79,80,81,130,131,132],[6,7,44,47,49,61,67,77,79,80,81,118,130,131,132],[6,7,45,62,64,67,71,77,79,80,81,120,130,131,132],[6,7,48,67,77,79,80,81,125,130,131,132],[6,7,61,67,77,79,80,81,130,131,132],[6,7,64,67,77,79,80,81,130,131,132],[6,7,67,70,73,77,79,80,81,130,131,132],[6,7,67,77,79,80,81,119,130,131,132],[6,7,67,77,79,80,81,120,130,131,132],[6,7,67,77,79,80,81,124,130,131,132]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,8,9,10,0,0,11,12,13,14,15,16,13,13,17,13,13,18,13,17,19,20,13,21,22,23,24,13,25,26,13,13,27,0,0,28,29,0,4,4,30,4,4,31,4,4,4,4,4,4,4,32,33,34,4,4,35,31,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[8250,38],[9135,39],[215,40],[10095,41],[10003,42],[8595,43],[10008,44],[10004,45],[9472,46],[10007,47],[8730,48],[10006,49],[8505,50],[9762,0],[9888,0],[8617,0],[8226,51]],"plainDefault":0,"spaced":[52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,53,52,52,52,52,52,52,52,52,52,54,55,52,56,56,56,56,56,56,56,56,56,56,52,52,57,52,52,52,52,52,52,52,58,59,60,61,52,58,62,52,52,52,58,52,63,52,64,65,66,67,52,58,52,52,52,68,52,52,69,52,52,52,52,70,52,52,71,52,52,52,52,52,52,52,72,73,74,52,52,52,71,52,52,52,52,52,52,52,52,52,52,52],"spacedOther":[[160,52],[5760,52],[8192,52],[8193,52],[8194,52],[8195,52],[8196,52],[8197,52],[8198,52],[8199,52],[8200,52],[8201,52],[8202,52],[8232,52],[8233,52],[8239,52],[8287,52],[12288,52],[65279,52],[9676,75],[9679,76],[8250,77],[9135,78],[215,79],[10095,80],[10003,81],[8595,80],[10008,82],[10004,83],[9472,84],[10007,85],[8730,86],[10006,87],[8505,55],[9762,88],[9888,88],[8617,89],[8226,90]],"spacedDefault":52,"blank":52}},"reported":{"key":"\\n/^Tests (?:failed|borked|leaked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^\\\\s{0,4}(?:PASS \u203A \\\\d{1,6}\\\\s{1,8})?FAIL \u203A (\\\\d{1,6})\\\\s*$/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^FAILURES! \\\\(\\\\d{1,9} tests?, (\\\\d{1,6}) failures?, /\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures, (\\\\d{1,6}) errors, \\\\d{1,6} skips$/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/\\"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)\\":\\\\s{0,4}(\\\\d{1,6})\\\\b/\\n/<testsuites?\\\\b[^>]{0,500}?\\\\b(?:errors=\\"(\\\\d{1,6})\\"[^>]{0,500}?\\\\bfailures=\\"(\\\\d{1,6})\\"|failures=\\"(\\\\d{1,6})\\"(?:[^>]{0,500}?\\\\berrors=\\"(\\\\d{1,6})\\")?)/","value":{"lists":[[30,31],[4,6,7,11,12,24,30,31],[4,6,7,8,11,12,24,30,31],[13,30,31],[7,9,10,11,12,20,26,27,28,29,30,31],[2,30,31],[1,30,31],[3,4,14,22,25,30,31],[16,30,31],[4,30,31],[0,5,6,15,18,23,24,30,31],[17,19,30,31],[21,30,31],[7,8,11,12,30,31],[6,24,30,31]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,9,0,0,0,10,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,9,0,0,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"passed":{"key":"\\n/^=+ (?![^\\\\n]{0,300}\\\\b(?:failed|errors?|no tests ran)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s\\\\b[^\\\\n]{0,60}=$|^(?![^\\\\n]{0,300}\\\\b(?:failed|errors?)\\\\b)\\\\d{1,9} (?:passed|skipped|deselected|xfailed|xpassed)\\\\b[^\\\\n]{0,300} in \\\\d{1,9}(?:\\\\.\\\\d{1,9})?s(?: \\\\(\\\\d{1,2}:\\\\d{1,2}(?::\\\\d{1,2})?\\\\))?$/\\n/^Tests:\\\\s{1,20}(?![^\\\\n]{0,200}\\\\bfailed\\\\b)\\\\d{1,9} (?:skipped|todo|passed), [^\\\\n]{0,200}\\\\d{1,9} total$/\\n/^\\\\s{0,20}Tests\\\\s{1,20}\\\\d{1,9} passed(?![^\\\\n]{0,200}\\\\bfailed\\\\b)[^\\\\n]{0,200}\\\\(\\\\d{1,9}\\\\)$/\\n/^\\\\d{1,9} specs?, 0 failures(?:, \\\\d{1,9} pending specs?)?$/\\n/^\\\\s{0,4}\\\\d{1,9} passing \\\\(\\\\d{1,9}(?:ms|s|m)\\\\)$/\\n/^\u2139 fail 0$|^# fail 0$/\\n/^OK \\\\(\\\\d{1,9} tests?\\\\)$/\\n/^test result: ok\\\\. \\\\d{1,9} passed; 0 failed;/\\n/^Passed!\\\\s+-\\\\s+Failed:\\\\s+0,/\\n/^OK \\\\(\\\\d{1,9} tests?, \\\\d{1,9} assertions?\\\\)$|^OK, but (?:incomplete, skipped, or risky tests|there were issues|some tests were skipped)!$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} runs, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} skips$/\\n/^\\\\d{1,9} tests, \\\\d{1,9} assertions, 0 failures, 0 errors, \\\\d{1,9} pendings, \\\\d{1,9} omissions, \\\\d{1,9} notifications$/\\n/^\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?$|\\"summary_line\\":\\"\\\\d{1,9} examples?, 0 failures(?:, \\\\d{1,9} pending)?\\"/","value":{"lists":[[13],[2,4,13],[5,13],[0,3,4,10,11,12,13],[0,13],[6,9,13],[8,13],[1,2,13],[7,13],[4,13],[2,13]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,3,3,0,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,6,0,0,0,7,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,2]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9,9,9,9,9,9,9,9,9,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[8,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,4,0,0,0,3,0,5,0,0,6,6,6,6,6,6,6,6,6,6,0,0,0,0,3,0,0,3,3,2,7,8,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9,3,3,3,3,3,3,3,0,0,0,3,0,3,3,10,3,11,10,3,3,3,3,3,3,3,3,3,3,3,3,3,12,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,13,0,0,4,0,0,0,3,0,5,14,0,13,13,13,13,13,13,13,13,13,13,0,0,0,0,3,0,0,13,13,15,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,3,0,0,0,13,0,16,13,17,13,17,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, listsAssertions: marker.listsAssertions === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...marker.dropsOutput ? { dropsOutput: true } : {}, ...marker.countedApart ? { countedApart: true } : {}, ...marker.entriesCountedApart ? { entriesCountedApart: true } : {}, ...marker.entries ? { entries: marker.entries } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
    ...REPORTED_OF_DIALECTS,
    GO_EXAMPLE_GOT,
    GO_EXAMPLE_WANT,
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.passedAll, d.interrupted, d.banner, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after].filter((p) => p !== void 0)),
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
      silentFailures: this.pokuSeen ? "poku prints no node:assert failure (only its \u25CF line's colour says a test failed), so no test's lines can show all it failed on" : this.mochaDocSeen ? "mocha's doc reporter prints a failing test's error as HTML after the output of the tests around it (`<dd class=\"error\">`), so no test's lines can be told apart from its neighbours'" : void 0,
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.identityWatch === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !(this.bannered.length > 0 && lines[i].charCodeAt(0) === 46) && this.goExample === void 0 && !interesting(lines[i])) continue;
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
    if (first >= 65 && first <= 90 && this.bannered.length < PROGRESS_OF_DIALECTS.length) {
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
